#include "ocr_warnings.hpp"

#include <fmt/format.h>

#include <cmath>

#include "extractors/unicode_text.hpp"

namespace idm {

std::vector<std::string> low_confidence_warnings(const DocumentRecord& record, double threshold) {
  std::vector<std::string> out;
  for (const Block& b : record.blocks) {
    if (b.ocr_confidence < 0 || b.ocr_confidence >= threshold || b.kind == "furniture") continue;
    out.push_back(fmt::format("page {}, block {}: OCR confidence {} < {}: \u201c{}\u201d", b.page,
                              b.id, static_cast<int>(std::lround(b.ocr_confidence)),
                              static_cast<int>(std::lround(threshold)), utf8_prefix(b.text, 60)));
  }
  return out;
}

}  // namespace idm
