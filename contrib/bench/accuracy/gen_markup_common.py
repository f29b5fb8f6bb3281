"""gen_markup_common.py: what gen_markup50.py and gen_markup51.py share: the language tables
(names, streets, postcodes, date forms, labels, Greek in Latin letters, names of global origin,
phone forms), the pure helpers (PDF and XML string escapes; ASCII folding is gen_common's),
a person's name drawn from the tables (gen_common.draw_name), and the request
bodies the documents go into. Importing it draws nothing from any random stream, and what draws
takes the caller's stream and draws as each generator's own copy did, so both generators write
the same bytes as when each held its own copy."""
from gen_bodies import append_body, ask_body
from gen_common import draw_name as draw_table_name, fold, shuffled

# g/s real names, syl/end for invented ones, st streets (the number follows unless `{n}` says
# where), pc postcode+town, df date form, lab labels (name, birth, address, email, phone),
# dear salutation, bye closing.
L = {
    "en": dict(g=["Oliver", "Chloë", "Siobhán", "Harriet", "Declan", "Imogen"],
               s=["Whitaker", "O'Brien", "Ashworth", "Pemberton", "MacLeod", "Hartley"],
               syl=["bran", "wick", "ash", "tor", "mel", "wen"], end=["ton", "ley", "by"],
               st=["{n} Orchard Lane", "{n} Kingsley Road", "{n} Belmont Avenue", "Flat {n}, Chapel Street"],
               pc=["Leeds LS6 2EA", "Bristol BS7 8QT", "York YO31 7EL"],
               df=lambda y, m, d: "%02d/%02d/%d" % (d, m, y),
               lab=["Name", "Date of birth", "Address", "Email", "Phone"], dear="Dear", bye="Kind regards"),
    "de": dict(g=["Jürgen", "Bärbel", "Björn", "Käthe", "Sönke", "Anne-Sophie"],
               s=["Müller", "Schäfer", "Köhler", "Weiß", "Größer", "Schröder"],
               syl=["bre", "win", "kel", "mau", "hol", "rutz"], end=["mann", "ler", "bach"],
               st=["Lindenstraße {n}", "Königsallee {n}", "Gärtnerweg {n}a", "Schlüterstraße {n}"],
               pc=["10969 Berlin", "40212 Düsseldorf", "80331 München"],
               df=lambda y, m, d: "%02d.%02d.%d" % (d, m, y),
               lab=["Name", "Geburtsdatum", "Anschrift", "E-Mail", "Telefon"], dear="Sehr geehrte(r)", bye="Mit freundlichen Grüßen"),
    "fr": dict(g=["François", "Hélène", "Émilie", "Jérôme", "Gaëlle", "Cécile"],
               s=["Lefèvre", "Bérenger", "Lemaître", "Duchêne", "Ménard", "Rivière"],
               syl=["bel", "rou", "quet", "lan", "gau", "vel"], end=["ier", "aud", "ot"],
               st=["{n}, rue des Écoles", "{n} avenue de la République", "{n} bis, rue de la Pépinière", "{n} boulevard Gambetta"],
               pc=["75005 Paris", "69003 Lyon", "33000 Bordeaux"],
               df=lambda y, m, d: "%02d/%02d/%d" % (d, m, y),
               lab=["Nom", "Date de naissance", "Adresse", "Courriel", "Téléphone"], dear="Madame, Monsieur", bye="Cordialement"),
    "nl": dict(g=["Joëlle", "Sanne", "Bram", "Maarten", "Floor", "Sjoerd"],
               s=["Bakker", "Janssen", "Hoekstra", "de Vries", "van den Heuvel", "Brouwer"],
               syl=["hui", "ker", "bol", "dij", "sme", "wout"], end=["ink", "sen", "hof"],
               st=["Keizersgracht {n}", "Oudegracht {n}", "Kerkstraat {n}-II", "Lange Voorhout {n}"],
               pc=["1015 CJ Amsterdam", "3511 AL Utrecht", "2514 EE Den Haag"],
               df=lambda y, m, d: "%02d-%02d-%d" % (d, m, y),
               lab=["Naam", "Geboortedatum", "Adres", "E-mail", "Telefoon"], dear="Beste", bye="Met vriendelijke groet"),
    "es": dict(g=["José", "Begoña", "Iñigo", "Lucía", "Ramón", "Inés"],
               s=["Núñez", "Muñoz", "Ibáñez", "Peña", "Fernández", "Álvarez"],
               syl=["zar", "mon", "qui", "llo", "bar", "cue"], end=["ez", "ano", "ejo"],
               st=["Calle de Alcalá {n}, 3º B", "Calle Mayor {n}", "Avenida de América {n}", "Calle de Embajadores {n}"],
               pc=["28014 Madrid", "41001 Sevilla", "46002 València"],
               df=lambda y, m, d: "%02d/%02d/%d" % (d, m, y),
               lab=["Nombre", "Fecha de nacimiento", "Dirección", "Correo", "Teléfono"], dear="Estimado/a", bye="Un saludo"),
    "it": dict(g=["Niccolò", "Lucrezia", "Ilaria", "Cosimo", "Beatrice", "Ettore"],
               s=["Esposito", "D'Angelo", "Cantù", "Ferrè", "Colombo", "Lo Russo"],
               syl=["bru", "sca", "ghi", "lon", "maz", "cor"], end=["ini", "etti", "one"],
               st=["Via della Libertà {n}", "Via Po {n}", "Corso Vittorio Emanuele II {n}", "Viale Monza {n}"],
               pc=["10122 Torino", "20127 Milano", "00184 Roma"],
               df=lambda y, m, d: "%02d/%02d/%d" % (d, m, y),
               lab=["Nome", "Data di nascita", "Indirizzo", "Email", "Telefono"], dear="Gentile", bye="Cordiali saluti"),
    "pt": dict(g=["João", "Conceição", "Gonçalo", "Inês", "Sebastião", "Leonor"],
               s=["Gonçalves", "Simões", "Magalhães", "Conceição", "Araújo", "Patrício"],
               syl=["cou", "tin", "bra", "gue", "lha", "mar"], end=["eira", "ães", "ado"],
               st=["Rua Augusta {n}, 2.º Esq.", "Avenida da Liberdade {n}", "Rua de Santa Catarina {n}", "Travessa do Carmo {n}"],
               pc=["1100-048 Lisboa", "4000-442 Porto", "3000-150 Coimbra"],
               df=lambda y, m, d: "%02d/%02d/%d" % (d, m, y),
               lab=["Nome", "Data de nascimento", "Morada", "Email", "Telefone"], dear="Caro(a)", bye="Com os melhores cumprimentos"),
    "pl": dict(g=["Łukasz", "Małgorzata", "Zbigniew", "Agnieszka", "Wojciech", "Józefa"],
               s=["Wiśniewski", "Wójcik", "Kowalczyk", "Dąbrowska", "Zieliński", "Łęcka"],
               syl=["gro", "szy", "bia", "wal", "cze", "rzo"], end=["ski", "wicz", "czak"],
               st=["ul. Długa {n}", "ul. Marszałkowska {n}/4", "al. Jerozolimskie {n}", "ul. Świętojańska {n}"],
               pc=["00-238 Warszawa", "80-833 Gdańsk", "31-008 Kraków"],
               df=lambda y, m, d: "%02d.%02d.%d" % (d, m, y),
               lab=["Imię i nazwisko", "Data urodzenia", "Adres", "E-mail", "Telefon"], dear="Szanowna Pani / Szanowny Panie", bye="Z poważaniem"),
    "sv": dict(g=["Åsa", "Björn", "Märta", "Göran", "Linnéa", "Örjan"],
               s=["Öberg", "Ångström", "Lindqvist", "Sjöberg", "Bergström", "Nyström"],
               syl=["sve", "lin", "dal", "hed", "mar", "tor"], end=["ström", "berg", "qvist"],
               st=["Storgatan {n}", "Drottninggatan {n}", "Götgatan {n} B", "Västra Hamngatan {n}"],
               pc=["111 51 Stockholm", "411 17 Göteborg", "211 22 Malmö"],
               df=lambda y, m, d: "%d-%02d-%02d" % (y, m, d),
               lab=["Namn", "Födelsedatum", "Adress", "E-post", "Telefon"], dear="Hej", bye="Med vänliga hälsningar"),
    "da": dict(g=["Søren", "Mette", "Jørgen", "Birthe", "Ærøe", "Bjørk"],
               s=["Sørensen", "Jørgensen", "Kjær", "Østergaard", "Mølgaard", "Frederiksen"],
               syl=["kjel", "bra", "møl", "sen", "vad", "lund"], end=["gaard", "sen", "holm"],
               st=["Nørregade {n}", "Østerbrogade {n}, 2. tv.", "Vesterbrogade {n}", "Åboulevard {n}"],
               pc=["1165 København K", "8000 Aarhus C", "5000 Odense C"],
               df=lambda y, m, d: "%02d.%02d.%d" % (d, m, y),
               lab=["Navn", "Fødselsdato", "Adresse", "E-mail", "Telefon"], dear="Kære", bye="Med venlig hilsen"),
    "fi": dict(g=["Jyrki", "Päivi", "Sönke", "Tuulikki", "Väinö", "Aino"],
               s=["Järvinen", "Mäkelä", "Hämäläinen", "Virtanen", "Lähteenmäki", "Nieminen"],
               syl=["kal", "vaa", "nie", "tuo", "mäk", "ruu"], end=["nen", "lä", "koski"],
               st=["Mannerheimintie {n}", "Hämeenkatu {n} B 12", "Aleksanterinkatu {n}", "Väinämöisenkatu {n}"],
               pc=["00100 Helsinki", "33100 Tampere", "20100 Turku"],
               df=lambda y, m, d: "%d.%d.%d" % (d, m, y),
               lab=["Nimi", "Syntymäaika", "Osoite", "Sähköposti", "Puhelin"], dear="Hyvä", bye="Ystävällisin terveisin"),
    "cs": dict(g=["Jiří", "Zdeňka", "Tomáš", "Kateřina", "Přemysl", "Růžena"],
               s=["Dvořák", "Novotná", "Černý", "Procházková", "Kučera", "Šťastný"],
               syl=["bro", "vač", "tes", "kle", "mír", "zdě"], end=["ová", "ek", "ský"],
               st=["Vinohradská {n}", "Národní {n}", "Husova {n}/12", "Křižíkova {n}"],
               pc=["120 00 Praha 2", "602 00 Brno", "301 00 Plzeň"],
               df=lambda y, m, d: "%d. %d. %d" % (d, m, y),
               lab=["Jméno", "Datum narození", "Adresa", "E-mail", "Telefon"], dear="Vážená paní / Vážený pane", bye="S pozdravem"),
    "tr": dict(g=["Şükrü", "Gülşen", "Çağla", "Ömer", "İlkay", "Ayşegül"],
               s=["Öztürk", "Çelik", "Yıldız", "Şahin", "Güneş", "Doğan"],
               syl=["kar", "yıl", "dem", "sel", "gök", "tan"], end=["oğlu", "er", "can"],
               st=["Atatürk Caddesi No:{n}", "İstiklal Caddesi No:{n}", "Bağdat Caddesi No:{n} D:4", "Gazi Mustafa Kemal Bulvarı No:{n}"],
               pc=["34433 Beyoğlu/İstanbul", "06420 Çankaya/Ankara", "35210 Konak/İzmir"],
               df=lambda y, m, d: "%02d.%02d.%d" % (d, m, y),
               lab=["Ad Soyad", "Doğum tarihi", "Adres", "E-posta", "Telefon"], dear="Sayın", bye="Saygılarımızla"),
    "el": dict(g=["Γιώργος", "Ελένη", "Δημήτρης", "Αικατερίνη", "Σπύρος", "Βασιλική"],
               s=["Παπαδόπουλος", "Κωνσταντίνου", "Νικολάου", "Γεωργίου", "Οικονόμου", "Δημητρίου"],
               syl=["θεο", "κλε", "μαν", "ρο", "στα", "ξε"], end=["άκης", "ίδης", "όπουλος"],
               st=["Ερμού {n}", "Λεωφόρος Βασιλίσσης Σοφίας {n}", "Οδός Αιόλου {n}", "Τσιμισκή {n}"],
               pc=["105 63 Αθήνα", "546 22 Θεσσαλονίκη", "262 21 Πάτρα"],
               df=lambda y, m, d: "%02d/%02d/%d" % (d, m, y),
               lab=["Ονοματεπώνυμο", "Ημερομηνία γέννησης", "Διεύθυνση", "Email", "Τηλέφωνο"], dear="Αγαπητέ/ή", bye="Με εκτίμηση"),
}
# Greek in Latin letters, for the formats that carry no Unicode (PDF strings).
EL_LATIN = dict(g=["Giorgos", "Eleni", "Dimitris", "Aikaterini", "Spyros", "Vasiliki"],
                s=["Papadopoulos", "Konstantinou", "Nikolaou", "Georgiou", "Oikonomou", "Dimitriou"],
                st=["Ermou {n}", "Leoforos Vasilissis Sofias {n}", "Aiolou {n}", "Tsimiski {n}"],
                pc=["105 63 Athina", "546 22 Thessaloniki", "262 21 Patra"])
LANGS = list(L)
GLOBAL = [("Oluwaseun", "Adeyemi"), ("Nguyễn Thị", "Lan"), ("Priya", "Raman"), ("Wei", "Zhang"),
          ("Fatima", "Al-Rashid"), ("Kwame", "Mensah"), ("Hiroshi", "Tanaka"), ("Aroha", "Ngata"),
          ("Siddharth", "Venkataraman"), ("Amani", "Odhiambo"), ("Mei-Ling", "Chou"),
          ("Tendai", "Moyo"), ("Yusuf", "Demirci"), ("Ngozi", "Okonkwo"), ("Jun-ho", "Park"),
          ("Leilani", "Kahananui"), ("Reza", "Tehrani"), ("Ananya", "Chatterjee")]
PHONE = {"en": "+44 113 496 %04d", "de": "+49 30 901820%02d", "fr": "+33 1 42 68 %02d 17",
         "nl": "+31 20 555 %04d", "es": "+34 912 34 %02d 80", "it": "+39 011 562 %04d",
         "pt": "+351 213 46 %02d 70", "pl": "+48 22 621 %02d 94", "sv": "+46 8 123 %03d 10",
         "da": "+45 33 12 %02d 45", "fi": "+358 9 310 %04d", "cs": "+420 224 21%d 375",
         "tr": "+90 212 245 %02d 18", "el": "+30 210 32%d 4567"}


def pdfstr(s):
    out = []
    for ch in s:
        c = ord(ch)
        if ch in "()\\":
            out.append("\\" + ch)
        elif c < 128:
            out.append(ch)
        elif c < 256:
            out.append("\\%03o" % c)
        else:
            out.append(fold(ch) or "?")
    return "".join(out)


def xml(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&apos;")


def draw_name(rng, lg, latin=False):
    """(given, surname, table): a fifth of global origin, three tenths real, the rest invented;
    with latin, a Greek person is a real one in Latin letters (table EL_LATIN, not L["el"])."""
    d = EL_LATIN if latin and lg == "el" else L[lg]
    g, s = draw_table_name(rng, GLOBAL, d, 1.0 if latin and lg == "el" else 0.5)
    return g, s, d


APIS = ["chat", "responses", "anthropic", "gemini"]


def markup_records(rng, docs, asks):
    """The documents, shuffled, each in a request body (the API, ASCII escapes and compact JSON
    cycling with its place) after the user's ask: the records."""
    records = []
    for j, r in enumerate(shuffled(rng, docs)):
        api, ascii_ = APIS[j % 4], j % 3 == 0
        t, sp = ask_body(api, asks[j % len(asks)], r.text, r.spans, ascii_, j % 2 == 1)
        append_body(records, t, sp, {"locale": r.lg, "class": r.cls, "api": api, "ascii": ascii_,
                                     "domain": r.dom[0]})
    return records
