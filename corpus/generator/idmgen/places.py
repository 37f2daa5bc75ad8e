"""Countries, cities and venues, printed in French, English and Spanish.

Why: speaker entries, date lines and venue lines print place names, and the gold must hold
them exactly as printed. Country names come from Debian's iso-codes (English JSON + the
gettext catalogues for fr/es) so that we do not hand-maintain 250 translations; a short
table overrides the catalogue's inverted forms ("Bolivie, état plurinational de") with the
UN-style names IDM documents actually print ("Bolivie (État plurinational de)").

Cities are split: `train` draws Geneva / New York about half of the time (most IDM workshops
are held there) and otherwise a train-only pool; `heldout` draws mostly from a pool train never
uses (Geneva / New York only now and then). Venues are split the same way.

Apostrophes in every printed name are typographic (’), like the rest of the generated text.
"""
from __future__ import annotations

import functools
import gettext
import json
import os

ISO_JSON = '/usr/share/iso-codes/json/iso_3166-1.json'
LOCALE_DIR = '/usr/share/locale'
LANGS = ('fr', 'en', 'es')
SPLITS = ('train', 'heldout')


class IsoCodesMissing(RuntimeError):
    pass


# ----------------------------------------------------------------------------- countries

# UN-style names where the catalogue prints an inverted form, a bare English fallback, or a
# misspelling ("Costa de Marfíl", "Tunez"). Order of the tuple: fr, en, es.
OVERRIDES = {
    'BO': ('Bolivie (État plurinational de)', 'Bolivia (Plurinational State of)',
           'Bolivia (Estado Plurinacional de)'),
    'VE': ('Venezuela (République bolivarienne du)', 'Venezuela (Bolivarian Republic of)',
           'Venezuela (República Bolivariana de)'),
    'IR': ('Iran (République islamique d’)', 'Iran (Islamic Republic of)',
           'Irán (República Islámica del)'),
    'TZ': ('République-Unie de Tanzanie', 'United Republic of Tanzania',
           'República Unida de Tanzanía'),
    'MD': ('République de Moldova', 'Republic of Moldova', 'República de Moldova'),
    'KR': ('République de Corée', 'Republic of Korea', 'República de Corea'),
    'KP': ('République populaire démocratique de Corée', 'Democratic People’s Republic of Korea',
           'República Popular Democrática de Corea'),
    'CD': ('République démocratique du Congo', 'Democratic Republic of the Congo',
           'República Democrática del Congo'),
    'PS': ('État de Palestine', 'State of Palestine', 'Estado de Palestina'),
    'FM': ('Micronésie (États fédérés de)', 'Micronesia (Federated States of)',
           'Micronesia (Estados Federados de)'),
    'LA': ('République démocratique populaire lao', 'Lao People’s Democratic Republic',
           'República Democrática Popular Lao'),
    'SY': ('République arabe syrienne', 'Syrian Arab Republic', 'República Árabe Siria'),
    'RU': ('Fédération de Russie', 'Russian Federation', 'Federación de Rusia'),
    'US': ('États-Unis d’Amérique', 'United States of America', 'Estados Unidos de América'),
    'CI': ('Côte d’Ivoire', 'Côte d’Ivoire', 'Côte d’Ivoire'),
    'TN': ('Tunisie', 'Tunisia', 'Túnez'),
    'BF': ('Burkina Faso', 'Burkina Faso', 'Burkina Faso'),
    'MM': ('Myanmar', 'Myanmar', 'Myanmar'),
    'VN': ('Viet Nam', 'Viet Nam', 'Viet Nam'),
    'IQ': ('Iraq', 'Iraq', 'Iraq'),
}


@functools.lru_cache(maxsize=None)
def _iso():
    if not os.path.exists(ISO_JSON):
        raise IsoCodesMissing('%s not found: install the Debian package iso-codes '
                              '(apt-get install iso-codes)' % ISO_JSON)
    with open(ISO_JSON, encoding='utf-8') as f:
        return {e['alpha_2']: e for e in json.load(f)['3166-1']}


@functools.lru_cache(maxsize=None)
def _catalogue(lang):
    try:
        return gettext.translation('iso_3166-1', LOCALE_DIR, languages=[lang])
    except OSError as e:
        raise IsoCodesMissing('gettext catalogue iso_3166-1 for %r not found under %s: install '
                              'the Debian package iso-codes' % (lang, LOCALE_DIR)) from e


@functools.lru_cache(maxsize=None)
def country_name(code: str, lang: str) -> str:
    """Printed name of ISO 3166-1 alpha-2 `code` in `lang` ('fr'|'en'|'es')."""
    code = code.upper()
    e = _iso().get(code)
    if e is None:
        raise KeyError('unknown ISO 3166-1 code %r' % code)
    if code in OVERRIDES:
        return OVERRIDES[code][LANGS.index(lang)]
    common = e.get('common_name')
    if lang == 'en':
        name = common or e['name']
    else:
        cat = _catalogue(lang)
        name = cat.gettext(common) if common else ''
        if not common or name == common:      # no translation of the common name
            name = cat.gettext(e['name'])
    if ', ' in name:                          # inverted catalogue form: keep the head
        name = name.split(', ')[0]
    return name.replace("'", '’')


# French / Spanish articles of the countries people come from, for "du Maroc", "de la Tunisie",
# "de l’Inde", "des Philippines", "del Uruguay", "de la Argentina" (UN usage in Spanish).
# fr: 'm' le, 'f' la, 'p' les, '0' none (Haïti, Cuba, Madagascar...). es: 'm', 'f', 'mp', 'fp', '0'.
FR_ART = dict(
    SN='m', ML='m', CI='f', BF='m', GN='f', NE='m', GH='m', NG='m', SL='f', LR='m', GM='f',
    KE='m', UG='m', TZ='f', ET='f', RW='m', SO='f', ZA='f', ZW='m', CD='f', MZ='m', ZM='f',
    MW='m', MA='m', DZ='f', TN='f', LY='f', MR='f', JO='f', LB='m', IQ='m', SY='f', YE='m',
    QA='m', AE='p', EG='f', IN='f', PK='m', BD='m', NP='m', LK='0', VN='m', ID='f', PH='p',
    TH='f', KH='m', MY='f', MM='m', CN='f', JP='m', KR='f', MN='f', KZ='m', KG='m', UZ='m',
    TJ='m', GE='f', AM='f', AZ='m', UA='f', PL='f', RO='f', MD='f', RS='f', FR='f', BE='f',
    CH='f', CA='m', LU='m', ES='f', MX='m', GT='m', HN='m', SV='m', CO='f', PE='m', BO='f',
    CL='m', AR='f', UY='m', PY='m', EC='m', CR='m', PA='m', VE='m', DO='f', BR='m', PT='m',
    AO='m', CV='m', GB='m', IE='f', US='p', AU='f', NZ='f', SE='f', NO='f', DK='m', IS='f',
    DE='f', NL='p', AT='f', FI='f', TR='f', IR='m', AF='m', HT='0', JM='f', TT='f', FJ='p',
    WS='m', VU='m', PG='f', IT='f', GR='f', CU='0', MG='0', BJ='m', TG='m', CM='m', TD='m',
    SD='m', ER='f', BI='m', GA='m', CG='m', SA='f', KW='m', TM='m', BG='f', AL='f', GW='f',
)
ES_ART = dict(
    UY='m', PE='m', EC='m', PY='m', AR='f', BR='m', CA='m', JP='m', IN='f', PK='m', SN='m',
    NE='m', TD='m', CM='m', SD='m', YE='m', IQ='m', LB='m', AF='m', NL='mp', GB='m',
    US='mp', AE='mp', SA='f', SV='0',
)
EN_THE = {'PH', 'GM', 'NL', 'DO', 'CD', 'US', 'GB', 'AE', 'CF', 'BS', 'SY', 'KR', 'TZ', 'MD',
          'LA', 'RU', 'KP', 'IR', 'BO', 'VE'}

_VOWELS = 'AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŒaeiouyàâäéèêëîïôöùûüœ'


def of_country(code: str, lang: str) -> str:
    """'du Maroc' / 'de l’Inde' / 'of the Philippines' / 'del Uruguay': the country after 'of'."""
    name = country_name(code, lang)
    if lang == 'en':
        return 'of the ' + name if code in EN_THE else 'of ' + name
    if lang == 'fr':
        art = FR_ART.get(code, '0')
        if art == 'p':
            return 'des ' + name
        if name[0] in _VOWELS or (code == 'HT'):
            return 'de l’' + name if art in 'mf' else 'd’' + name
        return {'m': 'du ', 'f': 'de la '}.get(art, 'de ') + name
    art = ES_ART.get(code, '0')
    return {'m': 'del ', 'f': 'de la ', 'mp': 'de los ', 'fp': 'de las '}.get(art, 'de ') + name


def in_country(code: str, lang: str) -> str:
    """'au Maroc' / 'en Tunisie' / 'aux Philippines' / 'in Ghana' / 'en el Uruguay'."""
    name = country_name(code, lang)
    if lang == 'en':
        return 'in the ' + name if code in EN_THE else 'in ' + name
    if lang == 'fr':
        art = FR_ART.get(code, '0')
        if art == 'p':
            return 'aux ' + name
        if art == 'm' and name[0] not in _VOWELS:
            return 'au ' + name
        return ('à ' if art == '0' else 'en ') + name
    art = ES_ART.get(code, '0')
    return {'m': 'en el ', 'f': 'en la ', 'mp': 'en los ', 'fp': 'en las '}.get(art, 'en ') + name


# ----------------------------------------------------------------------------- cities

def _c(key, fr, en, es, code):
    return dict(key=key, names={'fr': fr, 'en': en, 'es': es}, country_code=code)


HOME = [
    _c('geneva', 'Genève', 'Geneva', 'Ginebra', 'CH'),
    _c('new-york', 'New York', 'New York', 'Nueva York', 'US'),
]

TRAIN_CITIES = [
    _c('dakar', 'Dakar', 'Dakar', 'Dakar', 'SN'),
    _c('kigali', 'Kigali', 'Kigali', 'Kigali', 'RW'),
    _c('montevideo', 'Montevideo', 'Montevideo', 'Montevideo', 'UY'),
    _c('bangkok', 'Bangkok', 'Bangkok', 'Bangkok', 'TH'),
    _c('addis-ababa', 'Addis-Abeba', 'Addis Ababa', 'Adís Abeba', 'ET'),
    _c('cairo', 'Le Caire', 'Cairo', 'El Cairo', 'EG'),
    _c('nairobi', 'Nairobi', 'Nairobi', 'Nairobi', 'KE'),
    _c('mexico-city', 'Mexico', 'Mexico City', 'Ciudad de México', 'MX'),
    _c('bogota', 'Bogota', 'Bogotá', 'Bogotá', 'CO'),
    _c('lima', 'Lima', 'Lima', 'Lima', 'PE'),
    _c('santiago', 'Santiago du Chili', 'Santiago', 'Santiago de Chile', 'CL'),
    _c('buenos-aires', 'Buenos Aires', 'Buenos Aires', 'Buenos Aires', 'AR'),
    _c('brussels', 'Bruxelles', 'Brussels', 'Bruselas', 'BE'),
    _c('vienna', 'Vienne', 'Vienna', 'Viena', 'AT'),
    _c('rabat', 'Rabat', 'Rabat', 'Rabat', 'MA'),
    _c('tunis', 'Tunis', 'Tunis', 'Túnez', 'TN'),
    _c('accra', 'Accra', 'Accra', 'Acra', 'GH'),
    _c('abuja', 'Abuja', 'Abuja', 'Abuya', 'NG'),
    _c('manila', 'Manille', 'Manila', 'Manila', 'PH'),
    _c('jakarta', 'Djakarta', 'Jakarta', 'Yakarta', 'ID'),
    _c('dhaka', 'Dacca', 'Dhaka', 'Daca', 'BD'),
    _c('kathmandu', 'Katmandou', 'Kathmandu', 'Katmandú', 'NP'),
    _c('istanbul', 'Istanbul', 'Istanbul', 'Estambul', 'TR'),
    _c('amman', 'Amman', 'Amman', 'Ammán', 'JO'),
    _c('beirut', 'Beyrouth', 'Beirut', 'Beirut', 'LB'),
    _c('lisbon', 'Lisbonne', 'Lisbon', 'Lisboa', 'PT'),
    _c('sao-paulo', 'São Paulo', 'São Paulo', 'São Paulo', 'BR'),
    _c('berlin', 'Berlin', 'Berlin', 'Berlín', 'DE'),
    _c('the-hague', 'La Haye', 'The Hague', 'La Haya', 'NL'),
    _c('bamako', 'Bamako', 'Bamako', 'Bamako', 'ML'),
    _c('abidjan', 'Abidjan', 'Abidjan', 'Abiyán', 'CI'),
    _c('almaty', 'Almaty', 'Almaty', 'Almaty', 'KZ'),
    _c('guatemala-city', 'Guatemala', 'Guatemala City', 'Ciudad de Guatemala', 'GT'),
    _c('quito', 'Quito', 'Quito', 'Quito', 'EC'),
]

HELDOUT_CITIES = [
    _c('kampala', 'Kampala', 'Kampala', 'Kampala', 'UG'),
    _c('niamey', 'Niamey', 'Niamey', 'Niamey', 'NE'),
    _c('ouagadougou', 'Ouagadougou', 'Ouagadougou', 'Uagadugú', 'BF'),
    _c('tegucigalpa', 'Tegucigalpa', 'Tegucigalpa', 'Tegucigalpa', 'HN'),
    _c('san-jose', 'San José', 'San José', 'San José', 'CR'),
    _c('panama-city', 'Panama', 'Panama City', 'Ciudad de Panamá', 'PA'),
    _c('asuncion', 'Asunción', 'Asunción', 'Asunción', 'PY'),
    _c('la-paz', 'La Paz', 'La Paz', 'La Paz', 'BO'),
    _c('santo-domingo', 'Saint-Domingue', 'Santo Domingo', 'Santo Domingo', 'DO'),
    _c('port-au-prince', 'Port-au-Prince', 'Port-au-Prince', 'Puerto Príncipe', 'HT'),
    _c('kingston', 'Kingston', 'Kingston', 'Kingston', 'JM'),
    _c('suva', 'Suva', 'Suva', 'Suva', 'FJ'),
    _c('apia', 'Apia', 'Apia', 'Apia', 'WS'),
    _c('port-moresby', 'Port Moresby', 'Port Moresby', 'Port Moresby', 'PG'),
    _c('colombo', 'Colombo', 'Colombo', 'Colombo', 'LK'),
    _c('islamabad', 'Islamabad', 'Islamabad', 'Islamabad', 'PK'),
    _c('kabul', 'Kaboul', 'Kabul', 'Kabul', 'AF'),
    _c('tashkent', 'Tachkent', 'Tashkent', 'Taskent', 'UZ'),
    _c('bishkek', 'Bichkek', 'Bishkek', 'Biskek', 'KG'),
    _c('tbilisi', 'Tbilissi', 'Tbilisi', 'Tiflis', 'GE'),
    _c('yerevan', 'Erevan', 'Yerevan', 'Ereván', 'AM'),
    _c('chisinau', 'Chisinau', 'Chisinau', 'Chisináu', 'MD'),
    _c('kyiv', 'Kyiv', 'Kyiv', 'Kiev', 'UA'),
    _c('warsaw', 'Varsovie', 'Warsaw', 'Varsovia', 'PL'),
    _c('bucharest', 'Bucarest', 'Bucharest', 'Bucarest', 'RO'),
    _c('athens', 'Athènes', 'Athens', 'Atenas', 'GR'),
    _c('rome', 'Rome', 'Rome', 'Roma', 'IT'),
    _c('madrid', 'Madrid', 'Madrid', 'Madrid', 'ES'),
    _c('stockholm', 'Stockholm', 'Stockholm', 'Estocolmo', 'SE'),
    _c('copenhagen', 'Copenhague', 'Copenhagen', 'Copenhague', 'DK'),
    _c('algiers', 'Alger', 'Algiers', 'Argel', 'DZ'),
    _c('nouakchott', 'Nouakchott', 'Nouakchott', 'Nuakchot', 'MR'),
    _c('banjul', 'Banjul', 'Banjul', 'Banjul', 'GM'),
    _c('freetown', 'Freetown', 'Freetown', 'Freetown', 'SL'),
    _c('lusaka', 'Lusaka', 'Lusaka', 'Lusaka', 'ZM'),
    _c('maputo', 'Maputo', 'Maputo', 'Maputo', 'MZ'),
    _c('harare', 'Harare', 'Harare', 'Harare', 'ZW'),
    _c('johannesburg', 'Johannesburg', 'Johannesburg', 'Johannesburgo', 'ZA'),
    _c('dar-es-salaam', 'Dar es-Salaam', 'Dar es Salaam', 'Dar es Salaam', 'TZ'),
    _c('doha', 'Doha', 'Doha', 'Doha', 'QA'),
    _c('hanoi', 'Hanoï', 'Hanoi', 'Hanói', 'VN'),
    _c('phnom-penh', 'Phnom Penh', 'Phnom Penh', 'Nom Pen', 'KH'),
    _c('kuala-lumpur', 'Kuala Lumpur', 'Kuala Lumpur', 'Kuala Lumpur', 'MY'),
    _c('seoul', 'Séoul', 'Seoul', 'Seúl', 'KR'),
    _c('ulaanbaatar', 'Oulan-Bator', 'Ulaanbaatar', 'Ulán Bator', 'MN'),
    _c('praia', 'Praia', 'Praia', 'Praia', 'CV'),
    _c('ottawa', 'Ottawa', 'Ottawa', 'Ottawa', 'CA'),
    _c('dublin', 'Dublin', 'Dublin', 'Dublín', 'IE'),
]

CITIES = {'train': TRAIN_CITIES, 'heldout': HELDOUT_CITIES}
# Share of draws that return Geneva or New York.
HOME_P = {'train': 0.5, 'heldout': 0.1}


def _record(c):
    out = dict(key=c['key'], names=dict(c['names']), country_code=c['country_code'])
    out['country_names'] = {lang: country_name(c['country_code'], lang) for lang in LANGS}
    return out


def city(rng, split: str) -> dict:
    """A city record: {key, names{fr,en,es}, country_code, country_names{fr,en,es}}."""
    _check_split(split)
    if rng.random() < HOME_P[split]:
        c = HOME[0] if rng.random() < 0.6 else HOME[1]
    else:
        c = rng.choice(CITIES[split])
    return _record(c)


def city_by_key(key: str) -> dict:
    """The record of a city by key ('geneva', 'new-york', 'dakar', ...)."""
    for c in HOME + TRAIN_CITIES + HELDOUT_CITIES:
        if c['key'] == key:
            return _record(c)
    raise KeyError(key)


def cities_in(code: str, split: str) -> list:
    """Cities of one country in the split's pool (for universities, municipalities)."""
    return [_record(c) for c in CITIES[split] if c['country_code'] == code]


def _check_split(split):
    if split not in SPLITS:
        raise ValueError('split must be train or heldout, not %r' % (split,))


# ----------------------------------------------------------------------------- venues

_ROMAN_ROOMS = ['XII', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX', 'XXII', 'XXIII', 'XXIV']

# {room}: a Roman numeral (Geneva) or a number (New York); {city}; {brand}: a fictional name.
VENUES = {
    'geneva': {
        'train': {
            'fr': ['Palais des Nations, salle {roman}', 'Centre international de conférences '
                   'de Genève (CICG)', 'Palais des Nations, Salle des Assemblées'],
            'en': ['Palais des Nations, Room {roman}', 'International Conference Centre Geneva '
                   '(CICG)', 'Palais des Nations, Assembly Hall'],
            'es': ['Palacio de las Naciones, Sala {roman}', 'Centro Internacional de '
                   'Conferencias de Ginebra (CICG)', 'Palacio de las Naciones, Sala de Asambleas'],
        },
        'heldout': {
            'fr': ['Salle du Conseil, siège de l’OIM', 'Maison de la paix, auditorium A'],
            'en': ['Council Chamber, IOM Headquarters', 'Maison de la Paix, Auditorium A'],
            'es': ['Sala del Consejo, sede de la OIM', 'Maison de la Paix, Auditorio A'],
        },
    },
    'new-york': {
        'train': {
            'fr': ['Siège de l’ONU, salle de conférence {num}',
                   'Siège des Nations Unies, salle du Conseil économique et social'],
            'en': ['UN Headquarters, Conference Room {num}',
                   'United Nations Headquarters, ECOSOC Chamber'],
            'es': ['Sede de las Naciones Unidas, Sala de Conferencias {num}',
                   'Sede de las Naciones Unidas, Salón del ECOSOC'],
        },
        'heldout': {
            'fr': ['Salle du Conseil de tutelle, Siège de l’ONU',
                   'Auditorium de la bibliothèque Dag Hammarskjöld'],
            'en': ['Trusteeship Council Chamber, UN Headquarters',
                   'Dag Hammarskjöld Library Auditorium'],
            'es': ['Salón del Consejo de Administración Fiduciaria, Sede de la ONU',
                   'Auditorio de la Biblioteca Dag Hammarskjöld'],
        },
    },
    'other': {
        'train': {
            'fr': ['Centre de conférences de {city}', 'Hôtel {brand}, salle {hall}',
                   'Centre international de conférences {brand}'],
            'en': ['{city} Conference Centre', '{brand} Hotel, {hall} Room',
                   '{brand} International Convention Centre'],
            'es': ['Centro de Convenciones {brand}', 'Hotel {brand}, Salón {hall}',
                   'Centro de Conferencias de {city}'],
        },
        'heldout': {
            'fr': ['Palais des congrès {brand}', 'Maison de la culture de {city}, auditorium'],
            'en': ['{brand} Congress Hall', '{city} Cultural Centre, Main Auditorium'],
            'es': ['Palacio de Congresos {brand}', 'Casa de la Cultura de {city}, Auditorio '
                   'principal'],
        },
    },
}
# Fictional venue names and hall names, split too.
BRANDS = {'train': ['Los Arrayanes', 'Baobab', 'Horizonte', 'Miramar', 'Atlas Royal',
                    'Teranga Palace', 'Mirador del Sol', 'Kilima'],
          'heldout': ['Las Magnolias', 'Sahel Plaza', 'Cordillera', 'Lagune Bleue',
                      'Tamarind Bay', 'Punta Azul', 'Nyota']}
HALLS = {'train': ['Acacia', 'Jacaranda', 'Cedro', 'Orchidée', 'Ébène'],
         'heldout': ['Flamboyant', 'Ceiba', 'Tamaris', 'Lotus', 'Manguier']}


def venue(rng, split: str, lang: str, city: dict) -> str:
    """A venue as printed in `lang` for a workshop held in `city` (a city record)."""
    _check_split(split)
    key = city.get('key') if isinstance(city, dict) else None
    table = VENUES[key] if key in VENUES else VENUES['other']
    tpl = rng.choice(table[split][lang])
    cname = city['names'][lang] if isinstance(city, dict) else str(city)
    return tpl.format(roman=rng.choice(_ROMAN_ROOMS), num=rng.choice([1, 2, 3, 4, 6, 11, 12]),
                      city=cname, brand=rng.choice(BRANDS[split]),
                      hall=rng.choice(HALLS[split]))
