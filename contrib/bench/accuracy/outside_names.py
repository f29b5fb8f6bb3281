#!/usr/bin/env python3
"""outside_names.py: PERSON recall on real text that we did not write (branch `outside10`).

Every other labelled corpus here was written by us. This one is built AT RUN TIME from text
that ships on the machine and names people in slots whose structure says so:
- Debian changelogs (/usr/share/doc/*/changelog.Debian.gz): the trailer ` -- Name <email>  date`
  and the team-upload header `[ Name ]` (class changelog_trailer, changelog_team);
- DEP-5 copyright files (/usr/share/doc/*/copyright): `Copyright: 2010-2014 Name <email>` and its
  continuation lines, `Upstream-Contact: Name <email>` (class copyright, upstream_contact);
- AUTHORS / THANKS / CREDITS files under /usr/share/doc: a line `Name <email>` (class authors);
- man pages (/usr/share/man/man1/*.gz): `Written by A, B and C.` (class man_written_by);
- package.json files under tests/node_modules: `"author": "Name <email>"`, `{"name": ...}`
  (class node_author).
Only names those rules are sure of are labelled: two to five words, each capitalised (particles
such as `van`, `de`, `da` allowed inside), no word of an organisation or a team. Every occurrence
of a labelled name in its record is labelled. A record is the changelog entry (up to 14 lines
ending at the trailer), the copyright stanza, a window of lines, or the rendered man sentence,
as a prompt would carry it. Other names in the text stay unlabelled, so precision is a lower
bound; recall is the figure that means something.

The corpus holds real people's names: it is never committed. Write it to a temporary file, run
bench_accuracy on it, delete it:
    outside_names.py build /tmp/x/outside.json [SRC_ROOT]
    bench_accuracy /tmp/x/outside.json
    bench_accuracy --context /tmp/x/outside.json > /tmp/x/show.txt
    outside_names.py shapes /tmp/x/outside.json /tmp/x/show.txt   # misses by shape, no names
Deterministic for a given machine: files in sorted order, a cap per file and per source.
Python stdlib only."""
import glob
import gzip
import json
import os
import re
import sys
from collections import Counter

CAP = {"changelog_trailer": 700, "changelog_team": 250, "copyright": 700,
       "upstream_contact": 250, "authors": 400, "man_written_by": 500, "node_author": 200}
PER_FILE = 2
PARTICLES = {"van", "von", "der", "den", "de", "da", "das", "do", "dos", "di", "del", "della",
             "la", "le", "du", "des", "y", "e", "ten", "ter", "zu", "bin", "al", "el", "St."}
ORG = re.compile(r"\b(?:Inc|Ltd|LLC|GmbH|Corp|Corporation|Foundation|Project|Team|Maintainers?|"
                 r"Developers?|Contributors?|Authors?|Group|Society|University|Institute|"
                 r"Consortium|Association|Company|Software|Systems|Technologies|Labs?|Debian|"
                 r"Ubuntu|GNOME|KDE|Mozilla|Google|Microsoft|Apple|Oracle|IBM|Intel|Red Hat|"
                 r"Canonical|Community|Organization|Trust|Council|Bot|Daemon|Build|Others?|"
                 r"Unknown|Free|Open|Linux|Python|Perl|Qt|The|Network|Library|Services?|List|Mailing|"
                 r"Discussion|Ecosystem|Support|Security|Release|Packaging|Users|Webhooks|"
                 r"Bugs|Help|Admin|Webmaster|Translators?)\b",
                 re.I)
WORD = re.compile(r"^(?:[A-Z\u00c0-\u024f][\w'\u2019.\-]*|[A-Z]\.)$")
TITLES = {"dr", "prof", "mr", "mrs", "ms", "sir", "jr", "sr", "phd", "ing", "dipl"}
EMAIL = r"<[^<>@\s]+@[^<>\s]+>"


def name_ok(s):
    """Sure it is a person's name: 2-5 words, each capitalised or a particle, no org word."""
    s = s.strip()
    if not s or ORG.search(s) or any(ch.isdigit() for ch in s) or "@" in s:
        return False
    w = s.split()
    if any(x.isupper() and 1 < len(x) < 4 and not x.endswith(".") for x in w):
        return False  # "XCB Mailing List": an acronym is a project's
    if not 2 <= len(w) <= 5:
        return False
    if w[0].lower() in PARTICLES and not w[0][0].isupper():
        return False
    for x in w:
        if x in PARTICLES or x.lower() in PARTICLES and x[0].islower():
            continue
        if not WORD.match(x) or x.rstrip(".").lower() in TITLES:
            return False
    return w[-1] not in PARTICLES and w[-1][0].isupper()


def record(text, names, cls, src):
    """Label every whole-word occurrence of each name in text; None when a name is absent."""
    spans = []
    for n in sorted(set(names), key=len, reverse=True):
        for m in re.finditer(re.escape(n), text):
            a, b = m.start(), m.end()
            if (a and (text[a - 1].isalnum())) or (b < len(text) and text[b].isalnum()):
                continue
            if any(a < s["end_position"] and s["start_position"] < b for s in spans):
                continue
            spans.append({"entity_type": "PERSON", "entity_value": n, "start_position": a,
                          "end_position": b})
    if not spans:
        return None
    spans.sort(key=lambda s: s["start_position"])
    return {"full_text": text, "spans": spans, "template_id": 0,
            "metadata": {"class": cls, "source": src}}


def read(path):
    try:
        if path.endswith(".gz"):
            with gzip.open(path, "rb") as f:
                data = f.read(400000)
        else:
            with open(path, "rb") as f:
                data = f.read(400000)
        return data.decode("utf-8")
    except (OSError, UnicodeDecodeError, EOFError):
        return None


TRAILER = re.compile(r"^ -- (.+?) (" + EMAIL + r")  \S.*$")
TEAM = re.compile(r"^  \[ (.+?) \]\s*$")


def changelogs(out):
    for path in sorted(glob.glob("/usr/share/doc/*/changelog.Debian.gz")):
        text = read(path)
        if not text:
            continue
        lines = text.split("\n")
        start, nt, nm = 0, 0, 0
        for i, ln in enumerate(lines):
            if ln and not ln[0].isspace() and "urgency=" in ln:
                start = i
            m = TRAILER.match(ln)
            if m:
                entry = lines[max(start, i - 13):i + 1]
                body = "\n".join(entry)
                team = [t.group(1) for t in (TEAM.match(e) for e in entry) if t]
                team = [t for t in team if name_ok(t)]
                if nt < PER_FILE and name_ok(m.group(1)):
                    out["changelog_trailer"].append((body, [m.group(1)] + team, path))
                    nt += 1
                elif team and nm < PER_FILE:
                    out["changelog_team"].append((body, team, path))
                    nm += 1
            if nt >= PER_FILE and nm >= PER_FILE:
                break


HOLDER = re.compile(r"^(?:Copyright:\s*|\s+)(?:\(c\)\s*|©\s*)?(?:\d{4}(?:\s*[-,]\s*\d{4})*,?\s+)"
                    r"(.+?)\s*(" + EMAIL + r")\s*$", re.I)
CONTACT = re.compile(r"^Upstream-Contact:\s*(.+?)\s*(" + EMAIL + r")\s*$", re.I)


def copyrights(out):
    for path in sorted(glob.glob("/usr/share/doc/*/copyright")):
        text = read(path)
        if not text:
            continue
        nc = nu = 0
        for stanza in re.split(r"\n\s*\n", text):
            lines = stanza.split("\n")
            holders, contacts, in_c = [], [], False
            for ln in lines:
                if ln.startswith("Copyright:"):
                    in_c = True
                elif ln and not ln[0].isspace():
                    in_c = False
                m = HOLDER.match(ln) if in_c else None
                if m and name_ok(m.group(1)):
                    holders.append(m.group(1))
                m = CONTACT.match(ln)
                if m and name_ok(m.group(1)):
                    contacts.append(m.group(1))
            body = "\n".join(lines[:16])
            if holders and nc < PER_FILE:
                out["copyright"].append((body, holders + contacts, path))
                nc += 1
            elif contacts and nu < PER_FILE:
                out["upstream_contact"].append((body, contacts, path))
                nu += 1


AUTHOR_LINE = re.compile(r"^\s*(?:[-*+]\s+)?([^\s<>(),:;*][^<>(),:;*]*?)\s+" + EMAIL + r"\s*$")


def authors(out):
    files = set()
    for pat in ("AUTHORS*", "THANKS*", "CREDITS*"):
        files.update(glob.glob("/usr/share/doc/*/" + pat))
    for path in sorted(files):
        text = read(path)
        if not text:
            continue
        lines = text.split("\n")
        n = 0
        for i, ln in enumerate(lines):
            m = AUTHOR_LINE.match(ln)
            if m and name_ok(m.group(1)):
                win = lines[max(0, i - 2):i + 3]
                names = [m2.group(1) for m2 in (AUTHOR_LINE.match(x) for x in win)
                         if m2 and name_ok(m2.group(1))]
                out["authors"].append(("\n".join(win), names, path))
                n += 1
                if n >= PER_FILE:
                    break


def roff_text(src):
    """The running text of a man page: requests dropped, font escapes removed."""
    keep = []
    for ln in src.split("\n"):
        if ln.startswith((".", "'")):
            m = re.match(r"^\.(?:B|I|BI|IB|BR|RB|IR|RI|SM|SB)\s+(.*)$", ln)
            if not m:
                keep.append("")
                continue
            ln = re.sub(r'"', "", m.group(1))
        ln = re.sub(r"\\f(?:\[[^\]]*\]|\(..|.)", "", ln)
        ln = ln.replace("\\-", "-").replace("\\(aq", "'").replace("\\ ", " ").replace("\\&", "")
        ln = re.sub(r"\\\[(.+?)\]|\\\((..)", "", ln)
        keep.append(ln)
    return "\n".join(keep)


WRITTEN = re.compile(r"Written by ([^.]*?(?:[A-Z]\.[^.]*?)*)\.(?:\s|$)")


def manpages(out):
    for path in sorted(glob.glob("/usr/share/man/man1/*.gz")):
        raw = read(path)
        if not raw or "Written by" not in raw:
            continue
        text = roff_text(raw)
        for para in re.split(r"\n\s*\n", text):
            flat = re.sub(r"\s+", " ", para).strip()
            m = WRITTEN.search(flat)
            if not m:
                continue
            parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group(1))
            names = [p.strip() for p in parts if name_ok(re.sub(r"\s*" + EMAIL, "", p).strip())]
            names = [re.sub(r"\s*" + EMAIL, "", p).strip() for p in names]
            if names:
                out["man_written_by"].append((flat[:600], names, path))
                break


def node(out, root):
    base = os.path.join(root, "tests", "node_modules")
    paths = []
    for d, dirs, files in os.walk(base, followlinks=True):
        dirs.sort()
        if "package.json" in files:
            paths.append(os.path.join(d, "package.json"))
    for path in sorted(paths):
        text = read(path)
        if not text:
            continue
        try:
            pkg = json.loads(text)
        except ValueError:
            continue
        people = []
        for p in [pkg.get("author")] + list(pkg.get("contributors") or []) + \
                list(pkg.get("maintainers") or []):
            n = p.get("name") if isinstance(p, dict) else p if isinstance(p, str) else None
            if n:
                n = re.sub(r"\s*(?:" + EMAIL + r"|\(.*?\))", "", n).strip()
                if name_ok(n):
                    people.append(n)
        if not people:
            continue
        lines = text.split("\n")
        for i, ln in enumerate(lines):
            if any(n in ln for n in people):
                out["node_author"].append(("\n".join(lines[max(0, i - 3):i + 4]), people, path))
                break


def build(dest, root):
    out = {k: [] for k in CAP}
    changelogs(out)
    copyrights(out)
    authors(out)
    manpages(out)
    node(out, root)
    recs, seen = [], set()
    for cls in CAP:
        n = 0
        for body, names, path in out[cls]:
            if n >= CAP[cls] or body in seen:
                continue
            r = record(body, names, cls, os.path.dirname(path).rsplit("/", 1)[-1])
            if r:
                seen.add(body)
                recs.append(r)
                n += 1
    with open(dest, "w", encoding="utf-8") as f:
        json.dump(recs, f, ensure_ascii=False, indent=0)
    per = Counter(r["metadata"]["class"] for r in recs)
    gold = Counter()
    for r in recs:
        gold[r["metadata"]["class"]] += len(r["spans"])
    print("outside corpus: %d records, %d PERSON spans" % (len(recs), sum(gold.values())))
    for k in CAP:
        print("  %-18s %5d records %5d spans" % (k, per[k], gold[k]))


def shape(text, a, b, cls):
    """A miss's shape, never its letters: slot, char and word before, case, words, ASCII."""
    v = text[a:b]
    pre = text[max(0, a - 40):a]
    before = repr(pre[-1]) if pre else "BOS"
    wb = re.findall(r"(\S+)[ \t]*$", pre)
    wbefore = wb[-1].strip() if wb else "-"
    if not re.match(r"^(?:by|Copyright:?|Upstream-Contact:|Thanks|Patch|and|from|to|\(c\)|©|"
                    r"\[|--|[^\w\s]+)$", wbefore, re.I):
        # the word itself may be a name or a mail address: only its kind
        wbefore = "<email>" if "@" in wbefore else "<digits>" if re.search(r"\d", wbefore) \
            else "<Cap>" if wbefore[:1].isupper() else "<lower>" if wbefore[:1].islower() \
            else "<other>"
    words = v.split()
    case = "particle" if any(w[:1].islower() for w in words) else \
        "initial" if any(re.match(r"^[A-Z]\.$", w) for w in words) else \
        "hyphen" if "-" in v else "UPPER" if v.isupper() else "Cap"
    after = text[b:b + 2]
    after = "<email" if after.startswith(" <") else repr(after[:1]) if after else "EOS"
    return "%s | before %s word %s | %s | %dw | %s | after %s" % (
        cls, before, wbefore, case, len(words), "ascii" if v.isascii() else "non-ascii", after)


def shapes(corpus, showfile):
    with open(corpus, encoding="utf-8") as f:
        recs = json.load(f)
    misses, kinds = Counter(), Counter()
    with open(showfile, encoding="utf-8", errors="replace") as f:
        lines = f.read().split("\n")
    for i, ln in enumerate(lines):
        m = re.match(r"^(FN|PARTIAL) PERSON\s+", ln)
        if not m:
            continue
        val = ln[m.end():]
        idx = None
        for j in (i + 1,):
            c = re.match(r"^\s+#(\d+): ", lines[j]) if j < len(lines) else None
            if c:
                idx = int(c.group(1))
        if m.group(1) == "PARTIAL":
            # PARTIAL lines carry no context: find the record by value
            cand = [r for r in recs for s in r["spans"] if s["entity_value"] == val]
            r, sp = (cand[0], [s for s in cand[0]["spans"] if s["entity_value"] == val][0]) \
                if cand else (None, None)
        else:
            r = recs[idx] if idx is not None and idx < len(recs) else None
            sp = next((s for s in r["spans"] if s["entity_value"] == val), None) if r else None
        if not sp:
            kinds["unmatched " + m.group(1)] += 1
            continue
        kinds[m.group(1)] += 1
        misses[m.group(1) + " " + shape(r["full_text"], sp["start_position"],
                                        sp["end_position"], r["metadata"]["class"])] += 1
    print("misses:", dict(kinds))
    for k, n in misses.most_common():
        print("%5d  %s" % (n, k))


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "build":
        build(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else
              os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..")))
    elif len(sys.argv) == 4 and sys.argv[1] == "shapes":
        shapes(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
