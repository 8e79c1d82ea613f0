// The exporter registry and atomic file writing.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <random>

#include "exporters.h"
#include "jaring/error.h"
#include "jaring/exporter.h"

namespace jaring {
namespace fs = std::filesystem;

namespace {

struct Entry {
  std::string_view name;
  std::string_view extension;
  std::unique_ptr<Exporter> (*make)();
};

const Entry kExporters[] = {
    {"jsonld", ".jsonld", &make_jsonld_exporter},
    {"nquads", ".nq", &make_nquads_exporter},
    {"dot", ".dot", &make_dot_exporter},
    {"svg", ".svg", &make_svg_exporter},
    {"png", ".png", &make_png_exporter},
    {"pdf", ".pdf", &make_pdf_exporter},
    {"graphml", ".graphml", &make_graphml_exporter},
    {"csv", ".csv", &make_csv_exporter},
};

}  // namespace

std::unique_ptr<Exporter> make_exporter(std::string_view name) {
  for (const Entry& e : kExporters)
    if (e.name == name) return e.make();
  std::string known;
  for (const Entry& e : kExporters) known += (known.empty() ? "" : ", ") + std::string(e.name);
  throw UsageError("unknown format '" + std::string(name) + "' (known: " + known + ")");
}

std::vector<std::string> exporter_names() {
  std::vector<std::string> names;
  for (const Entry& e : kExporters) names.emplace_back(e.name);
  return names;
}

std::unique_ptr<Exporter> exporter_for_path(const fs::path& path) {
  const std::string ext = path.extension().string();
  for (const Entry& e : kExporters)
    if (e.extension == ext) return e.make();
  if (ext == ".json") return make_jsonld_exporter();
  return nullptr;
}

void Exporter::write_to(const KnowledgeGraph& graph, const fs::path& path) const {
  write_atomically(path, [&](std::ostream& out) { write(graph, out); });
}

void write_atomically(const fs::path& path, const std::function<void(std::ostream&)>& body) {
  if (path == "-") {
    body(std::cout);
    std::cout.flush();
    return;
  }
  const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
  std::error_code ec;
  if (fs::is_directory(path, ec)) throw OutputError(path.string() + ": is a directory");
  // A unique name beside the target, so that the rename stays on one file system.
  std::random_device rd;
  const fs::path tmp = dir / ("." + path.filename().string() + ".tmp" + std::to_string(::getpid()) + "-" +
                              std::to_string(rd() % 1000000));
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw OutputError(path.string() + ": cannot write (" + std::strerror(errno) + ")");
    try {
      body(out);
    } catch (...) {
      out.close();
      fs::remove(tmp, ec);
      throw;
    }
    out.close();
    if (!out) {
      fs::remove(tmp, ec);
      throw OutputError(path.string() + ": write failed (" + std::strerror(errno) + ")");
    }
  }
  // On disk before it takes the name: after a crash or power cut the name holds the old
  // file or the new one, never a new one whose blocks were not written yet.
  const int fd = ::open(tmp.c_str(), O_RDONLY | O_CLOEXEC);
  const bool synced = fd >= 0 && ::fsync(fd) == 0;
  if (fd >= 0) ::close(fd);
  if (!synced) {
    fs::remove(tmp, ec);
    throw OutputError(path.string() + ": write failed (" + std::strerror(errno) + ")");
  }
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    throw OutputError(path.string() + ": cannot replace (" + ec.message() + ")");
  }
}

}  // namespace jaring
