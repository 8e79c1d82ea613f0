#include "graph_fixture.h"

#include <algorithm>
#include <iostream>
#include <string>
#include <utility>

#include "jaring/pipeline.h"
#include "test_util.h"

namespace jaring::test {

namespace {

// Where a fixture relation was said; the trailing fields default (a constructor, so that
// the short brace lists below are complete initializations).
struct Said {
  Said(std::string d, std::size_t s, std::string dt, double c, bool neg = false, Modality m = Modality::Asserted,
       std::string lang = "en", std::string subj = {})
      : doc(std::move(d)), sentence(s), date(std::move(dt)), confidence(c), negated(neg), modality(m),
        language(std::move(lang)), subject_text(std::move(subj)) {}
  std::string doc;
  std::size_t sentence = 0;
  std::string date;
  double confidence = 0.9;
  bool negated = false;
  Modality modality = Modality::Asserted;
  std::string language = "en";
  std::string subject_text;
};

void add(KnowledgeGraph& g, const EntityRef& s, const std::string& relation, const EntityRef& o, const Said& said) {
  Triple t;
  t.subject = s;
  t.relation = relation;
  t.object = o;
  Evidence& e = t.evidence;
  e.doc = said.doc;
  e.sentence = said.sentence;
  e.span = Span{said.sentence * 100, said.sentence * 100 + 50};
  e.text = s->name + " " + relation + " " + o->name + " (" + said.doc + ")";
  e.date = said.date;
  e.confidence = said.confidence;
  e.negated = said.negated;
  e.modality = said.modality;
  e.language = said.language;
  e.subject_text = said.subject_text.empty() ? s->name : said.subject_text;
  e.object_text = o->name;
  g.add(t);
}

}  // namespace

const RelationSet& relations() {
  static const RelationSet r = RelationSet::load(JARING_TEST_DATA_DIR "/relations.tsv");
  return r;
}

// Graphs are built in place and never copied or moved: a KnowledgeGraph's edge index
// holds Boost edge descriptors, which point into the graph it was built in.
const KnowledgeGraph& fixture_graph() {
  static const std::unique_ptr<KnowledgeGraph> graph = [] {
    const EntityRef nk = entity("north_korea", "North Korea", EntityType::Country, "Q423");
    const EntityRef ru = entity("russia", "Russia", EntityType::Country, "Q159");
    const EntityRef ua = entity("ukraine", "Ukraine", EntityType::Country, "Q212");
    const EntityRef jp = entity("japan", "Japan", EntityType::Country, "Q17");
    const EntityRef us = entity("united_states", "United States", EntityType::Country, "Q30");
    const EntityRef kim = entity("kim_jong_un", "Kim Jong Un", EntityType::Person, "Q56226");
    const EntityRef lavrov = entity("sergey_lavrov", "Sergey Lavrov", EntityType::Person);
    const EntityRef nato = entity("nato", "NATO", EntityType::Organization, "Q7184");
    auto built = std::make_unique<KnowledgeGraph>(relations());
    KnowledgeGraph& g = *built;
    add(g, nk, "supports", ru, {"a.txt", 2, "2025-01-10", 0.9, false, Modality::Asserted, "id", "Korea Utara"});
    add(g, nk, "supports", ru, {"b.txt", 1, "2025-03-05", 0.8, false, Modality::Reported, "id", "Pyongyang"});
    add(g, nk, "deploys_troops_to", ru, {"a.txt", 3, "2025-01-10", 0.85});
    add(g, ru, "fights", ua, {"a.txt", 4, "2025-01-10", 0.8});
    add(g, ru, "fights", ua, {"c.txt", 0, "2025-04-01", 0.75});
    add(g, ru, "attacks", ua, {"c.txt", 1, "2025-04-01", 0.9});
    add(g, kim, "leader_of", nk, {"a.txt", 1, "2025-01-10", 0.9});
    add(g, lavrov, "official_of", ru, {"b.txt", 0, "2025-03-05", 0.9});
    add(g, kim, "meets", lavrov, {"b.txt", 2, "2025-03-05", 0.9});
    add(g, lavrov, "meets", kim, {"c.txt", 3, "2025-04-01", 0.8});  // the same meeting, told the other way
    add(g, ru, "talks_with", us, {"d.txt", 0, "2025-05-01", 0.7});
    add(g, nk, "invades", jp, {"c.txt", 2, "2025-04-01", 0.8, true});
    add(g, us, "supports", ua, {"d.txt", 1, "2025-05-01", 0.6, false, Modality::Possible});
    add(g, us, "supplies_weapons_to", ua, {"d.txt", 2, "2025-05-01", 0.9});
    add(g, jp, "supports", ua, {"e.txt", 0, "", 0.7});
    add(g, ua, "member_of", nato, {"e.txt", 1, "", 0.5, false, Modality::Future});
    return built;
  }();
  return *graph;
}

const KnowledgeGraph* dev_corpus_graph() {
  static const std::unique_ptr<KnowledgeGraph> graph = []() -> std::unique_ptr<KnowledgeGraph> {
    const std::filesystem::path dir = std::filesystem::path(JARING_TEST_SOURCE_DIR) / ".." / "shared" / "corpus" / "dev";
    if (!std::filesystem::is_directory(dir)) {
      std::cerr << "skipped: " << dir.string() << " is absent, no dev corpus graph\n";
      return nullptr;
    }
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
      if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    const Extractor extractor(model());
    auto built = std::make_unique<KnowledgeGraph>(model().relations);
    KnowledgeGraph& g = *built;
    PipelineCallbacks cb;
    cb.on_document = [&g](const Document&, std::vector<Triple>& triples) {
      for (const Triple& t : triples) g.add(t);
    };
    cb.on_error = [](const Error& e) { std::cerr << e.what() << '\n'; };
    run_pipeline(extractor, files, cb);
    return built;
  }();
  return graph.get();
}

}  // namespace jaring::test
