#pragma once
// The boundary between the program and its OCR module (idmreport-ocr.so, ocr_engine.cpp):
// Tesseract and the ~50 libraries under it are loaded only when a page is read by OCR, so
// that every other run starts without mapping and relocating them (issue 11). Both sides are
// built together from this header with the same compiler, so C++ types may cross; the entry
// point has C linkage so that dlsym finds it by name, and checks kAbi.

#include <string>
#include <vector>

#include "ocr.hpp"
#include "page_text.hpp"

namespace idm::ocr_engine {

/// Raised whenever a type or function below changes.
inline constexpr unsigned kAbi = 1;

/// The module's file name, and the name of its entry point.
inline constexpr const char* kFileName = "idmreport-ocr.so";
inline constexpr const char* kEntryPoint = "idm_ocr_engine";

/// What Tesseract read on one page, before ocr_page()'s clean-up: words in points with their
/// line's font size, and per word its line's baseline and whether it opens the line.
struct PageWords {
  std::vector<Word> words;
  std::vector<double> baselines;  // points
  std::vector<bool> line_starts;
};

struct Api {
  unsigned abi = kAbi;
  /// Tesseract's version ("5.3.0").
  const char* (*version)();
  /// True when Tesseract starts with |languages| ('+'-joined codes).
  bool (*available)(const std::string& languages);
  /// Reads |image| (rendered at |dpi|) into |out|; false with |error| set when Tesseract fails.
  /// Never throws.
  bool (*read)(const GrayImage& image, const std::string& languages, int dpi, PageWords& out,
               std::string& error);
};

}  // namespace idm::ocr_engine

extern "C" {
/// The module's entry point: its functions, or null when it was built for another |abi|.
using IdmOcrEngineEntry = const idm::ocr_engine::Api* (*)(unsigned abi);
}
