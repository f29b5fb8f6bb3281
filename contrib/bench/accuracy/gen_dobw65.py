#!/usr/bin/env python3
"""gen_dobw65.py: births of the world further from their word (tune set; branch dobw65, issue 15,
written and committed before hush was run on it), from the thirtieth blind set's public brief (its
`mixed` family: forms with the native and the romanised fields side by side, two-column forms,
passport pages with the machine-readable zone; its `script` family's birth words) and the author's
own idea of such text; not from any detector rule and not from the blind set.

The languages, dates and birth words of gen_dobw64.py (its helpers imported), and Latin-letter
forms of the romanised world (Vietnamese, Turkish, Indonesian, Spanish, Portuguese, English). No
person is named. The birth stands further from its word than a label's own line:
  below     a form whose values stand a line below their labels ("Дата рождения:\\n12.07.1979"),
            some labels bilingual ("生年月日 / Date of birth:"), a birth label with no value left
            empty above another label's date
  columns   two-column sheets: tab-separated or space-aligned heads over their values, the birth
            column first or second, beside an issue, entry or wedding column
  glue      a sentence with a place or more words between the birth word and the date
            ("родился в Казани 12 июля 1979 г.", "जन्म: लखनऊ, 12/07/1979"); look-alikes where
            another event's word stands between (moved, married, died, arrived)
  before    the date before its birth mark ("12.07.1979 г.р.", "1985年3月2日生", "(b. 12 Jul 1985)")
  mrz       a passport (TD3) or ID card (TD1) page: printed fields a line below their labels and
            the machine-readable zone (its birth field gold, its expiry field NEG_DATE, the
            document number NEG_ID)
  latin     forms of the romanised world, values below their labels
Look-alikes (NEG_DATE, NEG_YEAR, NEG_ID; at least as many as the births): other events' dates in
the same layouts, years alone in prose, order numbers shaped like dates, birth words with no date.
Request bodies of the four APIs, a third \\uXXXX, half compact. Writes JSON to stdout;
deterministic; stdlib only.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import write_json  # noqa: E402
from gen_bodies import P, ask_body, append_body  # noqa: E402
import gen_dobw64 as w64  # noqa: E402

rng = random.Random(20261208 + 6565)
w64.rng.seed(20261208 + 656565)
L, fmt_date, ymd, CODE, check_digit = w64.L, w64.fmt_date, w64.ymd, w64.CODE, w64.check_digit

# Per language: a town, birth sentences with more glue ({C} town, {D} date), look-alikes with
# another event's word between the birth word and the date, the mark after a date of birth, an
# English label for bilingual pages.
X = {
    "ru": ("Казани", ["Я родился в {C} {D}.", "Родилась в городе {C} {D}, сейчас живу в Москве."],
           ["Родился в {C}, в Москву переехал {D}.", "Родилась в {C}, замуж вышла {D}."], " г.р."),
    "uk": ("Львові", ["Я народився у місті {C} {D}."], ["Народилася у {C}, переїхала до Києва {D}."],
           " р.н."),
    "bg": ("Пловдив", ["Роден съм в град {C} на {D}."], ["Роден в {C}, женен на {D}."], ""),
    "sr": ("Нишу", ["Рођен сам у граду {C} {D}."], ["Рођена у {C}, удала се {D}."], ""),
    "ar": ("جدة", ["وُلد في مدينة {C} بتاريخ {D}.", "مواليد مدينة {C} في {D}."],
           ["وُلد في {C} وتوفي في {D}.", "ولد في {C} ووصل إلى الرياض في {D}."], ""),
    "fa": ("شیراز", ["تاریخ تولد و محل: {C}، {D}"], ["متولد {C}، تاریخ ازدواج {D}"], ""),
    "ur": ("لاہور", ["پیدائش: شہر {C}، {D}"], ["پیدائش {C} میں، شادی {D} کو ہوئی۔"], ""),
    "he": ("חיפה", ["נולד בעיר {C} ב-{D}."], ["נולדה ב{C}, עלתה ארצה ב-{D}."], ""),
    "hi": ("लखनऊ", ["जन्म: {C}, {D}", "मेरा जन्म {C} शहर में {D} को हुआ था।"],
           ["जन्म {C} में हुआ, विवाह {D} को हुआ।", "जन्म स्थान {C}, मृत्यु {D}"], ""),
    "bn": ("ঢাকা", ["জন্ম: {C}, {D}"], ["জন্ম {C} শহরে, বিয়ে {D} তারিখে।"], ""),
    "ta": ("மதுரை", ["பிறந்த ஊர் {C}, பிறந்த தேதி விவரம் {D}"], ["பிறந்த ஊர் {C}, திருமணம் {D}"], ""),
    "th": ("เชียงใหม่", ["เกิดที่จังหวัด{C} เมื่อ {D}"], ["เกิดที่{C} แต่งงานเมื่อ {D}"], ""),
    "zh": ("上海", ["出生地{C}，出生日期 {D}"], ["出生于{C}，入境日期 {D}"], "生"),
    "tw": ("台中", ["出生地{C}，出生日期 {D}"], ["出生於{C}，結婚日期 {D}"], "生"),
    "ja": ("大阪", ["{C}で生まれ、生年月日は {D} です。"], ["{C}生まれで、入国日は {D} です。"], "生まれ"),
    "ko": ("부산", ["출생지 {C}, 생년월일 {D}"], ["{C} 출생, 입국일 {D}"], "생"),
}

# Latin-letter forms: (birth labels, other labels, birth sentence, look-alike sentence, date forms)
LAT = {
    "vi": ("Ngày sinh|Ngày, tháng, năm sinh", "Ngày cấp|Có giá trị đến|Ngày nhập cảnh",
           "Tôi sinh ra ở Huế, ngày {D}.", "Sinh ở Huế, nhập cảnh ngày {D}."),
    "tr": ("Doğum tarihi|Doğum Tarihi", "Veriliş tarihi|Geçerlilik tarihi|Giriş tarihi",
           "İzmir'de {D} tarihinde doğdum.", "İzmir'de doğdu, {D} tarihinde evlendi."),
    "id": ("Tanggal lahir|Tempat/Tgl. Lahir", "Tanggal terbit|Berlaku hingga|Tanggal masuk",
           "Saya lahir di Medan pada {D}.", "Lahir di Medan, menikah pada {D}."),
    "es": ("Fecha de nacimiento|Fecha de nac.", "Fecha de expedición|Vigencia|Fecha de entrada",
           "Nací en Puebla, el {D}.", "Nació en Puebla y se casó el {D}."),
    "pt": ("Data de nascimento|Data de nasc.", "Data de emissão|Validade|Data de entrada",
           "Nasci em Recife no dia {D}.", "Nasceu em Recife, casou-se em {D}."),
    "en": ("Date of birth|DOB|Date of Birth", "Date of issue|Date of expiry|Date of arrival",
           "He was born in Lagos, Nigeria on {D}.", "Born in Lagos, he moved to Accra on {D}."),
}
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def lat_date(y, m, d):
    c = rng.randrange(4)
    if c == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if c == 1:
        return "%02d.%02d.%d" % (d, m, y)
    if c == 2:
        return "%02d-%02d-%d" % (d, m, y)
    return "%d %s %d" % (d, MON[m - 1], y)


def date(lg, birth):
    y, m, d = ymd(birth)
    return lat_date(y, m, d) if lg in LAT else fmt_date(lg, y, m, d, "birth" if birth else "event")


def labels(lg, birth):
    if lg in LAT:
        return LAT[lg][0 if birth else 1].split("|")
    return L[lg]["born" if birth else "other"]


def label(lg, birth):
    lb = rng.choice(labels(lg, birth))
    if lg not in LAT and rng.random() < 0.35:
        lb += " / " + ("Date of birth" if birth else rng.choice(["Date of issue", "Date of expiry", "Date of entry"]))
    return lb


def below(p, lg):
    """Labels ending in ':' over their values; sometimes an empty birth field above another's date."""
    n = rng.randint(2, 3)
    at = rng.randrange(n + 1)
    for k in range(n + 1):
        birth = k == at
        p.t(label(lg, birth) + rng.choice([":", ":", "：" if lg in ("zh", "tw", "ja") else ":"]) + "\n")
        p.s("DATE_OF_BIRTH" if birth else "NEG_DATE", date(lg, birth)).t("\n")
    if rng.random() < 0.5:
        p.t(label(lg, True) + ":\n" + rng.choice(["—", "-", "(blank)", ""]) + "\n")
        p.t(label(lg, False) + ":\n").s("NEG_DATE", date(lg, False)).t("\n")


def columns(p, lg):
    """Two-column sheets: tab-separated or space-aligned heads over their values."""
    bl, ol = rng.choice(labels(lg, True)), rng.choice(labels(lg, False))
    first = rng.random() < 0.5
    tab = rng.random() < 0.5
    heads = [bl, ol] if first else [ol, bl]
    width = 28
    sep = "\t" if tab else None
    p.t("№" + (sep or "   ") + (sep or "").join(h if tab else h.ljust(width) for h in heads).rstrip() + "\n")
    for r in range(rng.randint(2, 3)):
        p.t(str(r + 1) + (sep or "   "))
        cells = [("DATE_OF_BIRTH", date(lg, True)), ("NEG_DATE", date(lg, False))]
        if not first:
            cells.reverse()
        p.s(*cells[0])
        p.t("\t" if tab else " " * max(2, width - len(cells[0][1])))
        p.s(*cells[1]).t("\n")


def glue(p, lg):
    """A birth sentence with more glue, and a look-alike with another event's word between."""
    if lg in LAT:
        a, b = LAT[lg][2].split("{D}")
        p.t(a).s("DATE_OF_BIRTH", date(lg, True)).t(b + "\n")
        a, b = LAT[lg][3].split("{D}")
        p.t(a).s("NEG_DATE", date(lg, False)).t(b + "\n")
        return
    town, good, bad, _ = X[lg]
    a, b = rng.choice(good).replace("{C}", town).split("{D}")
    p.t(a).s("DATE_OF_BIRTH", date(lg, True)).t(b + "\n")
    a, b = rng.choice(bad).replace("{C}", town).split("{D}")
    p.t(a).s("NEG_DATE", date(lg, False)).t(b + "\n")


def before(p, lg):
    """The date before its birth mark, in a list of applicants; other dates with their own words."""
    for k in range(rng.randint(2, 3)):
        p.t("%d) A-%04d, " % (k + 1, rng.randint(1, 9999)))
        if lg in LAT:
            p.t(rng.choice(["(b. ", "b. "])).s("DATE_OF_BIRTH", date(lg, True)).t(rng.choice([")", ""]))
        else:
            p.s("DATE_OF_BIRTH", date(lg, True)).t(X[lg][3])
        p.t("; " + rng.choice(labels(lg, False)) + " ").s("NEG_DATE", date(lg, False)).t("\n")


def mrz_page(p, lg):
    """A passport (TD3) or ID card (TD1): printed fields a line below their labels, the MRZ."""
    by, bm, bd = ymd(True)
    ey, em, ed = ymd(False)
    code = CODE.get(lg, {"vi": "VNM", "tr": "TUR", "id": "IDN", "es": "MEX", "pt": "BRA", "en": "NGA"}.get(lg))
    no = "".join(rng.choice("0123456789") for _ in range(9))
    td1 = rng.random() < 0.4
    p.t(("IDENTITY CARD / " if td1 else "PASSPORT / ") + code + "\n")
    for birth in rng.sample([True, False], 2):
        p.t(label(lg, birth) + ":\n")
        if birth:
            p.s("DATE_OF_BIRTH", lat_date(by, bm, bd) if lg in LAT else fmt_date(lg, by, bm, bd, "birth"))
        else:
            p.s("NEG_DATE", lat_date(ey, em, ed) if lg in LAT else fmt_date(lg, ey, em, ed, "event"))
        p.t("\n")
    p.t("\n")
    b = "%02d%02d%02d" % (by % 100, bm, bd)
    e = "%02d%02d%02d" % (ey % 100, em, ed)
    sex = rng.choice("MF")
    if td1:
        p.t("I<" + code).s("NEG_ID", no).t(check_digit(no) + "<" * 15 + "\n")
        p.s("DATE_OF_BIRTH", b).t(check_digit(b) + sex).s("NEG_DATE", e).t(check_digit(e) + code + "<" * 11 + "4\n")
        p.t("X" * 0 + "<" * 30 + "\n")
    else:
        p.t("P<%s%s\n" % (code, "<" * 39))
        p.s("NEG_ID", no).t(check_digit(no) + code).s("DATE_OF_BIRTH", b)
        p.t(check_digit(b) + sex).s("NEG_DATE", e).t(check_digit(e) + "<" * 14 + "0" + "4\n")


def latin(p, lg):
    n = rng.randint(2, 3)
    at = rng.randrange(n + 1)
    for k in range(n + 1):
        birth = k == at
        p.t(rng.choice(labels(lg, birth)) + ":\n").s("DATE_OF_BIRTH" if birth else "NEG_DATE", date(lg, birth)).t("\n")


def lookalikes(p, lg):
    """Years alone in prose, an order number shaped like a date, a birth word with no date."""
    y, m, d = ymd(False)
    p.t("Order ").s("NEG_ID", "%d%02d%02d-%03d" % (y, m, d, rng.randint(1, 999))).t(" / ")
    p.t("ref ").s("NEG_ID", "%d-%02d-%02d/%d" % (y, m, d, rng.randint(10, 99))).t("\n")
    yr = str(rng.randint(1950, 2010))
    if lg in LAT:
        p.t("The family moved in ").s("NEG_YEAR", yr).t("; the birth certificate is attached.\n")
    else:
        a, b = L[lg]["topic"].split("{y}")
        p.t(a).s("NEG_YEAR", yr).t(b + " — " + L[lg]["born"][0] + ": ?\n")


SHAPES = [below, columns, glue, before, mrz_page, below, columns]
LANGS = sorted(L)
LATS = sorted(LAT)


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    for i in range(300):
        lg = LANGS[i % len(LANGS)] if i % 5 else LATS[(i // 5) % len(LATS)]
        sh = SHAPES[(i // 5) % len(SHAPES)]
        if sh is before and lg not in LAT and not X[lg][3]:
            sh = glue
        if lg in LAT and sh in (columns, below) and i % 2:
            sh = latin
        p = P()
        sh(p, lg)
        p.t("\n")
        lookalikes(p, lg)
        api = apis[(i // 3) % 4]
        ascii_ = i % 3 == 0
        ask = L[lg]["ask"] if lg in L and rng.random() < 0.6 else "Translate this into English and keep every date."
        body, spans = ask_body(api, ask, p.text, p.spans, ascii_, i % 2 == 1)
        append_body(records, body, spans, {"locale": lg, "class": "dobw65", "api": api,
                                           "ascii": ascii_, "doc": sh.__name__})
    write_json(records)


if __name__ == "__main__":
    main()
