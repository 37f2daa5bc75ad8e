#pragma once
// --cache DIR: per-document results kept between runs, keyed by the file's content hash, the
// program (version and sources) and every option that changes results. An unchanged archive is
// re-run from the cache; a changed file gets a new key and is read again.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/document_record.hpp"
#include "pipeline/config.hpp"

namespace idm {

/// What reading one document gave: its record and the reader's warnings, or why it failed.
/// Failures are cached only when they follow from the bytes and the options alone
/// (cacheable_failure()): a file that is not a PDF, damaged, encrypted without the right
/// password, with no text even after OCR (the key holds the OCR engine's version and
/// languages), or stopped at its CPU-time limit (reused only under the same --timeout).
/// "no text" because OCR was missing or failed, wall-clock timeouts, crashes and internal
/// errors are not.
struct CachedResult {
  DocumentRecord record;  // when ok; record.id and record.source.path are the caller's to set
  std::vector<std::string> warnings;
  std::string error_kind;  // empty when ok, else to_string(ExtractErrorKind)
  std::string error;       // ExtractError::detail()

  bool ok() const { return error_kind.empty(); }
};

/// True for the ExtractError kinds (by name) worth caching: "not_pdf", "damaged", "encrypted",
/// "no_text" unless |error| says OCR was not available or failed (the next run may have it),
/// and "timeout" when |error| says the CPU-time limit (--timeout) stopped it.
bool cacheable_failure(std::string_view error_kind, std::string_view error = {});

/// Every option of |config| that changes a document's result (OCR mode, languages and
/// resolution; the password, hashed), plus what the program was built from (a hash of the
/// sources of extractors/, classify/, model/ and pipeline/ and the compiler, computed at build
/// time) and the Poppler version it runs with: code that changed never reuses old results,
/// while the same commit built again (CI) does.
std::string config_fingerprint(const PipelineConfig& config);

/// The record as a cache hit returns it: through its JSON form, so numbers are rounded as in
/// documents/*.json. Use it on freshly read records too, so that a run's outputs are the same
/// byte for byte whether its records came from the cache or not.
DocumentRecord as_stored(const DocumentRecord& record);

class ResultCache {
 public:
  /// |dir| empty: the cache is off (load() misses, store() does nothing). The folder is
  /// created on the first store(). |config_fingerprint| is hashed into every key with kVersion.
  ResultCache(std::string dir, std::string config_fingerprint);

  bool enabled() const { return !dir_.empty(); }

  /// Key of a file whose bytes have the SHA-256 |file_bytes_sha256| (hex).
  std::string key_for(std::string_view file_bytes_sha256) const;

  /// The result stored under |key|, if any. A corrupt or unreadable entry is a miss and is
  /// removed.
  std::optional<CachedResult> load(const std::string& key) const;

  /// Stores |result| under |key| (temporary file + rename: readers never see half an entry,
  /// concurrent runs may share the folder). Failures other than cacheable_failure() ones are
  /// not stored. Errors writing the cache are swallowed: the cache is an optimisation.
  /// Returns whether the entry was written.
  bool store(const std::string& key, const CachedResult& result) const;

  /// Where the entry of |key| lives: DIR/<first two hex digits>/<key>.json.
  std::string path_for(const std::string& key) const;

 private:
  std::string dir_;
  std::string fingerprint_;
};

}  // namespace idm
