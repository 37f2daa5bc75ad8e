#include "reports/chart_svg.hpp"

#include <fmt/core.h>

#include <algorithm>

#include "reports/summary_html.hpp"

namespace idm {

namespace {

constexpr int kWidth = 640;
constexpr int kLabelWidth = 280;  // labels right-aligned against the bars
constexpr int kBarArea = 300;
constexpr int kRow = 24;
constexpr int kBar = 16;

}  // namespace

std::string bar_chart_svg(const std::vector<Tally>& bars, std::string_view title) {
  std::int64_t max = 0;
  for (const Tally& t : bars)
    max = std::max(max, t.count);
  const int height = static_cast<int>(bars.size()) * kRow + 8;
  std::string out = fmt::format(
      "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {} {}\" width=\"{}\" height=\"{}\">"
      "<title>{}</title>\n",
      kWidth, height, kWidth, height, html_escape(title));
  int y = 4;
  for (const Tally& t : bars) {
    const auto length = max > 0 ? static_cast<int>(t.count * kBarArea / max) : 0;
    out += fmt::format(
        "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>"
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"></rect>"
        "<text x=\"{}\" y=\"{}\">{}</text>\n",
        kLabelWidth - 8, y + kBar - 3, html_escape(t.label), kLabelWidth, y, length, kBar,
        kLabelWidth + length + 6, y + kBar - 3, t.count);
    y += kRow;
  }
  out += "</svg>\n";
  return out;
}

}  // namespace idm
