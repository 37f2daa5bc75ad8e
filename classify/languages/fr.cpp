// French cue words, folded (lower case, no accents, plain apostrophes).
#include "classify/languages/tables.hpp"

namespace idm::languages {
namespace {

constexpr std::string_view kStopwords[] = {
    "le",   "la",    "les",   "des", "du",   "de", "et",  "en",  "un",   "une",   "est",  "dans",
    "pour", "que",   "qui",   "sur", "par",  "au", "aux", "ces", "ont",  "ete",   "avec", "sont",
    "leur", "ainsi", "cette", "il",  "elle", "ne", "pas", "se",  "plus", "comme", "entre"};
constexpr std::string_view kAgenda[] = {"ordre du jour", "programme"};
constexpr std::string_view kConceptNote[] = {"note conceptuelle", "note d'orientation",
                                             "document d'orientation", "note de synthese",
                                             "note de cadrage"};
constexpr std::string_view kSummary[] = {"resume des conclusions", "resume des debats",
                                         "conclusions du president", "synthese des debats"};
constexpr std::string_view kReport[] = {"rapport", "compte rendu"};
// Head words of titles no phrase above names ("Framing note"): the type's noun.
constexpr TypeHead kTypeHeads[] = {{"ordre du jour", "agenda"},
                                   {"programme", "agenda"},
                                   {"note", "concept_note"},
                                   {"synthese", "summary_of_conclusions"},
                                   {"resume", "summary_of_conclusions"},
                                   {"conclusions", "summary_of_conclusions"},
                                   {"rapport", "report"},
                                   {"compte rendu", "report"},
                                   {"actes", "report"}};

constexpr std::string_view kSeries[] = {"dialogue international sur la migration"};
constexpr std::string_view kMonths[] = {"janvier",   "fevrier", "mars",     "avril",
                                        "mai",       "juin",    "juillet",  "aout",
                                        "septembre", "octobre", "novembre", "decembre"};
constexpr std::string_view kWeekdays[] = {"lundi",    "mardi",  "mercredi", "jeudi",
                                          "vendredi", "samedi", "dimanche"};
constexpr std::string_view kJoiners[] = {"et", "au", "-"};
// Cities named differently in the languages of the series (exonyms), mapped to the English
// name used in slugs. Any other city is read from the date line's structure (events.cpp).
constexpr CityName kCities[] = {{"geneve", "Geneva"},
                                {"new york", "New York"},
                                {"vienne", "Vienna"},
                                {"bruxelles", "Brussels"},
                                {"le caire", "Cairo"},
                                {"addis-abeba", "Addis Ababa"},
                                {"londres", "London"},
                                {"moscou", "Moscow"},
                                {"lisbonne", "Lisbon"},
                                {"varsovie", "Warsaw"},
                                {"pekin", "Beijing"},
                                {"rome", "Rome"},
                                {"athenes", "Athens"},
                                {"copenhague", "Copenhagen"},
                                {"stockholm", "Stockholm"},
                                {"la haye", "The Hague"},
                                {"munich", "Munich"},
                                {"le cap", "Cape Town"},
                                {"alger", "Algiers"},
                                {"beyrouth", "Beirut"},
                                {"damas", "Damascus"},
                                {"teheran", "Tehran"},
                                {"new delhi", "New Delhi"},
                                {"singapour", "Singapore"},
                                {"seoul", "Seoul"},
                                {"tokyo", "Tokyo"},
                                {"la havane", "Havana"},
                                {"khartoum", "Khartoum"},
                                {"marrakech", "Marrakesh"},
                                {"istanbul", "Istanbul"},
                                {"kiev", "Kyiv"},
                                {"bucarest", "Bucharest"},
                                {"prague", "Prague"},
                                {"berlin", "Berlin"},
                                {"paris", "Paris"},
                                {"dublin", "Dublin"},
                                {"berne", "Bern"},
                                {"strasbourg", "Strasbourg"},
                                {"venise", "Venice"},
                                {"naples", "Naples"},
                                {"seville", "Seville"},
                                {"barcelone", "Barcelona"},
                                {"bangkok", "Bangkok"},
                                {"manille", "Manila"},
                                {"jakarta", "Jakarta"},
                                {"katmandou", "Kathmandu"},
                                {"dacca", "Dhaka"},
                                {"brasilia", "Brasilia"},
                                {"sao paulo", "Sao Paulo"},
                                {"buenos aires", "Buenos Aires"},
                                {"tunis", "Tunis"},
                                {"tripoli", "Tripoli"},
                                {"rabat", "Rabat"},
                                {"bagdad", "Baghdad"},
                                {"kaboul", "Kabul"},
                                {"nouakchott", "Nouakchott"},
                                {"n'djamena", "Ndjamena"},
                                {"yaounde", "Yaounde"},
                                {"antananarivo", "Antananarivo"},
                                {"dar es salaam", "Dar es Salaam"}};
// Before a place named in prose ("held in Kigali on 3 May").
constexpr std::string_view kPlacePrepositions[] = {"a", "en"};

constexpr std::string_view kDayWords[] = {"journee", "jour"};
constexpr Ordinal kOrdinals[] = {{"premiere", 1}, {"premier", 1}, {"deuxieme", 2},
                                 {"seconde", 2},  {"second", 2},  {"troisieme", 3}};
constexpr std::string_view kRegistration[] = {"enregistrement", "inscription",
                                              "accueil des participants"};
constexpr std::string_view kOpening[] = {"ouverture", "inaugurale", "inaugural", "bienvenue"};
constexpr std::string_view kClosing[] = {"cloture", "conclusion", "conclusions", "fin des travaux"};
constexpr std::string_view kBreaks[] = {"pause", "dejeuner", "pause-cafe", "rafraichissements"};
constexpr std::string_view kSideEvents[] = {"manifestation parallele", "evenement parallele",
                                            "activite parallele"};
constexpr std::string_view kPanels[] = {"panel", "table ronde", "groupe de discussion"};
constexpr std::string_view kVenueLabels[] = {"lieu", "emplacement"};
constexpr std::string_view kQuestionIntros[] = {"questions qui orienteront",
                                                "questions directrices", "questions d'orientation",
                                                "questions a examiner", "questions pour le debat"};

constexpr std::string_view kModerator[] = {
    "moderateur", "moderatrice", "moderateurs",  "moderatrices", "moderation",
    "presidence", "president",   "presidente",   "preside par",  "animation",
    "animateur",  "animatrice",  "facilitation", "facilitateur", "facilitatrice"};
constexpr std::string_view kSpeaker[] = {"orateurs",     "oratrices",
                                         "orateur",      "oratrice",
                                         "intervenants", "intervenantes",
                                         "intervenant",  "intervenante",
                                         "panelistes",   "paneliste",
                                         "experts",      "panel",
                                         "participants", "avec la participation de"};
constexpr std::string_view kPresenter[] = {
    "presentateur", "presentatrice",      "presentation",
    "rapporteur",   "rapporteuse",        "introduction a la table ronde",
    "introduction", "presente par",       "expose liminaire",
    "conference",   "discours principal", "mise en situation"};
constexpr std::string_view kOpeningLabels[] = {"allocutions d'ouverture", "allocution d'ouverture",
                                               "discours d'ouverture",    "remarques d'ouverture",
                                               "discours liminaire",      "mot de bienvenue"};
constexpr std::string_view kClosingLabels[] = {"allocution de cloture", "allocutions de cloture",
                                               "remarques de cloture", "discours de cloture"};
constexpr std::string_view kHonorifics[] = {
    "s.e.",        "m.",       "mme",          "mlle",           "mm.",      "dr",
    "pr",          "prof.",    "me",           "son excellence", "mgr",      "s.exc.",
    "madame",      "monsieur", "mademoiselle", "docteur",        "docteure", "professeur",
    "professeure", "maitre",   "excellence"};
constexpr std::string_view kFeminineHonorifics[] = {"mme",          "mlle",     "madame",
                                                    "mademoiselle", "docteure", "professeure"};
constexpr std::string_view kMasculineHonorifics[] = {"m.", "mm.", "monsieur", "docteur",
                                                     "professeur"};
constexpr std::string_view kNameAbbreviations[] = {"st.", "ste."};
constexpr std::string_view kNotes[] = {"message video", "par video", "en ligne", "a confirmer"};

// Head words of the findings sections, matched loosely ("message" finds "Messages clés").
constexpr std::string_view kKeyMessages[] = {"message", "points de convergence",
                                             "principales conclusions", "conclusions principales"};
constexpr std::string_view kRecommendations[] = {"recommandation", "idees de mesures",
                                                 "mesures a prendre", "pistes d'action"};
// What should be done (modals, phrases of necessity), matched as word starts: see en.cpp.
constexpr std::string_view kDirectives[] = {"devrai",
                                            "doit",
                                            "doivent",
                                            "il faut",
                                            "il convient",
                                            "il importe",
                                            "il est essentiel",
                                            "il est important",
                                            "il est indispensable",
                                            "il est necessaire",
                                            "il demeure indispensable",
                                            "il reste indispensable",
                                            "gagnerai",
                                            "il y a lieu",
                                            "sont invites",
                                            "est invite",
                                            "sont appeles",
                                            "est appele"};
constexpr std::string_view kReportingVerbs[] = {
    "a souligne",     "a declare",        "a rappele",      "a indique",         "a fait observer",
    "a note",         "a insiste",        "a affirme",      "a estime",          "a mentionne",
    "a explique",     "a propose",        "a mis en garde", "a reconnu",         "a encourage",
    "a appele",       "a fait remarquer", "a pris acte",    "a releve",          "a precise",
    "a salue",        "a presente",       "a signale",      "a evoque",          "a ajoute",
    "a conclu",       "a plaide",         "a averti",       "a insiste",         "a decrit",
    "a exhorte",      "a invite",         "a reaffirme",    "a fait valoir",     "ont souligne",
    "ont rappele",    "a cite",           "ont cite",       "ont estime",        "ont parle",
    "a parle",        "a fait part",      "ont fait part",  "ont insiste",       "ont affirme",
    "ont indique",    "ont declare",      "ont note",       "ont propose",       "ont explique",
    "ont evoque",     "ont mentionne",    "ont releve",     "ont fait observer", "a annonce",
    "ont annonce",    "a demande",        "ont demande",    "a reitere",         "a observe",
    "a recommande",   "ont recommande",   "a juge",         "ont juge",          "a poursuivi",
    "a constat",      "a soutenu",        "a assure",       "a martel",          "a mis en avant",
    "a mis l'accent", "a fait savoir",    "ont constat",    "ont soutenu"};
constexpr std::string_view kLeads[] = {"selon",
                                       "pour",
                                       "comme l'a dit",
                                       "comme l'a souligne",
                                       "comme l'a rappele",
                                       "d'apres",
                                       "de l'avis de",
                                       "pour reprendre les mots de",
                                       "comme l'a fait observer",
                                       "comme l'a indique",
                                       "comme l'a explique",
                                       "comme l'a note"};

}  // namespace

constexpr std::string_view kOrganizationHeads[] = {
    "ministere",     "organisation", "institut",
    "universite",    "federation",   "association",
    "fondation",     "agence",       "commission",
    "conseil",       "bureau",       "secretariat",
    "departement",   "reseau",       "centre",
    "banque",        "alliance",     "programme",
    "fonds",         "union",        "syndicat",
    "confederation", "chambre",      "observatoire",
    "mission",       "ambassade",    "delegation",
    "parlement",     "assemblee",    "gouvernement",
    "direction",     "office",       "haut-commissariat",
    "cabinet",       "societe",      "entreprise",
    "groupe",        "comite",       "forum",
    "plateforme",    "coalition",    "academie",
    "ecole"};
constexpr std::string_view kOrganizationOfCountry[] = {"diaspora"};

const LanguageTable kFrench{"fr",
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
