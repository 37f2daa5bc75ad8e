#include "pipeline/cache.hpp"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "extractors/pdf_reader.hpp"
#include "model/record_json.hpp"
#include "pipeline/sha256.hpp"
#include "pipeline/version.hpp"
#include "reports/atomic_file.hpp"
#include "source_id.hpp"  // generated: IDM_SOURCE_ID (pipeline/CMakeLists.txt)

namespace idm {
namespace fs = std::filesystem;
namespace {

constexpr const char* kCacheSchema = "idmreport/cache/1";

const char* ocr_mode_name(OcrMode mode) {
  switch (mode) {
    case OcrMode::automatic:
      return "auto";
    case OcrMode::always:
      return "always";
    case OcrMode::never:
      return "never";
  }
  return "?";
}

bool read_file(const fs::path& path, std::string& bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  bytes = std::move(buffer).str();
  return !in.bad();
}

}  // namespace

bool cacheable_failure(std::string_view error_kind, std::string_view error) {
  if (error_kind == "no_text") {
    return error.find("OCR is not available") == std::string_view::npos &&
           error.find("OCR failed") == std::string_view::npos;
  }
  // A document that used up its CPU time (--timeout) will use it up again: the same bytes,
  // program and options take the same work. A wall-clock timeout depends on the machine's
  // load and is not kept. The message names the limit (run.cpp reuses it only for the same).
  if (error_kind == "timeout")
    return error.find("of CPU time (--timeout)") != std::string_view::npos;
  return error_kind == "not_pdf" || error_kind == "damaged" || error_kind == "encrypted";
}

std::string config_fingerprint(const PipelineConfig& config) {
  std::string fingerprint = "ocr=";
  fingerprint += ocr_mode_name(config.ocr.mode);
  fingerprint += "\nocr_languages=" + config.ocr.languages;
  fingerprint += "\nocr_dpi=" + std::to_string(config.ocr.dpi);
  // "no text" results are cached: another Tesseract may read what this one could not.
  fingerprint += "\nocr_engine=" + ocr_engine_version();
  fingerprint +=
      "\npassword=" + (config.password.empty() ? std::string("none") : sha256_hex(config.password));
  // Results of other code are never reused: the sources and compiler this program was built
  // from, and the Poppler it runs with.
  fingerprint += "\nsources=" IDM_SOURCE_ID;
  fingerprint += "\npoppler=" + pdf_library_version();
  return fingerprint;
}

DocumentRecord as_stored(const DocumentRecord& record) {
  return record_from_json(nlohmann::json::parse(to_json(record).dump()));
}

ResultCache::ResultCache(std::string dir, std::string config_fingerprint)
    : dir_(std::move(dir)), fingerprint_(std::move(config_fingerprint)) {}

std::string ResultCache::key_for(std::string_view file_bytes_sha256) const {
  std::string material = kCacheSchema;
  material += '\n';
  material += kVersion;
  material += '\n';
  material += fingerprint_;
  material += '\n';
  material += file_bytes_sha256;
  return sha256_hex(material);
}

std::string ResultCache::path_for(const std::string& key) const {
  return (fs::path(dir_) / key.substr(0, 2) / (key + ".json")).string();
}

std::optional<CachedResult> ResultCache::load(const std::string& key) const {
  if (!enabled() || key.size() < 2) return std::nullopt;
  const fs::path path = path_for(key);
  std::error_code ec;
  if (!fs::exists(path, ec)) return std::nullopt;
  try {
    std::string bytes;
    if (!read_file(path, bytes)) throw std::runtime_error("unreadable");
    const nlohmann::json j = nlohmann::json::parse(bytes);
    if (!j.is_object() || j.value("cache", "") != kCacheSchema || j.value("key", "") != key ||
        !j.contains("warnings") || !j.at("warnings").is_array()) {
      throw std::runtime_error("not a cache entry");
    }
    CachedResult result;
    result.error_kind = j.value("error_kind", "");
    result.error = j.value("error", "");
    for (const auto& warning : j.at("warnings"))
      result.warnings.push_back(warning.get<std::string>());
    if (result.ok()) {
      const auto record = j.find("record");
      if (record == j.end() || !record->is_object() || !record->contains("blocks")) {
        throw std::runtime_error("no record");
      }
      result.record = record_from_json(*record);
    } else if (!cacheable_failure(result.error_kind, result.error)) {
      throw std::runtime_error("unknown failure kind");
    }
    return result;
  } catch (const std::exception&) {
    fs::remove(path, ec);  // corrupt: a miss, and gone so that the next store() replaces it
    return std::nullopt;
  }
}

bool ResultCache::store(const std::string& key, const CachedResult& result) const {
  if (!enabled() || key.size() < 2) return false;
  if (!result.ok() && !cacheable_failure(result.error_kind, result.error)) return false;
  nlohmann::ordered_json j;
  j["cache"] = kCacheSchema;
  j["key"] = key;
  j["version"] = kVersion;
  if (result.ok()) {
    j["record"] = to_json(result.record);
  } else {
    j["error_kind"] = result.error_kind;
    j["error"] = result.error;
  }
  j["warnings"] = result.warnings;
  try {
    const fs::path path = path_for(key);
    fs::create_directories(path.parent_path());
    write_file_atomically(path, j.dump() + "\n");
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace idm
