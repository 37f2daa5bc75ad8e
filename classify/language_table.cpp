#include "language_table.hpp"

#include "classify/languages/tables.hpp"

namespace idm {

const std::vector<const LanguageTable*>& language_tables() {
  static const std::vector<const LanguageTable*> kTables = {
      &languages::kEnglish, &languages::kFrench, &languages::kSpanish};
  return kTables;
}

const LanguageTable* find_language(std::string_view code) {
  for (const LanguageTable* table : language_tables()) {
    if (table->code == code) return table;
  }
  return nullptr;
}

}  // namespace idm
