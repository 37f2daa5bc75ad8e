#pragma once
// Blocks read by OCR with a low Tesseract confidence, as run warnings for reviewers (issue 6).

#include <string>
#include <vector>

#include "model/document_record.hpp"

namespace idm {

/// One message per body block of |record| whose mean OCR confidence (0-100) is below
/// |threshold|, in reading order: "page 2, block b14: OCR confidence 48 < 60: “Lieu : sal…”".
/// Blocks not read by OCR (ocr_confidence < 0) and furniture are left out.
std::vector<std::string> low_confidence_warnings(const DocumentRecord& record,
                                                 double threshold = 60);

}  // namespace idm
