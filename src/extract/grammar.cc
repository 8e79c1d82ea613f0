#include "jaring/grammar.h"

#include <algorithm>
#include <utility>

#include "jaring/error.h"
#include "jaring/lexicon.h"
#include "jaring/tsv.h"

namespace jaring {
namespace fs = std::filesystem;

namespace {

constexpr std::pair<std::string_view, WordClass> kClassNames[] = {
    {"prep", kPrep},           {"conj", kConj},           {"or", kOr},
    {"rel", kRel},             {"comp", kComp},           {"neg", kNeg},
    {"future", kFuture},       {"possible", kPossible},   {"aux", kAux},
    {"adverb", kAdverb},       {"report", kReport},       {"control", kControl},
    {"purpose", kPurpose},     {"det", kDet},             {"quant", kQuant},
    {"pronperson", kPronPerson}, {"pronplural", kPronPlural}, {"pronthing", kPronThing},
    {"group", kGroup},         {"troops", kTroops},       {"weapons", kWeapons},
    {"agreement", kAgreement}, {"ties", kTies},           {"placenoun", kPlaceNoun},
    {"counterpart", kCounterpart}, {"copula", kCopula},   {"support", kSupport},
    {"verb", kVerb},           {"notverb", kNotVerb},     {"countrynoun", kCountryNoun},
    {"personnoun", kPersonNoun}, {"passiveaux", kPassiveAux}, {"agentprep", kAgentPrep},
    {"locprep", kLocPrep},     {"deny", kDeny},           {"both", kBoth},
    {"demonstrative", kDemonstrative}, {"possessed", kPossessed}, {"deepen", kDeepen},
    {"neighbor", kNeighbor},   {"titleword", kTitleWord}, {"temporal", kTemporal},
    {"subordinator", kSubordinator}, {"former", kFormer},  {"orgnoun", kOrgNoun},
    {"objcontrol", kObjControl}, {"timeprep", kTimePrep},  {"ofprep", kOfPrep},
    {"focus", kFocus},         {"between", kBetween},
    {"genitive", kGenitive},   {"time", kTimeWord},       {"eventprep", kEventPrep},
    {"commodity", kCommodity}, {"claim", kClaim},         {"guest", kGuest},
    {"side", kSide},           {"unlike", kUnlike},       {"pejorative", kPejorative},
    {"block", kBlock},         {"venue", kVenue},         {"civilian", kCivilian},
    {"mediate", kMediate},
    {"namehead", kNameHead},
};

}  // namespace

std::uint64_t Grammar::class_named(std::string_view name) {
  for (const auto& [n, c] : kClassNames)
    if (n == name) return c;
  return 0;
}

Grammar Grammar::load(const fs::path& data_dir) {
  Grammar g;
  const fs::path dir = data_dir / "grammar";
  std::error_code ec;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.path().extension() == ".tsv") files.push_back(entry.path());
  if (ec) throw DataError(dir.string() + ": cannot list grammar files");
  std::sort(files.begin(), files.end());
  for (const fs::path& path : files) {
    const TsvFile f = TsvFile::read(path, "jaring-grammar", 1, {"class", "word"}, {"class", "word"});
    auto& words = g.words_[path.stem().string()];
    for (const auto& row : f.rows()) {
      const std::string_view name = f.require(row, "class");
      const std::uint64_t c = class_named(name);
      if (!c) f.fail(row.line, "unknown word class '" + std::string(name) + "'");
      const std::vector<std::string> toks = name_tokens(f.require(row, "word"));
      if (toks.size() != 1) f.fail(row.line, "a grammar word must be a single token");
      words[toks[0]] |= c;
    }
  }
  return g;
}

const StringMap<std::uint64_t>* Grammar::words(std::string_view lang) const { return words_.get(lang); }

std::vector<std::string> Grammar::languages() const {
  std::vector<std::string> out;
  for (const auto& entry : words_) out.push_back(entry.first);
  return out;
}

std::uint64_t Grammar::classes(std::string_view lang, const std::string& norm) const {
  const StringMap<std::uint64_t>* words = words_.get(lang);
  if (!words) return 0;
  const std::uint64_t* classes = words->get(norm);
  return classes ? *classes : 0;
}

}  // namespace jaring
