#pragma once
// Bar charts as inline SVG for summary.html: no script, nothing fetched, text escaped.

#include <string>
#include <string_view>
#include <vector>

#include "reports/statistics.hpp"

namespace idm {

/// A horizontal bar chart of |bars| (label and count, in order) titled |title|, as an <svg>
/// element with role="img" and a <title>; every number is an integer, so the markup is the same
/// on every platform.
std::string bar_chart_svg(const std::vector<Tally>& bars, std::string_view title);

}  // namespace idm
