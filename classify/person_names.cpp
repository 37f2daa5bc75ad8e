#include "person_names.hpp"

#include <algorithm>
#include <unordered_set>

#include "classify/language_table.hpp"
#include "extractors/unicode_text.hpp"

namespace idm {
namespace names {
namespace {

// The code point at |pos| of valid UTF-8 |s|, its byte count in |*len|.
char32_t decode(std::string_view s, size_t pos, size_t* len) {
  const auto b = static_cast<unsigned char>(s[pos]);
  if (b < 0x80) {  // most of the text: no continuation bytes to read
    *len = 1;
    return b;
  }
  size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  if (pos + n > s.size()) n = 1;
  char32_t c = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
  for (size_t k = 1; k < n; ++k)
    c = (c << 6) | (static_cast<unsigned char>(s[pos + k]) & 0x3F);
  *len = n;
  return c;
}

bool is_space(char32_t c) {
  return c <= ' ' || c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x3000;
}
bool is_mark(char32_t c) {
  return c >= 0x300 && c <= 0x36F;
}
bool is_digit(char32_t c) {
  return c >= '0' && c <= '9';
}
bool is_word_char(char32_t c) {
  // ASCII inline: the tokenizer asks this of every code point.
  if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || is_digit(c);
  return is_letter(c) || is_mark(c);
}
bool is_apostrophe(char32_t c) {
  return c == '\'' || c == 0x2019 || c == 0x02BC;
}
bool is_inner_joiner(char32_t c) {
  return is_apostrophe(c) || c == '-' || c == 0x2010 || c == 0x2011;
}

bool ascii_upper(char ch) {
  return ch >= 'A' && ch <= 'Z';
}

// A token of printable ASCII only, folded and flagged in one pass over its bytes: the same
// result as the general path below (fold_for_matching lower-cases printable ASCII and nothing
// else). False, |t| untouched but for its buffer, at the first other byte.
bool make_ascii_token(std::string_view s, bool word, Token& t) {
  t.folded.resize(s.size());
  size_t letters = 0;
  bool lower = false;
  bool digit = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char ch = s[i];
    const auto u = static_cast<unsigned char>(ch);
    if (u < 0x20 || u >= 0x7F) return false;
    const bool upper = ascii_upper(ch);
    t.folded[i] = upper ? static_cast<char>(ch - 'A' + 'a') : ch;
    if (ch >= '0' && ch <= '9') digit = true;
    if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') {
      ++letters;
      if (!upper) lower = true;
    }
  }
  if (word) {
    t.capitalised = !s.empty() && ascii_upper(s[0]);
    t.digit = digit;
    t.acronym = letters >= 2 && !lower;
  }
  return true;
}

// Builds the token in place at the end of |tokens| (no temporary to move and destroy).
void make_token(std::vector<Token>& tokens, std::string_view text, size_t start, size_t end,
                bool word) {
  Token& t = tokens.emplace_back();
  t.start = start;
  t.end = end;
  t.word = word;
  const std::string_view s = text.substr(start, end - start);
  if (make_ascii_token(s, word, t)) return;
  t.folded = fold_for_matching(s);
  if (!word) return;
  size_t letters = 0;
  bool lower = false;
  for (size_t p = 0; p < s.size();) {
    size_t len = 0;
    const char32_t c = decode(s, p, &len);
    if (p == 0) t.capitalised = is_uppercase_letter(c);
    if (is_digit(c)) t.digit = true;
    if (is_letter(c)) {
      ++letters;
      if (!is_uppercase_letter(c)) lower = true;
    }
    p += len;
  }
  t.acronym = letters >= 2 && !lower;
}

size_t letter_count(std::string_view s) {
  size_t n = 0;
  for (size_t p = 0; p < s.size();) {
    size_t len = 0;
    if (is_letter(decode(s, p, &len))) ++n;
    p += len;
  }
  return n;
}

void add_words(std::string_view cue, std::set<std::string>& out);

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  // About one token per five bytes of prose: one allocation instead of a dozen regrowths.
  tokens.reserve(text.size() / 5 + 4);
  size_t pos = 0;
  while (pos < text.size()) {
    size_t len = 0;
    const char32_t c = decode(text, pos, &len);
    if (is_space(c)) {
      pos += len;
      continue;
    }
    if (!is_word_char(c)) {
      make_token(tokens, text, pos, pos + len, false);
      pos += len;
      continue;
    }
    const size_t start = pos;
    size_t end = pos + len;
    size_t elision = std::string::npos;     // end of "d'" / "l'" when the word starts with one
    size_t possessive = std::string::npos;  // start of a closing "'s" ("Okello's")
    while (end < text.size()) {
      // ASCII letters and digits (is_word_char of a one-byte code point) without decoding.
      if (const char ch = text[end];
          (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')) {
        ++end;
        continue;
      }
      size_t l2 = 0;
      const char32_t d = decode(text, end, &l2);
      if (is_word_char(d)) {
        end += l2;
        continue;
      }
      if (is_inner_joiner(d) && end + l2 < text.size()) {
        size_t l3 = 0;
        const char32_t after = decode(text, end + l2, &l3);
        if (is_word_char(after)) {
          if (is_apostrophe(d) && elision == std::string::npos) {
            const std::string_view prefix = text.substr(start, end - start);
            const auto lower = [](char ch) { return ch >= 'a' && ch <= 'z'; };
            // "d'Austin", "l'OIM"; a capital elided article only before a lower-case word
            // ("D'après", not "D'Souza" or "O'Brien").
            const bool capital_elision = !prefix.empty() && prefix[0] >= 'A' && prefix[0] <= 'Z' &&
                                         is_letter(after) && !is_uppercase_letter(after);
            if (prefix.size() <= 2 &&
                (std::all_of(prefix.begin(), prefix.end(), lower) ||
                 (capital_elision && std::all_of(prefix.begin() + 1, prefix.end(), lower)))) {
              elision = end + l2;
            }
          }
          // The English possessive is no part of the word: "Okello's view" names Okello.
          const size_t s_end = end + l2 + l3;
          size_t l4 = 0;
          if (is_apostrophe(d) && (after == 's' || after == 'S') && end - start >= 2 &&
              (s_end >= text.size() || !is_word_char(decode(text, s_end, &l4)))) {
            possessive = end;
            break;
          }
          end += l2;
          continue;
        }
      }
      break;
    }
    if (elision != std::string::npos) {
      make_token(tokens, text, start, elision, true);
      pos = elision;
      continue;  // the rest of the word is tokenized on its own
    }
    if (possessive != std::string::npos) {
      make_token(tokens, text, start, possessive, true);
      size_t l2 = 0;
      decode(text, possessive, &l2);
      make_token(tokens, text, possessive, possessive + l2 + 1, true);
      pos = possessive + l2 + 1;
      continue;
    }
    // Initials and abbreviated honorifics keep their dot; "S.E." / "H.E." are one token.
    if (end < text.size() && text[end] == '.') {
      const std::string_view word = text.substr(start, end - start);
      const bool initial = letter_count(word) == 1;
      if (initial) {
        ++end;
        while (end + 1 < text.size()) {
          size_t l2 = 0;
          const char32_t d = decode(text, end, &l2);
          if (!is_letter(d) || end + l2 >= text.size() || text[end + l2] != '.') break;
          size_t l3 = 0;
          if (end + l2 + 1 < text.size() && is_word_char(decode(text, end + l2 + 1, &l3))) break;
          end += l2 + 1;
        }
      } else if (honorific_set().count(fold_for_matching(word) + ".") ||
                 name_abbreviation_set().count(fold_for_matching(word) + ".")) {
        ++end;
      }
    }
    make_token(tokens, text, start, end, true);
    pos = end;
  }
  return tokens;
}

bool starts_sentence(const std::vector<Token>& tokens, size_t i) {
  if (i == 0) return true;
  const Token& prev = tokens[i - 1];
  if (prev.word) return false;
  static constexpr std::string_view kEnds[] = {".", "!", "?",      ":",     ";",
                                               ")", "-", "\u2022", "\u2013"};
  return std::find(std::begin(kEnds), std::end(kEnds), prev.folded) != std::end(kEnds);
}

// Not in the language tables (which have no such list yet): kept to the articles proper.
constexpr std::string_view kArticles[] = {"le",  "la",  "les", "l'",  "du", "des", "au",
                                          "aux", "un",  "une", "the", "an", "el",  "los",
                                          "las", "del", "al",  "una", "lo"};

std::span<const std::string_view> articles() {
  return kArticles;
}

bool is_article(std::string_view folded) {
  return std::find(std::begin(kArticles), std::end(kArticles), folded) != std::end(kArticles);
}

// The cues of one field of every language's table, as one set.
std::set<std::string> union_of(Cues LanguageTable::*field) {
  std::set<std::string> s;
  for (const LanguageTable* table : language_tables()) {
    for (std::string_view cue : table->*field)
      s.emplace(cue);
  }
  return s;
}

const std::set<std::string>& honorific_set() {
  static const std::set<std::string> kSet = union_of(&LanguageTable::honorifics);
  return kSet;
}

const std::set<std::string>& name_abbreviation_set() {
  static const std::set<std::string> kSet = union_of(&LanguageTable::name_abbreviations);
  return kSet;
}

namespace {

void add_words(std::string_view cue, std::set<std::string>& out) {
  size_t start = 0;
  while (start < cue.size()) {
    size_t end = cue.find_first_of(" '", start);
    if (end == std::string_view::npos) end = cue.size();
    if (end > start) out.emplace(cue.substr(start, end - start));
    start = end + 1;
  }
}

}  // namespace

const std::set<std::string>& function_word_set() {
  static const std::set<std::string> kSet = [] {
    std::set<std::string> s;
    for (const LanguageTable* table : language_tables()) {
      for (std::string_view w : table->stopwords)
        s.emplace(w);
      for (std::string_view w : table->attribution_leads)
        add_words(w, s);
      for (std::string_view w : table->reporting_verbs)
        add_words(w, s);
    }
    return s;
  }();
  return kSet;
}

}  // namespace names

namespace {

using names::Token;

// honorific_set() hashed, and every beginning of one of its entries that a space follows
// ("her" of "her excellency"): most capitalised words begin none, and are looked up without
// being joined to the next word first. Membership is that of honorific_set().
struct HonorificLookup {
  std::unordered_set<std::string> whole;
  std::unordered_set<std::string> openers;
};

const HonorificLookup& honorific_lookup() {
  static const HonorificLookup kLookup = [] {
    HonorificLookup l;
    for (const std::string& h : names::honorific_set()) {
      l.whole.insert(h);
      for (size_t space = h.find(' '); space != std::string::npos; space = h.find(' ', space + 1))
        l.openers.insert(h.substr(0, space));
    }
    return l;
  }();
  return kLookup;
}

// function_word_set() hashed: looked up at every capitalised word.
const std::unordered_set<std::string>& function_word_lookup() {
  static const std::unordered_set<std::string> kSet(names::function_word_set().begin(),
                                                    names::function_word_set().end());
  return kSet;
}

bool is_honorific_word(const std::vector<Token>& tokens, size_t i, size_t* width) {
  const Token& t = tokens[i];
  if (!t.word || !t.capitalised) return false;
  const HonorificLookup& lookup = honorific_lookup();
  const auto& honorifics = lookup.whole;
  if (i + 1 < tokens.size() && tokens[i + 1].word && lookup.openers.count(t.folded)) {
    if (honorifics.count(t.folded + " " + tokens[i + 1].folded)) {
      *width = 2;
      return true;
    }
  }
  if (honorifics.count(t.folded)) {
    *width = 1;
    return true;
  }
  return false;
}

// Lower-case words that may sit inside a name ("de", "van", "bin") and those that may follow
// one of them ("de la Cruz", "van der Berg").
bool is_particle(std::string_view folded) {
  static constexpr std::string_view kFirst[] = {"de",    "da",  "di",  "do",  "dos", "das", "del",
                                                "della", "van", "von", "ter", "ten", "bin", "ibn",
                                                "bint",  "al",  "el",  "y",   "e",   "zu"};
  return std::find(std::begin(kFirst), std::end(kFirst), folded) != std::end(kFirst);
}

bool is_second_particle(std::string_view folded) {
  static constexpr std::string_view kSecond[] = {"la", "las", "los", "le", "der", "den", "de"};
  return std::find(std::begin(kSecond), std::end(kSecond), folded) != std::end(kSecond);
}

bool is_name_word(const Token& t) {
  return t.word && t.capitalised && !t.acronym && !t.digit;
}

}  // namespace

std::vector<NameMention> find_person_names(std::string_view text,
                                           const std::set<std::string>& common_words,
                                           bool after_articles) {
  return find_person_names(text, names::tokenize(text), common_words, after_articles);
}

namespace {

// find_person_names over either kind of set of common words (count() is all it asks).
template <typename CommonWords>
std::vector<NameMention> person_names_in(std::string_view text, const std::vector<Token>& tokens,
                                         const CommonWords& common_words, bool after_articles) {
  const auto& function_words = function_word_lookup();
  std::vector<NameMention> out;
  size_t i = 0;
  while (i < tokens.size()) {
    // Honorifics, possibly several ("H.E. Mr", "S.E. M.").
    size_t j = i;
    size_t width = 0;
    while (j < tokens.size() && is_honorific_word(tokens, j, &width))
      j += width;
    const bool has_honorific = j > i;
    size_t first = j;
    // After an honorific a surname may start with its particle ("la Señora de la Fuente").
    const bool particle_start = has_honorific && first < tokens.size() && tokens[first].word &&
                                !tokens[first].capitalised && is_particle(tokens[first].folded) &&
                                tokens[first].folded != "y" && tokens[first].folded != "e";
    if (first >= tokens.size() || !(is_name_word(tokens[first]) || particle_start)) {
      i = has_honorific ? j : i + 1;
      continue;
    }
    if (!has_honorific) {
      // A function word never starts a name; nor does a capital that only marks the start of
      // a sentence on a word the document prints in lower case elsewhere.
      const bool starts_sentence = names::starts_sentence(tokens, first);
      if (function_words.count(tokens[first].folded) ||
          (starts_sentence && common_words.count(tokens[first].folded))) {
        ++i;
        continue;
      }
    }
    size_t k = first;
    size_t last = first;
    int words = 0;
    while (k < tokens.size()) {
      const Token& t = tokens[k];
      if (is_name_word(t)) {
        last = k++;
        ++words;
        continue;
      }
      if (!t.word || t.capitalised || !is_particle(t.folded) || (words == 0 && !particle_start)) {
        break;
      }
      // One or two particles, then a capitalised word.
      size_t next = k + 1;
      if (next < tokens.size() && tokens[next].word && !tokens[next].capitalised &&
          is_second_particle(tokens[next].folded)) {
        ++next;
      }
      if (next >= tokens.size() || !is_name_word(tokens[next])) break;
      // "y" / "e" join two surnames ("Ortega y Gasset"), not two people ("Nomvula Khumalo y
      // Farah Haddad"): the word after must end the name.
      if ((t.folded == "y" || t.folded == "e") && next + 1 < tokens.size() &&
          is_name_word(tokens[next + 1])) {
        break;
      }
      k = next;
    }
    const bool article = !has_honorific && i > 0 && tokens[i - 1].word &&
                         !tokens[i - 1].capitalised && names::is_article(tokens[i - 1].folded);
    if ((words >= 2 || (has_honorific && words >= 1)) && (after_articles || !article)) {
      NameMention m;
      m.name =
          std::string(text.substr(tokens[first].start, tokens[last].end - tokens[first].start));
      if (has_honorific) {
        m.honorific =
            std::string(text.substr(tokens[i].start, tokens[j - 1].end - tokens[i].start));
      }
      m.position = tokens[i].start;
      m.length = tokens[last].end - tokens[i].start;
      out.push_back(std::move(m));
      i = last + 1;
    } else {
      i = std::max(last + 1, i + 1);
    }
  }
  return out;
}

}  // namespace

std::vector<NameMention> find_person_names(std::string_view text, const std::vector<Token>& tokens,
                                           const std::set<std::string>& common_words,
                                           bool after_articles) {
  return person_names_in(text, tokens, common_words, after_articles);
}

std::vector<NameMention> find_person_names(std::string_view text, const std::vector<Token>& tokens,
                                           const std::unordered_set<std::string_view>& common_words,
                                           bool after_articles) {
  return person_names_in(text, tokens, common_words, after_articles);
}

std::vector<NameMention> find_person_names(std::string_view text) {
  std::set<std::string> common;
  collect_common_words(text, common);
  return find_person_names(text, common);
}

void collect_common_words(std::string_view text, std::set<std::string>& common_words) {
  collect_common_words(names::tokenize(text), common_words);
}

void collect_common_words(const std::vector<Token>& tokens, std::set<std::string>& common_words) {
  for (const Token& t : tokens) {
    if (t.word && !t.capitalised && !t.digit) common_words.insert(t.folded);
  }
}

std::string name_key(std::string_view name) {
  std::string out;
  for (const Token& t : names::tokenize(name)) {
    if (!t.word) continue;
    std::string w = t.folded;
    std::erase(w, '.');
    if (w.empty()) continue;
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

std::vector<std::string> name_key_words(std::string_view key) {
  std::vector<std::string> words;
  size_t start = 0;
  while (start < key.size()) {
    size_t end = key.find(' ', start);
    if (end == std::string::npos) end = key.size();
    if (end > start) words.emplace_back(key.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

namespace {

bool word_matches(const std::string& short_word, const std::string& long_word) {
  if (short_word == long_word) return true;
  // An initial ("J") stands for any given name with that first letter.
  return short_word.size() == 1 && !long_word.empty() && long_word[0] == short_word[0];
}

// True when every word of |name| matches, in order, a word of |full|, the last one (the
// surname) not the first word of |full| unless both have one word.
bool compatible(const std::vector<std::string>& name, const std::vector<std::string>& full) {
  if (name.empty() || name.size() > full.size()) return false;
  size_t at = 0;
  size_t last_index = 0;
  for (const std::string& w : name) {
    while (at < full.size() && !word_matches(w, full[at]))
      ++at;
    if (at == full.size()) return false;
    last_index = at++;
  }
  if (name.back().size() == 1) return false;  // the surname is never an initial
  if (name.back() != full[last_index]) return false;
  return last_index > 0 || full.size() == 1;
}

}  // namespace

namespace {

Gender table_gender(const LanguageTable& table, const std::string& folded) {
  const auto listed = [&](Cues cues) {
    return std::find(cues.begin(), cues.end(), folded) != cues.end();
  };
  if (listed(table.feminine_honorifics)) return Gender::feminine;
  if (listed(table.masculine_honorifics)) return Gender::masculine;
  return Gender::unknown;
}

Gender word_gender(const std::string& folded, const LanguageTable* language) {
  if (language && std::find(language->honorifics.begin(), language->honorifics.end(), folded) !=
                      language->honorifics.end()) {
    return table_gender(*language, folded);
  }
  for (const LanguageTable* table : language_tables()) {
    const Gender g = table_gender(*table, folded);
    if (g != Gender::unknown) return g;
  }
  return Gender::unknown;
}

}  // namespace

Gender honorific_gender(std::string_view honorific, const LanguageTable* language) {
  const std::vector<Token> tokens = names::tokenize(honorific);
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].word) continue;
    // Two-word honorifics first ("her excellency").
    if (i + 1 < tokens.size() && tokens[i + 1].word) {
      const Gender g = word_gender(tokens[i].folded + " " + tokens[i + 1].folded, language);
      if (g != Gender::unknown) return g;
    }
    const Gender g = word_gender(tokens[i].folded, language);
    if (g != Gender::unknown) return g;
  }
  return Gender::unknown;
}

std::string expand_name(const std::string& name, const std::vector<std::string>& known) {
  return expand_name(name, KnownNames(known));
}

KnownNames::KnownNames(const std::vector<std::string>& known) : names(known) {
  words.reserve(known.size());
  for (const std::string& candidate : known)
    words.push_back(name_key_words(name_key(candidate)));
}

std::string expand_name(const std::string& name, const KnownNames& known) {
  return expand_name(name, name_key_words(name_key(name)), known);
}

std::string expand_name(const std::string& name, const std::vector<std::string>& words,
                        const KnownNames& known) {
  if (words.empty()) return name;
  const std::string* best = nullptr;
  const std::vector<std::string>* best_words = nullptr;
  std::vector<const std::vector<std::string>*> matches;
  for (size_t i = 0; i < known.names.size(); ++i) {
    const std::vector<std::string>& full = known.words[i];
    if (!compatible(words, full)) continue;
    if (!best || full.size() > best_words->size()) {
      best = &known.names[i];
      best_words = &full;
    }
    matches.push_back(&full);
  }
  if (!best) return name;
  // Two different people with the same surname: do not guess.
  for (const std::vector<std::string>* m : matches) {
    if (!compatible(*m, *best_words) && *m != *best_words) return name;
  }
  return *best_words != words ? *best : name;
}

}  // namespace idm
