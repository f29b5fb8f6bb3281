#!/usr/bin/env python3
"""gen_inflects62.py: streets and births as each language's grammar writes them (tune set; branch
inflects62, written and committed before hush was run on it), from the twenty-ninth blind set's
public brief (its `inflect` and `mixed` families; never its generator or data) and the author's
own idea of such messages, not from any detector rule.

Messages about a move, a housing co-op, a parcel, tutoring or a family form in pl, cs, sk, fi, et,
hu, tr, el (Greek script and Latin letters), lt, lv, hr, sl, ro, is. Streets with a house number in
the case the sentence needs (locative, genitive, accusative, instrumental, illative/allative,
ablative), the street word declined (`przy ulicy Długiej 3`, `v Dlouhé ulici 8`,
`Hämeenkadulla 12 B 4`, `Tamme tänaval 12`, `a Rákóczi úton 45`, `Gül Sokağı No: 5`,
`στην οδό Ερμού 15`, `Gedimino prospekte 9`, `Tērbatas ielā 13`, `u Vukovarskoj ulici 58`,
`na Celovški cesti 150`, `pe strada Florilor nr. 9`, `á Hverfisgötu 12`), the preposition
outside the span, a postcode and town after it inside the span in a third. Births after the
language's birth word, declined or abbreviated (`urodzona`, `ur.`, `nar.`, `szül.`, `s.`,
`d.t.`, `γεννημένη`, `gim.`, `dz.`, `rođ.`, `roj.`, `n.`, `f.`), the month in the case dates use
(`3 maja 1987`, `3. května 1987`, `3. toukokuuta 1987`, `3. mail 1987`, `1987. május 3-án`,
`3 Μαΐου 1987`, `1984 m. liepos 19 d.`, `2004. gada 11. novembrī`, `3. svibnja 1987.`) or
numeric in the country's order. No person is named (family roles only), so every label is a
street, a birth or a look-alike.

Look-alikes at least as many as the values: other dates in the same shapes after wedding,
move-in, contract, death, meeting and delivery words (NEG_DATE), streets and squares with no
house number (NEG_STREET), flat and floor counts, co-op and parcel numbers (NEG_ID). Request
bodies of the four APIs, a third \\uXXXX, half compact. Writes JSON to stdout; deterministic;
stdlib only.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import write_json  # noqa: E402
from gen_bodies import P, ask_body, append_body  # noqa: E402

rng = random.Random(20261207 + 6262)

# Per language: street phrases (lead outside, street with number {n} inside), unnumbered street
# mentions, postcode and town pairs, birth words, other-date words, genitive/case months, the
# date writers, and sentence frames ({S} a street, {B} a birth, {D} another date).
L = {}

L["pl"] = dict(
    streets=[("przy ", "ulicy Długiej {n}"), ("na ", "ulicy Polnej {n}"), ("mieszkamy na ", "Lipowej {n}"),
             ("przeprowadzamy się na ", "ulicę Kwiatową {n}"), ("z ", "ulicy Słonecznej {n}"),
             ("w ", "Alejach Jerozolimskich {n}"), ("przy ", "ul. Mickiewicza {n}/{m}"),
             ("na ", "osiedlu Różanym {n}"), ("za ", "ulicą Ogrodową {n}"), ("przy ", "placu Wolności {n}")],
    bare=["na ulicy Długiej", "przy Polnej", "remont ulicy Lipowej", "korek na Alejach", "za placem Wolności"],
    towns=[("00-950", "Warszawa"), ("31-042", "Kraków"), ("80-831", "Gdańsk"), ("50-077", "Wrocław")],
    born=["urodzony ", "urodzona ", "ur. ", "data urodzenia: ", "urodziła się "],
    other=["ślub ", "wprowadziliśmy się ", "umowa z dnia ", "zmarł ", "zebranie spółdzielni ", "dostawa "],
    months="stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    fmt=["{d} {M} {y} r.", "{dd}.{mm}.{y}", "{d} {M} {y}", "{y}-{mm}-{dd}"],
    frames=["Dzień dobry, piszę w sprawie mieszkania {S}. Mama, {B}, jest właścicielką ({D}).",
            "Od marca jesteśmy {S}; klucze odbieramy {D}. Brat {B}.",
            "Paczka miała trafić {S}, ale kurier zostawił ją {X}. Odbiorca {B}, {D}.",
            "Korepetycje odbywają się {S}. Uczeń {B}. Ostatnia lekcja: {D}."])

L["cs"] = dict(
    streets=[("v ", "ulici Na Příkopě {n}"), ("v ", "Dlouhé ulici {n}"), ("bydlíme v ", "Jungmannově ulici č. {n}"),
             ("na ", "Vinohradské {n}"), ("z ", "Husovy ulice {n}"), ("na ", "náměstí Míru {n}"),
             ("na ", "třídě Svobody {n}"), ("do ", "Karlovy ulice {n}"), ("za ", "Palackého ulicí {n}")],
    bare=["v Dlouhé ulici", "na náměstí Míru", "uzavírka Husovy ulice", "přes Vinohradskou"],
    towns=[("110 00", "Praha 1"), ("602 00", "Brno"), ("779 00", "Olomouc")],
    born=["narozen ", "narozená ", "nar. ", "datum narození: ", "narodila se "],
    other=["svatba ", "nastěhovali jsme se ", "smlouva ze dne ", "zemřel ", "schůze družstva ", "doručení "],
    months="ledna února března dubna května června července srpna září října listopadu prosince",
    fmt=["{d}. {M} {y}", "{d}. {m}. {y}", "{dd}.{mm}.{y}"],
    frames=["Dobrý den, byt {S} převádíme na dceru, {B}. Kupní smlouva: {D}.",
            "Stěhujeme se {S}. Syn {B}, předání klíčů {D}.",
            "Balík měl jít {S}, skončil {X}. Adresát {B}; {D}."])

L["sk"] = dict(
    streets=[("na ", "Hlavnej ulici {n}"), ("bývam na ", "Obchodnej {n}"), ("na ", "Námestí SNP {n}"),
             ("z ", "Palisádovej ulice {n}"), ("na ", "ulici Štúrovej {n}"), ("do ", "Mlynskej ulice {n}")],
    bare=["na Hlavnej ulici", "na Obchodnej", "pri Námestí SNP"],
    towns=[("811 01", "Bratislava"), ("040 01", "Košice")],
    born=["narodený ", "narodená ", "nar. ", "dátum narodenia: "],
    other=["sobáš ", "nasťahovali sme sa ", "zmluva zo dňa ", "zomrel ", "schôdza ", "doručenie "],
    months="januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    fmt=["{d}. {M} {y}", "{d}.{m}.{y}", "{dd}.{mm}.{y}"],
    frames=["Dobrý deň, sťahujeme sa {S}. Dcéra {B}; {D}.",
            "Doučovanie je {S}. Žiak {B}, posledná hodina {D}."])

L["fi"] = dict(
    streets=[("asumme ", "Mannerheimintiellä {n}"), ("", "Hämeenkadulla {n} B {m}"), ("muutimme ", "Aleksanterinkadulle {n}"),
             ("muutamme pois ", "Kauppakadulta {n}"), ("", "Kirkkotiellä {n} as {m}"), ("", "Koivukujalla {n}"),
             ("osoitteessa ", "Rautatienkatu {n}"), ("", "Satamapolulla {n} A"), ("talo ", "Rantatien {n}")],
    bare=["Mannerheimintiellä", "Hämeenkadun varrella", "Kauppakadulta", "Rautatienkadun risteys"],
    towns=[("00100", "Helsinki"), ("33100", "Tampere"), ("20100", "Turku")],
    born=["syntynyt ", "s. ", "syntymäaika ", "syntyi "],
    other=["häät ", "muuttopäivä ", "sopimus tehty ", "kuoli ", "yhtiökokous ", "toimitus "],
    months="tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    fmt=["{d}.{m}.{y}", "{d}. {M} {y}", "{dd}.{mm}.{y}"],
    frames=["Hei, vuokralainen {S} ilmoitti vuodosta. Äiti ({B}) omistaa asunnon; {D}.",
            "Muutto {S}: avaimet {D}. Poika {B}.",
            "Paketti piti toimittaa {S}, mutta se jäi {X}. Vastaanottaja {B}, {D}."])

L["et"] = dict(
    streets=[("elame ", "Pärnu maanteel {n}"), ("", "Tamme tänaval {n}"), ("kolisime ", "Mere puiesteele {n}"),
             ("", "Kivi tänavalt {n}"), ("", "Narva mnt {n}-{m}"), ("", "Lossi puiesteel {n}"), ("", "Pikk tn {n}")],
    bare=["Pärnu maanteel", "Tamme tänaval", "Mere puiestee ääres"],
    towns=[("10115", "Tallinn"), ("51004", "Tartu")],
    born=["sündinud ", "sünd. ", "sünniaeg ", "s. "],
    other=["pulmad ", "kolisime sisse ", "leping sõlmitud ", "suri ", "üldkoosolek ", "tarne "],
    months="jaanuaril veebruaril märtsil aprillil mail juunil juulil augustil septembril oktoobril novembril detsembril",
    fmt=["{d}. {M} {y}", "{dd}.{mm}.{y}"],
    frames=["Tere, korter {S} läheb tütrele, {B}. {D}.",
            "Õpilane {B} käib tunnis {S}; viimane tund {D}."])

L["hu"] = dict(
    streets=[("a ", "Petőfi utcában {n}"), ("a ", "Rákóczi úton {n}"), ("a ", "Deák téren {n}"),
             ("a ", "Fő utca {n}.") , ("az ", "Árpád utca {n}"), ("a ", "Kossuth Lajos utca {n}. szám"),
             ("", "Andrássy út {n}. {m}. em."), ("a ", "Váci útra {n}"), ("a ", "Bartók Béla útról {n}")],
    bare=["a Petőfi utcában", "a Rákóczi úton", "a Deák téren", "a Váci útról"],
    towns=[("1062", "Budapest"), ("6720", "Szeged"), ("4024", "Debrecen")],
    born=["született ", "szül. ", "születési idő: ", "sz.: "],
    other=["esküvő ", "beköltözés ", "szerződés kelte ", "elhunyt ", "közgyűlés ", "szállítás "],
    months="január február március április május június július augusztus szeptember október november december",
    fmt=["{y}. {M} {d}-án", "{y}. {M} {d}.", "{y}.{mm}.{dd}.", "{y}-{mm}-{dd}"],
    frames=["Jó napot, a lakás {S} van; a tulajdonos édesanyám, {B}. {D}.",
            "Költözünk {S}. A fiam {B}, kulcsátadás {D}.",
            "A csomag {S} helyett {X} ment. Címzett {B}, {D}."])

L["tr"] = dict(
    streets=[("", "Atatürk Caddesi No: {n}"), ("", "Gül Sokağı No {n} Daire {m}"), ("", "Lale Sokak No: {n}"),
             ("", "Bağdat Caddesi No:{n} D:{m}"), ("", "Atatürk Bulvarı No: {n}"), ("", "İnönü Caddesi {n}"),
             ("", "Cumhuriyet Mahallesi Çınar Sokağı No: {n}")],
    bare=["Atatürk Caddesi'nde", "Gül Sokağı'nda", "Bağdat Caddesi trafiği"],
    towns=[("34710", "Kadıköy/İstanbul"), ("06420", "Çankaya/Ankara"), ("35220", "Konak/İzmir")],
    born=["doğum tarihi ", "d.t. ", "doğumlu ", "D.T.: "],
    other=["nikah tarihi ", "taşınma ", "sözleşme tarihi ", "vefat ", "toplantı ", "teslimat "],
    months="Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    fmt=["{dd}.{mm}.{y}", "{d} {M} {y}", "{dd}/{mm}/{y}"],
    frames=["Merhaba, daire {S} adresinde. Annem ({B}) ev sahibi; {D}.",
            "Taşınıyoruz: {S}. Oğlum {B}, anahtar teslimi {D}.",
            "Kargo {S} yerine {X} adresine gitti. Alıcı {B}, {D}."])

L["el"] = dict(
    streets=[("στην ", "οδό Ερμού {n}"), ("της ", "οδού Πατησίων {n}"), ("στη ", "λεωφόρο Αλεξάνδρας {n}"),
             ("", "Λεωφόρος Κηφισίας {n}"), ("μένουμε ", "Ακαδημίας {n}"), ("στην ", "πλατεία Κολωνακίου {n}")],
    bare=["στην οδό Ερμού", "της λεωφόρου Κηφισίας", "στην πλατεία Συντάγματος"],
    towns=[("106 71", "Αθήνα"), ("546 22", "Θεσσαλονίκη")],
    born=["γεννημένος στις ", "γεννημένη ", "ημ. γέννησης ", "γεν. "],
    other=["γάμος ", "μετακόμιση ", "συμβόλαιο ", "απεβίωσε ", "συνέλευση ", "παράδοση "],
    months="Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    fmt=["{d} {M} {y}", "{dd}/{mm}/{y}", "{d}.{m}.{y}"],
    frames=["Καλημέρα, το διαμέρισμα {S} περνάει στη μητέρα μου, {B}. {D}.",
            "Μετακομίζουμε {S}. Ο γιος μου, {B}. {D}."])

L["el_lat"] = dict(
    streets=[("stin ", "odo Ermou {n}"), ("tis ", "odou Patision {n}"), ("sti ", "leoforo Alexandras {n}"),
             ("", "Leoforos Kifisias {n}"), ("menoume ", "Akadimias {n}")],
    bare=["stin odo Ermou", "tis leoforou Kifisias", "stin plateia Syntagmatos"],
    towns=[("106 71", "Athina"), ("546 22", "Thessaloniki")],
    born=["gennimenos stis ", "gennimeni ", "im. gennisis ", "gen. "],
    other=["gamos ", "metakomisi ", "symvolaio ", "apevióse ", "synelefsi ", "paradosi "],
    months="Ianouariou Fevrouariou Martiou Apriliou Maiou Iouniou Iouliou Avgoustou Septemvriou Oktovriou Noemvriou Dekemvriou",
    fmt=["{d} {M} {y}", "{dd}/{mm}/{y}"],
    frames=["Kalimera, to diamerisma {S} pernaei sti mitera mou, {B}. {D}.",
            "Metakomizoume {S}. O gios mou {B}; {D}."])

L["lt"] = dict(
    streets=[("gyvename ", "Laisvės alėjoje {n}"), ("", "Gedimino prospekte {n}"), ("", "Vilniaus gatvėje {n}-{m}"),
             ("persikėlėme į ", "Pilies gatvę {n}"), ("iš ", "Didžiosios gatvės {n}"), ("", "Savanorių pr. {n}")],
    bare=["Laisvės alėjoje", "Gedimino prospekte", "Pilies gatvėje"],
    towns=[("LT-03154", "Vilnius"), ("LT-44280", "Kaunas")],
    born=["gimęs ", "gimusi ", "gim. ", "gimimo data "],
    other=["vestuvės ", "įsikėlėme ", "sutartis sudaryta ", "mirė ", "susirinkimas ", "pristatymas "],
    months="sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    fmt=["{y} m. {M} {d} d.", "{y}-{mm}-{dd}", "{y}.{mm}.{dd}"],
    frames=["Laba diena, butas {S} atitenka dukrai, {B}. {D}.",
            "Kraustomės {S}. Sūnus {B}; raktai {D}."])

L["lv"] = dict(
    streets=[("dzīvojam ", "Tērbatas ielā {n}"), ("", "Brīvības ielā {n}-{m}"), ("uz ", "Elizabetes ielu {n}"),
             ("no ", "Krišjāņa Barona ielas {n}"), ("", "Brīvības bulvārī {n}"), ("", "Dzirnavu iela {n}")],
    bare=["Tērbatas ielā", "Brīvības bulvārī", "Barona ielas remonts"],
    towns=[("LV-1011", "Rīga"), ("LV-3001", "Jelgava")],
    born=["dzimis ", "dzimusi ", "dz. ", "dzimšanas datums "],
    other=["kāzas ", "ievācāmies ", "līgums noslēgts ", "miris ", "sapulce ", "piegāde "],
    months="janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī",
    fmt=["{y}. gada {d}. {M}", "{dd}.{mm}.{y}"],
    frames=["Labdien, dzīvoklis {S} pāriet meitai, {B}. {D}.",
            "Pārceļamies {S}. Dēls {B}; {D}."])

L["hr"] = dict(
    streets=[("u ", "Ilici {n}"), ("u ", "Ulici kralja Zvonimira {n}"), ("na ", "Trgu bana Jelačića {n}"),
             ("u ", "Vukovarskoj ulici {n}"), ("iz ", "Savske ceste {n}"), ("na ", "Savskoj cesti {n}"),
             ("", "Ulica grada Vukovara {n}")],
    bare=["u Ilici", "na Trgu bana Jelačića", "uz Savsku cestu"],
    towns=[("10000", "Zagreb"), ("21000", "Split")],
    born=["rođen ", "rođena ", "rođ. ", "datum rođenja: "],
    other=["vjenčanje ", "useljenje ", "ugovor od ", "preminuo ", "sastanak stanara ", "dostava "],
    months="siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
    fmt=["{d}. {M} {y}.", "{dd}.{mm}.{y}.", "{d}. {m}. {y}."],
    frames=["Poštovani, stan {S} prepisujemo kćeri, {B}. {D}.",
            "Selimo se {S}. Sin {B}; ključevi {D}."])

L["sl"] = dict(
    streets=[("na ", "Slovenski cesti {n}"), ("na ", "Trubarjevi ulici {n}"), ("v ", "Prešernovi ulici {n}"),
             ("na ", "Celovški cesti {n}"), ("iz ", "Miklošičeve ulice {n}"), ("", "Dunajska cesta {n}")],
    bare=["na Slovenski cesti", "v Prešernovi ulici", "po Celovški"],
    towns=[("1000", "Ljubljana"), ("2000", "Maribor")],
    born=["rojen ", "rojena ", "roj. ", "datum rojstva "],
    other=["poroka ", "vselitev ", "pogodba z dne ", "umrl ", "zbor stanovalcev ", "dostava "],
    months="januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
    fmt=["{d}. {M} {y}", "{d}. {m}. {y}", "{dd}.{mm}.{y}"],
    frames=["Pozdravljeni, stanovanje {S} prepisujemo hčerki, {B}. {D}.",
            "Selimo se {S}. Sin {B}; {D}."])

L["ro"] = dict(
    streets=[("pe ", "strada Florilor nr. {n}"), ("pe ", "Bulevardul Unirii nr. {n}, bl. {m}"), ("în ", "strada Mihai Eminescu nr. {n}"),
             ("", "Str. Lalelelor nr. {n}"), ("pe ", "Calea Victoriei {n}"), ("de pe ", "Aleea Teilor nr. {n}")],
    bare=["pe strada Florilor", "pe Calea Victoriei", "Bulevardul Unirii e blocat"],
    towns=[("030167", "București"), ("400001", "Cluj-Napoca")],
    born=["născut la ", "născută pe ", "n. ", "data nașterii: "],
    other=["nunta ", "ne-am mutat ", "contract din ", "decedat ", "ședința asociației ", "livrare "],
    months="ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    fmt=["{d} {M} {y}", "{dd}.{mm}.{y}"],
    frames=["Bună ziua, apartamentul {S} trece pe numele fiicei, {B}. {D}.",
            "Ne mutăm {S}. Fiul meu, {B}; {D}."])

L["is"] = dict(
    streets=[("á ", "Laugavegi {n}"), ("á ", "Hverfisgötu {n}"), ("í ", "Bankastræti {n}"),
             ("frá ", "Skólavörðustíg {n}"), ("", "Laugavegur {n}"), ("við ", "Suðurgötu {n}")],
    bare=["á Laugavegi", "við Hverfisgötu", "niður Skólavörðustíg"],
    towns=[("101", "Reykjavík"), ("600", "Akureyri")],
    born=["fæddur ", "fædd ", "f. ", "fæðingardagur "],
    other=["brúðkaup ", "fluttum inn ", "samningur dags. ", "lést ", "húsfundur ", "afhending "],
    months="janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    fmt=["{d}. {M} {y}", "{d}.{m}.{y}", "{dd}.{mm}.{y}"],
    frames=["Góðan dag, íbúðin {S} fer til dóttur minnar, {B}. {D}.",
            "Við flytjum {S}. Sonur minn {B}; {D}."])

ASKS = {"en": ["Can you translate this and list the addresses?", "Summarise this message in English.",
               "Fill in the change-of-address form from this.", "Reply politely and confirm the details."],
        "own": ["Prosím o shrnutí.", "Proszę o odpowiedź.", "Voitko tiivistää tämän?", "Lütfen özetle.",
                "Kérlek, foglald össze.", "Μπορείς να το συνοψίσεις;"]}


def date(lg, y, m, d, fmt):
    months = L[lg]["months"].split()
    return fmt.format(d=d, dd="%02d" % d, m=m, mm="%02d" % m, y=y, M=months[m - 1])


def street(lg):
    lead, s = rng.choice(L[lg]["streets"])
    v = s.format(n=rng.randint(1, 160), m=rng.randint(1, 40))
    if rng.random() < 0.33:
        pc, town = rng.choice(L[lg]["towns"])
        v += ", %s %s" % (pc, town)
    return lead, v


def piece_for(lg, label, kind):
    """(lead, value, label) for a slot."""
    if kind == "S":
        lead, v = street(lg)
        return lead, v, label
    fmt = rng.choice(L[lg]["fmt"])
    if kind == "B":
        return rng.choice(L[lg]["born"]), date(lg, rng.randint(1935, 2012), rng.randint(1, 12),
                                               rng.randint(1, 28), fmt), "DATE_OF_BIRTH"
    return rng.choice(L[lg]["other"]), date(lg, rng.randint(1990, 2026), rng.randint(1, 12),
                                            rng.randint(1, 28), fmt), "NEG_DATE"


def fill(p, lg, frame):
    """Writes one frame: {S} a street, {B} a birth, {D} another date, {X} a street with no number."""
    i = 0
    while i < len(frame):
        if frame[i] == "{" and frame[i + 2] == "}":
            k = frame[i + 1]
            if k == "X":
                p.s("NEG_STREET", rng.choice(L[lg]["bare"]))
            else:
                lead, v, label = piece_for(lg, "STREET_ADDRESS", k)
                p.t(lead).s(label, v)
            i += 3
        else:
            p.t(frame[i])
            i += 1


def extras(p, lg):
    """A look-alike tail: another date, a street with no number, a flat and a co-op number."""
    lead, v, label = piece_for(lg, None, "D")
    p.t("\n- ").t(lead).s(label, v)
    p.t("\n- ").s("NEG_STREET", rng.choice(L[lg]["bare"]))
    p.t("\n- #").s("NEG_ID", "%d/%d" % (rng.randint(10, 999), rng.choice([2019, 2021, 2023, 2025])))
    if rng.random() < 0.5 or sum(1 for sp in p.spans if sp["entity_type"].startswith("NEG_")) < len(p.spans) / 2 + 1:
        p.t("\n- ").s("NEG_ID", "%d/%d" % (rng.randint(10, 999), rng.choice([2019, 2021, 2023, 2025])))
        p.t("\n- ").s("NEG_STREET", rng.choice(L[lg]["bare"]))
    if rng.random() < 0.5:
        lead, v, label = piece_for(lg, None, "B")
        p.t("\n- ").t(lead).s(label, v)
        lead, v, label = piece_for(lg, None, "D")
        p.t("\n- ").t(lead).s(label, v)


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    langs = list(L)
    for i in range(420):
        lg = langs[i % len(langs)]
        api = apis[(i // 3) % 4]
        p = P()
        for _ in range(rng.choice([1, 2, 2, 3])):
            fill(p, lg, rng.choice(L[lg]["frames"]))
            p.t("\n")
        if rng.random() < 0.6:
            # a list of the addresses as a co-op or moving sheet has them
            p.t("\n")
            for _ in range(rng.randint(1, 3)):
                lead, v = street(lg)
                p.t("* ").t(lead).s("STREET_ADDRESS", v)
                dl, dv, dlab = piece_for(lg, None, "D")
                p.t(" (").t(dl).s(dlab, dv).t(")\n")
        extras(p, lg)
        ask = rng.choice(ASKS["en"] if rng.random() < 0.5 else ASKS["own"])
        ascii_ = i % 3 == 0
        body, spans = ask_body(api, ask, p.text, p.spans, ascii_, i % 2 == 1)
        append_body(records, body, spans, {"locale": lg, "class": "inflect", "api": api, "ascii": ascii_})
    write_json(records)


main()
