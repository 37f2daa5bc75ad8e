#include "pdf_reader.hpp"

// Poppler's core API (libpoppler-private-dev): what pdftotext itself uses. It is not a stable
// API, and is pinned to Debian's 22.12 (README, "Dependencies").
#include <Error.h>
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <Page.h>
#include <SplashOutputDev.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <poppler-config.h>
#include <splash/SplashBitmap.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "extract_error.hpp"
#include "font_cache.hpp"
#include "ocr_repair.hpp"
#include "page_workers.hpp"
#include "poppler_text.hpp"

namespace idm {
namespace {

// Poppler reports problems through one process-wide callback; the messages of the document
// being read on this thread are collected here so that an error can quote them.
thread_local std::string* g_poppler_messages = nullptr;

void collect_poppler_message(ErrorCategory, Goffset pos, const char* message) {
  if (g_poppler_messages && g_poppler_messages->size() < 2000) {
    if (!g_poppler_messages->empty()) *g_poppler_messages += "; ";
    // Worded as poppler-cpp worded them, which the records quoted before.
    *g_poppler_messages +=
        pos >= 0 ? "error (" + std::to_string(pos) + "): " : std::string("error: ");
    *g_poppler_messages += message;
  }
}

// Poppler's global parameters (font and encoding tables), set up once before the first
// document and kept for the life of the program: GlobalParamsIniter refcounts them and would
// tear them down and rebuild them around every document. It installs the callback too.
void init_poppler_once() {
  static const GlobalParamsIniter initer(collect_poppler_message);
  (void)initer;
}

// What poppler-cpp's document::load_from_raw_data opened: no copy of |bytes|, which outlive
// the document. A document that needs a password comes back with errEncrypted.
std::unique_ptr<PDFDoc> open_pdf(std::string_view bytes, const std::string& password) {
  auto* stream =
      new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull));
  const std::optional<GooString> goo_password(std::in_place, password.c_str());
  return std::make_unique<PDFDoc>(stream, goo_password, goo_password);
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

// Renders page |index| (0-based) in grey at |dpi| as poppler-cpp's page_renderer did
// (antialiased vectors and text, no hinting, white paper) and reads it by OCR.
std::vector<Word> ocr_rendered_page(PDFDoc& doc, int index, const OcrOptions& ocr) {
  SplashColor paper;
  paper[0] = paper[1] = paper[2] = 0xff;
  SplashOutputDev splash(splashModeMono8, 4, false, paper, true, splashThinLineDefault);
  splash.setFontAntialias(true);
  splash.setVectorAntialias(true);
  splash.setFreeTypeHinting(false, false);
  splash.startDoc(&doc);
  doc.displayPageSlice(&splash, index + 1, ocr.dpi, ocr.dpi, 0, false, true, false, -1, -1, -1, -1,
                       nullptr, nullptr, nullptr, nullptr, true);
  SplashBitmap* bitmap = splash.getBitmap();
  if (!bitmap || bitmap->getWidth() <= 0 || bitmap->getHeight() <= 0 || !bitmap->getDataPtr())
    throw std::runtime_error("the page could not be rendered for OCR");
  // Rows are padded to 4 bytes: Tesseract is given the stride, not the width.
  return ocr_page(GrayImage{bitmap->getDataPtr(), bitmap->getWidth(), bitmap->getHeight(),
                            bitmap->getRowSize()},
                  ocr);
}

// A page without a text layer (a scan) is rendered and read by OCR; when OCR is missing or
// fails, the page stays empty and the run says why.
void read_page_by_ocr(PDFDoc& doc, int index, const OcrOptions& ocr, PageText& out,
                      std::vector<std::string>& warnings) {
  if (!ocr_available(ocr)) {
    warnings.push_back("page " + std::to_string(out.number) +
                       " has no text layer and OCR is not available (" +
                       ocr_unavailable_reason(ocr) + ")");
    return;
  }
  try {
    out.words = ocr_rendered_page(doc, index, ocr);
    out.ocr = true;
  } catch (const std::exception& e) {
    warnings.push_back("page " + std::to_string(out.number) + ": OCR failed: " + e.what());
  }
}

// The words of page |index| (0-based), laid out by Poppler's TextOutputDev with the settings
// poppler-cpp's page::text_list() used (72 dpi, no rotation, no cropping, reading order).
void read_text_layer(PDFDoc& doc, int index, PageText& out) {
  TextOutputDev device(nullptr, false, 0, false, false);
  if (!device.isOk()) return;
  doc.displayPageSlice(&device, index + 1, 72, 72, 0, false, false, false, -1, -1, -1, -1, nullptr,
                       nullptr, nullptr, nullptr, false);
  const std::unique_ptr<TextWordList> list = device.makeWordList();
  if (!list) return;
  const int count = list->getLength();
  out.words.reserve(static_cast<size_t>(count));
  PageFontNames fonts(doc, index);
  FontStyles styles;
  for (int i = 0; i < count; ++i) {
    const TextWord* tw = list->get(i);
    Word word;
    word.text = word_text_utf8(*tw);
    if (word.text.empty()) continue;  // as poppler-cpp, which gave these no text
    double x_min, y_min, x_max, y_max;
    tw->getBBox(&x_min, &y_min, &x_max, &y_max);
    // poppler::rectf kept (x, y, width, height) and gave back x + width: the same doubles.
    word.box = Rect{x_min, y_min, x_min + (x_max - x_min), y_min + (y_max - y_min)};
    word.space_after = tw->hasSpaceAfter();
    word.font_size = tw->getFontSize();
    if (tw->getLength() > 0) styles.read(fonts.name(*tw->getFontInfo(0)), word.bold, word.italic);
    if (word.font_size <= 0) word.font_size = word.box.height();
    out.words.push_back(std::move(word));
  }
}

// Page |index| (0-based) of |doc| into |out|; what went wrong without failing into |warnings|.
void read_page(PDFDoc& doc, int index, const ReadOptions& options, PageText& out,
               std::vector<std::string>& warnings) {
  out.number = index + 1;
  Page* page = doc.getCatalog()->getPage(index + 1);
  if (!page) return;
  const PDFRectangle* media = page->getMediaBox();
  // As poppler::rectf(x1, y1, x2 - x1, y2 - y1).width() computed it.
  out.width = (media->x1 + (media->x2 - media->x1)) - media->x1;
  out.height = (media->y1 + (media->y2 - media->y1)) - media->y1;
  if (options.ocr.mode != OcrMode::always) read_text_layer(doc, index, out);
  const bool wants_ocr = options.ocr.mode == OcrMode::always ||
                         (options.ocr.mode == OcrMode::automatic && out.words.empty());
  if (wants_ocr) read_page_by_ocr(doc, index, options.ocr, out, warnings);
}

// Reads every page of |doc| into |pages|, |workers| threads side by side, each but this one
// with a document of its own opened on |bytes|. Pages are handed out one at a time, so a
// slow page (OCR) does not hold up a whole range; each lands in its own slot.
void read_pages_in_parallel(PDFDoc& doc, std::string_view bytes, const ReadOptions& options,
                            unsigned workers, std::vector<PageText>& pages,
                            std::vector<std::vector<std::string>>& warnings) {
  const int count = static_cast<int>(pages.size());
  // Poppler creates some process-wide state on first use without a lock (GfxState's colour
  // profiles; toolchain-facts.md 2.8): one page on this thread before the others start.
  read_page(doc, 0, options, pages[0], warnings[0]);
  std::atomic<int> next{1};
  std::mutex failure_mutex;
  std::exception_ptr failure;
  auto work = [&](PDFDoc& d) {
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
      // Opening cannot fail where it just succeeded; if it did, the other workers take the
      // pages. Poppler's messages on this thread are not collected (they were on the first).
      const std::unique_ptr<PDFDoc> own = open_pdf(bytes, options.password);
      if (!own->isOk()) return;
      const FontCacheScope fonts(own->getXRef());
      work(*own);
    });
  }
  work(doc);
  for (std::thread& t : threads)
    t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace

void prepare_pdf_reader() {
  init_poppler_once();
}

std::string pdf_library_version() {
  return POPPLER_VERSION;
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
  init_poppler_once();
  std::string messages;
  g_poppler_messages = &messages;
  struct Reset {
    ~Reset() { g_poppler_messages = nullptr; }
  } reset;

  const std::unique_ptr<PDFDoc> doc = open_pdf(bytes, password);
  if (!doc->isOk()) {
    if (doc->getErrorCode() == errEncrypted) {
      throw ExtractError(ExtractErrorKind::encrypted, path,
                         password.empty() ? "encrypted PDF: a password is needed (--password)"
                                          : "encrypted PDF: the password given does not open it");
    }
    std::string detail = "damaged or truncated PDF, Poppler could not open it";
    if (!messages.empty()) detail += " (" + messages + ")";
    throw ExtractError(ExtractErrorKind::damaged, path, detail);
  }

  // Each font made once for all pages (font_cache.hpp); gone before the document is.
  const FontCacheScope fonts(doc->getXRef());
  PdfText result;
  result.producer = info_string_utf8(doc->getDocInfoProducer().get());
  result.title = info_string_utf8(doc->getDocInfoTitle().get());
  const int page_count = std::max(doc->getNumPages(), 0);
  result.pages.resize(static_cast<size_t>(page_count));
  std::vector<std::vector<std::string>> warnings(static_cast<size_t>(page_count));
  const unsigned workers = threads_for_pages(static_cast<size_t>(page_count), options.page_workers,
                                             options.parallel_min_pages);
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
