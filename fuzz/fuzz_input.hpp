#pragma once
// Reads a fuzzer's bytes as a stream of small decisions: numbers in a range, flags, and text
// made of words the classifiers look for (cue words, times, dates, markers) or raw bytes.
// Past the end every read gives 0 / empty, so each input decodes to one value.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace idm::fuzz {

class Input {
 public:
  Input(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}

  bool empty() const { return pos_ >= size_; }

  std::uint8_t byte() { return pos_ < size_ ? data_[pos_++] : 0; }

  std::uint16_t u16() { return static_cast<std::uint16_t>(byte() | (byte() << 8)); }

  /// An integer in [lo, hi].
  int range(int lo, int hi) {
    const unsigned span = static_cast<unsigned>(hi - lo) + 1;
    return lo + static_cast<int>(u16() % span);
  }

  /// A number in [lo, hi] (65536 steps).
  double number(double lo, double hi) { return lo + (hi - lo) * (u16() / 65535.0); }

  bool flag() { return byte() & 1; }

  /// Up to |max_pieces| pieces: words of the dictionary, punctuation, or raw bytes.
  std::string text(int max_pieces);

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t pos_ = 0;
};

/// What the stages look for, in the three languages (and a few traps: U+FFFD, ligatures,
/// soft hyphens, "(cid:", invalid UTF-8).
inline constexpr std::string_view kDictionary[] = {"Ordre du jour",
                                                   "Agenda",
                                                   "Programa",
                                                   "Note conceptuelle",
                                                   "Concept note",
                                                   "Nota conceptual",
                                                   "Résumé des conclusions",
                                                   "Summary of conclusions",
                                                   "Rapport",
                                                   "Report",
                                                   "International Dialogue on Migration",
                                                   "Dialogue international sur la migration",
                                                   "Diálogo Internacional sobre la Migración",
                                                   "Genève",
                                                   "Geneva",
                                                   "New York",
                                                   "Ginebra",
                                                   "Palais des Nations",
                                                   "salle XVIII",
                                                   "Lieu :",
                                                   "Venue:",
                                                   "Lugar:",
                                                   "Modérateur :",
                                                   "Moderator:",
                                                   "Moderadora:",
                                                   "Orateurs :",
                                                   "Speakers:",
                                                   "Oradores:",
                                                   "M.",
                                                   "Mme",
                                                   "Mr",
                                                   "Ms",
                                                   "S.E.",
                                                   "Dr",
                                                   "Sra.",
                                                   "H.E.",
                                                   "Ambassador",
                                                   "Director-General",
                                                   "Permanent",
                                                   "Representative of",
                                                   "a souligné que",
                                                   "stressed that",
                                                   "señaló que",
                                                   "Selon",
                                                   "According to",
                                                   "Como señaló",
                                                   "Messages clés",
                                                   "Key messages",
                                                   "Mensajes clave",
                                                   "Recommandations",
                                                   "Recommendations",
                                                   "Recomendaciones",
                                                   "Questions qui orienteront",
                                                   "Guiding questions",
                                                   "Preguntas",
                                                   "Journée 1",
                                                   "Day 2",
                                                   "Día 1",
                                                   "Première journée",
                                                   "lundi",
                                                   "Monday",
                                                   "lunes",
                                                   "8 et 9 octobre 2018",
                                                   "April 18–19, 2017",
                                                   "18 y 19 de abril de 2032",
                                                   "30 septembre au",
                                                   "1er octobre 2018",
                                                   "14-15 April 2031",
                                                   "December 2031",
                                                   "mars",
                                                   "March",
                                                   "marzo",
                                                   "2018",
                                                   "2031",
                                                   "9 h – 10 h",
                                                   "10 h 30 – 12 h",
                                                   "10h30–12h",
                                                   "10:30 – 12:00",
                                                   "17 h -17 h 30",
                                                   "10.30 – 12.00 horas",
                                                   "13:00",
                                                   "Pause café",
                                                   "Lunch",
                                                   "Almuerzo",
                                                   "Ouverture",
                                                   "Opening",
                                                   "Apertura",
                                                   "Clôture",
                                                   "Closing",
                                                   "Panel",
                                                   "Table ronde",
                                                   "Side event",
                                                   "Enregistrement",
                                                   "Registration",
                                                   "•",
                                                   "–",
                                                   "—",
                                                   "-",
                                                   "1)",
                                                   "a)",
                                                   "1.",
                                                   "ii.",
                                                   "*",
                                                   "«",
                                                   "»",
                                                   "\"",
                                                   "'",
                                                   "’",
                                                   "(",
                                                   ")",
                                                   "[",
                                                   "]",
                                                   ":",
                                                   ";",
                                                   ",",
                                                   ".",
                                                   "?",
                                                   "!",
                                                   "/",
                                                   "Photo",
                                                   "Figure",
                                                   "Source",
                                                   "Page",
                                                   "Page 3 of 9",
                                                   "\xEF\xBF\xBD",
                                                   "ﬁ",
                                                   "ﬂ",
                                                   "\xC2\xAD",
                                                   "(cid:12)",
                                                   "migration",
                                                   "migrants",
                                                   "des",
                                                   "the",
                                                   "de",
                                                   "la",
                                                   "and",
                                                   "y",
                                                   "et",
                                                   "Jean-Pierre",
                                                   "O'Neil",
                                                   "Müller",
                                                   "Ñandú",
                                                   "ÉTATS",
                                                   "œuvre",
                                                   "\xFF",
                                                   "\xC3",
                                                   "\xE2\x80",
                                                   "\t",
                                                   "\n",
                                                   "  "};

inline std::string Input::text(int max_pieces) {
  std::string out;
  const int pieces = range(0, max_pieces);
  for (int i = 0; i < pieces && !empty(); ++i) {
    const std::uint8_t choice = byte();
    if (choice < 200) {
      out += kDictionary[choice % std::size(kDictionary)];
    } else if (choice < 240) {
      const int n = range(1, 12);
      for (int k = 0; k < n; ++k)
        out += static_cast<char>(byte());
    } else {
      out += std::to_string(range(0, 2100));
    }
    if (flag()) out += ' ';
  }
  return out;
}

}  // namespace idm::fuzz
