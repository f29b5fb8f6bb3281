#!/usr/bin/env python3
"""gen_scan56.py: streets, births in register rows and people in OCR and fax text in capitals,
sixth round (branch scan56). A tune set, written and committed before any detector rule was read
or hush was run on it, from the twenty-fourth blind set's public brief (its scanned family) and
scan55's notes, in domains no earlier scan/ocr corpus nor the brief lists: faxed removal-company
orders, microfilmed baptism registers, housing co-operative tenant lists, evacuee billeting
cards, faxed home-care referrals, harbour mooring registers, OCR'd returned-mail address labels,
dog licence registers, pensioners' Christmas-parcel lists.

Shapes (metadata.class is the domain), weighted toward streets in capitals of 17 languages
(`HAUPTSTR. 12`, `RUE DE LA GARE 4`, `UL. LIPOWA 4 M. 2`, `12 HIGH STREET`) with OCR confusions
kept gold as printed (0/O, 1/l/I, 5/S, 8/B, rn for m: `HAUPTSTR. l2`, `5CHILLERSTR. 8`,
`KARNPWEG 3`); columns run together (`NAME SURNAME STREET 12 POSTCODE TOWN` on one line: a
PERSON, a STREET_ADDRESS and the postcode and town as its own STREET_ADDRESS span, as
ocr51/scan52-55 have them); values under their label on the next line; house numbers split from
the street by a column gap (each piece its own span, as a value over two lines is); births in
register rows (a row per person, the date in a column, no label on the row); capitals names with
OCR digits inside (`WAL7ER`, `K0WALSKI`).

Look-alikes as NEG_ spans in the same shapes: offices and departments (NEG_ORG: `ABT. 12
BAUAMT`, `DEPT 4`), firms named like streets (NEG_ORG: `HIGH STREET BAKERY LTD`), products and
boats (NEG_PRODUCT: `BAVARIA 32`), plot, berth, meter, floor and lift lines (NEG_LABEL: `PLOT
45`, `BERTH C 12`, `METER 0412`, `FLOOR 3`), column headers (NEG_LABEL), dates of issue, death,
baptism, entry and moving in register rows (NEG_DATE, with the same OCR letters a third of the
time), reference numbers (NEG_ID), amounts (NEG_AMOUNT). A fifth of the people of global origin,
about half the names invented. Every record is a request body of one of the block APIs
(gen_scan_common.scan_records), a third with non-ASCII as \\uXXXX. No phones. Deterministic;
stdlib only. The language tables are scan55's (gen_scan55.py), the streets new."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_common import Spans, collector, run_plan, write_json  # noqa: E402
from gen_scan_common import scan_records  # noqa: E402

rng = random.Random(5656)

# scan55's language tables, OCR helpers, people and documents (lines 36-434 of gen_scan55.py,
# which drew from a stream of their own), drawing from this corpus's stream
import gen_scan55  # noqa: E402

gen_scan55.rng = rng
gen_scan55.gen_scan54.rng = rng  # (scan55 takes its shared helpers from scan54)
from gen_scan55 import (  # noqa: E402
    dmy, L, LANGS, GLOBAL, LOOKS, FORMWORDS, ISSUE, EXPIRY, DEATH, JOIN, TRADES, SEPS, invent,
    CONF, misread_label, SWAP, misread, DIGIT_OCR, ocr_digits, Person, other_date, refno, amount,
    R, DOCS, done,
)


def neg_date(lg, y0=2018, y1=2027):
    """A date that is no birth, with the same OCR letters as a birth a third of the time."""
    return ocr_digits(other_date(lg, y0, y1), 0.33)


def dob_line(r, p, p_mis=0.7):
    """A birth after a birth label (misread more often than not, rarely a colon)."""
    r.lab("dob", p=p_mis, colon=0.1).span("DATE_OF_BIRTH", p.dob())


# ---- streets in capitals (new for this round; {n} the house number) ----------------------------
ST56 = {
    "en": ["{n} HIGH STREET", "{n} MILL LANE", "{n} QUEENS RD", "{n} CHAPEL ST.", "FLAT {n} BEECH HOUSE", "{n} MARKET PLACE", "{n} BRIDGE STREET"],
    "de": ["HAUPTSTR. {n}", "BAHNHOFSTRASSE {n}", "AM MÜHLBACH {n}", "GOETHESTR. {n}", "KIRCHWEG {n}", "MÜHLENSTRASSE {n} A", "SCHULSTR. {n}"],
    "fr": ["RUE DE LA GARE {n}", "{n} RUE PASTEUR", "{n} AV. DU GÉNÉRAL LECLERC", "{n} BD VOLTAIRE", "{n} IMPASSE DES LILAS", "{n} ALLÉE DES TILLEULS", "{n} RUE DU MOULIN"],
    "nl": ["KERKSTRAAT {n}", "DORPSSTRAAT {n}", "MARKT {n}", "BEUKENLAAN {n}", "HOOFDWEG {n}", "MOLENSTRAAT {n} BIS", "SCHOOLSTRAAT {n}"],
    "es": ["C/ MAYOR {n}", "CALLE SAN ANTONIO {n}", "AVDA. CONSTITUCIÓN {n}", "PLAZA MAYOR {n} 3º", "C/ DEL CARMEN {n}", "PASEO DEL PRADO {n}", "CALLE NUEVA {n}"],
    "it": ["VIA ROMA {n}", "VIA GARIBALDI {n}", "P.ZZA MAZZINI {n}", "VIA G. MARCONI {n}", "CORSO ITALIA {n}", "VIA DEI MILLE {n}", "VIALE DELLA VITTORIA {n}"],
    "pt": ["RUA DIREITA {n}", "R. DO COMÉRCIO {n}", "AV. DA REPÚBLICA {n}", "LARGO DO CHAFARIZ {n}", "RUA DA IGREJA {n} 2º ESQ", "TRAV. DAS FLORES {n}", "RUA NOVA {n}"],
    "pl": ["UL. LIPOWA {n} M. 2", "UL. POLNA {n}", "UL. SZKOLNA {n}", "UL. MICKIEWICZA {n}/4", "AL. NIEPODLEGŁOŚCI {n}", "UL. KOŚCIELNA {n}", "OS. SŁONECZNE {n}"],
    "cs": ["NÁDRAŽNÍ {n}", "HLAVNÍ {n}", "U KOSTELA {n}", "MASARYKOVA {n}", "NA VÝSLUNÍ {n}", "KOMENSKÉHO {n}/3", "ZAHRADNÍ {n}"],
    "hu": ["FŐ U. {n}", "ARANY JÁNOS UTCA {n}", "SZÉCHENYI TÉR {n}", "RÁKÓCZI ÚT {n}", "KOSSUTH U. {n}", "MÁRTÍROK ÚTJA {n}", "TEMPLOM UTCA {n}"],
    "tr": ["CUMHURİYET CAD. NO {n}", "OKUL SOK. NO {n}", "MEHMET AKİF ERSOY CAD. {n}", "YENİ MAH. {n}. SOKAK", "ÇARŞI CAD. NO {n}", "ZAFER SOK. {n}", "BARBAROS BULVARI {n}"],
    "ro": ["STR. MIHAI EMINESCU NR. {n}", "BD. UNIRII {n}", "STR. GĂRII {n}", "CALEA VICTORIEI {n}", "STR. ȘCOLII NR. {n}", "ALEEA TEILOR {n}", "STR. LIBERTĂȚII {n}"],
    "el": ["ODOS PATISION {n}", "ODOS SOLONOS {n}", "LEOF. KIFISIAS {n}", "ODOS EGNATIAS {n}", "ODOS AGIOU NIKOLAOU {n}", "PLATEIA ARISTOTELOUS {n}", "ODOS MITROPOLEOS {n}"],
    "sv": ["STORGATAN {n}", "KYRKOGATAN {n}", "SKOLVÄGEN {n}", "MÖLLEVÅNGSVÄGEN {n}", "ÅSVÄGEN {n} LGH 1102", "STATIONSGATAN {n}", "NYGATAN {n}"],
    "fi": ["KOULUKATU {n}", "RAUTATIENKATU {n}", "KIRKKOTIE {n}", "MYLLYTIE {n} A 4", "HÄMEENKATU {n}", "RANTATIE {n}", "TORIKATU {n}"],
    "da": ["JERNBANEGADE {n}", "SKOLEVEJ {n}", "KIRKEVEJ {n}, ST. TH.", "NØRREGADE {n}", "MØLLEVEJ {n}", "STRANDVEJEN {n}", "ØSTERGADE {n}"],
    "no": ["STORGATA {n}", "KIRKEVEIEN {n}", "SKOLEVEIEN {n}", "STASJONSVEIEN {n}", "MØLLEGATA {n}", "BRUGATA {n}", "TORGGATA {n} H0201"],
}
# labels of a street in each language, and a "from"/"to" pair for removals
ADDR = {"en": ["ADDRESS", "ADDR.", "HOME ADDRESS"], "de": ["ANSCHRIFT", "STRASSE", "WOHNORT"],
        "fr": ["ADRESSE", "DOMICILE", "DEMEURANT"], "nl": ["ADRES", "WOONADRES", "STRAAT"],
        "es": ["DOMICILIO", "DIRECCIÓN", "CALLE"], "it": ["INDIRIZZO", "RESIDENZA", "VIA"],
        "pt": ["MORADA", "RESIDÊNCIA", "ENDEREÇO"], "pl": ["ADRES", "ADRES ZAM.", "ZAMIESZKAŁY"],
        "cs": ["BYDLIŠTĚ", "ADRESA", "TRVALÝ POBYT"], "hu": ["LAKCÍM", "CÍM", "LAKHELY"],
        "tr": ["ADRES", "İKAMETGAH", "EV ADRESİ"], "ro": ["DOMICILIUL", "ADRESA", "STRADA"],
        "el": ["DIEFTHYNSI", "ODOS", "KATOIKIA"], "sv": ["ADRESS", "GATUADRESS", "BOSTAD"],
        "fi": ["OSOITE", "KATUOSOITE", "ASUINPAIKKA"], "da": ["ADRESSE", "BOPÆL", "VEJ"],
        "no": ["ADRESSE", "BOSTED", "GATEADRESSE"]}
FROMTO = {"en": ("FROM", "TO"), "de": ("VON", "NACH"), "fr": ("DÉPART", "ARRIVÉE"), "nl": ("VAN", "NAAR"),
          "es": ("ORIGEN", "DESTINO"), "it": ("DA", "A"), "pt": ("ORIGEM", "DESTINO"), "pl": ("Z", "DO"),
          "cs": ("ODKUD", "KAM"), "hu": ("HONNAN", "HOVÁ"), "tr": ("NEREDEN", "NEREYE"), "ro": ("DE LA", "LA"),
          "el": ("APO", "PROS"), "sv": ("FRÅN", "TILL"), "fi": ("MISTÄ", "MIHIN"), "da": ("FRA", "TIL"),
          "no": ("FRA", "TIL")}
HEADS = {"en": "NO. NAME ADDRESS BORN", "de": "LFD. NR. NAME ANSCHRIFT GEB.", "fr": "N° NOM ADRESSE NÉ LE",
         "nl": "NR. NAAM ADRES GEB.", "es": "Nº NOMBRE DOMICILIO NACIMIENTO", "it": "N. COGNOME NOME INDIRIZZO NASCITA",
         "pt": "Nº NOME MORADA NASCIMENTO", "pl": "LP. NAZWISKO IMIĘ ADRES UR.", "cs": "Č. JMÉNO BYDLIŠTĚ NAR.",
         "hu": "SORSZ. NÉV LAKCÍM SZÜL.", "tr": "SIRA ADI SOYADI ADRES D. TARİHİ", "ro": "NR. NUMELE DOMICILIUL NĂSCUT",
         "el": "A/A ONOMA DIEFTHYNSI GENNISI", "sv": "NR NAMN ADRESS FÖDD", "fi": "NRO NIMI OSOITE SYNT.",
         "da": "NR. NAVN ADRESSE FØDT", "no": "NR. NAVN ADRESSE FØDT"}
DEPTS = ["ABT. 12 BAUAMT", "DEPT 4 ACCOUNTS", "SERVICE 3 ÉTAT CIVIL", "AFDELING 7 BURGERZAKEN", "NEGOCIADO 2",
         "UFFICIO 9 ANAGRAFE", "SECÇÃO 5", "WYDZIAŁ 3 KOMUNIKACJI", "ODBOR 4 DOPRAVY", "OSZTÁLY 6",
         "ŞUBE 8", "BIROUL 11", "TMIMA 5", "AVDELNING 2", "OSASTO 10", "AFDELING 3", "SEKSJON 6"]
FIRMS = ["HIGH STREET BAKERY LTD", "BAHNHOFSTRASSE APOTHEKE", "GARAGE DE LA GARE", "KERKSTRAAT BOUW BV",
         "FERRETERÍA CALLE MAYOR", "FARMACIA VIA ROMA", "PASTELARIA RUA DIREITA", "APTEKA LIPOWA",
         "STORGATANS BAGERI", "KOULUKADUN KIRJAKAUPPA", "NØRREGADE AUTO APS", "MARKET PLACE MOTORS",
         "HAUPTSTRASSE 12 IMMOBILIEN GMBH", "MÖBEL KIRCHWEG KG", "HOTEL DE LA GARE", "ÇARŞI ECZANESİ"]
VANS = ["LUTON VAN 3.5T", "MERCEDES SPRINTER 316", "IVECO DAILY 35S14", "FORD TRANSIT 350", "RENAULT MASTER 2.3"]
BOATS = ["BAVARIA 32", "HALLBERG-RASSY 34", "JEANNEAU SUN ODYSSEY 36", "BÉNÉTEAU FIRST 27", "NIMBUS 305",
         "FAIRLINE 40", "DEHLER 29", "CORVETTE 32"]
BREEDS = ["LABRADOR", "DACHSHUND", "BORDER COLLIE", "SCHNAUZER", "JACK RUSSELL", "BEAGLE", "POODLE"]
LOOKS56 = ["PLOT 45", "BERTH C 12", "METER 0412", "FLOOR 3", "LIFT 2", "BAY 14", "PONTOON B", "LOT 7",
           "STAIR 4", "GATE 12", "CELLAR 2", "TAG 3051", "ZONE 5", "PIER 3", "ROOM 12", "BLOCK 9"]
BAPT = ["BAPTISED", "GETAUFT", "BAPTISÉ", "GEDOOPT", "BAUTIZADO", "BATTEZZATO", "BATIZADO", "OCHRZCZONY",
        "POKŘTĚN", "MEGKERESZTELVE", "VAFTİZ", "BOTEZAT", "VAPTISTIKE", "DÖPT", "KASTETTU", "DØBT", "DØPT"]
MOVEIN = ["MOVED IN", "EINZUG", "ENTRÉE", "INGANG", "ALTA", "INGRESSO", "ENTRADA", "ZAMELDOWANY",
          "NASTĚHOVÁN", "BEKÖLTÖZÉS", "GİRİŞ", "MUTAT", "EISODOS", "INFLYTTNING", "MUUTTANUT", "INDFLYTNING", "INNFLYTTING"]
RMAP = {"0": "O", "1": "l", "5": "S", "8": "B", "O": "0", "I": "1", "S": "5", "B": "8"}


def ocr_street(v, p=0.35):
    """One OCR confusion in a street (a digit read as a letter or the other way, I as l, m as
    rn), kept gold as printed."""
    if rng.random() >= p:
        return v
    k = rng.randrange(4)
    if k == 0 and "M" in v[1:]:
        i = v.index("M", 1)
        return v[:i] + "RN" + v[i + 1:]
    if k == 1 and "I" in v[1:]:
        i = v.index("I", 1)
        return v[:i] + rng.choice("l1") + v[i + 1:]
    cand = [i for i, c in enumerate(v) if c in RMAP and i > 0]
    if not cand:
        return v
    i = rng.choice(cand)
    return v[:i] + RMAP[v[i]] + v[i + 1:]


def person(lg):
    p = Person(lg)
    p.st = rng.choice(ST56[lg]).replace("{n}", str(rng.randint(1, 199)))
    return p


def capname(p, surfirst=False):
    """A capitals name, OCR digits inside it more often than in scan55."""
    v = p.full(surfirst)
    return misread(v, 0.25)


def addr_label(r, lg, p_mis=0.35):
    w = rng.choice(ADDR[lg])
    if rng.random() < p_mis:
        w = misread_label(w)
    return w


def street(r, p, mode=None, pc=True):
    """The person's street in one of the shapes: label and value on a line, value under its
    label, the number split off by a column gap, the postcode and town after it or below."""
    lg = r.lg
    if mode is None:
        mode = rng.choice(["same", "same", "under", "under", "gap", "bare"])
    st = ocr_street(p.st)
    if mode == "same":
        r.t(addr_label(r, lg) + rng.choice(SEPS + [": ", ": "]))
        r.span("STREET_ADDRESS", st)
    elif mode == "under":
        r.t(addr_label(r, lg) + rng.choice(["", ":", " :", " ."]) + rng.choice(["\n", "\n  ", "\n\t"]))
        r.span("STREET_ADDRESS", st)
    elif mode == "gap":
        if rng.random() < 0.6:
            r.t(addr_label(r, lg) + rng.choice(SEPS))
        w = st.split(" ")
        if w[-1].isalnum() and any(c.isdigit() for c in w[-1]) and len(w) >= 2:
            r.span("STREET_ADDRESS", " ".join(w[:-1])).t(rng.choice(["     ", "\t", "   ", "  |  ", "        "])).span("STREET_ADDRESS", w[-1])
        elif any(c.isdigit() for c in w[0]) and len(w) >= 2:
            r.span("STREET_ADDRESS", w[0]).t(rng.choice(["    ", "\t", "  |  "])).span("STREET_ADDRESS", " ".join(w[1:]))
        else:
            r.span("STREET_ADDRESS", st)
    else:
        r.span("STREET_ADDRESS", st)
    if pc:
        r.t(rng.choice(["\n", "\n", "  ", ", ", "   "])).span("STREET_ADDRESS", ocr_street(p.pc, 0.2))
    return r


def runon(r, p, with_pc=True):
    """Columns run together: NAME SURNAME STREET 12 POSTCODE TOWN on one line."""
    r.span("PERSON", capname(p, rng.random() < 0.3)).t(rng.choice([" ", " ", "  "])).span("STREET_ADDRESS", ocr_street(p.st))
    if with_pc:
        r.t(rng.choice([" ", " ", ", "])).span("STREET_ADDRESS", p.pc)
    return r


def nm(r, p, p_lab=0.8):
    """A name after its (often misread) label, or bare."""
    if rng.random() < p_lab:
        r.lab("name", p=0.4)
    return r.val("PERSON", capname(p, rng.random() < 0.3))


def head(r, title, org=None):
    if org:
        r.span("NEG_ORG", org).gap()
    r.span("NEG_TITLE", title).t("\n")


def removal(lg):
    """A faxed removal-company order: the customer, FROM and TO addresses (values under labels,
    numbers split by gaps), floor/lift lines, the van, the date."""
    r, p = R(lg, "removal"), person(lg)
    q = person(lg)
    q.s = p.s
    f, t = FROMTO[lg]
    r.t("%s %02d:%02d FAX  " % (other_date(lg), rng.randint(7, 19), rng.randrange(60))).span("NEG_ORG", rng.choice(["PICKFORDS", "UMZÜGE SCHNELL GMBH", "DÉMÉNAGEMENTS MARTIN", "VERHUIZINGEN DE BOER", "MUDANZAS GARCÍA", "TRASLOCHI ROSSI", "FLYTTFIRMAN NORD"])).t("\n")
    head(r, rng.choice(["REMOVAL ORDER", "UMZUGSAUFTRAG", "ORDRE DE DÉMÉNAGEMENT", "VERHUISOPDRACHT", "ORDEN DE MUDANZA", "FLYTTORDER"]))
    nm(r, p).t("\n")
    r.t(f + rng.choice([":", "", " :"]) + rng.choice(["\n", "  "]))
    street(r, p, rng.choice(["bare", "gap", "bare"]))
    r.t("\n").span("NEG_LABEL", rng.choice(LOOKS56[3:5])).gap().span("NEG_LABEL", rng.choice(["CELLAR 2", "STAIR 4", "GATE 12"])).t("\n")
    r.t(t + rng.choice([":", "", " :"]) + rng.choice(["\n", "  "]))
    street(r, q, rng.choice(["bare", "gap", "under"]) if rng.random() < 0.5 else "bare")
    r.t("\n").span("NEG_PRODUCT", rng.choice(VANS)).gap().span("NEG_AMOUNT", amount()).t("\n")
    r.t(rng.choice(["DATE ", "DATUM ", "DATE DU ", "FECHA ", "DATA "])).span("NEG_DATE", neg_date(lg)).t("\n")
    done(r)


def baptism(lg):
    """A microfilmed baptism register: a row per child, the birth in a column without a label,
    the baptism date beside it, the parents' street in another column."""
    r = R(lg, "baptism")
    d = L[lg]
    r.span("NEG_TITLE", rng.choice(["BAPTISMS", "TAUFREGISTER", "REGISTRE DES BAPTÊMES", "DOOPREGISTER", "LIBRO DE BAUTISMOS", "REGISTRO DEI BATTESIMI", "KSIĘGA CHRZTÓW", "DOPBOK", "KASTEKIRJA"])).gap().span("NEG_PLACE", rng.choice(d["town"])).t("\n")
    if rng.random() < 0.6:
        r.span("NEG_LABEL", HEADS[lg]).t("\n")
    sep = rng.choice(["  ", " | ", " ¦ ", "\t", "   ", " . "])
    for i in range(rng.randint(3, 5)):
        p = person(lg)
        r.t("%d%s" % (rng.randint(1, 900), rng.choice([".", " ", ". ", ")"])) + rng.choice(["", " "]))
        r.span("PERSON", capname(p, rng.random() < 0.6)).t(sep)
        if rng.random() < 0.5:
            r.span("DATE_OF_BIRTH", p.dob()).t(sep).span("NEG_DATE", neg_date(lg, 1930, 2015))
        else:
            r.span("NEG_DATE", neg_date(lg, 1930, 2015)).t(sep + rng.choice(["", "* ", "B. "]))
            r.span("DATE_OF_BIRTH", p.dob())
        if rng.random() < 0.7:
            r.t(sep).span("STREET_ADDRESS", ocr_street(p.st))
        r.t("\n")
    done(r)


def coop(lg):
    """A housing co-operative tenant list: street name and number in two columns, the tenant,
    the birth column, the moving-in date."""
    r = R(lg, "coop")
    r.span("NEG_ORG", rng.choice(["WOHNUNGSGENOSSENSCHAFT EINTRACHT EG", "HOUSING CO-OPERATIVE NO 4", "HLM LES TILLEULS", "WONINGSTICHTING ONS HUIS", "SPÓŁDZIELNIA MIESZKANIOWA ŁAD", "HSB BRF ÅSEN", "ASUNTO OY RANTA", "BOLIGSELSKABET AAB"])).t("\n")
    if rng.random() < 0.5:
        r.span("NEG_LABEL", rng.choice(["STREET  NO  TENANT  BORN  MOVED IN", "STRASSE  NR  MIETER  GEB.  EINZUG", "RUE  N°  LOCATAIRE  NÉ  ENTRÉE", "ULICA  NR  NAJEMCA  UR.  ZAMELD."])).t("\n")
    sep = rng.choice(["   ", "\t", " | ", "    "])
    for i in range(rng.randint(3, 5)):
        p = person(lg)
        w = ocr_street(p.st).split(" ")
        num = [j for j, x in enumerate(w) if any(c.isdigit() for c in x)]
        if num and num[-1] == len(w) - 1 and len(w) >= 2:
            r.span("STREET_ADDRESS", " ".join(w[:-1])).t(sep).span("STREET_ADDRESS", w[-1])
        else:
            r.span("STREET_ADDRESS", " ".join(w))
        r.t(sep).span("PERSON", capname(p, rng.random() < 0.5)).t(sep).span("DATE_OF_BIRTH", p.dob())
        r.t(sep).span("NEG_DATE", neg_date(lg, 1970, 2025))
        if rng.random() < 0.3:
            r.t(sep).span("NEG_LABEL", rng.choice(["FLOOR 3", "STAIR 4", "CELLAR 2", "LOT 7"]))
        r.t("\n")
    done(r)


def evacuee(lg):
    """An evacuee billeting card: the evacuee and birth, the home street, the billet street
    under its label, the host, the date of arrival."""
    r, p = R(lg, "evacuee"), person(lg)
    h = person(lg)
    head(r, rng.choice(["EVACUEE BILLETING CARD", "EINQUARTIERUNGSKARTE", "FICHE D'HÉBERGEMENT", "INKWARTIERINGSKAART", "FICHA DE ALOJAMIENTO", "INKVARTERINGSKORT", "MAJOITUSKORTTI"]), rng.choice(DEPTS))
    nm(r, p).gap()
    dob_line(r, p, 0.5)
    r.t("\n")
    street(r, p)
    r.t("\n")
    r.t(rng.choice(["BILLET", "QUARTIER", "HÉBERGEMENT", "ONDERDAK", "ALOJAMIENTO", "KVARTER", "MAJOITUS"]) + rng.choice(["\n", "  ", " : "]))
    street(r, h, rng.choice(["bare", "gap"]), pc=rng.random() < 0.5)
    r.t("\n")
    r.t(rng.choice(["HOST ", "GASTGEBER ", "HÔTE ", "GASTHEER ", "VÄRD ", "ISÄNTÄ "])).val("PERSON", capname(h)).t("\n")
    r.t(rng.choice(["ARRIVED ", "ANKUNFT ", "ARRIVÉE ", "AANKOMST ", "ANKOMST "])).span("NEG_DATE", neg_date(lg, 1939, 1946)).t("\n")
    done(r)


def homecare(lg):
    """A faxed home-care referral: the patient, birth, the address under its label, the GP
    practice and the department as look-alikes."""
    r, p = R(lg, "homecare"), person(lg)
    r.t("%s  FROM " % other_date(lg)).span("NEG_ORG", rng.choice(["ST MARY'S HOSPITAL DISCHARGE TEAM", "KLINIKUM NORD ÜBERLEITUNG", "CHU NANTES SERVICE SOCIAL", "ZIEKENHUIS RIJNSTATE TRANSFERPUNT", "HOSPITAL LA PAZ TRABAJO SOCIAL", "OSPEDALE MAGGIORE DIMISSIONI", "SZPITAL MIEJSKI ODDZIAŁ 4"])).t("  P. 1/1\n")
    head(r, rng.choice(["HOME CARE REFERRAL", "PFLEGEÜBERLEITUNG", "DEMANDE DE SOINS À DOMICILE", "THUISZORG AANVRAAG", "SOLICITUD AYUDA A DOMICILIO", "RICHIESTA ADI", "SKIEROWANIE OPIEKA DOMOWA"]), rng.choice(DEPTS))
    nm(r, p).t("\n")
    dob_line(r, p, 0.6)
    r.t("\n")
    street(r, p, rng.choice(["under", "under", "same", "gap"]))
    r.t("\n")
    r.t(rng.choice(["GP ", "HAUSARZT ", "MÉDECIN ", "HUISARTS ", "MÉDICO ", "LEKARZ "])).span("NEG_ORG", rng.choice(["HIGH STREET SURGERY", "PRAXIS AM MARKT", "CABINET MÉDICAL DE LA GARE", "HUISARTSENPRAKTIJK KERKSTRAAT", "CENTRO DE SALUD CALLE MAYOR", "PRZYCHODNIA LIPOWA"])).t("\n")
    r.span("NEG_LABEL", rng.choice(["KEY SAFE 4", "FLOOR 3", "LIFT 2", "STAIR 4"])).gap()
    r.t(rng.choice(["DISCHARGE ", "ENTLASSUNG ", "SORTIE ", "ONTSLAG ", "ALTA "])).span("NEG_DATE", neg_date(lg)).t("\n")
    done(r)


def mooring(lg):
    """A harbour mooring register: owner, home address, boat and berth as look-alikes, the
    licence date."""
    r = R(lg, "mooring")
    r.span("NEG_TITLE", rng.choice(["MOORING REGISTER", "LIEGEPLATZREGISTER", "REGISTRE DES MOUILLAGES", "LIGPLAATSREGISTER", "BÅTPLATSREGISTER", "VENEPAIKKAREKISTERI", "BÅDPLADSREGISTER"])).gap().span("NEG_ORG", rng.choice(["HAFENAMT", "HARBOUR OFFICE", "CAPITAINERIE", "HAVENKANTOOR", "HAMNKONTORET", "SATAMAKONTTORI"])).t("\n")
    for i in range(rng.randint(2, 3)):
        p = person(lg)
        r.span("NEG_LABEL", rng.choice(["BERTH C 12", "PONTOON B", "PIER 3", "BAY 14"])).gap().span("NEG_PRODUCT", rng.choice(BOATS)).t("\n")
        k = rng.randrange(3)
        if k == 0:
            r.t(rng.choice(["OWNER ", "EIGNER ", "PROPRIÉTAIRE ", "EIGENAAR ", "ÄGARE ", "OMISTAJA ", "EJER "]))
            r.val("PERSON", capname(p)).t("\n")
            street(r, p, rng.choice(["bare", "gap", "same"]))
        else:
            runon(r, p)
        r.t("\n")
        r.t(rng.choice(["LICENCE ", "LIZENZ ", "PERMIS ", "VERGUNNING ", "TILLSTÅND "])).span("NEG_DATE", neg_date(lg)).t("\n")
    done(r)


def returned(lg):
    """OCR'd returned-mail address labels: one line each, columns run together, a batch header,
    the reason code."""
    r = R(lg, "returned")
    r.span("NEG_TITLE", rng.choice(["RETURNED MAIL BATCH", "RÜCKLÄUFER", "PLIS NON DISTRIBUÉS", "RETOURPOST", "DEVOLUCIONES", "RESI POSTALI", "ZWROTY", "RETURPOST"])).t(" ").span("NEG_ID", "%d/%04d" % (rng.randint(2019, 2026), rng.randrange(10000))).t("\n")
    for i in range(rng.randint(3, 5)):
        p = person(lg)
        if rng.random() < 0.7:
            runon(r, p, rng.random() < 0.8)
        else:
            r.span("PERSON", capname(p)).t("\n")
            street(r, p, rng.choice(["bare", "gap"]))
        r.t(rng.choice(["  ", " | ", "   "])).span("NEG_LABEL", rng.choice(["UNKNOWN", "UNBEKANNT", "INCONNU", "ONBEKEND", "DESCONOCIDO", "SCONOSCIUTO", "VERZOGEN", "MOVED", "NIEZNANY"])).t("\n")
    done(r)


def dogreg(lg):
    """A dog licence register: owner, street, breed, tag and issue date in columns."""
    r = R(lg, "dogreg")
    r.span("NEG_TITLE", rng.choice(["DOG LICENCES", "HUNDESTEUER", "MÉDAILLES CANINES", "HONDENBELASTING", "LICENCIAS CANINAS", "ANAGRAFE CANINA", "PSY REJESTR", "HUNDREGISTER", "KOIRAREKISTERI"])).gap().span("NEG_ORG", rng.choice(DEPTS)).t("\n")
    sep = rng.choice(["  ", " | ", "\t", "   "])
    for i in range(rng.randint(3, 5)):
        p = person(lg)
        r.span("NEG_LABEL", rng.choice(["TAG 3051", "TAG %d" % rng.randint(100, 9999), "NR %d" % rng.randint(10, 999)])).t(sep)
        r.span("PERSON", capname(p, rng.random() < 0.5)).t(sep).span("STREET_ADDRESS", ocr_street(p.st)).t(sep)
        r.span("NEG_PRODUCT", rng.choice(BREEDS)).t(sep).span("NEG_DATE", neg_date(lg)).t("\n")
    done(r)


def parcels(lg):
    """A pensioners' Christmas-parcel list: a row per pensioner with the birth in a column and
    the street; a delivered-on date."""
    r = R(lg, "parcels")
    r.span("NEG_TITLE", rng.choice(["CHRISTMAS PARCELS", "WEIHNACHTSPÄCKCHEN SENIOREN", "COLIS DE NOËL DES AÎNÉS", "KERSTPAKKETTEN OUDEREN", "CESTAS DE NAVIDAD", "PACCHI NATALIZI ANZIANI", "PACZKI ŚWIĄTECZNE", "JULKLAPPAR PENSIONÄRER"])).gap().span("NEG_DATE", str(rng.randint(1975, 2010))).t("\n")
    if rng.random() < 0.6:
        r.span("NEG_LABEL", HEADS[lg]).t("\n")
    sep = rng.choice(["  ", " | ", " ¦ ", "\t", "   "])
    for i in range(rng.randint(3, 5)):
        p = person(lg)
        p.ymd = (rng.randint(1900, 1940),) + p.ymd[1:]
        r.t(rng.choice(["%d%s" % (i + 1, rng.choice([". ", " ", ") "])), ""]))
        r.span("PERSON", capname(p, rng.random() < 0.5)).t(sep)
        if rng.random() < 0.5:
            r.span("DATE_OF_BIRTH", p.dob()).t(sep).span("STREET_ADDRESS", ocr_street(p.st))
        else:
            r.span("STREET_ADDRESS", ocr_street(p.st)).t(sep).span("DATE_OF_BIRTH", p.dob())
        if rng.random() < 0.4:
            r.t(sep).span("NEG_DATE", neg_date(lg))
        r.t("\n")
    done(r)


def lookalike(lg):
    """Office pages in the same shapes with no person: departments and firms like streets,
    products, plot, berth and meter lines, column headers, register rows of deaths and entries."""
    r = R(lg, "lookalike")
    r.span("NEG_ORG", rng.choice(DEPTS)).t("\n")
    r.span("NEG_LABEL", HEADS[lg]).t("\n")
    sep = rng.choice(["  ", " | ", "\t", "   "])
    for _ in range(rng.randint(3, 5)):
        k = rng.randrange(6)
        if k == 0:
            r.span("NEG_ORG", rng.choice(FIRMS)).t(sep).span("NEG_ID", refno())
        elif k == 1:
            r.span("NEG_LABEL", rng.choice(LOOKS56)).t(sep).span("NEG_LABEL", rng.choice(LOOKS56))
        elif k == 2:
            r.span("NEG_PRODUCT", rng.choice(BOATS + VANS)).t(sep).span("NEG_AMOUNT", amount())
        elif k == 3:
            r.t("%d. " % rng.randint(1, 99)).span("NEG_ORG", rng.choice(DEPTS)).t(sep).span("NEG_DATE", neg_date(lg, 1950, 2020)).t(sep).span("NEG_DATE", neg_date(lg))
        elif k == 4:
            r.t(rng.choice(DEATH) + " ").span("NEG_DATE", neg_date(lg, 1980, 2024)).t(sep + rng.choice(MOVEIN) + " ").span("NEG_DATE", neg_date(lg, 1950, 2020))
        else:
            r.t(rng.choice(["METER ", "ZÄHLER ", "COMPTEUR ", "LICZNIK "])).span("NEG_ID", "%08d" % rng.randrange(10 ** 8)).t(sep).span("NEG_LABEL", rng.choice(LOOKS56))
        r.t("\n")
    done(r)


ASKS = ["Transcribe this scan into a table.", "Clean up the OCR and list the addresses.",
        "Key this faxed order into the system.", "Extract names, births and streets from this page.",
        "Summarise this scanned register.", "Bitte diesen Scan abtippen.",
        "Peux-tu corriger l'OCR de cette page ?", "Zet deze scan om naar een tabel."]
PLAN = [(removal, 55), (baptism, 48), (coop, 48), (evacuee, 45), (homecare, 50), (mooring, 45),
        (returned, 55), (dogreg, 45), (parcels, 50), (lookalike, 45)]


def main():
    run_plan(PLAN, LANGS, 7)
    write_json(scan_records(rng, DOCS, LANGS, ASKS))


main()
