#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "jaring/pipeline.h"
#include "jaring/text.h"

namespace jaring {

Document read_document(const std::string& path) {
  Document doc;
  doc.name = path;
  if (path == "-") {
    std::ostringstream buf;
    buf << std::cin.rdbuf();
    doc.text = buf.str();
    doc.name = "stdin";
  } else {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) throw InputError(path + ": no such file");
    if (std::filesystem::is_directory(status)) throw InputError(path + ": is a directory, not a text file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path + ": cannot read (" + std::strerror(errno) + ")");
    // A regular file is read in one call at its size; anything else (a pipe, a device)
    // a character at a time until it ends.
    const auto size = std::filesystem::is_regular_file(status) ? std::filesystem::file_size(path, ec) : 0;
    if (size > 0 && !ec) {
      doc.text.resize(size);
      in.read(doc.text.data(), static_cast<std::streamsize>(size));
      doc.text.resize(static_cast<std::size_t>(in.gcount()));
      if (in.bad()) throw InputError(path + ": read error");
      in.clear();  // end of file before `size` bytes: the file shrank; nothing more to read
    }
    doc.text.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) throw InputError(path + ": read error");
  }
  return document_from_bytes(std::move(doc.text), std::move(doc.name));
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
