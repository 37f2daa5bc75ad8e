#pragma once
// One PDF through every stage: bytes -> words -> blocks -> document record.

#include <string>

#include "model/document_record.hpp"

namespace idm {

/// Reads |path| and returns its record (id left for the caller to set). Throws ExtractError
/// when the file cannot be read as a PDF with text.
DocumentRecord process_document(const std::string& path, const std::string& password);

}  // namespace idm
