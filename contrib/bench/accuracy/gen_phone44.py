#!/usr/bin/env python3
"""gen_phone44.py: numbers that are not phone numbers, beside real phone numbers, written from
the sixteenth blind set's public brief (its run.sh title and README row; never its generator or
data) and the operational records around it, before any phone detector rule was read or hush
was run on it (branch phone44). A tune set.

Each record holds look-alikes (NEG_ spans) and most hold real phones (PHONE_NUMBER) in the same
text, so a veto that drops a real phone shows as a miss. Look-alike labels: NEG_CODE (trial,
subject, batch, badge, card, licence, permit, tow, ticket, donor, registry, serial and company
numbers), NEG_CASENO (case and file numbers), NEG_METER (meter and supply-point ids: MaLo,
MPAN, MPRN, EAN-18, GSRN, PDL, PCE, CUPS, POD, PDR, CPE, PPE), NEG_ORDER (order, invoice and
booking numbers), NEG_TRACKING (parcel numbers), NEG_DATE (dates in every digit layout),
NEG_TIMESTAMP (a date with a time, ISO and compact timestamps, epoch seconds and milliseconds),
NEG_TIME (times and time ranges), NEG_COORD (coordinates), NEG_VERSION (versions and builds),
NEG_GTIN (GTINs, UPCs, ISBNs, UDIs), NEG_NUMBER (amounts, measurements, scores, ranges).
Tax and social-security numbers (class `natid`) are personal data, not look-alikes: they stay
unlabelled (no NEG_ span), so a PHONE finding on one counts as a false PHONE only; the ones
another hush detector owns (DE tax id and SVNR, FR NIR, NL BSN, UK NINO and NHS) and the ones
none owns (PESEL, CPR, personnummer, fødselsnummer, HETU, rodné číslo, TAJ, TCKN, CNP, AMKA,
NIF, DNI) are counted apart in that class. Street addresses whose house number sits next to a
postcode are STREET_ADDRESS gold (class `address`).

Phones: 17 countries (the sixteenth set's languages: en=UK, de, fr, nl, es, it, pt, pl, sv, da,
no, fi, cs, hu, tr, ro, el) and US, AT, CH, BE, in national and international formats: spaced,
dotted, slashed, dashed, bracketed trunk prefixes, `00` prefixes, DIN 5008 extensions, words for
an extension after the number (outside the gold span), `tel:` URIs, wa.me links and ISO 20022's
`+49-301234567`; after their labels (`Tel.`, `Tél.`, `Telefon`, `Tlf.`, `Puh.`, `Tel. kom.`,
`Mobil`, `GSM`, `Cell`, `Handy`, `Fax`, `Τηλ.`...) and unlabelled in signatures and tables.

Classes (metadata.class): aer, crf, accident, tow, sepa, energy, badge, licence, caseno, donor,
orders, hotel, datetime, coords, version, product, natid, address, muster, signature, tmx,
maternity, drugtest, benefit. Writes JSON (the names_tune3.json format) to stdout;
deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json  # noqa: E402

rng = random.Random(20261205 + 44)
records = []


class D(Doc):
    records = records

    def neg(self, label, v):
        return self.span("NEG_" + label, v)

    def ph(self, v):
        return self.span("PHONE_NUMBER", v)


def dg(n, first="0123456789"):
    """n random digits, the first drawn from `first`."""
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def pick(*xs):
    return rng.choice(xs)


LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "hu", "tr", "ro", "el"]

# ---- people (a few per record, labelled) ---------------------------------------------------------
NAMES = {
    "en": (["Oliver", "Hannah", "Rebecca", "Thomas", "Sarah"], ["Ashworth", "Fletcher", "Brennan", "Harding"]),
    "de": (["Maria", "Jonas", "Ulrike", "Tobias", "Katrin"], ["Keller", "Weber", "Lindner", "Krause"]),
    "fr": (["Camille", "Mathieu", "Claire", "Julien"], ["Dupont", "Lefèvre", "Moreau", "Girard"]),
    "nl": (["Sanne", "Pieter", "Femke", "Joost"], ["Jansen", "Visser", "Bakker", "Mulder"]),
    "es": (["Javier", "Lucía", "Pilar", "Sergio"], ["García", "Navarro", "Romero", "Ortega"]),
    "it": (["Giulia", "Matteo", "Chiara", "Davide"], ["Rossi", "Bianchi", "Colombo", "Ricci"]),
    "pt": (["João", "Inês", "Tiago", "Mariana"], ["Ferreira", "Carvalho", "Sousa", "Almeida"]),
    "pl": (["Katarzyna", "Piotr", "Agnieszka", "Tomasz"], ["Kowalczyk", "Wójcik", "Nowak", "Mazur"]),
    "sv": (["Sven", "Ingrid", "Karin", "Anders"], ["Lindqvist", "Andersson", "Holm", "Nyberg"]),
    "da": (["Mette", "Rasmus", "Freja", "Mikkel"], ["Sørensen", "Jørgensen", "Madsen", "Nielsen"]),
    "no": (["Sigrid", "Lars", "Kari", "Håkon"], ["Haugen", "Johansen", "Bakke", "Solberg"]),
    "fi": (["Aino", "Mikko", "Johanna", "Juha"], ["Virtanen", "Korhonen", "Mäkinen", "Nieminen"]),
    "cs": (["Jana", "Petr", "Lucie", "Martin"], ["Novák", "Svobodová", "Dvořák", "Černá"]),
    "hu": (["Eszter", "Bence", "Anna", "Gábor"], ["Nagy", "Kovács", "Tóth", "Szabó"]),
    "tr": (["Ayşe", "Mehmet", "Zeynep", "Emre"], ["Yılmaz", "Kaya", "Demir", "Şahin"]),
    "ro": (["Andreea", "Mihai", "Ioana", "Bogdan"], ["Popescu", "Ionescu", "Stoica", "Munteanu"]),
    "el": (["Eleni", "Giorgos", "Maria", "Nikos"], ["Papadopoulos", "Georgiou", "Oikonomou", "Dimitriou"]),
}


def name(lg):
    g, s = NAMES[lg]
    return rng.choice(g) + " " + rng.choice(s)


# ---- phones ------------------------------------------------------------------------------------
def grp(digits, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(digits[i:i + n])
        i += n
    if i < len(digits):
        out.append(digits[i:])
    return sep.join(out)


def phone(cc, mobile=None, intl=None):
    """A phone number of country cc as people write it: (text, digits in E.164 without '+')."""
    if mobile is None:
        mobile = rng.random() < 0.6
    if intl is None:
        intl = rng.random() < 0.45
    sep = rng.choice([" ", " ", " ", "-", ".", ""]) if rng.random() < 0.5 else " "
    if cc == "en":
        if mobile:
            sub = "7" + dg(1, "1345789") + dg(8)
            nat = "0" + sub[:4] + pick(" ", "", "-") + sub[4:]
            it = "+44 " + sub[:4] + " " + sub[4:]
        else:
            if rng.random() < 0.5:
                sub = "20" + dg(1, "378") + dg(7)
                nat = "020 " + sub[2:6] + " " + sub[6:]
                it = pick("+44 20 ", "+44 (0)20 ") + sub[2:6] + " " + sub[6:]
            else:
                sub = pick("161", "113", "117", "121", "131", "141") + dg(7)
                nat = "0" + sub[:3] + pick(" ", "-") + sub[3:6] + pick(" ", "-") + sub[6:]
                it = "+44 " + sub[:3] + " " + sub[3:6] + " " + sub[6:]
        return (it if intl else nat), "44" + sub
    if cc == "us":
        a, b, c = dg(3, "2345689"), dg(3, "2345679"), dg(4)
        sub = a + b + c
        forms = ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c),
                 "+1 %s %s %s" % (a, b, c), "+1 (%s) %s-%s" % (a, b, c), "1-%s-%s-%s" % (a, b, c)]
        return rng.choice(forms[3:] if intl else forms[:3]), "1" + sub
    if cc == "de":
        if mobile:
            pre = pick("151", "152", "157", "160", "170", "171", "172", "175", "176", "177", "179")
            rest = dg(rng.choice((7, 8)))
            sub = pre + rest
            nat = rng.choice(["0%s %s" % (pre, rest), "0%s-%s" % (pre, rest), "0%s/%s" % (pre, rest),
                              "0%s %s %s" % (pre, rest[:3], rest[3:]), "(0%s) %s" % (pre, rest)])
            it = rng.choice(["+49 %s %s" % (pre, rest), "+49 (0)%s %s" % (pre, rest), "0049 %s %s" % (pre, rest),
                             "+49 %s %s %s" % (pre, rest[:3], rest[3:]), "+49%s%s" % (pre, rest)])
        else:
            pre = pick("30", "40", "89", "69", "221", "711", "511", "351", "911", "6221", "8031")
            rest = dg(10 - len(pre) if len(pre) < 4 else 6, "123456789")
            sub = pre + rest
            ext = ("-" + dg(rng.choice((1, 2, 3)))) if rng.random() < 0.25 else ""
            nat = rng.choice(["0%s %s" % (pre, rest), "0%s/%s" % (pre, rest), "0%s / %s" % (pre, grp(rest, [3, 3, 2])),
                              "(0%s) %s" % (pre, grp(rest, [4])), "0%s-%s" % (pre, rest), "0%s %s" % (pre, grp(rest, [2, 2, 2, 2])[:len(rest) + 3])]) + ext
            it = rng.choice(["+49 %s %s" % (pre, rest), "+49 (0)%s %s" % (pre, rest), "+49 %s %s" % (pre, grp(rest, [4]))]) + ext
            sub += ext[1:]
        return (it if intl else nat), "49" + sub
    if cc == "at":
        pre = pick("664", "660", "676", "699") if mobile else pick("1", "316", "512", "662")
        rest = dg(7 if mobile else (7 if pre == "1" else 6), "123456789")
        return ("+43 %s %s" % (pre, grp(rest, [3, 2, 2])) if intl else "0%s %s" % (pre, grp(rest, [3, 2, 2]))), "43" + pre + rest
    if cc == "ch":
        pre = pick("76", "77", "78", "79") if mobile else pick("44", "31", "61", "21", "22")
        rest = dg(7, "123456789")
        return ("+41 %s %s" % (pre, grp(rest, [3, 2, 2])) if intl else "0%s %s" % (pre, grp(rest, [3, 2, 2]))), "41" + pre + rest
    if cc == "fr":
        first = pick("6", "7") if mobile else pick("1", "2", "3", "4", "5", "9")
        rest = dg(8)
        s = sep if sep in (" ", ".", "-", "") else " "
        nat = "0" + first + s + grp(rest, [2, 2, 2, 2], s)
        it = pick("+33 ", "+33 (0)", "0033 ") + first + " " + grp(rest, [2, 2, 2, 2])
        return (it if intl else nat), "33" + first + rest
    if cc == "be":
        if mobile:
            pre, rest = pick("470", "475", "476", "486", "496"), dg(6)
            nat, it = "0%s %s" % (pre, grp(rest, [2, 2, 2])), "+32 %s %s" % (pre, grp(rest, [2, 2, 2]))
        else:
            pre, rest = pick("2", "3", "9"), dg(7, "23456789")
            nat, it = "0%s %s" % (pre, grp(rest, [3, 2, 2])), "+32 %s %s" % (pre, grp(rest, [3, 2, 2]))
        return (it if intl else nat), "32" + pre + rest
    if cc == "nl":
        if mobile:
            rest = dg(8)
            nat = pick("06-", "06 ", "06-", "(06) ") + pick(rest, grp(rest, [4]), grp(rest, [2, 2, 2, 2]))
            it = pick("+31 6 ", "+31 (0)6 ", "+316") + rest
            sub = "6" + rest
        else:
            pre = pick("20", "10", "70", "30", "40", "50")
            rest = dg(7, "123456789")
            nat = "0%s%s%s" % (pre, pick("-", " ", " - "), pick(rest, grp(rest, [3]), grp(rest, [3, 2, 2])))
            it = "+31 %s %s" % (pre, grp(rest, [3]))
            sub = pre + rest
        return (it if intl else nat), "31" + sub
    if cc == "es":
        if mobile:
            sub = pick("6", "7") + dg(8)
            nat = pick(grp(sub, [3, 3, 3]), grp(sub, [3, 2, 2, 2]), sub)
        else:
            sub = "9" + dg(1, "1345") + dg(7)
            nat = pick(grp(sub, [2, 3, 2, 2]), grp(sub, [3, 3, 3]))
        it = pick("+34 ", "(+34) ", "0034 ") + pick(grp(sub, [3, 3, 3]), sub, grp(sub, [3, 2, 2, 2]))
        return (it if intl else nat), "34" + sub
    if cc == "it":
        if mobile:
            sub = "3" + dg(1, "234789") + dg(1) + dg(7)
            nat = pick(grp(sub, [3, 3, 4]), grp(sub, [3]), sub[:3] + "/" + sub[3:], sub[:3] + "-" + sub[3:])
            it = pick("+39 ", "0039 ", "+39") + pick(grp(sub, [3, 3, 4]), grp(sub, [3]))
        else:
            pre = pick("06", "02", "011", "055", "081", "051")
            rest = dg(10 - len(pre), "123456789")
            sub = pre + rest
            nat = pre + pick(" ", "/", "-", ".") + pick(rest, grp(rest, [4]))
            it = "+39 " + pre + " " + grp(rest, [4])
        return (it if intl else nat), "39" + sub
    if cc == "pt":
        sub = (pick("91", "92", "93", "96") + dg(7)) if mobile else (pick("21", "22", "23", "25", "28", "29") + dg(7))
        nat = pick(grp(sub, [3, 3, 3]), grp(sub, [2, 3, 2, 2]) if not mobile else grp(sub, [3, 3, 3]), sub)
        it = pick("+351 ", "(+351) ", "00351 ") + grp(sub, [3, 3, 3])
        return (it if intl else nat), "351" + sub
    if cc == "pl":
        if mobile:
            sub = pick("5", "6", "7", "8") + dg(8)
            nat = pick(grp(sub, [3, 3, 3]), grp(sub, [3, 3, 3], "-"), sub)
        else:
            sub = pick("22", "12", "61", "71", "58") + dg(7, "2345678")
            nat = pick(grp(sub, [2, 3, 2, 2]), "(%s) %s" % (sub[:2], grp(sub[2:], [3, 2, 2], "-")), "%s %s" % (sub[:2], sub[2:]))
        it = pick("+48 ", "0048 ", "+48") + pick(grp(sub, [3, 3, 3]), grp(sub, [2, 3, 2, 2]) if not mobile else grp(sub, [3, 3, 3], "-"))
        return (it if intl else nat), "48" + sub
    if cc == "sv":
        if mobile:
            sub = "7" + pick("0", "2", "3", "6") + dg(7)
            nat = pick("0%s-%s" % (sub[:2], grp(sub[2:], [3, 2, 2])), "0%s %s" % (sub[:2], grp(sub[2:], [3, 2, 2])), "0%s-%s" % (sub[:2], sub[2:]))
            it = "+46 %s %s" % (sub[:2], grp(sub[2:], [3, 2, 2]))
        else:
            pre = pick("8", "31", "40", "18", "90")
            rest = dg(9 - len(pre) if pre != "8" else rng.choice((7, 8)), "123456789")
            sub = pre + rest
            nat = "0%s-%s" % (pre, pick(rest, grp(rest, [3, 2, 2]) if len(rest) == 7 else grp(rest, [3, 3, 2]) if len(rest) == 8 else grp(rest, [2, 2, 2])))
            it = "+46 %s %s" % (pre, grp(rest, [3]))
        return (it if intl else nat), "46" + sub
    if cc == "da":
        sub = (pick("2", "3", "4", "5", "6", "9")) + dg(7, "0123456789") if mobile else pick("3", "4", "7", "8", "9") + dg(7)
        nat = pick(grp(sub, [2, 2, 2, 2]), grp(sub, [4]))
        it = pick("+45 ", "0045 ", "(+45) ") + nat
        return (it if intl else nat), "45" + sub
    if cc == "no":
        sub = (pick("4", "9") + dg(7)) if mobile else (pick("2", "3", "5", "7") + dg(7))
        nat = grp(sub, [3, 2, 3]) if mobile else pick(grp(sub, [2, 2, 2, 2]), sub)
        it = pick("+47 ", "0047 ", "(+47) ") + nat
        return (it if intl else nat), "47" + sub
    if cc == "fi":
        if mobile:
            pre = pick("40", "41", "44", "45", "50")
            rest = dg(7)
        else:
            pre = pick("9", "2", "3", "13", "14")
            rest = dg(7 if len(pre) == 1 else 6, "123456789")
        sub = pre + rest
        nat = "0%s%s%s" % (pre, pick(" ", "-", " "), pick(grp(rest, [3]), rest, grp(rest, [4])))
        it = "+358 %s %s" % (pre, grp(rest, [3]))
        return (it if intl else nat), "358" + sub
    if cc == "cs":
        sub = (pick("60", "70", "72", "73", "77") + dg(7)) if mobile else (pick("2", "5") + dg(8))
        nat = pick(grp(sub, [3, 3, 3]), sub)
        it = pick("+420 ", "00420 ", "+420") + grp(sub, [3, 3, 3])
        return (it if intl else nat), "420" + sub
    if cc == "hu":
        if mobile:
            pre, rest = pick("20", "30", "70"), dg(7, "123456789")
            nat = pick("06 %s %s" % (pre, grp(rest, [3])), "06-%s-%s" % (pre, grp(rest, [3], "-")), "(06-%s) %s" % (pre, grp(rest, [3], "-")), "06%s%s" % (pre, rest))
            it = pick("+36 %s %s" % (pre, grp(rest, [3])), "+36-%s-%s" % (pre, grp(rest, [3], "-")), "+36 (%s) %s" % (pre, grp(rest, [3])))
        else:
            pre = pick("1", "52", "62", "72", "96")
            rest = dg(7 if pre == "1" else 6, "123456789")
            nat = "06 %s %s" % (pre, grp(rest, [3]))
            it = "+36 %s %s" % (pre, grp(rest, [3]))
        return (it if intl else nat), "36" + pre + rest
    if cc == "tr":
        pre = pick("532", "533", "535", "542", "505", "555") if mobile else pick("212", "216", "312", "232")
        rest = dg(7, "123456789")
        r = grp(rest, [3, 2, 2])
        nat = pick("0%s %s" % (pre, r), "0 (%s) %s" % (pre, r), "(0%s) %s" % (pre, r), "0%s%s" % (pre, rest), "0%s-%s" % (pre, grp(rest, [3, 2, 2], "-")))
        it = pick("+90 %s %s" % (pre, r), "+90 (%s) %s" % (pre, r), "0090 %s %s" % (pre, r))
        return (it if intl else nat), "90" + pre + rest
    if cc == "ro":
        if mobile:
            sub = "7" + pick("2", "4", "5", "6", "8") + dg(7)
            nat = pick("0" + grp(sub, [3, 3, 3]), "0" + grp(sub, [3, 3, 3], "."), "0" + sub)
            it = pick("+40 ", "0040 ", "+40") + grp(sub, [3, 3, 3])
        else:
            sub = pick("21", "31") + dg(7, "23456789")
            nat = "0%s %s" % (sub[:2], grp(sub[2:], [3]))
            it = "+40 %s %s" % (sub[:2], grp(sub[2:], [3]))
        return (it if intl else nat), "40" + sub
    if cc == "el":
        if mobile:
            sub = "69" + dg(1, "0345789") + dg(7)
            nat = pick(grp(sub, [3, 3, 4]), sub, grp(sub, [3, 7]))
        else:
            sub = pick("210", "2310", "2610", "2810")
            sub += dg(10 - len(sub), "123456789")
            nat = pick(grp(sub, [3, 3, 4]) if len(sub) == 10 and sub.startswith("210") else grp(sub, [4]), sub)
        it = pick("+30 ", "0030 ", "(+30) ") + nat
        return (it if intl else nat), "30" + sub
    raise ValueError(cc)


CC_OF = {"en": ["en", "en", "en", "us"], "de": ["de", "de", "de", "at", "ch"], "fr": ["fr", "fr", "fr", "be", "ch"],
         "nl": ["nl", "nl", "be"], "es": ["es"], "it": ["it"], "pt": ["pt"], "pl": ["pl"], "sv": ["sv"], "da": ["da"],
         "no": ["no"], "fi": ["fi"], "cs": ["cs"], "hu": ["hu"], "tr": ["tr"], "ro": ["ro"], "el": ["el"]}

PHONE_LABELS = {
    "en": ["Tel.", "Tel:", "Phone:", "Mobile:", "Cell:", "Cell", "Fax:", "T:", "M:", "Phone"],
    "de": ["Tel.", "Tel.:", "Telefon:", "Handy:", "Mobil:", "Fax:", "Tel.-Nr.:", "Rufnummer:", "Telefon"],
    "fr": ["Tél.", "Tél. :", "Téléphone :", "Portable :", "Mobile :", "Fax :", "Tel"],
    "nl": ["Tel.", "Telefoon:", "Mobiel:", "GSM:", "Fax:", "Tel:"],
    "es": ["Tel.", "Teléfono:", "Móvil:", "Tfno.:", "Fax:"],
    "it": ["Tel.", "Telefono:", "Cell.", "Cellulare:", "Fax", "tel."],
    "pt": ["Tel.", "Telefone:", "Telemóvel:", "Tlm.", "Fax:"],
    "pl": ["Tel.", "Tel. kom.", "Telefon:", "Fax:", "Komórka:", "tel."],
    "sv": ["Tel.", "Telefon:", "Mobil:", "Mobiltelefon:", "Fax:", "Tfn"],
    "da": ["Tlf.", "Telefon:", "Mobil:", "Fax:", "Tlf.nr.:"],
    "no": ["Tlf.", "Telefon:", "Mobil:", "Mob.:", "Tlf:"],
    "fi": ["Puh.", "Puhelin:", "Matkapuhelin:", "GSM", "Fax", "puh."],
    "cs": ["Tel.", "Telefon:", "Mobil:", "Tel. č.:", "tel."],
    "hu": ["Tel.", "Telefon:", "Mobil:", "Telefonszám:", "Fax:"],
    "tr": ["Tel:", "Telefon:", "Cep:", "GSM:", "Faks:", "Cep Tel:"],
    "ro": ["Tel.", "Telefon:", "Mobil:", "Fax:", "Tel:"],
    "el": ["Τηλ.", "Τηλέφωνο:", "Κινητό:", "Fax:", "Τηλ:"],
}
EXT_WORD = {"en": " ext. ", "de": " Durchwahl ", "fr": " poste ", "nl": " toestel ", "es": " ext. ", "it": " int. ",
            "pt": " ext. ", "pl": " wew. ", "sv": " ankn. ", "da": " lokal ", "no": " linje ", "fi": " alanumero ",
            "cs": " linka ", "hu": " mellék ", "tr": " dahili ", "ro": " int. ", "el": " εσωτ. "}


def put_phone(d, lg, label=True, cc=None, mobile=None, intl=None):
    """Appends a phone of one of lg's countries, after its label (or none), sometimes with an
    extension word, a tel: URI or a wa.me link."""
    cc = cc or rng.choice(CC_OF[lg])
    text, e164 = phone(cc, mobile, intl)
    if label:
        lab = label if isinstance(label, str) else rng.choice(PHONE_LABELS[lg])
        d.t(lab + " ")
    k = rng.random()
    if k < 0.06:
        d.t("tel:").ph("+" + e164)
    elif k < 0.1:
        d.t('<a href="tel:').ph("+" + e164).t('">').ph(text).t("</a>")
    elif k < 0.14:
        d.t("https://wa.me/").ph(e164)
    else:
        d.ph(text)
        if rng.random() < 0.08:
            d.t(EXT_WORD[lg] + dg(rng.choice((2, 3, 4)), "123456789"))
    return d


# ---- dates and times ---------------------------------------------------------------------------
def ymd(lo=2019, hi=2025):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def hms():
    return rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)


DATE_LAYOUTS = [
    lambda y, m, d: "%02d %02d %04d" % (d, m, y), lambda y, m, d: "%04d %02d %02d" % (y, m, d),
    lambda y, m, d: "%02d.%02d.%04d" % (d, m, y), lambda y, m, d: "%02d/%02d/%04d" % (d, m, y),
    lambda y, m, d: "%02d/%02d/%04d" % (m, d, y), lambda y, m, d: "%02d-%02d-%04d" % (d, m, y),
    lambda y, m, d: "%04d-%02d-%02d" % (y, m, d), lambda y, m, d: "%04d/%02d/%02d" % (y, m, d),
    lambda y, m, d: "%d.%d.%02d" % (d, m, y % 100), lambda y, m, d: "%02d %02d %02d" % (d, m, y % 100),
    lambda y, m, d: "%04d%02d%02d" % (y, m, d), lambda y, m, d: "%02d%02d%04d" % (d, m, y),
    lambda y, m, d: "%04d.%02d.%02d." % (y, m, d), lambda y, m, d: "%04d. %02d. %02d." % (y, m, d),
    lambda y, m, d: "%d. %d. %04d" % (d, m, y), lambda y, m, d: "%02d.%02d.%02d" % (d, m, y % 100),
    lambda y, m, d: "%02d-%02d-%02d" % (y % 100, m, d), lambda y, m, d: "%04d.%02d.%02d" % (y, m, d),
]


def a_date(lo=2019, hi=2025):
    return rng.choice(DATE_LAYOUTS)(*ymd(lo, hi))


def a_time(sec=None):
    h, mi, s = hms()
    if sec is None:
        sec = rng.random() < 0.3
    return ("%02d:%02d:%02d" % (h, mi, s)) if sec else pick("%02d:%02d" % (h, mi), "%02d.%02d" % (h, mi), "%dh%02d" % (h, mi), "%02d%02d" % (h, mi))


def a_timestamp():
    y, m, d = ymd()
    h, mi, s = hms()
    return rng.choice([
        "%02d.%02d.%04d %02d:%02d" % (d, m, y, h, mi), "%02d/%02d/%04d %02d:%02d:%02d" % (d, m, y, h, mi, s),
        "%04d-%02d-%02d %02d:%02d:%02d" % (y, m, d, h, mi, s), "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, d, h, mi, s),
        "%04d-%02d-%02dT%02d:%02d:%02d+0%d:00" % (y, m, d, h, mi, s, rng.randint(1, 3)),
        "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, m, d, h, mi, s, rng.randint(0, 999)),
        "%04d%02d%02dT%02d%02d%02dZ" % (y, m, d, h, mi, s), "%04d%02d%02d%02d%02d%02d" % (y, m, d, h, mi, s),
        "%02d %02d %04d %02d %02d" % (d, m, y, h, mi), "%04d %02d %02d %02d:%02d" % (y, m, d, h, mi),
        "%02d-%02d-%04d %02d:%02d" % (d, m, y, h, mi), "%04d-%02d-%02d %02d:%02d:%02d,%03d" % (y, m, d, h, mi, s, rng.randint(0, 999)),
        "%d" % rng.randint(1546300800, 1767225600), "%d" % (rng.randint(1546300800, 1767225600) * 1000 + rng.randint(0, 999)),
        "%04d.%02d.%02d. %02d:%02d" % (y, m, d, h, mi), "%02d/%02d/%04d %dh%02d" % (d, m, y, h, mi),
    ])


# ---- amounts, measurements ---------------------------------------------------------------------
def amount():
    a, c = rng.randint(1, 999999), rng.randint(0, 99)
    return rng.choice(["%d.%02d" % (a, c), "{:,}".format(a).replace(",", ".") + ",%02d" % c,
                       "{:,}".format(a).replace(",", " ") + ",%02d" % c, "{:,}".format(a) + ".%02d" % c,
                       "%d,%02d" % (a, c), "{:,}".format(a).replace(",", "\u00a0") + ",%02d" % c])


# ---- ids ---------------------------------------------------------------------------------------
def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2:
            v = v * 2 - 9 if v > 4 else v * 2
        t += v
    return t % 10 == 0


def mod97_iban(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return cc + "%02d" % (98 - int(num) % 97) + bban


def iban_de():
    return mod97_iban("DE", dg(8, "123456789") + dg(10))


def gtin13(prefix=None):
    body = (prefix or dg(3, "3456789")) + dg(12 - len(prefix or "000"))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def isbn13():
    body = "978" + dg(9)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def meter(lg):
    """(label, value) of a meter or supply-point id in lg's country."""
    return rng.choice({
        "de": [("MaLo-ID", dg(11, "123456789")), ("Marktlokations-ID", dg(11, "123456789")),
               ("Zählernummer", "1ESY" + dg(10)), ("Zähler-Nr.", dg(8)), ("Zählpunkt", "DE000" + dg(6) + "00000000000" + dg(13))],
        "en": [("MPAN", "%02d %03d %03d %s %s %s" % (rng.randint(0, 8), rng.randint(800, 899), rng.randint(100, 999), dg(2), dg(4), dg(4) + " " + dg(3))),
               ("MPAN core", dg(13, "12")), ("MPRN", dg(rng.choice((8, 9, 10)), "123456789")), ("Meter serial", dg(2) + "A" + dg(7))],
        "fr": [("PDL", dg(14, "01")), ("PRM", grp(dg(14, "01"), [4, 4, 4])), ("PCE", "GI" + dg(6)), ("PCE", dg(14)), ("N° compteur", dg(12))],
        "nl": [("EAN-code", "871" + dg(15)), ("EAN", "8716" + dg(14)), ("EAN (BE)", "5414" + dg(14)), ("Meternummer", dg(10))],
        "es": [("CUPS", "ES" + dg(16) + rng.choice(["AB", "JN", "FP", "KL"]) + pick("", "0F", "1P")), ("CUPS", "ES " + grp(dg(16), [4, 4, 4, 4]) + " " + rng.choice(["AB", "JN"])), ("Nº contador", dg(9))],
        "it": [("POD", "IT001E" + dg(8)), ("PDR", dg(14)), ("Matricola contatore", dg(8))],
        "pt": [("CPE", "PT" + dg(16) + rng.choice(["LX", "DB", "TG"])), ("CPE", "PT " + grp(dg(16), [4, 4, 4, 4]) + " LX"), ("CUI", "PT" + dg(16) + "GN")],
        "pl": [("PPE", "590" + dg(15)), ("Nr PPE", "PL" + dg(16)), ("Nr licznika", dg(8))],
        "sv": [("Anläggnings-ID", "735999" + dg(12)), ("Mätar-ID", dg(8))],
        "da": [("Målepunkt-ID", "571313" + dg(12)), ("Målernummer", dg(8))],
        "no": [("Målepunkt-ID", "707057" + dg(12)), ("Målernummer", dg(7))],
        "fi": [("Käyttöpaikka", "643006" + dg(12)), ("Käyttöpaikkatunnus", dg(7))],
        "cs": [("EAN", "859182400" + dg(9)), ("EIC", "27ZG" + dg(9) + "X"), ("Číslo elektroměru", dg(8))],
        "hu": [("POD", "HU000" + dg(3) + "F11-S" + dg(14)), ("Mérőóra gyári szám", dg(8))],
        "tr": [("Tesisat No", dg(10)), ("Sayaç No", dg(8))],
        "ro": [("POD", "RO005E" + dg(9)), ("NLC", dg(7)), ("Cod loc consum", dg(10))],
        "el": [("Αρ. Παροχής", "%d %s %s %s %d" % (rng.randint(1, 9), dg(8), dg(2), dg(1), rng.randint(0, 9))), ("Αρ. Μετρητή", dg(8))],
    }[lg])


ORDER_LABEL = {"en": "Order no.", "de": "Bestellnr.", "fr": "N° de commande", "nl": "Bestelnummer", "es": "Nº de pedido",
               "it": "N. ordine", "pt": "N.º encomenda", "pl": "Nr zamówienia", "sv": "Ordernummer", "da": "Ordrenummer",
               "no": "Ordrenummer", "fi": "Tilausnumero", "cs": "Číslo objednávky", "hu": "Rendelésszám", "tr": "Sipariş No",
               "ro": "Nr. comandă", "el": "Αρ. παραγγελίας"}
INVOICE_LABEL = {"en": "Invoice", "de": "Rechnungsnr.", "fr": "Facture n°", "nl": "Factuurnummer", "es": "Factura nº",
                 "it": "Fattura n.", "pt": "Fatura n.º", "pl": "Faktura nr", "sv": "Fakturanr", "da": "Fakturanr.",
                 "no": "Fakturanr.", "fi": "Laskun numero", "cs": "Faktura č.", "hu": "Számlaszám", "tr": "Fatura No",
                 "ro": "Factura nr.", "el": "Αρ. τιμολογίου"}
DATE_LABEL = {"en": "Date", "de": "Datum", "fr": "Date", "nl": "Datum", "es": "Fecha", "it": "Data", "pt": "Data",
              "pl": "Data", "sv": "Datum", "da": "Dato", "no": "Dato", "fi": "Päivämäärä", "cs": "Datum", "hu": "Dátum",
              "tr": "Tarih", "ro": "Data", "el": "Ημερομηνία"}
CONTACT = {"en": "Contact", "de": "Kontakt", "fr": "Contact", "nl": "Contact", "es": "Contacto", "it": "Contatto",
           "pt": "Contacto", "pl": "Kontakt", "sv": "Kontakt", "da": "Kontakt", "no": "Kontakt", "fi": "Yhteystiedot",
           "cs": "Kontakt", "hu": "Kapcsolat", "tr": "İletişim", "ro": "Contact", "el": "Επικοινωνία"}


def order_no():
    return rng.choice(["%s-%s-%s" % (dg(3), dg(7), dg(7)), dg(10, "1234"), "%s %s %s" % (dg(4), dg(4), dg(2)),
                       "%d-%s" % (rng.randint(2020, 2025), dg(6)), dg(8), "#" + dg(6), "%s/%d" % (dg(5), rng.randint(2020, 2025))])


def invoice_no():
    return rng.choice(["%d-%s" % (rng.randint(2020, 2025), dg(6)), "RE-%d-%s" % (rng.randint(2020, 2025), dg(5)), dg(10),
                       "%s %s" % (dg(4), dg(4)), "%d/%s" % (rng.randint(2020, 2025), dg(4)), "FV/%s/%02d/%d" % (dg(3), rng.randint(1, 12), rng.randint(2020, 2025)),
                       "%s.%s.%s" % (dg(2), dg(3), dg(3))])


def tracking():
    return rng.choice([("DHL", "00340434" + dg(12)), ("DHL", "JJD00" + dg(16)), ("UPS", "1Z" + dg(3) + "E" + dg(2) + dg(10)),
                       ("DPD", dg(14, "0")), ("GLS", dg(11)), ("PostNL", "3S" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)) + dg(9)),
                       ("La Poste", "6A" + dg(11)), ("Correos", "PQ" + dg(22)), ("Poste Italiane", dg(12)),
                       ("Hermes", "H" + dg(19)), ("InPost", dg(24)), ("PostNord", "00" + dg(18)), ("DHL Express", dg(10)),
                       ("Royal Mail", "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + dg(9) + "GB"),
                       ("Posti", "JJFI" + dg(14)), ("ELTA", "EL" + dg(9) + "GR"), ("Yurtiçi Kargo", dg(12)), ("Fan Courier", dg(13)),
                       ("Česká pošta", "DR" + dg(9) + "CZ"), ("Magyar Posta", "JJH" + dg(17)), ("CTT", "RR" + dg(9) + "PT"),
                       ("DHL", grp(dg(12, "0"), [4, 4, 4])), ("FedEx", dg(12)), ("FedEx", grp(dg(12), [4, 4, 4]))])


# ---- classes -----------------------------------------------------------------------------------
def aer(lg):
    d = D(lg, "aer")
    y = rng.randint(2020, 2025)
    k = rng.randrange(3)
    if k == 0:
        d.t("CIOMS FORM\nSUSPECT ADVERSE REACTION REPORT\nMfr. control no.: ").neg("CODE", pick("%sDE%s" % (y, dg(6)), "%s-%s" % (dg(2), dg(7)), "PV-%d-%s" % (y, dg(6))))
        d.t("\n1. PATIENT INITIALS: " + pick("M.K.", "J W", "PRIVACY") + "   2. COUNTRY: " + lg.upper() + "\n")
        d.t("4-6. REACTION ONSET: ").neg("DATE", a_date(y, y)).t("\n7+13 DESCRIBE REACTION(S): rash after dose ").neg("NUMBER", "%d" % rng.randint(2, 4)).t("\n")
        d.t("14. SUSPECT DRUG(S): ").t(pick("Amoxicillin", "Ibuprofen", "Adalimumab")).t(" Lot/Batch: ").neg("CODE", pick(dg(7), "%s%s" % (pick("AB", "KX", "T"), dg(5)), "%s-%s" % (dg(4), dg(3))))
        d.t("\n15. DAILY DOSE(S): ").neg("NUMBER", pick("500 mg", "2 x 40 mg", "1 200 mg")).t("\n18. THERAPY DATES: ").neg("DATE", a_date(y, y)).t(" - ").neg("DATE", a_date(y, y))
        d.t("\n24b. MFR CONTROL NO. ").neg("CODE", dg(2) + "-" + dg(6)).t("\n24c. DATE RECEIVED BY MANUFACTURER ").neg("DATE", a_date(y, y)).t("\n")
        d.t("REPORTER: ").span("PERSON", name(lg)).t(", ")
        put_phone(d, lg).t("\n")
    elif k == 1:
        d.t("MedWatch 3500A\nA1. Patient identifier: ").neg("CODE", pick(dg(6), "PT-" + dg(5), dg(3) + "-" + dg(4))).t("  A2. Age: ").neg("NUMBER", str(rng.randint(18, 90)) + " yrs")
        d.t("  A4. Weight: ").neg("NUMBER", pick("%d kg" % rng.randint(40, 120), "%d lb" % rng.randint(90, 260), "%d.%d kg" % (rng.randint(40, 120), rng.randint(0, 9))))
        d.t("\nB3. Date of event: ").neg("DATE", "%02d/%02d/%04d" % (rng.randint(1, 12), rng.randint(1, 28), y)).t("  B4. Date of this report: ").neg("DATE", "%02d/%02d/%04d" % (rng.randint(1, 12), rng.randint(1, 28), y))
        d.t("\nB6. Relevant tests: ALT ").neg("NUMBER", "%d U/L" % rng.randint(20, 400)).t(", INR ").neg("NUMBER", "%d.%d" % (rng.randint(1, 4), rng.randint(0, 9))).t("\n")
        d.t("C. NDC# ").neg("CODE", "%s-%s-%s" % (dg(5), dg(3), dg(2))).t("  Lot# ").neg("CODE", dg(6)).t("  Exp. date ").neg("DATE", "%02d/%04d" % (rng.randint(1, 12), y + 2)).t("\n")
        d.t("G1. Contact office: ")
        put_phone(d, "en", label="Phone", cc="us").t("  ")
        put_phone(d, "en", label="Fax", cc="us").t("\nG8. Manufacturer report number: ").neg("CODE", "%s-%d-%s" % (dg(7), y, dg(5))).t("\n")
    else:
        d.t("<ichicsr>\n <safetyreport>\n  <safetyreportid>").neg("CODE", "%s-%s-%d%s" % (lg.upper(), pick("BAYER", "PFIZER", "ROCHE"), y, dg(6))).t("</safetyreportid>\n")
        d.t("  <receivedate>").neg("DATE", "%04d%02d%02d" % ymd(y, y)).t("</receivedate>\n  <transmissiondate>").neg("DATE", "%04d%02d%02d" % ymd(y, y)).t("</transmissiondate>\n")
        d.t("  <reporter><reportergivename>").span("PERSON", name(lg).split()[0]).t("</reportergivename><reportertel>").ph(phone(rng.choice(CC_OF[lg]), None, True)[0]).t("</reportertel></reporter>\n")
        d.t("  <drug><drugbatchnumb>").neg("CODE", dg(rng.choice((6, 8, 10)))).t("</drugbatchnumb><drugstartdate>").neg("DATE", "%04d%02d%02d" % ymd(y, y)).t("</drugstartdate>")
        d.t("<drugcumulativedosagenumb>").neg("NUMBER", str(rng.randint(100, 99999))).t("</drugcumulativedosagenumb></drug>\n </safetyreport>\n</ichicsr>\n")
    d.done()


def crf(lg):
    d = D(lg, "crf")
    site = dg(3, "123456789")
    d.t("Protocol ").neg("CODE", pick("%s-%s" % (pick("ABC", "XR", "ONC"), dg(3)), "%d-%s-%s" % (rng.randint(2019, 2024), dg(6), dg(2)))).t("  EudraCT ").neg("CODE", "%d-%s-%s" % (rng.randint(2015, 2023), dg(6), dg(2)))
    d.t("\nSite: " + site + "   Subject ID: ").neg("CODE", pick(site + "-" + dg(4), site + dg(4), "%s %s" % (site, dg(4)), "S" + site + "-" + dg(3))).t("   Randomisation no.: ").neg("CODE", dg(rng.choice((4, 5, 6))))
    d.t("\nVisit " + str(rng.randint(1, 12)) + " date: ").neg("DATE", a_date()).t("   Time of dosing: ").neg("TIME", a_time())
    d.t("\nVital signs: BP ").neg("NUMBER", "%d/%d" % (rng.randint(95, 170), rng.randint(55, 100))).t(" mmHg, pulse ").neg("NUMBER", str(rng.randint(50, 110))).t(" bpm, temp ").neg("NUMBER", "%d.%d" % (rng.randint(35, 39), rng.randint(0, 9))).t(" °C")
    d.t("\nKit number dispensed: ").neg("CODE", dg(rng.choice((5, 6, 7)))).t("   Kits returned: " + str(rng.randint(0, 3)))
    d.t("\nLab sample ID: ").neg("CODE", pick(dg(10), "%s %s %s" % (dg(3), dg(3), dg(4)), "%s-%s" % (dg(5), dg(5)))).t("\n")
    if rng.random() < 0.8:
        d.t("Study coordinator: ").span("PERSON", name(lg)).t(", ")
        put_phone(d, lg).t("\n")
    d.done()


ACC = {"en": ("Date of accident", "time", "Policy no.", "Green card no.", "Driving licence no.", "Registration"),
       "de": ("Unfalldatum", "Uhrzeit", "Versicherungsschein-Nr.", "Grüne Karte Nr.", "Führerschein-Nr.", "Amtl. Kennzeichen"),
       "fr": ("Date de l'accident", "heure", "N° de contrat", "N° de carte verte", "Permis de conduire n°", "N° d'immatriculation"),
       "it": ("Data dell'incidente", "ora", "Polizza n.", "Carta verde n.", "Patente n.", "Targa"),
       "es": ("Fecha del accidente", "hora", "Nº de póliza", "Nº carta verde", "Permiso de conducir nº", "Matrícula"),
       "nl": ("Datum ongeval", "uur", "Polisnummer", "Groenekaartnummer", "Rijbewijsnummer", "Kenteken"),
       "pt": ("Data do acidente", "hora", "Apólice n.º", "Carta verde n.º", "Carta de condução n.º", "Matrícula")}


def accident(lg):
    lg = lg if lg in ACC else rng.choice(list(ACC))
    d = D(lg, "accident")
    L = ACC[lg]
    d.t("1. " + L[0] + ": ").neg("DATE", a_date()).t("  " + L[1] + ": ").neg("TIME", a_time(False)).t("\n")
    for side in "AB":
        d.t("VEHICLE " + side + "\n6. " + L[2] + ": ").neg("CODE", pick(dg(10), "%s %s %s" % (dg(3), dg(3), dg(3)), "%s/%s" % (dg(5), dg(6)), "%s.%s.%s" % (dg(2), dg(3), dg(4))))
        d.t("\n   " + L[3] + ": ").neg("CODE", "%s/%s/%s" % (pick("D", "F", "I", "E", "NL"), dg(3), dg(8)))
        d.t("\n7. " + L[4] + ": ").neg("CODE", pick(dg(9), "B" + dg(10), dg(2) + " " + dg(6) + " " + dg(3), "%s%s" % (pick("U1", "MI"), dg(7) + "X")))
        d.t("\n   " + L[5] + ": " + pick("M-KL 4521", "AB-123-CD", "GE 123456", "1234 BCD", "12-AB-34", "ZH 45678") + "\n")
        if rng.random() < 0.75:
            d.t("   " + name_label(lg) + ": ").span("PERSON", name(lg)).t("  ")
            put_phone(d, lg).t("\n")
    d.t("Km: ").neg("NUMBER", pick("%d km" % rng.randint(1000, 250000), "{:,} km".format(rng.randint(1000, 250000)).replace(",", "."))).t("\n")
    d.done()


def name_label(lg):
    return {"en": "Driver", "de": "Fahrer", "fr": "Conducteur", "it": "Conducente", "es": "Conductor", "nl": "Bestuurder",
            "pt": "Condutor"}.get(lg, "Name")


def tow(lg):
    d = D(lg, "tow")
    k = rng.randrange(2)
    if k == 0:
        d.t("VEHICLE RELEASE FORM\nTow ticket #: ").neg("CODE", pick(dg(7), "%d-%s" % (rng.randint(2020, 2025), dg(7)), "T" + dg(6))).t("\nImpound lot no.: ").neg("CODE", pick(dg(5), dg(3) + "-" + dg(3)))
        d.t("\nTowed: ").neg("TIMESTAMP", a_timestamp()).t("   Released: ").neg("TIMESTAMP", a_timestamp())
        d.t("\nVIN: WVWZZZ1JZ" + dg(1) + "W" + dg(6) + "   Odometer: ").neg("NUMBER", str(rng.randint(10000, 250000)))
        d.t("\nFees: tow ").neg("NUMBER", amount()).t(" + storage ").neg("NUMBER", "%d x %d.00" % (rng.randint(1, 14), rng.randint(15, 40))).t("\nCase/Report no.: ").neg("CASENO", pick("%d-%s" % (rng.randint(20, 25), dg(6)), dg(8), "%s/%d" % (dg(5), rng.randint(2020, 2025))))
        d.t("\nOwner: ").span("PERSON", name(lg)).t("  ")
        put_phone(d, lg).t("\nYard: ")
        put_phone(d, lg, label=False).t("\n")
    else:
        dl = {"de": "Abschleppauftrag Nr.", "fr": "Bon d'enlèvement n°", "it": "Verbale di rimozione n.", "es": "Acta de retirada nº",
              "nl": "Wegsleepbon nr.", "pl": "Dyspozycja usunięcia pojazdu nr"}.get(lg, "Tow order no.")
        d.t(dl + " ").neg("CODE", pick("%s/%d" % (dg(4), rng.randint(2020, 2025)), dg(9), "%s %s" % (dg(3), dg(4)))).t(", ").neg("TIMESTAMP", a_timestamp()).t(". ")
        d.t(pick("Abholung", "Retrait", "Ritiro", "Pick-up", "Recogida") + " " + pick("Mo–Fr", "lun.-ven.", "Mon-Fri") + " ").neg("TIME", "%02d:00-%02d:00" % (rng.randint(6, 9), rng.randint(16, 20))).t(", ")
        put_phone(d, lg).t(". Ref. ").neg("CASENO", "%s-%s" % (dg(2), dg(6))).t("\n")
    d.done()


def sepa(lg):
    d = D(lg, "sepa")
    y = rng.randint(2021, 2025)
    k = rng.randrange(3)
    if k == 0:
        d.t("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\"><CstmrCdtTrfInitn><GrpHdr>\n<MsgId>").neg("CODE", pick("MSG-%d%s-%s" % (y, dg(4), dg(6)), dg(16), "%d%s%s" % (y, dg(4), dg(8))))
        d.t("</MsgId>\n<CreDtTm>").neg("TIMESTAMP", "%04d-%02d-%02dT%02d:%02d:%02d" % (ymd(y, y) + hms())).t("</CreDtTm>\n<NbOfTxs>" + str(rng.randint(1, 40)) + "</NbOfTxs>\n<CtrlSum>").neg("NUMBER", "%d.%02d" % (rng.randint(10, 999999), rng.randint(0, 99)))
        d.t("</CtrlSum>\n<InitgPty><Nm>").span("PERSON", name(lg)).t("</Nm><CtctDtls><PhneNb>")
        cc = rng.choice(CC_OF[lg])
        _, e = phone(cc, None, True)
        ccode = {"1": 1, "7": 1}.get(e[0], 0)
        for n in (1, 2, 3):
            if e[:n] in ("1", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46", "47", "48", "49", "90", "351", "358", "420"):
                ccode = n
        d.ph("+" + e[:ccode] + "-" + e[ccode:]).t("</PhneNb></CtctDtls></InitgPty></GrpHdr>\n<PmtInf><PmtInfId>").neg("CODE", "PMT-%d-%s" % (y, dg(5)))
        d.t("</PmtInfId><ReqdExctnDt><Dt>").neg("DATE", "%04d-%02d-%02d" % ymd(y, y)).t("</Dt></ReqdExctnDt>\n<DbtrAcct><Id><IBAN>").span("IBAN_CODE", iban_de()).t("</IBAN></Id></DbtrAcct>\n")
        d.t("<CdtTrfTxInf><PmtId><EndToEndId>").neg("CODE", pick("E2E%s" % dg(14), "%s-%s-%s" % (dg(4), dg(4), dg(4)), "RE %s" % dg(8), dg(12))).t("</EndToEndId></PmtId>")
        d.t("<Amt><InstdAmt Ccy=\"EUR\">").neg("NUMBER", "%d.%02d" % (rng.randint(1, 99999), rng.randint(0, 99))).t("</InstdAmt></Amt>\n<RmtInf><Ustrd>").neg("ORDER", "Rechnung " + invoice_no()).t("</Ustrd></RmtInf></CdtTrfTxInf></PmtInf>\n")
    elif k == 1:
        d.t("<DrctDbtTxInf><PmtId><EndToEndId>").neg("CODE", pick(dg(18), "%s %s" % (dg(6), dg(6)), "NOTPROVIDED" if rng.random() < 0.1 else dg(10))).t("</EndToEndId></PmtId>\n")
        d.t("<InstdAmt Ccy=\"EUR\">").neg("NUMBER", "%d.%02d" % (rng.randint(1, 999), rng.randint(0, 99))).t("</InstdAmt>\n<DrctDbtTx><MndtRltdInf><MndtId>").neg("CODE", pick("MNDT-%d-%s" % (y, dg(6)), dg(12), "%s/%s" % (dg(6), dg(3)))).t("</MndtId>")
        d.t("<DtOfSgntr>").neg("DATE", "%04d-%02d-%02d" % ymd(y - 3, y)).t("</DtOfSgntr></MndtRltdInf>\n<CdtrSchmeId><Id><PrvtId><Othr><Id>").neg("CODE", "DE%02dZZZ0%s" % (rng.randint(10, 99), dg(10))).t("</Id></Othr></PrvtId></Id></CdtrSchmeId></DrctDbtTx>\n")
        d.t("<Dbtr><Nm>").span("PERSON", name(lg)).t("</Nm></Dbtr><DbtrAcct><Id><IBAN>").span("IBAN_CODE", iban_de()).t("</IBAN></Id></DbtrAcct>\n")
        if rng.random() < 0.6:
            d.t("<!-- debtor asked to be called back: ")
            put_phone(d, lg, label=False).t(" -->\n")
    else:
        d.t("<Ntry><NtryRef>").neg("CODE", dg(rng.choice((9, 12, 16)))).t("</NtryRef><Amt Ccy=\"EUR\">").neg("NUMBER", "%d.%02d" % (rng.randint(1, 99999), rng.randint(0, 99))).t("</Amt>\n")
        d.t("<BookgDt><Dt>").neg("DATE", "%04d-%02d-%02d" % ymd(y, y)).t("</Dt></BookgDt><ValDt><Dt>").neg("DATE", "%04d-%02d-%02d" % ymd(y, y)).t("</Dt></ValDt>\n")
        d.t("<AcctSvcrRef>").neg("CODE", pick("%s%s" % (dg(4), dg(12)), "%s-%s" % (dg(8), dg(6)))).t("</AcctSvcrRef><BkTxCd><Prtry><Cd>NTRF+").neg("CODE", "%03d+%s" % (rng.randint(100, 999), dg(4))).t("</Cd></Prtry></BkTxCd>\n")
        d.t("<RmtInf><Ustrd>").neg("ORDER", ORDER_LABEL[lg] + " " + order_no()).t(" / KD-NR ").neg("CODE", dg(rng.choice((7, 8, 9)))).t("</Ustrd></RmtInf>\n")
        d.t("<RltdPties><Dbtr><Nm>").span("PERSON", name(lg)).t("</Nm></Dbtr></RltdPties></Ntry>\n")
    d.done()


ENERGY_HEAD = {"de": "Lieferantenwechsel – Auftrag", "en": "Switch request", "fr": "Demande de changement de fournisseur",
               "nl": "Overstapformulier energie", "es": "Solicitud de cambio de comercializadora", "it": "Richiesta di switching",
               "pt": "Pedido de mudança de comercializador", "pl": "Wniosek o zmianę sprzedawcy", "sv": "Leverantörsbyte",
               "da": "Leverandørskifte", "no": "Leverandørbytte", "fi": "Sähkösopimuksen vaihto", "cs": "Změna dodavatele",
               "hu": "Szolgáltatóváltás", "tr": "Tedarikçi değişikliği", "ro": "Schimbare furnizor", "el": "Αλλαγή παρόχου"}
READING = {"de": "Zählerstand", "en": "Meter reading", "fr": "Index", "nl": "Meterstand", "es": "Lectura", "it": "Lettura",
           "pt": "Leitura", "pl": "Stan licznika", "sv": "Mätarställning", "da": "Målerstand", "no": "Målerstand",
           "fi": "Lukema", "cs": "Stav měřidla", "hu": "Mérőállás", "tr": "Endeks", "ro": "Index", "el": "Ένδειξη"}


def energy(lg):
    d = D(lg, "energy")
    d.t(ENERGY_HEAD[lg] + "\n")
    seen = set()
    for _ in range(rng.randint(2, 3)):
        lab, v = meter(lg)
        if lab in seen:
            continue
        seen.add(lab)
        d.t(lab + ": ").neg("METER", v).t("\n")
    d.t(READING[lg] + ": ").neg("NUMBER", pick("%s,%d kWh" % (dg(6), rng.randint(0, 9)), "%d kWh" % rng.randint(100, 99999), "{:,} kWh".format(rng.randint(1000, 99999)).replace(",", " "), "%s m³" % dg(5)))
    d.t(" (" + DATE_LABEL[lg].lower() + " ").neg("DATE", a_date()).t(")\n")
    d.t({"de": "Kundennummer", "en": "Account no.", "fr": "N° client", "nl": "Klantnummer", "es": "Nº de cliente", "it": "Codice cliente",
         "pt": "N.º cliente", "pl": "Nr klienta", "sv": "Kundnummer", "da": "Kundenummer", "no": "Kundenummer", "fi": "Asiakasnumero",
         "cs": "Zákaznické číslo", "hu": "Ügyfélazonosító", "tr": "Müşteri No", "ro": "Cod client", "el": "Αρ. πελάτη"}[lg] + ": ")
    d.neg("CODE", pick(dg(8), dg(10), "%s %s %s" % (dg(3), dg(3), dg(3)), "%s-%s" % (dg(4), dg(6)))).t("\n")
    d.t(name_label2(lg) + ": ").span("PERSON", name(lg)).t("\n")
    put_phone(d, lg).t("\n")
    if rng.random() < 0.4:
        put_phone(d, lg, mobile=True).t("\n")
    d.done()


def name_label2(lg):
    return {"de": "Name", "en": "Name", "fr": "Nom", "nl": "Naam", "es": "Nombre", "it": "Nome", "pt": "Nome", "pl": "Imię i nazwisko",
            "sv": "Namn", "da": "Navn", "no": "Navn", "fi": "Nimi", "cs": "Jméno", "hu": "Név", "tr": "Ad Soyad", "ro": "Nume",
            "el": "Ονοματεπώνυμο"}[lg]


def badge(lg):
    d = D(lg, "badge")
    if rng.random() < 0.6:
        d.t("timestamp;door;badge;result\n")
        for _ in range(rng.randint(3, 6)):
            d.neg("TIMESTAMP", a_timestamp()).t(";" + pick("D-01", "LOBBY-IN", "GATE 3", "R%d" % rng.randint(100, 499)) + ";")
            d.neg("CODE", pick(dg(6), dg(8), dg(10), "%s %s" % (dg(4), dg(4)), "0x" + "".join(rng.choice("0123456789ABCDEF") for _ in range(8)))).t(";" + pick("GRANTED", "DENIED", "OK") + "\n")
        if rng.random() < 0.7:
            d.t("# security desk ")
            put_phone(d, lg, label=False).t("\n")
    else:
        d.t("Badge enrolment\n" + name_label2(lg) + ": ").span("PERSON", name(lg)).t("\nEmployee no.: ").neg("CODE", dg(rng.choice((5, 6, 7, 8))))
        d.t("\nCard no.: ").neg("CODE", pick(dg(10), "%s %s %s" % (dg(4), dg(4), dg(2)), dg(3) + "-" + dg(5), dg(12)))
        d.t("\nFacility code: " + dg(3) + "\nValid from ").neg("DATE", a_date()).t(" to ").neg("DATE", a_date())
        d.t("\nAccess profile: ").neg("TIME", "%02d:00–%02d:00" % (rng.randint(5, 9), rng.randint(17, 22))).t("\n")
        put_phone(d, lg, mobile=True).t("\n")
    d.done()


LIC = {"de": ["Waffenbesitzkarte Nr.", "Jagdschein Nr.", "Europäischer Feuerwaffenpass Nr."], "en": ["Firearm certificate no.", "Shotgun certificate no.", "Hunting licence no."],
       "fr": ["Permis de chasser n°", "Autorisation de détention n°"], "it": ["Porto d'armi n.", "Licenza di caccia n."],
       "es": ["Licencia de armas nº", "Licencia de caza nº"], "sv": ["Vapenlicens nr", "Jaktkort nr"], "no": ["Våpenkort nr.", "Jegerkort nr."],
       "da": ["Våbentilladelse nr.", "Jagttegn nr."], "fi": ["Aseenkantolupa nro", "Metsästyskortti nro"], "cs": ["Zbrojní průkaz č.", "Lovecký lístek č."],
       "hu": ["Fegyvertartási engedély száma", "Vadászjegy száma"], "pl": ["Pozwolenie na broń nr", "Legitymacja PZŁ nr"],
       "nl": ["Jachtakte nr.", "Verlof nr."], "pt": ["Licença de uso e porte de arma n.º", "Carta de caçador n.º"],
       "tr": ["Ruhsat No", "Avcılık Belgesi No"], "ro": ["Permis de armă nr.", "Permis de vânătoare nr."], "el": ["Άδεια οπλοφορίας αρ.", "Άδεια θήρας αρ."]}


def licence(lg):
    d = D(lg, "licence")
    labs = LIC[lg]
    for lab in rng.sample(labs, min(2, len(labs))):
        d.t(lab + " ").neg("CODE", pick("%s/%d" % (dg(3), rng.randint(2005, 2025)), "%s-%s" % (dg(2), dg(6)), dg(8), "%s %s" % (dg(3), dg(4)), "%s/%s" % (dg(2), dg(5)), "%d-%s" % (rng.randint(2005, 2025), dg(5))))
        d.t(", " + pick("issued", "ausgestellt", "délivré", "rilasciato") + " ").neg("DATE", a_date(2005, 2025)).t(", " + pick("valid until", "gültig bis", "valable jusqu'au", "valido fino al") + " ").neg("DATE", a_date(2025, 2032)).t("\n")
    d.t(name_label2(lg) + ": ").span("PERSON", name(lg)).t("\n")
    d.t(pick("Calibre", "Kaliber", "Calibro") + ": ").neg("NUMBER", pick(".308 Win", "12/70", "9 x 19", "7x64", "6,5x55", ".22 LR")).t("   " + pick("Serial no.", "Waffennummer", "Matricola", "N° de série") + ": ").neg("CODE", pick(dg(6), "%s%s" % (pick("A", "BK", "Z"), dg(6)), "%s-%s" % (dg(3), dg(5))))
    d.t("\n" + pick("Issuing authority", "Behörde", "Autorité", "Autorità") + " ")
    put_phone(d, lg).t("\n")
    d.done()


CASE = {"de": ["Az.", "Aktenzeichen", "Geschäftszeichen", "Vorgangsnummer"], "en": ["Case no.", "File ref.", "Claim number", "Our ref."],
        "fr": ["Dossier n°", "N° RG", "Référence"], "it": ["R.G. n.", "Pratica n.", "Protocollo n."], "es": ["Expediente nº", "Nº de expediente"],
        "nl": ["Zaaknummer", "Dossiernummer", "Kenmerk"], "pt": ["Processo n.º", "Ref.ª"], "pl": ["Sygn. akt", "Nr sprawy"],
        "sv": ["Diarienummer", "Ärendenummer"], "da": ["Sagsnummer", "J.nr."], "no": ["Saksnummer", "Vår ref."], "fi": ["Diaarinumero", "Asianumero"],
        "cs": ["Č. j.", "Spisová značka"], "hu": ["Ügyszám", "Iktatószám"], "tr": ["Dosya No", "Esas No"], "ro": ["Dosar nr.", "Nr. înregistrare"],
        "el": ["Αρ. πρωτ.", "Αρ. φακέλου"]}
CASE_CTX = ["whistle", "natur", "housing", "background", "court"]


def caseno_value(lg):
    y = rng.randint(2018, 2025)
    return rng.choice(["%d %s %s/%02d" % (rng.randint(1, 40), pick("O", "C", "Ca", "K"), dg(rng.choice((2, 3, 4))), y % 100),
                       "%d-%s" % (y, dg(6)), "%s/%d" % (dg(5), y), "%s %s %s" % (dg(3), dg(3), dg(3)), "%d/%s/%s" % (y, dg(4), dg(2)),
                       "%s.%s.%s" % (dg(2), dg(4), dg(4)), "%s-%s-%s" % (dg(3), dg(2), dg(4)), dg(11), "%d %s" % (y, dg(7)),
                       "WB-%d-%s" % (y, dg(4)), "%s/%s/%d" % (dg(3), dg(2), y), "NOR INTN%d%sD" % (y % 100, dg(5))])


def caseno(lg):
    d = D(lg, "caseno")
    labs = CASE[lg]
    ctx = rng.choice(CASE_CTX)
    head = {"whistle": "Whistleblowing report – intake", "natur": "Naturalisation / citizenship file", "housing": "Social housing application",
            "background": "Background check request", "court": "Court correspondence"}[ctx]
    d.t(head + "\n")
    for lab in rng.sample(labs, min(2, len(labs))):
        d.t(lab + " ").neg("CASENO", caseno_value(lg)).t("\n")
    d.t(DATE_LABEL[lg] + ": ").neg("DATE", a_date()).t("\n")
    if ctx == "natur":
        d.t("Décret n° ").neg("CASENO", "%d-%s" % (rng.randint(2019, 2025), dg(3))).t(" du ").neg("DATE", a_date()).t(", JO n° ").neg("CODE", "0" + dg(3)).t(", texte n° " + str(rng.randint(1, 150)) + "\n")
    elif ctx == "housing":
        d.t("Household size: " + str(rng.randint(1, 7)) + ", income ").neg("NUMBER", amount()).t(" EUR/year, points ").neg("NUMBER", str(rng.randint(10, 250))).t(", waiting since ").neg("DATE", a_date(2015, 2024)).t("\n")
    elif ctx == "background":
        d.t("Request ID ").neg("CODE", pick("BGC-" + dg(8), dg(12), "%s-%s-%s" % (dg(4), dg(4), dg(4)))).t(", package " + pick("Standard", "Enhanced") + ", turnaround ").neg("NUMBER", "%d-%d days" % (rng.randint(2, 4), rng.randint(5, 10))).t("\n")
    elif ctx == "whistle":
        d.t("Received via hotline at ").neg("TIMESTAMP", a_timestamp()).t("; amount involved ").neg("NUMBER", amount()).t(" EUR\n")
    d.t(CONTACT[lg] + ": ").span("PERSON", name(lg)).t(", ")
    put_phone(d, lg).t("\n")
    d.done()


def donor(lg):
    d = D(lg, "donor")
    d.t(pick("Donor registration", "Stammzellspender-Registrierung", "Inscription au registre des donneurs", "Registro donatori") + "\n")
    d.t("Donor ID: ").neg("CODE", pick("%s-%s-%s" % (dg(4), dg(4), dg(1)), dg(10), "DE-" + dg(9), "%s %s %s" % (dg(3), dg(3), dg(3)), "GRID " + lg.upper() + dg(13)))
    d.t("\nRegistry: " + pick("DKMS", "ZKRD", "Anthony Nolan", "France Greffe de Moelle", "IBMDR", "Matchis") + "  Registry no. ").neg("CODE", dg(rng.choice((6, 7, 8, 9))))
    d.t("\nHLA: A*").neg("CODE", "%02d:%02d" % (rng.randint(1, 80), rng.randint(1, 99))).t(", B*").neg("CODE", "%02d:%02d" % (rng.randint(7, 58), rng.randint(1, 99))).t("\nBlood group " + pick("A+", "0-", "B+", "AB+") + ", weight ").neg("NUMBER", "%d kg" % rng.randint(50, 110)).t(", height ").neg("NUMBER", "%d cm" % rng.randint(150, 200))
    d.t("\nSwab kit: ").neg("CODE", dg(rng.choice((8, 10, 12)))).t(" received ").neg("DATE", a_date()).t("\n")
    d.t(name_label2(lg) + ": ").span("PERSON", name(lg)).t("\n")
    put_phone(d, lg, mobile=True).t("\n")
    if rng.random() < 0.4:
        d.t("Emergency contact: ")
        put_phone(d, lg, label=False).t("\n")
    d.done()


def orders(lg):
    d = D(lg, "orders")
    k = rng.randrange(3)
    if k == 0:
        d.t(ORDER_LABEL[lg] + " ").neg("ORDER", order_no()).t(" – " + INVOICE_LABEL[lg] + " ").neg("ORDER", invoice_no()).t("\n")
        car, num = tracking()
        d.t(car + " ").neg("TRACKING", num).t("\n" + DATE_LABEL[lg] + ": ").neg("DATE", a_date()).t("  Total: ").neg("NUMBER", amount()).t(" EUR\n")
        d.t(pick("Customer service", "Kundenservice", "Service client", "Servizio clienti") + ": ")
        put_phone(d, lg, label=False, mobile=False).t("\n")
    elif k == 1:
        d.t(pick("Booking reference", "Buchungsnummer", "Référence de réservation", "Codice prenotazione", "Localizador") + ": ").neg("ORDER", pick(dg(10), "%s %s %s" % (dg(4), dg(3), dg(3)), dg(3) + "-" + dg(7), "#" + dg(9)))
        d.t("\nConfirmation: ").neg("ORDER", pick(dg(8), "%s.%s.%s" % (dg(3), dg(3), dg(3)), "CNF-" + dg(7)))
        d.t("\nCheck-in ").neg("DATE", a_date()).t(" from ").neg("TIME", a_time(False)).t(", check-out ").neg("DATE", a_date()).t(" until ").neg("TIME", a_time(False))
        d.t("\nGuest: ").span("PERSON", name(lg)).t(", ")
        put_phone(d, lg).t("\n")
    else:
        d.t("| " + ORDER_LABEL[lg] + " | " + DATE_LABEL[lg] + " | Tracking | Total |\n|---|---|---|---|\n")
        for _ in range(rng.randint(2, 4)):
            car, num = tracking()
            d.t("| ").neg("ORDER", order_no()).t(" | ").neg("DATE", a_date()).t(" | ").neg("TRACKING", num).t(" | ").neg("NUMBER", amount()).t(" |\n")
        d.t("\nQuestions? ")
        put_phone(d, lg, mobile=False).t("\n")
    d.done()


def hotel(lg):
    d = D(lg, "hotel")
    d.t("NIGHT AUDIT REPORT  Business date ").neg("DATE", a_date()).t("  Run at ").neg("TIME", a_time(True)).t("\n")
    d.t("Room | Folio | Guest | Balance | Phone\n")
    for _ in range(rng.randint(2, 4)):
        d.t(str(rng.randint(101, 699)) + " | ").neg("CODE", pick(dg(6), dg(7), "F" + dg(6))).t(" | ").span("PERSON", name(lg)).t(" | ").neg("NUMBER", amount()).t(" | ")
        if rng.random() < 0.7:
            d.ph(phone(rng.choice(CC_OF[lg]))[0])
        else:
            d.t("-")
        d.t("\n")
    d.t("Occupancy ").neg("NUMBER", "%d.%d %%" % (rng.randint(30, 99), rng.randint(0, 9))).t("  ADR ").neg("NUMBER", amount()).t("  RevPAR ").neg("NUMBER", amount()).t("\n")
    d.t("Housekeeping: rooms ").neg("NUMBER", "%d-%d" % (rng.randint(101, 150), rng.randint(151, 199))).t(" floor " + str(rng.randint(1, 6)) + " by ").neg("TIME", "%02d:%02d" % (rng.randint(10, 14), rng.choice((0, 15, 30, 45)))).t("\n")
    d.done()


def datetime_(lg):
    d = D(lg, "datetime")
    k = rng.randrange(4)
    if k == 0:
        for _ in range(rng.randint(3, 5)):
            d.neg("TIMESTAMP", a_timestamp()).t(" " + pick("INFO", "WARN", "ERROR") + " " + pick("sync done", "retry", "door forced", "job finished", "upload ok") + " id=").neg("CODE", dg(rng.choice((6, 8, 10, 12)))).t("\n")
        put_phone(d, lg, label=pick("on-call", "oncall:", "Rufbereitschaft")).t("\n")
    elif k == 1:
        d.t(pick("Meeting moved to", "Termin verschoben auf", "Rendez-vous reporté au", "Appuntamento spostato al", "Cita cambiada al") + " ").neg("DATE", a_date()).t(" " + pick("at", "um", "à", "alle", "a las") + " ").neg("TIME", a_time(False))
        d.t(". " + pick("Previous", "Alt", "Ancien", "Precedente") + ": ").neg("TIMESTAMP", a_timestamp()).t(". ")
        put_phone(d, lg).t("\n")
    elif k == 2:
        d.t("shift,start,end,break\n")
        for _ in range(rng.randint(2, 4)):
            d.neg("DATE", a_date()).t(",").neg("TIME", a_time(False)).t(",").neg("TIME", a_time(False)).t(",").neg("NUMBER", pick("30", "45", "0:30", "00:45")).t("\n")
        d.t("supervisor,")
        put_phone(d, lg, label=False).t("\n")
    else:
        d.t(pick("Opening hours", "Öffnungszeiten", "Horaires", "Orari", "Horario") + ": ").neg("TIME", "%02d:%02d-%02d:%02d" % (rng.randint(6, 10), rng.choice((0, 30)), rng.randint(16, 20), rng.choice((0, 30))))
        d.t(", ").neg("TIME", "%02d.%02d–%02d.%02d" % (rng.randint(6, 10), rng.choice((0, 30)), rng.randint(16, 20), rng.choice((0, 30)))).t("; " + pick("closed", "geschlossen", "fermé") + " ").neg("DATE", a_date()).t(" – ").neg("DATE", a_date())
        d.t(". ")
        put_phone(d, lg).t("\n")
    d.done()


def coords(lg):
    d = D(lg, "coords")
    la, lo = rng.uniform(35, 69), rng.uniform(-9, 30)
    d.t(pick("Site diary", "Bautagebuch", "Journal de chantier", "Giornale dei lavori", "Dziennik budowy") + " ").neg("DATE", a_date()).t("\n")
    d.t("GPS: ").neg("COORD", pick("%.6f, %.6f" % (la, lo), "%.5f %.5f" % (la, lo), "N %d° %06.3f E %03d° %06.3f" % (int(la), (la % 1) * 60, int(lo), (lo % 1) * 60),
                                   "%d %d %d.%d N %d %d %d.%d E" % (int(la), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 9), int(lo), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 9)),
                                   "%.4f;%.4f" % (la, lo), "32U %s %s" % (dg(6), dg(7))))
    d.t("\n" + pick("Weather", "Wetter", "Météo") + ": ").neg("NUMBER", "%d °C" % rng.randint(-5, 35)).t(", wind ").neg("NUMBER", "%d km/h" % rng.randint(0, 80))
    d.t("\n" + pick("Workers on site", "Arbeitskräfte", "Effectif") + ": ").neg("NUMBER", "%d + %d" % (rng.randint(2, 30), rng.randint(0, 10)))
    d.t("\n" + pick("Concrete poured", "Beton eingebaut") + ": ").neg("NUMBER", "%d.%d m³" % (rng.randint(1, 99), rng.randint(0, 9))).t(", slab ").neg("NUMBER", pick("%d x %d x %d cm" % (rng.randint(100, 999), rng.randint(100, 999), rng.randint(10, 40)), "%d,%d x %d,%d m" % (rng.randint(2, 30), rng.randint(0, 9), rng.randint(2, 30), rng.randint(0, 9))))
    d.t("\n" + pick("Score", "Ergebnis") + " ").neg("NUMBER", "%d:%d" % (rng.randint(0, 5), rng.randint(0, 5))).t(", ").neg("NUMBER", "%d/%d" % (rng.randint(0, 10), 10)).t(", pages ").neg("NUMBER", "%d–%d" % (rng.randint(1, 200), rng.randint(201, 400)))
    d.t("\n" + pick("Foreman", "Polier", "Chef de chantier", "Capocantiere") + ": ").span("PERSON", name(lg)).t(" ")
    put_phone(d, lg, mobile=True).t("\n")
    d.done()


def version(lg):
    d = D(lg, "version")
    d.t(pick("Device info", "Support bundle", "About this terminal", "Geräteinfo") + "\n")
    d.t("Firmware: ").neg("VERSION", pick("%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 30), rng.randint(0, 300)), "%d.%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 30), rng.randint(0, 99), rng.randint(0, 9999)),
                                             "v%d.%02d.%02d" % (rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)), "%d.%d.%d-%d-generic" % (rng.randint(4, 6), rng.randint(0, 19), rng.randint(0, 200), rng.randint(1, 120))))
    d.t("\nOS build: ").neg("VERSION", pick("10.0.%d.%d" % (rng.randint(17763, 26100), rng.randint(1, 5000)), "%d.%d (%s)" % (rng.randint(13, 17), rng.randint(0, 7), "".join(rng.choice("0123456789ABCDEF") for _ in range(5))),
                                             "TQ3A.%s.%s" % (dg(6), dg(3)), "build %s" % dg(rng.choice((5, 8)))))
    d.t("\nApp: ").neg("VERSION", "%d.%d.%d (%s)" % (rng.randint(1, 9), rng.randint(0, 40), rng.randint(0, 9), dg(rng.choice((4, 6, 8))))).t("  Serial: ").neg("CODE", pick("SN" + dg(10), "%s-%s-%s" % (dg(4), dg(4), dg(4)), dg(12), "C02" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))))
    d.t("\nIMEI: ").neg("CODE", "35" + dg(13)).t("\nUptime ").neg("NUMBER", "%d days %02d:%02d" % (rng.randint(0, 300), rng.randint(0, 23), rng.randint(0, 59))).t("\n")
    if rng.random() < 0.7:
        d.t("SIM contact: ")
        put_phone(d, lg, label=False, mobile=True).t("\n")
    d.done()


def product(lg):
    d = D(lg, "product")
    k = rng.randrange(3)
    if k == 0:
        d.t("IMPLANT CARD\nREF ").neg("CODE", pick(dg(6), "%s-%s" % (dg(3), dg(3)), dg(2) + "." + dg(4) + "." + dg(3))).t("  LOT ").neg("CODE", pick(dg(8), "%s%s" % (pick("B", "L"), dg(6))))
        d.t("  SN ").neg("CODE", dg(rng.choice((7, 9, 10)))).t("\nUDI: ").neg("GTIN", "(01)0" + gtin13() + "(17)%02d%02d%02d(10)%s" % (rng.randint(26, 32), rng.randint(1, 12), rng.randint(1, 28), dg(6)))
        d.t("\nImplanted ").neg("DATE", a_date()).t("  Hospital ")
        put_phone(d, lg).t("\n")
    elif k == 1:
        d.t("sku;gtin;isbn;price\n")
        for _ in range(rng.randint(2, 4)):
            g = gtin13()
            d.neg("CODE", dg(6)).t(";").neg("GTIN", pick(g, "0 %s %s %s" % (g[1:6], g[6:11], g[11:]), g[0] + " " + g[1:7] + " " + g[7:])).t(";")
            i = isbn13()
            d.neg("GTIN", pick(i, "%s-%s-%s-%s-%s" % (i[:3], i[3], i[4:7], i[7:12], i[12]), "%s %s %s %s %s" % (i[:3], i[3:5], i[5:8], i[8:12], i[12]))).t(";").neg("NUMBER", amount()).t("\n")
        d.t("supplier: ")
        put_phone(d, lg, label=False, mobile=False).t("\n")
    else:
        g = gtin13()
        d.t(pick("Recall notice", "Rückruf", "Rappel produit") + ": EAN ").neg("GTIN", g).t(", batch ").neg("CODE", pick(dg(6), "L" + dg(5))).t(", best before ").neg("DATE", a_date(2024, 2027)).t(", net ").neg("NUMBER", pick("500 g", "1,5 l", "250 ml", "2 x 125 g")).t(". ")
        put_phone(d, lg, label=pick("Hotline", "Verbraucher-Hotline", "Service consommateurs", "Call")).t("\n")
    d.done()


NATID = {
    "de": [("Steuer-ID", lambda: "%s %s %s %s" % (dg(2, "123456789"), dg(3), dg(3), dg(3)), "owned"), ("SV-Nummer", lambda: "%s %s%s%s %s %s" % (dg(2), "%02d" % rng.randint(1, 28), "%02d" % rng.randint(1, 12), dg(2), pick("K", "M", "B"), dg(3)), "owned")],
    "en": [("NI number", lambda: "%s %s %s %s %s" % (pick("AB", "JG", "NE", "SP"), dg(2), dg(2), dg(2), pick("A", "B", "C", "D")), "owned"), ("NHS number", lambda: "%s %s %s" % (dg(3, "4"), dg(3), dg(4)), "owned")],
    "fr": [("N° de sécurité sociale", lambda: "%d %02d %02d %s %s %s %02d" % (rng.randint(1, 2), rng.randint(50, 99), rng.randint(1, 12), dg(2), dg(3), dg(3), rng.randint(1, 97)), "owned")],
    "nl": [("BSN", lambda: dg(9, "123456789"), "owned")],
    "es": [("DNI", lambda: dg(8) + rng.choice("TRWAGMYFPDXBNJZSQVHLCKE"), "none"), ("NSS", lambda: "%s %s %s" % (dg(2), dg(8), dg(2)), "none")],
    "it": [("Codice fiscale", lambda: "RSSMRA%02dA%02dH501%s" % (rng.randint(50, 99), rng.randint(1, 28), rng.choice("ABCXYZ")), "none")],
    "pt": [("NIF", lambda: dg(9, "12"), "none"), ("NISS", lambda: dg(11, "12"), "none")],
    "pl": [("PESEL", lambda: "%02d%02d%02d%s" % (rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28), dg(5)), "none"), ("NIP", lambda: "%s-%s-%s-%s" % (dg(3), dg(3), dg(2), dg(2)), "none")],
    "sv": [("Personnummer", lambda: "%02d%02d%02d-%s" % (rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28), dg(4)), "none")],
    "da": [("CPR-nr.", lambda: "%02d%02d%02d-%s" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(50, 99), dg(4)), "none")],
    "no": [("Fødselsnummer", lambda: "%02d%02d%02d %s" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(50, 99), dg(5)), "none")],
    "fi": [("Henkilötunnus", lambda: "%02d%02d%02d-%s%s" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(50, 99), dg(3), rng.choice("0123456789ABCDEFHJ")), "none")],
    "cs": [("Rodné číslo", lambda: "%02d%02d%02d/%s" % (rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28), dg(4)), "none")],
    "hu": [("TAJ szám", lambda: "%s %s %s" % (dg(3), dg(3), dg(3)), "none"), ("Adóazonosító jel", lambda: "8" + dg(9), "none")],
    "tr": [("T.C. Kimlik No", lambda: dg(11, "123456789"), "none")],
    "ro": [("CNP", lambda: rng.choice("12") + "%02d%02d%02d%s" % (rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28), dg(6)), "none")],
    "el": [("ΑΜΚΑ", lambda: "%02d%02d%02d%s" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(50, 99), dg(5)), "none"), ("ΑΦΜ", lambda: dg(9, "01"), "none")],
}


def natid(lg):
    d = D(lg, "natid_" + NATID[lg][0][2])
    d.t(pick("Benefit claim", "Antrag auf Leistungen", "Demande d'allocation", "Domanda di prestazione", "Registration") + "\n")
    d.t(name_label2(lg) + ": ").span("PERSON", name(lg)).t("\n")
    for lab, f, _ in NATID[lg]:
        d.t(lab + ": " + f() + "\n")
    d.t(pick("Reference", "Kundennummer", "Référence", "Numero pratica") + ": ").neg("CASENO", caseno_value(lg)).t("\n")
    put_phone(d, lg).t("\n")
    d.done()


ADDR = {
    "de": lambda: "%s %d, %s %s" % (pick("Hauptstraße", "Lindenweg", "Bahnhofstr.", "Gartenstraße"), rng.randint(1, 120), dg(5, "0123456789"), pick("München", "Köln", "Leipzig")),
    "fr": lambda: "%d %s, %s %s" % (rng.randint(1, 120), pick("rue de la Paix", "avenue Jean Jaurès", "boulevard Voltaire"), dg(5, "0123456789"), pick("Paris", "Lyon", "Lille")),
    "nl": lambda: "%s %d, %s %s %s" % (pick("Kerkstraat", "Dorpsstraat", "Molenweg"), rng.randint(1, 120), dg(4, "123456789"), pick("AB", "KL", "XZ"), pick("Utrecht", "Leiden")),
    "es": lambda: "%s %d, %s %s" % (pick("Calle Mayor", "Avenida de América", "C/ Alcalá"), rng.randint(1, 120), dg(5, "0"), pick("Madrid", "Valencia")),
    "it": lambda: "%s %d, %s %s" % (pick("Via Roma", "Corso Italia", "Via Garibaldi"), rng.randint(1, 120), dg(5, "0123456789"), pick("Milano", "Torino")),
    "pt": lambda: "%s %d, %s-%s %s" % (pick("Rua Augusta", "Avenida da Liberdade"), rng.randint(1, 120), dg(4, "1234"), dg(3), pick("Lisboa", "Porto")),
    "pl": lambda: "ul. %s %d/%d, %s-%s %s" % (pick("Marszałkowska", "Długa", "Polna"), rng.randint(1, 120), rng.randint(1, 60), dg(2), dg(3), pick("Warszawa", "Kraków")),
    "sv": lambda: "%s %d, %s %s %s" % (pick("Storgatan", "Kungsgatan", "Drottninggatan"), rng.randint(1, 120), dg(3, "1"), dg(2), pick("Stockholm", "Uppsala")),
    "da": lambda: "%s %d, %s %s" % (pick("Vestergade", "Nørregade"), rng.randint(1, 120), dg(4, "1234"), pick("København K", "Aarhus C")),
    "no": lambda: "%s %d, %s %s" % (pick("Storgata", "Kirkeveien"), rng.randint(1, 120), dg(4, "0"), pick("Oslo", "Bergen")),
    "fi": lambda: "%s %d, %s %s" % (pick("Mannerheimintie", "Hämeenkatu"), rng.randint(1, 120), dg(5, "0"), pick("Helsinki", "Tampere")),
    "cs": lambda: "%s %d/%d, %s %s %s" % (pick("Vodičkova", "Národní"), rng.randint(100, 2000), rng.randint(1, 60), dg(3, "1"), dg(2), pick("Praha 1", "Brno")),
    "hu": lambda: "%s %s %s utca %d." % (dg(4, "1"), pick("Budapest,", "Debrecen,"), pick("Petőfi", "Kossuth"), rng.randint(1, 120)),
    "tr": lambda: "%s Cad. No: %d, %s %s" % (pick("Atatürk", "İstiklal"), rng.randint(1, 120), dg(5, "3"), pick("Kadıköy/İstanbul", "Çankaya/Ankara")),
    "ro": lambda: "Str. %s nr. %d, %s %s" % (pick("Lipscani", "Eminescu"), rng.randint(1, 120), dg(6, "0"), pick("București", "Cluj-Napoca")),
    "el": lambda: "%s %d, %s %s %s" % (pick("Ερμού", "Πατησίων"), rng.randint(1, 120), dg(3, "1"), dg(2), pick("Αθήνα", "Θεσσαλονίκη")),
    "en": lambda: "%d %s, %s %s" % (rng.randint(1, 120), pick("High Street", "Station Road", "Church Lane"), pick("Leeds", "Bristol"), pick("LS1 4AP", "BS8 1TH")),
}


def address(lg):
    d = D(lg, "address")
    d.t(pick("Ship to", "Lieferadresse", "Adresse de livraison", "Indirizzo") + ": ").span("PERSON", name(lg)).t(", ").span("STREET_ADDRESS", ADDR[lg]()).t("\n")
    put_phone(d, lg).t("\n")
    d.t(ORDER_LABEL[lg] + " ").neg("ORDER", order_no()).t(", ").neg("DATE", a_date()).t("\n")
    d.done()


def muster(lg):
    d = D(lg, "muster")
    d.t(pick("FIRE DRILL MUSTER ROLL", "Evakuierungsübung – Sammelliste", "Site induction register", "Registro presenze cantiere") + "  ").neg("TIMESTAMP", a_timestamp()).t("\n")
    d.t("No. | " + name_label2(lg) + " | ID | In | Out | Mobile\n")
    for i in range(rng.randint(2, 5)):
        d.t("%d | " % (i + 1)).span("PERSON", name(lg)).t(" | ").neg("CODE", pick(dg(5), dg(6), "C-" + dg(4), dg(8))).t(" | ").neg("TIME", a_time(False)).t(" | ").neg("TIME", a_time(False)).t(" | ")
        d.ph(phone(rng.choice(CC_OF[lg]), True)[0]).t("\n")
    d.t("Assembly point " + pick("A", "B", "2") + ", evacuation time ").neg("TIME", "%02d:%02d" % (rng.randint(1, 9), rng.randint(0, 59))).t(" min\n")
    d.done()


COREG = {"de": [("HRB", lambda: dg(5, "123456789")), ("USt-IdNr.", lambda: "DE" + dg(9, "123456789")), ("St.-Nr.", lambda: "%s/%s/%s" % (dg(3), dg(3), dg(5)))],
         "en": [("Company No.", lambda: dg(8, "0")), ("VAT Reg. No.", lambda: "GB %s %s %s" % (dg(3), dg(4), dg(2)))],
         "fr": [("SIRET", lambda: "%s %s %s %s" % (dg(3), dg(3), dg(3), dg(5))), ("SIREN", lambda: "%s %s %s" % (dg(3), dg(3), dg(3))), ("RCS Paris", lambda: "B %s %s %s" % (dg(3), dg(3), dg(3)))],
         "nl": [("KvK", lambda: dg(8)), ("Btw-id", lambda: "NL" + dg(9) + "B01")], "es": [("CIF", lambda: "B" + dg(8))],
         "it": [("P.IVA", lambda: dg(11, "01")), ("REA", lambda: "MI-" + dg(7))], "pt": [("NIPC", lambda: "5" + dg(8))],
         "pl": [("NIP", lambda: "%s-%s-%s-%s" % (dg(3), dg(3), dg(2), dg(2))), ("REGON", lambda: dg(9)), ("KRS", lambda: "0000" + dg(6))],
         "sv": [("Org.nr", lambda: "556%s-%s" % (dg(3), dg(4)))], "da": [("CVR", lambda: dg(8, "123456789"))], "no": [("Org.nr.", lambda: "%s %s %s" % (dg(3, "89"), dg(3), dg(3)))],
         "fi": [("Y-tunnus", lambda: "%s-%s" % (dg(7), dg(1)))], "cs": [("IČO", lambda: dg(8)), ("DIČ", lambda: "CZ" + dg(8))],
         "hu": [("Adószám", lambda: "%s-%d-%02d" % (dg(8), rng.randint(1, 5), rng.randint(1, 44))), ("Cégjegyzékszám", lambda: "%02d-%02d-%s" % (rng.randint(1, 20), rng.randint(1, 20), dg(6)))],
         "tr": [("Vergi No", lambda: dg(10)), ("Mersis No", lambda: "0" + dg(15))], "ro": [("CUI", lambda: "RO" + dg(8)), ("Nr. Reg. Com.", lambda: "J40/%s/%d" % (dg(5), rng.randint(2000, 2024)))],
         "el": [("ΑΦΜ", lambda: dg(9, "08")), ("ΓΕΜΗ", lambda: dg(12))]}


def signature(lg):
    d = D(lg, "signature")
    d.t(pick("Best regards", "Mit freundlichen Grüßen", "Cordialement", "Cordiali saluti", "Saludos", "Met vriendelijke groet", "Pozdrawiam", "Med vänliga hälsningar", "Ystävällisin terveisin", "Üdvözlettel", "Saygılarımla", "Cu stimă", "Με εκτίμηση", "Venlig hilsen", "Med vennlig hilsen", "S pozdravem", "Com os melhores cumprimentos") + "\n")
    d.span("PERSON", name(lg)).t("\n" + pick("Operations", "Einkauf", "Service RH", "Ufficio tecnico", "Logística") + "\n")
    for _ in range(rng.randint(1, 2)):
        if rng.random() < 0.5:
            put_phone(d, lg, label=False).t("\n")
        else:
            put_phone(d, lg).t(pick("\n", " | "))
    regs = COREG[lg]
    for lab, f in rng.sample(regs, min(len(regs), rng.randint(1, 2))):
        d.t(lab + " ").neg("CODE", f()).t(pick(" · ", "\n"))
    if rng.random() < 0.5:
        d.t(pick("Amtsgericht München", "Registered in England", "Capital social", "Capitale sociale") + " ").neg("NUMBER", pick("25.000 EUR", "€ 100 000", "10.000,00 €")).t("\n")
    d.done()


def tmx(lg):
    d = D(lg, "tmx")
    y, m, dd = ymd()
    h, mi, s = hms()
    d.t('<tu tuid="').neg("CODE", dg(rng.choice((4, 6, 8)))).t('" creationdate="').neg("TIMESTAMP", "%04d%02d%02dT%02d%02d%02dZ" % (y, m, dd, h, mi, s)).t('" changedate="').neg("TIMESTAMP", "%04d%02d%02dT%02d%02d%02dZ" % (ymd() + hms())).t('">\n')
    amt = amount()
    dat = a_date()
    d.t('<tuv xml:lang="en"><seg>Invoice ').neg("ORDER", invoice_no()).t(" of ").neg("DATE", dat).t(": total ").neg("NUMBER", amt).t(". Call us on ")
    text, _ = phone(rng.choice(CC_OF[lg]))
    d.ph(text).t(".</seg></tuv>\n")
    d.t('<tuv xml:lang="' + lg + '"><seg>' + INVOICE_LABEL[lg] + " ").neg("ORDER", invoice_no()).t(" ").neg("DATE", dat).t(": ").neg("NUMBER", amt).t(". " + PHONE_LABELS[lg][0] + " ").ph(text).t(".</seg></tuv>\n</tu>\n")
    d.done()


def maternity(lg):
    d = D(lg, "maternity")
    d.t(pick("Delivery record", "Geburtsbericht", "Compte rendu d'accouchement", "Cartella ostetrica") + "\n")
    d.t("Admission: ").neg("TIMESTAMP", a_timestamp()).t("\nGA: ").neg("NUMBER", "%d+%d" % (rng.randint(34, 42), rng.randint(0, 6))).t(" wks  G").neg("NUMBER", "%dP%d" % (rng.randint(1, 4), rng.randint(0, 3)))
    d.t("\nBirth weight ").neg("NUMBER", pick("%d g" % rng.randint(2200, 4600), "%d %03d g" % (rng.randint(2, 4), rng.randint(0, 999)))).t(", length ").neg("NUMBER", "%d cm" % rng.randint(44, 56)).t(", head ").neg("NUMBER", "%d cm" % rng.randint(31, 37))
    d.t("\nAPGAR ").neg("NUMBER", "%d/%d/%d" % (rng.randint(5, 9), rng.randint(7, 10), rng.randint(8, 10))).t("  pH ").neg("NUMBER", "7.%02d" % rng.randint(10, 40)).t("  Blood loss ").neg("NUMBER", "%d ml" % rng.randint(150, 1200))
    d.t("\nMaternity record no. ").neg("CODE", pick(dg(8), "%s/%d" % (dg(4), rng.randint(2020, 2025)), "MR-" + dg(6))).t("\nMidwife: ").span("PERSON", name(lg)).t(" ")
    put_phone(d, lg).t("\n")
    d.done()


def drugtest(lg):
    d = D(lg, "drugtest")
    d.t("FEDERAL DRUG TESTING CUSTODY AND CONTROL FORM\nSpecimen ID No. ").neg("CODE", dg(7)).t("   Accession No. ").neg("CODE", pick(dg(9), "%s-%s" % (dg(3), dg(6))))
    d.t("\nSTEP 1: Employer ").neg("CODE", "ID " + dg(6)).t("  ")
    put_phone(d, "en", label="Phone", cc="us" if lg == "en" and rng.random() < 0.5 else rng.choice(CC_OF[lg])).t("   ")
    put_phone(d, "en", label="Fax").t("\nMRO: ").span("PERSON", name(lg)).t("  ")
    put_phone(d, lg).t("\nSTEP 2: Temperature ").neg("NUMBER", "%d-%d°F" % (90, 100)).t(" [X]  Collected ").neg("TIMESTAMP", a_timestamp()).t("\n")
    d.t("Donor ID verified: ").neg("CODE", pick("DL " + dg(9), dg(4) + " (last four)", "Employee " + dg(6))).t("\nCutoff ").neg("NUMBER", pick("50 ng/mL", "1000 ng/ml", "15/25 ng/mL")).t("\n")
    d.done()


BENEFIT = {"de": ("Kindergeldnummer", lambda: "%sFK%s" % (dg(3), dg(6)), "Kundennummer (Agentur für Arbeit)", lambda: "%sD%s" % (dg(3), dg(6)), "BG-Nummer", lambda: "%s//%s" % (dg(5), dg(7))),
           "fr": ("N° allocataire CAF", lambda: dg(7), "Identifiant France Travail", lambda: dg(7) + pick("A", "K", "Z"), "N° de dossier", lambda: dg(11)),
           "en": ("Claim reference", lambda: "%s %s %s" % (dg(3), dg(3), dg(3)), "Universal Credit account", lambda: dg(10), "Child Benefit number", lambda: "CHB" + dg(8) + " AB"),
           "nl": ("Klantnummer UWV", lambda: dg(9), "Dossiernummer", lambda: dg(10), "Aanvraagnummer", lambda: "%s-%s" % (dg(4), dg(6))),
           "it": ("Numero domanda INPS", lambda: dg(14), "Protocollo", lambda: "INPS.%s.%02d/%02d/%d.%s" % (dg(4), rng.randint(1, 28), rng.randint(1, 12), rng.randint(2020, 2025), dg(7)), "Codice pratica", lambda: dg(9)),
           "es": ("Nº de expediente SEPE", lambda: "%s/%d" % (dg(8), rng.randint(2020, 2025)), "Nº afiliación", lambda: "%s/%s/%s" % (dg(2), dg(8), dg(2)), "Registro", lambda: dg(12)),
           "pl": ("Nr sprawy ZUS", lambda: "%s/%d" % (dg(6), rng.randint(2020, 2025)), "Nr wniosku 800+", lambda: dg(10), "Nr decyzji", lambda: "%s-%s/%d" % (dg(2), dg(4), rng.randint(2020, 2025)))}


def benefit(lg):
    lg = lg if lg in BENEFIT else rng.choice(list(BENEFIT))
    d = D(lg, "benefit")
    b = BENEFIT[lg]
    d.t(b[0] + ": ").neg("CASENO", b[1]()).t("\n" + b[2] + ": ").neg("CASENO", b[3]()).t("\n" + b[4] + ": ").neg("CASENO", b[5]()).t("\n")
    d.t(name_label2(lg) + ": ").span("PERSON", name(lg)).t("\n")
    d.t(pick("Amount", "Betrag", "Montant", "Importo", "Importe", "Bedrag", "Kwota") + ": ").neg("NUMBER", amount()).t(" EUR " + pick("monthly", "monatlich", "par mois", "mensili") + ", " + pick("from", "ab", "à partir du", "dal") + " ").neg("DATE", a_date()).t("\n")
    if rng.random() < 0.5:
        d.t(pick("Date of birth", "Geburtsdatum", "Date de naissance", "Data di nascita", "Fecha de nacimiento", "Geboortedatum", "Data urodzenia") + ": ")
        y, m, dd = ymd(1950, 2004)
        d.span("DATE_OF_BIRTH", rng.choice(DATE_LAYOUTS[:8])(y, m, dd)).t("\n")
    put_phone(d, lg).t("\n")
    d.done()


CLASSES = [aer, crf, accident, tow, sepa, energy, badge, licence, caseno, donor, orders, hotel, datetime_, coords,
           version, product, natid, address, muster, signature, tmx, maternity, drugtest, benefit]
for i in range(21 * len(CLASSES)):
    CLASSES[i % len(CLASSES)](LANGS[(i // len(CLASSES) + i) % len(LANGS)])

write_json(records)
