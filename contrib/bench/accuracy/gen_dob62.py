#!/usr/bin/env python3
"""gen_dob62.py: which date is the birth (tune set; branch dob62, written and committed before
hush was run on it), from the twenty-ninth blind set's public brief (its `mixed` family: births in
each language's words beside other dates, messages in one language with a note in another,
tandem conversations switching language, original and ASCII forms side by side) and the author's
own idea of such text; not from any detector rule and not from the blind set.

A birth and other dates of the same person or document stand close, in en, de, fr, nl, es, it,
pt, pl, cs, sv, fi, hu, tr, el, ro:
  prose     `X, born 3 May 1987, married 12 June 2010` (the other event before or after the birth)
  register  one line `Date of birth: D  Date of issue: D  Expiry: D` (labels of the language, or
            bilingual `Geburtsdatum / date of birth: D — Ausstellungsdatum / date of issue: D`)
  table     a Markdown or CSV row under `Name | Date of birth | Date of issue | Valid until`
  tandem    a conversation switching language turn by turn: the birth question in one, the
            second date (wedding, move-in, appointment, contract) asked and answered in another
  ascii     the same line in the original and in ASCII letters side by side
  ages      `turns 40 on D`, `10th anniversary D`, `name day D` beside the birth
Gold: DATE_OF_BIRTH on the birth's date, PERSON on the names. Look-alikes (NEG_DATE): every other
date (issue, expiry, wedding, death, move-in, contract, appointment, anniversary, name day), at
least as many as the births. Request bodies of the four APIs, a third \\uXXXX, half compact.
Writes JSON to stdout; deterministic; stdlib only.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import fold, invent_syllables, write_json  # noqa: E402
from gen_bodies import P, ask_body, append_body  # noqa: E402
from gen_typed_common import SYL, END  # noqa: E402

rng = random.Random(20261207 + 6200)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "cs", "sv", "fi", "hu", "tr", "el", "ro"]

# month words (the form a date takes: genitive where the language declines it)
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta "
          "syyskuuta lokakuuta marraskuuta joulukuuta",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου "
          "Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}

# (birth phrase in prose, birth label in forms)
BIRTH = {
    "en": (["born", "b.", "born on"], ["Date of birth", "DOB", "Birth date"]),
    "de": (["geboren am", "geb.", "geb. am"], ["Geburtsdatum", "Geb.-Datum", "geboren"]),
    "fr": (["né le", "née le", "né(e) le"], ["Date de naissance", "Né(e) le", "Naissance"]),
    "nl": (["geboren op", "geb.", "geboren"], ["Geboortedatum", "Geb. datum", "Geboren"]),
    "es": (["nacido el", "nacida el", "n."], ["Fecha de nacimiento", "F. nac.", "Nacimiento"]),
    "it": (["nato il", "nata il", "n."], ["Data di nascita", "Nato/a il", "Nascita"]),
    "pt": (["nascido em", "nascida em", "nasc."], ["Data de nascimento", "Nascimento", "Data nasc."]),
    "pl": (["ur.", "urodzona", "urodzony"], ["Data urodzenia", "Data ur.", "Urodzony(a)"]),
    "cs": (["nar.", "narozena", "narozen"], ["Datum narození", "Nar.", "Narozen(a)"]),
    "sv": (["född", "f.", "född den"], ["Födelsedatum", "Född", "Födelsedag"]),
    "fi": (["syntynyt", "s.", "syntyi"], ["Syntymäaika", "Syntynyt", "Syntymäpäivä"]),
    "hu": (["született", "szül.", "sz."], ["Születési idő", "Szül. dátum", "Született"]),
    "tr": (["doğum tarihi", "doğumlu", "d."], ["Doğum tarihi", "Doğum", "D. tarihi"]),
    "el": (["γεννήθηκε", "γεννημένη στις", "γεν."], ["Ημερομηνία γέννησης", "Ημ. γέννησης", "Γέννηση"]),
    "ro": (["născut la", "născută la", "n."], ["Data nașterii", "Născut(ă) la", "Data naşterii"]),
}
# other events: (prose phrase, form label) per kind
OTHER = {
    "en": {"wed": ("married", "Date of marriage"), "issue": ("issued", "Date of issue"),
           "exp": ("expires", "Expiry"), "death": ("died", "Date of death"), "move": ("moved in", "Move-in"),
           "contract": ("contract since", "Contract start"), "appt": ("appointment on", "Appointment")},
    "de": {"wed": ("verheiratet seit", "Eheschließung"), "issue": ("ausgestellt am", "Ausstellungsdatum"),
           "exp": ("gültig bis", "Gültig bis"), "death": ("gestorben am", "Sterbedatum"),
           "move": ("eingezogen am", "Einzug"), "contract": ("Vertrag seit", "Vertragsbeginn"),
           "appt": ("Termin am", "Termin")},
    "fr": {"wed": ("marié le", "Date de mariage"), "issue": ("délivré le", "Date de délivrance"),
           "exp": ("expire le", "Date d'expiration"), "death": ("décédé le", "Date de décès"),
           "move": ("emménagé le", "Entrée dans les lieux"), "contract": ("contrat depuis le", "Début du contrat"),
           "appt": ("rendez-vous le", "Rendez-vous")},
    "nl": {"wed": ("getrouwd op", "Huwelijksdatum"), "issue": ("afgegeven op", "Datum van afgifte"),
           "exp": ("geldig tot", "Geldig tot"), "death": ("overleden op", "Overlijdensdatum"),
           "move": ("verhuisd op", "Ingangsdatum huur"), "contract": ("in dienst sinds", "Datum in dienst"),
           "appt": ("afspraak op", "Afspraak")},
    "es": {"wed": ("casada el", "Fecha de matrimonio"), "issue": ("expedido el", "Fecha de expedición"),
           "exp": ("caduca el", "Fecha de caducidad"), "death": ("fallecido el", "Fecha de defunción"),
           "move": ("se mudó el", "Fecha de entrada"), "contract": ("contrato desde el", "Inicio del contrato"),
           "appt": ("cita el", "Cita")},
    "it": {"wed": ("sposata il", "Data del matrimonio"), "issue": ("rilasciato il", "Data di rilascio"),
           "exp": ("scade il", "Data di scadenza"), "death": ("deceduto il", "Data di morte"),
           "move": ("trasferito il", "Data di ingresso"), "contract": ("assunto il", "Data di assunzione"),
           "appt": ("appuntamento il", "Appuntamento")},
    "pt": {"wed": ("casada em", "Data de casamento"), "issue": ("emitido em", "Data de emissão"),
           "exp": ("válido até", "Validade"), "death": ("falecido em", "Data de óbito"),
           "move": ("mudou-se em", "Data de entrada"), "contract": ("admitido em", "Data de admissão"),
           "appt": ("consulta em", "Consulta")},
    "pl": {"wed": ("ślub", "Data ślubu"), "issue": ("wydany", "Data wydania"),
           "exp": ("ważny do", "Data ważności"), "death": ("zm.", "Data zgonu"),
           "move": ("zam. od", "Zameldowany od"), "contract": ("umowa od", "Początek umowy"),
           "appt": ("wizyta", "Termin wizyty")},
    "cs": {"wed": ("sňatek", "Datum sňatku"), "issue": ("vydán", "Datum vydání"),
           "exp": ("platný do", "Platnost do"), "death": ("zemř.", "Datum úmrtí"),
           "move": ("bydliště od", "Přihlášen od"), "contract": ("smlouva od", "Začátek smlouvy"),
           "appt": ("termín", "Termín návštěvy")},
    "sv": {"wed": ("gift", "Vigseldatum"), "issue": ("utfärdat", "Utfärdandedatum"),
           "exp": ("giltigt till", "Giltigt till"), "death": ("död", "Dödsdatum"),
           "move": ("inflyttad", "Inflyttningsdatum"), "contract": ("anställd sedan", "Anställningsdatum"),
           "appt": ("tid", "Besökstid")},
    "fi": {"wed": ("vihitty", "Vihkipäivä"), "issue": ("myönnetty", "Myöntämispäivä"),
           "exp": ("voimassa", "Voimassa"), "death": ("kuollut", "Kuolinpäivä"),
           "move": ("muuttanut", "Muuttopäivä"), "contract": ("sopimus alkaen", "Sopimus alkaa"),
           "appt": ("aika", "Vastaanottoaika")},
    "hu": {"wed": ("házasságkötés", "Házasságkötés dátuma"), "issue": ("kiállítva", "Kiállítás dátuma"),
           "exp": ("érvényes", "Érvényesség"), "death": ("elhunyt", "Elhalálozás"),
           "move": ("beköltözött", "Beköltözés"), "contract": ("szerződés kezdete", "Szerződés kezdete"),
           "appt": ("időpont", "Időpont")},
    "tr": {"wed": ("evlilik tarihi", "Evlilik tarihi"), "issue": ("veriliş tarihi", "Veriliş tarihi"),
           "exp": ("geçerlilik", "Son geçerlilik"), "death": ("vefat", "Ölüm tarihi"),
           "move": ("taşınma", "Taşınma tarihi"), "contract": ("işe giriş", "İşe giriş tarihi"),
           "appt": ("randevu", "Randevu")},
    "el": {"wed": ("παντρεύτηκε", "Ημερομηνία γάμου"), "issue": ("εκδόθηκε", "Ημερομηνία έκδοσης"),
           "exp": ("λήγει", "Λήξη"), "death": ("απεβίωσε", "Ημερομηνία θανάτου"),
           "move": ("μετακόμισε", "Μετακόμιση"), "contract": ("πρόσληψη", "Ημερομηνία πρόσληψης"),
           "appt": ("ραντεβού", "Ραντεβού")},
    "ro": {"wed": ("căsătorită la", "Data căsătoriei"), "issue": ("eliberat la", "Data eliberării"),
           "exp": ("valabil până la", "Valabil până la"), "death": ("decedat la", "Data decesului"),
           "move": ("mutat la", "Data mutării"), "contract": ("angajat la", "Data angajării"),
           "appt": ("programare", "Programare")},
}
ASK = {
    "en": ("When was she born?", "And the {k}?"), "de": ("Wann ist sie geboren?", "Und der {k}?"),
    "fr": ("Elle est née quand ?", "Et la date ({k}) ?"), "nl": ("Wanneer is ze geboren?", "En de {k}?"),
    "es": ("¿Cuándo nació?", "¿Y la fecha ({k})?"), "it": ("Quando è nata?", "E la data ({k})?"),
    "pt": ("Quando ela nasceu?", "E a data ({k})?"), "pl": ("Kiedy się urodziła?", "A data ({k})?"),
    "cs": ("Kdy se narodila?", "A datum ({k})?"), "sv": ("När är hon född?", "Och datumet ({k})?"),
    "fi": ("Milloin hän on syntynyt?", "Entä ({k})?"), "hu": ("Mikor született?", "És a(z) {k}?"),
    "tr": ("Ne zaman doğdu?", "Peki {k}?"), "el": ("Πότε γεννήθηκε;", "Και η ημερομηνία ({k});"),
    "ro": ("Când s-a născut?", "Și data ({k})?"),
}
ASKS = ["Translate this into English and keep the layout.", "Check these dates for typos.",
        "Fill in the missing fields from the note.", "Übersetze bitte ins Deutsche.",
        "Résume ce dossier en deux phrases.", "Zet dit om naar een tabel.", "¿Puedes ordenar esto?",
        "Controlla le date, per favore.", "Przetłumacz na angielski.", "Which of these dates is the deadline?"]
NAMEPOOL = {"el": ("Ελένη Γιώργος Μαρία Νίκος Κατερίνα".split(), "Παπαδάκη Βλάχος Οικονόμου Δημητρίου".split()),
            "en": ("Harriet Owen Tamsin Gareth".split(), "Blackwood Tennant Ramsay Okafor".split())}


def name(lg):
    if lg in NAMEPOOL and rng.random() < 0.6:
        g, s = NAMEPOOL[lg]
        return rng.choice(g) + " " + rng.choice(s)
    sl = lg if lg in SYL else "en"
    return invent_syllables(rng, SYL[sl], END[sl], False) + " " + invent_syllables(rng, SYL[sl], END[sl], True)


def ymd(lo, hi):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def fmt(lg, d, style=None):
    y, m, dd = d
    style = style if style is not None else rng.randrange(4)
    mo = MONTHS[lg][m - 1]
    if style == 0:
        return "%02d.%02d.%d" % (dd, m, y) if lg not in ("en", "es", "pt", "it", "fr", "el", "tr") else \
            "%02d/%02d/%d" % (dd, m, y)
    if style == 1:
        return "%d-%02d-%02d" % (y, m, dd)
    if style == 2:
        if lg == "en":
            return rng.choice(["%d %s %d" % (dd, mo, y), "%s %d, %d" % (mo, dd, y)])
        if lg in ("es", "pt"):
            return "%d de %s de %d" % (dd, mo, y)
        if lg == "hu":
            return "%d. %s %d." % (y, mo, dd)
        if lg in ("de", "cs", "fi"):
            return "%d. %s %d" % (dd, mo, y)
        return "%d %s %d" % (dd, mo, y)
    return "%d.%d.%d" % (dd, m, y) if lg not in ("en",) else "%d/%d/%d" % (m, dd, y)


def other(lg, kind):
    """A date for the other event (later than any birth: 1995-2027)."""
    return fmt(lg, ymd(1995, 2027))


KINDS = ["wed", "issue", "exp", "death", "move", "contract", "appt"]


def prose(lg):
    p = P()
    for _ in range(rng.randint(2, 3)):
        n = name(lg)
        k = rng.choice(KINDS)
        b, (o, _) = rng.choice(BIRTH[lg][0]), OTHER[lg][k]
        p.s("PERSON", n).t(", ")
        if rng.random() < 0.5:
            p.t(b + " ").s("DATE_OF_BIRTH", fmt(lg, ymd(1930, 2012))).t(", " + o + " ").s("NEG_DATE", other(lg, k))
        else:
            p.t(o + " ").s("NEG_DATE", other(lg, k)).t(", " + b + " ").s("DATE_OF_BIRTH", fmt(lg, ymd(1930, 2012)))
        p.t(rng.choice([".\n", ";\n", " —\n"]))
    return p


def register(lg):
    p = P()
    bil = rng.random() < 0.4 and lg != "en"
    for _ in range(rng.randint(2, 4)):
        ks = rng.sample(["issue", "exp", "wed", "move", "contract"], rng.randint(1, 2))
        p.s("PERSON", name(lg)).t(rng.choice(["  ", " | ", "; "]))
        items = [("b", None)] + [("o", k) for k in ks]
        if rng.random() < 0.3:
            items = items[1:] + items[:1]
        sep = rng.choice(["  ", " | ", "; ", " — ", "\t"])
        for j, (what, k) in enumerate(items):
            if j:
                p.t(sep)
            if what == "b":
                lab = rng.choice(BIRTH[lg][1]) + (" / date of birth" if bil else "")
                p.t(lab + ": ").s("DATE_OF_BIRTH", fmt(lg, ymd(1930, 2012), rng.choice([0, 1, 3])))
            else:
                lab = OTHER[lg][k][1] + (" / " + OTHER["en"][k][1].lower() if bil else "")
                p.t(lab + ": ").s("NEG_DATE", fmt(lg, ymd(1995, 2030), rng.choice([0, 1, 3])))
        p.t("\n")
    return p


def table(lg):
    p = P()
    ks = rng.sample(["issue", "exp", "wed", "move", "contract"], 2)
    order = ["b"] + ks
    rng.shuffle(order)
    heads = ["Name"] + [rng.choice(BIRTH[lg][1]) if c == "b" else OTHER[lg][c][1] for c in order]
    csv = rng.random() < 0.4
    sep = ";" if csv else " | "
    p.t(("" if csv else "| ") + sep.join(heads) + ("" if csv else " |") + "\n")
    if not csv:
        p.t("|" + "---|" * len(heads) + "\n")
    st = rng.choice([0, 1, 3])
    for _ in range(rng.randint(2, 4)):
        p.t("" if csv else "| ").s("PERSON", name(lg))
        for c in order:
            p.t(sep)
            if c == "b":
                p.s("DATE_OF_BIRTH", fmt(lg, ymd(1930, 2012), st))
            else:
                p.s("NEG_DATE", fmt(lg, ymd(1995, 2030), st))
        p.t("" if csv else " |")
        p.t("\n")
    return p


def tandem(lg):
    lg2 = rng.choice([x for x in LANGS if x != lg])
    p = P()
    n = name(lg)
    a, b = rng.choice(["A", "Anna", "Me", "User"]), rng.choice(["B", "Luca", "Clerk", "Agent"])
    sa, sb = ("PERSON" if a in ("Anna",) else "", "PERSON" if b in ("Luca",) else "")
    p.s(sa, a).t(": ").s("PERSON", n).t(" — " + ASK[lg][0] + "\n")
    p.s(sb, b).t(": ").s("DATE_OF_BIRTH", fmt(lg, ymd(1930, 2012))).t("\n")
    for _ in range(rng.randint(1, 2)):
        k = rng.choice(KINDS)
        ll = rng.choice([lg, lg2])
        p.s(sa, a).t(": " + ASK[ll][1].format(k=OTHER[ll][k][0]) + "\n")
        p.s(sb, b).t(": ").s("NEG_DATE", other(ll, k)).t("\n")
    return p


def ascii_side(lg):
    if lg == "el":  # Greek has no ASCII fold here; its records read as prose
        return prose(lg)
    p = P()
    n = name(lg)
    bd, od, k = ymd(1930, 2012), ymd(1995, 2027), rng.choice(KINDS)
    st = rng.choice([0, 2])
    b, o = rng.choice(BIRTH[lg][0]), OTHER[lg][k][0]
    for conv in (lambda s: s, fold):
        p.s("PERSON", conv(n)).t(", " + conv(b) + " ").s("DATE_OF_BIRTH", fmt(lg, bd, st) if st == 0 else conv(fmt(lg, bd, st)))
        p.t(", " + conv(o) + " ").s("NEG_DATE", fmt(lg, od, st) if st == 0 else conv(fmt(lg, od, st))).t("  //  " if conv is not fold else "\n")
    return p


def ages(lg):
    p = P()
    n = name(lg)
    b = rng.choice(BIRTH[lg][1])
    p.s("PERSON", n).t(" (" + b + ": ").s("DATE_OF_BIRTH", fmt(lg, ymd(1930, 2012))).t(")\n")
    for _ in range(rng.randint(1, 2)):
        what = rng.choice(["turns 40 on", "10th anniversary:", "name day:", "party on", "jubileum:",
                           "Geburtstagsfeier am", "fête le", "fiesta el", "festa il", "impreza"])
        p.t(what + " ").s("NEG_DATE", fmt(lg, ymd(2024, 2027))).t("\n")
    return p


DOCS = [prose, register, table, tandem, ascii_side, ages]


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    for i in range(360):
        lg = LANGS[i % len(LANGS)]
        api = apis[(i // 3) % 4]
        docs = [DOCS[i % len(DOCS)]] + ([rng.choice(DOCS)] if rng.random() < 0.3 else [])
        p = P()
        for d in docs:
            p.add(d(lg)).t("\n")
        ascii_ = i % 3 == 0
        body, spans = ask_body(api, rng.choice(ASKS), p.text, p.spans, ascii_, i % 2 == 1)
        append_body(records, body, spans, {"locale": lg, "class": "dob62", "api": api, "ascii": ascii_,
                                           "doc": "+".join(d.__name__ for d in docs)})
    write_json(records)


main()
