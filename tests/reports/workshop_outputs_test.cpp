// OUT/workshops/<slug>/: the five files of each workshop, byte-identical reruns, strings that
// stay strings in speakers.xlsx, no temporary files left behind.

#include <doctest/doctest.h>

#include <algorithm>

#include <zlib.h>
#include <thread>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "reports/workshop_outputs.hpp"

namespace fs = std::filesystem;
using namespace idm;

namespace {

struct ScratchDir {
  fs::path path;
  ScratchDir() {
    std::string pattern = (fs::temp_directory_path() / "idm-workshops-test-XXXXXX").string();
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    path = pattern;
  }
  ~ScratchDir() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::uint32_t little_endian(const std::string& data, std::size_t at, int bytes) {
  std::uint32_t value = 0;
  for (int i = bytes - 1; i >= 0; --i)
    value = (value << 8) | static_cast<unsigned char>(data.at(at + static_cast<std::size_t>(i)));
  return value;
}

// One entry of a zip file, inflated.
std::string zip_entry(const std::string& zip, const std::string& wanted) {
  const std::size_t eocd = zip.rfind(std::string("PK\x05\x06", 4));
  REQUIRE(eocd != std::string::npos);
  const std::uint32_t count = little_endian(zip, eocd + 10, 2);
  std::size_t at = little_endian(zip, eocd + 16, 4);
  for (std::uint32_t n = 0; n < count; ++n) {
    const std::uint32_t method = little_endian(zip, at + 10, 2);
    const std::uint32_t packed = little_endian(zip, at + 20, 4);
    const std::uint32_t size = little_endian(zip, at + 24, 4);
    const std::uint32_t name_length = little_endian(zip, at + 28, 2);
    const std::uint32_t local = little_endian(zip, at + 42, 4);
    const std::string name = zip.substr(at + 46, name_length);
    at += 46 + name_length + little_endian(zip, at + 30, 2) + little_endian(zip, at + 32, 2);
    if (name != wanted) continue;
    const std::size_t data =
        local + 30 + little_endian(zip, local + 26, 2) + little_endian(zip, local + 28, 2);
    if (method == 0) return zip.substr(data, size);
    REQUIRE(method == 8u);
    std::string content(size, '\0');
    z_stream stream{};
    REQUIRE(inflateInit2(&stream, -MAX_WBITS) == Z_OK);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zip.data() + data));
    stream.avail_in = packed;
    stream.next_out = reinterpret_cast<Bytef*>(content.data());
    stream.avail_out = size;
    const int result = inflate(&stream, Z_FINISH);
    inflateEnd(&stream);
    REQUIRE(result == Z_STREAM_END);
    return content;
  }
  FAIL("no zip entry " << wanted);
  return {};
}

std::vector<DocumentRecord> records() {
  DocumentRecord agenda;
  agenda.id = "agenda-en";
  agenda.doc_type = "agenda";
  agenda.source.path = "agenda-en.pdf";
  Event ny;
  ny.slug = "2031-04-new-york";
  ny.title = "Dialogue";
  ny.start_date = "2031-04-14";
  Event ge = ny;
  ge.slug = "2031-10-geneva";
  ge.start_date = "2031-10-06";
  agenda.events = {ny};
  Session s;
  s.id = "s1";
  s.day = 1;
  s.start = "10:00";
  s.title = "=1+1";
  s.page = 1;
  agenda.sessions = {s};
  Speaker a;
  a.name = "@SUM";
  a.role = "speaker";
  a.function = "+33";
  a.country = "-2";
  a.session = "s1";
  a.page = 2;
  Speaker m = a;
  m.name = "Mo Derator";
  m.role = "moderator";
  agenda.speakers = {a, m};

  DocumentRecord note;
  note.id = "note";
  note.doc_type = "concept_note";
  note.events = {ge};
  return {agenda, note};
}

}  // namespace

TEST_CASE("workshop outputs: summary.pdf only when asked; an earlier run's is removed") {
  ScratchDir out;
  WorkshopOutputOptions options;
  options.created = 1704067200;
  options.input_root = "/data";
  options.summary_pdf = true;
  CHECK(write_workshop_outputs(records(), out.path, options).size() == 10);
  CHECK(fs::exists(out.path / "workshops/2031-10-geneva/summary.pdf"));
  options.summary_pdf = false;
  const auto written = write_workshop_outputs(records(), out.path, options);
  CHECK(written.size() == 8);
  CHECK(!fs::exists(out.path / "workshops/2031-10-geneva/summary.pdf"));
  CHECK(!fs::exists(out.path / "workshops/2031-04-new-york/summary.pdf"));
}

TEST_CASE("workshop outputs: five files per workshop, sorted relative paths, no leftovers") {
  ScratchDir out;
  WorkshopOutputOptions options;
  options.created = 1704067200;
  options.input_root = "/data";
  options.summary_pdf = true;
  const auto written = write_workshop_outputs(records(), out.path, options);
  const std::vector<std::string> expected = {
      "workshops/2031-04-new-york/speakers.csv", "workshops/2031-04-new-york/speakers.xlsx",
      "workshops/2031-04-new-york/summary.html", "workshops/2031-04-new-york/summary.md",
      "workshops/2031-04-new-york/summary.pdf",  "workshops/2031-10-geneva/speakers.csv",
      "workshops/2031-10-geneva/speakers.xlsx",  "workshops/2031-10-geneva/summary.html",
      "workshops/2031-10-geneva/summary.md",     "workshops/2031-10-geneva/summary.pdf"};
  CHECK(written == expected);
  std::size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(out.path))
    if (entry.is_regular_file()) ++files;
  CHECK(files == expected.size());  // no temporary files left

  const std::string csv = slurp(out.path / "workshops/2031-04-new-york/speakers.csv");
  CHECK(csv.rfind("\xEF\xBB\xBF\"Day\",\"Date\",\"Start\",\"End\",\"Session\",\"Role\",", 0) == 0);
  // Moderator first; formula-like cells neutralised.
  const std::size_t moderator = csv.find("\"Mo Derator\"");
  const std::size_t speaker = csv.find("\"'@SUM\"");
  CHECK(moderator != std::string::npos);
  CHECK(speaker != std::string::npos);
  CHECK(moderator < speaker);
  CHECK(csv.find("\"'=1+1\"") != std::string::npos);
  CHECK(csv.find("\"'+33\"") != std::string::npos);
  CHECK(csv.find("\"'-2\"") != std::string::npos);
  // The Geneva workshop has no speakers: a header row only.
  const std::string empty = slurp(out.path / "workshops/2031-10-geneva/speakers.csv");
  CHECK(empty.find("\r\n") == empty.size() - 2);

  // In the workbook "=1+1" is a string, never a formula.
  const std::string zip = slurp(out.path / "workshops/2031-04-new-york/speakers.xlsx");
  const std::string sheet = zip_entry(zip, "xl/worksheets/sheet1.xml");
  CHECK(sheet.find("<f>") == std::string::npos);
  const std::string strings = zip_entry(zip, "xl/sharedStrings.xml");
  CHECK(strings.find("<t>=1+1</t>") != std::string::npos);
  CHECK(strings.find("<t>@SUM</t>") != std::string::npos);
  CHECK(zip_entry(zip, "docProps/core.xml").find("2024-01-01T00:00:00Z") != std::string::npos);
}

TEST_CASE("workshop outputs: byte-identical for the same inputs") {
  ScratchDir a, b;
  WorkshopOutputOptions options;
  options.created = 1704067200;
  options.input_root = "/data";
  const auto first = write_workshop_outputs(records(), a.path, options);
  const auto second = write_workshop_outputs(records(), b.path, options);
  REQUIRE(first == second);
  for (const std::string& rel : first)
    CHECK_MESSAGE(slurp(a.path / rel) == slurp(b.path / rel), rel);
}

TEST_CASE("workshop outputs: workbooks and text files written apart, side by side, are the same") {
  ScratchDir a, b;
  WorkshopOutputOptions options;
  options.created = 1704067200;
  options.input_root = "/data";
  const auto together = write_workshop_outputs(records(), a.path, options);

  const std::vector<DocumentRecord> input = records();
  const std::vector<Workshop> workshops = group_workshops(input);
  std::vector<WorkshopFolder> folders = prepare_workshop_folders(workshops, b.path);
  std::thread collecting([&] { collect_folder_content(input, folders[1], options); });
  collect_folder_content(input, folders[0], options);
  collecting.join();
  REQUIRE(folders.size() == 2);
  CHECK(folders[0].rel == "workshops/2031-04-new-york/");
  std::vector<std::string> texts, apart_other;
  std::thread beside([&] { texts = write_workshop_texts(folders, options); });
  std::thread other([&] { apart_other = write_workshop_workbook(input, folders[1], options); });
  std::vector<std::string> apart = write_workshop_workbook(input, folders[0], options);
  other.join();
  beside.join();
  apart.insert(apart.end(), apart_other.begin(), apart_other.end());
  CHECK(apart.size() == 2);  // speakers.xlsx of each
  CHECK(texts.size() == 6);  // speakers.csv, summary.md, summary.html of each
  apart.insert(apart.end(), texts.begin(), texts.end());
  std::sort(apart.begin(), apart.end());
  REQUIRE(apart == together);
  for (const std::string& rel : together)
    CHECK_MESSAGE(slurp(a.path / rel) == slurp(b.path / rel), rel);
}

TEST_CASE("workshop outputs: folder names are safe") {
  CHECK(workshop_folder("2031-04-new-york") == "2031-04-new-york");
  CHECK(workshop_folder("../../etc") == "etc");
  CHECK(workshop_folder("Genève 2031") == "gen-ve-2031");
  CHECK(workshop_folder("") == "workshop");
}
