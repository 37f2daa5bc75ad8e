#pragma once
// Each embedded font program of a document decoded once instead of once per page.
//
// Poppler 22.12 builds a page's resources from scratch for every page it draws, and with them
// every font of the page's /Font dictionary: for each, GfxFont::readEmbFontFile fetches the
// embedded font program's stream and decodes it again (inflate, mostly) so that the font's
// encoding or cmap can be read from it. A document that sets all its pages in the same few
// fonts decodes the same streams on every page: on an 88-page report a seventh of Poppler's
// work. pdftotext pays the same. The decoded bytes follow from the stream object alone, so
// they can be kept for the document's other pages.
//
// Finding the font's type (GfxFont::getFontType) reads the first bytes of that program too,
// decoding its first block: that answer is kept per font object.
//
// Poppler offers no hook for this. GfxFont::readEmbFontFile, makeFont and getFontType are
// called through the library's procedure linkage table, so definitions in this program
// (font_cache.cpp) are the ones that run, as a program's own malloc replaces the C library's:
// they answer from the cache of the FontCacheScope alive on the calling thread for the same
// document, else call Poppler's own definitions (found with dlsym) and keep what they gave.
// Failures are not kept: Poppler's own code runs again for them, with its message and its
// marking of the font as not embedded.

class XRef;

namespace idm {

/// While alive, the font programs decoded on this thread for |xref|'s document are kept, up to
/// a bound in bytes, and given again when another page's font needs the same stream. Destroy
/// it before the document. One scope per thread at a time.
class FontCacheScope {
 public:
  explicit FontCacheScope(XRef* xref);
  ~FontCacheScope();
  FontCacheScope(const FontCacheScope&) = delete;
  FontCacheScope& operator=(const FontCacheScope&) = delete;

  /// On this scope so far: font programs decoded by Poppler and given again from the cache;
  /// font types given again.
  struct Counts {
    long decoded = 0;
    long reused = 0;
    long types_reused = 0;
  };
  Counts counts() const;

  struct State;  // the cache; defined with it, and found from the calling thread

 private:
  State* state_;
};

}  // namespace idm
