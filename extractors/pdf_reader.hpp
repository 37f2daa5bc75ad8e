#pragma once
// Reads the words of every page of a PDF through poppler-cpp.

#include <cstddef>
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
  // Threads reading pages side by side, each with a poppler::document of its own (a document
  // is not safe to share between threads), for documents of |parallel_min_pages| pages or
  // more. 1: one page after the other. The result is the same either way.
  unsigned page_workers = 1;
  int parallel_min_pages = 16;
};

PdfText read_pdf(std::string_view bytes, const std::string& path, const ReadOptions& options);

/// Same, with default options and |password|.
PdfText read_pdf(std::string_view bytes, const std::string& path, const std::string& password = {});

/// True when |bytes| starts like a PDF file ("%PDF-" within the first KiB, as readers allow).
bool looks_like_pdf(std::string_view bytes);

/// UTF-16 code units (a poppler::ustring's) as UTF-8, byte for byte what
/// poppler::ustring::to_utf8() gives, without its iconv_open per call: well-formed BMP text is
/// converted here, anything else (surrogates, a byte order mark) by Poppler.
std::string utf16_to_utf8(const unsigned short* units, size_t count);

}  // namespace idm
