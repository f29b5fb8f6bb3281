#!/usr/bin/env python3
"""gen_dob48.py: dates of birth in conversations, corrections and plain prose (issue #15), written
from the lead's brief for stop 48 (and the twentieth blind set's public brief: conversations where
the user pastes a document, the assistant quotes it and the user corrects a value with `> ` and
`>> ` quotes) before any detector rule was read or hush was run on it (branch dob48; a tune set).

Kinds of text (metadata.class), in 15 languages (en de fr nl es it pt pl sv da no fi cs tr hu):
- correct: the user pastes a form, the assistant reads the birth back (with a birth word or
  quoting the form's line with `> `), the user corrects it ("No, her date of birth is D, not W",
  "No, it's D." under a quote of the assistant's line, "DOB should read D", "actually it's 1987
  not 1978, so D", "her birthday is the 4th of March, not the 14th"), the assistant echoes it
  ("I've updated the date of birth to D", "Done, I changed it to D");
- ask: the value given in a later turn after the question ("What's her date of birth?" /
  "3.4.87"), the question asked by the assistant or by the user about a pasted document;
- verb: births in running sentences ("she was born on", "née le", "geboren am", "nacida el",
  "nato il", "urodziła się", "född", "syntyi"...), ordinals and month words, the person's name a
  few sentences before the date;
- family: births inside lists of family members in sentences ("my husband X was born on D, our
  daughter Y on D2"), twins, children in brackets;
- age: the birth date beside the person's age, a month and year with the age;
- narrative: obituaries, biographies of private people, cover letters, visa invitation letters,
  school reports;
- lookalike: the same conversations and sentences about appointments, deliveries, deadlines,
  deaths, anniversaries, a pet's or a firm's birthday and famous people's births, with no birth of
  a private person (and corrections of those dates).
Every record also carries look-alikes beside the births: the date of the conversation or the
letter, appointment, deadline, delivery, death and anniversary dates, famous people's births as a
topic, pets' and firms' birthdays (NEG_DATE; the famous person NEG_FAMOUS, the pet NEG_PET), ages
without a date (NEG_AGE).

Labelling conventions (those of dob44-dob47 and the blind sets' briefs): the gold span is the date
from its first to its last character, without the article or preposition before it (`on the
[4th of March 1987]`, `le [4 mars 1987]`), a Polish `r.`, a Turkish suffix or a Hungarian case
ending after it (`[1987. március 4]-én`); a wrong value the user corrects is a birth too (both
values labelled, as the twentieth set's brief has it); a month and year alone is a birth; a year
alone is nothing; a birthday without a year (`the 4th of March`) is NEG_DATE.

About half the records reach the API inside a request body (metadata.wrap): a multi-turn
chat-completions body (`openai`), an Anthropic messages body whose turns are text blocks (a
pasted document in its own block: `anthropic`), a Gemini `contents` body (`gemini`); half escape
every non-ASCII character as `\\uXXXX`. The rest are plain text: a pasted transcript, an e-mail
reply with `> ` quotes, or the prose alone. Spans are on the bytes that hold them.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import MONTH_WORDS, check_spans, span_at, write_json  # noqa: E402
from gen_bodies import escaper, place_each  # noqa: E402

rng = random.Random(20261206 + 48)
records = []

LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "tr", "hu"]

# ---- people ------------------------------------------------------------------------------------
FEM = {"en": ["Margaret", "Siobhan", "Priya", "Hannah", "Olivia"],
       "de": ["Ursula", "Katrin", "Lena", "Sabine", "Franziska"],
       "fr": ["Josiane", "Odile", "Élodie", "Camille", "Nadège"],
       "nl": ["Anneke", "Marieke", "Femke", "Sanne", "Ilse"],
       "es": ["Lucía", "Marisol", "Pilar", "Inmaculada", "Carmen"],
       "it": ["Chiara", "Giulia", "Ilaria", "Francesca", "Rosaria"],
       "pt": ["Inês", "Beatriz", "Conceição", "Mariana", "Rita"],
       "pl": ["Agnieszka", "Jadwiga", "Urszula", "Małgorzata", "Zofia"],
       "sv": ["Astrid", "Linnea", "Birgitta", "Elsa", "Maja"],
       "da": ["Mette", "Freja", "Lone", "Signe", "Karen"],
       "no": ["Ingrid", "Sigrid", "Marit", "Solveig", "Kari"],
       "fi": ["Aino", "Sanna", "Tuulikki", "Riikka", "Helmi"],
       "cs": ["Markéta", "Zdeňka", "Libuše", "Tereza", "Jana"],
       "tr": ["Elif", "Ayşe", "Gülşen", "Zeynep", "Melike"],
       "hu": ["Réka", "Enikő", "Judit", "Zsófia", "Ildikó"]}
MASC = {"en": ["Declan", "Graham", "Tom"], "de": ["Wolfgang", "Jonas", "Matthias"],
        "fr": ["Thierry", "Rémi", "Bastien"], "nl": ["Joost", "Sjoerd", "Bram"],
        "es": ["Iñigo", "Andrés", "Javier"], "it": ["Matteo", "Lorenzo", "Davide"],
        "pt": ["Rodrigo", "João", "Tiago"], "pl": ["Tomasz", "Przemysław", "Krzysztof"],
        "sv": ["Oskar", "Viktor", "Nils"], "da": ["Rasmus", "Søren", "Mads"],
        "no": ["Håkon", "Eirik", "Sindre"], "fi": ["Juhani", "Ville", "Eero"],
        "cs": ["Vojtěch", "Radek", "Ondřej"], "tr": ["Mehmet", "Kaan", "Emre"],
        "hu": ["Botond", "Zoltán", "Levente"]}
SUR = {"en": ["Thornbury", "Galloway", "Fairweather", "Okonkwo", "Brannigan"],
       "de": ["Brandstetter", "Hölzl", "Kaufmann", "Lechner", "Wimmer"],
       "fr": ["Vasseur", "Lefebvre", "Marchand", "Poulain", "Guérin"],
       "nl": ["Brouwer", "van Dijk", "Hendriks", "Dekker", "de Wit"],
       "es": ["Navarro", "Etxeberria", "Quintana", "Salcedo", "Robles"],
       "it": ["Greco", "Fontana", "Lombardi", "Ferraro", "Marchetti"],
       "pt": ["Fonseca", "Carvalho", "Sequeira", "Teixeira", "Rebelo"],
       "pl": ["Zielińska", "Wróbel", "Kaczmarek", "Pawlak", "Sikora"],
       "sv": ["Lindqvist", "Bergström", "Nyberg", "Forsberg", "Engström"],
       "da": ["Nielsen", "Mortensen", "Juhl", "Skov", "Thomsen"],
       "no": ["Haugen", "Berntsen", "Solberg", "Dahle", "Nygård"],
       "fi": ["Virtanen", "Mäkinen", "Koskinen", "Hämäläinen", "Laine"],
       "cs": ["Dvořáková", "Procházková", "Kučerová", "Němcová", "Horáková"],
       "tr": ["Yılmaz", "Demir", "Kaya", "Öztürk", "Yıldız"],
       "hu": ["Kovács", "Tóth", "Szabó", "Horváth", "Kiss"]}
SYL = ["ra", "vos", "mil", "te", "kor", "ban", "li", "sef", "dor", "mu", "zal", "pe", "tri",
       "gan", "el", "vo", "sta", "ni", "bru", "ketz"]
END = ["ska", "ová", "ić", "escu", "oğlu", "nen", "gren", "sen", "eira", "ler", "ász", "ton",
       "ini", "ez"]
TOWN = {"en": ["Leeds", "Galway", "Bristol"], "de": ["Passau", "Kassel", "Graz"],
        "fr": ["Angers", "Nancy", "Namur"], "nl": ["Zwolle", "Leiden", "Gent"],
        "es": ["Burgos", "Cádiz", "Rosario"], "it": ["Lecce", "Bergamo", "Trento"],
        "pt": ["Braga", "Coimbra", "Recife"], "pl": ["Lublin", "Toruń", "Opole"],
        "sv": ["Umeå", "Lund", "Gävle"], "da": ["Aalborg", "Odense", "Vejle"],
        "no": ["Bodø", "Tromsø", "Ålesund"], "fi": ["Oulu", "Tampere", "Kuopio"],
        "cs": ["Brno", "Olomouc", "Plzeň"], "tr": ["İzmir", "Bursa", "Trabzon"],
        "hu": ["Debrecen", "Szeged", "Pécs"]}
FAMOUS = [("Mozart", (1756, 1, 27)), ("Marie Curie", (1867, 11, 7)),
          ("Frida Kahlo", (1907, 7, 6)), ("Greta Garbo", (1905, 9, 18)),
          ("Astrid Lindgren", (1907, 11, 14)), ("Nikola Tesla", (1856, 7, 10))]
PETNAME = ["Bruno", "Lotte", "Fifi", "Pelle", "Mia", "Rex", "Karamel"]


def invented():
    g = "".join(rng.choice(SYL) for _ in range(2))
    s = "".join(rng.choice(SYL) for _ in range(rng.choice((1, 2)))) + rng.choice(END)
    return g.capitalize(), s.capitalize()


def woman(lg):
    """(given, full name): half real, half invented; Hungarian full names surname first."""
    if rng.random() < 0.5:
        g, s = rng.choice(FEM[lg]), rng.choice(SUR[lg])
    else:
        g, s = invented()
    return g, (s + " " + g if lg == "hu" else g + " " + s)


def man(lg):
    return rng.choice(MASC[lg]) if rng.random() < 0.6 else invented()[0]


def adult():
    return rng.randint(1938, 2004), rng.randint(1, 12), rng.randint(1, 28)


def child():
    return rng.randint(2009, 2021), rng.randint(1, 12), rng.randint(1, 28)


def soon():
    return 2026, rng.randint(1, 12), rng.randint(1, 28)


def recent():
    return rng.randint(2018, 2026), rng.randint(1, 12), rng.randint(1, 28)


# ---- dates --------------------------------------------------------------------------------------
MON = {k: MONTH_WORDS[k] for k in "en de fr nl es it pt pl sv da no fi cs tr hu".split()}
# The month of a month-and-year phrase after "in", where the language puts it in another case.
MONY = {"pl": "styczniu lutym marcu kwietniu maju czerwcu lipcu sierpniu wrześniu październiku listopadzie grudniu",
        "cs": "lednu únoru březnu dubnu květnu červnu červenci srpnu září říjnu listopadu prosinci",
        "fi": "tammikuussa helmikuussa maaliskuussa huhtikuussa toukokuussa kesäkuussa heinäkuussa elokuussa syyskuussa lokakuussa marraskuussa joulukuussa",
        "hu": "januárjában februárjában márciusában áprilisában májusában júniusában júliusában augusztusában szeptemberében októberében novemberében decemberében"}
MONY = {k: v.split() for k, v in MONY.items()}


def ordinal_en(d):
    return str(d) + ("th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def hu_case(d):
    """The Hungarian superessive ending of a day number (`4-én`, `3-án`, `1-jén`)."""
    if d == 1:
        return "-jén"
    if d % 10 == 0:
        return "-én" if d == 10 else "-án"
    return "-" + {1: "én", 2: "án", 3: "án", 4: "én", 5: "én", 6: "án", 7: "én", 8: "án",
                  9: "én"}[d % 10]


def numeric(lg, ymd):
    y, m, d = ymd
    if lg == "hu":
        return rng.choice(["%04d.%02d.%02d." % ymd, "%04d. %02d. %02d." % ymd])
    if lg == "sv":
        return rng.choice(["%04d-%02d-%02d" % ymd, "%d/%d %d" % (d, m, y)])
    if lg == "en":
        return rng.choice(["%02d/%02d/%04d" % (d, m, y), "%02d/%02d/%04d" % (m, d, y),
                           "%d/%d/%04d" % (m, d, y)])
    if lg in ("fr", "es", "it", "pt"):
        return "%02d/%02d/%04d" % (d, m, y)
    if lg == "nl":
        return rng.choice(["%02d-%02d-%04d" % (d, m, y), "%d-%d-%04d" % (d, m, y)])
    if lg == "fi":
        return "%d.%d.%04d" % (d, m, y)
    if lg == "cs":
        return rng.choice(["%d. %d. %04d" % (d, m, y), "%d.%d.%04d" % (d, m, y)])
    return "%02d.%02d.%04d" % (d, m, y)


def short(lg, ymd):
    """A date typed in a hurry: two-digit year, no padding."""
    y, m, d = ymd
    if lg == "en":
        return rng.choice(["%d/%d/%02d" % (d, m, y % 100), "%d/%d/%02d" % (m, d, y % 100)])
    if lg in ("fr", "es", "it", "pt"):
        return "%d/%d/%02d" % (d, m, y % 100)
    if lg == "nl":
        return "%d-%d-%02d" % (d, m, y % 100)
    if lg == "sv":
        return "%02d%02d%02d" % (y % 100, m, d)
    if lg == "hu":
        return "%02d.%02d.%02d." % (y % 100, m, d)
    return "%d.%d.%02d" % (d, m, y % 100)


def spelled(lg, ymd):
    """(before, span, after): a date with the month in words, the article or case ending
    outside the span."""
    y, m, d = ymd
    mn = MON[lg][m - 1]
    if lg == "en":
        return rng.choice([("", "%d %s %d" % (d, mn, y), ""), ("", "%s %d, %d" % (mn, d, y), ""),
                           ("the ", "%s of %s %d" % (ordinal_en(d), mn, y), ""),
                           ("", "%s %s, %d" % (mn, ordinal_en(d), y), "")])
    if lg in ("es", "pt"):
        day = "1º" if d == 1 and rng.random() < 0.5 else str(d)
        return "", "%s de %s de %d" % (day, mn, y), ""
    if lg == "it":
        return "", "%s %s %d" % ("1º" if d == 1 else d, mn, y), ""
    if lg == "fr":
        return "", "%s %s %d" % ("1er" if d == 1 else d, mn, y), ""
    if lg in ("de", "cs", "da", "no", "fi"):
        return "", "%d. %s %d" % (d, mn, y), ""
    if lg == "pl":
        return "", "%d %s %d" % (d, mn, y), rng.choice(["", " r."])
    if lg == "hu":
        return "", "%d. %s %d." % (y, mn, d), ""
    return "", "%d %s %d" % (d, mn, y), ""


def hu_cased(ymd):
    """A Hungarian date with its case ending: (span, ending)."""
    y, m, d = ymd
    if rng.random() < 0.6:
        return "%d. %s %d" % (y, MON["hu"][m - 1], d), hu_case(d)
    return "%04d.%02d.%02d" % ymd, hu_case(d)


def any_date(lg, ymd, weights=(4, 4, 1)):
    kind = rng.choices(["num", "spell", "short"], weights)[0]
    if kind == "spell":
        return spelled(lg, ymd)
    return "", (numeric(lg, ymd) if kind == "num" else short(lg, ymd)), ""


def month_year(lg, ymd):
    y, m, _ = ymd
    mn = (MONY.get(lg) or MON[lg])[m - 1]
    if lg in ("es", "pt"):
        return "%s de %d" % (mn, y)
    if lg == "hu":
        return "%d %s" % (y, mn)
    return "%s %d" % (mn, y)


def day_month(lg, ymd):
    """(before, span): a birthday without its year."""
    _, m, d = ymd
    mn = MON[lg][m - 1]
    if lg == "en":
        return "the ", "%s of %s" % (ordinal_en(d), mn)
    if lg in ("es", "pt"):
        return "", "%d de %s" % (d, mn)
    if lg in ("de", "cs", "da", "no", "fi"):
        return "", "%d. %s" % (d, mn)
    if lg == "hu":
        return "", "%s %d" % (mn, d)
    return "", "%d %s" % (d, mn)


def wrong_of(ymd, us=False):
    """The value a form or an assistant got wrong: the year's digits swapped, a day typed
    twice, day and month swapped."""
    y, m, d = ymd
    k = rng.randrange(3)
    if k == 0 and y % 10 != (y // 10) % 10:
        return (y // 100) * 100 + (y % 10) * 10 + (y // 10) % 10, m, d
    if k == 1 and d < 10:
        return y, m, d + 10
    if d <= 12 and d != m and not us:
        return y, d, m
    return y, m, (d % 27) + 1


# ---- sentences ---------------------------------------------------------------------------------
# Placeholders: P full name, G/R/R2 given names (PERSON); D, D2, D3 births, W the wrong birth
# (DATE_OF_BIRTH), Dc/D2c/D3c/Wc the same with a Hungarian case ending outside the span (the plain
# date elsewhere), MY a month and year (DATE_OF_BIRTH); N, N2 other dates, DM a birthday without
# its year (NEG_DATE), Nc a cased other date; A an age (NEG_AGE), F a famous person (NEG_FAMOUS),
# X a pet (NEG_PET); T town, Y/YW years, dw a day number (text).
S = {}
S["en"] = dict(
    lab_dob="Date of birth", lab_name="Name",
    ask_check="Can you check this form before I send it off?",
    a_read="I've read the form. {P} was born on {W} and it is signed on {N}. Shall I fill in the rest?",
    a_quote="One thing I noticed:", a_quote_q="Is that right?",
    u_cue="No, her date of birth is {D}, not {W}.", u_nocue="No, it's {D}.",
    u_should="DOB should read {D}.", u_year="actually it's {Y} not {YW}, so {D}",
    u_dm="no, her birthday is {DM}, not the {dw}",
    a_echo="I've updated the date of birth to {D}.", a_echo_n="Done, I changed it to {D}.",
    u_next="Thanks. Now write the cover letter for the school.",
    a_ask="Thanks. Could you also give me her date of birth?",
    u_ask="What's her date of birth in that document?", a_ans="According to the document it's {D}.",
    born="{P} was born on {D} in {T}.", born_pron="She was born on {D}.",
    obit="{P}, born {D} in {T}, passed away peacefully on {N}, surrounded by her family.",
    bio="My grandmother {P} was born on {D} in {T}. She married in {Y} and ran the village shop.",
    cover="My name is {P}. I was born on {D} in {T} and have worked as a nurse for six years.",
    visa="I hereby invite my sister {P}, born on {D} in {T}, to stay with me from {N} to {N2}.",
    school="{P} (born {D}) has made good progress in reading this term.",
    fam="My husband {R} was born on {D}, our daughter {G} on {D2} and our son {R2} on {D3}.",
    twins="The twins {G} and {R} were both born on {D}.",
    age1="{P} is {A} years old; she was born on {D}.", age2="{P}, born in {MY} (now {A}),",
    fill="She has been with us for years and everybody knows her. She lives near the station.",
    n_today="Today is {N}.", n_appt_q="When is the appointment?", n_appt_a="It's on {N}.",
    n_corr_appt="No, the appointment is on {N}, not {N2}.",
    n_echo_appt="I've moved the appointment to {N}.", n_deadline="The deadline is {N}.",
    n_delivery="The parcel should arrive on {N}.", n_death="She died on {N}.",
    n_anniv="Our wedding anniversary is on {N}.", n_pet="Our dog {X} was born on {N}.",
    n_firm="The company was founded on {N}.", n_famous="{F} was born on {N}.",
    n_age="She is {A} now.")
S["de"] = dict(
    lab_dob="Geburtsdatum", lab_name="Name",
    ask_check="Kannst du dieses Formular prüfen, bevor ich es abschicke?",
    a_read="Ich habe das Formular gelesen. {P} wurde am {W} geboren, unterschrieben ist es am {N}. Soll ich den Rest ausfüllen?",
    a_quote="Eine Sache ist mir aufgefallen:", a_quote_q="Stimmt das so?",
    u_cue="Nein, ihr Geburtsdatum ist der {D}, nicht der {W}.", u_nocue="Nein, {D}.",
    u_should="Geburtsdatum muss {D} lauten.", u_year="eigentlich {Y}, nicht {YW}, also {D}",
    u_dm="nein, ihr Geburtstag ist am {DM}, nicht am {dw}.",
    a_echo="Ich habe das Geburtsdatum auf {D} geändert.", a_echo_n="Erledigt, ich habe es auf {D} geändert.",
    u_next="Danke. Schreib jetzt bitte das Anschreiben an die Schule.",
    a_ask="Danke. Kannst du mir auch ihr Geburtsdatum nennen?",
    u_ask="Wann ist sie laut dem Dokument geboren?", a_ans="Laut dem Dokument am {D}.",
    born="{P} wurde am {D} in {T} geboren.", born_pron="Sie ist am {D} geboren.",
    obit="{P}, geboren am {D} in {T}, ist am {N} friedlich im Kreis ihrer Familie eingeschlafen.",
    bio="Meine Großmutter {P} wurde am {D} in {T} geboren. Sie heiratete {Y} und führte den Dorfladen.",
    cover="Mein Name ist {P}. Ich bin am {D} in {T} geboren und arbeite seit sechs Jahren als Pflegerin.",
    visa="Hiermit lade ich meine Schwester {P}, geboren am {D} in {T}, vom {N} bis zum {N2} zu mir ein.",
    school="{P} (geb. {D}) hat in diesem Halbjahr im Lesen gute Fortschritte gemacht.",
    fam="Mein Mann {R} ist am {D} geboren, unsere Tochter {G} am {D2} und unser Sohn {R2} am {D3}.",
    twins="Die Zwillinge {G} und {R} sind beide am {D} geboren.",
    age1="{P} ist {A} Jahre alt; sie wurde am {D} geboren.", age2="{P}, geboren im {MY} (jetzt {A}),",
    fill="Sie ist schon lange bei uns und jeder kennt sie. Sie wohnt in der Nähe vom Bahnhof.",
    n_today="Heute ist der {N}.", n_appt_q="Wann ist der Termin?", n_appt_a="Am {N}.",
    n_corr_appt="Nein, der Termin ist am {N}, nicht am {N2}.",
    n_echo_appt="Ich habe den Termin auf den {N} verschoben.", n_deadline="Die Frist endet am {N}.",
    n_delivery="Das Paket soll am {N} ankommen.", n_death="Sie ist am {N} gestorben.",
    n_anniv="Unser Hochzeitstag ist am {N}.", n_pet="Unser Hund {X} ist am {N} geboren.",
    n_firm="Die Firma wurde am {N} gegründet.", n_famous="{F} wurde am {N} geboren.",
    n_age="Sie ist jetzt {A}.")
S["fr"] = dict(
    lab_dob="Date de naissance", lab_name="Nom",
    ask_check="Tu peux vérifier ce formulaire avant que je l'envoie ?",
    a_read="J'ai lu le formulaire. {P} est née le {W} et il est signé le {N}. Je remplis le reste ?",
    a_quote="Une chose m'a frappé :", a_quote_q="C'est bien ça ?",
    u_cue="Non, sa date de naissance est le {D}, pas le {W}.", u_nocue="Non, c'est le {D}.",
    u_should="La date de naissance doit être {D}.", u_year="en fait c'est {Y} et pas {YW}, donc {D}",
    u_dm="non, son anniversaire c'est le {DM}, pas le {dw}",
    a_echo="J'ai corrigé la date de naissance : {D}.", a_echo_n="C'est fait, j'ai mis {D}.",
    u_next="Merci. Rédige maintenant la lettre pour l'école.",
    a_ask="Merci. Peux-tu aussi me donner sa date de naissance ?",
    u_ask="Quelle est sa date de naissance dans ce document ?", a_ans="D'après le document, c'est le {D}.",
    born="{P} est née le {D} à {T}.", born_pron="Elle est née le {D}.",
    obit="{P}, née le {D} à {T}, s'est éteinte paisiblement le {N}, entourée des siens.",
    bio="Ma grand-mère {P} est née le {D} à {T}. Elle s'est mariée en {Y} et tenait l'épicerie du village.",
    cover="Je m'appelle {P}. Je suis née le {D} à {T} et je travaille comme infirmière depuis six ans.",
    visa="J'invite par la présente ma sœur {P}, née le {D} à {T}, à séjourner chez moi du {N} au {N2}.",
    school="{P} (née le {D}) a fait de bons progrès en lecture ce trimestre.",
    fam="Mon mari {R} est né le {D}, notre fille {G} le {D2} et notre fils {R2} le {D3}.",
    twins="Les jumeaux {G} et {R} sont tous les deux nés le {D}.",
    age1="{P} a {A} ans ; elle est née le {D}.", age2="{P}, née en {MY} (aujourd'hui {A} ans),",
    fill="Elle est chez nous depuis des années et tout le monde la connaît. Elle habite près de la gare.",
    n_today="Nous sommes le {N}.", n_appt_q="C'est quand, le rendez-vous ?", n_appt_a="Le {N}.",
    n_corr_appt="Non, le rendez-vous est le {N}, pas le {N2}.",
    n_echo_appt="J'ai déplacé le rendez-vous au {N}.", n_deadline="La date limite est le {N}.",
    n_delivery="Le colis doit arriver le {N}.", n_death="Elle est décédée le {N}.",
    n_anniv="Notre anniversaire de mariage est le {N}.", n_pet="Notre chien {X} est né le {N}.",
    n_firm="L'entreprise a été fondée le {N}.", n_famous="{F} est né le {N}.",
    n_age="Elle a {A} ans maintenant.")
S["nl"] = dict(
    lab_dob="Geboortedatum", lab_name="Naam",
    ask_check="Kun je dit formulier nakijken voordat ik het opstuur?",
    a_read="Ik heb het formulier gelezen. {P} is geboren op {W} en het is ondertekend op {N}. Zal ik de rest invullen?",
    a_quote="Eén ding viel me op:", a_quote_q="Klopt dat?",
    u_cue="Nee, haar geboortedatum is {D}, niet {W}.", u_nocue="Nee, het is {D}.",
    u_should="Geboortedatum moet {D} zijn.", u_year="eigenlijk is het {Y} en niet {YW}, dus {D}",
    u_dm="nee, haar verjaardag is op {DM}, niet op de {dw}e",
    a_echo="Ik heb de geboortedatum aangepast naar {D}.", a_echo_n="Klaar, ik heb het veranderd in {D}.",
    u_next="Dank je. Schrijf nu de brief aan de school.",
    a_ask="Bedankt. Kun je me ook haar geboortedatum geven?",
    u_ask="Wat is haar geboortedatum volgens het document?", a_ans="Volgens het document is dat {D}.",
    born="{P} is geboren op {D} in {T}.", born_pron="Ze is geboren op {D}.",
    obit="{P}, geboren op {D} te {T}, is op {N} vredig overleden, omringd door haar familie.",
    bio="Mijn oma {P} werd geboren op {D} in {T}. Ze trouwde in {Y} en had de dorpswinkel.",
    cover="Mijn naam is {P}. Ik ben geboren op {D} in {T} en werk al zes jaar als verpleegkundige.",
    visa="Hierbij nodig ik mijn zus {P}, geboren op {D} te {T}, uit om van {N} tot {N2} bij mij te logeren.",
    school="{P} (geb. {D}) heeft dit trimester goede vorderingen gemaakt met lezen.",
    fam="Mijn man {R} is geboren op {D}, onze dochter {G} op {D2} en onze zoon {R2} op {D3}.",
    twins="De tweeling {G} en {R} is allebei geboren op {D}.",
    age1="{P} is {A} jaar; ze is geboren op {D}.", age2="{P}, geboren in {MY} (nu {A}),",
    fill="Ze is al jaren bij ons en iedereen kent haar. Ze woont vlak bij het station.",
    n_today="Het is vandaag {N}.", n_appt_q="Wanneer is de afspraak?", n_appt_a="Op {N}.",
    n_corr_appt="Nee, de afspraak is op {N}, niet op {N2}.",
    n_echo_appt="Ik heb de afspraak verzet naar {N}.", n_deadline="De deadline is {N}.",
    n_delivery="Het pakket komt naar verwachting op {N}.", n_death="Ze is overleden op {N}.",
    n_anniv="Onze trouwdag is op {N}.", n_pet="Onze hond {X} is geboren op {N}.",
    n_firm="Het bedrijf is opgericht op {N}.", n_famous="{F} werd geboren op {N}.",
    n_age="Ze is nu {A}.")
S["es"] = dict(
    lab_dob="Fecha de nacimiento", lab_name="Nombre",
    ask_check="¿Puedes revisar este formulario antes de que lo envíe?",
    a_read="He leído el formulario. {P} nació el {W} y está firmado el {N}. ¿Relleno el resto?",
    a_quote="Me ha llamado la atención una cosa:", a_quote_q="¿Es correcto?",
    u_cue="No, su fecha de nacimiento es el {D}, no el {W}.", u_nocue="No, es el {D}.",
    u_should="La fecha de nacimiento debe ser {D}.", u_year="en realidad es {Y}, no {YW}, o sea {D}",
    u_dm="no, su cumpleaños es el {DM}, no el {dw}",
    a_echo="He actualizado la fecha de nacimiento a {D}.", a_echo_n="Hecho, lo he cambiado a {D}.",
    u_next="Gracias. Ahora redacta la carta para el colegio.",
    a_ask="Gracias. ¿Me das también su fecha de nacimiento?",
    u_ask="¿Cuál es su fecha de nacimiento según el documento?", a_ans="Según el documento, el {D}.",
    born="{P} nació el {D} en {T}.", born_pron="Nació el {D}.",
    obit="{P}, nacida el {D} en {T}, falleció en paz el {N}, rodeada de los suyos.",
    bio="Mi abuela {P} nació el {D} en {T}. Se casó en {Y} y llevaba la tienda del pueblo.",
    cover="Me llamo {P}. Nací el {D} en {T} y trabajo como enfermera desde hace seis años.",
    visa="Por la presente invito a mi hermana {P}, nacida el {D} en {T}, a alojarse en mi casa del {N} al {N2}.",
    school="{P} (nacida el {D}) ha progresado mucho en lectura este trimestre.",
    fam="Mi marido {R} nació el {D}, nuestra hija {G} el {D2} y nuestro hijo {R2} el {D3}.",
    twins="Los gemelos {G} y {R} nacieron los dos el {D}.",
    age1="{P} tiene {A} años; nació el {D}.", age2="{P}, nacida en {MY} (ahora {A} años),",
    fill="Lleva años con nosotros y todo el mundo la conoce. Vive cerca de la estación.",
    n_today="Hoy es {N}.", n_appt_q="¿Cuándo es la cita?", n_appt_a="El {N}.",
    n_corr_appt="No, la cita es el {N}, no el {N2}.",
    n_echo_appt="He movido la cita al {N}.", n_deadline="El plazo termina el {N}.",
    n_delivery="El paquete debería llegar el {N}.", n_death="Falleció el {N}.",
    n_anniv="Nuestro aniversario de boda es el {N}.", n_pet="Nuestro perro {X} nació el {N}.",
    n_firm="La empresa se fundó el {N}.", n_famous="{F} nació el {N}.",
    n_age="Ahora tiene {A} años.")
S["it"] = dict(
    lab_dob="Data di nascita", lab_name="Nome",
    ask_check="Puoi controllare questo modulo prima che lo invii?",
    a_read="Ho letto il modulo. {P} è nata il {W} ed è firmato il {N}. Compilo il resto?",
    a_quote="Ho notato una cosa:", a_quote_q="È corretto?",
    u_cue="No, la sua data di nascita è il {D}, non il {W}.", u_nocue="No, è il {D}.",
    u_should="La data di nascita deve essere {D}.", u_year="in realtà è {Y}, non {YW}, quindi {D}",
    u_dm="no, il suo compleanno è il {DM}, non il {dw}",
    a_echo="Ho aggiornato la data di nascita al {D}.", a_echo_n="Fatto, l'ho cambiata in {D}.",
    u_next="Grazie. Ora scrivi la lettera per la scuola.",
    a_ask="Grazie. Mi dai anche la sua data di nascita?",
    u_ask="Qual è la sua data di nascita secondo il documento?", a_ans="Secondo il documento è il {D}.",
    born="{P} è nata il {D} a {T}.", born_pron="È nata il {D}.",
    obit="{P}, nata il {D} a {T}, si è spenta serenamente il {N}, circondata dai suoi cari.",
    bio="Mia nonna {P} è nata il {D} a {T}. Si è sposata nel {Y} e gestiva la bottega del paese.",
    cover="Mi chiamo {P}. Sono nata il {D} a {T} e lavoro come infermiera da sei anni.",
    visa="Con la presente invito mia sorella {P}, nata il {D} a {T}, a soggiornare da me dal {N} al {N2}.",
    school="{P} (nata il {D}) ha fatto buoni progressi nella lettura in questo quadrimestre.",
    fam="Mio marito {R} è nato il {D}, nostra figlia {G} il {D2} e nostro figlio {R2} il {D3}.",
    twins="I gemelli {G} e {R} sono nati entrambi il {D}.",
    age1="{P} ha {A} anni; è nata il {D}.", age2="{P}, nata nel {MY} (ora {A} anni),",
    fill="È con noi da anni e tutti la conoscono. Abita vicino alla stazione.",
    n_today="Oggi è il {N}.", n_appt_q="Quando è l'appuntamento?", n_appt_a="Il {N}.",
    n_corr_appt="No, l'appuntamento è il {N}, non il {N2}.",
    n_echo_appt="Ho spostato l'appuntamento al {N}.", n_deadline="La scadenza è il {N}.",
    n_delivery="Il pacco dovrebbe arrivare il {N}.", n_death="È morta il {N}.",
    n_anniv="Il nostro anniversario di matrimonio è il {N}.", n_pet="Il nostro cane {X} è nato il {N}.",
    n_firm="L'azienda è stata fondata il {N}.", n_famous="{F} è nato il {N}.",
    n_age="Adesso ha {A} anni.")
S["pt"] = dict(
    lab_dob="Data de nascimento", lab_name="Nome",
    ask_check="Podes verificar este formulário antes de eu o enviar?",
    a_read="Li o formulário. {P} nasceu em {W} e está assinado em {N}. Preencho o resto?",
    a_quote="Reparei numa coisa:", a_quote_q="Está certo?",
    u_cue="Não, a data de nascimento dela é {D}, e não {W}.", u_nocue="Não, é {D}.",
    u_should="A data de nascimento deve ser {D}.", u_year="na verdade é {Y} e não {YW}, portanto {D}",
    u_dm="não, o aniversário dela é a {DM}, não a {dw}",
    a_echo="Atualizei a data de nascimento para {D}.", a_echo_n="Feito, alterei para {D}.",
    u_next="Obrigada. Agora escreve a carta para a escola.",
    a_ask="Obrigado. Podes dar-me também a data de nascimento dela?",
    u_ask="Qual é a data de nascimento dela no documento?", a_ans="Segundo o documento, é {D}.",
    born="{P} nasceu em {D} em {T}.", born_pron="Nasceu em {D}.",
    obit="{P}, nascida em {D} em {T}, faleceu serenamente em {N}, rodeada pela família.",
    bio="A minha avó {P} nasceu a {D} em {T}. Casou em {Y} e tinha a mercearia da aldeia.",
    cover="Chamo-me {P}. Nasci a {D} em {T} e trabalho como enfermeira há seis anos.",
    visa="Venho por este meio convidar a minha irmã {P}, nascida a {D} em {T}, a ficar em minha casa de {N} a {N2}.",
    school="{P} (nascida em {D}) fez bons progressos na leitura este período.",
    fam="O meu marido {R} nasceu a {D}, a nossa filha {G} a {D2} e o nosso filho {R2} a {D3}.",
    twins="Os gémeos {G} e {R} nasceram ambos a {D}.",
    age1="{P} tem {A} anos; nasceu a {D}.", age2="{P}, nascida em {MY} (agora com {A} anos),",
    fill="Está connosco há anos e toda a gente a conhece. Mora perto da estação.",
    n_today="Hoje é {N}.", n_appt_q="Quando é a consulta?", n_appt_a="É a {N}.",
    n_corr_appt="Não, a consulta é a {N}, não a {N2}.",
    n_echo_appt="Mudei a consulta para {N}.", n_deadline="O prazo termina a {N}.",
    n_delivery="A encomenda deve chegar a {N}.", n_death="Faleceu a {N}.",
    n_anniv="O nosso aniversário de casamento é a {N}.", n_pet="O nosso cão {X} nasceu a {N}.",
    n_firm="A empresa foi fundada a {N}.", n_famous="{F} nasceu a {N}.",
    n_age="Agora tem {A} anos.")
S["pl"] = dict(
    lab_dob="Data urodzenia", lab_name="Imię i nazwisko",
    ask_check="Możesz sprawdzić ten formularz, zanim go wyślę?",
    a_read="Przeczytałem formularz. {P} urodziła się {W}, a podpisano go {N}. Mam uzupełnić resztę?",
    a_quote="Zauważyłem jedną rzecz:", a_quote_q="Czy to się zgadza?",
    u_cue="Nie, jej data urodzenia to {D}, a nie {W}.", u_nocue="Nie, {D}.",
    u_should="Data urodzenia powinna brzmieć {D}.", u_year="właściwie {Y}, nie {YW}, czyli {D}",
    a_echo="Zmieniłem datę urodzenia na {D}.", a_echo_n="Gotowe, zmieniłem na {D}.",
    u_next="Dzięki. Teraz napisz list do szkoły.",
    a_ask="Dziękuję. Czy możesz podać też jej datę urodzenia?",
    u_ask="Jaka jest jej data urodzenia według dokumentu?", a_ans="Według dokumentu {D}.",
    born="{P} urodziła się {D} w mieście {T}.", born_pron="Urodziła się {D}.",
    obit="{P}, urodzona {D} w mieście {T}, zmarła spokojnie {N} w otoczeniu rodziny.",
    bio="Moja babcia {P} urodziła się {D} w mieście {T}. Wyszła za mąż w {Y} roku i prowadziła wiejski sklep.",
    cover="Nazywam się {P}. Urodziłam się {D} w mieście {T} i od sześciu lat pracuję jako pielęgniarka.",
    visa="Niniejszym zapraszam moją siostrę {P}, urodzoną {D} w mieście {T}, do pobytu u mnie od {N} do {N2}.",
    school="{P} (ur. {D}) zrobiła w tym semestrze duże postępy w czytaniu.",
    fam="Mój mąż {R} urodził się {D}, nasza córka {G} {D2}, a nasz syn {R2} {D3}.",
    twins="Bliźnięta {G} i {R} urodziły się oboje {D}.",
    age1="{P} ma {A} lat; urodziła się {D}.", age2="{P}, urodzona w {MY} (obecnie {A} lat),",
    fill="Jest z nami od lat i wszyscy ją znają. Mieszka niedaleko dworca.",
    n_today="Dziś jest {N}.", n_appt_q="Kiedy jest wizyta?", n_appt_a="{N}.",
    n_corr_appt="Nie, wizyta jest {N}, a nie {N2}.",
    n_echo_appt="Przesunąłem wizytę na {N}.", n_deadline="Termin mija {N}.",
    n_delivery="Paczka powinna dotrzeć {N}.", n_death="Zmarła {N}.",
    n_anniv="Nasza rocznica ślubu przypada {N}.", n_pet="Nasz pies {X} urodził się {N}.",
    n_firm="Firmę założono {N}.", n_famous="{F} urodził się {N}.",
    n_age="Ma teraz {A} lat.")
S["sv"] = dict(
    lab_dob="Födelsedatum", lab_name="Namn",
    ask_check="Kan du kolla den här blanketten innan jag skickar in den?",
    a_read="Jag har läst blanketten. {P} föddes den {W} och den är undertecknad {N}. Ska jag fylla i resten?",
    a_quote="En sak föll mig i ögonen:", a_quote_q="Stämmer det?",
    u_cue="Nej, hennes födelsedatum är {D}, inte {W}.", u_nocue="Nej, det är {D}.",
    u_should="Födelsedatum ska vara {D}.", u_year="egentligen {Y}, inte {YW}, alltså {D}",
    u_dm="nej, hon fyller år den {DM}, inte den {dw}",
    a_echo="Jag har ändrat födelsedatumet till {D}.", a_echo_n="Klart, jag ändrade det till {D}.",
    u_next="Tack. Skriv nu brevet till skolan.",
    a_ask="Tack. Kan du också ge mig hennes födelsedatum?",
    u_ask="Vad är hennes födelsedatum enligt dokumentet?", a_ans="Enligt dokumentet {D}.",
    born="{P} föddes den {D} i {T}.", born_pron="Hon är född {D}.",
    obit="{P}, född {D} i {T}, somnade stilla in den {N}, omgiven av sin familj.",
    bio="Min mormor {P} föddes den {D} i {T}. Hon gifte sig {Y} och drev byns affär.",
    cover="Jag heter {P}. Jag föddes den {D} i {T} och har arbetat som sjuksköterska i sex år.",
    visa="Härmed bjuder jag in min syster {P}, född {D} i {T}, att bo hos mig från {N} till {N2}.",
    school="{P} (född {D}) har gjort goda framsteg i läsning den här terminen.",
    fam="Min man {R} är född {D}, vår dotter {G} {D2} och vår son {R2} {D3}.",
    twins="Tvillingarna {G} och {R} är båda födda {D}.",
    age1="{P} är {A} år; hon föddes den {D}.", age2="{P}, född i {MY} (nu {A}),",
    fill="Hon har varit hos oss i många år och alla känner henne. Hon bor nära stationen.",
    n_today="Idag är det {N}.", n_appt_q="När är besöket?", n_appt_a="Den {N}.",
    n_corr_appt="Nej, besöket är den {N}, inte den {N2}.",
    n_echo_appt="Jag har flyttat besöket till {N}.", n_deadline="Sista dag är {N}.",
    n_delivery="Paketet ska komma fram den {N}.", n_death="Hon dog den {N}.",
    n_anniv="Vår bröllopsdag är den {N}.", n_pet="Vår hund {X} föddes den {N}.",
    n_firm="Företaget grundades den {N}.", n_famous="{F} föddes den {N}.",
    n_age="Hon är {A} nu.")
S["da"] = dict(
    lab_dob="Fødselsdato", lab_name="Navn",
    ask_check="Kan du tjekke denne blanket, før jeg sender den?",
    a_read="Jeg har læst blanketten. {P} er født den {W}, og den er underskrevet den {N}. Skal jeg udfylde resten?",
    a_quote="Jeg lagde mærke til én ting:", a_quote_q="Er det rigtigt?",
    u_cue="Nej, hendes fødselsdato er {D}, ikke {W}.", u_nocue="Nej, det er {D}.",
    u_should="Fødselsdato skal være {D}.", u_year="faktisk {Y}, ikke {YW}, altså {D}",
    u_dm="nej, hun har fødselsdag den {DM}, ikke den {dw}.",
    a_echo="Jeg har rettet fødselsdatoen til {D}.", a_echo_n="Færdig, jeg har ændret det til {D}.",
    u_next="Tak. Skriv nu brevet til skolen.",
    a_ask="Tak. Kan du også give mig hendes fødselsdato?",
    u_ask="Hvad er hendes fødselsdato ifølge dokumentet?", a_ans="Ifølge dokumentet {D}.",
    born="{P} blev født den {D} i {T}.", born_pron="Hun er født den {D}.",
    obit="{P}, født {D} i {T}, sov stille ind den {N} omgivet af sin familie.",
    bio="Min mormor {P} blev født den {D} i {T}. Hun blev gift i {Y} og drev landsbyens købmand.",
    cover="Jeg hedder {P}. Jeg er født den {D} i {T} og har arbejdet som sygeplejerske i seks år.",
    visa="Hermed inviterer jeg min søster {P}, født den {D} i {T}, til at bo hos mig fra {N} til {N2}.",
    school="{P} (født {D}) har gjort gode fremskridt i læsning dette semester.",
    fam="Min mand {R} er født den {D}, vores datter {G} den {D2} og vores søn {R2} den {D3}.",
    twins="Tvillingerne {G} og {R} er begge født den {D}.",
    age1="{P} er {A} år; hun er født den {D}.", age2="{P}, født i {MY} (nu {A}),",
    fill="Hun har været hos os i mange år, og alle kender hende. Hun bor tæt på stationen.",
    n_today="I dag er det den {N}.", n_appt_q="Hvornår er aftalen?", n_appt_a="Den {N}.",
    n_corr_appt="Nej, aftalen er den {N}, ikke den {N2}.",
    n_echo_appt="Jeg har flyttet aftalen til den {N}.", n_deadline="Fristen er den {N}.",
    n_delivery="Pakken skulle komme den {N}.", n_death="Hun døde den {N}.",
    n_anniv="Vores bryllupsdag er den {N}.", n_pet="Vores hund {X} er født den {N}.",
    n_firm="Firmaet blev grundlagt den {N}.", n_famous="{F} blev født den {N}.",
    n_age="Hun er {A} nu.")
S["no"] = dict(
    lab_dob="Fødselsdato", lab_name="Navn",
    ask_check="Kan du sjekke dette skjemaet før jeg sender det?",
    a_read="Jeg har lest skjemaet. {P} ble født {W}, og det er signert {N}. Skal jeg fylle ut resten?",
    a_quote="Jeg la merke til én ting:", a_quote_q="Stemmer det?",
    u_cue="Nei, fødselsdatoen hennes er {D}, ikke {W}.", u_nocue="Nei, det er {D}.",
    u_should="Fødselsdato skal være {D}.", u_year="egentlig {Y}, ikke {YW}, altså {D}",
    u_dm="nei, hun har bursdag {DM}, ikke den {dw}.",
    a_echo="Jeg har endret fødselsdatoen til {D}.", a_echo_n="Ferdig, jeg endret det til {D}.",
    u_next="Takk. Skriv nå brevet til skolen.",
    a_ask="Takk. Kan du også gi meg fødselsdatoen hennes?",
    u_ask="Hva er fødselsdatoen hennes ifølge dokumentet?", a_ans="Ifølge dokumentet {D}.",
    born="{P} ble født {D} i {T}.", born_pron="Hun er født {D}.",
    obit="{P}, født {D} i {T}, sovnet stille inn {N}, omgitt av familien.",
    bio="Mormoren min, {P}, ble født {D} i {T}. Hun giftet seg i {Y} og drev butikken i bygda.",
    cover="Jeg heter {P}. Jeg er født {D} i {T} og har jobbet som sykepleier i seks år.",
    visa="Jeg inviterer herved søsteren min {P}, født {D} i {T}, til å bo hos meg fra {N} til {N2}.",
    school="{P} (født {D}) har gjort gode framskritt i lesing dette halvåret.",
    fam="Mannen min {R} er født {D}, datteren vår {G} {D2} og sønnen vår {R2} {D3}.",
    twins="Tvillingene {G} og {R} er begge født {D}.",
    age1="{P} er {A} år; hun ble født {D}.", age2="{P}, født i {MY} (nå {A}),",
    fill="Hun har vært hos oss i mange år, og alle kjenner henne. Hun bor nær stasjonen.",
    n_today="I dag er det {N}.", n_appt_q="Når er timen?", n_appt_a="{N}.",
    n_corr_appt="Nei, timen er {N}, ikke {N2}.",
    n_echo_appt="Jeg har flyttet timen til {N}.", n_deadline="Fristen er {N}.",
    n_delivery="Pakken skal komme {N}.", n_death="Hun døde {N}.",
    n_anniv="Bryllupsdagen vår er {N}.", n_pet="Hunden vår {X} ble født {N}.",
    n_firm="Firmaet ble stiftet {N}.", n_famous="{F} ble født {N}.",
    n_age="Hun er {A} nå.")
S["fi"] = dict(
    lab_dob="Syntymäaika", lab_name="Nimi",
    ask_check="Voitko tarkistaa tämän lomakkeen ennen kuin lähetän sen?",
    a_read="Luin lomakkeen. {P} on syntynyt {W}, ja se on allekirjoitettu {N}. Täytänkö loput?",
    a_quote="Huomasin yhden asian:", a_quote_q="Pitääkö tämä paikkansa?",
    u_cue="Ei, hänen syntymäaikansa on {D}, ei {W}.", u_nocue="Ei, se on {D}.",
    u_should="Syntymäajan pitää olla {D}.", u_year="oikeastaan {Y} eikä {YW}, eli {D}",
    a_echo="Päivitin syntymäajaksi {D}.", a_echo_n="Valmis, muutin sen muotoon {D}.",
    u_next="Kiitos. Kirjoita nyt kirje koululle.",
    a_ask="Kiitos. Voisitko antaa myös hänen syntymäaikansa?",
    u_ask="Mikä on hänen syntymäaikansa asiakirjan mukaan?", a_ans="Asiakirjan mukaan {D}.",
    born="{P} syntyi {D} {TL}.", born_pron="Hän syntyi {D}.",
    obit="{P}, syntynyt {D}, nukkui rauhallisesti pois {N} läheistensä ympäröimänä.",
    bio="Isoäitini {P} syntyi {D}. Hän meni naimisiin vuonna {Y} ja piti kylän kauppaa.",
    cover="Nimeni on {P}. Olen syntynyt {D} ja olen työskennellyt sairaanhoitajana kuusi vuotta.",
    visa="Kutsun täten sisareni {P}, syntynyt {D}, asumaan luonani ajalla {N}–{N2}.",
    school="{P} (s. {D}) on edistynyt lukemisessa hyvin tällä lukukaudella.",
    fam="Mieheni {R} on syntynyt {D}, tyttäremme {G} {D2} ja poikamme {R2} {D3}.",
    twins="Kaksoset {G} ja {R} ovat molemmat syntyneet {D}.",
    age1="{P} on {A}-vuotias; hän syntyi {D}.", age2="{P}, syntynyt {MY} (nyt {A}),",
    fill="Hän on ollut meillä vuosia, ja kaikki tuntevat hänet. Hän asuu aseman lähellä.",
    n_today="Tänään on {N}.", n_appt_q="Milloin aika on?", n_appt_a="{N}.",
    n_corr_appt="Ei, aika on {N}, ei {N2}.",
    n_echo_appt="Siirsin ajan päivälle {N}.", n_deadline="Määräaika päättyy {N}.",
    n_delivery="Paketin pitäisi saapua {N}.", n_death="Hän kuoli {N}.",
    n_anniv="Hääpäivämme on {N}.", n_pet="Koiramme {X} syntyi {N}.",
    n_firm="Yritys perustettiin {N}.", n_famous="{F} syntyi {N}.",
    n_age="Hän on nyt {A}.")
S["cs"] = dict(
    lab_dob="Datum narození", lab_name="Jméno",
    ask_check="Můžeš zkontrolovat tenhle formulář, než ho pošlu?",
    a_read="Přečetl jsem formulář. {P} se narodila {W} a je podepsán {N}. Mám vyplnit zbytek?",
    a_quote="Všiml jsem si jedné věci:", a_quote_q="Je to správně?",
    u_cue="Ne, její datum narození je {D}, ne {W}.", u_nocue="Ne, je to {D}.",
    u_should="Datum narození má být {D}.", u_year="vlastně {Y}, ne {YW}, takže {D}",
    a_echo="Opravil jsem datum narození na {D}.", a_echo_n="Hotovo, změnil jsem to na {D}.",
    u_next="Díky. Teď napiš dopis do školy.",
    a_ask="Děkuji. Můžete mi dát i její datum narození?",
    u_ask="Jaké je její datum narození podle dokumentu?", a_ans="Podle dokumentu {D}.",
    born="{P} se narodila {D} v {TL}.", born_pron="Narodila se {D}.",
    obit="{P}, narozená {D} v {TL}, pokojně zesnula {N} v kruhu své rodiny.",
    bio="Moje babička {P} se narodila {D} v {TL}. Vdala se v roce {Y} a vedla obchod ve vsi.",
    cover="Jmenuji se {P}. Narodila jsem se {D} v {TL} a šest let pracuji jako zdravotní sestra.",
    visa="Tímto zvu svou sestru {P}, narozenou {D} v {TL}, k pobytu u mě od {N} do {N2}.",
    school="{P} (nar. {D}) udělala v tomto pololetí velké pokroky ve čtení.",
    fam="Můj manžel {R} se narodil {D}, naše dcera {G} {D2} a náš syn {R2} {D3}.",
    twins="Dvojčata {G} a {R} se narodila obě {D}.",
    age1="{P} je {A} let; narodila se {D}.", age2="{P}, narozená v {MY} (nyní {A}),",
    fill="Je u nás už roky a všichni ji znají. Bydlí blízko nádraží.",
    n_today="Dnes je {N}.", n_appt_q="Kdy je termín?", n_appt_a="{N}.",
    n_corr_appt="Ne, termín je {N}, ne {N2}.",
    n_echo_appt="Přesunul jsem termín na {N}.", n_deadline="Lhůta končí {N}.",
    n_delivery="Balík by měl dorazit {N}.", n_death="Zemřela {N}.",
    n_anniv="Naše výročí svatby je {N}.", n_pet="Náš pes {X} se narodil {N}.",
    n_firm="Firma byla založena {N}.", n_famous="{F} se narodil {N}.",
    n_age="Teď je jí {A}.")
S["tr"] = dict(
    lab_dob="Doğum tarihi", lab_name="Ad Soyad",
    ask_check="Göndermeden önce bu formu kontrol edebilir misin?",
    a_read="Formu okudum. {P} {W} tarihinde doğmuş ve form {N} tarihinde imzalanmış. Gerisini doldurayım mı?",
    a_quote="Bir şey dikkatimi çekti:", a_quote_q="Bu doğru mu?",
    u_cue="Hayır, doğum tarihi {D}, {W} değil.", u_nocue="Hayır, {D}.",
    u_should="Doğum tarihi {D} olmalı.", u_year="aslında {Y}, {YW} değil, yani {D}",
    a_echo="Doğum tarihini {D} olarak güncelledim.", a_echo_n="Tamam, {D} olarak değiştirdim.",
    u_next="Teşekkürler. Şimdi okula mektubu yaz.",
    a_ask="Teşekkürler. Doğum tarihini de verebilir misiniz?",
    u_ask="Belgeye göre doğum tarihi ne?", a_ans="Belgeye göre {D}.",
    born="{P} {D} tarihinde {TL} doğdu.", born_pron="{D} tarihinde doğdu.",
    obit="{P} ({D}, {T}) {N} tarihinde ailesinin yanında huzur içinde vefat etti.",
    bio="Babaannem {P} {D} tarihinde {TL} doğdu. {Y} yılında evlendi ve köyün bakkalını işletti.",
    cover="Adım {P}. {D} tarihinde {TL} doğdum ve altı yıldır hemşire olarak çalışıyorum.",
    visa="Kız kardeşim {P}, {D} doğumlu, {N} ile {N2} tarihleri arasında davetlim olarak evimde kalacaktır.",
    school="{P} (doğum tarihi {D}) bu dönem okumada iyi ilerleme gösterdi.",
    fam="Eşim {R} {D} doğumlu, kızımız {G} {D2}, oğlumuz {R2} ise {D3} doğumlu.",
    twins="İkizler {G} ve {R} ikisi de {D} tarihinde doğdu.",
    age1="{P} {A} yaşında; {D} tarihinde doğdu.", age2="{P} ({MY} doğumlu, şimdi {A} yaşında)",
    fill="Yıllardır bizimle ve herkes onu tanıyor. İstasyonun yakınında oturuyor.",
    n_today="Bugün {N}.", n_appt_q="Randevu ne zaman?", n_appt_a="{N}.",
    n_corr_appt="Hayır, randevu {N}, {N2} değil.",
    n_echo_appt="Randevuyu {N} tarihine aldım.", n_deadline="Son başvuru tarihi {N}.",
    n_delivery="Kargonun {N} tarihinde gelmesi bekleniyor.", n_death="{N} tarihinde vefat etti.",
    n_anniv="Evlilik yıldönümümüz {N}.", n_pet="Köpeğimiz {X} {N} tarihinde doğdu.",
    n_firm="Şirket {N} tarihinde kuruldu.", n_famous="{F} {N} tarihinde doğdu.",
    n_age="Şimdi {A} yaşında.")
S["hu"] = dict(
    lab_dob="Születési dátum", lab_name="Név",
    ask_check="Átnéznéd ezt az űrlapot, mielőtt elküldöm?",
    a_read="Elolvastam az űrlapot. {P} {Wc} született, az aláírás dátuma {N}. Kitöltsem a többit?",
    a_quote="Egy dolgot észrevettem:", a_quote_q="Ez így helyes?",
    u_cue="Nem, a születési dátuma {D}, nem {W}.", u_nocue="Nem, {D}.",
    u_should="A születési dátum helyesen: {D}.", u_year="igazából {Y}, nem {YW}, tehát {D}",
    a_echo="A születési dátumot átírtam erre: {D}.", a_echo_n="Kész, átírtam erre: {D}.",
    u_next="Köszönöm. Most írd meg a levelet az iskolának.",
    a_ask="Köszönöm. Megadnád a születési dátumát is?",
    u_ask="Mi a születési dátuma a dokumentum szerint?", a_ans="A dokumentum szerint {D}.",
    born="{P} {Dc} született, {T} városában.", born_pron="{Dc} született.",
    obit="{P} (szül. {D}, {T}) elhunyt: {N}. Temetése a helyi temetőben lesz.",
    bio="Nagymamám, {P} {Dc} született, {T} városában. {Y} nyarán ment férjhez, és a falusi boltot vezette.",
    cover="A nevem {P}. {Dc} születtem, {T} városában, és hat éve dolgozom ápolóként.",
    visa="Meghívom a húgomat, {P} (szül. {D}, {T}) hozzám látogatóba, {N} és {N2} között.",
    school="{P} (szül. {D}) ebben a félévben szépen fejlődött olvasásban.",
    fam="A férjem, {R} {Dc} született, a lányunk, {G} {D2c}, a fiunk, {R2} pedig {D3c}.",
    twins="Az ikrek, {G} és {R} mindketten {Dc} születtek.",
    age1="{P} {A} éves, {Dc} született.", age2="{P} (született {MY}, most {A} éves)",
    fill="Évek óta velünk van, mindenki ismeri. Az állomás közelében lakik.",
    n_today="Ma {N} van.", n_appt_q="Mikor van az időpont?", n_appt_a="{N}.",
    n_corr_appt="Nem, az időpont {N}, nem {N2}.",
    n_echo_appt="Az időpontot áttettem erre: {N}.", n_deadline="A határidő: {N}.",
    n_delivery="A csomag érkezése: {N}.", n_death="Elhunyt: {N}.",
    n_anniv="A házassági évfordulónk: {N}.", n_pet="A kutyánk, {X} {Nc} született.",
    n_firm="A cég alapítása: {N}.", n_famous="{F} {Nc} született.",
    n_age="Most {A} éves.")
# A town where the sentence puts it in the locative.
TOWN_IN = {"fi": ["Oulussa", "Tampereella", "Kuopiossa"], "cs": ["Brně", "Olomouci", "Plzni"],
           "tr": ["İzmir'de", "Bursa'da", "Trabzon'da"]}
# A user's request before a text, the assistant's answer before the corrected text, a request to
# fill in a form for a child, a short answer to a birth question.
REQ = {"en": "Please proofread this:", "de": "Bitte Korrektur lesen:",
       "fr": "Peux-tu relire ce texte ?", "nl": "Kun je dit nalezen?",
       "es": "¿Puedes corregir este texto?", "it": "Puoi correggere questo testo?",
       "pt": "Podes rever este texto?", "pl": "Możesz poprawić ten tekst?",
       "sv": "Kan du korrekturläsa det här?", "da": "Kan du læse korrektur på dette?",
       "no": "Kan du korrekturlese dette?", "fi": "Voitko oikolukea tämän?",
       "cs": "Můžeš zkontrolovat tento text?", "tr": "Bu metni düzeltebilir misin?",
       "hu": "Átnéznéd ezt a szöveget?"}
FIXED = {"en": "Here is the corrected text:", "de": "Hier der korrigierte Text:",
         "fr": "Voici le texte corrigé :", "nl": "Hier is de gecorrigeerde tekst:",
         "es": "Aquí tienes el texto corregido:", "it": "Ecco il testo corretto:",
         "pt": "Aqui está o texto revisto:", "pl": "Oto poprawiony tekst:",
         "sv": "Här är den rättade texten:", "da": "Her er den rettede tekst:",
         "no": "Her er den rettede teksten:", "fi": "Tässä korjattu teksti:",
         "cs": "Tady je opravený text:", "tr": "İşte düzeltilmiş metin:",
         "hu": "Íme a javított szöveg:"}
HELP = {"en": "Please help me fill in the school registration for {P}.",
        "de": "Hilf mir bitte, die Schulanmeldung für {P} auszufüllen.",
        "fr": "Aide-moi à remplir l'inscription scolaire de {P}.",
        "nl": "Help me het inschrijfformulier voor {P} in te vullen.",
        "es": "Ayúdame a rellenar la matrícula del colegio de {P}.",
        "it": "Aiutami a compilare l'iscrizione scolastica di {P}.",
        "pt": "Ajuda-me a preencher a inscrição escolar. Aluna: {P}.",
        "pl": "Pomóż mi wypełnić zgłoszenie do szkoły. Dziecko: {P}.",
        "sv": "Hjälp mig fylla i skolanmälan för {P}.",
        "da": "Hjælp mig med at udfylde skoletilmeldingen for {P}.",
        "no": "Hjelp meg å fylle ut skolepåmeldingen for {P}.",
        "fi": "Auta minua täyttämään kouluilmoittautuminen. Lapsi: {P}.",
        "cs": "Pomoz mi vyplnit přihlášku do školy. Dítě: {P}.",
        "tr": "Okul kaydını doldurmama yardım eder misin? Öğrenci: {P}.",
        "hu": "Segíts kitölteni az iskolai jelentkezést. Gyermek: {P}."}
ANS = {"en": ["{D}", "it's {D}", "{D} I think", "{P}, {D}"], "de": ["{D}", "am {D}", "{P}, {D}"],
       "fr": ["{D}", "c'est le {D}", "le {D}"], "nl": ["{D}", "op {D}", "{P}, {D}"],
       "es": ["{D}", "es el {D}", "el {D}"], "it": ["{D}", "è il {D}", "il {D}"],
       "pt": ["{D}", "é {D}", "{P}, {D}"], "pl": ["{D}", "{P}, {D}"], "sv": ["{D}", "den {D}"],
       "da": ["{D}", "den {D}"], "no": ["{D}", "{P}, {D}"], "fi": ["{D}", "{P}, {D}"],
       "cs": ["{D}", "{P}, {D}"], "tr": ["{D}", "{P}, {D}"], "hu": ["{D}", "{P}, {D}"]}
SPEAKERS = [("User: ", "Assistant: "), ("Me: ", "ChatGPT: "), ("[user] ", "[assistant] "),
            ("**You:** ", "**Claude:** ")]

LABEL = {"P": "PERSON", "G": "PERSON", "R": "PERSON", "R2": "PERSON",
         "D": "DATE_OF_BIRTH", "D2": "DATE_OF_BIRTH", "D3": "DATE_OF_BIRTH", "W": "DATE_OF_BIRTH",
         "Dc": "DATE_OF_BIRTH", "D2c": "DATE_OF_BIRTH", "D3c": "DATE_OF_BIRTH",
         "Wc": "DATE_OF_BIRTH", "MY": "DATE_OF_BIRTH", "N": "NEG_DATE", "N2": "NEG_DATE",
         "Nc": "NEG_DATE", "DM": "NEG_DATE", "A": "NEG_AGE", "F": "NEG_FAMOUS", "X": "NEG_PET"}


class Turn:
    """One turn's text written left to right, with its spans (offsets in the turn)."""

    def __init__(self, role):
        self.role, self.text, self.spans = role, "", []

    def t(self, s):
        self.text += s
        return self

    def span(self, label, v):
        self.spans.append(span_at(self.text, label, v))
        self.text += v
        return self

    def fill(self, template, kw, quote=""):
        """Appends template with its {KEY}s from kw (a date is (before, span, after)); with
        quote, every line after a line break starts with it too."""
        i = 0
        while i < len(template):
            j = template.find("{", i)
            if j < 0:
                self.t(template[i:].replace("\n", "\n" + quote) if quote else template[i:])
                break
            self.t(template[i:j].replace("\n", "\n" + quote) if quote else template[i:j])
            k = template.index("}", j)
            key = template[j + 1:k]
            v = kw[key]
            if isinstance(v, tuple):
                self.t(v[0]).span(LABEL[key], v[1]).t(v[2])
            elif key in LABEL:
                self.span(LABEL[key], v)
            else:
                self.t(v)
            i = k + 1
        return self


def date_kw(lg, ymd, weights=(4, 4, 1)):
    return any_date(lg, ymd, weights)


def base_kw(lg, ymd, wymd=None):
    """The values of one record: a woman, her birth (and a wrong one), other dates, a town."""
    g, p = woman(lg)
    kw = {"P": p, "G": g, "T": rng.choice(TOWN[lg]), "TL": rng.choice(TOWN_IN.get(lg, TOWN[lg])),
          "N": ("", numeric(lg, soon()) if rng.random() < 0.6 else spelled(lg, soon())[1], ""),
          "N2": ("", numeric(lg, soon()), ""), "A": str(2026 - ymd[0]), "Y": str(ymd[0]),
          "R": man(lg), "R2": man(lg), "X": rng.choice(PETNAME)}
    kw["D"] = date_kw(lg, ymd)
    if wymd is not None:
        kw["W"] = ("", numeric(lg, wymd), "")
        kw["YW"] = str(wymd[0])
    cased(lg, kw, ymd, wymd)
    return kw


def cased(lg, kw, ymd, wymd=None):
    """Dc/Wc: the birth with a Hungarian case ending after it (the plain date elsewhere)."""
    if lg == "hu":
        s, e = hu_cased(ymd)
        kw["Dc"] = ("", s, e)
        if wymd is not None:
            s, e = hu_cased(wymd)
            kw["Wc"] = ("", s, e)
    else:
        kw["Dc"] = kw["D"]
        if wymd is not None:
            kw["Wc"] = kw["W"]


def neg_sentence(lg, kw):
    """A look-alike sentence (other dates, ages, a famous person's or a pet's birth)."""
    k = rng.choice(["n_today", "n_deadline", "n_delivery", "n_anniv", "n_pet", "n_firm",
                    "n_famous", "n_age", "n_death"])
    kw = dict(kw)
    ymd = None
    if k == "n_famous":
        f, ymd = rng.choice(FAMOUS)
        kw["F"] = f
        kw["N"] = spelled(lg, ymd) if rng.random() < 0.5 else ("", numeric(lg, ymd), "")
    if k == "n_pet":
        ymd = (rng.randint(2012, 2023), rng.randint(1, 12), rng.randint(1, 28))
        kw["N"] = ("", numeric(lg, ymd), "")
    if k == "n_firm":
        kw["N"] = ("", numeric(lg, (rng.randint(1950, 2015), rng.randint(1, 12),
                                    rng.randint(1, 28))), "")
    if k == "n_death":
        kw["N"] = ("", numeric(lg, recent()), "")
    if lg == "hu" and ymd is not None:
        kw["Nc"] = ("",) + hu_cased(ymd)
    return S[lg][k], kw


# ---- kinds of text -----------------------------------------------------------------------------
def day_word(lg, d):
    return ordinal_en(d) if lg == "en" else ("%d:e" % d if lg == "sv" else str(d))


def k_correct(lg):
    """A pasted form, the assistant reading the birth back, the user correcting it."""
    L = S[lg]
    variant = rng.choice(["cue", "nocue", "nocue", "should", "year", "dm"])
    if variant == "dm" and "u_dm" not in L:
        variant = "cue"
    ymd = adult()
    if variant == "year":
        y = ymd[0]
        while y % 10 == (y // 10) % 10:
            y += 1
        ymd = (y, ymd[1], ymd[2])
        wymd = ((y // 100) * 100 + (y % 10) * 10 + (y // 10) % 10, ymd[1], ymd[2])
    elif variant == "dm":
        ymd = (ymd[0], ymd[1], rng.randint(1, 9))
        wymd = (ymd[0], ymd[1], ymd[2] + 10)
    else:
        wymd = wrong_of(ymd, lg == "en")
    kw = base_kw(lg, ymd, wymd)
    if variant == "year":
        kw["D"] = ("", numeric(lg, ymd), "")
    if variant == "dm":
        b, v = day_month(lg, ymd)
        kw["DM"] = (b, v, "")
        kw["dw"] = day_word(lg, wymd[2])
        kw["D"] = ("", numeric(lg, ymd), "")
    u1 = Turn("user").fill(L["ask_check"], kw).t("\n\n")
    u1.fill(L["lab_name"] + ": {P}\n" + L["lab_dob"] + ": {W}\n", kw)
    if rng.random() < 0.4:
        t, nkw = neg_sentence(lg, kw)
        u1.t("\n").fill(t, nkw)
    else:
        u1.text = u1.text[:-1]
    a1 = Turn("assistant")
    read = rng.random() < 0.5
    if read:
        a1.fill(L["a_read"], kw)
    else:
        a1.fill(L["a_quote"] + "\n\n> " + L["lab_dob"] + ": {W}\n\n" + L["a_quote_q"], kw)
    u2 = Turn("user")
    if variant in ("nocue", "year", "dm") or rng.random() < 0.3:
        if read:
            u2.t("> ").fill(L["a_read"], kw)
        else:
            u2.t("> ").fill(L["a_quote"], kw).t("\n>\n>> ").fill(L["lab_dob"] + ": {W}", kw)
        u2.t("\n\n")
    key = {"cue": "u_cue", "nocue": "u_nocue", "should": "u_should", "year": "u_year",
           "dm": "u_dm"}[variant]
    u2.fill(L[key], kw)
    turns = [u1, a1, u2]
    if rng.random() < 0.7 or variant == "dm":
        a2 = Turn("assistant").fill(rng.choice([L["a_echo"], L["a_echo_n"]]), kw)
        turns += [a2, Turn("user").fill(L["u_next"], kw)]
    return turns


def k_ask(lg):
    """A birth question and its answer on the next turn."""
    L = S[lg]
    variant = rng.choice(["asst", "asst", "doc"])
    if variant == "asst":
        ymd = child()
        kw = base_kw(lg, ymd)
        kw["D"] = date_kw(lg, ymd, (3, 2, 3))
        u1 = Turn("user").fill(HELP[lg], kw)
        a1 = Turn("assistant").fill(L["a_ask"], kw)
        u2 = Turn("user").fill(rng.choice(ANS[lg]), kw)
        turns = [u1, a1, u2]
        if rng.random() < 0.5:
            turns += [Turn("assistant").fill(L["a_echo"], kw), Turn("user").fill(L["u_next"], kw)]
        return turns
    ymd = adult()
    kw = base_kw(lg, ymd)
    u1 = Turn("user").fill(L["born"] + " " + L["fill"], kw)
    if rng.random() < 0.5:
        t, nkw = neg_sentence(lg, kw)
        u1.t(" ").fill(t, nkw)
    u1.t("\n\n").fill(L["u_ask"], kw)
    a1 = Turn("assistant").fill(L["a_ans"], kw)
    return [u1, a1, Turn("user").fill(L["u_next"], kw)]


def prose(lg, key, kw):
    L = S[lg]
    t = Turn("user")
    if key == "far":
        t.fill("{P} — " + L["fill"] + " " + L["born_pron"], kw)
    else:
        t.fill(L[key], kw)
    if rng.random() < 0.7:
        s, nkw = neg_sentence(lg, kw)
        if rng.random() < 0.5:
            t.t(" ").fill(s, nkw)
        else:
            old = t
            t = Turn("user").fill(s, nkw).t(" ")
            shift = len(t.text)
            t.text += old.text
            t.spans += [dict(sp, start_position=sp["start_position"] + shift,
                             end_position=sp["end_position"] + shift) for sp in old.spans]
    return t


def k_verb(lg):
    ymd = adult()
    kw = base_kw(lg, ymd)
    return [prose(lg, rng.choice(["born", "born", "far"]), kw)]


def k_family(lg):
    ymd = adult()
    kw = base_kw(lg, ymd)
    key = rng.choice(["fam", "fam", "twins"])
    if key == "fam":
        husband = (rng.randint(1965, 1990), rng.randint(1, 12), rng.randint(1, 28))
        kw["D"] = date_kw(lg, husband)
        c1, c2 = child(), child()
        kw["D2"], kw["D3"] = date_kw(lg, c1), date_kw(lg, c2)
        if lg == "hu":
            kw["Dc"] = ("",) + hu_cased(husband)
            kw["D2c"] = ("",) + hu_cased(c1)
            kw["D3c"] = ("",) + hu_cased(c2)
    else:
        c = child()
        kw["D"] = date_kw(lg, c)
        cased(lg, kw, c)
    return [prose(lg, key, kw)]


def k_age(lg):
    ymd = adult()
    kw = base_kw(lg, ymd)
    kw["MY"] = month_year(lg, ymd)
    key = rng.choice(["age1", "age2"])
    if key == "age2":
        S[lg]["age2."] = S[lg]["age2"].rstrip(",") + "."
        key = "age2."
    return [prose(lg, key, kw)]


def k_narrative(lg):
    ymd = adult()
    kw = base_kw(lg, ymd)
    key = rng.choice(["obit", "bio", "cover", "visa", "school"])
    if key == "school":
        c = child()
        kw["D"] = date_kw(lg, c)
        cased(lg, kw, c)
    if key == "bio":
        kw["D"] = date_kw(lg, (rng.randint(1925, 1950), ymd[1], ymd[2]), (2, 5, 0))
        kw["Y"] = str(rng.randint(1950, 1975))
    if key == "obit":
        kw["N"] = ("", numeric(lg, recent()), "")
    return [prose(lg, key, kw)]


def k_lookalike(lg):
    """Conversations and sentences with other dates only (and the people they name)."""
    L = S[lg]
    ymd = adult()
    kw = base_kw(lg, ymd)
    if rng.random() < 0.6:
        u1 = Turn("user").fill(HELP[lg], kw)
        a1 = Turn("assistant").fill(L["n_appt_q"], kw)
        u2 = Turn("user").fill(L["n_appt_a"], kw)
        a2 = Turn("assistant").fill(L["n_echo_appt"], kw)
        swapped = dict(kw, N=kw["N2"], N2=kw["N"])
        u3 = Turn("user").t("> ").fill(L["n_echo_appt"], kw).t("\n\n").fill(L["n_corr_appt"],
                                                                               swapped)
        return [u1, a1, u2, a2, u3]
    t = Turn("user")
    for _ in range(3):
        s, nkw = neg_sentence(lg, kw)
        t.fill(s, nkw).t(" ")
    t.text = t.text[:-1]
    return [t]


KINDS = [("correct", k_correct, 100), ("ask", k_ask, 70), ("verb", k_verb, 45),
         ("family", k_family, 40), ("age", k_age, 35), ("narrative", k_narrative, 65),
         ("lookalike", k_lookalike, 45)]


# ---- plain text and request bodies -------------------------------------------------------------
def plain(turns, cls):
    """A pasted transcript (a speaker label before each turn), or the text alone."""
    if len(turns) == 1:
        t = turns[0]
        if rng.random() < 0.3:
            return t.text, t.spans
        return join([("", t)], "")
    su, sa = rng.choice(SPEAKERS)
    return join([(su if t.role == "user" else sa, t) for t in turns], "\n\n")


def join(parts, sep):
    text, spans = "", []
    for k, (head, t) in enumerate(parts):
        if k:
            text += sep
        text += head
        spans += [dict(s, start_position=s["start_position"] + len(text),
                       end_position=s["end_position"] + len(text)) for s in t.spans]
        text += t.text
    return text, spans


MARK = "@@T%d@@"


def place(raw, pieces, ascii_):
    """Each MARK in raw replaced by its piece's text escaped once; the pieces' spans moved to
    their bytes."""
    return place_each(raw, [(MARK % k, escaper(1, ascii_), t) for k, t in enumerate(pieces)])


def split_turn(t):
    """A user turn that pastes a document after a request, as two text blocks (at the first
    blank line no span crosses), or the turn whole."""
    at = t.text.find("\n\n")
    if at < 0 or any(s["start_position"] < at + 2 < s["end_position"] for s in t.spans):
        return [t]
    a, b = Turn(t.role), Turn(t.role)
    a.text, b.text = t.text[:at + 2], t.text[at + 2:]
    for s in t.spans:
        (a if s["end_position"] <= at + 2 else b).spans.append(
            s if s["end_position"] <= at + 2 else
            dict(s, start_position=s["start_position"] - at - 2,
                 end_position=s["end_position"] - at - 2))
    return [a, b]


SYSTEM = "You are a helpful assistant. Answer in the user's language."


def body(kind, turns, ascii_, compact):
    pieces, n = [], 0

    def mark(t):
        nonlocal n
        pieces.append(t)
        n += 1
        return MARK % (n - 1)
    if kind == "openai":
        obj = {"model": "gpt-4o", "messages": [{"role": "system", "content": SYSTEM}] + [
            {"role": t.role, "content": mark(t)} for t in turns]}
    elif kind == "anthropic":
        msgs = []
        for k, t in enumerate(turns):
            parts = split_turn(t) if k == 0 and t.role == "user" else [t]
            msgs.append({"role": t.role,
                         "content": [{"type": "text", "text": mark(p)} for p in parts]})
        obj = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "system": SYSTEM,
               "messages": msgs}
    else:
        obj = {"contents": [{"role": "user" if t.role == "user" else "model",
                             "parts": [{"text": mark(t)}]} for t in turns],
               "generationConfig": {"temperature": 0.2}}
    raw = json.dumps(obj, ensure_ascii=ascii_, separators=(",", ":") if compact else None)
    return place(raw, pieces, ascii_)


def as_prompt(lg, turns):
    """A single text in a body: the request before it, and in half the assistant's corrected copy
    and a thank-you after it."""
    if len(turns) > 1:
        return turns
    t = turns[0]
    u = Turn("user").t(REQ[lg] + "\n\n")
    u.spans = [dict(s, start_position=s["start_position"] + len(u.text),
                    end_position=s["end_position"] + len(u.text)) for s in t.spans]
    u.text += t.text
    if rng.random() < 0.5:
        return [u]
    a = Turn("assistant").t(FIXED[lg] + "\n\n")
    a.spans = [dict(s, start_position=s["start_position"] + len(a.text),
                    end_position=s["end_position"] + len(a.text)) for s in t.spans]
    a.text += t.text
    return [u, a, Turn("user").t(S[lg]["u_next"])]


WRAPS = ["openai", "anthropic", "gemini"]
order = [(cls, fn) for cls, fn, n in KINDS for _ in range(n)]
rng.shuffle(order)
for i, (cls, fn) in enumerate(order):
    lg = LANGS[i % len(LANGS)]
    turns = fn(lg)
    for t in turns:
        check_spans(t.text, t.spans)
    wrapped = i % 2 == 1
    ascii_ = (i // 2) % 2 == 0
    if wrapped:
        kind = WRAPS[(i // 2) % len(WRAPS)]
        text, spans = body(kind, as_prompt(lg, turns), ascii_, i % 3 == 0)
        json.loads(text)
    else:
        kind = "plain"
        text, spans = plain(turns, cls)
    check_spans(text, spans)
    spans.sort(key=lambda s: s["start_position"])
    meta = {"locale": lg, "class": cls, "wrap": kind}
    if wrapped:
        meta["ascii"] = ascii_
    records.append({"full_text": text, "spans": spans, "template_id": len(records) % 100,
                    "metadata": meta})

write_json(records)
