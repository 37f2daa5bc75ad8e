#pragma once
// Reads the words of every page of a PDF through poppler-cpp.

#include <string>
#include <string_view>

#include "ocr.hpp"
#include "page_text.hpp"

namespace idm {

/// Parses |bytes| (the whole file, read by the caller) and returns every page's words with
/// fonts and boxes. |path| only names the file in errors. Throws ExtractError when the bytes
/// are not a PDF, are damaged beyond repair, are encrypted without the right |password|.
/// A PDF without any text is returned as is (pages with no words): callers decide.
struct ReadOptions {
  std::string password;  // for encrypted PDFs
  OcrOptions ocr;        // pages without a text layer are read by OCR (automatic)
};

PdfText read_pdf(std::string_view bytes, const std::string& path, const ReadOptions& options);

/// Same, with default options and |password|.
PdfText read_pdf(std::string_view bytes, const std::string& path, const std::string& password = {});

/// True when |bytes| starts like a PDF file ("%PDF-" within the first KiB, as readers allow).
bool looks_like_pdf(std::string_view bytes);

}  // namespace idm
