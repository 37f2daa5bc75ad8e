#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <cstdlib>

// OCR and summary.pdf are modules loaded at run time (extractors/module_loader.hpp), found
// beside the program: this binary is in build/tests/, they are in build/. Set before main();
// a folder given by the caller is kept.
namespace {
const bool modules_found = ::setenv("IDMREPORT_MODULE_DIR", IDM_MODULE_DIR, 0) == 0;
}  // namespace
