#pragma once

namespace idm {
inline constexpr const char* kVersion = "0.1.0";
}  // namespace idm
