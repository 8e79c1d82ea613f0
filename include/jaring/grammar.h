// Closed-class words per language (prepositions, negators, modals, pronouns, ...), from
// data/grammar/<lang>.tsv. The extractor's rules speak of classes, never of words, so a
// language is added by adding its word lists.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "jaring/string_map.h"

namespace jaring {

enum WordClass : std::uint64_t {
  kPrep = 1ull << 0,          // any preposition
  kConj = 1ull << 1,          // and, dan, serta
  kOr = 1ull << 2,            // or, atau
  kRel = 1ull << 3,           // relativizer: yang, which, who
  kComp = 1ull << 4,          // complementizer: bahwa, that
  kNeg = 1ull << 5,           // tidak, not, never
  kFuture = 1ull << 6,        // akan, will
  kPossible = 1ull << 7,      // mungkin, dapat, may, could
  kAux = 1ull << 8,           // telah, sedang, has, was: skipped inside a verb group
  kAdverb = 1ull << 9,        // juga, kembali, also: skipped inside a verb group
  kReport = 1ull << 10,       // kata, mengatakan, said: attribution
  kControl = 1ull << 11,      // siap, sepakat, agreed, ready: pass their subject on
  kPurpose = 1ull << 12,      // untuk, guna, to (before a verb)
  kDet = 1ull << 13,          // the, a, itu, ini, sebuah
  kQuant = 1ull << 14,        // ribuan, lebih, thousands, more
  kPronPerson = 1ull << 15,   // dia, ia, beliau, he, she
  kPronPlural = 1ull << 16,   // mereka, they
  kPronThing = 1ull << 17,    // it, its
  kGroup = 1ull << 18,        // tentara, pejabat, troops, officials: a country's people
  kTroops = 1ull << 19,       // pasukan, tentara, troops, soldiers
  kWeapons = 1ull << 20,      // senjata, amunisi, weapons, arms
  kAgreement = 1ull << 21,    // perjanjian, kesepakatan, pact, treaty
  kTies = 1ull << 22,         // hubungan, ikatan, ties, relations
  kPlaceNoun = 1ull << 23,    // kota, wilayah, city, region
  kCounterpart = 1ull << 24,  // rekan, counterpart
  kCopula = 1ull << 25,       // adalah, menjadi, merupakan, is, became
  kSupport = 1ull << 26,      // melakukan, mengadakan, held, made: light verbs of nouns
  kVerb = 1ull << 27,         // other verbs (so a clause boundary is seen)
  kNotVerb = 1ull << 28,      // words that look inflected but are not verbs (menteri, media)
  kCountryNoun = 1ull << 29,  // negara, country, nation
  kPersonNoun = 1ull << 30,   // pria, pemimpin, diplomat, leader, man
  kPassiveAux = 1ull << 31,   // was, were, been, is, are (English passive)
  kAgentPrep = 1ull << 32,    // oleh, by
  kLocPrep = 1ull << 33,      // di, in, at
  kDeny = 1ull << 34,         // membantah, denied: negates its complement
  kBoth = 1ull << 35,         // kedua, both, the two
  kDemonstrative = 1ull << 36,// itu, ini, tersebut, this, these
  kPossessed = 1ull << 37,    // perang, kepemimpinan, war, leadership: stand for their possessor
  kDeepen = 1ull << 38,       // dalam, erat, deepen, strengthen: ties that grow
  kNeighbor = 1ull << 39,     // tetangga, neighbour
  kTitleWord = 1ull << 40,    // top, tinggi, senior, chief: modifiers inside titles
  kTemporal = 1ull << 41,     // ketika, saat, when, while: clause boundary
  kSubordinator = 1ull << 42, // karena, meskipun, because: clause boundary
  kFormer = 1ull << 43,       // mantan, former: a title no longer held
  kOrgNoun = 1ull << 44,      // blok, aliansi, bloc: an organization referred back to
  kObjControl = 1ull << 45,   // mendorong, urged: `X urged Y to V` makes Y the subject of V
  kTimePrep = 1ull << 46,     // sejak, selama, since, during: a time phrase (`since his visit`)
  kOfPrep = 1ull << 47,       // dari, of, from: names the owner or source of a noun
  kFocus = 1ull << 48,        // hanya, only: `bukan hanya X, Y` coordinates X and Y
  kBetween = 1ull << 49,      // antara, between: introduces the two sides of a relation
  kGenitive = 1ull << 50,     // of: joins a noun to what it belongs to (`a round of talks`)
  kTimeWord = 1ull << 51,     // pekan, lalu, Senin, yesterday: words of a time phrase
  kEventPrep = 1ull << 52,    // for, after, during, melalui, atas: attach an event noun to the clause
  kCommodity = 1ull << 53,    // minyak, gas, oil, grain: goods whose sale is trade
  kClaim = 1ull << 54,        // accusation, claim, allegation: stands for the one who made it
  kGuest = 1ull << 55,        // guest, visitor: the person someone hosts
  kSide = 1ull << 56,         // side, party: `either side`, `both sides` are two actors
  kUnlike = 1ull << 57,       // unlike: `Unlike X, Y did not V` says X did
  kPejorative = 1ull << 58,   // interference, puppet, corong: `called it X`, `menyebut X sebagai Y` criticize
  kBlock = 1ull << 59,        // memblokir, memveto, blocked, vetoed: what it stops was never done
  kVenue = 1ull << 60,        // bandara, istana, airport, palace: where people meet in person
  kCivilian = 1ull << 61,     // warga, orang, civilians, people: unnamed people a strike kills
  kMediate = 1ull << 62,      // menengahi, mediated, brokered: the mediator is no party to the talks
  kNameHead = 1ull << 63,     // Perjanjian, Operasi, Treaty, Operation: capitalized, heads the name of a thing, not an actor
};

class Grammar {
 public:
  /// Loads every data_dir/grammar/<lang>.tsv. Throws DataError on a bad line.
  static Grammar load(const std::filesystem::path& data_dir);

  /// Classes of a normalized word in `lang` (0 when none).
  std::uint64_t classes(std::string_view lang, const std::string& norm) const;
  bool is(std::string_view lang, const std::string& norm, WordClass c) const {
    return (classes(lang, norm) & c) != 0;
  }
  /// Every word of `lang` with its classes; null for a language without a grammar file.
  const StringMap<std::uint64_t>* words(std::string_view lang) const;
  /// The languages with a grammar file, in load order.
  std::vector<std::string> languages() const;
  /// The class bit named `name` ("prep", "neg", ...), or 0.
  static std::uint64_t class_named(std::string_view name);

 private:
  StringMap<StringMap<std::uint64_t>> words_;  // language -> word -> classes
};

}  // namespace jaring
