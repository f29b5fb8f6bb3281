"""gen_scan_common.py: what the OCR and scan generators (gen_ocr51.py, gen_scan52.py) share: the
scanned document's builder (`ScanDoc`: fields in capitals, gaps, values split by a line-end
hyphen or over two lines, check boxes, page breaks), the OCR misreads of a phone and the numbers
a form prints that look like phones, the document cut into its pages, and the request bodies the
pages go into (gen_bodies' block APIs). Moved here from those generators: each corpus
regenerates byte-identical, so nothing here may change its output or the order in which it draws
random numbers. What draws takes the generator's own `random.Random` (ScanDoc: the subclass's
`rng`); where the two copies differed, the difference is a parameter or a class attribute."""
from gen_bodies import BLOCK_APIS, P, Bodies, append_body, dumps, place
from gen_common import Spans, shuffled


class ScanDoc(Spans):
    """One scanned document: text, spans, and where the scan's pages meet (`pages`). A subclass
    sets rng, CAPS (the share of documents in capitals), GAPS, BOXES (ticked, blank), SPLIT (the
    shares of values split by a hyphen and over two lines), HYPHENS (the breaks after a hyphen),
    COMMA_LINE (a value split after its comma keeps the comma outside the span) and defines
    header(page, pages)."""
    rng = None
    COMMA_LINE = False

    def __init__(self, lg, cls, dom=None):
        Spans.__init__(self)
        self.lg, self.cls, self.dom = lg, cls, dom
        self.pages = []
        self.caps = self.rng.random() < self.CAPS

    def c(self, s):
        return s.upper() if self.caps else s

    def gap(self):
        return self.t(self.rng.choice(self.GAPS))

    def box(self, on=True):
        return self.t(self.rng.choice(self.BOXES[0] if on else self.BOXES[1]))

    def val(self, label, v, split=True):
        """A value, sometimes split by a line-end hyphen or over two lines (each visible piece
        its own span)."""
        rng = self.rng
        r = rng.random()
        words = v.split(" ")
        if split and r < self.SPLIT[0]:
            cand = [(i, w) for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
            if cand:
                i, w = rng.choice(cand)
                k = rng.randint(3, len(w) - 3)
                pre = " ".join(words[:i] + [w[:k]])
                post = w[k:] + ("" if i == len(words) - 1 else " " + " ".join(words[i + 1:]))
                self.span(label, pre).t(rng.choice(self.HYPHENS))
                return self.span(label, post)
        if split and r < self.SPLIT[1] and len(words) >= 2:
            k = rng.randint(1, len(words) - 1)
            a, b = " ".join(words[:k]), " ".join(words[k:])
            if self.COMMA_LINE and a.endswith(","):
                self.span(label, a[:-1]).t(",\n")
            else:
                self.span(label, a).t(rng.choice(["\n", "\n    ", "\n\t"]))
            return self.span(label, b)
        return self.span(label, v)

    def newpage(self, page, pages):
        self.pages.append(len(self.text))
        self.header(page, pages)


def ocr_phone(rng, v, p):
    """v, with probability p one of its 0s or 1s read as O or l."""
    if rng.random() < p:
        k = [i for i, c in enumerate(v) if c in "01"]
        if k:
            i = rng.choice(k)
            v = v[:i] + {"0": "O", "1": "l"}[v[i]] + v[i + 1:]
    return v


def refno(rng, fourth):
    """A number a form prints that looks like a phone; fourth() draws the generator's own form."""
    k = rng.randrange(5)
    if k == 0:
        return "%04d %04d %04d" % (rng.randrange(10000), rng.randrange(10000), rng.randrange(10000))
    if k == 1:
        return "%d-%03d-%04d" % (rng.randint(2019, 2026), rng.randrange(1000), rng.randrange(10000))
    if k == 2:
        return "%02d %04d %04d" % (rng.randrange(100), rng.randrange(10000), rng.randrange(10000))
    if k == 3:
        return fourth()
    return "%04d.%02d.%02d.%02d" % (rng.randint(1000, 9999), rng.randrange(100), rng.randrange(100),
                                    rng.randrange(100))


def pieces_of(r):
    """The document as its pages (pieces), spans moved."""
    cuts = [0] + [c for c in r.pages if c > 0] + [len(r.text)]
    out = []
    for a, b in zip(cuts, cuts[1:]):
        p = P(r.text[a:b])
        p.spans = [dict(s, start_position=s["start_position"] - a, end_position=s["end_position"] - a)
                   for s in r.spans if a <= s["start_position"] < b]
        assert all(s["end_position"] <= b - a for s in p.spans)
        out.append(p)
    return out


def scan_records(rng, docs, langs, asks):
    """The documents, shuffled, each as its pages (or whole) in blocks of one of the block APIs'
    request bodies after the user's ask (cycling with its place): the records."""
    records = []
    ask = {lg: None for lg in langs}
    bodies = Bodies([], ask)
    for j, r in enumerate(shuffled(rng, docs)):
        for lg in langs:
            ask[lg] = asks[j % len(asks)]
        pieces = pieces_of(r)
        if j % 3 == 2 or len(pieces) == 1 and j % 2:
            one = P(r.text)
            one.spans = list(r.spans)
            pieces = [one]
        api = BLOCK_APIS[j % len(BLOCK_APIS)]
        ascii_ = j % 3 == 0
        body = dumps(bodies.blocks_body(api, len(pieces), r.lg, j), ascii_, j % 2 == 0)
        t, sp = place(body, pieces, ascii_)
        meta = {"locale": r.lg, "class": r.cls, "api": api, "ascii": ascii_}
        if r.dom is not None:
            meta["domain"] = r.dom
        append_body(records, t, sp, meta)
    return records
