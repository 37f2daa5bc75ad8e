// JsonWriter and dump_record: the same bytes as nlohmann's dump(2) of the same values, which
// is what documents/*.json held before the writer existed.

#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>

#include "model/json_writer.hpp"
#include "model/record_json.hpp"

using namespace idm;
namespace fs = std::filesystem;

namespace {

std::string nlohmann_text(const nlohmann::ordered_json& j) {
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string json_quoted(std::string_view text) {
  std::string out;
  append_json_string(out, text);
  return out;
}

DocumentRecord every_field() {
  DocumentRecord r;
  r.id = "idm-test";
  r.source = {"dir/a \"b\".pdf", "00ff", 4, {1, 3}, "A \\ producer"};
  r.doc_type = "summary";
  r.language = "es";
  r.title = "Título — “citado”\tcon\x01control";
  r.events.push_back({"idm-2030-x", "T", "Th", 2030, "2030-01-02", "2030-01-03", "Quito", "V"});
  r.events.push_back({"idm-2031-y", "", "", 0, "", "", "", ""});
  Block b;
  b.id = "p1-b1";
  b.page = 1;
  b.kind = "heading";
  b.level = 2;
  b.text = "Line\nbreak and \x7f delete";
  b.label = "speaker";
  b.confidence = 0.835;
  b.evidence = "cue";
  b.bbox[0] = -0.04;  // rounds to minus zero
  b.bbox[1] = 12.345;
  b.bbox[2] = 595.0;
  b.bbox[3] = 841.96;
  b.ocr_confidence = 93.25;
  r.blocks.push_back(b);
  Block plain;
  plain.id = "p2-b1";
  plain.page = 2;
  plain.kind = "paragraph";
  r.blocks.push_back(plain);
  Session s;
  s.id = "s1";
  s.event = "idm-2030-x";
  s.day = 1;
  s.date = "2030-01-02";
  s.start = "10:00";
  s.end = "11:30";
  s.title = "Session";
  s.kind = "panel";
  s.venue = "Room";
  s.description = "About";
  s.questions = {"Why?", "How?"};
  s.page = 3;
  r.sessions.push_back(s);
  r.sessions.push_back(Session{});
  r.speakers.push_back(
      {"Ana Pérez", "Sra.", "speaker", "Minister", "Org", "Chile", "CL", "s1", 3, "note"});
  r.speakers.push_back({"B", "", "moderator", "", "", "", "", "", 0, ""});
  r.key_messages.push_back({1, "T", "Text", 2, {"p2-b1", "p2-b2"}});
  r.key_messages.push_back({0, "", "", 0, {}});
  r.recommendations.push_back({3, "", "Do", 4, {}});
  r.statements.push_back({"Ana Pérez", "Minister", "Said so.", 3, "p3-b1"});
  r.statements.push_back({"B", "", "", 0, ""});
  return r;
}

}  // namespace

TEST_CASE("json_writer: strings escaped as nlohmann escapes them") {
  for (const std::string& text : std::vector<std::string>{
           "", "plain", "quote \" and \\ backslash", "\b\f\n\r\t", std::string("nul \0 in", 8),
           "\x01\x1f\x7f", "accents éàü “” — 🙂", "/slash/"}) {
    CHECK(json_quoted(text) ==
          nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
  // Invalid UTF-8 (overlong, surrogate, cut short, stray continuation): replaced the same way.
  for (const std::string& text :
       std::vector<std::string>{"\xc0\xaf", "a\xed\xa0\x80z", "cut \xe2\x82", "\x80 stray",
                                "\xf4\x90\x80\x80", "ok \xc3\xa9 then \xff"}) {
    CHECK(json_quoted(text) ==
          nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
}

TEST_CASE("json_writer: nesting, empty containers and numbers as dump(2) prints them") {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.member("a", 1);
  w.key("empty_list");
  w.begin_array();
  w.end_array();
  w.key("empty_object");
  w.begin_object();
  w.end_object();
  w.key("numbers");
  w.begin_array();
  for (const double x : {0.0, -0.0, 1.0, 0.1, 12.3, -7.25, 1e21, 1e-7, 595.3,
                         std::numeric_limits<double>::quiet_NaN()})
    w.value(x);
  w.end_array();
  w.member("list", std::vector<std::string>{"x", "y"});
  w.member("flag", true);
  w.end_object();

  nlohmann::ordered_json j;
  j["a"] = 1;
  j["empty_list"] = nlohmann::ordered_json::array();
  j["empty_object"] = nlohmann::ordered_json::object();
  j["numbers"] = {0.0,   -0.0, 1.0,  0.1,   12.3,
                  -7.25, 1e21, 1e-7, 595.3, std::numeric_limits<double>::quiet_NaN()};
  j["list"] = {"x", "y"};
  j["flag"] = true;
  CHECK(out == nlohmann_text(j));
}

TEST_CASE("dump_record: the same bytes as to_json(record).dump(2)") {
  const DocumentRecord filled = every_field();
  CHECK(dump_record(filled) == nlohmann_text(to_json(filled)) + "\n");
  const DocumentRecord empty;
  CHECK(dump_record(empty) == nlohmann_text(to_json(empty)) + "\n");
  // Every gold record of the samples, read back as a record.
  int compared = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(IDM_SOURCE_DIR) / "samples")) {
    const std::string name = entry.path().filename().string();
    if (name.size() < 10 || name.substr(name.size() - 10) != ".gold.json") continue;
    std::ifstream in(entry.path());
    const DocumentRecord record = record_from_json(nlohmann::json::parse(in));
    CHECK(dump_record(record) == nlohmann_text(to_json(record)) + "\n");
    ++compared;
  }
  CHECK(compared >= 9);
}
