// A synthetic news corpus for the throughput benchmark (scripts/bench).
//
//   jaring_bench_corpus --data DIR -o OUT [--mb 100] [--seed 7]
//
// Writes OUT/en-NNNNN.txt and OUT/id-NNNNN.txt, news-shaped articles in English and
// Indonesian (about half each): a headline, a dateline with a date, then 10 to 30
// sentences in paragraphs. Sentences come from templates written for this benchmark, one
// or more per relation of data/relations.tsv and per language, with negated, hedged,
// future and reported variants, titles with countries and names (`Menteri Luar Negeri
// Rusia Sergey Lavrov`, `Russian Foreign Minister Sergey Lavrov`), capitals standing for
// their state, and sentences that name no actor. Actors are drawn from the whole lexicon
// in data/lexicons/ (countries with their ICU/CLDR names in each language, people with
// the offices facts.tsv gives them, organizations, capitals, other places), with a skew
// so that some are frequent and most are rare, as in news. The random generator is
// our own (splitmix64), so the same seed gives the same bytes everywhere.
//
// OUT/MANIFEST records the seed, size, files, bytes and sentences written. Not a test.
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

// ---- randomness -------------------------------------------------------------------------

class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return n ? static_cast<std::size_t>(next() % n) : 0; }
  bool chance(int percent) { return static_cast<int>(below(100)) < percent; }
  // Skewed towards the front: a few items are frequent, most are rare (news actors).
  std::size_t skewed(std::size_t n) {
    const double u = static_cast<double>(next() >> 11) / static_cast<double>(1ull << 53);
    return std::min(n - 1, static_cast<std::size_t>(static_cast<double>(n) * u * u));
  }
  template <class T>
  const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }

 private:
  std::uint64_t state_;
};

// ---- the lexicon, read directly from its TSV files ----------------------------------------

using Row = std::map<std::string, std::string>;

std::vector<Row> read_tsv(const fs::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  std::vector<Row> rows;
  std::vector<std::string> header;
  std::string line;
  const auto split = [](const std::string& s, char sep) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
      const std::size_t tab = s.find(sep, start);
      out.push_back(s.substr(start, tab - start));
      if (tab == std::string::npos) return out;
      start = tab + 1;
    }
  };
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cells = split(line, '\t');
    if (header.empty()) {
      header = std::move(cells);
      continue;
    }
    Row row;
    for (std::size_t i = 0; i < header.size() && i < cells.size(); ++i) row[header[i]] = cells[i];
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<std::string> split_list(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  std::string item;
  while (std::getline(in, item, ';'))
    if (!item.empty()) out.push_back(item);
  return out;
}

std::string display_country(const std::string& iso2, const char* lang) {
  if (iso2.empty()) return {};
  icu::UnicodeString name;
  icu::Locale("", iso2.c_str()).getDisplayCountry(icu::Locale(lang), name);
  std::string out;
  name.toUTF8String(out);
  return out == iso2 ? std::string() : out;
}

struct Country {
  std::string id;
  std::string name[2];    // [0] English, [1] Indonesian
  std::string demonym;    // English adjective (Russian), may be empty
  std::string capital;    // a capital that stands for it, may be empty
};

struct Person {
  std::string name;
  std::string country;               // id of the country of an office, may be empty
  std::string title[2];              // an office's title in each language, may be empty
};

struct Lexicon {
  std::vector<Country> countries;
  std::vector<Person> people;
  std::vector<std::vector<std::string>> organizations;  // name, then aliases
  std::vector<std::string> places;            // cities and regions, for locations
  std::map<std::string, std::size_t> country_index;
};

Lexicon load(const fs::path& data) {
  Lexicon lex;
  const fs::path dir = data / "lexicons";
  for (const Row& r : read_tsv(dir / "countries.tsv")) {
    Country c;
    c.id = r.at("id");
    const std::string iso2 = r.count("iso2") ? r.at("iso2") : "";
    c.name[0] = display_country(iso2, "en");
    c.name[1] = display_country(iso2, "id");
    if (c.name[0].empty()) c.name[0] = r.at("name");
    if (c.name[1].empty()) c.name[1] = r.at("name");
    // CLDR's formal forms are not how news names a state.
    if (c.name[0].find('(') != std::string::npos || c.name[0].find(',') != std::string::npos) c.name[0] = r.at("name");
    if (c.name[1].find('(') != std::string::npos || c.name[1].find(',') != std::string::npos) c.name[1] = r.at("name");
    const auto demonyms = split_list(r.count("demonyms") ? r.at("demonyms") : "");
    if (!demonyms.empty()) c.demonym = demonyms.front();
    lex.country_index[c.id] = lex.countries.size();
    lex.countries.push_back(std::move(c));
  }
  for (const Row& r : read_tsv(dir / "places.tsv")) {
    const std::string kind = r.count("kind") ? r.at("kind") : "";
    const std::string acts_for = r.count("acts_for") ? r.at("acts_for") : "";
    if (kind == "capital" && !acts_for.empty() && lex.country_index.count(acts_for)) {
      Country& c = lex.countries[lex.country_index[acts_for]];
      if (c.capital.empty() && r.at("name") != c.name[0]) c.capital = r.at("name");
    } else if (kind == "city" || kind == "region") {
      lex.places.push_back(r.at("name"));
    }
  }
  for (const Row& r : read_tsv(dir / "organizations.tsv")) {
    std::vector<std::string> names{r.at("name")};
    for (std::string& a : split_list(r.count("aliases") ? r.at("aliases") : "")) names.push_back(std::move(a));
    lex.organizations.push_back(std::move(names));
  }
  // Offices: the role and country of each person's latest fact, and titles for the role.
  std::map<std::string, std::string> title[2];
  for (const Row& r : read_tsv(dir / "titles.tsv")) {
    const int lang = r.at("lang") == "en" ? 0 : 1;
    if (!title[lang].count(r.at("role"))) title[lang][r.at("role")] = r.at("title");
  }
  std::map<std::string, std::pair<std::string, std::string>> office;  // person -> (role, country)
  for (const Row& r : read_tsv(dir / "facts.tsv")) {
    if (r.count("role") && !r.at("role").empty() && lex.country_index.count(r.at("object")))
      office[r.at("subject")] = {r.at("role"), r.at("object")};
  }
  for (const Row& r : read_tsv(dir / "people.tsv")) {
    Person p;
    p.name = r.at("name");
    if (const auto it = office.find(r.at("id")); it != office.end()) {
      p.country = it->second.second;
      for (int lang = 0; lang < 2; ++lang)
        if (const auto t = title[lang].find(it->second.first); t != title[lang].end()) p.title[lang] = t->second;
    }
    lex.people.push_back(std::move(p));
  }
  return lex;
}

// ---- templates ------------------------------------------------------------------------------
//
// {A} and {B} are actors, {P} a place, {I} an issue, {S} a source, {D} a day, {N} a
// number. Each relation has plain, negated, hedged or future, and reported forms.

struct Templates {
  std::vector<std::string> sentences;  // with actors
  std::vector<std::string> fillers;    // without actors
  std::vector<std::string> headlines;
  std::vector<std::string> openers;    // before a sentence
  std::vector<std::string> closers;    // before its final period
  std::vector<std::string> issues;
  std::vector<std::string> days;
  std::vector<std::string> months;
  std::string dash = " \u2014 ";
};

Templates english() {
  Templates t;
  t.sentences = {
      // supports, allied_with, cooperates_with, pledges_support_to
      "{A} said it fully supports {B} in the dispute over {I}.",
      "{A} has backed {B} since the start of the crisis, officials said.",
      "{A} reaffirmed its support for {B} during a meeting in {P}.",
      "{A} and {B} are close allies and coordinate their positions on {I}.",
      "{A} is allied with {B} under a defence treaty signed decades ago.",
      "{A} will cooperate with {B} on {I}, according to a joint statement.",
      "{A} and {B} agreed to deepen ties in {I} and energy.",
      "{A} and {B} launched a strategic partnership on {I} last year.",
      "{A} pledged support to {B} after the floods in {P}.",
      "{A} promised {B} further help with {I}.",
      // meets, talks_with, visits, hosts, tells
      "{A} met {B} in {P} on {D} to discuss {I}.",
      "{A} met with {B} on the sidelines of the summit in {P}.",
      "{A} held talks with {B} on {I}, the foreign ministry said.",
      "{A} spoke with {B} by phone on {D} about {I}.",
      "{A} negotiated with {B} for {N} hours before the deal was announced.",
      "{A} visited {B} on {D}, the first such trip in {N} years.",
      "{A} will visit {B} next month to discuss {I}.",
      "{A} hosted {B} for two days of talks on {I}.",
      "{A} welcomed {B} at the airport in {P}.",
      "{A} told {B} that the talks on {I} must continue.",
      // praises, thanks, signs_agreement_with, calls_on
      "{A} praised {B} for its role in the talks on {I}.",
      "{A} thanked {B} for its help after the earthquake in {P}.",
      "{A} signed an agreement with {B} on {I} on {D}.",
      "{A} and {B} signed a treaty on {I} in {P}.",
      "{A} urged {B} to return to the negotiating table.",
      "{A} called on {B} to respect international law in {P}.",
      // deploys_troops_to, supplies_weapons_to, helps, trades_with
      "{A} deployed {N} troops to {B} under a rotation agreement.",
      "{A} sent troops to {B} to join the exercises near {P}.",
      "{A} supplied weapons to {B} despite the objections of its neighbours.",
      "{A} will deliver air defence systems to {B} by the end of the year.",
      "{A} may send more ammunition to {B}, a senior official said.",
      "{A} helped {B} rebuild roads and bridges around {P}.",
      "{A} provided aid to {B} after the storm.",
      "{A} trades with {B} mostly in palm oil, coal and machinery.",
      "{A} and {B} want to double trade by {Y}.",
      // sanctions, demands, accuses, criticizes, rejects, threatens
      "{A} imposed sanctions on {B} over {I}.",
      "{A} could impose new sanctions on {B} if the talks fail.",
      "{A} demanded that {B} withdraw its forces from {P}.",
      "{A} accused {B} of violating the ceasefire near {P}.",
      "{A} blamed {B} for the collapse of the talks on {I}.",
      "{A} condemned {B} for the attack on civilians in {P}.",
      "{A} criticized {B} over its handling of {I}.",
      "{A} rejected {B}'s proposal on {I}.",
      "{A} warned {B} against any provocation in {P}.",
      "{A} threatened {B} with retaliation if the strikes continue.",
      // attacks, invades, fights, kills
      "{A} attacked {B} with drones overnight, officials in {P} said.",
      "{A} launched missile strikes on {B} on {D}.",
      "{A} invaded {B} in {Y}, starting a war that still goes on.",
      "{A} has been fighting {B} for control of {P} since {Y}.",
      "{A} and {B} exchanged fire along the border on {D}.",
      "{A} killed {N} members of {B} in an ambush near {P}.",
      // negated and denied
      "{A} did not support {B} in the vote on {I}.",
      "{A} has not sent weapons to {B}, the ministry said.",
      "{A} denied that it had attacked {B}.",
      "{A} will not meet {B} during the summit in {P}.",
      // reported
      "{A} criticized {B} for its stance on {I}, {S} reported.",
      "{A} plans to sign a trade agreement with {B}, {S} reported on {D}.",
      "According to {S}, {A} met {B} secretly in {P}.",
      // affiliations and places
      "{A} is a member of {B}.",
      "{A} joined {B} in {Y}.",
      "The talks took place in {P}, where {A} has an embassy.",
  };
  t.fillers = {
      "The statement gave no further details.",
      "Prices of rice and fuel rose sharply in the weeks before the meeting.",
      "Analysts said the move reflected growing concern about {I}.",
      "The talks are expected to resume after the holidays.",
      "Officials declined to comment on the report.",
      "The agreement still needs to be ratified by parliament.",
      "Markets reacted calmly to the news on {D}.",
      "Thousands of people gathered in the main square of {P} on {D}.",
      "The ministry said the figures would be published next week.",
      "Heavy rain disrupted flights and shipping for {N} days.",
      "Observers expect a decision before the end of the year.",
      "The committee will meet again in {N} weeks.",
  };
  t.openers = {"On {D}, ", "Earlier, ", "In a statement, ", "Meanwhile, ", "Last week, ", "In {P}, "};
  t.closers = {", officials said", ", the ministry said in a statement on {D}", ", according to {S}",
               ", a spokesperson told reporters in {P}", " amid rising tension over {I}",
               ", two diplomats familiar with the talks said"};
  t.headlines = {
      "{A} Backs {B} in Dispute Over {I}", "{A} and {B} Sign Pact", "{A} Accuses {B} of Provocation",
      "{A} Imposes Sanctions on {B}", "{A} Leader Visits {B}", "{A} Urges {B} to Return to Talks",
      "{A}, {B} Agree to Deepen Ties", "{A} Condemns {B} Over Strikes",
  };
  t.issues = {"trade", "maritime security", "energy", "the nuclear programme", "climate change",
              "food security", "migration", "fisheries", "the border dispute", "cyber security",
              "investment", "the ceasefire", "counter-terrorism", "public health", "critical minerals"};
  t.days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  t.months = {"January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"};
  return t;
}

Templates indonesian() {
  Templates t;
  t.sentences = {
      // supports, allied_with, cooperates_with, pledges_support_to
      "{A} menyatakan mendukung penuh {B} dalam sengketa {I}.",
      "{A} mendukung {B} sejak awal krisis, kata pejabat setempat.",
      "{A} menegaskan kembali dukungan untuk {B} dalam pertemuan di {P}.",
      "{A} bersekutu dengan {B} berdasarkan perjanjian pertahanan lama.",
      "{A} akan bekerja sama dengan {B} di bidang {I}, menurut pernyataan bersama.",
      "{A} dan {B} sepakat mempererat hubungan di bidang {I} dan energi.",
      "{A} dan {B} meluncurkan kemitraan strategis di bidang {I} tahun lalu.",
      "{A} berjanji membantu {B} setelah banjir di {P}.",
      "{A} menjanjikan bantuan lebih lanjut kepada {B} untuk {I}.",
      // meets, talks_with, visits, hosts, tells
      "{A} bertemu dengan {B} di {P} pada {D} untuk membahas {I}.",
      "{A} menemui {B} di sela-sela konferensi tingkat tinggi di {P}.",
      "{A} berunding dengan {B} mengenai {I}, kata kementerian luar negeri.",
      "{A} berbicara dengan {B} melalui telepon pada {D} tentang {I}.",
      "{A} mengunjungi {B} pada {D}, kunjungan pertama dalam {N} tahun.",
      "{A} akan berkunjung ke {B} bulan depan untuk membahas {I}.",
      "{A} menerima {B} di {P} untuk pembicaraan selama dua hari.",
      "{A} menyambut {B} di bandara {P}.",
      "{A} mengatakan kepada {B} bahwa perundingan {I} harus dilanjutkan.",
      // praises, thanks, signs_agreement_with, calls_on
      "{A} memuji {B} atas perannya dalam perundingan {I}.",
      "{A} berterima kasih kepada {B} atas bantuan setelah gempa di {P}.",
      "{A} menandatangani perjanjian dengan {B} tentang {I} pada {D}.",
      "{A} mendesak {B} kembali ke meja perundingan.",
      "{A} menyerukan {B} menghormati hukum internasional di {P}.",
      "{A} mengimbau {B} menahan diri.",
      // deploys_troops_to, supplies_weapons_to, helps, trades_with
      "{A} mengerahkan {N} tentara ke {B} berdasarkan perjanjian rotasi.",
      "{A} mengirim pasukan ke {B} untuk latihan di dekat {P}.",
      "{A} memasok senjata kepada {B} meskipun ditentang negara tetangga.",
      "{A} akan mengirimkan sistem pertahanan udara ke {B} akhir tahun ini.",
      "{A} mungkin mengirim amunisi tambahan ke {B}, kata seorang pejabat senior.",
      "{A} membantu {B} membangun kembali jalan dan jembatan di sekitar {P}.",
      "{A} berdagang dengan {B} terutama minyak sawit, batu bara dan mesin.",
      "Perdagangan antara {A} dan {B} diperkirakan naik dua kali lipat pada {Y}.",
      // sanctions, demands, accuses, criticizes, rejects, threatens
      "{A} menjatuhkan sanksi terhadap {B} terkait {I}.",
      "{A} bisa menjatuhkan sanksi baru terhadap {B} jika perundingan gagal.",
      "{A} menuntut {B} menarik pasukannya dari {P}.",
      "{A} menuduh {B} melanggar gencatan senjata di dekat {P}.",
      "{A} menyalahkan {B} atas gagalnya perundingan {I}.",
      "{A} mengecam {B} atas serangan terhadap warga sipil di {P}.",
      "{A} mengkritik {B} karena cara menangani {I}.",
      "{A} menolak usulan {B} tentang {I}.",
      "{A} memperingatkan {B} agar tidak melakukan provokasi di {P}.",
      "{A} mengancam {B} dengan pembalasan jika serangan berlanjut.",
      // attacks, invades, fights, kills
      "{A} menyerang {B} dengan pesawat nirawak semalam, kata pejabat di {P}.",
      "{A} meluncurkan serangan rudal ke {B} pada {D}.",
      "{A} menginvasi {B} pada {Y} dan memulai perang yang masih berlangsung.",
      "{A} berperang dengan {B} untuk menguasai {P} sejak {Y}.",
      "{A} membunuh {N} anggota {B} dalam penyergapan di dekat {P}.",
      // negated and denied
      "{A} tidak mendukung {B} dalam pemungutan suara tentang {I}.",
      "{A} belum mengirim senjata kepada {B}, kata kementerian.",
      "{A} tidak akan bertemu dengan {B} dalam pertemuan di {P}.",
      // reported
      "{A} mengkritik {B} atas sikapnya tentang {I}, lapor {S}.",
      "{A} berencana menandatangani perjanjian dagang dengan {B}, lapor {S} pada {D}.",
      "Menurut {S}, {A} bertemu dengan {B} secara diam-diam di {P}.",
      // affiliations and places
      "{A} adalah anggota {B}.",
      "{A} bergabung dengan {B} pada {Y}.",
      "Perundingan berlangsung di {P}, tempat {A} memiliki kedutaan besar.",
  };
  t.fillers = {
      "Pernyataan itu tidak memberikan rincian lebih lanjut.",
      "Harga beras dan bahan bakar naik tajam dalam beberapa pekan sebelum pertemuan.",
      "Para analis mengatakan langkah itu mencerminkan kekhawatiran soal {I}.",
      "Perundingan diperkirakan dilanjutkan setelah masa libur.",
      "Para pejabat menolak berkomentar tentang laporan tersebut.",
      "Perjanjian itu masih harus diratifikasi oleh parlemen.",
      "Pasar bereaksi tenang terhadap kabar itu pada {D}.",
      "Ribuan orang berkumpul di alun-alun utama {P} pada {D}.",
      "Kementerian mengatakan angka-angka itu akan diumumkan pekan depan.",
      "Hujan lebat mengganggu penerbangan dan pelayaran selama {N} hari.",
      "Para pengamat memperkirakan keputusan diambil sebelum akhir tahun.",
      "Komite itu akan bertemu lagi dalam {N} pekan.",
  };
  t.openers = {"Pada {D}, ", "Sebelumnya, ", "Dalam pernyataannya, ", "Sementara itu, ", "Pekan lalu, ",
               "Di {P}, "};
  t.closers = {", kata para pejabat", ", kata kementerian dalam pernyataan pada {D}", ", menurut {S}",
               ", kata seorang juru bicara kepada wartawan di {P}", " di tengah meningkatnya ketegangan soal {I}",
               ", kata dua diplomat yang mengetahui perundingan itu"};
  t.headlines = {
      "{A} Dukung {B} dalam Sengketa {I}", "{A} dan {B} Teken Pakta", "{A} Tuduh {B} Lakukan Provokasi",
      "{A} Jatuhkan Sanksi terhadap {B}", "Pemimpin {A} Kunjungi {B}", "{A} Desak {B} Kembali Berunding",
      "{A} dan {B} Sepakat Perkuat Hubungan", "{A} Kecam Serangan {B}",
  };
  t.issues = {"perdagangan", "keamanan maritim", "energi", "program nuklir", "perubahan iklim",
              "ketahanan pangan", "migrasi", "perikanan", "sengketa perbatasan", "keamanan siber",
              "investasi", "gencatan senjata", "pemberantasan terorisme", "kesehatan masyarakat",
              "mineral penting"};
  t.days = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
  t.months = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember"};
  return t;
}

// ---- articles -------------------------------------------------------------------------------

class Writer {
 public:
  Writer(const Lexicon& lex, std::uint64_t seed) : lex_(lex), random_(seed) {
    templates_[0] = english();
    templates_[1] = indonesian();
  }

  std::size_t sentences() const { return sentences_; }

  std::string article(int lang) {
    const Templates& t = templates_[lang];
    // Each article is about a few actors, with now and then someone else.
    std::vector<std::string> cast;
    const std::size_t n = 2 + random_.below(4);
    for (std::size_t i = 0; i < n; ++i) cast.push_back(actor(lang));
    const auto who = [&]() -> std::string { return random_.chance(85) ? random_.pick(cast) : actor(lang); };

    std::string out = fill(random_.pick(t.headlines), lang, cast[0], cast[1]) + "\n\n";
    const int year = 2015 + static_cast<int>(random_.below(12));
    const int month = 1 + static_cast<int>(random_.below(12));
    const int day = 1 + static_cast<int>(random_.below(28));
    std::string city = place_name();
    for (char& c : city)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (lang == 0)
      out += city + ", " + t.months[month - 1] + ' ' + std::to_string(day) + ", " + std::to_string(year) + t.dash;
    else
      out += city + ", " + std::to_string(day) + ' ' + t.months[month - 1] + ' ' + std::to_string(year) + t.dash;
    const std::size_t count = 12 + random_.below(29);
    for (std::size_t s = 0; s < count; ++s) {
      std::string a = who(), b = who();
      while (b == a) b = actor(lang);
      std::string pattern = random_.chance(20) ? random_.pick(t.fillers) : random_.pick(t.sentences);
      // Longer sentences, as in wire copy: an opener, or a closing attribution.
      if (random_.chance(20) && pattern.find("{A}") == 0) pattern = random_.pick(t.openers) + pattern;
      if (random_.chance(25) && pattern.find(',') == std::string::npos && pattern.back() == '.')
        pattern.insert(pattern.size() - 1, random_.pick(t.closers));
      out += fill(pattern, lang, a, b);
      ++sentences_;
      // Paragraphs of one to three sentences.
      out += (s + 1 == count) ? "\n" : random_.chance(40) ? " " : "\n";
    }
    return out;
  }

 private:
  // An actor as news names it, in language `lang`.
  std::string actor(int lang) {
    const std::size_t kind = random_.below(100);
    if (kind < 40) {  // a country, or its capital standing for it
      const Country& c = lex_.countries[random_.skewed(lex_.countries.size())];
      if (!c.capital.empty() && random_.chance(15)) return c.capital;
      return c.name[lang];
    }
    if (kind < 75) {  // a person, often with the title of an office
      const Person& p = lex_.people[random_.skewed(lex_.people.size())];
      if (!p.country.empty() && !p.title[lang].empty() && random_.chance(50)) {
        const Country& c = lex_.countries[lex_.country_index.at(p.country)];
        if (lang == 1) return p.title[1] + ' ' + c.name[1] + ' ' + p.name;
        if (!c.demonym.empty()) return c.demonym + ' ' + p.title[0] + ' ' + p.name;
        return c.name[0] + "'s " + p.title[0] + ' ' + p.name;
      }
      return p.name;
    }
    return organization();
  }

  // An organization by its name or one of its aliases (acronyms, Indonesian names).
  std::string organization() {
    const std::vector<std::string>& names = lex_.organizations[random_.skewed(lex_.organizations.size())];
    return random_.chance(50) ? names.front() : random_.pick(names);
  }

  std::string place_name() {
    if (random_.chance(50) || lex_.places.empty()) {
      const Country& c = lex_.countries[random_.skewed(lex_.countries.size())];
      return c.capital.empty() ? c.name[0] : c.capital;
    }
    return lex_.places[random_.skewed(lex_.places.size())];
  }

  std::string fill(const std::string& pattern, int lang, const std::string& a, const std::string& b) {
    const Templates& t = templates_[lang];
    std::string out;
    out.reserve(pattern.size() + 64);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
      if (pattern[i] != '{' || i + 2 >= pattern.size() || pattern[i + 2] != '}') {
        out += pattern[i];
        continue;
      }
      switch (pattern[i + 1]) {
        case 'A': out += a; break;
        case 'B': out += b; break;
        case 'P': out += place_name(); break;
        case 'I': out += random_.pick(t.issues); break;
        case 'D': out += random_.pick(t.days); break;
        case 'N': out += std::to_string(2 + random_.below(500)); break;
        case 'Y': out += std::to_string(2000 + random_.below(27)); break;
        case 'S': out += organization(); break;
        default: out += pattern.substr(i, 3); break;
      }
      i += 2;
    }
    // A sentence starts with a capital: `{A}` may be a lower-case alias.
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
  }

  const Lexicon& lex_;
  Random random_;
  Templates templates_[2];
  std::size_t sentences_ = 0;
};

// Who is frequent is decided by the seed, not by the lexicon's (alphabetical) order.
template <class T>
void shuffle(std::vector<T>& v, Random& random) {
  for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[random.below(i)]);
}

void shuffle(Lexicon& lex, std::uint64_t seed) {
  Random random(seed ^ 0x5EEDull);
  shuffle(lex.countries, random);
  lex.country_index.clear();
  for (std::size_t i = 0; i < lex.countries.size(); ++i) lex.country_index[lex.countries[i].id] = i;
  shuffle(lex.people, random);
  shuffle(lex.organizations, random);
  shuffle(lex.places, random);
}

int usage() {
  std::cerr << "usage: jaring_bench_corpus --data DIR -o OUT [--mb 100] [--seed 7]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  fs::path data, out;
  double mb = 100;
  std::uint64_t seed = 7;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (i + 1 >= argc) return usage();
    if (a == "--data") data = argv[++i];
    else if (a == "-o") out = argv[++i];
    else if (a == "--mb") mb = std::stod(argv[++i]);
    else if (a == "--seed") seed = std::stoull(argv[++i]);
    else return usage();
  }
  if (data.empty() || out.empty()) return usage();
  try {
    Lexicon lex = load(data);
    shuffle(lex, seed);
    // Written beside the target and renamed: a cached corpus is always complete.
    const fs::path tmp = out.string() + ".tmp";
    fs::remove_all(tmp);
    fs::create_directories(tmp);
    Writer writer(lex, seed);
    const auto target = static_cast<std::uint64_t>(mb * 1e6);
    std::uint64_t bytes = 0;
    std::size_t files = 0;
    while (bytes < target) {
      const int lang = static_cast<int>(files % 2);
      const std::string text = writer.article(lang);
      char name[32];
      std::snprintf(name, sizeof name, "%s-%05zu.txt", lang == 0 ? "en" : "id", files);
      std::ofstream f(tmp / name, std::ios::binary);
      f << text;
      if (!f) throw std::runtime_error("cannot write " + (tmp / name).string());
      bytes += text.size();
      ++files;
    }
    std::ofstream manifest(tmp / "MANIFEST");
    manifest << "seed\t" << seed << "\nmb\t" << mb << "\nfiles\t" << files << "\nbytes\t" << bytes
             << "\nsentences\t" << writer.sentences() << "\n";
    if (!manifest) throw std::runtime_error("cannot write the manifest");
    manifest.close();
    fs::remove_all(out);
    fs::rename(tmp, out);
    std::cout << files << " files, " << bytes << " bytes, " << writer.sentences() << " sentences\n";
  } catch (const std::exception& e) {
    std::cerr << "jaring_bench_corpus: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
