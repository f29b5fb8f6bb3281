"""holdout31_values.py: the people and their values for the thirty-first blind set, and the
encoder that writes a labelled text through a character encoding with its spans following.

One idea: a document is first written as it reads (a `W`: text, spans, which spans are pieces of a
cut value), then encoded character by character (`encode`), or wrapped by a transport's soft line
breaks (`soft_wrap`), and every span moves onto the bytes that now hold it; where a break falls
inside a value, the value becomes pieces, each its own span of the value's label. Pieces under
three characters are left unlabelled. Python stdlib only; every draw from the caller's rng.
"""
import unicodedata

from gen_common import SYL12, END12, draw_name, fold, digit_draws

LOCALES = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv"]

REAL = {
    "en": (["Siobhan", "Gareth", "Eleanor", "Declan", "Harriet", "Callum", "Niamh", "Rhys"],
           ["O'Brien", "Fairbairn", "Whitlock", "McAllister", "Pennington", "Gallagher", "Ashdown"]),
    "de": (["Jürgen", "Hannelore", "Björn", "Käthe", "Matthias", "Jörg", "Ute", "Dörte"],
           ["Müller", "Schäfer", "Großmann", "Köhler", "Weißenborn", "Brückner", "Özdemir"]),
    "fr": (["Hélène", "Benoît", "Gaëlle", "Jérôme", "Anaïs", "François", "Léonie", "Cécile"],
           ["Lefèvre", "Bérenger", "Dubœuf", "Moreau", "Chênedollé", "Périer", "d'Arvieux"]),
    "nl": (["Eline", "Joëlle", "Sjoerd", "Maarten", "Inge", "Thijs", "Noë", "Femke"],
           ["van den Berg", "de Vries", "Brouwer", "van 't Hof", "Meulenbelt", "Kuijpers"]),
    "es": (["José", "Begoña", "Íñigo", "Nuria", "Ramón", "Inés", "Álvaro", "Maite"],
           ["Núñez", "Ibáñez", "Muñoz", "Garcés", "Peñalver", "Echeverría", "Calderón"]),
    "it": (["Niccolò", "Ginevra", "Raffaella", "Tommaso", "Bianca", "Lucrezia", "Gioele"],
           ["D'Angelo", "Lombardi", "Bellucci", "Pellegrini", "Fabbri", "De Santis", "Cattaneo"]),
    "pt": (["João", "Conceição", "Gonçalo", "Inês", "Sebastião", "Márcia", "Tomé"],
           ["Gonçalves", "Magalhães", "Simões", "Araújo", "d'Almeida", "Brandão", "Loureiro"]),
    "pl": (["Łukasz", "Małgorzata", "Wojciech", "Żaneta", "Grzegorz", "Agnieszka", "Bożena"],
           ["Wójcik", "Szczepańska", "Kowalczyk", "Zieliński", "Dąbrowski", "Jabłońska"]),
    "sv": (["Åsa", "Björn", "Märta", "Göran", "Ingrid", "Örjan", "Linnéa", "Sixten"],
           ["Ängström", "Lindqvist", "Sjöberg", "Håkansson", "Öberg", "Bergström"]),
}
GLOBAL = [("Adebayo", "Okonkwo"), ("Priya", "Raghunathan"), ("Thanh Hương", "Nguyễn"),
          ("Oluwaseun", "Adeyemi"), ("Tariq", "Al-Rashidi"), ("Mei-Ling", "Tsao"),
          ("Kwame", "Asante-Mensah"), ("Aigerim", "Nurlanovna"), ("Rahul", "Chattopadhyay"),
          ("Yusuf", "Özkan"), ("Chiamaka", "Eze"), ("Farida", "Haddad"), ("Hiroshi", "Tanabe"),
          ("Nomvula", "Dlamini"), ("Arjun", "Venkataraman"), ("Leilani", "Kahananui"),
          ("Soo-jin", "Park"), ("Esperanza", "Quispe Mamani"), ("Dawit", "Tesfaye"),
          ("Zainab", "Bello"), ("Anh", "Trần"), ("Malik", "Benkhelifa")]

MAILHOST = {"en": ["btinternet.com", "fastmail.co.uk", "outlook.com"],
            "de": ["posteo.de", "gmx.net", "web.de"], "fr": ["orange.fr", "free.fr", "laposte.net"],
            "nl": ["ziggo.nl", "kpnmail.nl", "xs4all.nl"], "es": ["telefonica.net", "gmail.com"],
            "it": ["libero.it", "tiscali.it", "alice.it"], "pt": ["sapo.pt", "netcabo.pt"],
            "pl": ["wp.pl", "onet.pl", "interia.pl"], "sv": ["telia.com", "bredband.net"]}

STREETS = {
    "en": ["Harcourt Road", "Mill Lane", "Beaconsfield Terrace", "Priory Close", "Kingsway"],
    "de": ["Lindenstraße", "Am Weißen Steg", "Hölderlinweg", "Brückengasse", "Kastanienallee"],
    "fr": ["rue des Tanneurs", "avenue Jean-Jaurès", "boulevard Vauban", "rue de la Chênaie"],
    "nl": ["Prinsengracht", "Kerkstraat", "Oude Delft", "Zuiderhavenweg", "Lange Voorhout"],
    "es": ["Calle de Alcalá", "Avenida de la Constitución", "Calle Mayor", "Paseo de Gràcia"],
    "it": ["Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Viale Monza"],
    "pt": ["Rua das Flores", "Avenida da Liberdade", "Travessa do Conde", "Rua de São Bento"],
    "pl": ["ul. Długa", "ul. Źródlana", "al. Jerozolimskie", "ul. Świętojańska"],
    "sv": ["Storgatan", "Götgatan", "Drottninggatan", "Södra Vägen", "Åsögatan"],
}
TOWNS = {"en": [("Leeds", "LS6 3JN"), ("Bristol", "BS8 1TH"), ("Norwich", "NR2 4PD")],
         "de": [("Berlin", "10115"), ("Leipzig", "04109"), ("Würzburg", "97070")],
         "fr": [("Lyon", "69002"), ("Nantes", "44000"), ("Besançon", "25000")],
         "nl": [("Amsterdam", "1016 GV"), ("Utrecht", "3512 JE"), ("Delft", "2611 HB")],
         "es": [("Madrid", "28014"), ("Sevilla", "41004"), ("Bilbao", "48001")],
         "it": [("Torino", "10122"), ("Bologna", "40126"), ("Napoli", "80134")],
         "pt": [("Porto", "4050-262"), ("Lisboa", "1250-096"), ("Coimbra", "3000-150")],
         "pl": [("Gdańsk", "80-831"), ("Kraków", "31-042"), ("Łódź", "90-001")],
         "sv": [("Stockholm", "114 51"), ("Göteborg", "411 03"), ("Malmö", "211 22")]}
PHONE = {"en": ("+44", "7", [4, 6]), "de": ("+49", "15", [3, 8]),
         "fr": ("+33", "6", [1, 2, 2, 2, 2]), "nl": ("+31", "6", [1, 8]), "es": ("+34", "6", [3, 3, 3]),
         "it": ("+39", "3", [3, 3, 4]), "pt": ("+351", "9", [3, 3, 3]), "pl": ("+48", "5", [3, 3, 3]),
         "sv": ("+46", "7", [2, 3, 2, 2])}
IBAN_SPEC = {"en": ("GB", "NWBK", 14), "de": ("DE", "", 18), "fr": ("FR", "", 23),
             "nl": ("NL", "RABO", 10), "es": ("ES", "", 20), "it": ("IT", "X", 22),
             "pt": ("PT", "", 21), "pl": ("PL", "", 24), "sv": ("SE", "", 20)}
BIRTH = {"en": ["Date of birth", "born", "DOB"], "de": ["Geburtsdatum", "geboren am", "geb."],
         "fr": ["Date de naissance", "né(e) le", "née le"], "nl": ["Geboortedatum", "geboren op"],
         "es": ["Fecha de nacimiento", "nacido el", "nacida el"],
         "it": ["Data di nascita", "nato il", "nata il"],
         "pt": ["Data de nascimento", "nascido em", "nascida em"],
         "pl": ["Data urodzenia", "urodzony", "ur."], "sv": ["Födelsedatum", "född"]}
NAME_WORD = {"en": "Name", "de": "Name", "fr": "Nom", "nl": "Naam", "es": "Nombre",
             "it": "Nome", "pt": "Nome", "pl": "Imię i nazwisko", "sv": "Namn"}
ADDR_WORD = {"en": "Address", "de": "Anschrift", "fr": "Adresse", "nl": "Adres",
             "es": "Dirección", "it": "Indirizzo", "pt": "Morada", "pl": "Adres", "sv": "Adress"}
PHONE_WORD = {"en": "Phone", "de": "Telefon", "fr": "Tél.", "nl": "Telefoon", "es": "Teléfono",
              "it": "Tel.", "pt": "Telemóvel", "pl": "Telefon", "sv": "Telefon"}


def luhn_digit(d):
    t = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch) * (1 if i % 2 else 2)
        t += n - 9 if n > 9 else n
    return str((10 - t % 10) % 10)


def iban_check(cc, bban):
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return "%02d" % (98 - n % 97)


class Person:
    """One person of a locale, every value drawn at once (the draw order fixed)."""

    def __init__(self, rng, lg):
        table = {"g": REAL[lg][0], "s": REAL[lg][1], "syl": SYL12.get(lg, SYL12["en"]),
                 "end": END12.get(lg, END12["en"])}
        self.given, self.surname = draw_name(rng, GLOBAL, table, 0.5)
        self.full = self.given + " " + self.surname
        pick, dg, nz = digit_draws(rng)
        local = fold(self.given).lower().replace(" ", "") + rng.choice([".", "_", ""]) + \
            fold(self.surname).lower().replace(" ", "").replace("'", "")
        self.email = local + rng.choice(["", str(rng.randint(2, 89))]) + "@" + \
            rng.choice(MAILHOST[lg])
        cc, lead, groups = PHONE[lg]
        first = lead + (dg(groups[0] - len(lead)) if groups[0] > len(lead) else "")
        self.phone_groups = [cc, first] + [dg(g) for g in groups[1:]]
        self.phone = " ".join(self.phone_groups)
        street = rng.choice(STREETS[lg])
        town, pc = rng.choice(TOWNS[lg])
        no = str(rng.randint(1, 180)) + pick("", "", "a", "B")
        if lg in ("en", "fr"):
            self.street_line = no + " " + street if lg == "en" else no + ", " + street
            self.town_line = (town + " " + pc) if lg == "en" else (pc + " " + town)
        else:
            unit = pick("", "", "/%d" % rng.randint(1, 30)) if lg == "pl" else ""
            self.street_line = street + " " + no + unit
            self.town_line = pc + " " + town
        self.street_name, self.town = street, town
        self.address = self.street_line + ", " + self.town_line
        y, m, d = rng.randint(1938, 2004), rng.randint(1, 12), rng.randint(1, 28)
        self.dob = ("%02d/%02d/%d" % (d, m, y)) if lg in ("en", "fr", "es", "it", "pt") else \
            ("%d-%02d-%02d" % (y, m, d)) if lg == "sv" else ("%02d.%02d.%d" % (d, m, y))
        self.dob_ymd = (y, m, d)
        prefix = pick("4", "51", "53", "55")
        body = prefix + dg(15 - len(prefix))
        self.card = body + luhn_digit(body)
        self.card_groups = [self.card[i:i + 4] for i in range(0, 16, 4)]
        c, bank, n = IBAN_SPEC[lg]
        bban = bank + dg(n)
        raw = c + iban_check(c, bban) + bban
        self.iban = raw
        self.iban_groups = [raw[i:i + 4] for i in range(0, len(raw), 4)]


# ---- writing and encoding ------------------------------------------------------------------------
class W:
    """Text written as it reads, with spans: t() plain text, s() a labelled value (a value of
    label None is plain text), cut() a value in pieces with markup between them."""

    def __init__(self):
        self.text, self.spans = "", []

    def t(self, s):
        self.text += s
        return self

    def s(self, label, v, piece=False):
        if not label:
            return self.t(v)
        sp = {"entity_type": label, "entity_value": v, "start_position": len(self.text),
              "end_position": len(self.text) + len(v)}
        if piece:
            sp["_piece"] = True
        self.spans.append(sp)
        self.text += v
        return self

    def cut(self, label, parts, between):
        """parts of one value with between[k] (markup) after part k; each part its own span
        (a piece when there are several), a part under three characters left unlabelled."""
        for k, part in enumerate(parts):
            core = part.strip()
            lead = part[:len(part) - len(part.lstrip())]
            if len(core) >= 3 or len(parts) == 1:
                self.t(lead).s(label, core, piece=len(parts) > 1).t(part[len(lead) + len(core):])
            else:
                self.t(part)
            if k < len(parts) - 1:
                self.t(between[k] if isinstance(between, list) else between)
        return self

    def add(self, other):
        base = len(self.text)
        self.text += other.text
        for sp in other.spans:
            self.spans.append(dict(sp, start_position=sp["start_position"] + base,
                                   end_position=sp["end_position"] + base))
        return self


def encode(w, charfn, only=None):
    """w's text with each character c at index i written charfn(c, i); when `only` is a set of
    labels, text outside those spans is kept as it is. Spans move onto the encoded bytes."""
    inside = [False] * len(w.text)
    for sp in w.spans:
        if only is None or sp["entity_type"] in only:
            for i in range(sp["start_position"], sp["end_position"]):
                inside[i] = True
    out, pos = [], []
    n = 0
    for i, c in enumerate(w.text):
        pos.append(n)
        e = charfn(c, i) if (only is None or inside[i]) else c
        out.append(e)
        n += len(e)
    pos.append(n)
    r = W()
    r.text = "".join(out)
    for sp in w.spans:
        a, b = pos[sp["start_position"]], pos[sp["end_position"]]
        r.spans.append(dict(sp, entity_value=r.text[a:b], start_position=a, end_position=b))
    return r


def soft_wrap(w, width, brk, atomic="=", first=0):
    """w's text with brk (a quoted-printable '=\\n', a header fold) inserted so that no line is
    longer than width; an '=XX' triplet (atomic) is never cut. A span a break falls inside
    becomes pieces. `first` is how far the first line already runs."""
    text = w.text
    cuts = []  # indices of text before which brk goes
    col, i = first, 0
    while i < len(text):
        if text[i] == "\n":
            col, i = 0, i + 1
            continue
        tok = 3 if (atomic and text[i] == atomic and i + 2 < len(text)) else 1
        if col + tok > width - 1:
            cuts.append(i)
            col = 0
        col += tok
        i += tok
    r = W()
    last = 0
    for c in cuts:
        r.text += text[last:c] + brk
        last = c
    r.text += text[last:]

    def at(i):
        return i + len(brk) * sum(1 for c in cuts if c <= i)

    def at_end(i):
        return i + len(brk) * sum(1 for c in cuts if c < i)
    for sp in w.spans:
        a, b = sp["start_position"], sp["end_position"]
        inner = [c for c in cuts if a < c < b]
        if not inner:
            na, nb = at(a), at_end(b)
            r.spans.append(dict(sp, entity_value=r.text[na:nb], start_position=na, end_position=nb))
            continue
        bounds = [a] + inner + [b]
        for k in range(len(bounds) - 1):
            x, y = bounds[k], bounds[k + 1]
            if y - x < 3:
                continue
            na = at(x)
            nb = na + (y - x)
            r.spans.append(dict(sp, entity_value=r.text[na:nb], start_position=na, end_position=nb,
                                _piece=True))
    return r


def nfd(s):
    return unicodedata.normalize("NFD", s)


FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in
             "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@.+-_"}
