// Common French words for the quality check (classify/quality.cpp): frequent function words
// and the frequent words of institutional prose, folded (fold_for_matching) and cut at
// apostrophes and hyphens as the check cuts words ("l'etat" -> "l", "etat"). Sorted.
#include "classify/languages/common_words.hpp"

namespace idm::languages {
namespace {

// clang-format off
constexpr std::string_view kWords[] = {
    "a", "acces", "accueil", "action", "actions", "actuel", "actuelle", "actuels", "additionnel",
    "afin", "agence", "ai", "ailleurs", "ainsi", "aller", "alors", "ameliorer", "an", "annee",
    "annees", "ans", "aout", "approche", "approches", "appropriee", "appropries", "apres", "as",
    "assemblee", "assez", "assurer", "au", "aujourd", "aura", "aussi", "autant", "autre", "autres",
    "aux", "auxquelles", "auxquels", "avaient", "avait", "avant", "avec", "avez", "avoir", "avons",
    "avril", "ayant", "base", "beaucoup", "besoin", "besoins", "bien", "bon", "bonne", "bonnes",
    "c", "ca", "cadre", "cadres", "car", "cas", "ce", "ceci", "cela", "celle", "celles", "celui",
    "cent", "cependant", "certain", "certaine", "certaines", "certains", "ces", "cet", "cette",
    "ceux", "chaque", "chez", "cinq", "cle", "cles", "collaboration", "comite", "comme", "comment",
    "compte", "conference", "conseil", "contexte", "contre", "cooperation", "d", "dans", "de",
    "debat", "debats", "debut", "decembre", "defi", "defis", "deja", "demain", "depuis", "dernier",
    "derniere", "derniers", "des", "desquels", "dessus", "deux", "devant", "developpement",
    "devraient", "devrait", "dialogue", "different", "differente", "differentes", "differents",
    "dimanche", "dire", "directeur", "directrice", "discussion", "discussions", "dit", "dits",
    "divers", "diverses", "dix", "doit", "doivent", "domaine", "domaines", "donc", "donne",
    "donnee", "donnees", "donner", "dont", "dr", "droit", "droits", "du", "duquel", "durable",
    "durables", "durant", "ecole", "economique", "economiques", "education", "effet", "effets",
    "efficace", "efficaces", "efforts", "egalement", "egard", "elle", "elles", "emploi", "en",
    "encore", "enfant", "enfants", "enfin", "enjeu", "enjeux", "ensemble", "ensuite", "entier",
    "entiere", "entre", "envers", "es", "est", "et", "etaient", "etait", "etant", "etat", "etats",
    "etc", "ete", "etes", "etre", "eu", "eux", "examiner", "exemple", "existant", "existants",
    "face", "facon", "faire", "fait", "faite", "faites", "faits", "famille", "familles", "faut",
    "femme", "femmes", "fevrier", "fin", "fois", "font", "forme", "formes", "fut", "futur",
    "futures", "futurs", "general", "generale", "generaux", "gestion", "gouvernement",
    "gouvernements", "grace", "grand", "grande", "grandes", "grands", "groupe", "groupes", "haut",
    "haute", "hier", "homme", "hommes", "hors", "hui", "huit", "humain", "humaine", "humaines",
    "humains", "ici", "idee", "idees", "il", "ils", "impact", "impacts", "important", "importante",
    "importantes", "importants", "information", "informations", "international", "internationale",
    "internationales", "internationaux", "j", "jamais", "janvier", "je", "jeudi", "jeune", "jeunes",
    "jour", "jours", "juillet", "juin", "jusqu", "l", "la", "laquelle", "le", "lequel", "les",
    "lesquelles", "lesquels", "leur", "leurs", "lieu", "local", "locale", "locales", "locaux",
    "loin", "long", "longue", "lors", "lorsqu", "lorsque", "lui", "lundi", "m", "ma", "mai",
    "maintenant", "mais", "mal", "malgre", "maniere", "marche", "mardi", "mars", "me", "meilleur",
    "meilleure", "meilleures", "meilleurs", "membre", "membres", "meme", "memes", "mercredi", "mes",
    "mesure", "mesures", "mettre", "mieux", "mille", "million", "millions", "ministere", "ministre",
    "mis", "mise", "mlle", "mm", "mme", "mmes", "moins", "mon", "monde", "mondial", "mondiale",
    "mondiaux", "moyen", "moyens", "n", "national", "nationale", "nationales", "nationaux",
    "nations", "ne", "neanmoins", "necessaire", "necessaires", "neuf", "niveau", "niveaux",
    "nombre", "nombreuses", "nombreux", "non", "nos", "notamment", "note", "noter", "notre", "nous",
    "nouveau", "nouveaux", "nouvelle", "nouvelles", "novembre", "objectif", "objectifs", "octobre",
    "oeuvre", "on", "ont", "organisation", "organisations", "ou", "oui", "outre", "par", "parce",
    "parmi", "part", "partage", "partager", "partenaire", "partenaires", "partenariat",
    "partenariats", "participant", "participants", "particulier", "particulierement", "partie",
    "parties", "pas", "pays", "pendant", "permet", "permettent", "permettre", "personne",
    "personnes", "pertinent", "pertinente", "pertinents", "petit", "petite", "petits", "peu",
    "peut", "peuvent", "place", "plupart", "plus", "plusieurs", "plutot", "point", "points",
    "politique", "politiques", "possible", "possibles", "pour", "pourquoi", "pourraient",
    "pourrait", "pourtant", "pouvoir", "pratique", "pratiques", "precedent", "premier", "premiere",
    "premiers", "prendre", "pres", "presente", "presenter", "president", "presidente", "principal",
    "principale", "principales", "principaux", "pris", "prise", "prive", "privee", "processus",
    "programme", "programmes", "promouvoir", "propre", "propres", "protection", "public", "publics",
    "publique", "publiques", "puis", "puisqu", "puisque", "qu", "quand", "quatre", "que", "quel",
    "quelle", "quelles", "quelqu", "quelques", "quels", "question", "questions", "qui", "quoi",
    "rapport", "reconnait", "reconnaitre", "region", "regional", "regionale", "regionaux",
    "regions", "rendre", "renforcement", "renforcer", "reponse", "reponses", "representant",
    "representante", "representants", "reste", "resultat", "resultats", "reunion", "role", "roles",
    "s", "sa", "samedi", "sans", "sante", "savoir", "se", "seance", "secretaire", "secteur",
    "securite", "sein", "selon", "sens", "sept", "septembre", "sera", "serait", "seront", "service",
    "services", "ses", "seul", "seule", "seulement", "seules", "seuls", "si", "situation",
    "situations", "six", "social", "sociale", "sociales", "sociaux", "societe", "societes",
    "soient", "soit", "sommes", "son", "sont", "souligne", "souligner", "sous", "soutien", "suis",
    "sujet", "sur", "surtout", "systeme", "systemes", "t", "tandis", "tant", "te", "tel", "telle",
    "telles", "tels", "temps", "terme", "termes", "toujours", "tous", "tout", "toute", "toutefois",
    "toutes", "travail", "travers", "tres", "trois", "trop", "trouver", "tu", "un", "une", "unies",
    "utilise", "utilisee", "utiliser", "va", "vendredi", "venir", "vers", "via", "vie", "vis",
    "voir", "vont", "vos", "votre", "vouloir", "vous", "vrai", "vu", "y", "œuvre",
};
// clang-format on

}  // namespace

const Cues kCommonFrench = kWords;

}  // namespace idm::languages
