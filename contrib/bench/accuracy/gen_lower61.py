#!/usr/bin/env python3
"""gen_lower61.py: lower-case variants of text hush was tuned on (tune set; branch lower61, written
and committed before hush was run on it), from the twenty-fourth blind set's public brief (its
typed family: phone chat in lower case without diacritics, shorthand, emoji, names glued) and my
own idea of how people type on a phone, not from hush's rules.

Two parts.
1. Variants: records of non-blind tune corpora (chats, IRC logs, letters and prose, forms, tickets,
   rosters and tables; 7-17 languages; plain-text records only, never names_holdout*, never the
   model hold-outs 9/11/12, never presidio) rewritten as typed on a phone: everything lower case,
   diacritics stripped (`ß`->`ss`, `ø`->`o`, `ł`->`l`, dotless i), most sentence punctuation
   dropped, now and then two words run together, chat shorthand (`u`, `pls`, `vllt`, `bcp`, `q`,
   `cmq`, `vc`) and emoji between words. Gold and NEG_ spans are kept exact: a span's text is
   lower-cased and folded the same way (a tenth of two-word PERSON values glued, `annakeller`),
   nothing is dropped or glued inside or next to a span, and offsets are recomputed; a span whose
   folded text is empty, or one that overlaps another, is dropped. Structured values other than
   names, streets and births (e-mail, phone, IBAN, ...) are kept byte for byte.
2. Own chats: short lower-case chats in 9 languages where words that are names elsewhere are
   words (`prices rose`, `will do`, `gas bill`, `i may`, `ik ben`, `eind jan`, `a roma`, `e vera`,
   `mira esto`, `bo kvar`, `ida y vuelta`, `nur noch`, `can u`, `deniz kenari`, `ali`, `paris`:
   NEG_WORD) and people in lower case (the same words as names now and then: `ask rose`), the
   look-alikes as many as the names.

Request bodies of the four APIs, a third \\uXXXX-escaped, half compact. Deterministic; stdlib only.
"""
import json
import os
import random
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_bodies import P  # noqa: E402
from gen_typed_common import NAMES, GLOBAL, EMOJI, append_typed_body  # noqa: E402

rng = random.Random(20261207 + 6100)

# (corpus, records drawn): plain-text records only (a body's offsets are into escaped JSON)
SOURCES = [("chat2", 30), ("chat9", 30), ("casual12", 30), ("informal", 30), ("informal2", 25),
           ("intro12", 20), ("prose41", 35), ("prose44", 30), ("forms5", 20), ("forms42", 40),
           ("names_tune7", 30), ("names_chat", 25), ("rec39", 25), ("h9tune", 20), ("lists2", 15),
           ("review41", 15), ("tables7", 15)]
FOLD_LABELS = ("PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH")
FOLD = str.maketrans({"ł": "l", "ı": "i", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d",
                      "þ": "th", "ð": "d", "ș": "s", "ț": "t", "ħ": "h", "ŀ": "l"})
# sentence punctuation dropped (mostly) when it touches a space or a line end; never inside numbers
DROP = set(".,;:!?\"'()«»„“”‘’¡¿")
SHORT = {
    "en": {"you": "u", "are": "r", "please": "pls", "thanks": "thx", "tomorrow": "tmrw", "because": "bc",
           "okay": "ok", "with": "w", "message": "msg", "your": "ur", "people": "ppl", "about": "abt"},
    "de": {"vielleicht": "vllt", "nicht": "nich", "habe": "hab", "ist": "is", "danke": "dankee",
           "mal": "ma", "gerade": "grad", "kannst": "kannste", "morgen": "morgn", "bitte": "bitte 🙏"},
    "fr": {"beaucoup": "bcp", "pourquoi": "pk", "quoi": "koi", "merci": "mrc", "demain": "dem1",
           "aujourd'hui": "auj", "bien": "bi1", "je": "j", "rien": "ri1", "toujours": "tjrs"},
    "nl": {"niet": "nie", "even": "ff", "misschien": "mss", "bedankt": "thx", "goed": "gd", "wel": "wl"},
    "es": {"que": "q", "porque": "xq", "también": "tb", "gracias": "grax", "por favor": "porfa",
           "mañana": "mñn", "bueno": "bno", "para": "pa"},
    "it": {"che": "ke", "perché": "xke", "non": "nn", "comunque": "cmq", "grazie": "grz", "per": "x",
           "domani": "dmn", "tutto": "tt"},
    "pt": {"você": "vc", "que": "q", "não": "n", "também": "tb", "beleza": "blz", "por favor": "pfv",
           "hoje": "hj", "tudo": "td"},
    "pl": {"dzięki": "dzk", "nie wiem": "nwm", "jutro": "jutr", "proszę": "prosze", "wiem": "wim"},
}


def fold(s):
    """Lower case, no diacritics, the letters NFKD leaves (ß, ø, ł, ı) spelt as a phone types them."""
    s = s.lower().translate(FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def typed_gap(s, lg, left_span, right_span):
    """Text between spans as typed on a phone; no space next to a span is touched."""
    for long, short in SHORT.get(lg, {}).items():
        if rng.random() < 0.7:
            s = (" " + s + " ").replace(" " + long + " ", " " + short + " ")[1:-1]
    s = fold(s)
    out = []
    for i, c in enumerate(s):
        prev = s[i - 1] if i else ("x" if left_span else " ")
        nxt = s[i + 1] if i + 1 < len(s) else ("x" if right_span else " ")
        if c in DROP and (prev in " \n" or nxt in " \n") and not (prev.isdigit() and nxt.isdigit()) \
                and rng.random() < 0.8:
            continue
        if c == " " and 0 < i < len(s) - 1 and prev.isalpha() and nxt.isalpha() and rng.random() < 0.04:
            continue  # two words run together
        out.append(c)
        if c == " " and 0 < i < len(s) - 1 and rng.random() < 0.04:
            out.append(rng.choice(EMOJI) + " ")
    return "".join(out)


def typed_value(label, v):
    if label not in FOLD_LABELS and not label.startswith("NEG_"):
        return v
    v = fold(v)
    if label == "PERSON" and v.count(" ") == 1 and rng.random() < 0.1:
        v = v.replace(" ", "")
    return v


def variant(rec):
    """One source record as typed; None when nothing of it is left to grade."""
    text = rec["full_text"]
    lg = ((rec.get("metadata") or {}).get("locale") or "en")[:2]
    spans, end = [], 0
    for sp in sorted(rec["spans"], key=lambda x: (x["start_position"], -x["end_position"])):
        if sp["start_position"] >= end and text[sp["start_position"]:sp["end_position"]] == sp["entity_value"]:
            spans.append(sp)
            end = sp["end_position"]
    c, pos = P(), 0
    for k, sp in enumerate(spans):
        c.t(typed_gap(text[pos:sp["start_position"]], lg, k > 0, True))
        v = typed_value(sp["entity_type"], sp["entity_value"])
        if v.strip():
            c.s(sp["entity_type"], v)
        else:
            c.t(v)
        pos = sp["end_position"]
    c.t(typed_gap(text[pos:], lg, bool(spans), False))
    return (c, lg) if any(not s["entity_type"].startswith("NEG_") for s in c.spans) else None


# ---- own chats: [[w]] a name-word used as a word (NEG_WORD), {N} a person -------------------------
OWN = {
    "en": ["prices [[rose]] again smh", "[[will]] do {N} 👍", "the gas [[bill]] is mad this month", "i [[may]] be late",
           "its [[sunny]] out finally", "[[mark]] it in the cal pls", "ask {N} if she [[can]] drive sat",
           "{N} said the boiler is fine now", "[[can]] u grab milk", "thx {N} 🙏", "back from [[paris]] sun",
           "{N} is picking up the kids", "wedding in [[may]] then", "[[will]] text u l8r", "cu {N}",
           "{N} and {N} are coming", "pay the [[bill]] pls"],
    "de": ["[[nur]] noch 5 min", "im [[jan]] wieder", "hab [[nur]] kurz zeit", "danke {N} 🙏", "frag ma {N}",
           "{N} hat gesagt passt", "[[ole]] karre springt nich an", "bin mit {N} da", "in [[paris]] gewesen"],
    "nl": ["ik [[ben]] er zo", "eind [[jan]] pas", "[[ben]] je thuis?", "dank je {N}", "vraag {N} ff",
           "{N} zei dat het goed is", "ik [[ben]] bij {N}"],
    "es": ["[[mira]] esto jaja", "billete de [[ida]] y vuelta", "[[ole]] ole", "gracias {N}", "preguntale a {N}",
           "{N} dice q vale", "[[mira]] q hora es", "[[ida]] el lunes vuelta el jueves"],
    "it": ["e [[vera]] sta cosa?", "vado a [[roma]] lunedi", "la [[roma]] ha perso", "grz {N}", "chiedi a {N}",
           "{N} ha detto ok", "[[ali]] di pollo stasera", "nn e [[vera]] 😂"],
    "fr": ["on va a [[paris]] sam", "les [[paris]] sont ouverts", "mrc {N}", "demande a {N} stp", "{N} a dit ok"],
    "tr": ["[[can]] sikici ya", "[[deniz]] kenarinda bulusalim", "[[nur]] topu gibi", "{N} dayi geldi mi",
           "sagol {N}", "{N} tamam dedi", "{N} cocuklari alacak"],
    "sv": ["[[bo]] kvar i huset?", "ta [[lina]]n fran garaget", "vi ska [[bo]] har", "tack {N}", "fraga {N}",
           "{N} sa att det funkar"],
    "da": ["de skal [[bo]] der til jul", "{N} er syg i dag", "tak {N}", "{N} henter ungerne"],
}
# name-words drawn now and then as the person's name
WORDNAMES = ["rose", "mark", "will", "bill", "ben", "jan", "vera", "mira", "ida", "lina", "nur", "can", "deniz",
             "ali", "bo", "ole"]


def person(lg):
    if rng.random() < 0.15:
        return rng.choice(WORDNAMES)
    g, s = NAMES.get(lg, GLOBAL) if rng.random() < 0.8 else GLOBAL
    g, s = fold(rng.choice(g)), fold(rng.choice(s))
    r = rng.random()
    return g if r < 0.55 else g + " " + s if r < 0.85 else (g + s).replace(" ", "")


def own_chat(lg):
    c, vals, negs = P(), 0, 0
    lines = OWN[lg]
    while vals + negs < 6 or negs < vals or vals < negs - 1:
        pool = [l for l in lines if ("{N}" in l) == (negs >= vals)] or lines
        tpl = rng.choice(pool)
        if c.text:
            c.t("\n")
        c.t(rng.choice(["", "", "me: ", "mum: ", "landlord: ", "%02d:%02d " % (rng.randint(6, 23), rng.randint(0, 59))]))
        i = 0
        while i < len(tpl):
            j = min([k for k in (tpl.find("[[", i), tpl.find("{N}", i)) if k >= 0], default=len(tpl))
            c.t(tpl[i:j])
            if j == len(tpl):
                break
            if tpl.startswith("[[", j):
                e = tpl.index("]]", j)
                c.s("NEG_WORD", tpl[j + 2:e])
                negs += 1
                i = e + 2
            else:
                c.s("PERSON", person(lg))
                vals += 1
                i = j + 3
        if rng.random() < 0.2:
            c.t(" " + rng.choice(EMOJI))
    return c


def main():
    from gen_common import write_json
    docs = []
    for name, n in SOURCES:
        recs = json.load(open(os.path.join(HERE, "data", name + ".json")))
        recs = [r for r in recs if not r["full_text"].lstrip().startswith("{") and len(r["full_text"]) < 4000]
        for r in rng.sample(recs, min(n, len(recs))):
            v = variant(r)
            if v:
                docs.append((v[0], v[1], "variant:" + name))
    for i in range(240):
        lg = list(OWN)[i % len(OWN)]
        docs.append((own_chat(lg), lg, "own"))
    docs.sort(key=lambda d: d[2] != "own")  # own chats first: their NEG_WORD gets a slot of bench_accuracy's 16
    records = []
    asks = ["", "", "summarise this pls", "reply for me", "translate to english", "what do they want?"]
    for i, (doc, lg, cls) in enumerate(docs):
        append_typed_body(records, i, doc, rng.choice(asks), lg)["source"] = cls
    write_json(records)


main()
