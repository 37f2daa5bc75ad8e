#include "pdf_flow.hpp"

#include <cairo-pdf.h>
#include <glib-object.h>

#include <algorithm>
#include <stdexcept>

namespace idm::pdf {
namespace {

constexpr const char* kFontFamily = "DejaVu Sans";  // fonts-dejavu-core: same glyphs everywhere
constexpr size_t kMinLines = 2;                     // orphans and widows
constexpr double kMaxKeptGroup = 0.4;               // rows up to this part of a page are not split

double to_points(int pango_units) {
  return static_cast<double>(pango_units) / PANGO_SCALE;
}

int to_pango(double points) {
  return static_cast<int>(points * PANGO_SCALE + 0.5);
}

}  // namespace

void GObjectUnref::operator()(void* object) const {
  if (object) g_object_unref(object);
}

std::string escape(std::string_view text) {
  gchar* valid = g_utf8_make_valid(text.data(), static_cast<gssize>(text.size()));
  std::string clean(valid);
  g_free(valid);
  for (char& c : clean) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) c = ' ';
  }
  gchar* escaped = g_markup_escape_text(clean.data(), static_cast<gssize>(clean.size()));
  std::string out(escaped);
  g_free(escaped);
  return out;
}

Document::Document(const std::string& path, const Metadata& metadata) {
  surface_ = cairo_pdf_surface_create(path.c_str(), kPageWidth, kPageHeight);
  if (const cairo_status_t status = cairo_surface_status(surface_);
      status != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(surface_);
    surface_ = nullptr;
    throw std::runtime_error("summary.pdf: cannot create " + path + ": " +
                             cairo_status_to_string(status));
  }
  // cairo 1.16 writes the time of the run as CreationDate unless told otherwise.
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_TITLE, metadata.title.c_str());
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATOR, metadata.creator.c_str());
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATE_DATE, metadata.date.c_str());
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_MOD_DATE, metadata.date.c_str());
  cr_ = cairo_create(surface_);

  // A font map of our own: no shared per-thread state, and unhinted metrics so that line
  // breaks do not depend on a screen's settings.
  font_map_ = pango_cairo_font_map_new();
  context_ = pango_font_map_create_context(font_map_);
  pango_cairo_update_context(cr_, context_);
  pango_cairo_context_set_resolution(context_, 72);
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(context_, options);
  cairo_font_options_destroy(options);
  pango_context_set_round_glyph_positions(context_, FALSE);

  text_width_ = kPageWidth - 2 * margin_left_;
  check("setting up the page");
}

Document::~Document() {
  paragraphs_.clear();  // layouts hold the context
  if (context_) g_object_unref(context_);
  if (font_map_) g_object_unref(font_map_);
  if (cr_) cairo_destroy(cr_);
  if (surface_) cairo_surface_destroy(surface_);
}

void Document::check(const char* what) const {
  cairo_status_t status = cairo_status(cr_);
  if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_status(surface_);
  if (status != CAIRO_STATUS_SUCCESS) {
    throw std::runtime_error(std::string("summary.pdf: cairo error while ") + what + ": " +
                             cairo_status_to_string(status));
  }
}

LayoutPtr Document::layout(const std::string& markup, const Font& font, double width) const {
  LayoutPtr layout(pango_layout_new(context_));
  PangoFontDescription* description = pango_font_description_new();
  pango_font_description_set_family(description, kFontFamily);
  pango_font_description_set_size(description, to_pango(font.size));
  pango_font_description_set_weight(description,
                                    font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description(layout.get(), description);
  pango_font_description_free(description);
  pango_layout_set_width(layout.get(), to_pango(width));
  pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  pango_layout_set_line_spacing(layout.get(), 1.15f);
  // Markup is built from escape()d text, so parsing cannot fail on source text; should it fail
  // anyway, the text is shown with its tags rather than dropped.
  if (pango_parse_markup(markup.c_str(), static_cast<int>(markup.size()), 0, nullptr, nullptr,
                         nullptr, nullptr)) {
    pango_layout_set_markup(layout.get(), markup.c_str(), static_cast<int>(markup.size()));
  } else {
    pango_layout_set_text(layout.get(), markup.c_str(), static_cast<int>(markup.size()));
  }
  return layout;
}

Paragraph& Document::add(LayoutPtr layout, double x, const Font& font, double space_before) {
  Paragraph& p = paragraphs_.emplace_back();
  p.layout = std::move(layout);
  p.x = x;
  p.gray = font.gray;
  p.space_before = space_before;
  return p;
}

void Document::measure(Paragraph& p) const {
  p.lines.clear();
  PangoLayoutIter* iter = pango_layout_get_iter(p.layout.get());
  do {
    int y0 = 0, y1 = 0;
    pango_layout_iter_get_line_yrange(iter, &y0, &y1);
    p.lines.push_back(
        {to_points(y0), to_points(y1), to_points(pango_layout_iter_get_baseline(iter))});
  } while (pango_layout_iter_next_line(iter));
  pango_layout_iter_free(iter);
  if (p.side) {
    int width = 0, height = 0;
    pango_layout_get_size(p.side.get(), &width, &height);
    p.side_height = to_points(height);
    p.side_baseline = to_points(pango_layout_get_baseline(p.side.get()));
  }
}

void Document::paginate() {
  for (Paragraph& p : paragraphs_)
    measure(p);
  const double top = margin_top_;
  const double bottom = kPageHeight - margin_bottom_;
  pages_.assign(1, {});
  double y = top;
  auto new_page = [&] {
    pages_.emplace_back();
    y = top;
  };
  // Height of lines [first, first + count) of |p|.
  auto span = [](const Paragraph& p, size_t first, size_t count) {
    return p.lines[first + count - 1].bottom - p.lines[first].top;
  };
  // What the start of |p| needs on a page: its first lines (all of a short paragraph) and the
  // side cell beside them.
  auto opening = [&](const Paragraph& p) {
    const size_t n = p.lines.size();
    const size_t count = n <= 2 * kMinLines - 1 ? n : kMinLines;
    return std::max(span(p, 0, count), p.side_height);
  };

  // The height of the row starting at paragraph |i| when it is kept whole, else 0.
  auto kept_group = [&](size_t i) {
    const Paragraph& p = paragraphs_[i];
    double height = std::max(span(p, 0, p.lines.size()), p.side_height);
    for (size_t k = i + 1; k < std::min(i + p.group, paragraphs_.size()); ++k) {
      const Paragraph& q = paragraphs_[k];
      height += q.space_before + std::max(span(q, 0, q.lines.size()), q.side_height);
    }
    return height <= kMaxKeptGroup * (bottom - top) ? height : 0.0;
  };

  for (size_t i = 0; i < paragraphs_.size(); ++i) {
    const Paragraph& p = paragraphs_[i];
    const size_t n = p.lines.size();
    if (p.page_break_before && y > top) new_page();
    // A table row that does not fit moves whole to the next page, unless it is long.
    if (p.group > 1 && y > top) {
      const double height = kept_group(i);
      if (height > 0 && y + p.space_before + height > bottom) new_page();
    }
    // Keep a heading, a table row's title or a label with the start of what follows (all of
    // it when that is a row that is not split).
    if (y > top) {
      double need = p.space_before + opening(p);
      if (p.keep_with_next && i + 1 < paragraphs_.size()) {
        const Paragraph& next = paragraphs_[i + 1];
        const double row = next.group > 1 ? kept_group(i + 1) : 0;
        need = p.space_before + std::max(span(p, 0, n), p.side_height) + next.space_before +
               (row > 0 ? row : opening(next));
      }
      if (y + need > bottom) new_page();
    }
    size_t first = 0;
    while (first < n) {
      const double gap = (first == 0 && y > top) ? p.space_before : 0;
      const double start = y + gap;
      size_t fit = 0;
      while (first + fit < n && start + span(p, first, fit + 1) <= bottom)
        ++fit;
      const size_t left = n - first;
      const bool side_fits = first > 0 || start + p.side_height <= bottom;
      if (fit == left && side_fits) {
        pages_.back().push_back({&p, first, n, start, first == 0});
        y = start + std::max(span(p, first, left), first == 0 ? p.side_height : 0.0);
        break;
      }
      // Split between lines, keeping two lines on each side.
      size_t take = std::min(fit, left >= kMinLines ? left - kMinLines : 0);
      if (take < kMinLines || !side_fits) take = 0;
      if (take == 0 && y <= top) take = std::max<size_t>(fit, 1);  // taller than a page
      if (take > 0) {
        pages_.back().push_back({&p, first, first + take, start, first == 0});
        first += take;
      }
      new_page();
    }
  }
}

void Document::draw_page(size_t index, const std::string& footer_markup) {
  for (const Placed& placed : pages_[index]) {
    const Paragraph& p = *placed.paragraph;
    const double x = margin_left_ + p.x;
    const double origin = placed.y - p.lines[placed.first].top;  // the layout's top on the page
    if (placed.with_side && p.rule_above) {
      cairo_set_source_rgb(cr_, 0.75, 0.75, 0.75);
      cairo_set_line_width(cr_, 0.5);
      const double ry = placed.y - std::max(2.0, p.space_before / 2);
      cairo_move_to(cr_, margin_left_ + p.rule_x0, ry);
      cairo_line_to(cr_, margin_left_ + p.rule_x1, ry);
      cairo_stroke(cr_);
    }
    cairo_set_source_rgb(cr_, p.gray, p.gray, p.gray);
    if (placed.with_side && p.side) {
      cairo_move_to(cr_, margin_left_ + p.side_x, origin + p.lines[0].baseline - p.side_baseline);
      pango_cairo_show_layout(cr_, p.side.get());
    }
    for (size_t line = placed.first; line < placed.last; ++line) {
      cairo_move_to(cr_, x, origin + p.lines[line].baseline);
      pango_cairo_show_layout_line(
          cr_, pango_layout_get_line_readonly(p.layout.get(), static_cast<int>(line)));
    }
  }
  LayoutPtr footer = layout(footer_markup, Font{8.5, false, 0.35}, text_width_);
  pango_layout_set_alignment(footer.get(), PANGO_ALIGN_CENTER);
  cairo_set_source_rgb(cr_, 0.35, 0.35, 0.35);
  cairo_move_to(cr_, margin_left_, kPageHeight - margin_bottom_ + 28);
  pango_cairo_show_layout(cr_, footer.get());
  cairo_show_page(cr_);
  check("drawing a page");
}

void Document::close() {
  cairo_surface_finish(surface_);
  check("writing the file");
}

}  // namespace idm::pdf
