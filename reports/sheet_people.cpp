// The People sheet: one row per person of the run, with appearance counts and a link to the
// page of the first appearance.

#include <cstdint>
#include <set>
#include <string>
#include <unordered_map>

#include "reports/sheets.hpp"

namespace idm {

namespace {

enum Col : lxw_col_t {
  kPerson,
  kName,
  kHonorific,
  kSpellings,
  kAppearances,
  kProgramme,
  kStatements,
  kWorkshops,
  kDocuments,
  kRoles,
  kFunction,
  kFirstDocument,
  kPage,
};

constexpr ColumnSpec kColumns[] = {
    {"Person", ColumnKind::kText},         {"Name", ColumnKind::kText},
    {"Honorific", ColumnKind::kText},      {"Spellings", ColumnKind::kText},
    {"Appearances", ColumnKind::kInteger}, {"In programmes", ColumnKind::kInteger},
    {"Statements", ColumnKind::kInteger},  {"Workshops", ColumnKind::kText},
    {"Documents", ColumnKind::kInteger},   {"Roles", ColumnKind::kText},
    {"Function", ColumnKind::kText},       {"First document", ColumnKind::kText},
    {"Page", ColumnKind::kInteger},
};

std::string join(const std::set<std::string>& values, const char* separator) {
  std::string out;
  for (const std::string& value : values) {
    if (value.empty()) continue;
    if (!out.empty()) out += separator;
    out += value;
  }
  return out;
}

}  // namespace

void write_people_sheet(WorkbookContext& context, const std::vector<Person>& people,
                        const std::vector<DocumentRecord>& documents) {
  std::unordered_map<std::string, std::string> pdf_of;
  for (const DocumentRecord& record : documents)
    pdf_of.emplace(record.id, context.pdf_url(record.source.path));

  TableSheet sheet(context, "People", kColumns);
  for (const Person& person : people) {
    std::int64_t statements = 0;
    std::set<std::string> workshops, documents_seen, roles;
    std::string function;
    for (const Appearance& appearance : person.appearances) {
      if (appearance.role == "statement") ++statements;
      workshops.insert(appearance.event);
      documents_seen.insert(appearance.document);
      roles.insert(appearance.role);
      if (function.empty()) function = appearance.function;
    }
    std::string spellings;
    for (const std::string& spelling : person.spellings) {
      spellings += (spellings.empty() ? "" : "; ") + spelling;
    }
    const Appearance* first = person.appearances.empty() ? nullptr : &person.appearances.front();

    sheet.next_row(first ? first->document : "", first ? first->page : 0);
    sheet.text(kPerson, person.id);
    sheet.text(kName, person.name);
    sheet.text(kHonorific, person.honorific);
    sheet.text(kSpellings, spellings);
    const auto appearances = static_cast<std::int64_t>(person.appearances.size());
    sheet.integer(kAppearances, appearances);
    sheet.integer(kProgramme, appearances - statements);
    sheet.integer(kStatements, statements);
    sheet.text(kWorkshops, join(workshops, ", "));
    documents_seen.erase("");
    sheet.integer(kDocuments, static_cast<std::int64_t>(documents_seen.size()));
    sheet.text(kRoles, join(roles, ", "));
    sheet.text(kFunction, function);
    if (first) {
      sheet.text(kFirstDocument, first->document);
      if (first->page > 0) {
        const auto pdf = pdf_of.find(first->document);
        sheet.linked_integer(
            kPage, first->page,
            pdf == pdf_of.end() ? std::string() : page_link(pdf->second, first->page));
      }
    }
  }
  sheet.finish();
}

}  // namespace idm
