#!/usr/bin/env python3
"""gen_sametok63.py: one person named again in another form in the same request (tune set; branch
sametok63, written and committed before hush was run on it), from issue 15 ("the same person the
same token in one request") and the twenty-ninth blind set's public brief (mentions in every
family), by the author's own idea of how messages name a person again, not from hush's rules.

Each record names one or two people in full first, then again as: a declined form (Polish, Czech,
Slovak, Finnish, Hungarian, Croatian people of gen_inflectp62.py, declined by its decline()), a
possessive (English `'s`, German and Swedish genitive `-s`, Turkish `'nin` with the span stopping
before the apostrophe), an initial and the surname (`M. Keller`, `J Kowalski`), a title before the
surname (the title outside the span), or the name folded to ASCII (`Mueller`, `Lukasz Wrobel`,
`Bjoernstad`, `Strauss`). A fifth of the records name two people who share a surname, then the
surname alone in another form: that mention is either person's (metadata `ambiguous`). Look-alikes
as NEG_ spans, as many as the names: declined towns, months, holidays, firms named after families
(gen_inflectp62's NEGS) and ASCII-folded place names.

metadata.persons lists, per person, the indexes of its PERSON spans (one person, one token);
metadata.ambiguous the spans that may be either. Request bodies of the four APIs, a third
\\uXXXX-escaped, half compact. Deterministic; stdlib only; writes JSON to stdout.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import write_json  # noqa: E402
from gen_bodies import P, ask_body, append_body  # noqa: E402
from gen_inflectp62 import GIVEN, SUR, NEGS, decline  # noqa: E402

rng = random.Random(20261207 + 63)

DECL = {  # (nominative sentence, sentences with {G.case}/{S.case}/{F.case}); {N}: a look-alike
    "pl": ["Wczoraj w {N} rozmawiałam z sąsiadem, to jest {F.nom}.",
           "Proszę oddać klucze {S.dat} przed {N}.", "Nie widziałam {S.gen} od tygodnia.",
           "Podziękuj {G.dat} ode mnie.", "Umówiłam się z {F.ins} na {N}."],
    "cs": ["Nový nájemník v {N} je {F.nom}.", "Pošlete prosím smlouvu {S.dat} do {N}.",
           "Od {S.gen} jsem nic nedostala.", "Zavolej {G.dat} zítra.", "Mluvila jsem s {F.ins}."],
    "sk": ["Na schôdzu v {N} príde {F.nom}.", "Kľúče odovzdajte {S.dat} po {N}.",
           "Od {S.gen} nemám odpoveď.", "Zavolaj {G.dat} večer.", "Hovorila som s {F.ins}."],
    "fi": ["Uusi tutor {N} alkaen on {F.nom}.", "Lähetä avain {S.all} ennen {N}.",
           "Sain viestin {S.ela} eilen.", "Kerro {G.all} terveisiä.", "Tapasin {S.par} pihalla."],
    "hu": ["A lakásszövetség új tagja {F.nom}, {N} óta.", "Küldd el a kulcsot {S.dat} {N} előtt.",
           "Beszéltem {G.ins} tegnap.", "Láttam {S.acc} a lépcsőházban."],
    "hr": ["Novi stanar u {N} je {F.nom}.", "Pošaljite ključeve {S.dat} prije {N}.",
           "Nisam čula {S.gen} danima.", "Razgovarala sam s {F.ins}."],
}

LATIN = [  # (given, surname, folded given, folded surname, locale)
    ("Jürgen", "Müller", "Juergen", "Mueller", "de"), ("Łukasz", "Wróbel", "Lukasz", "Wrobel", "pl"),
    ("Håkon", "Bjørnstad", "Haakon", "Bjoernstad", "no"), ("Sören", "Strauß", "Soeren", "Strauss", "de"),
    ("Małgorzata", "Żółkowska", "Malgorzata", "Zolkowska", "pl"), ("Zoë", "Löwenthal", "Zoe", "Loewenthal", "de"),
    ("Émilie", "Lefèvre", "Emilie", "Lefevre", "fr"), ("Søren", "Kjærgaard", "Soeren", "Kjaergaard", "da"),
    ("Tomáš", "Dvořáček", "Tomas", "Dvoracek", "cs"), ("Ayşe", "Öztürk", "Ayse", "Ozturk", "tr"),
]
PLAIN = [("Maria", "Keller"), ("Daniel", "Okafor"), ("Sophie", "Brandtner"), ("Lena", "Hartwig"),
         ("Thomas", "Greaves"), ("Priya", "Raman"), ("Jonas", "Lindqvist"), ("Kateryna", "Savchuk"),
         ("Marek", "Zieliński"), ("Aino", "Rautasalo"), ("Elif", "Karabulut"), ("Hugo", "Verhoef")]
TITLES = {"en": ["Ms", "Mr"], "de": ["Frau", "Herr"], "pl": ["pani", "pan"], "fr": ["Mme", "M."]}
FOLD_NEGS = [("NEG_PLACE", "Muenchen"), ("NEG_PLACE", "Koeln"), ("NEG_PLACE", "Zuerich"),
             ("NEG_PLACE", "Malmoe"), ("NEG_PLACE", "Lodz"), ("NEG_PLACE", "Goeteborg"),
             ("NEG_WORD", "Gruesse"), ("NEG_WORD", "Strasse"), ("NEG_PLACE", "Duesseldorf")]
EN_NEGS = FOLD_NEGS + NEGS["de"] + NEGS["sv"] + NEGS["tr"]
ASK = ["Summarise this thread for the co-op board.", "Draft a short reply to this.",
       "Translate this into English.", "What does the sender want from me?"]


def fill(p, tpl, forms, negs, persons, who):
    """Writes tpl into p: {N} a look-alike, {X.case} a form (forms[X][case]) as a PERSON span of
    person `who` (persons[who] gets its span index)."""
    i = 0
    while True:
        j = tpl.find("{", i)
        if j < 0:
            p.t(tpl[i:])
            return
        p.t(tpl[i:j])
        k = tpl.index("}", j)
        tok, i = tpl[j + 1:k], k + 1
        if tok == "N":
            p.s(*negs.pop(0))
            continue
        kind, case = tok.split(".")
        persons[who].append(len(p.spans))
        p.s("PERSON", forms[kind][case])


def declined(lg):
    sex = rng.choice("mf")
    gv = rng.choice(GIVEN[lg][sex])
    sur = rng.choice(SUR[lg][sex])
    sd = decline(lg, sex, sur)
    full = {c: (sd.get(c, sur) + " " + gv.get(c, gv["nom"]) if lg == "hu"
                else gv.get(c, gv["nom"]) + " " + sd.get(c, sur)) for c in set(gv) | set(sd)}
    return {"G": gv, "S": sd, "F": full}


def decl_record(lg):
    p, persons, negs = P(), [[]], NEGS[lg][:]
    rng.shuffle(negs)
    forms = declined(lg)
    tpls = DECL[lg][1:]
    rng.shuffle(tpls)
    for t in [DECL[lg][0]] + tpls[:3]:
        fill(p, t + " ", forms, negs, persons, 0)
    return p, persons, [], negs


def en_forms(given, sur, loc):
    """The forms an English, German or Turkish message names a person again in (kind, text)."""
    poss = sur + ("'" if sur[-1] in "sxz" else "'s") if loc in ("en", "fr") else sur + "s"
    out = [("initial", given[0] + ". " + sur), ("initial", given[0] + " " + sur), ("poss", poss)]
    if loc == "tr":
        out[2] = ("poss", given)  # "Ayşe'nin": the span stops before the apostrophe
    fem = given[-1] in "ae" or given.endswith("ie") or given.endswith("ë")
    titles = TITLES.get(loc, TITLES["en"])
    out.append(("title", (titles[0] if fem or len(titles) < 2 else titles[1]) + " " + sur))
    return out


def latin_record(k):
    p, persons, negs = P(), [[]], EN_NEGS[:]
    rng.shuffle(negs)
    if k % 2:
        given, sur, fg, fs, loc = LATIN[(k // 2) % len(LATIN)]
    else:
        (given, sur), loc = PLAIN[(k // 2) % len(PLAIN)], rng.choice(["en", "de", "en"])
        fg, fs = given, sur
    fill(p, "Hi all, quick note from the {N} meeting: {F.nom} takes over the keys. ",
         {"F": {"nom": given + " " + sur}}, negs, persons, 0)
    picks = en_forms(given, sur, loc)
    rng.shuffle(picks)
    if fs != sur:
        picks = [("fold", fs if k % 4 == 1 else fg + " " + fs)] + picks[:2]
    else:
        picks = picks[:3]
    for kind, v in picks:
        if kind == "title":
            title, v = v.split(" ", 1)
            p.t("Please ask " + title + " ")
            persons[0].append(len(p.spans))
            p.s("PERSON", v).t(" about {0}. ".format("the spare set"))
        elif kind == "poss" and loc == "tr":
            persons[0].append(len(p.spans))
            p.t("Bu ").s("PERSON", v).t("'nin anahtarı, ").s(*negs.pop(0)).t(" sonrası. ")
        else:
            p.t(rng.choice(["I forwarded it to ", "Cc ", "Noted by ", "Thanks to "]))
            persons[0].append(len(p.spans))
            p.s("PERSON", v).t(rng.choice([" yesterday. ", " car is in bay 4. ", ", see you in "]))
            if p.text.endswith("in "):
                p.s(*negs.pop(0)).t(". ")
    return p, persons, [], negs


def shared_record(k):
    """Two people of one surname, then the surname in another form: either's (ambiguous)."""
    p, persons, negs = P(), [[], []], EN_NEGS[:]
    rng.shuffle(negs)
    sur = PLAIN[k % len(PLAIN)][1]
    g1, g2 = PLAIN[(k + 3) % len(PLAIN)][0], PLAIN[(k + 7) % len(PLAIN)][0]
    fill(p, "{A.nom} (flat 3, came from {N}) and ", {"A": {"nom": g1 + " " + sur}}, negs, persons, 0)
    fill(p, "{B.nom} moved in after {N}. ", {"B": {"nom": g2 + " " + sur}}, negs, persons, 1)
    amb = [len(p.spans)]
    p.t("The ").s("PERSON", sur + ("es" if sur[-1] == "s" else "s")).t(" asked about parking. ")
    persons[0].append(len(p.spans))
    p.t("Also ").s("PERSON", g1[0] + ". " + sur).t(" pays the deposit. ")
    return p, persons, amb, negs


def main():
    records, apis, n = [], ["chat", "responses", "anthropic", "gemini"], 0
    plan = [("decl", lg) for lg in DECL for _ in range(4)] + [("latin", k) for k in range(24)] + \
        [("shared", k) for k in range(10)]
    for fam, arg in plan:
        p, persons, amb, negs = {"decl": decl_record, "latin": latin_record,
                                 "shared": shared_record}[fam](arg)
        npers = sum(1 for s in p.spans if s["entity_type"] == "PERSON")
        extra = []
        while len(p.spans) - npers + len(extra) < npers:
            extra.append(negs.pop(0))
        if extra:
            p.t("\nPS: ")
            for e, (lab, v) in enumerate(extra):
                p.t(", " if e else "").s(lab, v)
            p.t(".")
        api = apis[n % 4]
        ascii_, compact = n % 3 == 0, n % 2 == 0
        body, spans = ask_body(api, ASK[n % len(ASK)], p.text, p.spans, ascii_, compact)
        append_body(records, body, spans, {"locale": arg if fam == "decl" else "en", "class": "sametok",
                                           "family": fam, "api": api, "ascii": ascii_,
                                           "persons": persons, "ambiguous": amb})
        n += 1
    write_json(records)


if __name__ == "__main__":
    main()
