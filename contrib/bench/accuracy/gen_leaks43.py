#!/usr/bin/env python3
"""gen_leaks43.py: the leaks stop 42 left open (notes/leaks42.md, section 4, and review41's
largest counts), each widened into variants and look-alikes, written before any detector rule was
read or hush was run on it (branch leaks43).

Classes (metadata.class), en/de/fr/nl/es/it/pt/pl/sv/da/no, real and invented names:
- `atmail`: a mailbox spelled out in prose with no mail key: `maria_keller at example.com`, `[at]`,
  `(at)`, ` AT `, `ät`, `arroba`, `chez`, `{at}`, with `dot`, `[.]`, `(dot)` or real dots;
- `maint`: lower-case names under `Maintainer(s):`, `Author(s):`, `Uploaders:` (Debian control,
  PKG-INFO, setup.cfg, YAML, Cargo, package.json), one or several names;
- `assign`: a lone surname or a lower-case name after assignment verbs in six languages
  (`assigned to weber`, `zugewiesen an keller`, `attribué à dupont`, `toegewezen aan jansen`,
  `asignado a garcía`, `assegnato a rossi`), also capitalised lone surnames;
- `gitlog`: `git log --format='%an|%ae|%s'` and other `Name|mail@x` joins, `Name;mail` CSV;
- `pan`: Polish `pan/pani/pana/panią/panem/panu` + an inflected surname (and given name);
- `signoff`: Danish, Swedish, Norwegian and Italian sign-offs (`Venlig hilsen`, `Med vänlig
  hälsning`, `Mvh`, `Cordiali saluti`, `Distinti saluti`) with the name on the next line;
- `adtable`: `Get-ADUser | Format-Table Name,SamAccountName,...` and `finger` tables, the name
  column read by header position;
- `crew`: pilot logbook rows and crew lists with `PIC`, `SIC`, `Crew` columns or labels;
- `pandas`: `df.head()` rows under a `name`/`guest_name` column, `guest_name=` keyword arguments
  and `df.loc[..., 'guest_name'] = '...'` assignments.
Look-alikes (NEG_*): `look at README.md`, `at node.js`, `at 9.30`, `meet at home.com`, hosts after
`at`, teams, roles and queues after assignment verbs (`assigned to the team`, `assigned to QA`),
`Mvh` before a firm, a `Maintainers:` line of a team or a bot, service accounts and groups in AD
tables, aircraft types and registrations, the English word `pan`, city and hotel columns.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, SYL7, END7, invent_syllables  # noqa: E402

rng = random.Random(20261205 + 43)
records = []


class D(Doc):
    records = records


GIVEN = {
    "en": ["maria", "oliver", "hannah", "rebecca", "thomas", "sarah", "daniel"],
    "de": ["jonas", "ulrike", "matthias", "sabine", "katrin", "tobias", "lena"],
    "fr": ["camille", "mathieu", "claire", "julien", "aurélie", "benoît"],
    "nl": ["anouk", "pieter", "femke", "joost", "sanne", "bram"],
    "es": ["javier", "lucía", "pilar", "sergio", "carmen", "rodrigo"],
    "it": ["giulia", "matteo", "chiara", "davide", "simone", "lorenzo"],
    "pt": ["joão", "beatriz", "tiago", "mariana", "gonçalo", "leonor"],
}
SURNAME = {
    "en": ["okafor", "brennan", "whitcombe", "ashworth", "fletcher", "harding"],
    "de": ["keller", "weber", "vogel", "lindner", "krause", "brandt"],
    "fr": ["dupont", "lefèvre", "moreau", "marchand", "girard", "rousseau"],
    "nl": ["jansen", "bakker", "visser", "mulder", "hendriks", "dekker"],
    "es": ["garcía", "navarro", "romero", "castillo", "ortega", "iglesias"],
    "it": ["rossi", "bianchi", "colombo", "esposito", "ricci", "ferraro"],
    "pt": ["silva", "ferreira", "carvalho", "teixeira", "almeida"],
}
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]


def cap(w):
    return " ".join(p[:1].upper() + p[1:] for p in w.split(" "))


def name(lg, real=None):
    """(given, surname) lower-case, real or invented."""
    if real is None:
        real = rng.random() < 0.5
    if real:
        return rng.choice(GIVEN[lg]), rng.choice(SURNAME[lg])
    return (invent_syllables(rng, SYL7[lg], END7[lg], False).lower(),
            invent_syllables(rng, SYL7[lg], END7[lg], True).lower())


def ascii_fold(s):
    tr = str.maketrans("áàâäãçéèêëíìîïñóòôöõúùûüß", "aaaaaceeeeiiiinooooouuuus")
    return s.translate(tr)


TLD = {"en": ["com", "co.uk", "io", "org"], "de": ["de", "at", "ch"], "fr": ["fr", "be"],
       "nl": ["nl", "be"], "es": ["es", "com.mx"], "it": ["it", "ch"], "pt": ["pt", "com.br"]}
HOSTS = ["example", "firma", "mailbox", "posteo", "acme-corp", "kanzlei-nord", "gmail", "web", "outlook"]


# ---- atmail ------------------------------------------------------------------------------------
AT_WORD = [" at ", " [at] ", " (at) ", " AT ", " ät ", " arroba ", " chez ", "[at]", "(at)", " {at} ",
           " <at> ", " -at- "]
DOT_WORD = [".", ".", " dot ", "[.]", " (dot) ", "[dot]", " DOT ", " punto ", " point "]
AT_CTX = {"en": ["write to {M} if it breaks", "Please send the logs to {M}.", "ping {M} for the keys",
                 "my address is {M}, thanks", "contact: {M}"],
          "de": ["schreib an {M}, falls es hakt", "Bitte die Logs an {M} schicken.",
                 "erreichbar unter {M} ab Montag", "Kontakt: {M}"],
          "fr": ["écrivez à {M} si ça casse", "envoyez les journaux à {M}, merci", "mon adresse : {M}"],
          "nl": ["mail naar {M} als het stukgaat", "stuur de logs naar {M} aub", "bereikbaar via {M}"],
          "es": ["escribe a {M} si falla", "manda los logs a {M}, gracias", "mi correo es {M}"],
          "it": ["scrivi a {M} se si rompe", "manda i log a {M}, grazie", "la mia mail è {M}"],
          "pt": ["escreve para {M} se falhar", "envia os logs para {M}, obrigado", "o meu email é {M}"]}
AT_NEG = [("look at ", "README.md", " first"), ("it runs at ", "node.js", " speed"),
          ("meet at ", "9.30", " tomorrow"), ("we met at ", "home.com", "'s booth"),
          ("the build fails at ", "github.com", ":443 again"), ("I looked at ", "docs.python.org", " yesterday"),
          ("see the config at ", "config.yaml", " line 4"), ("stuck at ", "v2.3.1", " since Monday"),
          ("Treffen um ", "9.30", " Uhr"), ("look at ", "example dot com", " for the spec"),
          ("arrive at ", "terminal 2.1", ""), ("the error is at ", "main.py", ":12")]


def local(g, s):
    g, s = ascii_fold(g), ascii_fold(s)
    k = rng.randrange(6)
    return [g + "_" + s, g + "." + s, g[0] + "." + s, s + str(rng.randint(2, 99)), g + s[0],
            g + "-" + s][k]


def atmail(lg):
    g, s = name(lg)
    d = D(lg, "atmail")
    at = rng.choice(AT_WORD)
    dot = rng.choice(DOT_WORD)
    h = rng.choice(HOSTS) + "." + rng.choice(TLD[lg])
    m = local(g, s) + at + h.replace(".", dot)
    if rng.random() < 0.2:
        m = m.upper() if at == " AT " else m
    tpl = rng.choice(AT_CTX[lg])
    i = tpl.index("{M}")
    d.t(tpl[:i]).span("EMAIL_ADDRESS", m).t(tpl[i + 3:])
    if rng.random() < 0.6:
        a, v, b = rng.choice(AT_NEG)
        d.t(" " + a[:1].upper() + a[1:] if rng.random() < 0.3 else "; " + a).span("NEG_EMAILISH", v).t(b + ".")
    d.done()


# ---- maint -------------------------------------------------------------------------------------
TEAMS = ["Debian Python Team", "Debian Go Packaging Team", "the hush developers", "dependabot[bot]",
         "renovate[bot]", "Platform Team", "pkg-perl-maintainers", "Security Team"]


def maint(lg):
    d = D(lg, "maint")
    k = rng.randrange(8)
    g, s = name(lg)
    nm = g + " " + s
    h = rng.choice(HOSTS) + "." + rng.choice(TLD[lg])
    if k == 0:
        d.t("Source: libfoo\nSection: net\nMaintainer: ").span("PERSON", nm).t(" <").span(
            "EMAIL_ADDRESS", ascii_fold(g) + "@" + h).t(">\n")
        g2, s2 = name(lg)
        d.t("Uploaders: ").span("PERSON", g2 + " " + s2).t(" <").span(
            "EMAIL_ADDRESS", ascii_fold(s2) + "@" + h).t(">\n")
    elif k == 1:
        g2, s2 = name(lg)
        d.t("Maintainers: ").span("PERSON", nm).t(", ").span("PERSON", g2 + " " + s2).t("\n")
    elif k == 2:
        d.t("Metadata-Version: 2.1\nName: toolkit\nVersion: 0.%d\nAuthor: " % rng.randint(1, 30))
        d.span("PERSON", nm).t("\nAuthor-email: ").span("EMAIL_ADDRESS", ascii_fold(g) + "@" + h).t("\nLicense: MIT\n")
    elif k == 3:
        d.t("[metadata]\nname = toolkit\nauthor = ").span("PERSON", nm).t("\nmaintainer = ")
        g2, s2 = name(lg)
        d.span("PERSON", g2 + " " + s2).t("\n")
    elif k == 4:
        d.t('[package]\nname = "toolkit"\nauthors = ["').span("PERSON", nm).t(' <').span(
            "EMAIL_ADDRESS", ascii_fold(g) + "." + ascii_fold(s) + "@" + h).t('>"]\n')
    elif k == 5:
        d.t("Authors:\n  - ").span("PERSON", nm).t("\n  - ")
        g2, s2 = name(lg)
        d.span("PERSON", g2 + " " + s2).t("\n")
    elif k == 6:
        d.t("Maintainer: ").span("NEG_TEAM", rng.choice(TEAMS)).t(" <").span("EMAIL_ADDRESS", "team@" + h).t(">\nUploaders: ")
        d.span("PERSON", nm).t("\n")
    else:
        d.t("Author(s): ").span("PERSON", nm)
        if rng.random() < 0.5:
            g2, s2 = name(lg)
            d.t(" and ").span("PERSON", g2 + " " + s2)
        d.t("\nMaintainer(s): ").span("NEG_TEAM", rng.choice(TEAMS)).t("\n")
    d.done()


# ---- assign ------------------------------------------------------------------------------------
ASSIGN = {"en": ["ticket assigned to {P}", "Assigned to: {P}", "the bug is now assigned to {P} since Monday",
                 "reassigned to {P} by the bot", "PR assigned to {P}, please review"],
          "de": ["Ticket zugewiesen an {P}", "ist jetzt zugewiesen an {P} seit gestern",
                 "zugeordnet an {P}", "weitergeleitet an {P} zur Prüfung"],
          "fr": ["ticket attribué à {P}", "le bug est attribué à {P} depuis lundi", "assigné à {P}"],
          "nl": ["ticket toegewezen aan {P}", "de bug is toegewezen aan {P} sinds maandag",
                 "toegekend aan {P}"],
          "es": ["ticket asignado a {P}", "el ticket está asignado a {P} desde ayer", "reasignado a {P}"],
          "it": ["ticket assegnato a {P}", "il bug è assegnato a {P} da lunedì", "riassegnato a {P}"],
          "pt": ["ticket atribuído a {P}", "o bug está atribuído a {P} desde ontem"]}
ASSIGN_NEG = {"en": ["the team", "QA", "me", "nobody", "support", "the backend team", "ops"],
              "de": ["das Team", "mich", "niemanden", "den Support", "QA"],
              "fr": ["l'équipe", "moi", "personne", "QA"],
              "nl": ["het team", "mij", "niemand", "QA"],
              "es": ["soporte", "mí", "nadie", "el equipo", "QA"],
              "it": ["tutti", "me", "nessuno", "il team", "QA"],
              "pt": ["suporte", "mim", "ninguém", "a equipa"]}


def assign(lg):
    d = D(lg, "assign")
    tpl = rng.choice(ASSIGN[lg])
    i = tpl.index("{P}")
    r = rng.random()
    if r < 0.75:
        g, s = name(lg)
        k = rng.randrange(4)
        v = [s, g + " " + s, cap(s), g][k]
        d.t(tpl[:i]).span("PERSON", v).t(tpl[i + 3:])
    else:
        d.t(tpl[:i]).span("NEG_TEAM", rng.choice(ASSIGN_NEG[lg])).t(tpl[i + 3:])
    d.done()


# ---- gitlog ------------------------------------------------------------------------------------
SUBJ = ["fix: null check in parser", "docs: typo", "feat: add retry", "chore: bump deps", "refactor io"]


def gitlog(lg):
    d = D(lg, "gitlog")
    k = rng.randrange(4)
    d.t(rng.choice(["$ git log --format='%an|%ae|%s' -3\n", "git log --pretty='%h|%an|%ae'\n",
                    "who touched this file?\n", ""]))
    for _ in range(rng.randint(1, 3)):
        g, s = name(lg)
        nm = cap(g + " " + s) if rng.random() < 0.8 else g + " " + s
        h = rng.choice(HOSTS) + "." + rng.choice(TLD[lg])
        ml = local(g, s) + "@" + h
        if k == 0:
            d.span("PERSON", nm).t("|").span("EMAIL_ADDRESS", ml).t("|" + rng.choice(SUBJ) + "\n")
        elif k == 1:
            d.t("%07x|" % rng.randrange(1 << 28)).span("PERSON", nm).t("|").span("EMAIL_ADDRESS", ml).t("\n")
        elif k == 2:
            d.span("PERSON", nm).t(";").span("EMAIL_ADDRESS", ml).t(";%d\n" % rng.randint(1, 99))
        else:
            d.t("| ").span("PERSON", nm).t(" |").span("EMAIL_ADDRESS", ml).t("| " + str(rng.randint(1, 40)) + " |\n")
    if rng.random() < 0.4:
        d.t("bot|").span("NEG_TEAM", "github-actions[bot]").t("|").span("EMAIL_ADDRESS", "41898282+github-actions[bot]@users.noreply.github.com").t("\n")
    d.done()


# ---- pan ---------------------------------------------------------------------------------------
PL_M = [("Kowalski", "Kowalskiego", "Kowalskim", "Kowalskiemu"), ("Nowak", "Nowaka", "Nowakiem", "Nowakowi"),
        ("Wiśniewski", "Wiśniewskiego", "Wiśniewskim", "Wiśniewskiemu"), ("Mazur", "Mazura", "Mazurem", "Mazurowi"),
        ("Zieliński", "Zielińskiego", "Zielińskim", "Zielińskiemu"), ("Grabarczyk", "Grabarczyka", "Grabarczykiem", "Grabarczykowi")]
PL_F = [("Kowalska", "Kowalskiej", "Kowalską"), ("Nowak", "Nowak", "Nowak"), ("Wiśniewska", "Wiśniewskiej", "Wiśniewską"),
        ("Dąbrowska", "Dąbrowskiej", "Dąbrowską"), ("Lewandowska", "Lewandowskiej", "Lewandowską")]
PL_GM = [("Piotr", "Piotra", "Piotrem"), ("Tomasz", "Tomasza", "Tomaszem"), ("Paweł", "Pawła", "Pawłem")]
PL_GF = [("Anna", "Anny", "Anną"), ("Katarzyna", "Katarzyny", "Katarzyną"), ("Agnieszka", "Agnieszki", "Agnieszką")]
PAN_NEG = [("Heat oil in a ", "pan", " and fry the onions."), ("Use the ", "pan", " tool to move the map."),
           ("She flew ", "Pan Am", " in 1985."), ("", "Pan", " left and zoom in."),
           ("Zamów ", "Pan Tadeusz", " w bibliotece.")]


def pan(lg):
    d = D("pl", "pan")
    k = rng.randrange(7)
    if k == 0:
        s = rng.choice(PL_M)
        d.t("Dzień dobry, rozmawiałem wczoraj z ").t("panem ").span("PERSON", s[2]).t(" o fakturze.")
    elif k == 1:
        s = rng.choice(PL_F)
        d.t("Proszę przekazać dokumenty ").t("pani ").span("PERSON", s[1]).t(" do jutra.")
    elif k == 2:
        s = rng.choice(PL_M)
        d.t("Nie ma ").t("pana ").span("PERSON", s[1]).t(" w biurze, wraca w poniedziałek.")
    elif k == 3:
        s = rng.choice(PL_F)
        d.t("Umówiłem się z ").t("panią ").span("PERSON", s[2]).t(" na 10:00.")
    elif k == 4:
        g = rng.choice(PL_GM)
        s = rng.choice(PL_M)
        d.t("Zadzwoń do pana ").span("PERSON", g[1] + " " + s[1]).t(" w sprawie umowy.")
    elif k == 5:
        g = rng.choice(PL_GF)
        s = rng.choice(PL_F)
        d.t("spotkanie z panią ").span("PERSON", g[2] + " " + s[2]).t(" przesunięte na piątek")
    else:
        s = rng.choice(PL_M)
        d.t("Przekaż to panu ").span("PERSON", s[3]).t(", proszę.")
    if rng.random() < 0.5:
        a, v, b = rng.choice(PAN_NEG)
        d.t(" " + a).span("NEG_WORD", v).t(b)
    d.done()


# ---- signoff -----------------------------------------------------------------------------------
SIGN = {"da": ["Venlig hilsen", "Med venlig hilsen", "Mvh", "Kærlig hilsen"],
        "sv": ["Med vänlig hälsning", "Vänliga hälsningar", "Mvh", "Hälsningar"],
        "no": ["Med vennlig hilsen", "Vennlig hilsen", "Mvh", "Hilsen"],
        "it": ["Cordiali saluti", "Distinti saluti", "Saluti", "Un caro saluto"]}
BODY = {"da": "Tak for hurtigt svar, vi ses på mandag.", "sv": "Tack för snabbt svar, vi ses på måndag.",
        "no": "Takk for raskt svar, vi sees på mandag.", "it": "Grazie per la risposta rapida, ci vediamo lunedì."}
NORDIC = {"da": (["Mette", "Rasmus", "Freja", "Mikkel", "Sofie"], ["Sørensen", "Jørgensen", "Madsen", "Kristensen"]),
          "sv": (["Ingrid", "Karin", "Anders", "Linnea", "Erik"], ["Lindqvist", "Bergström", "Holm", "Nyberg"]),
          "no": (["Sigrid", "Lars", "Kari", "Håkon", "Solveig"], ["Haugen", "Johansen", "Bakke", "Solberg"]),
          "it": (["Giulia", "Matteo", "Chiara", "Davide", "Lorenzo"], ["Rossi", "Bianchi", "Colombo", "Ferraro"])}
FIRMS = {"da": ["Nordvik ApS", "Kundeservice", "Danske Fragt A/S"], "sv": ["Kundtjänst", "Bergå AB", "Supportteamet"],
         "no": ["Kundeservice", "Fjordbyg AS", "Supportteamet"], "it": ["Il team di supporto", "Rossi & Figli S.r.l.", "Ufficio Acquisti"]}


def signoff(lg):
    lg = rng.choice(list(SIGN))
    d = D(lg, "signoff")
    d.t(BODY[lg] + "\n\n" + rng.choice(SIGN[lg]) + ("," if rng.random() < 0.4 else "") + "\n")
    r = rng.random()
    if r < 0.7:
        gs, ss = NORDIC[lg]
        if rng.random() < 0.5:
            nm = rng.choice(gs) + " " + rng.choice(ss)
        else:
            nm = invent_syllables(rng, SYL7["de" if lg != "it" else "it"], END7["de" if lg != "it" else "it"], False)
            nm += " " + rng.choice(ss)
        if rng.random() < 0.25:
            nm = nm.split(" ")[0]
        d.span("PERSON", nm)
        if rng.random() < 0.5:
            d.t("\n").span("NEG_ORG", rng.choice(FIRMS[lg]))
    else:
        d.span("NEG_ORG", rng.choice(FIRMS[lg]))
    d.t("\n")
    d.done()


# ---- adtable -----------------------------------------------------------------------------------
SVC = ["svc_backup", "krbtgt", "Administrator", "svc-sql", "Guest", "HealthMailbox01"]


def adtable(lg):
    lg = rng.choice(LANGS)
    d = D(lg, "adtable")
    k = rng.randrange(3)
    rows = []
    for _ in range(rng.randint(2, 4)):
        g, s = name(lg)
        rows.append((cap(g), cap(s)))
    if k == 0:
        d.t("PS> Get-ADUser -Filter * | Format-Table Name,SamAccountName,Enabled\n\n")
        d.t("Name                 SamAccountName  Enabled\n----                 --------------  -------\n")
        for g, s in rows:
            nm = g + " " + s
            d.span("PERSON", nm).t(" " * max(1, 21 - len(nm)) + ascii_fold((g[0] + s).lower())[:14].ljust(16) + "True\n")
        if rng.random() < 0.6:
            sv = rng.choice(SVC)
            d.span("NEG_ACCOUNT", sv).t(" " * max(1, 21 - len(sv)) + sv.lower()[:14].ljust(16) + "False\n")
    elif k == 1:
        d.t("$ finger\nLogin     Name                 Tty      Idle  Login Time   Office\n")
        for g, s in rows:
            nm = g + " " + s
            login = ascii_fold((g[0] + s).lower())[:8]
            d.t(login.ljust(10)).span("PERSON", nm).t(" " * max(1, 21 - len(nm)) + "pts/%d    " % rng.randint(0, 9)
                                                    + "%2dd  Dec  %d 09:%02d  Room %d\n" % (rng.randint(1, 9), rng.randint(1, 5), rng.randint(0, 59), rng.randint(100, 400)))
        if rng.random() < 0.5:
            d.t("root      ").span("NEG_ACCOUNT", "root").t("                 tty1        1d  Dec  1 08:00\n")
    else:
        d.t("PS> Get-ADGroupMember Finance | Select Name,objectClass | ft\n\nname                objectClass\n----                -----------\n")
        for g, s in rows:
            nm = g + " " + s
            d.span("PERSON", nm).t(" " * max(1, 20 - len(nm)) + "user\n")
        d.span("NEG_ACCOUNT", "Finance-Readers").t("     group\n")
    d.done()


# ---- crew --------------------------------------------------------------------------------------
TYPES = ["C172", "PA-28", "A320", "B738", "DA40", "SR22"]
REGS = ["D-EKLM", "G-BXYZ", "OE-DLS", "N123AB", "PH-ABC", "EI-FVX"]


def crew(lg):
    lg = rng.choice(LANGS)
    d = D(lg, "crew")
    k = rng.randrange(3)
    g, s = name(lg)
    g2, s2 = name(lg)
    p1, p2 = cap(g + " " + s), cap(g2 + " " + s2)
    if rng.random() < 0.3:
        p1 = cap(s) + ", " + cap(g)
    if k == 0:
        d.t("Date       Type   Reg     PIC                 SIC                 Block\n")
        ty = rng.choice(TYPES)
        d.t("2024-03-%02d " % rng.randint(1, 28)).span("NEG_AIRCRAFT", ty).t(" " * (7 - len(ty)))
        d.span("NEG_AIRCRAFT", rng.choice(REGS)).t("  ")
        d.span("PERSON", p1).t(" " * max(1, 20 - len(p1))).span("PERSON", p2).t(" " * max(1, 20 - len(p2)) + "1:%02d\n" % rng.randint(0, 59))
    elif k == 1:
        d.t("Flight LH%d %s\nPIC: " % (rng.randint(100, 999), rng.choice(REGS))).span("PERSON", p1)
        d.t("\nSIC: ").span("PERSON", p2).t("\nCrew: ")
        g3, s3 = name(lg)
        d.span("PERSON", cap(g3 + " " + s3)).t(", ")
        g4, s4 = name(lg)
        d.span("PERSON", cap(g4 + " " + s4)).t("\n")
    else:
        d.t("PIC,SIC,aircraft,date\n").span("PERSON", p1.replace(",", "")).t(",").span("PERSON", p2).t(
            "," + rng.choice(REGS) + ",2024-0%d-1%d\n" % (rng.randint(1, 9), rng.randint(0, 9)))
    d.done()


# ---- pandas ------------------------------------------------------------------------------------
HOTELS = ["Hotel Adlon", "Seaview Inn", "Park Plaza", "Casa Verde"]
CITIES = ["Berlin", "Lisbon", "Madrid", "Milano", "Utrecht", "Lyon"]


def pandas(lg):
    lg = rng.choice(LANGS)
    d = D(lg, "pandas")
    k = rng.randrange(4)
    if k == 0:
        col = rng.choice(["name", "guest_name", "full_name"])
        d.t(">>> df.head()\n   %s%s city     nights\n" % (col, " " * 14))
        for i in range(rng.randint(2, 4)):
            g, s = name(lg)
            nm = cap(g + " " + s) if rng.random() < 0.7 else g + " " + s
            c = rng.choice(CITIES)
            d.t("%d  " % i).span("PERSON", nm).t(" " * max(1, len(col) + 15 - len(nm))).span("NEG_PLACE", c)
            d.t(" " * max(1, 9 - len(c)) + "%d\n" % rng.randint(1, 9))
    elif k == 1:
        g, s = name(lg)
        d.t("booking = Booking(guest_name='").span("PERSON", cap(g + " " + s)).t("', hotel='").span(
            "NEG_ORG", rng.choice(HOTELS)).t("', nights=%d)\n" % rng.randint(1, 9))
    elif k == 2:
        g, s = name(lg)
        d.t("df.loc[df.booking_id == %d, 'guest_name'] = '" % rng.randint(1000, 9999)).span(
            "PERSON", cap(g + " " + s)).t("'\n")
        if rng.random() < 0.5:
            d.t("df.loc[df.booking_id == %d, 'city'] = '" % rng.randint(1000, 9999)).span(
                "NEG_PLACE", rng.choice(CITIES)).t("'\n")
    else:
        g, s = name(lg)
        d.t("guest_name=").span("PERSON", cap(g + " " + s) if rng.random() < 0.5 else g + "_" + s)
        d.t("&room=%d&city=" % rng.randint(100, 500)).span("NEG_PLACE", rng.choice(CITIES)).t("\n")
    d.done()


CLASSES = [atmail, maint, assign, gitlog, pan, signoff, adtable, crew, pandas, atmail, assign, maint]
for i in range(25 * len(CLASSES)):
    CLASSES[i % len(CLASSES)](LANGS[(i // len(CLASSES) + i) % len(LANGS)])

write_json(records)
