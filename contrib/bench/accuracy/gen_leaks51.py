#!/usr/bin/env python3
"""gen_leaks51.py: identifiers that still left after stop 50, in shapes the earlier corpora lacked.

Written before any detector code was read or hush was run on it, from the leftovers in the notes
struct50.md, fid50.md and markup50.md. Each class sits beside its look-alikes in the same shape:
  - phones in structured payloads: JSON numbers under other keys (msisdn, whatsapp, cellulare,
    puhelin, ...), strings with U+00A0 / U+202F / U+2009 or dots between groups, CSV cells in
    quotes and semicolon files, TSV, YAML lists, XML attributes, arrays of arrays, objects keyed by
    people; order numbers, EAN barcodes, millisecond timestamps, tracking and reference numbers as
    numbers and cells in the same places;
  - US SSNs as 3-2-4 arrays (["123","45","6789"], [123, 45, 6789]) with the SSN cue a few words
    back (8-60 characters before the array: "social security number ... came back as", a key
    ssn_parts, other languages' words for it); 3-2-4 arrays with no cue (page/line/year, counters,
    build ids) as look-alikes;
  - spelled e-mails whose dots are spelled too (`x ät posteo punkt de`) in 13 languages' words for
    at and dot, with no brackets; prose with those words that holds no address as look-alikes;
  - folded vCard and ICS lines (CRLF + space after 75 octets) that cut an e-mail after a letter or
    a '.', in EMAIL properties, NOTE text and ATTENDEE mailto values; folded URLs, PRODIDs and notes
    with no address as look-alikes (the span keeps its fold);
  - order ids cut across two content blocks (`INV-2` | `025-004512`) as look-alikes only.
Request bodies of the four APIs (gen_bodies.py), 15 languages, names half invented.
Seeded and deterministic; Python stdlib only.
"""
import random
import unicodedata

from gen_bodies import J, P, Bodies, cat, dumps, place
from gen_common import write_json

rng = random.Random(5151)
records = []

LANGS = ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da", "fi", "cs", "hu", "tr", "ro"]
ASK = {"en": "Please tidy this export up.", "de": "Bitte räum diesen Export auf.",
       "fr": "Peux-tu nettoyer cet export ?", "es": "¿Puedes ordenar esta exportación?",
       "it": "Puoi sistemare questa esportazione?", "nl": "Kun je deze export opschonen?",
       "pt": "Podes arrumar esta exportação?", "pl": "Uporządkuj proszę ten eksport.",
       "sv": "Kan du städa upp den här exporten?", "da": "Kan du rydde op i denne eksport?",
       "fi": "Voitko siistiä tämän viennin?", "cs": "Můžeš uklidit tento export?",
       "hu": "Rendbe tennéd ezt az exportot?", "tr": "Bu dışa aktarımı düzenler misin?",
       "ro": "Poți aranja acest export?"}
OUT = Bodies(records, ASK)

GIVEN = {"en": ["Olivia", "Harry"], "de": ["Lena", "Jonas"], "fr": ["Camille", "Théo"],
         "es": ["Lucía", "Mateo"], "it": ["Giulia", "Lorenzo"], "nl": ["Sanne", "Daan"],
         "pt": ["Inês", "Tiago"], "pl": ["Zofia", "Kacper"], "sv": ["Elsa", "Oskar"],
         "da": ["Freja", "Magnus"], "fi": ["Aino", "Eetu"], "cs": ["Tereza", "Jakub"],
         "hu": ["Réka", "Bence"], "tr": ["Elif", "Emir"], "ro": ["Ioana", "Andrei"]}
SUR = {"en": ["Whitlock", "Pryce"], "de": ["Brandt", "Köhler"], "fr": ["Lefèvre", "Garnier"],
       "es": ["Ortega", "Navarro"], "it": ["Ferraro", "Galli"], "nl": ["Bakker", "Visser"],
       "pt": ["Tavares", "Moura"], "pl": ["Wójcik", "Zając"], "sv": ["Lindgren", "Berg"],
       "da": ["Nørgaard", "Holm"], "fi": ["Korhonen", "Laine"], "cs": ["Dvořák", "Novotná"],
       "hu": ["Szabó", "Kovács"], "tr": ["Yıldız", "Aydın"], "ro": ["Popescu", "Stan"]}
SYL = ["dra", "vel", "mon", "tes", "kar", "lio", "sun", "bre", "gat", "rin", "zol", "pem"]
END = ["ek", "ani", "ström", "escu", "ier", "ago", "ova", "sen"]
CC = {"en": "44", "de": "49", "fr": "33", "es": "34", "it": "39", "nl": "31", "pt": "351",
      "pl": "48", "sv": "46", "da": "45", "fi": "358", "cs": "420", "hu": "36", "tr": "90",
      "ro": "40"}
DOMAINS = ["posteo.de", "gmail.com", "web.de", "free.fr", "libero.it", "ziggo.nl", "sapo.pt",
           "wp.pl", "telia.com", "mail.dk", "elisanet.fi", "seznam.cz", "freemail.hu",
           "yandex.com.tr", "yahoo.ro", "proton.me", "outlook.com"]
NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"


def inv(surname=False):
    s = "".join(rng.choice(SYL) for _ in range(rng.choice((2, 2, 3))))
    if surname:
        s += rng.choice(END)
    return s.capitalize()


def person(lg):
    if rng.random() < 0.5:
        return rng.choice(GIVEN[lg]), rng.choice(SUR[lg])
    return inv(), inv(True)


def ascii_fold(s):
    s = s.lower().replace("ß", "ss").replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii())


def phone_digits(lg):
    cc = CC[lg]
    n = 9 if len(cc) < 3 else 8
    return cc, str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def phone_text(lg):
    cc, rest = phone_digits(lg)
    sep = rng.choice([NBSP, NNBSP, THIN, ".", " ", "-"])
    groups = [rest[:3], rest[3:6], rest[6:]]
    lead = rng.choice(["+" + cc, "00" + cc, "+" + cc, "(+" + cc + ")"])
    return lead + sep + sep.join(groups)


def ean13():
    d = str(rng.choice([4, 5, 7, 8, 9])) + "".join(str(rng.randint(0, 9)) for _ in range(11))
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d))
    return d + str((10 - s % 10) % 10)


def neg_number():
    k = rng.randint(0, 4)
    if k == 0:
        return "NEG_ID", str(rng.randint(2024, 2026)) + "%08d" % rng.randint(1, 99999999)  # order no
    if k == 1:
        return "NEG_ID", ean13()
    if k == 2:
        return "NEG_NUMBER", str(rng.randint(1712000000000, 1767000000000))  # epoch ms
    if k == 3:
        return "NEG_ID", "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(16))
    return "NEG_ID", "RF%02d%s" % (rng.randint(10, 99), "".join(str(rng.randint(0, 9)) for _ in range(12)))


class Num:
    def __init__(self, label, v):
        self.label, self.v = label, v


class NJ(J):
    """gen_bodies' J with labelled JSON numbers (a phone or an id written as digits)."""

    def write(self, obj, level=0):
        if isinstance(obj, Num):
            self.p.s(obj.label, obj.v)
        else:
            J.write(self, obj, level)


def emit_json(obj, lg, cls, i):
    j = NJ(["pretty", "line", "compact"][i % 3], inline_max=4)
    j.write(obj)
    if i % 8 == 7:
        OUT.emit(j.p.text, j.p.spans, lg, cls, "plain")
        return
    wraps = ["gemini_fr", "oai_tool", "anth_tool_use", "anth_tool_str", "tool_args",
             "resp_output", "gemini_call", "user_paste"]
    wrap = wraps[(i // 8 + i) % len(wraps)]
    t, sp = OUT.json_body(wrap, lg, i, j.p, call_base=5100)
    OUT.emit(t, sp, lg, cls, wrap)


# ---- 1. phones in structured payloads -----------------------------------------------------------
PKEY = {"en": ["msisdn", "whatsapp", "mobile_no", "contact_number"],
        "de": ["Mobilnummer", "Handy", "Rufnummer", "telefon_privat"],
        "fr": ["tel_portable", "numéro_mobile", "GSM"], "es": ["móvil", "telefono_contacto", "celular"],
        "it": ["cellulare", "recapito", "num_tel"], "nl": ["mobiel", "telefoonnummer", "gsm_nr"],
        "pt": ["telemóvel", "contacto", "tlm"], "pl": ["komórka", "nr_tel", "telefon_kom"],
        "sv": ["mobilnr", "telefon"], "da": ["mobil", "tlf"], "fi": ["puhelin", "matkapuhelin"],
        "cs": ["mobil", "telefonní_číslo"], "hu": ["mobilszám", "telefonszám"],
        "tr": ["cep_telefonu", "gsm_no"], "ro": ["mobil", "nr_telefon"]}
NKEY = ["order_no", "ean", "created_ms", "tracking", "payment_ref", "invoice_no", "barcode"]
ROLE = {"en": "role", "de": "Rolle", "fr": "rôle", "es": "puesto", "it": "ruolo", "nl": "functie",
        "pt": "função", "pl": "rola", "sv": "roll", "da": "rolle", "fi": "rooli", "cs": "role",
        "hu": "szerep", "tr": "görev", "ro": "rol"}


def phone_value(lg, as_num):
    if as_num:
        cc, rest = phone_digits(lg)
        return Num("PHONE_NUMBER", cc + rest)
    return ("PHONE_NUMBER", phone_text(lg))


def neg_value(as_num):
    lab, v = neg_number()
    if as_num and v.isdigit():
        return Num(lab, v)
    return (lab, v)


def gen_phone_json():
    for i in range(60):
        lg = LANGS[i % len(LANGS)]
        k = i % 4
        as_num = rng.random() < 0.5
        if k == 0:  # records with other phone keys
            rows = []
            for _ in range(rng.randint(2, 3)):
                g, s = person(lg)
                rows.append({"id": rng.randint(100, 999), rng.choice(PKEY[lg]): phone_value(lg, as_num),
                             rng.choice(NKEY): neg_value(as_num), ROLE[lg]: rng.choice(["ops", "hr", "sales"])})
            obj = {"rows": rows}
        elif k == 1:  # an object keyed by people, phone as the member value
            obj = {}
            for _ in range(rng.randint(2, 3)):
                g, s = person(lg)
                obj[("PERSON", g + " " + s)] = phone_value(lg, as_num)
            obj["last_sync"] = neg_value(True)
        elif k == 2:  # arrays of arrays (sheet values without a phone header)
            vals = [["#", ROLE[lg], rng.choice(PKEY[lg]), "ref"]]
            for n in range(rng.randint(2, 3)):
                g, s = person(lg)
                vals.append([n + 1, ("PERSON", g + " " + s), phone_value(lg, as_num), neg_value(as_num)])
            obj = {"range": "A1:D4", "majorDimension": "ROWS", "values": vals}
        else:  # nested contact points
            g, s = person(lg)
            obj = {"member": {"name": ("PERSON", g + " " + s),
                              "contact_points": [{"kind": "mobile", "value": phone_value(lg, as_num)},
                                                 {"kind": "account", "value": neg_value(as_num)}]}}
        emit_json(obj, lg, "phone-json", i)


CSV_HEAD = {"en": ("Name", "Mobile", "Order"), "de": ("Name", "Handy", "Bestellung"),
            "fr": ("Nom", "Portable", "Commande"), "es": ("Nombre", "Móvil", "Pedido"),
            "it": ("Nome", "Cellulare", "Ordine"), "nl": ("Naam", "Mobiel", "Bestelling"),
            "pt": ("Nome", "Telemóvel", "Encomenda"), "pl": ("Imię i nazwisko", "Komórka", "Zamówienie"),
            "sv": ("Namn", "Mobil", "Order"), "da": ("Navn", "Mobil", "Ordre"),
            "fi": ("Nimi", "Puhelin", "Tilaus"), "cs": ("Jméno", "Mobil", "Objednávka"),
            "hu": ("Név", "Mobil", "Rendelés"), "tr": ("Ad", "Cep", "Sipariş"), "ro": ("Nume", "Mobil", "Comandă")}


def gen_phone_text():
    for i in range(48):
        lg = LANGS[(i * 7) % len(LANGS)]
        k = i % 4
        hn, hp, ho = CSV_HEAD[lg]
        p = P()
        if k == 0:  # quoted CSV cells, comma or semicolon
            sep = rng.choice([",", ";"])
            p.t('"%s"%s"%s"%s"%s"\n' % (hn, sep, hp, sep, ho))
            for _ in range(rng.randint(2, 3)):
                g, s = person(lg)
                lab, n = neg_number()
                p.t('"').s("PERSON", g + " " + s).t('"' + sep + '"').s("PHONE_NUMBER", phone_text(lg))
                p.t('"' + sep + '"').s(lab, n).t('"\n')
        elif k == 1:  # TSV with the phone first
            p.t("%s\t%s\t%s\n" % (hp, ho, hn))
            for _ in range(rng.randint(2, 3)):
                g, s = person(lg)
                lab, n = neg_number()
                ph = phone_text(lg) if rng.random() < 0.6 else "".join(phone_digits(lg))
                p.s("PHONE_NUMBER", ph).t("\t").s(lab, n).t("\t").s("PERSON", g + " " + s).t("\n")
        elif k == 2:  # YAML list
            p.t("contacts:\n")
            for _ in range(rng.randint(2, 3)):
                g, s = person(lg)
                lab, n = neg_number()
                q = rng.choice(["", '"', "'"])
                p.t("  - name: ").s("PERSON", g + " " + s).t("\n    %s: %s" % (rng.choice(PKEY[lg]), q))
                p.s("PHONE_NUMBER", phone_text(lg) if q or rng.random() < 0.5 else "".join(phone_digits(lg)))
                p.t(q + "\n    %s: " % rng.choice(NKEY)).s(lab, n).t("\n")
        else:  # XML attributes
            p.t("<contacts>\n")
            for _ in range(rng.randint(2, 3)):
                g, s = person(lg)
                lab, n = neg_number()
                attr = rng.choice(["tel", "mobile", "msisdn", "phone"])
                p.t('  <contact name="').s("PERSON", g + " " + s).t('" %s="' % attr)
                p.s("PHONE_NUMBER", phone_text(lg) if rng.random() < 0.6 else "".join(phone_digits(lg)))
                p.t('" ref="').s(lab, n).t('"/>\n')
            p.t("</contacts>")
        OUT.emit_blocks([p], lg, "phone-" + ["csv", "tsv", "yaml", "xml"][k], i)


# ---- 2. SSN arrays with the cue a few words back --------------------------------------------------
SSN_CUE = {
    "en": ["The social security number on the W-2 scan came back from OCR as ",
           "SSN field (payroll import, row 14) was split into ",
           "Her Social Security No. as the parser returned it: ",
           "The applicant's SSN, after the form tool split it, reads "],
    "de": ["Die US-Sozialversicherungsnummer (SSN) aus dem W-2 kam vom OCR als ",
           "Feld Social Security Number im Import wurde zerlegt in "],
    "es": ["El número de seguro social (SSN) del formulario W-4 salió del OCR como "],
    "fr": ["Le numéro de sécurité sociale américain (SSN) du W-2 est sorti de l'OCR ainsi : "],
    "it": ["Il Social Security Number (SSN) del modulo W-2 è uscito dall'OCR come "],
    "pt": ["O número da Segurança Social americana (SSN) do W-2 saiu do OCR assim: "],
    "nl": ["Het Amerikaanse social security number (SSN) uit de W-2 kwam uit de OCR als "],
}
NOCUE = {
    "en": ["Page, line and year of the citation: ", "The three counters after the run: ",
           "Build id parts from the CI log: ", "Rack, slot and port serial: "],
    "de": ["Seite, Zeile und Jahr des Zitats: ", "Die drei Zähler nach dem Lauf: "],
    "es": ["Página, línea y año de la cita: "], "fr": ["Page, ligne et année de la citation : "],
    "it": ["Pagina, riga e anno della citazione: "], "pt": ["Página, linha e ano da citação: "],
    "nl": ["Pagina, regel en jaar van het citaat: "],
}


def ssn_groups():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return ["%03d" % a, "%02d" % rng.randint(1, 99), "%04d" % rng.randint(1, 9999)]


def arr_parts(label, groups, quoted, sp):
    q = '"' if quoted else ""
    inner = ("," + sp).join(q + x + q for x in groups)
    if quoted:
        return ["[\"", (label, inner[1:-1]), "\"]"]
    return ["[", (label, inner), "]"]


def parts_piece(parts):
    p = P()
    for x in parts:
        if isinstance(x, tuple):
            p.s(*x)
        else:
            p.t(x)
    return p


def gen_ssn():
    for i in range(44):
        lg = list(SSN_CUE)[i % len(SSN_CUE)] if i % 3 else "en"
        quoted = rng.random() < 0.5
        sp = rng.choice(["", " "])
        parts = [rng.choice(SSN_CUE[lg])] + arr_parts("US_SSN", ssn_groups(), quoted, sp)
        if rng.random() < 0.6:  # a cue-less look-alike in the same record
            neg = [str(rng.randint(100, 999)), "%02d" % rng.randint(10, 99), str(rng.randint(1990, 2026))]
            parts += [". " + rng.choice(NOCUE[lg])] + arr_parts("NEG_NUMBER", neg, rng.random() < 0.5, sp)
        parts.append(".")
        OUT.emit_blocks([parts_piece(parts)], lg, "ssn-array", i)
    for i in range(16):  # a key that names the SSN, in JSON
        lg = "en"
        key = rng.choice(["ssn_parts", "ssn_split", "social_security_number", "SSN"])
        as_str = rng.random() < 0.5
        g = ssn_groups() if as_str else [str(rng.randint(100, 899)), str(rng.randint(10, 99)), str(rng.randint(1000, 9999))]
        neg = [str(rng.randint(100, 999)), str(rng.randint(10, 99)), str(rng.randint(1000, 9999))]
        p = P().t('{"employee": {"id": %d, "%s": ' % (rng.randint(1000, 9999), key))
        p.add(parts_piece(arr_parts("US_SSN", g, as_str, " ")))
        p.t(', "badge": ').add(parts_piece(arr_parts("NEG_NUMBER", neg, as_str, " "))).t("}}")
        OUT.emit_blocks([p], lg, "ssn-key", i)
    for i in range(20):  # 3-2-4 arrays with no cue at all
        lg = list(NOCUE)[i % len(NOCUE)]
        neg = [str(rng.randint(100, 999)), "%02d" % rng.randint(10, 99), "%04d" % rng.randint(1000, 9999)]
        parts = [rng.choice(NOCUE[lg])] + arr_parts("NEG_NUMBER", neg, rng.random() < 0.5, rng.choice(["", " "])) + ["."]
        OUT.emit_blocks([parts_piece(parts)], lg, "ssn-neg", i)


# ---- 3. spelled e-mails with spelled dots --------------------------------------------------------
SPELL = {  # at, dot, lead, look-alike prose (no address)
    "en": (" at ", " dot ", "Reach me at {v} if the portal is down.", "Meet me at noon, dot the i's and send it."),
    "de": (" ät ", " punkt ", "Schreib mir an {v}, das Portal spinnt.", "Ich bin ät home, um Punkt acht zurück."),
    "es": (" arroba ", " punto ", "Escríbeme a {v} si el portal falla.", "Una arroba son once kilos, punto final."),
    "it": (" chiocciola ", " punto ", "Scrivimi a {v} se il portale non va.", "La chiocciola era in giardino, punto e basta."),
    "sv": (" snabel-a ", " punkt ", "Mejla mig på {v} om portalen strular.", "Tangenten för snabel-a sitter bredvid punkt och komma."),
    "nl": (" apenstaartje ", " punt ", "Mail me op {v} als het portaal hapert.", "Het apenstaartje staat boven de 2, punt uit."),
    "pl": (" małpa ", " kropka ", "Napisz do mnie na {v}, portal nie działa.", "Małpa siedzi na drzewie, kropka."),
    "fr": (" arobase ", " point ", "Écris-moi à {v} si le portail plante.", "L'arobase est sur la touche 0, point."),
    "pt": (" arroba ", " ponto ", "Escreve-me para {v} se o portal falhar.", "Uma arroba são quinze quilos, ponto final."),
    "hu": (" kukac ", " pont ", "Írj nekem ide: {v}, ha a portál nem megy.", "A kukac a kertben volt, pont ott."),
    "cs": (" zavináč ", " tečka ", "Napiš mi na {v}, portál nejde.", "Zavináč je na klávesnici vpravo, tečka."),
    "da": (" snabel-a ", " punktum ", "Skriv til mig på {v}, portalen driller.", "Tasten med snabel-a sidder ved punktum."),
    "ro": (" arond ", " punct ", "Scrie-mi la {v} dacă portalul nu merge.", "Semnul arond e pe tasta 2, punct."),
}


def spelled_email(lg):
    at, dot, _, _ = SPELL[lg]
    g, s = person(lg) if lg in GIVEN else person("en")
    g, s = ascii_fold(g), ascii_fold(s)
    local = rng.choice([g + dot + s, g + s, g[0] + s, g + dot + s + str(rng.randint(1, 99)), g])
    dom = rng.choice(DOMAINS) if rng.random() < 0.7 else inv().lower() + rng.choice(["-bau.de", "-lab.io", ".eu"])
    return local + at + dom.replace(".", dot)


def gen_spelled():
    langs = list(SPELL)
    for i in range(52):
        lg = langs[i % len(langs)]
        lead = SPELL[lg][2]
        a, b = lead.split("{v}")
        v = spelled_email(lg)
        upper = rng.random() < 0.2
        if upper:
            at, dot = SPELL[lg][0], SPELL[lg][1]
            v = v.replace(at, at.upper()).replace(dot, dot.upper())
        p = P().t(a).s("EMAIL_ADDRESS", v).t(b)
        if rng.random() < 0.5:
            p.t(" ").s("NEG_TEXT", SPELL[lg][3])
        OUT.emit_blocks([p], lg, "spelled-email", i)
    for i in range(18):
        lg = langs[(i * 5) % len(langs)]
        p = P().s("NEG_TEXT", SPELL[lg][3])
        OUT.emit_blocks([p], lg, "spelled-neg", i)


# ---- 4. folded vCard and ICS lines ---------------------------------------------------------------
def mail_of(g, s):
    return ascii_fold(g).replace(" ", "") + rng.choice([".", "_", ""]) + ascii_fold(s).replace(" ", "") + "@" + rng.choice(DOMAINS)


def fold_cut(v, where):
    """The cut offset in the address v: after a letter of the local part, after a letter of the
    domain, or right after a '.' of the domain."""
    at = v.index("@")
    if where == "local":
        cands = [k for k in range(2, at - 1) if v[k - 1].isalpha()]
    elif where == "domain":
        cands = [k for k in range(at + 2, len(v) - 1) if v[k - 1].isalpha() and v[k] != "."]
    else:
        cands = [k + 1 for k in range(at + 1, len(v) - 1) if v[k] == "."]
    return rng.choice(cands)


FILL = ["please", "use", "this", "one", "for", "urgent", "matters", "and", "travel", "days"]


def filler(n, words):
    """n characters of padding: letters, or words separated by spaces."""
    if not words:
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))
    out = ""
    while len(out) < n:
        out += " " + rng.choice(FILL)
    return out[:n].rstrip().ljust(n, "s")


def folded_line(prefix, value, cut, label, words=False):
    """prefix + value as one content line folded after 75 octets at value[cut]: the prefix is
    padded (inside its last parameter or word) so the fold lands there. Returns a P."""
    need = 75 - cut - len(prefix)
    if need < 0:
        raise SystemExit("fold does not fit: " + prefix)
    pad = filler(need, words)
    head = prefix.replace("{pad}", pad)
    p = P().t(head)
    p.s(label, value[:cut] + "\r\n" + rng.choice([" ", " ", "\t"]) + value[cut:])
    return p


def gen_folds():
    for i in range(48):
        lg = LANGS[i % len(LANGS)]
        g, s = person(lg)
        v = mail_of(g, s)
        where = ["local", "domain", "dot"][i % 3]
        cut = fold_cut(v, where)
        k = i % 4
        if k in (0, 1):  # vCard EMAIL property with a long parameter list
            pre = "EMAIL;TYPE=INTERNET;X-SRC=crm{pad}:"
            r = P().t("BEGIN:VCARD\r\nVERSION:3.0\r\nN:").s("PERSON", s).t(";").s("PERSON", g).t(";;;\r\nFN:")
            r.s("PERSON", g + " " + s).t("\r\n")
            r.add(folded_line(pre, v, cut, "EMAIL_ADDRESS"))
            r.t("\r\nURL:https://www.example.org/team/%s\r\nEND:VCARD" % rng.choice(["sales", "ops", "hr"]))
        elif k == 2:  # vCard NOTE prose with the address in it
            pre = "NOTE:private{pad}: "
            r = P().t("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:").s("PERSON", g + " " + s).t("\r\n")
            r.add(folded_line(pre, v, cut, "EMAIL_ADDRESS", words=True))
            r.t("\r\nEND:VCARD")
        else:  # ICS attendee
            pre = "ATTENDEE;PARTSTAT=ACCEPTED;X-T={pad}:mailto:"
            r = P().t("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Onboarding\r\n")
            r.add(folded_line(pre, v, cut, "EMAIL_ADDRESS"))
            r.t("\r\nDTSTART:20260%d%02dT090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR" % (rng.randint(1, 9), rng.randint(1, 28)))
        OUT.emit_blocks([r], lg, "fold-" + where, i)
    for i in range(20):  # folds that cut no address
        lg = LANGS[(i * 4) % len(LANGS)]
        k = i % 3
        if k == 0:
            url = "https://www.%s.example.org/%s/profile/index.html" % (inv().lower(), inv().lower())
            r = P().t("BEGIN:VCARD\r\nVERSION:3.0\r\nORG:Example Ltd\r\n")
            r.add(folded_line("URL;TYPE=work;X-LABEL=site{pad}:", url, url.index(".org") + 1, "NEG_URL"))
            r.t("\r\nEND:VCARD")
        elif k == 1:
            pid = "-//Example Corp.//Calendar Server %d.%d//EN" % (rng.randint(2, 9), rng.randint(0, 9))
            r = P().t("BEGIN:VCALENDAR\r\n")
            r.add(folded_line("PRODID;X-BUILD=rel{pad}:", pid, pid.index("Corp.") + 5, "NEG_ID"))
            r.t("\r\nEND:VCALENDAR")
        else:
            note = "release notes at docs.example.net under v%d.%d" % (rng.randint(1, 9), rng.randint(0, 9))
            r = P().t("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Release\r\n")
            r.add(folded_line("DESCRIPTION:see the{pad} ", note, note.index("example.") + 8, "NEG_TEXT", words=True))
            r.t("\r\nEND:VEVENT\r\nEND:VCALENDAR")
        OUT.emit_blocks([r], lg, "fold-neg", i)


# ---- 5. order ids cut across two blocks (look-alikes only) ---------------------------------------
def gen_cut_ids():
    for i in range(14):
        lg = LANGS[(i * 2) % len(LANGS)]
        pre = rng.choice(["INV-", "ORD-", "PO-", "RMA-"])
        year = str(rng.randint(2023, 2026))
        tail = "%06d" % rng.randint(1, 999999)
        k = rng.randint(1, 3)
        a = pre + year[:k]
        b = year[k:] + "-" + tail
        p1 = P().t("Reference from the ticket: ").s("NEG_ID", a)
        p2 = P().s("NEG_ID", b).t(" (status: shipped)")
        api = ["anth_blocks", "oai_parts", "gemini_parts", "resp_parts"][i % 4]
        ascii_ = i % 2 == 0
        body = dumps(OUT.blocks_body(api, 2, lg, i), ascii_, i % 3 == 0)
        t, sp = place(body, [p1, p2], ascii_)
        OUT.emit(t, sp, lg, "split-id", api)


gen_phone_json()
gen_phone_text()
gen_ssn()
gen_spelled()
gen_folds()
gen_cut_ids()
write_json(records)
