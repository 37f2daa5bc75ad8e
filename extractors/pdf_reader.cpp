#include "pdf_reader.hpp"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <memory>
#include <mutex>

#include "extract_error.hpp"
#include "ocr_repair.hpp"

namespace idm {
namespace {

// Poppler reports problems through one process-wide callback; the messages of the document
// being read on this thread are collected here so that an error can quote them.
thread_local std::string* g_poppler_messages = nullptr;

void collect_poppler_message(const std::string& message, void*) {
  if (g_poppler_messages && g_poppler_messages->size() < 2000) {
    if (!g_poppler_messages->empty()) *g_poppler_messages += "; ";
    *g_poppler_messages += message;
  }
}

void install_poppler_callback_once() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(collect_poppler_message, nullptr); });
}

std::string utf8(const poppler::ustring& text) {
  poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

// "BAAAAA+LiberationSans-Bold" -> style flags; the subset prefix does not matter here.
void read_font_style(const std::string& font_name, bool& bold, bool& italic) {
  auto has = [&](const char* part) { return font_name.find(part) != std::string::npos; };
  bold = has("Bold") || has("bold") || has("Black") || has("Heavy") || has("Semibold") ||
         has("SemiBold") || has("Demi");
  italic = has("Italic") || has("italic") || has("Oblique");
}

Word to_word(const poppler::text_box& box) {
  Word word;
  word.text = utf8(box.text());
  const poppler::rectf r = box.bbox();
  word.box = Rect{r.left(), r.top(), r.right(), r.bottom()};
  word.space_after = box.has_space_after();
  if (box.has_font_info()) {
    word.font_size = box.get_font_size();
    read_font_style(box.get_font_name(0), word.bold, word.italic);
  }
  if (word.font_size <= 0) word.font_size = word.box.height();
  return word;
}

// A page without a text layer (a scan) is rendered and read by OCR; when OCR is missing or
// fails, the page stays empty and the run says why.
void read_page_by_ocr(const poppler::page& page, const OcrOptions& ocr, PageText& out,
                      std::vector<std::string>& warnings) {
  if (!ocr_available(ocr)) {
    warnings.push_back("page " + std::to_string(out.number) +
                       " has no text layer and OCR is not available (Tesseract languages " +
                       ocr.languages + ")");
    return;
  }
  try {
    out.words = ocr_page(page, ocr);
    out.ocr = true;
  } catch (const std::exception& e) {
    warnings.push_back("page " + std::to_string(out.number) + ": OCR failed: " + e.what());
  }
}

}  // namespace

bool looks_like_pdf(std::string_view bytes) {
  return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

PdfText read_pdf(std::string_view bytes, const std::string& path, const std::string& password) {
  ReadOptions options;
  options.password = password;
  return read_pdf(bytes, path, options);
}

PdfText read_pdf(std::string_view bytes, const std::string& path, const ReadOptions& options) {
  const std::string& password = options.password;
  if (!looks_like_pdf(bytes)) {
    throw ExtractError(ExtractErrorKind::not_pdf, path, "not a PDF file (no %PDF- header)");
  }
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) {
    throw ExtractError(ExtractErrorKind::failed, path, "file larger than 2 GiB");
  }
  install_poppler_callback_once();
  std::string messages;
  g_poppler_messages = &messages;
  struct Reset {
    ~Reset() { g_poppler_messages = nullptr; }
  } reset;

  // load_from_raw_data makes no copy: |bytes| outlives |doc| (both live in this function).
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(
      bytes.data(), static_cast<int>(bytes.size()), password, password));
  if (!doc) {
    std::string detail = "damaged or truncated PDF, Poppler could not open it";
    if (!messages.empty()) detail += " (" + messages + ")";
    throw ExtractError(ExtractErrorKind::damaged, path, detail);
  }
  // Anything else on a locked document crashes poppler-cpp 22.12: ask this first.
  if (doc->is_locked()) {
    throw ExtractError(ExtractErrorKind::encrypted, path,
                       password.empty() ? "encrypted PDF: a password is needed (--password)"
                                        : "encrypted PDF: the password given does not open it");
  }

  PdfText result;
  result.producer = utf8(doc->get_producer());
  result.title = utf8(doc->get_title());
  const int page_count = doc->pages();
  result.pages.reserve(static_cast<size_t>(std::max(page_count, 0)));
  for (int i = 0; i < page_count; ++i) {
    PageText page;
    page.number = i + 1;
    std::unique_ptr<poppler::page> p(doc->create_page(i));
    if (!p) {
      result.pages.push_back(std::move(page));
      continue;
    }
    const poppler::rectf media = p->page_rect(poppler::media_box);
    page.width = media.width();
    page.height = media.height();
    if (options.ocr.mode != OcrMode::always) {
      for (const poppler::text_box& box : p->text_list(poppler::page::text_list_include_font)) {
        Word word = to_word(box);
        if (!word.text.empty()) page.words.push_back(std::move(word));
      }
    }
    const bool wants_ocr = options.ocr.mode == OcrMode::always ||
                           (options.ocr.mode == OcrMode::automatic && page.words.empty());
    if (wants_ocr) read_page_by_ocr(*p, options.ocr, page, result.warnings);
    result.pages.push_back(std::move(page));
  }
  // Typical OCR damage (accents, "I'" for "l'", "ce" for "œ"), mended where certain.
  repair_ocr_text(result);
  return result;
}

}  // namespace idm
