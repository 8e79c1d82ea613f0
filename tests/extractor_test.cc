// The extractor on single sentences written for these tests; the larger phenomenon suite
// is sentence_suite_test.cc.
#include <doctest/doctest.h>

#include "jaring/extractor.h"
#include "test_util.h"

using namespace jaring;
using test::extract;
using test::has;

TEST_CASE("Indonesian active verb with title and country") {
  const auto t = extract("Presiden Indonesia Prabowo Subianto mengunjungi Tokyo pekan lalu.");
  CHECK(has(t, "Prabowo Subianto", "leader_of", "Indonesia"));
  // A capital as a destination: city or country are both right; jaring names the country.
  CHECK(has(t, "Prabowo Subianto", "visits", "Japan"));
}

TEST_CASE("Indonesian passive with oleh reads by meaning") {
  // The titles name no one: the holders on the document's date are meant.
  const auto t = extract("Menteri Luar Negeri Jepang diterima oleh Presiden Filipina di Manila.", "2026-03-01");
  CHECK(has(t, "Ferdinand Marcos Jr.", "hosts", "Toshimitsu Motegi"));
  CHECK_FALSE(has(t, "Toshimitsu Motegi", "hosts", "Ferdinand Marcos Jr."));
}

TEST_CASE("a purpose clause carries the subject and the target along") {
  const auto t = extract("Pyongyang mengirim ribuan tentara dan senjata untuk membantu Moskow.");
  CHECK(has(t, "North Korea", "deploys_troops_to", "Russia"));
  CHECK(has(t, "North Korea", "supplies_weapons_to", "Russia"));
  CHECK(has(t, "North Korea", "helps", "Russia"));
}

TEST_CASE("nominalizations and compounds state relations") {
  const auto visit = extract("Kunjungan Perdana Menteri India Narendra Modi ke Jepang berlangsung dua hari.");
  CHECK(has(visit, "Narendra Modi", "visits", "Japan"));
  CHECK(has(visit, "Narendra Modi", "leader_of", "India"));
  CHECK(has(extract("Perang Israel-Iran memicu kekhawatiran."), "Israel", "fights", "Iran"));
  CHECK(has(extract("Dukungan Australia untuk Ukraina tidak berubah."), "Australia", "supports", "Ukraine"));
}

TEST_CASE("negation marks the triple, it does not drop it") {
  const auto t = extract("Jerman tidak mengirim tank ke Ukraina.");
  bool negated = false;
  for (const Triple& x : t)
    if (x.relation == "supplies_weapons_to" && x.subject->name == "Germany") negated = x.evidence.negated;
  CHECK(negated);
  CHECK_FALSE(has(t, "Germany", "supplies_weapons_to", "Ukraine"));
}

TEST_CASE("modality: future and possible") {
  for (const Triple& x : extract("Vietnam akan mengunjungi Laos bulan depan."))
    if (x.relation == "visits") CHECK(x.evidence.modality == Modality::Future);
  for (const Triple& x : extract("Beijing may sanction Manila over the dispute."))
    if (x.relation == "sanctions") CHECK(x.evidence.modality == Modality::Possible);
}

TEST_CASE("English verbs, possessives and demonym titles") {
  const auto t = extract("Japanese Prime Minister Shigeru Ishiba met Indonesia's president in Jakarta.", "2025-03-01");
  CHECK(has(t, "Shigeru Ishiba", "leader_of", "Japan"));
  const auto w = extract("Canada condemned Russia's attack on Ukraine.");
  CHECK(has(w, "Canada", "criticizes", "Russia"));
  CHECK(has(w, "Russia", "attacks", "Ukraine"));
}

TEST_CASE("evidence: document, sentence, byte span and text") {
  const std::string text = "Judul berita\n\nMesir mendukung Yordania. Qatar memuji Oman.";
  const auto t = extract(text);
  bool found = false;
  for (const Triple& x : t)
    if (x.relation == "praises") {
      found = true;
      CHECK(x.evidence.doc == "test.txt");
      CHECK(x.evidence.sentence == 2);
      CHECK(text.substr(x.evidence.span.begin, x.evidence.span.end - x.evidence.span.begin) == "Qatar memuji Oman.");
      CHECK(x.evidence.text == "Qatar memuji Oman.");
      CHECK(x.evidence.trigger == "memuji");
      CHECK(x.evidence.confidence > 0.5);
    }
  CHECK(found);
}

TEST_CASE("odd text yields no triples and no crash") {
  CHECK(extract("").empty());
  CHECK(extract("   \n\n  ").empty());
  CHECK(extract("12345 ... --- !!!").empty());
  CHECK(extract("dan dan dan yang yang oleh oleh ke ke").empty());
}
