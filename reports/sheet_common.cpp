// Helpers shared by the sheet writers.

#include <string>

#include "reports/sheets.hpp"

namespace idm {

const Session* find_session(const DocumentRecord& record, const std::string& id) {
  if (id.empty()) return nullptr;
  for (const Session& session : record.sessions) {
    if (session.id == id) return &session;
  }
  return nullptr;
}

std::string workshop_of(const DocumentRecord& record, const Session* session) {
  if (session && !session->event.empty()) return session->event;
  return record.events.size() == 1 ? record.events.front().slug : std::string();
}

std::string page_link(const std::string& pdf, int page) {
  if (pdf.empty() || page <= 0) return {};
  return pdf + "#page=" + std::to_string(page);
}

}  // namespace idm
