#pragma once
// Reads the words of every page of a PDF through Poppler's core API (what pdftotext uses).

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
  // Threads reading pages side by side, each with a PDFDoc of its own (a document
  // is not safe to share between threads), for documents of |parallel_min_pages| pages or
  // more. 1: one page after the other. The result is the same either way.
  unsigned page_workers = 1;
  int parallel_min_pages = 16;
};

PdfText read_pdf(std::string_view bytes, const std::string& path, const ReadOptions& options);

/// Same, with default options and |password|.
PdfText read_pdf(std::string_view bytes, const std::string& path, const std::string& password = {});

/// Sets up Poppler's global tables (fonts, encodings) now rather than at the first read_pdf().
/// A process that forks a reader per document calls it first: each child then inherits the
/// tables instead of building its own (about half a millisecond each).
void prepare_pdf_reader();

/// The version of Poppler this program reads with ("22.12.0").
std::string pdf_library_version();

/// True when |bytes| starts like a PDF file ("%PDF-" within the first KiB, as readers allow).
bool looks_like_pdf(std::string_view bytes);

}  // namespace idm
