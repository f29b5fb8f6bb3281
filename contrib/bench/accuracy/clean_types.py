#!/usr/bin/env python3
"""False findings of every type on real text hush was not tuned on.

Takes text files a Debian 12 machine with the project's packages already holds (package
changelogs and copyright files, the common licences, C headers, Python's standard library, man
page sources, Perl modules, the test suite's npm packages; since stop 57 also the packages'
examples, world-readable /etc config files, systemd units, CMake modules, git's contrib scripts
and this repository's own commit messages up to a pinned commit; since stop 58 the pack's other
languages: translated message catalogues and man pages in de/fr/nl/es/it/pt/pl/sv, glibc's locale
sources, and the Python packages outside the standard library), cuts them into 2-8 KiB chunks at line
ends, wraps each in a chat request body and runs the gateway's rewrite on it (bench_clean_bodies:
anon_rewrite, the replaced raw bytes are the findings). Prints findings per type per MiB of chunk
text, for a tune half and a check half split by a hash of each file's path (tune only on the tune
half; the check half says whether a fix carries over).

Nothing from the machine is committed: the figures depend on its packages, so the script prints a
digest of the installed packages' versions. Some findings are right (a maintainer's e-mail address
in a changelog is PII): --show prints every finding with its context for reading locally; never
paste that output into the repository.

Usage: clean_types.py BUILD [--show tune|check] [--keep FILE.jsonl]
"""
import gettext
import glob
import gzip
import hashlib
import json
import os
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))

LANGS = ("de", "fr", "nl", "es", "it", "pt", "pl", "sv")

# (source name, glob patterns, byte cap taken from the source, per-file cap). Files are taken in
# the order of a hash of their path until the cap is reached, so a new package shifts few choices.
SOURCES = [
    ("changelog", ["/usr/share/doc/*/changelog*", "/usr/share/doc/*/NEWS*"], 2 << 20, 24 << 10),
    ("copyright", ["/usr/share/doc/*/copyright"], 1 << 20, 16 << 10),
    ("licenses", ["/usr/share/common-licenses/*"], 512 << 10, 64 << 10),
    ("include", ["/usr/include/**/*.h"], 2 << 20, 24 << 10),
    ("python", ["/usr/lib/python3.11/*.py", "/usr/lib/python3.11/*/*.py"], 2 << 20, 24 << 10),
    ("man", ["/usr/share/man/man1/*.gz", "/usr/share/man/man5/*.gz", "/usr/share/man/man8/*.gz"],
     1 << 20, 16 << 10),
    ("perl", ["/usr/share/perl/5.*/**/*.pm", "/usr/share/perl/5.*/**/*.pod"], 1 << 20, 24 << 10),
    ("npm", [REPO + "/tests/node_modules/**/*.md", REPO + "/tests/node_modules/**/*.js"],
     1 << 20, 24 << 10),
    # Stop 57: text a developer pastes that the sources above leave out. Config files only when
    # world-readable (no machine secret is read), the git log pinned to a commit (see GITLOG).
    ("examples", ["/usr/share/doc/*/examples/**/*"], 1 << 20, 16 << 10),
    ("etc", ["/etc/*.conf", "/etc/*/*.conf", "/etc/*/*/*.conf", "/etc/ssl/openssl.cnf"],
     512 << 10, 16 << 10),
    ("systemd", ["/usr/lib/systemd/system/*", "/usr/lib/systemd/user/*"], 256 << 10, 8 << 10),
    ("cmake", ["/usr/share/cmake-*/Modules/**/*.cmake"], 1 << 20, 24 << 10),
    ("gitcontrib", ["/usr/share/doc/git/contrib/**/*"], 512 << 10, 16 << 10),
    ("gitlog", [], 1 << 20, 16 << 10),
    # Stop 58: the pack's other languages. Translated message catalogues (the .mo files read back
    # as a .po file's msgid/msgstr pairs, in the order of a hash of each msgid so a file's cap
    # takes from the whole catalogue), translated man pages, glibc's locale sources (month and day
    # names, address and phone formats), and the Python packages outside the standard library.
    ("catalogs", ["/usr/share/locale/%s/LC_MESSAGES/*.mo" % l for l in LANGS], 3 << 20, 12 << 10),
    ("man-i18n", ["/usr/share/man/%s/man*/*.gz" % l for l in LANGS], 1 << 20, 16 << 10),
    ("locales", ["/usr/share/i18n/locales/*"], 512 << 10, 12 << 10),
    ("pydist", ["/usr/lib/python3/dist-packages/**/*.py"], 1536 << 10, 24 << 10),
]

# The project's own commit messages (figures, versions, hashes), up to stop 57's start so the
# figure does not move with new commits; 40 commits a pseudo-file named by its first hash.
GITLOG = "53a12b16923f710aa46d869dc2fea73cffa4fdec"


def h(s):
    return hashlib.sha1(s.encode()).hexdigest()


def half_of(path):
    """The split rule: a file belongs to the tune half when its path's SHA-1 starts even."""
    return "tune" if int(h(path)[:2], 16) % 2 == 0 else "check"


def read_text(path):
    try:
        with open(path, "rb") as f:
            raw = f.read(4 << 20)
        if path.endswith(".gz"):
            raw = gzip.decompress(raw)
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError, EOFError, gzip.BadGzipFile):
        return None
    if "\0" in text:
        return None
    return text


def po_quote(s):
    return '"%s"' % s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def mo_text(path):
    """A compiled catalogue as .po text (msgid/msgstr pairs); None when it does not parse."""
    try:
        with open(path, "rb") as f:
            cat = gettext.GNUTranslations(f)._catalog
    except (OSError, UnicodeDecodeError, struct.error, ValueError, LookupError):
        return None
    out = []
    for k in sorted(cat, key=lambda k: h(repr(k))):
        v = cat[k]
        if isinstance(k, tuple):
            if k[1] != 0:
                continue
            k = k[0]
        out.append("msgid %s\nmsgstr %s\n\n" % (po_quote(k), po_quote(v)))
    return "".join(out)


def chunks(path, text, cap):
    """Cut at line ends: each chunk 2-8 KiB (its target length drawn from the path's hash)."""
    text = text[:cap]
    out, cur, n, i = [], [], 0, 0
    target = 2048 + int(h("%s#%d" % (path, i))[:4], 16) % 6144
    for line in text.splitlines(keepends=True):
        if n + len(line) > 8192 and cur:
            out.append("".join(cur))
            cur, n, i = [], 0, i + 1
            target = 2048 + int(h("%s#%d" % (path, i))[:4], 16) % 6144
        cur.append(line[:8192])
        n += len(line[:8192])
        if n >= target:
            out.append("".join(cur))
            cur, n, i = [], 0, i + 1
            target = 2048 + int(h("%s#%d" % (path, i))[:4], 16) % 6144
    if cur and (n >= 512 or not out):
        out.append("".join(cur))
    return [c for c in out if c.strip()]


def git_log_files():
    """{pseudo path: text} of the pinned history's messages; {} without git or the commit."""
    try:
        out = subprocess.run(["git", "-C", REPO, "log", "--format=%x00%h %ad%n%n%B",
                              "--date=short", GITLOG], capture_output=True, text=True,
                             check=True).stdout
    except (OSError, subprocess.CalledProcessError, UnicodeDecodeError):
        return {}
    commits = [c for c in out.split("\0") if c.strip()]
    return {"git-log:" + commits[i].split()[0]: "".join(commits[i:i + 40])
            for i in range(0, len(commits), 40)}


def world_readable(f):
    try:
        return os.stat(f).st_mode & 0o004 != 0
    except OSError:
        return False


def collect():
    recs = []  # (source, path, half, text)
    for name, pats, cap, fcap in SOURCES:
        files = set()
        for p in pats:
            files.update(f for f in glob.glob(p, recursive=True)
                         if os.path.isfile(f) and world_readable(f))
        logs = git_log_files() if name == "gitlog" else {}
        files.update(logs)
        taken = 0
        for f in sorted(files, key=lambda f: h(f)):
            if taken >= cap:
                break
            if f in logs:
                text = logs[f]
            else:
                text = mo_text(f) if f.endswith(".mo") else read_text(f)
            if not text:
                continue
            rel = f[len(REPO) + 1:] if f.startswith(REPO) else f
            for c in chunks(rel, text, fcap):
                recs.append((name, rel, half_of(rel), c))
                taken += len(c.encode())
    return recs


def packages_digest():
    try:
        d = subprocess.run(["dpkg-query", "-W", "-f", "${Package} ${Version}\n"],
                           capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        d = ""
    lines = sorted(d.splitlines())
    for pj in sorted(glob.glob(REPO + "/tests/node_modules/**/package.json", recursive=True)):
        try:
            with open(pj) as f:
                j = json.load(f)
            lines.append("npm %s %s" % (j.get("name"), j.get("version")))
        except (OSError, ValueError):
            pass
    return len(lines), hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    build = args[0]
    show = args[args.index("--show") + 1] if "--show" in args else None
    keep = args[args.index("--keep") + 1] if "--keep" in args else None
    recs = collect()
    npk, dig = packages_digest()
    bodies = [json.dumps({"model": "m", "messages": [{"role": "user", "content": r[3]}]})
              for r in recs]
    fd, tmp = tempfile.mkstemp(suffix=".jsonl")
    with os.fdopen(fd, "w") as f:
        for b in bodies:
            f.write(b + "\n")
    try:
        res = subprocess.run([os.path.join(build, "contrib/bench/bench_clean_bodies"), tmp],
                             capture_output=True, text=True, check=True).stdout
    finally:
        if keep:
            os.replace(tmp, keep)
        else:
            os.unlink(tmp)
    size = {"tune": 0, "check": 0}
    files = {"tune": set(), "check": set()}
    for r in recs:
        size[r[2]] += len(r[3].encode())
        files[r[2]].add(r[1])
    count = {"tune": {}, "check": {}}
    bysrc = {}
    failed = 0
    for line in res.splitlines():
        p = line.split()
        if p[0] == "FAIL":
            failed += 1
            continue
        if p[0] != "F":
            continue
        i, typ, s, e = int(p[1]), p[2], int(p[3]), int(p[4])
        name, path, half, _ = recs[i]
        count[half][typ] = count[half].get(typ, 0) + 1
        bysrc[(half, name, typ)] = bysrc.get((half, name, typ), 0) + 1
        if show == half:
            b = bodies[i].encode()
            ctx = b[max(0, s - 40):s].decode("utf-8", "replace")
            post = b[e:e + 40].decode("utf-8", "replace")
            print("FIND %-14s %s:%s  %s[[%s]]%s" % (typ, name, path, ctx.replace("\n", " "),
                  b[s:e].decode("utf-8", "replace"), post.replace("\n", " ")))
    print("packages: %d, versions digest %s; chunks %d (%d not aligned)" % (npk, dig, len(recs),
                                                                          failed))
    for half in ("tune", "check"):
        mib = size[half] / float(1 << 20)
        tot = sum(count[half].values())
        print("\n%s half: %d files, %.2f MiB, %d findings = %.1f per MiB" % (
            half, len(files[half]), mib, tot, tot / mib if mib else 0))
        print("| type | findings | per MiB | by source |\n|---|---:|---:|---|")
        for typ in sorted(count[half], key=lambda t: -count[half][t]):
            srcs = ", ".join("%s %d" % (n, bysrc[(half, n, typ)]) for n, *_ in SOURCES
                             if (half, n, typ) in bysrc)
            print("| %s | %d | %.2f | %s |" % (typ, count[half][typ], count[half][typ] / mib, srcs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
