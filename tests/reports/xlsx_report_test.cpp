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
#include "tests/support/read_file.hpp"
#include "tests/support/temp_dir.hpp"

namespace fs = std::filesystem;

namespace {

constexpr std::int64_t kCreated = 1704067200;  // 2024-01-01T00:00:00Z

// A fresh empty directory, removed with everything in it at the end of the test.
// Temporary folders named after this test file.
struct TempDir : idm::test::TempDir {
  TempDir() : idm::test::TempDir("idm-xlsx-test") {}
};

using idm::test::read_file;

std::size_t count_of(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, at + needle.size())) {
    ++n;
  }
  return n;
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

// "sheetN" of the sheet named |name| (sheets are numbered in workbook order).
std::string sheet_file(const std::map<std::string, std::string>& parts, const std::string& name) {
  const std::string& workbook = parts.at("xl/workbook.xml");
  const std::size_t at = workbook.find("<sheet name=\"" + name + "\"");
  REQUIRE_MESSAGE(at != std::string::npos, name);
  std::size_t index = 0;
  for (std::size_t p = workbook.find("<sheet "); p != std::string::npos && p <= at;
       p = workbook.find("<sheet ", p + 1)) {
    ++index;
  }
  return "sheet" + std::to_string(index);
}

std::string sheet_xml(const std::map<std::string, std::string>& parts, const std::string& name) {
  return parts.at("xl/worksheets/" + sheet_file(parts, name) + ".xml");
}

// The XML of the table named |name|.
std::string table_xml(const std::map<std::string, std::string>& parts, const std::string& name) {
  for (const auto& part : parts) {
    if (part.first.starts_with("xl/tables/") &&
        part.second.find(" name=\"" + name + "\"") != std::string::npos) {
      return part.second;
    }
  }
  FAIL("no table " << name);
  return {};
}

// The "ref" range of table |name|, e.g. "A1:H5".
std::string table_ref(const std::map<std::string, std::string>& parts, const std::string& name) {
  const std::string xml = table_xml(parts, name);
  const std::size_t at = xml.find(" ref=\"");
  REQUIRE(at != std::string::npos);
  return xml.substr(at + 6, xml.find('"', at + 6) - at - 6);
}

// The id of the cell format |cell| uses ("" for none) and the number format code behind it.
std::string number_format_of(const std::map<std::string, std::string>& parts,
                             const std::string& cell) {
  std::smatch m;
  if (!std::regex_search(cell, m, std::regex(" s=\"([0-9]+)\""))) return {};
  const std::size_t style = std::stoul(m[1]);
  const std::string& styles = parts.at("xl/styles.xml");
  const std::size_t xfs = styles.find("<cellXfs");
  REQUIRE(xfs != std::string::npos);
  std::size_t at = xfs;
  for (std::size_t n = 0; n <= style; ++n) {
    at = styles.find("<xf ", at + 1);
    REQUIRE(at != std::string::npos);
  }
  const std::string xf = styles.substr(at, styles.find('>', at) - at);
  if (!std::regex_search(xf, m, std::regex("numFmtId=\"([0-9]+)\""))) return {};
  const std::string id = m[1];
  const std::regex code("<numFmt numFmtId=\"" + id + "\" formatCode=\"([^\"]*)\"");
  if (std::regex_search(styles, m, code)) return m[1];
  return "builtin:" + id;
}

// The shown text of a string cell (shared or inline), or its <v> value otherwise.
std::string cell_value(const std::map<std::string, std::string>& parts, const std::string& sheet,
                       const std::string& cell) {
  const std::string xml = cell_xml(sheet, cell);
  std::smatch m;
  if (!std::regex_search(xml, m, std::regex("<v>([^<]*)</v>"))) return {};
  if (xml.find("t=\"s\"") == std::string::npos) return m[1];
  std::size_t index = std::stoul(m[1]);
  const std::string& strings = parts.at("xl/sharedStrings.xml");
  std::size_t at = strings.find("<si>");
  while (index-- > 0 && at != std::string::npos)
    at = strings.find("<si>", at + 1);
  REQUIRE(at != std::string::npos);
  const std::size_t start = strings.find('>', strings.find("<t", at)) + 1;
  return strings.substr(start, strings.find("</t>", start) - start);
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
  agenda.events = {
      {"2018-03-geneva", "Atelier", "", 2018, "2018-03-14", "2018-03-15", "Genève", ""}};
  idm::Session opening;
  opening.id = "s1";
  opening.day = 1;
  opening.date = "2018-03-14";
  opening.start = "10:30";
  opening.end = "11:00";
  opening.title = "Ouverture";
  opening.kind = "opening";
  opening.page = 1;
  idm::Session panel;
  panel.id = "s2";
  panel.day = 1;
  panel.date = "2018-03-14";
  panel.start = "09:15";
  panel.title = "=1+1";
  panel.kind = "panel";
  panel.page = 2;
  agenda.sessions = {opening, panel};
  // Written out of order: the sheet sorts by day, time, then moderator first.
  agenda.speakers = {
      {"Jean Dupont", "M.", "opening", "Directeur", "", "France", "FR", "s1", 1, ""},
      {"Ana Silva", "Mme", "speaker", "Ministre", "", "Brésil", "BR", "s2", 2, ""},
      {"Lee Kim", "Dr", "moderator", "Professeur", "", "", "", "s2", 2, ""},
  };
  agenda.statements = {{"Jean Dupont", "Directeur", "=SUM(A1:A2)", 2, "p2-b1"}};

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
  report.speakers = {{"Ana Pérez", "Sra.", "speaker", "Minister", "", "Spain", "ES", "s1", 2, ""}};
  report.recommendations = {{1, "Act", "Act now.", 3, {"p3-b1"}}, {2, "Fund", "Fund it.", 3, {}}};
  return {agenda, report};
}

std::vector<idm::Person> make_people() {
  idm::Person jean;
  jean.id = "p-jean-dupont";
  jean.name = "Jean Dupont";
  jean.honorific = "M.";
  jean.spellings = {"Jean Dupont"};
  jean.appearances = {
      {"agenda-2018", "2018-03-geneva", "s1", "opening", "Directeur", "Jean Dupont", 1},
      {"agenda-2018", "2018-03-geneva", "", "statement", "Directeur", "Jean Dupont", 2},
  };
  idm::Person ana;
  ana.id = "p-ana-perez";
  ana.name = "Ana Pérez";
  ana.appearances = {{"report-2019", "", "s1", "speaker", "Minister", "Ana Pérez", 2}};
  return {jean, ana};
}

struct Written {
  std::string bytes;
  std::vector<idm::RunWarning> warnings;
};

Written write(const fs::path& path, std::int64_t created = kCreated,
              const idm::RunReport& run = make_run(),
              const std::vector<idm::DocumentRecord>& records = make_records(),
              const std::vector<idm::Person>& people = make_people(), bool run_times = false) {
  Written written;
  idm::WorkbookOptions options;
  options.created = created;
  options.input_root = "/inputs";
  options.on_warning = [&](const idm::RunWarning& w) { written.warnings.push_back(w); };
  options.run_times = run_times;
  idm::write_summary_workbook(run, records, people, path.string(), options);
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
  // 3 outcomes + header; 4 blocks + header.
  CHECK(table_ref(parts, "tblDocuments") == "A1:M4");
  CHECK(table_ref(parts, "tblBlocks") == "A1:H5");

  const std::string blocks = sheet_xml(parts, "Blocks");
  // "=1+1" is text, not a formula: the only formulas are the page links.
  CHECK(count_of(blocks, "<f>") == count_of(blocks, "<f>HYPERLINK("));
  CHECK(blocks.find("<pane ") != std::string::npos);
  CHECK(parts.at("xl/sharedStrings.xml").find(">=1+1<") != std::string::npos);
  // Page links go to the PDF, resolved against the input root, relative to the workbook's
  // folder (links that travel with the archive) and percent-encoded. On this sheet they are
  // HYPERLINK() formulas, not Excel hyperlinks.
  CHECK(blocks.find("/inputs/agendas/Agenda%202018%20%231.pdf#page=1\",1)") != std::string::npos);
  CHECK(blocks.find("/data/idm/report-2019.pdf#page=") != std::string::npos);
  CHECK(blocks.find("<f>HYPERLINK(\"../") != std::string::npos);
  CHECK(blocks.find("file://") == std::string::npos);
  CHECK(blocks.find("<hyperlink ") == std::string::npos);
  // Pages stay numbers where they are links: C2 is the page of p1-b1, linked and numeric.
  CHECK(cell_xml(blocks, "C2").find("<f>HYPERLINK(") != std::string::npos);
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

TEST_CASE("summary.xlsx has every sheet in order, one table each, one row per item") {
  TempDir dir;
  const Written written = write(dir.path / "summary.xlsx");
  const auto parts = unzip(written.bytes);
  const std::vector<std::string> names = {
      "Overview",   "Documents",    "Workshops",       "Sessions",   "Speakers", "People",
      "Statistics", "Key messages", "Recommendations", "Statements", "Blocks",   "Warnings"};
  const std::string& workbook = parts.at("xl/workbook.xml");
  std::size_t last = 0;
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::size_t at = workbook.find("<sheet name=\"" + names[i] + "\"");
    CHECK_MESSAGE(at != std::string::npos, names[i]);
    CHECK_MESSAGE(at >= last, names[i]);
    last = at;
    CHECK(sheet_file(parts, names[i]) == "sheet" + std::to_string(i + 1));
    const std::string sheet = sheet_xml(parts, names[i]);
    // No formula but the Blocks sheet's page links: text that starts with '=' stays text.
    CHECK_MESSAGE(count_of(sheet, "<f>") == count_of(sheet, "<f>HYPERLINK("), names[i]);
    if (names[i] != "Blocks") CHECK_MESSAGE(count_of(sheet, "<f>") == 0, names[i]);
    CHECK_MESSAGE(sheet.find("<pane ") != std::string::npos, names[i]);
  }
  CHECK(table_ref(parts, "tblOverview") == "A1:B9");
  CHECK(table_ref(parts, "tblOverviewDocuments") == "A11:L14");  // 3 documents
  CHECK(table_ref(parts, "tblWorkshops") == "A1:K2");            // 1 workshop
  CHECK(table_ref(parts, "tblSessions") == "A1:M3");             // 2 sessions
  CHECK(table_ref(parts, "tblSpeakers") == "A1:P5");             // 3 + 1 speakers
  CHECK(table_ref(parts, "tblPeople") == "A1:M3");               // 2 persons
  CHECK(table_ref(parts, "tblKeymessages") == "A1:G2");
  CHECK(table_ref(parts, "tblRecommendations") == "A1:G3");
  CHECK(table_ref(parts, "tblStatements") == "A1:G2");
  CHECK(table_ref(parts, "tblWarnings") == "A1:D2");  // the failed document

  // Overview: counts of the run, and no wall-clock times unless asked for.
  const std::string overview = sheet_xml(parts, "Overview");
  CHECK(cell_value(parts, overview, "A2") == "Started");
  CHECK(cell_value(parts, overview, "B2").find("run.json") != std::string::npos);
  CHECK(cell_value(parts, overview, "B5") == "3");  // inputs
  CHECK(cell_value(parts, overview, "B6") == "2");  // ok
  CHECK(cell_value(parts, overview, "B7") == "1");  // failed
  CHECK(cell_value(parts, overview, "A11") == "Document");
  CHECK(cell_value(parts, overview, "A12") == "agenda-2018");
  CHECK(cell_value(parts, overview, "F12") == "3");  // speakers

  const std::string workshops = sheet_xml(parts, "Workshops");
  CHECK(cell_value(parts, workshops, "A2") == "2018-03-geneva");
  CHECK(cell_value(parts, workshops, "E2") == "43173");  // 2018-03-14
  CHECK(number_format_of(parts, cell_xml(workshops, "E2")) == "yyyy-mm-dd");
  CHECK(cell_value(parts, workshops, "J2") == "2");  // sessions
  CHECK(cell_value(parts, workshops, "K2") == "3");  // speakers

  const std::string warnings = sheet_xml(parts, "Warnings");
  CHECK(cell_value(parts, warnings, "A2") == "broken");
  CHECK(cell_value(parts, warnings, "C2") == "failed");
}

TEST_CASE("summary.xlsx: dates and times are numbers, text stays text, pages link") {
  TempDir dir;
  const Written written = write(dir.path / "summary.xlsx");
  const auto parts = unzip(written.bytes);

  const std::string sessions = sheet_xml(parts, "Sessions");
  // E2 = 2018-03-14 as a real date, F2 = 10:30 as a real time.
  CHECK(cell_xml(sessions, "E2").find("t=\"") == std::string::npos);
  CHECK(cell_value(parts, sessions, "E2") == "43173");
  CHECK(number_format_of(parts, cell_xml(sessions, "E2")) == "yyyy-mm-dd");
  CHECK(cell_xml(sessions, "F2").find("t=\"") == std::string::npos);
  CHECK(std::stod(cell_value(parts, sessions, "F2")) == doctest::Approx(10.5 / 24));
  CHECK(number_format_of(parts, cell_xml(sessions, "F2")) == "hh:mm");
  // A session titled "=1+1" is a string.
  CHECK(cell_xml(sessions, "I3").find("t=\"s\"") != std::string::npos);
  CHECK(cell_value(parts, sessions, "I3") == "=1+1");
  const std::string statements = sheet_xml(parts, "Statements");
  CHECK(cell_value(parts, statements, "E2") == "=SUM(A1:A2)");

  // Speakers: by workshop, day, time, moderator first; no workshop last.
  const std::string speakers = sheet_xml(parts, "Speakers");
  CHECK(cell_value(parts, speakers, "I2") == "Lee Kim");
  CHECK(cell_value(parts, speakers, "F2") == "Moderator");
  CHECK(cell_value(parts, speakers, "I3") == "Ana Silva");
  CHECK(cell_value(parts, speakers, "I4") == "Jean Dupont");
  CHECK(cell_value(parts, speakers, "I5") == "Ana Pérez");
  CHECK(cell_value(parts, speakers, "E4") == "Ouverture");
  CHECK(std::stod(cell_value(parts, speakers, "D2")) == doctest::Approx(9.25 / 24));
  // libxlsxwriter keeps "#page=2" as the link's location, apart from the file URL.
  CHECK(std::regex_search(speakers, std::regex("<hyperlink ref=\"O2\"[^>]*location=\"page=2\"")));
  const std::string& links =
      parts.at("xl/worksheets/_rels/" + sheet_file(parts, "Speakers") + ".xml.rels");
  CHECK(links.find("/inputs/agendas/Agenda%202018%20%231.pdf\"") != std::string::npos);

  // People: counts per person.
  const std::string people = sheet_xml(parts, "People");
  CHECK(cell_value(parts, people, "A2") == "p-jean-dupont");
  CHECK(cell_value(parts, people, "E2") == "2");  // appearances
  CHECK(cell_value(parts, people, "F2") == "1");  // in programmes
  CHECK(cell_value(parts, people, "G2") == "1");  // statements
  CHECK(cell_value(parts, people, "H2") == "2018-03-geneva");
}

TEST_CASE("summary.xlsx Overview shows run times only when asked, as real date-times") {
  TempDir dir;
  idm::RunReport later = make_run();
  later.started = "2030-06-01T12:00:00Z";
  // Without run times, a different wall clock does not change a byte.
  CHECK(write(dir.path / "a.xlsx").bytes == write(dir.path / "b.xlsx", kCreated, later).bytes);

  const Written with_times =
      write(dir.path / "c.xlsx", kCreated, make_run(), make_records(), make_people(), true);
  const auto parts = unzip(with_times.bytes);
  const std::string overview = sheet_xml(parts, "Overview");
  CHECK(cell_xml(overview, "B2").find("t=\"") == std::string::npos);
  CHECK(std::stod(cell_value(parts, overview, "B2")) == doctest::Approx(45292.0));  // 2024-01-01
  CHECK(number_format_of(parts, cell_xml(overview, "B2")) == "yyyy-mm-dd hh:mm:ss");
  CHECK(std::stod(cell_value(parts, overview, "B3")) == doctest::Approx(45292.0 + 5.0 / 86400));
}

TEST_CASE("xlsx_util: dates and times are parsed strictly") {
  lxw_datetime value{};
  CHECK(idm::parse_date("2024-02-29", value));
  CHECK(value.year == 2024);
  CHECK(value.month == 2);
  CHECK(value.day == 29);
  CHECK_FALSE(idm::parse_date("2023-02-29", value));
  CHECK_FALSE(idm::parse_date("2024-13-01", value));
  CHECK_FALSE(idm::parse_date("1899-12-31", value));
  CHECK_FALSE(idm::parse_date("2024-1-01", value));
  CHECK_FALSE(idm::parse_date("", value));
  CHECK(idm::parse_time("23:59", value));
  CHECK(value.hour == 23);
  CHECK(value.min == 59);
  CHECK_FALSE(idm::parse_time("24:00", value));
  CHECK_FALSE(idm::parse_time("9:30", value));
  CHECK(idm::parse_datetime("2024-01-01T00:00:05Z", value));
  CHECK(value.sec == 5);
  CHECK_FALSE(idm::parse_datetime("2024-01-01", value));
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
  const auto sheet = sheet_xml(unzip(plain.bytes), "Blocks");
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

TEST_CASE("summary.xlsx with no documents still has every table") {
  TempDir dir;
  const Written empty = write(dir.path / "empty.xlsx", kCreated, idm::RunReport{}, {}, {});
  const auto parts = unzip(empty.bytes);
  CHECK(table_ref(parts, "tblDocuments") == "A1:M2");
  CHECK(table_ref(parts, "tblBlocks") == "A1:H2");
  CHECK(table_ref(parts, "tblSpeakers") == "A1:P2");
  CHECK(table_ref(parts, "tblWarnings") == "A1:D2");
  CHECK(table_ref(parts, "tblOverview") == "A1:B9");  // 8 items
  CHECK(table_ref(parts, "tblOverviewDocuments") == "A11:L12");
}

TEST_CASE("summary.xlsx: a path that cannot be written throws") {
  TempDir dir;
  CHECK_THROWS_AS(write(dir.path / "missing-dir" / "summary.xlsx"), std::runtime_error);
}

TEST_CASE("summary.xlsx links every block to its page, past Excel's 65,530 hyperlinks") {
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
  const Written written = write(dir.path / "big.xlsx", kCreated, idm::RunReport{}, {big}, {});
  CHECK(written.warnings.empty());
  const auto parts = unzip(written.bytes);
  const std::string sheet = sheet_xml(parts, "Blocks");
  CHECK(count_of(sheet, "<f>HYPERLINK(") == big.blocks.size());
  CHECK(count_of(sheet, "<hyperlink ") == 0);
}

TEST_CASE("TableSheet stops Excel hyperlinks at 65,530 per sheet, and says so once") {
  TempDir dir;
  const std::string path = (dir.path / "links.xlsx").string();
  std::vector<idm::RunWarning> warnings;
  {
    lxw_workbook* workbook = workbook_new(path.c_str());
    REQUIRE(workbook != nullptr);
    idm::WorkbookContext context(workbook, "",
                                 [&](const idm::RunWarning& w) { warnings.push_back(w); });
    constexpr idm::ColumnSpec kColumns[] = {{"Page", idm::ColumnKind::kInteger}};
    idm::TableSheet sheet(context, "Pages", kColumns);
    for (std::size_t i = 0; i < idm::kMaxLinksPerSheet + 2; ++i) {
      sheet.next_row("big", 1);
      sheet.linked_integer(0, 1, "big.pdf#page=1");
    }
    sheet.finish();
    REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
  }
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].message.find("65530") != std::string::npos);
  const auto parts = unzip(read_file(path));
  const std::string sheet = sheet_xml(parts, "Pages");
  CHECK(count_of(sheet, "<hyperlink ") == idm::kMaxLinksPerSheet);
  CHECK(count_of(sheet, "<f>") == 0);
}

TEST_CASE("xlsx_util: HYPERLINK formulas quote, cut long strings into pieces, respect the limit") {
  CHECK(idm::hyperlink_formula("a.pdf#page=3", "3", true) == "=HYPERLINK(\"a.pdf#page=3\",3)");
  CHECK(idm::hyperlink_formula("a.pdf", "say \"hi\"", false) ==
        "=HYPERLINK(\"a.pdf\",\"say \"\"hi\"\"\")");
  CHECK(idm::hyperlink_formula("a.pdf", "", false) == "=HYPERLINK(\"a.pdf\",\"\")");
  // 300 characters: a piece of 255 and one of 45.
  const std::string url(300, 'u');
  CHECK(idm::hyperlink_formula(url, "1", true) ==
        "=HYPERLINK(\"" + std::string(255, 'u') + "\"&\"" + std::string(45, 'u') + "\",1)");
  // Pieces end on a character boundary: "é" (two bytes) is not split.
  const std::string accented = std::string(254, 'a') + "\xC3\xA9";
  CHECK(idm::hyperlink_formula("x", accented, false) ==
        "=HYPERLINK(\"x\",\"" + std::string(254, 'a') + "\"&\"\xC3\xA9\")");
  // Past Excel's 8,192 characters: no formula.
  CHECK(idm::hyperlink_formula("x", std::string(9000, 'a'), false).empty());
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
