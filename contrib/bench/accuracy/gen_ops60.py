#!/usr/bin/env python3
"""gen_ops60.py: people in operations material (tune set; branch ops60, written and committed
before hush was run on it), from the twenty-seventh blind set's public brief (its `ops` family: a
login, handle, home-directory or git user name that spells a person's name is PERSON) and the
author's own idea of such text, away from dev59b's shapes and not from any detector rule.

Documents (record metadata "doc"): syslog and journald JSON lines (pam_unix sessions, sshd,
su), nginx/Apache access logs with `remote_user`, Windows Security event XML (`TargetUserName`,
`SubjectUserName`), CloudTrail records (`userIdentity.userName`, IAM ARNs, assumed-role sessions),
GitHub audit-log entries (`actor`, `user`), Okta system-log events (`actor.alternateId`,
`displayName`), PagerDuty and Opsgenie webhook payloads (assignees, acknowledgers, responders,
owner), Slack incident-channel exports, post-mortem Markdown with timelines (`14:02 Maria paged
Jonas`), on-call rotas as Markdown tables and YAML layers, Rollbar/Bugsnag/Sentry user contexts,
macOS and Windows crash reports (`/Users/<login>/`, `C:\\Users\\<login>\\AppData`), `ps aux`,
`who` and `last` output, GitLab CI variables (`GITLAB_USER_LOGIN`, `GITLAB_USER_NAME`) and
Jenkins `Started by user`, Terraform tags and Helm Chart maintainers, failing request dumps with
a customer's data. People as full names, given names alone (capitalised and lower case), logins
of many patterns (`mkeller`, `keller.maria`, `MKeller`, `maria_k`, `mariakeller`, `m.keller`,
`CORP\\mkeller`), display names in JSON; a name pool of the author's own (not gen_typed_common's),
a third invented from syllables, a fifth of global origin.

Look-alikes at least twice the people, in the same slots: system and service accounts (NEG_ACCOUNT:
`root`, `SYSTEM`, `DC01$`, `svc-backup`, `nagios`), bots and integrations (NEG_BOT), hosts, pods
and namespaces (NEG_HOST), tools and services named like people (`Jenkins`, `Hermes`, `Athena`,
`Cassandra`, `Apollo`; NEG_PRODUCT), incident and alert names (NEG_ID), regions (NEG_REGION),
roles (NEG_ROLE), documentation-range client IPs (NEG_IP), placeholder users (`jdoe`, `test.user`, `guest`; NEG_PLACEHOLDER).
Request bodies of the four APIs, a third \\uXXXX, half compact. Writes JSON to stdout;
deterministic; stdlib only.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import fold, invent_syllables, write_json  # noqa: E402
from gen_bodies import P, ask_body, append_body  # noqa: E402
from gen_typed_common import SYL, END  # noqa: E402

rng = random.Random(20261207 + 6060)
LANGS = ["en", "en", "en", "de", "fr", "nl", "es", "it", "pl", "sv", "pt", "cs"]
# The author's own pool (first names, surnames) per language; gen_typed_common's lists left aside.
POOL = {
    "en": ("gareth siobhan nathan abigail owen harriet lewis tamsin douglas freya",
           "cartwright hollings pembroke stanhope okafor blackwood ramsay tennant"),
    "de": ("henrik annika florian theresa moritz carola stefan birgit lukas",
           "hartmann oberle wiesner kramer pohl seidel ziegler roth"),
    "fr": ("guillaume margaux thibault solène quentin amandine rémi clémence",
           "lambert perrin gauthier morel chevalier leblanc renaud"),
    "nl": ("pieter maaike ruben esther wouter ilse niels marloes",
           "hendriks brouwer kuipers vermeulen schouten peters"),
    "es": ("pablo alba marcos irene hugo celia adrián noelia",
           "serrano molina delgado cabrera vidal herrera"),
    "it": ("alessandro martina simone valentina federico ilaria tommaso",
           "marino gallo conti costa fontana caruso"),
    "pl": ("marcin joanna grzegorz ewa krzysztof monika",
           "zielinski szymanski wozniak dabrowski kaminski"),
    "sv": ("oskar emma gustav elin johan sara",
           "lundgren forsberg hedlund eklund bergman"),
    "pt": ("duarte leonor miguel catarina nuno sofia",
           "santos oliveira moreira teixeira lopes"),
    "cs": ("tomáš veronika martin petra lukáš",
           "horák svoboda pokorný marek růžička"),
}
POOL = {k: (g.split(), s.split()) for k, (g, s) in POOL.items()}
GLOBAL = ("chidi ananya kenji farah sipho mei-ling olumide devika rashid yuki".split(),
          "okeke venkataraman nakamura rahimi ndlovu chen adebayo iyer karimi hayashi".split())

ACCOUNTS = ["root", "nobody", "www-data", "postgres", "nagios", "prometheus", "svc-backup", "svc_etl",
            "deploy", "ansible", "ec2-user", "ubuntu", "systemd-resolve", "gitlab-runner", "healthcheck",
            "cron", "daemon", "backup-agent", "ci-deployer", "terraform-cloud"]
WINACCTS = ["SYSTEM", "LOCAL SERVICE", "NETWORK SERVICE", "ANONYMOUS LOGON", "DC01$", "SQLSVC", "svc_sql",
            "Administrator", "DWM-1", "UMFD-0"]
BOTS = ["incident-bot", "PagerDuty", "Opsgenie", "statuspage-bot", "alertmanager", "Grafana OnCall",
        "jira-automation", "github-actions[bot]", "sentry-bot", "firehydrant-bot"]
PRODUCTS = ["Jenkins", "Hermes", "Athena", "Cassandra", "Apollo", "Hugo", "Celery", "Ada", "Jarvis",
            "Sherlock", "Vera", "Gordon", "Oscar", "Marvin", "Sonar"]
HOSTS = ["bastion-eu-1", "ip-10-4-2-19", "web-03.prod", "payments-api-6c9d7f-x2kq9", "kafka-2",
         "gke-prod-pool-3-9f1b", "ns/payments-prod", "checkout-7d9f8b6c4-ltm5r", "db-primary-eu",
         "vpn-gw-02", "ingress-nginx-controller", "mon-01.dc2"]
REGIONS = ["eu-west-1", "us-east-2", "europe-west3", "ap-southeast-1", "westeurope", "fra1"]
ALERTS = ["KubePodCrashLooping", "HighErrorRate5xx", "INC-4412", "SEV2", "CheckoutLatencyP99",
          "DiskPressure", "INC-2231", "TargetDown", "SLOBurnRateFast", "NodeNotReady"]
ROLES = ["Incident Commander", "Scribe", "Comms Lead", "Ops Lead", "Subject Matter Expert", "Customer Liaison"]
PLACEHOLDERS = ["jdoe", "test.user", "guest", "anonymous", "demo", "user1", "John Doe", "Jane Smith", "admin"]
DOMS = ["acme.io", "corp.example-bank.com", "fabrik.de", "shop-group.eu"]
NETS = ["198.51.100.", "203.0.113.", "192.0.2."]


def cap(s):
    return " ".join(w[:1].upper() + w[1:] for w in s.split())


class Who:
    """A person: a full name and the logins, handles and mailboxes made from it."""

    def __init__(self, lg):
        r = rng.random()
        if r < 0.2:
            g, s = rng.choice(GLOBAL[0]), rng.choice(GLOBAL[1])
        elif r < 0.65:
            g, s = rng.choice(POOL[lg][0]), rng.choice(POOL[lg][1])
        else:
            g = invent_syllables(rng, SYL[lg], END[lg], False)
            s = invent_syllables(rng, SYL[lg], END[lg], True)
        self.g, self.s = cap(g), cap(s)
        self.full = self.g + " " + self.s
        fg = fold(self.g).lower().replace(" ", "").replace("-", "")
        fs = fold(self.s).lower().replace(" ", "")
        self.fg, self.fs = fg, fs
        self.logins = [fg[0] + fs, fs + "." + fg, fg + fs, fg + "_" + fs[0], fg[0] + "." + fs,
                       fs + fg[0], fg + "." + fs, fs + "_" + fg]
        self.win = fold(self.g)[0] + fold(self.s).replace(" ", "")  # MKeller

    def login(self):
        return rng.choice(self.logins)

    def mail(self):
        return rng.choice([self.fg + "." + self.fs, self.fg[0] + self.fs, self.fs + "." + self.fg]) + "@" + \
            rng.choice(DOMS)


def stamp():
    return "2026-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                             rng.randint(0, 59), rng.randint(0, 59))


def ip():
    return rng.choice(NETS) + str(rng.randint(1, 254))


def acct():
    return rng.choice(ACCOUNTS)


# ---- documents: each takes (people) and returns a piece ----------------------------------------------
def syslog(ws):
    p = P()
    for k in range(rng.randint(4, 6)):
        w, h = rng.choice(ws), rng.choice(HOSTS)
        p.t("Dec %2d %02d:%02d:%02d " % (rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59),
                                        rng.randint(0, 59))).s("NEG_HOST", h)
        m = k % 3
        if m == 0:
            p.t(" sshd[%d]: pam_unix(sshd:session): session opened for user " % rng.randint(200, 9999))
            p.s("PERSON", w.login()).t("(uid=%d) by (uid=0)\n" % rng.randint(1001, 1400))
        elif m == 1:
            p.t(" su[%d]: (to " % rng.randint(200, 9999)).s("NEG_ACCOUNT", acct()).t(") ")
            p.s("PERSON", w.login()).t(" on pts/%d\n" % rng.randint(0, 4))
        else:
            p.t(" CRON[%d]: pam_unix(cron:session): session opened for user " % rng.randint(200, 9999))
            p.s("NEG_ACCOUNT", acct()).t("(uid=0) by (uid=0)\n")
    p.t('{"_HOSTNAME":"').s("NEG_HOST", rng.choice(HOSTS)).t('","SYSLOG_IDENTIFIER":"sshd","_UID":"0",')
    w = rng.choice(ws)
    p.t('"MESSAGE":"Accepted publickey for ').s("PERSON", w.login()).t(" from ").s("NEG_IP", ip())
    p.t(' port 51234 ssh2: ED25519 SHA256:abc","PRIORITY":"6"}\n')
    p.t('{"_HOSTNAME":"').s("NEG_HOST", rng.choice(HOSTS)).t('","SYSLOG_IDENTIFIER":"').s("NEG_PRODUCT", "Hermes")
    p.t('","MESSAGE":"queue drained by ').s("NEG_ACCOUNT", acct()).t('","_SYSTEMD_UNIT":"hermes.service"}\n')
    return p


def access_log(ws):
    p = P()
    for k in range(rng.randint(4, 6)):
        p.s("NEG_IP", ip()).t(" - ")
        if k % 2 == 0:
            p.s("PERSON", rng.choice(ws).login())
        elif k % 4 == 1:
            p.t("-")
        else:
            p.s("NEG_PLACEHOLDER", rng.choice(["guest", "anonymous", "healthcheck", "demo"]))
        p.t(' [07/Dec/2026:%02d:%02d:%02d +0000] "%s /%s HTTP/1.1" %d %d "-" "' % (
            rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.choice(["GET", "POST"]),
            rng.choice(["api/v2/orders", "admin/reports", "grafana/d/slo", "jenkins/job/deploy"]),
            rng.choice([200, 401, 403, 502]), rng.randint(80, 90000)))
        p.s("NEG_PRODUCT", rng.choice(["Jenkins", "Apollo", "Marvin", "Sonar"])).t('/2.4 (probe)"\n')
    p.t("log_format main '$remote_addr - $remote_user [$time_local] \"$request\"';  # upstream ")
    p.s("NEG_HOST", rng.choice(HOSTS)).t("\n")
    return p


def winevent(ws):
    a, p = ws[0], P()
    p.t('<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><EventID>4625</EventID>'
        '<Computer>').s("NEG_HOST", rng.choice(["WKS-0412.corp.local", "DC01.corp.local", "FS02"]))
    p.t('</Computer></System><EventData>\n  <Data Name="SubjectUserName">').s("NEG_ACCOUNT", rng.choice(WINACCTS))
    p.t('</Data>\n  <Data Name="TargetUserName">').s("PERSON", rng.choice([a.win, a.login()]))
    p.t('</Data>\n  <Data Name="TargetDomainName">CORP</Data>\n  <Data Name="WorkstationName">')
    p.s("NEG_HOST", rng.choice(["WKS-0412", "LAPTOP-7H2K", "JUMP01"])).t('</Data>\n  <Data Name="IpAddress">')
    p.s("NEG_IP", ip()).t('</Data>\n</EventData></Event>\n')
    p.t("4624 An account was successfully logged on. Account Name: ").s("NEG_ACCOUNT", rng.choice(WINACCTS))
    p.t("  Account Domain: NT AUTHORITY\n")
    if len(ws) > 1:
        p.t("4720 A user account was created. New Account: CORP\\").s("PERSON", ws[1].login())
        p.t("  Creator: CORP\\").s("NEG_ACCOUNT", rng.choice(["svc_provision", "Administrator"])).t("\n")
    return p


def cloudtrail(ws):
    a, p = ws[0], P()
    lg = a.login()
    p.t('{"eventVersion": "1.09", "userIdentity": {"type": "IAMUser", "principalId": "AIDA%s", ' %
        "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ234567") for _ in range(12)))
    p.t('"arn": "arn:aws:iam::%d:user/' % rng.randint(10 ** 11, 10 ** 12 - 1)).s("PERSON", lg)
    p.t('", "userName": "').s("PERSON", lg).t('"}, "eventTime": "%s", "eventName": "%s", "awsRegion": "' % (
        stamp(), rng.choice(["DeleteBucket", "PutRolePolicy", "StopInstances", "ConsoleLogin"])))
    p.s("NEG_REGION", rng.choice(REGIONS)).t('", "sourceIPAddress": "').s("NEG_IP", ip()).t('"}\n')
    p.t('{"userIdentity": {"type": "AssumedRole", "arn": "arn:aws:sts::%d:assumed-role/' % rng.randint(10 ** 11, 10 ** 12 - 1))
    p.s("NEG_ACCOUNT", rng.choice(["ci-deployer", "OrganizationAccountAccessRole", "terraform-cloud"])).t("/")
    if len(ws) > 1:
        p.s("EMAIL_ADDRESS", ws[1].mail())
    else:
        p.s("NEG_ID", "i-0%x" % rng.getrandbits(56))
    p.t('", "sessionContext": {"sessionIssuer": {"userName": "').s("NEG_ACCOUNT", rng.choice(["ci-deployer", "AWSReservedSSO_Admin"]))
    p.t('"}}}, "eventName": "RunInstances", "awsRegion": "').s("NEG_REGION", rng.choice(REGIONS)).t('", "userAgent": "')
    p.s("NEG_PRODUCT", rng.choice(["Terraform/1.9.5", "Apollo-deployer/3.1", "aws-cli/2.17"])).t('"}\n')
    return p


def gh_audit(ws):
    p = P()
    for k in range(rng.randint(3, 5)):
        w = rng.choice(ws)
        act = rng.choice(["repo.destroy", "org.remove_member", "protected_branch.destroy", "team.add_member",
                          "repo.access"])
        p.t('{"@timestamp": %d, "action": "%s", "actor": "' % (rng.randint(1700000000000, 1800000000000), act))
        if k % 3 == 2:
            p.s("NEG_BOT", rng.choice(["github-actions[bot]", "dependabot[bot]", "renovate[bot]"]))
        else:
            p.s("PERSON", w.login())
        p.t('", "org": "').s("NEG_PRODUCT", rng.choice(["acme-athena", "hermes-platform"])).t('"')
        if act in ("org.remove_member", "team.add_member"):
            p.t(', "user": "').s("PERSON", rng.choice(ws).login()).t('", "team": "')
            p.s("NEG_ROLE", rng.choice(["acme/sre", "acme/payments-oncall"])).t('"')
        p.t(', "actor_location": {"country_code": "%s"}}\n' % rng.choice(["DE", "NL", "FR", "US", "PL"]))
    return p


def okta(ws):
    a, p = ws[0], P()
    p.t('{"eventType": "user.session.start", "displayMessage": "User login to Okta", "actor": {"id": "00u%x", '
        '"type": "User", "alternateId": "' % rng.getrandbits(48)).s("EMAIL_ADDRESS", a.mail())
    p.t('", "displayName": "').s("PERSON", a.full).t('"}, "client": {"ipAddress": "').s("NEG_IP", ip())
    p.t('", "geographicalContext": {"city": "').s("NEG_REGION", rng.choice(["Frankfurt am Main", "Amsterdam", "Dublin"]))
    p.t('"}}, "outcome": {"result": "FAILURE", "reason": "INVALID_CREDENTIALS"}, "target": [{"type": "AppInstance", '
        '"displayName": "').s("NEG_PRODUCT", rng.choice(["Jenkins", "Athena Analytics", "Apollo CRM"])).t('"}]}\n')
    p.t('{"eventType": "system.api_token.create", "actor": {"type": "User", "alternateId": "').s("EMAIL_ADDRESS", "svc-scim@acme.io")
    p.t('", "displayName": "').s("NEG_BOT", rng.choice(["Okta Workflows", "SCIM Provisioner"])).t('"}}\n')
    return p


def pager(ws):
    a, p = ws[0], P()
    if rng.random() < 0.5:
        p.t('{"event": {"event_type": "incident.acknowledged", "agent": {"type": "user_reference", "summary": "')
        p.s("PERSON", a.full).t('"}, "data": {"title": "').s("NEG_ID", rng.choice(ALERTS)).t(" on ")
        p.s("NEG_HOST", rng.choice(HOSTS)).t('", "service": {"summary": "').s("NEG_PRODUCT", rng.choice(PRODUCTS))
        p.t('"}, "escalation_policy": {"summary": "').s("NEG_ROLE", rng.choice(["SRE Primary", "Payments On-Call"]))
        p.t('"}, "assignees": [{"summary": "')
        p.s("PERSON", (ws[1] if len(ws) > 1 else a).full).t('", "type": "user_reference"}], "priority": {"summary": "')
        p.s("NEG_ID", "P%d" % rng.randint(1, 4)).t('"}}}}\n')
    else:
        p.t('{"action": "AddResponder", "alert": {"message": "').s("NEG_ID", rng.choice(ALERTS)).t('", "owner": "')
        p.s("EMAIL_ADDRESS", a.mail()).t('", "responders": [{"type": "team", "name": "')
        p.s("NEG_ROLE", rng.choice(["Platform", "SRE", "Database"])).t('"}, {"type": "user", "username": "')
        p.s("EMAIL_ADDRESS", (ws[-1]).mail()).t('"}], "source": "').s("NEG_BOT", rng.choice(["alertmanager", "Grafana OnCall"]))
        p.t('", "tags": ["').s("NEG_REGION", rng.choice(REGIONS)).t('", "').s("NEG_ID", rng.choice(ALERTS))
        p.t('"], "acknowledgedBy": "').s("PERSON", rng.choice([a.full, a.g])).t('"}}\n')
    return p


def slack(ws):
    a, p = ws[0], P()
    b = ws[1] if len(ws) > 1 else a
    ch = "#inc-%d-%s" % (rng.randint(1000, 9999), rng.choice(["checkout-latency", "db-failover", "login-errors"]))
    p.t("%s\n" % ch)
    p.t("[%02d:%02d] " % (rng.randint(8, 20), rng.randint(0, 59))).s("NEG_BOT", rng.choice(BOTS)).t(": ")
    p.s("NEG_ID", rng.choice(ALERTS)).t(" firing in ").s("NEG_REGION", rng.choice(REGIONS)).t("\n")
    p.t("[%02d:%02d] " % (rng.randint(8, 20), rng.randint(0, 59))).s("PERSON", a.full).t(": I'm IC, ")
    p.s("PERSON", b.g.lower()).t(" can you take comms? ").s("NEG_PRODUCT", rng.choice(PRODUCTS))
    p.t(" is timing out\n")
    p.t("[%02d:%02d] " % (rng.randint(8, 20), rng.randint(0, 59))).s("PERSON", b.login())
    p.t(": on it. rolling back ").s("NEG_HOST", rng.choice(HOSTS)).t("\n")
    p.t("[%02d:%02d] " % (rng.randint(8, 20), rng.randint(0, 59))).s("NEG_BOT", "incident-bot")
    p.t(": @").s("PERSON", a.login()).t(" set role ").s("NEG_ROLE", rng.choice(ROLES)).t(", @")
    p.s("PERSON", b.login()).t(" set role ").s("NEG_ROLE", rng.choice(ROLES)).t("\n")
    return p


LOCAL_VERBS = {"en": ("paged", "acked", "joined the bridge", "rolled back"),
               "de": ("alarmiert", "bestätigt", "ist im Call", "rollt zurück"),
               "fr": ("appelé", "acquitte", "rejoint le pont", "annule le déploiement"),
               "nl": ("gepaged", "bevestigt", "in de call", "draait terug"),
               "es": ("avisado", "confirma", "entra en la llamada", "revierte"),
               }


def postmortem(ws, lg):
    a = ws[0]
    b = ws[1] if len(ws) > 1 else Who(lg)
    v = LOCAL_VERBS.get(lg, LOCAL_VERBS["en"])
    p = P().t("# Post-mortem: ").s("NEG_ID", rng.choice(ALERTS)).t(" (").s("NEG_REGION", rng.choice(REGIONS)).t(")\n\n")
    p.t("**").s("NEG_ROLE", "Incident Commander").t(":** ").s("PERSON", a.full).t("  \n**")
    p.s("NEG_ROLE", "Scribe").t(":** ").s("PERSON", b.full).t("  \n**Detected by:** ").s("NEG_BOT", rng.choice(BOTS))
    p.t("\n\n## Timeline (UTC)\n\n")
    h = rng.randint(0, 21)
    p.t("- %02d:%02d " % (h, rng.randint(0, 19))).s("NEG_ID", rng.choice(ALERTS)).t(" fires, ")
    p.s("NEG_BOT", rng.choice(["PagerDuty", "Opsgenie"])).t(" pages primary\n")
    p.t("- %02d:%02d " % (h, rng.randint(20, 29))).s("PERSON", a.g).t(" %s\n" % v[1])
    p.t("- %02d:%02d " % (h, rng.randint(30, 39))).s("PERSON", a.g).t(" %s " % v[0]).s("PERSON", b.g).t("\n")
    p.t("- %02d:%02d " % (h, rng.randint(40, 49))).s("PERSON", b.g).t(" %s; " % v[2])
    p.s("NEG_PRODUCT", rng.choice(PRODUCTS)).t(" restarted on ").s("NEG_HOST", rng.choice(HOSTS)).t("\n")
    p.t("- %02d:%02d " % (h + 1, rng.randint(0, 59)))
    p.s("PERSON", rng.choice([b.g.lower(), b.g])).t(" %s " % v[3]).s("NEG_ID", "v%d.%d.%d" % (
        rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 9))).t("\n\n## Action items\n\n")
    p.t("| Item | Owner |\n|---|---|\n| Alert on ").s("NEG_ID", rng.choice(ALERTS)).t(" | ")
    p.s("PERSON", rng.choice([a.login(), a.g])).t(" |\n| Runbook for ").s("NEG_PRODUCT", rng.choice(PRODUCTS))
    p.t(" | ").s("NEG_ROLE", rng.choice(["SRE team", "Platform"])).t(" |\n")
    return p


def rota(ws):
    p = P()
    if rng.random() < 0.5:
        p.t("| Week | Primary | Secondary | Region |\n|---|---|---|---|\n")
        for k in range(rng.randint(2, 4)):
            x, y = rng.choice(ws), rng.choice(ws)
            p.t("| 2026-W%02d | " % rng.randint(1, 52)).s("PERSON", rng.choice([x.full, x.login()])).t(" | ")
            if k == 1:
                p.s("NEG_BOT", rng.choice(["Grafana OnCall", "unassigned"]))
            else:
                p.s("PERSON", rng.choice([y.g, y.login(), y.full]))
            p.t(" | ").s("NEG_REGION", rng.choice(REGIONS)).t(" |\n")
    else:
        p.t("schedule:\n  name: ").s("NEG_ROLE", rng.choice(["sre-primary", "payments-oncall"])).t("\n  timezone: ")
        p.s("NEG_REGION", rng.choice(["Europe/Berlin", "Europe/Amsterdam", "UTC"])).t("\n  layers:\n")
        p.t("    - rotation: weekly\n      users:\n")
        for w in ws:
            p.t("        - ").s("PERSON", w.login()).t("\n")
        p.t("        - ").s("NEG_ACCOUNT", rng.choice(["oncall-fallback", "sre-shadow"])).t("\n")
        p.t("  overrides:\n    - user: ").s("PERSON", ws[0].login()).t("\n      start: %s\n" % stamp())
        p.t("  escalation: ").s("NEG_PRODUCT", rng.choice(PRODUCTS)).t("-escalation\n")
    return p


def tracker(ws):
    a, p = ws[0], P()
    r = rng.random()
    if r < 0.34:
        p.t('{"data": {"environment": "production", "person": {"id": "%d", "username": "' % rng.randint(10, 99999))
        p.s("PERSON", a.login()).t('", "email": "').s("EMAIL_ADDRESS", a.mail()).t('"}, "server": {"host": "')
        p.s("NEG_HOST", rng.choice(HOSTS)).t('"}, "framework": "').s("NEG_PRODUCT", rng.choice(["Celery", "Hugo"]))
        p.t('"}}\n')
    elif r < 0.67:
        p.t('{"events": [{"exceptions": [{"errorClass": "TimeoutError"}], "user": {"id": "u_%x", "name": "' % rng.getrandbits(32))
        p.s("PERSON", a.full).t('", "email": "').s("EMAIL_ADDRESS", a.mail()).t('"}, "app": {"releaseStage": "')
        p.s("NEG_REGION", rng.choice(REGIONS)).t('"}, "device": {"hostname": "').s("NEG_HOST", rng.choice(HOSTS)).t('"}}]}\n')
    else:
        p.t('Sentry event %032x\nUser\n  ID: %d\n  Username: ' % (rng.getrandbits(128), rng.randint(10, 9999)))
        p.s("PERSON", a.login()).t("\n  IP Address: ").s("NEG_IP", ip()).t("\n  Geo: ")
        p.s("NEG_REGION", rng.choice(["Lisbon, PT", "Utrecht, NL", "Kraków, PL"])).t("\nTags\n  server_name: ")
        p.s("NEG_HOST", rng.choice(HOSTS)).t("\n  handler: ").s("NEG_PRODUCT", rng.choice(PRODUCTS)).t("\n")
    p.t("breadcrumb: login as ").s("NEG_PLACEHOLDER", rng.choice(PLACEHOLDERS)).t(" (fixture)\n")
    return p


def crash(ws):
    a, p = ws[0], P()
    lg = a.login()
    if rng.random() < 0.5:
        p.t("Process:               ").s("NEG_PRODUCT", rng.choice(["Jarvis", "Marvin", "Sherlock"])).t(" [%d]\n" % rng.randint(100, 99999))
        p.t("Path:                  /Users/").s("PERSON", lg).t("/Applications/Tools.app/Contents/MacOS/Tools\n")
        p.t("Identifier:            com.acme.tools\nCrashed Thread:        0  Dispatch queue: com.apple.main-thread\n")
        p.t("Exception Type:        EXC_BAD_ACCESS (SIGSEGV)\n0   libsystem_kernel.dylib  0x00007ff8 __pthread_kill + 10\n")
        p.t("Binary Images: /Users/").s("PERSON", lg).t("/Library/Frameworks/Acme.framework\n")
        p.t("Anonymous UUID:        %08X-1C2D-4E5F-8A9B-0C1D2E3F4A5B\nOwner:  ").s("NEG_ACCOUNT", "root").t("\n")
    else:
        who = rng.choice([a.login(), a.win])
        p.t("Faulting application name: ").s("NEG_PRODUCT", rng.choice(["Athena.exe", "Hermes.Agent.exe"]))
        p.t(", version: 4.2.%d.0\nFaulting module path: C:\\Users\\" % rng.randint(1, 900)).s("PERSON", who)
        p.t("\\AppData\\Local\\Acme\\core.dll\nReport Id: %08x\nDump written to C:\\Users\\" % rng.getrandbits(32))
        p.s("PERSON", who).t("\\AppData\\Local\\CrashDumps\\app.exe.%d.dmp\nService account: " % rng.randint(100, 9999))
        p.s("NEG_ACCOUNT", rng.choice(WINACCTS)).t(" on ").s("NEG_HOST", rng.choice(["WKS-0412", "TERM-SRV-02"])).t("\n")
    return p


def procs(ws):
    p = P()
    kind = rng.random()
    if kind < 0.4:
        p.t("$ ps aux | head\nUSER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n")
        rows = [(None, acct()) for _ in range(3)] + [(w, None) for w in ws]
        rng.shuffle(rows)
        for w, ac in rows:
            if w:
                lg = w.login()[:12]
                p.s("PERSON", lg).t(" " * max(1, 12 - len(lg)))
            else:
                p.s("NEG_ACCOUNT", ac[:12]).t(" " * max(1, 12 - len(ac[:12])))
            p.t(" %5d  0.%d  1.%d 812344 45012 pts/1    S+   09:%02d   0:01 python3 %s.py\n" % (
                rng.randint(100, 99999), rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 59),
                rng.choice(["train", "worker", "etl"])))
    elif kind < 0.7:
        p.t("$ who\n")
        for w in ws:
            lg = w.login()
            p.s("PERSON", lg).t(" " * max(1, 9 - len(lg)) + "pts/%d        2026-12-07 %02d:%02d (" % (
                rng.randint(0, 5), rng.randint(6, 20), rng.randint(0, 59))).s("NEG_IP", ip()).t(")\n")
        p.s("NEG_ACCOUNT", "ansible").t("  pts/9        2026-12-07 04:00 (").s("NEG_HOST", "bastion-eu-1").t(")\n")
    else:
        p.t("$ last -n 6\n")
        for w in ws:
            lg = w.login()[:8]
            p.s("PERSON", lg).t(" " * max(1, 9 - len(lg)) + "pts/%d        " % rng.randint(0, 5)).s("NEG_IP", ip())
            p.t("    Mon Dec  7 %02d:%02d   still logged in\n" % (rng.randint(6, 20), rng.randint(0, 59)))
        p.s("NEG_ACCOUNT", "reboot").t("   system boot  6.8.0-49-generic Mon Dec  7 03:58   still running\n")
        p.s("NEG_ACCOUNT", "root").t("     tty1                          Sun Dec  6 22:10 - 22:14  (00:03)\n")
    return p


def ci(ws):
    a, p = ws[0], P()
    if rng.random() < 0.5:
        p.t("Running with gitlab-runner 17.5.2 on ").s("NEG_HOST", rng.choice(HOSTS)).t("\n$ env | grep GITLAB_USER\n")
        p.t("GITLAB_USER_LOGIN=").s("PERSON", a.login()).t("\nGITLAB_USER_NAME=").s("PERSON", a.full)
        p.t("\nGITLAB_USER_EMAIL=").s("EMAIL_ADDRESS", a.mail()).t("\nCI_RUNNER_DESCRIPTION=").s("NEG_PRODUCT", rng.choice(PRODUCTS))
        p.t("-runner\nCI_JOB_NAME=deploy:").s("NEG_REGION", rng.choice(REGIONS)).t("\nERROR: Job failed: exit code 1\n")
    else:
        p.t("Started by user ").s("PERSON", a.full).t("\nRunning as ").s("NEG_ACCOUNT", "SYSTEM")
        p.t("\n[Pipeline] node\nRunning on ").s("NEG_PRODUCT", rng.choice(["Jenkins", "Hermes", "Apollo"]))
        p.t(" agent ").s("NEG_HOST", rng.choice(HOSTS)).t(" in /var/lib/jenkins/workspace/deploy\n")
        if len(ws) > 1:
            p.t("Started by upstream project \"release\" build number 88, originally caused by:\n Started by user ")
            p.s("PERSON", ws[1].login()).t("\n")
        p.t("Started by timer\nFinished: FAILURE\n")
    return p


def iac(ws):
    a, p = ws[0], P()
    if rng.random() < 0.5:
        p.t('resource "aws_instance" "').s("NEG_PRODUCT", rng.choice(["athena_etl", "hermes_relay", "cassandra_seed"]))
        p.t('" {\n  tags = {\n    Owner       = "').s("PERSON", rng.choice([a.login(), a.full]))
        p.t('"\n    CostCenter  = "cc-%d"\n    ManagedBy   = "' % rng.randint(100, 999)).s("NEG_ACCOUNT", "terraform-cloud")
        p.t('"\n    Environment = "').s("NEG_REGION", rng.choice(REGIONS)).t('"\n  }\n}\n')
    else:
        p.t("apiVersion: v2\nname: ").s("NEG_PRODUCT", rng.choice(["jarvis", "sherlock", "apollo"])).t("\nversion: 1.%d.0\nmaintainers:\n" % rng.randint(0, 40))
        for w in ws:
            p.t("  - name: ").s("PERSON", rng.choice([w.full, w.login()])).t("\n    email: ").s("EMAIL_ADDRESS", w.mail()).t("\n")
        p.t("  - name: ").s("NEG_ROLE", rng.choice(["platform-team", "SRE"])).t("\n")
    p.t("# labels: owner.acme.io/escalation=").s("NEG_ROLE", rng.choice(["sre-primary", "payments"]))
    p.t(" namespace=").s("NEG_HOST", rng.choice(["payments-prod", "kube-system", "monitoring"])).t("\n")
    return p


def request_dump(ws, lg):
    a, p = ws[0], P()
    p.t("POST /v1/customers HTTP/1.1\nHost: ").s("NEG_HOST", "api.internal").t("\nX-Request-Id: %x\n\n" % rng.getrandbits(64))
    p.t('{"first_name": "').s("PERSON", a.g).t('", "last_name": "').s("PERSON", a.s).t('", "email": "')
    p.s("EMAIL_ADDRESS", a.mail()).t('", "plan": "').s("NEG_PRODUCT", rng.choice(["Apollo Pro", "Athena Basic"]))
    p.t('", "created_by": "').s("NEG_ACCOUNT", rng.choice(["svc-signup", "api-gateway"])).t('"}\n')
    p.t("HTTP/1.1 422 Unprocessable Entity\n").t('{"error": "duplicate customer ').s("PERSON", a.full)
    p.t(' (region ').s("NEG_REGION", rng.choice(REGIONS)).t(')"}\n')
    return p


def context_line():
    """A line with no person in it that ops material carries around the people (the look-alikes'
    own slots: alert, namespace, pod, service, account)."""
    p = P()
    k = rng.random()
    if k < 0.5:
        p.t("[").s("NEG_BOT", rng.choice(["alertmanager", "Grafana OnCall", "statuspage-bot"])).t("] alertname=")
        p.s("NEG_ID", rng.choice(ALERTS)).t(" namespace=").s("NEG_HOST", rng.choice(["payments-prod", "monitoring", "kube-system"]))
        p.t(" service=").s("NEG_PRODUCT", rng.choice(PRODUCTS)).t(" runbook_owner=").s("NEG_ACCOUNT", acct()).t("\n")
    else:
        p.t("NAME                                READY   STATUS             RESTARTS   AGE\n")
        p.s("NEG_HOST", rng.choice(HOSTS)).t("   0/1     CrashLoopBackOff   %d          %dm\n" % (rng.randint(3, 40), rng.randint(2, 90)))
        p.t("# run as ").s("NEG_ACCOUNT", acct()).t(" in ").s("NEG_REGION", rng.choice(REGIONS)).t(" by ")
        p.s("NEG_PRODUCT", rng.choice(PRODUCTS)).t("\n")
    return p


DOCS = {"syslog": syslog, "access": access_log, "winevent": winevent, "cloudtrail": cloudtrail,
        "ghaudit": gh_audit, "okta": okta, "pager": pager, "slack": slack, "postmortem": postmortem,
        "rota": rota, "tracker": tracker, "crash": crash, "procs": procs, "ci": ci, "iac": iac,
        "request": request_dump}
NEEDS_LANG = ("postmortem", "request")
ASKS = ["What went wrong here?", "Summarise this incident for the status page.", "Can you find the root cause?",
        "Who touched this last?", "Was ist hier passiert?", "Qu'est-ce qui a cassé ?", "Wat ging er mis?",
        "¿Puedes resumir el incidente?", "Cosa è successo?", "Draft the post-mortem from this."]


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    names = list(DOCS)
    for i in range(352):
        lg = LANGS[i % len(LANGS)]
        api = apis[(i // 3) % 4]
        ws = [Who(lg) for _ in range(rng.choice([1, 2, 2, 3]))]
        docs = [names[i % len(names)]] + ([rng.choice(names)] if rng.random() < 0.3 else [])
        p = P()
        for d in docs:
            p.add(DOCS[d](ws, lg) if d in NEEDS_LANG else DOCS[d](ws)).t("\n")
        p.add(context_line())
        ascii_ = i % 3 == 0
        body, spans = ask_body(api, rng.choice(ASKS), p.text, p.spans, ascii_, i % 2 == 1)
        append_body(records, body, spans, {"locale": lg, "class": "ops", "api": api, "ascii": ascii_,
                                           "doc": "+".join(docs)})
    write_json(records)


main()
