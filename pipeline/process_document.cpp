#include "process_document.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>

#include "classify/understand.hpp"
#include "extractors/extract_error.hpp"
#include "extractors/layout.hpp"
#include "extractors/pdf_reader.hpp"
#include "model/stage_timings.hpp"
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

unsigned g_document_threads = 1;

// IDM_PAGE_WORKERS=N: N threads per document whatever its size; unset or malformed: none.
std::optional<unsigned> page_workers_from_environment() {
  const char* text = std::getenv("IDM_PAGE_WORKERS");
  if (!text || !*text) return std::nullopt;
  char* end = nullptr;
  const unsigned long n = std::strtoul(text, &end, 10);
  if (*end || n < 1 || n > 256) return std::nullopt;
  return static_cast<unsigned>(n);
}

}  // namespace

void set_document_threads(unsigned threads) {
  g_document_threads = std::max(threads, 1u);
}

DocumentRecord process_document(const std::string& path, const std::string& password) {
  ProcessOptions options;
  options.password = password;
  return process_document(path, options);
}

DocumentRecord process_document(const std::string& path, const ProcessOptions& options,
                                std::vector<std::string>* warnings) {
  std::string bytes;
  PdfText pdf;
  LayoutOptions layout_options;  // pages laid out side by side when they were read so
  {
    const timings::Scope timed("1 read");
    bytes = read_whole_file(path);
    if (bytes.empty()) throw ExtractError(ExtractErrorKind::not_pdf, path, "empty file");
    ReadOptions read;
    read.password = options.password;
    read.ocr = options.ocr;
    read.page_workers = std::max(options.page_workers, g_document_threads);
    if (const std::optional<unsigned> forced = page_workers_from_environment()) {
      read.page_workers = *forced;
      read.parallel_min_pages = 2;
    }
    layout_options.page_workers = read.page_workers;
    layout_options.parallel_min_pages = read.parallel_min_pages;
    pdf = read_pdf(bytes, path, read);
  }
  if (warnings) warnings->insert(warnings->end(), pdf.warnings.begin(), pdf.warnings.end());
  LayoutResult layout;
  {
    const timings::Scope timed("2 layout");
    layout = lay_out_spending_words(pdf, layout_options);
  }
  if (layout.pages_with_text == 0) {
    std::string why = "no text layer";
    if (pdf.pages.empty()) {
      why = "the PDF has no pages";
    } else if (options.ocr.mode == OcrMode::never) {
      why += " (OCR is off: --ocr never)";
    } else if (!pdf.warnings.empty()) {
      why += " (" + pdf.warnings.front() + ")";
    } else {
      why += ", and OCR found no text either";
    }
    throw ExtractError(ExtractErrorKind::no_text, path, why);
  }
  DocumentRecord record;
  record.source.path = path;
  record.source.sha256 = sha256_hex(bytes);
  record.source.pages = static_cast<int>(pdf.pages.size());
  record.source.producer = pdf.producer;
  for (const PageText& page : pdf.pages) {
    if (page.ocr) record.source.ocr_pages.push_back(page.number);
  }
  const timings::Scope timed("3 classify");
  understand(layout, record);
  return record;
}

}  // namespace idm
