"""English phrasing table: every key of SPEC.md ("Phrasing keys") with disjoint train / heldout
variants, so that heldout documents print labels, headings and statement shapes the rules
never saw in train. Typographic apostrophe ’. Fields: see phrasing/__init__.py (FIELDS).
"""

VERBS = {
    'train': ['noted', 'stressed', 'underlined', 'highlighted', 'emphasized', 'observed',
              'pointed out'],
    'heldout': ['argued', 'recalled', 'cautioned', 'remarked', 'asserted', 'explained',
                'maintained'],
}

SHAPES = {
    'train': ['{who_h}, {func}, {verb} that {text}',
              '{who_h} ({func}) {verb} that {text}',
              '{who}, {func}, {verb} that {text}'],
    'heldout': ['In a video message, {who_h}, {func}, {verb} that {text}',
                'As {who_h} {verb}, {text}',
                'In a scene-setting presentation, {who_h} {verb} that {text}',
                '{who} – {func} – {verb} that {text}'],
}
FIXED = {
    'train': ['According to {who_h}, {text}', 'According to {who_h}, {func}, {text}'],
    'heldout': ['In the view of {who_h}, {text}', 'For {who_h}, {func}, {text}'],
}


def _statements(split):
    out = [s.replace('{verb}', v) for s in SHAPES[split] for v in VERBS[split]]
    return out + FIXED[split]


def _gendered(poss, split):
    tpl = {'train': 'In %s opening presentation, {who_h} {verb} that {text}',
           'heldout': 'In %s scene-setting presentation, {who_h} {verb} that {text}'}[split]
    return [(tpl % poss).replace('{verb}', v) for v in VERBS[split]]


PHRASES = {
    'series': {
        'train': ['International Dialogue on Migration {year}',
                  'International Dialogue on Migration ({year})'],
        'heldout': ['IDM {year} – International Dialogue on Migration',
                    'International Dialogue on Migration – {year} edition'],
    },
    'agenda_title': {
        'train': ['Agenda', 'Programme'],
        'heldout': ['Provisional agenda', 'Programme of work – {city}'],
    },
    'concept_note_title': {
        'train': ['Concept note', 'Concept paper'],
        'heldout': ['Background paper', 'Framing note'],
    },
    'summary_title': {
        'train': ['Summary of conclusions', 'Chair’s summary'],
        'heldout': ['Summary of proceedings', 'Outcome summary'],
    },
    'report_title': {
        'train': ['Report {year}', 'Annual report {year}'],
        'heldout': ['{year} Proceedings', '{year} Synthesis report'],
    },
    'date_line': {
        'train': ['{d1}–{d2} {month} {year}, {venue}, {city}',
                  '{city}, {month} {d1}–{d2}, {year}'],
        'heldout': ['{weekday1} {d1} and {weekday2} {d2} {month} {year}, {venue} ({city}, '
                    '{country})', '{venue}, {city} | {d1}-{d2} {month} {year}'],
    },
    'day_heading': {
        'train': ['Day {n} – {weekday}, {date}', '{weekday}, {date}'],
        'heldout': ['{ordinal} day ({weekday} {date})', 'Day {n}: {weekday} {day} {month} {year}'],
    },
    'time_range': {
        'train': ['colon', 'ampm_dots', 'colon_lead0'],
        'heldout': ['ampm_caps', 'ampm_compact', 'colon_hrs'],
    },
    'role_moderator': {
        'train': ['Moderator:', 'Chair:'],
        'heldout': ['Facilitator:', 'Moderated by:', 'Chaired by'],
    },
    'role_speakers': {
        'train': ['Speakers:', 'Panellists:'],
        'heldout': ['Panelists:', 'Discussants:', 'With contributions from:'],
    },
    'role_presenter': {
        'train': ['Presenter:', 'Keynote speaker:'],
        'heldout': ['Presented by:', 'Keynote address:', 'Scene-setter:'],
    },
    'role_opening': {
        'train': ['Opening remarks:', 'Welcome remarks:'],
        'heldout': ['Opening statements by:', 'Words of welcome:'],
    },
    'role_closing': {
        'train': ['Closing remarks:', 'Concluding remarks:'],
        'heldout': ['Closing statement by:', 'Wrap-up:'],
    },
    'slot_registration': {
        'train': ['Registration', 'Registration of participants'],
        'heldout': ['Arrival and accreditation', 'Check-in'],
    },
    'slot_opening': {
        'train': ['Opening session', 'Opening of the workshop'],
        'heldout': ['Opening ceremony', 'Welcome and introduction'],
    },
    'slot_break': {
        'train': ['Coffee break', 'Break'],
        'heldout': ['Refreshment break', 'Networking break'],
    },
    'slot_lunch': {
        'train': ['Lunch', 'Lunch break'],
        'heldout': ['Luncheon', 'Midday break'],
    },
    'slot_closing': {
        'train': ['Closing session', 'Closing of the workshop'],
        'heldout': ['Wrap-up and closing', 'Concluding session'],
    },
    'slot_session': {
        'train': ['Session {n}: {title}', 'Session {roman}: {title}'],
        'heldout': ['Thematic session {n} – {title}', 'Segment {roman}. {title}'],
    },
    'slot_panel': {
        'train': ['Panel {n}: {title}', 'Panel {letter}: {title}'],
        'heldout': ['Breakout group {letter} – {title}', 'Round table {roman}. {title}'],
    },
    'slot_side_event': {
        'train': ['Side event: {title}', 'Side event – {title}'],
        'heldout': ['Parallel event: {title}', 'Special event. {title}'],
    },
    'venue_label': {
        'train': ['Venue:', 'Location:'],
        'heldout': ['Room: {venue}', 'Where:'],
    },
    'questions_intro': {
        'train': ['Guiding questions:', 'Questions for discussion:'],
        'heldout': ['Points for discussion:', 'Framing questions:'],
    },
    'video_note': {
        'train': ['(video message)', '(by video link)'],
        'heldout': ['(pre-recorded)', '(remote participation)'],
    },
    'key_messages_heading': {
        'train': ['Key messages', 'Key takeaways', 'Main messages'],
        'heldout': ['Main takeaways', 'Conclusions', 'Key points of convergence'],
    },
    'recommendations_heading': {
        'train': ['Recommendations', 'Key recommendations'],
        'heldout': ['Ways forward', 'Suggested actions'],
    },
    'background_heading': {
        'train': ['Background', 'Context'],
        'heldout': ['Rationale', 'Background and rationale'],
    },
    'issues_heading': {
        'train': ['Issues for discussion', 'Key issues'],
        'heldout': ['Questions at stake', 'Thematic focus'],
    },
    'foreword_heading': {
        'train': ['Foreword', 'Preface'],
        'heldout': ['Message from the Director General', 'Introductory note'],
    },
    'annex_heading': {
        'train': ['Annex {roman}: {title}', 'Annex {n}: {title}'],
        'heldout': ['Appendix {letter} – {title}', 'Annex {letter}. {title}'],
    },
    'contents_heading': {
        'train': ['Contents', 'Table of contents'],
        'heldout': ['In this report', 'Contents of the report'],
    },
    'statement': {'train': _statements('train'), 'heldout': _statements('heldout')},
    'statement_f': {'train': _gendered('her', 'train'), 'heldout': _gendered('her', 'heldout')},
    'statement_m': {'train': _gendered('his', 'train'), 'heldout': _gendered('his', 'heldout')},
    'statement_later': {
        'train': ['{hon} {surname} added that {text}', '{hon} {surname} further noted that {text}',
                  'According to {hon} {surname}, {text}'],
        'heldout': ['{hon} {surname} went on to say that {text}',
                    'In {hon} {surname}’s view, {text}'],
    },
    'honorific_m': {'train': ['Mr'], 'heldout': ['Mr.']},
    'honorific_f': {'train': ['Ms'], 'heldout': ['Ms.', 'Mrs']},
    'honorific_dr': {'train': ['Dr'], 'heldout': ['Dr.']},
    'honorific_dr_f': {'train': ['Dr'], 'heldout': ['Dr.']},
    'honorific_prof': {'train': ['Prof.'], 'heldout': ['Professor']},
    'honorific_prof_f': {'train': ['Prof.'], 'heldout': ['Professor']},
    'honorific_exc': {'train': ['H.E. Mr'], 'heldout': ['H.E. Mr.']},
    'honorific_exc_f': {'train': ['H.E. Ms'], 'heldout': ['H.E. Ms.']},
}
