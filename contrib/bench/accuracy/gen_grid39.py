#!/usr/bin/env python3
"""gen_grid39.py: PERSON measured on a combinatorial grid of the signals that name a person
(issue 15, branch leaks39), in en de fr nl es it pt.

Every record is one cell of the grid  signal x name kind x case x container, drawn with a fixed
seed, so that a signal that works in one language, case or container and not in the next shows
as a hole in one row of the table (grid39_axes.py prints recall per axis):
- signal: a label ("Name:", "Patient:", "Author:", "Owner:", "Reviewer:", "Assigned to:",
  "Contact person:", "Applicant:", "Tenant:", ... in each language's own words, the French space
  before ':'), a salutation ("Dear", "Hallo", "Bonjour", "Beste", "Hola", "Ciao", "Olá"), a
  closing with the signature under it, an honorific ("Mr", "Frau", "Mme", "mevrouw", "Sra.",
  "Sig.ra", "Dra."), a verb that takes a person ("I spoke with", "ich habe mit ... telefoniert",
  "j'ai appelé"), a self-introduction ("I am", "ich bin", "je m'appelle", "me llamo", "mi
  chiamo"), a list of attendees, an e-mail header's display name (From/Von/De/Van/Da), a record
  title that names its subject ("Dental chart – Maria Keller"), a code author tag (`@author`,
  `:author:`, `__author__`, `Author:` in a file header), and an e-mail address written with
  ` at ` and a real dot ("maria.keller at example.com": EMAIL_ADDRESS) with the name it spells in the
  next line;
- name kind: a name any lexicon holds (lex), an invented name in no lexicon (inv), a famous name
  in a personal role (famous: "Hi, I am Victor Hugo" is the writer, not the topic), a hyphenated
  or particle surname (hyph), an initial and a surname (init);
- case: Title Case, lower case, CAPITALS (of the name; labels keep their own case);
- container (for labels): a line of a form among other fields, JSON key/value (the label's key:
  name, fullName, owner, author, assignee, nombre, naam, ...), YAML, CSV with a header, a
  Markdown table.
Look-alikes (NEG_*) use the same label words before what is no person ("Owner: payments-team"
NEG_TEAM, "Author: OpenAI" NEG_ORG, "Reviewer: n/a" NEG_WORD), and famous people as the topic
with their works after `wrote`/`directed`/`painted` (NEG_FAMOUS, NEG_TITLE), places after
travel verbs (NEG_PLACE), products after use verbs (NEG_PRODUCT). The grid was written from the
issue and from the languages, before reading the detector's rules.
metadata carries each record's axes (signal, cue, lang, kind, case, container, polarity).
Deterministic, stdlib only: python3 gen_grid39.py > data/grid39.json
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import END7, SYL7, check_spans, invent_syllables, span_at, write_json  # noqa: E402

R = random.Random(20261204 + 39)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]

# Names that any first-name or surname lexicon of the language holds.
LEX = {
    "en": (["James", "Sarah", "Emily", "Michael", "Laura", "David"],
           ["Miller", "Johnson", "Walker", "Thompson", "Clarke", "Harris"]),
    "de": (["Maria", "Thomas", "Anna", "Stefan", "Julia", "Markus"],
           ["Keller", "Schmidt", "Weber", "Becker", "Hoffmann", "Wagner"]),
    "fr": (["Sophie", "Pierre", "Camille", "Nicolas", "Isabelle", "Julien"],
           ["Martin", "Dubois", "Lefèvre", "Moreau", "Girard", "Fontaine"]),
    "nl": (["Lotte", "Daan", "Sanne", "Bram", "Femke", "Ruben"],
           ["Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder"]),
    "es": (["Lucía", "Javier", "Carmen", "Alejandro", "Elena", "Pablo"],
           ["García", "Fernández", "López", "Martínez", "Sánchez", "Romero"]),
    "it": (["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Matteo"],
           ["Rossi", "Bianchi", "Ferrari", "Esposito", "Romano", "Colombo"]),
    "pt": (["Ana", "João", "Beatriz", "Tiago", "Inês", "Rui"],
           ["Silva", "Costa", "Ferreira", "Oliveira", "Pereira", "Almeida"]),
}
# Famous names, here in a personal role (namesakes, or the person themself writing).
FAMOUS = ["Victor Hugo", "Thomas Mann", "Emma Watson", "Paul Newman", "Marie Curie",
          "Michael Jordan", "Anne Frank", "Johnny Cash", "Frida Kahlo", "Albert Camus"]
# Hyphenated and particle surnames, and double given names.
HYPH = {
    "en": ["Mary-Jane O'Brien", "Oliver Hayes-Whitfield", "Sean McAllister"],
    "de": ["Anna-Lena Müller-Wendt", "Karl von der Heide", "Jörg Schulze-Brandt"],
    "fr": ["Jean-Luc Dubois-Marchand", "Marie-Claire Le Goff", "Henri de La Roche"],
    "nl": ["Pieter van den Berg", "Femke de Jong", "Willem ter Horst"],
    "es": ["José García-Pérez", "María de los Ángeles Ruiz", "Juan Carlos del Río"],
    "it": ["Luca De Santis", "Anna Maria Lo Russo", "Pietro Della Valle"],
    "pt": ["Ana dos Santos", "João da Silva Pereira", "Maria do Carmo Neves"],
}


def invented(lg):
    syl = (SYL7[lg], END7[lg])
    return invent_syllables(R, *syl, False), invent_syllables(R, *syl, True)


def name_of(lg, kind):
    """(full name, given, surname) of the kind; given may be '' (an initial's name)."""
    if kind == "lex":
        g, s = R.choice(LEX[lg][0]), R.choice(LEX[lg][1])
    elif kind == "inv":
        g, s = invented(lg)
    elif kind == "famous":
        g, s = R.choice(FAMOUS).split(" ", 1)
    elif kind == "hyph":
        full = R.choice(HYPH[lg] + ["%s %s-%s" % (invented(lg)[0], invented(lg)[1],
                                                  invented(lg)[1])])
        return full, full.split(" ")[0], full.split(" ", 1)[1]
    else:  # init
        s = R.choice((R.choice(LEX[lg][1]), invented(lg)[1]))
        return "%s. %s" % (R.choice("ABCDEFGHJKLMNPRSTW"), s), "", s
    return g + " " + s, g, s


def cased(v, case):
    return v.lower() if case == "lower" else v.upper() if case == "caps" else v


# (label, json/yaml/csv key) per language; the keys are what exports write for the label.
LABELS = {
    "en": [("Name", "name"), ("Full name", "fullName"), ("Patient", "patient"),
           ("Customer", "customer"), ("Contact person", "contact"), ("Author", "author"),
           ("Owner", "owner"), ("Reviewer", "reviewer"), ("Assignee", "assignee"),
           ("Assigned to", "assigned_to"), ("Applicant", "applicant"), ("Tenant", "tenant"),
           ("Employee", "employee"), ("Reported by", "reportedBy"), ("Requester", "requester")],
    "de": [("Name", "name"), ("Vollständiger Name", "vollstaendiger_name"),
           ("Patient", "patient"), ("Kunde", "kunde"), ("Ansprechpartner", "ansprechpartner"),
           ("Autor", "autor"), ("Verfasser", "verfasser"), ("Eigentümer", "eigentuemer"),
           ("Inhaber", "inhaber"), ("Prüfer", "pruefer"), ("Bearbeiter", "bearbeiter"),
           ("Zugewiesen an", "zugewiesen_an"), ("Antragsteller", "antragsteller"),
           ("Mieter", "mieter"), ("Mitarbeiter", "mitarbeiter"), ("Gemeldet von", "gemeldet_von")],
    "fr": [("Nom", "nom"), ("Nom complet", "nom_complet"), ("Patient", "patient"),
           ("Client", "client"), ("Personne à contacter", "contact"),
           ("Interlocuteur", "interlocuteur"), ("Auteur", "auteur"),
           ("Propriétaire", "proprietaire"), ("Relecteur", "relecteur"), ("Assigné à", "assigne_a"),
           ("Demandeur", "demandeur"), ("Locataire", "locataire"), ("Employé", "employe"),
           ("Signalé par", "signale_par")],
    "nl": [("Naam", "naam"), ("Volledige naam", "volledige_naam"), ("Patiënt", "patient"),
           ("Klant", "klant"), ("Contactpersoon", "contactpersoon"), ("Auteur", "auteur"),
           ("Eigenaar", "eigenaar"), ("Beoordelaar", "beoordelaar"),
           ("Toegewezen aan", "toegewezen_aan"), ("Aanvrager", "aanvrager"),
           ("Huurder", "huurder"), ("Medewerker", "medewerker"), ("Gemeld door", "gemeld_door")],
    "es": [("Nombre", "nombre"), ("Nombre completo", "nombre_completo"),
           ("Paciente", "paciente"), ("Cliente", "cliente"),
           ("Persona de contacto", "persona_contacto"), ("Autor", "autor"),
           ("Propietario", "propietario"), ("Revisor", "revisor"), ("Asignado a", "asignado_a"),
           ("Solicitante", "solicitante"), ("Inquilino", "inquilino"), ("Empleado", "empleado"),
           ("Reportado por", "reportado_por")],
    "it": [("Nome", "nome"), ("Nome completo", "nome_completo"), ("Paziente", "paziente"),
           ("Cliente", "cliente"), ("Referente", "referente"),
           ("Persona di contatto", "persona_contatto"), ("Autore", "autore"),
           ("Proprietario", "proprietario"), ("Revisore", "revisore"),
           ("Assegnato a", "assegnato_a"), ("Richiedente", "richiedente"),
           ("Inquilino", "inquilino"), ("Dipendente", "dipendente"),
           ("Segnalato da", "segnalato_da")],
    "pt": [("Nome", "nome"), ("Nome completo", "nome_completo"), ("Paciente", "paciente"),
           ("Cliente", "cliente"), ("Pessoa de contato", "pessoa_contato"), ("Autor", "autor"),
           ("Proprietário", "proprietario"), ("Revisor", "revisor"),
           ("Atribuído a", "atribuido_a"), ("Requerente", "requerente"),
           ("Inquilino", "inquilino"), ("Funcionário", "funcionario"),
           ("Relatado por", "relatado_por")],
}
# Labels whose value may be a team, a firm, a bot or nobody (the look-alikes' labels).
NEG_LABELS = {"owner", "author", "reviewer", "assignee", "assigned_to", "reportedBy", "requester",
              "autor", "verfasser", "eigentuemer", "inhaber", "bearbeiter", "zugewiesen_an",
              "auteur", "proprietaire", "relecteur", "assigne_a", "eigenaar", "beoordelaar",
              "toegewezen_aan", "propietario", "revisor", "asignado_a", "autore",
              "proprietario", "revisore", "assegnato_a", "atribuido_a", "customer", "kunde",
              "client", "klant", "cliente", "contact"}
NEG_VALUES = [("payments-team", "NEG_TEAM"), ("platform", "NEG_TEAM"), ("Team Payments", "NEG_TEAM"),
              ("devops", "NEG_TEAM"), ("OpenAI", "NEG_ORG"), ("Acme GmbH", "NEG_ORG"),
              ("Google LLC", "NEG_ORG"), ("Deutsche Bahn", "NEG_ORG"), ("n/a", "NEG_WORD"),
              ("unassigned", "NEG_WORD"), ("TBD", "NEG_WORD"), ("none", "NEG_WORD"),
              ("dependabot", "NEG_BOT"), ("github-actions[bot]", "NEG_BOT"),
              ("Backend Guild", "NEG_TEAM"), ("Hugo Boss AG", "NEG_ORG")]
OTHER_FIELDS = {
    "en": [("Ticket", "#4411"), ("Status", "open"), ("Priority", "high"), ("Team", "billing")],
    "de": [("Ticket", "#4411"), ("Status", "offen"), ("Priorität", "hoch"), ("Abteilung", "Vertrieb")],
    "fr": [("Ticket", "#4411"), ("Statut", "ouvert"), ("Priorité", "haute"), ("Service", "ventes")],
    "nl": [("Ticket", "#4411"), ("Status", "open"), ("Prioriteit", "hoog"), ("Afdeling", "verkoop")],
    "es": [("Ticket", "#4411"), ("Estado", "abierto"), ("Prioridad", "alta"), ("Departamento", "ventas")],
    "it": [("Ticket", "#4411"), ("Stato", "aperto"), ("Priorità", "alta"), ("Reparto", "vendite")],
    "pt": [("Ticket", "#4411"), ("Estado", "aberto"), ("Prioridade", "alta"), ("Setor", "vendas")],
}


class Rec:
    def __init__(self):
        self.text, self.spans = "", []

    def t(self, s):
        self.text += s
        return self

    def span(self, label, v):
        self.spans.append(span_at(self.text, label, v))
        self.text += v
        return self


def colon(lg):
    """The label's colon: French puts a space before it."""
    return " : " if lg == "fr" else ": "


def value(r, v, neg_label):
    r.span(neg_label or "PERSON", v)


def label_cell(lg, container, neg):
    """A label with its person (or, neg, a team/firm/nobody) in a container."""
    r = Rec()
    pool = LABELS[lg]
    if neg:
        pool = [p for p in pool if p[1] in NEG_LABELS]
    lab, key = R.choice(pool)
    kind = R.choice(("lex", "inv", "inv", "famous", "hyph", "init"))
    case = R.choice(("title", "title", "lower", "caps"))
    full = name_of(lg, kind)[0]
    v, nl = cased(full, case), None
    if neg:
        v, nl = R.choice(NEG_VALUES)
        kind, case = "neg", "-"
    meta = {"signal": "label", "cue": lab, "lang": lg, "kind": kind, "case": case,
            "container": container}
    others = R.sample(OTHER_FIELDS[lg], 2)
    if container == "line":
        r.t("%s%s%s\n" % (others[0][0], colon(lg), others[0][1]))
        r.t(lab + colon(lg))
        value(r, v, nl)
        r.t("\n%s%s%s" % (others[1][0], colon(lg), others[1][1]))
    elif container == "json":
        r.t('{"%s": "%s", "%s": "' % (others[0][0].lower(), others[0][1], key))
        value(r, v, nl)
        r.t('", "%s": "%s"}' % (others[1][0].lower(), others[1][1]))
    elif container == "yaml":
        r.t("%s: \"%s\"\n%s: " % (others[0][0].lower(), others[0][1], key))
        value(r, v, nl)
        r.t("\n%s: %s\n" % (others[1][0].lower(), others[1][1]))
    elif container == "csv":
        sep = R.choice((",", ";"))
        r.t(sep.join(("id", key, others[1][0].lower())) + "\n")
        r.t("%d%s" % (R.randint(100, 999), sep))
        value(r, v, nl)
        r.t("%s%s\n" % (sep, others[1][1]))
    elif container == "md":
        r.t("| %s | %s | %s |\n|---|---|---|\n| %s | " % (others[0][0], lab, others[1][0],
                                                         others[0][1]))
        value(r, v, nl)
        r.t(" | %s |" % others[1][1])
    else:
        raise ValueError(container)
    return r, meta


SALUT = {"en": ["Dear", "Hi", "Hello"], "de": ["Hallo", "Liebe", "Lieber", "Guten Tag"],
         "fr": ["Bonjour", "Cher", "Chère", "Salut"], "nl": ["Beste", "Hoi", "Hallo"],
         "es": ["Hola", "Estimado", "Querida"], "it": ["Ciao", "Caro", "Gentile"],
         "pt": ["Olá", "Caro", "Prezada", "Oi"]}
BODY = {"en": "thanks for the quick reply.", "de": "danke für die schnelle Antwort.",
        "fr": "merci pour la réponse rapide.", "nl": "bedankt voor het snelle antwoord.",
        "es": "gracias por la respuesta rápida.", "it": "grazie per la risposta veloce.",
        "pt": "obrigado pela resposta rápida."}
CLOSING = {"en": ["Best regards,", "Kind regards,", "Thanks,", "Cheers,"],
           "de": ["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße,"],
           "fr": ["Cordialement,", "Bien à vous,", "Merci,"],
           "nl": ["Met vriendelijke groet,", "Groetjes,", "Groet,"],
           "es": ["Saludos,", "Un saludo,", "Atentamente,"],
           "it": ["Cordiali saluti,", "Saluti,", "Grazie,"],
           "pt": ["Atenciosamente,", "Abraços,", "Cumprimentos,"]}
HONOR = {"en": ["Mr", "Mrs", "Ms", "Dr.", "Prof."], "de": ["Herr", "Frau", "Dr.", "Herrn"],
         "fr": ["M.", "Mme", "Monsieur", "Madame", "Maître"],
         "nl": ["meneer", "mevrouw", "dhr.", "mevr."], "es": ["Sr.", "Sra.", "Don", "Doña"],
         "it": ["Sig.", "Sig.ra", "Dott.", "Dott.ssa"], "pt": ["Sr.", "Sra.", "Dra.", "Dona"]}
HONOR_FRAME = {"en": ("Please forward this to ", " before Friday."),
               "de": ("Bitte leiten Sie das an ", " weiter."),
               "fr": ("Merci de transmettre ceci à ", " avant vendredi."),
               "nl": ("Stuur dit alstublieft door naar ", " voor vrijdag."),
               "es": ("Por favor, reenvíe esto a ", " antes del viernes."),
               "it": ("Per favore inoltra questo a ", " entro venerdì."),
               "pt": ("Por favor, encaminhe isto para ", " até sexta-feira.")}
VERBS = {"en": [("I spoke with ", " yesterday about the invoice."),
                ("I had a call with ", " this morning."), ("Please ask ", " to sign the form.")],
         "de": [("Ich habe gestern mit ", " telefoniert."), ("Heute habe ich ", " angerufen."),
                ("Bitte frag ", ", ob der Vertrag unterschrieben ist.")],
         "fr": [("J'ai parlé avec ", " hier."), ("Ce matin j'ai appelé ", "."),
                ("Demande à ", " de signer le formulaire.")],
         "nl": [("Ik heb gisteren met ", " gebeld."), ("Vanochtend sprak ik ", "."),
                ("Vraag ", " om het formulier te tekenen.")],
         "es": [("Ayer hablé con ", " sobre la factura."), ("Esta mañana llamé a ", "."),
                ("Pregúntale a ", " si firmó el contrato.")],
         "it": [("Ieri ho parlato con ", " della fattura."), ("Stamattina ho chiamato ", "."),
                ("Ieri ho visto ", " (il mio vicino) al mercato.")],
         "pt": [("Ontem falei com ", " sobre a fatura."), ("Hoje de manhã liguei para ", "."),
                ("Pergunta ao ", " se assinou o contrato.")]}
INTRO = {"en": [("Hi, I am ", " and I need help with my account."),
                ("My name is ", " and I cannot log in."), ("Hello, this is ", " from accounting.")],
         "de": [("Hallo, ich bin ", " und brauche Hilfe."), ("Mein Name ist ", ", ich habe eine Frage."),
                ("Hier spricht ", " aus der Buchhaltung.")],
         "fr": [("Bonjour, je m'appelle ", " et j'ai besoin d'aide."), ("Je suis ", ", votre locataire."),
                ("Ici ", " du service comptable.")],
         "nl": [("Hoi, ik ben ", " en ik heb hulp nodig."), ("Mijn naam is ", " en ik kan niet inloggen.")],
         "es": [("Hola, me llamo ", " y necesito ayuda."), ("Soy ", ", su inquilina del segundo piso."),
                ("Mi nombre es ", " y no puedo entrar.")],
         "it": [("Ciao, mi chiamo ", " e ho bisogno di aiuto."), ("Sono ", ", il vostro inquilino."),
                ("Il mio nome è ", " e non riesco ad accedere.")],
         "pt": [("Olá, meu nome é ", " e preciso de ajuda."), ("Sou ", ", o seu inquilino."),
                ("Eu me chamo ", " e não consigo entrar.")]}
ATTEND = {"en": ["Attendees", "Participants", "Present"], "de": ["Teilnehmer", "Anwesend"],
          "fr": ["Participants", "Présents"], "nl": ["Aanwezig", "Deelnemers"],
          "es": ["Asistentes", "Participantes"], "it": ["Partecipanti", "Presenti"],
          "pt": ["Participantes", "Presentes"]}
MAILHDR = {"en": ("From", "To", "Cc"), "de": ("Von", "An", "Cc"), "fr": ("De", "À", "Cc"),
           "nl": ("Van", "Aan", "Cc"), "es": ("De", "Para", "CC"), "it": ("Da", "A", "Cc"),
           "pt": ("De", "Para", "Cc")}
TITLES = {"en": ["Dental chart", "Medical report", "Performance review", "Tenancy file"],
          "de": ["Zahnbefund", "Arztbrief", "Mitarbeitergespräch", "Mieterakte"],
          "fr": ["Dossier dentaire", "Compte rendu médical", "Entretien annuel"],
          "nl": ["Tandartsdossier", "Medisch verslag", "Beoordelingsgesprek"],
          "es": ["Ficha dental", "Informe médico", "Evaluación de desempeño"],
          "it": ["Cartella dentale", "Referto medico", "Valutazione annuale"],
          "pt": ["Ficha dentária", "Relatório médico", "Avaliação de desempenho"]}
AUTHOR_TAGS = [("/**\n * Parses the export files.\n *\n * @author ", "\n */\npublic class Export {}"),
               ('"""Export helpers.\n\n:author: ', '\n"""\nimport csv'),
               ("# -*- coding: utf-8 -*-\n__author__ = \"", "\"\n__version__ = \"1.2\""),
               ("# export.sh - nightly export\n# Author: ", "\n# License: MIT\nset -e"),
               ("// SPDX-License-Identifier: MIT\n// Copyright (c) 2024 ", "\n#include <stdio.h>"),
               ("# Maintainer: ", "\npkgname=export-tools"),
               ("/*\n * export.c\n * Written by ", ", March 2024\n */")]
AT_WORDS = ["mail", "contact", "email", "E-Mail", "courriel", "correo", "e-mail"]
DOMAINS = ["example.com", "gmail.com", "web.de", "orange.fr", "ziggo.nl", "libero.it"]


def person_cell(lg, signal):
    """One record of a non-label signal; returns (rec, meta)."""
    r = Rec()
    kind = R.choice(("lex", "inv", "inv", "famous", "hyph", "init"))
    case = R.choice(("title", "title", "lower", "caps"))
    if signal in ("closing", "author_tag", "mail_header") and kind == "init" and R.random() < .5:
        kind = "inv"
    full, given, sur = name_of(lg, kind)
    v = cased(full, case)
    meta = {"signal": signal, "lang": lg, "kind": kind, "case": case, "container": "plain"}
    if signal == "salutation":
        w = R.choice(SALUT[lg])
        meta["cue"] = w
        r.t(w + " ").span("PERSON", v).t(",\n\n" + BODY[lg])
    elif signal == "closing":
        w = R.choice(CLOSING[lg])
        meta["cue"] = w
        r.t(BODY[lg].capitalize() + "\n\n" + w + "\n").span("PERSON", v)
    elif signal == "honorific":
        w = R.choice(HONOR[lg])
        if kind == "init":
            v = cased(sur, case)
        meta["cue"] = w
        a, b = HONOR_FRAME[lg]
        r.t(a + w + " ").span("PERSON", v).t(b)
    elif signal == "verb":
        a, b = R.choice(VERBS[lg])
        meta["cue"] = a.strip()
        r.t(a).span("PERSON", v).t(b)
    elif signal == "intro":
        a, b = R.choice(INTRO[lg])
        meta["cue"] = a.strip()
        r.t(a).span("PERSON", v).t(b)
    elif signal == "attendees":
        w = R.choice(ATTEND[lg])
        meta["cue"] = w
        r.t(w + colon(lg)).span("PERSON", v).t(", ")
        full2 = name_of(lg, R.choice(("lex", "inv")))[0]
        r.span("PERSON", cased(full2, case)).t(R.choice((", ", " & ", " and ")))
        r.span("PERSON", cased(name_of(lg, "inv")[0], case)).t("\n")
    elif signal == "mail_header":
        fr, to, cc = MAILHDR[lg]
        w = R.choice((fr, to, cc))
        meta["cue"] = w
        sep = colon(lg)
        local = ("%s.%s" % (given or sur[0], sur)).lower().replace(" ", "").replace("'", "")
        local = "".join(c for c in local if c.isascii())
        dom = R.choice(DOMAINS)
        if w != fr:
            r.t("%s%s" % (fr, sep)).span("EMAIL_ADDRESS", "noreply@service.example").t("\n")
        r.t(w + sep).span("PERSON", v).t(" <").span("EMAIL_ADDRESS", "%s@%s" % (local, dom)).t(">\n")
        r.t("Subject: Re: invoice\n\n" + BODY[lg])
    elif signal == "record_title":
        w = R.choice(TITLES[lg])
        meta["cue"] = w
        r.t(w + R.choice((" – ", " - ", ": "))).span("PERSON", v)
        r.t(R.choice((" (%02d.%02d.2024)" % (R.randint(1, 28), R.randint(1, 12)), "", " – 2024")))
        r.t("\n\n" + BODY[lg])
    elif signal == "author_tag":
        a, b = R.choice(AUTHOR_TAGS)
        meta["cue"] = a.split("\n")[-1].strip(" *#/_=\"")
        meta["container"] = "code"
        r.t(a).span("PERSON", v).t(b)
    elif signal == "email_at":
        w = R.choice(AT_WORDS)
        meta["cue"] = w
        g, s = name_of(lg, R.choice(("lex", "inv")))[1:]
        local = "".join(c for c in ("%s.%s" % (g, s)).lower() if c.isascii())
        meta["kind"] = "email"
        r.t(w + colon(lg)).span("EMAIL_ADDRESS", "%s at %s" % (local, R.choice(DOMAINS)))
        r.t("\n").span("PERSON", cased(g + " " + s, case)).t(
            {"en": " asked for a callback.", "de": " bittet um Rückruf.",
             "fr": " demande un rappel.", "nl": " vraagt om terugbellen.",
             "es": " pide que le llamen.", "it": " chiede di essere richiamato.",
             "pt": " pede um retorno."}[lg])
    else:
        raise ValueError(signal)
    return r, meta


# Famous people as the topic with their works, places, products: what a verb cue must not take.
WORKS = [("Victor Hugo", "wrote", "Les Misérables", "1862"),
         ("Thomas Mann", "wrote", "Buddenbrooks", "1901"),
         ("Leo Tolstoy", "wrote", "War and Peace", "1869"),
         ("Steven Spielberg", "directed", "Jurassic Park", "1993"),
         ("Pedro Almodóvar", "directed", "Volver", "2006"),
         ("Gabriel García Márquez", "wrote", "Cien años de soledad", "1967"),
         ("Umberto Eco", "wrote", "Il nome della rosa", "1980"),
         ("Pablo Picasso", "painted", "Guernica", "1937"),
         ("Harper Lee", "wrote", "To Kill a Mockingbird", "1960"),
         ("Ridley Scott", "directed", "Blade Runner", "1982")]
PLACES = ["Porto", "Lyon", "Sevilla", "Bologna", "Utrecht", "Freiburg"]
PRODUCTS = ["Excel", "Photoshop", "Jira", "Salesforce", "SAP"]


def neg_cell(lg):
    r = Rec()
    kind = R.choice(("work", "work", "work_mixed", "place", "product"))
    meta = {"signal": "neg_" + kind, "lang": "en", "kind": "neg", "case": "-",
            "container": "plain", "cue": kind}
    who, verb, work, year = R.choice(WORKS)
    if kind == "work":
        r.span("NEG_FAMOUS", who).t(" %s " % verb).span("NEG_TITLE", work).t(" in %s." % year)
        r.t(R.choice(("", " Summarise it in three sentences.", " Why is it still read?")))
    elif kind == "work_mixed":
        meta["lang"] = lg
        full = name_of(lg, "inv")[0]
        r.t("My colleague ").span("PERSON", full).t(" says that ").span("NEG_FAMOUS", who)
        r.t(" %s " % verb).span("NEG_TITLE", work).t(" in %s. Is that right?" % year)
    elif kind == "place":
        meta["lang"] = lg
        full = name_of(lg, R.choice(("lex", "inv")))[0]
        r.t("Next week I travel to ").span("NEG_PLACE", R.choice(PLACES)).t(" with ")
        r.span("PERSON", full).t(".")
    else:
        r.t("Our team uses ").span("NEG_PRODUCT", R.choice(PRODUCTS))
        r.t(" for the reports; the owner is ").span("NEG_TEAM", "payments-team").t(".")
    return r, meta


SIGNALS = ["salutation", "closing", "honorific", "verb", "intro", "attendees", "mail_header",
           "record_title", "author_tag", "email_at"]
CONTAINERS = ["line", "json", "yaml", "csv", "md"]


def main():
    records = []
    for i in range(2400):
        lg = LANGS[i % 7]
        if i % 10 == 9:
            r, meta = neg_cell(lg)
            meta["polarity"] = "neg"
        elif i % 10 < 5:
            neg = i % 10 == 4
            r, meta = label_cell(lg, R.choice(CONTAINERS), neg)
            meta["polarity"] = "neg" if neg else "pos"
        else:
            r, meta = person_cell(lg, R.choice(SIGNALS))
            meta["polarity"] = "pos"
        meta["locale"] = meta["lang"]
        meta["class"] = meta["polarity"] + ":" + meta["signal"]
        check_spans(r.text, r.spans)
        records.append({"full_text": r.text, "spans": r.spans, "template_id": len(records) % 100,
                        "metadata": meta})
    write_json(records)


main()
