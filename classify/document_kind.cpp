#include "document_kind.hpp"

#include <map>
#include <regex>

#include "classify/clock.hpp"
#include "classify/language_table.hpp"
#include "extractors/unicode_text.hpp"

namespace idm {
namespace {

constexpr int kReportMinPages = 10;
constexpr int kNoteMaxPages = 15;

bool contains_phrase(const std::string& folded, std::string_view phrase) {
  size_t pos = folded.find(phrase);
  while (pos != std::string::npos) {
    const bool left_ok = pos == 0 || !std::isalnum(static_cast<unsigned char>(folded[pos - 1]));
    const size_t end = pos + phrase.size();
    const bool right_ok =
        end >= folded.size() || !std::isalnum(static_cast<unsigned char>(folded[end]));
    if (left_ok && right_ok) return true;
    pos = folded.find(phrase, pos + 1);
  }
  return false;
}

}  // namespace

int count_time_ranges(const std::string& text) {
  return count_clock_ranges(text);
}

std::string detect_language(const std::vector<TextBlock>& blocks) {
  std::map<std::string_view, int> hits;
  size_t words = 0;
  for (const TextBlock& block : blocks) {
    if (block.kind == BlockKind::furniture) continue;
    const std::string folded = fold_for_matching(block.text);
    size_t pos = 0;
    while (pos < folded.size() && words < 5000) {
      size_t end = folded.find_first_of(" ,.;:!?()'\"", pos);
      if (end == std::string::npos) end = folded.size();
      const std::string_view word(folded.data() + pos, end - pos);
      if (!word.empty()) {
        ++words;
        for (const LanguageTable* table : language_tables()) {
          for (std::string_view stop : table->stopwords) {
            if (stop == word) ++hits[table->code];
          }
        }
      }
      pos = end + 1;
    }
  }
  std::string best = "en";
  int best_hits = 0;
  for (const LanguageTable* table : language_tables()) {
    if (hits[table->code] > best_hits) {
      best_hits = hits[table->code];
      best = std::string(table->code);
    }
  }
  return best;
}

DocumentKind detect_document_kind(const std::vector<TextBlock>& blocks, int pages) {
  int time_ranges = 0;
  for (const TextBlock& block : blocks) {
    if (block.kind == BlockKind::table_cell || block.kind == BlockKind::paragraph ||
        block.kind == BlockKind::heading) {
      time_ranges += count_time_ranges(block.text);
    }
  }
  // Titles and headings of the first pages, in order: the first cue found decides.
  struct Cue {
    std::span<const std::string_view> LanguageTable::*phrases;
    const char* doc_type;
  };
  static constexpr Cue kCues[] = {
      {&LanguageTable::summary_titles, "summary_of_conclusions"},
      {&LanguageTable::concept_note_titles, "concept_note"},
      {&LanguageTable::agenda_titles, "agenda"},
      {&LanguageTable::report_titles, "report"},
  };
  size_t seen_on_first_page = 0;
  for (const TextBlock& block : blocks) {
    if (block.page > 2) break;
    // Headings, and the first short lines of page 1: a scan read by OCR has no type sizes
    // to tell its title from its text.
    const bool title_like = block.page == 1 && block.kind == BlockKind::paragraph &&
                            seen_on_first_page < 4 && block.text.size() < 100;
    if (block.page == 1 && block.kind != BlockKind::furniture) ++seen_on_first_page;
    if (block.kind != BlockKind::heading && !title_like) continue;
    const std::string folded = fold_for_matching(block.text);
    for (const Cue& cue : kCues) {
      for (const LanguageTable* table : language_tables()) {
        for (std::string_view phrase : table->*cue.phrases) {
          if (contains_phrase(folded, phrase)) {
            // A long document titled "programme" is a report about a programme.
            if (std::string_view(cue.doc_type) == "agenda" && time_ranges < 3) continue;
            // A yearly report runs to dozens of pages or carries the programme: a short
            // document without one whose title names a report or proceedings ("Summary of
            // proceedings") reports the conclusions of one workshop.
            if (std::string_view(cue.doc_type) == "report" && pages < kReportMinPages &&
                time_ranges < 4)
              return {"summary_of_conclusions",
                      "short, no programme, heading '" + utf8_prefix(block.text, 60) + "'"};
            return {cue.doc_type, "heading '" + utf8_prefix(block.text, 60) + "'"};
          }
        }
      }
    }
  }
  if (time_ranges >= 4 && pages <= 20)
    return {"agenda", std::to_string(time_ranges) + " time slots"};
  if (pages >= 25) return {"report", std::to_string(pages) + " pages"};
  if (time_ranges == 0 && pages <= kNoteMaxPages)
    return {"other", "no cue; short, no programme", true};
  return {"other", "no cue"};
}

}  // namespace idm
