// OCR runs through its module (idmreport-ocr.so, extractors/ocr_engine.hpp): a page rendered and
// read by Tesseract in the module comes back as words in points, as the text layer has them.

#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "extractors/ocr.hpp"
#include "extractors/pdf_reader.hpp"

using namespace idm;

namespace {

std::string test_file(const char* name) {
  std::ifstream in(std::string(IDM_SOURCE_DIR) + "/tests/data/" + name, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return std::move(out).str();
}

}  // namespace

TEST_CASE("OCR through the module reads what the text layer says") {
  REQUIRE(ocr_engine_version() != "none");
  const std::string bytes = test_file("bad/ok.pdf");
  ReadOptions text;
  text.ocr.mode = OcrMode::never;
  const PdfText layer = read_pdf(bytes, "ok.pdf", text);
  ReadOptions scan;
  scan.ocr.mode = OcrMode::always;  // the page rendered and read, its text layer ignored
  scan.ocr.languages = "eng";
  scan.ocr.dpi = 150;  // enough for this type size, and quick
  REQUIRE(ocr_available(scan.ocr));
  const PdfText read = read_pdf(bytes, "ok.pdf", scan);
  REQUIRE(read.pages.size() == 1);
  const PageText& page = read.pages[0];
  CHECK(page.ocr);
  CHECK(read.warnings.empty());
  std::set<std::string> seen;
  for (const Word& w : page.words) {
    seen.insert(w.text);
    CHECK(w.ocr_confidence >= 0);
    CHECK(w.box.x0 >= 0);
    CHECK(w.box.x1 <= page.width);
    CHECK(w.box.y0 < w.box.y1);
    CHECK(w.font_size > 4);
  }
  // Long words of the text layer are read back (short ones and punctuation may differ).
  int long_words = 0, found = 0;
  for (const Word& w : layer.pages[0].words) {
    if (w.text.size() < 7) continue;
    ++long_words;
    found += seen.count(w.text) ? 1 : 0;
  }
  REQUIRE(long_words >= 5);
  CHECK(found >= long_words * 3 / 4);
}
