#pragma once
// Repair of typical OCR damage in the words of scanned pages, before the layout: lost or
// wrong accents ("revét" -> "revêt"), "l'" read as "I'" / "1'" / "P'", "œ" read as "ce",
// the preposition "à" read as "a" / "&" / "4". A word is only changed when the repair is
// certain: the right form is known (from the document's own text, or from a small built-in
// list of common words) and the OCR form is not itself a word; "a" -> "à" only where grammar
// excludes the verb. The mechanics are language-independent; what a language allows is data
// (only French has rules so far: other languages are left alone).

#include <string>
#include <vector>

#include "page_text.hpp"

namespace idm {

/// The language code ("fr", "en", "es") whose common function words dominate |words|, or ""
/// when none clearly does.
std::string guess_text_language(const std::vector<const Word*>& words);

/// Repairs |words| (in reading order, as OCR returned them) in place for |language|.
/// |trusted| are words known to be right (e.g. from the document's text layer): an OCR word
/// spelled like one of them is never changed. Returns the number of words changed.
int repair_ocr_words(std::vector<Word*>& words, const std::string& language,
                     const std::vector<std::string>& trusted = {});

/// Repairs the words of the OCR'd pages of |pdf| in place, with the language guessed from the
/// whole document and the document's own vocabulary as evidence. Returns the words changed.
int repair_ocr_text(PdfText& pdf);

}  // namespace idm
