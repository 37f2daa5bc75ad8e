// find_statements: named people reported as saying something, fr/en/es.

#include "classify/statements.hpp"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

using namespace idm;

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string out = "{";
    for (const std::string& s : v)
      out += "\"" + s + "\" ";
    return String((out + "}").c_str());
  }
};
}  // namespace doctest

namespace {

DocumentRecord record_of(std::vector<std::string> paragraphs, std::string language) {
  DocumentRecord record;
  record.doc_type = "summary_of_conclusions";
  record.language = std::move(language);
  int n = 0;
  for (std::string& text : paragraphs) {
    Block block;
    block.id = "b" + std::to_string(++n);
    block.page = n;
    block.kind = "paragraph";
    block.text = std::move(text);
    record.blocks.push_back(std::move(block));
  }
  return record;
}

std::vector<Statement> run(const DocumentRecord& record) {
  return find_statements(record, *find_language(record.language));
}

std::vector<std::string> speakers(const std::vector<Statement>& statements) {
  std::vector<std::string> out;
  for (const Statement& s : statements)
    out.push_back(s.speaker);
  return out;
}

}  // namespace

TEST_CASE("statements fr: apposition, leads, honorifics, names given in full elsewhere") {
  const DocumentRecord record = record_of(
      {"Dans ses remarques de bienvenue, le Directeur général de l'OIM, William Lacy Swing, a "
       "rappelé que le pacte mondial devait être centré sur les migrants.",
       "Jürg Lauber, Représentant permanent de la Suisse auprès des Nations Unies, a cité "
       "plusieurs exemples.",
       "Selon Bernard Ouellet, les entreprises peuvent changer la situation.",
       "Comme l'a dit Mme Louise Arbour, la coopération est souveraine.",
       "Mme Fore a mentionné les enfants. M. Swing a, en outre, souligné que le processus "
       "devait être inclusif."},
      "fr");
  const std::vector<Statement> found = run(record);
  CHECK(speakers(found) == std::vector<std::string>{"William Lacy Swing", "Jürg Lauber",
                                                    "Bernard Ouellet", "Louise Arbour", "Fore",
                                                    "William Lacy Swing"});
  REQUIRE(found.size() == 6);
  CHECK(found[1].function == "Représentant permanent de la Suisse auprès des Nations Unies");
  CHECK(found[1].block == "b2");
  CHECK(found[1].page == 2);
  CHECK(found[1].text == record.blocks[1].text);
  CHECK(found[4].block == "b5");
  CHECK(found[5].block == "b5");
}

TEST_CASE("statements fr: unnamed speakers, places and people only mentioned are not statements") {
  const DocumentRecord record = record_of(
      {"Le Ministre de l'immigration du Canada a souligné que la migration doit être planifiée.",
       "De nombreux orateurs ont insisté sur la dignité des migrants.",
       "La Ministre d'Etat de la Sierra Leone a souligné qu'il était utile de se réunir.",
       "Les orateurs ont cité le rapport de l'ancien Représentant spécial, Peter Sutherland.",
       "Les participants se sont félicités de la contribution d'Austin T. Fragomen Jr., "
       "représentant du secteur privé."},
      "fr");
  CHECK(run(record).empty());
}

TEST_CASE("statements fr: square brackets name who said it; coordinated speakers") {
  const DocumentRecord record = record_of(
      {"Des Etats ont fait part de bonnes pratiques [M. Somers, Belgique] et de la Sierra Leone "
       "[Sierra Leone et Afrique du Sud].",
       "Le Président de l'Assemblée générale, Peter Thomson, et la Vice-Secrétaire générale des "
       "Nations Unies, Amina J. Mohammed, ont tous deux souligné l'importance du pacte."},
      "fr");
  CHECK(speakers(run(record)) ==
        std::vector<std::string>{"Somers", "Peter Thomson", "Amina J. Mohammed"});
}

TEST_CASE("statements en: function printed next to the name, one statement per block and person") {
  const DocumentRecord record = record_of(
      {"Astrid Hallberg, Permanent Representative of Sweden to the United Nations Office and "
       "other international organizations in Geneva, stressed that enforcement matters. Astrid "
       "Hallberg also noted that trust matters.",
       "According to Beatriz Oliveira, Mayor of Setúbal, one-stop shops have halved the time.",
       "In the view of Hamid Rahimi (Founder, SolarBridge Training Cooperative, Herat), regional "
       "cooperation offers a practical way forward.",
       "Adaeze Nwosu, Chief Executive of CareLink Cooperative, noted that cooperatives keep "
       "staff, while Pham Minh Duc, of the Centre for Overseas Labour Studies, explained that "
       "training now includes workers' rights in Viet Nam."},
      "en");
  const std::vector<Statement> found = run(record);
  CHECK(speakers(found) == std::vector<std::string>{"Astrid Hallberg", "Beatriz Oliveira",
                                                    "Hamid Rahimi", "Adaeze Nwosu",
                                                    "Pham Minh Duc"});
  REQUIRE(found.size() == 5);
  CHECK(found[0].function ==
        "Permanent Representative of Sweden to the United Nations Office and other "
        "international organizations in Geneva");
  CHECK(found[1].function == "Mayor of Setúbal");
  CHECK(found[2].function == "Founder, SolarBridge Training Cooperative, Herat");
}

TEST_CASE("statements en: collective subjects need a confirmed person; the speakers list counts") {
  DocumentRecord record = record_of(
      {"Smaller States noted that they lack capacity. Several Member States stressed that "
       "funding is short.",
       "Grace Mwangi noted that young migrants want a say.",
       "Participants thanked Jane Doe for her work.",
       "Training at the National Service for Industrial Training, Brazil, was described."},
      "en");
  CHECK(run(record).empty());
  Speaker speaker;
  speaker.name = "Grace Mwangi";
  record.speakers.push_back(speaker);
  CHECK(speakers(run(record)) == std::vector<std::string>{"Grace Mwangi"});
}

TEST_CASE("statements es: leads, apposition, a later mention confirmed by an earlier one") {
  DocumentRecord record = record_of(
      {"En su discurso de apertura, la Directora General de la OIM, Halima Oduya, recordó que la "
       "migración laboral beneficia a todos.",
       "Como señaló Tomasz Wierzbicki, Representante Permanente de Polonia, ningún país puede "
       "planificar solo.",
       "Según Bernard Ouellet, las empresas pueden cambiar esta situación.",
       "Marek Novák, Director de Estadísticas Laborales, advirtió que los datos no se comparan.",
       "En sus palabras de clausura, Halima Oduya agradeció a los participantes la franqueza de "
       "los debates y anunció el segundo taller."},
      "es");
  record.blocks.push_back(record.blocks[2]);
  record.blocks.back().id = "h1";
  record.blocks.back().kind = "heading";  // headings are not statements
  const std::vector<Statement> found = run(record);
  CHECK(speakers(found) == std::vector<std::string>{"Halima Oduya", "Tomasz Wierzbicki",
                                                    "Bernard Ouellet", "Marek Novák",
                                                    "Halima Oduya"});
  REQUIRE(found.size() == 5);
  CHECK(found[1].function == "Representante Permanente de Polonia");
  CHECK(found[3].function == "Director de Estadísticas Laborales");
  CHECK(found[4].block == "b5");
}

TEST_CASE("statements es: article before the honorific, function in apposition, later surname") {
  const DocumentRecord record = record_of(
      {"En su intervención, la Sra. Lorena Quintana Vidal destacó que los datos importan.",
       "El Sr. Tomás Ibarra, Director de Políticas del Ministerio de Trabajo, Chile, señaló que "
       "las ventanillas únicas ayudan.",
       "Según la Dra. Inés Robles, la cooperación entre ciudades funciona.",
       "Encargada de la apertura, la Señora Carmen de la Fuente puntualizó que hay avances. "
       "Asimismo, la Señora de la Fuente indicó que faltan recursos.",
       "Excma. Sra. Rosa Ledesma (Ministra de Trabajo, Paraguay) explicó que el diálogo sigue."},
      "es");
  const std::vector<Statement> found = run(record);
  CHECK(speakers(found) == std::vector<std::string>{"Lorena Quintana Vidal", "Tomás Ibarra",
                                                    "Inés Robles", "Carmen de la Fuente",
                                                    "Rosa Ledesma"});
  REQUIRE(found.size() == 5);
  CHECK(found[1].function == "Director de Políticas del Ministerio de Trabajo, Chile");
  CHECK(found[4].function == "Ministra de Trabajo, Paraguay");
}

TEST_CASE("statements fr: written-out honorifics, dashes around the function, leads") {
  const DocumentRecord record = record_of(
      {"Comme l'a rappelé S.E. M. Henri Duval, Ambassadeur, la coopération reste possible.",
       "Intervenue en ouverture, Madame Odile Marchand a précisé que les villes agissent. "
       "Madame Marchand a poursuivi en indiquant que les moyens manquent.",
       "Paul Girard – Chef de section, Ministère de l'intérieur – a conclu que tout reste à "
       "faire.",
       "Toujours selon Docteure Anne Lemoine, les chiffres sont incomplets."},
      "fr");
  const std::vector<Statement> found = run(record);
  CHECK(speakers(found) ==
        std::vector<std::string>{"Henri Duval", "Odile Marchand", "Paul Girard", "Anne Lemoine"});
  REQUIRE(found.size() == 4);
  CHECK(found[2].function == "Chef de section, Ministère de l'intérieur");
}

TEST_CASE("statements en: clause-initial person, verb by position, two people in one paragraph") {
  const DocumentRecord record = record_of(
      {"In her scene-setting presentation, Dr Hannah Price contended that data matter.",
       "In a video message, Mr. Samuel Okoro underlined that cities act first.",
       "For Mrs Clara Benson, Professor at the University of Leeds, regional cooperation helps.",
       "Ms Amy Lowe stressed that skills count. Mr. Tom Hale, Director, Ministry of Labour, "
       "Kenya, added that wages lag.",
       "The Director of the Ministry of Labour, Kenya, noted that wages lag."},
      "en");
  const std::vector<Statement> found = run(record);
  CHECK(speakers(found) == std::vector<std::string>{"Hannah Price", "Samuel Okoro", "Clara Benson",
                                                    "Amy Lowe", "Tom Hale"});
  REQUIRE(found.size() == 5);
  CHECK(found[4].function == "Director, Ministry of Labour, Kenya");
}

TEST_CASE("statements: no verb by position in programme lines or after a lower-case apposition") {
  DocumentRecord record = record_of(
      {"Ana Ruiz, nurse and trade unionist, Lima",
       "Outre la Présidente du comité, Mme Roux, le Maire et la Ministre ont, eux aussi, pris "
       "la parole."},
      "fr");
  Speaker speaker;
  speaker.name = "Ana Ruiz";
  record.speakers.push_back(speaker);
  CHECK(run(record).empty());
}

TEST_CASE("statements en: a clause opened by a function word, the person and the verb") {
  const DocumentRecord record =
      record_of({"Funding is short. As Dr. Lena Fox observed, cities act first.",
                 "As Member States noted, cities act first.",
                 "Cities act first, as Ms Ida Berg maintained, and regions follow."},
                "en");
  CHECK(speakers(run(record)) == std::vector<std::string>{"Lena Fox", "Ida Berg"});
}

TEST_CASE(
    "statements: a surname shared by two people goes to the nearest earlier full "
    "mention of the honorific's gender") {
  const DocumentRecord fr = record_of(
      {"Mme Odile Marchand, Cheffe de projet, a souligné que les ports comptent.",
       "M. Paul Marchand, Conseiller, a rappelé que les routes comptent aussi.",
       "Selon Mme Marchand, les ponts sont utiles.", "Selon M. Marchand, les gares sont utiles."},
      "fr");
  CHECK(speakers(run(fr)) == std::vector<std::string>{"Odile Marchand", "Paul Marchand",
                                                      "Odile Marchand", "Paul Marchand"});
  // Of one gender, the nearest earlier full mention.
  const DocumentRecord en = record_of(
      {"Mr Tom Hale, Adviser, stressed that roads matter.",
       "Mr Sam Hale, Director, noted that bridges matter.", "Mr Hale added that ports matter."},
      "en");
  CHECK(speakers(run(en)) == std::vector<std::string>{"Tom Hale", "Sam Hale", "Sam Hale"});
}

TEST_CASE("statements: the possessive, a capital elided lead and a name abbreviation") {
  const DocumentRecord en =
      record_of({"Ms. Rhea Munro, Adviser, stressed that roads matter.",
                 "In Ms. Munro\u2019s view, rural transport deserves more funding."},
                "en");
  CHECK(speakers(run(en)) == std::vector<std::string>{"Rhea Munro", "Rhea Munro"});
  const DocumentRecord fr =
      record_of({"D\u2019après Docteure Inès Roux, les ponts sont utiles."}, "fr");
  CHECK(speakers(run(fr)) == std::vector<std::string>{"Inès Roux"});
  const DocumentRecord es = record_of(
      {"Por su parte, la Doctora Irene St. Laurent advirtió que los puertos importan."}, "es");
  CHECK(speakers(run(es)) == std::vector<std::string>{"Irene St. Laurent"});
}

TEST_CASE("statements: a listed speaker's given name may open a sentence") {
  // "grace" is printed in lower case ("grâce à"), yet "Grace Mwangi" is a listed speaker.
  DocumentRecord fr =
      record_of({"Grâce à ce projet, les ports comptent.",
                 "Grace Mwangi, Cheffe de section, a indiqué que les routes comptent."},
                "fr");
  Speaker s;
  s.name = "Grace Mwangi";
  s.honorific = "Mme";
  fr.speakers.push_back(s);
  CHECK(speakers(run(fr)) == std::vector<std::string>{"Grace Mwangi"});
}
