#!/usr/bin/env python3
"""gen_scan54.py: people, streets and births in OCR and fax text in capitals, fourth round (branch
scan54). A tune set, written and committed before any detector rule was read or hush was run on
it, from the twenty-fourth blind set's public brief (its scanned family) and scan53's notes, in
domains no earlier scan/ocr corpus nor the brief lists: faxed court summonses, scanned hotel guest
books, OCR'd ship crew manifests, scanned rental deposit receipts, scanned tax forms, microfilmed
jury panel lists, pawnshop tickets, cemetery burial registers, scanned vaccination cards, exam
registration slips.

Shapes (metadata.class is the domain), weighted toward what scan53 left: labels followed by
spaces, dots, `¦`, `|`, `~` or a tab instead of a colon (`NOH  X`, `ONOMA ¦ X`, `NOHMBRE . X`,
`AP ELLIDOS ~ X`), often misread by one OCR confusion; register rows without labels (a number,
the name surname first, other columns); OCR digits inside names kept gold as printed
(`AL4STAIR`, `YI1DIZ`); births after misread birth labels without a colon, with O/l/I/S/B read
for 0/1/1/5/8 (`D0B 12 O3 1961`); phones with letters; capitals streets of every language, the
number before or after, a street split over two lines; postcode and town lines (their own
STREET_ADDRESS span, as ocr51/scan52/scan53 have them).

Look-alikes as NEG_ spans in the same capitals: form titles (NEG_TITLE), form words, column heads,
lines like streets that are not (NEG_LABEL: `PLOT 45`, `CABIN 12`, `GRAVE 14`, `LOCKER 9`),
firms, courts, ships, parishes (NEG_ORG), place headings (NEG_PLACE), items and vaccines
(NEG_PRODUCT), amounts (NEG_AMOUNT), form dates (NEG_DATE), reference numbers (NEG_ID). A fifth of
the people of global origin, about half the names invented. Every record is a request body of one
of the block APIs (gen_scan_common.scan_records), a third with non-ASCII as \\uXXXX.
Deterministic; stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_common import Spans, collector, run_plan, write_json  # noqa: E402
from gen_scan_common import scan_records  # noqa: E402

rng = random.Random(5454)


def dmy(sep, yfirst=False, trail=""):
    def f(y, m, d):
        if yfirst:
            return "%d%s%02d%s%02d%s" % (y, sep, m, sep, d, trail)
        return "%02d%s%02d%s%d" % (d, sep, m, sep, y)
    return f


# g/s real names, syl/end invented ones, st streets ({n} the number; number before or after),
# pc postcode and town, df the date form, lab labels, title form titles, town place headings,
# org courts/firms/parishes, col column heads.
L = {
    "en": dict(g=["ALASDAIR", "GWENDOLINE", "RUPERT", "MORWENNA", "CLIFFORD", "PHILIPPA"],
               s=["FAIRWEATHER", "BLACKMORE", "PENROSE", "HATHERLEY", "GRIMSHAW", "OAKLEY"],
               syl=["thar", "wim", "ost", "bel", "ruck", "fen"], end=["ton", "wick", "ham"],
               st=["{n} QUEEN'S ROAD", "{n} MILL LANE", "{n} HIGH STREET", "{n} ST JOHN'S TERRACE"],
               pc=["YORK YO1 7HH", "EXETER EX4 3SR", "CARDIFF CF10 1EP"], df=dmy(" "),
               lab=dict(name="NAME", sur="SURNAME", giv="FIRST NAMES", st="ADDRESS", dob="D.O.B.", tel="TEL"),
               title=["SUMMONS", "GUEST BOOK", "CREW LIST", "DEPOSIT RECEIPT", "TAX RETURN"],
               town=["COUNTY DURHAM", "ISLE OF WIGHT", "EAST LOTHIAN"],
               org=["MAGISTRATES' COURT", "HARBOUR LINES LTD", "ST MARY'S CHURCHYARD", "HMRC"]),
    "de": dict(g=["HILTRUD", "GOTTFRIED", "ROSWITHA", "WINFRIED", "IRMGARD", "ANSGAR"],
               s=["HOLZAPFEL", "ROSENBAUM", "KIRCHHOFF", "LANGHANS", "WESTPHAL", "BRANDSTÄTTER"],
               syl=["wal", "deg", "brun", "hil", "mer", "tos"], end=["huber", "meier", "ecker"],
               st=["BAHNHOFSTRASSE {n}", "AM MARKT {n}", "GARTENWEG {n}", "HAUPTSTR. {n}"],
               pc=["99084 ERFURT", "28195 BREMEN", "93047 REGENSBURG"], df=dmy("."),
               lab=dict(name="NAME", sur="FAMILIENNAME", giv="VORNAMEN", st="WOHNORT", dob="GEBURTSDATUM", tel="TELEFON"),
               title=["LADUNG", "GÄSTEBUCH", "MUSTERROLLE", "KAUTIONSQUITTUNG", "EINKOMMENSTEUERERKLÄRUNG"],
               town=["LANDKREIS GOTHA", "OSTFRIESLAND", "KREIS WESEL"],
               org=["AMTSGERICHT FULDA", "REEDEREI HANSA", "FRIEDHOFSVERWALTUNG", "FINANZAMT KASSEL"]),
    "fr": dict(g=["JOCELYNE", "GASTON", "MIREILLE", "THIBAULT", "NOLWENN", "AMAURY"],
               s=["DESCHAMPS", "ROUSSEL", "BOUCHARD", "PELLETIER", "GUILLOT", "LAMBERTIN"],
               syl=["mer", "dou", "lan", "vi", "car", "sé"], end=["ard", "ot", "iaux"],
               st=["{n} RUE VICTOR HUGO", "{n} ALLÉE DES CHÊNES", "{n} QUAI DE LA LOIRE", "{n} IMPASSE DU PUITS"],
               pc=["35000 RENNES", "21000 DIJON", "31000 TOULOUSE"], df=dmy("/"),
               lab=dict(name="NOM", sur="NOM DE FAMILLE", giv="PRÉNOMS", st="DOMICILE", dob="NÉ LE", tel="TÉL"),
               title=["CITATION À COMPARAÎTRE", "LIVRE D'OR", "RÔLE D'ÉQUIPAGE", "REÇU DE CAUTION", "DÉCLARATION DE REVENUS"],
               town=["DÉPARTEMENT DE LA SARTHE", "PAYS BASQUE", "HAUTE-SAVOIE"],
               org=["TRIBUNAL JUDICIAIRE", "COMPAGNIE MARITIME", "CIMETIÈRE DU NORD", "CENTRE DES FINANCES PUBLIQUES"]),
    "nl": dict(g=["GERARDUS", "TRIJNTJE", "WOUTER", "GEERTRUIDA", "JOOST", "HILLEGONDA"],
               s=["VAN DIJK", "BROUWER", "POSTMA", "DE WIT", "VERHOEVEN", "SMULDERS"],
               syl=["hul", "ter", "bek", "mo", "vel", "dre"], end=["stra", "ink", "huis"],
               st=["OUDEGRACHT {n}", "DORPSSTRAAT {n}", "KERKPLEIN {n}", "BURG. DE BRUINLAAN {n}"],
               pc=["9711 LM GRONINGEN", "5611 AZ EINDHOVEN", "8011 CW ZWOLLE"], df=dmy("-"),
               lab=dict(name="NAAM", sur="GESLACHTSNAAM", giv="VOORNAMEN", st="WOONPLAATS", dob="GEB. DATUM", tel="TEL"),
               title=["DAGVAARDING", "GASTENBOEK", "MONSTERROL", "BORGKWITANTIE", "AANGIFTE INKOMSTENBELASTING"],
               town=["GEMEENTE ASSEN", "ZEEUWS-VLAANDEREN", "DE BETUWE"],
               org=["RECHTBANK OOST", "REDERIJ DOEKSEN", "BEGRAAFPLAATS ZORGVLIED", "BELASTINGDIENST"]),
    "es": dict(g=["MILAGROS", "FULGENCIO", "ASCENSIÓN", "BONIFACIO", "INMACULADA", "CRISPÍN"],
               s=["ARANDA", "BALLESTEROS", "CIFUENTES", "ECHEVARRÍA", "OLMEDO", "QUINTANILLA"],
               syl=["ber", "ma", "lo", "re", "tin", "gal"], end=["ado", "illo", "ez"],
               st=["CALLE MAYOR {n}", "AVENIDA DE LA PAZ {n}", "C/ DEL CARMEN {n}", "PASEO DEL PRADO {n}"],
               pc=["50001 ZARAGOZA", "37001 SALAMANCA", "30001 MURCIA"], df=dmy("/"),
               lab=dict(name="NOMBRE", sur="APELLIDOS", giv="NOMBRE", st="DOMICILIO", dob="F. NACIMIENTO", tel="TELÉFONO"),
               title=["CÉDULA DE CITACIÓN", "LIBRO DE HUÉSPEDES", "ROL DE TRIPULACIÓN", "RECIBO DE FIANZA", "MODELO 100"],
               town=["PROVINCIA DE SORIA", "LA RIOJA", "ALTO ARAGÓN"],
               org=["JUZGADO DE PAZ", "NAVIERA ARMAS", "CEMENTERIO MUNICIPAL", "AGENCIA TRIBUTARIA"]),
    "it": dict(g=["GIUSEPPINA", "ERMENEGILDO", "ANTONELLA", "CALOGERO", "ASSUNTA", "PIERLUIGI"],
               s=["BELLINI", "CARUSO", "DONADONI", "FIORAVANTI", "GRIMALDI", "MARCHETTI"],
               syl=["ver", "go", "lan", "ti", "bra", "cio"], end=["elli", "ucci", "ato"],
               st=["VIA GARIBALDI {n}", "PIAZZA DEL DUOMO {n}", "VIA ROMA {n}", "BORGO SAN FREDIANO {n}"],
               pc=["37121 VERONA", "80133 NAPOLI", "06121 PERUGIA"], df=dmy("/"),
               lab=dict(name="NOME", sur="COGNOME", giv="NOME", st="RESIDENZA", dob="NATO IL", tel="TEL"),
               title=["ATTO DI CITAZIONE", "REGISTRO OSPITI", "RUOLO EQUIPAGGIO", "RICEVUTA DEPOSITO", "MODELLO 730"],
               town=["PROVINCIA DI ASTI", "VALTELLINA", "SALENTO"],
               org=["TRIBUNALE DI BERGAMO", "TIRRENIA NAVIGAZIONE", "CIMITERO MONUMENTALE", "AGENZIA DELLE ENTRATE"]),
    "pt": dict(g=["ADELAIDE", "SEBASTIÃO", "FILOMENA", "ROGÉRIO", "CUSTÓDIA", "JOAQUIM"],
               s=["TAVARES", "PINHEIRO", "QUEIRÓS", "CARVALHAL", "MEIRELES", "ESTEVES"],
               syl=["sou", "ra", "bel", "mi", "gon", "te"], end=["eiro", "ada", "ão"],
               st=["RUA DO ALMADA {n}", "AVENIDA DOS ALIADOS {n}", "LARGO DO CHAFARIZ {n}", "RUA DIREITA {n}"],
               pc=["4050-037 PORTO", "8000-079 FARO", "7000-646 ÉVORA"], df=dmy("/"),
               lab=dict(name="NOME", sur="APELIDOS", giv="NOMES PRÓPRIOS", st="RESIDÊNCIA", dob="NASCIMENTO", tel="TELEF"),
               title=["CITAÇÃO", "LIVRO DE HÓSPEDES", "ROL DE TRIPULAÇÃO", "RECIBO DE CAUÇÃO", "MODELO 3 IRS"],
               town=["DISTRITO DE VISEU", "TRÁS-OS-MONTES", "RIBATEJO"],
               org=["TRIBUNAL DA COMARCA", "TRANSINSULAR", "CEMITÉRIO DOS PRAZERES", "AUTORIDADE TRIBUTÁRIA"]),
    "pl": dict(g=["MIROSŁAWA", "TADEUSZ", "JADWIGA", "CZESŁAW", "BOŻENA", "LESZEK"],
               s=["JANKOWSKA", "PAWLAK", "SZCZEPAŃSKI", "WRÓBEL", "MAZUREK", "CHMIELEWSKI"],
               syl=["przy", "bor", "ko", "sław", "mie", "dro"], end=["czyk", "ewska", "ski"],
               st=["UL. PIOTRKOWSKA {n}", "UL. SŁOWACKIEGO {n}/3", "OS. ZŁOTE {n}", "PLAC WOLNOŚCI {n}"],
               pc=["90-001 ŁÓDŹ", "20-001 LUBLIN", "60-001 POZNAŃ"], df=dmy("."),
               lab=dict(name="IMIĘ I NAZWISKO", sur="NAZWISKO", giv="IMIONA", st="MIEJSCE ZAMIESZKANIA", dob="DATA UR.", tel="TEL"),
               title=["WEZWANIE", "KSIĘGA GOŚCI", "LISTA ZAŁOGI", "POKWITOWANIE KAUCJI", "PIT-37"],
               town=["POWIAT BIELSKI", "WOJ. PODLASKIE", "KASZUBY"],
               org=["SĄD OKRĘGOWY", "POLSKA ŻEGLUGA MORSKA", "CMENTARZ RAKOWICKI", "URZĄD SKARBOWY"]),
    "cs": dict(g=["MILOSLAV", "BOŽENA", "RADOMÍR", "LUDMILA", "VÁCLAV", "ZDEŇKA"],
               s=["SVOBODA", "KREJČÍ", "HAVLÍČKOVÁ", "POKORNÝ", "MAREŠOVÁ", "RŮŽIČKA"],
               syl=["vo", "kra", "ti", "bre", "mil", "ho"], end=["ová", "ák", "ec"],
               st=["VINOHRADSKÁ {n}", "NA PŘÍKOPĚ {n}", "MASARYKOVO NÁM. {n}", "LIDICKÁ {n}/8"],
               pc=["602 00 BRNO", "370 01 ČESKÉ BUDĚJOVICE", "460 01 LIBEREC"], df=dmy(". "),
               lab=dict(name="JMÉNO A PŘÍJMENÍ", sur="PŘÍJMENÍ", giv="JMÉNO", st="ADRESA", dob="NAROZEN", tel="TEL"),
               title=["PŘEDVOLÁNÍ", "KNIHA HOSTŮ", "SEZNAM POSÁDKY", "POTVRZENÍ O KAUCI", "DAŇOVÉ PŘIZNÁNÍ"],
               town=["OKRES TÁBOR", "ŠUMAVA", "KRAJ VYSOČINA"],
               org=["OKRESNÍ SOUD", "ČESKÁ NÁMOŘNÍ PLAVBA", "VYŠEHRADSKÝ HŘBITOV", "FINANČNÍ ÚŘAD"]),
    "hu": dict(g=["LAJOS", "ILONA", "FERENC", "ZSUZSANNA", "TIBOR", "ERZSÉBET"],
               s=["FARKAS", "BALOGH", "NÉMETH", "PAPP", "LAKATOS", "OLÁH"],
               syl=["bé", "ko", "szi", "lá", "gyo", "ter"], end=["di", "vári", "ényi"],
               st=["RÁKÓCZI ÚT {n}", "BAJCSY-ZSILINSZKY UTCA {n}", "SZÉCHENYI TÉR {n}", "ARANY JÁNOS U. {n}"],
               pc=["7621 PÉCS", "9021 GYŐR", "3525 MISKOLC"], df=dmy(". ", yfirst=True, trail="."),
               lab=dict(name="NÉV", sur="CSALÁDI NÉV", giv="UTÓNÉV", st="LAKCÍM", dob="SZÜL. IDŐ", tel="TELEFON"),
               title=["IDÉZÉS", "VENDÉGKÖNYV", "LEGÉNYSÉGI LISTA", "KAUCIÓ NYUGTA", "SZJA BEVALLÁS"],
               town=["BÁCS-KISKUN MEGYE", "HORTOBÁGY", "ZALA MEGYE"],
               org=["JÁRÁSBÍRÓSÁG", "MAHART", "KEREPESI TEMETŐ", "NAV"]),
    "tr": dict(g=["ŞÜKRÜ", "NURHAN", "RECEP", "GÜLSÜM", "CEMİL", "SEVİM"],
               s=["AKTAŞ", "KARAKAYA", "ÖZTÜRK", "GÜNEŞ", "ARSLAN", "KOÇ"],
               syl=["ke", "mal", "tu", "ran", "gö", "zer"], end=["oğlu", "can", "türk"],
               st=["CUMHURİYET CADDESİ NO {n}", "LALE SOKAK NO {n}", "BARBAROS BULVARI {n}", "MİTHATPAŞA CAD. {n}"],
               pc=["16010 OSMANGAZİ/BURSA", "07100 MURATPAŞA/ANTALYA", "42030 SELÇUKLU/KONYA"], df=dmy("."),
               lab=dict(name="ADI SOYADI", sur="SOYADI", giv="ADI", st="İKAMETGAH", dob="DOĞUM TARİHİ", tel="TEL"),
               title=["DAVETİYE", "MİSAFİR DEFTERİ", "MÜRETTEBAT LİSTESİ", "DEPOZİTO MAKBUZU", "BEYANNAME"],
               town=["TRABZON İLİ", "KAPADOKYA", "MARDİN İLİ"],
               org=["ASLİYE HUKUK MAHKEMESİ", "DENİZ NAKLİYAT", "KARACAAHMET MEZARLIĞI", "VERGİ DAİRESİ"]),
    "ro": dict(g=["GHEORGHE", "FLORICA", "MARIAN", "VIORICA", "OCTAVIAN", "DOINA"],
               s=["POPESCU", "DUMITRESCU", "STANCIU", "CONSTANTIN", "MUNTEANU", "LUPU"],
               syl=["bu", "ra", "mi", "tes", "co", "vla"], end=["escu", "aru", "ici"],
               st=["STRADA MIHAI EMINESCU NR. {n}", "CALEA VICTORIEI {n}", "BD. UNIRII NR. {n}", "ALEEA TEILOR {n}"],
               pc=["400001 CLUJ-NAPOCA", "700001 IAȘI", "500001 BRAȘOV"], df=dmy("."),
               lab=dict(name="NUMELE", sur="NUME", giv="PRENUME", st="ADRESA", dob="DATA NAȘTERII", tel="TELEFON"),
               title=["CITAȚIE", "CARTEA OASPEȚILOR", "ROL DE ECHIPAJ", "CHITANȚĂ GARANȚIE", "DECLARAȚIE UNICĂ"],
               town=["JUDEȚUL SUCEAVA", "MARAMUREȘ", "DOBROGEA"],
               org=["JUDECĂTORIA SECTORULUI 3", "NAVROM", "CIMITIRUL BELLU", "ANAF"]),
    "el": dict(g=["STAVROS", "KALLIOPI", "THEODOROS", "ELEFTHERIA", "PANAGIOTIS", "CHRYSOULA"],
               s=["KARAGIANNIS", "PAPADOPOULOU", "VLACHOS", "GEORGIADIS", "TSAKIRIS", "MICHAILIDOU"],
               syl=["ka", "the", "ri", "sto", "mar", "li"], end=["opoulos", "akis", "idis"],
               st=["ODOS STADIOU {n}", "LEOFOROS SYNGROU {n}", "ODOS PATISION {n}", "PLATEIA ARISTOTELOUS {n}"],
               pc=["262 21 PATRA", "382 21 VOLOS", "491 00 KERKYRA"], df=dmy("/"),
               lab=dict(name="ONOMATEPONYMO", sur="EPONYMO", giv="ONOMA", st="DIEFTHYNSI", dob="HM. GENNISIS", tel="TIL"),
               title=["KLISI", "VIVLIO EPISKEPTON", "KATALOGOS PLIROMATOS", "APODEIXI EGGYISIS", "E1"],
               town=["NOMOS ACHAIAS", "PELOPONNISOS", "DODEKANISA"],
               org=["EIRINODIKEIO", "ANEK LINES", "A' NEKROTAFEIO", "DOY PATRON"]),
    "sv": dict(g=["INGEGERD", "SIXTEN", "BRITT-MARIE", "GÖRAN", "ASTRID", "VALDEMAR"],
               s=["LUNDGREN", "ENGSTRÖM", "HEDLUND", "FORSBERG", "SANDBERG", "ÅKESSON"],
               syl=["bjö", "run", "sel", "tor", "vi", "gus"], end=["lund", "gren", "sson"],
               st=["KUNGSGATAN {n}", "SJÖVÄGEN {n}", "LILLA TORGET {n}", "PRÄSTGATAN {n} A"],
               pc=["753 20 UPPSALA", "411 05 GÖTEBORG", "852 30 SUNDSVALL"], df=dmy("-", yfirst=True),
               lab=dict(name="NAMN", sur="EFTERNAMN", giv="FÖRNAMN", st="BOSTADSADRESS", dob="FÖDD", tel="TEL"),
               title=["KALLELSE", "GÄSTBOK", "BESÄTTNINGSLISTA", "DEPOSITIONSKVITTO", "DEKLARATION"],
               town=["VÄSTERBOTTEN", "GOTLANDS LÄN", "HÄLSINGLAND"],
               org=["TINGSRÄTTEN", "GOTLANDSBOLAGET", "NORRA BEGRAVNINGSPLATSEN", "SKATTEVERKET"]),
    "fi": dict(g=["REIJO", "SIRKKA", "OSMO", "RAILI", "KALEVI", "HELKA"],
               s=["LAITINEN", "KOSKINEN", "HEIKKINEN", "JÄRVINEN", "SALMINEN", "RÄSÄNEN"],
               syl=["kai", "lo", "ran", "tu", "mie", "sa"], end=["nen", "lainen", "ala"],
               st=["HÄMEENKATU {n}", "RANTATIE {n}", "KIRKKOKATU {n} A 3", "ESPLANADI {n}"],
               pc=["40100 JYVÄSKYLÄ", "90100 OULU", "15110 LAHTI"], df=dmy("."),
               lab=dict(name="NIMI", sur="SUKUNIMI", giv="ETUNIMET", st="KOTIOSOITE", dob="SYNT.", tel="PUH"),
               title=["HAASTE", "VIERASKIRJA", "MIEHISTÖLUETTELO", "VAKUUSKUITTI", "VEROILMOITUS"],
               town=["KESKI-SUOMI", "KAINUU", "AHVENANMAA"],
               org=["KÄRÄJÄOIKEUS", "VIKING LINE", "HIETANIEMEN HAUTAUSMAA", "VEROHALLINTO"]),
    "da": dict(g=["JØRGEN", "METTE", "PREBEN", "LONE", "SVEND", "HANNE"],
               s=["THOMSEN", "DAMGAARD", "BECH", "LAURIDSEN", "VESTERGAARD", "KJÆR"],
               syl=["gun", "ras", "kjel", "bø", "sø", "hal"], end=["gaard", "bæk", "sen"],
               st=["NØRREGADE {n}", "STRANDVEJEN {n}", "KONGENSGADE {n}, ST.", "SKOLEBAKKEN {n}"],
               pc=["9000 AALBORG", "6700 ESBJERG", "7100 VEJLE"], df=dmy("."),
               lab=dict(name="NAVN", sur="EFTERNAVN", giv="FORNAVNE", st="BOPÆL", dob="FØDT", tel="TLF"),
               title=["INDKALDELSE", "GÆSTEBOG", "BESÆTNINGSLISTE", "DEPOSITUMKVITTERING", "SELVANGIVELSE"],
               town=["NORDJYLLAND", "BORNHOLM", "REGION MIDTJYLLAND"],
               org=["BYRETTEN", "MOLSLINJEN", "ASSISTENS KIRKEGÅRD", "SKATTESTYRELSEN"]),
    "no": dict(g=["TORBJØRN", "SOLVEIG", "HALVARD", "RAGNHILD", "OLAV", "GUNVOR"],
               s=["HAUGEN", "BAKKE", "SOLBERG", "STRAND", "HALVORSEN", "MOEN"],
               syl=["tor", "ing", "ul", "ved", "sig", "bjø"], end=["rud", "heim", "vik"],
               st=["STORGATA {n}", "KIRKEVEIEN {n}", "BRYGGEN {n}", "ØVRE SLOTTSGATE {n}"],
               pc=["5003 BERGEN", "7011 TRONDHEIM", "9008 TROMSØ"], df=dmy("."),
               lab=dict(name="NAVN", sur="ETTERNAVN", giv="FORNAVN", st="BOSTED", dob="FØDT", tel="TLF"),
               title=["STEVNING", "GJESTEBOK", "MANNSKAPSLISTE", "DEPOSITUMSKVITTERING", "SKATTEMELDING"],
               town=["FINNMARK", "VESTLAND FYLKE", "LOFOTEN"],
               org=["TINGRETTEN", "HURTIGRUTEN", "VESTRE GRAVLUND", "SKATTEETATEN"]),
}
LANGS = list(L)
GLOBAL = [("OLUFEMI", "ADEBAYO"), ("ANJALI", "DESHPANDE"), ("JUN", "WATANABE"), ("KOFI", "MENSAH"),
          ("MEI", "LIN"), ("FARHAD", "KARIMI"), ("HUONG", "TRAN"), ("CHIDI", "EZE"),
          ("SIOBHÁN", "Ó BRIAIN"), ("RANIA", "HADDAD"), ("JI-WOO", "KIM"), ("TAMATI", "NGATA"),
          ("ABEBE", "GIRMA"), ("GURPREET", "DHILLON"), ("YUPANQUI", "MAMANI"), ("KENJI", "SATO")]
LOOKS = ["PLOT 45", "CABIN 12", "GRAVE 14", "LOCKER 9", "ROOM 21", "BERTH 4", "SECTION 7",
         "DECK 3", "ROW 18", "BOX 66", "LOT 9", "PIER 2", "HOLD 3", "FIELD 11", "BLOCK C"]
FORMWORDS = ["SIGNATURE", "FOR OFFICIAL USE", "UNTERSCHRIFT", "SIGNATURE DU CLIENT", "FIRMA",
             "PODPIS", "ALÁÍRÁS", "İMZA", "SEMNĂTURA", "HANDTEKENING", "UNDERSKRIFT", "ASSINATURA"]
COLHEADS = ["NO.", "NAME", "SURNAME FIRST NAME", "NAZWISKO IMIĘ", "NOM PRÉNOM", "DOB", "ADDRESS",
            "RANK", "GRAVE", "ROOM", "ARRIVAL", "DEPARTURE", "NATIONALITY", "SIGN."]
ITEMS = ["GOLD RING 18K", "OMEGA SEAMASTER", "LEICA M6", "SONY PS5", "MAKITA DRILL",
         "GIBSON LES PAUL", "COMIRNATY", "SPIKEVAX", "TETANUS BOOSTER", "MMR II", "YF-VAX"]
RANKS = ["MASTER", "CHIEF ENGINEER", "BOSUN", "COOK", "ABLE SEAMAN", "OILER", "2ND OFFICER"]
SEPS = ["  ", "   ", " . ", " ¦ ", " | ", " ~ ", "\t", " .. ", " _ ", " ", " ¦  ", " :: "]


def invent(lg, surname):
    d = L[lg]
    w = "".join(rng.choice(d["syl"]) for _ in range(rng.choice((2, 2, 3))))
    if surname:
        w += rng.choice(d["end"])
    return w.upper()


CONF = {"O": "0", "I": "l", "S": "5", "B": "8", "E": "F", "M": "H", "N": "H", "A": "4", "L": "1",
        "G": "6", "Z": "2", "U": "V", "D": "0", "R": "P"}


def misread_label(lab):
    """One OCR confusion in a label: a letter read as a digit or look-alike letter, a dropped
    letter, a letter split off by a space, a doubled letter, an H after a vowel."""
    w = lab
    idx = [i for i, c in enumerate(w) if c.isalpha()]
    if len(idx) < 3:
        return w
    k = rng.randrange(6)
    if k <= 1:
        cand = [i for i in idx if w[i] in CONF]
        if cand:
            i = rng.choice(cand)
            return w[:i] + CONF[w[i]] + w[i + 1:]
    if k == 2 and len(idx) >= 5:
        i = rng.choice(idx[1:])
        return w[:i] + w[i + 1:]
    if k == 3:
        i = rng.choice(idx[1:-1] or idx[1:])
        if w[i - 1] != " " and w[i] != " ":
            return w[:i] + " " + w[i:]
    if k == 4:
        i = rng.choice(idx[1:])
        return w[:i] + w[i] + w[i:]
    cand = [i for i in idx[:-1] if w[i] in "AEIOU"]
    if cand:
        i = rng.choice(cand)
        return w[:i + 1] + "H" + w[i + 1:]
    return w


SWAP = [("O", "0"), ("I", "1"), ("S", "5"), ("B", "8"), ("E", "3"), ("L", "1"), ("A", "4"),
        ("G", "6"), ("Z", "2")]


def misread(v, p=0.25):
    """An OCR swap inside a value (a digit for a letter), kept as printed."""
    if rng.random() >= p:
        return v
    opts = [(a, b) for a, b in SWAP if a in v[1:]]
    if not opts:
        return v
    a, b = rng.choice(opts)
    i = v.index(a, 1)
    return v[:i] + b + v[i + 1:]


DIGIT_OCR = {"0": "O", "1": "l", "5": "S", "8": "B"}


def ocr_digits(v, p=0.4):
    """Letters read for digits in a date or phone (O/l/S/B), each digit with a chance."""
    if rng.random() >= p:
        return v
    out = []
    for c in v:
        out.append(DIGIT_OCR[c] if c in DIGIT_OCR and rng.random() < 0.35 else c)
    return "".join(out)


class Person:
    def __init__(self, lg):
        k = rng.random()
        d = L[lg]
        if k < 0.2:
            self.g, self.s = rng.choice(GLOBAL)
        elif k < 0.55:
            self.g, self.s = rng.choice(d["g"]), rng.choice(d["s"])
        else:
            self.g, self.s = invent(lg, False), invent(lg, True)
        self.lg = lg
        self.ymd = (rng.randint(1925, 2012), rng.randint(1, 12), rng.randint(1, 28))
        self.st = rng.choice(d["st"]).replace("{n}", str(rng.randint(2, 180)))
        self.pc = rng.choice(d["pc"])

    def full(self, surfirst=False):
        if surfirst or self.lg == "hu" and (self.g, self.s) not in GLOBAL:
            v = self.s + (", " if surfirst and rng.random() < 0.5 else " ") + self.g
        else:
            v = self.g + " " + self.s
        return misread(v)

    def dob(self):
        y, m, d = self.ymd
        if rng.random() < 0.25:
            v = "%02d %02d %d" % (d, m, y)
        else:
            v = L[self.lg]["df"](y, m, d)
        return ocr_digits(v)


def other_date(lg, y0=2018, y1=2027):
    return L[lg]["df"](rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def refno():
    k = rng.randrange(4)
    if k == 0:
        return "%04d %04d %04d" % (rng.randrange(10000), rng.randrange(10000), rng.randrange(10000))
    if k == 1:
        return "%d/%05d" % (rng.randint(2018, 2026), rng.randrange(100000))
    if k == 2:
        return "%s%07d" % (rng.choice(["SU", "GB", "TX", "PW"]), rng.randrange(10 ** 7))
    return "%02d-%04d-%03d" % (rng.randrange(100), rng.randrange(10000), rng.randrange(1000))


def phone(lg):
    cc = {"en": "+44", "de": "+49", "fr": "+33", "nl": "+31", "es": "+34", "it": "+39", "pt": "+351",
          "pl": "+48", "cs": "+420", "hu": "+36", "tr": "+90", "ro": "+40", "el": "+30", "sv": "+46",
          "fi": "+358", "da": "+45", "no": "+47"}[lg]
    v = "%s %d %03d %04d" % (cc, rng.randint(20, 99), rng.randrange(1000), rng.randrange(10000))
    return ocr_digits(v, 0.5).replace("S", "5").replace("B", "8")  # a phone's O and l only


def amount():
    return "%s %d,%02d" % (rng.choice(["EUR", "GBP", "DKK", "SEK", "PLN", "CZK", "TRY", "RON"]),
                           rng.randint(20, 4000), rng.randrange(100))


class R(Spans):
    """One scanned document: text, spans, and where the scan's pages meet."""

    def __init__(self, lg, cls):
        Spans.__init__(self)
        self.lg, self.cls, self.dom = lg, cls, None
        self.pages = []

    def lab(self, key, p=0.55, colon=0.15):
        """A label, often misread, followed by a separator run (rarely a colon)."""
        v = L[self.lg]["lab"][key]
        if rng.random() < p:
            v = misread_label(v)
        sep = rng.choice([": ", " : "]) if rng.random() < colon else rng.choice(SEPS)
        return self.t(v + sep)

    def gap(self):
        return self.t(rng.choice(["  ", "   ", "\t", " | ", " ¦ ", " ~ ", "|", "    "]))

    def val(self, label, v, split=True):
        """A value, sometimes split by a line-end hyphen or over two lines (each piece a span)."""
        words = v.split(" ")
        r = rng.random()
        if split and r < 0.1:
            cand = [(i, w) for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
            if cand:
                i, w = rng.choice(cand)
                k = rng.randint(3, len(w) - 3)
                pre = " ".join(words[:i] + [w[:k]])
                post = w[k:] + ("" if i == len(words) - 1 else " " + " ".join(words[i + 1:]))
                self.span(label, pre).t(rng.choice(["-\n", "¬\n", "-\n  "]))
                return self.span(label, post)
        if split and label == "STREET_ADDRESS" and r < 0.25 and len(words) >= 2:
            k = rng.randint(1, len(words) - 1)
            self.span(label, " ".join(words[:k])).t(rng.choice(["\n", "\n    ", "\n\t"]))
            return self.span(label, " ".join(words[k:]))
        return self.span(label, v)

    def look(self):
        return self.span("NEG_LABEL", rng.choice(LOOKS))

    def header(self, page, pages):
        d = L[self.lg]
        k = rng.randrange(3)
        if k == 0:
            self.span("NEG_TITLE", rng.choice(d["title"])).t("   ").span("NEG_ID", "%s %d/%d" % (rng.choice(["PAGE", "SEITE", "P.", "STR.", "OLDAL", "SAYFA", "SIDE"]), page, pages)).t("\n")
        elif k == 1:
            self.t(rng.choice(["~~ ", "| ", "", "_ "])).span("NEG_ORG", rng.choice(d["org"])).gap().span("NEG_ID", "FORM %s-%d" % (rng.choice(["B", "K7", "S", "T2"]), rng.randint(2, 99))).t("\n")
        else:
            self.t("=== ").span("NEG_ID", "%d / %d" % (page, pages)).t(" === ").span("NEG_TITLE", rng.choice(d["title"])).t(" ===\n")

    def newpage(self, page, pages):
        self.pages.append(len(self.text))
        self.header(page, pages)


DOCS, done = collector()


def name_fields(r, p):
    k = rng.randrange(5)
    if k == 0:
        r.lab("name").val("PERSON", p.full())
    elif k == 1:
        r.lab("name").span("PERSON", p.full(surfirst=True))
    elif k == 2:
        r.lab("sur").val("PERSON", misread(p.s)).gap().lab("giv").val("PERSON", misread(p.g))
    elif k == 3:
        r.lab("giv").val("PERSON", misread(p.g)).t("\n").lab("sur").val("PERSON", misread(p.s))
    else:
        r.lab("name").val("PERSON", p.full()).gap().lab("dob").span("DATE_OF_BIRTH", p.dob())


def addr(r, p, lead=None, oneline=None):
    if lead is None:
        r.lab("st")
    else:
        r.t(lead)
    r.val("STREET_ADDRESS", misread(p.st, 0.1))
    if oneline is None:
        oneline = rng.random() < 0.5
    r.t(rng.choice([", ", "  ", " "]) if oneline else rng.choice(["\n", "\n   ", "\n\t"]))
    r.span("STREET_ADDRESS", p.pc)


def tail(r):
    r.span("NEG_LABEL", rng.choice(FORMWORDS)).t(rng.choice([" ______  ", " ....  ", "  "])).span("NEG_DATE", other_date(r.lg)).t("\n")


# ---- the domains -------------------------------------------------------------------------------
def summons(lg):
    """A faxed court summons: defendant, witness, the court's address."""
    r, p = R(lg, "summons"), Person(lg)
    d = L[lg]
    r.t("%s %02d:%02d FAX  " % (other_date(lg), rng.randint(7, 19), rng.randrange(60))).span("NEG_ORG", d["org"][0]).t("  S.1\n")
    r.span("NEG_TITLE", d["title"][0]).gap().t(rng.choice(["AZ ", "CASE NO ", "RG ", "SYGN. ", "DOSYA "])).span("NEG_ID", refno()).t("\n")
    name_fields(r, p)
    r.t("\n")
    if rng.random() < 0.6:
        r.lab("dob").span("DATE_OF_BIRTH", p.dob()).t("\n")
    addr(r, p)
    r.t("\n")
    if rng.random() < 0.5:
        q = Person(lg)
        r.t(rng.choice(["WITNESS ", "ZEUGE ", "TÉMOIN ", "TESTIGO ", "TANIK ", "SVIDEK "])).val("PERSON", q.full()).t("\n")
    r.t(rng.choice(["HEARING ", "TERMIN ", "AUDIENCE ", "DURUŞMA "])).span("NEG_DATE", other_date(lg)).gap().span("NEG_LABEL", rng.choice(["ROOM 21", "SAAL 4", "SALLE 3", "COURT 2"])).t("\n")
    tail(r)
    done(r)


def guestbook(lg):
    """A scanned hotel guest book: one row a guest, columns run together, no labels."""
    r = R(lg, "guestbook")
    d = L[lg]
    r.span("NEG_TITLE", d["title"][1]).t("  ").span("NEG_ORG", rng.choice(["HOTEL ZUR POST", "GRAND HOTEL", "PENSIONE AURORA", "HOSTAL EL SOL", "PENSJONAT POD LIPAMI"])).t("\n")
    sep = rng.choice([" | ", " ¦ ", "  ", "\t", " ~ "])
    r.span("NEG_LABEL", rng.choice(COLHEADS[:5])).t(sep).span("NEG_LABEL", rng.choice(COLHEADS[5:])).t("\n")
    for i in range(rng.randint(3, 5)):
        p = Person(lg)
        r.span("NEG_DATE", other_date(lg)).t(sep).span("PERSON", p.full(surfirst=rng.random() < 0.6)).t(sep)
        if rng.random() < 0.6:
            r.val("STREET_ADDRESS", misread(p.st, 0.1), split=False).t(sep)
        r.span("NEG_PLACE", rng.choice(d["town"])).t("\n")
        if i == 2 and rng.random() < 0.4:
            r.newpage(2, 2)
    done(r)


def manifest(lg):
    """An OCR'd ship crew manifest: rows surname first, rank, birth date, no labels per row."""
    r = R(lg, "manifest")
    d = L[lg]
    r.span("NEG_TITLE", d["title"][2]).gap().t(rng.choice(["MV ", "M/S ", "SS "])).span("NEG_ORG", rng.choice(["NORDIC STAR", "ATLANTIC DAWN", "MARE NOSTRUM", "KAPTAN PAŞA", "AGIOS GEORGIOS", "POLARLYS"])).t("\n")
    r.t("PORT ").span("NEG_PLACE", rng.choice(["ROTTERDAM", "PIRAEUS", "GDYNIA", "CONSTANȚA", "BERGEN", "LIVORNO"])).gap().span("NEG_DATE", other_date(lg)).t("\n")
    sep = rng.choice(["  ", " | ", " ¦ ", "\t", "   "])
    for i in range(rng.randint(3, 6)):
        p = Person(lg)
        r.t("%d%s" % (i + 1, rng.choice([".", ")", " ", ". "]))).span("PERSON", p.full(surfirst=True)).t(sep)
        r.span("NEG_TITLE", rng.choice(RANKS)).t(sep).span("DATE_OF_BIRTH", p.dob())
        if rng.random() < 0.4:
            r.t(sep).span("NEG_ID", "%s%07d" % (rng.choice(["P", "SB", "C"]), rng.randrange(10 ** 7)))
        r.t("\n")
        if i == 2 and rng.random() < 0.3:
            r.newpage(2, 2)
    done(r)


def deposit(lg):
    """A scanned rental deposit receipt: tenant, landlord, the flat's address, the amount."""
    r, p = R(lg, "deposit"), Person(lg)
    d = L[lg]
    r.span("NEG_TITLE", d["title"][3]).gap().t("NR ").span("NEG_ID", refno()).t("\n")
    r.t(rng.choice(["TENANT ", "MIETER ", "LOCATAIRE ", "HUURDER ", "INQUILINO ", "NAJEMCA ", "KİRACI "]))
    name_fields(r, p)
    r.t("\n")
    addr(r, p, lead=rng.choice(["PROPERTY ", "OBJEKT ", "LOGEMENT ", "WONING ", "VIVIENDA ", "LOKAL ", None]))
    r.t("\n")
    r.t(rng.choice(["AMOUNT ", "BETRAG ", "MONTANT ", "BEDRAG ", "IMPORTE ", "KWOTA "])).span("NEG_AMOUNT", amount()).gap().look().t("\n")
    if rng.random() < 0.6:
        q = Person(lg)
        r.t(rng.choice(["LANDLORD ", "VERMIETER ", "BAILLEUR ", "VERHUURDER ", "ARRENDADOR ", "EV SAHİBİ "])).val("PERSON", q.full()).t("\n")
    if rng.random() < 0.4:
        r.lab("tel").span("PHONE_NUMBER", phone(lg)).t("\n")
    tail(r)
    done(r)


def taxform(lg):
    """A scanned tax form: taxpayer fields, spouse, address, tax office headings and amounts."""
    r, p = R(lg, "taxform"), Person(lg)
    d = L[lg]
    r.span("NEG_ORG", d["org"][3]).t(rng.choice(["\n", "  |  "])).span("NEG_TITLE", d["title"][4]).t("  ").span("NEG_DATE", str(rng.randint(2015, 2025))).t("\n")
    r.t(rng.choice(["TAX ID ", "STEUER-ID ", "NIF ", "NIP ", "TCKN ", "AFM ", "DIČ "])).span("NEG_ID", "%011d" % rng.randrange(10 ** 11)).t("\n")
    name_fields(r, p)
    r.t("\n")
    r.lab("dob").span("DATE_OF_BIRTH", p.dob()).t("\n")
    addr(r, p)
    r.t("\n")
    if rng.random() < 0.5:
        q = Person(lg)
        q.s = p.s if rng.random() < 0.5 else q.s
        r.t(rng.choice(["SPOUSE ", "EHEGATTE ", "CONJOINT ", "PARTNER ", "CÓNYUGE ", "MAŁŻONEK ", "EŞİ "])).lab("name").val("PERSON", q.full()).gap().lab("dob").span("DATE_OF_BIRTH", q.dob()).t("\n")
    r.t(rng.choice(["INCOME ", "EINKÜNFTE ", "REVENUS ", "INKOMEN ", "GELİR "])).span("NEG_AMOUNT", amount()).gap().span("NEG_LABEL", "%s %d" % (rng.choice(["LINE", "ZEILE", "CASE", "REGEL", "SATIR"]), rng.randint(4, 99))).t("\n")
    tail(r)
    done(r)


def jury(lg):
    """A microfilmed jury panel list: a district heading, rows with the name surname first and
    the street, no labels."""
    r = R(lg, "jury")
    d = L[lg]
    r.span("NEG_PLACE", rng.choice(d["town"])).t(rng.choice(["  JURY PANEL ", "  SCHÖFFENLISTE ", "  LISTE DU JURY ", "  LAWNICY "])).span("NEG_DATE", str(rng.randint(1960, 2005))).t("\n")
    sep = rng.choice(["  ", " | ", " ¦ ", "\t", " . "])
    for i in range(rng.randint(3, 5)):
        p = Person(lg)
        r.t("%03d%s" % (rng.randint(1, 999), sep)).val("PERSON", p.full(surfirst=True)).t(sep)
        r.val("STREET_ADDRESS", misread(p.st, 0.1))
        if rng.random() < 0.35:
            r.t(sep).span("DATE_OF_BIRTH", p.dob())
        r.t("\n")
        if i == 1 and rng.random() < 0.4:
            r.newpage(2, 3)
    done(r)


def pawn(lg):
    """A pawnshop ticket: pledger, address, phone, the item, the loan."""
    r, p = R(lg, "pawn"), Person(lg)
    r.span("NEG_ORG", rng.choice(["PFANDLEIHHAUS MEYER", "CASH CONVERTERS", "MONTE DI PIETÀ", "CRÉDIT MUNICIPAL", "LOMBARD ZŁOTO", "BANK OF PLEDGES"])).gap().t("TICKET ").span("NEG_ID", refno()).t("\n")
    name_fields(r, p)
    r.t("\n")
    addr(r, p)
    r.t("\n")
    if rng.random() < 0.6:
        r.lab("tel").span("PHONE_NUMBER", phone(lg)).t("\n")
    r.t(rng.choice(["ITEM ", "PFAND ", "OBJET ", "OGGETTO ", "PRZEDMIOT "])).span("NEG_PRODUCT", rng.choice(ITEMS[:6])).gap().span("NEG_AMOUNT", amount()).t("\n")
    r.t(rng.choice(["DUE ", "FÄLLIG ", "ÉCHÉANCE ", "SCADENZA "])).span("NEG_DATE", other_date(lg)).gap().look().t("\n")
    done(r)


def burial(lg):
    """A cemetery burial register: rows of the deceased, surname first, birth, plot; the
    holder of the grave right with a label."""
    r = R(lg, "burial")
    d = L[lg]
    r.span("NEG_ORG", d["org"][2]).t("\n").span("NEG_LABEL", rng.choice(COLHEADS)).t("  ").span("NEG_LABEL", rng.choice(COLHEADS)).t("  ").span("NEG_LABEL", "GRAVE").t("\n")
    sep = rng.choice([" | ", " ¦ ", "  ", "\t", " ~ "])
    for i in range(rng.randint(2, 4)):
        p = Person(lg)
        r.t("%d%s" % (rng.randint(1, 900), sep)).span("PERSON", p.full(surfirst=True)).t(sep)
        r.t(rng.choice(["* ", "B. ", "GEB. ", "NÉ ", ""])).span("DATE_OF_BIRTH", p.dob()).t(sep)
        r.t(rng.choice(["† ", "D. ", "GEST. ", ""])).span("NEG_DATE", other_date(lg, 1960, 2020)).t(sep).look().t("\n")
    q = Person(lg)
    r.t(rng.choice(["RIGHT HOLDER ", "NUTZUNGSBERECHTIGTER ", "CONCESSIONNAIRE ", "RECHTHEBBENDE "])).lab("name").val("PERSON", q.full()).t("\n")
    addr(r, q)
    r.t("\n")
    done(r)


def vaccard(lg):
    """A scanned vaccination card: holder, birth, doses with vaccines and lot numbers."""
    r, p = R(lg, "vaccard"), Person(lg)
    r.span("NEG_TITLE", rng.choice(["VACCINATION CARD", "IMPFAUSWEIS", "CARNET DE VACCINATION", "AŞI KARTI", "KARTA SZCZEPIEŃ", "VACCINATIEBEWIJS"])).t("\n")
    name_fields(r, p)
    r.t("\n").lab("dob", p=0.7).span("DATE_OF_BIRTH", p.dob()).t("\n")
    for _ in range(rng.randint(1, 3)):
        r.span("NEG_DATE", other_date(lg, 2019, 2025)).gap().span("NEG_PRODUCT", rng.choice(ITEMS[6:])).gap().t("LOT ").span("NEG_ID", "%s%d" % (rng.choice(["FK", "EW", "3X"]), rng.randint(1000, 9999))).t("\n")
    if rng.random() < 0.5:
        r.t(rng.choice(["DR ", "DR. ", "ARZT "])).span("PERSON", Person(lg).full()).t("\n")
    done(r)


def exam(lg):
    """An exam registration slip: candidate, birth, school address, the exam's own words."""
    r, p = R(lg, "exam"), Person(lg)
    r.span("NEG_TITLE", rng.choice(["EXAM ENTRY", "PRÜFUNGSANMELDUNG", "INSCRIPTION AU BAC", "MATURITA", "EGZAMIN MATURALNY", "STUDENTEXAMEN"])).gap().t("CAND. ").span("NEG_ID", "%05d" % rng.randrange(10 ** 5)).t("\n")
    name_fields(r, p)
    r.t("\n").lab("dob").span("DATE_OF_BIRTH", p.dob()).gap().span("NEG_LABEL", rng.choice(["MATHEMATICS 2", "LATIN", "PHYSIK LK", "HISTOIRE-GÉO", "ROOM 21"])).t("\n")
    addr(r, p)
    r.t("\n")
    if rng.random() < 0.5:
        r.lab("tel").span("PHONE_NUMBER", phone(lg)).t("\n")
    tail(r)
    done(r)


def lookalike(lg):
    """A blank form or heading page: capitals that look like names and streets after labels
    without colons."""
    r = R(lg, "lookalike")
    d = L[lg]
    r.header(1, 1)
    r.span("NEG_TITLE", rng.choice(d["title"])).t("\n")
    for key in ("name", "giv", "dob", "st"):
        r.span("NEG_LABEL", misread_label(d["lab"][key]) if rng.random() < 0.5 else d["lab"][key]).t(rng.choice([" ______", "  ......", " [     ]", " |_|_|_|", " ¦ ____"]))
        r.t(rng.choice(["\n", "   "]))
    r.t(rng.choice(["NAME ", "NOM ", "NAAM ", "NAMN "])).span("NEG_ORG", rng.choice(d["org"])).t("\n")
    for _ in range(rng.randint(2, 3)):
        k = rng.randrange(5)
        if k == 0:
            r.look()
        elif k == 1:
            r.span("NEG_PRODUCT", rng.choice(ITEMS))
        elif k == 2:
            r.span("NEG_ORG", rng.choice(d["org"]))
        elif k == 3:
            r.span("NEG_AMOUNT", amount())
        else:
            r.span("NEG_PLACE", rng.choice(d["town"]))
        r.t(rng.choice(["\n", "   ", " | "]))
    r.t("\nREV. ").span("NEG_DATE", other_date(lg)).t("\n")
    done(r)


ASKS = ["Transcribe this scan into JSON fields.", "Fix the OCR errors in this page and keep the values.",
        "Please enter this faxed page into our system.", "Extract the people and addresses from this scan.",
        "Summarise this scanned document.", "Bitte diesen Scan abtippen.",
        "Peux-tu corriger l'OCR de ce document ?", "Przepisz ten skan do tabeli."]
PLAN = [(summons, 45), (guestbook, 40), (manifest, 40), (deposit, 45), (taxform, 45), (jury, 45),
        (pawn, 40), (burial, 40), (vaccard, 40), (exam, 40), (lookalike, 30)]


def main():
    run_plan(PLAN, LANGS, 7)
    write_json(scan_records(rng, DOCS, LANGS, ASKS))


if __name__ == "__main__":
    main()
