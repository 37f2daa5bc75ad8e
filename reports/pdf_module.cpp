// The PDF module (idmreport-pdf.so): typesets pdf_typeset.hpp's Flow with pango and cairo
// (pdf_flow.hpp) behind a C-linkage entry point. Loaded by summary_pdf.cpp only when a
// summary.pdf is asked for; nothing here may call into the program.

#include <glib.h>

#include <exception>

#include "reports/pdf_flow.hpp"
#include "reports/pdf_typeset.hpp"

namespace idm::pdf {
namespace {

void build(const Flow& flow, const std::string& path) {
  Document::Metadata metadata;
  // cairo copies metadata strings into PDF string literals; keep them valid UTF-8.
  gchar* valid = g_utf8_make_valid(flow.title.data(), static_cast<gssize>(flow.title.size()));
  metadata.title = valid;
  g_free(valid);
  metadata.creator = flow.creator;
  metadata.date = flow.date;
  Document doc(path, metadata);
  for (const Block& b : flow.blocks) {
    Paragraph& p = doc.add(doc.layout(b.markup, b.font, b.width), b.x, b.font, b.space_before);
    if (b.has_side) p.side = doc.layout(b.side_markup, b.side_font, b.side_width);
    p.side_x = b.side_x;
    p.gray = b.gray;
    p.keep_with_next = b.keep_with_next;
    p.page_break_before = b.page_break_before;
    p.group = b.group;
    p.rule_above = b.rule_above;
    p.rule_x0 = b.rule_x0;
    p.rule_x1 = b.rule_x1;
  }
  doc.finish([&](int n, int count) { return flow.footer ? flow.footer(n, count) : std::string(); });
}

// No exception leaves the module: the program sees the message.
bool typeset(const Flow& flow, const std::string& path, std::string& error) {
  try {
    build(flow, path);
    return true;
  } catch (const std::exception& e) {
    error = e.what();
  } catch (...) {
    error = "summary.pdf: typesetting failed";
  }
  return false;
}

constexpr Typesetter kTypesetter{kAbi, escape, typeset};

}  // namespace
}  // namespace idm::pdf

extern "C" __attribute__((visibility("default"))) const idm::pdf::Typesetter* idm_pdf_typesetter(
    unsigned abi) {
  return abi == idm::pdf::kAbi ? &idm::pdf::kTypesetter : nullptr;
}
