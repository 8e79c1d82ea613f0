#include "jaring/model.h"

#include <algorithm>

#include "jaring/data_dir.h"
#include "jaring/error.h"
#include "jaring/tsv.h"

namespace jaring {

namespace {

bool allows(const std::vector<EntityType>& types, EntityType t) {
  return types.empty() || std::find(types.begin(), types.end(), t) != types.end();
}

std::vector<EntityType> parse_types(const TsvFile& f, const TsvFile::Row& row, std::string_view column) {
  std::vector<EntityType> out;
  for (std::string_view name : split_list(f.get(row, column), '|')) {
    const auto t = parse_entity_type(name);
    if (!t) f.fail(row.line, std::string(column) + ": '" + std::string(name) + "' is not an entity type");
    out.push_back(*t);
  }
  return out;
}

}  // namespace

bool Relation::allows_subject(EntityType t) const { return allows(subject_types, t); }
bool Relation::allows_object(EntityType t) const { return allows(object_types, t); }

RelationSet RelationSet::load(const std::filesystem::path& file) {
  RelationSet set;
  const TsvFile f = TsvFile::read(file, "jaring-relations", 1,
                                  {"id", "symmetric", "cameo_root", "quad_class", "label", "description",
                                   "subject_types", "object_types"},
                                  {"id", "symmetric", "quad_class"});
  for (const auto& row : f.rows()) {
    Relation r;
    r.id = f.require(row, "id");
    const std::string_view sym = f.require(row, "symmetric");
    if (sym != "yes" && sym != "no") f.fail(row.line, "symmetric must be yes or no");
    r.symmetric = sym == "yes";
    r.cameo_root = f.get(row, "cameo_root");
    r.quad_class = f.require(row, "quad_class");
    r.label = f.get(row, "label");
    if (r.label.empty()) r.label = r.id;
    r.subject_types = parse_types(f, row, "subject_types");
    r.object_types = parse_types(f, row, "object_types");
    if (set.index_.count(r.id)) f.fail(row.line, "relation '" + r.id + "' listed twice");
    set.index_.emplace(r.id, set.relations_.size());
    set.relations_.push_back(std::move(r));
  }
  return set;
}

const Relation* RelationSet::find(std::string_view id) const {
  const auto it = index_.find(std::string(id));
  return it == index_.end() ? nullptr : &relations_[it->second];
}

std::vector<std::string> RelationSet::ids() const {
  std::vector<std::string> out;
  for (const Relation& r : relations_) out.push_back(r.id);
  return out;
}

Model Model::load(const ModelOptions& options) {
  const std::filesystem::path dir = find_data_dir(options.data_dir);
  RelationSet relations = RelationSet::load(dir / "relations.tsv");
  FrameSet frames = FrameSet::load(dir, relations.ids());
  return Model{dir,
               std::move(relations),
               TextData::load(dir),
               Lexicon::load(dir, options.lexicons),
               Grammar::load(dir),
               std::move(frames)};
}

}  // namespace jaring
