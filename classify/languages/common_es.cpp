// Common Spanish words for the quality check (classify/quality.cpp): frequent function words
// and the frequent words of institutional prose, folded (fold_for_matching) and cut at
// apostrophes and hyphens as the check cuts words ("l'etat" -> "l", "etat"). Sorted.
#include "classify/languages/common_words.hpp"

namespace idm::languages {
namespace {

// clang-format off
constexpr std::string_view kWords[] = {
    "a", "abril", "acceso", "accion", "acciones", "actual", "actuales", "adecuada", "adecuado",
    "ademas", "adicional", "agencia", "agosto", "ahora", "al", "algun", "alguna", "algunas",
    "alguno", "algunos", "alianzas", "alla", "alli", "ambas", "ambito", "ambitos", "ambos", "ano",
    "anos", "ante", "anterior", "antes", "apoyo", "aquel", "aquella", "aquello", "aquellos", "aqui",
    "asamblea", "asi", "asimismo", "asociacion", "aun", "aunque", "bajo", "base", "bien", "cada",
    "caso", "casos", "cerca", "cien", "cinco", "clave", "comite", "como", "compartir", "con",
    "conferencia", "conjunto", "consejo", "contar", "contexto", "contextos", "contra",
    "cooperacion", "cual", "cuales", "cualquier", "cuando", "cuatro", "cuenta", "cuya", "cuyas",
    "cuyo", "cuyos", "dar", "de", "debate", "debates", "debe", "deben", "deberia", "deberian",
    "debido", "decir", "del", "dentro", "derecho", "derechos", "desafio", "desafios", "desarrollo",
    "desde", "despues", "destacar", "destaco", "dia", "dialogo", "dias", "dice", "dicen",
    "diciembre", "diez", "diferente", "diferentes", "dijo", "director", "directora", "discusion",
    "domingo", "donde", "dos", "dr", "dra", "durante", "e", "economica", "economicas", "economico",
    "economicos", "educacion", "eficaces", "eficaz", "ejemplo", "el", "ella", "ellas", "ellos",
    "embargo", "empleo", "en", "enero", "enfoque", "enfoques", "entonces", "entre", "era", "eran",
    "es", "esa", "esas", "escuela", "ese", "esfuerzos", "eso", "esos", "esta", "estaba", "estaban",
    "estado", "estados", "estan", "estar", "estas", "este", "esto", "estos", "etc", "examinar",
    "existente", "existentes", "familia", "familias", "febrero", "fin", "forma", "formas",
    "fortalecer", "fortalecimiento", "fue", "fuera", "fueron", "futura", "futuro", "futuros",
    "garantizar", "general", "generales", "gestion", "gobierno", "gobiernos", "gran", "grande",
    "grandes", "grupo", "grupos", "ha", "haber", "habia", "habra", "hace", "hacer", "hacia", "han",
    "hasta", "hay", "haya", "hayan", "he", "hecha", "hecho", "hechos", "hemos", "hizo", "hombre",
    "hombres", "hoy", "humana", "humanas", "humano", "humanos", "impacto", "impactos", "importante",
    "importantes", "incluidos", "incluso", "incluye", "informacion", "internacional",
    "internacionales", "ir", "jueves", "julio", "junio", "la", "las", "le", "lejos", "les",
    "llevar", "lo", "local", "locales", "lograr", "los", "luego", "lugar", "lunes", "manera",
    "marco", "martes", "marzo", "mas", "mayo", "mayor", "mayores", "me", "mediante", "medida",
    "medidas", "mejor", "mejorar", "mejores", "menor", "menos", "mercado", "mi", "miembro",
    "miembros", "mientras", "miercoles", "mil", "millon", "millones", "ministerio", "ministra",
    "ministro", "mis", "misma", "mismas", "mismo", "mismos", "modo", "mucha", "muchas", "mucho",
    "muchos", "mujer", "mujeres", "mundial", "mundo", "muy", "nacional", "nacionales", "naciones",
    "nada", "necesaria", "necesario", "necesarios", "necesidad", "necesidades", "ni", "ninas",
    "ningun", "ninguna", "ninos", "nivel", "niveles", "no", "nos", "nosotros", "noviembre",
    "nuestra", "nuestras", "nuestro", "nuestros", "nueva", "nuevas", "nueve", "nuevo", "nuevos",
    "numero", "numerosas", "numerosos", "nunca", "o", "objetivo", "objetivos", "ocho", "octubre",
    "organizacion", "organizaciones", "otra", "otras", "otro", "otros", "pais", "paises", "papel",
    "para", "parte", "partes", "participante", "participantes", "permite", "permitir", "pero",
    "persona", "personas", "pertinente", "pertinentes", "plazo", "poco", "pocos", "podria",
    "podrian", "politica", "politicas", "poner", "por", "porque", "posible", "posibles", "practica",
    "practicas", "presentar", "presento", "presidenta", "presidente", "primer", "primera",
    "primero", "primeros", "principal", "principales", "privada", "privado", "proceso", "procesos",
    "programa", "programas", "promover", "propia", "propio", "propios", "proteccion", "publica",
    "publicas", "publico", "publicos", "pueda", "puedan", "puede", "pueden", "pues", "punto",
    "puntos", "que", "quien", "quienes", "reconoce", "reconocer", "region", "regional",
    "regionales", "regiones", "relacion", "representante", "representantes", "respecto",
    "respuesta", "respuestas", "resultado", "resultados", "reto", "retos", "reunion", "sabado",
    "salud", "se", "sea", "sean", "secretaria", "secretario", "sector", "seguir", "segun",
    "segunda", "segundo", "seguridad", "seis", "senalo", "septiembre", "ser", "sera", "seran",
    "seria", "servicio", "servicios", "sesion", "sesiones", "setiembre", "si", "sido", "siempre",
    "siendo", "siete", "sin", "sino", "sistema", "sistemas", "situacion", "sobre", "social",
    "sociales", "sociedad", "sola", "solo", "son", "sostenible", "sostenibles", "sr", "sra", "sres",
    "su", "subrayo", "sus", "tal", "tales", "tambien", "tanta", "tanto", "tantos", "te", "tener",
    "tenga", "tengan", "tenido", "termino", "terminos", "tiempo", "tiene", "tienen", "toda",
    "todas", "todo", "todos", "tomar", "trabajo", "tras", "tres", "tu", "tuvo", "u", "ultima",
    "ultimo", "ultimos", "un", "una", "unas", "unidas", "unos", "utiliza", "utilizar", "va", "van",
    "varias", "varios", "veces", "ver", "vez", "vida", "viernes", "y", "ya", "yo",
};
// clang-format on

}  // namespace

const Cues kCommonSpanish = kWords;

}  // namespace idm::languages
