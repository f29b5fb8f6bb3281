#!/usr/bin/env python3
"""gen_scanp58.py: people's names in scanned and faxed forms in capitals (branch scanp58, issue 15:
PERSON recall). A tune set, written and committed before hush was run on it, from the
twenty-fourth blind set's public brief (its scanned family: OCR and fax in capitals, misread
labels, columns run together, line-end hyphens and breaks splitting a value, stray | ¦ ~,
repeated page headers) and scan52-57's notes (PERSON the weakest figure), in domains no earlier
scan/ocr corpus lists: faxed pharmacy prescriptions, scanned marriage banns, OCR'd boarding
cards, passport data pages with their machine-readable zone, microfilmed census sheets, scanned
library cards, faxed court listings, OCR'd payslips.

Shapes (metadata.class is the domain): the name cell under a label of its language, misread by
one OCR confusion a third of the time (`N4ME`, `SURNAME / FORENAMES`, `NAZWISKO IMIĘ`, `NOM
PRÉNOM`, `APELLIDOS`, `COGNOME`), followed by spaces, ` . `, `¦`, `|`, `~`, a tab or a colon;
the surname first with or without a comma; the name run into the next column by one space (the
next cell a field word: `DOB`, `WARD`, `SEAT`); OCR letter errors inside the name, kept gold as
printed (`KOWALSKl`, `J0HN`, `MULLER` for MÜLLER, `rn` for m, `vv` for w, `5` for S); a name
split by a line-end hyphen (each piece its own span); the given names on the row under the
surname; signatures (`SIGNED: A. NOWAK`, `PODPIS J. KOWALSKI`); titles before the name
(`MR`, `FRAU`, `SRA.`: the title stays outside the span); the passport's MRZ (`P<GBRSMITH<<JOHN
<PETER<<<`, each name part a span, as gen_common's Doc.mrz_names writes it); boarding cards'
`SMITH/JOHN MR`. 14 languages (en de fr nl es it pt pl cs hu tr ro sv da), a fifth of the
people of global origin, about half the names invented from syllables.

Look-alikes as NEG_ spans, about as many as the values, in the same capitals: column headers and
form words (NEG_LABEL), stamp words (`RECEIVED`, `COPY`, `URGENT`, `EINGEGANGEN`: NEG_LABEL),
wards and departments (NEG_LABEL), pharmacies, firms, courts and airlines (NEG_ORG), drug names
(NEG_PRODUCT), towns and parishes in capitals (NEG_PLACE), form titles (NEG_TITLE), MRZ's second
line and country codes, flight numbers, case numbers and ids (NEG_ID), dates that are no birth
(NEG_DATE). Births that a form prints beside a name are DATE_OF_BIRTH spans, and the sender's
fax number in a fax header a PHONE_NUMBER span (labelled NEG_ID when first committed: a fax
number is a phone number, so that label was the generator's error). Every record is a
request body of one of the block APIs (gen_scan_common.scan_records), a third with non-ASCII as
\\uXXXX. Deterministic; stdlib only. The label misreading is gen_scan54's (`misread_label`)."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_common import Doc, Spans, collector, run_plan, write_json  # noqa: E402
from gen_scan_common import scan_records  # noqa: E402

rng = random.Random(5858)

import gen_scan54  # noqa: E402
from gen_scan54 import misread_label  # noqa: E402

gen_scan54.rng = rng

# g given names, s surnames (real, with their letters), syl/end invented ones, name the labels of a
# whole name, sur/giv the split labels, sig the signature word, tm/tf titles, town towns in
# capitals, org pharmacies, firms and courts, df a date form.


def dmy(sep):
    return lambda y, m, d: "%02d%s%02d%s%d" % (d, sep, m, sep, y)


def ymd_(sep):
    return lambda y, m, d: "%d%s%02d%s%02d." % (y, sep, m, sep, d)


L = {
    "en": dict(g=["GARETH", "BRONWEN", "CLIVE", "PHILIPPA", "DESMOND", "NORMA", "RUPERT", "GLENYS"],
               s=["HOLLINGWORTH", "FAIRCLOUGH", "O'DONNELL", "STURGESS", "BRAITHWAITE", "MCKINNON", "WHITTAKER", "PRYCE"],
               syl=["hal", "bur", "ten", "mor", "wick", "gil"], end=["ridge", "ham", "sworth"],
               name=["NAME", "FULL NAME", "PATIENT NAME", "NAME OF PASSENGER", "BORROWER"],
               sur="SURNAME", giv="FORENAMES", sig=["SIGNED", "SIGNATURE", "SIG."], tm=["MR", "MR."], tf=["MRS", "MS", "MISS"],
               town=["STOKE-ON-TRENT", "MERTHYR TYDFIL", "KING'S LYNN", "ABERDEEN", "WOLVERHAMPTON"],
               org=["BOOTS PHARMACY", "LLOYDS CHEMIST", "CROWN COURT AT LEEDS", "EASYJET", "ACME FOODS LTD"], df=dmy("/")),
    "de": dict(g=["HILTRUD", "EKKEHARD", "BÄRBEL", "WOLFRAM", "IRMGARD", "HANNES", "SIEGLINDE", "OTMAR"],
               s=["MÜLLER", "SCHRÖDER", "GRÜNEWALD", "WEISSHAUPT", "KÖHLER", "BRANDSTÄTTER", "LÖFFLER", "HUBMANN"],
               syl=["gra", "bel", "dor", "wen", "mer", "ku"], end=["hofer", "meier", "städt"],
               name=["NAME", "NAME, VORNAME", "PATIENT", "FAHRGAST", "ENTLEIHER"],
               sur="FAMILIENNAME", giv="VORNAMEN", sig=["GEZ.", "UNTERSCHRIFT", "GEZEICHNET"], tm=["HERR", "HR."], tf=["FRAU", "FR."],
               town=["GELSENKIRCHEN", "BAD TÖLZ", "WUPPERTAL", "LANDSHUT", "OFFENBACH"],
               org=["LÖWEN-APOTHEKE", "AMTSGERICHT BOCHUM", "LUFTHANSA", "STADTBIBLIOTHEK", "BAUHAUS GMBH"], df=dmy(".")),
    "fr": dict(g=["HERVÉ", "MAËLLE", "GRÉGOIRE", "COLETTE", "THIBAULT", "HÉLOÏSE", "BENOÎT", "ODILE"],
               s=["LEMAÎTRE", "DESCHAMPS", "FAUCHEUX", "BOURGEOIS", "RIVIÈRE", "GUÉRIN", "TROUILLARD", "COLLIN"],
               syl=["mar", "cel", "bou", "ran", "tis", "fo"], end=["ard", "elle", "ot"],
               name=["NOM", "NOM PRÉNOM", "NOM DU PATIENT", "PASSAGER", "LECTEUR"],
               sur="NOM", giv="PRÉNOMS", sig=["SIGNÉ", "SIGNATURE", "LU ET APPROUVÉ"], tm=["M.", "MR"], tf=["MME", "MLLE"],
               town=["CLERMONT-FERRAND", "SAINT-ÉTIENNE", "BESANÇON", "PERPIGNAN", "QUIMPER"],
               org=["PHARMACIE DU CENTRE", "TRIBUNAL JUDICIAIRE", "AIR FRANCE", "MÉDIATHÈQUE", "CARREFOUR SAS"], df=dmy("/")),
    "nl": dict(g=["GERRIT", "ANTJE", "MAARTEN", "FEMKE", "TEUNIS", "GRIETJE", "WOUTER", "LIEKE"],
               s=["VAN DIJK", "OOSTERHUIS", "VERBEEK", "DE GROOT", "HOEKSTRA", "VAN DEN BERG", "SCHUURMAN", "BLOEMENDAAL"],
               syl=["wil", "hen", "dro", "pie", "sto", "lo"], end=["ink", "stra", "huis"],
               name=["NAAM", "NAAM EN VOORLETTERS", "PATIËNT", "PASSAGIER", "LENER"],
               sur="ACHTERNAAM", giv="VOORNAMEN", sig=["GET.", "HANDTEKENING", "W.G."], tm=["DHR.", "DE HEER"], tf=["MEVR.", "MW."],
               town=["APELDOORN", "'S-HERTOGENBOSCH", "LEEUWARDEN", "ZWOLLE", "DEVENTER"],
               org=["APOTHEEK DE LINDE", "RECHTBANK GELDERLAND", "KLM", "OPENBARE BIBLIOTHEEK", "JUMBO BV"], df=dmy("-")),
    "es": dict(g=["INMACULADA", "FULGENCIO", "ROCÍO", "BONIFACIO", "ASUNCIÓN", "EVARISTO", "MILAGROS", "CEFERINO"],
               s=["GARCÍA MÁRQUEZ", "ECHEVERRÍA", "NÚÑEZ", "ARRIBAS", "VILLANUEVA", "CASTAÑO", "OTXOA", "PEÑALVER"],
               syl=["ga", "rri", "mon", "te", "al", "vi"], end=["ez", "ena", "edo"],
               name=["NOMBRE", "APELLIDOS Y NOMBRE", "PACIENTE", "PASAJERO", "SOCIO"],
               sur="APELLIDOS", giv="NOMBRE", sig=["FDO.", "FIRMA", "FIRMADO"], tm=["SR.", "D."], tf=["SRA.", "DÑA."],
               town=["ALCALÁ DE HENARES", "JEREZ", "PONFERRADA", "BADAJOZ", "LOGROÑO"],
               org=["FARMACIA LDO. PÉREZ", "JUZGADO DE PAZ", "IBERIA", "BIBLIOTECA MUNICIPAL", "MERCADONA SA"], df=dmy("/")),
    "it": dict(g=["ERMENEGILDO", "ASSUNTA", "CALOGERO", "NUNZIA", "OTTAVIO", "GRAZIELLA", "SALVATORE", "RITA"],
               s=["DELL'ACQUA", "SCARPELLI", "MANCUSO", "D'ANGELO", "FERRARESE", "QUAGLIA", "BONACCORSO", "RIZZI"],
               syl=["ma", "ron", "gi", "cel", "tu", "pa"], end=["elli", "ucci", "ato"],
               name=["NOME", "COGNOME E NOME", "PAZIENTE", "PASSEGGERO", "UTENTE"],
               sur="COGNOME", giv="NOME", sig=["FIRMATO", "FIRMA", "F.TO"], tm=["SIG.", "SIG"], tf=["SIG.RA", "SIG.NA"],
               town=["REGGIO EMILIA", "LA SPEZIA", "CASERTA", "TREVISO", "AGRIGENTO"],
               org=["FARMACIA COMUNALE", "TRIBUNALE DI BARI", "ITA AIRWAYS", "BIBLIOTECA CIVICA", "ESSELUNGA SPA"], df=dmy("/")),
    "pt": dict(g=["ADELAIDE", "JOAQUIM", "CONCEIÇÃO", "ABÍLIO", "FÁTIMA", "ALCIDES", "ROSÁRIO", "EDUARDO"],
               s=["GONÇALVES", "SEQUEIRA", "VASCONCELOS", "PINHEIRO", "ASSUNÇÃO", "TAVARES", "BRANDÃO", "QUINTAS"],
               syl=["fa", "lu", "cor", "ne", "bi", "tra"], end=["eiro", "ado", "ões"],
               name=["NOME", "NOME COMPLETO", "UTENTE", "PASSAGEIRO", "LEITOR"],
               sur="APELIDOS", giv="NOMES PRÓPRIOS", sig=["ASS.", "ASSINATURA", "ASSINADO"], tm=["SR.", "EXMO. SR."], tf=["SRA.", "D."],
               town=["VILA NOVA DE GAIA", "SETÚBAL", "VISEU", "GUIMARÃES", "ÉVORA"],
               org=["FARMÁCIA CENTRAL", "TRIBUNAL DA COMARCA", "TAP AIR PORTUGAL", "BIBLIOTECA MUNICIPAL", "CONTINENTE SA"], df=dmy("-")),
    "pl": dict(g=["JADWIGA", "ZBIGNIEW", "BOŻENA", "WIESŁAW", "HALINA", "GRZEGORZ", "ELŻBIETA", "MIROSŁAW"],
               s=["KOWALSKI", "WIŚNIEWSKA", "DĄBROWSKI", "SZCZEPAŃSKA", "ZIELIŃSKI", "WÓJCIK", "KACZMAREK", "PAWŁOWSKA"],
               syl=["kra", "bor", "wi", "sze", "mo", "la"], end=["owski", "czyk", "ewska"],
               name=["NAZWISKO I IMIĘ", "NAZWISKO IMIĘ", "PACJENT", "PASAŻER", "CZYTELNIK"],
               sur="NAZWISKO", giv="IMIONA", sig=["PODPIS", "PODP.", "(-)"], tm=["PAN", "P."], tf=["PANI", "P."],
               town=["BIELSKO-BIAŁA", "ZIELONA GÓRA", "RZESZÓW", "OPOLE", "TORUŃ"],
               org=["APTEKA POD ORŁEM", "SĄD REJONOWY", "LOT", "BIBLIOTEKA MIEJSKA", "BIEDRONKA SP. Z O.O."], df=dmy(".")),
    "cs": dict(g=["JAROSLAV", "LUDMILA", "BOHUMIL", "VĚRA", "ZDENĚK", "JIŘINA", "MILOSLAV", "DAGMAR"],
               s=["DVOŘÁK", "NOVOTNÁ", "ČERNÝ", "PROCHÁZKOVÁ", "KŘÍŽ", "SVOBODOVÁ", "HÁJEK", "POSPÍŠILOVÁ"],
               syl=["bo", "hu", "sla", "ra", "ně", "vo"], end=["ák", "ová", "ek"],
               name=["JMÉNO", "PŘÍJMENÍ A JMÉNO", "PACIENT", "CESTUJÍCÍ", "ČTENÁŘ"],
               sur="PŘÍJMENÍ", giv="JMÉNA", sig=["PODPIS", "V.R.", "PODEPSÁN"], tm=["PAN", "P."], tf=["PANÍ", "SL."],
               town=["ČESKÉ BUDĚJOVICE", "HRADEC KRÁLOVÉ", "JIHLAVA", "ZLÍN", "KLADNO"],
               org=["LÉKÁRNA U ANDĚLA", "OKRESNÍ SOUD", "ČSA", "MĚSTSKÁ KNIHOVNA", "ALBERT ČR S.R.O."], df=dmy(".")),
    "hu": dict(g=["ISTVÁN", "ERZSÉBET", "LÁSZLÓ", "ILONA", "GÁBOR", "KATALIN", "ZOLTÁN", "MÁRTA"],
               s=["NAGY", "KOVÁCS", "TÓTH", "SZŰCS", "VARGA", "HORVÁTH", "FEKETE", "BALOGH"],
               syl=["bé", "ke", "szi", "lo", "má", "gyu"], end=["ffy", "ási", "ányi"],
               name=["NÉV", "NÉV (SZÜL.)", "BETEG NEVE", "UTAS", "OLVASÓ"],
               sur="CSALÁDI NÉV", giv="UTÓNÉV", sig=["ALÁÍRÁS", "S.K.", "ALÁÍRVA"], tm=["ÚR", "DR."], tf=["ASSZONY", "DR."],
               town=["SZÉKESFEHÉRVÁR", "NYÍREGYHÁZA", "KECSKEMÉT", "EGER", "SOPRON"],
               org=["ARANY SAS PATIKA", "JÁRÁSBÍRÓSÁG", "WIZZ AIR", "VÁROSI KÖNYVTÁR", "SPAR KFT."], df=ymd_(". ")),
    "tr": dict(g=["HATİCE", "MUSTAFA", "ZEYNEP", "HÜSEYİN", "EMİNE", "İBRAHİM", "GÜLSÜM", "RAMAZAN"],
               s=["YILDIRIM", "ÖZTÜRK", "ŞAHİN", "ÇELİK", "AYDIN", "KOÇ", "ÖZDEMİR", "ERDOĞAN"],
               syl=["ka", "ya", "dı", "ser", "tu", "mer"], end=["oğlu", "can", "ay"],
               name=["ADI SOYADI", "AD SOYAD", "HASTA", "YOLCU", "ÜYE"],
               sur="SOYADI", giv="ADI", sig=["İMZA", "İMZALAYAN", "İMZ."], tm=["BAY", "SAYIN"], tf=["BAYAN", "SAYIN"],
               town=["ESKİŞEHİR", "GAZİANTEP", "TRABZON", "KAYSERİ", "MALATYA"],
               org=["ŞİFA ECZANESİ", "ASLİYE HUKUK MAHKEMESİ", "PEGASUS", "İL HALK KÜTÜPHANESİ", "MİGROS A.Ş."], df=dmy(".")),
    "ro": dict(g=["GHEORGHE", "FLORICA", "VASILE", "ELENA", "CONSTANTIN", "MARIOARA", "DUMITRU", "VIORICA"],
               s=["POPESCU", "IONESCU", "DUMITRESCU", "STĂNESCU", "CONSTANTINESCU", "MUNTEANU", "BĂLAN", "ȚURCANU"],
               syl=["ra", "du", "mi", "te", "ni", "co"], end=["escu", "eanu", "aș"],
               name=["NUME", "NUMELE ȘI PRENUMELE", "PACIENT", "PASAGER", "CITITOR"],
               sur="NUMELE", giv="PRENUMELE", sig=["SEMNĂTURA", "SS", "SEMNAT"], tm=["DL.", "DOMNUL"], tf=["DNA.", "DOAMNA"],
               town=["CONSTANȚA", "BRAȘOV", "PLOIEȘTI", "SIBIU", "SUCEAVA"],
               org=["FARMACIA CATENA", "JUDECĂTORIA SECTOR 3", "TAROM", "BIBLIOTECA JUDEȚEANĂ", "KAUFLAND SRL"], df=dmy(".")),
    "sv": dict(g=["ASTRID", "GUNNAR", "BRITT-MARIE", "STIG", "INGEGERD", "TORBJÖRN", "SIV", "HÅKAN"],
               s=["LINDQVIST", "BERGSTRÖM", "SJÖBERG", "ÅKESSON", "HOLMGREN", "NYSTRÖM", "WALLIN", "ENGSTRÖM"],
               syl=["ber", "lun", "sjö", "tor", "vi", "ek"], end=["sson", "lund", "gren"],
               name=["NAMN", "EFTERNAMN, FÖRNAMN", "PATIENT", "PASSAGERARE", "LÅNTAGARE"],
               sur="EFTERNAMN", giv="FÖRNAMN", sig=["UNDERSKRIFT", "SIGN.", "UNDERTECKNAT"], tm=["HERR"], tf=["FRU", "FRÖKEN"],
               town=["NORRKÖPING", "JÖNKÖPING", "SUNDSVALL", "KARLSTAD", "GÄVLE"],
               org=["APOTEKET HJÄRTAT", "TINGSRÄTT", "SAS", "STADSBIBLIOTEKET", "ICA MAXI AB"], df=dmy("-")),
    "da": dict(g=["KNUD", "BIRGITTE", "PREBEN", "LONE", "SØREN", "METTE", "ARNE", "GRETHE"],
               s=["JØRGENSEN", "MØLLER", "KRISTENSEN", "SKOVGAARD", "LAURSEN", "DAMGAARD", "THOMSEN", "BÆKGAARD"],
               syl=["sø", "kri", "bo", "dal", "ha", "ste"], end=["sen", "gaard", "holm"],
               name=["NAVN", "FULDE NAVN", "PATIENT", "PASSAGER", "LÅNER"],
               sur="EFTERNAVN", giv="FORNAVNE", sig=["UNDERSKRIFT", "SIGN.", "UNDERSKREVET"], tm=["HR."], tf=["FRU", "FRK."],
               town=["ESBJERG", "HERNING", "SVENDBORG", "VIBORG", "HILLERØD"],
               org=["LØVE APOTEK", "BYRETTEN", "NORWEGIAN", "HOVEDBIBLIOTEKET", "NETTO APS"], df=dmy("-")),
}
LANGS = list(L)
GLOBAL = [("OLUWASEUN", "ADEYEMI"), ("NAVEEN", "KRISHNAMURTHY"), ("MEI LING", "TAN"), ("KOJO", "BOATENG"),
          ("FARHAD", "RAHIMI"), ("NGOC ANH", "TRAN"), ("CHUKWUEMEKA", "OBI"), ("SIOBHÁN", "NÍ BHRIAIN"),
          ("RANIA", "HADDAD"), ("JI-WOO", "KANG"), ("WIREMU", "TE AWA"), ("ABEBE", "GIRMA"),
          ("GURPREET", "GILL"), ("YUPANQUI", "MAMANI"), ("SATOSHI", "WATANABE"), ("AMARA", "DIALLO")]
STAMPS = ["RECEIVED", "COPY", "URGENT", "FAXED", "PAID", "ENTERED", "EINGEGANGEN", "KOPIE", "EILT", "REÇU",
          "COPIE", "ONTVANGEN", "RECIBIDO", "COPIA", "URGENTE", "PERVENUTO", "WPŁYNĘŁO", "PILNE", "DORUČENO",
          "ÉRKEZETT", "GELEN EVRAK", "PRIMIT", "INKOMMEN", "MODTAGET", "DUPLICATE", "VOID", "FILED"]
DRUGS = ["AMOXICILLIN 500MG", "METFORMIN 850 MG", "RAMIPRIL 5MG", "BISOPROLOL 2.5 MG", "ATORVASTATIN 20MG",
         "IBUPROFEN 400", "PARACETAMOL 1G", "OMEPRAZOL 20 MG", "LEVOTHYROXIN 75", "SALBUTAMOL INH", "WARFARIN 3MG",
         "DICLOFENAC GEL", "SERTRALINE 50 MG", "PREDNISOLON 5MG", "FUROSEMID 40", "CLOPIDOGREL 75MG"]
DOSES = ["1-0-1", "1X DAILY", "2 X TGL.", "3 X 1", "BD", "TDS", "NOCTE", "PRN", "1 CP/DIE", "1 TABL. RANO"]
WARDS = ["WARD 7B", "STATION 4", "ONCOLOGY", "CARDIOLOGIE", "AFD. INTERNE", "ORTOPEDIA", "PEDIATRIA", "ODDZIAŁ 3",
         "INTERNA B", "DAHİLİYE", "A&E", "GERIATRIE", "CHIRURGIA", "MEDICINSKA 2", "ITU"]
COLS = ["NAME", "SURNAME", "FORENAMES", "NO.", "AGE", "SEX", "OCCUPATION", "RELATION TO HEAD", "BIRTHPLACE",
        "NAZWISKO IMIĘ", "NOM PRÉNOM", "COGNOME NOME", "APELLIDOS", "BERUF", "STAND", "ESTADO CIVIL",
        "CONDITION", "HEAD", "WIFE", "SON", "DAUR", "LODGER", "SERVANT", "DAUGHTER"]
OCCUP = ["FARM LABOURER", "SCHOOLMISTRESS", "BLACKSMITH", "WEBER", "TAILLEUR", "SMID", "ZAPATERO", "SARTO",
         "PADEIRO", "ROLNIK", "KOVÁŘ", "FÖLDMŰVES", "ÇİFTÇİ", "PLUGAR", "DRÄNG", "TJENESTEPIGE", "SCHOLAR", "CLERK"]
REL = ["HEAD", "WIFE", "SON", "DAUR", "DAUGHTER", "SERVANT", "LODGER", "BOARDER", "GRANDSON", "VISITOR"]
AIRCODES = ["LHR", "FRA", "CDG", "AMS", "MAD", "FCO", "LIS", "WAW", "PRG", "BUD", "IST", "OTP", "ARN", "CPH",
            "JFK", "DXB", "MAN", "MUC"]
CHARGES = ["THEFT", "BURGLARY", "AFFRAY", "DRINK DRIVING", "FRAUD", "CRIMINAL DAMAGE", "DIEBSTAHL", "VOL",
           "DIEFSTAL", "HURTO", "FURTO", "ROUBO", "KRADZIEŻ", "KRÁDEŽ", "LOPÁS", "HIRSIZLIK", "FURT", "STÖLD", "TYVERI"]
PAYWORDS = ["BASIC PAY", "OVERTIME", "TAX", "NAT. INS.", "PENSION", "GRUNDGEHALT", "LOHNSTEUER", "SALAIRE DE BASE",
            "BRUTO LOON", "SUELDO BASE", "RETRIBUZIONE", "VENCIMENTO", "WYNAGRODZENIE", "HRUBÁ MZDA", "ALAPBÉR",
            "BRÜT ÜCRET", "SALARIU BRUT", "GRUNDLÖN", "GRUNDLØN", "NET PAY", "DEDUCTIONS"]
BOOKS = ["WAR AND PEACE", "THE HOBBIT", "DER PROZESS", "LES MISÉRABLES", "MAX HAVELAAR", "DON QUIJOTE",
         "IL GATTOPARDO", "OS LUSÍADAS", "PAN TADEUSZ", "ŠVEJK", "EGRI CSILLAGOK", "KÜRK MANTOLU MADONNA",
         "ION", "RÖDA RUMMET", "NILS HOLGERSSON", "EMMA", "MOBY DICK"]
SEPS = ["  ", "   ", " . ", " ¦ ", " | ", " ~ ", "\t", ": ", ": ", " : ", " .. ", " ¦  ", " _ "]
GAPS = ["  ", "   ", "\t", " | ", " ¦ ", " ~ ", "    ", " . "]
NEXT = ["DOB", "D.O.B.", "AGE", "WARD", "SEAT", "GATE", "NHS NO", "GEB.", "NÉ LE", "GEB. DAT.", "F. NAC.",
        "NATO IL", "DATA UR.", "NAR.", "SZÜL.", "D. TARİHİ", "NĂSCUT", "FÖDD", "FØDT", "SEX", "NR.", "TEL"]
MRZ_STATE = {"en": "GBR", "de": "D<<", "fr": "FRA", "nl": "NLD", "es": "ESP", "it": "ITA", "pt": "PRT", "pl": "POL",
             "cs": "CZE", "hu": "HUN", "tr": "TUR", "ro": "ROU", "sv": "SWE", "da": "DNK"}
PASSWORDS = {"en": ("PASSPORT", "SURNAME", "GIVEN NAMES"), "de": ("REISEPASS", "NAME / SURNAME", "VORNAMEN / GIVEN NAMES"),
             "fr": ("PASSEPORT", "NOM / SURNAME", "PRÉNOMS / GIVEN NAMES"), "nl": ("PASPOORT", "NAAM / SURNAME", "VOORNAMEN / GIVEN NAMES"),
             "es": ("PASAPORTE", "APELLIDOS / SURNAME", "NOMBRE / GIVEN NAMES"), "it": ("PASSAPORTO", "COGNOME / SURNAME", "NOME / GIVEN NAMES"),
             "pt": ("PASSAPORTE", "APELIDO / SURNAME", "NOME / GIVEN NAMES"), "pl": ("PASZPORT", "NAZWISKO / SURNAME", "IMIONA / GIVEN NAMES"),
             "cs": ("CESTOVNÍ PAS", "PŘÍJMENÍ / SURNAME", "JMÉNO / GIVEN NAMES"), "hu": ("ÚTLEVÉL", "CSALÁDI NÉV / SURNAME", "UTÓNÉV / GIVEN NAMES"),
             "tr": ("PASAPORT", "SOYADI / SURNAME", "ADI / GIVEN NAMES"), "ro": ("PAȘAPORT", "NUME / SURNAME", "PRENUME / GIVEN NAMES"),
             "sv": ("PASS", "EFTERNAMN / SURNAME", "FÖRNAMN / GIVEN NAMES"), "da": ("PAS", "EFTERNAVN / SURNAME", "FORNAVNE / GIVEN NAMES")}


def invent(lg, surname):
    d = L[lg]
    w = "".join(rng.choice(d["syl"]) for _ in range(rng.choice((2, 2, 3))))
    if surname:
        w += rng.choice(d["end"])
    return w.upper()


FOLD = str.maketrans("ÀÁÂÄÃÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÖÕØÙÚÛÜÝŁŃŚŹŻĄĘĆŘŠČŽŮĚŤĎŇŐŰĂȘȚŞĞİ",
                     "AAAAAAACEEEEIIIINOOOOOOUUUUYLNSZZAECRSCZUETDNOUASTSGI")


def ocr(v, p=0.4):
    """With probability p one OCR error inside the name, kept gold as printed: l or 1 for I, 0
    for O, 5 for S, 8 for B, rn for M, vv for W, cl for D, or every accent lost (MULLER)."""
    if rng.random() >= p:
        return v
    k = rng.randrange(4)
    if k == 0 and v != v.translate(FOLD):
        return v.translate(FOLD)
    subs = {"I": ["l", "1"], "O": ["0"], "S": ["5"], "B": ["8"], "M": ["RN", "rn"], "W": ["VV"], "D": ["CL"],
            "E": ["F"], "N": ["H"]}
    cand = [i for i, c in enumerate(v) if c in subs and i > 0 and v[i - 1].isalpha()]
    if not cand:
        return v
    i = rng.choice(cand)
    return v[:i] + rng.choice(subs[v[i]]) + v[i + 1:]


class Person:
    def __init__(self, lg):
        d, k = L[lg], rng.random()
        if k < 0.2:
            self.g, self.s = rng.choice(GLOBAL)
        elif k < 0.6:
            self.g, self.s = rng.choice(d["g"]), rng.choice(d["s"])
            if rng.random() < 0.25:
                self.g += " " + rng.choice(d["g"])
        else:
            self.g, self.s = invent(lg, False), invent(lg, True)
        self.lg = lg
        self.ymd = (rng.randint(1920, 2010), rng.randint(1, 12), rng.randint(1, 28))
        self.male = rng.random() < 0.5

    def full(self, surfirst=False, p=0.4):
        if surfirst or self.lg == "hu" and (self.g, self.s) not in GLOBAL:
            v = self.s + (", " if surfirst and rng.random() < 0.5 else " ") + self.g
        else:
            v = self.g + " " + self.s
        return ocr(v, p)

    def dob(self):
        y, m, d = self.ymd
        return L[self.lg]["df"](y, m, d)

    def title(self):
        d = L[self.lg]
        return rng.choice(d["tm"] if self.male else d["tf"])


def other_date(lg, y0=2019, y1=2027):
    return L[lg]["df"](rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def ident(k=None):
    k = rng.randrange(5) if k is None else k
    if k == 0:
        return "%s-%d/%d" % (rng.choice(["RX", "REF", "AZ", "RG", "CASE"]), rng.randint(10, 9999), rng.randint(19, 26))
    if k == 1:
        return "%d%s" % (rng.randint(100000, 9999999), rng.choice(["", "A", "/B"]))
    if k == 2:
        return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + str(rng.randint(1000, 99999))
    if k == 3:
        return "%s %d" % (rng.choice(["FORM", "FORMULAR", "MOD.", "DRUK", "F."]), rng.randint(2, 120))
    return "%04d %04d" % (rng.randrange(10000), rng.randrange(10000))


class R(Spans):
    """One scanned page (or pages): text, spans, where the pages meet."""

    def __init__(self, lg, cls):
        Spans.__init__(self)
        self.lg, self.cls, self.dom = lg, cls, None
        self.pages = []

    def gap(self):
        return self.t(rng.choice(GAPS))

    def lab(self, w, p=0.35):
        if rng.random() < p:
            w = misread_label(w)
        return self.t(w + rng.choice(SEPS))

    def name(self, v, run_on=False):
        """A name cell: whole, split by a line-end hyphen inside a long word, or run into the next
        column by one space (the next cell a field word)."""
        words = v.split(" ")
        r = rng.random()
        if r < 0.12:
            cand = [(i, w) for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
            if cand:
                i, w = rng.choice(cand)
                k = rng.randint(3, len(w) - 3)
                self.span("PERSON", " ".join(words[:i] + [w[:k]])).t(rng.choice(["-\n", "-\n  ", "¬\n", "-\n\t"]))
                return self.span("PERSON", w[k:] + "".join(" " + x for x in words[i + 1:]))
        self.span("PERSON", v)
        if run_on or r > 0.85:
            self.t(" " + rng.choice(NEXT) + rng.choice([" ", ": ", " . "]))
            return self
        return self

    def neg(self, label, v):
        return self.span(label, v)

    def stamp(self):
        return self.t(rng.choice(["*** ", "[", "", "-- "])).span("NEG_LABEL", rng.choice(STAMPS)).t(rng.choice([" ***", "]", "", " --"]))

    def header(self, page, pages, title):
        k = rng.randrange(3)
        if k == 0:
            self.span("NEG_TITLE", title).t("   ").span("NEG_ID", "%s %d/%d" % (rng.choice(["PAGE", "SEITE", "P.", "STR.", "OLDAL", "SAYFA", "SIDA"]), page, pages)).t("\n")
        elif k == 1:
            self.t(rng.choice(["FAX ", "FROM ", "VON ", "DE ", ""])).span("PHONE_NUMBER", "+%d %d %04d" % (rng.randint(30, 49), rng.randint(10, 99), rng.randrange(10000))).gap().span("NEG_DATE", other_date(self.lg)).gap().t("P.%d\n" % page)
        else:
            self.t("=== ").span("NEG_TITLE", title).t(" === %d ===\n" % page)

    def newpage(self, page, pages, title):
        self.pages.append(len(self.text))
        self.header(page, pages, title)

    def mrz_names(self, head, surname, given, width):
        return Doc.mrz_names(self, head, surname, given, width)


DOCS, done = collector()


def sig(r, p):
    """A signature line: the signature word, an initial and the surname (or the whole name)."""
    d = L[r.lg]
    r.t(rng.choice(d["sig"]) + rng.choice([": ", " ", "  ", " ... ", ": ____ "]))
    if rng.random() < 0.5:
        r.t(rng.choice(["DR. ", "DR ", "", "", "LEK. ", "MUDR. "])).span("PERSON", "%s. %s" % (p.g[0], ocr(p.s, 0.3)))
    else:
        r.span("PERSON", p.full(p=0.3))
    return r


def titled(r, p, surfirst=False):
    r.t(p.title() + " ")
    return r.name(p.full(surfirst))


def name_cell(r, p):
    """The person under one of five label shapes."""
    d = L[r.lg]
    k = rng.randrange(6)
    if k == 0:
        r.lab(rng.choice(d["name"])).name(p.full())
    elif k == 1:
        r.lab(rng.choice(d["name"])).name(p.full(surfirst=True))
    elif k == 2:
        r.lab(d["sur"]).name(ocr(p.s)).gap().lab(d["giv"]).name(ocr(p.g, 0.25))
    elif k == 3:
        r.lab(d["sur"] + " / " + d["giv"]).span("PERSON", ocr(p.s)).t(rng.choice(["\n", "\n    ", "\n\t"])).span("PERSON", ocr(p.g, 0.2))
    elif k == 4:
        r.lab(rng.choice(d["name"])).t(p.title() + " ").name(p.full())
    else:
        r.lab(rng.choice(d["name"])).name(p.full(surfirst=True), run_on=True)
    return r


# ---- the domains -------------------------------------------------------------------------------
def prescription(lg):
    """A faxed pharmacy prescription: fax header, pharmacy, patient (and birth), drugs and doses,
    ward, prescriber's signature, stamp."""
    d = L[lg]
    r, p, doc = R(lg, "prescription"), Person(lg), Person(lg)
    r.header(1, 1, rng.choice(["PRESCRIPTION", "REZEPT", "ORDONNANCE", "RECEPT", "RECETA", "RICETTA", "RECEITA", "RECEPTA"]))
    r.span("NEG_ORG", rng.choice(d["org"][:1] + ["APOTHEKE AM MARKT", "FARMACIA SAN MARCO", "APOTEKET KRONAN"])).gap().stamp().t("\n")
    name_cell(r, p)
    if rng.random() < 0.6:
        r.t(rng.choice(GAPS)).t(rng.choice(["DOB ", "GEB. ", "NÉ LE ", "F.NAC. ", "UR. ", "D.O.B. "])).span("DATE_OF_BIRTH", p.dob())
    r.t("\n")
    for _ in range(rng.randint(1, 3)):
        r.t(rng.choice(["RX ", "", "- ", "1. "])).span("NEG_PRODUCT", rng.choice(DRUGS)).gap().span("NEG_LABEL", rng.choice(DOSES)).t("\n")
    r.span("NEG_LABEL", rng.choice(WARDS)).gap().t("BED %d\n" % rng.randint(1, 30))
    sig(r, doc).t("\n")
    if rng.random() < 0.5:
        r.stamp().t(" ").span("NEG_DATE", other_date(lg)).t("\n")
    done(r)


BANNS = {"en": ("BANNS OF MARRIAGE", "BETWEEN", "AND", "OF THIS PARISH", "BACHELOR", "SPINSTER"),
         "de": ("AUFGEBOT", "ZWISCHEN", "UND", "AUS DIESER GEMEINDE", "LEDIG", "LEDIG"),
         "fr": ("PUBLICATION DE MARIAGE", "ENTRE", "ET", "DE CETTE PAROISSE", "CÉLIBATAIRE", "CÉLIBATAIRE"),
         "nl": ("HUWELIJKSAANGIFTE", "TUSSEN", "EN", "UIT DEZE PAROCHIE", "JONGMAN", "JONGEDOCHTER"),
         "es": ("AMONESTACIONES", "ENTRE", "Y", "DE ESTA PARROQUIA", "SOLTERO", "SOLTERA"),
         "it": ("PUBBLICAZIONI DI MATRIMONIO", "TRA", "E", "DI QUESTA PARROCCHIA", "CELIBE", "NUBILE"),
         "pt": ("PROCLAMAS DE CASAMENTO", "ENTRE", "E", "DESTA FREGUESIA", "SOLTEIRO", "SOLTEIRA"),
         "pl": ("ZAPOWIEDZI", "MIĘDZY", "I", "Z TUTEJSZEJ PARAFII", "KAWALER", "PANNA"),
         "cs": ("OHLÁŠKY", "MEZI", "A", "Z TÉTO FARNOSTI", "SVOBODNÝ", "SVOBODNÁ"),
         "hu": ("HÁZASSÁGI HIRDETÉS", "KÖZÖTT", "ÉS", "E PLÉBÁNIÁBÓL", "NŐTLEN", "HAJADON"),
         "tr": ("EVLENME İLANI", "İLE", "VE", "BU MAHALLEDEN", "BEKAR", "BEKAR"),
         "ro": ("VESTIRI DE CĂSĂTORIE", "ÎNTRE", "ȘI", "DIN ACEASTĂ PAROHIE", "NECĂSĂTORIT", "NECĂSĂTORITĂ"),
         "sv": ("LYSNING", "MELLAN", "OCH", "I DENNA FÖRSAMLING", "UNGKARL", "UNGMÖ"),
         "da": ("LYSNING", "MELLEM", "OG", "AF DETTE SOGN", "UNGKARL", "PIGE")}


def banns(lg):
    """A scanned marriage banns page: the parish, two couples a page in running capitals, the
    parishes and towns, the incumbent's signature, repeated page header."""
    d, w = L[lg], BANNS[lg]
    r = R(lg, "banns")
    n = rng.randint(1, 2)
    for k in range(n):
        if k:
            r.newpage(k + 1, n, w[0])
        else:
            r.span("NEG_TITLE", w[0]).gap().span("NEG_PLACE", rng.choice(d["town"])).t("\n")
        a, b = Person(lg), Person(lg)
        a.male, b.male = True, False
        r.t(w[1] + " ").name(a.full(rng.random() < 0.3)).t(" " + w[4] + " ")
        r.span("NEG_PLACE", rng.choice(d["town"])).t("\n" if rng.random() < 0.5 else " ")
        r.t(w[2] + " ").name(b.full(rng.random() < 0.3)).t(" " + w[5] + " " + w[3] + "\n")
        r.t(rng.choice(["1ST TIME ", "I. ", "ERSTES MAL ", "1RE ", "1. "])).span("NEG_DATE", other_date(lg, 1950, 1990)).t("\n")
    sig(r, Person(lg)).t(rng.choice(["  VICAR", "  PFARRER", "  CURÉ", "  PASTOOR", "  PÁRROCO", "  PARROCO", "  PROBOSZCZ", ""])).t("\n")
    done(r)


def boarding(lg):
    """An OCR'd boarding card: passenger as SURNAME/GIVEN MR, flight, from/to, gate, seat,
    airline, sequence number."""
    d = L[lg]
    r, p = R(lg, "boarding"), Person(lg)
    r.span("NEG_ORG", rng.choice(["LUFTHANSA", "KLM", "IBERIA", "WIZZ AIR", "SAS", "RYANAIR", "TAROM", "LOT"] + d["org"][2:3])).gap()
    r.span("NEG_TITLE", rng.choice(["BOARDING PASS", "BORDKARTE", "CARTE D'EMBARQUEMENT", "INSTAPKAART", "TARJETA DE EMBARQUE", "KARTA POKŁADOWA"])).t("\n")
    k = rng.randrange(3)
    lab = rng.choice(["NAME OF PASSENGER", "PASSENGER", "NAME", "PASSAGIER", "PASSAGER", "PASAJERO", "PASAŻER", d["name"][3]])
    r.lab(lab)
    sur = ocr(p.s.replace(" ", ""), 0.3)
    giv = p.g.split(" ")[0]
    if k == 0:
        r.span("PERSON", sur).t("/").span("PERSON", giv).t(" " + rng.choice(["MR", "MRS", "MS", "MSTR", "DR"]))
    elif k == 1:
        r.span("PERSON", sur + "/" + giv + (rng.choice(["MR", "MRS", "MS"]) if rng.random() < 0.4 else ""))
    else:
        r.name(p.full(rng.random() < 0.5))
    r.t("\n")
    r.t("FROM ").span("NEG_ID", rng.choice(AIRCODES)).t(" ").span("NEG_PLACE", rng.choice(d["town"])).gap()
    r.t("TO ").span("NEG_ID", rng.choice(AIRCODES)).t("\n")
    r.t("FLIGHT ").span("NEG_ID", "%s %d" % (rng.choice(["LH", "KL", "IB", "W6", "SK", "FR", "RO", "LO"]), rng.randint(100, 9999)))
    r.gap().t("GATE ").span("NEG_LABEL", "%s%d" % (rng.choice("ABCDEFZ"), rng.randint(1, 60))).gap()
    r.t("SEAT ").span("NEG_LABEL", "%d%s" % (rng.randint(1, 40), rng.choice("ABCDEF"))).gap()
    r.t(rng.choice(["SEQ ", "BOARDING "])).span("NEG_ID", "%03d" % rng.randint(1, 300)).t("\n")
    r.t(rng.choice(["ZONE ", "GROUP ", "GRUPPE "])).span("NEG_LABEL", rng.choice(["PRIORITY", "SKY PRIORITY", "3", "B"])).t("\n")
    done(r)


def check_digit(s):
    w, t = [7, 3, 1], 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else (0 if c == "<" else ord(c) - 55)
        t += v * w[i % 3]
    return str(t % 10)


def passport(lg):
    """A passport data page as OCR reads it: the visual zone's labelled surname and given names,
    nationality, birth, then the two MRZ lines (the names once more in line one)."""
    d, w = L[lg], PASSWORDS[lg]
    r, p = R(lg, "passport"), Person(lg)
    r.span("NEG_TITLE", w[0]).gap().span("NEG_ID", MRZ_STATE[lg].replace("<", "")).t("\n")
    sur, giv = ocr(p.s, 0.3), ocr(p.g, 0.2)
    r.lab(w[1], 0.25).span("PERSON", sur).t("\n")
    r.lab(w[2], 0.25).span("PERSON", giv).t("\n")
    y, m, dd = p.ymd
    if rng.random() < 0.7:
        r.t(rng.choice(["DATE OF BIRTH  ", "GEBURTSDATUM  ", "DATE DE NAISSANCE  ", "D.O.B. "])).span("DATE_OF_BIRTH", "%02d %s %d" % (dd, ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"][m - 1], y)).t("\n")
    r.t(rng.choice(["PLACE OF BIRTH  ", "GEBURTSORT  ", "LIEU DE NAISSANCE  "])).span("NEG_PLACE", rng.choice(d["town"])).t("\n")
    r.t(rng.choice(["AUTHORITY  ", "BEHÖRDE  ", "AUTORITÉ  "])).span("NEG_ORG", rng.choice(["HMPO", "STADT " + rng.choice(d["town"]), "PRÉFECTURE", "MINISTERIO DEL INTERIOR"])).t("\n\n")
    st = MRZ_STATE[lg]
    ms = p.s.translate(FOLD).replace(" ", "<").replace("'", "").replace("-", "<")
    mg = p.g.translate(FOLD).replace(" ", "<").replace("'", "").replace("-", "<")
    r.mrz_names("P<" + st, ms, mg, 44)
    r.t("\n")
    num = "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(9))
    b = "%02d%02d%02d" % (y % 100, m, dd)
    e = "%02d%02d%02d" % (rng.randint(26, 35), rng.randint(1, 12), rng.randint(1, 28))
    r.span("NEG_ID", num + check_digit(num) + st).span("DATE_OF_BIRTH", b)
    r.span("NEG_ID", check_digit(b) + rng.choice("MF") + e + check_digit(e) + "<" * 14 + "0" + str(rng.randrange(10))).t("\n")
    done(r)


def census(lg):
    """A microfilmed census sheet: column heads, a household's rows (number, name surname-first
    or not, relation, age, occupation, birthplace), a repeated sheet header on the next frame."""
    d = L[lg]
    r = R(lg, "census")
    frames = rng.randint(1, 2)
    title = rng.choice(["CENSUS 1921", "VOLKSZÄHLUNG 1939", "RECENSEMENT 1936", "VOLKSTELLING 1947", "CENSO 1930", "SPIS 1931", "SČÍTÁNÍ 1921", "FOLKRÄKNING 1930"])
    sep = rng.choice(["  ", "   ", " | ", " ¦ ", "\t"])
    for f in range(frames):
        if f:
            r.newpage(f + 1, frames, title)
        else:
            r.span("NEG_TITLE", title).gap().span("NEG_PLACE", rng.choice(d["town"])).gap().t("SHEET %d\n" % rng.randint(1, 90))
        heads = rng.sample(COLS, 4)
        r.span("NEG_LABEL", sep.join(heads)).t("\n")
        fam = Person(lg)
        for i in range(rng.randint(2, 4)):
            p = Person(lg)
            p.s = fam.s if i and rng.random() < 0.6 else p.s
            r.t("%d%s" % (rng.randint(1, 300), rng.choice([" ", ". ", "  "])))
            v = p.full(rng.random() < 0.5, 0.45)
            if i and p.s == fam.s and rng.random() < 0.4:
                v = ocr(p.g, 0.3)  # "do." families: the given name alone under the head
                r.t(rng.choice(["DO. ", "— ", "\" "]))
            r.name(v).t(sep).span("NEG_LABEL", rng.choice(REL)).t(sep).t(str(rng.randint(1, 80))).t(sep)
            r.span("NEG_LABEL", rng.choice(OCCUP)).t(sep).span("NEG_PLACE", rng.choice(d["town"])).t("\n")
    done(r)


def library(lg):
    """A scanned library card: library, borrower and card number, the loans (titles, due dates,
    the due-date stamps)."""
    d = L[lg]
    r, p = R(lg, "library"), Person(lg)
    r.span("NEG_ORG", d["org"][3]).gap().span("NEG_TITLE", rng.choice(["BORROWER'S CARD", "LESERKARTE", "CARTE DE LECTEUR", "LENERSPAS", "CARNÉ DE LECTOR", "TESSERA", "KARTA CZYTELNIKA"])).t("\n")
    name_cell(r, p)
    r.gap().t(rng.choice(["CARD NO ", "NR. ", "N° "])).span("NEG_ID", ident(1)).t("\n")
    for _ in range(rng.randint(2, 3)):
        r.span("NEG_PRODUCT", rng.choice(BOOKS)).gap().t(rng.choice(["DUE ", "RÜCKGABE ", "RETOUR ", ""])).span("NEG_DATE", other_date(lg, 1975, 2000)).t("\n")
    if rng.random() < 0.5:
        r.stamp().t("\n")
    done(r)


def court(lg):
    """A faxed court listing: the court, the date, rows of case number, defendant (surname first),
    charge, courtroom; the judge's name in the header."""
    d = L[lg]
    r = R(lg, "court")
    r.header(1, 1, rng.choice(["DAILY CAUSE LIST", "TERMINSROLLE", "RÔLE D'AUDIENCE", "ROL ZITTINGEN", "SEÑALAMIENTOS", "RUOLO UDIENZE", "WOKANDA"]))
    r.span("NEG_ORG", d["org"][1]).gap().t(rng.choice(["COURT ", "SAAL ", "SALLE ", "ZAAL ", "SALA "])).span("NEG_LABEL", str(rng.randint(1, 20))).t("\n")
    j = Person(lg)
    r.t(rng.choice(["BEFORE ", "VORSITZ: ", "PRÉSIDENT : ", "RECHTER ", "JUEZ: ", "GIUDICE ", "SĘDZIA "]))
    r.t(rng.choice(["HHJ ", "RI'IN ", "DR. ", "", "MR JUSTICE "])).span("PERSON", ocr(j.s, 0.3)).t("\n")
    sep = rng.choice(["  ", "   ", " | ", "\t", " ~ "])
    for _ in range(rng.randint(2, 4)):
        p = Person(lg)
        r.span("NEG_ID", ident(0)).t(sep)
        if rng.random() < 0.3:
            r.t(p.title() + " ")
        r.name(p.full(surfirst=rng.random() < 0.7)).t(sep).span("NEG_LABEL", rng.choice(CHARGES)).t(sep)
        r.t("%02d:%02d\n" % (rng.randint(9, 16), rng.choice([0, 15, 30, 45])))
    done(r)


def payslip(lg):
    """An OCR'd payslip: employer, employee and number, tax code, pay lines, net pay; the
    employee's name again in the address window."""
    d = L[lg]
    r, p = R(lg, "payslip"), Person(lg)
    r.span("NEG_ORG", d["org"][4]).gap().span("NEG_TITLE", rng.choice(["PAYSLIP", "LOHNABRECHNUNG", "BULLETIN DE PAIE", "LOONSTROOK", "NÓMINA", "BUSTA PAGA", "RECIBO DE VENCIMENTO", "PASEK PŁACOWY", "BORDRO"])).t("\n")
    if rng.random() < 0.5:
        r.t(p.title() + " ").name(p.full()).t("\n")
    name_cell(r, p)
    r.gap().t(rng.choice(["EMP NO ", "PERS.-NR. ", "MATRICULE ", "NR. "])).span("NEG_ID", ident(2)).t("\n")
    for _ in range(rng.randint(2, 4)):
        r.span("NEG_LABEL", rng.choice(PAYWORDS)).gap().t("%d.%02d\n" % (rng.randint(10, 4000), rng.randrange(100)))
    r.t(rng.choice(["PERIOD ", "ZEITRAUM ", "PÉRIODE ", "PERIODE "])).span("NEG_DATE", other_date(lg)).t("\n")
    done(r)


def lookalike(lg):
    """Pages in the same shapes with no person: capitals headers, wards, firms, drugs, stamps,
    towns, MRZ-like filler lines and ids under name-like labels."""
    d = L[lg]
    r = R(lg, "lookalike")
    r.span("NEG_ORG", rng.choice(d["org"])).gap().stamp().t("\n")
    r.span("NEG_LABEL", rng.choice(GAPS).join(rng.sample(COLS, 4))).t("\n")
    for _ in range(rng.randint(3, 5)):
        k = rng.randrange(7)
        if k == 0:
            r.span("NEG_PRODUCT", rng.choice(DRUGS)).gap().span("NEG_LABEL", rng.choice(DOSES))
        elif k == 1:
            r.span("NEG_LABEL", rng.choice(WARDS)).gap().span("NEG_PLACE", rng.choice(d["town"]))
        elif k == 2:
            r.lab(rng.choice(["DEPARTMENT", "ABTEILUNG", "SERVICE", "AFDELING", "DEPARTAMENTO", "REPARTO", "ODDZIAŁ"]), 0.3).span("NEG_LABEL", rng.choice(WARDS))
        elif k == 3:
            r.t("P<" + MRZ_STATE[lg] + "<" * 39)
        elif k == 4:
            r.lab(rng.choice(["SUPPLIER", "LIEFERANT", "FOURNISSEUR", "LEVERANCIER", "PROVEEDOR", "FORNITORE"]), 0.3).span("NEG_ORG", rng.choice(d["org"]))
        elif k == 5:
            r.stamp().t(" ").span("NEG_DATE", other_date(lg)).gap().span("NEG_ID", ident())
        else:
            r.span("NEG_LABEL", rng.choice(CHARGES)).gap().span("NEG_PLACE", rng.choice(d["town"]))
        r.t("\n")
    done(r)


ASKS = ["Transcribe this fax into the system, fields as JSON.", "Fix the OCR on this scan.",
        "Who is named on this page?", "Type this up for the file, please.",
        "Bitte diesen Scan abtippen.", "Peux-tu corriger l'OCR de ce document ?",
        "Kun je deze scan uittypen?", "Trascrivi questo documento scansionato."]
PLAN = [(prescription, 55), (banns, 40), (boarding, 45), (passport, 45), (census, 50), (library, 40),
        (court, 45), (payslip, 45), (lookalike, 60)]


def main():
    run_plan(PLAN, LANGS, 5)
    write_json(scan_records(rng, DOCS, LANGS, ASKS))


if __name__ == "__main__":
    main()
