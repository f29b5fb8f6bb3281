#!/usr/bin/env python3
"""gen_names_holdout19.py: the nineteenth blind held-out set of the NAMES pack (PERSON,
STREET_ADDRESS, DATE_OF_BIRTH, with PHONE_NUMBER and EMAIL_ADDRESS beside them).

Written blind in stop 46 (branch holdout19) by an author who read no detector code, test, note,
NAMES.md or SHAPES.md, no generator but gen_common.py and gen_forms42.py (for the record format
and the label names) and no other blind set, and who ran no hush binary (hush was not built).
The README's corpus table and run.sh's titles were read only to stay away from every earlier
set's kinds of text. Never tuned on.

Kinds of text (metadata.class), none in an earlier set's list:
  rma          product-return (RMA) authorisations and warehouse return logs
  schoolbus    school-bus route manifests (pupils, stops at home addresses, escorts)
  scrap        scrap-metal dealers' purchase ledgers with the seller's identity check
  bizcard      business-card print orders and proofs
  registry     wedding and baby gift registries (web pages, shipping details)
  assembly     citizens' assembly sortition: invitations, replies, selection lists
  seasonpass   theme-park season-pass registrations and gate scans
  referee      referee and umpire appointment sheets and licence registers
  cla          contributor licence agreement (CLA) signature records
  jeweller     jewellers' repair and engraving tickets
  dietitian    dietitian consultations and food diaries
  firebrigade  volunteer fire-brigade rolls and call-out logs
  tandem       language-tandem partner matching
  portrait     portrait and pet-portrait commissions
  bridge       bridge-club pair results and movement sheets
  nameplate    doorbell and letterbox nameplate orders
  drycleaning  dry-cleaning and tailoring alteration tickets
  cruise       cruise shore-excursion manifests and cabin folios
  newspaper    newspaper subscriptions and delivery rounds
  florist      florist delivery orders with card messages
  cake         celebration-cake orders
  probation    probation supervision notes
  dance        dance-school course lists with couples
  bowling      bowling-league standings, rosters and lane bookings
  schoolphoto  school-photographer order forms
  wineclub     wine-club allocations and age checks
  lookalike    the same kinds of text with no one's PII: bridge conventions, itineraries, styles,
               fleets, gift ideas, referee courses, pro-shop stock (look-alikes only)

About half the records reach the API as an agent passes them on (metadata.wrap): a tool
result in a chat-completions body (role "tool", after the assistant's tool_calls), an
Anthropic tool_result block (a string or a list of text blocks), a tool call's arguments (a
JSON string inside the JSON body: the document escaped twice), or a user message pasting the
document; JSON escaping is done as the SDKs do it, with and without ensure_ascii (so `\\u00fc`
stands in some names). The tool results are psql and mysql tables, JSON rows and API
responses, fetched web pages as text or HTML (tags, `&amp;`, `&#39;`, `&nbsp;`), spreadsheets
read through a tool (TSV, Sheets API values), OCR'd scans with noise (broken words, `rn` for
`m`, `1` for `l`, lost diacritics, stray `|`), speech-to-text transcripts with diarisation and
timestamps, and e-mails fetched as RFC 822 (encoded-word headers, quoted-printable bodies).
The rest are plain documents and prompts (forms, letters, lists, chats).

Mails (metadata.format "rfc822": portrait commissions, referee appointments, wine-club
notices) carry encoded-word From/To headers and quoted-printable or 8bit bodies; names in HTML
pages are escaped as pages have them (`&#39;`, `&nbsp;`); OCR'd pages (metadata.format "ocr")
garble names, streets and a third of the birth dates (`2O12`, `l9`).

Labelling: what a careful human would mask as a person's PII. A full name is one PERSON span
(titles such as Dr., Mr, Frau stay outside); a name split over fields is one span per field; a
street address is one span from the house number or street to the town or postcode (country
outside); a date of birth is its date as written (words too). Where a value is escaped (JSON,
HTML entities, quoted-printable, OCR noise), the span is the text as it stands in the record.
In an encoded-word header the span is the encoded text between `?Q?` and `?=`. Look-alikes are
NEG_ spans: NEG_ORG (firms, clubs, venues named after people), NEG_STREET (streets named after
people, no number), NEG_PLACE, NEG_FAMOUS (famous people as a topic), NEG_PET, NEG_PRODUCT,
NEG_SHIP, NEG_WORK (artworks, songs), NEG_TERM (eponyms, field names), NEG_DATE (other dates),
NEG_CODE (order, RMA, lane, cabin, version and reference numbers), NEG_ADDR (house and room
numbers that are not an address).

Languages: en (GB US IE), de, fr, nl, es, it, pt, pl, sv, da, no, fi, cs, hu, tr, ro, el (Latin
transliteration); a quarter of the people of Arabic, South Asian, East Asian, African or Slavic
origin; half the names invented from this file's own syllables and checked against its list of
real and common names. Writes JSON to stdout; deterministic; Python stdlib only.
"""
import json
import random
import sys
import unicodedata

rng = random.Random(4619019)
records = []

LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "hu", "tr",
         "ro", "el"]

# ---- documents as pieces ------------------------------------------------------------------------
class D:
    """A record as a list of (text, label) pieces; label None is plain text. Every transform
    (JSON escaping, HTML entities, quoted-printable, OCR noise) works piece by piece, so a span
    stays exactly the text its value became."""

    def __init__(self, lg, cls):
        self.lg, self.cls, self.parts, self.meta = lg, cls, [], {}

    def t(self, s):
        self.parts.append((s, None))
        return self

    def s(self, label, v):
        assert v
        self.parts.append((v, label))
        return self

    def p(self, v):
        return self.s("PERSON", v)

    def ph(self, v):
        """A name in HTML text, as a page has it (&#39;, &nbsp;)."""
        return self.s("PERSON", hesc(v))

    def mapped(self, f, spans_too=True):
        e = D(self.lg, self.cls)
        e.meta = dict(self.meta)
        e.parts = [(f(x) if (lab is None or spans_too) else x, lab) for x, lab in self.parts]
        return e

    def extend(self, other):
        self.parts.extend(other.parts)
        return self

    def text(self):
        return "".join(x for x, _ in self.parts)

    def done(self):
        text, spans = "", []
        for x, lab in self.parts:
            # repeated look-alikes of a kind (ids, other dates, firms) are labelled in part
            if lab in KEEP_NEG and rng.random() >= KEEP_NEG[lab]:
                lab = None
            if lab:
                spans.append({"entity_type": lab, "entity_value": x, "start_position": len(text),
                              "end_position": len(text) + len(x)})
            text += x
        for sp in spans:
            assert text[sp["start_position"]:sp["end_position"]] == sp["entity_value"]
        meta = {"locale": self.lg, "class": self.cls}
        meta.update(self.meta)
        records.append({"full_text": text, "spans": spans, "template_id": len(records) % 100,
                        "metadata": meta})


KEEP_NEG = {"NEG_CODE": 0.35, "NEG_DATE": 0.45, "NEG_ORG": 0.6}


def pick(xs):
    return rng.choice(xs)


def chance(p):
    return rng.random() < p


def digits(k):
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


def num(lo=1, hi=120):
    return str(rng.randint(lo, hi))


# ---- names --------------------------------------------------------------------------------------
REAL = {
    "en": (["Oliver", "Grace", "Siobhan", "Connor", "Megan", "Dylan", "Harriet", "Tyler"],
           ["Thompson", "Walsh", "Patel", "O'Sullivan", "Murphy", "Carter", "Bennett", "Doyle"]),
    "de": (["Jürgen", "Anke", "Till", "Heike", "Malte", "Birgit", "Jannik", "Renate"],
           ["Schulze", "Becker", "Wagner", "Köhler", "Zimmermann", "Hartmann", "Seidel", "Fuchs"]),
    "fr": (["Hélène", "Thibault", "Margaux", "Rémi", "Solène", "Bastien", "Élodie", "Gaëtan"],
           ["Lambert", "Fontaine", "Chevalier", "Mercier", "Gauthier", "Perrin", "Roux", "Boyer"]),
    "nl": (["Femke", "Sander", "Marieke", "Joost", "Lieke", "Bram", "Ilse", "Thijs"],
           ["de Jong", "Bakker", "Visser", "van den Berg", "Mulder", "de Graaf", "van 't Hof", "Kuipers"]),
    "es": (["Almudena", "Íñigo", "Rocío", "Álvaro", "Nerea", "Gonzalo", "Maite", "Rubén"],
           ["Fernández", "Sánchez", "Moreno", "Jiménez", "Ruiz", "Delgado", "Herrero", "Vidal"]),
    "it": (["Federica", "Gianluca", "Ilaria", "Simone", "Beatrice", "Alessio", "Martina", "Nicolò"],
           ["Greco", "Marino", "Conti", "De Santis", "Barbieri", "Lombardi", "D'Angelo", "Fontana"]),
    "pt": (["Inês", "Gonçalo", "Beatriz", "Tiago", "Leonor", "Duarte", "Mariana", "Rui"],
           ["Ferreira", "Pereira", "Carvalho", "Gonçalves", "Sousa", "Magalhães", "Lopes", "Antunes"]),
    "pl": (["Zofia", "Krzysztof", "Joanna", "Michał", "Ewa", "Grzegorz", "Magdalena", "Łukasz"],
           ["Wiśniewski", "Kamińska", "Szymański", "Woźniak", "Kozłowska", "Jankowski", "Grabowska", "Pawlak"]),
    "sv": (["Astrid", "Johan", "Maja", "Olof", "Elsa", "Gustav", "Frida", "Nils"],
           ["Lundgren", "Eriksson", "Nordström", "Ekström", "Lindberg", "Axelsson", "Hedlund", "Sandberg"]),
    "da": (["Signe", "Mads", "Ida", "Søren", "Camilla", "Anders", "Line", "Kasper"],
           ["Rasmussen", "Pedersen", "Christensen", "Larsen", "Andersen", "Møller", "Poulsen", "Østergaard"]),
    "no": (["Ingrid", "Eirik", "Marte", "Øystein", "Tuva", "Sindre", "Ragnhild", "Torbjørn"],
           ["Berg", "Halvorsen", "Strand", "Aasen", "Lie", "Moen", "Nygård", "Eide"]),
    "fi": (["Helmi", "Jari", "Noora", "Antti", "Riikka", "Timo", "Eveliina", "Lauri"],
           ["Lehtonen", "Hämäläinen", "Salminen", "Järvinen", "Koskinen", "Rantanen", "Tuominen", "Peltola"]),
    "cs": (["Tereza", "Jiří", "Lucie", "Ondřej", "Kateřina", "Petr", "Veronika", "Tomáš"],
           ["Novák", "Svobodová", "Dvořák", "Černá", "Procházka", "Kučerová", "Veselý", "Horáková"]),
    "hu": (["Eszter", "Bence", "Zsófia", "Gergely", "Réka", "Ádám", "Krisztina", "Levente"],
           ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár"]),
    "tr": (["Büşra", "Oğuz", "Ceren", "Hakan", "Gizem", "Serkan", "Dilek", "Uğur"],
           ["Arslan", "Doğan", "Koç", "Kurt", "Özdemir", "Aksoy", "Polat", "Erdoğan"]),
    "ro": (["Mădălina", "Răzvan", "Alina", "Ștefan", "Roxana", "Vlad", "Irina", "Sorin"],
           ["Popa", "Rădulescu", "Georgescu", "Marin", "Tudor", "Stan", "Lungu", "Barbu"]),
    "el": (["Eleni", "Giorgos", "Katerina", "Dimitris", "Sofia", "Nikos", "Vasiliki", "Kostas"],
           ["Papadopoulos", "Georgiou", "Oikonomou", "Karagianni", "Nikolaidis", "Vlachou", "Pappas", "Antoniou"]),
    # names of global origin (Latin script)
    "ar": (["Yousef", "Layla", "Omar", "Nour", "Khalid", "Mariam", "Tariq", "Samira"],
           ["Al-Masri", "Haddad", "El-Amin", "Nasser", "Khoury", "Bin Saleh", "Abdelrahman", "Mansour"]),
    "sa": (["Priya", "Arjun", "Ananya", "Rohan", "Farhana", "Vikram", "Nisha", "Imran"],
           ["Sharma", "Iyer", "Chowdhury", "Reddy", "Banerjee", "Qureshi", "Nair", "Siddiqui"]),
    "ea": (["Xiuying", "Haruto", "Minji", "Wei", "Yuki", "Jisoo", "Thanh", "Mei"],
           ["Wang", "Tanaka", "Kim", "Chen", "Nguyen", "Park", "Watanabe", "Liu"]),
    "af": (["Chidi", "Amara", "Kwame", "Ngozi", "Tendai", "Abena", "Oluwaseun", "Wanjiru"],
           ["Okonkwo", "Mensah", "Adeyemi", "Mwangi", "Diallo", "Boateng", "Nkosi", "Achieng"]),
    "sl": (["Oksana", "Dragan", "Milena", "Bogdan", "Yulia", "Zoran", "Svetlana", "Vuk"],
           ["Kovalenko", "Petrović", "Jovanović", "Shevchenko", "Ivanova", "Marković", "Horvat", "Bondarenko"]),
}
# A list of common real names the invented ones must not be (beside REAL's).
COMMON = set("""anna maria john james mary david peter paul mark laura sara sarah emma lisa nina lena
tom tim ben max leo noah luca marco mario elena julia jan eva ida ali omar adam alan alex ann
amy bob carl dan ella ellen eric frank fred hans ivan jack jens jose karl kim lars lea lina
lucas luis marie martin mia nora olga otto pablo pedro rosa ruth sam sofia tina ugo vera will
smith jones brown miller davis wilson moore taylor white harris martin clark lewis walker hall
allen young king wright scott green baker adams nelson hill campbell mitchell roberts
muller mueller schmidt schneider fischer weber meyer wagner becker schulz hoffmann koch richter
klein wolf neumann schwarz braun krüger hofmann lange werner krause lehmann schmitz
martin bernard dubois thomas robert richard petit durand leroy moreau simon laurent lefebvre
michel garcia david bertrand roux vincent fournier morel girard andre mercier dupont
rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti
costa silva santos oliveira souza lima pereira ferreira alves rodrigues martins rocha
lopez gonzalez hernandez perez sanchez ramirez torres flores rivera gomez diaz cruz morales
ortiz gutierrez chavez ramos ruiz alvarez mendoza castillo jimenez moreno romero herrera
nowak kowalski wisniewski wojcik kaminski lewandowski zielinski szymanski kozlowski
jansen janssen visser smit meijer boer mulder bos vos peters hendriks dekker
nielsen hansen johansen larsen olsen andersen pedersen karlsson nilsson eriksson larsson
korhonen virtanen nieminen makinen novak svoboda dvorak cerny nagy kovacs toth szabo
yilmaz kaya demir sahin celik popescu ionescu popa papadopoulos
kelan moran doran tara maren karen aron daren loran dara mara sela nela rana
taken token later water baker lover mover liner miner diner toner tamer loner maker taker
solo sofa tuna lima soda coma mama papa baby lady rose ruby jade dell ford ross
hotel motel camera salami banana sonata tomato potato kimono karate
fake make moron nasal rave riga robo gomi kami nora sake tako kobe roma lima oslo
tamil taro rota vino mano toro loco miso hija pika lowes noga poli moce""".split())
for _g, _s in REAL.values():
    COMMON.update(x.lower() for x in _g + _s)

SYL = {
    "en": (["brad", "wel", "tam", "crom", "pen", "ley", "hask", "or", "vin", "dell"], ["well", "worth", "cott", "ridge"]),
    "de": (["gru", "bel", "ster", "lan", "wil", "tro", "hen", "kas", "ro", "mal"], ["bauer", "hagen", "rich", "eder"]),
    "fr": (["vau", "len", "cour", "mi", "tel", "bra", "si", "gour", "pel", "ra"], ["ard", "elle", "ont", "eux"]),
    "nl": (["wes", "ter", "hoo", "vel", "dam", "gri", "bur", "lo", "men", "sta"], ["stra", "ema", "huis", "kamp"]),
    "es": (["gar", "vel", "ron", "qui", "bel", "tri", "za", "mo", "lu", "ce"], ["uela", "edo", "ardo", "iz"]),
    "it": (["ber", "gio", "tor", "fa", "lu", "sil", "man", "ca", "ri", "vo"], ["ucci", "azzi", "elli", "esi"]),
    "pt": (["ta", "vei", "rou", "cal", "mo", "bri", "sal", "na", "fei", "ro"], ["inho", "elo", "ares", "ais"]),
    "pl": (["mro", "wie", "cha", "zby", "kra", "li", "sze", "po", "dru", "bo"], ["owski", "arczyk", "ecka", "ik"]),
    "sv": (["hal", "sve", "rin", "ek", "tju", "lo", "by", "fal", "gry", "sa"], ["lund", "gren", "dahl", "mark"]),
    "da": (["kjel", "dal", "ro", "ves", "tor", "bel", "sko", "ha", "lin", "ny"], ["strup", "bæk", "toft", "kjær"]),
    "no": (["fjor", "ha", "lei", "skaa", "tve", "ro", "bir", "vå", "li", "stø"], ["stad", "dal", "bø", "nes"]),
    "fi": (["hie", "ta", "ruo", "ko", "pel", "sy", "vä", "tu", "lin", "aa"], ["koski", "järvi", "vaara", "niemi"]),
    "cs": (["hru", "ško", "ved", "ra", "bo", "kli", "mač", "zu", "to", "le"], ["ánek", "ička", "ovský", "ík"]),
    "hu": (["sző", "bar", "ke", "ri", "gyö", "fa", "lo", "mé", "dé", "ta"], ["falvi", "házi", "vári", "ősy"]),
    "tr": (["kar", "ye", "tun", "sa", "bi", "öz", "can", "ta", "gü", "ol"], ["gil", "soy", "taş", "er"]),
    "ro": (["bră", "ti", "dor", "mu", "ve", "sca", "lo", "pre", "gă", "ni"], ["oiu", "escu", "ache", "eanu"]),
    "el": (["ka", "the", "ri", "sta", "ma", "no", "lef", "ga", "pi", "dro"], ["akis", "opoulou", "idis", "atos"]),
    "ar": (["za", "hi", "ram", "sa", "fa", "dun", "ja", "mi", "la", "ka"], ["idi", "ani", "oun", "ash"]),
    "sa": (["ra", "vin", "dha", "ku", "shi", "pra", "man", "ja", "ti", "ve"], ["wala", "esh", "ani", "ngar"]),
    "ea": (["xu", "ha", "ji", "ro", "mi", "so", "ta", "yo", "lin", "ken"], ["da", "moto", "yang", "ji"]),
    "af": (["olu", "ba", "chi", "ke", "ma", "wa", "ze", "nde", "ko", "tu"], ["ike", "nga", "ola", "ebe"]),
    "sl": (["dra", "mi", "ro", "sla", "ve", "bo", "zda", "lju", "go", "ta"], ["enko", "ević", "ova", "uk"]),
}
GLOBAL = ["ar", "sa", "ea", "af", "sl"]


def invent(lg, surname):
    syl, end = SYL[lg]
    while True:
        parts = [pick(syl) for _ in range(pick((2, 2, 3)))]
        w = "".join(parts)
        if surname:
            w += pick(end)
        w = w[0].upper() + w[1:]
        low = w.lower()
        if len(set(parts)) < len(parts) or low in COMMON or len(w) <= 3 \
                or any(low[i] == low[i + 1] == low[i + 2] for i in range(len(low) - 2)):
            continue
        return w


class P:
    """A person: given name, surname, origin."""

    def __init__(self, g, s, origin):
        self.g, self.s, self.o = g, s, origin

    def full(self):
        if self.o in ("hu",) or (self.o == "ea" and chance(0.4)):
            return self.s + " " + self.g
        return self.g + " " + self.s

    def form(self, k=None):
        """The name in one of the shapes real text has."""
        forms = ["full", "full", "full", "SURNAME Given", "Surname, Given", "G. Surname", "FULL",
                 "nbsp", "lower", "nfd" if chance(0.3) else "full"]
        k = k or pick(forms)
        if k == "full" and chance(0.1):
            k = pick(["nbsp", "nbsp", "nfd"])
        if k == "full":
            return self.full()
        if k == "SURNAME Given":
            return self.s.upper() + " " + self.g
        if k == "Surname, Given":
            return self.s + ", " + self.g
        if k == "G. Surname":
            return self.g[0] + ". " + self.s
        if k == "FULL":
            return self.full().upper()
        if k == "nbsp":
            return self.g + "\u00a0" + self.s
        if k == "lower":
            return self.full().lower()
        if k == "nfd":
            return unicodedata.normalize("NFD", self.full())
        raise ValueError(k)

    def ascii_mail(self, host):
        def a(x):
            x = unicodedata.normalize("NFD", x.lower().replace("ł", "l").replace("ø", "o")
                                      .replace("æ", "ae").replace("ß", "ss").replace("ı", "i"))
            return "".join(c for c in x if c.isalnum())
        return pick(["%s.%s", "%s%s", "%s_%s"]) % (a(self.g), a(self.s)) + "@" + host


def person(lg):
    """Half real, half invented; a quarter of global origin."""
    o = pick(GLOBAL) if chance(0.25) else lg
    if chance(0.5):
        g, s = REAL[o]
        return P(pick(g), pick(s), o)
    g, s = invent(o, False), invent(o, True)
    if chance(0.12) and o in ("de", "nl", "fr", "it", "es", "pt"):
        s = {"de": "von ", "nl": pick(["van ", "van der ", "de "]), "fr": pick(["de ", "Le ", "du "]),
             "it": pick(["Di ", "De ", "Lo "]), "es": pick(["de la ", "del "]), "pt": pick(["da ", "dos "])}[o] + s
    elif chance(0.08):
        s = s + "-" + invent(o, True)
    return P(g, s, o)


# ---- dates --------------------------------------------------------------------------------------
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "el": "Ianouariou Fevrouariou Martiou Apriliou Maiou Iouniou Iouliou Avgoustou Septemvriou Oktovriou Noemvriou Dekemvriou",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
MON3 = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
NUMWORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
            "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
            "twenty-first twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth "
            "twenty-seventh twenty-eighth").split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
ONES = "one two three four five six seven eight nine".split()


def year_words(y):
    hi, lo = divmod(y, 100)
    h = "nineteen" if hi == 19 else "two thousand" if lo < 10 else "twenty"
    if lo == 0:
        return h if hi == 20 else h + " hundred"
    if lo < 10:
        return h + (" and " if hi == 20 else " oh ") + ONES[lo - 1]
    if lo < 20:
        w = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()[lo - 10]
    else:
        w = TENS[lo // 10 - 2] + ("-" + ONES[lo % 10 - 1] if lo % 10 else "")
    return h + " " + w


def ymd(lo=1940, hi=2008):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def dstr(lg, y, m, d, style=None):
    """A date as records of the language print it; style picks a shape."""
    styles = ["num", "num", "num", "iso", "words", "words", "short", "mon3", "us" if lg == "en" else "num",
              "compact" if chance(0.2) else "iso"]
    st = style or pick(styles)
    if st == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if st == "us":
        return "%02d/%02d/%04d" % (m, d, y)
    if st == "mon3":
        return "%02d-%s-%04d" % (d, pick([MON3[m - 1], MON3[m - 1].title()]), y)
    if st == "compact":
        return "%04d%02d%02d" % (y, m, d)
    if st == "isotime":
        return "%04d-%02d-%02dT00:00:00%s" % (y, m, d, pick(["Z", ".000Z", "+00:00"]))
    if st == "spoken":
        return pick(["the %s of %s %s", "%s %s %s"]) % (NUMWORDS[d - 1], MONTHS["en"][m - 1], year_words(y)) \
            if chance(0.5) else "%s %s, %s" % (MONTHS["en"][m - 1], NUMWORDS[d - 1], year_words(y))
    if st == "short":
        return {"en": "%02d/%02d/%02d", "de": "%02d.%02d.%02d", "fr": "%02d/%02d/%02d", "nl": "%02d-%02d-%02d",
                "hu": "%02d.%02d.%02d."}.get(lg, "%02d.%02d.%02d") % ((y % 100, m, d) if lg == "hu" else (d, m, y % 100))
    if st == "words":
        mn = MONTHS.get(lg, MONTHS["en"])[m - 1]
        return {"en": pick(["%d %s %d" % (d, mn, y), "%s %d, %d" % (mn, d, y)]),
                "de": "%d. %s %d" % (d, mn, y), "fr": "%s %s %d" % ("1er" if d == 1 else d, mn, y),
                "es": "%d de %s de %d" % (d, mn, y), "pt": "%d de %s de %d" % (d, mn, y),
                "it": "%d %s %d" % (d, mn, y), "pl": "%d %s %d r." % (d, mn, y),
                "cs": "%d. %s %d" % (d, mn, y), "hu": "%d. %s %d." % (y, mn, d),
                "fi": "%d. %s %d" % (d, mn, y), "da": "%d. %s %d" % (d, mn, y),
                "no": "%d. %s %d" % (d, mn, y), "tr": "%d %s %d" % (d, mn, y),
                "ro": "%d %s %d" % (d, mn, y), "el": "%d %s %d" % (d, mn, y)}.get(lg, "%d %s %d" % (d, mn, y))
    # numeric, the language's own
    return {"en": pick(["%02d/%02d/%04d" % (d, m, y), "%02d/%02d/%04d" % (m, d, y)]),
            "de": "%02d.%02d.%04d" % (d, m, y), "fr": "%02d/%02d/%04d" % (d, m, y),
            "nl": "%02d-%02d-%04d" % (d, m, y), "es": "%02d/%02d/%04d" % (d, m, y),
            "it": "%02d/%02d/%04d" % (d, m, y), "pt": "%02d/%02d/%04d" % (d, m, y),
            "pl": "%02d.%02d.%04d" % (d, m, y), "sv": "%04d-%02d-%02d" % (y, m, d),
            "da": "%02d-%02d-%04d" % (d, m, y), "no": "%02d.%02d.%04d" % (d, m, y),
            "fi": "%d.%d.%04d" % (d, m, y), "cs": "%d. %d. %04d" % (d, m, y),
            "hu": "%04d.%02d.%02d." % (y, m, d), "tr": "%02d.%02d.%04d" % (d, m, y),
            "ro": "%02d.%02d.%04d" % (d, m, y), "el": "%02d/%02d/%04d" % (d, m, y)}.get(lg, "%04d-%02d-%02d" % (y, m, d))


def dob(lg, lo=1940, hi=2008, style=None):
    return dstr(lg, *ymd(lo, hi), style=style)


def other_date(lg, style=None):
    return dstr(lg, *ymd(2023, 2026), style=style)


# ---- labels per language -------------------------------------------------------------------------
L = {  # name, surname, given, dob, address, phone, email, customer
    "en": ("Name", "Surname", "First name", "Date of birth", "Address", "Phone", "Email", "Customer"),
    "de": ("Name", "Nachname", "Vorname", "Geburtsdatum", "Anschrift", "Telefon", "E-Mail", "Kunde"),
    "fr": ("Nom", "Nom", "Prénom", "Date de naissance", "Adresse", "Téléphone", "Courriel", "Client"),
    "nl": ("Naam", "Achternaam", "Voornaam", "Geboortedatum", "Adres", "Telefoon", "E-mail", "Klant"),
    "es": ("Nombre", "Apellidos", "Nombre", "Fecha de nacimiento", "Dirección", "Teléfono", "Correo", "Cliente"),
    "it": ("Nome", "Cognome", "Nome", "Data di nascita", "Indirizzo", "Telefono", "E-mail", "Cliente"),
    "pt": ("Nome", "Apelido", "Nome próprio", "Data de nascimento", "Morada", "Telefone", "E-mail", "Cliente"),
    "pl": ("Imię i nazwisko", "Nazwisko", "Imię", "Data urodzenia", "Adres", "Telefon", "E-mail", "Klient"),
    "sv": ("Namn", "Efternamn", "Förnamn", "Födelsedatum", "Adress", "Telefon", "E-post", "Kund"),
    "da": ("Navn", "Efternavn", "Fornavn", "Fødselsdato", "Adresse", "Telefon", "E-mail", "Kunde"),
    "no": ("Navn", "Etternavn", "Fornavn", "Fødselsdato", "Adresse", "Telefon", "E-post", "Kunde"),
    "fi": ("Nimi", "Sukunimi", "Etunimi", "Syntymäaika", "Osoite", "Puhelin", "Sähköposti", "Asiakas"),
    "cs": ("Jméno a příjmení", "Příjmení", "Jméno", "Datum narození", "Adresa", "Telefon", "E-mail", "Zákazník"),
    "hu": ("Név", "Vezetéknév", "Keresztnév", "Születési idő", "Lakcím", "Telefon", "E-mail", "Ügyfél"),
    "tr": ("Adı Soyadı", "Soyadı", "Adı", "Doğum tarihi", "Adres", "Telefon", "E-posta", "Müşteri"),
    "ro": ("Nume și prenume", "Nume", "Prenume", "Data nașterii", "Adresa", "Telefon", "E-mail", "Client"),
    "el": ("Onomateponymo", "Eponymo", "Onoma", "Imerominia gennisis", "Dieythynsi", "Tilefono", "Email", "Pelatis"),
}


def lab(lg, i):
    return L[lg][i]


# ---- addresses and phones -----------------------------------------------------------------------
ST = {
    "en": (["Marlborough Road", "Ashgrove Close", "Kestrel Way", "Orchard Lane", "Bramley Crescent", "Tanner Street"],
           ["Sheffield S11 8YA", "Cardiff CF24 4HQ", "Reading RG1 5AN", "Exeter EX4 6PX", "Dundee DD1 4HN"]),
    "us": (["Maple Avenue", "Cedar Ridge Dr", "W 3rd St", "Lakeview Blvd", "Pine Hollow Rd"],
           ["Columbus, OH 43215", "Tucson, AZ 85719", "Raleigh, NC 27601", "Boise, ID 83702", "Madison, WI 53703"]),
    "ie": (["Griffith Avenue", "Ballyroan Road", "Main Street", "Sráid an Mhuilinn"],
           ["Dublin 9, D09 K2X4", "Rathfarnham, Dublin 16, D16 W7P3", "Ennis, Co. Clare, V95 T2H8", "Galway, H91 E2K7"]),
    "de": (["Ulmenweg", "Am Kirchberg", "Bergstr.", "Wiesenstraße", "Heidekamp", "Auf der Höhe"],
           ["33602 Bielefeld", "24103 Kiel", "01067 Dresden", "93047 Regensburg", "99084 Erfurt", "A-5020 Salzburg", "8004 Zürich"]),
    "fr": (["rue des Tanneurs", "allée des Peupliers", "chemin du Moulin", "impasse des Vignes", "rue Pasteur"],
           ["67000 Strasbourg", "35000 Rennes", "31000 Toulouse", "44000 Nantes", "59800 Lille", "1000 Bruxelles"]),
    "nl": (["Kastanjelaan", "Prinsengracht", "Dorpsstraat", "Molenweg", "Zonnebloemstraat"],
           ["3511 LN Utrecht", "9712 HN Groningen", "5611 EM Eindhoven", "2011 RM Haarlem", "9000 Gent", "2018 Antwerpen"]),
    "es": (["Calle de Toledo", "Av. de Andalucía", "C/ San Vicente", "Calle Alcalá", "Rúa do Franco"],
           ["28005 Madrid", "18009 Granada", "46003 Valencia", "15705 Santiago de Compostela", "50001 Zaragoza"]),
    "it": (["Via dei Mille", "Via Nazionale", "Corso Italia", "Via delle Rose", "Vicolo del Pozzo"],
           ["80134 Napoli (NA)", "16121 Genova (GE)", "37121 Verona (VR)", "90133 Palermo (PA)", "34121 Trieste (TS)"]),
    "pt": (["Rua das Flores", "Av. da Liberdade", "Travessa do Carmo", "Rua Direita", "Largo do Rato"],
           ["4050-262 Porto", "1250-096 Lisboa", "3000-150 Coimbra", "8000-123 Faro", "4700-307 Braga"]),
    "pl": (["ul. Słoneczna", "ul. Polna", "ul. Leśna", "al. Niepodległości", "os. Kalinowe"],
           ["20-400 Lublin", "35-064 Rzeszów", "70-410 Szczecin", "40-001 Katowice", "10-512 Olsztyn"]),
    "sv": (["Granvägen", "Linnégatan", "Skolgatan", "Ekbacken", "Östra Långgatan"],
           ["582 24 Linköping", "702 10 Örebro", "352 30 Växjö", "972 38 Luleå", "413 01 Göteborg"]),
    "da": (["Skovvej", "Strandgade", "Kirkebakken", "Åboulevarden", "Bøgevej"],
           ["9000 Aalborg", "6700 Esbjerg", "4000 Roskilde", "7100 Vejle", "8200 Aarhus N"]),
    "no": (["Fjellveien", "Sjøgata", "Bjørkeveien", "Kongens gate", "Løkkeveien"],
           ["4006 Stavanger", "2317 Hamar", "8006 Bodø", "3015 Drammen", "6002 Ålesund"]),
    "fi": (["Koulukatu", "Pihlajatie", "Satamakatu", "Kirkkotie", "Mäntykuja"],
           ["15110 Lahti", "70100 Kuopio", "80100 Joensuu", "65100 Vaasa", "28100 Pori"]),
    "cs": (["Husova", "Na Výsluní", "Palackého", "Lidická", "U Potoka"],
           ["602 00 Brno", "301 00 Plzeň", "779 00 Olomouc", "370 01 České Budějovice", "120 00 Praha 2"]),
    "hu": (["Petőfi utca", "Rákóczi út", "Kossuth tér", "Szent István krt.", "Fő utca"],
           ["6720 Szeged", "4025 Debrecen", "7621 Pécs", "9021 Győr", "1065 Budapest"]),
    "tr": (["Gül Sokak", "Cumhuriyet Caddesi", "Lale Sk.", "Barış Cad.", "Çiçek Sokak"],
           ["Karşıyaka/İzmir", "Nilüfer/Bursa", "Muratpaşa/Antalya", "Seyhan/Adana", "Beşiktaş/İstanbul"]),
    "ro": (["Str. Zorilor", "Bd. Republicii", "Str. Libertății", "Calea Dorobanților", "Str. Trandafirilor"],
           ["Sibiu 550160", "Oradea 410067", "Constanța 900178", "Craiova 200585", "Galați 800008"]),
    "el": (["Odos Ermou", "Leoforos Kifisias", "Odos Agiou Dimitriou", "Odos Tsimiski", "Odos Patision"],
           ["105 63 Athina", "546 22 Thessaloniki", "262 21 Patra", "712 02 Irakleio", "412 22 Larisa"]),
}


def address(lg, multiline=False, country=None):
    """A street address with its town, in the country's shape."""
    c = country or (pick(["en", "en", "us", "ie"]) if lg == "en" else lg)
    st, towns = ST[c]
    sep = "\n" if multiline else ", "
    s, t, h = pick(st), pick(towns), num(1, 160)
    if c in ("en", "ie"):
        pre = pick(["", "", "Flat %s, " % num(1, 20), "Apt %s, " % num(1, 12)])
        return pre + h + " " + s + sep + t
    if c == "us":
        return h + num(0, 9) + " " + s + pick(["", "", " Apt %s" % num(1, 40), " #%s" % num(100, 420)]) + sep + t
    if c == "fr":
        return h + pick(["", "", " bis", " ter"]) + " " + s + pick(["", "", ", bât. B", ", 3e étage"]) + sep + t
    if c == "es":
        return s + " " + h + pick(["", ", %sº %s" % (num(1, 8), pick(["A", "B", "izda.", "dcha."])), ", bajo"]) + sep + t
    if c == "it":
        return s + pick([" ", ", "]) + h + pick(["", "", "/%s" % pick("ABC"), ", int. %s" % num(1, 20)]) + sep + t
    if c == "pt":
        return s + pick([", ", " "]) + h + pick(["", ", %sº Esq." % num(1, 6), ", r/c Dto."]) + sep + t
    if c == "pl":
        return s + " " + h + pick(["", "/%s" % num(1, 60), " m. %s" % num(1, 40)]) + sep + t
    if c == "sv":
        return s + " " + h + pick(["", "", " B", ", lgh %s" % num(1101, 1403)]) + sep + t
    if c == "da":
        return s + " " + h + pick(["", ", %s. tv." % num(1, 4), ", st. th.", ", %s. mf." % num(1, 4)]) + sep + t
    if c == "no":
        return s + " " + h + pick(["", "", "B", " H0%s0%s" % (num(1, 4), num(1, 6))]) + sep + t
    if c == "fi":
        return s + " " + h + pick(["", " A %s" % num(1, 30), " as. %s" % num(1, 12)]) + sep + t
    if c == "cs":
        return s + " " + num(100, 2400) + "/" + h + sep + t
    if c == "hu":
        return t + ", " + s + " " + h + "." + pick(["", " II. em. %s." % num(1, 9), " fsz. 2."]) if not multiline \
            else s + " " + h + "." + sep + t
    if c == "tr":
        return pick(["Yeni Mah. ", "Bahçe Mah. ", "Mimar Sinan Mh. "]) + s + " No: " + h + pick(["", " D: %s" % num(1, 20), "/%s" % num(1, 12)]) + sep + t
    if c == "ro":
        return s + " nr. " + h + pick(["", ", bl. %s%s, sc. %s, ap. %s" % (pick("ABC"), num(1, 9), num(1, 3), num(1, 40)), ", ap. %s" % num(1, 30)]) + sep + t
    if c == "el":
        return s + " " + h + sep + t
    return s + " " + h + sep + t


PHONES = {"en": "+44 7xxx xxx xxx", "us": "+1 (xxx) xxx-xxxx", "ie": "+353 8x xxx xxxx", "de": ["+49 15x xxxxxxxx", "+49 17x xxxxxxx", "+49 (0)16x xxxxxxx"],
          "fr": "+33 6 xx xx xx xx", "nl": "+31 6 xxxx xxxx", "es": "+34 6xx xxx xxx", "it": "+39 3xx xxx xxxx",
          "pt": "+351 9xx xxx xxx", "pl": "+48 5xx xxx xxx", "sv": "+46 7x-xxx xx xx", "da": "+45 xx xx xx xx",
          "no": "+47 4xx xx xxx", "fi": "+358 4x xxx xxxx", "cs": "+420 6xx xxx xxx", "hu": "+36 30 xxx xxxx",
          "tr": "+90 5xx xxx xx xx", "ro": "+40 7xx xxx xxx", "el": "+30 69x xxx xxxx"}
NATIONAL = {"en": "07xxx xxxxxx", "de": ["017x xxxxxxx", "0151 xxxxxxxx"], "fr": "06 xx xx xx xx", "nl": "06-xxxxxxxx",
            "es": "6xx xx xx xx", "it": "3xx xxx xxxx", "pl": "5xx-xxx-xxx", "sv": "07x-xxx xx xx",
            "cs": "6xx xxx xxx", "tr": "05xx xxx xx xx", "ro": "07xx xxx xxx"}


def phone(lg):
    if lg in NATIONAL and chance(0.35):
        f = NATIONAL[lg]
    else:
        f = PHONES["us" if lg == "en" and chance(0.2) else lg]
    if isinstance(f, list):
        f = pick(f)
    return "".join(str(rng.randint(0, 9)) if c == "x" else c for c in f)


HOSTS = ["gmail.com", "outlook.com", "web.de", "orange.fr", "libero.it", "wp.pl", "seznam.cz",
         "telia.com", "gmx.at", "yahoo.es", "sapo.pt", "freemail.hu", "ziggo.nl", "hotmail.com"]


def email(p):
    return p.ascii_mail(pick(HOSTS))


# ---- look-alikes ------------------------------------------------------------------------------------
NEG_STREETS = {"en": ["Nelson Street", "Gladstone Road"], "de": ["Konrad-Adenauer-Allee", "Bertha-von-Suttner-Platz"],
               "fr": ["rue Victor Hugo", "avenue Jean Jaurès"], "nl": ["Johan de Wittlaan", "Van Goghstraat"],
               "es": ["Calle de Cervantes", "Avenida de Blasco Ibáñez"], "it": ["Via Garibaldi", "Corso Cavour"],
               "pt": ["Avenida Almirante Reis", "Rua Luís de Camões"], "pl": ["ul. Mikołaja Kopernika", "al. Józefa Piłsudskiego"],
               "sv": ["Strindbergsgatan", "Selma Lagerlöfs väg"], "da": ["H.C. Ørsteds Vej", "Niels Bohrs Allé"],
               "no": ["Henrik Ibsens gate", "Edvard Griegs vei"], "fi": ["Sibeliuksenkatu", "Runeberginkatu"],
               "cs": ["Masarykova", "Smetanovo nábřeží"], "hu": ["Bartók Béla út", "Liszt Ferenc tér"],
               "tr": ["Atatürk Bulvarı", "Fevzi Çakmak Caddesi"], "ro": ["Bd. Nicolae Bălcescu", "Str. George Enescu"],
               "el": ["Odos Eleftheriou Venizelou", "Leoforos Vasilissis Sofias"]}
TOWNS = {"en": "Sheffield", "de": "Bielefeld", "fr": "Rennes", "nl": "Utrecht", "es": "Granada", "it": "Verona",
         "pt": "Coimbra", "pl": "Lublin", "sv": "Örebro", "da": "Roskilde", "no": "Bodø", "fi": "Kuopio",
         "cs": "Olomouc", "hu": "Szeged", "tr": "Bursa", "ro": "Sibiu", "el": "Patra"}


def neg_street(lg):
    return pick(NEG_STREETS[lg])


# ---- transforms -------------------------------------------------------------------------------------
def jesc(ascii_only):
    return lambda s: json.dumps(s, ensure_ascii=ascii_only)[1:-1]


def hesc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
            .replace("\u00a0", "&nbsp;"))


def qp(s):
    out = []
    for ch in s:
        if ch == "\n":
            out.append("\n")
        elif ch == "=" or ord(ch) > 126:
            out.append("".join("=%02X" % b for b in ch.encode("utf-8")))
        else:
            out.append(ch)
    return "".join(out)


def qp_doc(d):
    """The body quoted-printable, soft line breaks only in plain text past column 72."""
    e = D(d.lg, d.cls)
    e.meta = dict(d.meta)
    col = 0
    for x, labl in d.parts:
        y = qp(x)
        if labl:
            e.parts.append((y, labl))
            col = len(y) - y.rfind("\n") - 1 if "\n" in y else col + len(y)
            continue
        buf = ""
        i = 0
        while i < len(y):
            ch = y[i]
            if ch == "=" and i + 2 < len(y) + 1 and y[i:i + 3].startswith("=") and len(y[i:i + 3]) == 3:
                tok = y[i:i + 3]
            else:
                tok = ch
            if tok == "\n":
                col = 0
            elif col + len(tok) > 72 and tok not in (" ",):
                buf += "=\n"
                col = 0
            if tok != "\n":
                col += len(tok)
            buf += tok
            i += len(tok)
        e.parts.append((buf, None))
    return e


def qword(s):
    """RFC 2047 Q encoding of a header word's text."""
    out = []
    for ch in s:
        if ch == " ":
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "-.!*+/"):
            out.append(ch)
        else:
            out.append("".join("=%02X" % b for b in ch.encode("utf-8")))
    return "".join(out)


OCR_SUB = [("m", "rn"), ("l", "1"), ("I", "l"), ("O", "0"), ("e", "c"), ("rn", "m"), ("h", "b"), ("S", "5")]


def ocr(rate):
    def f(s):
        s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)) \
            if chance(0.6) else s
        out = []
        for i, ch in enumerate(s):
            r = rng.random()
            if r < rate * 0.35 and ch.isalpha():
                for a, b in OCR_SUB:
                    if ch == a:
                        ch = b
                        break
            elif r < rate * 0.5 and ch.isalpha() and 0 < i < len(s) - 1 and s[i - 1].isalpha():
                ch = " " + ch
            elif r < rate * 0.6 and ch == "\n":
                ch = "\n" + pick(["| ", "|", "' ", ". "])
            out.append(ch)
        return "".join(out)
    return f


def ocr_doc(d, rate=0.08):
    """OCR noise on the whole page, the names and dates in it too (they are masked as they read)."""
    e = D(d.lg, d.cls)
    e.meta = dict(d.meta)
    f = ocr(rate)
    for x, labl in d.parts:
        y = f(x) if (labl is None or labl.startswith("NEG_") or labl in ("PERSON", "STREET_ADDRESS")) else x
        if labl == "DATE_OF_BIRTH" and chance(0.3):
            for a, b in (("0", "O"), ("1", "l"), ("5", "S")):
                if a in y:
                    y = y.replace(a, b, 1)
                    break
        if labl and not y.strip():
            y = x
        if labl and y != y.strip():
            y = x
        e.parts.append((y, labl))
    return e


# ---- how the document reaches the API -----------------------------------------------------------------
MODELS_OAI = ["gpt-4o", "gpt-4.1-mini", "gpt-4o-2024-08-06", "o4-mini"]
MODELS_ANT = ["claude-sonnet-4-5", "claude-3-5-haiku-latest", "claude-opus-4-1"]


def tid(prefix, k=24):
    return prefix + "".join(pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(k))


def wrap(d, tool, args, ask):
    """d as an agent passes it on: kind drawn here; tool and args name the tool call that
    fetched it; ask is the user's request."""
    kind = pick(["oai_tool", "oai_tool", "ant_result", "ant_blocks", "oai_args", "user_paste"])
    asc = chance(0.5)
    e1 = jesc(asc)
    w = D(d.lg, d.cls)
    w.meta = dict(d.meta)
    w.meta["wrap"] = kind
    argstr = json.dumps(args, ensure_ascii=asc)
    if kind == "oai_tool":
        cid = tid("call_")
        w.t('{"model":"%s","messages":[{"role":"system","content":"You are an operations assistant. Use the tools."},'
            '{"role":"user","content":%s},{"role":"assistant","content":null,"tool_calls":[{"id":"%s","type":"function",'
            '"function":{"name":"%s","arguments":%s}}]},{"role":"tool","tool_call_id":"%s","content":"'
            % (pick(MODELS_OAI), json.dumps(ask, ensure_ascii=asc), cid, tool, json.dumps(argstr, ensure_ascii=asc), cid))
        w.extend(d.mapped(e1))
        w.t('"}],"tools":[{"type":"function","function":{"name":"%s","parameters":{"type":"object"}}}],"temperature":0.2}' % tool)
    elif kind in ("ant_result", "ant_blocks"):
        uid = tid("toolu_01")
        w.t('{"model":"%s","max_tokens":%d,"messages":[{"role":"user","content":%s},{"role":"assistant","content":'
            '[{"type":"text","text":"Let me look that up."},{"type":"tool_use","id":"%s","name":"%s","input":%s}]},'
            '{"role":"user","content":[{"type":"tool_result","tool_use_id":"%s","content":'
            % (pick(MODELS_ANT), pick([1024, 2048, 4096]), json.dumps(ask, ensure_ascii=asc), uid, tool,
               argstr, uid))
        w.t('"' if kind == "ant_result" else '[{"type":"text","text":"')
        w.extend(d.mapped(e1))
        w.t('"}]}]}' if kind == "ant_result" else '"}]}]}]}')
    elif kind == "oai_args":
        # the agent hands the document on to another tool: a JSON string inside the body
        cid = tid("call_")
        inner = pick(["save_note", "send_to_crm", "create_ticket", "archive_document"])
        w.t('{"model":"%s","messages":[{"role":"user","content":%s},{"role":"assistant","content":null,'
            '"tool_calls":[{"id":"%s","type":"function","function":{"name":"%s","arguments":"'
            % (pick(MODELS_OAI), json.dumps(ask, ensure_ascii=asc), cid, inner))
        w.t(e1('{"title": "%s", "body": "' % d.cls))
        w.extend(d.mapped(lambda s: e1(e1(s))))
        w.t(e1('"}'))
        w.t('"}}]},{"role":"tool","tool_call_id":"%s","content":"ok"}]}' % cid)
    else:
        w.t('{"model":"%s","stream":true,"messages":[{"role":"user","content":"' % pick(MODELS_OAI + MODELS_ANT))
        w.t(e1(ask + "\n\n"))
        w.extend(d.mapped(e1))
        w.t('"}]}')
    return w


def finish(d, tool=None, args=None, ask=None, p=0.5):
    """Appends the record: wrapped as a tool result with probability p when a tool is named."""
    if tool and chance(p):
        wrap(d, tool, args or {}, ask or "Summarise this.").done()
    else:
        d.meta.setdefault("wrap", "none")
        d.done()


# ---- table printers ------------------------------------------------------------------------------------
def psql(d, cols, rows):
    """rows: lists of (text, label) cells; aligned as psql prints them."""
    w = [max([len(c)] + [len(r[i][0]) for r in rows]) for i, c in enumerate(cols)]
    d.t(" " + " | ".join(c.center(w[i]) for i, c in enumerate(cols)).rstrip() + "\n")
    d.t("-" + "-+-".join("-" * x for x in w) + "-\n")
    for r in rows:
        d.t(" ")
        for i, (v, lb) in enumerate(r):
            if i:
                d.t(" | ")
            if lb:
                d.s(lb, v)
            else:
                d.t(v)
            if i < len(r) - 1:
                d.t(" " * (w[i] - len(v)))
        d.t("\n")
    d.t("(%d row%s)\n" % (len(rows), "" if len(rows) == 1 else "s"))


def mysql(d, cols, rows):
    w = [max([len(c)] + [len(r[i][0]) for r in rows]) for i, c in enumerate(cols)]
    bar = "+" + "+".join("-" * (x + 2) for x in w) + "+\n"
    d.t(bar + "| " + " | ".join(c.ljust(w[i]) for i, c in enumerate(cols)) + " |\n" + bar)
    for r in rows:
        d.t("| ")
        for i, (v, lb) in enumerate(r):
            if i:
                d.t(" | ")
            if lb:
                d.s(lb, v)
            else:
                d.t(v)
            d.t(" " * (w[i] - len(v)))
        d.t(" |\n")
    d.t(bar + "%d rows in set (0.00 sec)\n" % len(rows))


def tsv(d, cols, rows, sep="\t"):
    d.t(sep.join(cols) + "\n")
    for r in rows:
        for i, (v, lb) in enumerate(r):
            if i:
                d.t(sep)
            if lb:
                d.s(lb, v)
            else:
                d.t(v)
        d.t("\n")


def sheets(d, rng_name, cols, rows):
    """A Sheets API values response, pretty-printed."""
    d.t('{\n  "range": "%s",\n  "majorDimension": "ROWS",\n  "values": [\n    [%s]' %
        (rng_name, ", ".join('"%s"' % c for c in cols)))
    for r in rows:
        d.t(",\n    [")
        for i, (v, lb) in enumerate(r):
            if i:
                d.t(", ")
            d.t('"')
            if lb:
                d.s(lb, v)
            else:
                d.t(v)
            d.t('"')
        d.t("]")
    d.t("\n  ]\n}\n")


def jrows(d, rows, indent=True):
    """JSON rows: rows are lists of (key, value, label); values are strings (labels exact)."""
    d.t("[")
    for j, r in enumerate(rows):
        d.t(",\n  {" if j else ("\n  {" if indent else "{"))
        for i, (k, v, lb) in enumerate(r):
            d.t(('"%s": ' if indent else '"%s":') % k if not i else (', "%s": ' if indent else ',"%s":') % k)
            if v is None:
                d.t("null")
                continue
            if isinstance(v, (int, float, bool)):
                d.t(json.dumps(v))
                continue
            d.t('"')
            if lb:
                d.s(lb, v)
            else:
                d.t(v)
            d.t('"')
        d.t("}")
    d.t("\n]\n" if indent else "]\n")


# ---- the kinds of text -----------------------------------------------------------------------------------
CTRY = {"en": "GB", "de": "DE", "fr": "FR", "nl": "NL", "es": "ES", "it": "IT", "pt": "PT", "pl": "PL", "sv": "SE",
        "da": "DK", "no": "NO", "fi": "FI", "cs": "CZ", "hu": "HU", "tr": "TR", "ro": "RO", "el": "GR"}


def handle():
    """A user handle that spells no one's name."""
    return pick(["pixelfox", "nightowl", "quietstorm", "tinkerbit", "rustacean", "lambda-cat", "deadbeef",
                 "octo-dev", "nullptr", "bluefin"]) + num(1, 99)


def code(prefix, k=6):
    return prefix + digits(k)


RETAILERS = ["Hugo Boss", "Rituals", "Lidl Online", "Otto", "Zalando", "Fnac", "bol.com", "El Corte Inglés",
             "Worten", "Allegro", "Elkjøp", "Verkkokauppa.com", "Alza.cz", "eMAG", "Trendyol", "Kotsovolos"]
PRODUCTS = ["Dyson V15 Detect", "Philips Sonicare 9900", "Miele Blizzard CX1", "Bosch Serie 6", "Ray-Ban Wayfarer",
            "Levi's 501", "Kärcher K5", "Tefal Ingenio", "Brabantia Bo", "Jamie Oliver Pan Set",
            "Gordon Ramsay Knife Block", "Victorinox Swiss Champ"]


def rma(lg):
    d = D(lg, "rma")
    c = person(lg)
    k = rng.randrange(3)
    rn = code("RMA-", 7)
    prod = pick(PRODUCTS)
    if k == 0:
        d.t('{\n  "return": {\n    "id": "').s("NEG_CODE", rn).t('",\n    "status": "authorised",\n    "created_at": "')
        d.s("NEG_DATE", other_date(lg, "isotime")).t('",\n    "order": "').s("NEG_CODE", code("#", 8)).t('",\n')
        d.t('    "customer": {\n      "first_name": "').p(c.g).t('",\n      "last_name": "').p(c.s)
        if chance(0.3):
            d.t('",\n      "email": "').s("EMAIL_ADDRESS", email(c))
        d.t('",\n      "phone": "')
        if chance(0.4):
            d.s("PHONE_NUMBER", phone(lg))
        d.t('"\n    },\n    "pickup_address": {\n      "line1": "').s("STREET_ADDRESS", address(lg)).t('",\n      "country": "')
        d.t(CTRY[lg] + '"\n    },\n    "items": [{"sku": "').s("NEG_CODE", code("SKU", 5)).t('", "title": "')
        d.s("NEG_PRODUCT", prod).t('", "reason": "' + pick(["defective", "wrong size", "not as described", "arrived damaged"]))
        d.t('"}],\n    "merchant": "').s("NEG_ORG", pick(RETAILERS)).t('",\n    "agent_note": "Spoke to ')
        a = person(lg)
        d.p(a.g).t(' in the warehouse; label sent."\n  }\n}\n')
        finish(d, "returns_api_get", {"rma": rn}, "Is return %s ready to be picked up? Reply to the customer." % rn)
    elif k == 1:
        d.t("Return log — warehouse " + pick(["DC Venlo", "Hub Poznań", "Lager Hamm", "Entrepôt Lyon-Est"]) + "\n")
        cols = ["rma", "received", "customer", "ship_from", "grade", "checked_by"]
        rows = []
        for _ in range(rng.randint(2, 4)):
            cu, ch = person(lg), person(lg)
            rows.append([(code("R", 6), "NEG_CODE"), (other_date(lg, "iso"), "NEG_DATE"),
                         (cu.form(pick(["full", "SURNAME Given", "Surname, Given"])), "PERSON"),
                         (address(lg), "STREET_ADDRESS") if chance(0.5) else (TOWNS[lg], "NEG_PLACE"),
                         (pick(["A", "B", "C", "scrap"]), None), (ch.form(pick(["G. Surname", "full"])), "PERSON")])
        (psql if chance(0.5) else mysql)(d, cols, rows)
        finish(d, "run_sql", {"query": "SELECT * FROM returns WHERE received >= now() - interval '7 days';"},
               "Which returns are still ungraded? Group by checker.")
    else:
        d.t(pick(["Hi, I'm writing about my return ", "Hello, return number "])).s("NEG_CODE", rn)
        d.t(pick([". The courier never came to ", ". Please collect the ", ". Nobody picked up the "]))
        d.s("NEG_PRODUCT", prod).t(" at ").s("STREET_ADDRESS", address(lg)).t(". You can reach me on ")
        d.s("PHONE_NUMBER", phone(lg)).t(".\nThanks,\n").p(c.full()).t("\n")
        finish(d)


SCHOOLS = ["Sophie-Scholl-Gymnasium", "Escola Básica Luís de Camões", "Collège Jean Moulin", "Scuola Primaria Gianni Rodari",
           "St. Brigid's National School", "Szkoła Podstawowa im. Marii Konopnickiej", "Astrid Lindgrens skola",
           "Basisschool De Regenboog", "Colegio Miguel de Unamuno", "Základní škola Komenského"]


def schoolbus(lg):
    d = D(lg, "schoolbus")
    school = pick(SCHOOLS)
    route = "Route " + num(1, 24) + pick(["", "A", "B"])
    d.t(pick(["School bus manifest", "Schulbus – Fahrliste", "Ramassage scolaire – liste", "Schoolbus rittenlijst",
              "Linka školního autobusu"]) + " — ").s("NEG_CODE", route).t(" — ").s("NEG_ORG", school).t("\n")
    drv, esc = person(lg), person(lg)
    d.t("Driver: ").p(drv.full())
    if chance(0.3):
        d.t(" (").s("PHONE_NUMBER", phone(lg)).t(")")
    if chance(0.5):
        d.t("   Escort: ").p(esc.form(pick(["full", "G. Surname"])))
    d.t("\n")
    cols = ["stop", "pupil", "dob", "pickup", "guardian"]
    rows = []
    for i in range(rng.randint(2, 4)):
        pu = person(lg)
        gu = P(person(lg).g, pu.s, pu.o)
        rows.append([("%02d" % (i + 1), None), (pu.form(pick(["full", "Surname, Given", "SURNAME Given"])), "PERSON"),
                     (dob(lg, 2011, 2020, pick(["num", "iso", "num"])), "DATE_OF_BIRTH"),
                     (address(lg), "STREET_ADDRESS") if chance(0.5) else (pick(["school gate", "Bus stop Kirchplatz", "depot"]), None),
                     (gu.full(), "PERSON") if chance(0.5) else ("-", None)])
    if chance(0.5):
        sheets(d, "Manifest!A1:E%d" % (len(rows) + 1), cols, rows)
        finish(d, "sheets_values_get", {"spreadsheetId": tid("1", 30), "range": "Manifest!A1:E40"},
               "Reorder the stops of this route to cut the drive time.")
    else:
        tsv(d, cols, rows)
        d.t("Depart depot ").s("NEG_DATE", other_date(lg)).t(" 07:05. Seat belts checked.\n")
        finish(d, "read_spreadsheet", {"path": "routes/%s.xlsx" % route.replace(" ", "_").lower()},
               "Which pupils on this route live furthest from the school?")


METALS = ["copper pipe", "brass fittings", "lead flashing", "aluminium cans", "catalytic converter", "insulated cable",
          "stainless steel", "cast iron radiator"]


def scrap(lg):
    d = D(lg, "scrap")
    yard = pick(["Metallhandel Krüger GmbH", "Ferraille Dumont", "J. Ashby & Sons Metals", "Recuperi Bonetti Srl",
                 "Złomowisko Pawlak", "Schroothandel Van Dam"])
    k = rng.randrange(2)
    rows = []
    for _ in range(rng.randint(2, 3)):
        se = person(lg)
        rows.append([(code("T", 5), "NEG_CODE"), (other_date(lg, "iso"), "NEG_DATE"),
                     (se.form(pick(["full", "SURNAME Given", "Surname, Given", "FULL"])), "PERSON"),
                     (dob(lg, 1950, 2004, pick(["iso", "num"])), "DATE_OF_BIRTH"),
                     (address(lg), "STREET_ADDRESS"),
                     (pick(["DL", "ID", "PP"]) + digits(7), None),
                     (pick(METALS), None), ("%.1f kg" % (rng.randint(15, 900) / 10), None)])
    cols = ["ticket", "date", "seller", "dob", "address", "id_doc", "material", "weight"]
    if k == 0:
        d.t("-- ").s("NEG_ORG", yard).t(" purchase ledger\n")
        psql(d, cols, rows)
        finish(d, "run_sql", {"query": "select * from purchases where material ilike '%copper%' order by date desc limit 4;"},
               "Police asked for copper sellers this week. Format as a table for the officer.")
    else:
        d.t("Scrap Metal Dealers Act – record of receipt (").s("NEG_ORG", yard).t(")\n")
        for r in rows:
            d.t("Ticket ").s("NEG_CODE", r[0][0]).t(" / ").s("NEG_DATE", r[1][0]).t("\nSeller: ").p(r[2][0])
            d.t(" | DOB ").s("DATE_OF_BIRTH", r[3][0]).t("\nVerified address: ").s("STREET_ADDRESS", r[4][0])
            d.t("\nID seen: " + r[5][0] + "   Goods: " + r[6][0] + ", " + r[7][0] + "\n\n")
        finish(d, "ocr_scan", {"file": "ledger_%s.pdf" % digits(4)}, "Copy these receipts into the ledger sheet.", p=0.3)


TITLES = ["Head of Procurement", "Physiotherapist", "Senior Data Engineer", "Notary", "Office Manager",
          "Projektleiterin", "Chargée de clientèle", "Architect", "Fysiotherapeut", "Responsabile vendite"]


def bizcard(lg):
    d = D(lg, "bizcard")
    p = person(lg)
    firm = pick(["Hoffmann Steuerberatung", "Atelier Lemaire", "Studio Rossi & Partners", "Van Dijk Advocaten",
                 "Lindqvist Arkitekter", "Kowalski Logistyka", "Novák a syn s.r.o."])
    k = rng.randrange(3)
    qty = pick([100, 250, 500])
    if k == 0:
        d.t('{"order_id": "').s("NEG_CODE", code("BC-", 6)).t('", "product": "').s("NEG_PRODUCT", pick(["Premium Matte 400gsm", "Letterpress Cotton", "Recycled Kraft"]))
        d.t('", "quantity": %d, "front": {"name": "' % qty).p(p.form(pick(["full", "full", "FULL"]))).t('", "title": "')
        d.t(pick(TITLES) + '", "company": "').s("NEG_ORG", firm).t('"}, "back": {"mobile": "').s("PHONE_NUMBER", phone(lg))
        d.t('", "email": "').s("EMAIL_ADDRESS", email(p)).t('", "address": "').s("STREET_ADDRESS", address(lg)).t('"},')
        d.t(' "font": "').s("NEG_PRODUCT", pick(["Gill Sans", "Futura", "Helvetica Neue", "Baskerville"])).t('", "proof_approved": false}\n')
        finish(d, "print_api_order", {"id": "latest"}, "Check the card text for typos before I approve the proof.")
    elif k == 1:
        d.t("PROOF — please check carefully\n\n    ").p(p.full().upper() if chance(0.5) else p.full()).t("\n    " + pick(TITLES) + "\n    ")
        d.s("NEG_ORG", firm).t("\n\n    ").s("STREET_ADDRESS", address(lg, multiline=True).replace("\n", "\n    "))
        d.t("\n    T ").s("PHONE_NUMBER", phone(lg)).t("\n\nQty %d · " % qty).s("NEG_PRODUCT", pick(["Soft-touch 450gsm", "Linen 300gsm"]))
        d.t(" · job ").s("NEG_CODE", code("J", 5)).t(" · delivery by ").s("NEG_DATE", other_date(lg)).t("\n")
        finish(d, "fetch_pdf_text", {"url": "https://print.example/proofs/%s.pdf" % digits(6)}, "Does this proof match what I ordered?")
    else:
        d.t(pick(["can you make the layout for new business cards for ", "need 250 cards for "])).p(p.form(pick(["full", "lower"])))
        d.t(", she's our new " + pick(TITLES).lower() + ". put the office ").s("STREET_ADDRESS", address(lg)).t(" on the back and her mobile ")
        d.s("PHONE_NUMBER", phone(lg)).t(". same font as ").p(person(lg).full()).t("'s cards, not the ").s("NEG_PRODUCT", "Comic Sans").t(" ones lol\n")
        finish(d)


def registry(lg):
    d = D(lg, "registry")
    a, b = person(lg), person(lg)
    baby = chance(0.4)
    html = chance(0.6)
    if html:
        d.t('<!DOCTYPE html>\n<html><head><title>')
        if baby:
            d.t("Baby list of ").ph(a.full()).t(" &amp; ").ph(b.g)
        else:
            d.ph(a.g + " " + a.s).t(" &amp; ").ph(b.full()).t(" – Wedding Registry")
        d.t('</title></head>\n<body>\n<div class="hero"><h1>')
        if baby:
            d.t("Welcome, baby ").ph(a.s).t("!</h1><p>Due ").s("NEG_DATE", other_date(lg, "words")).t("</p>")
        else:
            d.t("We&#39;re getting married on ").s("NEG_DATE", other_date(lg, "words")).t("</h1>")
        d.t('</div>\n<ul class="gifts">\n')
        for _ in range(rng.randint(3, 5)):
            it = pick(["KitchenAid Artisan mixer", "Le Creuset casserole", "Stokke Tripp Trapp", "Bugaboo Fox 5",
                       "Sophie la girafe", "Villeroy &amp; Boch dinner set", "Alessi kettle"])
            d.t('  <li><span class="item">').s("NEG_PRODUCT", it).t('</span> <span class="status">')
            if chance(0.5):
                g = person(lg)
                d.t("Reserved by ").ph(g.form(pick(["full", "full", "G. Surname"]))).t("</span></li>\n")
            else:
                d.t("Available &middot; &euro;%d</span></li>\n" % rng.randint(20, 400))
        d.t('</ul>\n<footer>Gifts ship to <address>').s("STREET_ADDRESS", address(lg)).t('</address>&nbsp;· hosted by ')
        d.s("NEG_ORG", pick(["Zola", "Babylist", "Wunschliste.de", "Marry Me Registry", "Prezola"])).t("</footer>\n</body></html>\n")
        url = "https://registry.example/%s-%s" % (a.s.lower().replace(" ", ""), digits(4))
        d = d.mapped(lambda s: s)  # keep
        finish(d, "fetch_url", {"url": url, "format": "html"}, "Which gifts on this list are still free under 100 euros?", p=0.8)
    else:
        d.t("Fetched page (text):\n\n")
        if baby:
            d.t("Birth list — ").p(a.full()).t(" and ").p(b.full()).t("\nOur little one ").p(invent(lg if lg in SYL else "en", False))
            d.t(" was born on ").s("DATE_OF_BIRTH", dob(lg, 2025, 2025, pick(["words", "num"]))).t("!\n")
        else:
            d.t("Wedding list of ").p(a.full()).t(" & ").p(b.full()).t(" — ceremony ").s("NEG_DATE", other_date(lg)).t(" at ")
            d.s("NEG_ORG", pick(["Château de Vaux", "Kasteel de Haar", "Villa Erba", "Schloss Elmau"])).t("\n")
        d.t("Delivery address for gifts: ").s("STREET_ADDRESS", address(lg)).t("\nQuestions: ")
        if chance(0.4):
            d.s("EMAIL_ADDRESS", email(a)).t("\n")
        else:
            d.t("use the contact form\n")
        d.t("Purchased: ").s("NEG_PRODUCT", "Nespresso Vertuo").t(" (by ").p(person(lg).full()).t(")\n")
        finish(d, "fetch_url", {"url": "https://list.example/%s" % digits(7), "format": "text"}, "Pick a gift around 50 EUR from this list.", p=0.8)


def assembly(lg):
    d = D(lg, "assembly")
    k = rng.randrange(3)
    body = pick(["Bürgerrat Klima", "Convention citoyenne", "Burgerberaad Energie", "Citizens' Assembly on Housing",
                 "Asamblea Ciudadana", "Klimatické shromáždění"])
    if k == 0:
        cols = ["lot_no", "name", "born", "gender", "district", "address", "reply"]
        rows = []
        for _ in range(rng.randint(3, 4)):
            p = person(lg)
            rows.append([(num(1000, 9999), None), (p.form(pick(["full", "Surname, Given", "SURNAME Given"])), "PERSON"),
                         (dob(lg, 1940, 2007, pick(["num", "iso"])), "DATE_OF_BIRTH"), (pick("FMX"), None),
                         (pick(["North", "Centre", "East", "Old Town"]), None),
                         (address(lg), "STREET_ADDRESS") if chance(0.6) else (pick(["(withheld)", "see register"]), None),
                         (pick(["yes", "no", "no reply", "yes"]), None)])
        d.t("Stratified draw, second stage — ").s("NEG_ORG", body).t("\n")
        tsv(d, cols, rows, sep=pick(["\t", ";", ","]) if True else "\t")
        finish(d, "read_spreadsheet", {"path": "draw/stage2.csv"}, "Check the quotas: do we have enough under-30s who said yes?")
    elif k == 1:
        p = person(lg)
        d.t(pick(["Dear ", "Sehr geehrte/r ", "Cher/Chère ", "Beste "])).p(p.full()).t(",\n\nYou have been selected by lot to take part in the ")
        d.s("NEG_ORG", body).t(". Your invitation number is ").s("NEG_CODE", code("INV-", 6)).t(". Please confirm the details we hold:\n")
        d.t(lab(lg, 0) + ": ").p(p.form(pick(["full", "FULL"]))).t("\n" + lab(lg, 3) + ": ").s("DATE_OF_BIRTH", dob(lg))
        d.t("\n" + lab(lg, 4) + ": ").s("STREET_ADDRESS", address(lg)).t("\nThe first session is on ").s("NEG_DATE", other_date(lg))
        d.t(" in the ").s("NEG_ORG", pick(["Rathaus", "Salle Jean Monnet", "Erasmushuis", "Sala Sandro Pertini"])).t(".\n\n")
        d.t("Facilitator: ").p(person(lg).full()).t("\n")
        finish(d, "fetch_pdf_text", {"url": "https://assembly.example/letters/%s.pdf" % digits(5)}, "Translate this letter into English.", p=0.5)
    else:
        p = person(lg)
        d.t("From the reply form (free text): \"").p(p.g).t(" here, yes I'll come. I was born ")
        d.s("DATE_OF_BIRTH", dob(lg, style=pick(["words", "num"]))).t(", so I'm in the 55+ group, and I moved to ")
        d.s("STREET_ADDRESS", address(lg)).t(" last spring. My daughter ").p(person(lg).g).t(" can drive me.\"\n")
        d.t("Note by organiser ").p(person(lg).form("G. Surname")).t(": update the register, not a topic like ").s("NEG_FAMOUS", pick(["Greta Thunberg", "Jacinda Ardern"])).t(".\n")
        finish(d)


PARKS = ["Europa-Park", "Efteling", "PortAventura", "Gardaland", "Liseberg", "Tivoli Gardens", "Parc Astérix",
         "Energylandia", "Walibi Holland", "Särkänniemi"]


def seasonpass(lg):
    d = D(lg, "seasonpass")
    park = pick(PARKS)
    k = rng.randrange(3)
    if k < 2:
        rows = []
        for _ in range(rng.randint(1, 3)):
            p = person(lg)
            rows.append([(code("SP", 8), "NEG_CODE"), (p.g, "PERSON"), (p.s, "PERSON"),
                         (dob(lg, 1950, 2020, pick(["iso", "iso", "num"])), "DATE_OF_BIRTH"),
                         (pick(["Adult", "Child", "Senior", "Family+"]), None),
                         (address(lg), "STREET_ADDRESS") if chance(0.6) else ("", None),
                         (other_date(lg, "iso"), "NEG_DATE")])
        rows = [[c if c[0] else ("NULL", None) for c in r] for r in rows]
        cols = ["pass_no", "first_name", "last_name", "birth_date", "tier", "home_address", "valid_from"]
        if k == 0:
            d.t("mysql> SELECT * FROM season_passes WHERE tier <> 'Adult' LIMIT 5;\n")
            mysql(d, cols, rows)
        else:
            jr = [[("pass_no", r[0][0], "NEG_CODE"), ("firstName", r[1][0], "PERSON"), ("lastName", r[2][0], "PERSON"),
                   ("birthDate", r[3][0], "DATE_OF_BIRTH"), ("tier", r[4][0], None),
                   ("homeAddress", None if r[5][0] == "NULL" else r[5][0], None if r[5][0] == "NULL" else "STREET_ADDRESS"),
                   ("validFrom", r[6][0], "NEG_DATE"), ("park", park, "NEG_ORG")] for r in rows]
            jrows(d, jr, indent=chance(0.6))
        finish(d, "run_sql" if k == 0 else "passes_api_list", {"park": park},
               "Which child passes expire before the summer? Draft renewal mails.", p=0.7)
    else:
        p = person(lg)
        d.t("GATE SCAN LOG ").s("NEG_ORG", park).t("\n")
        for _ in range(rng.randint(2, 4)):
            q = person(lg)
            d.t(pick(["08:", "09:", "10:"]) + num(10, 59) + ":" + num(10, 59) + " TURNSTILE-" + num(1, 14) + " pass=")
            d.s("NEG_CODE", code("SP", 8)).t(" holder=\"").p(q.form(pick(["full", "FULL"]))).t("\" dob=")
            d.s("DATE_OF_BIRTH", dob(lg, 1960, 2019, "iso")).t(" result=" + pick(["OK", "OK", "PHOTO_MISMATCH", "BLOCKED"]) + "\n")
        d.t("escalated to guest services (").p(p.form("G. Surname")).t(")\n")
        finish(d, "tail_log", {"file": "/var/log/gates/main.log", "lines": 50}, "Why are so many PHOTO_MISMATCH today?")


LEAGUES = ["Kreisliga A Staffel 2", "Division d'Honneur Régionale", "Eerste Klasse C", "Promozione Girone B",
           "Tercera RFEF Grupo 7", "IV liga", "Division 4 Norra", "Serie D Calcio a 5"]
CLUBS = ["SV Blau-Weiß", "FC Saint-Loup", "VV Oranje Boys", "ASD Virtus", "CD San Roque", "KS Orzeł", "IFK Bergsjö"]


def referee(lg):
    d = D(lg, "referee")
    k = rng.randrange(3)
    if k == 0:
        d.t("<html><body><h2>Schiedsrichteransetzungen / Referee appointments – ").s("NEG_ORG", pick(LEAGUES)).t("</h2>\n<table>\n")
        d.t("<tr><th>Date</th><th>Match</th><th>Referee</th><th>AR1</th><th>AR2</th></tr>\n")
        for _ in range(rng.randint(1, 3)):
            d.t("<tr><td>").s("NEG_DATE", other_date(lg)).t("</td><td>").s("NEG_ORG", pick(CLUBS)).t(" &ndash; ").s("NEG_ORG", pick(CLUBS))
            for _ in range(3):
                d.t("</td><td>")
                if chance(0.85):
                    d.ph(person(lg).form(pick(["full", "Surname, Given", "full"])))
                else:
                    d.t("N.N.")
            d.t("</td></tr>\n")
        d.t("</table>\n<p>Assessor: ").ph(person(lg).full()).t(" &middot; Stadium: ").s("NEG_ORG", pick(["Stadion an der Alten Försterei", "Estadio Santiago Bernabéu", "Stade Pierre-Mauroy", "Johan Cruijff ArenA"])).t("</p></body></html>\n")
        finish(d, "fetch_url", {"url": "https://dfbnet.example/ansetzungen"}, "Which matches have no second assistant yet?", p=0.7)
    elif k == 1:
        cols = ["licence", "surname", "given", "born", "grade", "address", "mobile"]
        rows = []
        for _ in range(rng.randint(2, 3)):
            p = person(lg)
            rows.append([(code("REF", 5), "NEG_CODE"), (p.s.upper() if chance(0.3) else p.s, "PERSON"), (p.g, "PERSON"),
                         (dob(lg, 1960, 2008), "DATE_OF_BIRTH"), (pick(["Level 4", "Level 5", "Futsal", "Youth"]), None),
                         (address(lg), "STREET_ADDRESS") if chance(0.5) else ("on file", None),
                         (phone(lg), "PHONE_NUMBER") if chance(0.2) else ("-", None)])
        psql(d, cols, rows)
        finish(d, "run_sql", {"query": "SELECT * FROM referee_register WHERE grade LIKE 'Level%';"},
               "Who is under 18 and needs a guardian consent for the tournament?")
    else:
        r, ar, off = person(lg), person(lg), person(lg)
        rfc = chance(0.6)
        if not rfc:
            d.t("Subject: Appointment confirmation\n\n")
        d.t("Dear ").p(r.g).t(",\nyou are appointed as referee for ").s("NEG_ORG", pick(CLUBS))
        d.t(" v ").s("NEG_ORG", pick(CLUBS)).t(" on ").s("NEG_DATE", other_date(lg)).t(". Your assistants are ").p(ar.full())
        d.t(" and ").p(person(lg).full()).t(". Kick-off at the ").s("NEG_ORG", pick(["Sportpark Willem Alexander", "Campo Municipal Luis Aragonés", "Stadio Giuseppe Meazza"]))
        d.t(". Please note the new ").s("NEG_TERM", pick(["Laws of the Game 2025/26", "advantage rule"])).t(".\n\nRegards,\n").p(off.full()).t("\nReferee Appointments Officer\n")
        if rfc:
            d = mail_doc(lg, "referee", off, email(off), r, email(r), pick(["Ansetzung", "Appointment", "Désignation", "Aanstelling", "Designazione"]), d)
        finish(d, "gmail_get_message", {"id": tid("18", 14), "format": "raw"}, "Add this match to my calendar.", p=0.5)


def cla(lg):
    d = D(lg, "cla")
    k = rng.randrange(3)
    proj = pick(["libfoo", "openmeteo-client", "kestrel-db", "pyparsing-ng", "vela-ui", "gorse"])
    if k == 0:
        d.t('{"signatures": [\n')
        n_ = rng.randint(2, 4)
        for i in range(n_):
            p = person(lg)
            d.t('  {"login": "').s("NEG_CODE", handle()).t('", "name": "').p(p.full())
            if chance(0.3):
                d.t('", "email": "').s("EMAIL_ADDRESS", email(p))
            d.t('", "signed_at": "').s("NEG_DATE", other_date(lg, "isotime"))
            d.t('", "cla_version": "').s("NEG_CODE", pick(["v2.0", "v1.1", "2.0.1"])).t('"')
            if chance(0.4):
                d.t(', "mailing_address": "').s("STREET_ADDRESS", address(lg)).t('"')
            if chance(0.3):
                d.t(', "employer": "').s("NEG_ORG", pick(["Bosch", "Philips", "Ericsson", "Siemens Healthineers", "Dassault Systèmes"])).t('"')
            d.t("}" + (",\n" if i < n_ - 1 else "\n"))
        d.t("]}\n")
        finish(d, "http_get", {"url": "https://cla.example/api/%s/signatures" % proj}, "Did everyone on PR #%s sign the CLA?" % num(100, 999))
    elif k == 1:
        p = person(lg)
        d.t("Individual Contributor License Agreement (\"Agreement\") v2.0 — " + proj + "\n\n")
        d.t("Full name: ").p(p.full()).t("\nPublic name (optional): ").p(p.form("G. Surname")).t("\nMailing address: ")
        d.s("STREET_ADDRESS", address(lg)).t("\nCountry: " + CTRY[lg] + "\nE-Mail: ")
        if chance(0.4):
            d.s("EMAIL_ADDRESS", email(p))
        else:
            d.t("(as in GitHub profile)")
        d.t("\nTelephone: ").s("PHONE_NUMBER", phone(lg)).t("\nGitHub: @").s("NEG_CODE", handle())
        d.t("\n\nSigned electronically on ").s("NEG_DATE", other_date(lg)).t(". Based on the ").s("NEG_TERM", pick(["Harmony Agreements", "Apache ICLA"])).t(".\n")
        finish(d, "read_file", {"path": "legal/cla/%s.txt" % digits(6)}, "Is this CLA complete or does the signer need to add something?", p=0.4)
    else:
        p = person(lg)
        d.t("cla-bot commented:\n> Thank you for your pull request. ").p(p.form(pick(["lower", "full"]))).t(" (@").s("NEG_CODE", handle())
        d.t(") has not signed the CLA.\n\n").p(p.g).t(" replied: signed now as ").p(p.full()).t(", sorry, used my work mail ")
        d.s("EMAIL_ADDRESS", p.ascii_mail(pick(["bosch.com", "ing.nl", "sap.com"]))).t(". Reviewer: ").p(person(lg).full()).t("\n")
        finish(d)


def jeweller(lg):
    d = D(lg, "jeweller")
    p = person(lg)
    child = person(lg)
    shop = pick(["Juwelier Wempe", "Bijouterie Cartier", "Goldschmiede Bauer", "Gioielleria Bulgari", "Ourivesaria Aliança",
                 "Tiffany & Co.", "Pandora"])
    d.t(pick(["REPAIR ENVELOPE", "REPARATURTASCHE", "BON DE DÉPÔT", "BUSTA RIPARAZIONE"]) + "  No. ").s("NEG_CODE", code("", 6)).t("\n")
    d.s("NEG_ORG", shop).t("\n" + lab(lg, 7) + ": ").p(p.form(pick(["full", "SURNAME Given", "FULL"])))
    d.t("\n" + lab(lg, 4) + ": ").s("STREET_ADDRESS", address(lg))
    if chance(0.35):
        d.t("\n" + lab(lg, 5) + ": ").s("PHONE_NUMBER", phone(lg))
    d.t("\nItem: " + pick(["gold pendant", "signet ring", "silver bracelet", "Rolex Datejust", "locket"]) + "\nWork: ")
    e = pick([0, 1, 2])
    if e == 0:
        d.t("engrave front \"").p(child.g).t(" ").s("DATE_OF_BIRTH", dob(lg, 2015, 2025, pick(["num", "short"]))).t("\"")
    elif e == 1:
        d.t("engrave inside: \"").p(p.g).t(" & ").p(person(lg).g).t(" ").s("NEG_DATE", other_date(lg, "num")).t("\"")
    else:
        d.t("resize to 54, polish. Engraving \"").s("NEG_WORK", pick(["Carpe Diem", "Amor vincit omnia", "Forever"])).t("\" keep")
    d.t("\nReady: ").s("NEG_DATE", other_date(lg)).t("   Taken in by: ").p(person(lg).form(pick(["G. Surname", "full"]))).t("\n")
    if chance(0.6):
        d = ocr_doc(d, rate=pick([0.05, 0.1]))
        d.meta["format"] = "ocr"
    finish(d, "ocr_scan", {"file": "scan_%s.jpg" % digits(5), "lang": lg}, "Put this repair ticket into the workshop system.", p=0.6)


FOODS = ["porridge with berries", "Bircher muesli", "two slices rye bread", "chicken salad", "lentil soup", "pasta carbonara",
         "Greek yoghurt", "apple", "kebab", "croissant"]


def ts(sec):
    return "%02d:%02d:%02d" % (sec // 3600, sec // 60 % 60, sec % 60)


def dietitian(lg):
    d = D(lg, "dietitian")
    k = rng.randrange(2)
    c, dt = person(lg), person(lg)
    if k == 0:
        d.t("Transcript (auto, diarised) — consult ").s("NEG_CODE", code("C", 5)).t("\n")
        t0 = 0
        lines = [
            ("SPEAKER_00", [("Good morning, I'm ", None), (dt.full(), "PERSON"), (", the dietitian. Can you confirm your full name and date of birth?", None)]),
            ("SPEAKER_01", [("yes it's ", None), (c.form(pick(["full", "lower"])), "PERSON"), (", born ", None),
                            (dob("en", style=pick(["spoken", "words"])), "DATE_OF_BIRTH"), (".", None)]),
            ("SPEAKER_00", [("Thanks. And still at ", None), (address(lg), "STREET_ADDRESS"), ("?", None)]),
            ("SPEAKER_01", [("yes. my GP doctor ", None), (person(lg).s, "PERSON"), (" sent me because of the", None)]),
            ("SPEAKER_01", [("the blood sugar. breakfast is usually " + pick(FOODS) + ".", None)]),
            ("SPEAKER_00", [("Have you tried the ", None), (pick(["Mediterranean diet", "Atkins diet", "Montignac method"]), "NEG_TERM"), ("?", None)]),
            ("SPEAKER_01", [("my wife ", None), (person(lg).g, "PERSON"), (" cooks mostly. we follow ", None), (pick(["Jamie Oliver", "Yotam Ottolenghi", "Ottolenghi"]), "NEG_FAMOUS"), (" recipes", None)]),
        ]
        fmt = pick(["[%s] %s: ", "%s %s\n", "%s - %s: "])
        for spk, segs in lines:
            t0 += rng.randint(3, 19)
            if fmt == "%s %s\n":
                d.t(ts(t0) + " " + spk + "\n")
            else:
                d.t(fmt % (ts(t0), spk))
            for x, lb in segs:
                if lb:
                    d.s(lb, x)
                else:
                    d.t(x)
            d.t("\n")
        finish(d, "transcribe_audio", {"file": "consult_%s.m4a" % digits(4), "diarize": True},
               "Write the SOAP note for this consult.", p=0.7)
    else:
        d.t(lab(lg, 0) + ": ").p(c.form(pick(["full", "Surname, Given"]))).t("   " + lab(lg, 3) + ": ").s("DATE_OF_BIRTH", dob(lg))
        d.t("\nFood diary week of ").s("NEG_DATE", other_date(lg)).t("\n")
        for day in ["Mon", "Tue", "Wed"]:
            d.t(day + ": " + pick(FOODS) + ", " + pick(FOODS))
            if chance(0.4):
                d.t(" (lunch with ").p(person(lg).g).t(")")
            d.t("\n")
        d.t("BMI 31.2, goal -4 kg by ").s("NEG_DATE", other_date(lg)).t(". Dietitian: ").p(dt.full()).t(", ").s("NEG_ORG", pick(["Praxis am Schillerplatz", "Cabinet Diététique Pasteur", "Voedingspraktijk Rembrandt"])).t("\n")
        finish(d, "read_spreadsheet", {"path": "diaries/%s.xlsx" % digits(4)}, "Estimate the calories per day.", p=0.4)


BRIGADES = ["Freiwillige Feuerwehr Oberweiler", "Sapeurs-pompiers volontaires de Saint-Loup", "Vrijwillige Brandweer Oosterend",
            "Vigili del Fuoco Volontari di Castelnuovo", "Ochotnicza Straż Pożarna w Zalesiu", "Sbor dobrovolných hasičů Lhota",
            "Brandværn Nørre Alslev", "Cuerpo de Bomberos Voluntarios"]


def firebrigade(lg):
    d = D(lg, "firebrigade")
    k = rng.randrange(3)
    br = pick(BRIGADES)
    if k == 0:
        d.t("Einsatzbericht / call-out log — ").s("NEG_ORG", br).t("\n")
        for _ in range(rng.randint(1, 2)):
            d.t("Alarm ").s("NEG_DATE", other_date(lg)).t(" " + num(10, 23) + ":" + num(10, 59) + " | " +
                                                           pick(["chimney fire", "flooded cellar", "tree on road", "smoke alarm", "person locked out"]) + " at ")
            if chance(0.7):
                d.s("STREET_ADDRESS", address(lg)).t(" (caller: ").p(person(lg).form(pick(["full", "SURNAME Given"]))).t(")")
            else:
                d.t("junction ").s("NEG_STREET", neg_street(lg)).t(" / B" + num(10, 99))
            d.t("\n  Crew: ")
            for i in range(rng.randint(2, 4)):
                if i:
                    d.t(", ")
                d.p(person(lg).form(pick(["full", "G. Surname", "SURNAME Given"])))
            d.t(" | vehicle ").s("NEG_CODE", pick(["HLF 20", "TLF 3000", "MTW", "DLK 23/12"])).t("\n")
        finish(d, "read_file", {"path": "einsatz/%s.txt" % digits(4)}, "Count call-outs per member for the annual report.", p=0.5)
    elif k == 1:
        cols = ["no", "member", "born", "joined", "rank", "address"]
        rows = []
        for i in range(rng.randint(2, 4)):
            p = person(lg)
            rows.append([(str(i + 1), None), (p.form(pick(["full", "Surname, Given", "SURNAME Given"])), "PERSON"),
                         (dob(lg, 1955, 2008), "DATE_OF_BIRTH"), (str(rng.randint(1985, 2024)), "NEG_DATE"),
                         (pick(["Firefighter", "Crew commander", "Probationer", "Youth"]), None),
                         (address(lg), "STREET_ADDRESS") if chance(0.5) else ("", None)])
        d.t("Member roll, ").s("NEG_ORG", br).t(" (Mitgliederliste)\n")
        mysql(d, cols, rows)
        finish(d, "run_sql", {"query": "SELECT * FROM members ORDER BY no;"}, "Who turns 18 this year and can move from the youth group?", p=0.7)
    else:
        p = person(lg)
        d.t("[pager] ALARM B2 — ").s("STREET_ADDRESS", address(lg)).t(" — resident ").p(p.form(pick(["FULL", "full"])))
        d.t(" (").s("DATE_OF_BIRTH", dob(lg, 1925, 1950)).t(") immobile, 2nd floor\n[group chat] ").p(person(lg).g.lower()).t(": on my way\n[group chat] ")
        d.p(person(lg).g).t(": taking the ").s("NEG_CODE", "HLF 20").t(", meet at ").s("NEG_STREET", neg_street(lg)).t("\n")
        finish(d)


def tandem(lg):
    d = D(lg, "tandem")
    k = rng.randrange(2)
    langs = ["German", "French", "Dutch", "Spanish", "Italian", "Portuguese", "Polish", "Swedish", "Czech", "Hungarian", "Turkish", "Greek"]
    if k == 0:
        d.t('{"matches": [\n')
        n_ = rng.randint(2, 3)
        for i in range(n_):
            a, b = person(lg), person(pick(LANGS))
            d.t('  {"match_id": "').s("NEG_CODE", code("M", 6)).t('", "score": 0.%s,\n   "learner": {"name": "' % num(60, 98)).p(a.full())
            if chance(0.5):
                d.t('", "birthdate": "').s("DATE_OF_BIRTH", dob(lg, 1970, 2006, "iso"))
            d.t('", "offers": "' + pick(langs) + '", "wants": "English"},\n')
            d.t('   "partner": {"name": "').p(b.form(pick(["full", "G. Surname"])))
            if chance(0.25):
                d.t('", "email": "').s("EMAIL_ADDRESS", email(b))
            d.t('", "meets_at": "').s("NEG_ORG", pick(["Café Einstein", "Goethe-Institut", "Instituto Cervantes", "Alliance Française"])).t('"}}')
            d.t(",\n" if i < n_ - 1 else "\n")
        d.t("]}\n")
        finish(d, "tandem_api_matches", {"city": TOWNS[lg]}, "Write an intro message to each pair.", p=0.7)
    else:
        a = person(lg)
        d.t(pick(["Hi! ", "Hallo! ", "Bonjour ! "])).t("I'm ").p(a.g).t(", " + num(19, 45) + ", I'm a native " + pick(langs) + " speaker and want to practise English. ")
        d.t("I love ").s("NEG_FAMOUS", pick(["Almodóvar", "Fellini", "Ingmar Bergman", "Agatha Christie", "Astrid Lindgren"])).t(" films/books. ")
        d.t("My birthday is ").s("DATE_OF_BIRTH", dob(lg, 1980, 2005, "words")).t(" haha. Message me on ").s("PHONE_NUMBER", phone(lg)).t(" (WhatsApp)\n— profile by ").p(a.full()).t("\n")
        finish(d, "fetch_url", {"url": "https://tandem.example/u/%s" % digits(6)}, "Is this a good tandem partner for me?", p=0.5)


def mail_doc(lg, cls, frm, frm_mail, to, to_mail, subject, body):
    """RFC 822 headers and the body: frm and to are a person (P; the name and a mailbox that
    spells it are labelled) or a firm's name (NEG_ORG, its mailbox not labelled); the body is
    quoted-printable or 8bit."""
    d = D(lg, cls)
    d.t("Received: from mail.example (mail.example [192.0.2.%s])\n" % num(2, 250))
    for head, who, mail in (("From", frm, frm_mail), ("To", to, to_mail)):
        d.t(head + ": ")
        if isinstance(who, P):
            full = who.full()
            if not full.isascii() and chance(0.8) or chance(0.3):
                d.t(pick(["=?UTF-8?Q?", "=?utf-8?q?"])).p(qword(full)).t("?=")
            else:
                d.t('"').p(full).t('"')
            d.t(" <").s("EMAIL_ADDRESS", mail).t(">\n")
        else:
            d.s("NEG_ORG", who).t(" <" + mail + ">\n")
    d.t("Subject: =?UTF-8?Q?" + qword(subject) + "?=\n")
    d.t("Date: " + pick(["Mon", "Tue", "Thu"]) + ", %d %s %d 1%d:%s:%s +0100\n" % (rng.randint(1, 28), pick(MON3).title(), 2025, rng.randint(0, 9), num(10, 59), num(10, 59)))
    d.t("Message-ID: <" + tid("", 16) + "@mail.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n")
    if chance(0.75):
        d.t("Content-Transfer-Encoding: quoted-printable\n\n")
        d.extend(qp_doc(body))
    else:
        d.t("Content-Transfer-Encoding: 8bit\n\n")
        d.extend(body)
    d.meta["format"] = "rfc822"
    return d


def portrait(lg):
    """RFC 822 as a mail tool returns it: encoded-word headers, a quoted-printable body."""
    c = person(lg)
    artist = person(pick(LANGS))
    body = D(lg, "portrait")
    pet = chance(0.4)
    body.t(pick(["Dear ", "Hello ", "Hi "])).p(artist.g).t(",\n\nI would love to commission ")
    if pet:
        body.t("a portrait of our dog ").s("NEG_PET", pick(["Bruno", "Luna", "Fritzi", "Pépito", "Kasper", "Mochi"])).t(", in the style of ")
        body.s("NEG_FAMOUS", pick(["Klimt", "Frida Kahlo", "Van Gogh", "Modigliani"])).t(". ")
    else:
        body.t("a portrait of my mother ").p(P(person(lg).g, c.s, c.o).full()).t(" for her 70th. She was born on ")
        body.s("DATE_OF_BIRTH", dob(lg, 1950, 1956, pick(["words", "num"]))).t(". Something like ")
        body.s("NEG_WORK", pick(["Girl with a Pearl Earring", "Mona Lisa", "The Kiss"])).t(", but less serious. ")
    body.t("Size 40x50, oil. Please ship it to ").s("STREET_ADDRESS", address(lg))
    if chance(0.4):
        body.t(".\nMy number is ").s("PHONE_NUMBER", phone(lg))
    body.t(".\n\nKind regards,\n").p(c.full()).t("\n")
    d = D(lg, "portrait")
    mail = email(c)
    if chance(0.15):
        d.t("Return-Path: <").s("EMAIL_ADDRESS", mail).t(">\n")
    d.t("Received: from mail.example (mail.example [192.0.2.%s])\n" % num(2, 250))
    d.t("From: ")
    full = c.full()
    if chance(0.7) and not full.isascii() or chance(0.4):
        d.t("=?UTF-8?Q?").p(qword(full)).t("?=")
    else:
        d.t('"').p(full).t('"')
    d.t(" <").s("EMAIL_ADDRESS", mail).t(">\nTo: ")
    ag = artist.full()
    if not ag.isascii():
        d.t("=?utf-8?q?").p(qword(ag)).t("?=")
    else:
        d.p(ag)
    d.t(" <" + pick(["studio@atelier-nord.example", "commissions@paintedpets.example", "info@portraitwerk.example"]) + ">\nSubject: =?UTF-8?Q?")
    d.t(qword(pick(["Portrait commission", "Auftrag Porträt", "Commande de portrait", "Opdracht portret"]))).t("?=\n")
    d.t("Date: " + pick(["Mon", "Tue", "Thu"]) + ", %d %s %d 1%d:%s:%s +0100\n" % (rng.randint(1, 28), pick(MON3).title(), 2025, rng.randint(0, 9), num(10, 59), num(10, 59)))
    d.t("Message-ID: <" + tid("", 16) + "@mail.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n")
    d.t("Content-Transfer-Encoding: quoted-printable\n\n")
    d.extend(qp_doc(body))
    d.meta["format"] = "rfc822"
    finish(d, "gmail_get_raw", {"id": tid("19", 14), "format": "raw"}, "Draft a quote for this commission.", p=0.8)


def bridge(lg):
    d = D(lg, "bridge")
    club = pick(["Bridgeclub De Kaart", "Bridge-Club Rot-Weiß", "Bridge Club de Neuilly", "Circolo del Bridge Milano", "Bridgeklubben Spar Es"])
    k = rng.randrange(2)
    rows = []
    for i in range(rng.randint(2, 3)):
        a, b = person(lg), person(lg)
        rows.append((i + 1, a.form(pick(["full", "G. Surname", "Surname, Given"])), b.form(pick(["full", "G. Surname", "Surname, Given"])),
                     "%.2f%%" % (rng.randint(4000, 6800) / 100)))
    if k == 0:
        d.t("<h1>").s("NEG_ORG", club).t(" &ndash; Pairs ").s("NEG_DATE", other_date(lg)).t("</h1>\n<pre>\nPos  Pair                                         Score\n")
        for pos, a, b, sc in rows:
            d.t("%-4d " % pos).ph(a).t(" &amp; ").ph(b).t(" " * max(1, 42 - len(a) - len(b)) + sc + "\n")
        d.t("</pre>\n<p>Movement: ").s("NEG_TERM", pick(["Howell", "Mitchell", "Scrambled Mitchell"])).t(" &middot; TD ").ph(person(lg).full()).t("</p>\n")
        finish(d, "fetch_url", {"url": "https://bridgeresults.example/%s" % digits(5)}, "How did we do? We are pair 3.", p=0.7)
    else:
        d.t("Results ").s("NEG_ORG", club).t("\nN/S\n")
        for pos, a, b, sc in rows:
            d.t("%d. " % pos).p(a).t(" – ").p(b).t("\t" + sc + "\n")
        d.t("Opening leads vs ").s("NEG_TERM", pick(["Stayman", "Blackwood", "Jacoby transfer", "Lebensohl"])).t(" discussed next week.\n")
        finish(d, "read_file", {"path": "results.txt"}, "Make a nice table of this for the club newsletter.", p=0.4)


PLATE_CHAT = {
    "en": ("hi, new tenant here. please change the nameplate on the letterbox of flat ", " at ", " from ", " to ", ". thanks, "),
    "de": ("hallo, bitte das Klingelschild von Wohnung ", " in der ", " ändern: statt ", " bitte ", ". danke, "),
    "fr": ("bonjour, merci de changer l'étiquette de la boîte aux lettres de l'appartement ", " au ", " : remplacer ", " par ", ". merci, "),
    "nl": ("hoi, graag het naambordje van appartement ", " op ", " aanpassen van ", " naar ", ". groet, "),
    "es": ("hola, por favor cambien el nombre del buzón del piso ", " en ", ": de ", " a ", ". gracias, "),
    "it": ("buongiorno, per favore cambiate la targhetta della cassetta dell'interno ", " in ", " da ", " a ", ". grazie, "),
    "pt": ("olá, mudem por favor o nome na caixa do correio do apartamento ", " na ", " de ", " para ", ". obrigado, "),
    "sv": ("hej, byt namnskylten på brevlådan till lägenhet ", " på ", " från ", " till ", ". tack, "),
    "pl": ("dzień dobry, proszę zmienić tabliczkę na skrzynce mieszkania ", " przy ", " z ", " na ", ". dziękuję, "),
}


def nameplate(lg):
    d = D(lg, "nameplate")
    bld = address(lg)
    k = rng.randrange(3)
    if k == 0:
        d.t(pick(["Bestellung Klingelschilder", "Commande plaques boîtes aux lettres", "Order: doorbell name tags", "Bestelling naambordjes"]) + "\nObject: ")
        d.s("STREET_ADDRESS", bld).t("\nOrdered by: ").s("NEG_ORG", pick(["Hausverwaltung Lindner GmbH", "Syndic Foncia", "VvE Beheer Mulder", "Immobiliare Esposito"]))
        d.t("\nPos | flat | text (engraved, max 22 chars)\n")
        for i in range(rng.randint(2, 4)):
            p = person(lg)
            d.t("%d | " % (i + 1)).s("NEG_ADDR", pick(["EG links", "1. OG rechts", "Apt 3", "2e ét. porte B", "3 hoog"])).t(" | ")
            j = rng.randrange(4)
            if j == 0:
                d.p(p.s.upper())
            elif j == 1:
                d.p(p.s).t(" / ").p(person(lg).s)
            elif j == 2:
                d.p(p.form("G. Surname"))
            else:
                d.p(p.full())
            d.t("\n")
        d.t("Font: ").s("NEG_PRODUCT", pick(["DIN 1451", "Helvetica", "Arial"])).t(" · delivery ").s("NEG_DATE", other_date(lg)).t("\n")
        if chance(0.5):
            d = ocr_doc(d, 0.06)
            d.meta["format"] = "ocr"
        finish(d, "ocr_scan", {"file": "klingel_%s.pdf" % digits(4)}, "Which names are longer than 22 characters?", p=0.6)
    elif k == 1:
        p = person(lg)
        a, b, c, e, f = PLATE_CHAT.get(lg, PLATE_CHAT["en"])
        d.t(a).s("NEG_ADDR", num(1, 30))
        d.t(b).s("STREET_ADDRESS", bld).t(c).p(person(lg).s.upper()).t(e).p(p.s).t("-").p(person(lg).s)
        d.t(f).p(p.g.lower() if chance(0.4) else p.g).t("\n")
        finish(d)
    else:
        d.t("Bell panel as photographed (left to right):\n")
        for _ in range(rng.randint(3, 5)):
            if chance(0.25):
                d.t("[ ").s("NEG_ORG", pick(["Zahnarztpraxis am Markt", "Cabinet Moreau", "Hausmeister", "Physio Kessler"])).t(" ]\n")
            else:
                p = person(lg)
                d.t("[ ").p(pick([p.s.upper(), p.s, p.full(), p.form("G. Surname")])).t(" ]\n")
        d.t("(building ").s("STREET_ADDRESS", bld).t(")\n")
        finish(d, "describe_image", {"image": "bells_%s.jpg" % digits(4)}, "Make a list of residents for the house meeting.", p=0.6)


def drycleaning(lg):
    d = D(lg, "drycleaning")
    shop = pick(["Textilreinigung Hübner", "Pressing Saint-Honoré", "Stomerij Jansen", "Lavanderia Bianchi", "Tintorería Ramírez"])
    k = rng.randrange(2)
    if k == 0:
        d.s("NEG_ORG", shop).t("\nTICKET ").s("NEG_CODE", code("", 5)).t("   IN ").s("NEG_DATE", other_date(lg)).t("   OUT ").s("NEG_DATE", other_date(lg))
        p = person(lg)
        d.t("\n" + lab(lg, 0).upper() + ": ").p(p.form(pick(["FULL", "SURNAME Given", "full"])))
        if chance(0.4):
            d.t("\nTEL: ").s("PHONE_NUMBER", phone(lg))
        d.t("\n1x " + pick(["suit 2pc", "wedding dress", "coat", "shirt x5", "curtains"]) + "  " + pick(["hem 3cm", "take in waist", "stain collar", "press only"]))
        if chance(0.5):
            d.t("\nDELIVER TO: ").s("STREET_ADDRESS", address(lg))
        d.t("\nTailor: ").p(person(lg).form(pick(["G. Surname", "full"]))).t("\nBrand: ").s("NEG_PRODUCT", pick(["Hugo Boss", "Max Mara", "Armani", "Ralph Lauren"])).t("\n")
        d = ocr_doc(d, pick([0.05, 0.09, 0.12]))
        d.meta["format"] = "ocr"
        finish(d, "ocr_scan", {"file": "ticket_%s.png" % digits(4)}, "What did I drop off and when is it ready?", p=0.6)
    else:
        cols = ["ticket", "customer", "phone", "items", "status", "route"]
        rows = []
        for _ in range(rng.randint(2, 4)):
            p = person(lg)
            rows.append([(code("", 5), "NEG_CODE"), (p.form(pick(["full", "Surname, Given", "SURNAME Given"])), "PERSON"),
                         (phone(lg), "PHONE_NUMBER") if chance(0.15) else ("", None), (pick(["3 shirts", "duvet", "suit", "dress"]), None),
                         (pick(["ready", "at tailor", "delivered"]), None),
                         (address(lg), "STREET_ADDRESS") if chance(0.5) else ("pickup", None)])
        tsv(d, cols, rows)
        finish(d, "read_spreadsheet", {"path": "tickets.xlsx", "sheet": "Open"}, "Plan today's delivery route.", p=0.7)


SHIPS = ["MSC Grandiosa", "AIDAnova", "Queen Mary 2", "Costa Smeralda", "Viking Sigyn", "Hurtigruten MS Richard With",
         "Mein Schiff 6", "Celebrity Edge"]


def cruise(lg):
    d = D(lg, "cruise")
    ship = pick(SHIPS)
    k = rng.randrange(2)
    if k == 0:
        cols = ["cabin", "guest", "birth_date", "nationality", "excursion", "meeting_point"]
        rows = []
        for _ in range(rng.randint(2, 4)):
            p = person(lg)
            rows.append([(num(2001, 14999), "NEG_ADDR"), (p.form(pick(["SURNAME Given", "full", "Surname, Given"])), "PERSON"),
                         (dob(lg, 1938, 2015, pick(["iso", "mon3"])), "DATE_OF_BIRTH"), (CTRY[lg], None),
                         (pick(["Santorini Oia & Fira", "Bergen Fløibanen", "Dubrovnik walls", "Lisbon Belém tour"]), None),
                         (pick(["Theatre deck 6", "Pier gate B", "Atrium"]), None)])
        d.t("-- ").s("NEG_SHIP", ship).t(" shore excursion manifest, call ").s("NEG_DATE", other_date(lg)).t("\n")
        psql(d, cols, rows)
        d.t("Tour guide: ").p(person(lg).full()).t("\n")
        finish(d, "run_sql", {"query": "SELECT * FROM excursion_manifest WHERE port='%s';" % TOWNS[lg]}, "Flag guests over 75 for the walking tour.", p=0.7)
    else:
        p = person(lg)
        d.t("GUEST FOLIO  ").s("NEG_SHIP", ship).t("\nGuest: ").p(p.form(pick(["Surname, Given", "FULL", "full"]))).t("   Cabin ").s("NEG_ADDR", num(2001, 14999))
        d.t("\nHome address: ").s("STREET_ADDRESS", address(lg)).t("\nDOB: ").s("DATE_OF_BIRTH", dob(lg, 1940, 1990, pick(["mon3", "num"])))
        d.t("\n")
        for _ in range(3):
            d.s("NEG_DATE", other_date(lg, "iso")).t("  " + pick(["Bar Atrium", "Spa", "Photo", "Wi-Fi package", "Specialty dining"]) + "   %d.%02d\n" % (rng.randint(5, 180), rng.randint(0, 99)))
        d.t("Sharing cabin: ").p(person(lg).full()).t("\n")
        finish(d, "fetch_pdf_text", {"url": "https://cruise.example/folio/%s" % digits(8)}, "Check the folio for double charges.", p=0.5)


PAPERS = ["Süddeutsche Zeitung", "Ouest-France", "de Volkskrant", "El País", "Corriere della Sera", "Público", "Gazeta Wyborcza",
          "Dagens Nyheter", "Politiken", "Aftenposten", "Helsingin Sanomat", "Lidové noviny", "Népszava", "Hürriyet", "Kathimerini"]


NEWS_CHAT = {
    "en": ("my paper hasn't come for a week. i'm at ", ", name's ", ". the new carrier leaves it at no. ", " instead. also cancel the ", " sunday one pls\n"),
    "de": ("meine zeitung kommt seit einer woche nicht. ich wohne in der ", ", name ", ". der neue zusteller wirft sie bei nr. ", " ein. und bitte das ", "-wochenendabo kündigen\n"),
    "fr": ("je ne reçois plus mon journal depuis une semaine. j'habite ", ", au nom de ", ". le nouveau livreur le dépose au n° ", ". et résiliez l'abonnement du week-end à ", " svp\n"),
    "nl": ("mijn krant komt al een week niet. ik woon op ", ", naam ", ". de nieuwe bezorger legt hem bij nr. ", " neer. en zeg het weekendabonnement van ", " op aub\n"),
    "es": ("hace una semana que no me llega el periódico. vivo en ", ", a nombre de ", ". el nuevo repartidor lo deja en el nº ", ". y cancelad la suscripción de fin de semana de ", " porfa\n"),
    "it": ("da una settimana non mi arriva il giornale. abito in ", ", a nome di ", ". il nuovo distributore lo lascia al civico ", ". e disdite l'abbonamento weekend di ", " grazie\n"),
    "pt": ("o jornal não chega há uma semana. moro na ", ", em nome de ", ". o novo distribuidor deixa-o no nº ", ". e cancelem a assinatura de fim de semana do ", " pf\n"),
    "pl": ("od tygodnia nie dostaję gazety. mieszkam: ", ", na nazwisko ", ". nowy doręczyciel zostawia ją pod nr ", ". proszę też anulować weekendową prenumeratę ", "\n"),
    "sv": ("tidningen har inte kommit på en vecka. jag bor på ", ", namn ", ". nya budet lägger den på nr ", ". och säg upp helgprenumerationen på ", " tack\n"),
    "da": ("avisen er ikke kommet i en uge. jeg bor på ", ", navn ", ". det nye bud lægger den ved nr. ", ". og opsig weekendabonnementet på ", " tak\n"),
}


def newspaper(lg):
    d = D(lg, "newspaper")
    paper = pick(PAPERS)
    k = rng.randrange(3)
    if k == 0:
        d.t("Delivery round " + num(1, 60) + " (").s("NEG_ORG", paper).t(")\n")
        rows = []
        for i in range(rng.randint(3, 4)):
            p = person(lg)
            rows.append([(str(i + 1), None), (address(lg), "STREET_ADDRESS"), (p.form(pick(["SURNAME Given", "full", "Surname, Given"])) if chance(0.8) else p.s, "PERSON"),
                         (pick(["Mo-Sa", "Sa only", "Mo-So", "holiday stop"]), None), (pick(["letterbox", "behind gate", "door"]), None)])
        if chance(0.5):
            sheets(d, "Runde!A1:E%d" % (len(rows) + 1), ["#", "address", "subscriber", "days", "note"], rows)
        else:
            tsv(d, ["#", "address", "subscriber", "days", "note"], rows)
        d.t("Carrier: ").p(person(lg).full()).t("\n")
        finish(d, "sheets_values_get", {"range": "Runde!A1:E60"}, "Sort the round by street and house number.", p=0.7)
    elif k == 1:
        p = person(lg)
        d.t("Subscription change\n" + lab(lg, 7) + " no.: ").s("NEG_CODE", code("", 8)).t("\n" + lab(lg, 0) + ": ").p(p.full())
        d.t("\nOld address: ").s("STREET_ADDRESS", address(lg)).t("\nNew address: ").s("STREET_ADDRESS", address(lg)).t("\nFrom: ").s("NEG_DATE", other_date(lg))
        d.t("\nEdition: ").s("NEG_ORG", paper).t(" + ").s("NEG_PRODUCT", pick(["E-Paper", "Sonntagsausgabe", "weekend supplement"])).t("\n")
        finish(d, "read_file", {"path": "forms/%s.txt" % digits(5)}, "Process this change.", p=0.4)
    else:
        p = person(lg)
        a, b, c, e, f = NEWS_CHAT.get(lg, NEWS_CHAT["en"])
        d.t(a).s("STREET_ADDRESS", address(lg)).t(b).p(p.form(pick(["lower", "full"])))
        d.t(c).s("NEG_ADDR", num(1, 90)).t(e).s("NEG_ORG", paper).t(f)
        finish(d)


def florist(lg):
    d = D(lg, "florist")
    shop = pick(["Fleurop-Interflora", "Blumen Jasmin", "Bloemenhuis Flora", "Fioreria Rosa Blu", "Floristería Margarita"])
    s_, r_ = person(lg), person(lg)
    k = rng.randrange(2)
    if k == 0:
        d.t('{"order": "').s("NEG_CODE", code("FL", 7)).t('", "delivery_date": "').s("NEG_DATE", other_date(lg, "iso")).t('", "product": "')
        d.s("NEG_PRODUCT", pick(["Bouquet 'Amélie'", "Rose Elisa x12", "Strauß Frida", "Peony Lady Alexandra"])).t('",\n "sender": {"name": "').p(s_.full())
        if chance(0.4):
            d.t('", "phone": "').s("PHONE_NUMBER", phone(lg)).t('"')
        else:
            d.t('", "phone": null')
        d.t('},\n "recipient": {"name": "').p(r_.full()).t('", "address": "').s("STREET_ADDRESS", address(lg))
        d.t('"},\n "card": "').t(pick(["Happy birthday ", "Alles Gute, ", "Bon anniversaire ", "Gefeliciteerd "])).p(r_.g).t(pick(["! Love, ", "! Deine ", " — "])).p(s_.g)
        d.t('",\n "florist": "').s("NEG_ORG", shop).t('"}\n')
        finish(d, "orders_api_get", {"id": "today"}, "Print the card texts for today's orders.", p=0.7)
    else:
        d.t("Bestellung am Telefon / phone order\nFor: ").p(r_.form(pick(["full", "SURNAME Given"]))).t(", ").s("STREET_ADDRESS", address(lg))
        d.t("\nOccasion: funeral of ").p(person(lg).full()).t(" — wreath, ribbon text: \"In loving memory – ").p(s_.g).t(" and family\"")
        d.t("\nPaid by: ").p(s_.full()).t(" (card)\nDeliver to ").s("NEG_ORG", pick(["Bestattungshaus Pietät", "Pompes Funèbres Roc-Eclerc", "Uitvaartcentrum Yarden"])).t(" by ").s("NEG_DATE", other_date(lg)).t("\n")
        finish(d)


def cake(lg):
    d = D(lg, "cake")
    k = rng.randrange(2)
    c, kid = person(lg), person(lg)
    if k == 0:
        d.t("Call recording transcript — ").s("NEG_ORG", pick(["Konditorei Rischart", "Pâtisserie Ladurée", "Bakkerij Bart", "Pasticceria Marchesi"])).t("\n")
        t0 = rng.randint(0, 20)
        segs = [
            ("Agent", [("Hello, cake orders, how can I help?", None)]),
            ("Caller", [("hi, I need a birthday cake for my son ", None), (kid.g, "PERSON"), (", he turns five", None)]),
            ("Agent", [("Lovely. What should it say?", None)]),
            ("Caller", [("Happy birthday ", None), (kid.g, "PERSON"), (", and the date he was born, ", None),
                        (dob("en", 2019, 2021, pick(["spoken", "words"])), "DATE_OF_BIRTH"), (", in blue icing", None)]),
            ("Agent", [("Name for the order?", None)]),
            ("Caller", [(c.form(pick(["full", "lower"])), "PERSON"), (", delivery to ", None), (address(lg), "STREET_ADDRESS")]),
            ("Agent", [("A ", None), (pick(["Sachertorte", "Black Forest", "Paw Patrol", "Victoria sponge"]), "NEG_PRODUCT"), (" for ", None), (other_date("en", "words"), "NEG_DATE"), (", got it.", None)]),
        ]
        for spk, parts in segs:
            t0 += rng.randint(2, 9)
            d.t(pick(["[%s] %s: " % (ts(t0), spk), "%s (%s): " % (spk, ts(t0))]))
            for x, lb in parts:
                if lb:
                    d.s(lb, x)
                else:
                    d.t(x)
            d.t("\n")
        finish(d, "transcribe_audio", {"file": "order_%s.wav" % digits(4)}, "Create the order from this call.", p=0.7)
    else:
        d.t("Order " + num(100, 999) + " — pick-up " ).s("NEG_DATE", other_date(lg)).t("\nInscription: \"").p(c.g).t(" 40\"")
        d.t("\nCustomer: ").p(c.full()).t(", ").s("PHONE_NUMBER", phone(lg)).t("\nAllergy: nuts (guest ").p(person(lg).g).t(")\nDesign: like the ").s("NEG_WORK", pick(["Mona Lisa", "Starry Night"])).t(" photo cake\n")
        finish(d)


def probation(lg):
    d = D(lg, "probation")
    p, off = person(lg), person(lg)
    d.t(pick(["SUPERVISION NOTE", "Bewährungshilfe – Gesprächsvermerk", "Note de suivi SPIP", "Reclassering – contactverslag"]) + "\n")
    d.t("Case: ").s("NEG_CODE", code("", 7)).t("\nPerson on probation: ").p(p.form(pick(["SURNAME Given", "full", "Surname, Given"])))
    d.t("   " + lab(lg, 3) + ": ").s("DATE_OF_BIRTH", dob(lg, 1965, 2005)).t("\n" + lab(lg, 4) + ": ").s("STREET_ADDRESS", address(lg))
    d.t("\nOfficer: ").p(off.full()).t("\nSession ").s("NEG_DATE", other_date(lg)).t(": ").p(p.g).t(" attended on time. Reports living with partner ")
    d.p(person(lg).full()).t(" since ").s("NEG_DATE", other_date(lg, "words")).t("; works at ").s("NEG_ORG", pick(["Bäckerei Müller", "McDonald's", "Ikea Distribution", "Ahold Delhaize"]))
    d.t(". Curfew checks OK. Victim contact via ").s("NEG_ORG", pick(["Weißer Ring", "France Victimes", "Slachtofferhulp Nederland"])).t(" only. Next appointment ").s("NEG_DATE", other_date(lg)).t(".\n")
    finish(d, "case_system_get_note", {"case": "latest"}, "Summarise the risk factors in two lines.", p=0.4)


def dance(lg):
    d = D(lg, "dance")
    school = pick(["Tanzschule Hoffmann", "École de danse Pavlova", "Dansschool Van der Meer", "Scuola di Ballo Carla Fracci", "Academia de Baile Joaquín Cortés"])
    k = rng.randrange(2)
    if k == 0:
        d.s("NEG_ORG", school).t(" — course ").s("NEG_CODE", pick(["WTP I", "Salsa B2", "Tango Inicial", "Latin Teens"])).t(", starts ").s("NEG_DATE", other_date(lg)).t("\n")
        for i in range(rng.randint(1, 3)):
            a, b = person(lg), person(lg)
            d.t("%d) " % (i + 1)).p(a.form(pick(["full", "Surname, Given"]))).t(" (").s("DATE_OF_BIRTH", dob(lg, 2006, 2012)).t(") & ").p(b.form(pick(["full", "G. Surname"])))
            d.t(" (").s("DATE_OF_BIRTH", dob(lg, 2006, 2012)).t(")\n")
        d.t("Teacher: ").p(person(lg).full()).t(" — music: ").s("NEG_WORK", pick(["Despacito", "Libertango", "Por una cabeza", "Moon River"])).t("\n")
        finish(d, "read_file", {"path": "kurse/%s.txt" % digits(3)}, "Send the parents a reminder for the first lesson.", p=0.4)
    else:
        d.t('<table class="couples"><tr><th>Lead</th><th>Follow</th><th>Contact</th></tr>\n')
        for _ in range(rng.randint(1, 3)):
            a, b = person(lg), person(lg)
            d.t("<tr><td>").ph(a.full()).t("</td><td>").ph(b.full()).t("</td><td>")
            if chance(0.15):
                d.s("EMAIL_ADDRESS", email(a))
            elif chance(0.3):
                d.s("PHONE_NUMBER", phone(lg))
            else:
                d.t("via front desk")
            d.t("</td></tr>\n")
        d.t("</table>\n<p>Styles: ").s("NEG_TERM", pick(["Viennese waltz", "Lindy Hop", "Paso doble"])).t("</p>\n")
        finish(d, "fetch_url", {"url": "https://dance.example/course/%s" % digits(4)}, "Who is still without a partner?", p=0.7)


def bowling(lg):
    d = D(lg, "bowling")
    k = rng.randrange(2)
    if k == 0:
        d.t("League standings — ").s("NEG_ORG", pick(["Brunswick Zone", "Bowlingcenter Kegelbahn Eich", "AMF Bowling Porte de la Chapelle"])).t(" Tuesday mixed\n")
        d.t("Team                 Player                    Avg   HG\n")
        for _ in range(rng.randint(3, 5)):
            team = pick(["Gutter Gang", "Pin Pals", "Split Happens", "Strike Force", "Die Kegelkönige"])
            p = person(lg)
            nm = p.form(pick(["full", "Surname, Given", "SURNAME Given"]))
            d.s("NEG_ORG", team).t(" " * (21 - len(team))).p(nm).t(" " * max(1, 26 - len(nm)) + "%d   %d\n" % (rng.randint(120, 220), rng.randint(180, 300)))
        d.t("Ball of the week: ").s("NEG_PRODUCT", pick(["Storm Phaze II", "Hammer Black Widow", "Roto Grip Hustle"])).t(" · Lane ").s("NEG_CODE", num(1, 24)).t("\n")
        finish(d, "fetch_url", {"url": "https://leaguesecretary.example/%s" % digits(5)}, "Who improved their average most?", p=0.6)
    else:
        p = person(lg)
        d.t("Lane booking ").s("NEG_CODE", code("LB", 5)).t(" on ").s("NEG_DATE", other_date(lg)).t(", lanes ").s("NEG_CODE", num(1, 12)).t("-").s("NEG_CODE", num(13, 24))
        d.t("\nBooked by: ").p(p.full()).t("\nYouth league sign-up: ").p(person(lg).full()).t(", ")
        d.t(lab(lg, 3) + " ").s("DATE_OF_BIRTH", dob(lg, 2009, 2016)).t("; parent ").p(P(person(lg).g, p.s, p.o).full()).t("\n")
        finish(d)


def schoolphoto(lg):
    d = D(lg, "schoolphoto")
    k = rng.randrange(2)
    kid, par = person(lg), person(lg)
    par.s = kid.s if chance(0.6) else par.s
    if k == 0:
        d.t("SCHOOL PHOTO ORDER FORM — ").s("NEG_ORG", pick(SCHOOLS)).t("\nPhotographer: ").s("NEG_ORG", pick(["Studio Lichtblick", "Photo Lemaire", "Fotostudio Jansen", "Fotografia Ricci"])).t("\n")
        d.t("Child: ").p(kid.form(pick(["full", "FULL", "SURNAME Given"]))).t("   Class: " + num(1, 6) + pick("abc") + "   " + lab(lg, 3) + ": ").s("DATE_OF_BIRTH", dob(lg, 2010, 2020))
        d.t("\nSibling photo with: ").p(person(lg).g + " " + kid.s).t("\nParent/guardian: ").p(par.full()).t("\n" + lab(lg, 4) + ": ").s("STREET_ADDRESS", address(lg))
        if chance(0.3):
            d.t("\n" + lab(lg, 6) + ": ").s("EMAIL_ADDRESS", email(par))
        d.t("\nPackage: ").s("NEG_PRODUCT", pick(["Package B (2x 13x18)", "Digital only", "Mug + keyring"])).t("  Photo day: ").s("NEG_DATE", other_date(lg)).t("\n")
        if chance(0.5):
            d = ocr_doc(d, 0.06)
            d.meta["format"] = "ocr"
        finish(d, "ocr_scan", {"file": "order_%s.jpg" % digits(4)}, "Enter this order.", p=0.6)
    else:
        rows = []
        for _ in range(rng.randint(2, 4)):
            c = person(lg)
            rows.append([("ID" + digits(5), "NEG_CODE"), (c.form(pick(["full", "Surname, Given"])), "PERSON"), (num(1, 6) + pick("abc"), None),
                         (dob(lg, 2010, 2020, pick(["iso", "num"])), "DATE_OF_BIRTH"), (pick(["A", "B", "C", "-"]), None)])
        mysql(d, ["photo_id", "pupil", "class", "dob", "pkg"], rows)
        finish(d, "run_sql", {"query": "SELECT * FROM orders WHERE paid = 0;"}, "Which families still owe money?", p=0.7)


def wineclub(lg):
    d = D(lg, "wineclub")
    club = pick(["Weinclub Mosel Riesling", "Club des Vins de Bourgogne", "Wijnclub Grand Cru", "Club del Barolo", "Club del Vino Rioja"])
    k = rng.randrange(2)
    if k == 0:
        cols = ["member", "dob", "age_verified", "ship_to", "allocation"]
        rows = []
        for _ in range(rng.randint(2, 4)):
            p = person(lg)
            rows.append([(p.form(pick(["full", "Surname, Given", "SURNAME Given"])), "PERSON"), (dob(lg, 1945, 2004, pick(["iso", "num", "us"])), "DATE_OF_BIRTH"),
                         (pick(["yes", "yes", "pending"]), None), (address(lg), "STREET_ADDRESS"),
                         (pick(["Château Margaux 2015 x1", "Dom Pérignon x2", "6x Grüner Veltliner", "Tignanello 2019 x3"]), None)])
        d.t("Autumn allocation — ").s("NEG_ORG", club).t("\n")
        tsv(d, cols, rows, sep=pick([";", ",", "\t"]))
        finish(d, "read_spreadsheet", {"path": "allocation_autumn.csv"}, "Flag members whose age check is pending.", p=0.7)
    else:
        p = person(lg)
        d.t("Dear ").p(p.form(pick(["full", "G. Surname"]))).t(",\nyour case of ").s("NEG_PRODUCT", pick(["Dom Pérignon 2013", "Veuve Clicquot", "Don Melchor 2020"]))
        d.t(" ships on ").s("NEG_DATE", other_date(lg)).t(" to ").s("STREET_ADDRESS", address(lg)).t(". The courier will check your ID (")
        d.t("date of birth on file: ").s("DATE_OF_BIRTH", dob(lg, 1950, 2003)).t(").\nCellar master ").p(person(lg).full()).t(", ").s("NEG_ORG", club).t("\n")
        if chance(0.6):
            d = mail_doc(lg, "wineclub", club, "noreply@club.example", p, email(p), pick(["Your allocation ships", "Ihre Lieferung", "Votre envoi"]), d)
        finish(d, "gmail_get_message", {"id": tid("1a", 14)}, "When does my wine come?", p=0.5)


def lookalike(lg):
    """The same kinds of text with no one's PII in them: things named after people, famous people
    as a topic, other dates and numbers."""
    d = D(lg, "lookalike")
    k = rng.randrange(7)
    if k == 0:
        d.t("Bridge lesson 4: after 1NT, ").s("NEG_TERM", "Stayman").t(" asks for a major; ").s("NEG_TERM", "Jacoby transfers").t(" show one. ")
        d.t("Slam tries use ").s("NEG_TERM", "Roman Key Card Blackwood").t(". The ").s("NEG_TERM", "Culbertson").t(" system is history. Next club night ").s("NEG_DATE", other_date(lg)).t(" at the ").s("NEG_ORG", "Bridgeclub De Kaart").t(".\n")
    elif k == 1:
        d.t("Itinerary ").s("NEG_SHIP", pick(SHIPS)).t(": ").s("NEG_DATE", other_date(lg)).t(" ").s("NEG_PLACE", pick(["Kiel", "Bergen", "Dubrovnik", "Piraeus"])).t(", excursion meeting point ").s("NEG_ADDR", "deck " + num(4, 15)).t(", cabin category ").s("NEG_CODE", pick(["B2", "IS", "OV3"])).t(". Lecture on board: ").s("NEG_FAMOUS", pick(["Roald Amundsen", "Magellan", "Vasco da Gama"])).t(" and the age of exploration.\n")
        finish(d, "fetch_url", {"url": "https://cruise.example/itinerary"}, "Summarise the itinerary.")
        return
    elif k == 2:
        d.t("Portrait styles we offer: ").s("NEG_FAMOUS", "Rembrandt").t(" lighting, ").s("NEG_FAMOUS", "Vermeer").t(" window light, pop art after ").s("NEG_FAMOUS", "Andy Warhol").t(". Canvas by ").s("NEG_ORG", pick(["Winsor & Newton", "Schmincke", "Talens Rembrandt"])).t(". Pets welcome, e.g. a ").s("NEG_TERM", "King Charles spaniel").t(".\n")
    elif k == 3:
        d.t('{"vehicles": [{"call_sign": "').s("NEG_CODE", "Florian " + num(1, 9) + "/" + num(40, 48) + "-" + num(1, 3)).t('", "type": "').s("NEG_PRODUCT", pick(["HLF 20", "TLF 4000", "DLK 23/12"])).t('", "chassis": "').s("NEG_PRODUCT", pick(["Mercedes-Benz Atego", "MAN TGM", "Rosenbauer AT"])).t('", "station": "').s("NEG_STREET", neg_street(lg)).t('", "last_service": "').s("NEG_DATE", other_date(lg, "iso")).t('"}]}\n')
        finish(d, "http_get", {"url": "https://fleet.example/api/vehicles"}, "Which vehicle needs service first?", p=0.8)
        return
    elif k == 4:
        d.t("Gift ideas under 100 EUR: ").s("NEG_PRODUCT", "KitchenAid Artisan").t(" attachments, ").s("NEG_PRODUCT", "Le Creuset").t(" mugs, a ").s("NEG_PRODUCT", "Stokke Tripp Trapp").t(" cushion, ").s("NEG_WORK", pick(["The Very Hungry Caterpillar", "Pippi Longstocking", "Le Petit Prince"])).t(" gift box. Shop ").s("NEG_ORG", pick(["Hugo Boss", "Villeroy & Boch", "WMF"])).t(" outlet, ").s("NEG_STREET", neg_street(lg)).t(".\n")
    elif k == 5:
        d.t("Referee course ").s("NEG_DATE", other_date(lg)).t(": law 11 offside, the ").s("NEG_TERM", pick(["Bosman ruling", "Webb Ellis Cup", "Hawk-Eye"])).t(", VAR protocol ").s("NEG_CODE", "v" + num(1, 4) + "." + num(0, 9)).t(". Venue: ").s("NEG_ORG", pick(["Johan Cruijff ArenA", "Stadio Diego Armando Maradona", "Estadio Alfredo Di Stéfano"])).t(", gate ").s("NEG_ADDR", num(1, 12)).t(".\n")
    else:
        d.t("Bowling balls in stock: ").s("NEG_PRODUCT", "Storm Phaze II").t(", ").s("NEG_PRODUCT", "Brunswick Rhino").t(", ").s("NEG_PRODUCT", "Hammer Black Widow").t(". League night lanes ").s("NEG_CODE", num(1, 12)).t("-").s("NEG_CODE", num(13, 24)).t(", season starts ").s("NEG_DATE", other_date(lg)).t(". Wine of the month: ").s("NEG_PRODUCT", pick(["Château Margaux 2015", "Dom Pérignon 2013", "Marqués de Riscal Reserva"])).t(".\n")
    finish(d)


CLASSES = [rma, schoolbus, scrap, bizcard, registry, assembly, seasonpass, referee, cla, jeweller, dietitian,
           firebrigade, tandem, portrait, bridge, nameplate, drycleaning, cruise, newspaper, florist, cake,
           probation, dance, bowling, schoolphoto, wineclub, lookalike]
for i in range(27 * len(CLASSES)):
    CLASSES[i % len(CLASSES)](LANGS[(i + i // len(CLASSES)) % len(LANGS)])

json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
sys.stdout.write("\n")
