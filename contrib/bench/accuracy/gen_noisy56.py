#!/usr/bin/env python3
"""gen_noisy56.py: people, streets, births and phones in noisy text (tune set; branch noisy56,
written and committed before any detector or rewrite rule was read for it and before hush was run
on it), from the public brief of the twenty-third blind set's noisy third (dictation and
voice-assistant transcripts without punctuation or casing, OCR of scanned forms with columns run
together, misread labels and line-end hyphens, values split over lines, SMS shorthand and typos,
forms in capitals) and spoken51-54, ocr51 and typed52-55's notes, in kinds of business no earlier
tune corpus used: beekeeping associations, bridal alterations, vineyard harvest crews, ice-rink
skate hire, opticians, bike-courier dispatch, taxidermy, clock and watch repair, farrier visits,
sauna bookings, carpet cleaning, scaffolding hire.

Four kinds of noisy text, weighted toward what earlier rounds did not have:
- voice: voice-assistant transcripts, one to four commands in lower case without punctuation
  (`hey assistant remind me to call maria keller tomorrow`, `text john smith that im late`,
  `navigate to hauptstrasse 12`, `save annas birthday 12 march 1980`), wake words and app names;
- dictation: spoken punctuation as words (`comma`, `full stop`, `new line`, `Komma`, `à la
  ligne`), a letter or visit note dictated in lower case or sentence case;
- ocr: scanned forms with misread labels (`Narne:`, `Sumame`, `D0B`, `Te1efon`), two columns run
  together on one line, values on the line after their label, line-end hyphens inside names and
  streets (`Keller-\\nmann`, `Haupt-\\nstraße 12`: each piece its own span), capitals;
- sms: shorthand and typos around the values (`pls cal`, `adress`, `bday`, `tmrw`).
Look-alikes as NEG_ spans: wake words and assistants (NEG_PRODUCT), apps and shops (NEG_ORG),
places (NEG_PLACE), months and weekdays that are no birth (NEG_DATE), times (NEG_TIME), dictated
commands (NEG_WORD), order/ticket numbers (NEG_ID), form titles in capitals (NEG_TITLE).
Languages en de fr nl es it pt pl sv da no fi cs hu tr ro el (Greek in its script and in Latin
letters); half the names invented, a fifth of global origin. Every record one request body (chat
completions, Responses, Anthropic, Gemini; a third with \\uXXXX escapes). Writes JSON (the
names_tune3.json format) to stdout; deterministic; stdlib only.
"""
import json
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import check_spans, invent_syllables, record, write_json  # noqa: E402
from gen_bodies import MARK, place_text  # noqa: E402

rng = random.Random(20261207 + 56)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "hu", "tr", "ro", "el", "gr"]
# "el" is Greek in Latin letters, "gr" Greek in its own script (both the locale el).


def plain(s):
    """s without diacritics, as a keyboard or a recogniser without the language's letters writes it."""
    for a, b in (("ß", "ss"), ("ø", "o"), ("æ", "ae"), ("ł", "l"), ("ı", "i"), ("å", "a"), ("Ø", "O")):
        s = s.replace(a, b)
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


NAMES = {
    "en": ("Harriet Wilfred Imogen Rupert Maisie Callum Bethany Declan", "Pemberton Hollis Ashworth Cartwright Fairclough Whitlock"),
    "de": ("Marlene Henrik Greta Lorenz Ottilie Bastian Frieda Jannik", "Kellermann Brückner Wiesner Hoffmeister Lindqvist Vogler"),
    "fr": ("Apolline Gaspard Héloïse Anatole Capucine Florian Mathilde", "Delacroix Fontaine Marchand Lefebvre Rousseau Girardin"),
    "nl": ("Femke Bram Lotte Joris Sanne Thijs Maaike", "Verhoeven Kuipers Dijkstra Van Leeuwen Bosman Hoekstra"),
    "es": ("Ximena Gonzalo Nerea Íñigo Paloma Rodrigo Candela", "Etxeberria Calderón Villanueva Quintana Echeverría Salcedo"),
    "it": ("Ludovica Ettore Beatrice Jacopo Ottavia Leonardo Cecilia", "Bianchini Ferraresi Colombo Santangelo Martinelli Caruso"),
    "pt": ("Inês Gonçalo Beatriz Rodrigo Leonor Duarte Constança", "Magalhães Figueiredo Carvalho Rebelo Antunes Guimarães"),
    "pl": ("Zofia Wojciech Małgorzata Krzysztof Agnieszka Tomasz", "Wiśniewski Kowalczyk Szymańska Lewandowski Dąbrowska Wójcik"),
    "sv": ("Ebba Gustav Saga Viktor Ingrid Albin", "Lindgren Sjöberg Holmqvist Bergström Åkesson Lundberg"),
    "da": ("Freja Mikkel Sofie Rasmus Karen Jeppe", "Kristiansen Østergaard Mikkelsen Kjærgaard Lauridsen Dam"),
    "no": ("Solveig Håkon Tuva Eirik Ragnhild Sindre", "Johansen Haugen Bakken Solberg Lie Strand"),
    "fi": ("Aino Juhani Elina Ville Kerttu Mikko", "Virtanen Mäkinen Nieminen Hämäläinen Laaksonen Järvinen"),
    "cs": ("Eliška Jiří Tereza Ondřej Kateřina Matěj", "Novotný Dvořáková Černý Procházka Kučerová Veselý"),
    "hu": ("Zsófia Bence Eszter Gergely Réka Ádám", "Nagy Kovács Szabó Tóth Horváth Varga"),
    "tr": ("Elif Mehmet Zeynep Burak Ayşe Emre", "Yılmaz Kaya Demir Şahin Çelik Aydın"),
    "ro": ("Ioana Mihai Andreea Bogdan Elena Cristian", "Popescu Ionescu Dumitrescu Constantin Stanciu Munteanu"),
    "el": ("Giorgos Eleni Nikos Katerina Dimitris Sofia", "Papadopoulos Georgiou Nikolaou Karalis Vlachou Stavrou"),
    "gr": ("Γιώργος Ελένη Νίκος Κατερίνα Δημήτρης Σοφία", "Παπαδόπουλος Γεωργίου Νικολάου Καραλής Βλάχου Σταύρου"),
}
NAMES = {k: (g.split(), s.split()) for k, (g, s) in NAMES.items()}
NAMES["nl"] = (NAMES["nl"][0], ["Verhoeven", "Kuipers", "Dijkstra", "van Leeuwen", "Bosman", "Hoekstra"])
GLOBAL = ("Oluwaseun Priya Wei Tariq Kwame Aiko Rahul Fatima Thanh Ngozi Arjun Layla".split(),
          "Adeyemi Raghunathan Zhang Haddad Mensah Tanaka Chatterjee Benali Nguyen Okonkwo Farouk Mwangi".split())
SYL = {"en": ["bran", "wick", "ash", "tor", "mel", "ford"], "de": ["hel", "gar", "lin", "brun", "wal", "ker"],
       "fr": ["mar", "bel", "lou", "ren", "gis", "val"], "nl": ["wou", "ter", "bos", "ker", "hof", "lan"],
       "es": ["ri", "gue", "lo", "te", "san", "ber"], "it": ["ga", "bri", "lo", "ven", "tu", "ce"],
       "pt": ["ar", "ga", "vei", "lo", "mi", "ran"], "pl": ["szy", "mar", "bro", "wic", "kol", "rze"],
       "sv": ["berg", "sjö", "lin", "dal", "hol", "vik"], "da": ["so", "bjør", "hol", "ren", "kjel", "lund"],
       "no": ["ha", "kon", "sol", "vei", "rud", "tor"], "fi": ["kai", "ja", "mo", "tu", "ri", "lah"],
       "cs": ["vla", "dě", "kře", "mir", "sla", "bo"], "hu": ["ba", "lo", "gy", "ker", "sza", "ti"],
       "tr": ["ka", "yıl", "dem", "er", "gül", "tan"], "ro": ["do", "ra", "mi", "tes", "cu", "lan"],
       "el": ["ka", "stra", "mi", "lo", "the", "ni"], "gr": ["κα", "στρα", "μι", "λο", "θε", "νι"]}
END = {"en": ["ton", "ley", "by"], "de": ["mann", "ler", "bach"], "fr": ["ier", "aud", "ot"],
       "nl": ["ink", "sma", "huis"], "es": ["ez", "edo", "ar"], "it": ["etti", "ini", "one"],
       "pt": ["eiro", "inho", "ão"], "pl": ["ski", "czyk", "ak"], "sv": ["son", "ström", "qvist"],
       "da": ["sen", "gaard", "strup"], "no": ["sen", "heim", "rud"], "fi": ["nen", "la", "lainen"],
       "cs": ["ek", "ová", "ický"], "hu": ["i", "as", "os"], "tr": ["oğlu", "can", "er"],
       "ro": ["escu", "eanu", "ache"], "el": ["os", "idis", "akis"], "gr": ["ος", "ίδης", "άκης"]}


def person(lg):
    """(given, surname) in their written case."""
    r = rng.random()
    if r < 0.2 and lg != "gr":
        return rng.choice(GLOBAL[0]), rng.choice(GLOBAL[1])
    if r < 0.5:
        return rng.choice(NAMES[lg][0]), rng.choice(NAMES[lg][1])
    return invent_syllables(rng, SYL[lg], END[lg], False), invent_syllables(rng, SYL[lg], END[lg], True)


STREETS = {
    "en": ["{n} Orchard Lane", "{n} Kingsway", "{n} Quarry Road", "{n} Foundry Street", "{n} Beacon Hill"],
    "de": ["Hauptstraße {n}", "Lindenweg {n}", "Mühlgasse {n}", "Kastanienallee {n}", "Am Weinberg {n}"],
    "fr": ["{n} rue des Vignes", "{n} avenue Foch", "{n} chemin du Lavoir", "{n} boulevard Carnot"],
    "nl": ["Kerkstraat {n}", "Brouwersgracht {n}", "Molenweg {n}", "Lindelaan {n}", "Havenkade {n}"],
    "es": ["Calle Mayor {n}", "Avenida de la Constitución {n}", "Calle del Olmo {n}", "Paseo de Gracia {n}"],
    "it": ["Via Garibaldi {n}", "Corso Vittorio Emanuele {n}", "Via dei Mille {n}", "Viale Trieste {n}"],
    "pt": ["Rua das Flores {n}", "Avenida da República {n}", "Travessa do Carmo {n}", "Rua Direita {n}"],
    "pl": ["ul. Lipowa {n}", "ul. Mickiewicza {n}", "ul. Ogrodowa {n}", "al. Niepodległości {n}"],
    "sv": ["Drottninggatan {n}", "Storgatan {n}", "Björkvägen {n}", "Skolgatan {n}"],
    "da": ["Vestergade {n}", "Nørregade {n}", "Skovvej {n}", "Søndergade {n}"],
    "no": ["Storgata {n}", "Kirkeveien {n}", "Bjerkeveien {n}", "Fjordgata {n}"],
    "fi": ["Hämeenkatu {n}", "Koulukatu {n}", "Rantatie {n}", "Satamakatu {n}"],
    "cs": ["Husova {n}", "Palackého {n}", "Masarykova {n}", "Nádražní {n}"],
    "hu": ["Petőfi utca {n}", "Kossuth Lajos utca {n}", "Rákóczi út {n}", "Ady Endre utca {n}"],
    "tr": ["Atatürk Caddesi No {n}", "Cumhuriyet Cad. No {n}", "Gül Sokak No {n}", "İnönü Caddesi {n}"],
    "ro": ["Strada Florilor {n}", "Bulevardul Unirii {n}", "Calea Victoriei {n}", "Str. Mihai Eminescu {n}"],
    "el": ["Odos Ermou {n}", "Stadiou {n}", "Leoforos Syngrou {n}", "Akadimias {n}"],
    "gr": ["Οδός Ερμού {n}", "Σταδίου {n}", "Λεωφόρος Συγγρού {n}", "Ακαδημίας {n}"],
}


def street(lg):
    return rng.choice(STREETS[lg]).format(n=rng.randint(1, 160))


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
          "lokakuuta marraskuuta joulukuuta",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "el": "Ianouariou Fevrouariou Martiou Apriliou Maiou Iouniou Iouliou Avgoustou Septemvriou Oktovriou "
          "Noemvriou Dekemvriou",
    "gr": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου "
          "Νοεμβρίου Δεκεμβρίου",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}


def birth(lg, spoken=False):
    """A date of birth as written or as a recogniser writes it (spoken: month as a word)."""
    y, m, d = rng.randint(1934, 2015), rng.randint(1, 12), rng.randint(1, 28)
    mon = MONTHS[lg][m - 1]
    if spoken or rng.random() < 0.35:
        if lg == "en":
            return rng.choice(["%d %s %d" % (d, mon, y), "%s %d %d" % (mon, d, y),
                               "%s %d%s %d" % (mon, d, "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"), y)])
        if lg == "hu":
            return "%d. %s %d." % (y, mon, d)
        if lg in ("de", "da", "no", "fi", "cs"):
            return "%d. %s %d" % (d, mon, y)
        if lg in ("es", "pt"):
            return "%d de %s de %d" % (d, mon, y)
        return "%d %s %d" % (d, mon, y)
    r = rng.random()
    if lg == "en" and r < 0.4:
        return "%d/%d/%d" % (m, d, y) if r < 0.15 else "%02d/%02d/%d" % (d, m, y)
    if lg == "hu":
        return "%d.%02d.%02d." % (y, m, d)
    if r < 0.55:
        return "%02d.%02d.%d" % (d, m, y)
    if r < 0.8:
        return "%d/%d/%d" % (d, m, y)
    return "%02d-%02d-%d" % (d, m, y)


CC = {"en": ("44", "07"), "de": ("49", "01"), "fr": ("33", "06"), "nl": ("31", "06"), "es": ("34", "6"),
      "it": ("39", "3"), "pt": ("351", "9"), "pl": ("48", "5"), "sv": ("46", "07"), "da": ("45", "2"),
      "no": ("47", "9"), "fi": ("358", "04"), "cs": ("420", "7"), "hu": ("36", "06"), "tr": ("90", "05"),
      "ro": ("40", "07"), "el": ("30", "69"), "gr": ("30", "69")}


NLEN = {"en": 11, "de": 11, "es": 9, "pt": 9, "pl": 9, "da": 8, "no": 8, "cs": 9, "hu": 11, "tr": 11}


def phone(lg):
    cc, nat = CC[lg]
    body = "".join(str(rng.randint(0, 9)) for _ in range(NLEN.get(lg, 10) - len(nat)))
    s = nat + body
    r = rng.random()
    if r < 0.3:
        return "+" + cc + " " + s.lstrip("0")[:3] + " " + s.lstrip("0")[3:]
    if r < 0.6:
        return s[:4] + " " + s[4:]
    if r < 0.8:
        return " ".join(s[i:i + 3] for i in range(0, len(s), 3))
    return s


# ---- per-language pieces ---------------------------------------------------------------------------
# voice: commands ({P} a person, {S} a street, {D} a birth, {PH} a phone, {T} a time, {X} a look-alike
# slot chosen by the command's kind); punct: spoken punctuation (comma, full stop, new line); lab:
# form labels (name, surname, given, dob, street, phone); sms: shorthand around the values.
V = {
    "en": dict(
        voice=["remind me to call {P} tomorrow at {T}", "text {P} that im running late", "call {P} mobile",
               "send a message to {P} saying see you at {T}", "navigate to {S}", "add {P} to contacts number {PH}",
               "save the birthday of {P} {D}", "email {P} the invoice", "whats the address of {P}", "read my last message from {P}"],
        neg=["set a timer for {T}", "play some jazz on {APP}", "whats the weather in {PLACE}",
             "remind me in {MON} to renew the insurance", "open {APP}", "turn off the lights"],
        wake=["hey assistant", "ok assistant", "hey siri", "alexa", "ok google"],
        punct=("comma", "full stop", "new line"), intro="this is", born="date of birth", addr="address",
        tel="phone", lab=("Name", "Surname", "First name", "Date of birth", "Address", "Phone"),
        sms=["hi its {P} here pls cal me bak on {PH}", "can u txt {P} my new adress is {S}", "{P} bday is {D} dont forget",
             "tell {P} im at {S} in 10", "thx {P} c u tmrw"],
        dict=["dear {P} {c} thank you for your visit {f} {n} client {P} {c} date of birth {D} {c} address {S} {f}",
              "note for {P} {c} phone {PH} {f} {n} please call back before {T} {f}"]),
    "de": dict(
        voice=["erinnere mich morgen {P} anzurufen", "schreib {P} dass ich später komme", "ruf {P} an",
               "navigiere zur {S}", "speicher {P} unter {PH}", "geburtstag von {P} ist am {D}",
               "schick {P} eine nachricht ich bin um {T} da"],
        neg=["stell einen timer auf {T}", "spiel musik auf {APP}", "wie wird das wetter in {PLACE}",
             "erinnere mich im {MON} an die versicherung", "öffne {APP}"],
        wake=["hey assistent", "ok google", "alexa", "hey siri"],
        punct=("komma", "punkt", "neue zeile"), intro="hier ist", born="geboren am", addr="wohnhaft",
        tel="telefon", lab=("Name", "Nachname", "Vorname", "Geburtsdatum", "Anschrift", "Telefon"),
        sms=["hi hier is {P} bitte ruf zurück {PH}", "kannst du {P} sagen meine neue adresse is {S}",
             "{P} hat am {D} geburtstag", "bin bei {P} {S} in 10 min", "danke {P} bis morgn"],
        dict=["sehr geehrte frau {P} {c} vielen dank für ihren auftrag {f} {n} kunde {P} {c} geboren am {D} {c} wohnhaft {S} {f}",
              "notiz {P} {c} telefon {PH} {f} {n} bitte vor {T} zurückrufen {f}"]),
    "fr": dict(
        voice=["rappelle moi d'appeler {P} demain", "envoie un message à {P} je serai en retard", "appelle {P}",
               "itinéraire vers le {S}", "ajoute {P} aux contacts {PH}", "l'anniversaire de {P} est le {D}"],
        neg=["mets un minuteur de {T}", "mets de la musique sur {APP}", "quel temps fait il à {PLACE}",
             "rappelle moi en {MON} pour l'assurance", "ouvre {APP}"],
        wake=["dis siri", "ok google", "alexa", "hé assistant"],
        punct=("virgule", "point", "à la ligne"), intro="ici", born="né le", addr="domicilié au",
        tel="téléphone", lab=("Nom", "Nom de famille", "Prénom", "Date de naissance", "Adresse", "Téléphone"),
        sms=["slt c {P} rappel moi au {PH} stp", "tu peux dire a {P} ma nouvelle adresse c {S}",
             "anniv de {P} le {D} noublie pas", "merci {P} a dem1"],
        dict=["madame {P} {c} merci pour votre commande {f} {n} client {P} {c} né le {D} {c} domicilié au {S} {f}",
              "message pour {P} {c} téléphone {PH} {f} {n} rappeler avant {T} {f}"]),
    "nl": dict(
        voice=["herinner me eraan {P} morgen te bellen", "stuur {P} dat ik later ben", "bel {P}",
               "navigeer naar {S}", "voeg {P} toe aan contacten {PH}", "de verjaardag van {P} is {D}"],
        neg=["zet een timer op {T}", "speel muziek op {APP}", "wat voor weer is het in {PLACE}",
             "herinner me in {MON} aan de verzekering", "open {APP}"],
        wake=["hé assistent", "ok google", "hey siri"],
        punct=("komma", "punt", "nieuwe regel"), intro="met", born="geboren op", addr="adres",
        tel="telefoon", lab=("Naam", "Achternaam", "Voornaam", "Geboortedatum", "Adres", "Telefoon"),
        sms=["hoi met {P} bel me ff terug op {PH}", "kun je {P} zeggen dat mn nieuwe adres {S} is",
             "{P} is jarig {D}", "thnx {P} tot mrgn"],
        dict=["beste {P} {c} dank voor uw bestelling {f} {n} klant {P} {c} geboren op {D} {c} adres {S} {f}",
              "notitie {P} {c} telefoon {PH} {f} {n} graag terugbellen voor {T} {f}"]),
    "es": dict(
        voice=["recuérdame llamar a {P} mañana", "envía un mensaje a {P} que llego tarde", "llama a {P}",
               "llévame a {S}", "añade a {P} a contactos {PH}", "el cumpleaños de {P} es el {D}"],
        neg=["pon un temporizador de {T}", "pon música en {APP}", "qué tiempo hace en {PLACE}",
             "recuérdame en {MON} el seguro", "abre {APP}"],
        wake=["oye siri", "ok google", "alexa"],
        punct=("coma", "punto", "nueva línea"), intro="soy", born="nacido el", addr="domicilio",
        tel="teléfono", lab=("Nombre", "Apellidos", "Nombre de pila", "Fecha de nacimiento", "Dirección", "Teléfono"),
        sms=["hola soy {P} llamame al {PH} xfa", "dile a {P} q mi nueva direccion es {S}",
             "el cumple de {P} es el {D}", "grax {P} nos vemos mñn"],
        dict=["estimada {P} {c} gracias por su pedido {f} {n} cliente {P} {c} nacido el {D} {c} domicilio {S} {f}",
              "nota para {P} {c} teléfono {PH} {f} {n} llamar antes de las {T} {f}"]),
    "it": dict(
        voice=["ricordami di chiamare {P} domani", "scrivi a {P} che arrivo tardi", "chiama {P}",
               "portami in {S}", "aggiungi {P} ai contatti {PH}", "il compleanno di {P} è il {D}"],
        neg=["imposta un timer di {T}", "metti musica su {APP}", "che tempo fa a {PLACE}",
             "ricordami a {MON} l'assicurazione", "apri {APP}"],
        wake=["ehi siri", "ok google", "alexa"],
        punct=("virgola", "punto", "a capo"), intro="sono", born="nato il", addr="residente in",
        tel="telefono", lab=("Nome", "Cognome", "Nome proprio", "Data di nascita", "Indirizzo", "Telefono"),
        sms=["ciao sono {P} richiamami al {PH} x favore", "dici a {P} ke il mio nuovo indirizzo è {S}",
             "il compl di {P} è il {D}", "grz {P} a domani"],
        dict=["gentile {P} {c} grazie per l'ordine {f} {n} cliente {P} {c} nato il {D} {c} residente in {S} {f}",
              "nota per {P} {c} telefono {PH} {f} {n} richiamare entro le {T} {f}"]),
    "pt": dict(
        voice=["lembra-me de ligar ao {P} amanhã", "manda mensagem ao {P} que vou atrasado", "liga para {P}",
               "navega para {S}", "adiciona {P} aos contactos {PH}", "o aniversário de {P} é {D}"],
        neg=["põe um temporizador de {T}", "toca música no {APP}", "como está o tempo em {PLACE}",
             "lembra-me em {MON} do seguro", "abre {APP}"],
        wake=["ok google", "ei siri", "alexa"],
        punct=("vírgula", "ponto", "nova linha"), intro="fala", born="nascido a", addr="morada",
        tel="telefone", lab=("Nome", "Apelido", "Nome próprio", "Data de nascimento", "Morada", "Telefone"),
        sms=["ola e o {P} liga-me p o {PH} pf", "diz ao {P} q a minha morada nova e {S}",
             "anos do {P} sao a {D}", "obg {P} ate amanha"],
        dict=["cara {P} {c} obrigado pela encomenda {f} {n} cliente {P} {c} nascido a {D} {c} morada {S} {f}",
              "nota para {P} {c} telefone {PH} {f} {n} ligar antes das {T} {f}"]),
    "pl": dict(
        voice=["przypomnij mi żeby zadzwonić do {P} jutro", "napisz do {P} że się spóźnię", "zadzwoń do {P}",
               "nawiguj do {S}", "dodaj {P} do kontaktów {PH}", "urodziny {P} są {D}"],
        neg=["ustaw minutnik na {T}", "włącz muzykę w {APP}", "jaka pogoda w {PLACE}",
             "przypomnij mi w {MON} o ubezpieczeniu", "otwórz {APP}"],
        wake=["hej google", "ok google", "alexa"],
        punct=("przecinek", "kropka", "nowa linia"), intro="tu", born="urodzony", addr="zamieszkały",
        tel="telefon", lab=("Imię i nazwisko", "Nazwisko", "Imię", "Data urodzenia", "Adres", "Telefon"),
        sms=["hej tu {P} oddzwon na {PH} pls", "powiedz {P} ze moj nowy adres to {S}",
             "{P} ma urodziny {D}", "dzieki {P} do jutra"],
        dict=["szanowna pani {P} {c} dziękujemy za zamówienie {f} {n} klient {P} {c} urodzony {D} {c} zamieszkały {S} {f}",
              "notatka {P} {c} telefon {PH} {f} {n} oddzwonić przed {T} {f}"]),
    "sv": dict(
        voice=["påminn mig att ringa {P} i morgon", "skicka till {P} att jag är sen", "ring {P}",
               "navigera till {S}", "lägg till {P} i kontakter {PH}", "{P} fyller år {D}"],
        neg=["sätt en timer på {T}", "spela musik på {APP}", "hur är vädret i {PLACE}",
             "påminn mig i {MON} om försäkringen", "öppna {APP}"],
        wake=["hej google", "hej siri", "alexa"],
        punct=("komma", "punkt", "ny rad"), intro="det är", born="född", addr="adress",
        tel="telefon", lab=("Namn", "Efternamn", "Förnamn", "Födelsedatum", "Adress", "Telefon"),
        sms=["hej det e {P} ring mig på {PH}", "kan du säga till {P} att min nya adress e {S}",
             "{P} fyller år {D}", "tack {P} ses imorn"],
        dict=["hej {P} {c} tack för beställningen {f} {n} kund {P} {c} född {D} {c} adress {S} {f}",
              "anteckning {P} {c} telefon {PH} {f} {n} ring tillbaka före {T} {f}"]),
    "da": dict(
        voice=["mind mig om at ringe til {P} i morgen", "skriv til {P} at jeg er forsinket", "ring til {P}",
               "naviger til {S}", "tilføj {P} til kontakter {PH}", "{P} har fødselsdag {D}"],
        neg=["sæt en timer på {T}", "afspil musik på {APP}", "hvordan er vejret i {PLACE}",
             "mind mig om forsikringen i {MON}", "åbn {APP}"],
        wake=["hej google", "hej siri", "alexa"],
        punct=("komma", "punktum", "ny linje"), intro="det er", born="født", addr="adresse",
        tel="telefon", lab=("Navn", "Efternavn", "Fornavn", "Fødselsdato", "Adresse", "Telefon"),
        sms=["hej det er {P} ring mig på {PH}", "kan du sige til {P} at min nye adresse er {S}",
             "{P} har fødselsdag {D}", "tak {P} ses i morgn"],
        dict=["kære {P} {c} tak for bestillingen {f} {n} kunde {P} {c} født {D} {c} adresse {S} {f}",
              "notat {P} {c} telefon {PH} {f} {n} ring tilbage før {T} {f}"]),
    "no": dict(
        voice=["minn meg på å ringe {P} i morgen", "send melding til {P} at jeg er sen", "ring {P}",
               "naviger til {S}", "legg til {P} i kontakter {PH}", "{P} har bursdag {D}"],
        neg=["sett en tidtaker på {T}", "spill musikk på {APP}", "hvordan er været i {PLACE}",
             "minn meg på forsikringen i {MON}", "åpne {APP}"],
        wake=["hei google", "hei siri", "alexa"],
        punct=("komma", "punktum", "ny linje"), intro="det er", born="født", addr="adresse",
        tel="telefon", lab=("Navn", "Etternavn", "Fornavn", "Fødselsdato", "Adresse", "Telefon"),
        sms=["hei det er {P} ring meg på {PH}", "kan du si til {P} at ny adresse er {S}",
             "{P} har bursdag {D}", "takk {P} sees imorra"],
        dict=["kjære {P} {c} takk for bestillingen {f} {n} kunde {P} {c} født {D} {c} adresse {S} {f}",
              "notat {P} {c} telefon {PH} {f} {n} ring tilbake før {T} {f}"]),
    "fi": dict(
        voice=["muistuta soittamaan {P} huomenna", "lähetä viesti {P} että myöhästyn", "soita {P}",
               "navigoi osoitteeseen {S}", "lisää {P} yhteystietoihin {PH}", "{P} syntymäpäivä on {D}"],
        neg=["aseta ajastin {T}", "soita musiikkia {APP}", "millainen sää on {PLACE}",
             "muistuta {MON} vakuutuksesta", "avaa {APP}"],
        wake=["hei google", "hei siri", "alexa"],
        punct=("pilkku", "piste", "uusi rivi"), intro="täällä", born="syntynyt", addr="osoite",
        tel="puhelin", lab=("Nimi", "Sukunimi", "Etunimi", "Syntymäaika", "Osoite", "Puhelin"),
        sms=["moi täs {P} soita mulle {PH}", "voitko sanoa {P} et mun uus osoite on {S}",
             "{P} synttärit {D}", "kiitti {P} nähään huomenna"],
        dict=["hyvä {P} {c} kiitos tilauksesta {f} {n} asiakas {P} {c} syntynyt {D} {c} osoite {S} {f}",
              "muistiinpano {P} {c} puhelin {PH} {f} {n} soita takaisin ennen {T} {f}"]),
    "cs": dict(
        voice=["připomeň mi zavolat {P} zítra", "napiš {P} že přijdu pozdě", "zavolej {P}",
               "naviguj na {S}", "přidej {P} do kontaktů {PH}", "{P} má narozeniny {D}"],
        neg=["nastav časovač na {T}", "pusť hudbu na {APP}", "jaké je počasí v {PLACE}",
             "připomeň mi v {MON} pojištění", "otevři {APP}"],
        wake=["hej google", "ok google", "alexa"],
        punct=("čárka", "tečka", "nový řádek"), intro="tady je", born="narozen", addr="bytem",
        tel="telefon", lab=("Jméno a příjmení", "Příjmení", "Jméno", "Datum narození", "Adresa", "Telefon"),
        sms=["ahoj tady {P} zavolej mi na {PH}", "rekni {P} ze moje nova adresa je {S}",
             "{P} ma narozky {D}", "diky {P} zitra"],
        dict=["vážená paní {P} {c} děkujeme za objednávku {f} {n} zákazník {P} {c} narozen {D} {c} bytem {S} {f}",
              "poznámka {P} {c} telefon {PH} {f} {n} zavolat zpět před {T} {f}"]),
    "hu": dict(
        voice=["emlékeztess hogy holnap hívjam fel {P}", "írd meg {P} hogy késem", "hívd fel {P}",
               "navigálj ide {S}", "mentsd el {P} számát {PH}", "{P} születésnapja {D}"],
        neg=["állíts be időzítőt {T}", "játssz zenét a {APP}", "milyen az idő {PLACE}",
             "emlékeztess {MON} a biztosításra", "nyisd meg a {APP}"],
        wake=["hé google", "oké google", "alexa"],
        punct=("vessző", "pont", "új sor"), intro="itt", born="született", addr="lakcím",
        tel="telefon", lab=("Név", "Vezetéknév", "Keresztnév", "Születési dátum", "Lakcím", "Telefon"),
        sms=["szia itt {P} hivj vissza {PH}", "mondd meg {P} hogy az uj cimem {S}",
             "{P} szulinapja {D}", "koszi {P} holnap"],
        dict=["kedves {P} {c} köszönjük a rendelést {f} {n} ügyfél {P} {c} született {D} {c} lakcím {S} {f}",
              "feljegyzés {P} {c} telefon {PH} {f} {n} visszahívás {T} előtt {f}"]),
    "tr": dict(
        voice=["yarın {P} aramamı hatırlat", "{P} mesaj gönder geç kalıyorum", "{P} ara",
               "{S} yol tarifi", "{P} kişilere ekle {PH}", "{P} doğum günü {D}"],
        neg=["{T} zamanlayıcı kur", "{APP} müzik çal", "{PLACE} hava nasıl",
             "{MON} ayında sigortayı hatırlat", "{APP} aç"],
        wake=["hey google", "ok google", "alexa"],
        punct=("virgül", "nokta", "yeni satır"), intro="ben", born="doğum tarihi", addr="adres",
        tel="telefon", lab=("Adı Soyadı", "Soyadı", "Adı", "Doğum Tarihi", "Adres", "Telefon"),
        sms=["selam ben {P} beni ara {PH}", "{P} söyle yeni adresim {S}", "{P} dogum gunu {D}",
             "sgl {P} yarın gorusuruz"],
        dict=["sayın {P} {c} siparişiniz için teşekkürler {f} {n} müşteri {P} {c} doğum tarihi {D} {c} adres {S} {f}",
              "not {P} {c} telefon {PH} {f} {n} {T} önce geri ara {f}"]),
    "ro": dict(
        voice=["amintește-mi să o sun pe {P} mâine", "trimite mesaj lui {P} că întârzii", "sună-l pe {P}",
               "navighează la {S}", "adaugă {P} la contacte {PH}", "ziua lui {P} este pe {D}"],
        neg=["setează un cronometru de {T}", "pune muzică pe {APP}", "cum e vremea în {PLACE}",
             "amintește-mi în {MON} de asigurare", "deschide {APP}"],
        wake=["hei google", "ok google", "alexa"],
        punct=("virgulă", "punct", "rând nou"), intro="sunt", born="născut la", addr="domiciliat în",
        tel="telefon", lab=("Nume", "Nume de familie", "Prenume", "Data nașterii", "Adresa", "Telefon"),
        sms=["buna sunt {P} suna-ma la {PH}", "spune-i lui {P} ca noua mea adresa e {S}",
             "ziua lui {P} e pe {D}", "mersi {P} pe maine"],
        dict=["stimată doamnă {P} {c} vă mulțumim pentru comandă {f} {n} client {P} {c} născut la {D} {c} domiciliat în {S} {f}",
              "notă {P} {c} telefon {PH} {f} {n} sunați înapoi înainte de {T} {f}"]),
    "el": dict(
        voice=["thymise mou na pao tilefono ston {P} avrio", "steile minima ston {P} oti argo", "kalese ton {P}",
               "odigise me stin {S}", "prosthese ton {P} stis epafes {PH}", "ta genethlia tou {P} einai {D}"],
        neg=["vale xronometro {T}", "vale mousiki sto {APP}", "ti kairo kanei stin {PLACE}",
             "thymise mou ton {MON} gia tin asfaleia", "anoixe to {APP}"],
        wake=["hey google", "ok google", "alexa"],
        punct=("komma", "teleia", "nea grammi"), intro="eimai o", born="gennithike", addr="dieythynsi",
        tel="tilefono", lab=("Onoma", "Eponymo", "Onoma", "Imerominia gennisis", "Dieythynsi", "Tilefono"),
        sms=["geia eimai o {P} parte me {PH}", "pes ston {P} oti i nea mou dieythynsi einai {S}",
             "genethlia {P} {D}", "efxaristo {P} ta leme avrio"],
        dict=["agapite {P} {c} efxaristoume gia tin paraggelia {f} {n} pelatis {P} {c} gennithike {D} {c} dieythynsi {S} {f}",
              "simeiosi {P} {c} tilefono {PH} {f} {n} kalese prin tis {T} {f}"]),
    "gr": dict(
        voice=["θύμισέ μου να πάρω τηλέφωνο τον {P} αύριο", "στείλε μήνυμα στον {P} ότι αργώ", "κάλεσε τον {P}",
               "οδήγησέ με στην {S}", "πρόσθεσε τον {P} στις επαφές {PH}", "τα γενέθλια του {P} είναι {D}"],
        neg=["βάλε χρονόμετρο {T}", "βάλε μουσική στο {APP}", "τι καιρό κάνει στην {PLACE}",
             "θύμισέ μου τον {MON} για την ασφάλεια", "άνοιξε το {APP}"],
        wake=["hey google", "ok google", "alexa"],
        punct=("κόμμα", "τελεία", "νέα γραμμή"), intro="είμαι ο", born="γεννήθηκε", addr="διεύθυνση",
        tel="τηλέφωνο", lab=("Όνομα", "Επώνυμο", "Όνομα", "Ημερομηνία γέννησης", "Διεύθυνση", "Τηλέφωνο"),
        sms=["γεια είμαι ο {P} πάρε με {PH}", "πες στον {P} ότι η νέα μου διεύθυνση είναι {S}",
             "γενέθλια {P} {D}", "ευχαριστώ {P} τα λέμε αύριο"],
        dict=["αγαπητέ {P} {c} ευχαριστούμε για την παραγγελία {f} {n} πελάτης {P} {c} γεννήθηκε {D} {c} διεύθυνση {S} {f}",
              "σημείωση {P} {c} τηλέφωνο {PH} {f} {n} καλέστε πριν τις {T} {f}"]),
}
APPS = ["whatsapp", "spotify", "telegram", "signal", "deezer", "youtube", "outlook", "waze"]
PLACES = {"en": ["Leeds", "Bristol", "York"], "de": ["Freiburg", "Bamberg", "Kassel"], "fr": ["Annecy", "Nantes", "Reims"],
          "nl": ["Zwolle", "Delft", "Leiden"], "es": ["Burgos", "Cádiz", "Logroño"], "it": ["Parma", "Lucca", "Trento"],
          "pt": ["Braga", "Évora", "Aveiro"], "pl": ["Toruń", "Lublin", "Opole"], "sv": ["Umeå", "Lund", "Visby"],
          "da": ["Aarhus", "Odense", "Ribe"], "no": ["Bergen", "Tromsø", "Bodø"], "fi": ["Tampere", "Oulu", "Turku"],
          "cs": ["Brno", "Olomouc", "Tábor"], "hu": ["Szeged", "Pécs", "Eger"], "tr": ["İzmir", "Bursa", "Konya"],
          "ro": ["Cluj", "Sibiu", "Iași"], "el": ["Patra", "Volos", "Chania"], "gr": ["Πάτρα", "Βόλος", "Χανιά"]}
PRODUCTS = ["Ray-Ban Wayfarer", "Omega Seamaster", "Dyson V15", "Bosch GSR 18", "Rolex Datejust", "Kärcher SC4"]
DOMAINS = ["beekeeping association", "bridal alterations", "vineyard harvest crew", "ice-rink skate hire",
           "optician", "bike-courier dispatch", "taxidermy studio", "clock and watch repair", "farrier visits",
           "sauna bookings", "carpet cleaning", "scaffolding hire"]
TITLES = ["SWARM COLLECTION REQUEST", "ALTERATION TICKET", "HARVEST CREW SHEET", "SKATE HIRE FORM",
          "PRESCRIPTION RECORD", "DISPATCH SLIP", "TAXIDERMY ORDER", "REPAIR ENVELOPE", "FARRIER CARD",
          "SAUNA BOOKING", "CLEANING JOB SHEET", "SCAFFOLD HIRE AGREEMENT"]


def time_of(lg):
    h = rng.randint(7, 21)
    return rng.choice(["%d:%02d" % (h, rng.choice([0, 15, 30, 45])), "%d uhr" % h if lg == "de" else "%d pm" % (h - 12 if h > 12 else h),
                       "%d.%02d" % (h, rng.choice([0, 30]))])


def misread(label):
    """An OCR misreading of a label: m -> rn, i -> l, o -> 0, B -> 8, S -> 5, h -> b (one of them)."""
    subs = [("m", "rn"), ("M", "RN"), ("i", "l"), ("I", "1"), ("o", "0"), ("O", "0"), ("B", "8"), ("S", "5"),
            ("e", "c"), ("h", "b"), ("a", "o")]
    rng.shuffle(subs)
    for a, b in subs:
        if a in label:
            k = label.index(a)
            return label[:k] + b + label[k + 1:]
    return label


class Doc:
    def __init__(self, lg):
        self.lg, self.text, self.spans = lg, "", []

    def t(self, s):
        self.text += s
        return self

    def s(self, label, v):
        assert v, label
        self.spans.append({"entity_type": label, "entity_value": v, "start_position": len(self.text),
                           "end_position": len(self.text) + len(v)})
        self.text += v
        return self

    def hyph(self, label, v):
        """v with a line-end hyphen inside a word of it (each piece its own span) when a word is long
        enough, else v whole."""
        words = [(i, w) for i, w in enumerate(v.split(" ")) if len(w) >= 6 and w.isalpha()]
        if not words:
            return self.s(label, v)
        i, w = rng.choice(words)
        k = rng.randint(3, len(w) - 3)
        head = " ".join(v.split(" ")[:i] + [w[:k]])
        tail = " ".join([w[k:]] + v.split(" ")[i + 1:])
        return self.s(label, head).t(rng.choice(["-\n", "-\n", "-\n  ", "¬\n"])).s(label, tail)

    def fill(self, tpl, vals):
        """tpl left to right; vals maps a placeholder to (label or None, text)."""
        i = 0
        while i < len(tpl):
            j = tpl.find("{", i)
            if j < 0:
                self.t(tpl[i:])
                break
            self.t(tpl[i:j])
            k = tpl.index("}", j)
            lab, v = vals[tpl[j + 1:k]]
            if lab:
                self.s(lab, v)
            else:
                self.t(v)
            i = k + 1
        return self


def low(lg, s):
    """A recogniser's lower case; a third also without diacritics (not Greek in its script)."""
    s = s.lower()
    return plain(s) if lg != "gr" and rng.random() < 0.35 else s


def full(g, s, lg, how):
    if how == "low":
        return low(lg, g + " " + s)
    if how == "caps":
        return (g + " " + s).upper()
    return g + " " + s


def neg_vals(lg, how):
    mon = MONTHS[lg][rng.randint(0, 11)]
    mon = mon.lower() if how == "low" else mon
    if lg in ("pl", "cs", "fi", "el", "gr"):
        mon = mon  # the genitive month as the commands say it
    return {"T": ("NEG_TIME", time_of(lg)), "APP": ("NEG_ORG", rng.choice(APPS)),
            "PLACE": ("NEG_PLACE", low(lg, rng.choice(PLACES[lg])) if how == "low" else rng.choice(PLACES[lg])),
            "MON": ("NEG_DATE", mon)}


def vals_for(lg, how):
    g, s = person(lg)
    v = {"P": ("PERSON", full(g, s, lg, how)), "S": ("STREET_ADDRESS", low(lg, street(lg)) if how == "low" else street(lg)),
         "D": ("DATE_OF_BIRTH", birth(lg, spoken=how == "low" and rng.random() < 0.5)),
         "PH": ("PHONE_NUMBER", phone(lg))}
    v.update(neg_vals(lg, how))
    if v["D"][1] and how == "low":
        v["D"] = ("DATE_OF_BIRTH", v["D"][1].lower())
    return v


def voice(lg):
    d, doc = V[lg], Doc(lg)
    n = rng.randint(1, 4)
    for k in range(n):
        if k:
            doc.t(rng.choice([" ", "\n", " and ", "  "]) if lg == "en" else rng.choice([" ", "\n", "  "]))
        if rng.random() < 0.6:
            doc.s("NEG_PRODUCT", rng.choice(d["wake"])).t(" ")
        if rng.random() < 0.75:
            doc.fill(rng.choice(d["voice"]), vals_for(lg, "low"))
        else:
            doc.fill(rng.choice(d["neg"]), neg_vals(lg, "low"))
    return doc, "voice"


def dictation(lg):
    d, doc = V[lg], Doc(lg)
    c, f, nl = d["punct"]
    how = "low" if rng.random() < 0.7 else "plain"
    for _ in range(rng.randint(1, 2)):
        v = vals_for(lg, how)
        v.update({"c": (None, c), "f": (None, f), "n": ("NEG_WORD", nl)})
        if rng.random() < 0.3:
            v["c"] = (None, c + " " + rng.choice(["um", "eh", "äh", "euh", "ehm"]))
        doc.fill(rng.choice(d["dict"]), v).t(" ")
        if rng.random() < 0.4:
            doc.s("NEG_WORD", rng.choice([nl, f])).t(" ")
    return doc, "dictation"


def ocr(lg):
    d, doc = V[lg], Doc(lg)
    caps = rng.random() < 0.5
    lab = [x.upper() if caps else x for x in d["lab"]]

    def L(i):
        return (misread(lab[i]) if rng.random() < 0.5 else lab[i]) + rng.choice([":", ": ", " ", ".:", " :"])
    dom = rng.randrange(len(TITLES))
    doc.s("NEG_TITLE", TITLES[dom]).t(rng.choice(["   ", "\n", "  |  "])).t("No. ").s("NEG_ID", str(rng.randint(10000, 99999))).t("\n")
    g, s = person(lg)
    g, s = (g.upper(), s.upper()) if caps else (g, s)
    st = street(lg)
    st = st.upper() if caps else st
    shape = rng.choice(["runon", "next", "hyph", "runon", "hyph"])
    if shape == "runon":  # two columns read row by row: the form's right column glued on each line
        doc.t(L(1)).s("PERSON", s).t(rng.choice(["  ", " ", "   "])).t(L(2)).s("PERSON", g).t(rng.choice([" ", "  "]))
        doc.t(rng.choice(["DATE ", "Datum ", "Date: "])).s("NEG_DATE", "%02d.%02d.2024" % (rng.randint(1, 28), rng.randint(1, 12))).t("\n")
        doc.t(L(3)).s("DATE_OF_BIRTH", birth(lg)).t(rng.choice(["  ", " "])).t(L(5)).s("PHONE_NUMBER", phone(lg)).t("\n")
        doc.t(L(4)).s("STREET_ADDRESS", st).t(rng.choice(["  ", " "])).t("REF ").s("NEG_ID", "%d/%d" % (rng.randint(100, 999), rng.randint(10, 99))).t("\n")
    elif shape == "next":  # the value on the line after its label
        doc.t(L(0).rstrip() + "\n").s("PERSON", g + " " + s).t("\n")
        doc.t(L(3).rstrip() + "\n").s("DATE_OF_BIRTH", birth(lg)).t("\n")
        doc.t(L(4).rstrip() + "\n").s("STREET_ADDRESS", st).t("\n")
        doc.t(L(5).rstrip() + "\n").s("PHONE_NUMBER", phone(lg)).t("\n")
    else:  # line-end hyphens inside the name and the street
        doc.t(L(0))
        doc.hyph("PERSON", g + " " + s)
        doc.t("\n").t(L(3)).s("DATE_OF_BIRTH", birth(lg)).t("\n").t(L(4)).hyph("STREET_ADDRESS", st).t("\n")
        if rng.random() < 0.5:
            doc.t(L(5)).s("PHONE_NUMBER", phone(lg)).t("\n")
    if rng.random() < 0.4:
        doc.t(rng.choice(["Item: ", "ITEM ", "Art.: "])).s("NEG_PRODUCT", rng.choice(PRODUCTS)).t(rng.choice(["  ", "\n"]))
    if rng.random() < 0.3:
        doc.t(rng.choice(["Signed ", "Sign.: ", "Unterschrift "])).s("NEG_DATE", "%02d/%02d/2025" % (rng.randint(1, 28), rng.randint(1, 12))).t("\n")
    return doc, "ocr"


TYPOS = {"en": ["pls", "tmrw", "adress", "thx", "asap", "brithday"], "de": ["bitte", "morgn", "adrese"],
         "fr": ["stp", "dem1", "adrese"], "es": ["xfa", "mñn"], "it": ["xfavore", "domani"]}


def sms(lg):
    d, doc = V[lg], Doc(lg)
    for k in range(rng.randint(2, 4)):
        if k:
            doc.t(rng.choice(["\n", " ", "\n> ", "\n- "]))
        r = rng.random()
        if r < 0.7:
            doc.fill(rng.choice(d["sms"]), vals_for(lg, "low"))
            if rng.random() < 0.3:
                doc.t(" " + rng.choice(["😂", "🙏", "👍", ":)", "xx", "!!"]))
        elif r < 0.85:
            doc.t(rng.choice(["order ", "ticket ", "#", "ref "])).s("NEG_ID", str(rng.randint(100000, 9999999)))
            doc.t(rng.choice([" ready", " ok?", " pls", ""]))
        else:
            doc.t(rng.choice(["at ", "@ ", "by "])).s("NEG_TIME", time_of(lg)).t(" ").s("NEG_PLACE", low(lg, rng.choice(PLACES[lg])))
    return doc, "sms"


ASK = {"en": ["Clean up this {d} note and list the contacts:", "Summarise this {d} text:", "file this {d} form"],
       "de": ["Bereinige diese Notiz ({d}) und liste die Kontakte auf:", "Fasse das zusammen ({d}):"],
       "fr": ["Nettoie cette note ({d}) :", "Résume ce texte ({d}) :"], "es": ["Limpia esta nota ({d}):"],
       "it": ["Sistema questa nota ({d}):"], "nl": ["Schoon deze notitie op ({d}):"], "pt": ["Limpa esta nota ({d}):"],
       "pl": ["Uporządkuj tę notatkę ({d}):"], "sv": ["Städa upp anteckningen ({d}):"], "da": ["Ryd op i noten ({d}):"],
       "no": ["Rydd opp i notatet ({d}):"], "fi": ["Siisti tämä muistiinpano ({d}):"], "cs": ["Uprav tuto poznámku ({d}):"],
       "hu": ["Tisztázd ezt a jegyzetet ({d}):"], "tr": ["Bu notu düzenle ({d}):"], "ro": ["Curăță această notă ({d}):"],
       "el": ["Katharise afti ti simeiosi ({d}):"], "gr": ["Καθάρισε αυτή τη σημείωση ({d}):"]}


def wrap(api, lg, idx, text, spans, ascii_):
    ask = rng.choice(ASK[lg]).format(d=DOMAINS[idx % len(DOMAINS)])
    if api == "chat":
        body = {"model": "gpt-4o", "messages": [{"role": "system", "content": "You tidy up notes."},
                                                {"role": "user", "content": MARK % 0}]}
    elif api == "responses":
        body = {"model": "gpt-4.1", "input": [{"role": "user", "content": [{"type": "input_text", "text": MARK % 0}]}]}
    elif api == "anthropic":
        body = {"model": "claude-sonnet-4-5", "max_tokens": 1024,
                "messages": [{"role": "user", "content": [{"type": "text", "text": MARK % 0}]}]}
    else:
        body = {"contents": [{"role": "user", "parts": [{"text": MARK % 0}]}]}
    dumped = json.dumps(body, ensure_ascii=ascii_, separators=(",", ":") if idx % 2 else None)
    lead = ask + ("\n\n" if rng.random() < 0.8 else " ")
    return place_text(dumped, MARK % 0, text, spans, lead=lead, ascii_=ascii_)


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    kinds = [voice, voice, voice, dictation, dictation, ocr, ocr, sms, sms, voice]
    for i in range(504):
        lg = LANGS[i % len(LANGS)]
        doc, cls = kinds[(i // len(LANGS) + i) % len(kinds)](lg)
        ascii_ = i % 3 == 0
        api = apis[(i // 3) % 4]
        t, sp = wrap(api, lg, i, doc.text.rstrip(" \n"), doc.spans, ascii_)
        json.loads(t)
        check_spans(t, sp)
        meta = {"locale": "el" if lg == "gr" else lg, "class": cls, "api": api, "ascii": ascii_,
                "domain": DOMAINS[i % len(DOMAINS)], "script": "greek" if lg == "gr" else "latin"}
        records.append(record(t, sp, len(records) % 100, meta))
    write_json(records)


main()
