#!/usr/bin/env python3
"""gen_dobmix63.py: which date is the birth when a birth word stands among other dates in text
that mixes two languages (tune set; branch dobmix63, written and committed before hush was run on
it), from the twenty-ninth blind set's public brief (its `mixed` family: a message in one language
with a request and a note in another, tandem conversations switching language, original and ASCII
forms side by side, births in each language's words beside other dates) and the author's own idea
of such text; not from any detector rule and not from the blind set.

Two of pl cs sk hu fi et tr el (Greek script and Latin letters) lt lv hr sl ro is de nl sv da no es
pt fr it en in one body. No person is named (family roles only), so every label is a birth or a
look-alike date. Shapes:
  same      a birth and another event's date in one sentence, either order
  note      a message with a birth in one language, a note in the other with a deadline, an
            application, a translation's or a registry date
  prev      a birth word with a place (no date) in one sentence, another event's date in the next
  tandem    turns switching language: the birth asked and answered in one, other dates asked and
            answered in the other; an answer that names the birth word and another event's date
  ascii     a line in the original and again ASCII-folded (`urodzona` / `urodzona`, `született` /
            `szuletett`, `doğum tarihi` / `dogum tarihi`, `γεννήθηκε` / `gennithike`)
  translit  a transliteration table: original, ASCII, birth column, registry and issue columns
  ranges    a birth with an age as of a date, a stay from D to D, a document valid D - D
Gold: DATE_OF_BIRTH on the birth's date; every other date NEG_DATE (more than twice the births).
Request bodies of the four APIs, a third \\uXXXX, half compact. Writes JSON to stdout;
deterministic; stdlib only.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import fold, write_json  # noqa: E402
from gen_bodies import P, ask_body, append_body  # noqa: E402

rng = random.Random(20261207 + 6363)

# Per language, fields split on "|": roles; birth words before a date; a birth word before a place
# ({P}); other-event words before a date; month words as dates take them; date formats; a note
# label; a question for another date; places.
T = {}


def lang(code, roles, born, bornat, other, months, fmts, note, ask, places):
    T[code] = dict(roles=roles.split("|"), born=born.split("|"), bornat=bornat.split("|"),
                   other=other.split("|"), months=months.split(), fmts=fmts.split("|"), note=note,
                   ask=ask, places=places.split("|"))


lang("pl", "Mama|Mój syn|Babcia|Córka", "urodzona|urodzony|ur.|data urodzenia:|urodziła się",
     "urodziła się w {P}|urodzony w {P}", "ślub|wniosek złożony|termin odpowiedzi|tłumaczenie z dnia|"
     "wpis do rejestru|dowód wydany|ważny do|przeprowadzka", "stycznia lutego marca kwietnia maja czerwca lipca "
     "sierpnia września października listopada grudnia", "{d} {M} {y} r.|{dd}.{mm}.{y}|{dd}.{mm}.{y} r.|{y}-{mm}-{dd}",
     "Uwaga", "A kiedy był {k}?", "Krakowie|Gdańsku|Lublinie")
lang("cs", "Maminka|Můj syn|Babička|Dcera", "narozena|narozen|nar.|datum narození:|narodila se",
     "narodila se v {P}|narozen v {P}", "sňatek|žádost podána|lhůta do|překlad ze dne|zápis do rejstříku|"
     "průkaz vydán|platný do|stěhování", "ledna února března dubna května června července srpna září října "
     "listopadu prosince", "{d}. {M} {y}|{d}. {m}. {y}|{dd}.{mm}.{y}", "Poznámka", "A kdy byl {k}?",
     "Brně|Olomouci|Plzni")
lang("sk", "Mama|Môj syn|Stará mama|Dcéra", "narodená|narodený|nar.|dátum narodenia:|narodila sa",
     "narodila sa v {P}|narodený v {P}", "sobáš|žiadosť podaná|lehota do|preklad zo dňa|zápis do registra|"
     "preukaz vydaný|platný do|sťahovanie", "januára februára marca apríla mája júna júla augusta septembra "
     "októbra novembra decembra", "{d}. {M} {y}|{d}.{m}.{y}|{dd}.{mm}.{y}", "Poznámka", "A kedy bol {k}?",
     "Košiciach|Nitre|Žiline")
lang("hu", "Anyám|A fiam|Nagymamám|A lányom", "született|szül.|születési idő:|született:",
     "{P} született|{P} születtem", "házasságkötés|kérelem beadva|határidő|fordítás kelte|nyilvántartásba vétel|"
     "kiállítva|érvényes|költözés", "január február március április május június július augusztus "
     "szeptember október november december", "{y}. {M} {d}.|{y}.{mm}.{dd}.|{y}. {M} {d}-án|{y}-{mm}-{dd}",
     "Megjegyzés", "És mikor volt a {k}?", "Debrecenben|Szegeden|Pécsett")
lang("fi", "Äiti|Poikani|Mummo|Tytär", "syntynyt|s.|syntymäaika:|syntyi",
     "syntyi {P}|on syntynyt {P}", "vihitty|hakemus jätetty|määräaika|käännös päivätty|rekisteröity|"
     "myönnetty|voimassa|muutto", "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta "
     "heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta", "{d}.{m}.{y}|{d}. {M} {y}|{dd}.{mm}.{y}",
     "Huom", "Entä {k}?", "Tampereella|Oulussa|Turussa")
lang("et", "Ema|Minu poeg|Vanaema|Tütar", "sündinud|sünd.|sünniaeg:|sündis",
     "sündis {P}|on sündinud {P}", "abiellus|avaldus esitatud|tähtaeg|tõlge kuupäevaga|registreeritud|"
     "välja antud|kehtib kuni|kolimine", "jaanuaril veebruaril märtsil aprillil mail juunil juulil augustil "
     "septembril oktoobril novembril detsembril", "{d}. {M} {y}|{dd}.{mm}.{y}", "Märkus", "Aga {k}?",
     "Tartus|Pärnus|Narvas")
lang("tr", "Annem|Oğlum|Babaannem|Kızım", "doğum tarihi|doğumlu|d.t.|doğdu:",
     "{P} doğdu|{P} doğumlu", "nikah tarihi|başvuru tarihi|son başvuru|tercüme tarihi|sicil kaydı|"
     "veriliş tarihi|geçerlilik|taşınma", "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim "
     "Kasım Aralık", "{dd}.{mm}.{y}|{d} {M} {y}|{dd}/{mm}/{y}", "Not", "Peki {k} ne zaman?",
     "İzmir'de|Bursa'da|Konya'da")
lang("el", "Η μητέρα μου|Ο γιος μου|Η γιαγιά|Η κόρη μου", "γεννήθηκε|γεννημένη στις|γεν.|ημ. γέννησης:",
     "γεννήθηκε στη {P}|γεννήθηκε στο {P}", "γάμος|αίτηση υποβλήθηκε|προθεσμία|μετάφραση της|εγγραφή στο μητρώο|"
     "εκδόθηκε|ισχύει έως|μετακόμιση", "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου "
     "Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου", "{d} {M} {y}|{dd}/{mm}/{y}|{d}.{m}.{y}",
     "Σημείωση", "Και πότε ήταν {k};", "Πάτρα|Λάρισα|Καβάλα")
lang("gr", "I mitera mou|O gios mou|I giagia|I kori mou", "gennithike|gennimeni stis|gen.|im. gennisis:",
     "gennithike sti {P}|gennithike sto {P}", "gamos|aitisi ypovlithike|prothesmia|metafrasi tis|eggrafi sto mitroo|"
     "ekdothike|ischyei eos|metakomisi", "Ianouariou Fevrouariou Martiou Apriliou Maiou Iouniou Iouliou "
     "Avgoustou Septemvriou Oktovriou Noemvriou Dekemvriou", "{d} {M} {y}|{dd}/{mm}/{y}", "Simeiosi",
     "Kai pote itan {k};", "Patra|Larisa|Kavala")
lang("lt", "Mama|Mano sūnus|Močiutė|Dukra", "gimusi|gimęs|gim.|gimimo data:",
     "gimė {P}|gimusi {P}", "santuoka|prašymas pateiktas|terminas|vertimas|įregistruota|išduotas|galioja iki|"
     "persikraustymas", "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio "
     "lapkričio gruodžio", "{y} m. {M} {d} d.|{y}-{mm}-{dd}|{y}.{mm}.{dd}", "Pastaba", "O kada {k}?",
     "Kaune|Klaipėdoje|Šiauliuose")
lang("lv", "Mamma|Mans dēls|Vecmāmiņa|Meita", "dzimusi|dzimis|dz.|dzimšanas datums:",
     "dzimusi {P}|dzimis {P}", "laulība|iesniegums iesniegts|termiņš|tulkojums datēts|reģistrēts|izsniegts|"
     "derīgs līdz|pārcelšanās", "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī "
     "oktobrī novembrī decembrī", "{y}. gada {d}. {M}|{dd}.{mm}.{y}.|{dd}.{mm}.{y}", "Piezīme",
     "Un kad bija {k}?", "Daugavpilī|Liepājā|Jelgavā")
lang("hr", "Mama|Moj sin|Baka|Kći", "rođena|rođen|rođ.|datum rođenja:",
     "rođena u {P}|rođen u {P}", "vjenčanje|zahtjev podnesen|rok|prijevod od|upis u registar|izdana|"
     "vrijedi do|selidba", "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada "
     "studenoga prosinca", "{d}. {M} {y}.|{dd}.{mm}.{y}.|{d}. {m}. {y}.", "Napomena", "A kada je bio {k}?",
     "Splitu|Rijeci|Osijeku")
lang("sl", "Mama|Moj sin|Babica|Hči", "rojena|rojen|roj.|datum rojstva:",
     "rojena v {P}|rojen v {P}", "poroka|vloga oddana|rok|prevod z dne|vpis v register|izdana|velja do|"
     "selitev", "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra "
     "decembra", "{d}. {M} {y}|{d}. {m}. {y}|{dd}.{mm}.{y}", "Opomba", "In kdaj je bil {k}?",
     "Mariboru|Celju|Kranju")
lang("ro", "Mama|Fiul meu|Bunica|Fiica mea", "născută la|născut la|n.|data nașterii:|s-a născut pe",
     "s-a născut la {P}|născut în {P}", "căsătorie|cerere depusă|termen|traducere din|înregistrat|eliberat|"
     "valabil până la|mutare", "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie "
     "noiembrie decembrie", "{d} {M} {y}|{dd}.{mm}.{y}", "Notă", "Și când a fost {k}?", "Cluj|Iași|Brașov")
lang("is", "Mamma|Sonur minn|Amma|Dóttir mín", "fædd|fæddur|f.|fæðingardagur:",
     "fæddist á {P}|fædd á {P}", "brúðkaup|umsókn lögð inn|frestur|þýðing dags.|skráð|útgefið|gildir til|"
     "flutningur", "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
     "{d}. {M} {y}|{d}.{m}.{y}|{dd}.{mm}.{y}", "Athugið", "En hvenær var {k}?", "Akureyri|Selfossi|Ísafirði")
lang("de", "Meine Mutter|Mein Sohn|Oma|Die Tochter", "geboren am|geb.|Geburtsdatum:|geb. am",
     "geboren in {P}|in {P} geboren", "Heirat|Antrag gestellt am|Frist bis|Übersetzung vom|Eintragung ins Register|"
     "ausgestellt am|gültig bis|Umzug am", "Januar Februar März April Mai Juni Juli August September Oktober "
     "November Dezember", "{d}. {M} {y}|{dd}.{mm}.{y}|{d}.{m}.{y}", "Hinweis", "Und wann war {k}?",
     "Kassel|Erfurt|Passau")
lang("nl", "Mijn moeder|Mijn zoon|Oma|De dochter", "geboren op|geb.|geboortedatum:|geboren",
     "geboren in {P}|in {P} geboren", "huwelijk|aanvraag ingediend|uiterlijk|vertaling van|inschrijving register|"
     "afgegeven op|geldig tot|verhuizing", "januari februari maart april mei juni juli augustus september "
     "oktober november december", "{d} {M} {y}|{dd}-{mm}-{y}|{d}-{m}-{y}", "Let op", "En wanneer was {k}?",
     "Zwolle|Breda|Leiden")
lang("sv", "Mamma|Min son|Farmor|Dottern", "född|f.|född den|födelsedatum:",
     "född i {P}|föddes i {P}", "vigsel|ansökan inlämnad|sista dag|översättning daterad|registrerad|utfärdat|"
     "giltigt till|flytt", "januari februari mars april maj juni juli augusti september oktober november "
     "december", "{d} {M} {y}|{y}-{mm}-{dd}|{d}/{m} {y}", "Obs", "Och när var {k}?", "Umeå|Lund|Gävle")
lang("da", "Min mor|Min søn|Mormor|Datteren", "født|f.|født den|fødselsdato:",
     "født i {P}|blev født i {P}", "bryllup|ansøgning indsendt|frist|oversættelse dateret|registreret|udstedt|"
     "gyldigt til|flytning", "januar februar marts april maj juni juli august september oktober november "
     "december", "{d}. {M} {y}|{dd}.{mm}.{y}|{dd}-{mm}-{y}", "Bemærk", "Og hvornår var {k}?",
     "Aarhus|Odense|Aalborg")
lang("no", "Mor|Sønnen min|Bestemor|Datteren", "født|f.|født den|fødselsdato:",
     "født i {P}|ble født i {P}", "bryllup|søknad levert|frist|oversettelse datert|registrert|utstedt|"
     "gyldig til|flytting", "januar februar mars april mai juni juli august september oktober november "
     "desember", "{d}. {M} {y}|{dd}.{mm}.{y}", "Merk", "Og når var {k}?", "Bergen|Tromsø|Stavanger")
lang("es", "Mi madre|Mi hijo|La abuela|Mi hija", "nacida el|nacido el|nac.|fecha de nacimiento:|nació el",
     "nació en {P}|nacida en {P}", "boda|solicitud presentada el|plazo hasta|traducción del|inscripción en el registro|"
     "expedido el|válido hasta|mudanza", "enero febrero marzo abril mayo junio julio agosto septiembre octubre "
     "noviembre diciembre", "{d} de {M} de {y}|{dd}/{mm}/{y}|{d}/{m}/{y}", "Nota", "¿Y cuándo fue {k}?",
     "Sevilla|Bilbao|Murcia")
lang("pt", "A minha mãe|O meu filho|A avó|A minha filha", "nascida em|nascido em|nasc.|data de nascimento:|nasceu em",
     "nasceu em {P}|natural de {P}", "casamento|pedido entregue em|prazo até|tradução de|registo em|emitido em|"
     "válido até|mudança", "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
     "dezembro", "{d} de {M} de {y}|{dd}/{mm}/{y}|{dd}-{mm}-{y}", "Nota", "E quando foi {k}?",
     "Braga|Coimbra|Faro")
lang("fr", "Ma mère|Mon fils|Mamie|Ma fille", "née le|né le|née|date de naissance :|naissance :",
     "née à {P}|né à {P}", "mariage|demande déposée le|délai au|traduction du|inscription au registre|délivré le|"
     "valable jusqu'au|déménagement", "janvier février mars avril mai juin juillet août septembre octobre "
     "novembre décembre", "{d} {M} {y}|{dd}/{mm}/{y}|{d}/{m}/{y}", "Remarque", "Et quand était {k} ?",
     "Rennes|Dijon|Nîmes")
lang("it", "Mia madre|Mio figlio|La nonna|Mia figlia", "nata il|nato il|n.|data di nascita:|nata a Bari il",
     "nata a {P}|nato a {P}", "matrimonio|domanda presentata il|scadenza|traduzione del|iscrizione al registro|"
     "rilasciato il|valido fino al|trasloco", "gennaio febbraio marzo aprile maggio giugno luglio agosto "
     "settembre ottobre novembre dicembre", "{d} {M} {y}|{dd}/{mm}/{y}|{d}.{m}.{y}", "Nota",
     "E quando era {k}?", "Lecce|Parma|Trento")
lang("en", "My mother|My son|Grandma|Our daughter", "born|b.|born on|date of birth:|DOB",
     "born in {P}|was born in {P}", "married|application filed|deadline|translated on|registered|issued|"
     "valid until|moved in", "January February March April May June July August September October "
     "November December", "{d} {M} {y}|{M} {d}, {y}|{mm}/{dd}/{y}|{y}-{mm}-{dd}", "Note",
     "And when was {k}?", "Leeds|Cork|Bristol")

LANGS = sorted(T)
ASK_EN = ["Translate the note into English and keep every date.", "Fill in the consulate form from this.",
          "Which of these dates is the deadline?", "Make a table of the dates and what they are.",
          "Check the dates against each other.", "Reply to both of them, one in each language."]


def date(lg, lo, hi, fmt=None):
    y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
    fmt = fmt or rng.choice(T[lg]["fmts"])
    return fmt.format(d=d, dd="%02d" % d, m=m, mm="%02d" % m, y=y, M=T[lg]["months"][m - 1])


def birth(p, lg, conv=lambda s: s, fmt=None):
    p.t(conv(rng.choice(T[lg]["born"])) + " ").s("DATE_OF_BIRTH", conv(date(lg, 1932, 2014, fmt)))


def other(p, lg, conv=lambda s: s, fmt=None):
    p.t(conv(rng.choice(T[lg]["other"])) + " ").s("NEG_DATE", conv(date(lg, 1990, 2027, fmt)))


def same(p, a, b):
    for lg in (a, b):
        p.t(rng.choice(T[lg]["roles"]) + ", ")
        if rng.random() < 0.5:
            birth(p, lg)
            p.t(", ")
            other(p, lg)
        else:
            other(p, lg)
            p.t(", ")
            birth(p, lg)
        p.t(rng.choice(["; ", ", "]))
        other(p, lg)
        p.t(".\n")


def note(p, a, b):
    p.t(rng.choice(T[a]["roles"]) + " ")
    birth(p, a)
    p.t(".\n\n" + T[b]["note"] + ": ")
    other(p, b)
    p.t(", ")
    other(p, b)
    p.t(".\n" + T[a]["note"] + ": ")
    other(p, a)
    p.t(".\n")


def prev(p, a, b):
    for lg in (a, b):
        pl = rng.choice(T[lg]["places"])
        p.t(rng.choice(T[lg]["roles"]) + " " + rng.choice(T[lg]["bornat"]).format(P=pl) + ". ")
        other(p, lg)
        p.t(rng.choice([". ", ".\n"]))
        other(p, lg)
        p.t(".\n")
    p.t(rng.choice(T[a]["roles"]) + ": ")
    birth(p, a)
    p.t(".\n")


def tandem(p, a, b):
    who = [("A", a), ("B", b)]
    p.t("A: " + rng.choice(T[a]["roles"]) + " — " + T[a]["born"][0] + "?\nB: ")
    birth(p, b if rng.random() < 0.5 else a)
    p.t("\n")
    for i in range(rng.randint(2, 3)):
        sp, lg = who[i % 2]
        k = rng.choice(T[lg]["other"])
        p.t(sp + ": " + T[lg]["ask"].format(k=k) + "\n" + who[(i + 1) % 2][0] + ": ")
        if rng.random() < 0.4:
            p.t(T[lg]["born"][0] + " — " + rng.choice(["ok", "ja", "tak", "yes", "jo"]) + ", " + k + " ")
            p.s("NEG_DATE", date(lg, 1990, 2027))
        else:
            p.s("NEG_DATE", date(lg, 1990, 2027))
        p.t("\n")


def ascii_line(p, a, b):
    lg = a if a not in ("en", "gr") else b
    fmt = rng.choice(T[lg]["fmts"])
    bd, od, od2 = date(lg, 1932, 2014, fmt), date(lg, 1990, 2027, fmt), date(lg, 1990, 2027, fmt)
    bw, ow, ow2, role = rng.choice(T[lg]["born"]), rng.choice(T[lg]["other"]), rng.choice(T[lg]["other"]), \
        rng.choice(T[lg]["roles"])
    for conv in (lambda s: s, fold if lg != "el" else None):
        if conv is None:  # Greek's ASCII side is its Latin-letter table
            lg, conv = "gr", lambda s: s
            fmt = rng.choice(T[lg]["fmts"])
            bd, od, od2 = date(lg, 1932, 2014, fmt), date(lg, 1990, 2027, fmt), date(lg, 1990, 2027, fmt)
            bw, ow, ow2, role = T[lg]["born"][0], rng.choice(T[lg]["other"]), rng.choice(T[lg]["other"]), \
                T[lg]["roles"][0]
        keep = (lambda s: s) if fmt.count("{M}") == 0 else conv
        p.t(conv(role) + " " + conv(bw) + " ").s("DATE_OF_BIRTH", keep(bd)).t(", " + conv(ow) + " ")
        p.s("NEG_DATE", keep(od)).t(", " + conv(ow2) + " ").s("NEG_DATE", keep(od2)).t("\n")


def translit(p, a, b):
    lg = a if a not in ("en", "gr") else b
    heads = {"hu": "Eredeti|ASCII", "pl": "Oryginał|ASCII", "tr": "Orijinal|ASCII"}.get(lg, "Original|ASCII")
    blab = [w for w in T[lg]["born"] if w.endswith(":")] or [T[lg]["born"][0]]
    cols = rng.sample(T[lg]["other"], 2)
    p.t("| " + heads.replace("|", " | ") + " | " + blab[0].rstrip(":") + " | " + cols[0] + " | " + cols[1] + " |\n")
    p.t("|---|---|---|---|---|\n")
    fmt = rng.choice([f for f in T[lg]["fmts"] if "{M}" not in f] or T[lg]["fmts"])
    for _ in range(rng.randint(2, 3)):
        pl = rng.choice(T[lg]["places"])
        p.t("| " + pl + " | " + fold(pl) + " | ").s("DATE_OF_BIRTH", date(lg, 1932, 2014, fmt)).t(" | ")
        p.s("NEG_DATE", date(lg, 1990, 2027, fmt)).t(" | ").s("NEG_DATE", date(lg, 1990, 2027, fmt)).t(" |\n")


def ranges(p, a, b):
    for lg in (a, b):
        fmt = rng.choice(T[lg]["fmts"])
        p.t(rng.choice(T[lg]["roles"]) + " ")
        birth(p, lg, fmt=fmt)
        p.t(" (%d, %s " % (rng.randint(8, 90), rng.choice(["per", "stan na", "Stand", "à la date du", "a"])))
        p.s("NEG_DATE", date(lg, 2020, 2026, fmt)).t("); ")
        p.t(rng.choice(T[lg]["other"]) + " ").s("NEG_DATE", date(lg, 1990, 2010, fmt)).t(" – ")
        p.s("NEG_DATE", date(lg, 2011, 2027, fmt)).t(".\n")


SHAPES = [same, note, prev, tandem, ascii_line, translit, ranges]


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    for i in range(336):
        a = LANGS[i % len(LANGS)]
        b = rng.choice([x for x in LANGS if x != a and not (a in ("el", "gr") and x in ("el", "gr"))])
        shapes = [SHAPES[i % len(SHAPES)]] + ([rng.choice(SHAPES)] if rng.random() < 0.35 else [])
        p = P()
        for sh in shapes:
            sh(p, a, b)
            p.t("\n")
        api = apis[(i // 3) % 4]
        ascii_ = i % 3 == 0
        ask = rng.choice(ASK_EN) if rng.random() < 0.5 else T[b]["note"] + ": " + rng.choice(ASK_EN)
        body, spans = ask_body(api, ask, p.text, p.spans, ascii_, i % 2 == 1)
        append_body(records, body, spans, {"locale": a + "+" + b, "class": "dobmix63", "api": api,
                                           "ascii": ascii_, "doc": "+".join(s.__name__ for s in shapes)})
    write_json(records)


main()
