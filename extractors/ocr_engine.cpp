// The OCR module (idmreport-ocr.so): Tesseract behind ocr_engine.hpp's entry point. Built as a
// shared module loaded by ocr.cpp only when a page is read by OCR; nothing here may call into
// the program (the module links Tesseract and the C++ runtime only).

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <cstdlib>
#include <exception>
#include <memory>
#include <string_view>

#include "ocr_engine.hpp"

namespace idm::ocr_engine {
namespace {

struct TextDeleter {
  void operator()(char* p) const { delete[] p; }
};

// One engine per thread: initialising Tesseract costs far more than a page.
tesseract::TessBaseAPI* engine_for(const std::string& wanted) {
  thread_local std::unique_ptr<tesseract::TessBaseAPI> engine;
  thread_local std::string languages;
  if (engine && languages == wanted) return engine.get();
  // One thread per page: the batch runs documents side by side, and Tesseract's own OpenMP
  // threads only contend with them (and make results depend on timing). Set once: pages may be
  // read on several threads, and setenv is not safe beside another thread's.
  static const bool omp_limited = [] { return ::setenv("OMP_THREAD_LIMIT", "1", 0) == 0; }();
  (void)omp_limited;
  auto fresh = std::make_unique<tesseract::TessBaseAPI>();
  if (fresh->Init(nullptr, wanted.c_str(), tesseract::OEM_LSTM_ONLY) != 0) return nullptr;
  fresh->SetPageSegMode(tesseract::PSM_AUTO);
  // Keep spaces between words as Tesseract sees them; no dictionary-driven line breaking.
  fresh->SetVariable("preserve_interword_spaces", "1");
  engine = std::move(fresh);
  languages = wanted;
  return engine.get();
}

const char* version() {
  return tesseract::TessBaseAPI::Version();
}

bool available(const std::string& languages) {
  try {
    return engine_for(languages) != nullptr;
  } catch (const std::exception&) {
    return false;
  }
}

void recognise(tesseract::TessBaseAPI& api, const GrayImage& image, int dpi, PageWords& out) {
  // Rows may be padded: pass the stride, not the width.
  api.SetImage(image.pixels, image.width, image.height, 1, image.bytes_per_row);
  api.SetSourceResolution(dpi);
  if (api.Recognize(nullptr) != 0) throw std::runtime_error("Tesseract failed on the page");

  const double scale = 72.0 / dpi;  // pixels -> points
  std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
  if (!it) return;
  double line_size = 0, line_baseline = 0;
  bool at_line_start = false;
  do {
    if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
      at_line_start = true;
      int x0, y0, x1, y1;
      if (it->BoundingBox(tesseract::RIL_TEXTLINE, &x0, &y0, &x1, &y1)) {
        // Tesseract's row model (x-height + ascenders + descenders) is about 0.95 em and,
        // unlike the ink box, does not depend on which letters the line happens to hold.
        float row_height = 0, descenders = 0, ascenders = 0;
        it->RowAttributes(&row_height, &descenders, &ascenders);
        const double ink = y1 - y0;
        line_size = (row_height > 0.5 * ink ? row_height / 0.95 : ink / 1.2) * scale;
        int bx0, by0, bx1, by1;
        line_baseline = it->Baseline(tesseract::RIL_TEXTLINE, &bx0, &by0, &bx1, &by1)
                            ? (by0 + by1) / 2.0 * scale
                            : y1 * scale - 0.2 * line_size;
      }
    }
    std::unique_ptr<char, TextDeleter> text(it->GetUTF8Text(tesseract::RIL_WORD));
    int x0, y0, x1, y1;
    if (!text || !*text.get() || !it->BoundingBox(tesseract::RIL_WORD, &x0, &y0, &x1, &y1))
      continue;
    // Rules, frame edges and specks come back as lone bars: no text is made of them.
    if (std::string_view(text.get()).find_first_not_of('|') == std::string_view::npos) continue;
    Word word;
    word.text = text.get();
    word.box = Rect{x0 * scale, y0 * scale, x1 * scale, y1 * scale};
    word.font_size = line_size > 0 ? line_size : (y1 - y0) * scale;
    word.ocr_confidence = it->Confidence(tesseract::RIL_WORD);
    word.space_after = !it->IsAtFinalElement(tesseract::RIL_TEXTLINE, tesseract::RIL_WORD);
    out.words.push_back(std::move(word));
    out.baselines.push_back(line_size > 0 ? line_baseline : y1 * scale);
    out.line_starts.push_back(at_line_start);
    at_line_start = false;
  } while (it->Next(tesseract::RIL_WORD));
  api.Clear();
}

// No exception leaves the module: the program sees a message, as from any failed page.
bool read(const GrayImage& image, const std::string& languages, int dpi, PageWords& out,
          std::string& error) {
  try {
    tesseract::TessBaseAPI* api = engine_for(languages);
    if (!api) {
      error = "Tesseract could not load languages " + languages;
      return false;
    }
    recognise(*api, image, dpi, out);
    return true;
  } catch (const std::exception& e) {
    error = e.what();
  } catch (...) {
    error = "Tesseract failed on the page";
  }
  return false;
}

constexpr Api kApi{kAbi, version, available, read};

}  // namespace
}  // namespace idm::ocr_engine

extern "C" __attribute__((visibility("default"))) const idm::ocr_engine::Api* idm_ocr_engine(
    unsigned abi) {
  return abi == idm::ocr_engine::kAbi ? &idm::ocr_engine::kApi : nullptr;
}
