#pragma once
// The cue words of one language. Every language-specific word the classifier looks for lives
// in one of these tables (languages/*.cpp), never in the code paths: a new language is a new
// table plus samples.

#include <span>
#include <string_view>
#include <vector>

namespace idm {

struct LanguageTable {
  std::string_view code;  // ISO 639-1
  // Frequent function words: language identification.
  std::span<const std::string_view> stopwords;
  // Phrases that name the kind of document in its title or headings.
  std::span<const std::string_view> agenda_titles;
  std::span<const std::string_view> concept_note_titles;
  std::span<const std::string_view> summary_titles;
  std::span<const std::string_view> report_titles;
  // Month names, January first (folded: lower case, no accents).
  std::span<const std::string_view> months;
};

/// Every table the classifier knows, in a fixed order.
const std::vector<const LanguageTable*>& language_tables();

/// The table for |code|, or nullptr.
const LanguageTable* find_language(std::string_view code);

}  // namespace idm
