#include "unicode_text.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <unordered_map>

namespace idm {
namespace {

struct FreeDeleter {
  void operator()(utf8proc_uint8_t* p) const { std::free(p); }
};

// Runs utf8proc_map with |options|; on any error returns the input unchanged.
std::string map_utf8(std::string_view text, int options) {
  utf8proc_uint8_t* out = nullptr;
  const utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                          static_cast<utf8proc_ssize_t>(text.size()), &out,
                                          static_cast<utf8proc_option_t>(options));
  std::unique_ptr<utf8proc_uint8_t, FreeDeleter> owner(out);
  if (n < 0) return std::string(text);
  return std::string(reinterpret_cast<const char*>(out), static_cast<size_t>(n));
}

// Decodes |text| into code points, replacing invalid sequences by U+FFFD.
template <typename Fn>
void for_each_code_point(std::string_view text, Fn&& fn) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t used = utf8proc_iterate(p, left, &cp);
    if (used <= 0) {
      cp = 0xFFFD;
      used = 1;
    }
    fn(static_cast<char32_t>(cp));
    p += used;
    left -= used;
  }
}

const char* ligature_expansion(char32_t c) {
  switch (c) {
    case 0xFB00:
      return "ff";
    case 0xFB01:
      return "fi";
    case 0xFB02:
      return "fl";
    case 0xFB03:
      return "ffi";
    case 0xFB04:
      return "ffl";
    case 0xFB05:
      return "st";  // long s + t
    case 0xFB06:
      return "st";
    default:
      return nullptr;
  }
}

bool is_dropped(char32_t c) {
  if (c == 0xAD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF) {
    return true;
  }
  return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c < 0xA0);
}

constexpr int kFoldOptions =
    UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK;

// Below U+1100 folding is a function of each code point alone: marks are stripped before
// composition, and the only compositions of a code point with a following non-mark (Hangul
// jamo) start at U+1100. So a text of such code points folds as the concatenation of its code
// points' folds: ASCII lower-cased, the others looked up once per thread (utf8proc_map for a
// whole block was a tenth of the run when one accented letter or curly quote sent it there).
constexpr char32_t kFoldAlone = 0x1100;

std::string fold_plain(const std::string& plain) {
  thread_local std::unordered_map<char32_t, std::string> folded_code_points;
  std::string out;
  out.reserve(plain.size());
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(plain.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(plain.size());
  while (left > 0) {
    if (*p < 0x80) {
      const char c = static_cast<char>(*p);
      out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      ++p;
      --left;
      continue;
    }
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t used = utf8proc_iterate(p, left, &cp);
    if (used <= 0 || static_cast<char32_t>(cp) >= kFoldAlone) return map_utf8(plain, kFoldOptions);
    auto it = folded_code_points.find(static_cast<char32_t>(cp));
    if (it == folded_code_points.end()) {
      const std::string one(reinterpret_cast<const char*>(p), static_cast<size_t>(used));
      it = folded_code_points.emplace(static_cast<char32_t>(cp), map_utf8(one, kFoldOptions)).first;
    }
    out += it->second;
    p += used;
    left -= used;
  }
  return out;
}

}  // namespace

void append_utf8(std::string& out, char32_t c) {
  utf8proc_uint8_t buf[4];
  const utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buf);
  out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

namespace {

// True when |text| is valid UTF-8 that normalize_printed gives back unchanged: printable
// ASCII, Latin letters and signs up to U+02FF (no C1 control, no soft hyphen), and general
// punctuation (curly quotes, dashes, the ellipsis; not the zero-width ones). Accented words are
// most of what is not ASCII, and checking them costs less than rebuilding them.
bool printed_as_is(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (size_t i = 0; i < n;) {
    const unsigned char lead = p[i];
    if (lead >= 0x20 && lead < 0x7F) {
      ++i;
    } else if (lead >= 0xC2 && lead <= 0xCB && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
      const char32_t c = (char32_t{lead & 0x1Fu} << 6) | (p[i + 1] & 0x3Fu);
      if (c < 0xA0 || c == 0xAD) return false;  // C1 controls, soft hyphen: dropped
      i += 2;
    } else if (lead == 0xE2 && i + 2 < n && p[i + 1] == 0x80 && (p[i + 2] & 0xC0) == 0x80) {
      const char32_t c = 0x2000 | (p[i + 2] & 0x3Fu);                // U+2000-U+203F
      if (c < 0x2002 || (c >= 0x200B && c <= 0x200D)) return false;  // quads; zero-width
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string normalize_printed(std::string_view text) {
  // Printable ASCII, most words, and accented Latin words have nothing to clean and are
  // their own NFC.
  if (printed_as_is(text)) return std::string(text);
  std::string cleaned;
  cleaned.reserve(text.size());
  bool inert = true;
  for_each_code_point(text, [&](char32_t c) {
    if (const char* expansion = ligature_expansion(c)) {
      cleaned += expansion;
    } else if (c == '\t' || c == '\n') {
      cleaned += ' ';
    } else if (!is_dropped(c)) {
      append_utf8(cleaned, c);
      inert = inert && is_nfc_inert(c);
    }
  });
  // Accented Latin, curly quotes and dashes, most of what is not ASCII, are their own NFC:
  // utf8proc's passes over a whole block were a tenth of the layout's time.
  if (inert) return cleaned;
  return map_utf8(cleaned, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

bool is_nfc_inert(char32_t c) {
  // Combining marks start at U+0300; the quads U+2000-2001 decompose to U+2002-2003;
  // U+20D0 on are combining marks for symbols.
  return c < 0x300 || (c >= 0x2002 && c <= 0x206F) || (c >= 0x20A0 && c <= 0x20CF);
}

namespace {

// Typographic punctuation and spaces as fold_for_matching makes them ASCII; nullptr for any
// other code point. "" for the invisible ones it drops.
const char* ascii_punctuation(char32_t c) {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0xB4:
    case 0x2BC:
      return "'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0xAB:
    case 0xBB:
      return "\"";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212:
      return "-";
    case 0xA0:
    case 0x2007:
    case 0x202F:
    case 0x2009:
    case 0x200A:
    case '\t':
    case '\n':
      return " ";
    default:
      return is_dropped(c) ? "" : nullptr;
  }
}

// The fold of each code point below U+0800 (ASCII, Latin-1, the Latin extensions, Greek,
// Cyrillic...), as the two passes give it for that code point alone. Below kFoldAlone a
// text's fold is the concatenation of its code points' folds, so a text of these code points
// folds by table look-ups: Spanish and French text sent every word through the two passes.
// Each thread fills its table as code points come (a text uses a few dozen of them).
constexpr char32_t kTableEnd = 0x800;

struct CodePointFold {
  char bytes[7];
  std::uint8_t size;
};
constexpr std::uint8_t kNotFoldedYet = 0;   // every entry at first (value-initialised)
constexpr std::uint8_t kNotInTable = 0xFF;  // longer than bytes: left to the two passes
constexpr std::uint8_t kSizeBias = 1;       // size holds the fold's length + 1

const CodePointFold& code_point_fold(char32_t c) {
  thread_local std::array<CodePointFold, kTableEnd> folds{};
  CodePointFold& fold = folds[c];
  if (fold.size == kNotFoldedYet) {
    std::string one;
    append_utf8(one, c);
    const std::string folded = fold_for_matching_in_two_passes(one);
    if (folded.size() > sizeof fold.bytes) {
      fold.size = kNotInTable;
    } else {
      std::copy(folded.begin(), folded.end(), fold.bytes);
      fold.size = static_cast<std::uint8_t>(folded.size() + kSizeBias);
    }
  }
  return fold;
}

bool is_continuation(unsigned char byte) {
  return (byte & 0xC0) == 0x80;
}

}  // namespace

std::string fold_for_matching_in_two_passes(std::string_view text) {
  std::string plain;
  plain.reserve(text.size());
  for_each_code_point(text, [&](char32_t c) {
    if (const char* ascii = ascii_punctuation(c)) {
      plain += ascii;
      return;
    }
    append_utf8(plain, c);
  });
  return fold_plain(plain);
}

std::string fold_for_matching(std::string_view text) {
  // Most words are plain ASCII: folding them is lower-casing.
  const bool ascii = std::all_of(text.begin(), text.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x20 && u < 0x7F;
  });
  if (ascii) {
    std::string lower(text);
    for (char& c : lower) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return lower;
  }
  // One pass: code points below U+0800 from the table, typographic punctuation (three bytes)
  // made ASCII; anything else (a bullet, an ellipsis, CJK, invalid UTF-8) goes to the two
  // passes, which fold a text holding such code points as a whole.
  std::string out;
  out.reserve(text.size());
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (size_t i = 0; i < n;) {
    const unsigned char lead = p[i];
    char32_t c = 0;
    size_t used = 0;
    if (lead >= 0x20 && lead < 0x7F) {
      out += lead >= 'A' && lead <= 'Z' ? static_cast<char>(lead - 'A' + 'a')
                                        : static_cast<char>(lead);
      ++i;
      continue;
    }
    if (lead < 0x80) {
      c = lead;
      used = 1;
    } else if (lead >= 0xC2 && lead <= 0xDF && i + 1 < n && is_continuation(p[i + 1])) {
      c = (char32_t{lead & 0x1Fu} << 6) | (p[i + 1] & 0x3Fu);
      used = 2;
    } else if (lead == 0xE2 || lead == 0xEF) {
      // U+2000-U+2FFF (general punctuation, the minus sign) and U+FEFF.
      if (i + 2 >= n || !is_continuation(p[i + 1]) || !is_continuation(p[i + 2]))
        return fold_for_matching_in_two_passes(text);
      const char32_t wide =
          (char32_t{lead & 0x0Fu} << 12) | (char32_t{p[i + 1] & 0x3Fu} << 6) | (p[i + 2] & 0x3Fu);
      const char* punctuation = ascii_punctuation(wide);
      if (!punctuation) return fold_for_matching_in_two_passes(text);
      out += punctuation;
      i += 3;
      continue;
    } else {
      return fold_for_matching_in_two_passes(text);
    }
    const CodePointFold& fold = code_point_fold(c);
    if (fold.size == kNotInTable) return fold_for_matching_in_two_passes(text);
    out.append(fold.bytes, fold.size - kSizeBias);
    i += used;
  }
  return out;
}

char32_t first_code_point(std::string_view text) {
  char32_t first = 0;
  bool seen = false;
  for_each_code_point(text.substr(0, 4), [&](char32_t c) {
    if (!seen) first = c;
    seen = true;
  });
  return first;
}

char32_t last_code_point(std::string_view text) {
  if (text.empty()) return 0;
  size_t start = text.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
    --start;
  return first_code_point(text.substr(start));
}

// ASCII, most of what is asked, is answered without utf8proc's tables (the same answers).
bool is_lowercase_letter(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LL;
}

bool is_uppercase_letter(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

std::string utf8_prefix(std::string_view text, size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
    --end;
  return std::string(text.substr(0, end)) + "\u2026";
}

size_t code_point_count(std::string_view text) {
  size_t n = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

}  // namespace idm
