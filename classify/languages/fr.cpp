// French cue words. All entries folded: lower case, no accents, plain apostrophes.
#include "classify/languages/tables.hpp"

namespace idm::languages {
namespace {

constexpr std::string_view kStopwords[] = {
    "le",   "la",    "les",   "des", "du",   "de", "et",  "en",  "un",   "une",   "est",  "dans",
    "pour", "que",   "qui",   "sur", "par",  "au", "aux", "ces", "ont",  "ete",   "avec", "sont",
    "leur", "ainsi", "cette", "il",  "elle", "ne", "pas", "se",  "plus", "comme", "entre"};
constexpr std::string_view kAgenda[] = {"ordre du jour", "programme"};
constexpr std::string_view kConceptNote[] = {"note conceptuelle", "note d'orientation",
                                             "document d'orientation"};
constexpr std::string_view kSummary[] = {"resume des conclusions", "resume des debats",
                                         "conclusions du president"};
constexpr std::string_view kReport[] = {"rapport", "compte rendu"};
constexpr std::string_view kMonths[] = {"janvier",   "fevrier", "mars",     "avril",
                                        "mai",       "juin",    "juillet",  "aout",
                                        "septembre", "octobre", "novembre", "decembre"};

}  // namespace

const LanguageTable kFrench{"fr", kStopwords, kAgenda, kConceptNote, kSummary, kReport, kMonths};

}  // namespace idm::languages
