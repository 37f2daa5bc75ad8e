#pragma once
// Person names in running text: "Mme Louise Arbour", "H.E. Mr Tomasz Wierzbicki", "Juan José
// Gómez Camacho", "Amina J. Mohammed". A name is a run of capitalised words (initials and the
// particles of, e.g., "van der", "de la", "bin" included), never starting with a function word
// of any language table; honorifics of every table are stripped into NameMention::honorific.
// Used by the statement finder and reusable by the programme parser.

#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace idm {

struct NameMention {
  std::string name;       // as printed, without the honorific
  std::string honorific;  // as printed ("H.E. Mr", "Mme"), or empty
  size_t position = 0;    // byte offset of the mention in the text (honorific included)
  size_t length = 0;      // bytes from |position| to the end of the name
};

/// Person names mentioned in |text| (honorifics from every language table stripped into
/// .honorific). A mention needs two name words, or one after an honorific.
std::vector<NameMention> find_person_names(std::string_view text);

/// The same, with the folded words that a document prints in lower case somewhere
/// (|common_words|): a sentence-initial capital on one of them is not the start of a name
/// ("Several Member States" at the start of a sentence). A run printed after an article is a
/// thing or a place ("de la Sierra Leone", "the United Nations Office"): left out, unless
/// |after_articles| (callers that want to know those phrases).
std::vector<NameMention> find_person_names(std::string_view text,
                                           const std::set<std::string>& common_words,
                                           bool after_articles = false);

/// Folded words of |text| printed with a lower-case first letter (for find_person_names).
void collect_common_words(std::string_view text, std::set<std::string>& common_words);

/// The fullest form of |name| among |known| (same surname, compatible given names/initials,
/// accents ignored), else |name|. Ambiguous surnames (two different people) give |name|.
std::string expand_name(const std::string& name, const std::vector<std::string>& known);

/// Names with the words of their keys, worked out once for many expand_name() calls.
struct KnownNames {
  KnownNames() = default;  // filled by a caller that has the words already
  explicit KnownNames(const std::vector<std::string>& names);
  std::vector<std::string> names;
  std::vector<std::vector<std::string>> words;  // name_key_words(name_key()) of each name
};

/// expand_name() over |known| prepared once: the same answer, without folding every known
/// name again for each name looked up.
std::string expand_name(const std::string& name, const KnownNames& known);

/// The same, with |words| = name_key_words(name_key(name)) worked out by the caller (who
/// looks the same name up many times).
std::string expand_name(const std::string& name, const std::vector<std::string>& words,
                        const KnownNames& known);

struct LanguageTable;

/// What an honorific says of a person's gender: "Mme", "Sra.", "Docteure" a woman; "M.",
/// "Sr.", "Monsieur" a man; "Dr", "S.E." nothing.
enum class Gender { unknown, feminine, masculine };

/// The gender of the honorific(s) |honorific| as printed ("H.E. Mr" -> masculine), by the
/// table of |language| for the honorifics it lists (an English "Doctor" says nothing), by
/// any table for the others.
Gender honorific_gender(std::string_view honorific, const LanguageTable* language);

/// The comparison key of a name: folded words without punctuation, one space apart.
std::string name_key(std::string_view name);

/// The words of a name_key() ("amina j mohammed" -> {"amina", "j", "mohammed"}).
std::vector<std::string> name_key_words(std::string_view key);

// Word-level view of text shared by the name and statement finders.
namespace names {

struct Token {
  size_t start = 0;  // byte range in the text
  size_t end = 0;
  bool word = false;         // letters/digits (with inner apostrophes and hyphens); else one
                             // punctuation code point
  bool capitalised = false;  // first letter upper case
  bool acronym = false;      // two or more letters, all upper case ("IOM", "OIM")
  bool digit = false;        // holds a digit
  std::string folded;        // fold_for_matching of the token; an initial keeps its dot ("j.")
};

/// Words and punctuation of |text|. "d'Austin" / "l'OIM" are split after the elided article,
/// initials and abbreviated honorifics keep their dot ("J.", "M.", "S.E.", "Dr.").
std::vector<Token> tokenize(std::string_view text);

/// True when token |i| starts a sentence (or a list item: after "3)").
bool starts_sentence(const std::vector<Token>& tokens, size_t i);

/// Folded articles, and contractions with one ("du", "al", "l'"), of the supported languages.
std::span<const std::string_view> articles();
bool is_article(std::string_view folded);

/// Folded honorifics of every language table.
const std::set<std::string>& honorific_set();

/// Folded abbreviations that are words of a name ("st." of "St. Hilaire"), of every table.
const std::set<std::string>& name_abbreviation_set();

/// Folded words that never start a name: stopwords, and the words of attribution leads and
/// reporting verbs, of every language table.
const std::set<std::string>& function_word_set();

}  // namespace names

/// find_person_names on |text| already tokenised as |tokens| (names::tokenize(text)): callers
/// that keep the tokens need not tokenise the text twice.
std::vector<NameMention> find_person_names(std::string_view text,
                                           const std::vector<names::Token>& tokens,
                                           const std::set<std::string>& common_words,
                                           bool after_articles);

/// The same with the common words in a hash set (views, e.g. of the tokens' folded words):
/// callers that gather them from many blocks need not build the ordered set.
std::vector<NameMention> find_person_names(std::string_view text,
                                           const std::vector<names::Token>& tokens,
                                           const std::unordered_set<std::string_view>& common_words,
                                           bool after_articles);

/// collect_common_words on tokens of names::tokenize.
void collect_common_words(const std::vector<names::Token>& tokens,
                          std::set<std::string>& common_words);

}  // namespace idm
