// Hostile and broken input (issue 8): bytes that are not UTF-8, binary files, sentences
// without end, graphs that are not graphs. Each is repaired or refused with a message
// naming where; none may crash, loop or take memory out of proportion.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "jaring/error.h"
#include "jaring/jsonld_reader.h"
#include "jaring/pipeline.h"
#include "jaring/query.h"
#include "jaring/text.h"
#include "jaring/tsv.h"
#include "test_util.h"

using namespace jaring;
namespace fs = std::filesystem;

namespace {

Document segmented(std::string text) {
  Document doc = document_from_bytes(std::move(text), "t.txt");
  Segmenter(test::model().text).segment(doc);
  return doc;
}

// CPU seconds spent extracting `text` (the test runs beside other work: wall time is
// not a measure).
double cpu_seconds_to_extract(const std::string& text) {
  const Extractor extractor(test::model());
  Document doc = document_from_bytes(text, "t.txt");
  const std::clock_t start = std::clock();
  extractor.extract(doc);
  return static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
}

std::string jsonld_error(const std::string& text) {
  KnowledgeGraph g(test::model().relations);
  std::istringstream in(text);
  try {
    read_jsonld(in, "g.jsonld", g);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

const std::string kContext = R"({"@context": {"jaring": "https://w3id.org/jaring/vocab#"}, "@graph": [)";
const std::string kEntities = R"({"@id": "ent:Q423", "@type": "schema:Country", "name": "North Korea"},
  {"@id": "ent:Q159", "@type": "schema:Country", "name": "Russia"})";

// A statement of North Korea supporting Russia whose evidence has `sentence` and `span`
// written as given (raw JSON).
std::string graph_with(const std::string& sentence, const std::string& span_start, const std::string& span_end) {
  return kContext + kEntities + R"(, {"@id": "stmt:x", "@type": "rdf:Statement", "subject": "ent:Q423",
    "predicate": "jaring:supports", "object": "ent:Q159", "jaring:evidence": [{"jaring:document": "a.txt",
    "jaring:sentence": )" + sentence + R"(, "jaring:spanStart": )" + span_start + R"(, "jaring:spanEnd": )" + span_end +
         R"(, "jaring:text": "t", "jaring:confidence": {"@value": "0.9", "@type": "xsd:decimal"},
    "jaring:negated": false, "jaring:modality": "asserted"}]}]})";
}

}  // namespace

TEST_CASE("ill-formed UTF-8 is replaced with U+FFFD, one per maximal subpart") {
  std::string text = "Rusia \xff\xfe mendukung \xe2\x82 Korea\xc3";
  const Utf8Repair r = repair_utf8(text);
  CHECK(r.replaced == 4);  // FF, FE, the truncated E2 82, the final C3
  CHECK(r.replaced_bytes == 5);
  CHECK(r.first_offset == 6);
  CHECK(text == "Rusia \xEF\xBF\xBD\xEF\xBF\xBD mendukung \xEF\xBF\xBD Korea\xEF\xBF\xBD");
  CHECK_FALSE(find_utf8_error(text));
  // Overlong forms and surrogates are not UTF-8 either; valid text is left alone.
  std::string overlong = "a\xc0\xaf" "b\xed\xa0\x80";
  CHECK(repair_utf8(overlong).replaced == 5);  // C0, AF, ED, A0, 80: no byte starts a valid prefix
  std::string fine = "Korea Utara — “aliansi” 북한";
  CHECK(repair_utf8(fine).replaced == 0);
  CHECK(fine == "Korea Utara — “aliansi” 북한");
}

TEST_CASE("reading bytes: binary is refused, ill-formed UTF-8 repaired, emptiness noted") {
  const auto refused = [](const std::string& bytes) {
    try {
      document_from_bytes(bytes, "f.bin");
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  CHECK(refused(std::string("Korea\0Utara", 11)) == "f.bin: binary file (NUL byte at byte 5), skipped");
  CHECK(refused("\xff\xfeK\0o\0r\0") .find("f.bin: UTF-16 text") == 0);
  // Compressed data or an image without a NUL byte: pseudo-random bytes 1..255.
  std::string noise;
  std::uint32_t x = 12345;
  for (int i = 0; i < 4096; ++i) {
    x = x * 1103515245u + 12345u;
    noise += static_cast<char>(1 + (x >> 16) % 255);
  }
  CHECK(refused(noise).find("f.bin: binary file (") == 0);

  const Document latin1 = document_from_bytes("Korea Utara mendukung Rusia \xe9.", "l.txt");
  REQUIRE(latin1.warnings.size() == 1);
  CHECK(latin1.warnings[0] == "l.txt: invalid UTF-8 at byte 28 replaced with U+FFFD (1 place in all)");
  CHECK(latin1.text == "Korea Utara mendukung Rusia \xEF\xBF\xBD.");
  CHECK(document_from_bytes("", "e.txt").warnings == std::vector<std::string>{"e.txt: empty file, no text"});
  CHECK(document_from_bytes(" \r\n\t", "w.txt").warnings == std::vector<std::string>{"w.txt: only white space, no text"});
  CHECK(document_from_bytes("Korea Utara mendukung Rusia.", "ok.txt").warnings.empty());
}

TEST_CASE("reading files: every byte, from a pipe too; a missing file or a folder is named") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("jaring-read-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  // More than one read's worth for the pipe (16 KiB at a time), and not a multiple of it.
  std::string text;
  for (int i = 0; text.size() < 100'000; ++i) text += "Kalimat ke-" + std::to_string(i) + ": Korea Utara mendukung Rusia.\n";
  const fs::path file = dir / "news.txt";
  std::ofstream(file, std::ios::binary) << text;
  CHECK(read_document(file.string()).text == text);

  const fs::path fifo = dir / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::thread writer([&] { std::ofstream(fifo, std::ios::binary) << text; });
  const Document piped = read_document(fifo.string());
  writer.join();
  CHECK(piped.text == text);

  const auto error = [](const fs::path& path) {
    try {
      read_document(path.string());
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  CHECK(error(dir / "missing.txt") == (dir / "missing.txt").string() + ": no such file");
  CHECK(error(dir / "news.txt" / "inside.txt") == (dir / "news.txt" / "inside.txt").string() + ": no such file");
  CHECK(error(dir) == dir.string() + ": is a directory, not a text file");
  fs::remove_all(dir);
}

TEST_CASE("a byte order mark and CRLF line ends change nothing but the bytes") {
  const auto relations = [](const std::string& text) {
    std::vector<std::string> out;
    const Extractor extractor(test::model());
    Document doc = document_from_bytes(text, "t.txt");
    for (const Triple& t : extractor.extract(doc))
      out.push_back(t.subject->id + " " + t.relation + " " + t.object->id + " @" + std::to_string(t.evidence.sentence));
    return out;
  };
  const std::string lf = "Korea Utara mendukung Rusia.\nJepang mengecam Tiongkok.\n\nIran bertemu Irak.\n";
  std::string crlf;
  for (char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  const auto plain = relations(lf);
  CHECK(plain.size() >= 2);
  CHECK(relations(crlf) == plain);
  CHECK(relations("\xEF\xBB\xBF" + lf) == plain);
  // The mark is blanked, not removed: spans still count the file's bytes.
  const Document bom = segmented("\xEF\xBB\xBFKorea Utara mendukung Rusia.");
  REQUIRE(bom.sentences.size() == 1);
  CHECK(bom.sentences[0].span.begin == 3);
}

TEST_CASE("a sentence without end is cut into pieces the analysis can bound") {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "Korea Utara mendukung Rusia dan ";  // 100,000 tokens, no period
  const Document doc = segmented(text);
  std::size_t tokens = 0, end = 0;
  for (const Sentence& s : doc.sentences) {
    CHECK(s.tokens.size() <= kMaxSentenceTokens);
    CHECK(s.span.begin >= end);
    CHECK(s.index == static_cast<std::size_t>(&s - doc.sentences.data()));
    end = s.span.end;
    tokens += s.tokens.size();
  }
  CHECK(tokens == 100000);
  CHECK(doc.sentences.size() >= 100000 / kMaxSentenceTokens);
  // A long list with commas is cut at a comma.
  std::string list;
  for (int i = 0; i < 300; ++i) list += "Rusia, Iran dan ";
  const Document cut = segmented(list);
  REQUIRE(cut.sentences.size() >= 2);
  CHECK(cut.sentences[0].tokens.back().norm == ",");
}

TEST_CASE("a sentence's bytes are bounded too: a giant token is a sentence of its own") {
  const std::string giant(100000, 'x');
  const std::string text = "Korea Utara mendukung Rusia " + giant + " dan Iran mengecam Israel.";
  const Document doc = segmented(text);
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[1].tokens.size() == 1);
  CHECK(doc.slice(doc.sentences[1].span) == giant);
  for (const Sentence& s : doc.sentences)
    CHECK((s.tokens.size() == 1 || s.span.end - s.span.begin <= kMaxSentenceBytes));
  const std::vector<Triple> triples = test::extract(text);
  CHECK(test::has(triples, "North Korea", "supports", "Russia"));
  for (const Triple& t : triples) CHECK(t.evidence.text.size() <= kMaxSentenceBytes);
}

TEST_CASE("analysis time grows linearly with the length of an unpunctuated sentence") {
  // Linear: ten times the tokens, about ten times the time. Quadratic work per sentence
  // would make it a hundred; the bound leaves room for a noisy machine.
  const auto sentence = [](int repeats) {
    std::string s = "Menurut laporan, ";
    for (int i = 0; i < repeats; ++i) s += "Korea Utara mendukung Rusia dan Iran mengecam Israel serta ";
    return s + "Jepang.";
  };
  const double small = std::max(cpu_seconds_to_extract(sentence(1000)), 0.01);  // 10,000 tokens
  const double large = cpu_seconds_to_extract(sentence(10000));                 // 100,000 tokens
  CAPTURE(small);
  CAPTURE(large);
  CHECK(large < 30 * small);
}

TEST_CASE("mixed scripts and deeply nested quotes are text like any other") {
  const std::string mixed =
      "Россия поддерживает Северную Корею. 북한은 러시아를 지지한다. روسيا تدعم كوريا الشمالية. 朝鲜支持俄罗斯。"
      " Korea Utara mendukung Rusia.";
  const Document doc = segmented(mixed);
  CHECK(doc.sentences.size() >= 4);
  CHECK(test::has(test::extract(mixed), "North Korea", "supports", "Russia"));
  const std::vector<Token> hangul = tokenize("북한은 러시아를", Span{0, std::string("북한은 러시아를").size()});
  CHECK(hangul.size() == 2);

  std::string quotes;
  for (int i = 0; i < 5000; ++i) quotes += i % 2 ? "‘" : "“";
  quotes += "Korea Utara mendukung Rusia";
  for (int i = 0; i < 5000; ++i) quotes += i % 2 ? "”" : "’";
  quotes += ", kata Lavrov.";
  const std::vector<Triple> triples = test::extract(quotes);
  CHECK(test::has(triples, "North Korea", "supports", "Russia"));
}

TEST_CASE("data files that are not UTF-8 are named with the line") {
  const fs::path file = fs::temp_directory_path() / "jaring_robust_lexicon.tsv";
  std::ofstream(file, std::ios::binary) << "# jaring-lexicon 1\nid\ttype\tname\nkorea\tCountry\tKor\xe9" "a\n";
  CHECK_THROWS_WITH_AS(TsvFile::read(file, "jaring-lexicon", 1, {"id", "type", "name"}, {}),
                       (file.string() + ":3: not UTF-8 text (invalid sequence at byte 17 of the line)").c_str(),
                       DataError);
  // A byte order mark before the version line is not an error.
  std::ofstream(file, std::ios::binary) << "\xEF\xBB\xBF# jaring-lexicon 1\r\nid\ttype\tname\r\nkorea\tCountry\tKorea\r\n";
  CHECK(TsvFile::read(file, "jaring-lexicon", 1, {"id", "type", "name"}, {}).rows().size() == 1);
  fs::remove(file);
}

TEST_CASE("hostile JSON-LD: numbers, types, nesting, NUL bytes and giant strings are refused") {
  CHECK(jsonld_error(graph_with("0", "0", "9")) == "");
  const auto refused = [](const std::string& text, const std::string& why) {
    const std::string message = jsonld_error(text);
    CAPTURE(message);
    CHECK(message.find(why) != std::string::npos);
  };
  refused(graph_with("18446744073709551616", "0", "9"), "jaring:sentence is not a natural number");
  refused(graph_with("1e400", "0", "9"), "g.jsonld: JSON syntax error at byte");  // too big for a double
  refused(graph_with("-1", "0", "9"), "jaring:sentence is not a natural number");
  refused(graph_with("\"3\"", "0", "9"), "jaring:sentence is not a natural number");
  refused(graph_with("0", "10", "9"), "stmt:x: jaring:spanStart after jaring:spanEnd");
  refused(graph_with("0", "0", "[9]"), "stmt:x: evidence without jaring:spanEnd");
  std::string deep = kContext;
  for (int i = 0; i < 100000; ++i) deep += "[";
  refused(deep, "nested deeper than any jaring graph");
  // A NUL byte after a complete graph would end RapidJSON's input: it must be seen.
  const std::string good = graph_with("0", "0", "9");
  refused(good + std::string("\0 trailing", 10), "g.jsonld: not UTF-8 text (NUL byte at byte " + std::to_string(good.size()));
  // One string of 17 MiB: refused before it is copied whole.
  refused(kContext + R"({"@id": "ent:Q1", "@type": "schema:Country", "name": ")" + std::string(17 << 20, 'a') + "\"}]}",
          "a string longer than 16 MiB");
}

TEST_CASE("queries whose matches explode stop with a usage error, not all memory") {
  KnowledgeGraph g(test::model().relations);
  for (const Triple& t : test::extract("Korea Utara mendukung Rusia. Rusia mendukung Iran. Iran mendukung Korea Utara. "
                                       "Rusia bertemu Korea Utara. Iran bertemu Rusia."))
    g.add(t);
  REQUIRE(g.edge_count() >= 4);
  const QueryEngine engine(g);
  // A walk of 40 steps over any relation: paths without end on a graph with cycles.
  std::string chain = "?v0 ?r0 ?v1";
  for (int i = 1; i < 40; ++i)
    chain += " . ?v" + std::to_string(i) + " ?r" + std::to_string(i) + " ?v" + std::to_string(i + 1);
  const Query q = parse_query(chain, test::model().relations);
  QueryLimits limits;
  limits.steps = 100000;
  CHECK_THROWS_WITH_AS(engine.run(q, limits), doctest::Contains("query: too much to match (more than 100000 edges tried)"),
                       UsageError);
  limits.steps = 100000000;
  limits.rows = 1000;
  CHECK_THROWS_WITH_AS(engine.run(q, limits), doctest::Contains("query: more than 1000 matches"), UsageError);
  // With LIMIT the first rows are the answer, found well within the bounds.
  CHECK(engine.run(parse_query(chain + " LIMIT 3", test::model().relations), limits).rows.size() == 3);
  std::string many = "?v0 supports ?v1";
  for (std::size_t i = 1; i <= kMaxQueryPatterns; ++i) many += " . ?v0 supports ?v1";
  CHECK_THROWS_WITH_AS(parse_query(many, test::model().relations), doctest::Contains("more than 64 patterns"), UsageError);
}
