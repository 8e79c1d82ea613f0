// Reading jaring's JSON-LD back: what is written reads back into the same graph, and
// anything else is refused with a message naming the file and what is wrong.
#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "jaring/error.h"
#include "jaring/exporter.h"
#include "jaring/jsonld_reader.h"
#include "jaring/pipeline.h"
#include "test_util.h"

using namespace jaring;
namespace fs = std::filesystem;

namespace {

// The graph `jaring build data/samples/*.txt` makes.
const KnowledgeGraph& samples_graph() {
  static const KnowledgeGraph graph = [] {
    KnowledgeGraph g(test::model().relations);
    const Extractor extractor(test::model());
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(fs::path(JARING_TEST_SOURCE_DIR) / "data/samples"))
      if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      Document doc = read_document(f.string());
      for (const Triple& t : extractor.extract(doc)) g.add(t);
    }
    return g;
  }();
  return graph;
}

std::string write(const KnowledgeGraph& g, std::string_view format = "jsonld") {
  std::ostringstream out;
  make_exporter(format)->write(g, out);
  return out.str();
}

KnowledgeGraph read(const std::string& jsonld, const std::string& name = "g.jsonld") {
  KnowledgeGraph g(test::model().relations);
  std::istringstream in(jsonld);
  read_jsonld(in, name, g);
  return g;
}

// The message read_jsonld gives for `jsonld`, "" if it reads.
std::string error_of(const std::string& jsonld) {
  try {
    read(jsonld);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

using test::entity;

// A minimal graph document around the given @graph nodes.
std::string document(const std::string& nodes) {
  return R"({"@context": {"jaring": "https://w3id.org/jaring/vocab#"}, "@graph": [)" + nodes + "]}";
}

const std::string kEntity = R"({"@id": "ent:Q423", "@type": "schema:Country", "name": "North Korea"})";
const std::string kEntity2 = R"({"@id": "ent:Q159", "@type": "schema:Country", "name": "Russia"})";

std::string statement(const std::string& predicate, const std::string& evidence) {
  return R"({"@id": "stmt:x", "@type": "rdf:Statement", "subject": "ent:Q423", "predicate": ")" + predicate +
         R"(", "object": "ent:Q159", "jaring:evidence": [)" + evidence + "]}";
}

const std::string kEvidence =
    R"({"jaring:document": "a.txt", "jaring:sentence": 0, "jaring:spanStart": 0, "jaring:spanEnd": 9,
        "jaring:text": "t", "jaring:confidence": {"@value": "0.9", "@type": "xsd:decimal"},
        "jaring:negated": false, "jaring:modality": "asserted"})";

}  // namespace

TEST_CASE("the sample graph reads back into the same bytes (JSON-LD, N-Quads, DOT)") {
  const KnowledgeGraph& g = samples_graph();
  REQUIRE(g.edge_count() > 10);
  const std::string first = write(g);
  const KnowledgeGraph back = read(first);
  CHECK(back.vertex_count() == g.vertex_count());
  CHECK(back.edge_count() == g.edge_count());
  CHECK(write(back) == first);
  CHECK(write(back, "nquads") == write(g, "nquads"));
  CHECK(write(back, "dot") == write(g, "dot"));
}

TEST_CASE("every evidence field and every entity field reads back") {
  KnowledgeGraph g(test::model().relations);
  Entity korea = *entity("north_korea", "North Korea", EntityType::Country, "Q423");
  korea.iso2 = "KP";
  korea.iso3 = "PRK";
  const EntityRef nk = test::keep(std::move(korea));
  auto odd = entity("bureau \"x\"/é", "Bureau \"X\" é", EntityType::Organization);  // a slug needing escapes
  Triple t;
  t.subject = nk;
  t.relation = "supports";
  t.object = odd;
  Evidence& e = t.evidence;
  e.doc = "news/a b.txt";
  e.language = "id";
  e.date = "2025-02-03";
  e.sentence = 4;
  e.span = {120, 180};
  e.text = "Korea Utara \"mendukung\" Biro X.\n";
  e.trigger = "mendukung";
  e.subject_text = "Korea Utara";
  e.object_text = "Biro X";
  e.modality = Modality::Reported;
  e.attributed_to = "KCNA";
  e.confidence = 0.72675;  // kept at the three decimals every export writes
  g.add(t);
  const KnowledgeGraph back = read(write(g));
  CHECK(write(back) == write(g));
  const Graph& bg = back.graph();
  REQUIRE(back.find("Q423"));
  const VertexData& v = bg[*back.find("Q423")];
  CHECK(v.name == "North Korea");
  CHECK(v.qid == "Q423");
  CHECK(v.iso2 == "KP");
  CHECK(v.iso3 == "PRK");
  CHECK(v.type == EntityType::Country);
  CHECK(v.aliases.count({"Korea Utara", "id"}) == 1);
  REQUIRE(back.find("bureau \"x\"/é"));
  CHECK(bg[*back.find("bureau \"x\"/é")].qid.empty());
  const EdgeData& d = bg[back.sorted_edges().front()];
  REQUIRE(d.evidence.size() == 1);
  const Evidence& r = d.evidence.front();
  CHECK(r.doc == e.doc);
  CHECK(r.language == e.language);
  CHECK(r.date == e.date);
  CHECK(r.sentence == e.sentence);
  CHECK(r.span == e.span);
  CHECK(r.text == e.text);
  CHECK(r.trigger == e.trigger);
  CHECK(r.subject_text == e.subject_text);
  CHECK(r.object_text == e.object_text);
  CHECK(r.modality == Modality::Reported);
  CHECK(r.attributed_to == "KCNA");
  CHECK(r.confidence == 0.727);
  CHECK_FALSE(r.negated);
}

TEST_CASE("a relation only ever negated reads back as a statement, not a direct triple") {
  KnowledgeGraph g(test::model().relations);
  for (const Triple& t : test::extract("Korea Utara tidak menginvasi Jepang.")) g.add(t);
  REQUIRE(g.edge_count() == 1);
  const std::string text = write(g);
  CHECK(text.find("\"invades\": [") == std::string::npos);
  const KnowledgeGraph back = read(text);
  REQUIRE(back.edge_count() == 1);
  const EdgeData& d = back.graph()[back.sorted_edges().front()];
  CHECK(d.relation == "invades");
  CHECK(d.asserted() == 0);
  CHECK(d.evidence.front().negated);
  CHECK(write(back) == text);
}

TEST_CASE("reading a graph into itself adds nothing; reading adds to what is there") {
  const std::string text = write(samples_graph());
  KnowledgeGraph g = read(text);
  std::istringstream again(text);
  read_jsonld(again, "again", g);
  CHECK(write(g) == text);

  KnowledgeGraph small(test::model().relations);
  for (const Triple& t : test::extract("Korea Utara mendukung Rusia.")) small.add(t);
  std::istringstream in(write(small));
  read_jsonld(in, "small", g);
  CHECK(g.edge_count() >= samples_graph().edge_count());
  REQUIRE(g.find("Q423"));
}

// A graph whose JSON-LD is several MiB: read in 2 MiB chunks on worker threads (a graph
// of one chunk is parsed by the calling thread).
const KnowledgeGraph& big_graph() {
  static const KnowledgeGraph graph = [] {
    KnowledgeGraph g(test::model().relations);
    std::vector<Vertex> v;
    for (int i = 0; i < 300; ++i) {
      VertexData d;
      d.id = "Q" + std::to_string(1000 + i);
      d.name = "Land " + std::to_string(i);
      d.type = EntityType::Country;
      d.aliases.emplace("Negeri " + std::to_string(i), "id");
      v.push_back(g.add_vertex(d));
    }
    for (std::size_t i = 0; i < 9000; ++i) {
      const Vertex s = v[i % 300], o = v[(i * 7 + 1) % 300];
      if (s == o) continue;
      Evidence e;
      e.doc = "news/" + std::to_string(i % 97) + ".txt";
      e.language = i % 2 ? "en" : "id";
      e.date = "2025-01-" + std::to_string(10 + i % 20);
      e.sentence = i % 13;
      e.span = Span{i * 10, i * 10 + 300};
      e.text = "Sentence " + std::to_string(i) + " " + std::string(300, static_cast<char>('a' + i % 26));
      e.trigger = "supports";
      e.subject_text = g.graph()[s].name;
      e.object_text = g.graph()[o].name;
      e.negated = i % 5 == 0;
      e.modality = i % 3 ? Modality::Asserted : Modality::Reported;
      e.attributed_to = i % 3 ? "" : "Kantor Berita";
      e.confidence = 0.5 + static_cast<double>(i % 400) / 1000;
      g.add_evidence(s, i % 4 ? "supports" : "meets", o, std::move(e));
    }
    return g;
  }();
  return graph;
}

TEST_CASE("a graph of several MiB reads back into the same bytes (chunks on worker threads)") {
  const std::string text = write(big_graph());
  REQUIRE(text.size() > std::size_t(6) << 20);
  CHECK(write(read(text)) == text);  // from a stream: a buffer
  // From a file: mapped, and its pages given back as the chunks are parsed.
  const fs::path file = fs::temp_directory_path() / ("jaring-big-" + std::to_string(::getpid()) + ".jsonld");
  std::ofstream(file, std::ios::binary) << text;
  KnowledgeGraph g(test::model().relations);
  read_jsonld_file(file, g);
  fs::remove(file);
  CHECK(g.edge_count() == big_graph().edge_count());
  CHECK(write(g) == text);
}

TEST_CASE("a graph of several MiB with a defect near its end: the message of the sequential parse") {
  std::string text = write(big_graph());
  const std::size_t at = text.rfind("\"jaring:negated\": false");
  REQUIRE(at != std::string::npos);
  REQUIRE(at > std::size_t(4) << 20);
  text.replace(at, std::string_view("\"jaring:negated\": false").size(), "\"jaring:negated\": 0");
  const std::string error = error_of(text);
  CHECK(error.starts_with("g.jsonld: not a jaring graph: stmt:"));
  CHECK(error.find(": jaring:negated is not true or false (at byte ") != std::string::npos);
}

TEST_CASE("malformed input: JSON syntax errors give the byte offset") {
  CHECK(error_of("") == "g.jsonld: JSON syntax error at byte 0: The document is empty.");
  CHECK(error_of(R"({"@context": {"jaring": 1,})") ==
        "g.jsonld: JSON syntax error at byte 26: Missing a name for object member.");
  CHECK(error_of(document(kEntity) + " x").find("g.jsonld: JSON syntax error at byte ") == 0);
  CHECK(error_of("{\"a\": \"\xff\"}") == "g.jsonld: not UTF-8 text (invalid byte at byte 7)");
}

TEST_CASE("malformed input: JSON that is not a jaring graph says why") {
  const auto check = [](const std::string& text, const std::string& why) {
    const std::string message = error_of(text);
    CAPTURE(text);
    CHECK(message.find("g.jsonld: not a jaring graph: " + why) == 0);
  };
  check("[1, 2]", "the top level is not a JSON object");
  check("42", "the top level is not a JSON object");
  check(R"({"@graph": []})", "no @context with the jaring vocabulary");
  check(R"({"@context": {"jaring": "http://example.org/"}, "@graph": []})", "no @context with the jaring vocabulary");
  check(R"({"@context": {"jaring": "https://w3id.org/jaring/vocab#"}})", "no @graph array");
  check(document("1"), "@graph holds a value that is not a node");
  check(document(R"({"@type": "schema:Country"})"), "a node of @graph has no @id");
  check(document(R"({"@id": "ent:x", "@type": "schema:Planet", "name": "X"})"), "ent:x: unknown entity type");
  check(document(R"({"@id": "ent:x", "@type": "foaf:Person"})"), "ent:x: unknown @type 'foaf:Person'");
  check(document(R"({"@id": "ent:x", "@type": "schema:Person"})"), "ent:x: entity without a name");
  check(document(R"({"@id": "ent:x", "@type": "schema:Person", "name": 3})"), "ent:x: name is not a string");
  check(document(kEntity + "," + statement("jaring:supports", kEvidence)),
        "stmt:x: object 'ent:Q159' is not an entity of this graph");
  check(document(kEntity + "," + kEntity2 + "," + statement("jaring:befriends", kEvidence)),
        "stmt:x: relation 'befriends' is not in the relation vocabulary");
  check(document(kEntity + "," + kEntity2 + "," + statement("jaring:supports", "")),
        "stmt:x: statement without jaring:evidence");
  check(document(kEntity + "," + kEntity2 + "," + statement("jaring:supports", R"({"jaring:document": "a"})")),
        "stmt:x: evidence without jaring:sentence");
  std::string bad_confidence = kEvidence;
  bad_confidence.replace(bad_confidence.find("\"0.9\""), 5, "\"high\"");
  check(document(kEntity + "," + kEntity2 + "," + statement("jaring:supports", bad_confidence)),
        "stmt:x: jaring:confidence is not a decimal between 0 and 1");
  check(std::string(100, '[') + std::string(100, ']'), "the top level is not a JSON object");
  check("{\"@context\": " + std::string(50, '[') + std::string(50, ']') + "}", "nested deeper than any jaring graph");
  // The smallest well-formed graph reads.
  CHECK(error_of(document(kEntity + "," + kEntity2 + "," + statement("jaring:supports", kEvidence))) == "");
}

TEST_CASE("files: missing, directories and standard input are named") {
  KnowledgeGraph g(test::model().relations);
  const fs::path dir = fs::temp_directory_path();
  CHECK_THROWS_WITH_AS(read_jsonld_file(dir / "no-such-graph.jsonld", g),
                       ((dir / "no-such-graph.jsonld").string() + ": no such file").c_str(), InputError);
  CHECK_THROWS_WITH_AS(read_jsonld_file(dir, g), (dir.string() + ": is a directory, not a graph").c_str(),
                       InputError);
  const fs::path file = dir / "jaring_reader_test.jsonld";
  write_atomically(file, [](std::ostream& out) { make_exporter("jsonld")->write(samples_graph(), out); });
  read_jsonld_file(file, g);
  CHECK(write(g) == write(samples_graph()));
  fs::remove(file);
  try {
    read("{]");
  } catch (const Error& e) {
    CHECK(e.exit_status() == kExitInput);
  }
}

// ---------------------------------------------------------------------------------------
// The three ways of reading (the layout parser in chunks, the general parser in chunks,
// the sequential parse) give the same graph, or the same message.

namespace {

KnowledgeGraph read_with(const std::string& jsonld, JsonLdReadOptions options, JsonLdReadStats& stats) {
  KnowledgeGraph g(test::model().relations);
  options.stats = &stats;
  std::istringstream in(jsonld);
  read_jsonld(in, "g.jsonld", g, options);
  return g;
}

// The message of each way of reading `jsonld` ("" when it reads), checked to be the same.
std::string same_error_every_way(const std::string& jsonld) {
  std::vector<std::string> messages;
  for (const auto& options : {JsonLdReadOptions{}, JsonLdReadOptions{true, false, nullptr},
                              JsonLdReadOptions{false, true, nullptr}}) {
    JsonLdReadStats stats;
    try {
      read_with(jsonld, options, stats);
      messages.push_back("");
    } catch (const InputError& e) {
      messages.push_back(e.what());
    }
  }
  CHECK(messages[1] == messages[0]);
  CHECK(messages[2] == messages[0]);
  return messages[0];
}

// A graph whose strings need every escape the writer writes.
KnowledgeGraph escapes_graph() {
  KnowledgeGraph g(test::model().relations);
  const EntityRef nk = entity("north_korea", "North Korea", EntityType::Country, "Q423");
  const EntityRef odd = entity("bureau \"x\"\\/é", "Bureau \"X\" é", EntityType::Organization);
  for (const std::string text : {"Korea \"mendukung\" \\ Biro X.\n\t", "a\x01 control\x1f character", "plain"}) {
    Triple t;
    t.subject = nk;
    t.relation = "supports";
    t.object = odd;
    t.evidence.doc = "news/a b\".txt";
    t.evidence.span = {text.size(), 2 * text.size()};
    t.evidence.text = text;
    t.evidence.trigger = "mendukung\r";
    t.evidence.confidence = 0.5;
    g.add(t);
  }
  return g;
}

}  // namespace

TEST_CASE("the layout parser reads the writer's statements into the graph the general parser reads") {
  for (const KnowledgeGraph* g : {&samples_graph(), &big_graph()}) {
    const std::string text = write(*g);
    JsonLdReadStats layout, general, sequential;
    CHECK(write(read_with(text, {}, layout)) == text);
    CHECK(write(read_with(text, {true, false, nullptr}, general)) == text);
    CHECK(write(read_with(text, {false, true, nullptr}, sequential)) == text);
    CHECK(layout.layout_nodes == g->edge_count());  // every statement
    CHECK(layout.general_nodes == g->vertex_count());  // every entity
    CHECK_FALSE(layout.sequential);
    CHECK(general.layout_nodes == 0);
    CHECK(general.general_nodes == g->vertex_count() + g->edge_count());
    CHECK(sequential.sequential);
  }
}

TEST_CASE("the layout parser decodes escapes, and leaves \\u escapes to the general parser") {
  const std::string text = write(escapes_graph());
  REQUIRE(text.find("\\u0001") != std::string::npos);
  JsonLdReadStats layout, general;
  const KnowledgeGraph back = read_with(text, {}, layout);
  CHECK(write(back) == text);
  CHECK(write(read_with(text, {true, false, nullptr}, general)) == text);
  CHECK(layout.layout_nodes == 0);  // the one statement has a \u escape in its evidence
  const EdgeData& d = back.graph()[back.sorted_edges().front()];
  REQUIRE(d.evidence.size() == 3);
  CHECK(d.evidence[0].text == "plain");
  CHECK(d.evidence[0].doc == "news/a b\".txt");
  CHECK(d.evidence[0].trigger == "mendukung\r");

  // Without the \u escape, the layout parser reads it, escapes and all.
  KnowledgeGraph g = escapes_graph();
  std::string no_u = write(g);
  const std::size_t at = no_u.find("\\u0001");
  no_u.replace(at, 6, "\\t");
  const std::size_t at2 = no_u.find("\\u001F");
  REQUIRE(at2 != std::string::npos);
  no_u.replace(at2, 6, "\\n");
  JsonLdReadStats stats;
  const KnowledgeGraph read_back = read_with(no_u, {}, stats);
  CHECK(stats.layout_nodes == 1);
  CHECK(write(read_back) == write(read_with(no_u, {false, true, nullptr}, stats)));
  const EdgeData& e = read_back.graph()[read_back.sorted_edges().front()];
  const auto has_text = [&e](const std::string& text) {
    return std::any_of(e.evidence.begin(), e.evidence.end(), [&](const Evidence& r) { return r.text == text; });
  };
  CHECK(has_text("Korea \"mendukung\" \\ Biro X.\n\t"));
  CHECK(has_text("a\t control\n character"));
}

TEST_CASE("a statement laid out otherwise is read by the general parser; the graph is the same") {
  const std::string text = write(samples_graph());
  const std::size_t statements = samples_graph().edge_count(), entities = samples_graph().vertex_count();
  const auto check_one_fallback = [&](const std::string& edited) {
    REQUIRE(edited != text);
    JsonLdReadStats stats;
    CHECK(write(read_with(edited, {}, stats)) == text);
    CHECK(stats.layout_nodes == statements - 1);
    CHECK(stats.general_nodes == entities + 1);
  };
  // One member indented otherwise.
  std::string edited = text;
  std::size_t at = edited.find("\n     \"jaring:sentence\": ");
  REQUIRE(at != std::string::npos);
  edited.insert(at + 1, " ");
  check_one_fallback(edited);
  // Two members of one evidence record in the other order.
  edited = text;
  const std::string negated = ",\n     \"jaring:negated\": false";
  at = edited.find(negated);
  REQUIRE(at != std::string::npos);
  edited.erase(at, negated.size());
  at = edited.find("\n    }", at);
  edited.insert(at, negated);
  check_one_fallback(edited);
  // A member the writer does not write, and a number written as a JSON number may be.
  edited = text;
  at = edited.find("\"jaring:mentionCount\": ");
  edited.insert(at, "\"x\": [1, {\"y\": null}], ");
  check_one_fallback(edited);
  edited = text;
  at = edited.find("\"jaring:mentionCount\": 1,");
  REQUIRE(at != std::string::npos);
  edited.replace(at, std::string_view("\"jaring:mentionCount\": 1,").size(), "\"jaring:mentionCount\": 1.0e0,");
  check_one_fallback(edited);
}

TEST_CASE("a graph laid out otherwise (minified, reindented) reads through the sequential parse") {
  const std::string text = write(samples_graph());
  std::string minified;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\n') {
      minified += text[i];
      continue;
    }
    while (i + 1 < text.size() && text[i + 1] == ' ') ++i;  // a raw newline is never inside a string
  }
  JsonLdReadStats stats;
  CHECK(write(read_with(minified, {}, stats)) == text);
  CHECK(stats.sequential);
  std::string tabs;
  for (const char c : text) tabs += c == ' ' && (tabs.empty() || tabs.back() == '\n' || tabs.back() == '\t') ? '\t' : c;
  CHECK(write(read_with(tabs, {}, stats)) == text);
}

TEST_CASE("bad input inside statements: one message, the same whichever way the graph is read") {
  const std::string text = write(samples_graph());
  const std::size_t sentence = text.find("\"jaring:text\": \"") + 20;
  const auto edit = [&](std::size_t at, std::size_t erase, const std::string& insert) {
    std::string s = text;
    s.replace(at, erase, insert);
    return s;
  };
  const auto check = [](const std::string& jsonld, const std::string& start) {
    const std::string message = same_error_every_way(jsonld);
    CAPTURE(message);
    CHECK(message.starts_with(start));
    CHECK(message.find('\n') == std::string::npos);
    CHECK(message.find("at byte ") != std::string::npos);
  };
  check(edit(sentence, 0, std::string(1, '\0')), "g.jsonld: not UTF-8 text (NUL byte at byte ");
  check(edit(sentence, 0, "\xff"), "g.jsonld: not UTF-8 text (invalid byte at byte ");
  check(edit(sentence, 0, "\t"), "g.jsonld: JSON syntax error at byte ");         // a raw control character
  check(edit(sentence, 0, "\\x"), "g.jsonld: JSON syntax error at byte ");        // no such escape
  check(edit(sentence, 0, "\\ud800"), "g.jsonld: JSON syntax error at byte ");    // a lone surrogate
  // Half the graph cut out, from inside a sentence to the start of a line (a cut that ends
  // inside another string could leave valid JSON, whatever the graph holds).
  check(edit(sentence, text.find('\n', text.size() / 2) + 1 - sentence, ""), "g.jsonld: ");
  check(text.substr(0, text.size() / 2), "g.jsonld: JSON syntax error at byte "); // truncated
  const auto field = [&](const std::string& key, const std::string& value) {
    // The first statement's (the @context names some of the keys too).
    const std::size_t at = text.find("\"" + key + "\": ", text.find("rdf:Statement")) + key.size() + 4;
    return edit(at, text.find_first_of(",\n", at) - at, value);
  };
  check(field("jaring:sentence", "01"), "g.jsonld: JSON syntax error at byte ");
  check(field("jaring:sentence", "-1"), "g.jsonld: not a jaring graph: stmt:");
  check(field("jaring:spanStart", "99999999"), "g.jsonld: not a jaring graph: stmt:");
  check(field("jaring:negated", "0"), "g.jsonld: not a jaring graph: stmt:");
  check(field("jaring:modality", "\"sure\""), "g.jsonld: not a jaring graph: stmt:");
  check(field("predicate", "\"jaring:befriends\""), "g.jsonld: not a jaring graph: stmt:");
  check(field("subject", "\"\""), "g.jsonld: not a jaring graph: stmt:");
  check(field("subject", "\"ent:nobody\""), "g.jsonld: not a jaring graph: stmt:");
  check(field("jaring:mentionCount", "1e999"), "g.jsonld: JSON syntax error at byte ");
  const std::size_t confidence = text.find("\"@value\": \"", text.find("\"jaring:confidence\": ")) + 11;
  check(edit(confidence, 1, "2"), "g.jsonld: not a jaring graph: stmt:");
}
