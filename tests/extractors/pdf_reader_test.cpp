// read_pdf: pages read side by side (one PDFDoc per thread) give exactly what one reader
// gives; the UTF-16 -> UTF-8 conversion is byte for byte what poppler-cpp's was.

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extractors/pdf_reader.hpp"
#include "extractors/poppler_text.hpp"
#include "pipeline/process_document.hpp"
#include "tests/support/read_file.hpp"

using namespace idm;
namespace fs = std::filesystem;

namespace {

using idm::test::read_file;

void check_same(const PdfText& a, const PdfText& b) {
  CHECK(a.producer == b.producer);
  CHECK(a.title == b.title);
  CHECK(a.warnings == b.warnings);
  REQUIRE(a.pages.size() == b.pages.size());
  for (size_t p = 0; p < a.pages.size(); ++p) {
    const PageText& x = a.pages[p];
    const PageText& y = b.pages[p];
    CHECK(x.number == y.number);
    CHECK(x.width == y.width);
    CHECK(x.height == y.height);
    CHECK(x.ocr == y.ocr);
    REQUIRE(x.words.size() == y.words.size());
    for (size_t w = 0; w < x.words.size(); ++w) {
      const Word& u = x.words[w];
      const Word& v = y.words[w];
      CHECK(u.text == v.text);
      CHECK((u.box.x0 == v.box.x0 && u.box.y0 == v.box.y0 && u.box.x1 == v.box.x1 &&
             u.box.y1 == v.box.y1));
      CHECK(u.font_size == v.font_size);
      CHECK(u.bold == v.bold);
      CHECK(u.italic == v.italic);
      CHECK(u.space_after == v.space_after);
    }
  }
}

}  // namespace

TEST_CASE("read_pdf: pages read by several threads are the pages read by one") {
  const fs::path report = fs::path(IDM_SOURCE_DIR) / "samples" / "idm-2031-report-en.pdf";
  const std::string bytes = read_file(report);
  REQUIRE(!bytes.empty());
  ReadOptions one;
  one.ocr.mode = OcrMode::never;
  const PdfText sequential = read_pdf(bytes, report.string(), one);
  REQUIRE(sequential.pages.size() >= 16);
  for (const unsigned workers : {2u, 3u, 7u}) {
    ReadOptions many = one;
    many.page_workers = workers;
    many.parallel_min_pages = 2;
    CAPTURE(workers);
    check_same(sequential, read_pdf(bytes, report.string(), many));
  }
  // Below the threshold a document is read by one thread whatever the workers.
  ReadOptions small = one;
  small.page_workers = 4;
  small.parallel_min_pages = 1000;
  check_same(sequential, read_pdf(bytes, report.string(), small));
}

TEST_CASE("process_document: the record is the same with pages read side by side") {
  const fs::path report = fs::path(IDM_SOURCE_DIR) / "samples" / "idm-2031-report-en.pdf";
  ProcessOptions options;
  options.ocr.mode = OcrMode::never;
  const DocumentRecord a = process_document(report.string(), options);
  options.page_workers = 3;
  const DocumentRecord b = process_document(report.string(), options);
  REQUIRE(a.blocks.size() == b.blocks.size());
  for (size_t i = 0; i < a.blocks.size(); ++i) {
    CHECK(a.blocks[i].text == b.blocks[i].text);
    CHECK(a.blocks[i].page == b.blocks[i].page);
  }
  CHECK(a.title == b.title);
}

TEST_CASE("utf16_to_utf8: poppler-cpp's ustring::to_utf8(), byte for byte") {
  // The expected bytes are what poppler-cpp 22.12 gave for the same units (iconv from
  // UTF-16LE: an invalid unit ends the text, or empties it when the buffer had to grow).
  struct Case {
    std::vector<unsigned short> units;
    std::string utf8;
  };
  const std::vector<Case> cases = {
      {{}, ""},
      {{'a'}, "a"},
      {{'C', 'a', 'f', 0xE9}, "Caf\xC3\xA9"},
      {{0xFB01, 'n', 'a', 'n', 'c', 'e'}, "\xEF\xAC\x81nance"},
      {{0x2019, 0x20AC, 0x4E2D, 0xFFFD}, "\xE2\x80\x99\xE2\x82\xAC\xE4\xB8\xAD\xEF\xBF\xBD"},
      {{0x7FF, 0x800, 0x80, 0x7F, 0xFFFF}, "\xDF\xBF\xE0\xA0\x80\xC2\x80\x7F\xEF\xBF\xBF"},
      {{0xD835, 0xDC00, 'x'}, "\xF0\x9D\x90\x80x"},  // U+1D400, a surrogate pair
      {{'a', 0xD835}, "a"},                          // a high surrogate at the end
      {{'a', 0xDC00, 'b'}, "a"},                     // a lone low surrogate
      {{0xD835, 'b', 'c'}, ""},                      // a high surrogate without its pair
      {{0xFEFF, 'a'},
       "\xEF\xBB\xBF"
       "a"},                                           // a byte order mark first
      {{'a', 0xFEFF}, "a\xEF\xBB\xBF"},                // and later
      {{0x4E2D, 0x4E2D, 0x4E2D, 0x4E2D, 0xDC00}, ""},  // grown buffer, then a bad unit
      {{0, 'a', 0}, std::string("\0a\0", 3)},          // NUL units
  };
  for (const Case& c : cases) {
    CAPTURE(c.units.size());
    CHECK(utf16_to_utf8(c.units.data(), c.units.size()) == c.utf8);
  }
}
