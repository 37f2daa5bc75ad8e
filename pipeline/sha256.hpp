#pragma once

#include <string>
#include <string_view>

namespace idm {

/// Lower-case hex SHA-256 of |data| (FIPS 180-4), computed by OpenSSL; throws
/// std::runtime_error if OpenSSL fails.
std::string sha256_hex(std::string_view data);

/// Sets OpenSSL up for sha256_hex() now rather than at its first call (about half a
/// millisecond). A process that forks a child per document calls it first, so that the children
/// inherit it.
void prepare_sha256();

}  // namespace idm
