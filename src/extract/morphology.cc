// Generating inflected trigger forms from roots, so frames list `dukung` once and match
// mendukung, didukung, dukungan, ... The rules are the regular ones of Indonesian meN-
// and peN- nasal assimilation and of English verb inflection; irregular forms are
// written out in the frame files instead.
#include <algorithm>

#include "jaring/frames.h"

namespace jaring {
namespace {

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

int vowel_groups(const std::string& s) {
  int groups = 0;
  bool in_vowel = false;
  for (char c : s) {
    const bool v = vowel(c);
    if (v && !in_vowel) ++groups;
    in_vowel = v;
  }
  return groups;
}

// meN- / peN-: `base` is "me" or "pe".
std::string nasal(const std::string& base, const std::string& stem, const std::string& root) {
  if (stem.empty()) return {};
  if (vowel_groups(root) == 1) return base + "nge" + stem;  // mengebom, pengeboman
  const char c0 = stem[0];
  const char c1 = stem.size() > 1 ? stem[1] : '\0';
  if (vowel(c0)) return base + "ng" + stem;
  switch (c0) {
    case 'b': case 'f': case 'v':
      return base + "m" + stem;
    case 'p':
      return vowel(c1) ? base + "m" + stem.substr(1) : base + "m" + stem;  // memukul, memprotes
    case 'd': case 'c': case 'j': case 'z':
      return base + "n" + stem;
    case 't':
      return vowel(c1) ? base + "n" + stem.substr(1) : base + "n" + stem;  // menolak, mentransfer
    case 's':
      if (c1 == 'y') return base + "n" + stem;
      return vowel(c1) ? base + "ny" + stem.substr(1) : base + "n" + stem;  // menyerang
    case 'k':
      if (c1 == 'h') return base + "ng" + stem;
      return vowel(c1) ? base + "ng" + stem.substr(1) : base + "ng" + stem;  // mengirim, mengkritik
    case 'g': case 'h':
      return base + "ng" + stem;
    default:  // l m n r w y (ny, ng)
      return base + stem;
  }
}

}  // namespace

std::string inflect_id(const std::string& root, const std::string& pattern) {
  const std::size_t dash = pattern.find('-');
  if (dash == std::string::npos || root.empty()) return {};
  const std::string prefix = pattern.substr(0, dash);
  const std::string suffix = pattern.substr(dash + 1);
  if (!suffix.empty() && suffix != "kan" && suffix != "i" && suffix != "an") return {};
  const std::string stem = root + suffix;
  if (prefix.empty()) return suffix.empty() ? std::string{} : stem;
  if (prefix == "meN") return nasal("me", stem, root);
  if (prefix == "peN") return suffix == "an" ? nasal("pe", stem, root) : std::string{};
  if (prefix == "ber") return (stem[0] == 'r' ? "be" : "ber") + stem;
  // per- loses its r before a root in r, as ber- does (runding -> perundingan).
  if (prefix == "per") return suffix == "an" ? (stem[0] == 'r' ? "pe" : "per") + stem : std::string{};
  if (prefix == "pe" || prefix == "ke")
    return suffix == "an" ? prefix + stem : std::string{};
  if (prefix == "di" || prefix == "ter" || prefix == "memper" || prefix == "diper") return prefix + stem;
  return {};
}

Voice voice_of_id_pattern(const std::string& pattern) {
  if (pattern.ends_with("-an")) return Voice::Nominal;
  if (pattern.starts_with("di") || pattern.starts_with("ter")) return Voice::Passive;
  return Voice::Active;
}

std::vector<std::string> inflect_en_verb(const std::string& base) {
  if (base.empty()) return {};
  const char last = base.back();
  const char before = base.size() > 1 ? base[base.size() - 2] : '\0';
  std::string s, ed, ing;
  if (last == 'y' && !vowel(before)) {
    const std::string stem = base.substr(0, base.size() - 1);
    s = stem + "ies";
    ed = stem + "ied";
    ing = base + "ing";
  } else if (last == 'e') {
    s = base + "s";
    ed = base + "d";
    ing = (before == 'e') ? base + "ing" : base.substr(0, base.size() - 1) + "ing";
  } else {
    const bool sibilant = last == 's' || last == 'x' || last == 'z' ||
                          base.ends_with("sh") || base.ends_with("ch");
    s = base + (sibilant ? "es" : "s");
    // One syllable ending consonant-vowel-consonant doubles: ship -> shipped.
    const bool cvc = base.size() >= 3 && !vowel(last) && vowel(before) &&
                     !vowel(base[base.size() - 3]) && last != 'w' && last != 'x' && last != 'y';
    const std::string stem = (cvc && vowel_groups(base) == 1) ? base + last : base;
    ed = stem + "ed";
    ing = stem + "ing";
  }
  return {base, s, ed, ing};
}

}  // namespace jaring
