#!/usr/bin/env python3
"""gen_dobw64.py: births in every script and calendar (tune set; branch dobw64, issue 15, written
and committed before hush was run on it), from the thirtieth blind set's public brief (its `script`
and `mixed` families: births after each script's birth word in Buddhist-era, solar-hijri, Hijri,
Minguo and Japanese-era years and native digits; passport pages with their machine-readable zone
beside the printed fields) and the author's own idea of such text; not from any detector rule and
not from the blind set.

Russian, Ukrainian, Bulgarian, Serbian (Cyrillic), Arabic, Persian, Urdu, Hebrew, Hindi, Bengali,
Tamil, Thai, Chinese (simplified and traditional), Japanese, Korean. No person is named (roles and
an applicant number only), so every label is a birth or a look-alike. Shapes:
  form      a form's fields, one a line, the birth among issue, expiry, entry and exit dates
  chat      a sentence with the script's birth verb or word, another event's date in the next
  table     a Markdown register with a birth column beside an issue or an entry column
  passport  a data page: printed birth and issue/expiry fields and the MRZ's second line (the
            birth field of the MRZ is gold too, the expiry field NEG_DATE)
  tool      a tool result's JSON whose keys are the script's field words
  prose     look-alikes only: an era name alone, an age, a year as a topic, event dates
Gold: DATE_OF_BIRTH on the birth's date; every other date NEG_DATE, eras, ages and years NEG_WORD,
NEG_AGE, NEG_YEAR (at least twice the births). Request bodies of the four APIs, a third \\uXXXX,
half compact. Writes JSON to stdout; deterministic; stdlib only.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import write_json  # noqa: E402
from gen_bodies import P, ask_body, append_body  # noqa: E402

rng = random.Random(20261207 + 6464)

ZERO = {"ar": 0x660, "fa": 0x6F0, "ur": 0x6F0, "hi": 0x966, "bn": 0x9E6, "th": 0xE50, "fw": 0xFF10}


def nat(s, z):
    """The ASCII digits of s in the digit family z."""
    return "".join(chr(ZERO[z] + ord(c) - 48) if c.isdigit() else c for c in s) if z else s


MONTHS = {
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември",
    "sr": "јануара фебруара марта априла маја јуна јула августа септембра октобра новембра децембра",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "hijri": "محرم|صفر|ربيع الأول|ربيع الآخر|جمادى الأولى|جمادى الآخرة|رجب|شعبان|رمضان|شوال|ذو القعدة|ذو الحجة",
    "fa": "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند",
    "ur": "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر",
    "he": "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר",
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "bn": "জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর",
    "ta": "ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
    "thab": "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.",
}


def months(k):
    v = MONTHS[k]
    return v.split("|") if "|" in v else v.split()


def fmt_date(lg, y, m, d, kind):
    """A date of the language in one of its forms; kind "birth" or "event" (the calendars only
    shift the year)."""
    dd, mm = "%02d" % d, "%02d" % m
    if lg in ("ru", "uk", "bg", "sr"):
        c = rng.randrange(4)
        if c == 0:
            return "%s.%s.%d" % (dd, mm, y) + ("." if lg == "sr" else "")
        if c == 1:
            return "%d %s %d" % (d, months(lg)[m - 1], y) + (" г." if lg in ("ru", "bg") else " р." if lg == "uk" else ".")
        if c == 2:
            return "%s.%s.%d г." % (dd, mm, y) if lg != "sr" else "%d. %d. %d." % (d, m, y)
        return "%d-%s-%s" % (y, mm, dd)
    if lg == "ar":
        c = rng.randrange(5)
        if c == 0:
            return nat("%d/%s/%s" % (y, mm, dd), "ar")
        if c == 1:
            return nat("%s/%s/%d" % (dd, mm, y), "ar" if rng.random() < 0.5 else None)
        if c == 2:
            return nat("%d %s %d" % (d, months("ar")[m - 1], y), "ar" if rng.random() < 0.5 else None)
        hy = y - 579 if y > 1940 else y - 580  # near enough: the Hijri year of a Gregorian one
        if c == 3:
            return nat("%d/%s/%s" % (hy, mm, dd), "ar") + " هـ"
        return nat("%d %s %d" % (d, months("hijri")[m - 1], hy), "ar" if rng.random() < 0.5 else None) + "هـ"
    if lg == "fa":
        sy = y - 621
        c = rng.randrange(3)
        if c == 0:
            return nat("%d/%s/%s" % (sy, mm, dd), "fa")
        if c == 1:
            return nat("%d %s %d" % (d, months("fa")[m - 1], sy), "fa")
        return nat("%d/%d/%d" % (sy, m, d), "fa")
    if lg == "ur":
        c = rng.randrange(3)
        if c == 0:
            return "%s-%s-%d" % (dd, mm, y)
        if c == 1:
            return nat("%s/%s/%d" % (dd, mm, y), "ur")
        return "%d %s %d" % (d, months("ur")[m - 1], y)
    if lg == "he":
        c = rng.randrange(3)
        if c == 0:
            return "%s.%s.%d" % (dd, mm, y)
        if c == 1:
            return "%d %s %d" % (d, months("he")[m - 1], y)
        return "%d/%d/%d" % (d, m, y)
    if lg in ("hi", "bn", "ta"):
        c = rng.randrange(3)
        z = lg if lg != "ta" else None
        if c == 0:
            return nat("%s/%s/%d" % (dd, mm, y), z if rng.random() < 0.6 else None)
        if c == 1:
            return nat("%s-%s-%d" % (dd, mm, y), z if rng.random() < 0.4 else None)
        return nat("%d %s %d" % (d, months(lg)[m - 1], y), z if rng.random() < 0.5 else None)
    if lg == "th":
        by = y + 543
        c = rng.randrange(4)
        if c == 0:
            return "%d %s %d" % (d, months("th")[m - 1], by)
        if c == 1:
            return "%d %s %d" % (d, months("thab")[m - 1], by)
        if c == 2:
            return "%s/%s/%d" % (dd, mm, by)
        return nat("%d %s %d" % (d, months("th")[m - 1], by), "th")
    if lg in ("zh", "tw"):
        c = rng.randrange(4 if lg == "zh" else 5)
        if c == 0:
            return "%d年%d月%d日" % (y, m, d)
        if c == 1:
            return "%d-%s-%s" % (y, mm, dd)
        if c == 2:
            return "%d.%s.%s" % (y, mm, dd) if lg == "zh" else "%d/%s/%s" % (y, mm, dd)
        if c == 3:
            return "%d年%s月%s日" % (y, mm, dd)
        return "民國%d年%d月%d日" % (y - 1911, m, d)
    if lg == "ja":
        c = rng.randrange(4)
        if c == 0:
            return "%d年%d月%d日" % (y, m, d)
        if c == 1:
            return "%d/%s/%s" % (y, mm, dd)
        if y >= 2019:
            era, ey = "令和", y - 2018
        elif y >= 1989:
            era, ey = "平成", y - 1988
        else:
            era, ey = "昭和", y - 1925
        s = "%s%s年%d月%d日" % (era, "元" if ey == 1 else str(ey), m, d)
        return nat(s, "fw") if c == 3 else s
    if lg == "ko":
        c = rng.randrange(3)
        if c == 0:
            return "%d. %d. %d." % (y, m, d)
        if c == 1:
            return "%d년 %d월 %d일" % (y, m, d)
        return "%d.%s.%s" % (y, mm, dd)
    raise KeyError(lg)


# Per language: birth labels (form fields), birth phrases in prose ("{D}" the date), other
# events' labels, an age phrase ({n}), a year as a topic ({y}), an era alone, the ask.
L = {}


def lang(code, born, prose, other, age, topic, era, ask):
    L[code] = dict(born=born.split("|"), prose=prose.split("|"), other=other.split("|"), age=age,
                   topic=topic, era=era, ask=ask)


lang("ru", "Дата рождения|дата рождения|Д/р|д.р.", "Мой сын родился {D}.|Мама родилась {D} в Казани.|"
     "Заявитель, дата рождения {D}, просит продлить визу.", "Дата выдачи|Срок действия|Дата въезда|"
     "Дата выезда|Дата регистрации|Действителен до", "ей {n} лет", "книга о {y} годе", "советское время",
     "Проверь анкету и переведи на английский.")
lang("uk", "Дата народження|дата народження", "Донька народилася {D}.|Я народився {D} у Львові.",
     "Дата видачі|Дійсний до|Дата в'їзду|Дата реєстрації", "йому {n} років", "події {y} року",
     "радянські часи", "Перевір, будь ласка, анкету.")
lang("bg", "Дата на раждане|дата на раждане", "Синът ми е роден на {D}.|Баба е родена на {D}.",
     "Дата на издаване|Валиден до|Дата на влизане", "на {n} години", "изборите през {y}",
     "социализма", "Преведи формуляра.")
lang("sr", "Датум рођења|датум рођења", "Ћерка је рођена {D}.|Отац је рођен {D} у Нишу.",
     "Датум издавања|Важи до|Датум уласка", "има {n} година", "изложба из {y}", "Југославија",
     "Провери пријаву.")
lang("ar", "تاريخ الميلاد|تاريخ الولادة", "وُلد ابني في {D}.|تاريخ ميلاد الوالدة {D} في جدة.",
     "تاريخ الإصدار|تاريخ الانتهاء|تاريخ الدخول|تاريخ المغادرة|تاريخ التسجيل", "عمره {n} سنة",
     "أحداث عام {y}", "العصر العباسي", "ترجم هذا النموذج إلى الإنجليزية.")
lang("fa", "تاریخ تولد|تاريخ تولد", "پسرم در {D} متولد شد.|مادرم متولد {D} است.",
     "تاریخ صدور|تاریخ انقضا|تاریخ ورود|تاریخ خروج", "{n} ساله", "رویدادهای سال {y}", "دوره قاجار",
     "این فرم را ترجمه کن.")
lang("ur", "تاریخ پیدائش|تاریخِ پیدائش", "میرا بیٹا {D} کو پیدا ہوا۔|والدہ کی تاریخ پیدائش {D} ہے۔",
     "تاریخ اجراء|تاریخ تنسیخ|تاریخ آمد|تاریخ روانگی", "عمر {n} سال", "سن {y} کا میچ", "مغلیہ دور",
     "اس فارم کا ترجمہ کریں۔")
lang("he", "תאריך לידה|ת. לידה", "הבן שלי נולד ב-{D}.|אמא נולדה ב-{D} בחיפה.",
     "תאריך הנפקה|תוקף עד|תאריך כניסה|תאריך יציאה", "בן {n}", "אירועי שנת {y}", "תקופת המנדט",
     "תתרגם את הטופס.")
lang("hi", "जन्म तिथि|जन्म तारीख|जन्मतिथि", "मेरे बेटे का जन्म {D} को हुआ।|माँ की जन्म तिथि {D} है।",
     "जारी करने की तिथि|समाप्ति तिथि|प्रवेश तिथि|प्रस्थान तिथि", "उम्र {n} वर्ष", "{y} का चुनाव",
     "मुगल काल", "इस फ़ॉर्म का अनुवाद करो।")
lang("bn", "জন্ম তারিখ|জন্মতারিখ", "আমার মেয়ের জন্ম তারিখ {D}।|বাবা {D} তারিখে জন্মগ্রহণ করেন।",
     "ইস্যুর তারিখ|মেয়াদ শেষ|প্রবেশের তারিখ|প্রস্থানের তারিখ", "বয়স {n} বছর", "{y} সালের বন্যা",
     "মুঘল আমল", "ফর্মটি অনুবাদ করো।")
lang("ta", "பிறந்த தேதி|பிறந்த நாள்", "என் மகன் {D} அன்று பிறந்தான்.|அம்மாவின் பிறந்த தேதி {D}.",
     "வழங்கிய தேதி|காலாவதி தேதி|நுழைவு தேதி", "வயது {n}", "{y} தேர்தல்", "சோழர் காலம்",
     "இந்த படிவத்தை மொழிபெயர்.")
lang("th", "วันเกิด|วัน/เดือน/ปีเกิด|เกิดวันที่", "ลูกสาวเกิดวันที่ {D}|แม่เกิดเมื่อ {D} ที่เชียงใหม่",
     "วันออกบัตร|วันบัตรหมดอายุ|วันที่เข้าประเทศ|วันที่ออกนอกประเทศ", "อายุ {n} ปี", "เหตุการณ์ปี {y}",
     "สมัยรัชกาลที่ 5", "ช่วยแปลแบบฟอร์มนี้")
lang("zh", "出生日期|出生年月|生日", "我儿子出生于{D}。|母亲的出生日期是{D}。",
     "签发日期|有效期至|入境日期|出境日期|登记日期", "今年{n}岁", "{y}年的电影", "民国时期",
     "请把这张表翻译成英文。")
lang("tw", "出生日期|出生年月日|生日", "我女兒出生於{D}。|父親的出生日期是{D}。",
     "發證日期|有效期限|入境日期|出境日期", "今年{n}歲", "{y}年的選舉", "日治時期", "請幫我翻譯這份表格。")
lang("ja", "生年月日|誕生日", "息子は{D}に生まれました。|母は{D}生まれです。",
     "交付日|有効期限|入国日|出国日|発行日", "{n}歳", "{y}年の映画", "昭和の時代", "この書類を英訳してください。")
lang("ko", "생년월일|출생일|생일", "제 딸은 {D}에 태어났습니다.|어머니는 {D}생입니다.",
     "발급일|만료일|입국일|출국일|등록일", "{n}세", "{y}년 월드컵", "조선 시대", "이 서류를 번역해 주세요.")

LANGS = sorted(L)
COLON = {"zh": "：", "tw": "：", "ja": "："}


def ymd(birth):
    y = rng.randint(1935, 2021) if birth else rng.randint(2003, 2031)
    return y, rng.randint(1, 12), rng.randint(1, 28)


def colon(lg):
    return COLON[lg] if lg in COLON and rng.random() < 0.6 else rng.choice([": ", ":", " : "]) if lg in ("ru", "uk", "bg", "sr") and rng.random() < 0.2 else ": "


def birth_field(p, lg):
    p.t(rng.choice(L[lg]["born"]) + colon(lg)).s("DATE_OF_BIRTH", fmt_date(lg, *ymd(True), "birth"))
    p.t("\n")


def other_field(p, lg):
    p.t(rng.choice(L[lg]["other"]) + colon(lg)).s("NEG_DATE", fmt_date(lg, *ymd(False), "event"))
    p.t("\n")


def form(p, lg):
    n = rng.randint(2, 3)
    at = rng.randrange(n + 1)
    for k in range(n + 1):
        (birth_field if k == at else other_field)(p, lg)


def chat(p, lg):
    ph = rng.choice(L[lg]["prose"])
    a, b = ph.split("{D}")
    p.t(a).s("DATE_OF_BIRTH", fmt_date(lg, *ymd(True), "birth")).t(b + " ")
    other_field(p, lg)
    other_field(p, lg)


def table(p, lg):
    cols = rng.sample(L[lg]["other"], 2)
    bl = L[lg]["born"][0]
    p.t("| № | %s | %s | %s |\n|---|---|---|---|\n" % (bl, cols[0], cols[1]))
    for k in range(rng.randint(2, 3)):
        p.t("| %d | " % (k + 1)).s("DATE_OF_BIRTH", fmt_date(lg, *ymd(True), "birth")).t(" | ")
        p.s("NEG_DATE", fmt_date(lg, *ymd(False), "event")).t(" | ")
        p.s("NEG_DATE", fmt_date(lg, *ymd(False), "event")).t(" |\n")


CODE = {"ru": "RUS", "uk": "UKR", "bg": "BGR", "sr": "SRB", "ar": "SAU", "fa": "IRN", "ur": "PAK",
        "he": "ISR", "hi": "IND", "bn": "BGD", "ta": "IND", "th": "THA", "zh": "CHN", "tw": "TWN",
        "ja": "JPN", "ko": "KOR"}


def check_digit(s):
    w, v = (7, 3, 1), 0
    for k, c in enumerate(s):
        n = int(c) if c.isdigit() else 0 if c == "<" else ord(c) - 55
        v += n * w[k % 3]
    return str(v % 10)


def passport(p, lg):
    by, bm, bd = ymd(True)
    ey, em, ed = ymd(False)
    iy = ey - 10
    p.t("PASSPORT / %s\n" % CODE[lg])
    p.t(rng.choice(L[lg]["other"][:1]) + colon(lg)).s("NEG_DATE", fmt_date(lg, iy, em, ed, "event")).t("\n")
    p.t(L[lg]["born"][0] + " / Date of birth" + colon(lg)).s("DATE_OF_BIRTH", fmt_date(lg, by, bm, bd, "birth")).t("\n")
    p.t(L[lg]["other"][1] + " / Date of expiry" + colon(lg)).s("NEG_DATE", fmt_date(lg, ey, em, ed, "event")).t("\n\n")
    no = "".join(rng.choice("0123456789") for _ in range(9))
    b = "%02d%02d%02d" % (by % 100, bm, bd)
    e = "%02d%02d%02d" % (ey % 100, em, ed)
    p.t("P<%s<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n" % CODE[lg])
    p.t(no + check_digit(no) + CODE[lg]).s("DATE_OF_BIRTH", b)
    p.t(check_digit(b) + rng.choice("MF")).s("NEG_DATE", e).t(check_digit(e) + "<" * 14 + "0" + "4\n")


def tool(p, lg):
    p.t('Tool result:\n{"id": "A-%d", "%s": "' % (rng.randint(1000, 99999), rng.choice(L[lg]["born"])))
    p.s("DATE_OF_BIRTH", fmt_date(lg, *ymd(True), "birth"))
    for c in rng.sample(L[lg]["other"], 2):
        p.t('", "%s": "' % c).s("NEG_DATE", fmt_date(lg, *ymd(False), "event"))
    p.t('"}\n')


def prose(p, lg):
    p.s("NEG_WORD", L[lg]["era"]).t("; ")
    n = rng.randint(19, 88)
    a, b = L[lg]["age"].split("{n}")
    p.t(a).s("NEG_AGE", str(n)).t(b + "; ")
    y = rng.randint(1950, 2000)
    a, b = L[lg]["topic"].split("{y}")
    p.t(a).s("NEG_YEAR", str(y)).t(b + ".\n")
    other_field(p, lg)


SHAPES = [form, chat, table, passport, tool]


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    for i in range(340):
        lg = LANGS[i % len(LANGS)]
        p = P()
        sh = SHAPES[(i // len(LANGS)) % len(SHAPES)]
        sh(p, lg)
        p.t("\n")
        if rng.random() < 0.6:
            prose(p, lg)
        if rng.random() < 0.4:
            other_field(p, lg)
        api = apis[(i // 3) % 4]
        ascii_ = i % 3 == 0
        ask = L[lg]["ask"] if rng.random() < 0.6 else "Translate this into English and keep every date."
        body, spans = ask_body(api, ask, p.text, p.spans, ascii_, i % 2 == 1)
        append_body(records, body, spans, {"locale": lg, "class": "dobw64", "api": api,
                                           "ascii": ascii_, "doc": sh.__name__})
    write_json(records)


if __name__ == "__main__":
    main()
