#!/usr/bin/env python3
"""gen_informal2.py: a tune set for the message shapes names_holdout5 still missed (issue 15,
branch `h5informal`). Each shape is written in en/de/fr/nl/es/it/pt with wordings designed here,
not copied from any corpus, with invented names (checked against hush's lexicon) and look-alikes
in the same slot:
- a reply "yes, with X" to a question about who comes ("ja mit X", "sí, con X", "sim, com a X");
  look-alikes: a firm or an ordinary capitalised noun after "with" (NEG_ORG, NEG_TERM);
- a question whether someone comes on a day ("is X coming Sunday?", "kommt X am Samstag?",
  "X vient dimanche ?"); look-alikes: parcel and delivery firms (NEG_ORG);
- a reviewer's byline before a star rating ("X Y. – ★★★★"); look-alikes: review criteria
  ("Service – ★★★", NEG_TERM);
- a name, then the place in the shop where the person works ("X at the front desk was ...",
  "X am Empfang war ...", "X alla cassa ..."); look-alikes: things at that place (NEG_TERM);
- "ask for X" in every language ("Fragt nach X", "Perguntem pela X"); look-alikes: a product
  asked for (NEG_PRODUCT);
- a kin noun after a possessive, then a name ("Meine Tochter X", "Mia figlia X"); the possessive
  itself ("Mia") is a look-alike left unlabelled;
- a trade noun then a brand ("garage Renault", "officina Hyundai"): NEG_ORG; a possessive then a
  make and model ("our Skoda Octavia"): NEG_PRODUCT; kinship words used as names ("Nana's new
  address", "Oma"): NEG_TERM; a prompt opening on an imperative ("Aiutami a ...", "Ayúdame a
  ..."): NEG_TERM.
Writes JSON (the names_tune3.json format) to the path given, or to stdout; deterministic."""
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261203)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]

ON = ["br", "t", "v", "k", "m", "s", "g", "l", "d", "f", "qu", "z", "h", "r"]
NUC = ["a", "e", "i", "o", "u", "ai", "ou", "ie", "é", "ö", "ã", "ü"]
CODA = ["", "n", "l", "r", "s", "th", "nd", "x"]
END = {"en": ["wyn", "ton", "ley", "ric", "by"], "de": ["hild", "mar", "wig", "ke", "bert"],
       "fr": ["ette", "ine", "aud", "ien", "elle"], "nl": ["tje", "ske", "ert", "ina", "je"],
       "es": ["ino", "ela", "encia", "iro", "ita"], "it": ["etta", "ilde", "ino", "ella", "aldo"],
       "pt": ["inha", "ício", "ana", "ãozinho", "ela"]}


def invent(lang):
    while True:
        n = "".join(rng.choice(ON) + rng.choice(NUC) + rng.choice(CODA)
                    for _ in range(rng.choice([1, 2]))) + rng.choice(END[lang])
        n = n[0].upper() + n[1:]
        if n.lower() not in LEX and len(n) >= 4:
            return n


def surname(lang):
    s = invent(lang)
    if lang == "nl" and rng.random() < 0.3:
        return "van " + s
    return s


# Each template: {P} a PERSON, {P2} a second one, {F} full name, {I} an initial and surname,
# {X:LABEL:a|b|c} a look-alike drawn from the choices and labelled LABEL.
POS = {
    "with": {
        "en": ["[Mum] is {P} coming Sunday?|[me] yes with {P2}", "[Dad] who's driving?|[me] yep, with {P2} 👍"],
        "de": ["[Mama] kommt {P} am Sonntag?|[me] ja mit {P2}", "[Oma] wer fährt?|[me] ja, zusammen mit {P2}"],
        "fr": ["[Papa] {P} vient dimanche ?|[me] oui avec {P2}", "[Mamie] qui conduit ?|[me] oui, avec {P2} !"],
        "nl": ["[Mam] komt {P} zondag?|[me] ja met {P2}", "[Pa] wie rijdt er?|[me] ja, samen met {P2}"],
        "es": ["[Mamá] ¿viene {P} el domingo?|[me] sí, con {P2}", "[Tía] ¿quién conduce?|[me] sí con {P2}"],
        "it": ["[Mamma] {P} viene domenica?|[me] sì con {P2}", "[Zia] chi guida?|[me] sì, con {P2}"],
        "pt": ["[Mãe] o {P} vem domingo?|[me] sim, com a {P2}", "[Tia] quem conduz?|[me] sim, com o {P2}"],
    },
    "coming": {
        "en": ["[Sis] is {P} coming Friday or not?", "[Ben] is {P} coming tonight?"],
        "de": ["[Papa] kommt {P} am Freitag auch?", "[Lea] kommt {P} heute Abend?"],
        "fr": ["[Maman] {P} vient vendredi ?", "[Jo] {P} vient ce soir ou pas ?"],
        "nl": ["[Mam] komt {P} vrijdag ook?", "[Sem] komt {P} vanavond?"],
        "es": ["[Papá] ¿viene {P} el viernes?", "[Lu] ¿{P} viene esta noche?"],
        "it": ["[Papà] {P} viene venerdì?", "[Gio] viene anche {P} stasera?"],
        "pt": ["[Pai] o {P} vem sexta?", "[Bia] a {P} vem hoje à noite?"],
    },
    "byline": {
        "en": ["{F} – ★★★★|Lovely staff, quick service.", "{I} - ★★|Waited an hour."],
        "de": ["{F} – ★★★★★|Sehr freundlich.", "{I} – ★|Nie wieder."],
        "fr": ["{F} – ★★★|Correct sans plus.", "{I} – ★★★★★|Parfait !"],
        "nl": ["{F} – ★★★★|Prima geholpen.", "{I} - ★★|Lang wachten."],
        "es": ["{F} – ★★★★★|Muy amables.", "{I} – ★★|Muy lentos."],
        "it": ["{F} – ★★★|Niente di speciale.", "{I} – ★★★★|Gentilissimi."],
        "pt": ["{F} – ★★★★★|Excelente atendimento.", "{I} – ★|Péssimo."],
    },
    "desk": {
        "en": ["Great stay. {P} at the front desk was so helpful.", "{F} on reception was rude though."],
        "de": ["Toller Aufenthalt. {P} am Empfang war super nett.", "{F} an der Kasse war unfreundlich."],
        "fr": ["Très bien. {P} à l'accueil a été adorable.", "{F} à la caisse était désagréable."],
        "nl": ["Top hotel. {P} aan de balie was heel behulpzaam.", "{F} bij de kassa was onbeleefd."],
        "es": ["Genial. {P} en recepción fue muy amable.", "{F} en la caja fue borde."],
        "it": ["Ottimo. {P} alla reception è stata gentilissima.", "{F} alla cassa è stato scortese."],
        "pt": ["Ótimo. {P} na receção foi simpática.", "{F} no caixa foi antipático."],
    },
    "ask": {
        "en": ["Ask for {P}, she knows everything.", "Just ask for {P} at the counter."],
        "de": ["Fragt nach {P}, die kennt sich aus.", "Einfach nach {P} fragen!"],
        "fr": ["Demandez {P}, il est top.", "Demandez à {P} au comptoir."],
        "nl": ["Vraag naar {P}, die weet alles.", "Vraag gewoon naar {P}."],
        "es": ["Preguntad por {P}, sabe muchísimo.", "Pregunta por {P} en el mostrador."],
        "it": ["Chiedete di {P}, è bravissima.", "Chiedi di {P} al banco."],
        "pt": ["Perguntem pela {P}, é ótima.", "Pergunte pelo {P} no balcão."],
    },
    "kin": {
        "en": ["My daughter {P} might pick it up.", "My son {P} will call you back."],
        "de": ["Meine Tochter {P} holt es ab.", "Mein Sohn {P} ruft zurück."],
        "fr": ["Ma fille {P} passera le prendre.", "Mon fils {P} vous rappelle."],
        "nl": ["Mijn dochter {P} haalt het op.", "Mijn zoon {P} belt terug."],
        "es": ["Mi hija {P} pasa a recogerlo.", "Mi hijo {P} te llama luego."],
        "it": ["Mia figlia {P} passa a prenderlo.", "Mio figlio {P} richiama."],
        "pt": ["A minha filha {P} vai buscar.", "O meu filho {P} liga depois."],
    },
}
NEG = {
    "with": {
        "en": ["[Mum] how are you paying?|[me] yes with {X:NEG_ORG:Revolut|Klarna|Monzo}"],
        "de": ["[Mama] Kuchen?|[me] ja mit {X:NEG_TERM:Sahne|Streuseln|Puderzucker}"],
        "fr": ["[Papa] tu paies comment ?|[me] oui avec {X:NEG_ORG:Lydia|Paylib|Revolut}"],
        "nl": ["[Mam] betaal je zo?|[me] ja met {X:NEG_ORG:Tikkie|Bancontact|iDEAL}"],
        "es": ["[Mamá] ¿pagas tú?|[me] sí, con {X:NEG_ORG:Bizum|Revolut|Visa}"],
        "it": ["[Mamma] paghi tu?|[me] sì con {X:NEG_ORG:Satispay|Postepay|Revolut}"],
        "pt": ["[Mãe] pagas tu?|[me] sim, com {X:NEG_ORG:MB Way|Multibanco|Revolut}"],
    },
    "coming": {
        "en": ["[Sis] is {X:NEG_ORG:Evri|Deliveroo|Ocado} coming Friday?"],
        "de": ["[Papa] kommt {X:NEG_ORG:Hermes|Flaschenpost|Lieferando} am Freitag?"],
        "fr": ["[Maman] {X:NEG_ORG:Chronopost|Colissimo|Darty} vient vendredi ?"],
        "nl": ["[Mam] komt {X:NEG_ORG:PostNL|Picnic|Coolblue} vrijdag?"],
        "es": ["[Papá] ¿viene {X:NEG_ORG:Correos|Glovo|Seur} el viernes?"],
        "it": ["[Papà] {X:NEG_ORG:Bartolini|Esselunga|Glovo} viene venerdì?"],
        "pt": ["[Pai] a {X:NEG_ORG:Worten|CTT|Glovo} vem sexta?"],
    },
    "byline": {
        "en": ["{X:NEG_TERM:Service|Parking|Cleanliness} – ★★★★"],
        "de": ["{X:NEG_TERM:Sauberkeit|Parken|Frühstück} – ★★★"],
        "fr": ["{X:NEG_TERM:Propreté|Accueil|Parking} – ★★"],
        "nl": ["{X:NEG_TERM:Schoonmaak|Ontbijt|Parkeren} – ★★★★"],
        "es": ["{X:NEG_TERM:Limpieza|Desayuno|Aparcamiento} – ★★★"],
        "it": ["{X:NEG_TERM:Pulizia|Colazione|Parcheggio} – ★★★★★"],
        "pt": ["{X:NEG_TERM:Limpeza|Pequeno-almoço|Estacionamento} – ★★"],
    },
    "desk": {
        "en": ["The {X:NEG_TERM:Wifi|Espresso} at the front desk was slow."],
        "de": ["Der {X:NEG_TERM:Kaffeeautomat|Drucker} am Empfang war kaputt."],
        "fr": ["Le {X:NEG_TERM:Wifi|Distributeur} à l'accueil était en panne."],
        "nl": ["De {X:NEG_TERM:Koffieautomaat|Printer} aan de balie was stuk."],
        "es": ["El {X:NEG_TERM:Wifi|Datáfono} en recepción no iba."],
        "it": ["Il {X:NEG_TERM:Wifi|Bancomat} alla reception non funzionava."],
        "pt": ["O {X:NEG_TERM:Wifi|Multibanco} na receção não funcionava."],
    },
    "ask": {
        "en": ["Ask for {X:NEG_PRODUCT:Tabasco|Sriracha|Marmite}, they keep it behind the bar."],
        "de": ["Fragt nach {X:NEG_PRODUCT:Apfelstrudel|Almdudler|Kaiserschmarrn}, lohnt sich."],
        "fr": ["Demandez {X:NEG_PRODUCT:Orangina|Chartreuse|Perrier}, ils en ont."],
        "nl": ["Vraag naar {X:NEG_PRODUCT:Stroopwafels|Jenever|Chocomel}, echt lekker."],
        "es": ["Preguntad por {X:NEG_PRODUCT:Rioja|Cola Cao|Mahou}, merece la pena."],
        "it": ["Chiedete di {X:NEG_PRODUCT:Limoncello|Chinotto|Amaro Montenegro}, è ottimo."],
        "pt": ["Perguntem pela {X:NEG_PRODUCT:Ginjinha|Sagres|Super Bock}, vale a pena."],
    },
    "trade": {
        "en": ["Took it to the {X:NEG_ORG:Skoda|Vauxhall|Hyundai} garage, they fixed our {X:NEG_PRODUCT:Ford Fiesta|Nissan Leaf|Mazda CX-5} in an hour."],
        "de": ["Werkstatt {X:NEG_ORG:Bosch|Opel|Hyundai}, hat unseren {X:NEG_PRODUCT:Opel Corsa|VW Polo|Audi A4} schnell repariert."],
        "fr": ["garage {X:NEG_ORG:Renault|Citroën|Peugeot}, ils ont réparé notre {X:NEG_PRODUCT:Renault Clio|Dacia Sandero|Peugeot 308} en une heure."],
        "nl": ["garage {X:NEG_ORG:Kia|Toyota|Volvo}, ze hebben onze {X:NEG_PRODUCT:Kia Picanto|Toyota Yaris|Volvo XC40} snel gemaakt."],
        "es": ["taller {X:NEG_ORG:Seat|Citroën|Kia}, nos arreglaron el {X:NEG_PRODUCT:Seat Ibiza|Kia Ceed|Citroën C3} en una hora."],
        "it": ["officina {X:NEG_ORG:Fiat|Lancia|Hyundai}, ha sistemato la nostra {X:NEG_PRODUCT:Fiat Panda|Lancia Ypsilon|Alfa Giulia} in un'ora."],
        "pt": ["oficina {X:NEG_ORG:Fiat|Renault|Toyota}, arranjaram o nosso {X:NEG_PRODUCT:Fiat Uno|Renault Clio|Toyota Corolla} numa hora."],
    },
    "kinword": {
        "en": ["[Dad] and what's {X:NEG_TERM:Nana|Grandma|Granny}'s new address?"],
        "de": ["[Papa] und die neue Adresse von {X:NEG_TERM:Oma|Opa|Omi}?"],
        "fr": ["[Papa] et la nouvelle adresse de {X:NEG_TERM:Mamie|Papy|Mémé} ?"],
        "nl": ["[Pa] en het nieuwe adres van {X:NEG_TERM:Oma|Opa|Omi}?"],
        "es": ["[Papá] ¿y la dirección nueva de la {X:NEG_TERM:Abuela|Yaya|Abuelita}?"],
        "it": ["[Papà] e il nuovo indirizzo della {X:NEG_TERM:Nonna|Nonnina|Zia}?"],
        "pt": ["[Pai] e a morada nova da {X:NEG_TERM:Avó|Vovó|Tia}?"],
    },
    "imperative": {
        "en": ["{X:NEG_TERM:Help|Rewrite|Summarise} this reply for me, please:"],
        "de": ["{X:NEG_TERM:Hilf|Formuliere|Fasse} mir das bitte kurz:"],
        "fr": ["{X:NEG_TERM:Aide-moi|Reformule|Résume} à répondre à ce message :"],
        "nl": ["{X:NEG_TERM:Help|Herschrijf|Vat} dit even voor me:"],
        "es": ["{X:NEG_TERM:Ayúdame|Resúmeme|Reescríbeme} a responder este mensaje:"],
        "it": ["{X:NEG_TERM:Aiutami|Riassumimi|Riscrivimi} a rispondere a questo messaggio:"],
        "pt": ["{X:NEG_TERM:Ajuda-me|Resume-me|Reescreve-me} a responder a esta mensagem:"],
    },
}
TAILS = {"en": "||Turn this into a to-do list", "de": "||Mach daraus eine Liste",
         "fr": "||Fais-en une liste", "nl": "||Maak hier een lijstje van",
         "es": "||Hazme una lista", "it": "||Fammi un elenco", "pt": "||Faz uma lista"}


def render(tpl, lang, kind, pos):
    text, spans = "", []
    lower = kind in ("with", "coming") and rng.random() < 0.15
    for part in re.split(r"(\{[^}]+\})", tpl):
        if not part.startswith("{"):
            text += part.lower() if lower else part
            continue
        key = part[1:-1]
        if key.startswith("X:"):
            _, label, choices = key.split(":", 2)
            val = rng.choice(choices.split("|"))
        else:
            label = "PERSON"
            if key in ("P", "P2"):
                val = invent(lang)
            elif key == "F":
                val = invent(lang) + " " + (surname(lang) if rng.random() < 0.6 else invent(lang)[0] + ".")
            else:  # I
                val = invent(lang)[0] + ". " + surname(lang)
            if lower:
                val = val.lower()
        spans.append({"entity_type": label, "entity_value": val, "start_position": len(text),
                      "end_position": len(text) + len(val)})
        text += val
    text += TAILS[lang]
    for s in spans:
        assert text[s["start_position"]:s["end_position"]] == s["entity_value"]
    return {"full_text": text, "spans": spans, "template_id": 0,
            "metadata": {"family": kind + ("" if pos else "_neg"), "lang": lang}}


def main():
    recs = []
    for rep in range(4):
        for lang in LANGS:
            for kind, tpls in POS.items():
                for tpl in tpls[lang]:
                    recs.append(render(tpl, lang, kind, True))
            for kind, tpls in NEG.items():
                for tpl in tpls[lang]:
                    recs.append(render(tpl, lang, kind, False))
    for i, r in enumerate(recs):
        r["template_id"] = i % 100
    out = json.dumps(recs, ensure_ascii=False, indent=1) + "\n"
    if len(sys.argv) > 1:
        open(sys.argv[1], "w", encoding="utf-8").write(out)
    else:
        sys.stdout.write(out)


if __name__ == "__main__":
    main()
