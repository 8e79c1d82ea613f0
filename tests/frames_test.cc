#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "jaring/error.h"
#include "jaring/frames.h"
#include "jaring/grammar.h"
#include "test_util.h"

using namespace jaring;

TEST_CASE("Indonesian meN- assimilation") {
  CHECK(inflect_id("dukung", "meN-") == "mendukung");
  CHECK(inflect_id("kirim", "meN-") == "mengirim");      // k drops
  CHECK(inflect_id("tolak", "meN-") == "menolak");       // t drops
  CHECK(inflect_id("serang", "meN-") == "menyerang");    // s -> ny
  CHECK(inflect_id("puji", "meN-") == "memuji");         // p drops
  CHECK(inflect_id("bantu", "meN-") == "membantu");
  CHECK(inflect_id("ancam", "meN-") == "mengancam");     // vowel
  CHECK(inflect_id("lawan", "meN-") == "melawan");
  CHECK(inflect_id("kritik", "meN-") == "mengkritik");   // cluster keeps k
  CHECK(inflect_id("protes", "meN-") == "memprotes");    // cluster keeps p
  CHECK(inflect_id("bom", "meN-") == "mengebom");        // one syllable
  CHECK(inflect_id("kerah", "meN-kan") == "mengerahkan");
  CHECK(inflect_id("kunjung", "meN-i") == "mengunjungi");
  CHECK(inflect_id("senjata", "memper-i") == "mempersenjatai");
}

TEST_CASE("Indonesian passive, ber-, and nominal forms") {
  CHECK(inflect_id("terima", "di-") == "diterima");
  CHECK(inflect_id("kerah", "di-kan") == "dikerahkan");
  CHECK(inflect_id("temu", "ber-") == "bertemu");
  CHECK(inflect_id("runding", "ber-") == "berunding");   // ber- before r
  CHECK(inflect_id("dukung", "-an") == "dukungan");
  CHECK(inflect_id("kirim", "peN-an") == "pengiriman");
  CHECK(inflect_id("bicara", "peN-an") == "pembicaraan");
  CHECK(inflect_id("temu", "per-an") == "pertemuan");
  CHECK(inflect_id("sebar", "peN-an") == "penyebaran");
  CHECK(inflect_id("x", "zap-") == "");
  CHECK(voice_of_id_pattern("di-kan") == Voice::Passive);
  CHECK(voice_of_id_pattern("peN-an") == Voice::Nominal);
  CHECK(voice_of_id_pattern("meN-") == Voice::Active);
}

TEST_CASE("English regular inflection") {
  CHECK(inflect_en_verb("support") == std::vector<std::string>{"support", "supports", "supported", "supporting"});
  CHECK(inflect_en_verb("praise") == std::vector<std::string>{"praise", "praises", "praised", "praising"});
  CHECK(inflect_en_verb("ally") == std::vector<std::string>{"ally", "allies", "allied", "allying"});
  CHECK(inflect_en_verb("deploy")[2] == "deployed");
  CHECK(inflect_en_verb("slam")[2] == "slammed");
  CHECK(inflect_en_verb("visit")[2] == "visited");
  CHECK(inflect_en_verb("criticize")[3] == "criticizing");
}

TEST_CASE("every frame file loads and generates its forms") {
  const FrameSet& frames = test::model().frames;
  CHECK(frames.frames().size() > 100);
  const auto* forms = frames.forms_starting("mengerahkan");
  REQUIRE(forms != nullptr);
  CHECK(frames.frame(forms->front().frame).relation == "deploys_troops_to");
  REQUIRE(frames.forms_starting("dikerahkan") != nullptr);
  CHECK(frames.forms_starting("dikerahkan")->front().voice == Voice::Passive);
  REQUIRE(frames.forms_starting("bekerja") != nullptr);  // the multi-word `bekerja sama`
  CHECK(frames.forms_starting("bekerja")->front().tokens.size() == 2);
}

TEST_CASE("a form carries its frame's language and theme; a frame its relation's index") {
  const Model& model = test::model();
  const FrameSet& frames = model.frames;
  const int en = frames.language_index("en"), id = frames.language_index("id");
  REQUIRE(en >= 0);
  REQUIRE(id >= 0);
  CHECK(en != id);
  CHECK(frames.language_index("xx") == -1);
  std::size_t themed = 0;
  for (const auto& [word, forms] : frames.forms_by_first_token())
    for (const TriggerForm& f : forms) {
      const Frame& frame = frames.frame(f.frame);
      CHECK(f.lang == frames.language_index(frame.lang));
      CHECK(f.themed == !frame.theme.empty());
      CHECK(frame.theme_class == (frame.theme.empty() ? 0 : Grammar::class_named(frame.theme)));
      themed += f.themed;
    }
  CHECK(themed > 0);  // `mengirim pasukan ke X` needs its theme
  for (const Frame& frame : frames.frames()) {
    REQUIRE(frame.relation_index < model.relations.all().size());
    CHECK(model.relations.all()[frame.relation_index].id == frame.relation);
  }
}

namespace {

// A data directory in the temp directory whose frames/en.tsv is `tsv`.
std::filesystem::path frames_dir(const std::string& name, const std::string& tsv) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / name;
  std::filesystem::create_directories(dir / "frames");
  std::ofstream(dir / "frames" / "en.tsv") << tsv;
  return dir;
}

// The message FrameSet::load gives for `dir`, empty when it loads.
std::string load_error(const std::filesystem::path& dir, const std::vector<std::string>& relations) {
  try {
    FrameSet::load(dir, relations);
  } catch (const DataError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("a frame naming an unknown relation is an error at its line") {
  const std::filesystem::path dir = frames_dir("jaring_frames_test_unknown",
                                               "# jaring-frames 1\n"
                                               "relation\ttrigger\tforms\tsubject\tobject\n"
                                               "supports\tback\tverb\tagent\tdirect\n"
                                               "adores\tadore\tverb\tagent\tdirect\n");
  const std::string message = load_error(dir, {"supports", "criticizes"});
  CHECK(message.find("en.tsv") != std::string::npos);
  CHECK(message.find(":4") != std::string::npos);
  CHECK(message.find("'adores' is not in relations.tsv") != std::string::npos);
  // The same file with known relations loads, each frame with its relation's index.
  const FrameSet ok = FrameSet::load(dir, {"criticizes", "supports", "adores"});
  REQUIRE(ok.frames().size() == 2);
  CHECK(ok.frames()[0].relation_index == 1);
  CHECK(ok.frames()[1].relation_index == 2);
  std::filesystem::remove_all(dir);
}

TEST_CASE("a frame whose theme is no word class is an error at its line") {
  const std::filesystem::path dir = frames_dir("jaring_frames_test_theme",
                                               "# jaring-frames 1\n"
                                               "relation\ttrigger\tforms\tsubject\tobject\ttheme\n"
                                               "supports\tsend\tverb\tagent\tdirect\ttroops\n"
                                               "supports\tship\tverb\tagent\tdirect\tsoldierz\n");
  const std::string message = load_error(dir, {"supports"});
  CHECK(message.find("en.tsv") != std::string::npos);
  CHECK(message.find(":4") != std::string::npos);
  CHECK(message.find("unknown theme class 'soldierz'") != std::string::npos);
  std::filesystem::remove_all(dir);
}
