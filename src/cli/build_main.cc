// jaring build [--merge OLD.jsonld] FILE... -o graph.jsonld : extract, merge into one
// graph (added to the old one), write it.
#include <iostream>

#include "common.h"
#include "jaring/exporter.h"
#include "jaring/graph.h"
#include "jaring/jsonld_reader.h"
#include "jaring/pipeline.h"

namespace jaring::cli {

void add_build_command(CLI::App& app, GlobalOptions& g) {
  struct Options {
    std::vector<std::string> files;
    std::vector<std::string> merge;
    std::string output;
    std::string dot, svg, nquads;
    std::string date, lang;
    unsigned threads = 1;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("build", "Build a knowledge graph from news articles");
  cmd->add_option("files", opt->files, "UTF-8 text files; '-' reads standard input");
  cmd->add_option("--merge", opt->merge, "add to this graph, written by jaring before (JSON-LD; repeatable)")
      ->allow_extra_args(false);  // --merge OLD FILE...: the files are inputs, not graphs
  cmd->add_option("-o,--output", opt->output, "the graph as JSON-LD ('-' for standard output)")->required();
  cmd->add_option("--dot", opt->dot, "also write Graphviz DOT");
  cmd->add_option("--svg", opt->svg, "also render the diagram as SVG");
  cmd->add_option("--nquads", opt->nquads, "also write the graph's RDF as N-Quads");
  cmd->add_option("--date", opt->date, "document date YYYY-MM-DD when a text has no dateline");
  cmd->add_option("--lang", opt->lang, "force the language (id, en) instead of detecting it");
  add_threads_option(*cmd, opt->threads);
  cmd->footer(
      "Examples:\n"
      "  jaring build data/samples/*.txt -o graph.jsonld --dot graph.dot --svg graph.svg\n"
      "  jaring build --merge graph.jsonld news/today/*.txt -o graph.jsonld\n"
      "  jaring build --threads 4 archive/*.txt -o archive.jsonld\n"
      "  jaring build news/*.txt -o - | jq '.\"@graph\" | length'");
  cmd->callback([opt, &g] {
    if (opt->files.empty() && opt->merge.empty()) throw UsageError("build: no input files (and no --merge graph)");
    const Model model = load_model(g);
    ExtractOptions eo;
    eo.date = opt->date;
    eo.language = opt->lang;
    const Extractor extractor(model, eo);
    KnowledgeGraph graph(model.relations);
    // An old graph that cannot be read stops the run: writing without it would lose it.
    for (const std::string& old : opt->merge) read_jsonld_file(old, graph);
    Progress progress(g, "building");
    std::size_t documents = 0, triples = 0;
    PipelineCallbacks cb;
    cb.on_document = [&](const Document&, std::vector<Triple>& ts) {
      ++documents;
      triples += ts.size();
      for (Triple& t : ts) graph.add(std::move(t));
    };
    cb.on_error = [](const Error& e) { error(e.what()); };
    cb.on_warning = [](const std::string& w) { error(w); };
    cb.on_progress = [&](std::size_t done, std::size_t n) { progress.update(done, n); };
    PipelineOptions po;
    po.threads = opt->threads;
    const std::size_t failed = run_pipeline(extractor, opt->files, cb, po);
    const auto write = [&graph](const std::string& path, std::string_view format) {
      if (path.empty()) return;
      const auto exporter = make_exporter(format);
      write_atomically(path, [&](std::ostream& out) { exporter->write(graph, out); });
    };
    write(opt->output, "jsonld");
    write(opt->dot, "dot");
    write(opt->svg, "svg");
    write(opt->nquads, "nquads");
    note(g, "graph: " + std::to_string(graph.vertex_count()) + " entities, " +
                std::to_string(graph.edge_count()) + " relations from " + std::to_string(triples) +
                " triples in " + std::to_string(documents) + " document(s)");
    if (failed) g.status = kExitInput;
  });
}

}  // namespace jaring::cli
