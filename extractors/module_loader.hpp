#pragma once
// Optional parts of the program in shared modules of their own (OCR: idmreport-ocr.so; the PDF
// summaries: idmreport-pdf.so), loaded with dlopen when first needed, so that a run that does
// not need them does not map and relocate their ~90 libraries at start-up (issue 11).
//
// A module is looked for, in order, in $IDMREPORT_MODULE_DIR (when set), beside the running
// executable (the build tree: build/idmreport and build/idmreport-*.so), then in the install
// folder relative to it (<prefix>/bin/idmreport -> <prefix>/<libdir>/idmreport/). The first
// file found is the one loaded: a module that is there but fails to load is an error, not a
// reason to take another build's.

#include <string>
#include <vector>

namespace idm {

/// The folders searched for modules, in order.
std::vector<std::string> module_directories();

/// Loads module |file| (once per process: later calls find it loaded) and returns the address
/// of its |symbol|; null with |error| saying why (not found, the loader's message, no such
/// symbol). Never throws; safe from several threads and in forked children.
void* load_module_entry(const std::string& file, const char* symbol, std::string& error);

/// A module's table of functions, or why there is none.
template <class Api>
struct LoadedModule {
  const Api* api = nullptr;
  std::string error;
};

/// Loads module |file| and asks its C-linkage |entry_point| (const Api* (*)(unsigned abi)) for
/// the functions of |abi|: a module built for another ABI gives none, saying so.
template <class Api>
LoadedModule<Api> load_module(const char* file, const char* entry_point, unsigned abi) {
  using Entry = const Api* (*)(unsigned);
  LoadedModule<Api> loaded;
  const auto entry = reinterpret_cast<Entry>(load_module_entry(file, entry_point, loaded.error));
  if (entry) {
    loaded.api = entry(abi);
    if (!loaded.api) loaded.error = std::string(file) + " was built for another idmreport";
  }
  return loaded;
}

}  // namespace idm
