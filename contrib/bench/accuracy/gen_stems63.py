#!/usr/bin/env python3
"""gen_stems63.py: names whose stem changes when declined (tune set; branch stems63, written and
committed before hush was run on it), from the twenty-ninth blind set's public brief (its inflect
family) and the author's own idea of each language's declension, not from hush's rules.

Clinic appointments, parcels left with a neighbour, school-trip consent, sports-club fees and
notes between neighbours in fi, pl, cs, sk, lv, lt, hu, el (Greek letters and Latin letters), tr
and de. A person is named in the nominative and again in cases whose stem changes (Finnish
`Virtanen` -> `Virtasen`/`Virtaselle`, consonant gradation `Jukka` -> `Jukan`; Polish `-ski`/`-ska`
-> `-skiego`/`-skiej`/`-ską`, `Wróbel` -> `Wróbla`; Czech/Slovak `-ová` -> `-ové`/`-ovou`/`-ovej`/
`-ovú`, `-ek` -> `-ka`, `Karel` -> `Karla`, `Peter` -> `Petra`; Latvian `-š`/`-s` -> `-a`/`-am`/`-u`;
Lithuanian `-tis` -> `-čio`/`-čiui`, `-ienė` -> `-ienės`/`-ienei`; Hungarian lengthening `Éva` ->
`Évával`; Greek `-ος` -> `-ου`/`-ο`/`-ε`, `-ης` -> `-η`; vocatives), or only in an oblique case after
a title of the language (`pani`, `pana`, `panem`, `paní`, `pane`, `pán`, `herra`, `rouva`, `úr`,
`asszony`, `kungs`, `kundze`, `ponas`, `ponia`, `κύριος`/`κυρία` declined, `Bey`/`Hanım`, `bei`).
Half the surnames invented from syllables and declined by the same rules.

Gold: PERSON in the form it stands in (the case ending inside; a title, an article, a preposition,
a Turkish suffix after the apostrophe and a German genitive apostrophe outside). Look-alikes as
NEG_ spans, at least as many as the names in every record: declined adjectives and nouns with the
same endings (`Nowego Roku`, `Poczty Polskiej`, `Suomalaisen Kirjakaupan`; NEG_WORD/NEG_ORG),
declined towns (NEG_PLACE), months (NEG_MONTH), holidays (NEG_HOLIDAY), saints (NEG_SAINT), streets
with no number (NEG_STREET), firms (NEG_ORG).

Request bodies of the four APIs (one user message: an ask and the message), a third
\\uXXXX-escaped, half compact. Deterministic; stdlib only; writes JSON to stdout.
"""
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import write_json  # noqa: E402
from gen_bodies import P, ask_body, append_body  # noqa: E402
from gen_inflectp62 import tr_suffix  # noqa: E402

rng = random.Random(20261207 + 63)
K7 = ("nom", "gen", "dat", "acc", "ins", "loc", "voc")


def f7(*forms):
    return dict(zip(K7, forms))


# ---- declension by the author's reading of each grammar ------------------------------------------
def pl_sur(s):
    if s.endswith(("ski", "cki", "dzki")):
        b = s[:-1]
        return f7(s, b + "iego", b + "iemu", b + "iego", b + "im", b + "im", s)
    if s.endswith(("ska", "cka", "dzka")):
        b = s[:-1]
        return f7(s, b + "iej", b + "iej", b + "ą", b + "ą", b + "iej", s)
    if s.endswith(("ny", "ły", "wy")):
        b = s[:-1]
        return f7(s, b + "ego", b + "emu", b + "ego", b + "ym", b + "ym", s)
    if s.endswith(("na", "ła", "wa")):
        b = s[:-1]
        return f7(s, b + "ej", b + "ej", b + "ą", b + "ą", b + "ej", s)
    if s.endswith("el"):  # Wróbel -> Wróbla (the e drops)
        b = s[:-2] + "l"
        return f7(s, b + "a", b + "owi", b + "a", b + "em", b + "u", b + "u")
    if s.endswith("ek"):
        b = s[:-2] + "k"
        return f7(s, b + "a", b + "owi", b + "a", b + "iem", b + "u", b + "u")
    hard_k = s[-1] in "kg"
    return f7(s, s + "a", s + "owi", s + "a", s + ("iem" if hard_k else "em"), s + "u",
              s + ("u" if hard_k or s[-2:] in ("cz", "sz", "rz") else "ie"))


def cs_sur(s, lg):
    sk = lg == "sk"
    if s.endswith("á"):
        b = s[:-1]
        return f7(s, b + ("ej" if sk else "é"), b + ("ej" if sk else "é"), b + ("ú" if sk else "ou"),
                  b + "ou", b + ("ej" if sk else "é"), s)
    if s.endswith("ý"):
        b = s[:-1]
        return f7(s, b + "ého", b + "ému", b + "ého", b + "ým", b + "om" if sk else b + "ém", s)
    if s.endswith("a"):
        b = s[:-1]
        return f7(s, b + "u" if sk else b + "y", b + "ovi", b + "u", b + "om" if sk else b + "ou", b + "ovi",
                  s if sk else b + "o")
    if s.endswith(("ek", "ec")):
        b = s[:-2] + ("k" if s.endswith("ek") else "c")
        soft = b[-1] == "c"
        return f7(s, b + ("e" if soft and not sk else "a"), b + "ovi", b + ("e" if soft and not sk else "a"),
                  b + ("om" if sk else "em"), b + "ovi", s if sk else b + ("i" if soft else "u"))
    soft = s[-1] in "čšžřjcťď" or s.endswith("il")
    return f7(s, s + ("e" if soft and not sk and s[-1] != "l" else "a"), s + "ovi",
              s + ("e" if soft and not sk and s[-1] != "l" else "a"), s + ("om" if sk else "em"), s + "ovi",
              s if sk else s + ("i" if s[-1] in "čšžřjcťď" else ("e" if s[-1] == "l" else "u")))


FI_K = ("nom", "gen", "all", "ade", "par", "ela", "ill")


def fi_sur(s):
    v = "a" if any(c in "aou" for c in s) else "ä"
    if s.endswith("nen"):
        b = s[:-3] + "se"
        return dict(zip(FI_K, (s, b + "n", b + "lle", b + "ll" + v, s[:-3] + "st" + v, b + "lt" + v, b + "en")))
    return dict(zip(FI_K, (s, s + "n", s + "lle", s + "ll" + v, s + v, s + "lt" + v, s + s[-1] + "n")))


def lv_sur(s, sex):
    if sex == "m":
        b = s[:-1]
        if s.endswith("is"):
            return f7(s, b[:-1] + "a", b + "m", b, b, b[:-1] + "ī", b)
        return f7(s, b + "a", b + "am", b + "u", b + "u", b + "ā", b)
    b = s[:-1]
    if s.endswith("e"):
        return f7(s, b + "es", b + "ei", b + "i", b + "i", b + "ē", s)
    return f7(s, b + "as", b + "ai", b + "u", b + "u", b + "ā", s)


def lt_sur(s):
    if s.endswith(("ienė", "aitė", "utė", "ytė")):
        b = s[:-1]
        return f7(s, b + "ės", b + "ei", b + "ę", b + "e", b + "ėje", b + "e")
    if s.endswith("tis"):
        b = s[:-3]
        return f7(s, b + "čio", b + "čiui", b + "tį", b + "čiu", b + "tyje", b + "ti")
    if s.endswith("is"):
        b = s[:-2]
        return f7(s, b + "io", b + "iui", b + "į", b + "iu", b + "yje", b + "i")
    if s.endswith("us"):
        b = s[:-2]
        return f7(s, b + "aus", b + "ui", b + "ų", b + "umi", b + "uje", b + "au")
    b = s[:-2]
    return f7(s, b + "o", b + "ui", b + "ą", b + "u", b + "e", b + "ai")


EL_K = ("nom", "gen", "acc", "voc")


def el_sur(s):
    if s.endswith(("ος", "os")):
        b = s[:-2]
        gr = s.endswith("ος")
        return dict(zip(EL_K, (s, b + ("ου" if gr else "ou"), b + ("ο" if gr else "o"), b + ("ε" if gr else "e"))))
    if s.endswith(("ης", "άς", "ής", "is", "as")):
        return dict(zip(EL_K, (s, s[:-1], s[:-1], s[:-1])))
    return dict(zip(EL_K, (s,) * 4))


HU_K = ("nom", "dat", "ins", "acc", "ade", "abl")

# ---- people: given names (case tables) and surnames (real and invented, declined by rule) --------
GIVEN = {
    "pl": {"m": [f7("Marek", "Marka", "Markowi", "Marka", "Markiem", "Marku", "Marku"),
                 f7("Wojciech", "Wojciecha", "Wojciechowi", "Wojciecha", "Wojciechem", "Wojciechu", "Wojciechu"),
                 f7("Zbigniew", "Zbigniewa", "Zbigniewowi", "Zbigniewa", "Zbigniewem", "Zbigniewie", "Zbigniewie")],
           "f": [f7("Barbara", "Barbary", "Barbarze", "Barbarę", "Barbarą", "Barbarze", "Barbaro"),
                 f7("Agnieszka", "Agnieszki", "Agnieszce", "Agnieszkę", "Agnieszką", "Agnieszce", "Agnieszko"),
                 f7("Małgorzata", "Małgorzaty", "Małgorzacie", "Małgorzatę", "Małgorzatą", "Małgorzacie", "Małgorzato")]},
    "cs": {"m": [f7("Karel", "Karla", "Karlovi", "Karla", "Karlem", "Karlovi", "Karle"),
                 f7("Jiří", "Jiřího", "Jiřímu", "Jiřího", "Jiřím", "Jiřím", "Jiří"),
                 f7("Tomáš", "Tomáše", "Tomášovi", "Tomáše", "Tomášem", "Tomášovi", "Tomáši")],
           "f": [f7("Eva", "Evy", "Evě", "Evu", "Evou", "Evě", "Evo"),
                 f7("Petra", "Petry", "Petře", "Petru", "Petrou", "Petře", "Petro"),
                 f7("Lucie", "Lucie", "Lucii", "Lucii", "Lucií", "Lucii", "Lucie")]},
    "sk": {"m": [f7("Peter", "Petra", "Petrovi", "Petra", "Petrom", "Petrovi", "Peter"),
                 f7("Ján", "Jána", "Jánovi", "Jána", "Jánom", "Jánovi", "Ján"),
                 f7("Pavol", "Pavla", "Pavlovi", "Pavla", "Pavlom", "Pavlovi", "Pavol")],
           "f": [f7("Mária", "Márie", "Márii", "Máriu", "Máriou", "Márii", "Mária"),
                 f7("Zuzana", "Zuzany", "Zuzane", "Zuzanu", "Zuzanou", "Zuzane", "Zuzana"),
                 f7("Jana", "Jany", "Jane", "Janu", "Janou", "Jane", "Jana")]},
    "fi": {"m": [dict(zip(FI_K, ("Jukka", "Jukan", "Jukalle", "Jukalla", "Jukkaa", "Jukalta", "Jukkaan"))),
                 dict(zip(FI_K, ("Antti", "Antin", "Antille", "Antilla", "Anttia", "Antilta", "Anttiin"))),
                 dict(zip(FI_K, ("Matti", "Matin", "Matille", "Matilla", "Mattia", "Matilta", "Mattiin")))],
           "f": [dict(zip(FI_K, ("Pirkko", "Pirkon", "Pirkolle", "Pirkolla", "Pirkkoa", "Pirkolta", "Pirkkoon"))),
                 dict(zip(FI_K, ("Riikka", "Riikan", "Riikalle", "Riikalla", "Riikkaa", "Riikalta", "Riikkaan"))),
                 dict(zip(FI_K, ("Satu", "Sadun", "Sadulle", "Sadulla", "Satua", "Sadulta", "Satuun")))]},
    "lv": {"m": [f7("Jānis", "Jāņa", "Jānim", "Jāni", "Jāni", "Jānī", "Jāni"),
                 f7("Pēteris", "Pētera", "Pēterim", "Pēteri", "Pēteri", "Pēterī", "Pēteri"),
                 f7("Kārlis", "Kārļa", "Kārlim", "Kārli", "Kārli", "Kārlī", "Kārli")],
           "f": [f7("Līga", "Līgas", "Līgai", "Līgu", "Līgu", "Līgā", "Līga"),
                 f7("Ilze", "Ilzes", "Ilzei", "Ilzi", "Ilzi", "Ilzē", "Ilze"),
                 f7("Dace", "Daces", "Dacei", "Daci", "Daci", "Dacē", "Dace")]},
    "lt": {"m": [f7("Mindaugas", "Mindaugo", "Mindaugui", "Mindaugą", "Mindaugu", "Mindauge", "Mindaugai"),
                 f7("Darius", "Dariaus", "Dariui", "Darių", "Dariumi", "Dariuje", "Dariau"),
                 f7("Vytautas", "Vytauto", "Vytautui", "Vytautą", "Vytautu", "Vytaute", "Vytautai")],
           "f": [f7("Aušra", "Aušros", "Aušrai", "Aušrą", "Aušra", "Aušroje", "Aušra"),
                 f7("Rasa", "Rasos", "Rasai", "Rasą", "Rasa", "Rasoje", "Rasa"),
                 f7("Inga", "Ingos", "Ingai", "Ingą", "Inga", "Ingoje", "Inga")]},
    "hu": {"m": [dict(zip(HU_K, ("László", "Lászlónak", "Lászlóval", "Lászlót", "Lászlónál", "Lászlótól"))),
                 dict(zip(HU_K, ("Gergely", "Gergelynek", "Gergellyel", "Gergelyt", "Gergelynél", "Gergelytől"))),
                 dict(zip(HU_K, ("Attila", "Attilának", "Attilával", "Attilát", "Attilánál", "Attilától")))],
           "f": [dict(zip(HU_K, ("Éva", "Évának", "Évával", "Évát", "Évánál", "Évától"))),
                 dict(zip(HU_K, ("Anna", "Annának", "Annával", "Annát", "Annánál", "Annától"))),
                 dict(zip(HU_K, ("Eszter", "Eszternek", "Eszterrel", "Esztert", "Eszternél", "Esztertől")))]},
    "el": {"m": [dict(zip(EL_K, ("Γιάννης", "Γιάννη", "Γιάννη", "Γιάννη"))),
                 dict(zip(EL_K, ("Δημήτρης", "Δημήτρη", "Δημήτρη", "Δημήτρη"))),
                 dict(zip(EL_K, ("Κώστας", "Κώστα", "Κώστα", "Κώστα")))],
           "f": [dict(zip(EL_K, ("Κατερίνα", "Κατερίνας", "Κατερίνα", "Κατερίνα"))),
                 dict(zip(EL_K, ("Σοφία", "Σοφίας", "Σοφία", "Σοφία"))),
                 dict(zip(EL_K, ("Δέσποινα", "Δέσποινας", "Δέσποινα", "Δέσποινα")))]},
    "elx": {"m": [dict(zip(EL_K, ("Giannis", "Gianni", "Gianni", "Gianni"))),
                  dict(zip(EL_K, ("Dimitris", "Dimitri", "Dimitri", "Dimitri"))),
                  dict(zip(EL_K, ("Kostas", "Kosta", "Kosta", "Kosta")))],
            "f": [dict(zip(EL_K, ("Katerina", "Katerinas", "Katerina", "Katerina"))),
                  dict(zip(EL_K, ("Sofia", "Sofias", "Sofia", "Sofia"))),
                  dict(zip(EL_K, ("Despoina", "Despoinas", "Despoina", "Despoina")))]},
    "tr": {"m": [{"nom": "Mustafa"}, {"nom": "Hakan"}, {"nom": "Murat"}],
           "f": [{"nom": "Fatma"}, {"nom": "Elif"}, {"nom": "Gülay"}]},
    "de": {"m": [{"nom": "Klaus", "gen": "Klaus'"}, {"nom": "Jürgen", "gen": "Jürgens"}, {"nom": "Holger", "gen": "Holgers"}],
           "f": [{"nom": "Heike", "gen": "Heikes"}, {"nom": "Doris", "gen": "Doris'"}, {"nom": "Ute", "gen": "Utes"}]},
}
# (real..., invented...) per sex; the feminine of pl/cs/sk/lv/lt formed by the language's rule
SUR = {
    "pl": {"m": ["Kowalski", "Lewandowski", "Wróbel", "Zadrożny", "Pietrzyński", "Gąsiorek", "Ostrołęcki", "Mrówczak"],
           "f": ["Kowalska", "Kamińska", "Wiśniewska", "Zadrożna", "Pietrzyńska", "Ostrołęcka", "Świerczewska", "Bronowska"]},
    "cs": {"m": ["Novák", "Dvořák", "Černý", "Pospíšil", "Hlaváček", "Stružínek", "Vrbenský", "Bělohrad"],
           "f": ["Nováková", "Dvořáková", "Černá", "Pospíšilová", "Hlaváčková", "Stružínková", "Vrbenská", "Bělohradová"]},
    "sk": {"m": ["Kováč", "Horváth", "Varga", "Hudec", "Hrubovčák", "Ondrejčík", "Zvarík", "Matulay"],
           "f": ["Kováčová", "Horváthová", "Vargová", "Hudecová", "Hrubovčáková", "Ondrejčíková", "Zvaríková", "Matulayová"]},
    "fi": {"m": ["Virtanen", "Nieminen", "Heikkinen", "Lehtonen", "Kelohanen", "Marjalainen", "Sorkkanen", "Vuorelainen"],
           "f": ["Virtanen", "Mäkinen", "Hämäläinen", "Laaksonen", "Kivitanen", "Rautalainen", "Pelkonen", "Koskela"]},
    "lv": {"m": ["Bērziņš", "Kalniņš", "Ozols", "Zariņš", "Smiltiņš", "Kārklēns", "Zemzaris", "Vītoliņš"],
           "f": ["Bērziņa", "Kalniņa", "Ozola", "Zariņa", "Smiltiņa", "Kārklēna", "Zemzare", "Vītoliņa"]},
    "lt": {"m": ["Jonaitis", "Kazlauskas", "Petrauskas", "Paulauskas", "Girdauskas", "Šimkaitis", "Rudvalis", "Žemaitukas"],
           "f": ["Jonaitienė", "Kazlauskienė", "Petrauskaitė", "Paulauskienė", "Girdauskienė", "Šimkaitytė", "Rudvalienė", "Žemaitukienė"]},
    "hu": {"m": ["Kovács", "Szabó", "Tóth", "Horváth", "Kerekesi", "Barnóczi", "Vámosfalvi", "Pákozdi"],
           "f": ["Kovács", "Szabó", "Tóth", "Horváth", "Kerekesi", "Barnóczi", "Vámosfalvi", "Pákozdi"]},
    "el": {"m": ["Παπαδόπουλος", "Παπαδάκης", "Οικονόμου", "Αντωνίου", "Ζερβόπουλος", "Καλαμαράκης", "Μπαλτάς", "Ξυδάκης"],
           "f": ["Παπαδοπούλου", "Παπαδάκη", "Οικονόμου", "Αντωνίου", "Ζερβοπούλου", "Καλαμαράκη", "Μπαλτά", "Ξυδάκη"]},
    "elx": {"m": ["Papadopoulos", "Papadakis", "Oikonomou", "Antoniou", "Zervopoulos", "Kalamarakis", "Baltas", "Xydakis"],
            "f": ["Papadopoulou", "Papadaki", "Oikonomou", "Antoniou", "Zervopoulou", "Kalamaraki", "Balta", "Xydaki"]},
    "tr": {"m": ["Yılmaz", "Kaya", "Demir", "Şahin", "Karaöz", "Tezelci", "Gündoğar", "Esmeray"],
           "f": ["Yılmaz", "Kaya", "Demir", "Şahin", "Karaöz", "Tezelci", "Gündoğar", "Esmeray"]},
    "de": {"m": ["Meier", "Schulze", "Becker", "Krüger", "Brandtner", "Wieskötter", "Hollmig", "Strübing"],
           "f": ["Meier", "Schulze", "Becker", "Krüger", "Brandtner", "Wieskötter", "Hollmig", "Strübing"]},
}


def decline(lg, sex, s):
    if lg == "pl":
        return pl_sur(s)
    if lg in ("cs", "sk"):
        return cs_sur(s, lg)
    if lg == "fi":
        return fi_sur(s)
    if lg == "lv":
        return lv_sur(s, sex)
    if lg == "lt":
        return lt_sur(s)
    if lg in ("el", "elx"):
        return el_sur(s)
    if lg == "hu":
        back = any(c in "aáoóuú" for c in s)
        return dict(zip(HU_K, (s, s + ("nak" if back else "nek"), s + ("szal" if s.endswith("s") else "val"),
                               s + ("ot" if back else "et"), s + ("nál" if back else "nél"),
                               s + ("tól" if back else "től"))))
    if lg == "de":
        return {"nom": s, "gen": s + "s"}
    return {"nom": s}


# ---- templates: {F.c} full name in case c (Hungarian: surname, then the given name in c; Greek:
#      both in c), {S.c} surname, {G.c} given name, {T.c} a Turkish suffix after the apostrophe
#      (outside the span); <LABEL|text> a look-alike. Each language: mixed (nominative first) and
#      cue-only lines (a title, then an oblique case only). ---------------------------------------
TPL = {
    "pl": {"mix": [
        "Przychodnia: wizyta {F.gen} przełożona na <NEG_MONTH|listopad>. {G.nom} prosi, żeby zadzwonić do <NEG_ORG|Szpitala Wojewódzkiego>.",
        "Paczka dla {F.gen} została u mnie. Oddam ją {S.dat} po <NEG_HOLIDAY|Nowym Roku>, bo jestem w <NEG_PLACE|Zielonej Górze>.",
        "Zgoda na wycieczkę: {F.nom} podpisała. Rozmawiałam z {S.ins} przy <NEG_STREET|ulicy Warszawskiej>.",
        "{G.voc}, składka klubu za <NEG_MONTH|październik> jest u {S.gen}. Przelew przez <NEG_ORG|Pocztę Polską>.",
        "Sąsiedzka sprawa: {F.nom} prosi o klucz. Widziałem {S.acc} przed <NEG_HOLIDAY|Bożym Ciałem> na <NEG_STREET|Krakowskim Przedmieściu>."],
        "cue": [
        "Proszę przekazać pani {S.dat} wyniki z <NEG_ORG|Narodowego Funduszu Zdrowia>.",
        "Klucze są u pana {S.gen} od <NEG_HOLIDAY|Wielkiej Nocy>, mieszka koło <NEG_SAINT|kościoła św. Józefa>.",
        "Rozmawiałem z panem {S.ins} o wyjeździe do <NEG_PLACE|Wielkiej Brytanii>.",
        "Dzwoniła pani {G.nom}, ale <NEG_WORD|Nowego> terminu nie ma. Wyślę SMS {F.dat} z <NEG_PLACE|Gorzowa Wielkopolskiego>.",
        "Panie {G.voc}, dziękuję za pomoc przy <NEG_ORG|Politechnice Warszawskiej>."]},
    "cs": {"mix": [
        "Ordinace: {F.nom} má kontrolu v <NEG_MONTH|dubnu>. Termín jsem poslala {S.dat} přes <NEG_ORG|Českou poštu>.",
        "Balík pro {F.acc} je u mě. Předám ho {G.dat} po <NEG_HOLIDAY|Velikonocích>, jsem v <NEG_PLACE|Karlových Varech>.",
        "Souhlas s výletem podepsal {F.nom}. Mluvila jsem s {S.ins} na <NEG_STREET|Národní třídě>.",
        "{G.voc}, příspěvek oddílu za <NEG_MONTH|březen> je u {S.gen}. Zbytek pošle <NEG_ORG|Krajská nemocnice>.",
        "Vzkaz od sousedů: klíče má {F.nom}, {S.acc} jsem potkal u <NEG_SAINT|kostela svatého Václava>."],
        "cue": [
        "Pošlete prosím paní {S.dat} výsledky z <NEG_ORG|Krajské nemocnice>.",
        "Klíče jsou u pana {S.gen} od <NEG_HOLIDAY|Nového roku>, bydlí v <NEG_PLACE|Ústí nad Labem>.",
        "Mluvil jsem s panem {S.ins} o výletě do <NEG_PLACE|Nového Města>.",
        "Pane {S.voc}, děkuji za pomoc se <NEG_WORD|Staroměstskou> radnicí.",
        "Zprávu jsem nechal u paní {S.gen} na <NEG_STREET|Václavském náměstí>."]},
    "sk": {"mix": [
        "Ambulancia: {F.nom} má kontrolu v <NEG_MONTH|máji>. Termín som poslala {S.dat} cez <NEG_ORG|Slovenskú poštu>.",
        "Balík pre {F.acc} je u mňa. Odovzdám ho {G.dat} po <NEG_HOLIDAY|Veľkej noci>, som v <NEG_PLACE|Banskej Bystrici>.",
        "Súhlas s výletom podpísal {F.nom}. Hovorila som s {S.ins} na <NEG_STREET|Hlavnej ulici>.",
        "Príspevok klubu za <NEG_MONTH|apríl> je u {F.gen}. Zvyšok pošle <NEG_ORG|Všeobecná zdravotná poisťovňa>.",
        "Odkaz od susedov: kľúče má {F.nom}, {S.acc} som stretol pri <NEG_SAINT|kostole svätého Martina>."],
        "cue": [
        "Pošlite, prosím, pani {S.dat} výsledky z <NEG_ORG|Fakultnej nemocnice>.",
        "Kľúče sú u pána {S.gen} od <NEG_HOLIDAY|Nového roka>, býva v <NEG_PLACE|Novom Meste>.",
        "Hovoril som s pánom {S.ins} o výlete do <NEG_PLACE|Vysokých Tatier>.",
        "Odkaz som nechal u pani {S.gen} na <NEG_STREET|Obchodnej ulici>.",
        "S pani {S.ins} sme riešili <NEG_WORD|Slovenskej> sporiteľne poplatok."]},
    "fi": {"mix": [
        "Ajanvaraus: {F.nom} pääsee lääkäriin <NEG_MONTH|huhtikuussa>. Lähetin ajan {S.all} <NEG_ORG|Kelan> kautta.",
        "Paketti {F.all} on minulla. Annan sen {G.all} <NEG_HOLIDAY|juhannuksen> jälkeen, olen <NEG_PLACE|Tampereella>.",
        "Retkilupa: {F.nom} allekirjoitti. Puhuin {S.gen} kanssa <NEG_STREET|Mannerheimintiellä>.",
        "Seuran maksu <NEG_MONTH|lokakuulta> on {S.ade}. Kuitti tulee <NEG_ORG|Suomalaisen Kirjakaupan> lahjakortilla.",
        "Naapurilta: avain on {F.ade}, näin {S.par} <NEG_SAINT|Pyhän Laurin> kirkolla <NEG_PLACE|Helsingin> keskustassa."],
        "cue": [
        "Ilmoitin herra {S.all} <NEG_ORG|Itäisen Suomen yliopiston> vastauksesta.",
        "Rouva {S.gen} avain on <NEG_PLACE|Uudenmaan> toimistossa.",
        "Soitin rouva {S.all} <NEG_WORD|Ensimmäisen> kerran <NEG_MONTH|maaliskuussa>.",
        "Herra {S.ade} ei ole vielä <NEG_ORG|Postin> ilmoitusta.",
        "Sain viestin {F.ela} <NEG_PLACE|Suomen> <NEG_WORD|Tavallisen> Tien kautta."]},
    "lv": {"mix": [
        "Pieraksts: {F.nom} pie ārsta <NEG_MONTH|maijā>. Nosūtīju laiku {S.dat} caur <NEG_ORG|Latvijas Pastu>.",
        "Paka {F.dat} ir pie manis. Iedošu to {G.dat} pēc <NEG_HOLIDAY|Jāņiem>, esmu <NEG_PLACE|Jūrmalā>.",
        "Ekskursijas atļauju parakstīja {F.nom}. Runāju ar {S.acc} <NEG_STREET|Brīvības ielā>.",
        "Kluba maksa par <NEG_MONTH|oktobri> ir pie {S.gen}. Kvīti atsūtīs <NEG_ORG|Rīgas Stradiņa universitāte>.",
        "Kaimiņi: atslēgas ir {F.dat}, {G.acc} redzēju pie <NEG_SAINT|Svētā Jēkaba> baznīcas."],
        "cue": [
        "Lūdzu nodot {S.gen} kungam rezultātus no <NEG_ORG|Latvijas Universitātes>.",
        "Atslēgas ir pie {S.gen} kundzes kopš <NEG_HOLIDAY|Ziemassvētkiem>, viņa dzīvo <NEG_PLACE|Daugavpilī>.",
        "Runāju ar {S.acc} kungu par braucienu uz <NEG_PLACE|Liepāju>.",
        "{S.dat} kundzei nosūtīju <NEG_WORD|Rīgas> domes vēstuli.",
        "{S.gen} kungs atstāja ziņu <NEG_PLACE|Vecrīgā>."]},
    "lt": {"mix": [
        "Registracija: {F.nom} pas gydytoją <NEG_MONTH|gegužės> 12 d. Laiką nusiunčiau {S.dat} per <NEG_ORG|Lietuvos paštą>.",
        "Siuntinys {F.dat} pas mane. Atiduosiu {G.dat} po <NEG_HOLIDAY|Joninių>, esu <NEG_PLACE|Panevėžyje>.",
        "Ekskursijos sutikimą pasirašė {F.nom}. Kalbėjau su {S.ins} <NEG_STREET|Gedimino prospekte>.",
        "Klubo mokestis už <NEG_MONTH|spalį> pas {S.acc}. Kvitą atsiųs <NEG_ORG|Kauno klinikos>.",
        "Kaimynai: raktai pas {F.acc}, {G.acc} mačiau prie <NEG_SAINT|Šv. Jono> bažnyčios."],
        "cue": [
        "Prašau perduoti ponui {S.dat} rezultatus iš <NEG_ORG|Vilniaus universiteto>.",
        "Raktai pas ponią {S.acc} nuo <NEG_HOLIDAY|Kalėdų>, ji gyvena <NEG_PLACE|Trakuose>.",
        "Kalbėjau su ponu {S.ins} apie kelionę į <NEG_PLACE|Klaipėdą>.",
        "Poniai {S.dat} išsiunčiau <NEG_WORD|Vilniaus> savivaldybės laišką.",
        "Pone {S.voc}, ačiū už pagalbą <NEG_ORG|Lietuvos banke>."]},
    "hu": {"mix": [
        "Időpont: {F.nom} <NEG_MONTH|áprilisban> megy orvoshoz. Elküldtem {F.dat} a <NEG_ORG|Magyar Postán> keresztül.",
        "A csomag {F.dat} nálam van. Odaadom <NEG_HOLIDAY|húsvét> után, <NEG_PLACE|Nagykanizsán> vagyok.",
        "A kirándulási engedélyt {F.nom} írta alá. Beszéltem {F.ins} a <NEG_STREET|Kossuth téren>.",
        "A klubtagdíj <NEG_MONTH|októberre> {F.ade} van. A számlát a <NEG_ORG|Semmelweis Egyetem> küldi.",
        "Szomszédok: a kulcs {F.ade} van, {F.acc} láttam a <NEG_SAINT|Szent István> bazilikánál."],
        "cue": [
        "Kérem, adják át {S.nom} úrnak a <NEG_ORG|Debreceni Egyetem> leletét.",
        "A kulcs {S.nom} asszonynál van <NEG_HOLIDAY|karácsony> óta, <NEG_PLACE|Nagyváradon> lakik.",
        "Beszéltem {S.nom} úrral a <NEG_PLACE|Balatonnál> tartott kirándulásról.",
        "Tegnap {G.dat} szóltam a <NEG_WORD|Tiszával> kapcsolatos kirándulásról.",
        "{G.ins} beszéltem <NEG_PLACE|Budapestnek> a <NEG_STREET|Váci utcai> részén."]},
    "el": {"mix": [
        "Ραντεβού: ο/η {F.nom} έχει γιατρό τον <NEG_MONTH|Μάιο>. Έστειλα την ώρα στον/στην {S.acc} μέσω <NEG_ORG|ΕΛΤΑ>.",
        "Το δέμα του/της {F.gen} είναι σε μένα. Θα το δώσω μετά το <NEG_HOLIDAY|Πάσχα>, είμαι στη <NEG_PLACE|Λάρισα>.",
        "Την άδεια εκδρομής υπέγραψε ο/η {F.nom}. Μίλησα με τον/την {S.acc} στην <NEG_STREET|οδό Ερμού>.",
        "Η συνδρομή του συλλόγου για τον <NEG_MONTH|Οκτώβριο> είναι στον/στην {G.acc}. Απόδειξη από τον <NEG_ORG|Δήμο Πειραιά>.",
        "Γείτονες: τα κλειδιά τα έχει ο/η {G.nom}, είδα τον/την {S.acc} στον <NEG_SAINT|Άγιο Δημήτριο>."],
        "cue": [
        "Παρακαλώ δώστε στον κύριο {S.acc} τα αποτελέσματα από το <NEG_ORG|Νοσοκομείο Παίδων>.",
        "Τα κλειδιά είναι της κυρίας {S.gen} από τα <NEG_HOLIDAY|Χριστούγεννα>, μένει στην <NEG_PLACE|Κρήτη>.",
        "Μίλησα με τον κύριο {S.acc} για την εκδρομή στη <NEG_PLACE|Θεσσαλονίκη>.",
        "Κύριε {S.voc}, ευχαριστώ για τη βοήθεια στην <NEG_WORD|Ελλάδα>.",
        "Το σημείωμα του κυρίου {S.gen} άφησα στην <NEG_PLACE|Πάτρα>.",
        "Στην κυρία {S.acc} έδωσα το έντυπο του <NEG_ORG|ΕΦΚΑ> για τον <NEG_MONTH|Ιούνιο>."]},
    "elx": {"mix": [
        "Rantevou: o/i {F.nom} echei giatro ton <NEG_MONTH|Maio>. Esteila tin ora ston/stin {S.acc} meso <NEG_ORG|ELTA>.",
        "To dema tou/tis {F.gen} einai se mena. Tha to doso meta to <NEG_HOLIDAY|Pascha>, eimai sti <NEG_PLACE|Larisa>.",
        "Tin adeia ekdromis ypegrapse o/i {F.nom}. Milisa me ton/tin {S.acc} stin <NEG_STREET|odo Ermou>.",
        "I syndromi tou syllogou gia ton <NEG_MONTH|Oktovrio> einai ston/stin {G.acc}. Apodeixi apo ton <NEG_ORG|Dimo Peiraia>.",
        "Geitones: ta kleidia ta echei o/i {G.nom}, eida ton/tin {S.acc} ston <NEG_SAINT|Agio Dimitrio>."],
        "cue": [
        "Parakalo doste ston kyrio {S.acc} ta apotelesmata apo to <NEG_ORG|Nosokomeio Paidon>.",
        "Ta kleidia einai tis kyrias {S.gen} apo ta <NEG_HOLIDAY|Christougenna>, menei stin <NEG_PLACE|Kriti>.",
        "Milisa me ton kyrio {S.acc} gia tin ekdromi sti <NEG_PLACE|Thessaloniki>.",
        "Kyrie {S.voc}, efcharisto gia ti voitheia stin <NEG_WORD|Ellada>.",
        "To simeioma tou kyriou {S.gen} afisa stin <NEG_PLACE|Patra>.",
        "Stin kyria {S.acc} edosa to entypo tou <NEG_ORG|EFKA> gia ton <NEG_MONTH|Iounio>."]},
    "tr": {"mix": [
        "Randevu: {F.nom} <NEG_MONTH|Nisan>'da doktora gidecek. Saati {S.nom}{T.dat} <NEG_ORG|PTT>'den gönderdim.",
        "{F.nom}{T.gen} kargosu bende. <NEG_HOLIDAY|Kurban Bayramı>'ndan sonra veririm, <NEG_PLACE|Kadıköy>'deyim.",
        "Gezi iznini {F.nom} imzaladı. {G.nom}{T.abl} <NEG_STREET|Bağdat Caddesi>'nde haber aldım.",
        "Kulüp aidatı <NEG_MONTH|Ekim> için {S.nom}{T.dat} ödendi, makbuz <NEG_ORG|Ziraat Bankası>'ndan.",
        "Komşular: anahtar {G.nom}{T.gen} yanında, {S.nom}{T.abl} <NEG_PLACE|Bursa>'dan dönünce alırız."],
        "cue": [
        "Lütfen sonuçları {G.nom} Bey{T.dat} <NEG_ORG|Hacettepe Hastanesi>'nden iletin.",
        "Anahtar <NEG_HOLIDAY|Ramazan Bayramı>'ndan beri {G.nom} Hanım{T.gen} yanında, <NEG_PLACE|Ankara>'da oturuyor.",
        "{G.nom} Bey{T.abl} <NEG_PLACE|İzmir>'e gezi hakkında bilgi aldım.",
        "{S.nom} Hanım{T.dat} <NEG_WORD|Türkiye>'nin her yerinden mektup geliyor.",
        "{S.nom}{T.gen} notunu <NEG_PLACE|Antalya>'da bıraktım."]},
    "de": {"mix": [
        "Arzttermin: {F.nom} kommt im <NEG_MONTH|April>. Ich habe {G.gen} Termin über die <NEG_ORG|AOK> bestätigt.",
        "Das Paket für {F.nom} liegt bei {S.gen}, ich hole es nach <NEG_HOLIDAY|Ostern>, ich bin noch in <NEG_PLACE|Bayerns> Süden.",
        "Die Einverständniserklärung hat {F.nom} unterschrieben. {G.gen} Tochter fährt mit nach <NEG_PLACE|Hamburgs> Hafen.",
        "Der Vereinsbeitrag für <NEG_MONTH|Oktober> liegt bei {S.gen}. Quittung von <NEG_ORG|Rossmann>.",
        "Nachbarn: der Schlüssel ist bei {S.gen}, {G.nom} war am <NEG_SAINT|Nikolaus> noch bei <NEG_WORD|Omas> Geburtstag."],
        "cue": [
        "Bitte geben Sie Frau {S.nom} den Befund aus dem <NEG_ORG|Klinikum Nord>.",
        "Der Schlüssel liegt seit <NEG_HOLIDAY|Pfingsten> bei {S.gen}, die wohnen in <NEG_PLACE|Berlins> Norden.",
        "Ich war gestern bei {S.gen} wegen des Ausflugs nach <NEG_PLACE|Lübeck>.",
        "Herrn {S.nom} habe ich <NEG_WORD|Mutters> Brief gegeben.",
        "{G.gen} Zettel habe ich bei <NEG_ORG|Aldi> abgegeben."]},
}
ASK = ["Translate this message into English.", "Summarise this for me.", "Draft a short reply to this.",
       "Who do I need to contact here?"]
# the titles that fix the bearer's sex (a template with one is given a person of that sex)
FEM_CUE = {"pl": "pani Pani", "cs": "paní", "sk": "pani", "fi": "rouva Rouva", "lv": "kundzes kundzei",
           "lt": "ponią Poniai", "hu": "asszonynál", "el": "κυρίας κυρία", "elx": "kyrias kyria", "tr": "Hanım", "de": "Frau"}
MASC_CUE = {"pl": "pan pana panem panu Panie", "cs": "pan pana panem Pane", "sk": "pán pána pánom",
            "fi": "herra Herra", "lv": "kungam kungu kungs", "lt": "ponui ponu Pone", "hu": "úrnak úrral",
            "el": "κύριο Κύριε κυρίου", "elx": "kyrio Kyrie kyriou", "tr": "Bey", "de": "Herrn"}


def person(lg, sex=None):
    sex = sex or rng.choice("mf")
    gv = rng.choice(GIVEN[lg][sex])
    sur = rng.choice(SUR[lg][sex])
    return sex, gv, sur, decline(lg, sex, sur)


def render(lg, tpl, who, p):
    sex, gv, sur, sd = who
    last = ""
    for piece in re.split(r"(\{[A-Z]\.[a-z]+\}|<[A-Z_]+\|[^>]*>)", tpl):
        if not piece:
            continue
        if piece.startswith("<"):
            lab, v = piece[1:-1].split("|", 1)
            p.s(lab, v)
            continue
        if not piece.startswith("{"):
            p.t(piece)
            if piece[-1].isalpha():  # "Bey{T.dat}": the suffix agrees with the title
                last = piece.split()[-1]
            continue
        kind, case = piece[1:-1].split(".")
        if kind == "T":
            p.t("'" + tr_suffix(last, case))
            continue
        g = gv.get(case, gv["nom"])
        s = sd.get(case, sur)
        if kind == "G":
            v = g
        elif kind == "S":
            v = s
        elif lg == "hu":
            v = sur + " " + g
        elif lg in ("tr",):
            v = gv["nom"] + " " + sur
        elif lg == "de":
            v = gv["nom"] + " " + (s if case == "gen" else sur)
        else:
            v = g + " " + s
        last = v
        if lg == "de" and v.endswith("'"):  # "Klaus'": the apostrophe outside
            p.s("PERSON", v[:-1])
            p.t("'")
        else:
            p.s("PERSON", v)


def cue_fits(lg, tpl, sex):
    """No title of the other sex right before or after a name in tpl."""
    other = (MASC_CUE if sex == "f" else FEM_CUE)[lg].split()
    return not any(re.search(r"(^|\s)" + re.escape(c) + r"\s+\{", tpl) or
                   re.search(r"\}\s+" + re.escape(c) + r"(\W|$)", tpl) for c in other)


# filler look-alikes so every record has at least as many look-alikes as names
FILL = {
    "pl": ["<NEG_PLACE|Krakowie>", "<NEG_WORD|Polskiej>", "<NEG_MONTH|grudnia>", "<NEG_PLACE|Nowym Sączu>"],
    "cs": ["<NEG_PLACE|Brně>", "<NEG_WORD|Nové>", "<NEG_MONTH|ledna>", "<NEG_PLACE|Českých Budějovicích>"],
    "sk": ["<NEG_PLACE|Žiline>", "<NEG_WORD|Novej>", "<NEG_MONTH|januára>", "<NEG_PLACE|Prešove>"],
    "fi": ["<NEG_PLACE|Helsingin>", "<NEG_WORD|Suomen>", "<NEG_MONTH|tammikuun>", "<NEG_PLACE|Jyväskylän>"],
    "lv": ["<NEG_PLACE|Rīgas>", "<NEG_WORD|Latvijas>", "<NEG_MONTH|janvārī>", "<NEG_PLACE|Jelgavā>"],
    "lt": ["<NEG_PLACE|Vilniaus>", "<NEG_WORD|Lietuvos>", "<NEG_MONTH|sausio>", "<NEG_PLACE|Šiauliuose>"],
    "hu": ["<NEG_PLACE|Győrben>", "<NEG_WORD|Dunánál>", "<NEG_MONTH|januárban>", "<NEG_PLACE|Pécsett>"],
    "el": ["<NEG_PLACE|Αθήνας>", "<NEG_WORD|Δήμου>", "<NEG_MONTH|Νοεμβρίου>", "<NEG_PLACE|Κέρκυρα>"],
    "elx": ["<NEG_PLACE|Athinas>", "<NEG_WORD|Dimou>", "<NEG_MONTH|Noemvriou>", "<NEG_PLACE|Kerkyra>"],
    "tr": ["<NEG_PLACE|İstanbul>", "<NEG_WORD|Pazartesi>", "<NEG_MONTH|Ocak>", "<NEG_PLACE|Trabzon>"],
    "de": ["<NEG_PLACE|Münchens>", "<NEG_WORD|Opas>", "<NEG_MONTH|Januar>", "<NEG_PLACE|Bremens>"],
}


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    n = 0
    for rnd in range(6):
        for lg in TPL:
            for variant in range(4):
                p = P()
                if variant < 2:  # one person: the nominative, then other cases
                    who = person(lg)
                    tpls = TPL[lg]["mix"][:]
                    rng.shuffle(tpls)
                    chosen = [(who, t) for t in tpls[:3]]
                else:  # only oblique cases after a title (two people), or a vocative
                    chosen = []
                    for _ in range(2):
                        who = person(lg)
                        cands = [t for t in TPL[lg]["cue"] if cue_fits(lg, t, who[0]) and
                                 t not in [c[1] for c in chosen]]
                        if not cands:  # no other title of that sex: a person of the other
                            who = person(lg, "m" if who[0] == "f" else "f")
                            cands = [t for t in TPL[lg]["cue"] if cue_fits(lg, t, who[0]) and
                                     t not in [c[1] for c in chosen]]
                        chosen.append((who, rng.choice(cands)))
                for who, t in chosen:
                    render(lg, t, who, p)
                    p.t("\n")
                npers = sum(1 for s in p.spans if s["entity_type"] == "PERSON")
                fill = FILL[lg][:]
                rng.shuffle(fill)
                extra = []
                while len(p.spans) - npers + len(extra) < npers:
                    extra.append(fill[len(extra) % len(fill)])
                if extra:
                    p.t("PS: ")
                    for e, x in enumerate(extra):
                        if e:
                            p.t(", ")
                        lab, v = x[1:-1].split("|", 1)
                        p.s(lab, v)
                    p.t(".\n")
                api = apis[n % 4]
                ascii_ = n % 3 == 0
                compact = n % 2 == 0
                body, spans = ask_body(api, ASK[n % len(ASK)], p.text, p.spans, ascii_, compact)
                append_body(records, body, spans, {"locale": "el" if lg == "elx" else lg, "class": "stems",
                                                   "family": "inflect", "api": api, "ascii": ascii_,
                                                   "script": "latin" if lg == "elx" else "native",
                                                   "oblique_only": variant >= 2})
                n += 1
    write_json(records)


if __name__ == "__main__":
    main()
