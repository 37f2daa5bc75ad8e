"""Phrasing of the generated documents: one table per language (fr.py, en.py, es.py).

Why: every label, heading and statement shape that our extraction rules key on is drawn from
these tables, with disjoint `train` and `heldout` variants, so that heldout documents measure
whether the rules generalise to wordings they never saw.

API (identical inputs -> identical outputs; variant lists keep their order):
  KEYS                                   every key, in a fixed order
  variants(lang, key, split) -> [str]    the split's format strings
  phrase(lang, key, split, rng) -> str   one of them, drawn with rng
  weekday(lang, date) -> str             'mardi' / 'Tuesday' / 'martes'
  month_name(lang, m) -> str             'octobre' / 'October' / 'octubre'
  format_time_range(lang, fmt, h1, m1, h2, m2) -> str
                                         fmt: a `time_range` variant (a format name, see
                                         TIME_FORMATS) or a raw format string

Fields the templates use (the builders fill them; content/common.py knows them all):
  series/report_title/concept_note_title {year}; agenda_title {year} {city};
  summary_title none; date_line {d1} {d2} {month} {year} {venue} {city} {country}
  {weekday1} {weekday2}; day_heading {n} {weekday} {date} {day} {month} {year} {ordinal};
  slot_session {n} {roman} {title}; slot_panel {n} {letter} {roman} {title};
  slot_side_event {title}; annex_heading {n} {roman} {letter} {title}; venue_label may hold
  {venue}; role_* are labels ("Moderator:", "Chaired by"); statement* {who} (name) {who_h}
  (honorific + name) {func} {text} {art}/{Art} (es: el/la); statement_later {hon} {surname}
  {text} {art}/{Art}.

Extra keys beyond SPEC.md: statement_later (later mention by honorific + surname),
statement_f / statement_m (gendered shapes: "In her scene-setting presentation, ..."; a
builder may add them to `statement` for a woman / a man), honorific_dr_f, honorific_prof,
honorific_prof_f, honorific_exc_f (people.py picks honorifics consistent with gender).

time_range formats (train / heldout partition across ALL languages, so a heldout time
never has a shape a train document printed):
  train:   h_space "10 h 30 – 12 h", colon "9:30 – 12:00", colon_lead0 "09:30 – 12:00",
           hhmm_dash "10h30 – 12h", ampm_dots "10 a.m. – 11.30 a.m.",
           dot_horas "10.30 – 12.00 horas"
  heldout: h_space_full "10 h 30 – 12 h 00", hhmm_compact "10h30-12h00",
           colon_hyphen "10:30-12:00", colon_hrs "10:30 – 12:00 hrs", colon_h "10:30 h – 12:00 h",
           ampm_caps "10:30 AM – 12:00 PM", ampm_compact "10.30am–12pm"
"""
from __future__ import annotations

from . import en, es, fr

TABLES = {'fr': fr.PHRASES, 'en': en.PHRASES, 'es': es.PHRASES}
LANGS = ('fr', 'en', 'es')
SPLITS = ('train', 'heldout')

KEYS = (
    'series', 'agenda_title', 'concept_note_title', 'summary_title', 'report_title',
    'date_line', 'day_heading', 'time_range', 'role_moderator', 'role_speakers',
    'role_presenter', 'role_opening', 'role_closing', 'slot_registration', 'slot_opening',
    'slot_break', 'slot_lunch', 'slot_closing', 'slot_session', 'slot_panel', 'slot_side_event',
    'venue_label', 'questions_intro', 'video_note', 'key_messages_heading',
    'recommendations_heading', 'background_heading', 'issues_heading', 'foreword_heading',
    'annex_heading', 'contents_heading', 'statement', 'honorific_m', 'honorific_f',
    'honorific_dr', 'honorific_exc',
    # additions
    'statement_later', 'statement_f', 'statement_m', 'honorific_dr_f', 'honorific_prof',
    'honorific_prof_f', 'honorific_exc_f',
)
SPEC_KEYS = KEYS[:KEYS.index('statement_later')]


def variants(lang: str, key: str, split: str) -> list:
    """The format strings of `key` for (lang, split); KeyError for an unknown key."""
    if split not in SPLITS:
        raise ValueError('split must be train or heldout, not %r' % (split,))
    return list(TABLES[lang][key][split])


def phrase(lang: str, key: str, split: str, rng) -> str:
    return rng.choice(variants(lang, key, split))


# ----------------------------------------------------------------------------- calendar

_WEEKDAYS = {
    'fr': ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    'en': ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    'es': ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
}
_MONTHS = {
    'fr': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
           'septembre', 'octobre', 'novembre', 'décembre'],
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December'],
    'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto',
           'septiembre', 'octubre', 'noviembre', 'diciembre'],
}


def weekday(lang: str, date) -> str:
    """Weekday name (lower case in fr/es, as printed mid-sentence)."""
    return _WEEKDAYS[lang][date.weekday()]


def month_name(lang: str, m: int) -> str:
    return _MONTHS[lang][m - 1]


# ----------------------------------------------------------------------------- times

def _h12(h):
    return (h - 1) % 12 + 1, ('a.m.' if h < 12 else 'p.m.')


def _fmt_h_space(h, m, full):
    return '%d h %02d' % (h, m) if (m or full) else '%d h' % h


def _fmt_ampm_dots(h, m):
    hh, ap = _h12(h)
    return ('%d.%02d %s' % (hh, m, ap)) if m else '%d %s' % (hh, ap)


def _fmt_ampm_caps(h, m):
    hh, ap = _h12(h)
    return '%d:%02d %s' % (hh, m, 'AM' if ap == 'a.m.' else 'PM')


def _fmt_ampm_compact(h, m):
    hh, ap = _h12(h)
    ap = 'am' if ap == 'a.m.' else 'pm'
    return ('%d.%02d%s' % (hh, m, ap)) if m else '%d%s' % (hh, ap)


# name -> (function of (h1, m1, h2, m2) -> str). Dashes are U+2013 where spaced.
TIME_FORMATS = {
    'h_space': lambda a, b, c, d: '%s – %s' % (_fmt_h_space(a, b, False), _fmt_h_space(c, d, False)),
    'h_space_full': lambda a, b, c, d: '%s – %s' % (_fmt_h_space(a, b, True), _fmt_h_space(c, d, True)),
    'colon': lambda a, b, c, d: '%d:%02d – %d:%02d' % (a, b, c, d),
    'colon_lead0': lambda a, b, c, d: '%02d:%02d – %02d:%02d' % (a, b, c, d),
    'colon_hyphen': lambda a, b, c, d: '%02d:%02d-%02d:%02d' % (a, b, c, d),
    'colon_hrs': lambda a, b, c, d: '%02d:%02d – %02d:%02d hrs' % (a, b, c, d),
    'colon_h': lambda a, b, c, d: '%d:%02d h – %d:%02d h' % (a, b, c, d),
    'hhmm_dash': lambda a, b, c, d: '%s – %s' % ('%dh%02d' % (a, b) if b else '%dh' % a,
                                                 '%dh%02d' % (c, d) if d else '%dh' % c),
    'hhmm_compact': lambda a, b, c, d: '%dh%02d-%dh%02d' % (a, b, c, d),
    'dot_horas': lambda a, b, c, d: '%d.%02d – %d.%02d horas' % (a, b, c, d),
    'ampm_dots': lambda a, b, c, d: '%s – %s' % (_fmt_ampm_dots(a, b), _fmt_ampm_dots(c, d)),
    'ampm_caps': lambda a, b, c, d: '%s – %s' % (_fmt_ampm_caps(a, b), _fmt_ampm_caps(c, d)),
    'ampm_compact': lambda a, b, c, d: '%s–%s' % (_fmt_ampm_compact(a, b),
                                                 _fmt_ampm_compact(c, d)),
}
TIME_SPLIT = {
    'train': ('h_space', 'colon', 'colon_lead0', 'hhmm_dash', 'ampm_dots', 'dot_horas'),
    'heldout': ('h_space_full', 'hhmm_compact', 'colon_hyphen', 'colon_hrs', 'colon_h',
                'ampm_caps', 'ampm_compact'),
}


def format_time_range(lang: str, fmt: str, h1: int, m1: int, h2: int, m2: int) -> str:
    """One time range as printed. `fmt` is a time_range variant (a name of TIME_FORMATS) or a
    raw format string with {h1} {m1} {h2} {m2} {h12_1} {ampm1} {h12_2} {ampm2} (minutes 2-digit)."""
    if fmt in TIME_FORMATS:
        return TIME_FORMATS[fmt](h1, m1, h2, m2)
    if '{' not in fmt:
        raise KeyError('unknown time format %r' % fmt)
    a, b = _h12(h1), _h12(h2)
    return fmt.format(h1=h1, m1='%02d' % m1, h2=h2, m2='%02d' % m2, h12_1=a[0], ampm1=a[1],
                      h12_2=b[0], ampm2=b[1]).strip()
