#!/usr/bin/env python3
"""gen_phone55.py: phones the way people type, scan and say them (stop 55).

From the twenty-fourth blind set's public brief (typed, scanned and spoken families) and the
twenty-fifth's `chars` family, and typed54/spoken54/scan54/ocr51's notes on the phones they left,
written before any phone rule was read or hush was run on it. Phones of 17 countries' numbering
plans (gb de fr nl es it pt pl se dk no fi cz hu tr ro gr), national and international:

  glued     glued to a word on either side (`call me 07700900123pls`, `tel:0612345678thx`,
            `nr0612345678`, `mob.+31612345678`)
  spaced    single digits with spaces (`0 7 7 0 0 9 0 0 1 2 3`)
  oh        `o`/`O` for zero and `l`/`I` for one, typed in a chat (`o77oo 9oo123`)
  ocr       OCR'd capitals forms (`TEL ¦ O2O 7946 OOl8`, `TEL. ~ +44 2O7 946 OOl8`)
  words     phones in digit words outside a transcript: a one-line ask, then words
  chars     NBSP, U+2011, fullwidth digits, dots, slashes, parens, after a label and in kv logs

Look-alikes in the same shapes (NEG_ spans): order, tracking, IBAN-like, account and serial
numbers, timestamps, amounts, counts in words. metadata.class is the shape, metadata.country the
plan. Every record a request body of four APIs, a third `\\uXXXX`.
Deterministic: python3 gen_phone55.py > data/phone55.json
"""
import json
import random

from gen_bodies import P, ask_body, append_body
from gen_common import write_json

R = random.Random(5555)

LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "hu", "tr",
         "ro", "el"]
COUNTRY = {"en": "gb", "de": "de", "fr": "fr", "nl": "nl", "es": "es", "it": "it", "pt": "pt",
           "pl": "pl", "sv": "se", "da": "dk", "no": "no", "fi": "fi", "cs": "cz", "hu": "hu",
           "tr": "tr", "ro": "ro", "el": "gr"}


def d(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def phone(cc):
    """(national groups, international groups) of a mobile or fixed number of the plan."""
    if cc == "gb":
        a = R.choice(["77009", "7700", "20", "161", "121"])
        if a.startswith("77"):
            s = "7700" + "900" + d(3)
            return ["0" + s[:4], s[4:]], ["+44", s[:4], s[4:]]
        s = {"20": "20" + "7946" + d(4), "161": "161" + "496" + d(4), "121": "121" + "496" + d(4)}[a]
        g = [s[:2], s[2:6], s[6:]] if a == "20" else [s[:3], s[3:6], s[6:]]
        return ["0" + g[0]] + g[1:], ["+44"] + g
    if cc == "de":
        p = R.choice(["151", "160", "170", "176", "30", "89", "221"])
        s = d(8 if p[0] == "1" else 7)
        return ["0" + p, s], ["+49", p, s]
    if cc == "fr":
        s = [str(R.choice([1, 4, 6, 7])), d(2), d(2), d(2), d(2)]
        return ["0" + s[0]] + s[1:], ["+33"] + s
    if cc == "nl":
        if R.random() < 0.6:
            s = d(8)
            return ["06", s], ["+31", "6", s]
        a = R.choice(["20", "10", "30"])
        return ["0" + a, d(3), d(4)], ["+31", a, d(3), d(4)]
    if cc == "es":
        g = [R.choice("67") + d(2), d(3), d(3)]
        return g, ["+34"] + g
    if cc == "it":
        g = ["3" + d(2), d(3), d(4)]
        return g, ["+39"] + g
    if cc == "pt":
        g = ["9" + R.choice("1236") + d(1), d(3), d(3)]
        return g, ["+351"] + g
    if cc == "pl":
        g = [R.choice("5678") + d(2), d(3), d(3)]
        return g, ["+48"] + g
    if cc == "se":
        g = ["7" + R.choice("0236"), d(3), d(2), d(2)]
        return ["0" + g[0]] + g[1:], ["+46"] + g
    if cc == "dk":
        g = [R.choice("2345") + d(1), d(2), d(2), d(2)]
        return g, ["+45"] + g
    if cc == "no":
        g = [R.choice("49") + d(2), d(2), d(3)]
        return g, ["+47"] + g
    if cc == "fi":
        g = ["4" + R.choice("0145"), d(3), d(4)]
        return ["0" + g[0]] + g[1:], ["+358"] + g
    if cc == "cz":
        g = [R.choice("67") + d(2), d(3), d(3)]
        return g, ["+420"] + g
    if cc == "hu":
        g = [R.choice(["20", "30", "70"]), d(3), d(4)]
        return ["06"] + g, ["+36"] + g
    if cc == "tr":
        g = ["5" + R.choice("034") + d(1), d(3), d(2), d(2)]
        return ["0" + g[0]] + g[1:], ["+90"] + g
    if cc == "ro":
        g = ["7" + R.choice("2345") + d(1), d(3), d(3)]
        return ["0" + g[0]] + g[1:], ["+40"] + g
    g = ["69" + R.choice("3479"), d(3), d(4)]
    return g, ["+30"] + g


def pick_groups(cc):
    nat, intl = phone(cc)
    return intl if R.random() < 0.3 else nat


DIGW = {
    "en": "zero one two three four five six seven eight nine",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
    "pt": "zero um dois três quatro cinco seis sete oito nove",
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
    "sv": "noll ett två tre fyra fem sex sju åtta nio",
    "da": "nul en to tre fire fem seks syv otte ni",
    "no": "null en to tre fire fem seks sju åtte ni",
    "fi": "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän",
    "cs": "nula jedna dva tři čtyři pět šest sedm osm devět",
    "hu": "nulla egy kettő három négy öt hat hét nyolc kilenc",
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz",
    "ro": "zero unu doi trei patru cinci șase șapte opt nouă",
    "el": "miden ena dyo tria tessera pente exi efta okto ennea",
}
DIGW = {k: v.split() for k, v in DIGW.items()}

# how people ask for a call, in each language (typed, lower case, no diacritics)
CALL = {
    "en": ["call me", "ring me on", "my number", "text me", "cell", "mob"],
    "de": ["ruf mich an", "meine nr", "handy", "tel", "melde dich unter"],
    "fr": ["appelle moi au", "mon num", "tel", "portable", "rappelle au"],
    "nl": ["bel me op", "mijn nr", "mobiel", "tel", "app me op"],
    "es": ["llamame al", "mi numero", "movil", "tlf", "escribeme al"],
    "it": ["chiamami al", "il mio numero", "cell", "tel", "scrivimi al"],
    "pt": ["liga para", "o meu numero", "telemovel", "tlm", "manda msg para"],
    "pl": ["zadzwon na", "moj nr", "tel", "kom", "pisz na"],
    "sv": ["ring mig pa", "mitt nr", "mobil", "tel", "sms:a"],
    "da": ["ring pa", "mit nr", "mobil", "tlf", "skriv pa"],
    "no": ["ring meg pa", "mitt nr", "mobil", "tlf", "send sms til"],
    "fi": ["soita", "mun numero", "puh", "gsm", "laita viestia"],
    "cs": ["zavolej mi na", "moje cislo", "tel", "mob", "napis na"],
    "hu": ["hivj a", "a szamom", "tel", "mobil", "irj a"],
    "tr": ["beni ara", "numaram", "tel", "cep", "yaz bana"],
    "ro": ["suna-ma la", "numarul meu", "tel", "mobil", "scrie-mi la"],
    "el": ["pare me sto", "to kinito mou", "til", "kin", "steile sto"],
}
AFTER = {"en": ["pls", "thx", "asap", "tmrw", "x", "ok", "after6", "!!"],
         "de": ["danke", "bitte", "thx", "ab17uhr", "!!", "gg"],
         "fr": ["merci", "stp", "svp", "bisous", "!!", "apres18h"],
         "nl": ["thx", "graag", "dankje", "!!", "na5"],
         "es": ["gracias", "porfa", "xfa", "!!", "besos"],
         "it": ["grazie", "pls", "ciao", "!!", "dopo le18"],
         "pt": ["obg", "pf", "bjs", "!!", "obrigado"],
         "pl": ["dzieki", "pls", "pozdro", "!!", "thx"],
         "sv": ["tack", "tnx", "hej", "!!", "efter5"],
         "da": ["tak", "tnx", "hej", "!!", "mvh"],
         "no": ["takk", "tnx", "hei", "!!", "mvh"],
         "fi": ["kiitos", "kiitti", "moi", "!!", "thx"],
         "cs": ["diky", "dik", "ahoj", "!!", "pls"],
         "hu": ["koszi", "kosz", "pls", "!!", "szia"],
         "tr": ["tesekkurler", "sagol", "tsk", "!!", "pls"],
         "ro": ["mersi", "ms", "pls", "!!", "pa"],
         "el": ["efxaristo", "thx", "pls", "!!", "ciao"]}
GLUE_BEFORE = ["tel:", "tel", "nr", "mob", "mob.", "cell:", "ph", "tlf", "nr.", "n.", "no", "#",
               "tel.", "whatsapp:", "wa:", "sms:"]
ASK = {
    "en": "Please tidy up this message and tell me what they want:",
    "de": "Bitte fasse diese Nachricht zusammen:",
    "fr": "Résume ce message s'il te plaît :",
    "nl": "Vat dit bericht samen aub:",
    "es": "Resume este mensaje por favor:",
    "it": "Riassumi questo messaggio per favore:",
    "pt": "Resume esta mensagem por favor:",
    "pl": "Streść tę wiadomość:",
    "sv": "Sammanfatta det här meddelandet:",
    "da": "Opsummer denne besked:",
    "no": "Oppsummer denne meldingen:",
    "fi": "Tiivistä tämä viesti:",
    "cs": "Shrň tuto zprávu:",
    "hu": "Foglald össze ezt az üzenetet:",
    "tr": "Bu mesajı özetle:",
    "ro": "Rezumă acest mesaj:",
    "el": "Kane perilipsi afto to minima:",
}
LEAD = {"en": ["hi, the plumber said", "ok so", "hey its about the van,", "re the parcel"],
        "de": ["hallo, wegen dem termin", "also", "hi, zum paket", "moin"],
        "fr": ["salut, pour le rdv", "bon", "coucou, pour le colis", "re"],
        "nl": ["hoi, over de afspraak", "dus", "hey, over het pakket", "hallo"],
        "es": ["hola, sobre la cita", "pues", "oye, lo del paquete", "buenas"],
        "it": ["ciao, per l'appuntamento", "allora", "ehi, per il pacco", "salve"],
        "pt": ["ola, sobre a consulta", "entao", "oi, sobre a encomenda", "bom dia"],
        "pl": ["czesc, w sprawie wizyty", "no wiec", "hej, co do paczki", "dzien dobry"],
        "sv": ["hej, om tiden", "alltsa", "hej, angaende paketet", "tja"],
        "da": ["hej, om aftalen", "altsa", "hej, om pakken", "hejsa"],
        "no": ["hei, om timen", "altsa", "hei, om pakken", "heisann"],
        "fi": ["moi, siita ajasta", "eli", "hei, paketista", "terve"],
        "cs": ["ahoj, k te schuzce", "takze", "cau, k balicku", "dobry den"],
        "hu": ["szia, az idoponttal kapcsolatban", "szoval", "hello, a csomag miatt", "jo napot"],
        "tr": ["merhaba, randevu icin", "yani", "selam, kargo icin", "iyi gunler"],
        "ro": ["salut, pentru programare", "deci", "buna, pentru colet", "buna ziua"],
        "el": ["geia, gia to rantevou", "loipon", "geia, gia to dema", "kalimera"]}


def glued_value(cc):
    g = pick_groups(cc)
    v = "".join(g)
    if R.random() < 0.25 and not v.startswith("+"):
        v = g[0] + R.choice([" ", "-"]) + "".join(g[1:])
    return v


def neg_glued():
    k = R.randrange(7)
    if k == 0:
        return R.choice(["order", "ord", "bestellung", "commande", "pedido"]), "NEG_ORDER", d(9)
    if k == 1:
        return R.choice(["trk", "tracking:", "sendung", "colis"]), "NEG_TRACKING", "1Z" + d(2) + "X" + d(12)
    if k == 2:
        return R.choice(["acct", "konto", "cuenta", "rek"]), "NEG_ACCOUNT", d(10)
    if k == 3:
        return R.choice(["sn:", "serial", "s/n", "imei"]), "NEG_SERIAL", d(15) if R.random() < 0.5 else "SN" + d(9)
    if k == 4:
        return R.choice(["inv", "rechnung", "faktura", "fattura"]), "NEG_INVOICE", "2024" + d(6)
    if k == 5:
        return R.choice(["ts=", "at", "@"]), "NEG_TIMESTAMP", "1" + d(12)
    return R.choice(["paid", "total", "betrag"]), "NEG_AMOUNT", d(3) + "." + d(2) + "eur"


def c_glued(lg, doc):
    cc = COUNTRY[lg]
    doc.t(R.choice(LEAD[lg]) + " ")
    for i in range(R.randint(1, 2)):
        v = glued_value(cc)
        k = R.randrange(4)
        if k == 0:
            doc.t(R.choice(CALL[lg]) + " ").s("PHONE_NUMBER", v).t(R.choice(AFTER[lg]) + " ")
        elif k == 1:
            doc.t(R.choice(GLUE_BEFORE)).s("PHONE_NUMBER", v).t(" " + R.choice(AFTER[lg]) + " ")
        elif k == 2:
            doc.t(R.choice(GLUE_BEFORE)).s("PHONE_NUMBER", v).t(R.choice(AFTER[lg]) + " ")
        else:
            doc.t(R.choice(CALL[lg]) + ":").s("PHONE_NUMBER", v).t(R.choice([",", ".", "!", ")"]) + " ")
        if R.random() < 0.8:
            w, lab, nv = neg_glued()
            doc.t(R.choice(["and ", "", "also ", "+ "]) + w).s(lab, nv).t(R.choice(AFTER[lg]) + " ")
    doc.t("\n")


def spaced(s):
    return " ".join(c for c in s if c != " ")


def c_spaced(lg, doc):
    cc = COUNTRY[lg]
    doc.t(R.choice(LEAD[lg]) + "\n")
    g = pick_groups(cc)
    v = "".join(g)
    if v.startswith("+"):
        v = g[0] + " " + spaced("".join(g[1:]))
    else:
        v = spaced(v)
    doc.t(R.choice(CALL[lg]) + R.choice([" ", ": ", " - "])).s("PHONE_NUMBER", v).t("\n")
    k = R.randrange(4)
    if k == 0:
        doc.t(R.choice(["order", "ref", "nr zamowienia", "auftrag"]) + " ").s("NEG_ORDER", spaced(d(8))).t("\n")
    elif k == 1:
        doc.t(R.choice(["iban", "konto", "cuenta"]) + " ").s("NEG_IBAN", "D E " + spaced(d(6))).t(" ...\n")
    elif k == 2:
        doc.t(R.choice(["code", "pin", "kod"]) + " ").s("NEG_CODE", spaced(d(6))).t("\n")
    else:
        doc.t(R.choice(["serial", "s/n"]) + " ").s("NEG_SERIAL", spaced(d(10))).t("\n")


def oh(s, caps):
    out = []
    for c in s:
        if c == "0" and R.random() < 0.6:
            out.append(R.choice("oO") if not caps else "O")
        elif c == "1" and R.random() < 0.5:
            out.append(R.choice("lI") if not caps else R.choice("lI"))
        else:
            out.append(c)
    v = "".join(out)
    if v == s:
        v = s.replace("0", "o" if not caps else "O", 1) if "0" in s else s.replace("1", "l", 1)
    return v


def c_oh(lg, doc):
    cc = COUNTRY[lg]
    doc.t(R.choice(LEAD[lg]) + " ")
    g = pick_groups(cc)
    while "0" not in "".join(g) and "1" not in "".join(g):
        g = pick_groups(cc)
    v = oh(R.choice([" ", "", "-"]).join(g), False)
    doc.t(R.choice(CALL[lg]) + " ").s("PHONE_NUMBER", v).t(" " + R.choice(AFTER[lg]) + "\n")
    k = R.randrange(3)
    if k == 0:
        doc.t(R.choice(["need", "brauche", "il faut", "trzeba"]) + " ").s("NEG_COUNT", R.choice(["2oo", "1oo", "5oo", "3o"])).t(R.choice([" pcs", " stk", " ml", "g"]) + "\n")
    elif k == 1:
        doc.t(R.choice(["order", "ord", "bestellung"]) + " ").s("NEG_ORDER", oh(d(9), False)).t("\n")
    else:
        doc.t(R.choice(["at", "um", "a"]) + " ").s("NEG_TIME", R.choice(["1o:3o", "9.oo", "2o:oo", "l0:15"])).t("\n")


OCR_LABEL = {"en": ["TEL", "TEL.", "PHONE", "MOB"], "de": ["TEL", "TELEFON", "HANDY", "TEL.-NR"],
             "fr": ["TEL", "TÉL.", "PORTABLE"], "nl": ["TEL", "TELEFOON", "MOBIEL"],
             "es": ["TEL", "TELÉFONO", "MÓVIL"], "it": ["TEL", "TELEFONO", "CELL"],
             "pt": ["TEL", "TELEFONE", "TLM"], "pl": ["TEL", "TELEFON", "KOM."],
             "sv": ["TEL", "TELEFON", "MOBIL"], "da": ["TLF", "TELEFON", "MOBIL"],
             "no": ["TLF", "TELEFON", "MOBIL"], "fi": ["PUH", "PUHELIN", "GSM"],
             "cs": ["TEL", "TELEFON", "MOB."], "hu": ["TEL", "TELEFON", "MOBIL"],
             "tr": ["TEL", "TELEFON", "CEP"], "ro": ["TEL", "TELEFON", "MOBIL"],
             "el": ["TIL", "THL.", "KIN."]}
OCR_SEP = [" ¦ ", " | ", " ~ ", "  ", " . ", "\t", " _ ", " :: ", ": "]
OCR_HEAD = ["DELIVERY NOTE", "LIEFERSCHEIN", "BON DE LIVRAISON", "REGISTRATION FORM", "ANMELDUNG",
            "FORMULARZ", "BLANKETT", "LOMAKE", "FORMULÁŘ", "ŰRLAP", "FORM NO. 7"]


def c_ocr(lg, doc):
    cc = COUNTRY[lg]
    doc.t(R.choice(OCR_HEAD) + "\n")
    doc.t(R.choice(["DEPOT", "ROUTE", "BAY", "KASSE"]) + R.choice(OCR_SEP) + str(R.randint(2, 40)) + "\n")
    g = pick_groups(cc)
    while "0" not in "".join(g) and "1" not in "".join(g):
        g = pick_groups(cc)
    v = oh(" ".join(g), True)
    doc.t(R.choice(OCR_LABEL[lg]) + R.choice(OCR_SEP)).s("PHONE_NUMBER", v).t("\n")
    k = R.randrange(4)
    if k == 0:
        doc.t(R.choice(["ACCT NO", "KONTO NR", "CUENTA"]) + R.choice(OCR_SEP)).s("NEG_ACCOUNT", oh(d(4) + " " + d(4), True)).t("\n")
    elif k == 1:
        doc.t(R.choice(["DATE", "DATUM", "DATA"]) + R.choice(OCR_SEP)).s("NEG_DATE", oh("%02d %02d 20%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(10, 25)), True)).t("\n")
    elif k == 2:
        doc.t(R.choice(["INV NO", "RECHNUNG", "FACTURE"]) + R.choice(OCR_SEP)).s("NEG_INVOICE", oh("2O24" + d(6), True)).t("\n")
    else:
        doc.t(R.choice(["TOTAL", "BETRAG", "MONTANT"]) + R.choice(OCR_SEP)).s("NEG_AMOUNT", oh(d(3) + "," + d(2), True)).t(" EUR\n")


def c_words(lg, doc):
    cc = COUNTRY[lg]
    w = DIGW[lg]
    nat = "".join(phone(cc)[0])
    doc.t(R.choice(LEAD[lg]) + " " + R.choice(CALL[lg]) + " ")
    words = [w[int(c)] for c in nat]
    if R.random() < 0.4:
        i = R.randint(2, len(words) - 2)
        words = words[:i] + [nat[i]] + words[i + 1:]
    doc.s("PHONE_NUMBER", " ".join(words)).t(" " + R.choice(AFTER[lg]) + "\n")
    k = R.randrange(3)
    if k == 0:
        doc.t(R.choice(["order", "ref", "nr"]) + " ").s("NEG_ORDER", " ".join(w[int(c)] for c in d(5))).t("\n")
    elif k == 1:
        doc.s("NEG_COUNT", " ".join(w[int(c)] for c in d(2))).t(" " + R.choice(["boxes", "kisten", "cartons", "dozen", "stuks", "cajas"]) + "\n")
    else:
        doc.t(R.choice(["pin", "kod", "code"]) + " ").s("NEG_CODE", " ".join(w[int(c)] for c in d(4))).t("\n")


FULLW = str.maketrans("0123456789+", "０１２３４５６７８９＋")
KV_KEY = ["phone", "caller", "msisdn", "tel", "contact_phone", "mobile", "from", "to"]


def chars_value(g):
    k = R.randrange(7)
    if k == 0:
        return "\u00a0".join(g), "nbsp"
    if k == 1:
        return "\u2011".join(g), "nbhyphen"
    if k == 2:
        return " ".join(g).translate(FULLW), "fullwidth"
    if k == 3:
        return ".".join(g), "dots"
    if k == 4:
        return g[0] + "/" + "".join(g[1:]), "slash"
    if k == 5:
        if g[0].startswith("+"):
            return g[0] + " (" + g[1] + ") " + " ".join(g[2:]), "parens"
        return "(" + g[0] + ") " + " ".join(g[1:]), "parens"
    return "\u202f".join(g), "nnbsp"


def neg_chars():
    k = R.randrange(5)
    if k == 0:
        return "order_id", "NEG_ORDER", "\u00a0".join([d(3), d(3), d(3)])
    if k == 1:
        return "ts", "NEG_TIMESTAMP", "2024\u2011%02d\u2011%02d %02d:%02d:%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    if k == 2:
        return "amount", "NEG_AMOUNT", "%d\u00a0%03d,%02d" % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 99))
    if k == 3:
        return "account", "NEG_ACCOUNT", d(4).translate(FULLW) + " " + d(4).translate(FULLW)
    return "serial", "NEG_SERIAL", ".".join([d(3), d(3), d(4)])


def c_chars(lg, doc):
    cc = COUNTRY[lg]
    g = pick_groups(cc)
    v, shape = chars_value(g)
    if R.random() < 0.5:
        doc.t(R.choice(OCR_LABEL[lg]).title().rstrip(".") + ":\n")
        doc.s("PHONE_NUMBER", v).t("\n")
        key, lab, nv = neg_chars()
        doc.t(key.replace("_", " ") + ":\n").s(lab, nv).t("\n")
    else:
        n = R.randint(1000, 9999)
        doc.t("%s level=info req=%d %s=" % ("2024-05-%02dT10:%02d:11Z" % (R.randint(1, 28), R.randint(0, 59)), n, R.choice(KV_KEY)))
        doc.s("PHONE_NUMBER", v)
        key, lab, nv = neg_chars()
        doc.t(" %s=" % key).s(lab, nv).t(" status=%d\n" % R.choice([200, 201, 404, 500]))
    return shape


SHAPES = [("glued", c_glued, 130), ("spaced", c_spaced, 70), ("oh", c_oh, 70), ("ocr", c_ocr, 70),
          ("words", c_words, 70), ("chars", c_chars, 90)]


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    i = 0
    for cls, fn, count in SHAPES:
        for k in range(count):
            lg = LANGS[(i * 7 + k) % len(LANGS)]
            doc = P()
            shape = None
            for _ in range(R.randint(1, 2)):
                shape = fn(lg, doc) or shape
            ascii_ = i % 3 == 0
            api = apis[i % 4]
            body, spans = ask_body(api, ASK[lg], doc.text, doc.spans, ascii_, i % 2 == 1)
            meta = {"locale": lg, "class": cls, "country": COUNTRY[lg], "api": api,
                    "ascii": ascii_}
            if shape:
                meta["shape"] = shape
            append_body(records, body, spans, meta)
            i += 1
    write_json(records)


if __name__ == "__main__":
    main()
