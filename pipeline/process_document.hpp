#pragma once
// One PDF through every stage: bytes -> words -> blocks -> document record.

#include <string>
#include <vector>

#include "extractors/ocr.hpp"
#include "model/document_record.hpp"

namespace idm {

struct ProcessOptions {
  std::string password;
  OcrOptions ocr;
  // Threads that may read and lay out the pages of a big document side by side (ReadOptions,
  // LayoutOptions); the run gives a document the job slots nobody else needs.
  // IDM_PAGE_WORKERS=N in the environment overrides it, for every document whatever its size
  // (tests: 1 = never, N > 1 = always).
  unsigned page_workers = 1;
};

/// Reads |path| and returns its record (id left for the caller to set). Throws ExtractError
/// when the file cannot be read as a PDF with text. What the reader noticed without failing
/// (a page OCR could not read) is appended to |warnings| when given.
DocumentRecord process_document(const std::string& path, const ProcessOptions& options,
                                std::vector<std::string>* warnings = nullptr);

/// Threads that process_document may use in this process to read a big document's pages,
/// at least |options.page_workers|: the batch sets it in each document's child process (the
/// job slots no other document needs). 1 at start.
void set_document_threads(unsigned threads);

/// Same with default options and |password|.
DocumentRecord process_document(const std::string& path, const std::string& password);

}  // namespace idm
