#pragma once
// Quality without gold: signs that a document's text layer was probably read wrong (garbled
// encoding, "(cid:N)" debris, U+FFFD, pages without text, words run together or split apart).
// Reads the record only; no reference annotation is needed.

#include <string>
#include <string_view>
#include <vector>

#include "model/document_record.hpp"

namespace idm {

/// Upper (and lower) bounds beyond which a document is flagged. Defaults are calibrated on
/// samples/ and the dev corpus (none flagged) against synthetic garbage (all flagged).
struct QualityThresholds {
  // Words outside the language's common-word list: at most 0.51 on the samples and dev
  // corpus (agendas, full of names, are highest), about 1 for garbled text.
  double max_unknown_word_share = 0.7;
  double max_replacement_share = 0.01;  // U+FFFD among the printed characters
  double max_cid_share = 0.01;          // "(cid:N)" among the words
  double max_empty_page_share = 0.5;    // pages without any body text
  double max_mean_word_length = 14;     // letters per word: spaces lost
  double min_mean_word_length = 2.5;    // letters per word: words split into letters
};

/// The measures of one document and, for every bound crossed, one sentence saying which and
/// what it suggests. Shares are in [0, 1]; a measure that cannot be taken is 0 (no words,
/// no pages). The word measures are only judged from kMinQualityWords words on.
struct QualityReport {
  double unknown_word_share = 0;
  double replacement_share = 0;
  double cid_share = 0;
  double empty_page_share = 0;
  double mean_word_length = 0;
  int words = 0;  // words measured (runs of letters)
  std::vector<std::string> flags;
};

/// Below this many words the word shares say little: they are measured but not judged.
inline constexpr int kMinQualityWords = 30;

/// Measures |record| (its blocks, furniture included, and source.pages) against |thresholds|.
/// The common words are those of record.language (fr, en, es); for another language every
/// list counts.
QualityReport assess_quality(const DocumentRecord& record, const QualityThresholds& thresholds);

/// True when |folded_word| (fold_for_matching, letters only) is a common word of |language|
/// ("fr", "en", "es"; any of them for another code).
bool is_common_word(std::string_view folded_word, std::string_view language);

}  // namespace idm
