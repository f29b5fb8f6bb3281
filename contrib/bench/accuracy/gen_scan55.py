#!/usr/bin/env python3
"""gen_scan55.py: births, streets and people in OCR and fax text in capitals, fifth round (branch
scan55). A tune set, written and committed before any detector rule was read or hush was run on
it, from the twenty-fourth blind set's public brief (its scanned family) and scan54's notes, in
domains no earlier scan/ocr corpus nor the brief lists: scanned old passport applications,
utility connection forms, apprenticeship indentures, funeral-home intake sheets, microfilmed
naturalisation registers, trade-union membership ledgers, hunting-licence applications,
allotment tenancy cards, faxed pension claims.

Shapes (metadata.class is the domain), weighted toward what scan54 left: births after a birth
label (several per language: `DOĞUM TARİHİ`, `NASCIMENTO`, `GEB.`) misread by one OCR confusion
and followed by spaces, dots, `¦`, `|`, `~` or a tab instead of a colon; births in register rows
without labels; OCR letters inside dates (O/l/I/S/B for 0/1/1/5/8: `l3.10.1940`, `198B. l0.
24.`) kept gold as printed; capitals streets of 17 languages (`CALEA BUCUREȘTI 12`), the number
before or after, split over two lines, with a postcode and town line (its own STREET_ADDRESS
span, as ocr51/scan52-54 have them); names with OCR digits inside (`PENRO5E`, `JANK0WSKA`).

Look-alikes as NEG_ spans in the same capitals: dates that are not births (issue, expiry, death,
connection, membership and licence dates: NEG_DATE, with the same OCR letters in a third of
them), form titles (NEG_TITLE), firms, offices and utilities, also after a bare `NAME` label
(NEG_ORG), place headings (NEG_PLACE), lines like streets that are not (NEG_LABEL: `PLOT 45`,
`CABIN 12`, `GRAVE 14`, `METER 3`), form and meter numbers (NEG_ID), amounts (NEG_AMOUNT). A
fifth of the people of global origin, about half the names invented. Every record is a request
body of one of the block APIs (gen_scan_common.scan_records), a third with non-ASCII as \\uXXXX.
No phones (another round's). Deterministic; stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_common import Spans, collector, run_plan, write_json  # noqa: E402
from gen_scan_common import scan_records  # noqa: E402

rng = random.Random(5555)

# Shared with gen_scan54.py (identical there); its functions draw from this generator's rng.
import gen_scan54  # noqa: E402
from gen_scan54 import (  # noqa: E402
    dmy, LANGS, CONF, misread_label, SWAP, misread, DIGIT_OCR, ocr_digits, other_date, refno,
    addr)
gen_scan54.rng = rng


# g/s real names, syl/end invented ones, st streets ({n} the number; number before or after),
# pc postcode and town, df the date form, lab labels, title form titles, town place headings,
# org courts/firms/parishes, col column heads.


L = {
    "en": dict(g=["BARNABY", "WINIFRED", "DOUGLAS", "ROSALIND", "HAMISH", "MURIEL"],
               s=["PENROSE", "THISTLETHWAITE", "ASHCROFT", "PEMBERTON", "MACALISTER", "WHITLOCK"],
               syl=["dor", "kim", "ald", "res", "bow", "lin"], end=["ley", "ford", "stone"],
               st=["{n} CHURCH ROAD", "{n} VICTORIA AVENUE", "FLAT {n} ALBION COURT", "{n} THE CRESCENT", "{n} STATION APPROACH"],
               pc=["NORWICH NR2 4LX", "DERBY DE1 2GT", "LEEDS LS6 3AA"], df=dmy(" "),
               lab=dict(name="NAME", sur="SURNAME", giv="FORENAMES", st="ADDRESS", tel="TEL"),
               dob=["DATE OF BIRTH", "D.O.B.", "BORN"],
               title=["PASSPORT APPLICATION", "SUPPLY CONNECTION", "INDENTURE", "FUNERAL ARRANGEMENT", "PENSION CLAIM"],
               town=["NORTH YORKSHIRE", "THE FENS", "WEST SUSSEX"],
               org=["HM PASSPORT OFFICE", "YORKSHIRE WATER", "CO-OP FUNERALCARE", "ALLOTMENT SOCIETY"]),
    "de": dict(g=["EBERHARD", "WALTRAUD", "DIETMAR", "ADELHEID", "RÜDIGER", "GUNDULA"],
               s=["OBERMÜLLER", "KLEINSCHMIDT", "HASSELBACH", "ZIMMERMANN", "DREXLER", "NEUHÄUSER"],
               syl=["rol", "bert", "am", "sig", "hel", "wo"], end=["mann", "inger", "bach"],
               st=["LINDENSTRASSE {n}", "ZUM SPORTPLATZ {n}", "KÖNIGSALLEE {n}", "AN DER KIRCHE {n}", "SCHILLERPLATZ {n}"],
               pc=["04109 LEIPZIG", "24103 KIEL", "86150 AUGSBURG"], df=dmy("."),
               lab=dict(name="NAME", sur="FAMILIENNAME", giv="VORNAME", st="ANSCHRIFT", tel="TELEFON"),
               dob=["GEBURTSDATUM", "GEBOREN AM", "GEB."],
               title=["REISEPASSANTRAG", "NETZANSCHLUSS", "LEHRVERTRAG", "BESTATTUNGSAUFTRAG", "RENTENANTRAG"],
               town=["LANDKREIS HARBURG", "ALLGÄU", "VOGTLAND"],
               org=["BÜRGERAMT MITTE", "STADTWERKE MÜNSTER", "BESTATTUNGEN HOFFMANN", "DEUTSCHE RENTENVERSICHERUNG"]),
    "fr": dict(g=["GHISLAINE", "ARMAND", "SOLANGE", "FIRMIN", "MAÏWENN", "AURÉLIEN"],
               s=["LEFEBVRE", "CHEVALIER", "MARCHAND", "DUVERGER", "PETITJEAN", "BLANCHARD"],
               syl=["bre", "gal", "ton", "mi", "sor", "lu"], end=["eau", "in", "et"],
               st=["{n} BOULEVARD GAMBETTA", "{n} RUE DE LA RÉPUBLIQUE", "{n} CHEMIN DES VIGNES", "{n} AVENUE JEAN JAURÈS", "{n} PLACE DU MARCHÉ"],
               pc=["44000 NANTES", "67000 STRASBOURG", "13001 MARSEILLE"], df=dmy("/"),
               lab=dict(name="NOM", sur="NOM", giv="PRÉNOMS", st="ADRESSE", tel="TÉL"),
               dob=["DATE DE NAISSANCE", "NÉ LE", "NÉE LE"],
               title=["DEMANDE DE PASSEPORT", "RACCORDEMENT", "CONTRAT D'APPRENTISSAGE", "ORGANISATION D'OBSÈQUES", "DEMANDE DE RETRAITE"],
               town=["CÔTES-D'ARMOR", "PAYS DE CAUX", "VAL-DE-MARNE"],
               org=["PRÉFECTURE DU NORD", "ENEDIS", "POMPES FUNÈBRES GÉNÉRALES", "CARSAT"]),
    "nl": dict(g=["HENDRIKA", "CORNELIS", "WILLEMIJN", "ARIE", "JANNIGJE", "SJOERD"],
               s=["VAN DER MEULEN", "KUIPERS", "DEKKER", "BOSMAN", "TEN HAGE", "VOS"],
               syl=["ker", "wa", "ling", "do", "ste", "ga"], end=["man", "ema", "sen"],
               st=["MOLENWEG {n}", "HEERENGRACHT {n}", "STATIONSPLEIN {n}", "LANGE NIEUWSTRAAT {n}", "JULIANALAAN {n}"],
               pc=["2311 AB LEIDEN", "6511 LR NIJMEGEN", "4811 KX BREDA"], df=dmy("-"),
               lab=dict(name="NAAM", sur="ACHTERNAAM", giv="VOORNAMEN", st="ADRES", tel="TEL"),
               dob=["GEBOORTEDATUM", "GEBOREN", "GEB. DATUM"],
               title=["PASPOORTAANVRAAG", "AANSLUITFORMULIER", "LEERCONTRACT", "UITVAARTOPDRACHT", "AOW-AANVRAAG"],
               town=["GEMEENTE EDE", "WEST-BRABANT", "HET GOOI"],
               org=["GEMEENTE UTRECHT", "LIANDER", "DELA UITVAART", "SOCIALE VERZEKERINGSBANK"]),
    "es": dict(g=["ENCARNACIÓN", "EUSEBIO", "REMEDIOS", "ANACLETO", "MONTSERRAT", "TEODORO"],
               s=["ZUBIZARRETA", "VALVERDE", "SALCEDO", "IBARRA", "MONTOYA", "BARRIENTOS"],
               syl=["co", "ran", "te", "pi", "lar", "so"], end=["ero", "ales", "anda"],
               st=["CALLE ALCALÁ {n}", "PLAZA DE ESPAÑA {n}", "AVDA. DE AMÉRICA {n}", "CALLE REAL {n} 2º B", "RONDA DE TOLEDO {n}"],
               pc=["15001 A CORUÑA", "47001 VALLADOLID", "29001 MÁLAGA"], df=dmy("/"),
               lab=dict(name="NOMBRE", sur="APELLIDOS", giv="NOMBRE", st="DIRECCIÓN", tel="TELÉFONO"),
               dob=["FECHA DE NACIMIENTO", "F. NACIMIENTO", "NACIDO EL"],
               title=["SOLICITUD DE PASAPORTE", "ALTA DE SUMINISTRO", "CONTRATO DE APRENDIZAJE", "SERVICIO FUNERARIO", "SOLICITUD DE PENSIÓN"],
               town=["PROVINCIA DE CUENCA", "EL BIERZO", "TIERRA DE CAMPOS"],
               org=["COMISARÍA DE POLICÍA", "IBERDROLA", "TANATORIO SAN JOSÉ", "SEGURIDAD SOCIAL"]),
    "it": dict(g=["SERAFINA", "GAETANO", "LOREDANA", "BALDASSARRE", "ORNELLA", "FILIBERTO"],
               s=["SANTORO", "BERTOLUCCI", "LOMBARDI", "PELLEGRINI", "ZANETTI", "CAPPELLO"],
               syl=["ri", "can", "to", "bel", "mo", "ga"], end=["ini", "otti", "one"],
               st=["VIA DANTE ALIGHIERI {n}", "CORSO VITTORIO EMANUELE {n}", "VIALE EUROPA {n}", "VICOLO STRETTO {n}", "PIAZZA CAVOUR {n}"],
               pc=["10121 TORINO", "40121 BOLOGNA", "90133 PALERMO"], df=dmy("/"),
               lab=dict(name="NOME", sur="COGNOME", giv="NOME", st="INDIRIZZO", tel="TEL"),
               dob=["DATA DI NASCITA", "NATO IL", "NATA IL"],
               title=["DOMANDA DI PASSAPORTO", "ALLACCIAMENTO", "CONTRATTO DI APPRENDISTATO", "ONORANZE FUNEBRI", "DOMANDA DI PENSIONE"],
               town=["PROVINCIA DI LECCO", "LANGHE", "CILENTO"],
               org=["QUESTURA DI MILANO", "ENEL DISTRIBUZIONE", "ONORANZE FUNEBRI ROSSI", "INPS"]),
    "pt": dict(g=["LEOPOLDINA", "ARMINDO", "GRACIETE", "HORÁCIO", "ERMELINDA", "VALDEMAR"],
               s=["FIGUEIREDO", "MAGALHÃES", "SARAMAGO", "BETTENCOURT", "CORDEIRO", "LOUREIRO"],
               syl=["ma", "ran", "to", "sel", "vi", "gor"], end=["eira", "inho", "ães"],
               st=["RUA DE SANTA CATARINA {n}", "AVENIDA DA LIBERDADE {n}", "TRAVESSA DO CARMO {n}", "PRAÇA DA REPÚBLICA {n}", "ESTRADA NACIONAL {n}"],
               pc=["1250-096 LISBOA", "3000-150 COIMBRA", "4700-435 BRAGA"], df=dmy("/"),
               lab=dict(name="NOME", sur="APELIDO", giv="NOME PRÓPRIO", st="MORADA", tel="TELEF"),
               dob=["DATA DE NASCIMENTO", "NASCIMENTO", "NASCIDO EM"],
               title=["PEDIDO DE PASSAPORTE", "LIGAÇÃO À REDE", "CONTRATO DE APRENDIZAGEM", "SERVIÇO FÚNEBRE", "PEDIDO DE PENSÃO"],
               town=["DISTRITO DE BEJA", "ALTO MINHO", "BEIRA BAIXA"],
               org=["SERVIÇO DE ESTRANGEIROS", "E-REDES", "AGÊNCIA FUNERÁRIA", "SEGURANÇA SOCIAL"]),
    "pl": dict(g=["WIESŁAWA", "ZDZISŁAW", "HALINA", "RYSZARD", "GRAŻYNA", "BOGDAN"],
               s=["JANKOWSKA", "KOWALCZYK", "ZIELIŃSKI", "WOŹNIAK", "DĄBROWSKA", "KACZMAREK"],
               syl=["wło", "dzi", "ra", "mir", "cze", "sta"], end=["ewicz", "owska", "ak"],
               st=["UL. MARSZAŁKOWSKA {n}", "AL. JEROZOLIMSKIE {n}", "UL. KOŚCIUSZKI {n} M. 4", "RYNEK GŁÓWNY {n}", "UL. LIPOWA {n}"],
               pc=["00-950 WARSZAWA", "80-001 GDAŃSK", "50-001 WROCŁAW"], df=dmy("."),
               lab=dict(name="IMIĘ I NAZWISKO", sur="NAZWISKO", giv="IMIĘ", st="ADRES", tel="TEL"),
               dob=["DATA URODZENIA", "UR.", "URODZONY"],
               title=["WNIOSEK PASZPORTOWY", "PRZYŁĄCZENIE DO SIECI", "UMOWA O NAUKĘ ZAWODU", "ZLECENIE POGRZEBU", "WNIOSEK O EMERYTURĘ"],
               town=["POWIAT TATRZAŃSKI", "MAZURY", "ZIEMIA LUBUSKA"],
               org=["URZĄD WOJEWÓDZKI", "TAURON DYSTRYBUCJA", "ZAKŁAD POGRZEBOWY", "ZUS"]),
    "cs": dict(g=["JAROSLAVA", "BOHUMIL", "VLASTA", "ZDENĚK", "MILADA", "LUBOMÍR"],
               s=["DVOŘÁK", "NOVOTNÁ", "PROCHÁZKA", "KUČEROVÁ", "VESELÝ", "HORÁKOVÁ"],
               syl=["bo", "hu", "sla", "vě", "dra", "no"], end=["ek", "ová", "ský"],
               st=["VÁCLAVSKÉ NÁM. {n}", "NÁDRAŽNÍ {n}", "PALACKÉHO {n}/12", "U POTOKA {n}", "HUSOVA TŘÍDA {n}"],
               pc=["301 00 PLZEŇ", "779 00 OLOMOUC", "500 02 HRADEC KRÁLOVÉ"], df=dmy(". "),
               lab=dict(name="JMÉNO A PŘÍJMENÍ", sur="PŘÍJMENÍ", giv="JMÉNO", st="BYDLIŠTĚ", tel="TEL"),
               dob=["DATUM NAROZENÍ", "NAROZEN", "NAR."],
               title=["ŽÁDOST O CESTOVNÍ PAS", "PŘIPOJENÍ K SÍTI", "UČEBNÍ SMLOUVA", "POHŘEBNÍ SLUŽBA", "ŽÁDOST O DŮCHOD"],
               town=["OKRES KLATOVY", "KRKONOŠE", "JIŽNÍ MORAVA"],
               org=["MĚSTSKÝ ÚŘAD", "ČEZ DISTRIBUCE", "POHŘEBNÍ ÚSTAV", "ČSSZ"]),
    "hu": dict(g=["GIZELLA", "ISTVÁN", "MAGDOLNA", "GYULA", "ROZÁLIA", "LÁSZLÓ"],
               s=["KOVÁCS", "SZABÓ", "HORVÁTH", "TÓTH", "VARGA", "MOLNÁR"],
               syl=["ker", "szö", "ba", "lo", "mé", "rá"], end=["falvi", "házi", "ős"],
               st=["PETŐFI SÁNDOR UTCA {n}", "KOSSUTH LAJOS TÉR {n}", "ANDRÁSSY ÚT {n}", "DÓZSA GYÖRGY U. {n}", "FŐ UTCA {n}"],
               pc=["6720 SZEGED", "4025 DEBRECEN", "8000 SZÉKESFEHÉRVÁR"], df=dmy(". ", yfirst=True, trail="."),
               lab=dict(name="NÉV", sur="CSALÁDI NÉV", giv="UTÓNÉV", st="LAKCÍM", tel="TELEFON"),
               dob=["SZÜLETÉSI IDŐ", "SZÜL. IDŐ", "SZÜLETETT"],
               title=["ÚTLEVÉLKÉRELEM", "HÁLÓZATI CSATLAKOZÁS", "TANULÓSZERZŐDÉS", "TEMETÉSI MEGRENDELŐ", "NYUGDÍJIGÉNY"],
               town=["PEST MEGYE", "BALATON-FELVIDÉK", "NYÍRSÉG"],
               org=["KORMÁNYABLAK", "ELMŰ HÁLÓZAT", "NEMZETI SÍRKERT", "NYUGDÍJFOLYÓSÍTÓ"]),
    "tr": dict(g=["HATİCE", "MUSTAFA", "EMİNE", "HÜSEYİN", "ZEYNEP", "İBRAHİM"],
               s=["YILDIRIM", "ÇELİK", "ŞAHİN", "DOĞAN", "KURT", "ÖZDEMİR"],
               syl=["ay", "ser", "kan", "dü", "mer", "te"], end=["oğlu", "er", "gül"],
               st=["ATATÜRK BULVARI NO {n}", "İSTİKLAL CADDESİ {n}", "GÜL SOKAK NO {n}", "İNÖNÜ MAH. {n}. SOK.", "HÜRRİYET CAD. NO {n}"],
               pc=["34430 BEYOĞLU/İSTANBUL", "06420 ÇANKAYA/ANKARA", "35210 KONAK/İZMİR"], df=dmy("."),
               lab=dict(name="ADI SOYADI", sur="SOYADI", giv="ADI", st="ADRES", tel="TEL"),
               dob=["DOĞUM TARİHİ", "D. TARİHİ", "DOĞUM YERİ VE TARİHİ"],
               title=["PASAPORT BAŞVURUSU", "ABONELİK SÖZLEŞMESİ", "ÇIRAKLIK SÖZLEŞMESİ", "CENAZE İŞLEMLERİ", "EMEKLİLİK DİLEKÇESİ"],
               town=["SİVAS İLİ", "KARADENİZ", "ÇUKUROVA"],
               org=["EMNİYET MÜDÜRLÜĞÜ", "BEDAŞ", "MEZARLIKLAR MÜDÜRLÜĞÜ", "SGK"]),
    "ro": dict(g=["ELENA", "CONSTANTIN", "GEORGETA", "DUMITRU", "LUMINIȚA", "VASILE"],
               s=["IONESCU", "GEORGESCU", "RADU", "NEAGU", "BĂLAN", "CRISTEA"],
               syl=["ri", "ba", "co", "dra", "ne", "mi"], end=["escu", "eanu", "ache"],
               st=["CALEA BUCUREȘTI {n}", "STRADA LIBERTĂȚII NR. {n}", "BULEVARDUL REVOLUȚIEI {n}", "ȘOSEAUA KISELEFF {n}", "STR. FLORILOR {n}"],
               pc=["300001 TIMIȘOARA", "410001 ORADEA", "900001 CONSTANȚA"], df=dmy("."),
               lab=dict(name="NUMELE", sur="NUME", giv="PRENUME", st="DOMICILIUL", tel="TELEFON"),
               dob=["DATA NAȘTERII", "NĂSCUT LA", "DATA NASTERII"],
               title=["CERERE PAȘAPORT", "RACORDARE", "CONTRACT DE UCENICIE", "SERVICII FUNERARE", "CERERE DE PENSIE"],
               town=["JUDEȚUL ARGEȘ", "BUCOVINA", "ȚARA BÂRSEI"],
               org=["SERVICIUL PAȘAPOARTE", "ELECTRICA", "CASA FUNERARĂ", "CASA DE PENSII"]),
    "el": dict(g=["DIMITRA", "SPYRIDON", "ANASTASIA", "CHARALAMBOS", "EVANGELIA", "KONSTANTINOS"],
               s=["ANTONIOU", "PAPANIKOLAOU", "DIMITRIOU", "KOUTSOURIS", "ALEXIOU", "ZERVOU"],
               syl=["ni", "ko", "la", "sta", "the", "mi"], end=["poulos", "ou", "akis"],
               st=["ODOS ERMOU {n}", "LEOFOROS VASILISSIS SOFIAS {n}", "ODOS AKADIMIAS {n}", "ODOS TSIMISKI {n}", "PLATEIA SYNTAGMATOS {n}"],
               pc=["546 24 THESSALONIKI", "712 02 IRAKLEIO", "452 21 IOANNINA"], df=dmy("/"),
               lab=dict(name="ONOMATEPONYMO", sur="EPONYMO", giv="ONOMA", st="DIEFTHYNSI", tel="TIL"),
               dob=["IMEROMINIA GENNISIS", "HM. GENNISIS", "GENNITHIS"],
               title=["AITISI DIAVATIRIOU", "SYNDESI REVMATOS", "SYMVASI MATHITEIAS", "KIDEIA", "AITISI SYNTAXIS"],
               town=["NOMOS LARISAS", "KYKLADES", "CHALKIDIKI"],
               org=["DIEFTHYNSI DIAVATIRION", "DEDDIE", "GRAFEIO KIDEION", "EFKA"]),
    "sv": dict(g=["GUNBRITT", "TORSTEN", "MAJ-LIS", "ARVID", "SIGRID", "EVERT"],
               s=["BERGQVIST", "HOLMGREN", "NYSTRÖM", "LINDQVIST", "WALLIN", "SJÖBERG"],
               syl=["al", "mar", "ste", "ber", "ny", "kvi"], end=["qvist", "ström", "ell"],
               st=["STORGATAN {n}", "DROTTNINGGATAN {n}", "BJÖRKVÄGEN {n}", "ÖSTRA HAMNGATAN {n}", "SKOLGATAN {n} B"],
               pc=["211 22 MALMÖ", "901 30 UMEÅ", "702 10 ÖREBRO"], df=dmy("-", yfirst=True),
               lab=dict(name="NAMN", sur="EFTERNAMN", giv="FÖRNAMN", st="ADRESS", tel="TEL"),
               dob=["FÖDELSEDATUM", "FÖDD", "FÖDD DEN"],
               title=["PASSANSÖKAN", "ANSLUTNINGSAVTAL", "LÄRLINGSAVTAL", "BEGRAVNINGSUPPDRAG", "PENSIONSANSÖKAN"],
               town=["DALARNA", "SKÅNE LÄN", "NORRBOTTEN"],
               org=["POLISMYNDIGHETEN", "VATTENFALL ELDISTRIBUTION", "FONUS", "PENSIONSMYNDIGHETEN"]),
    "fi": dict(g=["AULIKKI", "VEIKKO", "MARJATTA", "TAUNO", "ANNIKKI", "EINO"],
               s=["NIEMINEN", "MÄKINEN", "HÄMÄLÄINEN", "LEHTONEN", "TURUNEN", "KORHONEN"],
               syl=["vä", "ri", "ko", "tai", "len", "sa"], end=["nen", "la", "mäki"],
               st=["ALEKSANTERINKATU {n}", "PUISTOTIE {n}", "MANNERHEIMINTIE {n} B 12", "KAUPPAKATU {n}", "KOULUKUJA {n}"],
               pc=["33100 TAMPERE", "20100 TURKU", "70100 KUOPIO"], df=dmy("."),
               lab=dict(name="NIMI", sur="SUKUNIMI", giv="ETUNIMET", st="OSOITE", tel="PUH"),
               dob=["SYNTYMÄAIKA", "SYNT.", "SYNTYNYT"],
               title=["PASSIHAKEMUS", "LIITTYMISSOPIMUS", "OPPISOPIMUS", "HAUTAJAISTILAUS", "ELÄKEHAKEMUS"],
               town=["POHJOIS-KARJALA", "LAPPI", "SATAKUNTA"],
               org=["POLIISILAITOS", "CARUNA", "HAUTAUSTOIMISTO", "ELÄKETURVAKESKUS"]),
    "da": dict(g=["KIRSTEN", "POUL", "BIRTHE", "HENNING", "INGE", "AKSEL"],
               s=["MADSEN", "KRISTIANSEN", "HOLM", "BRANDT", "SKOVGAARD", "LIND"],
               syl=["ras", "ul", "fre", "sø", "bir", "kel"], end=["holm", "strup", "sen"],
               st=["VESTERGADE {n}", "ALGADE {n}, 1. TV.", "BØGEVEJ {n}", "HAVNEGADE {n}", "KIRKESTRÆDE {n}"],
               pc=["5000 ODENSE C", "8000 AARHUS C", "4000 ROSKILDE"], df=dmy("."),
               lab=dict(name="NAVN", sur="EFTERNAVN", giv="FORNAVN", st="ADRESSE", tel="TLF"),
               dob=["FØDSELSDATO", "FØDT", "FØDT DEN"],
               title=["PASANSØGNING", "TILSLUTNINGSAFTALE", "UDDANNELSESAFTALE", "BEGRAVELSESAFTALE", "PENSIONSANSØGNING"],
               town=["SØNDERJYLLAND", "LOLLAND", "VENDSYSSEL"],
               org=["BORGERSERVICE", "RADIUS ELNET", "BEDEMAND JENSEN", "UDBETALING DANMARK"]),
    "no": dict(g=["ASBJØRN", "INGRID", "SIGURD", "TORDIS", "EINAR", "BORGHILD"],
               s=["NILSEN", "JOHANSEN", "LARSEN", "BERG", "PEDERSEN", "DAHL"],
               syl=["ås", "ste", "kol", "rag", "vi", "ber"], end=["stad", "lien", "dal"],
               st=["KARL JOHANS GATE {n}", "FJORDVEIEN {n}", "SKOLEGATA {n}", "NEDRE BAKKLANDET {n}", "TORGET {n}"],
               pc=["0154 OSLO", "4006 STAVANGER", "8006 BODØ"], df=dmy("."),
               lab=dict(name="NAVN", sur="ETTERNAVN", giv="FORNAVN", st="ADRESSE", tel="TLF"),
               dob=["FØDSELSDATO", "FØDT", "F. DATO"],
               title=["PASSØKNAD", "TILKNYTNINGSAVTALE", "LÆREKONTRAKT", "BEGRAVELSESOPPDRAG", "PENSJONSSØKNAD"],
               town=["TROMS FYLKE", "HARDANGER", "SUNNMØRE"],
               org=["POLITIETS PASSKONTOR", "ELVIA", "BYRÅ FONUS", "NAV PENSJON"]),
}


# g/s real names, syl/end invented ones, st streets ({n} the number), pc postcode and town, df the
# date form, lab labels, dob birth labels, title form titles, town place headings, org offices
# and firms.
GLOBAL = [("ADAEZE", "OKONKWO"), ("PRIYA", "RAGHAVAN"), ("HIROSHI", "NAKAMURA"), ("KWAME", "ASANTE"),
          ("XIAOLING", "ZHOU"), ("DARIUSH", "TEHRANI"), ("THANH", "NGUYEN"), ("EMEKA", "NWOSU"),
          ("SAOIRSE", "MAC GIOLLA"), ("LAYLA", "KHOURY"), ("MIN-JUN", "PARK"), ("ARIHIA", "TAMIHANA"),
          ("TESFAYE", "BEKELE"), ("HARJIT", "SANDHU"), ("QUISPE", "HUAMÁN"), ("YUKI", "TANAKA")]
LOOKS = ["PLOT 45", "CABIN 12", "GRAVE 14", "METER 3", "PLOT 7A", "SHED 2", "ROW 18", "BAY 6",
         "COFFIN OAK 6FT", "GATE 4", "ZONE 2", "CIRCUIT 11", "FUSE 63A", "BLOCK C", "SECTION 7"]
FORMWORDS = ["SIGNATURE", "FOR OFFICIAL USE", "UNTERSCHRIFT", "SIGNATURE DU DEMANDEUR", "FIRMA",
             "PODPIS", "ALÁÍRÁS", "İMZA", "SEMNĂTURA", "HANDTEKENING", "UNDERSKRIFT", "ASSINATURA"]
ISSUE = ["ISSUED", "AUSGESTELLT", "DÉLIVRÉ LE", "AFGEGEVEN", "EXPEDIDO", "RILASCIATO", "EMITIDO",
         "WYDANO", "VYDÁNO", "KIÁLLÍTVA", "VERİLİŞ", "ELIBERAT", "EKDOSI", "UTFÄRDAT", "MYÖNNETTY",
         "UDSTEDT", "UTSTEDT"]
EXPIRY = ["EXPIRES", "GÜLTIG BIS", "EXPIRE LE", "GELDIG TOT", "CADUCA", "SCADENZA", "VÁLIDO ATÉ",
          "WAŻNY DO", "PLATNÝ DO", "ÉRVÉNYES", "GEÇERLİLİK", "VALABIL", "LIXI", "GILTIG TILL",
          "VOIMASSA", "UDLØBER", "GYLDIG TIL"]
DEATH = ["DIED", "GEST.", "DÉCÉDÉ LE", "OVERLEDEN", "FALLECIDO", "DECEDUTO", "FALECIDO", "ZM.",
         "ZEMŘEL", "ELHUNYT", "VEFAT", "DECEDAT", "APEVIOSE", "DÖD", "KUOLLUT", "DØD", "DØDE"]
JOIN = ["JOINED", "EINTRITT", "ADHÉSION", "LID SINDS", "ALTA", "ISCRITTO", "ADMISSÃO", "WSTĄPIŁ",
        "VSTUP", "BELÉPETT", "GİRİŞ", "ÎNSCRIS", "EGGRAFI", "INTRÄDE", "LIITTYNYT", "INDMELDT", "INNMELDT"]
TRADES = ["JOINER", "TISCHLER", "MENUISIER", "TIMMERMAN", "CARPINTERO", "FALEGNAME", "MARCENEIRO",
          "STOLARZ", "TRUHLÁŘ", "ASZTALOS", "MARANGOZ", "TÂMPLAR", "XYLOURGOS", "SNICKARE", "PUUSEPPÄ",
          "SNEDKER", "SNEKKER"]
SEPS = ["  ", "   ", " . ", " ¦ ", " | ", " ~ ", "\t", " .. ", " _ ", " ", " ¦  ", " :: ", " ... "]


def invent(lg, surname):
    d = L[lg]
    w = "".join(rng.choice(d["syl"]) for _ in range(rng.choice((2, 2, 3))))
    if surname:
        w += rng.choice(d["end"])
    return w.upper()


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
        return misread(v, 0.4)

    def dob(self):
        y, m, d = self.ymd
        if rng.random() < 0.25:
            v = "%02d %02d %d" % (d, m, y)
        else:
            v = L[self.lg]["df"](y, m, d)
        return ocr_digits(v, 0.5)


def amount():
    return "%s %d,%02d" % (rng.choice(["EUR", "GBP", "DKK", "SEK", "PLN", "CZK", "TRY", "RON", "HUF", "NOK"]),
                           rng.randint(20, 4000), rng.randrange(100))


class R(Spans):
    """One scanned document: text, spans, and where the scan's pages meet."""

    def __init__(self, lg, cls):
        Spans.__init__(self)
        self.lg, self.cls, self.dom = lg, cls, None
        self.pages = []

    def lab(self, key, p=0.55, colon=0.15):
        """A label, often misread, followed by a separator run (rarely a colon)."""
        d = L[self.lg]
        v = rng.choice(d["dob"]) if key == "dob" else d["lab"][key]
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
        r.lab("sur").val("PERSON", misread(p.s, 0.4)).gap().lab("giv").val("PERSON", misread(p.g))
    elif k == 3:
        r.lab("giv").val("PERSON", misread(p.g)).t("\n").lab("sur").val("PERSON", misread(p.s, 0.4))
    else:
        r.lab("name").val("PERSON", p.full()).gap().lab("dob").span("DATE_OF_BIRTH", p.dob())


def tail(r):
    r.span("NEG_LABEL", rng.choice(FORMWORDS)).t(rng.choice([" ______  ", " ....  ", "  "])).span("NEG_DATE", other_date(r.lg)).t("\n")


# ---- the domains -------------------------------------------------------------------------------
COUNTRIES = ["NIGERIA", "INDIA", "JAPAN", "GHANA", "CHINA", "IRAN", "VIET NAM", "LEBANON", "KOREA",
             "ETHIOPIA", "PERU", "PUNJAB", "NEW ZEALAND", "IRELAND"]
FIREARMS = ["BROWNING B525 12G", "SAUER 101 .308", "BERETTA 686", "TIKKA T3X", "CZ 457 .22LR"]


def neg_date(lg, y0=2018, y1=2027):
    """A date that is no birth, with the same OCR letters as a birth a third of the time."""
    return ocr_digits(other_date(lg, y0, y1), 0.33)


def dob_line(r, p, p_mis=0.7):
    """A birth after a birth label (misread more often than not, rarely a colon)."""
    r.lab("dob", p=p_mis, colon=0.1).span("DATE_OF_BIRTH", p.dob())


def datelab(r, words, lg, y0=2018, y1=2027):
    """A date that is not a birth after its own label (issue, expiry, death, joining)."""
    w = words[LANGS.index(lg)]
    if rng.random() < 0.3:
        w = misread_label(w)
    r.t(w + rng.choice(SEPS)).span("NEG_DATE", neg_date(lg, y0, y1))


def passport(lg):
    """A scanned old passport application: applicant, birth, place of birth, address, parents."""
    r, p = R(lg, "passport"), Person(lg)
    d = L[lg]
    r.span("NEG_ORG", d["org"][0]).gap().span("NEG_TITLE", d["title"][0]).t("\n")
    r.t(rng.choice(["FORM ", "NR ", "N° ", "NO. "])).span("NEG_ID", refno()).t("\n")
    name_fields(r, p)
    r.t("\n")
    dob_line(r, p)
    if rng.random() < 0.5:
        r.gap().span("NEG_PLACE", rng.choice(d["town"] + COUNTRIES))
    r.t("\n")
    addr(r, p)
    r.t("\n")
    if rng.random() < 0.5:
        f = Person(lg)
        f.s = p.s
        r.t(rng.choice(["FATHER ", "VATER ", "PÈRE ", "VADER ", "PADRE ", "PAI ", "OJCIEC ", "OTEC ", "APJA ", "BABA ", "TATĂL ", "PATERAS ", "FAR ", "ISÄ "])).val("PERSON", f.full()).t("\n")
    datelab(r, ISSUE, lg, 1960, 2000)
    r.t("\n")
    tail(r)
    done(r)


def utility(lg):
    """A utility connection form: the supplier after a bare NAME label, the customer, the supply
    address (number first, over two lines), meter and connection date."""
    r, p = R(lg, "utility"), Person(lg)
    d = L[lg]
    r.span("NEG_TITLE", d["title"][1]).gap().span("NEG_ID", "%s-%06d" % (rng.choice(["AN", "KD", "MTR", "C"]), rng.randrange(10 ** 6))).t("\n")
    if rng.random() < 0.6:
        r.t(rng.choice(["NAME", "NAME ", "NAAM", "NOM", "NAMN", "NIMI", "NAVN"]) + rng.choice(["  ", " ¦ ", " . ", "\t"])).span("NEG_ORG", d["org"][1]).t("\n")
    r.t(rng.choice(["CUSTOMER ", "KUNDE ", "CLIENT ", "KLANT ", "CLIENTE ", "KLIENT ", "ÜGYFÉL ", "ABONE ", ""]))
    name_fields(r, p)
    r.t("\n")
    if rng.random() < 0.5:
        dob_line(r, p)
        r.t("\n")
    r.t(rng.choice(["SUPPLY ADDRESS  ", "ANSCHLUSSOBJEKT  ", "LIEU DE RACCORDEMENT  ", "AANSLUITADRES  ", "PUNTO DE SUMINISTRO  ", "", ""]))
    r.val("STREET_ADDRESS", misread(p.st, 0.15))
    r.t(rng.choice(["\n", "\n   ", "  ", ", "])).span("STREET_ADDRESS", p.pc).t("\n")
    r.t(rng.choice(["METER NO ", "ZÄHLER ", "COMPTEUR ", "METER ", "CONTATORE ", "LICZNIK "])).span("NEG_ID", "%08d" % rng.randrange(10 ** 8)).gap().span("NEG_LABEL", rng.choice(["FUSE 63A", "CIRCUIT 11", "METER 3", "ZONE 2"])).t("\n")
    r.t(rng.choice(["CONNECTION ", "ANSCHLUSS ", "MISE EN SERVICE ", "AANSLUITING ", "ALTA "])).span("NEG_DATE", neg_date(lg)).t("\n")
    tail(r)
    done(r)


def indenture(lg):
    """An apprenticeship indenture: apprentice, birth, guardian, the master's firm, the trade."""
    r, p = R(lg, "indenture"), Person(lg)
    d = L[lg]
    r.span("NEG_TITLE", d["title"][2]).t("  ").span("NEG_DATE", str(rng.randint(1948, 1995))).t("\n")
    r.t(rng.choice(["MASTER ", "LEHRBETRIEB ", "EMPLOYEUR ", "LEERBEDRIJF ", "EMPRESA ", "DITTA ", "ZAKŁAD ", "FIRMA "])).span("NEG_ORG", rng.choice(["%s & SONS LTD" % rng.choice(L[lg]["s"]), "GEBR. %s GMBH" % rng.choice(L[lg]["s"]), "ATELIERS %s" % rng.choice(L[lg]["s"])])).t("\n")
    r.t(rng.choice(["APPRENTICE ", "LEHRLING ", "APPRENTI ", "LEERLING ", "APRENDIZ ", "APPRENDISTA ", "UCZEŃ ", "ÇIRAK ", ""]))
    name_fields(r, p)
    r.t("\n")
    dob_line(r, p, 0.6)
    r.gap().span("NEG_TITLE", TRADES[LANGS.index(lg)]).t("\n")
    addr(r, p)
    r.t("\n")
    if rng.random() < 0.6:
        q = Person(lg)
        q.s = p.s if rng.random() < 0.6 else q.s
        r.t(rng.choice(["GUARDIAN ", "VORMUND ", "TUTEUR ", "VOOGD ", "TUTOR ", "OPIEKUN "])).lab("name", p=0.4).val("PERSON", q.full()).t("\n")
    datelab(r, ISSUE, lg, 1950, 1998)
    r.t("\n")
    done(r)


def funeral(lg):
    """A funeral-home intake sheet: the deceased's birth and death, last address, the informant."""
    r, p = R(lg, "funeral"), Person(lg)
    d = L[lg]
    r.span("NEG_ORG", d["org"][2]).gap().span("NEG_TITLE", d["title"][3]).t("\n")
    r.t(rng.choice(["DECEASED ", "VERSTORBENE ", "DÉFUNT ", "OVERLEDENE ", "DIFUNTO ", "DEFUNTO ", "ZMARŁY ", "ZESNULÝ ", "ELHUNYT ", "MERHUM ", "DECEDAT ", ""]))
    name_fields(r, p)
    r.t("\n")
    dob_line(r, p)
    r.gap()
    datelab(r, DEATH, lg, 2015, 2025)
    r.t("\n")
    addr(r, p)
    r.t("\n")
    q = Person(lg)
    r.t(rng.choice(["INFORMANT ", "AUFTRAGGEBER ", "DÉCLARANT ", "OPDRACHTGEVER ", "SOLICITANTE ", "ZLECENIODAWCA "])).lab("name", p=0.5).val("PERSON", q.full()).t("\n")
    if rng.random() < 0.5:
        addr(r, q)
        r.t("\n")
    r.span("NEG_LABEL", rng.choice(["COFFIN OAK 6FT", "GRAVE 14", "PLOT 45", "SECTION 7", "ROW 18"])).gap().span("NEG_AMOUNT", amount()).t("\n")
    done(r)


def naturalisation(lg):
    """A microfilmed naturalisation register: numbered rows, surname first, birth, origin, street."""
    r = R(lg, "natural")
    d = L[lg]
    r.span("NEG_TITLE", rng.choice(["NATURALISATION REGISTER", "EINBÜRGERUNGSREGISTER", "REGISTRE DES NATURALISATIONS", "NATURALISATIEREGISTER", "REGISTRO DE NACIONALIDAD"])).gap().span("NEG_PLACE", rng.choice(d["town"])).t("\n")
    sep = rng.choice(["  ", " | ", " ¦ ", "\t", "   ", " . "])
    for i in range(rng.randint(3, 5)):
        p = Person(lg)
        if rng.random() < 0.5:
            p.g, p.s = rng.choice(GLOBAL)
            p.g, p.s = misread(p.g, 0.3), misread(p.s, 0.3)
        r.t("%d%s" % (rng.randint(1, 4000), rng.choice([".", ")", " ", ". "]))).span("PERSON", p.full(surfirst=True)).t(sep)
        r.span("DATE_OF_BIRTH", p.dob()).t(sep).span("NEG_PLACE", rng.choice(COUNTRIES)).t(sep)
        if rng.random() < 0.6:
            r.val("STREET_ADDRESS", misread(p.st, 0.1), split=False).t(sep)
        r.span("NEG_DATE", neg_date(lg, 1955, 2010)).t("\n")
        if i == 2 and rng.random() < 0.3:
            r.newpage(2, 2)
    done(r)


def ledger(lg):
    """A trade-union membership ledger: member number, name, birth, trade, date joined, street."""
    r = R(lg, "ledger")
    d = L[lg]
    r.span("NEG_ORG", rng.choice(["TRANSPORT & GENERAL WORKERS' UNION", "IG METALL", "CGT", "FNV", "CCOO", "FIOM CGIL", "NSZZ SOLIDARNOŚĆ", "LO", "METALLI", "FELLESFORBUNDET", "DİSK", "CARTEL ALFA"])).t("  ").span("NEG_PLACE", rng.choice(d["town"])).t("\n")
    sep = rng.choice(["  ", " | ", " ¦ ", "\t", " ~ "])
    for i in range(rng.randint(3, 5)):
        p = Person(lg)
        r.span("NEG_ID", "%05d" % rng.randrange(10 ** 5)).t(sep).span("PERSON", p.full(surfirst=rng.random() < 0.6)).t(sep)
        if rng.random() < 0.3:
            r.t(rng.choice(["B. ", "GEB. ", "* ", "NÉ ", "UR. ", "D.O.B. "]))
        r.span("DATE_OF_BIRTH", p.dob()).t(sep).span("NEG_TITLE", TRADES[LANGS.index(lg)]).t(sep).span("NEG_DATE", neg_date(lg, 1960, 2005))
        if rng.random() < 0.5:
            r.t("\n    ").val("STREET_ADDRESS", misread(p.st, 0.1), split=False)
        r.t("\n")
    done(r)


def hunting(lg):
    """A hunting-licence application: applicant, birth, address, firearm, issue and expiry."""
    r, p = R(lg, "hunting"), Person(lg)
    d = L[lg]
    r.span("NEG_TITLE", rng.choice(["HUNTING LICENCE", "JAGDSCHEIN", "PERMIS DE CHASSER", "JACHTAKTE", "LICENCIA DE CAZA", "LICENZA DI CACCIA", "POZWOLENIE NA BROŃ", "AV TEZKERESİ", "JAKTKORT", "METSÄSTYSKORTTI", "JAGTTEGN"])).gap().span("NEG_ORG", d["org"][0]).t("\n")
    name_fields(r, p)
    r.t("\n")
    dob_line(r, p)
    r.t("\n")
    addr(r, p)
    r.t("\n")
    r.span("NEG_PRODUCT", rng.choice(FIREARMS)).gap().t("SER. ").span("NEG_ID", "%s%06d" % (rng.choice(["A", "K", "BX"]), rng.randrange(10 ** 6))).t("\n")
    datelab(r, ISSUE, lg)
    r.gap()
    datelab(r, EXPIRY, lg)
    r.t("\n")
    done(r)


def allotment(lg):
    """An allotment tenancy card: tenant, plot and shed lines, home address, rent."""
    r, p = R(lg, "allotment"), Person(lg)
    d = L[lg]
    r.span("NEG_ORG", d["org"][3] if lg == "en" else rng.choice(["KLEINGARTENVEREIN EINTRACHT", "JARDINS OUVRIERS", "VTV ONS BUITEN", "ROD SŁONECZKO", "KOLONIHAVEFORENINGEN", "KOLONIHAGELAG", "SIIRTOLAPUUTARHA"])).t("\n")
    r.span("NEG_LABEL", rng.choice(["PLOT 45", "PLOT 7A", "ROW 18", "BAY 6"])).gap().span("NEG_LABEL", rng.choice(["SHED 2", "GATE 4", "BLOCK C", "SECTION 7"])).t("\n")
    r.t(rng.choice(["TENANT ", "PÄCHTER ", "LOCATAIRE ", "HUURDER ", "DZIERŻAWCA ", "LEJER ", "VUOKRAAJA ", ""]))
    name_fields(r, p)
    r.t("\n")
    if rng.random() < 0.5:
        dob_line(r, p)
        r.t("\n")
    addr(r, p)
    r.t("\n")
    r.t(rng.choice(["RENT ", "PACHT ", "LOYER ", "CZYNSZ "])).span("NEG_AMOUNT", amount()).gap()
    datelab(r, JOIN, lg, 1990, 2025)
    r.t("\n")
    done(r)


def pension(lg):
    """A faxed pension claim: claimant, birth, insurance number, spouse and birth, address."""
    r, p = R(lg, "pension"), Person(lg)
    d = L[lg]
    r.t("%s %02d:%02d  FAX  " % (other_date(lg), rng.randint(7, 19), rng.randrange(60))).span("NEG_ORG", d["org"][3]).t("  P.1\n")
    r.span("NEG_TITLE", d["title"][4]).gap().span("NEG_ID", "%02d %06d %s %03d" % (rng.randrange(100), rng.randrange(10 ** 6), rng.choice("ABCDKMW"), rng.randrange(1000))).t("\n")
    name_fields(r, p)
    r.t("\n")
    dob_line(r, p, 0.8)
    r.t("\n")
    addr(r, p)
    r.t("\n")
    if rng.random() < 0.6:
        q = Person(lg)
        r.t(rng.choice(["SPOUSE ", "EHEGATTE ", "CONJOINT ", "ECHTGENOOT ", "CÓNYUGE ", "CONIUGE ", "MAŁŻONEK ", "EŞİ ", "SOŢ "])).lab("name").val("PERSON", q.full()).gap()
        dob_line(r, q)
        r.t("\n")
    r.t(rng.choice(["RETIREMENT ", "RENTENBEGINN ", "DÉPART ", "INGANG ", "JUBILACIÓN "])).span("NEG_DATE", neg_date(lg, 2020, 2030)).t("\n")
    tail(r)
    done(r)


def lookalike(lg):
    """A blank form or an office page: firms after a bare NAME label, dates after issue and
    expiry labels, lines like streets, place headings."""
    r = R(lg, "lookalike")
    d = L[lg]
    r.header(1, 1)
    r.span("NEG_TITLE", rng.choice(d["title"])).t("\n")
    for key in ("name", "giv", "dob", "st"):
        lab = rng.choice(d["dob"]) if key == "dob" else d["lab"][key]
        r.span("NEG_LABEL", misread_label(lab) if rng.random() < 0.5 else lab).t(rng.choice([" ______", "  ......", " [     ]", " |_|_|_|", " ¦ ____"]))
        r.t(rng.choice(["\n", "   "]))
    r.t(rng.choice(["NAME  ", "NOM  ", "NAAM ¦ ", "NAMN  ", "NAME\t", "NAVN . "])).span("NEG_ORG", rng.choice(d["org"])).t("\n")
    datelab(r, ISSUE, lg)
    r.gap()
    datelab(r, EXPIRY, lg)
    r.t("\n")
    for _ in range(rng.randint(2, 3)):
        k = rng.randrange(4)
        if k == 0:
            r.span("NEG_LABEL", rng.choice(LOOKS))
        elif k == 1:
            r.span("NEG_ORG", rng.choice(d["org"]))
        elif k == 2:
            r.span("NEG_AMOUNT", amount())
        else:
            r.span("NEG_PLACE", rng.choice(d["town"]))
        r.t(rng.choice(["\n", "   ", " | "]))
    r.t("\nREV. ").span("NEG_DATE", neg_date(lg)).t("\n")
    done(r)


ASKS = ["Transcribe this scan into JSON fields.", "Fix the OCR errors in this page and keep the values.",
        "Please key this faxed form into the case system.", "Extract the people, births and addresses from this scan.",
        "Summarise this scanned document.", "Bitte diesen Scan abtippen.",
        "Peux-tu corriger l'OCR de ce document ?", "Przepisz ten skan do tabeli."]
PLAN = [(passport, 50), (utility, 50), (indenture, 42), (funeral, 48), (naturalisation, 42),
        (ledger, 42), (hunting, 45), (allotment, 40), (pension, 50), (lookalike, 35)]


def main():
    run_plan(PLAN, LANGS, 7)
    write_json(scan_records(rng, DOCS, LANGS, ASKS))


if __name__ == "__main__":
    main()
