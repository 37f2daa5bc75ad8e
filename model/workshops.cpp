#include "workshops.hpp"

#include <algorithm>
#include <map>

namespace idm {
namespace {

void take_if_longer(std::string& into, const std::string& from) {
  if (from.size() > into.size()) into = from;
}

}  // namespace

std::vector<Workshop> group_workshops(const std::vector<DocumentRecord>& records) {
  std::map<std::string, Workshop> by_slug;
  for (size_t i = 0; i < records.size(); ++i) {
    for (const Event& e : records[i].events) {
      if (e.slug.empty()) continue;
      Workshop& w = by_slug[e.slug];
      if (w.event.slug.empty()) w.event.slug = e.slug;
      take_if_longer(w.event.title, e.title);
      take_if_longer(w.event.theme, e.theme);
      take_if_longer(w.event.start_date, e.start_date);
      take_if_longer(w.event.end_date, e.end_date);
      take_if_longer(w.event.city, e.city);
      take_if_longer(w.event.venue, e.venue);
      if (w.event.year == 0) w.event.year = e.year;
      if (w.documents.empty() || w.documents.back() != i) w.documents.push_back(i);
    }
  }
  std::vector<Workshop> out;
  for (auto& [slug, w] : by_slug)
    out.push_back(std::move(w));
  std::stable_sort(out.begin(), out.end(), [](const Workshop& a, const Workshop& b) {
    return std::tie(a.event.start_date, a.event.slug) < std::tie(b.event.start_date, b.event.slug);
  });
  return out;
}

std::vector<const Session*> sessions_of(const DocumentRecord& record, const std::string& slug) {
  std::vector<const Session*> out;
  for (const Session& s : record.sessions) {
    const bool unnamed_single =
        s.event.empty() && record.events.size() == 1 && record.events.front().slug == slug;
    if (s.event == slug || unnamed_single) out.push_back(&s);
  }
  return out;
}

}  // namespace idm
