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
  // What GfxFont::getFontType found for a font object: its type and embedded program.
  std::map<std::pair<int, int>, std::pair<GfxFontType, Ref>> types;
  Counts counts;
};

namespace {

thread_local FontCacheScope::State* t_scope = nullptr;

// Font programs are tens of KiB; a document with thousands of distinct ones keeps the first
// ones only, and its other fonts are decoded as Poppler decodes them.
constexpr size_t kMaxCachedBytes = size_t{64} << 20;

// The font object GfxFont::makeFont is making on this thread, while it does; else invalid.
thread_local Ref t_font_being_made = Ref::INVALID();

// Generations from 100000 up are GfxFontDict's made-up identities for fonts given inline (one
// of them a hash of the font's dictionary, which two different fonts may share).
constexpr int kMadeUpGeneration = 100000;

// Poppler's own definition of |mangled|: the next one after this program's in the lookup
// order. Each name below is the mangling of a declaration this file defines (were GfxFont.h
// to declare it otherwise, the definition would not compile).
void* poppler_symbol(const char* mangled) {
  void* symbol = dlsym(RTLD_NEXT, mangled);
  if (!symbol) {
    std::fprintf(stderr,
                 "idmreport: %s was not found in libpoppler: the library loaded is not the one "
                 "this program was built for\n",
                 mangled);
    std::abort();
  }
  return symbol;
}

using ReadEmbFontFile = std::optional<FontBytes> (GfxFont::*)(XRef*);
using MakeFont = std::unique_ptr<GfxFont> (*)(XRef*, const char*, Ref, Dict*);
using GetFontType = GfxFontType (*)(XRef*, Dict*, Ref*);

// A pointer to a non-virtual member function is its address and a zero adjustment (Itanium
// C++ ABI, 2.3).
ReadEmbFontFile poppler_read_emb_font_file() {
  static const ReadEmbFontFile original = [] {
    struct {
      void* address;
      std::ptrdiff_t adjustment;
    } parts{poppler_symbol("_ZN7GfxFont15readEmbFontFileEP4XRef"), 0};
    static_assert(sizeof(parts) == sizeof(ReadEmbFontFile));
    ReadEmbFontFile member;
    std::memcpy(&member, &parts, sizeof member);
    return member;
  }();
  return original;
}

MakeFont poppler_make_font() {
  static const auto original =
      reinterpret_cast<MakeFont>(poppler_symbol("_ZN7GfxFont8makeFontEP4XRefPKc3RefP4Dict"));
  return original;
}

GetFontType poppler_get_font_type() {
  static const auto original =
      reinterpret_cast<GetFontType>(poppler_symbol("_ZN7GfxFont11getFontTypeEP4XRefP4DictP3Ref"));
  return original;
}

// The scope that answers for |xref| on this thread, if any.
FontCacheScope::State* scope_for(XRef* xref) {
  return t_scope && t_scope->xref == xref ? t_scope : nullptr;
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
// page it draws; see font_cache.hpp. Default visibility: the dynamic linker must see these
// definitions to prefer them to the library's.
__attribute__((visibility("default"))) std::optional<std::vector<unsigned char>>
GfxFont::readEmbFontFile(XRef* xref) {
  idm::FontCacheScope::State* scope = idm::scope_for(xref);
  const std::pair<int, int> key{embFontID.num, embFontID.gen};
  if (scope && key.first > 0) {
    const auto found = scope->programs.find(key);
    if (found != scope->programs.end()) {
      ++scope->counts.reused;
      return found->second;
    }
  }
  std::optional<std::vector<unsigned char>> bytes =
      (this->*idm::poppler_read_emb_font_file())(xref);
  if (scope && bytes && key.first > 0 && scope->bytes + bytes->size() <= idm::kMaxCachedBytes) {
    ++scope->counts.decoded;
    scope->bytes += bytes->size();
    scope->programs.emplace(key, *bytes);
  }
  return bytes;
}

// Every font of every page's resources is made here (from GfxFontDict). Poppler's own
// definition does the work; this one only notes which font object it is making, for
// getFontType below.
__attribute__((visibility("default"))) std::unique_ptr<GfxFont> GfxFont::makeFont(XRef* xref,
                                                                                  const char* tagA,
                                                                                  Ref idA,
                                                                                  Dict* fontDict) {
  const Ref outer = idm::t_font_being_made;
  idm::t_font_being_made = idA.gen < idm::kMadeUpGeneration ? idA : Ref::INVALID();
  struct Restore {
    Ref ref;
    ~Restore() { idm::t_font_being_made = ref; }
  } restore{outer};
  return idm::poppler_make_font()(xref, tagA, idA, fontDict);
}

// Which kind of font a font dictionary describes and where its embedded program is: Poppler
// sniffs the program's first bytes for it, on every page. A font object's answer is kept.
__attribute__((visibility("default"))) GfxFontType GfxFont::getFontType(XRef* xref, Dict* fontDict,
                                                                        Ref* embID) {
  idm::FontCacheScope::State* scope = idm::scope_for(xref);
  const Ref font = idm::t_font_being_made;
  if (!scope || font == Ref::INVALID()) return idm::poppler_get_font_type()(xref, fontDict, embID);
  const std::pair<int, int> key{font.num, font.gen};
  const auto found = scope->types.find(key);
  if (found != scope->types.end()) {
    ++scope->counts.types_reused;
    *embID = found->second.second;
    return found->second.first;
  }
  const GfxFontType type = idm::poppler_get_font_type()(xref, fontDict, embID);
  scope->types.emplace(key, std::make_pair(type, *embID));
  return type;
}
