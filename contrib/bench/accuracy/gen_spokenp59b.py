#!/usr/bin/env python3
"""gen_spokenp59b.py: false names in speech-to-text transcripts (tune set; branch spokenp59b,
written and committed before hush was run on it), from the twenty-fourth blind set's public brief
(its spoken family), spoken59's notes ("Left": lower-case Whisper words taken for names) and my
own idea of ordinary calls, voicemails, dictations and meetings in which few people are named.

Most records name nobody or one person: talk about orders, meter readings, deliveries, bookings,
refunds and IT support, with fillers, repeated words and self-corrections (`the the`, `no wait i
mean`), lower case without punctuation (Whisper, Google STT `Speaker 1:`, Teams `[00:01:23]
Name:`, WebVTT `<v Name>`, role-labelled and numbered turns), a third truecased (each turn's
first word and every speaker in capitals).
Values (gold): a person introducing themselves in some records (spoken59's intros, corrections,
repeats and spellings), the other Teams/VTT speaker's name.
Look-alikes (NEG_WORD, about as many as the values): words of each language that are given names
elsewhere, used as words inside ordinary talk (`i will check`, `mark it as done`, `the bill came
to`, `to be frank`, `grant access`, `may i ask`, `die mark`, `ich bin am`, `mira el pedido`, `la
rosa`, `jeg bor`, `sten`, `tuuli`, `věra`, `virág`, `deniz`, `umut`, `karin` (tr `karın` without its
dotless i), `elpida`, ...), some at a turn's start (truecased), beside order numbers, amounts and
times read out (NEG_NUMBER, NEG_TIME). 17 languages (en de fr nl es it pt pl sv da no fi cs hu tr
ro el in Latin letters). Every record one request body (four APIs, a third with \\uXXXX escapes).
Writes JSON (names_tune3.json's format) to stdout; deterministic; stdlib only.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import check_spans, record, write_json  # noqa: E402
import gen_spoken59 as s59  # noqa: E402
import gen_spoken53  # noqa: E402
import gen_spoken_words as sw  # noqa: E402

rng = random.Random(20261207 + 592)
s59.rng = gen_spoken53.rng = sw.rng = rng
from gen_spoken53 import LANGS, person, FILL  # noqa: E402
from gen_spoken_words import DIG, card  # noqa: E402

# ---- ordinary talk, no person (slots: {DIGS} a number read out, {AMT} an amount, {TIME} a time) ---
TALK = {
    "en": ["yeah so the the parcel still hasn't arrived order number {DIGS}", "it says out for delivery since monday",
           "can you just restart the router for me", "the meter reading is {DIGS} no wait {DIGS}",
           "i'd like to move the booking to friday at {TIME}", "the refund was {AMT} pounds i think",
           "okay so the laptop won't connect to the vpn"],
    "de": ["also das paket ist noch nicht da bestellnummer {DIGS}", "der zählerstand ist {DIGS} nein moment {DIGS}",
           "können sie den termin auf freitag um {TIME} verschieben", "die rechnung war {AMT} euro",
           "der drucker druckt einfach nicht mehr"],
    "fr": ["alors le colis n'est toujours pas arrivé commande {DIGS}", "le compteur affiche {DIGS}",
           "je voudrais décaler la réservation à {TIME} heures", "ça fait {AMT} euros en tout",
           "l'ordinateur redémarre tout le temps"],
    "nl": ["het pakket is nog steeds niet bezorgd bestelnummer {DIGS}", "de meterstand is {DIGS}",
           "kan de afspraak naar vrijdag om {TIME} uur", "het was {AMT} euro", "de wifi doet het weer niet"],
    "es": ["el paquete todavía no ha llegado pedido {DIGS}", "la lectura es {DIGS} no perdón {DIGS}",
           "quería cambiar la reserva a las {TIME}", "fueron {AMT} euros", "el portátil no se conecta"],
    "it": ["il pacco non è ancora arrivato ordine {DIGS}", "la lettura del contatore è {DIGS}",
           "vorrei spostare la prenotazione alle {TIME}", "sono {AMT} euro", "la stampante non funziona più"],
    "pt": ["a encomenda ainda não chegou número {DIGS}", "a leitura do contador é {DIGS}",
           "queria mudar a marcação para as {TIME}", "foram {AMT} euros", "o computador não liga"],
    "pl": ["paczka jeszcze nie doszła numer zamówienia {DIGS}", "stan licznika to {DIGS}",
           "chciałbym przełożyć wizytę na {TIME}", "to było {AMT} złotych", "internet znowu nie działa"],
    "sv": ["paketet har inte kommit ordernummer {DIGS}", "mätarställningen är {DIGS}",
           "kan vi flytta bokningen till klockan {TIME}", "det blev {AMT} kronor", "datorn startar om hela tiden"],
    "da": ["pakken er ikke kommet ordrenummer {DIGS}", "målerstanden er {DIGS}", "kan vi rykke tiden til {TIME}",
           "det blev {AMT} kroner", "computeren vil ikke starte"],
    "no": ["pakken har ikke kommet ordrenummer {DIGS}", "målerstanden er {DIGS}", "kan vi flytte timen til {TIME}",
           "det blir {AMT} kroner", "det tar litt tid med ruteren"],
    "fi": ["paketti ei ole vieläkään tullut tilausnumero {DIGS}", "mittarilukema on {DIGS}",
           "voisiko varauksen siirtää kello {TIME}", "se oli {AMT} euroa", "kone ei käynnisty"],
    "cs": ["balík pořád nedorazil číslo objednávky {DIGS}", "stav měřiče je {DIGS}",
           "chtěl bych přesunout rezervaci na {TIME}", "bylo to {AMT} korun", "tiskárna zase netiskne"],
    "hu": ["a csomag még nem jött meg rendelésszám {DIGS}", "a mérőállás {DIGS}",
           "át tudnánk tenni a foglalást {TIME} órára", "{AMT} forint volt", "a gép nem indul el"],
    "tr": ["kargo hala gelmedi sipariş numarası {DIGS}", "sayaç {DIGS} gösteriyor", "randevuyu saat {TIME} yapabilir miyiz",
           "{AMT} lira tuttu", "modem yine çalışmıyor"],
    "ro": ["coletul încă nu a ajuns comanda {DIGS}", "indexul este {DIGS}", "aș vrea să mut rezervarea la ora {TIME}",
           "a costat {AMT} lei", "laptopul nu pornește"],
    "el": ["to dema den exei erthei akoma paraggelia {DIGS}", "o metritis deixnei {DIGS}",
           "mporoume na allaxoume to rantevou stis {TIME}", "itan {AMT} evro", "to router den douleuei"],
}
# ---- words that are given names elsewhere, used as words ({W:word} is the NEG_WORD span) ---------
WORDS = {
    "en": ["i {W:will} check that for you", "just {W:mark} it as done", "the {W:bill} came to {AMT} pounds",
           "to be {W:frank} it's been ages", "can you {W:grant} me access to the folder", "{W:may} i ask what it's about",
           "the price {W:rose} again", "it's for the {W:art} department", "we {W:will} call you back",
           "{W:mark} the box that says paid", "the {W:bill} is wrong", "i {W:may} have the wrong account"],
    "de": ["ich {W:will} nur wissen wo das paket ist", "ich {W:bin} am freitag nicht da", "das kostet keine {W:mark} mehr",
           "die {W:rose} im garten", "ganz {W:frank} und frei gesagt", "ich {W:bin} gleich zurück", "im {W:mai}"],
    "fr": ["une {W:pierre} dans le jardin", "la {W:rose} est fanée", "le {W:marc} de café", "c'est {W:franc} comme prix",
           "il y a une {W:olive} dans la salade"],
    "nl": ["ik {W:wil} even de bestelling wijzigen", "ik {W:ben} er morgen niet", "een {W:roos} voor de balie",
           "de {W:bas} staat te hard"],
    "es": ["{W:mira} el número de pedido", "una {W:rosa} en la entrada", "me dan {W:dolores} de cabeza",
           "no hay {W:luz} en la cocina", "el {W:pilar} del garaje"],
    "it": ["la {W:rosa} rossa", "{W:mira} bene il codice", "non c'è {W:luce} in cucina", "la spedizione è {W:franco} domicilio",
           "ho poca {W:speranza}"],
    "pt": ["{W:mira} isso", "a {W:rosa} do jardim", "não há {W:luz} na sala", "foi de {W:graça}", "que {W:glória}"],
    "pl": ["{W:jagoda} do ciasta", "{W:róża} w ogrodzie", "krzew {W:kalina} przy płocie"],
    "sv": ["vi {W:bo} i lägenheten", "det ligger en {W:sten} på vägen", "en {W:björn} i skogen", "{W:eva}kueringen är klar"],
    "da": ["vi {W:bo}r i huset", "en {W:sten} i haven", "{W:eva}lueringen er sendt", "en {W:bjørn} i zoo"],
    "no": ["vi {W:bo}r på hytta", "en {W:stein} i veien", "en {W:bjørn} i skogen", "{W:eva}lueringen er klar"],
    "fi": ["{W:tuuli} on kova tänään", "se oli {W:onni} että ehdin", "iso {W:ilo} meille", "{W:toivo} on että se tulee",
           "{W:satu} lapsille"],
    "cs": ["{W:věra} v lepší zítřky", "je tu {W:naděje}", "{W:vlasta} a domov", "{W:milan} je město"],
    "hu": ["a {W:virág} a vázában", "egy {W:ibolya} az ablakban", "a {W:rózsa} elhervadt", "van {W:remény}"],
    "tr": ["{W:deniz} çok dalgalı", "{W:umut} var", "bir {W:gül} aldım", "{W:bahar} geldi", "{W:karin} ağrım var",
           "{W:ay} sonunda öderim"],
    "ro": ["am plătit un {W:florin}", "o {W:doina} veche", "{W:victoria} echipei", "{W:speranța} moare ultima"],
    "el": ["{W:irini} kai isichia", "{W:elpida} oti tha erthei", "{W:sofia} kai gnosi", "{W:niki} tis omadas",
           "{W:agapi} gia ti douleia"],
}
SELF_CORR = {"en": "no wait i mean", "de": "nein moment", "fr": "non pardon", "nl": "nee sorry", "es": "no perdón",
             "it": "no scusi", "pt": "não desculpe", "pl": "nie przepraszam", "sv": "nej förlåt", "da": "nej undskyld",
             "no": "nei unnskyld", "fi": "ei anteeksi", "cs": "ne pardon", "hu": "nem bocsánat", "tr": "yok pardon",
             "ro": "nu scuze", "el": "ochi signomi"}


def fill(tr, lg, tpl, g, s, nmode):
    i = 0
    while i < len(tpl):
        j = tpl.find("{", i)
        if j < 0:
            tr.t(tpl[i:])
            return
        tr.t(tpl[i:j])
        k = tpl.index("}", j)
        key, i = tpl[j + 1:k], k + 1
        if key == "P":
            s59.name_value(tr, lg, g, s, nmode)
        elif key == "G":
            g2, s2 = person(lg)
            tr.s("PERSON", s59.cap(g2 + " " + s2))
        elif key == "DIGS":
            tr.s("NEG_NUMBER", " ".join(DIG[lg][int(c)] for c in str(rng.randint(10 ** 4, 10 ** 7))))
        elif key == "AMT":
            tr.s("NEG_NUMBER", card(lg, rng.randint(11, 99)))
        elif key == "TIME":
            tr.s("NEG_TIME", card(lg, rng.randint(1, 12)))
        elif key.startswith("W:"):
            tr.s("NEG_WORD", key[2:])
        else:
            raise ValueError(key)


def transcript(lg):
    tr = s59.T()
    g, s = person(lg)
    named = rng.random()  # most records name nobody; some one person, a few two
    kinds = ["talk"] * rng.randint(2, 4) + ["word"] * rng.randint(1, 3)
    rng.shuffle(kinds)
    if named < 0.45:
        kinds.insert(rng.randint(0, 1), "intro")
    nmode = rng.choice(["plain", "plain", "plain", "correct", "repeat", "spell"])
    style = rng.choice(["whisper", "google", "teams", "vtt", "roles", "numbered"])
    agent = person(lg)
    agent_named = named > 0.75
    clock = rng.randint(0, 300)
    for n, kind in enumerate(kinds):
        spk_me = kind == "intro" or rng.random() < 0.5
        if style == "google":
            tr.t("Speaker %d: " % (1 if spk_me else 2))
        elif style == "roles":
            tr.t(rng.choice(s59.ROLES[1::2] if spk_me else s59.ROLES[::2]) + ": ")
        elif style == "numbered":
            tr.t("%d. " % (n + 1))
        elif style in ("teams", "vtt"):
            if style == "teams":
                tr.t("[%02d:%02d:%02d] " % (clock // 3600, clock // 60 % 60, clock % 60))
            else:
                tr.t("%02d:%02d.000 --> %02d:%02d.500\n<v " % (clock // 60, clock % 60, (clock + 4) // 60, (clock + 4) % 60))
            if not spk_me and agent_named:
                tr.s("PERSON", s59.cap(agent[0] + " " + agent[1]))
            else:
                tr.t(("Speaker %d" if style == "teams" else "Speaker %d") % (1 if spk_me else 2))
            tr.t(": " if style == "teams" else ">")
        elif n:
            tr.t(" ")
        clock += rng.randint(4, 30)
        if rng.random() < 0.35:
            tr.t(rng.choice(FILL[lg]) + " ")
        start = len(tr.text)
        table = {"intro": s59.INTRO, "talk": TALK, "word": WORDS}[kind]
        tpl = rng.choice(table[lg])
        if kind == "talk" and rng.random() < 0.2:  # a repeated word
            w = tpl.split(" ")
            k = rng.randrange(len(w))
            if "{" not in w[k]:
                tpl = " ".join(w[:k + 1] + [w[k]] + w[k + 1:])
        fill(tr, lg, tpl, g, s, nmode)
        if kind == "word" and rng.random() < 0.25:  # a self-correction after
            tr.t(" " + SELF_CORR[lg] + " ")
            fill(tr, lg, rng.choice(TALK[lg]), g, s, nmode)
        if s59.TRUE and len(tr.text) > start:
            tr.text = tr.text[:start] + tr.text[start].upper() + tr.text[start + 1:]
            for sp in tr.spans:
                if sp["start_position"] == start:
                    sp["entity_value"] = tr.text[start:sp["end_position"]]
        if style == "vtt":
            tr.t("</v>\n\n")
        elif style != "whisper":
            tr.t("\n")
    return tr.text.rstrip("\n"), tr.spans, style


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    for i in range(340):
        lg = LANGS[i % len(LANGS)]
        s59.TRUE = i % 3 == 2
        dom = s59.DOMAINS[i % len(s59.DOMAINS)]
        text, spans, style = transcript(lg)
        ascii_ = i % 3 == 0
        api = apis[(i // 3) % 4]
        t, sp = s59.wrap(api, lg, i, text, spans, ascii_, dom, i % 4 != 3)
        json.loads(t)
        check_spans(t, sp)
        records.append(record(t, sp, len(records) % 100, {"locale": lg, "class": "spoken", "api": api,
                                                          "ascii": ascii_, "domain": dom, "style": style,
                                                          "truecased": s59.TRUE}))
    write_json(records)


if __name__ == "__main__":
    main()
