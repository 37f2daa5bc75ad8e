#include "module_loader.hpp"

#include <dlfcn.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

// The install folder of the modules relative to the executable's (extractors/CMakeLists.txt),
// so that an installed tree may be moved and a .deb packaged under another prefix still finds
// them.
#ifndef IDM_MODULE_RELDIR
#define IDM_MODULE_RELDIR "../lib/idmreport"
#endif

namespace idm {
namespace {

std::string executable_directory() {
  char path[PATH_MAX];
  const ssize_t n = ::readlink("/proc/self/exe", path, sizeof path - 1);
  if (n <= 0) return {};
  std::string dir(path, static_cast<size_t>(n));
  const size_t slash = dir.rfind('/');
  return slash == std::string::npos ? std::string() : dir.substr(0, slash == 0 ? 1 : slash);
}

bool is_file(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

}  // namespace

std::vector<std::string> module_directories() {
  std::vector<std::string> dirs;
  if (const char* env = std::getenv("IDMREPORT_MODULE_DIR"); env && *env) dirs.emplace_back(env);
  if (const std::string exe = executable_directory(); !exe.empty()) {
    dirs.push_back(exe);
    dirs.push_back((std::filesystem::path(exe) / IDM_MODULE_RELDIR).lexically_normal().string());
  }
  return dirs;
}

void* load_module_entry(const std::string& file, const char* symbol, std::string& error) {
  const std::vector<std::string> dirs = module_directories();
  for (const std::string& dir : dirs) {
    const std::string path = dir + "/" + file;
    if (!is_file(path)) continue;
    // Never closed: its functions and thread-local engines live as long as the process.
    void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
      const char* why = ::dlerror();
      error = path + " does not load: " + (why ? why : "unknown error");
      return nullptr;
    }
    void* entry = ::dlsym(handle, symbol);
    if (!entry) error = path + " has no entry point " + symbol;
    return entry;
  }
  error = file + " is in none of";
  for (size_t i = 0; i < dirs.size(); ++i)
    error += (i ? ", " : " ") + dirs[i];
  return nullptr;
}

}  // namespace idm
