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
};

/// Reads |path| and returns its record (id left for the caller to set). Throws ExtractError
/// when the file cannot be read as a PDF with text. What the reader noticed without failing
/// (a page OCR could not read) is appended to |warnings| when given.
DocumentRecord process_document(const std::string& path, const ProcessOptions& options,
                                std::vector<std::string>* warnings = nullptr);

/// Same with default options and |password|.
DocumentRecord process_document(const std::string& path, const std::string& password);

}  // namespace idm
