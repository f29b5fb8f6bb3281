#!/usr/bin/env python3
"""gen_leaks46.py: the names stop 45 left open (notes/leaks45.md, forms45.md and leaks44.md,
section 4, and the lead's list for stop 46), each widened into variants and look-alikes, written
before any detector rule was read or hush was run on it (branch leaks46). A tune set.

Classes (metadata.class), real and invented names:
- `lonegiven`: a lone lower-case given name after a request verb (`ask maria`, `frag ernst`,
  `pregunta a pilar`, `demande à paul`, `vraag het aan joost`, `chiedi a chiara`) in chat lines,
  also inside sentence-case text; look-alikes: `ask google`, `frag nach`, `Ave Maria`, `ask
  around`, `demande à l'accueil`, `vraag het aan de balie`;
- `assignlow`: a lower-case surname (or given name and surname) after an assignment or
  forwarding verb in sentence-case text (`Assigned to weber yesterday`, `Bitte an keller
  weiterleiten`, `doorgestuurd naar de vries`, `asignado a garcía`); look-alikes: `assigned to
  me`, teams and desks in the same slot;
- `payerext`: `SURNAME GIVEN` in capitals after payer, sender and recipient labels in capitals
  that hold Latin Extended-A letters (`PŁATNIK:`, `PŘÍKAZCE:`, `PLĂTITOR:`, `BEFIZETŐ:`,
  `GÖNDERİCİ:`, `PLATITEĽ:`); look-alikes: tax offices, utilities and banks after them;
- `monthgiven`: `SURNAME GIVEN` in capitals whose given name is a month's abbreviation or name
  (`KOWALSKI JAN`, `LINDQVIST AUGUST`, `FLETCHER JUNE`, `HOLM MAJ`) in manifests, registers and
  forms; look-alikes: `JAN 2024`, `15 JAN 2024`, `MAY 2024` in the same documents;
- `pipelabel`: a two-column pipe table of sender, payer, recipient and applicant labels with no
  ':' (`| Afsender | Mette Sørensen |`), with or without a header row; look-alikes: firms,
  authorities and carriers in the value column;
- `applicant`: applicant and holder labels of the Nordic and Central European languages
  (`Søker:`, `Innehaver:`, `Sökande:`, `Hakija:`, `Wnioskodawca:`, `Žadatel:`, `Kérelmező:`,
  `Başvuran:`, `Solicitant:`) with `Surname, Given` (one span) or `Given Surname` after them;
  look-alikes: firms and field templates (`Søker: Etternavn, Fornavn`);
- `applicanttab`: the same labels with a tab (or tabs) before the value and a tab and an id after
  it (`Søker:\\tBakke, Sigrid\\t(ID 4711)`), as forms pasted from a PDF or a sheet give them;
- `signer`: signers after `p.p.`, `i.V.`, `i.A.`, `ppa.`, `p.o.`, `i.o.`, `z up.`, `v.z.` under a
  letter's closing; look-alikes: a firm after `p.p.`, `i.A. der Geschäftsführung`, `pp. 12–15`
  in a citation, `i.V.m. Art. 2 GG`;
- `techfirm`: `Technician: Given Surname, Firm GmbH` in service reports of en, de, fr, nl, it,
  es; the firm is a look-alike, and a firm alone after the label is one too;
- `commarest`: `Ref. 554 – Titolare: Surname, Given, 3 hoog` (a reference, a dash, a role label,
  `Surname, Given` as one span, and a flat, floor or phone after the next comma); look-alikes:
  a firm and a field template in the same place;
- `kidslist`: lists of given names alone after a children label (`Kids: Mia, Noah, Lena`,
  `Kinder: Mia (7), Ben (4)`, `Enfants : Léa et Hugo`); look-alikes: `Kids: 3`, `Kinder: keine`;
- `teamlist`: lists of given names alone after an attendee label (`Teilnehmer: Jonas, Emma, Ben
  und Lea`, `Present: Tom, Sarah and Priya`); look-alikes: `Teilnehmer: 12`, teams and
  departments in the same list shape;
- `decreebe`: the Belgian naturalisation order `Kowalska, Anna Maria, née à Cracovie (Pologne)
  le 12 mars 1985, demeurant à Liège` in fr, nl and de (the name one span, the birth date a
  DATE_OF_BIRTH); look-alikes: the law's date and the towns of birth.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, SYL7, END7, MONTHS, invent_syllables  # noqa: E402

rng = random.Random(20261205 + 46)
records = []


class D(Doc):
    records = records

    def neg(self, kind, v, pre="", post=""):
        return self.t(pre).span("NEG_" + kind, v).t(post)


REAL = {
    "en": (["Oliver", "Hannah", "Rebecca", "Thomas", "Sarah", "James", "Emily", "Declan", "Priya", "Tom"],
           ["Ashworth", "Fletcher", "Brennan", "Whitcombe", "Okafor", "Harding", "Doyle", "Pemberton"]),
    "de": (["Anna", "Jonas", "Ulrike", "Matthias", "Sabine", "Tobias", "Katrin", "Lukas", "Heike"],
           ["Weber", "Keller", "Vogel", "Lindner", "Krause", "Hoffmann", "Schäfer", "Brandt", "Wagner"]),
    "fr": (["Camille", "Mathieu", "Claire", "Julien", "Aurélie", "Benoît", "Élodie"],
           ["Dupont", "Lefèvre", "Moreau", "Girard", "Marchand", "Rousseau", "Fontaine"]),
    "nl": (["Sanne", "Pieter", "Femke", "Joost", "Anouk", "Bram", "Lieke"],
           ["de Jong", "Jansen", "Visser", "Bakker", "van Dijk", "Smit", "de Vries", "Mulder"]),
    "es": (["Javier", "Lucía", "Pilar", "Sergio", "Carmen", "Rodrigo", "Nuria"],
           ["García", "Navarro", "Romero", "Castillo", "Ortega", "Iglesias", "Serrano"]),
    "it": (["Giulia", "Matteo", "Chiara", "Davide", "Lorenzo", "Francesca", "Elena"],
           ["Rossi", "Bianchi", "Colombo", "Esposito", "Ricci", "Ferraro", "Galli"]),
    "pt": (["João", "Inês", "Tiago", "Mariana", "Rui", "Beatriz"],
           ["Ferreira", "Carvalho", "Sousa", "Pereira", "Almeida", "Ribeiro"]),
    "sv": (["Sven", "Ingrid", "Karin", "Anders", "Linnea", "Birgitta", "Åsa"],
           ["Lindqvist", "Andersson", "Bergström", "Holm", "Nyberg", "Sjöberg", "Ek"]),
    "da": (["Mette", "Rasmus", "Freja", "Mikkel", "Sofie", "Jens"],
           ["Sørensen", "Jørgensen", "Madsen", "Kristensen", "Lund", "Østergaard"]),
    "no": (["Sigrid", "Lars", "Kari", "Håkon", "Solveig", "Eirik"],
           ["Haugen", "Johansen", "Bakke", "Solberg", "Dahl", "Strand"]),
    "fi": (["Aino", "Mikko", "Sanna", "Juha", "Laura", "Ville", "Päivi"],
           ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen", "Lehtonen"]),
    "pl": (["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Paweł", "Łukasz", "Małgorzata"],
           ["Kowalczyk", "Wójcik", "Nowak", "Mazur", "Krawczyk", "Wiśniewska", "Zieliński"]),
    "cs": (["Jana", "Petr", "Lucie", "Tomáš", "Martin", "Věra", "Jiří"],
           ["Novák", "Dvořák", "Svoboda", "Černý", "Procházka", "Kučera", "Veselá"]),
    "sk": (["Zuzana", "Peter", "Lucia", "Ján", "Marek", "Ľubica"],
           ["Horváth", "Kováč", "Baláž", "Štefánik", "Lukáč", "Ďurica"]),
    "hu": (["Zsófia", "Bence", "Katalin", "Gábor", "Eszter", "Levente", "Ödön"],
           ["Nagy", "Kovács", "Szabó", "Tóth", "Horváth", "Varga", "Szőke", "Kőváry"]),
    "ro": (["Andreea", "Mihai", "Ioana", "Cristian", "Elena", "Răzvan"],
           ["Popescu", "Ionescu", "Stoica", "Munteanu", "Drăgulescu", "Țurcanu"]),
    "tr": (["Ayşe", "Mehmet", "Zeynep", "Emre", "Elif", "İbrahim"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk"]),
}
SYL = {"sv": (["al", "vi", "sig", "ran", "bo", "el", "tor", "mi"], ["sson", "qvist", "ström"]),
       "da": (["al", "vi", "sig", "ran", "bo", "el", "tor", "mi"], ["sen", "gaard", "strup"]),
       "no": (["al", "vi", "sig", "ran", "bo", "el", "tor", "mi"], ["sen", "heim", "rud"]),
       "fi": (["ai", "ka", "lou", "mä", "ti", "se", "vo", "hei"], ["nen", "la", "mäki"]),
       "pl": (["ko", "wal", "brze", "szy", "dra", "mie", "gro", "sta"], ["ski", "czyk", "iak"]),
       "cs": (["ko", "va", "dvo", "ře", "chal", "mi", "sto", "pe"], ["ák", "ek", "ský"]),
       "sk": (["ko", "va", "hro", "ďu", "chal", "mi", "sto", "pe"], ["ák", "ík", "ský"]),
       "hu": (["ke", "sző", "bal", "tö", "mé", "ra", "gyu", "lo"], ["falvi", "házi", "i"]),
       "ro": (["dra", "gos", "vil", "mir", "cea", "tru", "lin", "bu"], ["escu", "eanu", "aru"]),
       "tr": (["ay", "tem", "kor", "bal", "der", "sun", "gül", "mer"], ["oğlu", "tekin", "han"])}


def person(lg, real=None):
    """(given, surname) capitalised, half real, half invented from the language's syllables."""
    if real is None:
        real = rng.random() < 0.5
    if real:
        g, s = REAL[lg]
        return rng.choice(g), rng.choice(s)
    if lg in SYL7:
        return invent_syllables(rng, SYL7[lg], END7[lg], False), invent_syllables(rng, SYL7[lg], END7[lg], True)
    syl, end = SYL[lg]
    return invent_syllables(rng, syl, end, False), invent_syllables(rng, syl, end, True)


def full(lg, real=None):
    g, s = person(lg, real)
    return g + " " + s


def up(lg, s):
    """Capitals as a form of the language prints them (Turkish keeps dotted and dotless i apart)."""
    if lg == "tr":
        return s.replace("i", "İ").replace("ı", "I").upper()
    return s.upper()


def fill(d, tpl, label, v):
    """Appends tpl with its {P} replaced by v labelled `label`."""
    i = tpl.index("{P}")
    return d.t(tpl[:i]).span(label, v).t(tpl[i + 3:])


def stamp():
    return "2024-%02d-%02d %02d:%02d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(7, 19), rng.randint(0, 59))


# ---- lonegiven ---------------------------------------------------------------------------------
LG_NAMES = {"en": ["maria", "paul", "mark", "grace", "will", "rose", "jack", "hannah", "olivia", "tom", "june", "ben",
                   "priya", "sean"],
            "de": ["ernst", "jonas", "maria", "frank", "lena", "paul", "heike", "lotte", "karl", "uwe", "jens", "anke"],
            "fr": ["paul", "claire", "julien", "marine", "pierre", "camille", "léa", "hugo", "rose", "margaux"],
            "nl": ["joost", "sanne", "daan", "femke", "roos", "bram", "floor", "jan", "mees", "lieke"],
            "es": ["pilar", "javier", "lucía", "rosa", "sergio", "carmen", "paz", "luz", "álvaro", "nuria"],
            "it": ["chiara", "matteo", "giulia", "vera", "franco", "serena", "marco", "stella", "luca"]}
LG_TPL = {"en": ["ask {P} if the staging db is back", "can you ask {P}?", "just ask {P}, he did the migration",
                 "pls ask {P} about the invoice", "ask {P} for the vpn config", "i'll ask {P} tomorrow",
                 "Ask {P} before you merge this.", "Could you ask {P} whether the contract is signed?"],
          "de": ["frag {P}, der hat das deployt", "frag mal {P} wegen dem Zugang", "kannst du {P} fragen?",
                 "Frag {P}, sie weiß das.", "ich frag {P} morgen", "frag bitte {P} nach dem Schlüssel",
                 "Kannst du mal {P} fragen, ob der Vertrag da ist?"],
          "fr": ["demande à {P} pour le vpn", "demande à {P} s'il a fini", "tu peux demander à {P} ?",
                 "Demande à {P}, elle sait.", "je demanderai à {P} demain", "Demande à {P} avant de fusionner."],
          "nl": ["vraag het aan {P}", "vraag het even aan {P}, die weet het", "vraag {P} of de build groen is",
                 "Vraag het maar aan {P}.", "ik vraag het morgen aan {P}", "Kun je het aan {P} vragen?"],
          "es": ["pregunta a {P} por la factura", "pregúntale a {P}, ella lo sabe", "¿le puedes preguntar a {P}?",
                 "Pregunta a {P} antes de subirlo.", "mañana le pregunto a {P}", "pregunta a {P} si ya firmó"],
          "it": ["chiedi a {P} per la vpn", "chiedilo a {P}, lui lo sa", "puoi chiedere a {P}?",
                 "Chiedi a {P} prima del merge.", "domani chiedo a {P}", "chiedi a {P} se ha firmato"]}
LG_NEG = {"en": [("just ", "ask google", "", "TERM"), ("we played ", "Ave Maria", " at the end", "WORD"),
                 ("i'll ask ", "around", "", "WORD"), ("ask ", "chatgpt", " for the regex", "TERM"),
                 ("can you ask ", "support", "?", "TEAM"), ("ask ", "them", " first", "WORD")],
          "de": [("frag ", "nach", " dem Weg", "WORD"), ("frag mal ", "nach", ", ob das geht", "WORD"),
                 ("frag ", "google", "", "TERM"), ("der Chor singt ", "Ave Maria", "", "WORD"),
                 ("frag ", "chatgpt", " nach dem regex", "TERM"), ("frag ", "den Support", "", "TEAM")],
          "fr": [("demande à ", "l'accueil", "", "TEAM"), ("demande à ", "google", "", "TERM"),
                 ("la chorale chante ", "Ave Maria", "", "WORD"), ("demande à ", "quelqu'un", "", "WORD"),
                 ("demande à ", "chatgpt", " la regex", "TERM")],
          "nl": [("vraag het aan ", "de balie", "", "TEAM"), ("vraag het aan ", "google", "", "TERM"),
                 ("het koor zong ", "Ave Maria", "", "WORD"), ("vraag het aan ", "iemand", "", "WORD"),
                 ("vraag ", "chatgpt", " om een regex", "TERM")],
          "es": [("pregunta a ", "recepción", "", "TEAM"), ("pregunta a ", "google", "", "TERM"),
                 ("el coro cantó el ", "Ave María", "", "WORD"), ("pregunta a ", "alguien", "", "WORD"),
                 ("pregúntale a ", "chatgpt", "", "TERM")],
          "it": [("chiedi in ", "segreteria", "", "TEAM"), ("chiedi a ", "google", "", "TERM"),
                 ("il coro canta l'", "Ave Maria", "", "WORD"), ("chiedi a ", "qualcuno", "", "WORD"),
                 ("chiedi a ", "chatgpt", "", "TERM")]}


def lonegiven(n):
    lg = ["en", "de", "fr", "nl", "es", "it"][n % 6]
    d = D(lg, "lonegiven")
    nm = rng.choice(LG_NAMES[lg])
    tpl = rng.choice(LG_TPL[lg])
    k = rng.randrange(5)
    if k == 0:
        d.t("[%02d:%02d] " % (rng.randint(8, 18), rng.randint(0, 59)))
        fill(d, tpl, "PERSON", nm).t("\n")
    elif k == 1:
        d.t('{"role": "user", "content": "')
        fill(d, tpl, "PERSON", nm).t('"}\n')
    elif k == 2:
        d.t("> ")
        fill(d, tpl, "PERSON", nm).t("\n")
    elif k == 3:
        d.t({"en": "Thanks for the update. ", "de": "Danke für das Update. ", "fr": "Merci pour le retour. ",
             "nl": "Bedankt voor de update. ", "es": "Gracias por avisar. ", "it": "Grazie per l'aggiornamento. "}[lg])
        fill(d, tpl, "PERSON", nm).t("\n")
    else:
        fill(d, tpl, "PERSON", nm).t("\n")
    if rng.random() < 0.7:
        a, v, b, kind = rng.choice(LG_NEG[lg])
        d.neg(kind, v, a, b + "\n")
    d.done()


# ---- assignlow ---------------------------------------------------------------------------------
AS_TPL = {"en": ["Assigned to {P} yesterday, ETA Friday.", "Reassigned to {P} after triage.", "Forwarded to {P} for sign-off.",
                 "Handed over to {P} this morning.", "Escalated to {P} on Monday."],
          "de": ["Bitte an {P} weiterleiten.", "Zugewiesen an {P}, Rückmeldung folgt.", "Weitergeleitet an {P} zur Freigabe.",
                 "Übergeben an {P} am Montag.", "Bitte an {P} zur Prüfung geben."],
          "fr": ["Transmis à {P} ce matin.", "Assigné à {P} hier soir.", "Merci de faire suivre à {P}.",
                 "Réaffecté à {P} après le point."],
          "nl": ["Doorgestuurd naar {P} gisteren.", "Graag doorsturen naar {P}.", "Toegewezen aan {P}, wacht op reactie.",
                 "Overgedragen aan {P} na de stand-up."],
          "es": ["Asignado a {P} ayer.", "Por favor, reenviar a {P}.", "Reasignado a {P} tras la revisión.",
                 "Escalado a {P} el lunes."],
          "it": ["Assegnato a {P} ieri.", "Per favore inoltrare a {P}.", "Riassegnato a {P} dopo la riunione.",
                 "Girato a {P} per la firma."],
          "pt": ["Atribuído a {P} ontem.", "Por favor, reencaminhar para {P}.", "Encaminhado para {P} para aprovação."]}
AS_NEG = {"en": ["me", "support", "the team", "legal", "whoever is on call"],
          "de": ["mich", "alle", "den Support", "die Buchhaltung", "das Team"],
          "fr": ["moi", "l'équipe", "la compta", "tout le monde"],
          "nl": ["mij", "de klant", "de helpdesk", "iedereen"],
          "es": ["mí", "soporte", "el equipo", "todos"],
          "it": ["me", "il supporto", "l'amministrazione", "tutti"],
          "pt": ["mim", "o suporte", "a equipa", "todos"]}


def assign_value(lg):
    g, s = person(lg)
    return [s.lower(), s.lower(), s.lower(), (g + " " + s).lower()][rng.randrange(4)]


def assignlow(n):
    lg = ["en", "de", "fr", "nl", "es", "it", "pt"][n % 7]
    d = D(lg, "assignlow")
    tpl = rng.choice(AS_TPL[lg])
    k = rng.randrange(4)
    if k == 0:
        d.t("%s  %s. " % (stamp(), rng.choice(["Status: Open", "Status: In Progress", "Priority: High"])))
    elif k == 1:
        d.t('{"key": "OPS-%d", "comment": "' % rng.randint(100, 9999))
    elif k == 2:
        d.t({"en": "Hi all,\n\n", "de": "Hallo zusammen,\n\n", "fr": "Bonjour à tous,\n\n", "nl": "Hoi allemaal,\n\n",
             "es": "Hola a todos,\n\n", "it": "Ciao a tutti,\n\n", "pt": "Olá a todos,\n\n"}[lg])
    fill(d, tpl, "PERSON", assign_value(lg))
    if k == 1:
        d.t('"}')
    if rng.random() < 0.6:
        t2 = rng.choice(AS_TPL[lg])
        j = t2.index("{P}")
        d.t(" " + t2[:j]).neg("TEAM", rng.choice(AS_NEG[lg])).t(t2[j + 3:])
    d.t("\n")
    d.done()


# ---- payerext ----------------------------------------------------------------------------------
PX_LAB = {"pl": ["PŁATNIK", "WPŁACAJĄCY", "WŁAŚCICIEL RACHUNKU", "ZLECENIODAWCA", "ODBIORCA"],
          "cs": ["PŘÍKAZCE", "PŘÍJEMCE", "PLÁTCE", "MAJITEL ÚČTU", "ODESÍLATEL"],
          "sk": ["PLATITEĽ", "PRÍJEMCA", "ODOSIELATEĽ", "MAJITEĽ ÚČTU"],
          "ro": ["PLĂTITOR", "BENEFICIAR", "ORDONATOR", "TITULAR CONT", "EXPEDITOR"],
          "hu": ["BEFIZETŐ", "KEDVEZMÉNYEZETT", "FELADÓ", "SZÁMLATULAJDONOS", "KÖTELEZETT"],
          "tr": ["GÖNDERİCİ", "ALICI", "HESAP SAHİBİ", "ÖDEYEN", "BORÇLU"]}
PX_NEG = {"pl": ["URZĄD SKARBOWY WARSZAWA-MOKOTÓW", "ZAKŁAD UBEZPIECZEŃ SPOŁECZNYCH", "PGE OBRÓT S.A."],
          "cs": ["FINANČNÍ ÚŘAD PRO HL. M. PRAHU", "ČEZ PRODEJ, A.S.", "PRAŽSKÉ VODOVODY A KANALIZACE"],
          "sk": ["DAŇOVÝ ÚRAD BRATISLAVA", "SLOVENSKÁ SPORITEĽŇA, A.S.", "ZÁPADOSLOVENSKÁ ENERGETIKA"],
          "ro": ["ADMINISTRAȚIA FINANȚELOR PUBLICE", "ENEL ENERGIE MUNTENIA SA", "DIGI ROMÂNIA SA"],
          "hu": ["NEMZETI ADÓ- ÉS VÁMHIVATAL", "MVM NEXT ENERGIAKERESKEDELMI ZRT.", "FŐTÁV ZRT."],
          "tr": ["VERGİ DAİRESİ BAŞKANLIĞI", "TÜRK TELEKOMÜNİKASYON A.Ş.", "İSKİ GENEL MÜDÜRLÜĞÜ"]}
PX_AMT = {"pl": "KWOTA: %d,00 PLN", "cs": "ČÁSTKA: %d,00 CZK", "sk": "SUMA: %d,00 EUR", "ro": "SUMA: %d,00 LEI",
          "hu": "ÖSSZEG: %d Ft", "tr": "TUTAR: %d,00 TL"}
PX_MSG = {"pl": "TYTUŁ: CZYNSZ ZA MARZEC", "cs": "ZPRÁVA PRO PŘÍJEMCE: NÁJEM BŘEZEN", "sk": "SPRÁVA: NÁJOM MAREC",
          "ro": "DETALII: CHIRIE MARTIE", "hu": "KÖZLEMÉNY: BÉRLETI DÍJ MÁRCIUS", "tr": "AÇIKLAMA: MART KİRASI"}


def caps_sg(lg):
    g, s = person(lg)
    return up(lg, s + " " + g) if rng.random() < 0.75 else up(lg, g + " " + s)


def payerext(n):
    lg = list(PX_LAB)[n % len(PX_LAB)]
    d = D(lg, "payerext")
    labs = rng.sample(PX_LAB[lg], 2)
    k = rng.randrange(4)
    if k == 0:
        d.t(labs[0] + ": ").span("PERSON", caps_sg(lg)).t("\n" + PX_AMT[lg] % rng.randint(50, 9000) + "\n" + PX_MSG[lg] + "\n")
    elif k == 1:
        d.t("%02d.%02d.2024  %s: " % (rng.randint(1, 28), rng.randint(1, 12), labs[0])).span("PERSON", caps_sg(lg))
        d.t("  " + PX_AMT[lg] % rng.randint(50, 9000) + "\n")
    elif k == 2:
        d.t(labs[0] + ": ").span("PERSON", caps_sg(lg)).t("\n" + labs[1] + ": ").span("PERSON", caps_sg(lg)).t("\n")
    else:
        d.t(labs[0] + ":  ").span("PERSON", caps_sg(lg)).t("    " + PX_MSG[lg] + "\n")
    if rng.random() < 0.6:
        d.t(rng.choice(PX_LAB[lg]) + ": ").neg("ORG", rng.choice(PX_NEG[lg])).t("\n")
    d.done()


# ---- monthgiven --------------------------------------------------------------------------------
MG_GIVEN = {"pl": ["JAN"], "cs": ["JAN"], "nl": ["JAN"], "da": ["JAN", "AUGUST", "MAJ"], "sv": ["JAN", "AUGUST", "MAJ"],
            "no": ["JAN", "AUGUST"], "de": ["JAN", "AUGUST"], "en": ["MAY", "JUNE", "APRIL", "AUGUST"]}
MG_ROW = ["{P}  {CC}  {DEP}-{ARR}  SEAT {SEAT}", "{I}. {P}   {CC}   ADT", "{I}  {P}  {CC}  {BOOK}"]
MG_LAB = {"pl": "NAZWISKO I IMIĘ", "cs": "PŘÍJMENÍ A JMÉNO", "nl": "NAAM", "da": "NAVN", "sv": "NAMN", "no": "NAVN",
          "de": "NAME, VORNAME", "en": "NAME"}
MG_NEG = ["JAN 2024", "15 JAN 2024", "MAY 2024", "JAN-MAR 2024", "AUGUST 2023", "03 JUN 2024", "APR 2025"]
MG_NEGCTX = {"pl": "OKRES: ", "cs": "OBDOBÍ: ", "nl": "PERIODE: ", "da": "PERIODE: ", "sv": "PERIOD: ", "no": "PERIODE: ",
             "de": "ZEITRAUM: ", "en": "STATEMENT PERIOD: "}


def mg_name(lg):
    g, s = person(lg)
    return up(lg, s) + " " + rng.choice(MG_GIVEN[lg])


def monthgiven(n):
    lg = list(MG_GIVEN)[n % len(MG_GIVEN)]
    d = D(lg, "monthgiven")
    k = rng.randrange(3)
    if k == 0:
        d.t("PAX LIST %s %s\n" % (rng.choice(["LH1347", "LO379", "SK1674", "KL1856", "BA0875"]),
                                 rng.choice(["12MAR", "03JUN", "21SEP"])))
        for i in range(rng.choice((1, 2, 2, 3))):
            row = rng.choice(MG_ROW)
            a, b = row.split("{P}")
            a = a.replace("{I}", str(i + 1))
            d.t(a).span("PERSON", mg_name(lg))
            d.t(b.replace("{CC}", rng.choice(["PL", "CZ", "NL", "DK", "SE", "NO", "DE", "GB"]))
                .replace("{DEP}", rng.choice(["WAW", "PRG", "AMS", "CPH"])).replace("{ARR}", rng.choice(["FRA", "LHR", "OSL"]))
                .replace("{SEAT}", "%d%s" % (rng.randint(1, 30), rng.choice("ACDF")))
                .replace("{BOOK}", "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))) + "\n")
    elif k == 1:
        d.t(MG_LAB[lg] + ": ").span("PERSON", mg_name(lg)).t("\n")
    else:
        d.t("| %d | " % rng.randint(1, 40)).span("PERSON", mg_name(lg)).t(" | %s |\n" % rng.choice(["OK", "PAID", "-", "x"]))
    if rng.random() < 0.75:
        d.t(MG_NEGCTX[lg]).neg("DATE", rng.choice(MG_NEG)).t("\n")
    d.done()


# ---- pipelabel ---------------------------------------------------------------------------------
PL_LAB = {"da": (["Afsender", "Modtager", "Betaler", "Ansøger"], ("Felt", "Værdi")),
          "sv": (["Avsändare", "Mottagare", "Betalare", "Sökande"], ("Fält", "Värde")),
          "no": (["Avsender", "Mottaker", "Betaler", "Søker"], ("Felt", "Verdi")),
          "pl": (["Nadawca", "Odbiorca", "Płatnik", "Wnioskodawca"], ("Pole", "Wartość")),
          "cs": (["Odesílatel", "Příjemce", "Plátce", "Žadatel"], ("Pole", "Hodnota")),
          "de": (["Absender", "Empfänger", "Zahler", "Antragsteller"], ("Feld", "Wert")),
          "nl": (["Afzender", "Ontvanger", "Betaler", "Aanvrager"], ("Veld", "Waarde")),
          "fr": (["Expéditeur", "Destinataire", "Payeur", "Demandeur"], ("Champ", "Valeur"))}
PL_NEG = {"da": ["PostNord Danmark A/S", "SKAT", "Danske Bank A/S"], "sv": ["PostNord Sverige AB", "Skatteverket", "Telia"],
          "no": ["Posten Norge AS", "Skatteetaten", "DNB Bank ASA"], "pl": ["Poczta Polska S.A.", "Urząd Skarbowy", "InPost"],
          "cs": ["Česká pošta, s.p.", "Finanční úřad", "ČEZ, a.s."], "de": ["DHL Paket GmbH", "Finanzamt Köln-Mitte", "Stadtwerke Bonn"],
          "nl": ["PostNL", "Belastingdienst", "Eneco"], "fr": ["La Poste", "DGFiP", "EDF"]}


def pl_value(lg):
    g, s = person(lg)
    r = rng.random()
    return g + " " + s if r < 0.6 else (up(lg, g + " " + s) if r < 0.8 else s + ", " + g)


def pipelabel(n):
    lg = list(PL_LAB)[n % len(PL_LAB)]
    d = D(lg, "pipelabel")
    labs, head = PL_LAB[lg]
    k = rng.randrange(3)
    if k == 0:
        d.t("| %s | %s |\n|---|---|\n" % head)
    elif k == 1:
        d.t("| %s        | %s |\n| --------- | ------ |\n" % head)
    rows = rng.sample(labs, rng.choice((1, 2, 2)))
    for lab in rows:
        d.t("| %s | " % lab).span("PERSON", pl_value(lg)).t(" |\n")
    d.t("| %s | %s |\n" % (rng.choice(["Ref", "Nr.", "ID"]), rng.randint(10000, 99999)))
    if rng.random() < 0.6:
        d.t("| %s | " % rng.choice(labs)).neg("ORG", rng.choice(PL_NEG[lg])).t(" |\n")
    d.done()


# ---- applicant / applicanttab -----------------------------------------------------------------
AP_LAB = {"no": ["Søker", "Innehaver"], "da": ["Ansøger", "Indehaver", "Søger"], "sv": ["Sökande", "Innehavare"],
          "fi": ["Hakija", "Haltija"], "pl": ["Wnioskodawca", "Wnioskodawczyni"], "cs": ["Žadatel", "Žadatelka"],
          "hu": ["Kérelmező"], "tr": ["Başvuran", "Başvuru sahibi"], "ro": ["Solicitant", "Titular"]}
AP_TEMPLATE = {"no": "Etternavn, Fornavn", "da": "Efternavn, Fornavn", "sv": "Efternamn, Förnamn", "fi": "Sukunimi, Etunimi",
               "pl": "Nazwisko, Imię", "cs": "Příjmení, Jméno", "hu": "Vezetéknév, Utónév", "tr": "Soyadı, Adı",
               "ro": "Nume, Prenume"}
AP_FIRM = {"no": ["Bakke Bygg AS", "Haugen Eiendom AS"], "da": ["Lund Byg ApS", "Madsen Transport A/S"],
           "sv": ["Holm Bygg AB", "Nyberg Fastigheter AB"], "fi": ["Virtanen Rakennus Oy", "Korhonen Ky"],
           "pl": ["Nowak Sp. z o.o.", "Mazur i Synowie S.A."], "cs": ["Stavby Novák s.r.o.", "Dvořák a syn, a.s."],
           "hu": ["Kovács és Társa Kft.", "Nagy Építő Zrt."], "tr": ["Yılmaz İnşaat A.Ş.", "Kaya Ltd. Şti."],
           "ro": ["Popescu Construct SRL", "Ionescu Impex S.A."]}
AP_HEAD = {"no": "SØKNAD OM BYGGETILLATELSE", "da": "ANSØGNING OM TILLADELSE", "sv": "ANSÖKAN OM BYGGLOV",
           "fi": "HAKEMUS", "pl": "WNIOSEK O WYDANIE ZEZWOLENIA", "cs": "ŽÁDOST O VYDÁNÍ POVOLENÍ", "hu": "KÉRELEM",
           "tr": "BAŞVURU FORMU", "ro": "CERERE DE AUTORIZARE"}


def ap_value(lg, comma):
    g, s = person(lg)
    if comma:
        return s + ", " + g
    return s + " " + g if lg == "hu" else g + " " + s


def applicant(n):
    lg = list(AP_LAB)[n % len(AP_LAB)]
    d = D(lg, "applicant")
    lab = rng.choice(AP_LAB[lg])
    k = rng.randrange(3)
    if k == 0:
        d.t(AP_HEAD[lg] + "\n\n")
    elif k == 1:
        d.t("Ref. %d/%d\n" % (rng.randint(10, 999), rng.choice((2023, 2024))))
    d.t(lab + ": ").span("PERSON", ap_value(lg, rng.random() < 0.75)).t("\n")
    if rng.random() < 0.35:
        d.t(rng.choice(AP_LAB[lg]) + ": ").span("PERSON", ap_value(lg, True)).t("\n")
    if rng.random() < 0.65:
        if rng.random() < 0.5:
            d.t(lab + ": ").neg("ORG", rng.choice(AP_FIRM[lg])).t("\n")
        else:
            d.t(lab + ": ").neg("FIELD", AP_TEMPLATE[lg]).t("\n")
    d.done()


def applicanttab(n):
    lg = list(AP_LAB)[n % len(AP_LAB)]
    d = D(lg, "applicanttab")
    lab = rng.choice(AP_LAB[lg])
    tabs = rng.choice(["\t", "\t", "\t\t", " \t"])
    k = rng.randrange(3)
    if k == 0:
        d.t(AP_HEAD[lg] + "\n")
    d.t(lab + ":" + tabs).span("PERSON", ap_value(lg, rng.random() < 0.8))
    tail = rng.choice(["\t(ID %d)" % rng.randint(1000, 99999), "\tNr %d" % rng.randint(1000, 99999), "\t%d" % rng.randint(1000, 99999),
                       ""])
    d.t(tail + "\n")
    if rng.random() < 0.4:
        d.t(rng.choice(AP_LAB[lg]) + ":" + tabs).span("PERSON", ap_value(lg, True)).t("\t(ID %d)\n" % rng.randint(1000, 99999))
    if rng.random() < 0.6:
        if rng.random() < 0.5:
            d.t(lab + ":" + tabs).neg("ORG", rng.choice(AP_FIRM[lg])).t("\t(ID %d)\n" % rng.randint(1000, 99999))
        else:
            d.t(lab + ":" + tabs).neg("FIELD", AP_TEMPLATE[lg]).t("\n")
    d.done()


# ---- signer ------------------------------------------------------------------------------------
SG = {"de": (["Mit freundlichen Grüßen", "Freundliche Grüße"], ["i.A.", "i.V.", "ppa.", "i. A.", "i. V."],
             "Weber & Partner GmbH"),
      "en": (["Yours faithfully,", "Kind regards,"], ["p.p.", "pp", "p.p"], "Ashworth Lettings Ltd"),
      "da": (["Med venlig hilsen"], ["p.o.", "pp."], "Lund Ejendomme ApS"),
      "no": (["Med vennlig hilsen"], ["p.o.", "pp."], "Bakke Regnskap AS"),
      "nl": (["Met vriendelijke groet,", "Hoogachtend,"], ["i.o.", "p.o."], "Visser Advocaten B.V."),
      "pl": (["Z poważaniem"], ["z up.", "Z up."], "Mazur Sp. z o.o."),
      "cs": (["S pozdravem"], ["v.z.", "v. z."], "Novák Reality s.r.o.")}
SG_NEG = {"de": [("i.A. ", "der Geschäftsführung", "", "WORD"), ("§ 823 Abs. 1 i.V.m. ", "Art. 2 GG", "", "CODE"),
                 ("ppa. ", "Weber & Partner GmbH", "", "ORG")],
          "en": [("see pp. ", "12–15", "", "CODE"), ("p.p. ", "Ashworth Lettings Ltd", "", "ORG"), ("pp. ", "214-220", "", "CODE")],
          "da": [("p.o. ", "Lund Ejendomme ApS", "", "ORG"), ("se s. ", "12", "", "CODE")],
          "no": [("p.o. ", "Bakke Regnskap AS", "", "ORG")],
          "nl": [("i.o. ", "de directie", "", "WORD"), ("p.o. ", "Visser Advocaten B.V.", "", "ORG")],
          "pl": [("z up. ", "Zarządu", "", "WORD"), ("z up. ", "Mazur Sp. z o.o.", "", "ORG")],
          "cs": [("v.z. ", "Novák Reality s.r.o.", "", "ORG"), ("v.z. ", "jednatele", "", "WORD")]}
SG_BODY = {"de": "anbei erhalten Sie die Unterlagen.", "en": "please find the signed lease enclosed.",
           "da": "vedlagt finder du dokumenterne.", "no": "vedlagt følger dokumentene.", "nl": "bijgaand de stukken.",
           "pl": "w załączeniu przesyłamy dokumenty.", "cs": "v příloze zasíláme dokumenty."}


def sg_value(lg):
    g, s = person(lg)
    return g + " " + s if rng.random() < 0.75 else g[0] + ". " + s


def signer(n):
    lg = list(SG)[n % len(SG)]
    d = D(lg, "signer")
    closes, marks, firm = SG[lg]
    k = rng.randrange(3)
    if k == 0:
        d.t(SG_BODY[lg] + "\n\n" + rng.choice(closes) + "\n\n" + rng.choice(marks) + " ").span("PERSON", sg_value(lg))
        d.t("\n" + firm + "\n")
    elif k == 1:
        d.t(rng.choice(closes) + "\n" + firm + "\n" + rng.choice(marks) + " ").span("PERSON", sg_value(lg)).t("\n")
    else:
        d.t(rng.choice(closes) + "\n\n" + rng.choice(marks) + " ").span("PERSON", sg_value(lg))
        d.t(", %s\n" % rng.choice(["Prokurist", "Office Manager", "Sachbearbeiterin", "Kontorchef", "Manager"]))
    if rng.random() < 0.6:
        a, v, b, kind = rng.choice(SG_NEG[lg])
        d.neg(kind, v, "\n" + a, b + "\n")
    d.done()


# ---- techfirm ----------------------------------------------------------------------------------
TF = {"en": (["Technician", "Engineer", "Service technician"], ["Northside Heating Ltd", "Brightwell Electrical Ltd",
                                                                 "Apex Lift Services Ltd"]),
      "de": (["Techniker", "Monteur", "Servicetechniker"], ["Kältetechnik Nord GmbH", "Elektro Brandt GmbH & Co. KG",
                                                            "Aufzugsdienst Süd GmbH"]),
      "fr": (["Technicien", "Intervenant"], ["Dépannage Express SARL", "Chauffage Moreau et Fils SAS", "Ascenseurs Rhône SA"]),
      "nl": (["Monteur", "Technicus"], ["Installatiebedrijf De Boer B.V.", "Liftservice Noord B.V.", "Jansen Klimaat B.V."]),
      "it": (["Tecnico", "Manutentore"], ["Idraulica Galli S.r.l.", "Termoservice S.n.c.", "Ascensori Lombardi S.p.A."]),
      "es": (["Técnico", "Operario"], ["Climatización Levante S.L.", "Ascensores Norte S.A.", "Fontanería Serrano S.L."])}
TF_HEAD = {"en": "SERVICE REPORT", "de": "SERVICEBERICHT", "fr": "RAPPORT D'INTERVENTION", "nl": "WERKBON",
           "it": "RAPPORTO DI INTERVENTO", "es": "PARTE DE TRABAJO"}


def techfirm(n):
    lg = list(TF)[n % len(TF)]
    d = D(lg, "techfirm")
    labs, firms = TF[lg]
    lab = rng.choice(labs)
    if rng.random() < 0.5:
        d.t("%s %d\n" % (TF_HEAD[lg], rng.randint(1000, 9999)))
    sep = rng.choice([", ", ", ", " - ", " / "])
    d.t(lab + ": ").span("PERSON", full(lg)).t(sep).neg("ORG", rng.choice(firms)).t("\n")
    if rng.random() < 0.4:
        d.t(rng.choice(labs) + ": ").neg("ORG", rng.choice(firms)).t("\n")
    d.done()


# ---- commarest ---------------------------------------------------------------------------------
CR = {"it": (["Titolare", "Intestatario", "Conduttore"], ["int. 5", "scala B", "3° piano", "tel. 02 4471 2290"], "Cognome, Nome",
             "Galli Immobiliare S.r.l."),
      "nl": (["Huurder", "Bewoner", "Eigenaar"], ["3 hoog", "2e etage", "bus 4", "tel. 020 555 0192"], "Achternaam, Voornaam",
             "Woonstichting De Key"),
      "de": (["Mieter", "Inhaber", "Eigentümer"], ["2. OG links", "Whg. 7", "Hinterhaus", "Tel. 030 1234567"], "Nachname, Vorname",
             "Brandt Immobilien GmbH"),
      "fr": (["Locataire", "Titulaire", "Propriétaire"], ["3e étage", "bât. B", "apt 12", "tél. 01 44 55 66 77"], "Nom, Prénom",
             "SCI Fontaine"),
      "es": (["Inquilino", "Titular", "Propietario"], ["2º B", "bajo izq.", "puerta 3", "tel. 912 345 678"], "Apellidos, Nombre",
             "Inmobiliaria Serrano S.L."),
      "en": (["Tenant", "Holder", "Occupant"], ["Flat 3", "2nd floor", "Unit 4B", "tel. 020 7946 0018"], "Surname, First name",
             "Pemberton Estates Ltd")}


def rest(d, r):
    """Appends a flat, floor or phone part; a phone's number is labelled (it is the person's)."""
    if r[:3].lower() in ("tel", "tél"):
        i = r.index(" ") + 1
        return d.t(r[:i]).span("PHONE_NUMBER", r[i:])
    return d.t(r)


def commarest(n):
    lg = list(CR)[n % len(CR)]
    d = D(lg, "commarest")
    labs, rests, tmpl, firm = CR[lg]
    g, s = person(lg)
    dash = rng.choice([" – ", " - ", " — ", ", "])
    d.t("Ref. %d%s%s: " % (rng.randint(100, 999), dash, rng.choice(labs))).span("PERSON", s + ", " + g)
    rest(d.t(", "), rng.choice(rests)).t("\n")
    if rng.random() < 0.3:
        g2, s2 = person(lg)
        d.t("Ref. %d%s%s: " % (rng.randint(100, 999), dash, rng.choice(labs))).span("PERSON", s2 + ", " + g2)
        rest(d.t(", "), rng.choice(rests)).t("\n")
    if rng.random() < 0.6:
        d.t("Ref. %d%s%s: " % (rng.randint(100, 999), dash, rng.choice(labs)))
        if rng.random() < 0.5:
            rest(d.neg("ORG", firm).t(", "), rng.choice(rests)).t("\n")
        else:
            d.neg("FIELD", tmpl).t(", ...\n")
    d.done()


# ---- kidslist / teamlist -----------------------------------------------------------------------
GIVENS = {"en": ["Mia", "Noah", "Lena", "Oliver", "Amelia", "Isla", "Jack", "Freddie", "Priya", "Ava", "Leo", "Grace"],
          "de": ["Jonas", "Emma", "Ben", "Lea", "Mia", "Finn", "Hanna", "Paul", "Emil", "Lina", "Greta", "Theo"],
          "fr": ["Léa", "Hugo", "Chloé", "Louis", "Inès", "Jules", "Manon", "Lucas", "Zoé", "Gabriel", "Jade"],
          "nl": ["Daan", "Sem", "Lotte", "Tess", "Noor", "Bram", "Fenna", "Luuk", "Julia", "Mees", "Saar"],
          "es": ["Lucía", "Hugo", "Martín", "Sofía", "Mateo", "Valeria", "Leo", "Alba", "Pablo", "Daniela"],
          "it": ["Sofia", "Leonardo", "Giulia", "Francesco", "Aurora", "Tommaso", "Ginevra", "Alessandro", "Beatrice"],
          "sv": ["Elsa", "Liam", "Maja", "Hugo", "Alice", "Nils", "Saga", "Elias", "Astrid"],
          "pl": ["Zuzanna", "Antoni", "Julia", "Jan", "Hanna", "Franciszek", "Lena", "Szymon"]}
AND = {"en": "and", "de": "und", "fr": "et", "nl": "en", "es": "y", "it": "e", "sv": "och", "pl": "i"}
KIDS = {"en": ["Kids", "Children"], "de": ["Kinder"], "fr": ["Enfants"], "nl": ["Kinderen"], "es": ["Hijos"],
        "it": ["Figli"], "sv": ["Barn"], "pl": ["Dzieci"]}
KIDS_NEG = {"en": ["3", "none", "2 (ages 4 and 7)", "yes"], "de": ["2", "keine", "3 (6, 9, 12 Jahre)"], "fr": ["2", "aucun"],
            "nl": ["2", "geen"], "es": ["3", "ninguno"], "it": ["2", "nessuno"], "sv": ["2", "inga"], "pl": ["2", "brak"]}
TEAM = {"en": ["Present", "Attendees", "Participants"], "de": ["Teilnehmer", "Anwesend", "Teilnehmende"],
        "fr": ["Participants", "Présents"], "nl": ["Deelnemers", "Aanwezig"], "es": ["Asistentes", "Participantes"],
        "it": ["Partecipanti", "Presenti"], "sv": ["Deltagare", "Närvarande"], "pl": ["Uczestnicy", "Obecni"]}
TEAM_NEG = {"en": ["Marketing", "Sales", "Legal", "Finance"], "de": ["Vertrieb", "Einkauf", "Personal", "Technik"],
            "fr": ["Marketing", "Ventes", "Juridique", "Finance"], "nl": ["Inkoop", "Verkoop", "Juridisch", "Financiën"],
            "es": ["Ventas", "Compras", "Legal", "Finanzas"], "it": ["Vendite", "Acquisti", "Legale", "Amministrazione"],
            "sv": ["Ekonomi", "Försäljning", "Inköp", "HR"], "pl": ["Sprzedaż", "Zakupy", "Księgowość", "Kadry"]}
TEAM_NUM = {"en": "12", "de": "12", "fr": "14", "nl": "9", "es": "11", "it": "10", "sv": "8", "pl": "15"}
INV_GIVEN = {"en": ["Brannick", "Torwen"], "de": ["Kelwin", "Maube"], "fr": ["Sarvel", "Quelan"], "nl": ["Huiker", "Boldij"],
             "es": ["Zarmon", "Quillo"], "it": ["Brusca", "Lonvel"], "sv": ["Sigbo", "Ravi"], "pl": ["Walko", "Grosta"]}


def given_list(d, lg, k, ages):
    names = rng.sample(GIVENS[lg], k)
    if rng.random() < 0.25:
        names[rng.randrange(k)] = rng.choice(INV_GIVEN[lg])
    for i, nm in enumerate(names):
        if i:
            d.t(" %s " % AND[lg] if i == k - 1 and rng.random() < 0.6 else ", ")
        d.span("PERSON", nm)
        if ages:
            d.t(" (%d)" % rng.randint(1, 17))


def kidslist(n):
    lg = list(KIDS)[n % len(KIDS)]
    d = D(lg, "kidslist")
    lab = rng.choice(KIDS[lg])
    sep = " : " if lg == "fr" else ": "
    k = rng.randrange(3)
    if k == 0:
        d.t(rng.choice(["- ", "* ", ""]))
    elif k == 1:
        d.t("%s%s%s\n" % ({"en": "Parents", "de": "Eltern", "fr": "Parents", "nl": "Ouders", "es": "Padres",
                           "it": "Genitori", "sv": "Föräldrar", "pl": "Rodzice"}[lg], sep, "2"))
    d.t(lab + sep)
    given_list(d, lg, rng.choice((2, 3, 3, 4)), rng.random() < 0.35)
    d.t("\n")
    if rng.random() < 0.6:
        d.t(lab + sep).neg("WORD", rng.choice(KIDS_NEG[lg])).t("\n")
    d.done()


def teamlist(n):
    lg = list(TEAM)[n % len(TEAM)]
    d = D(lg, "teamlist")
    lab = rng.choice(TEAM[lg])
    sep = " : " if lg == "fr" else ": "
    k = rng.randrange(3)
    if k == 0:
        d.t("%s %02d.%02d.2024\n" % ({"en": "Minutes", "de": "Protokoll", "fr": "Compte rendu", "nl": "Notulen",
                                      "es": "Acta", "it": "Verbale", "sv": "Protokoll", "pl": "Protokół"}[lg],
                                     rng.randint(1, 28), rng.randint(1, 12)))
    elif k == 1:
        d.t("## Standup\n")
    d.t(lab + sep)
    given_list(d, lg, rng.choice((3, 4, 4, 5)), False)
    d.t("\n")
    if rng.random() < 0.6:
        if rng.random() < 0.5:
            d.t(lab + sep).neg("WORD", TEAM_NUM[lg]).t("\n")
        else:
            ts = rng.sample(TEAM_NEG[lg], 3)
            d.t(lab + sep).neg("TEAM", ts[0]).t(", ").neg("TEAM", ts[1]).t(" %s " % AND[lg]).neg("TEAM", ts[2]).t("\n")
    d.done()


# ---- decreebe ----------------------------------------------------------------------------------
DB_ORIG = [("pl", {"fr": ("Cracovie", "Pologne"), "nl": ("Krakau", "Polen"), "de": ("Krakau", "Polen")},
            (["Anna Maria", "Katarzyna", "Piotr Jan", "Agnieszka"], ["Kowalska", "Nowak", "Wiśniewski", "Zielińska"])),
           ("ma", {"fr": ("Tanger", "Maroc"), "nl": ("Tanger", "Marokko"), "de": ("Tanger", "Marokko")},
            (["Mohamed", "Fatima Zahra", "Youssef", "Khadija"], ["El Amrani", "Benali", "Bouzid", "Chaoui"])),
           ("tr", {"fr": ("Emirdağ", "Turquie"), "nl": ("Emirdağ", "Turkije"), "de": ("Emirdağ", "Türkei")},
            (["Ayşe", "Mehmet Ali", "Zeynep", "Emre"], ["Yılmaz", "Kaya", "Demir", "Öztürk"])),
           ("ro", {"fr": ("Cluj-Napoca", "Roumanie"), "nl": ("Cluj-Napoca", "Roemenië"), "de": ("Klausenburg", "Rumänien")},
            (["Andreea Elena", "Mihai", "Ioana", "Răzvan"], ["Popescu", "Ionescu", "Munteanu", "Stoica"])),
           ("cd", {"fr": ("Kinshasa", "République démocratique du Congo"), "nl": ("Kinshasa", "Democratische Republiek Congo"),
                   "de": ("Kinshasa", "Demokratische Republik Kongo")},
            (["Jean-Pierre", "Mireille", "Patrick", "Grâce"], ["Mukendi", "Kabila", "Tshibanda", "Mbuyi"])),
           ("it", {"fr": ("Palerme", "Italie"), "nl": ("Palermo", "Italië"), "de": ("Palermo", "Italien")},
            (["Giuseppe", "Francesca", "Salvatore", "Rosaria"], ["Lo Bianco", "Ferraro", "Russo", "Amato"]))]
DB_MON = {"fr": MONTHS["fr"], "nl": MONTHS["nl"], "de": MONTHS["de"]}
DB_BIRTH = {"fr": ("née à {T} ({C}) le {D}", "né à {T} ({C}) le {D}"), "nl": ("geboren te {T} ({C}) op {D}",) * 2,
            "de": ("geboren in {T} ({C}) am {D}",) * 2}
DB_LIVE = {"fr": ", demeurant à {R}.", "nl": ", wonende te {R}.", "de": ", wohnhaft in {R}."}
DB_RES = {"fr": ["Liège", "Charleroi", "Bruxelles", "Namur", "Mons"], "nl": ["Antwerpen", "Gent", "Leuven", "Hasselt"],
          "de": ["Eupen", "Sankt Vith", "Kelmis", "Raeren"]}
DB_LAW = {"fr": ("Loi du ", " accordant la naturalisation"), "nl": ("Wet van ", " waarbij de naturalisatie wordt verleend"),
          "de": ("Gesetz vom ", " zur Gewährung der Einbürgerung")}


def db_date(lg, y, m, dd):
    if lg == "fr":
        return ("1er" if dd == 1 else str(dd)) + " " + DB_MON[lg][m - 1] + " " + str(y)
    if lg == "de":
        return "%d. %s %d" % (dd, DB_MON[lg][m - 1], y)
    return "%d %s %d" % (dd, DB_MON[lg][m - 1], y)


def decree_line(d, lg, i):
    _, places, (gs, ss) = rng.choice(DB_ORIG)
    town, country = places[lg]
    fem = rng.random() < 0.5
    tpl = DB_BIRTH[lg][0 if fem else 1]
    nm = rng.choice(ss) + ", " + rng.choice(gs)
    d.t(rng.choice(["", "%d° " % i, "- ", "%d. " % i]))
    d.span("PERSON", nm).t(", ")
    a, rest = tpl.split("{T}")
    d.t(a)
    if rng.random() < 0.5:
        d.neg("PLACE", town)
    else:
        d.t(town)
    b, c = rest.split("{D}")
    d.t(b.replace("{C}", country)).span("DATE_OF_BIRTH", db_date(lg, rng.randint(1950, 2004), rng.randint(1, 12),
                                                                   rng.randint(1, 28)))
    d.t(c + DB_LIVE[lg].replace("{R}", rng.choice(DB_RES[lg])) + "\n")


def decreebe(n):
    lg = ["fr", "nl", "de"][n % 3]
    d = D(lg, "decreebe")
    if rng.random() < 0.6:
        a, b = DB_LAW[lg]
        d.t(a).neg("DATE", db_date(lg, rng.choice((2023, 2024)), rng.randint(1, 12), rng.randint(1, 28))).t(b + "\n\n")
    for i in range(rng.choice((1, 2, 2, 3))):
        decree_line(d, lg, i + 1)
    d.done()


CLASSES = [lonegiven, assignlow, payerext, monthgiven, pipelabel, applicant, applicanttab, signer, techfirm, commarest,
           kidslist, teamlist, decreebe]
for i in range(31 * len(CLASSES)):
    CLASSES[i % len(CLASSES)](i // len(CLASSES))

write_json(records)
