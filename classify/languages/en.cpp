// English cue words, folded (lower case, no accents, plain apostrophes).
#include "classify/languages/tables.hpp"

namespace idm::languages {
namespace {

constexpr std::string_view kStopwords[] = {
    "the", "of", "and", "to",   "in",  "a",    "is",   "for",    "that",  "on",   "with",
    "as",  "by", "are", "be",   "was", "were", "this", "which",  "their", "from", "at",
    "it",  "an", "has", "have", "its", "not",  "or",   "should", "will"};
constexpr std::string_view kAgenda[] = {"agenda", "programme", "program", "provisional agenda"};
constexpr std::string_view kConceptNote[] = {"concept note", "background paper", "background note",
                                             "concept paper"};
constexpr std::string_view kSummary[] = {"summary of conclusions", "chair's summary",
                                         "summary of discussions", "summary report"};
constexpr std::string_view kReport[] = {"report", "proceedings"};
// Head words of titles no phrase above names ("Framing note"): the type's noun.
constexpr TypeHead kTypeHeads[] = {{"agenda", "agenda"},
                                   {"programme", "agenda"},
                                   {"program", "agenda"},
                                   {"schedule", "agenda"},
                                   {"note", "concept_note"},
                                   {"paper", "concept_note"},
                                   {"brief", "concept_note"},
                                   {"summary", "summary_of_conclusions"},
                                   {"conclusions", "summary_of_conclusions"},
                                   {"outcomes", "summary_of_conclusions"},
                                   {"report", "report"},
                                   {"proceedings", "report"}};

constexpr std::string_view kSeries[] = {"international dialogue on migration"};
constexpr std::string_view kMonths[] = {"january",   "february", "march",    "april",
                                        "may",       "june",     "july",     "august",
                                        "september", "october",  "november", "december"};
constexpr std::string_view kWeekdays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                          "friday", "saturday", "sunday"};
constexpr std::string_view kJoiners[] = {"and", "to", "-"};
// Cities named differently in the languages of the series (exonyms), mapped to the English
// name used in slugs. Any other city is read from the date line's structure (events.cpp).
constexpr CityName kCities[] = {{"geneva", "Geneva"},
                                {"new york", "New York"},
                                {"vienna", "Vienna"},
                                {"brussels", "Brussels"},
                                {"cairo", "Cairo"},
                                {"addis ababa", "Addis Ababa"},
                                {"london", "London"},
                                {"moscow", "Moscow"},
                                {"lisbon", "Lisbon"},
                                {"warsaw", "Warsaw"},
                                {"beijing", "Beijing"},
                                {"rome", "Rome"},
                                {"athens", "Athens"},
                                {"copenhagen", "Copenhagen"},
                                {"stockholm", "Stockholm"},
                                {"the hague", "The Hague"},
                                {"munich", "Munich"},
                                {"cape town", "Cape Town"},
                                {"algiers", "Algiers"},
                                {"beirut", "Beirut"},
                                {"damascus", "Damascus"},
                                {"tehran", "Tehran"},
                                {"new delhi", "New Delhi"},
                                {"singapore", "Singapore"},
                                {"seoul", "Seoul"},
                                {"tokyo", "Tokyo"},
                                {"havana", "Havana"},
                                {"khartoum", "Khartoum"},
                                {"marrakesh", "Marrakesh"},
                                {"istanbul", "Istanbul"},
                                {"kyiv", "Kyiv"},
                                {"bucharest", "Bucharest"},
                                {"prague", "Prague"},
                                {"berlin", "Berlin"},
                                {"paris", "Paris"},
                                {"dublin", "Dublin"},
                                {"bern", "Bern"},
                                {"strasbourg", "Strasbourg"},
                                {"venice", "Venice"},
                                {"naples", "Naples"},
                                {"seville", "Seville"},
                                {"barcelona", "Barcelona"},
                                {"bangkok", "Bangkok"},
                                {"manila", "Manila"},
                                {"jakarta", "Jakarta"},
                                {"kathmandu", "Kathmandu"},
                                {"dhaka", "Dhaka"},
                                {"brasilia", "Brasilia"},
                                {"sao paulo", "Sao Paulo"},
                                {"buenos aires", "Buenos Aires"},
                                {"tunis", "Tunis"},
                                {"tripoli", "Tripoli"},
                                {"rabat", "Rabat"},
                                {"baghdad", "Baghdad"},
                                {"kabul", "Kabul"},
                                {"nouakchott", "Nouakchott"},
                                {"ndjamena", "Ndjamena"},
                                {"yaounde", "Yaounde"},
                                {"antananarivo", "Antananarivo"},
                                {"dar es salaam", "Dar es Salaam"}};
// Before a place named in prose ("held in Kigali on 3 May").
constexpr std::string_view kPlacePrepositions[] = {"in", "at"};

constexpr std::string_view kDayWords[] = {"day"};
constexpr Ordinal kOrdinals[] = {{"first", 1}, {"second", 2}, {"third", 3}};
constexpr std::string_view kRegistration[] = {"registration", "arrival of participants"};
constexpr std::string_view kOpening[] = {"opening", "inaugural", "welcome"};
constexpr std::string_view kClosing[] = {"closing", "conclusion", "conclusions"};
constexpr std::string_view kBreaks[] = {"break", "lunch", "coffee", "refreshments"};
constexpr std::string_view kSideEvents[] = {"side event", "side-event", "parallel event"};
constexpr std::string_view kPanels[] = {"panel", "round table", "roundtable"};
constexpr std::string_view kVenueLabels[] = {"venue", "location", "room"};
constexpr std::string_view kQuestionIntros[] = {"guiding questions", "questions for discussion",
                                                "questions to guide", "questions that will guide",
                                                "key questions"};

constexpr std::string_view kModerator[] = {
    "moderator", "moderators",  "moderated by", "chair",          "facilitator", "co-chairs",
    "co-chair",  "chairperson", "chaired by",   "facilitated by", "facilitators"};
constexpr std::string_view kSpeaker[] = {"speakers", "speaker",     "panelists",   "panellists",
                                         "panelist", "panellist",   "discussants", "presenters",
                                         "panel",    "respondents", "featuring"};
constexpr std::string_view kPresenter[] = {"presenter",       "rapporteur",      "introduction",
                                           "introduced by",   "scene-setting",   "keynote",
                                           "presentation by", "presented by",    "lead-in",
                                           "keynote speaker", "keynote speakers"};
constexpr std::string_view kOpeningLabels[] = {"opening remarks", "welcome remarks",
                                               "welcome and opening remarks", "opening statement"};
constexpr std::string_view kClosingLabels[] = {"closing remarks", "concluding remarks",
                                               "closing statement"};
constexpr std::string_view kHonorifics[] = {"h.e.",
                                            "mr",
                                            "mr.",
                                            "ms",
                                            "ms.",
                                            "mrs",
                                            "mrs.",
                                            "dr",
                                            "dr.",
                                            "prof",
                                            "prof.",
                                            "amb.",
                                            "his excellency",
                                            "her excellency",
                                            "hon.",
                                            "msgr",
                                            "msgr.",
                                            "sir",
                                            "professor",
                                            "doctor",
                                            "madam",
                                            "the honourable",
                                            "honourable",
                                            "hon"};
constexpr std::string_view kFeminineHonorifics[] = {"ms",   "ms.", "mrs", "mrs.", "her excellency",
                                                    "madam"};
constexpr std::string_view kMasculineHonorifics[] = {"mr", "mr.", "his excellency", "sir"};
constexpr std::string_view kNameAbbreviations[] = {"st.", "ste."};
constexpr std::string_view kNotes[] = {"video message", "by video", "online", "tbc",
                                       "to be confirmed"};

// Head words of the findings sections, matched loosely ("message" finds "Key messages").
constexpr std::string_view kKeyMessages[] = {
    "message",     "takeaway",     "key conclusion",       "main conclusion",
    "key finding", "main finding", "points of convergence"};
constexpr std::string_view kRecommendations[] = {"recommendation", "ideas for action",
                                                 "action point", "the way forward"};
// What should be done: modals and phrases of necessity, matched as word starts. A list of
// plain paragraphs under a title no cue names is read as findings when most leads hold one.
constexpr std::string_view kDirectives[] = {"should",
                                            "must",
                                            "need to",
                                            "needs to",
                                            "have to",
                                            "has to",
                                            "ought to",
                                            "it is important",
                                            "it is essential",
                                            "it is critical",
                                            "it is crucial",
                                            "it is necessary",
                                            "it is vital",
                                            "it remains critical",
                                            "it remains essential",
                                            "there is a need",
                                            "would benefit from",
                                            "is encouraged to",
                                            "are encouraged to",
                                            "are called upon",
                                            "is urged"};
// Stems: a cue word of four letters or more also matches the forms it begins, up to five
// more letters ("stress" for stressed, stresses).
constexpr std::string_view kReportingVerbs[] = {
    "said",      "stress",   "note",      "observ",   "argu",        "warn",       "explain",
    "emphasi",   "underlin", "highlight", "recall",   "pointed out", "called for", "suggest",
    "describ",   "urged",    "stated",    "affirm",   "acknowledg",  "remark",     "added",
    "propos",    "remind",   "insist",    "welcom",   "recogni",     "caution",    "conclud",
    "report",    "told",     "assert",    "maintain", "comment",     "present",    "mention",
    "indicat",   "announc",  "underscor", "echoed",   "spoke",       "express",    "reiterat",
    "recommend", "believ",   "contend",   "emphasiz", "reaffirm",    "shared"};
constexpr std::string_view kLeads[] = {
    "according to", "in the view of", "in the words of", "as put by",
    "for",          "as noted by",    "as stated by",    "as pointed out by"};

}  // namespace

constexpr std::string_view kOrganizationHeads[] = {
    "ministry",      "organization", "organisation", "institute",   "university", "federation",
    "association",   "foundation",   "agency",       "commission",  "council",    "bureau",
    "office",        "secretariat",  "department",   "network",     "centre",     "center",
    "bank",          "alliance",     "programme",    "program",     "fund",       "union",
    "confederation", "chamber",      "observatory",  "mission",     "embassy",    "delegation",
    "parliament",    "assembly",     "government",   "directorate", "company",    "group",
    "committee",     "forum",        "platform",     "coalition",   "academy",    "school",
    "college",       "trust",        "society"};
constexpr std::string_view kOrganizationOfCountry[] = {"diaspora"};

const LanguageTable kEnglish{"en",
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
