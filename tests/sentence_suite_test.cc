// Runs the phenomenon suite in tests/sentences/ (format: tests/sentences/README.md).
//
// Cases the extractor does not handle yet are listed in tests/sentences/known_failures.txt.
// The test fails when a case outside that list fails (a regression) and when a listed
// case passes (the list must shrink with the extractor's progress, never hide it).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "jaring/extractor.h"
#include "jaring/text.h"
#include "jaring/tsv.h"
#include "test_util.h"

using namespace jaring;
namespace fs = std::filesystem;

namespace {

struct Expectation {
  bool present = true;               // '+' or '-'
  std::vector<std::string> s, r, o;  // alternatives; "*" = any
  bool negated = false;
  std::vector<std::string> modality;
  std::vector<std::string> attributed_to;
  std::string line;
};

struct Case {
  std::string id;  // lang/file.txt:line
  std::string lang;
  std::string text;
  std::vector<Expectation> expectations;
};

std::vector<std::string> alternatives(std::string_view field) {
  std::vector<std::string> out;
  for (std::string_view a : split_list(field, '/')) out.push_back(normalize_key(a));
  return out;
}

bool matches(const std::vector<std::string>& alts, const std::string& value) {
  if (alts.size() == 1 && alts[0] == "*") return true;
  const std::string n = normalize_key(value);
  return std::find(alts.begin(), alts.end(), n) != alts.end();
}

std::vector<Case> load_cases() {
  std::vector<Case> cases;
  const fs::path root = fs::path(JARING_TEST_SOURCE_DIR) / "tests" / "sentences";
  std::vector<fs::path> files;
  for (const char* lang : {"id", "en"})
    for (const auto& e : fs::directory_iterator(root / lang))
      if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    const std::string lang = file.parent_path().filename().string();
    std::ifstream in(file);
    std::string line;
    std::size_t n = 0;
    Case* current = nullptr;
    bool in_text = false;
    while (std::getline(in, line)) {
      ++n;
      if (n == 1) {
        REQUIRE_MESSAGE(line == "# jaring sentence suite 1", file.string() << ": missing version line");
        continue;
      }
      if (line.starts_with("#")) continue;
      if (trim(line).empty()) {
        current = nullptr;
        in_text = false;
        continue;
      }
      if (line.starts_with(">")) {
        if (!current || !in_text) {
          cases.push_back(Case{lang + "/" + file.filename().string() + ":" + std::to_string(n), lang, "", {}});
          current = &cases.back();
          in_text = true;
        }
        if (!current->text.empty()) current->text += "\n";
        current->text += std::string(trim(std::string_view(line).substr(1)));
        continue;
      }
      REQUIRE_MESSAGE(current != nullptr, file.string() << ":" << n << ": expectation outside a case");
      REQUIRE_MESSAGE((line[0] == '+' || line[0] == '-'), file.string() << ":" << n << ": unknown line");
      in_text = false;
      Expectation x;
      x.present = line[0] == '+';
      x.line = line;
      const std::vector<std::string_view> fields = split_list(std::string_view(line).substr(1), '|');
      REQUIRE_MESSAGE(fields.size() >= 3, file.string() << ":" << n << ": needs S | relation | O");
      x.s = alternatives(fields[0]);
      x.r = alternatives(fields[1]);
      x.o = alternatives(fields[2]);
      if (fields.size() > 3) {
        std::string_view attrs = fields[3];
        if (attrs.starts_with("negated")) {
          x.negated = true;
          attrs = trim(attrs.substr(7));
        }
        if (attrs.starts_with("modality=")) {
          const std::size_t end = attrs.find(' ');
          x.modality = alternatives(attrs.substr(9, end == std::string_view::npos ? end : end - 9));
          attrs = end == std::string_view::npos ? std::string_view{} : trim(attrs.substr(end));
        }
        if (attrs.starts_with("attributed_to=")) x.attributed_to = alternatives(attrs.substr(14));
      }
      current->expectations.push_back(std::move(x));
    }
  }
  return cases;
}

bool symmetric(const std::string& relation) {
  const Relation* r = test::model().relations.find(relation);
  return r && r->symmetric;
}

// An entity matches by its canonical name or any alias, as ../shared/eval/score.py
// matches: "Gaza" in a case names the entity whose canonical name is "Gaza Strip".
bool matches(const std::vector<std::string>& alts, const Entity& e) {
  if (matches(alts, e.name)) return true;
  return std::any_of(e.aliases.begin(), e.aliases.end(), [&](const std::string& a) { return matches(alts, a); });
}

bool triple_matches(const Expectation& x, const Triple& t) {
  if (!matches(x.r, t.relation)) return false;
  if (matches(x.s, *t.subject) && matches(x.o, *t.object)) return true;
  return symmetric(t.relation) && matches(x.s, *t.object) && matches(x.o, *t.subject);
}

// "" when the expectation holds, else what went wrong.
std::string check(const Expectation& x, const std::vector<Triple>& triples) {
  if (!x.present) {
    for (const Triple& t : triples)
      if (!t.evidence.negated && triple_matches(x, t))
        return "unexpected " + t.subject->name + " --" + t.relation + "--> " + t.object->name;
    return "";
  }
  bool found_any = false;
  for (const Triple& t : triples) {
    if (!triple_matches(x, t)) continue;
    found_any = true;
    if (t.evidence.negated != x.negated) continue;
    if (!x.modality.empty() && !matches(x.modality, std::string(to_string(t.evidence.modality)))) continue;
    if (!x.attributed_to.empty() && !matches(x.attributed_to, t.evidence.attributed_to)) continue;
    if (x.negated) {
      // A negated expectation also forbids the un-negated triple.
      for (const Triple& u : triples)
        if (!u.evidence.negated && triple_matches(x, u)) return "also extracted un-negated";
    }
    return "";
  }
  return found_any ? "found, but with other attributes" : "missing";
}

std::set<std::string> known_failures() {
  std::set<std::string> out;
  std::ifstream in(fs::path(JARING_TEST_SOURCE_DIR) / "tests" / "sentences" / "known_failures.txt");
  std::string line;
  while (std::getline(in, line)) {
    const std::string_view l = trim(line);
    if (!l.empty() && l.front() != '#') out.emplace(l);
  }
  return out;
}

}  // namespace

TEST_CASE("sentence suite: no regressions, no stale known failures") {
  const std::vector<Case> cases = load_cases();
  REQUIRE(cases.size() >= 200);
  const std::set<std::string> known = known_failures();
  std::map<std::string, std::pair<int, int>> per_lang;  // passed, total
  std::ostringstream report;
  int regressions = 0, stale = 0;
  std::vector<std::string> failing;
  for (const Case& c : cases) {
    ExtractOptions options;
    options.language = c.lang;
    static std::map<std::string, std::unique_ptr<Extractor>> extractors;
    auto& ex = extractors[c.lang];
    if (!ex) ex = std::make_unique<Extractor>(test::model(), options);
    Document doc;
    doc.name = c.id;
    doc.text = c.text;
    const std::vector<Triple> triples = ex->extract(doc);
    std::string problems;
    for (const Expectation& x : c.expectations)
      if (const std::string why = check(x, triples); !why.empty()) problems += "\n    " + x.line + "  -> " + why;
    const bool pass = problems.empty();
    if (!pass) failing.push_back(c.id);
    auto& [passed, total] = per_lang[c.lang];
    ++total;
    passed += pass;
    if (!pass && std::getenv("JARING_SUITE_VERBOSE")) std::cout << "fails " << c.id << problems << "\n";
    if (!pass && !known.count(c.id)) {
      ++regressions;
      report << "FAIL " << c.id << problems << "\n";
    } else if (pass && known.count(c.id)) {
      ++stale;
      report << "PASSES NOW (remove from known_failures.txt) " << c.id << "\n";
    }
  }
  // JARING_WRITE_KNOWN_FAILURES=FILE rewrites the list from this run (after a deliberate change).
  if (const char* out = std::getenv("JARING_WRITE_KNOWN_FAILURES")) {
    std::ofstream list(out);
    list << "# Sentence-suite cases the extractor does not pass yet (see sentence_suite_test.cc).\n";
    for (const std::string& id : failing) list << id << "\n";
  }
  for (const auto& [lang, counts] : per_lang)
    MESSAGE("sentence suite [" << lang << "]: " << counts.first << "/" << counts.second << " cases pass");
  if (regressions || stale) FAIL_CHECK(report.str());
  CHECK(regressions == 0);
  CHECK(stale == 0);
}
