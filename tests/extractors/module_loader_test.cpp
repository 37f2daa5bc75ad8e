// Modules loaded at run time (extractors/module_loader.hpp): found where they are looked for,
// a missing or broken one an error that says why, never a crash; an entry point refuses
// another ABI.
#include "extractors/module_loader.hpp"

#include <doctest/doctest.h>
#include <stdlib.h>

#include <fstream>
#include <string>

#include "extractors/ocr_engine.hpp"
#include "reports/pdf_typeset.hpp"
#include "tests/support/temp_dir.hpp"

namespace {

// Points IDMREPORT_MODULE_DIR at |dir| for the life of the object (test_main.cpp sets it to the
// build folder).
struct ModuleDir {
  std::string saved;
  explicit ModuleDir(const std::string& dir) {
    if (const char* old = ::getenv("IDMREPORT_MODULE_DIR")) saved = old;
    ::setenv("IDMREPORT_MODULE_DIR", dir.c_str(), 1);
  }
  ~ModuleDir() { ::setenv("IDMREPORT_MODULE_DIR", saved.c_str(), 1); }
};

}  // namespace

TEST_CASE("module_directories: the given folder, then beside the program, then its install") {
  const ModuleDir dir("/some/where");
  const std::vector<std::string> dirs = idm::module_directories();
  REQUIRE(dirs.size() == 3);
  CHECK(dirs[0] == "/some/where");
  // idm_tests runs from build/tests: the second is that folder, the third the install folder.
  CHECK(dirs[1].find("tests") != std::string::npos);
  CHECK(dirs[2].find("idmreport") != std::string::npos);
  CHECK(dirs[2].find("..") == std::string::npos);
}

TEST_CASE("load_module_entry: the modules built with the program load and check their ABI") {
  std::string error;
  const auto ocr = reinterpret_cast<IdmOcrEngineEntry>(
      idm::load_module_entry(idm::ocr_engine::kFileName, idm::ocr_engine::kEntryPoint, error));
  REQUIRE_MESSAGE(static_cast<bool>(ocr), error);
  REQUIRE(ocr(idm::ocr_engine::kAbi) != nullptr);
  CHECK(ocr(idm::ocr_engine::kAbi + 1) == nullptr);
  CHECK(std::string(ocr(idm::ocr_engine::kAbi)->version()).find('.') != std::string::npos);

  const auto pdf = reinterpret_cast<IdmPdfTypesetterEntry>(
      idm::load_module_entry(idm::pdf::kModuleFileName, idm::pdf::kEntryPoint, error));
  REQUIRE_MESSAGE(static_cast<bool>(pdf), error);
  REQUIRE(pdf(idm::pdf::kAbi) != nullptr);
  CHECK(pdf(idm::pdf::kAbi + 1) == nullptr);
  CHECK(pdf(idm::pdf::kAbi)->escape("a < b & \x01") == "a &lt; b &amp;  ");

  // A module without the entry point asked for.
  CHECK(idm::load_module_entry(idm::pdf::kModuleFileName, "no_such_entry", error) == nullptr);
  CHECK(error.find("has no entry point no_such_entry") != std::string::npos);
}

TEST_CASE("load_module_entry: missing and broken modules are errors, not crashes") {
  const idm::test::TempDir tmp("idm-module-test");
  const ModuleDir dir(tmp.path.string());
  std::string error;
  CHECK(idm::load_module_entry("idmreport-nothing.so", "entry", error) == nullptr);
  CHECK(error.find("idmreport-nothing.so is in none of " + tmp.path.string()) == 0);

  // Found first, so loaded, and it fails: the error says so rather than looking further.
  std::ofstream(tmp.path / "idmreport-broken.so") << "not a shared object\n";
  CHECK(idm::load_module_entry("idmreport-broken.so", "entry", error) == nullptr);
  CHECK(error.find((tmp.path / "idmreport-broken.so").string() + " does not load: ") == 0);
}
