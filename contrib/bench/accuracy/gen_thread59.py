#!/usr/bin/env python3
"""gen_thread59.py: the same person again in other forms across a long conversation (tune set;
branch thread59, written and committed before hush was run on it), from the public brief of
names_holdout26's `threads` and `memory` families and issue 15 ("a name already detected elsewhere
in the same request is masked everywhere in it").

Each record is one long request (6-20 KiB, 10-60 turns: user, assistant, tool calls and tool
results) in one of the four APIs (a third of the bodies \\uXXXX-escaped, a third compact). Two to
six people are introduced once: a full name after a courtesy or academic title of the language
(Ms, Dr, Frau, Herr, Mme, Sra., dhr., sig.ra, pani, fru, Ing., ...), a plain full name in prose,
a signature, or a record in a tool result. Later turns bring them back as: the given name alone,
the surname with or without the title (in the language's inflected forms: `Frau Kellers`,
`Virtasen`, `paní Novákové`), possessives (`Maria's`, `d'Anna`), lower case, capitals, initials
(`M.K.`, `MK`, `M. Keller`: PERSON), a diminutive the text itself gives (`Maximilian (Max to
everyone)`), handles (`@mkeller`, `maria.k`), quoted replies (`> On Tue, Maria Keller wrote:`,
`Maria wrote:`), a name cut by a line wrap, names in later tool arguments and in the assistant's
summaries, scratchpads ("So far: spoke to Okafor about ..."), TODO lists and hand-offs.

Look-alikes (NEG_*), about as many as the names: the people's given names used as words or
products (`Will`, `Mark`, `Ada`, `Grace period`, `Max retries`, `Rose Gold`, `Bill of materials`),
surnames that are also words (`Baker`, `Koch`, `Fischer`, `Wolf`, `Bianco`, `Kovács`, `Demir`,
`Virta`), titles before things (`Dr. Pepper`, `Mr. Robot`, `Dr. Oetker`, `Dr. Martens`), letter
pairs that are no one's initials (`MK` as a country code, `KB`, `ML`, `PR`, `QA`), versions and
ids. Another person with an introduced person's given name who is never introduced is PERSON too.
Languages: en de fr nl es it pt pl sv cs hu fi tr ro (14), names real, invented and global.
Writes JSON (the names_tune3.json format) to stdout; deterministic; stdlib only.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import SYL12, END12, invent_syllables, write_json  # noqa: E402
from gen_bodies import MARK, RAWMARK, P, append_body, ascii_json, dumps, escaper, place_each  # noqa: E402

rng = random.Random(20261207 + 59)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "cs", "hu", "fi", "tr", "ro"]
SYL = dict(SYL12, fi=["ai", "ve", "kko", "la", "ti", "nen", "ka", "ri"], ro=["ra", "du", "mi", "lea", "co", "va", "tu", "si"])
END = dict(END12, fi=["nen", "la", "mäki"], ro=["escu", "eanu", "ache"])


def split(s):
    return s.split(",")


# (given names f, given names m, surnames); cs/pl surnames given as masculine, feminine made below.
REAL = {"en": (split("Maria,Grace,Ada,Rose,Harriet,Imogen"), split("Mark,Will,Max,Bill,Callum,Owen"),
               split("Keller,Baker,Whitfield,Brown,Green,Ashworth")),
        "de": (split("Maria,Annika,Svenja,Henrike"), split("Maximilian,Jörg,Malte,Kai"),
               split("Keller,Koch,Fischer,Wolf,Brandt,Kühn")),
        "fr": (split("Anna,Solène,Maëlle,Anaïs"), split("Gaëtan,Quentin,Loïc,Olivier"),
               split("Lefebvre,Rousseau,Barbier,Mercier,Boucher")),
        "nl": (split("Sanne,Fleur,Eline,Anna"), split("Joost,Bram,Thijs,Willem"),
               split("de Graaf,Kuipers,Verhoeven,Bosman,Visser")),
        "es": (split("Inés,Nerea,Lucía,Dolores"), split("Álvaro,Iñigo,Gonzalo,Jorge"),
               split("Iglesias,Navarro,Romero,Moreno,Garrido")),
        "it": (split("Chiara,Federica,Arianna,Stella"), split("Matteo,Lorenzo,Nicolò,Massimo"),
               split("Esposito,Colombo,Bianco,Rinaldi,Ferraro")),
        "pt": (split("Inês,Beatriz,Mariana,Graça"), split("João,Tiago,Gonçalo,Rui"),
               split("Magalhães,Correia,Nunes,Teixeira,Pereira")),
        "pl": (split("Zofia,Agnieszka,Małgorzata,Ewa"), split("Michał,Paweł,Łukasz,Marek"),
               split("Wiśniewski,Zieliński,Kowalczyk,Kowal,Nowak")),
        "sv": (split("Linnéa,Ebba,Saga,Maria"), split("Björn,Måns,Axel,Max"),
               split("Lindqvist,Bergström,Holm,Lind,Sjöberg")),
        "cs": (split("Tereza,Kateřina,Markéta,Jana"), split("Jiří,Ondřej,Vít,Marek"),
               split("Dvořák,Novák,Procházka,Kučera,Svoboda")),
        "hu": (split("Zsófia,Eszter,Anna,Réka"), split("Bence,Dániel,Gergő,Márk"),
               split("Szabó,Kovács,Horváth,Tóth,Fekete")),
        "fi": (split("Aino,Emilia,Sanni,Maria"), split("Juho,Veeti,Otso,Ville"),
               split("Mäkinen,Virtanen,Hämäläinen,Laine,Virta")),
        "tr": (split("Zeynep,Elif,Selin,Ayşe"), split("Emre,Burak,Oğuz,Mert"),
               split("Yılmaz,Şahin,Çelik,Aydın,Demir")),
        "ro": (split("Ioana,Bianca,Oana,Maria"), split("Andrei,Mihai,Tudor,Radu"),
               split("Popescu,Ionescu,Munteanu,Constantinescu,Lupu"))}
GLOBAL = (split("Adaeze,Priyanka,Mei,Nilufar"), split("Kenji,Tunde,Rashid,Kwabena"),
          split("Okafor,Watanabe,Raman,Bakare,Hosseini,Asante"))
# diminutives the text itself gives ("Maximilian (Max to everyone)")
DIMIN = {"Maximilian": "Max", "Katarzyna": "Kasia", "Alexandra": "Sasha", "Margarethe": "Grete",
         "Guillaume": "Guille", "Francesca": "Fra", "Joaquín": "Quino", "Johannes": "Hannes",
         "Elisabeth": "Lisa", "Christopher": "Kit"}
TITLES = {"en": ("Ms", "Mr", "Dr"), "de": ("Frau", "Herr", "Dr."), "fr": ("Mme", "M.", "Dr"),
          "nl": ("mevrouw", "dhr.", "dr."), "es": ("Sra.", "Sr.", "Dra."), "it": ("sig.ra", "sig.", "dott."),
          "pt": ("Sra.", "Sr.", "Dra."), "pl": ("pani", "pan", "dr"), "sv": ("fru", "herr", "dr"),
          "cs": ("paní", "pan", "Ing."), "hu": ("", "", "dr."), "fi": ("rouva", "herra", "tohtori"),
          "tr": ("Hanım", "Bey", "Dr."), "ro": ("dna", "dl.", "dr.")}


class Person:
    def __init__(self, lg, used):
        while True:
            self.fem = rng.random() < 0.5
            r = rng.random()
            if r < 0.2:
                g, s = rng.choice(GLOBAL[0 if self.fem else 1]), rng.choice(GLOBAL[2])
            elif r < 0.7:
                g, s = rng.choice(REAL[lg][0 if self.fem else 1]), rng.choice(REAL[lg][2])
            else:
                g = invent_syllables(rng, SYL[lg], END[lg], False)
                s = invent_syllables(rng, SYL[lg], END[lg], True)
            if r < 0.08 and lg in ("en", "de", "fr", "es", "it"):
                g = rng.choice(list(DIMIN))
            if self.fem and lg in ("cs",) and not s.endswith("á"):
                s = s[:-1] + "ová" if s[-1] in "aeo" else s + "ová"
            if self.fem and lg == "pl" and s.endswith("ski"):
                s = s[:-1] + "a"
            if g not in used and s not in used:
                break
        used.update((g, s))
        self.lg, self.g, self.s = lg, g, s
        self.short = DIMIN.get(g)
        self.intro = False

    def full(self):
        return f"{self.s} {self.g}" if self.lg == "hu" else f"{self.g} {self.s}"

    def title(self):
        t = TITLES[self.lg]
        return t[2] if rng.random() < 0.25 else t[0 if self.fem else 1]


# ---- mentions: each writes a piece with PERSON spans on the person's words -------------------------
def surname_titled(c, p):
    """The title and surname in the language's own order and case."""
    lg, t = p.lg, p.title()
    if lg == "tr":
        return c.s("PERSON", p.g).t(" " + (TITLES["tr"][0] if p.fem else TITLES["tr"][1]))
    if lg == "hu":
        return c.s("PERSON", p.s).t(" " + ("asszony" if p.fem else "úr"))
    if lg == "cs" and p.fem and p.s.endswith("ová") and rng.random() < 0.5:
        return c.t("paní ").s("PERSON", p.s[:-1] + "é")  # dative / genitive: paní Novákové
    if lg == "de" and rng.random() < 0.4:
        return c.t("Frau " if p.fem else "Herrn ").s("PERSON", p.s)
    return c.t(t + " ").s("PERSON", p.s)


def possessive(c, p, word):
    lg, w = p.lg, (p.g if word == "g" else p.s)
    if lg in ("en", "nl"):
        return c.s("PERSON", w).t(rng.choice(["'s", "’s"]) if not w.endswith("s") else "'")
    if lg in ("de", "sv"):
        return c.s("PERSON", w if w.endswith("s") else w + "s")
    if lg == "fi":
        return c.s("PERSON", w[:-3] + "sen" if w.endswith("nen") else w + "n")
    if lg == "fr":
        if w[0] in "AEIOUÉÈaeiou":
            return c.t("d'").s("PERSON", w)
        return c.t("de ").s("PERSON", w)
    if lg == "tr":
        return c.s("PERSON", w).t("'ın")
    if lg == "hu":
        return c.s("PERSON", w + "é")
    if lg == "ro":
        return c.t("lui ").s("PERSON", w)
    return c.s("PERSON", w)  # es it pt pl cs: the template holds the preposition or the case


def handle(p):
    from gen_common import fold
    g, s = fold(p.g).lower().replace(" ", ""), fold(p.s).lower().replace(" ", "")
    return rng.choice([f"@{g[0]}{s}", f"@{g}.{s[0]}", f"{g}.{s[0]}", f"@{g}_{s}"])


def initials(p):
    a, b = p.g[0], p.s.split()[-1][0]
    return rng.choice([f"{a}.{b}.", f"{a}{b}", f"{a}. {p.s}"])


# Short phrases around a mention, per language: {X} is the mention.
SAY = {"en": ["ask {X} about the rollout", "{X} said the numbers look off", "I'll loop in {X}", "waiting on {X} for sign-off",
              "{X} owns the vendor contract", "can you draft a reply to {X}?", "{X} was out on Friday"],
       "de": ["frag {X} nach dem Rollout", "{X} meint, die Zahlen stimmen nicht", "ich nehme {X} in CC", "warten auf {X}",
              "{X} kümmert sich um den Vertrag", "schreib bitte eine Antwort an {X}"],
       "fr": ["demande à {X} pour le déploiement", "{X} trouve les chiffres bizarres", "je mets {X} en copie",
              "on attend {X} pour valider", "{X} gère le contrat", "rédige une réponse pour {X}"],
       "nl": ["vraag {X} naar de uitrol", "{X} zegt dat de cijfers niet kloppen", "ik zet {X} in de cc", "wachten op {X}",
              "{X} beheert het contract"],
       "es": ["pregúntale a {X} por el despliegue", "{X} dice que las cifras no cuadran", "pongo a {X} en copia",
              "esperamos a {X}", "{X} lleva el contrato"],
       "it": ["chiedi a {X} del rilascio", "{X} dice che i numeri non tornano", "metto {X} in copia", "aspettiamo {X}",
              "{X} segue il contratto"],
       "pt": ["pergunta a {X} sobre a implantação", "{X} diz que os números não batem", "coloco {X} em cópia",
              "estamos à espera de {X}", "{X} trata do contrato"],
       "pl": ["zapytaj {X} o wdrożenie", "{X} mówi, że liczby się nie zgadzają", "dodam {X} do DW", "czekamy na {X}",
              "{X} prowadzi umowę"],
       "sv": ["fråga {X} om utrullningen", "{X} säger att siffrorna inte stämmer", "jag lägger {X} på kopia",
              "vi väntar på {X}", "{X} äger avtalet"],
       "cs": ["zeptej se {X} na nasazení", "{X} říká, že čísla nesedí", "dám {X} do kopie", "čekáme na {X}",
              "{X} má na starosti smlouvu"],
       "hu": ["kérdezd meg {X} a bevezetésről", "{X} szerint a számok nem stimmelnek", "beteszem {X} másolatba",
              "{X} válaszára várunk", "{X} felel a szerződésért"],
       "fi": ["kysy {X} käyttöönotosta", "{X} sanoo, että luvut eivät täsmää", "laitan {X} kopioksi", "odotamme {X}",
              "{X} vastaa sopimuksesta"],
       "tr": ["dağıtımı {X} sor", "{X} rakamların tutmadığını söylüyor", "{X} bilgiye ekliyorum", "{X} bekliyoruz",
              "sözleşmeyle {X} ilgileniyor"],
       "ro": ["întreabă-l pe {X} de lansare", "{X} spune că cifrele nu se potrivesc", "îl pun pe {X} în copie",
              "așteptăm răspunsul de la {X}", "{X} se ocupă de contract"]}
POSS = {"en": "{X} notes are in the doc", "de": "{X} Notizen liegen im Ordner", "fr": "les notes {X} sont dans le doc",
        "nl": "{X} notities staan in het document", "es": "las notas de {X} están en el doc",
        "it": "le note di {X} sono nel doc", "pt": "as notas de {X} estão no doc", "pl": "notatki {X} są w folderze",
        "sv": "{X} anteckningar ligger i mappen", "cs": "poznámky {X} jsou ve složce", "hu": "{X} jegyzetei a mappában vannak",
        "fi": "{X} muistiinpanot ovat kansiossa", "tr": "{X} notları klasörde", "ro": "notițele {X} sunt în dosar"}
INTRO = {"en": "I'm working with {F} on this", "de": "ich arbeite dabei mit {F} zusammen", "fr": "je travaille avec {F} là-dessus",
         "nl": "ik werk hierbij samen met {F}", "es": "trabajo en esto con {F}", "it": "ci lavoro con {F}",
         "pt": "estou a trabalhar nisto com {F}", "pl": "pracuję nad tym z {F}", "sv": "jag jobbar med det här tillsammans med {F}",
         "cs": "pracuji na tom s {F}", "hu": "ezen {F} kollégával dolgozom", "fi": "teen tätä yhdessä {F} kanssa",
         "tr": "bunun üzerinde {F} ile çalışıyorum", "ro": "lucrez la asta cu {F}"}
FILLER = {"en": ["the staging cluster is on 2.14.1 now", "the invoice total is 4,380.00", "we moved standup to 9:30",
                 "the export has 12 columns", "the latency went up after the deploy"],
          "de": ["der Staging-Cluster läuft jetzt auf 2.14.1", "die Rechnung beträgt 4.380,00", "das Daily ist jetzt um 9:30"],
          "fr": ["le cluster de recette est en 2.14.1", "la facture fait 4 380,00", "le point quotidien passe à 9h30"],
          "nl": ["het staging-cluster draait nu 2.14.1", "de factuur is 4.380,00", "de standup is nu om 9:30"],
          "es": ["el clúster de pruebas ya está en 2.14.1", "la factura suma 4.380,00", "la reunión diaria pasa a las 9:30"],
          "it": ["il cluster di staging è alla 2.14.1", "la fattura è di 4.380,00", "lo standup è alle 9:30"],
          "pt": ["o cluster de staging está na 2.14.1", "a fatura dá 4.380,00", "a reunião diária passou para as 9h30"],
          "pl": ["klaster testowy jest już na 2.14.1", "faktura wynosi 4 380,00", "daily jest teraz o 9:30"],
          "sv": ["stagingklustret kör 2.14.1 nu", "fakturan är på 4 380,00", "dagliga mötet är nu 9.30"],
          "cs": ["testovací cluster už běží na 2.14.1", "faktura je na 4 380,00", "denní porada je teď v 9:30"],
          "hu": ["a teszt klaszter már 2.14.1-en fut", "a számla 4 380,00", "a napi megbeszélés 9:30-kor van"],
          "fi": ["testiklusteri on nyt versiossa 2.14.1", "lasku on 4 380,00", "päiväpalaveri on nyt 9.30"],
          "tr": ["test kümesi artık 2.14.1 sürümünde", "fatura 4.380,00", "günlük toplantı 9:30'a alındı"],
          "ro": ["clusterul de test e acum pe 2.14.1", "factura este 4.380,00", "ședința zilnică e la 9:30"]}
ASSIST = ["Understood. Here is what I have so far:", "Thanks, noted.", "Sure, here's a draft:", "Got it. Summary of the thread:",
          "I've updated the plan.", "Here is the revised list:"]
ENG = ["Could you also check the retry logic?", "The CSV had a trailing comma on every line.", "Let's keep the scope small.",
       "Please keep the tone friendly but short.", "The second chart is the one I care about.",
       "Use bullet points, not a table.", "I think the timeout is too low.", "Add a line about the budget."]

# ---- look-alikes: (text before, (label, word), text after) ----------------------------------------------
NEG = [("", ("NEG_WORD", "Will"), " the nightly build pass with the new flag?"),
       ("", ("NEG_WORD", "Mark"), " the ticket as done when the PR is merged."),
       ("the parser is written in ", ("NEG_PRODUCT", "Ada"), ", not C"),
       ("", ("NEG_WORD", "Grace"), " period for the renewal is 30 days."),
       ("", ("NEG_WORD", "Max"), " retries: 5, backoff 2s"),
       ("the ", ("NEG_PRODUCT", "Rose Gold"), " model is out of stock"),
       ("", ("NEG_WORD", "Bill"), " of materials attached (rev C)"),
       ("the headphone ", ("NEG_WORD", "Jack"), " is loose"),
       ("we ordered bread from the ", ("NEG_WORD", "Baker"), " round the corner"),
       ("der ", ("NEG_WORD", "Koch"), " hat heute frei"),
       ("die ", ("NEG_WORD", "Fischer"), " im Hafen streiken"),
       ("ein ", ("NEG_WORD", "Wolf"), " wurde im Wald gesehen"),
       ("una bottiglia di vino ", ("NEG_WORD", "Bianco"), " per la cena"),
       ("a ", ("NEG_WORD", "Green"), " build on main, finally"),
       ("", ("NEG_WORD", "Brown"), " rice, not white"),
       ("a ", ("NEG_WORD", "Kovács"), " műhelye zárva van"),
       ("", ("NEG_WORD", "Demir"), " fiyatları yine arttı"),
       ("", ("NEG_WORD", "Virta"), " katkesi klo 14"),
       ("", ("NEG_WORD", "Kowal"), " naprawił bramę"),
       ("a can of ", ("NEG_PRODUCT", "Dr. Pepper"), " from the machine"),
       ("rewatching ", ("NEG_PRODUCT", "Mr. Robot"), " season 2"),
       ("die Pizza von ", ("NEG_PRODUCT", "Dr. Oetker"), " war im Angebot"),
       ("my ", ("NEG_PRODUCT", "Dr. Martens"), " need new laces"),
       ("", ("NEG_PRODUCT", "Mr. Clean"), " spray for the desks"),
       ("country code ", ("NEG_ABBR", "MK"), " (North Macedonia) fails validation"),
       ("the file is 512 ", ("NEG_ABBR", "KB"), " after gzip"),
       ("the ", ("NEG_ABBR", "ML"), " team wants the logs"),
       ("open a ", ("NEG_ABBR", "PR"), " against release/3.2"),
       ("", ("NEG_ABBR", "QA"), " signed off on build 418"),
       ("locale ", ("NEG_ABBR", "mk-MK"), " is missing translations"),
       ("", ("NEG_ABBR", "M.K."), " Dorfplatz-Apotheke opens at 8"),
       ("version ", ("NEG_VERSION", "v3.11.2"), " fixed it"),
       ("ticket ", ("NEG_ID", "OPS-4471"), " is still open")]


def neg(c):
    a, (lab, w), b = rng.choice(NEG)
    return c.t(a).s(lab, w).t(b)


# ---- turns ---------------------------------------------------------------------------------------------
def sentence(c, tpl, slot):
    i = 0
    while True:
        j = tpl.find("{X}", i)
        if j < 0:
            c.t(tpl[i:])
            return c
        c.t(tpl[i:j])
        slot(c)
        i = j + 3


def intro(c, p, lg):
    """Introduces p once: a title and the full name, the full name, a signature, or a diminutive."""
    p.intro = True
    k = rng.randrange(4)
    if p.short and k < 2:
        c.t({"en": "my colleague ", "de": "mein Kollege ", "es": "mi colega ", "fr": "mon collègue ",
             "it": "il mio collega "}.get(lg, "")).s("PERSON", p.full())
        return c.t(" (").s("PERSON", p.short).t({"en": " to everyone", "de": " für alle", "fr": " pour tout le monde",
                                                 "es": " para todos", "it": " per tutti"}.get(lg, "") + "). ")
    if k == 0:
        t = p.title()
        if lg in ("tr", "hu"):
            return c.s("PERSON", p.full()).t(" " + ("Hanım" if lg == "tr" and p.fem else "Bey" if lg == "tr" else "dr.")
                                             ).t(" — " + rng.choice(FILLER[lg]) + ". ")
        return sentence(c, INTRO[lg].replace("{F}", "{X}"), lambda c: c.t(t + " ").s("PERSON", p.full())).t(". ")
    if k == 1:
        return sentence(c, INTRO[lg].replace("{F}", "{X}"), lambda c: c.s("PERSON", p.full())).t(". ")
    if k == 2:
        return c.t("\n\n" + rng.choice(["Best,", "Regards,", "Mit freundlichen Grüßen", "Cordialement,", "Saludos,",
                                        "Pozdrawiam,", "Hälsningar,", "S pozdravem,"]) + "\n").s("PERSON", p.full()).t(
            "\n" + rng.choice(["Project Lead", "Finance", "Ops", "Legal", "Team Lead"]) + "\n")
    return c.t(rng.choice(["Contact: ", "Owner: ", "Point of contact: "])).s("PERSON", p.full()).t(". ")


def mention(c, p, lg):
    """One later mention of p in another form; returns the form's name."""
    k = rng.randrange(14)
    g = p.short if p.short and rng.random() < 0.5 else p.g
    if k == 0:
        sentence(c, rng.choice(SAY[lg]), lambda c: c.s("PERSON", g)).t(". ")
    elif k == 1:
        sentence(c, rng.choice(SAY[lg]), lambda c: surname_titled(c, p)).t(". ")
    elif k == 2:
        sentence(c, rng.choice(SAY[lg]), lambda c: c.s("PERSON", p.s)).t(". ")
    elif k == 3:
        sentence(c, POSS[lg], lambda c: possessive(c, p, rng.choice("gs"))).t(". ")
    elif k == 4:
        w = rng.choice([g, p.s, p.full()]).lower()
        c.t(rng.choice(["ok so ", "btw ", "lol ", "fyi ", "hmm "])).s("PERSON", w).t(
            rng.choice([" said no", " is on it", " pinged me again", " wants it by friday"]) + "\n")
    elif k == 5:
        c.t(rng.choice(["OWNER: ", "ESCALATE TO ", "CC: "])).s("PERSON", rng.choice([p.s.upper(), p.full().upper()])).t("\n")
    elif k == 6:
        c.t(rng.choice(["- [ ] ", "TODO ", "* "])).t(rng.choice(["review the budget", "send the deck", "book the room"])
                                                      ).t(" (").s("PERSON", initials(p)).t(")\n")
    elif k == 7:
        c.t(rng.choice(["cc ", "thanks ", "ping "])).s("PERSON", handle(p)).t(rng.choice([" for the review", "", " pls"]) + "\n")
    elif k == 8:
        day = rng.choice(["Tue", "Mon", "Thu", "Fri"])
        c.t(f"\n> On {day}, ").s("PERSON", p.full()).t(" wrote:\n> " + rng.choice(FILLER[lg]) + "\n")
    elif k == 9:
        c.t("\n").s("PERSON", g).t(rng.choice([" wrote:", " schrieb:", " a écrit :", " escribió:"])
                                   ).t("\n> " + rng.choice(FILLER[lg]) + "\n")
    elif k == 10:
        c.t(rng.choice(["So far: spoke to ", "Status: waiting on ", "Hand-off: "])).s("PERSON", p.s).t(
            rng.choice([" about the budget", " re: migration", ", see notes"]) + ".\n")
    elif k == 11:
        c.t(rng.choice(ENG).rstrip(".?") + ", as discussed with ").s("PERSON", p.g + "\n" + p.s).t(" last week. ")
    elif k == 12:
        c.t("- ").s("PERSON", p.full()).t(": " + rng.choice(["owns deploy", "budget", "legal review"]) + "\n")
    else:
        sentence(c, rng.choice(SAY[lg]), lambda c: c.s("PERSON", g.upper() if rng.random() < 0.3 else g)).t(". ")
    return ["given", "titled", "surname", "possessive", "lower", "caps", "initials", "handle", "quoted", "wrote",
            "memory", "wrapped", "list", "given2"][k]


def other_namesake(c, people, lg):
    """A person with an introduced person's given name who is never introduced (PERSON)."""
    p = rng.choice(people)
    rel = {"en": "my neighbour ", "de": "meine Nachbarin ", "fr": "ma voisine ", "es": "mi vecina ", "it": "la mia vicina "}
    c.t(rel.get(lg, "my neighbour ")).s("PERSON", p.g).t(" " + rng.choice(["also works there", "recommended the tool"]) + ". ")


def user_turn(lg, people, forms):
    c = P()
    for _ in range(rng.randint(2, 5)):
        r = rng.random()
        fresh = [p for p in people if not p.intro]
        if fresh and r < 0.3:
            intro(c, fresh[0], lg)
        elif r < 0.5 and any(p.intro for p in people):
            forms.append(mention(c, rng.choice([p for p in people if p.intro]), lg))
        elif r < 0.88:
            neg(c).t(". ")
        elif r < 0.91:
            other_namesake(c, people, lg)
        else:
            c.t(rng.choice(FILLER[lg] + ENG).rstrip(".") + ". ")
    c.t(rng.choice(FILLER[lg]) + ". " + rng.choice(ENG))
    return c


def assistant_turn(lg, people, forms):
    c = P(rng.choice(ASSIST) + "\n")
    for _ in range(rng.randint(2, 6)):
        known = [p for p in people if p.intro]
        if known and rng.random() < 0.4:
            forms.append(mention(c, rng.choice(known), lg))
        elif rng.random() < 0.8:
            c.t("- ")
            neg(c).t("\n")
        else:
            c.t("- " + rng.choice(FILLER[lg] + ENG) + "\n")
    c.t("Let me know if anything is missing.")
    return c


TOOLS = ["crm_lookup", "directory_search", "create_task", "send_message", "notes_append"]


def tool_call(lg, people, forms):
    """(name, args piece, result piece): args may name a known person in another form; the result
    may introduce a fresh one (a record) or repeat a known one."""
    name = rng.choice(TOOLS)
    a = P('{"')
    known = [p for p in people if p.intro]
    if known and rng.random() < 0.7:
        p = rng.choice(known)
        key = rng.choice(["assignee", "query", "to", "owner"])
        form = rng.choice(["s", "g", "full", "lower"])
        v = {"s": p.s, "g": p.g, "full": p.full(), "lower": p.full().lower()}[form]
        forms.append("toolarg")
        a.t(key + '": "').s("PERSON", v).t('", "limit": 5}')
    else:
        a.t('query": "').s("NEG_ID", f"OPS-{rng.randint(1000, 9999)}").t('"}')
    r = P('{"status": "ok", "items": [')
    fresh = [p for p in people if not p.intro]
    for n in range(rng.randint(1, 3)):
        if n:
            r.t(", ")
        if fresh and rng.random() < 0.5:
            p = fresh.pop(0)
            p.intro = True
            r.t('{"id": "' + f"U{rng.randint(10000, 99999)}" + '", "name": "').s("PERSON", p.full()).t(
                '", "role": "' + rng.choice(["Finance", "Ops", "Legal", "Engineering"]) + '"}')
        elif known and rng.random() < 0.5:
            p = rng.choice(known)
            forms.append("toolres")
            r.t('{"task": "' + rng.choice(["budget", "deploy", "review"]) + '", "owner": "').s("PERSON", p.s).t('"}')
        else:
            a2, (lab, w), b2 = rng.choice(NEG[24:])
            r.t('{"note": "' + a2).s(lab, w).t(b2 + '"}')
    r.t("]}")
    return name, a, r


# ---- bodies ------------------------------------------------------------------------------------------
SYSTEM = "You are a helpful assistant for a small team. Keep answers short."


def build(api, turns):
    """turns: ("user"|"assistant", piece) or ("tool", name, args, result). Returns (body, items)
    with each piece's marker and conversion (args of OpenAI/Responses are a string: escaped once
    more than text; Anthropic/Gemini args are native JSON)."""
    k, msgs, items = 0, [], []

    def mk(p, how):
        nonlocal k
        m = MARK % k if how != "raw" else RAWMARK % k
        items.append((m, how, p))
        k += 1
        return m
    for t in turns:
        if t[0] in ("user", "assistant"):
            m = mk(t[1], "str")
            if api == "chat":
                msgs.append({"role": t[0], "content": m})
            elif api == "anthropic":
                msgs.append({"role": t[0], "content": [{"type": "text", "text": m}]})
            elif api == "gemini":
                msgs.append({"role": "user" if t[0] == "user" else "model", "parts": [{"text": m}]})
            else:
                msgs.append({"role": t[0], "content": [{"type": "input_text" if t[0] == "user" else "output_text",
                                                        "text": m}]})
            continue
        _, name, args, res = t
        cid = f"call_{k:03d}{rng.randint(100, 999)}"
        if api == "chat":
            msgs.append({"role": "assistant", "content": None, "tool_calls": [
                {"id": cid, "type": "function", "function": {"name": name, "arguments": mk(args, "str")}}]})
            msgs.append({"role": "tool", "tool_call_id": cid, "content": mk(res, "str")})
        elif api == "anthropic":
            msgs.append({"role": "assistant", "content": [{"type": "tool_use", "id": cid, "name": name,
                                                           "input": mk(args, "raw")}]})
            msgs.append({"role": "user", "content": [{"type": "tool_result", "tool_use_id": cid,
                                                      "content": mk(res, "str")}]})
        elif api == "gemini":
            msgs.append({"role": "model", "parts": [{"functionCall": {"name": name, "args": mk(args, "raw")}}]})
            msgs.append({"role": "user", "parts": [{"functionResponse": {"name": name,
                                                                         "response": {"result": mk(res, "str")}}}]})
        else:
            msgs.append({"type": "function_call", "call_id": cid, "name": name, "arguments": mk(args, "str")})
            msgs.append({"type": "function_call_output", "call_id": cid, "output": mk(res, "str")})
    if api == "chat":
        body = {"model": "gpt-4o", "messages": [{"role": "system", "content": SYSTEM}] + msgs}
    elif api == "anthropic":
        body = {"model": "claude-sonnet-4-5", "max_tokens": 2048, "system": SYSTEM, "messages": msgs}
    elif api == "gemini":
        body = {"systemInstruction": {"parts": [{"text": SYSTEM}]}, "contents": msgs}
    else:
        body = {"model": "gpt-4.1", "instructions": SYSTEM, "input": msgs}
    return body, items


def conversation(lg, i):
    used = set()
    people = [Person(lg, used) for _ in range(rng.randint(2, 6))]
    turns, forms = [], []
    want = rng.randint(6, 18) * 1024
    size, role = 0, "user"
    while size < want or any(not p.intro for p in people):
        if role == "user":
            if rng.random() < 0.25 and size > 0:
                turns.append(("tool",) + tool_call(lg, people, forms))
                size += len(turns[-1][2].text) + len(turns[-1][3].text)
                role = "assistant"
                continue
            turns.append(("user", user_turn(lg, people, forms)))
            role = "assistant"
        else:
            turns.append(("assistant", assistant_turn(lg, people, forms)))
            role = "user"
        size += len(turns[-1][1].text)
        if len(turns) > 120:
            break
    return turns, forms, len(people)


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    for i in range(168):
        lg = LANGS[i % len(LANGS)]
        api = apis[(i // len(LANGS)) % 4]
        ascii_, compact = i % 3 == 0, i % 3 == 1
        turns, forms, n = conversation(lg, i)
        body, items = build(api, turns)
        text = dumps(body, ascii_, compact)
        for m, how, p in items:
            if how == "raw":
                text = text.replace('"' + m + '"', m)
        conv = [(m if how == "str" else m, escaper(1, ascii_) if how == "str" else (ascii_json if ascii_ else (lambda s: s)), p)
                for m, how, p in items]
        text, spans = place_each(text, conv)
        spans.sort(key=lambda s: s["start_position"])
        append_body(records, text, spans, {"locale": lg, "class": "thread", "api": api, "ascii": ascii_,
                                           "compact": compact, "people": n, "forms": sorted(set(forms))})
    write_json(records)


if __name__ == "__main__":
    main()
