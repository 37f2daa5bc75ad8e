#include "poppler_text.hpp"

// PDFDoc.h first: Dict.h and Object.h need each other in that order.
#include <PDFDoc.h>
// clang-format off
#include <Dict.h>
#include <FontInfo.h>
#include <Object.h>
#include <Page.h>
#include <TextOutputDev.h>
#include <goo/GooString.h>
// clang-format on
#include <iconv.h>

#include <cerrno>
#include <cstring>
#include <unordered_set>

namespace idm {
namespace {

// One iconv conversion, opened and closed as poppler-cpp's MiniIconv did.
class Iconv {
 public:
  Iconv(const char* to, const char* from) : cd_(iconv_open(to, from)) {}
  ~Iconv() {
    if (ok()) iconv_close(cd_);
  }
  Iconv(const Iconv&) = delete;
  Iconv& operator=(const Iconv&) = delete;
  bool ok() const { return cd_ != reinterpret_cast<iconv_t>(-1); }
  size_t convert(char** in, size_t* in_left, char** out, size_t* out_left) {
    return iconv(cd_, in, in_left, out, out_left);
  }

 private:
  iconv_t cd_;
};

// poppler::ustring::from_utf8(text) (poppler 22.12 cpp/poppler-global.cpp): an invalid
// sequence ends the text, a NUL too (strlen).
std::u16string utf8_to_utf16_as_poppler(const char* text) {
  const size_t len = std::strlen(text);
  if (len == 0) return {};
  Iconv ic("UTF-16LE", "UTF-8");
  if (!ic.ok()) return {};
  std::u16string out(len + 1, 0);
  char* in = const_cast<char*>(text);
  size_t in_left = len;
  char* dst = reinterpret_cast<char*>(out.data());
  size_t out_left = out.size() * sizeof(char16_t);
  size_t r = ic.convert(&in, &in_left, &dst, &out_left);
  if (r == static_cast<size_t>(-1) && errno == E2BIG) {
    const size_t done = static_cast<size_t>(dst - reinterpret_cast<char*>(out.data()));
    out_left += out.size() * sizeof(char16_t);
    out.resize(out.size() * 2);
    dst = reinterpret_cast<char*>(out.data()) + done;
    r = ic.convert(&in, &in_left, &dst, &out_left);
    if (r == static_cast<size_t>(-1)) return {};
  }
  out.resize(out.size() - out_left / sizeof(char16_t));
  return out;
}

void append_utf8(std::string& out, unsigned c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Code points that go through UTF-8 -> UTF-16 -> UTF-8 unchanged whatever iconv does with
// the odd ones: everything but NUL, surrogates, the byte order mark, non-characters and what
// lies beyond Unicode.
bool plain_code_point(unsigned c) {
  if (c == 0 || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFEFF || c > 0x10FFFF) return false;
  if ((c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF)) return false;
  return true;
}

}  // namespace

std::string utf16_to_utf8(const unsigned short* units, size_t count) {
  if (count == 0) return {};
  std::string out;
  out.reserve(count + count / 2);
  size_t i = 0;
  for (; i < count; ++i) {
    const unsigned c = units[i];
    if ((c >= 0xD800 && c <= 0xDFFF) || c == 0xFEFF) break;  // iconv's way, below
    append_utf8(out, c);
  }
  if (i == count) return out;
  // poppler::ustring::to_utf8() (poppler 22.12 cpp/poppler-global.cpp).
  Iconv ic("UTF-8", "UTF-16LE");
  if (!ic.ok()) return {};
  std::string str(count * 2, '\0');
  char* in = reinterpret_cast<char*>(const_cast<unsigned short*>(units));
  size_t in_left = count * 2;
  char* dst = str.data();
  size_t out_left = str.size();
  size_t r = ic.convert(&in, &in_left, &dst, &out_left);
  if (r == static_cast<size_t>(-1) && errno == E2BIG) {
    const size_t done = static_cast<size_t>(dst - str.data());
    out_left += str.size();
    str.resize(str.size() * 2);
    dst = str.data() + done;
    r = ic.convert(&in, &in_left, &dst, &out_left);
    if (r == static_cast<size_t>(-1)) return {};
  }
  str.resize(str.size() - out_left);
  return str;
}

std::string word_text_utf8(const TextWord& word) {
  const int len = word.getLength();
  std::string out;
  out.reserve(static_cast<size_t>(len) + 4);
  bool plain = true;
  for (int i = 0; i < len && plain; ++i) {
    const unsigned c = *word.getChar(i);
    plain = plain_code_point(c);
    if (plain) append_utf8(out, c);
  }
  if (plain) return out;
  // The way poppler-cpp took: TextWord::getText() (UTF-8 through Poppler's text encoding),
  // then ustring::from_utf8() and to_utf8().
  const std::unique_ptr<GooString> text(word.getText());
  const std::u16string units = utf8_to_utf16_as_poppler(text->c_str());
  return utf16_to_utf8(reinterpret_cast<const unsigned short*>(units.data()), units.size());
}

std::string info_string_utf8(const GooString* text) {
  if (!text) return {};
  // poppler-cpp's detail::unicode_GooString_to_ustring (poppler 22.12 cpp/poppler-private.cpp).
  const char* data = text->c_str();
  const int len = text->getLength();
  const bool le = text->hasUnicodeMarkerLE();
  const bool unicode = text->hasUnicodeMarker() || le;
  std::vector<unsigned short> units;
  if (unicode) {
    const size_t count = static_cast<size_t>(len - 2) / 2;
    units.reserve(count);
    for (size_t k = 0; k < count; ++k) {
      const size_t i = 2 + 2 * k;
      const unsigned hi = static_cast<unsigned char>(data[le ? i + 1 : i]);
      const unsigned lo = static_cast<unsigned char>(data[le ? i : i + 1]);
      units.push_back(static_cast<unsigned short>((hi << 8) | lo));
    }
  } else {
    units.reserve(static_cast<size_t>(len));
    for (int i = 0; i < len; ++i)
      units.push_back(static_cast<unsigned char>(data[i]));
  }
  return utf16_to_utf8(units.data(), units.size());
}

struct PageFontNames::Direct {
  Ref ref;
};

PageFontNames::PageFontNames(PDFDoc& doc, int page_index) : doc_(doc), page_index_(page_index) {
  Page* page = doc.getCatalog()->getPage(page_index + 1);
  Dict* resources = page ? page->getResourceDict() : nullptr;
  if (!resources) return;
  const Object fonts = resources->lookup("Font");
  if (!fonts.isDict()) return;
  // Fonts given inline get made-up identities in FontInfoScanner, and it keeps one font per
  // object number: in either case the page is scanned as poppler-cpp scanned it.
  std::unordered_set<int> numbers;
  Dict* dict = fonts.getDict();
  for (int i = 0; i < dict->getLength(); ++i) {
    const Object& entry = dict->getValNF(i);
    if (!entry.isRef()) return;
    const Ref ref = entry.getRef();
    if (!numbers.insert(ref.num).second) {
      bool same = false;
      for (const Direct& d : direct_)
        same = same || d.ref == ref;
      if (!same) return;
    }
    direct_.push_back(Direct{ref});
  }
  direct_usable_ = true;
}

PageFontNames::~PageFontNames() = default;

void PageFontNames::scan_page_fonts() {
  scanned_done_ = true;
  FontInfoScanner scanner(&doc_, page_index_);
  for (FontInfo* info : scanner.scan(1))
    scanned_.emplace_back(info);
}

const std::string& PageFontNames::name(const TextFontInfo& font) {
  if (&font == last_font_) return last_name_;
  last_font_ = &font;
  last_name_.clear();
  if (direct_usable_) {
    for (const Direct& d : direct_) {
      if (font.matches(&d.ref)) {
        // The scanner's FontInfo and the word's font are the same font object, made from the
        // same dictionary: the same name.
        if (const GooString* name = font.getFontName()) last_name_ = name->toStr();
        return last_name_;
      }
    }
  }
  if (!scanned_done_) scan_page_fonts();
  for (const std::unique_ptr<FontInfo>& info : scanned_) {
    const Ref ref = info->getRef();
    if (font.matches(&ref)) {
      if (info->getName()) last_name_ = *info->getName();
      return last_name_;
    }
  }
  return last_name_;
}

}  // namespace idm
