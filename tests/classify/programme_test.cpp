// parse_time_range and read_programme: time slots as sessions, with day, date, kind, venue,
// description, guiding questions and people (fr, en, es).

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "classify/language_table.hpp"
#include "classify/programme.hpp"

using namespace idm;

namespace {

Block block(std::string id, int page, std::string kind, int level, std::string text) {
  Block b;
  b.id = std::move(id);
  b.page = page;
  b.kind = std::move(kind);
  b.level = level;
  b.text = std::move(text);
  return b;
}

std::string fmt_time(int hour, int minute) {
  const std::string mm = std::to_string(minute);
  return std::to_string(hour) + ":" + (minute < 10 ? "0" + mm : mm);
}

Block heading(std::string id, std::string text) {
  return block(id, 1, "heading", 2, text);
}
Block para(std::string id, std::string text) {
  return block(id, 1, "paragraph", 0, text);
}
Block item(std::string id, std::string text) {
  return block(id, 1, "list_item", 0, text);
}

const LanguageTable& table(std::string_view code) {
  const LanguageTable* found = find_language(code);
  REQUIRE(found != nullptr);
  return *found;
}

Event event(std::string slug, std::string start, std::string end, int year) {
  Event e;
  e.slug = std::move(slug);
  e.start_date = std::move(start);
  e.end_date = std::move(end);
  e.year = year;
  return e;
}

// The text left after the time range, spaces trimmed.
std::string after_range(std::string_view text, const TimeRange& range) {
  std::string_view rest = text.substr(range.length);
  while (!rest.empty() && rest.front() == ' ')
    rest.remove_prefix(1);
  return std::string(rest);
}

std::vector<std::string> names_in(const Programme& p, const std::string& session) {
  std::vector<std::string> out;
  for (const Speaker& s : p.speakers) {
    if (s.session == session) out.push_back(s.name);
  }
  return out;
}

// "a,b,c": readable in doctest's failure messages.
std::string joined(const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids)
    out += (out.empty() ? "" : ",") + id;
  return out;
}

// |ids| less those in |drop|.
std::vector<std::string> without(const std::vector<std::string>& ids,
                                 const std::vector<std::string>& drop) {
  std::vector<std::string> out;
  for (const std::string& id : ids) {
    if (std::find(drop.begin(), drop.end(), id) == drop.end()) out.push_back(id);
  }
  return out;
}

const Speaker& speaker_named(const Programme& p, std::string_view name) {
  for (const Speaker& s : p.speakers) {
    if (s.name == name) return s;
  }
  FAIL("no speaker " << name);
  return p.speakers.front();
}

}  // namespace

TEST_CASE("programme: parse_time_range, French notations") {
  TimeRange r;
  std::string text = "9 h – 10 h Ouverture";
  REQUIRE(parse_time_range(text, r));
  CHECK(r.start == "09:00");
  CHECK(r.end == "10:00");
  CHECK(after_range(text, r) == "Ouverture");

  text = "10 h 30 – 12 h Séance 1";
  REQUIRE(parse_time_range(text, r));
  CHECK(r.start == "10:30");
  CHECK(r.end == "12:00");
  CHECK(after_range(text, r) == "Séance 1");

  text = "10h30–12h";
  REQUIRE(parse_time_range(text, r));
  CHECK(r.start == "10:30");
  CHECK(r.end == "12:00");
  CHECK(r.length == text.size());

  text = "17 h -17 h 30 Clôture";
  REQUIRE(parse_time_range(text, r));
  CHECK(r.start == "17:00");
  CHECK(r.end == "17:30");
  CHECK(after_range(text, r) == "Clôture");

  text = "9 h 30 à 10 h Accueil";
  REQUIRE(parse_time_range(text, r));
  CHECK(r.start == "09:30");
  CHECK(r.end == "10:00");
  CHECK(after_range(text, r) == "Accueil");
}

TEST_CASE("programme: parse_time_range, English and Spanish notations") {
  TimeRange r;
  std::string text = "10:30 – 12:00 Panel 1";
  REQUIRE(parse_time_range(text, r));
  CHECK(r.start == "10:30");
  CHECK(r.end == "12:00");
  CHECK(after_range(text, r) == "Panel 1");

  text = "9:00 to 10:00 Registration";
  REQUIRE(parse_time_range(text, r));
  CHECK(r.start == "09:00");
  CHECK(r.end == "10:00");
  CHECK(after_range(text, r) == "Registration");

  text = "10.30 – 12.00 horas";
  REQUIRE(parse_time_range(text, r));
  CHECK(r.start == "10:30");
  CHECK(r.end == "12:00");
  CHECK(r.length == text.size());  // "horas" belongs to the range

  text = "15.00 – 16.30 horas Mesa redonda";
  REQUIRE(parse_time_range(text, r));
  CHECK(r.start == "15:00");
  CHECK(r.end == "16:30");
  CHECK(after_range(text, r) == "Mesa redonda");
}

TEST_CASE("programme: parse_time_range counts bytes of the original text") {
  TimeRange r;
  // No-break spaces and an en dash: multi-byte characters inside the range.
  const std::string text = "9\u00a0h\u00a0\u2013\u00a010\u00a0h\u00a0Ouverture";
  REQUIRE(parse_time_range(text, r));
  CHECK(r.start == "09:00");
  CHECK(r.end == "10:00");
  CHECK(text.substr(r.length) == "Ouverture");
}

TEST_CASE("programme: parse_time_range rejects what is not a time range") {
  TimeRange r;
  CHECK_FALSE(parse_time_range("2031 – 2032 report", r));
  CHECK_FALSE(parse_time_range("Ouverture 9 h – 10 h", r));  // must open the text
  CHECK_FALSE(parse_time_range("24 h – 25 h", r));
  CHECK_FALSE(parse_time_range("Session 1", r));
  CHECK_FALSE(parse_time_range("", r));
}

TEST_CASE("programme: a French agenda over two days") {
  DocumentRecord rec;
  rec.language = "fr";
  rec.events = {event("2031-04-geneve", "2031-04-14", "2031-04-15", 2031)};
  rec.blocks = {
      block("b1", 1, "heading", 1, "Ordre du jour"),
      heading("b2", "Mardi 15 avril 2031 – Deuxième journée"),
      para("b3", "9 h – 10 h Enregistrement des participants"),
      para("b4", "10 h – 10 h 30 Ouverture"),
      item("b5", "S.E. M. Jean Dupont, Ministre de l'intérieur, France"),
      item("b6", "Mme Ingrid Solvang, Directrice générale adjointe, OIM (message vidéo)"),
      para("b7", "10 h 30 – 12 h Séance 1 : La migration de main-d'œuvre"),
      para("b8", "Cette séance examinera les voies de migration régulière."),
      para("b9", "Modérateur : M. Paul Martin, Directeur, OIM"),
      para("b10", "Orateurs :"),
      item("b11", "Mme Awa Diallo, Ministre, Sénégal"),
      item("b12", "M. Carlos Pérez, Professeur, Université de Genève"),
      block("b13", 1, "furniture", 0, "Page 1"),
      para("b14", "Les questions qui orienteront les débats sont les suivantes :"),
      item("b15", "Quelles politiques favorisent la mobilité ?"),
      item("b16", "Comment protéger les travailleurs migrants ?"),
      para("b17", "12 h – 13 h 30 Pause déjeuner"),
      para("b18", "13 h 30 – 15 h Manifestation parallèle : Les données migratoires"),
      para("b19", "Lieu : Salle XVIII"),
      para("b20", "15 h – 17 h Séance 2 : Intégration"),
      para("b21", "Table ronde : Les villes et la migration"),
      para("b22", "Modératrice : Mme Lúcia Brüllhardt, Maire adjointe"),
      para("b23", "17 h -17 h 30 Clôture"),
      item("b24", "M. António Vitorino, Directeur général, OIM"),
  };
  const Programme p = read_programme(rec, table("fr"));
  REQUIRE(p.sessions.size() == 8);

  const Session& registration = p.sessions[0];
  CHECK(registration.id == "s01");
  CHECK(registration.title == "Enregistrement des participants");
  CHECK(registration.kind == "registration");
  CHECK(registration.day == 2);
  CHECK(registration.date == "2031-04-15");
  CHECK(registration.event == "2031-04-geneve");
  CHECK(registration.start == "09:00");
  CHECK(registration.end == "10:00");

  const Session& opening = p.sessions[1];
  CHECK(opening.title == "Ouverture");
  CHECK(opening.kind == "opening");
  CHECK(opening.start == "10:00");
  CHECK(opening.end == "10:30");
  CHECK(names_in(p, opening.id) == std::vector<std::string>{"Jean Dupont", "Ingrid Solvang"});
  const Speaker& dupont = speaker_named(p, "Jean Dupont");
  CHECK(dupont.role == "opening");
  CHECK(dupont.honorific == "S.E. M.");
  CHECK(dupont.function == "Ministre de l'intérieur, France");
  const Speaker& solvang = speaker_named(p, "Ingrid Solvang");
  CHECK(solvang.role == "opening");
  CHECK(solvang.note == "message vidéo");
  CHECK(solvang.function == "Directrice générale adjointe, OIM");

  const Session& first = p.sessions[2];
  CHECK(first.title == "Séance 1 : La migration de main-d'œuvre");
  CHECK(first.kind == "session");
  CHECK(first.start == "10:30");
  CHECK(first.end == "12:00");
  CHECK(first.description == "Cette séance examinera les voies de migration régulière.");
  CHECK(first.questions ==
        std::vector<std::string>{"Quelles politiques favorisent la mobilité ?",
                                 "Comment protéger les travailleurs migrants ?"});
  CHECK(names_in(p, first.id) ==
        std::vector<std::string>{"Paul Martin", "Awa Diallo", "Carlos Pérez"});
  const Speaker& martin = speaker_named(p, "Paul Martin");
  CHECK(martin.role == "moderator");
  CHECK(martin.honorific == "M.");
  CHECK(martin.function == "Directeur, OIM");
  CHECK(speaker_named(p, "Awa Diallo").role == "speaker");
  CHECK(speaker_named(p, "Awa Diallo").function == "Ministre, Sénégal");
  CHECK(speaker_named(p, "Carlos Pérez").role == "speaker");

  CHECK(p.sessions[3].kind == "break");
  CHECK(p.sessions[3].title == "Pause déjeuner");
  CHECK(p.sessions[3].start == "12:00");
  CHECK(p.sessions[3].end == "13:30");

  const Session& side = p.sessions[4];
  CHECK(side.kind == "side_event");
  CHECK(side.title == "Manifestation parallèle : Les données migratoires");
  CHECK(side.venue == "Salle XVIII");
  CHECK(side.description.empty());

  const Session& second = p.sessions[5];
  CHECK(second.kind == "session");
  CHECK(second.title == "Séance 2 : Intégration");
  const Session& panel = p.sessions[6];
  CHECK(panel.kind == "panel");
  CHECK(panel.title == "Table ronde : Les villes et la migration");
  CHECK(panel.start == "15:00");
  CHECK(panel.end == "17:00");
  CHECK(panel.day == 2);
  CHECK(panel.date == "2031-04-15");
  CHECK(panel.event == "2031-04-geneve");
  CHECK(names_in(p, panel.id) == std::vector<std::string>{"Lúcia Brüllhardt"});
  CHECK(speaker_named(p, "Lúcia Brüllhardt").role == "moderator");
  CHECK(speaker_named(p, "Lúcia Brüllhardt").honorific == "Mme");

  const Session& closing = p.sessions[7];
  CHECK(closing.kind == "closing");
  CHECK(closing.start == "17:00");
  CHECK(closing.end == "17:30");
  CHECK(speaker_named(p, "António Vitorino").role == "closing");
  CHECK(speaker_named(p, "António Vitorino").session == closing.id);

  CHECK(p.speakers.size() == 7);
  CHECK(joined(p.slot_blocks) == "b3,b4,b7,b17,b18,b20,b21,b23");
  CHECK(joined(p.question_blocks) == "b15,b16");
  CHECK(joined(without(p.slot_content, p.slot_blocks)) ==
        "b5,b6,b8,b9,b10,b11,b12,b14,b19,b22,b24");
}

TEST_CASE("programme: French day headings without a printed date take the event's dates") {
  DocumentRecord rec;
  rec.language = "fr";
  rec.events = {event("2031-04-geneve", "2031-04-14", "2031-04-15", 2031)};
  rec.blocks = {
      heading("b1", "Première journée"),
      para("b2", "9 h – 10 h Ouverture"),
      heading("b3", "Deuxième journée"),
      para("b4", "9 h – 10 h Séance 3"),
  };
  const Programme p = read_programme(rec, table("fr"));
  REQUIRE(p.sessions.size() == 2);
  CHECK(p.sessions[0].day == 1);
  CHECK(p.sessions[1].day == 2);
  CHECK(p.sessions[0].event == "2031-04-geneve");
  CHECK(p.sessions[1].event == "2031-04-geneve");
}

TEST_CASE("programme: day dates derived from the event's start date") {
  // read_programme's header: record.events give the dates of the days. With no date printed
  // in the day heading, day n is the event's start date plus n-1 days.
  DocumentRecord rec;
  rec.language = "fr";
  rec.events = {event("2031-04-geneve", "2031-04-14", "2031-04-15", 2031)};
  rec.blocks = {
      heading("b1", "Première journée"),
      para("b2", "9 h – 10 h Ouverture"),
      heading("b3", "Deuxième journée"),
      para("b4", "9 h – 10 h Séance 3"),
  };
  const Programme p = read_programme(rec, table("fr"));
  REQUIRE(p.sessions.size() == 2);
  CHECK(p.sessions[0].date == "2031-04-14");
  CHECK(p.sessions[1].date == "2031-04-15");
}

TEST_CASE("programme: an English agenda") {
  DocumentRecord rec;
  rec.events = {event("2031-04-new-york", "2031-04-14", "2031-04-15", 2031)};
  rec.blocks = {
      heading("b1", "Day 2 – Tuesday, 15 April 2031"),
      para("b2", "09:00 – 10:00 Opening session"),
      item("b3",
           "H.E. Ms Ingrid Solvang, Minister of Labour and Social Inclusion, Norway "
           "(video message)"),
      para("b4", "10:00 – 11:30 Panel 1: Skills and labour mobility"),
      para("b5", "Moderator: Mr John Smith, Director, IOM"),
      para("b6", "Speakers:"),
      item("b7", "Ms Jane Doe, Researcher, University of Oxford"),
      para("b8", "Guiding questions:"),
      item("b9", "How can skills be recognized across borders?"),
      para("b10", "11:30 – 11:45 Coffee break"),
      para("b11", "13:00 – 14:00 Side event: Migration data"),
      para("b12", "Venue: Conference Room 4"),
      para("b13", "16:00 – 16:30 Closing remarks"),
  };
  const Programme p = read_programme(rec, table("en"));
  REQUIRE(p.sessions.size() == 5);
  for (const Session& s : p.sessions) {
    CAPTURE(s.title);
    CHECK(s.day == 2);
    CHECK(s.date == "2031-04-15");
    CHECK(s.event == "2031-04-new-york");
  }
  CHECK(p.sessions[0].kind == "opening");
  CHECK(p.sessions[0].title == "Opening session");
  const Speaker& solvang = speaker_named(p, "Ingrid Solvang");
  CHECK(solvang.role == "opening");
  CHECK(solvang.honorific == "H.E. Ms");
  CHECK(solvang.function == "Minister of Labour and Social Inclusion, Norway");
  CHECK(solvang.note == "video message");
  CHECK(solvang.session == p.sessions[0].id);

  const Session& panel = p.sessions[1];
  CHECK(panel.kind == "panel");
  CHECK(panel.title == "Panel 1: Skills and labour mobility");
  CHECK(panel.start == "10:00");
  CHECK(panel.end == "11:30");
  CHECK(panel.questions ==
        std::vector<std::string>{"How can skills be recognized across borders?"});
  CHECK(speaker_named(p, "John Smith").role == "moderator");
  CHECK(speaker_named(p, "John Smith").function == "Director, IOM");
  CHECK(speaker_named(p, "Jane Doe").role == "speaker");
  CHECK(speaker_named(p, "Jane Doe").session == panel.id);

  CHECK(p.sessions[2].kind == "break");
  CHECK(p.sessions[3].kind == "side_event");
  CHECK(p.sessions[3].venue == "Conference Room 4");
  CHECK(p.sessions[4].kind == "closing");
  CHECK(joined(p.question_blocks) == "b9");
}

TEST_CASE("programme: a Spanish agenda with a day heading without the year") {
  DocumentRecord rec;
  rec.language = "es";
  rec.events = {event("2032-03-ginebra", "2032-03-22", "2032-03-23", 2032)};
  rec.blocks = {
      heading("b1", "Segundo día – martes 23 de marzo"),
      para("b2", "9.00 – 9.30 horas Inscripción"),
      para("b3", "10.30 – 12.00 horas Mesa redonda: Migración laboral"),
      para("b4", "Moderadora: Sra. María López, Directora, OIM"),
      para("b5", "Oradores:"),
      item("b6", "Sr. Juan Gómez, Ministro de Trabajo, Ecuador (mensaje de video)"),
      para("b7", "Preguntas orientativas:"),
      item("b8", "¿Cómo mejorar la contratación equitativa?"),
      para("b9", "13.00 – 14.00 horas Evento paralelo: Datos migratorios"),
      para("b10", "Lugar: Sala B"),
      para("b11", "17.00 – 17.30 horas Clausura"),
  };
  const Programme p = read_programme(rec, table("es"));
  REQUIRE(p.sessions.size() == 4);
  for (const Session& s : p.sessions) {
    CAPTURE(s.title);
    CHECK(s.day == 2);
    CHECK(s.date == "2032-03-23");
    CHECK(s.event == "2032-03-ginebra");
  }
  CHECK(p.sessions[0].kind == "registration");
  CHECK(p.sessions[0].title == "Inscripción");
  CHECK(p.sessions[0].start == "09:00");
  CHECK(p.sessions[0].end == "09:30");
  const Session& panel = p.sessions[1];
  CHECK(panel.kind == "panel");
  CHECK(panel.title == "Mesa redonda: Migración laboral");
  CHECK(panel.questions == std::vector<std::string>{"¿Cómo mejorar la contratación equitativa?"});
  const Speaker& lopez = speaker_named(p, "María López");
  CHECK(lopez.role == "moderator");
  CHECK(lopez.honorific == "Sra.");
  CHECK(lopez.function == "Directora, OIM");
  const Speaker& gomez = speaker_named(p, "Juan Gómez");
  CHECK(gomez.role == "speaker");
  CHECK(gomez.honorific == "Sr.");
  CHECK(gomez.note == "mensaje de video");
  CHECK(gomez.function == "Ministro de Trabajo, Ecuador");
  CHECK(p.sessions[2].kind == "side_event");
  CHECK(p.sessions[2].venue == "Sala B");
  CHECK(p.sessions[3].kind == "closing");
  CHECK(p.sessions[3].start == "17:00");
  CHECK(p.sessions[3].end == "17:30");
}

TEST_CASE("programme: Spanish first day heading by ordinal") {
  DocumentRecord rec;
  rec.language = "es";
  rec.events = {event("2032-03-ginebra", "2032-03-22", "2032-03-23", 2032)};
  rec.blocks = {
      heading("b1", "Primer día – lunes 22 de marzo de 2032"),
      para("b2", "9.00 – 10.00 horas Apertura"),
      item("b3", "Excmo. Sr. Pedro Ruiz, Ministro del Interior"),
  };
  const Programme p = read_programme(rec, table("es"));
  REQUIRE(p.sessions.size() == 1);
  CHECK(p.sessions[0].day == 1);
  CHECK(p.sessions[0].date == "2032-03-22");
  CHECK(p.sessions[0].kind == "opening");
  REQUIRE(p.speakers.size() == 1);
  CHECK(p.speakers[0].name == "Pedro Ruiz");
  CHECK(p.speakers[0].honorific == "Excmo. Sr.");
  CHECK(p.speakers[0].role == "opening");
}

TEST_CASE("programme: a slot title on the next block, blocks outside slots ignored") {
  DocumentRecord rec;
  rec.events = {event("e", "2031-04-14", "", 2031)};
  rec.blocks = {
      para("b1", "The workshop will be held at the United Nations."),
      item("b2", "Ms Jane Doe, Researcher"),  // no slot open yet
      para("b3", "10:00 – 11:00"),
      para("b4", "Lunch"),
      para("b5", "11:00 – 12:00"),
      para("b6", "Round table: Climate and mobility"),
      para("b7", "Introduction: Dr Ana Silva, Climate expert"),
  };
  const Programme p = read_programme(rec, table("en"));
  REQUIRE(p.sessions.size() == 2);
  CHECK(p.sessions[0].title == "Lunch");
  CHECK(p.sessions[0].kind == "break");
  CHECK(p.sessions[1].title == "Round table: Climate and mobility");
  CHECK(p.sessions[1].kind == "panel");
  CHECK(p.sessions[1].day == 1);
  REQUIRE(p.speakers.size() == 1);
  CHECK(p.speakers[0].name == "Ana Silva");
  CHECK(p.speakers[0].role == "presenter");
  CHECK(p.speakers[0].honorific == "Dr");
  CHECK(joined(p.slot_blocks) == "b3,b4,b5,b6");
  CHECK(joined(without(p.slot_content, p.slot_blocks)) == "b7");
}

TEST_CASE("programme: a slot title mentioning a day is not a day heading") {
  // Regression: a slot such as "16:00 – 17:00 Wrap-up of day 1" was read as a day heading
  // (the time range is now tried first).
  DocumentRecord rec;
  rec.events = {event("e", "2031-04-14", "2031-04-15", 2031)};
  rec.blocks = {
      heading("b1", "Day 2 – Tuesday, 15 April 2031"),
      para("b2", "16:00 – 17:00 Wrap-up of day 1"),
  };
  const Programme p = read_programme(rec, table("en"));
  REQUIRE(p.sessions.size() == 1);
  CHECK(p.sessions[0].title == "Wrap-up of day 1");
  CHECK(p.sessions[0].day == 2);
}

TEST_CASE("programme: slot titles are not also slot content") {
  // Regression: a slot title read on the block after the times, or a panel opened inside a
  // session, was listed in slot_content as well as in slot_blocks.
  DocumentRecord rec;
  rec.events = {event("e", "2031-04-14", "", 2031)};
  rec.blocks = {
      para("b1", "10:00 – 11:00"),
      para("b2", "Session 1: Labour migration"),
      para("b3", "Panel: Skills partnerships"),
      para("b4", "Moderator: Mr John Smith, Director, IOM"),
  };
  const Programme p = read_programme(rec, table("en"));
  REQUIRE(p.sessions.size() == 2);
  CHECK(p.sessions[0].title == "Session 1: Labour migration");
  CHECK(p.sessions[1].kind == "panel");
  CHECK(joined(p.slot_blocks) == "b1,b2,b3");
  CHECK(joined(p.slot_content) == "b4");
}

TEST_CASE("programme: role labels no table lists are read by their shape and word family") {
  DocumentRecord rec;
  rec.language = "es";
  rec.events = {event("2031-05-lima", "2031-05-06", "2031-05-07", 2031)};
  rec.blocks = {
      para("b1", "9:00 – 9:30 Acto inaugural"),
      para("b2", "Dan la bienvenida:"),
      item("b3", "Sra. Ana Roldán, Ministra, Perú"),
      para("b4", "9:30 – 11:00 Bloque 1 – Datos y políticas"),
      para("b5", "Moderan: Sr. Luis Ferrer, Director, Instituto de Estudios"),
      para("b6", "Participan:"),
      item("b7", "Sra. Eva Soto, Investigadora, Chile"),
      para("b8", "Panel :"),
      item("b9", "Sr. Raúl Gil, Asesor"),
      para("b10", "Temas para el intercambio:"),
      item("b11", "¿Qué datos faltan?"),
      para("b12", "Cierran la mesa: Sra. Julia Paz, Consultora"),
  };
  const Programme p = read_programme(rec, table("es"));
  REQUIRE(p.sessions.size() == 2);
  CHECK(p.sessions[0].kind == "opening");
  CHECK(speaker_named(p, "Ana Roldán").role == "opening");
  CHECK(speaker_named(p, "Luis Ferrer").role == "moderator");  // "moderan" ~ "moderador"
  CHECK(speaker_named(p, "Eva Soto").role == "speaker");       // "participan"
  CHECK(speaker_named(p, "Raúl Gil").role == "speaker");       // "Panel :" is a label
  CHECK(speaker_named(p, "Raúl Gil").session == "s02");
  CHECK(p.sessions[1].questions == std::vector<std::string>{"¿Qué datos faltan?"});
  // An unknown label with one person, once the slot has its moderator: a speaker.
  CHECK(speaker_named(p, "Julia Paz").role == "speaker");
}

TEST_CASE("programme: an unknown label with one person chairs a slot without a moderator") {
  DocumentRecord rec;
  rec.language = "en";
  rec.blocks = {
      para("b1", "10:00 – 11:00 Session 2: Labour mobility"),
      para("b2", "Steered by: Ms Ada Kwan, Director, Labour Office"),
      para("b3", "With:"),
      item("b4", "Mr Tom Reyes, Adviser, Philippines"),
  };
  const Programme p = read_programme(rec, table("en"));
  CHECK(speaker_named(p, "Ada Kwan").role == "moderator");
  CHECK(speaker_named(p, "Tom Reyes").role == "speaker");
}

TEST_CASE("programme: a time column read before its titles (grid read column by column)") {
  DocumentRecord rec;
  rec.language = "en";
  rec.blocks = {
      para("b1", "9:00 – 9:30 Session 1: Data"),
      item("b2", "Ms Ada Kwan, Director, Labour Office"),
      para("b3", "9:30 – 10:00"),
      para("b4", "10:00 – 11:00"),
      item("b5", "Mr Tom Reyes, Adviser"),  // the end of the first slot, across the page
      heading("b6", "Coffee break"),
      heading("b7", "Session 2: Skills and"),
      heading("b8", "recognition"),
      para("b9", "Speakers:"),
      item("b10", "Ms Lea Brun, Researcher"),
  };
  const Programme p = read_programme(rec, table("en"));
  REQUIRE(p.sessions.size() == 3);
  CHECK(p.sessions[1].title == "Coffee break");
  CHECK(p.sessions[1].kind == "break");
  CHECK(p.sessions[1].start == "09:30");
  CHECK(p.sessions[2].title == "Session 2: Skills and recognition");
  CHECK(p.sessions[2].start == "10:00");
  CHECK(speaker_named(p, "Tom Reyes").session == "s01");
  CHECK(speaker_named(p, "Lea Brun").session == "s03");
}

TEST_CASE("programme: one block holding more times than the sessions had room for") {
  // Found by the classify fuzzer: a column of times read as one block opened more slots than
  // read_programme() reserves (four per block), and the slot being filled was left pointing
  // at freed memory, read again by the next block (AddressSanitizer saw it).
  DocumentRecord rec;
  rec.language = "en";
  std::string column;
  for (int hour = 2; hour < 20; ++hour) {
    for (int minute = 0; minute < 60; minute += 30)
      column += fmt_time(hour, minute) + " - " + fmt_time(hour, minute + 15) + " ";
  }
  rec.blocks = {
      para("b1", "1:00 - 1:30 Registration"),
      item("b2", "Ms Ada Kwan, Director, Labour Office"),
      para("b3", column),  // 36 times, no title: they wait for theirs
      para("b4", "Speakers:"),
      item("b5", "Mr Tom Reyes, Adviser"),
  };
  const Programme p = read_programme(rec, table("en"));
  REQUIRE(p.sessions.size() == 37);  // room was made for 4 x 5 blocks + 16
  CHECK(p.sessions[0].title == "Registration");
  CHECK(p.sessions[36].start == "19:30");
  CHECK(speaker_named(p, "Ada Kwan").session == "s01");
}

TEST_CASE("programme: time cells cut by the layout are made whole") {
  DocumentRecord rec;
  rec.language = "en";
  rec.blocks = {
      para("b1", "10.30 a.m. –"), para("b2", "11.15 a.m."),
      para("b3", "Opening"),      para("b4", "2.30 p.m. – 4"),
      para("b5", "p.m."),         para("b6", "Lunch"),
      para("b7", "4 p.m. –"),     para("b8", "Session 3: Cities and"),
      para("b9", "5.30 p.m."),    para("b10", "migration"),
  };
  const Programme p = read_programme(rec, table("en"));
  REQUIRE(p.sessions.size() == 3);
  CHECK(p.sessions[0].start == "10:30");
  CHECK(p.sessions[0].end == "11:15");
  CHECK(p.sessions[0].title == "Opening");
  CHECK(p.sessions[1].end == "16:00");
  CHECK(p.sessions[1].title == "Lunch");
  CHECK(p.sessions[2].start == "16:00");
  CHECK(p.sessions[2].end == "17:30");
  CHECK(p.sessions[2].title == "Session 3: Cities and migration");
}

TEST_CASE("programme: a title run into its role line or description, numbered nested panels") {
  DocumentRecord rec;
  rec.language = "fr";
  rec.blocks = {
      para("b1", "14 h – 15 h 30"),
      para("b2", "Séance II – Les villes et la migration Présidence : Madame Lise Arnaud, Maire"),
      para("b3", "Groupe de travail A – Les données locales"),
      para("b4", "Intervenants :"),
      item("b5",
           "Monsieur Paul Brun, Chercheur, Université de Lyon (France), Lisbonne Panélistes :"),
      item("b6", "Madame Rose Tall, Directrice"),
      para("b7", "15 h 30 – 16 h"),
      para("b8",
           "Séance III – Les compétences migrantes Les autorités locales doivent agir "
           "ensemble pour mieux accueillir."),
  };
  const Programme p = read_programme(rec, table("fr"));
  REQUIRE(p.sessions.size() == 3);
  CHECK(p.sessions[0].title == "Séance II – Les villes et la migration");
  CHECK(speaker_named(p, "Lise Arnaud").role == "moderator");
  CHECK(speaker_named(p, "Lise Arnaud").session == "s01");
  CHECK(p.sessions[1].title == "Groupe de travail A – Les données locales");
  CHECK(p.sessions[1].kind == "panel");
  CHECK(p.sessions[1].start == "14:00");
  CHECK(speaker_named(p, "Paul Brun").session == "s02");
  CHECK(speaker_named(p, "Paul Brun").function ==
        "Chercheur, Université de Lyon (France), Lisbonne");
  CHECK(speaker_named(p, "Rose Tall").role == "speaker");
  CHECK(p.sessions[2].title == "Séance III – Les compétences migrantes");
  CHECK(p.sessions[2].description.rfind("Les autorités locales", 0) == 0);
}

// A report annexing the agendas of its two workshops: each annex title (a heading above the
// programme's day headings) ends the programme before it and is no slot, the date line under
// it names the workshop, and days that are only dates count from that workshop's first day.
TEST_CASE("programme: a report's two annexed agendas, each attached to its own workshop") {
  DocumentRecord rec;
  rec.language = "en";
  rec.events = {event("2031-03-lima", "2031-03-10", "2031-03-11", 2031),
                event("2031-09-oslo", "2031-09-22", "2031-09-23", 2031)};
  rec.blocks = {
      block("b1", 1, "heading", 2, "Annex I: Agenda of the first workshop"),
      para("b2", "Lima, 10-11 March 2031"),
      block("b3", 1, "heading", 4, "Monday, 10 March"),
      block("b4", 1, "table_cell", 0, "9:00 – 10:00"),
      block("b5", 1, "table_cell", 0, "Opening"),
      block("b6", 1, "heading", 4, "Tuesday, 11 March"),
      block("b7", 1, "table_cell", 0, "10:00 – 12:00"),
      block("b8", 1, "table_cell", 0, "Session I: Towns and rivers"),
      block("b9", 1, "table_cell", 0, "Speakers:"),
      item("b10", "Ms Ana Pereira, Mayor, Lowtown"),
      block("b11", 2, "heading", 2, "Annex II: Agenda of the second workshop"),
      para("b12", "Oslo, 22-23 September 2031"),
      block("b13", 2, "heading", 4, "Tuesday, 23 September"),
      block("b14", 2, "table_cell", 0, "9:30 – 11:00"),
      block("b15", 2, "table_cell", 0, "Session II: Seasons of work"),
      block("b16", 2, "table_cell", 0, "Moderator: Mr Bo Lind, Engineer, River Board"),
  };
  const Programme p = read_programme(rec, table("en"));
  REQUIRE(p.sessions.size() == 3);
  CHECK(p.sessions[0].title == "Opening");
  CHECK(p.sessions[0].day == 1);
  CHECK(p.sessions[1].title == "Session I: Towns and rivers");
  CHECK(p.sessions[1].date == "2031-03-11");
  CHECK(p.sessions[1].day == 2);
  CHECK(p.sessions[1].event == "2031-03-lima");
  CHECK(p.sessions[2].title == "Session II: Seasons of work");
  CHECK(p.sessions[2].event == "2031-09-oslo");
  CHECK(p.sessions[2].date == "2031-09-23");
  CHECK(p.sessions[2].day == 2);
  CHECK(joined(names_in(p, "s02")) == "Ana Pereira");
  CHECK(joined(names_in(p, "s03")) == "Bo Lind");
}

// Where every heading has one level, a numbered panel heading inside a slot is as high as the
// programme's title: it stays a panel.
TEST_CASE("programme: with flat heading levels a panel heading does not end the programme") {
  DocumentRecord rec;
  rec.language = "en";
  rec.events = {event("e", "2031-03-10", "2031-03-10", 2031)};
  rec.blocks = {
      block("b1", 1, "heading", 1, "Programme"),
      block("b2", 1, "heading", 1, "Day 1 – Monday, 10 March 2031"),
      block("b3", 1, "table_cell", 0, "10:00 – 12:00"),
      block("b4", 1, "table_cell", 0, "Session 1: Towns and rivers"),
      block("b5", 1, "heading", 1, "Panel 2: Water in cities"),
      para("b6", "Speakers:"),
      item("b7", "Ms Ana Pereira, Mayor, Lowtown"),
  };
  const Programme p = read_programme(rec, table("en"));
  REQUIRE(p.sessions.size() == 2);
  CHECK(p.sessions[1].title == "Panel 2: Water in cities");
  CHECK(joined(names_in(p, "s02")) == "Ana Pereira");
}

// Lines the layout ran together in one cell or one list entry are read one by one.
TEST_CASE("programme: run-on labels, entries and titles") {
  DocumentRecord rec;
  rec.language = "en";
  rec.events = {event("e", "2031-03-10", "2031-03-10", 2031)};
  rec.blocks = {
      block("b1", 1, "heading", 2, "Programme"),
      block("b2", 1, "table_cell", 0, "10:00 – 12:00"),
      block("b3", 1, "table_cell", 0, "Session 1: Towns and rivers"),
      block("b4", 1, "table_cell", 0,
            "Towns grow along rivers, and their people move with the seasons of work. "
            "Moderator: Ms Ana Pereira, Mayor, Lowtown"),
      block("b5", 1, "table_cell", 0,
            "Presentation: Mr Bo Lind, Engineer, River Board, Northland Keynote speaker: Dr Cy "
            "Moss, Professor, Hill University"),
      block("b6", 1, "table_cell", 0, "Location: Blue Hall Speakers:"),
      item("b7",
           "Ms Di Ray, Director, Water Office (Eastland) Mr Ed Sol, Adviser, Port "
           "Authority Working group B – Rivers and ports"),
      block("b8", 1, "table_cell", 0, "Speakers:"),
      item("b9", "Ms Fay Orr, Head, Ferry Company"),
      item("b10", "Mr Gil G. Tan, Chair of the Robert G. Lee centre for rivers, Eastland"),
      block("b11", 1, "table_cell", 0, "13:00 – 14:00"),
      block("b12", 1, "table_cell", 0, "Side event: Water markets"),
      block("b13", 1, "table_cell", 0, "Host: Grand Palace Hotel"),
      para("b14", "Programme"),
      item("b15", "Ms Hana Ito, Trader, Market Union"),
  };
  const Programme p = read_programme(rec, table("en"));
  REQUIRE(p.sessions.size() == 3);
  CHECK(p.sessions[0].title == "Session 1: Towns and rivers");
  CHECK(p.sessions[0].venue == "Blue Hall");
  CHECK(p.sessions[1].title == "Working group B – Rivers and ports");
  CHECK(p.sessions[2].title == "Side event: Water markets");
  CHECK(speaker_named(p, "Ana Pereira").role == "moderator");
  CHECK(speaker_named(p, "Bo Lind").role == "presenter");
  CHECK(speaker_named(p, "Bo Lind").function == "Engineer, River Board, Northland");
  CHECK(speaker_named(p, "Cy Moss").role == "presenter");
  CHECK(joined(names_in(p, "s01")) == "Ana Pereira,Bo Lind,Cy Moss,Di Ray,Ed Sol");
  CHECK(speaker_named(p, "Ed Sol").function == "Adviser, Port Authority");
  CHECK(joined(names_in(p, "s02")) == "Fay Orr,Gil G. Tan");
  // A place after a label no table knows is no person; a running head is no panel.
  CHECK(joined(names_in(p, "s03")) == "Hana Ito");
}

TEST_CASE("programme: a title runs into a sentence opening with a function word") {
  DocumentRecord rec;
  rec.language = "fr";
  rec.events = {event("e", "2031-03-10", "2031-03-10", 2031)};
  rec.blocks = {
      block("b1", 1, "table_cell", 0, "10 h – 12 h"),
      block("b2", 1, "table_cell", 0,
            "Séance 2 : Migrations de travail Sud-Sud : des réponses durables Il est essentiel de "
            "renforcer les politiques de cohésion sociale dans toute la région."),
  };
  const Programme p = read_programme(rec, table("fr"));
  REQUIRE(p.sessions.size() == 1);
  CHECK(p.sessions[0].title == "Séance 2 : Migrations de travail Sud-Sud : des réponses durables");
}

TEST_CASE("programme: a title runs into a sentence the layout cut before its full stop") {
  DocumentRecord rec;
  rec.language = "fr";
  rec.blocks = {
      para("b1", "11:00-13:00"),
      item("b2",
           "Débat 4 : Les savoirs du retour Les autorités locales doivent proposer des outils "
           "simples et"),
      item("b3", "partagés."),
      para("b4", "14:00-15:00"),
      item("b5", "Débat 5 : Les villes et les migrations des jeunes"),
      para("b6", "Groupe de travail A – Les villes, les migrations et les jeunes – demain"),
  };
  const Programme p = read_programme(rec, table("fr"));
  REQUIRE(p.sessions.size() >= 2);
  CHECK(p.sessions[0].title == "Débat 4 : Les savoirs du retour");
  CHECK(p.sessions[1].title == "Débat 5 : Les villes et les migrations des jeunes");
  REQUIRE(p.sessions.size() == 3);
  CHECK(p.sessions[2].title ==
        "Groupe de travail A – Les villes, les migrations et les jeunes – demain");
}

TEST_CASE("programme: a title runs into a description and a label, or into a venue label") {
  DocumentRecord rec;
  rec.language = "es";
  rec.events = {event("e", "2031-03-10", "2031-03-10", 2031)};
  rec.blocks = {
      block("b1", 1, "table_cell", 0, "9.00 – 10.00 horas"),
      block("b2", 1, "table_cell", 0,
            "Sesión II: Ríos y ciudades Ante estos retos, las ciudades deben planificar el uso "
            "del agua con todos sus habitantes. Preguntas para el debate:"),
      item("b3", "¿Cómo compartir el agua entre ciudades?"),
      block("b4", 1, "table_cell", 0, "10.00 – 11.00 horas"),
      block("b5", 1, "table_cell", 0,
            "Encuentro al margen: Mercados del agua Ubicación: Sala Azul Moderación: Sra. Ana "
            "Ruiz, Directora, Oficina del Agua"),
      block("b6", 1, "table_cell", 0, "11.00 – 12.00 horas"),
      block("b7", 1, "table_cell", 0,
            "Mesa redonda I. Miradas cruzadas sobre los ríos y los puertos"),
  };
  const Programme p = read_programme(rec, table("es"));
  REQUIRE(p.sessions.size() == 3);
  CHECK(p.sessions[0].title == "Sesión II: Ríos y ciudades");
  CHECK(p.sessions[0].questions.size() == 1);
  CHECK(p.sessions[1].title == "Encuentro al margen: Mercados del agua");
  CHECK(p.sessions[1].kind == "side_event");
  CHECK(p.sessions[1].venue == "Sala Azul");
  CHECK(speaker_named(p, "Ana Ruiz").role == "moderator");
  // A numeral's full stop ends no sentence: the title stays whole.
  CHECK(p.sessions[2].title == "Mesa redonda I. Miradas cruzadas sobre los ríos y los puertos");
}

// Labels printed without their colon, a place after an unknown label that the workshop's venue
// names, a list continued in plain paragraphs, and the next slot's time at a title's end.
TEST_CASE("programme: colon-less labels, venues, plain entries and run-on times") {
  DocumentRecord rec;
  rec.language = "en";
  Event e = event("e", "2031-03-10", "2031-03-10", 2031);
  e.venue = "Harbour Centre";
  e.city = "Portville";
  rec.events = {e};
  rec.blocks = {
      block("b1", 1, "table_cell", 0, "10:00 – 11:00"),
      block("b2", 1, "table_cell", 0, "Session 1: Towns and rivers"),
      para("b3", "Chaired by Mrs Ana Pereira, Mayor, Lowtown"),
      para("b4", "With contributions from:"),
      para("b5", "Bo Lind, Engineer (River Board)"),
      para("b6", "Cy Moss, Professor, Hill University"),
      block("b7a", 1, "table_cell", 0, "11:00 – 11:15"),
      block("b7", 1, "table_cell", 0, "Coffee break 11:15 – 12:00"),
      block("b8", 1, "table_cell", 0, "Session 2: Ports"),
      block("b9", 1, "table_cell", 0, "Where: Harbour Centre, Hall 2"),
      para("b10", "Chaired by"),
      item("b11", "Ms Di Ray, Director, Water Office"),
  };
  const Programme p = read_programme(rec, table("en"));
  REQUIRE(p.sessions.size() == 3);
  CHECK(p.sessions[1].title == "Coffee break");
  CHECK(p.sessions[1].start == "11:00");
  CHECK(p.sessions[2].start == "11:15");
  CHECK(p.sessions[2].title == "Session 2: Ports");
  CHECK(p.sessions[2].venue == "Harbour Centre, Hall 2");
  CHECK(speaker_named(p, "Ana Pereira").role == "moderator");
  CHECK(joined(names_in(p, "s01")) == "Ana Pereira,Bo Lind,Cy Moss");
  CHECK(speaker_named(p, "Cy Moss").role == "speaker");
  CHECK(joined(names_in(p, "s03")) == "Di Ray");
  CHECK(speaker_named(p, "Di Ray").role == "moderator");
}

TEST_CASE("programme: a table's label after a capitalised word ends a title") {
  DocumentRecord rec;
  rec.language = "fr";
  rec.events = {event("e", "2031-03-10", "2031-03-10", 2031)};
  rec.blocks = {
      block("b1", 1, "table_cell", 0, "12 h – 13 h"),
      block("b2", 1, "table_cell", 0,
            "Manifestation parallèle : Ports du Nord-Sud Lieu : Salle bleue du Palais"),
  };
  const Programme p = read_programme(rec, table("fr"));
  REQUIRE(p.sessions.size() == 1);
  CHECK(p.sessions[0].title == "Manifestation parallèle : Ports du Nord-Sud");
  CHECK(p.sessions[0].venue == "Salle bleue du Palais");
}

// A time cell whose end hour lost its meridiem to the next line, beside a title that wraps
// onto a lower-case cell.
TEST_CASE("programme: a cut 12-hour time and a wrapped title beside it") {
  DocumentRecord rec;
  rec.language = "en";
  rec.events = {event("e", "2031-03-10", "2031-03-10", 2031)};
  rec.blocks = {
      para("b1", "3.45 p.m. – 5 Session 6: Rivers and towns:"),
      block("b2", 1, "table_cell", 0, "p.m."),
      block("b3", 1, "table_cell", 0, "working together upstream"),
      block("b4", 1, "table_cell", 0, "Towns share their water. Plans follow the seasons."),
  };
  const Programme p = read_programme(rec, table("en"));
  REQUIRE(p.sessions.size() == 1);
  CHECK(p.sessions[0].start == "15:45");
  CHECK(p.sessions[0].end == "17:00");
  CHECK(p.sessions[0].title == "Session 6: Rivers and towns: working together upstream");
  CHECK(p.sessions[0].description == "Towns share their water. Plans follow the seasons.");
}

// What a scan's layout makes of a session with panels: the role label alone and the panels
// come out as list items, and specks of the page as blocks without a letter.
TEST_CASE("programme: a scanned session's list-item labels and panels, specks ignored") {
  DocumentRecord rec;
  rec.language = "fr";
  rec.blocks = {
      para("b1", "10 h – 12 h"),
      item("b2", "Séance 1 : Les routes du travail"),
      item("b3", "Modérateur :"),
      item("b4", "."),
      item("b5", "Mme Anne Roux, Conseillère, Ministère du travail"),
      item("b5b", "et de l'emploi"),
      item("b6", "Table ronde A : Les compétences au retour"),
      item("b7", "Intervenants :"),
      item("b8", "M. Luc Faye, Directeur, Office des migrations"),
      para("b9", ":"),
      item("b10", "Table ronde B : Les familles séparées"),
      item("b11", "Dr Ines Vaz, Chercheuse"),
      item("b12", "Présidence :"),
      para("b13", "\u2022 M. Jules Ndiaye, Chef de service, Sénégal"),
      item("b14", "Mme Awa Sarr, Directrice, Sénégal"),
      item("b15", "Modératrices :"),
      item("b16", "Mme Lea Ba, Directrice"),
      item("b17", "Mme Ida Fall, Directrice"),
      item("b18", "p.m."),
  };
  const Programme p = read_programme(rec, table("fr"));
  REQUIRE(p.sessions.size() == 3);
  CHECK(p.sessions[0].title == "Séance 1 : Les routes du travail");
  CHECK(speaker_named(p, "Anne Roux").role == "moderator");
  CHECK(speaker_named(p, "Anne Roux").session == "s01");
  CHECK(speaker_named(p, "Anne Roux").function ==
        "Conseillère, Ministère du travail et de l'emploi");
  CHECK(p.speakers.size() == 7);
  CHECK(p.sessions[1].title == "Table ronde A : Les compétences au retour");
  CHECK(p.sessions[1].kind == "panel");
  CHECK(speaker_named(p, "Luc Faye").session == "s02");
  CHECK(speaker_named(p, "Luc Faye").role == "speaker");
  CHECK(p.sessions[2].title == "Table ronde B : Les familles séparées");
  CHECK(speaker_named(p, "Ines Vaz").session == "s03");
  CHECK(speaker_named(p, "Jules Ndiaye").role == "moderator");
  CHECK(speaker_named(p, "Jules Ndiaye").session == "s03");
  // A singular label alone takes the one entry after it; a plural one the whole list.
  CHECK(speaker_named(p, "Awa Sarr").role == "speaker");
  CHECK(speaker_named(p, "Lea Ba").role == "moderator");
  CHECK(speaker_named(p, "Ida Fall").role == "moderator");
  CHECK(speaker_named(p, "Ida Fall").function == "Directrice");
}
