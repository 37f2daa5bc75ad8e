#include "workshops.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

namespace idm {
namespace {

void take_if_longer(std::string& into, const std::string& from) {
  if (from.size() > into.size()) into = from;
}

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The contract slug of |slug|: without the day a former collision added ("2030-09-09-geneva"
// -> "2030-09-geneva"), so that a record kept from an earlier run is grouped again.
std::string base_slug(const std::string& slug) {
  const bool dated = slug.size() >= 10 && digits(std::string_view(slug).substr(0, 4)) &&
                     slug[4] == '-' && digits(std::string_view(slug).substr(5, 2)) &&
                     slug[7] == '-' && digits(std::string_view(slug).substr(8, 2)) &&
                     (slug.size() == 10 || slug[10] == '-');
  return dated ? slug.substr(0, 7) + slug.substr(10) : slug;
}

// A full YYYY-MM-DD date of |base|'s month, or empty.
std::string day_of(const Event& e, const std::string& base) {
  const std::string& d = e.start_date;
  if (d.size() != 10 || base.size() < 7 || d.compare(0, 7, base, 0, 7) != 0) return {};
  return d;
}

std::string with_day(const std::string& base, const std::string& date) {
  return base.substr(0, 7) + date.substr(7, 3) + base.substr(7);
}

}  // namespace

std::vector<size_t> distinguish_workshop_slugs(std::vector<DocumentRecord>& records) {
  // The printed date ranges of each contract slug. Ranges that overlap are one workshop (an
  // agenda's 14-15 April and a scan's 15 April); only disjoint ones are different workshops.
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> ranges;
  for (const DocumentRecord& r : records) {
    for (const Event& e : r.events) {
      const std::string base = base_slug(e.slug);
      const std::string day = day_of(e, base);
      if (day.empty()) continue;
      const std::string end = e.end_date.size() == 10 && e.end_date > day ? e.end_date : day;
      ranges[base].emplace_back(day, end);
    }
  }
  // Each workshop of a slug: its first day, its last day, the themes of its events.
  struct Cluster {
    std::string first, last;
    std::set<std::string> themes;
  };
  std::map<std::string, std::vector<Cluster>> days;
  for (auto& [base, list] : ranges) {
    std::sort(list.begin(), list.end());
    std::vector<Cluster>& clusters = days[base];
    for (const auto& [from, to] : list) {
      if (!clusters.empty() && from <= clusters.back().last) {
        clusters.back().last = std::max(clusters.back().last, to);
      } else {
        clusters.push_back({from, to, {}});
      }
    }
  }
  const auto cluster_of = [&](const std::string& base, const std::string& day) -> Cluster* {
    for (Cluster& c : days[base]) {
      if (day >= c.first && day <= c.last) return &c;
    }
    return nullptr;
  };
  for (const DocumentRecord& r : records) {
    for (const Event& e : r.events) {
      const std::string base = base_slug(e.slug);
      const std::string day = day_of(e, base);
      if (day.empty()) continue;
      if (Cluster* c = cluster_of(base, day)) c->themes.insert(e.theme);
    }
  }
  std::vector<size_t> changed;
  for (size_t i = 0; i < records.size(); ++i) {
    DocumentRecord& r = records[i];
    std::vector<std::string> before;
    for (const Event& e : r.events)
      before.push_back(e.slug);
    std::vector<std::string> after;
    for (const Event& e : r.events) {
      const std::string base = base_slug(e.slug);
      const auto it = days.find(base);
      std::string slug = base;
      if (it != days.end() && it->second.size() >= 2) {
        std::string day;
        const std::string own = day_of(e, base);
        if (const Cluster* c = own.empty() ? nullptr : cluster_of(base, own)) day = c->first;
        if (own.empty() && !e.theme.empty()) {
          std::vector<std::string> of_theme;
          for (const Cluster& c : it->second) {
            if (c.themes.count(e.theme)) of_theme.push_back(c.first);
          }
          if (of_theme.size() == 1) day = of_theme.front();
        }
        if (!day.empty()) slug = with_day(base, day);
      }
      after.push_back(slug);
    }
    if (after == before) continue;
    for (Session& s : r.sessions) {
      // The event a session names, by its slug; between two events of one slug, by its date.
      std::vector<size_t> named;
      for (size_t k = 0; k < r.events.size(); ++k) {
        if (before[k] == s.event) named.push_back(k);
      }
      if (named.size() > 1 && !s.date.empty()) {
        std::erase_if(named, [&](size_t k) {
          const Event& e = r.events[k];
          const std::string& end = e.end_date.empty() ? e.start_date : e.end_date;
          return s.date < e.start_date || s.date > end;
        });
      }
      if (named.size() == 1) s.event = after[named.front()];
    }
    for (size_t k = 0; k < r.events.size(); ++k)
      r.events[k].slug = after[k];
    changed.push_back(i);
  }
  return changed;
}

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
