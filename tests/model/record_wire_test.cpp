// wire::put_record / get_record: the parent gets the record documents/*.json would give back.

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "model/record_json.hpp"
#include "model/record_wire.hpp"

namespace {

idm::DocumentRecord sample_record() {
  idm::DocumentRecord r;
  r.id = "idm-test-1";
  r.source = {"in/a b.pdf", "ab12", 3, {2, 3}, "Writer"};
  r.doc_type = "report";
  r.language = "fr";
  r.title = "Un titre accentué — “cité”";
  r.events.push_back({"idm-2030-x", "T", "", -4, "2030-01-02", "", "Genève", ""});
  idm::Block b;
  b.id = "p1-b1";
  b.page = 1;
  b.kind = "paragraph";
  b.level = -2;  // not positive: the JSON leaves it out
  b.text = "Texte\twith\nbreaks";
  b.label = "key_message";
  b.confidence = 0.8349999;
  b.evidence = "cue";
  b.bbox[0] = 12.345;
  b.bbox[1] = -0.04;
  b.bbox[2] = 100.06;
  b.bbox[3] = 7;
  b.words = 12;  // type facts: not in the JSON
  b.bold_lead_words = 3;
  r.blocks.push_back(b);
  b.id = "p1-b2";
  b.confidence = -1;
  b.ocr_confidence = 87.25;
  r.blocks.push_back(b);
  r.sessions.push_back(
      {"s1", "idm-2030-x", 1, "2030-01-02", "10:00", "", "Opening", "plenary", "", "", {"Q?"}, 0});
  r.speakers.push_back({"A Person", "Mr", "speaker", "", "Org", "France", "FR", "s1", 2, ""});
  r.key_messages.push_back({1, "", "A message", 2, {"p1-b1", "p1-b2"}});
  r.recommendations.push_back({0, "R", "", -1, {}});
  r.statements.push_back({"A Person", "", "Said", 2, "p1-b1"});
  return r;
}

// What the parent read before: the record through its JSON form.
idm::DocumentRecord through_json(const idm::DocumentRecord& r) {
  return idm::record_from_json(nlohmann::json::parse(idm::to_json(r).dump()));
}

}  // namespace

TEST_CASE("record_wire: a record comes back as its JSON form gives it back") {
  const idm::DocumentRecord r = sample_record();
  std::string bytes;
  idm::wire::put_record(bytes, r);
  idm::wire::Reader in(bytes);
  idm::DocumentRecord back;
  REQUIRE(idm::wire::get_record(in, back));
  CHECK(in.at_end());
  const idm::DocumentRecord want = through_json(r);
  CHECK(idm::dump_record(back) == idm::dump_record(want));
  CHECK(back.blocks[0].level == 0);
  CHECK(back.blocks[0].confidence == want.blocks[0].confidence);
  CHECK(back.blocks[0].bbox[1] == want.blocks[0].bbox[1]);
  CHECK(back.blocks[0].words == 0);
  CHECK(back.blocks[0].bold_lead_words == 0);
  CHECK(back.blocks[1].confidence == -1);
  CHECK(back.recommendations[0].page == 0);
}

TEST_CASE("record_wire: a cut answer is refused, never read past its end") {
  std::string bytes;
  idm::wire::put_record(bytes, sample_record());
  for (size_t n = 0; n < bytes.size(); ++n) {
    idm::wire::Reader in(std::string_view(bytes).substr(0, n));
    idm::DocumentRecord back;
    CHECK_FALSE(idm::wire::get_record(in, back));
  }
  // A count no bytes could hold.
  std::string huge;
  idm::wire::put_string(huge, "id");
  idm::wire::put_u32(huge, 0xffffffffu);
  idm::wire::Reader in(huge);
  CHECK(in.string() == "id");
  std::vector<std::string> none = in.strings();
  CHECK(none.empty());
  CHECK_FALSE(in.ok());
}
