"""Spanish phrasing table: every key of SPEC.md ("Phrasing keys") with disjoint train / heldout
variants, so that heldout documents print labels, headings and statement shapes the rules
never saw in train.

Statements name people with their article in running text ("la Sra. Ana Pérez"): {art} / {Art}
are filled by the builders with el/la (El/La) from the person's gender; {who} alone (no
honorific) never takes an article. Fields: see phrasing/__init__.py (FIELDS).
"""

VERBS = {
    'train': ['señaló', 'subrayó', 'destacó', 'recordó', 'afirmó', 'indicó', 'observó'],
    'heldout': ['puso de relieve', 'hizo hincapié en', 'advirtió', 'sostuvo', 'explicó',
                'precisó', 'manifestó'],
}

SHAPES = {
    'train': ['{Art} {who_h}, {func}, {verb} que {text}',
              '{Art} {who_h} ({func}) {verb} que {text}',
              'En su intervención, {art} {who_h} {verb} que {text}',
              '{who}, {func}, {verb} que {text}'],
    'heldout': ['En un mensaje en vídeo, {art} {who_h} {verb} que {text}',
                'En su presentación inicial, {art} {who_h}, {func}, {verb} que {text}',
                '{who} – {func} – {verb} que {text}'],
}
FIXED = {
    'train': ['Según {art} {who_h}, {text}', 'Según {art} {who_h}, {func}, {text}'],
    'heldout': ['Como recordó {art} {who_h}, {text}', 'A juicio de {art} {who_h}, {func}, {text}'],
}


def _statements(split):
    return [s.replace('{verb}', v) for s in SHAPES[split] for v in VERBS[split]] + FIXED[split]


PHRASES = {
    'series': {
        'train': ['Diálogo Internacional sobre la Migración {year}',
                  'Diálogo Internacional sobre la Migración ({year})'],
        'heldout': ['DIM {year} – Diálogo Internacional sobre la Migración',
                    'Diálogo Internacional sobre la Migración – edición {year}'],
    },
    'agenda_title': {
        'train': ['Programa', 'Orden del día'],
        'heldout': ['Programa provisional', 'Agenda de trabajo – {city}'],
    },
    'concept_note_title': {
        'train': ['Nota conceptual', 'Documento conceptual'],
        'heldout': ['Nota de orientación', 'Documento de antecedentes'],
    },
    'summary_title': {
        'train': ['Resumen de las conclusiones', 'Resumen de la Presidencia'],
        'heldout': ['Síntesis de los trabajos', 'Conclusiones del taller'],
    },
    'report_title': {
        'train': ['Informe {year}', 'Informe anual {year}'],
        'heldout': ['Memoria {year}', 'Informe de síntesis {year}'],
    },
    'date_line': {
        'train': ['{d1} y {d2} de {month} de {year}, {venue}, {city}',
                  '{city}, {d1} y {d2} de {month} de {year}'],
        'heldout': ['{city} ({country}), {weekday1} {d1} y {weekday2} {d2} de {month} de {year}',
                    '{venue} – {city}, del {d1} al {d2} de {month} de {year}'],
    },
    'day_heading': {
        'train': ['Día {n} – {weekday} {date}', 'Día {n}: {weekday}, {date}'],
        'heldout': ['{ordinal} día ({weekday} {date})', 'Jornada {n} – {weekday} {day} de {month}'],
    },
    'time_range': {
        'train': ['colon', 'dot_horas', 'colon_lead0'],
        'heldout': ['colon_h', 'colon_hyphen', 'colon_hrs'],
    },
    'role_moderator': {
        'train': ['Moderación:', 'Moderador:'],
        'heldout': ['Preside:', 'Facilitación:'],
    },
    'role_speakers': {
        'train': ['Panelistas:', 'Oradores:'],
        'heldout': ['Ponentes:', 'Intervienen:', 'Participan:'],
    },
    'role_presenter': {
        'train': ['Presentación:', 'Exposición principal:'],
        'heldout': ['Presenta:', 'Conferencia magistral:'],
    },
    'role_opening': {
        'train': ['Palabras de apertura:', 'Palabras de bienvenida:'],
        'heldout': ['Discursos inaugurales:', 'Inauguran:'],
    },
    'role_closing': {
        'train': ['Palabras de clausura:', 'Observaciones finales:'],
        'heldout': ['Clausura a cargo de:', 'Cierre:'],
    },
    'slot_registration': {
        'train': ['Inscripción', 'Registro de participantes'],
        'heldout': ['Acreditación', 'Llegada y registro'],
    },
    'slot_opening': {
        'train': ['Sesión de apertura', 'Apertura del taller'],
        'heldout': ['Ceremonia inaugural', 'Bienvenida e introducción'],
    },
    'slot_break': {
        'train': ['Pausa café', 'Receso'],
        'heldout': ['Pausa para el café', 'Descanso'],
    },
    'slot_lunch': {
        'train': ['Almuerzo', 'Pausa para el almuerzo'],
        'heldout': ['Almuerzo libre', 'Receso de mediodía'],
    },
    'slot_closing': {
        'train': ['Sesión de clausura', 'Clausura del taller'],
        'heldout': ['Síntesis y clausura', 'Cierre de la jornada'],
    },
    'slot_session': {
        'train': ['Sesión {n}: {title}', 'Sesión {roman}: {title}'],
        'heldout': ['Mesa temática {n} – {title}', 'Bloque {roman}. {title}'],
    },
    'slot_panel': {
        'train': ['Panel {n}: {title}', 'Mesa redonda {letter}: {title}'],
        'heldout': ['Grupo de trabajo {letter} – {title}', 'Mesa {roman}. {title}'],
    },
    'slot_side_event': {
        'train': ['Evento paralelo: {title}', 'Actividad paralela: {title}'],
        'heldout': ['Evento especial – {title}', 'Encuentro al margen: {title}'],
    },
    'venue_label': {
        'train': ['Lugar:', 'Lugar de celebración:'],
        'heldout': ['Sede: {venue}', 'Ubicación:'],
    },
    'questions_intro': {
        'train': ['Preguntas orientativas:', 'Preguntas para el debate:'],
        'heldout': ['Preguntas guía:', 'Temas de discusión:'],
    },
    'video_note': {
        'train': ['(mensaje en vídeo)', '(por videoconferencia)'],
        'heldout': ['(intervención grabada)', '(en línea)'],
    },
    'key_messages_heading': {
        'train': ['Mensajes clave', 'Puntos de convergencia', 'Mensajes principales'],
        'heldout': ['Conclusiones principales', 'Ideas fuerza', 'Lecciones clave'],
    },
    'recommendations_heading': {
        'train': ['Recomendaciones', 'Recomendaciones principales'],
        'heldout': ['Líneas de acción', 'Propuestas de acción'],
    },
    'background_heading': {
        'train': ['Antecedentes', 'Contexto'],
        'heldout': ['Justificación', 'Marco general'],
    },
    'issues_heading': {
        'train': ['Cuestiones a examinar', 'Temas clave'],
        'heldout': ['Problemática', 'Ejes temáticos'],
    },
    'foreword_heading': {
        'train': ['Prólogo', 'Prefacio'],
        'heldout': ['Palabras preliminares', 'Nota introductoria'],
    },
    'annex_heading': {
        'train': ['Anexo {roman}: {title}', 'Anexo {n}: {title}'],
        'heldout': ['Apéndice {letter} – {title}', 'Anexo {letter}. {title}'],
    },
    'contents_heading': {
        'train': ['Índice', 'Contenido'],
        'heldout': ['Tabla de contenido', 'Sumario'],
    },
    'statement': {'train': _statements('train'), 'heldout': _statements('heldout')},
    'statement_f': {
        'train': ['Invitada a abrir el debate, {art} {who_h} %s que {text}' % v
                  for v in VERBS['train']],
        'heldout': ['Encargada de la presentación inicial, {art} {who_h} %s que {text}' % v
                    for v in VERBS['heldout']],
    },
    'statement_m': {
        'train': ['Invitado a abrir el debate, {art} {who_h} %s que {text}' % v
                  for v in VERBS['train']],
        'heldout': ['Encargado de la presentación inicial, {art} {who_h} %s que {text}' % v
                    for v in VERBS['heldout']],
    },
    'statement_later': {
        'train': ['{Art} {hon} {surname} añadió que {text}',
                  'Según {art} {hon} {surname}, {text}'],
        'heldout': ['{Art} {hon} {surname} agregó que {text}',
                    'Asimismo, {art} {hon} {surname} indicó que {text}'],
    },
    'honorific_m': {'train': ['Sr.'], 'heldout': ['Señor']},
    'honorific_f': {'train': ['Sra.'], 'heldout': ['Señora']},
    'honorific_dr': {'train': ['Dr.'], 'heldout': ['Doctor']},
    'honorific_dr_f': {'train': ['Dra.'], 'heldout': ['Doctora']},
    'honorific_prof': {'train': ['Prof.'], 'heldout': ['Profesor']},
    'honorific_prof_f': {'train': ['Prof.'], 'heldout': ['Profesora']},
    'honorific_exc': {'train': ['S.E. Sr.'], 'heldout': ['Excmo. Sr.']},
    'honorific_exc_f': {'train': ['S.E. Sra.'], 'heldout': ['Excma. Sra.']},
}
