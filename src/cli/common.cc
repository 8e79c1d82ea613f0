#include "common.h"

#include <unistd.h>

#include <iostream>

#include "jaring/data_dir.h"
#include "jaring/pipeline.h"

namespace jaring::cli {

Model load_model(const GlobalOptions& g) {
  ModelOptions options;
  if (!g.data_dir.empty()) options.data_dir = g.data_dir;
  for (const std::string& l : g.lexicons) options.lexicons.emplace_back(l);
  Model model = Model::load(options);
  if (g.verbose && !g.quiet) {
    const Lexicon::Stats stats = model.lexicon.stats();
    std::cerr << "data: " << model.data_dir.string() << " (" << model.lexicon.size() << " entities, "
              << stats.aliases << " names, " << model.frames.frames().size() << " frames)\n";
  }
  return model;
}

RelationSet load_relations(const GlobalOptions& g) {
  const std::filesystem::path dir =
      find_data_dir(g.data_dir.empty() ? std::nullopt : std::optional<std::filesystem::path>(g.data_dir));
  return RelationSet::load(dir / "relations.tsv");
}

void add_threads_option(CLI::App& cmd, unsigned& threads) {
  threads = default_threads();
  cmd.add_option("-j,--threads", threads,
                 "documents processed in parallel (default: all cores, here " + std::to_string(threads) +
                     "); the output is the same for any number")
      ->check(CLI::Range(1u, 1024u));
}

void error(const std::string& message) { std::cerr << "jaring: " << message << '\n'; }

void note(const GlobalOptions& g, const std::string& message) {
  if (!g.quiet) std::cerr << message << '\n';
}

Progress::Progress(const GlobalOptions& g, std::string what)
    : active_(!g.quiet && ::isatty(STDERR_FILENO)), what_(std::move(what)) {}

Progress::~Progress() {
  if (active_) std::cerr << "\r\033[K" << std::flush;
}

void Progress::update(std::size_t done, std::size_t total) {
  if (!active_ || total < 2) return;
  std::cerr << "\r\033[K" << what_ << ' ' << done << '/' << total << std::flush;
}

}  // namespace jaring::cli
