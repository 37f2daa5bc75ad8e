#include "atomic_file.hpp"

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <string>

namespace idm {
namespace {

std::filesystem::path temporary_beside(const std::filesystem::path& path) {
  return path.parent_path() /
         ("." + path.filename().string() + ".tmp." + std::to_string(::getpid()));
}

}  // namespace

void produce_file_atomically(const std::filesystem::path& path,
                             const std::function<void(const std::filesystem::path&)>& produce) {
  const std::filesystem::path tmp = temporary_beside(path);
  try {
    produce(tmp);
    std::filesystem::rename(tmp, path);
  } catch (...) {
    std::error_code ignored;
    std::filesystem::remove(tmp, ignored);
    throw;
  }
}

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
  produce_file_atomically(path, [&](const std::filesystem::path& tmp) {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) throw std::runtime_error("cannot write " + tmp.string());
  });
}

}  // namespace idm
