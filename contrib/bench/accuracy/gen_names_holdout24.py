#!/usr/bin/env python3
"""gen_names_holdout24.py: the twenty-fourth blind held-out set (stop 51): noisy text.

Written blind by an author who read no detector code, note, NAMES.md or SHAPES.md and ran no hush
binary. Every record is a whole request body (chat completions, Responses, Anthropic messages,
Gemini contents; a third with every non-ASCII character as \\uXXXX) in which a user asks a model
to clean up, summarise, translate, file or answer a noisy text in one of 25 domains, in three
families (metadata.family):
  spoken  - speech-to-text: no punctuation, lower or sentence case, fillers, repetitions and
            self-corrections, names spelled letter by letter, phones, house numbers and dates of
            birth in words, diarised speaker turns, languages mixed inside a call;
  typed   - SMS and chat as typed on a phone: lower case, no diacritics, shorthand, typos, emoji,
            names and streets glued ("annakeller", "hauptstr5"), several short messages;
  scanned - OCR and fax: capitals, columns run together, labels misread outside the values,
            line-end hyphens and line breaks splitting a value (each visible piece its own span),
            stray | ¦ ~ between fields, page headers and footers repeated inside the text.
Gold: PERSON, STREET_ADDRESS, DATE_OF_BIRTH, EMAIL_ADDRESS, PHONE_NUMBER at code-point offsets
of the body text; a value spoken in words is gold as the words, a spelled name over its letters.
Look-alikes as NEG_* spans (ids, non-birth dates, places, firms, pets, boats, products, versions,
words that are also names). Deterministic (seeded); Python stdlib only; writes to stdout.
"""
import json
import random
import unicodedata

from gen_bodies import P, dumps, place
from gen_common import check_spans, write_json

rng = random.Random(240051)

LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "hu", "tr",
         "ro", "el"]

# ---- names ------------------------------------------------------------------------------------
COMMON = {
    "en": ("James Emma Oliver Sophie Harry Grace Thomas Chloe Daniel Megan", "Smith Jones Taylor Brown Wilson Evans Walker Hughes Wright Clarke"),
    "de": ("Anna Lukas Hanna Jonas Lea Felix Sabine Jürgen Monika Stefan", "Müller Schmidt Becker Keller Wagner Hoffmann Schäfer Koch Richter Krüger"),
    "fr": ("Camille Léa Hugo Chloé Lucas Manon François Élodie Julien Mathilde", "Martin Bernard Dubois Lefèvre Moreau Laurent Girard Rousseau Fournier Mercier"),
    "nl": ("Sanne Daan Femke Bram Lotte Joris Anouk Thijs Marieke Sem", "de Vries Jansen Bakker Visser Smit Meijer de Boer Mulder Bos Dekker"),
    "es": ("Lucía Javier Marta Sergio Carmen Alejandro Laura Pablo Elena Raúl", "García Fernández López Martínez Sánchez Romero Navarro Domínguez Gil Serrano"),
    "it": ("Giulia Marco Chiara Luca Francesca Matteo Sara Davide Elisa Giorgio", "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco"),
    "pt": ("João Inês Tiago Beatriz Rui Mariana Gonçalo Carolina Duarte Leonor", "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Gonçalves"),
    "pl": ("Katarzyna Piotr Agnieszka Tomasz Magdalena Paweł Joanna Krzysztof Ewa Michał", "Nowak Kowalski Wiśniewska Wójcik Kamiński Lewandowska Zieliński Szymańska Woźniak Dąbrowski"),
    "sv": ("Erik Karin Lars Ingrid Johan Astrid Mikael Elin Anders Sofia", "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Lindqvist"),
    "da": ("Mette Søren Freja Rasmus Line Mads Signe Jesper Camilla Anders", "Nielsen Jensen Hansen Pedersen Andersen Christensen Sørensen Rasmussen Jørgensen Madsen"),
    "no": ("Ole Kari Sindre Ingrid Håkon Sigrid Eirik Ragnhild Torbjørn Silje", "Hansen Johansen Olsen Larsen Andersen Berg Haugen Hagen Bakke Solberg"),
    "fi": ("Mikko Aino Juha Eeva Ville Laura Antti Kaisa Jukka Riikka", "Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen"),
    "cs": ("Jana Petr Lucie Tomáš Tereza Jiří Veronika Martin Zuzana Ondřej", "Novák Svobodová Dvořák Černá Procházka Kučerová Veselý Horák Němcová Marek"),
    "hu": ("Zsófia Bence Eszter Gábor Réka Levente Katalin Ádám Dóra Zoltán", "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas"),
    "tr": ("Ayşe Mehmet Zeynep Emre Elif Burak Fatma Murat Özlem Can", "Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan"),
    "ro": ("Andreea Ionuț Mihaela Bogdan Ioana Cristian Alina Răzvan Elena Sorin", "Popescu Ionescu Dumitrescu Stan Stoica Gheorghe Matei Rusu Munteanu Constantin"),
    "el": ("Giorgos Maria Dimitris Eleni Nikos Katerina Kostas Sofia Yannis Despina", "Papadopoulos Nikolaou Georgiou Papadaki Oikonomou Vlachou Karagiannis Christodoulou Makris Alexiou"),
}
COMMON = {k: (g.split(), s.split() if k != "nl" else
              ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
               "Bos", "Dekker"]) for k, (g, s) in COMMON.items()}
GLOBAL = {
    "wa": ("Chinedu Adaeze Kwame Abena Oluwaseun Fatoumata Yaw Ngozi Moussa Aminata", "Okafor Mensah Adeyemi Diallo Boateng Traoré Nwosu Owusu Keita Okonkwo"),
    "sa": ("Priya Arjun Ananya Rahul Sunita Vikram Lakshmi Imran Deepa Sanjay", "Sharma Patel Iyer Khan Reddy Chatterjee Nair Gupta Siddiqui Menon"),
    "ea": ("Wei Mei Hiroshi Yuki Minjun Jiwoo Xiaoling Kenji Haruka Seoyeon", "Wang Chen Tanaka Sato Kim Park Liu Nakamura Lee Zhang"),
    "ar": ("Youssef Fatima Omar Layla Karim Nour Hassan Amira Tariq Salma", "El Amrani Haddad Mansour Saleh Khalil Nasser Bakr Hamdan Aziz Farouk"),
    "sl": ("Dmitri Olena Bogdan Milica Aleksandr Ivana Nikola Svetlana Goran Tatiana", "Petrenko Jovanović Ivanova Kovalenko Horvat Popović Sokolov Marković Shevchenko Babić"),
}
GLOBAL = {k: (g.split(), [x for x in s.split()] if k != "ar" else
              ["El Amrani", "Haddad", "Mansour", "Saleh", "Khalil", "Nasser", "Bakr", "Hamdan",
               "Aziz", "Farouk"]) for k, (g, s) in GLOBAL.items()}

SYL = {
    "en": ("bran kel mor wes thal dun cot lin ash rid", "ridge worth combe ley"),
    "de": ("bre wal kem tro gun hel dor sau fen lim", "brecht mayr hauser ling"),
    "fr": ("bel rou mar vau gil san cor teu lan pré", "ard eau ignac oux"),
    "nl": ("bru ker wel dor sme hui ven gel lon ter", "stra kamp huis dijk"),
    "es": ("var zal mon ter que lo ri bal cu ne", "ueza illo ares ueda"),
    "it": ("ber tol sca nar fio gen ruz pal mor ci", "ucci azzo elli ardi"),
    "pt": ("qua bel tor fon vi lem mou ga ri sel", "elho inho eiro ança"),
    "pl": ("gro szy mia bor wie kos pra zdu lek ry", "owski niak ewicz ecka"),
    "sv": ("hel mor sten tuv al frö ber gus tor vik", "blom gren dahl lund"),
    "da": ("tor kje sval bø hal mer lun fri ros ged", "gaard holt skov bæk"),
    "no": ("brå hel tor vi fos sæ lund grim ke ra", "stad heim rud vold"),
    "fi": ("kor pi tu la ha vai ru mä sel no", "nen la koski mäki"),
    "cs": ("bro ště vla kol mu ře ha dob sil pra", "ánek ička ský ová"),
    "hu": ("bar gye ko szé lo mó ven du rá te", "falvi hegyi völgyi kuti"),
    "tr": ("ka ya dur gök ser tan bil er öz av", "oğlu gil soy taş"),
    "ro": ("bu ver co ra sil dru me tes ga lu", "escu eanu aru ache"),
    "el": ("pa ni ko sta ra to mi lef ka ger", "akis opoulos idis ou"),
    "wa": ("ade chu kwa obi ola ba fo ye ngo sa", "nwa emi ola eke"),
    "sa": ("ra vin sha dev an ku mi ja pra ne", "wal ran esh athi"),
    "ea": ("jun hao mei ri ta ka so min yu shi", "ng moto ra kawa"),
    "ar": ("ha mi za ra ka di sa fa na ba", "awi ani iri oudi"),
    "sl": ("vla mir bo dra sve to ra ko lju ze", "enko ović ova insky"),
}
SYL = {k: (a.split(), b.split()) for k, (a, b) in SYL.items()}


def invent(origin, surname):
    syl, ends = SYL[origin]
    w = "".join(rng.choice(syl) for _ in range(rng.choice((2, 2, 3))))
    if surname:
        w = rng.choice(syl) + rng.choice(ends) if rng.random() < 0.5 else w + rng.choice(ends)
    return w[0].upper() + w[1:]


def person(lg):
    """(given, surname, origin, invented): a fifth of global origin, half invented."""
    origin = rng.choice(list(GLOBAL)) if rng.random() < 0.2 else lg
    if rng.random() < 0.5:
        return invent(origin, False), invent(origin, True), origin, True
    g, s = GLOBAL[origin] if origin in GLOBAL else COMMON[origin]
    return rng.choice(g), rng.choice(s), origin, False


def plain(s):
    """s without diacritics (as typed on a phone keyboard set to another language)."""
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("å", "a").replace(
        "ı", "i").replace("ł", "l").replace("Ø", "O").replace("Æ", "AE").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---- streets ------------------------------------------------------------------------------------
STEMS = {
    "en": "Mill Church Station Orchard Victoria Albert Kingsley Hawthorn Meadow Chapel",
    "de": "Haupt Linden Goethe Schiller Bahnhof Kirch Berg Garten Mozart Wiesen",
    "fr": "Victor Hugo|Jean Jaurès|des Lilas|Pasteur|de la Gare|Gambetta|du Moulin|Voltaire",
    "nl": "Kerk Molen Dorps Lange Wilhelmina Beatrix Juliana Stations Prins Hendrik School",
    "es": "Mayor|del Sol|Cervantes|San Juan|de la Paz|Goya|Real|Alcalá",
    "it": "Roma|Garibaldi|Dante|Mazzini|Verdi|del Corso|Cavour|dei Mille",
    "pt": "Augusta|da Liberdade|do Carmo|Camões|das Flores|Direita|da Prata|Garrett",
    "pl": "Mickiewicza|Kościuszki|Słowackiego|Lipowa|Polna|Kwiatowa|Chopina|Ogrodowa",
    "sv": "Storgatan|Kungsgatan|Drottninggatan|Skolgatan|Kyrkogatan|Linnégatan|Vasagatan|Parkgatan",
    "da": "Nørregade|Vestergade|Østergade|Skolevej|Kirkevej|Strandvejen|Møllevej|Søndergade",
    "no": "Storgata|Kirkeveien|Skolegata|Strandveien|Parkveien|Bjerkeveien|Sjøgata|Dronningens gate",
    "fi": "Mannerheimintie|Koulukatu|Kirkkokatu|Rantatie|Puistokatu|Asemakatu|Koivukuja|Torikatu",
    "cs": "Masarykova|Husova|Nádražní|Palackého|Komenského|Školní|Lidická|Zahradní",
    "hu": "Petőfi utca|Kossuth Lajos utca|Ady Endre utca|Fő utca|Rákóczi út|Béke utca|Arany János utca|Dózsa György út",
    "tr": "Atatürk Caddesi|Gül Sokak|Cumhuriyet Caddesi|Lale Sokak|İnönü Caddesi|Bahçe Sokak|Çiçek Sokak|Okul Sokak",
    "ro": "Strada Florilor|Strada Mihai Eminescu|Bulevardul Unirii|Strada Libertății|Strada Morii|Calea Victoriei|Strada Teilor|Strada Păcii",
    "el": "Odos Ermou|Odos Athinas|Leoforos Kifisias|Odos Patision|Odos Solonos|Odos Aiolou|Odos Akadimias|Odos Stadiou",
}
STEMS = {k: (v.split("|") if "|" in v else v.split()) for k, v in STEMS.items()}
EN_TYPES = ["Road", "Lane", "Street", "Close", "Avenue", "Gardens"]


def street_parts(lg):
    """(name part, number) of a street in lg; the written street is fmt_street of them."""
    return rng.choice(STEMS[lg]), rng.randint(1, 98)


def fmt_street(lg, stem, num, numtxt=None):
    n = numtxt if numtxt is not None else str(num)
    if lg == "en":
        return "%s %s %s" % (n, stem, EN_TYPES[sum(map(ord, stem)) % len(EN_TYPES)])
    if lg == "de":
        return "%sstraße %s" % (stem, n)
    if lg == "nl":
        return "%sstraat %s" % (stem, n)
    if lg == "fr":
        return "%s rue %s" % (n, stem)
    if lg == "es":
        return "calle %s %s" % (stem, n)
    if lg == "it":
        return "via %s %s" % (stem, n)
    if lg == "pt":
        return "rua %s %s" % (stem, n)
    if lg == "pl":
        return "ul. %s %s" % (stem, n)
    if lg == "tr":
        return "%s No %s" % (stem, n)
    if lg == "ro":
        return "%s nr %s" % (stem, n)
    return "%s %s" % (stem, n)


# ---- numbers in words ---------------------------------------------------------------------------
EN_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
           "fifteen sixteen seventeen eighteen nineteen").split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
EN_ORD = ("_ first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
          "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
DE_ONES = ("null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn "
           "fünfzehn sechzehn siebzehn achtzehn neunzehn").split()
DE_TENS = "_ _ zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig".split()
FR_ONES = ("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
           "quinze seize dix-sept dix-huit dix-neuf").split()
FR_TENS = "_ _ vingt trente quarante cinquante soixante".split()
ES_ONES = ("cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce "
           "quince dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés "
           "veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve").split()
ES_TENS = "_ _ _ treinta cuarenta cincuenta sesenta setenta ochenta noventa".split()
DIGITS = {
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
    "el": "miden ena dyo tria tessera pente exi epta okto ennea",
}
DIGITS = {k: v.split() for k, v in DIGITS.items()}


def en_num(n):
    if n < 20:
        return EN_ONES[n]
    return EN_TENS[n // 10] + ("" if n % 10 == 0 else " " + EN_ONES[n % 10])


def de_num(n):
    if n < 20:
        return DE_ONES[n]
    o = n % 10
    return ("" if o == 0 else ("ein" if o == 1 else DE_ONES[o]) + "und") + DE_TENS[n // 10]


def fr_num(n):
    if n < 20:
        return FR_ONES[n]
    if n < 70:
        t, o = divmod(n, 10)
        return FR_TENS[t] + ("" if o == 0 else " et un" if o == 1 else "-" + FR_ONES[o])
    if n < 80:
        return "soixante" + (" et onze" if n == 71 else "-" + FR_ONES[n - 60])
    if n == 80:
        return "quatre-vingts"
    return "quatre-vingt-" + FR_ONES[n - 80]


def es_num(n):
    if n < 30:
        return ES_ONES[n]
    t, o = divmod(n, 10)
    return ES_TENS[t] + ("" if o == 0 else " y " + ES_ONES[o])


NUM = {"en": en_num, "de": de_num, "fr": fr_num, "es": es_num}


def year_words(lg, y):
    c, r = divmod(y, 100)
    if lg == "en":
        if c == 20:
            return "two thousand" + ("" if r == 0 else " and " + en_num(r)) if r < 10 else "twenty " + en_num(r)
        return en_num(c) + " " + ("hundred" if r == 0 else "oh " + en_num(r) if r < 10 else en_num(r))
    if lg == "de":
        if c == 20:
            return "zweitausend" + ("" if r == 0 else de_num(r))
        return "neunzehnhundert" + ("" if r == 0 else de_num(r))
    if lg == "fr":
        if c == 20:
            return "deux mille" + ("" if r == 0 else " " + fr_num(r))
        return "mille neuf cent" + ("" if r == 0 else " " + fr_num(r))
    if c == 20:
        return "dos mil" + ("" if r == 0 else " " + es_num(r))
    return "mil novecientos" + ("" if r == 0 else " " + es_num(r))


MONTHS = {
    "en": "january february march april may june july august september october november december",
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
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
    "tr": "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "el": "ianouariou fevrouariou martiou apriliou maiou iouniou iouliou avgoustou septemvriou oktovriou noemvriou dekemvriou",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}


def ymd():
    return rng.randint(1938, 2012), rng.randint(1, 12), rng.randint(1, 28)


def dob_spoken(lg, y, m, d):
    """A birth date as a recogniser writes it: in words where it spells numbers out."""
    mo = MONTHS[lg][m - 1]
    if lg == "en":
        day = EN_ORD[d] if d <= 20 else EN_TENS[d // 10] + ("" if d % 10 == 0 else " " + EN_ORD[d % 10])
        if rng.random() < 0.5:
            return "the %s of %s %s" % (day, mo, year_words(lg, y))
        return "%s %s %s" % (mo, day, year_words(lg, y))
    if lg == "de":
        o = de_num(d)
        o = {"eins": "ersten", "drei": "dritten", "sieben": "siebten", "acht": "achten"}.get(
            o, o + ("sten" if d >= 20 else "ten"))
        return "%s %s %s" % (o, mo, year_words(lg, y))
    if lg == "fr":
        return "%s %s %s" % ("premier" if d == 1 else fr_num(d), mo, year_words(lg, y))
    if lg == "es":
        return "%s de %s de %s" % ("primero" if d == 1 else es_num(d), mo, year_words(lg, y))
    if lg == "hu":
        return "%d %s %d" % (y, mo, d)
    return "%d %s %d" % (d, mo, y)


def phone_digits(lg):
    """The digits of a national number of lg (one block per group, as people read them)."""
    f = {"en": "07### ######", "de": "01## ########", "fr": "06 ## ## ## ##", "nl": "06 ########",
         "es": "6## ### ###", "it": "3## ### ####", "pt": "9## ### ###", "pl": "5## ### ###",
         "sv": "07# ### ## ##", "da": "## ## ## ##", "no": "4## ## ###", "fi": "04# ### ####",
         "cs": "6## ### ###", "hu": "06 30 ### ####", "tr": "05## ### ## ##",
         "ro": "07## ### ###", "el": "69# ### ####"}[lg]
    return "".join(rng.choice("0123456789") if c == "#" else c for c in f)


def phone_spoken(lg, num):
    words = DIGITS[lg]
    out, ds = [], [c for c in num if c.isdigit()]
    i = 0
    while i < len(ds):
        d = ds[i]
        if lg == "en" and i + 1 < len(ds) and ds[i + 1] == d and rng.random() < 0.7:
            out.append("double " + ("oh" if d == "0" else words[int(d)]))
            i += 2
            continue
        out.append("oh" if lg == "en" and d == "0" and rng.random() < 0.6 else words[int(d)])
        i += 1
    return " ".join(out)


def email_of(g, s, lg):
    host = rng.choice(["gmail.com", "outlook.com", "yahoo.com", "gmx.de", "orange.fr", "libero.it",
                       "wp.pl", "seznam.cz", "telia.com", "hotmail.com", "mail.ru", "web.de"])
    loc = plain(g).lower() + rng.choice([".", "_", ""]) + plain(s).lower().replace(" ", "")
    if rng.random() < 0.3:
        loc += str(rng.randint(1, 99))
    return loc + "@" + host


# ---- cue words ----------------------------------------------------------------------------------
CUE = {  # name is, born, live at, number, filler, thanks, yes, no(correction)
    "en": ("my name is", "date of birth", "i live at", "my number is", "um uh erm", "thanks", "yeah", "no sorry"),
    "de": ("mein name ist", "geboren am", "ich wohne in der", "meine nummer ist", "äh ähm also", "danke", "ja", "nein"),
    "fr": ("je m'appelle", "né le", "j'habite au", "mon numéro c'est", "euh ben hein", "merci", "oui", "non pardon"),
    "nl": ("mijn naam is", "geboren op", "ik woon op de", "mijn nummer is", "eh uhm nou", "dank je", "ja", "nee sorry"),
    "es": ("me llamo", "nací el", "vivo en la", "mi número es", "eh este pues", "gracias", "sí", "no perdón"),
    "it": ("mi chiamo", "nata il", "abito in", "il mio numero è", "ehm cioè allora", "grazie", "sì", "no scusi"),
    "pt": ("o meu nome é", "nasci a", "moro na", "o meu número é", "hã pronto tipo", "obrigado", "sim", "não desculpe"),
    "pl": ("nazywam się", "urodzona", "mieszkam na", "mój numer to", "yyy no eee", "dziękuję", "tak", "nie przepraszam"),
    "sv": ("jag heter", "född den", "jag bor på", "mitt nummer är", "eh öh alltså", "tack", "ja", "nej förlåt"),
    "da": ("jeg hedder", "født den", "jeg bor på", "mit nummer er", "øh altså øhm", "tak", "ja", "nej undskyld"),
    "no": ("jeg heter", "født", "jeg bor i", "nummeret mitt er", "eh altså ehm", "takk", "ja", "nei unnskyld"),
    "fi": ("mun nimi on", "syntynyt", "asun osoitteessa", "mun numero on", "öö niinku tota", "kiitos", "joo", "ei anteeksi"),
    "cs": ("jmenuju se", "narozená", "bydlím v ulici", "moje číslo je", "eee no jako", "děkuju", "ano", "ne pardon"),
    "hu": ("a nevem", "született", "lakcímem", "a számom", "öö hát izé", "köszönöm", "igen", "nem bocsánat"),
    "tr": ("adım", "doğum tarihim", "adresim", "numaram", "ıı şey yani", "teşekkürler", "evet", "yok pardon"),
    "ro": ("mă numesc", "născută pe", "stau pe", "numărul meu e", "ăă păi deci", "mulțumesc", "da", "nu scuze"),
    "el": ("me lene", "gennithika", "meno stin", "to tilefono mou einai", "ee diladi loipon", "efcharisto", "nai", "ochi signomi"),
}

# ---- domains ------------------------------------------------------------------------------------
# name: (family, agent line, ask, look-alike makers)
DOMAINS = {
    "pharmacy refill line": ("spoken", "pharmacy repeat prescription line please leave the name date of birth and the medicines", "Clean up this refill-line transcript and list what the caller wants:"),
    "roadside assistance": ("spoken", "roadside assistance you're through to the breakdown desk are you somewhere safe", "Turn this breakdown call log into a job card:"),
    "minicab dispatch radio": ("spoken", "base to car fourteen pickup", "Summarise these dispatch radio transcripts as a list of bookings:"),
    "school absence hotline": ("spoken", "you've reached the absence line please give the child's name class and reason", "Write up these absence-hotline messages for the school office:"),
    "courier delivery exception": ("spoken", "voicemail from driver about a failed delivery", "Transcribe this courier voicemail properly and tell me what to do:"),
    "hospital switchboard": ("spoken", "switchboard message for the ward", "Clean up this switchboard message and route it:"),
    "house-clearance valuation memo": ("spoken", "voice memo valuation visit", "Turn my voice memo from the valuation into notes:"),
    "stray-dog warden hotline": ("spoken", "animal warden line caller reports a dog", "Summarise this animal-warden call:"),
    "windscreen repair booking": ("spoken", "windscreen booking line how can i help", "Fill the booking form from this call transcript:"),
    "district nurse dictation": ("spoken", "dictation home visit note", "Tidy up this dictated home-visit note:"),
    "boiler call-out texts": ("typed", "", "Can you make sense of these texts from a boiler customer and draft a reply:"),
    "landlord-tenant whatsapp": ("typed", "", "Summarise this WhatsApp thread between landlord and tenant:"),
    "youth football parents chat": ("typed", "", "Make a list of who is driving and who's coming from this parents' group chat:"),
    "school-run lift share": ("typed", "", "Who takes which kids when? Summarise this lift-share chat:"),
    "wedding photographer DMs": ("typed", "", "Draft a booking confirmation from these Instagram DMs:"),
    "skip-hire orders by SMS": ("typed", "", "Turn these SMS into a skip-hire order:"),
    "residents parking permit chat": ("typed", "", "File this parking-permit renewal chat:"),
    "faxed equipment delivery order": ("scanned", "", "This fax came through badly, please extract the delivery order:"),
    "scanned bus-pass application": ("scanned", "", "OCR output of a concessionary bus-pass application, clean it into fields:"),
    "microfilmed sick-club ledger": ("scanned", "", "Transcribe this microfilmed friendly-society ledger page:"),
    "scanned raffle stubs": ("scanned", "", "These are OCR'd raffle ticket stubs, list the winners' contact details:"),
    "faxed care-home medication chart": ("scanned", "", "Read this faxed medication chart and list the residents:"),
    "builders merchant trade account": ("scanned", "", "Extract the applicant from this scanned trade-account form:"),
    "ferry check-in desk notes": ("scanned", "", "OCR of the handwritten ferry check-in sheet, make a passenger list:"),
    "scanned pharmacy-to-surgery fax": ("scanned", "", "Faxed request from the pharmacy, what do they need:"),
}
# What the caller, texter or form is about (no values in it), per domain.
DETAIL = {
    "pharmacy refill line": ["its my blood pressure tablets and the inhaler", "the repeat for my metformin please"],
    "roadside assistance": ["the car just died on the slip road", "flat tyre and no spare on the hard shoulder"],
    "minicab dispatch radio": ["pickup two passengers going to the airport", "account job waiting outside with cases"],
    "school absence hotline": ["she's got a temperature she won't be in today", "he's been sick in the night sorry"],
    "courier delivery exception": ["tried to deliver nobody in card left", "parcel too big for the locker"],
    "hospital switchboard": ["trying to reach my dad he's on the ward since tuesday", "message for the nurse in charge"],
    "house-clearance valuation memo": ["three bedroom semi mostly sixties furniture", "loft full of boxes some silver"],
    "stray-dog warden hotline": ["a brown dog running loose by the school", "found a little terrier no collar"],
    "windscreen repair booking": ["crack from a stone on the passenger side", "chip in the windscreen about the size of a coin"],
    "district nurse dictation": ["dressing changed wound healing well", "patient reports less pain than last week"],
    "boiler call-out texts": ["boiler showing f28 again no hot water", "radiators cold upstairs"],
    "landlord-tenant whatsapp": ["the washing machine is leaking again", "rent will be in on friday"],
    "youth football parents chat": ["training moved to 6 tmrw", "who can drive to the away game sat"],
    "school-run lift share": ["can u take the kids mon and wed", "running late 10 min"],
    "wedding photographer DMs": ["loved ur portfolio are u free in june", "we want the church and the reception"],
    "skip-hire orders by SMS": ["need a 6 yard skip on the drive", "can u swap the full one"],
    "residents parking permit chat": ["my permit runs out end of month", "new car reg needs updating"],
    "faxed equipment delivery order": ["HOSPITAL BED + PRESSURE MATTRESS", "WHEELCHAIR DELIVERY URGENT"],
    "scanned bus-pass application": ["CONCESSIONARY TRAVEL PASS - AGE", "DISABLED PERSONS PASS RENEWAL"],
    "microfilmed sick-club ledger": ["CONTRIB. PAID WEEKLY 6D", "SICK PAY 12 WEEKS"],
    "scanned raffle stubs": ["TICKET NO", "1ST PRIZE HAMPER"],
    "faxed care-home medication chart": ["MAR CHART WEEK 2", "PRN AS REQUIRED"],
    "builders merchant trade account": ["TRADE ACCOUNT APPLICATION", "CREDIT LIMIT REQUESTED"],
    "ferry check-in desk notes": ["FOOT PASSENGERS", "VEHICLE + 2 ADULTS"],
    "scanned pharmacy-to-surgery fax": ["REPEAT REQUEST - PLEASE AUTHORISE", "MEDICATION QUERY"],
}
BY_FAMILY = {f: [d for d, v in DOMAINS.items() if v[0] == f] for f in ("spoken", "typed", "scanned")}

ASK_LOCAL = {
    "de": "Bitte bereinige diesen Text und fasse ihn zusammen:",
    "fr": "Peux-tu nettoyer et résumer ce texte :",
    "es": "Limpia y resume este texto, por favor:",
    "it": "Puoi ripulire e riassumere questo testo?",
    "nl": "Kun je deze tekst opschonen en samenvatten:",
    "pt": "Podes limpar e resumir este texto:",
    "pl": "Uporządkuj i streść ten tekst:",
    "sv": "Kan du städa upp och sammanfatta texten:",
    "tr": "Bu metni düzeltip özetler misin:",
}

# Look-alikes: (label, value) makers, per kind.
PETS = ["Bella", "Max", "Oscar", "Rosie", "Charlie", "Luna", "Bruno", "Nala", "Milo", "Frida"]
BOATS = ["MV Saint Olav", "Princess Anne", "Stena Hollandica", "Peter Wessel", "Norbotten Star",
         "Queen Mary", "Pont-Aven", "Kong Harald"]
FIRMS = ["Becker & Sohn", "Wilson Brothers Heating", "Dupont Frères", "Jansen Installatie",
         "García Hermanos", "Fratelli Rossi", "Nowak Serwis", "Hansen VVS", "Smith & Nephew",
         "Jonas Autoglas", "Marks and Spencer", "Johnson Matthey"]
PLACES = ["St Mary's ward", "Marie Curie unit", "King Edward hospital", "Florence Nightingale ward",
          "St Anne's school", "Victoria station", "Johannes Kepler Gymnasium", "Sint Jan",
          "Gare Saint-Lazare", "San Raffaele", "Karolinska"]
PRODUCTS = ["Ventolin Evohaler", "Amlodipine 5mg", "Vaillant ecoTEC", "Worcester Bosch Greenstar",
            "Peugeot Partner", "Ford Transit", "Invacare Aviva", "Rollz Motion", "Nikon Z6", "Canon R6"]
WORDS = ["will", "mark", "rose", "may", "bill", "art", "grace", "hope", "faith", "drew", "sue", "pat"]


def neg_id():
    return rng.choice(["ref ", "order ", "case ", "job ", "meter ", "serial ", "booking "]), \
        "".join(rng.choice("0123456789") for _ in range(rng.choice((8, 9, 10, 11))))


def neg_date_words():
    d = rng.randint(1, 28)
    m = rng.randint(1, 12)
    return rng.choice(["%d.%02d.%d" % (d, m, rng.choice((2024, 2025, 2026))),
                       "%02d/%02d" % (d, m), "%s %d" % (MONTHS["en"][m - 1], d),
                       "%d/%d/%d" % (d, m, rng.choice((24, 25, 26)))])


def version():
    return "%d.%d.%d" % (rng.randint(1, 17), rng.randint(0, 20), rng.randint(0, 99))


NEG_KINDS = {
    "pharmacy refill line": ["product", "id", "date"], "roadside assistance": ["product", "id", "place"],
    "minicab dispatch radio": ["place", "id", "word"], "school absence hotline": ["place", "date", "word"],
    "courier delivery exception": ["id", "date", "org"], "hospital switchboard": ["place", "id", "date"],
    "house-clearance valuation memo": ["product", "word", "org"], "stray-dog warden hotline": ["pet", "id", "place"],
    "windscreen repair booking": ["product", "id", "date"], "district nurse dictation": ["product", "date", "place"],
    "boiler call-out texts": ["product", "id", "word", "org"], "landlord-tenant whatsapp": ["word", "date", "id"],
    "youth football parents chat": ["place", "word", "date"], "school-run lift share": ["place", "word", "pet"],
    "wedding photographer DMs": ["product", "date", "place", "version"], "skip-hire orders by SMS": ["id", "date", "org"],
    "residents parking permit chat": ["id", "product", "version"], "faxed equipment delivery order": ["product", "id", "date"],
    "scanned bus-pass application": ["id", "date", "place"], "microfilmed sick-club ledger": ["org", "id", "date"],
    "scanned raffle stubs": ["id", "product", "org"], "faxed care-home medication chart": ["product", "date", "place"],
    "builders merchant trade account": ["org", "id", "date"], "ferry check-in desk notes": ["boat", "id", "pet", "date"],
    "scanned pharmacy-to-surgery fax": ["product", "id", "date"],
}


def neg(kind):
    """(text before, label, value, text after) of one look-alike."""
    if kind == "product":
        return rng.choice(["the ", "a ", "one "]), "NEG_PRODUCT", rng.choice(PRODUCTS), ""
    if kind == "id":
        lead, v = neg_id()
        return lead, "NEG_ID", v, ""
    if kind == "date":
        return rng.choice(["due ", "appt ", "expires ", "delivery ", "next visit ", "by "]), "NEG_DATE", neg_date_words(), ""
    if kind == "place":
        return rng.choice(["at ", "near ", "from ", "to "]), "NEG_PLACE", rng.choice(PLACES), ""
    if kind == "org":
        return rng.choice(["via ", "from ", "with "]), "NEG_ORG", rng.choice(FIRMS), ""
    if kind == "pet":
        return rng.choice(["the dog ", "our dog ", "dog called "]), "NEG_PET", rng.choice(PETS), ""
    if kind == "boat":
        return rng.choice(["sailing ", "vessel ", "on the "]), "NEG_BOAT", rng.choice(BOATS), ""
    if kind == "version":
        return rng.choice(["app v", "version ", "ios "]), "NEG_VERSION", version(), ""
    w = rng.choice(WORDS)
    pre, post = {"will": ("i ", " do that"), "mark": ("pls ", " it as urgent"), "rose": ("the price ", " again"),
                 "may": ("we ", " be late"), "bill": ("send me the ", " pls"), "art": ("after ", " class"),
                 "grace": ("a days ", " period"), "hope": ("i ", " so"), "faith": ("good ", " effort"),
                 "drew": ("he ", " a map"), "sue": ("dont ", " them lol"), "pat": ("give him a ", " on the back")}[w]
    return pre, "NEG_WORD", w, post


def add_neg(p, kind, upper=False, lower=False):
    pre, lab, v, post = neg(kind)
    f = (lambda x: x.upper()) if upper else (lambda x: x.lower()) if lower else (lambda x: x)
    p.t(f(pre)).s(lab, f(v)).t(f(post))


# ---- spoken -------------------------------------------------------------------------------------
def spoken(lg, dom):
    p = P()
    g, s, origin, inv = person(lg)
    truecase = rng.random() < 0.35
    cs = (lambda x: x) if truecase else (lambda x: x.lower())
    stamp = rng.choice(["clock", "speaker", "role", "none"])
    t0 = [rng.randint(0, 40)]

    def turn(who):
        t0[0] += rng.randint(3, 25)
        if stamp == "clock":
            return "[00:%02d:%02d] %s: " % (t0[0] // 60, t0[0] % 60, who)
        if stamp == "speaker":
            return "speaker %d: " % (1 if who == "agent" else 2)
        if stamp == "role":
            return who.upper() + " "
        return ""
    nl = "\n" if stamp != "none" else " "
    fillers = CUE[lg][4].split()
    fl = lambda: rng.choice(fillers) + " "
    agent = DOMAINS[dom][1]
    p.t(turn("agent") + (agent if not truecase else agent[0].upper() + agent[1:]) + nl)
    p.t(turn("caller") + fl())
    rep = CUE[lg][0].split()[0]
    if rng.random() < 0.3:
        p.t(rep + " ")
    p.t(CUE[lg][0] + " ")
    if rng.random() < 0.3:  # self-correction
        g0, _, _, _ = person(origin if origin in COMMON else lg)
        p.s("PERSON", cs(g0)).t(" " + CUE[lg][7] + " ")
    if rng.random() < 0.35 and lg != "hu":
        p.s("PERSON", cs(g)).t(" " + fl()).s("PERSON", cs(s))
    elif lg == "hu" and origin == "hu":
        p.s("PERSON", cs(s + " " + g))
    else:
        p.s("PERSON", cs(g + " " + s))
    if rng.random() < 0.45:
        letters = [c for c in plain(s).lower() if c.isalpha()]
        sep = rng.choice([" ", " ", "-", " . "])
        if lg == "en" and rng.random() < 0.3:
            nato = dict(zip("abcdefghijklmnopqrstuvwxyz", "alpha bravo charlie delta echo foxtrot golf hotel "
                            "india juliet kilo lima mike november oscar papa quebec romeo sierra tango "
                            "uniform victor whiskey xray yankee zulu".split()))
            letters = [c + " for " + nato[c] if k == 0 or rng.random() < 0.5 else c
                       for k, c in enumerate(letters)]
        lead = {"en": " that's ", "de": " das schreibt sich ", "fr": " ça s'écrit ", "es": " se escribe ",
                "it": " si scrive ", "nl": " dat is "}.get(lg, " ")
        p.t(lead).s("PERSON", sep.join(letters))
    p.t(" " + fl() + rng.choice(DETAIL[dom]))
    p.t(nl if rng.random() < 0.5 else " ")
    kinds = NEG_KINDS[dom]
    if rng.random() < 0.7:
        p.t(turn("agent") + ("and your date of birth" if rng.random() < 0.6 else "date of birth please") + nl)
        y, m, d = ymd()
        p.t(turn("caller") + fl() + (CUE[lg][1] + " " if rng.random() < 0.5 else ""))
        if lg == "en" and rng.random() < 0.25:
            v = " ".join(("oh" if c == "0" else EN_ONES[int(c)]) for c in "%02d%02d%02d" % (d, m, y % 100))
        else:
            v = dob_spoken(lg, y, m, d)
        p.s("DATE_OF_BIRTH", v).t(nl)
    if rng.random() < 0.3:
        p.t(turn("agent"))
        add_neg(p, kinds[0], lower=not truecase)
        p.t(nl)
    if rng.random() < 0.65:
        stem, num = street_parts(lg)
        words = NUM[lg](num) if lg in NUM and rng.random() < 0.7 else None
        p.t(turn("caller") + fl() + CUE[lg][2] + " ")
        p.s("STREET_ADDRESS", cs(fmt_street(lg, stem, num, words)))
        if rng.random() < 0.25:
            p.t(" " + CUE[lg][7] + " ")
            p.s("STREET_ADDRESS", cs(fmt_street(lg, stem, num + 1, NUM[lg](num + 1) if words else None)))
        p.t(nl)
    if rng.random() < 0.6:
        num = phone_digits(lg)
        p.t(turn("caller") + CUE[lg][3] + " " + fl())
        p.s("PHONE_NUMBER", phone_spoken(lg, num) if rng.random() < 0.7 else num).t(nl)
    said = {"en": ("email is ", "dot", "at"), "de": ("e-mail ist ", "punkt", "at"),
            "fr": ("mon mail c'est ", "point", "arobase"), "es": ("mi correo es ", "punto", "arroba"),
            "it": ("la mail è ", "punto", "chiocciola"), "nl": ("mijn mail is ", "punt", "apenstaartje"),
            "pt": ("o email é ", "ponto", "arroba")}
    if lg in said and rng.random() < 0.3:
        lead, dot, at = said[lg]
        host = rng.choice(["gmail", "hotmail", "outlook", "yahoo"])
        p.t(turn("caller") + lead).s("EMAIL_ADDRESS", "%s %s %s %s %s %s com" % (
            plain(g).lower(), dot, plain(s).lower().replace(" ", ""), at, host, dot)).t(nl)
    for k in kinds[1:]:
        if rng.random() < 0.6:
            p.t(turn("agent") + fl())
            add_neg(p, k, lower=not truecase)
            p.t(nl)
    if rng.random() < 0.3:  # a second person (relative, child, neighbour)
        g2, s2, _, _ = person(lg)
        p.t(turn("caller") + rng.choice(["it's for my mum ", "für meine tochter ", "c'est pour ", "for ", "and also "]))
        p.s("PERSON", cs(g2 + " " + s2) if rng.random() < 0.6 else cs(g2)).t(nl)
    p.t(turn("agent") + CUE[lg][5] + " bye")
    return p


# ---- typed --------------------------------------------------------------------------------------
ABBR = {"straße": "str", "straat": "str", " Road": " rd", " Lane": " ln", " Street": " st", " Close": " cl",
        " Avenue": " ave", "gatan": "g", "vej": "v", "veien": "vn", "katu": "k", " utca": " u",
        " Sokak": " sk", " Caddesi": " cd", "Strada ": "str ", "Odos ": "od ", "rue ": "r ", "calle ": "c/ "}
EMOJI = ["🙏", "👍", "😅", "🙂", "😂", "🏠", "⚽", "🚗", "📦", "❤️", "😬", "🔥"]
SHORT = {"please": ["pls", "plz", "pleeease"], "thanks": ["thx", "thnx", "ta", "thanksss"],
         "tomorrow": ["tmrw", "tmw", "2moro"], "address": ["addr", "adress", "addy"],
         "birthday": ["bday", "b-day", "dob"], "phone": ["ph", "mob", "nr", "no."]}


def typed_name(g, s):
    """A name as typed: lower case, no diacritics, a quarter glued into one word."""
    g, s = plain(g).lower(), plain(s).lower()
    if rng.random() < 0.25:
        return g + s.replace(" ", "")
    return g + " " + s


def typed_street(lg):
    stem, num = street_parts(lg)
    v = fmt_street(lg, stem, num)
    for a, b in ABBR.items():
        v = v.replace(a, b)
    v = plain(v).lower()
    if rng.random() < 0.35:
        v = v.replace(" ", "")
    return v


def typed_dob():
    y, m, d = ymd()
    return rng.choice(["%d/%d/%02d" % (d, m, y % 100), "%02d.%02d.%d" % (d, m, y), "%d.%d.%d" % (d, m, y),
                       "%d %s %d" % (d, MONTHS["en"][m - 1][:3], y), "%s%d %s %d" % ("", d, plain(MONTHS["de"][m - 1]), y),
                       "%02d%02d%d" % (d, m, y), "%d-%d-%d" % (y, m, d),
                       "%s %s" % (["1st", "2nd", "3rd"][d - 1] if d <= 3 else "%dth" % d, MONTHS["en"][m - 1])])


def typed(lg, dom):
    p = P()
    g, s, origin, inv = person(lg)
    style = rng.choice(["wa", "sms", "bare", "pasted"])
    who = [plain(g).lower(), rng.choice(["me", "landlord", "coach", "steve", "mum", "dad", "office"])]
    clock = [rng.randint(7, 20), rng.randint(0, 59)]

    def msg(k):
        clock[1] += rng.randint(1, 9)
        if clock[1] > 59:
            clock[0], clock[1] = clock[0] + 1, clock[1] - 60
        if style == "wa":
            return "[%02d:%02d, %d/%d] %s: " % (clock[0], clock[1], rng.randint(1, 28), rng.randint(1, 12), who[k])
        if style == "sms":
            return "%s %02d:%02d\n" % ("<<" if k else ">>", clock[0], clock[1])
        return "- " if style == "bare" else ""
    e = lambda: " " + rng.choice(EMOJI) + " " if rng.random() < 0.4 else " "
    sh = lambda w: rng.choice(SHORT[w])
    sep = "\n" if style != "pasted" else " "
    hi = {"de": "hallo", "fr": "salut", "es": "hola", "it": "ciao", "sv": "hej", "da": "hej", "no": "hei",
          "pl": "cze", "tr": "merhaba", "nl": "hoi", "pt": "ola", "fi": "moi", "cs": "ahoj", "hu": "szia",
          "ro": "buna", "el": "geia"}.get(lg, "hi")
    p.t(msg(0) + rng.choice([hi, hi + hi[-1] * 2, "hi", "hey"]) + e())
    p.t(rng.choice(["its ", "this is ", "im ", "", "name "]))
    p.s("PERSON", typed_name(g, s))
    p.t(e() + sep)
    if rng.random() < 0.2:  # the autocorrect fixed the given name wrongly: a starred correction
        p.t(msg(0) + "*").s("PERSON", plain(g).lower()).t(sep)
    p.t(msg(0) + rng.choice(DETAIL[dom]) + e() + sep)
    kinds = NEG_KINDS[dom]
    p.t(msg(1))
    add_neg(p, kinds[0], lower=True)
    p.t(" " + sh("please") + e() + sep)
    if rng.random() < 0.7:
        p.t(msg(0) + rng.choice(["my ", "", "new "]) + sh("address") + rng.choice([" ", ": ", " is "]))
        p.s("STREET_ADDRESS", typed_street(lg)).t(e() + sep)
    if rng.random() < 0.5:
        p.t(msg(1) + rng.choice(["need ur ", "and ", "whats ur "]) + sh("birthday") + rng.choice(["?", " 4 the form", ""]) + sep)
        p.t(msg(0) + rng.choice(["", "its ", sh("birthday") + " "]))
        p.s("DATE_OF_BIRTH", typed_dob()).t(e() + sep)
    if rng.random() < 0.55:
        num = phone_digits(lg)
        num = num.replace(" ", "") if rng.random() < 0.5 else num
        p.t(msg(0) + rng.choice(["call me on ", sh("phone") + " ", "my " + sh("phone") + " ", "ring "]))
        p.s("PHONE_NUMBER", num).t(e() + sep)
    if rng.random() < 0.3:
        p.t(msg(0) + rng.choice(["email ", "mail: ", "or "])).s("EMAIL_ADDRESS", email_of(g, s, lg)).t(sep)
    for k in kinds[1:]:
        if rng.random() < 0.65:
            p.t(msg(rng.randint(0, 1)))
            add_neg(p, k, lower=True)
            p.t(e() + sep)
    if rng.random() < 0.4:  # a child, partner or neighbour by given name or full name
        g2, s2, _, _ = person(lg)
        p.t(msg(0) + rng.choice(["n ", "and ", "also ", "+ "]))
        p.s("PERSON", plain(g2).lower() if rng.random() < 0.5 else plain(g2 + " " + s2).lower())
        p.t(rng.choice([" comes too", " will pick up", " is sick", " needs a lift"]) + e() + sep)
    p.t(msg(1) + sh("thanks") + e().strip())
    return p


# ---- scanned ------------------------------------------------------------------------------------
LABELS = {  # name, birth, street, phone, email
    "en": ("NAME", "DATE OF BIRTH", "ADDRESS", "TEL", "EMAIL"),
    "de": ("NAME", "GEBURTSDATUM", "STRASSE", "TELEFON", "E-MAIL"),
    "fr": ("NOM", "NE(E) LE", "ADRESSE", "TEL", "COURRIEL"),
    "nl": ("NAAM", "GEBOORTEDATUM", "ADRES", "TELEFOON", "E-MAIL"),
    "es": ("NOMBRE", "FECHA DE NACIMIENTO", "DOMICILIO", "TELEFONO", "CORREO"),
    "it": ("NOME", "DATA DI NASCITA", "INDIRIZZO", "TELEFONO", "EMAIL"),
    "pt": ("NOME", "DATA DE NASCIMENTO", "MORADA", "TELEFONE", "EMAIL"),
    "pl": ("NAZWISKO I IMIE", "DATA URODZENIA", "ADRES", "TELEFON", "E-MAIL"),
    "sv": ("NAMN", "FODELSEDATUM", "ADRESS", "TELEFON", "E-POST"),
    "da": ("NAVN", "FODSELSDATO", "ADRESSE", "TELEFON", "E-MAIL"),
    "no": ("NAVN", "FODSELSDATO", "ADRESSE", "TELEFON", "E-POST"),
    "fi": ("NIMI", "SYNTYMAAIKA", "OSOITE", "PUHELIN", "SAHKOPOSTI"),
    "cs": ("JMENO", "DATUM NAROZENI", "ADRESA", "TELEFON", "E-MAIL"),
    "hu": ("NEV", "SZULETESI DATUM", "LAKCIM", "TELEFON", "E-MAIL"),
    "tr": ("ADI SOYADI", "DOGUM TARIHI", "ADRES", "TELEFON", "E-POSTA"),
    "ro": ("NUME", "DATA NASTERII", "ADRESA", "TELEFON", "E-MAIL"),
    "el": ("ONOMA", "HM. GENNISIS", "DIEFTHYNSI", "TILEFONO", "EMAIL"),
}
OCR = {"O": "0", "I": "1", "M": "RN", "E": "F", "S": "5", "B": "8", "A": "4", "D": "O", "L": "1", "T": "7"}


def misread(label):
    if rng.random() < 0.6:
        cs = [i for i, c in enumerate(label) if c in OCR]
        if cs:
            i = rng.choice(cs)
            label = label[:i] + OCR[label[i]] + label[i + 1:]
    return label


def scan_dob(y, m, d):
    v = rng.choice(["%02d.%02d.%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y), "%02d %s %d" % (d, MONTHS["en"][m - 1][:3].upper(), y),
                    "%d-%02d-%02d" % (y, m, d), "%02d %02d %d" % (d, m, y)])
    if rng.random() < 0.12:  # the recogniser's own O for 0 inside the value
        v = v.replace("0", "O", 1)
    return v


def split_value(p, label, v):
    """v written with a line break (and a hyphen where the break falls inside a word): each
    visible piece its own span."""
    if " " in v and rng.random() < 0.5:
        i = v.index(" ", len(v) // 3) if " " in v[len(v) // 3:] else v.index(" ")
        p.s(label, v[:i]).t(rng.choice(["\n", " \n", "\n  "])).s(label, v[i + 1:])
        return
    words = v.split(" ")
    k = max(range(len(words)), key=lambda j: len(words[j]))
    w = words[k]
    if len(w) < 6:
        p.s(label, v)
        return
    cut = rng.randint(3, len(w) - 3)
    a = " ".join(words[:k] + [w[:cut]])
    b = " ".join([w[cut:]] + words[k + 1:])
    p.s(label, a).t("-\n").s(label, b)


def scanned(lg, dom):
    p = P()
    old = dom == "microfilmed sick-club ledger"  # members born 1860-1925, no phones or mail
    ymd_ = (lambda: (rng.randint(1860, 1925), rng.randint(1, 12), rng.randint(1, 28))) if old else ymd
    g, s, origin, inv = person(lg)
    L = LABELS[lg]
    stray = lambda: rng.choice([" | ", " ¦ ", " ~ ", "  ", " |  ", " :: "])
    header = rng.choice(["FAX %02d:%02d P.%02d" % (rng.randint(7, 18), rng.randint(0, 59), 1),
                         "-- PAGE 1 OF 2 --", "%s  FORM %s" % (dom.upper()[:24], rng.randint(10, 99)),
                         "REEL %d FRAME %d" % (rng.randint(1, 40), rng.randint(100, 900))])
    p.t(header + "\n" + rng.choice(DETAIL[dom]) + stray() + "\n")
    lab = lambda k: misread(L[k]) + rng.choice([": ", " ", ":", ". "])
    kinds = NEG_KINDS[dom]
    # name line (surname first in capitals half the time)
    nm = (s + " " + g) if rng.random() < 0.5 else (g + " " + s)
    nm = nm.upper() if rng.random() < 0.8 else nm
    p.t(lab(0))
    if rng.random() < 0.3:
        split_value(p, "PERSON", nm)
    else:
        p.s("PERSON", nm)
    if rng.random() < 0.7:
        y, m, d = ymd_()
        p.t(stray() + lab(1)).s("DATE_OF_BIRTH", scan_dob(y, m, d))
    p.t("\n")
    if rng.random() < 0.4:
        p.t(stray().strip() + " ")
        add_neg(p, kinds[0], upper=True)
        p.t("\n")
    if rng.random() < 0.75:
        stem, num = street_parts(lg)
        v = fmt_street(lg, stem, num).upper()
        if lg == "de" and rng.random() < 0.5:
            v = v.replace("STRASSE", "STR.") if rng.random() < 0.3 else v
        p.t(lab(2))
        if rng.random() < 0.45:
            split_value(p, "STREET_ADDRESS", v)
        else:
            p.s("STREET_ADDRESS", v)
        if rng.random() < 0.5 and not old:
            p.t(stray() + lab(3)).s("PHONE_NUMBER", phone_digits(lg))
        p.t("\n")
    elif rng.random() < 0.6 and not old:
        p.t(lab(3)).s("PHONE_NUMBER", phone_digits(lg)).t("\n")
    if rng.random() < 0.25 and not old:
        p.t(lab(4)).s("EMAIL_ADDRESS", email_of(g, s, lg).upper() if rng.random() < 0.5 else email_of(g, s, lg)).t("\n")
    if rng.random() < 0.4:  # the header again, as a second page's top, inside the text
        p.t(header.replace("P.01", "P.02").replace("1 OF 2", "2 OF 2") + "\n")
    for k in kinds[1:]:
        if rng.random() < 0.7:
            add_neg(p, k, upper=True)
            p.t(stray())
    if rng.random() < 0.2:  # a second form scanned beside the first: its fields on the same lines
        g3, s3, _, _ = person(lg)
        p.t("\n" + lab(0)).s("PERSON", (s3 + " " + g3).upper()).t(" " * rng.randint(3, 12) + lab(0))
        p.s("PERSON", (s3 + " " + rng.choice(COMMON[lg][0])).upper()).t("\n" + lab(1))
        y, m, d = ymd()
        p.s("DATE_OF_BIRTH", scan_dob(y, m, d)).t(" " * rng.randint(3, 12) + lab(1))
        y, m, d = ymd()
        p.s("DATE_OF_BIRTH", scan_dob(y, m, d))
    if rng.random() < 0.35:  # a second row: a relative, a witness, a second resident
        g2, s2, _, _ = person(lg)
        p.t("\n" + rng.choice(["2. ", "NEXT OF KIN ", "WITNESS ", "RESIDENT ", "PASSENGER 2 "]))
        p.s("PERSON", (s2 + ", " + g2).upper())
        if rng.random() < 0.5:
            y, m, d = ymd()
            p.t(stray()).s("DATE_OF_BIRTH", scan_dob(y, m, d))
    p.t("\n" + rng.choice(["SIGNED ........", "PLEASE TURN OVER", "CONFIDENTIAL", "END OF TRANSMISSION", "~ ~ ~"]))
    return p


# ---- bodies -------------------------------------------------------------------------------------
def body(api, ask, i, ascii_):
    """A request body holding the noisy text at MARK 0 (a JSON string) after the user's ask."""
    m = "@@DOC0@@"
    if api == "chat":
        b = {"model": "gpt-4o-mini", "messages": [
            {"role": "system", "content": "You tidy up noisy text for a small office."},
            {"role": "user", "content": m}]}
        joined = True
    elif api == "responses":
        b = {"model": "gpt-4.1", "input": [{"role": "user", "content": [
            {"type": "input_text", "text": ask}, {"type": "input_text", "text": m}]}]}
        joined = False
    elif api == "anthropic":
        b = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
            {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": m}]}]}
        joined = False
    else:
        b = {"contents": [{"role": "user", "parts": [{"text": ask}, {"text": m}]}],
             "generationConfig": {"temperature": 0.1}}
        joined = False
    return dumps(b, ascii_, i % 2 == 0), joined


def main():
    records = []
    fams = ["spoken", "typed", "scanned"]
    n = 612
    for i in range(n):
        fam = fams[i % 3]
        lg = LANGS[(i // 3) % len(LANGS)]
        dom = BY_FAMILY[fam][(i // 3 + i // 51) % len(BY_FAMILY[fam])]
        doc = {"spoken": spoken, "typed": typed, "scanned": scanned}[fam](lg, dom)
        ask = ASK_LOCAL[lg] if lg in ASK_LOCAL and rng.random() < 0.4 else DOMAINS[dom][2]
        api = ["chat", "responses", "anthropic", "gemini"][(i // 3) % 4]
        ascii_ = i % 3 == (i // 3) % 3
        text, joined = body(api, ask, i, ascii_)
        if joined:
            full = P(ask + "\n\n").add(doc)
        else:
            full = doc
        out, spans = place(text, [full], ascii_)
        check_spans(out, spans)
        json.loads(out)
        records.append({"full_text": out, "spans": spans, "template_id": i % 100,
                        "metadata": {"locale": lg, "family": fam, "domain": dom, "api": api,
                                     "ascii": ascii_}})
    write_json(records)


if __name__ == "__main__":
    main()
