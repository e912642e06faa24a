#!/usr/bin/env python3
"""Realistic test-data generator for CivicLink partner organisations and contact persons.

Writes ONE CSV file (UTF-8, no BOM, header row, RFC 4180 quoting via the csv module):
one row per contact person; the organisation columns are repeated for every person of
the organisation, and an organisation without persons gets one row with empty person
columns.  Standard library only, deterministic for a given --seed.

    python3 deploy/data/generate_partners.py --organisations 100000 --persons 200000 \
        --seed 42 --delimiter ';' --out /tmp/partners.csv

See deploy/data/README.md for the column reference.
"""

import argparse
import bisect
import csv
import datetime
import os
import random
import re
import sys
import time
import unicodedata

DEFAULT_NACE = "/work/shared/data/nace-rev2.1.csv"

COLUMNS = [
    "organisation_ref", "kind", "legal_name", "registration_number", "country",
    "municipality", "address", "website", "languages", "sectors", "keywords",
    "description", "staff_headcount", "annual_turnover_eur", "balance_sheet_total_eur",
    "partner_role", "person_ref", "given_name", "family_name", "position", "email",
    "phone", "person_languages", "consent_partner_matching", "consent_text_version",
    "consent_given_at", "consent_source",
]

KINDS = [  # (kind, weight)
    ("company", 38), ("sme", 40), ("institution", 5), ("university", 1.4),
    ("chamber", 1.0), ("business_support_organisation", 3.6), ("public_authority", 5.5),
    ("other", 4.0),
]

PARTNER_ROLES = [  # (role, weight) -- the remaining ~60 % stay empty
    ("project_partner", 12), ("network_member", 9), ("supplier", 7),
    ("knowledge_partner", 6), ("funding_partner", 2.5), ("other", 3.5),
]

CONSENT_SOURCES = [("web_form", 45), ("paper_form", 20), ("event_registration", 20), ("email", 15)]
CONSENT_VERSIONS = [  # (version, valid from) -- a consent refers to a text published before it
    ("pm-2024-01", datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)),
    ("pm-2024-09", datetime.datetime(2024, 9, 1, tzinfo=datetime.timezone.utc)),
    ("pm-2025-03", datetime.datetime(2025, 3, 1, tzinfo=datetime.timezone.utc)),
    ("pm-2026-02", datetime.datetime(2026, 2, 1, tzinfo=datetime.timezone.utc)),
]
CONSENT_FROM = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)
CONSENT_UNTIL = datetime.datetime(2026, 11, 1, tzinfo=datetime.timezone.utc)  # exclusive

# Rev. 2.1 sections (note: they differ from Rev. 2 -- ICT is K, professional services N)
SECTION_WEIGHTS = {
    "A": 2, "B": 0.4, "C": 34, "D": 1.5, "E": 2, "F": 6, "G": 12, "H": 4, "I": 3,
    "J": 3, "K": 9, "L": 2, "M": 1.5, "N": 11, "O": 4, "P": 0.2, "Q": 0.8, "R": 1.2,
    "S": 1.4, "T": 1.2,
}
LEVEL_WEIGHTS = {4: 75, 3: 15, 2: 10}

# NACE division -> keyword / naming group used by the word lists below
GROUP_RANGES = [
    ((1, 3), "agri"), ((5, 9), "energy_env"), ((10, 12), "food"), ((13, 15), "textile"),
    ((16, 16), "wood"), ((17, 23), "chem"), ((24, 25), "metal"), ((26, 30), "machinery"),
    ((31, 31), "wood"), ((32, 33), "machinery"), ((35, 39), "energy_env"),
    ((41, 43), "construction"), ((46, 47), "trade"), ((49, 53), "transport"),
    ((55, 56), "tourism"), ((58, 60), "media"), ((61, 63), "ict"), ((64, 70), "services"),
    ((71, 72), "engineering"), ((73, 73), "media"), ((74, 74), "services"), ((75, 75), "health"),
    ((77, 78), "services"), ((79, 79), "tourism"), ((80, 82), "services"), ((84, 84), "public"),
    ((85, 85), "education"), ((86, 88), "health"), ((90, 93), "culture"), ((94, 94), "public"),
    ((95, 98), "services"), ((99, 99), "public"),
]
DIV_GROUP = {}
for (_lo, _hi), _g in GROUP_RANGES:
    for _d in range(_lo, _hi + 1):
        DIV_GROUP[_d] = _g
GROUPS = ["agri", "food", "textile", "wood", "chem", "metal", "machinery", "energy_env",
          "construction", "trade", "transport", "tourism", "media", "ict", "services",
          "engineering", "public", "education", "health", "culture"]

# NACE code prefixes for organisations that are not companies (first matching level-4/3 codes)
SECTOR_KEYS = {
    "uni": ["85.40"], "research": ["72.10", "72.20"], "chamber": ["94.11"],
    "gov": ["84.11"], "govecon": ["84.13"], "govsoc": ["84.12"], "bso": ["82.99", "70.20", "94.11"],
    "park": ["68.20", "72.10", "82.99"], "hospital": ["86.10"], "school": ["85.32", "85.31"],
    "museum": ["91.21", "91.11", "91.12", "91.22"], "ngo": ["94.99", "88.99"],
    "cluster": ["94.11", "70.20"], "labour": ["84.13", "78.10"], "culture": ["90.31", "90", "93.11"],
    "prof": ["94.12"], "fairs": ["82.30"], "funding": ["64.92", "64.9", "84.13"],
    "lab": ["71.20"], "social": ["88.10", "87.30", "88.99"],
}
KIND_DEFAULT_KEY = {
    "university": "uni", "chamber": "chamber", "public_authority": "gov",
    "business_support_organisation": "bso", "institution": "research", "other": "ngo",
}
KIND_SECOND_KEYS = {
    "uni": ["research"], "chamber": ["fairs", "bso"], "gov": ["govecon", "govsoc"],
    "bso": ["fairs", "research", "bso"], "park": ["research"], "research": ["lab"],
    "cluster": ["research"], "ngo": ["culture"], "hospital": ["research"], "school": [],
    "museum": ["culture"], "labour": [], "culture": [], "prof": [], "funding": ["bso"],
    "govecon": ["gov"], "govsoc": [], "lab": ["research"], "fairs": ["bso"], "social": ["ngo"],
}

# --------------------------------------------------------------------------- helpers


def cum(weights):
    out, t = [], 0.0
    for w in weights:
        t += w
        out.append(t)
    return out


class WChoice:
    """Weighted choice with precomputed cumulative weights (much faster than rng.choices)."""
    __slots__ = ("items", "cum", "total")

    def __init__(self, pairs):
        pairs = [(i, w) for i, w in pairs if w > 0]
        self.items = [i for i, _ in pairs]
        self.cum = cum([w for _, w in pairs])
        self.total = self.cum[-1]

    def __call__(self, rng):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


def words(s):
    return s.split()


def bar(s):
    return [x.strip() for x in s.split("|") if x.strip()]


def commas(s):
    return [x.strip() for x in s.split(",") if x.strip()]


def blocks(s, sep="|"):
    """'group: a|b|c' lines -> {group: [a, b, c]}"""
    out = {}
    for line in s.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        k, v = line.split(":", 1)
        out[k.strip()] = [x.strip() for x in v.split(sep) if x.strip()]
    return out


def noun_blocks(s):
    """'group: word/g, word/g' -> {group: [(word, g)]}"""
    out = {}
    for k, items in blocks(s, ",").items():
        lst = []
        for it in items:
            if "/" in it:
                w, g = it.rsplit("/", 1)
                lst.append((w.strip(), g.strip()))
            else:
                lst.append((it, "m"))
        out[k] = lst
    return out


def cap_first(s):
    return s[:1].upper() + s[1:] if s else s


CYR_UK = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "",
}
CYR_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
CYR_BG = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht",
    "ъ": "a", "ь": "y", "ю": "yu", "я": "ya",
}
SPECIAL_FOLD = {
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae",
    "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "ð": "d", "þ": "th", "ª": "a",
}
GERMANIC_FOLD = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
NORDIC_FOLD = {"å": "aa", "Å": "Aa", "ø": "oe", "Ø": "Oe", "æ": "ae", "Æ": "Ae"}

_fold_cache = {}


def ascii_fold(s, lang=""):
    """Transliterate to plain ASCII (language aware for German umlauts, Nordic letters, Cyrillic)."""
    key = (s, lang)
    r = _fold_cache.get(key)
    if r is not None:
        return r
    t = s
    if lang == "de":
        t = "".join(GERMANIC_FOLD.get(ch, ch) for ch in t)
    elif lang in ("da", "no"):
        t = "".join(NORDIC_FOLD.get(ch, ch) for ch in t)
    if lang == "uk" or lang == "bg":
        table = CYR_UK if lang == "uk" else CYR_BG
        out = []
        prev_alpha = False
        for ch in t:
            lo = ch.lower()
            if lang == "uk" and not prev_alpha and lo in CYR_UK_INITIAL:
                tr = CYR_UK_INITIAL[lo]
            elif lo in table:
                tr = table[lo]
            else:
                tr = ch
            if ch != lo and tr:
                tr = tr[0].upper() + tr[1:]
            out.append(tr)
            prev_alpha = ch.isalpha()
        t = "".join(out)
    t = "".join(SPECIAL_FOLD.get(ch, ch) for ch in t)
    t = unicodedata.normalize("NFKD", t)
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    t = t.encode("ascii", "ignore").decode("ascii")
    _fold_cache[key] = t
    return t


def slugify(s, lang="", sep="-"):
    t = ascii_fold(s, lang).lower()
    parts = [p for p in re.split(r"[^a-z0-9]+", t) if p]
    return sep.join(parts)


# --------------------------------------------------------------------------- English (shared)

KW_EN = blocks("""
agri: crop production|dairy farming|organic farming|forestry|aquaculture|fruit growing|agricultural services
food: bakery products|dairy products|craft beer|meat processing|food processing|regional food|confectionery|wine
textile: technical textiles|nanofibres|workwear|nonwovens|apparel|knitted fabrics|home textiles
wood: woodworking|furniture|timber construction|joinery|sawmilling|wooden packaging
chem: plastic injection moulding|chemicals|glass products|paper packaging|printing|ceramics|coatings|pharmaceuticals
metal: CNC machining|welding|metal fabrication|foundry|surface treatment|sheet metal stamping|precision parts|steel structures
machinery: mechanical engineering|industrial automation|electrical equipment|automotive components|machine maintenance|industrial electronics|robotics|special-purpose machinery
energy_env: renewable energy|photovoltaics|waste management|recycling|water treatment|district heating|energy efficiency|hydrogen
construction: building construction|renovation|civil engineering|road construction|thermal insulation|building materials|timber frame houses
trade: wholesale|retail|distribution|e-commerce|import|export|spare parts
transport: road freight|logistics|freight forwarding|warehousing|courier services|international transport|rail freight
tourism: tourism|accommodation|gastronomy|wellness|incoming tourism|conference tourism|cycling tourism
media: publishing|advertising|graphic design|video production|marketing|printed media|game development
ict: software development|IT services|cloud solutions|cybersecurity|data analytics|web applications|artificial intelligence|embedded systems|ERP implementation
services: accounting|tax advisory|legal services|recruitment|facility management|insurance|property management|management consulting
engineering: engineering design|technical testing|research and development|metrology|engineering consultancy|prototyping|simulation|3D printing
public: public administration|regional development|cross-border cooperation|strategic planning|grants|smart city
education: education|lifelong learning|vocational training|language courses|STEM education|dual education
health: healthcare|medical devices|social services|spa and balneology|rehabilitation|veterinary care|telemedicine
culture: culture|sport|leisure activities|museum|festivals|cultural heritage|creative industries
""")
KW_EN_GENERAL = bar("export|innovation|Industry 4.0|sustainability|circular economy|digitalisation|"
                    "quality management|ISO 9001|cross-border|automotive|green transition|start-up")

DESC_EN = [
    "*Family-owned company founded in {year}; main activities: {kw1}, {kw2} and {kw3}.",
    "*Products and services: {kw1}, {kw2}; customers in {n} countries.",
    "*Supplier to the automotive, rail and energy industries ({kw1}, {kw2}); ISO 9001 certified.",
    '*Producer of the "{brand}" product line. Core competences: {kw1}, {kw2}.',
    "*SME active in the fields of {kw1} and {kw2}, exporting mainly to Germany, Austria and Poland.",
    "*Independent company specialised in {kw1}; about {pct} % of turnover comes from export.",
    "*Contract manufacturer: {kw1}, {kw2}, {kw3}. Small and medium series, short lead times.",
    "Looking for partners in {kw1} and {kw2} for joint Interreg and Horizon Europe projects.",
    "Main fields: {kw1}, {kw2}; interested in cross-border cooperation and technology transfer.",
    'Member of the "{brand}" network; topics: {kw1}, {kw2} and {kw3}.',
]
DESC_EN_KIND = {
    "university": [
        "Public university; research focus: {kw1}, {kw2} and {kw3}.",
        "Technology transfer office offering contract research in {kw1} and {kw2}.",
        "Faculty with laboratories for {kw1}; open to joint R&D projects with SMEs.",
    ],
    "chamber": [
        "Chamber of commerce supporting member companies with export advice, B2B matchmaking and trade missions.",
        "Represents about {members} member companies; services: {kw1}, {kw2}.",
        'Organiser of the "{brand}" business forum; focus on {kw1} and cross-border trade.',
    ],
    "public_authority": [
        "Local public authority; interested in cross-border projects on {kw1} and {kw2}.",
        "Regional authority responsible for {kw1}, {kw2} and economic development.",
        "Municipality looking for partners in {kw1}; experience with Interreg projects.",
    ],
    "business_support_organisation": [
        "Business support organisation offering incubation, mentoring and access to finance; focus: {kw1}.",
        "Regional development agency: {kw1}, {kw2}, investor services and EU funding advice.",
        'Operator of the "{brand}" technology park; about {members} tenant companies.',
    ],
    "institution": [
        "Public research institution; focus: {kw1} and {kw2}.",
        "Public body providing {kw1} and {kw2} services in the region.",
        "Research organisation with accredited laboratories ({kw1}, {kw2}).",
    ],
    "other": [
        "Non-profit association; activities: {kw1}, {kw2}.",
        "Network of about {members} members working on {kw1} and {kw2}.",
        'Civic association "{brand}", active in {kw1}.',
    ],
}

POS_EN = bar("CEO|Managing Director|Export Manager|Sales Manager|Head of R&D|Project Manager|"
             "Business Development Manager|Key Account Manager|Chief Technology Officer|Procurement Manager|"
             "Production Manager|Quality Manager|Marketing Manager|Office Manager|International Relations Officer|"
             "EU Project Coordinator|Innovation Manager|Head of Engineering|Chief Financial Officer|"
             "Area Sales Manager|Technical Director|Owner")
POS_EN_KIND = {
    "university": bar("Professor|Associate Professor|Head of Department|Technology Transfer Manager|"
                      "Vice-Rector for International Relations|Research Fellow|Head of International Office|"
                      "Project Manager|Senior Researcher"),
    "public_authority": bar("Mayor|Deputy Mayor|Head of Regional Development Department|Project Officer|"
                            "Head of Unit|EU Funds Officer|Economic Development Officer"),
    "chamber": bar("Director|Foreign Trade Advisor|Project Manager|Head of International Relations|"
                   "Business Advisor|Events Coordinator"),
    "business_support_organisation": bar("Director|Cluster Manager|Business Advisor|Project Manager|"
                                         "Innovation Manager|Investor Relations Manager|Incubation Manager"),
    "institution": bar("Director|Head of Laboratory|Senior Researcher|Project Manager|Head of Unit|"
                       "Technology Transfer Officer"),
    "other": bar("Chairman|Chairwoman|Executive Director|Project Coordinator|Board Member|Secretary General"),
}

BRAND_PRE = words("Alfa Beta Delta Omega Sigma Nova Prima Optima Maxi Mega Multi Uni Inter Euro Trans "
                  "Techno Tech Pro Eco Bio Agro Medi Info Data Net Metal Plast Elektro Termo Hydro Aqua "
                  "Terra Sol Lux Star Vita Nord Hexa Poly Mikro Auto Flex Opti Proto Stella Astra Fer "
                  "Iso Kombi Servo Geo Ener Digi Cyber Smart Robo Silva")
BRAND_SUF = words("tech tec tron plast met tex flex form line pro lab soft net com sys trade trans mont "
                  "servis invest log med nova vision point works max star fix tool mat print power")

# --------------------------------------------------------------------------- languages
# gm/gf: given names, sn: surnames ("male/female" or "male/married/unmarried" or invariant),
# adj: adjective endings by noun gender (m f n p=plural a=neuter plural fg=feminine genitive),
# nouns: sector nouns used in company names (word/gender), kw: local keywords per group,
# pos: positions ("male/female" forms allowed), desc: description templates ("*" = companies only),
# tpl: company-name templates (weight, template, legal-form mode: None=normal, ""=none, "SOLE").

LANG = {}

LANG["cs"] = dict(
    gm=words("Jan Petr Jiří Josef Pavel Martin Tomáš Jaroslav Miroslav Zdeněk Václav Michal František "
             "Jakub Milan Karel Lukáš David Ondřej Vojtěch Radek Filip Marek Aleš Luboš Stanislav Roman "
             "Vladimír Libor Daniel Matěj Štěpán Přemysl"),
    gf=words("Jana Marie Eva Hana Anna Lenka Kateřina Lucie Věra Alena Petra Veronika Jaroslava Tereza "
             "Martina Michaela Zuzana Markéta Ivana Barbora Monika Kristýna Eliška Klára Šárka Radka "
             "Dagmar Helena Jitka Pavla Romana Žaneta"),
    sn=commas("Novák/Nováková, Svoboda/Svobodová, Novotný/Novotná, Dvořák/Dvořáková, Černý/Černá, "
              "Procházka/Procházková, Kučera/Kučerová, Veselý/Veselá, Horák/Horáková, Němec/Němcová, "
              "Marek/Marková, Pokorný/Pokorná, Pospíšil/Pospíšilová, Hájek/Hájková, Král/Králová, "
              "Jelínek/Jelínková, Růžička/Růžičková, Beneš/Benešová, Fiala/Fialová, Sedláček/Sedláčková, "
              "Doležal/Doležalová, Zeman/Zemanová, Kolář/Kolářová, Navrátil/Navrátilová, Čermák/Čermáková, "
              "Urban/Urbanová, Vaněk/Vaňková, Blažek/Blažková, Kříž/Křížová, Kovář/Kovářová, "
              "Kratochvíl/Kratochvílová, Bartoš/Bartošová, Vlček/Vlčková, Polák/Poláková, Musil/Musilová, "
              "Kopecký/Kopecká, Šimek/Šimková, Konečný/Konečná, Malý/Malá, Holub/Holubová, "
              "Štěpánek/Štěpánková, Čech/Čechová, Staněk/Staňková, Kadlec/Kadlecová, Dostál/Dostálová, "
              "Soukup/Soukupová, Šťastný/Šťastná, Mareš/Marešová, Moravec/Moravcová, Sýkora/Sýkorová, "
              "Tichý/Tichá, Valenta/Valentová, Vávra/Vávrová, Matoušek/Matoušková, Bláha/Bláhová, "
              "Říha/Říhová, Ševčík/Ševčíková, Bureš/Burešová, Hruška/Hrušková, Mašek/Mašková, "
              "Pavlík/Pavlíková, Janda/Jandová, Hrubý/Hrubá, Žák/Žáková, Křížek/Křížková, "
              "Šebesta/Šebestová, Bednář/Bednářová, Zelenka/Zelenková, Hladík/Hladíková, Jireš/Jirešová"),
    adj={"m": "ý", "f": "á", "n": "é", "p": "é", "a": "á"},
    nouns=noun_blocks("""
agri: farma/f, statek/m, sady/p, rybářství/n, zemědělská společnost/f
food: pekárna/f, mlékárna/f, pivovar/m, masna/f, cukrárna/f, lihovar/m, uzenina/f, pekařství/n
textile: textilka/f, tkalcovna/f, přádelna/f, oděvy/p, pletárna/f, textilní závody/p
wood: pila/f, truhlárna/f, nábytek/m, dřevovýroba/f, stolařství/n, dřevostavby/p
chem: chemička/f, plasty/p, sklárna/f, papírna/f, tiskárna/f, lakovna/f, keramika/f, sklárny/p
metal: slévárna/f, kovárna/f, železárny/p, kovovýroba/f, zámečnictví/n, kovodílo/n, kovohutě/p
machinery: strojírna/f, strojírny/p, elektrotechnika/f, automatizace/f, stroje/p, elektromotory/p, opravna strojů/f
energy_env: teplárna/f, energetika/f, vodárny/p, recyklace/f, elektrárna/f, vodovody a kanalizace/p
construction: stavby/p, stavební společnost/f, stavitelství/n, pozemní stavby/p, stavebniny/p, izolace/f
trade: obchod/m, velkoobchod/m, distribuce/f, obchodní dům/m
transport: doprava/f, autodoprava/f, logistika/f, spedice/f, přeprava/f
tourism: hotel/m, penzion/m, cestovní kancelář/f, restaurace/f
media: vydavatelství/n, studio/n, reklama/f, média/a
ict: datové centrum/n, telekomunikace/f, informační systémy/p, softwarové studio/n
services: poradenství/n, účetnictví/n, reality/p, advokátní kancelář/f, správa nemovitostí/f
engineering: projekce/f, zkušebna/f, projektová kancelář/f, laboratoře/p, inženýring/m
public: technické služby/p, správa/f
education: vzdělávací centrum/n, jazyková škola/f, akademie/f
health: klinika/f, lékárna/f, zdravotnické centrum/n, veterina/f
culture: divadlo/n, galerie/f, sportovní centrum/n
"""),
    kw=blocks("""
agri: rostlinná výroba|živočišná výroba|ekologické zemědělství|pěstování obilovin|chov skotu|lesnictví
food: potravinářství|pekařské výrobky|mléčné výrobky|masné výrobky|pivovarnictví|regionální potraviny
textile: technické textilie|nanovlákna|konfekce|netkané textilie|pracovní oděvy|tkaní
wood: zpracování dřeva|nábytek|dřevostavby|truhlářství|pilařská výroba|dřevěné obaly
chem: plasty|vstřikování plastů|chemické výrobky|sklo|papírové obaly|polygrafie|keramika|bižuterie
metal: CNC obrábění|svařování|kovovýroba|slévárenství|povrchové úpravy|lisování plechů|zámečnictví
machinery: strojírenství|automatizace|elektrotechnika|automobilový průmysl|servis strojů|průmyslová elektronika|robotika
energy_env: obnovitelné zdroje|fotovoltaika|odpadové hospodářství|recyklace|úprava vody|teplárenství|energetické úspory
construction: pozemní stavby|rekonstrukce|inženýrské sítě|dopravní stavby|zateplení|stavební materiály
trade: velkoobchod|maloobchod|distribuce|e-shop|dovoz|vývoz
transport: nákladní doprava|logistika|spedice|skladování|kurýrní služby|mezinárodní přeprava
tourism: cestovní ruch|ubytování|gastronomie|wellness|incomingová turistika|kongresová turistika
media: vydavatelství|reklama|grafický design|video produkce|marketing|tiskoviny
ict: vývoj softwaru|IT služby|cloudová řešení|kybernetická bezpečnost|datová analytika|webové aplikace|umělá inteligence
services: účetnictví|daňové poradenství|právní služby|personální agentura|facility management|pojištění|správa nemovitostí
engineering: projektování|technické zkušebnictví|výzkum a vývoj|měření a kalibrace|inženýrská činnost|prototypování
public: veřejná správa|regionální rozvoj|přeshraniční spolupráce|strategické plánování|dotace|chytrá města
education: vzdělávání|celoživotní učení|odborné školení|jazykové kurzy|technické vzdělávání
health: zdravotní péče|zdravotnické prostředky|sociální služby|lázeňství|rehabilitace|veterinární péče
culture: kultura|sport|volnočasové aktivity|muzejnictví|festivaly|kulturní dědictví
"""),
    pos=bar("Ředitel/Ředitelka|Jednatel/Jednatelka|Obchodní ředitel/Obchodní ředitelka|Vedoucí výroby|"
            "Vedoucí obchodního oddělení|Technický ředitel/Technická ředitelka|Projektový manažer/Projektová manažerka|"
            "Obchodní zástupce/Obchodní zástupkyně|Vedoucí nákupu|Specialista exportu/Specialistka exportu|"
            "Asistent ředitele/Asistentka ředitele|Vedoucí vývoje|Referent/Referentka|"
            "Finanční ředitel/Finanční ředitelka|Předseda představenstva/Předsedkyně představenstva|"
            "G:Vedoucí odboru regionálního rozvoje|G:Starosta/Starostka|G:Místostarosta/Místostarostka|"
            "G:Referent odboru rozvoje/Referentka odboru rozvoje|U:Vedoucí katedry|"
            "U:Proděkan pro vnější vztahy/Proděkanka pro vnější vztahy"),
    desc=[
        "*Rodinná firma založená v roce {year}. Obory: {kw1}, {kw2} a {kw3}.",
        "Hlavní činnosti: {kw1}, {kw2}; hledáme partnery pro společné projekty v Německu a Polsku.",
        '*Výrobce značky "{brand}"; zaměření: {kw1}, {kw2}.',
        "*Specializujeme se na obor „{kw1}“, dodáváme zákazníkům v {n} zemích.",
        "Oblasti spolupráce: {kw1}, {kw2}, {kw3}. Zkušenosti s projekty Interreg.",
        "*Tradiční výrobce od roku {year}; portfolio: {kw1}, {kw2}. Certifikace ISO 9001.",
    ],
    tpl=[(14, "{AdjNoun}", None), (14, "{Noun} {Town}", None), (10, "{Noun} {Surname}", None),
         (14, "{Brand}", None), (6, "{Brand} {Town}", None), (4, "{Acr} {Town}", None),
         (3, "{Surname} & {Surname2}", None), (2, "{Surname} a {Surname2}", None), (3, "{Surname} a syn", None),
         (5, "{BrandCountry}", None), (8, "{Given} {Surname}", ""), (8, "{Given} {Surname} – {noun}", "")],
    brand_pre=words("Kovo Stavo Elektro Dřevo Strojo Agro Plasto Servo Techno Termo Auto Eko Sklo"),
    brand_suf=words("stav mont servis kov plast tex tech therm mat trans"),
    acr="ABCČDEFGHJKLMNOPRŘSŠTUVZŽ",
)

LANG["sk"] = dict(
    gm=words("Peter Ján Jozef Martin Michal Tomáš Marek Lukáš Milan Juraj Štefan Ľuboš Miroslav Róbert "
             "Vladimír Igor Dušan Pavol Matej Ondrej Roman Ladislav Radovan Branislav Ľubomír Erik Patrik"),
    gf=words("Mária Jana Eva Anna Zuzana Katarína Lucia Martina Ivana Monika Veronika Andrea Lenka Simona "
             "Petra Alžbeta Soňa Dominika Barbora Žofia Gabriela Silvia Ľubica Miriam Kristína Natália"),
    sn=commas("Horváth/Horváthová, Kováč/Kováčová, Varga/Vargová, Tóth/Tóthová, Nagy/Nagyová, Baláž/Balážová, "
              "Szabó/Szabóová, Molnár/Molnárová, Balog/Balogová, Lukáč/Lukáčová, Novák/Nováková, "
              "Kollár/Kollárová, Németh/Némethová, Oravec/Oravcová, Hudák/Hudáková, Kráľ/Kráľová, "
              "Šimko/Šimková, Polák/Poláková, Gajdoš/Gajdošová, Urban/Urbanová, Marko/Marková, "
              "Kučera/Kučerová, Baran/Baranová, Čierny/Čierna, Mészáros/Mészárosová, Krajčír/Krajčírová, "
              "Sloboda/Slobodová, Ďurica/Ďuricová, Ševčík/Ševčíková, Hrušovský/Hrušovská, "
              "Mikuláš/Mikulášová, Jurčo/Jurčová, Bartoš/Bartošová, Sedlák/Sedláková, Šoltés/Šoltésová, "
              "Blaho/Blahová, Kmeť/Kmeťová, Vrabec/Vrabcová, Štefanko/Štefanková, Kubala/Kubalová, "
              "Kováčik/Kováčiková, Mráz/Mrázová, Hanák/Hanáková, Škultéty/Škultétyová, Žiak/Žiaková"),
    adj={"m": "ý", "f": "á", "n": "é", "p": "é", "a": "é"},
    nouns=noun_blocks("""
agri: farma/f, poľnohospodárske družstvo/n, sady/p, rybárstvo/n
food: pekáreň/f, mliekareň/f, pivovar/m, mäsovýroba/f, cukráreň/f, liehovar/m
textile: textilka/f, tkáčovňa/f, odevy/p, pletiarne/p
wood: píla/f, stolárstvo/n, nábytok/m, drevovýroba/f, drevostavby/p
chem: plasty/p, sklárne/p, papierne/p, tlačiareň/f, chémia/f
metal: zlievareň/f, kováčstvo/n, železiarne/p, kovovýroba/f, strojárska výroba/f
machinery: strojárne/p, strojáreň/f, elektrotechnika/f, automatizácia/f, stroje/p
energy_env: teplárne/p, energetika/f, vodárne/p, recyklácia/f
construction: stavby/p, stavebná spoločnosť/f, stavebniny/p, stavebná/f, pozemné stavby/p, stavebná firma/f
trade: obchod/m, veľkoobchod/m, distribúcia/f
transport: doprava/f, autodoprava/f, logistika/f, špedícia/f
tourism: hotel/m, penzión/m, cestovná kancelária/f, reštaurácia/f
media: vydavateľstvo/n, štúdio/n, reklama/f, médiá/a
ict: informatika/f, dátové centrum/n, telekomunikácie/p, informačné systémy/p
services: poradenstvo/n, účtovníctvo/n, reality/p, advokátska kancelária/f, správa nehnuteľností/f
engineering: projekcia/f, skúšobňa/f, projektová kancelária/f, laboratóriá/a, inžiniering/m
public: technické služby/p
education: vzdelávacie centrum/n, jazyková škola/f, akadémia/f
health: klinika/f, lekáreň/f, zdravotnícke centrum/n
culture: divadlo/n, galéria/f, športové centrum/n
"""),
    kw=blocks("""
agri: rastlinná výroba|živočíšna výroba|ekologické poľnohospodárstvo|lesníctvo|ovocinárstvo
food: potravinárstvo|pekárenské výrobky|mliečne výrobky|mäsové výrobky|pivovarníctvo|vinárstvo
textile: technické textílie|konfekcia|pracovné odevy|netkané textílie
wood: spracovanie dreva|nábytok|drevostavby|stolárstvo
chem: plasty|vstrekovanie plastov|chemické výrobky|sklo|obaly|polygrafia
metal: CNC obrábanie|zváranie|kovovýroba|zlievarenstvo|povrchové úpravy|lisovanie
machinery: strojárstvo|automatizácia|elektrotechnika|automobilový priemysel|servis strojov|robotika
energy_env: obnoviteľné zdroje|fotovoltika|odpadové hospodárstvo|recyklácia|úprava vody|energetická efektívnosť
construction: pozemné stavby|rekonštrukcie|inžinierske siete|dopravné stavby|zatepľovanie
trade: veľkoobchod|maloobchod|distribúcia|e-shop|dovoz|vývoz
transport: nákladná doprava|logistika|špedícia|skladovanie|medzinárodná preprava
tourism: cestovný ruch|ubytovanie|gastronómia|wellness|kúpeľníctvo
media: vydavateľstvo|reklama|grafický dizajn|video produkcia|marketing
ict: vývoj softvéru|IT služby|cloudové riešenia|kybernetická bezpečnosť|dátová analytika|umelá inteligencia
services: účtovníctvo|daňové poradenstvo|právne služby|personalistika|facility management|poistenie
engineering: projektovanie|skúšobníctvo|výskum a vývoj|metrológia|inžinierska činnosť
public: verejná správa|regionálny rozvoj|cezhraničná spolupráca|strategické plánovanie
education: vzdelávanie|celoživotné vzdelávanie|odborné školenia|jazykové kurzy
health: zdravotná starostlivosť|zdravotnícke pomôcky|sociálne služby|rehabilitácia
culture: kultúra|šport|voľnočasové aktivity|múzejníctvo|kultúrne dedičstvo
"""),
    pos=bar("Riaditeľ/Riaditeľka|Konateľ/Konateľka|Obchodný riaditeľ/Obchodná riaditeľka|Vedúci výroby/Vedúca výroby|"
            "Projektový manažér/Projektová manažérka|Obchodný zástupca/Obchodná zástupkyňa|"
            "Technický riaditeľ/Technická riaditeľka|Vedúci nákupu/Vedúca nákupu|"
            "Špecialista pre export/Špecialistka pre export|Asistent riaditeľa/Asistentka riaditeľa|"
            "Referent/Referentka|Finančný riaditeľ/Finančná riaditeľka|G:Primátor/Primátorka|G:Starosta/Starostka|"
            "G:Vedúci odboru regionálneho rozvoja/Vedúca odboru regionálneho rozvoja"),
    desc=[
        "*Rodinná firma založená v roku {year}. Činnosti: {kw1}, {kw2} a {kw3}.",
        "Hlavné oblasti: {kw1}, {kw2}; hľadáme partnerov pre spoločné projekty.",
        '*Výrobca značky "{brand}"; zameranie: {kw1}.',
        "*Pôsobíme v oblasti „{kw1}“ a dodávame zákazníkom v {n} krajinách.",
        "Oblasti spolupráce: {kw1}, {kw2}, {kw3}.",
    ],
    tpl=[(14, "{AdjNoun}", None), (12, "{Noun} {Town}", None), (10, "{Noun} {Surname}", None),
         (14, "{Brand}", None), (6, "{Brand} {Town}", None), (3, "{Acr} {Town}", None),
         (4, "{Surname} & {Surname2}", None), (3, "{Surname} a syn", None), (5, "{BrandCountry}", None),
         (7, "{Given} {Surname}", ""), (7, "{Given} {Surname} – {noun}", "")],
    brand_pre=words("Kovo Stavo Elektro Drevo Agro Plasto Techno Termo Auto Eko Stroj"),
    brand_suf=words("stav mont servis kov plast tex tech mat trans"),
    acr="ABCČDEFGHJKLMNOPRSŠTUVZŽ",
)

LANG["pl"] = dict(
    gm=words("Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jakub Łukasz Grzegorz Adam Marek Wojciech "
             "Mateusz Rafał Dariusz Maciej Kamil Jarosław Sławomir Bartosz Przemysław Zbigniew Janusz Józef "
             "Mirosław Radosław Szymon"),
    gf=words("Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna "
             "Aleksandra Monika Zofia Beata Dorota Justyna Agata Karolina Marta Grażyna Iwona Natalia "
             "Paulina Żaneta Jadwiga Urszula Bożena"),
    sn=commas("Nowak, Kowalski/Kowalska, Wiśniewski/Wiśniewska, Wójcik, Kowalczyk, Kamiński/Kamińska, "
              "Lewandowski/Lewandowska, Zieliński/Zielińska, Szymański/Szymańska, Woźniak, Dąbrowski/Dąbrowska, "
              "Kozłowski/Kozłowska, Jankowski/Jankowska, Mazur, Wojciechowski/Wojciechowska, "
              "Kwiatkowski/Kwiatkowska, Krawczyk, Kaczmarek, Piotrowski/Piotrowska, Grabowski/Grabowska, Zając, "
              "Pawłowski/Pawłowska, Michalski/Michalska, Król, Wieczorek, Jabłoński/Jabłońska, Wróbel, "
              "Nowakowski/Nowakowska, Majewski/Majewska, Olszewski/Olszewska, Stępień, Malinowski/Malinowska, "
              "Jaworski/Jaworska, Adamczyk, Dudek, Nowicki/Nowicka, Pawlak, Górski/Górska, Witkowski/Witkowska, "
              "Walczak, Sikora, Baran, Rutkowski/Rutkowska, Michalak, Szewczyk, Ostrowski/Ostrowska, "
              "Tomaszewski/Tomaszewska, Pietrzak, Zalewski/Zalewska, Wróblewski/Wróblewska, Jasiński/Jasińska, "
              "Marciniak, Bąk, Zawadzki/Zawadzka, Sadowski/Sadowska, Duda, Włodarczyk, Chmielewski/Chmielewska, "
              "Borkowski/Borkowska, Czarnecki/Czarnecka, Sokołowski/Sokołowska, Urbański/Urbańska, Kubiak, "
              "Maciejewski/Maciejewska, Szczepański/Szczepańska, Kucharski/Kucharska, Wilk, "
              "Kalinowski/Kalinowska, Lis, Mazurek, Wysocki/Wysocka, Adamski/Adamska, Kaźmierczak, "
              "Wasilewski/Wasilewska, Sobczak, Czerwiński/Czerwińska, Cieślak, Głowacki/Głowacka, "
              "Zakrzewski/Zakrzewska, Kołodziej, Sikorski/Sikorska, Krajewski/Krajewska, Szymczak, Szulc, "
              "Baranowski/Baranowska, Laskowski/Laskowska, Brzeziński/Brzezińska, Ziółkowski/Ziółkowska, "
              "Przybylski/Przybylska, Gołębiowski/Gołębiowska, Śliwa, Żak"),
    adj={"m": "i", "f": "a", "n": "ie", "p": "ie", "a": "ie"},
    nouns=noun_blocks("""
agri: Gospodarstwo Rolne/n, Sady/p, Ferma/f, Spółdzielnia Rolnicza/f
food: Piekarnia/f, Mleczarnia/f, Browar/m, Zakłady Mięsne/p, Cukiernia/f, Przetwórnia Owoców/f, Młyn/m
textile: Zakłady Włókiennicze/p, Tkalnia/f, Szwalnia/f, Dziewiarnia/f, Zakłady Odzieżowe/p
wood: Tartak/m, Stolarnia/f, Meble/p, Fabryka Mebli/f, Zakład Stolarski/m
chem: Zakłady Chemiczne/p, Tworzywa Sztuczne/p, Huta Szkła/f, Papiernia/f, Drukarnia/f, Ceramika/f
metal: Odlewnia/f, Kuźnia/f, Huta/f, Zakłady Metalowe/p, Ślusarnia/f, Konstrukcje Stalowe/p
machinery: Fabryka Maszyn/f, Zakłady Mechaniczne/p, Automatyka/f, Elektrotechnika/f, Zakład Mechaniczny/m
energy_env: Ciepłownia/f, Energetyka/f, Wodociągi/p, Recykling/m, Elektrownia/f
construction: Przedsiębiorstwo Budowlane/n, Budownictwo/n, Materiały Budowlane/p, Usługi Budowlane/p
trade: Hurtownia/f, Handel/m, Dystrybucja/f, Centrum Handlowe/n
transport: Transport/m, Logistyka/f, Spedycja/f, Przewozy/p, Usługi Transportowe/p
tourism: Hotel/m, Biuro Podróży/n, Restauracja/f, Pensjonat/m
media: Wydawnictwo/n, Studio/n, Agencja Reklamowa/f, Media/p
ict: Systemy Informatyczne/p, Centrum Danych/n, Telekomunikacja/f, Oprogramowanie/n
services: Biuro Rachunkowe/n, Kancelaria Prawna/f, Doradztwo/n, Nieruchomości/p
engineering: Biuro Projektowe/n, Laboratorium/n, Pracownia Projektowa/f, Inżynieria/f
public: Przedsiębiorstwo Gospodarki Komunalnej/n
education: Centrum Szkoleniowe/n, Szkoła Językowa/f, Akademia/f
health: Klinika/f, Przychodnia/f, Apteka/f, Centrum Medyczne/n
culture: Teatr/m, Galeria/f, Centrum Sportowe/n
"""),
    kw=blocks("""
agri: produkcja roślinna|hodowla bydła|rolnictwo ekologiczne|leśnictwo|sadownictwo
food: przetwórstwo spożywcze|wyroby piekarnicze|nabiał|przetwórstwo mięsa|piwowarstwo|żywność regionalna
textile: tekstylia techniczne|odzież robocza|włókniny|tkaniny|konfekcja
wood: obróbka drewna|meble|budownictwo drewniane|stolarka
chem: tworzywa sztuczne|wtrysk tworzyw|chemia przemysłowa|szkło|opakowania|poligrafia
metal: obróbka CNC|spawanie|konstrukcje stalowe|odlewnictwo|obróbka powierzchniowa|tłoczenie blach
machinery: budowa maszyn|automatyka przemysłowa|elektrotechnika|przemysł motoryzacyjny|serwis maszyn|robotyka
energy_env: odnawialne źródła energii|fotowoltaika|gospodarka odpadami|recykling|uzdatnianie wody|efektywność energetyczna
construction: budownictwo ogólne|remonty|instalacje|budowa dróg|termomodernizacja|materiały budowlane
trade: handel hurtowy|handel detaliczny|dystrybucja|sklep internetowy|import|eksport
transport: transport drogowy|logistyka|spedycja|magazynowanie|usługi kurierskie
tourism: turystyka|hotelarstwo|gastronomia|wellness|agroturystyka
media: wydawnictwo|reklama|projektowanie graficzne|produkcja wideo|marketing
ict: tworzenie oprogramowania|usługi IT|rozwiązania chmurowe|cyberbezpieczeństwo|analityka danych|sztuczna inteligencja
services: księgowość|doradztwo podatkowe|usługi prawne|rekrutacja|zarządzanie nieruchomościami|ubezpieczenia
engineering: projektowanie|badania techniczne|badania i rozwój|metrologia|doradztwo inżynieryjne
public: administracja publiczna|rozwój regionalny|współpraca transgraniczna|planowanie strategiczne
education: edukacja|kształcenie ustawiczne|szkolenia zawodowe|kursy językowe
health: opieka zdrowotna|wyroby medyczne|usługi społeczne|rehabilitacja|uzdrowiska
culture: kultura|sport|rekreacja|muzealnictwo|festiwale|dziedzictwo kulturowe
"""),
    pos=bar("Prezes zarządu/Prezes zarządu|Dyrektor generalny/Dyrektor generalna|Dyrektor handlowy/Dyrektor handlowa|"
            "Kierownik działu sprzedaży|Kierownik produkcji|Specjalista ds. eksportu/Specjalistka ds. eksportu|"
            "Kierownik projektu|Główny technolog/Główna technolog|Członek zarządu/Członkini zarządu|"
            "Dyrektor ds. rozwoju|Kierownik zakupów|Asystent zarządu/Asystentka zarządu|"
            "Główny księgowy/Główna księgowa|G:Burmistrz|G:Naczelnik wydziału rozwoju|G:Inspektor ds. funduszy UE"),
    desc=[
        "*Firma rodzinna założona w {year} roku. Zakres działalności: {kw1}, {kw2} i {kw3}.",
        "Główne obszary: {kw1}, {kw2}; szukamy partnerów do wspólnych projektów Interreg.",
        '*Producent marki "{brand}"; specjalizacja: {kw1}.',
        "*Działamy w branży „{kw1}” i eksportujemy do {n} krajów.",
        "Obszary współpracy: {kw1}, {kw2}, {kw3}.",
    ],
    tpl=[(14, "{AdjNoun}", None), (8, "{Noun} {Town}", None), (8, "{Noun} {Surname}", None),
         (14, "{Brand}", None), (4, "{Brand} {Town}", None), (6, "{BrandCountry}", None),
         (5, "{Surname} i {Surname2}", None), (8, "{Noun} {Given} {Surname}", ""),
         (4, "P.P.H.U. {BrandUpper} {Given} {Surname}", ""), (4, "F.H.U. {Brand}", None)],
    brand_pre=words("Metal Drew Bud Elektro Agro Trans Chem Plast Tech Pol Eko Termo Stal Hydro Mech"),
    brand_suf=words("pol bud met plast tex mech stal trans drew max tech"),
    acr="ABCDEFGHIJKLMNOPRSTUWZ",
)

LANG["de"] = dict(
    gm=words("Thomas Michael Andreas Stefan Christian Markus Frank Jürgen Uwe Matthias Tobias Alexander "
             "Daniel Florian Sebastian Jan Lukas Jörg Ralf Dirk Sven Holger Bernd Maximilian Jens Günter "
             "Klaus Björn Moritz Felix"),
    gf=words("Sabine Petra Claudia Susanne Andrea Julia Katrin Anja Nicole Stefanie Birgit Monika Sandra "
             "Christina Melanie Laura Jana Lena Sarah Anna Kerstin Heike Ute Jessica Franziska Bärbel Doris "
             "Hannah Lea"),
    sn=commas("Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, "
              "Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, "
              "Hofmann, Hartmann, Lange, Schmitt, Werner, Schmitz, Krause, Meier, Lehmann, Schmid, Schulze, "
              "Maier, Köhler, Herrmann, König, Walter, Mayer, Huber, Kaiser, Fuchs, Peters, Lang, Scholz, "
              "Möller, Weiß, Jung, Hahn, Vogel, Friedrich, Keller, Günther, Frank, Berger, Winkler, Roth, "
              "Beck, Lorenz, Baumann, Franke, Albrecht, Schuster, Simon, Ludwig, Böhm, Winter, Kraus, "
              "Schumacher, Krämer, Vogt, Stein, Jäger, Otto, Sommer, Groß, Seidel, Heinrich, Brandt, Haas, "
              "Schreiber, Graf, Schulte, Dietrich, Ziegler, Kuhn, Kühn, Pohl, Engel, Horn, Busch, Bergmann, "
              "Voigt, Sauer, Arnold, Wolff, Pfeiffer, Gruber, Pichler, Steiner, Moser, Hofer, Leitner, Eder, "
              "Reiter, Wimmer, Egger, Brunner, Baumgartner, Auer, Binder, Lechner, Wallner, Aigner, Ebner, "
              "Koller, Lehner, Holzer, Strasser, Haider, Wieser, Gerber, Frei, Widmer, Wyss, Lüthi, Kälin, "
              "Bachmann, Sutter"),
    nouns=noun_blocks("""
agri: Agrargenossenschaft, Landwirtschaft, Obstbau, Forstbetrieb, Fischzucht, Agrarhandel
food: Backwaren, Brauerei, Molkerei, Fleischwaren, Feinkost, Getränke, Mühle, Bäckerei
textile: Textilwerke, Weberei, Textiltechnik, Bekleidung, Strickwaren, Technische Textilien
wood: Holzbau, Möbelwerkstätten, Sägewerk, Tischlerei, Holzverarbeitung, Zimmerei
chem: Kunststofftechnik, Chemie, Glaswerke, Papierfabrik, Druckerei, Keramik, Lackfabrik, Verpackungen
metal: Präzisionstechnik, Metallbau, Gießerei, Stahlbau, Schmiede, Oberflächentechnik, Blechbearbeitung, Drehteile
machinery: Maschinenbau, Antriebstechnik, Elektrotechnik, Automatisierungstechnik, Fahrzeugtechnik, Anlagenbau, Sondermaschinenbau, Werkzeugbau
energy_env: Energie, Solartechnik, Recycling, Umwelttechnik, Wassertechnik, Energiesysteme
construction: Bau, Hochbau, Tiefbau, Bauunternehmung, Dachbau, Baustoffe, Straßenbau
trade: Handel, Großhandel, Vertrieb, Handelshaus, Import-Export
transport: Spedition, Logistik, Transporte, Umzüge, Kurierdienst
tourism: Hotel, Reisen, Gastronomie, Touristik
media: Verlag, Medien, Werbeagentur, Filmproduktion, Design
ict: Software, IT-Systeme, Informatik, Datentechnik, Netzwerke, Digital
services: Steuerberatung, Unternehmensberatung, Immobilien, Personaldienstleistungen, Gebäudeservice, Versicherungsmakler
engineering: Ingenieurbüro, Messtechnik, Prüftechnik, Labortechnik, Entwicklung, Planung
public: Kommunalservice, Stadtwerke
education: Bildungszentrum, Akademie, Sprachschule
health: Medizintechnik, Pflegedienst, Apotheke, Praxisklinik, Reha-Zentrum
culture: Kultur, Sport, Veranstaltungen, Freizeit
"""),
    kw=blocks("""
agri: Landwirtschaft|Ackerbau|Milchviehhaltung|ökologischer Landbau|Forstwirtschaft|Obstbau
food: Lebensmittelverarbeitung|Backwaren|Molkereiprodukte|Fleischverarbeitung|Brauerei|regionale Lebensmittel
textile: technische Textilien|Arbeitskleidung|Vliesstoffe|Bekleidung|Weberei
wood: Holzverarbeitung|Möbelbau|Holzbau|Tischlerei|Sägewerk
chem: Kunststoffspritzguss|Kunststofftechnik|Chemie|Glas|Verpackungen|Druck|Keramik
metal: CNC-Bearbeitung|Schweißtechnik|Metallbau|Gießerei|Oberflächentechnik|Blechbearbeitung|Präzisionsteile
machinery: Maschinenbau|Automatisierung|Elektrotechnik|Automobilzulieferer|Instandhaltung|Robotik|Antriebstechnik
energy_env: erneuerbare Energien|Photovoltaik|Abfallwirtschaft|Recycling|Wasseraufbereitung|Energieeffizienz|Fernwärme|Wasserstoff
construction: Hochbau|Sanierung|Tiefbau|Straßenbau|Wärmedämmung|Baustoffe
trade: Großhandel|Einzelhandel|Vertrieb|Onlinehandel|Import|Export
transport: Güterverkehr|Logistik|Spedition|Lagerhaltung|Kurierdienste
tourism: Tourismus|Hotellerie|Gastronomie|Wellness|Tagungen
media: Verlagswesen|Werbung|Grafikdesign|Videoproduktion|Marketing
ict: Softwareentwicklung|IT-Dienstleistungen|Cloud-Lösungen|IT-Sicherheit|Datenanalyse|künstliche Intelligenz|Embedded Systems
services: Buchhaltung|Steuerberatung|Rechtsberatung|Personalvermittlung|Gebäudemanagement|Versicherungen
engineering: Konstruktion|Prüfdienstleistungen|Forschung und Entwicklung|Messtechnik|Ingenieurdienstleistungen|Prototypenbau
public: öffentliche Verwaltung|Regionalentwicklung|grenzüberschreitende Zusammenarbeit|Wirtschaftsförderung
education: Bildung|Weiterbildung|berufliche Ausbildung|Sprachkurse|MINT-Bildung
health: Gesundheitswesen|Medizinprodukte|soziale Dienste|Rehabilitation|Pflege
culture: Kultur|Sport|Freizeit|Museum|Festivals|Kulturerbe
"""),
    pos=bar("Geschäftsführer/Geschäftsführerin|Vertriebsleiter/Vertriebsleiterin|Exportleiter/Exportleiterin|"
            "Leiter Forschung und Entwicklung/Leiterin Forschung und Entwicklung|Projektleiter/Projektleiterin|"
            "Einkaufsleiter/Einkaufsleiterin|Produktionsleiter/Produktionsleiterin|"
            "Technischer Leiter/Technische Leiterin|Prokurist/Prokuristin|Vorstand|Key Account Manager|"
            "Assistenz der Geschäftsführung|G:Referent Wirtschaftsförderung/Referentin Wirtschaftsförderung|"
            "G:Bürgermeister/Bürgermeisterin|G:Amtsleiter/Amtsleiterin|Inhaber/Inhaberin|U:Lehrstuhlinhaber/Lehrstuhlinhaberin"),
    desc=[
        "*Familienunternehmen, gegründet {year}. Schwerpunkte: {kw1}, {kw2} und {kw3}.",
        "*Wir bieten {kw1} und {kw2} für Kunden in {n} Ländern.",
        '*Hersteller der Marke "{brand}"; Kernkompetenz: {kw1}.',
        "Mitglied im Netzwerk „{brand}“. Tätigkeitsfelder: {kw1}, {kw2}.",
        "Suchen Partner für gemeinsame Projekte im Bereich {kw1}; Erfahrung mit Interreg und Horizon Europe.",
        "*Mittelständischer Zulieferer: {kw1}, {kw2}; zertifiziert nach ISO 9001 und IATF 16949.",
    ],
    tpl=[(14, "{Surname} {Noun}", None), (10, "{Noun} {Town}", None), (8, "{TownAdj} {Noun}", None),
         (14, "{Brand}", None), (6, "{Brand} {Noun}", None), (5, "{Surname} & {Surname2}", None),
         (3, "{Surname} & Söhne", None), (6, "{Given} {Surname} {Noun}", "SOLE"), (5, "{Noun} {Surname}", None),
         (3, "{Acr} {Noun}", None), (3, "{BrandCountry}", None)],
    brand_pre=words("Metall Elektro Thermo Hydro Techno Kunststoff Präzi Werk Form Plasti Agri Bio Inno"),
    brand_suf=words("tec tech form werk matic plan tronic systeme teil guss"),
    acr="ABCDEFGHKLMNPRSTWZ",
)

LANG["hu"] = dict(
    gm=words("László István József János Zoltán Sándor Gábor Ferenc Attila Péter Tamás Zsolt Tibor András "
             "Csaba Imre Lajos György Balázs Róbert Gergely Ádám Dániel Levente Bence Márton Krisztián"),
    gf=words("Mária Erzsébet Katalin Éva Ilona Anna Zsuzsanna Margit Judit Ágnes Andrea Erika Krisztina "
             "Edit Gabriella Szilvia Anita Mónika Eszter Tímea Nikolett Réka Dóra Zsófia Boglárka Orsolya"),
    sn=commas("Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Kiss, Molnár, Németh, Farkas, Balogh, Papp, Takács, "
              "Juhász, Lakatos, Mészáros, Oláh, Simon, Rácz, Fekete, Szilágyi, Török, Fehér, Balázs, Gál, "
              "Kis, Szűcs, Kocsis, Pintér, Fodor, Szalai, Sipos, Magyar, Lukács, Gulyás, Biró, Király, "
              "Katona, László, Jakab, Bogdán, Sándor, Boros, Fazekas, Kelemen, Antal, Somogyi, Orosz, Fülöp, "
              "Vincze, Veres, Hegedűs, Deák, Budai, Pap, Bálint, Pál, Illés, Vörös, Vass, Szőke, Fábián, "
              "Lengyel, Bodnár, Hajdú, Halász, Máté, Székely, Gáspár, Pásztor, Bakos, Dudás, Major, Virág, "
              "Orbán, Hegyi, Barta, Erdős"),
    nouns=noun_blocks("""
agri: Mezőgazdasági, Agrár, Kertészet, Halgazdaság, Gazdaság
food: Pékség, Sütőipari, Tejipari, Húsipari, Sörfőzde, Pincészet, Édesipari, Malom
textile: Textilipari, Ruházati, Szövöde, Kötöttárugyár
wood: Faipari, Bútorgyár, Fűrészüzem, Asztalosipari
chem: Műanyagipari, Vegyipari, Üveggyár, Papíripari, Nyomda, Kerámia
metal: Fémipari, Fémfeldolgozó, Öntöde, Acélszerkezet, Lemezmegmunkáló
machinery: Gépgyár, Gépipari, Elektronikai, Automatizálási, Járműipari, Szerszámgyár
energy_env: Energetikai, Hőszolgáltató, Vízmű, Hulladékgazdálkodási, Környezetvédelmi, Napenergia
construction: Építőipari, Építő, Útépítő, Mélyépítő, Tetőfedő
trade: Kereskedelmi, Nagykereskedelmi, Áruház, Kereskedőház, Import-Export
transport: Szállítmányozási, Fuvarozó, Logisztikai, Közlekedési
tourism: Szálloda, Utazási Iroda, Vendéglátó, Turisztikai
media: Kiadó, Média, Reklámügynökség, Stúdió
ict: Informatikai, Szoftverfejlesztő, Rendszerház, Adatközpont, Távközlési
services: Könyvelő Iroda, Tanácsadó, Ingatlan, Vagyonkezelő, Biztosítási Alkusz
engineering: Mérnöki Iroda, Tervező, Kutató-Fejlesztő, Méréstechnikai, Laboratórium
public: Városgazdálkodási, Közüzemi
education: Oktatási Központ, Nyelviskola, Akadémia
health: Egészségügyi, Gyógyászati, Patika, Klinika, Rehabilitációs
culture: Kulturális, Sport, Rendezvényszervező, Szabadidő
"""),
    kw=blocks("""
agri: növénytermesztés|állattenyésztés|ökológiai gazdálkodás|erdőgazdálkodás|kertészet
food: élelmiszeripar|pékáru|tejtermékek|húsfeldolgozás|borászat|helyi élelmiszerek
textile: műszaki textíliák|munkaruházat|nemszőtt textíliák|ruházat|szövés
wood: fafeldolgozás|bútorgyártás|faházak|asztalosipar
chem: műanyag fröccsöntés|vegyipar|üveg|csomagolás|nyomdaipar|kerámia
metal: CNC megmunkálás|hegesztés|fémmegmunkálás|öntészet|felületkezelés|lemezmegmunkálás
machinery: gépgyártás|automatizálás|elektrotechnika|járműipar|karbantartás|robotika
energy_env: megújuló energia|napelemek|hulladékgazdálkodás|újrahasznosítás|víztisztítás|energiahatékonyság
construction: magasépítés|felújítás|mélyépítés|útépítés|hőszigetelés|építőanyagok
trade: nagykereskedelem|kiskereskedelem|disztribúció|webáruház|import|export
transport: közúti fuvarozás|logisztika|szállítmányozás|raktározás|futárszolgálat
tourism: turizmus|szálláshely|vendéglátás|wellness|gyógyturizmus
media: könyvkiadás|reklám|grafikai tervezés|videógyártás|marketing
ict: szoftverfejlesztés|informatikai szolgáltatások|felhőmegoldások|kiberbiztonság|adatelemzés|mesterséges intelligencia
services: könyvelés|adótanácsadás|jogi szolgáltatások|munkaerő-közvetítés|létesítménygazdálkodás|biztosítás
engineering: tervezés|műszaki vizsgálatok|kutatás-fejlesztés|méréstechnika|mérnöki tanácsadás
public: közigazgatás|területfejlesztés|határon átnyúló együttműködés|stratégiai tervezés
education: oktatás|felnőttképzés|szakképzés|nyelvtanfolyamok
health: egészségügy|orvostechnikai eszközök|szociális szolgáltatások|rehabilitáció|gyógyfürdő
culture: kultúra|sport|szabadidő|múzeum|fesztiválok|kulturális örökség
"""),
    pos=bar("Ügyvezető igazgató|Kereskedelmi igazgató|Értékesítési vezető|Exportmenedzser|Projektmenedzser|"
            "Műszaki igazgató|Termelésvezető|Beszerzési vezető|Fejlesztési vezető|Gazdasági igazgató|"
            "Irodavezető|G:Polgármester|G:Alpolgármester|U:Tanszékvezető"),
    desc=[
        "*Családi vállalkozás, alapítás éve: {year}. Fő tevékenységek: {kw1}, {kw2} és {kw3}.",
        "Fő területek: {kw1}, {kw2}; partnereket keresünk közös projektekhez.",
        '*Termékmárkánk: "{brand}". Szakterület: {kw1}.',
        "*Tevékenységi kör: {kw1}, {kw2}. Exportpiacok: Ausztria, Németország, Szlovákia.",
        "Együttműködési területek: {kw1}, {kw2}, {kw3}.",
    ],
    tpl=[(16, "{TownAdj} {Noun}", None), (10, "{Surname} és Társa", None), (14, "{Brand}", None),
         (8, "{Surname} {Noun}", None), (6, "{BrandCountry}", None), (4, "{Brand} {Noun}", None),
         (5, "{Surname} {Given}", "e.v.")],
    brand_pre=words("Agro Metal Elektro Techno Hun Inter Pannon Duna Tisza Mátra Bakony Alföld Ker Bau"),
    brand_suf=words("ker tech plast met trans invest fém bau coop line"),
    acr="ABCDEFGHKLMNOPRSTVZ",
)

LANG["sl"] = dict(
    gm=words("Franc Janez Marko Andrej Ivan Anton Jožef Luka Matej Peter Aleš Tomaž Bojan Primož Gregor Rok "
             "Jure Uroš Miha Boštjan Blaž Žiga Matjaž Dejan"),
    gf=words("Marija Ana Maja Irena Mojca Nina Mateja Barbara Nataša Andreja Petra Eva Katja Tanja Sabina "
             "Urška Tina Špela Alenka Metka Vesna Jožica Polona Nuša"),
    sn=commas("Novak, Horvat, Kovačič, Krajnc, Zupančič, Potočnik, Kovač, Mlakar, Kos, Vidmar, Golob, Turk, "
              "Božič, Kralj, Zupan, Bizjak, Hribar, Korošec, Rozman, Kotnik, Oblak, Petek, Kolar, Kastelic, "
              "Žagar, Koželj, Hočevar, Košir, Zajc, Medved, Pirc, Kranjc, Jereb, Rupnik, Šinkovec, Debeljak, "
              "Šuštar, Cerar, Lesjak, Vrhovnik"),
    adj={"m": "i", "f": "a", "n": "o", "p": "e", "a": "a"},
    nouns=noun_blocks("""
agri: kmetija/f, sadjarstvo/n, zadruga/f, vinska klet/f
food: pekarna/f, mlekarna/f, pivovarna/f, mesnine/p, oljarna/f
textile: tekstilna tovarna/f, predilnica/f, tkalnica/f, konfekcija/f
wood: žaga/f, mizarstvo/n, pohištvo/n, lesna industrija/f
chem: plastika/f, kemična tovarna/f, steklarna/f, papirnica/f, tiskarna/f
metal: livarna/f, kovinarstvo/n, kovinska industrija/f, železarna/f
machinery: strojna tovarna/f, elektrotehnika/f, avtomatika/f, orodjarna/f
energy_env: energetika/f, toplarna/f, vodovod/m, reciklaža/f
construction: gradbeništvo/n, gradbeno podjetje/n, gradnje/p
trade: trgovina/f, veletrgovina/f, distribucija/f
transport: avtoprevoz/m, logistika/f, špedicija/f
tourism: hotel/m, turistična agencija/f, gostilna/f
media: založba/f, studio/m, oglaševalska agencija/f
ict: informatika/f, programska oprema/f, telekomunikacije/p
services: svetovanje/n, računovodstvo/n, nepremičnine/p, odvetniška pisarna/f
engineering: inženiring/m, projektivni biro/m, laboratorij/m
public: komunala/f
education: izobraževalni center/m, jezikovna šola/f
health: klinika/f, lekarna/f, zdravstveni center/m
culture: gledališče/n, galerija/f, športni center/m
"""),
    kw=blocks("""
agri: kmetijstvo|ekološko kmetovanje|živinoreja|gozdarstvo|sadjarstvo
food: živilska industrija|pekovski izdelki|mlečni izdelki|mesni izdelki|vinarstvo
textile: tehnični tekstil|delovna oblačila|tekstilna industrija|konfekcija
wood: predelava lesa|pohištvo|lesene gradnje|mizarstvo
chem: brizganje plastike|kemična industrija|steklo|embalaža|tisk
metal: CNC obdelava|varjenje|kovinska predelava|livarstvo|površinska zaščita
machinery: strojegradnja|avtomatizacija|elektrotehnika|avtomobilska industrija|robotika|orodjarstvo
energy_env: obnovljivi viri energije|sončne elektrarne|ravnanje z odpadki|recikliranje|čiščenje vode
construction: visoke gradnje|obnove|nizke gradnje|gradnja cest|toplotna izolacija
trade: veleprodaja|maloprodaja|distribucija|spletna trgovina|uvoz|izvoz
transport: cestni prevoz|logistika|špedicija|skladiščenje
tourism: turizem|nastanitve|gostinstvo|wellness
media: založništvo|oglaševanje|grafično oblikovanje|video produkcija|marketing
ict: razvoj programske opreme|IT storitve|računalništvo v oblaku|kibernetska varnost|analitika podatkov
services: računovodstvo|davčno svetovanje|pravne storitve|kadrovske storitve|zavarovanje
engineering: projektiranje|tehnično preizkušanje|raziskave in razvoj|meroslovje
public: javna uprava|regionalni razvoj|čezmejno sodelovanje
education: izobraževanje|vseživljenjsko učenje|poklicno usposabljanje|jezikovni tečaji
health: zdravstvo|medicinski pripomočki|socialne storitve|rehabilitacija|zdraviliški turizem
culture: kultura|šport|prosti čas|muzejska dejavnost|kulturna dediščina
"""),
    pos=bar("Direktor/Direktorica|Vodja prodaje|Vodja razvoja|Projektni vodja/Projektna vodja|Vodja proizvodnje|"
            "Komercialist/Komercialistka|Izvozni referent/Izvozna referentka|"
            "Tehnični direktor/Tehnična direktorica|Prokurist/Prokuristka|G:Župan/Županja"),
    desc=[
        "*Družinsko podjetje, ustanovljeno leta {year}. Dejavnosti: {kw1}, {kw2} in {kw3}.",
        "Glavna področja: {kw1}, {kw2}; iščemo partnerje za skupne projekte.",
        '*Proizvajalec blagovne znamke "{brand}"; specializacija: {kw1}.',
        "Področja sodelovanja: {kw1}, {kw2}, {kw3}.",
    ],
    tpl=[(14, "{AdjNoun}", None), (12, "{Noun} {Town}", None), (10, "{Noun} {Surname}", None),
         (14, "{Brand}", None), (8, "{Noun} {Given} {Surname}", "SOLE"), (4, "{BrandCountry}", None)],
    brand_pre=words("Elektro Kovin Les Agro Gradbeno Alpe Sava Drava Kras Termo"),
    brand_suf=words("tehnika plast kov mont les trans tech"),
    acr="ABCDEFGHIJKLMNOPRSŠTUVZŽ",
)

LANG["hr"] = dict(
    gm=words("Ivan Marko Josip Tomislav Stjepan Ante Luka Mario Zoran Dražen Krešimir Hrvoje Goran Davor "
             "Željko Nikola Matej Petar Damir Igor Domagoj Dario Filip Ivica"),
    gf=words("Marija Ana Ivana Kata Mirjana Jelena Snježana Nikolina Petra Martina Maja Lucija Sanja Vesna "
             "Ivona Katarina Željka Tena Antonija Dubravka Gordana Lana Mia Nataša"),
    sn=commas("Horvat, Kovačević, Babić, Marić, Jurić, Novak, Kovačić, Knežević, Vuković, Marković, Petrović, "
              "Matić, Tomić, Pavlović, Božić, Blažević, Grgić, Pavić, Radić, Perić, Filipović, Šarić, Lovrić, "
              "Vidović, Perković, Popović, Bošnjak, Jukić, Barišić, Mandić, Đurić, Šimić, Crnković, Čović, "
              "Galić, Klarić, Brkić, Kolar, Lončar, Mikulić, Ćosić, Žužić"),
    adj={"m": "i", "f": "a", "n": "o", "p": "e", "a": "a"},
    nouns=noun_blocks("""
agri: farma/f, poljoprivredna zadruga/f, vinarija/f, ribarstvo/n
food: pekara/f, mljekara/f, pivovara/f, mesna industrija/f, uljara/f
textile: tekstilna tvornica/f, tvornica odjeće/f, pletionica/f
wood: pilana/f, stolarija/f, tvornica namještaja/f, drvna industrija/f
chem: tvornica plastike/f, kemijska industrija/f, staklana/f, tiskara/f, tvornica papira/f
metal: ljevaonica/f, metalska industrija/f, kovačnica/f, tvornica vijaka/f, bravarija/f, tvornica/f
machinery: tvornica strojeva/f, elektrotehnika/f, automatika/f, brodogradilište/n, tvornica/f
energy_env: energetika/f, toplana/f, vodovod/m, reciklaža/f
construction: graditeljstvo/n, građevinsko poduzeće/n, gradnja/f, niskogradnja/f
trade: trgovina/f, veletrgovina/f, distribucija/f
transport: prijevoz/m, logistika/f, špedicija/f, autoprijevoz/m
tourism: hotel/m, turistička agencija/f, kamp/m
media: izdavaštvo/n, studio/m, marketinška agencija/f
ict: informatika/f, softver/m, telekomunikacije/p, podatkovni centar/m
services: savjetovanje/n, računovodstvo/n, nekretnine/p, odvjetnički ured/m
engineering: inženjering/m, projektni biro/m, laboratorij/m
public: komunalno poduzeće/n
education: obrazovni centar/m, škola stranih jezika/f
health: poliklinika/f, ljekarna/f, zdravstveni centar/m
culture: kazalište/n, galerija/f, sportski centar/m
"""),
    kw=blocks("""
agri: poljoprivreda|ekološka proizvodnja|stočarstvo|šumarstvo|vinogradarstvo
food: prehrambena industrija|pekarski proizvodi|mliječni proizvodi|mesni proizvodi|maslinovo ulje|vinarstvo
textile: tehnički tekstil|radna odjeća|konfekcija|tekstilna industrija
wood: prerada drva|namještaj|drvene konstrukcije|stolarija
chem: injekcijsko prešanje plastike|kemijska industrija|staklo|ambalaža|tisak
metal: CNC obrada|zavarivanje|obrada metala|ljevarstvo|površinska zaštita
machinery: strojogradnja|automatizacija|elektrotehnika|brodogradnja|autoindustrija|robotika
energy_env: obnovljivi izvori energije|fotonaponski sustavi|gospodarenje otpadom|recikliranje|pročišćavanje vode
construction: visokogradnja|niskogradnja|obnova zgrada|izgradnja cesta|toplinska izolacija
trade: veleprodaja|maloprodaja|distribucija|web trgovina|uvoz|izvoz
transport: cestovni prijevoz|logistika|špedicija|skladištenje|pomorski prijevoz
tourism: turizam|smještaj|ugostiteljstvo|nautički turizam|wellness
media: izdavaštvo|oglašavanje|grafički dizajn|video produkcija|marketing
ict: razvoj softvera|IT usluge|rješenja u oblaku|kibernetička sigurnost|analiza podataka
services: računovodstvo|porezno savjetovanje|pravne usluge|zapošljavanje|osiguranje
engineering: projektiranje|tehnička ispitivanja|istraživanje i razvoj|mjeriteljstvo
public: javna uprava|regionalni razvoj|prekogranična suradnja|strateško planiranje
education: obrazovanje|cjeloživotno učenje|strukovno osposobljavanje|tečajevi stranih jezika
health: zdravstvo|medicinski proizvodi|socijalne usluge|rehabilitacija
culture: kultura|sport|slobodno vrijeme|muzejska djelatnost|kulturna baština
"""),
    pos=bar("Direktor/Direktorica|Voditelj prodaje/Voditeljica prodaje|Voditelj razvoja/Voditeljica razvoja|"
            "Voditelj projekta/Voditeljica projekta|Tehnički direktor/Tehnička direktorica|"
            "Komercijalist/Komercijalistica|Voditelj nabave/Voditeljica nabave|Član uprave/Članica uprave|"
            "Predsjednik uprave/Predsjednica uprave|G:Gradonačelnik/Gradonačelnica"),
    desc=[
        "*Obiteljska tvrtka osnovana {year}. godine. Djelatnosti: {kw1}, {kw2} i {kw3}.",
        "Glavna područja: {kw1}, {kw2}; tražimo partnere za zajedničke projekte.",
        '*Proizvođač robne marke "{brand}"; specijalizacija: {kw1}.',
        "Područja suradnje: {kw1}, {kw2}, {kw3}.",
    ],
    tpl=[(14, "{AdjNoun}", None), (12, "{Noun} {Town}", None), (10, "{Noun} {Surname}", None),
         (14, "{Brand}", None), (4, "{Surname} i sinovi", None), (4, "{BrandCountry}", None),
         (6, "Obrt {Brand}, vl. {Given} {Surname}", "")],
    brand_pre=words("Elektro Metal Agro Drvo Građ Jadran Sava Drava Dalmacija Istra Termo Eko"),
    brand_suf=words("tehna plast kom mont trans tech prom ing"),
    acr="ABCDEFGHIJKLMNOPRSTUVZ",
)

LANG["ro"] = dict(
    gm=words("Andrei Mihai Ion Alexandru Ștefan Bogdan Ionuț Cristian Răzvan Gheorghe Vasile Constantin Adrian "
             "Florin Marius Dan Daniel Radu Sorin Cătălin Gabriel Lucian Ovidiu Tudor"),
    gf=words("Maria Elena Ioana Andreea Mihaela Ana Cristina Alexandra Roxana Iulia Ștefania Gabriela Raluca "
             "Daniela Alina Simona Irina Oana Adriana Larisa Bianca Diana Camelia Loredana"),
    sn=commas("Popescu, Ionescu, Popa, Pop, Radu, Dumitru, Stan, Stoica, Gheorghe, Matei, Ciobanu, Ene, "
              "Constantin, Rusu, Mihai, Munteanu, Lungu, Marin, Tudor, Dinu, Cristea, Moldovan, Florea, Ștefan, "
              "Țurcanu, Bălan, Neagu, Sârbu, Dobre, Barbu, Nistor, Preda, Toma, Oprea, Zamfir, Voicu, Mocanu, "
              "Grigore, Manea, Iordache, Coman, Ardeleanu, Crăciun, Dragomir, Vlad, Roman, Bucur, Niculescu, "
              "Enache, Pârvu, Șerban, Ursu"),
    nouns=noun_blocks("""
agri: Agricola, Ferma, Agroindustriala, Piscicola, Podgoria
food: Panificație, Lactate, Fabrica de Bere, Carmangerie, Vinuri, Morărit
textile: Țesătoria, Confecții, Tricotaje, Filatura
wood: Mobila, Prelucrarea Lemnului, Fabrica de Mobilă, Cherestea
chem: Mase Plastice, Chimica, Sticla, Tipografia, Ambalaje, Ceramica
metal: Turnătoria, Metalurgica, Construcții Metalice, Prelucrări Mecanice, Forja
machinery: Uzina Mecanică, Electromecanica, Automatizări, Mecanica, Componente Auto
energy_env: Energie, Termoficare, Apă Canal, Reciclare
construction: Construcții, Instalații, Drumuri și Poduri, Materiale de Construcții
trade: Comerț, Distribuție, Import-Export, Trading
transport: Transport, Logistică, Expediții, Transporturi Internaționale
tourism: Hotel, Turism, Agenția de Turism, Restaurant
media: Editura, Media, Publicitate, Studio
ict: Software, Sisteme Informatice, Telecom, IT Solutions, Data Center
services: Consultanță, Contabilitate, Imobiliare, Servicii Financiare
engineering: Proiectare, Inginerie, Laborator, Cercetare
public: Servicii Publice, Salubritate
education: Centru de Formare, Școala de Limbi Străine, Academia
health: Clinica, Farmacia, Centrul Medical
culture: Evenimente, Sport Club, Centrul Cultural
"""),
    kw=blocks("""
agri: agricultură|zootehnie|agricultură ecologică|silvicultură|pomicultură
food: industrie alimentară|produse de panificație|lactate|procesarea cărnii|vinificație
textile: textile tehnice|îmbrăcăminte de lucru|confecții|țesătorie
wood: prelucrarea lemnului|mobilier|construcții din lemn|tâmplărie
chem: injecție mase plastice|industrie chimică|sticlă|ambalaje|tipografie
metal: prelucrare CNC|sudură|construcții metalice|turnătorie|tratamente de suprafață
machinery: construcții de mașini|automatizări|electrotehnică|industria auto|mentenanță|robotică
energy_env: energie regenerabilă|panouri fotovoltaice|gestionarea deșeurilor|reciclare|tratarea apei|eficiență energetică
construction: construcții civile|renovări|infrastructură|drumuri|izolații termice
trade: comerț cu ridicata|comerț cu amănuntul|distribuție|magazin online|import|export
transport: transport rutier|logistică|expediții|depozitare|curierat
tourism: turism|cazare|alimentație publică|wellness|agroturism
media: editură|publicitate|design grafic|producție video|marketing
ict: dezvoltare software|servicii IT|soluții cloud|securitate cibernetică|analiza datelor|inteligență artificială
services: contabilitate|consultanță fiscală|servicii juridice|recrutare|administrare imobile|asigurări
engineering: proiectare|testare tehnică|cercetare-dezvoltare|metrologie|consultanță tehnică
public: administrație publică|dezvoltare regională|cooperare transfrontalieră|planificare strategică
education: educație|formare profesională|învățare pe tot parcursul vieții|cursuri de limbi străine
health: sănătate|dispozitive medicale|servicii sociale|recuperare medicală|balneologie
culture: cultură|sport|agrement|muzeu|patrimoniu cultural
"""),
    pos=bar("Director general|Director comercial|Manager de proiect|Șef departament vânzări|Director tehnic|"
            "Inginer șef|Responsabil export|Administrator|Director economic|Specialist achiziții|G:Primar"),
    desc=[
        "*Firmă de familie înființată în {year}. Domenii de activitate: {kw1}, {kw2} și {kw3}.",
        "Principalele domenii: {kw1}, {kw2}; căutăm parteneri pentru proiecte comune.",
        '*Producător al mărcii "{brand}"; specializare: {kw1}.',
        "Domenii de cooperare: {kw1}, {kw2}, {kw3}.",
    ],
    tpl=[(16, "{Noun} {Town}", None), (10, "{Noun} {Surname}", None), (16, "{Brand}", None),
         (6, "{Brand} {Noun}", None), (4, "{Surname} & {Surname2}", None), (5, "{BrandCountry}", None),
         (3, "{Surname} {Given}", "PFA")],
    brand_pre=words("Agro Metal Electro Construct Trans Tehno Carpați Dacia Mureș Olt Prod Eco"),
    brand_suf=words("prod com trans plast serv tech mob ind construct"),
    acr="ABCDEFGHIJKLMNOPRSTUVZ",
)

LANG["lv"] = dict(
    gm=words("Jānis Andris Māris Juris Edgars Aivars Kaspars Mārtiņš Artūrs Raivis Roberts Kristaps Valdis "
             "Guntis Ivars Dainis Uldis Aigars Toms Rihards Oskars Gints Normunds"),
    gf=words("Anna Kristīne Laura Inese Ilze Līga Dace Linda Ieva Sanita Zane Santa Elīna Agnese Baiba Inga "
             "Marta Evija Gunta Aija Sandra Liene Dārta"),
    sn=commas("Bērziņš/Bērziņa, Kalniņš/Kalniņa, Ozoliņš/Ozoliņa, Jansons/Jansone, Ozols/Ozola, Liepiņš/Liepiņa, "
              "Krūmiņš/Krūmiņa, Balodis/Balode, Eglītis/Eglīte, Zariņš/Zariņa, Pētersons/Pētersone, "
              "Vītols/Vītola, Kļaviņš/Kļaviņa, Cīrulis/Cīrule, Vanags/Vanaga, Lapiņš/Lapiņa, "
              "Kārkliņš/Kārkliņa, Siliņš/Siliņa, Zālītis/Zālīte, Ābols/Ābola, Jurjāns/Jurjāne, Lūsis/Lūse, "
              "Rozenbergs/Rozenberga, Kalējs/Kalēja, Grīnbergs/Grīnberga, Dzenis/Dzene, Krastiņš/Krastiņa, "
              "Priedītis/Priedīte, Kurzemnieks/Kurzemniece"),
    nouns=noun_blocks("""
agri: Agro, Lauksaimnieks, Dārzi
food: Maiznīca, Piens, Alus, Gaļa, Konditoreja, Dzirnavas
textile: Tekstils, Apģērbi, Adījumi
wood: Koks, Mēbeles, Kokapstrāde, Zāģētava
chem: Plasts, Ķīmija, Stikls, Tipogrāfija, Iepakojums
metal: Metāls, Metālapstrāde, Lietuve, Kalve
machinery: Mašīnbūve, Elektrotehnika, Automātika, Iekārtas
energy_env: Enerģija, Siltums, Ūdens, Vide
construction: Būve, Celtnieks, Būvniecība, Ceļi
trade: Tirdzniecība, Nams, Serviss, Bāze
transport: Transports, Loģistika, Pārvadājumi, Ekspedīcija
tourism: Viesnīca, Tūrisms, Ceļojumi
media: Mediji, Izdevniecība, Reklāma, Studija
ict: Datori, Sistēmas, IT, Tīkli, Programmatūra
services: Konsultācijas, Grāmatvedība, Nekustamie Īpašumi, Finanses
engineering: Projekts, Inženierija, Laboratorija
public: Komunālserviss
education: Mācību Centrs, Valodu Skola, Akadēmija
health: Klīnika, Aptieka, Veselība
culture: Sports, Kultūra, Pasākumi
"""),
    kw=blocks("""
agri: lauksaimniecība|bioloģiskā lauksaimniecība|lopkopība|mežsaimniecība
food: pārtikas ražošana|maizes izstrādājumi|piena produkti|gaļas pārstrāde|alus darīšana
textile: tehniskais tekstils|darba apģērbi|šūšana|adīšana
wood: kokapstrāde|mēbeles|koka mājas|galdniecība|zāģmateriāli
chem: plastmasas liešana|ķīmiskā rūpniecība|stikls|iepakojums|poligrāfija
metal: CNC apstrāde|metināšana|metālapstrāde|lietuve|virsmu apstrāde
machinery: mašīnbūve|automatizācija|elektrotehnika|autobūve|robotika
energy_env: atjaunojamā enerģija|saules paneļi|atkritumu apsaimniekošana|pārstrāde|ūdens attīrīšana
construction: būvniecība|renovācija|ceļu būve|siltināšana|būvmateriāli
trade: vairumtirdzniecība|mazumtirdzniecība|izplatīšana|interneta veikals|imports|eksports
transport: kravu pārvadājumi|loģistika|ekspedīcija|noliktavas|kurjerpakalpojumi
tourism: tūrisms|naktsmītnes|ēdināšana|SPA
media: izdevējdarbība|reklāma|grafiskais dizains|video producēšana|mārketings
ict: programmatūras izstrāde|IT pakalpojumi|mākoņrisinājumi|kiberdrošība|datu analīze
services: grāmatvedība|nodokļu konsultācijas|juridiskie pakalpojumi|personāla atlase|apdrošināšana
engineering: projektēšana|testēšana|pētniecība un attīstība|metroloģija
public: valsts pārvalde|reģionālā attīstība|pārrobežu sadarbība
education: izglītība|mūžizglītība|profesionālā apmācība|valodu kursi
health: veselības aprūpe|medicīnas ierīces|sociālie pakalpojumi|rehabilitācija
culture: kultūra|sports|brīvais laiks|muzeji|kultūras mantojums
"""),
    pos=bar("Valdes priekšsēdētājs/Valdes priekšsēdētāja|Valdes loceklis/Valdes locekle|"
            "Pārdošanas vadītājs/Pārdošanas vadītāja|Projektu vadītājs/Projektu vadītāja|"
            "Eksporta vadītājs/Eksporta vadītāja|Tehniskais direktors/Tehniskā direktore|"
            "Izpilddirektors/Izpilddirektore"),
    desc=[
        "*Ģimenes uzņēmums, dibināts {year}. gadā. Darbības jomas: {kw1}, {kw2} un {kw3}.",
        "Galvenās jomas: {kw1}, {kw2}; meklējam partnerus kopīgiem projektiem.",
        '*Zīmola "{brand}" ražotājs; specializācija: {kw1}.',
    ],
    tpl=[(16, "{TownGen} {Noun}", None), (16, "{Brand}", None), (6, "{Brand} {Noun}", None),
         (4, "{Surname} un partneri", None), (4, "{BrandCountry}", None)],
    brand_pre=words("Balt Latv Daugava Gauja Venta Dzintars Koku Metāl Agro Elektro Tehno"),
    brand_suf=words("koks met trans serviss tehnika plast būve nams"),
    acr="ABCDEFGHIJKLMNOPRSTUVZ",
)

LANG["lt"] = dict(
    gm=words("Tomas Mindaugas Darius Andrius Jonas Vytautas Paulius Rimantas Marius Linas Giedrius Saulius "
             "Antanas Audrius Egidijus Justas Lukas Mantas Žygimantas Kęstutis Algirdas Gintaras"),
    gf=words("Rūta Jurgita Inga Asta Laura Kristina Rasa Vilma Giedrė Eglė Aušra Ieva Neringa Agnė Simona "
             "Dalia Jolanta Lina Austėja Gabija Ugnė Vaida"),
    sn=commas("Kazlauskas/Kazlauskienė/Kazlauskaitė, Jankauskas/Jankauskienė/Jankauskaitė, "
              "Petrauskas/Petrauskienė/Petrauskaitė, Stankevičius/Stankevičienė/Stankevičiūtė, "
              "Vasiliauskas/Vasiliauskienė/Vasiliauskaitė, Žukauskas/Žukauskienė/Žukauskaitė, "
              "Butkus/Butkienė/Butkutė, Paulauskas/Paulauskienė/Paulauskaitė, Urbonas/Urbonienė/Urbonaitė, "
              "Kavaliauskas/Kavaliauskienė/Kavaliauskaitė, Navickas/Navickienė/Navickaitė, "
              "Ramanauskas/Ramanauskienė/Ramanauskaitė, Šimkus/Šimkienė/Šimkutė, "
              "Baranauskas/Baranauskienė/Baranauskaitė, Žilinskas/Žilinskienė/Žilinskaitė, "
              "Vaitkus/Vaitkienė/Vaitkutė, Rimkus/Rimkienė/Rimkutė, Adomaitis/Adomaitienė/Adomaitytė, "
              "Mockus/Mockienė/Mockutė, Lukoševičius/Lukoševičienė/Lukoševičiūtė, Kairys/Kairienė/Kairytė, "
              "Balčiūnas/Balčiūnienė/Balčiūnaitė, Sakalauskas/Sakalauskienė/Sakalauskaitė, "
              "Kriščiūnas/Kriščiūnienė/Kriščiūnaitė, Jonaitis/Jonaitienė/Jonaitytė, Grigas/Grigienė/Grigaitė"),
    nouns=noun_blocks("""
agri: agro, ūkis, sodai
food: duona, pienas, alus, mėsa, kepykla, konditerija
textile: tekstilė, drabužiai, siuvykla
wood: baldai, mediena, lentpjūvė
chem: plastikas, chemija, stiklas, spaustuvė, pakuotė
metal: metalas, metalo apdirbimas, liejykla
machinery: mašinos, elektrotechnika, automatika, įranga
energy_env: energija, šiluma, vandenys, atliekų tvarkymas
construction: statyba, statybos projektai, keliai
trade: prekyba, prekybos namai, didmena
transport: transportas, logistika, ekspedicija, pervežimai
tourism: viešbutis, kelionės, turizmas
media: leidykla, media, reklama, studija
ict: sistemos, programinė įranga, IT sprendimai, tinklai
services: konsultacijos, apskaita, nekilnojamasis turtas, finansai
engineering: projektai, inžinerija, laboratorija
public: komunalinės paslaugos
education: mokymo centras, kalbų mokykla, akademija
health: klinika, vaistinė, sveikata
culture: sportas, kultūra, renginiai
"""),
    kw=blocks("""
agri: žemės ūkis|ekologinis ūkininkavimas|gyvulininkystė|miškininkystė
food: maisto pramonė|duonos gaminiai|pieno produktai|mėsos perdirbimas|alaus gamyba
textile: techninė tekstilė|darbo drabužiai|siuvimas|mezgimas
wood: medienos apdirbimas|baldai|mediniai namai|stalių gaminiai
chem: plastiko liejimas|chemijos pramonė|stiklas|pakuotės|spauda
metal: CNC apdirbimas|suvirinimas|metalo apdirbimas|liejyba|paviršių apdorojimas
machinery: mašinų gamyba|automatizavimas|elektrotechnika|automobilių pramonė|robotika
energy_env: atsinaujinanti energija|saulės elektrinės|atliekų tvarkymas|perdirbimas|vandens valymas
construction: statyba|renovacija|kelių tiesimas|šiltinimas|statybinės medžiagos
trade: didmeninė prekyba|mažmeninė prekyba|platinimas|elektroninė parduotuvė|importas|eksportas
transport: krovinių vežimas|logistika|ekspedijavimas|sandėliavimas|kurjerių paslaugos
tourism: turizmas|apgyvendinimas|maitinimas|SPA
media: leidyba|reklama|grafinis dizainas|vaizdo gamyba|rinkodara
ict: programinės įrangos kūrimas|IT paslaugos|debesijos sprendimai|kibernetinis saugumas|duomenų analitika
services: apskaita|mokesčių konsultacijos|teisinės paslaugos|personalo atranka|draudimas
engineering: projektavimas|bandymai|moksliniai tyrimai ir plėtra|metrologija
public: viešasis administravimas|regioninė plėtra|tarpvalstybinis bendradarbiavimas
education: švietimas|mokymasis visą gyvenimą|profesinis mokymas|kalbų kursai
health: sveikatos priežiūra|medicinos prietaisai|socialinės paslaugos|reabilitacija
culture: kultūra|sportas|laisvalaikis|muziejai|kultūros paveldas
"""),
    pos=bar("Direktorius/Direktorė|Generalinis direktorius/Generalinė direktorė|Pardavimų vadovas/Pardavimų vadovė|"
            "Projektų vadovas/Projektų vadovė|Eksporto vadybininkas/Eksporto vadybininkė|"
            "Technikos direktorius/Technikos direktorė|Pirkimų vadovas/Pirkimų vadovė"),
    desc=[
        "*Šeimos įmonė, įkurta {year} m. Veiklos sritys: {kw1}, {kw2} ir {kw3}.",
        "Pagrindinės sritys: {kw1}, {kw2}; ieškome partnerių bendriems projektams.",
        '*Prekės ženklo "{brand}" gamintojas; specializacija: {kw1}.',
    ],
    tpl=[(16, "{TownGen} {noun}", None), (16, "{Brand}", None), (6, "{Brand} {noun}", None),
         (4, "{BrandCountry}", None), (3, "{Surname} ir partneriai", None)],
    brand_pre=words("Balt Lit Nemun Vilnel Agro Metal Elektro Tech Medi Stat"),
    brand_suf=words("ra ita tech met plast trans lit eksport"),
    acr="ABCDEFGHIJKLMNOPRSTUVZ",
)

LANG["et"] = dict(
    gm=words("Andres Jaan Mart Toomas Rein Priit Margus Tarmo Raivo Kristjan Siim Marko Indrek Tõnu Urmas"),
    gf=words("Kadri Tiina Kristi Anne Liis Kati Maarja Piret Triin Eha Mari Helen Merle Ülle Kersti"),
    sn=commas("Tamm, Saar, Sepp, Mägi, Kask, Kukk, Rebane, Ilves, Pärn, Koppel, Lepik, Oja, Kuusk, Karu, Kallas, "
              "Lõhmus, Raudsepp, Vaher, Põder, Kivi, Mölder, Laur, Jõgi, Org"),
    nouns=noun_blocks("""
agri: Agro, Talu, Põllumajandus
food: Pagarikoda, Piimatööstus, Õlletehas, Lihatööstus
textile: Tekstiil, Rõivas
wood: Puit, Mööbel, Saeveski, Puidutööstus
chem: Plast, Keemia, Klaas, Trükikoda, Pakend
metal: Metall, Metallitööstus, Valukoda
machinery: Masinaehitus, Elektroonika, Automaatika, Tehnika
energy_env: Energia, Soojus, Vesi, Keskkond
construction: Ehitus, Teedeehitus, Ehitusmaterjalid
trade: Kaubandus, Hulgimüük, Kaubamaja
transport: Transport, Logistika, Veod
tourism: Hotell, Reisid, Turism
media: Meedia, Kirjastus, Reklaam, Stuudio
ict: Tarkvara, Süsteemid, IT, Andmeside
services: Konsult, Raamatupidamine, Kinnisvara, Finants
engineering: Inseneribüroo, Projekt, Labor
public: Kommunaal
education: Koolituskeskus, Keelekool, Akadeemia
health: Kliinik, Apteek, Tervis
culture: Sport, Kultuur, Üritused
"""),
    kw={},
    pos=bar("Juhatuse liige|Juhatuse esimees|Tegevjuht|Müügijuht|Projektijuht|Ekspordijuht|Tehniline direktor"),
    desc=[],
    tpl=[(16, "{TownGen} {Noun}", None), (16, "{Brand}", None), (4, "{BrandCountry}", None),
         (4, "{Surname} ja Pojad", None)],
    brand_pre=words("Balti Eesti Viru Harju Peipsi Emajõe Tehno Metall Puit Agro"),
    brand_suf=words("tehnika metall puit trans plast ehitus grupp"),
    acr="ABDEGHIJKLMNOPRSTUV",
)

LANG["fr"] = dict(
    gm=words("Jean Pierre Michel Philippe Nicolas François Julien Thomas Antoine Sébastien Stéphane Frédéric "
             "Jérôme Benoît Hervé Laurent Olivier Christophe Mathieu Guillaume Éric Luc Yannick Rémi"),
    gf=words("Marie Nathalie Isabelle Sylvie Catherine Sophie Céline Émilie Hélène Camille Chloé Léa Élodie "
             "Aurélie Valérie Françoise Julie Claire Anne Sandrine Delphine Agnès Margaux Noémie"),
    sn=commas("Martin, Bernard, Thomas, Petit, Robert, Richard, Durand, Dubois, Moreau, Laurent, Simon, Michel, "
              "Lefèvre, Leroy, Roux, David, Bertrand, Morel, Fournier, Girard, Bonnet, Dupont, Lambert, Fontaine, "
              "Rousseau, Vincent, Muller, Lefebvre, Faure, André, Mercier, Blanc, Guérin, Boyer, Garnier, "
              "Chevalier, François, Legrand, Gauthier, Perrin, Robin, Clément, Morin, Nicolas, Henry, Roussel, "
              "Mathieu, Gautier, Masson, Marchand, Duval, Denis, Dumont, Lemaire, Noël, Meyer, Dufour, Meunier, "
              "Brun, Blanchard, Giraud, Joly, Rivière, Lucas, Brunet, Gaillard, Barbier, Arnaud, Besnard, "
              "Péron, Lécuyer, Desjardins, Schmitt, Weiss, Heitz, Girardot, Cuenot, Vuillemin"),
    nouns=noun_blocks("""
agri: Domaine, Vergers, Coopérative agricole, Pisciculture
food: Boulangerie, Fromagerie, Brasserie, Salaisons, Biscuiterie, Conserverie, Minoterie
textile: Tissages, Filature, Textiles, Confection
wood: Menuiserie, Scierie, Meubles, Ébénisterie, Charpente
chem: Plastiques, Verrerie, Papeterie, Imprimerie, Chimie, Céramiques
metal: Fonderie, Forges, Chaudronnerie, Mécanique de précision, Décolletage, Métallerie
machinery: Ateliers, Constructions mécaniques, Automatismes, Électrotechnique, Équipements industriels
energy_env: Énergies, Environnement, Recyclage, Eaux, Solaire
construction: Bâtiment, Travaux publics, Constructions, Charpentes, Matériaux
trade: Distribution, Négoce, Comptoir, Import-Export
transport: Transports, Logistique, Messagerie, Déménagements
tourism: Hôtel, Voyages, Restaurant, Camping
media: Éditions, Communication, Studio, Publicité
ict: Informatique, Systèmes, Logiciels, Numérique, Réseaux
services: Conseil, Expertise comptable, Immobilier, Courtage, Services
engineering: Bureau d'études, Ingénierie, Laboratoire, Études et Recherches
public: Régie
education: Centre de formation, Institut, Académie
health: Clinique, Pharmacie, Centre médical, Laboratoire d'analyses
culture: Théâtre, Événements, Loisirs, Sports
"""),
    kw=blocks("""
agri: agriculture|élevage|agriculture biologique|sylviculture|viticulture
food: agroalimentaire|boulangerie industrielle|produits laitiers|charcuterie|brasserie artisanale|produits régionaux
textile: textiles techniques|vêtements de travail|non-tissés|confection|tissage
wood: transformation du bois|mobilier|construction bois|menuiserie
chem: injection plastique|chimie|verre|emballages|imprimerie|céramique
metal: usinage CNC|soudage|chaudronnerie|fonderie|traitement de surface|emboutissage|décolletage
machinery: mécanique|automatisation|électrotechnique|sous-traitance automobile|maintenance industrielle|robotique
energy_env: énergies renouvelables|photovoltaïque|gestion des déchets|recyclage|traitement de l'eau|efficacité énergétique
construction: bâtiment|rénovation|travaux publics|voirie|isolation thermique|matériaux de construction
trade: commerce de gros|commerce de détail|distribution|vente en ligne|import|export
transport: transport routier|logistique|commission de transport|entreposage|messagerie
tourism: tourisme|hébergement|restauration|bien-être|tourisme d'affaires
media: édition|publicité|design graphique|production vidéo|marketing
ict: développement logiciel|services informatiques|solutions cloud|cybersécurité|analyse de données|intelligence artificielle
services: comptabilité|conseil fiscal|services juridiques|recrutement|gestion immobilière|assurance
engineering: bureau d'études|essais techniques|recherche et développement|métrologie|ingénierie
public: administration publique|développement régional|coopération transfrontalière|planification
education: éducation|formation continue|formation professionnelle|cours de langues
health: santé|dispositifs médicaux|services sociaux|rééducation|thermalisme
culture: culture|sport|loisirs|musées|festivals|patrimoine
"""),
    pos=bar("Directeur général/Directrice générale|Gérant/Gérante|Directeur commercial/Directrice commerciale|"
            "Responsable export|Chef de projet/Cheffe de projet|Responsable R&D|"
            "Directeur technique/Directrice technique|Responsable des achats|"
            "Ingénieur d'affaires/Ingénieure d'affaires|Président/Présidente|Chargé de mission/Chargée de mission|"
            "G:Maire|G:Directeur du développement économique/Directrice du développement économique"),
    desc=[
        "*Entreprise familiale fondée en {year}. Activités : {kw1}, {kw2} et {kw3}.",
        "Principaux domaines : {kw1}, {kw2} ; nous recherchons des partenaires pour des projets communs.",
        "*Fabricant de la marque « {brand} » ; spécialité : {kw1}.",
        '*PME spécialisée : {kw1}, {kw2}. Export vers {n} pays ; marque "{brand}".',
        "Domaines de coopération : {kw1}, {kw2}, {kw3}.",
    ],
    tpl=[(12, "{Noun} {de_Town}", None), (10, "{Noun} {Surname}", None), (5, "{Surname} et Fils", None),
         (3, "{Surname} & Associés", None), (14, "{Brand}", None), (5, "Établissements {Surname}", None),
         (4, "Groupe {Surname}", None), (4, "{BrandCountry}", None), (3, "{Surname}-{Surname2}", None)],
    brand_pre=words("Alp Atlant Franco Provence Jura Vosges Armor Méca Thermi Hydro Électro Agri Tech Nov"),
    brand_suf=words("tec méca plast industrie concept services systèmes fluid form"),
    acr="ABCDEFGHJKLMNPRSTV",
)

LANG["it"] = dict(
    gm=words("Marco Giuseppe Giovanni Antonio Francesco Luca Andrea Alessandro Stefano Matteo Paolo Roberto "
             "Davide Simone Lorenzo Massimo Fabio Riccardo Nicola Daniele Niccolò Mattia"),
    gf=words("Maria Anna Giulia Francesca Chiara Sara Laura Valentina Elena Alessandra Silvia Federica Paola "
             "Martina Elisa Roberta Giorgia Barbara Cristina Manuela Benedetta Noemi"),
    sn=commas("Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, "
              "Conti, De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, Barbieri, Fontana, Santoro, "
              "Mariani, Rinaldi, Caruso, Ferrara, Galli, Martini, Leone, Longo, Gentile, Martinelli, Vitale, "
              "Lombardo, Serra, Coppola, De Santis, D'Angelo, Marchetti, Parisi, Villa, Conte, Ferraro, Ferri, "
              "Fabbri, Bianco, Marini, Grasso, Valentini, Messina, Sala, De Angelis, Gatti, Pellegrini, "
              "Palumbo, Sanna, Farina, Rizzi, Monti, Cattaneo, Morelli, Amato, Silvestri, Mazza, Testa, "
              "Grassi, Carbone, Giuliani, Benedetti, Barone, Caputo, Montanari, Guerra, Palmieri, Bernardi, "
              "Fiore, De Rosa, Ferretti, Bellini, Basile, Riva, Donati, Piras, Vitali, Battaglia, Sartori, "
              "Neri, Costantini, Milani, Pagano, Ruggiero, Sorrentino, D'Amico, Orlando, Negri, Zanetti, Bortolin"),
    nouns=noun_blocks("""
agri: Azienda Agricola, Agricola, Cantina, Frantoio, Allevamenti
food: Panificio, Caseificio, Birrificio, Salumificio, Pastificio, Dolciaria, Molino
textile: Tessitura, Filatura, Lanificio, Maglificio, Confezioni
wood: Mobilificio, Falegnameria, Segheria, Arredamenti, Legnami
chem: Materie Plastiche, Vetreria, Cartiera, Tipografia, Chimica, Ceramiche
metal: Fonderia, Acciaierie, Carpenteria Metallica, Minuterie Metalliche, Officine Meccaniche, Trafileria
machinery: Meccanica, Costruzioni Meccaniche, Automazione, Elettromeccanica, Macchine Utensili, Componenti Auto
energy_env: Energia, Ambiente, Ecologia, Servizi Idrici, Fotovoltaico
construction: Costruzioni, Edilizia, Impresa Edile, Strade, Materiali Edili
trade: Commerciale, Distribuzione, Import Export, Forniture
transport: Trasporti, Logistica, Spedizioni, Autotrasporti
tourism: Albergo, Hotel, Viaggi, Ristorante, Agriturismo
media: Edizioni, Comunicazione, Studio, Pubblicità
ict: Informatica, Sistemi, Software, Digitale, Reti
services: Consulenza, Studio Associato, Immobiliare, Servizi, Assicurazioni
engineering: Studio Tecnico, Ingegneria, Laboratorio, Progettazione, Ricerca
public: Servizi Pubblici
education: Centro di Formazione, Istituto, Accademia
health: Clinica, Farmacia, Centro Medico, Poliambulatorio
culture: Teatro, Eventi, Sport, Cultura
"""),
    kw=blocks("""
agri: agricoltura|allevamento|agricoltura biologica|viticoltura|olio extravergine
food: agroalimentare|prodotti da forno|prodotti caseari|salumi|birra artigianale|pasta
textile: tessuti tecnici|abbigliamento da lavoro|tessitura|maglieria|moda
wood: lavorazione del legno|arredamento|case in legno|falegnameria
chem: stampaggio plastica|chimica|vetro|imballaggi|stampa|ceramica
metal: lavorazioni CNC|saldatura|carpenteria metallica|fonderia|trattamenti superficiali|stampaggio lamiera
machinery: meccanica|automazione industriale|elettromeccanica|automotive|manutenzione|robotica|macchine utensili
energy_env: energie rinnovabili|fotovoltaico|gestione rifiuti|riciclo|trattamento acque|efficienza energetica
construction: edilizia|ristrutturazioni|opere pubbliche|strade|isolamento termico|materiali edili
trade: commercio all'ingrosso|commercio al dettaglio|distribuzione|e-commerce|import|export
transport: autotrasporto|logistica|spedizioni|magazzinaggio|corriere
tourism: turismo|ospitalità|ristorazione|benessere|agriturismo
media: editoria|pubblicità|grafica|produzione video|marketing
ict: sviluppo software|servizi informatici|soluzioni cloud|sicurezza informatica|analisi dati|intelligenza artificiale
services: contabilità|consulenza fiscale|servizi legali|selezione del personale|gestione immobiliare|assicurazioni
engineering: progettazione|prove tecniche|ricerca e sviluppo|metrologia|ingegneria
public: pubblica amministrazione|sviluppo regionale|cooperazione transfrontaliera|pianificazione
education: istruzione|formazione continua|formazione professionale|corsi di lingua
health: sanità|dispositivi medici|servizi sociali|riabilitazione|termalismo
culture: cultura|sport|tempo libero|musei|festival|patrimonio culturale
"""),
    pos=bar("Amministratore delegato/Amministratrice delegata|Direttore commerciale/Direttrice commerciale|"
            "Responsabile export|Project manager|Responsabile R&S|Direttore tecnico/Direttrice tecnica|"
            "Responsabile acquisti|Titolare|Presidente|Area manager|G:Sindaco/Sindaca"),
    desc=[
        "*Azienda familiare fondata nel {year}. Attività: {kw1}, {kw2} e {kw3}.",
        "Settori principali: {kw1}, {kw2}; cerchiamo partner per progetti comuni.",
        '*Produttore del marchio "{brand}"; specializzazione: {kw1}.',
        "*PMI attiva nei settori: {kw1}, {kw2}. Esportiamo in {n} paesi.",
        "Ambiti di cooperazione: {kw1}, {kw2}, {kw3}.",
    ],
    tpl=[(12, "{Noun} {Surname}", None), (8, "{Noun} di {Town}", None), (5, "F.lli {Surname}", None),
         (5, "{Surname} & Figli", None), (14, "{Brand}", None), (4, "{BrandCountry}", None),
         (4, "{Brand} {Noun}", None), (3, "{Surname} {Noun}", None)],
    brand_pre=words("Alpi Adria Tecno Metal Idro Termo Elettro Euro Italo Vene Lombard Ind Plast Mecc"),
    brand_suf=words("tec mec plast met form flex line group sistemi fer"),
    acr="ABCDEFGHILMNOPRSTVZ",
)

LANG["es"] = dict(
    gm=words("Antonio José Manuel Francisco David Javier Daniel Carlos Jesús Alejandro Miguel Rafael Pablo "
             "Sergio Fernando Jorge Luis Alberto Álvaro Íñigo Joaquín Raúl Jordi Xabier"),
    gf=words("María Carmen Ana Laura Isabel Cristina Marta Lucía Elena Paula Sara Raquel Pilar Beatriz Nuria "
             "Rocío Silvia Patricia Montserrat Inés Begoña Ainhoa Núria Itziar"),
    sn=commas("García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez, Gómez, Martín, Jiménez, "
              "Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez, Navarro, Torres, "
              "Domínguez, Vázquez, Ramos, Gil, Ramírez, Serrano, Blanco, Molina, Morales, Suárez, Ortega, "
              "Delgado, Castro, Ortiz, Rubio, Marín, Sanz, Núñez, Iglesias, Medina, Garrido, Cortés, Castillo, "
              "Santos, Lozano, Guerrero, Cano, Prieto, Méndez, Cruz, Calvo, Gallego, Herrera, Márquez, León, "
              "Peña, Flores, Cabrera, Campos, Vega, Fuentes, Carrasco, Aguirre, Etxeberria, Puig, Ferrer, Vidal"),
    nouns=noun_blocks("""
agri: Explotaciones Agrícolas, Viveros, Bodegas, Granjas
food: Panadería, Conservas, Embutidos, Cervecera, Aceites, Quesería, Harinera
textile: Textil, Confecciones, Hilaturas, Tejidos
wood: Maderas, Muebles, Carpintería, Aserradero
chem: Plásticos, Química, Vidrios, Papelera, Artes Gráficas, Cerámicas
metal: Fundiciones, Talleres Mecánicos, Construcciones Metálicas, Forjas, Mecanizados, Estampaciones
machinery: Maquinaria, Talleres, Automatismos, Electromecánica, Componentes de Automoción
energy_env: Energía, Medio Ambiente, Reciclajes, Aguas, Solar
construction: Construcciones, Obras y Servicios, Edificaciones, Excavaciones, Materiales de Construcción
trade: Comercial, Distribuciones, Suministros, Importaciones
transport: Transportes, Logística, Mudanzas, Transitarios
tourism: Hotel, Viajes, Restaurante, Turismo Rural
media: Ediciones, Comunicación, Estudio, Publicidad
ict: Informática, Sistemas, Software, Soluciones Digitales, Redes
services: Asesoría, Consultoría, Inmobiliaria, Gestoría, Servicios
engineering: Ingeniería, Laboratorio, Proyectos, Estudios Técnicos
public: Servicios Municipales
education: Centro de Formación, Academia, Instituto
health: Clínica, Farmacia, Centro Médico
culture: Teatro, Eventos, Deportes, Cultura
"""),
    kw=blocks("""
agri: agricultura|ganadería|agricultura ecológica|silvicultura|viticultura
food: industria alimentaria|panadería|productos lácteos|embutidos|cerveza artesana|aceite de oliva
textile: textiles técnicos|ropa laboral|confección|tejidos
wood: transformación de la madera|mobiliario|construcción en madera|carpintería
chem: inyección de plásticos|química|vidrio|envases|artes gráficas|cerámica
metal: mecanizado CNC|soldadura|calderería|fundición|tratamientos superficiales|estampación
machinery: maquinaria|automatización|electromecánica|automoción|mantenimiento industrial|robótica
energy_env: energías renovables|fotovoltaica|gestión de residuos|reciclaje|tratamiento de aguas|eficiencia energética
construction: edificación|rehabilitación|obra civil|carreteras|aislamiento térmico|materiales de construcción
trade: comercio mayorista|comercio minorista|distribución|tienda online|importación|exportación
transport: transporte por carretera|logística|transitario|almacenaje|mensajería
tourism: turismo|alojamiento|restauración|bienestar|turismo rural
media: edición|publicidad|diseño gráfico|producción audiovisual|marketing
ict: desarrollo de software|servicios informáticos|soluciones en la nube|ciberseguridad|análisis de datos|inteligencia artificial
services: contabilidad|asesoría fiscal|servicios jurídicos|selección de personal|gestión inmobiliaria|seguros
engineering: ingeniería|ensayos técnicos|investigación y desarrollo|metrología|proyectos
public: administración pública|desarrollo regional|cooperación transfronteriza|planificación estratégica
education: educación|formación continua|formación profesional|cursos de idiomas
health: sanidad|productos sanitarios|servicios sociales|rehabilitación|balnearios
culture: cultura|deporte|ocio|museos|festivales|patrimonio cultural
"""),
    pos=bar("Director general/Directora general|Gerente|Director comercial/Directora comercial|"
            "Responsable de exportación|Jefe de proyecto/Jefa de proyecto|Responsable de I+D|"
            "Director técnico/Directora técnica|Responsable de compras|Administrador único/Administradora única|"
            "Técnico de proyectos europeos/Técnica de proyectos europeos|G:Alcalde/Alcaldesa"),
    desc=[
        "*Empresa familiar fundada en {year}. Actividades: {kw1}, {kw2} y {kw3}.",
        "Principales áreas: {kw1}, {kw2}; buscamos socios para proyectos conjuntos.",
        '*Fabricante de la marca "{brand}"; especialidad: {kw1}.',
        "*Pyme activa en: {kw1}, {kw2}. Exportamos a {n} países.",
        "Áreas de cooperación: {kw1}, {kw2}, {kw3}.",
    ],
    tpl=[(12, "{Noun} {Surname}", None), (8, "{Noun} de {Town}", None), (5, "{Surname} e Hijos", None),
         (14, "{Brand}", None), (4, "Grupo {Surname}", None), (4, "{BrandCountry}", None),
         (4, "{Noun} {Brand}", None)],
    brand_pre=words("Ibero Hispano Cantabria Norte Levante Mediterráneo Tecno Metal Electro Termo Agro Eco Vasco Gal"),
    brand_suf=words("tec metal plast form sistemas line group industrial mec"),
    acr="ABCDEFGHIJLMNOPRSTV",
)

LANG["pt"] = dict(
    gm=words("João José António Francisco Manuel Pedro Rui Paulo Luís Miguel Nuno Tiago Ricardo Bruno André "
             "Carlos Hugo Diogo Gonçalo Fernando"),
    gf=words("Maria Ana Joana Catarina Sofia Inês Mariana Sara Rita Marta Patrícia Cláudia Sandra Filipa "
             "Beatriz Teresa Helena Isabel Susana Conceição"),
    sn=commas("Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Jesus, Sousa, Fernandes, "
              "Gonçalves, Gomes, Lopes, Marques, Alves, Almeida, Ribeiro, Pinto, Carvalho, Teixeira, Moreira, "
              "Correia, Mendes, Nunes, Soares, Vieira, Monteiro, Cardoso, Rocha, Raposo, Neves, Coelho, Cruz, "
              "Cunha, Pires, Ramos, Reis, Simões, Antunes, Matos, Fonseca, Machado, Araújo, Barbosa, Tavares, "
              "Lourenço, Castro, Figueiredo, Azevedo, Freitas, Magalhães, Brandão"),
    nouns=noun_blocks("""
agri: Quinta, Herdade, Agrícola, Adega
food: Panificadora, Lacticínios, Conservas, Cervejaria, Azeites, Padaria
textile: Têxtil, Confeções, Fiação, Malhas, Calçado
wood: Madeiras, Mobiliário, Carpintaria, Cortiças
chem: Plásticos, Química, Vidros, Gráfica, Cerâmicas, Moldes
metal: Metalúrgica, Fundição, Serralharia, Metalomecânica, Cutelarias
machinery: Máquinas, Automação, Eletromecânica, Componentes Auto
energy_env: Energia, Ambiente, Reciclagem, Águas, Solar
construction: Construções, Obras Públicas, Engenharia e Construção, Materiais de Construção
trade: Comercial, Distribuição, Import-Export, Trading
transport: Transportes, Logística, Mudanças, Transitários
tourism: Hotel, Viagens, Restaurante, Turismo Rural
media: Edições, Comunicação, Estúdio, Publicidade
ict: Informática, Sistemas, Software, Soluções Digitais, Redes
services: Consultoria, Contabilidade, Imobiliária, Mediação de Seguros, Serviços
engineering: Engenharia, Laboratório, Projetos, Estudos Técnicos
public: Serviços Municipalizados
education: Centro de Formação, Academia, Instituto
health: Clínica, Farmácia, Centro Médico
culture: Teatro, Eventos, Desporto, Cultura
"""),
    kw=blocks("""
agri: agricultura|pecuária|agricultura biológica|silvicultura|viticultura
food: indústria alimentar|panificação|lacticínios|conservas de peixe|azeite|vinhos
textile: têxteis técnicos|vestuário de trabalho|confeção|calçado|malhas
wood: transformação de madeira|mobiliário|cortiça|carpintaria
chem: injeção de plásticos|química|vidro|embalagens|moldes|cerâmica
metal: maquinação CNC|soldadura|metalomecânica|fundição|tratamentos de superfície
machinery: construção de máquinas|automação|eletromecânica|indústria automóvel|manutenção industrial|robótica
energy_env: energias renováveis|fotovoltaico|gestão de resíduos|reciclagem|tratamento de águas|eficiência energética
construction: construção civil|reabilitação|obras públicas|estradas|isolamento térmico
trade: comércio por grosso|comércio a retalho|distribuição|loja online|importação|exportação
transport: transporte rodoviário|logística|transitários|armazenagem|serviços de estafeta
tourism: turismo|alojamento|restauração|bem-estar|turismo rural
media: edição|publicidade|design gráfico|produção audiovisual|marketing
ict: desenvolvimento de software|serviços informáticos|soluções cloud|cibersegurança|análise de dados|inteligência artificial
services: contabilidade|consultoria fiscal|serviços jurídicos|recrutamento|gestão imobiliária|seguros
engineering: engenharia|ensaios técnicos|investigação e desenvolvimento|metrologia|projetos
public: administração pública|desenvolvimento regional|cooperação transfronteiriça|planeamento estratégico
education: educação|formação contínua|formação profissional|cursos de línguas
health: saúde|dispositivos médicos|serviços sociais|reabilitação|termalismo
culture: cultura|desporto|lazer|museus|festivais|património cultural
"""),
    pos=bar("Diretor-geral/Diretora-geral|Gerente|Diretor comercial/Diretora comercial|Responsável de exportação|"
            "Gestor de projeto/Gestora de projeto|Responsável de I&D|Diretor técnico/Diretora técnica|"
            "Administrador/Administradora|G:Presidente da Câmara"),
    desc=[
        "*Empresa familiar fundada em {year}. Atividades: {kw1}, {kw2} e {kw3}.",
        "Principais áreas: {kw1}, {kw2}; procuramos parceiros para projetos conjuntos.",
        '*Fabricante da marca "{brand}"; especialidade: {kw1}.',
        "Áreas de cooperação: {kw1}, {kw2}, {kw3}.",
    ],
    tpl=[(12, "{Noun} {Surname}", None), (8, "{Noun} {pt_Town}", None), (5, "{Surname} & Filhos", None),
         (14, "{Brand}", None), (4, "{BrandCountry}", None), (3, "{Surname}, {Surname2} & C.ª", None)],
    brand_pre=words("Luso Ibero Atlântico Tejo Douro Minho Tecno Metal Eletro Termo Agro Eco"),
    brand_suf=words("tec metal plás form sistemas line group mec molde"),
    acr="ABCDEFGHIJLMNOPRSTV",
)

LANG["nl"] = dict(
    gm=words("Jan Pieter Kees Johan Willem Dirk Bas Thomas Tim Sander Jeroen Maarten Ruud Bram Daan Lucas Sem "
             "Joris Erik Niels Wouter Stijn Koen Bart"),
    gf=words("Anna Maria Emma Sophie Julia Lotte Sanne Anouk Eva Lisa Femke Inge Marieke Els Annelies Sara Ilse "
             "Karin Linda Fleur Nathalie Griet Lieve Hanne"),
    sn=commas("de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, "
              "Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, "
              "Smits, de Graaf, van der Meer, van der Linden, Kok, Jacobs, de Haan, Vermeulen, van den Heuvel, "
              "van der Veen, van den Broek, de Bruijn, van der Heijden, Schouten, van Beek, Willems, van Vliet, "
              "van de Ven, Hoekstra, Maas, Verhoeven, Koster, van Dam, van der Wal, Prins, Blom, Huisman"),
    nouns=noun_blocks("""
agri: Agro, Kwekerij, Melkveebedrijf, Tuinbouw
food: Bakkerij, Zuivel, Brouwerij, Vleeswaren, Voedingsmiddelen
textile: Textiel, Weverij, Confectie, Bedrijfskleding
wood: Houtbewerking, Meubelfabriek, Timmerfabriek, Houthandel
chem: Kunststoffen, Chemie, Glas, Drukkerij, Verpakkingen, Keramiek
metal: Metaalbewerking, Staalbouw, Gieterij, Plaatwerk, Metaalwarenfabriek
machinery: Machinebouw, Techniek, Automatisering, Elektrotechniek, Installatietechniek
energy_env: Energie, Milieutechniek, Recycling, Watertechniek, Zonne-energie
construction: Bouw, Aannemersbedrijf, Bouwbedrijf, Wegenbouw, Bouwmaterialen
trade: Handel, Groothandel, Distributie, Handelsonderneming
transport: Transport, Logistiek, Expeditie, Verhuizingen
tourism: Hotel, Reizen, Recreatie
media: Uitgeverij, Media, Reclamebureau, Studio
ict: Software, ICT, IT Solutions, Netwerken, Data
services: Advies, Administratiekantoor, Vastgoed, Makelaardij, Accountants
engineering: Ingenieursbureau, Laboratorium, Engineering, Testcentrum
public: Nutsbedrijf
education: Opleidingen, Academie, Taleninstituut
health: Kliniek, Apotheek, Zorg, Medisch Centrum
culture: Evenementen, Sport, Cultuur
"""),
    kw=blocks("""
agri: landbouw|veeteelt|biologische landbouw|tuinbouw|bosbouw
food: voedingsmiddelenindustrie|bakkerijproducten|zuivelproducten|vleesverwerking|bierbrouwerij
textile: technisch textiel|werkkleding|confectie|weverij
wood: houtbewerking|meubelmakerij|houtbouw|timmerwerk
chem: spuitgieten|chemie|glas|verpakkingen|drukwerk|keramiek
metal: CNC-verspaning|lassen|metaalbewerking|gieterij|oppervlaktebehandeling|plaatbewerking
machinery: machinebouw|automatisering|elektrotechniek|automotive|onderhoud|robotica
energy_env: hernieuwbare energie|zonnepanelen|afvalbeheer|recycling|waterzuivering|energiebesparing
construction: woningbouw|renovatie|infrastructuur|wegenbouw|isolatie|bouwmaterialen
trade: groothandel|detailhandel|distributie|webwinkel|import|export
transport: wegtransport|logistiek|expeditie|opslag|koeriersdiensten
tourism: toerisme|accommodatie|horeca|wellness
media: uitgeverij|reclame|grafisch ontwerp|videoproductie|marketing
ict: softwareontwikkeling|IT-diensten|cloudoplossingen|cyberbeveiliging|data-analyse|kunstmatige intelligentie
services: boekhouding|belastingadvies|juridische dienstverlening|werving en selectie|vastgoedbeheer|verzekeringen
engineering: engineering|keuringen|onderzoek en ontwikkeling|meettechniek|ingenieursadvies
public: openbaar bestuur|regionale ontwikkeling|grensoverschrijdende samenwerking|strategische planning
education: onderwijs|bijscholing|beroepsopleiding|taalcursussen
health: gezondheidszorg|medische hulpmiddelen|sociale diensten|revalidatie
culture: cultuur|sport|vrije tijd|musea|festivals|erfgoed
"""),
    pos=bar("Directeur|Algemeen directeur|Commercieel directeur|Exportmanager|Projectleider|Hoofd R&D|"
            "Technisch directeur|Inkoper|Accountmanager|Bedrijfsleider|G:Beleidsmedewerker|G:Burgemeester|G:Wethouder"),
    desc=[
        "*Familiebedrijf opgericht in {year}. Activiteiten: {kw1}, {kw2} en {kw3}.",
        "Belangrijkste gebieden: {kw1}, {kw2}; wij zoeken partners voor gezamenlijke projecten.",
        '*Producent van het merk "{brand}"; specialisatie: {kw1}.',
        "Samenwerkingsgebieden: {kw1}, {kw2}, {kw3}.",
    ],
    tpl=[(12, "{Surname} {Noun}", None), (8, "{Noun} {Town}", None), (14, "{Brand}", None),
         (5, "{Surname} & Zn.", None), (4, "{BrandCountry}", None), (4, "{Brand} {Noun}", None),
         (3, "{Surname} & {Surname2}", None)],
    brand_pre=words("Holland Neder Rijn Maas Delta Noord Zuid Oost West Tech Metaal Agri Bouw Flex"),
    brand_suf=words("tec tech plast form systems line groep bouw staal works"),
    acr="ABCDEFGHIJKLMNPRSTVW",
)

LANG["uk"] = dict(
    gm=words("Олександр Андрій Дмитро Сергій Іван Володимир Микола Тарас Богдан Юрій Олег Василь Віктор Максим "
             "Роман Ігор Петро Михайло Степан Євген"),
    gf=words("Олена Наталія Ірина Оксана Тетяна Юлія Марія Катерина Анна Світлана Ольга Галина Людмила "
             "Вікторія Христина Софія Надія Леся Ярослава Дарина"),
    sn=commas("Шевченко, Коваленко, Бондаренко, Ткаченко, Кравченко, Мельник, Олійник, Шевчук, Поліщук, Бойко, "
              "Ковальчук, Лисенко, Марченко, Руденко, Савченко, Петренко, Мороз, Павленко, Коваль, Клименко, "
              "Гончаренко, Левченко, Кузьменко, Романенко, Ковальський/Ковальська, Савчук, Білик, Іваненко, "
              "Харченко, Гаврилюк, Приходько, Ткачук, Литвиненко, Сидоренко, Остапенко, Яковенко, Козак, "
              "Гнатюк, Захарченко, Білий/Біла, Швець, Нестеренко, Кравчук, Зайченко, Мазур, Пономаренко, "
              "Головко, Вовк, Стасюк, Заболотний/Заболотна, Яремчук"),
    adj={"m": "ий", "f": "а", "n": "е", "p": "і", "a": "і", "fg": "ої"},
    nouns=noun_blocks("""
agri: агрофірма/f, ферма/f, господарство/n, сади/p
food: хлібозавод/m, молокозавод/m, пивоварня/f, м'ясокомбінат/m, кондитерська фабрика/f
textile: текстильна фабрика/f, швейна фабрика/f, трикотажна фабрика/f
wood: деревообробний комбінат/m, меблева фабрика/f
chem: хімічний завод/m, завод пластмас/m, склозавод/m, друкарня/f, паперова фабрика/f
metal: металургійний завод/m, ливарний завод/m, металообробний завод/m
machinery: машинобудівний завод/m, завод/m, електротехнічний завод/m, механічний завод/m
energy_env: енергетична компанія/f, водоканал/m, енергосервіс/m
construction: будівельна компанія/f, будівельний трест/m, будматеріали/p
trade: торговий дім/m, оптова база/f, дистрибуційна компанія/f
transport: транспортна компанія/f, логістична компанія/f, автотранспортне підприємство/n
tourism: готель/m, туристична агенція/f, ресторан/m
media: видавництво/n, студія/f, рекламна агенція/f
ict: ІТ-компанія/f, програмні рішення/p, дата-центр/m
services: консалтингова компанія/f, бухгалтерська фірма/f, агенція нерухомості/f, юридична фірма/f
engineering: проєктний інститут/m, лабораторія/f, інжинірингова компанія/f
public: комунальне підприємство/n
education: навчальний центр/m, мовна школа/f, академія/f
health: клініка/f, аптека/f, медичний центр/m
culture: театр/m, галерея/f, спортивний клуб/m
"""),
    kw=blocks("""
agri: сільське господарство|органічне землеробство|тваринництво|лісове господарство|зернові культури
food: харчова промисловість|хлібобулочні вироби|молочна продукція|м'ясопереробка|пивоваріння
textile: технічний текстиль|спецодяг|швейне виробництво|трикотаж
wood: деревообробка|меблі|дерев'яні будинки|столярні вироби
chem: лиття пластмас|хімічна промисловість|скло|пакування|поліграфія
metal: обробка на верстатах з ЧПК|зварювання|металообробка|ливарне виробництво|металоконструкції
machinery: машинобудування|автоматизація|електротехніка|автомобільна промисловість|ремонт обладнання
energy_env: відновлювана енергетика|сонячні електростанції|поводження з відходами|переробка|очищення води|енергоефективність
construction: будівництво|реконструкція|дорожнє будівництво|теплоізоляція|будівельні матеріали
trade: оптова торгівля|роздрібна торгівля|дистрибуція|інтернет-магазин|імпорт|експорт
transport: вантажні перевезення|логістика|експедирування|складські послуги
tourism: туризм|готельні послуги|ресторанний бізнес|оздоровлення
media: видавнича діяльність|реклама|графічний дизайн|відеовиробництво|маркетинг
ict: розробка програмного забезпечення|ІТ-послуги|хмарні рішення|кібербезпека|аналітика даних|штучний інтелект
services: бухгалтерський облік|податковий консалтинг|юридичні послуги|рекрутинг|страхування
engineering: проєктування|випробування|науково-дослідні роботи|метрологія
public: державне управління|регіональний розвиток|транскордонне співробітництво|відбудова
education: освіта|навчання впродовж життя|професійна підготовка|мовні курси
health: охорона здоров'я|медичні вироби|соціальні послуги|реабілітація
culture: культура|спорт|дозвілля|музейна справа|культурна спадщина
"""),
    pos=bar("Директор/Директорка|Генеральний директор/Генеральна директорка|"
            "Комерційний директор/Комерційна директорка|Менеджер з експорту/Менеджерка з експорту|"
            "Керівник проєкту/Керівниця проєкту|Головний інженер/Головна інженерка|"
            "Начальник відділу продажів/Начальниця відділу продажів|G:Міський голова/Міська голова"),
    desc=[
        "*Сімейне підприємство, засноване у {year} році. Напрями діяльності: {kw1}, {kw2} та {kw3}.",
        "Основні напрями: {kw1}, {kw2}; шукаємо партнерів для спільних проєктів у ЄС.",
        "*Виробник торгової марки «{brand}»; спеціалізація: {kw1}.",
        "Напрями співпраці: {kw1}, {kw2}, {kw3}.",
    ],
    tpl=[(16, "{AdjNoun}", None), (16, "{Brand}", None), (6, "{Brand}-{Town}", None),
         (4, "{BrandCountry}", None), (8, "{Surname} {Given} {Patronymic}", "FOP")],
    brand_pre=words("Укр Агро Техно Енерго Буд Метал Пром Інвест Транс Еко Світ Альфа Нова Дніпро Карпати Поділля"),
    brand_suf=words("метал буд тех сервіс трейд пром агро інвест лайн торг систем транс"),
    acr="АБВГДЕЗІКЛМНОПРСТУФХ",
    lists={"Patronymic": words("Іванович Петрович Миколайович Васильович Олександрович Володимирович "
                               "Сергійович Михайлович Григорович Степанович"),
           "PatronymicF": words("Іванівна Петрівна Миколаївна Василівна Олександрівна Володимирівна "
                                "Сергіївна Михайлівна Григорівна Степанівна")},
    latin_brand=False,
)

LANG["bg"] = dict(
    gm=words("Георги Иван Димитър Николай Петър Христо Стефан Тодор Александър Мартин Васил Стоян Йордан Илия "
             "Калоян"),
    gf=words("Мария Елена Иванка Йорданка Десислава Милена Гергана Надежда Цветелина Радослава Виктория "
             "Станислава Теодора Петя Силвия"),
    sn=commas("Иванов/Иванова, Георгиев/Георгиева, Димитров/Димитрова, Петров/Петрова, Николов/Николова, "
              "Христов/Христова, Стоянов/Стоянова, Тодоров/Тодорова, Илиев/Илиева, Василев/Василева, "
              "Атанасов/Атанасова, Петков/Петкова, Ангелов/Ангелова, Колев/Колева, Йорданов/Йорданова, "
              "Маринов/Маринова, Стефанов/Стефанова, Попов/Попова, Михайлов/Михайлова, Кръстев/Кръстева, "
              "Костов/Костова, Димов/Димова, Павлов/Павлова"),
    adj={"m": "и", "f": "а", "n": "о", "p": "и", "a": "и"},
    nouns=noun_blocks("""
agri: агрофирма/f, земеделска кооперация/f
food: хлебозавод/m, мандра/f, пивоварна/f, месокомбинат/m, винарна/f
textile: текстилна фабрика/f, шивашка фабрика/f
wood: мебелна фабрика/f, дървообработване/n
chem: химически завод/m, стъкларски завод/m, печатница/f
metal: металообработване/n, леярна/f, металургичен завод/m
machinery: машиностроителен завод/m, електротехника/f, завод/m
energy_env: енергия/f, топлофикация/f, водоснабдяване/n
construction: строителна компания/f, строителство/n
trade: търговия/f, търговска къща/f, дистрибуция/f
transport: транспорт/m, логистика/f, спедиция/f
tourism: хотел/m, туристическа агенция/f
media: издателство/n, студио/n, рекламна агенция/f
ict: софтуер/m, информационни системи/p, телеком/m
services: консулт/m, счетоводна къща/f, недвижими имоти/p
engineering: инженеринг/m, лаборатория/f, проектантско бюро/n
public: общинско предприятие/n
education: учебен център/m, езикова школа/f, академия/f
health: клиника/f, аптека/f, медицински център/m
culture: театър/m, галерия/f, спортен клуб/m
"""),
    kw=blocks("""
agri: земеделие|животновъдство|биологично земеделие
food: хранително-вкусова промишленост|хлебни изделия|млечни продукти|вино
textile: текстил|работно облекло|шивашко производство
wood: дървообработване|мебели
chem: пластмаси|химическа промишленост|опаковки|печат
metal: CNC обработка|заваряване|металообработване|леярство
machinery: машиностроене|автоматизация|електротехника|роботика
energy_env: възобновяема енергия|фотоволтаици|управление на отпадъци|рециклиране
construction: строителство|ремонти|пътно строителство|топлоизолация
trade: търговия на едро|търговия на дребно|дистрибуция|онлайн магазин|износ
transport: товарен транспорт|логистика|спедиция|складиране
tourism: туризъм|хотелиерство|ресторантьорство|СПА
media: издателска дейност|реклама|графичен дизайн|маркетинг
ict: разработка на софтуер|ИТ услуги|облачни решения|киберсигурност
services: счетоводство|данъчни консултации|правни услуги|застраховане
engineering: проектиране|изпитвания|научноизследователска дейност
public: публична администрация|регионално развитие|трансгранично сътрудничество
education: образование|професионално обучение|езикови курсове
health: здравеопазване|медицински изделия|социални услуги
culture: култура|спорт|музейно дело|културно наследство
"""),
    pos=bar("Управител|Изпълнителен директор|Търговски директор|Мениджър продажби|Ръководител проект|"
            "Главен инженер|G:Кмет"),
    desc=[
        "*Семейна фирма, основана през {year} г. Дейности: {kw1}, {kw2} и {kw3}.",
        "Основни направления: {kw1}, {kw2}; търсим партньори за съвместни проекти.",
        "*Производител на марката „{brand}“; специализация: {kw1}.",
    ],
    tpl=[(14, "{AdjNoun}", None), (14, "{Brand}", None), (5, "{Surname} и синове", None),
         (6, "{Brand}-{Town}", None), (4, "{BrandCountry}", None)],
    brand_pre=words("Бул Агро Техно Енерго Строй Метал Пром Евро Транс Еко Балкан Родопи Дунав"),
    brand_suf=words("строй текс пласт метал инвест трейд транс сервиз комерс тех"),
    acr="АБВГДЕИКЛМНОПРСТ",
    latin_brand=False,
)

LANG["sv"] = dict(
    gm=words("Erik Lars Anders Johan Per Karl Mikael Magnus Fredrik Henrik Oskar Gustav Nils Björn"),
    gf=words("Anna Eva Maria Karin Kristina Lena Sara Emma Ingrid Linnéa Åsa Maja Elin Sofia"),
    sn=commas("Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson, "
              "Pettersson, Jonsson, Lindberg, Lindström, Bergström, Holm, Sjöberg, Lundqvist, Åberg, Öberg, "
              "Engström, Hedlund, Sandberg, Forsberg"),
    nouns=noun_blocks("""
agri: Lantbruk, Skog
food: Livsmedel, Bageri, Mejeri, Bryggeri
textile: Textil, Väveri
wood: Trä, Träindustri, Snickeri, Möbler, Sågverk
chem: Plast, Kemi, Glasbruk, Tryckeri, Förpackning
metal: Mekaniska Verkstad, Gjuteri, Stålbyggnad, Plåt
machinery: Maskin, Elektronik, Automation, Industriteknik
energy_env: Energi, Miljö, Återvinning, Vatten
construction: Bygg, Entreprenad, Mark och Väg
trade: Handel, Partihandel
transport: Transport, Logistik, Åkeri
tourism: Hotell, Resor
media: Media, Förlag, Reklambyrå
ict: Data, Mjukvara, IT, System
services: Konsult, Redovisning, Fastigheter
engineering: Ingenjörsbyrå, Teknik, Labb
public: Service
education: Utbildning, Akademi
health: Vård, Medicinteknik, Apotek
culture: Event, Sport, Kultur
"""),
    kw={}, desc=[],
    pos=bar("VD|Försäljningschef|Exportchef|Projektledare|Teknisk chef|Inköpschef|Utvecklingschef"),
    tpl=[(14, "{TownGen} {Noun}", None), (14, "{Brand}", None), (10, "{SurnameGen} {Noun}", None),
         (4, "{BrandCountry}", None), (4, "{Surname} & {Surname2}", None)],
    brand_pre=words("Nord Svea Göta Norr Skandi Väst Tech Metall Bygg Ind Flex"),
    brand_suf=words("tec tech plast form system line gruppen bygg metall"),
    acr="ABCDEFGHIJKLMNOPRSTV",
)

LANG["da"] = dict(
    gm=words("Jens Peter Lars Søren Henrik Niels Michael Rasmus Anders Mads Jesper Thomas Kasper Morten"),
    gf=words("Anne Kirsten Mette Hanne Susanne Lone Camilla Louise Maria Charlotte Line Sofie Mette Ida"),
    sn=commas("Jensen, Nielsen, Hansen, Pedersen, Andersen, Christensen, Larsen, Sørensen, Rasmussen, Jørgensen, "
              "Petersen, Madsen, Kristensen, Olsen, Thomsen, Møller, Poulsen, Johansen, Knudsen, Mortensen, "
              "Østergaard, Lund, Bach, Holm"),
    nouns=noun_blocks("""
agri: Landbrug, Planteskole
food: Bageri, Mejeri, Bryggeri, Fødevarer
textile: Tekstil, Væveri
wood: Træ, Møbler, Snedkeri, Savværk
chem: Plast, Kemi, Glas, Trykkeri, Emballage
metal: Maskinfabrik, Smedie, Stålbyg, Metal
machinery: Maskinfabrik, Elektronik, Automation, Teknik
energy_env: Energi, Miljø, Genbrug, Vand
construction: Byg, Entreprise, Anlæg
trade: Handel, Engros
transport: Transport, Logistik, Vognmandsforretning
tourism: Hotel, Rejser
media: Medier, Forlag, Reklamebureau
ict: Data, Software, IT, Systemer
services: Rådgivning, Revision, Ejendomme
engineering: Ingeniørfirma, Teknik, Laboratorium
public: Forsyning
education: Uddannelse, Akademi
health: Sundhed, Medico, Apotek
culture: Event, Sport, Kultur
"""),
    kw={}, desc=[],
    pos=bar("Administrerende direktør|Salgschef|Eksportchef|Projektleder|Teknisk direktør|Indkøbschef|Udviklingschef"),
    tpl=[(12, "{SurnameGen} {Noun}", None), (12, "{Town} {Noun}", None), (14, "{Brand}", None),
         (4, "{BrandCountry}", None), (4, "{Surname} & Søn", None)],
    brand_pre=words("Nord Dan Jysk Fyn Sjælland Scan Tech Metal Byg Agro"),
    brand_suf=words("tec tech plast form system line gruppen byg metal"),
    acr="ABCDEFGHIJKLMNOPRSTV",
)

LANG["fi"] = dict(
    gm=words("Juha Mikko Timo Jari Antti Kari Matti Pekka Janne Ville Sami Tuomas Jukka Heikki"),
    gf=words("Anne Päivi Tiina Sari Minna Johanna Laura Anna Kaisa Riikka Satu Heidi Hanna Elina"),
    sn=commas("Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, "
              "Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi, Heikkilä, Kinnunen, Salonen, Turunen, "
              "Salo, Laitinen, Räsänen, Väisänen"),
    nouns=noun_blocks("""
agri: Maatalous, Taimisto
food: Leipomo, Meijeri, Panimo, Elintarvike
textile: Tekstiili, Vaatetus
wood: Saha, Puu, Huonekalu, Puusepänliike
chem: Muovi, Kemia, Lasi, Paino, Pakkaus
metal: Konepaja, Valimo, Metalli, Teräsrakenne
machinery: Konepaja, Elektroniikka, Automaatio, Tekniikka
energy_env: Energia, Ympäristöpalvelut, Kierrätys, Vesi
construction: Rakennus, Rakennuttajat, Maanrakennus
trade: Kauppa, Tukku
transport: Kuljetus, Logistiikka
tourism: Hotelli, Matkat
media: Media, Kustannus, Mainostoimisto
ict: Data, Ohjelmistot, IT, Järjestelmät
services: Konsultointi, Tilitoimisto, Kiinteistöt
engineering: Insinööritoimisto, Tekniikka, Laboratorio
public: Palvelu
education: Koulutus, Akatemia
health: Terveys, Lääkintätekniikka, Apteekki
culture: Tapahtumat, Urheilu, Kulttuuri
"""),
    kw={}, desc=[],
    pos=bar("Toimitusjohtaja|Myyntijohtaja|Vientipäällikkö|Projektipäällikkö|Tekninen johtaja|Ostopäällikkö|Kehityspäällikkö"),
    tpl=[(14, "{TownGen} {Noun}", None), (14, "{Brand}", None), (8, "{Surname} {Noun}", None),
         (4, "{BrandCountry}", None), (3, "{Surname}-Yhtiöt", None)],
    brand_pre=words("Suomen Pohjolan Lapin Karjalan Saimaan Tech Metalli Raken Agro Nordic"),
    brand_suf=words("tek tech muovi form system line group rakenne metalli"),
    acr="ABDEHIJKLMNOPRSTUVY",
)

LANG["no"] = dict(
    gm=words("Ole Lars Jan Per Bjørn Kjell Knut Arne Svein Thomas Hans Geir Øyvind Eirik"),
    gf=words("Anne Inger Kari Marit Ingrid Liv Eva Berit Astrid Bente Hilde Silje Ingvild Tone"),
    sn=commas("Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, Nilsen, Kristiansen, Jensen, Karlsen, Johnsen, "
              "Pettersen, Eriksen, Berg, Haugen, Hagen, Johannessen, Andreassen, Jacobsen, Dahl, Jørgensen, "
              "Halvorsen, Solberg, Bakken, Lie, Strand, Sæther, Økland"),
    nouns=noun_blocks("""
agri: Landbruk, Skog, Havbruk
food: Bakeri, Meieri, Bryggeri, Sjømat, Næringsmidler
textile: Tekstil, Veveri
wood: Trelast, Møbler, Snekkeri, Sagbruk
chem: Plast, Kjemi, Glassverk, Trykkeri, Emballasje
metal: Mekaniske Verksted, Støperi, Stålbygg, Metall
machinery: Mekaniske Verksted, Elektronikk, Automasjon, Verft, Teknikk
energy_env: Energi, Kraft, Miljø, Gjenvinning, Vann
construction: Bygg, Entreprenør, Anlegg
trade: Handel, Engros
transport: Transport, Logistikk, Shipping
tourism: Hotell, Reiser
media: Media, Forlag, Reklamebyrå
ict: Data, Software, IT, Systemer
services: Rådgivning, Regnskap, Eiendom
engineering: Ingeniørfirma, Teknikk, Laboratorium
public: Forsyning
education: Utdanning, Akademi
health: Helse, Medisinteknikk, Apotek
culture: Event, Sport, Kultur
"""),
    kw={}, desc=[],
    pos=bar("Daglig leder|Salgssjef|Eksportsjef|Prosjektleder|Teknisk direktør|Innkjøpssjef|Utviklingssjef"),
    tpl=[(12, "{Town} {Noun}", None), (14, "{Brand}", None), (8, "{Surname} {Noun}", None),
         (4, "{BrandCountry}", None), (3, "{Surname} & Sønn", None)],
    brand_pre=words("Nord Norsk Fjord Vest Nordic Tech Metall Bygg Havs Polar"),
    brand_suf=words("tec tech plast form system line gruppen bygg metall"),
    acr="ABDEFGHIJKLMNOPRSTV",
)

LANG["en"] = dict(
    gm=words("James John David Michael Paul Andrew Richard Mark Peter Stephen Daniel Christopher Thomas Matthew "
             "Oliver Harry George William Robert Simon Brian Kevin Jason Ryan Eric Seán Ciarán Niall Declan Eoin"),
    gf=words("Sarah Emma Claire Helen Rachel Laura Joanne Victoria Rebecca Charlotte Emily Sophie Lucy Hannah "
             "Jessica Amy Katherine Elizabeth Olivia Fiona Jennifer Michelle Aoife Siobhán Niamh Róisín Sinéad"),
    sn=commas("Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts, Robinson, "
              "Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke, Patel, "
              "Jackson, Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King, Baker, "
              "Harrison, Morgan, Allen, James, Scott, Phillips, Watson, Davis, Parker, Price, Bennett, Young, "
              "Griffiths, Mitchell, Kelly, Cook, Carter, Richardson, Bailey, Collins, Bell, Shaw, Murphy, Miller, "
              "Cox, Richards, Khan, Marshall, Anderson, Simpson, Ellis, Adams, Singh, Wilkinson, Foster, Chapman, "
              "Powell, Webb, Rogers, Gray, Mason, Hunt, Hussain, Campbell, Matthews, Owen, Palmer, Holmes, Mills, "
              "Barnes, Knight, Lloyd, Butler, Russell, Barker, Fisher, Stevens, Jenkins, Murray, Dixon, Harvey, "
              "O'Brien, MacDonald, O'Sullivan, Walsh, Byrne, Ryan, O'Connor, O'Neill, Doyle, McCarthy, Gallagher, "
              "Kennedy, Lynch, Quinn, Garcia, Rodriguez, Martinez, Nguyen, Kowalski"),
    nouns=noun_blocks("""
agri: Farms, Agriculture, Growers, Nurseries
food: Bakeries, Dairies, Brewing Company, Foods, Fine Foods, Distillery
textile: Textiles, Mills, Apparel, Fabrics, Technical Textiles
wood: Timber, Joinery, Furniture, Woodworks, Sawmills
chem: Plastics, Chemicals, Glass, Print, Packaging, Ceramics, Coatings
metal: Precision Engineering, Castings, Steel Fabrication, Metalworks, Forgings, Sheet Metal
machinery: Engineering, Machinery, Automation, Electrical, Motion Control, Automotive Components, Robotics
energy_env: Energy, Renewables, Solar, Recycling, Water Services, Environmental
construction: Construction, Builders, Civil Engineering, Roofing, Building Supplies
trade: Trading, Distribution, Supplies, Wholesale, Imports
transport: Logistics, Haulage, Freight, Transport, Couriers
tourism: Hotels, Travel, Hospitality, Leisure
media: Media, Publishing, Creative, Studios, Marketing
ict: Software, Systems, Digital, Technologies, Data, Networks, Labs
services: Consulting, Accountants, Property, Recruitment, Advisory, Insurance Brokers
engineering: Engineering Consultants, Design, Testing, Laboratories, Research
public: Services
education: Training, Academy, Learning, Institute
health: Healthcare, Medical, Pharmacy, Care, Clinic
culture: Events, Sports, Arts, Leisure
"""),
    kw={}, desc=[],
    pos=[],
    tpl=[(12, "{Surname} {Noun}", None), (10, "{Town} {Noun}", None), (14, "{Brand}", None),
         (6, "{Brand} {Noun}", None), (5, "{Surname} & Sons", None), (4, "{Surname} & {Surname2}", None),
         (4, "{BrandCountry}", None), (3, "{Acr} {Noun}", None)],
    brand_pre=words("Albion Anglo Northern Pennine Thames Severn Celtic Atlantic Summit Apex Pioneer Vertex "
                    "Liberty Eagle Keystone Premier Crown Falcon Meridian"),
    brand_suf=words("tec tech form works line systems point max star tronics"),
    acr="ABCDEFGHJKLMNPRSTW",
)

LANG["zh"] = dict(
    gm=words("Wei Lei Jun Hao Ming Tao Qiang Jianguo Haoran Yong Bo Peng Chao Zhiwei Xiaodong"),
    gf=words("Fang Min Jing Yan Hui Xin Ying Li Na Xiaoling Lihua Mei Ting Xiu Yue"),
    sn=commas("Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Gao, Luo"),
    nouns=noun_blocks("""
agri: Agricultural Development
food: Food
textile: Textile
wood: Furniture, Wood Products
chem: Chemical, New Materials, Plastic Products
metal: Metal Products, Precision Machinery, Precision Castings
machinery: Precision Machinery, Electronics, Auto Parts, Intelligent Equipment, Electric Motor
energy_env: New Energy, Environmental Technology, Photovoltaic Technology
construction: Construction Engineering, Building Materials
trade: Trading, Import and Export
transport: Logistics, Supply Chain Management
tourism: Hotel Management
media: Culture Media
ict: Information Technology, Software, Network Technology
services: Consulting, Business Services
engineering: Testing Technology, Engineering Technology
public: Public Services
education: Education Technology
health: Medical Equipment, Biotechnology
culture: Culture and Sports
"""),
    kw={}, desc=[], pos=[],
    tpl=[(20, "{Town} {Brand} {Noun}", None), (8, "{Brand} {Noun}", None), (4, "{Town} {Brand} Technology", None)],
    brand_words=words("Hengda Huaxin Jinlong Xinyuan Tianli Zhongke Haitian Dongfang Ruida Kaiyuan Hongxing Sanhe "
                      "Jiahe Shengda Weida Boyuan Yuanfeng Huarui Xinghe Taihe Jinhui Mingyang Anda Zhongtian "
                      "Huatai Yida Chuangxin Tongda Fuxing Lianhe"),
)

LANG["ja"] = dict(
    gm=words("Hiroshi Takashi Kenji Yuki Daisuke Kazuki Satoshi Takumi Naoki Shota Makoto Akira"),
    gf=words("Yuko Keiko Akiko Yumi Naoko Ayaka Haruka Misaki Yui Sakura Emi Mayumi"),
    sn=commas("Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato, Yoshida, "
              "Yamada, Sasaki, Yamaguchi, Matsumoto, Inoue, Kimura, Hayashi, Shimizu, Saito"),
    nouns=noun_blocks("""
agri: Nosan
food: Shokuhin
textile: Seni, Orimono
wood: Mokuzai
chem: Kagaku, Jushi Kogyo
metal: Seimitsu Kogyo, Kinzoku Kogyo, Seisakusho
machinery: Seiki, Kikai, Denki, Denki Kogyo, Seisakusho
energy_env: Kankyo Kaihatsu, Energy
construction: Kensetsu, Komuten
trade: Shoji, Bussan
transport: Unyu, Butsuryu
tourism: Kanko
media: Shuppan
ict: Joho System, Soft
services: Consulting
engineering: Giken, Engineering
public: Kosha
education: Gakuen
health: Iryo Kiki
culture: Enterprise
"""),
    kw={}, desc=[], pos=[],
    tpl=[(10, "{Town} {Noun}", None), (10, "{Surname} {Noun}", None), (8, "{Brand} {Noun}", None)],
    brand_words=words("Daiichi Sanwa Tokai Chubu Kanto Kansai Nitto Toyo Nippon Asahi Fuji Yamato Showa Taisei "
                      "Kyowa Shinwa Meiwa Hokuriku"),
)

# --------------------------------------------------------------------------- countries
# towns: one per line "name|postcode|..." with the fields named in "tf"; a leading "*" marks a big
# (statutory/capital) city, "~" a village.  Postcode: "x" = random digit, "@" = random letter.
# kinds: "[kind]" sections with lines "weight condition sector-key | template"; condition is
# "-" (any), "city", "village" or "big".  A trailing "@Town" (in templates or list values)
# fixes the municipality of the organisation (e.g. a university's seat).


def kind_block(text):
    out, cur = {}, None
    for line in text.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("["):
            cur = line.strip("[]")
            out[cur] = []
            continue
        spec, tpl = line.split("|", 1)
        w, cond, key = spec.split()
        out[cur].append((float(w), tpl.strip(), None if cond == "-" else cond, key))
    return out


COUNTRY = {}

_CZ_KRAJE = [("Hlavní město Praha", "hlavního města Prahy", "Praha"),
             ("Středočeský kraj", "Středočeského kraje", "Praha"),
             ("Jihočeský kraj", "Jihočeského kraje", "České Budějovice"),
             ("Plzeňský kraj", "Plzeňského kraje", "Plzeň"),
             ("Karlovarský kraj", "Karlovarského kraje", "Karlovy Vary"),
             ("Ústecký kraj", "Ústeckého kraje", "Ústí nad Labem"),
             ("Liberecký kraj", "Libereckého kraje", "Liberec"),
             ("Královéhradecký kraj", "Královéhradeckého kraje", "Hradec Králové"),
             ("Pardubický kraj", "Pardubického kraje", "Pardubice"),
             ("Kraj Vysočina", "Kraje Vysočina", "Jihlava"),
             ("Jihomoravský kraj", "Jihomoravského kraje", "Brno"),
             ("Olomoucký kraj", "Olomouckého kraje", "Olomouc"),
             ("Zlínský kraj", "Zlínského kraje", "Zlín"),
             ("Moravskoslezský kraj", "Moravskoslezského kraje", "Ostrava")]

COUNTRY["CZ"] = dict(
    w=40, lang="cs", tld="cz", cc="+420", brand_country="CZ",
    langs=[("de", .35), ("sk", .15), ("pl", .08), ("fr", .05), ("ru", .04)],
    mobile=[("60", 7), ("70", 7), ("72", 7), ("73", 7), ("77", 7), ("79", 7)],
    landline=[("2", 8), ("48", 7), ("38", 7), ("5", 8), ("59", 7), ("46", 7)],
    freemail=["seznam.cz", "email.cz", "gmail.com", "centrum.cz", "post.cz", "volny.cz"],
    tf="name pc adj", addr="cz", reg="cz", lf="sfx", lf_comma=0.2, sole="",
    legal=[("s.r.o.", 70, 30), ("a.s.", 4, 50), ("spol. s r.o.", 12, 15), ("v.o.s.", 3, 1), ("k.s.", 2, 1)],
    towns="""
Praha|1x0 00|Pražsk
*Brno|60x 00|Brněnsk
*Ostrava|70x 00|Ostravsk
*Plzeň|30x 00|Plzeňsk
*Liberec|460 0x|Libereck
*Olomouc|779 00|Olomouck
*České Budějovice|370 0x|Budějovick
*Hradec Králové|500 0x|Královéhradeck
*Ústí nad Labem|400 0x|Ústeck
*Pardubice|530 0x|Pardubick
*Zlín|760 0x|Zlínsk
*Havířov|736 01|Havířovsk
*Kladno|272 01|Kladensk
*Most|434 01|Mosteck
*Opava|746 01|Opavsk
*Frýdek-Místek|738 01|Frýdeck
*Karviná|733 01|Karvinsk
*Jihlava|586 01|Jihlavsk
*Teplice|415 01|Teplick
*Děčín|405 02|Děčínsk
*Karlovy Vary|360 01|Karlovarsk
*Jablonec nad Nisou|466 01|Jabloneck
*Mladá Boleslav|293 01|Boleslavsk
*Prostějov|796 01|Prostějovsk
*Přerov|750 02|Přerovsk
*Chomutov|430 01|Chomutovsk
*Třebíč|674 01|Třebíčsk
*Třinec|739 61|Třineck
*Znojmo|669 02|Znojemsk
Česká Lípa|470 01|Českolipsk
Tábor|390 02|Táborsk
Kolín|280 02|Kolínsk
Příbram|261 01|Příbramsk
Cheb|350 02|Chebsk
Písek|397 01|Píseck
Trutnov|541 01|Trutnovsk
Kroměříž|767 01|Kroměřížsk
Vsetín|755 01|Vsetínsk
Šumperk|787 01|Šumpersk
Uherské Hradiště|686 01|Uherskohradišťsk
Břeclav|690 02|Břeclavsk
Hodonín|695 01|Hodonínsk
Litoměřice|412 01|Litoměřick
Havlíčkův Brod|580 01|Havlíčkobrodsk
Nový Jičín|741 01|Novojičínsk
Chrudim|537 01|Chrudimsk
Krnov|794 01|Krnovsk
Litvínov|436 01|Litvínovsk
Semily|513 01|Semilsk
Turnov|511 01|Turnovsk
Žďár nad Sázavou|591 01|Žďársk
Náchod|547 01|Náchodsk
Kopřivnice|742 21|Kopřivnick
Vyškov|682 01|Vyškovsk
Beroun|266 01|Berounsk
Jindřichův Hradec|377 01|Jindřichohradeck
Rychnov nad Kněžnou|516 01|Rychnovsk
Frýdlant|464 01|Frýdlantsk
Tanvald|468 41|Tanvaldsk
Nový Bor|473 01|Novoborsk
Jičín|506 01|Jičínsk
Blansko|678 01|Blanensk
Boskovice|680 01|Boskovick
Strakonice|386 01|Strakonick
Klatovy|339 01|Klatovsk
Domažlice|344 01|Domažlick
Sokolov|356 01|Sokolovsk
Rakovník|269 01|Rakovnick
Benešov|256 01|Benešovsk
Kutná Hora|284 01|Kutnohorsk
Svitavy|568 02|Svitavsk
Polička|572 01|Poličsk
Ústí nad Orlicí|562 01|
Lanškroun|563 01|Lanškrounsk
Vrchlabí|543 01|Vrchlabsk
Hranice|753 01|Hranick
Valašské Meziříčí|757 01|Valašskomeziříčsk
Rožnov pod Radhoštěm|756 61|Rožnovsk
Otrokovice|765 02|Otrokovick
Uherský Brod|688 01|Uherskobrodsk
Chrastava|463 31|Chrastavsk
Hrádek nad Nisou|463 34|Hrádeck
Železný Brod|468 22|Železnobrodsk
Lomnice nad Popelkou|512 51|Lomnick
Varnsdorf|407 47|Varnsdorfsk
Rumburk|408 01|Rumbursk
Dvůr Králové nad Labem|544 01|Královédvorsk
Mělník|276 01|Mělnick
Kralupy nad Vltavou|278 01|Kralupsk
Slaný|274 01|Slánsk
~Kořenov|468 49|
~Bílý Kostel nad Nisou|463 31|
~Harrachov|512 46|
~Smržovka|468 51|
~Josefův Důl|468 44|
~Albrechtice v Jizerských horách|468 43|
~Pec pod Sněžkou|542 21|
~Lipno nad Vltavou|382 78|
~Vysoké nad Jizerou|512 11|
~Nová Ves nad Nisou|468 27|
~Stráž pod Ralskem|471 27|
~Svijany|463 46|
~Malá Skála|468 22|
~Kryštofovo Údolí|463 73|
~Hejnice|463 62|
~Bedřichov|468 12|
~Lázně Libverda|463 62|
~Mníšek|463 31|
~Rokytnice nad Jizerou|512 44|
~Desná|468 61|
~Dolní Branná|543 62|
~Ostružná|788 25|
~Velké Losiny|788 15|
~Sloup v Čechách|471 52|
~Zdislava|463 53|
~Křižany|463 53|
~Janov nad Nisou|468 11|
~Lučany nad Nisou|468 71|
~Příšovice|463 46|
~Sychrov|463 44|
~Osečná|463 52|
~Světlá pod Ještědem|463 43|
~Rynoltice|463 55|
~Jiřetín pod Jedlovou|407 56|
~Horní Podluží|407 57|
~Kytlice|407 45|
~Krompach|471 57|
~Višňová|464 01|
~Bulovka|464 01|
~Habartice|463 73|
~Pertoltice|463 73|
~Horní Řasnice|463 73|
~Špindlerův Mlýn|543 51|
~Malá Úpa|542 27|
~Strážné|543 52|
~Benecko|512 37|
~Paseky nad Jizerou|512 47|
~Jablonec nad Jizerou|512 43|
""",
    streets=bar("Husova|Masarykova|Palackého|Nádražní|Komenského|Jiráskova|Smetanova|Tyršova|Žižkova|"
                "Havlíčkova|Riegrova|Nerudova|Sokolovská|Průmyslová|Školní|Zahradní|Polní|Lipová|Jablonecká|"
                "1. máje|28. října|Štefánikova|Pražská|Brněnská|Dělnická|Tovární|Na Bělidle|Krátká|Dlouhá|"
                "K Nádraží|Hlavní|Vítězná|náměstí Míru|náměstí Svobody|Studentská|Technická|Mostecká|"
                "Vrchlického|Za Mostem|Sadová|Lesní|Luční|Slunečná|Kpt. Jaroše|Nová|Okružní|Svobody|"
                "Hrdinů|U Nisy|Voroněžská|Českolipská|Boženy Němcové|Karla IV.|Legionářů"),
    lists=dict(
        Univ=["Univerzita Karlova@Praha", "České vysoké učení technické v Praze@Praha",
              "Vysoké učení technické v Brně@Brno", "Masarykova univerzita@Brno",
              "Univerzita Palackého v Olomouci@Olomouc", "Technická univerzita v Liberci@Liberec",
              "Univerzita Tomáše Bati ve Zlíně@Zlín", "Západočeská univerzita v Plzni@Plzeň",
              "Vysoká škola báňská – Technická univerzita Ostrava@Ostrava", "Univerzita Pardubice@Pardubice",
              "Univerzita Hradec Králové@Hradec Králové",
              "Jihočeská univerzita v Českých Budějovicích@České Budějovice",
              "Mendelova univerzita v Brně@Brno", "Česká zemědělská univerzita v Praze@Praha",
              "Vysoká škola ekonomická v Praze@Praha",
              "Univerzita Jana Evangelisty Purkyně v Ústí nad Labem@Ústí nad Labem",
              "Ostravská univerzita@Ostrava", "Slezská univerzita v Opavě@Opava",
              "Vysoká škola chemicko-technologická v Praze@Praha", "Vysoká škola polytechnická Jihlava@Jihlava",
              "Vysoká škola technická a ekonomická v Českých Budějovicích@České Budějovice"],
        Faculty=bar("Fakulta strojní|Fakulta elektrotechnická|Fakulta stavební|Fakulta informačních technologií|"
                    "Fakulta mechatroniky, informatiky a mezioborových studií|Fakulta textilní|Ekonomická fakulta|"
                    "Přírodovědecká fakulta|Fakulta chemicko-technologická|Fakulta aplikované informatiky|"
                    "Fakulta technologická|Lékařská fakulta|Filozofická fakulta|Fakulta podnikatelská|"
                    "Fakulta umění a architektury|Fakulta zdravotnických studií"),
        Dept=bar("Katedra výrobních systémů a automatizace|Katedra informatiky|Ústav materiálového inženýrství|"
                 "Katedra strojírenské technologie|Ústav nových technologií a aplikované informatiky|"
                 "Katedra textilních technologií|Katedra elektrotechniky|"
                 "Centrum pro nanomateriály, pokročilé technologie a inovace|Katedra podnikové ekonomiky|"
                 "Ústav mechaniky, biomechaniky a mechatroniky|Katedra chemie|"
                 "Ústav přístrojové a řídicí techniky|Centrum transferu technologií|Katedra energetiky"),
        KrajNom=[f"{n}@{s}" for n, g, s in _CZ_KRAJE],
        KrajGen=[f"{g}@{s}" for n, g, s in _CZ_KRAJE],
        Landscape=bar("Podještědí|Jizerské hory|Český ráj|Krkonoše|Šumava|Podkrkonoší|Posázaví|Brdy|Haná|"
                      "Slovácko|Valašsko|Podluží|Pošumaví|Vysočina|Žďársko|Podlipansko|Opavsko|Kladensko|"
                      "Frýdlantsko|Turnovsko|Broumovsko|Orlicko"),
        Euroregion=bar("Nisa|Glacensis|Šumava|Krušnohoří|Silesia|Praděd|Bílé Karpaty|Pomoraví|"
                       "Těšínské Slezsko|Beskydy|Egrensis|Labe"),
        AVInst=["Fyzikální ústav AV ČR, v. v. i.@Praha", "Ústav fyziky materiálů AV ČR, v. v. i.@Brno",
                "Ústav teoretické a aplikované mechaniky AV ČR, v. v. i.@Praha",
                "Ústav chemických procesů AV ČR, v. v. i.@Praha", "Ústav termomechaniky AV ČR, v. v. i.@Praha",
                "Ústav přístrojové techniky AV ČR, v. v. i.@Brno", "Ústav geoniky AV ČR, v. v. i.@Ostrava",
                "Biologické centrum AV ČR, v. v. i.@České Budějovice",
                "Ústav fyziky plazmatu AV ČR, v. v. i.@Praha", "Ústav makromolekulární chemie AV ČR, v. v. i.@Praha",
                "Výzkumný ústav vodohospodářský T. G. Masaryka, v. v. i.@Praha",
                "Výzkumný ústav rostlinné výroby, v. v. i.@Praha", "Výzkumný a zkušební letecký ústav, a.s.@Praha",
                "Výzkumný ústav textilních strojů Liberec a.s.@Liberec", "Státní zdravotní ústav@Praha",
                "Český hydrometeorologický ústav@Praha"],
        Cluster=["Moravskoslezský automobilový klastr, z.s.@Ostrava", "Nanoprogress, z.s.@Pardubice",
                 "Czech Smart City Cluster, z.s.@Praha", "Plastikářský klastr, z.s.@Zlín",
                 "Moravskoslezský energetický klastr, z.s.@Ostrava", "CzechBio, z.s.@Praha",
                 "Klastr Mechatronika, z.s.@Zlín", "Nanotechnologický klastr Liberec, z.s.@Liberec",
                 "Sklářský klastr Crystal Valley, z.s.@Nový Bor"],
    ),
    kinds=kind_block("""
[university]
3 - uni | {Univ}
4 - uni | {Faculty}, {Univ}
2 - uni | {Dept}, {Faculty}, {Univ}
[chamber]
4 city chamber | Okresní hospodářská komora {Town}
2 - chamber | Krajská hospodářská komora {KrajGen}
2 city chamber | Okresní agrární komora {Town}
1 - chamber | Hospodářská komora České republiky@Praha
1 - chamber | Česko-německá obchodní a průmyslová komora@Praha
1 - chamber | Agrární komora České republiky@Praha
1 - chamber | Komora pro hospodářské styky se SNS@Praha
[public_authority]
6 city gov | Město {Town}
4 big gov | Statutární město {Town}
7 village gov | Obec {Town}
2 city gov | Městský úřad {Town}
2 - gov | {KrajNom}
2 - gov | Krajský úřad {KrajGen}
0.5 - govecon | Ministerstvo průmyslu a obchodu@Praha
0.5 - govecon | Ministerstvo pro místní rozvoj@Praha
0.3 - gov | Hlavní město Praha@Praha
[institution]
2 - research | {AVInst}
3 city hospital | Oblastní nemocnice {Town}, a.s.
3 city school | Střední průmyslová škola {Town}
2 city school | Vyšší odborná škola a Střední průmyslová škola {Town}
2 city museum | Státní okresní archiv {Town}
2 city museum | Městská knihovna {Town}
2 city labour | Úřad práce ČR – kontaktní pracoviště {Town}
2 city school | Gymnázium {Town}
2 city school | Střední odborná škola {Town}
1 city culture | Městské divadlo {Town}
1 city social | Domov pro seniory {Town}
1 city museum | Regionální muzeum {Town}
[business_support_organisation]
3 - bso | Regionální rozvojová agentura {KrajGen}
3 city park | Vědeckotechnický park {Town}
2 city bso | Podnikatelský inkubátor {Town}
2 - bso | Inovační centrum {KrajGen}
2 - bso | CzechInvest – regionální kancelář {KrajGen}
3 - cluster | {Cluster}
1 - cluster | Klastr {Brand}, z.s.
0.5 - funding | Národní rozvojová banka, a.s.@Praha
[other]
3 - ngo | MAS {Landscape}, z.s.
2 - ngo | Euroregion {Euroregion}
2 - ngo | {TownAdj_m} spolek podnikatelů, z.s.
1 - ngo | Sdružení obcí {Landscape}
1 - ngo | Nadace {Brand}
1 - ngo | Spolek {Brand}, z.s.
0.5 - prof | Svaz průmyslu a dopravy České republiky@Praha
0.5 - prof | Asociace malých a středních podniků a živnostníků ČR, z. s.@Praha
"""),
)

COUNTRY["SK"] = dict(
    w=9, lang="sk", tld="sk", cc="+421", brand_country="Slovakia",
    langs=[("cs", .3), ("de", .3), ("hu", .15), ("pl", .05), ("ru", .04)],
    mobile=[("90", 7), ("91", 7), ("94", 7), ("95", 7)],
    landline=[("2", 8), ("55", 7), ("41", 7), ("33", 7), ("48", 7)],
    freemail=["gmail.com", "azet.sk", "centrum.sk", "zoznam.sk"],
    tf="name pc adj", addr="sk", reg="sk", lf="sfx", lf_comma=0.1, sole="",
    legal=[("s.r.o.", 75, 35), ("a.s.", 5, 50), ("spol. s r.o.", 10, 12), ("k.s.", 2, 1), ("v.o.s.", 2, 1)],
    towns="""
*Bratislava|8xx 0x|Bratislavsk
*Košice|040 0x|Košick
*Prešov|080 01|Prešovsk
*Žilina|010 01|Žilinsk
*Nitra|949 01|Nitriansk
*Banská Bystrica|974 01|Banskobystrick
*Trnava|917 01|Trnavsk
*Trenčín|911 01|Trenčiansk
Martin|036 01|Martinsk
Poprad|058 01|Popradsk
Prievidza|971 01|Prievidzsk
Zvolen|960 01|Zvolensk
Považská Bystrica|017 01|Považskobystrick
Michalovce|071 01|Michalovsk
Nové Zámky|940 01|Novozámock
Spišská Nová Ves|052 01|Spišskonovoves
Komárno|945 01|Komárňansk
Levice|934 01|Levick
Humenné|066 01|Humensk
Bardejov|085 01|Bardejovsk
Liptovský Mikuláš|031 01|Liptovsk
Ružomberok|034 01|Ružombersk
Piešťany|921 01|Piešťansk
Topoľčany|955 01|Topoľčiansk
Čadca|022 01|Čadiansk
Dubnica nad Váhom|018 41|Dubnick
Skalica|909 01|Skalick
Senica|905 01|Senick
Dolný Kubín|026 01|Dolnokubínsk
Rožňava|048 01|Rožňavsk
Lučenec|984 01|Lučeneck
Žiar nad Hronom|965 01|Žiarsk
Galanta|924 01|Galantsk
Pezinok|902 01|Pezinsk
Senec|903 01|Seneck
Brezno|977 01|Brezniansk
Snina|069 01|Sninsk
Kežmarok|060 01|Kežmarsk
~Terchová|013 06|
~Ždiar|059 55|
~Liptovská Teplička|059 40|
~Čičmany|013 15|
~Oravská Lesná|029 57|
~Štrba|059 38|
~Habovka|027 32|
~Zuberec|027 32|
~Važec|032 61|
""",
    streets=bar("Hlavná|Štúrova|Hviezdoslavova|Kollárova|Námestie SNP|Štefánikova|Jesenského|Priemyselná|Mlynská|"
                "Záhradnícka|Športová|Obchodná|Partizánska|Sládkovičova|Moyzesova|Železničná|Poľná|Krátka|Dlhá|"
                "Bratislavská|Nitrianska|Kukučínova|Dukelská|Hurbanova|Rázusova|Komenského|Ružová|Lipová|"
                "Fraňa Kráľa|Vajanského|Južná trieda|Rastislavova|Továrenská|Pribinova|Mostová"),
    lists=dict(
        Univ=["Univerzita Komenského v Bratislave@Bratislava", "Slovenská technická univerzita v Bratislave@Bratislava",
              "Technická univerzita v Košiciach@Košice", "Žilinská univerzita v Žiline@Žilina",
              "Univerzita Pavla Jozefa Šafárika v Košiciach@Košice",
              "Slovenská poľnohospodárska univerzita v Nitre@Nitra",
              "Univerzita Mateja Bela v Banskej Bystrici@Banská Bystrica", "Trnavská univerzita v Trnave@Trnava",
              "Prešovská univerzita v Prešove@Prešov", "Technická univerzita vo Zvolene@Zvolen",
              "Trenčianska univerzita Alexandra Dubčeka v Trenčíne@Trenčín",
              "Ekonomická univerzita v Bratislave@Bratislava", "Univerzita Konštantína Filozofa v Nitre@Nitra"],
        Faculty=bar("Strojnícka fakulta|Fakulta elektrotechniky a informatiky|Stavebná fakulta|"
                    "Fakulta informatiky a informačných technológií|Materiálovotechnologická fakulta|"
                    "Fakulta baníctva, ekológie, riadenia a geotechnológií|Ekonomická fakulta|"
                    "Prírodovedecká fakulta|Fakulta chemickej a potravinárskej technológie|"
                    "Fakulta výrobných technológií"),
        VUC=["Bratislavský samosprávny kraj@Bratislava", "Trnavský samosprávny kraj@Trnava",
             "Trenčiansky samosprávny kraj@Trenčín", "Nitriansky samosprávny kraj@Nitra",
             "Žilinský samosprávny kraj@Žilina", "Banskobystrický samosprávny kraj@Banská Bystrica",
             "Prešovský samosprávny kraj@Prešov", "Košický samosprávny kraj@Košice"],
        SAV=["Ústav materiálov a mechaniky strojov SAV, v. v. i.@Bratislava",
             "Ústav materiálového výskumu SAV, v. v. i.@Košice", "Elektrotechnický ústav SAV, v. v. i.@Bratislava",
             "Ústav polymérov SAV, v. v. i.@Bratislava", "Výskumný ústav zváračský@Bratislava",
             "Slovenský hydrometeorologický ústav@Bratislava"],
        MAS=bar("Horný Liptov|Podtatranie|Žitava|Horná Nitra|Kysuce|Horný Spiš|Malohont|Záhorie|Dolný Zemplín|"
                "Turiec|Orava|Podpoľanie"),
        Cluster=["Automotive Cluster Slovakia@Trnava", "Košice IT Valley@Košice",
                 "Slovenský plastikársky klaster@Nitra", "Žilinský inteligentný klaster@Žilina",
                 "Slovenský energetický klaster@Bratislava"],
    ),
    kinds=kind_block("""
[university]
4 - uni | {Univ}
5 - uni | {Faculty}, {Univ}
[chamber]
3 city chamber | {TownAdj_f} regionálna komora SOPK
1 - chamber | Slovenská obchodná a priemyselná komora@Bratislava
1 - chamber | Slovenská živnostenská komora@Bratislava
1 - chamber | Slovenská poľnohospodárska a potravinárska komora@Bratislava
1 - chamber | Slovensko-nemecká obchodná a priemyselná komora@Bratislava
[public_authority]
6 city gov | Mesto {Town}
7 village gov | Obec {Town}
2 city gov | Mestský úrad {Town}
2 - gov | {VUC}
2 city gov | Okresný úrad {Town}
0.3 - gov | Hlavné mesto Slovenskej republiky Bratislava@Bratislava
0.5 - govecon | Ministerstvo hospodárstva Slovenskej republiky@Bratislava
[institution]
3 - research | {SAV}
3 big hospital | Fakultná nemocnica {Town}
3 city school | Stredná priemyselná škola strojnícka {Town}
2 city labour | Úrad práce, sociálnych vecí a rodiny {Town}
2 city museum | Štátny archív {Town}
2 city school | Gymnázium {Town}
1 city culture | Mestské kultúrne stredisko {Town}
1 city social | Zariadenie pre seniorov {Town}
[business_support_organisation]
3 city bso | Regionálna rozvojová agentúra {Town}
2 city park | Vedecko-technologický park {Town}
2 city bso | Podnikateľský inkubátor {Town}
2 - cluster | {Cluster}
1 - bso | Slovak Business Agency@Bratislava
1 - bso | Slovenská agentúra pre rozvoj investícií a obchodu (SARIO)@Bratislava
[other]
3 - ngo | MAS {MAS}, o. z.
2 city ngo | Klub podnikateľov {Town}
1 - ngo | Nadácia {Brand}
1 - ngo | Euroregión Beskydy@Žilina
1 - prof | Združenie podnikateľov Slovenska@Bratislava
1 - prof | Republiková únia zamestnávateľov@Bratislava
"""),
)

COUNTRY["PL"] = dict(
    w=8, lang="pl", tld="pl", cc="+48", brand_country="Polska",
    langs=[("de", .3), ("cs", .08), ("uk", .08), ("ru", .05), ("fr", .04)],
    mobile=[("50", 7), ("51", 7), ("60", 7), ("66", 7), ("69", 7), ("79", 7), ("88", 7)],
    landline=[("22", 7), ("12", 7), ("42", 7), ("71", 7), ("61", 7), ("58", 7), ("32", 7), ("75", 7)],
    freemail=["wp.pl", "onet.pl", "gmail.com", "interia.pl", "o2.pl"],
    tf="name pc adj gen loc", addr="pl", reg="pl", lf="sfx", sole="",
    legal=[("sp. z o.o.", 70, 50), ("S.A.", 3, 40), ("sp.j.", 10, 2), ("sp.k.", 8, 5), ("sp. z o.o. sp.k.", 4, 3)],
    towns="""
*Warszawa|0x-xxx|Warszawsk|Warszawy|Warszawie
*Kraków|3x-xxx|Krakowsk|Krakowa|Krakowie
*Łódź|9x-xxx|Łódzk|Łodzi|Łodzi
*Wrocław|5x-xxx|Wrocławsk|Wrocławia|Wrocławiu
*Poznań|6x-xxx|Poznańsk|Poznania|Poznaniu
*Gdańsk|80-xxx|Gdańsk|Gdańska|Gdańsku
*Szczecin|70-xxx|Szczecińsk|Szczecina|Szczecinie
*Bydgoszcz|85-xxx|Bydgosk|Bydgoszczy|Bydgoszczy
*Lublin|20-xxx|Lubelsk|Lublina|Lublinie
*Katowice|40-xxx|Katowick|Katowic|Katowicach
*Białystok|15-xxx|Białostock|Białegostoku|Białymstoku
*Gdynia|81-xxx|Gdyńsk|Gdyni|Gdyni
*Częstochowa|42-2xx|Częstochowsk|Częstochowy|Częstochowie
*Radom|26-6xx|Radomsk|Radomia|Radomiu
*Toruń|87-1xx|Toruńsk|Torunia|Toruniu
*Kielce|25-xxx|Kieleck|Kielc|Kielcach
*Rzeszów|35-xxx|Rzeszowsk|Rzeszowa|Rzeszowie
*Gliwice|44-1xx|Gliwick|Gliwic|Gliwicach
*Zabrze|41-8xx|Zabrzańsk|Zabrza|Zabrzu
*Olsztyn|10-xxx|Olsztyńsk|Olsztyna|Olsztynie
*Bielsko-Biała|43-3xx|Bielsk|Bielska-Białej|Bielsku-Białej
*Opole|45-xxx|Opolsk|Opola|Opolu
*Zielona Góra|65-xxx|Zielonogórsk|Zielonej Góry|Zielonej Górze
*Wałbrzych|58-3xx|Wałbrzysk|Wałbrzycha|Wałbrzychu
*Jelenia Góra|58-5xx|Jeleniogórsk|Jeleniej Góry|Jeleniej Górze
*Legnica|59-2xx|Legnick|Legnicy|Legnicy
*Tarnów|33-1xx|Tarnowsk|Tarnowa|Tarnowie
*Nowy Sącz|33-3xx|Sądeck|Nowego Sącza|Nowym Sączu
*Płock|09-4xx|Płock|Płocka|Płocku
*Elbląg|82-3xx|Elbląsk|Elbląga|Elblągu
*Koszalin|75-xxx|Koszalińsk|Koszalina|Koszalinie
*Kalisz|62-8xx|Kalisk|Kalisza|Kaliszu
Zgorzelec|59-900|Zgorzeleck|Zgorzelca|Zgorzelcu
Bolesławiec|59-700|Bolesławieck|Bolesławca|Bolesławcu
Lubań|59-800|Lubańsk|Lubania|Lubaniu
Racibórz|47-400|Raciborsk|Raciborza|Raciborzu
Cieszyn|43-400|Cieszyńsk|Cieszyna|Cieszynie
Kłodzko|57-300|Kłodzk|Kłodzka|Kłodzku
Bogatynia|59-920|Bogatyńsk|Bogatyni|Bogatyni
Karpacz|58-540|Karpack|Karpacza|Karpaczu
~Sulików|59-975||Sulikowa|Sulikowie
~Platerówka|59-815||Platerówki|Platerówce
~Mysłakowice|58-533||Mysłakowic|Mysłakowicach
~Podgórzyn|58-562||Podgórzyna|Podgórzynie
~Stara Kamienica|58-512||Starej Kamienicy|Starej Kamienicy
""",
    streets=bar("ul. Piotrkowska|ul. Mickiewicza|ul. Kościuszki|ul. Słowackiego|ul. Sienkiewicza|ul. Długa|"
                "ul. Polna|ul. Leśna|ul. Ogrodowa|ul. Kolejowa|ul. Przemysłowa|ul. Fabryczna|ul. Składowa|"
                "ul. Szkolna|ul. Kwiatowa|ul. Lipowa|ul. Żeromskiego|ul. Reymonta|ul. Wojska Polskiego|"
                "ul. 3 Maja|ul. Piłsudskiego|ul. Jana Pawła II|al. Niepodległości|al. Solidarności|"
                "pl. Wolności|ul. Grunwaldzka|ul. Krakowska|ul. Warszawska|ul. Poznańska|ul. Wrocławska|"
                "ul. Zielona|ul. Łąkowa|ul. Świętokrzyska|ul. Żwirki i Wigury|ul. Chrobrego|ul. Hutnicza"),
    lists=dict(
        Univ=["Politechnika Warszawska@Warszawa", "Uniwersytet Warszawski@Warszawa", "Uniwersytet Jagielloński@Kraków",
              "Akademia Górniczo-Hutnicza im. Stanisława Staszica w Krakowie@Kraków",
              "Politechnika Wrocławska@Wrocław", "Politechnika Łódzka@Łódź", "Uniwersytet Łódzki@Łódź",
              "Politechnika Gdańska@Gdańsk", "Politechnika Śląska@Gliwice",
              "Uniwersytet im. Adama Mickiewicza w Poznaniu@Poznań", "Politechnika Poznańska@Poznań",
              "Uniwersytet Wrocławski@Wrocław", "Politechnika Rzeszowska im. Ignacego Łukasiewicza@Rzeszów",
              "Politechnika Lubelska@Lublin", "Politechnika Opolska@Opole", "Uniwersytet Zielonogórski@Zielona Góra",
              "Politechnika Białostocka@Białystok", "Uniwersytet Ekonomiczny w Katowicach@Katowice",
              "Szkoła Główna Handlowa w Warszawie@Warszawa", "Uniwersytet Przyrodniczy we Wrocławiu@Wrocław"],
        Faculty=bar("Wydział Mechaniczny|Wydział Elektryczny|Wydział Budownictwa|Wydział Informatyki|"
                    "Wydział Chemiczny|Wydział Zarządzania|Wydział Inżynierii Materiałowej|"
                    "Wydział Technologii Materiałowych i Wzornictwa Tekstyliów|"
                    "Wydział Elektroniki, Fotoniki i Mikrosystemów|Wydział Ekonomiczny|Wydział Mechatroniki"),
        Voiv=["Dolnośląskiego@Wrocław", "Kujawsko-Pomorskiego@Toruń", "Lubelskiego@Lublin",
              "Lubuskiego@Zielona Góra", "Łódzkiego@Łódź", "Małopolskiego@Kraków", "Mazowieckiego@Warszawa",
              "Opolskiego@Opole", "Podkarpackiego@Rzeszów", "Podlaskiego@Białystok", "Pomorskiego@Gdańsk",
              "Śląskiego@Katowice", "Świętokrzyskiego@Kielce", "Warmińsko-Mazurskiego@Olsztyn",
              "Wielkopolskiego@Poznań", "Zachodniopomorskiego@Szczecin"],
        Lukasiewicz=["Instytut Metali Nieżelaznych@Gliwice", "Poznański Instytut Technologiczny@Poznań",
                     "Instytut Mikroelektroniki i Fotoniki@Warszawa", "Łódzki Instytut Technologiczny@Łódź",
                     "Krakowski Instytut Technologiczny@Kraków", "Instytut Lotnictwa@Warszawa",
                     "Górnośląski Instytut Technologiczny@Gliwice", "Instytut Ceramiki i Materiałów Budowlanych@Warszawa"],
        LGD=bar("Partnerstwo Izerskie|Kraina Łęgów Odrzańskich|Dolina Karpia|Brama Lubuska|Ziemia Kłodzka|"
                "Kraina Wygasłych Wulkanów|Partnerstwo Ducha Gór|Dolina Baryczy|Stolica Tradycji|Ziemia Bielska"),
    ),
    kinds=kind_block("""
[university]
4 - uni | {Univ}
5 - uni | {Faculty}, {Univ}
[chamber]
3 big chamber | {TownAdj_f} Izba Przemysłowo-Handlowa
3 city chamber | {TownAdj_f} Izba Gospodarcza
2 city chamber | Izba Rzemieślnicza i Przedsiębiorczości w {TownLoc}
1 - chamber | Krajowa Izba Gospodarcza@Warszawa
1 - chamber | Polsko-Niemiecka Izba Przemysłowo-Handlowa@Warszawa
[public_authority]
4 big gov | Urząd Miasta {TownGen}
3 big gov | Gmina Miejska {Town}
4 city gov | Urząd Miejski w {TownLoc}
6 village gov | Gmina {Town}
2 city gov | Starostwo Powiatowe w {TownLoc}
2 - gov | Urząd Marszałkowski Województwa {Voiv}
0.5 - govecon | Ministerstwo Rozwoju i Technologii@Warszawa
[institution]
3 - research | Sieć Badawcza Łukasiewicz – {Lukasiewicz}
3 big hospital | Wojewódzki Szpital Specjalistyczny w {TownLoc}
3 city school | Zespół Szkół Technicznych w {TownLoc}
2 city labour | Powiatowy Urząd Pracy w {TownLoc}
2 city museum | Muzeum Okręgowe w {TownLoc}
2 city school | Liceum Ogólnokształcące w {TownLoc}
1 city museum | Miejska Biblioteka Publiczna w {TownLoc}
1 city social | Miejski Ośrodek Pomocy Społecznej w {TownLoc}
[business_support_organisation]
3 big bso | {TownAdj_f} Agencja Rozwoju Regionalnego S.A.
3 big park | {TownAdj_m} Park Naukowo-Technologiczny
3 city bso | Inkubator Przedsiębiorczości w {TownLoc}
2 big bso | {TownAdj_f} Specjalna Strefa Ekonomiczna S.A.
1 - bso | Polska Agencja Rozwoju Przedsiębiorczości@Warszawa
1 - bso | Polska Agencja Inwestycji i Handlu S.A.@Warszawa
1 - cluster | Klaster {Brand}
[other]
3 - ngo | Lokalna Grupa Działania {LGD}
2 city ngo | Stowarzyszenie Przedsiębiorców Ziemi {TownGen}
2 city ngo | Fundacja Rozwoju {TownGen}
1 - ngo | Euroregion Nysa@Jelenia Góra
1 - ngo | Stowarzyszenie {Brand}
1 - prof | Konfederacja Lewiatan@Warszawa
"""),
)

_DE_FACULTY = bar("Fakultät Maschinenwesen|Fakultät Elektrotechnik und Informationstechnik|Fakultät für Informatik|"
                  "Fakultät Wirtschaftswissenschaften|Fakultät Bauingenieurwesen|Institut für Fertigungstechnik|"
                  "Institut für Leichtbau und Kunststofftechnik|Institut für Automatisierungstechnik|"
                  "Fakultät Umweltwissenschaften|Institut für Werkstoffwissenschaft|Zentrum für Technologietransfer")

COUNTRY["DE"] = dict(
    w=9.5, lang="de", tld="de", cc="+49", brand_country="Deutschland",
    langs=[("fr", .15), ("cs", .08), ("pl", .08), ("es", .05), ("it", .05), ("ru", .03)],
    mobile=[("151", 8), ("160", 7), ("170", 8), ("171", 8), ("172", 8), ("176", 8)],
    landline=[("30", 8), ("89", 8), ("351", 7), ("341", 7), ("371", 7), ("3581", 6), ("40", 8), ("911", 7)],
    freemail=["gmail.com", "web.de", "gmx.de", "t-online.de"],
    tf="name pc adj", addr="de", reg="de", lf="sfx", sole="e.K.",
    legal=[("GmbH", 60, 40), ("GmbH & Co. KG", 10, 25), ("AG", 1, 25), ("KG", 5, 3), ("OHG", 3, 1),
           ("UG (haftungsbeschränkt)", 10, 0)],
    towns="""
Berlin|10xxx|Berliner
Hamburg|20xxx|Hamburger
*München|80xxx|Münchner
Köln|50xxx|Kölner
Frankfurt am Main|60xxx|Frankfurter
*Stuttgart|70xxx|Stuttgarter
*Düsseldorf|40xxx|Düsseldorfer
Leipzig|04xxx|Leipziger
*Dresden|01xxx|Dresdner
Chemnitz|09xxx|Chemnitzer
Nürnberg|90xxx|Nürnberger
*Hannover|30xxx|
Bremen|28xxx|Bremer
Görlitz|02826|Görlitzer
Zittau|02763|Zittauer
Bautzen|02625|Bautzener
Freiberg|09599|Freiberger
Zwickau|08056|Zwickauer
Plauen|08523|Plauener
Regensburg|93047|Regensburger
Passau|94032|Passauer
Augsburg|86150|Augsburger
Würzburg|97070|Würzburger
*Erfurt|99084|Erfurter
Jena|07743|Jenaer
*Magdeburg|39104|Magdeburger
Rostock|18055|Rostocker
Cottbus|03046|Cottbuser
*Potsdam|14467|Potsdamer
Halle (Saale)|06108|
*Kiel|24103|Kieler
*Mainz|55116|Mainzer
Mannheim|68159|Mannheimer
Karlsruhe|76133|Karlsruher
Freiburg im Breisgau|79098|Freiburger
Ulm|89073|Ulmer
Ingolstadt|85049|Ingolstädter
Wolfsburg|38440|Wolfsburger
Bielefeld|33602|Bielefelder
Dortmund|44135|Dortmunder
Essen|45127|Essener
Bochum|44787|Bochumer
Aachen|52062|Aachener
Münster|48143|Münsteraner
*Saarbrücken|66111|Saarbrücker
Hof|95028|Hofer
Bayreuth|95444|Bayreuther
Weiden in der Oberpfalz|92637|Weidener
Pirna|01796|Pirnaer
Meißen|01662|Meißner
Annaberg-Buchholz|09456|
Schwäbisch Hall|74523|
Regen|94209|Regener
Cham|93413|Chamer
Freyung|94078|Freyunger
Tirschenreuth|95643|Tirschenreuther
~Oybin|02797|
~Jonsdorf|02796|
~Olbersdorf|02785|
~Großschönau|02779|
~Seifhennersdorf|02782|
~Kurort Rathen|01824|
~Bayerisch Eisenstein|94252|
~Lam|93462|
~Neureichenau|94089|
~Philippsreut|94158|
""",
    streets=bar("Hauptstraße|Bahnhofstraße|Schulstraße|Gartenstraße|Dorfstraße|Bergstraße|Industriestraße|"
                "Gewerbestraße|Lindenstraße|Kirchstraße|Am Markt|Goethestraße|Schillerstraße|Friedrichstraße|"
                "Mühlenweg|Rosenweg|Waldstraße|Ringstraße|Siemensstraße|Robert-Bosch-Straße|Carl-Zeiss-Straße|"
                "Am Gewerbepark|Wilhelmstraße|Leipziger Straße|Dresdner Straße|Poststraße|Marktplatz|Feldstraße|"
                "Weststraße|Äußere Weberstraße|Zittauer Straße|Löbauer Straße|Am Wiesengrund|Gutenbergstraße"),
    lists=dict(
        Univ=["Technische Universität Dresden@Dresden", "Technische Universität Chemnitz@Chemnitz",
              "Technische Universität München@München", "Ludwig-Maximilians-Universität München@München",
              "Universität Leipzig@Leipzig", "Hochschule Zittau/Görlitz@Zittau",
              "Technische Universität Bergakademie Freiberg@Freiberg", "Friedrich-Schiller-Universität Jena@Jena",
              "Universität Regensburg@Regensburg", "Universität Passau@Passau",
              "Ostbayerische Technische Hochschule Regensburg@Regensburg",
              "Hochschule für Technik und Wirtschaft Dresden@Dresden", "Westsächsische Hochschule Zwickau@Zwickau",
              "Karlsruher Institut für Technologie@Karlsruhe",
              "Rheinisch-Westfälische Technische Hochschule Aachen@Aachen", "Humboldt-Universität zu Berlin@Berlin",
              "Technische Universität Berlin@Berlin", "Universität Stuttgart@Stuttgart",
              "Hochschule Hof@Hof", "Universität Bayreuth@Bayreuth"],
        Faculty=_DE_FACULTY,
        Landkreis=["Landratsamt Görlitz@Görlitz", "Landratsamt Bautzen@Bautzen",
                   "Landratsamt Sächsische Schweiz-Osterzgebirge@Pirna", "Landratsamt Erzgebirgskreis@Annaberg-Buchholz",
                   "Landratsamt Vogtlandkreis@Plauen", "Landratsamt Zwickau@Zwickau", "Landratsamt Mittelsachsen@Freiberg",
                   "Landratsamt Regen@Regen", "Landratsamt Cham@Cham", "Landratsamt Passau@Passau", "Landratsamt Hof@Hof",
                   "Landratsamt Tirschenreuth@Tirschenreuth", "Landratsamt Freyung-Grafenau@Freyung"],
        Ministry=["Sächsisches Staatsministerium für Wirtschaft, Arbeit, Energie und Klimaschutz@Dresden",
                  "Bayerisches Staatsministerium für Wirtschaft, Landesentwicklung und Energie@München",
                  "Bundesministerium für Wirtschaft und Energie@Berlin"],
        Research=["Fraunhofer-Institut für Werkzeugmaschinen und Umformtechnik IWU@Chemnitz",
                  "Fraunhofer-Institut für Keramische Technologien und Systeme IKTS@Dresden",
                  "Fraunhofer-Institut für Photonische Mikrosysteme IPMS@Dresden",
                  "Leibniz-Institut für Polymerforschung Dresden e.V.@Dresden",
                  "Helmholtz-Zentrum Dresden-Rossendorf e.V.@Dresden",
                  "Max-Planck-Institut für Physik komplexer Systeme@Dresden",
                  "Fraunhofer-Institut für Integrierte Schaltungen IIS@Nürnberg",
                  "Deutsches Zentrum für Luft- und Raumfahrt e.V.@Köln",
                  "Forschungszentrum Jülich GmbH@Aachen"],
    ),
    kinds=kind_block("""
[university]
4 - uni | {Univ}
5 - uni | {Faculty}, {Univ}
[chamber]
4 city chamber | Industrie- und Handelskammer {Town}
3 city chamber | Handwerkskammer {Town}
1 - chamber | Deutscher Industrie- und Handelskammertag e.V.@Berlin
[public_authority]
6 city gov | Stadt {Town}
3 big gov | Landeshauptstadt {Town}
6 village gov | Gemeinde {Town}
3 - gov | {Landkreis}
1 - govecon | {Ministry}
[institution]
4 - research | {Research}
3 city hospital | Klinikum {Town}
2 city school | Berufsschulzentrum {Town}
2 city labour | Agentur für Arbeit {Town}
2 city museum | Stadtmuseum {Town}
2 city school | Volkshochschule {Town}
1 city museum | Stadtbibliothek {Town}
1 city culture | Theater {Town}
[business_support_organisation]
4 city bso | Wirtschaftsförderung {Town} GmbH
3 city park | Technologie- und Gründerzentrum {Town}
1 - bso | Wirtschaftsförderung Sachsen GmbH@Dresden
1 - bso | Invest in Bavaria@München
1 - bso | Bayern Innovativ GmbH@Nürnberg
1 - funding | Sächsische Aufbaubank – Förderbank@Leipzig
1 - bso | Germany Trade & Invest@Berlin
2 - cluster | Netzwerk {Brand} e.V.
[other]
3 city ngo | {TownAdj} Unternehmerverband e.V.
2 - ngo | Förderverein {Brand} e.V.
1 - ngo | Euroregion Neisse e.V.@Zittau
1 - ngo | Euroregion Elbe/Labe e.V.@Pirna
1 - prof | Verein Deutscher Ingenieure e.V.@Düsseldorf
1 - ngo | Stiftung {Surname}
"""),
)

COUNTRY["AT"] = dict(
    w=6, lang="de", tld="at", cc="+43", brand_country="Austria",
    langs=[("it", .08), ("cs", .06), ("hu", .05), ("sl", .03), ("fr", .05)],
    mobile=[("664", 7), ("660", 7), ("676", 7), ("699", 8), ("650", 7)],
    landline=[("1", 8), ("316", 6), ("732", 6), ("662", 6), ("512", 6), ("2742", 6)],
    freemail=["gmx.at", "gmail.com", "aon.at", "a1.net"],
    tf="name pc adj", addr="de", reg="at", lf="sfx", sole="e.U.",
    legal=[("GmbH", 70, 45), ("AG", 1, 25), ("KG", 6, 5), ("OG", 6, 1), ("GmbH & Co KG", 5, 15)],
    towns="""
*Wien|1xx0|Wiener
Graz|80x0|Grazer
Linz|40x0|Linzer
Salzburg|50x0|Salzburger
Innsbruck|60x0|Innsbrucker
Klagenfurt am Wörthersee|9020|Klagenfurter
Villach|9500|Villacher
Wels|4600|Welser
St. Pölten|3100|St. Pöltner
Dornbirn|6850|Dornbirner
Wiener Neustadt|2700|Wiener Neustädter
Steyr|4400|Steyrer
Feldkirch|6800|Feldkircher
Bregenz|6900|Bregenzer
Leoben|8700|Leobener
Krems an der Donau|3500|Kremser
Traun|4050|Trauner
Amstetten|3300|Amstettner
Kapfenberg|8605|Kapfenberger
Mödling|2340|Mödlinger
Baden|2500|Badener
Gmünd|3950|Gmünder
Freistadt|4240|Freistädter
Eisenstadt|7000|Eisenstädter
Braunau am Inn|5280|Braunauer
Schwechat|2320|Schwechater
Hallein|5400|Halleiner
Wolfsberg|9400|Wolfsberger
Zwettl|3910|Zwettler
Horn|3580|Horner
~Ulrichsberg|4161|
~Aigen-Schlägl|4160|
~Sandl|4251|
~Hohenau an der March|2273|
~Reingers|3863|
~Haugschlag|3874|
~Gutau|4293|
""",
    streets=bar("Hauptstraße|Bahnhofstraße|Kirchengasse|Schulgasse|Industriestraße|Wiener Straße|Linzer Straße|"
                "Grazer Straße|Mariahilfer Straße|Landstraße|Herrengasse|Gewerbepark|Dorfplatz|Stadtplatz|"
                "Ringstraße|Mühlgasse|Lindengasse|Rosengasse|Feldgasse|Technologiestraße|Industriezeile"),
    lists=dict(
        Univ=["Universität Wien@Wien", "Technische Universität Wien@Wien", "Technische Universität Graz@Graz",
              "Johannes Kepler Universität Linz@Linz", "Universität Innsbruck@Innsbruck",
              "Montanuniversität Leoben@Leoben", "Universität für Bodenkultur Wien@Wien",
              "Fachhochschule Oberösterreich@Wels", "FH Joanneum@Graz", "Universität Salzburg@Salzburg",
              "Wirtschaftsuniversität Wien@Wien", "Fachhochschule Technikum Wien@Wien",
              "Universität Klagenfurt@Klagenfurt am Wörthersee", "IMC Fachhochschule Krems@Krems an der Donau"],
        Faculty=_DE_FACULTY,
        Land=["Wien@Wien", "Niederösterreich@St. Pölten", "Oberösterreich@Linz", "Steiermark@Graz",
              "Kärnten@Klagenfurt am Wörthersee", "Salzburg@Salzburg", "Tirol@Innsbruck", "Vorarlberg@Feldkirch",
              "Burgenland@Eisenstadt"],
        Landesregierung=["Amt der Oberösterreichischen Landesregierung@Linz",
                         "Amt der Niederösterreichischen Landesregierung@St. Pölten",
                         "Amt der Steiermärkischen Landesregierung@Graz",
                         "Amt der Kärntner Landesregierung@Klagenfurt am Wörthersee",
                         "Amt der Salzburger Landesregierung@Salzburg", "Amt der Tiroler Landesregierung@Innsbruck",
                         "Amt der Vorarlberger Landesregierung@Bregenz",
                         "Amt der Burgenländischen Landesregierung@Eisenstadt"],
        Research=["AIT Austrian Institute of Technology GmbH@Wien",
                  "Joanneum Research Forschungsgesellschaft mbH@Graz",
                  "Salzburg Research Forschungsgesellschaft m.b.H.@Salzburg",
                  "Profactor GmbH@Steyr", "Linz Center of Mechatronics GmbH@Linz"],
        Agency=["ecoplus. Niederösterreichs Wirtschaftsagentur GmbH@St. Pölten",
                "Business Upper Austria – OÖ Wirtschaftsagentur GmbH@Linz", "Wirtschaftsagentur Wien@Wien",
                "Steirische Wirtschaftsförderungsgesellschaft m.b.H.@Graz", "Standortagentur Tirol GmbH@Innsbruck",
                "Austria Wirtschaftsservice GmbH@Wien",
                "Österreichische Forschungsförderungsgesellschaft mbH (FFG)@Wien"],
        Leader=["LEADER-Region Mühlviertler Kernland@Freistadt", "LEADER-Region Waldviertler Grenzland@Gmünd",
                "LEADER-Region Weinviertel Ost@Mödling", "LEADER-Region Hermagor@Villach"],
    ),
    kinds=kind_block("""
[university]
4 - uni | {Univ}
5 - uni | {Faculty}, {Univ}
[chamber]
4 - chamber | Wirtschaftskammer {Land}
2 - chamber | Landwirtschaftskammer {Land}
1 - chamber | Arbeiterkammer {Land}
1 - chamber | Wirtschaftskammer Österreich@Wien
[public_authority]
6 city gov | Stadt {Town}
3 city gov | Stadtgemeinde {Town}
5 village gov | Marktgemeinde {Town}
3 village gov | Gemeinde {Town}
2 big gov | Magistrat der Stadt {Town}
3 - gov | {Landesregierung}
0.5 - govecon | Bundesministerium für Wirtschaft, Energie und Tourismus@Wien
[institution]
4 - research | {Research}
3 city hospital | Landesklinikum {Town}
3 city school | Höhere Technische Bundeslehranstalt {Town}
2 city labour | Arbeitsmarktservice {Town}
[business_support_organisation]
4 - bso | {Agency}
3 city park | Technologiezentrum {Town}
2 city park | Impulszentrum {Town}
1 - cluster | Cluster {Brand}
[other]
3 - ngo | {Leader}
2 - prof | Industriellenvereinigung {Land}
2 - ngo | Verein {Brand}
1 - ngo | Regionalverband {Town}
"""),
)

COUNTRY["CH"] = dict(
    w=1.1, tld="ch", cc="+41", brand_country="Schweiz", addr="de", reg="ch", lf="sfx", sole="",
    mobile=[("76", 7), ("77", 7), ("78", 7), ("79", 7)],
    landline=[("44", 7), ("31", 7), ("61", 7), ("41", 7), ("22", 7), ("21", 7)],
    freemail=["bluewin.ch", "gmail.com", "gmx.ch"],
    tf="name pc adj",
    variants=[
        (0.72, dict(
            lang="de", langs=[("fr", .6), ("it", .3)],
            legal=[("AG", 40, 75), ("GmbH", 55, 20), ("Genossenschaft", 2, 5)],
            towns="""
*Zürich|80xx|Zürcher
*Bern|30xx|Berner
*Basel|40xx|Basler
*Luzern|6003|Luzerner
*St. Gallen|9000|St. Galler
Winterthur|8400|Winterthurer
*Zug|6300|Zuger
*Aarau|5000|Aarauer
*Schaffhausen|8200|Schaffhauser
*Chur|7000|Churer
Thun|3600|Thuner
Biel/Bienne|2502|Bieler
Dübendorf|8600|
Baden|5400|Badener
~Andermatt|6490|
~Grindelwald|3818|
""",
            streets=bar("Bahnhofstrasse|Hauptstrasse|Industriestrasse|Dorfstrasse|Seestrasse|Kirchgasse|"
                        "Zürcherstrasse|Bernstrasse|Gewerbestrasse|Technoparkstrasse|Poststrasse"),
            lists=dict(
                Univ=["ETH Zürich@Zürich", "Universität Zürich@Zürich", "Universität Bern@Bern",
                      "Universität Basel@Basel", "Hochschule Luzern@Luzern",
                      "Zürcher Hochschule für Angewandte Wissenschaften@Winterthur",
                      "Fachhochschule Nordwestschweiz@Basel", "Universität St. Gallen@St. Gallen"],
                Faculty=_DE_FACULTY,
                Kanton=["Kanton Zürich@Zürich", "Kanton Bern@Bern", "Kanton Luzern@Luzern",
                        "Kanton Basel-Stadt@Basel", "Kanton St. Gallen@St. Gallen", "Kanton Aargau@Aarau",
                        "Kanton Zug@Zug", "Kanton Graubünden@Chur", "Kanton Schaffhausen@Schaffhausen"],
            ),
            kinds=kind_block("""
[university]
4 - uni | {Univ}
3 - uni | {Faculty}, {Univ}
[chamber]
1 - chamber | Handelskammer beider Basel@Basel
1 - chamber | Zürcher Handelskammer@Zürich
1 - chamber | Industrie- und Handelskammer Zentralschweiz@Luzern
1 - chamber | Industrie- und Handelskammer St.Gallen-Appenzell@St. Gallen
[public_authority]
5 city gov | Stadt {Town}
3 village gov | Gemeinde {Town}
3 - gov | {Kanton}
[institution]
2 - research | Eidgenössische Materialprüfungs- und Forschungsanstalt Empa@Dübendorf
2 - research | Paul Scherrer Institut@Baden
2 city hospital | Kantonsspital {Town}
[business_support_organisation]
2 - funding | Innosuisse – Schweizerische Agentur für Innovationsförderung@Bern
2 - bso | Switzerland Global Enterprise@Zürich
1 - bso | Greater Zurich Area AG@Zürich
2 city park | Technopark {Town}
[other]
2 - ngo | Verein {Brand}
1 - prof | Swissmem@Zürich
1 - prof | economiesuisse@Zürich
"""),
        )),
        (0.28, dict(
            lang="fr", langs=[("de", .6), ("it", .2)], brand_country="Suisse",
            legal=[("SA", 45, 75), ("Sàrl", 55, 25)],
            towns="""
*Genève|120x|
*Lausanne|100x|
*Neuchâtel|2000|
*Fribourg|1700|
*Sion|1950|
Yverdon-les-Bains|1400|
La Chaux-de-Fonds|2300|
Delémont|2800|
~Sainte-Croix|1450|
""",
            streets=bar("rue du Rhône|avenue de la Gare|route de Lausanne|rue de la Gare|chemin des Vignes|"
                        "rue du Marché|avenue de Rumine|rue de l'Industrie|route de Genève"),
            lists=dict(
                Univ=["École polytechnique fédérale de Lausanne@Lausanne", "Université de Genève@Genève",
                      "Université de Lausanne@Lausanne", "Université de Neuchâtel@Neuchâtel",
                      "Université de Fribourg@Fribourg", "Haute école d'ingénierie et de gestion du canton de Vaud@Yverdon-les-Bains"],
                Canton=["République et canton de Genève@Genève", "État de Vaud@Lausanne",
                        "République et Canton de Neuchâtel@Neuchâtel", "État de Fribourg@Fribourg",
                        "État du Valais@Sion"],
            ),
            kinds=kind_block("""
[university]
4 - uni | {Univ}
[chamber]
1 - chamber | Chambre de commerce et d'industrie de Genève@Genève
1 - chamber | Chambre vaudoise du commerce et de l'industrie@Lausanne
1 - chamber | Chambre neuchâteloise du commerce et de l'industrie@Neuchâtel
[public_authority]
5 city gov | Ville {de_Town}
3 village gov | Commune {de_Town}
3 - gov | {Canton}
[institution]
2 - research | CSEM Centre Suisse d'Electronique et de Microtechnique SA@Neuchâtel
2 city hospital | Hôpital {de_Town}
[business_support_organisation]
2 - bso | Greater Geneva Bern area@Lausanne
2 city park | Parc scientifique {de_Town}
1 - bso | Innovaud@Lausanne
[other]
2 - ngo | Association {Brand}
1 - prof | Fédération des Entreprises Romandes@Genève
"""),
        )),
    ],
)

COUNTRY["HU"] = dict(
    w=3, lang="hu", tld="hu", cc="+36", brand_country="Hungary",
    langs=[("de", .35), ("sk", .05), ("ro", .04), ("fr", .04), ("ru", .04)],
    mobile=[("20", 7), ("30", 7), ("70", 7)],
    landline=[("1", 7), ("96", 6), ("46", 6), ("52", 6), ("62", 6), ("72", 6)],
    freemail=["freemail.hu", "gmail.com", "citromail.hu"],
    tf="name pc adj", addr="hu", reg="hu", lf="sfx", sole="",
    legal=[("Kft.", 72, 45), ("Zrt.", 4, 40), ("Nyrt.", 0, 5), ("Bt.", 18, 0), ("Kkt.", 3, 0)],
    towns="""
Budapest|1xx1|Budapesti
*Debrecen|40xx|Debreceni
*Szeged|67xx|Szegedi
*Miskolc|35xx|Miskolci
*Pécs|76xx|Pécsi
*Győr|90xx|Győri
*Nyíregyháza|4400|Nyíregyházi
*Kecskemét|6000|Kecskeméti
*Székesfehérvár|8000|Székesfehérvári
*Szombathely|9700|Szombathelyi
*Szolnok|5000|Szolnoki
*Tatabánya|2800|Tatabányai
*Kaposvár|7400|Kaposvári
*Érd|2030|Érdi
*Veszprém|8200|Veszprémi
*Békéscsaba|5600|Békéscsabai
*Zalaegerszeg|8900|Zalaegerszegi
*Sopron|9400|Soproni
*Eger|3300|Egri
*Nagykanizsa|8800|Nagykanizsai
*Dunaújváros|2400|Dunaújvárosi
*Hódmezővásárhely|6800|Hódmezővásárhelyi
*Salgótarján|3100|Salgótarjáni
*Szekszárd|7100|Szekszárdi
Cegléd|2700|Ceglédi
Baja|6500|Bajai
Ózd|3600|Ózdi
Vác|2600|Váci
Gödöllő|2100|Gödöllői
Esztergom|2500|Esztergomi
Paks|7030|Paksi
Mosonmagyaróvár|9200|Mosonmagyaróvári
Szentendre|2000|Szentendrei
Jászberény|5100|Jászberényi
Kiskunfélegyháza|6100|Kiskunfélegyházi
~Hollókő|3176|
~Tihany|8237|
~Bükkszentkereszt|3557|
~Szalafő|9942|
~Őriszentpéter|9941|
~Hegykő|9437|
~Fertőrákos|9421|
""",
    streets=bar("Fő utca|Kossuth Lajos utca|Petőfi Sándor utca|Rákóczi út|Ady Endre utca|Dózsa György út|"
                "Széchenyi tér|Baross Gábor út|Bajcsy-Zsilinszky út|Váci út|Jókai Mór utca|Arany János utca|"
                "Deák Ferenc utca|Ipari park|Gyár utca|Szent István körút|Béke utca|Vasút utca|"
                "Kölcsey Ferenc utca|Hunyadi János utca|Szabadság tér|Budai út|Bocskai István utca|"
                "Zrínyi Miklós utca|Bartók Béla út"),
    lists=dict(
        Univ=["Budapesti Műszaki és Gazdaságtudományi Egyetem@Budapest", "Eötvös Loránd Tudományegyetem@Budapest",
              "Debreceni Egyetem@Debrecen", "Szegedi Tudományegyetem@Szeged", "Miskolci Egyetem@Miskolc",
              "Pécsi Tudományegyetem@Pécs", "Széchenyi István Egyetem@Győr", "Óbudai Egyetem@Budapest",
              "Pannon Egyetem@Veszprém", "Magyar Agrár- és Élettudományi Egyetem@Gödöllő",
              "Budapesti Corvinus Egyetem@Budapest", "Neumann János Egyetem@Kecskemét",
              "Nyíregyházi Egyetem@Nyíregyháza", "Soproni Egyetem@Sopron"],
        Faculty=bar("Gépészmérnöki Kar|Villamosmérnöki és Informatikai Kar|Építőmérnöki Kar|Gazdaságtudományi Kar|"
                    "Természettudományi Kar|Műszaki Kar|Informatikai Kar|Gépészmérnöki és Informatikai Kar|"
                    "Műszaki és Informatikai Kar|Mérnöki Kar"),
        County=["Győr-Moson-Sopron@Győr", "Borsod-Abaúj-Zemplén@Miskolc", "Hajdú-Bihar@Debrecen",
                "Csongrád-Csanád@Szeged", "Baranya@Pécs", "Fejér@Székesfehérvár", "Pest@Budapest",
                "Szabolcs-Szatmár-Bereg@Nyíregyháza", "Vas@Szombathely", "Zala@Zalaegerszeg", "Veszprém@Veszprém",
                "Komárom-Esztergom@Tatabánya", "Nógrád@Salgótarján", "Heves@Eger", "Bács-Kiskun@Kecskemét",
                "Békés@Békéscsaba", "Jász-Nagykun-Szolnok@Szolnok", "Somogy@Kaposvár", "Tolna@Szekszárd"],
        Research=["HUN-REN Wigner Fizikai Kutatóközpont@Budapest",
                  "HUN-REN Számítástechnikai és Automatizálási Kutatóintézet@Budapest",
                  "Bay Zoltán Alkalmazott Kutatási Közhasznú Nonprofit Kft.@Miskolc",
                  "HUN-REN Energiatudományi Kutatóközpont@Budapest"],
    ),
    kinds=kind_block("""
[university]
4 - uni | {Univ}
5 - uni | {Univ} {Faculty}
[chamber]
4 - chamber | {County} Vármegyei Kereskedelmi és Iparkamara
1 - chamber | Budapesti Kereskedelmi és Iparkamara@Budapest
1 - chamber | Magyar Kereskedelmi és Iparkamara@Budapest
1 - chamber | Nemzeti Agrárgazdasági Kamara@Budapest
1 - chamber | Magyar Mérnöki Kamara@Budapest
[public_authority]
4 big gov | {Town} Megyei Jogú Város Önkormányzata
5 city gov | {Town} Város Önkormányzata
6 village gov | {Town} Község Önkormányzata
3 - gov | {County} Vármegyei Önkormányzat
2 - gov | {County} Vármegyei Kormányhivatal
0.3 - gov | Budapest Főváros Önkormányzata@Budapest
[institution]
3 - research | {Research}
3 city school | {TownAdj} Szakképzési Centrum
2 city hospital | {TownAdj} Kórház
2 city museum | {TownAdj} Városi Könyvtár
[business_support_organisation]
3 city park | {TownAdj} Ipari Park Kft.
3 - bso | {County} Vármegyei Vállalkozásfejlesztési Alapítvány
2 city bso | {TownAdj} Innovációs és Technológiai Központ
1 - bso | HIPA Nemzeti Befektetési Ügynökség@Budapest
1 - cluster | Pannon Autóipari Klaszter@Győr
[other]
2 city ngo | {TownAdj} Iparosok és Vállalkozók Egyesülete
2 - ngo | {Brand} Alapítvány
1 - prof | Vállalkozók és Munkáltatók Országos Szövetsége@Budapest
1 - ngo | Ister-Granum Eurorégió@Esztergom
"""),
)

COUNTRY["SI"] = dict(
    w=1.2, lang="sl", tld="si", cc="+386", brand_country="Slovenija",
    langs=[("de", .3), ("hr", .3), ("it", .2)],
    mobile=[("31", 6), ("41", 6), ("51", 6), ("40", 6), ("70", 6)], landline=[("1", 7), ("2", 7), ("3", 7), ("4", 7)],
    freemail=["gmail.com", "siol.net"], tf="name pc adj", addr="de", reg="si", lf="sfx", sole="s.p.",
    legal=[("d.o.o.", 85, 60), ("d.d.", 2, 35), ("k.d.", 3, 2), ("d.n.o.", 2, 1)],
    towns="""
*Ljubljana|1000|Ljubljansk
*Maribor|2000|Mariborsk
*Celje|3000|Celjsk
*Kranj|4000|Kranjsk
*Koper|6000|Koprsk
*Velenje|3320|Velenjsk
*Novo mesto|8000|Novomešk
*Ptuj|2250|Ptujsk
Trbovlje|1420|Trboveljsk
Kamnik|1241|Kamnišk
Jesenice|4270|
Nova Gorica|5000|
Domžale|1230|Domžalsk
Murska Sobota|9000|
Škofja Loka|4220|
Idrija|5280|Idrijsk
Postojna|6230|Postojnsk
Krško|8270|Kršk
Izola|6310|Izolsk
Kočevje|1330|Kočevsk
~Bovec|5230|
~Kobarid|5222|
~Bohinjska Bistrica|4264|
""",
    streets=bar("Dunajska cesta|Celovška cesta|Tržaška cesta|Slovenska cesta|Partizanska cesta|Industrijska cesta|"
                "Obrtniška ulica|Glavni trg|Prešernova ulica|Cankarjeva ulica|Kidričeva ulica|Tomšičeva ulica|"
                "Ljubljanska cesta|Mariborska cesta|Kolodvorska ulica|Šolska ulica|Vrtna ulica|Tovarniška cesta"),
    lists=dict(Univ=["Univerza v Ljubljani@Ljubljana", "Univerza v Mariboru@Maribor", "Univerza na Primorskem@Koper",
                     "Univerza v Novi Gorici@Nova Gorica"],
               Faculty=bar("Fakulteta za strojništvo|Fakulteta za elektrotehniko|"
                           "Fakulteta za računalništvo in informatiko|Fakulteta za gradbeništvo|Ekonomska fakulteta|"
                           "Fakulteta za kemijo in kemijsko tehnologijo")),
    kinds=kind_block("""
[university]
3 - uni | {Univ}
5 - uni | {Faculty}, {Univ}
[chamber]
2 - chamber | Gospodarska zbornica Slovenije@Ljubljana
3 city chamber | Območna obrtno-podjetniška zbornica {Town}
1 - chamber | Obrtno-podjetniška zbornica Slovenije@Ljubljana
2 city chamber | Regionalna gospodarska zbornica {Town}
[public_authority]
4 big gov | Mestna občina {Town}
5 - gov | Občina {Town}
0.5 - govecon | Ministrstvo za gospodarstvo, turizem in šport@Ljubljana
[institution]
2 - research | Institut "Jožef Stefan"@Ljubljana
1 - research | Kemijski inštitut@Ljubljana
1 - research | Zavod za gradbeništvo Slovenije@Ljubljana
2 city hospital | Splošna bolnišnica {Town}
2 city school | Šolski center {Town}
[business_support_organisation]
3 city bso | Regionalna razvojna agencija {Town}
2 city park | Tehnološki park {Town}
2 city bso | Podjetniški inkubator {Town}
1 - bso | SPIRIT Slovenija, javna agencija@Ljubljana
[other]
2 - ngo | Društvo {Brand}
1 - ngo | Lokalna akcijska skupina {Town}
"""),
)

COUNTRY["HR"] = dict(
    w=1.0, lang="hr", tld="hr", cc="+385", brand_country="Hrvatska",
    langs=[("de", .3), ("it", .2), ("sl", .08)],
    mobile=[("91", 7), ("92", 7), ("95", 7), ("98", 7), ("99", 7)], landline=[("1", 7), ("21", 6), ("51", 6), ("31", 6)],
    freemail=["gmail.com", "net.hr", "inet.hr"], tf="name pc adj", addr="de", reg="hr", lf="sfx", sole="",
    legal=[("d.o.o.", 75, 65), ("d.d.", 1, 35), ("j.d.o.o.", 20, 0)],
    towns="""
*Zagreb|10000|Zagrebačk
*Split|21000|Splitsk
*Rijeka|51000|Riječk
*Osijek|31000|Osječk
*Zadar|23000|Zadarsk
*Slavonski Brod|35000|Brodsk
*Pula|52100|Pulsk
*Karlovac|47000|Karlovačk
*Varaždin|42000|Varaždinsk
Velika Gorica|10410|Velikogoričk
Sisak|44000|Sisačk
Šibenik|22000|Šibensk
Dubrovnik|20000|Dubrovačk
Bjelovar|43000|Bjelovarsk
Samobor|10430|Samoborsk
Vinkovci|32100|Vinkovačk
Koprivnica|48000|Koprivničk
Đakovo|31400|Đakovačk
Vukovar|32000|Vukovarsk
Čakovec|40000|Čakovečk
Požega|34000|Požešk
Virovitica|33000|Virovitičk
Poreč|52440|Porešk
Rovinj|52210|Rovinjsk
~Motovun|52424|
~Plitvička Jezera|53231|
""",
    streets=bar("Ilica|Savska cesta|Vukovarska ulica|Ulica kralja Zvonimira|Radnička cesta|Zagrebačka cesta|"
                "Obala kneza Branimira|Ulica Ante Starčevića|Industrijska ulica|Obrtnička ulica|Kolodvorska ulica|"
                "Frankopanska ulica|Ulica Matije Gupca|Riva|Ulica hrvatskih branitelja|Strossmayerova ulica|"
                "Ulica Stjepana Radića"),
    lists=dict(Univ=["Sveučilište u Zagrebu@Zagreb", "Sveučilište u Splitu@Split", "Sveučilište u Rijeci@Rijeka",
                     "Sveučilište Josipa Jurja Strossmayera u Osijeku@Osijek", "Sveučilište u Zadru@Zadar",
                     "Sveučilište Sjever@Varaždin", "Sveučilište Jurja Dobrile u Puli@Pula"],
               Faculty=bar("Fakultet strojarstva i brodogradnje|Fakultet elektrotehnike i računarstva|"
                           "Građevinski fakultet|Ekonomski fakultet|Tehnički fakultet|"
                           "Prehrambeno-biotehnološki fakultet"),
               Zupanija=["Osječko-baranjska županija@Osijek", "Splitsko-dalmatinska županija@Split",
                         "Primorsko-goranska županija@Rijeka", "Istarska županija@Pula", "Zagrebačka županija@Zagreb",
                         "Varaždinska županija@Varaždin", "Međimurska županija@Čakovec", "Zadarska županija@Zadar",
                         "Dubrovačko-neretvanska županija@Dubrovnik", "Vukovarsko-srijemska županija@Vukovar"]),
    kinds=kind_block("""
[university]
3 - uni | {Univ}
5 - uni | {Faculty}, {Univ}
[chamber]
2 - chamber | Hrvatska gospodarska komora@Zagreb
3 city chamber | Hrvatska gospodarska komora – Županijska komora {Town}
1 - chamber | Hrvatska obrtnička komora@Zagreb
2 city chamber | Obrtnička komora {Town}
[public_authority]
5 city gov | Grad {Town}
4 village gov | Općina {Town}
3 - gov | {Zupanija}
[institution]
2 - research | Institut Ruđer Bošković@Zagreb
2 city hospital | Opća bolnica {Town}
2 city school | Tehnička škola {Town}
[business_support_organisation]
3 city bso | Regionalna razvojna agencija {Town}
2 city park | Tehnološki park {Town}
2 city bso | Poduzetnički inkubator {Town}
1 - funding | Hrvatska agencija za malo gospodarstvo, inovacije i investicije (HAMAG-BICRO)@Zagreb
[other]
2 - ngo | Udruga {Brand}
1 - ngo | Lokalna akcijska grupa {Town}
"""),
)

COUNTRY["RO"] = dict(
    w=1.3, lang="ro", tld="ro", cc="+40", brand_country="România",
    langs=[("fr", .15), ("de", .15), ("it", .1), ("hu", .08)],
    mobile=[("72", 7), ("74", 7), ("75", 7), ("76", 7)], landline=[("21", 7), ("268", 6), ("264", 6), ("256", 6)],
    freemail=["yahoo.com", "gmail.com"], tf="name pc", addr="ro", reg="ro", lf="ro", sole="",
    legal=[("S.R.L.", 70, 40), ("SRL", 20, 15), ("S.A.", 3, 45)],
    towns="""
*București|0xxxxx
*Cluj-Napoca|4000xx
*Timișoara|3000xx
*Iași|7000xx
*Constanța|9000xx
*Craiova|2000xx
*Brașov|5000xx
*Galați|8000xx
*Ploiești|1000xx
*Oradea|4100xx
*Brăila|8100xx
*Arad|3100xx
*Pitești|1100xx
*Sibiu|5500xx
*Bacău|6000xx
*Târgu Mureș|5400xx
*Baia Mare|4300xx
*Buzău|1200xx
*Satu Mare|4400xx
*Suceava|7200xx
Râmnicu Vâlcea|2400xx
Piatra Neamț|6100xx
Drobeta-Turnu Severin|2200xx
Târgoviște|1300xx
Focșani|6200xx
Bistrița|4200xx
Reșița|3200xx
Alba Iulia|5100xx
Deva|3300xx
Zalău|4500xx
Sfântu Gheorghe|5200xx
Mediaș|5510xx
~Bran|507025
~Sâmbăta de Sus|507200
""",
    streets=bar("Str. Republicii|Bd. Eroilor|Str. Mihai Eminescu|Calea Victoriei|Str. Avram Iancu|Bd. Independenței|"
                "Str. Industriilor|Str. Fabricii|Str. Mihai Viteazu|Bd. Unirii|Str. Libertății|Str. Gării|"
                "Calea Bucureștilor|Str. Ștefan cel Mare|Str. Nicolae Bălcescu|Str. Traian|Bd. Revoluției|Str. Lungă"),
    lists=dict(Univ=["Universitatea Națională de Știință și Tehnologie Politehnica București@București",
                     "Universitatea Babeș-Bolyai@Cluj-Napoca", "Universitatea Tehnică din Cluj-Napoca@Cluj-Napoca",
                     "Universitatea Politehnica Timișoara@Timișoara",
                     "Universitatea Tehnică „Gheorghe Asachi” din Iași@Iași",
                     "Universitatea Transilvania din Brașov@Brașov", "Universitatea din Craiova@Craiova",
                     "Universitatea „Dunărea de Jos” din Galați@Galați", "Universitatea din Oradea@Oradea",
                     "Universitatea „Lucian Blaga” din Sibiu@Sibiu",
                     "Universitatea „Ștefan cel Mare” din Suceava@Suceava",
                     "Academia de Studii Economice din București@București"],
               Faculty=bar("Facultatea de Inginerie Mecanică|Facultatea de Automatică și Calculatoare|"
                           "Facultatea de Construcții|Facultatea de Inginerie Electrică|Facultatea de Științe Economice|"
                           "Facultatea de Inginerie Industrială și Robotică"),
               Judet=["Brașov@Brașov", "Cluj@Cluj-Napoca", "Timiș@Timișoara", "Iași@Iași", "Constanța@Constanța",
                      "Dolj@Craiova", "Sibiu@Sibiu", "Bihor@Oradea", "Arad@Arad", "Suceava@Suceava", "Mureș@Târgu Mureș",
                      "Prahova@Ploiești", "Argeș@Pitești", "Bacău@Bacău", "Maramureș@Baia Mare"],
               ADR=["Centru@Alba Iulia", "Nord-Vest@Cluj-Napoca", "Vest@Timișoara", "Nord-Est@Piatra Neamț",
                    "Sud-Est@Brăila", "Sud-Muntenia@Târgoviște", "Sud-Vest Oltenia@Craiova", "București-Ilfov@București"]),
    kinds=kind_block("""
[university]
3 - uni | {Univ}
4 - uni | {Faculty}, {Univ}
[chamber]
4 city chamber | Camera de Comerț și Industrie {Town}
1 - chamber | Camera de Comerț și Industrie a României@București
1 - chamber | Camera de Comerț și Industrie Româno-Germană@București
[public_authority]
5 big gov | Primăria Municipiului {Town}
3 city gov | Primăria Orașului {Town}
2 village gov | Primăria Comunei {Town}
3 - gov | Consiliul Județean {Judet}
[institution]
2 - research | Institutul Național de Cercetare-Dezvoltare pentru Mecatronică și Tehnica Măsurării@București
2 city hospital | Spitalul Clinic Județean de Urgență {Town}
2 city school | Colegiul Tehnic {Town}
[business_support_organisation]
3 - bso | Agenția pentru Dezvoltare Regională {ADR}
2 city park | Parcul Științific și Tehnologic {Town}
2 city bso | Incubatorul de Afaceri {Town}
1 - cluster | Clusterul {Brand}
[other]
2 - ngo | Asociația {Brand}
1 - ngo | Grupul de Acțiune Locală {Town}
"""),
)

COUNTRY["LV"] = dict(
    w=0.5, lang="lv", tld="lv", cc="+371", brand_country="Latvia",
    langs=[("ru", .4), ("de", .1), ("lt", .05)],
    mobile=[("2", 7)], landline=[("67", 6), ("63", 6), ("65", 6)],
    freemail=["inbox.lv", "gmail.com"], tf="name pc gen", addr="lv", reg="lv", lf="lv", sole="",
    legal=[("SIA", 92, 60), ("AS", 2, 40)],
    towns="""
*Rīga|LV-10xx|Rīgas
*Daugavpils|LV-5401|Daugavpils
*Liepāja|LV-3401|Liepājas
*Jelgava|LV-3001|Jelgavas
*Jūrmala|LV-2015|Jūrmalas
*Ventspils|LV-3601|Ventspils
*Rēzekne|LV-4601|Rēzeknes
*Valmiera|LV-4201|Valmieras
*Jēkabpils|LV-5201|Jēkabpils
Ogre|LV-5001|Ogres
Tukums|LV-3101|Tukuma
Cēsis|LV-4101|Cēsu
Salaspils|LV-2121|Salaspils
Kuldīga|LV-3301|Kuldīgas
Sigulda|LV-2150|Siguldas
Bauska|LV-3901|Bauskas
Dobele|LV-3701|Dobeles
Talsi|LV-3201|Talsu
Madona|LV-4801|Madonas
""",
    streets=bar("Brīvības iela|Krišjāņa Barona iela|Elizabetes iela|Dzirnavu iela|Ganību dambis|Rūpniecības iela|"
                "Lāčplēša iela|Raiņa iela|Skolas iela|Dzelzceļa iela|Lielā iela|Pils iela|Tērbatas iela|"
                "Maskavas iela|Ostas iela|Zemnieku iela"),
    lists=dict(Univ=["Latvijas Universitāte@Rīga", "Rīgas Tehniskā universitāte@Rīga",
                     "Latvijas Biozinātņu un tehnoloģiju universitāte@Jelgava", "Daugavpils Universitāte@Daugavpils",
                     "Liepājas Universitāte@Liepāja", "Ventspils Augstskola@Ventspils",
                     "Rēzeknes Tehnoloģiju akadēmija@Rēzekne", "Vidzemes Augstskola@Valmiera"],
               Region=["Kurzemes plānošanas reģions@Liepāja", "Vidzemes plānošanas reģions@Cēsis",
                       "Latgales plānošanas reģions@Daugavpils", "Zemgales plānošanas reģions@Jelgava",
                       "Rīgas plānošanas reģions@Rīga"]),
    kinds=kind_block("""
[university]
4 - uni | {Univ}
[chamber]
2 - chamber | Latvijas Tirdzniecības un rūpniecības kamera@Rīga
1 - chamber | Latvijas Amatniecības kamera@Rīga
[public_authority]
4 big gov | {TownGen} valstspilsētas pašvaldība
4 - gov | {TownGen} novada pašvaldība
[institution]
2 - research | Latvijas Valsts koksnes ķīmijas institūts@Rīga
2 city hospital | {TownGen} reģionālā slimnīca
[business_support_organisation]
2 - bso | Latvijas Investīciju un attīstības aģentūra@Rīga
2 city bso | {TownGen} biznesa inkubators
2 - bso | {Region}
[other]
2 - prof | Latvijas Darba devēju konfederācija@Rīga
2 - ngo | Biedrība {Brand}
"""),
)

COUNTRY["LT"] = dict(
    w=0.6, lang="lt", tld="lt", cc="+370", brand_country="Baltic",
    langs=[("ru", .3), ("pl", .12), ("de", .1)],
    mobile=[("6", 7)], landline=[("5", 7), ("37", 6), ("46", 6)],
    freemail=["gmail.com", "inbox.lt"], tf="name pc gen", addr="de", reg="lt", lf="lt", sole="",
    legal=[("UAB", 92, 70), ("AB", 1, 30), ("MB", 7, 0)],
    towns="""
*Vilnius|LT-0xxxx|Vilniaus
*Kaunas|LT-44xxx|Kauno
*Klaipėda|LT-92xxx|Klaipėdos
*Šiauliai|LT-76xxx|Šiaulių
*Panevėžys|LT-35xxx|Panevėžio
Alytus|LT-62001|Alytaus
Marijampolė|LT-68001|Marijampolės
Mažeikiai|LT-89001|Mažeikių
Jonava|LT-55001|Jonavos
Utena|LT-28001|Utenos
Kėdainiai|LT-57001|Kėdainių
Telšiai|LT-87001|Telšių
Tauragė|LT-72001|Tauragės
Ukmergė|LT-20001|Ukmergės
Visaginas|LT-31001|Visagino
Plungė|LT-90001|Plungės
Palanga|LT-00101|Palangos
Druskininkai|LT-66001|Druskininkų
""",
    streets=bar("Gedimino pr.|Konstitucijos pr.|Savanorių pr.|Laisvės al.|Vilniaus g.|Taikos pr.|Pramonės g.|"
                "Liepų g.|Kauno g.|Žalgirio g.|Ukmergės g.|Jonavos g.|Ateities g.|Mokyklos g.|Klaipėdos g.|"
                "Draugystės g.|Sodų g.|Tilžės g.|Basanavičiaus g."),
    lists=dict(Univ=["Vilniaus universitetas@Vilnius", "Kauno technologijos universitetas@Kaunas",
                     "Vilniaus Gedimino technikos universitetas@Vilnius", "Vytauto Didžiojo universitetas@Kaunas",
                     "Klaipėdos universitetas@Klaipėda", "Lietuvos sveikatos mokslų universitetas@Kaunas",
                     "Mykolo Romerio universitetas@Vilnius"]),
    kinds=kind_block("""
[university]
4 - uni | {Univ}
[chamber]
4 big chamber | {TownGen} prekybos, pramonės ir amatų rūmai
1 - chamber | Lietuvos prekybos, pramonės ir amatų rūmų asociacija@Vilnius
[public_authority]
4 big gov | {TownGen} miesto savivaldybė
4 - gov | {TownGen} rajono savivaldybė
[institution]
2 - research | Fizinių ir technologijos mokslų centras@Vilnius
2 city hospital | {TownGen} ligoninė
[business_support_organisation]
2 - bso | Inovacijų agentūra@Vilnius
2 big park | {TownGen} mokslo ir technologijų parkas
2 city bso | {TownGen} verslo inkubatorius
2 city bso | {TownGen} regiono plėtros taryba
[other]
2 - prof | Lietuvos pramonininkų konfederacija@Vilnius
2 - ngo | Asociacija „{Brand}“
"""),
)

COUNTRY["EE"] = dict(
    w=0.4, lang="et", tld="ee", cc="+372", brand_country="Eesti",
    langs=[("ru", .3), ("fi", .3), ("de", .05)],
    mobile=[("5", 7)], landline=[("6", 6), ("7", 6)],
    freemail=["gmail.com", "hot.ee"], tf="name pc gen", addr="de", reg="ee", lf="sfx", sole="",
    legal=[("OÜ", 92, 60), ("AS", 3, 40)],
    towns="""
*Tallinn|1xxxx|Tallinna
*Tartu|50xxx|Tartu
Narva|20308|Narva
Pärnu|80010|Pärnu
Kohtla-Järve|30328|Kohtla-Järve
Viljandi|71020|Viljandi
Rakvere|44310|Rakvere
Kuressaare|93815|Kuressaare
Haapsalu|90502|Haapsalu
Võru|65608|Võru
""",
    streets=bar("Narva mnt|Pärnu mnt|Tartu mnt|Tööstuse tn|Kesk tn|Pikk tn|Viru tn|Rüütli tn|Laki tn|Riia tn|"
                "Lossi tn|Sõpruse pst|Peterburi tee|Mustamäe tee"),
    lists=dict(Univ=["Tartu Ülikool@Tartu", "Tallinna Tehnikaülikool@Tallinn", "Tallinna Ülikool@Tallinn",
                     "Eesti Maaülikool@Tartu"]),
    kinds=kind_block("""
[university]
4 - uni | {Univ}
[chamber]
2 - chamber | Eesti Kaubandus-Tööstuskoda@Tallinn
[public_authority]
4 - gov | {TownGen} Linnavalitsus
[business_support_organisation]
2 - bso | Ettevõtluse ja Innovatsiooni Sihtasutus@Tallinn
2 big park | {TownGen} Teaduspark
"""),
)

COUNTRY["FR"] = dict(
    w=2, lang="fr", tld="fr", cc="+33", brand_country="France",
    langs=[("de", .2), ("es", .15), ("it", .1)],
    mobile=[("6", 8), ("7", 8)], landline=[("1", 8), ("3", 8), ("4", 8), ("5", 8), ("2", 8)],
    freemail=["orange.fr", "gmail.com", "free.fr", "laposte.net", "wanadoo.fr"],
    tf="name pc", addr="fr", reg="fr", lf="sfx", sole="",
    legal=[("SARL", 35, 10), ("SAS", 40, 50), ("SA", 3, 35), ("SASU", 12, 2), ("EURL", 8, 0)],
    towns="""
*Paris|750xx
*Lyon|6900x
*Marseille|130xx
*Toulouse|31000
*Nice|06000
*Nantes|44000
*Strasbourg|67000
*Montpellier|34000
*Bordeaux|33000
*Lille|59000
*Rennes|35000
Reims|51100
Saint-Étienne|42000
Le Havre|76600
Grenoble|38000
Dijon|21000
Angers|49000
Nîmes|30000
Clermont-Ferrand|63000
Besançon|25000
Metz|57000
Mulhouse|68100
Rouen|76000
Caen|14000
Nancy|54000
Orléans|45000
Limoges|87000
Poitiers|86000
Annecy|74000
Chambéry|73000
Belfort|90000
Colmar|68000
Troyes|10000
Valence|26000
Pau|64000
Brest|29200
La Rochelle|17000
Évreux|27000
Épinal|88000
Cholet|49300
~Ornans|25290
~Morteau|25500
""",
    streets=bar("rue de la République|avenue Jean Jaurès|boulevard Gambetta|rue Victor Hugo|rue Pasteur|rue de la Gare|"
                "avenue du Général de Gaulle|rue du Moulin|rue de l'Industrie|ZI des Prés|rue des Artisans|"
                "rue Principale|place de la Mairie|chemin des Vignes|rue Émile Zola|rue Lamartine|"
                "avenue de la Libération|rue du Commerce|impasse des Érables|rue Clément Ader|rue Gustave Eiffel|"
                "allée des Tilleuls"),
    lists=dict(Univ=["Université de Strasbourg@Strasbourg", "Université Grenoble Alpes@Grenoble",
                     "Université de Lorraine@Nancy", "Université Marie et Louis Pasteur@Besançon",
                     "Université Claude Bernard Lyon 1@Lyon", "Sorbonne Université@Paris",
                     "Université de Bordeaux@Bordeaux", "Université de Lille@Lille",
                     "Université Toulouse III – Paul Sabatier@Toulouse",
                     "Université de technologie de Belfort-Montbéliard@Belfort", "École Centrale de Nantes@Nantes",
                     "INSA Lyon@Lyon", "Université Clermont Auvergne@Clermont-Ferrand", "Aix-Marseille Université@Marseille",
                     "Université de Rennes@Rennes", "Université de Haute-Alsace@Mulhouse"],
               Region=["Région Grand Est@Strasbourg", "Région Bourgogne-Franche-Comté@Dijon",
                       "Région Auvergne-Rhône-Alpes@Lyon", "Région Hauts-de-France@Lille",
                       "Région Occitanie@Toulouse", "Région Nouvelle-Aquitaine@Bordeaux",
                       "Région Île-de-France@Paris", "Région Bretagne@Rennes", "Région Normandie@Rouen"]),
    kinds=kind_block("""
[university]
4 - uni | {Univ}
3 city uni | IUT {de_Town}
[chamber]
4 city chamber | Chambre de commerce et d'industrie {de_Town}
2 city chamber | Chambre de métiers et de l'artisanat {de_Town}
1 city chamber | Chambre d'agriculture {de_Town}
[public_authority]
5 city gov | Ville {de_Town}
3 village gov | Commune {de_Town}
2 - gov | {Region}
1 big gov | Métropole {de_Town}
[institution]
2 - research | CEA-Leti@Grenoble
2 - research | Institut FEMTO-ST@Besançon
2 city hospital | Centre hospitalier {de_Town}
2 city school | Lycée professionnel {de_Town}
[business_support_organisation]
3 city bso | Agence de développement économique {de_Town}
2 city bso | Technopole {de_Town}
1 - funding | Bpifrance@Paris
1 - bso | Business France@Paris
1 - cluster | Pôle de compétitivité {Brand}
[other]
2 - ngo | Association {Brand}
1 - prof | Union des industries et métiers de la métallurgie@Paris
"""),
)

COUNTRY["IT"] = dict(
    w=2.3, lang="it", tld="it", cc="+39", brand_country="Italia",
    langs=[("de", .15), ("fr", .15), ("es", .05)],
    mobile=[("3", 9)], landline=[("02", 8), ("06", 8), ("011", 7), ("045", 7), ("049", 7), ("040", 6)],
    freemail=["libero.it", "gmail.com", "virgilio.it", "tiscali.it"],
    tf="name pc x", addr="it", reg="it", lf="sfx", sole="",
    legal=[("S.r.l.", 60, 45), ("S.p.A.", 2, 45), ("S.n.c.", 12, 2), ("S.a.s.", 10, 3), ("Srl", 10, 5)],
    towns="""
*Roma|001xx|RM
*Milano|201xx|MI
*Napoli|801xx|NA
*Torino|101xx|TO
*Palermo|901xx|PA
*Genova|161xx|GE
*Bologna|401xx|BO
*Firenze|501xx|FI
*Bari|701xx|BA
*Venezia|301xx|VE
*Verona|371xx|VR
*Padova|351xx|PD
*Trieste|341xx|TS
Catania|951xx|CT
Brescia|25121|BS
Bergamo|24121|BG
Modena|41121|MO
Parma|43121|PR
Reggio Emilia|42121|RE
Vicenza|36100|VI
Treviso|31100|TV
Udine|33100|UD
Bolzano|39100|BZ
Trento|38122|TN
Como|22100|CO
Varese|21100|VA
Monza|20900|MB
Lecco|23900|LC
Pordenone|33170|PN
Ancona|60121|AN
Perugia|06121|PG
Prato|59100|PO
Lucca|55100|LU
Forlì|47121|FC
Cuneo|12100|CN
Biella|13900|BI
Mantova|46100|MN
~Cortina d'Ampezzo|32043|BL
~Maniago|33085|PN
""",
    streets=bar("Via Roma|Via Garibaldi|Via Mazzini|Corso Italia|Via Dante Alighieri|Via Verdi|Via Cavour|Viale Europa|"
                "Via dell'Industria|Via dell'Artigianato|Via Galileo Galilei|Via Leonardo da Vinci|"
                "Piazza della Repubblica|Via Nazionale|Via San Francesco|Viale della Stazione|Via dei Mille|"
                "Corso Vittorio Emanuele II|Via Marconi|Via Enrico Fermi|Via Alessandro Volta"),
    lists=dict(Univ=["Politecnico di Milano@Milano", "Politecnico di Torino@Torino",
                     "Alma Mater Studiorum – Università di Bologna@Bologna", "Sapienza Università di Roma@Roma",
                     "Università degli Studi di Padova@Padova", "Università degli Studi di Trieste@Trieste",
                     "Università degli Studi di Udine@Udine", "Università degli Studi di Firenze@Firenze",
                     "Università degli Studi di Napoli Federico II@Napoli", "Università degli Studi di Trento@Trento",
                     "Università degli Studi di Brescia@Brescia", "Libera Università di Bolzano@Bolzano",
                     "Università Ca' Foscari Venezia@Venezia", "Università degli Studi di Modena e Reggio Emilia@Modena"],
               Faculty=bar("Dipartimento di Ingegneria Meccanica|Dipartimento di Ingegneria Industriale|"
                           "Dipartimento di Elettronica, Informazione e Bioingegneria|Dipartimento di Informatica|"
                           "Dipartimento di Economia e Management|Dipartimento di Chimica"),
               Regione=["Regione Lombardia@Milano", "Regione del Veneto@Venezia",
                        "Regione Autonoma Friuli Venezia Giulia@Trieste", "Regione Emilia-Romagna@Bologna",
                        "Regione Piemonte@Torino", "Provincia autonoma di Bolzano – Alto Adige@Bolzano",
                        "Provincia autonoma di Trento@Trento", "Regione Toscana@Firenze", "Regione Marche@Ancona"]),
    kinds=kind_block("""
[university]
4 - uni | {Univ}
4 - uni | {Faculty}, {Univ}
[chamber]
5 city chamber | Camera di Commercio di {Town}
1 - chamber | Camera di Commercio Italo-Germanica@Milano
[public_authority]
6 - gov | Comune di {Town}
2 - gov | {Regione}
1 city gov | Provincia di {Town}
[institution]
2 - research | Consiglio Nazionale delle Ricerche – Istituto di Tecnologie Industriali e Automazione@Milano
2 - research | Fondazione Bruno Kessler@Trento
2 city hospital | Azienda Ospedaliera di {Town}
2 city school | Istituto Tecnico Industriale di {Town}
[business_support_organisation]
2 city park | Parco Scientifico e Tecnologico di {Town}
2 city bso | Agenzia per lo Sviluppo di {Town}
2 city bso | Confindustria {Town}
1 - cluster | Cluster {Brand}
[other]
2 - ngo | Associazione {Brand}
1 city ngo | Confartigianato {Town}
"""),
)

COUNTRY["ES"] = dict(
    w=1.3, lang="es", tld="es", cc="+34", brand_country="Ibérica",
    langs=[("fr", .15), ("ca", .08), ("de", .05), ("pt", .05), ("eu", .03)],
    mobile=[("6", 8)], landline=[("91", 7), ("93", 7), ("94", 7), ("96", 7), ("95", 7)],
    freemail=["gmail.com", "hotmail.es", "telefonica.net"],
    tf="name pc x", addr="es", reg="es", lf="sfx", lf_comma=0.15, sole="",
    legal=[("S.L.", 65, 45), ("S.A.", 3, 45), ("S.L.U.", 20, 5), ("S. Coop.", 5, 5), ("S.L.L.", 3, 0)],
    towns="""
*Madrid|280xx|
*Barcelona|080xx|ca
*Valencia|460xx|
*Sevilla|410xx|
*Zaragoza|500xx|
*Málaga|290xx|
*Bilbao|480xx|
Murcia|30001|
Palma|07001|
Alicante|03001|
Córdoba|14001|
Valladolid|47001|
Vigo|36201|
Gijón|33201|
A Coruña|15001|
Vitoria-Gasteiz|01001|
Granada|18001|
Oviedo|33001|
Pamplona|31001|
San Sebastián|20001|
Santander|39001|
Burgos|09001|
Salamanca|37001|
Logroño|26001|
Tarragona|43001|ca
Lleida|25001|ca
Girona|17001|ca
Huesca|22001|
~Mondragón|20500|
~Alsasua|31800|
""",
    streets=bar("Calle Mayor|Avenida de la Constitución|Calle Real|Calle de Alcalá|Gran Vía|Paseo de la Castellana|"
                "Calle del Carmen|Avenida de Andalucía|Calle San Francisco|Polígono Industrial Los Olivos|"
                "Calle de la Industria|Avenida de Europa|Calle Nueva|Plaza de España|Calle Colón|Avenida del Puerto"),
    lists=dict(Univ=["Universidad Politécnica de Madrid@Madrid", "Universitat Politècnica de Catalunya@Barcelona",
                     "Universidad de Zaragoza@Zaragoza",
                     "Universidad del País Vasco / Euskal Herriko Unibertsitatea@Bilbao",
                     "Universitat Politècnica de València@Valencia", "Universidad de Sevilla@Sevilla",
                     "Universidad de Granada@Granada", "Universidad Carlos III de Madrid@Madrid",
                     "Universidad de Oviedo@Oviedo", "Universidade de Vigo@Vigo", "Universidad de Valladolid@Valladolid",
                     "Mondragon Unibertsitatea@Mondragón", "Universidad de Cantabria@Santander"],
               Faculty=bar("Escuela Técnica Superior de Ingenieros Industriales|Departamento de Ingeniería Mecánica|"
                           "Escuela de Ingeniería Informática|Departamento de Ciencia de Materiales"),
               Gov=["Gobierno de Aragón@Zaragoza", "Generalitat de Catalunya@Barcelona", "Junta de Andalucía@Sevilla",
                    "Gobierno Vasco@Vitoria-Gasteiz", "Xunta de Galicia@A Coruña",
                    "Junta de Castilla y León@Valladolid", "Gobierno de Navarra@Pamplona"]),
    kinds=kind_block("""
[university]
4 - uni | {Univ}
3 - uni | {Faculty}, {Univ}
[chamber]
4 city chamber | Cámara de Comercio de {Town}
2 city chamber | Cámara Oficial de Comercio, Industria y Navegación de {Town}
1 - chamber | Cámara de Comercio de España@Madrid
[public_authority]
6 - gov | Ayuntamiento de {Town}
2 big gov | Diputación Provincial de {Town}
2 - gov | {Gov}
[institution]
2 - research | Tecnalia Research & Innovation@San Sebastián
2 - research | Consejo Superior de Investigaciones Científicas@Madrid
2 city hospital | Hospital Universitario de {Town}
[business_support_organisation]
2 city park | Parque Tecnológico de {Town}
2 city bso | Vivero de Empresas de {Town}
2 city bso | Agencia de Desarrollo Económico de {Town}
1 - cluster | Clúster {Brand}
[other]
2 - ngo | Asociación {Brand}
1 - prof | Confederación Española de Organizaciones Empresariales@Madrid
"""),
)

COUNTRY["PT"] = dict(
    w=0.6, lang="pt", tld="pt", cc="+351", brand_country="Portugal",
    langs=[("es", .4), ("fr", .15), ("de", .05)],
    mobile=[("91", 7), ("93", 7), ("96", 7)], landline=[("21", 7), ("22", 7), ("23", 7), ("25", 7)],
    freemail=["gmail.com", "sapo.pt"], tf="name pc x", addr="es", reg="pt", lf="sfx", lf_comma=0.7, sole="",
    legal=[("Lda.", 75, 35), ("S.A.", 3, 60), ("Unipessoal Lda.", 20, 0)],
    towns="""
*Lisboa|1xxx-xxx|de Lisboa
*Porto|4xxx-xxx|do Porto
Vila Nova de Gaia|4400-xxx|de Vila Nova de Gaia
Braga|4700-xxx|de Braga
Coimbra|3000-xxx|de Coimbra
Funchal|9000-xxx|do Funchal
Setúbal|2900-xxx|de Setúbal
Aveiro|3800-xxx|de Aveiro
Leiria|2400-xxx|de Leiria
Viseu|3500-xxx|de Viseu
Guimarães|4800-xxx|de Guimarães
Faro|8000-xxx|de Faro
Évora|7000-xxx|de Évora
Viana do Castelo|4900-xxx|de Viana do Castelo
Covilhã|6200-xxx|da Covilhã
Castelo Branco|6000-xxx|de Castelo Branco
Bragança|5300-xxx|de Bragança
Marinha Grande|2430-xxx|da Marinha Grande
Águeda|3750-xxx|de Águeda
Oliveira de Azeméis|3720-xxx|de Oliveira de Azeméis
""",
    streets=bar("Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Rua do Comércio|Avenida da República|"
                "Rua da Indústria|Zona Industrial|Rua Direita|Avenida dos Aliados|Rua 25 de Abril|"
                "Largo do Município|Rua Cândido dos Reis|Avenida Dom João II|Rua da Estação|Rua das Flores"),
    lists=dict(Univ=["Universidade de Lisboa@Lisboa", "Universidade do Porto@Porto", "Universidade de Coimbra@Coimbra",
                     "Universidade do Minho@Braga", "Universidade de Aveiro@Aveiro", "Universidade Nova de Lisboa@Lisboa",
                     "Instituto Politécnico de Leiria@Leiria", "Universidade da Beira Interior@Covilhã",
                     "Universidade de Évora@Évora", "Instituto Politécnico de Bragança@Bragança"],
               CCDR=["Comissão de Coordenação e Desenvolvimento Regional do Norte@Porto",
                     "Comissão de Coordenação e Desenvolvimento Regional do Centro@Coimbra",
                     "Comissão de Coordenação e Desenvolvimento Regional do Alentejo@Évora"]),
    kinds=kind_block("""
[university]
4 - uni | {Univ}
[chamber]
3 city chamber | Associação Comercial e Industrial {pt_Town}
1 - chamber | Câmara de Comércio e Indústria Portuguesa@Lisboa
1 - chamber | Câmara de Comércio e Indústria Luso-Alemã@Lisboa
[public_authority]
6 - gov | Câmara Municipal {pt_Town}
2 - gov | {CCDR}
[institution]
2 - research | INESC TEC@Porto
2 - research | Instituto Pedro Nunes@Coimbra
2 city hospital | Centro Hospitalar {pt_Town}
[business_support_organisation]
1 - bso | AICEP Portugal Global@Lisboa
1 - funding | IAPMEI – Agência para a Competitividade e Inovação, I.P.@Lisboa
2 city bso | Incubadora de Empresas {pt_Town}
1 - cluster | Cluster {Brand}
[other]
2 - ngo | Associação {Brand}
"""),
)

COUNTRY["NL"] = dict(
    w=1.4, lang="nl", tld="nl", cc="+31", brand_country="Nederland",
    langs=[("de", .5), ("fr", .15)],
    mobile=[("6", 8)], landline=[("20", 7), ("10", 7), ("30", 7), ("40", 7), ("50", 7)],
    freemail=["gmail.com", "ziggo.nl", "kpnmail.nl"], tf="name pc", addr="de", reg="nl", lf="sfx", sole="",
    legal=[("B.V.", 85, 80), ("N.V.", 0, 15), ("V.O.F.", 12, 0)],
    towns="""
*Amsterdam|10xx @@
*Rotterdam|30xx @@
*Den Haag|25xx @@
*Utrecht|35xx @@
*Eindhoven|56xx @@
*Groningen|97xx @@
Tilburg|50xx @@
Almere|13xx @@
Breda|48xx @@
Nijmegen|65xx @@
Enschede|75xx @@
Apeldoorn|73xx @@
Haarlem|20xx @@
Arnhem|68xx @@
Amersfoort|38xx @@
's-Hertogenbosch|52xx @@
Zwolle|80xx @@
Leiden|23xx @@
Maastricht|62xx @@
Dordrecht|33xx @@
Venlo|59xx @@
Delft|26xx @@
Helmond|57xx @@
Deventer|74xx @@
Leeuwarden|89xx @@
Hengelo|75xx @@
""",
    streets=bar("Kerkstraat|Dorpsstraat|Hoofdstraat|Stationsweg|Industrieweg|Molenweg|Schoolstraat|Nieuwstraat|"
                "Marktplein|Julianastraat|Beatrixlaan|Wilhelminastraat|Oranjelaan|Havenweg|Energieweg|Ambachtsweg|"
                "Parallelweg|Keizersgracht|Vondelstraat|Europalaan"),
    lists=dict(Univ=["Technische Universiteit Delft@Delft", "Technische Universiteit Eindhoven@Eindhoven",
                     "Universiteit Twente@Enschede", "Universiteit van Amsterdam@Amsterdam",
                     "Rijksuniversiteit Groningen@Groningen", "Universiteit Utrecht@Utrecht",
                     "Universiteit Leiden@Leiden", "Radboud Universiteit@Nijmegen", "Maastricht University@Maastricht",
                     "Erasmus Universiteit Rotterdam@Rotterdam", "Hogeschool Utrecht@Utrecht",
                     "Fontys Hogescholen@Eindhoven", "Saxion Hogeschool@Enschede"],
               Provincie=["Provincie Noord-Brabant@'s-Hertogenbosch", "Provincie Gelderland@Arnhem",
                          "Provincie Overijssel@Zwolle", "Provincie Limburg@Maastricht", "Provincie Groningen@Groningen",
                          "Provincie Utrecht@Utrecht", "Provincie Zuid-Holland@Den Haag"],
               ROM=["Brabantse Ontwikkelings Maatschappij@'s-Hertogenbosch", "InnovationQuarter@Den Haag",
                    "Oost NL@Arnhem", "NOM, investerings- en ontwikkelingsmaatschappij voor Noord-Nederland@Groningen",
                    "LIOF@Maastricht"]),
    kinds=kind_block("""
[university]
4 - uni | {Univ}
[chamber]
2 - chamber | Kamer van Koophandel@Utrecht
2 city chamber | Kamer van Koophandel {Town}
[public_authority]
6 - gov | Gemeente {Town}
2 - gov | {Provincie}
[institution]
2 - research | TNO@Delft
2 city hospital | Ziekenhuis {Town}
2 city school | ROC {Town}
[business_support_organisation]
3 - bso | {ROM}
2 city park | Science Park {Town}
1 - bso | Rijksdienst voor Ondernemend Nederland@Den Haag
[other]
2 - ngo | Stichting {Brand}
1 - prof | VNO-NCW@Den Haag
"""),
)

COUNTRY["BE"] = dict(
    w=0.9, tld="be", cc="+32", addr="de", reg="be", lf="sfx", sole="",
    mobile=[("47", 7), ("48", 7), ("49", 7)], landline=[("2", 7), ("3", 7), ("9", 7), ("4", 7)],
    freemail=["telenet.be", "gmail.com", "skynet.be"], tf="name pc",
    variants=[
        (0.6, dict(
            lang="nl", langs=[("fr", .7), ("de", .1)], brand_country="Belgium",
            legal=[("BV", 65, 50), ("NV", 8, 45), ("BVBA", 8, 0), ("CommV", 5, 0), ("VOF", 5, 0)],
            sn_override=commas("Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, De Smet, "
                               "Vermeulen, Pauwels, Van Damme, De Clercq, Hermans, Aerts, Michiels, Desmet, "
                               "Van de Velde, Claeys, Martens, Lambrechts, Verstraete, Van den Broeck, De Backer, "
                               "Smets, Verbeke, Segers"),
            towns="""
*Antwerpen|2000
*Gent|9000
*Brugge|8000
*Leuven|3000
Mechelen|2800
Aalst|9300
Kortrijk|8500
Hasselt|3500
Sint-Niklaas|9100
Genk|3600
Oostende|8400
Roeselare|8800
Turnhout|2300
Geel|2440
""",
            streets=bar("Kerkstraat|Stationsstraat|Nieuwstraat|Dorpstraat|Industrieweg|Kortrijksesteenweg|"
                        "Brusselsesteenweg|Grote Markt|Meir|Leuvensesteenweg|Hoogstraat|Molenstraat|Ambachtenlaan"),
            lists=dict(Univ=["KU Leuven@Leuven", "Universiteit Gent@Gent", "Universiteit Antwerpen@Antwerpen",
                             "Universiteit Hasselt@Hasselt"],
                       Voka=["Voka – Kamer van Koophandel Antwerpen-Waasland@Antwerpen",
                             "Voka – Kamer van Koophandel Oost-Vlaanderen@Gent",
                             "Voka – Kamer van Koophandel West-Vlaanderen@Kortrijk",
                             "Voka – Kamer van Koophandel Limburg@Hasselt",
                             "Voka – Kamer van Koophandel Mechelen-Kempen@Mechelen"]),
            kinds=kind_block("""
[university]
4 - uni | {Univ}
[chamber]
3 - chamber | {Voka}
[public_authority]
4 big gov | Stad {Town}
4 - gov | Gemeente {Town}
1 - gov | Provincie Oost-Vlaanderen@Gent
1 - gov | Provincie Antwerpen@Antwerpen
[institution]
2 - research | imec@Leuven
2 - research | Flanders Make@Kortrijk
2 city hospital | AZ {Town}
[business_support_organisation]
2 - bso | VLAIO – Agentschap Innoveren & Ondernemen@Gent
1 - bso | POM West-Vlaanderen@Brugge
1 - bso | Flanders Investment & Trade@Gent
[other]
2 - ngo | vzw {Brand}
1 - prof | Agoria@Gent
"""),
        )),
        (0.4, dict(
            lang="fr", langs=[("nl", .6), ("de", .1)], brand_country="Belgium",
            legal=[("SRL", 65, 45), ("SA", 8, 50), ("SPRL", 8, 0), ("SC", 5, 3), ("SComm", 4, 0)],
            towns="""
*Bruxelles|1000
*Liège|4000
*Charleroi|6000
*Namur|5000
*Mons|7000
La Louvière|7100
Tournai|7500
Verviers|4800
Wavre|1300
Arlon|6700
Nivelles|1400
Louvain-la-Neuve|1348
""",
            streets=bar("Rue de la Station|Rue de l'Église|Avenue Louise|Chaussée de Charleroi|Rue Haute|"
                        "Rue du Moulin|Place Saint-Lambert|Rue de Namur|Avenue des Arts|Rue de l'Industrie"),
            lists=dict(Univ=["Université catholique de Louvain@Louvain-la-Neuve", "Université libre de Bruxelles@Bruxelles",
                             "Université de Liège@Liège", "Université de Mons@Mons", "Université de Namur@Namur"]),
            kinds=kind_block("""
[university]
4 - uni | {Univ}
[chamber]
3 city chamber | Chambre de commerce et d'industrie {de_Town}
[public_authority]
4 big gov | Ville {de_Town}
4 - gov | Commune {de_Town}
1 - gov | Service public de Wallonie@Namur
[institution]
2 - research | CENAERO@Charleroi
2 city hospital | CHU {de_Town}
[business_support_organisation]
1 - bso | Agence wallonne à l'Exportation et aux Investissements étrangers (AWEX)@Bruxelles
2 city bso | Agence de développement territorial {de_Town}
[other]
2 - ngo | ASBL {Brand}
"""),
        )),
    ],
)

COUNTRY["LU"] = dict(
    w=0.15, lang="fr", tld="lu", cc="+352", brand_country="Luxembourg",
    langs=[("de", .9), ("lb", .5)], first_lang="fr",
    mobile=[("621", 6), ("661", 6), ("691", 6)], landline=[("2", 7), ("4", 6)],
    freemail=["pt.lu", "gmail.com"], tf="name pc", addr="lu", reg="lu", lf="sfx", sole="",
    legal=[("S.à r.l.", 75, 40), ("S.A.", 20, 60), ("SCS", 5, 0)],
    towns="""
*Luxembourg|1xxx
Esch-sur-Alzette|4xxx
Differdange|4501
Dudelange|3401
Ettelbruck|9001
Diekirch|9201
Wiltz|9501
""",
    streets=bar("rue de la Gare|avenue de la Liberté|boulevard Royal|route d'Arlon|rue du Fossé|rue de Hollerich|"
                "rue de l'Alzette|rue du Brill"),
    lists=dict(),
    kinds=kind_block("""
[university]
4 - uni | Université du Luxembourg@Esch-sur-Alzette
[chamber]
3 - chamber | Chambre de Commerce du Grand-Duché de Luxembourg@Luxembourg
1 - chamber | Chambre des Métiers@Luxembourg
[public_authority]
4 - gov | Ville {de_Town}
[institution]
3 - research | Luxembourg Institute of Science and Technology@Esch-sur-Alzette
[business_support_organisation]
3 - bso | Luxinnovation GIE@Luxembourg
"""),
)

COUNTRY["DK"] = dict(
    w=0.5, lang="da", tld="dk", cc="+45", brand_country="Danmark",
    langs=[("de", .3), ("sv", .2)],
    mobile=[("2", 7), ("3", 7), ("4", 7), ("5", 7)], landline=[("3", 7), ("8", 7), ("7", 7), ("6", 7)],
    freemail=["gmail.com", "mail.dk"], tf="name pc gen", addr="de", reg="dk", lf="sfx", sole="",
    legal=[("ApS", 65, 15), ("A/S", 30, 85), ("I/S", 5, 0)],
    towns="""
*København|1xxx|Københavns
*Aarhus|8000|Aarhus
*Odense|5000|Odense
*Aalborg|9000|Aalborg
Esbjerg|6700|Esbjerg
Randers|8900|Randers
Kolding|6000|Kolding
Horsens|8700|Horsens
Vejle|7100|Vejle
Roskilde|4000|Roskilde
Herning|7400|Herning
Silkeborg|8600|Silkeborg
Sønderborg|6400|Sønderborg
""",
    streets=bar("Vestergade|Østergade|Nørregade|Søndergade|Industrivej|Hovedgaden|Jernbanegade|Havnegade|"
                "Strandvejen|Åboulevard|Kongensgade|Fabriksvej"),
    lists=dict(Univ=["Danmarks Tekniske Universitet@København", "Københavns Universitet@København",
                     "Aarhus Universitet@Aarhus", "Aalborg Universitet@Aalborg", "Syddansk Universitet@Odense"]),
    kinds=kind_block("""
[university]
4 - uni | {Univ}
[chamber]
2 - chamber | Dansk Erhverv@København
[public_authority]
4 - gov | {TownGen} Kommune
1 - gov | Region Syddanmark@Odense
[business_support_organisation]
2 - bso | Erhvervshus {Town}
"""),
)

COUNTRY["SE"] = dict(
    w=0.6, lang="sv", tld="se", cc="+46", brand_country="Sverige",
    langs=[("de", .15), ("no", .08), ("fi", .05)],
    mobile=[("70", 7), ("72", 7), ("73", 7), ("76", 7)], landline=[("8", 7), ("31", 7), ("40", 6), ("18", 6)],
    freemail=["gmail.com", "telia.com"], tf="name pc gen", addr="de", reg="se", lf="sfx", sole="",
    legal=[("AB", 95, 95), ("HB", 5, 0)],
    towns="""
*Stockholm|1xx xx|Stockholms
*Göteborg|4xx xx|Göteborgs
*Malmö|2xx xx|Malmö
Uppsala|753 20|Uppsala
Västerås|721 30|Västerås
Örebro|702 10|Örebro
Linköping|582 24|Linköpings
Helsingborg|252 21|Helsingborgs
Jönköping|553 20|Jönköpings
Norrköping|602 24|Norrköpings
Lund|222 21|Lunds
Umeå|903 26|Umeå
Gävle|803 20|Gävle
Borås|503 30|Borås
Eskilstuna|632 20|Eskilstuna
Karlstad|652 24|Karlstads
Växjö|352 30|Växjö
Luleå|972 31|Luleå
""",
    streets=bar("Storgatan|Drottninggatan|Kungsgatan|Industrivägen|Västra Hamngatan|Sveavägen|Järnvägsgatan|"
                "Verkstadsgatan|Hamngatan|Skolgatan|Åsgatan|Fabriksgatan"),
    lists=dict(Univ=["Kungliga Tekniska högskolan@Stockholm", "Chalmers tekniska högskola@Göteborg",
                     "Lunds universitet@Lund", "Uppsala universitet@Uppsala", "Linköpings universitet@Linköping",
                     "Luleå tekniska universitet@Luleå", "Umeå universitet@Umeå"]),
    kinds=kind_block("""
[university]
4 - uni | {Univ}
[chamber]
2 - chamber | Västsvenska Handelskammaren@Göteborg
2 - chamber | Stockholms Handelskammare@Stockholm
[public_authority]
4 - gov | {TownGen} kommun
[institution]
2 - research | RISE Research Institutes of Sweden@Göteborg
[business_support_organisation]
2 - funding | Vinnova@Stockholm
2 city park | {TownGen} Science Park
"""),
)

COUNTRY["FI"] = dict(
    w=0.4, lang="fi", tld="fi", cc="+358", brand_country="Finland",
    langs=[("sv", .5), ("de", .1)],
    mobile=[("40", 7), ("50", 7), ("44", 7)], landline=[("9", 7), ("3", 7), ("2", 7)],
    freemail=["gmail.com", "luukku.com"], tf="name pc gen", addr="de", reg="fi", lf="sfx", sole="",
    legal=[("Oy", 92, 80), ("Oyj", 0, 15), ("Ky", 8, 0)],
    towns="""
*Helsinki|00xx0|Helsingin
*Espoo|02xx0|Espoon
*Tampere|33xx0|Tampereen
Vantaa|01300|Vantaan
Oulu|90100|Oulun
Turku|20100|Turun
Jyväskylä|40100|Jyväskylän
Lahti|15100|Lahden
Kuopio|70100|Kuopion
Pori|28100|Porin
Joensuu|80100|Joensuun
Lappeenranta|53100|Lappeenrannan
Vaasa|65100|Vaasan
Seinäjoki|60100|Seinäjoen
""",
    streets=bar("Hämeenkatu|Teollisuuskatu|Kauppakatu|Rautatienkatu|Mannerheimintie|Satamakatu|Koulukatu|"
                "Tehtaankatu|Aleksanterinkatu|Yliopistonkatu|Pajatie|Sähkötie|Myllytie"),
    lists=dict(Univ=["Aalto-yliopisto@Espoo", "Helsingin yliopisto@Helsinki", "Tampereen yliopisto@Tampere",
                     "Oulun yliopisto@Oulu", "Turun yliopisto@Turku", "Jyväskylän yliopisto@Jyväskylä",
                     "Lappeenrannan–Lahden teknillinen yliopisto LUT@Lappeenranta", "Vaasan yliopisto@Vaasa"]),
    kinds=kind_block("""
[university]
4 - uni | {Univ}
[chamber]
3 city chamber | {TownGen} kauppakamari
[public_authority]
4 - gov | {TownGen} kaupunki
[institution]
2 - research | Teknologian tutkimuskeskus VTT Oy@Espoo
[business_support_organisation]
2 - funding | Business Finland@Helsinki
"""),
)

COUNTRY["NO"] = dict(
    w=0.4, lang="no", tld="no", cc="+47", brand_country="Norge",
    langs=[("sv", .2), ("de", .1)],
    mobile=[("4", 7), ("9", 7)], landline=[("2", 7), ("5", 7), ("7", 7)],
    freemail=["gmail.com", "online.no"], tf="name pc", addr="de", reg="no", lf="sfx", sole="",
    legal=[("AS", 93, 85), ("ASA", 0, 15), ("ANS", 7, 0)],
    towns="""
*Oslo|0xxx
*Bergen|50xx
*Trondheim|70xx
*Stavanger|40xx
Drammen|3015
Fredrikstad|1606
Kristiansand|4610
Sandnes|4306
Tromsø|9008
Skien|3724
Ålesund|6002
Bodø|8006
Haugesund|5527
Tønsberg|3110
""",
    streets=bar("Storgata|Kongens gate|Dronningens gate|Industriveien|Strandgata|Kirkegata|Jernbanegata|Havnegata|"
                "Fabrikkveien|Sjøgata|Torggata"),
    lists=dict(Univ=["Norges teknisk-naturvitenskapelige universitet@Trondheim", "Universitetet i Oslo@Oslo",
                     "Universitetet i Bergen@Bergen", "Universitetet i Stavanger@Stavanger",
                     "OsloMet – storbyuniversitetet@Oslo", "Universitetet i Agder@Kristiansand"]),
    kinds=kind_block("""
[university]
4 - uni | {Univ}
[chamber]
3 city chamber | {Town} Næringsforening
[public_authority]
4 - gov | {Town} kommune
[institution]
2 - research | SINTEF AS@Trondheim
[business_support_organisation]
2 - funding | Innovasjon Norge@Oslo
"""),
)

COUNTRY["IE"] = dict(
    w=0.4, lang="en", tld="ie", cc="+353", brand_country="Ireland",
    langs=[("ga", .1), ("fr", .1), ("de", .06)],
    mobile=[("83", 7), ("85", 7), ("86", 7), ("87", 7)], landline=[("1", 7), ("21", 7), ("61", 6), ("91", 6)],
    freemail=["gmail.com", "eircom.net"], tf="name pc", addr="ie", reg="ie", lf="sfx", sole="",
    legal=[("Ltd", 55, 20), ("Limited", 25, 30), ("DAC", 10, 30), ("Teoranta", 3, 0), ("plc", 0, 15)],
    towns="""
*Dublin|D0x
*Cork|T12
*Galway|H91
*Limerick|V94
Waterford|X91
Athlone|N37
Sligo|F91
Kilkenny|R95
Letterkenny|F92
Dundalk|A91
""",
    streets=bar("Main Street|Dublin Road|O'Connell Street|Patrick Street|Church Street|Bridge Street|Grand Parade|"
                "Shop Street|Business Park|Industrial Estate|Harbour Road"),
    lists=dict(Univ=["Trinity College Dublin@Dublin", "University College Dublin@Dublin",
                     "University College Cork@Cork", "University of Galway@Galway", "University of Limerick@Limerick",
                     "Dublin City University@Dublin", "Technological University Dublin@Dublin",
                     "Munster Technological University@Cork", "Atlantic Technological University@Galway"]),
    kinds=kind_block("""
[university]
4 - uni | {Univ}
[chamber]
3 city chamber | {Town} Chamber
1 - chamber | Chambers Ireland@Dublin
[public_authority]
4 big gov | {Town} City Council
3 - gov | {Town} County Council
[institution]
2 - research | Tyndall National Institute@Cork
[business_support_organisation]
2 - bso | Enterprise Ireland@Dublin
2 city bso | Local Enterprise Office {Town}
"""),
)

COUNTRY["GB"] = dict(
    w=1.4, lang="en", tld="co.uk", cc="+44", brand_country="UK",
    langs=[("fr", .1), ("de", .1), ("es", .05)],
    mobile=[("7", 9)], landline=[("20", 8), ("161", 7), ("121", 7), ("114", 7), ("131", 7), ("113", 7)],
    freemail=["gmail.com", "btinternet.com", "outlook.com"], tf="name pc x", addr="gb", reg="gb", lf="sfx", sole="",
    legal=[("Ltd", 65, 20), ("Limited", 25, 35), ("PLC", 0, 40), ("LLP", 5, 5)],
    towns="""
*London|EC1A|
*Manchester|M1|
*Birmingham|B1|
*Leeds|LS1|
*Glasgow|G1|SC
*Edinburgh|EH1|SC
*Bristol|BS1|
*Liverpool|L1|
*Sheffield|S1|
*Newcastle upon Tyne|NE1|
*Belfast|BT1|NI
*Cardiff|CF10|
Nottingham|NG1|
Leicester|LE1|
Cambridge|CB1|
Oxford|OX1|
Coventry|CV1|
Derby|DE1|
Southampton|SO14|
Aberdeen|AB10|SC
Milton Keynes|MK9|
Reading|RG1|
York|YO1|
Norwich|NR1|
Swansea|SA1|
Dundee|DD1|SC
Sunderland|SR1|
Preston|PR1|
""",
    streets=bar("High Street|Station Road|Church Street|Victoria Road|Mill Lane|Park Road|London Road|King Street|"
                "Queen Street|Market Street|Bridge Street|Riverside Industrial Estate|Enterprise Way|"
                "Innovation Drive|Castle Street|Albert Road|Manor Road|New Street|Oxford Road"),
    lists=dict(Univ=["University of Manchester@Manchester", "University of Sheffield@Sheffield",
                     "Imperial College London@London", "University College London@London",
                     "University of Edinburgh@Edinburgh", "University of Glasgow@Glasgow",
                     "University of Strathclyde@Glasgow", "Loughborough University@Leicester",
                     "University of Birmingham@Birmingham", "University of Leeds@Leeds", "Newcastle University@Newcastle upon Tyne",
                     "Cardiff University@Cardiff", "Queen's University Belfast@Belfast", "University of Warwick@Coventry",
                     "University of Nottingham@Nottingham", "University of Bristol@Bristol", "Coventry University@Coventry"],
               Faculty=bar("School of Mechanical, Aerospace and Civil Engineering|Department of Computer Science|"
                           "Advanced Manufacturing Research Centre|School of Engineering|Business School|"
                           "Department of Materials")),
    kinds=kind_block("""
[university]
4 - uni | {Univ}
3 - uni | {Faculty}, {Univ}
[chamber]
4 city chamber | {Town} Chamber of Commerce
1 - chamber | British Chambers of Commerce@London
[public_authority]
4 big gov | {Town} City Council
3 city gov | {Town} Borough Council
1 - gov | Lancashire County Council@Preston
[institution]
2 - research | National Physical Laboratory@London
2 - research | High Value Manufacturing Catapult@Coventry
2 city hospital | {Town} Teaching Hospitals NHS Trust
[business_support_organisation]
2 city bso | {Town} Growth Hub
2 city park | {Town} Science Park
1 - bso | Scottish Enterprise@Glasgow
1 - funding | Innovate UK@London
[other]
2 - ngo | {Brand} Trust
1 - prof | Make UK@London
"""),
)

COUNTRY["US"] = dict(
    w=1.0, lang="en", tld="com", cc="+1", brand_country="America",
    langs=[("es", .25), ("de", .05), ("fr", .05)],
    mobile=[], landline=[], freemail=["gmail.com", "yahoo.com", "outlook.com"],
    tf="name pc x", addr="us", reg="us", lf="sfx", lf_comma=0.3, sole="",
    legal=[("Inc.", 40, 70), ("LLC", 50, 10), ("Corp.", 5, 15), ("Co.", 5, 5)],
    towns="""
*Detroit|482xx|MI
*Chicago|606xx|IL
*Houston|770xx|TX
*Pittsburgh|152xx|PA
*Boston|021xx|MA
*Seattle|981xx|WA
*San Jose|951xx|CA
*Atlanta|303xx|GA
Charlotte|28202|NC
Columbus|43215|OH
Minneapolis|55401|MN
Austin|78701|TX
Denver|80202|CO
Cleveland|44113|OH
Milwaukee|53202|WI
New York|100xx|NY
""",
    streets=bar("Main Street|Oak Street|Park Avenue|Maple Avenue|Washington Street|Industrial Drive|Commerce Drive|"
                "Technology Drive|Lake Street|Market Street|2nd Street|Elm Street|Woodward Avenue|Michigan Avenue"),
    lists=dict(Univ=["Massachusetts Institute of Technology@Boston", "University of Michigan@Detroit",
                     "Carnegie Mellon University@Pittsburgh", "Georgia Institute of Technology@Atlanta",
                     "University of Texas at Austin@Austin", "University of Washington@Seattle",
                     "Ohio State University@Columbus", "University of Minnesota@Minneapolis",
                     "Case Western Reserve University@Cleveland"]),
    kinds=kind_block("""
[university]
4 - uni | {Univ}
[chamber]
3 city chamber | {Town} Regional Chamber of Commerce
[public_authority]
4 - gov | City of {Town}
[business_support_organisation]
2 - bso | Michigan Economic Development Corporation@Detroit
2 city bso | {Town} Economic Development Council
"""),
)

COUNTRY["UA"] = dict(
    w=2.2, lang="uk", tld="ua", cc="+380", brand_country="Україна",
    langs=[("pl", .15), ("de", .12), ("ru", .05), ("cs", .03)],
    mobile=[("50", 7), ("66", 7), ("67", 7), ("68", 7), ("93", 7), ("95", 7), ("96", 7), ("97", 7), ("98", 7), ("99", 7)],
    landline=[("44", 7), ("32", 7), ("57", 7), ("48", 7), ("56", 7)],
    freemail=["ukr.net", "gmail.com", "i.ua"], tf="name pc adj", addr="ua", reg="ua", lf="ua", sole="",
    legal=[("ТОВ", 88, 55), ("ПрАТ", 3, 30), ("АТ", 2, 15), ("ПП", 7, 0)],
    towns="""
*Київ|0xxxx|Київськ
*Харків|61xxx|Харківськ
*Одеса|65xxx|Одеськ
*Дніпро|49xxx|Дніпровськ
*Львів|79xxx|Львівськ
*Запоріжжя|69xxx|Запорізьк
*Вінниця|21xxx|Вінницьк
*Полтава|36xxx|Полтавськ
*Чернігів|14xxx|Чернігівськ
*Черкаси|18xxx|Черкаськ
*Житомир|10xxx|Житомирськ
*Суми|40xxx|Сумськ
*Хмельницький|29xxx|Хмельницьк
*Рівне|33xxx|Рівненськ
*Івано-Франківськ|76xxx|Івано-Франківськ
*Тернопіль|46xxx|Тернопільськ
*Луцьк|43xxx|Луцьк
*Ужгород|88xxx|Ужгородськ
*Чернівці|58xxx|Чернівецьк
Біла Церква|09100|Білоцерківськ
Кременчук|39600|Кременчуцьк
Мукачево|89600|Мукачівськ
""",
    streets=bar("вул. Шевченка|вул. Івана Франка|вул. Грушевського|просп. Свободи|вул. Соборна|вул. Промислова|"
                "вул. Центральна|вул. Садова|вул. Миру|вул. Незалежності|вул. Лесі Українки|вул. Заводська|"
                "просп. Перемоги|вул. Городоцька|вул. Степана Бандери|вул. Гетьмана Мазепи|вул. Героїв Майдану"),
    lists=dict(Univ=["Національний технічний університет України «Київський політехнічний інститут імені Ігоря Сікорського»@Київ",
                     "Київський національний університет імені Тараса Шевченка@Київ",
                     "Національний університет «Львівська політехніка»@Львів",
                     "Харківський національний університет імені В. Н. Каразіна@Харків",
                     "Національний технічний університет «Харківський політехнічний інститут»@Харків",
                     "Національний університет «Одеська політехніка»@Одеса",
                     "Львівський національний університет імені Івана Франка@Львів",
                     "Ужгородський національний університет@Ужгород",
                     "Чернівецький національний університет імені Юрія Федьковича@Чернівці",
                     "Вінницький національний технічний університет@Вінниця",
                     "Національний університет «Запорізька політехніка»@Запоріжжя"]),
    kinds=kind_block("""
[university]
4 - uni | {Univ}
[chamber]
4 big chamber | {TownAdj_f} торгово-промислова палата
1 - chamber | Торгово-промислова палата України@Київ
[public_authority]
5 big gov | {TownAdj_f} міська рада
3 big gov | {TownAdj_f} обласна державна адміністрація
2 city gov | Виконавчий комітет {TownAdj_fg} міської ради
[institution]
1 - research | Інститут електрозварювання імені Є. О. Патона НАН України@Київ
1 - research | Фізико-механічний інститут імені Г. В. Карпенка НАН України@Львів
1 - research | Інститут проблем матеріалознавства імені І. М. Францевича НАН України@Київ
1 - research | Національний науковий центр «Харківський фізико-технічний інститут»@Харків
2 big hospital | Обласна клінічна лікарня м. {Town}
2 city school | Вище професійне училище м. {Town}
1 city museum | Обласна універсальна наукова бібліотека м. {Town}
[business_support_organisation]
3 big bso | Агенція регіонального розвитку {TownAdj_fg} області
2 - bso | Офіс з просування експорту@Київ
2 - park | Технопарк «{Brand}»
[other]
2 - ngo | Громадська організація «{Brand}»
1 - prof | Спілка українських підприємців@Київ
"""),
)

COUNTRY["BG"] = dict(
    w=0.5, lang="bg", tld="bg", cc="+359", brand_country="България",
    langs=[("ru", .2), ("de", .12), ("el", .04)],
    mobile=[("87", 7), ("88", 7), ("89", 7)], landline=[("2", 7), ("32", 6), ("52", 6), ("56", 6)],
    freemail=["abv.bg", "gmail.com", "mail.bg"], tf="name pc adj", addr="bg", reg="bg", lf="bg", sole="",
    legal=[("ЕООД", 55, 15), ("ООД", 35, 25), ("АД", 3, 45), ("ЕАД", 2, 15), ("ЕТ", 5, 0)],
    towns="""
*София|1xxx|Софийск
*Пловдив|40xx|Пловдивск
*Варна|90xx|Варненск
*Бургас|80xx|Бургаск
*Русе|70xx|Русенск
*Стара Загора|6000|Старозагорск
Плевен|5800|Плевенск
Габрово|5300|Габровск
Велико Търново|5000|Търновск
Благоевград|2700|Благоевградск
Шумен|9700|Шуменск
Казанлък|6100|Казанлъшк
""",
    streets=bar("ул. „Витоша“|ул. „Граф Игнатиев“|ул. „Цар Симеон“|бул. „Христо Ботев“|бул. „Васил Левски“|"
                "ул. „Индустриална“|ул. „Г. С. Раковски“|бул. „България“|бул. „Цариградско шосе“|ул. „Шипка“|"
                "ул. „Славянска“"),
    lists=dict(Univ=["Софийски университет „Св. Климент Охридски“@София", "Технически университет – София@София",
                     "Пловдивски университет „Паисий Хилендарски“@Пловдив", "Технически университет – Варна@Варна",
                     "Русенски университет „Ангел Кънчев“@Русе", "Технически университет – Габрово@Габрово",
                     "Университет за национално и световно стопанство@София",
                     "Химикотехнологичен и металургичен университет@София"]),
    kinds=kind_block("""
[university]
4 - uni | {Univ}
[chamber]
3 big chamber | Търговско-промишлена палата – {Town}
1 - chamber | Българска търговско-промишлена палата@София
[public_authority]
5 - gov | Община {Town}
2 big gov | Областна администрация {Town}
[institution]
1 - research | Институт по металознание, съоръжения и технологии при БАН@София
1 - research | Институт по механика при БАН@София
1 - research | Централна лаборатория по приложна физика при БАН@Пловдив
2 city hospital | Многопрофилна болница за активно лечение – {Town}
2 city school | Професионална гимназия по механоелектротехника – {Town}
[business_support_organisation]
2 city bso | Бизнес инкубатор {Town}
1 - bso | Изпълнителна агенция за насърчаване на малките и средните предприятия@София
[other]
2 - ngo | Сдружение „{Brand}“
"""),
)

COUNTRY["CN"] = dict(
    w=0.6, lang="zh", tld="com.cn", cc="+86", brand_country="China",
    langs=[("ja", .05), ("de", .05)],
    mobile=[("13", 9), ("15", 9), ("18", 9)], landline=[("21", 8), ("10", 8), ("755", 8), ("512", 8)],
    freemail=["163.com", "qq.com", "126.com"], tf="name pc x", addr="cn", reg="cn", lf="sfx", sole="",
    legal=[("Co., Ltd.", 100, 100)],
    towns="""
*Shanghai|200xxx|Pudong New Area;Minhang District;Jiading District
*Beijing|100xxx|Haidian District;Chaoyang District
*Shenzhen|518xxx|Nanshan District;Bao'an District
*Guangzhou|510xxx|Tianhe District;Huangpu District
Suzhou|215xxx|Suzhou Industrial Park;Wuzhong District
Hangzhou|310xxx|Binjiang District
Ningbo|315xxx|Beilun District
Chengdu|610xxx|Gaoxin District
Wuhan|430xxx|Donghu High-tech Zone
Tianjin|300xxx|Binhai New Area
Qingdao|266xxx|Huangdao District
Xi'an|710xxx|Yanta District
Nanjing|210xxx|Jiangning District
Changzhou|213xxx|Wujin District
Wuxi|214xxx|Xinwu District
""",
    streets=bar("Century Avenue|Zhongshan Road|Renmin Road|Jianguo Road|Keji Road|Huaxia Road|Jinqiao Road|"
                "Xinghu Street|Chang'an Avenue|Nanjing Road|Binhe Avenue|Gaoxin Road"),
    lists=dict(Univ=["Tsinghua University@Beijing", "Peking University@Beijing", "Shanghai Jiao Tong University@Shanghai",
                     "Zhejiang University@Hangzhou", "Tongji University@Shanghai",
                     "Huazhong University of Science and Technology@Wuhan", "Xi'an Jiaotong University@Xi'an",
                     "Fudan University@Shanghai", "Southeast University@Nanjing", "Nanjing University@Nanjing"]),
    kinds=kind_block("""
[university]
4 - uni | {Univ}
[chamber]
2 city chamber | China Council for the Promotion of International Trade, {Town} Sub-Council
[public_authority]
4 - gov | {Town} Municipal People's Government
2 - govecon | {Town} Municipal Commission of Commerce
[institution]
2 - research | Chinese Academy of Sciences – Institute of Metal Research@Beijing
[business_support_organisation]
2 city park | {Town} High-tech Industrial Development Zone Administrative Committee
"""),
)

COUNTRY["JP"] = dict(
    w=0.4, lang="ja", tld="co.jp", cc="+81", brand_country="Japan",
    langs=[("zh", .05), ("de", .05)],
    mobile=[("90", 8), ("80", 8), ("70", 8)], landline=[("3", 8), ("6", 8), ("52", 7), ("45", 7)],
    freemail=["yahoo.co.jp", "gmail.com"], tf="name pc x", addr="jp", reg="jp", lf="sfx", sole="",
    legal=[("Co., Ltd.", 70, 60), ("Corporation", 20, 35), ("K.K.", 10, 5)],
    towns="""
*Tokyo|1xx-xxxx|Chiyoda-ku;Minato-ku;Shinagawa-ku;Ota-ku
*Osaka|53x-xxxx|Kita-ku;Chuo-ku;Yodogawa-ku
*Nagoya|45x-xxxx|Naka-ku;Nakamura-ku
*Yokohama|22x-xxxx|Nishi-ku;Kohoku-ku
Kyoto|60x-xxxx|Shimogyo-ku;Minami-ku
Kobe|65x-xxxx|Chuo-ku
Fukuoka|81x-xxxx|Hakata-ku
Sapporo|06x-xxxx|Chuo-ku
Hamamatsu|43x-xxxx|Chuo-ku
Sendai|98x-xxxx|Aoba-ku
Hiroshima|73x-xxxx|Naka-ku
Toyota|471-xxxx|
""",
    streets=bar("Marunouchi|Honcho|Sakae|Minami|Nishiki|Kitahama|Umeda|Shiba|Higashi|Motomachi|Chuo|Sakuragicho"),
    lists=dict(Univ=["The University of Tokyo@Tokyo", "Kyoto University@Kyoto", "Osaka University@Osaka",
                     "Tohoku University@Sendai", "Nagoya University@Nagoya", "Institute of Science Tokyo@Tokyo",
                     "Kyushu University@Fukuoka", "Hokkaido University@Sapporo", "Keio University@Tokyo",
                     "Waseda University@Tokyo"]),
    kinds=kind_block("""
[university]
4 - uni | {Univ}
[chamber]
3 city chamber | {Town} Chamber of Commerce and Industry
[public_authority]
4 - gov | {Town} City Office
[institution]
2 - research | National Institute of Advanced Industrial Science and Technology@Tokyo
[business_support_organisation]
2 - bso | Japan External Trade Organization (JETRO)@Tokyo
"""),
)

GENERIC_KINDS = kind_block("""
[university]
1 - uni | University of {Town}
[chamber]
1 - chamber | {Town} Chamber of Commerce
[public_authority]
1 - gov | City of {Town}
[institution]
1 - research | {Town} Institute of Technology
[business_support_organisation]
1 - bso | {Town} Business Innovation Centre
1 - park | {Town} Science Park
[other]
1 - ngo | {Town} Business Association
1 - ngo | {Brand} Foundation
""")

# --------------------------------------------------------------------------- registration numbers


def _num(rng, n):
    return f"{rng.randrange(10 ** n):0{n}d}"


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def reg_cz(rng, org):  # IČO, mod-11 check digit
    s = _num(rng, 7)
    total = sum(int(c) * w for c, w in zip(s, range(8, 1, -1)))
    return s + str((11 - total % 11) % 10)


def reg_pl(rng, org):  # NIP
    while True:
        s = f"{rng.randint(101, 999)}{_num(rng, 6)}"
        c = sum(int(a) * b for a, b in zip(s, (6, 5, 7, 2, 3, 4, 5, 6, 7))) % 11
        if c != 10:
            return s + str(c)


HU_COUNTIES = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16",
               "17", "18", "19", "20", "22", "23", "24", "25", "26", "27", "28", "29", "41", "42", "43", "44", "51"]


def reg_hu(rng, org):  # adószám 12345678-2-41
    s = str(rng.randint(1000000, 3299999))
    c = (10 - sum(int(a) * b for a, b in zip(s, (9, 7, 3, 1, 9, 7, 3))) % 10) % 10
    vat = "2" if rng.random() < 0.8 else rng.choice("1345")
    return f"{s}{c}-{vat}-{rng.choice(HU_COUNTIES)}"


def reg_fr(rng, org):  # SIREN
    s = str(rng.randint(30000000, 99999999))
    return s + str(luhn_digit(s))


def reg_de(rng, org):
    lf = org.get("lf", "")
    if lf.endswith("e.V."):
        return f"VR {rng.randint(100, 39999)}"
    prefix = "HRA" if lf in ("KG", "OHG", "e.K.", "GmbH & Co. KG") else "HRB"
    return f"{prefix} {rng.randint(100, 299999)}"


def reg_at(rng, org):
    return f"FN {rng.randint(10000, 599999)}{rng.choice('abdfghikmpstvwxyz')}"


def reg_ch(rng, org):  # UID CHE-123.456.789
    while True:
        s = _num(rng, 8)
        c = 11 - sum(int(a) * b for a, b in zip(s, (5, 4, 3, 2, 7, 6, 5, 4))) % 11
        if c == 11:
            c = 0
        if c != 10:
            t = s + str(c)
            return f"CHE-{t[0:3]}.{t[3:6]}.{t[6:9]}"


def reg_si(rng, org):
    return f"{rng.randint(1000000, 9999999)}000"


def reg_hr(rng, org):  # OIB, ISO 7064 MOD 11,10
    s = _num(rng, 10)
    a = 10
    for ch in s:
        a = (a + int(ch)) % 10
        if a == 0:
            a = 10
        a = (a * 2) % 11
    c = 11 - a
    return s + str(0 if c == 10 else c)


def reg_ro(rng, org):  # CUI
    body = str(rng.randint(1000000, 49999999))
    padded = body.rjust(9, "0")
    c = sum(int(a) * int(b) for a, b in zip(padded, "753217532")) * 10 % 11
    return body + str(0 if c == 10 else c)


def reg_lv(rng, org):
    return rng.choice(("4000", "4010", "4020", "4410", "5000")) + _num(rng, 7)


def reg_lt(rng, org):
    return ("30" + _num(rng, 7)) if rng.random() < 0.7 else ("1" + _num(rng, 8))


def reg_ee(rng, org):
    return rng.choice(("10", "11", "12", "14", "16")) + _num(rng, 6)


def reg_it(rng, org):  # partita IVA
    s = _num(rng, 7) + f"{rng.randint(1, 100):03d}"
    return s + str(luhn_digit(s))


def reg_es(rng, org):  # CIF
    lf = org.get("lf", "")
    if org["kind"] == "public_authority":
        letter = "P"
    elif lf == "S.A.":
        letter = "A"
    elif lf == "S. Coop.":
        letter = "F"
    elif org["kind"] in ("other", "chamber", "business_support_organisation"):
        letter = "G"
    else:
        letter = "B"
    d = f"{rng.randint(1, 52):02d}" + _num(rng, 5)
    even = int(d[1]) + int(d[3]) + int(d[5])
    odd = 0
    for i in (0, 2, 4, 6):
        x = int(d[i]) * 2
        odd += x // 10 + x % 10
    c = (10 - (even + odd) % 10) % 10
    return letter + d + ("JABCDEFGHI"[c] if letter in "PQS" else str(c))


def reg_pt(rng, org):  # NIPC
    first = "6" if org["kind"] == "public_authority" else "5"
    s = first + _num(rng, 7)
    r = sum(int(a) * b for a, b in zip(s, range(9, 1, -1))) % 11
    return s + str(0 if r < 2 else 11 - r)


def reg_nl(rng, org):
    return str(rng.randint(10000000, 99999999))


def reg_be(rng, org):  # enterprise number 0XXX.XXX.XXX (1XXX... since 2023), mod-97 check
    base = rng.randint(2000000, 9999999) if rng.random() < 0.9 else rng.randint(10000000, 19999999)
    t = f"{base:08d}{97 - base % 97:02d}"
    return f"{t[0:4]}.{t[4:7]}.{t[7:10]}"


def reg_lu(rng, org):
    return f"B{rng.randint(10000, 299999)}"


def reg_dk(rng, org):  # CVR, weights 2765432 1
    while True:
        s = str(rng.randint(1000000, 9999999))
        t = sum(int(a) * b for a, b in zip(s, (2, 7, 6, 5, 4, 3, 2)))
        d = (-t) % 11
        if d < 10:
            return s + str(d)


def reg_se(rng, org):
    s = "556" + _num(rng, 6)
    t = s + str(luhn_digit(s))
    return f"{t[:6]}-{t[6:]}"


def reg_fi(rng, org):  # Y-tunnus
    while True:
        s = str(rng.randint(1000000, 3299999))
        r = sum(int(a) * b for a, b in zip(s, (7, 9, 10, 5, 8, 4, 2))) % 11
        if r != 1:
            return f"{s}-{0 if r == 0 else 11 - r}"


def reg_no(rng, org):
    while True:
        s = rng.choice("89") + _num(rng, 7)
        r = sum(int(a) * b for a, b in zip(s, (3, 2, 7, 6, 5, 4, 3, 2))) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            return s + str(c)


def reg_ie(rng, org):
    return str(rng.randint(100000, 799999))


def reg_gb(rng, org):
    x = org.get("town_x", "")
    if x in ("SC", "NI"):
        return x + _num(rng, 6)
    return f"{rng.randint(1000000, 16999999):08d}"


def reg_us(rng, org):
    return f"{rng.choice((20, 26, 27, 30, 32, 35, 36, 38, 41, 45, 46, 47, 61, 81, 82, 83, 84, 85, 86, 87, 88))}-{_num(rng, 7)}"


def reg_ua(rng, org):
    if org.get("lf") == "ФОП":
        return str(rng.randint(2000000000, 3999999999))
    return str(rng.randint(20000000, 45999999))


def reg_bg(rng, org):  # ЕИК / UIC (9 digits)
    s = str(rng.randint(10000000, 20999999))
    r = sum(int(a) * b for a, b in zip(s, range(1, 9))) % 11
    if r == 10:
        r = sum(int(a) * b for a, b in zip(s, range(3, 11))) % 11
        if r == 10:
            r = 0
    return s + str(r)


_CN_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def reg_cn(rng, org):  # unified social credit code (18 chars, check character not computed)
    return "91" + rng.choice(("310115", "110108", "440300", "320594", "330108", "420100")) + \
        "".join(rng.choice(_CN_CHARS) for _ in range(10))


def reg_jp(rng, org):  # corporate number, 13 digits
    base = _num(rng, 12)
    t = sum(int(d) * (1 if i % 2 == 0 else 2) for i, d in enumerate(reversed(base)))
    return str(9 - t % 9) + base


REG = {k[4:]: v for k, v in globals().items() if k.startswith("reg_")}
REG["sk"] = reg_cz
REGISTER_ONLY = {"de", "at", "lu", "gb", "ie", "nl", "us", "cn", "jp", "se", "no", "dk", "fi", "ch"}

# --------------------------------------------------------------------------- addresses / phones

_PC_LETTERS = "ABCDEFGHJKLMNPRSTVWXZ"


def fill_pattern(rng, p):
    if "x" not in p and "@" not in p:
        return p
    out = []
    for ch in p:
        if ch == "x":
            out.append(str(rng.randrange(10)))
        elif ch == "@":
            out.append(rng.choice(_PC_LETTERS))
        else:
            out.append(ch)
    return "".join(out)


def make_address(rng, v, town):
    style = v["addr"]
    street = rng.choice(v["streets"])
    pc = fill_pattern(rng, town["pc"])
    name = town["name"]
    n = rng.randint(1, 60) if rng.random() < 0.7 else rng.randint(61, 300)
    if style == "cz":
        if town["village"] and rng.random() < 0.6:
            return f"{name} {rng.randint(1, 400)}, {pc} {name}"
        cp = rng.randint(1, 3500)
        if rng.random() < 0.6:
            return f"{street} {cp}/{rng.randint(1, 80)}, {pc} {name}"
        return f"{street} {cp}, {pc} {name}"
    if style == "sk":
        num = f"{rng.randint(1, 3000)}/{rng.randint(1, 60)}" if rng.random() < 0.4 else str(n)
        return f"{street} {num}, {pc} {name}"
    if style == "pl":
        num = f"{n}/{rng.randint(1, 40)}" if rng.random() < 0.2 else str(n)
        return f"{street} {num}, {pc} {name}"
    if style == "de":
        suffix = rng.choice("abc") if rng.random() < 0.08 else ""
        return f"{street} {n}{suffix}, {pc} {name}"
    if style == "hu":
        return f"{pc} {name}, {street} {n}."
    if style == "ro":
        return f"{street} nr. {n}, {pc} {name}"
    if style == "lv":
        return f"{street} {n}, {name}, {pc}"
    if style == "fr":
        return f"{n}{' bis' if rng.random() < 0.04 else ''} {street}, {pc} {name}"
    if style == "it":
        return f"{street} {n}, {pc} {name} ({town.get('x', '')})"
    if style == "es":
        return f"{street}, {n}, {pc} {name}"
    if style == "lu":
        return f"{n}, {street}, L-{pc} {name}"
    if style == "gb":
        inward = f"{rng.randrange(10)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        return f"{n} {street}, {name} {pc} {inward}"
    if style == "ie":
        code = "".join(rng.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
        return f"{n} {street}, {name}, {pc} {code}"
    if style == "us":
        suite = f", Suite {rng.randint(1, 30) * 100}" if rng.random() < 0.4 else ""
        return f"{rng.randint(100, 9999)} {street}{suite}, {name}, {town.get('x', '')} {pc}"
    if style == "ua":
        return f"{street}, {n}, м. {name}, {pc}"
    if style == "bg":
        return f"{street} {n}, {pc} {name}"
    if style == "cn":
        district = rng.choice(town.get("x", "").split(";") or [""])
        return f"No. {n} {street}, {district}, {name} {pc}"
    if style == "jp":
        district = rng.choice(town.get("x", "").split(";") or [""])
        loc = f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {street}"
        return ", ".join(p for p in (loc, district, f"{name} {pc}") if p)
    return f"{street} {n}, {pc} {name}"


US_AREA = ("212", "312", "313", "415", "617", "713", "206", "404", "412", "512", "614", "612", "216", "414")


def make_phone(rng, v, mobile=True):
    if v["cc"] == "+1":
        return f"+1{rng.choice(US_AREA)}{rng.randint(2, 9)}{_num(rng, 6)}"
    pats = v["mobile"] if (mobile and v["mobile"]) else v["landline"]
    prefix, n = rng.choice(pats)
    rest = _num(rng, n)
    if rest[0] == "0" and not prefix.startswith("0"):
        rest = str(rng.randint(1, 9)) + rest[1:]
    return f"{v['cc']}{prefix}{rest}"


def fr_de(town):
    if town.startswith("Le "):
        return "du " + town[3:]
    if town.startswith("Les "):
        return "des " + town[4:]
    if town[:1] in "AEIOUYÉÈÎÂH" or town[:1] in "aeiou":
        return "d'" + town
    return "de " + town


# --------------------------------------------------------------------------- NACE


class Nace:
    def __init__(self, path):
        if not os.path.isfile(path):
            sys.exit(f"error: NACE code list not found: {path} (use --nace FILE; expected the semicolon-separated "
                     f"NACE Rev. 2.1 CSV with columns code;parentCode;level;...)")
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.reader(f, delimiter=";")
            header = [h.strip() for h in next(reader)]
            try:
                ic, ip, il = header.index("code"), header.index("parentCode"), header.index("level")
            except ValueError:
                sys.exit(f"error: {path}: header must contain code, parentCode and level (got {header})")
            parent, level = {}, {}
            for row in reader:
                if len(row) <= max(ic, ip, il) or not row[ic].strip():
                    continue
                code = row[ic].strip()
                parent[code] = row[ip].strip()
                level[code] = int(row[il])
        self.codes = {c for c, lv in level.items() if 2 <= lv <= 4}
        if not self.codes:
            sys.exit(f"error: {path}: no NACE codes of level 2-4 found")

        def section(c):
            seen = 0
            while level.get(c) != 1 and seen < 6:
                c = parent.get(c, "")
                seen += 1
            return c
        self.section = {c: section(c) for c in self.codes}
        self.by_sec_lvl = {}
        self.by_div = {}
        for c in sorted(self.codes):
            self.by_sec_lvl.setdefault((self.section[c], level[c]), []).append(c)
            if level[c] >= 3:
                self.by_div.setdefault(c[:2], []).append(c)
        self.level = level
        secs = sorted({s for s, _ in self.by_sec_lvl})
        self.sec_pick = WChoice([(s, SECTION_WEIGHTS.get(s, 0)) for s in secs])
        self.lvl_pick = WChoice(list(LEVEL_WEIGHTS.items()))
        self.key_codes = {}
        for key, prefixes in SECTOR_KEYS.items():
            cands = []
            for p in prefixes:
                if p in self.codes:
                    cands.append(p)
                else:
                    cands.extend(c for c in sorted(self.codes) if c.startswith(p + ".") and level[c] == 4)
            self.key_codes[key] = cands

    def pick(self, rng):
        sec = self.sec_pick(rng)
        lst = self.by_sec_lvl.get((sec, self.lvl_pick(rng))) or self.by_sec_lvl.get((sec, 2))
        return rng.choice(lst)

    def group(self, code):
        try:
            return DIV_GROUP.get(int(code[:2]), "services")
        except ValueError:
            return "services"

    def company_sectors(self, rng):
        r = rng.random()
        n = 1 if r < 0.45 else (2 if r < 0.8 else 3)
        codes = [self.pick(rng)]
        tries = 0
        while len(codes) < n and tries < 10:
            tries += 1
            if rng.random() < 0.55:
                c = rng.choice(self.by_div.get(codes[0][:2]) or [codes[0]])
            else:
                c = self.pick(rng)
            if c not in codes:
                codes.append(c)
        return codes

    def kind_sectors(self, rng, key):
        codes = []
        first = self.key_codes.get(key) or []
        codes.append(rng.choice(first) if first else self.pick(rng))
        seconds = KIND_SECOND_KEYS.get(key, [])
        if seconds and rng.random() < 0.6:
            c = self.key_codes.get(rng.choice(seconds)) or []
            if c:
                c = rng.choice(c)
                if c not in codes:
                    codes.append(c)
        if key in ("uni", "research", "cluster", "bso", "park", "lab") and rng.random() < 0.6 and len(codes) < 3:
            c = self.pick(rng)
            if c not in codes:
                codes.append(c)
        return codes


# --------------------------------------------------------------------------- generator

# organisational units: a partner database often holds several departments of the same body
UNITS_UK = {"gov": bar("Управління економічного розвитку|Відділ міжнародного співробітництва|"
                      "Департамент інвестиційної політики|Відділ туризму"),
            "res": bar("Відділ трансферу технологій|Відділ міжнародних зв'язків|Лабораторія матеріалознавства|"
                      "Відділ зварювальних технологій|Лабораторія неруйнівного контролю"),
            "org": bar("Відділ зовнішньоекономічних зв'язків|Навчальний центр|Регіональне представництво")}
UNITS = {
    "cs": {"org": bar("oddělení zahraničního obchodu|regionální kancelář|projektové oddělení|oddělení vzdělávání|Enterprise Europe Network|sekce mezinárodní spolupráce"),
           "gov": bar("odbor regionálního rozvoje|odbor rozvoje a investic|oddělení zahraničních vztahů|"
                      "odbor strategického rozvoje a dotací|oddělení projektového řízení|"
                      "odbor školství, mládeže a tělovýchovy|odbor životního prostředí a zemědělství|odbor dopravy|"
                      "oddělení cestovního ruchu|odbor kultury, památkové péče a cestovního ruchu|"
                      "oddělení podpory podnikání|kancelář tajemníka"),
           "res": bar("centrum transferu technologií|oddělení vnějších vztahů|oddělení pro vědu a výzkum|"
                      "oddělení zahraničních vztahů|projektové oddělení|laboratoř materiálových analýz|"
                      "oddělení mezinárodní spolupráce|oddělení aplikované mechaniky|laboratoř nanostruktur|"
                      "oddělení optiky|skupina pokročilých materiálů|oddělení výpočetní techniky|"
                      "laboratoř povrchových úprav|oddělení diagnostiky|oddělení aditivních technologií|"
                      "laboratoř elektronové mikroskopie|oddělení biotechnologií|oddělení energetických systémů")},
    "sk": {"org": bar("oddelenie zahraničného obchodu|regionálna kancelária|projektové oddelenie|Enterprise Europe Network"),
           "gov": bar("odbor regionálneho rozvoja|oddelenie zahraničných vzťahov|odbor strategického rozvoja|"
                      "oddelenie projektového riadenia|odbor školstva, mládeže a športu|odbor dopravy|"
                      "oddelenie cestovného ruchu"),
           "res": bar("centrum transferu technológií|oddelenie pre vedu a výskum|oddelenie medzinárodných vzťahov|"
                      "projektové oddelenie|oddelenie materiálového výskumu|laboratórium nanotechnológií|"
                      "oddelenie mechaniky|oddelenie aditívnych technológií|oddelenie energetiky")},
    "pl": {"org": bar("Biuro Projektów|Dział Współpracy Zagranicznej|Centrum Szkoleniowe|Punkt Informacyjny Funduszy Europejskich|Enterprise Europe Network"),
           "gov": bar("Wydział Rozwoju Regionalnego|Biuro Współpracy Zagranicznej|Departament Funduszy Europejskich|"
                      "Wydział Strategii i Rozwoju|Wydział Promocji i Turystyki|Departament Polityki Regionalnej|"
                      "Wydział Inwestycji"),
           "res": bar("Centrum Transferu Technologii|Dział Współpracy Międzynarodowej|Biuro Projektów|Dział Nauki|"
                      "Laboratorium Badawcze|Zakład Inżynierii Materiałowej|Zakład Technologii Spawalniczych|"
                      "Pracownia Mikroskopii Elektronowej|Zakład Automatyki|Centrum Badań Nieniszczących")},
    "de": {"org": bar("Abteilung International|Geschäftsbereich Aus- und Weiterbildung|Enterprise Europe Network|Referat Außenwirtschaft|Regionalbüro"),
           "gov": bar("Amt für Wirtschaftsförderung|Referat Internationale Zusammenarbeit|Stabsstelle EU-Fördermittel|"
                      "Amt für Stadtentwicklung|Referat Tourismus|Abteilung Regionalentwicklung|"
                      "Fachbereich Bildung und Kultur"),
           "res": bar("Abteilung Forschung und Transfer|Transferstelle|International Office|"
                      "Referat Forschungsförderung|Zentrallabor|Abteilung Werkstoffprüfung|Arbeitsgruppe Leichtbau|"
                      "Abteilung Mikrosystemtechnik|Gruppe Additive Fertigung|Abteilung Energiesysteme|"
                      "Arbeitsgruppe Sensorik")},
    "hu": {"org": bar("Nemzetközi Osztály|Képzési Központ|Enterprise Europe Network Iroda"),
           "gov": bar("Városfejlesztési Osztály|Nemzetközi Kapcsolatok Irodája|Gazdaságfejlesztési Osztály|"
                      "Pályázati Iroda|Turisztikai Osztály"),
           "res": bar("Technológiatranszfer Iroda|Nemzetközi Igazgatóság|Pályázati Iroda|"
                      "Kutatási és Innovációs Központ")},
    "fr": {"org": bar("Service international|Enterprise Europe Network|Pôle formation"),
           "gov": bar("Direction du développement économique|Service des relations internationales|"
                      "Direction des affaires européennes|Service tourisme"),
           "res": bar("Service valorisation|Direction de la recherche|Relations internationales")},
    "it": {"org": bar("Ufficio Internazionalizzazione|Enterprise Europe Network|Area Formazione"),
           "gov": bar("Settore Sviluppo Economico|Ufficio Relazioni Internazionali|Ufficio Politiche Comunitarie|"
                      "Servizio Turismo"),
           "res": bar("Ufficio Trasferimento Tecnologico|Area Ricerca|Ufficio Relazioni Internazionali")},
    "es": {"org": bar("Departamento Internacional|Enterprise Europe Network|Área de Formación"),
           "gov": bar("Área de Desarrollo Económico|Oficina de Proyectos Europeos|"
                      "Servicio de Relaciones Internacionales|Concejalía de Turismo"),
           "res": bar("Oficina de Transferencia de Resultados de Investigación|Servicio de Relaciones Internacionales|"
                      "Vicerrectorado de Investigación")},
    "en": {"org": bar("International Trade Team|Enterprise Europe Network|Skills and Training Unit"),
           "gov": bar("Economic Development Department|International Office|EU Projects Unit|Tourism Department|"
                      "Regeneration Team"),
           "res": bar("Technology Transfer Office|Research and Innovation Services|International Office|"
                      "Enterprise Unit|Materials Testing Laboratory|Advanced Manufacturing Group|"
                      "Energy Systems Division|Sensors and Electronics Group|Additive Manufacturing Centre")},
}
STAFF_BY_KEY = {  # log-uniform staff ranges by the kind of body (overrides STAFF_RANGE)
    "hospital": (250, 6000), "school": (25, 180), "museum": (4, 90), "labour": (10, 250), "research": (40, 2500),
    "lab": (10, 300), "prof": (5, 120), "cluster": (2, 25), "park": (5, 80), "funding": (30, 900),
    "govecon": (150, 1500), "social": (15, 200), "culture": (10, 150),
}

STOPWORDS = set("a an and the of de des du la le les di del della da do das dos e et y i u und der die das "
                "von van den zu im am v ve na nad pod z ze s se w we o en il lo al to for in on at by för och "
                "og af ir un ja es".split())
SIZE_FACTOR = {"micro": 1.0, "small": 1.5, "medium": 2.2, "large": 3.0}
SIZE_BY_KIND = {
    "company": WChoice([("micro", 20), ("small", 30), ("medium", 30), ("large", 20)]),
    "sme": WChoice([("micro", 45), ("small", 35), ("medium", 20)]),
}
STAFF_RANGE = {  # non-company kinds: log-uniform staff ranges
    "university": (300, 9000), "chamber": (3, 150), "business_support_organisation": (2, 120),
    "institution": (10, 2500), "other": (1, 40),
}
TURNOVER_PER_HEAD = {
    "trade": 320e3, "energy_env": 450e3, "ict": 110e3, "tourism": 55e3, "services": 90e3, "food": 180e3,
    "machinery": 160e3, "metal": 130e3, "chem": 200e3, "construction": 140e3, "transport": 150e3,
    "agri": 120e3, "textile": 90e3, "wood": 110e3, "media": 90e3, "engineering": 100e3, "public": 70e3,
    "education": 60e3, "health": 70e3, "culture": 50e3,
}
SME_CAPS = {"micro": (2e6, 2e6), "small": (10e6, 10e6), "medium": (50e6, 43e6)}  # turnover, balance sheet


def size_class(staff):
    return "micro" if staff < 10 else "small" if staff < 50 else "medium" if staff < 250 else "large"


def round_money(x):
    return int(round(x, -2)) if x < 100000 else int(round(x, -3))


def acronym(s, lang):
    parts = [p for p in re.split(r"[\s\-–,/«»„“\"()]+", s) if p]
    letters = [p[0] for p in parts if len(p) > 2 and p.lower() not in STOPWORDS and not p[0].isdigit()]
    a = ascii_fold("".join(letters), lang).lower()
    a = re.sub(r"[^a-z0-9]", "", a)
    return a if len(a) >= 2 else slugify(s, lang)[:24]


class NameCtx(dict):
    """Lazy placeholder values for str.format_map."""

    def __init__(self, gen, v, group, town, female=False):
        super().__init__()
        self.gen, self.v, self.group, self.town, self.female = gen, v, group, town, female
        self.seat = None
        self.noun = None

    def __missing__(self, key):
        val = self.gen.resolve(self, key)
        self[key] = val
        return val


class Generator:
    def __init__(self, seed, nace, consent_ratio):
        self.rng = random.Random(seed)
        self.nace = nace
        self.consent_ratio = consent_ratio
        self.withdrawn_ratio = max(0.0, min(0.05, 1.0 - consent_ratio))
        pairs = []
        for cc, base in COUNTRY.items():
            if "variants" in base:
                for w, ov in base["variants"]:
                    v = {k: val for k, val in base.items() if k != "variants"}
                    v.update(ov)
                    pairs.append((self.prepare(cc, v), base["w"] * w))
            else:
                pairs.append((self.prepare(cc, dict(base)), base["w"]))
        self.country_pick = WChoice(pairs)
        self.kind_pick = WChoice(KINDS)
        self.role_pick = WChoice(PARTNER_ROLES)
        self.source_pick = WChoice(CONSENT_SOURCES)
        self.used_names = set()
        self.used_regs = set()
        self.used_emails = set()
        self.email_next = {}
        self.used_domains = set()
        self.consent_days = (CONSENT_UNTIL - CONSENT_FROM).days
        self.hour_pick = WChoice([(h, 1 if h < 5 or h > 19 else (6 if 7 <= h <= 15 else 3)) for h in range(24)])

    # ----------------------------------------------------------------- profile preparation
    @staticmethod
    def _seat(s):
        if "@" in s:
            name, seat = s.rsplit("@", 1)
            return name, seat.strip()
        return s, None

    def prepare(self, cc, v):
        L = LANG[v["lang"]]
        v["code"], v["L"] = cc, L
        fields = v["tf"].split()
        towns = []
        for line in v["towns"].strip().splitlines():
            parts = [p.strip() for p in line.strip().split("|")]
            name = parts[0]
            t = {"name": name.lstrip("*~"), "big": name.startswith("*"), "village": name.startswith("~")}
            for fname, val in zip(fields[1:], parts[1:]):
                t[fname] = val
            towns.append(t)
        weights, rank = [], 0
        for t in towns:
            if t["village"]:
                weights.append(0.08)
            else:
                weights.append((1.5 if t["big"] else 1.0) / (rank + 2) ** 0.7)
                rank += 1
        v["towns"] = towns
        v["town_pick"] = WChoice(list(zip(towns, weights)))
        villages = [t for t in towns if t["village"]]
        v["village_pick"] = WChoice([(t, 1) for t in villages]) if villages else None
        v["town_by_name"] = {t["name"]: t for t in towns}
        v["adj_towns"] = [t for t in towns if t.get("adj") and not t["village"]]
        lists = {}
        for src in (L.get("lists", {}), v.get("lists", {})):
            for k, vals in src.items():
                lists[k] = [self._seat(x) for x in vals]
        v["lists"] = lists
        kinds = {}
        for kind, _ in KINDS:
            if kind in ("company", "sme"):
                continue
            tpls = v.get("kinds", {}).get(kind) or GENERIC_KINDS[kind]
            kinds[kind] = [(w, *self._seat(tpl), cond, key) for w, tpl, cond, key in tpls]
        v["kinds"] = kinds
        # every fixed municipality must be one of the country's towns
        seats = [s for lst in lists.values() for _, s in lst if s]
        seats += [s for lst in kinds.values() for _, _, s, _, _ in lst if s]
        missing = sorted({s for s in seats if s not in v["town_by_name"]})
        if missing:
            raise SystemExit(f"internal data error: {cc}/{v['lang']}: seat towns not in town list: {missing}")
        sn = []
        for entry in v.get("sn_override") or L["sn"]:
            p = entry.split("/")
            sn.append((p[0], p[1] if len(p) > 1 else p[0], p[2] if len(p) > 2 else (p[1] if len(p) > 1 else p[0])))
        v["sn"] = sn
        v["pos"], v["pos_gov"], v["pos_uni"] = [], [], []
        for p in L.get("pos", []):
            target = v["pos_gov"] if p.startswith("G:") else v["pos_uni"] if p.startswith("U:") else v["pos"]
            p = p[2:] if p[:2] in ("G:", "U:") else p
            target.append(tuple((p.split("/") + [p])[:2]))
        v["units"] = UNITS_UK if v["lang"] == "uk" else UNITS.get(v["lang"]) or \
            (UNITS["en"] if v["lang"] in ("sv", "da", "fi", "no", "et", "lv", "lt", "nl", "zh", "ja") else None)
        v["tpl_pick"] = WChoice([((tpl, mode), w) for w, tpl, mode in L["tpl"]])
        v["legal_small"] = WChoice([(f, ws) for f, ws, wl in v["legal"]])
        v["legal_large"] = WChoice([(f, wl) for f, ws, wl in v["legal"]])
        v["kw_local"] = L.get("kw") or {}
        v["desc_local"] = L.get("desc") or []
        latin = L.get("latin_brand", True)
        v["brand_pre"] = L.get("brand_pre", []) + (BRAND_PRE if latin else [])
        v["brand_suf"] = L.get("brand_suf", []) + (BRAND_SUF if latin else [])
        v["latin"] = latin
        return v

    # ----------------------------------------------------------------- name placeholders
    def adj_town(self, ctx):
        if not ctx.town.get("adj"):
            if not ctx.v["adj_towns"]:
                return ctx.town
            ctx.town = self.rng.choice(ctx.v["adj_towns"])  # the organisation moves to that town
        return ctx.town

    def pick_noun(self, ctx):
        if ctx.noun is None:
            nouns = ctx.v["L"]["nouns"]
            lst = nouns.get(ctx.group) or nouns[self.rng.choice(sorted(nouns))]
            ctx.noun = self.rng.choice(lst)
        return ctx.noun

    def brand(self, v):
        rng = self.rng
        L = v["L"]
        if "brand_words" in L:
            return rng.choice(L["brand_words"])
        pre, suf = rng.choice(v["brand_pre"]), rng.choice(v["brand_suf"])
        while suf.lower() == pre.lower():
            suf = rng.choice(v["brand_suf"])
        r = rng.random()
        if not v["latin"]:
            word = pre + suf.lower()
            return word.upper() if r < 0.15 else word[:1].upper() + word[1:].lower()
        if r < 0.6:
            return (pre + suf).capitalize()
        if r < 0.85:
            return (pre + suf).upper()
        return pre.capitalize() + suf.capitalize()

    def resolve(self, ctx, key):
        rng, v, L = self.rng, ctx.v, ctx.v["L"]
        if key == "Town":
            return ctx.town["name"]
        if key == "TownGen":
            return ctx.town.get("gen") or ctx.town["name"]
        if key == "TownLoc":
            return ctx.town.get("loc") or ctx.town["name"]
        if key == "TownAdj":
            t = self.adj_town(ctx)
            return t.get("adj") or t["name"]
        if key.startswith("TownAdj_"):
            t = self.adj_town(ctx)
            return t["adj"] + L["adj"][key[8:]]
        if key == "AdjNoun":
            word, g = self.pick_noun(ctx)
            t = self.adj_town(ctx)
            return t["adj"] + L["adj"].get(g, L["adj"]["m"]) + " " + word
        if key == "Noun":
            return cap_first(self.pick_noun(ctx)[0])
        if key == "noun":
            return self.pick_noun(ctx)[0]
        if key == "de_Town":
            return fr_de(ctx.town["name"])
        if key == "pt_Town":
            return ctx.town.get("x") or "de " + ctx.town["name"]
        if key in ("Surname", "Surname2"):
            while True:
                s = rng.choice(v["sn"])
                s = s[1] if (ctx.female and key == "Surname") else s[0]
                if key == "Surname" or s != ctx.get("Surname"):
                    return s
        if key == "SurnameGen":
            s = ctx["Surname"]
            return s if s.endswith(("s", "x", "z")) else s + "s"
        if key == "Given":
            return rng.choice(L["gf"] if ctx.female else L["gm"])
        if key == "Brand":
            return self.brand(v)
        if key == "BrandUpper":
            return self.brand(v).upper()
        if key == "BrandCountry":
            return f"{self.brand(v)} {v['brand_country']}"
        if key == "Acr":
            letters = L.get("acr", "ABCDEFGHKLMNPRSTVZ")
            return "".join(rng.choice(letters) for _ in range(rng.choice((2, 3, 3, 3, 4))))
        if key == "Patronymic" and ctx.female:
            key = "PatronymicF"
        if key in v["lists"]:
            name, seat = rng.choice(v["lists"][key])
            if seat:
                ctx.seat = seat
            return name
        raise KeyError(key)

    # ----------------------------------------------------------------- organisation parts
    def apply_legal_form(self, base, form, v):
        rng = self.rng
        st = v["lf"]
        if st == "lv":
            return f'{form} "{base}"' if rng.random() < 0.5 else f"{base} {form}"
        if st == "lt":
            return f"{form} „{base}“" if rng.random() < 0.6 else f"{base}, {form}"
        if st == "ua":
            return f"{form} «{base}»"
        if st == "bg":
            return f"„{base}“ {form}" if rng.random() < 0.5 else f"{base} {form}"
        name = base + (", " if rng.random() < v.get("lf_comma", 0) else " ") + form
        if st == "ro" and rng.random() < 0.1:
            name = "S.C. " + name
        return name

    def company_name(self, v, town, group, size):
        rng = self.rng
        for attempt in range(12):
            tpl, mode = v["tpl_pick"](rng)
            if mode is not None and size not in ("micro", "small"):
                continue
            ctx = NameCtx(self, v, group, town, female=(mode is not None and rng.random() < 0.3))
            base = tpl.format_map(ctx)
            if mode is None:
                form = (v["legal_large"] if size in ("medium", "large") else v["legal_small"])(rng)
                name = self.apply_legal_form(base, form, v)
            elif mode == "":
                form, name = "", base
            elif mode == "SOLE":
                form = v.get("sole", "")
                name = f"{base} {form}" if form else base
            elif mode == "FOP":
                form, name = "ФОП", "ФОП " + base
            else:
                form, name = mode, f"{base} {mode}"
            if (v["code"], name) not in self.used_names:
                break
        self.used_names.add((v["code"], name))
        return name, base, form, ctx.town

    def kind_name(self, v, kind, town):
        rng = self.rng
        tpls = v["kinds"][kind]
        for attempt in range(6):
            cands = [t for t in tpls if t[3] is None or (t[3] == "village" and town["village"])
                     or (t[3] == "city" and not town["village"]) or (t[3] == "big" and town["big"])]
            if not cands:
                cands = [t for t in tpls if t[3] is None] or tpls
            w, tpl, seat, cond, key = WChoice([(t, t[0]) for t in cands])(rng)
            ctx = NameCtx(self, v, "public", town)
            name = tpl.format_map(ctx)
            seat = seat or ctx.seat
            new_town = v["town_by_name"][seat] if seat else ctx.town
            if (v["code"], name) not in self.used_names:
                break
            # the same body again: use one of its departments (bigger public bodies and research only)
            unit_kind = ("gov" if kind == "public_authority" and not new_town["village"] else
                         "res" if kind == "university" or key == "research" else
                         "org" if kind in ("chamber", "business_support_organisation", "other") else None)
            if unit_kind and v["units"]:
                unit_name = f"{name} – {rng.choice(v['units'][unit_kind])}"
                if (v["code"], unit_name) not in self.used_names:
                    name = unit_name
                    break
            town = v["town_pick"](rng)  # try another place
        self.used_names.add((v["code"], name))
        return name, key, new_town

    def domain_for(self, v, kind, name, base, town, key):
        rng, lang = self.rng, v["lang"]
        tld = v["tld"]
        if v["code"] == "UA" and rng.random() < 0.5:
            tld = "com.ua"
        elif v["code"] == "CN" and rng.random() < 0.4:
            tld = "cn"
        if kind == "university":
            return f"{acronym(name.split(' – ')[0].split(', ')[-1], lang)}.{tld}", False
        if kind == "public_authority" and town["name"] in name:
            return f"{slugify(town['name'], lang)}.{tld}", False
        if kind not in ("company", "sme"):
            # bodies of the same name share one domain (departments of the same body, too)
            parent = name.split(" – ")[0]
            acr = acronym(parent, lang)
            if rng.random() < 0.5 and len(acr) >= 3:
                slug = acr
            else:
                words = [w for w in slugify(parent, lang).split("-") if w not in STOPWORDS]
                slug = "-".join(words[:rng.choice((2, 3))])[:40].strip("-") or acronym(parent, lang)
            town_slug = slugify(town["name"], lang)
            if town["name"] in parent and town_slug not in slug:
                slug = f"{slug}-{town_slug}"
            return f"{slug}.{tld}", False
        words = [w for w in slugify(base, lang).split("-") if len(w) > 1] or ["org"]
        if len(words) > 1:
            words = [w for w in words if w not in STOPWORDS] or words
        sep = "-" if rng.random() < 0.5 else ""
        k = 1 if len(words) == 1 else (3 if rng.random() < 0.25 else 2)
        town_slug = slugify(town["name"], lang)
        cands = [sep.join(words[:k]), sep.join(words[:k + 1]), sep.join(words)]
        if town_slug not in cands[-1]:
            cands.append(f"{cands[0]}-{town_slug}")
        cands += [f"{cands[0]}-{v['code'].lower()}", f"{cands[0]}-group"]
        dom = None
        for c in cands:
            c = c[:50].strip("-")
            if c and f"{c}.{tld}" not in self.used_domains:
                dom = f"{c}.{tld}"
                break
        n = 2
        while dom is None or dom in self.used_domains:
            dom = f"{cands[0][:45]}{n}.{tld}"
            n += 1
        return dom, True

    def keywords(self, v, groups):
        rng = self.rng
        k = rng.randint(2, 6)
        out = []
        for _ in range(k * 4):
            if len(out) >= k:
                break
            g = groups[0] if (len(groups) == 1 or rng.random() < 0.65) else rng.choice(groups[1:])
            local = v["kw_local"].get(g)
            r = rng.random()
            if local and r < 0.55:
                w = rng.choice(local)
            elif r < 0.93:
                w = rng.choice(KW_EN[g])
            else:
                w = rng.choice(KW_EN_GENERAL)
            if w not in out:
                out.append(w)
        return out

    def description(self, v, kind, groups, kws):
        rng = self.rng
        company = kind in ("company", "sme")
        local_tpls = [t for t in v["desc_local"] if company or not t.startswith("*")]
        if not company and rng.random() < 0.6:
            tpl, local = rng.choice(DESC_EN_KIND[kind]), False
        elif local_tpls and rng.random() < 0.55:
            tpl, local = rng.choice(local_tpls), True
        else:
            tpl, local = rng.choice([t for t in DESC_EN if company or not t.startswith("*")]), False
        tpl = tpl.lstrip("*")
        src = (lambda g: v["kw_local"].get(g, [])) if local else (lambda g: KW_EN.get(g, []))
        pool = list(src(groups[0]))
        if len(pool) < 4:
            pool += [w for g in groups[1:] for w in src(g)]
        pool = list(dict.fromkeys(pool))
        if len(pool) < 3:
            pool += [w for w in (KW_EN_GENERAL if not local else []) if w not in pool]
        picks = rng.sample(pool, 3) if len(pool) >= 3 else (pool * 3)[:3]
        year = rng.randint(1870, 1989) if rng.random() < 0.15 else rng.randint(1990, 2023)
        return tpl.format(kw1=picks[0], kw2=picks[1], kw3=picks[2], year=year, n=rng.randint(3, 45),
                          brand=self.brand(v), pct=rng.randint(20, 95), members=rng.randint(15, 900))

    def finances(self, kind, size, staff, group):
        rng = self.rng
        company = kind in ("company", "sme")
        if rng.random() < 0.03:
            return "", "", ""
        per_head = TURNOVER_PER_HEAD.get(group, 100e3) if company else 65e3
        turnover = staff * per_head * rng.lognormvariate(0, 0.45)
        balance = turnover * rng.uniform(0.35, 1.4)
        if company and size in SME_CAPS:
            ct, cb = SME_CAPS[size]
            if turnover > ct:
                turnover = ct * rng.uniform(0.6, 1.0)
            if balance > cb:
                balance = cb * rng.uniform(0.6, 1.0)
        t, b = str(round_money(turnover)), str(round_money(balance))
        r = rng.random()
        if company:
            if r < 0.08:
                t = ""
            elif r < 0.18:
                b = ""
        else:
            if r < 0.25:
                t = ""
            elif r < 0.5:
                b = ""
        return str(staff), t, b

    def languages(self, v, scale=1.0, en_p=0.85):
        rng = self.rng
        first = v.get("first_lang", v["lang"])
        out = [first]
        if first != "en" and rng.random() < en_p:
            out.append("en")
        for code, p in v["langs"]:
            if rng.random() < p * scale and code not in out:
                out.append(code)
        return out

    # ----------------------------------------------------------------- organisation
    def organisation(self, ref):
        rng = self.rng
        v = self.country_pick(rng)
        kind = self.kind_pick(rng)
        if kind == "public_authority" and v["village_pick"] and rng.random() < 0.35:
            town = v["village_pick"](rng)
        else:
            town = v["town_pick"](rng)
        if kind in ("company", "sme"):
            size = SIZE_BY_KIND[kind](rng)
            staff = (rng.randint(1, 9) if size == "micro" else rng.randint(10, 49) if size == "small"
                     else rng.randint(50, 249) if size == "medium"
                     else min(60000, int(250 * 2.718281828 ** rng.expovariate(1.0))))
            sectors = self.nace.company_sectors(rng)
            group = self.nace.group(sectors[0])
            name, base, form, town = self.company_name(v, town, group, size)
            key = None
        else:
            name, key, town = self.kind_name(v, kind, town)
            base, form = name, ""
            sectors = self.nace.kind_sectors(rng, key)
            if kind == "public_authority":
                lo, hi = (2, 25) if town["village"] else ((300, 4000) if town["big"] else (25, 1500))
            else:
                lo, hi = STAFF_BY_KEY.get(key) or STAFF_RANGE[kind]
            staff = int(round(lo * (hi / lo) ** rng.random()))
            size = size_class(staff)
            group = self.nace.group(sectors[0])
        groups = list(dict.fromkeys(self.nace.group(c) for c in sectors))
        org = {"kind": kind, "lf": form, "town_x": town.get("x", "")}
        # registration number, unique per country
        reg = ""
        if rng.random() >= 0.02 and not (v["reg"] in REGISTER_ONLY and kind in
                                          ("public_authority", "university", "institution", "chamber")):
            for _ in range(20):
                reg = REG[v["reg"]](rng, org)
                if (v["code"], reg) not in self.used_regs:
                    break
            else:
                reg = ""
            if reg:
                self.used_regs.add((v["code"], reg))
        # website and e-mail domain
        website = ""
        dom, dedupe = self.domain_for(v, kind, name, base, town, key)
        if rng.random() < (0.68 if kind in ("company", "sme") else 0.9):
            website = f"https://www.{dom}"
            mail_dom = dom
        else:
            mail_dom = dom if rng.random() < 0.5 else None
        if dedupe:
            self.used_domains.add(dom)
        kws = self.keywords(v, groups)
        staff_s, turnover, balance = self.finances(kind, size, staff, group)
        role = ""
        if rng.random() < 0.4:
            role = ("knowledge_partner" if kind in ("university", "institution") and rng.random() < 0.5
                    else self.role_pick(rng))
        row = [ref, kind, name, reg, v["code"], town["name"], make_address(rng, v, town), website,
               "|".join(self.languages(v)), "|".join(sectors), "|".join(kws),
               self.description(v, kind, groups, kws), staff_s, turnover, balance, role]
        weight = SIZE_FACTOR[size] if kind in ("company", "sme") else (4.0 if kind == "university" else 2.0)
        return row, v, kind, mail_dom, weight

    # ----------------------------------------------------------------- person
    def person(self, ref, v, kind, mail_dom):
        rng = self.rng
        L = v["L"]
        female = rng.random() < 0.42
        given = rng.choice(L["gf"] if female else L["gm"])
        sn = rng.choice(v["sn"])
        family = (sn[1] if rng.random() < 0.6 else sn[2]) if female else sn[0]
        mail_family = family
        if v["lang"] in ("es", "pt") and rng.random() < (0.7 if v["lang"] == "es" else 0.5):
            other = rng.choice(v["sn"])[0]
            if other != family:
                family = f"{family} {other}"
                mail_family = family.split()[0] if v["lang"] == "es" else other
        # position
        r = rng.random()
        if kind in ("company", "sme"):
            local, p_local = v["pos"], 0.55
        elif kind == "public_authority":
            local, p_local = v["pos_gov"], 0.5
        elif kind == "university":
            local, p_local = v["pos_uni"], 0.35
        else:
            local, p_local = v["pos"], 0.35
        if local and r < p_local:
            m, f = rng.choice(local)
            position = f if female else m
        else:
            position = rng.choice(POS_EN_KIND.get(kind, POS_EN))
        # e-mail, unique over the whole file
        lang = v["lang"]
        g = re.sub(r"[^a-z0-9-]", "", ascii_fold(given, lang).lower())
        fam = re.sub(r"[^a-z0-9-]", "", ascii_fold(mail_family, lang).lower())
        domain = mail_dom if (mail_dom and rng.random() < 0.93) else rng.choice(v["freemail"])
        local = f"{g}.{fam}"
        email = f"{local}@{domain}"
        if email in self.used_emails:
            n = self.email_next.get(email, 2)
            while f"{local}{n}@{domain}" in self.used_emails:
                n += 1
            self.email_next[email] = n + 1
            email = f"{local}{n}@{domain}"
        self.used_emails.add(email)
        phone = make_phone(rng, v, mobile=rng.random() < 0.65)
        langs = "|".join(self.languages(v, scale=0.6, en_p=0.75))
        # consent
        r = rng.random()
        if r < self.consent_ratio:
            status = "given"
        elif r < self.consent_ratio + self.withdrawn_ratio:
            status = "withdrawn"
        else:
            status = ""
        version = given_at = source = ""
        if status:
            day = CONSENT_FROM + datetime.timedelta(days=rng.randrange(self.consent_days))
            ts = day.replace(hour=self.hour_pick(rng), minute=rng.randrange(60), second=rng.randrange(60))
            valid = [i for i, (_, since) in enumerate(CONSENT_VERSIONS) if since <= ts]
            i = valid[-1]
            if i > 0 and rng.random() < 0.1:
                i -= 1
            version = CONSENT_VERSIONS[i][0]
            given_at = ts.strftime("%Y-%m-%dT%H:%M:%SZ")
            source = self.source_pick(rng)
        return [ref, given, family, position, email, phone, langs, status, version, given_at, source]

    # ----------------------------------------------------------------- main loop
    def run(self, n_orgs, n_persons, writer):
        rng = self.rng
        owidth = max(6, len(str(n_orgs)))
        pwidth = max(6, len(str(n_persons)))
        empty_person = [""] * 11
        rem_p, seen_w, seen_n = n_persons, 0.0, 0
        zero_p = 0.07 if n_persons >= n_orgs else max(0.07, 1 - n_persons / max(1, n_orgs))
        pno = 0
        rows = 0
        for i in range(1, n_orgs + 1):
            row, v, kind, mail_dom, size_w = self.organisation(f"ORG-{i:0{owidth}d}")
            # uneven distribution of persons, larger organisations get more contacts
            w = 0.0 if rng.random() < zero_p else size_w * rng.lognormvariate(0, 0.5)
            seen_w += w
            seen_n += 1
            rem_o = n_orgs - i
            if rem_o == 0:
                count = rem_p
            elif w == 0.0 or rem_p == 0:
                count = 0
            else:
                mean_w = (seen_w + 1.7 * 20) / (seen_n + 20)
                exp_c = rem_p * w / (w + rem_o * mean_w)
                count = int(exp_c)
                if rng.random() < exp_c - count:
                    count += 1
                if count == 0 and rem_p >= rem_o:
                    count = 1
                count = min(count, rem_p, max(60, int(3 * rem_p / rem_o)))
            rem_p -= count
            if count == 0:
                writer.writerow(row + empty_person)
                rows += 1
            for _ in range(count):
                pno += 1
                writer.writerow(row + self.person(f"PER-{pno:0{pwidth}d}", v, kind, mail_dom))
                rows += 1
        return rows


def main(argv=None):
    ap = argparse.ArgumentParser(description="Generate realistic CivicLink partner organisations and contact "
                                             "persons as one CSV file (one row per person).")
    ap.add_argument("--organisations", type=int, default=1000, help="number of organisations (default 1000)")
    ap.add_argument("--persons", type=int, default=2000, help="number of contact persons (default 2000)")
    ap.add_argument("--seed", type=int, default=42, help="random seed (default 42); same seed = same file")
    ap.add_argument("--delimiter", default=";", help="field delimiter: ';' (default) or ','")
    ap.add_argument("--out", default="-", help="output file (default: stdout)")
    ap.add_argument("--consent-ratio", type=float, default=0.8,
                    help="share of persons with a given partner_matching consent (default 0.8)")
    ap.add_argument("--nace", default=DEFAULT_NACE, help=f"NACE Rev. 2.1 CSV (default {DEFAULT_NACE})")
    args = ap.parse_args(argv)
    delim = {"semicolon": ";", "comma": ",", "\\t": "\t", "tab": "\t"}.get(args.delimiter, args.delimiter)
    if delim not in (";", ",", "\t"):
        ap.error("--delimiter must be ';' or ','")
    if args.organisations < 0 or args.persons < 0:
        ap.error("--organisations and --persons must not be negative")
    if args.persons > 0 and args.organisations == 0:
        ap.error("persons need at least one organisation")
    if not 0.0 <= args.consent_ratio <= 1.0:
        ap.error("--consent-ratio must be between 0 and 1")
    started = time.time()
    nace = Nace(args.nace)
    gen = Generator(args.seed, nace, args.consent_ratio)
    if args.out == "-":
        sys.stdout.reconfigure(encoding="utf-8", newline="")
        out = sys.stdout
    else:
        out = open(args.out, "w", encoding="utf-8", newline="")
    try:
        writer = csv.writer(out, delimiter=delim, quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        rows = gen.run(args.organisations, args.persons, writer)
    finally:
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()
    print(f"generate_partners: {args.organisations} organisations, {args.persons} persons, {rows} data rows "
          f"in {time.time() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:  # e.g. piped into `head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
