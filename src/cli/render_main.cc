// jaring render graph.jsonld -o out.svg : draw a graph, or the part of it around some
// entities, with Graphviz.
#include "common.h"
#include "jaring/error.h"
#include "jaring/exporter.h"
#include "jaring/jsonld_reader.h"
#include "jaring/lookup.h"
#include "jaring/subgraph.h"

namespace jaring::cli {

namespace {

// svg, png or pdf: --format, else the output's extension.
std::string diagram_format(const std::string& format, const std::string& output) {
  if (!format.empty()) return format;
  const std::string ext = std::filesystem::path(output).extension().string();
  if (ext == ".svg" || ext == ".png" || ext == ".pdf") return ext.substr(1);
  throw UsageError("render: cannot tell the format of '" + output + "': name it .svg, .png or .pdf, or pass --format");
}

}  // namespace

void add_render_command(CLI::App& app, GlobalOptions& g) {
  struct Options {
    std::string graph;
    std::string output;
    std::string format;
    std::vector<std::string> focus;
    std::size_t depth = 1;
    std::string layout = "dot";
    std::size_t min_mentions = 0;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("render", "Draw a graph (or part of it) as SVG, PNG or PDF");
  cmd->add_option("graph", opt->graph, "a graph written by jaring (JSON-LD); '-' reads standard input")->required();
  cmd->add_option("-o,--output", opt->output, "the diagram: .svg, .png or .pdf ('-' for standard output)")->required();
  cmd->add_option("--format", opt->format, "svg, png or pdf (default: from the output's extension)")
      ->check(CLI::IsMember({"svg", "png", "pdf"}));
  CLI::Option* focus =
      cmd->add_option("--focus", opt->focus, "draw only around this entity: a name, alias, id or QID (repeatable)");
  cmd->add_option("--depth", opt->depth, "with --focus: how many relations away to go (default 1)")->needs(focus);
  cmd->add_option("--layout", opt->layout, "Graphviz layout: dot (default), neato, fdp or sfdp")
      ->check(CLI::IsMember(layout_names()));
  cmd->add_option("--min-mentions", opt->min_mentions, "leave out relations mentioned fewer times");
  cmd->footer(
      "Examples:\n"
      "  jaring render graph.jsonld -o graph.svg\n"
      "  jaring render graph.jsonld -o korea.png --focus 'Korea Utara' --depth 2\n"
      "  jaring render graph.jsonld -o big.pdf --layout sfdp --min-mentions 3");
  cmd->callback([opt, &g] {
    const auto exporter = make_diagram_exporter(diagram_format(opt->format, opt->output), opt->layout);
    const RelationSet relations = load_relations(g);
    KnowledgeGraph graph(relations);
    read_jsonld_file(opt->graph, graph);
    SubgraphOptions selection;
    selection.depth = opt->depth;
    selection.min_mentions = opt->min_mentions;
    const EntityLookup lookup(graph);
    for (const std::string& name : opt->focus) selection.focus.push_back(lookup.resolve(name));
    const KnowledgeGraph drawn = subgraph(graph, selection);
    if (drawn.edge_count() == 0) note(g, "render: no relation is selected; the diagram is empty");
    exporter->write_to(drawn, opt->output);
    note(g, "diagram: " + std::to_string(drawn.vertex_count()) + " entities, " + std::to_string(drawn.edge_count()) +
                " relations");
  });
}

}  // namespace jaring::cli
