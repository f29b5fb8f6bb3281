#!/usr/bin/env python3
"""gen_phone56.py: phones in noisy text, second round (stop 56).

From the twenty-fourth blind set's public brief (typed, scanned, spoken families) and the
twenty-fifth's chars family, written before any phone rule was read or hush was run on it, with
shapes phone44/45/48/55 did not write. Phones of 17 numbering plans (gb de fr nl es it pt pl se
dk no fi cz hu tr ro gr), national and international, as each country groups them:

  national  the national groupings (`06-12 34 56 78`, `0171 / 234 56 78`, `(0)20 7946 0018`,
            `+49 (0) 30 1234567`, `0049 30 ...`, `tel 0 30 / 12 34 56`) after `#`, `:`, `/`,
            `@`, `tel.`, `t:`, `mob`, a phone emoji, or in parentheses
  telurl    `tel:` links in Markdown, HTML and bare, with `-`, `.`, `%20` inside
  ext       an extension after the number (`ext. 12`, `Durchwahl -34`, `poste 12`, `x204`)
  pair      two phones joined (`0612345678 / 0687654321`, `... or ...`, `...;...`)
  adjacent  a phone followed at once by a date, a time or an amount
  spoken    digit words with double/triple/doppel/dubbel, pairs said as numbers (`oh six twelve
            thirty four`), digits and words mixed
  chars     full-width digits, U+2011, NBSP, thin and narrow spaces, `·`, entity-escaped
            separators (`&#32;`, `&nbsp;`, `&#8209;`)

Look-alikes in the same shapes (NEG_ spans): order, ticket, tracking, invoice and account numbers,
dates, times, amounts, postcodes, versions. metadata.class is the shape, metadata.country the
plan. Every record a request body of four APIs, a third `\\uXXXX`.
Deterministic: python3 gen_phone56.py > data/phone56.json
"""
import random

from gen_bodies import P, ask_body, append_body
from gen_common import write_json

R = random.Random(5656)

# Shared with gen_phone55.py (identical there); its functions draw from this generator's R.
import gen_phone55  # noqa: E402
from gen_phone55 import (  # noqa: E402
    LANGS, COUNTRY, d)
gen_phone55.R = R


CC = {"gb": "44", "de": "49", "fr": "33", "nl": "31", "es": "34", "it": "39", "pt": "351",
      "pl": "48", "se": "46", "dk": "45", "no": "47", "fi": "358", "cz": "420", "hu": "36",
      "tr": "90", "ro": "40", "gr": "30"}


def nz(n):
    return str(R.randint(1, 9)) + d(n - 1)


def number(cc):
    """(trunk, area, subscriber digits): trunk '0' or '' (no trunk prefix in the plan)."""
    if cc == "gb":
        return R.choice([("0", "20", "7946" + d(4)), ("0", "7700", "900" + d(3)),
                         ("0", "161", "496" + d(4)), ("0", "113", "496" + d(4))])
    if cc == "de":
        return R.choice([("0", R.choice(["30", "40", "89"]), nz(7)),
                         ("0", R.choice(["171", "151", "160", "176"]), nz(7)),
                         ("0", R.choice(["221", "711", "621"]), nz(6))])
    if cc == "fr":
        return ("0", R.choice("1234567"), nz(8))
    if cc == "nl":
        return R.choice([("0", "6", nz(8)), ("0", R.choice(["20", "10", "30", "70"]), nz(7))])
    if cc == "es":
        return ("", R.choice(["91", "93", "6" + d(1), "7" + d(1)]), nz(7))
    if cc == "it":
        return R.choice([("", "0" + R.choice(["2", "6"]), nz(8)), ("", "3" + d(2), nz(7))])
    if cc == "pt":
        return R.choice([("", "21", nz(7)), ("", "9" + R.choice("1236"), nz(7))])
    if cc == "pl":
        return R.choice([("", "22", nz(7)), ("", R.choice("5678") + d(2), nz(6))])
    if cc == "se":
        return R.choice([("0", "8", nz(8)), ("0", "7" + R.choice("0236"), nz(7))])
    if cc == "dk":
        return ("", "", R.choice("2345") + d(7))
    if cc == "no":
        return ("", "", R.choice("249") + d(7))
    if cc == "fi":
        return R.choice([("0", "9", nz(7)), ("0", "4" + R.choice("0145"), nz(7))])
    if cc == "cz":
        return ("", R.choice(["60", "72", "77", "22"]) + d(1), nz(6))
    if cc == "hu":
        return R.choice([("06", "1", nz(7)), ("06", R.choice(["20", "30", "70"]), nz(7))])
    if cc == "tr":
        return ("0", R.choice(["212", "216", "312", "532", "505", "542"]), nz(7))
    if cc == "ro":
        return R.choice([("0", "21", nz(7)), ("0", "7" + R.choice("2345") + d(1), nz(6))])
    return R.choice([("", "210", nz(7)), ("", "69" + R.choice("3479"), nz(7))])


def sub_groups(cc, s):
    """The subscriber digits grouped as the country writes them."""
    n = len(s)
    if cc in ("fr",):
        return [s[i:i + 2] for i in range(0, n, 2)]
    if cc in ("dk", "no") and n == 8:
        return R.choice([[s[:2], s[2:4], s[4:6], s[6:]], [s[:4], s[4:]], [s[:3], s[3:5], s[5:]]])
    if cc in ("es", "pl", "cz") and n in (6, 7):
        return R.choice([[s[:3], s[3:]], [s[:3], s[3:5], s[5:]] if n == 7 else [s[:3], s[3:]],
                         [s[:2], s[2:4], s[4:]] if n == 6 else [s[:3], s[3:5], s[5:]]])
    if cc in ("de", "se", "tr") and n >= 7:
        return R.choice([[s], [s[:3], s[3:5], s[5:]], [s[:2], s[2:4], s[4:6], s[6:]] if n == 8
                         else [s[:3], s[3:]]])
    if n == 8:
        return R.choice([[s[:4], s[4:]], [s[:3], s[3:5], s[5:]], [s]])
    if n == 7:
        return R.choice([[s[:3], s[3:]], [s], [s[:3], s[3:5], s[5:]]])
    return R.choice([[s[:3], s[3:]], [s], [s[:2], s[2:4], s[4:]]])


def national(cc):
    """A national number in one of the country's real layouts."""
    tr, a, s = number(cc)
    g = sub_groups(cc, s)
    k = R.randrange(6)
    if cc == "fr":
        return R.choice(["-", " ", "."]).join(["0" + a + g[0]] + g[1:]) if k < 3 else \
            "0" + a + "-" + " ".join(g[:1]) + " " + " ".join(g[1:])
    if cc == "hu":
        return R.choice(["06 (%s) %s" % (a, " ".join(g)), "06-%s-%s" % (a, "-".join(g)),
                         "06/%s %s" % (a, "".join(g))])
    if not tr and not a:
        return " ".join(g)
    if not tr:
        return R.choice(["%s %s" % (a, " ".join(g)), "%s-%s" % (a, "".join(g)),
                         "(%s) %s" % (a, "-".join(g)), "%s/%s" % (a, "".join(g))])
    if cc == "gb" and k < 2:
        return "(0)%s %s" % (a, " ".join(g))
    if cc == "tr" and k < 2:
        return "0 (%s) %s" % (a, " ".join(g))
    if cc == "de" and k == 0:
        return "0 %s / %s" % (" ".join(a), " ".join([s[i:i + 2] for i in range(0, len(s), 2)]))
    if k < 2:
        return "0%s / %s" % (a, " ".join(g))
    if k < 4:
        return "(0%s) %s" % (a, " ".join(g))
    return "0%s-%s" % (a, R.choice([" ", ""]).join(g))


def intl(cc):
    """An international number: +CC (0) area, 00CC, +CC-area-sub."""
    tr, a, s = number(cc)
    g = sub_groups(cc, s)
    c = CC[cc]
    k = R.randrange(5)
    if k == 0 and tr == "0":
        return "+%s (0) %s %s" % (c, a, "".join(g)) if R.random() < 0.5 else \
            "+%s (0)%s %s" % (c, a, " ".join(g))
    if k == 1:
        return "00%s %s %s" % (c, a, " ".join(g)) if a else "00%s %s" % (c, " ".join(g))
    if k == 2:
        return "+%s-%s-%s" % (c, a, "-".join(g)) if a else "+%s-%s" % (c, "-".join(g))
    if k == 3:
        return "(+%s) %s %s" % (c, a, " ".join(g)) if a else "(+%s) %s" % (c, " ".join(g))
    return "+%s %s %s" % (c, a, " ".join(g)) if a else "+%s %s" % (c, " ".join(g))


def any_phone(cc):
    return intl(cc) if R.random() < 0.35 else national(cc)


def bare(cc):
    tr, a, s = number(cc)
    return tr + a + s


LEADS = ["#", ": ", "/ ", "@ ", "tel. ", "t: ", "T: ", "mob ", "mob. ", "\u260e ", "\u260e\ufe0f ",
         "\U0001f4de ", "\U0001f4f1 ", "Tel.: ", "tel ", "(", "[", "\u2706 "]
CALLW = {"en": ["call", "ring", "reach me", "contact"], "de": ["anrufen", "erreichbar", "Rückruf"],
         "fr": ["appeler", "joignable", "rappel"], "nl": ["bellen", "bereikbaar", "terugbellen"],
         "es": ["llamar", "contacto", "devolver llamada"], "it": ["chiamare", "reperibile", "richiamare"],
         "pt": ["ligar", "contacto", "retorno"], "pl": ["dzwonić", "kontakt", "oddzwonić"],
         "sv": ["ring", "nås", "återkoppling"], "da": ["ring", "kontakt", "træffes"],
         "no": ["ring", "kontakt", "nås"], "fi": ["soita", "tavoittaa", "takaisinsoitto"],
         "cs": ["volat", "kontakt", "zpětné volání"], "hu": ["hívjon", "elérhető", "visszahívás"],
         "tr": ["arayın", "ulaşım", "geri arama"], "ro": ["sunați", "contact", "apel înapoi"],
         "el": ["tilefonise", "epikoinonia", "kalese"]}
TOPIC = {"en": "boiler call-out", "de": "Heizungsnotdienst", "fr": "dépannage chaudière",
         "nl": "cv-ketel storing", "es": "avería caldera", "it": "guasto caldaia",
         "pt": "avaria caldeira", "pl": "awaria pieca", "sv": "pannservice", "da": "fyrservice",
         "no": "fyrservice", "fi": "lämmityshuolto", "cs": "servis kotle", "hu": "kazánszerviz",
         "tr": "kombi servisi", "ro": "service centrală", "el": "service kavasi"}
ASK = {
    "en": "Can you sort these notes into a job list?",
    "de": "Mach bitte eine Auftragsliste aus diesen Notizen:",
    "fr": "Fais une liste d'interventions à partir de ces notes :",
    "nl": "Maak een klussenlijst van deze notities:",
    "es": "Haz una lista de trabajos con estas notas:",
    "it": "Fai un elenco di interventi da queste note:",
    "pt": "Faz uma lista de serviços a partir destas notas:",
    "pl": "Zrób listę zleceń z tych notatek:",
    "sv": "Gör en jobblista av de här anteckningarna:",
    "da": "Lav en opgaveliste ud fra disse noter:",
    "no": "Lag en jobbliste av disse notatene:",
    "fi": "Tee näistä muistiinpanoista työlista:",
    "cs": "Udělej z těchto poznámek seznam zakázek:",
    "hu": "Készíts munkalistát ezekből a jegyzetekből:",
    "tr": "Bu notlardan bir iş listesi çıkar:",
    "ro": "Fă o listă de lucrări din aceste notițe:",
    "el": "Kane mia lista ergasion apo aftes tis simeioseis:",
}


def neg_same(lg):
    """A look-alike in a phone's shapes: (word before, label, value)."""
    k = R.randrange(10)
    if k == 0:
        return R.choice(["order #", "Bestellung #", "commande n°", "pedido #", "ordine #"]), "NEG_ORDER", d(9)
    if k == 1:
        return R.choice(["ticket: ", "Ticket ", "ticket #", "Vorgang "]), "NEG_TICKET", "0" + d(2) + "-" + d(4) + "-" + d(3)
    if k == 2:
        return R.choice(["tracking ", "Sendung ", "colis ", "zásilka "]), "NEG_TRACKING", "00" + d(2) + " " + d(4) + " " + d(4) + " " + d(4)
    if k == 3:
        return R.choice(["invoice ", "Rechnung Nr. ", "facture ", "faktura "]), "NEG_INVOICE", "20%02d/%s" % (R.randint(20, 26), d(6))
    if k == 4:
        return R.choice(["account ", "Konto ", "compte ", "rekening "]), "NEG_ACCOUNT", d(2) + " " + d(3) + " " + d(3)
    if k == 5:
        return R.choice(["on ", "am ", "le ", "dne "]), "NEG_DATE", R.choice(["%02d.%02d.20%02d", "%02d/%02d/20%02d", "%02d-%02d-20%02d"]) % (R.randint(1, 28), R.randint(1, 12), R.randint(20, 26))
    if k == 6:
        return R.choice(["at ", "um ", "à ", "kl. "]), "NEG_TIME", "%02d:%02d" % (R.randint(7, 20), R.choice([0, 15, 30, 45]))
    if k == 7:
        return R.choice(["total ", "Betrag ", "montant ", "kwota "]), "NEG_AMOUNT", "%d %03d,%02d" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99))
    if k == 8:
        return R.choice(["postcode ", "PLZ ", "CP ", "PSČ "]), "NEG_POSTCODE", R.choice([d(5), d(3) + " " + d(2), d(4) + " " + R.choice(["AB", "KL", "XZ"])])
    return R.choice(["firmware ", "version ", "build ", "app v"]), "NEG_VERSION", "%d.%d.%d.%s" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 9), d(4))


def neg_line(doc, lg):
    w, lab, v = neg_same(lg)
    doc.t(w).s(lab, v).t("\n")


def c_national(lg, doc):
    cc = COUNTRY[lg]
    doc.t(R.choice([TOPIC[lg], TOPIC[lg].upper(), "job " + d(2)]) + " - " + R.choice(CALLW[lg]) + " ")
    lead = R.choice(LEADS)
    v = any_phone(cc)
    close = {"(": ")", "[": "]"}.get(lead, "")
    doc.t(lead).s("PHONE_NUMBER", v).t(close + R.choice(["\n", " pls\n", ", " + d(1) + "x\n", " !!\n"]))
    if R.random() < 0.8:
        w, lab, nv = neg_same(lg)
        lead2 = R.choice(["#", ": ", "/ ", "@ ", "(", ""])
        if lab in ("NEG_ORDER", "NEG_TICKET") and R.random() < 0.5:
            nv = national(cc).replace("(", "").replace(")", "") if lab == "NEG_TICKET" else nv
        doc.t(w.rstrip(" #:") + " " + lead2).s(lab, nv).t({"(": ")"}.get(lead2, "") + "\n")


def c_telurl(lg, doc):
    cc = COUNTRY[lg]
    tr, a, s = number(cc)
    c = CC[cc]
    k = R.randrange(5)
    if k == 0:
        href = "+%s%s%s" % (c, a, s)
    elif k == 1:
        href = "+%s-%s-%s" % (c, a, s) if a else "+%s-%s" % (c, s)
    elif k == 2:
        href = "%s%s%s" % (tr, a, s)
    elif k == 3:
        href = "+%s%%20%s%%20%s" % (c, a, s) if a else "+%s%%20%s" % (c, s)
    else:
        href = "+%s.%s.%s" % (c, a, s) if a else "+%s.%s" % (c, s)
    shown = any_phone(cc)
    m = R.randrange(4)
    if m == 0:
        doc.t("[").s("PHONE_NUMBER", shown).t("](tel:").s("PHONE_NUMBER", href).t(")\n")
    elif m == 1:
        doc.t('<a href="tel:').s("PHONE_NUMBER", href).t('">').s("PHONE_NUMBER", shown).t("</a>\n")
    elif m == 2:
        doc.t(R.choice(CALLW[lg]) + ": tel:").s("PHONE_NUMBER", href).t("\n")
    else:
        doc.t('<a class="btn" href="tel:').s("PHONE_NUMBER", href).t('">' + R.choice(CALLW[lg]) + "</a>\n")
    q = R.randrange(3)
    if q == 0:
        doc.t('<a href="https://shop.example/orders/').s("NEG_ORDER", d(10)).t('">order</a>\n')
    elif q == 1:
        doc.t("[ticket](https://help.example/t/").s("NEG_TICKET", d(3) + "-" + d(3) + "-" + d(4)).t(")\n")
    else:
        doc.t("https://track.example/?id=").s("NEG_TRACKING", d(12)).t("&v=").s("NEG_VERSION", "2.%d.%d" % (R.randint(0, 30), R.randint(0, 9))).t("\n")


EXT = {"en": ["ext. ", "ext ", "x", "extension "], "de": ["Durchwahl -", "DW ", "Durchwahl ", "-"],
       "fr": ["poste ", "p. ", "poste n° "], "nl": ["toestel ", "tst. ", "doorkies "],
       "es": ["ext. ", "extensión ", "int. "], "it": ["int. ", "interno "], "pt": ["ext. ", "extensão "],
       "pl": ["wew. ", "wewn. "], "sv": ["ankn. ", "anknytning "], "da": ["lokal ", "lok. "],
       "no": ["linje ", "ekst. "], "fi": ["alanumero ", "ala "], "cs": ["linka ", "kl. "],
       "hu": ["mellék ", "m. "], "tr": ["dahili ", "dah. "], "ro": ["int. ", "interior "],
       "el": ["esot. ", "esoteriko "]}


def c_ext(lg, doc):
    cc = COUNTRY[lg]
    v = any_phone(cc)
    e = R.choice(EXT[lg])
    doc.t(R.choice(["Switchboard", "Zentrale", "Accueil", "Receptie", "Centralita", "Centralino",
                    "Recepção", "Centrala", "Växel", "Omstilling", "Sentralbord", "Vaihde",
                    "Ústředna", "Központ", "Santral", "Centrală", "Kentro"]) + " " + R.choice(LEADS[:8]))
    if e == "-":
        doc.s("PHONE_NUMBER", v + "-" + d(2)).t("\n")
    else:
        doc.s("PHONE_NUMBER", v).t(" " + e + d(R.randint(2, 4)) + "\n")
    w, lab, nv = neg_same(lg)
    doc.t(w).s(lab, nv).t(" " + e + d(2) + "\n" if lab in ("NEG_ACCOUNT", "NEG_TICKET") else "\n")


def c_pair(lg, doc):
    cc = COUNTRY[lg]
    a, b = (bare(cc), bare(cc)) if R.random() < 0.5 else (any_phone(cc), any_phone(cc))
    sep = R.choice([" / ", "/", " or ", " oder ", " ou ", ", ", "; ", " | ", " - ", " & ", "\u2009/\u2009"])
    doc.t(R.choice(CALLW[lg]) + " " + R.choice(LEADS[:10]))
    doc.s("PHONE_NUMBER", a).t(sep).s("PHONE_NUMBER", b).t("\n")
    if R.random() < 0.7:
        doc.t(R.choice(["orders ", "Aufträge ", "commandes ", "tickets "])).s("NEG_ORDER", d(8)).t(sep).s("NEG_ORDER", d(8)).t("\n")


def c_adjacent(lg, doc):
    cc = COUNTRY[lg]
    v = R.choice([bare(cc), any_phone(cc)])
    k = R.randrange(5)
    doc.t(R.choice(LEADS[:12]))
    doc.s("PHONE_NUMBER", v)
    if k == 0:
        doc.t(R.choice([" ", ", ", " - "])).s("NEG_DATE", "%02d.%02d.20%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(24, 26)))
    elif k == 1:
        doc.t(R.choice([" ", " @ ", " ab "])).s("NEG_TIME", "%02d:%02d" % (R.randint(7, 20), R.choice([0, 30])))
    elif k == 2:
        doc.t(R.choice([" ", " - ", " € "])).s("NEG_AMOUNT", "%d,%02d" % (R.randint(20, 900), R.randint(0, 99))).t(R.choice(["€", " EUR", " zł", " kr", " Ft", " TL"]))
    elif k == 3:
        doc.t(R.choice([" ", ", "])).s("NEG_DATE", "%02d/%02d" % (R.randint(1, 28), R.randint(1, 12)))
    else:
        doc.t(" ").s("NEG_DATE", "20%02d-%02d-%02d" % (R.randint(24, 26), R.randint(1, 12), R.randint(1, 28))).t(" ").s("NEG_TIME", "%02d:%02d" % (R.randint(7, 20), R.choice([0, 30])))
    doc.t(" " + R.choice(CALLW[lg]) + "\n")
    w, lab, nv = neg_same(lg)
    doc.t(w).s(lab, nv).t(" ").s("NEG_DATE", "%02d.%02d." % (R.randint(1, 28), R.randint(1, 12))).t("\n")


DIGW = {
    "en": "oh one two three four five six seven eight nine",
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
DOUBLE = {"en": ("double", "triple"), "de": ("doppel", "dreimal"), "nl": ("dubbel", "driedubbel"),
          "sv": ("dubbel", "trippel"), "da": ("dobbelt", "tredobbelt"), "no": ("dobbel", "trippel"),
          "it": ("doppio", "triplo"), "es": ("doble", "triple"), "pt": ("duplo", "triplo"),
          "fr": ("double", "triple"), "pl": ("podwójne", "potrójne"), "cs": ("dvakrát", "třikrát"),
          "fi": ("kaksi kertaa", "kolme kertaa"), "hu": ("dupla", "tripla"), "tr": ("çift", "üç kere"),
          "ro": ("dublu", "triplu"), "el": ("dipla", "tripla")}
TEENS = {"en": "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
         "de": "zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn",
         "fr": "dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf",
         "nl": "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien",
         "es": "diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve",
         "it": "dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove"}
TENS = {"en": "twenty thirty forty fifty sixty seventy eighty ninety",
        "de": "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
        "fr": "vingt trente quarante cinquante soixante soixante-dix quatre-vingt quatre-vingt-dix",
        "nl": "twintig dertig veertig vijftig zestig zeventig tachtig negentig",
        "es": "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
        "it": "venti trenta quaranta cinquanta sessanta settanta ottanta novanta"}
TEENS = {k: v.split() for k, v in TEENS.items()}
TENS = {k: v.split() for k, v in TENS.items()}
UNITS = {"en": "_ one two three four five six seven eight nine",
         "de": "_ ein zwei drei vier fünf sechs sieben acht neun",
         "fr": "_ un deux trois quatre cinq six sept huit neuf",
         "nl": "_ een twee drie vier vijf zes zeven acht negen",
         "es": "_ uno dos tres cuatro cinco seis siete ocho nueve",
         "it": "_ uno due tre quattro cinque sei sette otto nove"}
UNITS = {k: v.split() for k, v in UNITS.items()}


def pair_word(lg, n):
    """A two-digit group said as one number (06 -> `oh six`)."""
    t, u = divmod(n, 10)
    w = DIGW[lg]
    if t == 0:
        return w[0] + " " + w[u]
    if t == 1:
        return TEENS[lg][u]
    tw = TENS[lg][t - 2]
    if u == 0:
        return tw if not (lg == "fr" and t == 8) else "quatre-vingts"
    un = UNITS[lg][u]
    if lg == "en":
        return tw + " " + un
    if lg == "de":
        return un + "und" + tw
    if lg == "nl":
        return un + ("ën" if un.endswith("e") else "en") + tw
    if lg == "es":
        return ("veinti" + un.replace("dos", "dós").replace("tres", "trés").replace("seis", "séis")) if t == 2 else tw + " y " + un
    if lg == "it":
        base = tw[:-1] if un in ("uno", "otto") else tw
        return base + ("tré" if un == "tre" else un)
    if t in (7, 9):
        return TENS[lg][t - 3] + ("-et-onze" if u == 1 and t == 7 else "-" + TEENS[lg][u])
    return tw + ("-et-un" if u == 1 and t < 8 else "-" + un)


def words_of(lg, digits):
    """The digits said one by one, with double/triple for repeats."""
    w = DIGW[lg]
    out = []
    i = 0
    while i < len(digits):
        j = i
        while j < len(digits) and digits[j] == digits[i] and j - i < 3:
            j += 1
        n = j - i
        if n >= 2 and R.random() < 0.8:
            if n == 3 and R.random() < 0.7:
                out.append(DOUBLE[lg][1] + " " + w[int(digits[i])])
            else:
                out.append(DOUBLE[lg][0] + " " + w[int(digits[i])])
                if n == 3:
                    out.append(w[int(digits[i])])
        else:
            out.extend([w[int(digits[i])]] * n)
        i = j
    return " ".join(out)


def with_repeats(digits):
    """The digits with one repeat forced in (so double/triple is said)."""
    i = R.randint(2, len(digits) - 3)
    n = R.choice([2, 2, 3])
    return digits[:i] + digits[i] * n + digits[i + n:]


SPOKEN_ASK = {
    "en": "transcript of a voicemail, pull out the callback details:",
    "de": "Transkript einer Sprachnachricht, bitte die Rückrufdaten herausziehen:",
    "fr": "transcription d'un message vocal, extrais les infos de rappel :",
    "nl": "transcriptie van een voicemail, haal de terugbelgegevens eruit:",
    "es": "transcripción de un buzón de voz, saca los datos para devolver la llamada:",
    "it": "trascrizione di un messaggio vocale, estrai i dati per richiamare:",
    "pt": "transcrição de uma mensagem de voz, tira os dados para ligar de volta:",
    "pl": "transkrypcja poczty głosowej, wyciągnij dane do oddzwonienia:",
    "sv": "utskrift av ett röstmeddelande, plocka ut uppgifterna:",
    "da": "udskrift af en telefonsvarerbesked, find oplysningerne:",
    "no": "utskrift av en talemelding, hent ut opplysningene:",
    "fi": "vastaajaviestin litterointi, poimi soittopyynnön tiedot:",
    "cs": "přepis hlasové zprávy, vytáhni údaje pro zpětné volání:",
    "hu": "hangposta átirata, szedd ki a visszahívási adatokat:",
    "tr": "sesli mesaj dökümü, geri arama bilgilerini çıkar:",
    "ro": "transcrierea unui mesaj vocal, scoate datele pentru apel:",
    "el": "apomagnitofonisi minimatos, vgale ta stoixeia epikoinonias:",
}
SAY = {"en": ["you can reach me on", "my number is", "call me back on", "its"],
       "de": ["meine nummer ist", "rufen sie mich an unter", "erreichbar unter", "also"],
       "fr": ["mon numéro c'est le", "rappelez-moi au", "vous pouvez me joindre au", "donc"],
       "nl": ["mijn nummer is", "bel me terug op", "je kunt me bereiken op", "dus"],
       "es": ["mi número es el", "llámeme al", "me puede localizar en el", "o sea"],
       "it": ["il mio numero è", "mi richiami al", "mi trova al", "allora"],
       "pt": ["o meu número é", "ligue-me para o", "pode ligar para o", "pronto"],
       "pl": ["mój numer to", "proszę oddzwonić na", "numer telefonu", "no"],
       "sv": ["mitt nummer är", "ring mig på", "du når mig på", "alltså"],
       "da": ["mit nummer er", "ring til mig på", "du kan fange mig på", "altså"],
       "no": ["nummeret mitt er", "ring meg på", "du når meg på", "altså"],
       "fi": ["mun numero on", "soita takaisin numeroon", "tavoitat minut numerosta", "eli"],
       "cs": ["moje číslo je", "zavolejte mi na", "zastihnete mě na", "takže"],
       "hu": ["a számom", "hívjon vissza ezen", "elér ezen a számon", "szóval"],
       "tr": ["numaram", "beni şu numaradan arayın", "bana ulaşabilirsiniz", "yani"],
       "ro": ["numărul meu e", "sunați-mă la", "mă găsiți la", "deci"],
       "el": ["to noumero mou einai", "pareste me sto", "tha me vreite sto", "diladi"]}
FILL = {"en": ["uh", "um", "er"], "de": ["äh", "ähm"], "fr": ["euh", "bah"], "nl": ["eh", "uhm"],
        "es": ["eh", "este"], "it": ["ehm", "cioè"], "pt": ["hum", "tipo"], "pl": ["yyy", "eee"],
        "sv": ["eh", "öh"], "da": ["øh", "æh"], "no": ["eh", "øh"], "fi": ["öö", "tota"],
        "cs": ["ehm", "no"], "hu": ["öö", "hát"], "tr": ["ııı", "şey"], "ro": ["ăă", "păi"],
        "el": ["e", "dld"]}


def c_spoken(lg, doc):
    cc = COUNTRY[lg]
    digits = bare(cc)
    k = R.randrange(3) if lg in TEENS else R.choice([0, 2])
    if k == 0:  # one by one, double/triple
        said = words_of(lg, with_repeats(digits))
    elif k == 1:  # pairs said as numbers after the trunk/area
        head = digits[:2] if len(digits) % 2 == 0 else digits[:3]
        said = " ".join(DIGW[lg][int(c)] for c in head)
        rest = digits[len(head):]
        said += " " + " ".join(pair_word(lg, int(rest[i:i + 2])) for i in range(0, len(rest), 2))
    else:  # digits and words mixed
        parts = []
        w = DIGW[lg]
        for c in with_repeats(digits):
            parts.append(c if R.random() < 0.45 else w[int(c)])
        said = " ".join(parts)
        if not any(p.isalpha() for p in parts):
            said = w[int(digits[0])] + said[1:]
    doc.t(R.choice(FILL[lg]) + " " + R.choice(["hi", "hallo", "bonjour", "hola", "ciao", "hej"]) + " " + R.choice(FILL[lg]) + " ")
    doc.t(TOPIC[lg].lower() + " " + R.choice(SAY[lg]) + " ")
    doc.s("PHONE_NUMBER", said).t(" " + R.choice(FILL[lg]) + " " + R.choice(["thanks bye", "danke tschüss", "merci au revoir", "gracias", "grazie", "tack hej då", "kiitos", "dzięki"]) + "\n")
    q = R.randrange(4)
    w = DIGW[lg]
    if q == 0:
        doc.t(R.choice(["order number", "bestellnummer", "numéro de commande", "ordernummer", "número de pedido"]) + " ").s("NEG_ORDER", words_of(lg, with_repeats(d(8)))).t("\n")
    elif q == 1 and lg in TEENS:
        doc.t(R.choice(["account", "konto", "compte", "rekening", "cuenta", "conto"]) + " ").s("NEG_ACCOUNT", " ".join(pair_word(lg, R.randint(10, 99)) for _ in range(4))).t("\n")
    elif q == 2:
        doc.t(R.choice(["ticket", "reference", "referenz", "référence", "referentie"]) + " ").s("NEG_TICKET", " ".join(w[int(c)] if R.random() < 0.5 else c for c in d(7))).t("\n")
    else:
        doc.t(R.choice(["meter reading", "zählerstand", "relevé", "meterstand", "lectura"]) + " ").s("NEG_METER", words_of(lg, with_repeats(d(6)))).t("\n")


FULLW = str.maketrans("0123456789+()-/", "０１２３４５６７８９＋（）－／")
CHAR_SEPS = [("\u2011", "nbhyphen"), ("\u00a0", "nbsp"), ("\u2009", "thin"), ("\u202f", "nnbsp"),
             ("\u00b7", "middot"), ("&#32;", "ent32"), ("&nbsp;", "entnbsp"), ("&#8209;", "ent8209"),
             ("\u2007", "figure"), ("\u2012", "figdash"), ("\u2013", "endash"), ("&#x2011;", "enthex")]


def c_chars(lg, doc):
    cc = COUNTRY[lg]
    tr, a, s = number(cc)
    g = sub_groups(cc, s)
    groups = ([tr + a] if tr + a else []) + g
    if R.random() < 0.35:
        groups = ["+" + CC[cc]] + ([a] if a else []) + g
    k = R.randrange(len(CHAR_SEPS) + 2)
    if k >= len(CHAR_SEPS):
        v = R.choice([" ", "-", ""]).join(groups).translate(FULLW)
        shape = "fullwidth"
    else:
        sep, shape = CHAR_SEPS[k]
        if R.random() < 0.25:  # the digits full-width, an entity's own digits not
            groups = [x.translate(FULLW) for x in groups]
            shape += "_fw"
        v = sep.join(groups)
    lab = R.choice(["Tel", "Tél.", "Telefon", "Tlf", "Puh", "Tel.", "Mob", "Phone", "Telefone", "Τηλ"])
    m = R.randrange(3)
    if m == 0:
        doc.t("<td>" + lab + "</td><td>").s("PHONE_NUMBER", v).t("</td>\n")
    elif m == 1:
        doc.t(lab + ": ").s("PHONE_NUMBER", v).t("\n")
    else:
        doc.t("| " + lab + " | ").s("PHONE_NUMBER", v).t(" |\n")
    sep = CHAR_SEPS[k][0] if k < len(CHAR_SEPS) else " "
    q = R.randrange(5)
    if q == 0:
        doc.t("Order: ").s("NEG_ORDER", sep.join([d(3), d(3), d(4)])).t("\n")
    elif q == 1:
        doc.t("Date: ").s("NEG_DATE", sep.join(["20%02d" % R.randint(24, 26), "%02d" % R.randint(1, 12), "%02d" % R.randint(1, 28)])).t("\n")
    elif q == 2:
        doc.t("Total: ").s("NEG_AMOUNT", sep.join([str(R.randint(1, 99)), d(3)]) + ",%02d" % R.randint(0, 99)).t(" EUR\n")
    elif q == 3:
        doc.t("Account: ").s("NEG_ACCOUNT", (sep.join([d(4), d(4), d(2)])).translate(FULLW) if R.random() < 0.5 else sep.join([d(4), d(4), d(2)])).t("\n")
    else:
        doc.t("Postcode: ").s("NEG_POSTCODE", sep.join([d(3), d(2)])).t("\n")
    return shape


SHAPES = [("national", c_national, 100), ("telurl", c_telurl, 50), ("ext", c_ext, 50),
          ("pair", c_pair, 50), ("adjacent", c_adjacent, 50), ("spoken", c_spoken, 100),
          ("chars", c_chars, 100)]


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
            ask = SPOKEN_ASK[lg] if cls == "spoken" else ASK[lg]
            body, spans = ask_body(api, ask, doc.text, doc.spans, ascii_, i % 2 == 1)
            meta = {"locale": lg, "class": cls, "country": COUNTRY[lg], "api": api,
                    "ascii": ascii_}
            if shape:
                meta["shape"] = shape
            append_body(records, body, spans, meta)
            i += 1
    write_json(records)


main()
