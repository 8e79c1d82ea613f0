// Evidence conditions: which records of an edge a pattern (or a graph command) counts.
#include <set>

#include "jaring/query.h"

namespace jaring {

namespace {

template <typename T>
bool compare(const T& a, EvidenceFilter::Op op, const T& b) {
  switch (op) {
    case EvidenceFilter::Op::Eq: return a == b;
    case EvidenceFilter::Op::Ne: return a != b;
    case EvidenceFilter::Op::Lt: return a < b;
    case EvidenceFilter::Op::Le: return a <= b;
    case EvidenceFilter::Op::Gt: return a > b;
    case EvidenceFilter::Op::Ge: return a >= b;
  }
  return false;
}

bool is_count(EvidenceFilter::Field f) {
  return f == EvidenceFilter::Field::Mentions || f == EvidenceFilter::Field::Documents;
}

bool record_passes(const EvidenceFilter::Condition& c, const Evidence& e) {
  switch (c.field) {
    case EvidenceFilter::Field::Confidence: return compare(e.confidence, c.op, c.number);
    // A date given as YYYY or YYYY-MM is a period: compare the record's date cut to the
    // same length, so that `date <= 2025-03` includes 2025-03-31. Undated records fail.
    case EvidenceFilter::Field::Date:
      return !e.date.empty() && compare(std::string_view(e.date).substr(0, c.text.size()), c.op, std::string_view(c.text));
    case EvidenceFilter::Field::Language: return compare(std::string_view(e.language), c.op, std::string_view(c.text));
    default: return true;  // counts are checked on the whole edge
  }
}

}  // namespace

EvidenceFilter EvidenceFilter::any() {
  EvidenceFilter f;
  f.polarity = Polarity::Any;
  f.modalities = kAllModalities;
  return f;
}

bool EvidenceFilter::accepts(const Evidence& e) const {
  if (polarity == Polarity::Affirmed && e.negated) return false;
  if (polarity == Polarity::Negated && !e.negated) return false;
  if ((modalities & modality_bit(e.modality)) == 0) return false;
  for (const Condition& c : conditions)
    if (!record_passes(c, e)) return false;
  return true;
}

std::vector<const Evidence*> EvidenceFilter::select(const EdgeData& edge) const {
  std::vector<const Evidence*> out;
  for (const Evidence& e : edge.evidence)
    if (accepts(e)) out.push_back(&e);
  if (out.empty()) return out;
  for (const Condition& c : conditions) {
    if (!is_count(c.field)) continue;
    std::size_t n = out.size();
    if (c.field == Field::Documents) {
      std::set<std::string_view> docs;
      for (const Evidence* e : out) docs.insert(e->doc);
      n = docs.size();
    }
    if (!compare(static_cast<double>(n), c.op, c.number)) return {};
  }
  return out;
}

bool EvidenceFilter::holds(const EdgeData& edge) const {
  // The common case, no count to check: the first accepted record decides.
  for (const Condition& c : conditions)
    if (is_count(c.field)) return !select(edge).empty();
  for (const Evidence& e : edge.evidence)
    if (accepts(e)) return true;
  return false;
}

}  // namespace jaring
