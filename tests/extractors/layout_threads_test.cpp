// lay_out: pages laid out side by side (LayoutOptions::page_workers) give exactly the blocks
// one thread gives, on a real multi-page PDF.

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "extractors/layout.hpp"
#include "extractors/page_workers.hpp"
#include "extractors/pdf_reader.hpp"
#include "tests/support/read_file.hpp"

using namespace idm;
namespace fs = std::filesystem;

namespace {

using idm::test::read_file;

bool same_box(const Rect& a, const Rect& b) {
  return a.x0 == b.x0 && a.y0 == b.y0 && a.x1 == b.x1 && a.y1 == b.y1;
}

void check_same_lines(const std::vector<Line>& a, const std::vector<Line>& b) {
  REQUIRE(a.size() == b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].page == b[i].page);
    CHECK(same_box(a[i].box, b[i].box));
    CHECK(a[i].text == b[i].text);
    CHECK(a[i].font_size == b[i].font_size);
    CHECK(a[i].words.size() == b[i].words.size());
  }
}

void check_same(const LayoutResult& a, const LayoutResult& b) {
  CHECK(a.pages == b.pages);
  CHECK(a.pages_with_text == b.pages_with_text);
  REQUIRE(a.blocks.size() == b.blocks.size());
  for (size_t i = 0; i < a.blocks.size(); ++i) {
    const TextBlock& x = a.blocks[i];
    const TextBlock& y = b.blocks[i];
    CAPTURE(i);
    CHECK(x.kind == y.kind);
    CHECK(x.level == y.level);
    CHECK(x.page == y.page);
    CHECK(same_box(x.box, y.box));
    CHECK(x.text == y.text);
    CHECK(x.font_size == y.font_size);
    CHECK(x.bold == y.bold);
    CHECK(x.ocr_confidence == y.ocr_confidence);
    CHECK(x.first_in_region == y.first_in_region);
    CHECK(x.last_in_region == y.last_in_region);
    CHECK(x.bullet == y.bullet);
    check_same_lines(x.lines, y.lines);
  }
}

PdfText read_sample(const char* name) {
  const fs::path path = fs::path(IDM_SOURCE_DIR) / "samples" / name;
  const std::string bytes = read_file(path);
  REQUIRE(!bytes.empty());
  ReadOptions read;
  read.ocr.mode = OcrMode::never;
  return read_pdf(bytes, path.string(), read);
}

}  // namespace

TEST_CASE("lay_out: pages laid out by several threads give the blocks one thread gives") {
  const PdfText pdf = read_sample("idm-2031-report-en.pdf");
  REQUIRE(pdf.pages.size() >= 16);
  const LayoutResult one = lay_out(pdf);
  REQUIRE(one.blocks.size() > 100);
  for (const unsigned workers : {1u, 2u, 3u}) {
    CAPTURE(workers);
    check_same(one, lay_out(pdf, LayoutOptions{workers, 2}));
    // The words spent page by page on the workers: the same blocks again.
    PdfText spent = pdf;
    check_same(one, lay_out_spending_words(spent, LayoutOptions{workers, 2}));
    for (const PageText& page : spent.pages)
      CHECK(page.words.empty());
  }
}

TEST_CASE("threads_for_pages: small documents keep one thread, big ones one per page at most") {
  CHECK(threads_for_pages(15, 4, 16) == 1);
  CHECK(threads_for_pages(16, 4, 16) == 4);
  CHECK(threads_for_pages(3, 8, 2) == 3);
  CHECK(threads_for_pages(1, 8, 2) == 1);
  CHECK(threads_for_pages(40, 0, 16) == 1);
}

TEST_CASE("for_each_index on pages: every index once, and the first exception comes out") {
  std::vector<int> seen(50, 0);
  for_each_index(seen.size(), 3, [&](size_t k) { ++seen[k]; });
  CHECK(std::all_of(seen.begin(), seen.end(), [](int n) { return n == 1; }));
  CHECK_THROWS_AS(for_each_index(20, 3,
                                 [](size_t k) {
                                   if (k == 7) throw std::runtime_error("page 8");
                                 }),
                  std::runtime_error);
}
