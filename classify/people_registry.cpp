#include "people_registry.hpp"

#include <algorithm>
#include <map>

#include "classify/person_entry.hpp"
#include "extractors/unicode_text.hpp"

namespace idm {
namespace {

std::vector<std::string> words_of(const std::string& key) {
  std::vector<std::string> words;
  size_t pos = 0;
  while (pos < key.size()) {
    size_t end = key.find(' ', pos);
    if (end == std::string::npos) end = key.size();
    if (end > pos) words.push_back(key.substr(pos, end - pos));
    pos = end + 1;
  }
  return words;
}

// Given names agree when each of the shorter list matches one of the longer, in order, as a
// word or as its initial.
bool given_names_agree(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  const auto& shorter = a.size() <= b.size() ? a : b;
  const auto& longer = a.size() <= b.size() ? b : a;
  size_t j = 0;
  for (const std::string& word : shorter) {
    bool found = false;
    while (j < longer.size() && !found) {
      const std::string& other = longer[j++];
      found = word == other || (word.size() == 1 && other[0] == word[0]) ||
              (other.size() == 1 && word[0] == other[0]);
    }
    if (!found) return false;
  }
  return true;
}

struct Mention {
  std::string name;
  std::string honorific;
  Appearance appearance;
};

}  // namespace

std::string person_key(const std::string& name) {
  const size_t honorific = leading_honorifics(name);
  std::string folded = fold_for_matching(std::string_view(name).substr(honorific));
  std::string key;
  for (char c : folded) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c & 0x80);
    if (keep) {
      key += c;
    } else if (!key.empty() && key.back() != ' ') {
      key += ' ';
    }
  }
  while (!key.empty() && key.back() == ' ')
    key.pop_back();
  return key;
}

std::vector<Person> build_people_registry(const std::vector<DocumentRecord>& records) {
  std::vector<Mention> mentions;
  for (const DocumentRecord& r : records) {
    for (const Speaker& s : r.speakers) {
      std::string event;
      for (const Session& session : r.sessions) {
        if (session.id == s.session) event = session.event;
      }
      mentions.push_back(
          {s.name, s.honorific, {r.id, event, s.session, s.role, s.function, s.name, s.page}});
    }
    for (const Statement& s : r.statements) {
      const std::string event = r.events.size() == 1 ? r.events.front().slug : std::string();
      mentions.push_back(
          {s.speaker, "", {r.id, event, "", "statement", s.function, s.speaker, s.page}});
    }
  }
  // Fullest names first, so that short mentions find the person they abbreviate.
  std::stable_sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
    return words_of(person_key(a.name)).size() > words_of(person_key(b.name)).size();
  });
  std::vector<Person> people;
  std::vector<std::vector<std::string>> keys;  // words of each person's fullest key
  for (Mention& m : mentions) {
    const std::vector<std::string> words = words_of(person_key(m.name));
    if (words.empty()) continue;
    std::vector<size_t> candidates;
    for (size_t p = 0; p < people.size(); ++p) {
      const auto& other = keys[p];
      if (other.back() != words.back()) continue;
      const std::vector<std::string> given(words.begin(), words.end() - 1);
      const std::vector<std::string> other_given(other.begin(), other.end() - 1);
      if (given.empty() || given_names_agree(given, other_given)) candidates.push_back(p);
    }
    // A surname alone is ambiguous when two persons carry it.
    const bool surname_only = words.size() == 1;
    if (candidates.size() == 1 || (!candidates.empty() && !surname_only)) {
      Person& person = people[candidates.front()];
      if (std::find(person.spellings.begin(), person.spellings.end(), m.name) ==
          person.spellings.end()) {
        person.spellings.push_back(m.name);
      }
      if (person.honorific.empty()) person.honorific = m.honorific;
      person.appearances.push_back(std::move(m.appearance));
      continue;
    }
    Person person;
    std::string id;
    for (const std::string& w : words)
      id += (id.empty() ? "" : "-") + w;
    person.id = "p-" + id;
    person.name = m.name;
    person.honorific = m.honorific;
    person.spellings.push_back(m.name);
    person.appearances.push_back(std::move(m.appearance));
    people.push_back(std::move(person));
    keys.push_back(words);
  }
  // Stable order: by id; appearances by document, page, session.
  for (Person& p : people) {
    std::stable_sort(p.appearances.begin(), p.appearances.end(),
                     [](const Appearance& a, const Appearance& b) {
                       return std::tie(a.document, a.page, a.session, a.role) <
                              std::tie(b.document, b.page, b.session, b.role);
                     });
  }
  std::sort(people.begin(), people.end(),
            [](const Person& a, const Person& b) { return a.id < b.id; });
  // Ids stay unique even if two different persons fold to the same key.
  for (size_t i = 1; i < people.size(); ++i) {
    if (people[i].id == people[i - 1].id) people[i].id += "-" + std::to_string(i);
  }
  return people;
}

}  // namespace idm
