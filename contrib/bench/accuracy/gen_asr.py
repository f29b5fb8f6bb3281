#!/usr/bin/env python3
"""gen_asr.py: a tune set of names, street addresses and dates of birth in speech-to-text
transcripts (issue 15, branch `asr`), written from how call-centre and meeting recognisers write,
before reading hush's rules: no capitals (or a recogniser's sentence case with full stops), no
sentence punctuation, speaker labels repeated on every turn (`agent:`, `Speaker 1:`, `[00:01:23]
spk_0:`, `KUNDE:`, `Client :`) or no labels at all, numbers as digits or as words (`twenty two`,
`nineteen eighty seven`, `zweiundzwanzig`, `quatre-vingt-sept`, `millenovecentottantasette`),
postcodes and codes read digit by digit, names said and then spelled (`k e l l e r`, `k as in
kilo`), fillers (`um`, `uh`, `ähm`, `euh`, `eh`, `ehm`, `hum`), false starts. Seven languages
(en, de, fr, nl, es, it, pt). Shapes: the identity check (the agent asks the full name, the caller
answers), "my name is", "this is X calling from Y", "am i speaking with", the agent's own
introduction, the address read out, the date of birth read out in every spoken form. Every name
and street name is invented by syllables and checked against every word of hush's lexicon.
Look-alikes in the same shapes: the agent's company (NEG_ORG), plans and products (NEG_PRODUCT),
order, ticket and account numbers read out and letter codes spelled (NEG_CODE), appointment and
delivery dates, "since 2019", card expiry (NEG_DATE), the branch's town (NEG_PLACE).
Writes JSON (the names_tune3.json format) to the path given, or to stdout; deterministic."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261215)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]

SYL = {
    "en": (["bram", "cor", "dal", "fel", "gil", "har", "mor", "tal", "wen", "lis"], ["ley", "ford", "bury", "stead", "ton"]),
    "de": (["ber", "gun", "hil", "kol", "wal", "ro", "lin", "mar", "te", "sig"], ["meier", "hofer", "brecht", "inger", "mann"]),
    "fr": (["ma", "lou", "ren", "gi", "ber", "co", "lé", "thi", "sa", "dou"], ["ault", "eret", "ignon", "illard", "ot"]),
    "nl": (["hen", "dui", "wil", "ger", "jan", "kee", "boo", "lie", "sjo", "ma"], ["huis", "veld", "stra", "inga", "kamp"]),
    "es": (["lo", "ma", "ren", "ca", "ti", "bel", "go", "nu", "fer", "sa"], ["ández", "ero", "ueda", "ino", "aga"]),
    "it": (["gian", "lo", "ma", "ro", "ber", "ti", "car", "sil", "fe", "bri"], ["ucci", "ini", "one", "azzi", "otti"]),
    "pt": (["jo", "ma", "ri", "ta", "bel", "cu", "fon", "lu", "so", "ve"], ["eiro", "ães", "ilha", "ada", "osa"]),
}


def invent(lang, surname):
    a, ends = SYL[lang]
    while True:
        w = "".join(rng.choice(a) for _ in range(rng.choice((2, 2, 3))))
        if surname:
            w += rng.choice(ends)
        if 4 <= len(w) <= 14 and w not in LEX:
            return w


# ---- number words ----------------------------------------------------------------------------
EN1 = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
EN10 = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
DE1 = "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn".split()
DE10 = "_ _ zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig".split()
FR1 = "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf".split()
FR10 = "_ _ vingt trente quarante cinquante soixante _ quatre-vingt _".split()
NL1 = "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split()
NL10 = "_ _ twintig dertig veertig vijftig zestig zeventig tachtig negentig".split()
ES1 = "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve".split()
ES10 = "_ _ veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa".split()
ES2X = "veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve".split()
IT1 = "zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove".split()
IT10 = "_ _ venti trenta quaranta cinquanta sessanta settanta ottanta novanta".split()
PT1 = "zero um dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezasseis dezassete dezoito dezanove".split()
PT10 = "_ _ vinte trinta quarenta cinquenta sessenta setenta oitenta noventa".split()


def num(lang, n):
    """n in 0..99 as a recogniser writes it without inverse normalisation."""
    if lang == "en":
        return EN1[n] if n < 20 else EN10[n // 10] + ("" if n % 10 == 0 else rng.choice([" ", "-"]) + EN1[n % 10])
    if lang == "de":
        if n < 20:
            return DE1[n]
        u = n % 10
        return DE10[n // 10] if u == 0 else ("ein" if u == 1 else DE1[u]) + "und" + DE10[n // 10]
    if lang == "fr":
        if n < 20:
            return FR1[n]
        t, u = n // 10, n % 10
        if t in (7, 9):
            base = "soixante" if t == 7 else "quatre-vingt"
            return base + ("-" if (t == 9 or u + 10 != 11) else " et ") + FR1[10 + u]
        if t == 8:
            return "quatre-vingts" if u == 0 else "quatre-vingt-" + FR1[u]
        if u == 0:
            return FR10[t]
        return FR10[t] + (" et un" if u == 1 else "-" + FR1[u])
    if lang == "nl":
        if n < 20:
            return NL1[n]
        u = n % 10
        if u == 0:
            return NL10[n // 10]
        w = NL1[u]
        return w + ("ën" if w.endswith("e") else "en") + NL10[n // 10]
    if lang == "es":
        if n < 20:
            return ES1[n]
        if n < 30:
            return ES2X[n - 20]
        return ES10[n // 10] + ("" if n % 10 == 0 else " y " + ES1[n % 10])
    if lang == "it":
        if n < 20:
            return IT1[n]
        t, u = IT10[n // 10], n % 10
        if u == 0:
            return t
        if u in (1, 8):
            t = t[:-1]
        w = t + IT1[u]
        return w[:-1] + "é" if u == 3 else w
    if lang == "pt":
        if n < 20:
            return PT1[n]
        return PT10[n // 10] + ("" if n % 10 == 0 else " e " + PT1[n % 10])


def year(lang, y):
    """A year of birth, spoken."""
    lo = y % 100
    if lang == "en":
        if y >= 2000:
            return "two thousand" + ("" if lo == 0 else (" and " if rng.random() < 0.3 else " ") + num("en", lo))
        return "nineteen " + (("oh " + EN1[lo]) if lo < 10 else num("en", lo))
    if lang == "de":
        if y >= 2000:
            return "zweitausend" + ("" if lo == 0 else num("de", lo))
        return "neunzehnhundert" + rng.choice(["", " "]) + num("de", lo)
    if lang == "fr":
        if y >= 2000:
            return "deux mille" + ("" if lo == 0 else " " + num("fr", lo))
        return rng.choice(["mille neuf cent ", "dix-neuf cent "]) + num("fr", lo)
    if lang == "nl":
        if y >= 2000:
            return "tweeduizend" + ("" if lo == 0 else " " + num("nl", lo))
        return rng.choice(["negentienhonderd", "negentien ", "negentienhonderd "]) + num("nl", lo)
    if lang == "es":
        if y >= 2000:
            return "dos mil" + ("" if lo == 0 else " " + num("es", lo))
        return "mil novecientos " + num("es", lo)
    if lang == "it":
        if y >= 2000:
            return "duemila" + ("" if lo == 0 else num("it", lo))
        w = num("it", lo)
        sep = rng.choice(["", " "])
        if sep == "" and w[0] in "ou":
            return "millenovecent" + w
        return "millenovecento" + sep + w
    if lang == "pt":
        if y >= 2000:
            return "dois mil" + ("" if lo == 0 else " e " + num("pt", lo))
        return "mil novecentos e " + num("pt", lo)


MONTHS = {
    "en": "january february march april may june july august september october november december",
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
EN_ORD = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
          "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()


def en_ord(d):
    if d <= 20:
        return EN_ORD[d - 1]
    if d == 30:
        return "thirtieth"
    return ("twenty " if d < 30 else "thirty ") + EN_ORD[d % 10 - 1]


def de_ord(d, case):
    w = num("de", d)
    if d == 1:
        w = "erst"
    elif d == 3:
        w = "dritt"
    elif d == 7:
        w = "siebt"
    elif d == 8:
        w = "acht"
    elif d < 20:
        w = w + "t"
    else:
        w = w + "st"
    return w + case


def spoken_date(lang, d, m, y, words=True):
    """A full date as the caller reads it: words or digits, the orders of each language."""
    mon = MONTHS[lang][m - 1]
    if not words:
        if lang == "en":
            return rng.choice(["%s %d %d" % (mon, d, y), "%d %s %d" % (d, mon, y), "%02d %02d %d" % (m, d, y)])
        return rng.choice(["%d %s %d" % (d, mon, y), "%d.%d.%d" % (d, m, y) if lang in ("de", "nl") else "%d %s %d" % (d, mon, y)])
    yr = year(lang, y)
    if lang == "en":
        yy = num("en", y % 100) if y % 100 >= 10 else "oh " + EN1[y % 100]
        return rng.choice([
            "%s %s %s" % (mon, en_ord(d), yr),
            "the %s of %s %s" % (en_ord(d), mon, yr),
            "%s %s %s" % (mon, num("en", d), yr),
            "the %s of %s %s" % (en_ord(d), mon, yy),
            "oh %s oh %s %s" % (EN1[m] if m < 10 else num("en", m), EN1[d % 10] if d < 10 else num("en", d), yy)
            if m < 10 and d < 10 else "%s %s %s" % (mon, en_ord(d), yr),
        ])
    if lang == "de":
        return rng.choice(["%s %s %s" % (de_ord(d, "er"), mon, yr), "am %s %s %s" % (de_ord(d, "en"), mon, yr),
                           "%s %s %s" % (de_ord(d, "en"), de_ord(m, "en"), yr)])
    if lang == "fr":
        dd = "premier" if d == 1 else num("fr", d)
        return rng.choice(["%s %s %s" % (dd, mon, yr), "le %s %s %s" % (dd, mon, yr),
                           "le %s %s %s" % (dd, mon, num("fr", y % 100))])
    if lang == "nl":
        return rng.choice(["%s %s %s" % (num("nl", d), mon, yr), "%s %s %s" % (num("nl", d), mon, yr)])
    if lang == "es":
        dd = rng.choice(["primero", "uno"]) if d == 1 else num("es", d)
        return rng.choice(["%s de %s de %s" % (dd, mon, yr), "el %s de %s del %s" % (dd, mon, yr) if y >= 2000 else "el %s de %s de %s" % (dd, mon, yr)])
    if lang == "it":
        dd = "primo" if d == 1 else num("it", d)
        return rng.choice(["%s %s %s" % (dd, mon, yr), "il %s %s %s" % (dd, mon, yr)])
    if lang == "pt":
        dd = "primeiro" if d == 1 else num("pt", d)
        return rng.choice(["%s de %s de %s" % (dd, mon, yr), "dia %s de %s de %s" % (dd, mon, yr)])


DIG = {"en": ["oh" if False else "zero"] + EN1[1:10], "de": ["null", "eins", "zwo", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
       "fr": FR1[:10], "nl": NL1[:10], "es": ES1[:10], "it": IT1[:10], "pt": PT1[:10]}


def digits_read(lang, n):
    """A code read digit by digit: "four seven two nine", "vier sieben zwo neun"."""
    s = "".join(str(rng.randint(0, 9)) for _ in range(n))
    out = []
    for c in s:
        w = DIG[lang][int(c)]
        if lang == "en" and c == "0" and rng.random() < 0.6:
            w = "oh"
        out.append(w)
    return " ".join(out)


# ---- what each language says -----------------------------------------------------------------
LABELS = {
    "en": [("agent", "caller"), ("agent", "customer"), ("AGENT", "CUSTOMER"), ("rep", "caller"),
           ("Speaker 1", "Speaker 2"), ("spk_0", "spk_1"), ("Operator", "Caller")],
    "de": [("Mitarbeiter", "Kunde"), ("Agent", "Kunde"), ("Berater", "Anrufer"), ("Sprecher 1", "Sprecher 2"),
           ("AGENT", "KUNDE"), ("spk_0", "spk_1")],
    "fr": [("Conseiller", "Client"), ("Agent", "Client"), ("Locuteur 1", "Locuteur 2"), ("conseillère", "cliente"),
           ("spk_0", "spk_1")],
    "nl": [("Medewerker", "Klant"), ("Agent", "Klant"), ("Spreker 1", "Spreker 2"), ("spk_0", "spk_1")],
    "es": [("Agente", "Cliente"), ("Operador", "Cliente"), ("Hablante 1", "Hablante 2"), ("spk_0", "spk_1")],
    "it": [("Operatore", "Cliente"), ("Agente", "Cliente"), ("Parlante 1", "Parlante 2"), ("spk_0", "spk_1")],
    "pt": [("Atendente", "Cliente"), ("Agente", "Cliente"), ("Orador 1", "Orador 2"), ("spk_0", "spk_1")],
}
FILL = {"en": ["um", "uh", "er", "like", "you know", "so"], "de": ["ähm", "äh", "also", "ja"],
        "fr": ["euh", "ben", "alors", "hum"], "nl": ["eh", "uhm", "nou", "dus"], "es": ["eh", "este", "pues", "bueno"],
        "it": ["ehm", "eh", "allora", "cioè"], "pt": ["é", "hum", "então", "tipo"]}
YES = {"en": ["yeah", "yes", "sure", "yep", "okay"], "de": ["ja", "jawohl", "genau", "okay"],
       "fr": ["oui", "ouais", "d'accord", "oui oui"], "nl": ["ja", "jazeker", "oké", "ja hoor"],
       "es": ["sí", "vale", "claro", "sí sí"], "it": ["sì", "certo", "va bene", "sì sì"],
       "pt": ["sim", "claro", "pois", "tá"]}
# the agent's scripted opening around its own name and company: ({o} company, {a} agent)
OPEN = {
    "en": ["thank you for calling {o} my name is {a} how can i help you today",
           "hi you're through to {o} this is {a} speaking how can i help",
           "good morning {o} customer service {a} speaking"],
    "de": ["{o} kundenservice mein name ist {a} was kann ich für sie tun",
           "guten tag sie sprechen mit {a} von {o} wie kann ich helfen",
           "willkommen bei {o} am apparat ist {a}"],
    "fr": ["{o} bonjour je m'appelle {a} que puis-je faire pour vous",
           "bonjour vous êtes bien chez {o} {a} à l'appareil",
           "bienvenue chez {o} c'est {a} comment puis-je vous aider"],
    "nl": ["goedemiddag u spreekt met {a} van {o} waarmee kan ik u helpen",
           "{o} klantenservice mijn naam is {a} wat kan ik voor u doen"],
    "es": ["{o} buenos días le atiende {a} en qué puedo ayudarle",
           "gracias por llamar a {o} mi nombre es {a} en qué le puedo ayudar"],
    "it": ["{o} buongiorno sono {a} come posso aiutarla",
           "grazie per aver chiamato {o} le risponde {a} in cosa posso esserle utile"],
    "pt": ["{o} bom dia o meu nome é {a} em que posso ajudar",
           "obrigado por ligar para a {o} fala {a} como posso ajudar"],
}
# the caller's reason, with a product: {p}
WHY = {
    "en": ["hi {f} i'm calling about my {p} it stopped working", "yeah hi {f} i wanted to change my {p}",
           "hello i got a bill for the {p} and it's wrong"],
    "de": ["hallo {f} ich rufe wegen meinem {p} an", "ja guten tag {f} es geht um den {p} tarif"],
    "fr": ["bonjour {f} j'appelle pour mon abonnement {p}", "oui bonjour {f} c'est au sujet de la box {p}"],
    "nl": ["hallo {f} ik bel over mijn {p} abonnement", "goedemiddag {f} het gaat over de {p}"],
    "es": ["hola {f} llamo por mi tarifa {p}", "sí buenas {f} es por el router {p}"],
    "it": ["buongiorno {f} chiamo per l'offerta {p}", "sì salve {f} ho un problema con il modem {p}"],
    "pt": ["olá {f} estou a ligar por causa do tarifário {p}", "bom dia {f} é sobre o plano {p}"],
}
ASK_NAME = {
    "en": ["can i have your full name please", "okay and who am i speaking with", "can i get your first and last name",
           "could you confirm the name on the account", "and what's your name please"],
    "de": ["darf ich ihren vollständigen namen haben", "wie ist ihr name bitte", "mit wem spreche ich",
           "können sie mir bitte ihren vor- und nachnamen sagen"],
    "fr": ["puis-je avoir votre nom et prénom s'il vous plaît", "c'est à quel nom", "vous êtes monsieur ou madame",
           "pouvez-vous me donner votre nom complet"],
    "nl": ["mag ik uw volledige naam", "met wie spreek ik", "wat is uw naam alstublieft", "op welke naam staat het"],
    "es": ["me puede dar su nombre completo", "con quién hablo", "a nombre de quién está la cuenta", "su nombre por favor"],
    "it": ["mi può dare nome e cognome", "con chi parlo", "a nome di chi è il contratto", "il suo nome per cortesia"],
    "pt": ["pode dizer-me o seu nome completo", "com quem estou a falar", "em nome de quem está o contrato", "o seu nome por favor"],
}
# the caller's answer around the name {n}
GIVE_NAME = {
    "en": ["{y} it's {n}", "{n}", "{y} my name is {n}", "it's uh {n}", "{y} this is {n}", "the account is under {n}"],
    "de": ["{y} {n}", "mein name ist {n}", "{y} hier ist {n}", "ich heiße {n}", "{n} ist mein name"],
    "fr": ["{y} c'est {n}", "{n}", "je m'appelle {n}", "{y} alors {n}", "moi c'est {n}"],
    "nl": ["{y} met {n}", "{n}", "mijn naam is {n}", "{y} u spreekt met {n}", "ik ben {n}"],
    "es": ["{y} soy {n}", "{n}", "me llamo {n}", "{y} a nombre de {n}", "mi nombre es {n}"],
    "it": ["{y} sono {n}", "{n}", "mi chiamo {n}", "{y} a nome di {n}", "il mio nome è {n}"],
    "pt": ["{y} sou o {n}", "{n}", "chamo-me {n}", "{y} o meu nome é {n}", "em nome de {n}"],
}
ASK_SPELL = {"en": "can you spell the last name for me", "de": "können sie den nachnamen buchstabieren",
             "fr": "vous pouvez m'épeler le nom", "nl": "kunt u de achternaam spellen",
             "es": "me lo puede deletrear", "it": "me lo può fare lo spelling", "pt": "pode soletrar o apelido"}
SPELL_LEAD = {"en": ["{y} it's", "that's", "sure", ""], "de": ["", "also", "das ist"], "fr": ["", "alors ça s'écrit", "c'est"],
              "nl": ["", "dat is", "met een"], "es": ["", "se escribe", "es"], "it": ["", "si scrive", "allora"],
              "pt": ["", "escreve-se", "é"]}
# "k as in kilo" and its kin
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot", "g": "golf", "h": "hotel",
        "i": "india", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar", "p": "papa",
        "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "y": "yankee", "z": "zulu"}
AS_IN = {"en": "as in", "de": "wie", "fr": "comme", "nl": "van", "es": "de", "it": "come", "pt": "de"}
ASK_DOB = {
    "en": ["and can you confirm your date of birth", "what's your date of birth", "and your birthday please",
           "for security can i have your date of birth"],
    "de": ["und ihr geburtsdatum bitte", "wann sind sie geboren", "können sie mir ihr geburtsdatum nennen"],
    "fr": ["et votre date de naissance", "vous êtes né quand", "votre date de naissance s'il vous plaît"],
    "nl": ["en uw geboortedatum", "wat is uw geboortedatum", "wanneer bent u geboren"],
    "es": ["y su fecha de nacimiento", "me confirma la fecha de nacimiento", "cuándo nació usted"],
    "it": ["e la data di nascita", "mi conferma la data di nascita", "quando è nato"],
    "pt": ["e a data de nascimento", "pode confirmar a data de nascimento", "quando é que nasceu"],
}
GIVE_DOB = {"en": ["{y} {d}", "{d}", "it's {d}", "i was born {d}", "uh {d}"],
            "de": ["{d}", "{y} {d}", "ich bin {d} geboren", "geboren am {d}"],
            "fr": ["{d}", "{y} {d}", "je suis né le {d}", "le {d}"],
            "nl": ["{d}", "{y} {d}", "ik ben geboren op {d}", "op {d}"],
            "es": ["{d}", "{y} {d}", "nací el {d}", "el {d}"],
            "it": ["{d}", "{y} {d}", "sono nato il {d}", "il {d}"],
            "pt": ["{d}", "{y} {d}", "nasci a {d}", "a {d}"]}
ASK_ADDR = {
    "en": ["and the first line of your address", "can you confirm the address on the account", "and where do you live",
           "what's the billing address"],
    "de": ["und ihre adresse bitte", "wie lautet ihre anschrift", "wo wohnen sie"],
    "fr": ["et votre adresse", "vous habitez où", "l'adresse de facturation s'il vous plaît"],
    "nl": ["en uw adres", "wat is uw adres", "waar woont u"],
    "es": ["y su dirección", "me da la dirección por favor", "dónde vive"],
    "it": ["e l'indirizzo", "mi conferma l'indirizzo di residenza", "dove abita"],
    "pt": ["e a morada", "qual é a morada", "onde é que mora"],
}
GIVE_ADDR = {"en": ["{a}", "{y} it's {a}", "uh {a}", "i live at {a}"], "de": ["{a}", "{y} {a}", "ich wohne in der {a}"],
             "fr": ["{a}", "{y} {a}", "j'habite au {a}"], "nl": ["{a}", "{y} {a}", "ik woon op de {a}"],
             "es": ["{a}", "{y} {a}", "vivo en {a}"], "it": ["{a}", "{y} {a}", "abito in {a}"],
             "pt": ["{a}", "{y} {a}", "moro na {a}"]}
CITIES = {"en": ["springfield", "leeds", "dayton", "reading", "bristol"], "de": ["köln", "kassel", "bremen", "ulm"],
          "fr": ["lyon", "nantes", "rennes", "lille"], "nl": ["utrecht", "zwolle", "breda", "delft"],
          "es": ["sevilla", "murcia", "valencia", "bilbao"], "it": ["torino", "bologna", "parma", "bari"],
          "pt": ["porto", "braga", "coimbra", "setúbal"]}
ORGS = ["telvio", "brightnet", "kuvana energy", "portela seguros", "nordlicht mobil", "verdina", "ostrava bank",
        "zenmo", "plumera", "caldo telecom"]
PRODUCTS = ["fibre max", "unlimited plus", "smart home", "magenta", "family flex", "turbo five hundred",
            "basic duo", "gold", "fritzbox", "livebox", "premium"]


def street(lang):
    """The street line, number as digits or words, in the order of each language."""
    nm = invent(lang, False)
    h = rng.randint(1, 99)
    hn = str(h) if rng.random() < 0.4 else num(lang, h)
    unit = ""
    if lang == "en":
        if rng.random() < 0.3:
            hn = digits_read("en", 3)
        s = "%s %s %s" % (hn, nm, rng.choice(["street", "road", "avenue", "lane", "drive", "close"]))
        if rng.random() < 0.3:
            unit = " apartment %s" % rng.choice(["four b", "twelve", "3", "two c"])
        return s + unit
    if lang == "de":
        t = rng.choice(["straße", "weg", "allee", "gasse", "ring"])
        s = "%s%s%s %s" % (nm, rng.choice(["", " "]) if t == "straße" else "", t, hn)
        return s
    if lang == "fr":
        return "%s %s %s" % (hn, rng.choice(["rue", "avenue", "boulevard", "chemin", "allée"]),
                             rng.choice(["des ", "de la ", "du ", ""]) + nm)
    if lang == "nl":
        return "%s%s %s" % (nm, rng.choice(["straat", "laan", "weg", "gracht", "plein"]), hn)
    if lang == "es":
        return "%s %s %s%s" % (rng.choice(["calle", "avenida", "plaza", "paseo"]), nm, rng.choice(["número ", ""]), hn)
    if lang == "it":
        return "%s %s %s" % (rng.choice(["via", "viale", "corso", "piazza"]), nm, rng.choice(["numero ", ""]) + hn)
    if lang == "pt":
        return "%s %s %s%s" % (rng.choice(["rua", "avenida", "travessa", "largo"]), rng.choice(["do ", "da ", "de ", ""]) + nm,
                               rng.choice(["número ", ""]), hn)


class Rec:
    """Turns of (label, text) pieces; the case applied per piece so the spans stay aligned."""

    def __init__(self, cls, lang, case, style):
        self.turns, self.cls, self.lang, self.case, self.style = [], cls, lang, case, style
        self.labels = rng.choice(LABELS[lang])
        self.t = rng.randint(0, 40)

    def turn(self, who, pieces):
        self.turns.append((who, [p for p in pieces if p[1]]))

    def done(self):
        text, spans = "", []
        for who, pieces in self.turns:
            if self.style != "none":
                lab = self.labels[who]
                if self.case == "lower":
                    lab = lab.lower()
                if self.style == "stamp":
                    self.t += rng.randint(3, 20)
                    text += "[00:%02d:%02d] " % (self.t // 60, self.t % 60)
                text += lab + (rng.choice([" : ", ": "]) if self.lang == "fr" else ": ")
            first = True
            for label, part in pieces:
                if label == "SPELLED":  # a recogniser writes the letters spelled as capitals
                    label = "PERSON"
                    if self.case == "sentence":
                        part = " ".join(w.upper() if len(w) == 1 else w.title() if w in NATO.values() else w
                                        for w in part.split(" "))
                elif self.case == "sentence":
                    if label in ("PERSON", "STREET_ADDRESS") or label == "NEG_ORG":
                        part = " ".join(w[:1].upper() + w[1:] for w in part.split(" "))
                    if first:
                        part = part[:1].upper() + part[1:]
                first = False
                if label:
                    spans.append({"entity_type": label, "entity_value": part, "start_position": len(text),
                                  "end_position": len(text) + len(part)})
                text += part
            if self.case == "sentence":
                text += "?" if who == 0 else "."
            text += "\n" if self.style != "none" else " "
        return {"full_text": text.rstrip(" "), "spans": spans,
                "metadata": {"class": self.cls, "locale": self.lang, "case": self.case, "style": self.style}}


def fill(lang):
    return rng.choice(FILL[lang]) + " " if rng.random() < 0.35 else ""


def split_tpl(tpl, key):
    a, b = tpl.split("{%s}" % key)
    return a, b


def say(lang, tpl, key, value, label):
    """A template with one labelled slot, {y} and {f} filled."""
    tpl = tpl.replace("{y}", rng.choice(YES[lang])).replace("{f}", fill(lang).strip())
    tpl = " ".join(tpl.split(" ")).replace("  ", " ").strip(" ") if "  " in tpl else tpl
    a, b = split_tpl(tpl, key)
    return [(None, fill(lang) + a), (label, value), (None, b)]


def spelled(lang, sur):
    """The surname spelled letter by letter, or with words for the letters in English."""
    if lang == "en" and rng.random() < 0.4:
        ls = [c for c in sur if c in NATO][:4]
        return " ".join("%s %s %s" % (c, AS_IN["en"], NATO[c]) for c in ls)
    letters = [c for c in sur if c.isalpha()]
    return " ".join(letters)


def call(lang, case, style):
    """An identity check: opening, reason, name (spelled sometimes), date of birth, address; the
    look-alikes of the same call around them."""
    r = Rec("call", lang, case, style)
    agent = invent(lang, False)
    org, prod = rng.choice(ORGS), rng.choice(PRODUCTS)
    a, b = OPEN[lang][rng.randrange(len(OPEN[lang]))].split("{o}")
    if "{a}" in a:
        a1, a2 = a.split("{a}")
        r.turn(0, [(None, a1), ("PERSON", agent), (None, a2), ("NEG_ORG", org)] + [(None, b)])
    else:
        b1, b2 = b.split("{a}")
        r.turn(0, [(None, a), ("NEG_ORG", org), (None, b1), ("PERSON", agent), (None, b2)])
    r.turn(1, say(lang, rng.choice(WHY[lang]), "p", prod, "NEG_PRODUCT"))
    g, s = invent(lang, False), invent(lang, True)
    r.turn(0, [(None, rng.choice(ASK_NAME[lang]))])
    n = rng.choice([g + " " + s, g + " " + s, s]) if lang != "pt" else g + " " + s
    r.turn(1, say(lang, rng.choice(GIVE_NAME[lang]), "n", n, "PERSON"))
    if rng.random() < 0.5:
        if rng.random() < 0.5:
            r.turn(0, [(None, ASK_SPELL[lang])])
        lead = rng.choice(SPELL_LEAD[lang]).replace("{y}", rng.choice(YES[lang]))
        r.turn(1, [(None, (lead + " ") if lead else ""), ("SPELLED", spelled(lang, s))])
    if rng.random() < 0.8:
        r.turn(0, [(None, rng.choice(ASK_DOB[lang]))])
        d = spoken_date(lang, rng.randint(1, 28), rng.randint(1, 12), rng.randint(1941, 2005), rng.random() < 0.7)
        r.turn(1, say(lang, rng.choice(GIVE_DOB[lang]), "d", d, "DATE_OF_BIRTH"))
    if rng.random() < 0.8:
        r.turn(0, [(None, rng.choice(ASK_ADDR[lang]))])
        ad = street(lang)
        if rng.random() < 0.6:
            ad += " " + rng.choice(CITIES[lang])
        r.turn(1, say(lang, rng.choice(GIVE_ADDR[lang]), "a", ad, "STREET_ADDRESS"))
    # the rest of the call: look-alikes
    for _ in range(rng.choice((1, 2))):
        r.turn(0, neg_line(lang))
    return r.done()


NEG_CODE_T = {"en": ["i can see order number {c} here", "your ticket number is {c}", "the reference is {c}"],
              "de": ["ihre auftragsnummer ist {c}", "die ticketnummer lautet {c}", "ich sehe die bestellung {c}"],
              "fr": ["votre numéro de dossier c'est {c}", "la commande {c}", "le numéro de ticket est {c}"],
              "nl": ["uw ordernummer is {c}", "het ticketnummer is {c}", "ik zie bestelling {c}"],
              "es": ["su número de pedido es {c}", "la incidencia {c}", "el número de referencia es {c}"],
              "it": ["il numero d'ordine è {c}", "la pratica {c}", "il codice cliente è {c}"],
              "pt": ["o número da encomenda é {c}", "o pedido {c}", "a referência é {c}"]}
NEG_DATE_T = {"en": ["the engineer can come on {d}", "it should be delivered {d}", "you've been with us since {y}",
                     "the card expires {e}"],
              "de": ["der techniker kommt am {d}", "die lieferung ist für den {d} geplant", "sie sind seit {y} kunde"],
              "fr": ["le technicien passera le {d}", "la livraison est prévue le {d}", "vous êtes client depuis {y}"],
              "nl": ["de monteur komt op {d}", "de levering staat gepland op {d}", "u bent klant sinds {y}"],
              "es": ["el técnico irá el {d}", "la entrega está prevista para el {d}", "es cliente desde {y}"],
              "it": ["il tecnico passa il {d}", "la consegna è prevista per il {d}", "è cliente dal {y}"],
              "pt": ["o técnico vai no dia {d}", "a entrega está prevista para {d}", "é cliente desde {y}"]}
NEG_PLACE_T = {"en": "our {p} store can help too", "de": "unsere filiale in {p} hilft auch", "fr": "notre agence de {p} peut aussi vous aider",
               "nl": "onze winkel in {p} helpt ook", "es": "nuestra tienda de {p} también", "it": "il negozio di {p} può aiutarla",
               "pt": "a loja de {p} também ajuda"}


def appt(lang):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    mon = MONTHS[lang][m - 1]
    if lang == "en":
        return rng.choice(["%s the %s" % (rng.choice(["monday", "tuesday", "friday"]), en_ord(d)), "%s %s" % (mon, en_ord(d)),
                           "the %s of %s" % (en_ord(d), mon)])
    if lang == "de":
        return "%s %s" % (de_ord(d, "en"), mon)
    if lang in ("es", "pt"):
        return "%s de %s" % (num(lang, d), mon)
    return "%s %s" % (num(lang, d), mon)


def neg_line(lang):
    k = rng.randrange(4)
    if k == 0:
        return say(lang, rng.choice(NEG_CODE_T[lang]), "c", digits_read(lang, rng.randint(5, 8)), "NEG_CODE")
    if k == 1:
        t = rng.choice(NEG_DATE_T[lang])
        if "{e}" in t:
            return say(lang, t, "e", "oh %s twenty %s" % (EN1[rng.randint(1, 9)], num("en", rng.randint(26, 31))), "NEG_DATE")
        if "{y}" in t.replace("{y}", "", 0) and "{d}" not in t:
            yy = rng.randint(2005, 2024)
            w = year(lang, yy) if rng.random() < 0.6 else str(yy)
            a, b = t.split("{y}")
            return [(None, fill(lang) + a), ("NEG_DATE", w), (None, b)]
        return say(lang, t, "d", appt(lang), "NEG_DATE")
    if k == 2:
        code = " ".join(rng.choice("abcdfghkmnprstvxz") for _ in range(3)) + " " + digits_read(lang, 2)
        return say(lang, rng.choice(NEG_CODE_T[lang]), "c", code, "NEG_CODE")
    return say(lang, NEG_PLACE_T[lang], "p", rng.choice(CITIES[lang]), "NEG_PLACE")


def neg_call(lang, case, style):
    """A call with no caller identity: product questions, codes, appointments, the company."""
    r = Rec("neg_call", lang, case, style)
    org, prod = rng.choice(ORGS), rng.choice(PRODUCTS)
    r.turn(1, say(lang, rng.choice(WHY[lang]), "p", prod, "NEG_PRODUCT"))
    r.turn(0, [(None, {"en": "thanks for calling ", "de": "danke für ihren anruf bei ", "fr": "merci d'avoir appelé ",
                       "nl": "bedankt voor het bellen naar ", "es": "gracias por llamar a ", "it": "grazie per aver chiamato ",
                       "pt": "obrigado por ligar para a "}[lang]), ("NEG_ORG", org)])
    for _ in range(rng.choice((2, 3))):
        r.turn(rng.choice((0, 1)), neg_line(lang))
    return r.done()


INTRO = {"en": ["hi this is {n} calling from {o}", "hello it's {n} from {o} returning your call", "am i speaking with {n}"],
         "de": ["hallo hier ist {n} von {o}", "guten tag {n} von der firma {o}", "spreche ich mit {n}"],
         "fr": ["bonjour c'est {n} de chez {o}", "allô oui {n} de la société {o}", "je suis bien avec {n}"],
         "nl": ["hallo u spreekt met {n} van {o}", "goedemorgen met {n} van {o}", "spreek ik met {n}"],
         "es": ["hola le llamo de {o} soy {n}", "buenas soy {n} de {o}", "hablo con {n}"],
         "it": ["buongiorno sono {n} di {o}", "salve la chiamo da {o} sono {n}", "parlo con {n}"],
         "pt": ["olá fala {n} da {o}", "bom dia sou {n} da {o}", "estou a falar com {n}"]}
TITLES = {"en": ["mister", "mrs", "miss", "doctor", "ms"], "de": ["herr", "frau", "herrn"],
          "fr": ["monsieur", "madame"], "nl": ["meneer", "mevrouw"], "es": ["señor", "señora", "don", "doña"],
          "it": ["signor", "signora", "dottor"], "pt": ["senhor", "senhora", "dona"]}


def outbound(lang, case, style):
    """An outbound call or a meeting: "this is X calling from Y", "am i speaking with mr X"."""
    r = Rec("outbound", lang, case, style)
    org = rng.choice(ORGS)
    for k in range(2):
        t = rng.choice(INTRO[lang])
        g, s = invent(lang, False), invent(lang, True)
        n = g + " " + s if rng.random() < 0.6 else g
        pre = ""
        if "{o}" not in t:
            pre = rng.choice(TITLES[lang]) + " "
            n = s if rng.random() < 0.6 else g + " " + s
        parts = []
        rest = fill(lang) + t
        while rest:
            i_n, i_o = rest.find("{n}"), rest.find("{o}")
            cand = [x for x in (i_n, i_o) if x >= 0]
            if not cand:
                parts.append((None, rest))
                break
            i = min(cand)
            parts.append((None, rest[:i] + (pre if i == i_n else "")))
            parts.append(("PERSON", n) if i == i_n else ("NEG_ORG", org))
            rest = rest[i + 3:]
        r.turn(k, parts)
        if k == 0:
            r.turn(1, [(None, rng.choice(YES[lang]) + " " + fill(lang) + {"en": "who's calling", "de": "worum geht es",
                                                                           "fr": "c'est à quel sujet", "nl": "waar gaat het over",
                                                                           "es": "de qué se trata", "it": "di cosa si tratta",
                                                                           "pt": "é sobre o quê"}[lang])])
    r.turn(0, neg_line(lang))
    return r.done()


def main():
    recs = []
    for rep in range(8):
        for lang in LANGS:
            for style in ("label", "label", "stamp", "none"):
                case = "sentence" if rng.random() < 0.25 else "lower"
                recs.append(call(lang, case, style))
            recs.append(outbound(lang, "lower", rng.choice(("label", "stamp"))))
            recs.append(neg_call(lang, rng.choice(("lower", "sentence")), rng.choice(("label", "none"))))
    out = json.dumps(recs, ensure_ascii=False, indent=1) + "\n"
    if len(sys.argv) > 1:
        open(sys.argv[1], "w", encoding="utf-8").write(out)
    else:
        sys.stdout.write(out)


if __name__ == "__main__":
    main()
