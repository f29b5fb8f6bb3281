#!/usr/bin/env python3
"""gen_rtl65.py: people in Arabic, Persian, Urdu and Hebrew script (tune set; branch rtl65,
written and committed before hush was run on it), from the thirtieth blind set's public brief (its
script family: the README row and run.sh title only) and the author's own idea of such text, not
from hush's rules.

Forms, chats, registers, letters, receipts and tool results in Arabic (Saudi, Egyptian, Levantine,
Gulf and Moroccan usage), Persian, Urdu and Hebrew, with people named as each language names them:
`بن`/`بنت`/`ابن` chains of three to five words, `آل`/`ال` family names, the kunya `أبو`/`أم`,
titles before (`السيد`, `السيدة`, `الأستاذ`, `الدكتور`, `الحاج`, `الشيخ`, `المهندس`; `آقای`,
`خانم`, `جناب آقای`, `سرکار خانم`, `دکتر`; `جناب`, `محترم`, `محترمہ`; `מר`, `גב'`, `ד"ר`,
`הרב`, `עו"ד`) and `صاحب`/`صاحبہ`/`المحترم` after (all outside the span), Hebrew `בן`/`בת`
chains and a name glued to the prepositions `ל`/`ו`; in greetings, signatures under a closing,
numbered and comma lists, Markdown table cells, after the script's labels, in receipts and tool
JSON keyed in the script, with Latin, Arabic-Indic and Persian digits around. About half the people
invented from each language's syllables.

Look-alikes as NEG_ spans, at least as many as the PERSON spans of each record, each in a phrase
that uses it as what it is: cities, provinces, quarters, mosques and universities, streets without
a number (many named after people), firms and shops named after families or with a kunya
(NEG_PLACE, NEG_ORG), religious and historical figures as topics (NEG_FAMOUS), festivals and
months of the Hijri, Persian and Hebrew calendars (NEG_HOLIDAY), words that are also names
(`كريم` generous, `جميل`, `أمل` hope, `نور` light, `امید`, `סלע` rock, `דוד` a boiler: NEG_WORD),
titles alone (NEG_TITLE).

Request bodies of the four APIs (an English ask, then the text), a third \\uXXXX-escaped, half
compact. Deterministic; stdlib only; writes JSON to stdout.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import write_json  # noqa: E402
from gen_bodies import P, ask_body, append_body  # noqa: E402

rng = random.Random(20261208 + 65)


def pick(xs):
    return rng.choice(xs)


def syl(parts, n=(2, 3)):
    return "".join(pick(parts) for _ in range(pick(n)))


AR_DIG = "٠١٢٣٤٥٦٧٨٩"
FA_DIG = "۰۱۲۳۴۵۶۷۸۹"


def digits(n, kind):
    s = str(n)
    if kind == "ar":
        return "".join(AR_DIG[int(c)] for c in s)
    if kind == "fa":
        return "".join(FA_DIG[int(c)] for c in s)
    return s


def num(lo, hi):
    return digits(rng.randint(lo, hi), pick(["lat", "ar", "fa"]))


# ---- Arabic ---------------------------------------------------------------------------------------
AR_M = ["محمد", "أحمد", "عبدالله", "خالد", "يوسف", "عمر", "سعود", "فهد", "طارق", "مصطفى", "حسام",
        "ماجد", "إبراهيم", "عبد الرحمن", "وليد", "ياسر", "حمد", "منصور"]
AR_F = ["فاطمة", "عائشة", "مريم", "ريم", "هند", "سارة", "نورة", "لينا", "دعاء", "هبة", "رنا", "أسماء"]
AR_FAM = ["الشمري", "العنزي", "الدوسري", "الغامدي", "السبيعي", "الحمادي", "حداد", "خوري", "نصار",
          "عبد الحميد", "الإدريسي", "بنعلي", "المصري", "الكبيسي"]
AR_AAL = ["آل حمدان", "آل منصور", "آل الشيخ", "آل عمران"]
AR_SYL = ["جا", "سر", "نو", "ري", "دا", "لم", "حا", "كي", "بو", "طا", "زه", "فا"]


def ar_invent():
    return "ال" + syl(AR_SYL, (2,)) + pick(["ي", "اوي", "ان"])


def ar_person():
    sex = pick("mf")
    g = pick(AR_M if sex == "m" else AR_F)
    r = rng.random()
    fam = ar_invent() if r < 0.45 else pick(AR_AAL) if r < 0.6 else pick(AR_FAM)
    link = "بن" if sex == "m" else "بنت"
    f1, f2 = pick(AR_M), pick(AR_M)
    chain = f"{g} {link} {f1} بن {f2} {fam}" if rng.random() < 0.5 else f"{g} {link} {f1} {fam}"
    kun = ("أبو " if sex == "m" else "أم ") + pick(AR_M)
    return {"full": chain, "two": f"{g} {fam}", "three": f"{g} {f1} {f2}", "kunya": kun,
            "given": g, "sex": sex, "ttl": pick(["السيد", "الأستاذ", "الدكتور", "الحاج", "الشيخ",
                                                    "المهندس"]) if sex == "m" else pick(["السيدة",
                                                                                        "الأستاذة",
                                                                                        "الدكتورة",
                                                                                        "الحاجة"])}


AR_NEG = [
    ("NEG_PLACE", "الرياض", "الاجتماع في {}"), ("NEG_PLACE", "القاهرة", "الشحنة وصلت إلى {}"),
    ("NEG_PLACE", "عمّان", "فرعنا في {}"), ("NEG_PLACE", "الدار البيضاء", "الرحلة من {}"),
    ("NEG_PLACE", "مكة المكرمة", "العمرة في {}"), ("NEG_PLACE", "حي النخيل", "السكن في {}"),
    ("NEG_PLACE", "شارع الملك فهد", "زحمة على {} اليوم"),
    ("NEG_PLACE", "جامع الإمام تركي بن عبدالله", "الصلاة في {}"),
    ("NEG_PLACE", "جامعة الملك سعود", "طالب في {}"), ("NEG_PLACE", "منطقة القصيم", "المزارع في {}"),
    ("NEG_ORG", "مجموعة بن لادن", "المقاول {}"), ("NEG_ORG", "شركة العليان", "الموزع {}"),
    ("NEG_ORG", "حلويات أبو عرب", "اشترينا الكنافة من {}"), ("NEG_ORG", "مطعم أبو شقرة", "الغداء في {}"),
    ("NEG_ORG", "صيدلية النهدي", "الدواء متوفر في {}"),
    ("NEG_FAMOUS", "النبي محمد", "درس عن سيرة {} صلى الله عليه وسلم"),
    ("NEG_FAMOUS", "الإمام علي", "خطبة عن أقوال {}"), ("NEG_FAMOUS", "عمر بن الخطاب", "كتاب عن عدل {}"),
    ("NEG_FAMOUS", "صلاح الدين الأيوبي", "فيلم عن {}"), ("NEG_FAMOUS", "ابن سينا", "بحث عن طب {}"),
    ("NEG_FAMOUS", "أم كلثوم", "سهرة على أغاني {}"),
    ("NEG_HOLIDAY", "عيد الأضحى", "إجازة {}"), ("NEG_HOLIDAY", "رمضان", "بعد {}"),
    ("NEG_HOLIDAY", "ذو الحجة", "في شهر {}"), ("NEG_HOLIDAY", "ربيع الأول", "موعد التسليم في {}"),
    ("NEG_HOLIDAY", "المولد النبوي", "احتفال {}"),
    ("NEG_WORD", "كريم", "رجل {} جداً"), ("NEG_WORD", "جميل", "المكان {} والخدمة ممتازة"),
    ("NEG_WORD", "أمل", "عندنا {} كبير في النتيجة"), ("NEG_WORD", "نور", "الغرفة فيها {} طبيعي"),
    ("NEG_WORD", "سعيد", "عيد {} للجميع"), ("NEG_WORD", "رحمة", "الله يرحمه {} واسعة"),
    ("NEG_TITLE", "الدكتور", "راجع {} المناوب"), ("NEG_TITLE", "السيد", "حضرة {} المدير"),
    ("NEG_TITLE", "الشيخ", "كلمة {} في الحفل"),
]

AR_TPL = [
    "استمارة التسجيل\nالاسم الكامل: {P.full}\nرقم الهوية: {ID}\nملاحظة: {N}.",
    "السلام عليكم، {P.ttl} {P.two}\nنود إبلاغكم أن {N}. يرجى المراجعة يوم الأحد الساعة {H}.\nمع التحية،\n{Q.two}",
    "قائمة الحضور:\n١- {P.full}\n٢- {Q.two}\n٣- {R.three}\nملاحظة: {N}، و{N}.",
    "مرحبا {P.given}، كلمت {Q.kunya} امبارح وقال إن {N}. تمام؟",
    "| الاسم | القسم | الرقم |\n|---|---|---|\n| {P.two} | المبيعات | {ID} |\n| {Q.full} | المحاسبة | {ID} |\n{N}، {N}.",
    "إلى {P.ttl} {P.full} المحترم\nتحية طيبة وبعد،\nنفيدكم بأن {N}.\nوتفضلوا بقبول فائق الاحترام،\n{Q.ttl} {Q.two}",
    "فاتورة رقم {ID}\nاسم العميل: {P.two}\nالمبلغ: {H} ريال\nالمندوب: {Q.two}\n{N}.",
    "نتيجة الأداة: {\"الاسم\": \"{P.full}\", \"المدينة\": \"{NV}\", \"الهاتف\": \"{ID}\"}\n{N}.",
    "يا {Q.kunya}، {N}. سلم على {P.two} وقله يتصل بي.",
    "شكراً جزيلاً،\n{P.three}\n{N}.",
    "السادة الكرام، نرحب بانضمام {P.ttl} {P.two} إلى الفريق، و{N}.",
    "المريضة: {W.full}\nالطبيب المعالج: الدكتور {Q.two}\nالغرفة: {H}\n{N}.",
]

# ---- Persian --------------------------------------------------------------------------------------
FA_M = ["علی", "محمدرضا", "امیر", "بهرام", "کامران", "حسین", "مهدی", "سعید", "پویا", "آرش"]
FA_F = ["سارا", "نیلوفر", "مهسا", "شیرین", "فرشته", "زهرا", "مریم", "پریسا", "لیلا", "نگار"]
FA_S = ["رضایی", "تهرانی", "موسوی", "قاسمی", "صادقی", "نجفی", "حیدری", "کرمانی", "اکبری"]
FA_SYL = ["زا", "دی", "فر", "نی", "پو", "را", "مه", "شی", "بهـ", "کو", "تا", "سا"]


def fa_person():
    sex = pick("mf")
    g = pick(FA_M if sex == "m" else FA_F)
    s = pick(FA_S) if rng.random() < 0.5 else syl(FA_SYL, (2,)).replace("ـ", "") + pick(
        ["ی", "زاده", "پور", "یان", "نژاد"])
    return {"full": f"{g} {s}", "two": f"{g} {s}", "three": f"{g} {s}", "kunya": s, "given": g,
            "sex": sex, "ttl": pick(["آقای", "جناب آقای", "آقای دکتر", "مهندس"]) if sex == "m"
            else pick(["خانم", "سرکار خانم", "خانم دکتر"])}


FA_NEG = [
    ("NEG_PLACE", "تهران", "جلسه در {}"), ("NEG_PLACE", "مشهد", "سفر به {}"),
    ("NEG_PLACE", "استان فارس", "شعبه‌ی {}"), ("NEG_PLACE", "خیابان ولیعصر", "ترافیک {}"),
    ("NEG_PLACE", "میدان آزادی", "قرار کنار {}"), ("NEG_PLACE", "دانشگاه امیرکبیر", "دانشجوی {}"),
    ("NEG_ORG", "فروشگاه رفاه", "خرید از {}"), ("NEG_ORG", "شیرینی‌فروشی حاج خلیفه", "زولبیا از {}"),
    ("NEG_ORG", "بانک ملت", "حساب در {}"),
    ("NEG_FAMOUS", "امام رضا", "زیارت حرم {}"), ("NEG_FAMOUS", "حافظ", "فال {}"),
    ("NEG_FAMOUS", "سعدی", "شعری از {}"), ("NEG_FAMOUS", "کوروش کبیر", "کتابی درباره‌ی {}"),
    ("NEG_HOLIDAY", "نوروز", "تعطیلات {}"), ("NEG_HOLIDAY", "شب یلدا", "مهمانی {}"),
    ("NEG_HOLIDAY", "فروردین", "اواخر {}"), ("NEG_HOLIDAY", "اردیبهشت", "تا پایان {}"),
    ("NEG_WORD", "امید", "با {} به آینده"), ("NEG_WORD", "بهار", "هوای {} خوب است"),
    ("NEG_WORD", "نسیم", "{} خنکی می‌وزد"), ("NEG_WORD", "مهر", "با {} و محبت"),
    ("NEG_TITLE", "دکتر", "به {} مراجعه کنید"), ("NEG_TITLE", "آقای", "فرم {} و خانم"),
]

FA_TPL = [
    "فرم ثبت‌نام\nنام و نام خانوادگی: {P.full}\nکد ملی: {ID}\nتوضیحات: {N}.",
    "سلام {P.ttl} {P.two}،\n{N}. لطفاً تا ساعت {H} تماس بگیرید.\nبا احترام،\n{Q.two}",
    "فهرست شرکت‌کنندگان: {P.two}، {Q.two} و {R.two}. {N}.",
    "{P.ttl} {P.two} عزیز، {N}. ممنون از شما.",
    "| ردیف | نام | سمت |\n|---|---|---|\n| {H} | {P.two} | حسابدار |\n| {H} | {Q.two} | مدیر |\n{N}، {N}.",
    "رسید خرید شماره {ID}\nنام مشتری: {P.two}\nفروشنده: {Q.ttl} {Q.two}\n{N}.",
    "خروجی ابزار: {\"نام\": \"{P.given}\", \"نام خانوادگی\": \"{P.kunya}\", \"شهر\": \"{NV}\"}\n{N}.",
    "دیروز با {P.two} صحبت کردم، گفت {N}.",
    "به اطلاع می‌رساند {P.ttl} {P.two} از امروز مسئول بخش است. {N}.",
]

# ---- Urdu -----------------------------------------------------------------------------------------
UR_M = ["محمد عمران", "عثمان", "فیصل", "کامران", "بلال", "شاہد", "وقاص", "حمزہ", "زبیر"]
UR_F = ["عائشہ", "ثمینہ", "نازیہ", "صائمہ", "رابعہ", "فرحانہ", "مہوش"]
UR_S = ["خان", "قریشی", "چوہدری", "بٹ", "ملک", "شیخ", "اعوان", "رانا", "صدیقی", "گیلانی"]
UR_SYL = ["قا", "سم", "نو", "ری", "دل", "شا", "ظف", "تن", "جو"]


def ur_person():
    sex = pick("mf")
    g = pick(UR_M if sex == "m" else UR_F)
    if rng.random() < 0.5:
        g = syl(UR_SYL, (2,)) + pick(["ر", "ان", "یل"]) if sex == "m" else syl(UR_SYL, (2,)) + "ہ"
    s = pick(UR_S)
    return {"full": f"{g} {s}", "two": f"{g} {s}", "three": f"{g} {s}", "kunya": g, "given": g,
            "sex": sex, "father": pick(UR_M) + " " + pick(UR_S),
            "ttl": pick(["جناب", "محترم", "ڈاکٹر"]) if sex == "m" else pick(["محترمہ", "بیگم"]),
            "after": "صاحب" if sex == "m" else "صاحبہ"}


UR_NEG = [
    ("NEG_PLACE", "کراچی", "دفتر {} میں ہے"), ("NEG_PLACE", "ملتان", "{} سے آیا"),
    ("NEG_PLACE", "صوبہ پنجاب", "{} کی حکومت"), ("NEG_PLACE", "بادشاہی مسجد", "{} کے قریب"),
    ("NEG_PLACE", "مال روڈ", "{} پر دکان"), ("NEG_PLACE", "علامہ اقبال ٹاؤن", "گھر {} میں"),
    ("NEG_ORG", "حبیب بینک", "{} کا اکاؤنٹ"), ("NEG_ORG", "اتفاق فاؤنڈری", "{} کا مال"),
    ("NEG_ORG", "بندو خان ریسٹورنٹ", "کھانا {} سے"),
    ("NEG_FAMOUS", "حضرت علی", "{} کا قول"), ("NEG_FAMOUS", "قائداعظم محمد علی جناح", "{} کی تقریر"),
    ("NEG_FAMOUS", "علامہ اقبال", "{} کی شاعری"),
    ("NEG_HOLIDAY", "عید الفطر", "{} کی چھٹیاں"), ("NEG_HOLIDAY", "محرم", "{} کے بعد"),
    ("NEG_HOLIDAY", "ربیع الاول", "{} میں"),
    ("NEG_WORD", "نور", "چہرے پر {}"), ("NEG_WORD", "امید", "{} ہے کہ"), ("NEG_WORD", "خوشی", "بڑی {} ہوئی"),
    ("NEG_TITLE", "جناب", "{} والا"), ("NEG_TITLE", "صاحب", "بڑے {} کا حکم"),
]

UR_TPL = [
    "درخواست فارم\nنام: {P.full}\nولدیت: {P.father}\nشناختی کارڈ نمبر: {ID}\nنوٹ: {N}۔",
    "السلام علیکم {P.ttl} {P.two} {P.after}،\n{N}۔ براہ کرم {H} بجے تک رابطہ کریں۔\nشکریہ،\n{Q.two}",
    "فہرست: {P.two}، {Q.two} اور {R.two}۔ {N}۔",
    "{P.two} {P.after} نے بتایا کہ {N}۔",
    "| نام | شہر | رقم |\n|---|---|---|\n| {P.two} | {NV} | {H} |\n| {Q.two} | {NV} | {H} |\n{N}۔",
    "رسید نمبر {ID}\nگاہک: {P.two}\nوصول کنندہ: {Q.ttl} {Q.two}\n{N}۔",
    "{P.ttl} {P.two} کو مبارکباد! {N}۔",
    "آج {P.two} ولد {P.father} عدالت میں پیش ہوئے۔ {N}۔",
]

# ---- Hebrew ---------------------------------------------------------------------------------------
HE_M = ["אורי", "נדב", "עמית", "אלון", "גיא", "רועי", "שמעון", "יעקב", "משה", "אליהו", "איתן"]
HE_F = ["אורית", "הילה", "שירן", "ליאת", "דנה", "אסתר", "רבקה", "מיכל", "נועה", "תמר"]
HE_S = ["פרידמן", "שפירא", "אזולאי", "גולדברג", "דהן", "אוחיון", "בן דוד", "בן חיים", "ויסמן",
        "אלמליח"]
HE_SYL = ["גל", "רו", "זי", "בר", "נת", "שו", "מל", "קר", "דנ"]


def he_person():
    sex = pick("mf")
    g = pick(HE_M if sex == "m" else HE_F)
    s = pick(HE_S) if rng.random() < 0.5 else syl(HE_SYL, (2,)) + pick(["י", "וביץ", "ון", ""])
    link = "בן" if sex == "m" else "בת"
    return {"full": f"{g} {s}", "two": f"{g} {s}", "three": f"{g} {link} {pick(HE_M)}",
            "kunya": s, "given": g, "sex": sex,
            "ttl": pick(["מר", 'ד"ר', "הרב", 'עו"ד']) if sex == "m" else pick(["גב'", 'ד"ר', 'עו"ד'])}


HE_NEG = [
    ("NEG_PLACE", "חיפה", "הסניף ב{}"), ("NEG_PLACE", "באר שבע", "נסיעה ל{}"),
    ("NEG_PLACE", "תל אביב", "המשרד ב{}"), ("NEG_PLACE", "רחוב הרצל", "פקק ב{}"),
    ("NEG_PLACE", "נמל התעופה בן גוריון", "טיסה מ{}"), ("NEG_PLACE", "בית הכנסת הגדול", "תפילה ב{}"),
    ("NEG_ORG", "קניון עזריאלי", "קניות ב{}"), ("NEG_ORG", "מאפיית אנג'ל", "לחם מ{}"),
    ("NEG_ORG", "שטראוס", "מוצרי {}"),
    ("NEG_FAMOUS", "משה רבנו", "שיעור על {}"), ("NEG_FAMOUS", 'הרמב"ם', "לימוד {}"),
    ("NEG_FAMOUS", "דוד המלך", "תהילים של {}"),
    ("NEG_HOLIDAY", "ראש השנה", "חופשת {}"), ("NEG_HOLIDAY", "חנוכה", "מסיבת {}"),
    ("NEG_HOLIDAY", "תשרי", "בחודש {}"), ("NEG_HOLIDAY", "ניסן", "עד סוף {}"),
    ("NEG_WORD", "סלע", "{} גדול נפל על הכביש"), ("NEG_WORD", "דוד", "ה{} שמש התקלקל"),
    ("NEG_WORD", "אור", "אין {} בחדר המדרגות"), ("NEG_WORD", "שמחה", "ב{} רבה"),
    ("NEG_WORD", "טל", "{} על הדשא בבוקר"),
    ("NEG_TITLE", "הרב", "שאלה ל{} של הקהילה"), ("NEG_TITLE", 'ד"ר', "תור ל{} תורן"),
]

HE_TPL = [
    "טופס הרשמה\nשם מלא: {P.full}\nמספר זהות: {ID}\nהערות: {N}.",
    "שלום {P.ttl} {P.two},\n{N}. נא לחזור אלינו עד השעה {H}.\nבברכה,\n{Q.two}",
    "רשימת משתתפים:\n1. {P.two}\n2. {Q.three}\n3. {R.two}\n{N}.",
    "היי {P.given}, דיברתי עם {Q.two} והוא אמר ש{N}.",
    "| שם | מחלקה | טלפון |\n|---|---|---|\n| {P.two} | כספים | {ID} |\n| {Q.two} | רכש | {ID} |\n{N}, {N}.",
    "קבלה מס' {ID}\nשם הלקוח: {P.two}\nהמוכר: {Q.two}\n{N}.",
    "לכבוד {P.ttl} {P.full}\nהנדון: {N}\nבכבוד רב,\n{Q.ttl} {Q.two}",
    "פלט הכלי: {\"שם\": \"{P.two}\", \"עיר\": \"{NV}\", \"טלפון\": \"{ID}\"}\n{N}.",
    "העלייה לתורה: {P.three}. {N}.",
    "תודה רבה,\n{P.two}\n{N}.",
    "שלחתי ל{P.two} ול{Q.two} את המסמכים. {N}.",
]

LANGS = {"ar": (ar_person, AR_NEG, AR_TPL), "fa": (fa_person, FA_NEG, FA_TPL),
         "ur": (ur_person, UR_NEG, UR_TPL), "he": (he_person, HE_NEG, HE_TPL)}
ASK = ["Translate this into English.", "Summarise this for the coordinator.",
       "Draft a short reply in the same language.", "Extract the key facts from this.",
       "Fill these details into our CRM.", "What does the sender ask for?"]


def render(tpl, who, negs, p):
    """Writes tpl into p: {X.form} a person's form (gold), {X.ttl}/{X.after} a title (text), {N}
    the next look-alike in its phrase, {NV} a look-alike alone, {ID}/{H} digits."""
    i = 0
    while i < len(tpl):
        j = tpl.find("{", i)
        while j >= 0 and j + 1 < len(tpl) and tpl[j + 1] == '"':
            j = tpl.find("{", j + 1)  # a JSON object's brace
        if j < 0:
            p.t(tpl[i:])
            break
        p.t(tpl[i:j])
        k = tpl.index("}", j)
        tok = tpl[j + 1:k]
        i = k + 1
        if tok in ("N", "NV"):
            lab, v, frame = negs.pop(0)
            if tok == "NV":
                p.s(lab, v)
                continue
            a, b = frame.split("{}")
            p.t(a).s(lab, v).t(b)
        elif tok == "ID":
            p.t(num(10000000, 99999999))
        elif tok == "H":
            p.t(num(2, 12))
        else:
            kind, form = tok.split(".")
            if form in ("ttl", "after"):
                p.t(who[kind][form])
            else:
                p.s("PERSON", who[kind][form])


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    n = 0
    for rnd in range(6):
        for lg, (person, negpool, tpls) in LANGS.items():
            order = tpls[:]
            rng.shuffle(order)
            for tpl in order[:9 if lg == "ar" else 6]:
                who = {"P": person(), "Q": person(), "R": person()}
                who["W"] = who["P"] if who["P"]["sex"] == "f" else person()
                negs = negpool[:]
                rng.shuffle(negs)
                negs = negs * 3
                p = P()
                render(tpl, who, negs, p)
                p.t("\n")
                npers = sum(1 for s in p.spans if s["entity_type"] == "PERSON")
                nneg = len(p.spans) - npers
                if nneg < npers:
                    p.t("\n")
                    while nneg < npers:
                        lab, v, frame = negs.pop(0)
                        a, b = frame.split("{}")
                        p.t(a).s(lab, v).t(b + (". " if lg != "ur" else "۔ "))
                        nneg += 1
                api = apis[n % 4]
                ascii_ = n % 3 == 0
                compact = n % 2 == 0
                body, spans = ask_body(api, ASK[n % len(ASK)], p.text, p.spans, ascii_, compact)
                append_body(records, body, spans, {"locale": lg, "class": "script", "family": "script",
                                                   "api": api, "ascii": ascii_})
                n += 1
    write_json(records)


if __name__ == "__main__":
    main()
