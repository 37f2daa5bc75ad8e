#pragma once
// Which language a document is written in, and what kind of document it is.

#include <string>
#include <vector>

#include "extractors/text_block.hpp"

namespace idm {

/// ISO 639-1 code of the language whose function words are most frequent ("en" when no
/// table matches anything).
std::string detect_language(const std::vector<TextBlock>& blocks);

class FoldCache;

/// The same, the blocks' texts folded through |folds| (kept for the other readers).
std::string detect_language(const std::vector<TextBlock>& blocks, FoldCache& folds);

struct DocumentKind {
  std::string doc_type;      // agenda | concept_note | summary_of_conclusions | report | other
  std::string evidence;      // the cue that decided
  bool short_prose = false;  // "other": short and without a programme (structure may decide)
};

/// Decides from the title and headings of the first pages (cue phrases of every language
/// table), the number of time slots, and the length.
DocumentKind detect_document_kind(const std::vector<TextBlock>& blocks, int pages);

/// Count of programme time ranges ("9 h – 10 h", "10:30 – 12:00") in |text|.
int count_time_ranges(const std::string& text);

}  // namespace idm
