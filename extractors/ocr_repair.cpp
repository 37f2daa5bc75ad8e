#include "ocr_repair.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "unicode_text.hpp"

namespace idm {
namespace {

// ======================================================================= language data
//
// Word lists are space-separated, lower case, spelled right. They are short on purpose: a
// repair needs the right form to be known, and most evidence comes from the document itself.

struct Substitution {
  std::u32string_view read;   // what OCR printed
  std::u32string_view meant;  // what was typeset
};

struct LanguageRules {
  std::string_view code;
  std::string_view function_words;  // frequent short words that identify the language
  // Letter pairs (read, meant) OCR confuses within one word that is equal once accents are
  // folded: a lost accent ("e" for "é") or the wrong one ("é" for "è").
  std::vector<Substitution> accent_pairs;
  // Other confusions, tried one occurrence at a time ("ceu" for "œu", "d" for "û").
  std::vector<Substitution> confusions;
  // Common words, spelled right (candidates, and never changed themselves).
  std::string_view dictionary;
  // Words that are words with and without an accent: never changed, never a candidate.
  std::string_view ambiguous;
  // Elision: the letter and what OCR reads for it ("I'OIM", "1'OIM", "P'OIM" for "l'OIM").
  std::u32string_view elided_letter;
  std::vector<std::u32string_view> elision_misreads;
  // A one-letter preposition and its misreads ("a", "&", "4" for "à"); |verb_form| is the
  // misread that is also a word ("a", from avoir), repaired only where grammar excludes it.
  std::u32string_view preposition;
  std::vector<std::u32string_view> preposition_misreads;
  std::u32string_view verb_form;
  std::string_view governing_words;  // words followed by the preposition, never a subject
  std::string_view object_starts;    // words that can follow the preposition, not a number
  std::vector<std::u32string_view> infinitive_endings;
  std::string_view infinitives;      // infinitives without those endings ("faire")
  std::string_view not_infinitives;  // words with those endings that are not infinitives
  // Roman numerals read as words, fixed mid-sentence only ("annexe Il" -> "annexe II").
  std::vector<Substitution> roman_numerals;
};

const LanguageRules kFrench{
    "fr",
    "le les des du et est une pour dans qui sur au aux ces cette sont par avec",
    {{U"e", U"é"}, {U"e", U"è"}, {U"e", U"ê"}, {U"e", U"ë"}, {U"é", U"è"}, {U"é", U"ê"},
     {U"é", U"ë"}, {U"è", U"é"}, {U"è", U"ê"}, {U"ê", U"é"}, {U"ê", U"è"}, {U"a", U"à"},
     {U"a", U"â"}, {U"à", U"â"}, {U"i", U"î"}, {U"i", U"ï"}, {U"î", U"ï"}, {U"o", U"ô"},
     {U"u", U"û"}, {U"u", U"ù"}, {U"ù", U"û"}, {U"c", U"ç"}},
    {{U"ceu", U"œu"}, {U"ce", U"œ"}, {U"é", U"ô"}, {U"d", U"û"}, {U"é", U"â"}, {U"é", U"î"}},
    // Written for this module: frequent words of institutional French that carry accents.
    "à là où déjà voilà très après près dès succès accès procès progrès congrès exprès "
    "être été êtes même mêmes thème thèmes système systèmes problème problèmes programme "
    "matière matières manière manières frontière frontières première premières dernière "
    "dernières régulière régulières particulière particulières lumière carrière carrières "
    "filière filières financière financières étrangère étrangères entière entières "
    "sûr sûre sûrs sûres sûreté sûrement dû due plutôt tôt bientôt aussitôt côté côtés "
    "rôle rôles contrôle contrôles contrôler pôle pôles hôte hôtes hôtel diplôme diplômes "
    "âge âges tâche tâches bâtir mâle grâce grâces âme âmes théâtre pâques "
    "île îles maître maîtres maîtrise connaître reconnaître paraître naître "
    "intérêt intérêts forêt forêts arrêt arrêter prêt prête prêts prêtes revêt revêtir "
    "fenêtre tête têtes fête fêtes enquête enquêtes requête requêtes conquête quête "
    "même extrême extrêmes suprême baptême chêne gêne honnête bête "
    "mère père frère frères sœur sœurs siècle siècles règle règles modèle modèles "
    "fidèle fidèles parallèle parallèles achève achèvement élève élèves mène mènent "
    "zèle collègue collègues stratège stratèges privilège privilèges sphère sphères "
    "critère critères caractère caractères ministère ministères mystère "
    "œuvre œuvres œuvrer œuvrent œuvrant manœuvre manœuvres cœur cœurs vœu vœux nœud "
    "nœuds œil œuf œufs sœur chef-d'œuvre main-d'œuvre "
    "état états société sociétés santé sécurité sûreté égalité qualité réalité priorité "
    "capacité capacités mobilité diversité solidarité responsabilité responsabilités "
    "communauté communautés autorité autorités activité activités identité "
    "développement développements réfugié réfugiés réfugiée réfugiées déplacé déplacés "
    "économie économique économiques éducation élaboration élaborer également égard "
    "évaluation événement événements évènement évènements expérience expériences "
    "général générale généraux générales réunion réunions région régions régional "
    "régionale régionaux régionales intégration intégrer élément éléments étude études "
    "intérieur intérieure extérieur extérieure supérieur supérieure inférieur "
    "stratégie stratégies stratégique stratégiques énergie politique politiques "
    "numéro numéros période périodes procédure procédures mécanisme mécanismes "
    "présentation présenter présence présent présente présents présidence président "
    "présidente référence références préoccupation préoccupations prévention protégé "
    "protégés accès réponse réponses réseau réseaux résultat résultats résolution "
    "coopération opération opérations démocratie déclaration délégation délégations "
    "décision décisions dépenses données désormais différent différente différents "
    "différentes difficulté difficultés bénéfice bénéfices génération générations "
    "intérêt gérer gestion régulier réguliers régulière régularisation sécuritaire "
    "problématique thématique thématiques systématique pratique pratiques "
    "numérique célèbre éventuel éventuelle nécessaire nécessaires nécessité "
    "néanmoins séance séances pénurie médias média véritable véritables "
    "clé clés idée idées année années journée journées arrivée durée entrée "
    "déjà cinquième deuxième troisième quatrième sixième septième huitième neuvième "
    "dixième onzième douzième vingtième",
    // Pairs whose unaccented twin is a word too (or the other way round).
    "a ou la du des sur mur cote cotes côte côtes tache taches peche pêche péché "
    "pecher pêcher pécher pres prés mais maïs eut eût fut fût jeune jeûne foret "
    "chasse châsse pale pâle mat mât roder rôder cru crû sale salé retraite "
    "marche marché interne interné traite traité cree crée créé",
    U"l",
    {U"I", U"1", U"|", U"P"},
    U"à",
    {U"a", U"&", U"4"},
    U"a",
    "grâce face quant jusqu conformément relatif relative relatifs relatives ouvert ouverte "
    "ouverts ouvertes consiste consistent consistant vise visent visant invite invitent "
    "invitant contribue contribuent contribuant contribuer participer participe participent "
    "participant procéder procède remédier répondre recours accès droit droits",
    "la l tous toutes travers partir ce cet cette ces chaque leur leurs son sa ses notre nos "
    "votre vos d autres",
    {U"er", U"ir", U"oir"},
    "faire mettre prendre promouvoir être dire lire écrire produire réduire construire "
    "répondre attendre comprendre entreprendre apprendre poursuivre suivre vivre permettre "
    "soumettre transmettre remettre connaître reconnaître atteindre rejoindre résoudre "
    "combattre battre naître inclure conclure exclure",
    "premier dernier entier particulier régulier singulier foyer dossier quartier chantier "
    "métier papier atelier calendrier fichier hiver mer fer cher hier enfer leader super "
    "cancer laser poster avenir désir plaisir loisir souvenir soupir saphir espoir devoir "
    "pouvoir savoir avoir pouvoir couloir miroir soir noir trottoir terroir manoir rasoir "
    "mouchoir tiroir comptoir territoir",
    {{U"Il", U"II"}, {U"Ill", U"III"}},
};

const LanguageRules* rules_for(const std::string& language) {
  if (language == "fr") return &kFrench;
  return nullptr;
}

// ======================================================================= text helpers

std::u32string decode(std::string_view s) {
  std::u32string out;
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    if (i + static_cast<size_t>(n) > s.size()) n = 1;
    for (int k = 1; k < n; ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<size_t>(k)]) & 0x3F);
    out += cp;
    i += static_cast<size_t>(n);
  }
  return out;
}

std::string encode(std::u32string_view s) {
  std::string out;
  for (char32_t c : s)
    append_utf8(out, c);
  return out;
}

// Latin letters only: what French, Spanish and English print.
char32_t lower(char32_t c) {
  if ((c >= U'A' && c <= U'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7)) return c + 0x20;
  if (c == 0x152) return 0x153;  // Œ
  return c;
}

char32_t upper(char32_t c) {
  if ((c >= U'a' && c <= U'z') || (c >= 0xE0 && c <= 0xFE && c != 0xF7)) return c - 0x20;
  if (c == 0x153) return 0x152;
  return c;
}

std::u32string lower(std::u32string s) {
  for (char32_t& c : s)
    c = lower(c);
  return s;
}

char32_t fold(char32_t c) {
  c = lower(c);
  switch (c) {
    case U'à':
    case U'â':
    case U'ä':
      return U'a';
    case U'é':
    case U'è':
    case U'ê':
    case U'ë':
      return U'e';
    case U'î':
    case U'ï':
      return U'i';
    case U'ô':
    case U'ö':
      return U'o';
    case U'ù':
    case U'û':
    case U'ü':
      return U'u';
    case U'ç':
      return U'c';
    default:
      return c;
  }
}

std::u32string fold(std::u32string s) {
  for (char32_t& c : s)
    c = fold(c);
  return s;
}

bool letter(char32_t c) {
  return is_letter(c);
}
bool apostrophe(char32_t c) {
  return c == U'\'' || c == 0x2019;
}
bool vowel_or_h(char32_t c) {
  const char32_t f = fold(c);
  return f == U'a' || f == U'e' || f == U'i' || f == U'o' || f == U'u' || f == U'y' || f == U'h' ||
         c == 0x153;
}

std::unordered_set<std::u32string> word_set(std::string_view list) {
  std::unordered_set<std::u32string> out;
  size_t i = 0;
  while (i < list.size()) {
    const size_t j = std::min(list.find(' ', i), list.size());
    if (j > i) out.insert(decode(list.substr(i, j - i)));
    i = j + 1;
  }
  return out;
}

// A printed word taken apart: "(l'économie," -> lead "(", elision "l'", core "économie",
// trail ",".
struct Token {
  std::u32string lead, elision, core, trail;
  std::u32string whole() const { return lead + elision + core + trail; }
};

Token parse(const std::string& text) {
  const std::u32string s = decode(text);
  Token t;
  size_t b = 0, e = s.size();
  while (b < e && !letter(s[b]) && !(s[b] >= U'0' && s[b] <= U'9'))
    ++b;
  while (e > b && !letter(s[e - 1]) && !(s[e - 1] >= U'0' && s[e - 1] <= U'9'))
    --e;
  t.lead = s.substr(0, b);
  t.trail = s.substr(e);
  std::u32string body = s.substr(b, e - b);
  // A lone elided article keeps its apostrophe in the trail: "I'" -> core "I", trail "'".
  size_t apos = std::u32string::npos;
  for (size_t i = 0; i < body.size(); ++i) {
    if (apostrophe(body[i])) apos = i;
  }
  if (apos != std::u32string::npos) {
    t.elision = body.substr(0, apos + 1);
    t.core = body.substr(apos + 1);
  } else {
    t.core = body;
  }
  return t;
}

bool ends_sentence(const std::u32string& text) {
  for (auto it = text.rbegin(); it != text.rend(); ++it) {
    const char32_t c = *it;
    if (c == U'.' || c == U'!' || c == U'?') return true;
    if (c == U')' || c == U'"' || c == 0xBB || c == 0x201D || c == U' ') continue;
    return false;
  }
  return false;
}

bool all_lower_letters(const std::u32string& s) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [](char32_t c) { return letter(c) && lower(c) == c; });
}

// ======================================================================= the repairer

class Repairer {
 public:
  Repairer(const LanguageRules& rules, const std::vector<Word*>& words,
           const std::vector<std::string>& trusted)
      : rules_(rules),
        dictionary_(word_set(rules.dictionary)),
        ambiguous_(word_set(rules.ambiguous)),
        governing_(word_set(rules.governing_words)),
        object_starts_(word_set(rules.object_starts)),
        infinitives_(word_set(rules.infinitives)),
        not_infinitives_(word_set(rules.not_infinitives)) {
    for (const std::string& w : trusted) {
      for (const std::u32string& part : parts(parse(w).core)) {
        trusted_.insert(lower(part));
        add_form(part);
      }
    }
    for (const Word* w : words) {
      for (const std::u32string& part : parts(parse(w->text).core))
        add_form(part);
    }
    for (const std::u32string& d : dictionary_)
      by_fold_[fold(d)].insert(d);
  }

  int run(std::vector<Word*>& words) {
    std::vector<Token> tokens;
    tokens.reserve(words.size());
    for (const Word* w : words)
      tokens.push_back(parse(w->text));
    int changed = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
      const Token* prev = i > 0 ? &tokens[i - 1] : nullptr;
      const Token* next = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
      Token t = tokens[i];
      repair_elision(t, prev, next);
      repair_preposition(t, prev, next);
      repair_roman(t, prev, next);
      repair_core(t);
      if (t.whole() != tokens[i].whole()) {
        tokens[i] = t;
        words[i]->text = encode(t.whole());
        ++changed;
      }
    }
    return changed;
  }

 private:
  static std::vector<std::u32string> parts(const std::u32string& core) {
    std::vector<std::u32string> out;
    size_t i = 0;
    while (i <= core.size()) {
      const size_t j = std::min(core.find(U'-', i), core.size());
      if (j > i) out.push_back(core.substr(i, j - i));
      i = j + 1;
    }
    return out;
  }

  void add_form(const std::u32string& form) {
    if (form.empty() || !std::all_of(form.begin(), form.end(), letter)) return;
    exact_.insert(form);
    const std::u32string l = lower(form);
    ++count_[l];
    by_fold_[fold(l)].insert(l);
  }

  bool sentence_start(const Token* prev) const { return !prev || ends_sentence(prev->whole()); }

  // "I'OIM" / "1'OIM" / "P'OIM" -> "l'OIM"; "'OIM" after a word -> "l'OIM"; "I' OIM" -> "l' OIM".
  void repair_elision(Token& t, const Token* prev, const Token* next) const {
    const std::u32string letter_l = sentence_start(prev)
                                        ? std::u32string(1, upper(rules_.elided_letter[0]))
                                        : std::u32string(rules_.elided_letter);
    auto misread = [&](std::u32string_view s) {
      return std::find(rules_.elision_misreads.begin(), rules_.elision_misreads.end(), s) !=
             rules_.elision_misreads.end();
    };
    if (!t.elision.empty() && t.lead.empty() && !t.core.empty() && vowel_or_h(t.core[0])) {
      const std::u32string head = t.elision.substr(0, t.elision.size() - 1);
      if (misread(head)) t.elision = letter_l + t.elision.back();
      return;
    }
    // Alone: the trail is the apostrophe, the next word starts with a vowel.
    if (t.elision.empty() && t.lead.empty() && t.trail.size() == 1 && apostrophe(t.trail[0]) &&
        misread(t.core) && next && next->lead.empty() && next->elision.empty() &&
        !next->core.empty() && vowel_or_h(next->core[0])) {
      t.core = letter_l;
      return;
    }
    // Lost letter: "de 'OIM" (an opening single quote would close the word too).
    if (t.elision.empty() && t.lead.size() == 1 && apostrophe(t.lead[0]) && t.trail.empty() &&
        !t.core.empty() && vowel_or_h(t.core[0]) && prev && !prev->core.empty() &&
        prev->trail.empty() && all_lower_letters(prev->core)) {
      t.lead = letter_l + t.lead;
    }
  }

  bool is_infinitive(const std::u32string& w) const {
    if (!all_lower_letters(w) || w.size() < 4) return false;
    if (infinitives_.count(w)) return true;
    if (not_infinitives_.count(w)) return false;
    return std::any_of(rules_.infinitive_endings.begin(), rules_.infinitive_endings.end(),
                       [&](std::u32string_view end) {
                         return w.size() > end.size() + 2 &&
                                std::u32string_view(w).substr(w.size() - end.size()) == end;
                       });
  }

  // "a"/"&"/"4" -> "à" where the verb (or the number, the ampersand) is excluded.
  void repair_preposition(Token& t, const Token* prev, const Token* next) const {
    if (!next || !prev) return;
    const std::u32string whole = t.whole();  // "&" is all lead, "4" all core
    const bool misread =
        std::find(rules_.preposition_misreads.begin(), rules_.preposition_misreads.end(), whole) !=
        rules_.preposition_misreads.end();
    if (!misread) return;
    if (!prev->trail.empty() || !all_lower_letters(prev->core) || !next->lead.empty()) return;
    const std::u32string next_word =
        next->elision.empty() ? next->core : next->elision.substr(0, next->elision.size() - 1);
    const bool infinitive = next->elision.empty() && is_infinitive(next->core);
    const bool governed = governing_.count(lower(prev->core)) > 0;
    bool certain = false;
    if (whole == rules_.verb_form) {
      // The verb is never followed by an infinitive, nor preceded by these words.
      certain = infinitive || governed;
    } else {
      const bool object = object_starts_.count(lower(next_word)) > 0 &&
                          lower(next->core) != U"entre";  // "4 d'entre eux": a number
      certain = infinitive || object || governed;
    }
    if (certain) t = Token{{}, {}, std::u32string(rules_.preposition), {}};
  }

  // "annexe Il," -> "annexe II,": mid-sentence, and not the pronoun before its verb.
  void repair_roman(Token& t, const Token* prev, const Token* next) const {
    if (!prev || sentence_start(prev) || !t.lead.empty() || !t.elision.empty()) return;
    if (prev->core.empty() || !letter(prev->core[0])) return;
    if (t.trail.empty() && next && !next->core.empty() && lower(next->core[0]) == next->core[0])
      return;
    for (const Substitution& s : rules_.roman_numerals) {
      if (t.core == s.read) {
        t.core = s.meant;
        return;
      }
    }
  }

  bool known(const std::u32string& l) const {
    return dictionary_.count(l) || ambiguous_.count(l) || trusted_.count(l);
  }

  bool evidence(const std::u32string& l) const { return dictionary_.count(l) || count_.count(l); }

  // Same length, equal once folded, and every difference an allowed accent confusion; a
  // final "e"/"es" against "é"/"és" is a different word ("organise" / "organisé").
  bool accent_variant(const std::u32string& read, const std::u32string& meant) const {
    if (read.size() != meant.size() || read == meant) return false;
    for (size_t i = 0; i < read.size(); ++i) {
      if (read[i] == meant[i]) continue;
      const bool allowed = std::any_of(
          rules_.accent_pairs.begin(), rules_.accent_pairs.end(), [&](const Substitution& s) {
            return s.read.size() == 1 && s.read[0] == read[i] && s.meant[0] == meant[i];
          });
      if (!allowed) return false;
      const bool final_e = i + 1 == read.size() || (i + 2 == read.size() && read.back() == U's');
      if (final_e && fold(meant[i]) == U'e' && meant[i] != U'ê') return false;
    }
    return true;
  }

  // The right form of |l| (lower case), or empty when none is certain.
  std::u32string candidate(const std::u32string& l) const {
    if (l.size() < 3 || known(l) || !std::all_of(l.begin(), l.end(), letter)) return {};
    std::vector<std::u32string> found;
    auto offer = [&](const std::u32string& w) {
      if (w != l && !ambiguous_.count(w) && std::find(found.begin(), found.end(), w) == found.end())
        found.push_back(w);
    };
    if (auto it = by_fold_.find(fold(l)); it != by_fold_.end()) {
      for (const std::u32string& w : it->second) {
        if (accent_variant(l, w) && evidence(w)) offer(w);
      }
    }
    if (found.empty()) {
      for (const Substitution& s : rules_.confusions) {
        for (size_t at = l.find(s.read); at != std::u32string::npos; at = l.find(s.read, at + 1)) {
          std::u32string v = l;
          v.replace(at, s.read.size(), s.meant);
          if (evidence(v)) offer(v);
        }
      }
    }
    return found.size() == 1 ? found.front() : std::u32string();
  }

  std::u32string repair_part(const std::u32string& part) const {
    if (part.size() < 3) return part;
    const std::u32string l = lower(part);
    std::u32string fixed = candidate(l);
    // An inflection of a repaired stem: "revétent" from "revét" -> "revêt".
    if (fixed.empty() && l.size() >= 6 && !known(l)) {
      for (std::u32string_view suffix : {U"ent", U"es", U"e", U"s"}) {
        if (l.size() < suffix.size() + 4 ||
            std::u32string_view(l).substr(l.size() - suffix.size()) != suffix)
          continue;
        const std::u32string stem = l.substr(0, l.size() - suffix.size());
        if (!count_.count(stem)) continue;  // the stem must be a word of the document
        const std::u32string s = candidate(stem);
        if (!s.empty()) {
          fixed = s + std::u32string(suffix);
          break;
        }
      }
    }
    if (fixed.empty() || fixed.size() > part.size() + 1 || fixed.size() + 1 < part.size())
      return part;
    // Back to the printed case.
    const bool all_upper =
        std::all_of(part.begin(), part.end(), [](char32_t c) { return upper(c) == c; });
    if (all_upper) {
      for (char32_t& c : fixed)
        c = upper(c);
      return fixed;
    }
    if (upper(part[0]) == part[0]) {
      fixed[0] = upper(fixed[0]);
      // An unaccented capital is a typographic choice: change it only when the document
      // prints the accented capital itself.
      if (fixed[0] != part[0] && !exact_.count(fixed)) return part;
    }
    return fixed;
  }

  void repair_core(Token& t) const {
    if (t.core.empty()) return;
    std::u32string out;
    size_t i = 0;
    while (i <= t.core.size()) {
      const size_t j = std::min(t.core.find(U'-', i), t.core.size());
      out += repair_part(t.core.substr(i, j - i));
      if (j < t.core.size()) out += U'-';
      i = j + 1;
    }
    t.core = out;
  }

  const LanguageRules& rules_;
  std::unordered_set<std::u32string> dictionary_, ambiguous_, governing_, object_starts_,
      infinitives_, not_infinitives_, trusted_, exact_;
  std::unordered_map<std::u32string, int> count_;  // lower-case forms of the document
  std::unordered_map<std::u32string, std::unordered_set<std::u32string>> by_fold_;
};

}  // namespace

std::string guess_text_language(const std::vector<const Word*>& words) {
  struct Candidate {
    const char* code;
    std::unordered_set<std::u32string> words;
    int hits = 0;
  };
  std::vector<Candidate> candidates{
      {"fr", word_set(kFrench.function_words)},
      {"es", word_set("el los las del y es una para por con al se como sus")},
      {"en", word_set("the and of to is for that with by are this from")}};
  for (const Word* w : words) {
    const std::u32string l = lower(parse(w->text).core);
    for (Candidate& c : candidates)
      c.hits += static_cast<int>(c.words.count(l));
  }
  std::sort(candidates.begin(), candidates.end(),
            [](const Candidate& a, const Candidate& b) { return a.hits > b.hits; });
  if (candidates[0].hits >= 5 && candidates[0].hits >= 2 * candidates[1].hits)
    return candidates[0].code;
  return "";
}

int repair_ocr_words(std::vector<Word*>& words, const std::string& language,
                     const std::vector<std::string>& trusted) {
  const LanguageRules* rules = rules_for(language);
  if (!rules || words.empty()) return 0;
  Repairer repairer(*rules, words, trusted);
  return repairer.run(words);
}

int repair_ocr_text(PdfText& pdf) {
  // Most documents have no page read by OCR: nothing to mend, and their words need not be
  // gathered (copying every word's text costs more than the rest of a page's reading).
  if (std::none_of(pdf.pages.begin(), pdf.pages.end(),
                   [](const PageText& page) { return page.ocr && !page.words.empty(); }))
    return 0;
  std::vector<Word*> ocr_words;
  std::vector<const Word*> all;
  std::vector<std::string> trusted;
  for (PageText& page : pdf.pages) {
    for (Word& w : page.words) {
      all.push_back(&w);
      if (page.ocr)
        ocr_words.push_back(&w);
      else
        trusted.push_back(w.text);
    }
  }
  if (ocr_words.empty()) return 0;
  return repair_ocr_words(ocr_words, guess_text_language(all), trusted);
}

}  // namespace idm
