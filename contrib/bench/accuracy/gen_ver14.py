#!/usr/bin/env python3
"""gen_ver14.py: versions, citations and section numbers beside real IPs and phones (stop 36, ver14).

A user judges hush by what reaches the model: a masked version string or case citation breaks the
prompt. This corpus holds four-part and longer versions where developers write them (pip freeze,
requirements, npm/yarn/pnpm, Maven/Gradle, NuGet, dpkg -l, rpm -qa, Docker tags, user agents,
Windows builds, firmware, browser versions, SNMP OIDs, changelogs, git tags, CMake, file names,
Bump commits, `==`, `@`, `-`, `v`), law-report and journal citations of en/de/fr/nl/es/it courts
(`(2019) 123 ALR 456`, `[2017] UKSC 45`, `NJW 2019, 1234`), page and section numbers (all NEG_*),
and in the same places real IPv4 addresses (log lines, access logs, ssh/ping/curl/dig output,
iptables, firewall and k8s configs, X-Forwarded-For, `from <ip>`, `Host:`, `server <ip>`, .env
files; IP_ADDRESS, none in a documentation range) and phones with area codes in parentheses
(US/DE/FR/NL/UK/IT/ES, `(0)` forms; PHONE_NUMBER). Written before the detectors were read.

A record's metadata class is `TYPE:shape` (`neg:shape` for look-alikes).

    python3 gen_ver14.py > data/ver14.json

Deterministic (fixed seed); Python stdlib only.
"""
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import append_record, write_json  # noqa: E402

R = random.Random(20261204 + 14)
records = []

# ---- values -----------------------------------------------------------------------------------


def ip():
    """A public IPv4 address: no private, loopback, link-local, CGNAT, multicast or doc range."""
    while True:
        a = R.randint(1, 223)
        b, c, d = R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)
        if a in (10, 127, 0, 100, 169, 172, 192, 198, 203, 224):
            continue
        return "%d.%d.%d.%d" % (a, b, c, d)


def ver4(big=False):
    """A four-part version whose parts are all <= 255 (shaped like an address) unless big."""
    parts = [R.randint(0, 30), R.randint(0, 40), R.randint(0, 60), R.randint(0, 255)]
    if big:
        parts[3] = R.randint(256, 9999)
    return ".".join(str(p) for p in parts)


def ver5():
    return ".".join(str(R.randint(0, 40)) for _ in range(R.choice([5, 5, 6])))


def d(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def d1(n):
    return R.choice("23456789") + d(n - 1)


PKG = ["pytest", "sqlalchemy", "protobuf", "grpcio", "numpy", "pandas", "requests", "urllib3",
       "boto3", "botocore", "cryptography", "pyyaml", "django", "flask", "celery", "redis",
       "setuptools", "wheel", "pip", "torch", "tensorflow", "onnxruntime", "uvicorn", "pydantic"]
NPM = ["lodash", "react", "react-dom", "typescript", "webpack", "eslint", "express", "axios",
       "@types/node", "@babel/core", "vite", "next", "jest", "@angular/core", "rxjs"]
MAVEN = ["org.springframework:spring-core", "com.google.guava:guava", "io.netty:netty-all",
         "org.apache.commons:commons-lang3", "com.fasterxml.jackson.core:jackson-databind",
         "org.hibernate:hibernate-core", "io.grpc:grpc-netty"]
NUGET = ["Newtonsoft.Json", "Serilog", "Microsoft.Extensions.Logging", "AutoMapper", "Dapper",
         "Polly", "NLog", "EntityFramework"]
DEB = ["libssl3", "openssh-server", "libc6", "nginx-common", "libnss3", "zlib1g", "curl",
       "libpq5", "python3.11", "systemd"]
RPM = ["kernel", "openssl-libs", "glibc", "httpd", "bash", "sudo", "systemd-libs"]
IMG = ["postgres", "nginx", "redis", "node", "python", "openjdk", "mysql", "elasticsearch",
       "grafana/grafana", "bitnami/kafka"]

# ---- records ----------------------------------------------------------------------------------


def rec(cls, lg, parts):
    """parts: strings and (label, value) pairs in text order."""
    text, spans = "", []
    for p in parts:
        if isinstance(p, tuple):
            spans.append({"entity_type": p[0], "entity_value": p[1], "start_position": len(text),
                          "end_position": len(text) + len(p[1])})
            text += p[1]
        else:
            text += p
    append_record(records, text, spans, lg, cls)


def fill(cls, lg, tpl, **kw):
    """tpl: text with {KEY} placeholders; kw: KEY -> (label, value) or a plain string."""
    parts = []
    for piece in re.split(r"(\{[A-Z0-9_]+\})", tpl):
        if piece.startswith("{") and piece.endswith("}"):
            parts.append(kw[piece[1:-1]])
        elif piece:
            parts.append(piece)
    rec(cls, lg, parts)


def V(v):
    return ("NEG_VERSION", v)


def IP(v=None):
    return ("IP_ADDRESS", v or ip())


def PH(v):
    return ("PHONE_NUMBER", v)


def stamp():
    return "2026-%02d-%02dT%02d:%02d:%02dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23),
                                              R.randint(0, 59), R.randint(0, 59))


def clf_time():
    return "%02d/%s/2026:%02d:%02d:%02d +0000" % (
        R.randint(1, 28), R.choice(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Oct"]),
        R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


# ---- versions (NEG_VERSION) -------------------------------------------------------------------

VERSION_TPL = [
    ("pip_freeze", "{P}=={V}"),
    ("pip_show", "Name: {P}\nVersion: {V}\nSummary: ..."),
    ("pip_install", "Successfully installed {P}-{V} six-1.16.0"),
    ("requirements", "{P}>={V},<{M}.0"),
    ("sdist", "Downloading {P}-{V}.tar.gz (1.2 MB)"),
    ("wheel", "{P}-{V}-py3-none-any.whl"),
    ("pkg_space", "I'm on {P} {V} and the test still fails"),
    ("upgrade", "after upgrading {P} from {V} to {V2} the import breaks"),
    ("npm_at", "npm install {N}@{V}"),
    ("yarn", "{N}@^{V}:\n  version \"{V2}\""),
    ("pnpm", "+ {N} {V}"),
    ("package_json", "\"{N}\": \"~{V}\","),
    ("maven", "<version>{V}</version>"),
    ("gradle", "implementation '{MV}:{V}'"),
    ("nuget", "<PackageReference Include=\"{NU}\" Version=\"{V}\" />"),
    ("nuget_cli", "dotnet add package {NU} --version {V}"),
    ("dpkg", "ii  {D}  {V}-1ubuntu1  amd64  library"),
    ("apt", "Setting up {D} ({V}-2) ..."),
    ("rpm", "{RP}-{V}-1.el9.x86_64"),
    ("docker_tag", "image: {IMG}:{V}"),
    ("docker_from", "FROM {IMG}:{V}-alpine"),
    ("ua_chrome", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/{VB} Safari/537.36"),
    ("ua_edge", "Edg/{VB}"),
    ("chrome_about", "Google Chrome is up to date. Version {VB} (Official Build) (64-bit)"),
    ("windows", "Microsoft Windows [Version {VB}]"),
    ("winver", "OS Build {V}"),
    ("firmware", "Firmware version: {V}"),
    ("firmware_v", "flashed router to FW v{V} yesterday"),
    ("changelog_md", "## [{V}] - 2026-03-14"),
    ("changelog_deb", "{D} ({V}-1) unstable; urgency=medium"),
    ("git_tag", "git tag -a v{V} -m 'release'"),
    ("git_tag_release", "git checkout release-{V}"),
    ("cmake", "project(myproj VERSION {V} LANGUAGES C)"),
    ("cmake_min", "cmake_minimum_required(VERSION {V})"),
    ("file_name", "setup_{V}.exe"),
    ("file_name_dash", "installer-{V}-x64.msi"),
    ("bump", "Bump {P} from {V} to {V2}"),
    ("bump_deps", "build(deps): bump {N} from {V} to {V2}"),
    ("version_eq", "version = \"{V}\""),
    ("version_colon", "Version: {V}"),
    ("assembly", "[assembly: AssemblyVersion(\"{V}\")]"),
    ("v_prefix", "fixed in v{V}, see the release notes"),
    ("ver_word", "works with ver. {V} only"),
    ("driver", "NVIDIA driver {V} installed"),
    ("java", "openjdk version \"{V}\" 2024-01-16"),
    ("php_ext", "PHP Version => {V}"),
    ("long5", "{P} {V5}"),
    ("long5_v", "release v{V5}"),
]


def version_records():
    for shape, tpl in VERSION_TPL:
        for _ in range(3):
            lg = R.choice(["en", "de", "fr", "nl", "es", "it"])
            kw = {"P": R.choice(PKG), "N": R.choice(NPM), "MV": R.choice(MAVEN),
                  "NU": R.choice(NUGET), "D": R.choice(DEB), "RP": R.choice(RPM),
                  "IMG": R.choice(IMG), "M": str(R.randint(2, 30)),
                  "V": V(ver4()), "V2": V(ver4()), "VB": V(ver4(big=True)), "V5": V(ver5())}
            fill("neg:" + shape, lg, tpl, **kw)


OIDS = ["1.3.6.1.2.1.1.3.0", "1.3.6.1.4.1.2021.10.1.3.1", "1.3.6.1.2.1.2.2.1.10", "1.3.6.1.2.1.1.5.0",
        "1.2.840.113549.1.1.11", "1.3.6.1.4.1.311.21.7", "1.3.6.1.2.1.25.3.3.1.2",
        "1.2.840.10045.4.3.2", "1.3.6.1.5.5.7.3.1", "2.16.840.1.101.3.4.2.1"]


def oid_records():
    for o in OIDS:
        fill("neg:oid_snmp", "en", "snmpget -v2c -c public localhost {O}", O=("NEG_OID", o))
        fill("neg:oid_asn1", "en", "OBJECT IDENTIFIER {O} (see the MIB)", O=("NEG_OID", o))


# ---- citations and section numbers (NEG_CITATION, NEG_SECTION) ---------------------------------


def year():
    return str(R.randint(1905, 2025))


def cite_en():
    y, vol, pg = year(), str(R.randint(100, 299)), str(R.randint(1, 999))
    return R.choice([
        "(%s) %s CLR %s" % (y, vol, pg), "(%s) %s ALR %s" % (y, vol, pg),
        "(%s) %s at %d" % (y, vol, R.randint(1, 99)), "[%s] UKSC %d" % (y, R.randint(1, 60)),
        "[%s] EWCA Civ %d" % (y, R.randint(1, 1999)), "[%s] AC %s" % (y, pg),
        "(%s) %s Harv. L. Rev. %s" % (y, vol, pg), "(%s) %s FCR %s" % (y, vol, pg),
        "(%s) %s %s-%s" % (y, vol, pg, str(int(pg) + R.randint(3, 40))),
        "%s U.S. %s (%s)" % (vol, pg, y)])


def cite_de():
    y = str(R.randint(1990, 2025))
    return R.choice([
        "NJW %s, %d" % (y, R.randint(100, 3999)),
        "BGH, Urteil vom %d.%d.%s - VI ZR %d/%s" % (R.randint(1, 28), R.randint(1, 12), y,
                                                    R.randint(1, 499), y[2:]),
        "BVerfGE %d, %d (%d)" % (R.randint(1, 160), R.randint(1, 400), R.randint(1, 400)),
        "NJW %s, %d (%d)" % (y, R.randint(1000, 3000), R.randint(1000, 3000)),
        "(%s) %d NJW %d" % (y, R.randint(100, 299), R.randint(1, 999))])


def cite_fr():
    y = str(R.randint(1990, 2025))
    return R.choice([
        "Cass. civ. 1re, %d mars %s, n° %d-%d" % (R.randint(1, 28), y, R.randint(10, 24),
                                                  R.randint(10000, 29999)),
        "CE, %d mai %s, n° %d" % (R.randint(1, 28), y, R.randint(100000, 499999)),
        "D. %s, p. %d" % (y, R.randint(100, 2999)),
        "(%s) %d RTD civ. %d" % (y, R.randint(100, 299), R.randint(1, 999))])


def cite_nl():
    y = str(R.randint(1990, 2025))
    return R.choice([
        "HR %d maart %s, ECLI:NL:HR:%s:%d, NJ %s/%d" % (R.randint(1, 28), y, y, R.randint(100, 2999),
                                                         y, R.randint(1, 499)),
        "NJ %s/%d" % (y, R.randint(1, 499)), "(%s) %d AA %d" % (y, R.randint(100, 299), R.randint(1, 999))])


def cite_es():
    y = str(R.randint(1990, 2025))
    return R.choice([
        "STS %d/%s, de %d de marzo" % (R.randint(100, 2999), y, R.randint(1, 28)),
        "(RJ %s, %d)" % (y, R.randint(1000, 9999)),
        "(%s) %d RDP %d" % (y, R.randint(100, 299), R.randint(1, 999))])


def cite_it():
    y = str(R.randint(1990, 2025))
    return R.choice([
        "Cass. civ., sez. III, %d marzo %s, n. %d" % (R.randint(1, 28), y, R.randint(1000, 29999)),
        "Foro it. %s, I, %d" % (y, R.randint(100, 2999)),
        "(%s) %d Riv. dir. civ. %d" % (y, R.randint(100, 299), R.randint(1, 999))])


CITE = {"en": cite_en, "de": cite_de, "fr": cite_fr, "nl": cite_nl, "es": cite_es, "it": cite_it}
CITE_PRE = {"en": ["Smith v Jones (No 2) ", "See Donoghue v Stevenson ", "cf. Mabo v Queensland ",
                   "As held in R v Brown "],
            "de": ["Vgl. ", "So auch der BGH in ", "Siehe "],
            "fr": ["Voir ", "Cf. ", "Jurisprudence constante : "],
            "nl": ["Zie ", "Vgl. ", "Aldus "],
            "es": ["Véase ", "Cfr. ", "Según la "],
            "it": ["Si veda ", "Cfr. ", "Così "]}
CITE_POST = {"en": [".", ", at [42].", "; applied in later cases.", " (HCA)."],
             "de": [".", " m.w.N.", ", Rn. 12."], "fr": [".", ", note critique."],
             "nl": [".", ", r.o. 3.4."], "es": [".", ", FJ 3º."], "it": [".", ", con nota."]}


def citation_records():
    for lg in CITE:
        for _ in range(12 if lg == "en" else 6):
            c = CITE[lg]()
            fill("neg:cite_" + lg, lg, R.choice(CITE_PRE[lg]) + "{C}" + R.choice(CITE_POST[lg]),
                 C=("NEG_CITATION", c))
    for _ in range(6):  # the bare shape that reads like a phone: "(2019) 123 at 9" etc.
        fill("neg:cite_bare", "en", "{C} is the leading authority.",
             C=("NEG_CITATION", "(%s) %d %s %d" % (year(), R.randint(100, 299),
                                                    R.choice(["CLR", "ALR", "QB", "at", "WLR"]),
                                                    R.randint(1, 999))))
    sections = [
        ("en", "see section {S} of the spec"), ("en", "as described in §{S}"),
        ("en", "RFC 9110, Section {S}"), ("de", "gemäß Abschnitt {S} der Norm"),
        ("fr", "voir le paragraphe {S}"), ("nl", "zie paragraaf {S}"),
        ("es", "véase el apartado {S}"), ("it", "vedi il paragrafo {S}"),
        ("en", "ISO 26262-6 clause {S}"), ("en", "Table {S} lists the limits"),
        ("en", "pages {P}"), ("de", "S. {P}"), ("fr", "pp. {P}"), ("it", "pagg. {P}")]
    for lg, tpl in sections:
        for _ in range(2):
            s = "%d.%d.%d.%d" % (R.randint(1, 12), R.randint(1, 9), R.randint(1, 9), R.randint(1, 9))
            p0 = R.randint(100, 1999)
            fill("neg:section", lg, tpl, S=("NEG_SECTION", s),
                 P=("NEG_SECTION", "%d-%d" % (p0, p0 + R.randint(2, 30))))


# ---- real IPs (IP_ADDRESS) --------------------------------------------------------------------

IP_TPL = [
    ("nginx_access", "{IP} - - [{T}] \"GET /api/v1/items HTTP/1.1\" 200 512 \"-\" \"curl/8.5.0\""),
    ("nginx_ua", "{IP} - - [{T}] \"GET / HTTP/2.0\" 200 1024 \"-\" \"Mozilla/5.0 (X11; Linux x86_64) "
     "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{VB} Safari/537.36\""),
    ("apache_error", "[client {IP}:51234] AH01630: client denied by server configuration"),
    ("log_from", "{TS} sshd[2231]: Failed password for root from {IP} port 51822 ssh2"),
    ("log_accepted", "Accepted publickey for deploy from {IP} port 40112 ssh2"),
    ("ssh", "ssh admin@{IP}"),
    ("ssh_p", "ssh -p 2222 ubuntu@{IP}"),
    ("ping", "ping {IP}"),
    ("ping_out", "64 bytes from {IP}: icmp_seq=1 ttl=54 time=12.3 ms"),
    ("curl_trying", "*   Trying {IP}:443..."),
    ("curl_connected", "* Connected to api.internal ({IP}) port 443"),
    ("dig_answer", "api.shop.io.\t300\tIN\tA\t{IP}"),
    ("dig_server", ";; SERVER: {IP}#53({IP2}) (UDP)"),
    ("iptables", "iptables -A INPUT -s {IP} -j DROP"),
    ("iptables_d", "-A FORWARD -d {IP}/32 -p tcp --dport 5432 -j ACCEPT"),
    ("ufw", "ufw allow from {IP} to any port 22"),
    ("k8s_lb", "  loadBalancerIP: {IP}"),
    ("k8s_ext", "  externalIPs:\n    - {IP}"),
    ("xff", "X-Forwarded-For: {IP}, {IP2}"),
    ("xreal", "X-Real-IP: {IP}"),
    ("host_hdr", "Host: {IP}:8080"),
    ("server_kw", "server {IP}:8080 weight=5;"),
    ("upstream", "proxy_pass http://{IP}:3000;"),
    ("nameserver", "nameserver {IP}"),
    ("env_host", "DB_HOST={IP}\nDB_PORT=5432"),
    ("env_url", "REDIS_URL=redis://{IP}:6379/0"),
    ("inet", "    inet {IP}/24 brd {IP2} scope global eth0"),
    ("gateway", "default via {IP} dev eth0 proto dhcp"),
    ("ip_eq", "tcpdump -i eth0 'ip.src == {IP}'"),
    ("wireshark", "ip.addr == {IP} && tcp.port == 443"),
    ("to_ip", "connection to {IP} timed out"),
    ("mysql_h", "mysql -h {IP} -u app -p"),
    ("json_ip", "{\"client_ip\": \"{IP}\", \"status\": 403}"),
    ("json_remote", "{\"remote_addr\":\"{IP}\",\"ua\":\"okhttp/4.12.0\"}"),
    ("prose_ip", "Our VPS at {IP} keeps dropping connections since the update"),
    ("version_near", "nginx {V} on {IP} returns 502 after reload"),
    ("version_near2", "Upgraded {P} to {V}; the worker at {IP} still serves the old build"),
    ("hosts", "{IP}\tdb01.internal db01"),
    ("haproxy", "    server web1 {IP}:80 check"),
    ("fail2ban", "fail2ban.actions: NOTICE [sshd] Ban {IP}"),
    ("traceroute", " 5  core1.fra ({IP})  11.2 ms  10.9 ms  11.0 ms"),
    ("netstat", "tcp  0  0 {IP}:22  {IP2}:53211  ESTABLISHED"),
    ("aws_sg", "aws ec2 authorize-security-group-ingress --cidr {IP}/32"),
    ("syslog_addr", "kernel: [UFW BLOCK] IN=eth0 SRC={IP} DST={IP2} PROTO=TCP"),
]


def ip_records():
    for shape, tpl in IP_TPL:
        for _ in range(3):
            fill("IP_ADDRESS:" + shape, "en", tpl, IP=IP(), IP2=IP(), T=clf_time(), TS=stamp(),
                 VB=V(ver4(big=True)), V=V(ver4()), P=R.choice(PKG))


# ---- phones with area codes in parentheses (PHONE_NUMBER) -------------------------------------


def phone(country):
    if country == "us":
        return R.choice(["(%d) %d-%s", "(%d) %d %s", "+1 (%d) %d-%s"]) % (
            R.randint(201, 989), R.randint(202, 989), d(4))
    if country == "de":
        return R.choice([
            "(0%d) %s" % (R.randint(30, 89), d1(7)),
            "(0%d) %s %s" % (R.randint(211, 941), d1(3), d(4)),
            "+49 (0)%d %s" % (R.randint(30, 89), d1(7)),
            "+49 (0)%d %s %s" % (R.randint(151, 179), d1(3), d(4))])
    if country == "fr":
        return R.choice(["+33 (0)%d %s %s %s %s" % (R.randint(1, 7), d(2), d(2), d(2), d(2)),
                         "(0)%d %s %s %s %s" % (R.randint(1, 5), d(2), d(2), d(2), d(2))])
    if country == "nl":
        return R.choice(["(020) %s %s" % (d1(3), d(4)), "(010) %s %s" % (d1(3), d(4)),
                         "+31 (0)%d %s %s" % (R.choice([20, 10, 30, 70]), d1(3), d(4)),
                         "+31 (0)6 %s %s" % (d1(4), d(4))])
    if country == "uk":
        return R.choice(["(020) %s %s" % (R.choice("378") + d(3), d(4)),
                         "(0161) %s %s" % (d1(3), d(4)), "(0131) %s %s" % (d1(3), d(4)),
                         "+44 (0)20 %s %s" % (R.choice("378") + d(3), d(4)),
                         "+44 (0)%d %s %s" % (R.randint(7400, 7999), d1(3), d(3))])
    if country == "it":
        return R.choice(["(02) %s %s" % (d1(4), d(4)), "(06) %s %s" % (d1(4), d(4)),
                         "+39 (02) %s %s" % (d1(4), d(4)), "+39 (06) %s%s" % (d1(4), d(4))])
    return R.choice(["(91) %s %s %s" % (d1(3), d(2), d(2)), "(93) %s %s" % (d1(3), d(4)),
                     "+34 (91) %s %s" % (d1(3), d(4))])


PHONE_TPL = {
    "us": ("en", ["Call me at {PH} after 5pm.", "Phone: {PH}", "Fax: {PH} (office)",
                  "Dr. office {PH}, ask for the front desk"]),
    "de": ("de", ["Rückruf bitte unter {PH}.", "Tel.: {PH}", "Telefon {PH} (Praxis)",
                  "erreichbar unter {PH} ab 14 Uhr"]),
    "fr": ("fr", ["Appelez-moi au {PH}.", "Tél. : {PH}", "Mon portable : {PH}"]),
    "nl": ("nl", ["Bel me op {PH}.", "Tel: {PH}", "Mobiel: {PH}"]),
    "uk": ("en", ["Ring me on {PH}.", "Tel: {PH}", "Office {PH} (ext. 12)"]),
    "it": ("it", ["Chiamami al {PH}.", "Tel. {PH}", "Cellulare: {PH}"]),
    "es": ("es", ["Llámame al {PH}.", "Tel.: {PH}", "Teléfono: {PH}"]),
}


def phone_records():
    for country, (lg, tpls) in PHONE_TPL.items():
        for i in range(9):
            fill("PHONE_NUMBER:paren_" + country, lg, tpls[i % len(tpls)], PH=PH(phone(country)))
    # a phone and a citation or a version in the same text
    for _ in range(6):
        fill("PHONE_NUMBER:with_cite", "en",
             "Re Smith v Jones {C}: please call chambers on {PH}.",
             C=("NEG_CITATION", cite_en()), PH=PH(phone("uk")))
        fill("PHONE_NUMBER:with_version", "en",
             "Support line {PH}; we run agent {V} on every desk.",
             PH=PH(phone("us")), V=V(ver4()))


if __name__ == "__main__":
    version_records()
    oid_records()
    citation_records()
    ip_records()
    phone_records()
    write_json(records)
