// summary.xlsx: structure, byte-identical reruns, locale independence, cell limits.

#include <doctest/doctest.h>
#include <zlib.h>

#include <clocale>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <stdexcept>
#include <string>
#include <vector>

#include "reports/xlsx_report.hpp"
#include "reports/xlsx_util.hpp"

namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kCreated = 1704067200;  // 2024-01-01T00:00:00Z

// A fresh empty directory, removed with everything in it at the end of the test.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "idm-xlsx-test-XXXXXX").string();
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    path = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::uint32_t le(const std::string& data, std::size_t at, int bytes) {
  std::uint32_t value = 0;
  for (int i = bytes - 1; i >= 0; --i) {
    value = (value << 8) | static_cast<unsigned char>(data.at(at + static_cast<std::size_t>(i)));
  }
  return value;
}

// The entries of a zip file, name -> uncompressed content (stored or deflated only).
std::map<std::string, std::string> unzip(const std::string& zip) {
  std::size_t eocd = zip.rfind(std::string("PK\x05\x06", 4));
  REQUIRE(eocd != std::string::npos);
  const std::uint32_t count = le(zip, eocd + 10, 2);
  std::size_t at = le(zip, eocd + 16, 4);
  std::map<std::string, std::string> entries;
  for (std::uint32_t n = 0; n < count; ++n) {
    REQUIRE(le(zip, at, 4) == 0x02014b50u);
    const std::uint32_t method = le(zip, at + 10, 2);
    const std::uint32_t packed = le(zip, at + 20, 4);
    const std::uint32_t size = le(zip, at + 24, 4);
    const std::uint32_t name_length = le(zip, at + 28, 2);
    const std::uint32_t local = le(zip, at + 42, 4);
    const std::string name = zip.substr(at + 46, name_length);
    at += 46 + name_length + le(zip, at + 30, 2) + le(zip, at + 32, 2);

    const std::size_t data = local + 30 + le(zip, local + 26, 2) + le(zip, local + 28, 2);
    std::string content(size, '\0');
    if (method == 0) {
      content = zip.substr(data, size);
    } else {
      REQUIRE(method == 8u);
      z_stream stream{};
      REQUIRE(inflateInit2(&stream, -MAX_WBITS) == Z_OK);
      stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zip.data() + data));
      stream.avail_in = packed;
      stream.next_out = reinterpret_cast<Bytef*>(content.data());
      stream.avail_out = size;
      const int result = inflate(&stream, Z_FINISH);
      inflateEnd(&stream);
      REQUIRE(result == Z_STREAM_END);
    }
    entries[name] = content;
  }
  return entries;
}

// The XML of one cell, e.g. <c r="C2" s="2"><v>1</v></c>; empty if it is not there.
std::string cell_xml(const std::string& sheet, const std::string& cell) {
  const std::size_t start = sheet.find("<c r=\"" + cell + "\"");
  if (start == std::string::npos) return {};
  const std::size_t end = sheet.find("</c>", start);
  return sheet.substr(start, end == std::string::npos ? end : end + 4 - start);
}

idm::RunReport make_run() {
  idm::RunReport run;
  run.started = "2024-01-01T00:00:00Z";
  run.finished = "2024-01-01T00:00:05Z";
  run.version = "0.1.0";
  run.inputs = 3;
  run.documents = {
      {"agenda-2018", "agendas/Agenda 2018 #1.pdf", "ok", "", "", 2, 1.25},
      {"report-2019", "/data/idm/report-2019.pdf", "ok", "", "", 3, 0.5},
      {"broken", "broken.pdf", "failed", "not_pdf", "not a PDF file (no %PDF- header)", 0, 0.01},
  };
  return run;
}

std::vector<idm::DocumentRecord> make_records() {
  idm::DocumentRecord agenda;
  agenda.id = "agenda-2018";
  agenda.source.path = "agendas/Agenda 2018 #1.pdf";
  agenda.source.pages = 2;
  agenda.doc_type = "agenda";
  agenda.language = "fr";
  agenda.title = "Atelier de l'IDM — Genève";
  idm::Block heading;
  heading.id = "p1-b1";
  heading.page = 1;
  heading.kind = "heading";
  heading.level = 1;
  heading.text = "Ordre du jour";
  heading.label = "agenda_item";
  heading.confidence = 0.75;
  idm::Block formula;
  formula.id = "p1-b2";
  formula.page = 1;
  formula.kind = "paragraph";
  formula.text = "=1+1";
  idm::Block control;
  control.id = "p2-b1";
  control.page = 2;
  control.kind = "footnote";
  control.text = std::string("form feed \f and a bad byte \xff here");
  agenda.blocks = {heading, formula, control};
  agenda.key_messages = {{1, "Migration", "Migration matters.", 1, {"p1-b1"}}};

  idm::DocumentRecord report;
  report.id = "report-2019";
  report.source.path = "/data/idm/report-2019.pdf";
  report.source.pages = 3;
  report.doc_type = "report";
  report.title = "Report";
  idm::Block long_block;
  long_block.id = "p3-b1";
  long_block.page = 3;
  long_block.kind = "paragraph";
  long_block.label = "key_message";
  long_block.confidence = 0.5;
  long_block.text = std::string(40000, 'x');
  report.blocks = {long_block};
  report.speakers = {{"Ana Pérez", "Sra.", "speaker", "Minister", "", "Spain", "s1", 2, ""}};
  return {agenda, report};
}

struct Written {
  std::string bytes;
  std::vector<idm::RunWarning> warnings;
};

Written write(const fs::path& path, std::int64_t created = kCreated,
              const idm::RunReport& run = make_run(),
              const std::vector<idm::DocumentRecord>& records = make_records()) {
  Written written;
  idm::WorkbookOptions options;
  options.created = created;
  options.input_root = "/inputs";
  options.on_warning = [&](const idm::RunWarning& w) { written.warnings.push_back(w); };
  idm::write_summary_workbook(run, records, path.string(), options);
  written.bytes = read_file(path);
  return written;
}

// Switches LC_NUMERIC to a decimal-comma locale for the scope, if one is installed.
struct CommaLocale {
  std::string saved = std::setlocale(LC_NUMERIC, nullptr);
  std::string name;
  CommaLocale() {
    for (const char* candidate : {"de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "fr_FR.utf8"}) {
      if (std::setlocale(LC_NUMERIC, candidate)) {
        name = candidate;
        return;
      }
    }
  }
  ~CommaLocale() { std::setlocale(LC_NUMERIC, saved.c_str()); }
};

}  // namespace

TEST_CASE("summary.xlsx is a zip with the Documents and Blocks sheets as tables") {
  TempDir dir;
  const Written written = write(dir.path / "summary.xlsx");
  REQUIRE(written.bytes.size() > 4);
  CHECK(written.bytes.compare(0, 2, "PK") == 0);

  const auto parts = unzip(written.bytes);
  const std::string& workbook = parts.at("xl/workbook.xml");
  CHECK(workbook.find("name=\"Documents\"") != std::string::npos);
  CHECK(workbook.find("name=\"Blocks\"") != std::string::npos);
  CHECK(workbook.find("name=\"Documents\"") < workbook.find("name=\"Blocks\""));
  CHECK(parts.count("xl/tables/table1.xml") == 1);
  CHECK(parts.count("xl/tables/table2.xml") == 1);
  // 3 outcomes + header; 4 blocks + header.
  CHECK(parts.at("xl/tables/table1.xml").find("ref=\"A1:M4\"") != std::string::npos);
  CHECK(parts.at("xl/tables/table2.xml").find("ref=\"A1:H5\"") != std::string::npos);

  const std::string& blocks = parts.at("xl/worksheets/sheet2.xml");
  CHECK(blocks.find("<f>") == std::string::npos);  // "=1+1" is text, not a formula
  CHECK(blocks.find("<pane ") != std::string::npos);
  CHECK(parts.at("xl/sharedStrings.xml").find(">=1+1<") != std::string::npos);
  // Page links go to the PDF, resolved against the input root and percent-encoded.
  const std::string& links = parts.at("xl/worksheets/_rels/sheet2.xml.rels");
  CHECK(links.find("file:///inputs/agendas/Agenda%202018%20%231.pdf") != std::string::npos);
  CHECK(links.find("file:///data/idm/report-2019.pdf") != std::string::npos);
  // Pages stay numbers where they are links: C2 is the page of p1-b1, linked and numeric.
  CHECK(blocks.find("<hyperlink ref=\"C2\"") != std::string::npos);
  CHECK(cell_xml(blocks, "C2").find("t=\"") == std::string::npos);
  CHECK(cell_xml(blocks, "C2").find("<v>1</v>") != std::string::npos);
  CHECK(cell_xml(blocks, "H3").find("t=\"s\"") != std::string::npos);

  // The 40,000-character text was cut and reported once.
  REQUIRE(written.warnings.size() == 1);
  CHECK(written.warnings[0].document == "report-2019");
  CHECK(written.warnings[0].page == 3);
  CHECK(written.warnings[0].message.find("40000") != std::string::npos);

  const std::string& core = parts.at("docProps/core.xml");
  CHECK(core.find("2024-01-01T00:00:00Z") != std::string::npos);
  CHECK(core.find("<dc:creator>idmreport</dc:creator>") != std::string::npos);
}

TEST_CASE("summary.xlsx is byte-identical for the same inputs and created time") {
  TempDir dir;
  const Written first = write(dir.path / "a.xlsx");
  const Written second = write(dir.path / "b.xlsx");
  CHECK(first.bytes == second.bytes);
  CHECK(write(dir.path / "c.xlsx", kCreated + 1).bytes != first.bytes);

  // created == 0 means a fixed time, not "now".
  const Written zero = write(dir.path / "d.xlsx", 0);
  CHECK(unzip(zero.bytes).at("docProps/core.xml").find("2000-01-01T00:00:00Z") !=
        std::string::npos);
  CHECK(write(dir.path / "e.xlsx", 0).bytes == zero.bytes);
}

TEST_CASE("summary.xlsx numbers use '.' whatever LC_NUMERIC says") {
  TempDir dir;
  const Written plain = write(dir.path / "c.xlsx");
  const auto sheet = unzip(plain.bytes).at("xl/worksheets/sheet2.xml");
  CHECK(sheet.find("<v>0.75</v>") != std::string::npos);

  CommaLocale comma;
  if (comma.name.empty()) {
    MESSAGE("no decimal-comma locale installed (locale -a): locale check skipped");
    return;
  }
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.2f", 0.75);
  REQUIRE(std::string(buffer) == "0,75");  // the hazard is real in this process

  const Written under_comma = write(dir.path / "de.xlsx");
  CHECK(std::string(std::setlocale(LC_NUMERIC, nullptr)) == comma.name);  // left as it was
  for (const auto& part : unzip(under_comma.bytes)) {
    // Plain references: doctest's CHECK_MESSAGE can't capture structured bindings on clang 14.
    const std::string& name = part.first;
    const std::string& content = part.second;
    if (!name.starts_with("xl/worksheets/sheet")) continue;
    CHECK_MESSAGE(content.find("<v>0,75</v>") == std::string::npos, name);
    CHECK_MESSAGE(content.find("width=\"") != std::string::npos, name);
    CHECK_MESSAGE(!std::regex_search(content, std::regex("width=\"[0-9]+,")), name);
  }
  CHECK(under_comma.bytes == plain.bytes);
}

TEST_CASE("summary.xlsx with no documents still has both tables") {
  TempDir dir;
  const Written empty = write(dir.path / "empty.xlsx", kCreated, idm::RunReport{}, {});
  const auto parts = unzip(empty.bytes);
  CHECK(parts.at("xl/tables/table1.xml").find("ref=\"A1:M2\"") != std::string::npos);
  CHECK(parts.at("xl/tables/table2.xml").find("ref=\"A1:H2\"") != std::string::npos);
}

TEST_CASE("summary.xlsx: a path that cannot be written throws") {
  TempDir dir;
  CHECK_THROWS_AS(write(dir.path / "missing-dir" / "summary.xlsx"), std::runtime_error);
}

TEST_CASE("summary.xlsx stops linking pages at Excel's 65,530 links per sheet") {
  idm::DocumentRecord big;
  big.id = "big";
  big.source.path = "/data/big.pdf";
  big.blocks.resize(idm::kMaxLinksPerSheet + 2);
  for (std::size_t i = 0; i < big.blocks.size(); ++i) {
    big.blocks[i].id = "b" + std::to_string(i);
    big.blocks[i].page = 1;
    big.blocks[i].kind = "paragraph";
  }
  TempDir dir;
  const Written written = write(dir.path / "big.xlsx", kCreated, idm::RunReport{}, {big});
  REQUIRE(written.warnings.size() == 1);
  CHECK(written.warnings[0].message.find("65530") != std::string::npos);
  const auto parts = unzip(written.bytes);
  const std::string& sheet = parts.at("xl/worksheets/sheet2.xml");
  std::size_t links = 0;
  for (std::size_t at = sheet.find("<hyperlink "); at != std::string::npos;
       at = sheet.find("<hyperlink ", at + 1)) {
    ++links;
  }
  CHECK(links == idm::kMaxLinksPerSheet);
}

TEST_CASE("xlsx_util: cell text, sheet names, URLs, errors") {
  bool cut = true;
  CHECK(idm::fit_cell_text("short", &cut) == "short");
  CHECK_FALSE(cut);
  // "é" is 2 bytes, one unit; a cut never splits it, and the ellipsis takes the last unit.
  CHECK(idm::fit_cell_text("ééééé", &cut, 3) == "éé…");
  CHECK(cut);
  // U+1D400 is two UTF-16 units.
  CHECK(idm::utf16_length("\xF0\x9D\x90\x80") == 2);
  CHECK(idm::fit_cell_text("a\xF0\x9D\x90\x80", &cut, 2) == "a…");
  const std::string huge = idm::fit_cell_text(std::string(40000, 'x'), &cut);
  CHECK(cut);
  CHECK(idm::utf16_length(huge) == idm::kMaxCellChars);

  CHECK(idm::valid_utf8("ok é") == "ok é");
  CHECK(idm::valid_utf8(std::string("a\xff"
                                    "b\xc3",
                                    4)) ==
        "a\xEF\xBF\xBD"
        "b\xEF\xBF\xBD");
  CHECK(idm::valid_utf8(std::string("a\0b", 3)) ==
        "a\xEF\xBF\xBD"
        "b");

  CHECK(idm::sheet_name("Key messages") == "Key messages");
  CHECK(idm::sheet_name("a/b[c]:d*e?f\\g") == "a_b_c__d_e_f_g");
  CHECK(idm::sheet_name("'quoted'") == "quoted");
  CHECK(idm::sheet_name(std::string(40, 'x')).size() == 31);
  CHECK(idm::sheet_name("") == "Sheet");

  CHECK(idm::pdf_page_url("a b/é.pdf", "/in", 4) == "file:///in/a%20b/%C3%A9.pdf#page=4");
  CHECK(idm::pdf_page_url("/x/../y.pdf", "/in", 1) == "file:///y.pdf#page=1");
  CHECK(idm::file_url("", "/in").empty());

  CHECK_NOTHROW(idm::xlsx_check(LXW_NO_ERROR, "x"));
  CHECK_THROWS_WITH_AS(idm::xlsx_check(LXW_ERROR_MEMORY_MALLOC_FAILED, "worksheet_add_table"),
                       doctest::Contains("worksheet_add_table"), std::runtime_error);
}
