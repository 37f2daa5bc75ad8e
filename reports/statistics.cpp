#include "reports/statistics.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <map>
#include <set>
#include <span>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "reports/regions.hpp"

namespace idm {

namespace {

// The cue words of every language's table, folded once and padded with blanks (" key "),
// in table order: a report asks for every person's gender and kind of organisation, and
// folding the same cue words again for each person cost more than writing the workbook.
struct FoldedLabels {
  std::vector<std::string> women_honorifics;
  std::vector<std::string> men_honorifics;
  std::vector<std::pair<OrgKind, std::vector<std::string>>> org_cues;  // precedence order
};

std::vector<std::string> folded_words(std::span<const std::string_view> words) {
  std::vector<std::string> out;
  for (const std::string_view word : words) {
    const std::string key = fold_key(word);
    if (!key.empty()) out.push_back(" " + key + " ");
  }
  return out;
}

const std::vector<FoldedLabels>& folded_labels() {
  static const std::vector<FoldedLabels> folded = [] {
    std::vector<FoldedLabels> all;
    for (const ReportLabels* labels : all_report_labels()) {
      FoldedLabels f;
      f.women_honorifics = folded_words(labels->women_honorifics);
      f.men_honorifics = folded_words(labels->men_honorifics);
      for (const OrgCue& cue : labels->org_cues)
        f.org_cues.emplace_back(cue.kind, folded_words(cue.words));
      all.push_back(std::move(f));
    }
    return all;
  }();
  return folded;
}

// A text folded and padded with blanks (" text "), with the two letters that start each of
// its words hashed into a 1024-bit set. A cue " key " can only be in the text if the pair
// key[1], key[2] starts one of its words (single-letter cues pair with the blank after them),
// so one bit test rules out nearly every cue before a search: every cue of every language was
// searched for each person of every report, which made org_kind_of() cost more than writing
// the cells of speakers.xlsx. The test has false positives, never false negatives.
class PaddedText {
 public:
  explicit PaddedText(std::string_view text) : padded_(" " + fold_key(text) + " ") {
    for (std::size_t at = 0; at + 2 < padded_.size(); ++at) {
      if (padded_[at] == ' ') set(slot(padded_[at + 1], padded_[at + 2]));
    }
  }

  // The slot of a cue " key " in the set; false when |padded_key| is not padded that way.
  static bool slot_of(std::string_view padded_key, unsigned& out) {
    if (padded_key.size() < 3 || padded_key[0] != ' ') return false;
    out = slot(padded_key[1], padded_key[2]);
    return true;
  }

  // Calls |f| with each slot the text's words start, once each, in increasing order.
  template <typename F>
  void for_each_slot(F&& f) const {
    for (unsigned word = 0; word < bits_.size(); ++word) {
      for (std::uint64_t bits = bits_[word]; bits != 0; bits &= bits - 1)
        f(word * 64 + static_cast<unsigned>(std::countr_zero(bits)));
    }
  }

  // Whether the text holds |padded_key| (" key ", as folded_words() makes them).
  bool holds(std::string_view padded_key) const {
    if (padded_key.size() >= 3 && padded_key[0] == ' ' &&
        !test(slot(padded_key[1], padded_key[2]))) {
      return false;
    }
    return has_padded(padded_key);
  }

 private:
  static unsigned slot(char first, char second) {
    return (static_cast<unsigned char>(first) * 31u + static_cast<unsigned char>(second)) & 1023u;
  }
  void set(unsigned bit) { bits_[bit >> 6] |= std::uint64_t{1} << (bit & 63u); }
  bool test(unsigned bit) const { return (bits_[bit >> 6] >> (bit & 63u)) & 1u; }

  // The same as find(key), but searched from the key's first letter: a search led by the
  // blank stopped at every blank of the text.
  bool has_padded(std::string_view padded_key) const {
    const std::string_view text = padded_;
    const std::string_view body = padded_key.substr(1);
    for (std::size_t at = text.find(body, 1); at != std::string_view::npos;
         at = text.find(body, at + 1)) {
      if (text[at - 1] == padded_key[0]) return true;
    }
    return false;
  }

  std::string padded_;
  std::array<std::uint64_t, 16> bits_{};
};

bool has_any(const PaddedText& text, const std::vector<std::string>& padded_keys) {
  return std::any_of(padded_keys.begin(), padded_keys.end(),
                     [&](const std::string& key) { return text.holds(key); });
}

// Every organisation cue of every language under the slot of its first two letters, so that a
// text looks only at the cues that could start one of its words instead of testing all of them.
struct OrgCueIndex {
  struct Entry {
    std::size_t cue;       // precedence in its language's table
    std::size_t language;  // order of the tables
    OrgKind kind;
    const std::string* key;  // " key ", in folded_labels()
  };
  std::array<std::vector<Entry>, 1024> by_slot;
  std::vector<Entry> unslotted;  // keys without a slot (none today): tried for every text
};

const OrgCueIndex& org_cue_index() {
  static const OrgCueIndex index = [] {
    OrgCueIndex built;
    const std::vector<FoldedLabels>& all = folded_labels();
    for (std::size_t language = 0; language < all.size(); ++language) {
      const auto& cues = all[language].org_cues;
      for (std::size_t cue = 0; cue < cues.size(); ++cue) {
        for (const std::string& key : cues[cue].second) {
          const OrgCueIndex::Entry entry{cue, language, cues[cue].first, &key};
          unsigned slot = 0;
          if (PaddedText::slot_of(key, slot)) {
            built.by_slot[slot].push_back(entry);
          } else {
            built.unslotted.push_back(entry);
          }
        }
      }
    }
    return built;
  }();
  return index;
}

std::string upper_ascii(std::string_view code) {
  std::string out(code);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::string person_key(const SpeakerRow& row) {
  return row.person.empty() ? "name:" + fold_key(row.name) : row.person;
}

}  // namespace

std::string_view gender_label(Gender gender, const ReportLabels& labels) {
  switch (gender) {
    case Gender::kWoman:
      return labels.women;
    case Gender::kMan:
      return labels.men;
    case Gender::kUnknown:
      break;
  }
  return labels.unknown;
}

Gender gender_of(std::string_view honorific) {
  const PaddedText padded(honorific);
  bool woman = false;
  bool man = false;
  for (const FoldedLabels& labels : folded_labels()) {
    woman = woman || has_any(padded, labels.women_honorifics);
    man = man || has_any(padded, labels.men_honorifics);
  }
  if (woman == man) return Gender::kUnknown;  // none, or contradictory
  return woman ? Gender::kWoman : Gender::kMan;
}

OrgKind org_kind_of(std::string_view organization, std::string_view function) {
  const OrgCueIndex& index = org_cue_index();
  for (const std::string_view text : {organization, function}) {
    if (text.empty()) continue;
    const PaddedText padded(text);
    // Cue tables are ordered by precedence (diaspora before civil society, UN before the
    // rest); the first kind any language's table finds wins: the found cue with the least
    // (precedence, language).
    std::pair<std::size_t, std::size_t> best{SIZE_MAX, SIZE_MAX};
    OrgKind kind = OrgKind::kUnknown;
    const auto consider = [&](const OrgCueIndex::Entry& entry) {
      const std::pair<std::size_t, std::size_t> rank{entry.cue, entry.language};
      if (rank < best && padded.holds(*entry.key)) {
        best = rank;
        kind = entry.kind;
      }
    };
    padded.for_each_slot([&](unsigned slot) {
      for (const OrgCueIndex::Entry& entry : index.by_slot[slot])
        consider(entry);
    });
    for (const OrgCueIndex::Entry& entry : index.unslotted)
      consider(entry);
    if (kind != OrgKind::kUnknown) return kind;
  }
  return OrgKind::kUnknown;
}

std::vector<PersonFacts> people_of(const std::vector<SpeakerRow>& rows) {
  std::vector<PersonFacts> people;
  std::unordered_map<std::string, std::size_t> index;
  for (const SpeakerRow& row : rows) {
    const std::string key = person_key(row);
    auto [it, added] = index.emplace(key, people.size());
    if (added) {
      PersonFacts p;
      p.key = key;
      p.person = row.person;
      p.name = display_name(row.honorific, row.name);
      p.document = row.document;
      p.source_path = row.source_path;
      p.page = row.page;
      people.push_back(std::move(p));
    }
    PersonFacts& p = people[it->second];
    const auto fill = [](std::string& field, const std::string& value) {
      if (field.empty()) field = one_line(value);
    };
    fill(p.honorific, row.honorific);
    fill(p.organization, row.organization);
    fill(p.function, row.function);
    fill(p.country, row.country);
    fill(p.country_code, upper_ascii(row.country_code));
    if (std::find(p.roles.begin(), p.roles.end(), row.role) == p.roles.end())
      p.roles.push_back(row.role);
    ++p.sessions;
  }
  for (PersonFacts& p : people) {
    p.gender = gender_of(p.honorific);
    p.region = region_of(p.country_code);
    p.org_kind = org_kind_of(p.organization, p.function);
    std::stable_sort(
        p.roles.begin(), p.roles.end(),
        [](const std::string& a, const std::string& b) { return role_rank(a) < role_rank(b); });
  }
  return people;
}

Statistics compute_statistics(const std::vector<SpeakerRow>& rows, std::int64_t sessions,
                              const ReportLabels& labels) {
  return compute_statistics(rows, people_of(rows), sessions, labels);
}

Statistics compute_statistics(const std::vector<SpeakerRow>& rows,
                              const std::vector<PersonFacts>& people, std::int64_t sessions,
                              const ReportLabels& labels) {
  Statistics s;
  s.sessions = sessions;
  s.slots = static_cast<std::int64_t>(rows.size());
  s.people = static_cast<std::int64_t>(people.size());

  // Slots by role: every known role (zero included), then the others alphabetically.
  std::map<std::string, std::int64_t> other_roles;
  std::vector<std::int64_t> role_counts(std::size(kProgrammeRoles), 0);
  for (const SpeakerRow& row : rows) {
    const auto rank = static_cast<std::size_t>(role_rank(row.role));
    if (rank < std::size(kProgrammeRoles)) {
      ++role_counts[rank];
    } else {
      ++other_roles[row.role];
    }
  }
  for (std::size_t i = 0; i < std::size(kProgrammeRoles); ++i)
    s.by_role.push_back(
        {std::string(kProgrammeRoles[i]), role_label(kProgrammeRoles[i], labels), role_counts[i]});
  for (const auto& [role, n] : other_roles)
    s.by_role.push_back({role, role.empty() ? std::string(labels.unknown) : role, n});

  std::int64_t genders[3] = {0, 0, 0};
  std::vector<std::int64_t> regions(kRegions, 0);
  std::vector<std::int64_t> kinds(kOrgKinds, 0);
  std::map<std::string, std::pair<std::int64_t, std::string>> countries;  // code -> n, name
  std::set<std::string> panel;
  for (const PersonFacts& p : people) {
    ++genders[static_cast<int>(p.gender)];
    ++regions[static_cast<std::size_t>(p.region)];
    ++kinds[static_cast<std::size_t>(p.org_kind)];
    auto& country = countries[p.country_code];
    ++country.first;
    if (country.second.empty()) country.second = p.country;
    const bool on_panel = std::any_of(p.roles.begin(), p.roles.end(), [](const std::string& r) {
      return r == "moderator" || r == "speaker";
    });
    if (on_panel) {
      ++s.panel_people;
      if (p.gender != Gender::kUnknown) ++s.panel_known;
      if (p.gender == Gender::kWoman) ++s.panel_women;
    }
  }
  for (const Gender g : {Gender::kWoman, Gender::kMan, Gender::kUnknown}) {
    s.by_gender.push_back({fmt::format("{}", static_cast<int>(g)),
                           std::string(gender_label(g, labels)), genders[static_cast<int>(g)]});
  }
  for (std::size_t i = 0; i < kRegions; ++i)
    s.by_region.push_back({fmt::format("{}", i), std::string(labels.regions[i]), regions[i]});
  for (std::size_t i = 0; i < kOrgKinds; ++i)
    s.by_org_kind.push_back({fmt::format("{}", i), std::string(labels.org_kinds[i]), kinds[i]});
  for (const auto& [code, entry] : countries) {
    std::string label =
        code.empty() ? std::string(labels.unknown) : (entry.second.empty() ? code : entry.second);
    s.by_country.push_back({code, std::move(label), entry.first});
  }
  std::stable_sort(s.by_country.begin(), s.by_country.end(), [](const Tally& a, const Tally& b) {
    if (a.key.empty() != b.key.empty()) return b.key.empty();  // unknown last
    if (a.count != b.count) return a.count > b.count;
    return a.label < b.label;
  });
  return s;
}

}  // namespace idm
