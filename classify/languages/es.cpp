// Spanish cue words. All entries folded: lower case, no accents, plain apostrophes.
#include "classify/languages/tables.hpp"

namespace idm::languages {
namespace {

constexpr std::string_view kStopwords[] = {
    "el",  "la",    "los",   "las",  "de",  "del",  "y",    "en",  "un", "una",
    "es",  "que",   "por",   "para", "con", "se",   "su",   "sus", "al", "como",
    "mas", "sobre", "entre", "fue",  "han", "este", "esta", "lo",  "no", "o"};
constexpr std::string_view kAgenda[] = {"orden del dia", "programa", "agenda"};
constexpr std::string_view kConceptNote[] = {"nota conceptual", "nota de antecedentes",
                                             "documento de antecedentes"};
constexpr std::string_view kSummary[] = {"resumen de conclusiones", "resumen de las conclusiones",
                                         "resumen de los debates"};
constexpr std::string_view kReport[] = {"informe", "relatoria"};
constexpr std::string_view kMonths[] = {"enero",      "febrero", "marzo",     "abril",
                                        "mayo",       "junio",   "julio",     "agosto",
                                        "septiembre", "octubre", "noviembre", "diciembre"};

}  // namespace

const LanguageTable kSpanish{"es", kStopwords, kAgenda, kConceptNote, kSummary, kReport, kMonths};

}  // namespace idm::languages
