// The JSON Lines writer escapes strings itself (for speed); these tests hold it to what
// RapidJSON's Writer produces and to what a JSON parser reads back.
#include <doctest/doctest.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "jaring/triple_io.h"

namespace jaring {
namespace {

std::string rapidjson_string(const std::string& s) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  return std::string(buf.GetString(), buf.GetSize());
}

Triple triple_with_text(const std::string& text) {
  // Kept for the whole test run, as a lexicon keeps its entities.
  static const Entity e = [] {
    Entity k;
    k.id = "north_korea";
    k.name = "North \"Korea\"";
    k.type = EntityType::Country;
    k.aliases = {"DPRK", "Korea\\Utara"};
    return k;
  }();
  Triple t;
  t.subject = &e;
  t.object = &e;
  t.relation = "supports";
  t.evidence.doc = "dir/a\tb.txt";
  t.evidence.sentence = 12;
  t.evidence.span = {100, 100 + text.size()};
  t.evidence.text = text;
  t.evidence.trigger = "mendukung";
  t.evidence.confidence = 0.85;
  return t;
}

std::string jsonl(const Triple& t) {
  std::ostringstream out;
  write_triple_jsonl(t, out);
  return out.str();
}

}  // namespace

TEST_CASE("jsonl: every string is escaped as RapidJSON escapes it, at any offset") {
  // Every byte that needs escaping, among text long enough to be scanned 8 bytes at a
  // time, at each position of an 8-byte word.
  std::string specials;
  for (int c = 0; c < 0x20; ++c) specials += static_cast<char>(c);
  specials += "\"\\/\x7f";
  specials += "Pyongyang–Moskow “aliansi” é 한국";
  for (std::size_t shift = 0; shift < 9; ++shift) {
    const std::string text = std::string(shift, 'x') + "Korea Utara mendukung Rusia. " + specials + " akhir";
    const std::string line = jsonl(triple_with_text(text));
    REQUIRE(!line.empty());
    CHECK(line.back() == '\n');
    CHECK(line.find('\n') == line.size() - 1);  // one line: no raw newline inside
    CHECK(line.find("\"text\":" + rapidjson_string(text)) != std::string::npos);
    CHECK(line.find("\"doc\":" + rapidjson_string("dir/a\tb.txt")) != std::string::npos);

    rapidjson::Document doc;
    doc.Parse(line.data(), line.size() - 1);
    REQUIRE_FALSE(doc.HasParseError());
    CHECK(std::string(doc["text"].GetString(), doc["text"].GetStringLength()) == text);
    CHECK(std::string(doc["subject"]["name"].GetString()) == "North \"Korea\"");
    CHECK(std::string(doc["subject"]["aliases"][1].GetString()) == "Korea\\Utara");
    CHECK(doc["sentence"].GetUint64() == 12);
    CHECK(doc["span"][1].GetUint64() == 100 + text.size());
    CHECK(doc["confidence"].GetDouble() == doctest::Approx(0.85));
    CHECK(doc["negated"].IsFalse());
    CHECK(std::string(doc["modality"].GetString()) == "asserted");
    CHECK_FALSE(doc.HasMember("attributed_to"));
  }
}

TEST_CASE("jsonl: optional members and flags") {
  Triple t = triple_with_text("Rusia tidak akan mendukung Korea Utara, kata KCNA.");
  t.evidence.negated = true;
  t.evidence.modality = Modality::Future;
  t.evidence.attributed_to = "KCNA";
  t.evidence.confidence = 0.5;
  const std::string line = jsonl(t);
  rapidjson::Document doc;
  doc.Parse(line.data(), line.size() - 1);
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(doc["negated"].IsTrue());
  CHECK(std::string(doc["modality"].GetString()) == "future");
  CHECK(std::string(doc["attributed_to"].GetString()) == "KCNA");
  CHECK(line.find("\"confidence\":0.5,") != std::string::npos);
}

TEST_CASE("jsonl: a writer's cached actors read as each one rendered alone, however many") {
  // Lexicon entities are rendered once per writer and pasted after: a thousand of them
  // (the cache grows several times), each written twice by one writer, must give the
  // lines a new writer gives, and the one-off entities of a document must too.
  std::vector<std::unique_ptr<Entity>> entities;
  for (int i = 0; i < 1000; ++i) {
    auto e = std::make_unique<Entity>();
    e->id = "actor_" + std::to_string(i);
    e->name = "Actor " + std::to_string(i);
    e->type = i % 2 ? EntityType::Person : EntityType::Organization;
    e->aliases = {"A" + std::to_string(i)};
    e->from_lexicon = i % 10 != 0;
    entities.push_back(std::move(e));
  }
  JsonlTripleWriter shared;
  for (int round = 0; round < 2; ++round)
    for (std::size_t i = 0; i < entities.size(); ++i) {
      Triple t = triple_with_text("Actor meets actor.");
      t.subject = entities[i].get();
      t.object = entities[(i * 7 + 3) % entities.size()].get();
      std::ostringstream mine, alone;
      shared.write(t, mine);
      JsonlTripleWriter().write(t, alone);
      REQUIRE(mine.str() == alone.str());
    }
}

}  // namespace jaring
