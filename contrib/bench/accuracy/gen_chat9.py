#!/usr/bin/env python3
"""gen_chat9.py: people's names in gaming, league, call-in and RSVP chats (branch `chat9`).

Written from a brief of shapes (no held-out record read), in en/de/fr/nl/es/it/pt, with real
given names and surnames (the lexicon knows them) and names invented by syllables (checked
against every word of hush's lexicon):
- IRC/Discord/clan logs: the speaker in angle brackets (`<Maria> gg`, `[21:04] <Jonas Weber> push
  mid`) or before a colon at a line's start (`Maria: omw`); gamer tags, bots and services in the
  same slots (`<xXSniperXx>`, `<n00bslayer>`, `<Bot>`, `<ChanServ>`) as NEG_HANDLE;
- kin and possessives (`Maria's sister`, `my sister Lena`, `me + Jonas`, `me and Lena`,
  `Jonas + me`, `meine Schwester Lena`, `ma sœur Lena`, `mijn zus Lena`...);
- ordered lists in chat (`in order, Maria, Jonas and Lena`, `turn order: ...`); classes, maps
  and heroes in the same lists as NEG_TERM;
- fantasy leagues: a team then its owner in parentheses (`Gunners United (Maria)`, `Hakuna
  Matata (Jonas K.)`), `Treasurer Maria`, `days: Maria`; `(City)`, `(PPR)`, `(3-1)`, `(this
  week)` after a team as NEG_TERM, the team names themselves as NEG_ORG;
- radio call-in logs: `10:41 - Maria from Leeds: ...`, `Caller: "Jonas"`, `4 - Lena (Cork)`;
  segments and places in the same slots (`10:41 - Traffic from Leeds`) as NEG_TERM/NEG_PLACE;
- RSVP and party lists: `1 - Maria Keller (vegetarian)`, `+1 (Jonas)`, `Maria x2`, `reply: yes -
  Lena`, `not yet: Jonas, Lena`; dishes and drinks `x2`, `+1 (agree)` as NEG_TERM;
- bookings in chat: `it's Maria calling`, `its Maria`, `with Lena at 3pm`, `table for 4 (Jonas)`;
  `with Zoom at 3pm`, `table for 4 (terrace)` as look-alikes;
- chat pastes whose lines open with a name and a message (`Maria eigentlich ...`, `Jonas naar
  ...`) and given names in lower case after `with`, `and`, `naar`, `con`, `a`; ordinary lower-case
  words, games, maps and weapons in the same slots as NEG_TERM.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, END7 as END  # noqa: E402
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261203 + 909)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []

GIVEN = {
    "en": ["Maria", "Oliver", "Hannah", "Jack", "Chloe", "Liam", "Sophie", "Ethan", "Megan"],
    "de": ["Jonas", "Lena", "Felix", "Katrin", "Lukas", "Anja", "Tobias", "Svenja", "Moritz"],
    "fr": ["Camille", "Mathieu", "Élodie", "Julien", "Manon", "Théo", "Léa", "Bastien"],
    "nl": ["Daan", "Sanne", "Joost", "Femke", "Bram", "Lotte", "Ruben", "Anouk", "Sem"],
    "es": ["Lucía", "Javier", "Carmen", "Pablo", "Marta", "Álvaro", "Nuria", "Diego"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Francesca", "Luca", "Sara", "Simone"],
    "pt": ["João", "Beatriz", "Tiago", "Inês", "Rui", "Mariana", "Gonçalo", "Leonor"],
}
SURNAME = {
    "en": ["Keller", "Brennan", "Walsh", "Fletcher", "Doyle", "Hughes", "Carter"],
    "de": ["Weber", "Hoffmann", "Krause", "Lindner", "Vogel", "Becker", "Schulz"],
    "fr": ["Dupont", "Moreau", "Girard", "Lefèvre", "Chevalier", "Marchand"],
    "nl": ["de Vries", "Bakker", "Visser", "Mulder", "van Dijk", "Jansen"],
    "es": ["García", "Navarro", "Romero", "Castillo", "Ortega", "Vidal"],
    "it": ["Rossi", "Bianchi", "Colombo", "Esposito", "Ricci", "Gallo"],
    "pt": ["Silva", "Ferreira", "Carvalho", "Teixeira", "Almeida", "Pereira"],
}
SYL = {"en": ["bran", "wick", "tor", "mel", "wen", "dar", "ly", "cor"],
       "de": ["bre", "win", "kel", "mau", "hol", "fen", "ri", "lo"],
       "fr": ["bel", "rou", "lan", "gau", "vel", "sar", "mi", "no"],
       "nl": ["hui", "ker", "bol", "dij", "wou", "laar", "je", "ma"],
       "es": ["zar", "mon", "qui", "llo", "bar", "cue", "ri", "na"],
       "it": ["bru", "sca", "ghi", "lon", "vel", "maz", "ri", "na"],
       "pt": ["cou", "tin", "bra", "gue", "lha", "mar", "ri", "na"]}
GIVEN_END = {"en": ["a", "en", "ie"], "de": ["a", "o", "ke"], "fr": ["ine", "e", "ien"],
             "nl": ["ke", "je", "s"], "es": ["a", "o", "ia"], "it": ["a", "o", "ia"],
             "pt": ["a", "o", "inho"]}


def invent(lg, surname):
    """A name of syllables no lexicon holds: no syllable twice, no doubled or tripled vowels."""
    while True:
        n = rng.choice((1, 2)) if surname else 2
        parts = [rng.choice(SYL[lg]) for _ in range(n)]
        w = "".join(parts) + rng.choice(END[lg] if surname else GIVEN_END[lg])
        if (w not in LEX and 4 <= len(w) <= 12 and len(set(parts)) == n and
                not re.search(r"([aeiou])\1|[aeiou]{3}|(.)\2\2", w)):
            return w[0].upper() + w[1:]


def given(lg):
    return rng.choice(GIVEN[lg]) if rng.random() < 0.6 else invent(lg, False)


def full(lg):
    s = rng.choice(SURNAME[lg]) if rng.random() < 0.6 else invent(lg, True)
    return given(lg) + " " + s


def distinct(lg, n, fn=None):
    out = []
    while len(out) < n:
        g = (fn or given)(lg)
        if g not in out:
            out.append(g)
    return out


class D(Doc):
    records = records

    def slot(self, key, kw):
        if key == "G":
            self.span("PERSON", given(self.lg))
        elif key == "F":
            self.span("PERSON", full(self.lg))
        elif key in kw:
            lab, v = kw[key]
            self.span(lab, v)
        else:
            raise ValueError(key)


def P(v):
    return ("PERSON", v)


# ---- 1. IRC / Discord / clan logs ---------------------------------------------------------------
MSG = {
    "en": ["gg", "push mid", "omw", "rotate B", "need heals", "brb 5", "anyone up for ranked?",
           "nice clutch", "who's on tonight", "lag again lol"],
    "de": ["gg", "mid pushen", "bin gleich da", "brauche heal", "wer ist heute dabei?",
           "lag schon wieder", "nice clutch"],
    "fr": ["gg", "on push mid", "j'arrive", "besoin de heal", "qui joue ce soir ?",
           "encore du lag", "bien joué"],
    "nl": ["gg", "mid pushen", "ben onderweg", "heal nodig", "wie speelt er vanavond?",
           "weer lag", "mooie clutch"],
    "es": ["gg", "push mid", "voy", "necesito curas", "¿quién juega esta noche?",
           "otra vez lag", "buen clutch"],
    "it": ["gg", "push mid", "arrivo", "mi serve heal", "chi gioca stasera?", "ancora lag",
           "bella clutch"],
    "pt": ["gg", "push mid", "tô indo", "preciso de cura", "quem joga hoje?", "lag de novo",
           "boa clutch"],
}
TAGS = ["xXSniperXx", "n00bslayer", "Bot", "ChanServ", "NickServ", "MEE6", "Dyno", "DarkL0rd99",
        "xX_Reaper_Xx", "ProGamer2000", "Carl-bot", "HeadshotHero", "sn1perwolf", "TTV_Frag",
        "GG_EZ", "Nightbot", "StreamElements", "t0xic_kid"]


def gen_irc():
    for lg in LANGS:
        for form in range(6):
            d = D(lg, "irc_" + ["angle", "time_angle", "colon", "angle_full", "colon_full",
                                "discord"][form])
            people = distinct(lg, 3, full if form in (3, 4) else given)
            h, m = rng.randint(18, 23), rng.randint(0, 50)
            for k in range(5):
                who = people[k % 3] if k != 3 else None
                msg = rng.choice(MSG[lg])
                stamp = "[%02d:%02d] " % (h, m + k) if form in (1, 3) else ""
                if who is None:
                    tag = rng.choice(TAGS)
                    if form in (2, 4):
                        d.t(stamp).span("NEG_HANDLE", tag).t(": " + msg + "\n")
                    elif form == 5:
                        d.span("NEG_HANDLE", tag).t(" — Today at %d:%02d PM\n%s\n" % (
                            h - 12, m + k, msg))
                    else:
                        d.t(stamp + "<").span("NEG_HANDLE", tag).t("> " + msg + "\n")
                    continue
                if form in (2, 4):
                    d.t(stamp).span("PERSON", who).t(": " + msg + "\n")
                elif form == 5:
                    d.span("PERSON", who).t(" — Today at %d:%02d PM\n%s\n" % (h - 12, m + k, msg))
                else:
                    d.t(stamp + "<").span("PERSON", who).t("> " + msg + "\n")
            d.done()
        # a clan log of tags only: nobody is a person
        d = D(lg, "irc_tags_only")
        for k in range(4):
            d.t("[%02d:%02d] <" % (21, 10 + k)).span("NEG_HANDLE", rng.choice(TAGS)).t(
                "> " + rng.choice(MSG[lg]) + "\n")
        d.done()
        d = D(lg, "irc_tags_colon")
        for k in range(4):
            d.span("NEG_HANDLE", rng.choice(TAGS)).t(": " + rng.choice(MSG[lg]) + "\n")
        d.done()


# ---- 2. kin and possessives ---------------------------------------------------------------------
KIN = {
    "en": [("my sister ", " is coming too"), ("my brother ", " can't make it"),
           ("my cousin ", " wants in"), ("my gf ", " says hi")],
    "de": [("meine Schwester ", " kommt auch"), ("mein Bruder ", " kann nicht"),
           ("mein Cousin ", " will mitspielen")],
    "fr": [("ma sœur ", " vient aussi"), ("mon frère ", " peut pas"),
           ("mon cousin ", " veut jouer")],
    "nl": [("mijn zus ", " komt ook"), ("mijn broer ", " kan niet"),
           ("mijn neef ", " wil meedoen")],
    "es": [("mi hermana ", " también viene"), ("mi hermano ", " no puede"),
           ("mi primo ", " quiere jugar")],
    "it": [("mia sorella ", " viene anche lei"), ("mio fratello ", " non può"),
           ("mio cugino ", " vuole giocare")],
    "pt": [("minha irmã ", " também vem"), ("meu irmão ", " não pode"),
           ("meu primo ", " quer jogar")],
}
POSS = {"en": "'s sister is driving", "de": "s Schwester fährt", "fr": None, "nl": "'s zus rijdt",
        "es": None, "it": None, "pt": None}
DUO = {"en": ["me + {G} vs the rest", "me and {G} are in", "{G} + me on duo queue",
              "{G} and me will bring chips"],
       "de": ["ich + {G} gegen den Rest", "ich und {G} sind dabei", "{G} + ich im Duo"],
       "fr": ["moi + {G} contre le reste", "moi et {G} on est là", "{G} + moi en duo"],
       "nl": ["ik + {G} tegen de rest", "ik en {G} doen mee", "{G} + ik in duo"],
       "es": ["yo + {G} contra el resto", "yo y {G} nos apuntamos", "{G} + yo en dúo"],
       "it": ["io + {G} contro tutti", "io e {G} ci siamo", "{G} + io in duo"],
       "pt": ["eu + {G} contra o resto", "eu e {G} estamos dentro", "{G} + eu no duo"]}
DUO_NEG = {"en": [("me + ", "Discord", " tonight"), ("me and ", "Ranked", " don't mix"),
                  ("my sister ", "Switch", " is broken"), ("", "Chrome", "'s settings reset")],
           "de": [("ich + ", "Discord", " heute"), ("meine Schwester ", "Switch", " ist kaputt")],
           "fr": [("moi + ", "Discord", " ce soir"), ("ma sœur ", "Switch", " est cassée")],
           "nl": [("ik + ", "Discord", " vanavond"), ("mijn zus ", "Switch", " is kapot")],
           "es": [("yo + ", "Discord", " esta noche"), ("mi hermana ", "Switch", " está rota")],
           "it": [("io + ", "Discord", " stasera"), ("mia sorella ", "Switch", " è rotta")],
           "pt": [("eu + ", "Discord", " hoje"), ("minha irmã ", "Switch", " quebrou")]}


def gen_kin():
    for lg in LANGS:
        for a, b in KIN[lg]:
            D(lg, "kin").t(a).fill("{G}").t(b + "\n").done()
        if POSS[lg]:
            D(lg, "possessive").fill("{G}").t(POSS[lg] + "\n").done()
            D(lg, "possessive").t("ok so ").fill("{G}").t(POSS[lg] + " tomorrow\n").done()
        for tpl in DUO[lg]:
            D(lg, "duo").fill(tpl).t("\n").done()
        for a, w, b in DUO_NEG[lg]:
            D(lg, "duo_neg").t(a).span("NEG_PRODUCT", w).t(b + "\n").done()


# ---- 3. ordered lists in chat --------------------------------------------------------------------
ORDER = {"en": ["in order, ", "turn order: ", "draft order: ", "pick order is "],
         "de": ["Reihenfolge: ", "der Reihe nach: "], "fr": ["dans l'ordre : ", "ordre de jeu : "],
         "nl": ["volgorde: ", "op volgorde: "], "es": ["en orden: ", "orden de turno: "],
         "it": ["in ordine: ", "ordine dei turni: "], "pt": ["por ordem: ", "ordem dos turnos: "]}
AND = {"en": " and ", "de": " und ", "fr": " et ", "nl": " en ", "es": " y ", "it": " e ",
       "pt": " e "}
ORDER_NEG = [["Fighter", "Wizard", "Rogue"], ["Dust", "Mirage", "Inferno"],
             ["Tank", "Healer", "Support"], ["Bronze", "Silver", "Gold"]]


def gen_order():
    for lg in LANGS:
        for lead in ORDER[lg]:
            d = D(lg, "order").t(lead)
            ns = distinct(lg, rng.choice((3, 4)))
            for k, n in enumerate(ns):
                if k:
                    d.t(AND[lg] if k == len(ns) - 1 else ", ")
                d.span("PERSON", n)
            d.t("\n").done()
        lead = ORDER[lg][0]
        d = D(lg, "order_neg").t(lead)
        ns = rng.choice(ORDER_NEG)
        for k, n in enumerate(ns):
            if k:
                d.t(AND[lg] if k == len(ns) - 1 else ", ")
            d.span("NEG_TERM", n)
        d.t("\n").done()


# ---- 4. fantasy leagues -------------------------------------------------------------------------
TEAMS = ["Gunners United", "Hakuna Matata", "Expected Toulouse", "Kroos Control",
         "Wonders of Ødegaard", "Dead Ball Specialists", "Ctrl Alt Defeat", "Show Me the Mané",
         "Bayern Bru", "Les Bleus Rapides", "Oranje Boven", "Los Galácticos FC", "Forza Tifosi",
         "Saudade FC", "Slow Motion Sevilla", "Net Busters"]
LOOK_PAREN = ["City", "PPR", "3-1", "this week", "1st", "C", "Bye", "playoffs", "12 pts", "IR",
              "trade", "London"]
LEAGUE_LAB = {"en": ["Treasurer ", "Commissioner "], "de": ["Kassenwart ", "Kassiererin "],
              "fr": ["Trésorier ", "Trésorière "], "nl": ["Penningmeester ", "Voorzitter "],
              "es": ["Tesorero ", "Tesorera "], "it": ["Tesoriere ", "Tesoriera "],
              "pt": ["Tesoureiro ", "Tesoureira "]}
DAYS = {"en": ["days: ", "payout: ", "last place: "], "de": ["Tage: ", "Letzter: "],
        "fr": ["jours : ", "dernier : "], "nl": ["dagen: ", "laatste: "],
        "es": ["días: ", "último: "], "it": ["giorni: ", "ultimo: "], "pt": ["dias: ", "último: "]}
WHEN = {"en": " holds the money", "de": " hat das Geld", "fr": " garde l'argent",
        "nl": " beheert de pot", "es": " guarda el bote", "it": " tiene la cassa",
        "pt": " guarda o dinheiro"}


def owner(lg):
    g = given(lg)
    if rng.random() < 0.3:
        g += " " + rng.choice("ABDKLMRSTVW") + "."
    return g


def gen_league():
    for lg in LANGS:
        teams = rng.sample(TEAMS, 6)
        d = D(lg, "league_table").t(["Standings", "Tabelle", "Classement", "Stand",
                                     "Clasificación", "Classifica", "Classificação"][
            LANGS.index(lg)] + " wk %d\n" % rng.randint(3, 14))
        for k, tm in enumerate(teams[:4]):
            d.t("%d. " % (k + 1)).span("NEG_ORG", tm).t(" (").span("PERSON", owner(lg)).t(
                ") %d-%d\n" % (rng.randint(0, 9), rng.randint(0, 9)))
        d.done()
        d = D(lg, "league_matchup")
        d.span("NEG_ORG", teams[4]).t(" (").span("PERSON", owner(lg)).t(") vs ").span(
            "NEG_ORG", teams[5]).t(" (").span("PERSON", owner(lg)).t(")\n").done()
        for k in range(2):
            d = D(lg, "league_neg")
            tm = rng.choice(TEAMS)
            d.span("NEG_ORG", tm).t(" (").span("NEG_TERM", rng.choice(LOOK_PAREN)).t(
                ") %d pts\n" % rng.randint(40, 140)).done()
        for lab in LEAGUE_LAB[lg]:
            D(lg, "league_role").t(lab).fill("{G}").t(WHEN[lg] + "\n").done()
        for lab in DAYS[lg]:
            d = D(lg, "league_days").t(lab)
            ns = distinct(lg, rng.choice((1, 2)))
            for k, n in enumerate(ns):
                if k:
                    d.t(", ")
                d.span("PERSON", n)
            d.t("\n").done()


# ---- 5. radio call-in logs ----------------------------------------------------------------------
TOWNS = {"en": ["Leeds", "Cork", "Bristol", "Galway"], "de": ["Köln", "Bremen", "Graz"],
         "fr": ["Lyon", "Nantes", "Liège"], "nl": ["Utrecht", "Gent", "Zwolle"],
         "es": ["Sevilla", "Bilbao", "Murcia"], "it": ["Bari", "Torino", "Verona"],
         "pt": ["Braga", "Porto", "Coimbra"]}
FROM = {"en": " from ", "de": " aus ", "fr": " de ", "nl": " uit ", "es": " de ", "it": " da ",
        "pt": " de "}
SAYS = {"en": "thinks the ref was blind", "de": "findet den Schiri blind",
        "fr": "trouve l'arbitre nul", "nl": "vindt de scheids blind",
        "es": "dice que el árbitro no vio nada", "it": "dice che l'arbitro non ha visto",
        "pt": "diz que o árbitro não viu"}
SEGMENTS = {"en": ["Traffic", "Weather", "News"], "de": ["Verkehr", "Wetter"],
            "fr": ["Météo", "Trafic"], "nl": ["Verkeer", "Weer"], "es": ["Tráfico", "Tiempo"],
            "it": ["Traffico", "Meteo"], "pt": ["Trânsito", "Meteorologia"]}
CALLER = {"en": "Caller", "de": "Anrufer", "fr": "Auditeur", "nl": "Beller", "es": "Oyente",
          "it": "Ascoltatore", "pt": "Ouvinte"}


def gen_callin():
    for lg in LANGS:
        d = D(lg, "callin_from")
        for k in range(3):
            d.t("10:%02d - " % (rng.randint(10, 59))).fill("{G}").t(FROM[lg] + rng.choice(
                TOWNS[lg]) + ": " + SAYS[lg] + "\n")
        d.t("10:59 - ").span("NEG_TERM", rng.choice(SEGMENTS[lg])).t(
            FROM[lg] + rng.choice(TOWNS[lg]) + ": A1 closed\n").done()
        d = D(lg, "callin_quoted")
        d.t(CALLER[lg] + ': "').fill("{G}").t('"\n' + SAYS[lg] + "\n").done()
        d = D(lg, "callin_numbered")
        for k in range(1, 4):
            d.t("%d - " % k).fill("{G}").t(" (" + rng.choice(TOWNS[lg]) + ")\n")
        d.t("4 - ").span("NEG_TERM", rng.choice(SEGMENTS[lg])).t(
            " (" + rng.choice(TOWNS[lg]) + ")\n").done()
        d = D(lg, "callin_place_neg")
        for k in range(2):
            d.t("%d - " % (k + 1)).span("NEG_PLACE", rng.choice(TOWNS[lg])).t(
                " (%d calls)\n" % rng.randint(2, 9))
        d.done()


# ---- 6. RSVP and party lists --------------------------------------------------------------------
DIET = {"en": ["vegetarian", "vegan", "no nuts", "gluten free"],
        "de": ["vegetarisch", "vegan", "keine Nüsse"], "fr": ["végétarien", "sans gluten"],
        "nl": ["vegetarisch", "geen noten"], "es": ["vegetariana", "sin gluten"],
        "it": ["vegetariana", "senza glutine"], "pt": ["vegetariana", "sem glúten"]}
YES = {"en": ("reply: yes - ", "not yet: "), "de": ("Antwort: ja - ", "noch offen: "),
       "fr": ("réponse : oui - ", "pas encore : "), "nl": ("antwoord: ja - ", "nog niet: "),
       "es": ("respuesta: sí - ", "aún no: "), "it": ("risposta: sì - ", "non ancora: "),
       "pt": ("resposta: sim - ", "ainda não: ")}
FOOD = {"en": ["Pizza", "Cola", "Burger", "Nachos"], "de": ["Pizza", "Cola", "Brezel"],
        "fr": ["Pizza", "Crêpe", "Quiche"], "nl": ["Pizza", "Bitterballen"],
        "es": ["Pizza", "Tortilla", "Croquetas"], "it": ["Pizza", "Spritz"],
        "pt": ["Pizza", "Bifana", "Imperial"]}
AGREE = {"en": ["agree", "same", "me too"], "de": ["dito", "stimme zu"], "fr": ["pareil"],
         "nl": ["eens"], "es": ["igual"], "it": ["idem"], "pt": ["igual"]}


def gen_rsvp():
    for lg in LANGS:
        d = D(lg, "rsvp_numbered")
        for k in range(1, 4):
            d.t("%d - " % k).fill("{F}").t(" (" + rng.choice(DIET[lg]) + ")\n")
        d.done()
        d = D(lg, "rsvp_plus")
        d.t("+1 (").fill("{G}").t(")\n+1 (").fill("{G}").t(")\n").done()
        d = D(lg, "rsvp_times")
        d.fill("{G}").t(" x2\n").fill("{G}").t(" x3\n").done()
        d = D(lg, "rsvp_reply")
        d.t(YES[lg][0]).fill("{G}").t("\n").done()
        d = D(lg, "rsvp_notyet")
        d.t(YES[lg][1])
        ns = distinct(lg, 2)
        d.span("PERSON", ns[0]).t(", ").span("PERSON", ns[1]).t("\n").done()
        d = D(lg, "rsvp_neg")
        d.span("NEG_TERM", rng.choice(FOOD[lg])).t(" x2\n+1 (").span(
            "NEG_TERM", rng.choice(AGREE[lg])).t(")\n").done()


# ---- 7. bookings in chat ------------------------------------------------------------------------
CALLING = {"en": [("hi it's ", " calling about saturday"), ("hey its ", ", running late"),
                  ("its ", " again, table still free?")],
           "de": [("hallo, hier ist ", ", wegen Samstag"), ("hi, ich bins, ", "")],
           "fr": [("bonjour c'est ", " pour samedi"), ("salut c ", " pour la résa")],
           "nl": [("hoi met ", ", over zaterdag"), ("hai, het is ", " weer")],
           "es": [("hola, soy ", ", por lo del sábado"), ("buenas, es ", " otra vez")],
           "it": [("ciao sono ", ", per sabato"), ("buongiorno, è ", " per la prenotazione")],
           "pt": [("olá, é a ", " por causa de sábado"), ("oi, aqui é o ", " de novo")]}
WITH = {"en": ("appointment with ", " at 3pm"), "de": ("Termin mit ", " um 15 Uhr"),
        "fr": ("rdv avec ", " à 15h"), "nl": ("afspraak met ", " om 15u"),
        "es": ("cita con ", " a las 15h"), "it": ("appuntamento con ", " alle 15"),
        "pt": ("consulta com ", " às 15h")}
WITH_NEG = ["Zoom", "Teams", "Support", "Discord"]
TABLE = {"en": "table for %d (", "de": "Tisch für %d (", "fr": "table pour %d (",
         "nl": "tafel voor %d (", "es": "mesa para %d (", "it": "tavolo per %d (",
         "pt": "mesa para %d ("}
TABLE_NEG = {"en": ["terrace", "window", "booth"], "de": ["Terrasse", "Fenster"],
             "fr": ["terrasse"], "nl": ["terras"], "es": ["terraza"], "it": ["terrazza"],
             "pt": ["esplanada"]}


def gen_booking():
    for lg in LANGS:
        for a, b in CALLING[lg]:
            D(lg, "booking_calling").t(a).fill("{G}").t(b + "\n").done()
        a, b = WITH[lg]
        D(lg, "booking_with").t(a).fill("{G}").t(b + "\n").done()
        D(lg, "booking_with").t(a).fill("{F}").t(b + "\n").done()
        D(lg, "booking_with_neg").t(a).span("NEG_PRODUCT", rng.choice(WITH_NEG)).t(
            b + "\n").done()
        d = D(lg, "booking_table").t(TABLE[lg] % rng.randint(2, 8)).fill("{G}").t(") 20:00\n")
        d.done()
        D(lg, "booking_table_neg").t(TABLE[lg] % rng.randint(2, 8)).span(
            "NEG_TERM", rng.choice(TABLE_NEG[lg])).t(") 20:00\n").done()


# ---- 8. chat pastes opening with a name; lower-case names after with/and/naar/con/a -------------
OPEN = {"en": [" actually can't tonight", " just left", " says the server is down"],
        "de": [" eigentlich kann heute nicht", " ist schon los", " sagt der Server ist down"],
        "fr": [" finalement peut pas ce soir", " est déjà parti"],
        "nl": [" naar huis, morgen verder", " zegt dat de server plat ligt"],
        "es": [" al final no puede hoy", " ya se fue"],
        "it": [" alla fine non può stasera", " è già uscito"],
        "pt": [" afinal não pode hoje", " já saiu"]}
LOWER = {"en": [("playing with ", " tonight"), ("me and ", " on discord"),
                ("going with ", " to the lan")],
         "de": [("zocke mit ", " heute"), ("ich und ", " im discord")],
         "fr": [("je joue avec ", " ce soir"), ("moi et ", " sur discord")],
         "nl": [("ik ga naar ", " vanavond"), ("ik en ", " op discord")],
         "es": [("juego con ", " esta noche"), ("díselo a ", " mañana")],
         "it": [("gioco con ", " stasera"), ("dillo a ", " domani")],
         "pt": [("jogo com ", " hoje"), ("diz a ", " amanhã")]}
LOWER_NEG = {"en": ["ranked", "friends", "dust2", "shotgun", "minecraft"],
             "de": ["freunden", "ranked"], "fr": ["plaisir", "minecraft"],
             "nl": ["huis", "school"], "es": ["queso", "ranked"], "it": ["casa", "tutti"],
             "pt": ["casa", "todos"]}


def gen_paste():
    for lg in LANGS:
        d = D(lg, "paste_open")
        for tail in OPEN[lg]:
            d.fill("{G}").t(tail + "\n")
        d.done()
        for a, b in LOWER[lg]:
            g = given(lg).lower()
            D(lg, "paste_lower").t(a).span("PERSON", g).t(b + "\n").done()
        for a, b in LOWER[lg]:
            D(lg, "paste_lower_neg").t(a).span("NEG_TERM", rng.choice(LOWER_NEG[lg])).t(
                b + "\n").done()
        d = D(lg, "paste_open_neg")
        for w in ["Minecraft", "Overwatch", "Valorant"][: 2]:
            d.span("NEG_PRODUCT", w).t(OPEN[lg][0] + "\n")
        d.done()


def main():
    gen_irc()
    gen_kin()
    gen_order()
    gen_league()
    gen_callin()
    gen_rsvp()
    gen_booking()
    gen_paste()
    write_json(records)


if __name__ == "__main__":
    main()
