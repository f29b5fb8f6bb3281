#!/usr/bin/env python3
"""gen_phone63.py: phones as the rest of Europe and chat write them: typed, scanned, declined (stop 63).

From the public briefs of the twenty-fourth blind set (`typed`: phone chat in lower case,
shorthand, glued; `scanned`: OCR and fax in capitals, misread labels, columns run together,
line-end breaks) and the twenty-ninth (`inflect`: messages in pl cs sk fi et hu tr el lt lv hr sl
ro is de nl sv da no), never their generators or records; written and committed before hush was
run on it. The country plans (each country's national and international forms) are
gen_phone62.py's `ph`; what is new here is how the number is written around them:

- `typed`: lower-case chat, the label glued to the number (`tel:0612345678`, `mob.0401234567`,
  `nr tel601234567`), the number's spaces dropped or changed to dots, shorthand words (`nr`, `tlf`,
  `puh`, `cel`, `wa`, `sms`), emoji-less chat punctuation, a glued case suffix after it;
- `scanned`: capitals as an OCR or a fax reads them, the label misread (`TEI.`, `TE1`, `M0B.`,
  `TLF,`), `O`/`l`/`I`/`S`/`B` read for `0`/`1`/`1`/`5`/`8` inside the number, two columns run
  together on one line, the number broken by a line end at a group boundary (the gold span holds
  the line end);
- `inflect`: the phone word declined or possessed (`telefonu`, `telefonszámom`,
  `puhelinnumeroni`, `numaram`, `τηλέφωνό μου`, `símanúmerið mitt`, `mobilnummeret mitt`,
  `n° de tél.`, `tél. port.`), and bare national numbers of Nordic and Baltic plans after
  `GSM`/`mob.`/`tlf.` (`8 5 233 7780`, `(8 5) 233 7780`, `912 34 567`, `12 34 56 78`, `581 2345`).

Look-alikes (NEG_ spans), at least as many as phones and in the same places and styles: order,
invoice, tracking, case, IBAN fragments, postcodes, company registry and tax ids, ID card numbers,
dates and times, amounts, versions, counts. Every record a request body of the four APIs, a
third `\\uXXXX`. Deterministic: python3 gen_phone63.py > data/phone63.json
"""
import random

import gen_phone62 as p62
from gen_bodies import P, ask_body, append_body
from gen_common import write_json

R = random.Random(6363)
p62.R = R  # the country plans draw from this corpus's own stream
d, nz, g, put = p62.d, p62.nz, p62.g, p62.put

LANGS = ["pl", "cs", "sk", "fi", "et", "hu", "tr", "el", "lt", "lv", "hr", "sl", "ro", "is", "de",
         "nl", "sv", "da", "no", "fr", "en", "it", "es"]


def ph(lg):
    """A phone of the language's country: gen_phone62's plan, or a bare national form of the
    Nordic and Baltic plans that a label carries alone."""
    extra = {
        "lt": lambda: R.choice(["8 5 " + g(nz(7), 3, 4), "(8 5) " + g(nz(7), 3, 4),
                                "8-5 " + g(nz(7), 3, 4), "8 6" + d(2) + " " + d(5),
                                "(8 37) " + g(nz(6), 3, 3), "8 600 " + d(5)]),
        "no": lambda: R.choice([g(R.choice("49") + d(7), 3, 2, 3), g(R.choice("49") + d(7), 2, 2, 2, 2)]),
        "da": lambda: R.choice([g(R.choice("2345") + d(7), 2, 2, 2, 2), R.choice("2345") + d(7)]),
        "is": lambda: R.choice([R.choice("68") + d(2) + " " + d(4), R.choice("68") + d(6)]),
        "fi": lambda: R.choice(["(09) " + g(nz(7), 3, 4), "050-" + g(nz(7), 3, 4), "040 " + nz(7)]),
        "et": lambda: R.choice(["5" + d(3) + " " + d(4), "5" + d(6), "6" + d(2) + " " + d(4)]),
        "lv": lambda: R.choice(["2" + d(7), "2" + d(3) + " " + d(4), "6" + d(7)]),
        "sv": lambda: R.choice(["07" + d(1) + "-" + d(3) + " " + d(2) + " " + d(2), "08-" + d(3) + " " + d(2) + " " + d(2)]),
    }
    if lg in extra and R.random() < 0.4:
        return extra[lg]()
    return p62.ph(lg)


def squash(v):
    """The number as thumbs type it: spaces dropped, or dots, or left."""
    k = R.random()
    if k < 0.35 and "(" not in v:
        return v.replace(" ", "").replace("-", "")
    if k < 0.5:
        return v.replace(" ", ".")
    return v


OCR = {"0": "O", "1": "l", "5": "S", "8": "B"}


def ocr(v):
    """One or two digits misread as letters (never the leading +)."""
    idx = [i for i, ch in enumerate(v) if ch in OCR]
    out = list(v)
    for i in R.sample(idx, min(len(idx), R.randint(1, 2))):
        out[i] = OCR[v[i]] if v[i] != "1" or R.random() < 0.6 else "I"
    return "".join(out)


def breakline(v):
    """The number cut by a line end at one of its inner spaces (None when it has none)."""
    sp = [i for i, ch in enumerate(v) if ch == " "]
    if not sp:
        return None
    i = R.choice(sp)
    return v[:i] + "\n" + v[i + 1:]


# Typed labels: glued (no space) or with one; the chat shorthand of each language.
TYPED = {
    "pl": ["tel", "tel:", "kom", "kom.", "nr", "nr tel", "numer", "komórka"],
    "cs": ["tel", "tel:", "mob", "mob.", "cislo", "c."], "sk": ["tel", "tel:", "mob", "cislo"],
    "fi": ["puh", "puh.", "p.", "nro", "numero", "gsm"], "et": ["tel", "tel:", "mob", "nr", "number"],
    "hu": ["tel", "tel:", "mob", "mobil", "szam", "szám:"], "tr": ["tel", "tel:", "cep", "cep:", "no", "gsm"],
    "el": ["til", "til:", "kin", "κιν", "τηλ", "tel"], "lt": ["tel", "tel.", "mob", "nr", "numeris"],
    "lv": ["tel", "talr", "mob", "nr", "tālr."], "hr": ["tel", "mob", "mob:", "br", "broj"],
    "sl": ["tel", "gsm", "mob", "st", "št."], "ro": ["tel", "tel:", "mob", "nr", "nr:"],
    "is": ["s.", "simi", "gsm", "sími:", "nr"], "de": ["tel", "tel:", "handy", "mobil", "nr", "nr."],
    "nl": ["tel", "tel:", "mob", "06", "nr", "nummer"], "sv": ["tel", "tfn", "mob", "mobil", "nr"],
    "da": ["tlf", "tlf.", "mob", "nr", "mobil"], "no": ["tlf", "tlf:", "mob", "nr", "mobil"],
    "fr": ["tel", "tél", "tel:", "port", "portable", "num"], "en": ["tel", "ph", "ph:", "mob", "cell", "no."],
    "it": ["tel", "cell", "cel", "num", "n."], "es": ["tel", "tlf", "movil", "cel", "num", "wasap"],
}
TYPED_FRAME = {
    "pl": ["siema, pisz na %s jakby co", "mój %s", "to jest %s, dzwoń po 18", "zapisz sb %s"],
    "cs": ["ahoj, moje %s", "piš na %s", "tady %s, volej vecer"], "sk": ["ahoj, moje %s", "pis na %s"],
    "fi": ["moi, %s jos jotain", "laita viestiä %s", "tässä %s"], "et": ["tsau, %s kui midagi", "kirjuta %s"],
    "hu": ["szia, %s ha vmi van", "hívj %s", "itt az enyém %s"], "tr": ["slm, %s arayın", "bana %s yazın"],
    "el": ["geia, %s an xreiasteis", "steile %s"], "lt": ["labas, %s jei ka", "rasyk %s"],
    "lv": ["cau, %s ja kas", "raksti %s"], "hr": ["bok, %s ako treba", "javi se %s"],
    "sl": ["živjo, %s če kaj", "piši %s"], "ro": ["salut, %s dacă e ceva", "scrie-mi %s"],
    "is": ["hæ, %s ef eitthvað", "sendu sms %s"], "de": ["hi, %s falls was ist", "schreib mir %s"],
    "nl": ["hoi, %s als er iets is", "app me %s"], "sv": ["tja, %s om nåt", "smsa %s"],
    "da": ["hej, %s hvis der er noget", "skriv %s"], "no": ["hei, %s hvis noe", "send sms %s"],
    "fr": ["slt, %s si besoin", "envoie un texto %s"], "en": ["hey, %s if anything", "txt me %s"],
    "it": ["ciao, %s se serve", "scrivimi %s"], "es": ["hola, %s si algo", "escríbeme %s"],
}
# Declined and possessed phone words: "%s" is the number.
INFLECT = {
    "pl": ["mój numer telefonu: %s", "dzwońcie na komórkę %s", "z mojego telefonu %s", "numer komórki %s",
           "pod moim numerem %s", "numerem telefonu %s"],
    "cs": ["moje telefonní číslo je %s", "na mobil %s", "číslo mobilu %s", "na mém mobilu %s",
           "telefonu %s"],
    "sk": ["moje číslo je %s", "na mobile %s", "telefónneho čísla %s", "na mobil %s"],
    "fi": ["puhelinnumeroni on %s", "puhelinnumeroni %s", "kännykkään %s", "gsm-numeroni %s",
           "numeroni on %s", "puhelimeeni %s"],
    "et": ["minu telefoninumber on %s", "mobiilinumber %s", "telefoninumbril %s", "mu number: %s"],
    "hu": ["telefonszámom %s", "telefonszámom: %s", "mobilszámom %s", "a számom %s",
           "telefonszámomon %s"],
    "tr": ["numaram %s", "telefon numaram %s", "cep numaram: %s", "cep telefonum %s", "numaramı kaydet: %s"],
    "el": ["το τηλέφωνό μου είναι %s", "το κινητό μου %s", "στο κινητό μου %s", "αριθμός τηλεφώνου %s",
           "to kinito mou %s"],
    "lt": ["mano telefono numeris %s", "telefonu %s", "mano numeris %s", "mobiliuoju %s"],
    "lv": ["mans tālruņa numurs ir %s", "mobilā tālruņa nr. %s", "manu numuru %s", "tālruņa nr. %s"],
    "hr": ["moj broj mobitela je %s", "broj mobitela %s", "na mobitelu %s", "na moj mobitel %s"],
    "sl": ["moja telefonska številka je %s", "telefonske številke %s", "na mobitel %s", "mobilna številka %s"],
    "ro": ["numărul meu de telefon e %s", "telefonul meu %s", "numărului de telefon %s", "mobilul meu: %s"],
    "is": ["símanúmerið mitt er %s", "símanúmerinu %s", "í farsíma %s", "farsímanúmer %s"],
    "de": ["meine Handynummer ist %s", "unter meiner Handynummer %s", "meine Nummer: %s", "Festnetz %s",
           "Handynr. %s"],
    "nl": ["mijn nummer is %s", "mijn mobiele nummer %s", "mobiel %s", "mijn 06: %s"],
    "sv": ["mitt nummer är %s", "mobilnumret %s", "telefonnumret är %s", "mobilnummer %s"],
    "da": ["mit nummer er %s", "mobilnummeret %s", "telefonnummeret %s", "mobilnr. %s"],
    "no": ["nummeret mitt er %s", "mobilnummeret mitt %s", "telefonnummeret %s", "mobilnr. %s"],
    "fr": ["n° de tél. %s", "tél. port. %s", "mon numéro : %s", "mon portable est le %s", "tél. fixe %s"],
    "en": ["my number's %s", "my mobile is %s", "mob no %s", "landline %s"],
    "it": ["il mio numero è %s", "il mio cellulare %s", "cell. %s", "numero di cellulare %s"],
    "es": ["mi número es el %s", "mi móvil: %s", "tlf. %s", "número de móvil %s"],
}
BARE = {"lt": ["GSM", "mob.", "tel.", "Tel.:"], "lv": ["mob.", "GSM", "tel."], "et": ["GSM", "mob.", "tel."],
        "fi": ["GSM", "puh.", "p."], "is": ["GSM", "s.", "sími"], "da": ["tlf.", "mob.", "Telefon:"],
        "no": ["tlf.", "mob.", "Telefon:"], "sv": ["tfn", "mob."]}

# Look-alikes of this corpus (on top of gen_phone62's per-language ones): (label, phrase, value).
def neg_own(lg, caps=False):
    k = R.randrange(9)
    if k == 0:
        w, lab, v = R.choice(["order %s", "zam. %s", "obj. %s", "tilaus %s", "sipariş %s", "Bestellung %s",
                              "commande %s", "ordine %s", "pedido %s", "order#%s"]), "NEG_ORDER", nz(R.choice([8, 9, 10]))
    elif k == 1:
        w, lab, v = R.choice(["tracking %s", "przesyłka %s", "zásilka %s", "lähetys %s", "kargo takip %s",
                              "Sendung %s", "colis %s", "spedizione %s", "envío %s"]), "NEG_TRACKING", \
            R.choice(["00" + d(18), "JJD" + d(15), nz(12), g(nz(12), 4, 4, 4)])
        if R.random() < 0.5:
            v = "".join(ch for ch in v if ch != " ")
    elif k == 2:
        w, lab, v = R.choice(["%s", "at %s", "o %s", "klo %s", "saat %s", "um %s", "à %s", "alle %s"]), "NEG_TIME", \
            "%02d:%02d" % (R.randint(7, 21), R.choice([0, 15, 30, 45]))
    elif k == 3:
        w, lab, v = R.choice(["%s", "dne %s", "do %s", "bis %s", "le %s", "el %s", "data %s"]), "NEG_DATE", \
            R.choice(["%02d.%02d.%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2024, 2027)),
                      "%d-%02d-%02d" % (R.randint(2024, 2027), R.randint(1, 12), R.randint(1, 28)),
                      "%02d/%02d" % (R.randint(1, 28), R.randint(1, 12))])
    elif k == 4:
        w, lab, v = R.choice(["v%s", "version %s", "app %s", "ios %s", "android %s", "fw %s"]), "NEG_VERSION", \
            "%d.%d.%d" % (R.randint(1, 17), R.randint(0, 12), R.randint(0, 40))
    elif k == 5:
        w, lab, v = R.choice(["%s szt.", "%s ks", "%s kpl", "%s tk", "%s db", "%s adet", "%s Stück",
                              "%s pcs", "%s boxes"]), "NEG_COUNT", str(R.randint(2, 400))
    elif k == 6:
        w, lab, v = R.choice(["ID card %s", "dowód %s", "OP %s", "passport %s", "Ausweis %s", "CNI %s"]), \
            "NEG_IDDOC", R.choice(["A" + d(8), d(9), "AB" + d(6), "X" + d(7) + "Z"])
    elif k == 7:
        return p62.neg_iban(lg) if not caps else ("IBAN %s", "NEG_IBAN", p62.IBAN[lg] + d(2) + " " + " ".join(d(4) for _ in range(3)))
    else:
        return p62.neg(lg)
    return w, lab, v


def some_neg(lg, caps=False):
    return neg_own(lg, caps) if R.random() < 0.6 else p62.neg(lg)


def up(phrase):
    return phrase.replace("%s", "\x00").upper().replace("\x00", "%s")


def c_typed(lg, doc):
    doc.t(R.choice(["hej", "ok", "jj", "spoko", "np", "ok ok", "👍", "yo"]) + "\n")
    for _ in range(R.randint(2, 3)):
        lab = R.choice(TYPED[lg])
        glue = "" if R.random() < 0.5 else R.choice([" ", " "] if lab.endswith((":", ".")) else [" ", ": ", "-"])
        v = squash(ph(lg))
        if R.random() < 0.2 and not v.startswith("+"):
            v = v.replace(" ", "")
        frame = R.choice(TYPED_FRAME[lg]).lower()
        a, b = frame.split("%s")
        suf = R.choice(["", "", "", "-re", ":ään", "'yi", "-le", " pls", "!!", "?"]) if lg in ("hu", "fi", "tr", "et") else R.choice(["", "", " pls", "!!", " thx"])
        doc.t(a + lab + glue).s("PHONE_NUMBER", v).t(suf + b + "\n")
        for _ in range(R.randint(1, 2)):
            w, nl, nv = some_neg(lg)
            put(doc, w.lower(), nl, nv)
            doc.t(R.choice([" ", ", ", "\n", " ok\n"]))
    doc.t("\n")


SCAN_LAB = {"en": ["TEL.", "TEI.", "TE1.", "PH0NE", "M0B.", "FAX/TEL", "TEL,"],
            "de": ["TEL.", "TEI.", "TELEF0N", "HANDY", "M0BIL", "TEL.-NR"],
            "fr": ["TÉL.", "TEL.", "TEI.", "P0RT.", "N° DE TEL."]}


def scan_labels(lg):
    base = [x.upper() for x in TYPED[lg] if len(x) > 2] + [x.upper() for x in BARE.get(lg, [])]
    mis = [b.replace("L", "I", 1) if "L" in b else b.replace("O", "0", 1) for b in base]
    return SCAN_LAB.get(lg, []) + base + mis


def c_scanned(lg, doc):
    doc.t(R.choice(["LIEFERSCHEIN", "DELIVERY NOTE", "FAX", "FORMULARZ", "LOMAKE", "ŰRLAP", "FORM",
                    "TELEFAX", "BON DE LIVRAISON", "SKJEMA", "BLANKETT"]) + " " + d(2) + "/" + d(3) + "\n")
    labs = scan_labels(lg)
    for _ in range(R.randint(2, 3)):
        v = ph(lg)
        shape = R.random()
        if shape < 0.35:
            v = ocr(v)
        elif shape < 0.55:
            v = breakline(v) or ocr(v)
        sep = R.choice([" ", "  ", ": ", " ¦ ", "\t", " . "])
        lab = R.choice(labs)
        w, nl, nv = some_neg(lg, True)
        if R.random() < 0.4:  # two columns run together on one line
            a, b = up(w).split("%s")
            if R.random() < 0.5:
                doc.t(lab + sep).s("PHONE_NUMBER", v).t(R.choice(["  ", " ", "   "]) + a).s(nl, nv).t(b + "\n")
            else:
                doc.t(a).s(nl, nv).t(b + R.choice(["  ", " ", "   "]) + lab + sep).s("PHONE_NUMBER", v).t("\n")
        else:
            doc.t(lab + sep).s("PHONE_NUMBER", v).t("\n")
            put(doc, up(w), nl, nv)
            doc.t("\n")
        if R.random() < 0.5:
            w, nl, nv = some_neg(lg, True)
            if nl in ("NEG_CODE", "NEG_ORDER", "NEG_TRACKING") and R.random() < 0.5:
                nv = ocr(nv)
            put(doc, up(w), nl, nv)
            doc.t("\n")


def c_inflect(lg, doc):
    doc.t(R.choice(p62.OPEN[lg]) + " ")
    for _ in range(R.randint(2, 3)):
        if lg in BARE and R.random() < 0.35:
            put(doc, R.choice(BARE[lg]) + " %s", "PHONE_NUMBER", ph(lg))
        else:
            put(doc, R.choice(INFLECT[lg]), "PHONE_NUMBER", ph(lg))
        doc.t(R.choice([". ", ", ", "; ", ".\n"]))
        for _ in range(R.randint(1, 2)):
            w, nl, nv = some_neg(lg)
            put(doc, w, nl, nv)
            doc.t(R.choice([", ", ". ", "; ", "\n"]))
    doc.t("\n")


FAMILIES = [("typed", c_typed, 5), ("scanned", c_scanned, 4), ("inflect", c_inflect, 6)]
ASK_EN = "Tidy this up into a list of contacts."


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    i = 0
    for lg in LANGS:
        for cls, fn, count in FAMILIES:
            for _ in range(count):
                doc = P()
                fn(lg, doc)
                ascii_ = i % 3 == 0
                api = apis[i % 4]
                ask = p62.ASK.get(lg, ASK_EN) if cls != "typed" else p62.ASK.get(lg, ASK_EN).lower()
                body, spans = ask_body(api, ask, doc.text, doc.spans, ascii_, i % 2 == 1)
                append_body(records, body, spans, {"locale": lg, "class": cls, "api": api,
                                                   "ascii": ascii_})
                i += 1
    write_json(records)


if __name__ == "__main__":
    main()
