#include "jaring/triple_io.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdio>

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

}  // namespace

void write_triple_jsonl(const Triple& t, std::ostream& out) {
  // One buffer and writer per thread, reused: a fresh pair allocated and grew its stacks
  // for every line, a good part of `extract`'s output time.
  thread_local rapidjson::StringBuffer buf;
  thread_local Writer w;
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
  actor(w, *t.subject);
  str(w, "relation");
  str(w, t.relation);
  str(w, "object");
  actor(w, *t.object);
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
