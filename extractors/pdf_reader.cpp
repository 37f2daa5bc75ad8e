#include "pdf_reader.hpp"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>

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
  return utf16_to_utf8(text.data(), text.size());
}

// "BAAAAA+LiberationSans-Bold" -> style flags; the subset prefix does not matter here. A page
// sets most of its words in a few fonts: the last answer is kept.
class FontStyles {
 public:
  void read(const std::string& font_name, bool& bold, bool& italic) {
    if (font_name != name_) {
      name_ = font_name;
      auto has = [&](const char* part) { return name_.find(part) != std::string::npos; };
      bold_ = has("Bold") || has("bold") || has("Black") || has("Heavy") || has("Semibold") ||
              has("SemiBold") || has("Demi");
      italic_ = has("Italic") || has("italic") || has("Oblique");
    }
    bold = bold_;
    italic = italic_;
  }

 private:
  std::string name_ = "\n";  // no font is named so: the first word reads its name
  bool bold_ = false;
  bool italic_ = false;
};

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

// Page |index| (0-based) of |doc| into |out|; what went wrong without failing into |warnings|.
void read_page(poppler::document& doc, int index, const ReadOptions& options, PageText& out,
               std::vector<std::string>& warnings) {
  out.number = index + 1;
  std::unique_ptr<poppler::page> p(doc.create_page(index));
  if (!p) return;
  const poppler::rectf media = p->page_rect(poppler::media_box);
  out.width = media.width();
  out.height = media.height();
  if (options.ocr.mode != OcrMode::always) {
    const std::vector<poppler::text_box> boxes =
        p->text_list(poppler::page::text_list_include_font);
    out.words.reserve(boxes.size());
    FontStyles styles;
    for (const poppler::text_box& box : boxes) {
      const poppler::ustring text = box.text();
      if (text.empty()) continue;
      Word& word = out.words.emplace_back();
      word.text = utf8(text);
      if (word.text.empty()) {  // what Poppler's conversion gives for malformed UTF-16
        out.words.pop_back();
        continue;
      }
      const poppler::rectf r = box.bbox();
      word.box = Rect{r.left(), r.top(), r.right(), r.bottom()};
      word.space_after = box.has_space_after();
      if (box.has_font_info()) {
        word.font_size = box.get_font_size();
        styles.read(box.get_font_name(0), word.bold, word.italic);
      }
      if (word.font_size <= 0) word.font_size = word.box.height();
    }
  }
  const bool wants_ocr = options.ocr.mode == OcrMode::always ||
                         (options.ocr.mode == OcrMode::automatic && out.words.empty());
  if (wants_ocr) read_page_by_ocr(*p, options.ocr, out, warnings);
}

// Reads every page of |doc| into |pages|, |workers| threads side by side, each but this one
// with a document of its own loaded from |bytes|. Pages are handed out one at a time, so a
// slow page (OCR) does not hold up a whole range; each lands in its own slot.
void read_pages_in_parallel(poppler::document& doc, std::string_view bytes,
                            const ReadOptions& options, unsigned workers,
                            std::vector<PageText>& pages,
                            std::vector<std::vector<std::string>>& warnings) {
  const int count = static_cast<int>(pages.size());
  // Poppler creates some process-wide state on first use without a lock (GfxState's colour
  // profiles; toolchain-facts.md 2.8): one page on this thread before the others start.
  read_page(doc, 0, options, pages[0], warnings[0]);
  std::atomic<int> next{1};
  std::mutex failure_mutex;
  std::exception_ptr failure;
  auto work = [&](poppler::document& d) {
    try {
      for (int i = next++; i < count; i = next++)
        read_page(d, i, options, pages[static_cast<size_t>(i)], warnings[static_cast<size_t>(i)]);
    } catch (...) {
      const std::lock_guard<std::mutex> lock(failure_mutex);
      if (!failure) failure = std::current_exception();
      next = count;  // the others stop too
    }
  };
  std::vector<std::thread> threads;
  threads.reserve(workers - 1);
  for (unsigned w = 1; w < workers; ++w) {
    threads.emplace_back([&] {
      // Loading cannot fail where it just succeeded; if it did, the other workers take the
      // pages.
      std::unique_ptr<poppler::document> own(poppler::document::load_from_raw_data(
          bytes.data(), static_cast<int>(bytes.size()), options.password, options.password));
      if (own && !own->is_locked()) work(*own);
    });
  }
  work(doc);
  for (std::thread& t : threads)
    t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace

std::string utf16_to_utf8(const unsigned short* units, size_t count) {
  std::string out;
  out.reserve(count + count / 2);
  for (size_t i = 0; i < count; ++i) {
    const unsigned c = units[i];
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if ((c >= 0xD800 && c <= 0xDFFF) || c == 0xFEFF) {
      // Pairs, lone halves and byte order marks: exactly as Poppler (iconv) treats them.
      poppler::ustring text;
      text.assign(units, count);
      const poppler::byte_array bytes = text.to_utf8();
      return std::string(bytes.begin(), bytes.end());
    } else {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

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
  const int page_count = std::max(doc->pages(), 0);
  result.pages.resize(static_cast<size_t>(page_count));
  std::vector<std::vector<std::string>> warnings(static_cast<size_t>(page_count));
  const unsigned workers =
      page_count >= std::max(options.parallel_min_pages, 2)
          ? std::min(std::max(options.page_workers, 1u), static_cast<unsigned>(page_count))
          : 1;
  if (workers > 1) {
    read_pages_in_parallel(*doc, bytes, options, workers, result.pages, warnings);
  } else {
    for (int i = 0; i < page_count; ++i) {
      const auto n = static_cast<size_t>(i);
      read_page(*doc, i, options, result.pages[n], warnings[n]);
    }
  }
  for (std::vector<std::string>& page_warnings : warnings) {
    for (std::string& warning : page_warnings)
      result.warnings.push_back(std::move(warning));
  }
  // Typical OCR damage (accents, "I'" for "l'", "ce" for "œ"), mended where certain.
  repair_ocr_text(result);
  return result;
}

}  // namespace idm
