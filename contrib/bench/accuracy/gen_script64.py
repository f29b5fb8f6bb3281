#!/usr/bin/env python3
"""gen_script64.py: people named in their own scripts (tune set; branch script64, written and
committed before hush was run on it), from the thirtieth blind set's public brief (its script
family: the README row and run.sh title only) and the author's own idea of such text, not from
hush's rules.

Forms, chats, registers, letters and tool results written in Russian, Ukrainian, Bulgarian,
Serbian (Cyrillic and Latin), Arabic, Persian, Urdu, Hebrew, Hindi, Bengali, Tamil, Thai, Chinese
(simplified and traditional), Japanese and Korean, with people named as each language names them:
Russian surname, given name and patronymic, the name and patronymic alone, initials before and
after, the dative; Ukrainian and Bulgarian three names; Arabic `بن`/`بنت` chains and the kunya;
Persian `آقای`/`خانم`; Urdu `ولد` with the father his own span and `صاحب` after; Hebrew `בן`/`בת`;
Hindi initials and `जी` after; Bengali `জনাব`, `বাবু`; Tamil the father's initial; Thai titles
written onto the name (the title outside the span) and `คุณ` with a nickname; Chinese names with no
space to the text around them and `先生`/`女士` after; Japanese with a space, an ideographic space
or none, in katakana too, `様`/`さん`/`先生` after; Korean `씨`/`님` after. Every honorific is
outside the span. About half the people invented from each language's syllables.

Look-alikes as NEG_ spans, at least as many as the PERSON spans of each record: cities and
landmarks (NEG_PLACE), firms and shops named after people (NEG_ORG), historical and religious
figures as topics (NEG_FAMOUS), deities (NEG_DEITY), festivals (NEG_HOLIDAY), words that look like
names (NEG_WORD), titles alone (NEG_TITLE).

Request bodies of the four APIs (an English ask, then the text), a third \\uXXXX-escaped, half
compact. Deterministic; stdlib only; writes JSON to stdout.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import write_json  # noqa: E402
from gen_bodies import P, ask_body, append_body  # noqa: E402

rng = random.Random(20261207 + 64)


def pick(xs):
    return rng.choice(xs)


def syl(parts, n=(2, 3)):
    return "".join(pick(parts) for _ in range(pick(n)))


def cap(w):
    return w[0].upper() + w[1:]


# ---- Russian / Ukrainian / Bulgarian / Serbian ------------------------------------------------
RU_GM = [("Алексей", "Алексею"), ("Дмитрий", "Дмитрию"), ("Сергей", "Сергею"), ("Андрей", "Андрею"),
         ("Игорь", "Игорю"), ("Павел", "Павлу"), ("Михаил", "Михаилу"), ("Олег", "Олегу")]
RU_GF = [("Ольга", "Ольге"), ("Наталья", "Наталье"), ("Екатерина", "Екатерине"), ("Марина", "Марине"),
         ("Светлана", "Светлане"), ("Татьяна", "Татьяне"), ("Ирина", "Ирине"), ("Юлия", "Юлии")]
RU_FATHER = [("Иванович", "Ивановна"), ("Петрович", "Петровна"), ("Сергеевич", "Сергеевна"),
             ("Николаевич", "Николаевна"), ("Андреевич", "Андреевна"), ("Ильич", "Ильинична"),
             ("Васильевич", "Васильевна"), ("Юрьевич", "Юрьевна")]
RU_SUR = ["Смирнов", "Кузнецов", "Волков", "Соколов", "Лебедев", "Морозов", "Никитин", "Белкин"]
RU_SYL = ["ба", "ре", "то", "ми", "лу", "ко", "ве", "ша", "гу", "да", "ло", "зи", "про", "тре"]


def ru_person():
    sex = pick("mf")
    g, gd = pick(RU_GM if sex == "m" else RU_GF)
    pat = pick(RU_FATHER)[0 if sex == "m" else 1]
    if rng.random() < 0.5:
        base = pick(RU_SUR)
    else:
        base = cap(syl(RU_SYL, (2,)) + pick(["ов", "ин", "ев"]))
    if sex == "m":
        sur, surd, patd = base, base + "у", pat + "у"
    else:
        sur, surd, patd = base + "а", base + "ой", pat[:-1] + "е"
    ini = g[0] + ". " + pat[0] + "."
    return {"full": f"{sur} {g} {pat}", "io": f"{g} {pat}", "ini1": f"{ini} {sur}",
            "ini2": f"{sur} {ini}", "dat": f"{surd} {gd} {patd}", "gs": f"{g} {sur}", "sur": sur}


UK_G = [("Олександр", "Петрович"), ("Тарас", "Іванович"), ("Богдан", "Миколайович"),
        ("Ірина", "Василівна"), ("Оксана", "Степанівна"), ("Галина", "Олегівна")]
UK_SUR = ["Шевченко", "Коваленко", "Бондаренко", "Ткачук", "Мельник", "Кравець"]
UK_SYL = ["ко", "ва", "ли", "гру", "ше", "па", "до", "ри"]


def uk_person():
    g, p = pick(UK_G)
    s = pick(UK_SUR) if rng.random() < 0.5 else cap(syl(UK_SYL, (2,)) + pick(["енко", "чук", "ук"]))
    return {"full": f"{s} {g} {p}", "io": f"{g} {p}", "ini1": f"{g[0]}. {p[0]}. {s}", "gs": f"{g} {s}",
            "ini2": f"{s} {g[0]}. {p[0]}.", "dat": f"{g} {s}", "sur": s}


BG_G = [("Иван", "Петров", "m"), ("Георги", "Димитров", "m"), ("Стоян", "Николов", "m"),
        ("Мария", "Петрова", "f"), ("Елена", "Стоянова", "f"), ("Десислава", "Иванова", "f")]
BG_SYL = ["цве", "та", "ки", "ро", "бо", "ра", "ми", "ле"]


def bg_person():
    g, p, sex = pick(BG_G)
    s = pick(["Георгиев", "Тодоров", "Атанасов", "Христов"]) if rng.random() < 0.5 else cap(syl(BG_SYL, (2,)) + "ов")
    if sex == "f":
        s += "а"
    return {"full": f"{g} {p} {s}", "io": f"{g} {s}", "ini1": f"{g[0]}. {s}", "gs": f"{g} {s}",
            "ini2": f"{s}, {g}", "dat": f"{g} {s}", "sur": s}


SR_G = [("Милан", "Milan"), ("Никола", "Nikola"), ("Драган", "Dragan"), ("Јелена", "Jelena"),
        ("Милица", "Milica"), ("Ивана", "Ivana")]
SR_S = [("Јовановић", "Jovanović"), ("Петровић", "Petrović"), ("Николић", "Nikolić"),
        ("Марковић", "Marković"), ("Ђорђевић", "Đorđević"), ("Стојановић", "Stojanović")]
SR_SYL = [("бра", "bra"), ("ну", "nu"), ("ве", "ve"), ("ло", "lo"), ("ми", "mi"), ("шко", "ško")]


def sr_person(latin):
    i = 1 if latin else 0
    g = pick(SR_G)[i]
    if rng.random() < 0.5:
        s = pick(SR_S)[i]
    else:
        parts = [pick(SR_SYL) for _ in range(2)]
        s = cap("".join(x[i] for x in parts)) + ("ić" if latin else "ић")
    return {"full": f"{g} {s}", "io": f"{g} {s}", "ini1": f"{g[0]}. {s}", "gs": f"{g} {s}",
            "ini2": f"{s} {g}", "dat": f"{g} {s}", "sur": s}


# ---- Arabic / Persian / Urdu / Hebrew -----------------------------------------------------------
AR_GM = ["محمد", "عبدالله", "خالد", "فهد", "يوسف", "سعود", "ناصر", "طارق"]
AR_GF = ["فاطمة", "نورة", "مريم", "سارة", "ريم", "هند"]
AR_FAM = ["الحربي", "القحطاني", "الزهراني", "العتيبي", "الشمري", "المطيري"]
AR_SYL = ["جا", "سر", "نو", "ري", "دا", "لم", "حا", "كي"]


def ar_person():
    sex = pick("mf")
    g = pick(AR_GM if sex == "m" else AR_GF)
    fam = pick(AR_FAM) if rng.random() < 0.5 else "ال" + syl(AR_SYL, (2,)) + "ي"
    link = "بن" if sex == "m" else "بنت"
    father = pick(AR_GM)
    return {"full": f"{g} {link} {father} {fam}", "io": f"{g} {fam}", "gs": f"{g} {fam}",
            "ini1": f"{g} {fam}", "ini2": f"أبو {pick(AR_GM)}" if sex == "m" else f"أم {pick(AR_GM)}",
            "dat": f"{g} {fam}", "sur": fam, "sex": sex}


FA_G = ["علی", "رضا", "مهدی", "حسین", "زهرا", "مریم", "نرگس", "پریسا"]
FA_S = ["رضایی", "محمدی", "حسینی", "کریمی", "احمدی", "جعفری"]
FA_SYL = ["زا", "دی", "فر", "نی", "پو", "را", "مه", "شی"]


def fa_person():
    g = pick(FA_G)
    s = pick(FA_S) if rng.random() < 0.5 else syl(FA_SYL, (2,)) + pick(["ی", "زاده", "پور"])
    return {"full": f"{g} {s}", "io": f"{g} {s}", "gs": f"{g} {s}", "ini1": s, "ini2": f"{g} {s}",
            "dat": f"{g} {s}", "sur": s}


UR_G = ["محمد عمران", "احمد علی", "شاہد حسین", "عائشہ بی بی", "ثنا خان", "بلال احمد"]
UR_F = ["محمد اسلم", "غلام رسول", "عبدالرشید", "محمد یوسف"]
UR_SYL = ["قا", "سم", "نو", "ری", "دل", "شا"]


def ur_person():
    g = pick(UR_G) if rng.random() < 0.5 else syl(UR_SYL, (2,)) + " " + pick(["خان", "بٹ", "چوہدری", "ملک"])
    return {"full": g, "io": g, "gs": g, "ini1": g, "ini2": g, "dat": g, "sur": g.split()[-1],
            "father": pick(UR_F)}


HE_GM = ["יוסי", "דוד", "משה", "אבי", "יונתן", "איתי"]
HE_GF = ["שרה", "מיכל", "נועה", "רחל", "תמר", "יעל"]
HE_S = ["כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהמי"]
HE_SYL = ["גל", "רו", "זי", "בר", "נת", "שו"]


def he_person():
    sex = pick("mf")
    g = pick(HE_GM if sex == "m" else HE_GF)
    s = pick(HE_S) if rng.random() < 0.5 else syl(HE_SYL, (2,))
    link = "בן" if sex == "m" else "בת"
    return {"full": f"{g} {s}", "io": f"{g} {link} {pick(HE_GM)}", "gs": f"{g} {s}", "ini1": f"{g[0]}. {s}",
            "ini2": f"{s} {g}", "dat": f"{g} {s}", "sur": s, "sex": sex}


# ---- Hindi / Bengali / Tamil / Thai -------------------------------------------------------------
HI_G = ["राहुल", "अमित", "सुनीता", "प्रिया", "विकास", "अनीता", "रमेश", "पूजा"]
HI_S = ["शर्मा", "वर्मा", "गुप्ता", "यादव", "सिंह", "मिश्रा"]
HI_SYL = ["का", "रि", "मो", "दे", "सु", "ना", "भा", "लि"]


def hi_person():
    g = pick(HI_G) if rng.random() < 0.5 else syl(HI_SYL, (2,))
    s = pick(HI_S) if rng.random() < 0.5 else syl(HI_SYL, (2,)) + pick(["वाल", "कर"])
    ini = pick(["आर.", "के.", "एस.", "पी."]) + " " + pick(["के.", "एन.", "एम."])
    return {"full": f"{g} {s}", "io": f"{g} {s}", "gs": f"{g} {s}", "ini1": f"{ini} {s}", "ini2": s,
            "dat": f"{g} {s}", "sur": s}


BN_G = ["রহিম", "সুমন", "তানভীর", "নাসরিন", "শাহানা", "অর্পিতা"]
BN_S = ["উদ্দিন", "চৌধুরী", "হোসেন", "বিশ্বাস", "দাস", "সরকার"]
BN_SYL = ["রা", "জি", "মু", "কা", "নো", "তি"]


def bn_person():
    g = pick(BN_G) if rng.random() < 0.5 else syl(BN_SYL, (2,))
    s = pick(BN_S)
    return {"full": f"{g} {s}", "io": g, "gs": f"{g} {s}", "ini1": f"মো. {g} {s}", "ini2": g,
            "dat": f"{g} {s}", "sur": s}


TA_G = ["செந்தில்குமார்", "முத்துலட்சுமி", "கார்த்திக்", "பிரியா", "ராஜேஷ்", "மீனாட்சி"]
TA_F = [("க.", "கணேசன்"), ("ரா.", "ராமசாமி"), ("சு.", "சுப்பிரமணியன்"), ("மு.", "முருகேசன்")]
TA_SYL = ["செ", "ல்வ", "கு", "மா", "ரி", "வே", "லு", "தா"]


def ta_person():
    g = pick(TA_G) if rng.random() < 0.5 else syl(TA_SYL, (2, 3)) + pick(["ன்", "ம்", "ி"])
    fi, fa = pick(TA_F)
    return {"full": f"{fi} {g}", "io": g, "gs": f"{g} {fa}", "ini1": f"{fi} {g}", "ini2": g, "dat": g,
            "sur": fa}


TH_G = [("สมชาย", "m"), ("ประเสริฐ", "m"), ("วิชัย", "m"), ("สุภาพร", "f"), ("กาญจนา", "f"), ("วราภรณ์", "f")]
TH_S = ["ศรีสุข", "ทองดี", "แสงทอง", "บุญมา", "วงศ์สวัสดิ์", "จันทร์เพ็ญ"]
TH_NICK = ["แนน", "ต้น", "เอ", "บี", "ปุ๊ก", "โอ๊ต"]
TH_SYL = ["ศรี", "พร", "ทอง", "สุข", "วง", "ชัย", "รัตน์", "กุล"]


def th_person():
    g, sex = pick(TH_G)
    s = pick(TH_S) if rng.random() < 0.5 else syl(TH_SYL, (2, 3))
    title = "นาย" if sex == "m" else pick(["นาง", "นางสาว"])
    return {"full": f"{g} {s}", "io": g, "gs": f"{g} {s}", "ini1": f"{g} {s}", "ini2": pick(TH_NICK),
            "dat": g, "sur": s, "title": title}


# ---- Chinese / Japanese / Korean -----------------------------------------------------------------
ZH_S = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗"
ZH_G = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂"
ZHT_S = "陳林黃張李王吳劉蔡楊許鄭謝郭"
ZHT_G = "志明淑芬怡君建宏雅婷家豪美玲俊傑惠"


def zh_person(trad):
    s = pick(ZHT_S if trad else ZH_S)
    gl = ZHT_G if trad else ZH_G
    g = "".join(pick(gl) for _ in range(pick((1, 2, 2))))
    return {"full": s + g, "io": s + g, "gs": s + g, "ini1": s + g, "ini2": s + g, "dat": s + g, "sur": s}


JA_S = [("山田", "ヤマダ"), ("佐藤", "サトウ"), ("鈴木", "スズキ"), ("高橋", "タカハシ"), ("田中", "タナカ"),
        ("渡辺", "ワタナベ"), ("小林", "コバヤシ"), ("中村", "ナカムラ")]
JA_G = [("太郎", "タロウ"), ("花子", "ハナコ"), ("健一", "ケンイチ"), ("美咲", "ミサキ"), ("翔太", "ショウタ"),
        ("陽菜", "ヒナ"), ("大輔", "ダイスケ"), ("由美", "ユミ")]


def ja_person():
    (s, sk), (g, gk) = pick(JA_S), pick(JA_G)
    sep = pick([" ", "\u3000", ""])
    return {"full": s + sep + g, "io": s + g, "gs": sk + " " + gk, "ini1": s + sep + g, "ini2": s,
            "dat": s + g, "sur": s}


KO_S = "김이박최정강조윤장임한오서신"
KO_G = ["민준", "서연", "지훈", "수빈", "현우", "지민", "예린", "도윤", "하은", "성호"]
KO_SYL = "민서지현수우예도하은성호준연"


def ko_person():
    s = pick(KO_S)
    g = pick(KO_G) if rng.random() < 0.5 else pick(KO_SYL) + pick(KO_SYL)
    return {"full": s + g, "io": s + g, "gs": s + " " + g, "ini1": s + g, "ini2": g, "dat": s + g, "sur": s}


PEOPLE = {"ru": ru_person, "uk": uk_person, "bg": bg_person, "sr": lambda: sr_person(False),
          "sr-Latn": lambda: sr_person(True), "ar": ar_person, "fa": fa_person, "ur": ur_person,
          "he": he_person, "hi": hi_person, "bn": bn_person, "ta": ta_person, "th": th_person,
          "zh": lambda: zh_person(False), "zh-Hant": lambda: zh_person(True), "ja": ja_person,
          "ko": ko_person}

# ---- look-alikes per language ------------------------------------------------------------------
NEGS = {
    "ru": [("NEG_PLACE", "Владимир"), ("NEG_PLACE", "Екатеринбурге"), ("NEG_PLACE", "Третьяковской галерее"),
           ("NEG_ORG", "ООО «Семёнов и партнёры»"), ("NEG_FAMOUS", "Пушкина"), ("NEG_FAMOUS", "Петра Первого"),
           ("NEG_HOLIDAY", "Масленицу"), ("NEG_WORD", "Надежда"), ("NEG_TITLE", "Уважаемый"),
           ("NEG_PLACE", "Пушкинской площади"), ("NEG_ORG", "Елисеевский магазин")],
    "uk": [("NEG_PLACE", "Львові"), ("NEG_PLACE", "Івано-Франківськ"), ("NEG_FAMOUS", "Шевченка"),
           ("NEG_FAMOUS", "Лесі Українки"), ("NEG_HOLIDAY", "Великдень"), ("NEG_ORG", "ТОВ «Коваленко Агро»"),
           ("NEG_WORD", "Надія"), ("NEG_TITLE", "Шановний")],
    "bg": [("NEG_PLACE", "Пловдив"), ("NEG_PLACE", "Стара Загора"), ("NEG_FAMOUS", "Христо Ботев"),
           ("NEG_FAMOUS", "Васил Левски"), ("NEG_HOLIDAY", "Гергьовден"), ("NEG_ORG", "Петров и син ЕООД"),
           ("NEG_WORD", "Слава"), ("NEG_TITLE", "Уважаеми")],
    "sr": [("NEG_PLACE", "Нови Сад"), ("NEG_PLACE", "Крагујевац"), ("NEG_FAMOUS", "Николе Тесле"),
           ("NEG_FAMOUS", "Светог Саве"), ("NEG_HOLIDAY", "Видовдан"), ("NEG_ORG", "Јовановић д.о.о."),
           ("NEG_WORD", "Слава"), ("NEG_TITLE", "Поштовани")],
    "sr-Latn": [("NEG_PLACE", "Novi Sad"), ("NEG_PLACE", "Kragujevac"), ("NEG_FAMOUS", "Nikole Tesle"),
                ("NEG_FAMOUS", "Svetog Save"), ("NEG_HOLIDAY", "Vidovdan"), ("NEG_ORG", "Jovanović d.o.o."),
                ("NEG_WORD", "Slava"), ("NEG_TITLE", "Poštovani")],
    "ar": [("NEG_PLACE", "الرياض"), ("NEG_PLACE", "جدة"), ("NEG_ORG", "مصرف الراجحي"), ("NEG_ORG", "مكتبة جرير"),
           ("NEG_FAMOUS", "صلاح الدين"), ("NEG_FAMOUS", "ابن خلدون"), ("NEG_HOLIDAY", "عيد الفطر"),
           ("NEG_TITLE", "السيد"), ("NEG_WORD", "أمل"), ("NEG_PLACE", "المدينة المنورة")],
    "fa": [("NEG_PLACE", "اصفهان"), ("NEG_PLACE", "شیراز"), ("NEG_FAMOUS", "حافظ"), ("NEG_FAMOUS", "فردوسی"),
           ("NEG_HOLIDAY", "نوروز"), ("NEG_ORG", "فروشگاه رضا"), ("NEG_TITLE", "آقای"), ("NEG_WORD", "امید")],
    "ur": [("NEG_PLACE", "لاہور"), ("NEG_PLACE", "راولپنڈی"), ("NEG_FAMOUS", "علامہ اقبال"),
           ("NEG_FAMOUS", "قائداعظم"), ("NEG_HOLIDAY", "عید الاضحی"), ("NEG_ORG", "حبیب بینک"),
           ("NEG_TITLE", "جناب"), ("NEG_WORD", "نور")],
    "he": [("NEG_PLACE", "ירושלים"), ("NEG_PLACE", "ראשון לציון"), ("NEG_FAMOUS", "הרצל"),
           ("NEG_FAMOUS", "משה רבנו"), ("NEG_HOLIDAY", "פסח"), ("NEG_ORG", "אסם"), ("NEG_TITLE", "מר"),
           ("NEG_WORD", "שלום"), ("NEG_PLACE", "בית שמש")],
    "hi": [("NEG_PLACE", "लखनऊ"), ("NEG_PLACE", "इंदौर"), ("NEG_DEITY", "लक्ष्मी"), ("NEG_DEITY", "गणेश"),
           ("NEG_FAMOUS", "महात्मा गांधी"), ("NEG_HOLIDAY", "दीवाली"), ("NEG_ORG", "हल्दीराम"),
           ("NEG_TITLE", "श्रीमान"), ("NEG_WORD", "प्रकाश")],
    "bn": [("NEG_PLACE", "ঢাকা"), ("NEG_PLACE", "চট্টগ্রাম"), ("NEG_DEITY", "সরস্বতী"), ("NEG_DEITY", "দুর্গা"),
           ("NEG_FAMOUS", "রবীন্দ্রনাথ ঠাকুর"), ("NEG_HOLIDAY", "পহেলা বৈশাখ"), ("NEG_ORG", "প্রাণ গ্রুপ"),
           ("NEG_TITLE", "জনাব"), ("NEG_WORD", "আলো")],
    "ta": [("NEG_PLACE", "மதுரை"), ("NEG_PLACE", "கோயம்புத்தூர்"), ("NEG_DEITY", "முருகன்"),
           ("NEG_DEITY", "மீனாட்சி அம்மன்"), ("NEG_FAMOUS", "திருவள்ளுவர்"), ("NEG_HOLIDAY", "பொங்கல்"),
           ("NEG_ORG", "சரவணா ஸ்டோர்ஸ்"), ("NEG_TITLE", "திரு."), ("NEG_WORD", "அன்பு")],
    "th": [("NEG_PLACE", "เชียงใหม่"), ("NEG_PLACE", "สุรินทร์"), ("NEG_FAMOUS", "สุนทรภู่"),
           ("NEG_DEITY", "พระพิฆเนศ"), ("NEG_HOLIDAY", "สงกรานต์"), ("NEG_ORG", "ร้านเจ๊ไฝ"),
           ("NEG_TITLE", "คุณ"), ("NEG_WORD", "สวัสดี"), ("NEG_PLACE", "วัดพระแก้ว")],
    "zh": [("NEG_PLACE", "张家口"), ("NEG_PLACE", "黄山"), ("NEG_ORG", "王老吉"), ("NEG_ORG", "张小泉"),
           ("NEG_FAMOUS", "孔子"), ("NEG_FAMOUS", "李白"), ("NEG_HOLIDAY", "中秋节"), ("NEG_TITLE", "先生"),
           ("NEG_WORD", "明天"), ("NEG_PLACE", "周庄")],
    "zh-Hant": [("NEG_PLACE", "台中"), ("NEG_PLACE", "林口"), ("NEG_ORG", "林鳳營"), ("NEG_ORG", "王品"),
                ("NEG_FAMOUS", "孫中山"), ("NEG_FAMOUS", "媽祖"), ("NEG_HOLIDAY", "端午節"),
                ("NEG_TITLE", "小姐"), ("NEG_WORD", "明天")],
    "ja": [("NEG_PLACE", "和泉市"), ("NEG_PLACE", "渋谷"), ("NEG_ORG", "本田技研工業"), ("NEG_ORG", "松本清"),
           ("NEG_FAMOUS", "織田信長"), ("NEG_FAMOUS", "夏目漱石"), ("NEG_HOLIDAY", "お盆"), ("NEG_TITLE", "部長"),
           ("NEG_WORD", "明日"), ("NEG_PLACE", "吉祥寺")],
    "ko": [("NEG_PLACE", "영주"), ("NEG_PLACE", "강남"), ("NEG_ORG", "김밥천국"), ("NEG_ORG", "정관장"),
           ("NEG_FAMOUS", "세종대왕"), ("NEG_FAMOUS", "이순신"), ("NEG_HOLIDAY", "추석"), ("NEG_TITLE", "과장님"),
           ("NEG_WORD", "내일"), ("NEG_PLACE", "서울역")],
}

# ---- texts: {P.form} / {Q.form} a person's form, {N} the next look-alike, {F} Urdu father,
#      {T} a Thai title written onto the next name (plain text) --------------------------------
TPL = {
    "ru": ["Анкета участника\nФИО: {P.full}\nГород: {N}\nКомментарий: прошу перенести запись после праздника.",
           "Добрый день! Передайте, пожалуйста, пакет документов {P.dat}. Встреча у {N}, спросите {P.io}.",
           "Список дежурных:\n1. {P.ini2}\n2. {Q.ini2}\nОтветственный — {Q.ini1}. Экскурсия в {N}.",
           "Здравствуйте, {P.io}! Напоминаем: занятие перенесено, тема — {N}. С уважением, {Q.gs}.",
           "Уважаемый(ая) {P.io}, ваш заказ в «{N}» готов. Курьер: {Q.gs}, тел. в приложении."],
    "uk": ["Заява\nПІБ: {P.full}\nМісто: {N}\nПрошу зарахувати на курс.",
           "Доброго дня! Передайте ключі {P.io}, будь ласка. Зустріч біля пам'ятника {N}.",
           "Склад комісії: {P.ini1}, {Q.ini1}. Засідання після свята {N}.",
           "Шановний(а) {P.io}! Ваше замовлення в {N} готове. Кур'єр {Q.gs}."],
    "bg": ["Молба\nТрите имена: {P.full}\nГрад: {N}\nМоля за издаване на удостоверение.",
           "Здравейте, {P.io}! Срещата е в {N}, след {N}. Поздрави, {Q.gs}.",
           "Отговорник: {P.ini1}; заместник: {Q.ini2}. Тема на урока: {N}."],
    "sr": ["Пријава\nИме и презиме: {P.full}\nМесто: {N}\nНапомена: долазим после славе.",
           "Поштовани {P.gs}, састанак је у {N}. Срдачно, {Q.gs}.",
           "Дежурни: {P.ini2}, {Q.ini1}. Предавање о {N}."],
    "sr-Latn": ["Prijava\nIme i prezime: {P.full}\nMesto: {N}\nNapomena: dolazim posle slave.",
                "Poštovani {P.gs}, sastanak je u {N}. Srdačno, {Q.gs}.",
                "Dežurni: {P.ini2}, {Q.ini1}. Predavanje o {N}."],
    "ar": ["استمارة التسجيل\nالاسم: {P.full}\nالمدينة: {N}\nملاحظة: الرجاء التواصل بعد {N}.",
           "السلام عليكم، السيد {P.gs} يرجى مراجعة {N} يوم الأحد. مع التحية، {Q.gs}.",
           "قائمة المجموعة:\n1- {P.full}\n2- {Q.full}\nالمشرف: {P.ini2}. الزيارة إلى {N}.",
           "تم استلام طلبكم من {N}، المندوب {Q.io} سيتواصل معكم."],
    "fa": ["فرم ثبت‌نام\nنام و نام خانوادگی: {P.full}\nشهر: {N}\nتوضیحات: بعد از {N} تماس بگیرید.",
           "سلام، آقای {P.gs} لطفاً مدارک را به {N} بیاورید. با احترام، خانم {Q.gs}.",
           "فهرست: {P.gs}، {Q.gs}. بازدید از آرامگاه {N}."],
    "ur": ["درخواست فارم\nنام: {P.full} ولد {F}\nشہر: {N}\nنوٹ: {N} کے بعد رابطہ کریں۔",
           "السلام علیکم، {P.full} صاحب! آپ کا پارسل {N} سے آ گیا ہے۔",
           "فہرست: {P.full}، {Q.full}۔ تقریب {N} میں ہوگی۔"],
    "he": ["טופס הרשמה\nשם: {P.full}\nעיר: {N}\nהערות: נא לחזור אחרי {N}.",
           "שלום {P.gs}, הפגישה נקבעה ב{N}. בברכה, {Q.gs}.",
           "רשימת משתתפים: {P.io}, {Q.ini2}. סיור ב{N}."],
    "hi": ["आवेदन पत्र\nनाम: {P.full}\nशहर: {N}\nटिप्पणी: {N} के बाद संपर्क करें।",
           "नमस्ते {P.ini2} जी, आपका पार्सल {N} से आ गया है। धन्यवाद, {Q.gs}",
           "समिति: {P.ini1}, श्रीमती {Q.gs}। बैठक {N} के बाद।"],
    "bn": ["আবেদন ফরম\nনাম: {P.full}\nজেলা: {N}\nমন্তব্য: {N} এর পরে যোগাযোগ করুন।",
           "জনাব {P.gs}, আপনার পার্সেল {N} থেকে এসেছে। ধন্যবাদ, {Q.ini1}",
           "{P.io} বাবু আর {Q.gs} {N} উপলক্ষে আসবেন।"],
    "ta": ["விண்ணப்பம்\nபெயர்: {P.full}\nஊர்: {N}\nகுறிப்பு: {N} பிறகு தொடர்பு கொள்ளவும்.",
           "வணக்கம் திரு. {P.io}, உங்கள் பார்சல் {N} இருந்து வந்துவிட்டது. நன்றி, {Q.ini1}",
           "குழு: {P.gs}, {Q.ini1}. விழா {N} அன்று."],
    "th": ["ใบสมัคร\nชื่อ: {T}{P.full}\nจังหวัด: {N}\nหมายเหตุ: ติดต่อหลัง{N}",
           "สวัสดีค่ะคุณ{P.ini2} พัสดุจาก{N}มาถึงแล้ว ขอบคุณค่ะ {Q.gs}",
           "รายชื่อ: {T}{P.gs}, {Q.gs} ไปเที่ยว{N}"],
    "zh": ["报名表\n姓名：{P.full}\n城市：{N}\n备注：{N}以后联系。",
           "您好，{P.gs}先生，您的快递已到{N}，请联系{Q.gs}取件。",
           "值班表：{P.ini1}、{Q.ini1}。地点：{N}。",
           "{P.gs}女士您好！{N}活动改期，详情请问{Q.gs}。"],
    "zh-Hant": ["報名表\n姓名：{P.full}\n縣市：{N}\n備註：{N}後聯絡。",
                "您好，{P.gs}先生，包裹已送到{N}，請找{Q.gs}領取。",
                "值班：{P.ini1}、{Q.ini1}，地點{N}。"],
    "ja": ["申込書\n氏名：{P.full}\nフリガナ：{P.gs}\n住所地：{N}\n備考：{N}の後に連絡希望",
           "{P.io}様\nいつもお世話になっております。{N}の件でご連絡いたしました。{Q.full}",
           "当番表：{P.ini1}さん、{Q.ini1}さん。場所は{N}です。",
           "{P.ini2}先生、{N}の資料を{Q.io}さんに渡しました。"],
    "ko": ["신청서\n이름: {P.full}\n지역: {N}\n비고: {N} 이후 연락 바랍니다.",
           "{P.full} 고객님, 주문하신 상품이 {N}에 도착했습니다. 담당 {Q.full}",
           "당번: {P.gs} 씨, {Q.ini2}님. 장소: {N}.",
           "{P.full}님 안녕하세요, {N} 모임은 {Q.full} 씨가 맡습니다."],
}
ASK = ["Translate this into English.", "Summarise this for the coordinator.",
       "Draft a short reply in the same language.", "Extract the key facts from this.",
       "Fill these details into our CRM.", "What does the sender ask for?"]
LANGS = list(TPL)


def render(lg, tpl, who, negs, p):
    i = 0
    while i < len(tpl):
        j = tpl.find("{", i)
        if j < 0:
            p.t(tpl[i:])
            break
        p.t(tpl[i:j])
        k = tpl.index("}", j)
        tok = tpl[j + 1:k]
        i = k + 1
        if tok == "N":
            lab, v = negs.pop(0)
            p.s(lab, v)
        elif tok == "F":
            p.s("PERSON", who["P"]["father"])
        elif tok == "T":
            p.t(who["P"]["title"])
        else:
            kind, form = tok.split(".")
            p.s("PERSON", who[kind][form])


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    n = 0
    for rnd in range(6):
        for lg in LANGS:
            tpls = TPL[lg][:]
            rng.shuffle(tpls)
            for tpl in tpls[:3]:
                who = {"P": PEOPLE[lg](), "Q": PEOPLE[lg]()}
                negs = NEGS[lg][:]
                rng.shuffle(negs)
                negs = negs * 3
                p = P()
                render(lg, tpl, who, negs, p)
                p.t("\n")
                npers = sum(1 for s in p.spans if s["entity_type"] == "PERSON")
                nneg = len(p.spans) - npers
                extra = []
                while nneg < npers:
                    extra.append(negs.pop(0))
                    nneg += 1
                if extra:
                    p.t("\n")
                    for e, (lab, v) in enumerate(extra):
                        if e:
                            p.t(" · ")
                        p.s(lab, v)
                    p.t("\n")
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
