#!/usr/bin/env python3
"""build_devtext.py: the developer-text corpus (issue 14 item 5, issue 15's precision side).

PII-free text a developer pastes into a prompt every day. Every finding on it is a false finding.

  build_devtext.py snapshot DIR   writes the parts that are committed (data/devtext/): generated
                                  text (version lists, numeric ids Luhn-valid and not, numpy-style
                                  prints, documentation IP ranges and netmasks, UUIDs, hashes,
                                  timestamps) and this repository's git log up to
                                  GIT_LOG_REV (messages and --stat, no author lines).
  build_devtext.py build DIR      writes the parts read at run time from fixed paths of a Debian 12
                                  machine with hush's build packages: /usr/include/*.h, debconf's
                                  and dpkg's Perl and make sources under /usr/share, the first
                                  lines of /usr/share/doc changelogs and READMEs,
                                  contrib/kubernetes/*.yaml, and the output of ps, ls -l, xxd, od,
                                  df, dpkg -l, /proc files, sha256sum, stat, getconf.

Real text carries real personal data (maintainers' names and e-mail addresses in changelogs and
copyright lines, the FSF's postal address in licence headers). Those lines are dropped, by the
rules in drop_line(), before the text is written; the number dropped is printed on stderr.
"""
import gzip
import hashlib
import os
import random
import re
import subprocess
import sys
import uuid

# ---- dropping the lines of real text that carry personal data ---------------------------------
EMAIL = re.compile(r"[A-Za-z0-9._%+=~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")
OBFUSCATED_EMAIL = re.compile(r"\b\w+\s*[\[(<]?\s*(at|AT)\s*[\])>]?\s*\w+\s*[\[(<]?\s*(dot|DOT)\b")
CREDIT = re.compile(
    r"copyright|\(c\)|©|author|maintainer|uploader|-by:|thank|contributed|contributor|written by|"
    r"patch (by|from)|credit|reported by|suggested by|sponsored|originally by|based on .* by",
    re.I)
CHANGELOG_NAME = re.compile(r"^\s*\[ [^\]]+ \]\s*$|^ -- ")
BY_NAME = re.compile(r"\b(by|from|to|cc|ask|asked|per)\s+[A-Z][a-z]+\s+[A-Z][a-z]+")
PAREN_NAME = re.compile(r"\((Debian: |Ubuntu: )?[A-Z][a-z]+( [A-Z][a-z'-]+){1,2}(,| and|\))")
FSF_ADDRESS = re.compile(r"Franklin St|Temple Place|Boston,? MA|MA\s+02\d{3}|Mass Ave", re.I)
dropped = [0, 0]


def drop_line(line):
    return bool(EMAIL.search(line) or OBFUSCATED_EMAIL.search(line) or CREDIT.search(line)
                or CHANGELOG_NAME.search(line) or BY_NAME.search(line) or PAREN_NAME.search(line)
                or FSF_ADDRESS.search(line))


def clean_lines(raw, max_lines=None):
    """UTF-8 lines of raw bytes without the personal-data lines; undecodable lines dropped."""
    out = []
    for n, bline in enumerate(raw.split(b"\n")):
        if max_lines is not None and n >= max_lines:
            break
        dropped[1] += 1
        try:
            line = bline.decode("utf-8")
        except UnicodeDecodeError:
            dropped[0] += 1
            continue
        if "\x00" in line or drop_line(line):
            dropped[0] += 1
            continue
        out.append(line)
    return "\n".join(out) + "\n"


def read(path, max_lines=None):
    try:
        with open(path, "rb") as f:
            raw = f.read()
        if path.endswith(".gz"):
            raw = gzip.decompress(raw)
    except (OSError, EOFError, gzip.BadGzipFile):
        return ""
    return clean_lines(raw, max_lines)


def run(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, timeout=60).stdout
    except (OSError, subprocess.TimeoutExpired):
        return b""


def ls(pattern_dir, pred):
    out = []
    for root, dirs, files in os.walk(pattern_dir):
        dirs.sort()
        for f in sorted(files):
            p = os.path.join(root, f)
            if pred(p) and os.path.isfile(p):
                out.append(p)
    return out


def build(outdir, repo):
    os.makedirs(outdir, exist_ok=True)

    def write(name, text):
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
            f.write(text)

    inc = sorted(os.path.join("/usr/include", f) for f in os.listdir("/usr/include") if f.endswith(".h"))
    write("usr_include.txt", "".join(read(p) for p in inc))
    src = ls("/usr/share/perl5/Debconf", lambda p: p.endswith(".pm"))
    src += ls("/usr/share/perl5/Dpkg", lambda p: p.endswith(".pm"))
    src += ls("/usr/share/debconf", lambda p: True) + ls("/usr/share/dpkg", lambda p: p.endswith(".mk"))
    write("usr_share_src.txt", "".join(read(p) for p in src))
    docs = sorted(os.listdir("/usr/share/doc"))
    write("doc_changelog.txt", "".join(
        read(os.path.join("/usr/share/doc", d, f), 120) for d in docs
        for f in ("changelog.Debian.gz", "NEWS.Debian.gz")))
    readmes = [p for d in docs for p in ls(os.path.join("/usr/share/doc", d),
               lambda p: os.path.basename(p).startswith("README"))]
    write("doc_readme.txt", "".join(read(p, 300) for p in readmes))
    k8s = ls(os.path.join(repo, "contrib/kubernetes"), lambda p: p.endswith(".yaml"))
    write("kubernetes_yaml.txt", "".join(read(p) for p in k8s))
    cmds = ["ps aux", "ps -eo pid,ppid,pgid,sess,nlwp,vsz,rss,etimes,time,cmd", "ls -l /usr/bin",
            "ls -la --time-style=full-iso /etc /usr/lib", "xxd -l 32768 /bin/ls",
            "xxd -l 8192 -s 65536 /usr/bin/python3", "od -A d -t x4 -N 4096 /bin/sh", "df -h", "df -i",
            "df -k", "dpkg -l", "cat /proc/meminfo", "cat /proc/self/maps", "cat /proc/stat",
            "cat /proc/diskstats", "cat /proc/self/status", "ls -i /usr/lib/x86_64-linux-gnu",
            "sha256sum /usr/include/*.h", "md5sum /usr/share/dpkg/*", "stat /usr/bin/* 2>/dev/null",
            "uname -a", "getconf -a"]
    write("command_output.txt", "".join("$ %s\n%s" % (c, clean_lines(run(c))) for c in cmds))
    print("dropped %d of %d lines of real text (personal data or not UTF-8)" % tuple(dropped),
          file=sys.stderr)


# ---- generated text ---------------------------------------------------------------------------
R = random.Random(1405)


def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def num(n, first="123456789", luhn=None):
    """n digits; luhn True/False forces the Luhn check one way, None leaves it to chance."""
    while True:
        s = R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))
        if luhn is None or luhn_ok(s) == luhn:
            return s


PKGS = ["requests", "numpy", "pandas", "django", "flask", "urllib3", "boto3", "botocore",
        "pydantic", "fastapi", "sqlalchemy", "pytest", "cryptography", "protobuf", "grpcio",
        "libfoo", "openssl", "zlib", "libxml2", "nginx", "postgresql", "redis", "kafka", "tensorflow",
        "torch", "scikit-learn", "react", "typescript", "webpack", "eslint", "lodash", "express"]


def ver(parts=3):
    return ".".join(str(R.choice([0, 0, 1, 1, 2, 3, 4, 5, 7, 8, 10, 12, 15, 20, 23, 120, 255]))
                    if i else str(R.randint(0, 30)) for i in range(parts))


def gen_versions():
    out = []
    for _ in range(2500):
        p = R.choice(PKGS)
        k = R.randint(0, 17)
        v3, v4 = ver(3), ver(4)
        out.append([
            "%s==%s" % (p, v3), "%s>=%s,<%s" % (p, v3, ver(2)), "@types/%s@%s" % (p, v3),
            "upgrading %s from %s to %s" % (p, v4, ver(4)), "v%s" % v4, "%s %s" % (p, v4),
            "Version: %s" % v4, "FROM node:%s-bookworm" % v3,
            "Chrome/%d.0.%d.%d Safari/537.36" % (R.randint(90, 131), R.randint(4000, 6999), R.randint(1, 250)),
            "Microsoft Windows [Version 10.0.%d.%d]" % (R.randint(10240, 26100), R.randint(1, 5000)),
            '"%s": "^%s",' % (p, v3), "%s (%s-1+deb12u%d)" % (p, v3, R.randint(1, 4)),
            "  %s:%s:%s" % ("org.apache." + p, p + "-core", v3), 'version = "%s"' % v4,
            "ii  %s  %s-%d  amd64  library" % (p, v3, R.randint(1, 9)),
            "Bump %s from %s to %s in /frontend" % (p, v3, ver(3)),
            "%s-%s.tar.gz" % (p, v4), "release-%s" % v4,
        ][k])
    return "\n".join(out) + "\n"


def gen_ids():
    out = []
    for i in range(3000):
        luhn = i % 2 == 0  # half of every kind passes the Luhn check
        k = R.randint(0, 19)
        out.append([
            lambda: "Why is user %s banned?" % num(19, "1", luhn),
            lambda: "<@%s> joined the server" % num(18, "1", luhn),
            lambda: "https://twitter.com/i/status/%s" % num(19, "1", luhn),
            lambda: "GitHub Actions run %s, job %s failed" % (num(10, "6789", luhn), num(11, "12", luhn)),
            lambda: "build %s (#%s)" % (num(8, "2", luhn), R.randint(100, 9999)),
            lambda: "order id %s" % num(R.choice([9, 10, 12, 13, 16]), luhn=luhn),
            lambda: "Order #%s-%s-%s" % (num(3, "1"), num(7), num(7)),
            lambda: "AWS account %s" % num(12, luhn=luhn),
            lambda: "arn:aws:iam::%s:role/deploy" % num(12, luhn=luhn),
            lambda: "tracking number %s" % num(R.choice([12, 15, 20, 22]), luhn=luhn),
            lambda: "1Z%s%s" % ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)), num(10)),
            lambda: "invoice %s" % num(R.choice([14, 15, 16]), luhn=luhn),
            lambda: "ts=%s.%s" % (num(10, "1"), num(6, "0123456789")),
            lambda: "Kafka offset %s partition %d" % (num(R.randint(7, 13), luhn=luhn), R.randint(0, 31)),
            lambda: "inode %s" % num(R.randint(7, 11), luhn=luhn),
            lambda: "PR #%d, issue #%d, JIRA-%d" % (R.randint(1, 40000), R.randint(1, 9000), R.randint(1, 9999)),
            lambda: "pid %d ppid %d uid %d" % (R.randint(2, 4194304), R.randint(1, 99999), R.randint(0, 65534)),
            lambda: "customer_id=%s session=%s" % (num(R.randint(8, 16), luhn=luhn), num(16, luhn=luhn)),
            lambda: "epoch_ms=%s epoch_ns=%s" % (num(13, "1"), num(19, "1")),
            lambda: "snowflake %s" % num(R.choice([17, 18, 19]), luhn=luhn),
        ][k]())
    return "\n".join(out) + "\n"


def gen_numpy():
    out = []
    for _ in range(500):
        k = R.randint(0, 6)
        if k == 0:
            rows = [", ".join(str(R.randint(10 ** 9, 10 ** 10 - 1)) for _ in range(4)) for _ in range(4)]
            out.append("array([[" + "],\n       [".join(rows) + "]])")
        elif k == 1:
            out.append("[" + " ".join("%.8f" % R.uniform(-10, 10) for _ in range(6)) + "]")
        elif k == 2:
            w = R.choice([3, 4, 6, 8, 10])
            out.append("[[" + "]\n [".join(" ".join("%*d" % (w, R.randint(0, 10 ** w - 1)) for _ in range(R.randint(4, 8))) for _ in range(R.randint(2, 6))) + "]]")
        elif k == 3:
            out.append("tensor([" + ", ".join("%.4f" % R.uniform(-3, 3) for _ in range(8)) + "])")
        elif k == 4:
            hdr = "        id      amount       ts"
            body = "\n".join("%d  %8d  %10.2f  %s" % (i, R.randint(10 ** 7, 10 ** 8), R.uniform(0, 1e5), num(10, "1")) for i in range(6))
            out.append(hdr + "\n" + body + "\n[6 rows x 3 columns]")
        elif k == 5:
            out.append("array([" + ", ".join(str(R.randint(10 ** 6, 10 ** 11)) for _ in range(5)) + "], dtype=int64)")
        else:
            out.append("[" + " ".join("%.3e" % R.uniform(1e-9, 1e9) for _ in range(5)) + "]")
    return "\n".join(out) + "\n"


def gen_network():
    doc4 = ["192.0.2.", "198.51.100.", "203.0.113."]
    masks = ["255.255.255.0", "255.255.0.0", "255.255.255.128", "255.255.255.192", "255.255.240.0",
             "255.0.0.0", "255.255.255.252", "255.255.255.255"]
    wild = ["0.0.0.255", "0.0.255.255", "0.0.0.63", "0.0.15.255"]
    out = []
    for _ in range(1500):
        a = R.choice(doc4) + str(R.randint(0, 255))
        b = R.choice(doc4) + str(R.randint(0, 255))
        six = "2001:db8:%x:%x::%x" % (R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xffff))
        k = R.randint(0, 11)
        out.append([
            "inet %s netmask %s broadcast %s" % (a, R.choice(masks), b),
            "iptables -A INPUT -s %s/24 -j ACCEPT" % a,
            "access-list 10 permit %s %s" % (a, R.choice(wild)),
            "server %s:8080 max_fails=3;" % a,
            "ip route add %s/%d via %s" % (a, R.choice([24, 25, 26, 28, 32]), b),
            "listen [%s]:443 ssl;" % six,
            "inet6 %s/64 scope global" % six,
            "0.0.0.0/0 and ::/0 are open; %s is the gateway" % a,
            "subnet mask %s, default route 0.0.0.0" % R.choice(masks),
            "allowedIPs = %s/32, %s/128" % (a, six),
            "2001:db8::/32 and 192.0.2.0/24 are documentation ranges",
            "option subnet-mask %s; option routers %s;" % (R.choice(masks), a),
        ][k])
    return "\n".join(out) + "\n"


def gen_ids_hashes_times():
    out = []
    for i in range(3000):
        k = R.randint(0, 9)
        h = hashlib.sha256(str(i).encode()).hexdigest()
        out.append([
            lambda: "request_id=%s" % uuid.UUID(int=R.getrandbits(128)),
            lambda: "commit %s" % hashlib.sha1(str(i).encode()).hexdigest(),
            lambda: "sha256:%s" % h,
            lambda: "md5 %s  file%d.tar.gz" % (hashlib.md5(str(i).encode()).hexdigest(), i),
            lambda: "2024-%02d-%02dT%02d:%02d:%02d.%06dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999999)),
            lambda: "Date: %s, %02d %s 2024 %02d:%02d:%02d +0000" % (R.choice(["Mon", "Tue", "Wed"]), R.randint(1, 28), R.choice(["Jan", "Feb", "Mar"]), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
            lambda: "took %d ms (p99 %d.%d ms), %d bytes" % (R.randint(1, 9999), R.randint(1, 999), R.randint(0, 9), R.randint(1, 10 ** 9)),
            lambda: "%s %s" % (h[:7], R.choice(["Fix flaky test", "Bump deps", "Refactor parser"])),
            lambda: "Dec %2d %02d:%02d:%02d host kernel: [%d.%06d] eth0: link up" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 99999), R.randint(0, 999999)),
            lambda: "etag W/\"%s\" last-modified %d" % (h[:32], R.randint(1600000000, 1800000000)),
        ][k]())
    return "\n".join(out) + "\n"


# The git log is taken up to this commit (the one the corpus was made at), so it is reproducible.
GIT_LOG_REV = "b0b5f1c0f82f684e319bd6cffe94747177bbc15d"


def snapshot(outdir, repo):
    os.makedirs(outdir, exist_ok=True)
    parts = {
        "generated_versions.txt": gen_versions(), "generated_ids.txt": gen_ids(),
        "generated_numpy.txt": gen_numpy(), "generated_network.txt": gen_network(),
        "generated_hashes_times.txt": gen_ids_hashes_times(),
    }
    log = subprocess.run(["git", "-C", repo, "log", "--stat", "--format=commit %H%nDate:   %ad%n%n%B",
                          GIT_LOG_REV], capture_output=True)
    if log.returncode == 0:
        parts["hush_git_log.txt"] = clean_lines(log.stdout)
    else:  # a shallow clone without that commit: the committed copy stays as it is
        print("git log %s not available, hush_git_log.txt not written" % GIT_LOG_REV, file=sys.stderr)
    for name, text in parts.items():
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
            f.write(text)
    print("dropped %d of %d lines of the git log" % tuple(dropped), file=sys.stderr)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.abspath(os.path.join(here, "../../.."))
    if len(sys.argv) != 3 or sys.argv[1] not in ("snapshot", "build"):
        sys.exit("usage: build_devtext.py snapshot|build DIR")
    (snapshot if sys.argv[1] == "snapshot" else build)(sys.argv[2], repo)
