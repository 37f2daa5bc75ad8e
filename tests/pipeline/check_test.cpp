// compare_outputs() on small hand-made output folders, and the workbook's cell dump it reads.

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "model/record_json.hpp"
#include "pipeline/check.hpp"
#include "reports/xlsx_report.hpp"
#include "reports/xlsx_util.hpp"
#include "tests/support/temp_dir.hpp"

namespace fs = std::filesystem;
using namespace idm;

namespace {

// Temporary folders named after this test file.
struct TempDir : idm::test::TempDir {
  TempDir() : idm::test::TempDir("idm-check-test") {}
};

void write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

DocumentRecord make_record(const std::string& id, int blocks) {
  DocumentRecord record;
  record.id = id;
  record.source.path = "samples/" + id + ".pdf";
  record.source.pages = 1;
  record.title = "Title of " + id;
  for (int i = 0; i < blocks; ++i) {
    Block block;
    block.id = "b" + std::to_string(i + 1);
    block.page = 1;
    block.kind = "paragraph";
    block.text = "Paragraph number " + std::to_string(i + 1) + ".";
    record.blocks.push_back(block);
  }
  return record;
}

// OUT and EXPECTED with the same two records and cells.
struct Outputs {
  TempDir out, expected;
  Outputs() {
    for (const fs::path& dir : {out.path, expected.path}) {
      write(dir / "documents" / "idm-a.json", dump_record(make_record("idm-a", 3)));
      write(dir / "documents" / "idm-b.json", dump_record(make_record("idm-b", 2)));
      write(dir / kCellsDumpName, "Speakers!A1\tName\nSpeakers!A2\tAna\\tPérez\nSpeakers!C4\tx\n");
    }
  }
};

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
    lines.push_back(text.substr(start, end - start));
  }
  CHECK(start == text.size());  // every line ends with a newline
  return lines;
}

}  // namespace

TEST_CASE("check: equal outputs give an empty diff") {
  Outputs o;
  CHECK(compare_outputs(o.out.path, o.expected.path) == "");
  // Extra files beyond the records and the cells are not compared.
  write(o.out.path / "run.json", "{}");
  CHECK(compare_outputs(o.out.path, o.expected.path) == "");
}

TEST_CASE("check: a changed text is shown field by field") {
  Outputs o;
  DocumentRecord changed = make_record("idm-a", 3);
  changed.blocks[1].text = "Paragraph number two.";
  changed.title = "";
  write(o.out.path / "documents" / "idm-a.json", dump_record(changed));
  const auto lines = lines_of(compare_outputs(o.out.path, o.expected.path));
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "idm-a: title: 'Title of idm-a' -> (absent)");
  CHECK(lines[1] == "idm-a: blocks[1].text: 'Paragraph number 2.' -> 'Paragraph number two.'");
}

TEST_CASE("check: an inserted element reads as added, not as every later one changed") {
  Outputs o;
  DocumentRecord changed = make_record("idm-a", 3);
  Block extra = changed.blocks[0];
  extra.text = "Inserted.";
  changed.blocks.insert(changed.blocks.begin() + 1, extra);
  write(o.out.path / "documents" / "idm-a.json", dump_record(changed));
  const auto lines = lines_of(compare_outputs(o.out.path, o.expected.path));
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].rfind("idm-a: blocks[1]: added {", 0) == 0);
}

TEST_CASE("check: missing and extra documents") {
  Outputs o;
  fs::remove(o.out.path / "documents" / "idm-b.json");
  write(o.out.path / "documents" / "idm-c.json", dump_record(make_record("idm-c", 1)));
  const auto lines = lines_of(compare_outputs(o.out.path, o.expected.path));
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "documents/idm-b.json: missing (expected, not written by this run)");
  CHECK(lines[1] == "documents/idm-c.json: extra (written by this run, not expected)");
}

TEST_CASE("check: changed, missing and extra cells") {
  Outputs o;
  write(o.out.path / kCellsDumpName, "Speakers!A1\tName\nSpeakers!C4\ty\nSpeakers!D9\tnew\n");
  const auto lines = lines_of(compare_outputs(o.out.path, o.expected.path));
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == "Speakers!A2: 'Ana\\tPérez' -> (empty)");
  CHECK(lines[1] == "Speakers!C4: 'x' -> 'y'");
  CHECK(lines[2] == "Speakers!D9: (empty) -> 'new'");

  fs::remove(o.out.path / kCellsDumpName);
  CHECK(compare_outputs(o.out.path, o.expected.path) ==
        "summary.cells.txt: missing (expected, not written)\n");
}

TEST_CASE("check: at most N lines per file, then how many more") {
  Outputs o;
  DocumentRecord changed = make_record("idm-a", 3);
  for (Block& block : changed.blocks)
    block.page = 2;
  changed.source.pages = 2;
  write(o.out.path / "documents" / "idm-a.json", dump_record(changed));
  const auto lines = lines_of(compare_outputs(o.out.path, o.expected.path, 2));
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == "idm-a: source.pages: 1 -> 2");
  CHECK(lines[1] == "idm-a: blocks[0].page: 1 -> 2");
  CHECK(lines[2] == "... and 2 more in documents/idm-a.json");
}

TEST_CASE("check: long texts are shown around their first difference; bad JSON is reported") {
  Outputs o;
  DocumentRecord want = make_record("idm-a", 1);
  DocumentRecord have = want;
  want.blocks[0].text = std::string(200, 'a') + "OLD" + std::string(200, 'z');
  have.blocks[0].text = std::string(200, 'a') + "NEW" + std::string(200, 'z');
  write(o.expected.path / "documents" / "idm-a.json", dump_record(want));
  write(o.out.path / "documents" / "idm-a.json", dump_record(have));
  write(o.out.path / "documents" / "idm-b.json", "{ not json");
  const auto lines = lines_of(compare_outputs(o.out.path, o.expected.path));
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].find("'..." + std::string(20, 'a') + "OLD") != std::string::npos);
  CHECK(lines[0].find("-> '..." + std::string(20, 'a') + "NEW") != std::string::npos);
  CHECK(lines[0].size() < 200);
  CHECK(lines[1] == "idm-b: the output documents/idm-b.json is not valid JSON");

  write(o.out.path / "documents" / "idm-b.json", to_json(make_record("idm-b", 2)).dump());
  CHECK(lines_of(compare_outputs(o.out.path, o.expected.path)).at(1) ==
        "idm-b: same content, written differently (key order, spacing)");

  CHECK(compare_outputs(o.out.path, o.out.path / "nowhere").find("is not a folder") !=
        std::string::npos);
}

TEST_CASE("cells dump: canonical order, escapes, the last write wins") {
  const std::vector<RecordedCell> cells = {
      {"Documents", 1, 1, "b2"},       {"Documents", 1, 0, "a2"},
      {"Documents", 0, 0, "Document"}, {"Blocks", 10, 0, "tab\there\nnew\\line"},
      {"Blocks", 1, 27, "AB2"},        {"Documents", 1, 1, "b2 again"},
  };
  CHECK(dump_cells(cells) ==
        "Documents!A1\tDocument\n"
        "Documents!A2\ta2\n"
        "Documents!B2\tb2 again\n"
        "Blocks!AB2\tAB2\n"
        "Blocks!A11\ttab\\there\\nnew\\\\line\n");
}

TEST_CASE("cells dump: cell names as Excel spells them") {
  const std::vector<RecordedCell> cells = {
      {"S", 0, 25, "z"}, {"S", 0, 26, "aa"}, {"S", 0, 701, "zz"}, {"S", 1048575, 702, "aaa"}};
  CHECK(dump_cells(cells) == "S!Z1\tz\nS!AA1\taa\nS!ZZ1\tzz\nS!AAA1048576\taaa\n");
}

TEST_CASE("cells dump: write_summary_workbook fills it with every sheet's cells") {
  TempDir dir;
  RunReport run;
  run.version = "9.9.9";
  run.inputs = 1;
  DocumentOutcome outcome;
  outcome.id = "idm-a";
  outcome.path = "samples/idm-a.pdf";
  outcome.status = "ok";
  outcome.pages = 1;
  run.documents.push_back(outcome);
  std::vector<DocumentRecord> records = {make_record("idm-a", 2)};
  records[0].blocks[0].confidence = 0.856;
  records[0].blocks[0].label = "other";
  std::string dump;
  WorkbookOptions options;
  options.input_root = "/inputs";
  options.cells_dump = &dump;
  write_summary_workbook(run, records, {}, (dir.path / "summary.xlsx").string(), options);
  REQUIRE_FALSE(dump.empty());
  CHECK(dump.find("Overview!A1\tItem\n") == 0);
  CHECK(dump.find("Blocks!A1\t") != std::string::npos);
  CHECK(dump.find("\tParagraph number 2.\n") != std::string::npos);
  CHECK(dump.find("\t0.86\n") != std::string::npos);  // decimals as shown
  CHECK(dump.find("file://") == std::string::npos);   // links' targets depend on the machine
  CHECK(dump.find("/inputs") == std::string::npos);
  // The same workbook, the same dump.
  std::string again;
  options.cells_dump = &again;
  write_summary_workbook(run, records, {}, (dir.path / "again.xlsx").string(), options);
  CHECK(again == dump);
  // Handed on in pieces while the sheets are written, before the workbook is: the same text.
  options.cells_dump = nullptr;
  const fs::path third = dir.path / "third.xlsx";
  bool file_existed = false;
  std::string handed;
  options.cells_text = [&](std::string_view piece) {
    file_existed = file_existed || fs::exists(third);
    handed += piece;
  };
  write_summary_workbook(run, records, {}, third.string(), options);
  CHECK_FALSE(file_existed);
  CHECK(handed == dump);
}
