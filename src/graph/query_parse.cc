// The pattern language: a hand-written lexer and recursive-descent parser. The grammar
// (README, "Querying the graph"):
//
//   query      = pattern { "." pattern } { clause }
//   pattern    = term relation term [ "[" condition { "," condition } "]" ]
//   term       = ?var [ ":" Type { "|" Type } ] | "quoted name" | bare words
//   relation   = ?var [ ":" id { "|" id } ] | id { "|" id }
//   condition  = negated | hedged | any | field op value
//   clause     = SELECT [DISTINCT] ?var... | DISTINCT [?var...] | COUNT [BY ?var...]
//              | ORDER BY key [ASC|DESC] { [","] key [ASC|DESC] } | LIMIT n
#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <set>

#include "jaring/error.h"
#include "jaring/model.h"
#include "jaring/query.h"
#include "jaring/text.h"
#include "query_text.h"

namespace jaring {

namespace {

struct Token {
  enum class Kind : std::uint8_t { Variable, Quoted, Word, Punct, End };
  Kind kind = Kind::End;
  std::string text;        // variable without '?', unquoted string, word, or the punctuation
  std::size_t offset = 0;
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_ident(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }
// Characters that end a bare word. '.' ends one only before a space or the end (so
// "U.S" and "0.8" stay whole), see lex().
bool is_punct(char c) { return std::string_view("[],|:=!<>").find(c) != std::string_view::npos; }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  std::vector<Token> run() {
    std::vector<Token> tokens;
    while (true) {
      while (pos_ < text_.size() && is_space(text_[pos_])) ++pos_;
      if (pos_ == text_.size()) break;
      tokens.push_back(next());
    }
    tokens.push_back(Token{Token::Kind::End, "", text_.size()});
    return tokens;
  }

 private:
  bool period_ends_pattern(std::size_t at) const {
    return text_[at] == '.' && (at + 1 == text_.size() || is_space(text_[at + 1]));
  }

  Token next() {
    const std::size_t start = pos_;
    const char c = text_[pos_];
    if (c == '?') {
      ++pos_;
      while (pos_ < text_.size() && is_ident(text_[pos_])) ++pos_;
      if (pos_ == start + 1) throw_query_error(text_, start, "expected a variable name after '?'");
      return {Token::Kind::Variable, std::string(text_.substr(start + 1, pos_ - start - 1)), start};
    }
    if (c == '"' || c == '\'') return quoted(c);
    if (period_ends_pattern(pos_)) {
      ++pos_;
      return {Token::Kind::Punct, ".", start};
    }
    if (is_punct(c)) {
      ++pos_;
      // Two-character comparison operators.
      if ((c == '!' || c == '<' || c == '>') && pos_ < text_.size() && text_[pos_] == '=') ++pos_;
      if (c == '!' && pos_ == start + 1) throw_query_error(text_, start, "expected '!=' ('!' alone means nothing)");
      return {Token::Kind::Punct, std::string(text_.substr(start, pos_ - start)), start};
    }
    while (pos_ < text_.size() && !is_space(text_[pos_]) && !is_punct(text_[pos_]) && !period_ends_pattern(pos_)) ++pos_;
    return {Token::Kind::Word, std::string(text_.substr(start, pos_ - start)), start};
  }

  Token quoted(char quote) {
    const std::size_t start = pos_++;
    std::string value;
    while (pos_ < text_.size() && text_[pos_] != quote) {
      if (text_[pos_] == '\\' && pos_ + 1 < text_.size()) ++pos_;
      value += text_[pos_++];
    }
    if (pos_ == text_.size()) throw_query_error(text_, start, std::string("unterminated name: no closing ") + quote);
    ++pos_;
    return {Token::Kind::Quoted, value, start};
  }

  std::string_view text_;
  std::size_t pos_ = 0;
};

const std::set<std::string> kKeywords = {"select", "distinct", "count", "order", "limit"};

bool is_keyword(const Token& t) { return t.kind == Token::Kind::Word && kKeywords.count(lower(t.text)); }

std::optional<EntityType> entity_type(std::string_view word) {
  const std::string w = lower(word);
  for (const EntityType t : {EntityType::Country, EntityType::Person, EntityType::Organization, EntityType::Place})
    if (lower(to_string(t)) == w) return t;
  return std::nullopt;
}

// Levenshtein distance, for "did you mean" on relation ids (short ASCII words).
std::size_t distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

class Parser {
 public:
  Parser(std::string_view text, const RelationSet& relations)
      : text_(text), relations_(relations), tokens_(Lexer(text).run()) {}

  Query run() {
    Query q;
    q.text = std::string(text_);
    q.patterns.push_back(pattern());
    while (is_punct(".")) {
      // The matcher goes one level deeper per pattern: a bound keeps a hostile query from
      // exhausting the stack (and no question needs this many).
      if (q.patterns.size() == kMaxQueryPatterns)
        fail(peek(), "more than " + std::to_string(kMaxQueryPatterns) + " patterns in one query");
      advance();
      q.patterns.push_back(pattern());
    }
    std::set<std::string> clauses;
    while (peek().kind != Token::Kind::End) {
      const Token& t = peek();
      if (!is_keyword(t))
        fail(t, is_punct("[") ? "expected '.', a clause or the end (conditions follow a pattern once)"
                              : "expected '.' and another pattern, or SELECT, DISTINCT, COUNT, ORDER BY, LIMIT");
      std::string word = lower(t.text);
      if (word == "distinct") word = "select";  // DISTINCT is SELECT DISTINCT
      if (!clauses.insert(word).second) fail(t, "only one " + upper(word) + " clause is allowed");
      clause(q);
    }
    check(q);
    return q;
  }

 private:
  const Token& peek(std::size_t ahead = 0) const { return tokens_[std::min(pos_ + ahead, tokens_.size() - 1)]; }
  const Token& advance() { return tokens_[pos_ < tokens_.size() - 1 ? pos_++ : pos_]; }
  bool is_punct(std::string_view p, std::size_t ahead = 0) const {
    return peek(ahead).kind == Token::Kind::Punct && peek(ahead).text == p;
  }
  bool is_word(std::string_view w) const { return peek().kind == Token::Kind::Word && lower(peek().text) == w; }

  [[noreturn]] void fail(const Token& t, const std::string& message) const {
    throw_query_error(text_, t.offset, message);
  }
  static std::string upper(std::string s) {
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
  }

  void expect(std::string_view punct, const std::string& message) {
    if (!is_punct(punct)) fail(peek(), message);
    advance();
  }

  TriplePattern pattern() {
    TriplePattern p;
    p.subject = term(true);
    p.relation = relation();
    p.object = term(false);
    if (is_punct("[")) p.evidence = conditions();
    return p;
  }

  // A subject's bare words end before the relation (a known relation id, a word followed
  // by '|', or a ?variable); an object's before '.', '[', a clause keyword or the end.
  QueryTerm term(bool subject) {
    QueryTerm t;
    const Token& first = peek();
    t.offset = first.offset;
    if (first.kind == Token::Kind::Variable) {
      t.variable = true;
      t.text = advance().text;
      if (is_punct(":")) {
        advance();
        t.types = types();
      }
      return t;
    }
    if (first.kind == Token::Kind::Quoted) {
      t.text = advance().text;
      if (t.text.empty()) fail(first, "an empty name matches nothing");
    } else {
      std::vector<const Token*> words;
      while (peek().kind == Token::Kind::Word && !(subject ? starts_relation() : is_keyword(peek())))
        words.push_back(&advance());
      if (words.empty())
        fail(first, subject ? "expected a ?variable or the name of an entity" : "expected a ?variable or a name");
      for (const Token* w : words) t.text += (t.text.empty() ? "" : " ") + w->text;
      if (subject && !starts_relation() && peek().kind != Token::Kind::Variable) misplaced_relation(words);
    }
    if (is_punct(":")) fail(peek(), "only a ?variable takes a type (?x:Person)");
    return t;
  }

  bool starts_relation() const {
    const Token& t = peek();
    return t.kind == Token::Kind::Word && (relations_.find(t.text) || is_punct("|", 1));
  }

  // The subject's words ran on without reaching a relation: most likely a misspelt one.
  [[noreturn]] void misplaced_relation(const std::vector<const Token*>& words) const {
    for (const Token* w : words)
      if (const std::string close = closest_relation(w->text); !close.empty())
        fail(*w, "unknown relation '" + w->text + "' (did you mean " + close + "?)");
    fail(peek(), "expected a relation or ?variable (names of several words that hold a relation word need quotes)");
  }

  std::string closest_relation(std::string_view word) const {
    std::string best;
    std::size_t best_distance = std::max<std::size_t>(2, word.size() / 4) + 1;
    for (const Relation& r : relations_.all())
      if (const std::size_t d = distance(lower(word), r.id); d < best_distance) {
        best = r.id;
        best_distance = d;
      }
    return best;
  }

  RelationTerm relation() {
    RelationTerm r;
    r.offset = peek().offset;
    if (peek().kind == Token::Kind::Variable) {
      r.variable = advance().text;
      if (!is_punct(":")) return r;
      advance();
    } else if (peek().kind != Token::Kind::Word) {
      fail(peek(), "expected a relation or ?variable");
    }
    while (true) {
      const Token& t = peek();
      if (t.kind != Token::Kind::Word) fail(t, "expected a relation");
      const Relation* known = relations_.find(lower(t.text));
      if (!known) {
        const std::string close = closest_relation(t.text);
        fail(t, "unknown relation '" + t.text + "'" + (close.empty() ? "" : " (did you mean " + close + "?)"));
      }
      r.ids.push_back(known->id);
      advance();
      if (!is_punct("|")) return r;
      advance();
    }
  }

  std::vector<EntityType> types() {
    std::vector<EntityType> out;
    while (true) {
      const Token& t = peek();
      const auto type = t.kind == Token::Kind::Word ? entity_type(t.text) : std::nullopt;
      if (!type) fail(t, "expected a type: Country, Person, Organization or Place");
      out.push_back(*type);
      advance();
      if (!is_punct("|")) return out;
      advance();
    }
  }

  EvidenceFilter conditions() {
    advance();  // '['
    EvidenceFilter f;
    while (true) {
      condition(f);
      if (is_punct("]")) break;
      expect(",", "expected ',' or ']'");
    }
    advance();
    return f;
  }

  void condition(EvidenceFilter& f) {
    const Token& t = peek();
    if (t.kind != Token::Kind::Word)
      fail(t, "expected a condition: negated, hedged, any, mentions, docs, confidence, date, lang or modality");
    const std::string field = lower(advance().text);
    const bool flag = is_punct(",") || is_punct("]");
    if (flag) {
      if (field == "negated") f.polarity = EvidenceFilter::Polarity::Negated;
      else if (field == "hedged") f.modalities = EvidenceFilter::kHedged;
      else if (field == "any" || field == "all") f = EvidenceFilter::any();
      else fail(t, "'" + t.text + "' needs a comparison (" + field + " >= …), or use negated, hedged or any");
      return;
    }
    const Token& op_token = peek();
    const EvidenceFilter::Op op = comparison();
    const Token& value = peek();
    if (value.kind != Token::Kind::Word && value.kind != Token::Kind::Quoted) fail(value, "expected a value");
    if (field == "negated") return negation(f, op, op_token);
    if (field == "modality") return modality(f, op, op_token);
    EvidenceFilter::Condition c;
    c.op = op;
    if (field == "mentions" || field == "docs") {
      c.field = field == "mentions" ? EvidenceFilter::Field::Mentions : EvidenceFilter::Field::Documents;
      c.number = static_cast<double>(integer(value));
    } else if (field == "confidence") {
      c.field = EvidenceFilter::Field::Confidence;
      c.number = decimal(value);
    } else if (field == "date") {
      c.field = EvidenceFilter::Field::Date;
      c.text = date(value);
    } else if (field == "lang") {
      c.field = EvidenceFilter::Field::Language;
      c.text = lower(value.text);
      if (c.op != EvidenceFilter::Op::Eq && c.op != EvidenceFilter::Op::Ne) fail(op_token, "lang takes = or !=");
    } else {
      fail(t, "unknown condition '" + t.text + "' (known: negated, hedged, any, mentions, docs, confidence, date, lang, modality)");
    }
    advance();
    f.conditions.push_back(std::move(c));
  }

  EvidenceFilter::Op comparison() {
    using Op = EvidenceFilter::Op;
    static const std::pair<std::string_view, Op> kOps[] = {{"=", Op::Eq}, {"!=", Op::Ne}, {"<", Op::Lt},
                                                           {"<=", Op::Le}, {">", Op::Gt}, {">=", Op::Ge}};
    for (const auto& [text, op] : kOps)
      if (is_punct(text)) {
        advance();
        return op;
      }
    fail(peek(), "expected a comparison: = != < <= > >=");
  }

  // negated = yes | no | any
  void negation(EvidenceFilter& f, EvidenceFilter::Op op, const Token& op_token) {
    const Token& v = advance();
    const std::string value = lower(v.text);
    using P = EvidenceFilter::Polarity;
    P p;
    if (value == "yes" || value == "true") p = P::Negated;
    else if (value == "no" || value == "false") p = P::Affirmed;
    else if (value == "any") p = P::Any;
    else fail(v, "expected yes, no or any");
    if (op == EvidenceFilter::Op::Ne) {
      if (p == P::Any) fail(op_token, "negated != any matches nothing");
      p = p == P::Negated ? P::Affirmed : P::Negated;
    } else if (op != EvidenceFilter::Op::Eq) {
      fail(op_token, "negated takes = or !=");
    }
    f.polarity = p;
  }

  // modality = asserted|reported|possible|future, or hedged (possible|future), plain
  // (asserted|reported), any.
  void modality(EvidenceFilter& f, EvidenceFilter::Op op, const Token& op_token) {
    if (op != EvidenceFilter::Op::Eq && op != EvidenceFilter::Op::Ne) fail(op_token, "modality takes = or !=");
    unsigned set = 0;
    while (true) {
      const Token& v = advance();
      const std::string value = lower(v.text);
      if (value == "hedged") set |= EvidenceFilter::kHedged;
      else if (value == "plain") set |= EvidenceFilter::kPlain;
      else if (value == "any") set |= EvidenceFilter::kAllModalities;
      else if (const auto m = parse_modality(value)) set |= modality_bit(*m);
      else fail(v, "expected asserted, reported, possible, future, hedged, plain or any");
      if (!is_punct("|")) break;
      advance();
    }
    f.modalities = op == EvidenceFilter::Op::Eq ? set : EvidenceFilter::kAllModalities & ~set;
  }

  std::size_t integer(const Token& t) const {
    std::size_t n = 0;
    const auto [end, ec] = std::from_chars(t.text.data(), t.text.data() + t.text.size(), n);
    if (ec != std::errc() || end != t.text.data() + t.text.size()) fail(t, "expected a whole number");
    return n;
  }

  double decimal(const Token& t) const {
    double x = 0;
    const auto [end, ec] = std::from_chars(t.text.data(), t.text.data() + t.text.size(), x);
    if (ec != std::errc() || end != t.text.data() + t.text.size() || x < 0 || x > 1)
      fail(t, "expected a confidence between 0 and 1");
    return x;
  }

  // YYYY, YYYY-MM or YYYY-MM-DD: a shorter date compares as a period (date = 2025-03 is
  // any day of March).
  std::string date(const Token& t) const {
    const std::string& d = t.text;
    const auto digits = [&d](std::size_t from, std::size_t n) {
      return std::all_of(d.begin() + static_cast<long>(from), d.begin() + static_cast<long>(from + n),
                         [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    };
    const bool ok = (d.size() == 4 || d.size() == 7 || d.size() == 10) && digits(0, 4) &&
                    (d.size() < 7 || (d[4] == '-' && digits(5, 2))) && (d.size() < 10 || (d[7] == '-' && digits(8, 2)));
    if (!ok) fail(t, "expected a date: YYYY, YYYY-MM or YYYY-MM-DD");
    return d;
  }

  void clause(Query& q) {
    const Token& keyword = advance();
    const std::string word = lower(keyword.text);
    if (word == "select") {
      if (is_word("distinct")) {
        advance();
        q.distinct = true;
      }
      q.select = variables(false, "SELECT needs the ?variables to show");
    } else if (word == "distinct") {
      q.distinct = true;
      q.select = variables(true, "");
    } else if (word == "count") {
      q.count = true;
      if (is_word("by")) {
        advance();
        q.group_by = variables(false, "COUNT BY needs the ?variables to group by");
      }
    } else if (word == "order") {
      if (!is_word("by")) fail(peek(), "expected BY after ORDER");
      advance();
      order(q);
    } else {  // limit
      const Token& n = peek();
      if (n.kind != Token::Kind::Word) fail(n, "expected the number of rows after LIMIT");
      q.limit = integer(advance());
    }
  }

  std::vector<std::string> variables(bool optional, const std::string& message) {
    std::vector<std::string> out;
    while (peek().kind == Token::Kind::Variable) {
      if (std::find(out.begin(), out.end(), peek().text) != out.end()) fail(peek(), "?" + peek().text + " given twice");
      offset_of_[peek().text] = peek().offset;
      out.push_back(advance().text);
    }
    if (out.empty() && !optional) fail(peek(), message);
    return out;
  }

  void order(Query& q) {
    while (true) {
      const Token& t = peek();
      OrderKey key;
      if (t.kind == Token::Kind::Variable) {
        key.variable = t.text;
      } else {
        static const std::pair<std::string_view, OrderKey::Kind> kKeys[] = {
            {"count", OrderKey::Kind::Count}, {"mentions", OrderKey::Kind::Mentions},
            {"confidence", OrderKey::Kind::Confidence}, {"date", OrderKey::Kind::Date}};
        const auto it = std::find_if(std::begin(kKeys), std::end(kKeys),
                                     [&t](const auto& k) { return t.kind == Token::Kind::Word && lower(t.text) == k.first; });
        if (it == std::end(kKeys)) fail(t, "expected a ?variable, count, mentions, confidence or date to order by");
        key.kind = it->second;
      }
      order_offsets_.push_back(t.offset);
      advance();
      if (is_word("asc") || is_word("desc")) key.descending = lower(advance().text) == "desc";
      q.order_by.push_back(key);
      if (is_punct(",")) advance();
      else if (peek().kind != Token::Kind::Variable && !(peek().kind == Token::Kind::Word && !is_keyword(peek()))) return;
    }
  }

  // What only the whole query shows: variables used consistently and clauses that name
  // existing columns.
  void check(Query& q) const {
    std::set<std::string> entities, relations;
    const auto entity = [&](const QueryTerm& t) {
      if (!t.variable) return;
      if (relations.count(t.text)) throw_query_error(text_, t.offset, "?" + t.text + " is a relation elsewhere");
      if (entities.insert(t.text).second) q.variables.push_back(t.text);
    };
    for (const TriplePattern& p : q.patterns) {  // columns in the order the variables are written
      entity(p.subject);
      if (!p.relation.variable.empty()) {
        if (entities.count(p.relation.variable))
          throw_query_error(text_, p.relation.offset, "?" + p.relation.variable + " is an entity elsewhere");
        if (relations.insert(p.relation.variable).second) q.variables.push_back(p.relation.variable);
      }
      entity(p.object);
    }
    const auto known = [&q](const std::string& v) {
      return std::find(q.variables.begin(), q.variables.end(), v) != q.variables.end();
    };
    for (const std::string& v : q.select)
      if (!known(v)) throw_query_error(text_, offset_of_.at(v), "?" + v + " does not occur in a pattern");
    const std::vector<std::string>& columns = q.select.empty() ? q.variables : q.select;
    for (const std::string& v : q.group_by)
      if (std::find(columns.begin(), columns.end(), v) == columns.end())
        throw_query_error(text_, offset_of_.at(v), "COUNT BY ?" + v + ": not a column of the rows counted");
    for (std::size_t i = 0; i < q.order_by.size(); ++i) {
      const OrderKey& k = q.order_by[i];
      if (k.kind == OrderKey::Kind::Count && !q.count)
        throw_query_error(text_, order_offsets_[i], "ORDER BY count needs COUNT");
      if (k.kind != OrderKey::Kind::Variable) continue;
      const std::vector<std::string>& shown = q.count ? q.group_by : columns;
      if (std::find(shown.begin(), shown.end(), k.variable) == shown.end())
        throw_query_error(text_, order_offsets_[i], "ORDER BY ?" + k.variable + ": not a column of the result");
    }
  }

  std::string_view text_;
  const RelationSet& relations_;
  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
  std::vector<std::size_t> order_offsets_;
  std::map<std::string, std::size_t> offset_of_;  // where SELECT, DISTINCT and COUNT BY name a variable
};

}  // namespace

std::string locate_in_query(std::string_view text, std::size_t offset, const std::string& message) {
  offset = std::min(offset, text.size());
  std::size_t line = 1, line_start = 0;
  for (std::size_t i = 0; i < offset; ++i)
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  const std::size_t line_end = std::min(text.find('\n', line_start), text.size());
  std::size_t column = 1;
  for (std::size_t i = line_start; i < offset; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  std::string out = "query:" + std::to_string(line) + ":" + std::to_string(column) + ": " + message + "\n  ";
  for (std::size_t i = line_start; i < line_end; ++i) out += text[i] == '\t' ? ' ' : text[i];
  return out + "\n  " + std::string(column - 1, ' ') + "^";
}

Query parse_query(std::string_view text, const RelationSet& relations) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
    throw_query_error(text, 0, "empty query: expected a pattern such as ?x supports Russia");
  // Checked first: names are echoed in messages and results, which must stay text.
  if (const auto bad = find_utf8_error(text))
    throw UsageError("query: not UTF-8 text (" + bad->what + " at byte " + std::to_string(bad->offset) + ")");
  return Parser(text, relations).run();
}

}  // namespace jaring
