#!/usr/bin/env python3
"""gen_inflectp62.py: people's names as each language's grammar declines them (tune set; branch
inflectp62, written and committed before hush was run on it), from the twenty-ninth blind set's
public brief (its inflect family: housing co-op, moving, tutoring and car-pool messages in pl, cs,
sk, fi, et, hu, tr, el in both scripts, lt, lv, hr, sl, ro, is, de, nl, sv, da, no) and the
author's own idea of each language's declension, not from hush's rules.

A person is named once in the nominative and again in other cases (genitive, dative, accusative,
instrumental, locative, vocative; feminine surname forms `-ová`, `-ska`, `-ienė`, `-aitė`;
Finnish and Estonian case endings; Hungarian surname first with the suffix on the last word;
Turkish apostrophe suffixes, the span stopping before the apostrophe; Greek articles outside the
span), or only in an oblique case. Half the surnames invented from syllables with the language's
endings. Gold: PERSON in the form it stands in (the case ending inside; a title, article,
preposition, `lui`, `bei` and a Turkish suffix after the apostrophe outside). Look-alikes as NEG_
spans, as many as the names: declined towns (NEG_PLACE), months (NEG_MONTH), holidays
(NEG_HOLIDAY), saints and churches (NEG_SAINT), firms named after families (NEG_ORG), declined
common nouns (NEG_WORD).

Request bodies of the four APIs (one user message: an ask and the message), a third
\\uXXXX-escaped, half compact. Deterministic; stdlib only; writes JSON to stdout.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import write_json  # noqa: E402
from gen_bodies import P, ask_body, append_body  # noqa: E402

rng = random.Random(20261207 + 62)

# ---- given names: case tables (nom gen dat acc ins loc voc; other keys per language) -------------
def g(*forms, keys=("nom", "gen", "dat", "acc", "ins", "loc", "voc")):
    return dict(zip(keys, forms))


FI_K = ("nom", "gen", "all", "ade", "par", "ela")
ET_K = ("nom", "gen", "all", "com", "ade", "ela")
HU_K = ("nom", "dat", "ins", "acc", "abl", "ade")

GIVEN = {
    "pl": {"m": [g("Tomasz", "Tomasza", "Tomaszowi", "Tomasza", "Tomaszem", "Tomaszu", "Tomaszu"),
                 g("Paweł", "Pawła", "Pawłowi", "Pawła", "Pawłem", "Pawle", "Pawle"),
                 g("Jakub", "Jakuba", "Jakubowi", "Jakuba", "Jakubem", "Jakubie", "Jakubie")],
           "f": [g("Anna", "Anny", "Annie", "Annę", "Anną", "Annie", "Anno"),
                 g("Marta", "Marty", "Marcie", "Martę", "Martą", "Marcie", "Marto"),
                 g("Zofia", "Zofii", "Zofii", "Zofię", "Zofią", "Zofii", "Zofio")]},
    "cs": {"m": [g("Petr", "Petra", "Petrovi", "Petra", "Petrem", "Petrovi", "Petře"),
                 g("Ondřej", "Ondřeje", "Ondřejovi", "Ondřeje", "Ondřejem", "Ondřejovi", "Ondřeji")],
           "f": [g("Jana", "Jany", "Janě", "Janu", "Janou", "Janě", "Jano"),
                 g("Lenka", "Lenky", "Lence", "Lenku", "Lenkou", "Lence", "Lenko")]},
    "sk": {"m": [g("Martin", "Martina", "Martinovi", "Martina", "Martinom", "Martinovi", "Martin"),
                 g("Juraj", "Juraja", "Jurajovi", "Juraja", "Jurajom", "Jurajovi", "Juraj")],
           "f": [g("Zuzana", "Zuzany", "Zuzane", "Zuzanu", "Zuzanou", "Zuzane", "Zuzana"),
                 g("Katarína", "Kataríny", "Kataríne", "Katarínu", "Katarínou", "Kataríne", "Katarína")]},
    "fi": {"m": [g("Mikko", "Mikon", "Mikolle", "Mikolla", "Mikkoa", "Mikolta", keys=FI_K),
                 g("Juha", "Juhan", "Juhalle", "Juhalla", "Juhaa", "Juhalta", keys=FI_K)],
           "f": [g("Aino", "Ainon", "Ainolle", "Ainolla", "Ainoa", "Ainolta", keys=FI_K),
                 g("Sanna", "Sannan", "Sannalle", "Sannalla", "Sannaa", "Sannalta", keys=FI_K)]},
    "et": {"m": [g("Mart", "Mardi", "Mardile", "Mardiga", "Mardil", "Mardilt", keys=ET_K),
                 g("Priit", "Priidu", "Priidule", "Priiduga", "Priidul", "Priidult", keys=ET_K)],
           "f": [g("Kadri", "Kadri", "Kadrile", "Kadriga", "Kadril", "Kadrilt", keys=ET_K),
                 g("Liis", "Liisi", "Liisile", "Liisiga", "Liisil", "Liisilt", keys=ET_K)]},
    "hu": {"m": [g("Péter", "Péternek", "Péterrel", "Pétert", "Pétertől", "Péternél", keys=HU_K),
                 g("Zoltán", "Zoltánnak", "Zoltánnal", "Zoltánt", "Zoltántól", "Zoltánnál", keys=HU_K)],
           "f": [g("Éva", "Évának", "Évával", "Évát", "Évától", "Évánál", keys=HU_K),
                 g("Katalin", "Katalinnak", "Katalinnal", "Katalint", "Katalintól", "Katalinnál", keys=HU_K)]},
    "hr": {"m": [g("Marko", "Marka", "Marku", "Marka", "Markom", "Marku", "Marko"),
                 g("Ivan", "Ivana", "Ivanu", "Ivana", "Ivanom", "Ivanu", "Ivane")],
           "f": [g("Ana", "Ane", "Ani", "Anu", "Anom", "Ani", "Ana"),
                 g("Ivana", "Ivane", "Ivani", "Ivanu", "Ivanom", "Ivani", "Ivana")]},
    "sl": {"m": [g("Janez", "Janeza", "Janezu", "Janeza", "Janezom", "Janezu", "Janez"),
                 g("Matej", "Mateja", "Mateju", "Mateja", "Matejem", "Mateju", "Matej")],
           "f": [g("Maja", "Maje", "Maji", "Majo", "Majo", "Maji", "Maja"),
                 g("Nina", "Nine", "Nini", "Nino", "Nino", "Nini", "Nina")]},
    "lt": {"m": [g("Jonas", "Jono", "Jonui", "Joną", "Jonu", "Jone", "Jonai"),
                 g("Tomas", "Tomo", "Tomui", "Tomą", "Tomu", "Tome", "Tomai")],
           "f": [g("Rūta", "Rūtos", "Rūtai", "Rūtą", "Rūta", "Rūtoje", "Rūta"),
                 g("Eglė", "Eglės", "Eglei", "Eglę", "Egle", "Eglėje", "Egle")]},
    "lv": {"m": [g("Jānis", "Jāņa", "Jānim", "Jāni", "Jāni", "Jānī", "Jāni"),
                 g("Andris", "Andra", "Andrim", "Andri", "Andri", "Andrī", "Andri")],
           "f": [g("Anna", "Annas", "Annai", "Annu", "Annu", "Annā", "Anna"),
                 g("Ilze", "Ilzes", "Ilzei", "Ilzi", "Ilzi", "Ilzē", "Ilze")]},
    "is": {"m": [g("Jón", "Jóns", "Jóni", "Jón", "Jóni", "Jóni", "Jón"),
                 g("Gunnar", "Gunnars", "Gunnari", "Gunnar", "Gunnari", "Gunnari", "Gunnar")],
           "f": [g("Guðrún", "Guðrúnar", "Guðrúnu", "Guðrúnu", "Guðrúnu", "Guðrúnu", "Guðrún"),
                 g("Sigríður", "Sigríðar", "Sigríði", "Sigríði", "Sigríði", "Sigríði", "Sigríður")]},
    "el": {"m": [g("Γιώργος", "Γιώργου", "Γιώργο", "Γιώργο", "Γιώργο", "Γιώργο", "Γιώργο"),
                 g("Νίκος", "Νίκου", "Νίκο", "Νίκο", "Νίκο", "Νίκο", "Νίκο")],
           "f": [g("Μαρία", "Μαρίας", "Μαρία", "Μαρία", "Μαρία", "Μαρία", "Μαρία"),
                 g("Ελένη", "Ελένης", "Ελένη", "Ελένη", "Ελένη", "Ελένη", "Ελένη")]},
    "elx": {"m": [g("Giorgos", "Giorgou", "Giorgo", "Giorgo", "Giorgo", "Giorgo", "Giorgo"),
                  g("Kostas", "Kosta", "Kosta", "Kosta", "Kosta", "Kosta", "Kosta")],
            "f": [g("Maria", "Marias", "Maria", "Maria", "Maria", "Maria", "Maria"),
                  g("Eleni", "Elenis", "Eleni", "Eleni", "Eleni", "Eleni", "Eleni")]},
}
PLAIN_GIVEN = {"tr": (["Mehmet", "Burak", "Emre"], ["Ayşe", "Elif", "Zeynep"]),
               "ro": (["Andrei", "Mihai", "Radu"], ["Ioana", "Elena", "Cristina"]),
               "de": (["Jürgen", "Tobias", "Lukas"], ["Anna", "Sabine", "Julia"]),
               "nl": (["Joost", "Bram", "Pieter"], ["Anna", "Sanne", "Marieke"]),
               "sv": (["Erik", "Anders", "Johan"], ["Karin", "Elin", "Sofia"]),
               "da": (["Mads", "Søren", "Jens"], ["Mette", "Line", "Camilla"]),
               "no": (["Ole", "Håkon", "Lars"], ["Ingrid", "Kari", "Silje"])}
for lg_, (ms, fs) in PLAIN_GIVEN.items():
    GIVEN[lg_] = {"m": [{"nom": n, "gen": n + ("'" if n[-1] in "sxz" else "s")} for n in ms],
                  "f": [{"nom": n, "gen": n + ("'" if n[-1] in "sxz" else "s")} for n in fs]}

# ---- surnames: (real, invented) stems per language and sex; declined by rule below ---------------
SUR = {
    "pl": {"m": ["Kowalski", "Nowak", "Wiśniewski", "Grzelczak", "Pędrowski", "Skarbek"],
           "f": ["Kowalska", "Nowak", "Zielińska", "Brzozowska", "Pędrowska", "Walczyńska"]},
    "cs": {"m": ["Dvořák", "Novotný", "Procházka", "Vrbický", "Hrdloch", "Štěpánek"],
           "f": ["Dvořáková", "Novotná", "Procházková", "Vrbická", "Hrdlochová", "Kubelová"]},
    "sk": {"m": ["Horváth", "Kováč", "Baláž", "Mrázik", "Lipták", "Hrušovan"],
           "f": ["Horváthová", "Kováčová", "Balážová", "Mrázíková", "Liptáková", "Hrušovanová"]},
    "fi": {"m": ["Virtanen", "Korhonen", "Mäkinen", "Rautasalo", "Hiekkanen", "Lepolainen"],
           "f": ["Virtanen", "Nieminen", "Hakala", "Kuusela", "Sorvanen", "Väliharju"]},
    "et": {"m": ["Tamm", "Saar", "Kask", "Lepik", "Kuusemets", "Vahtras"],
           "f": ["Tamm", "Mägi", "Kask", "Kõiv", "Rebasoo", "Ilves"]},
    "hu": {"m": ["Nagy", "Kovács", "Tóth", "Szabó", "Berkesi", "Dobrádi"],
           "f": ["Nagy", "Kovács", "Varga", "Horváth", "Fenyvesi", "Kálnai"]},
    "tr": {"m": ["Yılmaz", "Demir", "Kaya", "Öztürk", "Karabulut", "Esenkaya"],
           "f": ["Yılmaz", "Şahin", "Çelik", "Aydın", "Tunçbilek", "Erdemoğlu"]},
    "el": {"m": ["Παπαδόπουλος", "Νικολάου", "Γεωργίου", "Καραμανλής", "Βλαχάκης", "Σταυρίδης"],
           "f": ["Παπαδοπούλου", "Νικολάου", "Γεωργίου", "Βλαχάκη", "Σταυρίδου", "Μαυροπούλου"]},
    "elx": {"m": ["Papadopoulos", "Nikolaou", "Georgiou", "Vlachakis", "Stavridis", "Karagiannis"],
            "f": ["Papadopoulou", "Nikolaou", "Georgiou", "Vlachaki", "Stavridou", "Karagianni"]},
    "lt": {"m": ["Jonaitis", "Kazlauskas", "Petrauskas", "Vaitkus", "Garbačiauskas", "Rimkevičius"],
           "f": ["Jonaitienė", "Kazlauskaitė", "Petrauskienė", "Vaitkutė", "Garbačiauskienė", "Rimkutė"]},
    "lv": {"m": ["Bērziņš", "Kalniņš", "Ozols", "Liepiņš", "Vītols", "Skujenieks"],
           "f": ["Bērziņa", "Kalniņa", "Ozola", "Liepiņa", "Vītola", "Skujeniece"]},
    "hr": {"m": ["Horvat", "Kovačević", "Babić", "Marinović", "Jurišić", "Perković"],
           "f": ["Horvat", "Kovačević", "Babić", "Marinović", "Jurišić", "Perković"]},
    "sl": {"m": ["Novak", "Krajnc", "Zupančič", "Kovačič", "Potočnik", "Vidmar"],
           "f": ["Novak", "Krajnc", "Zupančič", "Kovačič", "Potočnik", "Vidmar"]},
    "ro": {"m": ["Popescu", "Ionescu", "Dumitrescu", "Stănculescu", "Vlădoianu", "Munteanu"],
           "f": ["Popescu", "Ionescu", "Dumitrescu", "Stănculescu", "Vlădoianu", "Munteanu"]},
    "is": {"m": ["Sigurðsson", "Jónsson", "Gunnarsson", "Þórhallsson", "Ragnarsson", "Einarsson"],
           "f": ["Jónsdóttir", "Sigurðardóttir", "Gunnarsdóttir", "Þórhallsdóttir", "Ragnarsdóttir", "Einarsdóttir"]},
    "de": {"m": ["Müller", "Meier", "Schneider", "Brandhuber", "Wehrlein", "Kastorf"],
           "f": ["Müller", "Meier", "Schneider", "Brandhuber", "Wehrlein", "Kastorf"]},
    "nl": {"m": ["Jansen", "de Vries", "Bakker", "Verhoef", "Smeulders", "Kortekaas"],
           "f": ["Jansen", "de Vries", "Bakker", "Verhoef", "Smeulders", "Kortekaas"]},
    "sv": {"m": ["Andersson", "Lindqvist", "Berg", "Höglund", "Sjövall", "Ekdahl"],
           "f": ["Andersson", "Lindqvist", "Berg", "Höglund", "Sjövall", "Ekdahl"]},
    "da": {"m": ["Jensen", "Nielsen", "Hansen", "Thygesen", "Bækgaard", "Kjærulf"],
           "f": ["Jensen", "Nielsen", "Hansen", "Thygesen", "Bækgaard", "Kjærulf"]},
    "no": {"m": ["Olsen", "Hansen", "Johansen", "Haugland", "Bjørnstad", "Solheim"],
           "f": ["Olsen", "Hansen", "Johansen", "Haugland", "Bjørnstad", "Solheim"]},
}


def decline(lg, sex, s):
    """A surname's case forms, by the author's reading of each grammar."""
    d = {"nom": s}
    if lg == "pl":
        if s.endswith("ski") or s.endswith("cki"):
            b = s[:-1]
            d.update(gen=b + "iego", dat=b + "iemu", acc=b + "iego", ins=b + "im", loc=b + "im", voc=s)
        elif s.endswith("ska") or s.endswith("cka"):
            b = s[:-1]
            d.update(gen=b + "iej", dat=b + "iej", acc=b + "ą", ins=b + "ą", loc=b + "iej", voc=b + "a")
        elif sex == "m":
            b = s[:-2] + "k" if s.endswith("ek") else s  # Skarbek -> Skarbka
            d.update(gen=b + "a", dat=b + "owi", acc=b + "a", ins=b + ("iem" if b[-1] in "kg" else "em"),
                     loc=b + ("u" if b[-1] in "kg" else "ie"), voc=b + ("u" if b[-1] in "kg" else "ie"))
        else:
            d.update({k: s for k in ("gen", "dat", "acc", "ins", "loc", "voc")})
    elif lg in ("cs", "sk"):
        if s.endswith("ová") or s.endswith("á"):
            b = s[:-1]
            if lg == "cs":
                d.update(gen=b + "é", dat=b + "é", acc=b + "ou", ins=b + "ou", loc=b + "é", voc=s)
            else:
                d.update(gen=b + "ej", dat=b + "ej", acc=b + "ú", ins=b + "ou", loc=b + "ej", voc=s)
        elif s.endswith("ý"):
            b = s[:-1]
            d.update(gen=b + "ého", dat=b + "ému", acc=b + "ého", ins=b + "ým", loc=b + "ém", voc=s)
        elif s.endswith("a"):
            b = s[:-1]
            d.update(gen=b + "y", dat=b + "ovi", acc=b + "u", ins=b + "ou", loc=b + "ovi", voc=b + "o")
        elif s.endswith("ek"):
            b = s[:-2] + "k"
            d.update(gen=b + "a", dat=b + "ovi", acc=b + "a", ins=b + ("em" if lg == "cs" else "om"),
                     loc=b + "ovi", voc=b + "u")
        else:
            soft = s[-1] in "čšžřjcď" or s.endswith("áž")
            d.update(gen=s + ("e" if soft and lg == "cs" else "a"), dat=s + "ovi", acc=s + ("e" if soft and lg == "cs" else "a"),
                     ins=s + ("em" if lg == "cs" else "om"), loc=s + "ovi", voc=s + ("i" if soft else "u"))
    elif lg == "fi":
        if s.endswith("nen"):
            b = s[:-3] + "se"
            d.update(gen=b + "n", all=b + "lle", ade=b + "lla", par=s[:-3] + "sta", ela=b + "lta")
        else:
            d.update(gen=s + "n", all=s + "lle", ade=s + "lla", par=s + ("a" if "a" in s[-3:] else "ä"),
                     ela=s + "lta")
    elif lg == "et":
        stem = {"Tamm": "Tamme", "Saar": "Saare", "Kask": "Kase", "Mägi": "Mäe", "Kõiv": "Kõivu",
                "Ilves": "Ilvese", "Vahtras": "Vahtrase", "Lepik": "Lepiku"}.get(s, s)
        d.update(gen=stem, all=stem + "le", com=stem + "ga", ade=stem + "l", ela=stem + "lt")
    elif lg == "lt":
        if s.endswith("ienė") or s.endswith("aitė") or s.endswith("utė"):
            b = s[:-1]
            d.update(gen=b + "ės", dat=b + "ei", acc=b + "ę", ins=b + "e", loc=b + "ėje", voc=b + "e")
        elif s.endswith("tis"):
            b = s[:-3]
            d.update(gen=b + "čio", dat=b + "čiui", acc=b + "tį", ins=b + "čiu", loc=b + "tyje", voc=b + "ti")
        elif s.endswith("ius"):
            b = s[:-3]
            d.update(gen=b + "iaus", dat=b + "iui", acc=b + "ių", ins=b + "iumi", loc=b + "iuje", voc=b + "iau")
        elif s.endswith("us"):
            b = s[:-2]
            d.update(gen=b + "aus", dat=b + "ui", acc=b + "ų", ins=b + "umi", loc=b + "uje", voc=b + "au")
        else:
            b = s[:-2]
            d.update(gen=b + "o", dat=b + "ui", acc=b + "ą", ins=b + "u", loc=b + "e", voc=b + "ai")
    elif lg == "lv":
        if s.endswith("š") or (s.endswith("s") and sex == "m"):
            b = s[:-1]
            d.update(gen=b + "a", dat=b + "am", acc=b + "u", ins=b + "u", loc=b + "ā", voc=b)
        elif s.endswith("e"):
            b = s[:-1]
            d.update(gen=b + "es", dat=b + "ei", acc=b + "i", ins=b + "i", loc=b + "ē", voc=s)
        else:
            b = s[:-1]
            d.update(gen=b + "as", dat=b + "ai", acc=b + "u", ins=b + "u", loc=b + "ā", voc=s)
    elif lg in ("hr", "sl"):
        if sex == "f":
            d.update({k: s for k in ("gen", "dat", "acc", "ins", "loc", "voc")})
        else:
            soft = s[-1] in "ćčšžj" or s.endswith("nc")
            d.update(gen=s + "a", dat=s + "u", acc=s + "a", ins=s + ("em" if soft else "om"), loc=s + "u",
                     voc=s + ("u" if lg == "hr" else ""))
    elif lg == "is":
        if s.endswith("dóttir"):
            b = s[:-6] + "dóttur"
            d.update(gen=b, dat=b, acc=b, ins=b, loc=b, voc=s)
        else:
            d.update(gen=s + "ar", dat=s[:-2] + "yni", acc=s, ins=s[:-2] + "yni", loc=s[:-2] + "yni", voc=s)
    elif lg == "el":
        if s.endswith("ος"):
            d.update(gen=s[:-2] + "ου", acc=s[:-2] + "ο", dat=s[:-2] + "ο", voc=s[:-2] + "ε")
        elif s.endswith("ης"):
            d.update(gen=s[:-1], acc=s[:-1], dat=s[:-1], voc=s[:-1])
        else:
            d.update(gen=s, acc=s, dat=s, voc=s)
    elif lg == "elx":
        if s.endswith("os"):
            d.update(gen=s[:-2] + "ou", acc=s[:-2] + "o", dat=s[:-2] + "o", voc=s[:-2] + "e")
        elif s.endswith("is"):
            d.update(gen=s[:-1], acc=s[:-1], dat=s[:-1], voc=s[:-1])
        else:
            d.update(gen=s, acc=s, dat=s, voc=s)
    elif lg == "hu":
        back = any(c in "aáoóuú" for c in s)
        d.update(dat=s + ("nak" if back else "nek"), acc=s + ("ot" if back else "et"))
    else:  # de nl sv da no tr ro: the genitive -s where the language writes it on the name
        d.update(gen=s + ("'" if s[-1] in "sxzß" else "s"))
    return d


# ---- look-alikes per language (label, text) ------------------------------------------------------
NEGS = {
    "pl": [("NEG_PLACE", "Krakowie"), ("NEG_PLACE", "Warszawy"), ("NEG_MONTH", "styczniu"), ("NEG_MONTH", "marca"),
           ("NEG_HOLIDAY", "Wielkanocy"), ("NEG_SAINT", "św. Wojciecha"), ("NEG_ORG", "Kowalski i Synowie"),
           ("NEG_WORD", "Kowala"), ("NEG_PLACE", "Gdańsku"), ("NEG_HOLIDAY", "Bożym Narodzeniu")],
    "cs": [("NEG_PLACE", "Praze"), ("NEG_PLACE", "Brna"), ("NEG_MONTH", "lednu"), ("NEG_MONTH", "března"),
           ("NEG_HOLIDAY", "Vánocích"), ("NEG_SAINT", "sv. Václava"), ("NEG_ORG", "Dvořák a syn"),
           ("NEG_WORD", "kováře"), ("NEG_PLACE", "Olomouci"), ("NEG_HOLIDAY", "Velikonocích")],
    "sk": [("NEG_PLACE", "Bratislave"), ("NEG_PLACE", "Košíc"), ("NEG_MONTH", "januári"), ("NEG_MONTH", "marca"),
           ("NEG_HOLIDAY", "Vianociach"), ("NEG_SAINT", "sv. Martina"), ("NEG_ORG", "Kováč s.r.o."),
           ("NEG_WORD", "kováča"), ("NEG_PLACE", "Žiline"), ("NEG_HOLIDAY", "Veľkej noci")],
    "fi": [("NEG_PLACE", "Helsingissä"), ("NEG_PLACE", "Tampereelle"), ("NEG_MONTH", "tammikuussa"),
           ("NEG_MONTH", "maaliskuun"), ("NEG_HOLIDAY", "juhannuksena"), ("NEG_SAINT", "Pyhän Henrikin"),
           ("NEG_ORG", "Virtanen Oy"), ("NEG_WORD", "virran"), ("NEG_PLACE", "Turussa"), ("NEG_HOLIDAY", "jouluna")],
    "et": [("NEG_PLACE", "Tallinnas"), ("NEG_PLACE", "Tartusse"), ("NEG_MONTH", "jaanuaris"), ("NEG_MONTH", "märtsini"),
           ("NEG_HOLIDAY", "jaanipäeval"), ("NEG_SAINT", "Püha Olevi"), ("NEG_ORG", "Tamm ja Pojad OÜ"),
           ("NEG_WORD", "tamme"), ("NEG_PLACE", "Pärnus"), ("NEG_HOLIDAY", "jõuludel")],
    "hu": [("NEG_PLACE", "Budapesten"), ("NEG_PLACE", "Debrecenbe"), ("NEG_MONTH", "januárban"),
           ("NEG_MONTH", "márciusig"), ("NEG_HOLIDAY", "karácsonykor"), ("NEG_SAINT", "Szent István"),
           ("NEG_ORG", "Kovács és Társa Kft."), ("NEG_WORD", "kovácsa"), ("NEG_PLACE", "Szegeden"),
           ("NEG_HOLIDAY", "húsvétkor")],
    "tr": [("NEG_PLACE", "İstanbul"), ("NEG_PLACE", "Ankara"), ("NEG_MONTH", "Ocak"), ("NEG_MONTH", "Mart"),
           ("NEG_HOLIDAY", "Bayram"), ("NEG_SAINT", "Aziz Nikolaos"), ("NEG_ORG", "Yılmaz Ticaret A.Ş."),
           ("NEG_WORD", "Demirci"), ("NEG_PLACE", "İzmir"), ("NEG_HOLIDAY", "Ramazan")],
    "el": [("NEG_PLACE", "Αθήνα"), ("NEG_PLACE", "Θεσσαλονίκη"), ("NEG_MONTH", "Ιανουάριο"), ("NEG_MONTH", "Μαρτίου"),
           ("NEG_HOLIDAY", "Πάσχα"), ("NEG_SAINT", "Αγίου Νικολάου"), ("NEG_ORG", "Παπαδόπουλος Α.Ε."),
           ("NEG_WORD", "παπά"), ("NEG_PLACE", "Πάτρα"), ("NEG_HOLIDAY", "Χριστούγεννα")],
    "elx": [("NEG_PLACE", "Athina"), ("NEG_PLACE", "Thessaloniki"), ("NEG_MONTH", "Ianouario"), ("NEG_MONTH", "Martiou"),
            ("NEG_HOLIDAY", "Pascha"), ("NEG_SAINT", "Agiou Nikolaou"), ("NEG_ORG", "Papadopoulos AE"),
            ("NEG_WORD", "papa"), ("NEG_PLACE", "Patra"), ("NEG_HOLIDAY", "Christougenna")],
    "lt": [("NEG_PLACE", "Vilniuje"), ("NEG_PLACE", "Kauno"), ("NEG_MONTH", "sausio"), ("NEG_MONTH", "kovo"),
           ("NEG_HOLIDAY", "Kalėdų"), ("NEG_SAINT", "Šv. Kazimiero"), ("NEG_ORG", "Petrauskas ir partneriai"),
           ("NEG_WORD", "jonažolės"), ("NEG_PLACE", "Klaipėdoje"), ("NEG_HOLIDAY", "Velykų")],
    "lv": [("NEG_PLACE", "Rīgā"), ("NEG_PLACE", "Liepājas"), ("NEG_MONTH", "janvārī"), ("NEG_MONTH", "marta"),
           ("NEG_HOLIDAY", "Jāņos"), ("NEG_SAINT", "Sv. Jēkaba"), ("NEG_ORG", "Ozols un Partneri SIA"),
           ("NEG_WORD", "ozola"), ("NEG_PLACE", "Jelgavā"), ("NEG_HOLIDAY", "Ziemassvētkos")],
    "hr": [("NEG_PLACE", "Zagrebu"), ("NEG_PLACE", "Splita"), ("NEG_MONTH", "siječnju"), ("NEG_MONTH", "ožujka"),
           ("NEG_HOLIDAY", "Božiću"), ("NEG_SAINT", "sv. Marka"), ("NEG_ORG", "Horvat i sinovi d.o.o."),
           ("NEG_WORD", "kovača"), ("NEG_PLACE", "Rijeci"), ("NEG_HOLIDAY", "Uskrsu")],
    "sl": [("NEG_PLACE", "Ljubljani"), ("NEG_PLACE", "Maribora"), ("NEG_MONTH", "januarju"), ("NEG_MONTH", "marca"),
           ("NEG_HOLIDAY", "božiču"), ("NEG_SAINT", "sv. Janeza"), ("NEG_ORG", "Novak in partnerji d.o.o."),
           ("NEG_WORD", "kovača"), ("NEG_PLACE", "Kopru"), ("NEG_HOLIDAY", "veliki noči")],
    "ro": [("NEG_PLACE", "București"), ("NEG_PLACE", "Clujului"), ("NEG_MONTH", "ianuarie"), ("NEG_MONTH", "martie"),
           ("NEG_HOLIDAY", "Crăciun"), ("NEG_SAINT", "Sfântul Nicolae"), ("NEG_ORG", "Popescu și Fiii SRL"),
           ("NEG_WORD", "popii"), ("NEG_PLACE", "Iașului"), ("NEG_HOLIDAY", "Paște")],
    "is": [("NEG_PLACE", "Reykjavík"), ("NEG_PLACE", "Akureyrar"), ("NEG_MONTH", "janúar"), ("NEG_MONTH", "mars"),
           ("NEG_HOLIDAY", "jólum"), ("NEG_SAINT", "heilags Þorláks"), ("NEG_ORG", "Jónsson & Co ehf."),
           ("NEG_WORD", "gunnar"), ("NEG_PLACE", "Selfossi"), ("NEG_HOLIDAY", "páskum")],
    "de": [("NEG_PLACE", "Münchens"), ("NEG_PLACE", "Kölner"), ("NEG_MONTH", "Januars"), ("NEG_MONTH", "März"),
           ("NEG_HOLIDAY", "Ostern"), ("NEG_SAINT", "St. Martins"), ("NEG_ORG", "Müller & Söhne GmbH"),
           ("NEG_WORD", "Müllers Tonne"), ("NEG_PLACE", "Bremens"), ("NEG_HOLIDAY", "Pfingsten")],
    "nl": [("NEG_PLACE", "Amsterdams"), ("NEG_PLACE", "Utrecht"), ("NEG_MONTH", "januari"), ("NEG_MONTH", "maart"),
           ("NEG_HOLIDAY", "Pasen"), ("NEG_SAINT", "Sint-Jans"), ("NEG_ORG", "Bakker & Zonen B.V."),
           ("NEG_WORD", "bakkers"), ("NEG_PLACE", "Haarlem"), ("NEG_HOLIDAY", "Sinterklaas")],
    "sv": [("NEG_PLACE", "Stockholms"), ("NEG_PLACE", "Göteborg"), ("NEG_MONTH", "januari"), ("NEG_MONTH", "mars"),
           ("NEG_HOLIDAY", "midsommar"), ("NEG_SAINT", "S:t Eriks"), ("NEG_ORG", "Anderssons Bygg AB"),
           ("NEG_WORD", "bergs"), ("NEG_PLACE", "Uppsalas"), ("NEG_HOLIDAY", "påsk")],
    "da": [("NEG_PLACE", "Københavns"), ("NEG_PLACE", "Aarhus"), ("NEG_MONTH", "januar"), ("NEG_MONTH", "marts"),
           ("NEG_HOLIDAY", "påske"), ("NEG_SAINT", "Sankt Hans"), ("NEG_ORG", "Jensens Tømrer ApS"),
           ("NEG_WORD", "hansens"), ("NEG_PLACE", "Odenses"), ("NEG_HOLIDAY", "jul")],
    "no": [("NEG_PLACE", "Bergens"), ("NEG_PLACE", "Trondheim"), ("NEG_MONTH", "januar"), ("NEG_MONTH", "mars"),
           ("NEG_HOLIDAY", "påske"), ("NEG_SAINT", "St. Olavs"), ("NEG_ORG", "Olsens Rør AS"),
           ("NEG_WORD", "olsens"), ("NEG_PLACE", "Tromsø"), ("NEG_HOLIDAY", "jul")],
}

# ---- message templates: {G.case} given, {S.case} surname, {F.case} given+surname in the case
#      (Hungarian: surname first, the suffix on the given name), {N} the next look-alike, {T} a
#      Turkish suffix after the apostrophe (outside the span). ----------------------------------
TPL = {
    "pl": ["Dzień dobry, w sprawie przeprowadzki: {F.nom} prosi o klucze. Oddałem je {S.dat} wczoraj w {N}.",
           "Korepetycje z panem {S.ins} przeniesione na {N}, bo {G.nom} wyjeżdża do {N}.",
           "Proszę przekazać {F.dat} protokół ze spółdzielni. Nie widziałam {S.gen} od {N}.",
           "{G.voc}, podjedziesz po nas w {N}? Rozmawiałam o tym z {F.ins}.",
           "W sprawie mieszkania {F.gen}: lokal po {N} wraca do spółdzielni, kontakt przez {N}."],
    "cs": ["Dobrý den, ohledně stěhování: {F.nom} potřebuje klíče. Dal jsem je {S.dat} v {N}.",
           "Doučování s paní {S.ins} je přesunuto na {N}, {G.nom} odjíždí do {N}.",
           "Prosím předejte {F.dat} zápis z družstva. {S.acc} jsem neviděl od {N}.",
           "{G.voc}, vezmeš nás autem po {N}? Mluvila jsem o tom s {F.ins}.",
           "Byt {F.gen} se po {N} vrací družstvu, kontakt přes {N}."],
    "sk": ["Dobrý deň, k sťahovaniu: {F.nom} potrebuje kľúče. Dal som ich {S.dat} v {N}.",
           "Doučovanie s pani {S.ins} presúvame na {N}, {G.nom} odchádza do {N}.",
           "Prosím, odovzdajte {F.dat} zápisnicu z družstva. {S.acc} som nevidel od {N}.",
           "Bývam pri {N}, zavolaj {F.dat}, prosím, spolujazda je o siedmej.",
           "Byt {F.gen} sa po {N} vracia družstvu, kontakt cez {N}."],
    "fi": ["Hei, muuton avaimet: {F.nom} tarvitsee ne. Annoin ne {S.all} eilen {N}.",
           "Tukiopetus {S.gen} kanssa siirtyy, {G.nom} on {N} {N}.",
           "Voisitko toimittaa {F.all} taloyhtiön pöytäkirjan? {S.ade} ei ole kuulunut mitään {N}.",
           "Kimppakyyti: haen {G.par} ja {S.par} kello 7, sovin asiasta {F.gen} kanssa {N}.",
           "Asunto-osakeyhtiön viesti {F.ela}: huoltoyhtiö {N} tulee {N}."],
    "et": ["Tere, kolimise võtmed: {F.nom} vajab neid. Andsin need {S.all} eile {N}.",
           "Õpetamine {S.gen} juures lükkub, {G.nom} on {N} {N}.",
           "Palun saatke {F.all} ühistu protokoll. {S.ade} pole mingit uudist {N}.",
           "Autojagamine: sõidan {F.com} hommikul, rääkisin {G.com} {N}.",
           "Kiri {F.ela}: korteriühistu {N} koosolek on {N}."],
    "hu": ["Szia, a költözésről: {F.nom} kéri a kulcsokat. Tegnap odaadtam {F.dat} {N}.",
           "A korrepetálás {F.ins} marad, de {N} {N} lesz.",
           "Kérem, küldjék el {F.dat} a lakásszövetkezet jegyzőkönyvét. {F.acc} nem láttam {N}.",
           "Telekocsi: {F.ade} gyűlünk, {F.abl} kaptam a címet {N}.",
           "A lakás ügyében {S.nom} úr {N} jelentkezett, {N} lesz a gyűlés."],
    "tr": ["Merhaba, taşınma için {F.nom} anahtarları istiyor. Dün {S.nom}{T.dat} verdim, {N}'da.",
           "Özel ders {G.nom} Hoca ile {N}'ta değil, {N}'da olacak.",
           "Lütfen {F.nom}{T.dat} site yönetiminin tutanağını gönderin. {S.nom}{T.abl} {N}'dan beri haber yok.",
           "Araç paylaşımı: {G.nom}{T.gen} arabasıyla gideceğiz, {F.nom}{T.abl} adresi aldım, {N}.",
           "Kooperatif {N} toplantısı {N}, {S.nom} Bey{T.none} de gelecek."],
    "el": ["Γεια σας, για τη μετακόμιση: ο/η {F.nom} θέλει τα κλειδιά. Τα έδωσα στον/στην {S.acc} χθες στην {N}.",
           "Το φροντιστήριο με τον/την {F.acc} μεταφέρεται μετά το {N}, στην {N}.",
           "Παρακαλώ στείλτε του/της {F.gen} τα πρακτικά. Δεν έχω δει τον/την {S.acc} από τον {N}.",
           "{G.voc}, μας παίρνεις με το αυτοκίνητο; Μίλησα με την οικογένεια {S.gen} για τον {N}.",
           "Το διαμέρισμα του/της {F.gen} στην {N} επιστρέφει στη σύνδεσμο, κ. {S.voc} ευχαριστώ."],
    "elx": ["Geia sas, gia ti metakomisi: o/i {F.nom} thelei ta kleidia. Ta edosa ston/stin {S.acc} stin {N}.",
            "To frontistirio me ton/tin {F.acc} metaferetai meta to {N}, stin {N}.",
            "Parakalo steilte tou/tis {F.gen} ta praktika. Den eida ton/tin {S.acc} apo ton {N}.",
            "{G.voc}, mas paierneis me to amaxi? Milisa me tin oikogeneia {S.gen} gia ton {N}.",
            "To diamerisma tou/tis {F.gen} stin {N} epistrefei, k. {S.voc} efcharisto."],
    "lt": ["Laba diena, dėl kraustymosi: {F.nom} prašo raktų. Vakar juos atidaviau {S.dat} {N}.",
           "Korepetitorės pamokos su {F.ins} perkeltos po {N}, ji bus {N}.",
           "Prašome perduoti {F.dat} bendrijos protokolą. {S.gen} nemačiau nuo {N}.",
           "{G.voc}, ar pavežėsi mus? Kalbėjausi su {S.ins} apie {N}.",
           "Buto savininkės {F.gen} reikalu: raktai {N}, susirinkimas {N}."],
    "lv": ["Labdien, par pārcelšanos: {F.nom} lūdz atslēgas. Vakar tās iedevu {S.dat} {N}.",
           "Privātstundas ar {F.acc} pārceltas uz {N}, viņš būs {N}.",
           "Lūdzu nosūtiet {F.dat} biedrības protokolu. {S.acc} neesmu redzējis kopš {N}.",
           "Kopbrauciens: braucam ar {G.acc} un {S.gen} mašīnu, runāju ar {F.acc} {N}.",
           "Dzīvokļa {F.gen} jautājumā: sapulce {N}, atslēgas {N}."],
    "hr": ["Pozdrav, oko selidbe: {F.nom} traži ključeve. Jučer sam ih dao {S.dat} u {N}.",
           "Instrukcije s {F.ins} prebacujemo nakon {N}, bit će u {N}.",
           "Molim proslijedite {F.dat} zapisnik suvlasnika. {S.acc} nisam vidio od {N}.",
           "{G.voc}, voziš li nas sutra? Dogovorio sam se s {G.ins} i {S.ins} oko {N}.",
           "Stan {F.gen} vraća se zgradi nakon {N}, javite se u {N}."],
    "sl": ["Pozdravljeni, glede selitve: {F.nom} prosi za ključe. Včeraj sem jih dal {S.dat} v {N}.",
           "Inštrukcije z {F.ins} prestavimo po {N}, bo v {N}.",
           "Prosim posredujte {F.dat} zapisnik etažnih lastnikov. {S.acc} nisem videl od {N}.",
           "Prevoz: peljem {G.acc} in {S.acc} ob sedmih, dogovorila sem se z {F.ins} o {N}.",
           "Stanovanje {F.gen} se po {N} vrne upravniku, pišite v {N}."],
    "ro": ["Bună ziua, despre mutare: {F.nom} cere cheile. Ieri le-am dat lui {S.nom} în {N}.",
           "Meditațiile cu {F.nom} se mută după {N}, la {N}.",
           "Vă rog trimiteți-i lui {F.nom} procesul-verbal al asociației. Nu l-am văzut pe {S.nom} din {N}.",
           "Mergem cu mașina lui {G.nom}, am vorbit cu doamna {S.nom} despre {N}.",
           "Apartamentul lui {F.nom} din {N} rămâne liber după {N}."],
    "is": ["Góðan dag, varðandi flutninginn: {F.nom} vill fá lyklana. Ég lét {F.acc} fá þá í {N}.",
           "Kennslan hjá {F.dat} færist fram yfir {N}, hún verður í {N}.",
           "Vinsamlegast sendið {F.dat} fundargerð húsfélagsins. Ég hef ekki séð {G.acc} síðan í {N}.",
           "Samferð: við förum á bíl {F.gen} eftir {N}.",
           "Íbúð {F.gen} losnar eftir {N}, hafið samband í {N}."],
    "de": ["Hallo, zum Umzug: {F.nom} braucht die Schlüssel. Ich habe sie gestern bei {S.gen} abgegeben, nach {N}.",
           "Die Nachhilfe mit Frau {S.nom} fällt nach {N} aus, {G.gen} Mutter ist in {N}.",
           "Bitte leiten Sie {F.nom} das Protokoll der Genossenschaft weiter. {S.gen} Wohnung wird nach {N} frei.",
           "Fahrgemeinschaft: wir nehmen {G.gen} Auto, Treffpunkt bei {S.gen} vor {N}.",
           "Die Hausverwaltung {N} schreibt, {F.nom} zieht zu {N} aus."],
    "nl": ["Hoi, over de verhuizing: {F.nom} wil de sleutels. Ik heb ze gisteren aan {S.nom} gegeven, na {N}.",
           "De bijles bij {G.nom} gaat na {N} door, {S.nom} is in {N}.",
           "Wilt u {F.nom} de notulen van de VvE sturen? {G.gen} fiets staat nog bij {N}.",
           "Carpool: we rijden met {G.gen} auto, ik heb {F.nom} na {N} gebeld.",
           "De woningcorporatie {N} meldt dat {F.nom} met {N} vertrekt."],
    "sv": ["Hej, om flytten: {F.nom} vill ha nycklarna. Jag lämnade dem hos {S.nom} i går, efter {N}.",
           "Läxhjälpen hos {S.nom} flyttas till efter {N}, {G.gen} dotter är i {N}.",
           "Kan ni skicka protokollet från föreningen till {F.nom}? {S.gen} lägenhet blir ledig efter {N}.",
           "Samåkning: vi tar {G.gen} bil, jag pratade med {F.nom} om {N}.",
           "Brf {N} skriver att {F.gen} förråd töms till {N}."],
    "da": ["Hej, angående flytningen: {F.nom} vil have nøglerne. Jeg gav dem til {S.nom} i går, efter {N}.",
           "Lektiehjælpen hos {S.nom} rykkes til efter {N}, {G.gen} søn er i {N}.",
           "Send venligst referatet fra andelsforeningen til {F.nom}. {S.gen} lejlighed bliver ledig efter {N}.",
           "Samkørsel: vi tager {G.gen} bil, jeg talte med {F.nom} om {N}.",
           "A/B {N} skriver, at {F.gen} depotrum tømmes til {N}."],
    "no": ["Hei, angående flyttingen: {F.nom} vil ha nøklene. Jeg ga dem til {S.nom} i går, etter {N}.",
           "Leksehjelpen hos {S.nom} flyttes til etter {N}, {G.gen} datter er i {N}.",
           "Send referatet fra borettslaget til {F.nom}. {S.gen} leilighet blir ledig etter {N}.",
           "Samkjøring: vi tar {G.gen} bil, jeg snakket med {F.nom} om {N}.",
           "Borettslaget {N} skriver at {F.gen} bod tømmes til {N}."],
}
# only an oblique case, never the nominative (the brief's "named only in an oblique case")
OBLIQUE = {"pl": "Rozmawiałam wczoraj z {F.ins} o kluczach.", "cs": "Včera jsem volala {F.dat} kvůli klíčům.",
           "sk": "Včera som volala {F.dat} kvôli kľúčom.", "fi": "Soitin eilen {F.all} avaimista.",
           "et": "Helistasin eile {F.all} võtmete pärast.", "hu": "Tegnap szóltam {F.dat} a kulcsokról.",
           "tr": "Dün {F.nom}{T.dat} anahtarları sordum.", "el": "Χθες τηλεφώνησα στον/στην {F.acc} για τα κλειδιά.",
           "elx": "Chthes tilefonisa ston/stin {F.acc} gia ta kleidia.", "lt": "Vakar skambinau {F.dat} dėl raktų.",
           "lv": "Vakar zvanīju {F.dat} par atslēgām.", "hr": "Jučer sam zvao {F.acc} zbog ključeva.",
           "sl": "Včeraj sem klical {F.acc} zaradi ključev.", "ro": "Ieri am sunat-o pe doamna {S.nom} pentru chei.",
           "is": "Ég hringdi í {F.acc} í gær út af lyklunum.", "de": "Gestern war ich bei {S.gen} wegen der Schlüssel.",
           "nl": "Gisteren was ik bij {S.nom} thuis voor de sleutels.", "sv": "I går ringde jag {F.gen} mamma om nycklarna.",
           "da": "I går ringede jeg til {F.gen} mor om nøglerne.", "no": "I går ringte jeg {F.gen} mor om nøklene."}
ASK = {"en": ["Translate this message into English.", "Summarise this for the co-op board.",
              "Draft a polite reply to this.", "What does the sender want from me?"]}
LANGS = list(TPL)

VOW = "aıoueiöüAIOUEİÖÜ"


def tr_suffix(name, case):
    """A Turkish case suffix for name (after the apostrophe) by vowel harmony."""
    last = [c for c in name.lower() if c in "aıoueiöü"][-1]
    ends_v = name[-1] in VOW
    four = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}[last]
    two = "a" if last in "aıou" else "e"
    hard = name[-1] in "çfhkpsştÇFHKPSŞT"
    if case == "gen":
        return ("n" if ends_v else "") + four + "n"
    if case == "dat":
        return ("y" if ends_v else "") + two
    if case == "abl":
        return ("t" if hard else "d") + two + "n"
    return ""


def person(lg):
    sex = rng.choice("mf")
    gv = rng.choice(GIVEN[lg][sex])
    sur = rng.choice(SUR[lg][sex])
    return sex, gv, sur, decline(lg, sex, sur)


def render(lg, tpl, who, negs, p):
    sex, gv, sur, sd = who
    i = 0
    last_name = ""
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
            continue
        kind, case = tok.split(".")
        if kind == "T":
            p.t("'" + tr_suffix(last_name, case) if case != "none" else "")
            continue
        gform = gv.get(case, gv["nom"])
        sform = sd.get(case, sur)
        if lg == "hu":  # surname first, the suffix on the last word
            full = sur + " " + gv.get(case, gv["nom"]) if kind == "F" else None
            if kind == "S":
                sform = sd.get(case, sur)
        else:
            full = None
        if kind == "G":
            v = gform
        elif kind == "S":
            v = sform
        else:
            if lg == "hu":
                v = full
            elif lg in ("de", "nl", "sv", "da", "no") and case == "gen":
                v = gv["nom"] + " " + sform
            elif lg in ("tr", "ro"):
                v = gv["nom"] + " " + sur
            else:
                v = gform + " " + sform
        last_name = v
        p.s("PERSON", v)


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    n = 0
    for rnd in range(4):
        for lg in LANGS:
            for variant in range(4):
                who = person(lg)
                negs = NEGS[lg][:]
                rng.shuffle(negs)
                negs = negs * 3
                tpls = TPL[lg][:]
                rng.shuffle(tpls)
                p = P()
                if variant == 3:  # only oblique cases, no nominative anywhere
                    chosen = [OBLIQUE[lg]] + [t for t in tpls if "nom}" not in t or lg in ("tr", "ro")][:1]
                    if lg in ("tr", "ro", "nl", "de"):
                        chosen = [OBLIQUE[lg]]
                else:
                    chosen = tpls[:3]
                for t in chosen:
                    render(lg, t, who, negs, p)
                    p.t("\n")
                # extra look-alikes so they are at least as many as the names
                npers = sum(1 for s in p.spans if s["entity_type"] == "PERSON")
                nneg = len(p.spans) - npers
                extra = []
                while nneg < npers:
                    extra.append(negs.pop(0))
                    nneg += 1
                if extra:
                    p.t("PS: ")
                    for e, (lab, v) in enumerate(extra):
                        if e:
                            p.t(", ")
                        p.s(lab, v)
                    p.t(".\n")
                api = apis[n % 4]
                ascii_ = n % 3 == 0
                compact = n % 2 == 0
                ask = ASK["en"][n % len(ASK["en"])]
                body, spans = ask_body(api, ask, p.text, p.spans, ascii_, compact)
                append_body(records, body, spans, {"locale": "el" if lg == "elx" else lg, "class": "inflect",
                                                   "family": "inflect", "api": api, "ascii": ascii_,
                                                   "script": "latin" if lg == "elx" else "native",
                                                   "oblique_only": variant == 3})
                n += 1
    write_json(records)


if __name__ == "__main__":
    main()
