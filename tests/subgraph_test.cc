// Selecting part of a graph: focus and depth, minimum mentions.
#include <doctest/doctest.h>

#include <set>

#include "jaring/model.h"
#include "jaring/subgraph.h"

using namespace jaring;

namespace {

// Only the relation vocabulary: these tests do not extract.
const RelationSet& relations() {
  static const RelationSet r = RelationSet::load(std::string(JARING_TEST_DATA_DIR) + "/relations.tsv");
  return r;
}

// A chain a -> b -> c -> d and a side branch e -> b, with b -> c mentioned three times.
//   a --supports--> b --attacks(x3)--> c --meets--> d,   e --criticizes--> b
KnowledgeGraph chain() {
  KnowledgeGraph g(relations());
  const auto v = [&g](const std::string& id) {
    VertexData d;
    d.id = id;
    d.name = "Entity " + id;
    return g.add_vertex(d);
  };
  const auto add = [&g](Vertex s, const std::string& r, Vertex o, std::size_t begin) {
    Evidence e;
    e.doc = "a.txt";
    e.span = {begin, begin + 5};
    g.add_evidence(s, r, o, e);
  };
  const Vertex a = v("a"), b = v("b"), c = v("c"), d = v("d"), e = v("e");
  add(a, "supports", b, 0);
  for (std::size_t i = 0; i < 3; ++i) add(b, "attacks", c, 10 * (i + 1));
  add(c, "meets", d, 50);
  add(e, "criticizes", b, 60);
  return g;
}

std::set<std::string> ids(const KnowledgeGraph& g) {
  std::set<std::string> out;
  for (Vertex v : g.sorted_vertices()) out.insert(g.graph()[v].id);
  return out;
}

SubgraphOptions around(const KnowledgeGraph& g, const std::string& id, std::size_t depth, std::size_t min = 0) {
  SubgraphOptions o;
  o.focus = {*g.find(id)};
  o.depth = depth;
  o.min_mentions = min;
  return o;
}

}  // namespace

TEST_CASE("no focus, no minimum: the whole graph") {
  const KnowledgeGraph g = chain();
  const KnowledgeGraph all = subgraph(g, {});
  CHECK(ids(all) == ids(g));
  CHECK(all.edge_count() == g.edge_count());
}

TEST_CASE("focus and depth walk relations in both directions") {
  const KnowledgeGraph g = chain();
  CHECK(ids(subgraph(g, around(g, "b", 0))) == std::set<std::string>{"b"});
  CHECK(subgraph(g, around(g, "b", 0)).edge_count() == 0);
  // b's neighbours: a (b's subject), c (its object) and e (criticizes b).
  const KnowledgeGraph one = subgraph(g, around(g, "b", 1));
  CHECK(ids(one) == std::set<std::string>{"a", "b", "c", "e"});
  CHECK(one.edge_count() == 3);
  CHECK(ids(subgraph(g, around(g, "b", 2))) == std::set<std::string>{"a", "b", "c", "d", "e"});
  CHECK(ids(subgraph(g, around(g, "d", 1))) == std::set<std::string>{"c", "d"});
  CHECK(ids(subgraph(g, around(g, "d", 2))) == std::set<std::string>{"b", "c", "d"});
}

TEST_CASE("the relations among the selected entities come with all their evidence") {
  const KnowledgeGraph g = chain();
  const KnowledgeGraph part = subgraph(g, around(g, "c", 1));
  REQUIRE(part.find("b"));
  bool found = false;
  for (Edge e : part.sorted_edges())
    if (part.graph()[e].relation == "attacks") {
      found = true;
      CHECK(part.graph()[e].mentions() == 3);
    }
  CHECK(found);
}

TEST_CASE("min-mentions drops relations first; the walk follows only those kept") {
  const KnowledgeGraph g = chain();
  SubgraphOptions o;
  o.min_mentions = 2;
  const KnowledgeGraph strong = subgraph(g, o);
  CHECK(ids(strong) == std::set<std::string>{"b", "c"});  // entities left without a relation go
  CHECK(strong.edge_count() == 1);
  // From a, only a weak relation leads on: a stays (the focus), alone.
  CHECK(ids(subgraph(g, around(g, "a", 3, 2))) == std::set<std::string>{"a"});
  CHECK(ids(subgraph(g, around(g, "b", 3, 2))) == std::set<std::string>{"b", "c"});
}

TEST_CASE("several focus entities: the union of their neighbourhoods") {
  const KnowledgeGraph g = chain();
  SubgraphOptions o = around(g, "a", 1);
  o.focus.push_back(*g.find("d"));
  CHECK(ids(subgraph(g, o)) == std::set<std::string>{"a", "b", "c", "d"});
}
