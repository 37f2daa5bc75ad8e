#include "ocr.hpp"

#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <cstdlib>
#include <algorithm>
#include <memory>
#include <stdexcept>

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
  // threads only contend with them (and make results depend on timing).
  ::setenv("OMP_THREAD_LIMIT", "1", 0);
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
  for (const Word& w : words) sizes.push_back(w.font_size);
  std::nth_element(sizes.begin(), sizes.begin() + static_cast<long>(sizes.size() / 2), sizes.end());
  const double usual = sizes[sizes.size() / 2];
  for (Word& w : words) {
    if (w.font_size > 0.7 * usual && w.font_size < 1.35 * usual) w.font_size = usual;
  }
}

}  // namespace

bool parse_ocr_mode(const std::string& text, OcrMode& mode) {
  if (text == "auto") mode = OcrMode::automatic;
  else if (text == "always") mode = OcrMode::always;
  else if (text == "never") mode = OcrMode::never;
  else return false;
  return true;
}

bool ocr_available(const OcrOptions& options) { return engine_for(options) != nullptr; }

std::vector<Word> ocr_page(const poppler::page& page, const OcrOptions& options) {
  tesseract::TessBaseAPI* api = engine_for(options);
  if (!api) throw std::runtime_error("Tesseract could not load languages " + options.languages);
  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  renderer.set_image_format(poppler::image::format_gray8);
  const poppler::image image = renderer.render_page(&page, options.dpi, options.dpi);
  if (!image.is_valid()) throw std::runtime_error("the page could not be rendered for OCR");
  // Rows may be padded: pass Poppler's stride, not the width.
  api->SetImage(reinterpret_cast<const unsigned char*>(image.const_data()), image.width(),
                image.height(), 1, image.bytes_per_row());
  api->SetSourceResolution(options.dpi);
  if (api->Recognize(nullptr) != 0) throw std::runtime_error("Tesseract failed on the page");

  const double scale = 72.0 / options.dpi;  // pixels -> points
  std::vector<Word> words;
  std::unique_ptr<tesseract::ResultIterator> it(api->GetIterator());
  if (!it) return words;
  double line_size = 0, line_top = 0, line_bottom = 0;
  do {
    if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
      int x0, y0, x1, y1;
      if (it->BoundingBox(tesseract::RIL_TEXTLINE, &x0, &y0, &x1, &y1)) {
        // A line box spans ascenders to descenders: about 1.2 times the type size.
        line_size = (y1 - y0) * scale / 1.2;
        line_top = y0 * scale;
        line_bottom = y1 * scale;
      }
    }
    std::unique_ptr<char, TextDeleter> text(it->GetUTF8Text(tesseract::RIL_WORD));
    // Words share their line's top and bottom: word boxes follow ascenders and descenders,
    // which would scatter one line over several baselines.
    int x0, y0, x1, y1;
    if (!text || !*text.get() || !it->BoundingBox(tesseract::RIL_WORD, &x0, &y0, &x1, &y1)) continue;
    Word word;
    word.text = text.get();
    word.box = Rect{x0 * scale, line_bottom > line_top ? line_top : y0 * scale, x1 * scale,
                    line_bottom > line_top ? line_bottom : y1 * scale};
    word.font_size = line_size > 0 ? line_size : (y1 - y0) * scale;
    word.ocr_confidence = it->Confidence(tesseract::RIL_WORD);
    word.space_after = !it->IsAtFinalElement(tesseract::RIL_TEXTLINE, tesseract::RIL_WORD);
    words.push_back(std::move(word));
  } while (it->Next(tesseract::RIL_WORD));
  api->Clear();
  snap_font_sizes(words);
  return words;
}

}  // namespace idm
