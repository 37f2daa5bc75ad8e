// Fuzz target: synthetic words (boxes, sizes, fonts, texts decoded from the bytes) through the
// layout stage (lay_out), then the classification stage (understand), the quality check and
// the record's JSON. No PDF: the PDF reader is poppler's, fuzzed upstream.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "classify/quality.hpp"
#include "classify/understand.hpp"
#include "extractors/layout.hpp"
#include "fuzz/fuzz_input.hpp"
#include "model/record_json.hpp"

using idm::fuzz::Input;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Input in(data, size);
  idm::PdfText pdf;
  const int pages = in.range(1, 4);
  for (int p = 1; p <= pages; ++p) {
    idm::PageText page;
    page.number = p;
    page.width = in.flag() ? 595 : in.number(50, 1200);
    page.height = in.flag() ? 842 : in.number(50, 1600);
    pdf.pages.push_back(page);
  }
  // Lines of words: a start, a size and a few words set left to right, as a PDF prints them;
  // now and then a word anywhere.
  while (!in.empty() && pdf.pages.size() > 0) {
    idm::PageText& page = pdf.pages[in.range(0, pages - 1)];
    const double font = in.flag() ? 10 : in.number(0, 48);
    const bool bold = in.flag(), italic = in.flag();
    double x = in.number(-20, page.width + 20);
    const double top = in.number(-20, page.height + 20);
    const bool anywhere = in.range(0, 7) == 0;
    const int words = in.range(1, 12);
    for (int w = 0; w < words && !in.empty(); ++w) {
      idm::Word word;
      word.text = in.text(2);
      if (word.text.empty()) word.text = "x";
      const double width =
          (in.flag() ? 0.5 * font * static_cast<double>(word.text.size()) : in.number(0, 300));
      const double y = anywhere ? in.number(-20, page.height + 20) : top + in.number(-1, 1);
      word.box = idm::Rect{x, y, x + width, y + (in.flag() ? font : in.number(0, 60))};
      word.font_size = font;
      word.bold = bold;
      word.italic = italic;
      word.space_after = in.flag();
      if (in.range(0, 15) == 0) word.ocr_confidence = in.number(0, 100);
      page.words.push_back(std::move(word));
      x += width + (in.flag() ? 0.25 * font : in.number(-5, 80));
    }
  }
  // IDM_FUZZ_PRINT=1: the decoded words, to turn a crash input into a unit test.
  if (std::getenv("IDM_FUZZ_PRINT")) {
    for (const idm::PageText& page : pdf.pages) {
      std::fprintf(stderr, "page %d %gx%g\n", page.number, page.width, page.height);
      for (const idm::Word& w : page.words)
        std::fprintf(stderr, "  [%g %g %g %g] size %g%s%s%s \"%s\"\n", w.box.x0, w.box.y0, w.box.x1,
                     w.box.y1, w.font_size, w.bold ? " bold" : "", w.italic ? " italic" : "",
                     w.space_after ? " space" : "", w.text.c_str());
    }
  }
  const idm::LayoutResult layout = idm::lay_out(pdf);
  idm::DocumentRecord record;
  record.id = "fuzz";
  record.source.pages = layout.pages;
  idm::understand(layout, record);
  idm::assess_quality(record, idm::QualityThresholds{});
  (void)idm::dump_record(record);
  return 0;
}
