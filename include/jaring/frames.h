// Relation frames: which words state which relation, and where their arguments are.
//
// Frames are data (data/frames/<lang>.tsv, documented in data/frames/README.md). A frame
// names a relation, a trigger lemma and the forms to generate from it (Indonesian affixes
// such as meN-kan, di-kan, ber-, peN-an, with nasal assimilation; English inflections),
// and how the subject and object are realized (`direct` object, a preposition such as
// `ke`, the possessor `poss`, the `pair` of a compound or coordination, ...).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "jaring/string_map.h"

namespace jaring {

enum class Voice : std::uint8_t { Active, Passive, Nominal };

/// How an argument is realized around the trigger.
enum class Slot : std::uint8_t {
  Agent,    // the clause subject (active) or the `oleh`/`by` phrase (passive)
  Direct,   // the noun phrase right after the verb
  Prep,     // a phrase introduced by one of `preps`
  Poss,     // the possessor: `kunjungan Lavrov`, `Russia's war`, `sekutu Moskow`
  Pair,     // both members of a compound or coordination: `aliansi X-Y`, `X dan Y bertemu`
  Purpose,  // the object of a purpose clause: `mengirim tentara untuk membantu X`
  Clause,   // for nouns: the subject of the clause the noun sits in (`X melakukan kunjungan`)
};

struct ArgSpec {
  Slot slot = Slot::Direct;
  std::vector<std::string> preps;  // for Slot::Prep: normalized prepositions
};

struct Frame {
  std::string relation;
  /// Where `relation` is in the ids given to FrameSet::load (for a Model's frames, its
  /// place in RelationSet::all()): the relation search reads the relation of every frame
  /// it binds, and this saves looking its id up.
  std::uint32_t relation_index = 0;
  std::string lang;
  std::string lemma;
  bool noun = false;                 // a nominal trigger (dukungan, visit)
  std::vector<ArgSpec> subject;      // alternatives, tried in order
  std::vector<ArgSpec> object;
  std::string theme;                 // word class the direct object must contain (troops)
  std::uint64_t theme_class = 0;     // that class's bit (Grammar::class_named), 0 without one
  std::size_t line = 0;              // where it was defined, for messages
  std::string file;
};

/// One surface form of a trigger and the frame it belongs to.
struct TriggerForm {
  std::vector<std::string> tokens;   // normalized; several for `bekerja sama`
  Voice voice = Voice::Active;
  std::uint32_t frame = 0;
  bool headline_only = false;        // a bare root (`Desak`): a verb only in headlines
  // Of the frame, kept with the form: the relation search asks them of every form it
  // tries, and the frame is a record of strings elsewhere.
  std::uint8_t lang = 0;             // FrameSet::language_index() of the frame's language
  bool themed = false;               // the frame has a theme
};

/// Every frame of every language, indexed by the first token of each form.
class FrameSet {
 public:
  /// Loads data_dir/frames/<lang>.tsv for every file there; `relations` are the valid ids.
  static FrameSet load(const std::filesystem::path& data_dir,
                       const std::vector<std::string>& relations);

  const std::vector<Frame>& frames() const { return frames_; }
  /// The number of `lang` in TriggerForm::lang, or -1 when no frame file is in `lang`.
  int language_index(std::string_view lang) const;
  const Frame& frame(std::uint32_t i) const { return frames_[i]; }
  /// Forms whose first token is `norm`, longest first.
  const std::vector<TriggerForm>* forms_starting(std::string_view norm) const;
  std::size_t form_count() const { return form_count_; }
  /// Every form, by its first token (forms_starting() of each key).
  const StringMap<std::vector<TriggerForm>>& forms_by_first_token() const { return by_first_; }

 private:
  std::vector<Frame> frames_;
  std::vector<std::string> languages_;  // by TriggerForm::lang
  StringMap<std::vector<TriggerForm>> by_first_;
  std::size_t form_count_ = 0;
};

/// Indonesian inflection of `root` by an affix pattern: meN-, meN-kan, meN-i, di-,
/// di-kan, di-i, ber-, ber-kan, ter-, memper-, memper-kan, memper-i, diper-, diper-kan,
/// diper-i, -kan, -i, -an, peN-an, per-an, pe-an, ke-an. Returns "" for an unknown pattern.
std::string inflect_id(const std::string& root, const std::string& pattern);

/// The voice an Indonesian affix pattern gives (di-/ter-/diper- passive, -an nominal).
Voice voice_of_id_pattern(const std::string& pattern);

/// English forms of a regular verb: base, 3rd person -s, past/participle -ed, -ing.
std::vector<std::string> inflect_en_verb(const std::string& base);

}  // namespace jaring
