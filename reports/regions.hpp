#pragma once
// UN M49 regions by ISO 3166-1 alpha-2 code.

#include <string_view>

#include "reports/labels.hpp"

namespace idm {

/// The M49 region of the country |iso2| (upper case), Region::kUnknown if none.
Region region_of(std::string_view iso2);

}  // namespace idm
