#include "jaring/triple_io.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "jaring/vocab.h"
#include "json_bytes.h"

namespace jaring {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void str(Writer& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

void actor(Writer& w, const Entity& e) {
  w.StartObject();
  str(w, "name");
  str(w, e.name);
  str(w, "type");
  str(w, to_string(e.type));
  str(w, "id");
  str(w, e.id);
  if (!e.qid.empty()) {
    str(w, "qid");
    str(w, e.qid);
  }
  str(w, "aliases");
  w.StartArray();
  for (const std::string& a : e.aliases) str(w, a);
  w.EndArray();
  w.EndObject();
}

}  // namespace

// An actor's JSON is the same on every line it appears on, and the actors of a corpus
// are few against its triples: a lexicon entity is rendered once per writer and pasted
// in after, keyed by its address (the lexicon outlives the writer, so no address is
// reused while cached). Entities the extractor makes for one document come and go with
// it and are rendered every time: they are few.
//
// The cache is an open-addressing table of addresses into one string of rendered JSON:
// std::unordered_map's division by a prime and its node per actor were 1.5% of `extract`.
// A view json() returns lasts until its next call.
class JsonlTripleWriter::ActorCache {
 public:
  std::string_view json(const Entity& e) {
    if (!e.from_lexicon) return render(e);
    if (2 * (used_ + 1) > slots_.size()) grow();
    std::size_t s = home(&e);
    for (; slots_[s].entity; s = (s + 1) & (slots_.size() - 1))
      if (slots_[s].entity == &e) return text(slots_[s]);
    const std::string_view rendered = render(e);
    slots_[s] = {&e, pool_.size(), rendered.size()};
    pool_ += rendered;
    ++used_;
    return text(slots_[s]);
  }

 private:
  struct Slot {
    const Entity* entity = nullptr;
    std::size_t offset = 0, size = 0;  // in pool_
  };

  std::size_t home(const Entity* e) const {
    const auto bits = static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(e));
    return static_cast<std::size_t>(((bits >> 4) * 0x9E3779B97F4A7C15ull) >> 40) & (slots_.size() - 1);
  }
  std::string_view text(const Slot& slot) const { return std::string_view(pool_).substr(slot.offset, slot.size); }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : 2 * old.size(), Slot{});
    for (const Slot& slot : old) {
      if (!slot.entity) continue;
      std::size_t s = home(slot.entity);
      while (slots_[s].entity) s = (s + 1) & (slots_.size() - 1);
      slots_[s] = slot;
    }
  }

  std::string_view render(const Entity& e) {
    buf_.Clear();
    writer_.Reset(buf_);
    actor(writer_, e);
    return {buf_.GetString(), buf_.GetSize()};
  }

  std::vector<Slot> slots_;
  std::size_t used_ = 0;
  std::string pool_;  // the JSON of every cached actor, end to end
  rapidjson::StringBuffer buf_;
  Writer writer_;
};

namespace {

// A literal's bytes, its length known here: the line is some thirty pieces, and a
// character or C string appended is a call with a length to work out.
template <std::size_t N>
void put(std::string& out, const char (&literal)[N]) {
  out.append(literal, N - 1);
}

// `s` as a JSON string (json_bytes::write_string), at the end of `out`.
void append_string(std::string& out, std::string_view s) {
  json_bytes::write_string(s, [&out](const char* p, std::size_t n) { out.append(p, n); });
}

void append_number(std::string& out, std::size_t n) {
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
  out.append(digits, static_cast<std::size_t>(end - digits));
}

}  // namespace

JsonlTripleWriter::JsonlTripleWriter() : actors_(std::make_unique<ActorCache>()) {}

JsonlTripleWriter::~JsonlTripleWriter() = default;

void write_triple_jsonl(const Triple& t, std::ostream& out) { JsonlTripleWriter().write(t, out); }

void JsonlTripleWriter::write(const Triple& t, std::ostream& out) {
  line_.clear();  // reused from line to line
  append(t, line_);
  out.write(line_.data(), static_cast<std::streamsize>(line_.size()));
}

void JsonlTripleWriter::append(const Triple& t, std::string& line) {
  ActorCache& actors = *actors_;
  const Evidence& e = t.evidence;
  put(line, "{\"doc\":");
  append_string(line, e.doc);
  put(line, ",\"sentence\":");
  append_number(line, e.sentence);
  put(line, ",\"span\":[");
  append_number(line, e.span.begin);
  put(line, ",");
  append_number(line, e.span.end);
  put(line, "],\"text\":");
  append_string(line, e.text);
  put(line, ",\"subject\":");
  line += actors.json(*t.subject);
  put(line, ",\"relation\":");
  append_string(line, t.relation);
  put(line, ",\"object\":");
  line += actors.json(*t.object);
  if (e.negated) put(line, ",\"negated\":true,\"modality\":");
  else put(line, ",\"negated\":false,\"modality\":");
  append_string(line, to_string(e.modality));
  // Three decimals: stable text, no binary noise (0.85 rather than 0.8499999).
  put(line, ",\"confidence\":");
  line += vocab::decimal(e.confidence);
  put(line, ",\"trigger\":");
  append_string(line, e.trigger);
  if (!e.attributed_to.empty()) {
    put(line, ",\"attributed_to\":");
    append_string(line, e.attributed_to);
  }
  put(line, "}\n");
}

void write_triple_text(const Triple& t, std::ostream& out) {
  const Evidence& e = t.evidence;
  out << t.subject->name << " --" << t.relation << "--> " << t.object->name << "  [" << e.doc << ":"
      << e.sentence << "]";
  std::string notes;
  if (e.negated) notes += "negated";
  if (e.modality != Modality::Asserted) notes += (notes.empty() ? "" : ", ") + std::string(to_string(e.modality));
  if (!e.attributed_to.empty()) notes += (notes.empty() ? "" : ", ") + ("per " + e.attributed_to);
  if (!notes.empty()) out << " (" << notes << ")";
  out << '\n';
}

void write_triple_tsv(const Triple& t, std::ostream& out) {
  const Evidence& e = t.evidence;
  std::string text = e.text;
  for (char& ch : text)
    if (ch == '\t' || ch == '\n' || ch == '\r') ch = ' ';
  out << t.subject->name << '\t' << t.relation << '\t' << t.object->name << '\t' << e.doc << '\t'
      << e.sentence << '\t' << (e.negated ? "negated" : "") << '\t' << to_string(e.modality) << '\t'
      << vocab::decimal(e.confidence) << '\t' << text << '\n';
}

}  // namespace jaring
