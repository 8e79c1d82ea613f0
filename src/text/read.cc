#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
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
  // One byte more than a regular file's size, so that its last read sees the end; a file
  // that grew meanwhile, or a pipe, goes on in larger steps.
  std::size_t want = S_ISREG(st.st_mode) ? static_cast<std::size_t>(st.st_size) + 1 : 1 << 16;
  std::size_t have = 0;
  while (true) {
    text.resize(have + want);
    const ssize_t got = ::read(fd, text.data() + have, want);
    if (got < 0) {
      if (errno == EINTR) continue;
      throw InputError(path + ": read error (" + std::strerror(errno) + ")");
    }
    if (got == 0) break;
    have += static_cast<std::size_t>(got);
    want = std::max<std::size_t>(want, 1 << 16);
  }
  text.resize(have);
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
