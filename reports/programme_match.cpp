#include "reports/programme_match.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "reports/workshop_speakers.hpp"

namespace idm {

namespace {

// Titles and names longer than this are compared on their first bytes only (the edit distance
// is quadratic; a session title is a line).
constexpr std::size_t kCompareMax = 200;
// Share of words two titles must have in common (in order) to be one session's.
constexpr double kTitleShare = 0.75;
// The same, when the two documents give the session different end times.
constexpr double kTitleShareOtherEnd = 0.9;
// Two words one OCR misreading apart ("atlas" / "Patlas"): similarity, and the shortest word
// allowed to differ at all (short words and numbers label parallel panels: "A" / "B", "1" / "2").
constexpr double kWordSimilarity = 0.75;
constexpr std::size_t kFuzzyWordMin = 4;
// A misread honorific left in a name: at most this many words of at most this many letters.
constexpr std::size_t kHonorificWordsMax = 3;
constexpr std::size_t kHonorificWordMax = 3;

std::size_t edit_distance(std::string_view a, std::string_view b) {
  a = a.substr(0, kCompareMax);
  b = b.substr(0, kCompareMax);
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

std::vector<std::string_view> words_of(std::string_view folded) {
  std::vector<std::string_view> out;
  std::size_t begin = 0;
  while (begin < folded.size()) {
    std::size_t end = folded.find(' ', begin);
    if (end == std::string_view::npos) end = folded.size();
    if (end > begin) out.push_back(folded.substr(begin, end - begin));
    begin = end + 1;
  }
  return out;
}

bool has_digit(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool same_word(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (has_digit(a) || has_digit(b)) return false;
  if (std::min(a.size(), b.size()) < kFuzzyWordMin) return false;
  return text_similarity(a, b) >= kWordSimilarity;
}

// Words of |a| and |b| matched in order (longest common subsequence, words compared with
// same_word()).
std::size_t common_words(const std::vector<std::string_view>& a,
                         const std::vector<std::string_view>& b) {
  std::vector<std::size_t> row(b.size() + 1, 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = 0;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = same_word(a[i - 1], b[j - 1]) ? diagonal + 1 : std::max(row[j], row[j - 1]);
      diagonal = up;
    }
  }
  return row[b.size()];
}

// How much two titles share: 1 when one holds every word of the other in order (a title cut
// short, a subtitle added, a "Session 2:" label left out), else the share of words in common.
double title_share(std::string_view a, std::string_view b) {
  const std::string fa = fold_key(a);
  const std::string fb = fold_key(b);
  if (fa == fb) return 1;
  const std::vector<std::string_view> wa = words_of(fa);
  const std::vector<std::string_view> wb = words_of(fb);
  if (wa.empty() || wb.empty()) return 0;
  const std::size_t common = common_words(wa, wb);
  if (common == std::min(wa.size(), wb.size())) return 1;
  return 2.0 * static_cast<double>(common) / static_cast<double>(wa.size() + wb.size());
}

// |name| folded, without |honorific| when the name starts with it.
std::string bare_name(std::string_view name, std::string_view honorific) {
  std::string folded = fold_key(name);
  const std::string h = fold_key(honorific);
  if (!h.empty() && folded.size() > h.size() && folded.compare(0, h.size(), h) == 0 &&
      folded[h.size()] == ' ')
    folded.erase(0, h.size() + 1);
  return folded;
}

}  // namespace

double text_similarity(std::string_view a, std::string_view b) {
  const std::size_t longer =
      std::max(std::min(a.size(), kCompareMax), std::min(b.size(), kCompareMax));
  if (longer == 0) return 1;
  return 1.0 - static_cast<double>(edit_distance(a, b)) / static_cast<double>(longer);
}

bool same_session_title(std::string_view a, std::string_view b) {
  return title_share(a, b) >= kTitleShare;
}

bool same_session(const Session& a, const Session& b) {
  if (a.day > 0 && b.day > 0 && a.day != b.day) return false;
  if (!a.date.empty() && !b.date.empty() && a.date != b.date) return false;
  if (a.start.empty() || b.start.empty()) {
    return a.start.empty() && b.start.empty() && fold_key(a.title) == fold_key(b.title);
  }
  if (a.start != b.start) return false;
  const bool ends_differ = !a.end.empty() && !b.end.empty() && a.end != b.end;
  return title_share(a.title, b.title) >= (ends_differ ? kTitleShareOtherEnd : kTitleShare);
}

bool same_person_name(std::string_view a, std::string_view b, std::string_view honorific_a,
                      std::string_view honorific_b, bool misread) {
  const std::string fa = bare_name(bare_name(a, honorific_a), honorific_b);
  const std::string fb = bare_name(bare_name(b, honorific_b), honorific_a);
  if (fa.empty() || fb.empty()) return false;
  if (fa == fb) return true;
  if (!misread) return false;
  // A misread honorific left in the name ("HLE. Ms Ana Ruiz"): short words before the other.
  const std::string& longer_name = fa.size() > fb.size() ? fa : fb;
  const std::string& shorter_name = fa.size() > fb.size() ? fb : fa;
  if (shorter_name.find(' ') != std::string::npos && longer_name.size() > shorter_name.size() + 1 &&
      longer_name.compare(longer_name.size() - shorter_name.size(), std::string::npos,
                          shorter_name) == 0 &&
      longer_name[longer_name.size() - shorter_name.size() - 1] == ' ') {
    const std::vector<std::string_view> lead = words_of(
        std::string_view(longer_name).substr(0, longer_name.size() - shorter_name.size() - 1));
    if (lead.size() <= kHonorificWordsMax &&
        std::all_of(lead.begin(), lead.end(),
                    [](std::string_view w) { return w.size() <= kHonorificWordMax; }))
      return true;
  }
  // OCR: a letter misread in a name of 8 letters or more, two in one of 16 or more.
  const std::size_t longer = std::max(fa.size(), fb.size());
  const std::size_t allowed = longer >= 16 ? 2 : longer >= 8 ? 1 : 0;
  return edit_distance(fa, fb) <= allowed;
}

}  // namespace idm
