#include "ocr.hpp"

#include <algorithm>
#include <stdexcept>

#include "module_loader.hpp"
#include "ocr_engine.hpp"
#include "unicode_text.hpp"

namespace idm {
namespace {

// The OCR module, loaded at the first call (ocr_engine.hpp); null with |error| set when it is
// missing or does not load. A module loaded by the batch's parent is inherited by the
// documents' child processes; one loaded in a child dies with it.
const ocr_engine::Api* engine(std::string* error = nullptr) {
  static const LoadedModule<ocr_engine::Api> loaded = load_module<ocr_engine::Api>(
      ocr_engine::kFileName, ocr_engine::kEntryPoint, ocr_engine::kAbi);
  if (error) *error = loaded.error;
  return loaded.api;
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
  const ocr_engine::Api* api = engine();
  return api ? api->version() : "none";
}

bool ocr_available(const OcrOptions& options) {
  const ocr_engine::Api* api = engine();
  return api && api->available(options.languages);
}

std::string ocr_unavailable_reason(const OcrOptions& options) {
  std::string error;
  if (!engine(&error)) return error;
  return "Tesseract languages " + options.languages;
}

std::vector<Word> ocr_page(const GrayImage& image, const OcrOptions& options) {
  std::string error;
  const ocr_engine::Api* api = engine(&error);
  if (!api) throw std::runtime_error(error);
  ocr_engine::PageWords page;
  if (!api->read(image, options.languages, options.dpi, page, error))
    throw std::runtime_error(error);
  std::vector<Word>& words = page.words;
  snap_font_sizes(words);
  // Words share their line's baseline and get boxes of the type's height, as a text layer
  // has them: ink boxes follow ascenders and descenders, which would scatter one line over
  // several baselines and make the gaps between lines vary with the letters.
  for (size_t i = 0; i < words.size(); ++i) {
    words[i].box.y0 = page.baselines[i] - 0.95 * words[i].font_size;
    words[i].box.y1 = page.baselines[i] + 0.25 * words[i].font_size;
  }
  mend_bullets(words, page.line_starts);
  return words;
}

}  // namespace idm
