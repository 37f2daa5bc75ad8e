#pragma once
// Unicode helpers over UTF-8 strings (utf8proc underneath).

#include <string>
#include <string_view>

namespace idm {

/// Text as printed, cleaned of what the PDF encoding adds: Latin ligatures U+FB00-FB06 are
/// expanded (œ and æ are letters and stay), soft hyphens, zero-width and control characters
/// dropped, invalid UTF-8 replaced by U+FFFD, result in NFC.
std::string normalize_printed(std::string_view text);

/// True for a code point that stays as it is in NFC whatever stands around it (canonical
/// combining class 0, no canonical decomposition, never composed with what precedes it):
/// everything below U+0300 (Latin letters with their accents included), general punctuation
/// (curly quotes, dashes, ellipsis; not the two quads U+2000-2001) and currency signs. A text
/// of such code points is its own NFC.
bool is_nfc_inert(char32_t c);

/// A key for comparing words and cue phrases: NFKC, case-folded, accents removed, typographic
/// apostrophes and quotes made ASCII, every kind of space made a plain space.
std::string fold_for_matching(std::string_view text);

/// The same fold by utf8proc's passes over the whole text (first the punctuation and spaces,
/// then NFKC, case folding and accents). fold_for_matching answers most texts from a table
/// built with it and gives it the rest; tests hold the two to the same answers.
std::string fold_for_matching_in_two_passes(std::string_view text);

/// First / last Unicode code point of |text|, or 0 when empty.
char32_t first_code_point(std::string_view text);
char32_t last_code_point(std::string_view text);

bool is_lowercase_letter(char32_t c);
bool is_uppercase_letter(char32_t c);
bool is_letter(char32_t c);

/// Number of code points (not bytes).
size_t code_point_count(std::string_view text);

/// At most |max_bytes| of |text|, cut at a character boundary, with "…" when cut.
std::string utf8_prefix(std::string_view text, size_t max_bytes);

/// Appends |c| to |out| as UTF-8.
void append_utf8(std::string& out, char32_t c);

}  // namespace idm
