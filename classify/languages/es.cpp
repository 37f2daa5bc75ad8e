// Spanish cue words, folded (lower case, no accents, plain apostrophes).
#include "classify/languages/tables.hpp"

namespace idm::languages {
namespace {

constexpr std::string_view kStopwords[] = {
    "el",  "la",    "los",   "las",  "de",  "del",  "y",    "en",  "un", "una",
    "es",  "que",   "por",   "para", "con", "se",   "su",   "sus", "al", "como",
    "mas", "sobre", "entre", "fue",  "han", "este", "esta", "lo",  "no", "o"};
constexpr std::string_view kAgenda[] = {"orden del dia", "programa", "agenda",
                                        "programa provisional"};
constexpr std::string_view kConceptNote[] = {"nota conceptual", "nota de antecedentes",
                                             "documento de antecedentes", "documento conceptual"};
constexpr std::string_view kSummary[] = {"resumen de conclusiones", "resumen de las conclusiones",
                                         "resumen de los debates", "resumen de la presidencia"};
constexpr std::string_view kReport[] = {"informe", "relatoria"};
// Head words of titles no phrase above names ("Framing note"): the type's noun.
constexpr TypeHead kTypeHeads[] = {{"orden del dia", "agenda"},
                                   {"programa", "agenda"},
                                   {"agenda", "agenda"},
                                   {"nota", "concept_note"},
                                   {"sintesis", "summary_of_conclusions"},
                                   {"resumen", "summary_of_conclusions"},
                                   {"conclusiones", "summary_of_conclusions"},
                                   {"informe", "report"},
                                   {"memoria", "report"},
                                   {"actas", "report"},
                                   {"relatoria", "report"}};

constexpr std::string_view kSeries[] = {"dialogo internacional sobre la migracion"};
constexpr std::string_view kMonths[] = {"enero",      "febrero", "marzo",     "abril",
                                        "mayo",       "junio",   "julio",     "agosto",
                                        "septiembre", "octubre", "noviembre", "diciembre"};
constexpr std::string_view kWeekdays[] = {"lunes",   "martes", "miercoles", "jueves",
                                          "viernes", "sabado", "domingo"};
constexpr std::string_view kJoiners[] = {"y", "al", "a", "-"};
// Cities named differently in the languages of the series (exonyms), mapped to the English
// name used in slugs. Any other city is read from the date line's structure (events.cpp).
constexpr CityName kCities[] = {{"ginebra", "Geneva"},
                                {"nueva york", "New York"},
                                {"viena", "Vienna"},
                                {"bruselas", "Brussels"},
                                {"el cairo", "Cairo"},
                                {"adis abeba", "Addis Ababa"},
                                {"londres", "London"},
                                {"moscu", "Moscow"},
                                {"lisboa", "Lisbon"},
                                {"varsovia", "Warsaw"},
                                {"pekin", "Beijing"},
                                {"roma", "Rome"},
                                {"atenas", "Athens"},
                                {"copenhague", "Copenhagen"},
                                {"estocolmo", "Stockholm"},
                                {"la haya", "The Hague"},
                                {"munich", "Munich"},
                                {"ciudad del cabo", "Cape Town"},
                                {"argel", "Algiers"},
                                {"beirut", "Beirut"},
                                {"damasco", "Damascus"},
                                {"teheran", "Tehran"},
                                {"nueva delhi", "New Delhi"},
                                {"singapur", "Singapore"},
                                {"seul", "Seoul"},
                                {"tokio", "Tokyo"},
                                {"la habana", "Havana"},
                                {"jartum", "Khartoum"},
                                {"marrakech", "Marrakesh"},
                                {"estambul", "Istanbul"},
                                {"kiev", "Kyiv"},
                                {"bucarest", "Bucharest"},
                                {"praga", "Prague"},
                                {"berlin", "Berlin"},
                                {"paris", "Paris"},
                                {"dublin", "Dublin"},
                                {"berna", "Bern"},
                                {"estrasburgo", "Strasbourg"},
                                {"venecia", "Venice"},
                                {"napoles", "Naples"},
                                {"sevilla", "Seville"},
                                {"barcelona", "Barcelona"},
                                {"bangkok", "Bangkok"},
                                {"manila", "Manila"},
                                {"yakarta", "Jakarta"},
                                {"katmandu", "Kathmandu"},
                                {"daca", "Dhaka"},
                                {"brasilia", "Brasilia"},
                                {"sao paulo", "Sao Paulo"},
                                {"buenos aires", "Buenos Aires"},
                                {"tunez", "Tunis"},
                                {"tripoli", "Tripoli"},
                                {"rabat", "Rabat"},
                                {"bagdad", "Baghdad"},
                                {"kabul", "Kabul"},
                                {"nuakchot", "Nouakchott"},
                                {"yamena", "Ndjamena"},
                                {"yaunde", "Yaounde"},
                                {"antananarivo", "Antananarivo"},
                                {"dar es-salam", "Dar es Salaam"}};
// Before a place named in prose ("held in Kigali on 3 May").
constexpr std::string_view kPlacePrepositions[] = {"en"};

constexpr std::string_view kDayWords[] = {"dia", "jornada"};
constexpr Ordinal kOrdinals[] = {{"primer", 1},  {"primera", 1}, {"segundo", 2},
                                 {"segunda", 2}, {"tercer", 3},  {"tercera", 3}};
constexpr std::string_view kRegistration[] = {"inscripcion", "registro", "acreditacion"};
constexpr std::string_view kOpening[] = {"apertura", "inauguracion", "inaugural", "bienvenida"};
constexpr std::string_view kClosing[] = {"clausura", "cierre", "conclusion", "conclusiones"};
constexpr std::string_view kBreaks[] = {"pausa", "almuerzo", "receso", "cafe", "refrigerio"};
constexpr std::string_view kSideEvents[] = {"evento paralelo", "actividad paralela",
                                            "encuentro al margen"};
constexpr std::string_view kPanels[] = {"panel", "mesa redonda"};
constexpr std::string_view kVenueLabels[] = {"lugar", "sala", "ubicacion"};
constexpr std::string_view kQuestionIntros[] = {"preguntas orientativas",
                                                "preguntas para el debate", "preguntas guia",
                                                "preguntas que guiaran", "preguntas para orientar"};

constexpr std::string_view kModerator[] = {
    "moderador",   "moderadora",   "moderadores", "moderadoras", "moderacion",
    "preside",     "presidencia",  "presidente",  "presidenta",  "facilitacion",
    "facilitador", "facilitadora", "conduce"};
constexpr std::string_view kSpeaker[] = {"oradores",    "oradoras",
                                         "orador",      "oradora",
                                         "panelistas",  "panelista",
                                         "ponentes",    "ponente",
                                         "expositores", "participantes",
                                         "panel",       "participan",
                                         "intervienen", "con la participacion de"};
constexpr std::string_view kPresenter[] = {"presentador",
                                           "presentadora",
                                           "presentacion",
                                           "conferencia magistral",
                                           "discurso principal",
                                           "exposicion principal",
                                           "orador principal",
                                           "oradora principal",
                                           "presentado por",
                                           "presentada por",
                                           "relator",
                                           "relatora",
                                           "introduccion",
                                           "introduccion a la mesa redonda"};
constexpr std::string_view kOpeningLabels[] = {"palabras de apertura", "discurso de apertura",
                                               "palabras de bienvenida", "discursos de apertura"};
constexpr std::string_view kClosingLabels[] = {"palabras de clausura", "discurso de clausura",
                                               "palabras de cierre"};
constexpr std::string_view kHonorifics[] = {
    "s.e.",     "sr.",       "sra.",  "srta.",  "dr.",           "dra.",         "sr",
    "sra",      "dr",        "dra",   "excmo.", "excma.",        "don",          "dona",
    "prof.",    "mons.",     "senor", "senora", "senorita",      "doctor",       "doctora",
    "profesor", "profesora", "excmo", "excma",  "excelentisimo", "excelentisima"};
constexpr std::string_view kFeminineHonorifics[] = {
    "sra.",   "srta.",    "dra.",    "sra",       "dra",   "excma.",       "dona",
    "senora", "senorita", "doctora", "profesora", "excma", "excelentisima"};
constexpr std::string_view kMasculineHonorifics[] = {"sr.",      "dr.",   "sr",           "dr",
                                                     "excmo.",   "don",   "senor",        "doctor",
                                                     "profesor", "excmo", "excelentisimo"};
constexpr std::string_view kNameAbbreviations[] = {"sta.", "sto.", "st."};
constexpr std::string_view kNotes[] = {"mensaje de video", "mensaje en video", "mensaje por video",
                                       "por video",        "en linea",         "por confirmar"};

// Head words of the findings sections, matched loosely ("mensaje" finds "Mensajes clave").
constexpr std::string_view kKeyMessages[] = {
    "mensaje", "puntos de convergencia", "conclusiones principales", "principales conclusiones"};
constexpr std::string_view kRecommendations[] = {"recomendacion", "ideas de accion",
                                                 "medidas propuestas"};
// What should be done (modals, phrases of necessity), matched as word starts: see en.cpp.
constexpr std::string_view kDirectives[] = {"deberia",
                                            "debe",
                                            "deben",
                                            "tiene que",
                                            "tienen que",
                                            "ha de",
                                            "han de",
                                            "hay que",
                                            "conviene",
                                            "es importante",
                                            "es fundamental",
                                            "es esencial",
                                            "es necesario",
                                            "es preciso",
                                            "es indispensable",
                                            "resulta indispensable",
                                            "resulta fundamental",
                                            "se necesita",
                                            "se requiere"};
// Stems: a cue word of four letters or more also matches the forms it begins, up to five
// more letters ("senal" for senalo, senalaron, senala).
constexpr std::string_view kReportingVerbs[] = {"senal",
                                                "destac",
                                                "subray",
                                                "afirm",
                                                "indic",
                                                "explic",
                                                "advirt",
                                                "advier",
                                                "record",
                                                "propus",
                                                "propon",
                                                "insist",
                                                "observ",
                                                "declar",
                                                "sostuv",
                                                "sostien",
                                                "mencion",
                                                "describ",
                                                "hizo hincapie",
                                                "hicieron hincapie",
                                                "puso de relieve",
                                                "pusieron de relieve",
                                                "reconoc",
                                                "alert",
                                                "pidi",
                                                "plante",
                                                "expus",
                                                "expon",
                                                "anadi",
                                                "conclu",
                                                "celebr",
                                                "defend",
                                                "argument",
                                                "anunci",
                                                "consider",
                                                "estim",
                                                "manifest",
                                                "expres",
                                                "hablo",
                                                "hablaron",
                                                "agreg",
                                                "asegur",
                                                "coment",
                                                "reiter",
                                                "recomend",
                                                "precis",
                                                "puntualiz",
                                                "enfatiz",
                                                "apunt",
                                                "resalt",
                                                "reafirm",
                                                "insist"};
constexpr std::string_view kLeads[] = {
    "segun",          "como senalo",  "como dijo",    "a juicio de",  "en opinion de",
    "en palabras de", "para",         "como destaco", "como subrayo", "como indico",
    "como recordo",   "como explico", "como afirmo",  "como advirtio"};

}  // namespace

constexpr std::string_view kOrganizationHeads[] = {
    "ministerio",   "organizacion", "instituto",     "universidad", "federacion",   "asociacion",
    "fundacion",    "agencia",      "comision",      "consejo",     "oficina",      "secretaria",
    "departamento", "red",          "centro",        "banco",       "alianza",      "programa",
    "fondo",        "union",        "confederacion", "camara",      "observatorio", "mision",
    "embajada",     "delegacion",   "parlamento",    "asamblea",    "gobierno",     "direccion",
    "empresa",      "grupo",        "comite",        "foro",        "plataforma",   "coalicion",
    "academia",     "escuela",      "colegio",       "sociedad"};
constexpr std::string_view kOrganizationOfCountry[] = {"diaspora"};

const LanguageTable kSpanish{"es",
                             kStopwords,
                             kAgenda,
                             kConceptNote,
                             kSummary,
                             kReport,
                             kTypeHeads,
                             kSeries,
                             kMonths,
                             kWeekdays,
                             kJoiners,
                             kCities,
                             kPlacePrepositions,
                             kDayWords,
                             kOrdinals,
                             kRegistration,
                             kOpening,
                             kClosing,
                             kBreaks,
                             kSideEvents,
                             kPanels,
                             kVenueLabels,
                             kQuestionIntros,
                             kModerator,
                             kSpeaker,
                             kPresenter,
                             kOpeningLabels,
                             kClosingLabels,
                             kHonorifics,
                             kFeminineHonorifics,
                             kMasculineHonorifics,
                             kNameAbbreviations,
                             kNotes,
                             kKeyMessages,
                             kRecommendations,
                             kDirectives,
                             kReportingVerbs,
                             kLeads,
                             kOrganizationHeads,
                             kOrganizationOfCountry};

}  // namespace idm::languages
