#!/usr/bin/env python3
"""gen_scan53.py: people and streets in OCR and fax text in capitals, third round (branch scan53).
A tune set, written and committed before any detector rule was read or hush was run on it, from
the twenty-fourth blind set's public brief (its scanned family) and scan52's notes, in domains
neither ocr51, scan52 nor the brief lists: faxed insurance claim forms, scanned library cards,
OCR'd military service records, scanned land registry extracts, photographed parcel labels,
faxed lab requisitions, scanned hotel police registration slips, OCR'd church membership rolls,
microfiche voter lists, scanned school enrolment forms.

Shapes (metadata.class is the domain): `LABEL: VALUE` lines in capitals where the label is
misread by a rule (`misread_label`: one letter/digit confusion O/0 I/l/1 S/5 B/8 E/F M/H N/H
A/4, a dropped letter, a letter split off by a space, a doubled letter, an inserted H:
`NAHME`, `N0M .`, `NEV`, `NAMF`, `SURNAM E`, `PATlENT`), over labels in 16 languages;
surname-first register rows (`KELLER, ANNA MARIA`, `NAGY ISTVÁN`) in rolls and voter lists;
capitals streets with the number after (HU `DÓZSA GYÖRGY UTCA 12`, GR `ODOS ERMOU 12`, RO
`STRADA ...`, PL `UL. ...`, CZ, TR `... SOKAK NO 5`) after `ADR`, `LAST RES.`, `DOMICILE`;
postcode and town lines (their own STREET_ADDRESS span, as ocr51 and scan52 have them);
letter/digit swaps inside values kept gold as printed; line-end hyphens (each piece a span),
stray `| ¦ ~`, repeated page headers.

Look-alikes as NEG_ spans in the same capitals: form titles (NEG_TITLE), form words and field
names, lines like streets that are not (NEG_LABEL: `SHELF 12`, `PLOT 45`, `PARCEL 3`, `COMPANY
4`, `PEW 12`, `BAY 7`), firms, parishes, regiments, libraries (NEG_ORG), cars and medicines
(NEG_PRODUCT), place headings (NEG_PLACE), form and issue dates (NEG_DATE), reference numbers,
PO boxes, tracking numbers (NEG_ID). A fifth of the people of global origin, half the names
invented. Every record is a request body of one of four APIs, a third with non-ASCII as
\\uXXXX. Deterministic; stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_common import check_spans, write_json  # noqa: E402
from gen_scan_common import scan_records  # noqa: E402

rng = random.Random(5353)


def dmy(sep, yfirst=False, trail=""):
    def f(y, m, d):
        if yfirst:
            return "%d%s%02d%s%02d%s" % (y, sep, m, sep, d, trail)
        return "%02d%s%02d%s%d" % (d, sep, m, sep, y)
    return f


# g/s real names, syl/end invented ones, st streets in capitals ({n} the number), pc postcode and
# town, df the date form, lab labels (name, sur, giv, st, dob, pat the patient/insured/holder
# word), title form titles, town place headings, org firms/parishes/regiments.
L = {
    "en": dict(g=["GARETH", "IMOGEN", "ALASTAIR", "BRONWEN", "NEVILLE", "HARRIET"],
               s=["ACKROYD", "TREVELYAN", "MOSSOP", "HARGREAVES", "LOCKWOOD", "PRYCE"],
               syl=["bram", "wel", "ost", "dal", "ker", "fen"], end=["by", "ley", "thorpe"],
               st=["{n} NETHERFIELD ROAD", "{n} CHAPEL STREET", "{n} WESTGATE", "FLAT {n} ALBION COURT"],
               pc=["LEEDS LS6 3HN", "BATH BA1 5LR", "DERBY DE22 1GB"], df=dmy("/"),
               lab=dict(name="NAME", sur="SURNAME", giv="FORENAMES", st="ADDRESS", dob="DATE OF BIRTH", pat="POLICYHOLDER"),
               title=["CLAIM FORM", "LIBRARY CARD", "SERVICE RECORD", "ENROLMENT FORM"],
               town=["NORTHUMBERLAND", "COUNTY OF KENT", "WEST RIDING"],
               org=["ROYAL SUSSEX REGIMENT", "ST ANNE'S PARISH", "AVIVA INSURANCE", "BRADFORD CENTRAL LIBRARY"]),
    "de": dict(g=["DIETLINDE", "REINHOLD", "WALTRAUD", "EBERHARD", "SIGRUN", "KONRAD"],
               s=["ZIMMERMANN", "HOLLÄNDER", "BRÜGGEMANN", "KASTNER", "WEIDLICH", "OBERMEIER"],
               syl=["hel", "bur", "gan", "ro", "wit", "sel"], end=["mann", "inger", "bach"],
               st=["LINDENALLEE {n}", "KIRCHSTR. {n}", "AM ANGER {n}", "SCHILLERSTRASSE {n}A"],
               pc=["80331 MÜNCHEN", "01067 DRESDEN", "24103 KIEL"], df=dmy("."),
               lab=dict(name="NAME", sur="NACHNAME", giv="VORNAME", st="ANSCHRIFT", dob="GEBURTSDATUM", pat="VERSICHERTER"),
               title=["SCHADENMELDUNG", "LESERAUSWEIS", "WEHRSTAMMBLATT", "GRUNDBUCHAUSZUG"],
               town=["LANDKREIS HARBURG", "OBERBAYERN", "KREIS PINNEBERG"],
               org=["ALLIANZ VERSICHERUNGS-AG", "STADTBÜCHEREI ESSEN", "EV. KIRCHENGEMEINDE ST. PETRI", "AMTSGERICHT CELLE"]),
    "fr": dict(g=["GHISLAINE", "BERTRAND", "MARTINE", "LUDOVIC", "ODILE", "FABRICE"],
               s=["LEFEBVRE", "DUCHÊNE", "MARCHAND", "FAUCHER", "TESSIER", "VIGNAUD"],
               syl=["tar", "gel", "mou", "ri", "ban", "sol"], end=["ot", "eau", "ière"],
               st=["{n} RUE DES TANNEURS", "{n} BD GAMBETTA", "{n} CHEMIN DU MOULIN", "{n} AVENUE FOCH"],
               pc=["69003 LYON", "44000 NANTES", "13001 MARSEILLE"], df=dmy("/"),
               lab=dict(name="NOM", sur="NOM", giv="PRÉNOM", st="ADRESSE", dob="DATE DE NAISSANCE", pat="ASSURÉ"),
               title=["DÉCLARATION DE SINISTRE", "CARTE DE LECTEUR", "ÉTAT SIGNALÉTIQUE", "FICHE D'INSCRIPTION"],
               town=["DÉPARTEMENT DU RHÔNE", "CANTON DE VAUD", "BRETAGNE"],
               org=["MAIF ASSURANCES", "MÉDIATHÈQUE MUNICIPALE", "PAROISSE SAINT-JACQUES", "152E RÉGIMENT D'INFANTERIE"]),
    "nl": dict(g=["GERRIT", "ANNEKE", "HENDRIK", "WILLEMIJN", "BAREND", "JANNEKE"],
               s=["VAN DER MEER", "BOSMAN", "KUIPERS", "DE GROOT", "HOEKSTRA", "SCHOUTEN"],
               syl=["hoo", "ver", "dam", "ket", "bru", "wes"], end=["ma", "inga", "sen"],
               st=["KEIZERSGRACHT {n}", "SPUISTRAAT {n}", "MOLENWEG {n}", "LANGE NIEUWSTRAAT {n}"],
               pc=["3511 AB UTRECHT", "2011 HK HAARLEM", "6211 CD MAASTRICHT"], df=dmy("-"),
               lab=dict(name="NAAM", sur="ACHTERNAAM", giv="VOORNAMEN", st="ADRES", dob="GEBOORTEDATUM", pat="VERZEKERDE"),
               title=["SCHADEFORMULIER", "LENERSPAS", "STAMBOEK", "INSCHRIJFFORMULIER"],
               town=["GEMEENTE ZWOLLE", "PROVINCIE DRENTHE", "WESTLAND"],
               org=["CENTRAAL BEHEER", "OPENBARE BIBLIOTHEEK", "HERVORMDE GEMEENTE", "KADASTER"]),
    "es": dict(g=["REMEDIOS", "ANSELMO", "CONSUELO", "EUSEBIO", "ENCARNACIÓN", "TEODORO"],
               s=["VILLANUEVA", "ESCUDERO", "CARRASCO", "MONTERO", "PIQUERAS", "SALCEDO"],
               syl=["ber", "lo", "mar", "ci", "tan", "ru"], end=["ez", "ero", "ales"],
               st=["CALLE ALCALÁ {n}", "C/ SAN BERNARDO {n}", "AVDA. DE AMÉRICA {n}", "PLAZA MAYOR {n}"],
               pc=["41001 SEVILLA", "46002 VALENCIA", "15001 A CORUÑA"], df=dmy("/"),
               lab=dict(name="NOMBRE", sur="APELLIDOS", giv="NOMBRE", st="DOMICILIO", dob="FECHA DE NACIMIENTO", pat="ASEGURADO"),
               title=["PARTE DE SINIESTRO", "CARNÉ DE BIBLIOTECA", "HOJA DE SERVICIOS", "NOTA SIMPLE"],
               town=["PROVINCIA DE CUENCA", "COMARCA DEL BIERZO", "ARAGÓN"],
               org=["MAPFRE SEGUROS", "BIBLIOTECA PÚBLICA", "PARROQUIA DE SAN ROQUE", "REGISTRO DE LA PROPIEDAD"]),
    "it": dict(g=["ORNELLA", "GIANPAOLO", "LOREDANA", "SAVERIO", "ROSSELLA", "EMILIANO"],
               s=["CAPPELLETTI", "SANTORO", "MORETTI", "LOMBARDI", "PELLEGRINO", "FERRANTE"],
               syl=["cor", "vi", "lan", "te", "bru", "gia"], end=["ini", "etti", "one"],
               st=["VIA DEI MILLE {n}", "VIALE MAZZINI {n}", "CORSO VITTORIO EMANUELE {n}", "VICOLO STRETTO {n}"],
               pc=["10121 TORINO", "40121 BOLOGNA", "90133 PALERMO"], df=dmy("/"),
               lab=dict(name="NOME", sur="COGNOME", giv="NOME", st="INDIRIZZO", dob="DATA DI NASCITA", pat="ASSICURATO"),
               title=["DENUNCIA DI SINISTRO", "TESSERA BIBLIOTECA", "FOGLIO MATRICOLARE", "VISURA CATASTALE"],
               town=["PROVINCIA DI LECCO", "COMUNE DI PRATO", "ABRUZZO"],
               org=["GENERALI ITALIA", "BIBLIOTECA CIVICA", "PARROCCHIA SAN LORENZO", "CATASTO FABBRICATI"]),
    "pt": dict(g=["GUILHERME", "CONCEIÇÃO", "ANTERO", "LEONOR", "FAUSTINO", "GRAÇA"],
               s=["MAGALHÃES", "FIGUEIREDO", "ANDRADE", "CORDEIRO", "BRANDÃO", "VALENTE"],
               syl=["fer", "ro", "cas", "mi", "tel", "bo"], end=["eira", "ães", "ino"],
               st=["RUA DA PRATA {n}", "AV. DA LIBERDADE {n}", "TRAVESSA DO CARMO {n}", "RUA DE SANTA CATARINA {n}"],
               pc=["1200-109 LISBOA", "3000-150 COIMBRA", "4700-307 BRAGA"], df=dmy("/"),
               lab=dict(name="NOME", sur="APELIDO", giv="NOME PRÓPRIO", st="MORADA", dob="DATA DE NASCIMENTO", pat="SEGURADO"),
               title=["PARTICIPAÇÃO DE SINISTRO", "CARTÃO DE LEITOR", "CADERNETA MILITAR", "CERTIDÃO PREDIAL"],
               town=["DISTRITO DE BRAGA", "CONCELHO DE SINTRA", "ALENTEJO"],
               org=["FIDELIDADE SEGUROS", "BIBLIOTECA MUNICIPAL", "PARÓQUIA DE SÃO JOSÉ", "CONSERVATÓRIA DO REGISTO PREDIAL"]),
    "pl": dict(g=["ZDZISŁAW", "GRAŻYNA", "WIESŁAW", "URSZULA", "BOGUSŁAW", "ELŻBIETA"],
               s=["KOWALCZYK", "ZIELIŃSKA", "WOŹNIAK", "KRAWCZYK", "DĄBROWSKI", "GÓRECKA"],
               syl=["szy", "mir", "bor", "ła", "dzi", "wie"], end=["ski", "owicz", "ak"],
               st=["UL. MARSZAŁKOWSKA {n}", "UL. DŁUGA {n}/4", "AL. JEROZOLIMSKIE {n}", "UL. KOŚCIUSZKI {n}"],
               pc=["00-950 WARSZAWA", "31-001 KRAKÓW", "80-001 GDAŃSK"], df=dmy("."),
               lab=dict(name="IMIĘ I NAZWISKO", sur="NAZWISKO", giv="IMIĘ", st="ADRES", dob="DATA URODZENIA", pat="UBEZPIECZONY"),
               title=["ZGŁOSZENIE SZKODY", "KARTA CZYTELNIKA", "KSIĄŻECZKA WOJSKOWA", "ODPIS KSIĘGI WIECZYSTEJ"],
               town=["POWIAT NOWOSĄDECKI", "WOJ. MAŁOPOLSKIE", "GMINA LIMANOWA"],
               org=["PZU SA", "BIBLIOTEKA PUBLICZNA", "PARAFIA ŚW. ANNY", "SĄD REJONOWY"]),
    "cs": dict(g=["BOHUMIL", "JIŘINA", "VLASTIMIL", "DRAHOMÍRA", "ZDENĚK", "LIBUŠE"],
               s=["DVOŘÁK", "ČERNÁ", "PROCHÁZKA", "KUČEROVÁ", "NOVOTNÝ", "BENEŠ"],
               syl=["bo", "hra", "lič", "mo", "ter", "va"], end=["ová", "ek", "ný"],
               st=["NÁRODNÍ TŘÍDA {n}", "HUSOVA {n}/12", "ŽITNÁ {n}", "NA POŘÍČÍ {n}"],
               pc=["120 00 PRAHA 2", "779 00 OLOMOUC", "301 00 PLZEŇ"], df=dmy(". "),
               lab=dict(name="JMÉNO", sur="PŘÍJMENÍ", giv="JMÉNO", st="BYDLIŠTĚ", dob="DATUM NAROZENÍ", pat="POJIŠTĚNÝ"),
               title=["OZNÁMENÍ ŠKODNÍ UDÁLOSTI", "ČTENÁŘSKÝ PRŮKAZ", "VOJENSKÁ KNÍŽKA", "VÝPIS Z KATASTRU"],
               town=["OKRES KLATOVY", "KRAJ VYSOČINA", "JIŽNÍ MORAVA"],
               org=["KOOPERATIVA POJIŠŤOVNA", "MĚSTSKÁ KNIHOVNA", "FARNOST SV. VÁCLAVA", "KATASTRÁLNÍ ÚŘAD"]),
    "hu": dict(g=["ISTVÁN", "ERZSÉBET", "GÁBOR", "KATALIN", "ZOLTÁN", "MÁRTA"],
               s=["NAGY", "KOVÁCS", "TÓTH", "SZABÓ", "HORVÁTH", "VARGA"],
               syl=["ke", "ró", "sza", "bor", "gyu", "mo"], end=["ffy", "si", "nyi"],
               st=["DÓZSA GYÖRGY UTCA {n}", "PETŐFI SÁNDOR U. {n}", "ANDRÁSSY ÚT {n}", "KOSSUTH LAJOS TÉR {n}"],
               pc=["1052 BUDAPEST", "4024 DEBRECEN", "6720 SZEGED"], df=dmy(". ", yfirst=True, trail="."),
               lab=dict(name="NÉV", sur="VEZETÉKNÉV", giv="UTÓNÉV", st="LAKCÍM", dob="SZÜLETÉSI IDŐ", pat="BIZTOSÍTOTT"),
               title=["KÁRBEJELENTŐ", "OLVASÓJEGY", "KATONAKÖNYV", "TULAJDONI LAP"],
               town=["PEST MEGYE", "BARANYA", "SOMOGY MEGYE"],
               org=["GENERALI BIZTOSÍTÓ", "VÁROSI KÖNYVTÁR", "REFORMÁTUS EGYHÁZKÖZSÉG", "FÖLDHIVATAL"]),
    "tr": dict(g=["MEHMET", "AYŞE", "HÜSEYİN", "FATMA", "OSMAN", "HATİCE"],
               s=["YILMAZ", "ŞAHİN", "ÇELİK", "DOĞAN", "YILDIZ", "ERDOĞAN"],
               syl=["ka", "ra", "tun", "sel", "öz", "er"], end=["oğlu", "kaya", "tepe"],
               st=["ATATÜRK CADDESİ NO {n}", "GÜL SOKAK NO {n}", "İSTİKLAL CAD. NO:{n}", "ÇİÇEK SOK. {n}"],
               pc=["06420 ÇANKAYA/ANKARA", "35220 KONAK/İZMİR", "34710 KADIKÖY/İSTANBUL"], df=dmy("."),
               lab=dict(name="ADI SOYADI", sur="SOYADI", giv="ADI", st="ADRES", dob="DOĞUM TARİHİ", pat="SİGORTALI"),
               title=["HASAR İHBAR FORMU", "OKUYUCU KARTI", "ASKERLİK BELGESİ", "TAPU KAYDI"],
               town=["KONYA İLİ", "EGE BÖLGESİ", "BURSA İLİ"],
               org=["ANADOLU SİGORTA", "İL HALK KÜTÜPHANESİ", "TAPU MÜDÜRLÜĞÜ", "ASKERLİK ŞUBESİ"]),
    "ro": dict(g=["VASILE", "MIOARA", "DORIN", "RODICA", "CORNELIU", "LUMINIȚA"],
               s=["GHEORGHIU", "NEAGU", "BĂLAN", "MOLDOVAN", "TUDOSE", "ZAHARIA"],
               syl=["dra", "gu", "lin", "ste", "mar", "cio"], end=["escu", "eanu", "ache"],
               st=["STRADA FLORILOR {n}", "STR. AUREL VLAICU {n}", "BD. CAROL I {n}", "CALEA BUCUREȘTI {n}"],
               pc=["300001 TIMIȘOARA", "550003 SIBIU", "900001 CONSTANȚA"], df=dmy("."),
               lab=dict(name="NUME", sur="NUME", giv="PRENUME", st="DOMICILIUL", dob="DATA NAȘTERII", pat="ASIGURAT"),
               title=["AVIZARE DAUNĂ", "PERMIS DE CITITOR", "LIVRET MILITAR", "EXTRAS DE CARTE FUNCIARĂ"],
               town=["JUDEȚUL ALBA", "ARDEAL", "JUDEȚUL CLUJ"],
               org=["ALLIANZ-ȚIRIAC", "BIBLIOTECA JUDEȚEANĂ", "PAROHIA SF. NICOLAE", "OCPI CLUJ"]),
    "el": dict(g=["SPYRIDON", "ANASTASIA", "CHARALAMPOS", "PARASKEVI", "EVANGELOS", "DIMITRA"],
               s=["PAPANIKOLAOU", "KONSTANTINIDIS", "MAVROMATIS", "CHRISTODOULOU", "ZERVAS", "ANTONIOU"],
               syl=["ka", "lo", "the", "ri", "pan", "sta"], end=["akis", "poulos", "idou"],
               st=["ODOS ERMOU {n}", "ODOS AIOLOU {n}", "LEOFOROS KIFISIAS {n}", "ODOS EGNATIAS {n}"],
               pc=["106 78 ATHINA", "543 52 THESSALONIKI", "712 02 IRAKLEIO"], df=dmy("/"),
               lab=dict(name="ONOMA", sur="EPONYMO", giv="ONOMA", st="DIEFTHYNSI", dob="GENNISI", pat="ASFALISMENOS"),
               title=["DILOSI ATYCHIMATOS", "KARTA DANEISMOU", "STRATIOTIKO MITROO", "KTIMATOLOGIO"],
               town=["NOMOS ACHAIAS", "KRITI", "MAKEDONIA"],
               org=["ETHNIKI ASFALISTIKI", "DIMOTIKI VIVLIOTHIKI", "ENORIA AGIOU NIKOLAOU", "KTIMATOLOGIO AE"]),
    "sv": dict(g=["GUNNEL", "TORSTEN", "BIRGITTA", "STAFFAN", "MARGARETA", "ÅKE"],
               s=["BJÖRKLUND", "HOLMQVIST", "NYSTRÖM", "WALLIN", "SJÖBERG", "LINDQVIST"],
               syl=["sva", "ber", "ul", "tor", "gre", "vi"], end=["qvist", "berg", "ström"],
               st=["STORGATAN {n}", "DROTTNINGGATAN {n}", "BJÖRKVÄGEN {n}", "SKOLGATAN {n} B"],
               pc=["222 21 LUND", "702 10 ÖREBRO", "903 26 UMEÅ"], df=dmy("-", yfirst=True),
               lab=dict(name="NAMN", sur="EFTERNAMN", giv="FÖRNAMN", st="ADRESS", dob="FÖDELSEDATUM", pat="FÖRSÄKRAD"),
               title=["SKADEANMÄLAN", "LÅNEKORT", "TJÄNSTGÖRINGSINTYG", "FASTIGHETSUTDRAG"],
               town=["SKÅNE LÄN", "DALARNA", "NORRBOTTEN"],
               org=["FOLKSAM", "STADSBIBLIOTEKET", "SVENSKA KYRKAN", "LANTMÄTERIET"]),
    "fi": dict(g=["PENTTI", "AILA", "VEIKKO", "TUULA", "JORMA", "IRMELI"],
               s=["KORHONEN", "VIRTANEN", "MÄKINEN", "NIEMINEN", "HÄMÄLÄINEN", "TURUNEN"],
               syl=["ka", "lei", "mo", "ran", "tuu", "sa"], end=["nen", "la", "mäki"],
               st=["ALEKSANTERINKATU {n}", "PUISTOTIE {n}", "KOULUKATU {n} B 7", "MANNERHEIMINTIE {n}"],
               pc=["33100 TAMPERE", "20100 TURKU", "70100 KUOPIO"], df=dmy("."),
               lab=dict(name="NIMI", sur="SUKUNIMI", giv="ETUNIMET", st="OSOITE", dob="SYNTYMÄAIKA", pat="VAKUUTETTU"),
               title=["VAHINKOILMOITUS", "KIRJASTOKORTTI", "PALVELUSTODISTUS", "LAINHUUTOTODISTUS"],
               town=["PIRKANMAA", "LAPIN LÄÄNI", "SAVO"],
               org=["LÄHITAPIOLA", "KAUPUNGINKIRJASTO", "EV.LUT. SEURAKUNTA", "MAANMITTAUSLAITOS"]),
    "da": dict(g=["POUL", "KIRSTEN", "BENT", "INGE", "FLEMMING", "BIRTHE"],
               s=["MADSEN", "KRISTENSEN", "JEPPESEN", "HOLM", "SKOV", "MØLLER"],
               syl=["bo", "kjel", "ras", "sø", "tor", "ul"], end=["sen", "gaard", "holm"],
               st=["VESTERGADE {n}", "ÅBOULEVARDEN {n}", "ALGADE {n}, 2. TV.", "SKOVVEJ {n}"],
               pc=["8000 AARHUS C", "5000 ODENSE C", "4000 ROSKILDE"], df=dmy("."),
               lab=dict(name="NAVN", sur="EFTERNAVN", giv="FORNAVN", st="ADRESSE", dob="FØDSELSDATO", pat="FORSIKRINGSTAGER"),
               title=["SKADEANMELDELSE", "LÅNERKORT", "TJENESTEBEVIS", "TINGBOGSATTEST"],
               town=["REGION SJÆLLAND", "FYN", "VENDSYSSEL"],
               org=["TRYGFORSIKRING", "HOVEDBIBLIOTEKET", "FOLKEKIRKEN", "GELDSTYRELSEN"]),
}
LANGS = list(L)
GLOBAL = [("NGOZI", "OKAFOR"), ("PRIYA", "RAGHAVAN"), ("WEI", "ZHANG"), ("KWAME", "BOATENG"),
          ("AIKO", "YAMAMOTO"), ("TARIQ", "MAHMOUD"), ("THANH", "NGUYEN"), ("OLUWASEUN", "ADEYEMI"),
          ("SAOIRSE", "NÍ BHRIAIN"), ("MAHMOUD", "ABBASI"), ("MIN-JUN", "PARK"), ("ANAHERA", "TAWHIRI"),
          ("DESTA", "BEKELE"), ("RANJIT", "SANDHU"), ("LUCÍA", "QUISPE"), ("HIROSHI", "TANAKA")]
CARS = ["TOYOTA YARIS", "FORD FOCUS ESTATE", "PEUGEOT 308 SW", "VW PASSAT VARIANT", "SEAT IBIZA",
        "HYUNDAI I30", "RENAULT MEGANE", "OPEL CORSA E", "SKODA FABIA", "VOLVO XC60"]
MEDS = ["WARFARIN 5 MG", "BISOPROLOL 2.5", "ATORVASTATIN 40 MG", "MARCUMAR", "INSULIN GLARGIN",
        "LEVOTHYROXINE 50", "CLOPIDOGREL 75 MG", "PREDNISOLON 20"]
LOOKS = ["SHELF 12", "PLOT 45", "PARCEL 3", "COMPANY 4", "PEW 12", "BAY 7", "ROW 14", "STALL 3",
         "FOLIO 118", "LOT 22", "SECTOR 5", "DEPOT 2", "HANGAR 4", "BATTALION 3", "TRACK 9"]
FORMWORDS = ["SIGNATURE", "OFFICE USE ONLY", "UNTERSCHRIFT", "CACHET", "FIRMA", "PODPIS",
             "ALÁÍRÁS", "IMZA", "SEMNĂTURA", "STEMPEL", "VISA", "RUBRICA", "HANDTEKENING"]


def invent(lg, surname):
    d = L[lg]
    w = "".join(rng.choice(d["syl"]) for _ in range(rng.choice((2, 2, 3))))
    if surname:
        w += rng.choice(d["end"])
    return w.upper()


CONF = {"O": "0", "I": "l", "S": "5", "B": "8", "E": "F", "M": "H", "N": "H", "A": "4", "L": "1",
        "G": "6", "Z": "2", "U": "V", "D": "0"}


def misread_label(lab):
    """One OCR confusion in a label: a letter read as a digit or look-alike letter, a dropped
    letter, a letter split off by a space, a doubled letter, an H inserted after a vowel."""
    w = lab
    k = rng.randrange(6)
    idx = [i for i, c in enumerate(w) if c.isalpha()]
    if len(idx) < 3:
        return w
    if k <= 1:
        cand = [i for i in idx if w[i] in CONF]
        if cand:
            i = rng.choice(cand)
            return w[:i] + CONF[w[i]] + w[i + 1:]
    if k == 2:
        i = rng.choice(idx[1:])
        return w[:i] + w[i + 1:]
    if k == 3:
        i = rng.choice(idx[1:-1] or idx[1:])
        return w[:i] + " " + w[i:]
    if k == 4:
        i = rng.choice(idx[1:])
        return w[:i] + w[i] + w[i:]
    cand = [i for i in idx[:-1] if w[i] in "AEIOU"]
    if cand:
        i = rng.choice(cand)
        return w[:i + 1] + "H" + w[i + 1:]
    return w[:idx[-1]] + "F"


SWAP = [("O", "0"), ("I", "1"), ("S", "5"), ("B", "8"), ("E", "F"), ("L", "1"), ("A", "4")]


def misread(v, p=0.1):
    """An OCR swap inside a value, kept as printed (still the person's data)."""
    if rng.random() >= p:
        return v
    opts = [(a, b) for a, b in SWAP if a in v[1:]]
    if not opts:
        return v
    a, b = rng.choice(opts)
    i = v.index(a, 1)
    return v[:i] + b + v[i + 1:]


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
        self.ymd = (rng.randint(1925, 2015), rng.randint(1, 12), rng.randint(1, 28))
        self.st = rng.choice(d["st"]).replace("{n}", str(rng.randint(2, 148)))
        self.pc = rng.choice(d["pc"])

    def full(self, surfirst=False):
        if surfirst or self.lg == "hu" and (self.g, self.s) not in GLOBAL:
            v = self.s + (", " if surfirst and rng.random() < 0.6 else " ") + self.g
        else:
            v = self.g + " " + self.s
        return misread(v)

    def dob(self):
        return L[self.lg]["df"](*self.ymd)


def other_date(lg, y0=2018, y1=2027):
    return L[lg]["df"](rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def refno(pre=""):
    k = rng.randrange(4)
    if k == 0:
        v = "%04d %04d %04d" % (rng.randrange(10000), rng.randrange(10000), rng.randrange(10000))
    elif k == 1:
        v = "%d/%05d" % (rng.randint(2018, 2026), rng.randrange(100000))
    elif k == 2:
        v = "%s%08d" % (rng.choice(["JD", "CX", "RR", "ZK"]), rng.randrange(10 ** 8))
    else:
        v = "%02d-%04d-%03d" % (rng.randrange(100), rng.randrange(10000), rng.randrange(1000))
    return pre + v


class R:
    """One scanned document: text, spans, and where the scan's pages meet."""
    dom = None  # no domain in its records' metadata (gen_scan_common.scan_records)

    def __init__(self, lg, cls):
        self.lg, self.cls = lg, cls
        self.text, self.spans, self.pages = "", [], []

    def t(self, s):
        self.text += s
        return self

    def span(self, label, v):
        assert v, label
        self.spans.append({"entity_type": label, "entity_value": v,
                           "start_position": len(self.text), "end_position": len(self.text) + len(v)})
        self.text += v
        return self

    def lab(self, key, sep=None, p=0.55):
        v = L[self.lg]["lab"][key]
        if rng.random() < p:
            v = misread_label(v)
        if sep is None:
            sep = rng.choice([": ", ":", " : ", " . ", ".: ", ": ", "  ", " ¦ ", ":\t", " ~ "])
        return self.t(v + sep)

    def gap(self):
        return self.t(rng.choice(["  ", "   ", "\t", " | ", " ¦ ", " ~ ", "|", " ¦  "]))

    def val(self, label, v, split=True):
        """A value, sometimes split by a line-end hyphen (each piece a span)."""
        words = v.split(" ")
        if split and rng.random() < 0.12:
            cand = [(i, w) for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
            if cand:
                i, w = rng.choice(cand)
                k = rng.randint(3, len(w) - 3)
                pre = " ".join(words[:i] + [w[:k]])
                post = w[k:] + ("" if i == len(words) - 1 else " " + " ".join(words[i + 1:]))
                self.span(label, pre).t(rng.choice(["-\n", "-\n", "¬\n", "-\n  "]))
                return self.span(label, post)
        return self.span(label, v)

    def look(self):
        return self.span("NEG_LABEL", rng.choice(LOOKS))

    def header(self, page, pages):
        d = L[self.lg]
        k = rng.randrange(3)
        if k == 0:
            self.span("NEG_TITLE", rng.choice(d["title"])).t("   ").span("NEG_ID", "%s %d/%d" % (rng.choice(["PAGE", "SEITE", "P.", "STR.", "OLDAL", "SAYFA"]), page, pages)).t("\n")
        elif k == 1:
            self.t(rng.choice(["~~ ", "| ", "", "_ "])).span("NEG_ORG", rng.choice(d["org"])).gap().span("NEG_ID", "FORM %s-%d" % (rng.choice(["A", "C4", "R", "Z9"]), rng.randint(2, 99))).t("\n")
        else:
            self.t("--- ").span("NEG_ID", "%d / %d" % (page, pages)).t(" --- ").span("NEG_TITLE", rng.choice(d["title"])).t(" ---\n")

    def newpage(self, page, pages):
        self.pages.append(len(self.text))
        self.header(page, pages)


DOCS = []


def done(r):
    check_spans(r.text, r.spans)
    DOCS.append(r)


def name_fields(r, p, key="name"):
    k = rng.randrange(5)
    if k == 0:
        r.lab(key).val("PERSON", p.full())
    elif k == 1:
        r.lab(key).span("PERSON", p.full(surfirst=True))
    elif k == 2:
        r.lab("sur").val("PERSON", misread(p.s)).gap().lab("giv").val("PERSON", misread(p.g))
    elif k == 3:
        r.lab("giv").val("PERSON", misread(p.g)).t("\n").lab("sur").val("PERSON", misread(p.s))
    else:
        r.lab(key).val("PERSON", p.full()).t(rng.choice(["  ", " | "])).lab("dob").span("DATE_OF_BIRTH", p.dob())


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


# ---- the domains -------------------------------------------------------------------------------
def claim(lg):
    """A faxed insurance claim form."""
    r, p = R(lg, "claim"), Person(lg)
    d = L[lg]
    r.t("%s %02d:%02d FAX %d  " % (other_date(lg), rng.randint(7, 19), rng.randrange(60), rng.randint(2, 9))).span("NEG_ORG", d["org"][0]).t("  P.1\n")
    r.span("NEG_TITLE", d["title"][0]).gap().t("NR ").span("NEG_ID", refno()).t("\n")
    name_fields(r, p, key=rng.choice(["name", "pat"]))
    r.t("\n")
    if rng.random() < 0.6:
        r.lab("dob").span("DATE_OF_BIRTH", p.dob()).t("\n")
    addr(r, p)
    r.t("\n")
    r.t(rng.choice(["VEHICLE ", "FAHRZEUG ", "VÉHICULE ", "ARAÇ ", "AUTO ", "JÁRMŰ "])).span("NEG_PRODUCT", rng.choice(CARS)).gap().span("NEG_DATE", other_date(lg)).t("\n")
    if rng.random() < 0.6:
        q = Person(lg)
        r.t(rng.choice(["THIRD PARTY ", "GEGNER ", "TIERS ", "KARŞI TARAF ", "TERZO "])).lab("name").val("PERSON", q.full()).t("\n")
        addr(r, q, lead=rng.choice(["ADR ", "ADR. ", "ADDR "]), oneline=True)
        r.t("\n")
    r.span("NEG_LABEL", rng.choice(FORMWORDS)).t(" ______  ").span("NEG_DATE", other_date(lg)).t("\n")
    done(r)


def library(lg):
    """A scanned library card."""
    r, p = R(lg, "library"), Person(lg)
    d = L[lg]
    r.span("NEG_ORG", d["org"][1]).t(rng.choice(["\n", "  ~  ", " | "])).span("NEG_TITLE", d["title"][1]).t("\n")
    r.t(rng.choice(["NO ", "NR. ", "N° ", "#"])).span("NEG_ID", refno()).t("\n")
    name_fields(r, p)
    r.t("\n")
    addr(r, p)
    r.t("\n").span("NEG_DATE", other_date(lg)).t(" - ").span("NEG_DATE", other_date(lg)).gap().look().t("\n")
    if rng.random() < 0.4:
        r.t(rng.choice(["GUARDIAN ", "ERZIEHUNGSBERECHTIGTER ", "TUTEUR ", "VELI "]))
        r.span("PERSON", Person(lg).full()).t("\n")
    done(r)


def military(lg):
    """An OCR'd military service record."""
    r, p = R(lg, "military"), Person(lg)
    d = L[lg]
    r.span("NEG_TITLE", d["title"][2]).t("   ").span("NEG_ORG", rng.choice([d["org"][3], "3RD BATTALION", "INFANTERIE-REGIMENT 17", "ASKERLİK ŞUBESİ"])).t("\n")
    r.t(rng.choice(["SERVICE NO ", "STAMMROLLEN-NR. ", "MATRICULE ", "SICIL NO "])).span("NEG_ID", "%d%06d" % (rng.randint(1, 9), rng.randrange(10 ** 6))).t("\n")
    name_fields(r, p)
    r.t("\n")
    r.lab("dob").span("DATE_OF_BIRTH", p.dob()).gap().t(rng.choice(["RANK ", "DIENSTGRAD ", "GRADE "])).span("NEG_TITLE", rng.choice(["CORPORAL", "GEFREITER", "SERGENT", "ONBAŞI", "CAPORALE"])).t("\n")
    addr(r, p, lead=rng.choice(["LAST RES. ", "LETZTER WOHNORT ", "DOMICILE ", "ADR ", "ADR. "]))
    r.t("\n").look().gap().span("NEG_PLACE", rng.choice(d["town"])).t("\n")
    if rng.random() < 0.6:
        q = Person(lg)
        q.s = p.s if rng.random() < 0.5 else q.s
        r.t(rng.choice(["NEXT OF KIN ", "ANGEHÖRIGE ", "À PRÉVENIR ", "YAKINI "])).val("PERSON", q.full()).t("\n")
    if rng.random() < 0.5:
        r.newpage(2, 2)
        r.t(rng.choice(["DISCHARGED ", "ENTLASSEN ", "RÉFORMÉ "])).span("NEG_DATE", other_date(lg, 1950, 1995)).t("\n")
    done(r)


def registry(lg):
    """A scanned land registry extract: owners surname first, their addresses."""
    r = R(lg, "registry")
    d = L[lg]
    r.span("NEG_ORG", d["org"][3]).t("\n").span("NEG_TITLE", d["title"][3]).t("  ").span("NEG_PLACE", rng.choice(d["town"])).t("\n")
    r.look().t(rng.choice([" ", "  ", " / "])).span("NEG_LABEL", "FOLIO %d" % rng.randint(2, 999)).t("\n")
    for i in range(rng.randint(1, 3)):
        p = Person(lg)
        r.t("%d%s " % (i + 1, rng.choice([".", ")", ""])))
        r.val("PERSON", p.full(surfirst=True))
        if rng.random() < 0.5:
            r.t(rng.choice([", GEB. ", ", BORN ", ", SZÜL. ", ", NÉ LE ", " * "])).span("DATE_OF_BIRTH", p.dob())
        r.t(rng.choice([", ", "\n   "]))
        addr(r, p, lead="", oneline=True)
        r.t(rng.choice(["  1/2\n", "\n", "  ANTEIL 1/1\n"]))
        if i == 0 and rng.random() < 0.3:
            r.newpage(2, 3)
    done(r)


def parcel(lg):
    """A photographed parcel label: sender and recipient blocks without labels."""
    r = R(lg, "parcel")
    p, q = Person(lg), Person(lg)
    r.span("NEG_ORG", rng.choice(["DHL PAKET", "DPD CLASSIC", "GLS", "POSTNL", "LA POSTE COLISSIMO", "INPOST", "PTT KARGO", "ELTA COURIER"])).gap().span("NEG_ID", refno()).t("\n")
    r.t(rng.choice(["FROM: ", "ABS.: ", "EXP. ", "NADAWCA: ", "GÖNDEREN: ", ""]))
    r.val("PERSON", p.full()).t("\n")
    addr(r, p, lead="", oneline=rng.random() < 0.3)
    r.t("\n")
    if rng.random() < 0.4:
        r.t(rng.choice(["BP ", "POSTFACH ", "PO BOX ", "SKR. POCZT. "])).span("NEG_ID", "%d %02d %02d" % (rng.randint(10, 99), rng.randrange(100), rng.randrange(100))).t("\n")
        r.span("NEG_ORG", rng.choice(["AGENCE CENTRE", "FILIALE NORD", "BRANCH 12", "ODDZIAŁ 3"])).t("\n")
    r.t(rng.choice(["TO: ", "EMPF.: ", "DEST. ", "ODBIORCA: ", "ALICI: ", "DELIVER TO "]))
    r.val("PERSON", q.full()).t("\n")
    addr(r, q, lead="", oneline=False)
    r.t("\n").span("NEG_LABEL", rng.choice(["DEPOT 2", "ROUTE 14", "BAY 7", "TOUR 33"])).gap().t("%d,%d KG\n" % (rng.randint(0, 30), rng.randrange(10)))
    done(r)


def labreq(lg):
    """A faxed lab requisition: patient fields, tests, the requesting doctor."""
    r, p = R(lg, "labreq"), Person(lg)
    r.t("%s FAX  " % other_date(lg)).span("NEG_ORG", rng.choice(["LABOR DR. KRAMER", "SYNLAB", "CERBA", "LABCORP", "LABORATORIO ANALISI", "DIAGNOSTICUM"])).t("  S.1\n")
    r.span("NEG_TITLE", rng.choice(["LAB REQUEST", "ANFORDERUNGSSCHEIN", "DEMANDE D'ANALYSES", "RICHIESTA ESAMI", "SKIEROWANIE"])).t("\n")
    r.t(rng.choice(["PATIENT", "PATlENT", "PAT1ENT", "PATIENT.", "PAT IENT"]) + rng.choice([": ", " : ", " ", ":"]))
    r.val("PERSON", p.full(surfirst=rng.random() < 0.5)).gap().lab("dob").span("DATE_OF_BIRTH", p.dob()).t("\n")
    if rng.random() < 0.5:
        addr(r, p)
        r.t("\n")
    for _ in range(rng.randint(1, 2)):
        r.t(rng.choice(["MED.: ", "DAUERMED. ", "TRAITEMENT "])).span("NEG_PRODUCT", rng.choice(MEDS)).t(rng.choice(["  INR", "  TSH", "  HBA1C", "  CRP"]) + "\n")
    r.t(rng.choice(["WARD ", "STATION ", "SERVICE "])).span("NEG_LABEL", rng.choice(["B 12", "4 NORD", "CARDIO 3"])).gap()
    q = Person(lg)
    r.t(rng.choice(["DR. ", "DR ", "REQUESTED BY DR. "])).span("PERSON", q.full() if rng.random() < 0.6 else q.s).t("\n")
    done(r)


def police(lg):
    """A scanned hotel police registration slip."""
    r, p = R(lg, "police"), Person(lg)
    r.span("NEG_ORG", rng.choice(["HOTEL BELLEVUE", "PENSION ALPENROSE", "HÔTEL DU LAC", "OTEL KARDEŞLER", "HOTEL ASTORIA", "XENODOCHEIO AKROPOLIS"])).gap().span("NEG_TITLE", rng.choice(["POLICE REGISTRATION", "MELDESCHEIN", "FICHE DE POLICE", "KİMLİK BİLDİRİM"])).t("\n")
    name_fields(r, p)
    r.t("\n")
    r.lab("dob").span("DATE_OF_BIRTH", p.dob()).gap().t(rng.choice(["NATIONALITY ", "STAATSANG. ", "NATIONALITÉ ", "UYRUK "])).span("NEG_PLACE", rng.choice(["DEUTSCH", "ROMÂNĂ", "MAGYAR", "TÜRK", "ELLINIKI", "POLSKA", "ČESKÁ"])).t("\n")
    addr(r, p)
    r.t("\n")
    if rng.random() < 0.5:
        r.t(rng.choice(["CAR ", "KFZ ", "PLAKA "])).span("NEG_PRODUCT", rng.choice(CARS)).t(" ").span("NEG_ID", "%s %d" % (rng.choice(["B-KL", "34 ABC", "CJ 12", "PO 5TR"]), rng.randint(100, 999))).t("\n")
    if rng.random() < 0.5:
        q = Person(lg)
        r.t(rng.choice(["+ ", "MIT ", "AVEC ", "ILE "])).span("PERSON", q.full()).t("\n")
    r.span("NEG_LABEL", rng.choice(FORMWORDS)).t("  ").span("NEG_DATE", other_date(lg)).t("\n")
    done(r)


def church(lg):
    """An OCR'd church membership roll: rows surname first."""
    r = R(lg, "church")
    d = L[lg]
    r.span("NEG_ORG", d["org"][2]).t("\n").span("NEG_TITLE", rng.choice(["MEMBERSHIP ROLL", "GEMEINDEGLIEDERVERZEICHNIS", "REGISTRE DES PAROISSIENS", "LEDENLIJST", "EGYHÁZTAGOK"])).t("  ").span("NEG_DATE", str(rng.randint(1950, 1999))).t("\n")
    sep = rng.choice([" | ", " ¦ ", "\t", "   ", " . "])
    for i in range(rng.randint(3, 5)):
        p = Person(lg)
        r.t("%d%s" % (rng.randint(1, 400), sep)).span("PERSON", p.full(surfirst=True)).t(sep)
        r.span("DATE_OF_BIRTH", p.dob()).t(sep)
        if rng.random() < 0.7:
            r.val("STREET_ADDRESS", misread(p.st, 0.1))
        else:
            r.look()
        r.t("\n")
        if i == 2 and rng.random() < 0.4:
            r.newpage(2, 2)
    done(r)


def voters(lg):
    """A microfiche voter list: a district heading, rows surname first with the street."""
    r = R(lg, "voters")
    d = L[lg]
    r.span("NEG_PLACE", rng.choice(d["town"])).t(rng.choice(["  WAHLBEZIRK ", "  DISTRICT ", "  BUREAU ", "  SZAVAZÓKÖR "])).span("NEG_ID", str(rng.randint(1, 99))).t("\n")
    for i in range(rng.randint(3, 5)):
        p = Person(lg)
        r.t("%04d " % rng.randint(1, 9999))
        r.val("PERSON", p.full(surfirst=True)).gap()
        r.val("STREET_ADDRESS", misread(p.st, 0.1))
        if rng.random() < 0.4:
            r.gap().span("DATE_OF_BIRTH", p.dob())
        r.t("\n")
        if i == 1 and rng.random() < 0.5:
            r.newpage(2, 3)
    done(r)


def enrol(lg):
    """A scanned school enrolment form: pupil, parent, address."""
    r, p = R(lg, "enrol"), Person(lg)
    d = L[lg]
    r.span("NEG_TITLE", d["title"][3] if lg in ("en", "nl", "fr") else rng.choice(["ENROLMENT FORM", "SCHULANMELDUNG", "FICHE D'INSCRIPTION", "KAYIT FORMU", "BEIRATKOZÁSI LAP"])).t("\n")
    name_fields(r, p)
    r.t("\n").lab("dob").span("DATE_OF_BIRTH", p.dob()).gap().t(rng.choice(["CLASS ", "KLASSE ", "CLASSE ", "SINIF "])).span("NEG_LABEL", rng.choice(["3B", "5A", "1C"])).t("\n")
    q = Person(lg)
    q.s, q.st, q.pc = p.s, p.st, p.pc
    r.t(rng.choice(["PARENT ", "ERZIEHUNGSBER. ", "RESPONSABLE ", "VELİ ", "SZÜLŐ "])).lab("name").val("PERSON", q.full()).t("\n")
    addr(r, p)
    r.t("\n").span("NEG_LABEL", rng.choice(FORMWORDS)).t("  ").span("NEG_DATE", other_date(lg)).t("\n")
    done(r)


def lookalike(lg):
    """A blank form or heading page: capitals that look like names and streets."""
    r = R(lg, "lookalike")
    d = L[lg]
    r.header(1, 1)
    r.span("NEG_TITLE", rng.choice(d["title"])).t("\n")
    for key in ("name", "giv", "dob", "st"):
        r.span("NEG_LABEL", misread_label(d["lab"][key]) if rng.random() < 0.5 else d["lab"][key]).t(rng.choice([": ______", ":  ......", ": [     ]", " |_|_|_|"]))
        r.t(rng.choice(["\n", "   "]))
    for _ in range(rng.randint(2, 3)):
        k = rng.randrange(4)
        if k == 0:
            r.look()
        elif k == 1:
            r.span("NEG_PRODUCT", rng.choice(CARS + MEDS))
        elif k == 2:
            r.span("NEG_ORG", rng.choice(d["org"]))
        else:
            r.span("NEG_PLACE", rng.choice(d["town"]))
        r.t(rng.choice(["\n", "   ", " | "]))
    r.t("\nREV. ").span("NEG_DATE", other_date(lg)).t("\n")
    done(r)


# ---- request bodies ----------------------------------------------------------------------------
ASKS = ["Transcribe this scan into JSON fields.", "Fix the OCR errors in this page and keep the values.",
        "Please enter this faxed page into our system.", "Extract the people and addresses from this scan.",
        "Summarise this scanned document.", "Bitte diesen Scan abtippen.",
        "Peux-tu corriger l'OCR de ce document ?", "Bu taranmış belgeyi tabloya aktar."]
PLAN = [(claim, 45), (library, 40), (military, 45), (registry, 40), (parcel, 45), (labreq, 40),
        (police, 45), (church, 40), (voters, 45), (enrol, 40), (lookalike, 30)]


def main():
    n = 0
    for fn, count in PLAN:
        for k in range(count):
            fn(LANGS[(n + k * 7) % len(LANGS)])
        n += count
    write_json(scan_records(rng, DOCS, LANGS, ASKS))


main()
