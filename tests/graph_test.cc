#include <doctest/doctest.h>

#include "jaring/graph.h"
#include "test_util.h"

using namespace jaring;

namespace {

using test::entity;

Triple triple(const EntityRef& s, const std::string& r, const EntityRef& o, const std::string& doc,
              std::size_t begin, double confidence = 0.9, const std::string& date = "", bool negated = false) {
  Triple t;
  t.subject = s;
  t.relation = r;
  t.object = o;
  t.evidence.doc = doc;
  t.evidence.span = Span{begin, begin + 10};
  t.evidence.confidence = confidence;
  t.evidence.date = date;
  t.evidence.negated = negated;
  t.evidence.subject_text = s->name;
  t.evidence.object_text = o->name;
  return t;
}

const EntityRef kNk = entity("north_korea", "North Korea", EntityType::Country, "Q423");
const EntityRef kRu = entity("russia", "Russia", EntityType::Country, "Q159");
const EntityRef kUa = entity("ukraine", "Ukraine", EntityType::Country, "Q212");

std::string fingerprint(const KnowledgeGraph& g) {
  std::string out;
  for (Vertex v : g.sorted_vertices()) out += g.graph()[v].id + ";";
  for (Edge e : g.sorted_edges()) {
    const auto& d = g.graph()[e];
    out += g.graph()[boost::source(e, g.graph())].id + "-" + d.relation + "-" +
           g.graph()[boost::target(e, g.graph())].id + ":" + std::to_string(d.mentions()) + ";";
  }
  return out;
}

}  // namespace

TEST_CASE("one vertex per entity, keyed by QID, one edge per (s, r, o) holding every mention") {
  KnowledgeGraph g(test::model().relations);
  g.add(triple(kNk, "supports", kRu, "a.txt", 0, 0.9, "2025-01-02"));
  g.add(triple(kNk, "supports", kRu, "a.txt", 50, 0.7, "2025-01-02"));
  g.add(triple(kNk, "supports", kRu, "b.txt", 0, 0.8, "2024-12-30"));
  g.add(triple(kRu, "attacks", kUa, "b.txt", 20));
  CHECK(g.vertex_count() == 3);
  CHECK(g.edge_count() == 2);
  REQUIRE(g.find("Q423"));
  const Edge e = g.sorted_edges().back();  // edges sort by subject id: Q423 supports Q159 is last
  const EdgeData& d = g.graph()[e];
  CHECK(d.relation == "supports");
  CHECK(d.mentions() == 3);
  CHECK(d.documents().size() == 2);
  CHECK(d.max_confidence() == doctest::Approx(0.9));
  CHECK(d.mean_confidence() == doctest::Approx(0.8));
  CHECK(d.first_date() == "2024-12-30");
  CHECK(d.last_date() == "2025-01-02");
}

TEST_CASE("symmetric relations are stored once, in canonical direction") {
  KnowledgeGraph g(test::model().relations);
  g.add(triple(kRu, "meets", kNk, "a.txt", 0));
  g.add(triple(kNk, "meets", kRu, "b.txt", 0));
  CHECK(g.edge_count() == 1);
  const Edge e = g.sorted_edges().front();
  CHECK(g.graph()[boost::source(e, g.graph())].id == "Q159");  // "Q159" < "Q423"
  CHECK(g.graph()[e].mentions() == 2);
  // An asymmetric relation keeps its direction.
  g.add(triple(kRu, "visits", kNk, "a.txt", 0));
  g.add(triple(kNk, "visits", kRu, "a.txt", 0));
  CHECK(g.edge_count() == 3);
}

TEST_CASE("merging is idempotent and associative") {
  const auto build = [](std::initializer_list<Triple> ts) {
    KnowledgeGraph g(test::model().relations);
    for (const Triple& t : ts) g.add(t);
    return g;
  };
  const Triple t1 = triple(kNk, "supports", kRu, "a.txt", 0);
  const Triple t2 = triple(kRu, "attacks", kUa, "b.txt", 5);
  const Triple t3 = triple(kNk, "supports", kRu, "c.txt", 9);
  KnowledgeGraph a = build({t1}), b = build({t2}), c = build({t3});

  KnowledgeGraph twice = build({t1});
  twice.merge(a);
  twice.add(t1);
  CHECK(fingerprint(twice) == fingerprint(a));  // the same document again adds nothing

  KnowledgeGraph left(test::model().relations);  // (a + b) + c
  left.merge(a);
  left.merge(b);
  left.merge(c);
  KnowledgeGraph bc(test::model().relations);  // a + (b + c)
  bc.merge(b);
  bc.merge(c);
  KnowledgeGraph right(test::model().relations);
  right.merge(a);
  right.merge(bc);
  CHECK(fingerprint(left) == fingerprint(right));
  CHECK(fingerprint(left) == fingerprint(build({t1, t2, t3})));
}

TEST_CASE("a relation only ever negated is held but not asserted") {
  KnowledgeGraph g(test::model().relations);
  g.add(triple(kRu, "invades", kNk, "a.txt", 0, 0.8, "", true));
  const Edge e = g.sorted_edges().front();
  CHECK(g.graph()[e].mentions() == 1);
  CHECK(g.graph()[e].asserted() == 0);
}

TEST_CASE("aliases seen in text are collected per language") {
  KnowledgeGraph g(test::model().relations);
  Triple t = triple(kNk, "supports", kRu, "a.txt", 0);
  t.evidence.subject_text = "Korea Utara";
  t.evidence.language = "id";
  g.add(t);
  const VertexData& v = g.graph()[*g.find("Q423")];
  CHECK(v.aliases.count({"Korea Utara", "id"}) == 1);
}

TEST_CASE("an edge's evidence handed over whole: taken when the edge is new and in order, else merged") {
  KnowledgeGraph g(test::model().relations);
  const auto vertex = [&](const std::string& qid, const std::string& name) {
    VertexData d;
    d.id = qid;
    d.name = name;
    d.type = EntityType::Country;
    return g.add_vertex(d);
  };
  const Vertex nk = vertex("Q423", "North Korea"), ru = vertex("Q159", "Russia");
  const auto ev = [](const std::string& doc, std::size_t begin, double confidence) {
    Evidence e;
    e.doc = doc;
    e.span = Span{begin, begin + 10};
    e.confidence = confidence;
    return e;
  };
  const auto edge = [&](const std::string& s, const std::string& r, const std::string& o) -> const EdgeData& {
    for (const Edge e : g.sorted_edges())
      if (g.graph()[e].relation == r && g.graph()[boost::source(e, g.graph())].id == s &&
          g.graph()[boost::target(e, g.graph())].id == o)
        return g.graph()[e];
    FAIL("no edge " << s << " " << r << " " << o);
    throw;
  };
  const auto docs = [](const EdgeData& d) {
    std::string out;
    for (const Evidence& e : d.evidence) out += e.doc + "@" + std::to_string(e.span.begin) + " ";
    return out;
  };

  // New and in order: kept as given, confidences at the precision the exports write.
  g.add_evidence(nk, "supports", ru, std::vector<Evidence>{ev("a.txt", 0, 0.12345), ev("a.txt", 50, 0.5)});
  CHECK(docs(edge("Q423", "supports", "Q159")) == "a.txt@0 a.txt@50 ");
  CHECK(edge("Q423", "supports", "Q159").evidence[0].confidence == 0.123);
  // Out of order with a repeat: sorted, the repeat dropped (the first one kept).
  g.add_evidence(ru, "attacks", nk, std::vector<Evidence>{ev("c.txt", 0, 0.9), ev("a.txt", 0, 0.8), ev("c.txt", 0, 0.1)});
  CHECK(docs(edge("Q159", "attacks", "Q423")) == "a.txt@0 c.txt@0 ");
  CHECK(edge("Q159", "attacks", "Q423").evidence[1].confidence == 0.9);
  // An edge that exists: merged, the evidence it has adds nothing.
  g.add_evidence(nk, "supports", ru, std::vector<Evidence>{ev("a.txt", 50, 0.5), ev("b.txt", 0, 0.7)});
  CHECK(docs(edge("Q423", "supports", "Q159")) == "a.txt@0 a.txt@50 b.txt@0 ");
  // A symmetric relation given both ways: one edge, in canonical direction.
  g.add_evidence(nk, "meets", ru, std::vector<Evidence>{ev("a.txt", 0, 0.5)});
  g.add_evidence(ru, "meets", nk, std::vector<Evidence>{ev("b.txt", 0, 0.5)});
  CHECK(docs(edge("Q159", "meets", "Q423")) == "a.txt@0 b.txt@0 ");
  CHECK(g.edge_count() == 3);
}
