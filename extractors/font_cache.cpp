#include "font_cache.hpp"

#include <GfxFont.h>
#include <Object.h>
#include <XRef.h>
#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace idm {

using FontBytes = std::vector<unsigned char>;

struct FontCacheScope::State {
  XRef* xref = nullptr;
  std::map<std::pair<int, int>, FontBytes> programs;  // by the stream's (number, generation)
  size_t bytes = 0;
  Counts counts;
};

namespace {

thread_local FontCacheScope::State* t_scope = nullptr;

// Font programs are tens of KiB; a document with thousands of distinct ones keeps the first
// ones only, and its other fonts are decoded as Poppler decodes them.
constexpr size_t kMaxCachedBytes = size_t{64} << 20;

using ReadEmbFontFile = std::optional<FontBytes> (GfxFont::*)(XRef*);

// Poppler's own definition: the next one after this program's in the lookup order. The name
// is the mangling of the declaration defined below (were GfxFont.h to declare it otherwise,
// that definition would not compile). A pointer to a non-virtual member function is its
// address and a zero adjustment (Itanium C++ ABI, 2.3).
ReadEmbFontFile poppler_read_emb_font_file() {
  static const ReadEmbFontFile original = [] {
    void* symbol = dlsym(RTLD_NEXT, "_ZN7GfxFont15readEmbFontFileEP4XRef");
    if (!symbol) {
      std::fputs(
          "idmreport: Poppler's GfxFont::readEmbFontFile was not found: the libpoppler "
          "loaded is not the one this program was built for\n",
          stderr);
      std::abort();
    }
    struct {
      void* address;
      std::ptrdiff_t adjustment;
    } parts{symbol, 0};
    static_assert(sizeof(parts) == sizeof(ReadEmbFontFile));
    ReadEmbFontFile member;
    std::memcpy(&member, &parts, sizeof member);
    return member;
  }();
  return original;
}

}  // namespace

FontCacheScope::FontCacheScope(XRef* xref) : state_(new State) {
  state_->xref = xref;
  t_scope = state_;
}

FontCacheScope::~FontCacheScope() {
  if (t_scope == state_) t_scope = nullptr;
  delete state_;
}

FontCacheScope::Counts FontCacheScope::counts() const {
  return state_->counts;
}

}  // namespace idm

// Called by Poppler (through its procedure linkage table) for every embedded font of every
// page it draws; see font_cache.hpp. Default visibility: the dynamic linker must see this
// definition to prefer it to the library's.
__attribute__((visibility("default"))) std::optional<std::vector<unsigned char>>
GfxFont::readEmbFontFile(XRef* xref) {
  idm::FontCacheScope::State* scope = idm::t_scope;
  const std::pair<int, int> key{embFontID.num, embFontID.gen};
  if (scope && scope->xref == xref && embFontID != Ref::INVALID()) {
    const auto found = scope->programs.find(key);
    if (found != scope->programs.end()) {
      ++scope->counts.reused;
      return found->second;
    }
  }
  std::optional<std::vector<unsigned char>> bytes =
      (this->*idm::poppler_read_emb_font_file())(xref);
  if (scope && scope->xref == xref && bytes && key.first > 0 &&
      scope->bytes + bytes->size() <= idm::kMaxCachedBytes) {
    ++scope->counts.decoded;
    scope->bytes += bytes->size();
    scope->programs.emplace(key, *bytes);
  }
  return bytes;
}
