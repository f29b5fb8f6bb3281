#!/usr/bin/env python3
"""gen_names_holdout29.py: the twenty-ninth blind set, names, streets and births as the grammar of
each language bends them (issue 15: measure, do not tune).

Written blind: its author read no detector code, test, note or other corpus. Every record is one
request body of the four APIs (chat completions, Responses, Anthropic, Gemini) holding text in
which people are named the way their language writes them in a sentence, not in the dictionary:
  inflect  a name and a street declined by case and number (Polish, Czech, Slovak, Finnish,
           Estonian, Hungarian, Turkish, Greek in both scripts, Lithuanian, Latvian, Croatian,
           Slovenian, Romanian, Icelandic, German, Dutch and the Nordic genitives);
  custom   naming customs: double surnames, particles in sorted lists, maiden and married
           names, surname first, patronymics, bin/ibn/oğlu, initials, nicknames, honorifics;
  mixed    the same people across languages in one body: a message and a request in another
           language, a conversation switching language, original and transliterated forms side
           by side, births in each language's words.
The one thing a reader must know: every name is declined here by small rules of its language
(decline()), applied alike to real, invented and foreign names, and the gold span is the form as
it stands (its case ending inside; a title, an article, a preposition and a suffix after an
apostrophe outside). Look-alikes are NEG_ spans, at least as many as the PERSON spans of each
record. Deterministic: one seed; stdout is the corpus.
"""
import json
import random
import sys

from gen_bodies import MARK, RAWMARK, J, P, cat, dumps, place
from gen_common import check_spans, fold, write_json

rng = random.Random(29029)

VOW = "aeiouyáéíóúýäöüőűàèìòùâêîôûãõåæøěůąęėįųūēīāαεηιουωάέήίόύώ"


def low_vowels(w):
    return [c for c in w.lower() if c in VOW]


# ---- declension, one function per language ------------------------------------------------------
# decline(lg, word, kind, sex, case): kind "g" (given) or "s" (surname); the cases each language's
# templates use. A case a rule has no form for returns the word as it stands.

def pl_fem(w, case):
    st = w[:-1]
    if case == "gen":
        if w.endswith("ia"):
            return st + "i"
        return st + ("i" if st[-1] in "kg" else "y")
    if case in ("dat", "loc"):
        if w.endswith("ia"):
            return st + "i"
        for a, b in (("ch", "sze"), ("k", "ce"), ("g", "dze"), ("d", "dzie"), ("t", "cie"),
                     ("r", "rze"), ("ł", "le"), ("sz", "szy"), ("cz", "czy"), ("rz", "rzy"),
                     ("l", "li"), ("c", "cy")):
            if st.endswith(a):
                return st[:-len(a)] + b
        return st + "ie"
    if case == "acc":
        return st + "ę"
    if case == "ins":
        return st + "ą"
    return w


def pl_masc(w, case):
    if w[-1].lower() in VOW:
        return w
    if case in ("gen", "acc"):
        return w + "a"
    if case == "dat":
        return w + "owi"
    if case == "ins":
        return w + ("iem" if w[-1] in "kg" else "em")
    if case == "loc":
        for a, b in (("ch", "chu"), ("sz", "szu"), ("cz", "czu"), ("rz", "rzu"), ("ł", "le"),
                     ("r", "rze"), ("st", "ście"), ("t", "cie"), ("d", "dzie")):
            if w.endswith(a):
                return w[:-len(a)] + b
        if w[-1] in "kgljżc":
            return w + "u"
        return w + "ie"
    return w


def pl(w, kind, sex, case):
    if case == "nom":
        return w
    if kind == "s":
        for m in ("ski", "cki", "dzki"):
            if w.endswith(m):
                return {"gen": w[:-1] + "iego", "acc": w[:-1] + "iego", "dat": w[:-1] + "iemu",
                        "ins": w + "m", "loc": w + "m"}[case]
        for m in ("ska", "cka", "dzka"):
            if w.endswith(m):
                return {"gen": w[:-1] + "iej", "dat": w[:-1] + "iej", "loc": w[:-1] + "iej",
                        "acc": w[:-1] + "ą", "ins": w[:-1] + "ą"}[case]
        if sex == "f" and not w.endswith("a"):
            return w
    if w.endswith("a"):
        return pl_fem(w, case)
    if sex == "f":
        return w
    return pl_masc(w, case)


CS_SOFT = "šžčřcjťďň"


def cs(w, kind, sex, case):
    if case == "nom":
        return w
    if w.endswith("ová") or (kind == "s" and w.endswith("á")):
        st = w[:-1]
        return {"gen": st + "é", "dat": st + "é", "loc": st + "é", "acc": st + "ou",
                "ins": st + "ou"}[case]
    if kind == "s" and w.endswith("ý"):
        st = w[:-1]
        return {"gen": st + "ého", "acc": st + "ého", "dat": st + "ému", "loc": st + "ém",
                "ins": st + "ým"}[case]
    if sex == "m" and w.endswith("í"):
        return {"gen": w + "ho", "acc": w + "ho", "dat": w + "mu", "loc": w + "m",
                "ins": w + "m"}[case]
    if w.endswith("a"):
        st = w[:-1]
        if case == "gen":
            return st + ("e" if st[-1] in CS_SOFT else "y")
        if case == "acc":
            return st + "u"
        if case == "ins":
            return st + "ou"
        if sex == "m":
            return st + "ovi"
        for a, b in (("ch", "še"), ("k", "ce"), ("h", "ze"), ("g", "ze"), ("r", "ře"), ("d", "dě"),
                     ("t", "tě"), ("n", "ně"), ("l", "le"), ("s", "se"), ("z", "ze")):
            if st.endswith(a):
                return st[:-len(a)] + b
        return st + "ě"
    if sex == "f" or w[-1].lower() in VOW:
        return w
    if case in ("gen", "acc"):
        return w + ("e" if w[-1] in CS_SOFT else "a")
    if case in ("dat", "loc"):
        return w + "ovi"
    return w + "em"


def sk(w, kind, sex, case):
    if case == "nom":
        return w
    if w.endswith("ová") or (kind == "s" and w.endswith("á")):
        st = w[:-1]
        return {"gen": st + "ej", "dat": st + "ej", "loc": st + "ej", "acc": st + "ú",
                "ins": st + "ou"}[case]
    if kind == "s" and w.endswith("ý"):
        st = w[:-1]
        return {"gen": st + "ého", "acc": st + "ého", "dat": st + "ému", "loc": st + "om",
                "ins": st + "ým"}[case]
    if w.endswith("a"):
        st = w[:-1]
        if sex == "m":
            return {"gen": st + "u", "acc": st + "u", "dat": st + "ovi", "loc": st + "ovi",
                    "ins": st + "om"}[case]
        if w.endswith("ia"):
            return {"gen": st + "e", "dat": st + "i", "loc": st + "i", "acc": st + "u",
                    "ins": st + "ou"}[case]
        return {"gen": st + "y", "dat": st + "e", "loc": st + "e", "acc": st + "u",
                "ins": st + "ou"}[case]
    if sex == "f" or w[-1].lower() in VOW:
        return w
    return {"gen": w + "a", "acc": w + "a", "dat": w + "ovi", "loc": w + "ovi", "ins": w + "om"}[case]


def fi(w, kind, sex, case):
    if case == "nom":
        return w
    if w.endswith("nen"):
        st = w[:-3] + "se"
    elif w[-1].lower() in "aeiouyäö":
        st = w
    else:
        st = w + "i"
    a = "a" if any(c in "aou" for c in w.lower()) else "ä"
    return {"gen": st + "n", "all": st + "lle", "ade": st + "ll" + a, "abl": st + "lt" + a,
            "ela": st + "st" + a, "ess": st + "n" + a, "tra": st + "ksi"}[case]


ET_GEN = {"Tamm": "Tamme", "Saar": "Saare", "Rebane": "Rebase", "Ilves": "Ilvese", "Pärn": "Pärna",
          "Lepik": "Lepiku", "Oja": "Oja", "Kuusk": "Kuuse", "Mets": "Metsa", "Koppel": "Koppeli",
          "Lill": "Lille", "Raud": "Raua", "Jaan": "Jaani", "Andres": "Andrese",
          "Kristjan": "Kristjani", "Liis": "Liisi", "Rein": "Reinu", "Toomas": "Toomase",
          "Mari": "Mari", "Kadri": "Kadri", "Tõnu": "Tõnu", "Maarja": "Maarja", "Kati": "Kati",
          "Triin": "Triinu", "Kersti": "Kersti", "Margus": "Marguse"}


def et(w, kind, sex, case):
    if case == "nom":
        return w
    g = ET_GEN.get(w)
    if g is None:
        g = w if w[-1].lower() in VOW else w + ("e" if w.endswith("s") else "i")
    return {"gen": g, "com": g + "ga", "all": g + "le", "ade": g + "l", "abl": g + "lt",
            "ter": g + "ni", "tra": g + "ks"}[case]


def hu_harm(w):
    vs = low_vowels(w)
    if any(c in "aáoóuú" for c in vs):
        return "b"
    vs = [c for c in vs if c not in "ií"]
    if vs and vs[-1] in "öőüű":
        return "r"
    return "f"


def hu_len(w):
    if w.endswith("a"):
        return w[:-1] + "á"
    if w.endswith("e"):
        return w[:-1] + "é"
    return w


def hu(w, kind, sex, case):
    if case == "nom":
        return w
    h = hu_harm(w)
    b = h == "b"
    vowel_end = w[-1].lower() in VOW
    if case == "ins":
        v = "al" if b else "el"
        if vowel_end:
            return hu_len(w) + "v" + v
        for dg in ("cs", "sz", "zs", "gy", "ly", "ny", "ty"):
            if w.endswith(dg):
                return w[:-2] + dg[0] + dg + v
        if w.endswith(("th", "gh")):
            return w + w[-2] + v
        if len(w) > 1 and w[-1] == w[-2]:
            return w + "-" + w[-1] + v
        return w + w[-1] + v
    if case == "acc":
        if vowel_end:
            return hu_len(w) + "t"
        if w.endswith(("n", "l", "r", "s", "z", "j", "ly", "ny")) and not w.endswith(("cs", "ss")):
            return w + "t"
        return w + {"b": "ot", "f": "et", "r": "öt"}[h]
    base = hu_len(w)
    return base + {"dat": ("nak", "nek", "nek"), "all": ("hoz", "hez", "höz"),
                   "sub": ("ra", "re", "re"), "ade": ("nál", "nél", "nél"),
                   "abl": ("tól", "től", "től"), "poss": ("é", "é", "é"),
                   "ine": ("ban", "ben", "ben"), "ela": ("ból", "ből", "ből")}[case][
        {"b": 0, "f": 1, "r": 2}[h]]


def tr_suffix(w, case):
    """The suffix after the apostrophe (outside every span)."""
    vs = [c for c in w.lower() if c in "aıoueiöü"]
    last = vs[-1] if vs else "e"
    back = last in "aıou"
    four = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}[last]
    two = "a" if back else "e"
    ve = w[-1].lower() in "aıoueiöü"
    hard = w[-1].lower() in "fstkçşhp"
    if case == "gen":
        return "'" + ("n" if ve else "") + four + "n"
    if case == "dat":
        return "'" + ("y" if ve else "") + two
    if case == "acc":
        return "'" + ("y" if ve else "") + four
    if case == "loc":
        return "'" + ("t" if hard else "d") + two
    if case == "abl":
        return "'" + ("t" if hard else "d") + two + "n"
    if case == "com":
        return "'" + ("y" if ve else "") + "l" + two
    return ""


EL_MAP = [("ού", "ou"), ("αύ", "av"), ("εύ", "ev"), ("ου", "ou"), ("Ου", "Ou"), ("αυ", "av"), ("ευ", "ev"), ("Ευ", "Ev"), ("γγ", "ng"),
          ("μπ", "mp"), ("ντ", "nt"), ("θ", "th"), ("Θ", "Th"), ("χ", "ch"), ("Χ", "Ch"),
          ("ψ", "ps"), ("Ψ", "Ps")]
EL_ONE = dict(zip("αάβγδεέζηήιίϊΐκλμνξοόπρσςτυύφωώ",
                  "aavgdeeziiiiiiklmnxooprsstyyfoo"))
EL_ONE.update(zip("ΑΆΒΓΔΕΈΖΗΉΙΊΚΛΜΝΞΟΌΠΡΣΤΥΎΦΩΏ", "AAVGDEEZIIIIKLMNXOOPRSTYYFOO"))


def el_latin(s):
    for a, b in EL_MAP:
        s = s.replace(a, b)
    return "".join(EL_ONE.get(c, c) for c in s)


def el(w, kind, sex, case):
    """Greek in its script; a Latin-letter form is the transliteration of the declined word."""
    if case == "nom" or sex == "f" and kind == "s":
        return w
    if sex == "f":
        if w[-1] in "αάηή":
            return w + "ς" if case == "gen" else w
        return w
    for a, g, acc in (("ος", "ου", "ο"), ("ός", "ού", "ό"), ("ης", "η", "η"), ("ής", "ή", "ή"),
                      ("ας", "α", "α"), ("άς", "ά", "ά")):
        if w.endswith(a):
            return w[:-2] + {"gen": g, "acc": acc, "voc": acc if a[0] != "ο" else "ε"}.get(case, g)
    return w


def lt(w, kind, sex, case):
    if case == "nom":
        return w
    if sex == "m":
        for end, st in (("tis", "č"), ("dis", "dž")):
            if w.endswith(end):
                s = w[:-3]
                return {"gen": s + st + "io", "dat": s + st + "iui", "ins": s + st + "iu",
                        "acc": w[:-2] + "į", "loc": w[:-2] + "yje"}[case]
        if w.endswith("us"):
            s = w[:-2]
            return {"gen": s + "aus", "dat": s + "ui", "ins": s + "umi", "acc": s + "ų",
                    "loc": s + "uje"}[case]
        if w.endswith("as"):
            s = w[:-2]
            return {"gen": s + "o", "dat": s + "ui", "ins": s + "u", "acc": s + "ą",
                    "loc": s + "e"}[case]
        return w
    if w.endswith("ė"):
        s = w[:-1]
        return {"gen": s + "ės", "dat": s + "ei", "ins": s + "e", "acc": s + "ę",
                "loc": s + "ėje"}[case]
    if w.endswith("a"):
        s = w[:-1]
        return {"gen": s + "os", "dat": s + "ai", "ins": s + "a", "acc": s + "ą",
                "loc": s + "oje"}[case]
    return w


def lt_female(m, married):
    if m.endswith("aitis"):
        return m[:-5] + ("aitienė" if married else "aitytė")
    if m.endswith("ius"):
        return m[:-3] + ("ienė" if married else "iūtė")
    if m.endswith("as"):
        return m[:-2] + ("ienė" if married else "aitė")
    return m


def lv(w, kind, sex, case):
    if case == "nom":
        return w
    if sex == "m" and w.endswith(("š", "s")):
        s = w[:-1]
        return {"gen": s + "a", "dat": s + "am", "acc": s + "u", "loc": s + "ā"}[case]
    if w.endswith("a"):
        s = w[:-1]
        return {"gen": s + "as", "dat": s + "ai", "acc": s + "u", "loc": s + "ā"}[case]
    if w.endswith("e"):
        s = w[:-1]
        return {"gen": s + "es", "dat": s + "ei", "acc": s + "i", "loc": s + "ē"}[case]
    return w


def hr(w, kind, sex, case, sl=False):
    if case in ("nom", "voc"):
        return w
    if w.endswith("a") and (sex == "f" or kind == "g" or not sl):
        if sex == "f" and kind == "s":
            return w
        s = w[:-1]
        if sl:
            return {"gen": s + "e", "dat": s + "i", "loc": s + "i", "acc": s + "o",
                    "ins": s + "o"}[case]
        return {"gen": s + "e", "dat": s + "i", "loc": s + "i", "acc": s + "u",
                "ins": s + "om"}[case]
    if sex == "f":
        return w
    if w.endswith("o"):
        s = w[:-1]
        return {"gen": s + "a", "acc": s + "a", "dat": s + "u", "loc": s + "u", "ins": s + "om"}[case]
    if w[-1].lower() in VOW:
        return w
    soft = w[-1] in "čćđšžjc" or w.endswith(("lj", "nj"))
    return {"gen": w + "a", "acc": w + "a", "dat": w + "u", "loc": w + "u",
            "ins": w + ("em" if soft else "om")}[case]


def ro(w, kind, sex, case):
    if case == "nom" or sex == "m" or kind == "s":
        return w
    if w.endswith("ea"):
        return w[:-1] + "i"
    if w.endswith("a"):
        return w[:-1] + "ei"
    return w


IS_GIVEN = {"Jón": ("Jón", "Jóni", "Jóns"), "Gunnar": ("Gunnar", "Gunnari", "Gunnars"),
            "Einar": ("Einar", "Einari", "Einars"), "Ólafur": ("Ólaf", "Ólafi", "Ólafs"),
            "Sigurður": ("Sigurð", "Sigurði", "Sigurðar"),
            "Kristján": ("Kristján", "Kristjáni", "Kristjáns"),
            "Stefán": ("Stefán", "Stefáni", "Stefáns"), "Magnús": ("Magnús", "Magnúsi", "Magnúsar"),
            "Guðrún": ("Guðrúnu", "Guðrúnu", "Guðrúnar"),
            "Sigríður": ("Sigríði", "Sigríði", "Sigríðar"), "Anna": ("Önnu", "Önnu", "Önnu"),
            "Helga": ("Helgu", "Helgu", "Helgu"), "Katrín": ("Katrínu", "Katrínu", "Katrínar"),
            "Kristín": ("Kristínu", "Kristínu", "Kristínar"),
            "Margrét": ("Margréti", "Margréti", "Margrétar")}
IS_FATHER = {"Jón": "Jóns", "Gunnar": "Gunnars", "Einar": "Einars", "Ólafur": "Ólafs",
             "Sigurður": "Sigurðar", "Kristján": "Kristjáns", "Stefán": "Stefáns",
             "Magnús": "Magnús", "Árni": "Árna", "Pétur": "Péturs", "Helgi": "Helga",
             "Þór": "Þórs", "Hannes": "Hannes", "Bjarni": "Bjarna"}


def is_(w, kind, sex, case):
    if case == "nom":
        return w
    k = {"acc": 0, "dat": 1, "gen": 2}[case]
    if w.endswith("son"):
        return [w, w[:-3] + "syni", w + "ar"][k]
    if w.endswith("dóttir"):
        return w[:-6] + "dóttur"
    if w in IS_GIVEN:
        return IS_GIVEN[w][k]
    return w


def gmc_gen(w, lg):
    """German, Dutch and Nordic genitive s: (inside the span, outside after an apostrophe)."""
    if w[-1] in "sxzß":
        return w, "'"
    if lg == "nl" and w[-1].lower() in "aeiouy":
        return w, "'s"
    return w + "s", ""


DECL = {"pl": pl, "cs": cs, "sk": sk, "fi": fi, "et": et, "hu": hu, "el": el, "ell": el,
        "lt": lt, "lv": lv, "hr": hr, "sl": lambda w, k, s, c: hr(w, k, s, c, sl=True),
        "ro": ro, "is": is_}


def decline(lg, w, kind, sex, case):
    if case == "nom" or lg not in DECL or case == "voc" and lg != "el":
        return w
    if "-" in w and lg not in ("tr",):  # a double name: each part declined
        return "-".join(decline(lg, p, kind, sex, case) for p in w.split("-"))
    return DECL[lg](w, kind, sex, case)


# ---- names ---------------------------------------------------------------------------------------
# Per language: real given names (m, f), real surnames (the man's form; women's forms derived
# where the language derives them), syllables and endings to invent from.
NAMES = {
    "pl": {"m": "Jan Piotr Tomasz Krzysztof Łukasz Michał Adam Jakub Mateusz Kamil Wojciech",
           "f": "Anna Zofia Agnieszka Magdalena Ewa Julia Natalia Katarzyna Małgorzata Joanna Olga",
           "s": "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński "
                "Szymański Woźniak Dąbrowski Mazur Wąsowski",
           "syl": "Bo le Ra do Zby Wie Mi ro Sta ci Dro go Świe Ta", "gm": "mir sław dan bor wit",
           "sm": "ski owski ak ik czyk"},
    "cs": {"m": "Petr Jan Tomáš Jiří Martin Jakub Lukáš Ondřej Vojtěch Filip",
           "f": "Jana Petra Eva Tereza Monika Lenka Klára Veronika Kateřina Lucie",
           "s": "Dvořák Novák Svoboda Černý Procházka Kučera Veselý Horák Pokorný Beneš",
           "syl": "Vla Bo Ra Do Ze Mi Hru Sla Kře Lu Ve", "gm": "mil slav děj bor",
           "sm": "ák ík ář ý"},
    "sk": {"m": "Ján Martin Michal Juraj Tomáš Marek Lukáš Matúš",
           "f": "Jana Mária Zuzana Katarína Lucia Eva Martina Simona",
           "s": "Kováč Horváth Varga Tóth Baláž Nagy Lukáč Molnár Šimko Hudák",
           "syl": "Bra Dlu Ze Mi Ro Sla Ďu Vi", "gm": "mír slav dan", "sm": "ák ík áč"},
    "fi": {"m": "Juha Timo Jari Sami Ville Janne Olli Eero Aleksi Mikael",
           "f": "Liisa Sanna Elina Johanna Aino Minna Kaisa Laura Veera Tiina",
           "s": "Virtanen Korhonen Nieminen Mäkinen Hämäläinen Laaksonen Heikkinen Lehtonen "
                "Koskela Niemelä Rantala Kallio Salo Heikkilä",
           "syl": "Ta ru ve Lii ka So Hei mo Ou Ar vo Ki", "gm": "o i e", "sm": "nen la"},
    "et": {"m": "Jaan Andres Kristjan Rein Toomas Tõnu Margus",
           "f": "Mari Kadri Liis Maarja Kati Triin Kersti",
           "s": "Tamm Saar Rebane Ilves Pärn Lepik Oja Kuusk Mets Koppel Lill Raud",
           "syl": "Ka Ree Tõ Mai Lau Ar Vil Ee", "gm": "o i", "sm": "pik mets saar"},
    "hu": {"m": "Péter László Gábor Zoltán Attila István Bence Tamás Sándor",
           "f": "Éva Katalin Eszter Zsófia Anna Réka Judit Márta Erzsébet",
           "s": "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp",
           "syl": "Bo Ge Lo Ta Ke Re Szi Mo Vá Zo", "gm": "r n d ka la", "sm": "falvi házi os ffy"},
    "tr": {"m": "Mehmet Mustafa Ahmet Emre Burak Can Kemal Murat Hakan",
           "f": "Ayşe Fatma Elif Zeynep Emine Selin Merve Deniz Gül",
           "s": "Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Karaosmanoğlu",
           "syl": "Ka yıl Dem er Gül tan San öz Bu ra", "gm": "can han er", "sm": "oğlu can er soy"},
    "el": {"m": "Γιώργος Νίκος Δημήτρης Κώστας Γιάννης Αλέξανδρος Παναγιώτης",
           "f": "Μαρία Ελένη Κατερίνα Σοφία Δήμητρα Αναστασία Βασιλική",
           "s": "Παπαδόπουλος:Παπαδοπούλου Οικονόμου:Οικονόμου Νικολαΐδης:Νικολαΐδου "
                "Παπαδάκης:Παπαδάκη Βλάχος:Βλάχου Αντωνίου:Αντωνίου Γεωργίου:Γεωργίου "
                "Μαυρίδης:Μαυρίδου Σταματόπουλος:Σταματοπούλου",
           "syl": "Κα ρα λι Μα νο Στε φα Θε ο", "gm": "", "sm": ""},
    "lt": {"m": "Jonas Tomas Mantas Darius Paulius Andrius Lukas",
           "f": "Rūta Ieva Asta Eglė Greta Laura Aistė",
           "s": "Jonaitis Kazlauskas Petrauskas Stankevičius Vasiliauskas Butkus Petraitis "
                "Žukauskas",
           "syl": "Va li Ža ru Gin Mo ta Kęs", "gm": "as", "sm": "aitis auskas ėnas"},
    "lv": {"m": "Mārtiņš Edgars Raimonds Gints Aivars Roberts",
           "f": "Ilze Anna Līga Inese Kristīne Laura Dace",
           "s": "Bērziņš Kalniņš Ozols Liepiņš Krūmiņš Jansons Vītols Kļaviņš",
           "syl": "Ru dol Zie Vil ka Mār Ce", "gm": "ars ins ts", "sm": "iņš ons ārs"},
    "hr": {"m": "Marko Ivan Josip Tomislav Luka Darko Ante Stjepan",
           "f": "Ana Ivana Marija Petra Maja Katarina Lucija",
           "s": "Horvat Kovačević Babić Marić Jurić Novak Knežević Vuković Perić",
           "syl": "Zvo ni Bra Dra go Vla Mi Sla", "gm": "mir slav ko", "sm": "ić ović ak"},
    "sl": {"m": "Marko Matej Andrej Janez Gregor Rok Jure",
           "f": "Ana Mojca Nina Maja Petra Urška Tina",
           "s": "Novak Horvat Kovačič Zupančič Potočnik Mlakar Vidmar Kos",
           "syl": "Bo Ja Mi Ro Ži Vo", "gm": "ko mir slav", "sm": "ič ar nik"},
    "ro": {"m": "Ion Andrei Mihai Alexandru Radu Cristian Vlad",
           "f": "Maria Ana Elena Ioana Andreea Cristina Mihaela",
           "s": "Popescu Ionescu Popa Dumitrescu Stan Stoica Munteanu Georgescu Moldovan",
           "syl": "Vla Do Ri Ma Tu Şer Bo", "gm": "n ru", "sm": "escu eanu"},
    "is": {"m": "Jón Gunnar Einar Ólafur Sigurður Kristján Stefán Magnús",
           "f": "Guðrún Sigríður Anna Helga Katrín Kristín Margrét",
           "s": "", "syl": "", "gm": "", "sm": ""},
    "de": {"m": "Hans Jürgen Stefan Andreas Matthias Tobias Florian Klaus Sepp",
           "f": "Anna Ursula Sabine Katharina Julia Lena Franziska Gerda",
           "s": "Müller Schmidt Meier Huber Wagner Becker Hoffmann Schäfer Bauer Fuchs",
           "syl": "Bre win kel Mau gas hol rutz fen", "gm": "old hard bert",
           "sm": "mann ler bach inger"},
    "nl": {"m": "Jan Piet Kees Wim Henk Joop Marijn Sjoerd",
           "f": "Els Ans Truus Anneke Marieke Femke Sanne",
           "s": "Jansen Bakker Visser Smit Meijer Mulder Bos Vos Dekker",
           "syl": "hui ker bol dij sme wout laar gel", "gm": "n rt s", "sm": "ink sen hof"},
    "sv": {"m": "Lars Anders Johan Erik Per Nils Magnus",
           "f": "Anna Karin Eva Maria Ingrid Sofia Linnea",
           "s": "Andersson Johansson Karlsson Nilsson Eriksson Larsson Lindqvist Berg",
           "syl": "berg sjö lin dal strö hol ek vik", "gm": "a e or", "sm": "son ström qvist"},
    "da": {"m": "Jens Søren Mads Rasmus Henrik Niels",
           "f": "Mette Hanne Camilla Louise Signe Freja",
           "s": "Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen",
           "syl": "bjer ga høj stru lun ris ma", "gm": "e a", "sm": "sen gaard strup"},
    "no": {"m": "Ole Lars Knut Bjørn Eirik Håkon Even",
           "f": "Ingrid Kari Silje Marit Ragnhild Synnøve",
           "s": "Hansen Johansen Olsen Larsen Berg Haugen Bakken Solberg Dahl",
           "syl": "hau sol bak lie myr vik", "gm": "e a ar", "sm": "sen heim rud"},
    "es": {"m": "José Juan Antonio Javier Manuel Carlos Pablo",
           "f": "María Carmen Lucía Elena Pilar Marta Rocío",
           "s": "García López Martínez Sánchez Fernández Ruiz Ortega Navarro Romero Gil",
           "syl": "zar mon qui llo bar cue vi dal", "gm": "o", "sm": "ez ano ejo"},
    "pt": {"m": "João Pedro Tiago Rui Miguel Nuno André",
           "f": "Ana Maria Inês Beatriz Joana Rita Luísa",
           "s": "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa",
           "syl": "cou tin bra gue lha mar dei vas", "gm": "o", "sm": "eira ães ado"},
    "fr": {"m": "Jean Pierre Luc Nicolas Julien Antoine Mathieu",
           "f": "Marie Claire Sophie Camille Élodie Chantal Manon",
           "s": "Martin Dubois Lefèvre Moreau Laurent Girard Fontaine Rousseau",
           "syl": "bel rou quet lan gau vel sar", "gm": "in", "sm": "ier aud ot"},
    "it": {"m": "Marco Luca Giuseppe Alessandro Matteo Giovanni",
           "f": "Giulia Francesca Chiara Sara Elena Valentina",
           "s": "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci",
           "syl": "bru sca ghi lon vel maz cor", "gm": "o", "sm": "ini etti one"},
    "en": {"m": "James David Michael Thomas Daniel Richard",
           "f": "Sarah Emily Rachel Laura Helen Claire",
           "s": "Smith Jones Taylor Brown Williams Wilson Evans Walker",
           "syl": "bran wick ash tor mel ford wen", "gm": "", "sm": "ton ley by"},
}
for _t in NAMES.values():
    for _k in ("m", "f", "s", "syl", "gm", "sm"):
        _t[_k] = _t[_k].split()

# People of global origin (given, surname, sex), declined by each language's rules as they end.
GLOBAL = [("Rahul", "Mehta", "m"), ("Aisha", "Bello", "f"), ("Kwame", "Mensah", "m"),
          ("Priya", "Nair", "f"), ("Arjun", "Reddy", "m"), ("Amina", "Yusuf", "f"),
          ("Omar", "Haddad", "m"), ("Leila", "Karimi", "f"), ("Chidi", "Okafor", "m"),
          ("Mei", "Lin", "f"), ("Diego", "Ramírez", "m"), ("Thandiwe", "Dlamini", "f"),
          ("Tariq", "Hussain", "m"), ("Nadia", "Rahman", "f"), ("Kofi", "Asante", "m"),
          ("Yasmin", "Farouk", "f"), ("Samir", "Benali", "m"), ("Ngozi", "Eze", "f"),
          ("Hiroshi", "Tanaka", "m"), ("Sunita", "Sharma", "f"), ("Ibrahim", "Diallo", "m"),
          ("Farida", "Nasser", "f")]


def cap(w):
    return w[0].upper() + w[1:]


def join(stem, end):
    """stem + end, a vowel at the seam dropped (no `-oo-`, `-aá-` from two syllables)."""
    if end and stem[-1].lower() in VOW and end[0].lower() in VOW:
        stem = stem[:-1]
    return stem + end


def invent(lg, sex):
    t = NAMES[lg]
    syl = t["syl"]
    stem = cap("".join(rng.sample(syl, 2)).lower())
    if lg == "el":
        g = rng.choice(t[sex])
        sm = join(stem, rng.choice(["ίδης", "άκης", "όπουλος"]))
        s = sm if sex == "m" else {"ίδης": sm[:-4] + "ίδου", "άκης": sm[:-4] + "άκη",
                                   "όπουλος": sm[:-7] + "οπούλου"}[sm[-4:] if sm.endswith(("ίδης", "άκης")) else "όπουλος"]
        return g, s
    if lg == "is":
        return None
    g = join(stem, rng.choice(t["gm"])) if t["gm"] else stem
    if lg in ("pl", "cs", "sk", "hr", "sl", "lt", "lv", "ro", "es", "pt", "it") and sex == "f":
        g = g.rstrip("sš")
        g = join(g, "ė" if lg == "lt" and rng.random() < .3 else
                 "e" if lg == "lv" and rng.random() < .3 else "a")
    if lg in ("fi", "et") and g[-1] not in VOW:
        g += "o" if sex == "m" else "a"
    if lg == "fi" and sex == "f" and g[-1] != "a":
        g = g[:-1] + "a"
    if lg in ("lt",) and sex == "m" and not g.endswith("as"):
        g += "as"
    if lg in ("lv",) and sex == "m" and not g.endswith("s"):
        g += "s"
    sur = join(cap("".join(rng.sample(syl, 2)).lower()), rng.choice(t["sm"]))
    if lg == "fi" and sur.endswith("la") and not any(c in "aou" for c in sur[:-2].lower()):
        sur = sur[:-1] + "ä"
    return g, surname_for(lg, sur, sex, married=rng.random() < .6)


def surname_for(lg, s, sex, married=True):
    """The woman's form of the man's surname where the language derives one."""
    if sex == "m":
        return s
    if lg == "pl":
        for m in ("ski", "cki", "dzki"):
            if s.endswith(m):
                return s[:-1] + "a"
        return s
    if lg in ("cs", "sk"):
        if s.endswith("ý"):
            return s[:-1] + "á"
        if s.endswith("a"):
            return s[:-1] + "ová"
        if s.endswith("ec") and lg == "cs":
            return s[:-2] + "cová"
        return s + "ová"
    if lg == "lt":
        return lt_female(s, married)
    if lg == "lv":
        if s.endswith("is"):
            return s[:-2] + "e"
        if s.endswith(("š", "s")):
            return s[:-1] + "a"
    return s


class Person:
    """One person: given name and surname in the nominative as their bearer writes them."""

    def __init__(self, lg, sex, given, surname, origin, father=None):
        self.lg, self.sex, self.given, self.surname = lg, sex, given, surname
        self.origin, self.father = origin, father

    def g(self, case, lg=None):
        return decline(lg or self.lg, self.given, "g", self.sex, case)

    def s(self, case, lg=None):
        return decline(lg or self.lg, self.surname, "s", self.sex, case)

    def full(self, case, lg=None):
        lg = lg or self.lg
        if lg == "hu":
            return self.surname + " " + decline("hu", self.given, "g", self.sex, case)
        if lg == "et" and case in ("com", "ter"):
            return self.g("gen", lg) + " " + self.s(case, lg)
        return self.g(case, lg) + " " + self.s(case, lg)


def person(lg, sex=None, glob=None):
    sex = sex or rng.choice("mf")
    k = rng.random() if glob is None else (0.0 if glob else 0.5)
    if k < 0.2 and lg not in ("el", "lt", "lv", "is"):
        g, s, sx = rng.choice(GLOBAL)
        return Person(lg, sx, g, s, "global")
    t = NAMES[lg]
    if lg == "is":
        father = rng.choice(sorted(IS_FATHER))
        g = rng.choice(t[sex])
        return Person(lg, sex, g, IS_FATHER[father] + ("son" if sex == "m" else "dóttir"),
                      "real", father)
    if rng.random() < 0.55:
        g, s = invent(lg, sex)
        return Person(lg, sex, g, s, "invented")
    g = rng.choice(t[sex])
    if lg == "el":
        m, f = rng.choice(t["s"]).split(":")
        return Person(lg, sex, g, m if sex == "m" else f, "real")
    return Person(lg, sex, g, surname_for(lg, rng.choice(t["s"]), sex,
                                          married=rng.random() < .6), "real")


# ---- titles, streets, births, look-alikes by language -------------------------------------------
def title(lg, sex, case, latin=False):
    """(before, after) a title puts around the surname it goes with (outside the span)."""
    m = sex == "m"
    if lg in ("pl", "cs") and case == "voc":
        return ("panie" if lg == "pl" else "pane") if m else ("pani" if lg == "pl" else "paní"), ""
    if lg == "pl":
        return ({"nom": "pan", "gen": "pana", "dat": "panu", "acc": "pana", "ins": "panem",
                 "loc": "panu"}[case] if m else ("panią" if case in ("acc", "ins") else "pani")), ""
    if lg == "cs":
        return ({"nom": "pan", "gen": "pana", "dat": "panu", "acc": "pana", "ins": "panem",
                 "loc": "panu"}[case] if m else "paní"), ""
    if lg == "sk":
        return ({"nom": "pán", "gen": "pána", "dat": "pánovi", "acc": "pána", "ins": "pánom",
                 "loc": "pánovi"}[case] if m else {"acc": "paniu", "ins": "paňou"}.get(case, "pani")), ""
    if lg == "hu":
        return "", hu("úr" if m else "asszony", "g", sex, case)
    if lg == "tr":
        t = "Bey" if m else "Hanım"
        return "", t + tr_suffix(t, case)
    if lg == "el":
        t = ({"nom": "ο κύριος", "gen": "του κυρίου", "acc": "τον κύριο", "voc": "κύριε"}[case] if m
             else {"nom": "η κυρία", "gen": "της κυρίας", "acc": "την κυρία", "voc": "κυρία"}[case])
        return (el_latin(t) if latin else t), ""
    if lg == "lt":
        return ({"nom": "ponas", "gen": "pono", "dat": "ponui", "acc": "poną", "ins": "ponu"}[case] if m
                else {"nom": "ponia", "gen": "ponios", "dat": "poniai", "acc": "ponią",
                      "ins": "ponia"}[case]), ""
    if lg == "lv":
        return "", ({"nom": "kungs", "gen": "kunga", "dat": "kungam", "acc": "kungu"}[case] if m
                    else {"nom": "kundze", "gen": "kundzes", "dat": "kundzei", "acc": "kundzi"}[case])
    if lg == "hr" and case == "voc":
        return ("gospodine" if m else "gospođo"), ""
    if lg == "hr":
        return ({"nom": "gospodin", "gen": "gospodina", "dat": "gospodinu", "acc": "gospodina",
                 "ins": "gospodinom", "loc": "gospodinu"}[case] if m else
                {"nom": "gospođa", "gen": "gospođe", "dat": "gospođi", "acc": "gospođu",
                 "ins": "gospođom", "loc": "gospođi"}[case]), ""
    if lg == "sl":
        return ({"nom": "gospod", "gen": "gospoda", "dat": "gospodu", "acc": "gospoda",
                 "ins": "gospodom", "loc": "gospodu"}[case] if m else
                {"nom": "gospa", "gen": "gospe", "dat": "gospe", "acc": "gospo", "ins": "gospo",
                 "loc": "gospe"}[case]), ""
    if lg == "ro":
        return ({"nom": "domnul", "gen": "domnului"}[case] if m else
                {"nom": "doamna", "gen": "doamnei"}[case]), ""
    if lg == "de":
        return ("Herr" if case == "nom" else "Herrn") if m else "Frau", ""
    if lg == "nl":
        return ("meneer" if m else "mevrouw"), ""
    if lg == "es":
        return ("el señor" if m else "la señora"), ""
    if lg == "pt":
        return ("o senhor" if m else "a senhora"), ""
    if lg == "fr":
        return ("M." if m else "Mme"), ""
    if lg == "it":
        return ("il signor" if m else "la signora"), ""
    return ("Mr" if m else "Ms"), ""


def num():
    return str(rng.choice([rng.randint(1, 30), rng.randint(1, 140)]))


def pc(fmt):
    return "".join(str(rng.randint(0, 9)) if c == "9" else c for c in fmt)


# Streets: (nominative, inflected form the templates use), the house number's shape, the
# postcode and town after it.
STREETS = {
    "pl": ("ul. Mickiewicza|ulicy Mickiewicza;ul. Długa|ulicy Długiej;ul. Ogrodowa|ulicy Ogrodowej;"
           "ul. Kościuszki|ulicy Kościuszki;ul. Polna|ulicy Polnej;ul. Słowackiego|ulicy Słowackiego;"
           "al. Niepodległości|alei Niepodległości", "{n} m. {u}", "99-999", "Kraków Lublin Poznań Gdańsk"),
    "cs": ("Husova|Husově ulici;Dlouhá|Dlouhé ulici;Karlova|Karlově ulici;Palackého|ulici Palackého;"
           "Na Příkopě|ulici Na Příkopě;Jungmannova|Jungmannově ulici", "{n}", "999 99", "Praha Brno Olomouc"),
    "sk": ("Hlavná|Hlavnej ulici;Štúrova|Štúrovej ulici;Obchodná|Obchodnej ulici;"
           "Záhradná|Záhradnej ulici;Mlynská|Mlynskej ulici", "{n}", "999 99", "Bratislava Košice Žilina"),
    "fi": ("Mannerheimintie|Mannerheimintiellä;Koivukuja|Koivukujalla;Hämeenkatu|Hämeenkadulla;"
           "Aleksanterinkatu|Aleksanterinkadulla;Rantatie|Rantatiellä;Puistokatu|Puistokadulla",
           "{n} B {u}", "99999", "Helsinki Tampere Turku"),
    "et": ("Pärnu mnt|Pärnu maanteel;Narva mnt|Narva maanteel;Tähe tn|Tähe tänaval;"
           "Vabaduse pst|Vabaduse puiesteel;Kase tn|Kase tänaval", "{n}-{u}", "99999", "Tallinn Tartu Pärnu"),
    "hu": ("Petőfi utca|Petőfi utcában;Kossuth Lajos utca|Kossuth Lajos utcában;Rákóczi út|Rákóczi úton;"
           "Bartók Béla út|Bartók Béla úton;Kölcsey utca|Kölcsey utcában;Fő utca|Fő utcában",
           "{n}. {u}. em.", "9999", "Budapest Debrecen Szeged"),
    "tr": ("Atatürk Caddesi|Atatürk Caddesi;Bağdat Caddesi|Bağdat Caddesi;Gül Sokak|Gül Sokak;"
           "Cumhuriyet Caddesi|Cumhuriyet Caddesi;İnönü Bulvarı|İnönü Bulvarı;Menekşe Sokak|Menekşe Sokak",
           "No: {n} Daire: {u}", "99999", "Kadıköy/İstanbul Çankaya/Ankara Konak/İzmir"),
    "el": ("Ερμού|Ερμού;Πανεπιστημίου|Πανεπιστημίου;Αγίου Κωνσταντίνου|Αγίου Κωνσταντίνου;"
           "Βασιλίσσης Σοφίας|Βασιλίσσης Σοφίας;Τσιμισκή|Τσιμισκή;Αριστοτέλους|Αριστοτέλους",
           "{n}", "999 99", "Αθήνα Θεσσαλονίκη Πάτρα"),
    "lt": ("Gedimino pr.|Gedimino prospekte;Pilies g.|Pilies gatvėje;Vilniaus g.|Vilniaus gatvėje;"
           "Laisvės al.|Laisvės alėjoje;Liepų g.|Liepų gatvėje", "{n}-{u}", "LT-99999", "Vilnius Kaunas Klaipėda"),
    "lv": ("Brīvības iela|Brīvības ielā;Elizabetes iela|Elizabetes ielā;Lāčplēša iela|Lāčplēša ielā;"
           "Krišjāņa Valdemāra iela|Krišjāņa Valdemāra ielā;Tērbatas iela|Tērbatas ielā", "{n}-{u}",
           "LV-9999", "Rīga Liepāja Jelgava"),
    "hr": ("Ilica|Ilici;Vukovarska ulica|Vukovarskoj ulici;Ulica Ljudevita Gaja|Ulici Ljudevita Gaja;"
           "Savska cesta|Savskoj cesti;Frankopanska ulica|Frankopanskoj ulici", "{n}", "99999",
           "Zagreb Split Rijeka"),
    "sl": ("Slovenska cesta|Slovenski cesti;Trubarjeva ulica|Trubarjevi ulici;"
           "Prešernova ulica|Prešernovi ulici;Celovška cesta|Celovški cesti", "{n}", "9999",
           "Ljubljana Maribor Celje"),
    "ro": ("Str. Mihai Eminescu|strada Mihai Eminescu;Str. Libertății|strada Libertății;"
           "Bd. Unirii|bulevardul Unirii;Str. Avram Iancu|strada Avram Iancu;Str. Florilor|strada Florilor",
           "nr. {n}, ap. {u}", "999999", "Cluj-Napoca Iași Brașov"),
    "is": ("Laugavegur|Laugavegi;Hverfisgata|Hverfisgötu;Skólavörðustígur|Skólavörðustíg;"
           "Hringbraut|Hringbraut;Bankastræti|Bankastræti", "{n}", "999", "Reykjavík Akureyri Kópavogur"),
    "de": ("Goethestraße|Goethestraße;Lindenstraße|Lindenstraße;Am Mühlbach|Am Mühlbach;"
           "Bahnhofstraße|Bahnhofstraße;Kirchgasse|Kirchgasse", "{n}", "99999", "München Leipzig Kassel"),
    "nl": ("Kerkstraat|Kerkstraat;Dorpsstraat|Dorpsstraat;Molenweg|Molenweg;Prinsengracht|Prinsengracht",
           "{n}", "9999 XX", "Utrecht Gent Zwolle"),
    "sv": ("Storgatan|Storgatan;Drottninggatan|Drottninggatan;Kyrkvägen|Kyrkvägen;Skolgatan|Skolgatan",
           "{n}", "999 99", "Uppsala Malmö Umeå"),
    "da": ("Nørregade|Nørregade;Vestergade|Vestergade;Skovvej|Skovvej;Algade|Algade", "{n}",
           "9999", "Aarhus Odense Roskilde"),
    "no": ("Storgata|Storgata;Kirkeveien|Kirkeveien;Skolegata|Skolegata;Strandveien|Strandveien",
           "{n}", "9999", "Bergen Trondheim Tromsø"),
    "es": ("Calle Mayor|Calle Mayor;Avenida de la Constitución|Avenida de la Constitución;"
           "Calle de Alcalá|Calle de Alcalá", "{n}, {u}º", "99999", "Madrid Valencia Zaragoza"),
    "pt": ("Rua Augusta|Rua Augusta;Avenida da Liberdade|Avenida da Liberdade;Rua das Flores|Rua das Flores",
           "{n}, {u}.º Esq.", "9999-999", "Lisboa Porto Braga"),
    "fr": ("rue de la République|rue de la République;avenue Jean Jaurès|avenue Jean Jaurès;"
           "rue des Lilas|rue des Lilas", "{n}", "99999", "Lyon Nantes Lille"),
    "it": ("Via Roma|Via Roma;Via Garibaldi|Via Garibaldi;Corso Italia|Corso Italia", "{n}", "99999",
           "Torino Bologna Bari"),
    "en": ("High Street|High Street;Church Lane|Church Lane;Station Road|Station Road", "{n}", "XX9 9XX",
           "Leeds York Bristol"),
}
for _k, (_st, _nf, _pc, _tw) in list(STREETS.items()):
    STREETS[_k] = ([tuple(x.split("|")) for x in _st.split(";")], _nf, _pc, _tw.split())

NUM_FIRST = ("fr", "en", "es_no")


def street_parts(lg):
    sts, nf, pcf, towns = STREETS[lg]
    nom, infl = rng.choice(sts)
    n = num()
    house = nf.format(n=n, u=rng.randint(1, 24)) if rng.random() < .5 else n + ("." if lg == "hu" else "")
    return nom, infl, house, pc(pcf).replace("XX", rng.choice(["AB", "KL", "RT"])), rng.choice(towns)


def addr_full(lg):
    nom, infl, house, code, town = street_parts(lg)
    if lg == "hu":
        return "%s %s, %s %s" % (code, town, nom, house) if rng.random() < .5 else \
            "%s, %s %s" % (town, nom, house)
    if lg in ("fr", "en"):
        return "%s %s, %s %s" % (house.split(",")[0], nom, code, town) if lg == "fr" else \
            "%s %s, %s %s" % (house, nom, town, code)
    if lg == "tr":
        return "%s %s, %s %s" % (nom, house if house.startswith("No") else "No: " + house, code, town)
    if lg == "ro":
        return "%s %s, %s %s" % (nom, house if house.startswith("nr") else "nr. " + house, code, town)
    if lg == "el":
        return "%s %s, %s %s" % (nom, house, code, town)
    return "%s %s, %s %s" % (nom, house, code, town)


def addr_infl(lg):
    if lg in ("fr", "en", "es", "pt", "it"):
        return addr_full(lg)
    nom, infl, house, code, town = street_parts(lg)
    if lg == "hu":
        return "%s %s." % (nom, num())
    if lg == "tr":
        return "%s No: %s" % (nom, num())
    if lg == "ro":
        return "%s nr. %s" % (infl, num())
    if lg == "cs":
        return "%s č. %s" % (infl, num())
    return "%s %s" % (infl, num())


def street_bare(lg):
    """A street named without a house number (a place, NEG_STREET), in its inflected form."""
    nom, infl, _, _, _ = street_parts(lg)
    return infl


# Months as a date writes them where the gen_common table has no such language.
MONTHS_X = {
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    "et": "jaanuaril veebruaril märtsil aprillil mail juunil juulil augustil septembril oktoobril "
          "novembril detsembril",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio "
          "gruodžio",
    "lv": "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī",
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga "
          "prosinca",
    "sl": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra "
          "decembra",
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    "elg": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου "
           "Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
}
MONTHS_X = {k: v.split() for k, v in MONTHS_X.items()}


def hu_day(d):
    return "%d-%s" % (d, {1: "jén", 2: "án", 3: "án", 4: "én", 5: "én", 6: "án", 7: "én", 8: "án",
                          9: "én", 10: "én", 20: "án", 30: "án"}.get(d if d <= 10 or d % 10 == 0 else d % 10, "én"))


def date_words(lg, y, m, d, latin=False):
    """A date as the language writes it in running text (the gold span of a birth or a
    NEG_DATE)."""
    from gen_common import MONTH_WORDS
    if lg == "hu":
        return rng.choice(["%d. %s %s" % (y, MONTH_WORDS["hu"][m - 1], hu_day(d)),
                           "%d.%02d.%02d." % (y, m, d)])
    if lg == "el":
        mw = MONTH_WORDS["el"][m - 1] if latin else MONTHS_X["elg"][m - 1]
        return rng.choice(["%d %s %d" % (d, mw, y), "%d/%d/%d" % (d, m, y)])
    if lg == "lt":
        return rng.choice(["%d m. %s %d d." % (y, MONTHS_X["lt"][m - 1], d), "%d-%02d-%02d" % (y, m, d)])
    if lg == "lv":
        return rng.choice(["%d. gada %d. %s" % (y, d, MONTHS_X["lv"][m - 1]), "%02d.%02d.%d." % (d, m, y)])
    if lg in ("cs", "sk"):
        mw = MONTH_WORDS["cs"][m - 1] if lg == "cs" else MONTHS_X["sk"][m - 1]
        return rng.choice(["%d. %s %d" % (d, mw, y), "%d. %d. %d" % (d, m, y)])
    if lg in ("hr", "sl", "is", "et"):
        return rng.choice(["%d. %s %d" % (d, MONTHS_X[lg][m - 1], y) + ("." if lg == "hr" else ""),
                           "%02d.%02d.%d" % (d, m, y) + ("." if lg == "hr" else "")])
    if lg == "fi":
        return rng.choice(["%d.%d.%d" % (d, m, y), "%d. %s %d" % (d, MONTH_WORDS["fi"][m - 1], y)])
    if lg == "tr":
        return rng.choice(["%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, MONTH_WORDS["tr"][m - 1], y)])
    if lg in ("pl", "ro", "it", "pt", "fr", "nl", "sv", "no", "da"):
        mw = MONTH_WORDS[lg][m - 1]
        if lg == "pt":
            return "%d de %s de %d" % (d, mw, y)
        if lg in ("da", "no"):
            return rng.choice(["%d. %s %d" % (d, mw, y), "%02d.%02d.%d" % (d, m, y)])
        if lg == "sv":
            return rng.choice(["%d %s %d" % (d, mw, y), "%d-%02d-%02d" % (y, m, d)])
        return rng.choice(["%d %s %d" % (d, mw, y), "%02d.%02d.%d" % (d, m, y)])
    if lg == "de":
        return rng.choice(["%d. %s %d" % (d, MONTH_WORDS["de"][m - 1], y), "%02d.%02d.%d" % (d, m, y)])
    if lg == "es":
        return "%d de %s de %d" % (d, MONTH_WORDS["es"][m - 1], y)
    return rng.choice(["%d %s %d" % (d, MONTH_WORDS["en"][m - 1], y), "%s %d, %d" % (MONTH_WORDS["en"][m - 1], d, y)])


def a_birth():
    return rng.randint(1941, 2006), rng.randint(1, 12), rng.randint(1, 28)


def an_other_date():
    return rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)


PHONE_CC = {"pl": ("+48", "6## ### ###"), "cs": ("+420", "7## ### ###"), "sk": ("+421", "9## ### ###"),
            "fi": ("+358", "40 ### ####"), "et": ("+372", "5### ####"), "hu": ("+36", "30 ### ####"),
            "tr": ("+90", "53# ### ## ##"), "el": ("+30", "69# ### ####"), "lt": ("+370", "6## #####"),
            "lv": ("+371", "2### ####"), "hr": ("+385", "91 ### ####"), "sl": ("+386", "41 ### ###"),
            "ro": ("+40", "7## ### ###"), "is": ("+354", "6## ####"), "de": ("+49", "151 #### ####"),
            "nl": ("+31", "6 #### ####"), "sv": ("+46", "70 ### ## ##"), "da": ("+45", "2# ## ## ##"),
            "no": ("+47", "9## ## ###"), "es": ("+34", "6## ### ###"), "pt": ("+351", "91# ### ###"),
            "fr": ("+33", "6 ## ## ## ##"), "it": ("+39", "3## ### ####"), "en": ("+44", "7### ######")}
TRUNK0 = ("fi", "hu", "tr", "hr", "sl", "ro", "de", "nl", "sv", "fr", "en")


MAIL_DOM = {"pl": "wp.pl o2.pl", "cs": "seznam.cz email.cz", "sk": "azet.sk", "fi": "kolumbus.fi",
            "et": "mail.ee", "hu": "freemail.hu citromail.hu", "tr": "hotmail.com.tr", "el": "otenet.gr",
            "lt": "one.lt", "lv": "inbox.lv", "hr": "net.hr", "sl": "siol.net", "ro": "yahoo.ro",
            "is": "simnet.is", "de": "web.de gmx.de", "nl": "ziggo.nl", "sv": "telia.com", "da": "mail.dk",
            "no": "online.no", "es": "telefonica.net", "pt": "sapo.pt", "fr": "orange.fr",
            "it": "libero.it", "en": "btinternet.com"}


def phone(lg):
    cc, f = PHONE_CC.get(lg, PHONE_CC["en"])
    body = "".join(str(rng.randint(0, 9)) if c == "#" else c for c in f)
    if rng.random() < .5:
        return cc + " " + body
    return ("06 " if lg == "hu" else "0" if lg in TRUNK0 else "") + body


def email(p, lg):
    g, s = fold(el_latin(p.given)).lower().replace(" ", ""), fold(el_latin(p.surname)).lower().replace(" ", "")
    dom = rng.choice(MAIL_DOM.get(lg, "mail.com").split())
    return rng.choice(["%s.%s@%s" % (g, s, dom), "%s%s@%s" % (g[0], s, dom),
                       "%s_%s%d@%s" % (s, g, rng.randint(1, 99), dom)])


# ---- look-alikes and templates by language -------------------------------------------------------
# NEG[lg][KEY] = label and the forms (each as it stands in the sentence the templates put it in).
NEG = {
    "pl": {"TOWN": ("NEG_PLACE", "Krakowie|Gdańsku|Poznaniu|Lublinie|Toruniu|Rzeszowie"),
           "TOWNG": ("NEG_PLACE", "Krakowa|Gdańska|Poznania|Lublina|Torunia|Zakopanego"),
           "DAY": ("NEG_WEEKDAY", "piątku|środy|poniedziałku|soboty|czwartku"),
           "HOL": ("NEG_HOLIDAY", "Wielkanocy|Bożego Narodzenia|Wszystkich Świętych|majówki"),
           "MON": ("NEG_MONTH", "maja|czerwca|listopada|lutego|września"),
           "SAINT": ("NEG_SAINT", "św. Anny|św. Floriana|Najświętszej Marii Panny|św. Wojciecha|św. Józefa"),
           "HIST": ("NEG_FAMOUS", "Mikołaju Koperniku|Marii Skłodowskiej-Curie|Janie Matejce|Fryderyku Chopinie"),
           "WORD": ("NEG_WORD", "Polskiego Czerwonego Krzyża|Wielkiej Orkiestry Świątecznej Pomocy|Banku Żywności|Polskiej Akcji Humanitarnej"),
           "FIRM": ("NEG_ORG", "{S} i Synowie sp. z o.o.|Zakład Stolarski {S}|Piekarnia u {SG}|{S} Transport s.c."),
           "ID": ("NEG_ID", "I C 1{d}/24|KR1P/000{d}/7|SM/{d}/2025|nr 4{d}/W/2024")},
    "cs": {"TOWN": ("NEG_PLACE", "Brně|Olomouci|Plzni|Liberci|Jihlavě"),
           "TOWNG": ("NEG_PLACE", "Prahy|Brna|Olomouce|Plzně|Kolína"),
           "DAY": ("NEG_WEEKDAY", "pátku|středy|pondělí|soboty|čtvrtka"),
           "HOL": ("NEG_HOLIDAY", "Velikonocích|Vánocích|svátku práce|Dušičkách"),
           "MON": ("NEG_MONTH", "května|června|listopadu|února|září"),
           "SAINT": ("NEG_SAINT", "sv. Víta|sv. Jakuba|sv. Ludmily|Panny Marie Sněžné"),
           "HIST": ("NEG_FAMOUS", "Karlu IV.|Janu Husovi|Boženě Němcové|Tomáši Garrigue Masarykovi"),
           "WORD": ("NEG_WORD", "Nové Hutě|Horní Lhoty|Staré Boleslavi|Bílé Hory"),
           "FIRM": ("NEG_ORG", "{S} a syn s.r.o.|Truhlářství {S}|Pekařství {S}|Stavby {S} a.s."),
           "ID": ("NEG_ID", "č. j. 1{d}/2024|sp. zn. 12 C {d}/2025|SVJ-{d}/25|ev. č. 7{d}")},
    "sk": {"TOWN": ("NEG_PLACE", "Bratislave|Košiciach|Žiline|Nitre|Trnave"),
           "TOWNG": ("NEG_PLACE", "Bratislavy|Košíc|Žiliny|Nitry|Popradu"),
           "DAY": ("NEG_WEEKDAY", "piatku|stredy|pondelka|soboty|štvrtka"),
           "HOL": ("NEG_HOLIDAY", "Veľkej noci|Vianociach|Dušičkách"),
           "MON": ("NEG_MONTH", "mája|júna|novembra|februára|septembra"),
           "SAINT": ("NEG_SAINT", "sv. Martina|sv. Alžbety|sv. Cyrila a Metoda|Panny Márie"),
           "HIST": ("NEG_FAMOUS", "Ľudovítovi Štúrovi|Milanovi Rastislavovi Štefánikovi|Jánošíkovi"),
           "WORD": ("NEG_WORD", "Novej Bane|Vysokých Tatier|Malej Fatry|Dolného Kubína"),
           "FIRM": ("NEG_ORG", "{S} a syn, s.r.o.|Stolárstvo {S}|Pekáreň {S}"),
           "ID": ("NEG_ID", "č. {d}/2024|sp. zn. 5C/{d}/2025|ev. č. 3{d}")},
    "fi": {"TOWN": ("NEG_PLACE", "Helsingissä|Tampereella|Turussa|Oulussa|Jyväskylässä"),
           "TOWNG": ("NEG_PLACE", "Helsingistä|Tampereelta|Turusta|Oulusta|Lahdesta"),
           "DAY": ("NEG_WEEKDAY", "maanantaina|perjantaina|keskiviikkona|lauantaina"),
           "HOL": ("NEG_HOLIDAY", "juhannuksena|joulun jälkeen|pääsiäisenä|vapunpäivänä"),
           "MON": ("NEG_MONTH", "toukokuussa|kesäkuussa|marraskuussa|helmikuussa"),
           "SAINT": ("NEG_SAINT", "Pyhän Henrikin|Pyhän Laurin|Pyhän Marian"),
           "HIST": ("NEG_FAMOUS", "Sibeliuksen|Mannerheimin|Aleksis Kiven|Runebergin"),
           "WORD": ("NEG_WORD", "Virta oli voimakas|Koski kuohui|Mäki oli jyrkkä|Salo paloi"),
           "FIRM": ("NEG_ORG", "{S} Oy|Rakennus {S} Ky|Kuljetus {S} Oy|{S} & Pojat Oy"),
           "ID": ("NEG_ID", "Dnro 1{d}/2024|asia R 24/{d}|as. nro {d}-25")},
    "et": {"TOWN": ("NEG_PLACE", "Tallinnas|Tartus|Pärnus|Narvas|Viljandis"),
           "TOWNG": ("NEG_PLACE", "Tallinnast|Tartust|Pärnust|Haapsalust"),
           "DAY": ("NEG_WEEKDAY", "esmaspäeval|reedel|kolmapäeval|laupäeval"),
           "HOL": ("NEG_HOLIDAY", "jaanipäeval|jõulude ajal|lihavõtetel"),
           "MON": ("NEG_MONTH", "mais|juunis|novembris|veebruaris"),
           "SAINT": ("NEG_SAINT", "Püha Vaimu|Oleviste|Jaani"),
           "HIST": ("NEG_FAMOUS", "Lydia Koidula|Anton Hansen Tammsaare|Kristjan Jaak Petersoni"),
           "WORD": ("NEG_WORD", "Tamm kasvas|Saar oli|Mets müras|Raud roostetas"),
           "FIRM": ("NEG_ORG", "{S} OÜ|{S} ja Pojad AS|Ehitus {S} OÜ"),
           "ID": ("NEG_ID", "nr 2-24-{d}|kinnistu {d}04|toimik {d}/25")},
    "hu": {"TOWN": ("NEG_PLACE", "Budapesten|Debrecenben|Szegeden|Pécsett|Győrben"),
           "TOWNG": ("NEG_PLACE", "Budapestről|Debrecenből|Szegedről|Egerből|Sopronból"),
           "DAY": ("NEG_WEEKDAY", "hétfőn|pénteken|szerdán|szombaton|csütörtökön"),
           "HOL": ("NEG_HOLIDAY", "karácsonykor|húsvét után|pünkösdkor|mindenszentekkor"),
           "MON": ("NEG_MONTH", "májusban|júniusban|novemberben|februárban"),
           "SAINT": ("NEG_SAINT", "Szent István|Szent Erzsébet|Szent Anna|Szent Imre"),
           "HIST": ("NEG_FAMOUS", "Petőfi Sándor|Arany János|Széchenyi István|Kossuth Lajos"),
           "WORD": ("NEG_WORD", "a falu kovácsa|a szomszéd szabója|a malom molnára|a sarki varga"),
           "FIRM": ("NEG_ORG", "{S} és Társa Kft.|{S} Építő Bt.|{S} Pékség Kft."),
           "ID": ("NEG_ID", "ügyszám: {d}/2024|hrsz. 3{d}/2|iktatószám: K-{d}/25")},
    "tr": {"TOWN": ("NEG_PLACE", "İstanbul|Ankara|İzmir|Bursa|Eskişehir|Trabzon"),
           "DAY": ("NEG_WEEKDAY", "Pazartesi|Cuma|Çarşamba|Cumartesi"),
           "HOL": ("NEG_HOLIDAY", "Ramazan Bayramı|Kurban Bayramı|Cumhuriyet Bayramı"),
           "MON": ("NEG_MONTH", "Mayıs|Haziran|Kasım|Şubat"),
           "SAINT": ("NEG_SAINT", "Aya Sofya|Aya İrini|Hacı Bayram Veli"),
           "HIST": ("NEG_FAMOUS", "Atatürk|Mimar Sinan|Yunus Emre|Nazım Hikmet"),
           "WORD": ("NEG_WORD", "Demir kapı|Çelik kapı|Yıldız Parkı|Kaya mezarları"),
           "FIRM": ("NEG_ORG", "{S} Kardeşler A.Ş.|{S} İnşaat Ltd. Şti.|{S} Nakliyat"),
           "ID": ("NEG_ID", "dosya no: 2024/{d}|esas no: 2025/{d}|ada {d} parsel 7")},
    "el": {"TOWN": ("NEG_PLACE", "Αθήνα|Θεσσαλονίκη|Πάτρα|Λάρισα|Καβάλα"),
           "TOWNG": ("NEG_PLACE", "Αθήνας|Θεσσαλονίκης|Πάτρας|Λάρισας|Καβάλας"),
           "DAY": ("NEG_WEEKDAY", "Δευτέρα|Παρασκευή|Τετάρτη|Σάββατο"),
           "HOL": ("NEG_HOLIDAY", "Πάσχα|Χριστούγεννα|Δεκαπενταύγουστο"),
           "MON": ("NEG_MONTH", "Μαΐου|Ιουνίου|Νοεμβρίου|Φεβρουαρίου"),
           "SAINT": ("NEG_SAINT", "Αγίου Δημητρίου|Αγίας Σοφίας|Αγίου Νικολάου|Αγίου Γεωργίου"),
           "HIST": ("NEG_FAMOUS", "Καποδίστρια|Καζαντζάκη|Βενιζέλου|Σεφέρη"),
           "WORD": ("NEG_WORD", "Νέα Σμύρνη|Άνω Πόλη|Νέα Ιωνία|Κάτω Πατήσια"),
           "FIRM": ("NEG_ORG", "{S} Α.Ε.|Αφοί {S} Ο.Ε.|Φούρνος {S}"),
           "ID": ("NEG_ID", "αρ. πρωτ. {d}/2024|ΑΦΜ-φάκελος {d}|υπόθεση {d}/25")},
    "lt": {"TOWN": ("NEG_PLACE", "Vilniuje|Kaune|Klaipėdoje|Šiauliuose|Panevėžyje"),
           "TOWNG": ("NEG_PLACE", "Vilniaus|Kauno|Klaipėdos|Alytaus"),
           "DAY": ("NEG_WEEKDAY", "pirmadienį|penktadienį|trečiadienį|šeštadienį"),
           "HOL": ("NEG_HOLIDAY", "Velykų|Kalėdų|Joninių|Vėlinių"),
           "MON": ("NEG_MONTH", "gegužės|birželio|lapkričio|vasario"),
           "SAINT": ("NEG_SAINT", "šv. Jono|šv. Onos|šv. Kazimiero|Aušros Vartų"),
           "HIST": ("NEG_FAMOUS", "Vytauto Didžiojo|Gedimino|Maironio|Čiurlionio"),
           "WORD": ("NEG_WORD", "Naujosios Vilnios|Didžiosios gatvės|Žaliojo tilto"),
           "FIRM": ("NEG_ORG", "UAB „{S} ir sūnūs“|{S} statyba, UAB|IĮ „{S}“"),
           "ID": ("NEG_ID", "byla Nr. 2-{d}/2024|unikalus Nr. 44{d}|reg. Nr. {d}-25")},
    "lv": {"TOWN": ("NEG_PLACE", "Rīgā|Liepājā|Jelgavā|Daugavpilī|Cēsīs"),
           "TOWNG": ("NEG_PLACE", "Rīgas|Liepājas|Jelgavas|Ventspils"),
           "DAY": ("NEG_WEEKDAY", "pirmdien|piektdien|trešdien|sestdien"),
           "HOL": ("NEG_HOLIDAY", "Jāņos|Ziemassvētkos|Lieldienās"),
           "MON": ("NEG_MONTH", "maijā|jūnijā|novembrī|februārī"),
           "SAINT": ("NEG_SAINT", "Svētā Jēkaba|Svētā Pētera|Svētās Ģertrūdes"),
           "HIST": ("NEG_FAMOUS", "Raiņa|Kr. Barona|Aspazijas|Blaumaņa"),
           "WORD": ("NEG_WORD", "Bērziņš auga|Ozols lapoja|Liepa ziedēja|Kalniņš"),
           "FIRM": ("NEG_ORG", "SIA „{S} un dēli“|{S} būve, SIA|ZS „{S}“"),
           "ID": ("NEG_ID", "lieta Nr. C{d}-24|kadastra Nr. 0100{d}|reģ. Nr. {d}")},
    "hr": {"TOWN": ("NEG_PLACE", "Zagrebu|Splitu|Rijeci|Osijeku|Zadru"),
           "TOWNG": ("NEG_PLACE", "Zagreba|Splita|Rijeke|Osijeka|Pule"),
           "DAY": ("NEG_WEEKDAY", "ponedjeljak|petak|srijedu|subotu"),
           "HOL": ("NEG_HOLIDAY", "Uskrsa|Božića|Tijelova|Velike Gospe"),
           "MON": ("NEG_MONTH", "svibnja|lipnja|studenoga|veljače"),
           "SAINT": ("NEG_SAINT", "sv. Marka|sv. Duje|sv. Vida|Majke Božje Bistričke"),
           "HIST": ("NEG_FAMOUS", "Nikoli Tesli|Marku Maruliću|Ivanu Gunduliću"),
           "WORD": ("NEG_WORD", "Nove Gradiške|Velike Gorice|Crvenog križa|Bijelog Manastira"),
           "FIRM": ("NEG_ORG", "{S} i sinovi d.o.o.|Obrt {S}|Pekara {S}"),
           "ID": ("NEG_ID", "posl. br. P-{d}/2024|KLASA: 3{d}-01/25|z.k.ul. {d}")},
    "sl": {"TOWN": ("NEG_PLACE", "Ljubljani|Mariboru|Celju|Kopru|Kranju"),
           "TOWNG": ("NEG_PLACE", "Ljubljane|Maribora|Celja|Kopra|Ptuja"),
           "DAY": ("NEG_WEEKDAY", "ponedeljek|petek|sredo|soboto"),
           "HOL": ("NEG_HOLIDAY", "veliki noči|božiču|kresni noči"),
           "MON": ("NEG_MONTH", "maja|junija|novembra|februarja"),
           "SAINT": ("NEG_SAINT", "sv. Nikolaja|sv. Jakoba|Marijinega vnebovzetja"),
           "HIST": ("NEG_FAMOUS", "Francetu Prešernu|Ivanu Cankarju|Primožu Trubarju"),
           "WORD": ("NEG_WORD", "Novega mesta|Velikih Lašč|Zlatorogovega piva"),
           "FIRM": ("NEG_ORG", "{S} in sinovi d.o.o.|Mizarstvo {S} s.p.|Pekarna {S}"),
           "ID": ("NEG_ID", "opr. št. I P {d}/2024|parc. št. 1{d}/3|zadeva {d}/25")},
    "ro": {"TOWN": ("NEG_PLACE", "Cluj-Napoca|Iași|Timișoara|Brașov|Sibiu"),
           "TOWNG": ("NEG_PLACE", "Clujului|Iașului|Timișoarei|Brașovului|Sibiului"),
           "DAY": ("NEG_WEEKDAY", "luni|vineri|miercuri|sâmbătă"),
           "HOL": ("NEG_HOLIDAY", "Paște|Crăciun|Sânziene|Rusalii"),
           "MON": ("NEG_MONTH", "mai|iunie|noiembrie|februarie"),
           "SAINT": ("NEG_SAINT", "Sfântul Nicolae|Sfânta Parascheva|Sfinții Împărați"),
           "HIST": ("NEG_FAMOUS", "Eminescu|Brâncuși|Enescu|Ștefan cel Mare"),
           "WORD": ("NEG_WORD", "Popa satului|Munteanul|Ardeleanul"),
           "FIRM": ("NEG_ORG", "{S} & Fiii SRL|Brutăria {S}|Construcții {S} SA"),
           "ID": ("NEG_ID", "dosar nr. {d}/211/2024|nr. cadastral 3{d}|nr. înreg. {d}")},
    "is": {"TOWN": ("NEG_PLACE", "Reykjavík|Akureyri|Kópavogi|Hafnarfirði|Ísafirði"),
           "TOWNG": ("NEG_PLACE", "Reykjavíkur|Akureyrar|Kópavogs|Selfoss"),
           "DAY": ("NEG_WEEKDAY", "mánudaginn|föstudaginn|miðvikudaginn|laugardaginn"),
           "HOL": ("NEG_HOLIDAY", "jólin|páska|þorrablót|sumardaginn fyrsta"),
           "MON": ("NEG_MONTH", "maí|júní|nóvember|febrúar"),
           "SAINT": ("NEG_SAINT", "Hallgrímskirkju|Dómkirkjunnar|Skálholtskirkju"),
           "HIST": ("NEG_FAMOUS", "Snorra Sturlusonar|Jóns Sigurðssonar|Halldórs Laxness"),
           "WORD": ("NEG_WORD", "Bláa lónið|Gullfoss|Þingvellir"),
           "FIRM": ("NEG_ORG", "{S} ehf.|{S} og synir hf.|Bakarí {S}"),
           "ID": ("NEG_ID", "mál nr. E-{d}/2024|fastanr. 20{d}|kt. fyrirtækis {d}")},
    "de": {"TOWN": ("NEG_PLACE", "München|Leipzig|Kassel|Freiburg|Rosenheim"),
           "DAY": ("NEG_WEEKDAY", "Montag|Freitag|Mittwoch|Samstag"),
           "HOL": ("NEG_HOLIDAY", "Ostern|Pfingsten|Fronleichnam|Weihnachten"),
           "MON": ("NEG_MONTH", "Mai|Juni|November|Februar"),
           "SAINT": ("NEG_SAINT", "St. Marien|St. Georg|St. Martin|St. Anna"),
           "HIST": ("NEG_FAMOUS", "Goethes|Schillers|Bismarcks|Dürers"),
           "WORD": ("NEG_WORD", "Müllers Erben|Bäckers Laden|Schneiders Werkstatt|Meisters Hand"),
           "FIRM": ("NEG_ORG", "{S} & Söhne GmbH|Bäckerei {S}|{S} Bau KG|Autohaus {S}"),
           "ID": ("NEG_ID", "Az. 3 C {d}/24|Flurstück {d}/2|Vorgang {d}-25")},
    "nl": {"TOWN": ("NEG_PLACE", "Utrecht|Gent|Zwolle|Leuven|Groningen"),
           "DAY": ("NEG_WEEKDAY", "maandag|vrijdag|woensdag|zaterdag"),
           "HOL": ("NEG_HOLIDAY", "Koningsdag|Sinterklaas|Pasen|Pinksteren"),
           "MON": ("NEG_MONTH", "mei|juni|november|februari"),
           "SAINT": ("NEG_SAINT", "Sint-Baafs|Sint-Jan|Sint-Servaas|Sint-Maarten"),
           "HIST": ("NEG_FAMOUS", "Rembrandts|Vondels|Erasmus'|Van Goghs"),
           "WORD": ("NEG_WORD", "Bakkertje|Smidje|Visser aan de kade|de Molenaar"),
           "FIRM": ("NEG_ORG", "{S} & Zonen B.V.|Bakkerij {S}|Transport {S} B.V."),
           "ID": ("NEG_ID", "zaaknr. C/16/{d}|perceel {d}|dossier {d}-25")},
    "sv": {"TOWN": ("NEG_PLACE", "Uppsala|Malmö|Umeå|Västerås|Lund"),
           "DAY": ("NEG_WEEKDAY", "måndag|fredag|onsdag|lördag"),
           "HOL": ("NEG_HOLIDAY", "midsommar|jul|påsk|Lucia"),
           "MON": ("NEG_MONTH", "maj|juni|november|februari"),
           "SAINT": ("NEG_SAINT", "S:t Eriks|S:ta Clara|S:t Johannes|Sankt Petri"),
           "HIST": ("NEG_FAMOUS", "Strindbergs|Linnés|Selma Lagerlöfs|Astrid Lindgrens"),
           "WORD": ("NEG_WORD", "Bergs topp|Lindens skugga|Dalens botten"),
           "FIRM": ("NEG_ORG", "{S}s Bygg AB|{S} & Söner AB|Bageri {S}"),
           "ID": ("NEG_ID", "mål nr T {d}-24|fastighet Linden {d}:4|ärende {d}/25")},
    "da": {"TOWN": ("NEG_PLACE", "Aarhus|Odense|Roskilde|Aalborg|Vejle"),
           "DAY": ("NEG_WEEKDAY", "mandag|fredag|onsdag|lørdag"),
           "HOL": ("NEG_HOLIDAY", "jul|påske|sankthans|Store Bededag"),
           "MON": ("NEG_MONTH", "maj|juni|november|februar"),
           "SAINT": ("NEG_SAINT", "Sankt Knuds|Sankt Nikolaj|Sankt Petri"),
           "HIST": ("NEG_FAMOUS", "H.C. Andersens|Kierkegaards|Grundtvigs"),
           "WORD": ("NEG_WORD", "Skovens bund|Møllerens hus|Smedens esse"),
           "FIRM": ("NEG_ORG", "{S} & Sønner A/S|{S}s Tømrerforretning|Bager {S} ApS"),
           "ID": ("NEG_ID", "sag nr. BS-{d}/2024|matr.nr. {d}a|j.nr. {d}")},
    "no": {"TOWN": ("NEG_PLACE", "Bergen|Trondheim|Tromsø|Stavanger|Bodø"),
           "DAY": ("NEG_WEEKDAY", "mandag|fredag|onsdag|lørdag"),
           "HOL": ("NEG_HOLIDAY", "jul|påske|sankthans|17. mai"),
           "MON": ("NEG_MONTH", "mai|juni|november|februar"),
           "SAINT": ("NEG_SAINT", "Sankt Olavs|Sankt Hallvards|Mariakirken"),
           "HIST": ("NEG_FAMOUS", "Ibsens|Griegs|Munchs|Nansens"),
           "WORD": ("NEG_WORD", "Bakkens topp|Haugens skygge|Dalens bunn"),
           "FIRM": ("NEG_ORG", "{S} & Sønner AS|{S}s Rørleggerservice|Baker {S} AS"),
           "ID": ("NEG_ID", "sak nr. 24-{d}TVI|gnr. {d} bnr. 4|saksnr. {d}/25")},
}
for _lg in ("es", "pt", "fr", "it", "en"):
    NEG[_lg] = {
        "TOWN": ("NEG_PLACE", {"es": "Sevilla|Valencia|Granada|Bilbao", "pt": "Coimbra|Braga|Évora|Faro",
                               "fr": "Lyon|Nantes|Toulouse|Rennes", "it": "Bologna|Torino|Bari|Verona",
                               "en": "Leeds|York|Bristol|Norwich"}[_lg]),
        "SAINT": ("NEG_SAINT", {"es": "San Isidro|Santa Teresa|San Fermín", "pt": "Santo António|São João|Nossa Senhora de Fátima",
                                "fr": "Saint-Michel|Sainte-Anne|Saint-Jean", "it": "San Marco|Santa Lucia|San Gennaro",
                                "en": "St Mary's|St John's|St Andrew's"}[_lg]),
        "HIST": ("NEG_FAMOUS", {"es": "Cervantes|Goya|Lorca", "pt": "Camões|Pessoa|Saramago",
                                "fr": "Victor Hugo|Molière|Zola", "it": "Garibaldi|Dante|Verdi",
                                "en": "Churchill|Shakespeare|Dickens"}[_lg]),
        "DAY": ("NEG_WEEKDAY", {"es": "lunes|viernes", "pt": "segunda-feira|sexta-feira", "fr": "lundi|vendredi",
                                "it": "lunedì|venerdì", "en": "Monday|Friday"}[_lg]),
        "MON": ("NEG_MONTH", {"es": "mayo|junio", "pt": "maio|junho", "fr": "mai|juin", "it": "maggio|giugno",
                              "en": "May|June"}[_lg]),
        "FIRM": ("NEG_ORG", {"es": "Hermanos {S} S.L.|Talleres {S}", "pt": "{S} & Filhos, Lda.|Padaria {S}",
                             "fr": "{S} et Fils SARL|Boulangerie {S}", "it": "{S} & Figli S.r.l.|Panificio {S}",
                             "en": "{S} & Sons Ltd|{S} Joinery"}[_lg]),
        "ID": ("NEG_ID", "ref. {d}/2024|exp. {d}-25|n.º {d}"),
    }
for _t in NEG.values():
    for _k, (_lab, _v) in list(_t.items()):
        _t[_k] = (_lab, _v.split("|"))


# Templates. {A:case} a person's full name declined, {A.g:case} the given name, {A.s:case} the
# surname, {A.t:case} a title and the surname (title outside the span), {A.tg:case} a title and
# the given name, {A'case} / {A.g'case} / {A.t'case} a Turkish name and the suffix after its
# apostrophe (outside), {A?m|f} a word by the person's sex, {A.e} e-mail, {A.p} phone, {A.dob}
# the birth date (the template says the birth word), {ADDR} a full address, {ADDR.in} a street
# with a house number in the form the sentence asks, {STN} a street without a number, {N:KEY} a
# look-alike of the language's table, {DATE} another date.
TPL = {
    "pl": [
        ("moving", "Dzień dobry, {B.t:voc}! Wczoraj rozmawiałam z {A.t:ins} o przeprowadzce. Nowy adres "
                   "{A.s:gen} to {ADDR}, ale do {N:DAY} {A?będzie|będzie} jeszcze w {N:TOWN}. Klucze od "
                   "piwnicy zostawiłam u {C.tg:gen}; proszę je odebrać i przekazać {D:dat}. Kontakt do "
                   "{A.g:gen}: {A.e}, tel. {A.p}. Zebranie wspólnoty (sprawa {N:ID}) odbędzie się {DATE}."),
        ("house", "Spotkanie w sprawie remontu klatki przełożyliśmy po {N:HOL}. {A:nom} {A?zgłosił|zgłosiła}, "
                  "że firma {N:FIRM} nie odpisuje od {N:MON}. {B.g:nom} {B?obiecał|obiecała} zadzwonić do "
                  "{A.s:gen}, a ja napiszę do {C:gen}, {C?który|która} mieszka przy {ADDR.in}. Parkujemy przy "
                  "kościele {N:SAINT}, nie na {STN}. Zbiórka na rzecz {N:WORD} prowadzi {D.t:nom}."),
        ("tutoring", "Korepetycje: {A.g:nom} ma lekcje z {B.t:ins} we wtorki. Rodzice {A.g:gen} prosili, żeby "
                     "{B.t:nom} {B?przesłał|przesłała} zadania na adres {B.e}. Na ostatniej lekcji "
                     "mówiliśmy o {N:HIST}. Proszę też pozdrowić {C.g:acc} i podziękować {C.t:dat} za "
                     "podwiezienie {A.g:gen} z {N:TOWNG}. Mieszkanie po {D.t:loc} przy {ADDR.in} przejmuje "
                     "{E:nom} ({E?ur.|ur.} {E.dob} r.)."),
        ("carpool", "Wspólny dojazd do pracy od {N:MON}: jadę z {A:ins} i z {B.g:ins}. Odbieram {C.g:acc} spod "
                    "bloku przy {ADDR.in} o 7:10, a {D.t:acc} przy dworcu w {N:TOWN}. Za paliwo "
                    "płacimy {A:dat} do {N:DAY}. Numer do {B.g:gen}: {B.p}."),
    ],
    "cs": [
        ("moving", "Dobrý den, {B.t:voc}, včera jsem mluvila s {A.t:ins} o stěhování. Nová "
                   "adresa {A.s:gen} je {ADDR}, ale do {N:DAY} {A?bude|bude} ještě v {N:TOWN}. Klíče od sklepa "
                   "jsem nechala u {C.t:gen}; prosím předejte je {D:dat}. Kontakt na {A.g:acc}: "
                   "{A.e}, tel. {A.p}. Schůze SVJ ({N:ID}) bude {DATE}."),
        ("house", "Schůzku kvůli opravě střechy jsme přesunuli po {N:HOL}. {A:nom} {A?napsal|napsala}, že firma "
                  "{N:FIRM} neodpovídá od {N:MON}. {B.g:nom} {B?slíbil|slíbila} zavolat {A.s:dat} a já napíšu "
                  "{C:dat}, {C?který|která} bydlí v {ADDR.in}. Parkujeme u kostela {N:SAINT}, ne v {STN}. "
                  "Výlet do {N:WORD} organizuje {D.t:nom}."),
        ("tutoring", "Doučování: {A.g:nom} chodí k {B.t:dat} každé úterý. Rodiče {A.g:gen} prosili, aby "
                     "{B.t:nom} {B?poslal|poslala} úkoly na {B.e}. Minule jsme probírali referát o "
                     "{N:HIST}. Pozdravujte prosím {C.g:acc} a poděkujte {C.t:dat} za odvoz z {N:TOWNG}. "
                     "Byt po {D.t:loc} v {ADDR.in} přebírá {E:nom} ({E?nar.|nar.} {E.dob})."),
    ],
    "sk": [
        ("moving", "Dobrý deň, {B.t:nom}, včera som hovorila s {A.t:ins} o sťahovaní. Nová "
                   "adresa {A.s:gen} je {ADDR}, ale do {N:DAY} {A?bude|bude} ešte v {N:TOWN}. Kľúče som "
                   "nechala u {C.t:gen}; prosím odovzdajte ich {D:dat}. Kontakt na {A.g:acc}: {A.e}, "
                   "tel. {A.p}. Schôdza vlastníkov ({N:ID}) bude {DATE}."),
        ("house", "Stretnutie o oprave strechy sme presunuli po {N:HOL}. {A:nom} {A?napísal|napísala}, že firma "
                  "{N:FIRM} neodpovedá od {N:MON}. {B.g:nom} {B?sľúbil|sľúbila} zavolať {A.s:dat}, ja napíšem "
                  "{C:dat}, {C?ktorý|ktorá} býva na {ADDR.in}. Parkujeme pri kostole {N:SAINT}, nie na {STN}. "
                  "Výlet do {N:WORD} chystá {D.t:nom}, {D?narodený|narodená} {D.dob}."),
    ],
    "fi": [
        ("moving", "Hei! Puhuin eilen {A:gen} kanssa muutosta. {A.g:gen} uusi osoite on {ADDR}, mutta "
                   "{N:DAY} {A.g:nom} on vielä {N:TOWN}. Jätin kellarin avaimet {C:all}; ne pitää antaa "
                   "{D:all}. {A.s:gen} yhteystiedot: {A.e}, puh. {A.p}. Taloyhtiön kokous "
                   "(asia {N:ID}) pidetään {DATE}."),
        ("house", "Pihatalkoot siirrettiin {N:HOL}. {A:nom} kertoi, että {N:FIRM} ei ole vastannut "
                  "{N:MON}. {B.g:nom} lupasi soittaa {A.s:all}, ja minä kirjoitan {C:all}, joka asuu "
                  "{ADDR.in}. Autot pysäköidään {N:SAINT} kirkon luo, ei {STN}. Retken "
                  "järjestää {D:nom} (s. {D.dob}). {N:WORD}, kun kävimme rannalla."),
        ("tutoring", "Läksyapu: {A.g:nom} käy {B:gen} luona tiistaisin. {A.g:gen} vanhemmat "
                     "pyysivät, että {B.s:nom} lähettäisi tehtävät osoitteeseen {B.e}. Viimeksi puhuttiin "
                     "{N:HIST} elämästä. Terveisiä {C.g:all} ja kiitos {C.s:all} kyydistä {N:TOWNG}. "
                     "{D.s:gen} asunnon {ADDR.in} ottaa vastaan {E:nom}, syntynyt {E.dob}."),
    ],
    "et": [
        ("moving", "Tere! Rääkisin eile {A:com} kolimisest. {A.g:gen} uus aadress on {ADDR}, kuid "
                   "{N:DAY} on {A.g:nom} veel {N:TOWN}. Keldri võtmed jätsin {C:ade}; palun andke need "
                   "{D:all}. {A.s:gen} kontakt: {A.e}, tel {A.p}. Ühistu koosolek ({N:ID}) toimub {DATE}."),
        ("house", "Talgud lükati edasi {N:HOL}. {A:nom} kirjutas, et {N:FIRM} pole vastanud {N:MON}. "
                  "{B.g:nom} lubas helistada {A.s:all}, mina kirjutan {C:all}, kes elab {ADDR.in}. Autod "
                  "pargime {N:SAINT} kiriku juurde, mitte {STN}. Väljasõitu korraldab {D:nom} (sündinud "
                  "{D.dob}). {N:WORD} aia taga."),
    ],
    "hu": [
        ("moving", "Kedves {B.t:nom}! Tegnap beszéltem {A:ins} a költözésről. {A:nom} új címe: {ADDR}, de "
                   "{N:DAY} még {N:TOWN} lesz. A pince kulcsait {C.t:ade} hagytam; kérem, adja át {D:dat}. "
                   "{A.g:nom} elérhetősége: {A.e}, tel.: {A.p}. A lakógyűlés ({N:ID}) időpontja: {DATE}."),
        ("house", "A tetőjavításról szóló megbeszélést {N:HOL} tartjuk. {A:nom} írta, hogy a {N:FIRM} "
                  "{N:MON} nem válaszol. {B.g:nom} megígérte, hogy felhívja {A.s:acc}, én pedig írok "
                  "{C:dat}, aki a(z) {ADDR.in} szám alatt lakik. A {N:SAINT} templomnál parkolunk, nem a "
                  "{STN}. A kirándulást {D.t:nom} szervezi; {N:WORD} is jön."),
        ("tutoring", "Korrepetálás: {A.g:nom} keddenként {B.t:all} jár. {A.g:dat} a szülei kérték, hogy "
                     "{B.s:nom} a feladatokat a(z) {B.e} címre küldje. Legutóbb {N:HIST} verseiről volt szó. "
                     "Üdvözlöm {C.g:acc}, és köszönöm {C.t:dat} a fuvart {N:TOWNG}. {D.s:dat} a lakását "
                     "{E:nom} veszi át (született {E.dob})."),
    ],
    "tr": [
        ("moving", "Merhaba {B.t'nom}, dün {A'com} taşınma hakkında konuştum. {A.g'gen} yeni adresi {ADDR}; "
                   "ama {N:DAY} gününe kadar {N:TOWN'loc} kalacak. Bodrum anahtarlarını {C.t'dat} bıraktım, "
                   "lütfen {D'dat} verin. {A.s'gen} iletişim bilgileri: {A.e}, tel: {A.p}. Site toplantısı "
                   "({N:ID}) {DATE} tarihinde."),
        ("house", "Çatı tamiri toplantısı {N:HOL} sonrasına ertelendi. {A'nom} yazdı: {N:FIRM} {N:MON} ayından "
                  "beri cevap vermiyor. {B.g'nom}, {A.s'dat} telefon edecek, ben de {ADDR.in} adresinde oturan "
                  "{C'dat} yazacağım. Arabaları {N:SAINT} yakınına park ediyoruz, {STN} üzerine değil. Geziyi "
                  "{D.t'nom} düzenliyor; {N:WORD} da görülecek."),
        ("tutoring", "Özel ders: {A.g'nom} salı günleri {B.t'dat} gidiyor. {A.g'gen} ailesi, ödevlerin {B.e} "
                     "adresine gönderilmesini istedi. Geçen derste {N:HIST} hakkında konuşuldu. {C.g'dat} selam söyleyin; "
                     "{D'nom} ({D.dob} doğumlu) {ADDR.in} adresindeki daireyi devralıyor."),
    ],
    "el": [
        ("moving", "Καλημέρα {B.t:voc}! Χθες μίλησα με {A.t:acc} για τη μετακόμιση. Η νέα διεύθυνση "
                   "{A.t:gen} είναι {ADDR}, αλλά ως την {N:DAY} θα μείνει στην {N:TOWN}. Τα κλειδιά "
                   "τα άφησα στον/στην {C:acc}· παρακαλώ δώστε τα {D.t:gen}. Στοιχεία {A.g:gen}: "
                   "{A.e}, τηλ. {A.p}. Η γενική συνέλευση ({N:ID}) θα γίνει στις {DATE}."),
        ("house", "Η συνάντηση για την ταράτσα μετατέθηκε μετά το {N:HOL}. {A.t:nom} έγραψε ότι "
                  "η εταιρεία {N:FIRM} δεν απαντά από τις αρχές {N:MON}. {B.tg:nom} θα τηλεφωνήσει "
                  "{A.t:gen}, κι εγώ θα γράψω {C.tf:gen}, που μένει στην οδό {ADDR.in}. Παρκάρουμε "
                  "στον ναό {N:SAINT}, όχι στην οδό {STN}. Την εκδρομή οργανώνει {D.tf:nom}, "
                  "{D?γεννημένος|γεννημένη} στις {D.dob}."),
    ],
    "lt": [
        ("moving", "Laba diena, {B.t:nom}! Vakar kalbėjau su {A:ins} apie persikraustymą. Naujas "
                   "{A.s:gen} adresas – {ADDR}, bet {N:DAY} {A.g:nom} dar bus {N:TOWN}. Rūsio raktus "
                   "palikau pas {C.t:acc}; prašau perduoti juos {D:dat}. {A.g:gen} kontaktai: "
                   "{A.e}, tel. {A.p}. Bendrijos susirinkimas ({N:ID}) vyks {DATE}."),
        ("house", "Stogo remonto susitikimas atidėtas po {N:HOL}. {A:nom} parašė, kad {N:FIRM} neatsako nuo "
                  "{N:MON}. {B.g:nom} pažadėjo paskambinti {A.s:dat}, o aš parašysiu {C:dat}, "
                  "{C?gyvenančiam|gyvenančiai} {ADDR.in}. Statome automobilius prie {N:SAINT} bažnyčios, ne "
                  "{STN}. Išvyką organizuoja {D.t:nom}, {D?gimęs|gimusi} {D.dob}. Kalbėsime apie "
                  "{N:HIST} laikus."),
    ],
    "lv": [
        ("moving", "Labdien, {B.t:nom}! Vakar runāju ar {A:acc} par pārvākšanos. {A.s:gen} jaunā adrese ir "
                   "{ADDR}, bet {N:DAY} {A.g:nom} vēl būs {N:TOWN}. Pagraba atslēgas atstāju pie "
                   "{C:gen}; lūdzu, nododiet tās {D:dat}. {A.g:gen} kontakti: {A.e}, tālr. {A.p}. Biedrības "
                   "sapulce ({N:ID}) notiks {DATE}."),
        ("house", "Jumta remonta sapulce notiks {N:HOL}. {A:nom} rakstīja, ka {N:FIRM} "
                  "{N:MON} neatbildēja. {B.g:nom} apsolīja piezvanīt {A.s:dat}, un es rakstīšu {C:dat}, kas dzīvo "
                  "{ADDR.in}. Novietojam auto pie {N:SAINT} baznīcas, nevis {STN}. Ekskursiju rīko "
                  "{D.t:nom}, {D?dzimis|dzimusi} {D.dob}. Runāsim par {N:HIST} dzeju."),
    ],
    "hr": [
        ("moving", "Dobar dan, {B.t:voc}, jučer sam razgovarala s {A.t:ins} o selidbi. Nova "
                   "adresa {A.s:gen} je {ADDR}, ali u {N:DAY} {A?će|će} još biti u {N:TOWN}. Ključeve sam "
                   "ostavila kod {C:gen}; molim predajte ih {D:dat}. Kontakt {A.g:gen}: {A.e}, tel. {A.p}. "
                   "Sastanak suvlasnika ({N:ID}) je {DATE}."),
        ("house", "Sastanak o popravku krova pomaknut je nakon {N:HOL}. {A:nom} {A?javio|javila} je da {N:FIRM} "
                  "ne odgovara od {N:MON}. {B.g:nom} će nazvati {A.s:acc}, a ja ću pisati {C:dat}, "
                  "{C?koji|koja} živi u {ADDR.in}. Parkiramo kod crkve {N:SAINT}, ne u {STN}. Izlet "
                  "organizira {D.t:nom}, {D?rođen|rođena} {D.dob}. Razgovarat ćemo o {N:HIST}."),
    ],
    "sl": [
        ("moving", "Spoštovani {B.t:nom}, včeraj sem govorila z {A:ins} o selitvi. Nov "
                   "naslov {A.s:gen} je {ADDR}, v {N:DAY} pa bo še v {N:TOWN}. Ključe sem pustila pri "
                   "{C:loc}; prosim, izročite jih {D:dat}. Kontakt {A.g:gen}: {A.e}, tel. {A.p}. Zbor "
                   "etažnih lastnikov ({N:ID}) bo {DATE}."),
        ("house", "Sestanek o popravilu strehe smo prestavili po {N:HOL}. {A:nom} je {A?sporočil|sporočila}, da "
                  "{N:FIRM} ne odgovarja od {N:MON}. {B.g:nom} bo poklical{B?|a} {A.s:acc}, jaz pa bom pisala "
                  "{C:dat}, ki živi na {ADDR.in}. Parkiramo pri cerkvi {N:SAINT}, ne na {STN}. Izlet "
                  "organizira {D.t:nom}, {D?rojen|rojena} {D.dob}. Govorili bomo o {N:HIST}."),
    ],
    "ro": [
        ("moving", "Bună ziua, {B.t:nom}! Ieri am vorbit cu {A:nom} despre mutare. Noua adresă a "
                   "{A:gen} este {ADDR}, dar până {N:DAY} va mai sta în {N:TOWN}. Cheile de la pivniță le-am "
                   "lăsat la {C:nom}; vă rog să le dați {D:gen}. Contactul {A:gen}: {A.e}, tel. {A.p}. "
                   "Adunarea asociației ({N:ID}) va avea loc pe {DATE}."),
        ("house", "Ședința despre acoperiș s-a amânat după {N:HOL}. {A:nom} a scris că {N:FIRM} nu răspunde din "
                  "{N:MON}. {B.g:nom} o să vorbească cu {A.s:nom}, iar eu îi scriu {C:gen}, care locuiește pe "
                  "{ADDR.in}. Parcăm lângă biserica {N:SAINT}, nu pe {STN}. Excursia o organizează "
                  "{D.t:nom}, {D?născut|născută} la {D.dob}. Vom vorbi despre {N:HIST}."),
    ],
    "is": [
        ("moving", "Góðan dag! Ég talaði við {A:acc} í gær um flutningana. Nýja heimilisfangið hjá {A.g:dat} "
                   "er {ADDR}, en fram á {N:DAY} verður {A?hann|hún} enn í {N:TOWN}. Ég skildi lyklana eftir "
                   "hjá {C:dat}; vinsamlegast afhentu þá {D:dat}. Netfang {A:gen}: {A.e}, sími {A.p}. "
                   "Húsfundur ({N:ID}) verður {DATE}."),
        ("house", "Fundinum um þakviðgerðina var frestað fram yfir {N:HOL}. {A:nom} skrifaði að {N:FIRM} hefði "
                  "ekki svarað síðan í {N:MON}. {B.g:nom} ætlar að hringja í {A.g:acc}, og ég skrifa {C:dat}, "
                  "sem býr á {ADDR.in}. Við leggjum við {N:SAINT}, ekki á {STN}. {D:nom}, "
                  "{D?fæddur|fædd} {D.dob}, skipuleggur ferðina; við lesum um ævi {N:HIST}."),
    ],
    "de": [
        ("moving", "Hallo zusammen, ich hab gestern mit {A.t:dat} wegen dem Umzug geredet. "
                   "{A.g:gen} neue Adresse ist {ADDR}, bis {N:DAY} ist {A?er|sie} aber noch in {N:TOWN}. "
                   "Den Kellerschlüssel hab ich bei {C.s:gen} gelassen (bei {C.g:nom} und Familie), bitte "
                   "gebt ihn d'{D.g:nom} weiter. {A.g:gen} Nummer: {A.p}, Mail {A.e}. Eigentümerversammlung "
                   "({N:ID}) am {DATE}."),
        ("house", "Die Hofputzete ist nach {N:HOL} verschoben. {A:nom} schreibt, dass {N:FIRM} seit {N:MON} "
                  "nicht antwortet. Der {B.g:nom} ruft beim {A.s:dat} an, und ich schreib der "
                  "{C:nom}, die in der {ADDR.in} wohnt. Parken bitte bei {N:SAINT}, nicht in der "
                  "{STN}. Den Ausflug organisiert {D.t:nom} (geb. {D.dob}); wir lesen "
                  "{N:HIST} Briefe. Im Gasthof heißt es {N:WORD}."),
    ],
    "nl": [
        ("moving", "Hoi allemaal, gisteren sprak ik {A:nom} over de verhuizing. {A.g:gen} nieuwe adres is "
                   "{ADDR}, maar tot {N:DAY} zit {A?hij|ze} nog in {N:TOWN}. De sleutel ligt bij {C.g:nom} "
                   "en {C.g:dim} van {C.s:nom}; geef hem aan {D:nom}. {A.g:gen} nummer: {A.p}, mail "
                   "{A.e}. De VvE-vergadering ({N:ID}) is op {DATE}."),
        ("house", "De klusdag is verschoven naar na {N:HOL}. {A:nom} schrijft dat {N:FIRM} sinds {N:MON} niet "
                  "reageert. {B.g:dim} belt {A.t:nom}, en ik mail {C:nom}, die aan de {ADDR.in} "
                  "woont. Parkeren bij de {N:SAINT}, niet in de {STN}. Het uitje regelt {D.t:nom} "
                  "(geboren op {D.dob}); we bekijken {N:HIST} werk. In de kantine: {N:WORD}."),
    ],
    "sv": [
        ("moving", "Hej! Jag pratade med {A:nom} igår om flytten. {A.g:gen} nya adress är {ADDR}, men till "
                   "{N:DAY} är {A?han|hon} kvar i {N:TOWN}. Nyckeln ligger hos {C.s:gen}, lämna den till "
                   "{D:nom}. {A.s:gen} nummer: {A.p}, mejl {A.e}. Föreningsstämman ({N:ID}) hålls {DATE}."),
        ("house", "Städdagen flyttas till efter {N:HOL}. {A:nom} skriver att {N:FIRM} inte svarat sedan {N:MON}. "
                  "{B.g:nom} ringer {A.s:nom}, och jag mejlar {C:nom} som bor på {ADDR.in}. Parkering vid "
                  "{N:SAINT} kyrka, inte på {STN}. Utflykten ordnar {D:nom}, född {D.dob}; vi läser "
                  "{N:HIST} brev. {N:WORD}."),
    ],
    "da": [
        ("moving", "Hej! Jeg talte med {A:nom} i går om flytningen. {A.g:gen} nye adresse er {ADDR}, men til "
                   "{N:DAY} er {A?han|hun} stadig i {N:TOWN}. Nøglen ligger hos {C.s:gen}; giv den til "
                   "{D:nom}. {A.s:gen} nummer: {A.p}, mail {A.e}. Generalforsamlingen ({N:ID}) er {DATE}."),
        ("house", "Arbejdsdagen er flyttet til efter {N:HOL}. {A:nom} skriver, at {N:FIRM} ikke har svaret "
                  "siden {N:MON}. {B.g:nom} ringer til {A.s:nom}, og jeg skriver til {C:nom}, der bor på "
                  "{ADDR.in}. Parkering ved {N:SAINT} kirke, ikke på {STN}. Udflugten arrangeres af {D:nom}, "
                  "født {D.dob}; vi læser {N:HIST} eventyr. {N:WORD}."),
    ],
    "no": [
        ("moving", "Hei! Jeg snakket med {A:nom} i går om flyttingen. {A.g:gen} nye adresse er {ADDR}, men "
                   "til {N:DAY} er {A?han|hun} fortsatt i {N:TOWN}. Nøkkelen ligger hos {C.s:gen}; gi den "
                   "til {D:nom}. {A.s:gen} nummer: {A.p}, e-post {A.e}. Årsmøtet ({N:ID}) er {DATE}."),
        ("house", "Dugnaden er flyttet til etter {N:HOL}. {A:nom} skriver at {N:FIRM} ikke har svart siden "
                  "{N:MON}. {B.g:nom} ringer {A.s:nom}, og jeg skriver til {C:nom}, som bor i {ADDR.in}. "
                  "Parkering ved {N:SAINT}, ikke i {STN}. Turen ordner {D:nom}, født {D.dob}; vi leser "
                  "{N:HIST} skuespill. {N:WORD}."),
    ],
    "es": [
        ("moving", "Hola a todos: ayer hablé con {A:nom} sobre la mudanza. La nueva dirección de {A.g:nom} es "
                   "{ADDR}, pero hasta el {N:DAY} seguirá en {N:TOWN}. Las llaves las dejé en casa de {C:nom}; "
                   "dádselas {D?al señor|a la señora} {D.s:nom}. Contacto de {A.s:nom}: {A.e}, tel. {A.p}. La junta "
                   "({N:ID}) será el {DATE}. Aparcad junto a {N:SAINT}; leeremos a {N:HIST}."),
    ],
    "pt": [
        ("moving", "Olá a todos: ontem falei com {A:nom} sobre a mudança. A nova morada d{A?o|a} {A.g:nom} é "
                   "{ADDR}, mas até {N:DAY} fica em {N:TOWN}. Deixei as chaves em casa d{C?o|a} {C:nom}; "
                   "entreguem-nas {D?ao senhor|à senhora} {D.s:nom}. Contacto: {A.e}, tel. {A.p}. A reunião "
                   "({N:ID}) é a {DATE}. Estacionem perto de {N:SAINT}; vamos ler {N:HIST}."),
    ],
    "fr": [
        ("moving", "Bonjour à tous, hier j'ai parlé avec {A:nom} du déménagement. La nouvelle adresse de "
                   "{A.g:nom} est {ADDR}, mais jusqu'à {N:DAY} {A?il|elle} reste à {N:TOWN}. J'ai laissé "
                   "les clés chez {C:nom} ; merci de les donner à {D.t:nom}. Contact : {A.e}, "
                   "tél. {A.p}. L'assemblée ({N:ID}) aura lieu le {DATE}. On se gare près de {N:SAINT}."),
    ],
    "it": [
        ("moving", "Ciao a tutti, ieri ho parlato con {A:nom} del trasloco. Il nuovo indirizzo di {A.g:nom} "
                   "è {ADDR}, ma fino a {N:DAY} resta a {N:TOWN}. Le chiavi le ho lasciate da {C:nom}; "
                   "datele {D?al signor|alla signora} {D.s:nom}. Contatto: {A.e}, tel. {A.p}. L'assemblea ({N:ID}) è il "
                   "{DATE}. Parcheggiate vicino a {N:SAINT}; leggeremo {N:HIST}."),
    ],
    "en": [
        ("moving", "Hi all, I spoke to {A:nom} yesterday about the move. {A.g:nom}'s new address is {ADDR}, "
                   "but until {N:DAY} {A?he|she} is still in {N:TOWN}. I left the keys with {C:nom}; please "
                   "pass them to {D.t:nom}. Contact: {A.e}, tel. {A.p}. The residents' meeting "
                   "({N:ID}) is on {DATE}. Park near {N:SAINT}; the talk is about {N:HIST}."),
    ],
}


# ---- writing a document --------------------------------------------------------------------------
def nl_dim(w):
    if w[-1] in "m":
        return w + "pje"
    if w[-1] in "tkpsfg":
        return w + "je"
    if w[-1].lower() in VOW:
        return w + "tje"
    return w + "tje"


class Doc(P):
    """A piece written left to right in one language; fill() writes a template's slots. It
    counts the mention forms it writes (metadata.shapes)."""

    def __init__(self, lg, people, latin=False):
        super().__init__()
        self.lg, self.people, self.latin = lg, people, latin
        self.shapes = set()

    def per(self, v):
        if self.latin:
            v = el_latin(v)
        return self.s("PERSON", v)

    def neg(self, label, v):
        return self.s(label, el_latin(v) if self.latin else v)

    def plain(self, v):
        return self.t(el_latin(v) if self.latin else v)

    def name_form(self, p, part, case):
        lg = self.lg
        if part == "g":
            w = p.g(case, lg) if case != "gen" or lg not in GMC else p.given
        elif part == "s":
            w = p.s(case, lg) if case != "gen" or lg not in GMC else p.surname
        else:
            w = p.full(case, lg) if case != "gen" or lg not in GMC else p.full("nom", lg)
        return w

    def slot_person(self, p, part, case, tr_case):
        lg = self.lg
        self.shapes.add("%s:%s" % (part or "full", tr_case or case))
        if tr_case is not None:  # Turkish: the name, then the suffix after an apostrophe
            if part == "t":
                t = "Bey" if p.sex == "m" else "Hanım"
                self.per(p.given).t(" " + t + tr_suffix(t, tr_case))
                return
            w = {"g": p.given, "s": p.surname}.get(part, p.given + " " + p.surname)
            self.per(w).t(tr_suffix(w, tr_case))
            return
        if part in ("t", "tg", "tf"):
            before, after = title(lg, p.sex, case, self.latin)
            if lg == "lv":
                self.per(p.s("gen", lg)).t(" " + after)
                return
            if lg == "hu":
                self.per(p.surname if part == "t" else p.full("nom", lg) if part == "tf"
                         else p.given).t(" " + after)
                return
            w = {"t": p.s(case, lg), "tg": p.g(case, lg), "tf": p.full(case, lg)}[part]
            self.plain(before + " ")
            self.per(w)
            return
        if part == "dim":
            self.per(nl_dim(p.given))
            return
        if lg == "ro" and case == "gen":
            if p.sex == "m" or part == "s":
                self.t("lui ")
                self.per({"g": p.given, "s": p.surname}.get(part, p.given + " " + p.surname))
                return
        w = self.name_form(p, part, case)
        if lg in GMC and case == "gen":
            w, after = gmc_gen(w, lg)
            self.per(w).t(after)
            return
        self.per(w)

    def slot(self, key):
        lg = self.lg
        if "?" in key:
            who, alts = key.split("?")
            m, f_ = alts.split("|")
            return self.plain(m if self.people[who].sex == "m" else f_)
        if key.startswith("N:"):
            k = key[2:]
            suf = None
            if "'" in k:
                k, suf = k.split("'")
            lab, forms = NEG[lg][k]
            v = rng.choice(forms)
            if "{S}" in v or "{SG}" in v:
                sur = person(lg, "m", glob=False).surname
                if "{SG}" in v:
                    v = v.replace("{SG}", decline(lg, sur, "s", "m", "gen"))
                v = v.replace("{S}", sur)
            if "{d}" in v:
                v = v.replace("{d}", str(rng.randint(10, 989)))
            self.neg(lab, v)
            if suf:
                self.t(tr_suffix(v, suf))
            return
        if key == "ADDR":
            self.shapes.add("address")
            return self.s("STREET_ADDRESS", addr_full(lg) if not self.latin else el_latin(addr_full(lg)))
        if key == "ADDR.in":
            self.shapes.add("address-inflected")
            return self.s("STREET_ADDRESS", addr_infl(lg) if not self.latin else el_latin(addr_infl(lg)))
        if key == "STN":
            return self.neg("NEG_STREET", street_bare(lg))
        if key == "DATE":
            return self.neg("NEG_DATE", date_words(lg, *an_other_date(), latin=self.latin))
        who, rest = key[0], key[1:]
        p = self.people[who]
        if rest == ".e":
            return self.s("EMAIL_ADDRESS", email(p, lg))
        if rest == ".p":
            return self.s("PHONE_NUMBER", phone(lg))
        if rest == ".dob":
            self.shapes.add("dob")
            return self.s("DATE_OF_BIRTH", date_words(lg, *p.birth, latin=self.latin))
        part, case, tr_case = "", "nom", None
        if rest.startswith("."):
            rest = rest[1:]
            for sep in (":", "'"):
                if sep in rest:
                    part, c = rest.split(sep)
                    break
        else:
            sep, c = rest[0], rest[1:]
        if "'" in key:
            tr_case = c
            case = "nom"
        else:
            case = c
        self.slot_person(p, part, case, tr_case)

    def fill(self, template):
        i = 0
        while i < len(template):
            j = template.find("{", i)
            if j < 0:
                self.plain(template[i:])
                break
            self.plain(template[i:j])
            k = template.index("}", j)
            self.slot(template[j + 1:k])
            i = k + 1
        return self


GMC = ("de", "nl", "sv", "da", "no")


def people_for(lg, n, glob=None):
    ps = {}
    for k in "ABCDE"[:n]:
        p = person(lg, glob=glob)
        p.birth = a_birth()
        ps[k] = p
    return ps


# Look-alikes only: a postscript a record gets while its NEG_ spans are fewer than its people.
PS = {
    "pl": "PS. Od {N:MON} w {N:TOWN} nie działa {N:FIRM}, a msza w kościele {N:SAINT} będzie po {N:HOL} (sprawa {N:ID}).",
    "cs": "PS. Od {N:MON} je v {N:TOWN} zavřeno {N:FIRM}; mše u {N:SAINT} bude po {N:HOL} ({N:ID}).",
    "sk": "PS. Od {N:MON} je v {N:TOWN} zatvorené {N:FIRM}; omša u {N:SAINT} bude po {N:HOL} ({N:ID}).",
    "fi": "PS. {N:TOWN} {N:FIRM} on kiinni {N:MON}; {N:SAINT} kirkon messu on {N:HOL} ({N:ID}).",
    "et": "PS. {N:TOWN} on {N:FIRM} {N:MON} suletud; {N:SAINT} kiriku missa on {N:HOL} ({N:ID}).",
    "hu": "Ui.: {N:TOWN} a {N:FIRM} {N:MON} zárva tart; a {N:SAINT} templomban {N:HOL} lesz mise ({N:ID}).",
    "tr": "Not: {N:TOWN'loc} {N:FIRM} {N:MON} ayında kapalı; {N:SAINT} ziyareti {N:HOL} sonrasında ({N:ID}).",
    "el": "ΥΓ. Στην {N:TOWN} η {N:FIRM} είναι κλειστή ως τα τέλη {N:MON}· η λειτουργία στον {N:SAINT} θα γίνει μετά το {N:HOL} ({N:ID}).",
    "lt": "P.S. {N:TOWN} {N:FIRM} nedirba iki {N:MON} pabaigos; mišios {N:SAINT} bažnyčioje bus po {N:HOL} ({N:ID}).",
    "lv": "P.S. {N:TOWN} {N:FIRM} {N:MON} nestrādā; dievkalpojums {N:SAINT} baznīcā būs {N:HOL} ({N:ID}).",
    "hr": "P.S. U {N:TOWN} {N:FIRM} ne radi do kraja {N:MON}; misa kod {N:SAINT} je nakon {N:HOL} ({N:ID}).",
    "sl": "P.S. V {N:TOWN} {N:FIRM} ne dela do konca {N:MON}; maša pri {N:SAINT} bo po {N:HOL} ({N:ID}).",
    "ro": "P.S. În {N:TOWN}, {N:FIRM} e închisă în {N:MON}; slujba de la {N:SAINT} e după {N:HOL} ({N:ID}).",
    "is": "P.S. Í {N:TOWN} er {N:FIRM} lokað í {N:MON}; messa í {N:SAINT} verður eftir {N:HOL} ({N:ID}).",
    "de": "PS: In {N:TOWN} hat {N:FIRM} im {N:MON} zu; die Messe in {N:SAINT} ist nach {N:HOL} ({N:ID}).",
    "nl": "PS: In {N:TOWN} is {N:FIRM} in {N:MON} dicht; de mis in de {N:SAINT} is na {N:HOL} ({N:ID}).",
    "sv": "PS. I {N:TOWN} har {N:FIRM} stängt i {N:MON}; mässan i {N:SAINT} kyrka är efter {N:HOL} ({N:ID}).",
    "da": "PS. I {N:TOWN} har {N:FIRM} lukket i {N:MON}; messen i {N:SAINT} kirke er efter {N:HOL} ({N:ID}).",
    "no": "PS. I {N:TOWN} har {N:FIRM} stengt i {N:MON}; messen i {N:SAINT} er etter {N:HOL} ({N:ID}).",
    "es": "PD: en {N:TOWN}, {N:FIRM} cierra en {N:MON}; la misa es en {N:SAINT} el {N:DAY} ({N:ID}).",
    "pt": "PS: em {N:TOWN}, a {N:FIRM} fecha em {N:MON}; a missa é em {N:SAINT} na {N:DAY} ({N:ID}).",
    "fr": "PS : à {N:TOWN}, {N:FIRM} ferme en {N:MON} ; la messe est à {N:SAINT} le {N:DAY} ({N:ID}).",
    "it": "PS: a {N:TOWN} {N:FIRM} chiude a {N:MON}; la messa è a {N:SAINT} il {N:DAY} ({N:ID}).",
    "en": "PS: in {N:TOWN}, {N:FIRM} closes in {N:MON}; the service at {N:SAINT} is on {N:DAY} ({N:ID}).",
}

LANG_NAME = {"pl": "Polish", "cs": "Czech", "sk": "Slovak", "fi": "Finnish", "et": "Estonian",
             "hu": "Hungarian", "tr": "Turkish", "el": "Greek", "lt": "Lithuanian", "lv": "Latvian",
             "hr": "Croatian", "sl": "Slovenian", "ro": "Romanian", "is": "Icelandic", "de": "German",
             "nl": "Dutch", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "es": "Spanish",
             "pt": "Portuguese", "fr": "French", "it": "Italian", "en": "English"}
ASK = {
    "pl": "Streść proszę tę wiadomość i wypisz, kto ma co zrobić.",
    "cs": "Shrň prosím tuto zprávu a napiš, kdo má co udělat.",
    "sk": "Zhrň prosím túto správu a napíš, kto má čo urobiť.",
    "fi": "Tiivistä tämä viesti ja listaa, kuka tekee mitäkin.",
    "et": "Palun tee sellest sõnumist kokkuvõte ja loetle, kes mida teeb.",
    "hu": "Kérlek, foglald össze ezt az üzenetet, és írd le, kinek mi a dolga.",
    "tr": "Bu mesajı özetler misin, kimin ne yapacağını da yaz.",
    "el": "Μπορείς να συνοψίσεις αυτό το μήνυμα και να γράψεις ποιος κάνει τι;",
    "lt": "Apibendrink šią žinutę ir parašyk, kas ką turi padaryti.",
    "lv": "Lūdzu, apkopo šo ziņu un uzraksti, kuram kas jādara.",
    "hr": "Molim sažmi ovu poruku i napiši tko što treba napraviti.",
    "sl": "Prosim, povzemi to sporočilo in napiši, kdo mora kaj narediti.",
    "ro": "Te rog rezumă mesajul acesta și scrie cine ce are de făcut.",
    "is": "Geturðu tekið saman þessi skilaboð og sagt hver á að gera hvað?",
    "de": "Kannst du das zusammenfassen und auflisten, wer was machen soll?",
    "nl": "Kun je dit samenvatten en opschrijven wie wat moet doen?",
    "sv": "Kan du sammanfatta meddelandet och skriva vem som ska göra vad?",
    "da": "Kan du opsummere beskeden og skrive, hvem der skal gøre hvad?",
    "no": "Kan du oppsummere meldingen og skrive hvem som skal gjøre hva?",
    "es": "¿Puedes resumir este mensaje y decir quién tiene que hacer qué?",
    "pt": "Podes resumir esta mensagem e dizer quem tem de fazer o quê?",
    "fr": "Tu peux résumer ce message et dire qui doit faire quoi ?",
    "it": "Puoi riassumere questo messaggio e dire chi deve fare cosa?",
    "en": "Can you summarise this and list who has to do what?",
}
ASK_EN = ["Summarise this {L} message from our building's group chat and list who does what.",
          "Check the grammar of this {L} text, especially the name endings, and list the people in it.",
          "Extract every person, street address, phone and e-mail from this {L} note as JSON.",
          "Translate this {L} message into English, keeping the names as they are."]
TRANSLATE = {
    "de": "Bitte übersetz mir diese Nachricht ({L}) ins Deutsche; die Namen bitte so lassen.",
    "fr": "Peux-tu me traduire ce message ({L}) en français ? Garde les noms tels quels.",
    "es": "¿Me traduces este mensaje ({L}) al español? Deja los nombres como están.",
    "nl": "Kun je dit bericht ({L}) naar het Nederlands vertalen? De namen graag laten staan.",
    "pl": "Przetłumacz mi proszę tę wiadomość ({L}) na polski, imiona zostaw.",
    "sv": "Kan du översätta meddelandet ({L}) till svenska? Låt namnen stå kvar.",
    "it": "Mi traduci questo messaggio ({L}) in italiano? Lascia i nomi come sono.",
    "pt": "Podes traduzir esta mensagem ({L}) para português? Mantém os nomes.",
    "en": "Please translate this message ({L}) into English and keep the names as written.",
    "hu": "Lefordítanád ezt az üzenetet ({L}) magyarra? A neveket hagyd meg.",
    "cs": "Přelož mi prosím tuto zprávu ({L}) do češtiny, jména nech.",
    "fi": "Voitko kääntää tämän viestin ({L}) suomeksi? Jätä nimet ennalleen.",
}

INFLECT_LANGS = ["pl", "cs", "sk", "fi", "et", "hu", "tr", "el", "ell", "lt", "lv", "hr", "sl", "ro",
                 "is", "de", "nl", "sv", "da", "no"]


def count(p, lab=None):
    if lab:
        return sum(1 for s in p.spans if s["entity_type"] == lab)
    return sum(1 for s in p.spans if s["entity_type"].startswith("NEG_"))


def balance(doc, lg, others=()):
    """Postscripts of look-alikes until the NEG_ spans are at least the people (the other pieces
    of the record counted too)."""
    extra = sum(count(o, "PERSON") - count(o) for o in others)
    while count(doc) < count(doc, "PERSON") + extra:
        doc.t("\n")
        doc.fill(PS[lg])


def inflect_doc(lg, latin, target, people=None):
    people = people or people_for(lg, 5)
    d = Doc(lg, people, latin)
    tpls = TPL[lg][:]
    rng.shuffle(tpls)
    kinds = []
    k = 0
    while len(d.text) < target:
        kind, t = tpls[k % len(tpls)]
        if k and k % len(tpls) == 0:  # a new round: two of the people change
            for key in rng.sample("BCDE", 2):
                people[key] = person(lg)
                people[key].birth = a_birth()
        if k:
            d.t("\n\n")
        d.fill(t)
        kinds.append(kind)
        k += 1
    balance(d, lg)
    return d, kinds


# ---- request bodies ------------------------------------------------------------------------------
APIS = ["chat", "responses", "anthropic", "gemini"]
SHAPES = ["user", "turns", "tool_result", "tool_args"]


def body_for(api, shape, n_turns=3, tool="read_message"):
    """A request body with markers: piece 0 the user's text; for turns pieces 1.. alternate
    assistant and user; for tool_result piece 1 the tool's output; for tool_args piece 1 the
    call's arguments (a JSON string in the OpenAI shapes, native in Anthropic and Gemini)."""
    m = [MARK % k for k in range(max(n_turns, 2))]
    if shape in ("user", "turns"):
        roles = ["user"] + ["assistant" if k % 2 else "user" for k in range(1, n_turns)] \
            if shape == "turns" else ["user"]
        if api == "chat":
            return {"model": "gpt-4o", "messages": [{"role": r, "content": m[k]} for k, r in enumerate(roles)]}
        if api == "responses":
            return {"model": "gpt-4.1", "input": [
                {"role": r, "content": [{"type": "input_text" if r == "user" else "output_text", "text": m[k]}]}
                for k, r in enumerate(roles)]}
        if api == "anthropic":
            return {"model": "claude-sonnet-4-5", "max_tokens": 2048, "messages": [
                {"role": r, "content": [{"type": "text", "text": m[k]}]} for k, r in enumerate(roles)]}
        return {"contents": [{"role": "model" if r == "assistant" else "user", "parts": [{"text": m[k]}]}
                             for k, r in enumerate(roles)]}
    call = "call_%04d" % rng.randint(1000, 9999)
    if shape == "tool_result":
        if api == "chat":
            return {"model": "gpt-4o", "messages": [
                {"role": "user", "content": m[0]},
                {"role": "assistant", "content": None, "tool_calls": [{"id": call, "type": "function",
                 "function": {"name": tool, "arguments": json.dumps({"thread": rng.randint(10, 999)})}}]},
                {"role": "tool", "tool_call_id": call, "content": m[1]}]}
        if api == "responses":
            return {"model": "gpt-4.1", "input": [
                {"role": "user", "content": m[0]},
                {"type": "function_call", "call_id": call, "name": tool, "arguments": "{}"},
                {"type": "function_call_output", "call_id": call, "output": m[1]}]}
        if api == "anthropic":
            return {"model": "claude-sonnet-4-5", "max_tokens": 2048, "messages": [
                {"role": "user", "content": m[0]},
                {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_" + call[5:],
                                                   "name": tool, "input": {}}]},
                {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_" + call[5:],
                                              "content": m[1]}]}]}
        return {"contents": [
            {"role": "user", "parts": [{"text": m[0]}]},
            {"role": "model", "parts": [{"functionCall": {"name": tool, "args": {}}}]},
            {"role": "user", "parts": [{"functionResponse": {"name": tool, "response": {"content": m[1]}}}]}]}
    raw = RAWMARK % 1
    if api == "chat":
        return {"model": "gpt-4o-mini", "messages": [
            {"role": "user", "content": m[0]},
            {"role": "assistant", "content": None, "tool_calls": [{"id": call, "type": "function",
             "function": {"name": tool, "arguments": m[1]}}]},
            {"role": "tool", "tool_call_id": call, "content": "ok"}]}
    if api == "responses":
        return {"model": "gpt-4.1", "input": [
            {"role": "user", "content": m[0]},
            {"type": "function_call", "call_id": call, "name": tool, "arguments": m[1]},
            {"type": "function_call_output", "call_id": call, "output": "saved"}]}
    if api == "anthropic":
        return {"model": "claude-sonnet-4-5", "max_tokens": 2048, "messages": [
            {"role": "user", "content": m[0]},
            {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_" + call[5:], "name": tool,
                                               "input": raw}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_" + call[5:],
                                          "content": "saved"}]}]}
    return {"contents": [
        {"role": "user", "parts": [{"text": m[0]}]},
        {"role": "model", "parts": [{"functionCall": {"name": tool, "args": raw}}]},
        {"role": "user", "parts": [{"functionResponse": {"name": tool, "response": {"ok": True}}}]}]}


def contacts_json(lg, people, latin=False):
    """The people as a save_contacts call's arguments: names in the nominative, their address,
    phone and e-mail, and a note (J, its labelled strings spans)."""
    rows = []
    for p in people:
        nm = p.full("nom", lg)
        if latin:
            nm = el_latin(nm)
        row = {"name": ("PERSON", nm)}
        r = rng.random()
        if r < .5:
            a = addr_full(lg)
            row["address"] = ("STREET_ADDRESS", el_latin(a) if latin else a)
        if r > .3:
            row["phone"] = ("PHONE_NUMBER", phone(lg))
        if r < .2 or r > .8:
            row["email"] = ("EMAIL_ADDRESS", email(p, lg))
        lab, forms = NEG[lg if lg in NEG else "en"]["TOWN"]
        tw = rng.choice(forms)
        row["city_tag"] = ("NEG_PLACE", el_latin(tw) if latin else tw)
        rows.append(row)
    j = J(rng.choice(["pretty", "line", "compact"]))
    j.write({"contacts": rows, "source": "group_chat", "lang": lg})
    return j.p


def emit(records, fam, lg, api, shape, pieces, meta):
    for p in pieces:
        check_spans(p.text, p.spans)
    ascii_ = len(records) % 3 == 0
    compact = len(records) % 4 == 1
    obj = body_for(api, shape, n_turns=len(pieces), tool=meta.get("tool", "read_message"))
    text = dumps(obj, ascii_, compact)
    text, spans = place(text, pieces, ascii_)
    json.loads(text)
    check_spans(text, spans)
    m = {"family": fam, "locale": lg, "api": api, "shape": shape, "ascii": ascii_}
    m.update(meta)
    records.append({"full_text": text, "spans": spans, "template_id": len(records) % 100,
                    "metadata": m})


# ---- family: inflect -----------------------------------------------------------------------------
BULLET = {"hu": "• {A:nom}: {A.e}\n• {B:nom}\n• {C:nom}\n• {D:nom}",
          "tr": "• {A'nom}: {A.e}\n• {B'nom}\n• {C'nom}\n• {D'nom}"}


def people_list(lg, latin, people):
    d = Doc(lg, people, latin)
    d.fill(BULLET.get(lg, "• {A:nom} – {A.e}\n• {B:nom}\n• {C:nom} – {ADDR}\n• {D:nom}"))
    return d


def frame_ask(lg, latin, en_share=0.22):
    if rng.random() < en_share:
        return rng.choice(ASK_EN).format(L=LANG_NAME[lg] + (" (in Latin letters)" if latin else "")), "en"
    a = ASK[lg]
    return (el_latin(a) if latin else a), lg


def build_inflect(records, i):
    code = INFLECT_LANGS[i % len(INFLECT_LANGS)]
    lg, latin = ("el", True) if code == "ell" else (code, False)
    api, shape = APIS[i % 4], SHAPES[(i // 4 + i // 16) % 4]
    target = rng.choice([1500, 1700, 2000, 2400, 3000, 4200])
    if lg == "el" and not latin:
        target = min(target, 3000)
    doc, kinds = inflect_doc(lg, latin, target)
    ask, ask_lg = frame_ask(lg, latin)
    meta = {"kind": "+".join(sorted(set(kinds))), "ask_lang": ask_lg,
            "locale": "el-Latn" if latin else lg}
    if shape == "user":
        pieces = [cat(P(ask), doc, "\n\n")]
    elif shape == "turns":
        reply = people_list(lg, latin, doc.people)
        reply = cat(P("OK:" if ask_lg == "en" else "—"), reply)
        more, k2 = inflect_doc(lg, latin, 400, people=doc.people)
        doc.shapes |= more.shapes
        balance(doc, lg, (reply, more))
        pieces = [cat(P(ask), doc, "\n\n"), reply, more]
    elif shape == "tool_result":
        head = Doc(lg, doc.people, latin).t("From: ").fill("{A:nom}").t(" <").fill("{A.e}").t(">\n\n")
        balance(doc, lg, (head,))
        pieces = [P(ask), cat(head, doc, "")]
        meta["tool"] = "read_message"
    else:
        args = contacts_json(lg, list(doc.people.values()), latin)
        balance(doc, lg, (args,))
        pieces = [cat(P(ask), doc, "\n\n"), args]
        meta["tool"] = "save_contacts"
    meta["shapes"] = sorted(doc.shapes)
    emit(records, "inflect", lg, api, shape, pieces, meta)
    records[-1]["metadata"]["locale"] = meta["locale"]


# ---- family: custom ------------------------------------------------------------------------------
def mk(*parts):
    """A piece from strings (plain) and (label, text) pairs."""
    p = P()
    for x in parts:
        if isinstance(x, tuple):
            p.s(*x)
        else:
            p.t(x)
    return p


ES_NICK = {"María José": "Majo", "José Luis": "Pepelu", "Juan Carlos": "Juanca",
           "Francisco Javier": "Javi", "María del Carmen": "Maricarmen", "José": "Pepe",
           "Manuel": "Manolo", "María Dolores": "Lola", "María Teresa": "Maite",
           "Concepción": "Conchi", "José María": "Chema", "Ana Belén": "Anabel"}
ES_F = ["María José", "María del Carmen", "María Dolores", "María Teresa", "Concepción", "Ana Belén",
        "Lucía", "Pilar"]
ES_M = ["José Luis", "Juan Carlos", "Francisco Javier", "José", "Manuel", "José María", "Javier"]
PT_F = ["Ana Luísa", "Maria João", "Maria do Céu", "Inês", "Beatriz", "Joana Margarida"]
PT_M = ["João Pedro", "Rui Miguel", "José", "António", "Joaquim", "Tiago"]
PT_NICK = {"José": "Zé", "António": "Tó", "Joaquim": "Quim", "Maria João": "Majó"}
PT_PART = ["da", "dos", "de", "das", ""]
NL_PART = ["de", "van", "van der", "van den", "van 't", "ter", "den", "van de"]
NL_CORE = ["Vries", "Berg", "Hoff", "Broeck", "Velde", "Brink", "Laar", "Wetering", "Horst"]
DE_PART = ["von", "von der", "zu", "vom"]
JP = [("Tanaka", "Hiroshi", "m"), ("Suzuki", "Yuki", "f"), ("Watanabe", "Kenji", "m"),
      ("Yamamoto", "Aiko", "f"), ("Nakamura", "Takeshi", "m"), ("Kobayashi", "Emi", "f")]
CN = [("Wang", "Xiuying", "f"), ("Li", "Wei", "m"), ("Zhang", "Jing", "f"), ("Liu", "Yang", "m"),
      ("Chen", "Jie", "m"), ("Huang", "Mei", "f")]
KR = [("Kim", "Min-jun", "m"), ("Lee", "Seo-yeon", "f"), ("Park", "Ji-hoon", "m"), ("Choi", "Su-bin", "f")]
VN = [("Nguyễn", "Văn", "An", "m"), ("Trần", "Thị", "Hoa", "f"), ("Lê", "Văn", "Minh", "m"),
      ("Phạm", "Thị", "Lan", "f"), ("Hoàng", "Đức", "Anh", "m"), ("Vũ", "Thị", "Mai", "f")]
AR_M = ["Ahmed", "Khalid", "Omar", "Yusuf", "Saleh", "Hamza", "Ibrahim", "Tariq"]
AR_F = ["Fatima", "Mariam", "Noor", "Layla", "Huda", "Aisha"]
AR_FAM = ["Al-Harbi", "Al-Qahtani", "Al-Masri", "Haddad", "Al-Amin", "Al-Zahrani", "Nasser"]
RU = [("Ivan", "Petrovich", "Sokolov", "m", "Vanya"), ("Olena", "Mykolaivna", "Shevchuk", "f", "Lena"),
      ("Dmitry", "Sergeyevich", "Volkov", "m", "Dima"), ("Natalia", "Ivanovna", "Morozova", "f", "Natasha"),
      ("Oleksandr", "Viktorovych", "Bondarenko", "m", "Sasha"), ("Yekaterina", "Andreyevna", "Orlova", "f", "Katya")]


def invent_sur(lg):
    t = NAMES[lg]
    return join(cap("".join(rng.sample(t["syl"], 2)).lower()), rng.choice(t["sm"]))


def real_or_inv(lg):
    return rng.choice(NAMES[lg]["s"]) if rng.random() < .5 else invent_sur(lg)


def cu_es():
    sex = rng.choice("mf")
    g = rng.choice(ES_M if sex == "m" else ES_F)
    s1, s2 = real_or_inv("es"), real_or_inv("es")
    if rng.random() < .2:
        s1 = rng.choice(["de la Fuente", "del Río", "de la Cruz", "de los Santos"]) if rng.random() < .5 else s1
    y = rng.random() < .15
    full = "%s %s %s%s" % (g, s1, "y " if y else "", s2)
    srt = "%s %s%s, %s" % (s1, "y " if y else "", s2, g)
    ini = ". ".join(w[0] for w in g.split() if w[0].isupper()) + ". " + s1
    forms = [("full", mk(("PERSON", full))), ("sorted", mk(("PERSON", srt))),
             ("title", mk("Sra. " if sex == "f" else "Sr. ", ("PERSON", s1 + (" " + s2 if rng.random() < .4 else "")))),
             ("initials", mk(("PERSON", ini)))]
    if g in ES_NICK:
        forms.append(("nick", mk(("PERSON", ES_NICK[g]))))
    return {"sex": sex, "forms": forms, "hon": "Sra." if sex == "f" else "Sr.", "lg": "es", "custom": "es-double"}


def cu_pt():
    sex = rng.choice("mf")
    g = rng.choice(PT_M if sex == "m" else PT_F)
    part = rng.choice(PT_PART)
    s1, s2 = real_or_inv("pt"), real_or_inv("pt")
    mid = ("%s %s" % (part, s1)) if part else s1
    full = "%s %s %s" % (g, mid, s2)
    forms = [("full", mk(("PERSON", full))), ("sorted", mk(("PERSON", "%s, %s %s" % (s2, g, mid)))),
             ("title", mk("D. " if sex == "f" else "Sr. ", ("PERSON", g if sex == "f" else s2))),
             ("caps", mk(("PERSON", "%s %s" % (s2.upper(), g))))]
    if g in PT_NICK:
        forms.append(("nick", mk(("PERSON", PT_NICK[g]))))
    return {"sex": sex, "forms": forms, "hon": "D." if sex == "f" else "Sr.", "lg": "pt", "custom": "pt-particles"}


def cu_nl():
    sex = rng.choice("mf")
    g = rng.choice(NAMES["nl"][sex])
    part, core = rng.choice(NL_PART), rng.choice(NL_CORE + [invent_sur("nl")])
    ini = g[0] + "."
    be = rng.random() < .3  # Flemish: the particle is part of the name, capital, sorted under it
    if be:
        cp = part[0].upper() + part[1:]
        forms = [("full", mk(("PERSON", "%s %s %s" % (g, cp, core)))),
                 ("sorted", mk(("PERSON", "%s %s, %s" % (cp, core, g)))),
                 ("title", mk("meneer " if sex == "m" else "mevrouw ", ("PERSON", "%s %s" % (cp, core))))]
    else:
        forms = [("full", mk(("PERSON", "%s %s %s" % (g, part, core)))),
                 ("sorted", mk(("PERSON", "%s, %s %s" % (core, g, part)))),
                 ("sorted-initial", mk(("PERSON", "%s, %s %s" % (core, ini, part)))),
                 ("initial", mk(("PERSON", "%s %s %s" % (ini, part, core)))),
                 ("title", mk("meneer " if sex == "m" else "mevrouw ",
                              ("PERSON", "%s %s" % (cap(part), core))))]
    if sex == "m" or rng.random() < .5:
        forms.append(("dim", mk(("PERSON", nl_dim(g)))))
    return {"sex": sex, "forms": forms, "hon": "dhr." if sex == "m" else "mw.", "lg": "nl", "custom": "nl-particles"}


def cu_de():
    sex = rng.choice("mf")
    g = rng.choice(["Anna-Lena", "Hans-Peter", "Karl-Heinz", "Eva-Maria", "Marie-Luise", "Klaus-Dieter"]
                   if rng.random() < .5 else NAMES["de"][sex])
    sex = "f" if g in ("Anna-Lena", "Eva-Maria", "Marie-Luise") else "m" if "-" in g else sex
    s = real_or_inv("de")
    forms = []
    if sex == "f" and rng.random() < .6:
        maiden = real_or_inv("de")
        forms.append(("née", mk(("PERSON", "%s %s geb. %s" % (g, s, maiden)))))
    if rng.random() < .35:
        part = rng.choice(DE_PART)
        forms += [("full", mk(("PERSON", "%s %s %s" % (g, part, s)))),
                  ("sorted", mk(("PERSON", "%s, %s %s" % (s, g, part)))),
                  ("title", mk("Herr " if sex == "m" else "Frau ", ("PERSON", "%s %s" % (part, s))))]
    else:
        forms += [("full", mk(("PERSON", "%s %s" % (g, s)))), ("sorted", mk(("PERSON", "%s, %s" % (s, g)))),
                  ("title", mk("Herr " if sex == "m" else "Frau ", ("PERSON", s)))]
    if "-" in g:
        forms.append(("initials", mk(("PERSON", "%s.-%s. %s" % (g[0], g.split("-")[1][0], s)))))
    return {"sex": sex, "forms": forms, "hon": "Herr" if sex == "m" else "Frau", "lg": "de", "custom": "de-geb-von"}


def cu_fr():
    sex = rng.choice("mf")
    g = rng.choice(["Marie-Claire", "Anne-Sophie", "Marie-Hélène"] if sex == "f" else
                   ["Jean-Baptiste", "Jean-Luc", "Pierre-Yves", "Jean-Marc"])
    s = real_or_inv("fr")
    forms = [("full", mk(("PERSON", "%s %s" % (g, s)))), ("caps", mk(("PERSON", "%s %s" % (s.upper(), g)))),
             ("title", mk("M. " if sex == "m" else "Mme ", ("PERSON", s))),
             ("initials", mk(("PERSON", "%s.-%s. %s" % (g[0], g.split("-")[1][0], s))))]
    if sex == "f":
        maiden = real_or_inv("fr")
        if rng.random() < .5:
            forms.insert(0, ("née", mk(("PERSON", "%s %s née %s" % (g, s, maiden)))))
        else:
            forms.insert(0, ("ép.", mk(("PERSON", "%s %s" % (g, maiden)), " ép. ", ("PERSON", s))))
    return {"sex": sex, "forms": forms, "hon": "Mme" if sex == "f" else "M.", "lg": "fr", "custom": "fr-compound"}


def cu_hu():
    sex = rng.choice("mf")
    g, s = rng.choice(NAMES["hu"][sex]), real_or_inv("hu")
    forms = [("surname-first", mk(("PERSON", "%s %s" % (s, g)))), ("western", mk(("PERSON", "%s %s" % (g, s))))]
    if sex == "f" and rng.random() < .6:
        h = real_or_inv("hu")
        if rng.random() < .5:
            forms.append(("-né", mk(("PERSON", "%sné %s %s" % (h, s, g)))))
        else:
            forms.append(("-né", mk(("PERSON", "%s %sné" % (h, rng.choice(NAMES["hu"]["m"]))))))
    forms.append(("title", mk("dr. ", ("PERSON", "%s %s" % (s, g)))))
    forms.append(("hon-after", mk(("PERSON", s), " úr" if sex == "m" else " asszony")))
    return {"sex": sex, "forms": forms, "hon": "úr" if sex == "m" else "asszony", "lg": "hu", "custom": "hu-order"}


def cu_ea():
    k = rng.random()
    if k < .45:
        s, g, sex = rng.choice(JP)
        forms = [("native", mk(("PERSON", "%s %s" % (s, g)))), ("western", mk(("PERSON", "%s %s" % (g, s)))),
                 ("caps", mk(("PERSON", "%s %s" % (s.upper(), g)))), ("san", mk(("PERSON", s), "-san"))]
        return {"sex": sex, "forms": forms, "hon": "-san", "lg": "ja", "custom": "ja-order"}
    if k < .75:
        s, g, sex = rng.choice(CN)
        forms = [("native", mk(("PERSON", "%s %s" % (s, g)))), ("western", mk(("PERSON", "%s %s" % (g, s)))),
                 ("caps", mk(("PERSON", "%s %s" % (s.upper(), g)))),
                 ("title", mk("Ms " if sex == "f" else "Mr ", ("PERSON", s)))]
        return {"sex": sex, "forms": forms, "hon": "Ms" if sex == "f" else "Mr", "lg": "zh", "custom": "zh-order"}
    s, g, sex = rng.choice(KR)
    forms = [("native", mk(("PERSON", "%s %s" % (s, g)))), ("western", mk(("PERSON", "%s %s" % (g, s)))),
             ("ssi", mk(("PERSON", g), "-ssi"))]
    return {"sex": sex, "forms": forms, "hon": "-ssi", "lg": "ko", "custom": "ko-order"}


def cu_vn():
    f_, m_, g, sex = rng.choice(VN)
    forms = [("native", mk(("PERSON", "%s %s %s" % (f_, m_, g)))),
             ("ascii", mk(("PERSON", fold(("%s %s %s" % (f_, m_, g)).replace("Đ", "D").replace("đ", "d"))))),
             ("given", mk("anh " if sex == "m" else "chị ", ("PERSON", g))),
             ("title", mk("Mr " if sex == "m" else "Ms ", ("PERSON", g)))]
    return {"sex": sex, "forms": forms, "hon": "anh" if sex == "m" else "chị", "lg": "vi", "custom": "vi-given-address"}


def cu_ar():
    sex = rng.choice("mf")
    g = rng.choice(AR_M if sex == "m" else AR_F)
    father, fam = rng.choice(AR_M), rng.choice(AR_FAM)
    link = rng.choice(["bin", "ibn"]) if sex == "m" else "bint"
    son = rng.choice(AR_M)
    forms = [("full", mk(("PERSON", "%s %s %s %s" % (g, link, father, fam)))),
             ("sorted", mk(("PERSON", "%s, %s" % (fam, g)))),
             ("kunya", mk(("PERSON", "%s %s" % ("Abu" if sex == "m" else "Umm", son)))),
             ("title", mk("Mr " if sex == "m" else "Mrs ", ("PERSON", fam)))]
    return {"sex": sex, "forms": forms, "hon": "Sheikh" if sex == "m" else "Sayyida", "lg": "ar", "custom": "ar-nasab"}


def cu_tr():
    sex = rng.choice("mf")
    g = rng.choice(NAMES["tr"][sex])
    s = rng.choice(["Karaosmanoğlu", "Hacıoğlu", "Kuloğlu", "Yılmaz", invent_sur("tr")])
    forms = [("full", mk(("PERSON", "%s %s" % (g, s)))), ("hon-after", mk(("PERSON", g), " Bey" if sex == "m" else " Hanım")),
             ("caps", mk(("PERSON", "%s %s" % (g, s.upper())))), ("ascii", mk(("PERSON", fold("%s %s" % (g, s)))))]
    return {"sex": sex, "forms": forms, "hon": "Bey" if sex == "m" else "Hanım", "lg": "tr", "custom": "tr-oglu-hon"}


def cu_ru():
    g, pat, s, sex, nick = rng.choice(RU)
    forms = [("full", mk(("PERSON", "%s %s %s" % (g, pat, s)))), ("sorted", mk(("PERSON", "%s, %s %s" % (s, g, pat)))),
             ("initials", mk(("PERSON", "%s. %s. %s" % (g[0], pat[0], s)))),
             ("initials-after", mk(("PERSON", "%s %s. %s." % (s, g[0], pat[0])))),
             ("nick", mk(("PERSON", nick)))]
    return {"sex": sex, "forms": forms, "hon": "gospodin" if sex == "m" else "gospozha", "lg": "ru", "custom": "ru-patronymic"}


def cu_is():
    p = person("is")
    forms = [("full", mk(("PERSON", p.full("nom")))), ("given", mk(("PERSON", p.given))),
             ("ascii", mk(("PERSON", fold(p.full("nom").replace("ð", "d").replace("Ð", "D").replace("þ", "th").replace("Þ", "Th"))))),
             ("father", mk("(", "son of " if p.sex == "m" else "daughter of ", ("PERSON", p.father), ")"))]
    return {"sex": p.sex, "forms": forms, "hon": "", "lg": "is", "custom": "is-patronymic"}


def cu_pl():
    lg = rng.choice(["pl", "cs"])
    p = person(lg, "f", glob=False)
    maiden = surname_for(lg, real_or_inv(lg) if lg == "pl" else rng.choice(NAMES["cs"]["s"]), "f")
    mark = "z domu" if lg == "pl" else "roz."
    if rng.random() < .5:
        m = mk(("PERSON", "%s %s %s %s" % (p.given, p.surname, mark, maiden)))
    else:
        m = mk(("PERSON", "%s %s" % (p.given, p.surname)), ", %s " % ("z d." if lg == "pl" else "rozená"),
               ("PERSON", maiden))
    forms = [("née", m), ("title", mk("pani " if lg == "pl" else "paní ", ("PERSON", p.surname))),
             ("title-given", mk("pani " if lg == "pl" else "paní ", ("PERSON", p.given)))]
    return {"sex": "f", "forms": forms, "hon": "pani" if lg == "pl" else "paní", "lg": lg, "custom": lg + "-maiden"}


def cu_en():
    sex = rng.choice("mf")
    g, s = rng.choice(NAMES["en"][sex]), real_or_inv("en")
    forms = [("full", mk(("PERSON", "%s %s" % (g, s)))),
             ("initials", mk(("PERSON", "%s. %s. %s" % (g[0], rng.choice("ABCDEJKLMR"), s))))]
    if sex == "f":
        forms.append(("born", mk(("PERSON", "%s %s" % (g, s)), " (born ", ("PERSON", real_or_inv("en")), ")")))
    nick = {"Richard": "Rick", "Michael": "Mike", "Thomas": "Tom", "Daniel": "Dan", "James": "Jim",
            "David": "Dave", "Sarah": "Sally", "Helen": "Nell", "Emily": "Em", "Rachel": "Rach"}.get(g)
    if nick:
        forms.append(("nick", mk(("PERSON", nick))))
    return {"sex": sex, "forms": forms, "hon": "Mr" if sex == "m" else "Ms", "lg": "en", "custom": "en-initials-born"}


def cu_it():
    sex = rng.choice("mf")
    g = rng.choice(["Gian Marco", "Pier Luigi", "Gian Paolo"] if sex == "m" else ["Maria Grazia", "Anna Maria", "Maria Chiara"])
    s = real_or_inv("it")
    forms = [("full", mk(("PERSON", "%s %s" % (g, s)))), ("caps", mk(("PERSON", "%s %s" % (s.upper(), g)))),
             ("article", mk("la " if sex == "f" else "il ", ("PERSON", s)))]
    if sex == "f":
        forms.append(("in", mk(("PERSON", "%s %s" % (g, s)), " in ", ("PERSON", real_or_inv("it")))))
    return {"sex": sex, "forms": forms, "hon": "Sig.ra" if sex == "f" else "Sig.", "lg": "it", "custom": "it-compound"}


CUSTOMS = {"es": cu_es, "pt": cu_pt, "nl": cu_nl, "de": cu_de, "fr": cu_fr, "hu": cu_hu, "ea": cu_ea,
           "vn": cu_vn, "ar": cu_ar, "tr": cu_tr, "ru": cu_ru, "is": cu_is, "pl": cu_pl, "en": cu_en,
           "it": cu_it}

# The words around the custom family's lists, in the record's language: the request, the
# columns (flat, plate, address form, born, called, mailbox, town), the salutation, a name
# change's words.
FRAMES = {
    "en": ["Please print name plates for the letterboxes and bells at {ADDR}, sorted by surname the way "
           "the building's list is. Some of the new residents have names I'm not sure how to sort or "
           "address:", "I keep getting these names wrong in e-mails. How do I address each of them, and "
           "where do they go in an alphabetical list?", "Here is the list for the evening language course; "
           "please check the sorting and the forms of address:",
           "Flat|Name on the plate|How to address|Born|Called|Mailbox|Town", "Dear", "formerly", "now", "born"],
    "de": ["Bitte Klingel- und Briefkastenschilder für {ADDR} drucken, nach Nachnamen sortiert wie in der "
           "Hausliste. Bei einigen neuen Mietern weiß ich nicht, wie man sortiert und anredet:",
           "Ich schreibe diese Namen in Mails ständig falsch. Wie rede ich die Leute an, und wo stehen sie "
           "im Alphabet?", "Hier die Liste für den Abendkurs; bitte Sortierung und Anrede prüfen:",
           "Whg.|Name auf dem Schild|Anrede|Geburtsdatum|Rufname|Briefkasten|Ort", "Sehr geehrte/r",
           "früher", "jetzt", "geboren am"],
    "es": ["Necesito imprimir los nombres para los buzones y timbres de {ADDR}, ordenados por apellido como "
           "en la lista del edificio. No sé cómo ordenar ni cómo dirigirme a algunos vecinos nuevos:",
           "Siempre me equivoco con estos nombres en los correos. ¿Cómo me dirijo a cada uno y dónde van "
           "en una lista alfabética?", "Esta es la lista del curso de idiomas de tarde; revisa el orden y "
           "el tratamiento:", "Piso|Nombre en el buzón|Tratamiento|Fecha de nacimiento|Le llaman|Buzón|Ciudad",
           "Estimado/a", "antes", "ahora", "nacido/a el"],
    "fr": ["Merci d'imprimer les étiquettes des boîtes aux lettres et des sonnettes du {ADDR}, triées par nom "
           "comme la liste de l'immeuble. Pour certains nouveaux locataires je ne sais pas comment trier "
           "ni comment m'adresser à eux :", "Je me trompe toujours sur ces noms dans mes mails. Comment "
           "m'adresser à chacun, et où les classer ?", "Voici la liste du cours du soir ; vérifie le tri "
           "et les formules d'appel :", "Appt|Nom sur l'étiquette|Formule|Date de naissance|Surnom|Boîte|Ville",
           "Madame, Monsieur", "anciennement", "désormais", "né(e) le"],
    "nl": ["Kun je naambordjes maken voor de brievenbussen en bellen van {ADDR}, gesorteerd op achternaam zoals "
           "de bewonerslijst? Bij een paar nieuwe bewoners weet ik niet hoe ik moet sorteren of aanspreken:",
           "Ik schrijf deze namen steeds verkeerd in mails. Hoe spreek ik ze aan en waar staan ze in een "
           "alfabetische lijst?", "Hier de lijst van de avondcursus; klopt de sortering en de aanhef?",
           "Nr.|Naam op bordje|Aanspreekvorm|Geboortedatum|Roepnaam|Bus|Plaats", "Geachte", "voorheen", "nu",
           "geboren op"],
    "pt": ["Preciso de imprimir os nomes para as caixas de correio e campainhas da {ADDR}, por ordem de apelido "
           "como na lista do prédio. Não sei como ordenar nem como tratar alguns vizinhos novos:",
           "Engano-me sempre com estes nomes nos e-mails. Como trato cada um e onde ficam numa lista "
           "alfabética?", "Aqui está a lista do curso noturno; confirma a ordem e o tratamento:",
           "Andar|Nome na caixa|Tratamento|Data de nascimento|Alcunha|Caixa|Cidade", "Caro/a", "antes",
           "agora", "nascido/a em"],
    "it": ["Devo stampare le targhette per cassette e campanelli di {ADDR}, in ordine di cognome come l'elenco "
           "del condominio. Per alcuni nuovi inquilini non so come ordinare né come rivolgermi:",
           "Sbaglio sempre questi nomi nelle mail. Come mi rivolgo a ciascuno e dove vanno in un elenco "
           "alfabetico?", "Ecco l'elenco del corso serale; controlla l'ordine e gli appellativi:",
           "Int.|Nome sulla targhetta|Appellativo|Data di nascita|Detto|Cassetta|Città", "Gentile", "già",
           "ora", "nato/a il"],
    "pl": ["Proszę wydrukować tabliczki na skrzynki i domofon przy {ADDR}, posortowane po nazwisku jak na "
           "liście lokatorów. Przy kilku nowych lokatorach nie wiem, jak sortować i jak się zwracać:",
           "Ciągle mylę te nazwiska w mailach. Jak się zwracać do każdej osoby i gdzie ją umieścić na "
           "liście alfabetycznej?", "Lista kursu wieczorowego; proszę sprawdzić kolejność i formy grzecznościowe:",
           "Lokal|Nazwa na tabliczce|Forma zwrotu|Data urodzenia|Zdrobnienie|Skrzynka|Miasto", "Szanowni Państwo",
           "dawniej", "obecnie", "urodzony/a"],
    "hu": ["Kérem, nyomtassák ki a postaláda- és kaputelefon-névtáblákat a(z) {ADDR} házhoz, vezetéknév szerint, "
           "ahogy a lakólistán. Néhány új lakónál nem tudom, hogyan kell rendezni és megszólítani:",
           "Mindig elrontom ezeket a neveket az e-mailekben. Hogyan szólítsam meg őket, és hol állnak "
           "ábécérendben?", "Az esti tanfolyam listája; kérem, ellenőrizze a sorrendet és a megszólítást:",
           "Lakás|Név a táblán|Megszólítás|Születési idő|Becenév|Postaláda|Város", "Tisztelt", "korábban",
           "most", "született"],
    "tr": ["{ADDR} adresindeki posta kutuları ve zilleri için isimlikleri, binanın listesindeki gibi soyadına "
           "göre sıralı bastırmak istiyorum. Bazı yeni komşuların isimlerini nasıl sıralayacağımı ve nasıl "
           "hitap edeceğimi bilmiyorum:", "Bu isimleri e-postalarda hep yanlış yazıyorum. Her birine nasıl "
           "hitap etmeliyim ve alfabetik listede nereye girerler?", "Akşam kursunun listesi; sıralamayı ve "
           "hitapları kontrol eder misin?", "Daire|İsimlik|Hitap|Doğum tarihi|Lakap|Kutu|Şehir", "Sayın",
           "eski adı", "yeni adı", "doğum tarihi"],
}
CUSTOM_FRAMES = list(FRAMES)
CHANGE = {"en": "Please update our records with these name changes:",
          "de": "Bitte diese Namensänderungen übernehmen:",
          "es": "Por favor, actualiza estos cambios de nombre:",
          "fr": "Merci de mettre à jour ces changements de nom :",
          "nl": "Graag deze naamswijzigingen verwerken:",
          "pt": "Atualiza estas alterações de nome, por favor:",
          "it": "Per favore aggiorna questi cambi di nome:",
          "pl": "Proszę uwzględnić te zmiany nazwisk:",
          "hu": "Kérem, vezesse át ezeket a névváltozásokat:",
          "tr": "Lütfen şu isim değişikliklerini işle:"}
MIX = {"en": "en ea ar vn ru is es", "de": "de ru tr hu ar nl", "es": "es pt ar fr en",
       "fr": "fr ar vn es it", "nl": "nl de ea tr ar", "pt": "pt es fr ea", "it": "it es ar ea",
       "pl": "pl ru vn de hu", "hu": "hu de pl ea", "tr": "tr ar ru de"}


def custom_people(fl, n):
    pool = MIX[fl].split()
    return [CUSTOMS[rng.choice(pool[:1] * 2 + pool)]() for _ in range(n)]


def neg_piece(fl, key):
    lab, forms = NEG[fl][key]
    v = rng.choice(forms)
    if "{S}" in v:
        v = v.replace("{S}", real_or_inv(fl if fl in NAMES and NAMES[fl]["s"] else "en"))
    if "{SG}" in v:
        v = v.replace("{SG}", "Nowaka")
    return mk((lab, v.replace("{d}", str(rng.randint(10, 989)))))


def custom_doc(fl, kind, cps, street):
    w = FRAMES[fl]
    cols = w[3].split("|")
    d = P()
    if kind == "plates":
        intro = w[0].split("{ADDR}")
        d.t(intro[0]).s("STREET_ADDRESS", street).t(intro[1] + "\n\n")
        d.t("| " + " | ".join(cols[:3] + cols[5:7]) + " |\n|" + "---|" * 5 + "\n")
        for k, c in enumerate(cps):
            forms = dict(c["forms"])
            plate = forms.get("sorted") or forms.get("native") or forms.get("full") or c["forms"][0][1]
            addr = forms.get("title") or forms.get("hon-after") or forms.get("san") or forms.get("given") \
                or c["forms"][-1][1]
            d.t("| %d%s | " % (k // 2 + 1, "ab"[k % 2])).add(plate).t(" | ").add(addr).t(" | ")
            d.add(neg_piece("en", "ID") if fl not in NEG else mk(("NEG_ID", "BK-%02d" % (k + 1)))).t(" | ")
            d.add(neg_piece(fl, "TOWN")).t(" |\n")
        d.t("\n")
        for c in cps:
            forms = c["forms"]
            d.t("- ").add(forms[0][1])
            if len(forms) > 2:
                d.t(": ").add(forms[2][1])
            if c["hon"]:
                d.t(" (").s("NEG_TITLE", c["hon"]).t(")")
            d.t("\n")
    elif kind == "etiquette":
        d.t(w[1] + "\n\n")
        for c in cps:
            forms = c["forms"]
            d.t("* ").add(forms[0][1])
            for name, fp in forms[1:]:
                d.t(" / ").add(fp)
            if c["hon"]:
                d.t(" — %s: " % cols[2]).s("NEG_TITLE", c["hon"])
            d.t("\n")
        fm = dict(cps[0]["forms"])
        sal = fm.get("title") or fm.get("hon-after") or fm.get("san") or fm.get("given") or cps[0]["forms"][0][1]
        d.t("\n%s " % w[4]).add(sal).t(",\n")
    elif kind == "class":
        d.t(w[2] + "\n\n")
        d.t(";".join([cols[1], cols[3], cols[4], cols[6]]) + "\n")
        for c in cps:
            forms = dict(c["forms"])
            main = forms.get("sorted") or forms.get("full") or c["forms"][0][1]
            d.add(main).t(";")
            y, m, dd = a_birth()
            d.s("DATE_OF_BIRTH", "%02d.%02d.%d" % (dd, m, y)).t(";")
            nick = forms.get("nick") or forms.get("dim") or forms.get("given")
            if nick:
                d.add(nick)
            d.t(";").add(neg_piece(fl, "TOWN")).t("\n")
        c = cps[-1]
        y, m, dd = a_birth()
        d.t("\n").add(c["forms"][0][1]).t(" (%s " % w[7]).s("DATE_OF_BIRTH", date_words(fl, y, m, dd)).t(")\n")
    else:  # a name change: the spelling or form on file, and the one to use now
        d.t(CHANGE[fl] + "\n\n")
        for c in cps:
            forms = c["forms"]
            fm = dict(forms)
            old = fm.get("ascii") or fm.get("western") or fm.get("initials") or fm.get("sorted") or \
                (forms[1][1] if len(forms) > 1 else None)
            if old is not None:
                d.t("* %s " % w[5]).add(old).t(", %s " % w[6]).add(forms[0][1])
            else:
                d.t("* ").add(forms[0][1])
            d.t(" — Ref. ").add(neg_piece(fl, "ID")).t("\n")
    return d


def build_custom(records, i):
    fl = CUSTOM_FRAMES[i % len(CUSTOM_FRAMES)]
    api, shape = APIS[(i + 1) % 4], SHAPES[(i // 4 + i // 12) % 4]
    kind = ["plates", "etiquette", "class", "change"][(i // 10 + i) % 4]
    street = addr_full(fl)
    cps = custom_people(fl, rng.randint(4, 7))
    d = custom_doc(fl, kind, cps, street)
    while len(d.text) < rng.choice([1300, 1600, 2200]):
        d.t("\n")
        d.add(custom_doc(fl, rng.choice(["etiquette", "class", "change"]), custom_people(fl, rng.randint(2, 4)), street))
    doc = Doc(fl, {})
    doc.add(d)
    ask = {"en": "Can you help with this?", "de": "Kannst du helfen?", "es": "¿Me ayudas con esto?",
           "fr": "Tu peux m'aider ?", "nl": "Kun je helpen?", "pt": "Podes ajudar?", "it": "Mi aiuti?",
           "pl": "Pomożesz?", "hu": "Segítenél?", "tr": "Yardım eder misin?"}[fl]
    customs = sorted({c["custom"] for c in cps})
    meta = {"kind": kind, "customs": customs, "ask_lang": fl,
            "shapes": sorted({n for c in cps for n, _ in c["forms"]})}
    if shape == "user":
        balance(doc, fl)
        pieces = [cat(P(ask), doc, "\n\n")]
    elif shape == "turns":
        reply = P()
        for c in cps[:4]:
            reply.t("- ").add(c["forms"][0][1]).t("\n")
        follow = P()
        c = cps[0]
        follow.t("And ").add(c["forms"][-1][1]).t("? " + FRAMES[fl][4] + " ").add(c["forms"][0][1]).t("?")
        balance(doc, fl, (reply, follow))
        pieces = [cat(P(ask), doc, "\n\n"), reply, follow]
    elif shape == "tool_result":
        balance(doc, fl)
        pieces = [P(ask), doc]
        meta["tool"] = "read_document"
    else:
        j = J("pretty" if i % 2 else "compact")
        j.write({"residents": [{"display": c["forms"][0][1], "custom": c["custom"]} for c in cps]})
        balance(doc, fl, (j.p,))
        pieces = [cat(P(ask), doc, "\n\n"), j.p]
        meta["tool"] = "save_residents"
    emit(records, "custom", fl, api, shape, pieces, meta)


# ---- family: mixed -------------------------------------------------------------------------------
LANG_SELF = {"pl": "polski", "cs": "čeština", "sk": "slovenčina", "fi": "suomi", "et": "eesti",
             "hu": "magyar", "tr": "Türkçe", "el": "ελληνικά", "lt": "lietuvių", "lv": "latviešu",
             "hr": "hrvatski", "sl": "slovenščina", "ro": "română", "is": "íslenska", "de": "Deutsch",
             "nl": "Nederlands", "sv": "svenska", "da": "dansk", "no": "norsk"}
BIRTH_WORD = {"pl": ("urodzony ", "urodzona ", " r."), "cs": ("nar. ", "nar. ", ""),
              "sk": ("narodený ", "narodená ", ""), "fi": ("syntynyt ", "syntynyt ", ""),
              "et": ("sündinud ", "sündinud ", ""), "hu": ("született ", "született ", ""),
              "tr": ("doğum tarihi ", "doğum tarihi ", ""), "el": ("γεννημένος στις ", "γεννημένη στις ", ""),
              "lt": ("gimęs ", "gimusi ", ""), "lv": ("dzimis ", "dzimusi ", ""), "hr": ("rođen ", "rođena ", ""),
              "sl": ("rojen ", "rojena ", ""), "ro": ("născut la ", "născută la ", ""),
              "is": ("fæddur ", "fædd ", ""), "de": ("geboren am ", "geboren am ", ""),
              "nl": ("geboren op ", "geboren op ", ""), "sv": ("född ", "född ", ""), "da": ("født ", "født ", ""),
              "no": ("født ", "født ", ""), "es": ("nacido el ", "nacida el ", ""),
              "pt": ("nascido em ", "nascida em ", ""), "fr": ("né le ", "née le ", ""),
              "it": ("nato il ", "nata il ", ""), "en": ("born ", "born ", "")}
TOWN_PREP = {"pl": "w ", "cs": "v ", "sk": "v ", "el": "στην ", "hr": "u ", "sl": "v ", "ro": "în ", "is": "í ",
             "de": "in ", "nl": "in ", "sv": "i ", "da": "i ", "no": "i ", "es": "en ", "pt": "em ", "fr": "à ",
             "it": "a ", "en": "in "}
DE_TR = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
IS_TR = str.maketrans({"ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae", "Æ": "Ae"})
MIX_LANGS = ["pl", "cs", "sk", "fi", "et", "hu", "tr", "el", "lt", "lv", "hr", "sl", "ro", "is", "de",
             "nl", "sv", "da", "no"]
MIX_FRAME = ["en", "de", "fr", "es", "pl", "nl", "sv", "it", "hu", "cs"]


def translit(lg, s):
    if lg == "el":
        return el_latin(s)
    if lg == "de":
        return s.translate(DE_TR)
    if lg == "is":
        return fold(s.translate(IS_TR))
    return fold(s)


def birth_piece(lg, p):
    m, f_, after = BIRTH_WORD[lg]
    y, mo, d = p.birth
    out = Doc(lg, {})
    out.t(m if p.sex == "m" else f_).s("DATE_OF_BIRTH", date_words(lg, y, mo, d)).t(after)
    lab, forms = NEG[lg]["TOWN"]
    tw = rng.choice(forms)
    if lg == "tr":
        out.t(", ").s(lab, tw).t(tr_suffix(tw, "loc"))
    elif lg in TOWN_PREP:
        out.t(" " + TOWN_PREP[lg]).s(lab, tw)
    else:
        out.t(", ").s(lab, tw)
    return out


TABLE_HEAD = {"en": ("The booking system only takes plain ASCII. Please check that each spelling matches the "
                     "original and that the birth dates are right:", "Original|ASCII|Date of birth, place"),
              "de": ("Das Buchungssystem nimmt nur ASCII. Bitte prüfen, ob jede Schreibweise zum Original passt "
                     "und die Geburtsdaten stimmen:", "Original|ASCII|Geburtsdatum, Ort"),
              "fr": ("Le système de réservation n'accepte que l'ASCII. Vérifie que chaque graphie correspond à "
                     "l'original et que les dates de naissance sont justes :", "Original|ASCII|Naissance, lieu"),
              "es": ("El sistema de reservas solo acepta ASCII. Comprueba que cada grafía coincide con el original "
                     "y que las fechas de nacimiento están bien:", "Original|ASCII|Nacimiento, lugar"),
              "pl": ("System rezerwacji przyjmuje tylko ASCII. Sprawdź, czy każda pisownia zgadza się z "
                     "oryginałem i czy daty urodzenia są dobre:", "Oryginał|ASCII|Data urodzenia, miejsce"),
              "nl": ("Het boekingssysteem accepteert alleen ASCII. Klopt elke spelling met het origineel en "
                     "kloppen de geboortedata?", "Origineel|ASCII|Geboren, plaats"),
              "sv": ("Bokningssystemet tar bara ASCII. Stämmer varje stavning med originalet och stämmer "
                     "födelsedatumen?", "Original|ASCII|Född, ort"),
              "it": ("Il sistema di prenotazione accetta solo ASCII. Controlla che ogni grafia corrisponda "
                     "all'originale e che le date di nascita siano giuste:", "Originale|ASCII|Nascita, luogo"),
              "hu": ("A foglalási rendszer csak ASCII-t fogad el. Kérlek, ellenőrizd, hogy minden írásmód "
                     "egyezik-e az eredetivel, és jók-e a születési dátumok:", "Eredeti|ASCII|Született, hely"),
              "cs": ("Rezervační systém bere jen ASCII. Zkontroluj prosím, že každý zápis odpovídá originálu "
                     "a data narození sedí:", "Originál|ASCII|Narození, místo")}


BIRTHS_HEAD = {"en": "Profiles from the exchange programme; put name, date of birth and place in a table:",
               "de": "Profile aus dem Austauschprogramm; bitte Name, Geburtsdatum und Ort als Tabelle:",
               "fr": "Profils du programme d'échange ; mets nom, date de naissance et lieu dans un tableau :",
               "es": "Perfiles del programa de intercambio; pon nombre, fecha de nacimiento y lugar en una tabla:",
               "pl": "Profile z programu wymiany; zrób tabelę: imię i nazwisko, data urodzenia, miejsce:",
               "nl": "Profielen uit het uitwisselingsprogramma; zet naam, geboortedatum en plaats in een tabel:",
               "sv": "Profiler från utbytesprogrammet; gör en tabell med namn, födelsedatum och ort:",
               "it": "Profili del programma di scambio; fai una tabella con nome, data di nascita e luogo:",
               "hu": "Profilok a csereprogramból; tedd táblázatba a nevet, a születési dátumot és a helyet:",
               "cs": "Profily z výměnného programu; udělej tabulku: jméno, datum narození, místo:"}


def table_doc(fl, n):
    head, cols = TABLE_HEAD[fl]
    d = Doc(fl, {})
    d.t(head + "\n\n| " + " | ".join(cols.split("|")) + " |\n|---|---|---|\n")
    langs = []
    for _ in range(n):
        lg = rng.choice(MIX_LANGS)
        langs.append(lg)
        p = person(lg)
        p.birth = a_birth()
        orig = p.full("nom")
        asc = translit(lg, p.given + " " + p.surname) if lg != "hu" else translit(lg, p.given + " " + p.surname)
        d.t("| ").s("PERSON", orig).t(" | ").s("PERSON", asc).t(" | ").add(birth_piece(lg, p)).t(" |\n")
    return d, langs


def births_doc(fl, people_langs):
    d = Doc(fl, {})
    for lg in people_langs:
        p = person(lg)
        p.birth = a_birth()
        d.s("PERSON", p.full("nom")).t(", ").add(birth_piece(lg, p))
        d.t("; ").s("NEG_DATE", date_words(lg, *an_other_date())).t(" — ").s("NEG_ID", "#%d" % rng.randint(100, 9999))
        d.t(".\n")
    return d


def tandem_pieces(a, b, people, turns):
    out = []
    for k in range(turns):
        lg = a if k % 2 == 0 else b
        d = Doc(lg, people)
        kind, t = rng.choice(TPL[lg])
        d.fill(t)
        out.append(d)
    return out


def build_mixed(records, i):
    api, shape = APIS[(i + 2) % 4], SHAPES[(i // 4 + i // 20) % 4]
    kind = ["letter", "tandem", "table", "births"][(i + i // 8) % 4]
    meta = {"kind": kind}
    if kind in ("letter", "tandem"):
        a = rng.choice([x for x in TPL if x not in ("es", "pt", "fr", "it", "en")])
        b = rng.choice([x for x in TRANSLATE if x != a])
        people = people_for(a, 5)
        meta["locale"] = a + "+" + b
        ask = TRANSLATE[b].format(L=LANG_SELF.get(a, a))
        if kind == "letter":
            doc, kinds = inflect_doc(a, False, rng.choice([1300, 1800, 2500, 3500]), people=people)
            note = Doc(b, people)
            note.fill(rng.choice(TPL[b])[1])
            body_parts = [doc, note]
        else:
            body_parts = tandem_pieces(a, b, people, rng.choice([3, 4, 5, 6]))
        shapes = set()
        for x in body_parts:
            shapes |= x.shapes
        meta["shapes"] = sorted(shapes)
        if shape == "turns" and kind == "tandem":
            first = body_parts[0]
            balance(first, a, body_parts[1:])
            pieces = [cat(P(ask), first, "\n\n")] + body_parts[1:]
        else:
            joined = body_parts[0]
            for x in body_parts[1:]:
                joined = cat(joined, x, "\n\n")
            doc = Doc(a, people)
            doc.add(joined)
            if shape == "tool_args":
                args = contacts_json(b if b in NEG else "en", list(people.values()))
                balance(doc, a, (args,))
                pieces = [cat(P(ask), doc, "\n\n"), args]
                meta["tool"] = "save_contacts"
            elif shape == "tool_result":
                balance(doc, a)
                pieces = [P(ask), doc]
                meta["tool"] = "read_message"
            elif shape == "turns":
                reply = people_list(b, False, people)
                balance(doc, a, (reply,))
                pieces = [cat(P(ask), doc, "\n\n"), reply, P(ask)]
            else:
                balance(doc, a)
                pieces = [cat(P(ask), doc, "\n\n")]
        meta["ask_lang"] = b
        lg_meta = meta["locale"]
    else:
        fl = MIX_FRAME[i % len(MIX_FRAME)]
        if kind == "table":
            doc, langs = table_doc(fl, rng.randint(7, 12))
        else:
            langs = [rng.choice(MIX_LANGS) for _ in range(rng.randint(8, 16))]
            doc = Doc(fl, {})
            doc.t(BIRTHS_HEAD.get(fl, BIRTHS_HEAD["en"]) + "\n\n")
            doc.add(births_doc(fl, langs))
        while len(doc.text) < 1700:
            more, l2 = table_doc(fl, 6)
            doc.add(more)
            langs += l2
        meta["locale"] = fl + "+" + "+".join(sorted(set(langs)))
        meta["shapes"] = ["original", "ascii", "dob-words"]
        meta["ask_lang"] = fl
        if shape == "tool_args":
            rows = []
            for sp in doc.spans:
                if sp["entity_type"] == "PERSON" and len(rows) < 6:
                    rows.append({"name": ("PERSON", sp["entity_value"]), "checked": True})
            j = J("line")
            j.write({"passengers": rows})
            balance(doc, fl if fl in PS else "en", (j.p,))
            pieces = [doc, j.p]
            meta["tool"] = "save_passengers"
        elif shape == "turns":
            reply = P("OK — ")
            first = next(s for s in doc.spans if s["entity_type"] == "PERSON")
            reply.s("PERSON", first["entity_value"]).t(" …")
            balance(doc, fl if fl in PS else "en", (reply,))
            pieces = [doc, reply, P("?")]
        elif shape == "tool_result":
            balance(doc, fl if fl in PS else "en")
            pieces = [P("Check the sheet."), doc]
            meta["tool"] = "read_sheet"
        else:
            balance(doc, fl if fl in PS else "en")
            pieces = [doc]
        lg_meta = meta["locale"]
    emit(records, "mixed", lg_meta, api, shape, pieces, meta)


# ---- the corpus ----------------------------------------------------------------------------------
MIN_BYTES, MAX_BYTES = 2048, 30 * 1024


def main():
    records = []
    for i in range(110):
        for build in (build_inflect, build_custom, build_mixed):
            for _ in range(8):  # a body out of 2-30 KiB is drawn again
                tmp = records[:]
                build(tmp, i)
                n = len(tmp[-1]["full_text"].encode("utf-8"))
                if MIN_BYTES <= n <= MAX_BYTES:
                    break
            records[:] = tmp
            records[-1]["template_id"] = (len(records) - 1) % 100
    write_json(records)


if __name__ == "__main__":
    main()
