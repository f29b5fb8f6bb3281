#!/usr/bin/env python3
"""gen_prose7.py: a tune set for names in running prose with no label, typed as people type to a
chatbot, an assistant, a social feed, a diary or a card (issue 15, branch `prose7`). Written from
the lead's shapes only (no blind record read), in en/de/fr/nl/es/it/pt, with wordings designed
here:
- a kin or role noun after a possessive, then a name, inside a request ("for my brother X",
  "für meine Schwester X", "pour ma voisine X");
- a name after a verb of writing or telling, then a role in parentheses ("an email to X (my
  landlord)", "tell X that ...", "remind X about ...");
- a role, then a name in parentheses ("my manager (X Y)");
- a self-introduction with age and job in parentheses ("i'm X (34, nurse)");
- coordinated names ("with X and Y", "X, Y and I", "mit X und Y");
- a diary's "met X at", "X came over";
- the name typed ALL CAPS or all lower case inside a prompt;
- a full name after a lower-case word whose first word is a known given name and whose second
  an invented surname.
Names: known given names (from hush's lexicon, so the lexicon signal is exercised), invented
given names and surnames (checked against the lexicon). Look-alikes in the same slots: places
(NEG_PLACE), brands and firms (NEG_ORG), products, films and books (NEG_PRODUCT), famous people
as topics (NEG_FAMOUS), ordinary capitalised words (NEG_TERM).
Writes JSON (the names_tune3.json format) to the path given, or to stdout; deterministic."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261207)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]

GIVEN = {
    "en": ["Sarah", "Tom", "Emma", "Olivia", "Ethan", "Grace", "Jack", "Katie", "Ben", "Ruth"],
    "de": ["Lena", "Jonas", "Felix", "Hannah", "Lukas", "Heike", "Sven", "Greta", "Dirk", "Uwe"],
    "fr": ["Camille", "Hugo", "Manon", "Louis", "Elise", "Margaux", "Theo", "Chloe", "Clement"],
    "nl": ["Sanne", "Bram", "Fleur", "Daan", "Pieter", "Lotte", "Maud", "Jan", "Nils"],
    "es": ["Carmen", "Javier", "Lucia", "Pablo", "Pilar", "Alvaro", "Rocio", "Marta", "Pedro"],
    "it": ["Giulia", "Matteo", "Chiara", "Luca", "Francesca", "Marco", "Elena", "Sara"],
    "pt": ["Tiago", "Beatriz", "Duarte", "Leonor", "Mariana", "Afonso", "Rui", "Ana", "Joao"],
}
ON = ["br", "t", "v", "k", "m", "s", "g", "l", "d", "f", "z", "h", "r", "w", "n", "p"]
NUC = ["a", "e", "i", "o", "u", "ay", "ou", "ei", "ae", "io"]
CODA = ["", "n", "l", "r", "s", "nd", "rk", "lt", "m"]
END = {"en": ["wick", "ford", "bury", "ling", "more"], "de": ["hart", "mann", "ler", "reuth", "stein"],
       "fr": ["ard", "ieux", "elin", "ac", "ot"], "nl": ["kamp", "stra", "veld", "huis", "ink"],
       "es": ["ez", "ado", "uela", "ero", "illa"], "it": ["ucci", "ato", "elli", "one", "etti"],
       "pt": ["eira", "ão", "inho", "ada", "oso"]}
GEND = {"en": ["a", "y", "on", "en"], "de": ["ke", "o", "a", "rik"], "fr": ["ine", "el", "ette", "an"],
        "nl": ["je", "ke", "o", "ert"], "es": ["a", "o", "ita", "el"], "it": ["a", "o", "ina", "io"],
        "pt": ["a", "o", "inha", "el"]}


def invent(lang, given):
    while True:
        n = "".join(rng.choice(ON) + rng.choice(NUC) + rng.choice(CODA) for _ in range(rng.choice([1, 2])))
        n += rng.choice(GEND[lang] if given else END[lang])
        n = n[0].upper() + n[1:]
        if n.lower() not in LEX and 4 <= len(n) <= 11:
            return n


def known(lang):
    while True:
        n = rng.choice(GIVEN[lang])
        if n.lower() in LEX:
            return n


# Slots: {G} a known given name, {N} an invented given name, {GS} a known given name and an
# invented surname, {NS} two invented words, {X:LABEL:a|b} a look-alike. Families: prompt,
# assistant, social, diary, card.
POS = {
    "en": [
        ("prompt", "write a short birthday message for my brother {G}, he's turning 40 and loves fishing"),
        ("prompt", "can you draft an email to {NS} (my landlord) about the broken heating"),
        ("prompt", "remind {G} about the dentist on thursday"),
        ("prompt", "tell {N} that the meeting moved to 3pm and i cant make it"),
        ("prompt", "plan a weekend in the lake district with {G} and {N}, we like hiking"),
        ("prompt", "i'm {G} (34, nurse) and i want to switch careers, where do i start"),
        ("prompt", "help me reply to my manager ({GS}) who wants me to work saturday"),
        ("prompt", "need a thank you note for {GS} (our neighbour) who watered the plants"),
        ("prompt", "how do i tell my flatmate {N} that he needs to pay rent on time"),
        ("assistant", "User: my sister {G} is getting married in june, can you help with a toast?\nAssistant: Of course! Tell me a bit about {G2}."),
        ("assistant", "User: write a reference letter for {GS}, she worked for me 3 years\nAssistant: Happy to help."),
        ("social", "so proud of {G} today!! first marathon done 🏃‍♀️"),
        ("social", "shoutout to {NS} for fixing my bike for free, legend"),
        ("diary", "Met {G} at the café after work. {N} came over later and we talked till midnight."),
        ("diary", "Quiet sunday. {G}, {N} and I walked to the harbour."),
        ("card", "dear {G}, thinking of you today, love from all of us"),
    ],
    "de": [
        ("prompt", "schreib eine geburtstagsnachricht für meine schwester {G}, sie wird 30"),
        ("prompt", "kannst du eine mail an {NS} (mein vermieter) wegen der heizung schreiben"),
        ("prompt", "erinnere {G} an den termin morgen"),
        ("prompt", "sag {N} bitte dass das treffen ausfällt"),
        ("prompt", "plane ein wochenende in hamburg mit {G} und {N}"),
        ("prompt", "ich bin {G} (41, erzieherin) und will mich bewerben, hilf mir beim anschreiben"),
        ("prompt", "mein chef ({GS}) will dass ich am samstag arbeite, wie antworte ich"),
        ("prompt", "eine dankeskarte für {GS} (unsere nachbarin) bitte, kurz und herzlich"),
        ("assistant", "Nutzer: mein kollege {G} geht in rente, was schreibe ich auf die karte?\nAssistent: Wie lange habt ihr zusammengearbeitet?"),
        ("social", "heute mit {G} und {N} am see gewesen, herrlich ☀️"),
        ("diary", "Habe {G} beim Bäcker getroffen. Später kam {N} vorbei."),
        ("diary", "{G}, {N} und ich waren im Kino."),
        ("card", "liebe {G}, alles gute zum geburtstag!"),
    ],
    "fr": [
        ("prompt", "écris un petit mot pour ma voisine {G}, elle déménage"),
        ("prompt", "rédige un mail à {NS} (mon propriétaire) pour la fuite d'eau"),
        ("prompt", "rappelle à {G} le rendez-vous de jeudi"),
        ("prompt", "dis à {N} que je serai en retard"),
        ("prompt", "organise un week-end à lyon avec {G} et {N}"),
        ("prompt", "je suis {G} (29, infirmière) et je veux changer de métier"),
        ("prompt", "mon responsable ({GS}) me demande de travailler samedi, comment refuser"),
        ("assistant", "Utilisateur : mon frère {G} fête ses 18 ans, une idée de discours ?\nAssistant : Bien sûr !"),
        ("social", "merci à {NS} pour le covoiturage hier soir 🙏"),
        ("diary", "Croisé {G} au marché. {N} est passée le soir."),
        ("diary", "{G}, {N} et moi sommes allés à la plage."),
        ("card", "chère {G}, joyeux anniversaire et plein de bisous"),
    ],
    "nl": [
        ("prompt", "schrijf een verjaardagsberichtje voor mijn broer {G}, hij wordt 50"),
        ("prompt", "kun je een mail aan {NS} (mijn huisbaas) schrijven over de lekkage"),
        ("prompt", "herinner {G} aan de afspraak van vrijdag"),
        ("prompt", "zeg tegen {N} dat ik later kom"),
        ("prompt", "plan een dagje uit met {G} en {N} in utrecht"),
        ("prompt", "ik ben {G} (37, docent) en wil een cv maken"),
        ("prompt", "mijn leidinggevende ({GS}) wil dat ik overwerk, hoe reageer ik"),
        ("social", "wat een dag met {G} en {N} op het strand 🌊"),
        ("diary", "{G} bij de bakker gezien. Later kwam {N} langs."),
        ("card", "lieve {G}, van harte gefeliciteerd!"),
    ],
    "es": [
        ("prompt", "escribe un mensaje de cumpleaños para mi prima {G}, cumple 25"),
        ("prompt", "redacta un correo a {NS} (mi casero) por la calefacción"),
        ("prompt", "recuérdale a {G} la cita del martes"),
        ("prompt", "dile a {N} que llego tarde"),
        ("prompt", "organiza una cena con {G} y {N} el sábado"),
        ("prompt", "soy {G} (45, enfermera) y quiero cambiar de trabajo"),
        ("prompt", "mi jefe ({GS}) quiere que trabaje el domingo, cómo le contesto"),
        ("social", "gracias a {NS} por ayudarme con la mudanza 💪"),
        ("diary", "Vi a {G} en el mercado. {N} vino a casa por la tarde."),
        ("card", "querida {G}, feliz cumpleaños"),
    ],
    "it": [
        ("prompt", "scrivi un messaggio di auguri per mia cugina {G}, compie 30 anni"),
        ("prompt", "scrivi una mail a {NS} (il mio padrone di casa) per il riscaldamento"),
        ("prompt", "ricorda a {G} l'appuntamento di venerdì"),
        ("prompt", "di' a {N} che arrivo tardi"),
        ("prompt", "organizza una cena con {G} e {N} sabato sera"),
        ("prompt", "sono {G} (38, infermiera) e voglio cambiare lavoro"),
        ("prompt", "il mio capo ({GS}) vuole che lavori domenica, come rispondo"),
        ("social", "grazie a {NS} per il passaggio ieri sera 🙏"),
        ("diary", "Ho incontrato {G} al bar. Più tardi è passato {N}."),
        ("card", "cara {G}, tanti auguri di buon compleanno"),
    ],
    "pt": [
        ("prompt", "escreve uma mensagem de aniversário para o meu irmão {G}, faz 40 anos"),
        ("prompt", "escreve um email ao {NS} (o meu senhorio) sobre o aquecimento"),
        ("prompt", "lembra a {G} da consulta de quinta"),
        ("prompt", "diz ao {N} que chego atrasado"),
        ("prompt", "organiza um jantar com {G} e {N} no sábado"),
        ("prompt", "sou a {G} (33, enfermeira) e quero mudar de carreira"),
        ("prompt", "o meu chefe ({GS}) quer que eu trabalhe ao sábado, como respondo"),
        ("social", "obrigada ao {NS} pela boleia ontem 🙏"),
        ("diary", "Encontrei a {G} no café. O {N} passou cá mais tarde."),
        ("card", "querida {G}, muitos parabéns"),
    ],
}

NEG = {
    "en": [
        ("prompt", "write a short birthday message for my brother, he loves {X:NEG_PRODUCT:Minecraft|Lego|Star Wars}"),
        ("prompt", "can you draft an email to {X:NEG_ORG:Vodafone|British Gas|Airbnb} (my provider) about the bill"),
        ("prompt", "remind me about {X:NEG_PRODUCT:Netflix|Spotify|Duolingo} renewing on thursday"),
        ("prompt", "tell {X:NEG_PRODUCT:Alexa|Siri} to stop playing music"),
        ("prompt", "plan a weekend in {X:NEG_PLACE:Lisbon|Bruges|Porto} with my sister, we like hiking"),
        ("prompt", "write an essay about {X:NEG_FAMOUS:Marie Curie|Winston Churchill|Frida Kahlo} for my history class"),
        ("prompt", "my manager (at {X:NEG_ORG:Deloitte|Tesco|Accenture}) wants me to work saturday"),
        ("prompt", "we watched {X:NEG_PRODUCT:Dune|Barbie|Oppenheimer} with the kids, write a review"),
        ("social", "so proud of {X:NEG_ORG:Arsenal|Liverpool|Chelsea} today!!"),
        ("diary", "{X:NEG_TERM:Monday|Rain|Work} came over me like a wave. Met the team at {X:NEG_ORG:Starbucks|Pret|Costa}."),
        ("diary", "{X:NEG_PLACE:Paris|Rome|Vienna}, {X:NEG_PLACE:Milan|Berlin|Prague} and back home."),
    ],
    "de": [
        ("prompt", "schreib eine mail an {X:NEG_ORG:Telekom|Vodafone|Vattenfall} (mein anbieter) wegen der rechnung"),
        ("prompt", "plane ein wochenende mit {X:NEG_PLACE:Hamburg|Leipzig|Dresden} und {X:NEG_PLACE:Bremen|Kiel|Lübeck}"),
        ("prompt", "schreib einen aufsatz über {X:NEG_FAMOUS:Albert Einstein|Angela Merkel|Johann Sebastian Bach}"),
        ("social", "heute mit {X:NEG_ORG:Flixbus|Lidl|Aldi} unterwegs gewesen"),
        ("diary", "Habe {X:NEG_PRODUCT:Tatort|Dark|Babylon Berlin} geschaut."),
    ],
    "fr": [
        ("prompt", "rédige un mail à {X:NEG_ORG:Orange|Free|EDF} (mon fournisseur) pour la facture"),
        ("prompt", "organise un week-end avec {X:NEG_PLACE:Nantes|Lille|Rennes} et {X:NEG_PLACE:Tours|Angers|Caen}"),
        ("prompt", "un exposé sur {X:NEG_FAMOUS:Victor Hugo|Marie Curie|Napoléon Bonaparte} pour lundi"),
        ("diary", "Croisé {X:NEG_ORG:Decathlon|Carrefour|Leclerc} au centre commercial."),
    ],
    "nl": [
        ("prompt", "schrijf een mail aan {X:NEG_ORG:Ziggo|Eneco|KPN} (mijn provider) over de storing"),
        ("prompt", "plan een dagje uit met {X:NEG_PLACE:Utrecht|Leiden|Gouda} en {X:NEG_PLACE:Delft|Haarlem|Breda}"),
        ("social", "wat een dag bij {X:NEG_ORG:Efteling|Ikea|Albert Heijn}"),
    ],
    "es": [
        ("prompt", "redacta un correo a {X:NEG_ORG:Movistar|Iberdrola|Endesa} (mi compañía) por la factura"),
        ("prompt", "organiza una ruta con {X:NEG_PLACE:Sevilla|Cádiz|Málaga} y {X:NEG_PLACE:Granada|Córdoba|Jaén}"),
        ("prompt", "un resumen sobre {X:NEG_FAMOUS:Pablo Picasso|Miguel de Cervantes|Frida Kahlo}"),
    ],
    "it": [
        ("prompt", "scrivi una mail a {X:NEG_ORG:Enel|Fastweb|Iliad} (il mio gestore) per la bolletta"),
        ("prompt", "organizza un giro con {X:NEG_PLACE:Firenze|Siena|Pisa} e {X:NEG_PLACE:Lucca|Arezzo|Livorno}"),
        ("prompt", "un tema su {X:NEG_FAMOUS:Giuseppe Verdi|Dante Alighieri|Leonardo da Vinci}"),
    ],
    "pt": [
        ("prompt", "escreve um email à {X:NEG_ORG:Vodafone|Meo|EDP} (a minha operadora) sobre a fatura"),
        ("prompt", "organiza uma viagem com {X:NEG_PLACE:Braga|Coimbra|Évora} e {X:NEG_PLACE:Faro|Aveiro|Viseu}"),
        ("prompt", "um trabalho sobre {X:NEG_FAMOUS:Fernando Pessoa|Luís de Camões|Amália Rodrigues}"),
    ],
}


def render(tpl, lang, fam, pos, case):
    text, spans, seen = "", [], {}
    i = 0
    while i < len(tpl):
        j = tpl.find("{", i)
        if j < 0:
            text += tpl[i:]
            break
        text += tpl[i:j]
        k = tpl.index("}", j)
        key = tpl[j + 1:k]
        i = k + 1
        if key.startswith("X:"):
            _, label, choices = key.split(":", 2)
            val = rng.choice(choices.split("|"))
        else:
            label = "PERSON"
            if key == "G2":
                val = seen["G"]
            elif key == "G":
                val = known(lang)
            elif key == "N":
                val = invent(lang, True)
            elif key == "GS":
                val = known(lang) + " " + invent(lang, False)
            else:  # NS
                val = invent(lang, True) + " " + invent(lang, False)
            seen[key] = val
            if case == "upper":
                val = val.upper()
            elif case == "lower":
                val = val.lower()
        spans.append({"entity_type": label, "entity_value": val, "start_position": len(text),
                      "end_position": len(text) + len(val)})
        text += val
    for s in spans:
        assert text[s["start_position"]:s["end_position"]] == s["entity_value"]
    return {"full_text": text, "spans": spans, "template_id": 0,
            "metadata": {"family": fam + ("" if pos else "_neg"), "lang": lang, "case": case}}


def main():
    recs = []
    for rep in range(4):
        for lang in LANGS:
            for fam, tpl in POS[lang]:
                # One in five prompts types its names all lower case, one in ten in capitals
                # (the lead's shape); the look-alikes keep their own case.
                r = rng.random()
                case = "lower" if r < 0.2 else "upper" if r < 0.3 else "as"
                recs.append(render(tpl, lang, fam, True, case))
            for fam, tpl in NEG[lang]:
                recs.append(render(tpl, lang, fam, False, "as"))
    for i, r in enumerate(recs):
        r["template_id"] = i % 100
    out = json.dumps(recs, ensure_ascii=False, indent=1) + "\n"
    if len(sys.argv) > 1:
        open(sys.argv[1], "w", encoding="utf-8").write(out)
    else:
        sys.stdout.write(out)


if __name__ == "__main__":
    main()
