// Loading relation frames from data/frames/<lang>.tsv.
#include <algorithm>
#include <set>

#include "jaring/error.h"
#include "jaring/frames.h"
#include "jaring/grammar.h"
#include "jaring/lexicon.h"
#include "jaring/tsv.h"

namespace jaring {
namespace fs = std::filesystem;

namespace {

std::vector<ArgSpec> parse_args(const TsvFile& f, const TsvFile::Row& row, std::string_view column) {
  std::vector<ArgSpec> specs;
  for (std::string_view item : split_list(f.get(row, column))) {
    ArgSpec spec;
    if (item == "agent") spec.slot = Slot::Agent;
    else if (item == "direct") spec.slot = Slot::Direct;
    else if (item == "poss") spec.slot = Slot::Poss;
    else if (item == "pair") spec.slot = Slot::Pair;
    else if (item == "purpose") spec.slot = Slot::Purpose;
    else if (item == "clause") spec.slot = Slot::Clause;
    else {
      spec.slot = Slot::Prep;
      for (std::string_view p : split_list(item, '|')) {
        const std::vector<std::string> toks = name_tokens(p);
        if (toks.size() != 1)
          f.fail(row.line, std::string(column) + ": preposition '" + std::string(p) + "' must be one word");
        spec.preps.push_back(toks[0]);
      }
      if (spec.preps.empty()) f.fail(row.line, std::string(column) + ": empty preposition list");
    }
    specs.push_back(std::move(spec));
  }
  return specs;
}

struct Generated {
  std::string form;
  Voice voice;
  bool headline_only = false;
};

std::vector<Generated> generate(const TsvFile& f, const TsvFile::Row& row, const std::string& lang,
                                const std::string& lemma, bool& noun) {
  std::vector<Generated> out;
  noun = false;
  for (std::string_view item_view : split_list(f.require(row, "forms"))) {
    const std::string item(item_view);
    if (item.front() == '=') {  // a literal form, optionally /passive or /noun
      std::string form = item.substr(1);
      Voice voice = Voice::Active;
      if (const auto slash = form.find('/'); slash != std::string::npos) {
        const std::string tag = form.substr(slash + 1);
        form.resize(slash);
        if (tag == "passive") voice = Voice::Passive;
        else if (tag == "noun") voice = Voice::Nominal;
        else f.fail(row.line, "form tag '/" + tag + "' must be /passive or /noun");
      }
      if (voice == Voice::Nominal) noun = true;
      out.push_back({form, voice});
    } else if (item == "noun") {
      noun = true;
      out.push_back({lemma, Voice::Nominal});
      if (lang == "en") out.push_back({inflect_en_verb(lemma)[1], Voice::Nominal});  // plural
    } else if (item == "verb" && lang == "en") {
      for (const std::string& form : inflect_en_verb(lemma)) out.push_back({form, Voice::Active});
    } else if (item == "root") {
      out.push_back({lemma, Voice::Active});
    } else if (lang == "id") {
      const std::string form = inflect_id(lemma, item);
      if (form.empty()) f.fail(row.line, "unknown affix pattern '" + item + "'");
      const Voice voice = voice_of_id_pattern(item);
      if (voice == Voice::Nominal) noun = true;
      out.push_back({form, voice});
      // Headlines drop the prefix: `Menlu ASEAN Desak Tiongkok` (mendesak).
      if (item.starts_with("meN-") && lemma.find(' ') == std::string::npos) out.push_back({lemma, Voice::Active, true});
    } else {
      f.fail(row.line, "unknown form '" + item + "' (use verb, noun, root, =literal)");
    }
  }
  // A frame is either verbal or nominal: mixing them would give one argument structure to both.
  const bool any_noun = std::any_of(out.begin(), out.end(), [](const Generated& g) { return g.voice == Voice::Nominal; });
  const bool any_verb = std::any_of(out.begin(), out.end(), [](const Generated& g) { return g.voice != Voice::Nominal; });
  if (any_noun && any_verb) f.fail(row.line, "forms mix nominal and verbal forms; split them into two rows");
  return out;
}

}  // namespace

FrameSet FrameSet::load(const fs::path& data_dir, const std::vector<std::string>& relations) {
  FrameSet set;
  const fs::path dir = data_dir / "frames";
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.path().extension() == ".tsv") files.push_back(entry.path());
  if (ec) throw DataError(dir.string() + ": cannot list frame files");
  std::sort(files.begin(), files.end());
  StringMap<std::uint32_t> known;
  for (std::size_t i = 0; i < relations.size(); ++i) known[relations[i]] = static_cast<std::uint32_t>(i);

  if (files.size() > 255) throw DataError(dir.string() + ": more than 255 languages of frames");
  for (const fs::path& path : files) {
    const std::string lang = path.stem().string();
    const auto lang_index = static_cast<std::uint8_t>(set.languages_.size());
    set.languages_.push_back(lang);
    const TsvFile f = TsvFile::read(path, "jaring-frames", 1,
                                    {"relation", "trigger", "forms", "subject", "object", "theme"},
                                    {"relation", "trigger", "forms", "subject", "object"});
    for (const auto& row : f.rows()) {
      Frame frame;
      frame.relation = f.require(row, "relation");
      const std::uint32_t* relation_index = known.get(frame.relation);
      if (!relation_index) f.fail(row.line, "relation '" + frame.relation + "' is not in relations.tsv");
      frame.relation_index = *relation_index;
      frame.lang = lang;
      frame.lemma = f.require(row, "trigger");
      frame.subject = parse_args(f, row, "subject");
      frame.object = parse_args(f, row, "object");
      if (frame.subject.empty()) f.fail(row.line, "empty 'subject'");
      if (frame.object.empty()) f.fail(row.line, "empty 'object'");
      frame.theme = f.get(row, "theme");
      frame.theme_class = frame.theme.empty() ? 0 : Grammar::class_named(frame.theme);
      if (!frame.theme.empty() && !frame.theme_class) f.fail(row.line, "unknown theme class '" + frame.theme + "'");
      frame.file = path.string();
      frame.line = row.line;
      bool noun = false;
      const std::vector<Generated> forms = generate(f, row, lang, frame.lemma, noun);
      frame.noun = noun;
      const auto index = static_cast<std::uint32_t>(set.frames_.size());
      set.frames_.push_back(std::move(frame));
      std::set<std::string> seen;
      for (const Generated& g : forms) {
        if (!seen.insert(g.form + (g.headline_only ? "/h" : "")).second) continue;
        TriggerForm tf{name_tokens(g.form), g.voice, index, g.headline_only, lang_index,
                       !set.frames_.back().theme.empty()};
        if (tf.tokens.empty()) f.fail(row.line, "empty form");
        set.by_first_[tf.tokens.front()].push_back(std::move(tf));
        ++set.form_count_;
      }
    }
  }
  for (auto& [key, list] : set.by_first_)
    std::stable_sort(list.begin(), list.end(), [](const TriggerForm& a, const TriggerForm& b) {
      return a.tokens.size() > b.tokens.size();
    });
  return set;
}

int FrameSet::language_index(std::string_view lang) const {
  for (std::size_t i = 0; i < languages_.size(); ++i)
    if (languages_[i] == lang) return static_cast<int>(i);
  return -1;
}

const std::vector<TriggerForm>* FrameSet::forms_starting(std::string_view norm) const {
  return by_first_.get(norm);
}

}  // namespace jaring
