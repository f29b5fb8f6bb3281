#!/usr/bin/env python3
"""gen_names_holdout23.py: the twenty-third blind held-out set (issue 15: PERSON, STREET_ADDRESS,
DATE_OF_BIRTH; EMAIL_ADDRESS and PHONE_NUMBER where they occur), written blind in stop 50 (branch
holdout23) by an author who read no detector code, test, note, NAMES.md or SHAPES.md, no other
blind generator, and ran no hush binary on it.

Kinds of text (metadata.class), chosen away from every earlier set's run.sh brief: snow-clearing
and gritting contracts, window-cleaning rounds, kayak and canoe rentals, archery-club range cards,
mushroom-foraging course bookings, model-railway exhibition entries, cosplay competition entries,
figure-skating test entries, theatre costume hire, husky sled tours, consignment-shop consignor
agreements, locker rentals, tool-lending shed loans, seed-swap registers, bell-ringing peal
records, upholstery job tickets, picture-framing orders, board-game café table bookings,
orienteering results, dog-grooming cards, cooking-class bookings, tyre-hotel storage tickets,
falconry experience bookings, science-fair project registrations, circus-school class bookings,
metal-detecting find reports, archaeological dig volunteer registrations, veg-box subscriptions,
village-hall hire bookings, makerspace memberships and tool inductions.

Families (metadata.family), each a third:
- noisy: dictation and voice-assistant transcripts with no punctuation or casing, OCR of scanned
  forms with broken columns, misread labels (0/O, 1/l, rn/m) and line-end hyphenation, values split
  where the scan splits them, SMS shorthand, forms typed in capitals, chat with typos;
- markup: HTML e-mail bodies with entities, Markdown with links and mailto:, LaTeX with accent
  escapes, vCard and ICS (folded lines), docx <w:t> runs splitting a name, SVG and PDF text dumps,
  RTF escapes, JSON-LD and microdata;
- agentic: a coding agent's turn with the assistant's tool calls and their results escaped twice
  (a JSON tool output inside the body's string): fixture reads with line numbers, grep/rg hits with
  file:line prefixes, stack traces and log lines holding user records, psql results, a failing
  test's diff, notebook outputs; long bodies where the PII is a small part.
Every record is a request body (metadata.api: chat completions, Responses, Anthropic messages,
Gemini contents); a third escape every non-ASCII character as \\uXXXX (metadata.ascii).

Labelling: a span is the value's characters as they stand in the body (escapes, entities and
markup escapes inside a value stay in it); where markup, a fold or a line break splits a value,
each visible piece is its own span of that label (a hyphen added at a line end stays out). A
street span is the street and its number, with the postcode and town when they follow on the same
line. Look-alikes: NEG_DATE (bookings, deadlines, expiry, pets' births), NEG_NUMBER (order and
booking numbers, card and chip numbers shaped like phones), NEG_CODE (plates, IBAN fragments,
serials), NEG_VERSION, NEG_PRODUCT, NEG_PET, NEG_SHIP, NEG_ORG, NEG_PLACE, NEG_STREET (streets
with no number), NEG_TERM (varieties, methods, dishes, characters), NEG_ROOM.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only.
"""
import json
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import check_spans, write_json  # noqa: E402

rng = random.Random(2026120650 + 23)
records = []
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "hu", "tr",
         "ro", "el"]

# ---- people ------------------------------------------------------------------------------------
REAL = {
    "en": (["Oliver", "Charlotte", "George", "Amelia", "Harry", "Isla", "Jack", "Sophie"],
           ["Taylor", "Brown", "Wilson", "Evans", "Thompson", "Walker", "Robinson", "Wright"]),
    "de": (["Lukas", "Anna", "Felix", "Marie", "Jonas", "Lea", "Paul", "Greta"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Wagner", "Becker", "Schulz", "Zimmermann"]),
    "fr": (["Louis", "Emma", "Hugo", "Chloé", "Lucas", "Léa", "Gabriel", "Manon"],
           ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy"]),
    "nl": (["Sem", "Julia", "Lucas", "Tess", "Finn", "Emma", "Jesse", "Sara"],
           ["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Meijer", "de Boer"]),
    "es": (["Hugo", "Lucía", "Mateo", "Martina", "Pablo", "Sofía", "Álvaro", "Paula"],
           ["García Ruiz", "Fernández", "González", "Rodríguez Vidal", "López", "Martínez", "Sánchez",
            "Pérez"]),
    "it": (["Leonardo", "Sofia", "Francesco", "Aurora", "Alessandro", "Giulia", "Tommaso", "Ginevra"],
           ["Russo", "Ferrari", "Romano", "Gallo", "Costa", "Fontana", "Conti", "Marino"]),
    "pt": (["Miguel", "Maria", "Tomás", "Leonor", "Duarte", "Matilde", "Afonso", "Carolina"],
           ["Santos", "Oliveira", "Sousa", "Gonçalves", "Martins", "Lopes", "Marques", "Ribeiro"]),
    "pl": (["Antoni", "Zuzanna", "Jakub", "Julia", "Szymon", "Hanna", "Filip", "Maja"],
           ["Nowak", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zielińska", "Szymański",
            "Dąbrowska"]),
    "sv": (["William", "Alice", "Oscar", "Maja", "Lucas", "Elsa", "Hugo", "Astrid"],
           ["Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson"]),
    "da": (["Frederik", "Ida", "Magnus", "Freja", "Mikkel", "Sofie", "Rasmus", "Emma"],
           ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Rasmussen",
            "Sørensen"]),
    "no": (["Jakob", "Nora", "Emil", "Ingrid", "Henrik", "Sigrid", "Aksel", "Thea"],
           ["Hansen", "Johansen", "Olsen", "Berg", "Haugen", "Bakken", "Solberg", "Strand"]),
    "fi": (["Eino", "Aino", "Väinö", "Sofia", "Leevi", "Helmi", "Onni", "Ella"],
           ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen",
            "Koskinen"]),
    "cs": (["Jakub", "Eliška", "Tomáš", "Tereza", "Vojtěch", "Anna", "Matyáš", "Adéla"],
           ["Novák", "Svoboda", "Novotná", "Dvořák", "Černý", "Procházková", "Kučera", "Veselá"]),
    "hu": (["Bence", "Hanna", "Máté", "Anna", "Levente", "Zoé", "Dominik", "Luca"],
           ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár"]),
    "tr": (["Yusuf", "Zeynep", "Eymen", "Elif", "Miraç", "Defne", "Ömer", "Asel"],
           ["Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Yıldız", "Yıldırım", "Öztürk"]),
    "ro": (["Andrei", "Maria", "Ștefan", "Ioana", "David", "Elena", "Luca", "Ana"],
           ["Popescu", "Ionescu", "Popa", "Dumitru", "Stan", "Stoica", "Gheorghe", "Rusu"]),
    "el": (["Γιώργος", "Μαρία", "Νίκος", "Ελένη", "Κώστας", "Κατερίνα", "Δημήτρης", "Σοφία"],
           ["Παπαδόπουλος", "Γεωργίου", "Δημητρίου", "Κωνσταντίνου", "Νικολάου", "Ιωάννου",
            "Βασιλείου", "Οικονόμου"]),
    "el_lat": (["Giorgos", "Maria", "Nikos", "Eleni", "Kostas", "Katerina", "Dimitris"],
               ["Papadopoulos", "Georgiou", "Dimitriou", "Konstantinou", "Nikolaou", "Ioannou"]),
}
SYL = {"en": ["bran", "wick", "ash", "tor", "mel", "ford", "wen", "der"],
       "de": ["bre", "win", "kel", "mau", "gas", "hol", "rutz", "fen"],
       "fr": ["bel", "rou", "quet", "lan", "gau", "vel", "sar", "teau"],
       "nl": ["hui", "ker", "bol", "dij", "sme", "wout", "laar", "gel"],
       "es": ["zar", "mon", "qui", "llo", "bar", "cue", "vi", "dal"],
       "it": ["bru", "sca", "ghi", "lon", "vel", "maz", "cor", "dan"],
       "pt": ["cou", "tin", "bra", "gue", "lha", "mar", "dei", "vas"],
       "pl": ["szy", "mar", "bro", "wic", "kol", "dzie", "rze", "lan"],
       "sv": ["berg", "sjö", "lin", "dal", "strö", "hol", "ek", "vik"],
       "da": ["sø", "ber", "lund", "gaar", "mik", "tor", "hel", "ved"],
       "no": ["fjel", "heg", "sol", "brå", "tor", "vik", "ås", "lei"],
       "fi": ["kor", "vii", "mä", "lah", "nie", "tuo", "saa", "rin"],
       "cs": ["vla", "dě", "kře", "mir", "sla", "bo", "hru", "ze"],
       "hu": ["bo", "gyö", "ker", "szi", "lá", "mo", "ré", "zsa"],
       "tr": ["ka", "yıl", "dem", "er", "gül", "tan", "san", "öz"],
       "ro": ["do", "mir", "ves", "cu", "pra", "li", "sto", "ran"],
       "el": ["κα", "λο", "ρι", "θε", "μα", "νο", "στα", "βρα"],
       "el_lat": ["ka", "lo", "ri", "the", "ma", "no", "sta", "vra"]}
END = {"en": ["ton", "ley", "by"], "de": ["mann", "ler", "bach"], "fr": ["ier", "aud", "ot"],
       "nl": ["ink", "sen", "hof"], "es": ["ez", "ano", "ejo"], "it": ["ini", "etti", "one"],
       "pt": ["eira", "ães", "ado"], "pl": ["ski", "czyk", "wicz"], "sv": ["son", "ström", "qvist"],
       "da": ["sen", "gaard", "strup"], "no": ["stad", "rud", "heim"], "fi": ["nen", "la", "mäki"],
       "cs": ["ák", "ová", "ek"], "hu": ["falvi", "házi", "os"], "tr": ["oğlu", "can", "er"],
       "ro": ["escu", "eanu", "aru"], "el": ["όπουλος", "ίδης", "άκης"],
       "el_lat": ["opoulos", "idis", "akis"]}
GLOBAL = {  # West African, South Asian, East Asian (romanised), Arabic (romanised), Slavic
    "wa": (["Adebayo", "Chiamaka", "Kwame", "Abena", "Oluwaseun", "Ngozi", "Kofi", "Folake"],
           ["Okonkwo", "Eze", "Mensah", "Owusu", "Adeyemi", "Nwosu", "Asante", "Balogun"],
           ["ade", "olu", "chi", "nke", "kwa", "bo", "fe", "yemi"], ["wu", "ola", "mah"]),
    "sa": (["Priya", "Arjun", "Sunita", "Rohan", "Ananya", "Farhan", "Kavya", "Siddharth"],
           ["Raghunathan", "Venkataraman", "Deshpande", "Malhotra", "Iyer", "Chowdhury", "Banerjee",
            "Nair"],
           ["ra", "vi", "shan", "pri", "kum", "anu", "deep", "lak"], ["nathan", "swamy", "pande"]),
    "ea": (["Wei", "Min-jun", "Haruto", "Ji-woo", "Thi Lan", "Xiaoming", "Yui", "Jiahui"],
           ["Wang", "Kim", "Tanaka", "Park", "Nguyen", "Chen", "Sato", "Liu"],
           ["xia", "min", "hao", "jun", "yu", "sei", "ta", "ki"], ["moto", "mura", "shita"]),
    "ar": (["Youssef", "Fatima", "Omar", "Layla", "Karim", "Nour", "Hamza", "Amira"],
           ["El Amrani", "Benali", "Haddad", "Al-Sayed", "Boukhalfa", "Mansour", "Khalil", "Saleh"],
           ["ya", "mi", "ha", "sa", "ri", "lah", "nou", "zei"], ["oun", "ani", "awi"]),
    "sl": (["Dmitri", "Olena", "Milica", "Bogdan", "Ivana", "Yaroslav", "Svetlana", "Nikola"],
           ["Volkov", "Shevchenko", "Petrović", "Kovalenko", "Horvat", "Ivanova", "Marković",
            "Bondarenko"],
           ["vla", "dra", "mi", "slo", "bo", "ze", "ra", "go"], ["enko", "ović", "ski"]),
}
GREEK_LAT = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊΐϋΰ",
                     ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p",
                      "r", "s", "s", "t", "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o",
                      "i", "i", "y", "y"]))


VOWELS = set("aeiouyäöüåøæéèáíóúőűıαεηιουωάέήίόύώ")


def invent(syl, end, surname):
    """A name of two or three syllables, no syllable twice in a row; a surname gets an ending (a
    vowel where two would meet dropped)."""
    parts = [rng.choice(syl)]
    for _ in range(rng.choice((1, 1, 2))):
        parts.append(rng.choice([x for x in syl if x != parts[-1]]))
    w = "".join(parts)
    if surname:
        e = rng.choice(end)
        if w[-1] in VOWELS and e[:1] in VOWELS:
            w = w[:-1]
        w += e
    return w[0].upper() + w[1:]


class Person:
    def __init__(self, g, s, lg, origin, invented):
        self.g, self.s, self.lg, self.origin, self.invented = g, s, lg, origin, invented


def person(lg):
    """A person of the record's language, or of global origin for about a fifth; half the names
    invented from syllables."""
    inv = rng.random() < 0.5
    if rng.random() < 0.2:
        key = rng.choice(sorted(GLOBAL))
        gs, ss, syl, end = GLOBAL[key]
        if not inv:
            return Person(rng.choice(gs), rng.choice(ss), lg, key, False)
        g = invent(syl, end, False)
        s = rng.choice(ss) if key == "ea" else invent(syl, end, True)
        return Person(g, s, lg, key, True)
    src = lg
    if lg == "el" and rng.random() < 0.4:
        src = "el_lat"
    if not inv:
        gs, ss = REAL[src]
        return Person(rng.choice(gs), rng.choice(ss), lg, src, False)
    g = invent(SYL[src], END[src], False)
    s = invent(SYL[src], END[src], True)
    return Person(g, s, lg, src, True)


def full(p, form=None):
    """The name as a form or a text writes it."""
    if form is None:
        r = rng.random()
        form = "gs" if r < 0.62 else "s,g" if r < 0.78 else "Sg" if r < 0.9 else "i.s"
    if p.lg == "hu" and p.origin == "hu" and form == "gs":
        form = "sg"
    if form == "gs":
        return p.g + " " + p.s
    if form == "sg":
        return p.s + " " + p.g
    if form == "s,g":
        return p.s + ", " + p.g
    if form == "Sg":
        return upper_(p.lg, p.s) + " " + p.g
    return p.g[0] + ". " + p.s


def fold(w):
    """A mailbox's letters: Greek transliterated, accents dropped, lower case."""
    w = "".join(GREEK_LAT.get(c, c) for c in w.lower().replace("ου", "ou").replace("ού", "ou"))
    w = unicodedata.normalize("NFKD", w.replace("ł", "l").replace("ı", "i").replace("ß", "ss")
                              .replace("ø", "o").replace("æ", "ae").replace("đ", "d"))
    return "".join(c for c in w if c.isascii() and c.isalpha())


MAILHOST = {"en": ["gmail.com", "btinternet.com", "outlook.com"], "de": ["web.de", "gmx.de", "posteo.de"],
            "fr": ["orange.fr", "free.fr", "laposte.net"], "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
            "es": ["gmail.com", "telefonica.net", "yahoo.es"], "it": ["libero.it", "virgilio.it", "gmail.com"],
            "pt": ["sapo.pt", "gmail.com", "netcabo.pt"], "pl": ["wp.pl", "onet.pl", "o2.pl"],
            "sv": ["telia.com", "gmail.com", "bredband.net"], "da": ["mail.dk", "gmail.com", "jubii.dk"],
            "no": ["online.no", "gmail.com", "live.no"], "fi": ["luukku.com", "gmail.com", "elisanet.fi"],
            "cs": ["seznam.cz", "email.cz", "centrum.cz"], "hu": ["freemail.hu", "citromail.hu", "gmail.com"],
            "tr": ["gmail.com", "hotmail.com.tr", "yandex.com.tr"], "ro": ["yahoo.ro", "gmail.com", "rdslink.ro"],
            "el": ["otenet.gr", "gmail.com", "yahoo.gr"]}


def email(p):
    g, s = fold(p.g), fold(p.s)
    local = rng.choice([g + "." + s, g[0] + s, s + str(rng.randint(1, 99)), g + "_" + s[:4],
                        g + s[0] + str(rng.randint(60, 99))])
    return local + "@" + rng.choice(MAILHOST[p.lg])


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def phone(lg):
    r = rng.random() < 0.5
    d = digits
    if lg == "en":
        return "07%s %s" % (d(3), d(6)) if r else "+44 7%s %s %s" % (d(3), d(3), d(3))
    if lg == "de":
        return "0151 %s" % d(8) if r else "+49 %s %s" % (rng.choice(["170", "176", "160"]), d(7))
    if lg == "fr":
        return "06 %s %s %s %s" % (d(2), d(2), d(2), d(2)) if r else "+33 7 %s %s %s %s" % (
            d(2), d(2), d(2), d(2))
    if lg == "nl":
        return "06-%s" % d(8) if r else "+31 6 %s %s" % (d(4), d(4))
    if lg == "es":
        return "6%s %s %s" % (d(2), d(3), d(3)) if r else "+34 6%s %s %s" % (d(2), d(3), d(3))
    if lg == "it":
        return "34%s %s %s" % (d(1), d(3), d(4)) if r else "+39 3%s %s %s" % (d(2), d(3), d(4))
    if lg == "pt":
        return "91%s %s %s" % (d(1), d(3), d(3)) if r else "+351 96%s %s %s" % (d(1), d(3), d(3))
    if lg == "pl":
        return "5%s %s %s" % (d(2), d(3), d(3)) if r else "+48 6%s %s %s" % (d(2), d(3), d(3))
    if lg == "sv":
        return "07%s-%s %s %s" % (d(1), d(3), d(2), d(2)) if r else "+46 7%s %s %s %s" % (
            d(1), d(3), d(2), d(2))
    if lg == "da":
        return "%s %s %s %s" % (d(2), d(2), d(2), d(2)) if r else "+45 %s %s %s %s" % (
            d(2), d(2), d(2), d(2))
    if lg == "no":
        return "4%s %s %s" % (d(2), d(2), d(3)) if r else "+47 9%s %s %s" % (d(2), d(2), d(3))
    if lg == "fi":
        return "04%s %s" % (d(1), d(7)) if r else "+358 50 %s %s" % (d(3), d(4))
    if lg == "cs":
        return "6%s %s %s" % (d(2), d(3), d(3)) if r else "+420 7%s %s %s" % (d(2), d(3), d(3))
    if lg == "hu":
        return "06 30 %s %s" % (d(3), d(4)) if r else "+36 20 %s %s" % (d(3), d(4))
    if lg == "tr":
        return "05%s %s %s %s" % (d(2), d(3), d(2), d(2)) if r else "+90 5%s %s %s %s" % (
            d(2), d(3), d(2), d(2))
    if lg == "ro":
        return "07%s %s %s" % (d(2), d(3), d(3)) if r else "+40 7%s %s %s" % (d(2), d(3), d(3))
    return "69%s %s %s" % (d(1), d(3), d(4)) if r else "+30 69%s %s %s" % (d(1), d(3), d(4))


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada "
          "grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta "
          "syyskuuta lokakuuta marraskuuta joulukuuta",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "hu": "január február március április május június július augusztus szeptember október "
          "november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie "
          "decembrie",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου "
          "Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}


def fmt_date(lg, y, m, d, style):
    """A date as the language writes it: style 0 numeric, 1 with the month's name, 2 ISO."""
    mon = MONTHS[lg][m - 1]
    if style == 2:
        return "%d-%02d-%02d" % (y, m, d)
    if style == 1:
        if lg == "en":
            return "%d %s %d" % (d, mon, y)
        if lg in ("de", "da", "no", "fi", "cs"):
            return "%d. %s %d" % (d, mon, y)
        if lg in ("es", "pt"):
            return "%d de %s de %d" % (d, mon, y)
        if lg == "hu":
            return "%d. %s %d." % (y, mon, d)
        return "%d %s %d" % (d, mon, y)
    if lg in ("de", "pl", "tr", "ro", "no", "da"):
        return "%02d.%02d.%d" % (d, m, y)
    if lg == "fi":
        return "%d.%d.%d" % (d, m, y)
    if lg == "cs":
        return "%d. %d. %d" % (d, m, y)
    if lg == "hu":
        return "%d. %02d. %02d." % (y, m, d)
    if lg == "sv":
        return "%d-%02d-%02d" % (y, m, d)
    if lg == "nl":
        return "%02d-%02d-%d" % (d, m, y)
    return "%02d/%02d/%d" % (d, m, y)


def birth(lg, child=False):
    y = rng.randint(2008, 2019) if child else rng.randint(1941, 2004)
    return fmt_date(lg, y, rng.randint(1, 12), rng.randint(1, 28), rng.choice((0, 0, 1, 2)))


def other_date(lg):
    return fmt_date(lg, rng.randint(2024, 2027), rng.randint(1, 12), rng.randint(1, 28),
                    rng.choice((0, 0, 1, 2)))


STREETS = {
    "en": (["Nelson Street", "Victoria Road", "Mill Lane", "Grange Avenue", "Elm Close",
            "Albert Terrace"], "{n} {s}", ["Leeds LS7 3QP", "York YO31 8HT", "Norwich NR2 4SE",
                                        "Cardiff CF24 1NX"]),
    "de": (["Schillerstraße", "Am Mühlbach", "Lindenallee", "Bismarckstraße", "Rosenweg",
            "Uhlandstraße"], "{s} {n}", ["04109 Leipzig", "28195 Bremen", "79098 Freiburg", "90402 Nürnberg"]),
    "fr": (["rue Victor Hugo", "impasse des Tilleuls", "avenue Foch", "rue de la Paix",
            "chemin des Vignes"], "{n} {s}", ["31000 Toulouse", "44000 Nantes", "67000 Strasbourg",
                                           "59000 Lille"]),
    "nl": (["Wilhelminastraat", "Molenweg", "Prinsengracht", "Julianalaan", "Beukenlaan"], "{s} {n}",
           ["2512 AB Den Haag", "9711 LM Groningen", "5611 EM Eindhoven"]),
    "es": (["Calle de Cervantes", "Avenida del Puerto", "Calle Real", "Paseo de Gracia",
            "Calle Sol"], "{s}, {n}", ["08007 Barcelona", "29001 Málaga", "50001 Zaragoza"]),
    "it": (["Via Giuseppe Verdi", "Viale dei Mille", "Via Dante", "Piazza Cavour", "Via delle Rose"],
           "{s} {n}", ["40121 Bologna", "50122 Firenze", "80134 Napoli"]),
    "pt": (["Rua de Santa Catarina", "Avenida Almirante Reis", "Rua das Flores",
            "Travessa do Carmo"], "{s}, {n}", ["4000-447 Porto", "1150-020 Lisboa", "3000-150 Coimbra"]),
    "pl": (["ul. Mickiewicza", "ul. Ogrodowa", "al. Jana Pawła II", "ul. Lipowa"], "{s} {n}",
           ["50-001 Wrocław", "80-831 Gdańsk", "61-701 Poznań"]),
    "sv": (["Vasagatan", "Björkvägen", "Strindbergsgatan", "Kyrkogatan"], "{s} {n}",
           ["753 20 Uppsala", "211 22 Malmö", "903 26 Umeå"]),
    "da": (["Nørregade", "Vestergade", "H.C. Andersens Boulevard", "Bøgevej"], "{s} {n}",
           ["8000 Aarhus C", "5000 Odense C", "2100 København Ø"]),
    "no": (["Storgata", "Kirkeveien", "Henrik Ibsens gate", "Bjørkeveien"], "{s} {n}",
           ["0182 Oslo", "5003 Bergen", "7011 Trondheim"]),
    "fi": (["Mannerheimintie", "Koivukuja", "Hämeenkatu", "Runebergintie"], "{s} {n}",
           ["00100 Helsinki", "33100 Tampere", "20100 Turku"]),
    "cs": (["Palackého", "Masarykova", "Lipová", "Nádražní"], "{s} {n}",
           ["110 00 Praha 1", "779 00 Olomouc", "370 01 České Budějovice"]),
    "hu": (["Petőfi Sándor utca", "Rákóczi út", "Ady Endre utca", "Fő utca"], "{s} {n}.",
           ["1072 Budapest", "4024 Debrecen", "7621 Pécs"]),
    "tr": (["Atatürk Bulvarı", "İstiklal Caddesi", "Gül Sokak", "Menekşe Sokak"], "{s} No: {n}",
           ["35220 Konak/İzmir", "16010 Osmangazi/Bursa", "06690 Çankaya/Ankara"]),
    "ro": (["Strada Mihai Eminescu", "Bulevardul Unirii", "Strada Florilor", "Calea Victoriei"],
           "{s} nr. {n}", ["400001 Cluj-Napoca", "700259 Iași", "300011 Timișoara"]),
    "el": (["Οδός Ερμού", "Λεωφόρος Κηφισίας", "Οδός Αριστοτέλους", "Οδός Πατησίων"], "{s} {n}",
           ["105 63 Αθήνα", "546 23 Θεσσαλονίκη", "262 21 Πάτρα"]),
}


def split_town(lg, town):
    """(postcode, town) of a postcode-and-town line."""
    w = town.split(" ")
    if lg == "en":
        return " ".join(w[1:]), w[0]
    k = 2 if lg in ("nl", "sv", "cs", "el") else 1
    return " ".join(w[:k]), " ".join(w[k:])


def street(lg):
    names, fmt, towns = STREETS[lg]
    n = str(rng.randint(2, 148))
    if lg == "cs" and rng.random() < 0.4:
        n = "%d/%d" % (rng.randint(100, 2400), rng.randint(2, 60))
    s = rng.choice(names)
    return fmt.replace("{n}", n).replace("{s}", s), rng.choice(towns), s


# ---- words of each language --------------------------------------------------------------------
LBL_KEYS = ["name", "first", "last", "dob", "addr", "phone", "email", "date", "item", "ref", "notes",
            "contact", "guardian", "sig"]
LBL = {
    "en": "Name|First name|Surname|Date of birth|Address|Phone|Email|Date|Item|Ref.|Notes|"
          "Emergency contact|Parent/guardian|Signature",
    "de": "Name|Vorname|Nachname|Geburtsdatum|Anschrift|Telefon|E-Mail|Datum|Artikel|Vorgangsnr.|"
          "Bemerkungen|Notfallkontakt|Erziehungsberechtigte/r|Unterschrift",
    "fr": "Nom|Prénom|Nom de famille|Date de naissance|Adresse|Téléphone|Courriel|Date|Article|Réf.|"
          "Remarques|Personne à prévenir|Responsable légal|Signature",
    "nl": "Naam|Voornaam|Achternaam|Geboortedatum|Adres|Telefoon|E-mail|Datum|Artikel|Kenmerk|"
          "Opmerkingen|Noodcontact|Ouder/voogd|Handtekening",
    "es": "Nombre|Nombre de pila|Apellidos|Fecha de nacimiento|Dirección|Teléfono|Correo|Fecha|"
          "Artículo|Ref.|Observaciones|Contacto de emergencia|Padre/madre/tutor|Firma",
    "it": "Nome e cognome|Nome|Cognome|Data di nascita|Indirizzo|Telefono|E-mail|Data|Articolo|Rif.|"
          "Note|Contatto di emergenza|Genitore/tutore|Firma",
    "pt": "Nome|Nome próprio|Apelido|Data de nascimento|Morada|Telefone|E-mail|Data|Artigo|Ref.ª|"
          "Observações|Contacto de emergência|Encarregado de educação|Assinatura",
    "pl": "Imię i nazwisko|Imię|Nazwisko|Data urodzenia|Adres|Telefon|E-mail|Data|Pozycja|Nr ref.|"
          "Uwagi|Kontakt awaryjny|Rodzic/opiekun|Podpis",
    "sv": "Namn|Förnamn|Efternamn|Födelsedatum|Adress|Telefon|E-post|Datum|Artikel|Ref.nr|"
          "Anteckningar|Nödkontakt|Vårdnadshavare|Underskrift",
    "da": "Navn|Fornavn|Efternavn|Fødselsdato|Adresse|Telefon|E-mail|Dato|Vare|Ref.nr.|"
          "Bemærkninger|Nødkontakt|Forælder/værge|Underskrift",
    "no": "Navn|Fornavn|Etternavn|Fødselsdato|Adresse|Telefon|E-post|Dato|Artikkel|Ref.nr.|"
          "Merknader|Nærmeste pårørende|Foresatt|Signatur",
    "fi": "Nimi|Etunimi|Sukunimi|Syntymäaika|Osoite|Puhelin|Sähköposti|Päivämäärä|Tuote|Viite|"
          "Huomautukset|Hätäyhteyshenkilö|Huoltaja|Allekirjoitus",
    "cs": "Jméno a příjmení|Jméno|Příjmení|Datum narození|Adresa|Telefon|E-mail|Datum|Položka|Č. j.|"
          "Poznámky|Kontakt v nouzi|Zákonný zástupce|Podpis",
    "hu": "Név|Utónév|Vezetéknév|Születési dátum|Lakcím|Telefon|E-mail|Dátum|Tétel|Hiv. szám|"
          "Megjegyzés|Értesítendő személy|Szülő/gondviselő|Aláírás",
    "tr": "Ad Soyad|Ad|Soyad|Doğum tarihi|Adres|Telefon|E-posta|Tarih|Ürün|Ref. no|Notlar|"
          "Acil durumda aranacak kişi|Veli|İmza",
    "ro": "Nume și prenume|Prenume|Nume|Data nașterii|Adresa|Telefon|E-mail|Data|Articol|Nr. ref.|"
          "Observații|Persoană de contact|Părinte/tutore|Semnătura",
    "el": "Ονοματεπώνυμο|Όνομα|Επώνυμο|Ημερομηνία γέννησης|Διεύθυνση|Τηλέφωνο|Email|Ημερομηνία|"
          "Είδος|Αρ. αναφ.|Παρατηρήσεις|Επαφή έκτακτης ανάγκης|Κηδεμόνας|Υπογραφή",
}
LBL = {k: dict(zip(LBL_KEYS, v.split("|"))) for k, v in LBL.items()}
ASK = {
    "en": ["Can you clean this up and put the details in a table?", "Pull out the fields as JSON please.",
           "Anything missing or inconsistent in this?"],
    "de": ["Kannst du das aufräumen und die Angaben in eine Tabelle bringen?",
           "Bitte die Felder als JSON extrahieren.", "Fehlt hier etwas oder passt etwas nicht zusammen?"],
    "fr": ["Tu peux nettoyer ça et mettre les infos dans un tableau ?",
           "Extrais les champs en JSON, s'il te plaît.", "Il manque quelque chose ou il y a une incohérence ?"],
    "nl": ["Kun je dit opschonen en de gegevens in een tabel zetten?", "Haal de velden eruit als JSON graag.",
           "Ontbreekt er iets of klopt er iets niet?"],
    "es": ["¿Puedes limpiar esto y poner los datos en una tabla?", "Extrae los campos en JSON, por favor.",
           "¿Falta algo o hay algo incoherente?"],
    "it": ["Puoi sistemare questo testo e mettere i dati in una tabella?",
           "Estrai i campi in JSON, per favore.", "Manca qualcosa o c'è qualcosa che non torna?"],
    "pt": ["Podes limpar isto e pôr os dados numa tabela?", "Extrai os campos em JSON, por favor.",
           "Falta alguma coisa ou há algo incoerente?"],
    "pl": ["Możesz to uporządkować i wstawić dane do tabeli?", "Wyciągnij pola jako JSON.",
           "Czegoś brakuje albo coś się nie zgadza?"],
    "sv": ["Kan du städa upp det här och lägga uppgifterna i en tabell?", "Plocka ut fälten som JSON, tack.",
           "Saknas något eller stämmer något inte?"],
    "da": ["Kan du rydde op i det her og sætte oplysningerne i en tabel?", "Træk felterne ud som JSON, tak.",
           "Mangler der noget, eller er der noget, der ikke passer?"],
    "no": ["Kan du rydde opp i dette og sette opplysningene i en tabell?", "Hent ut feltene som JSON, takk.",
           "Mangler noe, eller er noe feil her?"],
    "fi": ["Voitko siistiä tämän ja koota tiedot taulukkoon?", "Poimi kentät JSON-muodossa, kiitos.",
           "Puuttuuko jotain tai onko jotain ristiriitaista?"],
    "cs": ["Můžeš to učesat a dát údaje do tabulky?", "Vytáhni prosím pole jako JSON.",
           "Chybí tu něco nebo něco nesedí?"],
    "hu": ["Rendbe tennéd ezt, és táblázatba tennéd az adatokat?", "Kérlek, szedd ki a mezőket JSON-ként.",
           "Hiányzik valami, vagy valami nem stimmel?"],
    "tr": ["Bunu temizleyip bilgileri bir tabloya koyar mısın?", "Alanları JSON olarak çıkarır mısın?",
           "Eksik ya da tutarsız bir şey var mı?"],
    "ro": ["Poți să faci ordine aici și să pui datele într-un tabel?", "Extrage câmpurile ca JSON, te rog.",
           "Lipsește ceva sau e ceva inconsecvent?"],
    "el": ["Μπορείς να το καθαρίσεις και να βάλεις τα στοιχεία σε πίνακα;",
           "Βγάλε τα πεδία σε JSON, παρακαλώ.", "Λείπει κάτι ή υπάρχει κάποια ασυνέπεια;"],
}
TASK = {  # a developer's request to a coding agent; {T} the kind of record
    "en": ["The importer for our {T} export crashes on the latest file. Find the bad row and fix the parser.",
           "The tests for the {T} module are red since this morning, please fix them."],
    "de": ["Der Import des {T}-Exports stürzt bei der neuesten Datei ab. Finde die kaputte Zeile und repariere den Parser.",
           "Die Tests für das Modul {T} sind seit heute früh rot, bitte beheben."],
    "fr": ["L'import de l'export « {T} » plante sur le dernier fichier. Trouve la ligne fautive et corrige le parseur.",
           "Les tests du module {T} sont rouges depuis ce matin, tu peux corriger ?"],
    "nl": ["De import van de {T}-export crasht op het laatste bestand. Zoek de foute regel en fix de parser.",
           "De tests van de module {T} zijn sinds vanochtend rood, kun je ze fixen?"],
    "es": ["El importador de la exportación de {T} falla con el último fichero. Busca la fila mala y arregla el parser.",
           "Los tests del módulo {T} están en rojo desde esta mañana, ¿los arreglas?"],
    "it": ["L'importazione dell'export {T} si blocca sull'ultimo file. Trova la riga sbagliata e sistema il parser.",
           "I test del modulo {T} sono rossi da stamattina, puoi sistemarli?"],
    "pt": ["O importador da exportação de {T} rebenta com o último ficheiro. Encontra a linha má e corrige o parser.",
           "Os testes do módulo {T} estão a vermelho desde manhã, podes corrigir?"],
    "pl": ["Import eksportu {T} wywala się na najnowszym pliku. Znajdź zły wiersz i popraw parser.",
           "Testy modułu {T} są czerwone od rana, napraw je proszę."],
    "sv": ["Importen av {T}-exporten kraschar på senaste filen. Hitta den trasiga raden och laga parsern.",
           "Testerna för modulen {T} är röda sedan i morse, kan du fixa dem?"],
    "da": ["Importen af {T}-eksporten går ned på den nyeste fil. Find den dårlige række og ret parseren.",
           "Testene for modulet {T} har været røde siden i morges, kan du rette dem?"],
    "no": ["Importen av {T}-eksporten krasjer på den nyeste fila. Finn den dårlige raden og fiks parseren.",
           "Testene for modulen {T} har vært røde siden i morges, kan du fikse dem?"],
    "fi": ["{T}-viennin tuonti kaatuu uusimpaan tiedostoon. Etsi virheellinen rivi ja korjaa jäsennin.",
           "Moduulin {T} testit ovat punaisella aamusta asti, korjaisitko ne?"],
    "cs": ["Import exportu {T} padá na nejnovějším souboru. Najdi vadný řádek a oprav parser.",
           "Testy modulu {T} jsou od rána červené, oprav je prosím."],
    "hu": ["A(z) {T} export importja elszáll a legújabb fájlon. Keresd meg a hibás sort, és javítsd a parsert.",
           "A(z) {T} modul tesztjei reggel óta pirosak, megjavítanád?"],
    "tr": ["{T} dışa aktarımının içe aktarıcısı son dosyada çöküyor. Hatalı satırı bul ve ayrıştırıcıyı düzelt.",
           "{T} modülünün testleri sabahtan beri kırmızı, düzeltir misin?"],
    "ro": ["Importul exportului {T} crapă la ultimul fișier. Găsește rândul greșit și repară parserul.",
           "Testele modulului {T} sunt roșii de azi-dimineață, le poți repara?"],
    "el": ["Η εισαγωγή της εξαγωγής {T} κρασάρει στο τελευταίο αρχείο. Βρες τη χαλασμένη γραμμή και διόρθωσε τον parser.",
           "Τα tests του module {T} είναι κόκκινα από το πρωί, μπορείς να τα φτιάξεις;"],
}
SMS = {  # greeting, "it's" before one's own name, "thanks", "booking for"
    "en": ("hi", "its", "thx", "booking for"), "de": ("hallo", "hier ist", "danke", "buchung für"),
    "fr": ("bjr", "c'est", "merci", "résa pour"), "nl": ("hoi", "met", "thx", "boeking voor"),
    "es": ("hola", "soy", "gracias", "reserva para"), "it": ("ciao", "sono", "grazie", "prenotazione per"),
    "pt": ("olá", "sou", "obg", "reserva para"), "pl": ("hej", "tu", "dzięki", "rezerwacja dla"),
    "sv": ("hej", "det är", "tack", "bokning för"), "da": ("hej", "det er", "tak", "booking til"),
    "no": ("hei", "det er", "takk", "bestilling til"), "fi": ("moi", "täällä", "kiitos", "varaus:"),
    "cs": ("ahoj", "tady", "díky", "rezervace pro"), "hu": ("szia", "itt", "kösz", "foglalás:"),
    "tr": ("merhaba", "ben", "tşk", "rezervasyon:"), "ro": ("bună", "sunt", "mersi", "rezervare pentru"),
    "el": ("γεια", "είμαι", "ευχαριστώ", "κράτηση για"),
}

# ---- kinds of text -----------------------------------------------------------------------------
# key: (titles en|de|fr|nl|es|it|pt|pl|sv|da|no|fi|cs|hu|tr|ro|el, has a birth, has a street,
#       look-alikes as (label, values))
DOMAINS = {
    "snow": ("Snow-clearing contract|Winterdienstvertrag|Contrat de déneigement|Sneeuwruimcontract|"
             "Contrato de retirada de nieve|Contratto sgombero neve|Contrato de limpeza de neve|"
             "Umowa odśnieżania|Snöröjningsavtal|Snerydningsaftale|Brøyteavtale|Lumitöiden sopimus|"
             "Smlouva o zimní údržbě|Hóeltakarítási szerződés|Kar temizleme sözleşmesi|"
             "Contract deszăpezire|Σύμβαση αποχιονισμού",
             False, True, [("NEG_PRODUCT", ["plough truck 'Big Bertha'", "gritter Sir Salter",
                                            "Unimog U400", "John Deere 1026R"]),
                           ("NEG_STREET", ["Bahnhofstraße", "Victoria Road", "rue Victor Hugo"])]),
    "windows": ("Window-cleaning round|Fensterputz-Tour|Tournée lavage de vitres|Glazenwassersronde|"
                "Ruta de limpieza de cristales|Giro pulizia vetri|Ronda de limpeza de janelas|"
                "Trasa mycia okien|Fönsterputsrunda|Vinduespudserrute|Vindusvaskrunde|Ikkunanpesukierros|"
                "Trasa mytí oken|Ablakmosó kör|Cam silme turu|Tură spălat geamuri|Δρομολόγιο καθαρισμού τζαμιών",
                False, True, [("NEG_PRODUCT", ["Unger HiFlo", "Gardiner pole", "Ettore squeegee"]),
                              ("NEG_ROOM", ["conservatory", "Flat 3", "Block B"])]),
    "kayak": ("Kayak and canoe rental|Kajak- und Kanuverleih|Location de kayaks et canoës|"
              "Kano- en kajakverhuur|Alquiler de kayaks y canoas|Noleggio kayak e canoe|"
              "Aluguer de caiaques e canoas|Wypożyczalnia kajaków|Kajak- och kanotuthyrning|"
              "Kajak- og kanoudlejning|Kajakk- og kanoutleie|Kajakki- ja kanoottivuokraus|"
              "Půjčovna kajaků a kánoí|Kajak- és kenukölcsönzés|Kano ve kayak kiralama|"
              "Închiriere caiace și canoe|Ενοικίαση καγιάκ και κανό",
              True, False, [("NEG_SHIP", ["Greta", "Old Tom", "Lady Jane", "Sankt Olav", "Margarethe"]),
                            ("NEG_NUMBER", ["PFD-2291-0043", "0041 7765 2231"])]),
    "archery": ("Archery club range card|Bogensport-Schießkarte|Carte de tir à l'arc|Handboogschutterskaart|"
                "Tarjeta de tiro con arco|Tessera tiro con l'arco|Cartão de tiro com arco|"
                "Karta toru łuczniczego|Bågskyttekort|Bueskydningskort|Bueskytingskort|Jousiammuntakortti|"
                "Lukostřelecká karta|Íjászpálya-kártya|Okçuluk atış kartı|Card tir cu arcul|Κάρτα τοξοβολίας",
                True, False, [("NEG_PRODUCT", ["Hoyt Satori", "Win&Win Wiawis", "Bear Grizzly"]),
                              ("NEG_VERSION", ["WA 2.1", "rules v3.4.2"])]),
    "foraging": ("Mushroom-foraging course|Pilzsammelkurs|Stage de cueillette de champignons|"
                 "Paddenstoelencursus|Curso de recolección de setas|Corso di raccolta funghi|"
                 "Curso de apanha de cogumelos|Kurs grzybobrania|Svampplockarkurs|Svampekursus|"
                 "Soppturkurs|Sienikurssi|Houbařský kurz|Gombász tanfolyam|Mantar toplama kursu|"
                 "Curs de cules ciuperci|Σεμινάριο συλλογής μανιταριών",
                 False, False, [("NEG_TERM", ["Amanita muscaria", "Boletus edulis", "Cantharellus cibarius",
                                              "Macrolepiota procera"]),
                                ("NEG_PLACE", ["Black Forest", "Fontainebleau", "Białowieża"])]),
    "modelrail": ("Model-railway exhibition entry|Modellbahn-Ausstellungsanmeldung|"
                  "Inscription exposition ferroviaire|Aanmelding modelspoorbeurs|"
                  "Inscripción exposición de modelismo ferroviario|Iscrizione mostra fermodellismo|"
                  "Inscrição exposição de modelismo|Zgłoszenie na wystawę kolejek|Anmälan modelljärnvägsutställning|"
                  "Tilmelding modeljernbaneudstilling|Påmelding modelljernbaneutstilling|"
                  "Pienoisrautatienäyttelyn ilmoittautuminen|Přihláška na výstavu železničních modelů|"
                  "Vasútmodell-kiállítás nevezés|Model tren sergisi başvurusu|Înscriere expoziție feroviară|"
                  "Συμμετοχή σε έκθεση μοντελισμού τρένων",
                  False, True, [("NEG_PRODUCT", ["Flying Scotsman", "Lady of the Lake", "Märklin 3000",
                                                  "Roco BR 218", "Duchess of Hamilton"]),
                                ("NEG_NUMBER", ["DCC 0314", "layout 07"])]),
    "cosplay": ("Cosplay competition entry|Cosplay-Wettbewerbsanmeldung|Inscription concours cosplay|"
                "Cosplaywedstrijd inschrijving|Inscripción concurso cosplay|Iscrizione gara cosplay|"
                "Inscrição concurso cosplay|Zgłoszenie do konkursu cosplay|Anmälan cosplaytävling|"
                "Tilmelding cosplaykonkurrence|Påmelding cosplaykonkurranse|Cosplay-kilpailun ilmoittautuminen|"
                "Přihláška do cosplay soutěže|Cosplay-verseny nevezés|Cosplay yarışması başvurusu|"
                "Înscriere concurs cosplay|Αίτηση διαγωνισμού cosplay",
                True, False, [("NEG_TERM", ["Geralt of Rivia", "Sailor Moon", "Princess Zelda",
                                            "Hermione Granger", "Captain Jack Sparrow"]),
                              ("NEG_NUMBER", ["entry 0412 557 903"])]),
    "skating": ("Figure-skating test entry|Eiskunstlauf-Prüfungsanmeldung|Inscription test patinage|"
                "Kunstschaatsen examen|Inscripción prueba patinaje|Iscrizione test pattinaggio|"
                "Inscrição teste patinagem|Zgłoszenie na egzamin łyżwiarski|Anmälan konståkningstest|"
                "Tilmelding kunstskøjtetest|Påmelding kunstløpsprøve|Taitoluistelutestin ilmoittautuminen|"
                "Přihláška na krasobruslařské zkoušky|Műkorcsolya vizsga nevezés|Artistik patinaj sınav başvurusu|"
                "Înscriere test patinaj|Αίτηση εξέτασης καλλιτεχνικού πατινάζ",
                True, False, [("NEG_PLACE", ["Sonja Henie rink", "Eishalle Katarina Witt", "Patinoire Surya Bonaly"]),
                              ("NEG_TERM", ["Salchow", "Axel", "Lutz", "Rittberger"])]),
    "costume": ("Theatre costume hire|Theaterkostümverleih|Location de costumes de théâtre|"
                "Kostuumverhuur theater|Alquiler de vestuario teatral|Noleggio costumi teatrali|"
                "Aluguer de figurinos|Wypożyczalnia kostiumów|Teaterkostymuthyrning|Kostumeudlejning|"
                "Kostymeutleie|Teatteripukujen vuokraus|Půjčovna divadelních kostýmů|Jelmezkölcsönzés|"
                "Tiyatro kostüm kiralama|Închiriere costume de teatru|Ενοικίαση θεατρικών κοστουμιών",
                False, True, [("NEG_TERM", ["Mrs Doubtfire", "Cyrano de Bergerac", "Lady Macbeth",
                                            "Don Giovanni"]),
                              ("NEG_DATE", None)]),
    "husky": ("Husky sled tour booking|Husky-Schlittentour Buchung|Réservation balade en chiens de traîneau|"
              "Boeking huskytocht|Reserva excursión en trineo de huskies|Prenotazione gita con husky|"
              "Reserva passeio de trenó|Rezerwacja kuligu z huskies|Bokning hundspannstur|"
              "Booking af hundeslædetur|Bestilling hundesledetur|Huskysafarin varaus|"
              "Rezervace jízdy se psím spřežením|Kutyaszános túra foglalás|Husky kızak turu rezervasyonu|"
              "Rezervare tur cu sania trasă de câini|Κράτηση εκδρομής με έλκηθρο",
              True, False, [("NEG_PET", ["Bjørn", "Luna", "Odin", "Sasha", "Max", "Freya"]),
                            ("NEG_NUMBER", ["voucher 4471 2208 19"])]),
    "consign": ("Consignor agreement|Kommissionsvertrag|Contrat de dépôt-vente|Consignatieovereenkomst|"
                "Contrato de consignación|Contratto conto vendita|Contrato de consignação|Umowa komisowa|"
                "Kommissionsavtal|Kommissionsaftale|Kommisjonsavtale|Myyntitiliosopimus|Komisionářská smlouva|"
                "Bizományi szerződés|Konsinye sözleşmesi|Contract de consignație|Σύμβαση παρακαταθήκης",
                False, True, [("NEG_ORG", ["Yves Saint Laurent", "Christian Dior", "Ralph Lauren",
                                           "Karl Lagerfeld"]),
                              ("NEG_CODE", ["IBAN ...4471", "DE89 **** 3000"])]),
    "locker": ("Locker rental|Schließfachmiete|Location de casier|Kluishuur|Alquiler de taquilla|"
               "Noleggio armadietto|Aluguer de cacifo|Wynajem szafki|Skåphyra|Skabsleje|Skapleie|"
               "Kaappivuokra|Pronájem skříňky|Szekrénybérlés|Dolap kiralama|Închiriere dulap|"
               "Ενοικίαση θυρίδας",
               True, False, [("NEG_CODE", ["L-214", "B2-077", "K 19"]), ("NEG_DATE", None)]),
    "toolshed": ("Tool-lending shed loan|Werkzeugverleih Ausleihe|Prêt de l'outilthèque|"
                 "Gereedschapsuitleen|Préstamo de herramientas|Prestito attrezzi|Empréstimo de ferramentas|"
                 "Wypożyczenie narzędzi|Verktygsutlåning|Værktøjsudlån|Verktøyutlån|Työkalulainaamo|"
                 "Půjčovna nářadí|Szerszámkölcsönző|Alet ödünç verme|Împrumut de unelte|Δανεισμός εργαλείων",
                 False, True, [("NEG_PRODUCT", ["Makita DHP482", "Stanley FatMax", "Bosch GSR 18V",
                                                "Festool Domino"]), ("NEG_DATE", None)]),
    "seedswap": ("Seed-swap register|Saatgut-Tauschliste|Registre de troc de graines|Zadenruillijst|"
                 "Registro de intercambio de semillas|Registro scambio semi|Registo de troca de sementes|"
                 "Rejestr wymiany nasion|Fröbytesregister|Frøbytteliste|Frøbytteliste|Siemenvaihtolista|"
                 "Seznam výměny semínek|Magcsere-nyilvántartás|Tohum takas listesi|Registru schimb de semințe|"
                 "Μητρώο ανταλλαγής σπόρων",
                 False, False, [("NEG_TERM", ["Cherokee Purple", "Mortgage Lifter", "Kaiser Wilhelm",
                                              "Marmande", "Green Zebra", "Lady Godiva"]),
                                ("NEG_DATE", None)]),
    "bells": ("Bell-ringing peal record|Glockenläut-Protokoll|Registre de sonnerie|Klokkenluidersverslag|"
              "Registro de toque de campanas|Registro di suonata a campane|Registo de toque de sinos|"
              "Protokół dzwonienia|Klockringningsprotokoll|Klokkeringningsprotokol|Kirkeklokkeprotokoll|"
              "Kellonsoittopöytäkirja|Záznam zvonění|Harangozási jegyzőkönyv|Çan çalma kaydı|"
              "Registru de tras clopotele|Πρωτόκολλο κωδωνοκρουσίας",
              False, False, [("NEG_TERM", ["Grandsire Triples", "Stedman Caters", "Kent Treble Bob Major",
                                           "Plain Bob Minor"]),
                             ("NEG_PLACE", ["St Mary's", "Frauenkirche", "Sint-Janskerk", "St Olaf"])]),
    "upholstery": ("Upholstery job ticket|Polsterei-Auftrag|Bon de travaux tapisserie|Stoffeerder werkbon|"
                   "Orden de tapicería|Ordine di tappezzeria|Ordem de estofador|Zlecenie tapicerskie|"
                   "Tapetserararbetsorder|Polstrerordre|Møbeltapetsererordre|Verhoilijan työtilaus|"
                   "Čalounická zakázka|Kárpitos munkalap|Döşemeci iş emri|Comandă tapițerie|"
                   "Δελτίο εργασίας ταπετσέρη",
                   False, True, [("NEG_PRODUCT", ["Morris & Co. Strawberry Thief", "Chesterfield sofa",
                                                  "Eames lounge chair", "Wassily chair"]),
                                 ("NEG_DATE", None)]),
    "framing": ("Picture-framing order|Bilderrahmen-Auftrag|Commande d'encadrement|Inlijstopdracht|"
                "Pedido de enmarcado|Ordine di incorniciatura|Encomenda de emolduramento|"
                "Zamówienie oprawy obrazu|Inramningsorder|Indrammningsordre|Innrammingsordre|Kehystystilaus|"
                "Objednávka rámování|Képkeretezési megrendelés|Çerçeveleme siparişi|Comandă înrămare|"
                "Παραγγελία κορνιζαρίσματος",
                False, False, [("NEG_TERM", ["after Vermeer", "Klimt print", "Monet, Water Lilies",
                                             "Hokusai wave"]),
                               ("NEG_NUMBER", ["order 0176 443 2290", "mount 23 0912"])]),
    "boardgame": ("Board-game café table booking|Spielecafé Tischreservierung|Réservation bar à jeux|"
                  "Bordspellencafé reservering|Reserva café de juegos|Prenotazione ludopub|"
                  "Reserva café de jogos|Rezerwacja stolika w kawiarni planszówkowej|Bordsbokning spelkafé|"
                  "Bordbestilling brætspilscafé|Bordbestilling brettspillkafé|Lautapelikahvilan pöytävaraus|"
                  "Rezervace stolu v herní kavárně|Társasjáték-kávézó asztalfoglalás|Kutu oyunu kafe rezervasyonu|"
                  "Rezervare masă cafenea de jocuri|Κράτηση τραπεζιού σε καφέ επιτραπέζιων",
                  False, False, [("NEG_PRODUCT", ["Agricola", "Carcassonne", "Marco Polo", "Lorenzo il Magnifico",
                                                  "Terraforming Mars", "Wingspan"]), ("NEG_DATE", None)]),
    "orienteering": ("Orienteering results|Orientierungslauf Ergebnisse|Résultats course d'orientation|"
                     "Oriëntatieloop uitslagen|Resultados orientación|Risultati orienteering|"
                     "Resultados orientação|Wyniki biegu na orientację|Orienteringsresultat|"
                     "Orienteringsresultater|Orienteringsresultater|Suunnistuksen tulokset|Výsledky OB|"
                     "Tájfutás eredmények|Oryantiring sonuçları|Rezultate orientare|Αποτελέσματα προσανατολισμού",
                     True, False, [("NEG_ORG", ["OK Linné", "IFK Göteborg", "Kalevan Rasti", "Tisvilde Hegn OK"]),
                                   ("NEG_NUMBER", ["SI 8 123 456", "SIAC 7 004 512"])]),
    "grooming": ("Dog-grooming card|Hundesalon-Kundenkarte|Fiche toilettage|Trimsalon klantkaart|"
                 "Ficha peluquería canina|Scheda toelettatura|Ficha de tosquia|Karta groomera|"
                 "Hundtrimning kundkort|Hundefrisør kundekort|Hundefrisør kundekort|Koirahoitolan asiakaskortti|"
                 "Karta psího salonu|Kutyakozmetika ügyfélkártya|Köpek kuaförü kartı|Fișă toaletaj canin|"
                 "Καρτέλα κομμωτηρίου σκύλων",
                 False, True, [("NEG_PET", ["Winston", "Frida", "Mr. Biscuit", "Lady", "Oskar", "Bella"]),
                               ("NEG_DATE", None)]),
    "cooking": ("Cooking-class booking|Kochkurs-Buchung|Réservation cours de cuisine|Kookworkshop boeking|"
                "Reserva clase de cocina|Prenotazione corso di cucina|Reserva aula de culinária|"
                "Rezerwacja warsztatów kulinarnych|Bokning matlagningskurs|Booking madlavningskursus|"
                "Bestilling matlagingskurs|Kokkikurssin varaus|Rezervace kurzu vaření|Főzőtanfolyam foglalás|"
                "Yemek kursu rezervasyonu|Rezervare curs de gătit|Κράτηση μαθήματος μαγειρικής",
                False, False, [("NEG_TERM", ["Beef Wellington", "Peach Melba", "Pizza Margherita",
                                             "Eggs Benedict", "Crêpes Suzette", "Pavlova"]), ("NEG_DATE", None)]),
    "tyres": ("Tyre-hotel storage ticket|Reifeneinlagerung Schein|Ticket hôtel de pneus|Bandenhotel bon|"
              "Guardamuebles de neumáticos|Deposito pneumatici|Hotel de pneus|Przechowalnia opon|"
              "Däckhotell kvitto|Dækhotel kvittering|Dekkhotell kvittering|Rengashotelli kuitti|"
              "Uskladnění pneumatik|Gumihotel szelvény|Lastik oteli fişi|Hotel de anvelope|Φύλαξη ελαστικών",
              False, False, [("NEG_PRODUCT", ["Michelin Alpin 6", "Pirelli Sottozero", "Mercedes A-Klasse",
                                              "Škoda Octavia", "Nokian Hakkapeliitta"]),
                             ("NEG_CODE", ["DOT 2319", "B-KM 4471", "HH-AL 202"])]),
    "falconry": ("Falconry experience booking|Falknerei-Erlebnis Buchung|Réservation fauconnerie|"
                 "Valkerij-ervaring boeking|Reserva experiencia de cetrería|Prenotazione falconeria|"
                 "Reserva de falcoaria|Rezerwacja pokazu sokolnictwa|Bokning falkenerarupplevelse|"
                 "Booking falkeoplevelse|Bestilling falkeopplevelse|Haukkakokemuksen varaus|"
                 "Rezervace sokolnického zážitku|Solymászbemutató foglalás|Şahincilik deneyimi rezervasyonu|"
                 "Rezervare experiență de falconerie|Κράτηση εμπειρίας γερακαρικής",
                 True, False, [("NEG_PET", ["Merlin", "Odin", "Freya", "Hector", "Sir Percy"]),
                               ("NEG_DATE", None)]),
    "sciencefair": ("Science-fair project registration|Jugend-forscht-Projektanmeldung|"
                    "Inscription expo-sciences|Inschrijving wetenschapsbeurs|Inscripción feria de ciencias|"
                    "Iscrizione fiera della scienza|Inscrição feira de ciências|Zgłoszenie na festiwal nauki|"
                    "Anmälan vetenskapsmässa|Tilmelding videnskabsmesse|Påmelding forskerfest|"
                    "Tiedemessujen ilmoittautuminen|Přihláška na vědecký veletrh|Tudományos vásár nevezés|"
                    "Bilim fuarı proje başvurusu|Înscriere târg de științe|Αίτηση συμμετοχής σε έκθεση επιστήμης",
                    True, False, [("NEG_TERM", ["Newton's cradle", "Tesla coil", "Pascal's barrel",
                                                "Foucault pendulum"]),
                                  ("NEG_ORG", ["Marie-Curie-Gymnasium", "Lycée Victor Duruy", "Colegio Miguel Hernández"])]),
    "circus": ("Circus-school class booking|Zirkusschule Kursbuchung|Réservation école de cirque|"
               "Circusschool inschrijving|Reserva escuela de circo|Prenotazione scuola di circo|"
               "Reserva escola de circo|Zapis do szkoły cyrkowej|Bokning cirkusskola|Booking cirkusskole|"
               "Bestilling sirkusskole|Sirkuskoulun varaus|Rezervace cirkusové školy|Cirkuszi iskola foglalás|"
               "Sirk okulu kaydı|Rezervare școală de circ|Κράτηση σχολής τσίρκου",
               True, False, [("NEG_ORG", ["Zirkus Roncalli", "Cirque du Soleil", "Circus Oz"]),
                             ("NEG_TERM", ["aerial silks", "Cyr wheel", "Chinese pole"])]),
    "detecting": ("Metal-detecting find report|Sondengänger-Fundmeldung|Déclaration de trouvaille|"
                  "Vondstmelding metaaldetectie|Informe de hallazgo|Segnalazione di ritrovamento|"
                  "Relatório de achado|Zgłoszenie znaleziska|Fyndrapport metallsökning|Fundanmeldelse|"
                  "Funnmelding metallsøking|Löytöilmoitus|Hlášení nálezu|Leletbejelentés|Buluntu raporu|"
                  "Raport de descoperire|Αναφορά εύρεσης",
                  False, True, [("NEG_TERM", ["Victoria penny", "Maria-Theresien-Taler", "Louis d'or",
                                              "George III halfpenny"]),
                                ("NEG_CODE", ["SU 4123 8765", "32U 461234 5523456"])]),
    "dig": ("Archaeological dig volunteer registration|Grabungshelfer-Anmeldung|Inscription bénévole fouilles|"
            "Aanmelding vrijwilliger opgraving|Inscripción voluntario excavación|Iscrizione volontario scavo|"
            "Inscrição voluntário escavação|Zgłoszenie wolontariusza wykopalisk|Anmälan volontär utgrävning|"
            "Tilmelding frivillig udgravning|Påmelding frivillig utgraving|Kaivausvapaaehtoisen ilmoittautuminen|"
            "Přihláška dobrovolníka na vykopávky|Ásatási önkéntes jelentkezés|Kazı gönüllü kaydı|"
            "Înscriere voluntar săpături|Εγγραφή εθελοντή ανασκαφής",
            True, False, [("NEG_PLACE", ["Hadrian's Wall", "Hallstatt", "Vindolanda", "Biskupin"]),
                          ("NEG_CODE", ["trench 4B", "context 1043"])]),
    "vegbox": ("Veg-box subscription|Gemüsekisten-Abo|Abonnement panier de légumes|Groentepakket abonnement|"
               "Suscripción cesta de verduras|Abbonamento cassetta di verdure|Assinatura cabaz de legumes|"
               "Abonament skrzynki warzyw|Grönsakslåda prenumeration|Grøntsagskasse abonnement|"
               "Grønnsakskasse abonnement|Vihanneslaatikko tilaus|Předplatné bedýnky zeleniny|"
               "Zöldségdoboz előfizetés|Sebze kutusu aboneliği|Abonament coș de legume|Συνδρομή κουτιού λαχανικών",
               False, True, [("NEG_PRODUCT", ["Pink Lady", "Charlotte potatoes", "Maris Piper", "Belle de Fontenay",
                                              "Granny Smith"]), ("NEG_DATE", None)]),
    "hall": ("Village-hall hire booking|Gemeindesaal Mietvertrag|Location salle des fêtes|Buurthuis zaalhuur|"
             "Alquiler salón municipal|Affitto sala civica|Aluguer salão paroquial|Wynajem świetlicy|"
             "Bygdegårdsuthyrning|Forsamlingshus leje|Grendehus leie|Kylätalon vuokraus|Pronájem sálu|"
             "Kultúrház bérlés|Köy salonu kiralama|Închiriere cămin cultural|Ενοικίαση αίθουσας",
             False, True, [("NEG_ROOM", ["Victoria Room", "Jubilee Hall", "Sala Garibaldi", "Salle Jean Moulin"]),
                           ("NEG_DATE", None)]),
    "makerspace": ("Makerspace membership|Makerspace-Mitgliedschaft|Adhésion fablab|Makerspace lidmaatschap|"
                   "Socio del makerspace|Iscrizione al makerspace|Sócio do makerspace|Członkostwo w makerspace|"
                   "Makerspace medlemskap|Makerspace medlemskab|Makerspace medlemskap|Makerspacen jäsenyys|"
                   "Členství v makerspace|Makerspace tagság|Makerspace üyeliği|Membru makerspace|"
                   "Συνδρομή makerspace",
                   True, False, [("NEG_PRODUCT", ["laser cutter 'Gertrude'", "Prusa MK4", "CNC 'Big Mike'",
                                                  "Bambu X1C"]),
                                 ("NEG_VERSION", ["firmware 2.7.1", "v6.0.3", "GRBL 1.1h"])]),
}
DOM_KEYS = list(DOMAINS)


def title(dom, lg):
    return DOMAINS[dom][0].split("|")[LANGS.index(lg)]


# ---- pieces of text with spans -----------------------------------------------------------------
class P:
    """A piece of text with spans at code-point offsets."""

    def __init__(self):
        self.text, self.spans = "", []

    def t(self, s):
        self.text += s
        return self

    def s(self, label, v):
        if not label:
            return self.t(v)
        assert v
        self.spans.append({"entity_type": label, "entity_value": v, "start_position": len(self.text),
                           "end_position": len(self.text) + len(v)})
        self.text += v
        return self

    def add(self, items):
        for lab, v in items:
            self.s(lab, v)
        return self


# ---- the data of one record --------------------------------------------------------------------
class Rec:
    def __init__(self, dom, lg):
        self.dom, self.lg = dom, lg
        _, has_dob, has_street, negs = DOMAINS[dom]
        self.p = person(lg)
        self.child = dom in ("circus", "sciencefair", "skating", "cosplay") and rng.random() < 0.6
        self.p2 = person(lg)  # guardian, emergency contact or a second party
        self.dob = birth(lg, self.child) if has_dob or rng.random() < 0.25 else None
        self.street = street(lg) if has_street or rng.random() < 0.3 else None
        self.phone = phone(lg)
        self.phone2 = phone(lg) if rng.random() < 0.6 else None
        self.email = email(self.p) if rng.random() < 0.7 else None
        self.date = other_date(lg)
        self.ref = "%s-%s" % (rng.choice(["BK", "ORD", "R", "T", "No"]), digits(rng.choice((6, 8, 9))))
        self.negs = []
        for lab, vals in negs:
            self.negs.append((lab, rng.choice(vals) if vals else other_date(lg)))
        if rng.random() < 0.35:  # a street named after a person, with no number: a meeting point
            self.negs.append(("NEG_STREET", rng.choice(STREETS[lg][0])))
        self.negs.append(("NEG_DATE", other_date(lg)))

    def fields(self, form=None):
        """[(label key, [(span label, text), ...])] in a form's order."""
        lg = self.lg
        f = []
        if rng.random() < 0.25:
            f.append(("first", [("PERSON", self.p.g)]))
            f.append(("last", [("PERSON", self.p.s)]))
        else:
            f.append(("name", [("PERSON", full(self.p, form))]))
        if self.dob:
            f.append(("dob", [("DATE_OF_BIRTH", self.dob)]))
        if self.street:
            st, town, _ = self.street
            f.append(("addr", [("STREET_ADDRESS", st + ", " + town)]))
        f.append(("phone", [("PHONE_NUMBER", self.phone)]))
        if self.email:
            f.append(("email", [("EMAIL_ADDRESS", self.email)]))
        f.append(("date", [("NEG_DATE", self.date)]))
        for lab, v in self.negs[:-1]:
            f.append(("date" if lab == "NEG_DATE" else "notes" if lab == "NEG_STREET" else "item", [(lab, v)]))
        f.append(("ref", [("NEG_NUMBER" if self.ref[-9:].isdigit() else "NEG_CODE", self.ref)]))
        key = "guardian" if self.child else "contact"
        c = [("PERSON", full(self.p2, form))]
        if self.phone2:
            c += [(None, ", "), ("PHONE_NUMBER", self.phone2)]
        f.append((key, c))
        return f


def lab(lg, key):
    return LBL[lg][key]


# ---- noisy -------------------------------------------------------------------------------------
OCR_SWAP = [("o", "0"), ("O", "0"), ("l", "1"), ("I", "l"), ("m", "rn"), ("e", "c"), ("S", "5"),
            ("B", "8")]


def ocr(s, rate):
    """Misreads in text that holds no gold value."""
    out = []
    for ch in s:
        if rng.random() < rate:
            for a, b in OCR_SWAP:
                if ch == a:
                    ch = b
                    break
        out.append(ch)
    return "".join(out)


def lower_(lg, s):
    if lg == "tr":
        s = s.replace("İ", "i").replace("I", "ı")
    return s.lower()


def upper_(lg, s):
    if lg == "tr":
        s = s.replace("i", "İ").replace("ı", "I")
    return s.upper()


def typo(s):
    if len(s) < 5 or rng.random() < 0.5:
        return s
    i = rng.randrange(1, len(s) - 2)
    if s[i].isalpha() and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s


def split_value(lab_, v, sep):
    """A value split where a scan or a line end splits it: each visible piece its own span."""
    long_ = [w for w in v.split(" ") if len(w) >= 8 and w.isalpha()]
    if lab_ == "STREET_ADDRESS" and long_ and rng.random() < 0.5:  # hyphenated at the line end
        w = long_[0]
        c = v.index(w) + len(w) // 2
        return [(lab_, v[:c]), (None, "-" + sep), (lab_, v[c:])]
    if lab_ in ("STREET_ADDRESS", "PERSON") and ", " in v:
        k = v.index(", ")
        return [(lab_, v[:k]), (None, "," + sep), (lab_, v[k + 2:])]
    if " " in v and lab_ in ("PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH"):
        k = v.index(" ")
        return [(lab_, v[:k]), (None, sep), (lab_, v[k + 1:])]
    if len(v) > 7 and lab_ == "STREET_ADDRESS":
        k = len(v) // 2
        return [(lab_, v[:k]), (None, "-" + sep), (lab_, v[k:])]
    return [(lab_, v)]


def doc_dictation(r):
    """A dictation or voice-assistant transcript: lower case, no punctuation."""
    lg, d = r.lg, P()
    hi, its, thx, book = SMS[lg]
    low = lambda s: lower_(lg, s)  # noqa: E731
    speaker = rng.choice(["", "[voice memo] ", "transcript: ", "00:00:03 ", "> dictation: ", "alexa take a note ",
                          "hey google note to self ", "[assistant heard] ", "siri new note "])
    d.t(speaker + low(title(r.dom, lg)) + " ")
    for key, items in r.fields("gs"):
        if key in ("item", "ref") and rng.random() < 0.5:
            continue
        d.t(low(lab(lg, key)) + " ")
        for l_, v in items:
            v = low(v) if l_ and not l_.startswith("NEG") else v
            if l_ == "PHONE_NUMBER" or l_ == "DATE_OF_BIRTH":
                v = v.replace("-", " ").replace("/", " ").replace(".", " ").replace("  ", " ").strip()
            d.s(l_, v.replace(",", "") if l_ != "EMAIL_ADDRESS" else v.replace(".", " dot ")
                .replace("@", " at "))
        d.t(" " + rng.choice(["", "", "uh ", "okay ", "next "]))
    d.t(low(thx))
    return d


def doc_ocr(r):
    """A scanned form as OCR returns it: two columns run together, labels misread, a value split
    where the scan splits it, a hyphen at a line end."""
    lg, d = r.lg, P()
    rate = rng.choice((0.08, 0.15, 0.25))
    d.t(ocr(upper_(lg, title(r.dom, lg)), rate) + "\n" + ocr("=" * rng.randint(8, 30), 0) + "\n")
    f = r.fields()
    cols = rng.random() < 0.5
    if cols:  # labels of a column first, then its values, as a two-column scan reads
        half = f[:len(f) // 2 + 1]
        rest = f[len(f) // 2 + 1:]
        for part in (half, rest):
            d.t("  ".join(ocr(lab(lg, k), rate) for k, _ in part) + "\n")
            for k, items in part:
                for l_, v in items:
                    if l_ in ("PERSON", "STREET_ADDRESS") and rng.random() < 0.35:
                        d.add(split_value(l_, v, "\n"))
                    else:
                        d.s(l_, v)
                d.t(rng.choice(["   ", " | ", "\n", "  ;  "]))
            d.t("\n")
    else:
        for k, items in f:
            lb = lab(lg, k)
            if len(lb) >= 10 and " " not in lb and rng.random() < 0.3:  # a label hyphenated at a line end
                lb = lb[:len(lb) // 2] + "-\n" + lb[len(lb) // 2:]
            d.t(ocr(lb, rate) + rng.choice([": ", ":", " . ", " ", "_ "]))
            for l_, v in items:
                if l_ and not l_.startswith("NEG") and rng.random() < 0.25:
                    d.add(split_value(l_, v, "\n"))
                else:
                    d.s(l_, v)
            d.t(rng.choice(["\n", "\n", "   ", "\n\n"]))
    d.t(ocr(lab(lg, "sig"), rate) + ": ____________  " + ocr("p. 1/%d" % rng.randint(1, 3), rate))
    return d


def doc_sms(r):
    """SMS shorthand and chat typos, names in lower case or capitals."""
    lg, d = r.lg, P()
    hi, its, thx, book = SMS[lg]
    case = rng.choice(["low", "low", "keep", "caps"])
    cv = ((lambda s: lower_(lg, s)) if case == "low" else (lambda s: upper_(lg, s)) if case == "caps"
          else (lambda s: s))
    stamp = rng.choice(["", "[%02d:%02d] " % (rng.randint(7, 22), rng.randint(0, 59)),
                        "%s %02d:%02d - " % (r.date, rng.randint(7, 22), rng.randint(0, 59))])
    d.t(stamp + cv(hi) + " " + cv(its) + " ")
    d.s("PERSON", cv(r.p2.g))
    d.t(rng.choice([" ", ". ", "!! "]) + typo(cv(book)) + " ")
    d.s("PERSON", cv(full(r.p, rng.choice(["gs", "gs", "sg"]))))
    if r.dob:
        d.t(rng.choice([" dob ", " (", " - ", " b. ", " * "]))
        d.s("DATE_OF_BIRTH", r.dob)
        d.t(rng.choice([")", "", " "]))
    neg = rng.choice(r.negs)
    d.t(" " + cv(typo(lower_(lg, lab(lg, "item")))) + " ").s(neg[0], neg[1])
    if r.street:
        d.t(" " + cv(lower_(lg, lab(lg, "addr"))[:4]) + " ")
        st, town, _ = r.street
        d.s("STREET_ADDRESS", cv(st) if rng.random() < 0.5 else cv(st + " " + town))
    d.t(rng.choice(["\n", " ", " // "]) + cv(typo(lower_(lg, lab(lg, "phone")))) + " ")
    d.s("PHONE_NUMBER", r.phone.replace(" ", rng.choice(["", " ", "."])))
    if r.email and rng.random() < 0.5:
        d.t(" / ").s("EMAIL_ADDRESS", r.email)
    d.t(" " + cv(thx) + rng.choice([" :)", "", " xx", "!!"]) + "\n")
    if rng.random() < 0.6:  # the shop's auto-reply
        d.t("\n" + rng.choice(["Auto-reply", "Bot", "SMS"]) + ": " + lab(lg, "ref") + " ")
        d.s("NEG_NUMBER", digits(4) + " " + digits(3) + " " + digits(3)).t(" / " + lab(lg, "date") + " ")
        d.s("NEG_DATE", r.date)
    return d


def doc_caps(r):
    """A form typed in capitals, fields run on one line or padded, as a fax or a terminal prints it."""
    lg, d = r.lg, P()
    d.t("*** " + upper_(lg, title(r.dom, lg)) + " ***\n")
    for k, items in r.fields(rng.choice(["Sg", "sg", "gs"])):
        d.t(upper_(lg, lab(lg, k)).ljust(rng.choice((0, 18, 24))) + rng.choice([": ", " ", ":", "... "]))
        for l_, v in items:
            if l_ in ("PERSON", "STREET_ADDRESS"):
                v = upper_(lg, v)
            if l_ == "DATE_OF_BIRTH" and rng.random() < 0.3:
                v = "".join(c for c in v if c.isdigit()) or v
            d.s(l_, v)
        d.t(rng.choice(["\n", " / ", "  "]))
    return d


NOISY = [doc_dictation, doc_ocr, doc_sms, doc_caps]


# ---- markup ------------------------------------------------------------------------------------
HTML_NAMED = {"é": "&eacute;", "è": "&egrave;", "ü": "&uuml;", "ö": "&ouml;", "ä": "&auml;", "ß": "&szlig;",
              "á": "&aacute;", "í": "&iacute;", "ó": "&oacute;", "ñ": "&ntilde;", "ç": "&ccedil;",
              "ã": "&atilde;", "ø": "&oslash;", "å": "&aring;"}


def html_esc(s, mode):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if mode == 1:
        s = "".join(HTML_NAMED.get(c, c) for c in s)
    elif mode == 2:
        s = "".join("&#%d;" % ord(c) if ord(c) > 127 else c for c in s)
    return s.replace(" ", "&nbsp;") if mode == 3 else s


def doc_html(r):
    lg, d = r.lg, P()
    mode = rng.randrange(4)
    d.t('<div dir="ltr"><p>%s</p>\n<table style="border:0">' % html_esc(title(r.dom, lg), 0))
    for k, items in r.fields():
        d.t('<tr><td><b>%s</b></td><td>' % html_esc(lab(lg, k), 0))
        for l_, v in items:
            if l_ == "EMAIL_ADDRESS":
                d.t('<a href="mailto:').s(l_, v).t('">').s(l_, v).t("</a>")
            else:
                d.s(l_, html_esc(v, mode if l_ and not l_.startswith("NEG") else 0))
        d.t("</td></tr>\n")
    d.t("</table>\n<p>--&nbsp;<br>\n")
    d.s("PERSON", html_esc(full(r.p2, "gs"), mode)).t("<br>")
    d.s("NEG_ORG", html_esc(rng.choice(["Smith & Sons Ltd", "Weber & Töchter GmbH", "Durand & Fils"]), 0))
    d.t("</p></div>")
    return d


def doc_markdown(r):
    lg, d = r.lg, P()
    d.t("## " + title(r.dom, lg) + "\n\n")
    if rng.random() < 0.5:
        d.t("| %s | %s |\n|---|---|\n" % (lab(lg, "name"), lab(lg, "notes")))
        for k, items in r.fields("gs"):
            d.t("| " + lab(lg, k) + " | ")
            for l_, v in items:
                if l_ == "EMAIL_ADDRESS":
                    d.t("[").s(l_, v).t("](mailto:").s(l_, v).t(")")
                elif l_ == "PERSON" and rng.random() < 0.3:
                    d.t("**").s(l_, v).t("**")
                else:
                    d.s(l_, v.replace("|", "\\|"))
            d.t(" |\n")
    else:
        for k, items in r.fields("gs"):
            d.t("- **" + lab(lg, k) + ":** ")
            for l_, v in items:
                if l_ == "EMAIL_ADDRESS":
                    d.t("<").s(l_, v).t(">")
                elif l_ == "PERSON" and rng.random() < 0.4:
                    d.t("[").s(l_, v).t("](https://members.example.org/u/%d)" % rng.randint(100, 9999))
                elif l_ == "STREET_ADDRESS":
                    d.t("[").s(l_, v).t("](https://maps.example.com/?q=%d)" % rng.randint(10 ** 5, 10 ** 6))
                else:
                    d.s(l_, v)
            d.t("\n")
    d.t("\n> " + lab(lg, "sig") + ": _").s("PERSON", full(r.p, "gs")).t("_\n")
    return d


LATEX = {"é": "\\'e", "è": "\\`e", "á": "\\'a", "í": "\\'i", "ó": "\\'o", "ú": "\\'u", "ü": '\\"u',
         "ö": '\\"o', "ä": '\\"a', "ß": "{\\ss}", "ñ": "\\~n", "ç": "\\c{c}", "ã": "\\~a", "ø": "{\\o}",
         "å": "{\\aa}", "ł": "{\\l}", "ő": "\\H{o}", "ű": "\\H{u}", "š": "\\v{s}", "č": "\\v{c}",
         "ř": "\\v{r}", "ž": "\\v{z}", "ě": "\\v{e}", "ş": "\\c{s}", "ğ": "\\u{g}", "ı": "{\\i}",
         "ș": "\\textcommabelow{s}", "ț": "\\textcommabelow{t}", "ă": "\\u{a}", "â": "\\^a", "ô": "\\^o",
         "Ö": '\\"O', "Ü": '\\"U', "Ä": '\\"A', "É": "\\'E", "Ç": "\\c{C}", "Ş": "\\c{S}", "Ş": "\\c{S}",
         "&": "\\&", "_": "\\_", "#": "\\#", "%": "\\%", "$": "\\$"}


def tex(s):
    return "".join(LATEX.get(c, c) for c in s)


def doc_latex(r):
    lg, d = r.lg, P()
    d.t("\\section*{%s}\n\\begin{tabular}{ll}\n" % tex(title(r.dom, lg)))
    for k, items in r.fields():
        d.t("\\textbf{%s} & " % tex(lab(lg, k)))
        for l_, v in items:
            if l_ == "EMAIL_ADDRESS":
                d.t("\\href{mailto:").s(l_, v).t("}{\\texttt{").s(l_, v.replace("_", "\\_")).t("}}")
            else:
                d.s(l_, tex(v) if lg != "el" else v.replace("&", "\\&"))
        d.t(" \\\\\n")
    d.t("\\end{tabular}\n\n\\vspace{1em}\\noindent %s: \\underline{\\hspace{4cm}} " % tex(lab(lg, "sig")))
    d.s("NEG_DATE", r.date).t("\n")
    return d


def vesc(s):
    return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")


def doc_vcard(r):
    """A vCard of the customer and an ICS event of the booking (a folded line splits a name)."""
    lg, d = r.lg, P()
    p = r.p
    d.t("BEGIN:VCARD\r\nVERSION:3.0\r\nN:").s("PERSON", vesc(p.s)).t(";").s("PERSON", vesc(p.g)).t(";;;\r\n")
    d.t("FN:").s("PERSON", vesc(p.g + " " + p.s)).t("\r\n")
    if r.dob:
        d.t("BDAY:").s("DATE_OF_BIRTH", rng.choice([r.dob, "%d%02d%02d" % (rng.randint(1950, 2004),
                                                                          rng.randint(1, 12), rng.randint(1, 28))])).t("\r\n")
    if r.street:
        st, town, _ = r.street
        pc, city = split_town(lg, town)
        d.t("ADR;TYPE=home:;;").s("STREET_ADDRESS", vesc(st)).t(";" + vesc(city) + ";;" + pc + ";\r\n")
    d.t("TEL;TYPE=cell:").s("PHONE_NUMBER", r.phone).t("\r\n")
    if r.email:
        d.t("EMAIL:").s("EMAIL_ADDRESS", r.email).t("\r\n")
    d.t("NOTE:" + vesc(title(r.dom, lg)) + "\\n" + vesc(lab(lg, "ref")) + " ").s("NEG_CODE", r.ref)
    d.t("\r\nREV:").s("NEG_DATE", "%d%02d%02dT101500Z" % (rng.randint(2024, 2026), rng.randint(1, 12),
                                                         rng.randint(1, 28))).t("\r\nEND:VCARD\r\n")
    d.t("BEGIN:VCALENDAR\r\nPRODID:-//Booking//EN\r\nBEGIN:VEVENT\r\nUID:%s@bookings.example\r\n" % digits(10))
    d.t("DTSTART:").s("NEG_DATE", "%d%02d%02dT%02d0000" % (rng.randint(2025, 2027), rng.randint(1, 12),
                                                          rng.randint(1, 28), rng.randint(8, 18))).t("\r\n")
    d.t("SUMMARY:" + vesc(title(r.dom, lg)) + " - ").s("PERSON", vesc(p.s)).t("\r\n")
    d.t('ATTENDEE;CN="').s("PERSON", full(r.p2, "gs")).t('";ROLE=REQ-PARTICIPANT:mailto:')
    d.s("EMAIL_ADDRESS", email(r.p2)).t("\r\n")
    # DESCRIPTION folded at 75 octets: the fold may fall inside a value
    desc = P().t("DESCRIPTION:" + vesc(lab(lg, "name")) + ": ").s("PERSON", vesc(full(r.p, "gs")))
    desc.t("\\n" + vesc(lab(lg, "phone")) + ": ").s("PHONE_NUMBER", r.phone)
    neg = r.negs[0]
    desc.t("\\n" + vesc(lab(lg, "item")) + ": ").s(neg[0], vesc(neg[1]))
    fold_ics(d, desc)
    d.t("\r\nEND:VEVENT\r\nEND:VCALENDAR")
    return d


def fold_ics(d, line):
    """Appends line folded at 60 characters (CRLF and a space): a name or a street that a fold cuts
    is labelled piece by piece (spaces at the cut stay out of the pieces), other values are moved
    whole to the next line."""
    text, col, i = line.text, 0, 0
    spans = {s["start_position"]: s for s in line.spans}
    while i < len(text):
        s = spans.get(i)
        if s is None:
            if col >= 60:
                d.t("\r\n ")
                col = 1
            d.t(text[i])
            col += 1
            i += 1
            continue
        v, lab_ = s["entity_value"], s["entity_type"]
        i += len(v)
        if lab_ not in ("PERSON", "STREET_ADDRESS"):
            if col + len(v) > 60:
                d.t("\r\n ")
                col = 1
            d.s(lab_, v)
            col += len(v)
            continue
        piece = ""
        for ch in v:
            if col >= 60:
                emit_piece(d, lab_, piece)
                d.t("\r\n ")
                col, piece = 1, ""
            piece += ch
            col += 1
        emit_piece(d, lab_, piece)


def emit_piece(d, lab_, piece):
    """A piece of a cut value: its edge spaces outside the span."""
    core = piece.strip(" ")
    if not core:
        d.t(piece)
        return
    k = piece.index(core)
    d.t(piece[:k]).s(lab_, core).t(piece[k + len(core):])


def cut_point(v):
    """Where markup may cut a value: between two letters (None when there is no such place)."""
    ok = [c for c in range(1, len(v)) if v[c - 1].isalpha() and v[c].isalpha()]
    return rng.choice(ok) if ok else None


def doc_docx(r):
    """document.xml of a docx: Word cut the text into runs, a name split between two."""
    lg, d = r.lg, P()

    def run(txt, lab_=None, bold=False):
        d.t("<w:r>" + ("<w:rPr><w:b/></w:rPr>" if bold else "") + '<w:t xml:space="preserve">')
        d.s(lab_, html_esc(txt, 0))
        d.t("</w:t></w:r>")

    d.t('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.'
        'openxmlformats.org/wordprocessingml/2006/main"><w:body>\n')
    d.t('<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>')
    run(title(r.dom, lg))
    d.t("</w:p>\n")
    for k, items in r.fields("gs"):
        d.t("<w:p>")
        run(lab(lg, k) + ": ", bold=True)
        for l_, v in items:
            c = cut_point(v) if l_ in ("PERSON", "STREET_ADDRESS") and rng.random() < 0.6 else None
            if c:
                run(v[:c], l_)
                d.t('<w:proofErr w:type="spellStart"/>')
                run(v[c:], l_)
                d.t('<w:proofErr w:type="spellEnd"/>')
            elif l_ is None:
                run(v)
            else:
                run(v, l_)
        d.t("</w:p>\n")
    d.t('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    return d


def doc_svg_pdf(r):
    lg, d = r.lg, P()
    if rng.random() < 0.5:  # SVG: each word its own <text>
        d.t('<svg xmlns="http://www.w3.org/2000/svg" width="595" height="842">\n')
        y = 60
        d.t('<text x="40" y="%d" font-size="18">%s</text>\n' % (y, html_esc(title(r.dom, lg), 0)))
        for k, items in r.fields("gs"):
            y += 22
            d.t('<text x="40" y="%d" class="lbl">%s</text>' % (y, html_esc(lab(lg, k), 0)))
            x = 200
            for l_, v in items:
                if l_ is None:
                    continue
                words = v.split(" ") if l_ in ("PERSON", "STREET_ADDRESS") else [v]
                for w in words:
                    d.t('<text x="%d" y="%d">' % (x, y))
                    if w.endswith(",") and len(w) > 1:
                        d.s(l_, html_esc(w[:-1], 0)).t(",</text>")
                    else:
                        d.s(l_, html_esc(w, 0)).t("</text>")
                    x += 8 * len(w) + 6
            d.t("\n")
        d.t("</svg>")
    else:  # a PDF content stream: strings in Tj and kerned TJ arrays
        d.t("%PDF-1.7 (content stream of page 1, decompressed)\nBT /F1 14 Tf 56 780 Td (")
        d.t(pdf_esc(title(r.dom, lg)) + ") Tj ET\n")
        y = 750
        for k, items in r.fields():
            d.t("BT /F2 10 Tf 56 %d Td (%s:) Tj ET\n" % (y, pdf_esc(lab(lg, k))))
            d.t("BT /F1 10 Tf 200 %d Td " % y)
            vals = [(l_, v) for l_, v in items if l_]
            for l_, v in vals:
                c = cut_point(v) if l_ in ("PERSON", "STREET_ADDRESS") and rng.random() < 0.5 else None
                if c:
                    d.t("[(").s(l_, pdf_esc(v[:c])).t(") %d (" % rng.randint(-40, 40)).s(l_, pdf_esc(v[c:])).t(")] TJ ")
                else:
                    d.t("(").s(l_, pdf_esc(v)).t(") Tj ")
            d.t("ET\n")
            y -= 16
    return d


def pdf_esc(s):
    return "".join("\\%03o" % ord(c) if 127 < ord(c) < 256 else c for c in
                   s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)"))


def rtf_esc(s):
    out = []
    for c in s:
        o = ord(c)
        if c in "\\{}":
            out.append("\\" + c)
        elif 127 < o < 256:
            out.append("\\'%02x" % o)
        elif o >= 256:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
        else:
            out.append(c)
    return "".join(out)


def doc_rtf(r):
    lg, d = r.lg, P()
    d.t("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0\\fs22\n{\\b\\fs28 ")
    d.t(rtf_esc(title(r.dom, lg)) + "}\\par\n")
    for k, items in r.fields():
        d.t("{\\b " + rtf_esc(lab(lg, k)) + ":}\\tab ")
        for l_, v in items:
            d.s(l_, rtf_esc(v))
        d.t("\\par\n")
    d.t("}")
    return d


def doc_jsonld(r):
    lg, d = r.lg, P()
    js = lambda s: json.dumps(s, ensure_ascii=False)[1:-1]  # noqa: E731
    if rng.random() < 0.5:
        d.t('<script type="application/ld+json">\n{\n  "@context": "https://schema.org",\n  "@type": "Reservation",\n')
        d.t('  "name": "%s",\n  "reservationNumber": "' % js(title(r.dom, lg))).s("NEG_CODE", r.ref)
        d.t('",\n  "startTime": "').s("NEG_DATE", r.date).t('",\n  "underName": {\n    "@type": "Person",\n')
        d.t('    "givenName": "').s("PERSON", js(r.p.g)).t('",\n    "familyName": "').s("PERSON", js(r.p.s)).t('",\n')
        if r.dob:
            d.t('    "birthDate": "').s("DATE_OF_BIRTH", r.dob).t('",\n')
        if r.street:
            st, town, _ = r.street
            d.t('    "address": {"@type": "PostalAddress", "streetAddress": "').s("STREET_ADDRESS", js(st))
            pc, city = split_town(lg, town)
            d.t('", "addressLocality": "%s", "postalCode": "%s"},\n' % (js(city), pc))
        d.t('    "telephone": "').s("PHONE_NUMBER", r.phone).t('"')
        if r.email:
            d.t(',\n    "email": "').s("EMAIL_ADDRESS", r.email).t('"')
        neg = r.negs[0]
        d.t('\n  },\n  "reservationFor": {"@type": "Thing", "name": "').s(neg[0], js(neg[1])).t('"}\n}\n</script>')
    else:
        d.t('<div itemscope itemtype="https://schema.org/Person">\n  <h3>%s</h3>\n' % html_esc(title(r.dom, lg), 0))
        d.t('  <span itemprop="givenName">').s("PERSON", html_esc(r.p.g, 0)).t('</span> <span itemprop="familyName">')
        d.s("PERSON", html_esc(r.p.s, 0)).t("</span>\n")
        if r.dob:
            d.t('  <meta itemprop="birthDate" content="').s("DATE_OF_BIRTH", r.dob).t('">\n')
        if r.street:
            st, town, _ = r.street
            d.t('  <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="streetAddress">')
            d.s("STREET_ADDRESS", html_esc(st, 0)).t('</span>, <span itemprop="addressLocality">%s</span></div>\n'
                                                   % html_esc(town, 0))
        d.t('  <a itemprop="telephone" href="tel:').s("PHONE_NUMBER", r.phone.replace(" ", "")).t('">')
        d.s("PHONE_NUMBER", r.phone).t("</a>\n")
        neg = r.negs[0]
        d.t('  <span itemprop="knowsAbout">').s(neg[0], html_esc(neg[1], 0)).t("</span>\n")
        d.t('  <time datetime="').s("NEG_DATE", r.date).t('">').s("NEG_DATE", r.date).t("</time>\n</div>")
    return d


MARKUP = [doc_html, doc_markdown, doc_latex, doc_vcard, doc_docx, doc_svg_pdf, doc_rtf, doc_jsonld]


# ---- agentic -----------------------------------------------------------------------------------
NEGKEY = {"snow": "vehicle", "windows": "kit", "kayak": "boat", "archery": "bow", "foraging": "species",
          "modelrail": "locomotive", "cosplay": "character", "skating": "element", "costume": "costume",
          "husky": "dog_team", "consign": "brand", "locker": "locker_no", "toolshed": "tool",
          "seedswap": "variety", "bells": "method", "upholstery": "piece", "framing": "artwork",
          "boardgame": "game", "orienteering": "club", "grooming": "dog", "cooking": "dish", "tyres": "tyres",
          "falconry": "bird", "sciencefair": "project", "circus": "discipline", "detecting": "object",
          "dig": "site", "vegbox": "box", "hall": "room", "makerspace": "machine"}


def schema():
    """How one fixture or table keys its rows (the same for every row of it)."""
    return {"split": rng.random() < 0.5, "name": rng.choice(["name", "full_name", "customer", "member"]),
            "dob": rng.choice(["dob", "date_of_birth", "birth_date", "born"]),
            "created": rng.choice(["booked_at", "created"]), "contact": rng.random() < 0.5}


def row_of(r, sch=None):
    """A record's fields as a developer's fixture keys them: [(key, span label, value)]."""
    sch = sch or schema()
    row = []
    if sch["split"]:
        row += [("first_name", "PERSON", r.p.g), ("last_name", "PERSON", r.p.s)]
    else:
        row.append((sch["name"], "PERSON", r.p.g + " " + r.p.s))
    if r.dob:
        row.append((sch["dob"], "DATE_OF_BIRTH", r.dob))
    if r.street:
        st, town, _ = r.street
        pc, city = split_town(r.lg, town)
        row.append(("street", "STREET_ADDRESS", st))
        row.append(("postcode", None, pc))
        row.append(("city", None, city))
    row.append(("phone", "PHONE_NUMBER", r.phone))
    if r.email:
        row.append(("email", "EMAIL_ADDRESS", r.email))
    neg = r.negs[0]
    row.append((NEGKEY[r.dom], neg[0], neg[1]))
    row.append((sch["created"], "NEG_DATE", r.date))
    if sch["contact"]:
        row.append(((("guardian" if r.child else "emergency_contact")), "PERSON", r.p2.g + " " + r.p2.s))
    return row


def rows_of(recs):
    sch = schema()
    return [row_of(x, sch) for x in recs]


def jesc(v):
    return json.dumps(v, ensure_ascii=False)[1:-1]


def w_json(d, row, pretty, ind="  "):
    d.t("{")
    for k, (key, l_, v) in enumerate(row):
        d.t(("," if k else "") + ("\n" + ind + "  " if pretty else (" " if k else "")) + '"%s": "' % key)
        d.s(l_, jesc(v)).t('"')
    d.t(("\n" + ind if pretty else "") + "}")


def w_yaml(d, row, ind="  "):
    for k, (key, l_, v) in enumerate(row):
        d.t((ind[:-2] + "- " if k == 0 else ind) + key + ": ")
        if any(c in v for c in ":#,'") or v[:1].isdigit() or v.startswith("+"):
            d.t('"').s(l_, jesc(v)).t('"\n')
        else:
            d.s(l_, v).t("\n")


def w_pyrepr(d, row):
    d.t("{")
    for k, (key, l_, v) in enumerate(row):
        q = '"' if "'" in v else "'"
        d.t((", " if k else "") + "'%s': %s" % (key, q)).s(l_, v.replace("\\", "\\\\")).t(q)
    d.t("}")


def w_csv(d, rows, sep=","):
    d.t(sep.join(k for k, _, _ in rows[0]) + "\n")
    for row in rows:
        for k, (key, l_, v) in enumerate(row):
            if k:
                d.t(sep)
            if sep in v or '"' in v:
                d.t('"').s(l_, v.replace('"', '""')).t('"')
            else:
                d.s(l_, v)
        d.t("\n")


def w_sql(d, table, rows):
    for row in rows:
        d.t("INSERT INTO %s (%s) VALUES (" % (table, ", ".join(k for k, _, _ in row)))
        for k, (key, l_, v) in enumerate(row):
            d.t((", " if k else "") + "'").s(l_, v.replace("'", "''")).t("'")
        d.t(");\n")


def w_psql(d, rows):
    keys = [k for k, _, _ in rows[0]]
    wid = [max(len(k), *(len(row[c][2]) for row in rows)) for c, k in enumerate(keys)]
    d.t(" " + " | ".join(k.center(w) for k, w in zip(keys, wid)) + "\n")
    d.t("-" + "-+-".join("-" * w for w in wid) + "-\n")
    for row in rows:
        d.t(" ")
        for c, (key, l_, v) in enumerate(row):
            if c:
                d.t(" | ")
            d.s(l_, v).t(" " * (wid[c] - len(v)))
        d.t("\n")
    d.t("(%d row%s)\n" % (len(rows), "" if len(rows) == 1 else "s"))


def w_pandas(d, rows):
    keys = [k for k, _, _ in rows[0]][:6]
    wid = [max(len(k), *(len(row[c][2]) for row in rows)) for c, k in enumerate(keys)]
    d.t("   " + "  ".join(k.rjust(w) for k, w in zip(keys, wid)) + "\n")
    for n, row in enumerate(rows):
        d.t(str(n).ljust(3))
        for c in range(len(keys)):
            key, l_, v = row[c]
            d.t(("  " if c else "") + " " * (wid[c] - len(v))).s(l_, v)
        d.t("\n")
    d.t("\n[%d rows x %d columns]\n" % (len(rows), len(rows[0])))


def same_cols(rows):
    """Rows under the union of their keys (a missing value an empty cell), for tables."""
    keys = []
    for row in rows:
        for n, (k, _, _) in enumerate(row):
            if k not in keys:
                after = [row[j][0] for j in range(n) if row[j][0] in keys]
                keys.insert(keys.index(after[-1]) + 1 if after else 0, k)
    out = []
    for row in rows:
        m = {k: (l_, v) for k, l_, v in row}
        out.append([(k, m[k][0], m[k][1]) if k in m else (k, None, "") for k in keys])
    return out


def number_lines(p, start, prefix="%6d\t"):
    """cat -n: a number before every line; spans move with their line."""
    q = P()
    lines = p.text.split("\n")
    pos = 0
    spans = sorted(p.spans, key=lambda s: s["start_position"])
    si = 0
    for n, line in enumerate(lines):
        if n == len(lines) - 1 and not line:
            break
        q.t(prefix % (start + n))
        base = len(q.text) - pos
        q.t(line + ("\n" if n < len(lines) - 1 else ""))
        while si < len(spans) and spans[si]["start_position"] < pos + len(line) + 1:
            s = spans[si]
            q.spans.append(dict(s, start_position=s["start_position"] + base, end_position=s["end_position"] + base))
            si += 1
        pos += len(line) + 1
    return q


CODE = '''import csv
import datetime as dt
import logging

from .models import {Model}
from .validators import parse_date, normalise_phone

log = logging.getLogger(__name__)
DATE_FORMATS = ("%d.%m.%Y", "%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y")


class {Model}Importer:
    """Reads the {dom} export and upserts one {Model} per row."""

    def __init__(self, session, strict=True):
        self.session = session
        self.strict = strict
        self.errors = []

    def parse_row(self, row):
        rec = {Model}(
            name=row.get("name") or f"{{row['first_name']}} {{row['last_name']}}",
            phone=normalise_phone(row["phone"]),
            booked_at=parse_date(row.get("booked_at") or row.get("created"), DATE_FORMATS),
        )
        if "dob" in row or "date_of_birth" in row:
            rec.dob = parse_date(row.get("dob") or row["date_of_birth"], DATE_FORMATS)
        return rec

    def run(self, path):
        with open(path, newline="", encoding="utf-8") as fh:
            for lineno, row in enumerate(csv.DictReader(fh), start=2):
                try:
                    self.session.merge(self.parse_row(row))
                except (KeyError, ValueError) as exc:
                    log.warning("row %d rejected: %s", lineno, exc)
                    if self.strict:
                        raise
        self.session.commit()
'''
REQS = ["Django==%s", "pytest==%s", "pandas==%s", "SQLAlchemy==%s", "phonenumbers==%s", "python-dateutil==%s"]


def filler_code(dom):
    model = "".join(w.capitalize() for w in NEGKEY[dom].split("_")) + "Booking"
    return P().t(CODE.replace("{Model}", model).replace("{dom}", dom).replace("{{", "{").replace("}}", "}"))


def filler_reqs():
    d = P()
    for rq in rng.sample(REQS, 4):
        name = rq.split("==")[0]
        d.t(name + "==").s("NEG_VERSION", "%d.%d.%d" % (rng.randint(1, 5), rng.randint(0, 20), rng.randint(0, 9))).t("\n")
    return d


def filler_gitlog():
    d = P()
    msgs = ["fix: accept two-digit years", "chore: bump deps", "feat: import v2 columns", "test: add fixture rows",
            "refactor: split validators", "docs: changelog for ", "ci: pin runner image"]
    for _ in range(rng.randint(4, 8)):
        m = rng.choice(msgs)
        d.t("%07x " % rng.randint(0, 16 ** 7 - 1) + m)
        if m.endswith("for "):
            d.s("NEG_VERSION", "v%d.%d.%d" % (rng.randint(0, 3), rng.randint(0, 12), rng.randint(0, 9)))
        d.t("\n")
    return d


def filler_ls(dom):
    d = P()
    for folder in ("data/", "tests/fixtures/"):
        d.t(folder + ":\ntotal %d\n" % rng.randint(40, 900))
        for name in ("2024.jsonl", "2025.jsonl", "archive.jsonl", "import.jsonl", "latest.csv",
                     "%s_export.json" % dom, "%s_seed.yaml" % dom, "%s_rows.sql" % dom, "README.md"):
            d.t("-rw-r--r--  1 dev  staff  %7d %s %2d %02d:%02d %s\n" % (
                rng.randint(200, 900000), rng.choice(["Jan", "Mar", "Jun", "Sep", "Nov"]), rng.randint(1, 28),
                rng.randint(0, 23), rng.randint(0, 59), name))
    return d


def other_recs(r, n):
    return [Rec(r.dom, r.lg) for _ in range(n)]


def a_readfile(r):
    """A fixture file read with line numbers: (tool name, arguments as P, output as P, summary)."""
    recs = [r] + other_recs(r, rng.randint(2, 4))
    rng.shuffle(recs)
    rows = rows_of(recs)
    kind = rng.choice(["json", "yaml", "csv", "sql"])
    d = P()
    path = "tests/fixtures/%s_%s.%s" % (r.dom, rng.choice(["export", "seed", "sample", "rows"]),
                                        {"json": "json", "yaml": "yaml", "csv": "csv", "sql": "sql"}[kind])
    if kind == "json":
        d.t("[\n")
        for k, row in enumerate(rows):
            d.t("  ")
            w_json(d, row, True, "  ")
            d.t(",\n" if k < len(rows) - 1 else "\n")
        d.t("]\n")
    elif kind == "yaml":
        d.t("# seed data for %s (generated, do not edit by hand)\nrecords:\n" % r.dom)
        for row in rows:
            w_yaml(d, row, "    ")
    elif kind == "csv":
        w_csv(d, same_cols(rows), rng.choice([",", ";", "\t"]))
    else:
        d.t("-- %s seed\nBEGIN;\n" % r.dom)
        w_sql(d, r.dom + "_bookings", rows)
        d.t("COMMIT;\n")
    if rng.random() < 0.7:
        d = number_lines(d, 1)
    args = P().t('{"path": "' + path + '"}')
    return "read_file", args, d


def a_grep(r):
    recs = [r] + other_recs(r, rng.randint(1, 3))
    surname = r.p.s
    args = P().t('{"pattern": "').s("PERSON", jesc(surname)).t('", "path": "data/", "flags": "-n"}')
    d = P()
    sch = schema()
    for k, x in enumerate(recs):
        path = "data/%s/%s.jsonl" % (r.dom, rng.choice(["2024", "2025", "archive", "import"]))
        d.t("%s:%d:" % (path, rng.randint(2, 900)))
        w_json(d, row_of(x, sch), False)
        d.t("\n")
        if k == 0 and rng.random() < 0.6:  # a hit in code and one in a log
            d.t("src/importers/%s.py:%d:    # e.g. " % (r.dom, rng.randint(10, 200)))
            d.s("PERSON", r.p.s).t(" rows have the old date format\n")
            d.t("logs/import.log:%d:%s WARN rejected row for " % (rng.randint(1, 5000), r.date))
            d.s("PERSON", r.p.g + " " + r.p.s).t(" (bad phone ").s("PHONE_NUMBER", r.phone).t(")\n")
    return "grep", args, d


def a_trace(r):
    d = P()
    d.t("$ python -m importers.%s data/latest.csv\n" % r.dom)
    for _ in range(rng.randint(1, 3)):
        d.t("%sT%02d:%02d:%02dZ INFO importer: row %d ok\n" % (
            "%d-%02d-%02d" % (rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)),
            rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(2, 400)))
    d.t("Traceback (most recent call last):\n  File \"/app/importers/%s.py\", line %d, in run\n"
        "    self.session.merge(self.parse_row(row))\n  File \"/app/importers/%s.py\", line %d, in parse_row\n"
        "    rec.dob = parse_date(row.get(\"dob\") or row[\"date_of_birth\"], DATE_FORMATS)\n"
        "  File \"/app/importers/validators.py\", line 41, in parse_date\n"
        "    raise ValueError(f\"unparseable date {value!r} in {row!r}\")\n" % (r.dom, rng.randint(30, 60), r.dom,
                                                                               rng.randint(20, 29)))
    row = row_of(r)
    if r.dob is None:
        row.insert(1, ("dob", "DATE_OF_BIRTH", birth(r.lg)))
    bad = [v for k, l_, v in row if l_ == "DATE_OF_BIRTH"][0]
    d.t("ValueError: unparseable date '").s("DATE_OF_BIRTH", bad).t("' in ")
    w_pyrepr(d, row)
    d.t("\n")
    if rng.random() < 0.6:
        d.t("%s ERROR worker-%d payload=" % (r.date, rng.randint(1, 8)))
        w_json(d, row_of(r), False)
        d.t(" version=").s("NEG_VERSION", "%d.%d.%d" % (rng.randint(1, 4), rng.randint(0, 30), rng.randint(0, 9))).t("\n")
    args = P().t('{"command": "python -m importers.%s data/latest.csv"}' % r.dom)
    return "bash", args, d


def a_psql(r):
    recs = [r] + other_recs(r, rng.randint(1, 4))
    rows = same_cols(rows_of(recs))
    args = P().t('{"sql": "SELECT * FROM %s_bookings WHERE last_seen > now() - interval \'30 days\' ORDER BY id LIMIT 20"}'
                 % r.dom)
    if rng.random() < 0.4:
        args = P().t('{"sql": "SELECT * FROM %s_bookings WHERE name ILIKE \'%%' % r.dom)
        args.s("PERSON", jesc(r.p.s.replace("'", "''"))).t("%'\"}")
    d = P()
    if rng.random() < 0.5:
        w_psql(d, rows)
    else:
        w_pandas(d, rows)
    return "query_db", args, d


def a_diff(r):
    d = P()
    d.t("============================= FAILURES =============================\n")
    tid = "%s-%d" % (r.dom, rng.randint(0, 30))
    d.t("____________________ test_parse_row[%s] ____________________\n\n" % tid)
    got, want = row_of(r), None
    want = [(k, l_, v) for k, l_, v in got]
    ix = [n for n, (k, l_, v) in enumerate(got) if l_ in ("DATE_OF_BIRTH", "STREET_ADDRESS", "PHONE_NUMBER")]
    n = rng.choice(ix)
    k, l_, v = got[n]
    if l_ == "DATE_OF_BIRTH":
        nv = birth(r.lg)
    elif l_ == "STREET_ADDRESS":
        nv = street(r.lg)[0]
    else:
        nv = phone(r.lg)
    want[n] = (k, l_, nv)
    d.t("    def test_parse_row(importer, fixture_row):\n>       assert importer.parse_row(fixture_row).as_dict() == EXPECTED\n")
    d.t("E       AssertionError: assert ")
    w_pyrepr(d, got)
    d.t(" == ")
    w_pyrepr(d, want)
    d.t("\nE         \nE         Differing items:\nE         {'%s': '" % k).s(l_, v).t("'} != {'%s': '" % k).s(l_, nv)
    d.t("'}\nE         \nE         Full diff:\nE           {\n")
    for kk, ll, vv in got:
        if kk == k:
            d.t("E         -     '%s': '" % kk).s(ll, nv).t("',\nE         +     '%s': '" % kk).s(ll, v).t("',\n")
        else:
            d.t("E               '%s': '" % kk).s(ll, vv).t("',\n")
    d.t("E           }\n\ntests/test_%s.py:%d: AssertionError\n" % (r.dom, rng.randint(20, 300)))
    d.t("=========================== short test summary info ===========================\n")
    d.t("FAILED tests/test_%s.py::test_parse_row[%s] - AssertionError\n1 failed, %d passed in %.2fs\n"
        % (r.dom, tid, rng.randint(10, 90), rng.uniform(0.5, 9)))
    args = P().t('{"command": "pytest -x tests/test_%s.py"}' % r.dom)
    return "bash", args, d


def a_notebook(r):
    recs = [r] + other_recs(r, rng.randint(2, 4))
    rows = same_cols(rows_of(recs))
    d = P()
    d.t("In [%d]: df = pd.read_csv('exports/%s.csv')\n        df.head()\nOut[%d]:\n" % (
        rng.randint(3, 20), r.dom, rng.randint(3, 20)))
    w_pandas(d, rows)
    d.t("\nIn [%d]: df.loc[df.phone.str.len() < 8]\nOut[%d]:\nEmpty DataFrame\nColumns: [%s]\nIndex: []\n" % (
        rng.randint(21, 40), rng.randint(21, 40), ", ".join(k for k, _, _ in rows[0])))
    args = P().t('{"notebook": "notebooks/%s_cleanup.ipynb", "cells": "all"}' % r.dom)
    return "run_notebook", args, d


AGENT = [a_readfile, a_grep, a_trace, a_psql, a_diff, a_notebook]
SAYS = ["Let me look at the data first.", "I'll check the fixture and the failing row.",
        "Searching for the record that breaks the import.", "Running the test to see the failure.",
        "Querying the table to compare.", "Reading the importer."]
PYTHON_NAMES = {"read_file": "read_file", "grep": "grep", "bash": "bash", "query_db": "query_db",
                "run_notebook": "run_notebook"}


# ---- request bodies ----------------------------------------------------------------------------
def esc(s, ascii_):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def cat(a, b):
    out = P().t(a.text)
    out.spans = list(a.spans)
    base = len(out.text)
    out.text += b.text
    out.spans += [dict(s, start_position=s["start_position"] + base, end_position=s["end_position"] + base)
                  for s in b.spans]
    return out


class Body:
    """A request body with markers where pieces of text go: a marker inside a JSON string (the
    piece escaped once), inside a tool's JSON output that is itself a string (escaped twice), or a
    raw marker for a native JSON object (the piece is JSON text)."""

    def __init__(self, ascii_):
        self.ascii_, self.slots = ascii_, []

    def once(self, p):
        m = "@@M%d@@" % len(self.slots)
        self.slots.append((m, p, lambda s: esc(s, self.ascii_)))
        return m

    def twice(self, p, wrapper, inner_ascii=False):
        """wrapper: a dict whose value "@" is the piece; returns the wrapper as a JSON string."""
        m = "@@M%d@@" % len(self.slots)
        self.slots.append((m, p, lambda s: esc(esc(s, inner_ascii), self.ascii_)))
        return json.dumps({k: (m if v == "@" else v) for k, v in wrapper.items()}, ensure_ascii=inner_ascii)

    def raw(self, p):
        m = "@@R%d@@" % len(self.slots)
        a = self.ascii_
        self.slots.append(('"' + m + '"', p,
                           lambda s: "".join(c if ord(c) < 128 else esc(c, True) for c in s) if a else s))
        return m

    def render(self, obj, compact):
        text = json.dumps(obj, ensure_ascii=self.ascii_, separators=(",", ":") if compact else None)
        at = []
        for m, p, conv in self.slots:
            assert text.count(m) == 1, m
            at.append((text.index(m), m, p, conv))
        at.sort(key=lambda x: x[0])
        out, spans, last = "", [], 0
        for pos, m, p, conv in at:
            out += text[last:pos]
            base = len(out)
            for s in p.spans:
                pre, val = conv(p.text[:s["start_position"]]), conv(s["entity_value"])
                st = base + len(pre)
                spans.append(dict(s, entity_value=val, start_position=st, end_position=st + len(val)))
            out += conv(p.text)
            last = pos + len(m)
        out += text[last:]
        for s in spans:
            assert out[s["start_position"]:s["end_position"]] == s["entity_value"], s
        json.loads(out)
        return out, spans


MODELS = {"openai": ["gpt-4o", "gpt-4.1-mini", "gpt-4o-mini"], "responses": ["gpt-4.1", "o4-mini", "gpt-5"],
          "anthropic": ["claude-sonnet-4-5", "claude-opus-4-1", "claude-3-5-haiku-latest"],
          "gemini": ["gemini-2.5-flash", "gemini-2.5-pro"]}
SYSTEM = "You are a careful assistant for a small business. Answer in the user's language."


def user_body(api, ask, doc, ascii_, i):
    """A noisy or markup document pasted by a user, with the request, in one of four APIs."""
    b = Body(ascii_)
    together = i % 4 < 2
    if api == "openai":
        msgs = [{"role": "system", "content": SYSTEM}] if i % 5 else []
        if together:
            msgs.append({"role": "user", "content": b.once(cat(P().t(ask + "\n\n"), doc))})
        else:
            msgs.append({"role": "user", "content": [{"type": "text", "text": ask},
                                                     {"type": "text", "text": b.once(doc)}]})
        obj = {"model": rng.choice(MODELS[api]), "messages": msgs, "temperature": 0.2}
    elif api == "responses":
        if together:
            obj = {"model": rng.choice(MODELS[api]), "instructions": SYSTEM,
                   "input": b.once(cat(P().t(ask + "\n\n"), doc))}
        else:
            obj = {"model": rng.choice(MODELS[api]), "input": [
                {"role": "user", "content": [{"type": "input_text", "text": b.once(doc)},
                                             {"type": "input_text", "text": ask}]}]}
    elif api == "anthropic":
        content = ([{"type": "text", "text": b.once(cat(P().t(ask + "\n\n"), doc))}] if together else
                   [{"type": "text", "text": b.once(doc)}, {"type": "text", "text": ask}])
        obj = {"model": rng.choice(MODELS[api]), "max_tokens": 2048, "system": SYSTEM,
               "messages": [{"role": "user", "content": content}]}
    else:
        parts = ([{"text": b.once(cat(P().t(ask + "\n\n"), doc))}] if together else
                 [{"text": ask}, {"text": b.once(doc)}])
        obj = {"contents": [{"role": "user", "parts": parts}],
               "systemInstruction": {"parts": [{"text": SYSTEM}]},
               "generationConfig": {"temperature": 0.3, "maxOutputTokens": 2048}}
    return b.render(obj, i % 3 == 1)


def assistant_note(r, named):
    """The agent's remark between two calls, now and then naming the row it found (once)."""
    d = P()
    if not named[0] and rng.random() < 0.45:
        named[0] = True
        d.t("The failing row belongs to ").s("PERSON", r.p.g + " " + r.p.s)
        if r.dob:
            d.t("; the date of birth ").s("DATE_OF_BIRTH", r.dob).t(" is in a format the parser does not try")
        d.t(". Checking where it comes from.")
    else:
        d.t(rng.choice(SAYS))
    return d


def agent_body(api, r, ascii_, i):
    b = Body(ascii_)
    task = rng.choice(TASK[r.lg]).replace("{T}", title(r.dom, r.lg))
    steps, named = [], [False]
    if rng.random() < 0.85:
        steps.append(("read_file", P().t('{"path": "src/importers/%s.py"}' % r.dom), filler_code(r.dom)))
    if rng.random() < 0.5:
        steps.append(("bash", P().t('{"command": "ls -la data/ tests/fixtures/"}'), filler_ls(r.dom)))
    pii = rng.sample(AGENT, rng.choice((2, 2, 3)))
    for k, f in enumerate(pii):
        steps.append(f(r))
        if k == 0 and rng.random() < 0.5:
            steps.append(rng.choice([("read_file", P().t('{"path": "requirements.txt"}'), filler_reqs()),
                                     ("bash", P().t('{"command": "git log --oneline -8"}'), filler_gitlog())]))
    inner_ascii = i % 7 == 3
    wrappers = [{"stdout": "@", "stderr": "", "exit_code": 1}, {"ok": True, "output": "@"},
                {"content": "@", "truncated": False}]

    def out_str(p):
        if rng.random() < 0.85:
            return b.twice(p, rng.choice(wrappers), inner_ascii)
        return b.once(p)

    model = rng.choice(MODELS[api])
    if api == "openai":
        msgs = [{"role": "system", "content": "You are a coding agent working in the user's repository."},
                {"role": "user", "content": task}]
        for k, (name, args, out) in enumerate(steps):
            cid = "call_%s%02d" % (digits(6), k)
            note = assistant_note(r, named) if k else P().t(rng.choice(SAYS))
            msgs.append({"role": "assistant", "content": b.once(note), "tool_calls": [
                {"id": cid, "type": "function", "function": {"name": name, "arguments": b.once(args)}}]})
            msgs.append({"role": "tool", "tool_call_id": cid, "content": out_str(out)})
        obj = {"model": model, "messages": msgs, "tools": [
            {"type": "function", "function": {"name": n, "parameters": {"type": "object"}}}
            for n in ("read_file", "grep", "bash", "query_db", "run_notebook")]}
    elif api == "responses":
        items = [{"role": "user", "content": task}]
        for k, (name, args, out) in enumerate(steps):
            cid = "fc_%s%02d" % (digits(8), k)
            if k:
                items.append({"type": "message", "role": "assistant",
                              "content": [{"type": "output_text", "text": b.once(assistant_note(r, named))}]})
            items.append({"type": "function_call", "call_id": cid, "name": name, "arguments": b.once(args)})
            items.append({"type": "function_call_output", "call_id": cid, "output": out_str(out)})
        obj = {"model": model, "instructions": "You are a coding agent.", "input": items}
    elif api == "anthropic":
        msgs = [{"role": "user", "content": task}]
        for k, (name, args, out) in enumerate(steps):
            tid = "toolu_%s%02d" % (digits(10), k)
            note = assistant_note(r, named) if k else P().t(rng.choice(SAYS))
            msgs.append({"role": "assistant", "content": [
                {"type": "text", "text": b.once(note)},
                {"type": "tool_use", "id": tid, "name": name, "input": b.raw(args)}]})
            if rng.random() < 0.5:
                res = out_str(out)
            else:
                res = [{"type": "text", "text": out_str(out)}]
            msgs.append({"role": "user", "content": [{"type": "tool_result", "tool_use_id": tid, "content": res}]})
        obj = {"model": model, "max_tokens": 4096, "system": "You are a coding agent.", "messages": msgs}
    else:
        contents = [{"role": "user", "parts": [{"text": task}]}]
        for k, (name, args, out) in enumerate(steps):
            parts = [{"text": b.once(assistant_note(r, named))}] if k else []
            parts.append({"functionCall": {"name": name, "args": b.raw(args)}})
            contents.append({"role": "model", "parts": parts})
            if rng.random() < 0.8:
                resp = {"result": b.twice(out, rng.choice(wrappers), inner_ascii)}
            else:
                resp = {"output": b.once(out)}
            contents.append({"role": "user", "parts": [{"functionResponse": {"name": name, "response": resp}}]})
        obj = {"contents": contents, "tools": [{"functionDeclarations": [
            {"name": n} for n in ("read_file", "grep", "bash", "query_db", "run_notebook")]}]}
    return b.render(obj, i % 3 == 1)


# ---- the corpus --------------------------------------------------------------------------------
APIS = ["openai", "anthropic", "responses", "gemini"]
FAMILIES = ["noisy", "markup", "agentic"]


def main():
    n = 700
    for i in range(n):
        fam = FAMILIES[i % 3]
        lg = LANGS[(i // 3) % len(LANGS)]
        dom = DOM_KEYS[(i // 3 + 7 * (i % 3)) % len(DOM_KEYS)]
        api = APIS[(i // 3 + i // 51) % len(APIS)]
        ascii_ = (i // 3) % 3 == (i % 3)
        r = Rec(dom, lg)
        if fam == "noisy":
            f = NOISY[(i // 3 + i // 68) % len(NOISY)]
            doc = f(r)
            text, spans = user_body(api, rng.choice(ASK[lg]), doc, ascii_, i)
            wrap = f.__name__[4:]
        elif fam == "markup":
            f = MARKUP[(i // 3 + i // 72) % len(MARKUP)]
            doc = f(r)
            text, spans = user_body(api, rng.choice(ASK[lg]), doc, ascii_, i)
            wrap = f.__name__[4:]
        else:
            text, spans = agent_body(api, r, ascii_, i)
            wrap = "agent"
        check_spans(text, spans)
        records.append({"full_text": text, "spans": spans, "template_id": i % 100,
                        "metadata": {"locale": lg, "class": dom, "family": fam, "wrap": wrap, "api": api,
                                     "ascii": ascii_}})
    write_json(records)


main()
