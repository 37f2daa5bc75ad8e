#pragma once
// Optical character recognition of a rendered page (Tesseract), for pages that carry no text
// layer. The words come back in PDF points, like Poppler's, and go through the same layout.

#include <string>
#include <vector>

#include "page_text.hpp"

namespace poppler {
class page;
}

namespace idm {

enum class OcrMode { automatic, always, never };

struct OcrOptions {
  OcrMode mode = OcrMode::automatic;
  std::string languages = "fra+eng+spa";  // Tesseract language codes, '+'-joined
  int dpi = 300;
};

/// Parses "auto" | "always" | "never"; false for anything else.
bool parse_ocr_mode(const std::string& text, OcrMode& mode);

/// The Tesseract version this program runs with ("5.3.0").
std::string ocr_engine_version();

/// True when this build has Tesseract and its language data is found.
bool ocr_available(const OcrOptions& options);

/// Renders |page| at options.dpi and reads it. Each word carries its box in points, a font size
/// estimated from its line's height, and Tesseract's confidence. Throws std::runtime_error when
/// rendering or Tesseract fails.
std::vector<Word> ocr_page(const poppler::page& page, const OcrOptions& options);

}  // namespace idm
