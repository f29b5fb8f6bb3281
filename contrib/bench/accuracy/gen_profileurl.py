#!/usr/bin/env python3
"""gen_profileurl.py: a TUNE corpus for the NAMES pack (issue 15, branch `profileurl`),
data/profileurl.json.

Names and handles in the links people paste: a profile or booking URL carries the person's name
(`linkedin.com/in/maria-keller-4b2a1`) or handle (`instagram.com/maria.k`). Written from the
brief (sites and shapes), before reading the detector, in my own wordings:

  cv        CV and resume headers and contact lines (name, role, links separated by '|', '·',
            line breaks), in en/de/fr/nl/es/it/pt;
  note      recruiter and sales notes ("spoke with X today, profile: URL", "voir son profil");
  crm       CRM and ATS exports: CSV rows and JSON with the profile in a column or member, JSON
            pasted as text with escaped slashes (https:\\/\\/www.linkedin.com\\/in\\/...);
  chat      chat lines ("add me on insta: ...", "mein Calendly: ...", "écris-moi sur wa.me/..."),
            Markdown links, HTML anchors, e-mail signatures;
  mixed     the URL with and without scheme, `www.`, a country or mobile subdomain, a trailing
            slash, a sub-page (/details/experience/, /30min), a query (?originalSubdomain=de,
            ?igsh=..., ?utm_source=...), percent-encoded letters (maria-m%C3%BCller);
  sites     LinkedIn /in/ and /pub/, XING /profile/, Facebook, Instagram, X and Twitter, TikTok,
            Threads, Mastodon (host/@user, and "@user@host" addresses in bios), GitHub and GitLab user pages, Medium
            /@user, Calendly, about.me, t.me; wa.me/<number> is a PHONE.

The gold span is the person's part of the URL only (the slug or handle); a name in the text
around it is PERSON too. Slugs are written from the name (first-last, first-last-<hex>,
firstlast, flast, first.last.<n>, first_last, First_Last<n>), or are handles that spell no name
(`jdoe88`, `pixelfox`) where the page is a person's.

Look-alikes in the same shapes: company, school, group, event and showcase pages
(linkedin.com/company/, /school/, facebook.com/groups/, /events/), brand and organisation
handles (x.com/OpenAI, instagram.com/natgeo, medium.com/@netflixtechblog), posts and statuses
(/p/<id>, /status/<id>, /jobs/view/<id>), repositories (github.com/openai/openai-python),
explore and help pages, documentation links of the same sites.

Names: half common real names, half invented from syllables and kept only when hush's lexicon has
no such word. Deterministic (fixed seed), Python stdlib only:
python3 gen_profileurl.py > data/profileurl.json
"""
import random
import unicodedata
import urllib.parse

from gen_common import Doc, invent_syllables, write_json
from lexicon_words import lexicon_words

R = random.Random(15015)
LEX = {w.lower() for w in lexicon_words(with_global=True)}
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
RECORDS = []

REAL = {
    "en": (["Emily", "James", "Sarah", "Daniel", "Laura", "Michael", "Olivia", "Thomas"],
           ["Walker", "Bennett", "Hughes", "Carter", "Palmer", "Fletcher", "Morgan", "Reed"]),
    "de": (["Maria", "Jonas", "Katrin", "Lukas", "Sabine", "Florian", "Anja", "Tobias"],
           ["Keller", "Müller", "Schröder", "Hoffmann", "Becker", "Wagner", "Krüger", "Vogel"]),
    "fr": (["Camille", "Julien", "Élodie", "Mathieu", "Claire", "Antoine", "Léa", "Nicolas"],
           ["Dubois", "Lefèvre", "Moreau", "Girard", "Fournier", "Mercier", "Rousseau", "Garnier"]),
    "nl": (["Sanne", "Joris", "Femke", "Pieter", "Lotte", "Bram", "Ilse", "Daan"],
           ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder"]),
    "es": (["Lucía", "Javier", "Marta", "Pablo", "Elena", "Sergio", "Nuria", "Diego"],
           ["García", "Martínez", "López", "Sánchez", "Romero", "Navarro", "Torres", "Ruiz"]),
    "it": (["Giulia", "Marco", "Chiara", "Luca", "Francesca", "Matteo", "Elisa", "Davide"],
           ["Rossi", "Bianchi", "Ferrari", "Esposito", "Romano", "Colombo", "Ricci", "Greco"]),
    "pt": (["Beatriz", "João", "Inês", "Tiago", "Mariana", "Rui", "Sofia", "Pedro"],
           ["Silva", "Santos", "Ferreira", "Pereira", "Costa", "Rodrigues", "Almeida", "Sousa"]),
}

SYL = ("ba ve lo mir ta gon sel ri du ka nor fen ti lam zo rud pe quel va sor",
       "ren dal mok vist ler tan gard rop sel niv")


def invented():
    while True:
        syl, end = SYL[0].split(), SYL[1].split()
        g = invent_syllables(R, syl, end, False)
        s = invent_syllables(R, syl, end, True)
        if g.lower() not in LEX and s.lower() not in LEX and g != s:
            return g, s


def person(lg):
    if R.random() < 0.5:
        g, s = REAL[lg]
        return R.choice(g), R.choice(s)
    return invented()


def ascii_fold(w):
    """Lower case, accents dropped as people type them in a slug (müller -> muller)."""
    w = w.lower().replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c))


def pct(w):
    """Lower case, letters beyond ASCII percent-encoded (maria-m%C3%BCller)."""
    return urllib.parse.quote(w.lower(), safe="")


def slug(g, s, style):
    """A profile slug written from the name; style picks the site's habit."""
    gs, ss = g.split(), s.split()
    fold = ascii_fold if R.random() < 0.75 else pct
    gl = "-".join(fold(x) for x in gs)
    sl = "-".join(fold(x) for x in ss)
    hexs = "".join(R.choice("0123456789abcdef") for _ in range(R.choice((5, 6, 8, 9))))
    if style == "linkedin":
        return R.choice([f"{gl}-{sl}", f"{gl}-{sl}-{hexs}", f"{gl}{sl.replace('-', '')}",
                         f"{gl}-{sl}-{R.randint(1, 99)}", f"{gl[0]}{sl.replace('-', '')}"])
    if style == "xing":
        u = "_".join(x[0].upper() + ascii_fold(x)[1:] for x in gs + ss)
        return R.choice([u, f"{u}{R.randint(2, 9)}", f"{u}0{R.randint(10000, 99999)}"])
    if style == "dot":
        gl, sl = ascii_fold(g).replace(" ", ""), ascii_fold(s).replace(" ", "")
        return R.choice([f"{gl}.{sl}", f"{gl}.{sl}.{R.randint(1, 99)}", f"{gl}{sl}",
                         f"{gl}_{sl}", f"{gl}.{sl[0]}", f"{gl[0]}{sl}", f"{sl}.{gl}"])
    if style == "handle":
        gl, sl = ascii_fold(g).replace(" ", ""), ascii_fold(s).replace(" ", "")
        return R.choice([f"{gl}{sl}", f"{gl[0]}{sl}", f"{gl}_{sl}", f"{gl}{sl}{R.randint(1, 99)}",
                         f"{gl[0].upper()}{sl.capitalize()}", f"{gl}{sl[0]}"])
    if style == "calendly":
        return R.choice([f"{gl}-{sl}", f"{gl}{sl.replace('-', '')}", f"{gl}-{sl[0]}"])
    raise ValueError(style)


NONAME = ["jdoe88", "pixelfox", "bluecactus", "nightowl_dev", "kraut42", "rainy.days.77",
          "sk8rboi", "lilo_2003", "veggiecoder", "mrbean_fan", "zorro1999", "cosmic.latte"]

# site -> (slug style, URL templates: {u} is the slug, {h} the optional "https://www." part)
SITES = {
    "linkedin": ("linkedin", ["{s}www.linkedin.com/in/{u}/", "{s}linkedin.com/in/{u}",
                              "{s}de.linkedin.com/in/{u}?originalSubdomain=de",
                              "{s}www.linkedin.com/in/{u}/details/experience/",
                              "linkedin.com/in/{u}", "www.linkedin.com/in/{u}",
                              "{s}www.linkedin.com/in/{u}?utm_source=share&utm_medium=member_ios"]),
    "xing": ("xing", ["{s}www.xing.com/profile/{u}", "xing.com/profile/{u}",
                      "{s}www.xing.com/profile/{u}/cv"]),
    "facebook": ("dot", ["{s}www.facebook.com/{u}", "facebook.com/{u}", "{s}m.facebook.com/{u}/",
                         "fb.com/{u}"]),
    "instagram": ("dot", ["{s}www.instagram.com/{u}/", "instagram.com/{u}",
                          "{s}instagram.com/{u}?igsh=MXd5cWt0c2Z4", "@{u} (instagram.com/{u})"]),
    "x": ("handle", ["{s}x.com/{u}", "x.com/{u}", "{s}twitter.com/{u}", "twitter.com/{u}",
                     "{s}mobile.twitter.com/{u}"]),
    "tiktok": ("dot", ["{s}www.tiktok.com/@{u}", "tiktok.com/@{u}"]),
    "threads": ("dot", ["{s}www.threads.net/@{u}", "threads.net/@{u}", "threads.com/@{u}"]),
    "mastodon": ("handle", ["{s}mastodon.social/@{u}", "{s}fosstodon.org/@{u}",
                            "{s}chaos.social/@{u}"]),
    "github": ("handle", ["{s}github.com/{u}", "github.com/{u}", "{s}gitlab.com/{u}"]),
    "medium": ("dot", ["{s}medium.com/@{u}", "medium.com/@{u}"]),
    "calendly": ("calendly", ["{s}calendly.com/{u}/30min", "calendly.com/{u}",
                              "{s}calendly.com/{u}/intro-call", "calendly.com/{u}/15-minute-chat"]),
    "aboutme": ("handle", ["{s}about.me/{u}", "about.me/{u}"]),
    "telegram": ("handle", ["t.me/{u}", "{s}t.me/{u}"]),
}

# Where a site's handle need not spell a name and still is a person's (people-only pages).
PEOPLE_ONLY = {"linkedin", "xing", "calendly", "aboutme"}

WORDS = {
    "cv": {
        "en": ["{N}\nSenior Data Engineer · Berlin\n{U} | {E}\n",
               "Curriculum vitae – {N}\nContact: {E} · {U}\n", "{N} | Product Designer | {U}\n"],
        "de": ["Lebenslauf\n{N}\nSoftwareentwicklerin, München\n{U}\n",
               "{N} – Projektleiter\nProfil: {U}\nE-Mail: {E}\n"],
        "fr": ["CV – {N}\nChef de projet digital\nProfil : {U}\n", "{N}\nDéveloppeur full-stack\n{U} · {E}\n"],
        "nl": ["Cv van {N}\nFunctie: data-analist\nProfiel: {U}\n", "{N} · UX-ontwerper · {U}\n"],
        "es": ["Currículum\n{N}\nIngeniera de software\nPerfil: {U}\n", "{N} — Analista financiero — {U}\n"],
        "it": ["Curriculum vitae di {N}\nProfilo: {U}\n", "{N}\nSviluppatore backend\n{U}\n"],
        "pt": ["Currículo – {N}\nGestora de produto\nPerfil: {U}\n", "{N} | Engenheiro | {U}\n"],
    },
    "note": {
        "en": ["Spoke with {N} today, strong fit for the backend role. Profile: {U}",
               "Candidate: {N} ({U}) – second interview on Thursday.",
               "Found {N} via {U}, reached out on Monday."],
        "de": ["Telefonat mit {N}, passt gut ins Team. Profil: {U}", "Kandidatin {N}, siehe {U}, Rückruf am Freitag."],
        "fr": ["Échange avec {N} ce matin, voir son profil : {U}", "Candidat : {N} – {U} – relancer lundi."],
        "nl": ["Gesproken met {N}, profiel: {U}. Terugbellen op dinsdag.", "Kandidaat {N} ({U}) lijkt geschikt."],
        "es": ["Hablé con {N} hoy, perfil: {U}", "Candidata: {N} – {U} – segunda entrevista el jueves."],
        "it": ["Sentito {N} oggi, profilo: {U}", "Candidato {N} ({U}), richiamare lunedì."],
        "pt": ["Falei com {N} hoje, perfil: {U}", "Candidata {N} – {U} – entrevista na quinta."],
    },
    "chat": {
        "en": ["add me on there: {U}", "here's my page {U} if you want to book a slot",
               "you can find me at {U}", "follow {U} for the photos from Saturday"],
        "de": ["hier mein Profil: {U}", "buch dir einfach einen Termin: {U}", "schreib mir unter {U}"],
        "fr": ["mon profil : {U}", "prends un créneau ici {U}", "écris-moi sur {U}"],
        "nl": ["mijn profiel: {U}", "plan maar een gesprek in via {U}", "stuur me een bericht op {U}"],
        "es": ["mi perfil: {U}", "reserva una cita aquí: {U}", "escríbeme a {U}"],
        "it": ["il mio profilo: {U}", "prenota qui: {U}", "scrivimi su {U}"],
        "pt": ["o meu perfil: {U}", "marca uma reunião aqui: {U}", "fala comigo em {U}"],
    },
}

SIGN = {"en": "Best regards", "de": "Viele Grüße", "fr": "Cordialement", "nl": "Met vriendelijke groet",
        "es": "Saludos", "it": "Cordiali saluti", "pt": "Cumprimentos"}


def email_of(g, s):
    return f"{ascii_fold(g).replace(' ', '')}.{ascii_fold(s).replace(' ', '')}@example.org"


class D(Doc):
    records = RECORDS

    def slot(self, key, kw):
        if key == "N":
            if kw.get("show_name", True):
                self.span("PERSON", kw["name"])
            else:
                self.t("")
        elif key == "U":
            self.url(kw["site"], kw["slug"], kw["tmpl"], kw.get("label", "PERSON"), kw.get("wrap"))
        elif key == "E":
            self.span("EMAIL_ADDRESS", kw["email"])
        else:
            raise ValueError(key)

    def url(self, site, u, tmpl, label, wrap):
        s = R.choice(["https://", "https://", "http://", ""])
        full = tmpl.replace("{s}", s)
        parts = full.split("{u}")
        if full.startswith("@"):
            wrap = None
        if wrap == "md":
            self.t("[" + R.choice(["LinkedIn", "Profil", "profile", "here", "Link"]) + "](")
        elif wrap == "html":
            self.t('<a href="')
        for i, part in enumerate(parts):
            if i:
                self.span(label, u) if label else self.t(u)
            self.t(part)
        if wrap == "md":
            self.t(")")
        elif wrap == "html":
            self.t('">' + R.choice(["LinkedIn", "Profil", "XING", "Website"]) + "</a>")


def pick_slug(site, g, s):
    style = SITES[site][0]
    if site not in ("linkedin", "xing", "calendly") and R.random() < 0.12:
        return R.choice(NONAME)
    if site in PEOPLE_ONLY and R.random() < 0.1:
        return R.choice(NONAME).replace(".", "-").replace("_", "-")
    return slug(g, s, style)


def positives(n):
    sites = list(SITES)
    for k in range(n):
        lg = LANGS[k % len(LANGS)]
        site = sites[(k // len(LANGS) + k) % len(sites)]
        g, s = person(lg)
        name = f"{g} {s}"
        u = pick_slug(site, g, s)
        tmpl = R.choice(SITES[site][1])
        kind = R.choice(["cv", "note", "chat", "chat"])
        d = D(lg, "profile_" + site)
        wrap = R.choice([None, None, None, "md", "html"]) if kind != "chat" else None
        if kind == "chat" and R.random() < 0.5:
            d.span("PERSON", g).t(": ")
        d.fill(R.choice(WORDS[kind][lg]), name=name, site=site, slug=u, tmpl=tmpl,
               email=email_of(g, s), wrap=wrap)
        d.done()


def signatures(n):
    for k in range(n):
        lg = LANGS[k % len(LANGS)]
        g, s = person(lg)
        d = D(lg, "signature")
        d.t(R.choice(["Thanks for your time.\n\n", "Danke!\n\n", "Merci.\n\n", ""]))
        d.t(SIGN[lg] + ",\n").span("PERSON", f"{g} {s}").t("\n")
        for site in R.sample(["linkedin", "xing", "x", "github", "calendly", "instagram"], 2):
            d.t(R.choice(["", "→ ", "• "]))
            d.url(site, pick_slug(site, g, s), R.choice(SITES[site][1]), "PERSON", None)
            d.t("\n")
        d.done()


def crm(n):
    for k in range(n):
        lg = LANGS[k % len(LANGS)]
        d = D(lg, "crm")
        style = k % 3
        if style == 0:
            d.t("name,email,linkedin,stage\n")
            for _ in range(R.randint(2, 4)):
                g, s = person(lg)
                d.span("PERSON", f"{g} {s}").t(",").span("EMAIL_ADDRESS", email_of(g, s)).t(",")
                d.url("linkedin", slug(g, s, "linkedin"), "https://www.linkedin.com/in/{u}/", "PERSON", None)
                d.t("," + R.choice(["lead", "contacted", "interview", "offer"]) + "\n")
        else:
            g, s = person(lg)
            esc = style == 1
            sl = "\\/" if esc else "/"
            d.t('{"candidate": {"name": "').span("PERSON", f"{g} {s}").t('", "profiles": {"linkedin": "')
            d.t(f"https:{sl}{sl}www.linkedin.com{sl}in{sl}").span("PERSON", slug(g, s, "linkedin"))
            d.t('", "xing": "' + f"https:{sl}{sl}www.xing.com{sl}profile{sl}")
            d.span("PERSON", slug(g, s, "xing"))
            d.t('", "github": "' + f"https:{sl}{sl}github.com{sl}").span("PERSON", slug(g, s, "handle"))
            d.t('"}, "source": "referral"}}')
        d.done()


def phones(n):
    for k in range(n):
        lg = LANGS[k % len(LANGS)]
        g, s = person(lg)
        num = R.choice(["49170", "4915", "3161", "3366", "34612", "39347", "351912", "44770"]) + \
            "".join(R.choice("0123456789") for _ in range(7))
        d = D(lg, "wa")
        d.t(R.choice([w for w in WORDS["chat"][lg] if w.endswith("{U}")])[:-3])
        d.t(R.choice(["https://wa.me/", "wa.me/", "https://api.whatsapp.com/send?phone="]))
        d.span("PHONE_NUMBER", num)
        d.t(R.choice(["", " (", " – "]))
        if d.text.endswith("("):
            d.span("PERSON", g).t(")")
        elif d.text.endswith("– "):
            d.span("PERSON", f"{g} {s}")
        d.done()


# ---- look-alikes ------------------------------------------------------------------------------
ORGS = ["acme-gmbh", "siemens", "openai", "natgeo", "bundesliga", "spotify", "netflixtechblog",
        "zalando-se", "ikea", "bmw", "redcross", "unicef", "the-coffee-lab", "stadtwerke-muenchen",
        "rijksmuseum", "mozilla", "vercel", "lufthansa", "decathlon", "carrefour"]
NEG_URLS = [
    ("https://www.linkedin.com/company/{o}/", "NEG_ORG"),
    ("linkedin.com/company/{o}/jobs", "NEG_ORG"),
    ("https://www.linkedin.com/school/{o}/", "NEG_ORG"),
    ("https://www.linkedin.com/showcase/{o}/", "NEG_ORG"),
    ("https://www.xing.com/pages/{o}", "NEG_ORG"),
    ("https://www.facebook.com/groups/{o}", "NEG_ORG"),
    ("facebook.com/events/{id}/", "NEG_CODE"),
    ("https://www.facebook.com/{O}", "NEG_ORG"),
    ("https://x.com/{O}", "NEG_ORG"),
    ("twitter.com/{O}/status/{id}", "NEG_ORG"),
    ("https://x.com/{O}/status/{id}", "NEG_ORG"),
    ("https://www.instagram.com/{o}/", "NEG_ORG"),
    ("https://www.instagram.com/p/{pid}/", "NEG_CODE"),
    ("instagram.com/explore/tags/{tag}/", "NEG_TERM"),
    ("https://www.instagram.com/reel/{pid}/", "NEG_CODE"),
    ("https://www.tiktok.com/@{o}", "NEG_ORG"),
    ("https://github.com/{o}/{repo}", "NEG_CODE"),
    ("github.com/{o}/{repo}/issues/{n}", "NEG_CODE"),
    ("https://github.com/{o}", "NEG_ORG"),
    ("https://gitlab.com/{o}/{repo}", "NEG_CODE"),
    ("https://medium.com/@{o}", "NEG_ORG"),
    ("https://medium.com/{o}/{post}", "NEG_ORG"),
    ("https://t.me/{o}", "NEG_ORG"),
    ("https://calendly.com/app/login", None),
    ("https://www.linkedin.com/jobs/view/{id}/", "NEG_CODE"),
    ("https://www.linkedin.com/feed/", None),
    ("https://www.linkedin.com/posts/{o}_{tag}-activity-{id}", "NEG_ORG"),
    ("https://github.com/features/actions", None),
    ("https://www.facebook.com/help/", None),
    ("https://x.com/home", None),
    ("https://twitter.com/search?q=%23{tag}", None),
]
REPOS = ["openai-python", "linux", "react", "docs", "cli", "website", "kubernetes", "llama.cpp"]
TAGS = ["bikeday", "oktoberfest", "streetphotography", "hiring", "opensource", "cycling"]
NEG_TEXT = {
    "en": ["Check out {U} for the latest release.", "We posted the opening on {U}.",
           "Source: {U}", "Follow our company page {U} for updates."],
    "de": ["Mehr dazu unter {U}.", "Unsere Unternehmensseite: {U}", "Quelle: {U}"],
    "fr": ["Plus d'infos sur {U}.", "Notre page entreprise : {U}"],
    "nl": ["Meer info via {U}.", "Volg onze bedrijfspagina {U}"],
    "es": ["Más información en {U}.", "Nuestra página: {U}"],
    "it": ["Maggiori informazioni su {U}.", "La nostra pagina: {U}"],
    "pt": ["Mais informações em {U}.", "A nossa página: {U}"],
}


def negatives(n):
    for k in range(n):
        lg = LANGS[k % len(LANGS)]
        tmpl, label = NEG_URLS[k % len(NEG_URLS)]
        o = R.choice(ORGS)
        vals = {"o": o, "O": R.choice([o, o.capitalize(), o.upper()]) if "-" not in o else o,
                "id": str(R.randint(10 ** 9, 10 ** 10)),
                "pid": "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop0123456789_-")
                               for _ in range(11)),
                "tag": R.choice(TAGS), "repo": R.choice(REPOS), "n": str(R.randint(1, 9999)),
                "post": "how-we-scaled-" + R.choice(["search", "payments", "video"]) + "-" +
                        "".join(R.choice("0123456789abcdef") for _ in range(12))}
        d = D(lg, "neg")
        text = R.choice(NEG_TEXT[lg])
        a, b = text.split("{U}")
        d.t(a)
        # the look-alike's label covers the part a profile rule would read as the person
        if "{" not in tmpl:
            d.t(tmpl + b)
            d.done()
            continue
        first = tmpl.index("{")
        key = tmpl[first + 1:tmpl.index("}", first)]
        d.t(tmpl[:first].format(**vals))
        if label:
            d.span(label, vals[key])
        else:
            d.t(vals[key] if key in vals else "")
        d.t(tmpl[tmpl.index("}", first) + 1:].format(**vals))
        d.t(b)
        d.done()


def devtext(n):
    """Developer text: install lines, issue links, README badges with org/repo URLs."""
    for k in range(n):
        o, r = R.choice(ORGS), R.choice(REPOS)
        d = D("en", "dev")
        d.t(R.choice(["git clone ", "pip install git+", "see ", "Fixed upstream in "]))
        d.t(R.choice(["https://github.com/", "github.com/", "git@github.com:"]))
        d.span("NEG_CODE", f"{o}/{r}")
        d.t(R.choice([".git", "", f"/pull/{R.randint(1, 9999)}", "/blob/main/README.md",
                      f"/releases/tag/v{R.randint(1, 9)}.{R.randint(0, 20)}.0"]))
        d.t(R.choice(["\n", " (thanks!)\n", "\nThen run make.\n"]))
        d.done()


def known_elsewhere(n):
    """The URL names the person; the text mentions her by title and surname only."""
    titles = {"en": "Ms", "de": "Frau", "fr": "Mme", "nl": "mevrouw", "es": "la Sra.", "it": "la dott.ssa",
              "pt": "a Sra."}
    lines = {"en": "Profile: {U}\nI met {T} at the fair; {T} would like a call next week.",
             "de": "Profil: {U}\nIch habe {T} auf der Messe getroffen.",
             "fr": "Profil : {U}\nJ'ai rencontré {T} au salon.",
             "nl": "Profiel: {U}\nIk sprak {T} op de beurs.",
             "es": "Perfil: {U}\nConocí a {T} en la feria.",
             "it": "Profilo: {U}\nHo incontrato {T} alla fiera.",
             "pt": "Perfil: {U}\nConheci {T} na feira."}
    for k in range(n):
        lg = LANGS[k % len(LANGS)]
        g, s = R.choice(REAL[lg][0]), R.choice(REAL[lg][1])
        d = D(lg, "known")
        a, rest = lines[lg].split("{U}")
        d.t(a)
        d.url("linkedin", slug(g, s, "linkedin"), R.choice(SITES["linkedin"][1]), "PERSON", None)
        parts = rest.split("{T}")
        d.t(parts[0])
        for p in parts[1:]:
            d.t(titles[lg] + " ").span("PERSON", s).t(p)
        d.done()


def fediverse(n):
    """Mastodon addresses "@user@host" in bios and signatures; organisations' as look-alikes."""
    hosts = ["mastodon.social", "chaos.social", "fosstodon.org", "mastodon.online", "norden.social",
             "mstdn.io", "social.tchncs.de", "piaille.fr"]
    lead = {"en": "Find me on Mastodon: ", "de": "Mastodon: ", "fr": "Sur Mastodon : ",
            "nl": "Volg me op Mastodon: ", "es": "Estoy en Mastodon: ", "it": "Mi trovi su Mastodon: ",
            "pt": "Estou no Mastodon: "}
    for k in range(n):
        lg = LANGS[k % len(LANGS)]
        d = D(lg, "fediverse")
        d.t(lead[lg] + "@")
        if k % 3 == 2:
            d.span("NEG_ORG", R.choice(ORGS)).t("@" + R.choice(hosts))
        else:
            g, s = person(lg)
            d.span("PERSON", slug(g, s, R.choice(["dot", "handle"]))).t("@" + R.choice(hosts))
        d.t(R.choice(["", "\n", " – DMs open", "."]))
        d.done()


positives(280)
signatures(42)
crm(42)
phones(21)
known_elsewhere(21)
fediverse(21)
negatives(124)
devtext(40)
write_json(RECORDS)
