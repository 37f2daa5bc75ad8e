#include "people_json.hpp"

#include <nlohmann/json.hpp>

namespace idm {

std::string dump_people(const std::vector<Person>& people) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Person& p : people) {
    nlohmann::ordered_json pj;
    pj["id"] = p.id;
    pj["name"] = p.name;
    if (!p.honorific.empty()) pj["honorific"] = p.honorific;
    pj["spellings"] = p.spellings;
    auto appearances = nlohmann::ordered_json::array();
    for (const Appearance& a : p.appearances) {
      nlohmann::ordered_json aj;
      aj["document"] = a.document;
      if (!a.event.empty()) aj["event"] = a.event;
      if (!a.session.empty()) aj["session"] = a.session;
      aj["role"] = a.role;
      if (!a.function.empty()) aj["function"] = a.function;
      aj["name"] = a.name;
      if (a.page > 0) aj["page"] = a.page;
      appearances.push_back(std::move(aj));
    }
    pj["appearances"] = std::move(appearances);
    list.push_back(std::move(pj));
  }
  nlohmann::ordered_json j;
  j["schema"] = "idmreport/people/1";
  j["people"] = std::move(list);
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace idm
