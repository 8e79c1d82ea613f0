// Shared by the commands that read a graph and print what they find: query, show,
// neighbors, path and stats. One convention for all of them: the graph is the first
// argument (the JSON-LD `jaring build` writes, '-' for standard input); --format picks
// table (the default on a terminal), tsv (the default otherwise), json, dot or svg;
// -o writes a file instead of standard output.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "common.h"
#include "jaring/explore.h"
#include "jaring/table.h"

namespace jaring::cli {

struct GraphCommandOptions {
  std::string graph;
  std::string format;
  std::string output = "-";
  std::vector<std::string> relations;  // --relation, for the commands that follow edges
  bool any_evidence = false;           // --any-evidence
};

/// The GRAPH argument. Call it first, so that GRAPH is the first positional argument.
void add_graph_argument(CLI::App* cmd, GraphCommandOptions& o);
/// -f/--format and -o/--output.
void add_output_options(CLI::App* cmd, GraphCommandOptions& o);
/// --relation (repeatable; 'a|b' or 'a,b' list several) and --any-evidence.
void add_edge_options(CLI::App* cmd, GraphCommandOptions& o);

/// A graph and the relation vocabulary it refers to.
struct LoadedGraph {
  explicit LoadedGraph(RelationSet r) : relations(std::move(r)), graph(relations) {}
  RelationSet relations;
  KnowledgeGraph graph;
};

/// The relation vocabulary alone, then the graph read into it: commands check their
/// arguments against the vocabulary before reading a large graph.
std::unique_ptr<LoadedGraph> load_vocabulary(const GlobalOptions& g);
void read_graph(const GlobalOptions& g, const GraphCommandOptions& o, LoadedGraph& loaded);

/// The --relation and --any-evidence choice; throws UsageError for an unknown relation.
EdgeFilter edge_filter(const GraphCommandOptions& o, const RelationSet& relations);

/// Writes the tables in the chosen format, or for dot and svg the graph `drawing` makes.
/// Only the one asked for is computed.
void write_output(const GraphCommandOptions& o, const std::function<std::vector<Table>()>& tables,
                  const std::function<KnowledgeGraph()>& drawing);

}  // namespace jaring::cli
