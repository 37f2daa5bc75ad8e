#include "blocks.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

#include "lines.hpp"
#include "list_marker.hpp"
#include "unicode_text.hpp"

namespace idm {
namespace {

bool is_large(const Line& line, const BodyStyle& body) {
  return line.font_size >= 1.12 * body.font_size;
}

bool all_bold(const Line& line) {
  return std::all_of(line.words.begin(), line.words.end(), [](const Word& w) { return w.bold; });
}

// "parti-": a word broken at the line's end (a letter before the final hyphen).
bool is_letter_before_hyphen(std::string_view text) {
  if (text.size() < 2 || text.back() != '-') return false;
  const char32_t before = last_code_point(text.substr(0, text.size() - 1));
  return is_lowercase_letter(before) || is_uppercase_letter(before);
}

bool ends_like_sentence_piece(std::string_view text) {
  const char32_t last = last_code_point(text);
  return last == '.' || last == ',' || last == ';';
}

// "Venue: Palais des Nations", "Moderator: Ms …", "Orateurs :": one to three words, the
// first capitalised, the last ending with a colon (or a colon standing alone after them).
bool opens_with_label(const Line& line) {
  for (size_t k = 0; k < line.words.size() && k <= 3; ++k) {
    const std::string& text = line.words[k].text;
    if (k == 0 && !is_uppercase_letter(first_code_point(text))) return false;
    // French sets its colon apart: "Remarques de clôture :" is three words and a colon.
    if (text == ":" && k > 0) return true;
    if (k < 3 && text.size() > 1 && text.back() == ':') return true;
  }
  return false;
}

// "10:30 – 11:15", "16 h 30", "5 p.m. – 5.45": a line that opens with a figure and whose
// words are figures, dashes or short unit words. A column of such lines is a column of
// values (an agenda's times), one per line.
bool figures_only(const Line& line) {
  if (line.words.empty() || line.words.size() > 8) return false;
  const char first = line.words.front().text.front();
  if (first < '0' || first > '9') return false;
  return std::all_of(line.words.begin(), line.words.end(), [](const Word& w) {
    const std::string_view text = w.text;
    bool digit = false, letters = false;
    for (size_t i = 0; i < text.size(); ++i) {
      if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // inside a character
      digit = digit || (text[i] >= '0' && text[i] <= '9');
      letters = letters || is_letter(first_code_point(text.substr(i)));
    }
    // "h", "a.m.", "hrs": unit words are short; "2019–2020" is figures.
    return digit || !letters || code_point_count(text) <= 4;
  });
}

// A line that stands as a heading: larger type, or bold body type that does not read as the
// bold lead sentence of a paragraph.
bool is_heading_line(const Line& line, const BodyStyle& body) {
  if (leading_list_marker(line.text) > 0 && !is_large(line, body)) return false;
  if (is_large(line, body)) return code_point_count(line.text) < 200;
  return all_bold(line) && !is_small(line, body) && !ends_like_sentence_piece(line.text) &&
         code_point_count(line.text) < 120;
}

}  // namespace

bool is_small(const Line& line, const BodyStyle& body) {
  const double text = body.small_print > 0 ? body.small_print : body.font_size;
  return line.font_size <= 0.88 * text;
}

bool opens_footnote(const Line& line, const BodyStyle& body) {
  if (!is_small(line, body) || line.words.empty()) return false;
  std::string_view first = line.words.front().text;
  if (first == "*" || first == "\u2020") return line.words.size() > 1;
  size_t digits = 0;
  while (digits < first.size() && first[digits] >= '0' && first[digits] <= '9')
    ++digits;
  if (digits == 0 || digits > 3) {
    const char32_t c = first_code_point(first);
    return (c == 0xB9 || c == 0xB2 || c == 0xB3 || (c >= 0x2070 && c <= 0x2079)) &&
           line.words.size() > 1;
  }
  // "1", "1.", "1)" followed by text, or "1Groupe" when the call is glued to the text.
  return line.words.size() > 1 || first.size() > digits + 1;
}

namespace {

struct Builder {
  const std::vector<Line>& lines;
  const Region& region;
  const BodyStyle& body;
  double left = 1e9, right = 0;
  std::vector<TextBlock> out;
  size_t at = 0;  // index in |region.lines| of the line being placed

  void start(const Line& line, BlockKind kind) {
    TextBlock block;
    block.kind = kind;
    block.page = line.page;
    block.box = line.box;
    block.font_size = line.font_size;
    block.bold = all_bold(line);
    block.lines.push_back(line);
    out.push_back(std::move(block));
  }

  void extend(const Line& line) {
    out.back().lines.push_back(line);
    out.back().box.unite(line.box);
  }

  // Did the previous line end early on purpose? Then the next word would have fitted
  // before |edge| (the text's right edge unless told).
  bool deliberate_break(const Line& prev, const Line& next, double edge = 0) const {
    const double room = (edge > 0 ? edge : right) - prev.box.x1;
    return room > first_word_width(next) + 0.6 * body.font_size;
  }

  // A heading wraps at its own measure, often narrower than the text's (a title set ragged
  // in a column): the right edge of the lines of its type that follow on at its leading.
  double heading_measure() const {
    const Line& first = out.back().lines.front();
    double edge = 0;
    const Line* prev = nullptr;
    for (size_t k = at - out.back().lines.size(); k < region.lines.size(); ++k) {
      const Line& line = lines[region.lines[k]];
      if (prev && (std::abs(line.font_size - first.font_size) > 0.1 * body.font_size ||
                   all_bold(line) != all_bold(first) ||
                   line.box.y0 - prev->box.y1 > body.line_gap + 0.3 * body.line_height))
        break;
      edge = std::max(edge, line.box.x1);
      prev = &line;
    }
    return edge;
  }

  // Entries set one below the other without the white space of a new paragraph:
  // - a list entry's next line that goes back left of its marker, in another weight or
  //   opening with a label: the next row of a programme ("Panel 2: …" in bold under a
  //   speaker, "Moderator: …" under a question);
  // - two lines of figures (a column of times), each a value of its own, and headings
  //   that open with a figure alike;
  // - lines of body text (not captions, not notes), of body size, not both bold, set further apart
  // than the body's leading by a
  //   clear margin, if less than a blank line (entries of a contents list, a label line over
  //   prose). Bold titles may wrap at a looser leading.
  bool starts_next_entry(const Line& prev, const Line& line) const {
    const TextBlock& current = out.back();
    if (current.kind == BlockKind::list_item &&
        line.box.x0 < current.lines.front().box.x0 - 0.5 * body.font_size &&
        (all_bold(line) != all_bold(prev) || opens_with_label(line)))
      return true;
    // "¿…?" / "¿…?": in a block indented as a whole (a list without markers, read as
    // paragraphs until mark_markerless_items), a question ends its entry at the question mark
    // when the next line opens another question.
    const char32_t last = last_code_point(prev.text);
    const double indent = current.lines.front().box.x0;
    if (last == '?' && first_code_point(line.text) == 0xBF &&
        first_code_point(current.lines.front().text) == 0xBF &&
        indent >= left + 0.6 * body.font_size && std::abs(line.box.x0 - indent) < 1.0)
      return true;
    // "10.30 a.m. –" / "12 p.m." is one value wrapped after its dash.
    const bool open_range = last == '-' || last == 0x2013 || last == 0x2014;
    if (figures_only(prev) && !open_range && figures_only(line)) return true;
    // Headings that open with a figure of the same shape ("13:00-14:30 Lunch" over
    // "14:30-15:30 Closing", "3.1 …" over "3.2 …") are stacked entries, not one title
    // wrapped (a year carried over below "4. Session II, 4-5 October" is no entry).
    const auto figure_shape = [](const Line& l) {
      std::string shape;
      if (l.words.size() < 2 || l.text.front() < '0' || l.text.front() > '9') return shape;
      for (char c : l.words.front().text)
        shape += (c >= '0' && c <= '9') ? '9' : c;
      return shape;
    };
    if (current.kind == BlockKind::heading) {
      const std::string shape = figure_shape(line);
      if (!shape.empty() && shape == figure_shape(current.lines.front())) return true;
    }
    if (current.kind != BlockKind::paragraph && current.kind != BlockKind::list_item &&
        current.kind != BlockKind::table_cell)
      return false;
    const double gap = line.box.y0 - prev.box.y1;
    const bool broken_word = last == '-' && is_lowercase_letter(first_code_point(line.text));
    const auto body_size = [&](const Line& l) {
      return std::abs(l.font_size - body.font_size) < 0.1 * body.font_size;
    };
    return gap > body.line_gap + 0.2 * body.line_height && !broken_word && body_size(prev) &&
           body_size(line) && !(all_bold(prev) && all_bold(line));
  }

  // A bold body-size line that runs to the margin and whose words go on in bold on the next
  // line, where regular type follows: the bold lead sentence of a paragraph, longer than a
  // line, not a heading. The block it opened becomes that paragraph.
  // The same when the lead sentence fills its last line to the margin, full stop included,
  // and regular type goes on below.
  bool continues_bold_lead(const Line& prev, const Line& line) const {
    if (is_large(prev, body) || is_large(line, body) || line.words.empty()) return false;
    if (deliberate_break(prev, line)) return false;
    if (!line.words.front().bold) return ends_like_sentence_piece(prev.text) && all_bold(prev);
    return !all_bold(line);
  }

  // "… as the delegate of Ruritania" / "– speaking for the region –": a dash opening a line of a
  // paragraph whose previous line ran to the margin in mid-sentence (a letter or a bracket, no
  // punctuation) is an aside in the sentence, not a bullet: a list would follow a short line or a
  // colon.
  bool dash_inside_sentence(const Line& prev, const Line& line) const {
    if (out.back().kind != BlockKind::paragraph || line.words.empty()) return false;
    const std::string& marker = line.words.front().text;
    if (marker != "\u2013" && marker != "\u2014" && marker != "-") return false;
    const char32_t last = last_code_point(prev.text);
    if (!(is_letter(last) || last == ')')) return false;
    return prev.box.x1 >= right - 0.5 * body.font_size;
  }

  bool new_block_before(const Line& prev, const Line& line) const {
    const TextBlock& current = out.back();
    // A table of contents' entry ends at its page number.
    if (prev.leader) return true;
    const double gap = line.box.y0 - prev.box.y1;
    // A word broken at the line's end goes on below, whatever the leading of its type.
    const bool broken_word = last_code_point(prev.text) == '-' &&
                             is_lowercase_letter(first_code_point(line.text)) &&
                             gap < prev.box.height();
    // A bold or large title that filled its line goes on in lower case below, even where its lines
    // stand further apart than the body's ("Session 3: Building inclusive" / "societies").
    // Titles in larger type alike, bold or not (Type 3 fonts carry no weight).
    const bool wrapped_title =
        ((all_bold(prev) && all_bold(line)) || (is_large(prev, body) && is_large(line, body))) &&
        std::abs(line.font_size - prev.font_size) < 0.05 * body.font_size &&
        is_lowercase_letter(first_code_point(line.text)) && !ends_like_sentence_piece(prev.text) &&
        !deliberate_break(prev, line) && gap < 1.5 * prev.box.height();
    if (gap > body.line_gap + 0.3 * body.line_height && !broken_word && !wrapped_title) return true;
    // Nor does a bold lead sentence or a title end inside a word ("la parti-" / "cipación").
    if (broken_word && std::abs(line.font_size - prev.font_size) <= 0.1 * body.font_size &&
        is_letter_before_hyphen(prev.text))
      return false;
    if (std::abs(line.font_size - prev.font_size) > 0.1 * body.font_size &&
        !(current.kind == BlockKind::footnote && is_small(line, body))) {
      return true;
    }
    if (starts_next_entry(prev, line)) return true;
    if (current.kind == BlockKind::heading) {
      if (continues_bold_lead(prev, line)) return false;
      return !is_heading_line(line, body) || deliberate_break(prev, line, heading_measure());
    }
    // Larger type opens a heading; bold body type alone does not (a paragraph's bold lead
    // sentence runs over several lines): such headings are set apart by space or a short line.
    if (is_large(line, body) != is_large(prev, body)) return true;
    if (current.kind == BlockKind::footnote) return opens_footnote(line, body);
    if (leading_list_marker(line.text) > 0 && !dash_inside_sentence(prev, line)) return true;
    // In a table cell, a line opening with a label ("Venue:", "Chair:") starts an entry.
    if (current.kind == BlockKind::table_cell && opens_with_label(line)) return true;
    // A table cell's bold title ("Session 1: Migration and climate") ends where regular type
    // starts on the next line: what follows is the slot's description or a label.
    if (current.kind == BlockKind::table_cell && !line.words.empty() && !line.words.front().bold &&
        !ends_like_sentence_piece(prev.text) &&
        std::all_of(current.lines.begin(), current.lines.end(), all_bold)) {
      return true;
    }
    if (deliberate_break(prev, line)) return true;
    // First-line indent after a full line. List items hang instead, their later lines
    // indented on purpose, unless the item's own second line went back to where it started.
    const bool hangs = current.kind == BlockKind::list_item &&
                       !(current.lines.size() >= 2 &&
                         std::abs(current.lines[1].box.x0 - current.lines[0].box.x0) < 1.0);
    // Centred lines (a title page's) start further in when shorter, as much as they end
    // short of the right edge: no indent.
    const bool centred = std::abs(line.box.center_x() - prev.box.center_x()) < 1.5 &&
                         std::abs((line.box.x0 - left) - (right - line.box.x1)) < 1.5;
    return !hangs && !centred && line.box.x0 > left + 0.8 * body.font_size &&
           prev.box.x0 <= left + 0.3 * body.font_size;
  }

  BlockKind kind_of_first_line(const Line& line) const {
    if (opens_footnote(line, body)) return BlockKind::footnote;
    if (starts_caption(line.text)) return BlockKind::caption;
    // Entries of a table of contents are a list, whatever their numbering or type.
    if (line.leader) return BlockKind::list_item;
    // "1. Introduction" in larger type is a numbered heading, not a list item.
    if (is_large(line, body) && is_heading_line(line, body)) return BlockKind::heading;
    if (leading_list_marker(line.text) > 0) return BlockKind::list_item;
    // Inside a table, bold type marks a slot's time and title, not a heading.
    if (region.role != RegionRole::flow) return BlockKind::table_cell;
    if (is_heading_line(line, body)) return BlockKind::heading;
    return BlockKind::paragraph;
  }

  // A line or two run out past the edge the other lines share (a long name that would not
  // break, a line set a little wide) must not make every full line of the region look cut
  // short on purpose.
  double overflow_free_edge(double edge) const {
    std::vector<double> ends;
    for (size_t id : region.lines) {
      if (!is_large(lines[id], body)) ends.push_back(lines[id].box.x1);
    }
    std::sort(ends.begin(), ends.end(), std::greater<>());
    // The furthest edge that two lines or more reach, and how many reach it.
    size_t first = 0;
    while (first + 1 < ends.size() && ends[first] - ends[first + 1] >= 1.0)
      ++first;
    if (first == 0 || first + 1 >= ends.size() || std::abs(ends[0] - edge) > 0.5) return edge;
    size_t at_edge = 0;
    for (double end : ends)
      at_edge += std::abs(end - ends[first]) < 1.0 ? 1 : 0;
    // Justified lines by the dozen against one or two beyond; or one line far beyond. Short
    // lines that happen to end level (two list entries) make no edge.
    if (ends[first] - left < 0.8 * (ends[0] - left)) return edge;
    const bool many = at_edge >= 3 && at_edge >= 3 * first;
    const bool one_far = first == 1 && ends[0] - ends[1] > 3 * body.font_size;
    return many || one_far ? ends[first] : edge;
  }

  void run() {
    // The text's right edge, from body-size lines: a title in larger type may span the
    // columns above a column's text, and every line of the column would look cut short.
    double body_right = 0;
    for (size_t id : region.lines) {
      left = std::min(left, lines[id].box.x0);
      right = std::max(right, lines[id].box.x1);
      if (!is_large(lines[id], body)) body_right = std::max(body_right, lines[id].box.x1);
    }
    if (body_right > 0) right = body_right;
    right = overflow_free_edge(right);
    const Line* prev = nullptr;
    for (at = 0; at < region.lines.size(); ++at) {
      const Line& line = lines[region.lines[at]];
      if (!prev || new_block_before(*prev, line)) {
        start(line, kind_of_first_line(line));
      } else {
        if (out.back().kind == BlockKind::heading && continues_bold_lead(*prev, line))
          out.back().kind = BlockKind::paragraph;
        extend(line);
      }
      prev = &line;
    }
    // Footnotes and captions at the foot of a region do not end its text flow.
    for (auto it = out.rbegin(); it != out.rend(); ++it) {
      if (it->kind != BlockKind::footnote && it->kind != BlockKind::caption) {
        it->last_in_region = true;
        break;
      }
    }
    if (!out.empty()) out.front().first_in_region = true;
    for (TextBlock& block : out) {
      if (block.kind == BlockKind::list_item) strip_bullet(block);
    }
    mark_markerless_items();
  }

  // Lists whose markers are drawn rather than printed (HTML bullets, list-style: none) show
  // as blocks indented as a whole, one after another or after a line ending with a colon.
  bool indented_whole(const TextBlock& block) const {
    if (block.kind != BlockKind::paragraph && block.kind != BlockKind::table_cell) return false;
    const double x0 = block.lines.front().box.x0;
    if (x0 < left + 0.6 * body.font_size) return false;
    return std::all_of(block.lines.begin(), block.lines.end(),
                       [&](const Line& l) { return std::abs(l.box.x0 - x0) < 1.0; });
  }

  void mark_markerless_items() {
    std::vector<bool> indented(out.size());
    for (size_t i = 0; i < out.size(); ++i)
      indented[i] = indented_whole(out[i]);
    for (size_t i = 0; i < out.size(); ++i) {
      if (!indented[i]) continue;
      const double x0 = out[i].lines.front().box.x0;
      auto same_indent = [&](size_t j) {
        return indented[j] && std::abs(out[j].lines.front().box.x0 - x0) < 1.0;
      };
      const bool after_colon = i > 0 && last_code_point(out[i - 1].lines.back().text) == ':';
      const bool in_series =
          (i > 0 && same_indent(i - 1)) || (i + 1 < out.size() && same_indent(i + 1));
      if (after_colon || in_series) out[i].kind = BlockKind::list_item;
    }
  }

  // Bullets and dashes are drawing, not text; enumerators ("1)", "a)") are kept as printed.
  static void strip_bullet(TextBlock& block) {
    Line& first = block.lines.front();
    const size_t marker = leading_list_marker(first.text);
    if (marker == 0 || is_enumerator(std::string_view(first.text).substr(0, marker))) return;
    block.bullet = true;
    if (!first.words.empty() && is_list_marker(first.words.front().text)) {
      first.words.erase(first.words.begin());
      finish_line(first);
    } else {
      first.text.erase(0, marker + 1);
    }
  }
};

}  // namespace

bool starts_caption(std::string_view text) {
  static constexpr std::array<std::string_view, 16> kCues = {
      "photo:", "photo :", "photo ",  "figure ",  "fig. ",   "graphique ", "gráfico ", "figura ",
      "foto:",  "foto :",  "source:", "source :", "fuente:", "fuente :",   "\u00a9 ",  "credit:"};
  const std::string folded = fold_for_matching(text.substr(0, 24));
  for (std::string_view cue : kCues) {
    const std::string folded_cue = fold_for_matching(cue);
    if (folded.compare(0, folded_cue.size(), folded_cue) == 0) return true;
  }
  return false;
}

std::vector<TextBlock> build_blocks(const std::vector<Line>& lines, const Region& region,
                                    const BodyStyle& body) {
  Builder builder{lines, region, body, 1e9, 0, {}, 0};
  builder.run();
  return std::move(builder.out);
}

}  // namespace idm
