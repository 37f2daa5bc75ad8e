#pragma once
// Document ids from file names: lower case ASCII letters, digits and '-', unique in a run.

#include <set>
#include <string>

namespace idm {

/// "IDM 2018 Genève-Agenda.pdf" -> "idm-2018-gen-ve-agenda" (accents fold first:
/// "geneve"). Never empty ("document" when nothing is left).
std::string document_id_from_path(const std::string& path);

/// |id|, or |id|-2, -3 ... the first one not in |taken|; adds it to |taken|.
std::string claim_unique_id(const std::string& id, std::set<std::string>& taken);

}  // namespace idm
