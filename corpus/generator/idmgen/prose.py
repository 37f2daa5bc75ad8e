"""Fictional prose on migration policy themes, in French, English and Spanish.

Why: the documents need body text that reads like IDM prose (long words to hyphenate, compound
words such as "main-d’œuvre", "long-term", "socio-económico", French « » and ’, Spanish ¿ ?)
and that varies enough that two documents rarely share a sentence. Everything is assembled
from our own sentence frames and word pools (subject, verb phrase, object, complement,
qualifier, statistics), never copied from a real document: the combinations run into the
hundreds of millions per language.

API (all deterministic for a given rng state):
  sentence(rng, lang, split=None) -> str      12-35 words, ends with '.'
  paragraph(rng, lang, n_sentences) -> str
  theme(rng, lang, split) -> str              workshop theme ("Migration and cities: ...")
  session_title(rng, lang, split) -> str
  lead_sentence(rng, lang) -> str             short assertive key message, ends with '.'
  question(rng, lang) -> str                  guiding question, ends with '?' (fr ' ?', es ¿?)

A sentence never starts with a proper noun or a digit, so that the builders can turn it into
a clause ("noted that ...") by lower-casing its first letter. `split` selects disjoint
frames for themes and session titles (train / heldout); sentences are shared content.
"""
from __future__ import annotations

import re

LANGS = ('fr', 'en', 'es')
MIN_WORDS, MAX_WORDS = 12, 35

# ============================================================================ French
FR = dict(
    subj=[('les États', 'p'), ('les autorités locales', 'p'), ('les collectivités territoriales', 'p'),
          ('les partenaires sociaux', 'p'), ('les organisations de la société civile', 'p'),
          ('les associations de la diaspora', 'p'), ('les employeurs du secteur privé', 'p'),
          ('les services publics de l’emploi', 'p'),
          ('les pays d’origine, de transit et de destination', 'p'), ('les gouvernements', 'p'),
          ('les institutions nationales des droits de l’homme', 'p'),
          ('les communautés d’accueil', 'p'), ('les municipalités frontalières', 'p'),
          ('les mécanismes de coordination interinstitutionnelle', 'p'),
          ('la coopération régionale', 's'), ('la gouvernance des migrations', 's'),
          ('une approche mobilisant l’ensemble des pouvoirs publics', 's'),
          ('la coopération Sud-Sud', 's'), ('le secteur privé', 's'),
          ('chaque administration concernée', 's'), ('la communauté internationale', 's'),
          ('le dialogue intergouvernemental', 's'), ('la collecte de données ventilées', 's'),
          ('le système des Nations Unies', 's'), ('la planification urbaine', 's'),
          ('la formation des agents consulaires', 's')],
    modal=[('doit', 'doivent'), ('devrait', 'devraient'), ('peut', 'peuvent'),
           ('contribue à', 'contribuent à'), ('permet de', 'permettent de'),
           ('s’efforce de', 's’efforcent de'), ('gagnerait à', 'gagneraient à'),
           ('cherche à', 'cherchent à'), ('a intérêt à', 'ont intérêt à'),
           ('doit continuer à', 'doivent continuer à'), ('pourrait davantage', 'pourraient davantage'),
           ('est en mesure de', 'sont en mesure de')],
    inf=['renforcer', 'améliorer', 'faciliter', 'garantir', 'promouvoir', 'soutenir', 'développer',
         'harmoniser', 'simplifier', 'évaluer', 'élargir', 'consolider', 'institutionnaliser',
         'accompagner', 'encourager', 'systématiser', 'pérenniser', 'mieux coordonner',
         'anticiper', 'intégrer', 'valoriser', 'financer'],
    obj=['la protection sociale des travailleurs saisonniers', 'l’accès aux services de santé',
         'la reconnaissance des qualifications professionnelles', 'les voies de migration régulière',
         'les mécanismes de recrutement équitable', 'la portabilité des droits à pension',
         'l’intégration socio-économique des migrants',
         'la collecte et l’analyse de données comparables',
         'les programmes de retour et de réintégration durable', 'la mobilité de la main-d’œuvre',
         'les transferts de fonds et l’inclusion financière', 'les partenariats multipartites',
         'la préparation aux catastrophes', 'les stratégies d’adaptation au changement climatique',
         'la lutte contre la traite des personnes', 'l’accès des enfants migrants à l’éducation',
         'les politiques de cohésion sociale', 'la participation des diasporas au développement',
         'les cadres juridiques nationaux', 'l’égalité entre les femmes et les hommes',
         'la gestion intégrée des frontières', 'la délivrance de documents d’identité',
         'les services consulaires', 'le renforcement des capacités institutionnelles',
         'l’employabilité des jeunes', 'les compétences numériques',
         'la santé mentale et le bien-être psychosocial',
         'la prévention de la xénophobie et de la discrimination', 'les systèmes d’alerte précoce',
         'l’information des candidats au départ', 'les accords bilatéraux de main-d’œuvre',
         'le savoir-faire des communautés transfrontalières', 'les plans de développement local',
         'les dispositifs dits « passerelles » vers l’emploi'],
    comp=['dans les pays d’origine', 'tout au long du cycle migratoire', 'à l’échelle régionale',
          'dans les zones frontalières', 'au sein des communautés d’accueil',
          'dans les villes intermédiaires', 'en milieu rural',
          'pour les personnes en situation de vulnérabilité',
          'dans les secteurs à forte intensité de main-d’œuvre',
          'entre les pays d’un même corridor migratoire', 'au niveau sous-régional'],
    qual=['à long terme', 'dans le plein respect des droits humains',
          'de manière coordonnée et transparente', 'en s’appuyant sur des données probantes',
          'avec la participation effective des migrants eux-mêmes',
          'conformément aux engagements internationaux', 'sans laisser personne de côté',
          'dans une perspective sensible au genre', 'selon une approche fondée sur les droits',
          'grâce à des financements prévisibles et pluriannuels',
          'en étroite concertation avec les partenaires sociaux',
          'dès les premières étapes de la planification'],
    opener=['Dans ce contexte,', 'Par ailleurs,', 'À cet égard,', 'De surcroît,', 'En outre,',
            'Dans de nombreux pays,', 'Au niveau régional,', 'Depuis plusieurs années,',
            'Concrètement,', 'Plus que jamais,', 'Face à ces défis,', 'Dans la pratique,'],
    purpose=['afin de', 'pour', 'de façon à'],
    contrast=[', tandis que', ', alors que', ' ; dans le même temps,'],
    it=['Il est essentiel de', 'Il importe de', 'Il convient de', 'Il demeure indispensable de'],
    need=[('exige', 'exigent'), ('suppose', 'supposent'), ('appelle', 'appellent')],
    need_obj=['une approche globale et concertée', 'un engagement politique durable',
              'des financements prévisibles', 'une coordination interministérielle renforcée',
              'une responsabilisation de tous les acteurs', 'des partenariats de long terme',
              'une volonté politique au plus haut niveau', 'des outils de suivi et d’évaluation',
              'une meilleure articulation entre politiques sectorielles',
              'la mobilisation de ressources nationales', 'un dialogue social constructif',
              'des investissements dans les infrastructures locales'],
    stat_approx=['Près de', 'Plus de', 'Environ', 'Moins de'],
    stat_fmt='{approx} {pct} % des {group} {fact}',
    stats=[('travailleurs migrants de la région', ['travaillent dans l’économie informelle',
                                                   'ne disposent d’aucune couverture sociale']),
           ('ménages bénéficiaires de transferts de fonds',
            ['consacrent une part importante de ces revenus à l’éducation',
             'utilisent des services de transfert numériques']),
           ('jeunes diplômés interrogés', ['envisagent de travailler à l’étranger',
                                           'ignorent les procédures de reconnaissance des diplômes']),
           ('municipalités étudiées', ['ne disposent pas de stratégie d’intégration',
                                       'signalent un manque de financements']),
           ('personnes déplacées par des catastrophes', ['restent dans leur propre pays',
                                                         'retournent dans leur région d’origine']),
           ('employeurs consultés', ['peinent à recruter de la main-d’œuvre qualifiée',
                                     'ne connaissent pas les programmes de mobilité existants']),
           ('migrants de retour interrogés', ['souhaitent créer leur propre entreprise',
                                              'jugent les services de réintégration insuffisants']),
           ('administrations locales recensées', ['collaborent avec des associations de migrants',
                                                  'disposent d’un guichet d’information dédié'])],
    stat_tail=['', ', selon les données disponibles', ', d’après une enquête récente'],
    q=['Comment {inf} {obj}{comp} ?', 'Quelles mesures permettraient de {inf} {obj} {qual} ?',
       'De quelle manière {qsubj} peuvent-{pron} {inf} {obj} ?',
       'Quels partenariats faut-il nouer pour {inf} {obj} ?',
       'Quel rôle le secteur privé peut-il jouer pour {inf} {obj} ?',
       'Quelles bonnes pratiques existent pour {inf} {obj}{comp} ?'],
    qsubj=[('les États', 'ils'), ('les autorités locales', 'elles'),
           ('les partenaires sociaux', 'ils'), ('les collectivités territoriales', 'elles'),
           ('les organisations de la société civile', 'elles'), ('les pays d’origine', 'ils')],
    lead_modal=[('doit', 'doivent'), ('devrait', 'devraient'), ('gagnerait à', 'gagneraient à')],
    topics=[('Migration et changement climatique', 'la migration et le changement climatique'),
            ('Mobilité de la main-d’œuvre', 'la mobilité de la main-d’œuvre'),
            ('Jeunesse et migration', 'la jeunesse et la migration'),
            ('Santé des migrants', 'la santé des migrants'),
            ('Diasporas et développement', 'les diasporas et le développement'),
            ('Migration et villes', 'les villes et la migration'),
            ('Inclusion et cohésion sociale', 'l’inclusion et la cohésion sociale'),
            ('Migrants en situation de vulnérabilité', 'les migrants en situation de vulnérabilité'),
            ('Données migratoires', 'les données migratoires'),
            ('Migration et transformation numérique', 'la migration et la transformation numérique'),
            ('Retour et réintégration', 'le retour et la réintégration'),
            ('Femmes, migration et autonomisation', 'les femmes, la migration et l’autonomisation'),
            ('Migration et résilience climatique', 'la migration et la résilience climatique'),
            ('Migrations de travail Sud-Sud', 'les migrations de travail Sud-Sud'),
            ('Mobilité humaine et pandémies', 'la mobilité humaine et les pandémies'),
            ('Reconnaissance des compétences', 'la reconnaissance des compétences')],
    subtitles=['des partenariats pour l’action locale',
               'renforcer la coopération pour une mobilité sûre',
               'vers des politiques cohérentes et fondées sur des données',
               'bâtir des sociétés inclusives', 'de l’engagement à la mise en œuvre',
               'saisir les opportunités, réduire les risques', 'une responsabilité partagée',
               'innover pour ne laisser personne de côté', 'préparer l’avenir du travail',
               'des solutions durables pour les communautés',
               'des réponses de long terme aux crises de court terme'],
    theme={'train': ['{T} : {s}'], 'heldout': ['{T} – {s}', '{S} : {t}']},
    session={'train': ['{T}', '{T} : {s}'], 'heldout': ['{T} – {s}', 'Regards croisés sur {t}']},
)

# ============================================================================ English
EN = dict(
    subj=[('States', 'p'), ('local authorities', 'p'), ('regional economic communities', 'p'),
          ('social partners', 'p'), ('civil society organizations', 'p'),
          ('diaspora associations', 'p'), ('private sector employers', 'p'),
          ('public employment services', 'p'), ('countries of origin, transit and destination', 'p'),
          ('governments', 'p'), ('national human rights institutions', 'p'),
          ('host communities', 'p'), ('border municipalities', 'p'),
          ('inter-agency coordination mechanisms', 'p'), ('regional cooperation', 's'),
          ('migration governance', 's'), ('a whole-of-government approach', 's'),
          ('South-South cooperation', 's'), ('the private sector', 's'),
          ('each relevant administration', 's'), ('the international community', 's'),
          ('intergovernmental dialogue', 's'), ('the collection of disaggregated data', 's'),
          ('the United Nations system', 's'), ('urban planning', 's'),
          ('the training of consular officials', 's')],
    # (singular, plural, 'inf' | 'ger')
    modal=[('must', 'must', 'inf'), ('should', 'should', 'inf'), ('can', 'can', 'inf'),
           ('needs to', 'need to', 'inf'), ('has to', 'have to', 'inf'),
           ('helps to', 'help to', 'inf'), ('seeks to', 'seek to', 'inf'),
           ('is expected to', 'are expected to', 'inf'), ('contributes to', 'contribute to', 'ger'),
           ('is committed to', 'are committed to', 'ger'),
           ('would benefit from', 'would benefit from', 'ger'),
           ('plays a key role in', 'play a key role in', 'ger')],
    inf=[('strengthen', 'strengthening'), ('improve', 'improving'), ('facilitate', 'facilitating'),
         ('guarantee', 'guaranteeing'), ('promote', 'promoting'), ('support', 'supporting'),
         ('develop', 'developing'), ('harmonize', 'harmonizing'), ('simplify', 'simplifying'),
         ('assess', 'assessing'), ('expand', 'expanding'), ('consolidate', 'consolidating'),
         ('institutionalize', 'institutionalizing'), ('encourage', 'encouraging'),
         ('systematize', 'systematizing'), ('sustain', 'sustaining'),
         ('better coordinate', 'better coordinating'), ('anticipate', 'anticipating'),
         ('mainstream', 'mainstreaming'), ('leverage', 'leveraging'), ('finance', 'financing'),
         ('operationalize', 'operationalizing')],
    obj_s=['social protection for seasonal workers', 'access to health services',
           'the recognition of professional qualifications', 'the portability of pension rights',
           'the socio-economic integration of migrants',
           'the collection and analysis of comparable data', 'labour mobility',
           'disaster preparedness', 'the fight against trafficking in persons',
           'access to education for migrant children', 'diaspora engagement in development',
           'gender equality', 'integrated border management',
           'the issuance of identity documents', 'institutional capacity-building',
           'youth employability', 'mental health and psychosocial well-being',
           'the prevention of xenophobia and discrimination',
           'pre-departure information for prospective migrants',
           'the know-how of cross-border communities', 'evidence-based policymaking'],
    obj_p=['regular migration pathways', 'fair and ethical recruitment mechanisms',
           'sustainable return and reintegration programmes', 'remittances and financial inclusion',
           'multi-stakeholder partnerships', 'climate change adaptation strategies',
           'social cohesion policies', 'national legal frameworks', 'consular services',
           'digital skills', 'early warning systems', 'bilateral labour agreements',
           'local development plans', 'so-called “bridging” schemes into employment'],
    comp=['in countries of origin', 'throughout the migration cycle', 'at the regional level',
          'in border areas', 'within host communities', 'in intermediate cities', 'in rural areas',
          'for people in vulnerable situations', 'in labour-intensive sectors',
          'along the same migration corridor', 'at the subregional level'],
    qual=['over the long term', 'in full respect of human rights',
          'in a coordinated and transparent manner', 'on the basis of sound evidence',
          'with the meaningful participation of migrants themselves',
          'in line with international commitments', 'leaving no one behind',
          'through a gender-responsive lens', 'following a rights-based approach',
          'through predictable, multi-year funding',
          'in close consultation with social partners', 'from the earliest stages of planning',
          'with long-term rather than short-term objectives'],
    opener=['In this context,', 'Moreover,', 'In this regard,', 'Furthermore,', 'In addition,',
            'In many countries,', 'At the regional level,', 'For several years now,',
            'In practical terms,', 'More than ever,', 'Faced with these challenges,',
            'In practice,'],
    purpose=['in order to', 'so as to', 'to'],
    contrast=[', while', ', whereas', '; at the same time,'],
    it=['It is essential to', 'It is important to', 'There is a need to', 'It remains critical to'],
    need=[('requires', 'require'), ('calls for', 'call for'), ('depends on', 'depend on')],
    need_obj=['a comprehensive and concerted approach', 'sustained political commitment',
              'predictable funding', 'stronger inter-ministerial coordination',
              'the accountability of all actors', 'long-term partnerships',
              'political will at the highest level', 'robust monitoring and evaluation tools',
              'better alignment between sectoral policies', 'the mobilization of domestic resources',
              'constructive social dialogue', 'investment in local infrastructure'],
    stat_approx=['Nearly', 'More than', 'About', 'Fewer than'],
    stat_fmt='{approx} {pct} per cent of {group} {fact}',
    stats=[('migrant workers in the region', ['work in the informal economy',
                                              'have no social protection coverage']),
           ('households receiving remittances',
            ['spend a large share of this income on education', 'use digital transfer services']),
           ('young graduates surveyed', ['consider working abroad',
                                         'are unaware of diploma recognition procedures']),
           ('the municipalities studied', ['have no integration strategy',
                                           'report a lack of funding']),
           ('people displaced by disasters', ['remain within their own country',
                                              'return to their region of origin']),
           ('employers consulted', ['struggle to recruit qualified workers',
                                    'are unaware of existing mobility schemes']),
           ('returning migrants interviewed', ['wish to start their own business',
                                               'find reintegration services insufficient']),
           ('local administrations surveyed', ['work with migrant associations',
                                               'run a dedicated information desk'])],
    stat_tail=['', ', according to available data', ', according to a recent survey'],
    q=['How can {qsubj} {inf} {obj}{comp}?', 'What measures would help to {inf} {obj} {qual}?',
       'Which partnerships are needed to {inf} {obj}?',
       'What role can the private sector play in {ger} {obj}?',
       'What good practices exist to {inf} {obj}{comp}?',
       'How can lessons learned be used to {inf} {obj}?'],
    lead_modal=[('must', 'must'), ('should', 'should'), ('needs to', 'need to')],
    topics=[('Migration and climate change', 'migration and climate change'),
            ('Labour mobility', 'labour mobility'), ('Youth and migration', 'youth and migration'),
            ('Migrant health', 'migrant health'),
            ('Diasporas and development', 'diasporas and development'),
            ('Migration and cities', 'cities and migration'),
            ('Inclusion and social cohesion', 'inclusion and social cohesion'),
            ('Migrants in vulnerable situations', 'migrants in vulnerable situations'),
            ('Migration data', 'migration data'),
            ('Migration and digital transformation', 'migration and digital transformation'),
            ('Return and reintegration', 'return and reintegration'),
            ('Women, migration and empowerment', 'women, migration and empowerment'),
            ('Migration and climate resilience', 'migration and climate resilience'),
            ('South-South labour migration', 'South-South labour migration'),
            ('Human mobility and pandemics', 'human mobility and pandemics'),
            ('Skills recognition', 'skills recognition')],
    subtitles=['partnerships for local action', 'strengthening cooperation for safe mobility',
               'towards coherent, evidence-based policies', 'building inclusive societies',
               'from commitment to implementation', 'seizing opportunities, reducing risks',
               'a shared responsibility', 'innovating to leave no one behind',
               'preparing for the future of work', 'durable solutions for communities',
               'long-term answers to short-term crises'],
    theme={'train': ['{T}: {s}'], 'heldout': ['{T} – {s}', '{S}: {t}']},
    session={'train': ['{T}', '{T}: {s}'], 'heldout': ['{T} – {s}', 'Spotlight on {t}']},
)

# ============================================================================ Spanish
ES = dict(
    subj=[('los Estados', 'p'), ('las autoridades locales', 'p'),
          ('las comunidades económicas regionales', 'p'), ('los interlocutores sociales', 'p'),
          ('las organizaciones de la sociedad civil', 'p'), ('las asociaciones de la diáspora', 'p'),
          ('los empleadores del sector privado', 'p'), ('los servicios públicos de empleo', 'p'),
          ('los países de origen, tránsito y destino', 'p'), ('los gobiernos', 'p'),
          ('las instituciones nacionales de derechos humanos', 'p'),
          ('las comunidades de acogida', 'p'), ('los municipios fronterizos', 'p'),
          ('los mecanismos de coordinación interinstitucional', 'p'),
          ('la cooperación regional', 's'), ('la gobernanza de la migración', 's'),
          ('un enfoque pangubernamental', 's'), ('la cooperación Sur-Sur', 's'),
          ('el sector privado', 's'), ('cada administración competente', 's'),
          ('la comunidad internacional', 's'), ('el diálogo intergubernamental', 's'),
          ('la recopilación de datos desglosados', 's'), ('el sistema de las Naciones Unidas', 's'),
          ('la planificación urbana', 's'), ('la formación de los funcionarios consulares', 's')],
    modal=[('debe', 'deben'), ('debería', 'deberían'), ('puede', 'pueden'),
           ('contribuye a', 'contribuyen a'), ('permite', 'permiten'), ('procura', 'procuran'),
           ('tiene que', 'tienen que'), ('busca', 'buscan'),
           ('está en condiciones de', 'están en condiciones de'), ('necesita', 'necesitan'),
           ('podría', 'podrían'), ('ha de', 'han de')],
    inf=['reforzar', 'mejorar', 'facilitar', 'garantizar', 'promover', 'apoyar', 'desarrollar',
         'armonizar', 'simplificar', 'evaluar', 'ampliar', 'consolidar', 'institucionalizar',
         'acompañar', 'fomentar', 'sistematizar', 'sostener', 'coordinar mejor', 'anticipar',
         'integrar', 'valorizar', 'financiar'],
    obj=['la protección social de los trabajadores temporeros', 'el acceso a los servicios de salud',
         'el reconocimiento de las cualificaciones profesionales', 'las vías de migración regular',
         'los mecanismos de contratación equitativa', 'la portabilidad de los derechos de pensión',
         'la integración socio-económica de las personas migrantes',
         'la recopilación y el análisis de datos comparables',
         'los programas de retorno y reintegración sostenible', 'la movilidad laboral',
         'las remesas y la inclusión financiera', 'las alianzas entre múltiples interesados',
         'la preparación ante desastres', 'las estrategias de adaptación al cambio climático',
         'la lucha contra la trata de personas', 'el acceso de la niñez migrante a la educación',
         'las políticas de cohesión social', 'la participación de las diásporas en el desarrollo',
         'los marcos jurídicos nacionales', 'la igualdad de género',
         'la gestión integrada de fronteras', 'la expedición de documentos de identidad',
         'los servicios consulares', 'el fortalecimiento de las capacidades institucionales',
         'la empleabilidad de la juventud', 'las competencias digitales',
         'la salud mental y el bienestar psicosocial',
         'la prevención de la xenofobia y la discriminación', 'los sistemas de alerta temprana',
         'la información previa a la partida', 'los acuerdos bilaterales de movilidad laboral',
         'el marco político-institucional', 'los planes de desarrollo local',
         'los llamados programas «puente» hacia el empleo'],
    comp=['en los países de origen', 'a lo largo de todo el ciclo migratorio', 'a escala regional',
          'en las zonas fronterizas', 'en el seno de las comunidades de acogida',
          'en las ciudades intermedias', 'en el medio rural',
          'para las personas en situación de vulnerabilidad',
          'en los sectores con uso intensivo de mano de obra',
          'entre los países de un mismo corredor migratorio', 'a nivel subregional'],
    qual=['a largo plazo', 'con pleno respeto de los derechos humanos',
          'de manera coordinada y transparente', 'sobre la base de datos empíricos',
          'con la participación efectiva de las propias personas migrantes',
          'de conformidad con los compromisos internacionales', 'sin dejar a nadie atrás',
          'con una perspectiva de género', 'desde un enfoque basado en los derechos',
          'mediante una financiación previsible y plurianual',
          'en estrecha consulta con los interlocutores sociales',
          'desde las primeras etapas de la planificación',
          'con un enfoque técnico-jurídico riguroso'],
    opener=['En este contexto,', 'Además,', 'A este respecto,', 'Asimismo,', 'Por otra parte,',
            'En muchos países,', 'A nivel regional,', 'Desde hace varios años,',
            'En términos concretos,', 'Hoy más que nunca,', 'Ante estos desafíos,',
            'En la práctica,'],
    purpose=['a fin de', 'para', 'con el objetivo de'],
    contrast=[', mientras que', ', en tanto que', '; al mismo tiempo,'],
    it=['Es fundamental', 'Es importante', 'Resulta indispensable', 'Conviene'],
    need=[('exige', 'exigen'), ('requiere', 'requieren'), ('supone', 'suponen')],
    need_obj=['un enfoque integral y concertado', 'un compromiso político sostenido',
              'una financiación previsible', 'una coordinación interministerial reforzada',
              'la rendición de cuentas de todos los actores', 'alianzas a largo plazo',
              'una voluntad política al más alto nivel', 'herramientas de seguimiento y evaluación',
              'una mejor articulación entre políticas sectoriales',
              'la movilización de recursos nacionales', 'un diálogo social constructivo',
              'inversiones en infraestructuras locales'],
    stat_approx=['Casi el', 'Más del', 'Alrededor del', 'Menos del'],
    stat_fmt='{approx} {pct} % de {group} {fact}',
    stats=[('los trabajadores migrantes de la región', ['trabajan en la economía informal',
                                                        'carecen de protección social']),
           ('los hogares receptores de remesas',
            ['destinan una parte importante de esos ingresos a la educación',
             'utilizan servicios digitales de transferencia']),
           ('los jóvenes titulados encuestados', ['se plantean trabajar en el extranjero',
                                                  'desconocen los trámites de homologación']),
           ('los municipios estudiados', ['carecen de una estrategia de integración',
                                          'señalan una falta de financiación']),
           ('las personas desplazadas por desastres', ['permanecen dentro de su propio país',
                                                       'regresan a su región de origen']),
           ('los empleadores consultados', ['tienen dificultades para contratar personal cualificado',
                                            'desconocen los programas de movilidad existentes']),
           ('los migrantes retornados entrevistados',
            ['desean crear su propia empresa',
             'consideran insuficientes los servicios de reintegración']),
           ('las administraciones locales censadas', ['colaboran con asociaciones de migrantes',
                                                      'cuentan con una ventanilla de información'])],
    stat_tail=['', ', según los datos disponibles', ', según una encuesta reciente'],
    q=['¿Cómo {inf} {obj}{comp}?', '¿Qué medidas permitirían {inf} {obj} {qual}?',
       '¿De qué manera pueden {qsubj} {inf} {obj}?', '¿Qué alianzas se necesitan para {inf} {obj}?',
       '¿Qué papel puede desempeñar el sector privado para {inf} {obj}?',
       '¿Qué buenas prácticas existen para {inf} {obj}{comp}?'],
    lead_modal=[('debe', 'deben'), ('debería', 'deberían'), ('tiene que', 'tienen que')],
    topics=[('Migración y cambio climático', 'la migración y el cambio climático'),
            ('Movilidad laboral', 'la movilidad laboral'),
            ('Juventud y migración', 'la juventud y la migración'),
            ('Salud de las personas migrantes', 'la salud de las personas migrantes'),
            ('Diásporas y desarrollo', 'las diásporas y el desarrollo'),
            ('Migración y ciudades', 'las ciudades y la migración'),
            ('Inclusión y cohesión social', 'la inclusión y la cohesión social'),
            ('Migrantes en situación de vulnerabilidad',
             'los migrantes en situación de vulnerabilidad'),
            ('Datos sobre migración', 'los datos sobre migración'),
            ('Migración y transformación digital', 'la migración y la transformación digital'),
            ('Retorno y reintegración', 'el retorno y la reintegración'),
            ('Mujeres, migración y empoderamiento', 'las mujeres, la migración y el empoderamiento'),
            ('Migración y resiliencia climática', 'la migración y la resiliencia climática'),
            ('Migración laboral Sur-Sur', 'la migración laboral Sur-Sur'),
            ('Movilidad humana y pandemias', 'la movilidad humana y las pandemias'),
            ('Reconocimiento de competencias', 'el reconocimiento de competencias')],
    subtitles=['alianzas para la acción local', 'reforzar la cooperación para una movilidad segura',
               'hacia políticas coherentes y basadas en datos', 'construir sociedades inclusivas',
               'del compromiso a la aplicación', 'aprovechar las oportunidades, reducir los riesgos',
               'una responsabilidad compartida', 'innovar para no dejar a nadie atrás',
               'preparar el futuro del trabajo', 'soluciones duraderas para las comunidades',
               'enfoques socio-económicos de largo plazo'],
    theme={'train': ['{T}: {s}'], 'heldout': ['{T} – {s}', '{S}: {t}']},
    session={'train': ['{T}', '{T}: {s}'], 'heldout': ['{T} – {s}', 'Miradas cruzadas sobre {t}']},
)

DATA = {'fr': FR, 'en': EN, 'es': ES}
# Objects made of two coordinated noun phrases: plural agreement of the verb.
PLURAL_COORD = {'la collecte et l’analyse de données comparables',
                'la santé mentale et le bien-être psychosocial',
                'la recopilación y el análisis de datos comparables',
                'la salud mental y el bienestar psicosocial'}

_VOWEL = 'aeiouyàâäéèêëîïôöûüœæAEIOUYÀÂÉÈÊÎÔÛŒÆ'
# Words with a mute h in our pools (elided like a vowel: "d’harmoniser").
_H_MUET = '(?:harmonis|hommes|habitant|hébergement|humain)'


# ----------------------------------------------------------------------------- helpers

def _fix(lang, s):
    """Elisions and contractions that assembling pieces can break."""
    s = re.sub(r'\s+', ' ', s).strip()
    s = s.replace(' ,', ',')
    if lang == 'fr':
        s = re.sub(r'\b([Dd])e (?=[%s]|%s)' % (_VOWEL, _H_MUET), lambda m: m.group(1) + '’', s)
        s = re.sub(r'\b([Qq]u)e (?=[%s]|%s)' % (_VOWEL, _H_MUET), lambda m: m.group(1) + '’', s)
        s = re.sub(r'\b([Dd])e le\b', lambda m: m.group(1) + 'u', s)
        s = re.sub(r'\b([Dd])e les\b', lambda m: m.group(1) + 'es', s)
        s = re.sub(r'\bà le\b', 'au', s)
        s = re.sub(r'\bà les\b', 'aux', s)
    elif lang == 'es':
        s = re.sub(r'\b([Dd])e el\b', lambda m: m.group(1) + 'el', s)
        s = re.sub(r'\b([Aa]) el\b', lambda m: m.group(1) + 'l', s)
    return s


def _cap(s):
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
    return s


def _maybe(rng, p, items, pre=' '):
    return pre + rng.choice(items) if rng.random() < p else ''


def _obj(rng, lang):
    """(object, plural?)."""
    d = DATA[lang]
    if lang == 'en':
        if rng.random() < len(d['obj_p']) / (len(d['obj_p']) + len(d['obj_s'])):
            return rng.choice(d['obj_p']), True
        return rng.choice(d['obj_s']), False
    o = rng.choice(d['obj'])
    return o, o.split(' ', 1)[0] in ('les', 'des', 'los', 'las') or o in PLURAL_COORD


def _inf(rng, lang, form='inf'):
    x = rng.choice(DATA[lang]['inf'])
    if lang == 'en':
        return x[0] if form == 'inf' else x[1]
    return x


def _clause(rng, lang, comp_p=0.5):
    """subject + modal + infinitive + object (+ complement)."""
    d = DATA[lang]
    subj, num = rng.choice(d['subj'])
    m = rng.choice(d['modal'])
    verb = m[0] if num == 's' else m[1]
    inf = _inf(rng, lang, m[2] if lang == 'en' else 'inf')
    obj, _ = _obj(rng, lang)
    return '%s %s %s %s%s' % (subj, verb, inf, obj, _maybe(rng, comp_p, d['comp']))


def _inf_phrase(rng, lang, comp_p=0.4):
    d = DATA[lang]
    return '%s %s%s' % (_inf(rng, lang), _obj(rng, lang)[0], _maybe(rng, comp_p, d['comp']))


# ----------------------------------------------------------------------------- frames

def _frame_basic(rng, lang):
    d = DATA[lang]
    s = _maybe(rng, 0.45, d['opener'], pre='') + ' ' + _clause(rng, lang)
    return s + _maybe(rng, 0.6, d['qual'])


def _frame_purpose(rng, lang):
    d = DATA[lang]
    return '%s, %s %s' % (_clause(rng, lang, 0.3), rng.choice(d['purpose']),
                          _inf_phrase(rng, lang, 0.3))


def _frame_it(rng, lang):
    d = DATA[lang]
    return '%s %s%s' % (rng.choice(d['it']), _inf_phrase(rng, lang, 0.6),
                        _maybe(rng, 0.7, d['qual']))


def _frame_contrast(rng, lang):
    d = DATA[lang]
    return '%s%s %s' % (_clause(rng, lang, 0.2), rng.choice(d['contrast']),
                        _clause(rng, lang, 0.2))


def _frame_need(rng, lang):
    d = DATA[lang]
    obj, plural = _obj(rng, lang)
    v = rng.choice(d['need'])
    return '%s%s %s %s%s%s' % (_maybe(rng, 0.4, d['opener'], pre=''), ' ' + obj,
                               v[1 if plural else 0], rng.choice(d['need_obj']),
                               _maybe(rng, 0.5, d['comp']), _maybe(rng, 0.6, d['qual']))


def _frame_stat(rng, lang):
    d = DATA[lang]
    group, facts = rng.choice(d['stats'])
    s = d['stat_fmt'].format(approx=rng.choice(d['stat_approx']), pct=rng.randint(12, 78),
                             group=group, fact=rng.choice(facts))
    opener = _maybe(rng, 0.3, d['opener'], pre='')
    if opener:
        s = s[0].lower() + s[1:]
    return opener + ' ' + s + rng.choice(d['stat_tail'])


FRAMES = [(_frame_basic, 5), (_frame_purpose, 3), (_frame_it, 2), (_frame_contrast, 2),
          (_frame_need, 2), (_frame_stat, 1)]


def _pick_frame(rng):
    total = sum(w for _, w in FRAMES)
    x = rng.random() * total
    for f, w in FRAMES:
        x -= w
        if x < 0:
            return f
    return FRAMES[0][0]


def _finish(lang, s, end='.'):
    s = _cap(_fix(lang, s)).rstrip(' ,;')
    return s + end


def words(s):
    return len(s.split())


# ----------------------------------------------------------------------------- API

def sentence(rng, lang: str, split=None) -> str:
    """One prose sentence of 12-35 words ending with '.' (split is accepted for symmetry;
    sentences are content, shared by both splits)."""
    s = ''
    for _ in range(40):
        s = _finish(lang, _pick_frame(rng)(rng, lang))
        if MIN_WORDS <= words(s) <= MAX_WORDS:
            return s
    # still too short: lengthen with a qualifier; too long: cannot happen with these pools
    while words(s) < MIN_WORDS:
        s = s[:-1] + ' ' + rng.choice(DATA[lang]['qual']) + '.'
    return s


def paragraph(rng, lang: str, n_sentences: int) -> str:
    return ' '.join(sentence(rng, lang) for _ in range(max(1, n_sentences)))


def lead_sentence(rng, lang: str) -> str:
    """A short assertive sentence (6-18 words) opening a key message or recommendation."""
    d = DATA[lang]
    for _ in range(40):
        x = rng.random()
        if x < 0.5:
            subj, num = rng.choice(d['subj'])
            m = rng.choice(d['lead_modal'])
            s = '%s %s %s %s' % (subj, m[0] if num == 's' else m[1], _inf(rng, lang),
                                 _obj(rng, lang)[0])
        elif x < 0.75:
            s = '%s %s' % (rng.choice(d['it']), _inf_phrase(rng, lang, 0.0))
        else:
            obj, plural = _obj(rng, lang)
            v = rng.choice(d['need'])
            s = '%s %s %s' % (obj, v[1 if plural else 0], rng.choice(d['need_obj']))
        s = _finish(lang, s)
        if 6 <= words(s) <= 18:
            return s
    return s


def question(rng, lang: str) -> str:
    """A guiding question ending with '?' (French: ' ?'; Spanish opens with '¿')."""
    d = DATA[lang]
    for _ in range(40):
        tpl = rng.choice(d['q'])
        kw = dict(inf=_inf(rng, lang), obj=_obj(rng, lang)[0],
                  comp=_maybe(rng, 0.5, d['comp']), qual=rng.choice(d['qual']))
        if lang == 'en':
            kw['ger'] = _inf(rng, lang, 'ger')
            kw['qsubj'] = rng.choice(d['subj'])[0]
        elif lang == 'fr':
            kw['qsubj'], kw['pron'] = rng.choice(d['qsubj'])
        else:
            kw['qsubj'] = rng.choice([s for s, n in d['subj'] if n == 'p'])
        s = _fix(lang, tpl.format(**kw))
        s = _cap(s)
        if 7 <= words(s) <= 32:
            return s
    return s


def _title(rng, lang, frames):
    d = DATA[lang]
    T, t = rng.choice(d['topics'])
    s = rng.choice(d['subtitles'])
    tpl = rng.choice(frames)
    return _fix(lang, tpl.format(T=T, t=t, s=s, S=_cap(s)))


def theme(rng, lang: str, split: str) -> str:
    """A workshop theme title ("Migration and climate resilience: partnerships for local
    action"); train and heldout use different title shapes."""
    return _title(rng, lang, DATA[lang]['theme'][split])


def session_title(rng, lang: str, split: str) -> str:
    return _title(rng, lang, DATA[lang]['session'][split])
