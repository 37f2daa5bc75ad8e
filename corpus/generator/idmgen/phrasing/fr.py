"""French phrasing table: every key of SPEC.md ("Phrasing keys") with disjoint train / heldout
variants, so that heldout documents print labels, headings and statement shapes the rules
never saw in train.

Typography: a plain space before ':' (and before '?', ';' in prose), typographic apostrophe ’.
Fields a template may use are listed in phrasing/__init__.py (FIELDS).
"""

# Reporting verbs ("a souligné que"), split: statement shapes are crossed with them below.
VERBS = {
    'train': ['a souligné', 'a rappelé', 'a fait observer', 'a indiqué', 'a estimé',
              'a expliqué', 'a insisté sur le fait'],
    'heldout': ['a fait valoir', 'a affirmé', 'a relevé', 'a signalé', 'a déclaré',
                'a précisé', 'a constaté'],
}

# Shapes with {verb}; {who_h} = honorific + name, {who} = name alone.
SHAPES = {
    'train': ['{who_h}, {func}, {verb} que {text}',
              '{who_h} ({func}) {verb} que {text}',
              'Dans son intervention, {who_h} {verb} que {text}',
              '{who}, {func}, {verb} que {text}'],
    'heldout': ['Dans un message vidéo, {who_h}, {func}, {verb} que {text}',
                'Prenant la parole, {who_h} {verb} que {text}',
                'Dans sa présentation liminaire, {who_h} {verb} que {text}',
                '{who} – {func} – {verb} que {text}'],
}
FIXED = {
    'train': ['Selon {who_h}, {text}', 'Selon {who_h}, {func}, {text}'],
    'heldout': ['Comme l’a rappelé {who_h}, {text}', 'D’après {who_h}, {text}',
                'Pour {who_h}, {func}, {text}'],
}


def _statements(split):
    out = [s.replace('{verb}', v) for s in SHAPES[split] for v in VERBS[split]]
    return out + FIXED[split]


PHRASES = {
    'series': {
        'train': ['Dialogue international sur la migration {year}',
                  'Dialogue international sur la migration ({year})'],
        'heldout': ['DIM {year} – Dialogue international sur la migration',
                    'Dialogue international sur la migration – édition {year}'],
    },
    'agenda_title': {
        'train': ['Ordre du jour', 'Programme'],
        'heldout': ['Ordre du jour provisoire', 'Programme de travail – {city}'],
    },
    'concept_note_title': {
        'train': ['Note conceptuelle', 'Note de cadrage'],
        'heldout': ['Document d’orientation', 'Note d’information'],
    },
    'summary_title': {
        'train': ['Résumé des conclusions', 'Résumé des débats'],
        'heldout': ['Synthèse des travaux', 'Conclusions de l’atelier'],
    },
    'report_title': {
        'train': ['Rapport {year}', 'Rapport annuel {year}'],
        'heldout': ['Compte rendu {year}', 'Rapport de synthèse {year}'],
    },
    'date_line': {
        'train': ['{d1} et {d2} {month} {year}, {venue}, {city}',
                  '{city}, {d1}-{d2} {month} {year}'],
        'heldout': ['{venue} – {city} ({country}), {weekday1} {d1} et {weekday2} {d2} {month} '
                    '{year}', '{city}, du {d1} au {d2} {month} {year}'],
    },
    'day_heading': {
        'train': ['Jour {n} – {weekday} {date}', 'Journée {n} : {weekday} {date}'],
        'heldout': ['{ordinal} jour ({weekday} {date})', 'J{n} – {weekday} {day} {month}'],
    },
    # names of formats, see phrasing.TIME_FORMATS
    'time_range': {
        'train': ['h_space', 'colon', 'hhmm_dash'],
        'heldout': ['h_space_full', 'hhmm_compact', 'colon_hyphen'],
    },
    'role_moderator': {
        'train': ['Modération :', 'Modérateur :'],
        'heldout': ['Présidence :', 'Facilitation :', 'Animation :'],
    },
    'role_speakers': {
        'train': ['Intervenants :', 'Orateurs :', 'Panélistes :'],
        'heldout': ['Intervenantes et intervenants :', 'Avec la participation de :',
                    'Panel :'],
    },
    'role_presenter': {
        'train': ['Présentation :', 'Exposé introductif :'],
        'heldout': ['Intervention liminaire :', 'Présenté par :'],
    },
    'role_opening': {
        'train': ['Allocutions d’ouverture :', 'Mot d’ouverture :'],
        'heldout': ['Discours liminaires :', 'Ouverture par :'],
    },
    'role_closing': {
        'train': ['Allocution de clôture :', 'Remarques de clôture :'],
        'heldout': ['Mot de la fin :', 'Clôture par :'],
    },
    'slot_registration': {
        'train': ['Enregistrement des participants', 'Accueil et inscription'],
        'heldout': ['Inscription des délégations', 'Accréditation'],
    },
    'slot_opening': {
        'train': ['Séance d’ouverture', 'Ouverture de l’atelier'],
        'heldout': ['Cérémonie d’ouverture', 'Session inaugurale'],
    },
    'slot_break': {
        'train': ['Pause-café', 'Pause'],
        'heldout': ['Pause café et réseautage', 'Rafraîchissements'],
    },
    'slot_lunch': {
        'train': ['Déjeuner', 'Pause déjeuner'],
        'heldout': ['Déjeuner libre', 'Pause méridienne'],
    },
    'slot_closing': {
        'train': ['Séance de clôture', 'Clôture de l’atelier'],
        'heldout': ['Synthèse et clôture', 'Conclusions et fin des travaux'],
    },
    'slot_session': {
        'train': ['Séance {n} : {title}', 'Session {n} : {title}'],
        'heldout': ['Séance {roman} – {title}', 'Débat thématique {n} : {title}'],
    },
    'slot_panel': {
        'train': ['Table ronde {n} : {title}', 'Panel {letter} : {title}'],
        'heldout': ['Groupe de discussion {letter} – {title}', 'Table ronde {roman}. {title}'],
    },
    'slot_side_event': {
        'train': ['Événement parallèle : {title}', 'Manifestation parallèle : {title}'],
        'heldout': ['Activité en marge : {title}', 'Événement spécial – {title}'],
    },
    'venue_label': {
        'train': ['Lieu :', 'Emplacement :'],
        'heldout': ['Lieu de la réunion :', 'Adresse : {venue}'],
    },
    'questions_intro': {
        'train': ['Questions directrices :', 'Questions pour orienter le débat :'],
        'heldout': ['Pistes de discussion :', 'Points à débattre :'],
    },
    'video_note': {
        'train': ['(message vidéo)', '(par vidéoconférence)'],
        'heldout': ['(intervention enregistrée)', '(à distance)'],
    },
    'key_messages_heading': {
        'train': ['Messages clés', 'Points de convergence', 'Principaux messages'],
        'heldout': ['Principales conclusions', 'Enseignements clés', 'À retenir'],
    },
    'recommendations_heading': {
        'train': ['Recommandations', 'Recommandations principales'],
        'heldout': ['Pistes d’action', 'Propositions pour l’avenir'],
    },
    'background_heading': {
        'train': ['Contexte', 'Contexte et justification'],
        'heldout': ['Historique', 'Généralités'],
    },
    'issues_heading': {
        'train': ['Enjeux', 'Questions clés'],
        'heldout': ['Problématique', 'Thèmes de réflexion'],
    },
    'foreword_heading': {
        'train': ['Avant-propos', 'Préface'],
        'heldout': ['Message liminaire', 'Préambule'],
    },
    'annex_heading': {
        'train': ['Annexe {roman} : {title}', 'Annexe {n} : {title}'],
        'heldout': ['Annexe {letter} – {title}', 'Appendice {roman}. {title}'],
    },
    'contents_heading': {
        'train': ['Table des matières', 'Sommaire'],
        'heldout': ['Contenu du rapport', 'Plan du rapport'],
    },
    'statement': {'train': _statements('train'), 'heldout': _statements('heldout')},
    # gendered shapes (optional for the builders): add to 'statement' for a woman / a man
    'statement_f': {
        'train': ['Invitée à ouvrir le débat, {who_h} %s que {text}' % v for v in VERBS['train']],
        'heldout': ['Intervenue en ouverture, {who_h} %s que {text}' % v
                    for v in VERBS['heldout']],
    },
    'statement_m': {
        'train': ['Invité à ouvrir le débat, {who_h} %s que {text}' % v for v in VERBS['train']],
        'heldout': ['Intervenu en ouverture, {who_h} %s que {text}' % v
                    for v in VERBS['heldout']],
    },
    'statement_later': {
        'train': ['{hon} {surname} a ajouté que {text}',
                  '{hon} {surname} a par ailleurs souligné que {text}',
                  'Selon {hon} {surname}, {text}'],
        'heldout': ['{hon} {surname} a poursuivi en indiquant que {text}',
                    'Toujours selon {hon} {surname}, {text}'],
    },
    'honorific_m': {'train': ['M.'], 'heldout': ['Monsieur']},
    'honorific_f': {'train': ['Mme'], 'heldout': ['Madame']},
    'honorific_dr': {'train': ['Dr'], 'heldout': ['Docteur']},
    'honorific_dr_f': {'train': ['Dr'], 'heldout': ['Docteure']},
    'honorific_prof': {'train': ['Pr'], 'heldout': ['Professeur']},
    'honorific_prof_f': {'train': ['Pr'], 'heldout': ['Professeure']},
    'honorific_exc': {'train': ['S.E. M.'], 'heldout': ['Son Excellence M.']},
    'honorific_exc_f': {'train': ['S.E. Mme'], 'heldout': ['Son Excellence Mme']},
}
