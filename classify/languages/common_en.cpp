// Common English words for the quality check (classify/quality.cpp): frequent function words
// and the frequent words of institutional prose, folded (fold_for_matching) and cut at
// apostrophes and hyphens as the check cuts words ("l'etat" -> "l", "etat"). Sorted.
#include "classify/languages/common_words.hpp"

namespace idm::languages {
namespace {

// clang-format off
constexpr std::string_view kWords[] = {
    "a", "able", "about", "above", "access", "according", "across", "action", "activities",
    "additional", "address", "addressed", "after", "again", "against", "agencies", "agency", "all",
    "almost", "along", "already", "also", "although", "always", "am", "among", "an", "and",
    "another", "any", "approach", "approaches", "appropriate", "april", "are", "area", "areas",
    "around", "as", "assembly", "at", "august", "available", "away", "back", "based", "be",
    "became", "because", "become", "been", "before", "being", "best", "better", "between",
    "billion", "both", "brought", "business", "but", "by", "called", "can", "case", "certain",
    "chair", "challenge", "challenges", "change", "changes", "child", "children", "clear", "come",
    "committee", "common", "community", "concerned", "conference", "consider", "considered",
    "context", "contexts", "cooperation", "could", "council", "countries", "country", "course",
    "cultural", "current", "data", "day", "december", "department", "developed", "developing",
    "development", "dialogue", "did", "different", "director", "discuss", "discussed", "discussion",
    "discussions", "do", "does", "done", "down", "dr", "due", "during", "each", "early", "economic",
    "education", "effect", "effective", "effort", "efforts", "eight", "either", "emphasize",
    "emphasized", "employment", "end", "enough", "ensure", "ensuring", "especially", "etc", "even",
    "every", "example", "existing", "experience", "fact", "families", "family", "far", "february",
    "felt", "few", "first", "five", "following", "for", "form", "found", "four", "framework",
    "frameworks", "friday", "from", "full", "further", "future", "general", "get", "give", "given",
    "global", "going", "good", "government", "great", "greater", "group", "groups", "had", "hand",
    "has", "have", "having", "he", "health", "held", "help", "her", "here", "high", "highlight",
    "highlighted", "him", "his", "home", "how", "however", "human", "hundred", "i", "if", "impact",
    "impacts", "important", "improve", "improved", "in", "include", "included", "includes",
    "including", "increase", "information", "international", "into", "is", "issue", "issues", "it",
    "its", "itself", "january", "july", "june", "just", "keep", "key", "kind", "know", "known",
    "labor", "labour", "large", "last", "later", "law", "led", "left", "legal", "less", "let",
    "level", "levels", "life", "like", "likely", "living", "local", "long", "look", "made", "main",
    "major", "make", "making", "man", "many", "march", "market", "may", "me", "means", "measure",
    "measures", "meeting", "member", "members", "men", "might", "million", "millions", "minister",
    "ministry", "monday", "more", "most", "move", "mr", "mrs", "ms", "much", "must", "my", "nation",
    "national", "nations", "necessary", "need", "needed", "needs", "never", "new", "next", "nine",
    "no", "none", "not", "note", "noted", "nothing", "november", "now", "number", "october", "of",
    "office", "often", "old", "on", "once", "one", "only", "onto", "open", "opportunities",
    "opportunity", "or", "order", "organisation", "organisations", "organization", "organizations",
    "other", "others", "our", "out", "over", "own", "part", "participant", "participants",
    "particular", "particularly", "partnership", "partnerships", "past", "people", "per", "period",
    "person", "persons", "place", "point", "policies", "policy", "political", "possible", "power",
    "practice", "practices", "present", "presented", "president", "previous", "private", "problem",
    "problems", "process", "program", "programme", "promote", "promoting", "provide", "provided",
    "provides", "providing", "public", "put", "question", "questions", "rather", "real", "reason",
    "recent", "recognise", "recognised", "recognize", "recognized", "regard", "regarding", "region",
    "regional", "regions", "related", "relevant", "report", "representative", "representatives",
    "research", "response", "responses", "result", "results", "right", "rights", "role", "roles",
    "s", "safety", "said", "same", "saturday", "say", "school", "second", "secretary", "sector",
    "sectors", "security", "see", "seems", "seen", "sense", "september", "service", "services",
    "session", "sessions", "set", "seven", "several", "shall", "share", "shared", "she", "short",
    "should", "show", "side", "significant", "similar", "since", "situation", "six", "small", "so",
    "social", "society", "some", "something", "special", "specific", "st", "state", "states",
    "still", "stress", "stressed", "strong", "study", "such", "sunday", "support", "supported",
    "sure", "sustainable", "system", "t", "take", "taken", "taking", "ten", "term", "terms", "than",
    "that", "the", "their", "them", "then", "there", "these", "they", "thing", "things", "think",
    "third", "this", "those", "though", "thousand", "three", "through", "thursday", "thus", "time",
    "to", "together", "told", "too", "toward", "towards", "true", "try", "tuesday", "turn", "two",
    "under", "underline", "underlined", "united", "until", "up", "upon", "us", "use", "used",
    "using", "various", "very", "view", "want", "was", "water", "way", "we", "wednesday", "welcome",
    "welcomed", "well", "went", "were", "what", "when", "where", "whether", "which", "while", "who",
    "whole", "whose", "why", "will", "with", "within", "without", "woman", "women", "word", "words",
    "work", "working", "world", "would", "year", "years", "yes", "yet", "you", "young", "your",
};
// clang-format on

}  // namespace

const Cues kCommonEnglish = kWords;

}  // namespace idm::languages
