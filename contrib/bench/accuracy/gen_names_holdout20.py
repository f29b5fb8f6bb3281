#!/usr/bin/env python3
r"""gen_names_holdout20.py: the twentieth blind held-out set for the NAMES pack (PERSON,
STREET_ADDRESS, DATE_OF_BIRTH, with PHONE_NUMBER and EMAIL_ADDRESS beside them), written in stop 47.

Written blind: its author read no detector code, no test, no note, no tuning corpus, generator or
data other than gen_common.py and gen_forms42.py (for the record format and label names only),
read the corpus table of README.md and the `echo "## ..."` titles of run.sh only to stay away from
every earlier set's kinds of text, read the head of bench_accuracy.c and body_grade.c's
body_is_request() only to learn which JSON the harness reads as a request body, and never ran hush
or any hush binary on this corpus. Never tuned on.

Kinds of text (metadata.class; none of them in an earlier set's list):
- `dialysis`: haemodialysis unit schedules (chair, patient, birth date, dialyser, access) and
  patient-transport bookings;
- `treework`: tree-felling permit applications and arborist details (species named after people
  such as `Douglas fir`, `Père David's maple` as NEG_TERM);
- `cattle`: cattle passports and herd-register extracts (the keeper, the holding; cows' names
  NEG_PET, the animal's birth date NEG_DATE);
- `grading`: martial-arts grading records (kyu and dan candidates, examiner; dojos named after
  founders NEG_ORG, founders as a topic NEG_FAMOUS);
- `allergy`: school anaphylaxis and allergy action plans (child, parents, GP; auto-injectors
  NEG_PRODUCT, schools named after people NEG_ORG);
- `concussion`: sports head-injury and concussion reports (SCAT6, Maddocks questions NEG_TERM);
- `microchip`: pet microchip registrations and transfers of keepership (breeds named after people
  such as `Jack Russell Terrier`, `Dobermann` NEG_TERM, pets NEG_PET);
- `astronomy`: astronomy-club observing reports and telescope loan agreements (comets, stars and
  nebulae named after people NEG_TERM, astronomers as a topic NEG_FAMOUS);
- `santa`: Secret Santa draws (who draws whom, posting addresses, a lower-case group chat's bot);
- `openmic`: open-mic and stand-up line-ups (songs that are given names NEG_WORK, bands named like
  people NEG_ORG);
- `eviction`: notices seeking possession and notices to quit;
- `protection`: protection and non-molestation order applications (applicant, respondent,
  children's birth dates);
- `electoral`: electoral registration forms (wards named after people NEG_PLACE);
- `banns`: banns of marriage and notices of intended marriage;
- `carshare`: car-sharing membership applications (stations named after people NEG_PLACE, cars
  with given names such as `Renault Zoe` NEG_PRODUCT);
- `inspection`: home-inspection and building-survey reports (house-number plates that are not
  addresses);
- `autofill`: browser autofill CSV exports and password-manager identity items;
- `oidc`: OpenID Connect id_token claims and userinfo responses;
- `wallet`: Apple Wallet pass.json membership cards;
- `har`: HAR captures and Postman collections whose request bodies carry a person (JSON inside a
  JSON string);
- `webhook`: form-builder webhook deliveries (Typeform-, Tally- and Jotform-shaped payloads);
- `mailmerge`: mail-merge data sources, templates with merge fields (NEG_CODE) and the merged
  letter;
- `capsule`: school time-capsule lists and letters;
- `remit`: money-transfer (remittance) receipts (sender, receiver of global origin);
- `options`: stock-option grant notices;
- `misconduct`: academic-misconduct hearing notices (`Harvard referencing` NEG_TERM, plagiarism
  checkers NEG_PRODUCT);
- `access`: exam access-arrangement applications (assessment batteries named after people
  NEG_TERM);
- `toll`: toll transponder account registrations (bridges and tunnels named after people
  NEG_PLACE);
- `escape`: escape-room bookings and waivers (rooms and teams named after fictional and famous
  people NEG_ROOM, NEG_ORG);
- `keyed`: API responses whose member keys are people's names (a dialysis roster, a Secret Santa
  bot's draw, a grading export keyed by candidate).

Shapes (metadata.wrap), about a third each:
- `plain` / `prompt`: the document alone, or after a request line in the record's language;
- `turns_<api>`: a conversation as it reaches the API: the user pastes the document after a
  request, the assistant answers quoting parts of it (`> Label: value` lines or a bulleted
  summary), the user quotes that answer the way mail clients and chat UIs do (`> `, the answer's
  own quotes becoming `>> `) and corrects a value (a birth date's year, the street, the spelling
  of a name, lower case a third of the time), sometimes a confirmation and a last turn;
- `split_<api>`: the document over several content blocks or parts of one message, cut so that a
  form's label ends one block and its value opens the next (`"Coach:"`, `" Maria Keller\n..."`),
  or as a tool's result: an Anthropic `tool_result` whose content is an array of text blocks (after
  a `tool_use` whose input names the person), an OpenAI `tool` message after a tool call whose
  `arguments` (escaped twice) name the person, the whole document inside a tool call's
  `arguments`, a Responses API `function_call_output`.
<api> is `openai` (chat completions), `anthropic` (messages), `gemini` (`contents[].parts[]`) or
`responses` (the Responses API's `input` items); `_ascii` marks the half of the bodies written
with every non-ASCII character as `\uXXXX` (twice escaped inside `arguments`). A body's spans are
the bytes as they stand in it (`Lef\u00e8vre`, `...\n35220 Konak`).

Languages: en, de, fr, nl, es, it, pt, pl, sv, da, no, fi, cs, hu, tr, ro, el (Greek in Latin
transliteration), each record's labels, addresses, dates and most names in its locale; a sixth of
the people of global origin (Arabic, South Asian, East Asian, West and East African, Slavic in
Latin script). Half the names are invented from syllables of their origin (checked against every
real name in this file and a list of common names), half real; `Surname, Given`, `SURNAME Given`,
Hungarian surname-first order, initials, particles (`de Vries`, `van den Berg`, `De Luca`, `bin
Rashid`), hyphens, diacritics, capitals, lower case, U+00A0 inside a name, U+2011 in a hyphenated
name and NFD-decomposed letters where real exports have them.

Labels: PERSON is every private person's name as it stands (a full name in one span, also
`Surname, Given`; given name and surname as two spans where they are two fields, cells or JSON
members; a user name that spells the person; a name as a JSON member key; both the wrong and the
corrected spelling in a correction). STREET_ADDRESS is the street, number, unit, postcode and town
as one span, across a line break where the record breaks it. DATE_OF_BIRTH is a person's birth
date in any printed shape (`d.m.yyyy`, `dd/mm/yy`, `m/d/yyyy`, ISO, `yyyymmdd`, `yymmdd`, month
words of all seventeen languages in their case, `1987. március 3.`, `3.V.1987`, `03-MAR-1987`),
both the wrong and the corrected one. Not PII (NEG_*, gen_forms42.py's names): NEG_ORG, NEG_TERM,
NEG_PRODUCT, NEG_ROOM, NEG_PLACE, NEG_PET, NEG_FAMOUS, NEG_STREET (streets named after people, no
number), NEG_WORK, NEG_ROLE (`Sinterklaas`), and NEG_DATE and NEG_CODE (references, ear tags,
chip and licence numbers, plates, MTCNs, versions, merge fields, pass numbers) of which a sample is
labelled (the rest stand unlabelled in the same places).

Writes JSON (the names_tune3.json format, code-point offsets) to stdout; deterministic (fixed
seed); Python stdlib only; stands alone (imports nothing of the other generators)."""
import json
import random
import re
import sys
import unicodedata

rng = random.Random(2026120520)


# ---- text with spans ---------------------------------------------------------------------------
class TS:
    """Text written left to right with labelled spans (code-point offsets)."""

    def __init__(self, s=""):
        self.text = s
        self.spans = []

    def t(self, s):
        self.text += s
        return self

    def span(self, label, v):
        if not v:
            return self
        self.spans.append([label, len(self.text), len(self.text) + len(v)])
        self.text += v
        return self

    def add(self, other):
        if isinstance(other, str):
            return self.t(other)
        base = len(self.text)
        self.text += other.text
        self.spans += [[l, s + base, e + base] for l, s, e in other.spans]
        return self

    def copy(self):
        c = TS(self.text)
        c.spans = [list(x) for x in self.spans]
        return c

    def values(self, label=None):
        return [(l, self.text[s:e]) for l, s, e in self.spans if label is None or l == label]


def remap(ts, pieces):
    """pieces: one output string per input character; returns the mapped TS."""
    out, pos = [], [0]
    n = 0
    for p in pieces:
        out.append(p)
        n += len(p)
        pos.append(n)
    r = TS("".join(out))
    r.spans = [[l, pos[s], pos[e]] for l, s, e in ts.spans]
    return r


def jstr(ts, ascii_):
    """A JSON string literal of ts (quotes included), spans moved to the escaped bytes."""
    if isinstance(ts, str):
        ts = TS(ts)
    pieces = [json.dumps(c, ensure_ascii=ascii_)[1:-1] for c in ts.text]
    r = remap(ts, pieces)
    q = TS('"')
    q.add(r)
    return q.t('"')


def jd(obj, ascii_, compact=False, ind=0):
    """A JSON document as TS; leaf strings may be TS (their spans follow their escaping)."""
    sep, col = (",", ":") if compact else (", ", ": ")
    if isinstance(obj, (str, TS)):
        return jstr(obj, ascii_)
    if isinstance(obj, dict):
        r = TS("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                r.t(sep)
            r.add(jstr(k, ascii_)).t(col).add(jd(v, ascii_, compact))
        return r.t("}")
    if isinstance(obj, list):
        r = TS("[")
        for i, v in enumerate(obj):
            if i:
                r.t(sep)
            r.add(jd(v, ascii_, compact))
        return r.t("]")
    return TS(json.dumps(obj))


def jd_pretty(obj, ascii_, ind=0):
    """Indented JSON (two spaces), as a tool or an API prints it."""
    pad = "  " * (ind + 1)
    if isinstance(obj, dict) and obj:
        r = TS("{\n")
        items = list(obj.items())
        for i, (k, v) in enumerate(items):
            r.t(pad).add(jstr(k, ascii_)).t(": ").add(jd_pretty(v, ascii_, ind + 1))
            r.t(",\n" if i < len(items) - 1 else "\n")
        return r.t("  " * ind + "}")
    if isinstance(obj, list) and obj:
        r = TS("[\n")
        for i, v in enumerate(obj):
            r.t(pad).add(jd_pretty(v, ascii_, ind + 1))
            r.t(",\n" if i < len(obj) - 1 else "\n")
        return r.t("  " * ind + "]")
    return jd(obj, ascii_)


def quote(ts):
    """Prefixes every line with '> ' ('>' before a line already quoted), as mail clients do."""
    pieces = []
    start = True
    for c in ts.text:
        p = c
        if start:
            if c == ">":
                p = ">" + c
            elif c == "\n":
                p = ">" + c
            else:
                p = "> " + c
        pieces.append(p)
        start = c == "\n"
    return remap(ts, pieces)


def split_at(ts, cuts):
    """Splits ts at the given offsets (sorted, inside the text) into a list of TS."""
    out, prev = [], 0
    for c in list(cuts) + [len(ts.text)]:
        part = TS(ts.text[prev:c])
        part.spans = [[l, s - prev, e - prev] for l, s, e in ts.spans if s >= prev and e <= c]
        out.append(part)
        prev = c
    return out


# ---- names -------------------------------------------------------------------------------------
REAL = {
    "en": (["Oliver", "Hannah", "Rebecca", "Thomas", "Sarah", "James", "Emily", "Gareth", "Siobhan", "Connor"],
           ["Ashworth", "Fletcher", "Brennan", "Whitcombe", "Harding", "Doyle", "Pritchard", "McAllister"]),
    "de": (["Maria", "Jonas", "Ulrike", "Matthias", "Sabine", "Tobias", "Katrin", "Lukas", "Jürgen", "Anneliese"],
           ["Keller", "Weber", "Vogel", "Lindner", "Krause", "Hoffmann", "Schäfer", "Brandt", "Großmann"]),
    "fr": (["Camille", "Mathieu", "Claire", "Julien", "Aurélie", "Benoît", "Océane", "Hélène"],
           ["Dupont", "Lefèvre", "Moreau", "Girard", "Marchand", "Rousseau", "Fontaine", "Chevalier"]),
    "nl": (["Sanne", "Daan", "Femke", "Joost", "Maartje", "Pieter", "Lieke", "Bram"],
           ["de Vries", "van Dijk", "Bakker", "Jansen", "Visser", "van den Berg", "Smit", "Mulder"]),
    "es": (["Javier", "Lucía", "Pilar", "Sergio", "Carmen", "Rodrigo", "Begoña", "Íñigo"],
           ["García", "Navarro", "Romero", "Castillo", "Ortega", "Iglesias", "Fernández Ruiz", "Gil"]),
    "it": (["Giulia", "Matteo", "Chiara", "Davide", "Lorenzo", "Francesca", "Niccolò", "Ilaria"],
           ["Rossi", "Bianchi", "Colombo", "Esposito", "Ricci", "Ferraro", "De Luca", "Galli"]),
    "pt": (["João", "Inês", "Beatriz", "Tiago", "Gonçalo", "Mariana", "Rui", "Conceição"],
           ["Silva", "Ferreira", "Costa", "Rodrigues", "Martins", "Sousa", "Gonçalves", "Pereira"]),
    "pl": (["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Małgorzata", "Paweł", "Łukasz", "Zofia"],
           ["Kowalczyk", "Wójcik", "Nowak", "Mazur", "Krawczyk", "Zając", "Dąbrowska", "Lewandowski"]),
    "sv": (["Sven", "Ingrid", "Karin", "Anders", "Linnea", "Erik", "Åsa", "Björn"],
           ["Lindqvist", "Andersson", "Bergström", "Holm", "Nyberg", "Sjöberg", "Ekström"]),
    "da": (["Mette", "Rasmus", "Freja", "Mikkel", "Sofie", "Jens", "Søren", "Ida"],
           ["Sørensen", "Jørgensen", "Madsen", "Kristensen", "Nielsen", "Thomsen", "Østergaard"]),
    "no": (["Sigrid", "Lars", "Kari", "Håkon", "Magnus", "Solveig", "Eirik", "Ragnhild"],
           ["Haugen", "Johansen", "Bakke", "Solberg", "Dahl", "Hagen", "Strand", "Aasen"]),
    "fi": (["Aino", "Mikko", "Johanna", "Juha", "Satu", "Ville", "Päivi", "Tuomas"],
           ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen", "Laaksonen", "Hämäläinen"]),
    "cs": (["Jana", "Petr", "Lucie", "Jiří", "Tereza", "Ondřej", "Kateřina", "Vojtěch"],
           ["Novák", "Dvořáková", "Svoboda", "Černý", "Procházková", "Kučera", "Veselá", "Horák"]),
    "hu": (["Zsófia", "Bence", "Eszter", "Gábor", "Réka", "László", "Anikó", "Dávid"],
           ["Nagy", "Kovács", "Szabó", "Tóth", "Horváth", "Varga", "Kiss", "Molnár"]),
    "tr": (["Ayşe", "Mehmet", "Zeynep", "Emre", "Elif", "Burak", "Gökhan", "Özlem"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan"]),
    "ro": (["Andreea", "Mihai", "Ioana", "Cristian", "Elena", "Bogdan", "Ștefan", "Raluca"],
           ["Popescu", "Ionescu", "Dumitrescu", "Stoica", "Munteanu", "Constantinescu", "Țurcanu"]),
    "el": (["Eleni", "Giorgos", "Dimitra", "Konstantinos", "Katerina", "Nikos", "Vasiliki", "Panagiotis"],
           ["Papadopoulos", "Georgiou", "Nikolaidou", "Karagiannis", "Oikonomou", "Vlachou", "Dimitriou"]),
}
GLOBAL = {
    "ar": (["Youssef", "Fatima", "Omar", "Layla", "Khalid", "Amira", "Tariq", "Nour"],
           ["El-Amrani", "Haddad", "Al-Sayed", "Benali", "Mansour", "Khoury", "bin Rashid"]),
    "sa": (["Priya", "Arjun", "Ananya", "Rahul", "Sunita", "Vikram", "Deepika", "Imran"],
           ["Sharma", "Iyer", "Chaudhary", "Patel", "Banerjee", "Reddy", "Qureshi", "Nair"]),
    "ea": (["Wei", "Yuki", "Min-jun", "Haruto", "Mei", "Seo-yeon", "Jian", "Thi Lan"],
           ["Zhang", "Tanaka", "Kim", "Nguyen", "Watanabe", "Park", "Liu", "Tran"]),
    "af": (["Chidi", "Amara", "Kwame", "Ngozi", "Oluwaseun", "Thandiwe", "Kofi", "Adaeze"],
           ["Okafor", "Mensah", "Adeyemi", "Nkosi", "Owusu", "Eze", "Abubakar", "Mwangi"]),
    "sl": (["Dragan", "Milena", "Aleksandr", "Oksana", "Nikola", "Jelena", "Dmitri", "Bojana"],
           ["Petrović", "Kovalenko", "Ivanova", "Jovanović", "Shevchenko", "Popov", "Marković"]),
}
SYL = {"en": (["bran", "wick", "ash", "tor", "mel", "ford", "wen", "dal"], ["ton", "ley", "by", "well"]),
       "de": (["bre", "win", "kel", "mau", "gas", "hol", "rutz", "fen"], ["mann", "ler", "bach", "inger"]),
       "fr": (["bel", "rou", "quet", "lan", "gau", "vel", "sar", "teau"], ["ier", "aud", "ot", "ac"]),
       "nl": (["hui", "ker", "bol", "dij", "sme", "wout", "laar", "gel"], ["ink", "sen", "hof", "stra"]),
       "es": (["zar", "mon", "qui", "llo", "bar", "cue", "vi", "dal"], ["ez", "ano", "ejo", "illa"]),
       "it": (["bru", "sca", "ghi", "lon", "vel", "maz", "cor", "dan"], ["ini", "etti", "one", "ucci"]),
       "pt": (["cou", "tin", "bra", "gue", "lha", "mar", "dei", "vas"], ["eira", "ães", "ado", "inho"]),
       "pl": (["ko", "wal", "brze", "szy", "dra", "mie", "gro", "sta"], ["ski", "czyk", "iak", "ewicz"]),
       "sv": (["al", "vi", "sig", "ran", "bo", "el", "tor", "mi"], ["sson", "qvist", "ström", "berg"]),
       "da": (["mad", "tof", "hel", "bir", "kas", "lun", "mor", "jes"], ["sen", "gaard", "holt", "rup"]),
       "no": (["sol", "hau", "bak", "fjel", "ru", "tor", "li", "vei"], ["land", "heim", "rud", "vik"]),
       "fi": (["vir", "ta", "kos", "ki", "mä", "lah", "pe", "nur"], ["nen", "lainen", "mäki", "salo"]),
       "cs": (["vo", "bra", "kle", "mir", "ston", "dě", "ruz", "ha"], ["ček", "ínek", "ický", "ovský"]),
       "hu": (["ber", "zso", "kál", "gyö", "mé", "szi", "tor", "lő"], ["falvi", "házi", "kúti", "si"]),
       "tr": (["ay", "tem", "kor", "bal", "der", "sun", "gül", "mer"], ["oğlu", "tekin", "kaya", "han"]),
       "ro": (["dra", "gos", "vil", "mir", "cea", "tru", "lin", "bu"], ["escu", "eanu", "aru", "ici"]),
       "el": (["kal", "var", "thi", "mou", "zer", "sta", "pol", "lia"], ["opoulos", "idis", "akis", "atou"]),
       "ar": (["ka", "zim", "ha", "rab", "sul", "nad", "fa", "qas"], ["ani", "awi", "iri", "oun"]),
       "sa": (["ra", "vin", "dha", "shan", "ku", "mal", "pre", "jit"], ["wala", "ndra", "kar", "ani"]),
       "ea": (["shu", "hao", "ren", "kei", "min", "tsu", "yan", "ro"], ["da", "moto", "ng", "wa"]),
       "af": (["ob", "ade", "ku", "ny", "emi", "tun", "oko", "wa"], ["onye", "ola", "umba", "asi"]),
       "sl": (["vla", "bor", "mir", "sla", "dra", "zo", "ljub", "ste"], ["ović", "enko", "ski", "ova"])}
ALL_REAL = set()
for _g, _s in list(REAL.values()) + list(GLOBAL.values()):
    for _w in _g + _s:
        ALL_REAL.add(_w.lower())
# Common names of many languages that syllables could spell by chance: invented names avoid them.
COMMON = set("""anna maria ana mara mari emma ella lena lina nina tina mia mila mira sara sam tom tim ben
dan kim lee ray roy rose ross ian ivan ali ada eli eva ida ina ira iva ola ole ola otto karl kai ken kira
mina nadia hana hanna hel helen helena hugo ivo jan jana jens joel jon juan kal kara kiran ravi ravin rana
ranvir mal mala malik mira tor tora viki vira amal salma omar dina nader nadir haro haruto kei ren min yan ro
rosa sola solveig bo boris alma alvi vida veit li lia lian liam bran brandon ash ashton ashley
ford mel melvin wen wendy dal dale tora toby ella miri mirela dragan slava vlad vladimir zora zoran
borislav miroslav ljubomir stanislav sten mael elin elio vito vasco teo""".split())
INVENTED = set()


def invent(lg, surname):
    syl, end = SYL[lg]
    for _ in range(60):
        w = "".join(rng.sample(syl, rng.choice((2, 2, 3))))
        if surname:
            w += rng.choice(end)
        w = w[0].upper() + w[1:]
        if w.lower() not in ALL_REAL and w.lower() not in COMMON and len(w) > 3:
            INVENTED.add(w)
            return w
    return w


ORIGINS = list(GLOBAL)


def person(lg, origin=None):
    """A person dict: given, surname, lg (naming), invented flag. A sixth are of global origin."""
    o = origin or (rng.choice(ORIGINS) if rng.random() < 1 / 6 else lg)
    inv = rng.random() < 0.5
    if inv:
        g, s = invent(o, False), invent(o, True)
    else:
        pool = GLOBAL[o] if o in GLOBAL else REAL[o]
        g, s = rng.choice(pool[0]), rng.choice(pool[1])
    if rng.random() < 0.05 and not inv and o in REAL:
        g2 = rng.choice(REAL[o][0])
        if g2 != g:
            g = g + ("-" if lg in ("fr", "de") else " ") + g2
    return {"g": g, "s": s, "o": o, "inv": inv, "lg": lg}


def full(p, style=None):
    """A person's name as one string, in the way a text of their language prints it."""
    g, s = p["g"], p["s"]
    if style is None:
        style = "sg" if p["lg"] == "hu" and p["o"] == "hu" else "gs"
    if style == "gs":
        r = g + " " + s
    elif style == "sg":
        r = s + " " + g
    elif style == "S,g":
        r = s + ", " + g
    elif style == "SG":
        r = s.upper() + " " + g
    elif style == "CAPS":
        r = (g + " " + s).upper()
    elif style == "ig":
        r = g[0] + ". " + s
    else:
        r = g + " " + s
    return r


def oddify(name):
    """Real exports' odd characters: a no-break space, a non-breaking hyphen or NFD letters."""
    x = rng.random()
    if x < 0.08:
        return name.replace(" ", "\u00a0", 1)
    if x < 0.11:
        return name.replace("-", "\u2011")
    if x < 0.15 and any(ord(c) > 127 for c in name):
        return unicodedata.normalize("NFD", name)
    return name


# ---- dates -------------------------------------------------------------------------------------
MON = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "el": "Ianouariou Fevrouariou Martiou Apriliou Maiou Iouniou Iouliou Avgoustou Septemvriou Oktovriou Noemvriou Dekemvriou",
}
MON = {k: v.split() for k, v in MON.items()}
ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "hu", "tr", "ro", "el"]


def ymd(lo, hi):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def ord_en(d):
    return str(d) + ("th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def fmt_date(lg, y, m, d, shape=None):
    """A date in one of the shapes the language's records print."""
    if shape is None:
        shape = rng.choice(["num", "num", "num", "word", "word", "iso", "other"])
    if shape == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if shape == "num":
        if lg in ("en",):
            return rng.choice(["%02d/%02d/%04d" % (d, m, y), "%d/%d/%04d" % (m, d, y), "%02d/%02d/%02d" % (d, m, y % 100)])
        if lg in ("sv", "lt"):
            return rng.choice(["%04d-%02d-%02d" % (y, m, d), "%02d%02d%02d" % (y % 100, m, d)])
        if lg == "hu":
            return "%04d.%02d.%02d." % (y, m, d)
        if lg in ("nl", "da"):
            return "%02d-%02d-%04d" % (d, m, y)
        if lg in ("fr", "es", "it", "pt", "el", "ro"):
            return rng.choice(["%02d/%02d/%04d" % (d, m, y), "%02d.%02d.%04d" % (d, m, y)]) if lg == "ro" else "%02d/%02d/%04d" % (d, m, y)
        if lg == "fi":
            return "%d.%d.%04d" % (d, m, y)
        return rng.choice(["%02d.%02d.%04d" % (d, m, y), "%d.%d.%04d" % (d, m, y)])
    if shape == "word":
        mn = MON[lg][m - 1]
        if lg == "en":
            return rng.choice(["%d %s %d" % (d, mn, y), "%s %d, %d" % (mn, d, y), "%s %s %d" % (ord_en(d), mn, y),
                               "%d %s %d" % (d, mn[:3], y)])
        if lg == "de":
            return rng.choice(["%d. %s %d" % (d, mn, y), "%02d. %s %d" % (d, mn, y)])
        if lg in ("fr",):
            return ("1er" if d == 1 else str(d)) + " " + mn + " " + str(y)
        if lg in ("es", "pt"):
            return "%d de %s de %d" % (d, mn, y)
        if lg in ("it", "nl", "pl", "ro", "el"):
            return "%d %s %d" % (d, mn, y)
        if lg in ("sv", "no", "da"):
            return ("%d %s %d" if lg == "sv" else "%d. %s %d") % (d, mn, y)
        if lg in ("fi", "cs"):
            return "%d. %s %d" % (d, mn, y)
        if lg == "hu":
            return "%d. %s %d." % (y, mn, d)
        if lg == "tr":
            return "%d %s %d" % (d, mn, y)
    # other: compact and OCR-era shapes
    return rng.choice(["%02d-%s-%04d" % (d, MON["en"][m - 1][:3].upper(), y), "%d.%s.%d" % (d, ROMAN[m - 1], y),
                       "%04d%02d%02d" % (y, m, d), "%02d %s %04d" % (d, MON["en"][m - 1][:3].upper(), y)])


def dob(lg, lo=1936, hi=2008, shape=None):
    return fmt_date(lg, *ymd(lo, hi), shape=shape)


def odate(lg, lo=2022, hi=2026, shape=None):
    return fmt_date(lg, *ymd(lo, hi), shape=shape or rng.choice(["num", "num", "iso", "word"]))


def nudge_date(s):
    """A corrected date: the year's last digit changed, the shape kept."""
    m = re.search(r"(19|20)\d\d", s)
    if m:
        i = m.end() - 1
    elif s[:6].isdigit():
        i = 1
    else:
        i = max(j for j, c in enumerate(s) if c.isdigit())
    new = str((int(s[i]) + rng.choice((1, 2, 9))) % 10)
    return s[:i] + new + s[i + 1:]


# ---- addresses ---------------------------------------------------------------------------------
def n(lo=1, hi=180):
    return str(rng.randint(lo, hi))


ADDR = {
    "en": lambda: rng.choice([n() + " " + rng.choice(["Albion Road", "Mill Lane", "Cobden Street", "Chapel Walk", "Beech Grove", "Harcourt Crescent"])
                              + ", " + rng.choice(["Leeds LS6 1AB", "York YO10 5DD", "Bristol BS3 4QT", "Norwich NR2 3HJ", "Cardiff CF24 4HQ"]),
                              "Flat " + n(1, 30) + ", " + n(1, 90) + " " + rng.choice(["Marlborough Road", "Priory Avenue", "Kingsway"]) + ", " + rng.choice(["Brighton BN2 0QE", "Glasgow G12 8QQ", "Belfast BT7 1NN"]),
                              n(100, 9800) + " " + rng.choice(["Maple Ave", "Oak Street", "Lakeview Dr"]) + rng.choice(["", " Apt " + n(1, 40)]) + ", " + rng.choice(["Madison, WI 53703", "Portland, OR 97214", "Albany, NY 12203"])]),
    "de": lambda: rng.choice(["Lindenallee", "Bahnhofstr.", "Am Mühlbach", "Schillerstraße", "Gartenweg", "Kirchgasse", "Rosenstraße", "Hauptstr."]) + " " + n() + rng.choice(["", "", "a", " b"])
    + ", " + rng.choice(["10115 Berlin", "50674 Köln", "80331 München", "04109 Leipzig", "70173 Stuttgart", "A-1070 Wien", "8004 Zürich", "6020 Innsbruck"]),
    "fr": lambda: n(1, 90) + rng.choice(["", "", " bis", " ter"]) + " " + rng.choice(["rue des Lilas", "avenue de la Gare", "chemin des Vignes", "rue du Moulin", "boulevard de la Liberté", "impasse des Tilleuls"])
    + ", " + rng.choice(["69002 Lyon", "33000 Bordeaux", "31000 Toulouse", "44000 Nantes", "1000 Bruxelles", "1201 Genève"]),
    "nl": lambda: rng.choice(["Prinsengracht", "Dorpsstraat", "Kerkweg", "Molenlaan", "Lindelaan", "Oude Gracht", "Nieuwstraat"]) + " " + n() + rng.choice(["", "", "-2", " hs", "A", " bus 3"])
    + ", " + rng.choice(["1016 GV Amsterdam", "3511 AB Utrecht", "9712 CP Groningen", "2000 Antwerpen", "9000 Gent", "5611 EM Eindhoven"]),
    "es": lambda: rng.choice(["Calle Mayor", "C/ del Pez", "Avda. de la Constitución", "Calle de Toledo", "Paseo de la Castellana", "Calle Larios"]) + " " + n() + rng.choice(["", ", 3º B", ", 2º izq.", ", bajo"])
    + ", " + rng.choice(["28013 Madrid", "41004 Sevilla", "08001 Barcelona", "46002 Valencia", "48001 Bilbao"]),
    "it": lambda: rng.choice(["Via Roma", "Via dei Tigli", "Viale Monza", "Via del Corso", "Vicolo Stretto", "Via della Spiga"]) + " " + n() + rng.choice(["", "", "/B", ", int. 5", ", scala C"])
    + ", " + rng.choice(["20121 Milano (MI)", "00186 Roma", "40125 Bologna", "50123 Firenze FI", "10121 Torino"]),
    "pt": lambda: rng.choice(["Rua Augusta", "Av. da Liberdade", "Rua das Flores", "Travessa do Carmo", "Rua do Ouro"]) + ", " + n() + rng.choice(["", ", 2.º Esq.", ", 4.º Dto.", " r/c"])
    + ", " + rng.choice(["1100-048 Lisboa", "4050-262 Porto", "3000-123 Coimbra", "8000-220 Faro"]),
    "pl": lambda: rng.choice(["ul. Długa", "ul. Piotrkowska", "al. Jerozolimskie", "ul. Kwiatowa", "ul. Ogrodowa", "os. Słoneczne"]) + " " + n() + rng.choice(["", "/" + n(1, 80), " m. " + n(1, 60), " lok. " + n(1, 20)])
    + ", " + rng.choice(["00-590 Warszawa", "80-827 Gdańsk", "90-113 Łódź", "31-610 Kraków", "61-819 Poznań"]),
    "sv": lambda: rng.choice(["Storgatan", "Björkvägen", "Ringvägen", "Skolgatan", "Långgatan"]) + " " + n(1, 90) + rng.choice(["", "", " B", ", 3 tr", ", lgh 1203"])
    + ", " + rng.choice(["114 51 Stockholm", "752 36 Uppsala", "411 19 Göteborg", "211 22 Malmö", "903 26 Umeå"]),
    "da": lambda: rng.choice(["Vestergade", "Jagtvej", "Søndergade", "Skovvej", "Algade"]) + " " + n(1, 200) + rng.choice(["", ", 2. tv.", ", 1. th.", ", st."])
    + ", " + rng.choice(["2200 København N", "8000 Aarhus C", "5000 Odense C", "9000 Aalborg"]),
    "no": lambda: rng.choice(["Kirkeveien", "Strandveien", "Storgata", "Markveien", "Skogveien"]) + " " + n(1, 90) + rng.choice(["", "B", ", H0203"])
    + ", " + rng.choice(["0555 Oslo", "5003 Bergen", "7011 Trondheim", "9008 Tromsø"]),
    "fi": lambda: rng.choice(["Hämeenkatu", "Kuusitie", "Koivukuja", "Rantatie", "Isokatu"]) + " " + n(1, 90) + rng.choice(["", " A " + n(1, 30), " B " + n(1, 30), " as " + n(1, 9)])
    + ", " + rng.choice(["00100 Helsinki", "33100 Tampere", "90100 Oulu", "20100 Turku"]),
    "cs": lambda: rng.choice(["Vinohradská", "Husova", "Na Příkopě", "Nádražní", "Lidická", "U Lesa"]) + " " + n(100, 2800) + "/" + n(1, 60)
    + ", " + rng.choice(["120 00 Praha 2", "602 00 Brno", "301 00 Plzeň", "779 00 Olomouc"]),
    "hu": lambda: rng.choice(["1052 Budapest, ", "6720 Szeged, ", "4025 Debrecen, ", "7621 Pécs, "]) + rng.choice(["Váci utca", "Kossuth tér", "Rákóczi út", "Fő utca", "Petőfi u."]) + " " + n(1, 120) + "."
    + rng.choice(["", " 2. em. 5.", " fszt. 1.", " III/12."]),
    "tr": lambda: rng.choice(["Caferağa Mah.", "Bahçelievler Mahallesi", "Kızılay Mah.", "Esentepe Mh."]) + " " + rng.choice(["Moda Cad.", "Gül Sokak", "Lale Sk.", "Bağdat Caddesi"])
    + " No: " + n(1, 120) + rng.choice(["", " D: " + n(1, 20), " Daire: " + n(1, 20), "/" + n(1, 15)]) + ", " + rng.choice(["34710 Kadıköy/İstanbul", "06420 Çankaya/Ankara", "35220 Konak/İzmir"]),
    "ro": lambda: rng.choice(["Str. Florilor", "Calea Victoriei", "Bd. Unirii", "Str. Lalelelor", "Aleea Teilor"]) + " nr. " + n(1, 120)
    + rng.choice(["", ", bl. A3, sc. 2, ap. 14", ", et. 3, ap. 11"]) + ", " + rng.choice(["sector 3, București", "400000 Cluj-Napoca", "700028 Iași", "300011 Timișoara"]),
    "el": lambda: rng.choice(["Odos Ermou", "Leoforos Kifisias", "Odos Patision", "Odos Tsimiski", "Odos Agiou Dimitriou"]) + " " + n(1, 200)
    + ", " + rng.choice(["105 63 Athina", "546 24 Thessaloniki", "262 21 Patra", "712 02 Irakleio"]),
}


def address(lg, multiline=False):
    a = ADDR[lg]()
    if multiline:
        a = a.replace(", ", "\n", 1) if lg != "hu" else a.replace(", ", "\n", 1)
    return a


# Streets named after people, with no number: places, not addresses and not people.
PSTREET = ["Konrad-Adenauer-Straße", "rue Émile Zola", "Via Giuseppe Verdi", "Calle de Cervantes", "Karl Johans gate",
           "H.C. Andersens Boulevard", "ul. Marii Skłodowskiej-Curie", "Avenida Almirante Reis", "Atatürk Bulvarı",
           "Mannerheimintie", "Andrássy út", "Bd. Ion C. Brătianu", "Leoforos Vasilissis Sofias", "Rembrandtplein",
           "Drottninggatan", "Masarykova", "Nelson Street"]

PHONE = {"en": ["+44 7700 9## ###", "(608) 555-0###"], "de": ["+49 171 #######", "0170 #######"], "fr": ["+33 6 ## ## ## ##", "06 ## ## ## ##"],
         "nl": ["+31 6 ########", "06-########"], "es": ["+34 612 ### ###", "6## ### ###"], "it": ["+39 347 ### ####", "338 #######"],
         "pt": ["+351 912 ### ###", "93# ### ###"], "pl": ["+48 601 ### ###", "512 ### ###"], "sv": ["+46 70 ### ## ##", "070-### ## ##"],
         "da": ["+45 20 ## ## ##", "2# ## ## ##"], "no": ["+47 412 ## ###", "9## ## ###"], "fi": ["+358 40 ### ####", "040 ### ####"],
         "cs": ["+420 603 ### ###", "777 ### ###"], "hu": ["+36 30 ### ####", "06 20 ### ####"], "tr": ["+90 532 ### ## ##", "0532 ### ## ##"],
         "ro": ["+40 721 ### ###", "0722 ### ###"], "el": ["+30 69# ### ####", "69## ### ###"]}


def phone(lg):
    return "".join(str(rng.randint(0, 9)) if c == "#" else c for c in rng.choice(PHONE[lg]))


ASCII = str.maketrans("äöüåøæéèêëïîçłśćżźńąęóıışğâășțčďěňřšťůúýžőűáíàòùñ", "aouaoaeeeeiiclsczznaeoiisgaastcdenrstuuyzouaiaoun")


def email(p, dom=None):
    u = (p["g"].split()[0] + rng.choice([".", "_", ""]) + p["s"].replace(" ", "")).lower().translate(ASCII).replace("ß", "ss")
    u = "".join(c for c in u if c.isascii() and (c.isalnum() or c in "._-"))
    return u + "@" + (dom or rng.choice(["example.com", "example.org", "mail.example.net", "example.de", "posteo.example"]))


# ---- field labels of the seventeen languages -------------------------------------------------------
LBL = {k: dict(zip(LANGS, v.split("|"))) for k, v in {
    "name": "Name|Name|Nom|Naam|Nombre|Nome e cognome|Nome|Imię i nazwisko|Namn|Navn|Navn|Nimi|Jméno a příjmení|Név|Adı Soyadı|Nume și prenume|Onomateponymo",
    "given": "First name|Vorname|Prénom|Voornaam|Nombre|Nome|Nome próprio|Imię|Förnamn|Fornavn|Fornavn|Etunimi|Jméno|Utónév|Adı|Prenume|Onoma",
    "surname": "Last name|Nachname|Nom de famille|Achternaam|Apellidos|Cognome|Apelidos|Nazwisko|Efternamn|Efternavn|Etternavn|Sukunimi|Příjmení|Vezetéknév|Soyadı|Nume|Eponymo",
    "dob": "Date of birth|Geburtsdatum|Date de naissance|Geboortedatum|Fecha de nacimiento|Data di nascita|Data de nascimento|Data urodzenia|Födelsedatum|Fødselsdato|Fødselsdato|Syntymäaika|Datum narození|Születési idő|Doğum tarihi|Data nașterii|Imerominia gennisis",
    "dobs": "DOB|Geb.-Datum|Né(e) le|Geb. datum|F. nac.|Nato/a il|D. nasc.|Ur.|Född|Født|Født|Synt.|Nar.|Szül.|D. tarihi|Născut(ă) la|Gen.",
    "addr": "Address|Anschrift|Adresse|Adres|Domicilio|Indirizzo|Morada|Adres zamieszkania|Adress|Adresse|Adresse|Osoite|Bydliště|Lakcím|Adres|Domiciliul|Diefthynsi",
    "phone": "Phone|Telefon|Téléphone|Telefoon|Teléfono|Telefono|Telemóvel|Telefon|Telefon|Telefon|Telefon|Puhelin|Telefon|Telefonszám|Telefon|Telefon|Tilefono",
    "email": "Email|E-Mail|Courriel|E-mail|Correo electrónico|E-mail|E-mail|E-mail|E-post|E-mail|E-post|Sähköposti|E-mail|E-mail|E-posta|E-mail|Email",
    "sign": "Signed|Unterschrift|Signature|Handtekening|Firma|Firma|Assinatura|Podpis|Underskrift|Underskrift|Signatur|Allekirjoitus|Podpis|Aláírás|İmza|Semnătura|Ypografi",
    "date": "Date|Datum|Date|Datum|Fecha|Data|Data|Data|Datum|Dato|Dato|Päivämäärä|Datum|Dátum|Tarih|Data|Imerominia",
    "parent": "Parent/guardian|Erziehungsberechtigte(r)|Responsable légal|Ouder/voogd|Padre/madre/tutor|Genitore/tutore|Encarregado de educação|Rodzic/opiekun|Vårdnadshavare|Forælder/værge|Foresatt|Huoltaja|Zákonný zástupce|Szülő/gondviselő|Veli|Părinte/tutore|Kidemonas",
    "child": "Child|Kind|Enfant|Kind|Niño/a|Bambino/a|Criança|Dziecko|Barn|Barn|Barn|Lapsi|Dítě|Gyermek|Çocuk|Copil|Paidi",
}.items()}
LBL = {k: {lg: v[lg] for lg in LANGS} for k, v in LBL.items()}


def L(lg, k):
    return LBL[k][lg]


class D(TS):
    """A document being written, in one language."""

    def __init__(self, lg, kind):
        super().__init__()
        self.lg, self.kind = lg, kind

    def pn(self, p, style=None, odd=True):
        v = full(p, style)
        return self.span("PERSON", oddify(v) if odd else v)

    def g(self, p):
        return self.span("PERSON", p["g"])

    def s(self, p):
        return self.span("PERSON", p["s"])

    def b(self, v=None, **kw):
        return self.span("DATE_OF_BIRTH", v or dob(self.lg, **kw))

    def a(self, multiline=False, lg=None):
        return self.span("STREET_ADDRESS", address(lg or self.lg, multiline))

    def ph(self, lg=None):
        return self.span("PHONE_NUMBER", phone(lg or self.lg))

    def em(self, p):
        return self.span("EMAIL_ADDRESS", email(p))

    def neg(self, label, v):
        return self.span(label, v)

    def nd(self, lo=2022, hi=2026):
        v = odate(self.lg, lo, hi)
        return self.span("NEG_DATE", v) if rng.random() < 0.25 else self.t(v)

    def code(self, v):
        return self.span("NEG_CODE", v) if rng.random() < 0.2 else self.t(v)

    def field(self, key, sep=": "):
        return self.t(L(self.lg, key) + sep)


def P(lg, **kw):
    return person(lg, **kw)


def digits(k):
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def upper_code(k):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(k))


FAMOUS = ["Marie Curie", "Albert Einstein", "Frida Kahlo", "Nelson Mandela", "Greta Thunberg", "Wolfgang Amadeus Mozart",
          "Leonardo da Vinci", "Astrid Lindgren", "Fernando Pessoa", "Jean Sibelius", "Béla Bartók", "Václav Havel"]


# ---- the kinds of text ---------------------------------------------------------------------------
def k_dialysis(lg):
    d = D(lg, "dialysis")
    head = {"de": "Dialyseplan KW %d – Station 2", "fr": "Planning hémodialyse semaine %d", "nl": "Dialyseschema week %d",
            "it": "Turni emodialisi settimana %d", "es": "Turnos de hemodiálisis semana %d"}.get(lg, "Haemodialysis schedule, week %d")
    d.t(head % rng.randint(1, 52) + "\n")
    d.t("Chair | Patient | " + L(lg, "dobs") + " | Shift | Dialyser | Access\n")
    for i in range(rng.randint(1, 3)):
        p = P(lg)
        d.neg("NEG_ROOM", "Platz %d" % rng.randint(1, 14) if lg == "de" else "Chair %d" % rng.randint(1, 14)).t(" | ")
        d.pn(p, rng.choice(["gs", "S,g", "SG"])).t(" | ").b(lo=1934, hi=1990).t(" | " + rng.choice(["Mon/Wed/Fri AM", "Tue/Thu/Sat PM", "Mo/Mi/Fr früh"]) + " | ")
        d.neg("NEG_PRODUCT", rng.choice(["FX CorDiax 80", "Polyflux 170H", "Elisio-19H", "xevonta Hi 18"])).t(" | ")
        d.neg("NEG_TERM", rng.choice(["Brescia-Cimino fistula", "Cimino shunt", "Quinton catheter", "Tenckhoff line"])).t("\n")
    if rng.random() < 0.4:
        p = P(lg)
        d.t("\nPatient transport booking – ").neg("NEG_ORG", rng.choice(["Krankentransport Müller GmbH", "Ambulances Duval", "Taxi Jansen B.V.", "Medicabs Ltd"]))
        d.t("\nPassenger: ").pn(p).t("\nPick-up: ").a().t("\n" + L(lg, "phone") + ": ").ph().t("\nFirst run: ").nd().t(", wheelchair: yes\n")
    if rng.random() < 0.3:
        d.t("Nephrologist on duty: Dr ").pn(P(lg)).t(" (bleep ").code(digits(4)).t(")\n")
    return d


def k_treework(lg):
    d = D(lg, "treework")
    p = P(lg)
    hdr = {"de": "Antrag auf Fällgenehmigung (Baumschutzsatzung)", "nl": "Aanvraag omgevingsvergunning kappen", "fr": "Demande d'autorisation d'abattage d'arbre",
           "sv": "Ansökan om trädfällning", "da": "Ansøgning om fældning af træ", "pl": "Wniosek o wydanie zezwolenia na usunięcie drzewa",
           "cs": "Žádost o povolení kácení dřevin", "it": "Richiesta di autorizzazione all'abbattimento"}.get(lg, "Tree works application (TPO / conservation area)")
    d.t(hdr + "\nRef: ").code(rng.choice(["TPO/", "BF-", "KAP-"]) + digits(5)).t("\n")
    d.t("Applicant\n" + L(lg, "name") + ": ").pn(p).t("\n" + L(lg, "addr") + ": ").a().t("\n")
    if rng.random() < 0.4:
        d.t(L(lg, "phone") + ": ").ph().t("\n")
    if rng.random() < 0.3:
        d.t(L(lg, "email") + ": ").em(p).t("\n")
    d.t("Site: rear garden, boundary with ").neg("NEG_STREET", rng.choice(PSTREET)).t("\n")
    d.t("Species: ").neg("NEG_TERM", rng.choice(["Douglas fir", "Leyland cypress", "Wellingtonia", "Père David's maple", "Davidia involucrata", "Thunberg's barberry", "Lawson cypress"]))
    d.t(", girth %d cm, height ca. %d m\n" % (rng.randint(80, 320), rng.randint(8, 30)))
    d.t("Arborist: ").pn(P(lg)).t(", ").neg("NEG_ORG", rng.choice(["Baumpflege Lindner & Söhne", "Van Dijk Boomverzorging", "Hartley Tree Surgeons Ltd", "Élagage Moreau SARL"]))
    d.t(" (ETW cert. ").code(upper_code(6)).t(")\nProposed date: ").nd().t("\n")
    if rng.random() < 0.2:
        q = P(lg)
        d.t("Neighbour consulted: ").pn(q).t(", ").a().t("\n")
    return d


def k_cattle(lg):
    d = D(lg, "cattle")
    p = P(lg)
    hdr = {"de": "Rinderpass", "fr": "Passeport bovin", "nl": "Runderpaspoort", "da": "Kvægpas", "pl": "Paszport bydła",
           "ro": "Paşaport bovine", "it": "Passaporto bovino", "cs": "Průvodní list skotu"}.get(lg, "Cattle passport")
    cc = {"de": "DE", "fr": "FR", "nl": "NL", "da": "DK", "pl": "PL", "ro": "RO", "it": "IT", "cs": "CZ"}.get(lg, "UK")
    d.t(hdr + "\nOhrmarke / Ear tag: ").code("%s %s %s" % (cc, digits(2), digits(9))).t("\nBreed: ")
    d.neg("NEG_TERM", rng.choice(["Holstein-Friesian", "Aberdeen Angus", "Fleckvieh", "Blonde d'Aquitaine", "Jersey", "Limousin"]))
    d.t("   Sex: F\nAnimal born: ").nd(2019, 2025).t("   Name: ").neg("NEG_PET", rng.choice(["Berta", "Liesl", "Rosalie", "Hilde", "Clementine", "Dolly", "Margarethe", "Fenna"]))
    d.t("\nDam: ").code("%s %s" % (cc, digits(11))).t("\nKeeper (holding ").code("%02d %03d %04d" % (rng.randint(1, 99), rng.randint(0, 999), rng.randint(0, 9999))).t(")\n")
    d.pn(p, rng.choice(["gs", "SG", "S,g"])).t("\n").a(multiline=rng.random() < 0.5).t("\n")
    if rng.random() < 0.5:
        d.t("Keeper born: ").b(lo=1950, hi=1995).t("\n")
    d.t("Movements: ").nd().t(" to holding ").code(digits(9)).t(", haulier ").pn(P(lg)).t("\n")
    if rng.random() < 0.4:
        d.t("Vet: ").pn(P(lg), "ig").t(", ").neg("NEG_ORG", rng.choice(["Tierarztpraxis Dr. Hofer", "Clinique vétérinaire Pasteur", "Dierenkliniek De Wissel"])).t("\n")
    return d


def k_grading(lg):
    d = D(lg, "grading")
    p = P(lg)
    art = rng.choice(["Judo", "Karate", "Taekwondo", "Aikido", "Ju-Jutsu"])
    d.t({"de": "Prüfungsprotokoll %s – Kyu-/Dan-Prüfung\n", "fr": "Procès-verbal de passage de grade %s\n", "it": "Verbale esame di grado %s\n",
         "pl": "Protokół egzaminu na stopień %s\n", "hu": "%s övvizsga jegyzőkönyv\n", "cs": "Protokol o zkoušce STV %s\n"}.get(lg, "%s grading record\n") % art)
    d.t("Dojo: ").neg("NEG_ORG", rng.choice(["Kano Dojo", "Funakoshi Karate-Verein e.V.", "Ueshiba Aikikai", "Dojo Mifune", "Bruce Lee Academy"])).t("   Date: ").nd().t("\n")
    d.t("Examiner: ").pn(P(lg)).t(" (6. Dan)   Assistant: ").pn(P(lg), "ig").t("\n\n")
    for i in range(rng.randint(1, 3)):
        q = P(lg)
        d.t("%d. " % (i + 1)).pn(q, rng.choice(["gs", "SG", "S,g"])).t(", ")
        if rng.random() < 0.6:
            d.field("dobs", " ").b(lo=1990, hi=2016).t(", ")
        d.t("pass no. ").code(upper_code(2) + digits(6))
        d.t(", " + rng.choice(["4. Kyu (orange)", "1st Dan", "2. Kyu", "green belt", "5e kyu"]) + " – " + rng.choice(["passed", "bestanden", "réussi", "not yet"]) + "\n")
    if rng.random() < 0.5:
        d.t("\nKata: ").neg("NEG_TERM", rng.choice(["Nage-no-kata", "Heian Shodan", "Bassai Dai", "Kanku Dai"])).t("; theory on ").neg("NEG_FAMOUS", rng.choice(["Jigoro Kano", "Gichin Funakoshi", "Morihei Ueshiba"])).t("'s principles.\n")
    if rng.random() < 0.2:
        d.t(L(lg, "parent") + ": ").pn(P(lg)).t(", ").ph().t("\n")
    return d


def k_allergy(lg):
    d = D(lg, "allergy")
    c, par, par2 = P(lg), P(lg), P(lg)
    par2["s"] = par["s"] if rng.random() < 0.5 else par2["s"]
    d.t({"de": "Notfallplan Anaphylaxie (Schule)", "fr": "Projet d'accueil individualisé (PAI) – allergie", "nl": "Allergie-actieplan school",
         "es": "Plan de acción ante anafilaxia", "it": "Piano di emergenza anafilassi", "sv": "Handlingsplan vid anafylaxi", "pt": "Plano de emergência – anafilaxia"}.get(lg, "Allergy action plan (anaphylaxis)"))
    d.t("\n" + L(lg, "child") + ": ").pn(c).t("   " + L(lg, "dob") + ": ").b(lo=2008, hi=2020).t("\nClass: ").neg("NEG_ROOM", rng.choice(["3b", "Year 4 Kestrels", "CM1 B", "groep 6", "Raum 104"])).t("  School: ")
    d.neg("NEG_ORG", rng.choice(["Sophie-Scholl-Gesamtschule", "École Jules Ferry", "St Bernadette's Primary", "Montessorischool Maria", "Escola Básica Fernando Pessoa"]))
    d.t("\nAllergies: peanut, tree nuts\nAuto-injector: ").neg("NEG_PRODUCT", rng.choice(["EpiPen Jr 0.15 mg", "Jext 150", "Emerade 300", "Anapen Junior"]))
    d.t(" (exp. ").nd(2026, 2028).t(")\nEmergency contacts:\n1. ").pn(par).t(" – ").ph().t("\n")
    if rng.random() < 0.3:
        d.t("2. ").pn(par2).t(" – ").ph().t("\n")
    d.t("Home: ").a().t("\nGP: Dr ").s(P(lg)).t(", ").neg("NEG_ORG", rng.choice(["Hausarztpraxis am Markt", "Riverside Medical Centre", "Cabinet médical Pasteur"])).t("\n")
    d.t(L(lg, "sign") + " (" + L(lg, "parent").lower() + "): ").pn(par, "gs", odd=False).t("   ").nd().t("\n")
    return d


def k_concussion(lg):
    d = D(lg, "concussion")
    pl = P(lg)
    d.t(rng.choice(["Head injury assessment (HIA 1)", "Concussion report – SCAT6", "Gehirnerschütterung – Meldebogen", "Fiche commotion cérébrale"]) + "\n")
    d.t("Player: ").pn(pl, rng.choice(["gs", "SG", "S,g"])).t("   " + L(lg, "dobs") + " ").b(lo=1985, hi=2011).t("\nClub: ")
    d.neg("NEG_ORG", rng.choice(["SV Werder Hinterdorf", "RC Jean Bouin", "St Patrick's Athletic U16", "FC Eusébio Juniors"])).t("   Match: ").nd().t(" vs ").neg("NEG_ORG", rng.choice(["Jahn Regensburg II", "Stade Roland Garros", "Emmet Rovers"]))
    d.t("\nTool: ").neg("NEG_TERM", rng.choice(["Maddocks questions", "Glasgow Coma Scale 15/15", "SCAT6 symptom scale", "Romberg test"])).t(" – 2 of 5 wrong\n")
    d.t("Assessed by: ").pn(P(lg)).t(" (club physio)   Coach: ").pn(P(lg)).t("\n")
    if rng.random() < 0.3:
        d.t("Next of kin informed: ").pn(P(lg)).t(", ").ph().t("\n")
    if rng.random() < 0.25:
        d.t("Home address for follow-up letter: ").a().t("\n")
    d.t("Return to play not before ").nd().t("\n")
    return d


def k_microchip(lg):
    d = D(lg, "microchip")
    k = P(lg)
    pet = rng.choice(["Bella", "Oskar", "Luna", "Kiki", "Moritz", "Frodo", "Nala", "Simba", "Pünktchen", "Loki"])
    if rng.random() < 0.5:
        d.t({"de": "TASSO-Registrierung", "nl": "Registratie chipnummer (NDG)", "fr": "Déclaration de changement de détenteur (I-CAD)", "it": "Anagrafe canina – iscrizione"}.get(lg, "Microchip database – keeper record"))
        d.t("\nChip: ").code("%s %s" % (rng.choice(["276", "250", "528", "380", "826", "616"]), digits(12))).t("\nAnimal: ").neg("NEG_PET", pet).t(", ")
        d.neg("NEG_TERM", rng.choice(["Jack Russell Terrier", "Cavalier King Charles Spaniel", "Dobermann", "Gordon Setter", "Parson Russell Terrier"]))
        d.t(", born ").nd(2014, 2024).t("\nKeeper: ").pn(k).t("\n" + L(lg, "addr") + ": ").a().t("\n")
        if rng.random() < 0.4:
            d.t(L(lg, "phone") + ": ").ph().t("\n")
        if rng.random() < 0.5:
            d.t(L(lg, "dob") + " (keeper): ").b().t("\n")
        if rng.random() < 0.3:
            d.t(L(lg, "email") + ": ").em(k).t("\n")
    else:
        old, new = P(lg), k
        d.t("Transfer of keepership\nChip ").code("9" + digits(14)).t(" (").neg("NEG_PET", pet).t(")\nPrevious keeper: ").pn(old).t(", ").a().t("\nNew keeper: ").pn(new).t(", ").a()
        d.t("\nNew keeper ").field("dobs", ": ").b().t("\nTransfer date: ").nd().t("\n")
    return d


def k_astronomy(lg):
    d = D(lg, "astronomy")
    o = P(lg)
    d.t("Observing report – ").nd().t(", site: ").neg("NEG_PLACE", rng.choice(["Sternwarte Sonneberg", "Pic du Midi", "Roque de los Muchachos", "Dark Sky Park Westhavelland"])).t("\n")
    d.t("Observer: ").pn(o).t(" (member no. ").code(digits(4)).t(")\nInstrument: ").neg("NEG_PRODUCT", rng.choice(["Celestron NexStar 8SE", "Skywatcher Dobson 10\"", "Meade LX200", "Takahashi FSQ-106"])).t("\n")
    d.t("Targets: ").neg("NEG_TERM", rng.choice(["Comet Hale-Bopp", "Barnard's Star", "Kepler's Supernova", "Herschel's Garnet Star"])).t(", ")
    d.neg("NEG_TERM", rng.choice(["Messier 42", "NGC 7000", "Hubble's Variable Nebula", "Caldwell 14"])).t("\nSeeing 3/5, transparency good.\n")
    if rng.random() < 0.4:
        q = P(lg)
        d.t("\nTelescope loan agreement\nBorrower: ").pn(q).t(", ").field("dobs", " ").b().t("\n" + L(lg, "addr") + ": ").a().t("\nDeposit received by ").pn(P(lg), "ig").t("\n")
    if rng.random() < 0.3:
        d.t("Talk next month on ").neg("NEG_FAMOUS", rng.choice(["Johannes Kepler", "Caroline Herschel", "Vera Rubin", "Tycho Brahe"])).t(".\n")
    return d


def k_santa(lg):
    d = D(lg, "santa")
    ppl = [P(lg) for _ in range(3)]
    word = {"de": "Wichteln", "nl": "Lootjes trekken", "fr": "Père Noël secret", "es": "Amigo invisible", "it": "Babbo Natale segreto",
            "pt": "Amigo secreto", "pl": "Mikołajki", "sv": "Julklappslek", "da": "Pakkeleg", "no": "Hemmelig nisse", "fi": "Salainen joulupukki",
            "cs": "Tajný Ježíšek", "hu": "Titkos Mikulás", "tr": "Yılbaşı hediyeleşmesi", "ro": "Moș Crăciun secret", "el": "Mystikos Agios Vasilis"}.get(lg, "Secret Santa")
    d.t(word + " " + str(rng.randint(2023, 2026)) + " – budget 25 €, draw on ").nd().t("\n")
    order = ppl[1:] + ppl[:1]
    low = rng.random() < 0.3
    if low:
        # a group chat's draw, typed in lower case
        for a, b in zip(ppl, order):
            d.t("[" + "%02d:%02d" % (rng.randint(8, 22), rng.randint(0, 59)) + "] santa-bot: ").span("PERSON", a["g"].lower()).t(" draws ").span("PERSON", (b["g"] + " " + b["s"]).lower()).t("\n")
    else:
        for a, b in zip(ppl, order):
            d.pn(a).t(" → ").g(b).t("\n") if rng.random() < 0.5 else d.g(a).t(" → ").pn(b).t("\n")
    d.t("\nPost the parcels yourselves:\n")
    for q in ppl[:rng.randint(0, 2)]:
        d.pn(q, odd=False).t(", ").a().t("\n")
    if rng.random() < 0.5:
        d.t("(Not ").neg("NEG_ROLE", rng.choice(["Sinterklaas", "Father Christmas", "Saint Nicholas", "Knecht Ruprecht", "Joulupukki"])).t(" himself, promise.)\n")
    return d


def k_openmic(lg):
    d = D(lg, "openmic")
    d.t("Open mic – ").neg("NEG_ORG", rng.choice(["The Harold Pinter Room", "Café Brel", "Bar Rimbaud", "De Kleine Komedie", "Jazzclub Miles"])).t(", ").nd().t("\nSlot | Act | Contact\n")
    for i in range(rng.randint(2, 3)):
        p = P(lg)
        d.t("%d:%02d | " % (rng.randint(19, 22), rng.choice((0, 10, 20, 30, 40, 50))))
        x = rng.random()
        if x < 0.5:
            d.pn(p).t(" (" + rng.choice(["stand-up, 7 min", "guitar + voice", "poetry", "ukulele"]) + ")")
        elif x < 0.75:
            d.pn(p).t(" – covers ").neg("NEG_WORK", rng.choice(["Jolene", "Roxanne", "Hallelujah", "Suzanne", "Michelle", "Alison", "Layla"]))
        else:
            d.neg("NEG_ORG", rng.choice(["The Lucy Show", "Tom Waits for No One", "Dexys Midnight Runners tribute", "Les Jean-Jacques"])).t(" (band; contact ").pn(p).t(")")
        d.t(" | ").ph().t("\n") if rng.random() < 0.25 else d.t(" | walk-in\n")
    d.t("Host: ").pn(P(lg)).t("\n")
    return d


def k_eviction(lg):
    d = D(lg, "eviction")
    ten, ll = P(lg), P(lg)
    hdr = {"en": "NOTICE SEEKING POSSESSION (Form 3)", "de": "Fristlose Kündigung des Mietverhältnisses und Räumungsaufforderung",
           "fr": "Commandement de quitter les lieux", "nl": "Aanzegging ontruiming", "es": "Requerimiento de desahucio", "it": "Intimazione di sfratto per morosità",
           "pt": "Notificação de despejo", "pl": "Wypowiedzenie umowy najmu", "cs": "Výpověď z nájmu bytu"}.get(lg, "Notice to quit")
    d.t(hdr + "\nTo: ").pn(ten, rng.choice(["gs", "CAPS", "S,g"])).t("\nOf: ").a(multiline=rng.random() < 0.4).t("\n")
    if rng.random() < 0.25:
        d.t("(" + L(lg, "dobs") + " ").b().t(")\n")
    d.t("From: ").pn(ll).t(" (landlord)").t("\nGround: rent arrears since ").nd().t(", amount €%d\n" % rng.randint(900, 9000))
    d.t("You must leave the property by ").nd().t(". Case ").code(rng.choice(["K-", "RG ", "C/", "HQ"]) + digits(5) + "/" + str(rng.randint(23, 26))).t(", ")
    d.neg("NEG_ORG", rng.choice(["Amtsgericht Schöneberg", "Tribunal judiciaire de Lyon", "County Court at Leeds", "Rechtbank Rotterdam", "Tribunale di Bologna"])).t("\n")
    d.t(L(lg, "sign") + ": ").pn(ll, "gs", odd=False).t(rng.choice([", agent: ", ", bailiff: "])).pn(P(lg)).t("\n")
    return d


def k_protection(lg):
    d = D(lg, "protection")
    ap, rs = P(lg), P(lg)
    d.t({"de": "Antrag nach dem Gewaltschutzgesetz", "fr": "Requête en ordonnance de protection (art. 515-9 C. civ.)", "es": "Solicitud de orden de protección",
         "nl": "Verzoek contactverbod", "it": "Ricorso per ordine di protezione", "en": "Application for a non-molestation order (FL401)"}.get(lg, "Application for a protection order"))
    d.t("\n1. Applicant: ").pn(ap)
    if rng.random() < 0.6:
        d.t(", born ").b(lo=1960, hi=2002).t("\n   " + L(lg, "addr") + ": ").a()
    d.t(rng.choice(["\n   (address to be kept confidential)", ""])).t("\n2. Respondent: ").pn(rs, rng.choice(["gs", "CAPS", "S,g"])).t(", " + L(lg, "dobs") + " ").b(lo=1955, hi=2000)
    d.t("\n3. Children: ")
    for i in range(1):
        c = P(lg)
        c["s"] = ap["s"] if rng.random() < 0.5 else rs["s"]
        d.t("" if i == 0 else "; ").pn(c, odd=False).t(" (").b(lo=2010, hi=2022).t(")")
    d.t("\n4. Incident on ").nd().t(" reported to ").neg("NEG_ORG", rng.choice(["Polizeiinspektion Mitte", "Commissariat du 11e", "Politie eenheid Amsterdam", "West Yorkshire Police"])).t(", ref. ").code(digits(8))
    d.t("\nHearing listed ").nd().t(". Solicitor: ").pn(P(lg)).t("\n")
    return d


def k_electoral(lg):
    d = D(lg, "electoral")
    p = P(lg)
    d.t({"en": "Invitation to Register to Vote – response", "de": "Antrag auf Eintragung in das Wählerverzeichnis", "fr": "Demande d'inscription sur les listes électorales (cerfa 12669)",
         "nl": "Registratie kiezer buitenland", "it": "Domanda di iscrizione nelle liste elettorali", "pl": "Wniosek o wpisanie do rejestru wyborców",
         "ro": "Cerere de înscriere în Registrul electoral", "el": "Aitisi eggrafis stous eklogikous katalogous", "sv": "Anmälan till röstlängd"}.get(lg, "Electoral registration form"))
    d.t("\nPolling district: ").code(upper_code(2) + digits(2)).t("   Ward: ").neg("NEG_PLACE", rng.choice(["Nelson", "Victoria Park", "Hugo-Ward", "Wellington North", "Mandela"])).t("\n")
    d.t(L(lg, "surname") + ": ").s(p).t("\n" + L(lg, "given") + ": ").g(p).t("\n")
    if rng.random() < 0.25:
        d.t("Previous name: ").s(P(lg)).t(" (changed on ").nd(2005, 2024).t(")\n")
    d.t(L(lg, "dob") + ": ").b(lo=1940, hi=2008).t("\nNationality: " + rng.choice(["British", "deutsch", "française", "Nederlandse", "polska", "română", "Irish"]) + "\n")
    d.t(L(lg, "addr") + ": ").a().t("\nMoved in: ").nd(2015, 2026).t("\n")
    if rng.random() < 0.2:
        d.t("Others at this address aged 16+: ").pn(P(lg)).t(", ").pn(P(lg)).t("\n")
    return d


def k_banns(lg):
    d = D(lg, "banns")
    a, b = P(lg), P(lg)
    x = rng.random()
    if x < 0.5:
        d.t({"en": "BANNS OF MARRIAGE", "de": "Aufgebot", "nl": "Ondertrouw", "fr": "Publication des bans", "it": "Pubblicazioni di matrimonio",
             "es": "Proclamas matrimoniales", "pt": "Proclamas de casamento", "pl": "Zapowiedzi przedślubne", "cs": "Ohlášky"}.get(lg, "Banns of marriage"))
        d.t("\nI publish the banns of marriage between ").pn(a).t(", bachelor, of ").a().t(" and ").pn(b).t(", spinster, of this parish")
        d.t(". This is the " + rng.choice(["first", "second", "third"]) + " time of asking.\nRead at ").neg("NEG_ORG", rng.choice(["St Mary's Church", "St. Johannis", "Sint-Janskerk", "Chiesa di San Lorenzo", "Igreja de Santo António"]))
        d.t(" on ").nd().t(" by Rev. ").pn(P(lg)).t("\n")
    else:
        d.t("Notice of intended marriage / Anmeldung der Eheschließung\n")
        for lab, p in (("Party 1", a), ("Party 2", b)):
            d.t(lab + ": ").pn(p, rng.choice(["gs", "S,g", "CAPS"])).t("\n  " + L(lg, "dob") + ": ").b(lo=1950, hi=2004).t("\n")
            if rng.random() < 0.5:
                d.t("  " + L(lg, "addr") + ": ").a().t("\n")
            if rng.random() < 0.15:
                d.t("  Father: ").pn(P(lg)).t("; Mother: ").pn(P(lg)).t("\n")
        d.t("Ceremony planned: ").nd().t(" at ").neg("NEG_ORG", rng.choice(["Standesamt Mitte", "Mairie du 5e arrondissement", "Stadhuis Utrecht", "Register Office, Marylebone"])).t("\n")
    return d


def k_carshare(lg):
    d = D(lg, "carshare")
    p = P(lg)
    d.t(rng.choice(["Car-sharing membership application", "Anmeldung Carsharing", "Inscription autopartage", "Aanmelding deelauto"]) + " – ")
    d.neg("NEG_ORG", rng.choice(["Stadtmobil", "Greenwheels", "Getaround", "Zity", "Communauto", "cambio"])).t("\n")
    d.t(L(lg, "given") + ": ").g(p).t("   " + L(lg, "surname") + ": ").s(p).t("\n" + L(lg, "dob") + ": ").b(lo=1950, hi=2005).t("\n" + L(lg, "addr") + ": ").a().t("\n")
    d.t("Driving licence no.: ").code(upper_code(5) + digits(6) + upper_code(2)).t(", issued ").nd(2005, 2024).t("\n")
    if rng.random() < 0.3:
        d.t(L(lg, "email") + ": ").em(p).t("\n")
    d.t("Home station: ").neg("NEG_PLACE", rng.choice(["Station Rembrandtplein", "Parking Victor Hugo", "Haltestelle Goetheplatz", "Estación Plaza Cervantes"])).t("\n")
    d.t("Preferred car: ").neg("NEG_PRODUCT", rng.choice(["Renault Zoe", "Fiat 500 Dolcevita", "VW ID.3", "Opel Corsa", "Dacia Spring"])).t("\n")
    if rng.random() < 0.2:
        d.t("Additional driver: ").pn(P(lg)).t(", ").field("dobs", " ").b().t("\n")
    return d


def k_inspection(lg):
    d = D(lg, "inspection")
    cl = P(lg)
    d.t(rng.choice(["Home inspection report", "Building survey (RICS Level 2)", "Bouwkundige keuring", "Gutachten Bauzustand", "Diagnostic immobilier"]) + "\n")
    d.t("Client: ").pn(cl).t("\nProperty: ").a().t("\nInspector: ").pn(P(lg)).t(", licence ").code(upper_code(3) + "-" + digits(5)).t("\nInspected: ").nd().t("\n\n")
    d.t("Kitchen: ").neg("NEG_TERM", rng.choice(["Belfast sink", "Franklin stove", "Aga range"])).t(" cracked; boiler ").neg("NEG_PRODUCT", rng.choice(["Worcester Bosch Greenstar 30i", "Vaillant ecoTEC plus", "Remeha Calenta", "Viessmann Vitodens 200"])).t(" serviced ").nd(2018, 2025).t("\n")
    d.t(rng.choice(["Loft", "Room 2", "Bathroom"]) + ": ").neg("NEG_PRODUCT", rng.choice(["Velux GGL", "Roto WDF", "Fakro FTP-V"])).t(" window leaking. House number plate shows ").code(rng.choice(["No. 14 (Haus 3)", "Flat 7", "Plot 22"])).t(" – not the postal number.\n")
    if rng.random() < 0.5:
        d.t("Seller: ").pn(P(lg)).t("; agent: ").neg("NEG_ORG", rng.choice(["Foxtons", "Engel & Völkers", "Von Poll Immobilien", "Century 21 Dupuis"])).t("\n")
    return d


def k_autofill(lg):
    d = D(lg, "autofill")
    x = rng.random()
    if x < 0.5:
        d.t(rng.choice(["# exported from Chrome > Settings > Addresses\n", "autofill_profiles.csv\n", ""]))
        d.t("guid,full_name,given_name,family_name,street_address,postal_code,city,country,phone,email,birthdate\n")
        for i in range(rng.randint(1, 2)):
            p = P(lg)
            a = address(lg)
            d.code("%08x-%04x" % (rng.getrandbits(32), rng.getrandbits(16))).t(",").pn(p, odd=False).t(",").g(p).t(",").s(p).t(",\"").span("STREET_ADDRESS", a).t("\",,,")
            d.t(lg.upper() + ",").ph().t(",").em(p).t(",")
            if rng.random() < 0.6:
                d.b(shape="iso")
            d.t("\n")
    else:
        d.t(rng.choice(["bitwarden_export.json (identity items)\n", "1password identity export\n", ""]))
        p = P(lg)
        obj = {"type": 4, "name": TS().span("NEG_CODE", rng.choice(["Personal", "Work identity", "Ident 1"])), "identity": {
            "title": "", "firstName": TS().span("PERSON", p["g"]), "lastName": TS().span("PERSON", p["s"]),
            "address1": TS().span("STREET_ADDRESS", address(lg)), "phone": TS().span("PHONE_NUMBER", phone(lg)),
            "email": TS().span("EMAIL_ADDRESS", email(p)), "passportNumber": TS().span("NEG_CODE", upper_code(2) + digits(7))},
            "notes": TS("born ").span("DATE_OF_BIRTH", dob(lg)), "revisionDate": TS().span("NEG_DATE", "%04d-%02d-%02dT10:12:00.000Z" % ymd(2023, 2026))}
        d.add(jd_pretty(obj, False))
        d.t("\n")
    return d


def k_oidc(lg):
    d = D(lg, "oidc")
    p = P(lg)
    claims = {"iss": "https://login.example.org/realms/staff", "sub": "%08x-%04x-%04x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16)),
              "aud": "ai-gateway", "iat": rng.randint(1700000000, 1760000000)}
    if rng.random() < 0.7:
        claims["name"] = TS().span("PERSON", full(p))
    claims["given_name"] = TS().span("PERSON", p["g"])
    claims["family_name"] = TS().span("PERSON", p["s"])
    if rng.random() < 0.4:
        claims["nickname"] = TS().span("PERSON", p["g"][:4])
    claims["preferred_username"] = TS().span("NEG_CODE", rng.choice(["svc-ai-gateway", "admin", "jenkins-bot", "reporting"])) if rng.random() < 0.3 else TS().span("PERSON", (p["g"][0] + p["s"].replace(" ", "")).lower().translate(ASCII))
    claims["birthdate"] = TS().span("DATE_OF_BIRTH", dob(lg, shape="iso"))
    claims["locale"] = lg + "-" + lg.upper()
    if rng.random() < 0.6:
        a = address(lg)
        claims["address"] = {"formatted": TS().span("STREET_ADDRESS", a), "country": lg.upper()}
    if rng.random() < 0.5:
        claims["phone_number"] = TS().span("PHONE_NUMBER", phone(lg))
    if rng.random() < 0.5:
        claims["email"] = TS().span("EMAIL_ADDRESS", email(p))
    d.t(rng.choice(["decoded id_token payload:\n", "GET /userinfo ->\n", "jwt.io shows:\n", ""]))
    d.add(jd_pretty(claims, False) if rng.random() < 0.6 else jd(claims, False))
    d.t("\n")
    return d


def k_wallet(lg):
    d = D(lg, "wallet")
    p = P(lg)
    org = rng.choice(["Stadtbibliothek Köln", "Fitness Park Vasco", "Museumkaart", "Teatro Goldoni Abbonamento", "Bibliothèque Émile Zola"])
    obj = {"formatVersion": 1, "passTypeIdentifier": "pass.org.example.member", "serialNumber": TS().span("NEG_CODE", upper_code(10)),
           "organizationName": TS().span("NEG_ORG", org), "description": "Membership card",
           "storeCard" if rng.random() < 0.5 else "generic": {
               "primaryFields": [{"key": "member", "label": "MEMBER", "value": TS().span("PERSON", full(p, rng.choice(["gs", "CAPS"])))}],
               "secondaryFields": [{"key": "dob", "label": rng.choice(["DATE OF BIRTH", "GEB.", "BORN"]), "value": TS().span("DATE_OF_BIRTH", dob(lg, shape="num"))},
                                   {"key": "valid", "label": "VALID UNTIL", "value": TS().span("NEG_DATE", odate(lg, 2026, 2028, "num"))}],
               "backFields": [{"key": "addr", "label": "ADDRESS", "value": TS().span("STREET_ADDRESS", address(lg))}]},
           "barcode": {"format": "PKBarcodeFormatQR", "message": TS().span("NEG_CODE", digits(13))}}
    d.t(rng.choice(["pass.json from the .pkpass:\n", "Here's the pass.json my script generates:\n", ""]))
    d.add(jd_pretty(obj, False))
    d.t("\n")
    return d


def k_har(lg):
    d = D(lg, "har")
    p = P(lg)
    body = {"firstName": TS().span("PERSON", p["g"]), "lastName": TS().span("PERSON", p["s"]),
            "dateOfBirth": TS().span("DATE_OF_BIRTH", dob(lg, shape=rng.choice(["iso", "num"]))),
            "address": {"line1": TS().span("STREET_ADDRESS", address(lg))}, "phone": TS().span("PHONE_NUMBER", phone(lg))}
    inner = jd(body, False, compact=True)
    if rng.random() < 0.5:
        entry = {"startedDateTime": TS().span("NEG_DATE", "%04d-%02d-%02dT08:41:12.331Z" % ymd(2024, 2026)), "time": rng.randint(80, 900),
                 "request": {"method": "POST", "url": "https://api.example-insure.eu/v2/quotes", "httpVersion": "HTTP/2",
                             "headers": [{"name": "x-request-id", "value": TS().span("NEG_CODE", "%032x" % rng.getrandbits(128))}],
                             "postData": {"mimeType": "application/json", "text": inner}},
                 "response": {"status": 422, "content": {"text": "{\"error\":\"dateOfBirth invalid\"}"}}}
        d.t(rng.choice(["from the HAR file (log.entries[3]):\n", "exported HAR entry:\n", ""]))
        d.add(jd_pretty(entry, False))
    else:
        req = {"info": {"name": TS().span("NEG_CODE", "Quotes API v" + "%d.%d.%d" % (rng.randint(1, 4), rng.randint(0, 20), rng.randint(0, 9))),
                        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
               "item": [{"name": "create quote", "request": {"method": "POST", "url": "{{baseUrl}}/v2/quotes",
                                                             "body": {"mode": "raw", "raw": inner}}}]}
        d.t(rng.choice(["Postman collection:\n", "my_collection.postman_collection.json\n", ""]))
        d.add(jd_pretty(req, False))
    d.t("\n")
    return d


def k_webhook(lg):
    d = D(lg, "webhook")
    p = P(lg)
    x = rng.random()
    if x < 0.4:
        obj = {"event_id": TS().span("NEG_CODE", upper_code(12)), "event_type": "form_response", "form_response": {
            "submitted_at": TS().span("NEG_DATE", "%04d-%02d-%02dT14:03:55Z" % ymd(2024, 2026)),
            "definition": {"fields": [{"id": "a1", "title": "What's your full name?"}, {"id": "a2", "title": "When were you born?"}, {"id": "a3", "title": "Your address"}]},
            "answers": [{"type": "text", "text": TS().span("PERSON", full(p)), "field": {"id": "a1"}},
                        {"type": "date", "date": TS().span("DATE_OF_BIRTH", dob(lg, shape="iso")), "field": {"id": "a2"}},
                        {"type": "text", "text": TS().span("STREET_ADDRESS", address(lg)), "field": {"id": "a3"}}]}}
    elif x < 0.7:
        obj = {"eventId": TS().span("NEG_CODE", "%08x" % rng.getrandbits(32)), "eventType": "FORM_RESPONSE", "data": {"formName": "Anmeldung Sommerfest",
               "fields": [{"key": "question_1", "label": L(lg, "given"), "type": "INPUT_TEXT", "value": TS().span("PERSON", p["g"])},
                          {"key": "question_2", "label": L(lg, "surname"), "type": "INPUT_TEXT", "value": TS().span("PERSON", p["s"])},
                          {"key": "question_3", "label": L(lg, "dob"), "type": "INPUT_DATE", "value": TS().span("DATE_OF_BIRTH", dob(lg, shape="iso"))},
                          {"key": "question_4", "label": L(lg, "phone"), "type": "INPUT_PHONE_NUMBER", "value": TS().span("PHONE_NUMBER", phone(lg))}]}}
    else:
        obj = {"formID": TS().span("NEG_CODE", digits(15)), "submissionID": TS().span("NEG_CODE", digits(19)),
               "q3_fullName": {"first": TS().span("PERSON", p["g"]), "last": TS().span("PERSON", p["s"])},
               "q4_birthDate": TS().span("DATE_OF_BIRTH", "%02d/%02d/%04d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(1950, 2005))),
               "q5_address": {"addr_line1": TS().span("STREET_ADDRESS", address(lg)), "country": lg.upper()},
               "q6_email": TS().span("EMAIL_ADDRESS", email(p))}
    d.t(rng.choice(["Webhook payload that our handler chokes on:\n", "POST /hooks/forms body:\n", "Last delivery (status 500):\n", ""]))
    d.add(jd_pretty(obj, False) if rng.random() < 0.5 else jd(obj, False))
    d.t("\n")
    return d


def k_mailmerge(lg):
    d = D(lg, "mailmerge")
    d.t("Data source (" + rng.choice(["Mitglieder.xlsx", "contacts_merge.csv", "adressen.csv", "destinataires.xlsx"]) + "):\n")
    cols = rng.choice([("Title", "FirstName", "LastName", "Address", "DOB"), ("Anrede", "Vorname", "Nachname", "Straße_PLZ_Ort", "Geburtstag")])
    d.t(";".join(cols) + "\n")
    rows = []
    for i in range(2):
        p = P(lg)
        rows.append(p)
        d.t(rng.choice(["Mr", "Ms", "Frau", "Herr", "Mme", "Dhr."]) + ";").g(p).t(";").s(p).t(";").a().t(";").b().t("\n")
    d.t("\nTemplate:\n").code("«GreetingLine»" if rng.random() < 0.5 else "{{" + cols[1] + "}}").t(",\nwe look forward to celebrating your birthday on ").code("«" + cols[4] + "»").t(".\n")
    d.t("\nMerged letter 1 reads \"Dear ").g(rows[0]).t(" ").s(rows[0]).t(",\" – why does the date print as a serial number (")
    d.code(str(rng.randint(20000, 40000))).t(")?\n")
    return d


def k_capsule(lg):
    d = D(lg, "capsule")
    d.t(rng.choice(["Time capsule – class ", "Zeitkapsel der Klasse ", "Capsule temporelle – classe ", "Tijdcapsule groep "]) + rng.choice(["4b", "6a", "CM2", "8"]) + ", sealed ").nd(2000, 2012).t(", to be opened ").nd(2030, 2040).t("\n")
    d.t("Teacher: ").pn(P(lg)).t("\nPupils:\n")
    for i in range(rng.randint(2, 3)):
        p = P(lg)
        d.t("- ").pn(p, odd=False)
        if rng.random() < 0.4:
            d.t(", born ").b(lo=1990, hi=2004)
        if rng.random() < 0.1:
            d.t(", lived at ").a()
        d.t("\n")
    d.t("Letter: \"Dear future me, today my favourite singer is ").neg("NEG_FAMOUS", rng.choice(["Taylor Swift", "Justin Bieber", "Helene Fischer", "Stromae", "Shakira"])).t(" and our dog ")
    d.neg("NEG_PET", rng.choice(["Bruno", "Charlie", "Fips", "Milou"])).t(" is still alive.\"\n")
    return d


def k_remit(lg):
    d = D(lg, "remit")
    s, r = P(lg), P(lg, origin=rng.choice(ORIGINS))
    d.t(rng.choice(["MONEY TRANSFER RECEIPT", "Überweisungsbeleg Bargeldtransfer", "REÇU DE TRANSFERT", "RECIBO DE ENVÍO"]) + "\nMTCN: ").code(digits(3) + "-" + digits(3) + "-" + digits(4)).t("   ").nd().t("\n")
    d.t("Sender: ").pn(s, rng.choice(["CAPS", "gs", "SG"])).t("\n" + L(lg, "addr") + ": ").a().t("\n" + L(lg, "dob") + ": ").b(lo=1950, hi=2004).t("\n")
    if rng.random() < 0.3:
        d.t(L(lg, "phone") + ": ").ph().t("\n")
    d.t("ID: passport ").code(upper_code(2) + digits(7)).t("\nReceiver: ").pn(r, rng.choice(["CAPS", "gs"])).t(", " + rng.choice(["Lagos, NG", "Casablanca, MA", "Manila, PH", "Chennai, IN", "Hanoi, VN", "Lviv, UA"]) + "\n")
    d.t("Amount: EUR %d.00, fee 4.90\nAgent: " % rng.randint(50, 2000)).neg("NEG_ORG", rng.choice(["Western Union c/o Reisebüro Sonnenschein", "Ria @ Tabac Jean Moulin", "MoneyGram – Lebara Shop"])).t("\n")
    d.t("Purpose: family support. Cashier: ").g(P(lg)).t("\n")
    return d


def k_options(lg):
    d = D(lg, "options")
    g = P(lg)
    co = rng.choice(["Nordlicht Robotics GmbH", "Kestrel Analytics Ltd", "Voltaire Systems SAS", "Brandt & Mulder Labs B.V."])
    d.t("NOTICE OF STOCK OPTION GRANT\n").neg("NEG_ORG", co).t(" – ").neg("NEG_CODE", rng.choice(["2019 Equity Incentive Plan", "VSOP 2022", "ESOP Pool B"])).t("\n\n")
    d.t("Optionee: ").pn(g).t("\nHome address: ").a().t("\n")
    if rng.random() < 0.5:
        d.t(L(lg, "dob") + ": ").b(lo=1960, hi=2001).t(" (for the tax election)\n")
    d.t("Grant date: ").nd(2019, 2025).t("\nVesting commencement: ").nd(2019, 2025).t("\nShares: %d at EUR %d.%02d\n" % (rng.randint(500, 40000), rng.randint(0, 9), rng.randint(1, 99)))
    d.t("Schedule: 25% after 12 months, then monthly.\n\nSigned for the company: ").pn(P(lg)).t(", CEO\nAccepted: ").pn(g, "gs", odd=False).t("\n")
    return d


def k_misconduct(lg):
    d = D(lg, "misconduct")
    st = P(lg)
    d.t("Academic Misconduct Panel – notice of hearing\nStudent: ").pn(st, rng.choice(["gs", "S,g", "SG"])).t(" (ID ").code(digits(8)).t(")\n")
    if rng.random() < 0.4:
        d.t(L(lg, "dob") + ": ").b(lo=1995, hi=2006).t("\n")
    d.t("Module: ").code(upper_code(3) + digits(4)).t("   Assessment: essay 2\nConcern: similarity score 64% in ").neg("NEG_PRODUCT", rng.choice(["Turnitin", "Ouriginal", "Compilatio", "PlagScan"]))
    d.t("; ").neg("NEG_TERM", rng.choice(["Harvard referencing", "Vancouver style", "Chicago author-date", "APA 7"])).t(" not followed.\n")
    d.t("Panel: ").pn(P(lg)).t(" (chair), ").pn(P(lg), "ig")
    if rng.random() < 0.3:
        d.t(", student rep ").pn(P(lg))
    d.t("\nHearing: ").nd().t(", room ").neg("NEG_ROOM", rng.choice(["Kelvin Building 3.12", "Hörsaal Liebig", "Salle Pasteur", "Aula Volta"])).t("\n")
    if rng.random() < 0.3:
        d.t("Correspondence address: ").a().t("\n")
    return d


def k_access(lg):
    d = D(lg, "access")
    c = P(lg)
    d.t(rng.choice(["Access arrangements application (Form 8)", "Antrag auf Nachteilsausgleich", "Demande d'aménagement d'examen", "Aanvraag extra tijd examen"]) + "\n")
    d.t("Candidate: ").pn(c).t("   Cand. no. ").code(digits(4)).t("   Centre ").code(digits(5)).t("\n" + L(lg, "dob") + ": ").b(lo=2002, hi=2012).t("\n")
    d.t("Arrangement: 25% extra time, reader\nEvidence: ").neg("NEG_TERM", rng.choice(["WAIS-IV processing speed", "Irlen syndrome screening", "Wechsler WIAT-III", "DASH handwriting"])).t(" below average\n")
    d.t("Assessor: ").pn(P(lg)).t("   SENCo: ").pn(P(lg)).t("\n")
    if rng.random() < 0.3:
        d.t(L(lg, "parent") + ": ").pn(P(lg)).t(", ").a().t("\n")
    d.t("Signed ").nd().t("\n")
    return d


def k_toll(lg):
    d = D(lg, "toll")
    h = P(lg)
    d.t(rng.choice(["Toll account registration", "Télépéage – contrat badge", "Conto Telepass", "Adesão Via Verde", "Maut-Box Anmeldung"]) + " – ")
    d.neg("NEG_ORG", rng.choice(["Telepass", "Via Verde", "Bip&Drive", "Ulys", "Brobizz", "AutoPASS"])).t("\n")
    d.t("Account holder: ").pn(h).t("\n" + L(lg, "addr") + ": ").a().t("\n" + L(lg, "dob") + ": ").b().t("\n")
    d.t("Vehicle plate: ").code(upper_code(2) + "-" + digits(3) + "-" + upper_code(2)).t("  Device: ").code("OBU " + digits(10)).t("\n")
    d.t("Last passages: ").nd().t(" ").neg("NEG_PLACE", rng.choice(["Ponte Vasco da Gama", "Pont de Normandie", "Øresundsbron", "Traforo del Monte Bianco", "Viaduc de Millau"])).t("; ")
    d.nd().t(" ").neg("NEG_PLACE", rng.choice(["Storebæltsbroen", "Túnel do Marquês", "Barrière de Saint-Arnoult"])).t("\n")
    if rng.random() < 0.25:
        d.t("Second driver: ").pn(P(lg)).t(", ").ph().t("\n")
    return d


def k_escape(lg):
    d = D(lg, "escape")
    lead = P(lg)
    d.t(rng.choice(["Escape room booking", "Buchung Escape Room", "Réservation escape game"]) + " – room ").neg("NEG_ROOM", rng.choice(["Sherlock's Study", "Da Vinci's Workshop", "Houdini's Cell", "Tesla Lab", "Agatha's Library"]))
    d.t(", ").nd().t(" 19:30\nTeam name: ").neg("NEG_ORG", rng.choice(["The Watsons", "Team Poirot", "Les Lupins", "Die drei ???", "Moriarty's Minions"])).t("\nLead booker: ").pn(lead).t("\n")
    d.t("Waivers signed:\n")
    for i in range(rng.randint(1, 3)):
        q = P(lg)
        d.t("- ").pn(q, odd=False)
        if rng.random() < 0.7:
            d.t(", ").field("dobs", " ").b(lo=1975, hi=2012)
        if rng.random() < 0.15:
            d.t(" (guardian: ").pn(P(lg)).t(")")
        d.t("\n")
    d.t("Game master: ").g(P(lg)).t("\n") if rng.random() < 0.4 else None
    return d


KINDS = [k_dialysis, k_treework, k_cattle, k_grading, k_allergy, k_concussion, k_microchip, k_astronomy, k_santa, k_openmic,
         k_eviction, k_protection, k_electoral, k_banns, k_carshare, k_inspection, k_autofill, k_oidc, k_wallet, k_har,
         k_webhook, k_mailmerge, k_capsule, k_remit, k_options, k_misconduct, k_access, k_toll, k_escape]


# ---- objects keyed by people's names (API responses) -------------------------------------------
def k_keyed(lg):
    """An API response whose member keys are people's names."""
    d = D(lg, "keyed")
    x = rng.random()
    obj = {}
    if x < 0.35:
        for _ in range(rng.randint(2, 4)):
            p = P(lg)
            obj[TS().span("PERSON", full(p))] = {"chair": TS().span("NEG_ROOM", "Chair %d" % rng.randint(1, 14)),
                                                  "dob": TS().span("DATE_OF_BIRTH", dob(lg, 1935, 1990, "iso")), "shift": rng.choice(["AM", "PM"])}
        d.t("GET /api/dialysis/roster?unit=2 ->\n")
    elif x < 0.7:
        ppl = [P(lg) for _ in range(rng.randint(3, 5))]
        for a, b in zip(ppl, ppl[1:] + ppl[:1]):
            obj[TS().span("PERSON", a["g"] + " " + a["s"])] = {"gives_to": TS().span("PERSON", b["g"])}
            if rng.random() < 0.3:
                obj[list(obj)[-1]]["ship_to"] = TS().span("STREET_ADDRESS", address(lg))
        d.t("draw result from the santa bot:\n")
    else:
        for _ in range(rng.randint(2, 3)):
            p = P(lg)
            obj[TS().span("PERSON", full(p, rng.choice(["gs", "S,g"])))] = {"grade": rng.choice(["4. Kyu", "1. Dan", "green"]), "born": TS().span("DATE_OF_BIRTH", dob(lg, 1990, 2015, "num")),
                                                                          "pass": TS().span("NEG_CODE", upper_code(2) + digits(6))}
        d.t("grading export (dict keyed by candidate):\n")
    d.add(jd_pretty(obj, False) if rng.random() < 0.5 else jd(obj, False))
    return d


# ---- what people and assistants write around a document ----------------------------------------
ASK = {
    "en": ["Can you turn this into a clean table?", "Please check this for mistakes:", "Summarise this for the file note.", "Draft a short reply confirming the details below.", "what's wrong with this record?"],
    "de": ["Kannst du daraus eine saubere Tabelle machen?", "Bitte prüf das auf Fehler:", "Fass das bitte für die Akte zusammen.", "Schreib eine kurze Bestätigung mit den Angaben unten."],
    "fr": ["Tu peux mettre ça au propre dans un tableau ?", "Merci de vérifier ceci :", "Résume-moi ça pour le dossier.", "Rédige une réponse qui confirme les infos ci-dessous."],
    "nl": ["Kun je hier een nette tabel van maken?", "Controleer dit even op fouten:", "Vat dit samen voor het dossier."],
    "es": ["¿Puedes pasar esto a una tabla limpia?", "Revisa esto, por favor:", "Resúmelo para el expediente."],
    "it": ["Puoi trasformarlo in una tabella pulita?", "Controlla questo per favore:", "Riassumilo per la pratica."],
    "pt": ["Consegues pôr isto numa tabela?", "Verifica isto, por favor:", "Resume isto para o processo."],
    "pl": ["Możesz zrobić z tego tabelę?", "Sprawdź to proszę:"],
    "sv": ["Kan du göra en tabell av det här?", "Kolla det här åt mig:"],
    "tr": ["Bunu tabloya çevirir misin?", "Şunu kontrol eder misin:"],
}
ACK = {"en": ["Here's what I extracted:", "Done. The key details:", "Sure – the record as I read it:"],
       "de": ["Das habe ich übernommen:", "Erledigt. Die wichtigsten Angaben:"], "fr": ["Voici ce que j'ai relevé :", "C'est fait. Les points clés :"],
       "nl": ["Dit heb ik eruit gehaald:"], "es": ["Esto es lo que he extraído:"], "it": ["Ecco cosa ho estratto:"], "pt": ["Eis o que extraí:"]}
FIX = {"en": ["Sorry, one correction:", "Small fix –", "no wait,"], "de": ["Korrektur:", "Moment, falsch –"], "fr": ["Petite correction :", "Non, attends –"],
       "nl": ["Correctie:"], "es": ["Corrección:"], "it": ["Correzione:"], "pt": ["Correção:"]}
DOBW = {"en": "date of birth", "de": "Geburtsdatum", "fr": "date de naissance", "nl": "geboortedatum", "es": "fecha de nacimiento", "it": "data di nascita", "pt": "data de nascimento"}
NOT = {"en": "not", "de": "nicht", "fr": "pas", "nl": "niet", "es": "no", "it": "non", "pt": "não"}
STREETW = {"en": "the address is", "de": "die Adresse ist", "fr": "l'adresse est", "nl": "het adres is", "es": "la dirección es", "it": "l'indirizzo è", "pt": "a morada é"}
SPELLW = {"en": "the name is spelt", "de": "der Name schreibt sich", "fr": "le nom s'écrit", "nl": "de naam is", "es": "el nombre se escribe", "it": "il nome è", "pt": "o nome escreve-se"}


def pick(table, lg):
    return rng.choice(table.get(lg) or table["en"])


def facts(d):
    return [(l, d.text[s:e]) for l, s, e in d.spans if l in ("PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS", "PHONE_NUMBER")]


def assistant_turn(d, lg):
    """The assistant's answer quoting parts of the document (as '> ' lines or in prose)."""
    t = TS(pick(ACK, lg) + "\n\n")
    fs = facts(d)
    first_b = next((v for l, v in fs if l == "DATE_OF_BIRTH"), None)
    # the person the birth date belongs to (the last name before it), else a full name
    before = fs[:[v for l, v in fs].index(first_b)] if first_b else fs
    first_p = next((v for l, v in reversed(before) if l == "PERSON"), None) if first_b else None
    if first_p is None:
        first_p = next((v for l, v in fs if l == "PERSON" and " " in v), None) or next((v for l, v in fs if l == "PERSON"), None)
    first_a = next((v for l, v in fs if l == "STREET_ADDRESS"), None)
    if first_b and first_a:
        if rng.random() < 0.5:
            first_b = None
        else:
            first_a = None
    if rng.random() < 0.5:
        if first_p:
            t.t("> " + L(lg, "name") + ": ").span("PERSON", first_p).t("\n")
        if first_b:
            t.t("> " + L(lg, "dob") + ": ").span("DATE_OF_BIRTH", first_b).t("\n")
        if first_a:
            t.t("> " + L(lg, "addr") + ": ").span("STREET_ADDRESS", first_a.replace("\n", ", ")).t("\n")
    else:
        if first_p:
            t.t("- **").span("PERSON", first_p).t("**")
            if first_b:
                t.t(rng.choice([" (born ", " (*", " (b. "])).span("DATE_OF_BIRTH", first_b).t(")")
            t.t("\n")
        if first_a:
            t.t("- ").span("STREET_ADDRESS", first_a.replace("\n", ", ")).t("\n")
    others = [v for l, v in fs if l == "PERSON" and v != first_p]
    if others and rng.random() < 0.3:
        t.t("\nAlso mentioned: ").span("PERSON", others[0])
        if len(others) > 1 and rng.random() < 0.3:
            t.t(", ").span("PERSON", others[1])
        t.t(".\n")
    t.t("\n" + rng.choice(["Anything to change?", "Shall I format it?", "Let me know if a value is off."]))
    return t, first_p, first_b, first_a


def correction_turn(prev, lg, d, first_p, first_b, first_a):
    """The user quotes the assistant's answer ('> ', its own quotes become '>> ') and corrects a value."""
    t = TS()
    q = quote(prev)
    if rng.random() < 0.6:
        t.add(q).t("\n\n")
    t.t(pick(FIX, lg) + " ")
    lgx = lg if lg in DOBW else "en"
    ch = []
    if first_b:
        ch.append("dob")
    if first_a:
        ch.append("addr")
    if first_p:
        ch.append("name")
    what = rng.choice(ch) if ch else None
    if what == "dob":
        t.t(DOBW[lgx] + ": ").span("DATE_OF_BIRTH", nudge_date(first_b)).t(", " + NOT[lgx] + " ").span("DATE_OF_BIRTH", first_b).t(".")
    elif what == "addr":
        t.t(STREETW[lgx] + " ").span("STREET_ADDRESS", address(d.lg)).t(rng.choice([" (she moved)", " – the old one is outdated", ""]) + ".")
    elif what == "name":
        v = first_p
        alt = v[:-1] + ("e" if v[-1] != "e" else "a")
        if rng.random() < 0.3:
            v, alt = v.lower(), alt.lower()
        t.t(SPELLW[lgx] + " ").span("PERSON", alt).t(", " + NOT[lgx] + " ").span("PERSON", v).t(".")
    else:
        t.t("please add the phone number ").span("PHONE_NUMBER", phone(d.lg)).t(".")
    return t


def final_turn(lg, corr):
    t = TS(rng.choice(["Updated. ", "Thanks, fixed: ", "Noted – "]))
    vals = [(l, corr.text[s:e]) for l, s, e in corr.spans]
    # the corrected value is the first labelled value after the quote
    tail = [x for x in vals if x[0] in ("DATE_OF_BIRTH", "STREET_ADDRESS", "PERSON", "PHONE_NUMBER")]
    if tail:
        l, v = tail[-2] if len(tail) >= 2 and tail[-1][0] == tail[-2][0] else tail[-1]
        t.span(l, v)
    return t.t(".")


def cuts_for_split(d, k):
    """Offsets where a block may end: right after a label (before the value's space or at the value)."""
    c = []
    for l, s, e in d.spans:
        if l in ("PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS", "PHONE_NUMBER") and s >= 2:
            pre = d.text[s - 2:s]
            if pre.endswith(": ") or pre.endswith(":\n") or pre.endswith("\t"):
                c.append(s - 1 if rng.random() < 0.5 and pre.endswith(": ") else s)
            elif pre.endswith(", ") or pre.endswith("| ") or pre[-1] == "\n":
                c.append(s)
    c = sorted(set(x for x in c if 0 < x < len(d.text)))
    if not c:
        # no label before a value: cut at line breaks instead
        c = [i + 1 for i, ch in enumerate(d.text) if ch == "\n" and i + 1 < len(d.text)]
    rng.shuffle(c)
    return sorted(c[:k])


MODELS = {"openai": ["gpt-4o", "gpt-4.1-mini", "o4-mini"], "anthropic": ["claude-sonnet-4-5", "claude-3-5-haiku-latest"], "gemini": ["gemini-2.5-flash"], "responses": ["gpt-5-mini", "gpt-4.1"]}
SYSTEM = ["You are a careful assistant for a small office.", "You help staff tidy records. Answer in the user's language.", "Be concise."]


def lead(lg):
    return pick(ASK, lg)


def body_multiturn(d, lg, api, asc):
    """user pastes, assistant answers quoting, user corrects quoting the answer, (assistant confirms)."""
    u1 = TS(lead(lg) + "\n\n").add(d)
    a1, fp, fb, fa = assistant_turn(d, lg)
    u2 = correction_turn(a1, lg, d, fp, fb, fa)
    turns = [("user", u1), ("assistant", a1), ("user", u2)]
    if rng.random() < 0.3:
        turns += [("assistant", final_turn(lg, u2)), ("user", TS(rng.choice(["thanks!", "perfect", "danke", "merci", "ok now as CSV please"])))]
    model = rng.choice(MODELS[api])
    if api == "openai":
        msgs = ([{"role": "system", "content": rng.choice(SYSTEM)}] if rng.random() < 0.5 else []) + [{"role": r, "content": t} for r, t in turns]
        obj = {"model": model, "messages": msgs, "temperature": 0.2}
    elif api == "anthropic":
        msgs = [{"role": r, "content": ([{"type": "text", "text": t}] if rng.random() < 0.5 else t)} for r, t in turns]
        obj = {"model": model, "max_tokens": 1024, "system": rng.choice(SYSTEM), "messages": msgs}
    elif api == "gemini":
        obj = {"contents": [{"role": "model" if r == "assistant" else "user", "parts": [{"text": t}]} for r, t in turns],
               "generationConfig": {"temperature": 0.3}}
    else:
        items = []
        for r, t in turns:
            items.append({"role": r, "content": [{"type": "output_text" if r == "assistant" else "input_text", "text": t}]})
        obj = {"model": model, "input": items, "store": False}
    return obj


def body_split(d, lg, api, asc):
    """The document over several blocks or parts, a label ending one and its value opening the next;
    or the document as a tool's result (JSON inside a string) after a tool call."""
    k = rng.randint(1, 3)
    parts = split_at(d, cuts_for_split(d, k))
    model = rng.choice(MODELS[api])
    intro = TS(lead(lg))
    mode = rng.random()
    if api == "anthropic" and mode < 0.45:
        # a tool_result whose content is an array of text blocks
        tid = "toolu_01" + upper_code(20)
        q = facts(d)
        qname = next((v for l, v in q if l == "PERSON"), None)
        inp = {"query": TS().span("PERSON", qname)} if qname else {"query": "latest"}
        return {"model": model, "max_tokens": 2048, "messages": [
            {"role": "user", "content": [{"type": "text", "text": intro}]},
            {"role": "assistant", "content": [{"type": "tool_use", "id": tid, "name": rng.choice(["lookup_record", "fetch_document", "crm_search"]), "input": inp}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tid, "content": [{"type": "text", "text": p} for p in parts]}]}]}
    if api == "anthropic":
        return {"model": model, "max_tokens": 2048, "messages": [{"role": "user", "content": [{"type": "text", "text": intro}] + [{"type": "text", "text": p} for p in parts]}]}
    if api == "openai" and mode < 0.45:
        # the document as a tool message; the call's arguments (escaped twice) carry a name or the request
        q = facts(d)
        qname = next((v for l, v in q if l == "PERSON"), None)
        args = jd({"name": TS().span("PERSON", qname)} if qname else {"id": digits(6)}, asc, compact=True)
        cid = "call_" + upper_code(24)
        doc = TS().add(d)
        return {"model": model, "messages": [
            {"role": "user", "content": intro},
            {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": rng.choice(["get_record", "search_people", "read_file"]), "arguments": args}}]},
            {"role": "tool", "tool_call_id": cid, "content": doc}]}
    if api == "openai" and mode < 0.6:
        # the document inside a tool call's arguments (escaped twice), sent back for the model to finish
        args = jd({"note": d, "priority": "normal"}, asc, compact=True)
        cid = "call_" + upper_code(24)
        return {"model": model, "messages": [
            {"role": "user", "content": intro},
            {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": "save_note", "arguments": args}}]},
            {"role": "tool", "tool_call_id": cid, "content": "{\"ok\":true}"}]}
    if api == "openai":
        return {"model": model, "messages": [{"role": "user", "content": [{"type": "text", "text": intro}] + [{"type": "text", "text": p} for p in parts]}]}
    if api == "gemini":
        return {"contents": [{"role": "user", "parts": [{"text": intro}] + [{"text": p} for p in parts]}]}
    # responses API: input items; the document split over input_text parts, or a function_call_output
    if mode < 0.4:
        cid = "call_" + upper_code(20)
        return {"model": model, "input": [
            {"role": "user", "content": [{"type": "input_text", "text": intro}]},
            {"type": "function_call", "call_id": cid, "name": "fetch_record", "arguments": "{\"id\":\"%s\"}" % digits(6)},
            {"type": "function_call_output", "call_id": cid, "output": TS().add(d)}]}
    return {"model": model, "input": [{"role": "user", "content": [{"type": "input_text", "text": intro}] + [{"type": "input_text", "text": p} for p in parts]}]}


# ---- records ------------------------------------------------------------------------------------
records = []


def emit(ts, lg, kind, wrap):
    for l, s, e in ts.spans:
        assert 0 <= s < e <= len(ts.text), (kind, l)
    spans = [{"entity_type": l, "entity_value": ts.text[s:e], "start_position": s, "end_position": e} for l, s, e in ts.spans]
    records.append({"full_text": ts.text, "spans": spans, "template_id": len(records) % 100,
                    "metadata": {"locale": lg, "class": kind, "wrap": wrap}})


def plain(d, lg):
    x = rng.random()
    if x < 0.45:
        return d, "plain"
    t = TS(lead(lg) + ("\n\n" if rng.random() < 0.7 else "\n")).add(d)
    return t, "prompt"


def make(kindf, lg, shape):
    d = kindf(lg)
    kind = d.kind
    if shape == "plain":
        t, wrap = plain(d, lg)
        emit(t, lg, kind, wrap)
        return
    asc = rng.random() < 0.5
    api = rng.choice(["openai", "anthropic", "gemini", "responses"])
    obj = body_multiturn(d, lg, api, asc) if shape == "turns" else body_split(d, lg, api, asc)
    compact = rng.random() < 0.4
    body = jd(obj, asc, compact=compact)
    json.loads(body.text)
    emit(body, lg, kind, shape + "_" + api + ("_ascii" if asc else ""))


def main():
    allk = KINDS
    i = 0
    for rep in range(24):
        for kidx, kf in enumerate(allk):
            lg = LANGS[(i * 7) % len(LANGS)]
            shape = ["plain", "turns", "split"][(kidx + rep) % 3]
            make(kf, lg, shape)
            i += 1
    for j in range(20):
        make(k_keyed, LANGS[(j * 5) % len(LANGS)], ["split", "split", "turns", "plain"][j % 4])
    json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
