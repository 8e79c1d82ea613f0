// The plain data passed between pipeline stages:
//   text      Document -> Sentence -> Token
//   lexicon   Token ranges -> Mention (-> Entity)
//   extract   Mentions + frames -> Triple (with Evidence)
//   graph     Triples -> KnowledgeGraph
// Stages own no hidden state about a document: everything they learn is in these structs.
#pragma once

#include <cstddef>
#include <compare>
#include <cstdint>
#include <list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jaring {

/// Half-open byte range [begin, end) in the original bytes of a document.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  friend bool operator==(const Span&, const Span&) = default;
};

enum TokenFlag : std::uint16_t {
  kSpaceBefore = 1 << 0,   // whitespace precedes the token
  kCapitalized = 1 << 1,   // first letter upper or title case
  kAllCaps = 1 << 2,       // every letter upper case, at least two letters
  kWord = 1 << 3,          // contains a letter
  kNumber = 1 << 4,        // digits, possibly with separators (10.000, 6,000)
  kPunct = 1 << 5,         // a punctuation mark
  kQuote = 1 << 6,         // a quotation mark of any style
  kHyphen = 1 << 7,        // a hyphen or dash joining the neighbouring words (Korea-Rusia)
  kReduplicated = 1 << 8,  // Indonesian reduplication (negara-negara, langkah -langkah)
  kDash = 1 << 9,          // a spaced dash separating clauses (– or —)
};

struct Token {
  Span span;               // bytes in Document::text
  std::string norm;        // matching key: NFC, case-folded, no diacritics, plain quotes
  std::uint16_t flags = 0;
  bool has(TokenFlag f) const { return (flags & f) != 0; }
};

struct Sentence {
  std::size_t index = 0;   // position in the document, from 0
  Span span;               // bytes of the sentence, trimmed of surrounding space
  std::vector<Token> tokens;
};

enum class EntityType : std::uint8_t { Country, Person, Organization, Place };

std::string_view to_string(EntityType t);
std::optional<EntityType> parse_entity_type(std::string_view s);

/// A canonical actor: a lexicon entry, or one created for a name the lexicon lacks.
struct Entity {
  // What the extraction rules read at every mention comes first, in the object's first
  // cache lines: an entity is a few hundred bytes, and its type and links, read from its
  // far end, cost a cache miss each.
  EntityType type = EntityType::Organization;
  bool from_lexicon = false;
  std::string id;          // stable key: lexicon id or a slug of the name
  std::string kind;        // finer kind: capital, ministry, news_agency, ...
  std::string acts_for;    // id of the country a capital or seat of power stands for
  std::string part_of;     // id of the parent of an institution
  std::string located_in;  // id of the country a place lies in
  std::string name;        // canonical English name
  std::string qid;         // Wikidata id, empty when unknown
  std::string iso2, iso3;  // ISO 3166-1 codes for countries
  std::vector<std::string> aliases;
};

/// An entity as the stages hand it around: a plain, non-owning pointer, null by default.
/// Lexicon entities belong to the Lexicon, which outlives every document; entities made
/// for one document (unknown names, institutions built by patterns) belong to that
/// Document (Document::entities), which the pipeline keeps as long as its triples. (It was
/// a shared_ptr: every copy an atomic count, which two threads contended for on the
/// frequent actors.)
class EntityRef {
 public:
  constexpr EntityRef() = default;
  constexpr EntityRef(std::nullptr_t) {}
  constexpr EntityRef(const Entity* e) : e_(e) {}
  const Entity* get() const { return e_; }
  const Entity& operator*() const { return *e_; }
  const Entity* operator->() const { return e_; }
  explicit operator bool() const { return e_ != nullptr; }
  friend bool operator==(const EntityRef&, const EntityRef&) = default;
  friend auto operator<=>(const EntityRef&, const EntityRef&) = default;

 private:
  const Entity* e_ = nullptr;
};

struct Document {
  std::string name;        // the file name as given ('-' for standard input)
  std::string text;        // the bytes read; ill-formed UTF-8 replaced with U+FFFD
  std::string language;    // "id", "en", ... ; empty when unknown
  std::string date;        // ISO date YYYY-MM-DD from --date or a dateline; may be empty
  std::vector<Sentence> sentences;
  /// What reading the file repaired or found odd ("invalid UTF-8 at byte 6 replaced ..."),
  /// reported as warnings naming the file; the document is processed all the same.
  std::vector<std::string> warnings;
  /// Entities the extractor made for this document (names the lexicon lacks, institutions
  /// built from patterns): the triples and mentions of the document point into it, so
  /// they are valid as long as the document is. A list: adding one moves none, and an
  /// empty one (most documents) costs no allocation, nor does moving the document.
  std::list<Entity> entities;

  std::string_view slice(Span s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
  std::string_view token_text(const Token& t) const { return slice(t.span); }
};

enum class MentionKind : std::uint8_t {
  Name,         // a name or alias from the lexicon
  Acronym,      // an all-capital alias
  Demonym,      // Russian, North Korean
  ShortName,    // Lavrov after Sergey Lavrov
  Pattern,      // built by an institution or title pattern
  Unknown,      // a capitalized name the lexicon lacks
  Pronoun,      // dia, -nya, he, its
  Description,  // kedua negara, the North Korean leader
};

/// An actor named in a sentence: tokens [first, last) of Sentence::tokens.
struct Mention {
  std::size_t first = 0;
  std::size_t last = 0;
  EntityRef entity;        // resolved actor (never null once mentions are final)
  MentionKind kind = MentionKind::Name;
  bool metonym = false;    // a capital or seat of power standing for its country
  std::vector<EntityRef> group;  // the other actors of a group description (kedua negara)
  /// The other entities a shared name could mean (`Georgia`: the US state); `entity` is
  /// the one the sentence and document chose.
  std::vector<EntityRef> alternatives;
};

enum class Modality : std::uint8_t { Asserted, Reported, Possible, Future };
std::string_view to_string(Modality m);
std::optional<Modality> parse_modality(std::string_view s);

/// Where and how a relation was stated.
struct Evidence {
  std::string doc;            // document name
  std::string language;       // document language
  std::string date;           // document date, may be empty
  std::size_t sentence = 0;   // sentence index in the document
  Span span;                  // the sentence's bytes in the document
  std::string text;           // the sentence
  std::string trigger;        // the words that state the relation
  std::string subject_text;   // surface form of the subject in the text
  std::string object_text;    // surface form of the object
  bool negated = false;
  Modality modality = Modality::Asserted;
  std::string attributed_to;  // canonical name of the source of a reported claim
  double confidence = 0.0;    // 0..1
};

struct Triple {
  EntityRef subject;
  std::string relation;       // relation id from data/relations.tsv
  EntityRef object;
  Evidence evidence;
};

}  // namespace jaring
