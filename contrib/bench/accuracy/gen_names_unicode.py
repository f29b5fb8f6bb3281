#!/usr/bin/env python3
"""gen_names_unicode.py: a TUNE corpus for the NAMES pack (issue 15), data/names_unicode.json.

Written from a fresh brief (branch `unicode`: the letters of every Latin script a name is written
in), not from the recognisers nor from the held-out files (never opened). Names typed by the
author in Vietnamese (precomposed, and in NFD: base letter + combining marks U+0300-U+036F),
Polish, Czech, Slovak, Croatian, Romanian (s and t with comma below and with cedilla), Turkish
(İ ı Ş Ğ), Hungarian (ő ű), Icelandic (Þ Ð), Nordic (Ø Å Æ), Baltic (Ė Ų Ļ), Maltese (Ġ Ħ Ċ Ż),
Catalan (l·l) and German capital ẞ; many start with a non-ASCII capital (Łukasz, Çelik,
Ødegaard, Şahin, Đorđević, Žaneta, Ísak, Ștefan). They stand in prose, signatures, CSV rows,
JSON (also with \\u escapes, as json.dumps writes them), after titles of those languages, and in
street addresses (STREET_ADDRESS) of those countries.

Look-alikes in the same positions, labelled NEG_*: ordinary words (NEG_WORD: "Dziękuję",
"Mulțumesc"), places (NEG_PLACE: "Đà Nẵng", "Łódź", "Timișoara") and brands (NEG_BRAND:
"Škoda", "Ülker"); each look-alike template is written as often as a name template.
Labels: a PERSON span is the name only (a title before it is not part of it).

Deterministic (fixed seed), no input: python3 gen_names_unicode.py > data/names_unicode.json
"""
import json
import random
import unicodedata

from gen_common import write_json

R = random.Random(1515)

# (given, surname) pairs per script, typed by the author
NAMES = {
    "vi": [("Hương", "Đặng"), ("Quang", "Nguyễn"), ("Thị Hương", "Trần"), ("Minh Đức", "Phạm"),
           ("Thu Thảo", "Đặng"), ("Xuân Trường", "Bùi"), ("Ngọc Ánh", "Võ"), ("Mỹ Linh", "Hoàng"),
           ("Thị Lan", "Đỗ"), ("Văn Hùng", "Nguyễn"), ("Thanh Hằng", "Lê"), ("Quốc Bảo", "Huỳnh"),
           ("Phương", "Dương"), ("Tuấn", "Vũ"), ("Thủy", "Ngô"), ("Hải Yến", "Trương")],
    "pl": [("Łukasz", "Wróblewski"), ("Małgorzata", "Szczęsna"), ("Żaneta", "Kowalczyk"),
           ("Grzegorz", "Żółkiewski"), ("Agnieszka", "Jędrzejczak"), ("Jędrzej", "Świątek"),
           ("Łucja", "Ślęzak"), ("Bożena", "Łysiak")],
    "cs": [("Jiří", "Dvořák"), ("Žaneta", "Řezníčková"), ("Čeněk", "Šťastný"),
           ("Ondřej", "Kovář"), ("Šárka", "Procházková"), ("Řehoř", "Čermák")],
    "sk": [("Ľubomír", "Ďurčo"), ("Ľudmila", "Šťastná"), ("Martin", "Ďuriš"),
           ("Zuzana", "Ľupták")],
    "hr": [("Ivana", "Đorđević"), ("Dražen", "Šarić"), ("Mirjana", "Čačić"), ("Željko", "Ćosić"),
           ("Đurđica", "Marković")],
    "ro": [("Ștefan", "Țurcanu"), ("Ioana", "Șerban"), ("Mircea", "Pătrașcu"),
           ("Ştefan", "Ţurcanu"), ("Ioana", "Şerban"), ("Răzvan", "Dumitrașcu"),
           ("Țicu", "Ionescu")],
    "tr": [("İsmail", "Şahin"), ("Gülşen", "Çelik"), ("Ayşe", "Yıldırım"), ("Oğuz", "Kılıç"),
           ("Şükrü", "Ağaoğlu"), ("Ilgın", "Doğan"), ("İpek", "Öztürk")],
    "hu": [("Gergő", "Szőke"), ("Lőrinc", "Győri"), ("Ödön", "Szűcs"), ("Enikő", "Bűdi")],
    "is": [("Þórunn", "Sigurðardóttir"), ("Ísak", "Guðmundsson"), ("Ásdís", "Þorsteinsdóttir"),
           ("Þröstur", "Ðalsson")],
    "nordic": [("Øystein", "Ødegaard"), ("Åse", "Løvås"), ("Søren", "Kjærgaard"),
               ("Mikkel", "Ødegård"), ("Æsa", "Åberg")],
    "baltic": [("Rūta", "Šimkūnė"), ("Ėgidijus", "Žemaitis"), ("Ļubova", "Krūmiņa"),
               ("Jānis", "Bērziņš"), ("Ģirts", "Ķirsis"), ("Ugnė", "Kazlauskaitė")],
    "mt": [("Ġużeppi", "Żammit"), ("Ħelena", "Camilleri"), ("Ċensu", "Farrugia"),
           ("Ġorġ", "Borġ")],
    "ca": [("Marcel·la", "Roig"), ("Marcel·lí", "Vidal"), ("Núria", "Ferrer"),
           ("Pau", "Castell·la")],
    "de": [("Jörg", "STRAUẞ"), ("Heinz", "GROẞMANN"), ("Jürgen", "Großmann")],
}

TITLES = {"vi": ["Ông", "Bà", "Chị", "Anh"], "pl": ["Pan", "Pani", "dr"],
          "cs": ["pan", "paní", "Ing."], "sk": ["pán", "pani", "Ing."], "hr": ["gospodin", "gđa"],
          "ro": ["domnul", "doamna", "dr."], "tr": ["Sayın", "Dr."], "hu": ["Dr."],
          "is": ["Dr."], "nordic": ["Dr."], "baltic": ["Dr."], "mt": ["Dr."], "ca": ["Sra.", "Sr."],
          "de": ["Herr", "Frau"]}

ADDRESSES = ["ul. Łąkowa 12, 30-001 Kraków", "Żeromskiego 7/3, 90-710 Łódź",
             "Řeznická 14, 110 00 Praha 1", "Štúrova 21, 811 02 Bratislava",
             "Strada Mihai Eminescu 9, Timișoara", "İstiklal Caddesi 112, Beyoğlu, İstanbul",
             "Váci utca 33, 1056 Budapest", "Þingholtsstræti 5, 101 Reykjavík",
             "Søndergade 4, 8000 Aarhus", "Brīvības iela 88, Rīga",
             "Gedimino prospektas 15, Vilnius", "Triq il-Kbira 22, Ħaż-Żebbuġ",
             "Großstraße 5, 10115 Berlin", "Ulica Ćire Truhelke 3, Zagreb"]

NEG = {
    "NEG_WORD": ["Dziękuję", "Ďakujem", "Mulțumesc", "Mulţumesc", "Teşekkürler", "Köszönöm",
                 "Grazzi", "Cảm ơn", "Xin chào", "Dobrý den", "Þakka", "Tusen takk", "Ačiū",
                 "Świetnie", "Škoda", "Žádný", "Ďalší", "Çok", "İyi", "Şimdi", "Ünnep",
                 "Øl", "Ében", "Ħafna", "Ġimgħa"],
    "NEG_PLACE": ["Đà Nẵng", "Hà Nội", "Łódź", "Kraków", "Žilina", "České Budějovice",
                  "Timișoara", "Brașov", "İstanbul", "Eskişehir", "Győr", "Pécs",
                  "Reykjavík", "Ålesund", "Tromsø", "Šiauliai", "Liepāja", "Ħamrun",
                  "Česká republika", "Ærø", "Þingvellir", "Đồng Nai", "Ústí nad Labem"],
    "NEG_BRAND": ["Škoda", "Ülker", "Şişecam", "Žabka", "Orlen", "Ōkuma", "Tatra",
                  "Ølfabrikken", "Vinamilk", "Viettel", "Đất Xanh", "Łomża"],
}

PERSON_T = [
    "Please forward the invoice to {n} before Friday.",
    "{n} fixed the flaky test in the payments service yesterday.",
    "I spoke with {n} about the migration plan.",
    "Thanks,\n{n}\nSenior Engineer",
    "Best regards,\n{n}",
    "Hi {g}, can you review the pull request?",
    "Meeting notes: {n} will follow up with the vendor.",
    "The contract was signed by {n} on behalf of the company.",
    "id,name,email\n17,{n},{e}",
    "Nachricht von {n}: bitte zurückrufen.",
    "Our new colleague {n} joins the team on Monday.",
]
TITLE_T = ["Dear {t} {n},\nthank you for your message.", "Call {t} {n} tomorrow at ten.",
           "Appointment with {t} {n} confirmed."]
ADDR_T = ["Please send the parcel to {a}.", "Address: {a}", "Our office moved to {a} last month."]
NEG_T = ["{w} is on the agenda for the next sprint.", "We visited {w} last summer.",
         "The report mentions {w} twice.", "Subject: {w}\n\nsee attached.",
         "id,city,note\n3,{w},ok"]


def span(kind, _text, start, value):
    return {"entity_type": kind, "entity_value": value, "start_position": start,
            "end_position": start + len(value)}


def fill(tpl, slots):
    """tpl with its slots filled; the spans of the slots marked as entities."""
    out, spans, i = "", [], 0
    while i < len(tpl):
        if tpl[i] == "{":
            j = tpl.index("}", i)
            key = tpl[i + 1:j]
            kind, value = slots[key]
            if kind:
                spans.append(span(kind, None, len(out), value))
            out += value
            i = j + 1
        else:
            out += tpl[i]
            i += 1
    return out, spans


def record(text, spans, tid, locale, cls):
    return {"full_text": text, "spans": spans, "template_id": tid,
            "metadata": {"locale": locale, "class": cls, "corpus": "names_unicode"}}


def json_record(text, spans, escape):
    """text embedded as a JSON string value of a chat request (escaped with \\u when asked)."""
    head = '{"role": "user", "content": '
    out, new, prev = head + '"', [], 0
    for s in sorted(spans, key=lambda x: x["start_position"]):
        out += json.dumps(text[prev:s["start_position"]], ensure_ascii=escape)[1:-1]
        v = json.dumps(s["entity_value"], ensure_ascii=escape)[1:-1]
        new.append(span(s["entity_type"], None, len(out), v))
        out += v
        prev = s["end_position"]
    out += json.dumps(text[prev:], ensure_ascii=escape)[1:-1] + '"}'
    return out, new


def main():
    recs = []
    for loc, pairs in NAMES.items():
        for gi, (g, sname) in enumerate(pairs):
            full = (sname + " " + g) if loc == "vi" and gi % 2 == 0 else (g + " " + sname)
            for form in ("nfc", "nfd") if loc in ("vi", "pl", "cs", "ro", "tr") else ("nfc",):
                nf = (lambda x: unicodedata.normalize("NFD", x)) if form == "nfd" else (lambda x: x)
                n, gg = nf(full), nf(g)
                tid = R.randrange(len(PERSON_T))
                tpl = PERSON_T[tid]
                slots = {"n": ("PERSON", n), "g": ("PERSON", gg),
                         "e": ("EMAIL_ADDRESS", "user%d@example.com" % gi)}
                text, sp = fill(tpl, slots)
                recs.append(record(text, sp, tid, loc, "prose-" + form))
                ti = R.randrange(len(TITLE_T))
                text, sp = fill(TITLE_T[ti], {"t": (None, nf(R.choice(TITLES[loc]))),
                                              "n": ("PERSON", n)})
                recs.append(record(text, sp, 100 + ti, loc, "title-" + form))
                if gi % 2 == 0:
                    text, sp = fill("Thanks,\n{n}\nSenior Engineer", {"n": ("PERSON", n)})
                    jt, js = json_record(text, sp, escape=(gi % 4 == 0))
                    recs.append(record(jt, js, 200, loc, "json-" + form))
    for ai, a in enumerate(ADDRESSES):
        tid = ai % len(ADDR_T)
        text, sp = fill(ADDR_T[tid], {"a": ("STREET_ADDRESS", a)})
        recs.append(record(text, sp, 300 + tid, "multi", "address"))
    for kind, words in NEG.items():
        for w in words:
            tid = R.randrange(len(NEG_T))
            text, _ = fill(NEG_T[tid], {"w": (None, w)})
            recs.append(record(text, [span(kind, None, text.index(w), w)], 400 + tid, "multi",
                               "lookalike"))
            if R.random() < 0.4:
                w2 = unicodedata.normalize("NFD", w)
                text, _ = fill(NEG_T[(tid + 1) % len(NEG_T)], {"w": (None, w2)})
                recs.append(record(text, [span(kind, None, text.index(w2), w2)], 400 + tid,
                                   "multi", "lookalike-nfd"))
    write_json(recs)


if __name__ == "__main__":
    main()
