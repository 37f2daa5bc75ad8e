// ResultCache: keys from content, version and options; hits, misses, corrupt entries; failures.

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "model/record_json.hpp"
#include "pipeline/cache.hpp"
#include "pipeline/sha256.hpp"
#include "tests/support/temp_dir.hpp"

namespace fs = std::filesystem;
using namespace idm;

namespace {

// Temporary folders named after this test file.
struct TempDir : idm::test::TempDir {
  TempDir() : idm::test::TempDir("idm-cache-test") {}
};

DocumentRecord make_record() {
  DocumentRecord record;
  record.id = "idm-sample";
  record.source.path = "samples/a.pdf";
  record.source.sha256 = sha256_hex("pdf bytes");
  record.source.pages = 2;
  record.doc_type = "agenda";
  record.language = "fr";
  record.title = "Ordre du jour";
  Block block;
  block.id = "b1";
  block.page = 1;
  block.kind = "paragraph";
  block.text = "Bienvenue à Genève.\nDeuxième ligne";
  block.label = "other";
  block.confidence = 0.8451;
  block.bbox[0] = 72.04;
  block.bbox[2] = 500.06;
  record.blocks.push_back(block);
  Speaker speaker;
  speaker.name = "Ana Pérez";
  speaker.role = "moderator";
  record.speakers.push_back(speaker);
  return record;
}

}  // namespace

TEST_CASE("cache: a stored result comes back, a missing one is a miss") {
  TempDir dir;
  const ResultCache cache((dir.path / "cache").string(), "ocr=auto");
  const std::string key = cache.key_for(sha256_hex("pdf bytes"));
  CHECK(key.size() == 64);
  CHECK_FALSE(cache.load(key).has_value());

  CachedResult result;
  result.record = make_record();
  result.warnings = {"page 2: OCR found no text"};
  REQUIRE(cache.store(key, result));
  CHECK(fs::exists(cache.path_for(key)));
  CHECK(fs::path(cache.path_for(key)).parent_path().filename() == key.substr(0, 2));

  const auto loaded = cache.load(key);
  REQUIRE(loaded.has_value());
  CHECK(loaded->ok());
  CHECK(loaded->warnings == result.warnings);
  CHECK(dump_record(loaded->record) == dump_record(result.record));
  CHECK(dump_record(loaded->record) == dump_record(as_stored(result.record)));
  CHECK(loaded->record.blocks.at(0).confidence == doctest::Approx(0.85));
  // as_stored(): what a hit returns, numbers rounded like the JSON.
  CHECK(as_stored(result.record).blocks.at(0).confidence == loaded->record.blocks.at(0).confidence);

  // Another file's key misses; no temporary files are left behind.
  CHECK_FALSE(cache.load(cache.key_for(sha256_hex("other bytes"))).has_value());
  for (const auto& entry : fs::recursive_directory_iterator(dir.path / "cache")) {
    if (entry.is_regular_file()) CHECK(entry.path().extension() == ".json");
  }
}

TEST_CASE("cache: keys change with the content, the configuration and nothing else") {
  const ResultCache a("", "ocr=auto\npassword=none");
  const ResultCache b("", "ocr=never\npassword=none");
  const std::string file = sha256_hex("pdf bytes");
  CHECK(a.key_for(file) == a.key_for(file));
  CHECK(a.key_for(file) == ResultCache("/elsewhere", "ocr=auto\npassword=none").key_for(file));
  CHECK(a.key_for(file) != a.key_for(sha256_hex("pdf bytes, edited")));
  CHECK(a.key_for(file) != b.key_for(file));

  PipelineConfig config;
  const std::string base = config_fingerprint(config);
  CHECK(base == config_fingerprint(config));
  PipelineConfig other = config;
  other.ocr.mode = OcrMode::never;
  CHECK(config_fingerprint(other) != base);
  other = config;
  other.ocr.languages = "eng";
  CHECK(config_fingerprint(other) != base);
  CHECK(base.find("\nocr_engine=" + ocr_engine_version()) != std::string::npos);
  other = config;
  other.password = "secret";
  CHECK(config_fingerprint(other) != base);
  CHECK(config_fingerprint(other).find("secret") == std::string::npos);
  other = config;
  other.out_dir = "elsewhere";  // does not change results
  other.quiet = true;
  CHECK(config_fingerprint(other) == base);
}

TEST_CASE("cache: a corrupt entry is a miss and is removed") {
  TempDir dir;
  const ResultCache cache(dir.path.string(), "x");
  const std::string key = cache.key_for(sha256_hex("pdf"));
  CachedResult result;
  result.record = make_record();
  REQUIRE(cache.store(key, result));

  SUBCASE("truncated") {
    const std::string path = cache.path_for(key);
    const auto size = fs::file_size(path);
    fs::resize_file(path, size / 2);
  }
  SUBCASE("not JSON") {
    std::ofstream(cache.path_for(key), std::ios::trunc) << "\x01garbage";
  }
  SUBCASE("another key's entry") {
    std::ofstream(cache.path_for(key), std::ios::trunc)
        << R"({"cache":"idmreport/cache/1","key":"0000","record":{"blocks":[]},"warnings":[]})";
  }
  SUBCASE("empty") {
    std::ofstream(cache.path_for(key), std::ios::trunc);
  }

  CHECK_FALSE(cache.load(key).has_value());
  CHECK_FALSE(fs::exists(cache.path_for(key)));
  // And it can be stored again.
  CHECK(cache.store(key, result));
  CHECK(cache.load(key).has_value());
}

TEST_CASE("cache: failures that follow from the bytes are kept, others are not") {
  TempDir dir;
  const ResultCache cache(dir.path.string(), "x");
  CachedResult not_pdf;
  not_pdf.error_kind = "not_pdf";
  not_pdf.error = "not a PDF file";
  const std::string key = cache.key_for(sha256_hex("junk"));
  REQUIRE(cache.store(key, not_pdf));
  const auto loaded = cache.load(key);
  REQUIRE(loaded.has_value());
  CHECK_FALSE(loaded->ok());
  CHECK(loaded->error_kind == "not_pdf");
  CHECK(loaded->error == "not a PDF file");

  for (const char* kind : {"no_text", "not_found", "failed"}) {
    CachedResult failure;
    failure.error_kind = kind;
    failure.error = "no text layer (page 1 has no text layer and OCR is not available)";
    const std::string other = cache.key_for(sha256_hex(kind));
    CHECK_FALSE(cache.store(other, failure));
    CHECK_FALSE(cache.load(other).has_value());
  }
  CHECK(cacheable_failure("encrypted"));
  CHECK(cacheable_failure("damaged"));
  CHECK(cacheable_failure("no_text", "no text layer, and OCR found no text either"));
  CHECK(cacheable_failure("no_text", "no text layer (OCR is off: --ocr never)"));
  CHECK_FALSE(cacheable_failure("no_text", "no text layer (page 2: OCR failed: out of memory)"));
  CHECK_FALSE(cacheable_failure(
      "no_text", "no text layer (page 1 has no text layer and OCR is not available (eng))"));
  // A CPU-time limit stops the same document again; a wall-clock one depends on the load.
  CHECK(cacheable_failure("timeout", "timed out: used its 20 s of CPU time (--timeout)"));
  CHECK_FALSE(cacheable_failure("timeout",
                                "timed out: still running after 80 s of wall-clock time "
                                "(--wall-timeout), 3.2 s of CPU time used"));
  CHECK_FALSE(cacheable_failure("crashed", "crashed with signal 11 (Segmentation fault)"));
  CHECK_FALSE(cacheable_failure("out_of_memory", "out of memory (limit 512 MiB)"));

  CachedResult scan;
  scan.error_kind = "no_text";
  scan.error = "no text layer, and OCR found no text either";
  const std::string scan_key = cache.key_for(sha256_hex("scan"));
  CHECK(cache.store(scan_key, scan));
  const auto scan_hit = cache.load(scan_key);
  REQUIRE(scan_hit.has_value());
  CHECK(scan_hit->error_kind == "no_text");
}

TEST_CASE("cache: disabled without a folder; an unwritable folder is not an error") {
  const ResultCache off("", "x");
  CHECK_FALSE(off.enabled());
  CachedResult result;
  result.record = make_record();
  CHECK_FALSE(off.store(off.key_for("abc"), result));
  CHECK_FALSE(off.load(off.key_for("abc")).has_value());

  TempDir dir;
  const fs::path file = dir.path / "a-file";
  std::ofstream(file) << "x";
  const ResultCache blocked((file / "cache").string(), "x");
  CHECK_FALSE(blocked.store(blocked.key_for("abc"), result));
  CHECK_FALSE(blocked.load(blocked.key_for("abc")).has_value());
}
