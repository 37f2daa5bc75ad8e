#include "statements.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "classify/person_names.hpp"

namespace idm {
namespace {

using names::Token;

// Conjunctions may precede a speaker ("Peter Thomson et Amina J. Mohammed").
constexpr std::string_view kConjunctions[] = {"et", "and", "y", "e", "o", "or", "ou", "u"};

template <typename Range>
bool contains(const Range& range, std::string_view word) {
  return std::find(std::begin(range), std::end(range), word) != std::end(range);
}

// Words after which a capitalised phrase is not the subject of a statement: prepositions and
// other function words ("la contribution d'Austin T. Fragomen", "stressed that ...").
const std::set<std::string>& blocking_words() {
  static const std::set<std::string> kSet = [] {
    std::set<std::string> s;
    for (const LanguageTable* table : language_tables()) {
      for (std::string_view w : table->stopwords) {
        if (!contains(kConjunctions, w)) s.emplace(w);
      }
    }
    for (std::string_view w : names::articles())
      s.emplace(w);
    s.emplace("d'");
    return s;
  }();
  return kSet;
}

struct Span {
  size_t begin = 0;  // token indices, [begin, end)
  size_t end = 0;
};

bool is_punct(const Token& t, std::string_view p) {
  return !t.word && t.folded == p;
}

// A cue (folded, several words) as token words.
std::vector<std::string> cue_words(std::string_view cue) {
  std::vector<std::string> out;
  for (const Token& t : names::tokenize(cue)) {
    if (t.word) out.push_back(t.folded);
  }
  return out;
}

// A cue word matches a token equal to it or, when it has four letters or more, a token it
// begins with at most five more letters: the tables list stems ("senal" for senalo,
// senalaron; "stress" for stressed), not every inflected form.
bool cue_word_matches(const Token& token, const std::string& word) {
  if (!token.word) return false;
  // Most tokens differ from a cue word in the first letter (every token meets every cue).
  if (word.empty() || token.folded.empty()) return token.folded == word;
  if (token.folded[0] != word[0]) return false;
  // Both ways of matching need |word| as a prefix: most tokens that share the first letter
  // already differ in length or in the second.
  if (token.folded.size() < word.size() || (word.size() >= 2 && token.folded[1] != word[1])) {
    return false;
  }
  if (token.folded == word) return true;
  // Only in lower case: "Observatory" is no form of "observ".
  return !token.capitalised && word.size() >= 4 && token.folded.size() <= word.size() + 5 &&
         token.folded.starts_with(word);
}

// Matches of |cues| in tokens [from, to). With |gap|, up to that many words (and commas) may
// stand between the first word of a cue and the rest (commas count) ("a, en outre, souligné", "ont
// tous deux souligné").
// The cues (by index) whose first word starts with each byte (0: an empty first word), so that
// a token meets only the cues that can start at it, not every cue of the table. With each cue,
// the length and second byte of its first word: cue_word_matches needs that word as a prefix
// of the token, so most tokens are told apart without the call.
struct CueHead {
  size_t cue = 0;
  size_t size = 0;  // bytes of the first word
  char second = 0;  // its second byte, when it has one
};
using CueIndex = std::array<std::vector<CueHead>, 256>;

size_t first_byte(const std::string& folded) {
  return folded.empty() ? 0 : static_cast<unsigned char>(folded[0]);
}

CueIndex index_cues(const std::vector<std::vector<std::string>>& cues) {
  CueIndex index;
  for (size_t c = 0; c < cues.size(); ++c) {
    if (cues[c].empty()) continue;
    const std::string& first = cues[c][0];
    index[first_byte(first)].push_back({c, first.size(), first.size() >= 2 ? first[1] : '\0'});
  }
  return index;
}

std::vector<Span> find_cues(const std::vector<Token>& tokens, size_t from, size_t to,
                            const std::vector<std::vector<std::string>>& cues,
                            const CueIndex& index, int gap) {
  std::vector<Span> hits;
  for (size_t i = from; i < to; ++i) {
    if (!tokens[i].word) continue;
    size_t best_end = 0;
    const std::string& folded = tokens[i].folded;
    for (const CueHead& head : index[first_byte(folded)]) {
      if (folded.size() < head.size || (head.size >= 2 && folded[1] != head.second)) continue;
      const std::vector<std::string>& cue = cues[head.cue];
      if (!cue_word_matches(tokens[i], cue[0])) continue;
      size_t at = i + 1;
      bool ok = true;
      for (size_t w = 1; w < cue.size() && ok; ++w) {
        int skipped = 0;
        const int allowed = w == 1 ? gap : 0;
        while (at < to && !cue_word_matches(tokens[at], cue[w])) {
          const bool skippable = tokens[at].word || is_punct(tokens[at], ",");
          if (!skippable || skipped >= allowed) break;
          ++skipped;
          ++at;
        }
        if (at < to && cue_word_matches(tokens[at], cue[w])) {
          ++at;
        } else {
          ok = false;
        }
      }
      if (ok) best_end = std::max(best_end, at);
    }
    if (best_end > 0) hits.push_back({i, best_end});
  }
  return hits;
}

// Sentences of a block as token ranges. A full stop ends one when the next token starts with
// a capital, a digit or an opening bracket (initials and honorifics keep their dot inside
// their token, so "M. Somers" and "Amina J. Mohammed" are not cut).
std::vector<Span> sentences(const std::vector<Token>& tokens) {
  std::vector<Span> out;
  size_t begin = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.word || !(t.folded == "." || t.folded == "!" || t.folded == "?")) continue;
    const bool last = i + 1 == tokens.size();
    if (!last) {
      const Token& next = tokens[i + 1];
      if (!(next.capitalised || next.digit || (!next.word && next.folded != ","))) continue;
    }
    out.push_back({begin, i + 1});
    begin = i + 1;
  }
  if (begin < tokens.size()) out.push_back({begin, tokens.size()});
  return out;
}

size_t token_at(const std::vector<Token>& tokens, size_t byte) {
  const auto it = std::lower_bound(tokens.begin(), tokens.end(), byte,
                                   [](const Token& t, size_t b) { return t.start < b; });
  return static_cast<size_t>(it - tokens.begin());
}

std::string slice(std::string_view text, const std::vector<Token>& tokens, size_t begin,
                  size_t end) {
  if (begin >= end) return {};
  return std::string(text.substr(tokens[begin].start, tokens[end - 1].end - tokens[begin].start));
}

// The token after the ")" closing the "(" at |open|, or |limit| when there is none.
size_t after_parenthesis(const std::vector<Token>& tokens, size_t open, size_t limit) {
  int depth = 0;
  for (size_t i = open; i < limit; ++i) {
    if (is_punct(tokens[i], "(")) ++depth;
    if (is_punct(tokens[i], ")") && --depth == 0) return i + 1;
  }
  return limit;
}

// Punctuation after which a clause (and so a subject) starts.
bool opens_clause(std::string_view p) {
  static constexpr std::string_view kOpeners[] = {",", ";", ":", "(", ")", "\u2013", "\u2014", "-"};
  return std::find(std::begin(kOpeners), std::end(kOpeners), p) != std::end(kOpeners);
}

bool is_dash(const Token& t) {
  return !t.word && (t.folded == "-" || t.folded == "\u2013" || t.folded == "\u2014");
}

// What sets an apposition off: commas, or dashes ("X – Chef de section – a conclu").
bool is_delimiter(const Token& t) {
  return is_punct(t, ",") || is_dash(t);
}

bool same_delimiter(const Token& t, const Token& opening) {
  return is_dash(opening) ? is_dash(t) : is_punct(t, ",");
}

// Auxiliaries: the first word of the language's several-word reporting cues ("a" of "a
// souligne", "hizo" of "hizo hincapie").
std::set<std::string> auxiliaries_of(const std::vector<std::vector<std::string>>& verbs) {
  std::set<std::string> out;
  for (const auto& cue : verbs) {
    if (cue.size() > 1) out.insert(cue[0]);
  }
  return out;
}

struct Candidate {
  size_t block = 0;
  size_t position = 0;  // byte offset of the mention in the block
  std::string name;
  std::string honorific_text;  // as printed, or empty
  std::string function;
  bool strong = false;  // the wording alone makes it a statement
  bool honorific = false;
};

// A mention of a name in full, where it is printed, and the gender its honorifics say.
struct FullMention {
  size_t block = 0;
  size_t position = 0;
  std::string name;
  Gender gender = Gender::unknown;
};

// name_key() (and its words) of the names met, each worked out once: the same few names
// come back for every mention, candidate and comparison, and each key tokenises the name.
class NameKeys {
 public:
  const std::string& key(const std::string& name) {
    auto it = keys_.find(name);
    if (it == keys_.end()) it = keys_.emplace(name, name_key(name)).first;
    return it->second;
  }

  const std::vector<std::string>& words(const std::string& name) {
    auto it = words_.find(name);
    if (it == words_.end()) it = words_.emplace(name, name_key_words(key(name))).first;
    return it->second;
  }

  // |names| prepared for expand_name() from the keys above, each name once: a name printed
  // again changes no answer of expand_name (the first of the fullest wins, and a repeat is
  // the same name), and a document repeats its names many times.
  KnownNames known(const std::vector<std::string>& names) {
    KnownNames out;
    std::unordered_set<std::string_view> seen;
    for (const std::string& n : names) {
      if (!seen.insert(n).second) continue;
      out.names.push_back(n);
      out.words.push_back(words(n));
    }
    return out;
  }

  // expand_name(name, {other}), asked for many pairs of the same names.
  std::string expand_to(const std::string& name, const std::string& other) {
    auto it = alone_.find(other);
    if (it == alone_.end()) it = alone_.emplace(other, known({other})).first;
    return expand_name(name, words(name), it->second);
  }

 private:
  // Node-based maps: the references handed out stay valid as more names come in.
  std::unordered_map<std::string, std::string> keys_;
  std::unordered_map<std::string, std::vector<std::string>> words_;
  std::unordered_map<std::string, KnownNames> alone_;
};

struct BlockView {
  std::vector<Token> tokens;
  std::vector<NameMention> mentions;
  std::vector<Span> spans;  // token range of each mention (honorific included)
};

}  // namespace

std::vector<Statement> find_statements(const DocumentRecord& record,
                                       const LanguageTable& language) {
  std::vector<std::vector<std::string>> verbs;
  std::vector<std::vector<std::string>> leads;
  for (std::string_view cue : language.reporting_verbs)
    verbs.push_back(cue_words(cue));
  for (std::string_view cue : language.attribution_leads)
    leads.push_back(cue_words(cue));
  const std::set<std::string> auxiliaries = auxiliaries_of(verbs);
  const CueIndex verb_index = index_cues(verbs);
  const CueIndex lead_index = index_cues(leads);

  // Each block is tokenised once; the name finder and the statement reader share the tokens.
  std::vector<size_t> body;  // indices of paragraph / list_item blocks
  std::vector<BlockView> views(record.blocks.size());
  // The words printed in lower case (collect_common_words), in a hash set of views into the
  // tokens: most of the document's words are such words, many times over.
  std::unordered_set<std::string_view> common;
  for (size_t b = 0; b < record.blocks.size(); ++b) {
    const Block& block = record.blocks[b];
    if (block.kind != "paragraph" && block.kind != "list_item") continue;
    body.push_back(b);
    views[b].tokens = names::tokenize(block.text);
    for (const Token& t : views[b].tokens) {
      if (t.word && !t.capitalised && !t.digit) common.insert(t.folded);
    }
  }
  NameKeys keys;
  // A listed speaker's given name is a name even where the document prints the same word in
  // lower case ("Grace" of "grâce à"): it may open a sentence.
  for (const Speaker& s : record.speakers) {
    const std::string& key = keys.key(s.name);
    if (key.find(' ') != std::string::npos)
      common.erase(std::string_view(key).substr(0, key.find(' ')));
  }

  // Pass 1: every name mention; the phrases printed after an article are things or places.
  std::set<std::string> not_people;
  std::vector<std::string> speakers;  // the record's speakers list
  for (const Speaker& s : record.speakers) {
    if (!s.name.empty()) speakers.push_back(s.name);
  }
  std::vector<std::string> known;         // every acceptable name printed in the record
  std::vector<FullMention> full;          // the same, where printed (names of two words or more)
  std::map<std::string, Gender> genders;  // by name_key, from any honorific of the name
  auto note_gender = [&](const std::string& name, const std::string& honorific) {
    const Gender g = honorific_gender(honorific, &language);
    if (g != Gender::unknown) genders.emplace(keys.key(name), g);
  };
  for (const Speaker& s : record.speakers)
    note_gender(s.name, s.honorific);
  const auto& blocking = blocking_words();
  for (size_t b : body) {
    BlockView& view = views[b];
    view.mentions = find_person_names(record.blocks[b].text, view.tokens, common, true);
    for (const NameMention& m : view.mentions) {
      const size_t begin = token_at(view.tokens, m.position);
      const size_t end = token_at(view.tokens, m.position + m.length);
      const bool after_article = begin > 0 && view.tokens[begin - 1].word &&
                                 names::is_article(view.tokens[begin - 1].folded);
      // "la Sra. Ruiz", "el Señor Ruiz": the article belongs to the honorific; the mention
      // starts there (so that it neither blocks the mention nor parts it from a lead).
      view.spans.push_back({after_article && !m.honorific.empty() ? begin - 1 : begin, end});
      if (after_article && m.honorific.empty()) {
        not_people.insert(keys.key(m.name));
      } else {
        known.push_back(m.name);
        note_gender(m.name, m.honorific);
        if (keys.key(m.name).find(' ') != std::string::npos) {
          full.push_back({b, m.position, m.name, Gender::unknown});
        }
      }
      // "Ministre d'Etat de la Sierra Leone": what follows an article inside the run is a
      // place too; not after an honorific, where it is a surname ("Sra. Carmen de la Fuente").
      for (size_t i = begin + 1; m.honorific.empty() && i + 1 < end; ++i) {
        if (view.tokens[i].word && !view.tokens[i].capitalised &&
            names::is_article(view.tokens[i].folded)) {
          not_people.insert(keys.key(slice(record.blocks[b].text, view.tokens, i + 1, end)));
        }
      }
    }
  }
  // Names holding a place are not people either; they are no expansion of a name.
  auto is_place = [&](const std::string& name) {
    const std::string& key = keys.key(name);
    for (const std::string& place : not_people) {
      if (key == place || (key.size() > place.size() && key.ends_with(place) &&
                           key[key.size() - place.size() - 1] == ' ')) {
        return true;
      }
    }
    return false;
  };
  std::erase_if(known, is_place);
  std::erase_if(full, [&](const FullMention& f) { return is_place(f.name); });
  // Listed speakers not printed in the text stand after it: only a later full mention.
  for (const std::string& s : speakers)
    full.push_back({record.blocks.size(), 0, s, Gender::unknown});
  for (FullMention& f : full) {
    const auto it = genders.find(keys.key(f.name));
    if (it != genders.end()) f.gender = it->second;
  }
  known.insert(known.begin(), speakers.begin(), speakers.end());
  std::set<std::string> speaker_keys;
  for (const std::string& s : speakers)
    speaker_keys.insert(keys.key(s));
  // Folded once here: every candidate below is looked up in both lists.
  const KnownNames known_speakers = keys.known(speakers);
  const KnownNames known_names = keys.known(known);
  auto is_known_speaker = [&](const std::string& name) {
    return speaker_keys.count(keys.key(name)) > 0 ||
           expand_name(name, keys.words(name), known_speakers) != name;
  };

  // Pass 2: mentions in the position of a speaker.
  std::vector<Candidate> candidates;
  for (size_t b : body) {
    const BlockView& view = views[b];
    const std::vector<Token>& tokens = view.tokens;
    const std::string& text = record.blocks[b].text;
    for (const Span& sentence : sentences(tokens)) {
      const std::vector<Span> verb_hits =
          find_cues(tokens, sentence.begin, sentence.end, verbs, verb_index, 5);
      const std::vector<Span> lead_hits =
          find_cues(tokens, sentence.begin, sentence.end, leads, lead_index, 0);
      size_t skip_until = 0;  // tokens of an accepted speaker's function
      for (size_t mi = 0; mi < view.mentions.size(); ++mi) {
        const NameMention& m = view.mentions[mi];
        const Span span = view.spans[mi];
        if (span.begin < sentence.begin || span.end > sentence.end || span.begin < skip_until) {
          continue;
        }
        if (not_people.count(keys.key(m.name)) && m.honorific.empty() &&
            !is_known_speaker(m.name)) {
          continue;
        }
        const Token* prev = span.begin > sentence.begin ? &tokens[span.begin - 1] : nullptr;
        const bool blocked = prev && prev->word && blocking.count(prev->folded);
        Candidate c;
        c.block = b;
        c.position = m.position;
        c.name = m.name;
        c.honorific_text = m.honorific;
        c.honorific = !m.honorific.empty();
        size_t function_end = span.end;
        bool found = false;

        // "According to X, function, ...", "In the view of X (function), ...".
        for (const Span& lead : lead_hits) {
          if (lead.end > span.begin || span.begin - lead.end > 10) continue;
          bool first = true;  // no other acceptable name between the lead and this one
          for (size_t mj = 0; mj < mi; ++mj) {
            if (view.spans[mj].begin >= lead.end) first = false;
          }
          if (!first || (blocked && lead.end != span.begin)) continue;
          // A lead that is also a function word ("for", "para") only opens a sentence or a
          // clause: "For X, ..." but not "National Service for Industrial Training".
          if (lead.end - lead.begin == 1 && blocking.count(tokens[lead.begin].folded) &&
              lead.begin > sentence.begin && !is_punct(tokens[lead.begin - 1], ",")) {
            continue;
          }
          found = c.strong = true;
          const size_t r = span.end;
          if (r < sentence.end && is_punct(tokens[r], "(")) {
            function_end = after_parenthesis(tokens, r, sentence.end);
            c.function = slice(text, tokens, r + 1, function_end - 1);
          } else if (r + 1 < sentence.end && is_punct(tokens[r], ",") &&
                     tokens[r + 1].capitalised) {
            size_t e = r + 1;
            while (e < sentence.end && !is_punct(tokens[e], ","))
              ++e;
            if (e < sentence.end) {
              c.function = slice(text, tokens, r + 1, e);
              function_end = e;
            }
          }
          break;
        }

        // "X, function, stressed", "X (function) said", "X – function – recalled", "X a
        // souligné". A reporting verb is one of the language's stems, possibly after an
        // auxiliary ("ha señalado", "has stressed"); or, for a surely named person (honorific,
        // speakers list) opening a clause, the first lower-case content word after the name
        // and its apposition ("la Sra. Ruiz puntualizó que", "Mme Ruiz a martelé que").
        if (!found && !blocked) {
          const size_t r = span.end;
          const bool person = c.honorific || is_known_speaker(m.name);
          const Token& last = tokens[sentence.end - 1];
          const bool finished = is_punct(last, ".") || is_punct(last, "!") || is_punct(last, "?");
          const bool clause_initial =
              span.begin == sentence.begin || (prev && !prev->word && opens_clause(prev->folded));
          auto stop = [&](size_t i) {
            return is_punct(tokens[i], ";") || is_punct(tokens[i], ":");
          };
          auto table_verb_at = [&](size_t i) {
            if (i >= sentence.end) return false;
            const bool aux = i + 1 < sentence.end && tokens[i].word && !tokens[i].capitalised &&
                             blocking.count(tokens[i].folded);
            return std::any_of(verb_hits.begin(), verb_hits.end(), [&](const Span& hit) {
              return hit.begin == i || (aux && hit.begin == i + 1);
            });
          };
          auto positional_verb_at = [&](size_t i) {
            // Only in a finished sentence: a programme line "Name, nurse, City" has no verb.
            if (!person || !clause_initial || i >= sentence.end || !finished) return false;
            const Token& t = tokens[i];
            if (!t.word || t.capitalised || t.digit) return false;
            if (!blocking.count(t.folded)) return true;
            if (!auxiliaries.count(t.folded) || i + 1 >= sentence.end) return false;
            const Token& u = tokens[i + 1];
            return u.word && !u.capitalised && !u.digit && !blocking.count(u.folded);
          };
          if (r < sentence.end && is_punct(tokens[r], "(")) {
            const size_t after = after_parenthesis(tokens, r, sentence.end);
            size_t v = after < sentence.end && is_punct(tokens[after], ",") ? after + 1 : after;
            if (table_verb_at(v) || positional_verb_at(v)) {
              found = c.strong = true;
              c.function = slice(text, tokens, r + 1, after - 1);
              function_end = after;
            }
          } else if (r < sentence.end && is_delimiter(tokens[r])) {
            // The delimiter that closes the apposition is the first one (of the same kind)
            // followed by a verb of the table, else the first followed by a lower-case word
            // when that word is a verb by position.
            size_t close = sentence.end;
            for (int pass = 0; pass < 2 && close == sentence.end; ++pass) {
              for (size_t p = r; p < sentence.end && !stop(p); ++p) {
                if (!same_delimiter(tokens[p], tokens[r])) continue;
                if (pass == 0 ? table_verb_at(p + 1) : positional_verb_at(p + 1)) {
                  close = p;
                  break;
                }
                // By position, the verb is the first lower-case word after a delimiter: "Mme
                // X, le Président et ... ont, eux aussi, ..." has none.
                const bool lower = p + 1 < sentence.end && tokens[p + 1].word &&
                                   !tokens[p + 1].capitalised && !tokens[p + 1].digit;
                if (pass == 1 && lower) break;
              }
            }
            if (close < sentence.end) {
              const size_t a_begin = r + 1;
              const size_t a_end = close;
              if (a_begin > a_end) {
                // "le Directeur général de l'OIM, William Lacy Swing, a rappelé": the name is
                // itself the apposition.
                found = c.strong = (prev && is_punct(*prev, ",")) || person;
              } else if (tokens[a_begin].word && contains(kConjunctions, tokens[a_begin].folded)) {
                found = c.strong = true;  // "Peter Thomson, et ..., Amina J. Mohammed, ont"
              } else {
                found = c.strong = true;
                c.function = slice(text, tokens, a_begin, a_end);
                function_end = a_end;
              }
            }
          } else if (positional_verb_at(r) || table_verb_at(r)) {
            found = true;
            c.strong = person;
          } else {
            for (const Span& hit : verb_hits) {
              if (hit.begin < r) continue;
              bool stopped = false;
              for (size_t i = r; i < hit.begin; ++i) {
                stopped = stopped || stop(i) || is_punct(tokens[i], ",");
              }
              if (!stopped) found = true;  // weak: "Smaller States noted" reads the same
              break;
            }
          }
        }

        // "As Mr X remarked, ...": a clause opened by a function word, a named person, a verb
        // and a comma.
        if (!found && blocked && (c.honorific || is_known_speaker(m.name))) {
          const size_t lead = span.begin - 1;
          // "In Ms X's view, ...": the possessive stands between the name and the noun.
          const bool possessive = span.end < sentence.end && tokens[span.end].folded == "'s";
          const size_t r = possessive ? span.end + 1 : span.end;
          const bool opens = lead == sentence.begin || is_punct(tokens[lead - 1], ",");
          const bool by_table = std::any_of(verb_hits.begin(), verb_hits.end(), [&](const Span& h) {
            return h.begin == r && h.end < sentence.end && is_punct(tokens[h.end], ",");
          });
          const bool by_position = r + 1 < sentence.end && tokens[r].word &&
                                   !tokens[r].capitalised && !blocking.count(tokens[r].folded) &&
                                   is_punct(tokens[r + 1], ",");
          if (opens && (by_table || by_position)) found = c.strong = true;
        }

        // "[M. Somers, Belgique]", "[dont Mgr Robert Vitillo de la CICM, ...] ont parlé": in a
        // sentence with a reporting verb, square brackets name who said it.
        if (!found && !blocked && !verb_hits.empty()) {
          int depth = 0;
          for (size_t i = sentence.begin; i < span.begin; ++i) {
            if (is_punct(tokens[i], "[")) ++depth;
            if (is_punct(tokens[i], "]")) --depth;
          }
          if (depth > 0) found = c.strong = true;
        }

        if (!found) continue;
        if (c.strong && function_end > span.end) skip_until = function_end;
        candidates.push_back(std::move(c));
      }
    }
  }

  // A short mention ("Mme Siddiqui") is the one full name it can be; when two people share
  // the surname, the nearest earlier full mention of the gender its honorific says (else
  // the only later one).
  auto resolve_name = [&](const std::string& name, const std::string& honorific, size_t block,
                          size_t position) {
    const std::string expanded = expand_name(name, keys.words(name), known_names);
    if (expanded != name) return expanded;
    const std::string key = keys.key(name);
    // Only a surname, possibly with initials: a given name printed in full is the person's
    // own form ("Carlos Medina" is not resolved to "Carlos Castillo Medina").
    size_t full_words = 0;
    for (size_t at = 0; at <= key.size();) {
      const size_t end = std::min(key.find(' ', at), key.size());
      if (end - at > 1) ++full_words;
      at = end + 1;
    }
    if (full_words != 1) return name;
    const Gender gender = honorific_gender(honorific, &language);
    const FullMention* nearest = nullptr;
    std::set<std::string> later;
    for (const FullMention& f : full) {
      const std::string& full_key = keys.key(f.name);
      if (full_key == key || full_key.size() <= key.size()) continue;
      if (keys.key(keys.expand_to(name, f.name)) != full_key) continue;
      if (gender != Gender::unknown && f.gender != Gender::unknown && f.gender != gender) {
        continue;
      }
      const bool before = f.block < block || (f.block == block && f.position < position);
      if (before) {
        nearest = &f;
      } else {
        later.insert(f.name);
      }
    }
    if (nearest) return nearest->name;
    if (later.size() == 1) return *later.begin();
    return name;
  };

  // Weak candidates need the person to be confirmed: an honorific, the speakers list, or a
  // strong statement of the same person elsewhere.
  std::vector<std::string> strong_names;
  for (const Candidate& c : candidates) {
    if (c.strong || c.honorific) strong_names.push_back(c.name);
  }
  std::vector<Statement> out;
  std::set<std::pair<size_t, std::string>> seen;
  for (const Candidate& c : candidates) {
    if (!c.strong && !c.honorific && !is_known_speaker(c.name)) {
      const std::string key = keys.key(c.name);
      const bool confirmed =
          std::any_of(strong_names.begin(), strong_names.end(), [&](const std::string& s) {
            return keys.key(s) == key || keys.key(keys.expand_to(c.name, s)) == keys.key(s);
          });
      if (!confirmed) continue;
    }
    const std::string speaker = resolve_name(c.name, c.honorific_text, c.block, c.position);
    if (!seen.insert({c.block, keys.key(speaker)}).second) continue;
    const Block& block = record.blocks[c.block];
    Statement s;
    s.speaker = speaker;
    s.function = c.function;
    s.text = block.text;
    s.page = block.page;
    s.block = block.id;
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace idm
