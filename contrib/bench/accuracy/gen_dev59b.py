#!/usr/bin/env python3
"""gen_dev59b.py: people in a developer's own material (tune set; branch dev59b, written and
committed before hush was run on it), from the twenty-seventh blind set's public brief (its `ops`
and `repo` families: logins, handles, home directories and git user names that spell a person's
name are PERSON) and the author's own idea of such text, not from any detector rule.

Documents (record metadata "doc"): CI logs (Jenkins `Started by user`, workspaces under
`/home/<login>/`, Actions runners), stack traces (Java, .NET with `C:\\Users\\<First.Last>\\`,
Python and Node with `/Users/<login>/`), crash reports, error-tracker JSON with a user context,
logfmt and JSON-lines logs, sudo/sshd audit lines, Kubernetes manifests with owner labels and
contact annotations, on-call pages, git log with trailers (Signed-off-by, Co-authored-by,
Reviewed-by), shortlog -sne, blame, .mailmap, CODEOWNERS, package.json/Cargo.toml authors,
licence headers, TODO(login). People as full names, git user names, logins (`mkeller`,
`maria.keller`, `kellerm`, `m_keller`, `mariak`), GitHub handles, home directories and `First.Last`
Windows profiles; half the names invented, a fifth of global origin.

Look-alikes at least twice the people, in the same slots: system and service accounts (`root`,
`jenkins`, `www-data`, `svc-deploy`, `runner`, `ubuntu`, `ec2-user`, NEG_ACCOUNT), bots
(`dependabot[bot]`, NEG_BOT), tools and libraries, class and function names (NEG_CODE), hosts
(NEG_HOST), branches (NEG_BRANCH), product paths (`/home/linuxbrew`, `/Users/Shared`,
`C:\\Users\\Public`, NEG_PATH), teams (NEG_ORG) and placeholder people (NEG_PLACEHOLDER).
Request bodies of the four APIs, a third \\uXXXX. Writes JSON to stdout; deterministic; stdlib only.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import fold, invent_syllables, write_json  # noqa: E402
from gen_bodies import P, ask_body, append_body  # noqa: E402
from gen_typed_common import NAMES, GLOBAL, SYL, END  # noqa: E402

rng = random.Random(20261207 + 5902)
LANGS = ["en", "en", "de", "fr", "nl", "es", "it", "pl", "sv", "cs", "fi", "pt"]
ACCOUNTS = ["root", "jenkins", "www-data", "svc-deploy", "runner", "ubuntu", "ec2-user", "nobody", "postgres",
            "deploy", "ci", "gitlab-runner", "buildbot", "nginx", "admin", "systemd-network", "svc_backup",
            "terraform", "argocd", "vagrant"]
BOTS = ["dependabot[bot]", "github-actions[bot]", "renovate[bot]", "pre-commit-ci[bot]", "codecov-commenter",
        "mergify[bot]", "snyk-bot", "allcontributors[bot]"]
CODE = ["OrderService", "PaymentGateway", "UserRepository", "parse_config", "RetryPolicy", "KafkaConsumer",
        "HttpClient", "TokenBucket", "SessionManager", "invoice_export", "FeatureFlags", "LedgerWriter"]
TOOLS = ["pytest", "gradle", "maven", "webpack", "eslint", "cargo", "terraform", "helm", "kubectl", "poetry",
         "black", "mypy", "jest", "tox", "bazel", "flake8"]
HOSTS = ["build-07.ci.internal", "ip-10-0-3-17", "prod-api-2", "worker-eu-west-1c", "db-replica-03",
         "gke-main-pool-8f2a", "jenkins-agent-12", "mac-mini-ci-04"]
BRANCHES = ["main", "release/2.14", "feature/retry-backoff", "fix/npe-on-empty-cart", "hotfix/tls-timeout",
            "develop", "chore/bump-deps", "feat/sso-login"]
PRODPATHS = ["/home/linuxbrew/.linuxbrew/bin", "/Users/Shared/Jenkins", "C:\\Users\\Public\\Documents",
             "C:\\Users\\Default\\AppData", "/home/runner/work", "/home/jenkins/agent/workspace",
             "/Users/runner/work", "C:\\Users\\runneradmin\\AppData", "/home/ubuntu/app", "/root/.cache"]
TEAMS = ["@acme/platform-team", "@acme/payments", "@acme/sre", "@acme/docs", "@acme/security", "@acme/frontend"]
PLACEHOLDERS = ["John Doe", "Jane Doe", "Max Mustermann", "Test User", "Foo Bar", "Jean Dupont"]
DOMS = ["acme.io", "example-corp.com", "users.noreply.github.com", "kernel.dev", "mail.fabrik.de"]


def cap(s):
    return " ".join(w.capitalize() if k or w not in ("de", "van") else w for k, w in enumerate(s.split()))


class Who:
    """A developer: a full name and the logins and handles made from it."""

    def __init__(self, lg):
        r = rng.random()
        if r < 0.2:
            g, s = rng.choice(GLOBAL[0]), rng.choice(GLOBAL[1])
        elif r < 0.55:
            g, s = rng.choice(NAMES[lg][0]), rng.choice(NAMES[lg][1])
        else:
            g = invent_syllables(rng, SYL[lg], END[lg], False)
            s = invent_syllables(rng, SYL[lg], END[lg], True)
        self.g, self.s = cap(g), cap(s)
        self.full = self.g + " " + self.s
        fg, fs = fold(self.g).lower().replace(" ", ""), fold(self.s).lower().replace(" ", "")
        self.fg, self.fs = fg, fs
        self.logins = [fg[0] + fs[:7], fg + "." + fs, fs[:7] + fg[0], fg[0] + "_" + fs, fg + fs[0], fg + "-" + fs]
        self.profile = fold(self.g).replace(" ", "") + "." + fold(self.s).replace(" ", "")

    def login(self):
        return rng.choice(self.logins)

    def mail(self):
        dom = rng.choice(DOMS)
        if dom.startswith("users."):
            return "%d+%s@%s" % (rng.randint(10000, 99999999), self.login(), dom)
        return rng.choice([self.fg + "." + self.fs, self.fg[0] + self.fs, self.fg]) + "@" + dom


def stamp():
    return "2026-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                             rng.randint(0, 59), rng.randint(0, 59))


def neg(p, lab, v):
    return p.s(lab, v)


def acct():
    return rng.choice(ACCOUNTS)


# ---- documents: each takes (people) and returns a piece ----------------------------------------------
def ci_log(ws):
    a, p = ws[0], P()
    p.t("Started by user ").s("PERSON", a.full).t("\nRunning as ").s("NEG_ACCOUNT", "SYSTEM")
    p.t("\nBuilding remotely on ").s("NEG_HOST", rng.choice(HOSTS)).t(" in workspace /home/")
    p.s("PERSON", a.login()).t("/ws/checkout\n")
    p.t("[Pipeline] sh\n+ cd ").s("NEG_PATH", rng.choice(PRODPATHS)).t("\n+ whoami\n").s("NEG_ACCOUNT", acct())
    p.t("\n+ git checkout ").s("NEG_BRANCH", rng.choice(BRANCHES)).t("\n+ ").s("NEG_CODE", rng.choice(TOOLS))
    p.t(" --version\n")
    if len(ws) > 1:
        p.t("Triggered by push from ").s("PERSON", ws[1].login()).t(" (").s("PERSON", ws[1].full).t(")\n")
    p.t("ERROR: test ").s("NEG_CODE", rng.choice(CODE)).t("Test failed on ").s("NEG_HOST", rng.choice(HOSTS))
    p.t("\nNotifying ").s("NEG_ORG", rng.choice(TEAMS)).t(" and ").s("NEG_BOT", rng.choice(BOTS)).t("\nFinished: FAILURE\n")
    return p


def trace(ws):
    a, p = ws[0], P()
    c1, c2 = rng.sample(CODE, 2)
    kind = rng.random()
    if kind < 0.35:
        p.t("System.NullReferenceException: Object reference not set to an instance of an object.\n")
        p.t("   at Acme.Billing.").s("NEG_CODE", c1).t(".Run() in C:\\Users\\").s("PERSON", a.profile)
        p.t("\\source\\repos\\Billing\\").s("NEG_CODE", c1).t(".cs:line %d\n" % rng.randint(10, 900))
        p.t("   at Acme.Billing.").s("NEG_CODE", c2).t(".Main() in C:\\Users\\").s("PERSON", a.profile)
        p.t("\\source\\repos\\Billing\\Program.cs:line 12\n   loaded from ").s("NEG_PATH", rng.choice(PRODPATHS[2:4]))
    elif kind < 0.7:
        lg = a.login()
        p.t('Traceback (most recent call last):\n  File "/Users/').s("PERSON", lg)
        p.t('/dev/api/app.py", line %d, in ' % rng.randint(10, 400)).s("NEG_CODE", rng.choice(CODE))
        p.t('\n  File "').s("NEG_PATH", rng.choice(PRODPATHS[:2])).t('/lib/python3.12/site-packages/x.py", line 9\n')
        p.t("KeyError: 'user'\n(venv) ").s("PERSON", lg).t("@").s("NEG_HOST", "MacBook-Pro").t(" api % ")
    else:
        p.t("java.lang.IllegalStateException: closed\n\tat com.acme.").s("NEG_CODE", c1).t(".flush(")
        p.s("NEG_CODE", c1).t(".java:88)\n\tat com.acme.").s("NEG_CODE", c2).t(".run(").s("NEG_CODE", c2)
        p.t(".java:41)\nuser.home=/home/").s("PERSON", a.login()).t("\nuser.dir=").s("NEG_PATH", rng.choice(PRODPATHS))
    p.t("\nrunner: ").s("NEG_ACCOUNT", acct()).t(" on ").s("NEG_HOST", rng.choice(HOSTS)).t("\n")
    return p


def tracker(ws):
    a, p = ws[0], P()
    p.t('{"event_id": "%032x", "level": "error", "platform": "python",\n' % rng.getrandbits(128))
    p.t(' "user": {"id": "%d", "username": "' % rng.randint(100, 99999)).s("PERSON", a.login())
    p.t('", "email": "').s("EMAIL_ADDRESS", a.mail()).t('", "name": "').s("PERSON", a.full).t('"},\n')
    p.t(' "tags": {"server_name": "').s("NEG_HOST", rng.choice(HOSTS)).t('", "handler": "').s("NEG_CODE", rng.choice(CODE))
    p.t('", "os.user": "').s("NEG_ACCOUNT", acct()).t('"},\n "contexts": {"runtime": {"name": "').s("NEG_CODE", "CPython")
    p.t('"}, "app": {"owner": "').s("NEG_ORG", rng.choice(TEAMS)).t('"}},\n "breadcrumbs": [{"message": "user ')
    p.s("NEG_PLACEHOLDER", rng.choice(PLACEHOLDERS)).t(' used in fixture"}]}\n')
    return p


def logfmt(ws):
    p = P()
    for k in range(rng.randint(3, 6)):
        p.t("ts=%s level=%s " % (stamp(), rng.choice(["info", "warn", "error"])))
        if k % 2 == 0:
            w = rng.choice(ws)
            p.t(rng.choice(["user=", "actor=", "login="])).s("PERSON", w.login())
        else:
            p.t(rng.choice(["user=", "actor=", "uid="])).s("NEG_ACCOUNT", acct())
        p.t(" svc=").s("NEG_CODE", rng.choice(TOOLS + CODE)).t(" host=").s("NEG_HOST", rng.choice(HOSTS))
        p.t(' msg="%s"\n' % rng.choice(["login ok", "token refreshed", "permission denied", "job queued"]))
    return p


def audit(ws):
    p = P()
    for k in range(rng.randint(3, 5)):
        w = rng.choice(ws)
        h = rng.choice(HOSTS)
        if k % 2 == 0:
            lg = w.login()
            p.t("Dec  %d 10:%02d:11 " % (rng.randint(1, 28), rng.randint(0, 59))).s("NEG_HOST", h).t(" sudo:  ")
            p.s("PERSON", lg).t(" : TTY=pts/0 ; PWD=/home/").s("PERSON", lg).t(" ; USER=").s("NEG_ACCOUNT", "root")
            p.t(" ; COMMAND=/usr/bin/systemctl restart ").s("NEG_CODE", rng.choice(["nginx", "kafka", "redis"])).t("\n")
        else:
            p.t("Dec  %d 11:%02d:40 " % (rng.randint(1, 28), rng.randint(0, 59))).s("NEG_HOST", h)
            p.t(" sshd[%d]: Accepted publickey for " % rng.randint(100, 9999)).s("NEG_ACCOUNT", acct())
            p.t(" from 10.0.%d.%d port 52144 ssh2\n" % (rng.randint(0, 9), rng.randint(1, 250)))
    return p


def k8s(ws):
    a, p = ws[0], P()
    p.t("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ").s("NEG_CODE", rng.choice(["ledger", "checkout", "search"]))
    p.t("-api\n  labels:\n    team: ").s("NEG_ORG", rng.choice(["platform", "payments", "sre"]))
    p.t("\n    owner: ").s("PERSON", a.login()).t("\n    app.kubernetes.io/managed-by: ").s("NEG_CODE", "Helm")
    p.t("\n  annotations:\n    contact: \"").s("PERSON", a.full).t(" <").s("EMAIL_ADDRESS", a.mail()).t(">\"\n")
    p.t("    oncall: ").s("NEG_ORG", rng.choice(TEAMS)).t("\nspec:\n  template:\n    spec:\n      serviceAccountName: ")
    p.s("NEG_ACCOUNT", rng.choice(["svc-deploy", "default", "argocd"])).t("\n      securityContext:\n        runAsUser: 1000\n")
    return p


def oncall(ws):
    a, p = ws[0], P()
    p.t("[PagerDuty] Triggered #%d: 5xx rate above 2%% on " % rng.randint(1000, 99999)).s("NEG_HOST", rng.choice(HOSTS))
    p.t("\nAssigned to: ").s("PERSON", a.full).t(" (@").s("PERSON", a.login()).t(")\nEscalation policy: ")
    p.s("NEG_ORG", rng.choice(["SRE Primary", "Payments Escalation", "Platform On-Call"]))
    p.t("\nAcknowledged by ").s("PERSON", a.login()).t(" via Slack. Runbook owner: ").s("NEG_BOT", rng.choice(BOTS))
    if len(ws) > 1:
        p.t("\nhanding over to ").s("PERSON", ws[1].g.lower()).t(" at 18:00, ping ").s("NEG_ACCOUNT", acct())
        p.t(" if cron is stuck\n")
    return p


def gitlog(ws):
    p = P()
    for k, w in enumerate(ws):
        p.t("commit %040x\n" % rng.getrandbits(160))
        if k == 0 and rng.random() < 0.5:
            p.t("Author: ").s("PERSON", w.login()).t(" <").s("EMAIL_ADDRESS", w.mail()).t(">\n")
        else:
            p.t("Author: ").s("PERSON", w.full).t(" <").s("EMAIL_ADDRESS", w.mail()).t(">\n")
        p.t("Date:   %s\n\n    " % stamp()).s("NEG_CODE", rng.choice(CODE)).t(": fix retry on ")
        p.s("NEG_BRANCH", rng.choice(BRANCHES)).t("\n\n")
        o = ws[(k + 1) % len(ws)]
        p.t("    Signed-off-by: ").s("PERSON", w.full).t(" <").s("EMAIL_ADDRESS", w.mail()).t(">\n")
        if rng.random() < 0.6:
            p.t("    " + rng.choice(["Co-authored-by: ", "Reviewed-by: ", "Tested-by: "])).s("PERSON", o.full)
            p.t(" <").s("EMAIL_ADDRESS", o.mail()).t(">\n")
        p.t("    Co-authored-by: ").s("NEG_BOT", rng.choice(BOTS)).t(" <support@github.com>\n\n")
    p.t("commit %040x\nAuthor: " % rng.getrandbits(160)).s("NEG_BOT", rng.choice(BOTS))
    p.t(" <49699333+dependabot[bot]@users.noreply.github.com>\n\n    Bump ").s("NEG_CODE", rng.choice(TOOLS))
    p.t(" from 1.2.0 to 1.3.0\n")
    return p


def shortlog_blame(ws):
    p = P()
    p.t("$ git shortlog -sne\n")
    for w in ws:
        p.t("  %4d\t" % rng.randint(1, 900)).s("PERSON", w.full).t(" <").s("EMAIL_ADDRESS", w.mail()).t(">\n")
    p.t("  %4d\t" % rng.randint(100, 2000)).s("NEG_BOT", rng.choice(BOTS)).t(" <bot@noreply>\n")
    p.t("  %4d\t" % rng.randint(1, 90)).s("NEG_ACCOUNT", rng.choice(["root", "jenkins", "ubuntu"])).t(" <root@localhost>\n")
    p.t("$ git blame -L 40,43 src/").s("NEG_CODE", rng.choice(CODE)).t(".py\n")
    for k in range(3):
        who = rng.choice(ws).login() if k != 1 else None
        p.t("%07x (" % rng.getrandbits(28))
        if who:
            p.s("PERSON", who)
        else:
            p.s("NEG_BOT", rng.choice(BOTS))
        p.t(" 2025-0%d-1%d %d)     return " % (rng.randint(1, 9), rng.randint(0, 9), 40 + k))
        p.s("NEG_CODE", rng.choice(CODE)).t("()\n")
    return p


def mailmap_owners(ws):
    p = P().t("# .mailmap\n")
    for w in ws:
        p.s("PERSON", w.full).t(" <").s("EMAIL_ADDRESS", w.mail()).t("> ").s("PERSON", w.login())
        p.t(" <").s("EMAIL_ADDRESS", w.login() + "@old-laptop.local").t(">\n")
    p.t("\n# CODEOWNERS\n")
    for w in ws:
        p.t("/src/").s("NEG_CODE", rng.choice(CODE).lower()).t("/ @").s("PERSON", w.login()).t(" ")
        p.s("NEG_ORG", rng.choice(TEAMS)).t("\n")
    p.t("/docs/ ").s("NEG_ORG", rng.choice(TEAMS)).t(" @").s("NEG_BOT", "docs-bot").t("\n")
    return p


def manifest(ws):
    a, p = ws[0], P()
    if rng.random() < 0.5:
        p.t('{\n  "name": "').s("NEG_CODE", rng.choice(["left-pad-ng", "@acme/ui-kit", "fastjson-lite"]))
        p.t('",\n  "author": "').s("PERSON", a.full).t(" <").s("EMAIL_ADDRESS", a.mail()).t('>",\n  "contributors": [')
        for w in ws[1:]:
            p.t('"').s("PERSON", w.full).t('", ')
        p.t('"').s("NEG_PLACEHOLDER", rng.choice(PLACEHOLDERS)).t('"],\n  "scripts": {"test": "')
        p.s("NEG_CODE", rng.choice(TOOLS)).t('"}\n}\n')
    else:
        p.t('[package]\nname = "').s("NEG_CODE", rng.choice(["tokio-retry", "serde-lite", "ledger-core"]))
        p.t('"\nauthors = ["').s("PERSON", a.full).t(" <").s("EMAIL_ADDRESS", a.mail()).t('>"')
        for w in ws[1:]:
            p.t(', "').s("PERSON", w.login()).t('"')
        p.t(']\nrepository = "https://github.com/').s("NEG_ORG", "acme").t('/x"\n')
    p.t("\n/*\n * Copyright (c) 20%d " % rng.randint(15, 26)).s("PERSON", a.full).t("\n * Copyright (c) 2019 ")
    p.s("NEG_ORG", rng.choice(["The Apache Software Foundation", "Acme GmbH", "Linux Foundation"]))
    p.t("\n * SPDX-License-Identifier: MIT\n */\n# TODO(").s("PERSON", rng.choice(ws).login()).t("): drop ")
    p.s("NEG_CODE", rng.choice(CODE)).t(" after ").s("NEG_BRANCH", rng.choice(BRANCHES)).t(" ships\n# FIXME(")
    p.s("NEG_ACCOUNT", rng.choice(["ci", "infra", "ops"])).t("): flaky on ").s("NEG_HOST", rng.choice(HOSTS)).t("\n")
    return p


DOCS = {"ci": ci_log, "trace": trace, "tracker": tracker, "logfmt": logfmt, "audit": audit, "k8s": k8s,
        "oncall": oncall, "gitlog": gitlog, "shortlog": shortlog_blame, "mailmap": mailmap_owners,
        "manifest": manifest}
ASKS = ["Why does this fail?", "Can you summarise what happened here?", "Fix the build please.",
        "Warum schlägt das fehl?", "Peux-tu expliquer cette erreur ?", "Wat gaat hier mis?",
        "¿Qué pasa aquí?", "Co tu jest nie tak?", "Who should review this change?"]


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    names = list(DOCS)
    for i in range(330):
        lg = LANGS[i % len(LANGS)]
        api = apis[(i // 3) % 4]
        ws = [Who(lg) for _ in range(rng.choice([1, 2, 3]))]
        docs = [names[i % len(names)]] + ([rng.choice(names)] if rng.random() < 0.3 else [])
        p = P()
        for d in docs:
            p.add(DOCS[d](ws)).t("\n")
        ascii_ = i % 3 == 0
        body, spans = ask_body(api, rng.choice(ASKS), p.text, p.spans, ascii_, i % 2 == 1)
        append_body(records, body, spans, {"locale": lg, "class": "dev", "api": api, "ascii": ascii_,
                                           "doc": "+".join(docs)})
    write_json(records)


main()
