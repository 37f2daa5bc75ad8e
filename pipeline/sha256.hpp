#pragma once

#include <string>
#include <string_view>

namespace idm {

/// Lower-case hex SHA-256 of |data| (FIPS 180-4).
std::string sha256_hex(std::string_view data);

}  // namespace idm
