#!/usr/bin/env python3
"""gen_names_holdout30.py: the thirtieth blind set: people of the world beyond Europe, in their own
scripts and formats, in whole request bodies of the four APIs.

Three families (metadata.family): `script` (Cyrillic, Arabic, Persian, Urdu, Hebrew, Devanagari,
Bengali, Tamil, Thai, Han simplified and traditional, Japanese, Hangul: names in each language's
order, forms and honorifics, addresses in each country's order, births in each script's words and
calendars), `romanised` (the same world in Latin letters: South Asian, African, South-East Asian,
Turkish and Latin-American people, and transliterations with several spellings of one name in one
body) and `mixed` (native and romanised side by side: forms, chats that switch script, letters to
translate, two-script sheets, a passport's machine-readable zone beside its printed fields).
The material: visa files, remittance receipts, ride and delivery chats, admissions, pilgrimage
group lists, donation registers, matrimonial profiles, club rosters, fan mail, convention badges,
seller disputes, group loans, SIM registrations, class groups, hotel cards, dormitory lists, land
registers and village minutes.

Gold: PERSON on every mention (honorifics and titles outside, a suffixed one such as `様`, `씨`,
`先生`, `जी` too; a possessive outside), STREET_ADDRESS (the address as one run in the country's
order, postcode, town and unit inside when they are part of the run), DATE_OF_BIRTH (only after a
birth word), EMAIL_ADDRESS, PHONE_NUMBER; look-alikes as NEG_ spans, at least as many as the
PERSON spans in every record. Half of the people are invented from each language's syllables.
Writes data/names_holdout30.json to stdout; deterministic (seeded).
"""
import json
import random
import unicodedata

from gen_bodies import MARK, RAWMARK, P, J, dumps, escaper, place_each
from gen_common import MON3, check_spans, fold, write_json
import holdout30_world as W

rng = random.Random(30_2026_12)
records = []

SCRIPT_LOCS = ["ru", "uk", "bg", "sr", "sr-Latn", "ar", "fa", "ur", "he", "hi", "bn", "ta", "th",
               "zh", "zh-TW", "ja", "ko"]
ROM_LOCS = ["in", "pk", "bd", "ng", "ke", "gh", "et", "id", "my", "ph", "vn", "vn-ascii", "tr",
            "mx", "br", "ru-Latn", "ar-Latn", "zh-Latn", "ja-Latn", "ko-Latn", "th-Latn"]
# the labels' language of a romanised locale
ROM_LANG = {"mx": "es", "br": "pt", "id": "id", "vn": "vi", "vn-ascii": "vi", "tr": "tr"}
# the native table behind a romanised locale of a script language
ROM_OF = {"ru-Latn": "ru", "ar-Latn": "ar", "zh-Latn": "zh", "ja-Latn": "ja", "ko-Latn": "ko",
          "th-Latn": "th"}
TABLE = {"ru": W.RU, "uk": W.UK, "bg": W.BG, "sr": W.SR, "sr-Latn": W.SR, "ar": W.AR, "fa": W.FA,
         "ur": W.UR, "he": W.HE, "hi": W.HI, "bn": W.BN, "ta": W.TA, "th": W.TH, "zh": W.ZH,
         "zh-TW": W.TW, "ja": W.JA, "ko": W.KO}

ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
DEVA_DIGITS = "०१२३४५६७८९"
BENG_DIGITS = "০১২৩৪৫৬৭৮৯"
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"


def digits(s, table):
    return "".join(table[int(c)] if c.isdigit() and c.isascii() else c for c in s)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c)
                   for c in s)


def deaccent(s):
    """s without its diacritics (Vietnamese typed without them), punctuation kept."""
    s = s.replace("Đ", "D").replace("đ", "d").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def kata(s):
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in s)


def ch(xs):
    return rng.choice(xs)


def nd(n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


# ---- calendars ------------------------------------------------------------------------------------
def jalali(gy, gm, gd):
    """Gregorian -> solar hijri (the Iranian civil calendar)."""
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = (355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd
            + g_d_m[gm - 1])
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def ja_era(y):
    if y >= 2019:
        return "令和", y - 2018
    if y >= 1989:
        return "平成", y - 1988
    return "昭和", y - 1925


EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
ES_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
PT_MONTHS = "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()
ID_MONTHS = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
TR_MONTHS = "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split()


def fmt_date(lang, y, m, d):
    """A date as the language writes it: one of its usual forms (calendar and digits too)."""
    k = rng.randrange(4)
    if lang in ("ru", "uk", "bg", "sr", "sr-Latn"):
        if k < 2:
            return "%02d.%02d.%d" % (d, m, y)
        mon = TABLE[lang]["months"][m - 1]
        if lang == "sr-Latn":
            mon = "januara februara marta aprila maja juna jula avgusta septembra oktobra novembra decembra".split()[m - 1]
        suf = {"ru": " г.", "uk": " р.", "bg": " г.", "sr": ".", "sr-Latn": "."}[lang]
        return "%d%s %s %d%s" % (d, "." if lang.startswith("sr") else "", mon, y, suf)
    if lang == "ar":
        if k == 0:
            return "%d/%02d/%02d" % (y, m, d)
        if k == 1:
            return digits("%02d/%02d/%d" % (d, m, y), ARABIC_DIGITS)
        if k == 2:
            return "%d %s %d" % (d, W.AR["months"][m - 1], y)
        return "%d/%02d/%02d هـ" % (y - 579 + rng.randint(0, 1), rng.randint(1, 12), d)
    if lang == "fa":
        jy, jm, jd = jalali(y, m, d)
        if k < 2:
            return digits("%d/%02d/%02d" % (jy, jm, jd), PERSIAN_DIGITS)
        if k == 2:
            return digits("%d %s %d" % (jd, W.FA["months"][jm - 1], jy), PERSIAN_DIGITS)
        return "%d/%02d/%02d" % (jy, jm, jd)
    if lang == "ur":
        return "%02d-%02d-%d" % (d, m, y) if k < 2 else "%d %s %d" % (d, W.UR["months"][m - 1], y)
    if lang == "he":
        return "%d.%d.%d" % (d, m, y) if k < 2 else "%d ב%s %d" % (d, W.HE["months"][m - 1], y)
    if lang == "hi":
        if k == 0:
            return digits("%02d-%02d-%d" % (d, m, y), DEVA_DIGITS)
        return "%02d/%02d/%d" % (d, m, y) if k == 1 else "%d %s %d" % (d, W.HI["months"][m - 1], y)
    if lang == "bn":
        if k < 2:
            return digits("%02d/%02d/%d" % (d, m, y), BENG_DIGITS)
        return digits("%d %s %d" % (d, W.BN["months"][m - 1], y), BENG_DIGITS)
    if lang == "ta":
        return "%02d-%02d-%d" % (d, m, y) if k < 2 else "%02d.%02d.%d" % (d, m, y)
    if lang == "th":
        if k == 0:
            return "%d %s %d" % (d, W.TH["months"][m - 1], y + 543)
        if k == 1:
            return "%02d/%02d/%d" % (d, m, y + 543)
        if k == 2:
            return digits("%d/%d/%d" % (d, m, y + 543), THAI_DIGITS)
        return "%d %s พ.ศ. %d" % (d, W.TH["months"][m - 1], y + 543)
    if lang == "zh":
        return ["%d年%d月%d日" % (y, m, d), "%d-%02d-%02d" % (y, m, d), "%d.%d.%d" % (y, m, d),
                "%d年%02d月%02d日" % (y, m, d)][k]
    if lang == "zh-TW":
        return ["民國%d年%d月%d日" % (y - 1911, m, d), "%d年%d月%d日" % (y - 1911, m, d),
                "%d/%02d/%02d" % (y, m, d), "%d年%d月%d日" % (y, m, d)][k]
    if lang == "ja":
        era, ey = ja_era(y)
        return ["%s%d年%d月%d日" % (era, ey, m, d), "%d年%d月%d日" % (y, m, d),
                "%d/%02d/%02d" % (y, m, d), fullwidth("%d年%d月%d日" % (y, m, d))][k]
    if lang == "ko":
        return ["%d년 %d월 %d일" % (y, m, d), "%d.%02d.%02d" % (y, m, d),
                "%d. %d. %d." % (y, m, d), "%d-%02d-%02d" % (y, m, d)][k]
    if lang == "es":
        return "%d de %s de %d" % (d, ES_MONTHS[m - 1], y) if k < 2 else "%02d/%02d/%d" % (d, m, y)
    if lang == "pt":
        return "%d de %s de %d" % (d, PT_MONTHS[m - 1], y) if k < 2 else "%02d/%02d/%d" % (d, m, y)
    if lang == "id":
        return "%d %s %d" % (d, ID_MONTHS[m - 1], y) if k < 2 else "%02d-%02d-%d" % (d, m, y)
    if lang == "vi":
        return "%02d/%02d/%d" % (d, m, y) if k < 2 else "ngày %d tháng %d năm %d" % (d, m, y)
    if lang == "tr":
        return "%02d.%02d.%d" % (d, m, y) if k < 2 else "%d %s %d" % (d, TR_MONTHS[m - 1], y)
    return ["%02d/%02d/%d" % (d, m, y), "%02d-%s-%d" % (d, MON3[m - 1].title(), y),
            "%d %s %d" % (d, EN_MONTHS[m - 1], y), "%s %d, %d" % (EN_MONTHS[m - 1], d, y)][k]


def ymd(lo, hi):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


# ---- phones ------------------------------------------------------------------------------------------
def phone(cc):
    k = rng.randrange(3)
    if cc == "ru":
        a, b, c, d = nd(3, "9"), nd(3, "0123456789"), nd(2, "0123456789"), nd(2, "0123456789")
        return ["+7 (%s) %s-%s-%s" % (a, b, c, d), "8 %s %s-%s-%s" % (a, b, c, d),
                "+7%s%s%s%s" % (a, b, c, d)][k]
    if cc == "ua":
        op = ch(["67", "50", "63", "93", "97"])
        x = nd(7, "123456789")
        return ["+380 %s %s %s %s" % (op, x[:3], x[3:5], x[5:]), "0%s %s-%s-%s" % (op, x[:3], x[3:5], x[5:]),
                "+380%s%s" % (op, x)][k]
    if cc == "bg":
        x = nd(7)
        return ["+359 88 %s %s" % (x[:3], x[3:]), "0888 %s %s" % (x[:3], x[3:6]), "+359 2 %s %s" % (x[:3], x[3:])][k]
    if cc == "rs":
        x = nd(7)
        return ["+381 64 %s %s" % (x[:3], x[3:]), "064/%s-%s" % (x[:3], x[3:]), "011 %s %s" % (x[:3], x[3:])][k]
    if cc == "sa":
        x = nd(8)
        s = ["+966 5%s %s %s" % (x[:1], x[1:4], x[4:]), "05%s %s %s" % (x[:1], x[1:4], x[4:]),
             "+9665%s" % x][k]
        return digits(s, ARABIC_DIGITS) if rng.random() < 0.3 else s
    if cc == "eg":
        x = nd(8)
        s = ["+20 10 %s %s" % (x[:4], x[4:]), "010%s" % x, "01%s %s %s" % (ch("0125"), x[:4], x[4:])][k]
        return digits(s, ARABIC_DIGITS) if rng.random() < 0.4 else s
    if cc == "ir":
        x = nd(7)
        s = ["+98 912 %s %s" % (x[:3], x[3:]), "0912 %s %s" % (x[:3], x[3:]), "021-%s%s" % (x, nd(1))][k]
        return digits(s, PERSIAN_DIGITS) if rng.random() < 0.5 else s
    if cc == "pk":
        x = nd(7)
        return ["+92 3%s %s" % (nd(2, "0123"), x), "03%s-%s" % (nd(2, "0123"), x),
                "042-3%s" % nd(7)][k]
    if cc == "il":
        x = nd(7)
        return ["+972-5%s-%s-%s" % (ch("0234"), x[:3], x[3:]), "05%s-%s" % (ch("0234"), x),
                "03-%s" % x][k]
    if cc == "in":
        x = nd(10, "6789")
        s = ["+91 %s %s" % (x[:5], x[5:]), "%s%s" % (ch(["0", ""]), x), "+91-%s-%s" % (x[:5], x[5:])][k]
        return digits(s, DEVA_DIGITS) if rng.random() < 0.1 else s
    if cc == "bd":
        x = nd(8)
        s = ["+880 17%s-%s" % (x[:2], x[2:]), "01%s%s" % (ch("3579"), x), "+880 1%s %s" % (ch("3579"), x)][k]
        return digits(s, BENG_DIGITS) if rng.random() < 0.3 else s
    if cc == "lk":
        x = nd(7)
        return ["+94 77 %s %s" % (x[:3], x[3:]), "077 %s" % x, "011 2%s" % x[:6]][k]
    if cc == "th":
        x = nd(7)
        return ["+66 8%s %s %s" % (ch("123456789"), x[:3], x[3:]),
                "08%s-%s-%s" % (ch("123456789"), x[:3], x[3:]), "02-%s" % x][k]
    if cc == "cn":
        x = nd(8, "0123456789")
        p = "1" + ch("3578") + nd(1, "0123456789")
        return ["+86 %s %s %s" % (p, x[:4], x[4:]), "%s%s" % (p, x), "%s-%s-%s" % (p, x[:4], x[4:])][k]
    if cc == "tw":
        x = nd(8)
        return ["09%s-%s-%s" % (x[:2], x[2:5], x[5:]), "+886 9%s %s %s" % (x[:2], x[2:5], x[5:]),
                "(02) %s-%s" % (x[:4], x[4:])][k]
    if cc == "jp":
        x = nd(8, "123456789")
        s = ["0%s0-%s-%s" % (ch("789"), x[:4], x[4:]), "+81 %s0-%s-%s" % (ch("789"), x[:4], x[4:]),
             "03-%s-%s" % (x[:4], x[4:])][k]
        return fullwidth(s) if rng.random() < 0.25 else s
    if cc == "kr":
        x = nd(8)
        return ["010-%s-%s" % (x[:4], x[4:]), "+82 10-%s-%s" % (x[:4], x[4:]), "02-%s-%s" % (x[:3], x[3:7])][k]
    if cc == "ng":
        x = nd(7)
        return ["+234 8%s %s %s" % (ch(["03", "05", "06", "07"]), x[:3], x[3:]),
                "08%s %s %s" % (ch(["03", "05", "06"]), x[:3], x[3:]), "+234 (0)70%s" % nd(8)][k]
    if cc == "ke":
        x = nd(6)
        return ["+254 7%s %s" % (nd(2), x), "07%s %s %s" % (nd(2), x[:3], x[3:]), "+254-11%s" % nd(7)][k]
    if cc == "gh":
        x = nd(7)
        return ["+233 24 %s %s" % (x[:3], x[3:]), "024 %s %s" % (x[:3], x[3:]), "+233 (0)55 %s" % x][k]
    if cc == "et":
        x = nd(7)
        return ["+251 91 %s %s" % (x[:3], x[3:]), "0911 %s %s" % (x[:3], x[3:6]), "+251-11-%s" % x][k]
    if cc == "id":
        x = nd(8)
        return ["+62 812-%s-%s" % (x[:4], x[4:]), "0812 %s %s" % (x[:4], x[4:]), "(021) %s" % x][k]
    if cc == "my":
        x = nd(7)
        return ["+60 12-%s %s" % (x[:3], x[3:]), "012-%s %s" % (x[:3], x[3:]), "03-%s %s" % (x[:4], x[4:])][k]
    if cc == "ph":
        x = nd(7)
        return ["+63 917 %s %s" % (x[:3], x[3:]), "0917-%s-%s" % (x[:3], x[3:]), "(02) 8%s" % x][k]
    if cc == "vn":
        x = nd(6)
        return ["+84 9%s %s %s" % (nd(2), x[:3], x[3:]), "09%s %s %s" % (nd(2), x[:3], x[3:]),
                "0%s.%s.%s" % (nd(3, "9"), x[:3], x[3:])][k]
    if cc == "tr":
        x = nd(7)
        return ["+90 5%s %s %s %s" % (nd(2), x[:3], x[3:5], x[5:]), "05%s %s %s %s" % (nd(2), x[:3], x[3:5], x[5:]),
                "0 (5%s) %s %s %s" % (nd(2), x[:3], x[3:5], x[5:])][k]
    if cc == "mx":
        x = nd(8)
        return ["+52 55 %s %s" % (x[:4], x[4:]), "55 %s %s" % (x[:4], x[4:]), "+57 310 %s" % x[:7]][k]
    if cc == "br":
        x = nd(8)
        return ["+55 11 9%s-%s" % (x[:4], x[4:]), "(11) 9%s-%s" % (x[:4], x[4:]), "(21) 9%s-%s" % (x[:4], x[4:])][k]
    raise ValueError(cc)


CC = {"ru": "ru", "ru-Latn": "ru", "uk": "ua", "bg": "bg", "sr": "rs", "sr-Latn": "rs", "fa": "ir",
      "ur": "pk", "pk": "pk", "he": "il", "hi": "in", "in": "in", "bn": "bd", "bd": "bd", "ta": "in",
      "th": "th", "th-Latn": "th", "zh": "cn", "zh-Latn": "cn", "zh-TW": "tw", "ja": "jp",
      "ja-Latn": "jp", "ko": "kr", "ko-Latn": "kr", "ng": "ng", "ke": "ke", "gh": "gh", "et": "et",
      "id": "id", "my": "my", "ph": "ph", "vn": "vn", "vn-ascii": "vn", "tr": "tr", "mx": "mx",
      "br": "br"}


def cc_of(loc):
    if loc in ("ar", "ar-Latn"):
        return ch(["sa", "eg"])
    if loc == "ta" and rng.random() < 0.3:
        return "lk"
    return CC[loc]


# ---- addresses: (as written in the country's script and order, in Latin letters) ------------------
def address(cc, loc):
    n, k = rng.randint(1, 180), rng.randint(1, 140)
    if cc == "ru":
        st = ch([("ул. Садовая", "ul. Sadovaya"), ("ул. Лесная", "ul. Lesnaya"),
                 ("пр-т Победы", "pr-t Pobedy"), ("ул. Пушкина", "ul. Pushkina"),
                 ("ул. Молодёжная", "ul. Molodyozhnaya"), ("ул. Гагарина", "ul. Gagarina")])
        town = ch([("Казань", "Kazan", "420"), ("Москва", "Moscow", "123"), ("Самара", "Samara", "443"),
                   ("Пермь", "Perm", "614"), ("Тюмень", "Tyumen", "625")])
        pc = town[2] + nd(3, "0123456789")
        if rng.random() < 0.5:
            return ("%s, д. %d, кв. %d, г. %s, %s" % (st[0], n, k, town[0], pc),
                    "%s, d. %d, kv. %d, %s, %s" % (st[1], n, k, town[1], pc))
        return ("%s, г. %s, %s, д. %d%s, кв. %d" % (pc, town[0], st[0], n, ch(["", "/2", " к. 1"]), k),
                "%s, %s, %s, bld. %d, apt %d" % (pc, town[1], st[1], n, k))
    if cc == "ua":
        st = ch([("вул. Грушевського", "vul. Hrushevskoho"), ("вул. Зелена", "vul. Zelena"),
                 ("просп. Науки", "prosp. Nauky"), ("вул. Садова", "vul. Sadova")])
        town = ch([("Київ", "Kyiv", "01"), ("Львів", "Lviv", "79"), ("Харків", "Kharkiv", "61")])
        pc = town[2] + nd(3, "0123456789")
        return ("%s, %d, кв. %d, м. %s, %s" % (st[0], n, k, town[0], pc),
                "%s, %d, apt %d, %s, %s" % (st[1], n, k, town[1], pc))
    if cc == "bg":
        st = ch([("ул. „Шипка“", "ul. Shipka"), ("бул. „България“", "bul. Bulgaria"),
                 ("ул. „Цар Самуил“", "ul. Tsar Samuil")])
        town = ch([("София", "Sofia", "1000"), ("Пловдив", "Plovdiv", "4000"), ("Варна", "Varna", "9000")])
        fl = rng.randint(1, 9)
        return ("%s № %d, ет. %d, ап. %d, %s %s" % (st[0], n, fl, k, town[2], town[0]),
                "%s No. %d, fl. %d, ap. %d, %s %s" % (st[1], n, fl, k, town[2], town[1]))
    if cc == "rs":
        st = ch([("Краља Петра", "Kralja Petra"), ("Булевар ослобођења", "Bulevar oslobođenja"),
                 ("Цара Душана", "Cara Dušana"), ("Његошева", "Njegoševa")])
        town = ch([("Београд", "Beograd", "11000"), ("Нови Сад", "Novi Sad", "21000"), ("Ниш", "Niš", "18000")])
        nat = "%s %d/%d, %s %s" % (st[0], n, k % 30 + 1, town[2], town[0])
        rom = "%s %d/%d, %s %s" % (st[1], n, k % 30 + 1, town[2], town[1])
        return (rom, rom) if loc == "sr-Latn" else (nat, rom)
    if cc in ("sa", "eg"):
        if cc == "sa":
            st = ch([("شارع الأمير سلطان", "Prince Sultan St"), ("طريق الملك عبد العزيز", "King Abdulaziz Rd"),
                     ("شارع التخصصي", "Takhassusi St")])
            dist = ch([("حي الروضة", "Al Rawdah"), ("حي النخيل", "Al Nakheel"), ("حي العليا", "Al Olaya")])
            town = ch([("جدة", "Jeddah", "23"), ("الرياض", "Riyadh", "12"), ("الدمام", "Dammam", "32")])
            pc = town[2] + nd(3, "0123456789")
            nat = "%s، مبنى %d، %s، %s %s" % (st[0], n, dist[0], town[0], pc)
            rom = "Bldg %d, %s, %s, %s %s" % (n, st[1], dist[1], town[1], pc)
        else:
            st = ch([("شارع التحرير", "Tahrir St"), ("شارع جامعة الدول العربية", "Arab League St"),
                     ("شارع مصدق", "Mossadak St")])
            dist = ch([("الدقي", "Dokki"), ("المهندسين", "Mohandessin"), ("مصر الجديدة", "Heliopolis")])
            nat = "%d %s، %s، الجيزة" % (n, st[0], dist[0])
            rom = "%d %s, %s, Giza" % (n, st[1], dist[1])
        if rng.random() < 0.4:
            nat = digits(nat, ARABIC_DIGITS)
        return nat, rom
    if cc == "ir":
        st = ch([("خیابان ولیعصر", "Valiasr St"), ("خیابان شریعتی", "Shariati St"), ("بلوار میرداماد", "Mirdamad Blvd")])
        alley = ch([("کوچه نسترن", "Nastaran Alley"), ("کوچه بهار", "Bahar Alley"), ("کوچه ۱۲", "12th Alley")])
        pc = nd(10)
        nat = "تهران، %s، %s، پلاک %d، واحد %d، کد پستی %s" % (st[0], alley[0], n, rng.randint(1, 20), pc)
        if rng.random() < 0.6:
            nat = digits(nat, PERSIAN_DIGITS)
        return nat, "No. %d, %s, %s, Tehran, postal code %s" % (n, alley[1], st[1], pc)
    if cc == "pk":
        area = ch([("گلبرگ III، لاہور", "Gulberg III, Lahore"), ("ایف-8/3، اسلام آباد", "F-8/3, Islamabad"),
                   ("بلاک 6، پی ای سی ایچ ایس، کراچی", "Block 6, PECHS, Karachi")])
        nat = "مکان نمبر %d، گلی نمبر %d، %s" % (n, k % 40 + 1, area[0])
        rom = "House %d, Street %d, %s" % (n, k % 40 + 1, area[1])
        return nat, rom
    if cc == "il":
        st = ch([("רחוב הרצל", "Herzl St"), ("רחוב ביאליק", "Bialik St"), ("שדרות בן גוריון", "Ben Gurion Blvd"),
                 ("רחוב הנביאים", "HaNevi'im St")])
        town = ch([("תל אביב-יפו", "Tel Aviv-Yafo"), ("חיפה", "Haifa"), ("ירושלים", "Jerusalem")])
        pc = nd(7)
        return ("%s %d, דירה %d, %s %s" % (st[0], n, k % 30 + 1, town[0], pc),
                "%d %s, apt %d, %s %s" % (n, st[1], k % 30 + 1, town[1], pc))
    if cc == "in":
        if loc == "hi":
            area = ch([("लक्ष्मी नगर, दिल्ली", "Laxmi Nagar, Delhi", "1100"), ("गोमती नगर, लखनऊ", "Gomti Nagar, Lucknow", "2260"),
                       ("मालवीय नगर, जयपुर", "Malviya Nagar, Jaipur", "3020")])
            pc = area[2] + nd(2, "0123456789")
            return ("मकान नं. %d, गली नं. %d, %s %s" % (n, k % 20 + 1, area[0], pc),
                    "H.No. %d, Gali No. %d, %s %s" % (n, k % 20 + 1, area[1], pc))
        if loc == "ta":
            st = ch([("காந்தி தெரு", "Gandhi Street"), ("பாரதி நகர் 2வது தெரு", "2nd Street, Bharathi Nagar"),
                     ("கோவில் தெரு", "Kovil Street")])
            area = ch([("மயிலாப்பூர், சென்னை", "Mylapore, Chennai", "6000"), ("அண்ணா நகர், மதுரை", "Anna Nagar, Madurai", "6250")])
            pc = area[2] + nd(2, "0123456789")
            return ("எண் %d, %s, %s %s" % (n, st[0], area[0], pc), "No. %d, %s, %s %s" % (n, st[1], area[1], pc))
        if loc == "bn":
            return address("bd", loc)
        pc = ch(["560", "500", "600", "411", "226", "682"]) + nd(3, "0123456789")
        form = rng.randrange(4)
        if form == 0:
            return None, "Flat %d, %s Apartments, %dth Cross, %s, %s %s" % (
                rng.randint(101, 904), ch(["Sai Krupa", "Lakshmi Nivas", "Green Park"]), rng.randint(4, 19),
                ch(["Indiranagar", "HSR Layout", "Jayanagar"]), "Bengaluru", pc)
        if form == 1:
            return None, "H.No. %d-%d-%d, Road No. %d, Banjara Hills, Hyderabad - %s" % (
                rng.randint(1, 12), rng.randint(1, 9), rng.randint(100, 999), rng.randint(1, 14), pc)
        if form == 2:
            return None, "No. %d, %s, %s, Chennai %s" % (n, ch(["Gandhi Street", "Kamarajar Salai", "4th Main Road"]),
                                                         ch(["Mylapore", "T. Nagar", "Adyar"]), pc)
        return None, "%d/%d, %s, %s, PIN %s" % (n, k, ch(["Shivaji Nagar", "Civil Lines", "Model Town"]),
                                                 ch(["Pune", "Lucknow", "Kochi"]), pc)
    if cc == "bd":
        pc = "12" + nd(2, "0123456789")
        area = ch([("ধানমন্ডি, ঢাকা", "Dhanmondi, Dhaka"), ("গুলশান-২, ঢাকা", "Gulshan-2, Dhaka"),
                   ("মিরপুর-১০, ঢাকা", "Mirpur-10, Dhaka")])
        r = rng.randint(1, 30)
        return (digits("বাড়ি নং %d, রোড নং %d, %s %s" % (n, r, area[0], pc), BENG_DIGITS),
                "House %d, Road %d, %s %s" % (n, r, area[1], pc))
    if cc == "lk":
        return (None, "No. %d, %s, Colombo %02d" % (n, ch(["Galle Road", "Duplication Road", "Temple Lane"]), rng.randint(1, 15)))
    if cc == "th":
        soi = rng.randint(1, 71)
        pc = ch(["10110", "10500", "10250"])
        return ("%d/%d ซอยสุขุมวิท %d ถนนสุขุมวิท แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพมหานคร %s" % (n, k, soi, pc),
                "%d/%d Soi Sukhumvit %d, Sukhumvit Rd, Khlong Toei Nuea, Watthana, Bangkok %s" % (n, k, soi, pc))
    if cc == "cn":
        town = ch([("北京市海淀区", "Haidian District, Beijing"), ("上海市浦东新区", "Pudong New Area, Shanghai"),
                   ("广州市天河区", "Tianhe District, Guangzhou"), ("成都市武侯区", "Wuhou District, Chengdu")])
        road = ch([("中关村大街", "Zhongguancun Street"), ("世纪大道", "Century Avenue"), ("天河路", "Tianhe Road"),
                   ("人民南路四段", "Section 4, Renmin South Road"), ("建设路", "Jianshe Road")])
        b, r = rng.randint(1, 12), rng.randint(101, 2508)
        unit = ch([("", ""), ("%d号楼%d室" % (b, r), "Bldg %d, Rm %d" % (b, r)),
                   ("%d单元%d" % (b % 6 + 1, r), "Unit %d-%d" % (b % 6 + 1, r))])
        return ("%s%s%d号%s" % (town[0], road[0], n, unit[0]),
                "%s%d %s, %s" % ((unit[1] + ", ") if unit[1] else "", n, road[1], town[1]))
    if cc == "tw":
        town = ch([("台北市信義區", "Xinyi Dist., Taipei City", "110"), ("新北市永和區", "Yonghe Dist., New Taipei City", "234"),
                   ("台中市西屯區", "Xitun Dist., Taichung City", "407")])
        road = ch([("松仁路", "Songren Rd."), ("中正路", "Zhongzheng Rd."), ("台灣大道三段", "Sec. 3, Taiwan Blvd.")])
        fl = rng.randint(2, 15)
        return ("%s%s%s%d號%d樓" % (ch([town[2], ""]), town[0], road[0], n, fl),
                "%dF, No. %d, %s, %s %s" % (fl, n, road[1], town[1], town[2]))
    if cc == "jp":
        pref = ch([("東京都千代田区千代田", "Chiyoda, Chiyoda-ku, Tokyo", "100-0001"),
                   ("大阪府大阪市北区梅田", "Umeda, Kita-ku, Osaka", "530-0001"),
                   ("東京都渋谷区渋谷", "Shibuya, Shibuya-ku, Tokyo", "150-0002"),
                   ("愛知県名古屋市中区栄", "Sakae, Naka-ku, Nagoya", "460-0008"),
                   ("福岡県福岡市博多区博多駅前", "Hakataekimae, Hakata-ku, Fukuoka", "812-0011")])
        a, b, c = rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 20)
        room = ch(["", " %sマンション%d号室" % (ch(["サンライズ", "グランド", "メゾン"]), rng.randint(101, 905)),
                   " %sビル%dF" % (ch(["第一", "中央", "駅前"]), rng.randint(2, 9))])
        if rng.random() < 0.5:
            nat = "〒%s %s%d丁目%d番%d号%s" % (pref[2], pref[0], a, b, c, room)
        else:
            nat = "〒%s %s%d-%d-%d%s" % (pref[2], pref[0], a, b, c, room)
        if rng.random() < 0.25:
            nat = fullwidth(nat).replace("\u3000", " ")
        return nat, "%d-%d-%d %s %s" % (a, b, c, pref[1], pref[2])
    if cc == "kr":
        town = ch([("서울특별시 강남구", "Gangnam-gu, Seoul", "06"), ("부산광역시 해운대구", "Haeundae-gu, Busan", "48"),
                   ("서울특별시 마포구", "Mapo-gu, Seoul", "04"), ("경기도 수원시 영통구", "Yeongtong-gu, Suwon", "16")])
        road = ch([("테헤란로", "Teheran-ro"), ("센텀중앙로", "Centum jungang-ro"), ("월드컵북로", "World Cup buk-ro"),
                   ("광교로", "Gwanggyo-ro")])
        unit = ch(["", ", %d층" % rng.randint(2, 20), " %d동 %d호" % (rng.randint(101, 112), rng.randint(101, 1504))])
        pc = town[2] + nd(3, "0123456789")
        nat = "%s %s %d%s" % (town[0], road[0], n, unit)
        if rng.random() < 0.4:
            nat = "(%s) %s" % (pc, nat)
        return nat, "%d %s, %s %s" % (n, road[1], town[1], pc)
    if cc == "ng":
        return None, ch(["%d %s, %s, Lagos State" % (n, ch(["Adeola Odeku Street", "Allen Avenue", "Bode Thomas Street"]),
                                                     ch(["Victoria Island", "Ikeja", "Surulere"])),
                         "Plot %d %s, Wuse II, Abuja" % (n, ch(["Aminu Kano Crescent", "Ademola Adetokunbo Crescent"])),
                         "No. %d %s, GRA, Enugu" % (n, ch(["Ogui Road", "Chime Avenue"]))])
    if cc == "ke":
        return None, ch(["House No. %d, %s, %s, Nairobi" % (n, ch(["Muthaiga Road", "Argwings Kodhek Road"]), ch(["Kilimani", "Lavington"])),
                         "Apartment %d%s, %s, P.O. Box %d-00100, Nairobi" % (rng.randint(1, 9), ch("ABCD"), ch(["Kindaruma Road", "Ngong Road"]), rng.randint(1000, 99999))])
    if cc == "gh":
        return None, "Hse No. %d, %s, %s, Accra, GA-%03d-%04d" % (n, ch(["3rd Ring Road", "Boundary Road", "Lagos Avenue"]),
                                                                 ch(["East Legon", "Osu", "Dzorwulu"]), rng.randint(100, 999), rng.randint(1000, 9999))
    if cc == "et":
        return None, "House No. %d, Woreda %d, %s Sub-City, Addis Ababa" % (rng.randint(100, 2999), rng.randint(1, 14), ch(["Bole", "Yeka", "Kirkos"]))
    if cc == "id":
        return None, "Jl. %s No. %d, RT %03d/RW %03d, Kelurahan %s, Kecamatan %s, %s %s" % (
            ch(["Melati", "Kenanga", "Cempaka Putih", "Diponegoro"]), n, rng.randint(1, 15), rng.randint(1, 12),
            ch(["Menteng", "Tebet Barat", "Cipete"]), ch(["Menteng", "Tebet", "Cilandak"]),
            ch(["Jakarta Pusat", "Jakarta Selatan"]), "1" + nd(4, "0123456789"))
    if cc == "my":
        return None, "No. %d, Jalan SS %d/%d, %s Petaling Jaya, Selangor" % (n, rng.randint(1, 26), rng.randint(1, 40), "47" + nd(3, "0123456789"))
    if cc == "ph":
        return None, "Blk %d Lot %d, %s St., Barangay %s, %s %s" % (
            rng.randint(1, 40), rng.randint(1, 60), ch(["Sampaguita", "Mabini", "Rizal"]),
            ch(["San Isidro", "Malanday", "Poblacion"]), ch(["Quezon City", "Marikina City", "Cebu City"]),
            nd(4, "1"))
    if cc == "vn":
        nat = "Số %d ngõ %d phố %s, phường %s, quận %s, Hà Nội" % (
            n, rng.randint(2, 200), ch(["Huế", "Bạch Mai", "Kim Mã"]), ch(["Ngô Thì Nhậm", "Cầu Dền", "Ngọc Khánh"]),
            ch(["Hai Bà Trưng", "Ba Đình"]))
        return None, (deaccent(nat) if loc == "vn-ascii" else nat)
    if cc == "tr":
        return None, "%s No: %d Daire: %d, %s %s/%s" % (
            ch(["Bağdat Caddesi", "Atatürk Bulvarı", "Gül Sokak"]), n, rng.randint(1, 20), "34" + nd(3, "0123456789"),
            ch(["Kadıköy", "Üsküdar", "Beşiktaş"]), "İstanbul")
    if cc == "mx":
        return None, ch(["Calle %s %d, Col. %s, C.P. %s, Ciudad de México, CDMX" % (
            ch(["Durazno", "Pino", "Hidalgo"]), n, ch(["Del Valle", "Roma Norte", "Santa Úrsula"]), "0" + nd(4, "123456789")),
            "Carrera %d # %d-%d, %s, Bogotá" % (rng.randint(5, 80), rng.randint(10, 120), rng.randint(1, 99), ch(["Chapinero", "Usaquén"]))])
    if cc == "br":
        return None, "Rua %s, %d, apto %d, %s, CEP %s-%s, %s" % (
            ch(["das Flores", "Augusta", "Sete de Setembro"]), n, k, ch(["Jardim América", "Pinheiros", "Boa Viagem"]),
            nd(5), nd(3, "0123456789"), ch(["São Paulo - SP", "Recife - PE", "Salvador - BA"]))
    raise ValueError(cc)


# ---- people ------------------------------------------------------------------------------------------
class Person:
    """One person: forms (the native forms a text may name them by), rom (romanised forms, several
    spellings where the language has them), hons ((before, form, after): a title or honorific
    around a form), and their own details. A mention is a list of text and ("PERSON", v)."""

    def __init__(self, loc, sex, inv):
        self.loc, self.sex, self.inv = loc, sex, inv
        self.forms, self.rom, self.hons, self.rel, self.hidden = {}, [], [], [], {}
        self.email = self.phone = self.addr = None
        self.dob = ymd(1940, 2006)

    def mention(self, kind=None):
        """(parts, shape): the person named one way (kind: a form key, "hon", "rom", "rel")."""
        if kind is None:
            r = rng.random()
            kind = "hon" if r < 0.35 and self.hons else ("rel" if r < 0.42 and self.rel else
                                                          ch(sorted(set(self.forms) - CASED)))
        if kind == "hon":
            pre, key, post = ch(self.hons)
            v = self.forms[key] if key in self.forms else self.hidden[key]
            return [pre, ("PERSON", v), post], "hon:" + (pre.strip() or post.strip())
        if kind == "rel":
            return ch(self.rel), "relation"
        if kind == "rom":
            return [("PERSON", ch(self.rom))], "romanised"
        return [("PERSON", self.forms[kind])], kind


CASED = {"gen", "dat", "ins"}  # Russian case forms: only where the sentence's grammar asks


def invent(syl, n):
    parts = rng.sample(syl, n)
    nat = "".join(p[0] for p in parts)
    rom = "".join(p[1] for p in parts)
    return nat[0].upper() + nat[1:], rom[0].upper() + rom[1:].lower()


RU_CASE = {"gen": 0, "dat": 1, "ins": 2}


def ru_decl(w, kind, case):
    i = RU_CASE[case]
    if kind == "g_m":
        return w[:-1] + ("я", "ю", "ем")[i] if w.endswith("й") else w + ("а", "у", "ом")[i]
    if kind == "g_f":
        if w.endswith("ия"):
            return w[:-1] + ("и", "и", "ей")[i]
        if w.endswith("я"):
            return w[:-1] + ("и", "е", "ей")[i]
        return w[:-1] + (("и" if w[-2] in "гкхжшчщ" else "ы"), "е", "ой")[i]
    if kind == "s_m":
        if w.endswith("ий"):
            return w[:-2] + ("ого", "ому", "им")[i]
        return w + ("а", "у", "ым")[i]
    if kind == "s_f":
        return w[:-2] + "ой" if w.endswith("ая") else w[:-1] + "ой"
    if kind == "p_m":
        return w + ("а", "у", "ем")[i]
    return w[:-1] + ("ы", "е", "ой")[i]


ROM_INIT = {"Ä": "A"}


def romkey(s):
    return "".join(c for c in fold(s).lower() if c.isalnum() or c == ".")


MAILDOM = {"ru": ["yandex.ru", "mail.ru"], "ua": ["ukr.net", "gmail.com"], "bg": ["abv.bg"],
           "rs": ["gmail.com", "eunet.rs"], "sa": ["outlook.sa", "gmail.com"], "eg": ["yahoo.com"],
           "ir": ["chmail.ir", "gmail.com"], "pk": ["gmail.com", "yahoo.com"], "il": ["walla.co.il"],
           "in": ["rediffmail.com", "gmail.com"], "bd": ["yahoo.com", "gmail.com"], "lk": ["sltnet.lk"],
           "th": ["hotmail.co.th"], "cn": ["163.com", "qq.com"], "tw": ["yahoo.com.tw"],
           "jp": ["docomo.ne.jp", "yahoo.co.jp"], "kr": ["naver.com", "daum.net"], "ng": ["yahoo.com"],
           "ke": ["gmail.com"], "gh": ["gmail.com"], "et": ["ethionet.et"], "id": ["yahoo.co.id"],
           "my": ["gmail.com"], "ph": ["yahoo.com.ph"], "vn": ["gmail.com"], "tr": ["hotmail.com"],
           "mx": ["hotmail.com"], "br": ["uol.com.br", "bol.com.br"]}


def finish(p, given_rom, sur_rom):
    """The person's own details, from their romanised given name and surname."""
    cc = cc_of(p.loc)
    p.cc = cc
    p.mrz = (fold(sur_rom).upper().replace("-", " ").replace("'", ""),
             fold(given_rom).upper().replace("-", " ").replace("'", ""))
    g, s = romkey(given_rom), romkey(sur_rom)
    if cc == "cn" and rng.random() < 0.4:
        local = nd(rng.randint(8, 10))
    else:
        local = ch(["%s.%s" % (g, s), "%s%s%d" % (g, s, rng.randint(1, 99)), "%s.%s" % (g[:1], s),
                    "%s_%s" % (s, g), "%s%d" % (g, rng.randint(1970, 2005))])
    p.email = local.strip(".") + "@" + ch(MAILDOM[cc])
    p.phone = phone(cc)
    p.addr = address(cc, p.loc)
    return p


def mk_ru(inv):
    t = W.RU
    sex = ch("mf")
    p = Person("ru", sex, inv)
    if inv:
        g = invent(t["syl"], 2)
        g = (g[0] + "слав", g[1] + "slav") if sex == "m" else (g[0] + "на", g[1] + "na")
        s = invent(t["syl"], 2)
        s = (s[0] + "ов", s[1] + "ov")
        sky = False
    else:
        g = ch(t["g_m"] if sex == "m" else t["g_f"])
        sky = rng.random() < 0.25
        s = ch(t["sur_sky"] if sky else t["sur"])
    pat = ch(t["pat"])
    if sex == "f":
        sn = s[0][:-2] + "ая" if sky else s[0] + "а"
        sr = s[1][:-1] + "aya" if sky else s[1] + "a"
        pn, pr = pat[1], pat[3]
    else:
        sn, sr, pn, pr = s[0], s[1], pat[0], pat[2]
    f = p.forms
    f["full"] = "%s %s %s" % (sn, g[0], pn)
    f["gps"] = "%s %s %s" % (g[0], pn, sn)
    f["gs"] = "%s %s" % (g[0], sn)
    f["gp"] = "%s %s" % (g[0], pn)
    f["init"] = "%s. %s. %s" % (g[0][0], pn[0], sn)
    f["sur_init"] = "%s %s. %s." % (sn, g[0][0], pn[0])
    for c in RU_CASE:
        f[c] = "%s %s %s" % (ru_decl(sn, "s_" + sex, c), ru_decl(g[0], "g_" + sex, c),
                             ru_decl(pn, "p_" + sex, c))
    p.hons = [("господин " if sex == "m" else "госпожа ", "sur_init", ""),
              ("Уважаем%s " % ("ый" if sex == "m" else "ая"), "gp", ""),
              ("тов. ", "init", "")]
    p.rom = ["%s %s %s" % (g[1], pr, sr), "%s %s" % (sr, g[1]), "%s %s" % (sr.upper(), g[1].upper()),
             "%s %s" % (g[1], sr)]
    return finish(p, g[1], sr)


def mk_uk(inv):
    t = W.UK
    sex = ch("mf")
    p = Person("uk", sex, inv)
    g = invent(t["syl"], 3) if inv else ch(t["g_m"] if sex == "m" else t["g_f"])
    if inv and sex == "f":
        g = (g[0] + "а", g[1] + "a")
    s = ch(t["sur"]) if not inv else (lambda x: (x[0] + "енко", x[1] + "enko"))(invent(t["syl"], 2))
    pat = ch(t["fathers_m"] if sex == "m" else t["fathers_f"])
    f = p.forms
    f["full"] = "%s %s %s" % (s[0], g[0], pat[0])
    f["gs"] = "%s %s" % (g[0], s[0])
    f["init"] = "%s. %s. %s" % (g[0][0], pat[0][0], s[0])
    f["given"] = g[0]
    p.hons = [("пан " if sex == "m" else "пані ", "gs", ""), ("п. ", "init", "")]
    p.rom = ["%s %s" % (g[1], s[1]), "%s %s" % (s[1].upper(), g[1].upper()),
             "%s %s %s" % (g[1], pat[1], s[1])]
    return finish(p, g[1], s[1])


def mk_bg(inv):
    t = W.BG
    sex = ch("mf")
    p = Person("bg", sex, inv)
    g = invent(t["syl"], 2) if inv else ch(t["g_m"] if sex == "m" else t["g_f"])
    if inv:
        g = (g[0] + ("н" if sex == "m" else "на"), g[1] + ("n" if sex == "m" else "na"))
    s = ch(t["sur"]) if not inv else (lambda x: (x[0] + "ов", x[1] + "ov"))(invent(t["syl"], 2))
    mid = ch(t["sur"])
    a = "а" if sex == "f" else ""
    ar = "a" if sex == "f" else ""
    f = p.forms
    f["full"] = "%s %s%s %s%s" % (g[0], mid[0], a, s[0], a)
    f["gs"] = "%s %s%s" % (g[0], s[0], a)
    f["init"] = "%s. %s%s" % (g[0][0], s[0], a)
    f["given"] = g[0]
    p.hons = [("г-н " if sex == "m" else "г-жа ", "gs", ""), ("д-р ", "gs", "")]
    p.rom = ["%s %s%s %s%s" % (g[1], mid[1], ar, s[1], ar), "%s %s%s" % (g[1], s[1], ar)]
    return finish(p, g[1], s[1] + ar)


def mk_sr(inv, latin=False):
    t = W.SR
    sex = ch("mf")
    p = Person("sr-Latn" if latin else "sr", sex, inv)
    g = invent(t["syl"], 2) if inv else ch(t["g_m"] if sex == "m" else t["g_f"])
    if inv and sex == "f":
        g = (g[0] + "на", g[1] + "na")
    s = ch(t["sur"]) if not inv else (lambda x: (x[0] + "ић", x[1] + "ić"))(invent(t["syl"], 2))
    k = 1 if latin else 0
    f = p.forms
    f["gs"] = "%s %s" % (g[k], s[k])
    f["sg"] = "%s %s" % (s[k], g[k])
    f["given"] = g[k]
    if latin:
        p.hons = [("gospodin " if sex == "m" else "gospođa ", "gs", ""), ("dr ", "gs", "")]
    else:
        p.hons = [("господин " if sex == "m" else "госпођа ", "gs", ""), ("др ", "gs", "")]
    p.rom = ["%s %s" % (g[1], s[1]), "%s %s" % (fold(g[1]), fold(s[1])), "%s %s" % (fold(s[1]).upper(), fold(g[1]).upper())]
    return finish(p, g[1], s[1])


def mk_ar(inv):
    t = W.AR
    sex = ch("mf")
    p = Person("ar", sex, inv)
    if inv:
        n, r = invent(t["syl"], 2)
        g = (n, [r, r + ("h" if sex == "f" and r.endswith("a") else "")])
        fam = invent(t["syl"], 2)
        fam = ("ال" + fam[0] + "ي", ["Al-" + fam[1] + "i", "Al" + fam[1].lower() + "i"])
    else:
        g = ch(t["g_m"] if sex == "m" else t["g_f"])
        fam = ch(t["sur"])
    father = ch(t["g_m"])
    child = ch(t["g_m"])
    link = " بن " if sex == "m" else " بنت "
    f = p.forms
    f["full"] = g[0] + link + father[0] + " " + fam[0]
    f["gf"] = g[0] + " " + fam[0]
    f["given"] = g[0]
    f["kunya"] = ("أبو " if sex == "m" else "أم ") + child[0]
    p.hons = [("السيد " if sex == "m" else "السيدة ", "gf", ""), ("الأستاذ " if sex == "m" else "الأستاذة ", "given", ""),
              ("الدكتور " if sex == "m" else "الدكتورة ", "gf", "")]
    if sex == "m":
        p.hons.append(("الشيخ ", "full", ""))
    rl = " bin " if sex == "m" else " bint "
    p.rom = [gr + " " + fr for gr in g[1] for fr in fam[1]] + \
            [g[1][0] + rl + father[1][0] + " " + fam[1][0],
             ("Abu " if sex == "m" else "Umm ") + child[1][0]]
    return finish(p, g[1][0], fam[1][0])


def simple(loc, t, inv, sylg=2, syls=3):
    sex = ch("mf")
    p = Person(loc, sex, inv)
    if inv:
        g, s = invent(t["syl"], sylg), invent(t["syl"], syls)
    else:
        g, s = ch(t["g_m"] if sex == "m" else t["g_f"]), ch(t["sur"])
    return p, g, s


def mk_fa(inv):
    p, g, s = simple("fa", W.FA, inv, 2, 2)
    if inv:
        s = (s[0] + "ی", s[1] + "i")
    f = p.forms
    f["gs"], f["given"], f["sur"] = "%s %s" % (g[0], s[0]), g[0], s[0]
    p.hons = [("آقای " if p.sex == "m" else "خانم ", "gs", ""), ("آقای " if p.sex == "m" else "خانم ", "sur", ""),
              ("دکتر ", "gs", ""), ("جناب ", "gs", "")]
    p.rom = ["%s %s" % (g[1], s[1]), "%s %s" % (s[1].upper(), g[1].upper())]
    return finish(p, g[1], s[1])


def mk_ur(inv):
    p, g, s = simple("ur", W.UR, inv, 2, 2)
    father = ch(W.UR["g_m"])
    f = p.forms
    f["gs"], f["given"] = "%s %s" % (g[0], s[0]), g[0]
    p.hons = [("جناب ", "gs", ""), ("محترم " if p.sex == "m" else "محترمہ ", "gs", ""),
              ("", "given", " صاحب" if p.sex == "m" else " صاحبہ"), ("ڈاکٹر ", "gs", "")]
    p.rel = [[("PERSON", f["gs"]), " ولد " if p.sex == "m" else " بنت ", ("PERSON", father[0] + " " + s[0])]]
    p.rom = ["%s %s" % (g[1], s[1]), "%s %s %s %s %s" % (g[1], s[1], "s/o" if p.sex == "m" else "d/o", father[1], s[1])]
    return finish(p, g[1], s[1])


def mk_he(inv):
    p, g, s = simple("he", W.HE, inv, 2, 2)
    father = ch(W.HE["g_m"])
    f = p.forms
    f["gs"], f["sg"], f["given"] = "%s %s" % (g[0], s[0]), "%s %s" % (s[0], g[0]), g[0]
    f["ben"] = g[0] + (" בן " if p.sex == "m" else " בת ") + father[0]
    p.hons = [("מר " if p.sex == "m" else "גב' ", "gs", ""), ("ד\"ר ", "gs", ""), ("עו\"ד ", "gs", "")]
    p.rom = ["%s %s" % (g[1], s[1]), "%s %s" % (s[1].upper(), g[1].upper()),
             "%s %s %s" % (g[1], "ben" if p.sex == "m" else "bat", father[1])]
    return finish(p, g[1], s[1])


HI_INIT = [("आर", "R"), ("के", "K"), ("एस", "S"), ("एम", "M"), ("पी", "P"), ("वी", "V"), ("ए", "A")]


def mk_hi(inv):
    p, g, s = simple("hi", W.HI, inv, 2, 2)
    father = ch(W.HI["g_m"])
    i1, i2 = ch(HI_INIT), ch(HI_INIT)
    f = p.forms
    f["gs"], f["given"] = "%s %s" % (g[0], s[0]), g[0]
    f["init"] = "%s. %s. %s" % (i1[0], i2[0], s[0])
    p.hons = [("श्री " if p.sex == "m" else ch(["श्रीमती ", "सुश्री "]), "gs", ""), ("", "sur" if False else "gs", " जी"),
              ("", "given", " जी"), ("डॉ. ", "gs", "")]
    p.rel = [[("PERSON", f["gs"]), " पुत्र " if p.sex == "m" else " पुत्री ", ("PERSON", father[0] + " " + s[0])]]
    p.rom = ["%s %s" % (g[1], s[1]), "%s. %s. %s" % (i1[1], i2[1], s[1]),
             "%s %s %s %s" % (g[1], s[1], "s/o" if p.sex == "m" else "d/o", father[1] + " " + s[1])]
    return finish(p, g[1], s[1])


def mk_bn(inv):
    p, g, s = simple("bn", W.BN, inv, 2, 2)
    f = p.forms
    f["gs"], f["given"] = "%s %s" % (g[0], s[0]), g[0]
    if p.sex == "m":
        p.hons = [("জনাব ", "gs", ""), ("শ্রী ", "gs", ""), ("", "given", " বাবু"), ("", "gs", " সাহেব")]
    else:
        p.hons = [("শ্রীমতী ", "gs", ""), ("বেগম ", "gs", ""), ("", "given", " দিদি"), ("ডা. ", "gs", "")]
    p.rom = ["%s %s" % (g[1], s[1]), ("Md. " if p.sex == "m" and rng.random() < 0.4 else "") + "%s %s" % (g[1], s[1])]
    return finish(p, g[1], s[1])


def mk_ta(inv):
    t = W.TA
    p, g, s = simple("ta", t, inv, 3, 3)
    ini = ch(t["fathers"])
    father = ch(t["g_m"])
    f = p.forms
    f["init"] = "%s. %s" % (ini[0], g[0])
    f["given"] = g[0]
    f["gs"] = "%s %s" % (g[0], s[0])
    p.hons = [("திரு. " if p.sex == "m" else ch(["திருமதி ", "செல்வி "]), "init", ""), ("டாக்டர் ", "gs", "")]
    p.rel = [[("PERSON", g[0]), " த/பெ " if p.sex == "m" else " த/பெ ", ("PERSON", father[0])]]
    p.rom = ["%s. %s" % (ini[1], g[1]), "%s %s" % (g[1], s[1]), "%s %s" % (g[1], ini[1])]
    return finish(p, g[1], s[1])


def mk_th(inv):
    t = W.TH
    p, g, s = simple("th", t, inv, 2, 3)
    nick = ch(t["nick"])
    f = p.forms
    f["gs"], f["given"], f["nick"] = "%s %s" % (g[0], s[0]), g[0], nick[0]
    ti = "นาย" if p.sex == "m" else ch(["นาง", "นางสาว"])
    p.hons = [(ti, "gs", ""), ("คุณ", "given", ""), ("คุณ", "nick", ""), ("พี่", "nick", ""), ("น้อง", "nick", "")]
    p.rel = [[("PERSON", f["gs"]), " (", ("PERSON", nick[0]), ")"], [ti, ("PERSON", f["gs"]), " ชื่อเล่น ", ("PERSON", nick[0])]]
    p.rom = ["%s %s" % (g[1], s[1]), "%s %s %s" % ("Mr." if p.sex == "m" else "Ms.", g[1], s[1]), "Khun " + nick[1]]
    p.rom[1] = p.rom[0]
    return finish(p, g[1], s[1])


def mk_han(loc, inv):
    t = W.ZH if loc == "zh" else W.TW
    sex = ch("mf")
    p = Person(loc, sex, inv)
    s = ch(t["sur"])
    if inv:
        g = invent(t["chars"], ch([1, 2, 2]))
        if loc == "zh-TW" and len(g[0]) == 2:
            g = (g[0], g[1][:1].upper() + g[1][1:].lower())
    else:
        g = ch(t["given"])
    f = p.forms
    f["full"] = s[0] + g[0]
    if len(g[0]) == 2:
        f["given"] = g[0]
    if loc == "zh":
        plain = fold(s[1]) + " " + fold(g[1])
        p.rom = [s[1] + " " + g[1], plain, fold(g[1]) + " " + fold(s[1]), fold(s[1]).upper() + " " + fold(g[1])]
        p.hons = [("", "full", "先生" if sex == "m" else "女士"), ("", "full", "老师"), ("", "full", "同学")]
        f["sur"] = s[0]
        p.hons += [("", "sur", "先生" if sex == "m" else "女士"), ("小", "sur", ""), ("老", "sur", ""),
                   ("", "sur", "总"), ("", "sur", "经理")]
        p.hidden["sur"] = f.pop("sur")
    else:
        gr = g[1] if "-" in g[1] or len(g[0]) == 1 else g[1]
        p.rom = [s[1] + " " + gr, gr + " " + s[1], (s[1] + ", " + gr).upper()]
        p.hons = [("", "full", "先生" if sex == "m" else "小姐"), ("", "full", "老師"),
                  ("", "sur", "先生" if sex == "m" else "小姐"), ("", "sur", "老師"), ("阿", "given", "")]
        p.hidden["sur"] = s[0]
        if "given" not in f:
            p.hons.pop()
    return finish(p, fold(g[1]), fold(s[1]))


def mk_ja(inv):
    t = W.JA
    sex = ch("mf")
    p = Person("ja", sex, inv)
    s = ch(t["sur"])
    if inv:
        a, b = ch(t["syl"]), ch(t["syl"])
        rom = (a[2] + b[2]).lower()
        g = (a[0] + b[0], a[1] + b[1], rom.capitalize(), rom.capitalize())
    else:
        g = ch(t["g_m"] if sex == "m" else t["g_f"])
    f = p.forms
    f["full"] = "%s %s" % (s[0], g[0])
    f["full_ideo"] = "%s\u3000%s" % (s[0], g[0])
    f["full_nosp"] = s[0] + g[0]
    f["kana"] = "%s %s" % (kata(s[1]), kata(g[1]))
    f["hira"] = "%s\u3000%s" % (s[1], g[1])
    f["fw_rom"] = fullwidth("%s %s" % (s[3].upper(), g[3].upper()))
    f["sur"] = s[0]
    p.hons = [("", "full", "様"), ("", "full_nosp", "様"), ("", "sur", "様"), ("", "sur", "さん"),
              ("", "sur", "先生"), ("", "sur", "部長"), ("", "full", "殿"),
              ("", "sur", ch(["くん", "君"]) if sex == "m" else "さん")]
    p.hidden["sur"] = f.pop("sur")
    p.rom = ["%s %s" % (s[2], g[2]), "%s %s" % (g[3], s[3]), "%s %s" % (s[3].upper(), g[3].upper()),
             "%s %s" % (g[3], s[3].replace("o", "oh", 1) if s[3].endswith("o") else s[3])]
    return finish(p, g[3], s[3])


def mk_ko(inv):
    t = W.KO
    sex = ch("mf")
    p = Person("ko", sex, inv)
    s = ch(t["sur"])
    if inv:
        a, b = ch(t["syl"]), ch(t["syl"])
        g = (a[0] + b[0], a[1].capitalize() + "-" + b[1])
    else:
        g = ch(t["given"])
    f = p.forms
    f["full"] = s[0] + g[0]
    f["given"] = g[0]
    p.hons = [("", "full", " 씨"), ("", "given", " 씨"), ("", "full", "님"), ("", "full", " 고객님"),
              ("", "full", " 선생님"), ("", "full", " 과장님")]
    p.rel = [[("PERSON", s[0]), " 과장님"], [("PERSON", s[0]), " 대리"]]
    sr = ch(s[1])
    p.rom = ["%s %s" % (sr, g[1]), "%s %s" % (g[1], sr), "%s %s" % (sr, g[1].replace("-", "").capitalize()),
             "%s %s" % (ch(s[1]).upper(), g[1].replace("-", "").upper())]
    return finish(p, g[1], sr)


MALE_TITLES = {"Alhaji", "Mr.", "Mzee", "Togbe", "Ato", "Shri", "Janab", "Encik", "Bapak", "Pak", "Mas",
               "Mang", "Bey", "Sr.", "Don", "Seu", "Tuan", "ông", "anh"}
FEMALE_TITLES = {"Mrs.", "Ms.", "Madam", "Mama", "Weyzero", "Weyzerit", "Smt.", "Kumari", "Begum", "Puan",
                 "Cik", "Ibu", "Bu", "Mbak", "Aling", "Hanım", "Sra.", "Doña", "Dona", "chị", "bà", "cô"}


def mk_rom(loc, inv):
    """A person of a region written in Latin letters."""
    if loc in ROM_OF:
        base = MAKERS[ROM_OF[loc]](inv)
        p = Person(loc, base.sex, inv)
        p.email, p.phone, p.dob, p.cc = base.email, base.phone, base.dob, base.cc
        p.addr = (None, base.addr[1])
        for i, r in enumerate(dict.fromkeys(base.rom)):
            p.forms["rom%d" % i] = r
        p.hons = [("Mr. " if p.sex == "m" else "Ms. ", "rom0", "")]
        if loc == "ja-Latn":
            p.hons.append(("", "rom1", "-san"))
        if loc == "ko-Latn":
            p.hons.append(("", "rom0", "-ssi"))
        if loc == "th-Latn":
            p.hons.append(("Khun ", "rom0", ""))
        return p
    t = W.ROM["vn" if loc == "vn-ascii" else loc]
    sex = ch("mf")
    p = Person(loc, sex, inv)
    f = p.forms
    if loc.startswith("vn"):
        s, g = ch(t["sur"]), ch(t["g_m"] if sex == "m" else t["g_f"])
        f["full"] = "%s %s" % (s[0], g[0])
        if loc == "vn-ascii":
            f["full"] = deaccent(f["full"])
        f["given"] = f["full"].split()[-1]
        f["caps"] = f["full"].upper()
        p.hons = [(w + " ", "given", "") for w in (["anh", "ông", "chú"] if sex == "m" else ["chị", "bà", "cô"])]
        p.hons += [("Anh " if sex == "m" else "Chị ", "given", "")]
        return finish(p, g[1].split()[-1], s[1])
    if inv:
        g = invent([(x, x) for x in t["syl"]], 2)[1]
        s = invent([(x, x) for x in t["syl"]], 3)[1]
    else:
        g, s = ch(t["g_m"] if sex == "m" else t["g_f"]), ch(t["sur"])
    f["gs"] = "%s %s" % (g, s)
    f["given"] = g
    f["sg"] = "%s, %s" % (s.upper(), g)
    titles = [w for w in t["titles"] if w not in (FEMALE_TITLES if sex == "m" else MALE_TITLES)]
    p.hons = [(ch(titles) + " ", "gs", "")]
    if loc in ("in", "pk", "bd"):
        father = ch(t["g_m"]) + " " + s
        rel = "s/o" if sex == "m" else ch(["d/o", "w/o"])
        p.rel = [[("PERSON", f["gs"]), " %s " % rel, ("PERSON", father)],
                 [("PERSON", f["gs"]), " (%s %s)" % (rel.upper(), ""), ("PERSON", father)]]
        if loc == "in":
            f["init"] = "%s. %s. %s" % (ch("KRSMVPAGN"), ch("KRSMVPAGN"), s)
            p.hons = [("Shri " if sex == "m" else "Smt. ", "gs", ""), ("Sri ", "init", ""), ("Dr. ", "gs", ""),
                      ("", "given", "ji")]
            p.hons[-1] = ("", "given", " ji")
        if loc == "pk":
            p.hons = [("Mr. " if sex == "m" else "Mrs. ", "gs", ""), ("", "given", " Sahib" if sex == "m" else " Sahiba"),
                      ("Janab " if sex == "m" else "Begum ", "gs", "")]
        if loc == "bd":
            if sex == "m":
                f["md"] = "Md. " + f["gs"]
            p.hons = [("Janab " if sex == "m" else "Begum ", "gs", ""), ("Mr. " if sex == "m" else "Mrs. ", "gs", "")]
    elif loc == "my":
        father = ch(W.ROM["my"]["sur"])
        f["bin"] = "%s %s %s" % (g, "bin" if sex == "m" else "binti", father)
        del f["gs"]
        f["sg"] = f["bin"].upper()
        p.hons = [("Encik " if sex == "m" else "Puan ", "bin", ""), ("Encik " if sex == "m" else "Cik ", "given", ""),
                  ("Dato' ", "bin", "")]
        s = father
    elif loc == "id":
        if rng.random() < 0.4:
            f["mono"] = g
            f.pop("gs")
            f.pop("sg")
            s = ""
        p.hons = [("Bapak " if sex == "m" else "Ibu ", "given", ""), ("Pak " if sex == "m" else "Bu ", "given", "")]
    elif loc == "et":
        f["sg"] = f["gs"].upper()
        p.hons = [("Ato " if sex == "m" else ch(["Weyzero ", "Weyzerit "]), "given", ""), ("Dr. ", "gs", "")]
    elif loc == "ph":
        mid = ch(t["sur"])
        f["gms"] = "%s %s %s" % (g, mid, s)
        f["gmis"] = "%s %s. %s" % (g, mid[0], s)
        p.hons = [(ch(["Engr. ", "Atty. ", "Mr. " if sex == "m" else "Ms. "]), "gmis", ""),
                  ("Mang " if sex == "m" else "Aling ", "given", "")]
    elif loc == "tr":
        f["ascii"] = deaccent(f["gs"])
        p.hons = [("", "given", " Bey" if sex == "m" else " Hanım"), ("Sayın ", "gs", "")]
    elif loc in ("mx", "br"):
        s2 = ch(t["sur"])
        f["full"] = "%s %s %s" % (g, s, s2) if loc == "mx" else "%s %s da %s" % (g, s2, s) if rng.random() < 0.4 else "%s %s %s" % (g, s2, s)
        p.hons = [(ch(["Sr. ", "Lic. ", "Ing. ", "Don "]) if sex == "m" else ch(["Sra. ", "Lic. ", "Doña "]), "gs", "")]
        if loc == "br":
            p.hons = [("Seu " if sex == "m" else "Dona ", "given", ""), ("Sr. " if sex == "m" else "Sra. ", "gs", "")]
    elif loc in ("ng", "gh", "ke"):
        if loc == "ng" and rng.random() < 0.5:
            f["three"] = "%s %s %s" % (g, ch([x for x in t["g_m" if sex == "m" else "g_f"] if x != g]), s)
        p.hons = [(ch(titles) + " ", "gs", ""), (ch(titles) + " ", "given" if loc == "gh" else "gs", "")]
    return finish(p, g, s or g)


MAKERS = {"ru": mk_ru, "uk": mk_uk, "bg": mk_bg, "sr": mk_sr, "sr-Latn": lambda inv: mk_sr(inv, True),
          "ar": mk_ar, "fa": mk_fa, "ur": mk_ur, "he": mk_he, "hi": mk_hi, "bn": mk_bn, "ta": mk_ta,
          "th": mk_th, "zh": lambda inv: mk_han("zh", inv), "zh-TW": lambda inv: mk_han("zh-TW", inv),
          "ja": mk_ja, "ko": mk_ko}


def person(loc):
    inv = rng.random() < 0.5
    if loc in MAKERS:
        return MAKERS[loc](inv)
    return mk_rom(loc, inv)


# ---- look-alikes -------------------------------------------------------------------------------------
# the romanised look-alikes of the script languages' regions (a text in Latin letters about them)
ROM_NEG = {
    "ru-Latn": dict(places=["Moscow", "Kazan", "Novosibirsk", "Vladimir", "Yaroslavl", "Tver"],
                    orgs=["Yeliseyev's Store", "Tretyakov Gallery", "Smirnov Vodka", "Likhachev Plant"],
                    famous=["Pushkin", "Leo Tolstoy", "Yuri Gagarin", "Peter the Great", "Chekhov"],
                    holidays=["Maslenitsa", "Victory Day", "Orthodox Christmas"],
                    streets=["Nevsky Prospekt", "Tverskaya Street", "Prospekt Mira"],
                    words=["Nadezhda", "Lyubov", "Pobeda"], titles=["Gospodin", "Comrade", "Dr."]),
    "ar-Latn": dict(places=["Riyadh", "Jeddah", "Cairo", "Amman", "Medina", "Alexandria"],
                    orgs=["Al Rajhi Bank", "Saudi Binladin Group", "Othaim Markets", "King Faisal Hospital"],
                    famous=["Saladin", "Ibn Sina", "Gamal Abdel Nasser", "Umm Kulthum", "Naguib Mahfouz"],
                    holidays=["Eid al-Fitr", "Eid al-Adha", "Ramadan", "Mawlid"],
                    streets=["Tahlia Street", "King Fahd Road", "Pyramids Road"],
                    words=["Salam", "Amal", "Noor al-Sabah"], titles=["Sheikh", "Sayyid", "Ustaz", "Dr."]),
    "zh-Latn": dict(places=["Beijing", "Shanghai", "Changchun", "Pudong", "Haidian", "Chengdu"],
                    orgs=["Li-Ning", "Wanglaoji", "Zhang Xiaoquan", "Lao Gan Ma", "Haidilao"],
                    famous=["Confucius", "Lu Xun", "Sun Yat-sen", "Li Bai", "Zhuge Liang"],
                    holidays=["Spring Festival", "Mid-Autumn Festival", "Qingming", "Dragon Boat Festival"],
                    streets=["Chang'an Avenue", "Nanjing Road", "Huaihai Road"],
                    words=["Xiao Jiejie", "Laoban", "Shifu"], titles=["Xiansheng", "Laoshi", "Nüshi"]),
    "ja-Latn": dict(places=["Tokyo", "Osaka", "Izumi", "Chiyoda", "Shibuya", "Sendai"],
                    orgs=["Honda Motor", "Matsushita Electric", "Toyota Tsusho", "Takashimaya", "Ito En"],
                    famous=["Natsume Soseki", "Tokugawa Ieyasu", "Sakamoto Ryoma", "Oda Nobunaga"],
                    holidays=["Obon", "Shichi-Go-San", "Golden Week", "Hinamatsuri"],
                    streets=["Meiji-dori", "Omotesando", "Midosuji"],
                    words=["Otsukaresama", "Yoroshiku", "Sakura-namiki"], titles=["Sensei", "Bucho", "Kacho"]),
    "ko-Latn": dict(places=["Seoul", "Busan", "Suwon", "Gangnam", "Yeongju", "Mapo"],
                    orgs=["E-Mart", "Jeong Kwan Jang", "Kimgane", "Park Seung Chul Hair", "Hanjin Express"],
                    famous=["King Sejong", "Yi Sun-sin", "Ahn Jung-geun", "Yu Gwan-sun"],
                    holidays=["Chuseok", "Seollal", "Buddha's Birthday", "Hangul Day"],
                    streets=["Sejong-daero", "Teheran-ro", "Gangnam-daero"],
                    words=["Annyeong", "Saranghae", "Haneul"], titles=["Gwajangnim", "Seonsaengnim", "Sajangnim"]),
    "th-Latn": dict(places=["Bangkok", "Chiang Mai", "Surin", "Khon Kaen", "Hat Yai", "Phuket"],
                    orgs=["Central", "CP All", "Kasikornbank", "Jay Fai"],
                    famous=["Sunthorn Phu", "King Taksin", "Pridi Banomyong"],
                    holidays=["Songkran", "Loy Krathong", "Visakha Bucha"],
                    streets=["Sukhumvit Road", "Silom Road", "Yaowarat Road"],
                    words=["Sabai Dee", "Sawasdee", "Nok Kaew"], titles=["Khun", "Nai", "Nang"]),
    "vn-ascii": None,
}


def pools(loc):
    if loc in TABLE:
        t = TABLE[loc]
    elif ROM_NEG.get(loc):
        t = ROM_NEG[loc]
    else:
        t = W.ROM["vn" if loc == "vn-ascii" else loc]
    out = {k: list(t.get(k, [])) for k in ("places", "orgs", "famous", "holidays", "streets", "words",
                                            "titles", "deities", "months", "eras")}
    if loc == "sr-Latn":  # the Latin forms of the Serbian look-alikes
        out.update(places=["Beograd", "Novi Sad", "Niš", "Zemun", "Vračar", "Čačak"],
                   orgs=["Jovanović d.o.o.", "Aerodrom Nikola Tesla", "Štark", "Bambi"],
                   famous=["Nikola Tesla", "Vuk Karadžić", "Sveti Sava", "Ivo Andrić"],
                   holidays=["Vidovdan", "Božić", "Uskrs", "krsna slava"],
                   streets=["Knez Mihailova", "Bulevar kralja Aleksandra", "Skadarlija"],
                   words=["Sloboda", "Nada", "Zora"], titles=["gospodin", "gospođa", "dr"], months=[])
    if loc == "vn-ascii":
        out = {k: [deaccent(x) for x in v] for k, v in out.items()}
    return out


NEG_OF = {"PL": ("NEG_PLACE", "places"), "ORG": ("NEG_ORG", "orgs"), "FAM": ("NEG_FAMOUS", "famous"),
          "HOL": ("NEG_HOLIDAY", "holidays"), "ST": ("NEG_STREET", "streets"),
          "W": ("NEG_WORD", "words"), "TI": ("NEG_TITLE", "titles"), "DEI": ("NEG_DEITY", "deities"),
          "MON": ("NEG_MONTH", "months"), "ERA": ("NEG_ERA", "eras")}

ID_LABEL = {"ru": "паспорт", "ua": "РНОКПП", "bg": "ЕГН", "rs": "ЈМБГ", "sa": "رقم الهوية",
            "eg": "الرقم القومي", "ir": "کد ملی", "pk": "CNIC", "il": "ת\"ז", "in": "Aadhaar",
            "bd": "NID", "lk": "NIC", "th": "เลขประจำตัวประชาชน", "cn": "身份证号", "tw": "身分證字號",
            "jp": "マイナンバー", "kr": "주민등록번호", "ng": "NIN", "ke": "ID No.", "gh": "Ghana Card",
            "et": "Fayda ID", "id": "NIK", "my": "MyKad", "ph": "PhilSys", "vn": "CCCD", "tr": "T.C. Kimlik No",
            "mx": "CURP", "br": "CPF"}


def idnum(cc, dob):
    """A national number or document number of the country (never a phone; a look-alike), the
    person's birth date inside it where the country's number holds one."""
    y, m, d = dob
    if cc == "ru":
        return "%s %s %s" % (nd(2), nd(2, "0123456789"), nd(6))
    if cc in ("ua", "sa", "ir", "et"):
        s = nd(10, "12") if cc == "sa" else nd(10)
        return digits("%s-%s-%s" % (s[:3], s[3:9], s[9]), PERSIAN_DIGITS) if cc == "ir" and rng.random() < 0.5 else s
    if cc == "bg":
        return "%02d%02d%02d%s" % (y % 100, m + (40 if y >= 2000 else 0), d, nd(4, "0123456789"))
    if cc == "rs":
        return "%02d%02d%03d%s" % (d, m, y % 1000, nd(6, "0123456789"))
    if cc == "eg":
        return "%d%02d%02d%02d%s" % (3 if y >= 2000 else 2, y % 100, m, d, nd(7, "0123456789"))
    if cc == "pk":
        return "%s-%s-%s" % (nd(5, "34"), nd(7), nd(1))
    if cc == "il":
        return nd(9, "0123")
    if cc == "in":
        return ch(["%s %s %s" % (nd(4, "23456789"), nd(4), nd(4)),
                   "%s%s%s%s" % ("".join(rng.choice("ABCDEFGHJK") for _ in range(3)), "P",
                                 rng.choice("ABCDKMS"), nd(4) + rng.choice("ABCDEFZ"))])
    if cc == "bd":
        return nd(ch([10, 17]))
    if cc == "lk":
        return "%02d%03d%s%s" % (y % 100, rng.randint(1, 366), nd(4), ch("VX"))
    if cc == "th":
        s = nd(13, "1358")
        return "%s-%s-%s-%s-%s" % (s[0], s[1:5], s[5:10], s[10:12], s[12])
    if cc == "cn":
        return "%s%d%02d%02d%s%s" % (ch(["110101", "310115", "440106", "510107"]), y, m, d, nd(3, "0123456789"),
                                     ch("0123456789X"))
    if cc == "tw":
        return "%s%d%s" % (ch("ABFHK"), 1 if rng.random() < 0.5 else 2, nd(8, "0123456789"))
    if cc == "jp":
        return "%s %s %s" % (nd(4), nd(4), nd(4))
    if cc == "kr":
        return "%02d%02d%02d-%d%s" % (y % 100, m, d, ch([1, 2]) if y < 2000 else ch([3, 4]), nd(6, "0123456789"))
    if cc == "ng":
        return nd(11)
    if cc == "ke":
        return nd(8, "23")
    if cc == "gh":
        return "GHA-%s-%s" % (nd(9, "7"), nd(1))
    if cc == "id":
        return "3174%02d%02d%02d%s" % (rng.randint(1, 10), d + (40 if rng.random() < 0.5 else 0), m, "%02d" % (y % 100) + nd(4, "0"))
    if cc == "my":
        return "%02d%02d%02d-%02d-%s" % (y % 100, m, d, rng.randint(1, 14), nd(4))
    if cc == "ph":
        return "%s-%s-%s-%s" % (nd(4), nd(4), nd(4), nd(4))
    if cc == "vn":
        return "0%s%d%02d%s" % (nd(2, "0123456789"), 0 if y < 2000 else 2, y % 100, nd(6, "0123456789"))
    if cc == "tr":
        return nd(11)
    if cc == "mx":
        return "%s%02d%02d%02d%s%s" % ("".join(rng.choice("BCDFGHLMNPRSTV") for _ in range(4)), y % 100, m, d,
                                       ch("HM"), "DF" + "".join(rng.choice("BCDFGHLMNPRSTV") for _ in range(3)) + nd(2, "0123456789"))
    if cc == "br":
        return "%s.%s.%s-%s" % (nd(3), nd(3, "0123456789"), nd(3, "0123456789"), nd(2, "0123456789"))
    raise ValueError(cc)


def order_no():
    return ch(["TXN%s" % nd(10), "#%s" % nd(7), "ORD-%d-%s" % (rng.randint(2021, 2026), nd(6)),
               "R%s/%d" % (nd(5), rng.randint(2022, 2026)), "%s%s" % (rng.choice("ABCDEFGH"), nd(8))])


# ---- the material -------------------------------------------------------------------------------------
# (English title, tool name, extra column, its value: text or a number that is no phone)
DOMAINS = {
    "visa": ("Visa and residence-permit file", "visa_case_lookup", "Visa type",
             lambda: ch(["Tourist", "Work (Type D)", "Student", "Family reunion", "Residence permit"])),
    "remit": ("Remittance / mobile-money receipt", "get_transfer_receipt", "Transfer ID", None),
    "ride": ("Ride-hailing / food-delivery support chat", "get_trip", "Trip ID", None),
    "uni": ("University admission and scholarship file", "admissions_export", "Programme",
            lambda: ch(["BSc Computer Science", "MBA", "MSc Public Health", "BA Economics", "PhD Physics"])),
    "hajj": ("Hajj / umrah / pilgrimage group list", "group_manifest", "Group", lambda: "G-%02d" % rng.randint(1, 40)),
    "donation": ("Temple / church / mosque donation register", "donation_register", "Amount",
                 lambda: ch(["₹ 5,001", "SAR 500", "¥10,000", "₩50,000", "฿1,000", "Rs. 2,500", "$100"])),
    "matri": ("Matrimonial profile", "profile_fetch", "Height", lambda: "%d cm" % rng.randint(150, 188)),
    "cricket": ("Cricket / kabaddi club roster", "roster_export", "Role",
                lambda: ch(["Batter", "Bowler", "All-rounder", "Wicket-keeper", "Raider", "Defender"])),
    "kpop": ("K-pop fan-club and idol fan mail", "fanclub_members", "Member no.", None),
    "anime": ("Anime convention badges", "badge_export", "Badge no.", None),
    "seller": ("E-commerce seller dispute", "dispute_case", "Order no.", None),
    "microfin": ("Microfinance group loan", "loan_group", "Loan amount",
                 lambda: ch(["KES 25,000", "NGN 150,000", "BDT 40,000", "PHP 15,000", "INR 30,000"])),
    "sim": ("Telecom SIM registration", "sim_registration", "ICCID", None),
    "class": ("School class group (WeChat/LINE/KakaoTalk)", "export_group_chat", "Class",
              lambda: ch(["3年2組", "二年级(3)班", "5학년 2반", "Grade 4B", "ป.5/2"])),
    "hotel": ("Hotel guest registration card", "guest_cards", "Room", lambda: str(rng.randint(201, 1820))),
    "dorm": ("Factory worker dormitory list", "dorm_roster", "Bed", lambda: "%s-%d" % (rng.choice("ABCD"), rng.randint(101, 640))),
    "land": ("Land and property register", "land_register", "Plot no.", None),
    "village": ("Village council minutes", "minutes_archive", "Ward", lambda: "Ward %d" % rng.randint(1, 12)),
}


def extra_value(dom):
    fn = DOMAINS[dom][3]
    if fn:
        return None, fn()
    if dom == "sim":
        return "NEG_ID", "89" + nd(17, "0123456789")
    return "NEG_ID", order_no()


class Ctx:
    """One record being written: its language (lang: the words around), the people's locale,
    the look-alike pools and the mention forms used."""

    def __init__(self, family, loc, lang, dom):
        self.family, self.loc, self.lang, self.dom = family, loc, lang, dom
        self.pool = pools(loc)
        self.shapes = set()
        self.lab = W.LAB[lang]

    def neg(self, p, key):
        label, k = NEG_OF[key]
        xs = self.pool.get(k) or self.pool["places"]
        if not self.pool.get(k):
            label = "NEG_PLACE"
        p.s(label, ch(xs))
        return p

    def per(self, p, person, kind=None):
        if kind == "rom" and not person.rom:
            kind = None
        if kind is not None and kind not in ("hon", "rel", "rom") and kind not in person.forms:
            kind = None
        parts, shape = person.mention(kind)
        self.shapes.add(shape)
        for x in parts:
            if isinstance(x, tuple):
                p.s(*x)
            else:
                p.t(x)
        return p

    def date_lang(self):
        return self.lang if self.lang in ("es", "pt", "id", "vi", "tr", "en") or self.lang in TABLE else "en"

    def fill(self, p, template, person=None, **kw):
        """template's slots appended to p: {P} person, {B} their birth, {A} their address, {T}, {E},
        {D} another date, {ID} a number, and the look-alike slots of NEG_OF."""
        def slot(key):
            if key == "P":
                self.per(p, person, kw.get("kind"))
            elif key == "B":
                p.s("DATE_OF_BIRTH", fmt_date("en" if kw.get("rom") else self.dl(person), *person.dob))
            elif key == "A":
                p.s("STREET_ADDRESS", addr_of(person, self.family == "romanised" or kw.get("rom")))
            elif key == "T":
                p.s("PHONE_NUMBER", person.phone)
            elif key == "E":
                p.s("EMAIL_ADDRESS", person.email)
            elif key == "D":
                p.s("NEG_DATE", fmt_date(self.dl(person), *ymd(2019, 2026)))
            elif key == "ID":
                p.s("NEG_ID", order_no())
            else:
                self.neg(p, key)
        from gen_common import walk_template
        walk_template(template, p.t, slot)
        return p

    def dl(self, person):
        """The language a person's dates are written in: their own script's, else the text's."""
        if person is not None and person.loc in TABLE and self.family != "romanised":
            return person.loc
        return self.lang if self.lang != "en" or person is None else "en"


def addr_of(person, rom=False):
    nat, r = person.addr
    if rom or nat is None or person.loc not in TABLE:
        return r
    return nat


def native_kind(person):
    """A form key for the person's main native mention."""
    for k in ("full", "gs", "gf", "init", "bin", "mono", "gms", "rom0"):
        if k in person.forms:
            return k
    return sorted(person.forms)[0]


# ---- documents ----------------------------------------------------------------------------------------
def b_form(c, people, both=False):
    """A filled form, one block per person: label and value per line; both: the native and the
    romanised field side by side (the mixed family)."""
    p = P()
    L = c.lab
    en = W.LAB["en"]
    p.t(DOMAINS[c.dom][0] + "\n")
    for n, x in enumerate(people):
        p.t("\n#%d\n" % (n + 1))
        p.t("%s: " % L["name"])
        c.per(p, x, native_kind(x))
        p.t("\n")
        if both and x.rom:
            p.t("%s / %s: " % (L["rom"], en["rom"]))
            c.per(p, x, "rom")
            p.t("\n")
        if x.rel and rng.random() < 0.6:
            p.t("%s (%s): " % (L["name"], L["father"]))
            c.per(p, x, "rel")
            p.t("\n")
        p.t("%s: " % L["dob"]).s("DATE_OF_BIRTH", fmt_date(c.dl(x), *x.dob))
        if both:
            y, m, d = x.dob
            p.t(" (").s("DATE_OF_BIRTH", "%02d %s %d" % (d, MON3[m - 1], y)).t(")")
        p.t("\n%s: " % L["pob"])
        c.neg(p, "PL")
        p.t("\n%s: " % L["addr"]).s("STREET_ADDRESS", addr_of(x, c.family == "romanised"))
        if both and x.addr[0] and x.addr[1] and x.loc in TABLE:
            p.t("\n%s (EN): " % L["addr"]).s("STREET_ADDRESS", x.addr[1])
        p.t("\n%s: " % L["tel"]).s("PHONE_NUMBER", x.phone)
        p.t("\n%s: " % L["mail"]).s("EMAIL_ADDRESS", x.email)
        p.t("\n%s: " % ID_LABEL[x.cc]).s("NEG_ID", idnum(x.cc, x.dob))
        lab, v = extra_value(c.dom)
        p.t("\n%s: " % DOMAINS[c.dom][2]).s(lab, v)
        p.t("\n%s: " % L["date"]).s("NEG_DATE", fmt_date(c.dl(x), *ymd(2020, 2026)))
        p.t("\n%s: " % L["note"])
        c.neg(p, ch(["HOL", "ORG", "FAM", "ST", "DEI" if c.pool["deities"] else "W"]))
        p.t("\nSalutation: ")
        c.neg(p, "TI")
        if c.pool["months"]:
            p.t("\nMonth: ")
            c.neg(p, "MON")
        if c.pool["eras"]:
            p.t("\n元号: ")
            c.neg(p, "ERA")
        if c.pool["deities"] and c.dom in ("donation", "hajj", "matri"):
            p.t("\nOffering: ")
            c.neg(p, "DEI")
        if c.pool["words"] and rng.random() < 0.5:
            p.t("\nRef.: ")
            c.neg(p, "W")
        p.t("\n")
    return p


def b_register(c, people, both=False):
    """A register or sheet: Markdown, CSV, TSV or numbered lines; both: a name column per script."""
    p = P()
    L = c.lab
    style = ch(["md", "csv", "tsv", "lines"])
    cols = ["#", L["name"]] + (["Name (Latin)"] if both else []) + [L["dob"], L["tel"], L["addr"],
                                                                     DOMAINS[c.dom][2], L["note"]]
    sep = {"md": " | ", "csv": ",", "tsv": "\t", "lines": "; "}[style]
    p.t(DOMAINS[c.dom][0] + "\n\n")
    if style == "md":
        p.t("| " + " | ".join(cols) + " |\n|" + "---|" * len(cols) + "\n")
    elif style != "lines":
        p.t(sep.join(cols) + "\n")
    for n, x in enumerate(people):
        if style == "md":
            p.t("| ")
        q = '"' if style == "csv" else ""
        p.t("%d%s" % (n + 1, sep if style != "lines" else ". "))
        p.t(q)
        c.per(p, x, ch([native_kind(x), "hon", None]))
        p.t(q + sep)
        if both:
            c.per(p, x, "rom")
            p.t(sep)
        if style == "lines":
            p.t(L["dob"] + " ")
        p.s("DATE_OF_BIRTH", fmt_date(c.dl(x), *x.dob)).t(sep)
        p.s("PHONE_NUMBER", x.phone).t(sep)
        if rng.random() < 0.6:
            p.t(q).s("STREET_ADDRESS", addr_of(x, c.family == "romanised")).t(q)
        else:
            c.neg(p, "PL")
        p.t(sep)
        lab, v = extra_value(c.dom)
        p.s(lab, v).t(sep)
        c.neg(p, ch(["HOL", "ORG", "ST", "FAM", "TI", "W"] + (["MON", "MON"] if c.pool["months"] else [])
                     + (["DEI"] if c.pool["deities"] else []) + (["ERA"] if c.pool["eras"] else [])))
        p.t(" |\n" if style == "md" else "\n")
    return p


def stamp():
    return "%02d:%02d" % (rng.randint(7, 22), rng.randint(0, 59))


def b_chat(c, people, rom_turns=False):
    """A support or group chat: speakers by name, greetings with honorifics, the details asked
    for and given; rom_turns: some turns typed in Latin letters (the mixed family)."""
    p = P()
    agent = people[0]
    rest = people[1:] or [agent]
    L = c.lab
    en = W.LAB["en"]
    p.t("[%s — %s]\n" % (DOMAINS[c.dom][0], fmt_date("en", *ymd(2024, 2026))))
    for n, x in enumerate(rest):
        latin = rom_turns and n % 2 == (0 if len(rest) == 1 else 1)
        lab = en if latin else L
        kind = "rom" if latin else None
        p.t("[%s] " % stamp())
        c.per(p, agent, "rom" if latin else native_kind(agent))
        p.t(": ")
        c.fill(p, lab["hello"], x, kind="rom" if latin else "hon")
        p.t(" " + lab["ask"] + "\n[%s] " % stamp())
        c.per(p, x, kind or native_kind(x))
        p.t(": ")
        c.fill(p, lab["lives"], x, rom=latin)
        p.t(" ")
        c.fill(p, lab["call"], x)
        p.t("\n[%s] " % stamp())
        c.per(p, agent, "rom" if latin else native_kind(agent))
        p.t(": ")
        c.fill(p, lab["born_m" if x.sex == "m" else "born_f"], x, kind=kind)
        p.t(" ")
        c.fill(p, lab["thanks"], x, kind="rom" if latin else "hon")
        p.t("\n")
    return p


def b_letter(c, people, lang=None, rom=False):
    """A letter or note in prose: a greeting, each person born, living and reachable, the office's
    look-alikes, a signature; rom: the people in Latin letters (a translation's)."""
    lab = W.LAB[lang or c.lang]
    p = P()
    head, rest = people[0], people[1:] or people[:1]
    c.fill(p, lab["hello"], head, kind="rom" if rom else "hon")
    p.t("\n\n")
    for x in rest:
        c.fill(p, lab["born_m" if x.sex == "m" else "born_f"], x, kind="rom" if rom else None, rom=rom)
        p.t(" ")
        c.fill(p, lab["lives"], x, rom=rom)
        p.t(" ")
        c.fill(p, lab["call"], x)
        p.t("\n")
    if (lang or c.lang) == "ru" and "dat" in head.forms:
        x = ch(rest)
        p.t("\nСправка выдана ")
        c.per(p, x, "dat")
        p.t(" для предъявления по месту требования. Заявление от ")
        c.per(p, head, "gen")
        p.t(" принято; встреча с ")
        c.per(p, x, "ins")
        p.t(" назначена на ").s("NEG_DATE", fmt_date("ru", *ymd(2024, 2026))).t(".\n")
    p.t("\n")
    c.fill(p, ch(lab["pad"]), None)
    p.t("\n\n— ")
    c.per(p, head, "rom" if rom else native_kind(head))
    p.t("\n")
    return p


def b_json(c, people, both=False):
    """The records as a JSON object (a tool's result or a save call's arguments): a P of JSON."""
    recs = []
    for x in people:
        lab, v = extra_value(c.dom)
        r = {"name": ("PERSON", x.forms[native_kind(x)])}
        c.shapes.add(native_kind(x))
        if both and x.rom:
            r["name_latin"] = ("PERSON", ch(x.rom))
            c.shapes.add("romanised")
        r.update({"date_of_birth": ("DATE_OF_BIRTH", fmt_date(c.dl(x), *x.dob)),
                  "phone": ("PHONE_NUMBER", x.phone), "email": ("EMAIL_ADDRESS", x.email),
                  "address": ("STREET_ADDRESS", addr_of(x, c.family == "romanised")),
                  "national_id": ("NEG_ID", idnum(x.cc, x.dob)),
                  "birthplace": ("NEG_PLACE", ch(c.pool["places"])),
                  DOMAINS[c.dom][2].lower().replace(" ", "_").replace(".", ""): (lab, v),
                  "registered": ("NEG_DATE", fmt_date(c.dl(x), *ymd(2021, 2026)))})
        if x.rel and rng.random() < 0.5:
            q = P()
            c.per(q, x, "rel")
            r["also_recorded_as"] = q
        recs.append(r)
    j = J(ch(["pretty", "compact", "line"]))
    j.write({"source": DOMAINS[c.dom][1], "records": recs,
             "branch": ("NEG_PLACE", ch(c.pool["places"])),
             "sponsor": ("NEG_ORG", ch(c.pool["orgs"]))})
    return j.p


def b_mrz(c, people):
    """Passport data pages: the printed fields (native and Latin) and the machine-readable zone."""
    p = P()
    for x in people:
        sur, giv = x.mrz
        ctry = {"ru": "RUS", "ua": "UKR", "bg": "BGR", "rs": "SRB", "sa": "SAU", "eg": "EGY", "ir": "IRN",
                "pk": "PAK", "il": "ISR", "in": "IND", "bd": "BGD", "lk": "LKA", "th": "THA", "cn": "CHN",
                "tw": "TWN", "jp": "JPN", "kr": "KOR"}[x.cc]
        y, m, d = x.dob
        pno = rng.choice("ABCDEGKMNP") + nd(8, "0123456789")
        p.t("PASSPORT / %s\nType P  Country %s  No. " % (c.lab["name"], ctry)).s("NEG_ID", pno)
        p.t("\nSurname: ").s("PERSON", sur).t("\nGiven names: ").s("PERSON", giv).t("\n%s: " % c.lab["name"])
        c.per(p, x, native_kind(x))
        c.shapes.add("mrz")
        p.t("\nDate of birth / %s: " % c.lab["dob"]).s("DATE_OF_BIRTH", "%02d %s %d" % (d, MON3[m - 1], y))
        p.t("\nPlace of birth: ")
        c.neg(p, "PL")
        iy, im, idd = ymd(2018, 2025)
        p.t("\nDate of issue: ").s("NEG_DATE", "%02d %s %d" % (idd, MON3[im - 1], iy))
        p.t("\nDate of expiry: ").s("NEG_DATE", "%02d %s %d" % (idd, MON3[im - 1], iy + 10)).t("\n\n")
        line1 = ("P<" + ctry + sur.replace(" ", "<") + "<<" + giv.replace(" ", "<")).ljust(44, "<")[:44]
        head = "P<" + ctry
        p.t(head)
        s_mrz = sur.replace(" ", "<")
        p.s("PERSON", s_mrz)
        rest = line1[len(head) + len(s_mrz):]
        shown = rest[2:].rstrip("<")
        if shown:
            p.t("<<").s("PERSON", shown).t(rest[2 + len(shown):])
        else:
            p.t(rest)
        dob6 = "%02d%02d%02d" % (y % 100, m, d)
        exp6 = "%02d%02d%02d" % ((iy + 10) % 100, im, idd)
        p.t("\n").s("NEG_ID", pno).t(check(pno) + ctry).s("DATE_OF_BIRTH", dob6)
        tail = check(dob6) + ch("MF") + exp6 + check(exp6) + "<" * 14 + "0"
        p.t(tail + check(pno + check(pno) + dob6 + check(dob6) + exp6 + check(exp6) + "<" * 14 + "0") + "\n\n")
    return p


def check(s):
    """The ICAO 9303 check digit."""
    val = {c: i for i, c in enumerate("0123456789")}
    val.update({c: i + 10 for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")})
    val["<"] = 0
    return str(sum(val[c] * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


# ---- request bodies -------------------------------------------------------------------------------------
APIS = ["chat", "responses", "anthropic", "gemini"]
SHAPES = ["user", "conv", "tool_result", "tool_args"]


class Body:
    """The markers of one body and the pieces that go there (escaped once inside a JSON string, or
    native JSON where a tool's input is an object)."""

    def __init__(self, ascii_):
        self.ascii_, self.items = ascii_, []

    def m(self, piece):
        k = len(self.items)
        self.items.append((MARK % k, escaper(1, self.ascii_), piece))
        return MARK % k

    def raw(self, piece):
        k = len(self.items)
        self.items.append(('"' + RAWMARK % k + '"', escaper(0, self.ascii_, True), piece))
        return RAWMARK % k


def body_of(api, shape, turns, tool, doc_json, ascii_, i):
    """A request body dict: turns are (role, piece) with role "user"/"assistant"; for tool shapes
    the first turn is the ask and the last piece the tool's result (text or JSON) or the call's
    arguments (JSON)."""
    b = Body(ascii_)
    call = "call_%05d" % (30000 + i)
    if shape in ("user", "conv"):
        if api == "chat":
            msgs = [{"role": r, "content": b.m(p)} for r, p in turns]
            return {"model": "gpt-4o", "messages": msgs}, b
        if api == "responses":
            inp = [{"role": r, "content": [{"type": "input_text" if r == "user" else "output_text",
                                             "text": b.m(p)}]} for r, p in turns]
            return {"model": "gpt-4.1", "input": inp}, b
        if api == "anthropic":
            msgs = [{"role": r, "content": [{"type": "text", "text": b.m(p)}]} for r, p in turns]
            return {"model": "claude-sonnet-4-5", "max_tokens": 2048, "messages": msgs}, b
        cont = [{"role": "user" if r == "user" else "model", "parts": [{"text": b.m(p)}]} for r, p in turns]
        return {"contents": cont, "generationConfig": {"temperature": 0.2}}, b
    ask, doc = turns[0][1], turns[1][1]
    if shape == "tool_result":
        if api == "chat":
            return {"model": "gpt-4o", "messages": [
                {"role": "user", "content": b.m(ask)},
                {"role": "assistant", "content": None, "tool_calls": [
                    {"id": call, "type": "function", "function": {"name": tool, "arguments": json.dumps({"batch": i})}}]},
                {"role": "tool", "tool_call_id": call, "content": b.m(doc)}]}, b
        if api == "responses":
            return {"model": "gpt-4.1", "input": [
                {"role": "user", "content": b.m(ask)},
                {"type": "function_call", "call_id": call, "name": tool, "arguments": json.dumps({"batch": i})},
                {"type": "function_call_output", "call_id": call, "output": b.m(doc)}]}, b
        if api == "anthropic":
            return {"model": "claude-sonnet-4-5", "max_tokens": 2048, "messages": [
                {"role": "user", "content": b.m(ask)},
                {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_%05d" % i, "name": tool,
                                                   "input": {"batch": i}}]},
                {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_%05d" % i,
                                              "content": b.m(doc)}]}]}, b
        resp = b.raw(doc) if doc_json else {"content": b.m(doc)}
        return {"contents": [
            {"role": "user", "parts": [{"text": b.m(ask)}]},
            {"role": "model", "parts": [{"functionCall": {"name": tool, "args": {"batch": i}}}]},
            {"role": "user", "parts": [{"functionResponse": {"name": tool, "response": resp}}]}]}, b
    # tool_args: the assistant saves the records it read
    name = "save_" + tool.split("_")[0] + "_records"
    if api == "chat":
        return {"model": "gpt-4o", "messages": [
            {"role": "user", "content": b.m(ask)},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": call, "type": "function", "function": {"name": name, "arguments": b.m(doc)}}]},
            {"role": "tool", "tool_call_id": call, "content": "{\"saved\": true}"}]}, b
    if api == "responses":
        return {"model": "gpt-4.1", "input": [
            {"role": "user", "content": b.m(ask)},
            {"type": "function_call", "call_id": call, "name": name, "arguments": b.m(doc)},
            {"type": "function_call_output", "call_id": call, "output": "saved"}]}, b
    if api == "anthropic":
        return {"model": "claude-sonnet-4-5", "max_tokens": 2048, "messages": [
            {"role": "user", "content": b.m(ask)},
            {"role": "assistant", "content": [{"type": "text", "text": "Saving the records."},
                                              {"type": "tool_use", "id": "toolu_%05d" % i, "name": name,
                                               "input": b.raw(doc)}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_%05d" % i,
                                          "content": "saved"}]}]}, b
    return {"contents": [
        {"role": "user", "parts": [{"text": b.m(ask)}]},
        {"role": "model", "parts": [{"functionCall": {"name": name, "args": b.raw(doc)}}]},
        {"role": "user", "parts": [{"functionResponse": {"name": name, "response": {"saved": True}}}]}]}, b


# ---- records -------------------------------------------------------------------------------------------
def count(pieces, pred):
    return sum(1 for p in pieces for s in p.spans if pred(s["entity_type"]))


def readback(c, people):
    """An assistant's turn that lists the people it read (in the ask's language or English)."""
    p = P("Here is what I found:\n" if c.lang in ("en",) or rng.random() < 0.5 else "")
    for n, x in enumerate(people):
        p.t("%d. " % (n + 1))
        c.per(p, x, ch(["rom", native_kind(x), "hon"]) if c.family == "mixed" else ch([native_kind(x), "hon"]))
        p.t(" — ").s("PHONE_NUMBER", x.phone)
        if rng.random() < 0.5:
            p.t(", ").s("EMAIL_ADDRESS", x.email)
        p.t("\n")
    return p


def make_doc(c, people, as_json):
    fam = c.family
    if as_json:
        return b_json(c, people, both=fam == "mixed")
    if fam == "mixed":
        k = rng.randrange(6)
        if k == 0:
            return b_form(c, people, both=True)
        if k == 1:
            return b_register(c, people, both=True)
        if k == 2:
            return b_chat(c, people, rom_turns=True)
        if k == 3:  # a letter and its translation
            a = b_letter(c, people)
            a.t("\n---\nEnglish draft:\n\n")
            return a.add(b_letter(c, people, lang="en", rom=True))
        if k == 4 and c.loc in ("zh", "zh-TW", "ja", "ko", "ru", "uk", "bg", "sr", "ar", "fa", "ur",
                                "he", "hi", "bn", "ta", "th"):
            return b_mrz(c, people[:3])
        return b_register(c, people, both=True)
    k = rng.randrange(4)
    return [b_form, b_register, b_chat, b_letter][k](c, people)


def pad(c, piece, deficit):
    """Look-alike sentences appended to the ask until the record holds as many NEG_ spans as
    PERSON spans."""
    lab = c.lab
    while deficit > 0:
        piece.t("\n" if piece.text else "")
        before = len(piece.spans)
        c.fill(piece, ch(lab["pad"]), None)
        deficit -= len(piece.spans) - before


def one(i, family, loc, dom):
    """Record i: tried with more people while the body is under 2 KiB, fewer while over 30."""
    n = rng.randint(12, 22) if i % 11 == 3 else ch([3, 3, 4, 5, 6, 8])
    while True:
        rec = attempt(i, family, loc, dom, n)
        size = len(rec["full_text"].encode())
        if 2048 <= size <= 30 * 1024:
            break
        n = n + 1 if size < 2048 else max(2, n - 3)
    records.append(rec)


def attempt(i, family, loc, dom, n):
    lang = loc if loc in TABLE else ROM_LANG.get(loc, "en")
    english = i % 5 == 0
    c = Ctx(family, loc, "en" if english else lang, dom)
    people = [person(loc) for _ in range(n)]
    api = APIS[i % 4]
    shape = SHAPES[(i // 4 + i) % 4]
    ascii_ = (i // 3) % 3 == 1
    ask = P(ch(W.ASKS[c.lang if c.lang in W.ASKS else "en"]))
    if english and loc in TABLE:
        ask.t(" (%s)" % DOMAINS[dom][0])
    as_json = shape == "tool_args" or (shape == "tool_result" and rng.random() < 0.4)
    doc = make_doc(c, people, as_json)
    turns = [("user", ask), ("user", doc)]
    if shape == "user":
        ask.t("\n\n").add(doc)
        turns = [("user", ask)]
    elif shape == "conv":
        ask.t("\n\n").add(doc)
        turns = [("user", ask), ("assistant", readback(c, people))]
        more = [person(loc) for _ in range(rng.randint(1, 3))]
        follow = P(ch(["", "Also these ones:\n\n", "+\n"]))
        follow.add(make_doc(c, more + people[:1], False))
        turns.append(("user", follow))
        people += more
    pieces = [p for _, p in turns]
    deficit = count(pieces, lambda t: t == "PERSON") - count(pieces, lambda t: t.startswith("NEG_"))
    if deficit > 0:
        target = ask if shape != "conv" else turns[-1][1]
        extra = P()
        pad(c, extra, deficit)
        target.t("\n\n").add(extra)
    d, b = body_of(api, shape, turns, DOMAINS[dom][1], as_json, ascii_, i)
    text = dumps(d, ascii_, i % 2 == 1)
    text, spans = place_each(text, b.items)
    spans.sort(key=lambda s: s["start_position"])
    json.loads(text)
    check_spans(text, spans)
    return {"full_text": text, "spans": spans, "template_id": len(records) % 100,
                    "metadata": {"family": family, "locale": loc, "api": api, "shape": shape,
                                 "kind": dom, "ascii": ascii_, "english_only": english,
                                 "people": len(people), "invented": sum(1 for x in people if x.inv),
                                 "shapes": sorted(c.shapes)}}


def main():
    doms = list(DOMAINS)
    fams = [("script", SCRIPT_LOCS), ("romanised", ROM_LOCS), ("mixed", SCRIPT_LOCS)]
    for i in range(330):
        fam, locs = fams[i % 3]
        k = i // 3
        one(i, fam, locs[(k * 7 + i) % len(locs)], doms[(k * 5 + i) % len(doms)])
    write_json(records)


if __name__ == "__main__":
    main()
