// FontCacheScope: a font program used on many pages is decoded once, and the pages read the
// same with the cache as without it.

#include <doctest/doctest.h>

#include <GlobalParams.h>
#include <PDFDoc.h>
#include <TextOutputDev.h>

#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "extractors/font_cache.hpp"
#include "extractors/pdf_reader.hpp"
#include "tests/support/read_file.hpp"

using namespace idm;

namespace {

// Every word of every page with its font size, as Poppler's text device gives them.
std::vector<std::string> page_words(PDFDoc& doc) {
  std::vector<std::string> words;
  for (int page = 1; page <= doc.getNumPages(); ++page) {
    TextOutputDev device(nullptr, false, 0, false, false);
    doc.displayPage(&device, page, 72, 72, 0, false, false, false);
    const std::unique_ptr<TextWordList> list = device.makeWordList();
    for (int i = 0; i < list->getLength(); ++i) {
      const TextWord* word = list->get(i);
      const std::unique_ptr<GooString> text(word->getText());  // the caller's to free
      words.push_back(text->toStr() + "@" + std::to_string(word->getFontSize()));
    }
  }
  return words;
}

using idm::test::read_file;

std::unique_ptr<PDFDoc> open(const std::string& path) {
  auto doc = std::make_unique<PDFDoc>(std::make_unique<GooString>(path));
  REQUIRE(doc->isOk());
  return doc;
}

}  // namespace

TEST_CASE("font_cache: each embedded font program of a document is decoded once") {
  // The sample report sets its 32 pages in three embedded Type 1 fonts.
  const std::string path = std::string(IDM_SOURCE_DIR) + "/samples/idm-2031-report-en.pdf";
  (void)read_pdf(read_file(path), path);  // sets Poppler's global tables up, as the program does
  const std::unique_ptr<PDFDoc> doc = open(path);
  const std::vector<std::string> plain = page_words(*doc);
  REQUIRE(plain.size() > 1000);

  FontCacheScope::Counts counts;
  std::vector<std::string> cached;
  {
    const FontCacheScope cache(doc->getXRef());
    cached = page_words(*doc);
    counts = cache.counts();
  }
  CHECK(cached == plain);
  CHECK(counts.decoded == 3);
  CHECK(counts.reused >= 3 * (doc->getNumPages() - 1));
  CHECK(counts.types_reused >= 3 * (doc->getNumPages() - 1));

  SUBCASE("a scope answers for its own document only") {
    const std::unique_ptr<PDFDoc> other = open(path);
    const FontCacheScope cache(other->getXRef());
    CHECK(page_words(*doc) == plain);
    CHECK(cache.counts().decoded == 0);
    CHECK(cache.counts().reused == 0);
  }
  SUBCASE("without a scope every page decodes its fonts again") {
    CHECK(page_words(*doc) == plain);
  }
}
