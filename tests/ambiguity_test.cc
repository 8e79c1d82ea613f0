// Names that can mean more than one thing, each in sentences written for this test: the
// acronym AS and the word as, shared names (Georgia, Congo, Korea) decided by the
// document, countries inside person names (Jordan, Chad), look-alike names (Niger,
// Nigeria; the Guineas), short names (Kim, Lavrov), and capitals acting for their state
// or standing as places.
#include <doctest/doctest.h>

#include <algorithm>
#include <deque>
#include <string>
#include <vector>

#include "jaring/extractor.h"
#include "test_util.h"

using namespace jaring;
using test::extract;
using test::has;

namespace {

struct Found {
  std::size_t sentence = 0;
  std::string text;
  Mention mention;
};

// Every mention of `text`, with the words it covers.
std::vector<Found> mentions(const std::string& text, const std::string& lang = "") {
  static const Extractor extractor(test::model());
  static std::deque<Document> documents;  // kept: the mentions point to entities they own
  Document& doc = documents.emplace_back();
  doc.name = "ambiguity.txt";
  doc.text = text;
  doc.language = lang;
  doc.date = "2025-06-01";
  const auto all = extractor.mentions(doc);
  std::vector<Found> out;
  for (std::size_t s = 0; s < all.size(); ++s)
    for (const Mention& m : all[s]) {
      const auto& toks = doc.sentences[s].tokens;
      out.push_back({s, std::string(doc.slice(Span{toks[m.first].span.begin, toks[m.last - 1].span.end})), m});
    }
  return out;
}

// The id of the entity the n-th mention (from 0) whose words are `words` resolves to, or
// "" when there is no such mention.
std::string id_of(const std::vector<Found>& found, const std::string& words, std::size_t n = 0) {
  for (const Found& f : found)
    if (f.text == words && n-- == 0) return f.mention.entity->id;
  return "";
}

const Found* find(const std::vector<Found>& found, const std::string& words, std::size_t n = 0) {
  for (const Found& f : found)
    if (f.text == words && n-- == 0) return &f;
  return nullptr;
}

bool names(const std::vector<Found>& found, const std::string& id) {
  return std::any_of(found.begin(), found.end(), [&](const Found& f) { return f.mention.entity->id == id; });
}

}  // namespace

TEST_CASE("AS the country and as the word, in both languages") {
  const auto id = mentions("AS menjatuhkan sanksi baru terhadap Iran.");
  CHECK(id_of(id, "AS") == "united_states");
  CHECK(has(extract("AS menjatuhkan sanksi baru terhadap Iran."), "United States", "sanctions", "Iran"));
  // `as` (an axle) in Indonesian, `As` opening an English sentence: words, not the US
  CHECK(mentions("Truk itu berhenti karena as rodanya patah di jalan tol.").empty());
  const auto en = mentions("As talks resumed, the US urged Russia to withdraw its troops.");
  CHECK(find(en, "As") == nullptr);
  CHECK(id_of(en, "US") == "united_states");
  // A line written all in capitals: AS is the English word there, not an acronym.
  const auto shouted = mentions("AS THE TALKS RESUMED, RUSSIA STAYED SILENT.", "en");
  CHECK(find(shouted, "AS") == nullptr);
  CHECK(id_of(shouted, "RUSSIA") == "russia");
}

TEST_CASE("Georgia: the country or the US state, by the document's other actors") {
  // The Caucasus, Tbilisi, Abkhazia: the country.
  CHECK(id_of(mentions("Georgia menolak tuntutan Rusia soal Abkhazia, kata pejabat di Tbilisi."), "Georgia") ==
        "georgia");
  CHECK(id_of(mentions("Georgia hopes to join the EU, diplomats in the Caucasus said."), "Georgia") == "georgia");
  // Atlanta: the state, whether named before or after.
  CHECK(id_of(mentions("Voters in Atlanta lined up early as Georgia counted ballots in the Senate runoff."),
              "Georgia") == "georgia_us_state");
  CHECK(id_of(mentions("Georgia certified the results on Friday. Turnout in Atlanta was the highest in years."),
              "Georgia") == "georgia_us_state");
  // `City, Georgia`: the one the city lies in; the pair states located_in.
  CHECK(id_of(mentions("The company moved its headquarters to Atlanta, Georgia, last year."), "Georgia") ==
        "georgia_us_state");
  CHECK(has(extract("The company moved its headquarters to Atlanta, Georgia, last year."), "Atlanta", "located_in",
            "Georgia (U.S. state)"));
  // The United States is named everywhere: it says nothing about which Georgia is meant.
  CHECK(id_of(mentions("AS mendukung Georgia menjadi anggota NATO."), "Georgia") == "georgia");
  // No context: the country, and the mention shows what else the name could mean.
  const auto bare = mentions("Georgia rejected the proposal.");
  const Found* g = find(bare, "Georgia");
  REQUIRE(g);
  CHECK(g->mention.entity->id == "georgia");
  REQUIRE(g->mention.alternatives.size() == 1);
  CHECK(g->mention.alternatives.front()->id == "georgia_us_state");
}

TEST_CASE("Jordan: the country, or a person named Jordan") {
  const auto country = extract("Jordan condemned Israel's strike on Gaza.");
  CHECK(has(country, "Jordan", "criticizes", "Israel"));
  // A given name before it makes a person's name; the surname alone then means that person.
  const auto person = mentions("Michael Jordan visited Jakarta on Monday. Jordan said he enjoyed the trip.");
  CHECK(find(person, "Michael Jordan") != nullptr);
  CHECK(find(person, "Michael Jordan")->mention.entity->type == EntityType::Person);
  CHECK(id_of(person, "Jordan") == "michael_jordan");
  CHECK_FALSE(names(person, "jordan"));
  CHECK_FALSE(names(person, "michael_fallon"));  // `Michael` alone is someone else's given name
  // Where the document is also about the country (Amman), the surname is the person only
  // when a speech verb and a personal pronoun follow.
  const auto both = mentions("Michael Jordan arrived in Amman on Monday. Jordan said it would host the talks. "
                             "Jordan said he was glad to help.");
  CHECK(id_of(both, "Jordan", 0) == "jordan");
  CHECK(id_of(both, "Jordan", 1) == "michael_jordan");
  // A place preposition wants the country even then.
  CHECK(id_of(mentions("Michael Jordan said he would travel to Jordan next week."), "Jordan") == "jordan");
}

TEST_CASE("Chad: the country, or a given name") {
  CHECK(id_of(mentions("Chad menutup perbatasannya dengan Sudan."), "Chad") == "chad");
  CHECK(id_of(mentions("Menurut Presiden Chad, perbatasan dengan Sudan akan dibuka kembali."), "Chad") == "chad");
  const auto person = mentions("Chad Smith, a farmer from Iowa, said he would vote against the bill.");
  REQUIRE(find(person, "Chad Smith"));
  CHECK(find(person, "Chad Smith")->mention.entity->type == EntityType::Person);
  CHECK_FALSE(names(person, "chad"));
  const auto said = mentions("Kata Chad Miller, petani dari Ohio, harga pupuk naik dua kali lipat.");
  REQUIRE(find(said, "Chad Miller"));
  CHECK(find(said, "Chad Miller")->mention.entity->type == EntityType::Person);
  // A compass word continues a place, not a person: `Chad Selatan` is southern Chad.
  CHECK_FALSE(names(mentions("Banjir melanda Chad Selatan, kata dia."), "chad_selatan"));
}

TEST_CASE("Niger and Nigeria, and the four Guineas, by the longest name") {
  const auto n = mentions("Niger memutus hubungan dengan Nigeria setelah kudeta.");
  CHECK(id_of(n, "Niger") == "niger");
  CHECK(id_of(n, "Nigeria") == "nigeria");
  const auto d = mentions("Nigerien troops and Nigerian police patrolled the border.");
  CHECK(id_of(d, "Nigerien") == "niger");
  CHECK(id_of(d, "Nigerian") == "nigeria");
  const auto en = mentions("Guinea, Guinea-Bissau, Equatorial Guinea and Papua New Guinea signed the fisheries pact.");
  CHECK(id_of(en, "Guinea") == "guinea");
  CHECK(id_of(en, "Guinea-Bissau") == "guinea_bissau");
  CHECK(id_of(en, "Equatorial Guinea") == "equatorial_guinea");
  CHECK(id_of(en, "Papua New Guinea") == "papua_new_guinea");
  const auto id = mentions("Papua Nugini dan Guinea Khatulistiwa menandatangani pakta itu bersama Guinea.");
  CHECK(id_of(id, "Papua Nugini") == "papua_new_guinea");
  CHECK(id_of(id, "Guinea Khatulistiwa") == "equatorial_guinea");
  CHECK(id_of(id, "Guinea") == "guinea");
}

TEST_CASE("Congo: the two states, by Kinshasa or Brazzaville") {
  CHECK(id_of(mentions("Kinshasa accused Rwanda of backing the rebels. Congo said talks would resume."), "Congo") ==
        "democratic_republic_of_the_congo");
  CHECK(id_of(mentions("Pejabat di Brazzaville mengatakan Kongo siap berunding."), "Kongo") ==
        "republic_of_the_congo");
  CHECK(id_of(mentions("Pasukan Kongo bentrok dengan pemberontak di dekat Goma."), "Kongo") ==
        "democratic_republic_of_the_congo");
}

TEST_CASE("Korea alone: North or South, by the document") {
  CHECK(id_of(mentions("Kim Jong Un mengawasi uji coba rudal. Korea menyebut uji coba itu sukses."), "Korea") ==
        "north_korea");
  CHECK(id_of(mentions("Presiden Lee Jae-myung bertemu pengusaha di Seoul. Korea akan meningkatkan ekspor chip."),
              "Korea") == "south_korea");
  CHECK(id_of(mentions("KCNA said the test was a success. Korea will continue the program."), "Korea") ==
        "north_korea");
}

TEST_CASE("short names resolve to the full name mentioned earlier in the document") {
  CHECK(id_of(mentions("Sergey Lavrov tiba di Beijing. Lavrov mengatakan Rusia mendukung Tiongkok."), "Lavrov") ==
        "sergey_lavrov");
  // The lexicon knows several Kims; the document names one.
  CHECK(id_of(mentions("Kim Yo Jong mengecam latihan itu. Kim menyebutnya provokasi."), "Kim") == "kim_yo_jong");
  CHECK(id_of(mentions("Kim Jong Un visited a factory. Kim praised the workers."), "Kim") == "kim_jong_un");
  // Two Kims in the document: `Kim` alone is neither.
  const auto two = mentions("Kim Jong Un and Kim Yo Jong attended the parade. Kim waved to the crowd.");
  const Found* kim = find(two, "Kim");
  CHECK((kim == nullptr || (kim->mention.entity->id != "kim_jong_un" && kim->mention.entity->id != "kim_yo_jong")));
}

TEST_CASE("capitals acting for their state, and standing as places") {
  const auto condemn = extract("Pyongyang mengecam latihan militer AS dan Korea Selatan.");
  CHECK(has(condemn, "North Korea", "criticizes", "United States"));
  // The mentions are kept: find() points into them (ASan found the temporary freed).
  const auto pyongyang = mentions("Pyongyang mengecam latihan militer AS dan Korea Selatan.");
  const Found* acting = find(pyongyang, "Pyongyang");
  REQUIRE(acting);
  CHECK(acting->mention.metonym);
  CHECK(has(extract("Moscow accused Kyiv of shelling Belgorod."), "Russia", "accuses", "Ukraine"));
  CHECK(has(extract("The Kremlin rejected Kyiv's peace plan."), "Russia", "rejects", "Ukraine"));
  // `Moscow said` attributes what follows to Russia.
  bool attributed = false;
  for (const Triple& t : extract("Moscow said Ukraine had attacked Belgorod."))
    attributed |= t.evidence.attributed_to == "Russia";
  CHECK(attributed);
  // Places: where someone arrives or something happens.
  const auto id = mentions("Putin tiba di Pyongyang pada Selasa malam. Ledakan terdengar di kota Kyiv.");
  const auto en = mentions("Lavrov arrived in Moscow on Monday. Talks were held in Kyiv.");
  for (const Found* f : {find(id, "Pyongyang"), find(id, "Kyiv"), find(en, "Moscow"), find(en, "Kyiv")}) {
    REQUIRE(f);
    INFO(f->text);
    CHECK(f->mention.entity->type == EntityType::Place);
    CHECK_FALSE(f->mention.metonym);
  }
  // Officials in a capital are its government: `pejabat di Tbilisi` acts.
  const auto tbilisi = mentions("Pejabat di Tbilisi menolak tuntutan itu.");
  const Found* officials = find(tbilisi, "Tbilisi");
  REQUIRE(officials);
  CHECK(officials->mention.metonym);
}
