#include "dehyphenate.hpp"

#include "unicode_text.hpp"

namespace idm {
namespace {

bool is_hyphen_end(std::string_view text) {
  const char32_t last = last_code_point(text);
  return last == '-' || last == 0x2010 || last == 0xAD;
}

// Bytes of the final hyphen: '-' 1, U+00AD 2, U+2010 (typesetters' hyphen) 3.
size_t hyphen_bytes(std::string_view text) {
  const char32_t last = last_code_point(text);
  return last < 0x80 ? 1 : last < 0x800 ? 2 : 3;
}

// The letters-and-hyphens word that ends |text| (before a final hyphen already removed).
std::string_view trailing_word(std::string_view text) {
  size_t start = text.size();
  while (start > 0) {
    size_t prev = start - 1;
    while (prev > 0 && (static_cast<unsigned char>(text[prev]) & 0xC0) == 0x80)
      --prev;
    const char32_t c = first_code_point(text.substr(prev));
    if (!is_letter(c) && c != '-' && c != '\'' && c != 0x2019) break;
    start = prev;
  }
  return text.substr(start);
}

std::string_view leading_word(std::string_view text) {
  size_t end = 0;
  while (end < text.size()) {
    size_t next = end + 1;
    while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80)
      ++next;
    const char32_t c = first_code_point(text.substr(end));
    // Apostrophes inside: "main-" + "d’œuvre" is the compound "main-d’œuvre".
    if (!is_letter(c) && c != '-' && c != '\'' && c != 0x2019) break;
    end = next;
  }
  return text.substr(0, end);
}

// Strips punctuation around a token and folds it.
std::string word_key(std::string_view token) {
  std::string folded = fold_for_matching(token);
  size_t a = 0, b = folded.size();
  auto is_word_char = [](unsigned char c) { return c >= 0x80 || std::isalnum(c) || c == '-'; };
  while (a < b && !is_word_char(static_cast<unsigned char>(folded[a])))
    ++a;
  while (b > a && !is_word_char(static_cast<unsigned char>(folded[b - 1])))
    --b;
  // Elided articles and pronouns ("l'", "d'", "qu'") are not part of the word; the
  // apostrophe inside a compound ("main-d'oeuvre") is.
  const size_t apostrophe = folded.find('\'', a);
  if (apostrophe != std::string::npos && apostrophe < b && apostrophe - a <= 2 &&
      folded.find('-', a) > apostrophe)
    a = apostrophe + 1;
  folded.erase(b);
  folded.erase(0, a);
  return folded;
}

// "whole-of-" + "government": a compound already under way whose last part and the next
// word are both words of the text, when the text holds neither spelling, goes on with its
// hyphen; a word cut inside ("socio-eco-" + "nomic") has no such parts.
bool compound_of_words(std::string_view left, std::string_view right, int joined_count,
                       const Vocabulary& vocabulary) {
  const size_t dash = left.rfind('-');
  if (joined_count > 0 || dash == std::string_view::npos || right.empty()) return false;
  const std::string_view piece = left.substr(dash + 1);
  return !piece.empty() && vocabulary.count(piece) > 0 && vocabulary.count(right) > 0;
}

}  // namespace

namespace {

// Calls |use| with the key of each whole word of |line| (a word broken at the line end is not
// one).
template <typename Use>
void for_each_word_key(std::string_view line, Use&& use) {
  size_t pos = 0;
  while (pos < line.size()) {
    size_t end = line.find(' ', pos);
    if (end == std::string_view::npos) end = line.size();
    const std::string_view token = line.substr(pos, end - pos);
    const bool broken = end == line.size() && is_hyphen_end(token);
    if (!broken && !token.empty()) {
      std::string key = word_key(token);
      if (!key.empty()) use(std::move(key));
    }
    pos = end + 1;
  }
}

}  // namespace

void Vocabulary::add_line(std::string_view line) {
  for_each_word_key(line, [&](std::string&& key) { ++counts_[std::move(key)]; });
}

void Vocabulary::words_of(std::string_view line, std::vector<std::string>& out) {
  for_each_word_key(line, [&](std::string&& key) { out.push_back(std::move(key)); });
}

void Vocabulary::add_words(std::vector<std::string>& words) {
  for (std::string& word : words)
    ++counts_[std::move(word)];
}

int Vocabulary::count(std::string_view word) const {
  const auto it = counts_.find(word_key(word));
  return it == counts_.end() ? 0 : it->second;
}

void append_joined(std::string& out, std::string_view after, const Vocabulary& vocabulary) {
  const std::string_view before = out;
  if (after.empty()) return;
  if (before.empty()) {
    out = after;
    return;
  }
  if (!is_hyphen_end(before)) {
    out += ' ';
    out += after;
    return;
  }
  const std::string_view stem = before.substr(0, before.size() - hyphen_bytes(before));
  const std::string_view left = trailing_word(stem);
  const std::string_view right = leading_word(after);
  const char32_t next = first_code_point(after);
  const bool left_is_word = !left.empty() && is_letter(last_code_point(left));
  if (!left_is_word || next == ' ') {
    // "18-" + "19 avril", "—" + text: a hyphen or dash that is not inside a word.
    if (next >= '0' && next <= '9') {
      out += after;  // "18-19"
    } else {
      out += ' ';
      out += after;
    }
    return;
  }
  if (!is_lowercase_letter(next)) {
    out += after;  // "Vice-" + "Secrétaire": a compound with a capital
    return;
  }
  const std::string joined = std::string(left) + std::string(right);
  const std::string compound = std::string(left) + "-" + std::string(right);
  const int joined_count = vocabulary.count(joined);
  const int compound_count = vocabulary.count(compound);
  if (compound_count <= joined_count && !compound_of_words(left, right, joined_count, vocabulary))
    out.resize(out.size() - hyphen_bytes(before));
  out += after;
}

std::string join_text(std::string_view before, std::string_view after,
                      const Vocabulary& vocabulary) {
  std::string out(before);
  append_joined(out, after, vocabulary);
  return out;
}

std::string join_lines(const std::vector<Line>& lines, const Vocabulary& vocabulary) {
  std::string text;
  for (const Line& line : lines)
    append_joined(text, line.text, vocabulary);
  return text;
}

}  // namespace idm
