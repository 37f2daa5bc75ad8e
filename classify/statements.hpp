#pragma once
// Statements of named people in summaries of conclusions and reports: every paragraph or list
// item in which a named person is reported as saying something ("X, Permanent Representative
// of ..., stressed that", "Selon X, ...", "Como señaló X, ...", "Mme Fore a mentionné ...",
// "[M. Somers, Belgique]" after a reporting verb). One Statement per (block, person).

#include <vector>

#include "classify/language_table.hpp"
#include "model/document_record.hpp"

namespace idm {

/// The statements of |record| (blocks of kind paragraph / list_item), in block order. Speaker
/// names are given in the fullest form found in the record (its speakers list, then the names
/// printed in its blocks); reporting verbs and attribution leads come from |language|.
std::vector<Statement> find_statements(const DocumentRecord& record, const LanguageTable& language);

}  // namespace idm
