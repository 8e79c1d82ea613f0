#include <doctest/doctest.h>

#include <cctype>

#include "jaring/error.h"
#include "jaring/text.h"
#include "test_util.h"

using namespace jaring;

namespace {

std::vector<std::string> norms(const std::string& text) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(text, Span{0, text.size()})) out.push_back(t.norm);
  return out;
}

Document segmented(const std::string& text) {
  Document doc;
  doc.name = "t.txt";
  doc.text = text;
  Segmenter(test::model().text).segment(doc);
  return doc;
}

}  // namespace

TEST_CASE("validate_utf8 names the file and the byte offset of bad input") {
  CHECK_NOTHROW(validate_utf8("Korea Utara dan Rusia — “aliansi”", "a.txt"));
  try {
    validate_utf8(std::string("abc\xff", 4), "bad.txt");
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()) == "bad.txt: not UTF-8 text (invalid byte at byte 3)");
    CHECK(e.exit_status() == kExitInput);
  }
  CHECK_THROWS_AS(validate_utf8(std::string("a\xc3", 2), "t.txt"), InputError);        // truncated
  CHECK_THROWS_AS(validate_utf8(std::string("\xe0\x80\x80", 3), "t.txt"), InputError);  // overlong
  CHECK_THROWS_AS(validate_utf8(std::string("\xed\xa0\x80", 3), "t.txt"), InputError);  // surrogate
  CHECK_THROWS_AS(validate_utf8(std::string("a\0b", 3), "t.txt"), InputError);          // binary
}

TEST_CASE("normalize_key folds case, diacritics and typographic quotes") {
  CHECK(normalize_key("Türkiye") == "turkiye");
  CHECK(normalize_key("KOREA") == "korea");
  CHECK(normalize_key("Côte") == "cote");
  CHECK(normalize_key("Russia’s") == "russia's");
  CHECK(normalize_key("Zelenskyy") == "zelenskyy");
}

TEST_CASE("tokenize keeps reduplication whole and splits compounds around the hyphen") {
  CHECK(norms("negara-negara itu") == std::vector<std::string>{"negara-negara", "itu"});
  // The broken hyphen of machine-translated text is repaired.
  CHECK(norms("langkah -langkah") == std::vector<std::string>{"langkah-langkah"});
  CHECK(norms("Teman -teman Korea") == std::vector<std::string>{"teman-teman", "korea"});
  const auto compound = tokenize("aliansi Pyongyang-Moscow", Span{0, 24});
  REQUIRE(compound.size() == 4);
  CHECK(compound[2].has(kHyphen));
  CHECK(compound[1].norm == "pyongyang");
  CHECK(compound[3].norm == "moscow");
}

TEST_CASE("tokenize handles possessives, dotted acronyms, numbers and dashes") {
  CHECK(norms("Russia's war") == std::vector<std::string>{"russia", "'s", "war"});
  CHECK(norms("the U.S. said") == std::vector<std::string>{"the", "u.s.", "said"});
  CHECK(norms("10.000 tentara") == std::vector<std::string>{"10.000", "tentara"});
  CHECK(norms("6,000 troops") == std::vector<std::string>{"6,000", "troops"});
  const std::string text = "Kursk – sebuah klaim";
  const auto toks = tokenize(text, Span{0, text.size()});
  REQUIRE(toks.size() == 4);
  CHECK(toks[1].has(kDash));
  CHECK_FALSE(toks[1].has(kHyphen));
  CHECK(toks[0].has(kCapitalized));
  CHECK(tokenize("AS", Span{0, 2})[0].has(kAllCaps));
}

TEST_CASE("token spans are byte offsets into the original text") {
  const std::string text = "“Kim”  bertemu  Lavrov";
  for (const Token& t : tokenize(text, Span{0, text.size()}))
    CHECK(normalize_key(text.substr(t.span.begin, t.span.end - t.span.begin)) == t.norm);
}

TEST_CASE("every ASCII word gets its key and flags, whatever its length and place in the text") {
  // Words of 1 to 20 letters and digits (the tokenizer reads words of up to 15 bytes 16
  // at a time), between spaces and punctuation, at every distance from the end of the
  // span and of the text: each word's key is its text lowercased, and its flags are
  // those its letters give.
  const std::string alphabet = "aZm9Q0z";
  unsigned seed = 12345;
  const auto next = [&seed](unsigned n) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) % n;
  };
  const std::string separators[] = {" ", "  ", ", ", ". ", "; ", " (", ") "};
  std::size_t words = 0;
  for (int round = 0; round < 400; ++round) {
    std::string text;
    std::vector<std::string> expected;
    while (text.size() < 40 + next(40)) {
      std::string word;
      for (unsigned k = 0, n = 1 + next(20); k < n; ++k) word += alphabet[next(alphabet.size())];
      text += word;
      expected.push_back(word);
      text += separators[next(7)];
    }
    // A span that ends inside the text (the rest is the next sentence's) and one that
    // ends with it.
    for (const std::size_t end : {text.size() - next(3), text.size()}) {
      for (const Token& t : tokenize(text, Span{0, end})) {
        const std::string surface = text.substr(t.span.begin, t.span.end - t.span.begin);
        if (surface.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") != std::string::npos)
          continue;
        ++words;
        int letters = 0, upper = 0;
        for (char c : surface) {
          letters += std::isalpha(static_cast<unsigned char>(c)) != 0;
          upper += std::isupper(static_cast<unsigned char>(c)) != 0;
        }
        std::string lowered = surface;
        for (char& c : lowered) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        const auto first_letter = surface.find_first_not_of("0123456789");
        CAPTURE(surface);
        CHECK(t.norm == lowered);
        CHECK(t.has(kWord) == (letters > 0));
        CHECK(t.has(kNumber) == (letters == 0));
        CHECK(t.has(kAllCaps) == (upper >= 2 && upper == letters));
        CHECK(t.has(kCapitalized) ==
              (first_letter != std::string::npos && std::isupper(static_cast<unsigned char>(surface[first_letter])) != 0));
        CHECK(t.span.end <= end);
      }
    }
  }
  CHECK(words > 3000);
}

TEST_CASE("sentences: ICU breaks, abbreviations, paragraphs, byte spans") {
  const Document doc = segmented(
      "Headline without a period\n\n"
      "Dr. Smith met U.S. officials in Jakarta. They talked.\n"
      "Presiden Rusia tiba. Ia disambut Jl. Merdeka.");
  std::vector<std::string> sentences;
  for (const Sentence& s : doc.sentences) sentences.emplace_back(doc.slice(s.span));
  CHECK(sentences == std::vector<std::string>{"Headline without a period",
                                              "Dr. Smith met U.S. officials in Jakarta.",
                                              "They talked.", "Presiden Rusia tiba.",
                                              "Ia disambut Jl. Merdeka."});
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) CHECK(doc.sentences[i].index == i);
}

TEST_CASE("language identification by function words") {
  Document id = segmented("Pemerintah mengatakan bahwa kunjungan itu akan dilakukan pada bulan depan.");
  Document en = segmented("The government said that the visit will take place next month.");
  CHECK(detect_language(id, test::model().text) == "id");
  CHECK(detect_language(en, test::model().text) == "en");
}

TEST_CASE("datelines give the document date") {
  CHECK(find_document_date(segmented("Judul\n\nJAKARTA, 12 Maret 2025 — Presiden tiba."), test::model().text) == "2025-03-12");
  CHECK(find_document_date(segmented("Title\n\nMANILA, March 9, 2026 — The minister said."), test::model().text) == "2026-03-09");
  CHECK(find_document_date(segmented("Date: 2024-06-19\nText."), test::model().text) == "2024-06-19");
  CHECK(find_document_date(segmented("No date here at all."), test::model().text).empty());
}
