#!/usr/bin/env python3
"""gen_review60.py: people in review and tracker material, second round (tune set; branch review60,
written and committed before hush was run on it), from the twenty-seventh blind set's public brief
(its `review` family) and the author's own idea of such text, sent away from review59b's shapes.

Formats (record metadata "format"): Gerrit change JSON (`owner.username`, `reviewers`) and its
review mail (`Patch Set 3: Code-Review+2`, `X has uploaded this change for review`); Phabricator
revisions (`Reviewers: mkeller (blocking), #platform`, `mkeller accepted this revision.`);
GitLab merge-request JSON (`author.username`/`name`, `assignees`, `reviewers`, notes, system
notes); Bitbucket pull requests (`display_name`/`nickname`, participants); Azure DevOps work items
(`System.AssignedTo.displayName`, `uniqueName`, `System.CreatedBy` as `Name <mail>`); Jira XML
(`<reporter username="x">Name</reporter>`, comments and worklogs by login) and Jira CSV with
repeated `Watchers` columns and `Log Work` cells; GitHub GraphQL (`author { login name }`,
`reviewRequests`, a team reviewer); patch mails and `git range-diff` (`From:`, `[PATCH v3 2/5]`,
trailers, `Change-Id:`) and mailing-list reviews (`On <date>, X <mail> wrote:` in 12 languages,
`Hi Maria,`, a given name alone as the sign-off); design-doc approval tables in Markdown, HTML
and Confluence storage format (`<ri:user ri:username="x"/>`); RFC votes (`+1 (binding)`);
changelogs thanking (`(#123, thanks @x)`, `Contributors:`); support escalations pasted into a bug
with the customer's name and mailbox; chat threads naming reviewers by given name alone.
People as full names, handles of many patterns (`mkeller`, `kellerm`, `maria.keller`,
`MariaKeller`, `mkeller42`, `keller-maria`, `maria_k`), given names alone, lower-case logins;
half the names invented, a fifth of global origin; comments in en, de, fr, nl, es, it, pt, pl,
sv, da, fi, cs.

Look-alikes at least twice as many as people: bots and service accounts (`zuul`, `Harbormaster`,
`Project Collection Build Service`, `gitlab-bot`; NEG_BOT), teams (`@org/team`, `#platform`,
`[contoso]\\Reviewers`; NEG_TEAM), labels, statuses and components (NEG_LABEL), branch names,
SHAs, Change-Ids and ticket keys (NEG_ID), versions (NEG_VERSION), decorators and doc tags in
diffs (`@Override`, `@param`; NEG_CODE), tools and libraries named like people (Jenkins, Hugo,
Sphinx, Celery, Sinatra, Jasmine, Rufus; NEG_PRODUCT), review words (NEG_TERM) and placeholder
people (`Jane Doe`, `@octocat`, `Your Name`; NEG_PLACEHOLDER). Request bodies of the four APIs,
a third \\uXXXX, half compact. Writes JSON (the names_tune3.json format) to stdout;
deterministic; stdlib.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import invent_syllables, fold  # noqa: E402
from gen_bodies import P, J  # noqa: E402
from gen_typed_common import SYL, END  # noqa: E402
from gen_review59b import COMMENT, WROTE, write_bodies  # noqa: E402

rng = random.Random(20261207 + 600)
LANGS = ["en", "en", "en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "fi", "cs"]
GIVEN = {"en": "Bethany,Alistair,Niamh,Gideon,Rosalind,Declan,Imogen,Fergus,Lachlan,Tabitha",
         "de": "Friederike,Malte,Henrike,Ole,Sabine,Torben,Anke", "fr": "Solène,Gaspard,Maëlle,Thibault,Aurélie,Loïc",
         "nl": "Anouk,Bram,Esmee,Joost,Fenna,Thijs", "es": "Ainhoa,Íñigo,Nerea,Gonzalo,Pilar,Álvaro",
         "it": "Chiara,Lorenzo,Beatrice,Matteo,Federica,Niccolò", "pt": "Inês,Tiago,Beatriz,Gonçalo,Catarina,Afonso",
         "pl": "Agnieszka,Bartosz,Magdalena,Krzysztof,Zofia,Marek", "sv": "Astrid,Linnea,Sven,Ebba,Viktor,Sigrid",
         "da": "Mette,Rasmus,Signe,Mikkel,Freja,Anders", "fi": "Aino,Juhani,Satu,Eero,Noora,Ville",
         "cs": "Kateřina,Ondřej,Markéta,Vojtěch,Zuzana,Jiří"}
SURNAME = {"en": "Ashworth,Penrose,Calloway,Brightman,Thistlewood,Kavanagh,Mulholland",
           "de": "Brandt,Vogt,Hoffmeister,Ziegler,Lorenz,Pohl", "fr": "Rousseau,Benoît,Lefebvre,Mercier,Perrin",
           "nl": "Bakker,Visser,de Groot,Mulder,Kuipers", "es": "Iglesias,Navarro,Domínguez,Rubio,Salazar",
           "it": "Ricci,Lombardi,Barbieri,Fontana,Moretti", "pt": "Gonçalves,Teixeira,Rocha,Mendes,Antunes",
           "pl": "Zieliński,Szymańska,Lewandowski,Dąbrowska,Wróbel", "sv": "Lindqvist,Holmberg,Sjöberg,Bergström",
           "da": "Nørgaard,Kjeldsen,Mortensen,Vestergaard,Dalgaard", "fi": "Virtanen,Mäkelä,Heikkinen,Koskinen",
           "cs": "Procházka,Kučerová,Dvořák,Pokorný,Marešová"}
GIVEN = {k: v.split(",") for k, v in GIVEN.items()}
SURNAME = {k: v.split(",") for k, v in SURNAME.items()}
GLOBAL = ("Adaeze,Kenji,Shreya,Emre,Xiaoyu,Tunde,Leila,Vikram,Thandiwe,Minh".split(","),
          "Okonkwo,Takahashi,Raghunathan,Yıldız,Zhao,Balogun,Haddad,Krishnan,Dlamini,Nguyen".split(","))
ORGS = ["acme", "fabrikam", "contoso", "tailspin", "wingtip", "umbrella"]
TEAMS = ["platform", "release-managers", "api-reviewers", "storage", "build-infra", "ux-core", "compliance", "mobile"]
BOTS = ["zuul", "Zuul CI", "Harbormaster", "Herald", "gerrit-bot", "gitlab-bot", "project_4417_bot", "copilot",
        "Project Collection Build Service", "bitbucket-pipelines", "jenkins-ci", "pre-commit-ci[bot]", "k8s-ci-robot",
        "openshift-merge-robot", "Automation for Jira", "linear-app"]
LABELS = ["kind/bug", "needs-rebase", "do-not-merge/hold", "lgtm", "approved", "size/XL", "Triage", "Won't Fix",
          "In Code Review", "Ready for QA", "Resolved", "Reopened", "Critical", "Minor", "Backlog", "Needs Info"]
COMPONENTS = ["auth-service", "Billing API", "search-indexer", "Mobile App", "notifications", "Storage Gateway"]
BRANCHES = ["feature/oauth-refresh", "release/2.4", "hotfix/null-deref", "main", "stable-3.1", "topic/retry-jitter",
            "bugfix/PLAT-4412", "renovate/lodash-4.x"]
PRODUCTS = ["Jenkins", "Hugo", "Sphinx", "Celery", "Sinatra", "Jasmine", "Rufus", "Ansible", "Jekyll", "Mocha",
            "Karma", "Pandas", "Alembic", "Marshmallow", "Gradle", "Bazel", "Devise", "Faraday", "Cassandra", "Julia"]
DECOS = ["@Override", "@Deprecated", "@pytest.fixture", "@param", "@returns", "@since", "@Nullable", "@SuppressWarnings",
         "@Transactional", "@dataclass", "@Input()", "@throws"]
TERMS = ["LGTM", "nit", "PTAL", "WIP", "ACK", "SGTM", "Code-Review+2", "Verified+1", "+1 (binding)", "-0", "RTBC", "r+"]
PLACEHOLDERS = ["Jane Doe", "@username", "@octocat", "Your Name", "Max Mustermann", "Alice", "Bob", "Mario Rossi",
                "Jan Jansen", "Fulano de Tal", "<reviewer>", "Erika Musterfrau"]
HI = {"en": "Hi {g},", "de": "Hallo {g},", "fr": "Bonjour {g},", "nl": "Hoi {g},", "es": "Hola {g}:", "it": "Ciao {g},",
      "pt": "Olá {g},", "pl": "Cześć {g},", "sv": "Hej {g},", "da": "Hej {g},", "fi": "Moi {g},", "cs": "Ahoj {g},"}
WROTE2 = dict(WROTE, da="Den {d} skrev {n}:", fi="{d} {n} kirjoitti:")
COMMENT2 = dict(COMMENT, da=["der mangler en test for det tomme tilfælde", "ser fint ud, tak"],
                fi=["tyhjälle tapaukselle puuttuu testi", "näyttää hyvältä, kiitos"])
THANKS = {"en": "thanks", "de": "danke", "fr": "merci", "nl": "dank", "es": "gracias", "it": "grazie", "pt": "obrigado",
          "pl": "dzięki", "sv": "tack", "da": "tak", "fi": "kiitos", "cs": "díky"}


class Person:
    def __init__(self, lg):
        r = rng.random()
        if r < 0.2:
            self.g, self.s = rng.choice(GLOBAL[0]), rng.choice(GLOBAL[1])
        elif r < 0.55:
            self.g, self.s = rng.choice(GIVEN[lg]), rng.choice(SURNAME[lg])
        else:
            sl, en = SYL.get(lg, SYL["en"]), END.get(lg, END["en"])
            self.g, self.s = invent_syllables(rng, sl, en, False), invent_syllables(rng, sl, en, True)
        g, s = fold(self.g).lower().replace(" ", ""), fold(self.s).lower().replace(" ", "")
        G, S = fold(self.g).replace(" ", ""), fold(self.s).replace(" ", "")
        self.handle = rng.choice([g[0] + s, s + g[0], g + "." + s, G + S, g[0] + s + str(rng.randint(1, 99)),
                                  s + "-" + g, g + "_" + s[0], g + s, g[0] + "-" + s, s + "." + g, g + s[:3],
                                  G[0] + S])
        self.mail = rng.choice([g + "." + s, g[0] + s, g + "." + s[0]]) + "@" + rng.choice(ORGS) + rng.choice(
            [".com", ".org", ".eu"])

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


def neg(p, label, pool):
    return p.s(label, rng.choice(pool))


def cmt(lg):
    return rng.choice(COMMENT2[lg])


def sha():
    return "%040x" % rng.getrandbits(160)


def gerrit(lg, ps):
    o = ps[0]
    doc = {"project": "tools/" + rng.choice(PRODUCTS).lower(), "branch": ("NEG_ID", rng.choice(BRANCHES)),
           "change_id": ("NEG_ID", "I" + sha()), "subject": "Fix retry budget in " + rng.choice(COMPONENTS),
           "status": "NEW", "owner": {"name": ("PERSON", o.full), "email": ("EMAIL_ADDRESS", o.mail),
                                      "username": ("PERSON", o.handle)},
           "reviewers": {"REVIEWER": [{"_account_id": rng.randint(1000000, 1099999), "name": ("PERSON", x.full),
                                       "username": ("PERSON", x.handle)} for x in ps[1:]] +
                         [{"_account_id": rng.randint(1000, 9999), "name": ("NEG_BOT", rng.choice(BOTS[:3]))}]},
           "labels": {"Code-Review": {"approved": {"name": ("PERSON", ps[-1].full)}},
                      "Verified": {"approved": {"name": ("NEG_BOT", "Zuul")}}}}
    j = J(rng.choice(["pretty", "compact"]))
    j.write(doc)
    p = P(")]}'\n").add(j.p).t("\n\n")
    p.s("PERSON", ps[-1].full).t(" has posted comments on this change by ").s("PERSON", o.full)
    p.t(". ( https://review.example.org/c/%d )\n\n" % rng.randint(10000, 99999))
    p.t("Change subject: Fix retry budget\n......................................................................\n\n")
    p.t("Patch Set %d: " % rng.randint(2, 9)).s("NEG_TERM", rng.choice(["Code-Review+2", "Code-Review-1", "Verified+1"]))
    p.t("\n\n(%d comments)\n\n" % rng.randint(1, 4))
    p.t("File src/retry.py:\n\nLine 42:    ").s("NEG_CODE", rng.choice(DECOS)).t("\n> " + cmt(lg) + "\n\n")
    p.t("Done\n\n-- \nTo view, visit change %d. To unsubscribe, visit settings.\n" % rng.randint(10000, 99999))
    p.t("Gerrit-Owner: ").s("PERSON", o.full).t(" <").s("EMAIL_ADDRESS", o.mail).t(">\nGerrit-Reviewer: ")
    p.s("NEG_BOT", rng.choice(["Zuul", "Jenkins", "Service Account CI"])).t("\nGerrit-Reviewer: ").s("PERSON", ps[1].full)
    p.t(" <").s("EMAIL_ADDRESS", ps[1].mail).t(">\nGerrit-MessageType: comment\nGerrit-Branch: ")
    neg(p, "NEG_ID", BRANCHES).t("\n")
    return p


def phabricator(lg, ps):
    p = P("D%d: Retry " % rng.randint(1000, 99999)).s("NEG_PRODUCT", rng.choice(PRODUCTS)).t(" uploads\n\nSummary: ")
    p.t(cmt(lg) + "\n\nTest Plan: ran ").s("NEG_PRODUCT", rng.choice(PRODUCTS)).t(" suite\n\nReviewers: ")
    p.s("PERSON", ps[1].handle).t(" (blocking), #").s("NEG_TEAM", rng.choice(TEAMS)).t("\n\nSubscribers: ")
    for x in ps[2:]:
        p.s("PERSON", x.handle).t(", ")
    p.s("NEG_BOT", "Herald").t("\n\nRevision Contents\n\n")
    p.s("NEG_BOT", "Harbormaster").t(" completed remote builds in B%d: Diff %d.\n\n" % (rng.randint(1000, 9999), rng.randint(1000, 9999)))
    p.s("PERSON", ps[1].handle).t(" requested changes to this revision.\n")
    p.s("PERSON", ps[1].handle).t(" added inline comments.\n\n> ").s("NEG_CODE", rng.choice(DECOS)).t("\n" + cmt(lg) + "\n\n")
    p.s("PERSON", ps[0].handle).t(" updated this revision to Diff %d.\n" % rng.randint(1000, 9999))
    p.s("PERSON", ps[-1].handle).t(" accepted this revision.\n")
    p.t("This revision is now accepted and ready to land.\nClosed by commit rP").s("NEG_ID", sha()[:12])
    p.t(": Retry uploads (authored by ").s("PERSON", ps[0].handle).t(").\n")
    return p


def gitlab_mr(lg, ps):
    def u(x):
        return {"id": rng.randint(1000, 999999), "username": ("PERSON", x.handle), "name": ("PERSON", x.full),
                "state": "active", "web_url": P("https://gitlab.example.com/").s("PERSON", x.handle)}
    a = ps[0]
    notes = [{"body": P(cmt(lg)), "author": u(x), "system": False} for x in ps[1:]]
    notes.append({"body": "approved this merge request", "author": u(ps[-1]), "system": True})
    notes.append({"body": P("added ").s("NEG_LABEL", rng.choice(LABELS)).t(" label"),
                  "author": {"username": ("NEG_BOT", rng.choice(["gitlab-bot", "project_4417_bot", "ghost"])),
                             "name": ("NEG_BOT", rng.choice(["GitLab Bot", "Ghost User", "Triage Bot"]))},
                  "system": True})
    doc = {"iid": rng.randint(10, 9999), "title": "Draft: " + rng.choice(COMPONENTS) + " pagination",
           "source_branch": ("NEG_ID", rng.choice(BRANCHES)), "target_branch": ("NEG_ID", "main"),
           "author": u(a), "assignees": [u(ps[1])], "reviewers": [u(x) for x in ps[1:]],
           "labels": [("NEG_LABEL", rng.choice(LABELS)), ("NEG_LABEL", rng.choice(LABELS))],
           "milestone": {"title": ("NEG_VERSION", "v%d.%d" % (rng.randint(1, 17), rng.randint(0, 11)))},
           "sha": ("NEG_ID", sha()), "notes": notes}
    j = J(rng.choice(["pretty", "compact", "line"]))
    j.write(doc)
    return j.p


def bitbucket(lg, ps):
    def u(x):
        return {"display_name": ("PERSON", x.full), "nickname": ("PERSON", x.handle), "type": "user",
                "account_id": ("NEG_ID", "%d:%s" % (rng.randint(100000, 999999), sha()[:24]))}
    parts = [{"role": "REVIEWER", "approved": rng.random() < 0.5, "user": u(x)} for x in ps[1:]]
    parts.append({"role": "PARTICIPANT", "approved": False,
                  "user": {"display_name": ("NEG_BOT", "Bitbucket Pipelines"), "type": "app_user"}})
    doc = {"id": rng.randint(1, 999), "title": "Bump " + rng.choice(PRODUCTS) + " to 3.2",
           "source": {"branch": {"name": ("NEG_ID", rng.choice(BRANCHES))}}, "author": u(ps[0]),
           "participants": parts, "state": "OPEN"}
    j = J(rng.choice(["pretty", "compact"]))
    j.write(doc)
    p = P("Bitbucket activity:\n\n").s("PERSON", ps[1].full).t(" approved pull request #%d\n" % rng.randint(1, 999))
    p.s("PERSON", ps[-1].full).t(" commented: \"" + cmt(lg) + "\"\n\n")
    return p.add(j.p)


def azure(lg, ps):
    a, b = ps[0], ps[1]
    doc = {"id": rng.randint(1000, 99999), "fields": {
        "System.WorkItemType": "Bug", "System.State": ("NEG_LABEL", rng.choice(["Active", "New", "Resolved", "Closed"])),
        "System.AreaPath": ("NEG_TEAM", "Fabrikam\\" + rng.choice(TEAMS)),
        "System.AssignedTo": {"displayName": ("PERSON", b.full), "uniqueName": ("EMAIL_ADDRESS", b.mail)},
        "System.CreatedBy": P().s("PERSON", a.full).t(" <").s("EMAIL_ADDRESS", a.mail).t(">"),
        "System.ChangedBy": P().s("NEG_BOT", "Project Collection Build Service (Fabrikam)").t(" <").s(
            "NEG_ID", "%08x-%04x-4%03x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12))).t(">"),
        "Microsoft.VSTS.Common.ActivatedBy": P().s("PERSON", ps[-1].full).t(" <").s("EMAIL_ADDRESS", ps[-1].mail).t(">"),
        "System.Tags": P().s("NEG_LABEL", rng.choice(LABELS)).t("; ").s("NEG_LABEL", rng.choice(LABELS)),
        "System.History": P("<div>").s("PERSON", a.g).t(", " + cmt(lg) + " — ").s("PERSON", b.g).t("</div>")}}
    j = J(rng.choice(["pretty", "compact"]))
    j.write(doc)
    p = P().add(j.p).t("\n\nApprovers group: ").s("NEG_TEAM", "[Fabrikam]\\" + rng.choice(TEAMS).title() + " Reviewers")
    return p.t("\n")


def jira_xml(lg, ps):
    a, b = ps[0], ps[1]
    p = P("<item>\n  <key id=\"%d\">" % rng.randint(10000, 99999)).s("NEG_ID", "PLAT-%d" % rng.randint(100, 9999))
    p.t("</key>\n  <status>").s("NEG_LABEL", rng.choice(LABELS)).t("</status>\n  <component>")
    neg(p, "NEG_LABEL", COMPONENTS).t("</component>\n  <assignee username=\"")
    if rng.random() < 0.3:
        p.t("-1\">").s("NEG_PLACEHOLDER", "Unassigned")
    else:
        p.s("PERSON", b.handle).t("\">").s("PERSON", b.full)
    p.t("</assignee>\n  <reporter username=\"").s("PERSON", a.handle).t("\">").s("PERSON", a.full)
    p.t("</reporter>\n  <watches>%d</watches>\n  <comments>\n" % len(ps))
    for x in ps:
        p.t("    <comment id=\"%d\" author=\"" % rng.randint(100000, 999999)).s("PERSON", x.handle)
        p.t("\" created=\"Tue, 5 Mar 2024 10:%02d:00 +0100\">" % rng.randint(0, 59) + cmt(lg) + "</comment>\n")
    p.t("    <comment author=\"").s("NEG_BOT", "automation").t("\">Transitioned by rule</comment>\n  </comments>\n")
    p.t("  <fixVersion>").s("NEG_VERSION", "%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 9)))
    p.t("</fixVersion>\n</item>\n")
    return p


def jira_csv2(lg, ps):
    p = P("Issue key,Summary,Status,Assignee,Reporter,Watchers,Watchers,Watchers,Log Work,Sprint\n")
    for k in range(rng.randint(2, 3)):
        a, b = ps[k % len(ps)], ps[(k + 1) % len(ps)]
        p.s("NEG_ID", "PLAT-%d" % rng.randint(100, 9999)).t(",%s flaky,\"" % rng.choice(COMPONENTS))
        neg(p, "NEG_LABEL", LABELS).t("\",")
        p.s("PERSON", b.handle).t(",").s("PERSON", a.handle).t(",")
        p.s("PERSON", ps[(k + 2) % len(ps)].handle).t(",").s("NEG_BOT", rng.choice(["automation", "jira-bot", "svc-ci"]))
        p.t(",,\"%s;2024-03-0%dT09:00:00.000+0100;" % (cmt(lg).replace('"', ""), rng.randint(1, 9))).s("PERSON", a.handle)
        p.t(";%d\",Sprint %d\n" % (rng.choice([1800, 3600, 7200]), rng.randint(10, 80)))
    return p


def graphql(lg, ps):
    def au(x):
        return {"login": ("PERSON", x.handle), "name": ("PERSON", x.full)}
    doc = {"data": {"repository": {"pullRequest": {
        "number": rng.randint(100, 9999), "headRefName": ("NEG_ID", rng.choice(BRANCHES)), "author": au(ps[0]),
        "reviewRequests": {"nodes": [{"requestedReviewer": {"__typename": "Team",
                                                            "slug": ("NEG_TEAM", rng.choice(TEAMS))}}] +
                           [{"requestedReviewer": dict(au(x), __typename="User")} for x in ps[2:]]},
        "latestReviews": {"nodes": [{"author": {"login": ("PERSON", ps[1].handle)}, "state": "APPROVED"},
                                    {"author": {"login": ("NEG_BOT", rng.choice(["copilot-pull-request-reviewer",
                                                                                 "github-advanced-security",
                                                                                 "coderabbitai"]))},
                                     "state": "COMMENTED"}]},
        "labels": {"nodes": [{"name": ("NEG_LABEL", rng.choice(LABELS))}]}}}}}
    j = J(rng.choice(["pretty", "compact"]))
    j.write(doc)
    return P("$ gh api graphql -f query=@pr.graphql\n").add(j.p).t("\n")


def patch_mail(lg, ps):
    a = ps[0]
    p = P("From %s Mon Sep 17 00:00:00 2001\nFrom: " % sha()).s("PERSON", a.full).t(" <").s("EMAIL_ADDRESS", a.mail)
    p.t(">\nDate: Tue, 5 Mar 2024 10:02:11 +0100\nSubject: [PATCH v%d %d/5] storage: drop stale " % (
        rng.randint(2, 5), rng.randint(1, 5))).s("NEG_CODE", rng.choice(DECOS)).t(" handler\n\n" + cmt(lg) + "\n\n")
    for k, x in enumerate(ps[1:]):
        tag = ["Reviewed-by", "Acked-by", "Tested-by", "Suggested-by", "Reported-by"][k % 5]
        p.t(tag + ": ").s("PERSON", x.full).t(" <").s("EMAIL_ADDRESS", x.mail).t(">\n")
    p.t("Signed-off-by: ").s("PERSON", a.full).t(" <").s("EMAIL_ADDRESS", a.mail).t(">\nChange-Id: ")
    p.s("NEG_ID", "I" + sha()).t("\n---\nv2 -> v3: rebased on ").s("NEG_ID", rng.choice(BRANCHES)).t(", per ")
    p.s("PERSON", ps[1].g).t("'s review\n\n range-diff against v2:\n1:  ").s("NEG_ID", sha()[:12]).t(" ! 1:  ")
    p.s("NEG_ID", sha()[:12]).t(" storage: drop stale handler\n    @@ Metadata\n     Author: ").s("PERSON", a.full)
    p.t(" <").s("EMAIL_ADDRESS", a.mail).t(">\n    +    Reviewed-by: ").s("PERSON", ps[1].full).t(" <")
    p.s("EMAIL_ADDRESS", ps[1].mail).t(">\n")
    if rng.random() < 0.5:
        p.t("Cc: ").s("NEG_PLACEHOLDER", rng.choice(PLACEHOLDERS[:6])).t(" (template, remove)\n")
    return p


def list_review(lg, ps):
    a, b = ps[0], ps[1]
    d = "Tue, %d Mar 2024 at 1%d:%02d" % (rng.randint(1, 28), rng.randint(0, 9), rng.randint(0, 59))
    pre, post = WROTE2[lg].split("{n}")
    p = P(HI[lg].split("{g}")[0]).s("PERSON", a.g).t(HI[lg].split("{g}")[1] + "\n\n")
    p.t(pre.format(d=d)).s("PERSON", a.full).t(" <").s("EMAIL_ADDRESS", a.mail).t(">" + post + "\n")
    p.t("> +\t").s("NEG_CODE", rng.choice(DECOS)).t("\n> +\tstatic int retry_budget(void)\n\n")
    p.t(cmt(lg) + " " + THANKS[lg] + " ").s("PERSON", b.g).t(" " + rng.choice(["for the test", "!", "."]) + "\n\n")
    p.t("Reviewed-by: ").s("PERSON", b.full).t(" <").s("EMAIL_ADDRESS", b.mail).t(">\n\n-- \n").s("PERSON", b.g).t("\n\n")
    if len(ps) > 2:
        c = ps[2]
        p.t("> ").s("PERSON", c.g).t(", " + cmt(lg) + "\n\n+1, ").s("NEG_TERM", "ACK").t(". -- ").s("PERSON", c.handle).t("\n")
    return p


def approvals(lg, ps):
    style = rng.choice(["md", "html", "confluence"])
    roles = ["Author", "Approver", "Reviewer", "Security sign-off", "Consulted"]
    p = P("Approvals for design doc \"" + rng.choice(COMPONENTS) + " v2\" (" + style + ")\n\n")
    if style == "md":
        p.t("| Role | Who | Decision |\n|:--|:--|:--|\n")
        for k, x in enumerate(ps):
            p.t("| %s | " % roles[k % 5]).s("PERSON", x.full if k % 2 == 0 else x.handle).t(" | ")
            neg(p, "NEG_LABEL", ["Approved", "LGTM", "Pending", "Needs changes"]).t(" |\n")
        p.t("| Informed | ").s("NEG_TEAM", "@" + rng.choice(ORGS) + "/" + rng.choice(TEAMS)).t(" | n/a |\n")
        p.t("| Example row | ").s("NEG_PLACEHOLDER", rng.choice(PLACEHOLDERS)).t(" | — |\n")
    elif style == "html":
        p.t("<table><tr><th>Role</th><th>Name</th><th>Date</th></tr>\n")
        for k, x in enumerate(ps):
            p.t("<tr><td>%s</td><td>" % roles[k % 5]).s("PERSON", x.full).t("</td><td>2024-03-%02d</td></tr>\n" % rng.randint(1, 28))
        p.t("<tr><td>Tooling</td><td>").s("NEG_PRODUCT", rng.choice(PRODUCTS)).t("</td><td></td></tr>\n</table>\n")
    else:
        p.t("<table><tbody>\n")
        for k, x in enumerate(ps):
            p.t("<tr><td>%s</td><td><ac:link><ri:user ri:username=\"" % roles[k % 5]).s("PERSON", x.handle)
            p.t("\" /></ac:link></td><td><ac:structured-macro ac:name=\"status\"><ac:parameter ac:name=\"title\">")
            neg(p, "NEG_LABEL", ["APPROVED", "IN REVIEW", "BLOCKED"]).t("</ac:parameter></ac:structured-macro></td></tr>\n")
        p.t("<tr><td>Owner team</td><td><ri:user ri:account-id=\"").s("NEG_ID", "5b10ac8d82e05b22cc7d4ef5")
        p.t("\" /> (").s("NEG_TEAM", rng.choice(TEAMS)).t(")</td></tr>\n</tbody></table>\n")
    p.t("\nVotes:\n")
    for x in ps[1:]:
        p.t("+1 (binding) ").s("PERSON", x.full).t("\n")
    p.t("+0 ").s("NEG_BOT", rng.choice(BOTS)).t(" (non-binding, automated)\n")
    return p


def changelog(lg, ps):
    p = P("## [%d.%d.%d] - 2024-03-%02d\n\n### Fixed\n" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 9), rng.randint(1, 28)))
    for x in ps:
        p.t("- ").s("NEG_PRODUCT", rng.choice(PRODUCTS)).t(" adapter no longer drops headers (#%d, %s @" % (
            rng.randint(100, 9999), rng.choice(["thanks", "thanks to", "by", "h/t"]))).s("PERSON", x.handle).t(")\n")
    p.t("- Bump ").s("NEG_PRODUCT", rng.choice(PRODUCTS)).t(" to ").s("NEG_VERSION", "%d.%d" % (rng.randint(1, 9), rng.randint(0, 9)))
    p.t(" (#%d, via @" % rng.randint(100, 9999)).s("NEG_BOT", rng.choice(["dependabot", "renovate-bot", "pre-commit-ci"]))
    p.t(")\n- Deprecated ").s("NEG_CODE", rng.choice(DECOS)).t(" on `Client.send`\n\n### Contributors\n\n")
    for k, x in enumerate(ps):
        p.t(", " if k else "").s("PERSON", x.full if k % 2 else x.handle)
    p.t("\n\nReviewed by the ").s("NEG_TEAM", "@" + rng.choice(ORGS) + "/" + rng.choice(TEAMS)).t(" team.\n")
    return p


def escalation2(lg, ps):
    c = Person(lg)
    p = P("[ESC-%d] Customer cannot export invoices\n\nFrom the support ticket (pasted by " % rng.randint(1000, 9999))
    p.s("PERSON", ps[0].full).t("):\n\n> Customer: ").s("PERSON", c.full).t("\n> Account email: ").s("EMAIL_ADDRESS", c.mail)
    p.t("\n> Plan: Enterprise, region eu-west-1\n> \"" + cmt(lg) + "\"\n\n")
    p.t("Repro with ").s("NEG_PRODUCT", rng.choice(PRODUCTS)).t(" on ").s("NEG_ID", rng.choice(BRANCHES)).t(". ")
    p.s("PERSON", ps[1].g).t(", can you take this? Customer is ").s("PERSON", c.g).t(", very patient so far.\n")
    p.t("Assignee: ").s("PERSON", ps[1].handle).t(" | Component: ").s("NEG_LABEL", rng.choice(COMPONENTS))
    p.t(" | Priority: ").s("NEG_LABEL", rng.choice(["Critical", "Minor", "P2"])).t("\n")
    return p


def chat_review(lg, ps):
    p = P()
    for k, x in enumerate(ps):
        y = ps[(k + 1) % len(ps)]
        p.t("[1%d:%02d] " % (rng.randint(0, 9), rng.randint(0, 59))).s("PERSON", x.handle).t(": ")
        r = rng.random()
        if r < 0.35:
            p.s("PERSON", y.g).t(" " + rng.choice(["can you review", "pls look at", "mind checking"]) + " !%d? " % rng.randint(10, 999))
            p.t("it touches ").s("NEG_PRODUCT", rng.choice(PRODUCTS)).t("\n")
        elif r < 0.7:
            p.t(THANKS[lg] + " ").s("PERSON", y.g.lower()).t(", merged into ").s("NEG_ID", rng.choice(BRANCHES)).t("\n")
        else:
            p.t(cmt(lg) + " (").s("NEG_TERM", rng.choice(TERMS)).t(") cc ").s("PERSON", y.handle.lower()).t("\n")
    p.s("NEG_BOT", rng.choice(BOTS)).t(": build #%d passed on " % rng.randint(100, 9999)).s("NEG_ID", rng.choice(BRANCHES)).t("\n")
    return p


def trailer(p):
    """Side-panel look-alikes pasted after the document."""
    p.t("\n---\nBranch: ").s("NEG_ID", rng.choice(BRANCHES)).t(" · Tool: ").s("NEG_PRODUCT", rng.choice(PRODUCTS))
    p.t(" · Label: ").s("NEG_LABEL", rng.choice(LABELS)).t(" · Owners: ").s("NEG_TEAM", "@" + rng.choice(ORGS) + "/" + rng.choice(TEAMS))
    p.t("\nCI: ").s("NEG_BOT", rng.choice(BOTS)).t(" ✓ · Diff touches ").s("NEG_CODE", rng.choice(DECOS)).t(" and ")
    p.s("NEG_CODE", rng.choice(DECOS)).t(" · ").s("NEG_TERM", rng.choice(TERMS)).t(" · Docs built with ")
    p.s("NEG_PRODUCT", rng.choice(PRODUCTS)).t(" · Template author: ").s("NEG_PLACEHOLDER", rng.choice(PLACEHOLDERS)).t("\n")
    return p


FORMATS = {"gerrit": gerrit, "phabricator": phabricator, "gitlab_mr": gitlab_mr, "bitbucket": bitbucket,
           "azure_devops": azure, "jira_xml": jira_xml, "jira_csv": jira_csv2, "graphql": graphql,
           "patch_mail": patch_mail, "list_review": list_review, "approvals": approvals, "changelog": changelog,
           "escalation": escalation2, "chat_review": chat_review}
ASK = ["Summarise who still has to sign off", "List the open review comments", "Write the weekly status from this",
       "Which of these issues are blocked and on whom?", "Draft a reply to the reviewers"]


def main():
    write_bodies(336, FORMATS, LANGS, people, trailer, ASK, rng, lambda i: i * 5 + i // 14)


if __name__ == "__main__":
    main()
