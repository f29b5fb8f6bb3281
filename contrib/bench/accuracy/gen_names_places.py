#!/usr/bin/env python3
"""gen_names_places.py: a tune set of places, venues and rooms that read like people or like
addresses (issue 15, branch `places`), written from a fresh brief, not from any held-out record.
Real PERSON and STREET_ADDRESS spans stand in the same texts, so precision and recall are both
measured.

- NEG_VENUE: rooms, halls, gates, platforms, seats and stands with a number that is no house
  number ("Room 4.12", "Hall 3", "Building 7, Level 2", "Gate B12", "Terminal 5", "Seat 14C",
  "Stand A-210", "Zimmer 12", "Saal 2", "Salle 104", "Aula 3");
- NEG_STATION: transit stops and stations ("Alexanderplatz", "Gare de Lyon", "Plaza de Castilla");
- NEG_STREET: streets named after people as a place, with no number ("the shops on Oxford
  Street", "meet at Karl-Marx-Allee", "Gran Vía");
- NEG_ROOM: meeting rooms named after people or cities ("in Victoria", "room Curie");
- NEG_HOTEL: hotels and restaurants ("Hotel Adlon", "Chez Marius");
- NEG_EVENT: events ("Oktoberfest 2024", "Web Summit");
- NEG_CITY: cities and regions that are given names in every role: departure and arrival,
  weather, office location, "based in Charlotte", "nach Florence", "à Victoria".

Shapes: conference programmes, boarding passes, itineraries, meeting invites, office chat,
travel requests, weather questions; en, de, fr, nl, es, it, pt. PERSON spans are half common real
names, half invented by syllables. Writes JSON (the names_tune3.json format) to stdout;
deterministic (seeded)."""
import random
import re

from gen_common import real_or_invented, span_at, write_json

rng = random.Random(20261202)

REAL = {
    "en": (["Hannah", "Mark", "Olivia", "Peter", "Rachel", "Simon", "Laura", "Adam"],
           ["Turner", "Mason", "Holt", "Fletcher", "Barker", "Lloyd", "Quinn", "Webb"]),
    "de": (["Miriam", "Stefan", "Ines", "Ralf", "Carina", "Jan", "Ute", "Moritz"],
           ["Richter", "Zimmermann", "Kraus", "Hahn", "Lorenz", "Seidel", "Pohl", "Winkler"]),
    "fr": (["Aurélie", "Bastien", "Claire", "Hugo", "Margaux", "Antoine", "Léa", "Rémi"],
           ["Lambert", "Chevalier", "Roux", "Faure", "Blanc", "Guerin", "Perrin", "Morel"]),
    "nl": (["Iris", "Thijs", "Marloes", "Wouter", "Anouk", "Koen", "Fleur", "Sjoerd"],
           ["Kok", "Meijer", "Hendriks", "Bos", "Vos", "Peters", "Brouwer", "Koster"]),
    "es": (["Alba", "Raúl", "Nuria", "Iván", "Rocío", "Álvaro", "Irene", "Hugo"],
           ["Molina", "Delgado", "Rubio", "Vidal", "Serrano", "Iglesias", "Ramos", "Gil"]),
    "it": (["Elisa", "Andrea", "Silvia", "Paolo", "Martina", "Stefano", "Alessia", "Fabio"],
           ["Ferri", "Fontana", "Rinaldi", "Caruso", "Gatti", "Lombardi", "Moretti", "Barbieri"]),
    "pt": (["Joana", "Miguel", "Sofia", "André", "Rita", "Bruno", "Marta", "Nuno"],
           ["Carvalho", "Ribeiro", "Teixeira", "Correia", "Mendes", "Nunes", "Soares", "Lopes"]),
}
SYL = {
    "en": (["ca", "bel", "wen", "dor", "il", "gan", "ro", "sel", "mer", "tha"], ["ton", "field", "ham", "by", "well"]),
    "de": (["hel", "ur", "mat", "gis", "an", "ber", "tol", "re", "fri", "wen"], ["hofer", "mann", "berg", "inger", "eder"]),
    "fr": (["ro", "ma", "lis", "be", "gau", "ne", "ta", "cé", "vil", "do"], ["ault", "ier", "eux", "on", "ette"]),
    "nl": (["ger", "ma", "tje", "ri", "win", "bo", "ke", "lou", "hen", "di"], ["stra", "ma", "sen", "inga", "hof"]),
    "es": (["mar", "ce", "lo", "bre", "ni", "sa", "ti", "gue", "ra", "do"], ["ández", "ero", "illo", "anes", "ía"]),
    "it": (["ste", "ma", "lu", "vi", "ro", "gian", "ca", "fe", "nel", "to"], ["elli", "otti", "ino", "ese", "acci"]),
    "pt": (["gui", "ma", "ro", "ter", "li", "ca", "van", "du", "so", "re"], ["inho", "eiro", "ares", "ão", "ilva"]),
}

VENUES = {"en": ["Room 4.12", "Hall 3", "Building 7, Level 2", "Gate B12", "Terminal 5", "Platform 9",
                 "Seat 14C", "Stand A-210", "Room 201", "Level 3", "Pier 39", "Booth 118", "Suite 400"],
          "de": ["Zimmer 12", "Saal 2", "Halle 4", "Raum 3.015", "Gleis 7", "Haus 2, Ebene 3", "Stand C-14",
                 "Sitz 23A", "Terminal 1", "Flugsteig A22", "Hörsaal 5"],
          "fr": ["Salle 104", "Hall 7", "Porte K45", "Bâtiment 3, niveau 2", "Quai 11", "Voie 4", "Siège 12F",
                 "Stand B-33", "Terminal 2E", "Amphi 6"],
          "nl": ["Zaal 3", "Lokaal 2.14", "Gate D7", "Spoor 5", "Perron 2", "Hal 9", "Stoel 31B",
                 "Gebouw 4, verdieping 2", "Stand 12"],
          "es": ["Sala 5", "Aula 3", "Puerta 22", "Andén 6", "Vía 8", "Pabellón 9", "Asiento 17D",
                 "Edificio 2, planta 4", "Stand 4B20", "Terminal 4S"],
          "it": ["Aula 3", "Sala 12", "Padiglione 8", "Binario 14", "Gate B41", "Posto 9C", "Stand D-108",
                 "Edificio 5, piano 2", "Terminal 1"],
          "pt": ["Sala 2.07", "Auditório 1", "Porta 14", "Linha 3", "Cais 5", "Lugar 22A", "Pavilhão 2",
                 "Edifício 6, piso 1", "Stand 3.12", "Terminal 2"]}
STATIONS = {"en": ["Paddington", "Waterloo", "Liverpool Street", "Grand Central", "Union Station", "Penn Station"],
            "de": ["Alexanderplatz", "Ostkreuz", "Stachus", "Jungfernstieg", "Hackescher Markt", "Zoologischer Garten"],
            "fr": ["Gare de Lyon", "Gare du Nord", "Montparnasse", "Châtelet", "Part-Dieu", "Saint-Charles"],
            "nl": ["Amsterdam Centraal", "Rotterdam Blaak", "Den Haag HS", "Utrecht Centraal", "Zuid", "Sloterdijk"],
            "es": ["Plaza de Castilla", "Atocha", "Sol", "Chamartín", "Sants", "Nuevos Ministerios"],
            "it": ["Termini", "Milano Centrale", "Porta Garibaldi", "Santa Maria Novella", "Cadorna", "Tiburtina"],
            "pt": ["Cais do Sodré", "Santa Apolónia", "Oriente", "Rossio", "São Bento", "Campanhã"]}
STREETS = {"en": ["Oxford Street", "Baker Street", "Abbey Road", "Lincoln Road", "Wellington Street", "Madison Avenue"],
           "de": ["Karl-Marx-Allee", "Kurfürstendamm", "Friedrichstraße", "Thomas-Mann-Straße", "Goethestraße", "Leopoldstraße"],
           "fr": ["rue de Rivoli", "avenue Victor Hugo", "boulevard Voltaire", "rue Émile Zola", "rue Molière"],
           "nl": ["Kalverstraat", "P.C. Hooftstraat", "Coolsingel", "Vondelstraat", "Jan Pieterszoon Coenstraat"],
           "es": ["Gran Vía", "calle de Alcalá", "Paseo de la Castellana", "calle Serrano", "Rambla de Catalunya"],
           "it": ["Via del Corso", "Via Manzoni", "Via Montenapoleone", "Corso Buenos Aires", "Via Toledo"],
           "pt": ["Rua Augusta", "Avenida da Liberdade", "Rua Garrett", "Rua de Santa Catarina", "Avenida dos Aliados"]}
ROOMS = ["Victoria", "Curie", "Einstein", "Florence", "Darwin", "Ada", "Turing", "Lovelace", "Hopper",
         "Sydney", "Galileo", "Adelaide", "Marie", "Newton", "Kepler"]
HOTELS = ["Hotel Adlon", "Hotel Sacher", "Chez Marius", "Trattoria da Enzo", "Casa Lucio", "Hotel Lutetia",
          "Brasserie Lipp", "Café Schmidt", "Hotel Estrela", "Restaurant De Kas", "Ristorante Da Giovanni",
          "The Savoy", "Hotel Victoria", "Pension Elisabeth", "Bar Pepe"]
EVENTS = ["Oktoberfest 2024", "Web Summit", "Mobile World Congress", "Fête de la Musique", "Koningsdag",
          "San Fermín", "Biennale 2026", "Festa de São João", "re:Invent", "Gamescom", "Salone del Mobile",
          "Tomorrowland", "Dreamforce", "VivaTech 2025"]
CITIES = ["Victoria", "Florence", "Austin", "Charlotte", "Adelaide", "Regina", "Eugene", "Lincoln", "Madison",
          "Jackson", "Alexandria", "Augusta", "Savannah", "Orlando", "Beatrice", "Aurora", "Helena", "Tyler",
          "Marion", "Kingston"]
REGIONS = ["Georgia", "Virginia", "Carolina", "Victoria", "Tasmania", "Lorraine", "Alexandra", "Louisiana",
           "Florida", "Maryland", "Savoie", "Valencia"]
ADDRS = {"en": ["12 Baker Street", "48 Elm Road", "7 Hillside Avenue", "221 Mill Lane", "5 Church Street"],
         "de": ["Hauptstraße 14", "Lindenweg 3", "Bergstraße 27a", "Am Markt 5", "Gartenstraße 112"],
         "fr": ["12 rue des Lilas", "5 avenue de la Gare", "38 boulevard Carnot", "7 impasse des Roses"],
         "nl": ["Dorpsstraat 21", "Kerkweg 4", "Molenlaan 117", "Stationsweg 9"],
         "es": ["Calle Mayor 15", "Avenida del Puerto 42", "Calle de la Luna 3", "Paseo del Prado 8"],
         "it": ["Via Roma 10", "Corso Italia 54", "Via dei Mille 7", "Viale Europa 33"],
         "pt": ["Rua das Flores 12", "Avenida Central 88", "Rua do Sol 5", "Travessa do Carmo 3"]}

# {P} and {Q}: people ("Given Surname"), {G}: a given name alone, {A}: a street address;
# {V} venue, {S} station, {T} street, {M} meeting room, {H} hotel, {E} event, {C} city, {R} region.
T = {
    "en": [
        "Programme, day 2\n09:00 Keynote - {P} - {V}\n10:30 Panel with {Q} - {V}\nLunch at {H}",
        "BOARDING PASS\nPassenger: {P}\nFrom: {C}  To: {C}\nGate: {V}  Seat: {V}\nBoarding 07:45",
        "Itinerary for {P}: train from {S} at 08:10, then walk to {T}. Dinner at {H}. Hotel address: {A}.",
        "Hi {G}, the review is in {M} at 2pm. {Q} will join from {C}.",
        "Our new office is based in {C}; send the badge for {P} to {A}.",
        "What's the weather like in {C} this weekend? {P} and I fly to {C} on Friday.",
        "Meet me at {S}, then we grab lunch on {T}. - {P}",
        "Can {Q} book {M} for Thursday? I'll be at {E} until Wednesday.",
        "{P} is presenting at {V}, {V}. Please deliver the poster to {A} by Monday.",
        "Flight LH 903 from {C} to {C}, departs {V}. Traveller: {P}.",
        "We are driving through {R} next week and stop in {C}. Any tips from {G}?",
        "The shops on {T} are open late before {E}. {P} lives at {A}.",
    ],
    "de": [
        "Programm Tag 1\n10:00 Eröffnung mit {P}, {V}\n11:15 Vortrag {Q}, {V}\nAbendessen im {H}",
        "Bordkarte\nName: {P}\nVon {C} nach {C}\n{V}, {V}",
        "Treffpunkt {S}, dann zu Fuß zur {T}. Unterkunft: {H}. Rechnung an {P}, {A}.",
        "Hallo {G}, das Meeting ist in {M} im 3. Stock. {Q} kommt aus {C} dazu.",
        "Unser Büro ist in {C}. Bitte schick die Unterlagen für {P} an {A}.",
        "Wie wird das Wetter in {C} am Wochenende? {P} fliegt am Freitag nach {C}.",
        "Ich warte am {S}, danach gehen wir auf den {T}. Gruß, {P}",
        "Kann {Q} den Raum {M} buchen? Ich bin bis Mittwoch auf dem {E}.",
        "{P} hält den Vortrag in {V}, {V}. Poster bitte an {A} schicken.",
        "Zug ab {S}, {V}, Ankunft in {C} 14:02. Reisende: {P}.",
    ],
    "fr": [
        "Programme du jeudi\n9 h 00 Ouverture - {P} - {V}\n10 h 30 Atelier avec {Q} - {V}\nDéjeuner : {H}",
        "Carte d'embarquement\nPassager : {P}\nDe {C} à {C}\n{V} - {V}",
        "Rendez-vous à {S}, puis on marche jusqu'à la {T}. Hôtel : {H}. Facture à {P}, {A}.",
        "Salut {G}, la réunion est en salle {M}. {Q} se connecte depuis {C}.",
        "Notre agence est basée à {C} ; envoyez le badge de {P} au {A}.",
        "Quel temps fait-il à {C} ce week-end ? {P} part pour {C} vendredi.",
        "On se retrouve {T} après {E}. Bises, {P}",
        "{P} présente en {V}, {V}. Merci de livrer l'affiche au {A}.",
        "Train au départ de {S}, {V}, arrivée à {C}. Voyageur : {Q}.",
    ],
    "nl": [
        "Programma dag 2\n09:30 Opening door {P} - {V}\n11:00 Workshop {Q} - {V}\nLunch bij {H}",
        "Instapkaart\nPassagier: {P}\nVan {C} naar {C}\n{V}, {V}",
        "Verzamelen op {S}, daarna lopen we naar de {T}. Overnachting: {H}. Factuur naar {P}, {A}.",
        "Hoi {G}, het overleg is in {M}. {Q} belt in vanuit {C}.",
        "Ons kantoor zit in {C}; stuur de pas voor {P} naar {A}.",
        "Wat voor weer wordt het in {C}? {P} vliegt vrijdag naar {C}.",
        "{P} spreekt in {V}, {V}. Lever de poster af op {A}.",
        "Trein vanaf {S}, {V}, aankomst {C}. Reiziger: {Q}. Daarna naar {E}.",
    ],
    "es": [
        "Programa del martes\n09:00 Apertura - {P} - {V}\n10:30 Mesa redonda con {Q} - {V}\nComida en {H}",
        "Tarjeta de embarque\nPasajero: {P}\nDe {C} a {C}\n{V} · {V}",
        "Quedamos en {S} y luego paseamos por la {T}. Hotel: {H}. Factura a {P}, {A}.",
        "Hola {G}, la reunión es en la sala {M}. {Q} se conecta desde {C}.",
        "Nuestra oficina está en {C}; envía la tarjeta de {P} a {A}.",
        "¿Qué tiempo hace en {C} este fin de semana? {P} vuela a {C} el viernes.",
        "{P} presenta en {V}, {V}. El póster va a {A}.",
        "Tren desde {S}, {V}, llegada a {C}. Viajero: {Q}. Luego vamos a {E}.",
    ],
    "it": [
        "Programma di mercoledì\n09:00 Apertura - {P} - {V}\n10:30 Tavola rotonda con {Q} - {V}\nPranzo da {H}",
        "Carta d'imbarco\nPasseggero: {P}\nDa {C} a {C}\n{V}, {V}",
        "Ci troviamo a {S}, poi a piedi in {T}. Albergo: {H}. Fattura a {P}, {A}.",
        "Ciao {G}, la riunione è nella sala {M}. {Q} si collega da {C}.",
        "Il nostro ufficio ha sede a {C}; manda il badge di {P} in {A}.",
        "Che tempo fa a {C} nel weekend? {P} vola a {C} venerdì.",
        "{P} presenta in {V}, {V}. Il poster va consegnato in {A}.",
        "Treno da {S}, {V}, arrivo a {C}. Viaggiatore: {Q}. Poi al {E}.",
    ],
    "pt": [
        "Programa de quinta-feira\n09:00 Abertura - {P} - {V}\n10:30 Painel com {Q} - {V}\nAlmoço no {H}",
        "Cartão de embarque\nPassageiro: {P}\nDe {C} para {C}\n{V}, {V}",
        "Encontro no {S}, depois a pé até à {T}. Hotel: {H}. Fatura para {P}, {A}.",
        "Olá {G}, a reunião é na sala {M}. {Q} liga-se a partir de {C}.",
        "O nosso escritório fica em {C}; envia o crachá de {P} para {A}.",
        "Como vai estar o tempo em {C}? {P} voa para {C} na sexta.",
        "{P} apresenta no {V}, {V}. O cartaz vai para {A}.",
        "Comboio de {S}, {V}, chegada a {C}. Viajante: {Q}. Depois vamos ao {E}.",
    ],
}
LABEL = {"V": "NEG_VENUE", "S": "NEG_STATION", "T": "NEG_STREET", "M": "NEG_ROOM", "H": "NEG_HOTEL",
         "E": "NEG_EVENT", "C": "NEG_CITY", "R": "NEG_CITY", "A": "STREET_ADDRESS", "P": "PERSON",
         "Q": "PERSON", "G": "PERSON"}


def person(lang, real):
    return real_or_invented(rng, REAL[lang], SYL[lang], real)


def fill(lang, key, real):
    if key in "PQ":
        return " ".join(person(lang, real))
    if key == "G":
        return person(lang, real)[0]
    pool = {"V": VENUES[lang], "S": STATIONS[lang], "T": STREETS[lang], "M": ROOMS, "H": HOTELS,
            "E": EVENTS, "C": CITIES, "R": REGIONS, "A": ADDRS[lang]}[key]
    return rng.choice(pool)


def record(lang, tid, tpl, real):
    text, spans, pos = "", [], 0
    for m in re.finditer(r"\{(\w)\}", tpl):
        text += tpl[pos:m.start()]
        v = fill(lang, m.group(1), real)
        spans.append(span_at(text, LABEL[m.group(1)], v))
        text += v
        pos = m.end()
    text += tpl[pos:]
    return {"full_text": text, "spans": spans, "template_id": tid,
            "metadata": {"locale": lang, "names": "real" if real else "invented", "corpus": "names_places"}}


out = []
for lang in ("en", "de", "fr", "nl", "es", "it", "pt"):
    for tid, tpl in enumerate(T[lang]):
        for k in range(4):
            out.append(record(lang, tid, tpl, k % 2 == 0))
write_json(out, indent=None)
