// Reading jaring's own JSON-LD back (see jsonld_writer.cc for the shape), with RapidJSON's
// SAX reader: no DOM is built, and what is read goes straight into records of entities
// and statements, which are then added to the graph.
//
// Only the shape the writer produces is understood: entities (schema:* nodes) and
// statements (rdf:Statement nodes) with their evidence. What the writer derives from
// those (the direct relation triples, and a statement's counts, confidences and dates) is
// skipped: the graph recomputes it, so writing the graph again gives the same bytes.
//
// Speed (a million relations is about 1.6 GB): files are mapped, not copied; when the
// file is laid out as the writer lays it out, the nodes of "@graph" are cut into chunks
// at line starts, parsed by worker threads, and added to the graph in file order by the
// calling thread while the workers parse ahead (a document of one chunk is parsed by the
// calling thread alone). In a chunk, statements laid out exactly as the writer writes them
// are read by LayoutParser without RapidJSON; any other node by RapidJSON and the SAX
// handler. Any problem in that fast path sends the whole document through the plain
// sequential parse, which gives the definitive result or error message. UTF-8 is checked
// in one pass per chunk, which lets RapidJSON scan strings with SSE2 instead of
// validating them byte by byte.
#if defined(__SSE2__) && !defined(RAPIDJSON_SSE2)
#define RAPIDJSON_SSE2
#endif
#include <fcntl.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <bit>
#include <cerrno>
#include <cstdint>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <future>
#include <iostream>
#include <new>
#include <thread>
#include <type_traits>

#include "json_bytes.h"
#include "jaring/error.h"
#include "jaring/jsonld_reader.h"
#include "jaring/model.h"
#include "jaring/string_map.h"
#include "jaring/text.h"
#include "jaring/vocab.h"

namespace jaring {
namespace {

constexpr std::string_view kEntityPrefix = "ent:";
constexpr std::string_view kRelationPrefix = "jaring:";
constexpr std::string_view kSchemaPrefix = "schema:";
constexpr std::string_view kWikidataPrefix = "wd:";
// The writer nests at most five levels; anything deeper is not ours, and refusing it
// early keeps the recursive parser's stack small on hostile input.
constexpr std::size_t kMaxDepth = 8;
// Chunks for the worker threads: big enough that a thread's start-up is nothing, small
// enough that the calling thread starts adding to the graph early.
constexpr std::size_t kChunkBytes = std::size_t(2) << 20;
constexpr std::size_t kNone = static_cast<std::size_t>(-1);
// The longest string read. RapidJSON copies each string onto its stack before handing
// it over, so without a bound one hostile string takes as much memory as the file. The
// writer's longest strings are sentences, which the segmenter keeps under 64 KiB.
constexpr std::size_t kMaxString = std::size_t(16) << 20;

// RapidJSON's stack allocator, refusing to grow past kMaxString (plus room for the
// parser's own state): thrown through the parser, caught by parse_bounded().
struct StringTooLong {};
class BoundedStackAllocator {
 public:
  static const bool kNeedFree = true;
  void* Malloc(std::size_t size) { return Realloc(nullptr, 0, size); }
  void* Realloc(void* p, std::size_t, std::size_t size) {
    if (size > kMaxString + 4096) throw StringTooLong{};
    if (size == 0) {
      std::free(p);
      return nullptr;
    }
    void* q = std::realloc(p, size);
    if (!q) throw std::bad_alloc();
    return q;
  }
  static void Free(void* p) { std::free(p); }
};
using Reader = rapidjson::GenericReader<rapidjson::UTF8<>, rapidjson::UTF8<>, BoundedStackAllocator>;

// RapidJSON's SSE2 scanning (RAPIDJSON_SSE2) loads 16 aligned bytes at a time, which may
// reach up to 15 bytes past the terminating NUL: every buffer it parses ends with this
// many NUL bytes after the text (a mapped file ends in a whole page, which suffices).
constexpr std::size_t kParsePadding = 16;

// The text of `bytes` in a buffer RapidJSON may parse: NUL-padded, see kParsePadding.
// The returned view is the text without the padding.
std::string_view padded(std::string& buffer, std::string_view bytes) {
  buffer.reserve(bytes.size() + kParsePadding);
  buffer.assign(bytes);
  buffer.append(kParsePadding, '\0');
  return std::string_view(buffer).substr(0, bytes.size());
}

// reader.Parse<kFlags>(stream, handler), with a string over kMaxString reported as the
// parse error kParseErrorTermination and *too_long set. (RapidJSON frees its stack on the
// way out; the handler is dropped by the caller.)
template <unsigned kFlags, class Stream, class H>
rapidjson::ParseResult parse_bounded(Stream& stream, H& handler, bool& too_long) {
  Reader reader;
  too_long = false;
  try {
    return reader.Parse<kFlags>(stream, handler);
  } catch (const StringTooLong&) {
    too_long = true;
    return rapidjson::ParseResult(rapidjson::kParseErrorTermination, stream.Tell());
  }
}

// ---------------------------------------------------------------------------------------
// Records: what a parse produces, before anything is added to the graph.

struct EntityRecord {
  std::string iri;  // "ent:..." as written
  VertexData data;
};

// A string of Records::names: the statements' IRIs are kept there, one after another,
// rather than in strings of their own (three allocations per statement fewer).
struct Name {
  std::size_t at = 0, size = 0;
};

struct StatementRecord {
  Name iri;  // "stmt:..." as written, for messages
  Name subject, object;
  const Relation* relation = nullptr;  // from the graph's RelationSet
  std::vector<Evidence> evidence;
  std::size_t offset = 0;  // byte offset of the node in the document, for messages
};

struct Records {
  std::vector<EntityRecord> entities;
  std::vector<StatementRecord> statements;
  std::string names;

  std::string_view name(Name n) const { return std::string_view(names).substr(n.at, n.size); }
  Name add_name(std::string_view s) {
    const Name n{names.size(), s.size()};
    names.append(s);
    return n;
  }
  void add_statement(std::string_view iri, std::string_view subject, std::string_view object,
                     const Relation* relation, std::vector<Evidence>&& evidence, std::size_t offset) {
    StatementRecord r;
    r.iri = add_name(iri);
    // Statements come sorted by subject: most share the previous one's.
    const bool same_subject = !statements.empty() && name(statements.back().subject) == subject;
    r.subject = same_subject ? statements.back().subject : add_name(subject);
    r.object = add_name(object);
    r.relation = relation;
    r.evidence = std::move(evidence);
    r.offset = offset;
    statements.push_back(std::move(r));
  }
};

// ---------------------------------------------------------------------------------------
// The SAX handler.

// A JSON scalar as the SAX reader hands it over; text is valid only during the callback.
struct Scalar {
  enum Kind { Text, Number, Boolean, Other } kind = Other;
  std::string_view text;
  std::uint64_t number = 0;
  bool boolean = false;
};

// One node of "@graph" as far as it has been read.
struct Node {
  std::string id, type, name, same_as, kind, iso2, iso3, subject, predicate, object;
  std::vector<std::pair<std::string, std::string>> aliases;  // (alias, language)
  std::vector<Evidence> evidence;
  std::size_t offset = 0;

  // Empties the node but keeps the strings' memory for the next one.
  void clear() {
    for (std::string* s : {&id, &type, &name, &same_as, &kind, &iso2, &iso3, &subject, &predicate, &object})
      s->clear();
    aliases.clear();
    evidence.clear();
  }
};

// What each open object or array is, so that a value can be put where it belongs.
enum class Role {
  Root,          // the document
  Context,       // "@context": only checked for the jaring prefix
  Graph,         // "@graph"
  Node,          // an entity or a statement
  Aliases,       // a node's "alternateName"
  Alias,         // {"@value", "@language"} in "alternateName"
  EvidenceList,  // a statement's "jaring:evidence"
  Evidence,      // one evidence node
  Typed,         // {"@value", "@type"} of a node or evidence field
  Skip,          // anything the reader does not need (direct triples, nested context)
};

// The keys the reader acts on, recognized once in Key() so that the fields are then
// told apart by a switch instead of string comparisons (tens of millions of keys in a
// large graph); every other key is Other and its value is skipped.
enum class KeyId : std::uint8_t {
  Other, Context, Graph, Jaring, Id, Type, Value, Language, Name, SameAs, Kind, Iso2, Iso3, Subject,
  Predicate, Object, AlternateName, Evidence, Document, Sentence, SpanStart, SpanEnd, Text, Trigger,
  SubjectText, ObjectText, EvidenceLanguage, Date, AttributedTo, Confidence, Negated, Modality, Count
};

constexpr std::string_view kKeyNames[] = {
    "",  "@context", "@graph", "jaring", "@id", "@type", "@value", "@language", "name", "sameAs",
    "jaring:kind", "jaring:iso3166Alpha2", "jaring:iso3166Alpha3", "subject", "predicate", "object",
    "alternateName", "jaring:evidence", "jaring:document", "jaring:sentence", "jaring:spanStart",
    "jaring:spanEnd", "jaring:text", "jaring:trigger", "jaring:subjectText", "jaring:objectText",
    "jaring:language", "jaring:date", "jaring:attributedTo", "jaring:confidence", "jaring:negated",
    "jaring:modality",
};
static_assert(std::size(kKeyNames) == static_cast<std::size_t>(KeyId::Count));

std::string key_name(KeyId k) { return std::string(kKeyNames[static_cast<std::size_t>(k)]); }

// A switch on the length, then comparisons with literals of that length, which the
// compiler inlines as a few word compares (hashing the key cost more than this). The
// names repeat kKeyNames; the static_assert below checks that they agree.
template <std::size_t N>
constexpr bool same(std::string_view s, const char (&name)[N]) {
  // A memcmp of a constant length, compared with zero only: inlined as word compares.
  if (std::is_constant_evaluated()) return s == std::string_view(name, N - 1);
  return __builtin_memcmp(s.data(), name, N - 1) == 0;
}

constexpr KeyId key_of(std::string_view s) {
  using enum KeyId;
  switch (s.size()) {
    case 3:
      if (same(s, "@id")) return Id;
      return Other;
    case 4:
      if (same(s, "name")) return Name;
      return Other;
    case 5:
      if (same(s, "@type")) return Type;
      return Other;
    case 6:
      if (same(s, "@value")) return Value;
      if (same(s, "@graph")) return Graph;
      if (same(s, "jaring")) return Jaring;
      if (same(s, "sameAs")) return SameAs;
      if (same(s, "object")) return Object;
      return Other;
    case 7:
      if (same(s, "subject")) return Subject;
      return Other;
    case 8:
      if (same(s, "@context")) return Context;
      return Other;
    case 9:
      if (same(s, "@language")) return Language;
      if (same(s, "predicate")) return Predicate;
      return Other;
    case 11:
      if (same(s, "jaring:text")) return Text;
      if (same(s, "jaring:date")) return Date;
      if (same(s, "jaring:kind")) return Kind;
      return Other;
    case 13:
      if (same(s, "alternateName")) return AlternateName;
      return Other;
    case 14:
      if (same(s, "jaring:trigger")) return Trigger;
      if (same(s, "jaring:negated")) return Negated;
      if (same(s, "jaring:spanEnd")) return SpanEnd;
      return Other;
    case 15:
      if (same(s, "jaring:document")) return Document;
      if (same(s, "jaring:sentence")) return Sentence;
      if (same(s, "jaring:language")) return EvidenceLanguage;
      if (same(s, "jaring:modality")) return Modality;
      if (same(s, "jaring:evidence")) return Evidence;
      return Other;
    case 16:
      if (same(s, "jaring:spanStart")) return SpanStart;
      return Other;
    case 17:
      if (same(s, "jaring:confidence")) return Confidence;
      if (same(s, "jaring:objectText")) return ObjectText;
      return Other;
    case 18:
      if (same(s, "jaring:subjectText")) return SubjectText;
      return Other;
    case 19:
      if (same(s, "jaring:attributedTo")) return AttributedTo;
      return Other;
    case 20:
      if (same(s, "jaring:iso3166Alpha2")) return Iso2;
      if (same(s, "jaring:iso3166Alpha3")) return Iso3;
      return Other;
    default: return Other;
  }
}

constexpr bool key_of_knows_every_key() {
  for (std::size_t i = 1; i < std::size(kKeyNames); ++i)
    if (key_of(kKeyNames[i]) != static_cast<KeyId>(i)) return false;
  return true;
}
static_assert(key_of_knows_every_key());

struct Frame {
  Role role;
  KeyId key;  // the key this container is the value of (for a typed value: its field)
};

// Required evidence fields, tracked as bits so that a missing one can be named.
enum EvidenceField : unsigned {
  kDocument = 1, kSentence = 2, kSpanStart = 4, kSpanEnd = 8, kText = 16,
  kConfidence = 32, kNegated = 64, kModality = 128, kAllRequired = 255,
};

std::string missing_field(unsigned seen) {
  static const std::pair<unsigned, const char*> names[] = {
      {kDocument, "jaring:document"}, {kSentence, "jaring:sentence"}, {kSpanStart, "jaring:spanStart"},
      {kSpanEnd, "jaring:spanEnd"},   {kText, "jaring:text"},         {kConfidence, "jaring:confidence"},
      {kNegated, "jaring:negated"},   {kModality, "jaring:modality"},
  };
  for (const auto& [bit, name] : names)
    if (!(seen & bit)) return name;
  return "?";
}

// Strings are copied out during the callbacks, so the handler works for in-situ and
// copying parses alike; Stream is the stream being parsed, asked for node offsets.
template <class Stream>
class Handler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Handler<Stream>> {
 public:
  /// `base` is the document offset of the stream's first byte. A handler for a chunk
  /// starts inside "@graph".
  Handler(Records& out, const RelationSet& relations, Stream& stream, std::size_t base, bool chunk)
      : out_(out), relations_(relations), stream_(stream), base_(base) {
    if (chunk) stack_ = {{Role::Root, KeyId::Other}, {Role::Graph, KeyId::Graph}};
  }

  bool Null() { return scalar({}); }
  bool Bool(bool b) { return scalar({Scalar::Boolean, {}, 0, b}); }
  bool Int(int i) { return i < 0 ? scalar({}) : Uint64(static_cast<std::uint64_t>(i)); }
  bool Int64(std::int64_t i) { return i < 0 ? scalar({}) : Uint64(static_cast<std::uint64_t>(i)); }
  bool Uint(unsigned u) { return Uint64(u); }
  bool Uint64(std::uint64_t u) { return scalar({Scalar::Number, {}, u, false}); }
  bool Double(double) { return scalar({}); }
  bool String(const char* s, rapidjson::SizeType n, bool) { return scalar({Scalar::Text, {s, n}, 0, false}); }
  bool Key(const char* s, rapidjson::SizeType n, bool) {
    key_ = key_of({s, n});
    return true;
  }
  bool StartObject() { return open(object_role()); }
  bool StartArray() { return open(array_role()); }
  bool EndObject(rapidjson::SizeType) { return close(); }
  bool EndArray(rapidjson::SizeType) { return close(); }

  /// Why the handler stopped the parse; empty when it did not.
  const std::string& problem() const { return problem_; }
  /// Checks, once a whole document parsed, that it was a jaring graph at all.
  void check_document() {
    if (!jaring_context_) problem_ = "no @context with the jaring vocabulary (" + std::string(vocab::kJaring) + ")";
    else if (graph_at_ == kNone) problem_ = "no @graph array";
  }
  /// Where "@graph" opened: the offset just after its '['.
  std::size_t graph_at() const { return graph_at_; }

 private:
  bool fail(std::string what) {
    problem_ = std::move(what);
    return false;
  }
  Role top() const { return stack_.back().role; }
  Role parent() const { return stack_[stack_.size() - 2].role; }
  std::size_t offset() const { return base_ + stream_.Tell(); }

  Role object_role() const {
    if (stack_.empty()) return Role::Root;
    switch (top()) {
      case Role::Root: return key_ == KeyId::Context ? Role::Context : Role::Skip;
      case Role::Graph: return Role::Node;
      case Role::Aliases: return Role::Alias;
      case Role::EvidenceList: return Role::Evidence;
      case Role::Node:
      case Role::Evidence: return Role::Typed;
      default: return Role::Skip;
    }
  }

  Role array_role() const {
    if (stack_.empty()) return Role::Skip;  // refused in open()
    if (top() == Role::Root && key_ == KeyId::Graph) return Role::Graph;
    if (top() == Role::Node && key_ == KeyId::AlternateName) return Role::Aliases;
    if (top() == Role::Node && key_ == KeyId::Evidence) return Role::EvidenceList;
    return Role::Skip;
  }

  bool open(Role role) {
    if (stack_.empty() && role != Role::Root) return fail("the top level is not a JSON object");
    if (stack_.size() >= kMaxDepth) return fail("nested deeper than any jaring graph");
    if (role == Role::Graph) graph_at_ = offset();
    if (role == Role::Node) {
      node_.clear();
      node_.offset = offset() - 1;  // the '{' just read
    }
    if (role == Role::Evidence) {
      evidence_ = Evidence{};
      evidence_seen_ = 0;
    }
    if (role == Role::Alias) alias_ = {};
    // Only a typed value needs to know its key (the field its "@value" goes to).
    stack_.push_back({role, role == Role::Typed ? key_ : KeyId::Other});
    return true;
  }

  bool close() {
    const Role role = top();
    bool ok = true;
    if (role == Role::Node) ok = finish_node();
    else if (role == Role::Evidence) ok = finish_evidence();
    else if (role == Role::Alias) ok = finish_alias();
    stack_.pop_back();
    return ok;
  }

  bool scalar(const Scalar& v) {
    if (stack_.empty()) return fail("the top level is not a JSON object");
    switch (top()) {
      case Role::Context:
        if (key_ == KeyId::Jaring && v.text == vocab::kJaring) jaring_context_ = true;
        return true;
      case Role::Node: return node_field(key_, v);
      case Role::Evidence: return evidence_field(key_, v);
      case Role::Aliases:
        if (v.kind != Scalar::Text) return fail(where() + ": alternateName holds a non-string");
        node_.aliases.emplace_back(v.text, std::string());
        return true;
      case Role::Alias:
        if (key_ == KeyId::Value) alias_.first.assign(v.text);
        else if (key_ == KeyId::Language) alias_.second.assign(v.text);
        return true;
      case Role::Typed:
        if (key_ != KeyId::Value) return true;
        return parent() == Role::Node ? node_field(stack_.back().key, v) : evidence_field(stack_.back().key, v);
      case Role::Graph: return fail("@graph holds a value that is not a node");
      case Role::EvidenceList: return fail(where() + ": jaring:evidence holds a value that is not a node");
      default: return true;
    }
  }

  bool node_field(KeyId key, const Scalar& v) {
    std::string* field = nullptr;
    switch (key) {
      case KeyId::Id: field = &node_.id; break;
      case KeyId::Type: field = &node_.type; break;
      case KeyId::Name: field = &node_.name; break;
      case KeyId::SameAs: field = &node_.same_as; break;
      case KeyId::Kind: field = &node_.kind; break;
      case KeyId::Iso2: field = &node_.iso2; break;
      case KeyId::Iso3: field = &node_.iso3; break;
      case KeyId::Subject: field = &node_.subject; break;
      case KeyId::Predicate: field = &node_.predicate; break;
      case KeyId::Object: field = &node_.object; break;
      default: return true;  // derived from the evidence (counts, confidences, dates)
    }
    if (v.kind != Scalar::Text) return fail(where() + ": " + key_name(key) + " is not a string");
    field->assign(v.text);
    return true;
  }

  bool evidence_field(KeyId key, const Scalar& v) {
    Evidence& e = evidence_;
    const auto text = [&](std::string& field, unsigned bit) {
      if (v.kind != Scalar::Text) return fail(where() + ": " + key_name(key) + " is not a string");
      field.assign(v.text);
      evidence_seen_ |= bit;
      return true;
    };
    const auto number = [&](std::size_t& field, unsigned bit) {
      if (v.kind != Scalar::Number) return fail(where() + ": " + key_name(key) + " is not a natural number");
      field = static_cast<std::size_t>(v.number);
      evidence_seen_ |= bit;
      return true;
    };
    switch (key) {
      case KeyId::Document: return text(e.doc, kDocument);
      case KeyId::Sentence: return number(e.sentence, kSentence);
      case KeyId::SpanStart: return number(e.span.begin, kSpanStart);
      case KeyId::SpanEnd: return number(e.span.end, kSpanEnd);
      case KeyId::Text: return text(e.text, kText);
      case KeyId::Trigger: return text(e.trigger, 0);
      case KeyId::SubjectText: return text(e.subject_text, 0);
      case KeyId::ObjectText: return text(e.object_text, 0);
      case KeyId::EvidenceLanguage: return text(e.language, 0);
      case KeyId::Date: return text(e.date, 0);
      case KeyId::AttributedTo: return text(e.attributed_to, 0);
      case KeyId::Confidence: return confidence(v);
      case KeyId::Negated:
        if (v.kind != Scalar::Boolean) return fail(where() + ": jaring:negated is not true or false");
        e.negated = v.boolean;
        evidence_seen_ |= kNegated;
        return true;
      case KeyId::Modality: {
        const auto m = v.kind == Scalar::Text ? parse_modality(v.text) : std::nullopt;
        if (!m) return fail(where() + ": jaring:modality is not asserted, reported, possible or future");
        e.modality = *m;
        evidence_seen_ |= kModality;
        return true;
      }
      default: return true;  // @id (derived from the statement and span), @type
    }
  }

  bool confidence(const Scalar& v) {
    // An xsd:decimal string; a plain JSON number would have come as Double and failed.
    double c = -1;
    const char* end = v.text.data() + v.text.size();
    if (v.kind != Scalar::Text || std::from_chars(v.text.data(), end, c).ptr != end || c < 0 || c > 1)
      return fail(where() + ": jaring:confidence is not a decimal between 0 and 1");
    evidence_.confidence = c;
    evidence_seen_ |= kConfidence;
    return true;
  }

  bool finish_evidence() {
    if ((evidence_seen_ & kAllRequired) != kAllRequired)
      return fail(where() + ": evidence without " + missing_field(evidence_seen_));
    if (evidence_.span.begin > evidence_.span.end) return fail(where() + ": jaring:spanStart after jaring:spanEnd");
    node_.evidence.push_back(std::move(evidence_));
    return true;
  }

  bool finish_alias() {
    if (alias_.first.empty()) return fail(where() + ": alternateName without @value");
    node_.aliases.push_back(alias_);
    return true;
  }

  bool finish_node() {
    if (node_.id.empty()) return fail("a node of @graph has no @id");
    if (node_.type == "rdf:Statement") return finish_statement();
    if (node_.type.starts_with(kSchemaPrefix)) return finish_entity();
    return fail(where() + ": unknown @type '" + node_.type + "'");
  }

  bool finish_entity() {
    if (!node_.id.starts_with(kEntityPrefix)) return fail(where() + ": an entity @id must start with ent:");
    const auto type = parse_entity_type(std::string_view(node_.type).substr(kSchemaPrefix.size()));
    if (!type) return fail(where() + ": unknown entity type '" + node_.type + "'");
    if (node_.name.empty()) return fail(where() + ": entity without a name");
    if (!node_.same_as.empty() && !node_.same_as.starts_with(kWikidataPrefix))
      return fail(where() + ": sameAs is not a Wikidata IRI (wd:Q...)");
    EntityRecord r;
    r.iri = node_.id;
    VertexData& v = r.data;
    v.id = vocab::iri_unescape(std::string_view(node_.id).substr(kEntityPrefix.size()));
    v.name = node_.name;
    v.type = *type;
    v.kind = node_.kind;
    v.qid = node_.same_as.substr(std::min(node_.same_as.size(), kWikidataPrefix.size()));
    v.iso2 = node_.iso2;
    v.iso3 = node_.iso3;
    for (auto& alias : node_.aliases) v.aliases.insert(std::move(alias));
    out_.entities.push_back(std::move(r));
    return true;
  }

  bool finish_statement() {
    if (node_.subject.empty() || node_.object.empty()) return fail(where() + ": statement without subject or object");
    if (!node_.predicate.starts_with(kRelationPrefix)) return fail(where() + ": predicate is not a jaring: relation");
    if (node_.evidence.empty()) return fail(where() + ": statement without jaring:evidence");
    const Relation* relation = relations_.find(std::string_view(node_.predicate).substr(kRelationPrefix.size()));
    if (!relation)
      return fail(where() + ": relation '" + node_.predicate.substr(kRelationPrefix.size()) +
                  "' is not in the relation vocabulary (relations.tsv)");
    out_.add_statement(node_.id, node_.subject, node_.object, relation, std::move(node_.evidence), node_.offset);
    node_.evidence = {};
    return true;
  }

  // The node being read, for messages.
  std::string where() const { return node_.id.empty() ? "a node" : node_.id; }

  Records& out_;
  const RelationSet& relations_;
  Stream& stream_;
  std::size_t base_;
  std::vector<Frame> stack_;
  KeyId key_ = KeyId::Other;
  Node node_;
  Evidence evidence_;
  unsigned evidence_seen_ = 0;
  std::pair<std::string, std::string> alias_;
  bool jaring_context_ = false;
  std::size_t graph_at_ = kNone;
  std::string problem_;
};

// ---------------------------------------------------------------------------------------
// The writer's layout, read without the general parser.
//
// Nearly all of a large graph is statements, which jsonld_writer.cc writes with one key
// order and one indentation. LayoutParser reads a statement laid out exactly so and gives
// up at the first byte that differs; that node is then read by RapidJSON and the handler
// like any other. It accepts only what the handler would read into the same record, so
// the two give the same graph, and every error is left to the general path, whose
// messages stand. The gain: the fields derived from the evidence (counts, confidences,
// dates, evidence @ids: about 30% of the bytes) are checked as JSON and skipped instead
// of being handed over key by key, and strings are not copied before they are stored.
//
// The text is a chunk checked as UTF-8 without NUL bytes and followed by NUL padding
// (kParsePadding): every scan stops at a NUL, and 16-byte loads stay in the buffer.

// The first byte at or after `p` that is '"', '\\' or a control character (a JSON string
// holds none unescaped; the padding's NUL is one).
const char* string_stop(const char* p) {
#ifdef __SSE2__
  for (;; p += 16)
    if (const unsigned mask = json_bytes::escape_mask16(p)) return p + std::countr_zero(mask);
#else
  while (!json_bytes::needs_escape(*p)) ++p;
  return p;
#endif
}

// The character a one-letter JSON escape stands for; 0 for \u (left to RapidJSON, which
// also pairs surrogates) and for anything that is no escape.
char unescaped(char c) {
  switch (c) {
    case '"': return '"';
    case '\\': return '\\';
    case '/': return '/';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    default: return 0;
  }
}

class LayoutParser {
 public:
  /// `text`: a chunk as described above.
  LayoutParser(std::string_view text, const RelationSet& relations) : text_(text), relations_(relations) {}

  /// Reads the statement whose '{' is at `at` into `out` (`base`: the document offset of
  /// the text); returns the offset just after its '}', or kNone when the node is not a
  /// statement laid out as the writer lays it out.
  std::size_t statement(std::size_t at, std::size_t base, Records& out) {
    p_ = text_.data() + at;
    std::string_view iri, subject, predicate, object;
    if (!lit("{\n   \"@id\": ") || !string(iri, iri_) || iri.empty() ||
        !lit(",\n   \"@type\": \"rdf:Statement\",\n   \"subject\": ") || !string(subject, subject_) ||
        subject.empty() || !lit(",\n   \"predicate\": ") || !string(predicate, predicate_) ||
        !predicate.starts_with(kRelationPrefix) || !lit(",\n   \"object\": ") || !string(object, object_) ||
        object.empty() || !derived_fields() || !lit(",\n   \"jaring:evidence\": [\n    "))
      return kNone;
    const Relation* relation = relations_.find(predicate.substr(kRelationPrefix.size()));
    if (!relation) return kNone;
    std::vector<Evidence> evidence;
    do {
      if (!read_evidence(evidence.emplace_back())) return kNone;
    } while (lit(",\n    "));
    if (!lit("\n   ]\n  }")) return kNone;
    out.add_statement(iri, subject, object, relation, std::move(evidence), base + at);
    return static_cast<std::size_t>(p_ - text_.data());
  }

 private:
  // The bytes of the literal `s` next: passed over if so, else nothing is. A template, so
  // that the compare has a constant length and is inlined as word compares (a call to
  // memcmp per member was 7% of the load).
  template <std::size_t N>
  bool lit(const char (&s)[N]) {
    constexpr std::size_t n = N - 1;
    if (static_cast<std::size_t>(text_.data() + text_.size() - p_) < n || __builtin_memcmp(p_, s, n) != 0)
      return false;
    p_ += n;
    return true;
  }

  // A JSON string: a view of the text when it has no escape, else decoded into `decoded`.
  bool string(std::string_view& out, std::string& decoded) {
    if (*p_ != '"') return false;
    const char* begin = p_ + 1;
    const char* stop = string_stop(begin);
    if (*stop == '"') {
      out = std::string_view(begin, static_cast<std::size_t>(stop - begin));
      p_ = stop + 1;
      return true;
    }
    decoded.assign(begin, stop);
    while (*stop == '\\') {
      const char c = unescaped(stop[1]);
      if (!c) return false;
      decoded.push_back(c);
      const char* next = string_stop(stop + 2);
      decoded.append(stop + 2, next);
      stop = next;
    }
    if (*stop != '"') return false;  // a control character
    out = decoded;
    p_ = stop + 1;
    return true;
  }

  bool string_into(std::string& field) {
    std::string_view s;
    if (!string(s, skipped_)) return false;
    field.assign(s);
    return true;
  }

  bool skip_string() {
    std::string_view s;
    return string(s, skipped_);
  }

  // A JSON number that is a natural number as RapidJSON reads it into a 64-bit integer:
  // no leading zero, at most 19 digits (what follows is checked by the next lit()).
  bool natural(std::size_t& out) {
    const auto digit = [](char c) { return c >= '0' && c <= '9'; };
    const char* p = p_;
    std::uint64_t value = 0;
    if (*p == '0') ++p;
    else
      for (int n = 0; n < 19 && digit(*p); ++n) value = value * 10 + static_cast<std::uint64_t>(*p++ - '0');
    if (p == p_ || digit(*p)) return false;
    out = static_cast<std::size_t>(value);
    p_ = p;
    return true;
  }

  // {"@value": ..., "@type": ...} with its members at 4 spaces (in a statement) or 6 (in
  // evidence); the value in `value`.
  bool typed(int indent, std::string_view& value) {
    if (indent == 4)
      return lit("{\n    \"@value\": ") && string(value, typed_) && lit(",\n    \"@type\": ") && skip_string() &&
             lit("\n   }");
    return lit("{\n      \"@value\": ") && string(value, typed_) && lit(",\n      \"@type\": ") && skip_string() &&
           lit("\n     }");
  }

  // The counts, confidences and dates of a statement: computed from its evidence.
  bool derived_fields() {
    std::size_t n = 0;
    std::string_view v;
    return lit(",\n   \"jaring:mentionCount\": ") && natural(n) && lit(",\n   \"jaring:assertedCount\": ") &&
           natural(n) && lit(",\n   \"jaring:documentCount\": ") && natural(n) &&
           lit(",\n   \"jaring:maxConfidence\": ") && typed(4, v) && lit(",\n   \"jaring:meanConfidence\": ") &&
           typed(4, v) && (!lit(",\n   \"jaring:firstDate\": ") || typed(4, v)) &&
           (!lit(",\n   \"jaring:lastDate\": ") || typed(4, v));
  }

  // An optional text member of evidence: absent, or present and read.
  template <std::size_t N>
  bool optional_text(const char (&start)[N], std::string& field) {
    return !lit(start) || string_into(field);
  }

  bool read_evidence(Evidence& e) {
    std::string_view v;
    if (!lit("{\n     \"@id\": ") || !skip_string() || !lit(",\n     \"@type\": ") || !skip_string() ||
        !lit(",\n     \"jaring:document\": ") || !string_into(e.doc) || !lit(",\n     \"jaring:sentence\": ") ||
        !natural(e.sentence) || !lit(",\n     \"jaring:spanStart\": ") || !natural(e.span.begin) ||
        !lit(",\n     \"jaring:spanEnd\": ") || !natural(e.span.end) || e.span.begin > e.span.end ||
        !lit(",\n     \"jaring:text\": ") || !string_into(e.text) ||
        !optional_text(",\n     \"jaring:trigger\": ", e.trigger) ||
        !optional_text(",\n     \"jaring:subjectText\": ", e.subject_text) ||
        !optional_text(",\n     \"jaring:objectText\": ", e.object_text) ||
        !optional_text(",\n     \"jaring:language\": ", e.language))
      return false;
    if (lit(",\n     \"jaring:date\": ")) {
      if (!typed(6, v)) return false;
      e.date.assign(v);
    }
    return lit(",\n     \"jaring:confidence\": ") && typed(6, v) && confidence(v, e.confidence) &&
           lit(",\n     \"jaring:negated\": ") && boolean(e.negated) && lit(",\n     \"jaring:modality\": ") &&
           modality(e.modality) && optional_text(",\n     \"jaring:attributedTo\": ", e.attributed_to) &&
           lit("\n    }");
  }

  // As the handler reads them (Handler::confidence, Handler::evidence_field).
  static bool confidence(std::string_view v, double& out) {
    double c = -1;
    const char* end = v.data() + v.size();
    if (std::from_chars(v.data(), end, c).ptr != end || c < 0 || c > 1) return false;
    out = c;
    return true;
  }

  bool boolean(bool& out) {
    if (lit("false")) out = false;
    else if (lit("true")) out = true;
    else return false;
    return true;
  }

  bool modality(Modality& out) {
    std::string_view v;
    if (!string(v, skipped_)) return false;
    const auto m = parse_modality(v);
    if (m) out = *m;
    return m.has_value();
  }

  std::string_view text_;
  const RelationSet& relations_;
  const char* p_ = nullptr;
  // Decoded strings that had escapes (rare): one buffer per string alive at a time.
  std::string iri_, subject_, predicate_, object_, typed_, skipped_;
};

// ---------------------------------------------------------------------------------------
// Adding records to the graph.

class Inserter {
 public:
  Inserter(KnowledgeGraph& graph, const std::string& name) : graph_(graph), name_(name) {}

  /// Adds the entities, then the statements whose entities are known; the others wait
  /// for finish(), so that statements may come before their entities.
  void add(Records& records) {
    for (EntityRecord& e : records.entities) entities_[e.iri] = graph_.add_vertex(e.data);
    for (StatementRecord& s : records.statements)
      if (!try_add(records, s)) {
        // Its names go with it: `records` is emptied below.
        const Name iri = s.iri, subject = s.subject, object = s.object;
        StatementRecord& p = pending_.statements.emplace_back(std::move(s));
        p.iri = pending_.add_name(records.name(iri));
        p.subject = pending_.add_name(records.name(subject));
        p.object = pending_.add_name(records.name(object));
      }
    records = Records{};
  }

  void finish() {
    for (StatementRecord& s : pending_.statements) {
      if (try_add(pending_, s)) continue;
      const bool subject_known = entities_.count(pending_.name(s.subject)) > 0;
      fail(s, std::string(subject_known ? "object '" : "subject '") +
                  std::string(pending_.name(subject_known ? s.object : s.subject)) + "' is not an entity of this graph");
    }
    pending_ = Records{};
  }

 private:
  bool try_add(const Records& records, StatementRecord& s) {
    const std::string_view subject = records.name(s.subject);
    if (subject != last_subject_) {
      const Vertex* v = entities_.get(subject);
      if (!v) return false;
      last_subject_ = subject;
      last_subject_vertex_ = *v;
    }
    const Vertex* object = entities_.get(records.name(s.object));
    if (!object) return false;
    graph_.add_evidence(last_subject_vertex_, s.relation->id, *object, std::move(s.evidence));
    return true;
  }

  [[noreturn]] void fail(const StatementRecord& s, const std::string& what) const {
    throw InputError(name_ + ": not a jaring graph: " + std::string(pending_.name(s.iri)) + ": " + what +
                     " (at byte " + std::to_string(s.offset) + ")");
  }

  KnowledgeGraph& graph_;
  const std::string& name_;
  StringMap<Vertex> entities_;  // "ent:..." as written -> vertex
  std::string last_subject_;
  Vertex last_subject_vertex_ = 0;
  Records pending_;  // statements waiting for their entities, with their names
};

// ---------------------------------------------------------------------------------------
// Parsing.

// The problem, if any, with `bytes` as UTF-8. A graph is mostly ASCII, so eight bytes
// are checked at a time and only runs of other bytes go through validate_utf8.
std::optional<std::string> utf8_problem(std::string_view bytes, const std::string& name) {
  constexpr std::uint64_t kHighBits = 0x8080808080808080ull;
  std::size_t i = 0;
  while (i < bytes.size()) {
    std::uint64_t word = kHighBits;
    if (i + 8 <= bytes.size()) {
      std::memcpy(&word, bytes.data() + i, 8);
      // Bytes >= 0x80, and NUL bytes (RapidJSON would take one for the end of the text):
      // the lowest set bit of `zero` marks the first NUL byte exactly.
      const std::uint64_t zero = (word - 0x0101010101010101ull) & ~word & kHighBits;
      const std::uint64_t odd = (word & kHighBits) | zero;
      if (odd == 0) {
        i += 8;
        continue;
      }
      i += static_cast<std::size_t>(std::countr_zero(odd)) / 8;
    }
    // A UTF-8 sequence is all bytes >= 0x80, so a run of them holds whole sequences.
    std::size_t end = i;
    while (end < bytes.size() && static_cast<unsigned char>(bytes[end]) >= 0x80) ++end;
    if (end == i) ++end;  // an ASCII byte near the end
    try {
      validate_utf8(bytes.substr(i, end - i), name);
    } catch (const InputError&) {
      // Again from the start, for validate_utf8's message with the document offset.
      try {
        validate_utf8(bytes, name);
      } catch (const InputError& e) {
        return e.what();
      }
    }
    i = end;
  }
  return std::nullopt;
}

// Parses the whole document (null-terminated `text`) into `out`; the message if it fails.
std::optional<std::string> parse_document(std::string_view text, const std::string& name,
                                          const RelationSet& relations, Records& out) {
  if (auto p = utf8_problem(text, name)) return p;
  rapidjson::StringStream stream(text.data());
  Handler<rapidjson::StringStream> handler(out, relations, stream, 0, false);
  bool too_long = false;
  const rapidjson::ParseResult result = parse_bounded<rapidjson::kParseNoFlags>(stream, handler, too_long);
  const std::string at = std::to_string(result.Offset());
  if (too_long)
    return name + ": a string longer than " + std::to_string(kMaxString >> 20) + " MiB at byte " + at +
           " (no jaring graph has one)";
  if (result.Code() == rapidjson::kParseErrorTermination)
    return name + ": not a jaring graph: " + handler.problem() + " (at byte " + at + ")";
  if (result.IsError())
    return name + ": JSON syntax error at byte " + at + ": " + rapidjson::GetParseError_En(result.Code());
  handler.check_document();
  if (!handler.problem().empty()) return name + ": not a jaring graph: " + handler.problem();
  return std::nullopt;
}

void read_sequentially(std::string_view text, const std::string& name, KnowledgeGraph& graph) {
  Records records;
  if (const auto problem = parse_document(text, name, graph.relations(), records)) throw InputError(*problem);
  Inserter inserter(graph, name);
  inserter.add(records);
  inserter.finish();
}

// A run of "@graph" nodes: `text` starts at a node and holds whole nodes separated by
// commas, ending with a comma unless it is the last chunk.
struct Chunk {
  std::string_view text;
  std::size_t offset = 0;  // in the document
  bool last = false;
  Records records;
  bool ok = false;
  std::size_t layout_nodes = 0, general_nodes = 0;
  std::promise<void> done;
};

// Parses `c` in `scratch`, a copy: RapidJSON parses in situ (the mapped file stays
// read-only, and a copy the size of a chunk costs less than RapidJSON copying every
// string), and the layout parser reads it followed by NUL padding. `layout`: statements
// go to the layout parser first.
void parse_chunk(Chunk& c, std::string& scratch, const std::string& name, const RelationSet& relations, bool layout) {
  // Copied first, then checked: the check reads the copy while it is in the cache.
  if (utf8_problem(padded(scratch, c.text), name)) return;
  rapidjson::InsituStringStream stream(scratch.data());
  Handler<rapidjson::InsituStringStream> handler(c.records, relations, stream, c.offset, true);
  LayoutParser layout_parser(std::string_view(scratch).substr(0, c.text.size()), relations);
  const auto skip_space = [&] {
    for (char ch; stream.Tell() < c.text.size() && ((ch = stream.Peek()) == ' ' || ch == '\n' || ch == '\r' || ch == '\t');)
      stream.Take();
  };
  skip_space();
  for (;;) {
    const std::size_t after = layout ? layout_parser.statement(stream.Tell(), c.offset, c.records) : kNone;
    if (after != kNone) {
      stream.src_ = stream.head_ + after;  // the stream's position is public: moved past the statement
      ++c.layout_nodes;
    } else {
      constexpr unsigned kFlags = rapidjson::kParseInsituFlag | rapidjson::kParseStopWhenDoneFlag;
      bool too_long = false;
      if (parse_bounded<kFlags>(stream, handler, too_long).IsError()) return;
      ++c.general_nodes;
    }
    skip_space();
    if (stream.Tell() == c.text.size()) {
      c.ok = c.last;
      return;
    }
    if (stream.Tell() > c.text.size() || stream.Take() != ',') return;
    skip_space();
    if (stream.Tell() == c.text.size()) {
      c.ok = !c.last;
      return;
    }
  }
}

// The writer's layout: "{\n \"@context\": {" first, the nodes of "@graph" each starting a
// line with two spaces and '{', and "\n ]\n}" last. Returns the chunks of that layout,
// or none if the text is not laid out so (then the sequential parse reads it).
std::vector<std::unique_ptr<Chunk>> cut_chunks(std::string_view text, std::size_t& prologue_end,
                                               std::size_t& epilogue_start) {
  constexpr std::string_view kStart = "{\n \"@context\": {\n", kGraph = "\n \"@graph\": [\n", kNode = "\n  {\n";
  std::vector<std::unique_ptr<Chunk>> chunks;
  // The cheap checks at both ends first: a hostile file fails them without being read.
  std::string_view body = text;
  while (body.ends_with('\n')) body.remove_suffix(1);
  if (!text.starts_with(kStart) || !body.ends_with("\n ]\n}")) return chunks;
  const std::size_t graph = text.find(kGraph);
  if (graph == std::string_view::npos) return chunks;
  prologue_end = graph + kGraph.size() - 1;  // just after '['
  epilogue_start = body.size() - std::string_view("\n ]\n}").size();
  std::size_t begin = prologue_end;
  if (text.compare(begin, kNode.size(), kNode) != 0) return chunks;
  while (begin < epilogue_start) {
    std::size_t end = begin + kChunkBytes >= epilogue_start ? epilogue_start : text.find(kNode, begin + kChunkBytes);
    if (end == std::string_view::npos || end > epilogue_start) end = epilogue_start;
    auto c = std::make_unique<Chunk>();
    c->text = text.substr(begin, end - begin);
    c->offset = begin;
    c->last = end == epilogue_start;
    chunks.push_back(std::move(c));
    begin = end;
  }
  return chunks;
}

// Gives back the whole pages of a parsed chunk of a mapped file. They stay in the page
// cache, but no longer count in the process's memory: without this a graph's whole file
// (2 GB for a million relations) adds to the peak RSS. Read again (the sequential parse
// after a problem), they come back from the file.
void release_pages(std::string_view text) {
  const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
  const auto start = reinterpret_cast<std::uintptr_t>(text.data());
  const std::uintptr_t begin = (start + page - 1) / page * page, end = (start + text.size()) / page * page;
  if (end > begin) ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_DONTNEED);
}

// The fast path; false when the document must go through the sequential parse. `mapped`:
// `text` is a mapped file, whose pages may be given back once parsed. A document of one
// chunk is parsed by the calling thread (the layout parser still reads it).
bool read_in_chunks(std::string_view text, const std::string& name, KnowledgeGraph& graph, bool mapped,
                    const JsonLdReadOptions& options) {
  std::size_t prologue_end = 0, epilogue_start = 0;
  std::vector<std::unique_ptr<Chunk>> chunks = cut_chunks(text, prologue_end, epilogue_start);
  if (chunks.empty()) return false;
  const unsigned threads = chunks.size() < 2 ? 0 : std::min(std::thread::hardware_concurrency(), 8u);

  // The document without its nodes must be a jaring graph whose "@graph" opens exactly
  // where the nodes were cut out.
  std::string skeleton_buffer;
  const std::string_view skeleton =
      padded(skeleton_buffer, std::string(text.substr(0, prologue_end)) + std::string(text.substr(epilogue_start)));
  Records none;
  rapidjson::StringStream skeleton_stream(skeleton.data());
  Handler<rapidjson::StringStream> skeleton_handler(none, graph.relations(), skeleton_stream, 0, false);
  bool too_long = false;
  if (utf8_problem(skeleton, name) ||
      parse_bounded<rapidjson::kParseNoFlags>(skeleton_stream, skeleton_handler, too_long).IsError())
    return false;
  skeleton_handler.check_document();
  if (!skeleton_handler.problem().empty() || skeleton_handler.graph_at() != prologue_end) return false;

  // Room in the edge index for every relation the file may hold, at once: a statement
  // with one evidence record takes a kilobyte or more as the writer lays it out.
  graph.reserve_edges(text.size() / 1024);
  std::atomic<std::size_t> next{0};
  const auto parse = [&](std::size_t i, std::string& scratch) {
    parse_chunk(*chunks[i], scratch, name, graph.relations(), options.layout_parser);
    if (mapped) release_pages(chunks[i]->text);
    chunks[i]->done.set_value();
  };
  const auto work = [&] {
    std::string scratch;
    for (std::size_t i; (i = next++) < chunks.size();) parse(i, scratch);
  };
  std::vector<std::jthread> workers;
  for (unsigned t = 0; t < threads; ++t) workers.emplace_back(work);
  // Added in file order while the workers parse ahead. A problem stops the workers
  // (they finish their chunk and are joined on return) and the caller starts over.
  Inserter inserter(graph, name);
  JsonLdReadStats stats;
  std::string scratch;
  try {
    for (std::size_t i = 0; i < chunks.size(); ++i) {
      Chunk& c = *chunks[i];
      if (workers.empty()) parse(i, scratch);
      c.done.get_future().wait();
      if (!c.ok) {
        next = chunks.size();
        return false;
      }
      inserter.add(c.records);
      stats.layout_nodes += c.layout_nodes;
      stats.general_nodes += c.general_nodes;
    }
    inserter.finish();
  } catch (const InputError&) {
    next = chunks.size();
    return false;
  }
  if (options.stats) *options.stats = stats;
  return true;
}

// A file mapped read-only, followed by at least one NUL byte (RapidJSON's StringStream
// stops at NUL): a private anonymous mapping one byte longer than the file is made
// first and the file mapped over its start.
class MappedFile {
 public:
  static std::unique_ptr<MappedFile> open(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return nullptr;
    auto file = std::unique_ptr<MappedFile>(new MappedFile);
    struct stat st;
    const bool mapped = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
                        file->map(fd, static_cast<std::size_t>(st.st_size));
    ::close(fd);
    return mapped ? std::move(file) : nullptr;
  }
  ~MappedFile() {
    if (base_) ::munmap(base_, length_);
  }
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  std::string_view text() const { return {static_cast<const char*>(base_), size_}; }

 private:
  MappedFile() = default;
  bool map(int fd, std::size_t size) {
    const std::size_t page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    length_ = (size + 1 + page - 1) / page * page;
    void* base = ::mmap(nullptr, length_, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED) return false;
    base_ = base;
    size_ = size;
    if (::mmap(base, size, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0) == MAP_FAILED) return false;
    // Read ahead only what looks like a graph: a hostile file (a gigabyte of anything)
    // then costs the pages parsed before the error, not the whole file in memory.
    if (std::string_view(static_cast<const char*>(base), std::min<std::size_t>(size, 2)) == "{\n")
      ::madvise(base, size, MADV_WILLNEED);
    return true;
  }
  void* base_ = nullptr;
  std::size_t length_ = 0;
  std::size_t size_ = 0;
};

void read_text(std::string_view text, const std::string& name, KnowledgeGraph& graph, bool mapped,
               const JsonLdReadOptions& options) {
  if (options.chunks && read_in_chunks(text, name, graph, mapped, options)) return;
  if (options.stats) *options.stats = JsonLdReadStats{0, 0, true};
  read_sequentially(text, name, graph);
}

}  // namespace

void read_jsonld(std::istream& in, const std::string& name, KnowledgeGraph& graph) {
  read_jsonld(in, name, graph, JsonLdReadOptions{});
}

void read_jsonld_file(const std::filesystem::path& path, KnowledgeGraph& graph) {
  read_jsonld_file(path, graph, JsonLdReadOptions{});
}

void read_jsonld(std::istream& in, const std::string& name, KnowledgeGraph& graph, const JsonLdReadOptions& options) {
  std::string buffer;
  std::streambuf* sb = in.rdbuf();
  char chunk[1 << 16];
  for (std::streamsize n; (n = sb->sgetn(chunk, sizeof chunk)) > 0;) buffer.append(chunk, static_cast<std::size_t>(n));
  if (in.bad()) throw InputError(name + ": read error");
  const std::size_t size = buffer.size();
  buffer.append(kParsePadding, '\0');
  read_text(std::string_view(buffer).substr(0, size), name, graph, false, options);
}

void read_jsonld_file(const std::filesystem::path& path, KnowledgeGraph& graph, const JsonLdReadOptions& options) {
  if (path == "-") return read_jsonld(std::cin, "stdin", graph, options);
  const std::string name = path.string();
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) throw InputError(name + ": no such file");
  if (std::filesystem::is_directory(status)) throw InputError(name + ": is a directory, not a graph");
  if (const auto mapped = MappedFile::open(name)) return read_text(mapped->text(), name, graph, true, options);
  // Not mappable (empty, a pipe, /dev/stdin): read it.
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(name + ": cannot read (" + std::strerror(errno) + ")");
  read_jsonld(in, name, graph, options);
}

}  // namespace jaring
