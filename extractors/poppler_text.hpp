#pragma once
// Text from Poppler's core objects as poppler-cpp handed it over (through UTF-16 and iconv),
// byte for byte, without its copies: the records stay what they were when words were read
// through poppler-cpp's page::text_list().

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

class FontInfo;
class GooString;
class PDFDoc;
class TextFontInfo;
class TextWord;

namespace idm {

/// |word|'s text in UTF-8. Ordinary text is encoded here; a NUL, a surrogate, a byte order mark
/// or a non-character goes the way poppler-cpp took (UTF-8 -> UTF-16 -> UTF-8 with iconv),
/// which drops what follows a NUL or an invalid unit. Empty when nothing is left.
std::string word_text_utf8(const TextWord& word);

/// A document information string (PDFDocEncoding bytes or UTF-16 with a byte order mark) as
/// poppler-cpp's get_title()/get_producer() + to_utf8() gave it: bytes without a marker are
/// taken as Latin-1. Empty for nullptr.
std::string info_string_utf8(const GooString* text);

/// UTF-16 code units in UTF-8, byte for byte what poppler::ustring::to_utf8() gives (iconv
/// from UTF-16LE: an invalid unit ends the text).
std::string utf16_to_utf8(const unsigned short* units, size_t count);

/// The font name poppler-cpp gave a word (text_box::get_font_name(0)): the name of the font in
/// the page's font list (poppler's FontInfoScanner) whose object is the word's first glyph's
/// font, or "" when the list has no such font.
class PageFontNames {
 public:
  PageFontNames(PDFDoc& doc, int page_index);
  ~PageFontNames();
  PageFontNames(const PageFontNames&) = delete;
  PageFontNames& operator=(const PageFontNames&) = delete;

  const std::string& name(const TextFontInfo& font);

 private:
  void scan_page_fonts();

  PDFDoc& doc_;
  int page_index_;
  // The fonts named by the page's own /Font dictionary: FontInfoScanner lists them first, so a
  // word set in one of them has its name without a scan of the whole page.
  struct Direct;
  std::vector<Direct> direct_;
  bool direct_usable_ = false;
  std::vector<std::unique_ptr<FontInfo>> scanned_;
  bool scanned_done_ = false;
  const TextFontInfo* last_font_ = nullptr;
  std::string last_name_;
};

}  // namespace idm
