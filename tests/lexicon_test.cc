#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>

#include "jaring/error.h"
#include "jaring/lexicon.h"
#include "jaring/text.h"
#include "test_util.h"

using namespace jaring;
namespace fs = std::filesystem;

namespace {

// The entity a whole phrase matches, or "" when the longest match is not the whole phrase.
std::string resolve(const Lexicon& lex, const std::string& phrase) {
  const std::vector<Token> toks = tokenize(phrase, Span{0, phrase.size()});
  const auto m = lex.match(toks, 0);
  if (!m || m->last != toks.size()) return "";
  return lex.entity(m->entity)->id;
}

fs::path write_temp(const std::string& name, const std::string& content) {
  const fs::path p = fs::temp_directory_path() / ("jaring_lexicon_test_" + name);
  std::ofstream(p) << content;
  return p;
}

}  // namespace

TEST_CASE("names in English, Indonesian and news variants resolve to one entity") {
  const Lexicon& lex = test::model().lexicon;
  CHECK(resolve(lex, "North Korea") == "north_korea");
  CHECK(resolve(lex, "Korea Utara") == "north_korea");  // from ICU's CLDR names
  CHECK(resolve(lex, "DPRK") == "north_korea");
  CHECK(resolve(lex, "Korut") == "north_korea");
  CHECK(resolve(lex, "Amerika Serikat") == "united_states");
  CHECK(resolve(lex, "Tiongkok") == "china");
  CHECK(resolve(lex, "Türkiye") == "turkey");
  CHECK(resolve(lex, "Turkiye") == "turkey");
  CHECK(lex.find("north_korea")->qid == "Q423");
  CHECK(lex.find("north_korea")->iso3 == "PRK");
}

TEST_CASE("acronyms match only in capitals: AS the country, as the word") {
  const Lexicon& lex = test::model().lexicon;
  CHECK(resolve(lex, "AS") == "united_states");
  CHECK(resolve(lex, "as") == "");
  CHECK(resolve(lex, "As") == "");
  CHECK(resolve(lex, "PBB") == "united_nations");
}

TEST_CASE("the longest name wins") {
  const Lexicon& lex = test::model().lexicon;
  CHECK(resolve(lex, "Guinea-Bissau") == "guinea_bissau");
  CHECK(resolve(lex, "Guinea") == "guinea");
  CHECK(resolve(lex, "Papua New Guinea") == "papua_new_guinea");
  CHECK(resolve(lex, "Nigeria") == "nigeria");
  CHECK(resolve(lex, "Niger") == "niger");
}

TEST_CASE("capitals stand for their country") {
  const Lexicon& lex = test::model().lexicon;
  const EntityRef pyongyang = lex.entity(*lex.index_of(resolve(lex, "Pyongyang")));
  CHECK(pyongyang->type == EntityType::Place);
  CHECK(pyongyang->acts_for == "north_korea");
  CHECK(lex.find(resolve(lex, "Kremlin"))->acts_for == "russia");
}

TEST_CASE("roles resolve for the document's date") {
  const Lexicon& lex = test::model().lexicon;
  const EntityRef in_2022 = lex.holder("united_states", "president", "2022-06-01");
  REQUIRE(in_2022);
  CHECK(in_2022->name == "Joe Biden");
  const EntityRef in_2025 = lex.holder("united_states", "president", "2025-06-01");
  REQUIRE(in_2025);
  CHECK(in_2025->name == "Donald Trump");
}

TEST_CASE("a person's facts come in the order of the lexicon's files, and survive a move") {
  const Lexicon& lex = test::model().lexicon;
  std::size_t subjects_with_several = 0;
  for (const Fact& f : lex.facts()) {
    std::vector<const Fact*> expected;
    for (const Fact& g : lex.facts())
      if (g.subject == f.subject) expected.push_back(&g);
    const auto got = lex.facts_of(f.subject);
    REQUIRE(got.size() == expected.size());
    CHECK(std::equal(got.begin(), got.end(), expected.begin()));
    subjects_with_several += expected.size() > 1 && expected.front() == &f;
  }
  CHECK(subjects_with_several > 0);
  CHECK(lex.facts_of("no_such_entity").empty());
  // The index points into the lexicon's own facts: a moved lexicon keeps them.
  Lexicon loaded = Lexicon::load(JARING_TEST_DATA_DIR);
  const Lexicon moved = std::move(loaded);
  for (const Fact& f : moved.facts()) {
    const auto got = moved.facts_of(f.subject);
    REQUIRE(!got.empty());
    CHECK(got.front() >= moved.facts().data());
    CHECK(got.front() < moved.facts().data() + moved.facts().size());
  }
}

TEST_CASE("the whole lexicon loads quickly") {
  const auto start = std::chrono::steady_clock::now();
  const Lexicon lex = Lexicon::load(JARING_TEST_DATA_DIR);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  MESSAGE("lexicon: " << lex.size() << " entities loaded in " << ms << " ms");
  CHECK(lex.size() > 500);
}

TEST_CASE("a user lexicon adds entities and overrides by id") {
  const fs::path user = write_temp("user.tsv",
                                   "# jaring-lexicon 1\n"
                                   "id\ttype\tname\taliases\n"
                                   "fictional_pact\tOrganization\tPakta Samudra\tPS\n"
                                   "north_korea\t\t\tNegeri Juche\n");
  const Lexicon lex = Lexicon::load(JARING_TEST_DATA_DIR, {user});
  CHECK(resolve(lex, "Pakta Samudra") == "fictional_pact");
  CHECK(resolve(lex, "Negeri Juche") == "north_korea");
  CHECK(resolve(lex, "Korea Utara") == "north_korea");  // earlier names are kept
  CHECK(lex.find("north_korea")->qid == "Q423");
}

TEST_CASE("a malformed user lexicon line is reported as file:line") {
  const fs::path bad_type = write_temp("bad_type.tsv",
                                       "# jaring-lexicon 1\nid\ttype\tname\nx_land\tCountri\tX Land\n");
  CHECK_THROWS_WITH_AS(Lexicon::load(JARING_TEST_DATA_DIR, {bad_type}),
                       (bad_type.string() + ":3: type 'Countri' is not Country, Person, Organization or Place").c_str(),
                       DataError);
  const fs::path bad_ref = write_temp("bad_ref.tsv",
                                      "# jaring-lexicon 1\nid\ttype\tname\tpart_of\nx_org\tOrganization\tX\tatlantis\n");
  CHECK_THROWS_WITH_AS(Lexicon::load(JARING_TEST_DATA_DIR, {bad_ref}),
                       (bad_ref.string() + ":3: part_of 'atlantis' is not the id of any entity").c_str(), DataError);
  const fs::path bad_qid = write_temp("bad_qid.tsv",
                                      "# jaring-lexicon 1\nid\ttype\tname\tqid\nx_org\tOrganization\tX\t423\n");
  CHECK_THROWS_AS(Lexicon::load(JARING_TEST_DATA_DIR, {bad_qid}), DataError);
}
