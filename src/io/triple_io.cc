#include "jaring/triple_io.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdio>
#include <unordered_map>

#include "jaring/vocab.h"

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

// An actor's JSON is the same on every line it appears on, and the actors of a corpus
// are few against its triples: each is rendered once per thread and pasted in after.
// The cache holds the entity itself, so an address it is keyed by is never reused by
// another entity while cached; it is emptied when full (entities the extractor makes
// for unknown names come and go with documents).
class ActorCache {
 public:
  const std::string& json(const EntityRef& e) {
    if (const auto it = cache_.find(e.get()); it != cache_.end()) return it->second.second;
    if (cache_.size() >= kMaxEntries) cache_.clear();
    buf_.Clear();
    writer_.Reset(buf_);
    actor(writer_, *e);
    auto& slot = cache_[e.get()];
    slot = {e, std::string(buf_.GetString(), buf_.GetSize())};
    return slot.second;
  }

 private:
  static constexpr std::size_t kMaxEntries = 1 << 14;
  std::unordered_map<const Entity*, std::pair<EntityRef, std::string>> cache_;
  rapidjson::StringBuffer buf_;
  Writer writer_;
};

void raw(Writer& w, const std::string& json) { w.RawValue(json.data(), json.size(), rapidjson::kObjectType); }

}  // namespace

void write_triple_jsonl(const Triple& t, std::ostream& out) {
  // One buffer and writer per thread, reused: a fresh pair allocated and grew its stacks
  // for every line, a good part of `extract`'s output time.
  thread_local rapidjson::StringBuffer buf;
  thread_local Writer w;
  thread_local ActorCache actors;
  buf.Clear();
  w.Reset(buf);
  const Evidence& e = t.evidence;
  w.StartObject();
  str(w, "doc");
  str(w, e.doc);
  str(w, "sentence");
  w.Uint64(e.sentence);
  str(w, "span");
  w.StartArray();
  w.Uint64(e.span.begin);
  w.Uint64(e.span.end);
  w.EndArray();
  str(w, "text");
  str(w, e.text);
  str(w, "subject");
  raw(w, actors.json(t.subject));
  str(w, "relation");
  str(w, t.relation);
  str(w, "object");
  raw(w, actors.json(t.object));
  str(w, "negated");
  w.Bool(e.negated);
  str(w, "modality");
  str(w, to_string(e.modality));
  str(w, "confidence");
  // Three decimals: stable text, no binary noise (0.85 rather than 0.8499999).
  const std::string conf = vocab::decimal(e.confidence);
  w.RawValue(conf.data(), conf.size(), rapidjson::kNumberType);
  str(w, "trigger");
  str(w, e.trigger);
  if (!e.attributed_to.empty()) {
    str(w, "attributed_to");
    str(w, e.attributed_to);
  }
  w.EndObject();
  out.write(buf.GetString(), static_cast<std::streamsize>(buf.GetSize()));
  out.put('\n');
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
