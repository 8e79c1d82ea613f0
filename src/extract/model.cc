#include "jaring/model.h"

#include "jaring/data_dir.h"
#include "jaring/error.h"
#include "jaring/tsv.h"

namespace jaring {

RelationSet RelationSet::load(const std::filesystem::path& file) {
  RelationSet set;
  const TsvFile f = TsvFile::read(file, "jaring-relations", 1,
                                  {"id", "symmetric", "cameo_root", "quad_class", "label", "description"},
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
