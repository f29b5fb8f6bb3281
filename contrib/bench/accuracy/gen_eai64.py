#!/usr/bin/env python3
"""gen_eai64.py: e-mail addresses as people write them in text of their own script (tune set;
branch eai64, written and committed before hush was run on it), from the thirtieth blind set's
public brief (people of the world beyond Europe in their own scripts: Russian, Ukrainian,
Bulgarian, Serbian, Arabic, Persian, Urdu, Hebrew, Hindi, Bengali, Tamil, Thai, Chinese,
Japanese, Korean) and the author's own idea of such text, not from hush's rules.

An address appears as people there write it: an ASCII mailbox after the language's e-mail word
(the control), glued to the script around it with no space (`邮箱zhang.wei@qq.com请`), with
full-width `＠` and `．`, followed by the script's punctuation (`。` `、` `،` `؛` `।` `」`), inside
right-to-left marks and isolates (U+200E/U+200F/U+2066-U+2069), in `<...>`, `«...»`, `《...》`,
`「...」` brackets, an internationalised address (RFC 6531: a local part in the script; an IDN
domain such as `пример.рф`, `例子.公司`, `उदाहरण.भारत`; its punycode `xn--` form), or its `@` said in
the language's word (`собака`, `равлик`, `маймунка`, `艾特`, `アットマーク`, `골뱅이`, pinyin `at`).
Gold: EMAIL_ADDRESS on the address (the spoken form from its local part to its top-level domain);
a glued address's span holds the ASCII address alone.

Look-alikes as NEG_ spans, as many as the addresses in every record: `@` mentions of groups and
bots in the script (NEG_HANDLE), decorators and CSS at-rules (NEG_CODE), package scopes and
`name@version` (NEG_PKG), a git remote and a shell prompt (NEG_EMAILISH), times and prices after
`@` (NEG_TIME, NEG_PRICE), and web sites, IDN or punycode, with no `@` (NEG_DOMAIN).

Documents: support chats, forms, signatures, registry rows and JSON tool results in each language;
request bodies of the four APIs (one user message: an ask and the document), a third
\\uXXXX-escaped, half compact. Deterministic; stdlib only; writes JSON to stdout.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import write_json  # noqa: E402
from gen_bodies import P, ask_body, append_body  # noqa: E402

rng = random.Random(20261207 + 64)

# lang: (e-mail words, colon, end marks, brackets, romanised locals, native locals, ASCII domains,
#        IDN domains, the spoken '@' (or None), the spoken '.' (or None))
L = {
    "ru": (["эл. почта", "почта", "E-mail", "адрес почты"], [": "], [".", ",", ";", "!"],
           [("«", "»"), ("<", ">"), ("(", ")")],
           ["ivan.petrov", "a.smirnova", "kuznetsov1984", "olga_ivanova", "d.sokolov"],
           ["иван.петров", "ольга", "смирнова.а", "сергей_кузнецов"],
           ["mail.ru", "yandex.ru", "bk.ru", "rambler.ru", "inbox.ru"],
           ["пример.рф", "почта.рф", "школа-12.рф", "магазин.рф"], ["собака", "в собаке"],
           "точка"),
    "uk": (["ел. пошта", "пошта", "E-mail"], [": "], [".", ",", ";"], [("«", "»"), ("<", ">")],
           ["o.shevchenko", "taras.bondar", "iryna_koval"], ["тарас", "ірина.коваль"],
           ["ukr.net", "i.ua", "meta.ua", "gmail.com"], ["приклад.укр", "пошта.укр"],
           ["равлик"], "крапка"),
    "bg": (["имейл", "ел. поща"], [": "], [".", ",", ";"], [("„", "“"), ("<", ">")],
           ["g.dimitrov", "mariya.ivanova", "petko77"], ["мария", "георги.димитров"],
           ["abv.bg", "mail.bg", "dir.bg"], ["пример.бг", "поща.бг"], ["маймунка"], "точка"),
    "sr": (["имејл", "е-пошта"], [": "], [".", ",", ";"], [("„", "“"), ("<", ">")],
           ["milos.jovanovic", "jelena.p", "nikola_ilic"], ["милош", "јелена.петровић"],
           ["gmail.com", "eunet.rs", "yahoo.com"], ["пример.срб", "пошта.срб"], ["мајмунче"],
           "тачка"),
    "ar": (["البريد الإلكتروني", "الإيميل", "بريد"], [": "], ["،", "؛", ".", "؟"],
           [("«", "»"), ("(", ")"), ("<", ">")],
           ["ahmed.alharbi", "fatima.z", "m.alotaibi", "khalid_1990"], ["أحمد", "فاطمة.الزهراء"],
           ["gmail.com", "hotmail.com", "yahoo.com", "outlook.sa"], ["مثال.مصر", "بريد.السعودية"],
           None, None),
    "fa": (["ایمیل", "پست الکترونیک", "رایانامه"], [": "], ["،", "؛", "."], [("«", "»"), ("(", ")")],
           ["ali.rezaei", "s.mohammadi", "maryam_ahmadi"], ["علی", "مریم.احمدی"],
           ["gmail.com", "chmail.ir", "yahoo.com"], ["مثال.ایران", "نامه.ایران"], None, None),
    "ur": (["ای میل", "ای-میل"], [": "], ["،", "۔", "؛"], [("(", ")"), ("<", ">")],
           ["imran.khan88", "ayesha.siddiqui", "bilal_ahmed"], ["عمران", "عائشہ"],
           ["gmail.com", "yahoo.com", "hotmail.com"], ["مثال.پاکستان"], None, None),
    "he": (["דוא\"ל", "מייל", "אימייל"], [": "], [".", ",", ";"], [("(", ")"), ("<", ">")],
           ["yossi.cohen", "noa.levi", "d.mizrahi"], ["יוסי", "נועה.לוי"],
           ["walla.co.il", "gmail.com", "012.net.il"], ["דוגמה.ישראל"], None, None),
    "hi": (["ईमेल", "ई-मेल", "मेल आईडी"], [": "], ["।", ",", "."], [("(", ")"), ("<", ">")],
           ["rahul.sharma", "priya.verma", "amit_kumar91"], ["राहुल", "प्रिया.वर्मा"],
           ["gmail.com", "rediffmail.com", "yahoo.co.in"], ["उदाहरण.भारत", "डाक.भारत"], None, None),
    "bn": (["ইমেইল", "ই-মেইল"], [": "], ["।", ",", "."], [("(", ")"), ("<", ">")],
           ["sumon.ahmed", "rina.das", "tanvir_h"], ["সুমন", "রিনা.দাস"],
           ["gmail.com", "yahoo.com", "bol-online.com"], ["উদাহরণ.ভারত", "ডাক.বাংলা"], None, None),
    "ta": (["மின்னஞ்சல்", "இமெயில்"], [": "], [".", ","], [("(", ")"), ("<", ">")],
           ["senthil.kumar", "kavitha.r", "murugan_s"], ["செந்தில்", "கவிதா"],
           ["gmail.com", "yahoo.co.in", "rediffmail.com"], ["உதாரணம்.இந்தியா"], None, None),
    "th": (["อีเมล", "อีเมล์"], [": ", " "], [" ", " ค่ะ", " ครับ"], [("(", ")"), ("<", ">")],
           ["somchai.s", "nattaya.k", "wichai_99"], ["สมชาย", "ณัฐยา"],
           ["gmail.com", "hotmail.co.th", "yahoo.co.th"], ["ตัวอย่าง.ไทย", "ร้านค้า.ไทย"], None,
           None),
    "zh": (["邮箱", "电子邮件", "邮件地址", "電郵"], ["：", ":", ""], ["。", "，", "；", "）", "」"],
           [("《", "》"), ("「", "」"), ("（", "）"), ("<", ">")],
           ["zhang.wei", "li_na88", "wangfang2020", "chen.jie", "liuyang"], ["张伟", "李娜", "王芳"],
           ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"],
           ["例子.公司", "例子.中国", "网店.中国"], ["艾特", "at"], "点"),
    "ja": (["メール", "メールアドレス", "Eメール", "連絡先"], ["：", ":", ""], ["。", "、", "）", "」"],
           [("「", "」"), ("『", "』"), ("（", "）"), ("<", ">")],
           ["tanaka.yuki", "sato_h", "k.suzuki", "yamamoto1985"], ["たなか", "さとう.はなこ", "山本"],
           ["yahoo.co.jp", "docomo.ne.jp", "gmail.com", "nifty.com"], ["日本語.jp", "例え.jp"],
           ["アットマーク", "あっと"], "ドット"),
    "ko": (["이메일", "메일", "전자우편"], [": ", ":"], [".", ",", ")"], [("<", ">"), ("(", ")")],
           ["kim.minjun", "lee_jiyoung", "park.sh", "choi1990"], ["김민준", "이지영"],
           ["naver.com", "daum.net", "hanmail.net", "kakao.com"], ["예시.한국", "회사.한국"],
           ["골뱅이"], "점"),
}

# per language: a greeting or ask line, "write to me at" before the address, text glued after it,
# a closing, the words for meeting, price and site, and a mention of a group or bot
T = {
    "ru": ("Здравствуйте! Не могу войти в личный кабинет.", "Пишите мне на", "пожалуйста",
           "С уважением", "встреча", "цена", "сайт", ["@поддержка", "@админы", "@бот_заказов"]),
    "uk": ("Добрий день! Замовлення не прийшло.", "Пишіть на", "дякую", "З повагою", "зустріч",
           "ціна", "сайт", ["@підтримка", "@адміни"]),
    "bg": ("Здравейте! Имам въпрос за поръчката.", "Пишете ми на", "благодаря", "Поздрави",
           "среща", "цена", "сайт", ["@поддръжка", "@админи"]),
    "sr": ("Поштовање! Имам проблем са налогом.", "Пишите ми на", "хвала", "Срдачно", "састанак",
           "цена", "сајт", ["@подршка", "@админи"]),
    "ar": ("مرحبا، لم أستلم الطلب حتى الآن.", "راسلني على", "شكرا", "مع التحية", "اجتماع", "السعر",
           "الموقع", ["@الدعم", "@المشرفين"]),
    "fa": ("سلام، سفارش من هنوز نرسیده.", "به این آدرس بنویسید", "ممنون", "با احترام", "جلسه",
           "قیمت", "سایت", ["@پشتیبانی", "@مدیران"]),
    "ur": ("السلام علیکم، میرا آرڈر نہیں ملا۔", "مجھے یہاں لکھیں", "شکریہ", "والسلام", "میٹنگ",
           "قیمت", "ویب سائٹ", ["@سپورٹ", "@ایڈمن"]),
    "he": ("שלום, לא קיבלתי את ההזמנה.", "כתבו לי ל", "תודה", "בברכה", "פגישה", "מחיר", "אתר",
           ["@תמיכה", "@מנהלים"]),
    "hi": ("नमस्ते, मेरा ऑर्डर अभी तक नहीं आया।", "मुझे यहाँ लिखें", "धन्यवाद", "सादर", "मीटिंग",
           "कीमत", "वेबसाइट", ["@सहायता", "@एडमिन"]),
    "bn": ("নমস্কার, আমার অর্ডার এখনও আসেনি।", "আমাকে লিখুন", "ধন্যবাদ", "শুভেচ্ছান্তে", "মিটিং",
           "দাম", "ওয়েবসাইট", ["@সহায়তা", "@অ্যাডমিন"]),
    "ta": ("வணக்கம், என் ஆர்டர் இன்னும் வரவில்லை.", "எனக்கு எழுதுங்கள்", "நன்றி", "அன்புடன்",
           "கூட்டம்", "விலை", "இணையதளம்", ["@உதவி", "@நிர்வாகி"]),
    "th": ("สวัสดีค่ะ ยังไม่ได้รับสินค้าเลยค่ะ", "ติดต่อได้ที่", "ขอบคุณค่ะ", "ด้วยความเคารพ", "ประชุม",
           "ราคา", "เว็บไซต์", ["@ฝ่ายบริการ", "@แอดมิน"]),
    "zh": ("你好，我的订单还没有收到。", "请发到", "请查收", "此致", "开会", "价格", "网站",
           ["@客服", "@小助手", "@所有人"]),
    "ja": ("お世話になっております。注文した商品がまだ届きません。", "ご連絡は", "までお願いします",
           "よろしくお願いいたします", "会議", "価格", "サイト", ["@サポート", "@全員", "@ボット"]),
    "ko": ("안녕하세요, 주문한 상품이 아직 안 왔어요.", "연락은", "로 부탁드립니다", "감사합니다",
           "회의", "가격", "사이트", ["@고객센터", "@관리자", "@모두"]),
}

CYR = ("ru", "uk", "bg", "sr")
RTL = ("ar", "fa", "ur", "he")
BIDI = ["\u200f", "\u200e", "\u2067", "\u2066", "\u2068"]
BIDI_END = {"\u200f": "\u200f", "\u200e": "\u200e", "\u2067": "\u2069", "\u2066": "\u2069",
            "\u2068": "\u2069"}
FW = str.maketrans({"@": "\uff20", ".": "\uff0e"})
PINYIN = ["zhang.wei", "liuyang", "chen.jie"]


def puny(dom):
    return dom.encode("idna").decode("ascii")


def address(lg, form):
    """(the address as written, the kind of writing)."""
    d = L[lg]
    loc = rng.choice(d[4])
    if form == "eai_local":
        return rng.choice(d[5]) + "@" + rng.choice(d[6] + d[7])
    if form == "idn":
        return rng.choice(d[4] + d[5]) + "@" + rng.choice(d[7])
    if form == "puny":
        return loc + "@" + puny(rng.choice(d[7]))
    if form == "fullwidth":
        a = loc + "@" + rng.choice(d[6])
        return a.translate(FW) if rng.random() < 0.6 else a.replace("@", "\uff20")
    if form == "spoken":
        at = rng.choice(d[8])
        dom = rng.choice(d[6])
        if d[9] and rng.random() < 0.5:
            dom = dom.replace(".", " " + (d[9] if at != "at" else "dian") + " ")
        return loc + " " + at + " " + dom
    return loc + "@" + rng.choice(d[6])


def forms_for(lg):
    f = ["plain", "glued", "fullwidth", "punct", "bracket", "eai_local", "idn", "puny"]
    if lg in RTL:
        f.append("bidi")
    if L[lg][8]:
        f.append("spoken")
    return f


def put_value(p, lg, form, lead_word=True):
    """Writes one address in its form into p (with what frames it)."""
    d = L[lg]
    word = rng.choice(d[0])
    colon = rng.choice(d[1])
    end = rng.choice(d[2])
    a = address(lg, form)
    if form == "glued":
        p.t(word + colon.strip() if rng.random() < 0.5 else word).s("EMAIL_ADDRESS", a)
        p.t(T[lg][2] if lg not in ("ja", "ko") else T[lg][2])
        return
    if form == "bracket":
        o, c = rng.choice(d[3])
        p.t(word + colon + o).s("EMAIL_ADDRESS", a).t(c + rng.choice(d[2]))
        return
    if form == "bidi":
        m = rng.choice(BIDI)
        p.t(word + colon + m).s("EMAIL_ADDRESS", a).t(BIDI_END[m] + end)
        return
    if form == "punct":
        p.t(T[lg][1] + " ").s("EMAIL_ADDRESS", a).t(end)
        return
    if form == "spoken" and lg == "zh" and rng.random() < 0.4:  # pinyin, all of it
        loc = rng.choice(PINYIN)
        v = loc + " at " + rng.choice(["qq", "163", "126"]) + " dian com"
        p.t(word + colon).s("EMAIL_ADDRESS", v).t(rng.choice(d[2]))
        return
    if lead_word:
        p.t(word + colon)
    p.s("EMAIL_ADDRESS", a).t(rng.choice(["", " ", end]) if form != "plain" else end)


def put_neg(p, lg, k):
    t = T[lg]
    d = L[lg]
    if k == 0:
        p.s("NEG_HANDLE", rng.choice(t[7])).t(" ")
    elif k == 1:
        code = rng.choice(["@property", "@dataclass", "@Override", "@staticmethod",
                           "@app.route", "@pytest.fixture"])
        p.t("`").s("NEG_CODE", code).t("`")
    elif k == 2:
        p.t("CSS: ").s("NEG_CODE", rng.choice(["@media", "@font-face", "@import", "@keyframes"]))
        p.t(" (max-width: 600px)")
    elif k == 3:
        p.t("npm i ").s("NEG_PKG", rng.choice(["@vue/cli", "@types/node", "@nestjs/core",
                                               "lodash@4.17.21", "react@18.2.0", "@babel/core@7.24.0"]))
    elif k == 4:
        p.t(t[4] + " ").s("NEG_TIME", rng.choice(["@ 10:00", "@ 14:30", "@9:00", "@ 18:00"]))
    elif k == 5:
        cur = {"ru": "₽", "uk": "₴", "zh": "¥", "ja": "¥", "ko": "₩", "hi": "₹", "bn": "৳", "th": "฿",
               "he": "₪", "ta": "₹"}.get(lg, "$")
        p.t(t[5] + " ").s("NEG_PRICE", "@ " + cur + str(rng.choice([300, 1200, 450, 99])))
    elif k == 6:
        dom = rng.choice(d[7])
        v = rng.choice([dom, "www." + dom, puny(dom), "https://" + dom + "/"])
        p.t(t[6] + colon_of(lg)).s("NEG_DOMAIN", v)
    elif k == 7:
        loc = rng.choice(d[4]).split(".")[0].split("_")[0]
        p.t("$ git remote add origin ").s("NEG_EMAILISH", "git@github.com:" + loc + "/dotfiles.git")
    else:
        loc = rng.choice(d[4]).split(".")[0].split("_")[0]
        p.s("NEG_EMAILISH", loc + "@srv-0" + str(rng.randint(1, 9)) + ":~$").t(" ls -la")


def colon_of(lg):
    return "：" if lg in ("zh", "ja") else ": "


def doc(lg, n, kind):
    """One document of kind with n addresses and n look-alikes."""
    p = P()
    t = T[lg]
    forms = forms_for(lg)
    rng.shuffle(forms)
    chosen = (forms * 2)[:n]
    negs = list(range(9))
    rng.shuffle(negs)
    negs = (negs * 2)[:n]
    if kind == "chat":
        p.t(t[0] + "\n")
        for i in range(n):
            put_value(p, lg, chosen[i])
            p.t("\n")
            put_neg(p, lg, negs[i])
            p.t("\n")
        p.t(t[3] + "\n")
    elif kind == "form":
        for i in range(n):
            p.t("%d) " % (i + 1))
            put_value(p, lg, chosen[i])
            p.t("\n   ")
            put_neg(p, lg, negs[i])
            p.t("\n")
    elif kind == "signature":
        p.t(t[0] + "\n\n--\n" + t[3] + "\n")
        for i in range(n):
            put_value(p, lg, chosen[i])
            p.t(" | ")
            put_neg(p, lg, negs[i])
            p.t("\n")
    elif kind == "registry":
        p.t("| # | " + L[lg][0][0] + " | note |\n|---|---|---|\n")
        for i in range(n):
            p.t("| %d | " % (i + 1))
            put_value(p, lg, chosen[i], lead_word=False)
            p.t(" | ")
            put_neg(p, lg, negs[i])
            p.t(" |\n")
    else:  # a tool result: JSON lines whose strings hold the text
        for i in range(n):
            q = P()
            put_value(q, lg, chosen[i])
            r = P()
            put_neg(r, lg, negs[i])
            for label, piece in (("contact", q), ("note", r)):
                pre = '{"id": %d, "%s": "' % (i + 1, label)
                base = len(p.text) + len(pre)
                body = json.dumps(piece.text, ensure_ascii=False)[1:-1]
                if body != piece.text:  # keep offsets exact: no escapes in such pieces
                    body = piece.text.replace('"', "'")
                    piece.text = body
                p.t(pre + body + '"}\n')
                for s in piece.spans:
                    p.spans.append(dict(s, start_position=s["start_position"] + base,
                                        end_position=s["end_position"] + base))
    return p, chosen


ASK = ["Please translate this message to English and draft a short reply.",
       "Summarise the customer's request in one line.",
       "Extract the contact details into a table.",
       "Clean up this text and keep the contacts."]


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    kinds = ["chat", "form", "signature", "registry", "tool"]
    n = 0
    for rnd in range(4):
        for lg in L:
            for kind in kinds:
                p, chosen = doc(lg, 3 + (n % 4), kind)
                api = apis[n % 4]
                ascii_ = n % 3 == 0
                compact = n % 2 == 0
                body, spans = ask_body(api, ASK[n % len(ASK)], p.text, p.spans, ascii_, compact)
                append_body(records, body, spans, {"locale": lg, "class": kind,
                                                   "family": "rtl" if lg in RTL else
                                                   "cyrillic" if lg in CYR else "other",
                                                   "api": api, "ascii": ascii_,
                                                   "forms": chosen})
                n += 1
    write_json(records)


if __name__ == "__main__":
    main()
