#pragma once

#include <string>
#include <string_view>

namespace idm {

/// Lower-case hex SHA-256 of |data| (FIPS 180-4), computed by OpenSSL; throws
/// std::runtime_error if OpenSSL fails.
std::string sha256_hex(std::string_view data);

}  // namespace idm
