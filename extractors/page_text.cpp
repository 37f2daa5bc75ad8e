#include "page_text.hpp"

#include <algorithm>

namespace idm {

void Rect::unite(const Rect& other) {
  if (x0 == 0 && y0 == 0 && x1 == 0 && y1 == 0) {
    *this = other;
    return;
  }
  x0 = std::min(x0, other.x0);
  y0 = std::min(y0, other.y0);
  x1 = std::max(x1, other.x1);
  y1 = std::max(y1, other.y1);
}

}  // namespace idm
