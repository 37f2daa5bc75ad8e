#include "layout.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "blocks.hpp"
#include "dehyphenate.hpp"
#include "furniture.hpp"
#include "large_body.hpp"
#include "note_flow.hpp"
#include "page_workers.hpp"
#include "reading_order.hpp"
#include "spaced_titles.hpp"
#include "unicode_text.hpp"

namespace idm {
namespace {

// The size most characters are set in, and the usual height of such lines.
BodyStyle measure_body(const std::vector<PageLines>& pages,
                       const std::vector<std::vector<bool>>& furniture) {
  std::map<double, size_t> chars_by_size;
  for (size_t p = 0; p < pages.size(); ++p) {
    for (size_t i = 0; i < pages[p].lines.size(); ++i) {
      if (!furniture[p][i])
        chars_by_size[pages[p].lines[i].font_size] += pages[p].lines[i].text.size();
    }
  }
  BodyStyle body;
  size_t best = 0;
  for (const auto& [size, count] : chars_by_size) {
    if (count > best) {
      best = count;
      body.font_size = size;
    }
  }
  std::vector<double> heights;
  for (const PageLines& page : pages) {
    for (const Line& line : page.lines) {
      if (std::abs(line.font_size - body.font_size) < 0.05) heights.push_back(line.box.height());
    }
  }
  // The usual white space between consecutive body lines of one column. Up to one and a half
  // line heights: loose leading (browsers' line-height 1.6, Type 3 glyph boxes lower than the
  // type) leaves more white between the lines of a paragraph than the lines are high.
  std::vector<double> gaps;
  for (const PageLines& page : pages) {
    for (size_t i = 1; i < page.lines.size(); ++i) {
      const Line& a = page.lines[i - 1];
      const Line& b = page.lines[i];
      const double gap = b.box.y0 - a.box.y1;
      // Negative when the font's boxes are taller than the leading: lines overlap a little.
      if (std::abs(a.box.x0 - b.box.x0) < 1 && gap > -0.5 * b.box.height() &&
          gap < 1.5 * b.box.height() && std::abs(a.font_size - body.font_size) < 0.05) {
        gaps.push_back(gap);
      }
    }
  }
  // A low quantile, not the median: in agendas most consecutive lines are list entries set
  // apart by a little extra space, and that space must not count as the usual leading.
  if (!gaps.empty()) {
    const size_t q = gaps.size() / 4;
    std::nth_element(gaps.begin(), gaps.begin() + static_cast<long>(q), gaps.end());
    body.line_gap = gaps[q];
  }
  if (!heights.empty()) {
    std::nth_element(heights.begin(), heights.begin() + static_cast<long>(heights.size() / 2),
                     heights.end());
    // Never zero, whatever the PDF says about its fonts.
    body.line_height = std::max(heights[heights.size() / 2], 1.0);
  } else {
    body.line_height = 1.2 * body.font_size;
  }
  return body;
}

// The type a page's own text is set in, when most of the page departs from the document's
// body: a cover page's introduction in smaller type, a programme annexed in larger type.
// Footnotes, headings and the leading are judged against the page's text then: otherwise a
// whole page of smaller type reads as footnotes, a larger one as headings.
BodyStyle page_body(const BodyStyle& body, const std::vector<Line>& lines,
                    const std::vector<size_t>& ids) {
  std::map<double, size_t> chars_by_size;
  size_t total = 0;
  for (size_t id : ids) {
    chars_by_size[lines[id].font_size] += lines[id].text.size();
    total += lines[id].text.size();
  }
  double size = body.font_size;
  size_t most = 0;
  for (const auto& [s, count] : chars_by_size) {
    if (count > most) {
      most = count;
      size = s;
    }
  }
  if (most * 10 < total * 6 || std::abs(size - body.font_size) < 0.05 * body.font_size) return body;
  // A page of notes (endnotes, or footnotes longer than the text) is small type too, but its
  // lines open with their numbers.
  size_t lines_of_size = 0, opening_notes = 0;
  for (size_t id : ids) {
    if (lines[id].font_size != size) continue;
    ++lines_of_size;
    if (opens_footnote(lines[id], body)) ++opening_notes;
  }
  if (size < body.font_size) {
    if (opening_notes * 7 > lines_of_size) return body;
    // Headings and table cells are still judged against the document's body.
    BodyStyle page = body;
    page.small_print = size;
    return page;
  }
  const double scale = size / body.font_size;
  return BodyStyle{size, body.line_height * scale, body.line_gap * scale, 0};
}

bool is_body(BlockKind kind) {
  return kind == BlockKind::paragraph || kind == BlockKind::list_item ||
         kind == BlockKind::table_cell;
}

bool ends_sentence(std::string_view text) {
  while (!text.empty() && text.back() == ' ')
    text.remove_suffix(1);
  // A footnote call set after the full stop ("qualifications.2") still ends the sentence.
  size_t digits = 0;
  while (digits < text.size() && digits < 3 && text[text.size() - 1 - digits] >= '0' &&
         text[text.size() - 1 - digits] <= '9')
    ++digits;
  if (digits > 0 && digits < text.size() && text[text.size() - 1 - digits] != ' ')
    text.remove_suffix(digits);
  const char32_t last = last_code_point(text);
  return last == '.' || last == '!' || last == '?' || last == ':' || last == 0xBB ||
         last == 0x201D || last == '"' || last == ')' || last == ';';
}

// Justified text sets a paragraph's last line short: a block whose last line still reaches
// the right edge its other lines share was cut by the page or column end, even after a full
// stop. The next block goes on with it unless its first line is indented (a new paragraph).
bool runs_to_the_margin(const TextBlock& prev, const TextBlock& next) {
  if (!(prev.kind == BlockKind::paragraph || prev.kind == BlockKind::list_item) ||
      prev.lines.size() < 3)
    return false;
  double edge = 0;
  for (const Line& line : prev.lines)
    edge = std::max(edge, line.box.x1);
  const auto at_edge = [&](const Line& line) { return std::abs(line.box.x1 - edge) < 1.0; };
  if (!std::all_of(prev.lines.begin(), prev.lines.end(), at_edge)) return false;
  return next.lines.size() < 2 || next.lines[0].box.x0 <= next.lines[1].box.x0 + 1.0;
}

// Ragged-right text leaves each line as full as the next word allows, so a paragraph cut by
// the page or column end leaves its last line too full for the next block's first word, full
// stop or not; a paragraph that ended there sets its last line anywhere. Justified text is
// left to runs_to_the_margin: there a line short of the edge is a paragraph's last. Ragged:
// most lines of both blocks, last ones aside, stop short of the widest by more than a space.
bool fills_ragged_line(const TextBlock& prev, const TextBlock& next) {
  if (prev.kind != BlockKind::paragraph || next.lines.empty() || prev.lines.empty()) return false;
  // A new paragraph set off by an indent.
  if (next.lines.size() > 1 && next.lines[0].box.x0 > next.lines[1].box.x0 + 1.0) return false;
  // Widths from each block's left edge: the next block may stand in the next column.
  const auto left_of = [](const TextBlock& b) {
    double left = b.lines.front().box.x0;
    for (const Line& line : b.lines)
      left = std::min(left, line.box.x0);
    return left;
  };
  const double prev_left = left_of(prev), next_left = left_of(next);
  double measure = 0;
  for (const Line& line : prev.lines)
    measure = std::max(measure, line.box.x1 - prev_left);
  for (const Line& line : next.lines)
    measure = std::max(measure, line.box.x1 - next_left);
  const double space = 0.3 * prev.lines.back().font_size;
  size_t inner = 0, short_of_edge = 0;
  const auto count = [&](const TextBlock& b, double left) {
    for (size_t k = 0; k + 1 < b.lines.size(); ++k) {
      ++inner;
      if (b.lines[k].box.x1 - left < measure - space) ++short_of_edge;
    }
  };
  count(prev, prev_left);
  count(next, next_left);
  if (inner < 3 || 2 * short_of_edge < inner) return false;
  const Line& last = prev.lines.back();
  const double room = measure - (last.box.x1 - prev_left);
  return room < first_word_width(next.lines.front()) + space;
}

// A line alone that stops well short of where the next block's lines end, with room left
// for that block's first word and more: it ended there on purpose ("12:15 Networking
// break" at the foot of a page), it was not cut by the page end.
bool ends_early(const TextBlock& prev, const TextBlock& next) {
  if (prev.lines.size() != 1) return false;
  // Measured from each block's left edge: the next block may stand in the next column.
  double left = next.lines.front().box.x0, right = 0;
  for (const Line& line : next.lines) {
    left = std::min(left, line.box.x0);
    right = std::max(right, line.box.x1);
  }
  const Line& line = prev.lines.front();
  return (right - left) - line.box.width() >
         first_word_width(next.lines.front()) + 2 * line.font_size;
}

// A paragraph broken by a page or column end continues in the first block of the next page
// or column: it did not end a sentence, or the next one starts in lower case, or its last
// line ran to the margin.
bool continues(const TextBlock& prev, const TextBlock& next) {
  if (!prev.last_in_region || !next.first_in_region) return false;
  if (!(prev.kind == BlockKind::paragraph || prev.kind == BlockKind::list_item ||
        prev.kind == BlockKind::table_cell)) {
    return false;
  }
  const bool expected_kind = next.kind == BlockKind::paragraph ||
                             (next.kind == BlockKind::table_cell && prev.kind == next.kind);
  if (!expected_kind) return false;
  // A column jump: the next block starts above the line the previous one ended on.
  const bool jumped = next.page > prev.page || next.box.y0 < prev.lines.back().box.y0;
  if (!jumped) return false;
  const std::string& last_line = prev.lines.back().text;
  const char32_t first = first_code_point(next.lines.front().text);
  // A list entry ("M. Dupont, Maire, Samoa") rarely ends with a full stop, and the next entry
  // starts with a capital: only a lower-case start continues a list item.
  // Table cells too: a slot title ("Wrap-up of day one") has no full stop either.
  if (prev.kind == BlockKind::list_item || prev.kind == BlockKind::table_cell) {
    // A justified entry whose last line still runs to the margin was cut by the page end.
    return is_lowercase_letter(first) || last_code_point(last_line) == '-' ||
           (prev.kind == BlockKind::list_item && runs_to_the_margin(prev, next));
  }
  if (is_lowercase_letter(first)) return true;
  if (ends_early(prev, next)) return false;
  return !ends_sentence(last_line) || runs_to_the_margin(prev, next) ||
         fills_ragged_line(prev, next);
}

// Removes from |ids| and returns the lines of the page-foot footnote zone: the small-type
// lines below all body-size lines, the first of which opens a footnote.
std::vector<size_t> split_off_footnote_zone(const std::vector<Line>& lines,
                                            std::vector<size_t>& ids, const BodyStyle& body) {
  std::vector<size_t> by_top = ids;
  std::sort(by_top.begin(), by_top.end(),
            [&](size_t a, size_t b) { return lines[a].box.y0 < lines[b].box.y0; });
  size_t k = by_top.size();
  while (k > 0 && is_small(lines[by_top[k - 1]], body))
    --k;
  if (k == by_top.size() || k == 0 || !opens_footnote(lines[by_top[k]], body)) return {};
  std::vector<size_t> zone(by_top.begin() + static_cast<long>(k), by_top.end());
  std::erase_if(ids,
                [&](size_t id) { return std::find(zone.begin(), zone.end(), id) != zone.end(); });
  return zone;
}

bool aligned_with(const TextBlock& block, const TextBlock& item) {
  const double x0 = item.lines.front().box.x0;
  return std::all_of(block.lines.begin(), block.lines.end(),
                     [&](const Line& line) { return std::abs(line.box.x0 - x0) < 1.0; });
}

void assign_heading_levels(std::vector<TextBlock>& blocks, const BodyStyle& body) {
  std::vector<double> sizes;
  for (const TextBlock& b : blocks) {
    if (b.kind == BlockKind::heading && b.font_size >= 1.12 * body.font_size) {
      sizes.push_back(std::round(b.font_size));
    }
  }
  std::sort(sizes.begin(), sizes.end(), std::greater<>());
  sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());
  for (TextBlock& b : blocks) {
    if (b.kind != BlockKind::heading) continue;
    const auto it = std::find(sizes.begin(), sizes.end(), std::round(b.font_size));
    const int rank =
        it == sizes.end() ? static_cast<int>(sizes.size()) : static_cast<int>(it - sizes.begin());
    b.level = std::min(rank + 1, 6);
  }
}

std::string tidy(std::string text) {
  text = normalize_printed(text);
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ')
    out.pop_back();
  return out;
}

// Mean Tesseract confidence of the block's OCR'd words, -1 when none was read by OCR.
double mean_ocr_confidence(const TextBlock& block) {
  double sum = 0;
  int count = 0;
  for (const Line& line : block.lines) {
    for (const Word& word : line.words) {
      if (word.ocr_confidence < 0) continue;
      sum += word.ocr_confidence;
      ++count;
    }
  }
  return count > 0 ? sum / count : -1;
}

// The number a note opens with ("3 Les collectivités…" -> 3), or 0.
int leading_note_number(std::string_view text) {
  int n = 0;
  size_t i = 0;
  while (i < text.size() && i < 3 && text[i] >= '0' && text[i] <= '9')
    n = n * 10 + (text[i++] - '0');
  if (i == 0 || i >= text.size() || text[i] != ' ') return 0;
  return n;
}

// Endnotes: notes set in body type under a last heading ("Notes"), each opening with its
// number, 1, 2, 3... in order. Read as paragraphs they would be body text; a note that
// follows the previous one without extra space is split off at its number.
void mark_endnotes(std::vector<TextBlock>& blocks) {
  // The last heading, and the body blocks after it.
  size_t heading = blocks.size();
  for (size_t i = blocks.size(); i-- > 0;) {
    if (blocks[i].kind == BlockKind::heading) {
      heading = i;
      break;
    }
  }
  if (heading == blocks.size()) return;
  std::vector<TextBlock> notes;
  int expected = 1;
  for (size_t i = heading + 1; i < blocks.size(); ++i) {
    TextBlock& b = blocks[i];
    if (b.kind == BlockKind::furniture || b.kind == BlockKind::footnote) continue;
    if (b.kind != BlockKind::paragraph && b.kind != BlockKind::list_item) return;
    if (b.lines.empty() || leading_note_number(b.lines.front().text) != expected) return;
    ++expected;
    // Lines opening with the next number start the next note.
    for (size_t k = 1; k < b.lines.size(); ++k) {
      if (leading_note_number(b.lines[k].text) == expected &&
          b.lines[k].box.x0 <= b.lines.front().box.x0 + 1.0) {
        ++expected;
      }
    }
  }
  if (expected <= 2) return;  // one numbered paragraph is not a notes section
  for (size_t i = heading + 1; i < blocks.size(); ++i) {
    TextBlock& b = blocks[i];
    if (b.kind != BlockKind::paragraph && b.kind != BlockKind::list_item) continue;
    b.kind = BlockKind::footnote;
  }
  // Split the notes that ran together.
  std::vector<TextBlock> out;
  out.reserve(blocks.size());
  for (size_t i = 0; i < blocks.size(); ++i) {
    TextBlock& b = blocks[i];
    if (i <= heading || b.kind != BlockKind::footnote || b.lines.size() < 2) {
      out.push_back(std::move(b));
      continue;
    }
    int number = leading_note_number(b.lines.front().text);
    TextBlock current = b;
    current.lines.clear();
    for (const Line& line : b.lines) {
      if (!current.lines.empty() && leading_note_number(line.text) == number + 1 &&
          line.box.x0 <= b.lines.front().box.x0 + 1.0) {
        out.push_back(current);
        current.lines.clear();
        current.page = line.page;
        current.box = line.box;
        ++number;
      }
      current.lines.push_back(line);
    }
    out.push_back(std::move(current));
  }
  blocks = std::move(out);
}

// Every page's words -> its lines, pages side by side on |threads| threads. Gutters seen over
// the whole document also cut the lines of pages too short to show them. |spent|, when given,
// is |pdf| itself: each page's words are freed once its lines are built.
std::vector<PageLines> build_page_lines(const PdfText& pdf, PdfText* spent, unsigned threads) {
  std::vector<const std::vector<Word>*> all_words;
  all_words.reserve(pdf.pages.size());
  double widest = 0;
  for (const PageText& page : pdf.pages) {
    all_words.push_back(&page.words);
    widest = std::max(widest, page.width);
  }
  const std::vector<int> document_gutters = find_gutters(all_words, widest);
  std::vector<PageLines> pages(pdf.pages.size());
  for_each_index(pages.size(), threads, [&](size_t p) {
    const PageText& page = pdf.pages[p];
    pages[p].width = page.width;
    pages[p].height = page.height;
    if (!spent) {
      pages[p].lines = build_lines(page.words, page.number, document_gutters);
      return;
    }
    // The words move into the lines; the page's list goes, and the next pages' lines take
    // its memory back rather than the heap growing by a second copy of the document.
    std::vector<Word>& words = spent->pages[p].words;
    pages[p].lines = build_lines(std::move(words), page.number, document_gutters);
    std::vector<Word>().swap(words);
  });
  return pages;
}

// What one page gives on its own, before the pages are put together.
struct PageBlocks {
  std::vector<TextBlock> flow;       // body, then the footnote zone, in reading order
  std::vector<TextBlock> furniture;  // one block per running header, footer, page number
  BodyStyle style;                   // the page's own body type (page_body)
  std::vector<std::string> words;    // of all of the page's lines, for the vocabulary
};

TextBlock furniture_block(const Line& line) {
  TextBlock block;
  block.kind = BlockKind::furniture;
  block.page = line.page;
  block.box = line.box;
  block.font_size = line.font_size;
  block.lines.push_back(line);
  return block;
}

// One page's lines -> its blocks. Footnotes across the page foot would hide the columns
// above them from the XY-cut: they are read on their own, after the body.
PageBlocks page_blocks(const std::vector<Line>& lines, const std::vector<bool>& furniture,
                       const BodyStyle& body) {
  PageBlocks out;
  std::vector<size_t> body_ids;
  for (size_t i = 0; i < lines.size(); ++i) {
    Vocabulary::words_of(lines[i].text, out.words);
    if (!furniture[i]) body_ids.push_back(i);
  }
  out.style = page_body(body, lines, body_ids);
  std::vector<size_t> notes = split_off_footnote_zone(lines, body_ids, out.style);
  for (const std::vector<size_t>* ids : {&body_ids, &notes}) {
    for (const Region& region :
         order_regions(lines, *ids, out.style.line_height, out.style.line_gap)) {
      for (TextBlock& block : build_blocks(lines, region, out.style))
        out.flow.push_back(std::move(block));
    }
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    if (furniture[i]) out.furniture.push_back(furniture_block(lines[i]));
  }
  return out;
}

// Every page's blocks, pages side by side on |threads| threads, then put together in page
// order: footnotes carried over to the next page join their note there. Adds every line's
// words to |vocabulary|.
std::vector<TextBlock> build_page_blocks(std::vector<PageLines>& pages,
                                         const std::vector<std::vector<bool>>& furniture,
                                         const BodyStyle& body, unsigned threads,
                                         Vocabulary& vocabulary) {
  std::vector<PageBlocks> built(pages.size());
  for_each_index(pages.size(), threads, [&](size_t p) {
    built[p] = page_blocks(pages[p].lines, furniture[p], body);
    // The blocks hold copies of the page's lines: the memory goes to the next pages' blocks
    // rather than the heap growing by a second copy of the document.
    std::vector<Line>().swap(pages[p].lines);
  });
  std::vector<TextBlock> blocks;
  size_t last_note = SIZE_MAX;
  for (PageBlocks& page : built) {
    const size_t page_first = blocks.size();
    std::move(page.flow.begin(), page.flow.end(), std::back_inserter(blocks));
    join_continued_notes(blocks, page_first, page.style, last_note);
    std::move(page.furniture.begin(), page.furniture.end(), std::back_inserter(blocks));
    vocabulary.add_words(page.words);
    page = PageBlocks{};
  }
  return blocks;
}

// Mends paragraphs across page and column breaks; footnotes, captions and furniture met on
// the way stay where they are, after the mended paragraph.
std::vector<TextBlock> mend_breaks(std::vector<TextBlock>& blocks) {
  std::vector<TextBlock> merged;
  merged.reserve(blocks.size());
  size_t open = SIZE_MAX;  // index in |merged| of the last body block
  for (TextBlock& block : blocks) {
    const bool passes_over = block.kind == BlockKind::footnote ||
                             block.kind == BlockKind::furniture || block.kind == BlockKind::caption;
    if (open != SIZE_MAX && is_body(block.kind) && continues(merged[open], block)) {
      TextBlock& target = merged[open];
      target.lines.insert(target.lines.end(), block.lines.begin(), block.lines.end());
      target.last_in_region = block.last_in_region;
      continue;
    }
    // A markerless list running over a page break: the entries on the new page start where
    // the entries of the previous page did.
    if (open != SIZE_MAX && block.first_in_region && block.kind == BlockKind::paragraph &&
        merged[open].kind == BlockKind::list_item && !merged[open].bullet &&
        block.page > merged[open].page && aligned_with(block, merged[open])) {
      block.kind = BlockKind::list_item;
    }
    merged.push_back(std::move(block));
    if (!passes_over) open = merged.size() - 1;
  }
  return merged;
}

// |spent|, when given, is |pdf| itself: each page's words are freed once its lines are built.
LayoutResult lay_out(const PdfText& pdf, PdfText* spent, const LayoutOptions& options) {
  LayoutResult result;
  result.pages = static_cast<int>(pdf.pages.size());
  for (const PageText& page : pdf.pages) {
    if (!page.words.empty()) ++result.pages_with_text;
  }
  const unsigned threads =
      threads_for_pages(pdf.pages.size(), options.page_workers, options.parallel_min_pages);
  std::vector<PageLines> pages = build_page_lines(pdf, spent, threads);
  rejoin_spaced_titles(pages);
  {
    std::vector<const std::vector<Line>*> all_lines;
    for (const PageLines& page : pages)
      all_lines.push_back(&page.lines);
    const std::vector<double> starts = line_starts(all_lines);
    for_each_index(pages.size(), threads,
                   [&](size_t p) { cut_at_document_columns(pages[p].lines, starts); });
  }
  const std::vector<std::vector<bool>> furniture = find_furniture(pages);
  const BodyStyle body = measure_body(pages, furniture);

  Vocabulary vocabulary;
  std::vector<TextBlock> blocks = build_page_blocks(pages, furniture, body, threads, vocabulary);
  demote_large_body(blocks);
  std::vector<TextBlock> merged = mend_breaks(blocks);
  mark_endnotes(merged);
  assign_heading_levels(merged, body);
  // Each block's text is its own once the whole document's vocabulary is known.
  for_each_index(merged.size(), threads, [&](size_t i) {
    merged[i].text = tidy(join_lines(merged[i].lines, vocabulary));
    merged[i].ocr_confidence = mean_ocr_confidence(merged[i]);
  });
  std::erase_if(merged, [](const TextBlock& b) { return b.text.empty(); });
  result.blocks = std::move(merged);
  return result;
}

}  // namespace

LayoutResult lay_out(const PdfText& pdf, const LayoutOptions& options) {
  return lay_out(pdf, nullptr, options);
}

LayoutResult lay_out_spending_words(PdfText& pdf, const LayoutOptions& options) {
  return lay_out(pdf, &pdf, options);
}

}  // namespace idm
