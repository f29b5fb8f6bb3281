"""gen_chat_common.py: what the chat and speech-to-text generators share (gen_spoken51.py,
gen_spoken52.py, gen_typed52.py): the text without diacritics as a recogniser or a phone
keyboard writes it, the person drawn from global, real or invented names, the transcript or chat
written left to right with its spans (templates with {slot}s), and the transcript put in sentence
case. Moved here from those generators, word for word: each corpus regenerates byte-identical,
so nothing here may change its output or the order in which it draws random numbers (helpers
that draw take the generator's own `random.Random` first). Python stdlib only."""
import unicodedata

from gen_common import Spans, invent_syllables, span_at, walk_template


def plain(s):
    """s without diacritics (muller, francois, jose), as a recogniser or a phone keyboard without
    the language's layout drops them."""
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def draw_person(rng, glob, real, syl, end, p_real):
    """(given, surname) in lower case: a fifth from glob = (givens, surnames) of global origin,
    up to p_real from real = (givens, surnames), the rest invented from syllables and endings."""
    r = rng.random()
    if r < 0.2:
        return rng.choice(glob[0]), rng.choice(glob[1])
    if r < p_real:
        g, s = real
        return rng.choice(g), rng.choice(s)
    return (invent_syllables(rng, syl, end, False).lower(),
            invent_syllables(rng, syl, end, True).lower())


class Chat(Spans):
    """A transcript or a chat written left to right with its spans: t() text, s() a labelled
    value (empty allowed), walk() a template whose {slot}s slot(key) writes, fmt() one whose
    {slot}s are (label, value) pairs (no label: plain text), words() one whose {slot}s are
    NEG_WORD spans."""

    def s(self, label, v):
        self.spans.append(span_at(self.text, label, v))
        self.text += v
        return self

    def walk(self, tpl, slot):
        walk_template(tpl, self.t, slot)
        return self

    def fmt(self, tpl, slots):
        def one(key):
            lab, v = slots[key]
            if lab:
                self.s(lab, v)
            else:
                self.t(v)
        return self.walk(tpl, one)

    def words(self, tpl):
        return self.walk(tpl, lambda w: self.s("NEG_WORD", w))


def sentence_case(text, spans):
    """text with its first letter capitalised; a span at offset 0 follows it."""
    text = text[0].upper() + text[1:]
    if spans and spans[0]["start_position"] == 0:
        spans[0]["entity_value"] = text[:spans[0]["end_position"]]
    return text
