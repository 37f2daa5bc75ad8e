// English cue words. All entries folded: lower case, no accents, plain apostrophes.
#include "classify/languages/tables.hpp"

namespace idm::languages {
namespace {

constexpr std::string_view kStopwords[] = {
    "the", "of", "and", "to",   "in",  "a",    "is",   "for",    "that",  "on",   "with",
    "as",  "by", "are", "be",   "was", "were", "this", "which",  "their", "from", "at",
    "it",  "an", "has", "have", "its", "not",  "or",   "should", "will"};
constexpr std::string_view kAgenda[] = {"agenda", "programme", "program", "provisional agenda"};
constexpr std::string_view kConceptNote[] = {"concept note", "background paper", "background note"};
constexpr std::string_view kSummary[] = {"summary of conclusions", "chair's summary",
                                         "summary of discussions", "summary report"};
constexpr std::string_view kReport[] = {"report", "proceedings"};
constexpr std::string_view kMonths[] = {"january",   "february", "march",    "april",
                                        "may",       "june",     "july",     "august",
                                        "september", "october",  "november", "december"};

}  // namespace

const LanguageTable kEnglish{"en", kStopwords, kAgenda, kConceptNote, kSummary, kReport, kMonths};

}  // namespace idm::languages
