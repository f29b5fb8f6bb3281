#!/usr/bin/env python3
"""gen_scan52.py: people, streets, births and phones in OCR and fax text in capitals, second
round (branch scan52). A tune set, written and committed before any detector rule was read or
hush was run on it, from the twenty-fourth blind set's public brief (its scanned family) and
ocr51's notes, in domains away from both: microfilmed census sheets and ship passenger lists,
scanned employment contracts, faxed prescriptions, OCR'd utility bills and bank statements,
scanned vehicle registration papers, photographed whiteboards, scanned school report cards,
faxed court orders, OCR'd business cards, old typewritten letters, scanned guest registration
cards.

Shapes (metadata.class is the domain): labelled fields in capitals (`NAME: KELLER, ANNA MARIA`),
labels misread by OCR (NAHE, SURNAHE, D0B, DOB:, GEBURTSDATUN, ADRES, STRA8E, 5TREET, N0M,
PRENOM), columns run together on one line (`NAME KELLER ANNA DOB 12.03.1961 ADDRESS HAUPTSTR 5`),
rows with `|`, `¦`, tabs, values split by line-end hyphens (each visible piece its own span, the
hyphen and the break outside both) or over two lines, stray `| ¦ ~ _ .` between fields,
repeated page headers and footers, checkbox marks, address blocks without labels, streets in
capitals in every language with postcode and town after them (each its own STREET_ADDRESS
span, as ocr51 has it).

OCR letter/digit swaps inside values (O/0, l/1, I/1, S/5, B/8, rn/m): a misread value is still
the person's data, so it stays gold as printed (`KE1LER`, `HAUPTSTRA8E 12`, `12.O3.1961`).

Look-alikes as NEG_ spans in the same capitals: form titles and field names (NEG_TITLE,
NEG_LABEL), firms, schools, courts and pharmacies (NEG_ORG; some named after a street or with RUE
/ VIA / STRASSE in the name), places (NEG_PLACE: `HALTESTELLE BAHNHOFSTRASSE`, a branch named
after its street, ports, nationalities), products and medicines (NEG_PRODUCT: `RAMIPRIL 5 MG`,
`GOLF 1.6 TDI`), lines that look like a street and are not (NEG_LABEL: `ROOM 214`, `DECK 3`,
`COURT 3`, `SAAL 12`, `MATHEMATIK 2`, `PLATFORM 4`, `KLASSE 7B`, `SHEET 17`), form, issue,
expiry, hearing and period dates (NEG_DATE), reference numbers, plates, VINs, case numbers
(NEG_ID). Languages en de fr nl es it pt pl sv no da fi cs hu tr ro el (Greek in Latin letters);
a fifth of the people of global origin, half the names invented. Every record is a request body
of one of four APIs (the pages of a scan as consecutive blocks or tool results), a third with
non-ASCII as \\uXXXX. Deterministic; stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_common import collector, draw_name, run_plan, write_json  # noqa: E402
from gen_scan_common import ScanDoc, ocr_phone as ocr_phone_p, refno as refno_f, scan_records  # noqa: E402

rng = random.Random(5252)


def dmy(sep, pad=True, yfirst=False, trail=""):
    def f(y, m, d):
        if yfirst:
            return "%d%s%02d%s%02d%s" % (y, sep, m, sep, d, trail)
        if pad:
            return "%02d%s%02d%s%d" % (d, sep, m, sep, y)
        return "%d%s%d%s%d" % (d, sep, m, sep, y)
    return f


# g/s real names, syl/end invented ones, st streets ({n} the number), pc postcode and town, df
# the date form, lab the field labels, ocr misread labels, title form titles, town places,
# look streets-that-are-not in this language (NEG_), phone a phone format.
L = {
    "en": dict(g=["Rhys", "Philippa", "Callum", "Rosalind", "Duncan", "Maisie"],
               s=["Fairclough", "Ollerenshaw", "Blackwood", "Pennington", "Croft", "Haworth"],
               syl=["dun", "mar", "ick", "bel", "thorn", "ald"], end=["ham", "field", "worth"],
               st=["{n} Mill Lane", "{n} Station Road", "{n} Cromwell Street", "{n} Ashgrove Crescent"],
               pc=["Sheffield S10 2TN", "Norwich NR2 4PD", "Exeter EX4 6QR"],
               df=dmy("/"), lab=dict(name="Name", sur="Surname", giv="Forenames", dob="Date of birth",
                                     st="Address", pc="Postcode", tel="Tel"),
               ocr=dict(name=["NAHE", "NAM E"], sur=["SURNAHE", "5URNAME"], dob=["D0B", "DOB:", "DATE 0F BIRTH"],
                        st=["5TREET", "ADDRE5S"]),
               title=["CONTRACT OF EMPLOYMENT", "GUEST REGISTRATION CARD", "REPORT CARD", "PRESCRIPTION"],
               town=["LIVERPOOL", "SOUTHAMPTON", "HULL"],
               look=["PLATFORM 4", "COURT 3", "HIGH STREET BANK", "STATION ROAD SURGERY", "ROAD TAX BAND 12"],
               phone="07%03d %06d"),
    "de": dict(g=["Anna Maria", "Hartmut", "Wiebke", "Lothar", "Gudrun", "Volker"],
               s=["Keller", "Brandt", "Lindemann", "Hoffmeister", "Grabowski", "Stegmann"],
               syl=["wal", "ren", "hau", "kin", "bert", "lo"], end=["mann", "ner", "hagen"],
               st=["Hauptstraße {n}", "Hauptstr. {n}", "Am Mühlbach {n}", "Goethestraße {n}b", "Bahnhofstr. {n}"],
               pc=["10115 Berlin", "50667 Köln", "04109 Leipzig"],
               df=dmy("."), lab=dict(name="Name", sur="Familienname", giv="Vorname", dob="Geburtsdatum",
                                     st="Straße", pc="PLZ/Ort", tel="Telefon"),
               ocr=dict(name=["NAHE", "NAHME"], sur=["FAMILIENNAHE", "NACHNAHE"], dob=["GEBURTSDATUN", "GEB.-DAT.", "GEBURTSDATLIM"],
                        st=["STRA8E", "STRASSF", "5TRASSE"]),
               title=["ARBEITSVERTRAG", "MELDESCHEIN", "ZEUGNIS", "REZEPT"],
               town=["DORTMUND", "KASSEL", "ROSTOCK"],
               look=["HALTESTELLE BAHNHOFSTRASSE", "STRASSENVERKEHRSAMT", "ABT. STRASSENBAU", "SAAL 12", "MATHEMATIK 2", "FILIALE MARKTPLATZ"],
               phone="0151 %08d"),
    "fr": dict(g=["Anne-Laure", "Thibault", "Solène", "Gaspard", "Maëlle", "Yannick"],
               s=["Garnier", "Lacroix", "Perrin", "Boucher", "Chevallier", "Roussel"],
               syl=["mar", "ten", "gou", "ril", "bo", "chan"], end=["ard", "eau", "in"],
               st=["{n} rue de la Paix", "{n}, rue Victor Hugo", "{n} avenue Jean Jaurès", "{n} impasse des Lilas"],
               pc=["75002 Paris", "31000 Toulouse", "67000 Strasbourg"],
               df=dmy("/"), lab=dict(name="Nom", sur="Nom", giv="Prénom", dob="Date de naissance",
                                     st="Adresse", pc="CP / Ville", tel="Tél"),
               ocr=dict(name=["N0M", "NORN"], sur=["N0M DE FAMILLE"], giv=["PRENOM", "PRÉN0M"], dob=["DATE DE NAlSSANCE", "NE LE"],
                        st=["ADRES5E", "ADRESSF"]),
               title=["CONTRAT DE TRAVAIL", "FICHE DE POLICE", "BULLETIN SCOLAIRE", "ORDONNANCE"],
               town=["RENNES", "DIJON", "NICE"],
               look=["SALLE 12", "QUAI 3", "CAFÉ DE LA RUE DU BAC SARL", "LIGNE 4 DIRECTION GARE", "AVENUE TÉLÉCOM SA"],
               phone="06 %02d %02d %02d %02d"),
    "nl": dict(g=["Joost", "Marieke", "Thijs", "Lotte", "Wouter", "Femke"],
               s=["Visser", "Smit", "Mulder", "van Dijk", "de Boer", "Verhoeven"],
               syl=["ber", "kam", "sto", "vel", "ruit", "go"], end=["man", "stra", "ink"],
               st=["Prinsengracht {n}", "Dorpsstraat {n}", "Van Woustraat {n}-3", "Kerkweg {n}"],
               pc=["1017 GK Amsterdam", "9711 LM Groningen", "5611 AB Eindhoven"],
               df=dmy("-"), lab=dict(name="Naam", sur="Achternaam", giv="Voornamen", dob="Geboortedatum",
                                     st="Adres", pc="Postcode/Plaats", tel="Telefoon"),
               ocr=dict(name=["NAAH", "NAAM:"], sur=["ACHTERNAAH"], dob=["GEB00RTEDATUM", "GEB. DATUN"], st=["ADRE5", "ADRES:"]),
               title=["ARBEIDSOVEREENKOMST", "GASTENREGISTRATIE", "RAPPORT", "RECEPT"],
               town=["ZWOLLE", "LEIDEN", "ARNHEM"],
               look=["SPOOR 5", "LOKAAL 12", "KALVERSTRAAT FILIAAL", "RIJKSWATERSTAAT WEGEN"],
               phone="06-%08d"),
    "es": dict(g=["Itziar", "Rodrigo", "Montserrat", "Álvaro", "Rocío", "Gonzalo"],
               s=["Herrero", "Castillo", "Ordóñez", "Gallego", "Quintana", "Beltrán"],
               syl=["tol", "ran", "mi", "que", "bel", "gar"], end=["ez", "era", "ón"],
               st=["Calle Mayor {n}", "Calle de Serrano {n}, 2º A", "Avenida Diagonal {n}", "Paseo de Gracia {n}"],
               pc=["28001 Madrid", "08008 Barcelona", "50001 Zaragoza"],
               df=dmy("/"), lab=dict(name="Nombre", sur="Apellidos", giv="Nombre", dob="Fecha de nacimiento",
                                     st="Domicilio", pc="CP / Localidad", tel="Teléfono"),
               ocr=dict(name=["N0MBRE", "NOHBRE"], sur=["APELLlDOS"], dob=["FECHA DE NAClMIENTO", "F. NAC."], st=["D0MICILIO", "DOHICILIO"]),
               title=["CONTRATO DE TRABAJO", "PARTE DE ENTRADA DE VIAJEROS", "BOLETÍN DE NOTAS", "RECETA MÉDICA"],
               town=["SALAMANCA", "CÁDIZ", "OVIEDO"],
               look=["ANDÉN 2", "SALA 4", "CALLE 13 PRODUCCIONES", "AULA 12"],
               phone="6%02d %03d %03d"),
    "it": dict(g=["Gianluca", "Federica", "Matteo", "Chiara", "Raffaele", "Ludovica"],
               s=["Rinaldi", "Marchetti", "Galli", "De Santis", "Barbieri", "Fontana"],
               syl=["pel", "ran", "tu", "gio", "sal", "mo"], end=["elli", "ucci", "ato"],
               st=["Via Roma {n}", "Via Giuseppe Garibaldi {n}", "Corso Buenos Aires {n}", "Piazza Navona {n}"],
               pc=["20121 Milano", "80132 Napoli", "50123 Firenze"],
               df=dmy("/"), lab=dict(name="Nome", sur="Cognome", giv="Nome", dob="Data di nascita",
                                     st="Indirizzo", pc="CAP / Città", tel="Tel"),
               ocr=dict(name=["N0ME", "NOHE"], sur=["COGN0ME", "COGNOHE"], dob=["DATA Dl NASCITA", "NATO IL"], st=["lNDIRIZZO", "INDIRIZZ0"]),
               title=["CONTRATTO DI LAVORO", "SCHEDA DI NOTIFICA ALLOGGIATI", "PAGELLA", "RICETTA"],
               town=["GENOVA", "VERONA", "BARI"],
               look=["BINARIO 3", "AULA 12", "PIZZERIA VIA ROMA", "PIAZZA AFFARI"],
               phone="3%02d %03d %04d"),
    "pt": dict(g=["Tiago", "Beatriz", "Rui", "Mariana", "Duarte", "Matilde"],
               s=["Carvalho", "Sousa", "Lopes", "Teixeira", "Pinto", "Moreira"],
               syl=["rib", "man", "cel", "tor", "lu", "gas"], end=["eiro", "ães", "ado"],
               st=["Rua do Ouro {n}", "Avenida dos Aliados {n}", "Rua Direita {n}, 1.º Dto.", "Largo do Rato {n}"],
               pc=["1100-062 Lisboa", "4050-261 Porto", "8000-153 Faro"],
               df=dmy("/"), lab=dict(name="Nome", sur="Apelido", giv="Nome próprio", dob="Data de nascimento",
                                     st="Morada", pc="Código postal", tel="Telefone"),
               ocr=dict(name=["N0ME", "NOHE"], dob=["DATA DE NASClMENTO", "DATA NASC."], st=["M0RADA", "HORADA"]),
               title=["CONTRATO DE TRABALHO", "BOLETIM DE ALOJAMENTO", "PAUTA ESCOLAR", "RECEITA MÉDICA"],
               town=["SETÚBAL", "ÉVORA", "VISEU"],
               look=["CAIS 4", "SALA 12", "RUA AUGUSTA MODAS LDA", "LINHA 2"],
               phone="9%02d %03d %03d"),
    "pl": dict(g=["Grzegorz", "Bożena", "Przemysław", "Jadwiga", "Mirosław", "Halina"],
               s=["Wróblewski", "Jabłońska", "Pawlak", "Michalski", "Sikora", "Kaczmarek"],
               syl=["bro", "mil", "sze", "dar", "wo", "kra"], end=["ski", "czyk", "iak"],
               st=["ul. Polna {n}", "ulica Mickiewicza {n}/3", "al. Niepodległości {n}", "ul. Piotrkowska {n}"],
               pc=["90-406 Łódź", "61-701 Poznań", "50-001 Wrocław"],
               df=dmy("."), lab=dict(name="Imię i nazwisko", sur="Nazwisko", giv="Imię", dob="Data urodzenia",
                                     st="Adres", pc="Kod / Miejscowość", tel="Tel"),
               ocr=dict(name=["NAZWlSKO"], sur=["NAZWISK0"], dob=["DATA UR0DZENIA", "UR."], st=["ADRE5", "ULlCA"]),
               title=["UMOWA O PRACĘ", "KARTA MELDUNKOWA", "ŚWIADECTWO SZKOLNE", "RECEPTA"],
               town=["LUBLIN", "KATOWICE", "SZCZECIN"],
               look=["PERON 2", "SALA 105", "ULICA SEZAMKOWA", "ZARZĄD DRÓG MIEJSKICH"],
               phone="5%02d %03d %03d"),
    "sv": dict(g=["Ebba", "Torbjörn", "Agneta", "Kjell", "Sigrid", "Anders"],
               s=["Lundgren", "Åkesson", "Hedlund", "Forsberg", "Engström", "Sandberg"],
               syl=["ber", "sva", "lin", "tor", "häl", "ros"], end=["ström", "lund", "gren"],
               st=["Kungsgatan {n}", "Sveavägen {n}", "Östra Långgatan {n}", "Ringvägen {n} B"],
               pc=["111 56 Stockholm", "413 04 Göteborg", "752 36 Uppsala"],
               df=dmy("-", yfirst=True), lab=dict(name="Namn", sur="Efternamn", giv="Förnamn", dob="Födelsedatum",
                                                  st="Adress", pc="Postnr / Ort", tel="Tel"),
               ocr=dict(name=["NAHN"], sur=["EFTERNAHN"], dob=["F0DELSEDATUM", "FODD"], st=["ADRE55", "GATUADRE5S"]),
               title=["ANSTÄLLNINGSAVTAL", "GÄSTREGISTRERING", "BETYG", "RECEPT"],
               town=["VÄSTERÅS", "ÖREBRO", "LULEÅ"],
               look=["SPÅR 5", "SAL 12", "DROTTNINGGATAN BUTIKEN AB", "TRAFIKVERKET VÄGAR"],
               phone="07%d-%03d %02d %02d"),
    "no": dict(g=["Sindre", "Ingrid", "Eirik", "Solveig", "Håkon", "Ragnhild"],
               s=["Haugen", "Solberg", "Bakke", "Strand", "Eriksen", "Moen"],
               syl=["bjø", "ran", "vik", "ste", "ol", "gun"], end=["rud", "vik", "dal"],
               st=["Storgata {n}", "Thorvald Meyers gate {n}", "Bygdøy allé {n}", "Kirkeveien {n}"],
               pc=["0182 Oslo", "5003 Bergen", "7011 Trondheim"],
               df=dmy("."), lab=dict(name="Navn", sur="Etternavn", giv="Fornavn", dob="Fødselsdato",
                                     st="Adresse", pc="Postnr. / Sted", tel="Tlf"),
               ocr=dict(name=["NAVH", "NAVN:"], sur=["ETTERNAVH"], dob=["F0DSELSDATO", "FØDT"], st=["ADRE55E"]),
               title=["ARBEIDSAVTALE", "GJESTEREGISTRERING", "VITNEMÅL", "RESEPT"],
               town=["STAVANGER", "TROMSØ", "DRAMMEN"],
               look=["SPOR 3", "KARL JOHAN HOTELL", "ROM 214", "STATENS VEGVESEN"],
               phone="9%02d %02d %03d"),
    "da": dict(g=["Rasmus", "Lene", "Kasper", "Tove", "Henrik", "Dorthe"],
               s=["Nygaard", "Lauridsen", "Bech", "Thomsen", "Dalsgaard", "Vestergaard"],
               syl=["kjær", "bo", "lin", "sø", "ras", "hel"], end=["gaard", "sen", "bæk"],
               st=["Strandvejen {n}", "Jernbanegade {n}", "Nørrebrogade {n}, 3. th.", "Kongensgade {n}"],
               pc=["2100 København Ø", "9000 Aalborg", "6700 Esbjerg"],
               df=dmy("."), lab=dict(name="Navn", sur="Efternavn", giv="Fornavn", dob="Fødselsdato",
                                     st="Adresse", pc="Postnr. / By", tel="Tlf"),
               ocr=dict(name=["NAVH"], dob=["F0DSELSDATO", "FØDT"], st=["ADRE55E", "ADRES5E"]),
               title=["ANSÆTTELSESKONTRAKT", "GÆSTEKORT", "KARAKTERBLAD", "RECEPT"],
               town=["HERNING", "KOLDING", "VEJLE"],
               look=["SPOR 5", "LOKALE 12", "STRØGET BUTIK APS", "VEJDIREKTORATET"],
               phone="%02d %02d %02d %02d"),
    "fi": dict(g=["Juha", "Riikka", "Tapani", "Hannele", "Ossi", "Satu"],
               s=["Lehtonen", "Heikkinen", "Salminen", "Laaksonen", "Rantanen", "Kallio"],
               syl=["ant", "sil", "ruu", "kos", "tei", "vaa"], end=["nen", "la", "oja"],
               st=["Hämeentie {n}", "Kauppakatu {n} A 4", "Satakunnankatu {n}", "Rantatie {n}"],
               pc=["00530 Helsinki", "40100 Jyväskylä", "90100 Oulu"],
               df=dmy(".", pad=False), lab=dict(name="Nimi", sur="Sukunimi", giv="Etunimet", dob="Syntymäaika",
                                                st="Osoite", pc="Postinro / Kunta", tel="Puh"),
               ocr=dict(name=["NlMI", "NIHI"], sur=["SUKUNlMI"], dob=["SYNTYHÄAIKA", "SYNT."], st=["0SOITE", "OSOlTE"]),
               title=["TYÖSOPIMUS", "MAJOITTUJAN ILMOITUS", "TODISTUS", "RESEPTI"],
               town=["LAHTI", "PORI", "VAASA"],
               look=["LAITURI 4", "LUOKKA 7B", "KAUPPAKATU KAHVILA OY", "LUOKKAHUONE 12"],
               phone="050 %03d %04d"),
    "cs": dict(g=["Vojtěch", "Jarmila", "Radek", "Ludmila", "Ondřej", "Blanka"],
               s=["Svoboda", "Veselá", "Horák", "Němcová", "Pokorný", "Marek"],
               syl=["vla", "dob", "rač", "ze", "mil", "hor"], end=["ová", "ík", "ák"],
               st=["Vodičkova {n}", "Masarykova {n}/5", "Nádražní {n}", "U Nemocnice {n}"],
               pc=["110 00 Praha 1", "612 00 Brno", "370 01 České Budějovice"],
               df=dmy(". ", pad=False), lab=dict(name="Jméno a příjmení", sur="Příjmení", giv="Jméno", dob="Datum narození",
                                                  st="Bydliště", pc="PSČ / Obec", tel="Tel"),
               ocr=dict(name=["JMEN0"], sur=["PRIJMENl"], dob=["DATUM NAR0ZENI", "NAR."], st=["BYDLlSTE", "ULlCE"]),
               title=["PRACOVNÍ SMLOUVA", "PŘIHLAŠOVACÍ LÍSTEK", "VYSVĚDČENÍ", "RECEPT"],
               town=["ZLÍN", "KLADNO", "JIHLAVA"],
               look=["NÁSTUPIŠTĚ 2", "UČEBNA 12", "SÁL 3", "SPRÁVA SILNIC"],
               phone="7%02d %03d %03d"),
    "hu": dict(g=["Levente", "Zsuzsanna", "Attila", "Ágnes", "Csaba", "Krisztina"],
               s=["Farkas", "Balogh", "Molnár", "Lakatos", "Fekete", "Pintér"],
               syl=["sze", "gyö", "bal", "ker", "tor", "mé"], end=["falvi", "di", "ényi"],
               st=["Rákóczi út {n}", "Dózsa György utca {n}", "Fő utca {n}", "Szent István krt. {n}"],
               pc=["1072 Budapest", "9021 Győr", "7621 Pécs"],
               df=dmy(". ", yfirst=True, trail="."), lab=dict(name="Név", sur="Vezetéknév", giv="Utónév", dob="Születési idő",
                                                              st="Lakcím", pc="Irsz. / Helység", tel="Tel"),
               ocr=dict(name=["NEV", "NÉV:"], dob=["SZULETESI IDO", "SZÜL."], st=["LAKClM", "LAKCIH"]),
               title=["MUNKASZERZŐDÉS", "VENDÉGBEJELENTŐ LAP", "BIZONYÍTVÁNY", "VÉNY"],
               town=["SOPRON", "EGER", "SZOLNOK"],
               look=["VÁGÁNY 3", "TEREM 12", "VÁCI UTCA DIVAT KFT", "KÖZÚTKEZELŐ"],
               phone="+36 20 %03d %04d"),
    "tr": dict(g=["Emre", "Zeynep", "Burak", "Elif", "Kerem", "Selin"],
               s=["Aydın", "Kaya", "Arslan", "Koç", "Kurt", "Özdemir"],
               syl=["tur", "ak", "sel", "ba", "yıl", "der"], end=["oğlu", "soy", "han"],
               st=["Cumhuriyet Caddesi No:{n}", "Gazi Mustafa Kemal Bulvarı No:{n}", "Halaskargazi Cad. No:{n}", "Bahar Sokak No:{n} D:2"],
               pc=["34367 Şişli/İstanbul", "16050 Nilüfer/Bursa", "07100 Muratpaşa/Antalya"],
               df=dmy("."), lab=dict(name="Adı Soyadı", sur="Soyadı", giv="Adı", dob="Doğum tarihi",
                                     st="Adres", pc="Posta kodu / İl", tel="Tel"),
               ocr=dict(name=["ADl SOYADI"], sur=["S0YADI"], dob=["DOGUM TARlHI", "D. TARIHI"], st=["ADRE5", "ADRES:"]),
               title=["İŞ SÖZLEŞMESİ", "KONAKLAMA KAYIT FORMU", "KARNE", "REÇETE"],
               town=["MERSİN", "KAYSERİ", "TRABZON"],
               look=["PERON 3", "SINIF 7B", "BAĞDAT CADDESİ MAĞAZASI", "SALON 12"],
               phone="05%02d %03d %02d %02d"),
    "ro": dict(g=["Andrei", "Ioana", "Mihai", "Cristina", "Bogdan", "Alexandra"],
               s=["Popescu", "Ionescu", "Dumitrescu", "Stănescu", "Munteanu", "Constantin"],
               syl=["bor", "ciu", "man", "tea", "gri", "vla"], end=["escu", "eanu", "aru"],
               st=["Strada Mihai Eminescu {n}", "Bulevardul Unirii {n}", "Calea Victoriei {n}", "Str. Lipscani {n}"],
               pc=["010061 București", "400001 Cluj-Napoca", "700028 Iași"],
               df=dmy("."), lab=dict(name="Nume și prenume", sur="Nume", giv="Prenume", dob="Data nașterii",
                                     st="Adresa", pc="Cod poștal / Localitate", tel="Tel"),
               ocr=dict(name=["NUHE"], sur=["NUME:"], giv=["PREN0ME", "PRENUHE"], dob=["DATA NASTERll", "NASCUT LA"], st=["ADRE5A", "STRADA:"]),
               title=["CONTRACT INDIVIDUAL DE MUNCĂ", "FIȘĂ DE ÎNREGISTRARE", "CARNET DE NOTE", "REȚETĂ"],
               town=["BRAȘOV", "TIMIȘOARA", "CONSTANȚA"],
               look=["PERONUL 2", "SALA 12", "CALEA VICTORIEI SRL", "LINIA 5"],
               phone="07%02d %03d %03d"),
    "el": dict(g=["Georgios", "Eleni", "Dimitrios", "Katerina", "Nikolaos", "Vasiliki"],
               s=["Papadopoulos", "Karagianni", "Oikonomou", "Georgiou", "Vlachos", "Alexiou"],
               syl=["kos", "tra", "mel", "ni", "pa", "the"], end=["opoulos", "akis", "idis"],
               st=["Odos Ermou {n}", "Leoforos Syngrou {n}", "Odos Patision {n}", "Odos Tsimiski {n}"],
               pc=["105 63 Athina", "546 24 Thessaloniki", "262 21 Patra"],
               df=dmy("/"), lab=dict(name="Onoma", sur="Eponymo", giv="Onoma", dob="Imerominia gennisis",
                                     st="Diefthynsi", pc="TK / Poli", tel="Til"),
               ocr=dict(name=["0NOMA", "ONOHA"], sur=["EPONYH0"], dob=["IMER. GENNISIS", "GENN."], st=["DIEFTHYN5I"]),
               title=["SYMVASI ERGASIAS", "DELTIO AFIXIS", "ELENCHOS PROODOU", "SYNTAGI"],
               town=["LARISA", "IRAKLEIO", "VOLOS"],
               look=["AITHOUSA 12", "PLATFORMA 2", "ERMOU STORE AE", "GRAFEIO 4"],
               phone="69%02d %03d %03d"),
}
LANGS = list(L)
GLOBAL = [("Chukwuemeka", "Obi"), ("Lakshmi", "Subramanian"), ("Xiu", "Ying Li"), ("Yusuf", "Haddad"),
          ("Akosua", "Asante"), ("Kenji", "Watanabe"), ("Tama", "Wiremu"), ("Wanjiru", "Kamau"),
          ("Arjun", "Iyer"), ("Hoang", "Thi Lan"), ("Farid", "Karimi"), ("Nomvula", "Khumalo"),
          ("Soo-ah", "Kim"), ("Imran", "Siddiqui"), ("Esi", "Mensah"), ("Rahul", "Banerjee")]
FIRMS = ["STADTWERKE MÜNCHEN", "EDF ÉNERGIE", "VATTENFALL AB", "ENEL ENERGIA", "ENEO", "BRITISH GAS",
         "SPARKASSE KÖLNBONN", "ING BANK N.V.", "BANCO SANTANDER", "CAIXA GERAL DE DEPÓSITOS", "PKO BP",
         "DNB BANK ASA", "OTP BANK", "ZIRAAT BANKASI", "BANCA TRANSILVANIA", "NORDEA", "ČEZ PRODEJ"]
MEDS = ["RAMIPRIL 5 MG", "METFORMIN 850 MG", "AMOXICILLIN 500 MG", "IBUPROFEN 400", "L-THYROXIN 75",
        "SIMVASTATIN 20 MG", "PANTOPRAZOL 40", "SALBUTAMOL 100 µG"]
CARS = ["VW GOLF 1.6 TDI", "SKODA OCTAVIA 2.0", "RENAULT CLIO IV", "FIAT PANDA 1.2", "VOLVO V60 D4",
        "TOYOTA YARIS 1.5", "DACIA LOGAN 1.0", "OPEL ASTRA K"]
SUBJ = ["MATHEMATIK 2", "ENGLISH 3", "FRANÇAIS 14", "SPORT 1", "HISTORY 4", "BIOLOGIE 2", "MUSIK 1", "CHEMISTRY 5"]
GENERIC_LOOK = ["ROOM 214", "DECK 3", "BERTH 45", "CABIN 117", "GATE 7", "PIER 4", "SHEET 17", "WARD 12",
                "SECTION 5", "CLASS 7B", "LINE 12", "ROLL 12 FRAME 44", "ENUMERATION DISTRICT 45", "BOX 118",
                "LOT 14", "BLOCK C", "COURT 3", "FLOOR 2", "PLATFORM 9", "TARIFF 12", "ZONE 3"]


SWAP = [("O", "0"), ("0", "O"), ("l", "1"), ("I", "1"), ("1", "l"), ("S", "5"), ("B", "8"), ("m", "rn"),
        ("M", "RN"), ("E", "F")]


def misread(v, p=0.1):
    """An OCR letter/digit swap inside a value, kept as printed (still the person's data)."""
    if rng.random() >= p:
        return v
    opts = [(a, b) for a, b in SWAP if a in v[1:]]
    if not opts:
        return v
    a, b = rng.choice(opts)
    i = v.index(a, 1)
    return v[:i] + b + v[i + len(a):]


def phone_of(lg):
    f = L[lg]["phone"]
    parts = f.split("%")[1:]
    vals = []
    for x in parts:
        w = int(x[1]) if x[:2][0] == "0" and x[1].isdigit() else (1 if x[0] == "d" else 2)
        vals.append(rng.randrange(10 ** w))
    return f % tuple(vals)


class Person:
    def __init__(self, lg):
        d = L[lg]
        self.g, self.s = draw_name(rng, GLOBAL, d, 0.6)
        self.lg = lg
        self.ymd = (rng.randint(1921, 2012), rng.randint(1, 12), rng.randint(1, 28))
        self.phone = phone_of(lg)
        self.st = rng.choice(d["st"]).replace("{n}", str(rng.randint(2, 160)))
        self.pc = rng.choice(d["pc"])

    def full(self, caps=True, surfirst=False):
        if surfirst or self.lg == "hu" and (self.g, self.s) not in GLOBAL:
            v = self.s + (", " if surfirst and rng.random() < 0.6 else " ") + self.g
        else:
            v = self.g + " " + self.s
        return misread(v.upper() if caps else v)

    def dob(self):
        v = L[self.lg]["df"](*self.ymd)
        return misread(v, 0.08)


def other_date(lg, y0=2019, y1=2027):
    return L[lg]["df"](rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def refno():
    return refno_f(rng, lambda: "NR %07d" % rng.randrange(10 ** 7))


def ocr_phone(v):
    return ocr_phone_p(rng, v, 0.2)


class R(ScanDoc):
    """One scanned document in the shapes below: labels in the language, OCR misreads."""
    rng, CAPS, SPLIT, COMMA_LINE = rng, 0.8, (0.14, 0.22), True
    GAPS = ["  ", "   ", "\t", " | ", " ¦ ", " ~ ", " _ ", "|", "  .  ", " ¦  "]
    BOXES = (["[x] ", "[X] ", "☒ ", "(x) ", "☑ ", "|X| "], ["[ ] ", "☐ ", "( ) ", "|_| "])
    HYPHENS = ["-\n", "-\n", "¬\n", "-\n   "]

    def lab(self, key, sep=None):
        d = L[self.lg]
        if key in d["ocr"] and rng.random() < 0.4:
            v = rng.choice(d["ocr"][key])
        else:
            v = self.c(d["lab"].get(key, d["lab"]["name"]))
        if sep is None:
            sep = rng.choice([": ", ":", " ", ":  ", " : ", ".: ", "\t", " _ ", " . "])
        if v.endswith(":") and sep.startswith(":"):
            sep = sep[1:] or " "
        return self.t(v + sep)

    def look(self):
        """A capitals line that looks like a street and is not."""
        if rng.random() < 0.5:
            return self.span("NEG_LABEL", rng.choice(GENERIC_LOOK))
        return self.span("NEG_PLACE", rng.choice(L[self.lg]["look"]))

    def header(self, page, pages):
        d = L[self.lg]
        k = rng.randrange(3)
        if k == 0:
            self.span("NEG_TITLE", rng.choice(d["title"])).t("   ").span("NEG_ID", "%s %d/%d" % (rng.choice(["PAGE", "SEITE", "P.", "S.", "STR."]), page, pages)).t("\n")
        elif k == 1:
            self.t(rng.choice(["~~ ", "| ", "", "_ "])).span("NEG_ORG", rng.choice(FIRMS)).gap().span("NEG_ID", "FORM %s-%d" % (rng.choice(["A", "B7", "KV", "Z"]), rng.randint(2, 99))).t("\n")
        else:
            self.t("--- ").span("NEG_ID", "%d / %d" % (page, pages)).t(" --- ").span("NEG_TITLE", rng.choice(d["title"])).t(" ---\n")


DOCS, done = collector()


def name_fields(r, p):
    k = rng.randrange(5)
    if k == 0:
        r.lab("name").val("PERSON", p.full(r.caps))
    elif k == 1:
        r.lab("name").span("PERSON", p.full(r.caps, surfirst=True))
    elif k == 2:
        r.lab("sur").val("PERSON", misread(r.c(p.s))).gap().lab("giv").val("PERSON", misread(r.c(p.g)))
    elif k == 3:
        r.lab("giv").val("PERSON", misread(r.c(p.g))).gap().lab("sur").val("PERSON", misread(r.c(p.s)))
    else:
        r.lab("name").span("PERSON", misread(r.c(p.s))).t(rng.choice(["  ", " ", " ¦ "])).span("PERSON", misread(r.c(p.g)))


def street(r, p):
    return misread(r.c(p.st), 0.12)


def addr_fields(r, p, oneline=False):
    r.lab("st").val("STREET_ADDRESS", street(r, p))
    if oneline:
        r.t(rng.choice([", ", "  ", " "]))
        return r.span("STREET_ADDRESS", r.c(p.pc))
    r.t("\n")
    if rng.random() < 0.5:
        return r.lab("pc").span("STREET_ADDRESS", r.c(p.pc))
    return r.t(rng.choice(["", "    ", "\t"])).span("STREET_ADDRESS", r.c(p.pc))


def addr_block(r, p, caps=True):
    """An address block with no labels, as a window envelope shows it."""
    r.t(rng.choice(["", "HERR ", "FRAU ", "MR ", "MRS ", "M. ", "MME ", "SIG. ", "PAN ", "DHR. "]) if rng.random() < 0.4 else "")
    r.val("PERSON", p.full(caps)).t("\n")
    r.val("STREET_ADDRESS", misread(p.st.upper() if caps else p.st, 0.12)).t("\n")
    r.span("STREET_ADDRESS", p.pc.upper() if caps else p.pc).t("\n")


# ---- the domains -------------------------------------------------------------------------------
def census(lg):
    """A microfilmed census sheet: rows in columns, the frame's header repeated."""
    r = R(lg, "census")
    d = L[lg]
    sep = rng.choice(["|", "¦", "\t", "   ", " | ", " . "])
    r.t(rng.choice(["CENSUS ", "VOLKSZÄHLUNG ", "RECENSEMENT ", "FOLKETELLING "])).span("NEG_DATE", str(rng.choice([1900, 1910, 1921, 1930, 1950])))
    r.t("  ").span("NEG_LABEL", rng.choice(["ENUMERATION DISTRICT 45", "SHEET 17", "ROLL 12 FRAME 44", "WARD 12", "BLOCK C"])).t("\n")
    r.t(sep.join(["NR", d["lab"]["name"].upper(), "REL.", d["lab"]["dob"].upper(), d["lab"]["st"].upper()]) + "\n")
    r.t(rng.choice(["-" * 40, "=" * 36, "_" * 40, "~ ~ ~ ~ ~ ~"]) + "\n")
    fam = Person(lg)
    for i in range(rng.randint(3, 5)):
        p = Person(lg)
        p.s, p.st, p.pc = fam.s, fam.st, fam.pc
        r.t("%d%s" % (i + 1, rng.choice([".", "", ")"]))).t(sep)
        r.val("PERSON", p.full(True, surfirst=rng.random() < 0.7))
        r.t(sep + rng.choice(["HEAD", "WIFE", "SON", "DAUR", "KIND", "FILS", "DOTTER"]) + sep)
        r.span("DATE_OF_BIRTH", p.dob()).t(sep)
        if i == 0:
            r.val("STREET_ADDRESS", misread(p.st.upper(), 0.12))
        else:
            r.t(rng.choice(['"', "DO.", "DITTO", "-"]))
        r.t("\n")
        if i == 1 and rng.random() < 0.4:
            r.newpage(2, 2)
    r.t(rng.choice(["ENUMERATOR ", "ZÄHLER ", "AGENT "]))
    q = Person(lg)
    r.span("PERSON", q.full(True)).t("\n")
    done(r)


def passenger(lg):
    """A ship passenger list: run-together columns, ports and berths beside the people."""
    r = R(lg, "passenger")
    r.caps = True
    r.t(rng.choice(["S.S. ", "M/S ", "D. "])).span("NEG_ORG", rng.choice(["NORDLAND", "KRONPRINSESSE", "STAVANGERFJORD", "AMERIKA", "CAP ARCONA"]))
    r.t("  MANIFEST  ").span("NEG_LABEL", rng.choice(["PORT OF HAMBURG", "PORT OF BERGEN", "PORT OF LE HAVRE", "PORT OF GENOVA"])).t("  ").span("NEG_DATE", other_date(lg, 1905, 1960)).t("\n")
    for i in range(rng.randint(2, 4)):
        p = Person(lg)
        order = rng.random() < 0.5
        r.t("%02d " % (i + 1))
        if order:
            r.lab("name", " ").span("PERSON", p.full(True, surfirst=True)).t(" ").lab("dob", " ").span("DATE_OF_BIRTH", p.dob())
        else:
            r.span("PERSON", p.full(True, surfirst=True)).gap().span("DATE_OF_BIRTH", p.dob())
        r.gap().t(rng.choice(["LAST RES. ", "LETZTER WOHNORT ", "ADR ", ""]))
        r.span("STREET_ADDRESS", misread(p.st.upper(), 0.12)).t(rng.choice([" ", ", "])).span("STREET_ADDRESS", p.pc.upper())
        r.gap().t("DEST. ").span("NEG_PLACE", rng.choice(["NEW YORK", "HALIFAX", "BUENOS AIRES", "QUEBEC"]))
        r.t(" ").span("NEG_LABEL", rng.choice(["DECK 3", "BERTH 45", "CABIN 117", "DECK C"])).t("\n")
        if i == 1 and rng.random() < 0.5:
            r.newpage(2, 2)
    done(r)


def contract(lg):
    """A scanned employment contract's first and last pages."""
    r, p = R(lg, "contract"), Person(lg)
    r.header(1, 3)
    r.span("NEG_TITLE", L[lg]["title"][0]).t("\n")
    r.t(r.c("between") + " ").span("NEG_ORG", rng.choice(FIRMS)).t(rng.choice([" (EMPLOYER)", " - ", ", "]) + r.c("and") + "\n")
    name_fields(r, p)
    r.t("\n")
    r.lab("dob").val("DATE_OF_BIRTH", p.dob(), split=False).t("\n")
    addr_fields(r, p, oneline=rng.random() < 0.3)
    r.t("\n")
    r.t(r.c("Start date") + ": ").span("NEG_DATE", other_date(lg)).gap().t(r.c("Department") + ": ")
    r.span("NEG_LABEL", rng.choice(["LOGISTIK HALLE 4", "ACCOUNTS PAYABLE", "SERVICE CLIENTS", "AFD. INKOOP", "WAREHOUSE 2"])).t("\n")
    r.t(r.c("Place of work") + ": ").look().t("\n")
    r.newpage(3, 3)
    r.t(r.c("Signed") + " ").span("NEG_DATE", other_date(lg)).gap()
    r.t(rng.choice(["", "/s/ ", "(SIGNED) ", "gez. "])).span("PERSON", p.full(r.caps)).t("\n")
    done(r)


def prescription(lg):
    """A faxed prescription: fax header, patient block, medicines, prescriber."""
    r, p = R(lg, "prescription"), Person(lg)
    r.t("%s %02d:%02d FAX " % (other_date(lg), rng.randint(7, 18), rng.randrange(60)))
    r.span("PHONE_NUMBER", phone_of(lg)).t("  ").span("NEG_ORG", rng.choice(["PRAXIS DR. MED.", "MEDICAL CENTRE", "CABINET MÉDICAL", "HUISARTSENPRAKTIJK"])).t("  P.01\n")
    r.span("NEG_TITLE", L[lg]["title"][3]).t("\n")
    name_fields(r, p)
    r.gap().lab("dob").span("DATE_OF_BIRTH", p.dob()).t("\n")
    if rng.random() < 0.7:
        addr_fields(r, p, oneline=rng.random() < 0.5)
        r.t("\n")
    for _ in range(rng.randint(1, 3)):
        r.t(rng.choice(["RP. ", "RX ", "- ", "1X "])).span("NEG_PRODUCT", rng.choice(MEDS)).t(rng.choice(["  1-0-1", "  N2", " 100 ST.", "  2X DAILY"]) + "\n")
    r.t(rng.choice(["PRESCRIBER ", "ARZT ", "MÉDECIN ", "DR. "]))
    q = Person(lg)
    r.span("PERSON", q.full(True) if rng.random() < 0.6 else q.g[0].upper() + ". " + q.s.upper()).gap().lab("tel").span("PHONE_NUMBER", ocr_phone(q.phone)).t("\n")
    r.t(rng.choice(["PHARMACY: ", "APOTHEKE: ", "PHARMACIE: "])).span("NEG_ORG", rng.choice(["LÖWEN-APOTHEKE", "BOOTS PHARMACY", "PHARMACIE DU MARCHÉ", "APOTHEKE AM BAHNHOFPLATZ", "FARMACIA VIA ROMA"])).t("\n")
    r.newpage(2, 2)
    r.t("END OF TRANSMISSION  ").span("NEG_DATE", other_date(lg)).t("\n")
    done(r)


def bill(lg):
    """An OCR'd utility bill or bank statement: an address block without labels, the
    supplier's lines, transactions naming people."""
    r, p = R(lg, "bill"), Person(lg)
    r.span("NEG_ORG", rng.choice(FIRMS)).gap().t(rng.choice(["POSTFACH ", "P.O. BOX ", "BP ", "APARTADO "])).span("NEG_ID", "%d %02d %02d" % (rng.randint(10, 99), rng.randrange(100), rng.randrange(100))).t("\n")
    if rng.random() < 0.5:
        r.t(rng.choice(["FILIALE ", "BRANCH ", "AGENCE ", "SUCURSAL "])).look().t("\n")
    r.t("\n")
    addr_block(r, p, caps=r.caps or rng.random() < 0.5)
    r.t("\n")
    if rng.random() < 0.5:
        r.t(rng.choice(["KONTOAUSZUG ", "STATEMENT ", "RELEVÉ ", "AFSCHRIFT "])).span("NEG_ID", "NR %d" % rng.randint(1, 12)).t("  ").span("NEG_DATE", other_date(lg)).t("\n")
        for _ in range(rng.randint(2, 4)):
            r.span("NEG_DATE", "%02d.%02d." % (rng.randint(1, 28), rng.randint(1, 12))).t(rng.choice([" SEPA LASTSCHRIFT ", " DIRECT DEBIT ", " PRÉLÈVEMENT "])).span("NEG_ORG", rng.choice(FIRMS)).t(" -%d,%02d\n" % (rng.randint(5, 300), rng.randrange(100)))
        q = Person(lg)
        r.span("NEG_DATE", "%02d.%02d." % (rng.randint(1, 28), rng.randint(1, 12))).t(rng.choice([" ÜBERWEISUNG AN ", " TRANSFER TO ", " VIREMENT À ", " GUTSCHRIFT VON "]))
        r.span("PERSON", q.full(True, surfirst=rng.random() < 0.5)).t(" %d,%02d\n" % (rng.randint(5, 900), rng.randrange(100)))
    else:
        r.t(rng.choice(["RECHNUNG ", "INVOICE ", "FACTURE ", "FATTURA "])).span("NEG_ID", refno()).t("\n")
        r.t(rng.choice(["ZÄHLER ", "METER ", "COMPTEUR "])).span("NEG_ID", "%d" % rng.randrange(10 ** 7, 10 ** 8)).gap().t(rng.choice(["TARIF ", "TARIFF ", "PLAN "])).span("NEG_LABEL", rng.choice(["ÖKOSTROM 12", "FIX 24", "BASE 6 KVA", "TARIFF 12"])).t("\n")
        r.t(rng.choice(["ABRECHNUNGSZEITRAUM ", "PERIOD ", "PÉRIODE "])).span("NEG_DATE", other_date(lg)).t(" - ").span("NEG_DATE", other_date(lg)).t("\n")
        r.t(rng.choice(["LIEFERSTELLE ", "SUPPLY ADDRESS ", "LIEU DE CONSOMMATION "])).span("STREET_ADDRESS", misread(p.st.upper(), 0.12)).t("\n")
    r.newpage(2, 2)
    done(r)


def vehicle(lg):
    """Scanned vehicle registration papers."""
    r, p = R(lg, "vehicle"), Person(lg)
    r.caps = True
    r.span("NEG_TITLE", rng.choice(["ZULASSUNGSBESCHEINIGUNG TEIL I", "CERTIFICAT D'IMMATRICULATION", "V5C REGISTRATION CERTIFICATE", "KENTEKENBEWIJS"])).t("\n")
    r.t("(A) ").span("NEG_ID", rng.choice(["B-KL 4%03d" % rng.randrange(1000), "AB-%03d-CD" % rng.randrange(1000), "KX%02d YTR" % rng.randrange(100)])).gap()
    r.t("(E) ").span("NEG_ID", "WVWZZZ%dZ%07d" % (rng.randint(1, 9), rng.randrange(10 ** 7))).t("\n")
    r.t("(C.1.1) ").lab("sur", " ").val("PERSON", misread(p.s.upper())).t("\n")
    r.t("(C.1.2) ").lab("giv", " ").val("PERSON", misread(p.g.upper())).t("\n")
    if rng.random() < 0.6:
        r.t("(C.1.3) ").val("STREET_ADDRESS", misread(p.st.upper(), 0.12)).t(rng.choice(["\n", ", ", "  "])).span("STREET_ADDRESS", p.pc.upper()).t("\n")
    else:
        r.t("(C.1.3) ").span("STREET_ADDRESS", misread(p.st.upper(), 0.12)).t(" ").span("STREET_ADDRESS", p.pc.upper()).t("\n")
    if rng.random() < 0.5:
        r.lab("dob").span("DATE_OF_BIRTH", p.dob()).t("\n")
    r.t("(D.1) ").span("NEG_PRODUCT", rng.choice(CARS)).gap().t("(B) ").span("NEG_DATE", other_date(lg, 2005, 2024)).gap().t("(P.2) ").span("NEG_LABEL", "%d KW" % rng.randint(44, 150)).t("\n")
    r.t(rng.choice(["ZULASSUNGSSTELLE ", "ISSUED BY ", "PRÉFECTURE "])).span("NEG_ORG", rng.choice(["STRASSENVERKEHRSAMT", "DVLA SWANSEA", "RDW", "ANTS"])).t("\n")
    done(r)


def whiteboard(lg):
    """A photographed whiteboard: OCR'd lines in capitals, arrows, names and a site address."""
    r = R(lg, "whiteboard")
    r.caps = True
    r.span("NEG_LABEL", rng.choice(["SPRINT 12", "WEEK 14", "KW 22", "SEMAINE 9", "MEETING ROOM 3"])).t(rng.choice([" ~ ", "  ", " _ "])).span("NEG_TITLE", rng.choice(["TODO", "PLAN", "STAND-UP", "À FAIRE", "AUFGABEN"])).t("\n")
    for _ in range(rng.randint(3, 5)):
        k = rng.randrange(4)
        p = Person(lg)
        if k == 0:
            r.t(rng.choice(["- ", "* ", "> ", "o "])).span("PERSON", misread(p.g.upper() + " " + p.s[0].upper() + ".") if rng.random() < 0.5 else p.full(True))
            r.t(rng.choice([" -> CALL SUPPLIER", " → ", " : ", " = "]) + rng.choice(["INVOICES", "QA", "ON SITE", "DEPLOY"]) + "\n")
        elif k == 1:
            r.t(rng.choice(["SITE: ", "SITE ", "@ ", "VISIT "])).span("STREET_ADDRESS", misread(p.st.upper(), 0.12)).t(rng.choice([" ", ", "])).span("STREET_ADDRESS", p.pc.upper()).t(" %02d:%02d\n" % (rng.randint(7, 17), rng.choice([0, 15, 30, 45])))
        elif k == 2:
            r.t(rng.choice(["- ", "* "])).look().t(rng.choice([" BOOKED", " FREE", " (CLOSED)", " ✓"]) + "\n")
        else:
            r.t(rng.choice(["CALL ", "RÜCKRUF ", "RAPPELER "])).span("PERSON", p.full(True)).t(" ").span("PHONE_NUMBER", ocr_phone(p.phone)).t("\n")
    done(r)


def report(lg):
    """A scanned school report card: subject lines with marks look like streets."""
    r, p = R(lg, "report"), Person(lg)
    r.caps = True
    r.span("NEG_ORG", rng.choice(["GYMNASIUM AM STADTPARK", "GRUNDSCHULE LINDENSTRASSE", "ÉCOLE DE LA RUE DES ÉCOLES", "LICEO VIA DANTE", "ST MARY'S ROAD PRIMARY"])).t("\n")
    r.span("NEG_TITLE", L[lg]["title"][2]).t("  ").span("NEG_DATE", str(rng.randint(2015, 2025)) + "/" + str(rng.randint(16, 26))).t("\n")
    name_fields(r, p)
    r.gap().t(rng.choice(["GEB. ", "BORN ", "NÉ(E) LE ", "DOB "])).span("DATE_OF_BIRTH", p.dob()).gap().span("NEG_LABEL", rng.choice(["KLASSE 7B", "CLASS 4", "CLASSE 3A", "GROEP 8"])).t("\n")
    subj = rng.sample(SUBJ, 4)
    for i, s in enumerate(subj):
        r.span("NEG_LABEL", s).t(rng.choice(["   ", "\t", " | "]) if i % 2 == 0 else "\n")
    r.t(rng.choice(["KLASSENLEHRER ", "CLASS TEACHER ", "PROFESSEUR PRINCIPAL "]))
    q = Person(lg)
    r.span("PERSON", rng.choice(["HR. ", "FR. ", "MR ", "MRS ", "M. ", ""]) + misread(q.s.upper())).t("   ").span("NEG_DATE", other_date(lg)).t("\n")
    done(r)


def court(lg):
    """A faxed court order: parties with addresses, case numbers, courtrooms."""
    r = R(lg, "court")
    r.caps = True
    r.t("%s FAX " % other_date(lg)).span("PHONE_NUMBER", phone_of(lg)).t("  S. 1/2\n")
    r.span("NEG_ORG", rng.choice(["AMTSGERICHT KÖLN", "COUNTY COURT AT LEEDS", "TRIBUNAL JUDICIAIRE DE LYON", "RECHTBANK AMSTERDAM", "TRIBUNALE DI MILANO", "SĄD REJONOWY"])).t("\n")
    r.t(rng.choice(["AZ. ", "CASE NO ", "RG N° ", "ZAAKNR. "])).span("NEG_ID", "%d C %d/%02d" % (rng.randint(1, 40), rng.randint(100, 9999), rng.randint(18, 26))).t("\n")
    r.span("NEG_TITLE", rng.choice(["BESCHLUSS", "ORDER", "ORDONNANCE", "BESCHIKKING", "ORDINANZA"])).t("\n")
    for role in (rng.choice(["KLÄGER", "CLAIMANT", "DEMANDEUR", "EISER"]), rng.choice(["BEKLAGTE", "DEFENDANT", "DÉFENDEUR", "GEDAAGDE"])):
        p = Person(lg)
        r.t(role + rng.choice([": ", " ", " | "])).val("PERSON", p.full(True, surfirst=rng.random() < 0.4))
        if rng.random() < 0.5:
            r.t(rng.choice([", GEB. ", ", BORN ", ", NÉ LE ", " *"])).span("DATE_OF_BIRTH", p.dob())
        r.t(rng.choice([", ", "\n", "  "])).val("STREET_ADDRESS", misread(p.st.upper(), 0.12)).t(rng.choice([", ", "\n"])).span("STREET_ADDRESS", p.pc.upper()).t("\n")
    r.t(rng.choice(["TERMIN ", "HEARING ", "AUDIENCE "])).span("NEG_DATE", other_date(lg)).t(" ").span("NEG_LABEL", rng.choice(["SAAL 12", "COURT 3", "SALLE 4", "ZAAL 2", "AULA 5"])).t("\n")
    r.newpage(2, 2)
    q = Person(lg)
    r.t(rng.choice(["RICHTER ", "DISTRICT JUDGE ", "LE JUGE ", "DE RECHTER "])).span("PERSON", q.full(True)).t("\n")
    done(r)


def bizcard(lg):
    """An OCR'd business card: name, role, firm, office street, phone."""
    r, p = R(lg, "bizcard"), Person(lg)
    r.caps = rng.random() < 0.7
    r.span("PERSON", p.full(r.caps)).t(rng.choice(["\n", " | ", "\n\n"]))
    r.span("NEG_TITLE", rng.choice(["HEAD OF SALES", "GESCHÄFTSFÜHRER", "DIRECTRICE COMMERCIALE", "PROJECT MANAGER", "ACCOUNT MANAGER"])).t("\n")
    r.span("NEG_ORG", rng.choice(["NORDWIND LOGISTIK GMBH", "RUE DU COMMERCE SAS", "VIA MARE SRL", "HIGH STREET MEDIA LTD", "AVENUE PARTNERS"])).t("\n")
    r.val("STREET_ADDRESS", misread(r.c(p.st), 0.12)).t(rng.choice([" · ", "\n", " | ", ", "])).span("STREET_ADDRESS", r.c(p.pc)).t("\n")
    r.t(rng.choice(["T ", "TEL ", "M ", "MOB. ", "TE1 "])).span("PHONE_NUMBER", ocr_phone(p.phone)).t("\n")
    done(r)


def typeletter(lg):
    """An old typewritten letter: sender, date, recipient block, body, signature."""
    r, p, q = R(lg, "typeletter"), Person(lg), Person(lg)
    r.caps = rng.random() < 0.4
    addr_block(r, p, caps=r.caps)
    r.t("\n" + rng.choice(["", "    ", "\t\t"])).span("NEG_PLACE", rng.choice(L[lg]["town"])).t(", ").span("NEG_DATE", other_date(lg, 1955, 1990)).t("\n\n")
    addr_block(r, q, caps=True)
    r.t("\n" + rng.choice(["BETR.: ", "RE: ", "OBJET : ", "BETREFT: "]) + rng.choice(["IHR SCHREIBEN VOM ", "YOUR LETTER OF ", "VOTRE COURRIER DU "])).span("NEG_DATE", other_date(lg, 1955, 1990)).t("\n\n")
    r.t(rng.choice(["DEAR ", "SEHR GEEHRTE(R) ", "MADAME, MONSIEUR ", "GEACHTE "]))
    s = q.s.upper()
    if len(s) >= 6 and rng.random() < 0.6:
        k = rng.randint(3, len(s) - 3)
        r.span("PERSON", s[:k]).t("-\n").span("PERSON", s[k:])
    else:
        r.span("PERSON", s)
    r.t(",\n\n" + rng.choice(["THANK YOU FOR YOUR LETTER.", "VIELEN DANK FÜR IHR SCHREIBEN.", "JE VOUS REMERCIE DE VOTRE COURRIER."]) + "\n")
    if rng.random() < 0.4:
        r.t(r.c(L[lg]["lab"]["dob"]) + ": ").span("DATE_OF_BIRTH", p.dob()).t("\n")
    r.t("\n" + rng.choice(["YOURS FAITHFULLY", "HOCHACHTUNGSVOLL", "VEUILLEZ AGRÉER"]) + "\n\n")
    r.t(rng.choice(["", "(", "_"])).val("PERSON", p.full(r.caps)).t(rng.choice(["", ")"]) + "\n")
    done(r)


def guest(lg):
    """A scanned guest registration card: guest and co-traveller, room, arrival."""
    r, p = R(lg, "guest"), Person(lg)
    r.span("NEG_ORG", rng.choice(["HOTEL ZUR POST", "HÔTEL DE LA GARE", "HOTEL CONTINENTAL", "PENSIONE VIA VENETO", "HOTEL AVENIDA"])).gap().span("NEG_TITLE", L[lg]["title"][1]).t("\n")
    r.span("NEG_LABEL", rng.choice(["ROOM 214", "ZIMMER 12", "CHAMBRE 3", "CAMERA 12", "ROM 214", "KAMER 7"])).gap()
    r.t(r.c("Arrival") + " ").span("NEG_DATE", other_date(lg)).t(" ").t(r.c("Departure") + " ").span("NEG_DATE", other_date(lg)).t("\n")
    name_fields(r, p)
    r.t("\n").lab("dob").span("DATE_OF_BIRTH", p.dob()).gap().t(r.c("Nationality") + " ").span("NEG_PLACE", rng.choice(["DEUTSCH", "FRANÇAISE", "BRITISH", "NORSK", "ROMÂNĂ", "ELLINIKI"])).t("\n")
    addr_fields(r, p, oneline=rng.random() < 0.5)
    r.t("\n")
    if rng.random() < 0.6:
        q = Person(lg)
        r.box().t(r.c("Accompanied by") + " ").span("PERSON", q.full(r.caps)).t(" ").span("DATE_OF_BIRTH", q.dob()).t("\n")
    r.t(r.c("Signature") + " ").span("NEG_DATE", other_date(lg)).t("\n")
    done(r)


def lookalike(lg):
    """A blank form or a supplier's header: capitals that look like streets, titles, firms."""
    r = R(lg, "lookalike")
    d = L[lg]
    r.header(1, 1)
    r.span("NEG_TITLE", rng.choice(d["title"])).t("\n")
    for key in ("name", "dob", "st", "pc", "tel"):
        r.span("NEG_LABEL", d["lab"][key].upper()).t(rng.choice([": ______________", ":  ..............", ": [        ]", ": |_|_|_|_|_|"]))
        r.t(rng.choice(["\n", "   ", " | "]))
    for _ in range(rng.randint(2, 4)):
        r.look().t(rng.choice(["\n", "   ", " | "]))
    r.t("\n").span("NEG_ORG", rng.choice(FIRMS)).t(" · ").span("NEG_PLACE", rng.choice(d["town"])).t(" · REF. ")
    r.span("NEG_ID", refno()).t("\nREV. ").span("NEG_DATE", other_date(lg)).t("\n")
    done(r)


# ---- request bodies ----------------------------------------------------------------------------
ASKS = ["Transcribe this scan into JSON fields.", "Fix the OCR errors in this page and keep the values.",
        "Please enter this faxed page into our system.", "Who appears on this scan? Names, births, addresses.",
        "Summarise this scanned document.", "Bitte diesen Scan in eine Tabelle übertragen.",
        "Peux-tu corriger l'OCR de ce document ?", "Zet deze scan om naar een tabel."]
PLAN = [(census, 45), (passenger, 40), (contract, 45), (prescription, 40), (bill, 50), (vehicle, 35),
        (whiteboard, 30), (report, 35), (court, 35), (bizcard, 35), (typeletter, 35), (guest, 40),
        (lookalike, 35)]


def main():
    run_plan(PLAN, LANGS, 7)
    write_json(scan_records(rng, DOCS, LANGS, ASKS))


main()
