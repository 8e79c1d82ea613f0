// jaring extract FILE... : print the triples each document states.
#include <unistd.h>

#include <atomic>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "common.h"
#include "jaring/pipeline.h"
#include "jaring/triple_io.h"

namespace jaring::cli {

namespace {

void print_mentions(const Document& doc, const std::vector<std::vector<Mention>>& mentions, std::ostream& out) {
  for (std::size_t s = 0; s < mentions.size() && s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    for (const Mention& m : mentions[s]) {
      const Span span{sentence.tokens[m.first].span.begin, sentence.tokens[m.last - 1].span.end};
      out << doc.name << ':' << s << '\t' << doc.slice(span) << '\t' << m.entity->name << '\t'
          << to_string(m.entity->type);
      for (const EntityRef& other : m.group) out << " + " << other->name;
      out << '\n';
    }
  }
}

}  // namespace

void add_extract_command(CLI::App& app, GlobalOptions& g) {
  struct Options {
    std::vector<std::string> files;
    std::string format;
    std::string date;
    std::string lang;
    bool show_mentions = false;
    unsigned threads = 1;
  };
  auto opt = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("extract", "Print the actor-relation-actor triples of news articles");
  cmd->add_option("files", opt->files, "UTF-8 text files; '-' reads standard input")->required();
  cmd->add_option("-f,--format", opt->format,
                  "text, jsonl or tsv (default: text on a terminal, jsonl otherwise)")
      ->check(CLI::IsMember({"text", "jsonl", "tsv"}));
  cmd->add_option("--date", opt->date, "document date YYYY-MM-DD when the text has no dateline (resolves officials' roles)");
  cmd->add_option("--lang", opt->lang, "force the language (id, en) instead of detecting it");
  cmd->add_flag("--mentions", opt->show_mentions,
                "print the actors found in each sentence instead of triples (to check the lexicon)");
  add_threads_option(*cmd, opt->threads);
  cmd->footer(
      "Examples:\n"
      "  jaring extract data/samples/id-asean-laut.txt\n"
      "  jaring extract --format jsonl news/*.txt > triples.jsonl\n"
      "  cat article.txt | jaring extract -\n"
      "  jaring extract --threads 1 news/*.txt             one core; the same output\n"
      "\n"
      "jsonl prints one object per triple: doc, sentence, span [start,end] (bytes), text,\n"
      "subject {name,type,id,qid,aliases}, relation, object, negated, modality, confidence,\n"
      "trigger and attributed_to.");
  cmd->callback([opt, &g] {
    const Model model = load_model(g);
    ExtractOptions eo;
    eo.date = opt->date;
    eo.language = opt->lang;
    const Extractor extractor(model, eo);
    std::string format = opt->format;
    if (format.empty()) format = ::isatty(STDOUT_FILENO) ? "text" : "jsonl";
    Progress progress(g, "extracting");
    std::atomic<std::size_t> total = 0;
    PipelineOptions po;
    po.threads = opt->threads;
    // JSON lines are made on the workers, one writer each (after the model, whose
    // entities they cache), and printed in order: formatting on the printing thread
    // held back a parallel run.
    std::vector<std::unique_ptr<JsonlTripleWriter>> jsonl;
    PipelineCallbacks cb;
    if (opt->show_mentions) {
      cb.on_document = [&](const Document& doc, std::vector<Triple>&) {
        Document copy = doc;
        print_mentions(copy, extractor.mentions(copy), std::cout);
      };
    } else if (format == "jsonl") {
      for (unsigned w = 0; w < pipeline_threads(opt->files.size(), po); ++w)
        jsonl.push_back(std::make_unique<JsonlTripleWriter>());
      cb.render = [&](unsigned worker, const Document&, const std::vector<Triple>& triples, std::string& out) {
        // Room for the document's lines at once, not grown (and copied) a dozen times: a
        // line is its sentence and some four hundred bytes of actors and fields.
        std::size_t bytes = 0;
        for (const Triple& t : triples) bytes += t.evidence.text.size() + 448;
        out.reserve(bytes);
        for (const Triple& t : triples) jsonl[worker]->append(t, out);
        total += triples.size();
      };
      cb.on_output = [](const std::string& lines) { std::cout.write(lines.data(), static_cast<std::streamsize>(lines.size())); };
    } else {
      cb.on_document = [&](const Document&, std::vector<Triple>& triples) {
        for (const Triple& t : triples) {
          if (format == "tsv") write_triple_tsv(t, std::cout);
          else write_triple_text(t, std::cout);
        }
        total += triples.size();
      };
    }
    cb.on_error = [](const Error& e) { error(e.what()); };
    cb.on_warning = [](const std::string& w) { error(w); };
    cb.on_progress = [&](std::size_t done, std::size_t n) { progress.update(done, n); };
    const std::size_t failed = run_pipeline(extractor, opt->files, cb, po);
    std::cout.flush();
    if (g.verbose) note(g, std::to_string(total.load()) + " triples from " + std::to_string(opt->files.size() - failed) + " document(s)");
    if (failed) g.status = kExitInput;
  });
}

}  // namespace jaring::cli
