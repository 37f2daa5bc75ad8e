#pragma once
// Document record <-> JSON, with a fixed key order so that runs diff byte for byte.

#include <nlohmann/json.hpp>
#include <string>

#include "document_record.hpp"

namespace idm {

nlohmann::ordered_json to_json(const DocumentRecord& record);
DocumentRecord record_from_json(const nlohmann::json& json);

/// The record as pretty-printed JSON text with a final newline.
std::string dump_record(const DocumentRecord& record);

}  // namespace idm
