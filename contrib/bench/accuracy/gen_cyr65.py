#!/usr/bin/env python3
"""gen_cyr65.py: people in Cyrillic and Indic scripts, in every case and with their initials and
honorifics (tune set; branch cyr65, written and committed before hush was run on it), from the
thirtieth blind set's public brief (its script family: the README row and run.sh title only) and
the author's own idea of such text, not from hush's rules.

Forms, chats, registers, official letters, school and housing messages in Russian, Ukrainian,
Belarusian, Bulgarian, Serbian (Cyrillic and Latin), Macedonian, Kazakh (Cyrillic), Hindi,
Marathi, Bengali, Tamil and Telugu. People in the case the sentence needs: Russian, Ukrainian,
Belarusian and Serbian surname, given name and patronymic declined (genitive `у Ивановой Марии
Петровны`, dative `Петру Сергеевичу`, instrumental `с Марией Ивановной`, prepositional `о
Смирнове`, the Ukrainian and Serbian vocative `Шановний Олександре Петровичу`, `Poštovani
gospodine Petroviću`), initials before and after (`Т. І. Мельник`, `Мельник Т. І.`), surname,
comma, given name in registers; Kazakh `-ұлы`/`-қызы`; Hindi and Marathi initials (`के. एम.
सिंह`), `श्री`/`श्रीमती`/`सौ.`/`कु.`/`डॉ.` before and `जी` after; Bengali `জনাব`, `শ্রী`,
`শ্রীমতী`, `মোঃ` before and `বাবু` after; Tamil father's initial (`க. கார்த்திக்`) and `திரு.`/
`திருமதி`/`செல்வி`; Telugu surname initial (`కె. శ్రీనివాస్`) and `గారు` after. Every honorific
and title outside the span. About half the people invented from each language's syllables.

Look-alikes as NEG_ spans, at least as many as the PERSON spans of each record: cities and regions,
declined too (`в Москве`, `из Киева`; NEG_PLACE), streets without a number (NEG_STREET), firms
(NEG_ORG), historical and literary figures as topics (`роман Толстого`, `теорема Пифагора`;
NEG_FAMOUS), deities (NEG_DEITY) and festivals (NEG_HOLIDAY), words that are also given names
(`Вера`, `Надежда`, `Любовь`, `Слава`, `Роман`, `Лев`, `Мир`, `आशा`, `किरण`, `सूरज`, `विजय`;
NEG_WORD), months (NEG_MONTH), titles alone (NEG_TITLE).

Request bodies of the four APIs (an English ask, then the text), a third \\uXXXX-escaped, half
compact. Deterministic; stdlib only; writes JSON to stdout.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import write_json  # noqa: E402
from gen_bodies import P, ask_body, append_body  # noqa: E402
from gen_script64 import render  # noqa: E402

rng = random.Random(20261208 + 65)


def pick(xs):
    return rng.choice(xs)


def cap(w):
    return w[0].upper() + w[1:]


def invent(parts, ends):
    return cap("".join(pick(parts) for _ in range(pick((2, 2, 3)))) + pick(ends))


CASES = ("nom", "gen", "dat", "ins", "pre")


# ---- Russian ------------------------------------------------------------------------------------
def ru_given_f(g):
    if g.endswith("ия"):
        return {"nom": g, "gen": g[:-1] + "и", "dat": g[:-1] + "и", "ins": g[:-1] + "ей", "pre": g[:-1] + "и"}
    soft = g[-2] in "гкхжшчщ"
    if g.endswith("я"):
        return {"nom": g, "gen": g[:-1] + "и", "dat": g[:-1] + "е", "ins": g[:-1] + "ей", "pre": g[:-1] + "е"}
    return {"nom": g, "gen": g[:-1] + ("и" if soft else "ы"), "dat": g[:-1] + "е",
            "ins": g[:-1] + ("ой" if not g[-2] in "жшчщц" else "ей"), "pre": g[:-1] + "е"}


def ru_given_m(g):
    if g.endswith("й"):
        return {"nom": g, "gen": g[:-1] + "я", "dat": g[:-1] + "ю", "ins": g[:-1] + "ем", "pre": g[:-1] + "е"}
    if g.endswith("ь"):
        return {"nom": g, "gen": g[:-1] + "я", "dat": g[:-1] + "ю", "ins": g[:-1] + "ем", "pre": g[:-1] + "е"}
    if g == "Павел":
        g2 = "Павл"
    elif g == "Лев":
        g2 = "Льв"
    else:
        g2 = g
    return {"nom": g, "gen": g2 + "а", "dat": g2 + "у", "ins": g2 + "ом", "pre": g2 + "е"}


def ru_pat(p, sex):
    if sex == "m":
        return {"nom": p, "gen": p + "а", "dat": p + "у", "ins": p + "ем", "pre": p + "е"}
    b = p[:-1]
    return {"nom": p, "gen": b + "ы", "dat": b + "е", "ins": b + "ой", "pre": b + "е"}


def ru_sur(s, sex):
    if s.endswith("ский"):
        b = s[:-2]
        if sex == "m":
            return {"nom": s, "gen": b + "ого", "dat": b + "ому", "ins": b + "им", "pre": b + "ом"}
        return {"nom": b + "ая", "gen": b + "ой", "dat": b + "ой", "ins": b + "ой", "pre": b + "ой"}
    if s.endswith(("ко", "их", "ых", "ук")) and sex == "f" or s.endswith(("ко", "их", "ых")):
        return {c: s for c in CASES}
    if sex == "m":
        return {"nom": s, "gen": s + "а", "dat": s + "у", "ins": s + ("ым" if s.endswith(("ов", "ев", "ин", "ын")) else "ом"),
                "pre": s + "е"}
    return {"nom": s + "а", "gen": s + "ой", "dat": s + "ой", "ins": s + "ой", "pre": s + "ой"}


RU_GM = ["Алексей", "Дмитрий", "Сергей", "Андрей", "Игорь", "Павел", "Михаил", "Олег", "Артём", "Виктор",
         "Григорий", "Лев", "Роман", "Святослав", "Тимофей", "Фёдор"]
RU_GF = ["Ольга", "Наталья", "Екатерина", "Марина", "Светлана", "Татьяна", "Ирина", "Юлия", "Вера",
         "Надежда", "Любовь", "Дарья", "Ксения", "Анастасия", "Галина", "Полина"]
RU_FATHER = [("Иванович", "Ивановна"), ("Петрович", "Петровна"), ("Сергеевич", "Сергеевна"),
             ("Николаевич", "Николаевна"), ("Андреевич", "Андреевна"), ("Олегович", "Олеговна"),
             ("Васильевич", "Васильевна"), ("Юрьевич", "Юрьевна"), ("Никитич", "Никитична"),
             ("Фомич", "Фоминична"), ("Аркадьевич", "Аркадьевна"), ("Тимурович", "Тимуровна")]
RU_SUR = ["Смирнов", "Кузнецов", "Волков", "Соколов", "Лебедев", "Морозов", "Белкин", "Зайцев", "Орлов",
          "Гусев", "Ковальчук", "Шевчук", "Черных", "Бондаренко", "Вишневский", "Жуковский", "Сорокин"]
RU_SYL = ["ба", "ре", "то", "ми", "лу", "ко", "ве", "ша", "гу", "да", "ло", "зи", "кра", "сте", "пы", "мо"]


def person_cases(sur, giv, pat, sex):
    """dict form -> string: every case of the full name, the name and patronymic, initials."""
    d = {}
    for c in CASES:
        d["full_" + c] = f"{sur[c]} {giv[c]} {pat[c]}" if pat else f"{sur[c]} {giv[c]}"
        d["gfull_" + c] = f"{giv[c]} {pat[c]} {sur[c]}" if pat else f"{giv[c]} {sur[c]}"
        d["io_" + c] = f"{giv[c]} {pat[c]}" if pat else giv[c]
        d["gs_" + c] = f"{giv[c]} {sur[c]}"
        d["sur_" + c] = sur[c]
    ini = f"{giv['nom'][0]}. {pat['nom'][0]}." if pat else f"{giv['nom'][0]}."
    for c in CASES:
        d["ini1_" + c] = f"{ini} {sur[c]}"
        d["ini2_" + c] = f"{sur[c]} {ini}"
    d["ini_tight"] = f"{ini.replace(' ', '')} {sur['nom']}"
    d["comma"] = f"{sur['nom']}, {giv['nom']}" + (f" {pat['nom']}" if pat else "")
    d["sex"] = sex
    return d


def ru_person():
    sex = pick("mf")
    g = pick(RU_GM if sex == "m" else RU_GF)
    pat = pick(RU_FATHER)[0 if sex == "m" else 1]
    base = pick(RU_SUR) if rng.random() < 0.5 else invent(RU_SYL, ["ов", "ин", "ев", "ский"])
    giv = ru_given_m(g) if sex == "m" else ru_given_f(g)
    d = person_cases(ru_sur(base, sex), giv, ru_pat(pat, sex), sex)
    d["voc"] = d["io_nom"]
    return d


# ---- Ukrainian ----------------------------------------------------------------------------------
UK_GM = [("Олександр", "Олександра", "Олександрові", "Олександром", "Олександре"),
         ("Тарас", "Тараса", "Тарасові", "Тарасом", "Тарасе"),
         ("Богдан", "Богдана", "Богданові", "Богданом", "Богдане"),
         ("Андрій", "Андрія", "Андрієві", "Андрієм", "Андрію"),
         ("Микола", "Миколи", "Миколі", "Миколою", "Миколо")]
UK_GF = [("Ірина", "Ірини", "Ірині", "Іриною", "Ірино"), ("Оксана", "Оксани", "Оксані", "Оксаною", "Оксано"),
         ("Галина", "Галини", "Галині", "Галиною", "Галино"), ("Наталія", "Наталії", "Наталії", "Наталією", "Наталіє"),
         ("Леся", "Лесі", "Лесі", "Лесею", "Лесю")]
UK_PM = ["Петрович", "Іванович", "Миколайович", "Степанович", "Васильович"]
UK_PF = ["Петрівна", "Іванівна", "Миколаївна", "Степанівна", "Василівна"]
UK_SUR = ["Шевченко", "Коваленко", "Бондаренко", "Ткачук", "Мельник", "Кравець", "Савчук", "Гнатюк"]
UK_SYL = ["ко", "ва", "ли", "гру", "ше", "па", "до", "ри", "жу", "те"]


def uk_person():
    sex = pick("mf")
    g = pick(UK_GM if sex == "m" else UK_GF)
    s = pick(UK_SUR) if rng.random() < 0.5 else invent(UK_SYL, ["енко", "чук", "юк", "ишин"])
    if sex == "m":
        p = pick(UK_PM)
        pat = {"nom": p, "gen": p + "а", "dat": p + "у", "ins": p + "ем", "pre": p + "у", "voc": p + "у"}
        if s.endswith("енко"):
            sur = {c: s for c in CASES + ("voc",)}
        elif s == "Кравець":
            sur = {"nom": s, "gen": "Кравця", "dat": "Кравцю", "ins": "Кравцем", "pre": "Кравцеві", "voc": "Кравцю"}
        else:
            sur = {"nom": s, "gen": s + "а", "dat": s + "у", "ins": s + "ом", "pre": s + "ові", "voc": s + "у"}
    else:
        p = pick(UK_PF)
        b = p[:-1]
        pat = {"nom": p, "gen": b + "и", "dat": b + "і", "ins": b + "ою", "pre": b + "і", "voc": b + "о"}
        sur = {c: s for c in CASES + ("voc",)}
    giv = dict(zip(("nom", "gen", "dat", "ins", "voc"), g))
    giv["pre"] = giv["dat"]
    d = person_cases(sur, giv, pat, sex)
    d["voc"] = f"{giv['voc']} {pat['voc']}"
    return d


# ---- Belarusian ---------------------------------------------------------------------------------
BE_P = [("Аляксандр", "Аляксандру", "Іванавіч", "Іванавічу", "Ковалеў", "Ковалеву", "m"),
        ("Сяргей", "Сяргею", "Міхайлавіч", "Міхайлавічу", "Лукашэвіч", "Лукашэвічу", "m"),
        ("Ірына", "Ірыне", "Сяргееўна", "Сяргееўне", "Шыдлоўская", "Шыдлоўскай", "f"),
        ("Алена", "Алене", "Пятроўна", "Пятроўне", "Кавалёва", "Кавалёвай", "f"),
        ("Васіль", "Васілю", "Рыгоравіч", "Рыгоравічу", "Быкаў", "Быкаву", "m")]
BE_SYL = ["ка", "ва", "ле", "жы", "ро", "ту", "мя"]


def be_person():
    g, gd, p, pd, s, sd, sex = pick(BE_P)
    if rng.random() < 0.5:
        b = invent(BE_SYL, ["віч"])
        s, sd = b, (b + "у" if sex == "m" else b)
    d = {"full_nom": f"{s} {g} {p}", "full_dat": f"{sd} {gd} {pd}", "io_nom": f"{g} {p}",
         "io_dat": f"{gd} {pd}", "gs_nom": f"{g} {s}", "ini1_nom": f"{g[0]}. {p[0]}. {s}",
         "ini2_nom": f"{s} {g[0]}. {p[0]}.", "comma": f"{s}, {g} {p}", "sur_nom": s, "sex": sex}
    d["voc"] = d["io_nom"]
    return d


# ---- Bulgarian / Macedonian ---------------------------------------------------------------------
BG_G = [("Иван", "m"), ("Георги", "m"), ("Стоян", "m"), ("Пламен", "m"), ("Мария", "f"), ("Елена", "f"),
        ("Десислава", "f"), ("Цветелина", "f"), ("Росица", "f"), ("Калоян", "m")]
BG_F = ["Петров", "Димитров", "Николов", "Стоянов", "Тодоров", "Ангелов", "Илиев"]
BG_S = ["Георгиев", "Атанасов", "Христов", "Костадинов", "Маринов", "Вълчев", "Пенев"]
BG_SYL = ["цве", "та", "ки", "ро", "бо", "ра", "ми", "ле", "дра", "пе"]


def bg_person():
    g, sex = pick(BG_G)
    f = pick(BG_F)
    s = pick(BG_S) if rng.random() < 0.5 else invent(BG_SYL, ["ов", "ев"])
    if sex == "f":
        f, s = f + "а", s + "а"
    return {"full_nom": f"{g} {f} {s}", "gs_nom": f"{g} {s}", "io_nom": f"{g} {s}", "ini1_nom": f"{g[0]}. {s}",
            "ini2_nom": f"{s} {g[0]}. {f[0]}.", "comma": f"{s}, {g}", "sur_nom": s, "voc": g, "sex": sex}


MK_G = [("Горан", "m"), ("Зоран", "m"), ("Билјана", "f"), ("Марија", "f"), ("Љупчо", "m"), ("Ивана", "f")]
MK_S = ["Трајковски", "Стојановски", "Николовски", "Петрушевски", "Јованов", "Митревски"]
MK_SYL = ["тра", "ни", "ко", "бла", "жу", "ве"]


def mk_person():
    g, sex = pick(MK_G)
    s = pick(MK_S) if rng.random() < 0.5 else invent(MK_SYL, ["ски", "ов"])
    if sex == "f":
        s = s[:-1] + "а" if s.endswith("ски") else s + "а"
    return {"full_nom": f"{g} {s}", "gs_nom": f"{g} {s}", "io_nom": f"{g} {s}", "ini1_nom": f"{g[0]}. {s}",
            "ini2_nom": f"{s} {g[0]}.", "comma": f"{s}, {g}", "sur_nom": s, "voc": g, "sex": sex}


# ---- Serbian (Cyrillic and Latin) ---------------------------------------------------------------
SR_G = [("Милан", "Milan", "Милану", "Milanu", "m"), ("Никола", "Nikola", "Николи", "Nikoli", "m"),
        ("Драган", "Dragan", "Драгану", "Draganu", "m"), ("Јелена", "Jelena", "Јелени", "Jeleni", "f"),
        ("Милица", "Milica", "Милици", "Milici", "f"), ("Ивана", "Ivana", "Ивани", "Ivani", "f")]
SR_S = [("Јовановић", "Jovanović"), ("Петровић", "Petrović"), ("Николић", "Nikolić"),
        ("Марковић", "Marković"), ("Ђорђевић", "Đorđević"), ("Стојановић", "Stojanović")]
SR_SYL = [("бра", "bra"), ("ну", "nu"), ("ве", "ve"), ("ло", "lo"), ("ми", "mi"), ("шко", "ško"), ("ра", "ra")]


def sr_person(latin):
    i = 1 if latin else 0
    gg = pick(SR_G)
    g, gd, sex = gg[i], gg[2 + i], gg[4]
    if rng.random() < 0.5:
        s = pick(SR_S)[i]
    else:
        parts = [pick(SR_SYL) for _ in range(2)]
        s = cap("".join(x[i] for x in parts)) + ("ić" if latin else "ић")
    sd = s + "u" if latin else s + "у"
    sv = s + "u" if latin else s + "у"
    if sex == "f":
        sd = sv = s
    return {"full_nom": f"{g} {s}", "gs_nom": f"{g} {s}", "gs_dat": f"{gd} {sd}", "io_nom": g,
            "ini1_nom": f"{g[0]}. {s}", "ini2_nom": f"{s} {g[0]}.", "comma": f"{s}, {g}", "sur_nom": s,
            "sur_voc": sv, "voc": f"{g} {s}", "sex": sex}


# ---- Kazakh (Cyrillic) --------------------------------------------------------------------------
KK_G = [("Нұрлан", "m"), ("Ерлан", "m"), ("Асхат", "m"), ("Айгүл", "f"), ("Гүлнар", "f"), ("Әсел", "f")]
KK_F = ["Серік", "Болат", "Қайрат", "Жақсылық", "Ермек"]
KK_S = ["Әбішев", "Нұрланов", "Сейітқали", "Жұмабаев", "Төлеуов"]


def kk_person():
    g, sex = pick(KK_G)
    f = pick(KK_F)
    pat = f + ("ұлы" if sex == "m" else "қызы")
    s = pick(KK_S)
    if sex == "f" and s.endswith(("ев", "ов")):
        s += "а"
    return {"full_nom": f"{s} {g} {pat}", "gs_nom": f"{g} {s}", "io_nom": f"{g} {pat}", "ini1_nom": f"{g[0]}. {s}",
            "ini2_nom": f"{s} {g[0]}.", "comma": f"{s}, {g}", "sur_nom": s, "voc": g, "sex": sex}


# ---- Hindi / Marathi / Bengali / Tamil / Telugu -------------------------------------------------
HI_G = ["राहुल", "अमित", "सुनीता", "प्रिया", "विकास", "अनीता", "रमेश", "पूजा", "नेहा", "संजय"]
HI_S = ["शर्मा", "वर्मा", "गुप्ता", "यादव", "सिंह", "मिश्रा", "चौहान", "त्रिपाठी"]
HI_SYL = ["का", "रि", "मो", "दे", "सु", "ना", "भा", "लि", "पु", "ज"]
HI_INI = ["के.", "एम.", "आर.", "एस.", "पी.", "जी.", "वी.", "एन."]


def indic_person(gl, sl, syl, ends, inis):
    g = pick(gl) if rng.random() < 0.5 else "".join(pick(syl) for _ in range(pick((2, 3))))
    s = pick(sl) if rng.random() < 0.5 else "".join(pick(syl) for _ in range(2)) + pick(ends)
    ini = " ".join(rng.sample(inis, pick((1, 2))))
    return {"gs": f"{g} {s}", "g": g, "s": s, "ini": f"{ini} {s}", "ini_g": f"{pick(inis)} {g}",
            "comma": f"{s}, {g}"}


def hi_person():
    return indic_person(HI_G, HI_S, HI_SYL, ["वाल", "कर", "नी"], HI_INI)


MR_G = ["सुनील", "अश्विनी", "प्रशांत", "स्नेहा", "विनायक", "माधुरी", "गणेश", "सायली"]
MR_S = ["पाटील", "देशमुख", "कुलकर्णी", "जोशी", "पवार", "शिंदे", "गायकवाड"]
MR_F = ["रमेश", "दत्तात्रय", "सुरेश", "विठ्ठल", "अशोक"]


def mr_person():
    d = indic_person(MR_G, MR_S, HI_SYL, ["कर", "डे"], ["स.", "वि.", "अ.", "म.", "रा."])
    d["full"] = f"{d['g']} {pick(MR_F)} {d['s']}"
    return d


BN_G = ["রহিম", "সুমন", "তানভীর", "নাসরিন", "শাহানা", "অর্পিতা", "সৌমিত্র", "দেবাশীষ"]
BN_S = ["উদ্দিন", "চৌধুরী", "হোসেন", "বিশ্বাস", "দাস", "সরকার", "মুখার্জি", "ব্যানার্জি"]
BN_SYL = ["রা", "জি", "মু", "কা", "নো", "তি", "সু", "দে"]


def bn_person():
    return indic_person(BN_G, BN_S, BN_SYL, ["ী", "দার"], ["এ.", "কে.", "এম.", "এস.", "আর."])


TA_G = ["செந்தில்குமார்", "முத்துலட்சுமி", "கார்த்திக்", "பிரியா", "ராஜேஷ்", "மீனாட்சி", "அருண்", "கவிதா"]
TA_F = ["கணேசன்", "ராமசாமி", "சுப்பிரமணியன்", "முருகேசன்", "பழனிசாமி"]
TA_INI = ["க.", "ரா.", "சு.", "மு.", "ப.", "வெ."]
TA_SYL = ["செ", "ல்வ", "கு", "மா", "ரி", "வே", "லு", "தா"]


def ta_person():
    d = indic_person(TA_G, TA_F, TA_SYL, ["ன்", "ம்"], TA_INI)
    d["ini"] = f"{pick(TA_INI)} {d['g']}"
    d["ini2"] = f"{d['g']} {pick(TA_INI)}"
    return d


TE_G = ["శ్రీనివాస్", "లక్ష్మి", "వెంకటేష్", "సుజాత", "రవి కుమార్", "పద్మ", "నాగార్జున", "హరిత"]
TE_S = ["రెడ్డి", "నాయుడు", "రావు", "చౌదరి", "శర్మ", "వర్మ"]
TE_INI = ["కె.", "వి.", "ఎం.", "పి.", "ఎస్.", "బి."]
TE_SYL = ["సు", "రా", "వె", "ని", "కా", "మ", "లా"]


def te_person():
    d = indic_person(TE_G, TE_S, TE_SYL, ["య్య", "మ్మ"], TE_INI)
    d["ini"] = f"{' '.join(rng.sample(TE_INI, pick((1, 2))))} {d['g']}"
    return d


PEOPLE = {"ru": ru_person, "uk": uk_person, "be": be_person, "bg": bg_person, "mk": mk_person,
          "sr": lambda: sr_person(False), "sr-Latn": lambda: sr_person(True), "kk": kk_person,
          "hi": hi_person, "mr": mr_person, "bn": bn_person, "ta": ta_person, "te": te_person}

# ---- look-alikes per language ------------------------------------------------------------------
NEGS = {
    "ru": [("NEG_PLACE", "в Москве"), ("NEG_PLACE", "из Киева"), ("NEG_PLACE", "Нижнем Новгороде"),
           ("NEG_PLACE", "Владимирской области"), ("NEG_STREET", "улица Ленина"),
           ("NEG_STREET", "Тверской улице"), ("NEG_ORG", "ООО «Белкин и сыновья»"), ("NEG_ORG", "Сбербанк"),
           ("NEG_FAMOUS", "роман Толстого"), ("NEG_FAMOUS", "теорема Пифагора"),
           ("NEG_FAMOUS", "стихи Пушкина"), ("NEG_FAMOUS", "Петра Первого"), ("NEG_HOLIDAY", "Масленицу"),
           ("NEG_WORD", "Вера"), ("NEG_WORD", "Надежда"), ("NEG_WORD", "Любовь"), ("NEG_WORD", "Слава"),
           ("NEG_WORD", "Роман"), ("NEG_WORD", "Лев"), ("NEG_WORD", "Мир"), ("NEG_MONTH", "марта"),
           ("NEG_MONTH", "Октябрь"), ("NEG_TITLE", "Уважаемый"), ("NEG_TITLE", "Генеральный директор")],
    "uk": [("NEG_PLACE", "у Львові"), ("NEG_PLACE", "з Харкова"), ("NEG_PLACE", "Івано-Франківськ"),
           ("NEG_STREET", "вулиця Хрещатик"), ("NEG_FAMOUS", "вірші Шевченка"), ("NEG_FAMOUS", "Лесі Українки"),
           ("NEG_HOLIDAY", "Великдень"), ("NEG_ORG", "ТОВ «Коваленко Агро»"), ("NEG_WORD", "Надія"),
           ("NEG_WORD", "Віра"), ("NEG_WORD", "Любов"), ("NEG_MONTH", "Листопад"), ("NEG_TITLE", "Шановний"),
           ("NEG_TITLE", "Директор школи")],
    "be": [("NEG_PLACE", "у Мінску"), ("NEG_PLACE", "з Гродна"), ("NEG_STREET", "вуліца Якуба Коласа"),
           ("NEG_FAMOUS", "вершы Купалы"), ("NEG_HOLIDAY", "Каляды"), ("NEG_WORD", "Надзея"),
           ("NEG_MONTH", "Студзень"), ("NEG_TITLE", "Паважаны")],
    "bg": [("NEG_PLACE", "в Пловдив"), ("NEG_PLACE", "Стара Загора"), ("NEG_FAMOUS", "Христо Ботев"),
           ("NEG_FAMOUS", "стиховете на Вазов"), ("NEG_STREET", "бул. Витоша"), ("NEG_HOLIDAY", "Никулден"),
           ("NEG_ORG", "„Ивановъ и сие“ ООД"), ("NEG_WORD", "Надежда"), ("NEG_WORD", "Слава"),
           ("NEG_MONTH", "Декември"), ("NEG_TITLE", "Уважаеми")],
    "mk": [("NEG_PLACE", "во Скопје"), ("NEG_PLACE", "Охрид"), ("NEG_FAMOUS", "Гоце Делчев"),
           ("NEG_STREET", "улица Македонија"), ("NEG_HOLIDAY", "Велигден"), ("NEG_WORD", "Љубов"),
           ("NEG_MONTH", "Јануари"), ("NEG_TITLE", "Почитувани")],
    "sr": [("NEG_PLACE", "у Београду"), ("NEG_PLACE", "Нови Сад"), ("NEG_FAMOUS", "Никола Тесла"),
           ("NEG_FAMOUS", "Вука Караџића"), ("NEG_STREET", "Кнез Михаилова"), ("NEG_HOLIDAY", "Славу"),
           ("NEG_WORD", "Нада"), ("NEG_WORD", "Мир"), ("NEG_MONTH", "Август"), ("NEG_TITLE", "Поштовани")],
    "sr-Latn": [("NEG_PLACE", "u Beogradu"), ("NEG_PLACE", "Novi Sad"), ("NEG_FAMOUS", "Nikola Tesla"),
                ("NEG_FAMOUS", "Vuka Karadžića"), ("NEG_STREET", "Knez Mihailova"), ("NEG_HOLIDAY", "Slavu"),
                ("NEG_WORD", "Nada"), ("NEG_MONTH", "Avgust"), ("NEG_TITLE", "Poštovani")],
    "kk": [("NEG_PLACE", "Алматыда"), ("NEG_PLACE", "Астана"), ("NEG_FAMOUS", "Абай Құнанбайұлы"),
           ("NEG_HOLIDAY", "Наурыз"), ("NEG_STREET", "Абай даңғылы"), ("NEG_WORD", "Бақыт"),
           ("NEG_MONTH", "Қыркүйек"), ("NEG_TITLE", "Құрметті")],
    "hi": [("NEG_PLACE", "दिल्ली"), ("NEG_PLACE", "वाराणसी"), ("NEG_DEITY", "गणेश"), ("NEG_DEITY", "लक्ष्मी"),
           ("NEG_HOLIDAY", "दिवाली"), ("NEG_HOLIDAY", "होली"), ("NEG_FAMOUS", "महात्मा गांधी"),
           ("NEG_WORD", "आशा"), ("NEG_WORD", "किरण"), ("NEG_WORD", "सूरज"), ("NEG_WORD", "विजय"),
           ("NEG_ORG", "टाटा मोटर्स"), ("NEG_MONTH", "मार्च"), ("NEG_TITLE", "प्रधानाचार्य"),
           ("NEG_STREET", "महात्मा गांधी मार्ग")],
    "mr": [("NEG_PLACE", "पुणे"), ("NEG_PLACE", "कोल्हापूर"), ("NEG_DEITY", "गणपती"), ("NEG_HOLIDAY", "गुढीपाडवा"),
           ("NEG_FAMOUS", "छत्रपती शिवाजी महाराज"), ("NEG_WORD", "आशा"), ("NEG_WORD", "विजय"),
           ("NEG_MONTH", "जानेवारी"), ("NEG_TITLE", "मुख्याध्यापक"), ("NEG_STREET", "लक्ष्मी रोड")],
    "bn": [("NEG_PLACE", "ঢাকা"), ("NEG_PLACE", "কলকাতা"), ("NEG_DEITY", "সরস্বতী"), ("NEG_HOLIDAY", "দুর্গাপূজা"),
           ("NEG_HOLIDAY", "ঈদ"), ("NEG_FAMOUS", "রবীন্দ্রনাথের কবিতা"), ("NEG_WORD", "আশা"),
           ("NEG_MONTH", "বৈশাখ"), ("NEG_TITLE", "প্রধান শিক্ষক"), ("NEG_ORG", "গ্রামীণফোন")],
    "ta": [("NEG_PLACE", "சென்னை"), ("NEG_PLACE", "மதுரை"), ("NEG_DEITY", "முருகன்"), ("NEG_HOLIDAY", "பொங்கல்"),
           ("NEG_FAMOUS", "திருவள்ளுவர்"), ("NEG_WORD", "அன்பு"), ("NEG_MONTH", "தை"),
           ("NEG_TITLE", "தலைமை ஆசிரியர்"), ("NEG_STREET", "அண்ணா சாலை")],
    "te": [("NEG_PLACE", "హైదరాబాద్"), ("NEG_PLACE", "విజయవాడ"), ("NEG_DEITY", "వెంకటేశ్వర స్వామి"),
           ("NEG_HOLIDAY", "సంక్రాంతి"), ("NEG_FAMOUS", "శ్రీశ్రీ కవితలు"), ("NEG_WORD", "విజయం"),
           ("NEG_MONTH", "జనవరి"), ("NEG_TITLE", "ప్రధానోపాధ్యాయులు")],
}

# ---- texts: {P.form} / {Q.form} a person's form, {N} the next look-alike -------------------------
TPL = {
    "ru": ["Заявление\nФИО заявителя: {P.full_nom}\nПрошу выдать справку для {N}.\nПодпись: {P.ini1_nom}",
           "Добрый день! Передайте, пожалуйста, ключи {P.full_dat}, встреча {N}. Спасибо, {Q.ini2_nom}",
           "Вчера встречались с {P.io_ins} и {Q.gs_ins} по поводу ремонта на {N}.",
           "Ведомость: {P.comma}; {Q.comma}. Место выдачи: {N}.",
           "Родительское собрание 5 «Б» класса. Классный руководитель {P.ini1_nom}. Отсутствовал {Q.full_nom}. Тема: {N}.",
           "Уважаемая управляющая компания! Прошу принять заявку от {P.full_gen}, кв. в доме на {N}. Контакт: {Q.io_nom}.",
           "Директору школы {P.ini2_dat} от {Q.full_gen}. Заявление. Прошу освободить сына от занятий {N}.",
           "Мы говорили о {P.gs_pre} — {P.io_nom} обещала прислать расписание {N}.",
           "{P.voc}, добрый вечер! Документы передал {Q.ini1_nom}, он ждёт вас {N}.",
           "Приказ: объявить благодарность {P.full_dat}. Ответственный за исполнение — {Q.ini2_nom}. {N}."],
    "uk": ["Заява\nПІБ: {P.full_nom}\nПрошу надати довідку. {N}.\nПідпис: {P.ini1_nom}",
           "Шановний(а) {P.voc}! Повідомляємо, що збори відбудуться {N}. З повагою, {Q.ini2_nom}",
           "Передайте документи {P.gs_dat}, будь ласка. Зустріч з {Q.io_ins} {N}.",
           "Список мешканців: {P.comma}; {Q.comma}. Адреса: {N}.",
           "Класний керівник {P.ini1_nom}, батьківський комітет — {Q.full_nom}. Екскурсія {N}."],
    "be": ["Заява\nПрозвішча, імя, імя па бацьку: {P.full_nom}\nГорад: {N}\nПодпіс: {P.ini1_nom}",
           "Перадайце, калі ласка, дакументы {P.full_dat}. Сустрэча {N}. {Q.ini2_nom}",
           "Спіс: {P.comma}; {Q.comma}. {N}."],
    "bg": ["Молба\nТрите имена: {P.full_nom}\nГрад: {N}\nПодпис: {P.ini1_nom}",
           "Списък на учениците: {P.comma}; {Q.comma}. Екскурзия {N}.",
           "Здравейте, {P.voc}! Срещата е {N}. Поздрави, {Q.ini2_nom}",
           "Домоуправител: {P.gs_nom}; касиер: {Q.ini1_nom}. Събрание {N}."],
    "mk": ["Барање\nИме и презиме: {P.full_nom}\nГрад: {N}\nПотпис: {P.ini1_nom}",
           "Список: {P.comma}; {Q.comma}. Состанок {N}.",
           "Здраво {P.voc}, документите ги однесе {Q.gs_nom} {N}."],
    "sr": ["Пријава\nИме и презиме: {P.full_nom}\nМесто: {N}\nПотпис: {P.ini1_nom}",
           "Поштовани {P.voc}, састанак је {N}. Срдачно, {Q.ini2_nom}",
           "Пошаљите документа {P.gs_dat} до петка. Списак: {Q.comma}. {N}."],
    "sr-Latn": ["Prijava\nIme i prezime: {P.full_nom}\nMesto: {N}\nPotpis: {P.ini1_nom}",
                "Poštovani gospodine {P.sur_voc}, sastanak je {N}. Srdačno, {Q.ini2_nom}",
                "Pošaljite dokumenta {P.gs_dat} do petka. Spisak: {Q.comma}. {N}."],
    "kk": ["Өтініш\nТАӘ: {P.full_nom}\nҚала: {N}\nҚолы: {P.ini1_nom}",
           "Құрметті {P.io_nom}! Жиналыс {N} өтеді. Құрметпен, {Q.ini2_nom}",
           "Тізім: {P.comma}; {Q.comma}. {N}."],
    "hi": ["आवेदन पत्र\nआवेदक का नाम: {P.gs}\nपिता का नाम: श्री {Q.gs}\nशहर: {N}",
           "नमस्ते {P.g} जी, आपका पार्सल {N} से आ गया है। धन्यवाद, {Q.ini}",
           "कक्षा अध्यापक: श्रीमती {P.gs}; सहायक: {Q.ini}। {N} की छुट्टी के बाद बैठक।",
           "प्रिय {P.g}, कल {N} पर मिलते हैं। डॉ. {Q.ini} भी आएँगे।",
           "सूची: {P.comma}; {Q.comma}। {N}।"],
    "mr": ["अर्ज\nअर्जदाराचे नाव: {P.full}\nगाव: {N}\nसही: {P.ini}",
           "श्री. {P.gs} यांना कळविण्यात येते की {N} नंतर सभा होईल. सौ. {Q.gs}",
           "वर्गशिक्षक: कु. {P.gs}; {Q.ini} सर. {N}."],
    "bn": ["আবেদন ফরম\nআবেদনকারীর নাম: {P.gs}\nপিতার নাম: মোঃ {Q.gs}\nজেলা: {N}",
           "জনাব {P.gs}, আপনার পার্সেল {N} থেকে এসেছে। ধন্যবাদ, {Q.ini}",
           "{P.g} বাবু আর শ্রীমতী {Q.gs} {N} উপলক্ষে আসবেন।",
           "শ্রী {P.ini} মহাশয়, {N} এর সভায় আপনাকে আমন্ত্রণ।"],
    "ta": ["விண்ணப்பம்\nபெயர்: {P.ini}\nஊர்: {N}\nகையொப்பம்: {P.ini2}",
           "வணக்கம் திரு. {P.gs}, உங்கள் பார்சல் {N} இருந்து வந்துவிட்டது. நன்றி, {Q.ini}",
           "வகுப்பு ஆசிரியர்: திருமதி {P.g}; செல்வி {Q.ini}. {N}."],
    "te": ["దరఖాస్తు\nపేరు: {P.ini}\nఊరు: {N}\nసంతకం: {P.gs}",
           "{P.g} గారు, మీ పార్సెల్ {N} నుండి వచ్చింది. ధన్యవాదాలు, {Q.ini}",
           "తరగతి ఉపాధ్యాయులు: శ్రీమతి {P.gs}; {Q.ini} గారు. {N}."],
}
ASK = ["Translate this into English.", "Summarise this for the coordinator.",
       "Draft a short reply in the same language.", "Extract the key facts from this.",
       "Fill these details into our CRM.", "What does the sender ask for?"]
LANGS = list(TPL)


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    n = 0
    for rnd in range(5):
        for lg in LANGS:
            tpls = TPL[lg][:]
            rng.shuffle(tpls)
            for tpl in tpls[:4]:
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
