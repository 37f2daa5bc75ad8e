"""Fictional people: names from many world regions, honorifics, functions, organisations, and
the printed forms of their speaker entries, in French, English and Spanish.

Why: speaker extraction must cope with names it has never seen (accents, particles, compound
and gendered surnames), with honorifics and with entries whose function / organisation /
country are printed in many ways. The name pools are split inside every region (even
positions -> train, odd -> heldout), so heldout names are new but come from the same
regions; the entry forms are split too (train and heldout never print an entry the same way).

Names are random combinations of given names and surnames drawn up for this generator; a
short block list keeps well-known public figures out. Characters stay within Latin-1 plus a
few Latin Extended-A letters (ł ő č š ž ř ć ş ğ ı ń ś ę ą ż) that every producer's fonts and
pdflatex's T1 encoding can set.

API:
  person(rng, split, lang, gender=None) -> dict: given, surname, name, gender ('f'|'m'),
      honorific, function, organization, country, country_code, entry_forms, plus kind
      (organisation kind) and region
  entry(rng, split, person) -> (function_text, organization_as_printed | None,
      country_as_printed | None)   function_text = the whole entry after the name
"""
from __future__ import annotations

from . import phrasing, places

# ----------------------------------------------------------------------------- names

# region -> (male given names, female given names, surnames, country codes).
# A surname may be a (male, female) pair where the language inflects it.
REGIONS = {
    'west_africa_fr': (
        ['Mamadou', 'Ousmane', 'Abdoulaye', 'Moussa', 'Ibrahima', 'Cheikh', 'Souleymane',
         'Amadou', 'Boubacar', 'Lamine', 'Seydou', 'Alassane'],
        ['Aïssatou', 'Fatoumata', 'Mariam', 'Awa', 'Kadiatou', 'Ndèye', 'Aminata', 'Rokia',
         'Coumba', 'Adama', 'Oumou', 'Safiatou'],
        ['Diallo', 'Traoré', 'Ndiaye', 'Sow', 'Keïta', 'Coulibaly', 'Konaté', 'Diop', 'Camara',
         'Ouédraogo', 'Sawadogo', 'Touré', 'Cissé', 'Sangaré', 'Diarra', 'Kaboré', 'Niang',
         'Fall', 'Bâ', 'Sy', 'Kouyaté', 'N’Diaye'],
        ['SN', 'ML', 'CI', 'BF', 'GN', 'NE']),
    'west_africa_en': (
        ['Kwame', 'Kofi', 'Kwabena', 'Chinedu', 'Emeka', 'Oluwaseun', 'Tunde', 'Babatunde',
         'Yaw', 'Abiodun', 'Ifeanyi', 'Sahr'],
        ['Ngozi', 'Ama', 'Akosua', 'Abena', 'Chiamaka', 'Folake', 'Yetunde', 'Efua', 'Adaeze',
         'Funmilayo', 'Nkechi', 'Isatu'],
        ['Mensah', 'Owusu', 'Boateng', 'Asante', 'Okonkwo', 'Adeyemi', 'Okafor', 'Eze',
         'Adebayo', 'Oyelaran', 'Nwosu', 'Ogunleye', 'Appiah', 'Darko', 'Quaye', 'Kamara',
         'Sesay', 'Koroma', 'Bangura', 'Nwachukwu', 'Adewale', 'Obi'],
        ['GH', 'NG', 'SL', 'LR', 'GM']),
    'east_africa': (
        ['Abebe', 'Tesfaye', 'Mulugeta', 'Otieno', 'Kiprono', 'Baraka', 'Juma', 'Dawit',
         'Yohannes', 'Mugisha', 'Abdirahman', 'Emmanuel'],
        ['Wanjiru', 'Achieng', 'Nyokabi', 'Amani', 'Tigist', 'Meron', 'Selam', 'Hiwot', 'Uwase',
         'Nasra', 'Halima', 'Zawadi'],
        ['Kamau', 'Mwangi', 'Odhiambo', 'Njoroge', 'Wekesa', 'Okello', 'Mutesi', 'Tadesse',
         'Bekele', 'Haile', 'Gebremedhin', 'Alemu', 'Mugabo', 'Nshimiyimana', 'Uwimana',
         'Hakizimana', 'Kiplagat', 'Chebet', 'Mwakyusa', 'Farah', 'Warsame', 'Wambugu'],
        ['KE', 'UG', 'TZ', 'ET', 'RW', 'SO']),
    'southern_central_africa': (
        ['Thabo', 'Sipho', 'Tendai', 'Kudakwashe', 'Mpho', 'Kagiso', 'Jean-Claude', 'Fiston',
         'Bongani', 'Mandla', 'Themba', 'Patrice'],
        ['Nomsa', 'Thandiwe', 'Lerato', 'Naledi', 'Chipo', 'Rudo', 'Nandi', 'Palesa', 'Mbali',
         'Grâce', 'Lindiwe', 'Zanele'],
        ['Nkosi', 'Mokoena', 'Khumalo', 'Ndlovu', 'Moyo', 'Sibanda', 'Mutasa', 'Chikwanha',
         'Mukendi', 'Tshibanda', 'Kalala', 'Ilunga', 'Mwamba', 'Banda', 'Phiri', 'Zulu',
         'Mahlangu', 'Molefe', 'Kasongo', 'Mabuza', 'Dube', 'Chirwa'],
        ['ZA', 'ZW', 'CD', 'MZ', 'ZM', 'MW']),
    'maghreb': (
        ['Youssef', 'Mehdi', 'Karim', 'Hamza', 'Rachid', 'Samir', 'Nabil', 'Anouar', 'Hicham',
         'Amine', 'Walid', 'Farid'],
        ['Fatima-Zahra', 'Khadija', 'Salma', 'Nadia', 'Imane', 'Meriem', 'Soumaya', 'Houda',
         'Leïla', 'Asma', 'Yasmine', 'Sanaa'],
        ['El Amrani', 'Benali', 'Ben Salah', 'Bouzid', 'Haddad', 'Mansouri', 'Chraïbi',
         'Benjelloun', 'Trabelsi', 'Belkacem', 'Ouali', 'Saïdi', 'El Idrissi', 'Zerrouki',
         'Gharbi', 'Ben Youssef', 'Hammami', 'Lahlou', 'Kettani', 'Meziane', 'Boukhari', 'Tazi'],
        ['MA', 'DZ', 'TN', 'LY', 'MR']),
    'mashreq_gulf': (
        ['Omar', 'Khaled', 'Ahmad', 'Tariq', 'Rami', 'Fadi', 'Bassam', 'Hussein', 'Majed',
         'Ziad', 'Yazan', 'Firas'],
        ['Rania', 'Lina', 'Dina', 'Hala', 'Noor', 'Reem', 'Maysa', 'Ghada', 'Layla', 'Sawsan',
         'Rasha', 'Hiba'],
        ['Al-Khatib', 'Nasser', 'Khoury', 'Al-Masri', 'Hamdan', 'Saleh', 'Al-Rashid',
         'Abu-Zeid', 'Awad', 'Qasem', 'Darwazeh', 'Barakat', 'Al-Hashimi', 'Jaber', 'Shami',
         'Azzam', 'Halabi', 'Al-Sayegh', 'Mansour', 'Tannous', 'Issa', 'Haddadin'],
        ['JO', 'LB', 'IQ', 'YE', 'QA', 'AE', 'EG']),
    'south_asia': (
        ['Siddharth', 'Arjun', 'Rahul', 'Farhan', 'Rajesh', 'Anil', 'Sanjay', 'Bilal', 'Kamal',
         'Prakash', 'Nimal', 'Imtiaz'],
        ['Priya', 'Ananya', 'Sunita', 'Kavita', 'Ayesha', 'Farzana', 'Nasreen', 'Deepa',
         'Shreya', 'Meena', 'Nilufar', 'Sanjida'],
        ['Sharma', 'Patel', 'Iyer', 'Reddy', 'Chowdhury', 'Rahman', 'Hossain', 'Qureshi',
         'Malik', 'Gurung', 'Thapa', 'Shrestha', 'Perera', 'Fernando', 'Jayawardena', 'Menon',
         'Banerjee', 'Krishnan', 'Siddiqui', 'Karki', 'Bhattarai', 'Wickramasinghe'],
        ['IN', 'PK', 'BD', 'NP', 'LK']),
    'southeast_asia': (
        ['Minh', 'Tuan', 'Somchai', 'Arief', 'Budi', 'Rizal', 'Rodel', 'Marlon', 'Kiet',
         'Hendra', 'Dara', 'Sokha'],
        ['Lan', 'Linh', 'Thu', 'Siti', 'Dewi', 'Ratna', 'Maricel', 'Rowena', 'Ploy', 'Nattaya',
         'Chanthy', 'Mai'],
        ['Nguyen', 'Tran', 'Pham', 'Hoang', 'Santoso', 'Wijaya', 'Hidayat', 'Saputra', 'Reyes',
         'Dela Cruz', 'Bautista', 'Villanueva', 'Srisuk', 'Wongsawat', 'Sok', 'Chea', 'Lim',
         'Tan', 'Abdullah', 'Rahmat', 'Vu', 'Pangilinan'],
        ['VN', 'ID', 'PH', 'TH', 'KH', 'MY']),
    'east_asia': (
        ['Wei', 'Jun', 'Hiroshi', 'Takeshi', 'Kenji', 'Min-jun', 'Ji-ho', 'Haoran', 'Daisuke',
         'Seung-woo', 'Zhiwei', 'Bat-Erdene'],
        ['Mei', 'Yuki', 'Aiko', 'Hana', 'Ji-yeon', 'Soo-ah', 'Xiaoling', 'Yan', 'Haruka',
         'Minji', 'Sakura', 'Oyuna'],
        ['Wang', 'Li', 'Zhang', 'Chen', 'Liu', 'Tanaka', 'Suzuki', 'Sato', 'Yamamoto',
         'Nakamura', 'Kim', 'Park', 'Choi', 'Jung', 'Huang', 'Zhao', 'Watanabe', 'Kobayashi',
         'Ganbaatar', 'Yoon', 'Matsuda', 'Xu'],
        ['CN', 'JP', 'KR', 'MN']),
    'central_asia_caucasus': (
        ['Timur', 'Daniyar', 'Azamat', 'Rustam', 'Bakhtiyor', 'Farrukh', 'Levan', 'Giorgi',
         'Armen', 'Arman', 'Eldar', 'Zafar'],
        ['Aigerim', 'Dinara', 'Gulnara', 'Madina', 'Zarina', 'Nigora', 'Aida', 'Nino', 'Tamar',
         'Anahit', 'Saule', 'Kamila'],
        [('Nurlanov', 'Nurlanova'), ('Sadykov', 'Sadykova'), ('Akhmetov', 'Akhmetova'),
         ('Rakhimov', 'Rakhimova'), ('Yusupov', 'Yusupova'), ('Ismoilov', 'Ismoilova'),
         'Beridze', 'Kapanadze', 'Grigoryan', 'Harutyunyan', ('Mammadov', 'Mammadova'),
         ('Omarov', 'Omarova'), ('Zhunusov', 'Zhunusova'), ('Kasymov', 'Kasymova'), 'Tsereteli',
         'Petrosyan', ('Jumabayev', 'Jumabayeva'), ('Abenov', 'Abenova'),
         ('Ergashev', 'Ergasheva'), 'Lomidze', ('Bekmuratov', 'Bekmuratova'), 'Sargsyan'],
        ['KZ', 'KG', 'UZ', 'TJ', 'GE', 'AM', 'AZ']),
    'eastern_europe': (
        ['Andrii', 'Oleksandr', 'Piotr', 'Tomasz', 'Marek', 'Dmytro', 'Bogdan', 'Mihai',
         'Andrei', 'Nikola', 'Luka', 'Vasile'],
        ['Olena', 'Iryna', 'Katarzyna', 'Agnieszka', 'Magdalena', 'Ioana', 'Elena', 'Mariya',
         'Jelena', 'Milica', 'Natalia', 'Svitlana'],
        [('Kowalski', 'Kowalska'), 'Nowak', ('Wiśniewski', 'Wiśniewska'), 'Kovalenko',
         'Bondarenko', 'Popescu', 'Ionescu', 'Dumitrescu', 'Jovanović', 'Petrović', 'Horváth',
         ('Novák', 'Nováková'), ('Dvořák', 'Dvořáková'), 'Tkachenko', 'Marinescu',
         ('Zieliński', 'Zielińska'), 'Hrytsenko', 'Lungu', 'Rusu', 'Ciobanu',
         ('Stoyanov', 'Stoyanova'), 'Savchuk'],
        ['UA', 'PL', 'RO', 'MD', 'RS']),
    'francophone_europe': (
        ['Jean-Baptiste', 'Pierre-Antoine', 'Étienne', 'Olivier', 'Mathieu', 'Laurent',
         'Guillaume', 'Benoît', 'Thibault', 'Yves', 'Jérôme', 'François'],
        ['Anne-Sophie', 'Marie-Claire', 'Céline', 'Élodie', 'Claire', 'Sophie', 'Hélène',
         'Camille', 'Mathilde', 'Geneviève', 'Isabelle', 'Margaux'],
        ['Dubois', 'Lefèvre', 'Moreau', 'Girard', 'Fontaine', 'Rousseau', 'Mercier', 'Chevalier',
         'Lambert', 'Gauthier', 'Perrin', 'Duval', 'Bertrand', 'Leclerc', 'Masson', 'Vasseur',
         'de La Roche', 'Le Goff', 'Dumont', 'Tremblay', 'Gagnon', 'Bouchard'],
        ['FR', 'BE', 'CH', 'CA', 'LU']),
    'hispanic': (
        ['Tomás', 'Alejandro', 'Javier', 'Diego', 'Andrés', 'Carlos', 'Sebastián', 'Gonzalo',
         'Martín', 'Rodrigo', 'Emilio', 'José Luis'],
        ['María José', 'Lucía', 'Valentina', 'Camila', 'Daniela', 'Carmen', 'Ximena', 'Paula',
         'Guadalupe', 'Florencia', 'Inés', 'Ana Belén'],
        ['González', 'Rodríguez', 'Martínez', 'López', 'Sánchez', 'Ramírez', 'Torres',
         'Flores', 'Vargas', 'Castillo', 'Herrera', 'Medina', 'Aguilar', 'Ortiz', 'Morales',
         'Guzmán', 'Rojas', 'Salazar', 'Núñez', 'Fernández del Valle', 'de la Torre', 'Ibáñez',
         'Cárdenas', 'Quispe', 'Mamani', 'Villalobos'],
        ['ES', 'MX', 'GT', 'HN', 'SV', 'CO', 'PE', 'BO', 'CL', 'AR', 'UY', 'PY', 'EC', 'CR',
         'PA', 'DO']),
    'lusophone': (
        ['João', 'Pedro', 'Tiago', 'Rafael', 'Gustavo', 'Leonardo', 'Rui', 'Nuno', 'Gonçalo',
         'Paulo', 'Domingos', 'Caetano'],
        ['Ana Luísa', 'Beatriz', 'Mariana', 'Fernanda', 'Luana', 'Joana', 'Conceição',
         'Luciana', 'Adriana', 'Graça', 'Rita', 'Lúcia'],
        ['da Silva', 'dos Santos', 'Oliveira', 'Pereira', 'Costa', 'Carvalho', 'Almeida',
         'Ferreira', 'Gomes', 'Martins', 'Ribeiro', 'Barbosa', 'Sousa', 'Lopes', 'Cardoso',
         'Teixeira', 'Moreira', 'Mendes', 'Nascimento', 'Monteiro', 'Fonseca', 'Tavares'],
        ['BR', 'PT', 'AO', 'MZ', 'CV']),
    'anglophone': (
        ['James', 'Daniel', 'Michael', 'Liam', 'Oliver', 'Samuel', 'Patrick', 'Thomas',
         'Connor', 'Matthew', 'Andrew', 'Nathan'],
        ['Sarah', 'Emily', 'Rebecca', 'Hannah', 'Siobhán', 'Charlotte', 'Megan', 'Laura',
         'Rachel', 'Fiona', 'Grace', 'Amelia'],
        ['O’Brien', 'Walsh', 'Murphy', 'Thompson', 'Harris', 'Clarke', 'Mitchell', 'Bennett',
         'Campbell', 'Robertson', 'Fitzgerald', 'Sullivan', 'Hughes', 'Turner', 'Whitaker',
         'Crawford', 'Ellis', 'Gallagher', 'McAllister', 'Holloway', 'Prescott', 'Doherty'],
        ['GB', 'IE', 'US', 'AU', 'NZ', 'CA']),
    'nordic_germanic': (
        ['Ólafur', 'Lars', 'Jonas', 'Henrik', 'Mikael', 'Sven', 'Jan-Willem', 'Matthias',
         'Stefan', 'Tobias', 'Niels', 'Jörg'],
        ['Ingrid', 'Sigríður', 'Astrid', 'Freja', 'Katrin', 'Annika', 'Sanne', 'Liesbeth',
         'Birgit', 'Greta', 'Hanna', 'Maren'],
        ['Lindqvist', 'Johansson', 'Andersen', 'Nielsen', 'Halvorsen',
         ('Sigurðsson', 'Sigurðardóttir'), 'Bakker', 'van der Berg', 'de Vries', 'Janssen',
         'Visser', 'Müller', 'Schneider', 'Becker', 'Hoffmann', 'Wagner', 'Lehmann', 'Huber',
         'Gruber', 'Virtanen', 'Korhonen', ('Jónsson', 'Jónsdóttir')],
        ['SE', 'NO', 'DK', 'IS', 'DE', 'NL', 'AT', 'FI']),
    'turkey_iran_afghanistan': (
        ['Emre', 'Mehmet', 'Burak', 'Murat', 'Kerem', 'Ali Reza', 'Reza', 'Dariush', 'Hamid',
         'Mustafa', 'Javad', 'Ahmad Zia'],
        ['Zeynep', 'Elif', 'Ayşe', 'Merve', 'Selin', 'Shirin', 'Parisa', 'Maryam', 'Nazanin',
         'Farida', 'Roya', 'Gülşen'],
        ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Aydın', 'Öztürk', 'Arslan', 'Doğan',
         'Koç', 'Karimi', 'Hosseini', 'Rahimi', 'Ahmadi', 'Sadeghi', 'Mohammadi', 'Noorzai',
         'Popal', 'Wardak', 'Hashemi', 'Güneş', 'Polat'],
        ['TR', 'IR', 'AF']),
    'caribbean': (
        ['Jean-Robert', 'Wesley', 'Dwayne', 'Marvin', 'Kemar', 'Rohan', 'Ricardo', 'Frantz',
         'Winston', 'Jean-Marc', 'Delroy', 'Anselme'],
        ['Nadège', 'Fabienne', 'Shanice', 'Tameka', 'Kerry-Ann', 'Guerline', 'Sherene',
         'Marlene', 'Nathalie', 'Rose-Marie', 'Keisha', 'Mirlande'],
        ['Pierre-Louis', 'Jean-Baptiste', 'Joseph', 'Charles', 'Augustin', 'Brown', 'Williams',
         'Gordon', 'Forbes', 'Henry', 'Baptiste', 'Alexis', 'Desrosiers', 'Dorvil', 'Lafortune',
         'St. Hilaire', 'McKenzie', 'Morrison', 'Thélusma', 'Beauvais', 'Francis', 'Sinclair'],
        ['HT', 'JM', 'TT']),
    'pacific': (
        ['Sione', 'Tevita', 'Iosefa', 'Manu', 'Semisi', 'Viliami', 'Jone', 'Peni', 'Tavita',
         'Kalani', 'Malakai', 'Rupeni'],
        ['Mele', 'Losana', 'Salote', 'Litia', 'Seini', 'Vaiola', 'Alisi', 'Ofa', 'Lupe',
         'Makereta', 'Sereana', 'Talia'],
        ['Fifita', 'Vainikolo', 'Taufa', 'Naivalu', 'Tuilagi', 'Leota', 'Faleolo', 'Moala',
         'Kata', 'Ravuvu', 'Waqa', 'Tuiasosopo', 'Nabou', 'Seru', 'Lealaiauloto', 'Tamapua',
         'Kaitani', 'Rokotuiwai', 'Soakai', 'Fonoti', 'Matagi', 'Wainiqolo'],
        ['FJ', 'WS', 'VU', 'PG']),
}
REGION_KEYS = tuple(REGIONS)     # fixed order (dict order of the literal)

# Well-known public figures whose full name a random draw could rebuild: redrawn.
BLOCKED = {'Kofi Annan', 'Imran Khan', 'Andrii Shevchenko', 'Thabo Mbeki', 'Amadou Touré',
           'Ngozi Okonjo-Iweala', 'Kwame Nkrumah', 'Ban Ki-moon', 'Moussa Traoré',
           'Ibrahim Keïta', 'Emmanuel Macron', 'Michael Jackson', 'James Bond', 'Daniel Craig',
           'Ahmad Shah Massoud', 'Hamid Karzai', 'Lars Ulrich', 'Sebastián Piñera'}


def _split_names(items):
    """Even positions -> train, odd -> heldout (both halves keep every region)."""
    return {'train': items[0::2], 'heldout': items[1::2]}


def _build_pools():
    seen = {'given': set(), 'surname': set()}
    pools = {}
    for region in REGION_KEYS:
        male, female, surnames, codes = REGIONS[region]
        rec = {'codes': codes}
        for kind, items in (('m', male), ('f', female), ('s', surnames)):
            bucket = 'surname' if kind == 's' else 'given'
            kept = []
            for it in items:           # a name used by an earlier region is dropped
                k = it if isinstance(it, str) else it[0]
                if k in seen[bucket]:
                    continue
                seen[bucket].add(k)
                kept.append(it)
            rec[kind] = _split_names(kept)
        pools[region] = rec
    return pools


POOLS = _build_pools()


def given_names(split):
    """All given names of a split (for tests and demos), in a fixed order."""
    return [n for r in REGION_KEYS for g in 'mf' for n in POOLS[r][g][split]]


def surnames(split):
    out = []
    for r in REGION_KEYS:
        for s in POOLS[r]['s'][split]:
            out.extend([s] if isinstance(s, str) else list(s))
    return out


def _surname(rng, pool, gender):
    s = rng.choice(pool)
    if not isinstance(s, str):
        s = s[1] if gender == 'f' else s[0]
    return s


def _draw_name(rng, split, gender, region):
    p = POOLS[region]
    given = rng.choice(p[gender][split])
    sur = _surname(rng, p['s'][split], gender)
    if region in ('hispanic', 'lusophone') and rng.random() < 0.45:
        # two surnames: "Vargas Núñez", "Ferreira da Silva"
        other = _surname(rng, p['s'][split], gender)
        if other != sur:
            sur = '%s %s' % (sur, other)
    return given, sur


# ----------------------------------------------------------------------------- organisations

# Function titles: (en, fr_m, fr_f, es_m, es_f).
FUNCTIONS = {
    'ministry': [
        ('Director General', 'Directeur général', 'Directrice générale', 'Director General',
         'Directora General'),
        ('Director of Consular Affairs', 'Directeur des affaires consulaires',
         'Directrice des affaires consulaires', 'Director de Asuntos Consulares',
         'Directora de Asuntos Consulares'),
        ('Director of International Affairs', 'Directeur des affaires internationales',
         'Directrice des affaires internationales', 'Director de Asuntos Internacionales',
         'Directora de Asuntos Internacionales'),
        ('Head of the Migration Policy Unit', 'Chef de l’unité des politiques migratoires',
         'Cheffe de l’unité des politiques migratoires', 'Jefe de la Unidad de Política Migratoria',
         'Jefa de la Unidad de Política Migratoria'),
        ('Senior Adviser', 'Conseiller principal', 'Conseillère principale', 'Asesor principal',
         'Asesora principal'),
        ('National Director of Employment', 'Directeur national de l’emploi',
         'Directrice nationale de l’emploi', 'Director Nacional de Empleo',
         'Directora Nacional de Empleo'),
        ('Permanent Secretary', 'Secrétaire permanent', 'Secrétaire permanente',
         'Secretario Permanente', 'Secretaria Permanente'),
        ('Deputy Director for Labour Mobility', 'Directeur adjoint chargé de la mobilité de la '
         'main-d’œuvre', 'Directrice adjointe chargée de la mobilité de la main-d’œuvre',
         'Subdirector de Movilidad Laboral', 'Subdirectora de Movilidad Laboral'),
    ],
    'minister': [
        ('Minister of Labour and Employment', 'Ministre du Travail et de l’Emploi',
         'Ministre du Travail et de l’Emploi', 'Ministro de Trabajo y Empleo',
         'Ministra de Trabajo y Empleo'),
        ('Minister of Foreign Affairs', 'Ministre des Affaires étrangères',
         'Ministre des Affaires étrangères', 'Ministro de Relaciones Exteriores',
         'Ministra de Relaciones Exteriores'),
        ('Deputy Minister of the Interior', 'Vice-ministre de l’Intérieur',
         'Vice-ministre de l’Intérieur', 'Viceministro del Interior', 'Viceministra del Interior'),
        ('Minister for Diaspora Affairs', 'Ministre chargé de la diaspora',
         'Ministre chargée de la diaspora', 'Ministro de Asuntos de la Diáspora',
         'Ministra de Asuntos de la Diáspora'),
        ('Secretary of State for Migration', 'Secrétaire d’État aux migrations',
         'Secrétaire d’État aux migrations', 'Secretario de Estado de Migraciones',
         'Secretaria de Estado de Migraciones'),
    ],
    'mission': [
        ('Ambassador, Permanent Representative', 'Ambassadeur, Représentant permanent',
         'Ambassadrice, Représentante permanente', 'Embajador, Representante Permanente',
         'Embajadora, Representante Permanente'),
        ('Deputy Permanent Representative', 'Représentant permanent adjoint',
         'Représentante permanente adjointe', 'Representante Permanente Adjunto',
         'Representante Permanente Adjunta'),
        ('Counsellor', 'Conseiller', 'Conseillère', 'Consejero', 'Consejera'),
        ('First Secretary', 'Premier secrétaire', 'Première secrétaire', 'Primer Secretario',
         'Primera Secretaria'),
    ],
    'agency': [
        ('Director', 'Directeur', 'Directrice', 'Director', 'Directora'),
        ('Executive Director', 'Directeur exécutif', 'Directrice exécutive', 'Director Ejecutivo',
         'Directora Ejecutiva'),
        ('Head of Statistics', 'Chef du service des statistiques',
         'Cheffe du service des statistiques', 'Jefe de Estadística', 'Jefa de Estadística'),
        ('Programme Manager', 'Responsable de programme', 'Responsable de programme',
         'Gerente de Programa', 'Gerente de Programa'),
    ],
    'intl': [
        ('Director', 'Directeur', 'Directrice', 'Director', 'Directora'),
        ('Deputy Director General', 'Directeur général adjoint', 'Directrice générale adjointe',
         'Director General Adjunto', 'Directora General Adjunta'),
        ('Regional Director for Africa', 'Directeur régional pour l’Afrique',
         'Directrice régionale pour l’Afrique', 'Director Regional para África',
         'Directora Regional para África'),
        ('Chief of Section', 'Chef de section', 'Cheffe de section', 'Jefe de Sección',
         'Jefa de Sección'),
        ('Senior Migration Specialist', 'Spécialiste principal des migrations',
         'Spécialiste principale des migrations', 'Especialista Principal en Migración',
         'Especialista Principal en Migración'),
        ('Programme Officer', 'Chargé de programme', 'Chargée de programme',
         'Oficial de Programas', 'Oficial de Programas'),
        ('Special Envoy on Human Mobility', 'Envoyé spécial pour la mobilité humaine',
         'Envoyée spéciale pour la mobilité humaine', 'Enviado Especial para la Movilidad Humana',
         'Enviada Especial para la Movilidad Humana'),
    ],
    'ngo': [
        ('Executive Director', 'Directeur exécutif', 'Directrice exécutive', 'Director Ejecutivo',
         'Directora Ejecutiva'),
        ('President', 'Président', 'Présidente', 'Presidente', 'Presidenta'),
        ('Secretary General', 'Secrétaire général', 'Secrétaire générale', 'Secretario General',
         'Secretaria General'),
        ('Founder', 'Fondateur', 'Fondatrice', 'Fundador', 'Fundadora'),
        ('Programme Coordinator', 'Coordinateur de programme', 'Coordinatrice de programme',
         'Coordinador de Programas', 'Coordinadora de Programas'),
        ('Advocacy Officer', 'Chargé de plaidoyer', 'Chargée de plaidoyer',
         'Responsable de Incidencia', 'Responsable de Incidencia'),
    ],
    'university': [
        ('Professor', 'Professeur', 'Professeure', 'Profesor', 'Profesora'),
        ('Researcher', 'Chercheur', 'Chercheuse', 'Investigador', 'Investigadora'),
        ('Associate Professor', 'Professeur associé', 'Professeure associée', 'Profesor Asociado',
         'Profesora Asociada'),
        ('Director of the Centre for Migration Studies',
         'Directeur du Centre d’études sur les migrations',
         'Directrice du Centre d’études sur les migrations',
         'Director del Centro de Estudios Migratorios',
         'Directora del Centro de Estudios Migratorios'),
        ('Postdoctoral Fellow', 'Chercheur postdoctoral', 'Chercheuse postdoctorale',
         'Investigador Posdoctoral', 'Investigadora Posdoctoral'),
    ],
    'company': [
        ('Chief Executive Officer', 'Président-directeur général', 'Présidente-directrice générale',
         'Consejero Delegado', 'Consejera Delegada'),
        ('Head of Human Resources', 'Directeur des ressources humaines',
         'Directrice des ressources humaines', 'Jefe de Recursos Humanos',
         'Jefa de Recursos Humanos'),
        ('Founder and CEO', 'Fondateur et directeur général', 'Fondatrice et directrice générale',
         'Fundador y Director General', 'Fundadora y Directora General'),
        ('Corporate Responsibility Manager', 'Responsable de la responsabilité sociétale',
         'Responsable de la responsabilité sociétale', 'Gerente de Responsabilidad Social',
         'Gerente de Responsabilidad Social'),
    ],
    'municipality': [
        ('Mayor', 'Maire', 'Maire', 'Alcalde', 'Alcaldesa'),
        ('Deputy Mayor for Social Cohesion', 'Maire adjoint chargé de la cohésion sociale',
         'Maire adjointe chargée de la cohésion sociale', 'Teniente de Alcalde de Cohesión Social',
         'Teniente de Alcalde de Cohesión Social'),
        ('Head of the Migrant Welcome Office', 'Chef du bureau d’accueil des migrants',
         'Cheffe du bureau d’accueil des migrants', 'Jefe de la Oficina de Acogida de Migrantes',
         'Jefa de la Oficina de Acogida de Migrantes'),
    ],
    'diaspora': [
        ('President', 'Président', 'Présidente', 'Presidente', 'Presidenta'),
        ('Vice-President', 'Vice-président', 'Vice-présidente', 'Vicepresidente',
         'Vicepresidenta'),
        ('Youth Representative', 'Représentant des jeunes', 'Représentante des jeunes',
         'Representante de la Juventud', 'Representante de la Juventud'),
    ],
}

# An organisation: names {fr, en, es}, article codes for "de + org": fr 'm' (du), 'f' (de la),
# 'v' (de l’), 'p' (des), '0' (de); es 'm' (del), 'f' (de la), '0' (de); en_the (bool).
def _org(fr, en, es, fa, ea, the, acr=None):
    return dict(names={'fr': fr, 'en': en, 'es': es}, fr_art=fa, es_art=ea, en_the=the,
                acr=acr)


MINISTRIES = [
    _org('Ministère de l’intérieur', 'Ministry of the Interior', 'Ministerio del Interior',
         'm', 'm', True),
    _org('Ministère du travail', 'Ministry of Labour', 'Ministerio de Trabajo y Seguridad Social',
         'm', 'm', True),
    _org('Ministère des affaires étrangères', 'Ministry of Foreign Affairs',
         'Ministerio de Relaciones Exteriores', 'm', 'm', True),
    _org('Ministère de la santé', 'Ministry of Health', 'Ministerio de Salud', 'm', 'm', True),
    _org('Ministère des affaires sociales', 'Ministry of Social Affairs',
         'Ministerio de Desarrollo Social', 'm', 'm', True),
    _org('Ministère de la justice', 'Ministry of Justice', 'Ministerio de Justicia', 'm', 'm',
         True),
    _org('Ministère de l’emploi et de la formation professionnelle',
         'Ministry of Employment and Vocational Training',
         'Ministerio de Empleo y Formación Profesional', 'm', 'm', True),
    _org('Ministère chargé des ressortissants à l’étranger', 'Ministry of Overseas Nationals',
         'Ministerio de Nacionales en el Exterior', 'm', 'm', True),
]
AGENCIES = [
    _org('Direction générale des migrations', 'Directorate General of Migration',
         'Dirección General de Migraciones', 'f', 'f', True),
    _org('Office national de l’emploi', 'National Employment Agency',
         'Servicio Nacional de Empleo', 'v', 'm', True),
    _org('Institut national de la statistique', 'National Bureau of Statistics',
         'Instituto Nacional de Estadística', 'v', 'm', True),
    _org('Agence nationale pour la promotion de l’emploi',
         'National Agency for Employment Promotion',
         'Agencia Nacional de Promoción del Empleo', 'v', 'f', True),
    _org('Service de l’état civil', 'Civil Registration Service', 'Registro Civil', 'm', 'm',
         True),
]
INTL = [
    _org('Organisation internationale pour les migrations', 'International Organization for '
         'Migration', 'Organización Internacional para las Migraciones', 'v', 'f', True,
         acr={'fr': 'OIM', 'en': 'IOM', 'es': 'OIM'}),
    _org('Organisation internationale du Travail', 'International Labour Organization',
         'Organización Internacional del Trabajo', 'v', 'f', True,
         acr={'fr': 'OIT', 'en': 'ILO', 'es': 'OIT'}),
    _org('Haut-Commissariat des Nations Unies pour les réfugiés', 'Office of the United Nations '
         'High Commissioner for Refugees', 'Oficina del Alto Comisionado de las Naciones Unidas '
         'para los Refugiados', 'm', 'f', True, acr={'fr': 'HCR', 'en': 'UNHCR', 'es': 'ACNUR'}),
    _org('Programme des Nations Unies pour le développement', 'United Nations Development '
         'Programme', 'Programa de las Naciones Unidas para el Desarrollo', 'm', 'm', True,
         acr={'fr': 'PNUD', 'en': 'UNDP', 'es': 'PNUD'}),
    _org('Fonds des Nations Unies pour l’enfance', 'United Nations Children’s Fund',
         'Fondo de las Naciones Unidas para la Infancia', 'm', 'm', True,
         acr={'fr': 'UNICEF', 'en': 'UNICEF', 'es': 'UNICEF'}),
    _org('Organisation mondiale de la Santé', 'World Health Organization',
         'Organización Mundial de la Salud', 'v', 'f', True,
         acr={'fr': 'OMS', 'en': 'WHO', 'es': 'OMS'}),
    _org('Office des Nations Unies contre la drogue et le crime', 'United Nations Office on Drugs '
         'and Crime', 'Oficina de las Naciones Unidas contra la Droga y el Delito', 'v', 'f', True,
         acr={'fr': 'ONUDC', 'en': 'UNODC', 'es': 'UNODC'}),
    _org('Banque mondiale', 'World Bank', 'Banco Mundial', 'f', 'm', True),
    _org('Organisation de coopération et de développement économiques', 'Organisation for '
         'Economic Co-operation and Development', 'Organización para la Cooperación y el '
         'Desarrollo Económicos', 'v', 'f', True, acr={'fr': 'OCDE', 'en': 'OECD', 'es': 'OCDE'}),
    _org('Commission de l’Union africaine', 'African Union Commission',
         'Comisión de la Unión Africana', 'f', 'f', True,
         acr={'fr': 'CUA', 'en': 'AUC', 'es': 'CUA'}),
    _org('Commission européenne', 'European Commission', 'Comisión Europea', 'f', 'f', True),
    _org('Organisation des États américains', 'Organization of American States',
         'Organización de los Estados Americanos', 'v', 'f', True,
         acr={'fr': 'OEA', 'en': 'OAS', 'es': 'OEA'}),
    _org('Fonds international de développement agricole', 'International Fund for Agricultural '
         'Development', 'Fondo Internacional de Desarrollo Agrícola', 'm', 'm', True,
         acr={'fr': 'FIDA', 'en': 'IFAD', 'es': 'FIDA'}),
    _org('Programme alimentaire mondial', 'World Food Programme', 'Programa Mundial de '
         'Alimentos', 'm', 'm', True, acr={'fr': 'PAM', 'en': 'WFP', 'es': 'PMA'}),
]
# Fictional NGOs: (type, focus); type: (fr, fr_art, en, en_pattern, es, es_art).
NGO_TYPES = [
    ('Réseau', 'm', 'Network', '{f} Network', 'Red', 'f'),
    ('Alliance', 'v', 'Alliance', '{f} Alliance', 'Alianza', 'f'),
    ('Fédération internationale', 'f', 'Federation', 'International Federation of {F}',
     'Federación Internacional', 'f'),
    ('Forum', 'm', 'Forum', '{f} Forum', 'Foro', 'm'),
    ('Coalition', 'f', 'Coalition', 'Coalition of {F}', 'Coalición', 'f'),
    ('Centre d’appui', 'm', 'Support Centre', '{f} Support Centre', 'Centro de Apoyo', 'm'),
    ('Collectif', 'm', 'Collective', '{f} Collective', 'Colectivo', 'm'),
]
# focus: (fr "des ...", en modifier, en plural for "of", es "de ...")
NGO_FOCUS = [
    ('des travailleurs migrants', 'Migrant Workers', 'Migrant Workers', 'Trabajadores Migrantes'),
    ('des travailleuses domestiques', 'Domestic Workers', 'Domestic Workers',
     'Trabajadoras Domésticas'),
    ('des associations de la diaspora', 'Diaspora Associations', 'Diaspora Associations',
     'Asociaciones de la Diáspora'),
    ('des jeunes migrants', 'Young Migrants', 'Young Migrants', 'Jóvenes Migrantes'),
    ('des femmes migrantes', 'Migrant Women', 'Migrant Women', 'Mujeres Migrantes'),
    ('des rapatriés', 'Returnee', 'Returnees', 'Personas Retornadas'),
    ('des travailleurs saisonniers', 'Seasonal Workers', 'Seasonal Workers',
     'Trabajadores Temporeros'),
    ('des familles de migrants disparus', 'Families of Missing Migrants',
     'Families of Missing Migrants', 'Familias de Migrantes Desaparecidos'),
]
# Fictional companies: brand + sector.
BRANDS = ['Solvara', 'Kivuli', 'Norbright', 'Teranga', 'Andessa', 'Meridia', 'Baobab Works',
          'Altiplano', 'Nuvora', 'Sahelia', 'Corvina', 'Palmera']
SECTORS = [  # (fr, en, es, legal forms)
    ('Recrutement international', 'Global Recruitment', 'Reclutamiento Internacional'),
    ('Transferts de fonds', 'Remittances', 'Remesas'),
    ('Logistique', 'Logistics', 'Logística'),
    ('Agroalimentaire', 'Agrifood', 'Agroalimentaria'),
    ('Solutions numériques', 'Digital Solutions', 'Soluciones Digitales'),
]
LEGAL = {'fr': ['SA', 'SARL', 'SAS'], 'en': ['Ltd', 'Inc.', 'plc'], 'es': ['S.A.', 'S.L.',
                                                                         'S.A. de C.V.']}

# Share of each organisation kind (fixed order).
KINDS = [('ministry', 24), ('minister', 5), ('mission', 8), ('agency', 8), ('intl', 18),
         ('ngo', 11), ('university', 10), ('company', 6), ('municipality', 5), ('diaspora', 5)]


def _weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for k, w in pairs:
        x -= w
        if x < 0:
            return k
    return pairs[-1][0]


def _de(lang, art, name):
    """'du Ministère ...', 'de l’Organisation ...', 'del Ministerio ...', 'de Solvara SA'."""
    if lang == 'fr':
        if art == 'p':
            return 'des ' + name
        if art == 'v':
            return 'de l’' + name
        if art == '0' and name[0] in places._VOWELS:
            return 'd’' + name
        return {'m': 'du ', 'f': 'de la '}.get(art, 'de ') + name
    return {'m': 'del ', 'f': 'de la '}.get(art, 'de ') + name


def _make_org(rng, split, lang, kind, code):
    """-> (org dict with 'printed', 'acr', 'fr_art'/'es_art'/'en_the', 'country_inside')."""
    if kind == 'ministry':
        o = dict(rng.choice(MINISTRIES))
    elif kind == 'agency':
        o = dict(rng.choice(AGENCIES))
    elif kind == 'intl':
        o = dict(rng.choice(INTL))
    elif kind == 'ngo':
        t = rng.choice(NGO_TYPES)
        f = rng.choice(NGO_FOCUS)
        en = t[3].format(f=f[1], F=f[2])
        o = _org('%s %s' % (t[0], f[0]), en, '%s de %s' % (t[4], f[3]),
                 t[1], t[5], True)
    elif kind == 'university':
        cs = places.cities_in(code, split)
        if cs:
            c = rng.choice(cs)['names']
            o = _org('Université de %s' % c['fr'], 'University of %s' % c['en'],
                     'Universidad de %s' % c['es'], 'v', 'f', True)
        else:
            o = _org('Université nationale ' + places.of_country(code, 'fr'),
                     'National University ' + places.of_country(code, 'en'),
                     'Universidad Nacional ' + places.of_country(code, 'es'), 'v', 'f', True)
            o['country_inside'] = True
    elif kind == 'company':
        b, s = rng.choice(BRANDS), rng.choice(SECTORS)
        legal = {lg: rng.choice(LEGAL[lg]) for lg in ('fr', 'en', 'es')}
        o = _org('%s %s %s' % (b, s[0], legal['fr']), '%s %s %s' % (b, s[1], legal['en']),
                 '%s %s %s' % (b, s[2], legal['es']), '0', '0', False)
    elif kind == 'municipality':
        cs = places.cities_in(code, split)
        if not cs:
            return None
        c = rng.choice(cs)['names']
        o = _org('Ville de %s' % c['fr'], 'City of %s' % c['en'], 'Municipalidad de %s' % c['es'],
                 'f', 'f', True)
    elif kind == 'diaspora':
        o = _org('Réseau de la diaspora ' + places.of_country(code, 'fr'),
                 '%s Diaspora Network' % places.country_name(code, 'en'),
                 'Red de la Diáspora ' + places.of_country(code, 'es'), 'm', 'f', True)
        o['country_inside'] = True
    elif kind == 'mission':
        o = _org('Mission permanente ' + places.of_country(code, 'fr'),
                 'Permanent Mission ' + places.of_country(code, 'en'),
                 'Misión Permanente ' + places.of_country(code, 'es'), 'f', 'f', True)
        o['country_inside'] = True
    else:      # minister: no organisation printed, the portfolio is in the title
        return None
    o['printed'] = o['names'][lang]
    return o


# ----------------------------------------------------------------------------- entries

# Entry forms (ids), disjoint between splits:
#   train:   comma3  "F, O, C"        comma2 "F, O"        func_only "F"
#            prep    "F du O du C" / "F of the O of C" / "F del O del C"
#   heldout: paren   "F, O (C)"       func_country "F, C"   acronym "F, ACR" / "F (ACR)"
#            prep_comma "F du O, C" / "F at the O, C" / "F del O, C"
ENTRY_FORMS = {'train': ('comma3', 'comma2', 'func_only', 'prep'),
               'heldout': ('paren', 'func_country', 'acronym', 'prep_comma')}


def _org_of(lang, org):
    """The organisation after 'of' / 'de'."""
    name = org['printed']
    if lang == 'en':
        return ('of the ' if org['en_the'] else 'of ') + name
    return _de(lang, org['fr_art'] if lang == 'fr' else org['es_art'], name)


# How often entry() picks each form (among those a person has).
FORM_WEIGHTS = {'comma3': 4, 'comma2': 3, 'prep': 2, 'func_only': 1,
                'paren': 4, 'prep_comma': 3, 'acronym': 2, 'func_country': 2}
# Kinds whose function alone, or function + country, reads naturally.
FUNC_ONLY_KINDS = ('minister', 'intl', 'mission', 'ministry')
FUNC_COUNTRY_KINDS = ('minister', 'ministry', 'agency', 'mission')


def _entry_forms(lang, func, org, country, code, kind):
    """Every printed form of the entry: [{form, split, weight, text, organization, country}]."""
    out = []

    def add(form, text, o, c):
        if form == 'func_only' and kind not in FUNC_ONLY_KINDS:
            return
        if form == 'func_country' and kind not in FUNC_COUNTRY_KINDS:
            return
        split = 'train' if form in ENTRY_FORMS['train'] else 'heldout'
        out.append(dict(form=form, split=split, weight=FORM_WEIGHTS[form], text=text,
                        organization=o, country=c))

    o = org['printed'] if org else None
    inside = bool(org and org.get('country_inside'))
    full = o
    if org and org.get('acr'):
        full = '%s (%s)' % (o, org['acr'][lang])
    c = country
    # train
    if o and c and not inside:
        add('comma3', '%s, %s, %s' % (func, o, c), o, c)
    if full:
        add('comma2', '%s, %s' % (func, full), full, c if inside else None)
    elif c:
        add('comma2', '%s, %s' % (func, c), None, c)
    add('func_only', func, None, None)
    if kind == 'mission':
        # "Ambassadeur, Représentant permanent du Maroc" (the mission itself not named)
        add('prep', '%s %s' % (func, places.of_country(code, lang)), None, c)
    elif org and c and not inside:
        if kind == 'intl':      # a country office: "..., UNICEF in Ethiopia"
            where = places.in_country(code, lang)
            text = ('%s, %s %s' % (func, o, where) if lang == 'en'
                    else '%s %s %s' % (func, _org_of(lang, org), where))
        elif lang == 'en':
            text = '%s, %s %s' % (func, o, places.of_country(code, 'en'))
        else:
            text = '%s %s %s' % (func, _org_of(lang, org), places.of_country(code, lang))
        add('prep', text, o, c)
    elif org:
        add('prep', '%s %s' % (func, _org_of(lang, org)), o, c if inside else None)
    # heldout
    if o and c and not inside:
        add('paren', '%s, %s (%s)' % (func, o, c), o, c)
    if c:
        add('func_country', '%s, %s' % (func, c), None, c)
    if org and org.get('acr'):
        acr = org['acr'][lang]
        add('acronym', '%s, %s' % (func, acr), acr, None)
        add('acronym', '%s (%s)' % (func, acr), acr, None)
    if org:
        at = ('at the ' if org['en_the'] else 'at ') + o if lang == 'en' else _org_of(lang, org)
        if c and not inside:
            add('prep_comma', '%s %s, %s' % (func, at, c), o, c)
        else:
            add('prep_comma', '%s %s' % (func, at), o, c if inside else None)
    return out


# ----------------------------------------------------------------------------- persons

def _honorific(rng, split, lang, gender, kind, func_en):
    f = gender == 'f'
    x = rng.random()
    if kind == 'university' and 'Professor' not in func_en and x < 0.35:
        x = 0.5          # a researcher is a doctor, not a professor
    if kind in ('minister', 'mission') and x < 0.8:
        key = 'honorific_exc'
    elif kind == 'university' and x < 0.35:
        key = 'honorific_prof'
    elif (kind == 'university' and x < 0.75) or (kind in ('intl', 'agency', 'ngo') and x < 0.12):
        key = 'honorific_dr'
    else:
        key = 'honorific_f' if f else 'honorific_m'
    if f and key in ('honorific_exc', 'honorific_prof', 'honorific_dr'):
        key += '_f'
    return rng.choice(phrasing.variants(lang, key, split))


def person(rng, split: str, lang: str, gender=None) -> dict:
    """A fictional person printed in `lang` (see module doc for the keys)."""
    if split not in ('train', 'heldout'):
        raise ValueError('split must be train or heldout, not %r' % (split,))
    gender = gender or rng.choice('fm')
    for _ in range(20):
        region = rng.choice(REGION_KEYS)
        given, sur = _draw_name(rng, split, gender, region)
        if '%s %s' % (given, sur) not in BLOCKED:
            break
    code = rng.choice(POOLS[region]['codes'])
    kind = _weighted(rng, KINDS)
    org = _make_org(rng, split, lang, kind, code)
    if org is None and kind == 'municipality':
        kind = 'ngo'
        org = _make_org(rng, split, lang, kind, code)
    en, fr_m, fr_f, es_m, es_f = rng.choice(FUNCTIONS[kind])
    func = {'en': en, 'fr': fr_f if gender == 'f' else fr_m,
            'es': es_f if gender == 'f' else es_m}[lang]
    if kind == 'intl':
        # international staff: the country is printed only now and then (a country office)
        country_code = code if rng.random() < 0.25 else None
    else:
        country_code = code
    country = places.country_name(country_code, lang) if country_code else None
    forms = _entry_forms(lang, func, org, country, country_code, kind)
    return dict(given=given, surname=sur, name='%s %s' % (given, sur), gender=gender,
                honorific=_honorific(rng, split, lang, gender, kind, en), function=func,
                organization=org['printed'] if org else None, country=country,
                country_code=country_code, entry_forms=forms, kind=kind, region=region)


def entry(rng, split: str, person: dict):
    """(function_text, organization as printed or None, country as printed or None) in one of
    the split's entry forms."""
    forms = [f for f in person['entry_forms'] if f['split'] == split]
    if not forms:           # every kind has forms in both splits; kept for safety
        return person['function'], None, None
    f = _weighted(rng, [(x, x.get('weight', 1)) for x in forms])
    return f['text'], f['organization'], f['country']
