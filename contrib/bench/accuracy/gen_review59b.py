#!/usr/bin/env python3
"""gen_review59b.py: people in code review, issue trackers and design docs (tune set; branch
review59b, written and committed before hush was run on it), from the brief of the blind set's
`review` family (pull-request threads, tracker exports, design docs, release notes, review mails)
and the author's own idea of such text, not from the detector's rules.

Formats (record metadata "format"): a pull-request thread in Markdown (`**@mkeller** commented`,
quoted review lines, ```suggestion blocks, `LGTM`, `nit:`, `PTAL @a`, `cc @a @b`); a GitHub API
review/issue JSON (`user.login`, `requested_reviewers[].login`, `assignees`, `author_association`,
a bot's comment); a Jira CSV export (`Reporter`, `Assignee`, `Watchers`, `Component/s`, `Labels`,
`Fix Version/s`); a Linear-like YAML export (`creator`, `assignee`, `subscribers`, comments'
`user`); a design doc with an Owner/Reviewer/Approver/DRI table and sign-off lines; release notes
(`Thanks to A, B and C`, `* Fix x by @h in #123`, `New contributors`); a review notification
mail (`On <date>, X <mail> wrote:`) and GitLab notes (`X (@h) commented`); a commit message with
`Co-authored-by:`/`Reviewed-by:`/`Signed-off-by:`; a support escalation pasted into a bug.
People appear as handles spelled from their name (`mkeller`, `maria-keller`, `m.keller`,
`mariak`, `maria_keller`; the span is the handle without `@`), display names, `Name <mail>`
(PERSON + EMAIL_ADDRESS), table cells, CSV/JSON/YAML fields and thanks lists; half the names
invented. Comments in en and de/fr/nl/es/it/pt/pl/sv/cs.

Look-alikes at least twice as many as people: teams (`@acme/payments-team`, NEG_TEAM), bots
(`@dependabot`, `renovate[bot]`, `github-actions`, NEG_BOT), labels, milestones, components and
statuses (NEG_LABEL), products and libraries (NEG_PRODUCT), code identifiers in review lines
(NEG_CODE), review words (`LGTM`, `nit`, `PTAL`, `WIP`, NEG_TERM) and placeholder people
(`John Doe`, `@username`, `<your-name>`, NEG_PLACEHOLDER). Request bodies of the four APIs, a third
\\uXXXX, half compact. Writes JSON (the names_tune3.json format) to stdout; deterministic; stdlib.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import invent_syllables, write_json, fold  # noqa: E402
from gen_bodies import MARK, P, J, append_body, dumps, escaper, place_each  # noqa: E402
from gen_typed_common import SYL, END  # noqa: E402

rng = random.Random(20261207 + 595)
LANGS = ["en", "en", "en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "cs"]
GIVEN = {"en": "Harriet,Desmond,Priya,Caleb,Ingrid,Marcus,Tamsin,Rowan", "de": "Katrin,Lukas,Wiebke,Jannik,Ute,Till",
         "fr": "Clémence,Bastien,Océane,Romain,Elodie,Yannick", "nl": "Marloes,Wouter,Femke,Sjoerd,Lotte,Ruud",
         "es": "Itziar,Rodrigo,Macarena,Unai,Carmen,Jaime", "it": "Ilaria,Davide,Giulia,Tommaso,Serena,Enrico",
         "pt": "Leonor,Rui,Carolina,Duarte,Marta,Vasco", "pl": "Katarzyna,Tomasz,Joanna,Grzegorz,Ewa,Wojciech",
         "sv": "Karin,Oskar,Elin,Gustav,Maja,Nils", "cs": "Lenka,Petr,Hana,Radek,Jana,Tomáš"}
SURNAME = {"en": "Oakley,Fairbairn,Pemberton,Whitlock,Hargreaves,Blackwood", "de": "Lindner,Strauß,Böhm,Wendt,Kessler",
           "fr": "Fontaine,Gauthier,Lemaire,Chevalier,Marchand", "nl": "van Dijk,Hendriks,Smits,Dekker,Jansen",
           "es": "Ortega,Castillo,Medina,Herrera,Vidal", "it": "Bianchi,Conti,Galli,Marino,Greco",
           "pt": "Ferreira,Pinto,Carvalho,Sousa,Moreira", "pl": "Nowak,Wójcik,Kamiński,Mazur,Krawczyk",
           "sv": "Nyström,Ekberg,Åkesson,Lund,Sandberg", "cs": "Svoboda,Černý,Veselý,Horák,Němcová"}
GIVEN = {k: v.split(",") for k, v in GIVEN.items()}
SURNAME = {k: v.split(",") for k, v in SURNAME.items()}
GLOBAL = ("Oluwaseun,Haruto,Ananya,Yusuf,Mei-Ling,Chidi,Farida,Arjun".split(","),
          "Adebayo,Nakamura,Iyer,Demir,Chen,Okafor,Rahimi,Pillai".split(","))
TEAMS = ["payments-team", "platform", "sre-oncall", "frontend-reviewers", "security", "docs-team", "infra-core", "data-eng"]
ORGS = ["acme", "northwind", "contoso", "globex", "initech"]
BOTS = ["dependabot", "renovate[bot]", "github-actions", "codecov", "sonarcloud", "netlify", "vercel", "mergify",
        "dependabot[bot]", "stale", "allcontributors", "snyk-bot"]
LABELS = ["bug", "needs-triage", "good first issue", "area/auth", "kind/regression", "priority/P1", "backend",
          "breaking-change", "wontfix", "help wanted", "team/checkout", "Blocker", "In Review", "Done"]
MILESTONES = ["v2.4.0", "Q3 Hardening", "Sprint 42", "1.9.x", "GA", "Beta 2"]
PRODUCTS = ["Redis", "Kafka", "Postgres", "Terraform", "Grafana", "Sentry", "Django", "React", "Jenkins", "Keycloak",
            "OpenSearch", "Celery", "gRPC", "Hugo", "Jest", "Spring Boot"]
CODE = ["retryPolicy", "parse_header()", "UserService.getById", "MAX_BACKOFF_MS", "handleSubmit", "tokenBucket",
        "OrderRepository", "fetch_user_by_id", "ConnPool::acquire", "isEnabled", "validate_iban", "mergeConfig"]
TERMS = ["LGTM", "nit", "PTAL", "WIP", "RFC", "ACK", "NACK", "SGTM", "TBD", "FYI", "DRI", "TL;DR"]
PLACEHOLDERS = ["John Doe", "Jane Doe", "@username", "<your-name>", "Max Mustermann", "Jean Dupont", "@your-handle",
                "Firstname Lastname"]
COMMENT = {"en": ["this leaks the connection on the error path", "can we add a test for the empty case?",
                  "I'd rather not block on this", "agreed, let's land it", "rebased on main, conflicts resolved"],
           "de": ["hier fehlt noch ein Test für den leeren Fall", "passt so, danke!", "bitte noch rebasen",
                  "das würde ich in einen eigenen PR auslagern"],
           "fr": ["il manque un test pour le cas vide", "ça me va, merci !", "peux-tu rebaser sur main ?",
                  "je sortirais ça dans une PR séparée"],
           "nl": ["hier mist nog een test voor het lege geval", "prima zo, dank!", "graag nog even rebasen"],
           "es": ["falta un test para el caso vacío", "me parece bien, gracias", "¿puedes hacer rebase sobre main?"],
           "it": ["manca un test per il caso vuoto", "per me va bene, grazie", "puoi fare rebase su main?"],
           "pt": ["falta um teste para o caso vazio", "por mim está bom, obrigado", "podes fazer rebase na main?"],
           "pl": ["brakuje testu dla pustego przypadku", "wygląda dobrze, dzięki", "zrób proszę rebase na main"],
           "sv": ["det saknas ett test för det tomma fallet", "ser bra ut, tack", "kan du rebasa mot main?"],
           "cs": ["chybí test pro prázdný případ", "za mě dobrý, díky", "můžeš to rebasovat na main?"]}
THANKS = {"en": "Thanks to ", "de": "Danke an ", "fr": "Merci à ", "nl": "Dank aan ", "es": "Gracias a ",
          "it": "Grazie a ", "pt": "Obrigado a ", "pl": "Podziękowania dla ", "sv": "Tack till ", "cs": "Díky "}
AND = {"en": " and ", "de": " und ", "fr": " et ", "nl": " en ", "es": " y ", "it": " e ", "pt": " e ", "pl": " i ",
       "sv": " och ", "cs": " a "}
WROTE = {"en": "On {d}, {n} wrote:", "de": "Am {d} schrieb {n}:", "fr": "Le {d}, {n} a écrit :",
         "nl": "Op {d} schreef {n}:", "es": "El {d}, {n} escribió:", "it": "Il giorno {d} {n} ha scritto:",
         "pt": "Em {d}, {n} escreveu:", "pl": "W dniu {d} {n} napisał(a):", "sv": "Den {d} skrev {n}:",
         "cs": "Dne {d} {n} napsal(a):"}
def body_of(api, text_mark):
    if api == "chat":
        return {"model": "gpt-4o", "messages": [{"role": "user", "content": text_mark}]}
    if api == "responses":
        return {"model": "gpt-4.1", "input": [{"role": "user", "content": [{"type": "input_text", "text": text_mark}]}]}
    if api == "anthropic":
        return {"model": "claude-sonnet-4-5", "max_tokens": 1000,
                "messages": [{"role": "user", "content": [{"type": "text", "text": text_mark}]}]}
    return {"contents": [{"role": "user", "parts": [{"text": text_mark}]}]}


ASK = ["Summarise this review thread", "Who still needs to approve this?", "Draft release notes from this",
       "What are the open review comments?", "Turn this into a status update for the team"]


class Person:
    def __init__(self, lg):
        r = rng.random()
        if r < 0.15:
            self.g, self.s = rng.choice(GLOBAL[0]), rng.choice(GLOBAL[1])
        elif r < 0.55:
            self.g, self.s = rng.choice(GIVEN[lg]), rng.choice(SURNAME[lg])
        else:
            sl, en = SYL.get(lg, SYL["en"]), END.get(lg, END["en"])
            self.g, self.s = invent_syllables(rng, sl, en, False), invent_syllables(rng, sl, en, True)
        g, s = fold(self.g).lower().replace(" ", ""), fold(self.s).lower().replace(" ", "")
        self.handle = rng.choice([g[0] + s, g + "-" + s, g[0] + "." + s, g + s[0], g + "_" + s, g + s])
        self.mail = rng.choice([g + "." + s, g[0] + s, g]) + "@" + rng.choice(ORGS) + rng.choice([".com", ".io", ".dev"])

    @property
    def full(self):
        return self.g + " " + self.s


def people(lg, n):
    out = []
    while len(out) < n:
        p = Person(lg)
        if all(p.handle != q.handle and p.g != q.g for q in out):
            out.append(p)
    return out


def at(p, x):
    """@handle, the span on the handle."""
    return p.t("@").s("PERSON", x.handle)


def team(p):
    return p.t("@").s("NEG_TEAM", rng.choice(ORGS) + "/" + rng.choice(TEAMS))


def bot(p, with_at=True):
    return p.t("@" if with_at else "").s("NEG_BOT", rng.choice(BOTS))


def comment(lg):
    return rng.choice(COMMENT[lg] + COMMENT["en"][:1])


def pr_thread(lg, ps):
    p = P("## Pull request #%d: " % rng.randint(100, 9999)).s("NEG_CODE", rng.choice(CODE)).t(" cleanup\n\n")
    p.t("Reviewers: ")
    at(p, ps[1]).t(", ")
    team(p).t("\nLabels: ").s("NEG_LABEL", rng.choice(LABELS)).t(", ").s("NEG_LABEL", rng.choice(LABELS))
    p.t("\nMilestone: ").s("NEG_LABEL", rng.choice(MILESTONES)).t("\n\n")
    for k, x in enumerate(ps):
        p.t("**")
        at(p, x).t("** commented %d days ago\n\n" % rng.randint(1, 20))
        r = rng.random()
        if r < 0.3:
            p.t("> ").s("NEG_CODE", rng.choice(CODE)).t(" = ").s("NEG_CODE", rng.choice(CODE)).t("\n\n")
            p.s("NEG_TERM", "nit").t(": " + comment(lg) + "\n\n")
        elif r < 0.55:
            p.t("```suggestion\n    return ").s("NEG_CODE", rng.choice(CODE)).t("(ctx)\n```\n\n")
        elif r < 0.75:
            p.s("NEG_TERM", rng.choice(["LGTM", "SGTM", "ACK"])).t(" 🚀 thanks ")
            at(p, ps[(k + 1) % len(ps)]).t("\n\n")
        else:
            p.t(comment(lg) + " ").s("NEG_TERM", "PTAL").t(" ")
            at(p, ps[(k + 1) % len(ps)]).t("\n\n")
    p.t("cc ")
    at(p, ps[0]).t(" ")
    if len(ps) > 2:
        at(p, ps[2]).t(" ")
    team(p).t("\n\n")
    bot(p).t(" commented\n\nCoverage of ").s("NEG_PRODUCT", rng.choice(PRODUCTS)).t(" adapter is 87.2%.\n")
    if rng.random() < 0.5:
        p.t("\nPlease replace ").s("NEG_PLACEHOLDER", rng.choice(PLACEHOLDERS)).t(" in the CODEOWNERS example.\n")
    return p


def gh_json(lg, ps):
    def user(x):
        return {"login": ("PERSON", x.handle), "id": rng.randint(10 ** 5, 10 ** 8), "type": "User"}
    revs = [{"user": user(x), "state": rng.choice(["APPROVED", "CHANGES_REQUESTED", "COMMENTED"]),
             "body": comment(lg), "author_association": "MEMBER"} for x in ps[1:]]
    revs.append({"user": {"login": ("NEG_BOT", rng.choice(BOTS)), "type": "Bot"}, "state": "COMMENTED",
                 "body": "Bumps %s from 1.2.3 to 1.2.4" % rng.choice(PRODUCTS)})
    doc = {"number": rng.randint(100, 9999), "title": "Refactor " + rng.choice(CODE),
           "user": dict(user(ps[0]), name=("PERSON", ps[0].full)),
           "requested_reviewers": [user(ps[-1])],
           "requested_teams": [{"slug": ("NEG_TEAM", rng.choice(TEAMS)), "name": ("NEG_TEAM", rng.choice(TEAMS))}],
           "labels": [{"name": ("NEG_LABEL", rng.choice(LABELS))}, {"name": ("NEG_LABEL", rng.choice(LABELS))}],
           "milestone": {"title": ("NEG_LABEL", rng.choice(MILESTONES))}, "reviews": revs}
    j = J(rng.choice(["pretty", "compact", "line"]))
    j.write(doc)
    return j.p


def jira_csv(lg, ps):
    p = P("Summary,Issue key,Status,Reporter,Assignee,Watchers,Component/s,Labels,Fix Version/s\n")
    for k in range(rng.randint(2, 4)):
        a, b = ps[k % len(ps)], ps[(k + 1) % len(ps)]
        p.t('"%s fails on retry",PAY-%d,' % (rng.choice(PRODUCTS), rng.randint(100, 999)))
        p.s("NEG_LABEL", rng.choice(["Open", "In Progress", "In Review", "Done"])).t(",")
        p.s("PERSON", a.full).t(",")
        if rng.random() < 0.3:
            p.s("NEG_PLACEHOLDER", "Unassigned")
        else:
            p.s("PERSON", b.full)
        p.t(',"')
        p.s("PERSON", ps[(k + 2) % len(ps)].handle).t(";").s("NEG_BOT", "jira-automation")
        p.t('",').s("NEG_PRODUCT", rng.choice(PRODUCTS)).t(",").s("NEG_LABEL", rng.choice(LABELS)).t(",")
        p.s("NEG_LABEL", rng.choice(MILESTONES)).t("\n")
    return p


def linear_yaml(lg, ps):
    p = P("- id: ENG-%d\n  title: %s timeout\n  state: " % (rng.randint(100, 999), rng.choice(PRODUCTS)))
    p.s("NEG_LABEL", rng.choice(["Todo", "In Progress", "Backlog", "Triage"])).t("\n  team: ")
    p.s("NEG_TEAM", rng.choice(TEAMS)).t("\n  creator: ").s("PERSON", ps[0].full).t("\n  assignee: ")
    p.s("PERSON", ps[1].handle).t("\n  subscribers:\n")
    for x in ps[1:]:
        p.t("    - ").s("PERSON", x.full).t("\n")
    p.t("    - ").s("NEG_BOT", rng.choice(BOTS)).t("\n  labels: [").s("NEG_LABEL", rng.choice(LABELS)).t(", ")
    p.s("NEG_LABEL", rng.choice(LABELS)).t("]\n  project: ").s("NEG_PRODUCT", rng.choice(PRODUCTS)).t(" migration\n")
    p.t("  comments:\n")
    for x in ps[:2]:
        p.t("    - user: ").s("PERSON", x.full).t("\n      body: \"" + comment(lg) + "\"\n")
    return p


def design_doc(lg, ps):
    p = P("# RFC-%03d: %s rollout\n\n| Role | Name | Status |\n|---|---|---|\n" % (rng.randint(1, 300), rng.choice(PRODUCTS)))
    roles = ["Owner", "Reviewer", "Approver", "DRI", "Author", "Consulted"]
    for k, x in enumerate(ps):
        p.t("| %s | " % roles[k % len(roles)]).s("PERSON", x.full).t(" | ")
        p.s("NEG_LABEL", rng.choice(["Approved", "Pending", "LGTM"])).t(" |\n")
    p.t("| Informed | ").s("NEG_TEAM", rng.choice(TEAMS)).t(" | — |\n| Tooling | ")
    p.s("NEG_PRODUCT", rng.choice(PRODUCTS)).t(" | n/a |\n\n## Sign-off\n\n")
    x = ps[-1]
    p.t("- [x] ").s("PERSON", x.full).t(" (").s("EMAIL_ADDRESS", x.mail).t(") — 2024-0%d-1%d\n" % (rng.randint(1, 9), rng.randint(0, 9)))
    p.t("- [ ] ").s("NEG_PLACEHOLDER", rng.choice(PLACEHOLDERS)).t(" — template row\n")
    p.s("NEG_TERM", "TL;DR").t(": move ").s("NEG_CODE", rng.choice(CODE)).t(" behind a flag.\n")
    return p


def release_notes(lg, ps):
    p = P("## What's Changed\n")
    for x in ps:
        p.t("* Fix ").s("NEG_CODE", rng.choice(CODE)).t(" by ")
        at(p, x).t(" in #%d\n" % rng.randint(100, 9999))
    p.t("* Bump ").s("NEG_PRODUCT", rng.choice(PRODUCTS)).t(" by ")
    bot(p).t(" in #%d\n\n## New Contributors\n* " % rng.randint(100, 9999))
    at(p, ps[-1]).t(" made their first contribution\n\n")
    p.t(THANKS[lg])
    names = ps if len(ps) > 1 else ps * 2
    for k, x in enumerate(names):
        if k == len(names) - 1:
            p.t(AND[lg])
        elif k:
            p.t(", ")
        p.s("PERSON", x.full if k % 2 == 0 else x.g + " " + x.s)
    p.t("!\n\n**Full Changelog**: ").s("NEG_LABEL", rng.choice(MILESTONES)).t("...main\n")
    return p


def review_mail(lg, ps):
    x, y = ps[0], ps[1]
    d = "Tue, %d Mar 2024 at 10:%02d" % (rng.randint(1, 28), rng.randint(0, 59))
    pre, post = WROTE[lg].split("{n}")
    p = P("From: ").s("PERSON", y.full).t(" <").s("EMAIL_ADDRESS", "notifications@github.com").t(">\nSubject: Re: [")
    p.s("NEG_PRODUCT", rng.choice(ORGS) + "/" + rng.choice(PRODUCTS).lower()).t("] " + rng.choice(CODE) + " (PR #42)\n\n")
    p.t(comment(lg) + "\n\n" + pre.format(d=d)).s("PERSON", x.full).t(" <").s("EMAIL_ADDRESS", x.mail).t(">" + post + "\n")
    p.t("> " + comment(lg) + "\n\n--\nReply to this email directly or view it on GitHub.\n\n")
    p.s("PERSON", ps[-1].full).t(" (")
    at(p, ps[-1]).t(") commented on merge request !%d:\n" % rng.randint(10, 999))
    p.s("NEG_TERM", rng.choice(TERMS)).t(", approved by ").s("NEG_BOT", "gitlab-bot").t(" rule ")
    p.s("NEG_TEAM", rng.choice(TEAMS)).t("\n")
    return p


def commit_msg(lg, ps):
    p = P("commit %040x\nAuthor: " % rng.getrandbits(160)).s("PERSON", ps[0].full).t(" <").s("EMAIL_ADDRESS", ps[0].mail)
    p.t(">\n\n    Retry ").s("NEG_CODE", rng.choice(CODE)).t(" with jitter\n\n")
    for k, x in enumerate(ps[1:]):
        tag = ["Co-authored-by", "Reviewed-by", "Signed-off-by", "Tested-by"][k % 4]
        p.t("    %s: " % tag).s("PERSON", x.full).t(" <").s("EMAIL_ADDRESS", x.mail).t(">\n")
    p.t("    Co-authored-by: ").s("NEG_BOT", "dependabot[bot]").t(" <")
    p.s("EMAIL_ADDRESS", "49699333+dependabot[bot]@users.noreply.github.com").t(">\n")  # a mailbox: masked as every one
    return p


def escalation(lg, ps):
    c = Person(lg)
    p = P("### Escalation from support\n\nTicket #%d, escalated by " % rng.randint(10000, 99999)).s("PERSON", ps[0].full)
    p.t(" (tier 2). Customer contact: ").s("PERSON", c.full).t(", ").s("EMAIL_ADDRESS", c.mail).t("\n\n> ")
    p.t(comment(lg) + "\n\nRepro on ").s("NEG_PRODUCT", rng.choice(PRODUCTS)).t(" with ").s("NEG_CODE", rng.choice(CODE))
    p.t(". Assigning to ")
    at(p, ps[1]).t(", component ").s("NEG_LABEL", rng.choice(LABELS)).t(", queue ").s("NEG_TEAM", rng.choice(TEAMS)).t(".\n")
    p.s("NEG_TERM", "FYI").t(" ")
    team(p).t("\n")
    return p


def trailer(p):
    """The tracker's side panel pasted after the document: only look-alikes."""
    p.t("\n---\nLabels: ").s("NEG_LABEL", rng.choice(LABELS)).t(" · Component: ").s("NEG_PRODUCT", rng.choice(PRODUCTS))
    p.t(" · Milestone: ").s("NEG_LABEL", rng.choice(MILESTONES)).t("\nCODEOWNERS: ")
    team(p).t(" · Checks: ")
    bot(p, False).t(" ✓, ")
    bot(p, False).t(" ✓\nTouches `").s("NEG_CODE", rng.choice(CODE)).t("` and `").s("NEG_CODE", rng.choice(CODE))
    p.t("`; ").s("NEG_TERM", rng.choice(TERMS)).t(" from ").s("NEG_PLACEHOLDER", rng.choice(PLACEHOLDERS)).t(" in the template.\n")
    return p


FORMATS = {"pr_thread": pr_thread, "github_json": gh_json, "jira_csv": jira_csv, "linear_yaml": linear_yaml,
           "design_doc": design_doc, "release_notes": release_notes, "review_mail": review_mail,
           "commit": commit_msg, "escalation": escalation}


def write_bodies(count, formats, langs, people, trailer, asks, rng, step):
    """count review bodies of the four APIs: formats[name](lg, people) each, a trailer, an ask
    before, after or none; step(i) picks the format's index (gen_review60 shares it)."""
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    names = sorted(formats)
    for i in range(count):
        lg = langs[i % len(langs)]
        api = apis[(i // 3) % 4]
        ascii_, compact = i % 3 == 0, i % 2 == 1
        fmt = names[step(i) % len(names)]
        doc = trailer(formats[fmt](lg, people(lg, rng.choice([2, 3, 3, 4]))))
        where = rng.choice(["before", "before", "after", "none"])
        ask = rng.choice(asks)
        piece = P(ask + ":\n\n").add(doc) if where == "before" else P().add(doc).t("\n\n" + ask) if where == "after" else doc
        body = dumps(body_of(api, MARK % 0), ascii_, compact)
        text, spans = place_each(body, [(MARK % 0, escaper(1, ascii_), piece)])
        spans.sort(key=lambda s: s["start_position"])
        append_body(records, text, spans, {"locale": lg, "class": "review", "api": api, "ascii": ascii_,
                                           "format": fmt, "ask": where})
    write_json(records)


def main():
    write_bodies(360, FORMATS, LANGS, people, trailer, ASK, rng, lambda i: i * 7 + i // 9)


if __name__ == "__main__":
    main()
