#include "document_kind.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

#include "classify/clock.hpp"
#include "classify/fold_cache.hpp"
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

constexpr size_t kHeadTitleWordsMax = 6;
constexpr size_t kTitleProseMin = 250;  // a paragraph this long ends the title page's head

// The type named by a loose head word of a short title: its first words (French, Spanish,
// "Summary of ...") or its last (English "Framing note"), a year and what follows a spaced
// dash or colon set aside ("Compte rendu 2031", "Programme of work – Kigali").
std::string_view type_by_head_word(std::string_view printed) {
  std::string folded = fold_for_matching(printed);
  for (std::string_view stop : {" - ", ":"}) {
    const size_t cut = folded.find(stop);
    if (cut != std::string::npos) folded.resize(cut);
  }
  while (!folded.empty() && (std::isdigit(static_cast<unsigned char>(folded.back())) ||
                             folded.back() == ' ' || folded.back() == '.'))
    folded.pop_back();
  const size_t words = static_cast<size_t>(std::count(folded.begin(), folded.end(), ' ')) + 1;
  if (folded.empty() || words > kHeadTitleWordsMax) return {};
  for (const LanguageTable* table : language_tables()) {
    for (const TypeHead& head : table->type_heads) {
      const bool first = folded.starts_with(head.word) &&
                         (folded.size() == head.word.size() || folded[head.word.size()] == ' ');
      const bool last =
          folded.ends_with(head.word) && (folded.size() == head.word.size() ||
                                          folded[folded.size() - head.word.size() - 1] == ' ');
      if (first || last) return head.doc_type;
    }
  }
  return {};
}

}  // namespace

int count_time_ranges(const std::string& text) {
  return count_clock_ranges(text);
}

std::string detect_language(const std::vector<TextBlock>& blocks) {
  FoldCache folds;
  return detect_language(blocks, folds);
}

std::string detect_language(const std::vector<TextBlock>& blocks, FoldCache& folds) {
  // How many times each table lists each stopword: one lookup per word of the text instead
  // of a pass over every table's list.
  static const auto kListed = [] {
    std::unordered_map<std::string_view, std::vector<int>> listed;
    const std::vector<const LanguageTable*>& tables = language_tables();
    for (size_t t = 0; t < tables.size(); ++t) {
      for (std::string_view stop : tables[t]->stopwords) {
        std::vector<int>& counts = listed[stop];
        counts.resize(tables.size());
        ++counts[t];
      }
    }
    return listed;
  }();
  const std::vector<const LanguageTable*>& tables = language_tables();
  std::map<std::string_view, int> hits;
  size_t words = 0;
  for (const TextBlock& block : blocks) {
    if (block.kind == BlockKind::furniture) continue;
    if (words >= 5000) break;  // enough counted: the rest need not be folded
    const std::string& folded = folds.fold(block.text);
    size_t pos = 0;
    while (pos < folded.size() && words < 5000) {
      size_t end = folded.find_first_of(" ,.;:!?()'\"", pos);
      if (end == std::string::npos) end = folded.size();
      const std::string_view word(folded.data() + pos, end - pos);
      if (!word.empty()) {
        ++words;
        if (const auto it = kListed.find(word); it != kListed.end()) {
          for (size_t t = 0; t < tables.size(); ++t) {
            if (it->second[t] > 0) hits[tables[t]->code] += it->second[t];
          }
        }
      }
      pos = end + 1;
    }
  }
  std::string best = "en";
  int best_hits = 0;
  for (const LanguageTable* table : tables) {
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
  // A type cue in a title that names a programme or a report is checked against the
  // structure: a programme has time slots; a short document without them that calls itself a
  // report (or proceedings) reports the conclusions of one workshop.
  const auto decide = [&](std::string_view doc_type, const TextBlock& block,
                          std::string_view how) -> std::optional<DocumentKind> {
    const std::string heading = std::string(how) + " '" + utf8_prefix(block.text, 60) + "'";
    if (doc_type == "agenda" && time_ranges < 3) return std::nullopt;
    if (doc_type == "report" && pages < kReportMinPages && time_ranges < 4)
      return DocumentKind{"summary_of_conclusions", "short, no programme, " + heading};
    return DocumentKind{std::string(doc_type), heading};
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
            // A long document titled "programme" is a report about a programme; a yearly
            // report runs to dozens of pages or carries the programme ("Summary of
            // proceedings" is a summary).
            if (auto kind = decide(cue.doc_type, block, "heading")) return *kind;
          }
        }
      }
    }
  }
  // No title phrase: a head word of a short heading of the title page ("Framing note",
  // "Síntesis de los trabajos"), before the first long paragraph.
  for (const TextBlock& block : blocks) {
    if (block.page > 1) break;
    if (block.kind == BlockKind::furniture) continue;
    if (block.kind != BlockKind::heading && block.text.size() > kTitleProseMin) break;
    if (block.kind != BlockKind::heading && block.kind != BlockKind::paragraph) continue;
    const std::string_view doc_type = type_by_head_word(block.text);
    if (doc_type.empty()) continue;
    if (auto kind = decide(doc_type, block, "title head word")) return *kind;
  }
  if (time_ranges >= 4 && pages <= 20)
    return {"agenda", std::to_string(time_ranges) + " time slots"};
  if (pages >= 25) return {"report", std::to_string(pages) + " pages"};
  if (time_ranges == 0 && pages <= kNoteMaxPages)
    return {"other", "no cue; short, no programme", true};
  return {"other", "no cue"};
}

}  // namespace idm
