// Shared by the subcommands: global options, loading the model, messages and progress.
// Only main() catches jaring::Error; subcommands throw or return an exit status.
#pragma once

#include <CLI/CLI.hpp>

#include <cstddef>
#include <string>
#include <vector>

#include "jaring/model.h"

namespace jaring::cli {

struct GlobalOptions {
  std::string data_dir;
  std::vector<std::string> lexicons;
  bool quiet = false;
  int verbose = 0;
  int status = 0;  // the exit status the chosen subcommand sets
};

Model load_model(const GlobalOptions& g);
/// Only the relation vocabulary: what the graph commands (merge, render, export) need.
RelationSet load_relations(const GlobalOptions& g);

/// Adds `--threads N` to a command that runs the document pipeline (extract, build).
void add_threads_option(CLI::App& cmd, unsigned& threads);

/// "jaring: <message>" on standard error (always, even with -q: errors are never silent).
void error(const std::string& message);
/// A note on standard error unless -q.
void note(const GlobalOptions& g, const std::string& message);

/// A one-line progress display on standard error, shown only when it is a terminal and
/// the run is not quiet.
class Progress {
 public:
  Progress(const GlobalOptions& g, std::string what);
  ~Progress();
  void update(std::size_t done, std::size_t total);

 private:
  bool active_;
  std::string what_;
};

void add_extract_command(CLI::App& app, GlobalOptions& g);
void add_build_command(CLI::App& app, GlobalOptions& g);
void add_merge_command(CLI::App& app, GlobalOptions& g);
void add_render_command(CLI::App& app, GlobalOptions& g);
void add_export_command(CLI::App& app, GlobalOptions& g);
void add_query_command(CLI::App& app, GlobalOptions& g);
void add_show_command(CLI::App& app, GlobalOptions& g);
void add_neighbors_command(CLI::App& app, GlobalOptions& g);
void add_path_command(CLI::App& app, GlobalOptions& g);
void add_stats_command(CLI::App& app, GlobalOptions& g);
void add_lexicon_command(CLI::App& app, GlobalOptions& g);

}  // namespace jaring::cli
