#pragma once
// Optical character recognition of a rendered page (Tesseract), for pages that carry no text
// layer. The words come back in PDF points, like Poppler's, and go through the same layout.
// Tesseract lives in a module of its own (ocr_engine.hpp), loaded at the first use.

#include <string>
#include <vector>

#include "page_text.hpp"

namespace idm {

enum class OcrMode { automatic, always, never };

struct OcrOptions {
  OcrMode mode = OcrMode::automatic;
  std::string languages = "fra+eng+spa";  // Tesseract language codes, '+'-joined
  int dpi = 300;
};

/// Parses "auto" | "always" | "never"; false for anything else.
bool parse_ocr_mode(const std::string& text, OcrMode& mode);

/// The Tesseract version this program runs with ("5.3.0"); "none" when the OCR module does
/// not load.
std::string ocr_engine_version();

/// True when the OCR module loads and Tesseract finds its language data.
bool ocr_available(const OcrOptions& options);

/// Why ocr_available() is false, for a message: the module's load error, or the languages.
std::string ocr_unavailable_reason(const OcrOptions& options);

/// A page rendered in 8-bit grey at OcrOptions::dpi; rows are |bytes_per_row| apart.
struct GrayImage {
  const unsigned char* pixels = nullptr;
  int width = 0;
  int height = 0;
  int bytes_per_row = 0;
};

/// Reads |image| (a page rendered at options.dpi). Each word carries its box in points, a font
/// size estimated from its line's height, and Tesseract's confidence. Throws std::runtime_error
/// when Tesseract fails or its module does not load.
std::vector<Word> ocr_page(const GrayImage& image, const OcrOptions& options);

}  // namespace idm
