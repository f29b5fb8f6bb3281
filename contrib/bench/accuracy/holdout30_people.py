"""holdout30_people.py: the people of the thirtieth blind set, in their language's forms.

A person is made per locale: real names or names invented from the language's syllables (written
in its script and romanised by its usual system), in every form a text may name them by (Russian
full names with patronymics, initials and the cases a sentence needs; Arabic nasab and kunya;
Hebrew ben/bat; Indic initials and fathers' names; Thai titles and nicknames; Han, kana and
Hangul forms; romanised spellings), with the honorifics before or after a form, and their own
e-mail, phone, address and birth date drawn from holdout30_formats.py's stream.
"""
from gen_common import fold
from holdout30_formats import (ROM_OF, address, cc_of, ch, deaccent, fullwidth, kata, nd, phone,
                               rng, ymd)
import holdout30_world as W

# ---- people ------------------------------------------------------------------------------------------
class Person:
    """One person: forms (the native forms a text may name them by), rom (romanised forms, several
    spellings where the language has them), hons ((before, form, after): a title or honorific
    around a form), and their own details. A mention is a list of text and ("PERSON", v)."""

    def __init__(self, loc, sex, inv):
        self.loc, self.sex, self.inv = loc, sex, inv
        self.forms, self.rom, self.hons, self.rel, self.hidden = {}, [], [], [], {}
        self.rel_kind = "father"  # what a relation mention adds: a father, or another name
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
        end = ch([("нов", "nov"), ("ков", "kov"), ("лин", "lin")])
        s = (s[0] + end[0], s[1] + end[1])
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
    p.hons = [("श्री " if p.sex == "m" else ch(["श्रीमती ", "सुश्री "]), "gs", ""), ("", "gs", " जी"),
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
    p.rel_kind = "alias"
    p.rom = ["%s %s" % (g[1], s[1]), "%s %s" % (s[1].upper(), g[1].upper()), nick[1]]
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
             "%s %s" % (g[3], s[3] + "h" if s[2].endswith("ō") else s[3])]
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
    p.rel_kind = "alias"
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
