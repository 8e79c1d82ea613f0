// Document memory for coreference: who was mentioned where, and what the text said of them.
#include <algorithm>

#include "analysis.h"
#include "jaring/lexicon.h"
#include "jaring/text.h"

namespace jaring::detail {

EntityRef DocState::unknown_entity(std::string_view name, EntityType type) {
  if (const EntityRef* known = unknown_by_name_.get(name)) return *known;
  const std::string slug = slugify(name);
  auto it = unknown_.find(slug);
  if (it == unknown_.end()) {
    Entity& e = doc_.entities.emplace_back();
    e.id = slug;
    e.name = name;
    e.type = type;
    it = unknown_.emplace(slug, &e).first;
  }
  return unknown_by_name_[name] = it->second;
}

EntityRef DocState::institution(const std::string& name, const std::string& kind, const EntityRef& parent) {
  // An institution the lexicon already knows under this name keeps its id and QID.
  for (std::uint32_t i = 0; i < model_.lexicon.size(); ++i) {
    const EntityRef e = model_.lexicon.entity(i);
    if (e->type == EntityType::Organization && e->name == name) return e;
  }
  const std::string slug = slugify(name);
  auto it = unknown_.find(slug);
  if (it != unknown_.end()) return it->second;
  Entity& e = doc_.entities.emplace_back();
  e.id = slug;
  e.name = name;
  e.type = EntityType::Organization;
  e.kind = kind;
  e.part_of = parent ? parent->id : "";
  return unknown_.emplace(slug, &e).first->second;
}

void DocState::mention(const EntityRef& e, std::size_t s, std::size_t pos, bool subject) {
  if (e) seen_.push_back({e, s, pos, subject});
}

void DocState::person_stand_in(const EntityRef& c, std::size_t s, std::size_t pos) {
  if (c) seen_.push_back({c, s, pos, false, true});
}

EntityRef DocState::recent(EntityType type, std::size_t s, std::size_t pos, const EntityRef& except,
                           std::size_t max_back) const {
  for (auto it = seen_.rbegin(); it != seen_.rend(); ++it) {
    if (it->sentence > s || (it->sentence == s && it->pos >= pos)) continue;
    if (s - it->sentence > max_back) break;
    if (it->entity->type != type) continue;
    if (except && it->entity->id == except->id) continue;
    return it->entity;
  }
  return nullptr;
}

EntityRef DocState::recent_any(std::initializer_list<EntityType> types, std::size_t s,
                               std::size_t pos, std::size_t max_back) const {
  for (auto it = seen_.rbegin(); it != seen_.rend(); ++it) {
    if (it->sentence > s || (it->sentence == s && it->pos >= pos)) continue;
    if (s - it->sentence > max_back) break;
    if (std::find(types.begin(), types.end(), it->entity->type) != types.end()) return it->entity;
  }
  return nullptr;
}

EntityRef DocState::previous_subject_person(std::size_t s) const {
  std::size_t sentence = static_cast<std::size_t>(-1);
  EntityRef first;
  std::size_t first_pos = 0;
  for (auto it = seen_.rbegin(); it != seen_.rend(); ++it) {
    if (it->sentence >= s || it->entity->type != EntityType::Person) continue;
    if (sentence == static_cast<std::size_t>(-1)) sentence = it->sentence;
    if (it->sentence != sentence) break;
    if (!first || it->pos <= first_pos) first = it->entity, first_pos = it->pos;
  }
  if (sentence != static_cast<std::size_t>(-1) && s - sentence > 2) return nullptr;
  return first;
}

std::vector<EntityRef> DocState::salient(EntityType type, std::size_t s, std::size_t pos, std::size_t n,
                                         const std::vector<EntityRef>& here) const {
  // Count mentions in the current and previous three sentences, recent ones weighing more.
  // Ties go to the actor named first (`Iran dan Arab Saudi ... ditengahi Tiongkok`): the
  // subjects of a sentence come before the actors of its adjuncts.
  struct Score {
    double weight = 0.0;
    std::size_t order = 0;
    EntityRef entity;
  };
  std::map<std::string, Score> score;
  const auto add = [&](const EntityRef& e, double weight) {
    auto [it, added] = score.try_emplace(e->id);
    if (added) it->second.order = score.size(), it->second.entity = e;
    it->second.weight += weight;
  };
  for (const Seen& seen : seen_) {
    if (seen.sentence > s || (seen.sentence == s && seen.pos >= pos)) continue;
    const bool typed = seen.entity->type == type || (type == EntityType::Person && seen.person);
    if (s - seen.sentence > 3 || !typed) continue;
    add(seen.entity, 1.0 / (1.0 + static_cast<double>(s - seen.sentence)));
  }
  for (const EntityRef& e : here) add(e, 1.0);
  std::vector<Score> ranked;
  for (auto& [id, v] : score) ranked.push_back(v);
  std::sort(ranked.begin(), ranked.end(), [](const Score& a, const Score& b) {
    return a.weight != b.weight ? a.weight > b.weight : a.order < b.order;
  });
  std::vector<EntityRef> out;
  for (std::size_t i = 0; i < ranked.size() && i < n; ++i) out.push_back(ranked[i].entity);
  if (out.size() < n) out.clear();
  return out;
}

EntityRef DocState::person_by_part(const std::string& part) const {
  const auto* persons = person_parts_.get(part);
  if (!persons || persons->size() != 1) return nullptr;  // ambiguous: no guess
  return persons->front();
}

void DocState::add_person_parts(const EntityRef& person) {
  // The prescan adds a person at every full mention: tokenizing the name again each time
  // was a tenth of the prescan. (The same entity is the same pointer: lexicon entities
  // are unique, and unknown_entity() gives one entity per name.)
  const auto at = std::lower_bound(persons_added_.begin(), persons_added_.end(), person.get());
  if (at != persons_added_.end() && *at == person.get()) return;
  persons_added_.insert(at, person.get());
  // The name's first and last words, as name_tokens() keys them.
  const std::vector<Token> parts = tokenize(person->name, Span{0, person->name.size()});
  if (parts.size() < 2) return;
  for (const Token* part : {&parts.front(), &parts.back()}) {
    auto& list = person_parts_[part->norm];
    if (std::none_of(list.begin(), list.end(), [&](const EntityRef& e) { return e->id == person->id; }))
      list.push_back(person);
  }
}

void DocState::affiliate(const EntityRef& person, const EntityRef& country, const Title* title) {
  if (!person || !country) return;
  affiliations_[person->id] = country->id;
  if (title) titles_[person->id] = title;
}

std::string_view DocState::affiliation(const EntityRef& person) const {
  const auto it = affiliations_.find(person->id);
  if (it != affiliations_.end()) return it->second;
  for (const Fact* f : model_.lexicon.facts_of(person->id))
    if ((f->relation == "official_of" || f->relation == "leader_of") && f->holds_on(doc_.date))
      return f->object;
  return {};
}

bool DocState::holds(const EntityRef& person, const std::string& country_id, const Title& title) const {
  const auto matches = [&](const std::string& role, const std::string& relation) {
    return role == title.role || (title.role == "leader" && relation == "leader_of");
  };
  if (affiliation(person) != country_id) return false;
  if (const auto it = titles_.find(person->id); it != titles_.end())
    return matches(it->second->role, it->second->relation);
  for (const Fact* f : model_.lexicon.facts_of(person->id))
    if (f->object == country_id && f->holds_on(doc_.date) && matches(f->role, f->relation)) return true;
  return false;
}

EntityRef DocState::official_of(const EntityRef& country, std::size_t s, std::size_t pos, const Title* title) const {
  for (auto it = seen_.rbegin(); it != seen_.rend(); ++it) {
    if (it->sentence > s || (it->sentence == s && it->pos >= pos)) continue;
    if (it->entity->type != EntityType::Person || affiliation(it->entity) != country->id) continue;
    if (!title || holds(it->entity, country->id, *title)) return it->entity;
  }
  return nullptr;
}

EntityRef DocState::previous_first(std::initializer_list<EntityType> types, std::size_t s) const {
  std::size_t sentence = npos;
  EntityRef first;
  std::size_t first_pos = 0;
  for (auto it = seen_.rbegin(); it != seen_.rend(); ++it) {
    if (it->sentence >= s || std::find(types.begin(), types.end(), it->entity->type) == types.end()) continue;
    if (sentence == npos) sentence = it->sentence;
    if (it->sentence != sentence) break;
    if (!first || it->pos <= first_pos) first = it->entity, first_pos = it->pos;
  }
  if (sentence != npos && s - sentence > 2) return nullptr;
  return first;
}

EntityRef DocState::claimant(std::size_t s, std::size_t max_back) const {
  for (auto it = claims_.rbegin(); it != claims_.rend(); ++it)
    if (it->second < s && s - it->second <= max_back) return it->first;
  return nullptr;
}

}  // namespace jaring::detail
