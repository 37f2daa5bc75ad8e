#include "process_document.hpp"

#include <fstream>
#include <sstream>

#include "classify/understand.hpp"
#include "extractors/extract_error.hpp"
#include "extractors/layout.hpp"
#include "extractors/pdf_reader.hpp"
#include "pipeline/sha256.hpp"

namespace idm {
namespace {

std::string read_whole_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ExtractError(ExtractErrorKind::not_found, path, "cannot open the file");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return std::move(bytes).str();
}

}  // namespace

DocumentRecord process_document(const std::string& path, const std::string& password) {
  const std::string bytes = read_whole_file(path);
  if (bytes.empty()) throw ExtractError(ExtractErrorKind::not_pdf, path, "empty file");
  const PdfText pdf = read_pdf(bytes, path, password);
  const LayoutResult layout = lay_out(pdf);
  if (layout.pages_with_text == 0) {
    throw ExtractError(ExtractErrorKind::no_text, path,
                       pdf.pages.empty() ? "the PDF has no pages"
                                         : "no text layer (a scan? OCR is not available yet)");
  }
  DocumentRecord record;
  record.source.path = path;
  record.source.sha256 = sha256_hex(bytes);
  record.source.pages = static_cast<int>(pdf.pages.size());
  record.source.producer = pdf.producer;
  understand(layout, record);
  return record;
}

}  // namespace idm
