#pragma once
// Step 2 of the layout: running headers, footers and page numbers ("furniture").
// A line is furniture when it sits in the top or bottom band of its page, stands apart from
// the body, and either repeats on other pages at the same place (digits aside: "Page 3" and
// "Page 4" repeat) or is only a page number.

#include <string_view>
#include <vector>

#include "lines.hpp"

namespace idm {

struct PageLines {
  double width = 0;
  double height = 0;
  std::vector<Line> lines;
};

/// For each page, for each line: true when the line is furniture.
std::vector<std::vector<bool>> find_furniture(const std::vector<PageLines>& pages);

/// True for "12", "- 12 -", "Page 3 of 9", "3/9", "p. 4", "iv", "Página 2 de 7".
bool is_page_number(std::string_view text);

}  // namespace idm
