"""holdout30_formats.py: how the thirtieth blind set's countries write dates, phones, addresses
and national numbers.

Each country's forms as they are written there: dates in each script's calendar and digits
(Buddhist-era, solar-hijri, Hijri, Minguo and Japanese-era years; Arabic-Indic, Persian, Devanagari,
Bengali, Thai and full-width digits), phones in national and international forms, addresses in the
country's own order (a pair: as written in its script, and in Latin letters), national and
document numbers (a person's birth date inside where the country's number holds one). One random
stream, `rng`, shared with gen_names_holdout30.py and holdout30_people.py: the corpus depends on
the order of the draws, so a change here changes it.
"""
import random
import unicodedata

from gen_common import MON3
import holdout30_world as W

rng = random.Random(30_2026_12)

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
