"""gen_spoken_words.py: numbers, years, births and phones said in words in 17 languages, shared by
gen_spoken52.py and gen_spoken53.py. The importing generator sets this module's `rng` to its own
(`gen_spoken_words.rng = rng`) before drawing, so each corpus regenerates byte-identical."""
import os  # noqa: E402
import sys  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import END12, MONTH_WORDS, SYL12  # noqa: E402

rng = None  # the importing generator's random.Random

# ---- number words ---------------------------------------------------------------------------------
def _w(s):
    return s.split()


DIG = {k: _w(v) for k, v in {
    "en": "zero one two three four five six seven eight nine",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
    "pt": "zero um dois três quatro cinco seis sete oito nove",
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
    "sv": "noll ett två tre fyra fem sex sju åtta nio",
    "da": "nul en to tre fire fem seks syv otte ni",
    "no": "null en to tre fire fem seks sju åtte ni",
    "fi": "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän",
    "cs": "nula jedna dva tři čtyři pět šest sedm osm devět",
    "hu": "nulla egy kettő három négy öt hat hét nyolc kilenc",
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz",
    "ro": "zero unu doi trei patru cinci șase șapte opt nouă",
    "el": "miden ena dio tria tessera pente exi epta okto ennea",
}.items()}
TEENS = {k: _w(v) for k, v in {
    "en": "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
    "de": "zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn",
    "fr": "dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf",
    "nl": "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien",
    "es": "diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve",
    "it": "dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove",
    "pt": "dez onze doze treze catorze quinze dezasseis dezassete dezoito dezanove",
    "pl": "dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście "
          "osiemnaście dziewiętnaście",
    "sv": "tio elva tolv tretton fjorton femton sexton sjutton arton nitton",
    "da": "ti elleve tolv tretten fjorten femten seksten sytten atten nitten",
    "no": "ti elleve tolv tretten fjorten femten seksten sytten atten nitten",
    "fi": "kymmenen yksitoista kaksitoista kolmetoista neljätoista viisitoista kuusitoista "
          "seitsemäntoista kahdeksantoista yhdeksäntoista",
    "cs": "deset jedenáct dvanáct třináct čtrnáct patnáct šestnáct sedmnáct osmnáct devatenáct",
    "hu": "tíz tizenegy tizenkettő tizenhárom tizennégy tizenöt tizenhat tizenhét tizennyolc "
          "tizenkilenc",
    "tr": "on on_bir on_iki on_üç on_dört on_beş on_altı on_yedi on_sekiz on_dokuz",
    "ro": "zece unsprezece doisprezece treisprezece paisprezece cincisprezece șaisprezece "
          "șaptesprezece optsprezece nouăsprezece",
    "el": "deka enteka dodeka dekatria dekatessera dekapente dekaexi dekaepta dekaokto dekaennea",
}.items()}
TEENS = {k: [w.replace("_", " ") for w in v] for k, v in TEENS.items()}
TENS = {k: _w(v) for k, v in {
    "en": "twenty thirty forty fifty sixty seventy eighty ninety",
    "de": "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
    "fr": "vingt trente quarante cinquante soixante soixante-dix quatre-vingt quatre-vingt-dix",
    "nl": "twintig dertig veertig vijftig zestig zeventig tachtig negentig",
    "es": "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
    "it": "venti trenta quaranta cinquanta sessanta settanta ottanta novanta",
    "pt": "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa",
    "pl": "dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt "
          "osiemdziesiąt dziewięćdziesiąt",
    "sv": "tjugo trettio fyrtio femtio sextio sjuttio åttio nittio",
    "da": "tyve tredive fyrre halvtreds tres halvfjerds firs halvfems",
    "no": "tjue tretti førti femti seksti sytti åtti nitti",
    "fi": "kaksikymmentä kolmekymmentä neljäkymmentä viisikymmentä kuusikymmentä "
          "seitsemänkymmentä kahdeksankymmentä yhdeksänkymmentä",
    "cs": "dvacet třicet čtyřicet padesát šedesát sedmdesát osmdesát devadesát",
    "hu": "húsz harminc negyven ötven hatvan hetven nyolcvan kilencven",
    "tr": "yirmi otuz kırk elli altmış yetmiş seksen doksan",
    "ro": "douăzeci treizeci patruzeci cincizeci șaizeci șaptezeci optzeci nouăzeci",
    "el": "eikosi trianta saranta peninta exinta evdominta ogdonta eneninta",
}.items()}


def card(lg, n):
    """n (1..99) as the language says it."""
    if n < 10:
        return DIG[lg][n]
    if n < 20:
        return TEENS[lg][n - 10]
    t, u = divmod(n, 10)
    tw = TENS[lg][t - 2]
    if u == 0:
        return tw if not (lg == "fr" and t == 8) else "quatre-vingts"
    d = DIG[lg][u]
    if lg == "de":
        return ("ein" if u == 1 else d) + "und" + tw
    if lg == "nl":
        return d + ("ën" if d.endswith("e") else "en") + tw
    if lg == "da":
        return d + "og" + tw
    if lg == "fr":
        if t in (7, 9):
            return TENS["fr"][t - 3] + ("-et-" if t == 7 and u == 1 else "-") + TEENS["fr"][u]
        return tw + ("-et-un" if u == 1 and t != 8 else "-" + d)
    if lg == "es":
        if t == 2:
            return {2: "veintidós", 3: "veintitrés", 6: "veintiséis"}.get(u, "veinti" + d)
        return tw + " y " + d
    if lg == "it":
        return (tw[:-1] if u in (1, 8) else tw) + ("tré" if u == 3 else d)
    if lg == "pt":
        return tw + " e " + d
    if lg == "ro":
        return tw + " și " + d
    if lg == "hu":
        return {"húsz": "huszon"}.get(tw, tw) + d
    if lg in ("sv", "no", "fi"):
        return tw + d
    return tw + " " + d  # en pl cs tr el


def year_words(lg, y):
    """A year of birth in words (19xx or 20xx, never a round hundred)."""
    hi, lo = divmod(y, 100)
    c = card(lg, lo)
    if lg == "en":
        return "two thousand and " + c if hi == 20 else "nineteen " + (c if lo >= 10 else "oh " + c)
    if lg == "pl":
        return "tysiąc dziewięćset " + pl_ord_year(lo) if hi == 19 else "dwa tysiące " + pl_ord_year(lo)
    tab = {
        "de": ("neunzehnhundert", "zweitausend"), "nl": ("negentienhonderd", "tweeduizend"),
        "fr": ("mille neuf cent ", "deux mille "), "es": ("mil novecientos ", "dos mil "),
        "it": ("millenovecento", "duemila"), "pt": ("mil novecentos e ", "dois mil e "),
        "sv": ("nittonhundra", "tjugohundra"), "da": ("nitten hundrede og ", "to tusind og "),
        "no": ("nitten ", "to tusen og "), "fi": ("tuhat yhdeksänsataa ", "kaksituhatta "),
        "cs": ("devatenáct set ", "dva tisíce "), "hu": ("ezerkilencszáz", "kétezer"),
        "tr": ("bin dokuz yüz ", "iki bin "), "ro": ("o mie nouă sute ", "două mii "),
        "el": ("chilia enniakosia ", "dio chiliades "),
    }[lg]
    pre = tab[0] if hi == 19 else tab[1]
    if lg == "it" and hi == 19 and c[0] in "ou":
        pre = pre[:-1]  # millenovecentottantuno
    return pre + c


PL_ORD = _w("pierwszego drugiego trzeciego czwartego piątego szóstego siódmego ósmego dziewiątego "
            "dziesiątego jedenastego dwunastego trzynastego czternastego piętnastego szesnastego "
            "siedemnastego osiemnastego dziewiętnastego dwudziestego")
PL_ORD_TENS = _w("dwudziestego trzydziestego czterdziestego pięćdziesiątego sześćdziesiątego "
                 "siedemdziesiątego osiemdziesiątego dziewięćdziesiątego")


def pl_ord_year(lo):
    if lo <= 20:
        return PL_ORD[lo - 1]
    t, u = divmod(lo, 10)
    return PL_ORD_TENS[t - 2] + ("" if u == 0 else " " + PL_ORD[u - 1])


# Day ordinals (1..20) where the language says a date's day as one.
ORD = {k: _w(v) for k, v in {
    "en": "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
          "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth",
    "de": "ersten zweiten dritten vierten fünften sechsten siebten achten neunten zehnten elften "
          "zwölften dreizehnten vierzehnten fünfzehnten sechzehnten siebzehnten achtzehnten "
          "neunzehnten zwanzigsten",
    "pl": " ".join(PL_ORD),
    "sv": "första andra tredje fjärde femte sjätte sjunde åttonde nionde tionde elfte tolfte "
          "trettonde fjortonde femtonde sextonde sjuttonde artonde nittonde tjugonde",
    "da": "første anden tredje fjerde femte sjette syvende ottende niende tiende ellevte tolvte "
          "trettende fjortende femtende sekstende syttende attende nittende tyvende",
    "no": "første andre tredje fjerde femte sjette sjuende åttende niende tiende ellevte tolvte "
          "trettende fjortende femtende sekstende syttende attende nittende tjuende",
    "fi": "ensimmäinen toinen kolmas neljäs viides kuudes seitsemäs kahdeksas yhdeksäs kymmenes "
          "yhdestoista kahdestoista kolmastoista neljästoista viidestoista kuudestoista "
          "seitsemästoista kahdeksastoista yhdeksästoista kahdeskymmenes",
    "cs": "prvního druhého třetího čtvrtého pátého šestého sedmého osmého devátého desátého "
          "jedenáctého dvanáctého třináctého čtrnáctého patnáctého šestnáctého sedmnáctého "
          "osmnáctého devatenáctého dvacátého",
    "hu": "elsején másodikán harmadikán negyedikén ötödikén hatodikán hetedikén nyolcadikán "
          "kilencedikén tizedikén tizenegyedikén tizenkettedikén tizenharmadikán tizennegyedikén "
          "tizenötödikén tizenhatodikán tizenhetedikén tizennyolcadikán tizenkilencedikén "
          "huszadikán",
}.items()}


def month(lg, m):
    return MONTH_WORDS[lg][m - 1].lower()


def dob_words(lg, y, m, d):
    """A date of birth said aloud (no digits unless the year is left as digits)."""
    ys = year_words(lg, y) if rng.random() < 0.8 else (str(y) if rng.random() < 0.6 else card(lg, y % 100))
    mo = month(lg, m)
    if lg == "en":
        return rng.choice(["the " + ORD["en"][d - 1] + " of " + mo + " " + ys,
                           ORD["en"][d - 1] + " of " + mo + " " + ys, mo + " " + ORD["en"][d - 1] + " " + ys,
                           mo + " " + card("en", d) + " " + ys])
    if lg == "hu":
        return ys + " " + mo + " " + ORD["hu"][d - 1]
    if lg in ORD:
        return ORD[lg][d - 1] + " " + mo + " " + ys
    dw = card(lg, d)
    if lg == "fr" and d == 1:
        dw = "premier"
    if lg == "ro" and d == 1:
        dw = "întâi"
    if lg == "el":
        dw = {1: "proti", 3: "tris", 4: "tesseris"}.get(d, dw)
    if lg in ("es", "pt"):
        return dw + " de " + mo + " de " + ys
    return dw + " " + mo + " " + ys


def phone_digits(lg):
    nz = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    return {"en": "07" + rng.choice("1234579") + nz(8), "de": "01" + rng.choice("567") + nz(8),
            "fr": "0" + rng.choice("67") + nz(8), "nl": "06" + nz(8), "es": rng.choice("67") + nz(8),
            "it": "3" + rng.choice("234") + nz(8), "pt": "9" + rng.choice("1236") + nz(7),
            "pl": rng.choice("5678") + nz(8), "sv": "07" + rng.choice("0236") + nz(7),
            "da": rng.choice("2345") + nz(7), "no": rng.choice("49") + nz(7),
            "fi": "04" + rng.choice("0145") + nz(7), "cs": rng.choice("67") + nz(8),
            "hu": "06" + rng.choice(["20", "30", "70"]) + nz(7), "tr": "05" + rng.choice("345") + nz(8),
            "ro": "07" + rng.choice("2456") + nz(7), "el": "69" + rng.choice("3479") + nz(7)}[lg]


def phone(lg):
    """A phone read digit by digit (English `double`, `oh`), now and then in digits."""
    ds = phone_digits(lg)
    if rng.random() < 0.15:
        return " ".join(ds[i:i + 3] for i in range(0, len(ds), 3))
    words, k = [], 0
    while k < len(ds):
        c = ds[k]
        w = ("oh" if rng.random() < 0.7 else "zero") if (lg == "en" and c == "0") else DIG[lg][int(c)]
        if lg == "en" and k + 1 < len(ds) and ds[k + 1] == c and rng.random() < 0.7:
            words.append("double " + w)
            k += 2
            continue
        words.append(w)
        k += 1
    return " ".join(words)


def ndate(lg):
    d, m = rng.randint(1, 20), rng.randint(1, 12)
    mo = month(lg, m)
    if lg == "en":
        return "the " + ORD["en"][d - 1] + " of " + mo
    if lg == "hu":
        return mo + " " + ORD["hu"][d - 1]
    if lg in ORD:
        return ORD[lg][d - 1] + " " + mo
    return card(lg, d) + (" de " if lg in ("es", "pt") else " ") + mo


# ---- spoken52/53's look-alikes: numbers in words that are no phone, times -------------------------
def said_number(lg, p_digits, p_card):
    """A number in words that is not a phone (an amount, a case number, a reading): digit by digit
    below p_digits, a card number (11 to 99) below p_card, else in digits."""
    r = rng.random()
    if r < p_digits:
        n = rng.randint(4, 8)
        return " ".join(DIG[lg][int(c)] for c in str(rng.randint(10 ** (n - 1), 10 ** n - 1)))
    if r < p_card:
        return card(lg, rng.randint(11, 99))
    return str(rng.randint(100, 99999))


def time_words(lg):
    return card(lg, rng.randint(1, 12)) if rng.random() < 0.7 else "%d %02d" % (rng.randint(7, 18), rng.choice([0, 15, 30, 45]))


# ---- invented names' syllables and endings in the 17 languages (SYL12/END12 and five more) -------
SYL17 = dict(SYL12)
SYL17.update({"da": ["sø", "bjør", "hol", "ren", "kjel", "lund", "dal", "tof"],
              "no": ["bjør", "sol", "hau", "vik", "tor", "lien", "stad", "gard"],
              "fi": ["kos", "mä", "vir", "hei", "lah", "ti", "jär", "kan"],
              "ro": ["bu", "cu", "ma", "ne", "dra", "ti", "lo", "vo"],
              "el": ["pa", "ni", "ko", "the", "dro", "sta", "li", "ma"]})
END17 = dict(END12)
END17.update({"da": ["sen", "gaard", "strup"], "no": ["sen", "rud", "heim"], "fi": ["nen", "la", "o"],
              "ro": ["escu", "eanu", "aru"], "el": ["opoulos", "idis", "akis"]})
