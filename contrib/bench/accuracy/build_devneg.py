#!/usr/bin/env python3
"""build_devneg.py: the PERSON model's negatives from developer text (training data only).

names_learn.c's model learnt from the tune corpora, which hold no source code and no docs, so it
never saw a product's or a tool's name as a negative. This writes train/devneg.json: records of
PII-free developer text, no spans, so that every capitalised run the model's gate lets through in
them is a negative example. It is training data, not an accuracy corpus: the developer-text
measure (build_devtext.py: data/devtext/ and the machine paths its docstring lists) stays unseen,
so none of its sources is read here.

  build_devneg.py > train/devneg.json   (the committed file; the same machine gives the same file)

Three parts:
  real text from a Debian 12 machine with hush's build packages, sources build_devtext.py does
  not read: Python 3.11's standard library docstrings (PSF licence), CMake 3.25's Help/*.rst
  (BSD-3-Clause), tests/node_modules README.md and *.d.ts of the test packages (MIT, Apache-2.0,
  Unlicense); every line goes through build_devtext.py's drop_line() (credits, e-mail addresses,
  "by Firstname Lastname", changelog signatures) and person_pair() (a given name before a
  surname), so a person named in a credit does not become a negative. A sample, chosen by a fixed seed, bounded to about 1.5 MB.
  generated developer prose (seed 4040): product, library and tool names in sentences, CLI
  output, stack traces, changelog entries without authors; the names are invented for this file
  or common product words, none taken from the developer-text measure's findings.
  generated change logs with their people (seed 4747; model47): Debian, GNU and release-note
  entries that open with a capitalised verb before capitalised tool and product words ("Bump
  Doxygen compat level", "Support Vulkan and Meson builds"), among credits, bracketed team
  markers and sign-off lines whose invented people are labelled PERSON, so that a person is found
  in the text and the runs after it are asked, as in a long change log or README: the first two
  parts drop every line with a person, so the model never saw a product run beside one. The
  product words are CMake's Help (capitalised words no lexicon holds) and the lists below.
"""
import ast
import codecs
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_devtext import drop_line  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "../../.."))
R = random.Random(4040)
CHUNK = 1600  # bytes of text per record, about


def walk(top, pred):
    out = []
    for root, dirs, files in os.walk(top, followlinks=True):
        dirs.sort()
        for f in sorted(files):
            p = os.path.join(root, f)
            if pred(p) and os.path.isfile(p):
                out.append(p)
    return out


def lexicon():
    """hush's name lexicon (anonymize/names_lexicon.c): lower-cased word -> flags (1 given,
    2 attested, 4 surname, 8 ordinary English word, 16 ordinary word elsewhere, 32 global)."""
    src = open(os.path.join(REPO, "anonymize/names_lexicon.c"), encoding="utf-8").read()
    i = src.index("anon_names_blob")
    body = src[src.index("=", i) + 1:src.index(";", i)]
    raw = codecs.escape_decode("".join(re.findall(r'"((?:[^"\\]|\\.)*)"', body)).encode())[0]
    out, p = {}, 0
    while p + 1 < len(raw) and raw[p + 1]:
        n = raw[p + 1]
        out[raw[p + 2:p + 2 + n].decode("utf-8", "replace")] = raw[p]
        p += 2 + n
    return out


LEX = lexicon()
PAIR = re.compile(r"\b([A-Z][a-z]+)\s+([A-Z][a-z'-]+)\b")


def person_pair(line):
    """A given name that is no English word before a surname or an unknown word ("Tim Peters",
    "Sam Rushing" in a docstring's credit): the line may name a person, so it is no negative.
    It drops some product lines too ("Claude Code"); a negative lost costs less than a person
    learnt as one."""
    for a, b in PAIR.findall(line):
        fa, fb = LEX.get(a.lower(), 0), LEX.get(b.lower(), 0)
        if fa & 1 and not fa & 8 and (fb & 4 or fb == 0):
            return True
    return False


def clean(text):
    lines = [ln.rstrip() for ln in text.split("\n")]
    return "\n".join(ln for ln in lines
                     if "\x00" not in ln and not drop_line(ln) and not person_pair(ln))


def chunks(text, src):
    """Records of about CHUNK bytes, cut at blank lines (or lines) of one source text."""
    out, cur = [], []
    size = 0
    for para in text.split("\n\n"):
        para = para.strip("\n")
        if not para.strip():
            continue
        cur.append(para)
        size += len(para) + 2
        if size >= CHUNK:
            out.append(("\n\n".join(cur), src))
            cur, size = [], 0
    if cur and size > 200:
        out.append(("\n\n".join(cur), src))
    return out


def python_docstrings():
    top = "/usr/lib/python3.11"
    files = walk(top, lambda p: p.endswith(".py") and "/test" not in p and "site-packages" not in p
                 and "dist-packages" not in p and "/idlelib/" not in p)
    recs = []
    for p in files:
        try:
            tree = ast.parse(open(p, encoding="utf-8").read())
        except (SyntaxError, UnicodeDecodeError, ValueError):
            continue
        docs = []
        for node in ast.walk(tree):
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                d = ast.get_docstring(node)
                if d and len(d) > 80:
                    docs.append(d)
        recs += chunks(clean("\n\n".join(docs)), "python3.11:" + os.path.relpath(p, top))
    return recs


def cmake_help():
    top = "/usr/share/cmake-3.25/Help"
    recs = []
    for p in walk(top, lambda p: p.endswith(".rst") and "/release/" not in p):
        recs += chunks(clean(open(p, encoding="utf-8", errors="replace").read()),
                       "cmake-3.25:" + os.path.relpath(p, top))
    return recs


def node_docs():
    top = os.path.join(REPO, "tests/node_modules")
    recs = []
    for p in walk(top, lambda p: os.path.basename(p) == "README.md" or p.endswith(".d.ts")):
        if "/CHANGELOG" in p:
            continue
        recs += chunks(clean(open(p, encoding="utf-8", errors="replace").read()),
                       "node_modules:" + os.path.relpath(p, top))
    return recs


def sample(recs, budget):
    R.shuffle(recs)
    out, size = [], 0
    for text, src in recs:
        if size + len(text) > budget:
            continue
        out.append((text, src))
        size += len(text)
    return out


# ---- generated developer prose ----------------------------------------------------------------
# Product, library and tool names: invented ones (two capitalised words, a name's shape) and
# plain ones; a run of them is what the model must learn to leave in developer text.
INVENTED = ["Korvath", "Quillon", "Velmora", "Tandrix", "Brisela", "Orvanne", "Skelda", "Marrowin",
            "Zephrane", "Dolvik", "Castrel", "Wendmark", "Ferrano", "Halvex", "Jorvale", "Lunetta",
            "Pravik", "Sorrento", "Talvery", "Umbrino", "Varnell", "Yestra", "Grelling", "Osmera"]
PRODUCT = ["Studio", "Server", "Gateway", "Toolkit", "Engine", "Runtime", "Cloud", "Desktop",
           "Bridge", "Vault", "Console", "Agent", "Compiler", "Debugger", "Profiler", "Monitor"]
VENDOR = ["Nortech", "Silverline", "Bluecrest", "Ardent Systems", "Quantel Labs", "Meridian Soft",
          "Halcyon Devices", "Corvid Networks", "Ironbark", "Pelican Micro"]
TOOLS = ["Gradle", "Maven", "Ninja", "Meson", "Autotools", "Homebrew", "Chocolatey", "Vagrant",
         "Terraform", "Ansible", "Jenkins", "Buildkite", "Sentry", "Grafana", "Prometheus", "Kibana",
         "Redis", "Postgres", "Kafka", "Nginx", "Apache Tomcat", "Jetty", "Wildfly", "Electron",
         "Xcode", "Eclipse", "NetBeans", "Valgrind", "Wireshark", "Doxygen", "Sphinx", "Jekyll",
         "Hugo", "Gatsby", "Svelte", "Ember", "Backbone", "Knockout", "Mercurial", "Subversion",
         "Perforce", "Bitbucket", "Gitea", "Forgejo", "Keycloak", "Consul", "Nomad", "Vault"]
LANG = ["Rust", "Go", "Kotlin", "Swift", "Ruby", "Elixir", "Haskell", "Scala", "Julia", "Dart",
        "Lua", "Perl", "Fortran", "Ada", "Pascal", "Crystal", "Nim", "Zig", "Clojure", "Erlang"]
VERB = ["crashes", "hangs", "fails to build", "segfaults", "times out", "leaks memory",
        "prints a warning", "refuses to start", "works again", "was upgraded", "is deprecated"]
OS = ["Windows 11", "macOS Sonoma", "Ubuntu 22.04", "Debian Bookworm", "Fedora 39", "Alpine",
      "FreeBSD", "Arch Linux", "Rocky Linux", "openSUSE Tumbleweed", "Solaris", "Android 14"]
MODULE = ["parser", "scheduler", "cache", "router", "codec", "loader", "resolver", "linker"]


def product():
    r = R.random()
    if r < 0.35:
        return "%s %s" % (R.choice(INVENTED), R.choice(PRODUCT))
    if r < 0.55:
        return "%s %s" % (R.choice(INVENTED), R.choice(INVENTED))
    if r < 0.7:
        return "%s %s" % (R.choice(VENDOR), R.choice(PRODUCT))
    if r < 0.85:
        return R.choice(INVENTED)
    return R.choice(TOOLS)


def ver():
    return "%d.%d.%d" % (R.randint(0, 12), R.randint(0, 30), R.randint(0, 40))


def sentence():
    p, q = product(), product()
    forms = [
        "After upgrading %s to %s the build %s on %s." % (p, ver(), R.choice(VERB), R.choice(OS)),
        "%s %s when %s is installed next to it." % (p, R.choice(VERB), q),
        "We moved from %s to %s because %s support in %s is better." % (p, q, R.choice(LANG), q),
        "Does %s work with %s? It %s for me." % (p, q, R.choice(VERB)),
        "Install %s first, then run the %s setup script under %s." % (p, q, R.choice(OS)),
        "The %s plugin for %s %s since version %s." % (p, q, R.choice(VERB), ver()),
        "See the %s documentation: %s reads its config from the %s %s." % (
            p, q, R.choice(MODULE), R.choice(["section", "file", "table"])),
        "%s and %s both ship a %s %s, but only %s exposes it." % (
            p, q, R.choice(LANG), R.choice(MODULE), p),
        "Tested with %s %s, %s %s and %s." % (p, ver(), q, ver(), R.choice(TOOLS)),
        "Why does %s complain about %s here?" % (p, q),
        "Port the %s backend to %s and drop %s." % (R.choice(MODULE), p, q),
        "%s: %s %s (exit code %d)" % (p, q, R.choice(VERB), R.randint(1, 255)),
    ]
    return R.choice(forms)


def cli_output():
    p = product()
    lines = ["$ %s --version" % p.split()[0].lower(), "%s %s (build %x)" % (p, ver(), R.getrandbits(28))]
    for _ in range(R.randint(3, 8)):
        lines.append(R.choice([
            "[INFO] %s: loaded %d modules" % (product(), R.randint(2, 90)),
            "WARN  %s %s, falling back to %s" % (product(), R.choice(VERB), product()),
            "Downloading %s-%s.tar.gz (%d kB)" % (R.choice(INVENTED).lower(), ver(), R.randint(10, 9000)),
            "  -> Installing %s %s" % (product(), ver()),
            "error: %s requires %s >= %s" % (product(), product(), ver()),
            "Found %s: /usr/lib/%s (found version \"%s\")" % (product(), R.choice(INVENTED).lower(), ver()),
            "-- Checking for module '%s'" % R.choice(INVENTED).lower(),
        ]))
    return "\n".join(lines)


def stack_trace():
    cls = "%s%s" % (R.choice(INVENTED), R.choice(["Error", "Exception", "Fault"]))
    pkg = R.choice(INVENTED).lower()
    lines = ["Exception in thread \"%s Worker\" %s.%s: %s %s" % (
        R.choice(INVENTED), pkg, cls, product(), R.choice(VERB))]
    for _ in range(R.randint(3, 7)):
        lines.append("    at %s.%s.%s(%s.java:%d)" % (
            pkg, R.choice(MODULE), R.choice(["run", "load", "resolve", "apply"]),
            R.choice(INVENTED), R.randint(10, 900)))
    if R.random() < 0.5:
        lines = ["Traceback (most recent call last):"] + [
            "  File \"/opt/%s/%s.py\", line %d, in %s" % (
                R.choice(INVENTED).lower(), R.choice(MODULE), R.randint(5, 500), R.choice(MODULE))
            for _ in range(R.randint(2, 5))] + ["%s: %s %s" % (cls, product(), R.choice(VERB))]
    return "\n".join(lines)


def changelog():
    lines = ["## %s %s (%d-%02d-%02d)" % (product(), ver(), R.randint(2015, 2026), R.randint(1, 12),
                                          R.randint(1, 28)), ""]
    for _ in range(R.randint(3, 7)):
        lines.append("- " + R.choice([
            "Add support for %s %s" % (product(), ver()),
            "Fix crash when %s is used with %s" % (product(), product()),
            "Drop %s %s support" % (R.choice(OS), ver()),
            "Update %s bindings" % product(),
            "Rename %s option to %s" % (R.choice(MODULE), R.choice(INVENTED).lower()),
            "%s: handle %s output" % (product(), product()),
        ]))
    return "\n".join(lines)


def generated(n):
    recs = []
    for i in range(n):
        k = i % 4
        if k == 0:
            text = " ".join(sentence() for _ in range(R.randint(3, 7)))
        elif k == 1:
            text = cli_output()
        elif k == 2:
            text = stack_trace()
        else:
            text = changelog()
        recs.append((text, "generated"))
    return recs


# ---- generated change logs with their people -------------------------------------------------
C = random.Random(4747)
CVERB = ["Add", "Fix", "Update", "Bump", "Drop", "Remove", "Switch", "Use", "Build", "Enable",
         "Disable", "Port", "Support", "Mark", "Set", "Install", "Move", "Rename", "Replace",
         "Refresh", "Import", "Merge", "Document", "Handle", "Avoid", "Allow", "Require", "Prefer",
         "Ship", "Package", "Upgrade", "Downgrade", "Restore", "Skip", "Test", "Link", "Embed"]
TAIL = ["compat level to 13", "support", "build system", "bindings", "to the latest version",
        "in the test suite", "when cross building", "on all architectures", "for the docs",
        "and its dependencies", "from the package", "integration", "plugin", "backend",
        "as the default", "output in the logs", "handling of paths", "detection", "files",
        "patches, applied upstream", "again", "for real", "where available", "by default"]
LANGS = ["Danish", "Brazilian Portuguese", "Swedish", "Czech", "Dutch", "German", "Turkish",
         "Basque", "Galician", "Romanian", "Vietnamese", "Ukrainian", "Catalan", "Japanese"]


def help_words():
    """Capitalised words of CMake's Help that no lexicon holds (tools, platforms, products)."""
    seen = {}
    for p in walk("/usr/share/cmake-3.25/Help", lambda p: p.endswith(".rst")):
        for w in re.findall(r"(?<![\w/.-])([A-Z][a-z]{3,})(?![\w/-])",
                            open(p, encoding="utf-8", errors="replace").read()):
            seen[w] = seen.get(w, 0) + 1
    return sorted(w for w, n in seen.items() if n >= 2 and LEX.get(w.lower(), 0) == 0)


GIVEN = sorted(w for w, f in LEX.items() if f & 1 and not f & 8 and w.isascii() and w.isalpha()
               and len(w) > 3)
SURNAME = sorted(w for w, f in LEX.items() if f & 4 and not f & 9 and w.isascii() and w.isalpha()
                 and len(w) > 3)


def person():
    return C.choice(GIVEN).capitalize() + " " + C.choice(SURNAME).capitalize()


class Log:
    """A record written left to right; p() appends a labelled person."""

    def __init__(self):
        self.text, self.spans = "", []

    def t(self, s):
        self.text += s

    def p(self, name=None):
        name = name or person()
        self.spans.append({"entity_type": "PERSON", "entity_value": name,
                           "start_position": len(self.text),
                           "end_position": len(self.text) + len(name)})
        self.text += name
        return name


def changelogs(n):
    words = help_words() + [w for w in TOOLS + INVENTED if " " not in w]
    prods = lambda: C.choice(words) if C.random() < 0.8 else product()  # noqa: E731
    recs = []
    for i in range(n):
        lg = Log()
        for _ in range(C.randint(1, 6) if i % 10 else C.randint(20, 40)):
            style = C.random()
            pkg = C.choice(words).lower()
            if style < 0.5:
                lg.t("%s (%s-%d) unstable; urgency=medium\n\n" % (pkg, ver(), C.randint(1, 5)))
                if C.random() < 0.4:
                    lg.t("  [ ")
                    lg.p()
                    lg.t(" ]\n")
                for _ in range(C.randint(2, 7)):
                    r = C.random()
                    if r < 0.55:
                        lg.t("  * %s %s %s.\n" % (C.choice(CVERB), prods(), C.choice(TAIL)))
                    elif r < 0.7:
                        lg.t("  * %s %s and %s %s.\n" % (C.choice(CVERB), prods(), prods(),
                                                         C.choice(TAIL)))
                    elif r < 0.85:
                        lg.t("  * Update %s debconf translation. Thanks to " % C.choice(LANGS))
                        lg.p()
                        lg.t(" (Closes: #%d)\n" % C.randint(100000, 1099999))
                    else:
                        lg.t("  * d/control: %s %s %s.\n" % (C.choice(CVERB), prods(),
                                                            C.choice(TAIL)))
                lg.t("\n -- ")
                nm = lg.p()
                lg.t(" <%s@example.org>  Mon, %02d Jan %d 12:00:00 +0100\n\n" % (
                    nm.split()[0].lower(), C.randint(1, 28), C.randint(2005, 2025)))
            elif style < 0.75:
                lg.t("%d-%02d-%02d  " % (C.randint(2005, 2025), C.randint(1, 12), C.randint(1, 28)))
                nm = lg.p()
                lg.t("  <%s@example.org>\n\n" % nm.split()[-1].lower())
                for _ in range(C.randint(1, 4)):
                    lg.t("\t* %s/%s.c (%s): %s %s %s.\n" % (
                        C.choice(MODULE), C.choice(words).lower(), C.choice(MODULE),
                        C.choice(CVERB), prods(), C.choice(TAIL)))
                if C.random() < 0.5:
                    lg.t("\tReported by ")
                    lg.p()
                    lg.t(".\n")
                lg.t("\n")
            else:
                lg.t("Version %s\n" % ver())
                for _ in range(C.randint(2, 6)):
                    lg.t("  - %s %s %s\n" % (C.choice(CVERB), prods(), C.choice(TAIL)))
                lg.t("  - Thanks to ")
                lg.p()
                lg.t(" and ")
                lg.p()
                lg.t(".\n\n")
        recs.append(lg)
    return recs


def main():
    real = sample(python_docstrings(), 650000) + sample(cmake_help(), 450000) + \
        sample(node_docs(), 250000)
    recs = real + generated(600)
    R.shuffle(recs)
    out = [{"full_text": t, "spans": [], "metadata": {"source": s}} for t, s in recs]
    out += [{"full_text": lg.text, "spans": lg.spans, "metadata": {"source": "changelog"}}
            for lg in changelogs(300)]
    json.dump(out, sys.stdout, ensure_ascii=False, indent=0)
    sys.stdout.write("\n")
    print("%d records, %d bytes of text" % (len(out), sum(len(r["full_text"]) for r in out)),
          file=sys.stderr)


if __name__ == "__main__":
    main()
