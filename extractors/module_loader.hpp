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

}  // namespace idm
