"""Helpers shared by the content builders.

- `Voice`: the phrasing of one document (one draw per key and document, so that a document
  says "Moderator:" everywhere; `fresh()` draws again for keys that should vary, such as
  statements). Keys missing from `idmgen.phrasing` come from the small `LOCAL` table below
  (headings and connecting lines that the shared phrasing keys do not cover).
- `fill()`: formats a phrasing string; an unknown field raises (no '{' is ever left in text).
- `add_slot()`: one agenda row with its speakers; records the sessions and speaker entries.
- `add_items()`: key messages / recommendations in their printed forms.
- `statement()`: a reported statement (one person, or two in one paragraph).
"""
from __future__ import annotations

import re
import string

from ..model import Heading, ListItem, Paragraph, Slot

TAG = re.compile(r'</?[bi]>')
FN = re.compile(r'\{\{fn:(\d+)\}\}')


def plain(s: str) -> str:
    """Gold text of model text: markup dropped, footnote calls -> their digits, NBSP -> space."""
    return FN.sub(r'\1', TAG.sub('', s)).replace('\u00a0', ' ')


def words(s: str) -> int:
    return len(plain(s).split())


class _Fields(dict):
    def __missing__(self, key):
        raise KeyError('phrasing field {%s} not supplied' % key)


_FORMATTER = string.Formatter()


def fields_of(tpl: str) -> set:
    return {f for _, f, _, _ in _FORMATTER.parse(tpl) if f}


def fill(tpl: str, **kw) -> str:
    out = tpl.format_map(_Fields(kw)) if '{' in tpl else tpl
    return re.sub(r'[ \t]+', ' ', out).strip()


ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']


# ----------------------------------------------------------------------------- phrasing

# Lines the shared phrasing keys do not cover. Train and heldout never share a string.
LOCAL = {
    'h_intro': {
        'fr': {'train': ['Introduction', 'Contexte général'],
               'heldout': ['Présentation générale', 'Avant-propos du secrétariat']},
        'en': {'train': ['Introduction', 'Overview'],
               'heldout': ['General context', 'Setting the scene']},
        'es': {'train': ['Introducción', 'Panorama general'],
               'heldout': ['Contexto general', 'Presentación']},
    },
    'h_objectives': {
        'fr': {'train': ['Objectifs', 'Objectifs des ateliers'],
               'heldout': ['Buts poursuivis', 'Finalités du Dialogue']},
        'en': {'train': ['Objectives', 'Aims of the workshops'],
               'heldout': ['Purpose', 'What the Dialogue seeks to achieve']},
        'es': {'train': ['Objetivos', 'Objetivos de los talleres'],
               'heldout': ['Finalidad', 'Propósitos del Diálogo']},
    },
    'h_format': {
        'fr': {'train': ['Format et participation', 'Organisation des travaux'],
               'heldout': ['Modalités', 'Déroulement des débats']},
        'en': {'train': ['Format and participation', 'Organization of work'],
               'heldout': ['Modalities', 'How the discussions will run']},
        'es': {'train': ['Formato y participación', 'Organización de los trabajos'],
               'heldout': ['Modalidades', 'Desarrollo de los debates']},
    },
    'h_questions': {
        'fr': {'train': ['Questions directrices', 'Questions à examiner'],
               'heldout': ['Pistes de réflexion', 'Points soumis au débat']},
        'en': {'train': ['Guiding questions', 'Questions for discussion'],
               'heldout': ['Points for reflection', 'Issues put to the floor']},
        'es': {'train': ['Preguntas orientativas', 'Cuestiones para el debate'],
               'heldout': ['Puntos de reflexión', 'Temas sometidos a debate']},
    },
    'h_outcomes': {
        'fr': {'train': ['Résultats attendus'], 'heldout': ['Produits escomptés']},
        'en': {'train': ['Expected outcomes'], 'heldout': ['Anticipated results']},
        'es': {'train': ['Resultados previstos'], 'heldout': ['Productos esperados']},
    },
    'h_discussion': {
        'fr': {'train': ['Principaux points du débat', 'Synthèse des débats'],
               'heldout': ['Échos des discussions', 'Ce que les participants ont dit']},
        'en': {'train': ['Discussion highlights', 'Summary of the discussions'],
               'heldout': ['Main points raised', 'What participants said']},
        'es': {'train': ['Aspectos destacados del debate', 'Síntesis de los debates'],
               'heldout': ['Principales intervenciones', 'Lo que dijeron los participantes']},
    },
    'h_opening': {
        'fr': {'train': ['Ouverture'], 'heldout': ['Allocutions liminaires']},
        'en': {'train': ['Opening'], 'heldout': ['Opening statements']},
        'es': {'train': ['Apertura'], 'heldout': ['Declaraciones iniciales']},
    },
    'h_closing': {
        'fr': {'train': ['Clôture', 'Conclusion'], 'heldout': ['Remarques finales', 'Pour conclure']},
        'en': {'train': ['Closing', 'Conclusion'], 'heldout': ['Final remarks', 'Concluding words']},
        'es': {'train': ['Clausura', 'Conclusión'], 'heldout': ['Observaciones finales', 'Para concluir']},
    },
    'h_structure': {
        'fr': {'train': ['Structure du rapport'], 'heldout': ['Plan du présent document']},
        'en': {'train': ['Structure of the report'], 'heldout': ['How this report is organized']},
        'es': {'train': ['Estructura del informe'], 'heldout': ['Organización del presente documento']},
    },
    'figure': {
        'fr': {'train': ['Graphique {n} :', 'Figure {n} :'], 'heldout': ['Illustration {n} –', 'Fig. {n}.']},
        'en': {'train': ['Figure {n}:', 'Photo {n}:'], 'heldout': ['Fig. {n} –', 'Exhibit {n}.']},
        'es': {'train': ['Figura {n}.', 'Figura {n}:'], 'heldout': ['Gráfico {n} –', 'Ilustración {n}:']},
    },
    'km_intro': {
        'fr': {'train': ['Les principaux messages issus des débats sont les suivants :',
                         'Plusieurs points de convergence se sont dégagés :'],
               'heldout': ['Les échanges ont fait ressortir les messages ci-après :',
                           'On retiendra des discussions les éléments suivants :']},
        'en': {'train': ['The following key messages emerged from the discussions:',
                         'Several points of convergence stood out:'],
               'heldout': ['The exchanges brought out the messages below:',
                           'Participants broadly agreed on the following points:']},
        'es': {'train': ['De los debates surgieron los siguientes mensajes clave:',
                         'Se destacaron varios puntos de convergencia:'],
               'heldout': ['Los intercambios pusieron de relieve los mensajes siguientes:',
                           'Cabe retener de las deliberaciones los elementos siguientes:']},
    },
    'rec_intro': {
        'fr': {'train': ['Les participants ont formulé les recommandations suivantes :',
                         'Les pistes d’action ci-après ont été proposées :'],
               'heldout': ['Les mesures suivantes ont été suggérées aux États et à leurs partenaires :',
                           'Il ressort des débats les propositions concrètes que voici :']},
        'en': {'train': ['Participants put forward the following recommendations:',
                         'The following ideas for action were proposed:'],
               'heldout': ['The measures below were suggested to States and their partners:',
                           'The debates yielded these practical proposals:']},
        'es': {'train': ['Los participantes formularon las siguientes recomendaciones:',
                         'Se propusieron las siguientes ideas de acción:'],
               'heldout': ['Se sugirieron a los Estados y a sus asociados las medidas siguientes:',
                           'De las deliberaciones se desprenden estas propuestas concretas:']},
    },
    'km_chapter_intro': {
        'fr': {'train': ['Les messages ci-dessous résument les points sur lesquels les participants '
                         'se sont rejoints ; ils ne constituent pas une position négociée.'],
               'heldout': ['Ce chapitre reprend les convergences observées au fil des deux ateliers, '
                           'sans engager les États Membres.']},
        'en': {'train': ['The messages below summarize the points on which participants converged; '
                         'they are not a negotiated position.'],
               'heldout': ['This chapter brings together the convergences observed over both '
                           'workshops, without committing the Member States.']},
        'es': {'train': ['Los mensajes siguientes resumen los puntos en que coincidieron los '
                         'participantes; no constituyen una posición negociada.'],
               'heldout': ['Este capítulo recoge las coincidencias observadas en ambos talleres, '
                           'sin comprometer a los Estados Miembros.']},
    },
    'report_subtitle': {
        'fr': {'train': ['Rapport des ateliers tenus à {city1} ({dates1}) et à {city2} ({dates2})'],
               'heldout': ['Compte rendu des deux ateliers : {city1}, {dates1} ; {city2}, {dates2}']},
        'en': {'train': ['Report of the workshops held in {city1} ({dates1}) and {city2} ({dates2})'],
               'heldout': ['Proceedings of the two workshops: {city1}, {dates1}; {city2}, {dates2}']},
        'es': {'train': ['Informe de los talleres celebrados en {city1} ({dates1}) y {city2} ({dates2})'],
               'heldout': ['Actas de los dos talleres: {city1}, {dates1}; {city2}, {dates2}']},
    },
    'publisher': {
        'fr': {'train': ['Organisation internationale pour les migrations, {city}, {year}'],
               'heldout': ['OIM – Organisation internationale pour les migrations – {year}']},
        'en': {'train': ['International Organization for Migration, {city}, {year}'],
               'heldout': ['IOM – International Organization for Migration – {year}']},
        'es': {'train': ['Organización Internacional para las Migraciones, {city}, {year}'],
               'heldout': ['OIM – Organización Internacional para las Migraciones – {year}']},
    },
    'chapter_workshop': {
        'fr': {'train': ['Atelier {roman} : {city}, {dates}', '{ordinal} atelier ({city}, {dates})'],
               'heldout': ['Session {roman} du Dialogue – {city}, {dates}']},
        'en': {'train': ['Workshop {roman}: {city}, {dates}', '{ordinal} workshop ({city}, {dates})'],
               'heldout': ['Dialogue session {roman} – {city}, {dates}']},
        'es': {'train': ['Taller {roman}: {city}, {dates}', '{ordinal} taller ({city}, {dates})'],
               'heldout': ['Sesión {roman} del Diálogo – {city}, {dates}']},
    },
    'ordinal': {   # index 0 = first, 1 = second (never drawn: picked by position)
        'fr': {'train': ['Premier', 'Deuxième'], 'heldout': ['Premier', 'Deuxième']},
        'en': {'train': ['First', 'Second'], 'heldout': ['First', 'Second']},
        'es': {'train': ['Primer', 'Segundo'], 'heldout': ['Primer', 'Segundo']},
    },
    'annex_agenda': {
        'fr': {'train': ['Ordre du jour de l’atelier de {city}'],
               'heldout': ['Programme de la réunion de {city}']},
        'en': {'train': ['Agenda of the {city} workshop'],
               'heldout': ['Programme of the meeting in {city}']},
        'es': {'train': ['Programa del taller de {city}'],
               'heldout': ['Orden del día de la reunión de {city}']},
    },
    'chapter_conclusion': {
        'fr': {'train': ['Conclusion', 'Perspectives'], 'heldout': ['Regards vers l’avenir']},
        'en': {'train': ['Conclusion', 'Looking ahead'], 'heldout': ['The way forward']},
        'es': {'train': ['Conclusión', 'Perspectivas'], 'heldout': ['El camino por recorrer']},
    },
    'dg_function': {
        'fr': {'train': ['Directeur général', 'Directrice générale'],
               'heldout': ['Directeur général', 'Directrice générale']},
        'en': {'train': ['Director General', 'Director General'],
               'heldout': ['Director General', 'Director General']},
        'es': {'train': ['Director General', 'Directora General'],
               'heldout': ['Director General', 'Directora General']},
    },
    'events_sentence': {
        'fr': {'train': ['Le premier atelier se tiendra à {city1} ({dates1}) et le second à '
                         '{city2} ({dates2}).'],
               'heldout': ['Deux réunions sont prévues : à {city1} les {dates1}, puis à {city2} '
                           'les {dates2}.']},
        'en': {'train': ['The first workshop will take place in {city1} ({dates1}) and the second '
                         'in {city2} ({dates2}).'],
               'heldout': ['Two meetings are planned: in {city1} on {dates1}, then in {city2} on '
                           '{dates2}.']},
        'es': {'train': ['El primer taller se celebrará en {city1} ({dates1}) y el segundo en '
                         '{city2} ({dates2}).'],
               'heldout': ['Están previstas dos reuniones: en {city1} los días {dates1} y en '
                           '{city2} los días {dates2}.']},
    },
    'dates': {
        'fr': {'train': ['{d1} et {d2} {month} {year}', '{d1}-{d2} {month} {year}'],
               'heldout': ['{d1} – {d2} {month} {year}', '{d1} au {d2} {month} {year}']},
        'en': {'train': ['{d1}–{d2} {month} {year}', '{month} {d1}–{d2}, {year}'],
               'heldout': ['{d1} and {d2} {month} {year}', '{month} {d1} to {d2}, {year}']},
        'es': {'train': ['{d1} y {d2} de {month} de {year}', '{d1}-{d2} de {month} de {year}'],
               'heldout': ['{d1} al {d2} de {month} de {year}', '{d1} – {d2} de {month} de {year}']},
    },
    'day_date': {
        'fr': {'train': ['{day} {month}', '{day} {month} {year}'],
               'heldout': ['{day} {month}', '{day} {month} {year}']},
        'en': {'train': ['{day} {month}', '{month} {day}'],
               'heldout': ['{day} {month} {year}', '{month} {day}, {year}']},
        'es': {'train': ['{day} de {month}', '{day} de {month} de {year}'],
               'heldout': ['{day} de {month}', '{day} de {month} de {year}']},
    },
    'signature': {
        'fr': {'train': ['{name}, {function}'], 'heldout': ['{name}\u00a0– {function}']},
        'en': {'train': ['{name}, {function}'], 'heldout': ['{name}\u00a0– {function}']},
        'es': {'train': ['{name}, {function}'], 'heldout': ['{name}\u00a0– {function}']},
    },
    'photo_note': {
        'fr': {'train': ['(photo fictive)'], 'heldout': ['(image d’illustration)']},
        'en': {'train': ['(fictional photo)'], 'heldout': ['(illustrative image)']},
        'es': {'train': ['(foto ficticia)'], 'heldout': ['(imagen ilustrativa)']},
    },
}


def _phrasing():
    from .. import phrasing     # imported late: the module is written by another hand
    return phrasing


def variants(lang, key, split):
    try:
        vs = _phrasing().variants(lang, key, split)
        if vs:
            return list(vs)
    except (KeyError, AttributeError, ImportError, ValueError):
        pass
    return list(LOCAL[key][lang][split])


def has_key(lang, key, split):
    try:
        return bool(variants(lang, key, split))
    except KeyError:
        return False


class Voice:
    """The phrasing of one document."""

    def __init__(self, rng, lang, split):
        self.rng, self.lang, self.split = rng, lang, split
        self._once = {}

    def variants(self, key):
        return variants(self.lang, key, self.split)

    def pick(self, key):
        """A fresh draw of `key` (the template, unformatted)."""
        return self.rng.choice(self.variants(key))

    def tpl(self, key):
        """The document's template for `key` (drawn once)."""
        if key not in self._once:
            self._once[key] = self.pick(key)
        return self._once[key]

    def once(self, key, **kw):
        return fill(self.tpl(key), **kw)

    def fresh(self, key, **kw):
        return fill(self.pick(key), **kw)

    def nth(self, key, i, **kw):
        vs = self.variants(key)
        return fill(vs[i % len(vs)], **kw)

    # ---- language helpers from phrasing (with fallbacks for a missing helper)
    def month(self, m):
        return _phrasing().month_name(self.lang, m)

    def weekday(self, date):
        return _phrasing().weekday(self.lang, date)

    def time_range(self, fmt, h1, m1, h2, m2):
        return _phrasing().format_time_range(self.lang, fmt, h1, m1, h2, m2)


def label_line(tpl, value, **kw):
    """A label such as 'Moderator:' or 'Venue: {venue}' applied to a value."""
    if '{' in tpl:
        names = fields_of(tpl)
        kw = dict(kw)
        for k in names:
            if k not in kw:
                kw[k] = value
        return fill(tpl, **kw)
    return '%s %s' % (tpl.strip(), value)


def label_text(tpl, **kw):
    """A role label printed on a line of its own ('Panellists:'): a template with a field is
    filled with blanks for the value and cut before it."""
    if '{' not in tpl:
        return tpl.strip()
    head = tpl.split('{', 1)[0].strip()
    return head or fill(tpl, **{k: '' for k in fields_of(tpl)})


# ----------------------------------------------------------------------------- dates

def dates_text(v: Voice, ws, key='dates'):
    d1, d2 = ws['start'], ws['end']
    return v.once(key, d1=d1.day, d2=d2.day, month=v.month(d1.month), year=d1.year)


def day_date(v: Voice, date):
    return v.once('day_date', day=date.day, month=v.month(date.month), year=date.year)


def hhmm(h, m):
    return '%02d:%02d' % (h, m)


# ----------------------------------------------------------------------------- people

def entry_text(person, with_honorific=True, note=None):
    """The printed speaker entry: 'Ms Ana Pérez, Director, X, Chile (video message)'."""
    who = person['name']
    if with_honorific and person.get('honorific'):
        who = '%s %s' % (person['honorific'], who)
    s = who
    if person.get('entry_function'):
        s += ', ' + person['entry_function']
    if note:
        s += ' (%s)' % note
    return s


def note_text(v: Voice):
    """'video message' (without parentheses) from the video_note key."""
    t = v.once('video_note').strip()
    if t.startswith('(') and t.endswith(')'):
        t = t[1:-1].strip()
    return t


def speaker_record(person, role, sid, el, with_honorific=True, note=None):
    sp = dict(name=person['name'])
    if with_honorific and person.get('honorific'):
        sp['honorific'] = person['honorific']
    sp['role'] = role
    sp['function'] = person.get('entry_function') or ''
    if person.get('entry_org'):
        sp['organization'] = person['entry_org']
    if person.get('entry_country'):
        sp['country'] = person['entry_country']
        if person.get('country_code'):
            sp['country_code'] = person['country_code']
    sp['session'] = sid
    if note:
        sp['note'] = note
    sp['_el'] = el
    if not sp['function']:
        del sp['function']
    return sp


# ----------------------------------------------------------------------------- agenda rows

class Programme:
    """Session ids across a document (s01.. continue over both annex agendas of a report)."""

    def __init__(self, doc):
        self.doc = doc

    def new_session(self, event, day, date, start, end, title, kind, venue=None, desc=None,
                    questions=()):
        sid = 's%02d' % (len(self.doc.sessions) + 1)
        s = dict(id=sid, event=event, day=day, date=date.isoformat(), start=hhmm(*start),
                 end=hhmm(*end), title=plain(title), kind=kind)
        if venue:
            s['venue'] = plain(venue)
        if desc:
            s['description'] = plain(desc)
        s['questions'] = [plain(q) for q in questions]
        self.doc.sessions.append(s)
        return sid


ROLE_KEYS = {'moderator': 'role_moderator', 'speaker': 'role_speakers',
             'presenter': 'role_presenter', 'opening': 'role_opening', 'closing': 'role_closing'}


def role_template(v: Voice, role, persons):
    """The document's label template for a role (one draw per document)."""
    return v.tpl(ROLE_KEYS[role])


def emit_group(v: Voice, doc, content, sid, group, people_by_id):
    """A role group of a slot: either inline lines ('Moderator: Ms X, ...', one Paragraph per
    person) or a label line (unless group['label'] is False) followed by bullet entries."""
    role, form, marker = group['role'], group['form'], group.get('marker', '•')
    persons = [people_by_id[spec['pid']] for spec in group['people']]
    tpl = role_template(v, role, persons)
    if form == 'bullets' and group.get('label', True):
        content.append(Paragraph(label_text(tpl)))
    for spec, p in zip(group['people'], persons):
        note = note_text(v) if spec.get('video') else None
        hon = not spec.get('no_hon')
        entry = entry_text(p, hon, note)
        if form == 'inline':
            el = Paragraph(label_line(tpl, entry))
        else:
            el = ListItem(marker, entry, depth=1)
        content.append(el)
        doc.speakers.append(speaker_record(p, role, sid, el, hon, note))


def add_slot(v: Voice, doc, prog: Programme, ws, real, day, slot, time_fmt):
    """One agenda row (Slot) of workshop `ws` realised in `real` (see workshop.realize)."""
    rs = real['slots'][slot['key']]
    start, end = slot['start'], slot['end']
    timestr = v.time_range(time_fmt, start[0], start[1], end[0], end[1])
    content = []
    venue = None
    if slot['kind'] == 'side_event' and rs.get('venue'):
        venue = rs['venue']
    sid = prog.new_session(ws['slug'], day['n'], day['date'], start, end, rs['title'],
                           slot['kind'], venue=venue, desc=rs.get('desc'),
                           questions=rs.get('questions', ()))
    if rs.get('desc') and not slot.get('desc_after_venue'):
        content.append(Paragraph(rs['desc']))
    if venue:
        content.append(Paragraph(label_line(v.tpl('venue_label'), venue)))
    if rs.get('desc') and slot.get('desc_after_venue'):
        content.append(Paragraph(rs['desc']))
    if rs.get('questions'):
        if slot.get('q_intro', True):
            content.append(Paragraph(v.once('questions_intro')))
        for q in rs['questions']:
            content.append(ListItem('•', q, depth=1, label='discussion_question'))
    people = real['people']
    for g in slot['groups']:
        emit_group(v, doc, content, sid, g, people)
    for pi, panel in enumerate(slot.get('panels', ())):
        rp = rs['panels'][pi]
        psid = prog.new_session(ws['slug'], day['n'], day['date'], start, end, rp['title'],
                                'panel', desc=rp.get('desc'))
        content.append(Paragraph('<b>%s</b>' % rp['title']))
        if rp.get('desc'):
            content.append(Paragraph(rp['desc']))
        for g in panel['groups']:
            emit_group(v, doc, content, psid, g, people)
    el = Slot(timestr, rs['title'], content)
    doc.add(el)
    return sid


def emit_programme(v: Voice, doc, prog, ws, real, day_level=2, day_headings=True):
    """Day headings and slots of a workshop's whole agenda."""
    time_fmt = v.tpl('time_range')
    for day in ws['days']:
        if day_headings:
            doc.add(Heading(day_level, day_heading(v, day)))
        for slot in day['slots']:
            add_slot(v, doc, prog, ws, real, day, slot, time_fmt)


def day_heading(v: Voice, day):
    tpl = v.tpl('day_heading')
    kw = {}
    for f in fields_of(tpl):
        if f == 'n':
            kw['n'] = day['n']
        elif f == 'weekday':
            kw['weekday'] = v.weekday(day['date'])
        elif f == 'date':
            kw['date'] = day_date(v, day['date'])
        elif f in ('day', 'd'):
            kw[f] = day['date'].day
        elif f == 'month':
            kw['month'] = v.month(day['date'].month)
        elif f == 'year':
            kw['year'] = day['date'].year
        elif f in ('ordinal', 'nth'):
            kw[f] = v.nth('ordinal', day['n'] - 1)
    return fill(tpl, **kw)


# ----------------------------------------------------------------------------- items

ITEM_FORMS = ('num_dot', 'num_paren', 'heading', 'lead_para', 'lettered', 'paren_num')


def item_marker(form, i):
    if form == 'num_dot':
        return '%d.' % i
    if form == 'num_paren':
        return '%d)' % i
    if form == 'paren_num':
        return '(%d)' % i
    if form == 'lettered':
        return '%s)' % 'abcdefghijklmnopqrstuvwxyz'[(i - 1) % 26]
    if form == 'lettered_paren':
        return '(%s)' % 'abcdefghijklmnopqrstuvwxyz'[(i - 1) % 26]
    return None


def add_items(doc, store, label, items, form, bold=True, heading_level=3, who_for=None):
    """items: [(lead, rest)] -> printed in `form`; records {number, title, text, '_el'}.

    Forms: 'num_dot' "1." / 'num_paren' "1)" / 'paren_num' "(1)" / 'lettered' "a)" list
    items with a (bold) lead sentence; 'heading': numbered heading "1. Lead" then a
    paragraph; 'lead_para': unnumbered paragraph opening with a bold lead sentence.
    """
    out = []
    for i, (lead, rest) in enumerate(items, 1):
        if form == 'heading':
            h = doc.add(Heading(heading_level, '%d. %s' % (i, lead)))
            el = doc.add(Paragraph(rest, label=label))
            rec = dict(number=i, title=plain(lead), text=plain(lead) + ' ' + plain(rest),
                       _el=el, _els=[h, el])
        else:
            lead_m = '<b>%s</b>' % lead if bold else lead
            text = '%s %s' % (lead_m, rest) if rest else lead_m
            if form == 'lead_para':
                el = doc.add(Paragraph(text, label=label))
            else:
                el = doc.add(ListItem(item_marker(form, i), text, label=label))
            rec = dict(number=i, title=plain(lead), text=plain(text), _el=el)
        store.append(rec)
        out.append(rec)
    return out


# ----------------------------------------------------------------------------- statements

def statement_fields(v: Voice, person, func, text, tpl):
    """Every field a `statement` / `statement_later` template may use."""
    hon = person.get('honorific') or ''
    kw = {}
    for f in fields_of(tpl):
        if f == 'who':
            kw[f] = person['name']
        elif f in ('who_h', 'hon_who', 'who_hon', 'full'):
            kw[f] = ('%s %s' % (hon, person['name'])).strip()
        elif f in ('func', 'function'):
            kw[f] = func
        elif f == 'text':
            kw[f] = text
        elif f in ('hon', 'honorific'):
            kw[f] = hon
        elif f in ('surname', 'last'):
            kw[f] = person['surname']
        elif f == 'given':
            kw[f] = person['given']
        elif f in ('org', 'organization'):
            kw[f] = person.get('entry_org') or person.get('organization') or ''
        elif f == 'country':
            kw[f] = person.get('entry_country') or person.get('country') or ''
        elif f in ('art', 'article'):
            kw[f] = _article(v.lang, person)
        elif f in ('Art', 'Article'):
            kw[f] = _article(v.lang, person).capitalize()
    return kw


def is_female(person):
    return str(person.get('gender') or '').lower() in ('f', 'female', 'w', 'woman')


def _article(lang, person):
    """'el'/'la' before an honorific in Spanish; none before 'S.E.' (Su Excelencia)."""
    if (person.get('honorific') or '').startswith(('S.E', 'H.E', 'Excm')):
        return ''
    f = is_female(person)
    return {'fr': 'la' if f else 'le', 'es': 'la' if f else 'el', 'en': 'the'}[lang]


def _needs_func(tpl):
    return bool(fields_of(tpl) & {'func', 'function'})


def statement_sentence(v: Voice, person, clause, later=False, need_func=None):
    """One statement sentence about `person`; returns (sentence, function printed or None)."""
    key = 'statement_later' if later else 'statement'
    vs = v.variants(key)
    if not later:
        gkey = 'statement_f' if is_female(person) else 'statement_m'
        if has_key(v.lang, gkey, v.split):
            vs = vs + v.variants(gkey)
    if need_func is not None:
        sub = [t for t in vs if _needs_func(t) == need_func]
        vs = sub or vs
    tpl = v.rng.choice(vs)
    func = person.get('statement_function') or person.get('entry_function') or \
        person.get('function') or ''
    if _needs_func(tpl) and not func:
        sub = [t for t in vs if not _needs_func(t)]
        if sub:
            tpl = v.rng.choice(sub)
    kw = statement_fields(v, person, func, clause, tpl)
    s = contract(v.lang, fill(tpl, **kw))
    s = s[0].upper() + s[1:]
    if not s.endswith(('.', '?', '!', '»', '”')):
        s += '.'
    return s, (func if _needs_func(tpl) else None)


_VOWEL = 'aeiouyàâäéèêëîïôöûüœæAEIOUYÀÂÉÈÊÎÔÛŒÆ'


def contract(lang, s):
    """Elisions and contractions that filling a template can break: French 'que il' ->
    'qu’il', 'de le' -> 'du'; Spanish 'de el' -> 'del', 'a el' -> 'al'."""
    if lang == 'fr':
        s = re.sub(r"\b([Qq]u|[Ll]orsqu|[Pp]uisqu)e (?=[%s])" % _VOWEL,
                   lambda m: m.group(1) + '\u2019', s)
        s = re.sub(r"\b([Dd])e le\b", lambda m: m.group(1) + 'u', s)
        s = re.sub(r"\b([Dd])e les\b", lambda m: m.group(1) + 'es', s)
        s = re.sub(r"\b([Àà]) le\b", lambda m: 'au' if m.group(1) == 'à' else 'Au', s)
    elif lang == 'es':
        s = re.sub(r"\b([Dd])e el\b", lambda m: m.group(1) + 'el', s)
        s = re.sub(r"\b([Aa]) el\b", lambda m: m.group(1) + 'l', s)
    return s


def clause_of(sentence):
    """A prose sentence turned into the clause after 'noted that': no final stop, lower-case
    first letter (unless the second letter is upper-case, as in an acronym)."""
    s = sentence.strip().rstrip('.').strip()
    if len(s) > 1 and not s[1].isupper():
        s = s[0].lower() + s[1:]
    return s


BULLETS = ('•', '–', '-', '▪', '◦')


def block_text(el):
    """The gold text of the block printing `el` (a list item keeps a printed label)."""
    t = plain(el.text)
    if isinstance(el, ListItem) and el.marker not in BULLETS:
        t = '%s %s' % (el.marker, t)
    return t


def record_statement(doc, person, func, el, later=False):
    st = dict(speaker=person['name'])
    if func:
        st['function'] = plain(func)
    st['text'] = block_text(el)
    st['_el'] = el
    if later:
        st['_later'] = person['surname']
    doc.statements.append(st)
    if person['name'] not in el.who:
        el.who.append(person['name'])
    return st


# ----------------------------------------------------------------------------- prose

def _prose():
    from .. import prose
    return prose


def sentences(rng, lang, min_words, max_words=None, max_sentences=40):
    """Prose sentences adding up to min_words..max_words words."""
    prose = _prose()
    out, n = [], 0
    target = rng.randint(min_words, max_words) if max_words else min_words
    while n < target and len(out) < max_sentences:
        s = prose.sentence(rng, lang).strip()
        if max_words and out and n + len(s.split()) > max_words + 15:
            break
        out.append(s)
        n += len(s.split())
    return out


def paragraph(rng, lang, min_words=40, max_words=110, doc=None, notes=0):
    """A paragraph of prose; with doc and notes > 0, footnote calls after some sentences."""
    ss = sentences(rng, lang, min_words, max_words)
    if doc is not None and notes:
        spots = sorted(rng.sample(range(len(ss)), min(notes, len(ss))))
        for i in spots:
            ss[i] = _call_after(ss[i], doc.footnote(footnote_text(rng, lang)))
    return ' '.join(ss)


def _call_after(sentence, call):
    """The footnote call right after the sentence's last word or its final stop."""
    return sentence + call


def footnote_text(rng, lang):
    prose = _prose()
    n = rng.choice([1, 1, 1, 2])
    return ' '.join(prose.sentence(rng, lang).strip() for _ in range(n))


def lead_and_rest(rng, lang, min_words=25, max_words=90):
    lead = _prose().lead_sentence(rng, lang).strip()
    if not lead.endswith(('.', '!', '?')):
        lead += '.'
    return lead, ' '.join(sentences(rng, lang, min_words, max_words))


def caption(v: Voice, rng, n, photo=False):
    from ..model import Caption
    prose = _prose()
    text = clause_of(prose.sentence(rng, v.lang))
    text = text[0].upper() + text[1:]
    label = v.once('figure', n=n)
    out = '%s %s' % (label, text)
    if photo:
        out += ' ' + v.once('photo_note')
    else:
        out += '.'
    return Caption(out, figure_height=rng.choice([70.0, 90.0, 110.0, 140.0]))


def heading_text(v: Voice, key, **kw):
    """A heading from a phrasing key; a trailing colon (as in 'Guiding questions:') dropped."""
    t = v.once(key, **kw)
    return t.rstrip().rstrip(':').rstrip()


# ----------------------------------------------------------------------------- statements

class Quoter:
    """Statement paragraphs of one document. Remembers who was already named (in full) so
    that later mentions can use honorific + surname (`statement_later`)."""

    def __init__(self, v: Voice, doc, rng):
        self.v, self.doc, self.rng = v, doc, rng
        self.named = set()

    def sentence(self, person, allow_later=True):
        later = allow_later and person['name'] in self.named and self.rng.random() < 0.6 \
            and has_key(self.v.lang, 'statement_later', self.v.split)
        clause = clause_of(_prose().sentence(self.rng, self.v.lang))
        s, func = statement_sentence(self.v, person, clause, later=later)
        if not later:
            self.named.add(person['name'])
        return s, func, later

    def paragraph(self, persons, label='speaker_statement', before=None, after=None,
                  notes=0):
        """One paragraph reporting what `persons` (1 or 2) said, amid prose sentences."""
        rng, lang = self.rng, self.v.lang
        if before is None:
            before = rng.random() < 0.35
        if after is None:
            after = rng.choice([0, 1, 1, 2, 3])
        parts, said = [], []
        if before:
            parts.append(_prose().sentence(rng, lang).strip())
        for p in persons:
            s, func, later = self.sentence(p)
            parts.append(s)
            said.append((p, func, later))
            if rng.random() < 0.3:
                parts.append(_prose().sentence(rng, lang).strip())
        parts += sentences(rng, lang, after * 18, after * 30) if after else []
        if notes:
            i = rng.randrange(len(parts))
            parts[i] = _call_after(parts[i], self.doc.footnote(footnote_text(rng, lang)))
        el = self.doc.add(Paragraph(' '.join(parts), label=label))
        for p, func, later in said:
            record_statement(self.doc, p, func, el, later)
        return el

