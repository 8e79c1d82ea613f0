#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <sstream>

#include "jaring/pipeline.h"
#include "jaring/text.h"

namespace jaring {

namespace {

// Closes a descriptor on every way out.
struct Descriptor {
  int fd;
  ~Descriptor() { ::close(fd); }
};

// Up to n bytes from fd; 0 at its end.
std::size_t read_some(int fd, char* out, std::size_t n, const std::string& path) {
  while (true) {
    const ssize_t got = ::read(fd, out, n);
    if (got >= 0) return static_cast<std::size_t>(got);
    if (errno != EINTR) throw InputError(path + ": read error (" + std::strerror(errno) + ")");
  }
}

// A file's bytes: one open, fstat and read for a regular file, reads until the end for
// anything else (a pipe, a device). The POSIX calls, not std::ifstream after two
// std::filesystem stats: that way cost 5% of `extract` over news-sized files (a stream
// buffer allocated and filled, three calls into the kernel more per file).
std::string read_bytes(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT || errno == ENOTDIR) throw InputError(path + ": no such file");
    throw InputError(path + ": cannot read (" + std::strerror(errno) + ")");
  }
  const Descriptor closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) throw InputError(path + ": cannot read (" + std::strerror(errno) + ")");
  if (S_ISDIR(st.st_mode)) throw InputError(path + ": is a directory, not a text file");
  std::string text;
  // A regular file's bytes straight into the text; then whatever else there is (a file
  // that grew meanwhile, a pipe) through a buffer, until the end.
  if (S_ISREG(st.st_mode)) text.resize(static_cast<std::size_t>(st.st_size));
  std::size_t have = 0;
  while (have < text.size()) {
    const std::size_t got = read_some(fd, text.data() + have, text.size() - have, path);
    if (got == 0) break;  // it shrank
    have += got;
  }
  text.resize(have);
  char chunk[1 << 14];
  while (const std::size_t got = read_some(fd, chunk, sizeof chunk, path)) text.append(chunk, got);
  return text;
}

}  // namespace

Document read_document(const std::string& path) {
  if (path == "-") {
    std::ostringstream buf;
    buf << std::cin.rdbuf();
    return document_from_bytes(buf.str(), "stdin");
  }
  return document_from_bytes(read_bytes(path), path);
}

Document document_from_bytes(std::string bytes, std::string name) {
  Document doc;
  doc.name = std::move(name);
  doc.text = std::move(bytes);
  // Binary files (and UTF-16) are skipped: what they would give is noise.
  if (const auto binary = binary_content(doc.text)) throw InputError(doc.name + ": " + *binary + ", skipped");
  // A UTF-8 byte order mark is not text; spaces keep the offsets of what follows.
  if (doc.text.starts_with("\xEF\xBB\xBF")) doc.text.replace(0, 3, "   ");
  // Scraped text has the odd byte of another encoding: it is replaced, not a reason to
  // lose the article. Offsets after it are those of the repaired text.
  if (const Utf8Repair r = repair_utf8(doc.text); r.replaced > 0)
    doc.warnings.push_back(doc.name + ": invalid UTF-8 at byte " + std::to_string(r.first_offset) +
                           " replaced with U+FFFD (" + std::to_string(r.replaced) +
                           (r.replaced == 1 ? " place" : " places") + " in all)");
  if (doc.text.find_first_not_of(" \t\r\n\f\v") == std::string::npos)
    doc.warnings.push_back(doc.name + (doc.text.empty() ? ": empty file" : ": only white space") + ", no text");
  return doc;
}

}  // namespace jaring
