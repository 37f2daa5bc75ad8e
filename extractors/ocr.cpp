#include "ocr.hpp"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string_view>

#include "unicode_text.hpp"

namespace idm {
namespace {

struct TextDeleter {
  void operator()(char* p) const { delete[] p; }
};

// One engine per thread: initialising Tesseract costs far more than a page.
tesseract::TessBaseAPI* engine_for(const OcrOptions& options) {
  thread_local std::unique_ptr<tesseract::TessBaseAPI> engine;
  thread_local std::string languages;
  if (engine && languages == options.languages) return engine.get();
  // One thread per page: the batch runs documents side by side, and Tesseract's own OpenMP
  // threads only contend with them (and make results depend on timing). Set once: pages may be
  // read on several threads, and setenv is not safe beside another thread's.
  static const bool omp_limited = [] { return ::setenv("OMP_THREAD_LIMIT", "1", 0) == 0; }();
  (void)omp_limited;
  auto fresh = std::make_unique<tesseract::TessBaseAPI>();
  if (fresh->Init(nullptr, options.languages.c_str(), tesseract::OEM_LSTM_ONLY) != 0) {
    return nullptr;
  }
  fresh->SetPageSegMode(tesseract::PSM_AUTO);
  // Keep spaces between words as Tesseract sees them; no dictionary-driven line breaking.
  fresh->SetVariable("preserve_interword_spaces", "1");
  engine = std::move(fresh);
  languages = options.languages;
  return engine.get();
}

// Line heights measured on a scan vary with ascenders and descenders: sizes near the page's
// usual size are that size, so that only clearly larger or smaller type stands out.
void snap_font_sizes(std::vector<Word>& words) {
  if (words.empty()) return;
  std::vector<double> sizes;
  for (const Word& w : words)
    sizes.push_back(w.font_size);
  std::nth_element(sizes.begin(), sizes.begin() + static_cast<long>(sizes.size() / 2), sizes.end());
  const double usual = sizes[sizes.size() / 2];
  for (Word& w : words) {
    if (w.font_size > 0.88 * usual && w.font_size < 1.12 * usual) w.font_size = usual;
  }
}

// A bullet is often read as "+", "e", "«", "»", "©", "°" or "¢": such a lone sign opening a line,
// set apart from a capitalised word, is the bullet.
void mend_bullets(std::vector<Word>& words, const std::vector<bool>& line_starts) {
  static const char* const kMisreads[] = {"+",      "+.",     "e",      "\u00AB", "\u00BB",
                                          "\u00A9", "\u00B0", "\u00A2", "o",      "*"};
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (!line_starts[i] || line_starts[i + 1]) continue;
    Word& w = words[i];
    const Word& next = words[i + 1];
    if (std::none_of(std::begin(kMisreads), std::end(kMisreads),
                     [&](const char* m) { return w.text == m; })) {
      continue;
    }
    if (is_uppercase_letter(first_code_point(next.text)) &&
        next.box.x0 - w.box.x1 >= 0.3 * w.font_size)
      w.text = "\u2022";
  }
}

}  // namespace

bool parse_ocr_mode(const std::string& text, OcrMode& mode) {
  if (text == "auto")
    mode = OcrMode::automatic;
  else if (text == "always")
    mode = OcrMode::always;
  else if (text == "never")
    mode = OcrMode::never;
  else
    return false;
  return true;
}

std::string ocr_engine_version() {
  return tesseract::TessBaseAPI::Version();
}

bool ocr_available(const OcrOptions& options) {
  return engine_for(options) != nullptr;
}

std::vector<Word> ocr_page(const GrayImage& image, const OcrOptions& options) {
  tesseract::TessBaseAPI* api = engine_for(options);
  if (!api) throw std::runtime_error("Tesseract could not load languages " + options.languages);
  // Rows may be padded: pass the stride, not the width.
  api->SetImage(image.pixels, image.width, image.height, 1, image.bytes_per_row);
  api->SetSourceResolution(options.dpi);
  if (api->Recognize(nullptr) != 0) throw std::runtime_error("Tesseract failed on the page");

  const double scale = 72.0 / options.dpi;  // pixels -> points
  std::vector<Word> words;
  std::vector<double> baselines;  // per word, in points
  std::vector<bool> line_starts;  // per word
  std::unique_ptr<tesseract::ResultIterator> it(api->GetIterator());
  if (!it) return words;
  double line_size = 0, line_baseline = 0;
  bool at_line_start = false;
  do {
    if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
      at_line_start = true;
      int x0, y0, x1, y1;
      if (it->BoundingBox(tesseract::RIL_TEXTLINE, &x0, &y0, &x1, &y1)) {
        // Tesseract's row model (x-height + ascenders + descenders) is about 0.95 em and,
        // unlike the ink box, does not depend on which letters the line happens to hold.
        float row_height = 0, descenders = 0, ascenders = 0;
        it->RowAttributes(&row_height, &descenders, &ascenders);
        const double ink = y1 - y0;
        line_size = (row_height > 0.5 * ink ? row_height / 0.95 : ink / 1.2) * scale;
        int bx0, by0, bx1, by1;
        line_baseline = it->Baseline(tesseract::RIL_TEXTLINE, &bx0, &by0, &bx1, &by1)
                            ? (by0 + by1) / 2.0 * scale
                            : y1 * scale - 0.2 * line_size;
      }
    }
    std::unique_ptr<char, TextDeleter> text(it->GetUTF8Text(tesseract::RIL_WORD));
    int x0, y0, x1, y1;
    if (!text || !*text.get() || !it->BoundingBox(tesseract::RIL_WORD, &x0, &y0, &x1, &y1))
      continue;
    // Rules, frame edges and specks come back as lone bars: no text is made of them.
    if (std::string_view(text.get()).find_first_not_of('|') == std::string_view::npos) continue;
    Word word;
    word.text = text.get();
    word.box = Rect{x0 * scale, y0 * scale, x1 * scale, y1 * scale};
    word.font_size = line_size > 0 ? line_size : (y1 - y0) * scale;
    word.ocr_confidence = it->Confidence(tesseract::RIL_WORD);
    word.space_after = !it->IsAtFinalElement(tesseract::RIL_TEXTLINE, tesseract::RIL_WORD);
    words.push_back(std::move(word));
    baselines.push_back(line_size > 0 ? line_baseline : y1 * scale);
    line_starts.push_back(at_line_start);
    at_line_start = false;
  } while (it->Next(tesseract::RIL_WORD));
  api->Clear();
  snap_font_sizes(words);
  // Words share their line's baseline and get boxes of the type's height, as a text layer
  // has them: ink boxes follow ascenders and descenders, which would scatter one line over
  // several baselines and make the gaps between lines vary with the letters.
  for (size_t i = 0; i < words.size(); ++i) {
    words[i].box.y0 = baselines[i] - 0.95 * words[i].font_size;
    words[i].box.y1 = baselines[i] + 0.25 * words[i].font_size;
  }
  mend_bullets(words, line_starts);
  return words;
}

}  // namespace idm
