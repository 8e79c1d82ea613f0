#include "test_util.h"

#include <deque>

namespace jaring::test {

const Model& model() {
  static const Model m = [] {
    ModelOptions o;
    o.data_dir = JARING_TEST_DATA_DIR;
    return Model::load(o);
  }();
  return m;
}

std::vector<Triple> extract(const std::string& text, const std::string& date) {
  static const Extractor extractor(model());
  static std::deque<Document> documents;  // the owners of the triples' entities
  Document& doc = documents.emplace_back();
  doc.name = "test.txt";
  doc.text = text;
  doc.date = date;
  return extractor.extract(doc);
}

EntityRef keep(Entity e) {
  static std::deque<Entity> kept;
  return &kept.emplace_back(std::move(e));
}

EntityRef entity(const std::string& id, const std::string& name, EntityType type, const std::string& qid) {
  Entity e;
  e.id = id;
  e.name = name;
  e.type = type;
  e.qid = qid;
  return keep(std::move(e));
}

bool has(const std::vector<Triple>& triples, const std::string& subject, const std::string& relation,
         const std::string& object) {
  for (const Triple& t : triples)
    if (t.subject->name == subject && t.relation == relation && t.object->name == object && !t.evidence.negated)
      return true;
  return false;
}

}  // namespace jaring::test
