#!/usr/bin/env python3
"""gen_docs4.py: tune set for names in recruiting, citations, legal, travel and announcement
documents (branch docs4, issue 15). Writes data/docs4.json, or the path given as its argument
(deterministic, stdlib only).

Families, each in en/de/fr/nl/es/it/pt with that locale's own conventions:
- recruiting: CV header lines (the name alone in capitals, "Name | Title | City"), interview
  feedback with role labels (Candidate/Bewerber/Candidat/Sollicitant...), ATS exports,
  reference and offer letters, profile cards;
- citations: APA, MLA, Chicago, Vancouver, BibTeX, the German and French house styles, in-text
  "(X et al., 2019)" and "X and Y (2019)", editors ("(Eds.)", "(Hrsg.)", "(dir.)", "(a cura di)");
- legal: parties of judgments ("BETWEEN X Claimant and Y Ltd Defendant", "X – Kläger –",
  "M. X, demandeur", "de heer X, verweerder", "D. X, con DNI"), notarial deeds ("Par-devant
  Maître X", "Ante mí, X, Notario"), wills, powers of attorney, witnesses;
- travel: boarding passes and passenger lists in the airline form SURNAME/GIVEN TITLE, booking
  confirmations, hotel registration cards, visa forms;
- announcements: weddings, births, obituaries with kin lists after a verb ("survived by his wife
  X and children Y and Z", "In liebevoller Erinnerung", "Ne danno il triste annuncio"),
  christenings with godparents.
Look-alikes in the same places: journals and publishers, courts and law firms, companies in a
"Re:" line, airlines, hotels, flight numbers, fare codes, booking references, funeral homes and
churches, job titles and towns (NEG_ORG, NEG_PLACE, NEG_CODE, NEG_TERM, NEG_DATE).

Names: half real (typed here, of global origin as well as each locale's), half invented by a
method no other generator uses: a consonant-vowel skeleton (CV, CVC, VCV...) filled from a
locale's letter classes, then a locale suffix, kept only when no lexicon word (global names
included). Particles (van der, von, de la, di, dos), initials and capitals are drawn per record.
"""
import json
import os
import random
import sys

from lexicon_words import lexicon_words

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data", "docs4.json")
R = random.Random(4041203)
LEX = lexicon_words(with_global=True)
LOCS = ["en", "de", "fr", "nl", "es", "it", "pt"]

REAL_GIVEN = {
    "en": ["Rachel", "Owen", "Bethany", "Callum", "Imogen", "Declan", "Priya", "Tobias"],
    "de": ["Jutta", "Dietmar", "Svenja", "Matthias", "Heike", "Jannik", "Birgit"],
    "fr": ["Camille", "Benoît", "Aurélie", "Mathieu", "Noémie", "Grégoire", "Sandrine"],
    "nl": ["Annelies", "Pieter", "Sanne", "Wouter", "Esther", "Maarten", "Ilse"],
    "es": ["Ainhoa", "Javier", "Montserrat", "Álvaro", "Lucía", "Borja", "Pilar"],
    "it": ["Chiara", "Massimo", "Federica", "Stefano", "Valentina", "Alessio", "Giuliana"],
    "pt": ["Beatriz", "Tiago", "Mariana", "Gonçalo", "Catarina", "Nuno", "Rosário"],
    "gl": ["Bayo", "Chidinma", "Haruto", "Mei", "Arjun", "Ananya", "Tariq", "Leila", "Dmitri",
           "Oksana", "Kwame", "Thanh", "Soo-jin", "Emre"],
}
REAL_SUR = {
    "en": ["Thornton", "Fairbairn", "Hargreaves", "McAllister", "Cartwright", "Doherty"],
    "de": ["Hoffmeister", "Brückner", "Scholz", "Kaltenbach", "Wendt", "Rademacher"],
    "fr": ["Morel", "Fournier", "Lemaire", "Rousseau", "Barbier", "Chevallier"],
    "nl": ["Smit", "Kramer", "Mulder", "Veenstra", "Brouwer", "Schouten"],
    "es": ["Navarro", "Iglesias", "Ortega", "Castaño", "Garrido", "Medina"],
    "it": ["Ricci", "Marchetti", "Fontana", "Santoro", "Gentile", "Colombo"],
    "pt": ["Carvalho", "Teixeira", "Moreira", "Pinheiro", "Correia", "Vasconcelos"],
    "gl": ["Okafor", "Adeyemi", "Nakamura", "Chen", "Raghunathan", "Chatterjee", "Haddad",
           "Rahimi", "Volkov", "Kowalczyk", "Mensah", "Nguyen", "Park", "Yılmaz"],
}
PARTICLES = {"en": [], "de": ["von", "zu"], "fr": ["de", "Le", "du"], "nl": ["van", "van der", "de"],
             "es": ["de la", "del"], "it": ["Di", "De", "Lo"], "pt": ["dos", "da"]}
# letter classes: consonants, vowels, given suffixes, surname suffixes
LETTERS = {
    "en": ("bcdfglmnprstvw", "aeiou", ["a", "en", "ie", "ard"], ["sby", "well", "more", "croft"]),
    "de": ("bdfghklmnrstw", "aeiou", ["a", "olf", "ine", "wart"], ["ecker", "inger", "bauer", "hold"]),
    "fr": ("bcdgjlmnrstv", "aeiou", ["ine", "ric", "ette", "ane"], ["elin", "ouet", "aux", "erre"]),
    "nl": ("bdghjklmnrstvw", "aeiou", ["ke", "o", "ien", "ja"], ["ema", "ink", "dijk", "sma"]),
    "es": ("bcdfglmnrstv", "aeiou", ["ia", "io", "uel", "ita"], ["ero", "ales", "uín", "ijo"]),
    "it": ("bcdfglmnprstv", "aeiou", ["ia", "io", "ero", "ina"], ["ato", "uzzi", "elli", "ara"]),
    "pt": ("bcdfglmnprstv", "aeiou", ["ana", "ino", "ela", "ão"], ["ares", "elo", "anha", "ais"]),
}
SKELETONS = ["CV", "CVC", "CVCV", "VCV", "CVCVC", "VCCV"]


def invent(loc, sur):
    cons, vow, gs, ss = LETTERS[loc]
    while True:
        w = "".join(R.choice(cons) if ch == "C" else R.choice(vow) for ch in R.choice(SKELETONS))
        w += R.choice(ss if sur else gs)
        w = w[0].upper() + w[1:]
        if 4 <= len(w) <= 13 and w.lower() not in LEX and not any(
                a == b == c for a, b, c in zip(w, w[1:], w[2:])):
            return w


def given(loc):
    if R.random() < 0.5:
        return R.choice(REAL_GIVEN["gl"] if R.random() < 0.3 else REAL_GIVEN[loc])
    return invent(loc, False)


def surname(loc, particle=True):
    s = R.choice(REAL_SUR["gl"] if R.random() < 0.3 else REAL_SUR[loc]) \
        if R.random() < 0.5 else invent(loc, True)
    if particle and PARTICLES[loc] and R.random() < 0.15:
        s = R.choice(PARTICLES[loc]) + " " + s
    return s


def person(loc):
    """(given, surname) of one invented or real person."""
    return given(loc), surname(loc)


def full(p):
    return p[0] + " " + p[1]


def initials(g, dots=True, space=True):
    parts = g.replace("-", " ").split()
    if dots:
        return (" " if space else "").join(x[0] + "." for x in parts)
    return "".join(x[0] for x in parts)


def up(s, flag):
    return s.upper() if flag else s


def rec(parts, loc, cls):
    """parts: list of str or (label, value); returns the record."""
    text, spans = "", []
    for p in parts:
        if isinstance(p, tuple):
            lab, val = p
            spans.append({"entity_type": lab, "entity_value": val,
                          "start_position": len(text), "end_position": len(text) + len(val)})
            text += val
        else:
            text += p
    return {"full_text": text, "spans": spans, "template_id": 0,
            "metadata": {"locale": loc, "class": cls, "corpus": "docs4"}}


P = "PERSON"
CITIES = {"en": ["Leeds", "Bristol", "Dublin", "Toronto"], "de": ["Kassel", "Augsburg", "Linz"],
          "fr": ["Rennes", "Lyon", "Namur", "Genève"], "nl": ["Utrecht", "Zwolle", "Gent"],
          "es": ["Zaragoza", "Bilbao", "Valencia"], "it": ["Bologna", "Torino", "Bari"],
          "pt": ["Braga", "Coimbra", "Porto"]}
TITLES = ["Senior Data Engineer", "Product Manager", "UX Researcher", "Head of Finance",
          "Backend Developer", "Clinical Nurse Specialist", "Key Account Manager"]
AGENCIES = ["Randstad", "Adecco", "Page Personnel", "Hays Recruiting", "Tempo-Team",
            "Michael Page", "Manpower"]
COMPANIES = ["Northwind Logistics", "Brightlane Analytics", "Kestrel Systems", "Alder & Finch",
             "Solvay", "Bluefjord Energy", "Vantage Biotech"]


def sep(loc):
    return " : " if loc == "fr" else ": "


# ---------------------------------------------------------------------------- recruiting
CAND = {"en": ("Candidate", "Interviewer", "Panel", "Hiring manager"),
        "de": ("Bewerber", "Interviewer", "Gesprächsteilnehmer", "Fachbereich"),
        "fr": ("Candidat", "Recruteur", "Jury", "Manager"),
        "nl": ("Sollicitant", "Gesprekvoerder", "Commissie", "Leidinggevende"),
        "es": ("Candidato", "Entrevistador", "Tribunal", "Responsable"),
        "it": ("Candidato", "Selezionatore", "Commissione", "Responsabile"),
        "pt": ("Candidato", "Entrevistador", "Júri", "Responsável")}
VERDICT = {"en": "Recommendation: hire", "de": "Empfehlung: Einstellung",
           "fr": "Avis : favorable", "nl": "Advies: aannemen", "es": "Valoración: apto",
           "it": "Esito: idoneo", "pt": "Parecer: favorável"}


def rec_cv(loc):
    p = person(loc)
    city = R.choice(CITIES[loc])
    title = R.choice(TITLES)
    form = R.randrange(3)
    if form == 0:
        return rec([(P, full(p).upper()), "\n", ("NEG_TERM", title), "\n", ("NEG_PLACE", city),
                    " · ", ("PHONE_NUMBER", "+31 6 1234 5678"), " · ",
                    ("EMAIL_ADDRESS", p[0].lower().replace(" ", "") + "@example.org"), "\n\n",
                    R.choice(["PROFILE", "PROFIL", "PERFIL", "PROFILO", "SAMENVATTING"]),
                    "\nEight years in data platforms."], loc, "cv")
    if form == 1:
        return rec([(P, full(p)), " | ", ("NEG_TERM", title), " | ", ("NEG_PLACE", city),
                    "\n" + R.choice(["Experience", "Berufserfahrung", "Expérience", "Werkervaring",
                                     "Experiencia", "Esperienze", "Experiência"]) +
                    "\n2019–2024 ", ("NEG_ORG", R.choice(COMPANIES))], loc, "cv")
    hdr = {"en": "Curriculum Vitae", "de": "Lebenslauf", "fr": "Curriculum vitae",
           "nl": "Curriculum vitae", "es": "Currículum vítae", "it": "Curriculum vitae",
           "pt": "Currículo"}[loc]
    return rec([hdr + "\n\n", (P, p[1].upper() + " " + p[0]), "\n", ("NEG_TERM", title),
                "\nReferences: ", (P, full(person(loc))), " (", ("NEG_ORG", R.choice(COMPANIES)),
                ")"], loc, "cv")


def rec_interview(loc):
    c, i, pan, hm = CAND[loc]
    cand, intv = person(loc), person(loc)
    caps = R.random() < 0.25
    parts = [R.choice(["Interview feedback", "Scorecard", "Feedback"]) + " #" +
             str(R.randint(1000, 9999)) + "\n", up(c, caps) + sep(loc), (P, up(full(cand), caps)),
             "\n" + up(i, caps) + sep(loc), (P, up(full(intv), caps)), "\n"]
    if R.random() < 0.5:
        a, b = person(loc), person(loc)
        parts += [up(pan, caps) + sep(loc), (P, full(a)), ", ", (P, full(b)), "\n"]
    else:
        parts += [up(hm, caps) + sep(loc), (P, full(person(loc))), "\n"]
    parts += [VERDICT[loc]]
    return rec(parts, loc, "interview")


def rec_ats(loc):
    rows = []
    hdr = R.choice(["candidate_id,first_name,last_name,stage,source",
                    "ID;Vorname;Nachname;Status;Quelle", "id;prénom;nom;étape;source",
                    "id,voornaam,achternaam,fase,bron"])
    parts = [hdr + "\n"]
    for _ in range(R.randint(2, 3)):
        g, s = person(loc)
        d = ";" if ";" in hdr else ","
        parts += [str(R.randint(10000, 99999)) + d, (P, g), d, (P, s), d,
                  R.choice(["Phone screen", "Onsite", "Offer", "Rejected"]) + d,
                  ("NEG_ORG", R.choice(["LinkedIn", "Indeed", "StepStone", "Welcome to the Jungle",
                                        "InfoJobs"])), "\n"]
    return rec(parts, loc, "ats")


REF = {
    "en": lambda a, b: ["To whom it may concern,\n\nI have known ", (P, b), " for four years, "
                        "first as a graduate and then as a team lead. ", "\n\nYours faithfully,\n",
                        (P, a), "\nDirector of Engineering"],
    "de": lambda a, b: ["Arbeitszeugnis\n\nFrau ", (P, b), " war vom 01.03.2019 bis 31.08.2024 in "
                        "unserem Unternehmen als Entwicklerin tätig.\n\nMit freundlichen Grüßen\n",
                        (P, a), "\nLeiter Personal"],
    "fr": lambda a, b: ["ATTESTATION\n\nJe soussigné, ", (P, a), ", directeur des ressources "
                        "humaines, certifie que Mme ", (P, b), " a été employée du 4 mars 2019 "
                        "au 30 juin 2024."],
    "nl": lambda a, b: ["Referentie\n\nHierbij verklaar ik dat mevrouw ", (P, b), " van 2019 tot "
                        "2024 bij ons werkzaam was als teamleider.\n\nMet vriendelijke groet,\n",
                        (P, a)],
    "es": lambda a, b: ["CERTIFICADO DE EMPRESA\n\nD. ", (P, a), ", director de recursos humanos, "
                        "certifica que Dña. ", (P, b), " ha prestado servicios en esta empresa "
                        "desde 2019."],
    "it": lambda a, b: ["LETTERA DI REFERENZE\n\nIl sottoscritto ", (P, a), " dichiara che la "
                        "dott.ssa ", (P, b), " ha collaborato con la nostra società dal 2019."],
    "pt": lambda a, b: ["DECLARAÇÃO\n\nPara os devidos efeitos, declaro que ", (P, b),
                        " trabalhou nesta empresa entre 2019 e 2024.\n\nAtenciosamente,\n",
                        (P, a)],
}
OFFER = {"en": ("Dear {},\n\nWe are delighted to offer you the role of {} at {}. You will report "
                "to {}.", "Offer letter"),
         "de": ("Sehr geehrte/r {},\n\nwir freuen uns, Ihnen die Position {} bei {} anzubieten. "
                "Ihre Vorgesetzte ist {}.", "Vertragsangebot"),
         "fr": ("Madame, Monsieur {},\n\nNous avons le plaisir de vous proposer le poste de {} "
                "chez {}. Vous serez rattaché(e) à {}.", "Promesse d'embauche"),
         "nl": ("Beste {},\n\nMet plezier bieden wij je de functie {} aan bij {}. Je "
                "leidinggevende wordt {}.", "Aanbiedingsbrief"),
         "es": ("Estimado/a {}:\n\nNos complace ofrecerle el puesto de {} en {}. Dependerá de {}.",
                "Carta de oferta"),
         "it": ("Gentile {},\n\nsiamo lieti di offrirle la posizione di {} presso {}. Il suo "
                "responsabile sarà {}.", "Lettera di assunzione"),
         "pt": ("Caro/a {},\n\nTemos o prazer de lhe oferecer a função de {} na {}. Irá reportar "
                "a {}.", "Carta de oferta")}


def split_fmt(fmt, vals):
    """Interleave a '{}' format's literal pieces with (label, value) items."""
    pieces = fmt.split("{}")
    out = []
    for k, piece in enumerate(pieces):
        out.append(piece)
        if k < len(vals):
            out.append(vals[k])
    return out


def rec_letter(loc):
    if R.random() < 0.5:
        return rec(REF[loc](full(person(loc)), full(person(loc))), loc, "reference")
    fmt, head = OFFER[loc]
    vals = [(P, full(person(loc))), ("NEG_TERM", R.choice(TITLES)),
            ("NEG_ORG", R.choice(COMPANIES)), (P, full(person(loc)))]
    return rec([head + "\n"] + split_fmt(fmt, vals), loc, "offer")


def rec_profile(loc):
    p = person(loc)
    q = person(loc)
    verb = {"en": "commented on this", "de": "hat das kommentiert", "fr": "a commenté ceci",
            "nl": "heeft hierop gereageerd", "es": "ha comentado esto",
            "it": "ha commentato", "pt": "comentou isto"}[loc]
    return rec([(P, full(p)), " · 2nd\n", ("NEG_TERM", R.choice(TITLES)), " at ",
                ("NEG_ORG", R.choice(COMPANIES)), "\n", ("NEG_PLACE", R.choice(CITIES[loc])),
                " · 500+ connections\n\n", (P, full(q)), " " + verb], loc, "profile")


# ---------------------------------------------------------------------------- citations
JOURNALS = ["Journal of Applied Linguistics", "The Lancet", "Nature Communications",
            "Revue française de sociologie", "Zeitschrift für Soziologie", "Rivista di Diritto Civil",
            "Revista Española de Cardiología", "Tijdschrift voor Geneeskunde",
            "Análise Social", "BMJ Open", "Journal of Finance"]
PUBLISHERS = ["Springer", "Elsevier", "Gallimard", "Zanichelli", "Routledge", "Suhrkamp",
              "Oxford University Press", "Edições 70", "Ariel", "Boom"]
TOPICS = ["Code-switching in bilingual classrooms", "Long-term outcomes of early mobilisation",
          "Housing markets and migration", "A survey of federated learning",
          "Soil carbon under rotational grazing", "Trust in local government"]
TITLE_EPON = ["Bayesian inference for Markov chains", "Alzheimer's disease progression",
              "Fourier methods in acoustics", "Gaussian processes revisited",
              "Parkinson's disease and sleep", "Kalman filtering for navigation"]


def apa_name(p):
    return p[1] + ", " + initials(p[0])


def rec_apa(loc):
    n = R.randint(1, 4)
    ps = [person(loc) for _ in range(n)]
    parts = []
    for k, p in enumerate(ps):
        if k:
            parts.append(", & " if k == n - 1 else ", ")
        parts.append((P, apa_name(p)))
    yr = str(R.randint(1998, 2024))
    title = R.choice(TOPICS + TITLE_EPON)
    parts += [" (" + yr + "). " + title + ". ", ("NEG_ORG", R.choice(JOURNALS)),
              ", " + str(R.randint(1, 40)) + "(" + str(R.randint(1, 4)) + "), 45–67."]
    return rec(parts, loc, "apa")


def rec_vancouver(loc):
    n = R.randint(2, 6)
    ps = [person(loc) for _ in range(n)]
    parts = [str(R.randint(1, 40)) + ". "]
    for k, p in enumerate(ps[:min(n, 4)]):
        if k:
            parts.append(", ")
        parts.append((P, p[1] + " " + initials(p[0], dots=False)))
    if n > 4:
        parts.append(", et al")
    parts += [". " + R.choice(TOPICS) + ". ", ("NEG_ORG", R.choice(["Lancet", "BMJ", "JAMA",
                                                                    "N Engl J Med", "PLoS One"])),
              ". " + str(R.randint(2000, 2024)) + ";" + str(R.randint(10, 400)) + ":1023-9."]
    return rec(parts, loc, "vancouver")


def rec_bibtex(loc):
    ps = [person(loc) for _ in range(R.randint(1, 3))]
    key = ps[0][1].split()[-1].lower() + str(R.randint(2000, 2024))
    parts = ["@article{" + key + ",\n  author = {"]
    for k, p in enumerate(ps):
        if k:
            parts.append(" and ")
        parts.append((P, p[1] + ", " + p[0]))
    parts += ["},\n  title = {" + R.choice(TOPICS) + "},\n  journal = {",
              ("NEG_ORG", R.choice(JOURNALS)), "},\n  year = {2021}\n}"]
    return rec(parts, loc, "bibtex")


def rec_mla(loc):
    a, b = person(loc), person(loc)
    form = R.randrange(2)
    if form == 0:
        parts = [(P, a[1] + ", " + a[0]), ", and ", (P, full(b)), ". \u201c" + R.choice(TOPICS) +
                 ".\u201d ", ("NEG_ORG", R.choice(JOURNALS)), ", vol. 12, no. 3, 2019, pp. 45-67."]
    else:  # Chicago author-date, a book
        parts = [(P, a[1] + ", " + a[0]), ". 2017. ", R.choice(TITLE_EPON + TOPICS), ". ",
                 ("NEG_PLACE", R.choice(["Chicago", "London", "Paris", "Milano"])), ": ",
                 ("NEG_ORG", R.choice(PUBLISHERS)), "."]
    return rec(parts, loc, "mla")


def rec_local_cite(loc):
    a, b = person(loc), person(loc)
    if loc == "de":
        parts = [(P, a[1] + ", " + initials(a[0])), "; ", (P, b[1] + ", " + initials(b[0])),
                 " (2018): " + R.choice(TOPICS) + ". In: ", ("NEG_ORG", R.choice(JOURNALS)),
                 " 47 (2), S. 112–130."]
    elif loc == "fr":
        parts = [(P, a[1].upper() + " " + initials(a[0])), ", ", (P, b[1].upper() + " " +
                                                                 initials(b[0])),
                 " (2016), « " + R.choice(TOPICS) + " », ", ("NEG_ORG", R.choice(JOURNALS)),
                 ", n° 3, p. 45-67."]
    elif loc in ("it", "es", "pt"):
        ed = {"it": "(a cura di)", "es": "(coord.)", "pt": "(org.)"}[loc]
        parts = [(P, a[1].upper() + ", " + a[0]), " " + ed + ", ", R.choice(TOPICS) + ", ",
                 ("NEG_ORG", R.choice(PUBLISHERS)), ", ",
                 ("NEG_PLACE", R.choice(CITIES[loc])), " 2015."]
    else:  # en, nl: editors
        ed = {"en": "(Eds.)", "nl": "(red.)"}[loc]
        c = person(loc)
        parts = [(P, c[1] + ", " + initials(c[0])), " (2020). Chapter 4. In ",
                 (P, initials(a[0]) + " " + a[1]), " & ", (P, initials(b[0]) + " " + b[1]),
                 " " + ed + ", Handbook of " + R.choice(["urban policy", "nursing"]) + " (pp. 80–"
                 "99). ", ("NEG_ORG", R.choice(PUBLISHERS)), "."]
    return rec(parts, loc, "cite_" + loc)


def rec_intext(loc):
    a, b = surname(loc, False), surname(loc, False)
    yr = str(R.randint(1990, 2024))
    word = {"en": "and", "de": "und", "fr": "et", "nl": "en", "es": "y", "it": "e", "pt": "e"}[loc]
    form = R.randrange(3)
    if form == 0:
        parts = ["Earlier work (", (P, a), " et al., " + yr + "; ", (P, b), ", " +
                 str(int(yr) - 3) + ") found no effect of ", ("NEG_TERM",
                                                               R.choice(["Bayesian priors",
                                                                         "Fourier features"])), "."]
    elif form == 1:
        parts = ["Wie ", (P, a), " " + word + " ", (P, b), " (" + yr + ") zeigen, ..."] \
            if loc == "de" else [(P, a), " " + word + " ", (P, b), " (" + yr + ") report the "
                                 "same pattern in ", ("NEG_ORG", R.choice(JOURNALS)), "."]
    else:
        parts = ["[", str(R.randint(1, 30)), "] ", (P, a + " " + initials(given(loc), False)),
                 ", ", (P, b + " " + initials(given(loc), False)), ". ", R.choice(TOPICS), ". ",
                 ("NEG_ORG", R.choice(["Lancet", "BMJ", "Nature"])), " " + yr + "."]
    return rec(parts, loc, "intext")


# ---------------------------------------------------------------------------- legal
COURTS = {"en": ["High Court of Justice", "Court of Appeal", "County Court at Leeds"],
          "de": ["Landgericht Kassel", "Amtsgericht Augsburg", "Oberlandesgericht Linz"],
          "fr": ["Tribunal judiciaire de Rennes", "Cour d'appel de Lyon"],
          "nl": ["Rechtbank Midden-Nederland", "Gerechtshof Arnhem-Leeuwarden"],
          "es": ["Juzgado de Primera Instancia n.º 3 de Bilbao", "Audiencia Provincial de Zaragoza"],
          "it": ["Tribunale di Bologna", "Corte d'Appello di Torino"],
          "pt": ["Tribunal Judicial da Comarca de Braga", "Tribunal da Relação do Porto"]}
FIRMS = ["Clifford Chance", "Freshfields", "Loyens & Loeff", "Gómez-Acebo & Pombo",
         "Cuatrecasas", "Gleiss Lutz", "NautaDutilh", "Morais Leitão"]
LTD = {"en": "Holdings Ltd", "de": "GmbH", "fr": "SARL", "nl": "B.V.", "es": "S.L.",
       "it": "S.r.l.", "pt": "Lda."}


def company(loc):
    return R.choice(["Brightlane", "Kestrel", "Northwind", "Alder", "Vantage", "Bluefjord"]) + \
        " " + LTD[loc]


def rec_parties(loc):
    a = person(loc)
    co = company(loc)
    caps = R.random() < 0.4
    an = up(full(a), caps)
    if loc == "en":
        if R.random() < 0.5:
            parts = ["IN THE ", ("NEG_ORG", R.choice(COURTS["en"]).upper()), "\nBETWEEN:\n\n",
                     (P, an), "\nClaimant\n\n- and -\n\n", ("NEG_ORG", co.upper()),
                     "\nDefendant"]
        else:
            b = person(loc)
            parts = ["Re: ", ("NEG_ORG", co), "\n\nThe Claimant, ", (P, full(a)),
                     ", was employed by the Respondent from 2016. The Respondent's witness, Mr ",
                     (P, full(b)), ", gave evidence on day two."]
    elif loc == "de":
        b = person(loc)
        parts = ["In dem Rechtsstreit\n\n", (P, full(a)), ", ", ("STREET_ADDRESS", "Lindenweg 4, 34117 Kassel"),
                 ",\n– Kläger –\n\nProzessbevollmächtigte: ", ("NEG_ORG", R.choice(FIRMS)),
                 "\n\ngegen\n\n", ("NEG_ORG", co), ", vertreten durch den Geschäftsführer ",
                 (P, full(b)), ",\n– Beklagte –"]
    elif loc == "fr":
        b = person(loc)
        parts = [("NEG_ORG", R.choice(COURTS["fr"]).upper()), "\n\nENTRE :\n\nM. ", (P, an),
                 ", demandeur,\nreprésenté par Maître ", (P, full(b)), ", avocat au barreau de "
                 "Rennes,\n\nET :\n\n", ("NEG_ORG", co), ", défenderesse."]
    elif loc == "nl":
        b = person(loc)
        parts = [("NEG_ORG", R.choice(COURTS["nl"])), "\n\nvonnis in de zaak van\n\n",
                 (P, an), ",\nwonende te Utrecht,\neiser,\nadvocaat mr. ", (P, full(b)),
                 ",\n\ntegen\n\nde besloten vennootschap ", ("NEG_ORG", co), ",\ngedaagde."]
    elif loc == "es":
        b = person(loc)
        parts = ["DEMANDANTE: D. ", (P, an), ", con DNI 12345678Z, mayor de edad.\n"
                 "DEMANDADA: ", ("NEG_ORG", co), "\nPROCURADOR: D. ", (P, full(b)),
                 "\nÓrgano: ", ("NEG_ORG", R.choice(COURTS["es"]))]
    elif loc == "it":
        b = person(loc)
        parts = [("NEG_ORG", R.choice(COURTS["it"])), "\n\nnella causa promossa da\n\n"
                 "il sig. ", (P, full(a)), ", nato a Bari il ", ("DATE_OF_BIRTH", "3 maggio 1971"),
                 ", rappresentato e difeso dall'avv. ", (P, full(b)), ",\n- attore -\n\ncontro\n\n",
                 ("NEG_ORG", co), "\n- convenuta -"]
    else:
        b = person(loc)
        parts = [("NEG_ORG", R.choice(COURTS["pt"])), "\n\nAutor: ", (P, an),
                 ", portador do CC n.º 12345678.\nRé: ", ("NEG_ORG", co),
                 "\nMandatário: Dr. ", (P, full(b))]
    return rec(parts, loc, "parties")


def rec_deed(loc):
    n, a, b = person(loc), person(loc), person(loc)
    if loc == "en":
        parts = ["THIS IS THE LAST WILL AND TESTAMENT of me ", (P, full(a).upper()),
                 " of ", ("STREET_ADDRESS", "12 Mill Lane, Leeds"), ".\n1. I appoint my daughter ", (P, full(b)),
                 " to be my executor.\nSigned in the presence of:\nWitness 1: ",
                 (P, full(n)), "\nWitness 2: ", (P, full(person(loc)))]
    elif loc == "de":
        parts = ["UR-Nr. 412/2023\n\nVor mir, dem unterzeichnenden Notar ", (P, full(n)),
                 " mit dem Amtssitz in Augsburg, erschienen heute:\n\n1. Herr ", (P, full(a)),
                 ",\n2. Frau ", (P, full(b)), ",\nbeide ausgewiesen durch Personalausweis."]
    elif loc == "fr":
        parts = ["Par-devant Maître ", (P, full(n)), ", notaire à Lyon,\n\nA COMPARU :\n\n"
                 "Madame ", (P, full(a)), ", née ", (P, surname(loc)),
                 ", demeurant à Lyon,\n\nLaquelle a, par ces présentes, constitué pour "
                 "mandataire Monsieur ", (P, full(b)), "."]
    elif loc == "nl":
        parts = ["Heden, twaalf maart tweeduizend vierentwintig, verscheen voor mij, mr. ",
                 (P, full(n)), ", notaris te Zwolle:\nde heer ", (P, full(a)),
                 ", geboren te Gent,\nhierna te noemen: de volmachtgever.\nDe volmachtgever "
                 "verleent volmacht aan mevrouw ", (P, full(b)), "."]
    elif loc == "es":
        parts = ["NÚMERO DOSCIENTOS DOCE.\nEn Valencia, a 4 de junio de 2023.\nAnte mí, ",
                 (P, full(n)), ", Notario del Ilustre Colegio de Valencia,\n\nCOMPARECE:\n\n"
                 "Doña ", (P, full(a)), ", mayor de edad, con DNI 87654321X, que otorga poder "
                 "a favor de Don ", (P, full(b)), "."]
    elif loc == "it":
        parts = ["Repertorio n. 5123\n\nDavanti a me, dott. ", (P, full(n)), ", notaio in "
                 "Torino, è presente la sig.ra ", (P, full(a)), ", nata a Torino il ",
                 ("DATE_OF_BIRTH", "2 febbraio 1965"), ", la quale nomina procuratore il sig. ", (P, full(b)), "."]
    else:
        parts = ["PROCURAÇÃO\n\nNo dia dez de maio de dois mil e vinte e três, perante mim, ",
                 (P, full(n)), ", notária, compareceu como outorgante ", (P, full(a)),
                 ", que constitui seu bastante procurador ", (P, full(b)), "."]
    return rec(parts, loc, "deed")


def rec_legal_neg(loc):
    co = company(loc)
    form = R.randrange(3)
    if form == 0:
        parts = ["Re: ", ("NEG_ORG", co), " v ", ("NEG_ORG", company(loc)), " [2023] EWHC 412"]
    elif form == 1:
        parts = [("NEG_ORG", R.choice(FIRMS)), " acts for the claimant before the ",
                 ("NEG_ORG", R.choice(COURTS[loc])), "."]
    else:
        parts = ["Case no. ", ("NEG_CODE", "C-" + str(R.randint(100, 999)) + "/21"),
                 ", ", ("NEG_ORG", R.choice(COURTS[loc])), ", ", ("NEG_DATE", "12.03.2024")]
    return rec(parts, loc, "legal_neg")


# ---------------------------------------------------------------------------- travel
AIRLINES = ["KLM", "Lufthansa", "TAP Air Portugal", "ITA Airways", "Iberia", "Air France",
            "Aer Lingus", "Brussels Airlines"]
HOTELS = ["Hotel Adlon Kempinski", "Hotel Krasnapolsky", "Pestana Palace", "Hotel Majestic",
          "The Merrion", "Hotel Arts Barcelona"]


def airline_name(p, glued):
    g = p[0].upper().replace(" ", "").replace("-", "")
    s = p[1].upper().replace(" ", "")
    t = R.choice(["MR", "MRS", "MS", "MSTR", "MISS", "DR"])
    return s + "/" + g + ("" if glued else " ") + t


def rec_boarding(loc):
    p = person(loc)
    fl = R.choice(["KL", "LH", "TP", "AZ", "IB", "AF", "EI", "SN"]) + str(R.randint(100, 1999))
    parts = [R.choice(["BOARDING PASS", "BORDKARTE", "CARTE D'EMBARQUEMENT", "INSTAPKAART",
                       "TARJETA DE EMBARQUE", "CARTA D'IMBARCO", "CARTÃO DE EMBARQUE"]),
             "\n", ("NEG_ORG", R.choice(AIRLINES)), "\nNAME: ", (P, airline_name(p, R.random() <
                                                                             0.4)),
             "\nFLIGHT ", ("NEG_CODE", fl), "  SEAT 14C  GATE D7\nFARE ",
             ("NEG_CODE", R.choice(["YLOWEU", "KSAVER", "QNNCLS", "VFLEX"])), "  PNR ",
             ("NEG_CODE", "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in
                                  range(6)))]
    return rec(parts, loc, "boarding")


def rec_manifest(loc):
    parts = ["PAX LIST " + R.choice(["KL1691", "TP574", "LH2012"]) + "\nSEQ NAME SEAT\n"]
    for k in range(R.randint(2, 4)):
        parts += ["%03d " % (k + 1), (P, airline_name(person(loc), R.random() < 0.5)),
                  " " + str(R.randint(1, 32)) + R.choice("ABCDEF") + "\n"]
    return rec(parts, loc, "manifest")


BOOK = {"en": ("Booking confirmation", "Passengers", "Mr", "Mrs"),
        "de": ("Buchungsbestätigung", "Reisende", "Herr", "Frau"),
        "fr": ("Confirmation de réservation", "Passagers", "M.", "Mme"),
        "nl": ("Boekingsbevestiging", "Reizigers", "Dhr.", "Mevr."),
        "es": ("Confirmación de reserva", "Pasajeros", "Sr.", "Sra."),
        "it": ("Conferma di prenotazione", "Passeggeri", "Sig.", "Sig.ra"),
        "pt": ("Confirmação de reserva", "Passageiros", "Sr.", "Sra.")}


def rec_booking(loc):
    head, pax, mr, mrs = BOOK[loc]
    a = person(loc)
    b = (given(loc), a[1]) if R.random() < 0.5 else person(loc)
    return rec([head + " ", ("NEG_CODE", "X" + str(R.randint(1000, 9999)) + "Q"), "\n",
                ("NEG_ORG", R.choice(AIRLINES + HOTELS)), "\n" + pax + ":\n1. " + mr + " ",
                (P, full(a)), "\n2. " + mrs + " ", (P, full(b)), "\n"], loc, "booking")


HOTELCARD = {"en": ("Guest registration", "Surname", "First name", "Accompanied by"),
             "de": ("Meldeschein", "Familienname", "Vorname", "Mitreisende"),
             "fr": ("Fiche de police", "Nom", "Prénom", "Accompagné de"),
             "nl": ("Inschrijfkaart", "Achternaam", "Voornaam", "Medereiziger"),
             "es": ("Parte de entrada de viajeros", "Apellidos", "Nombre", "Acompañante"),
             "it": ("Scheda di notifica", "Cognome", "Nome", "Accompagnatore"),
             "pt": ("Boletim de alojamento", "Apelido", "Nome próprio", "Acompanhante")}
VISA = {"en": ("Visa application", "Surname(s)", "Given name(s)"),
        "de": ("Visumantrag", "Name(n)", "Vorname(n)"),
        "fr": ("Demande de visa", "Nom(s)", "Prénom(s)"),
        "nl": ("Visumaanvraag", "Achterna(a)m(en)", "Voorna(a)m(en)"),
        "es": ("Solicitud de visado", "Apellido(s)", "Nombre(s)"),
        "it": ("Domanda di visto", "Cognome/i", "Nome/i"),
        "pt": ("Pedido de visto", "Apelido(s)", "Nome(s) próprio(s)")}


def rec_hotel(loc):
    p = person(loc)
    caps = R.random() < 0.5
    if R.random() < 0.5:
        head, sl, gl, acc = HOTELCARD[loc]
        parts = [("NEG_ORG", R.choice(HOTELS)), " – " + head + "\n" + sl + sep(loc),
                 (P, up(p[1], caps)), "\n" + gl + sep(loc), (P, up(p[0], caps)),
                 "\n" + acc + sep(loc), (P, full(person(loc))), "\n", ("NEG_CODE", "Room 412")]
    else:
        head, sl, gl = VISA[loc]
        parts = [head + "\n1. " + sl + sep(loc), (P, up(p[1], caps)), "\n3. " + gl + sep(loc),
                 (P, up(p[0], caps)), "\n4. Place of birth" + sep(loc),
                 ("NEG_PLACE", R.choice(CITIES[loc]))]
    return rec(parts, loc, "hotel_visa")


# ---------------------------------------------------------------------------- announcements
CHURCH = ["St Mary's Church", "Église Saint-Sulpice", "St.-Josef-Kirche", "Sint-Baafskathedraal",
          "Parroquia de San Ginés", "Chiesa di San Lorenzo", "Igreja de São Roque"]
FUNERAL = ["Co-op Funeralcare", "Pompes Funèbres Générales", "Uitvaartcentrum De Linde",
           "Bestattungshaus am Park", "Tanatorio La Paz", "Onoranze Funebri San Giorgio",
           "Agência Funerária Central"]


def rec_wedding(loc):
    a, b = person(loc), person(loc)
    f = {"en": ["Together with their families\n", None, " and ", None,
                "\nrequest the pleasure of your company at their marriage\nat ", "C"],
         "de": ["Wir heiraten!\n\n", None, " & ", None, "\n\nTrauung um 14 Uhr in der ", "C"],
         "fr": ["", None, " et ", None, " ont la joie de vous faire part de leur mariage, "
                "célébré en l'", "C"],
         "nl": ["Wij gaan trouwen!\n", None, " en ", None, "\nCeremonie in de ", "C"],
         "es": ["", None, " y ", None, " tienen el placer de invitarle a su boda en la ", "C"],
         "it": ["", None, " e ", None, " annunciano il loro matrimonio nella ", "C"],
         "pt": ["", None, " e ", None, " têm o prazer de convidar para o seu casamento na ",
                "C"]}[loc]
    given_only = R.random() < 0.3
    names = iter([a[0] if given_only else full(a), b[0] if given_only else full(b)])
    parts = []
    for x in f:
        if x is None:
            parts.append((P, next(names)))
        elif x == "C":
            parts.append(("NEG_ORG", R.choice(CHURCH)))
        else:
            parts.append(x)
    return rec(parts, loc, "wedding")


def rec_birth(loc):
    c, m, f = given(loc), person(loc), person(loc)
    t = {"en": ["We are delighted to announce the birth of our son ", 0, ", born ", ("DATE_OF_BIRTH", "4 March 2024"),
                ".\nProud parents ", 1, " and ", 2],
         "de": ["Wir freuen uns über die Geburt unserer Tochter ", 0, ".\nIn Liebe, ", 1,
                " und ", 2],
         "fr": ["", 1, " et ", 2, " ont la joie de vous annoncer la naissance de ", 0, "."],
         "nl": ["Blij en dankbaar melden wij de geboorte van onze dochter ", 0, ".\n", 1, " en ",
                2],
         "es": ["", 1, " y ", 2, " anuncian con alegría el nacimiento de su hija ", 0, "."],
         "it": ["Fiocco azzurro! È nato ", 0, ". Lo annunciano con gioia mamma ", 1, " e papà ",
                2, "."],
         "pt": ["", 1, " e ", 2, " têm a alegria de anunciar o nascimento do filho ", 0, "."]}
    vals = [c + " " + f[1], full(m), full(f)]
    if loc in ("it",):
        vals = [c, m[0], f[0]]
    parts = [(P, vals[x]) if isinstance(x, int) else x for x in t[loc]]
    return rec(parts, loc, "birth")


def kin_list(loc, n):
    out = []
    word = {"en": "and", "de": "und", "fr": "et", "nl": "en", "es": "y", "it": "e", "pt": "e"}[loc]
    for k in range(n):
        if k:
            out.append(" " + word + " " if k == n - 1 else ", ")
        out.append((P, given(loc)))
    return out


def rec_obit(loc):
    d, w = person(loc), person(loc)
    maiden = surname(loc, False)
    if loc == "en":
        parts = [(P, full(d).upper()), "\nPassed away peacefully on 2 January 2024, aged 84. "
                 "Survived by his wife ", (P, full(w)), " and children "] + \
            kin_list(loc, R.randint(2, 3)) + [". Arrangements by ", ("NEG_ORG", R.choice(FUNERAL)),
                                               "."]
    elif loc == "de":
        parts = ["Wir trauern um\n\n", (P, full(d)), "\ngeb. ", (P, maiden),
                 "\n* ", ("DATE_OF_BIRTH", "3. Mai 1941"), "  † 9. Januar 2024\n\nIn liebevoller Erinnerung\n"] + \
            kin_list(loc, R.randint(2, 3)) + ["\n", ("NEG_ORG", R.choice(FUNERAL))]
    elif loc == "fr":
        parts = ["Mme ", (P, full(d)), ", née ", (P, maiden), ", nous a quittés le 5 février "
                 "2024.\nDe la part de son époux ", (P, w[0]), ", de ses enfants "] + \
            kin_list(loc, R.randint(2, 3)) + [".\nObsèques en l'", ("NEG_ORG", R.choice(CHURCH)),
                                               "."]
    elif loc == "nl":
        parts = ["Bedroefd, maar dankbaar voor alles wat zij voor ons betekend heeft, geven wij "
                 "kennis van het overlijden van\n\n", (P, full(d)), "\nweduwe van ", (P, full(w)),
                 "\n\n"] + kin_list(loc, R.randint(2, 3)) + ["\n", ("NEG_ORG", R.choice(FUNERAL))]
    elif loc == "es":
        parts = ["EL SEÑOR DON\n", (P, full(d).upper()), "\nFalleció en Zaragoza el 3 de marzo de "
                 "2024.\nSu esposa, ", (P, full(w)), "; sus hijos, "] + \
            kin_list(loc, R.randint(2, 3)) + ["; ruegan una oración por su alma. ",
                                               ("NEG_ORG", R.choice(FUNERAL))]
    elif loc == "it":
        parts = ["È mancato all'affetto dei suoi cari\n", (P, full(d)), "\nNe danno il triste "
                 "annuncio la moglie ", (P, w[0]), ", i figli "] + \
            kin_list(loc, R.randint(2, 3)) + [". ", ("NEG_ORG", R.choice(FUNERAL))]
    else:
        parts = ["Faleceu ", (P, full(d)), ", de 87 anos. A família: esposa ", (P, w[0]),
                 ", filhos "] + kin_list(loc, R.randint(2, 3)) + \
            [". Missa na ", ("NEG_ORG", R.choice(CHURCH)), "."]
    return rec(parts, loc, "obituary")


def rec_christening(loc):
    c = given(loc)
    a, b = person(loc), person(loc)
    t = {"en": ("Christening of ", " at ", "\nGodparents: ", " and "),
         "de": ("Taufe von ", " in der ", "\nPaten: ", " und "),
         "fr": ("Baptême de ", " à l'", "\nParrain et marraine : ", " et "),
         "nl": ("Doop van ", " in de ", "\nPeetouders: ", " en "),
         "es": ("Bautizo de ", " en la ", "\nPadrinos: ", " y "),
         "it": ("Battesimo di ", " nella ", "\nPadrino e madrina: ", " e "),
         "pt": ("Batizado de ", " na ", "\nPadrinhos: ", " e ")}[loc]
    return rec([t[0], (P, c), t[1], ("NEG_ORG", R.choice(CHURCH)), ", ",
                ("NEG_DATE", "14.04.2024"), t[2], (P, full(a)), t[3], (P, full(b))], loc,
               "christening")


MAKERS = [rec_cv, rec_cv, rec_interview, rec_interview, rec_ats, rec_letter, rec_letter,
          rec_profile, rec_apa, rec_apa, rec_vancouver, rec_bibtex, rec_mla, rec_local_cite,
          rec_intext, rec_parties, rec_parties, rec_deed, rec_deed, rec_legal_neg, rec_boarding,
          rec_boarding, rec_manifest, rec_booking, rec_hotel, rec_wedding, rec_birth, rec_obit,
          rec_obit, rec_christening]


def main():
    out = []
    for loc in LOCS:
        for k in range(90):
            out.append(MAKERS[k % len(MAKERS)](loc))
    path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=0)
        f.write("\n")
    npers = sum(1 for r in out for s in r["spans"] if s["entity_type"] == "PERSON")
    nneg = sum(1 for r in out for s in r["spans"] if s["entity_type"].startswith("NEG_"))
    print(len(out), "records,", npers, "PERSON spans,", nneg, "look-alikes ->", path)


if __name__ == "__main__":
    main()
