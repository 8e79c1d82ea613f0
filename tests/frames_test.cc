#include <doctest/doctest.h>

#include "jaring/frames.h"
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
