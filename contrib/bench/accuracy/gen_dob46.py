#!/usr/bin/env python3
"""gen_dob46.py: dates of birth in the languages and layouts still missed (issue #15), written from
the lead's brief for stop 46 and what notes/dob45.md lists as left, before any detector rule was
read or hush was run on it (branch dob46; a tune set).

Kinds of text (metadata.class), each in several languages:
- form: registration, ID and membership forms in pl/cs/sk/hu/fi/tr/ro/el (Greek in Latin
  transliteration)/sv/da/no/pt with a spelled month in every case and inflection the language
  writes in a date (`15 października 1987`, `3. června 1990`, `3. júna 1990`, `1987. március 3.`,
  `3. maaliskuuta 1987`, `12 Mart 1985`, `28 Şubat 1958`, `5 februarie 1990`, `14 Fevrouariou
  1979`, `3 de março de 1987`), the nominative, the abbreviation, the whole date in capitals
  (`28 ŞUBAT 1958`, `15 PAŹDZIERNIKA 1987`); birth labels full, abbreviated and in capitals
  (`DOĞUM TARİHİ`, `Dat. nar.`, `Szül. idő`, `Synt.aika`, `Data naşt.`, `F.dato`); other dates
  (issue, expiry, death, marriage, appointment, founding) in the same forms;
- prose: the birth verb of each language before or after the date (`urodziła się`, `narodil se`,
  `született` after a Hungarian date with `-án`, `doğdu` after `12 Mart 1985'te`, `s-a născut`,
  `gennithike`, `föddes`, `blev født`, `nasceu`); deaths, weddings, founding dates and a pet's
  birth as look-alikes;
- hudot: Hungarian dotted values `1979.01.27.` and `1979. 01. 27.` in brackets after a name under a
  birth label, after `szül.`, in lists under a header; issue, validity and death dates in brackets;
- gebnext: `X geb. Y` (née, z domu, roz.) with a date alone on the next line: a birth where a
  label above or a birth mark on that line says so, a look-alike under an inspection, appointment
  or death line;
- table: space-aligned tables whose head cell is `f.`, `b.`, `geb.`, `DOB`, `Born`, `nar.`, `ur.`,
  `szül.`, `s.`, `född`; look-alike columns (`d.`, `Joined`, `Foaled` of horses, `Founded`);
- pdf2col: two-column PDF-to-text where the label and the date are split by the other column's
  text (the value on the next line under the label, or after the other column's text on the
  label's line), with the other column's dates as look-alikes;
- prompt: births in prompts wrapped at 60-76 columns (the birth word ends a line and the date opens
  the next, also after `> ` quoting), with a pet's birth, a founding date and appointments;
- tool: tool-call JSON with the birth inside an `arguments` string escaped once, or a tool result
  escaped twice (`\\\"dob\\\": ...`), with `\\n` inside content, `\\u` escapes in month names,
  birth keys of 12 languages; created, issued, expiry, founding and a pet's birth keys as
  look-alikes.

Labelling conventions (those of dob14, dob17, dob41-45): a month with its year alone is a
DATE_OF_BIRTH, a year alone NEG_DATE; the gold span runs from the date's first to its last
character (a Hungarian date's closing dot included; a case ending `-án`/`'te`, `r.`, a time or a
weekday after it left out; a date wrapped over a line includes the line break). A pet's or a
horse's birth and a firm's founding are NEG_DATE.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json  # noqa: E402

rng = random.Random(20261205 + 46)
records = []

LANGS = ["pl", "cs", "sk", "hu", "fi", "tr", "ro", "el", "sv", "da", "no", "pt"]


class D(Doc):
    records = records

    def dob(self, v):
        return self.span("NEG_DATE" if v.isdigit() and len(v) == 4 else "DATE_OF_BIRTH", v)

    def neg(self, v):
        return self.span("NEG_DATE", v)

    def p(self, pp, order="gs"):
        g, s = pp
        if order == "sg":
            return self.span("PERSON", s).t(", ").span("PERSON", g)
        if order == "hu":
            return self.span("PERSON", s + " " + g)
        if order == "SG":
            return self.span("PERSON", up("xx", s) + " " + g)
        return self.span("PERSON", g + " " + s)


def up(lg, s):
    """Capitals as the language writes them (Turkish dotted capital İ)."""
    if lg == "tr":
        s = s.replace("i", "İ")
    return s.upper()


# ---- people ------------------------------------------------------------------------------------
GIVEN = {"pl": ["Agnieszka", "Tomasz", "Jadwiga", "Przemysław", "Urszula"],
         "cs": ["Markéta", "Vojtěch", "Zdeňka", "Radek", "Libuše"],
         "sk": ["Zuzana", "Miroslav", "Lucia", "Juraj", "Ľudmila"],
         "hu": ["Réka", "Botond", "Enikő", "Zoltán", "Judit"],
         "fi": ["Aino", "Juhani", "Sanna", "Ville", "Tuulikki"],
         "tr": ["Elif", "Mehmet", "Ayşe", "Kaan", "Gülşen"],
         "ro": ["Ioana", "Mihai", "Raluca", "Cătălin", "Daciana"],
         "el": ["Eleni", "Giorgos", "Katerina", "Nikos", "Paraskevi"],
         "sv": ["Astrid", "Linnea", "Oskar", "Birgitta", "Viktor"],
         "da": ["Mette", "Rasmus", "Freja", "Søren", "Lone"],
         "no": ["Ingrid", "Håkon", "Sigrid", "Eirik", "Marit"],
         "pt": ["Inês", "Rodrigo", "Beatriz", "João", "Conceição"],
         "de": ["Ursula", "Wolfgang", "Gisela", "Dieter", "Heike"],
         "en": ["Margaret", "Declan", "Philippa", "Graham", "Moira"],
         "fr": ["Josiane", "Thierry", "Odile", "Rémi", "Ghislaine"],
         "nl": ["Anneke", "Joost", "Marieke", "Sjoerd", "Hanneke"]}
SURNAME = {"pl": ["Zielińska", "Wróbel", "Kaczmarek", "Dąbrowski", "Pawlak"],
           "cs": ["Dvořáková", "Procházka", "Kučera", "Němcová", "Horák"],
           "sk": ["Baláž", "Kováčová", "Hudák", "Šimko", "Oravcová"],
           "hu": ["Kovács", "Tóth", "Szabó", "Horváth", "Kiss"],
           "fi": ["Virtanen", "Mäkinen", "Koskinen", "Hämäläinen", "Laine"],
           "tr": ["Yılmaz", "Demir", "Kaya", "Öztürk", "Yıldız"],
           "ro": ["Popescu", "Ionescu", "Dumitru", "Stoica", "Gheorghiu"],
           "el": ["Papadopoulou", "Georgiou", "Nikolaidis", "Karagianni", "Oikonomou"],
           "sv": ["Lindqvist", "Bergström", "Nyberg", "Forsberg", "Engström"],
           "da": ["Nielsen", "Mortensen", "Juhl", "Skov", "Thomsen"],
           "no": ["Haugen", "Berntsen", "Solberg", "Dahle", "Nygård"],
           "pt": ["Fonseca", "Carvalho", "Sequeira", "Teixeira", "Rebelo"],
           "de": ["Brandstetter", "Hölzl", "Kaufmann", "Lechner", "Wimmer"],
           "en": ["Thornbury", "Galloway", "Fairweather", "Okonkwo", "Brannigan"],
           "fr": ["Vasseur", "Lefebvre", "Marchand", "Poulain", "Guérin"],
           "nl": ["Brouwer", "van Dijk", "Hendriks", "Dekker", "de Wit"]}
SYL = ["ra", "vos", "mil", "te", "kor", "ban", "li", "sef", "dor", "mu", "zal", "pe", "tri",
       "gan", "el", "vo", "sta", "ni"]
END = ["ska", "ová", "ić", "escu", "oğlu", "nen", "poulou", "gren", "sen", "eira", "ler", "ász"]


def person(lg):
    if rng.random() < 0.55:
        return rng.choice(GIVEN[lg]), rng.choice(SURNAME[lg])
    g = "".join(rng.choice(SYL) for _ in range(2))
    s = "".join(rng.choice(SYL) for _ in range(rng.choice((1, 2)))) + rng.choice(END)
    return g.capitalize(), s.capitalize()


def adult():
    return rng.randint(1934, 2006), rng.randint(1, 12), rng.randint(1, 28)


def child():
    return rng.randint(2008, 2023), rng.randint(1, 12), rng.randint(1, 28)


def recent():
    return rng.randint(2018, 2027), rng.randint(1, 12), rng.randint(1, 28)


def old_event():
    return rng.randint(1960, 2017), rng.randint(1, 12), rng.randint(1, 28)


# ---- months ------------------------------------------------------------------------------------
# full: the form a day-month-year date uses; nom: the nominative; abbr: the abbreviation.
MON = {
    "pl": ("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
           "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
           "sty. lut. mar. kwi. maj cze. lip. sie. wrz. paź. lis. gru."),
    "cs": ("ledna února března dubna května června července srpna září října listopadu prosince",
           "leden únor březen duben květen červen červenec srpen září říjen listopad prosinec",
           "led. úno. bře. dub. kvě. čvn. čvc. srp. zář. říj. lis. pro."),
    "sk": ("januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
           "január február marec apríl máj jún júl august september október november december",
           "jan. feb. mar. apr. máj jún júl aug. sep. okt. nov. dec."),
    "hu": ("január február március április május június július augusztus szeptember október november december",
           "január február március április május június július augusztus szeptember október november december",
           "jan. febr. márc. ápr. máj. jún. júl. aug. szept. okt. nov. dec."),
    "fi": ("tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
           "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu",
           "tammik. helmik. maalisk. huhtik. toukok. kesäk. heinäk. elok. syysk. lokak. marrask. jouluk."),
    "tr": ("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
           "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
           "Oca Şub Mar Nis May Haz Tem Ağu Eyl Eki Kas Ara"),
    "ro": ("ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
           "Ianuarie Februarie Martie Aprilie Mai Iunie Iulie August Septembrie Octombrie Noiembrie Decembrie",
           "ian. feb. mar. apr. mai iun. iul. aug. sept. oct. nov. dec."),
    "el": ("Ianouariou Fevrouariou Martiou Apriliou Maiou Iouniou Iouliou Avgoustou Septemvriou Oktovriou Noemvriou Dekemvriou",
           "Ianouarios Fevrouarios Martios Aprilios Maios Iounios Ioulios Avgoustos Septemvrios Oktovrios Noemvrios Dekemvrios",
           "Ian. Fev. Mar. Apr. Mai. Ioun. Ioul. Avg. Sep. Okt. Noe. Dek."),
    "sv": ("januari februari mars april maj juni juli augusti september oktober november december",
           "Januari Februari Mars April Maj Juni Juli Augusti September Oktober November December",
           "jan. feb. mars apr. maj juni juli aug. sep. okt. nov. dec."),
    "da": ("januar februar marts april maj juni juli august september oktober november december",
           "Januar Februar Marts April Maj Juni Juli August September Oktober November December",
           "jan. feb. mar. apr. maj jun. jul. aug. sep. okt. nov. dec."),
    "no": ("januar februar mars april mai juni juli august september oktober november desember",
           "Januar Februar Mars April Mai Juni Juli August September Oktober November Desember",
           "jan. feb. mar. apr. mai jun. jul. aug. sep. okt. nov. des."),
    "pt": ("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
           "Janeiro Fevereiro Março Abril Maio Junho Julho Agosto Setembro Outubro Novembro Dezembro",
           "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez."),
    "de": ("Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
           "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
           "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez."),
    "en": ("January February March April May June July August September October November December",
           "January February March April May June July August September October November December",
           "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
    "fr": ("janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
           "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
           "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc."),
    "nl": ("januari februari maart april mei juni juli augustus september oktober november december",
           "januari februari maart april mei juni juli augustus september oktober november december",
           "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec."),
}
MON = {k: tuple(x.split() for x in v) for k, v in MON.items()}
ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()


def spelled(lg, ymd, style=None):
    """A date with a month name in lg; style full (most often), nom, abbr, caps or roman."""
    y, m, d = ymd
    style = style or rng.choice(["full"] * 5 + ["abbr", "abbr", "caps", "caps", "nom"])
    mn = MON[lg][{"full": 0, "caps": 0, "nom": 1, "abbr": 2, "roman": 0}[style]][m - 1]
    if style == "roman":
        mn = ROMAN[m - 1] + ("." if lg in ("hu", "cs", "sk") else "")
    dd = str(d)
    if lg in ("cs", "sk", "fi", "da", "no", "de"):
        v = "%s. %s %d" % (dd, mn, y) if rng.random() < 0.8 else "%s.%s %d" % (dd, mn, y)
    elif lg == "hu":
        v = "%d. %s %d." % (y, mn, d) if rng.random() < 0.85 else "%d %s %d" % (y, mn, d)
    elif lg == "pt":
        if style in ("abbr", "caps") and rng.random() < 0.5:
            v = "%02d %s %d" % (d, mn.rstrip("."), y)
        else:
            v = "%s de %s de %d" % (dd, mn, y)
    elif lg == "en":
        v = rng.choice(["%s %s %d" % (dd, mn, y), "%s %s, %d" % (mn, dd, y)])
    else:
        if lg in ("pl", "ro", "tr", "el") and rng.random() < 0.3:
            dd = "%02d" % d
        v = "%s %s %d" % (dd, mn, y)
    return up(lg, v) if style == "caps" else v


def numeric(lg, ymd):
    y, m, d = ymd
    if lg == "hu":
        return rng.choice(["%04d.%02d.%02d." % (y, m, d), "%04d. %02d. %02d." % (y, m, d)])
    if lg == "sv":
        return "%04d-%02d-%02d" % (y, m, d)
    if lg in ("cs", "sk"):
        return rng.choice(["%d. %d. %04d" % (d, m, y), "%02d.%02d.%04d" % (d, m, y)])
    if lg in ("fi",):
        return "%d.%d.%04d" % (d, m, y)
    if lg in ("pt", "el", "en", "fr"):
        return "%02d/%02d/%04d" % (d, m, y)
    if lg == "nl":
        return "%02d-%02d-%04d" % (d, m, y)
    return "%02d.%02d.%04d" % (d, m, y)


def date(lg, ymd, spelled_share=0.75):
    return spelled(lg, ymd) if rng.random() < spelled_share else numeric(lg, ymd)


# ---- labels ------------------------------------------------------------------------------------
# Birth labels: full, abbreviated; capitals are drawn from the full ones.
BIRTH = {
    "pl": (["Data urodzenia", "Data i miejsce urodzenia"], ["Data ur.", "Dt. ur.", "Ur."]),
    "cs": (["Datum narození", "Datum a místo narození"], ["Dat. nar.", "Nar.", "Dat. narozeni"]),
    "sk": (["Dátum narodenia", "Dátum a miesto narodenia"], ["Dát. nar.", "Nar.", "Datum narodenia"]),
    "hu": (["Születési idő", "Születési dátum", "Született"], ["Szül. idő", "Szül.", "Szül. dátum"]),
    "fi": (["Syntymäaika", "Syntymäpäivä", "Syntynyt"], ["Synt.aika", "Synt.", "Syntymäp."]),
    "tr": (["Doğum tarihi", "Doğum Tarihi", "Doğum yeri ve tarihi"], ["D. Tarihi", "Doğ. Tar.", "D.T."]),
    "ro": (["Data nașterii", "Data naşterii", "Data și locul nașterii"], ["Data naşt.", "Data nast.", "Născut(ă) la"]),
    "el": (["Imerominia gennisis", "Hmerominia gennhshs", "Imerominia kai topos gennisis"],
           ["Im. gennisis", "Hmer. genn.", "Imer. gen."]),
    "sv": (["Födelsedatum", "Född"], ["Föd.datum", "Födelsedat.", "F. datum"]),
    "da": (["Fødselsdato", "Født", "Fødselsdag"], ["F.dato", "Fødselsd.", "Fødsdato"]),
    "no": (["Fødselsdato", "Født"], ["F.dato", "Fødselsd.", "Født d."]),
    "pt": (["Data de nascimento", "Data e local de nascimento", "Nascido(a) em"], ["Data nasc.", "D. nasc.", "Nasc."]),
    "de": (["Geburtsdatum", "Geboren am"], ["Geb.-Datum", "geb."]),
    "en": (["Date of birth", "Birth date"], ["DOB", "D.O.B."]),
    "fr": (["Date de naissance"], ["Date de naiss.", "Né(e) le"]),
    "nl": (["Geboortedatum"], ["Geb. datum", "Geb.dat."]),
}
# Place-first labels: the value is `Town, DATE`.
PLACE_FIRST = {"pl": "Data i miejsce urodzenia", "cs": "Datum a místo narození",
               "sk": "Dátum a miesto narodenia", "tr": "Doğum yeri ve tarihi",
               "ro": "Data și locul nașterii", "el": "Imerominia kai topos gennisis",
               "pt": "Data e local de nascimento"}
TOWN = {"pl": ["Opole", "Tarnów", "Łódź"], "cs": ["Brno", "Olomouc", "Písek"],
        "sk": ["Žilina", "Prešov", "Nitra"], "hu": ["Szeged", "Győr", "Pécs"],
        "fi": ["Tampere", "Oulu", "Kuopio"], "tr": ["Bursa", "Trabzon", "Adana"],
        "ro": ["Cluj-Napoca", "Iași", "Brașov"], "el": ["Patra", "Larisa", "Volos"],
        "sv": ["Umeå", "Växjö", "Luleå"], "da": ["Odense", "Aalborg", "Vejle"],
        "no": ["Bodø", "Tromsø", "Hamar"], "pt": ["Braga", "Coimbra", "Viseu"],
        "de": ["Passau", "Linz", "Kassel"], "en": ["Leeds", "Cork", "Perth"],
        "fr": ["Nancy", "Brest", "Namur"], "nl": ["Zwolle", "Gent", "Tilburg"]}
# Other events: issue, expiry, death, marriage, appointment, founding.
EVENT = {
    "pl": ["Data wydania", "Data ważności", "Data zgonu", "Data ślubu", "Termin wizyty", "Data założenia"],
    "cs": ["Datum vydání", "Platnost do", "Datum úmrtí", "Datum sňatku", "Termín návštěvy", "Datum založení"],
    "sk": ["Dátum vydania", "Platnosť do", "Dátum úmrtia", "Dátum sobáša", "Termín návštevy", "Dátum založenia"],
    "hu": ["Kiállítás dátuma", "Érvényes", "Halálozás dátuma", "Házasságkötés dátuma", "Időpont", "Alapítás dátuma"],
    "fi": ["Myöntämispäivä", "Voimassa", "Kuolinpäivä", "Vihkipäivä", "Ajanvaraus", "Perustettu"],
    "tr": ["Veriliş tarihi", "Son geçerlilik tarihi", "Ölüm tarihi", "Evlilik tarihi", "Randevu tarihi", "Kuruluş tarihi"],
    "ro": ["Data eliberării", "Valabil până la", "Data decesului", "Data căsătoriei", "Programare", "Data înființării"],
    "el": ["Imerominia ekdosis", "Ischyei eos", "Imerominia thanatou", "Imerominia gamou", "Rantevou", "Imerominia idrysis"],
    "sv": ["Utfärdat", "Giltigt till", "Dödsdatum", "Vigseldatum", "Bokad tid", "Grundat"],
    "da": ["Udstedt", "Gyldig til", "Dødsdato", "Vielsesdato", "Tidsbestilling", "Stiftet"],
    "no": ["Utstedt", "Gyldig til", "Dødsdato", "Vigselsdato", "Timeavtale", "Stiftet"],
    "pt": ["Data de emissão", "Válido até", "Data de óbito", "Data de casamento", "Consulta marcada", "Data de fundação"],
    "de": ["Ausstellungsdatum", "Gültig bis", "Sterbedatum", "Heiratsdatum", "Termin", "Gründungsdatum"],
    "en": ["Date of issue", "Expiry date", "Date of death", "Date of marriage", "Appointment", "Founded"],
    "fr": ["Date de délivrance", "Date d'expiration", "Date de décès", "Date du mariage", "Rendez-vous", "Date de création"],
    "nl": ["Datum afgifte", "Geldig tot", "Overlijdensdatum", "Huwelijksdatum", "Afspraak", "Opgericht"],
}
ISSUE, EXPIRY, DEATH, MARRIAGE, APPT, FOUNDED = range(6)
NAME = {"pl": "Imię i nazwisko", "cs": "Jméno a příjmení", "sk": "Meno a priezvisko", "hu": "Név",
        "fi": "Nimi", "tr": "Adı Soyadı", "ro": "Nume și prenume", "el": "Onomateponymo",
        "sv": "Namn", "da": "Navn", "no": "Navn", "pt": "Nome", "de": "Name", "en": "Name",
        "fr": "Nom", "nl": "Naam"}
TITLE = {"pl": ["Wniosek o wydanie karty", "Karta pacjenta", "Deklaracja członkowska"],
         "cs": ["Žádost o vydání průkazu", "Registrace pacienta", "Přihláška člena"],
         "sk": ["Žiadosť o vydanie preukazu", "Registrácia pacienta", "Prihláška"],
         "hu": ["Kérelem", "Betegfelvételi lap", "Tagfelvételi kérelem"],
         "fi": ["Hakemus", "Potilastiedot", "Jäsenhakemus"],
         "tr": ["Başvuru formu", "Hasta kayıt formu", "Üyelik formu"],
         "ro": ["Cerere", "Fișa pacientului", "Formular de înscriere"],
         "el": ["Aitisi", "Karta asthenous", "Aitisi eggrafis melous"],
         "sv": ["Ansökan", "Patientuppgifter", "Medlemsansökan"],
         "da": ["Ansøgning", "Patientoplysninger", "Indmeldelse"],
         "no": ["Søknad", "Pasientopplysninger", "Innmelding"],
         "pt": ["Requerimento", "Ficha do paciente", "Ficha de inscrição"]}


def blabel(lg):
    """A birth label: full, abbreviated or in capitals; never a place-first one."""
    full = [x for x in BIRTH[lg][0] if x != PLACE_FIRST.get(lg)]
    r = rng.random()
    if r < 0.4:
        return rng.choice(full)
    if r < 0.75:
        return rng.choice(BIRTH[lg][1])
    return up(lg, rng.choice(full))


def event_line(d, lg, kind, style=None, sep=": "):
    ymd = recent() if kind in (ISSUE, EXPIRY, APPT) else old_event()
    lab = EVENT[lg][kind]
    if style == "caps":
        lab = up(lg, lab)
    d.t(lab + sep).neg(spelled(lg, ymd, style) if style else date(lg, ymd)).t("\n")


# ---- kinds -------------------------------------------------------------------------------------
def k_form(d, lg):
    """A form with spelled months; the birth among other dates in the same style."""
    d.t(rng.choice(TITLE[lg]) + "\n\n")
    caps = rng.random() < 0.3
    style = "caps" if caps else rng.choice(["full", "full", "abbr", "nom"] +
                                           (["roman"] if lg in ("pl", "cs", "hu") else []))
    nm = NAME[lg]
    d.t((up(lg, nm) if caps else nm) + ": ").p(person(lg), "SG" if caps else "gs").t("\n")
    if rng.random() < 0.5:
        event_line(d, lg, rng.choice([ISSUE, APPT, MARRIAGE]), style)
    r = rng.random()
    ymd = adult()
    if r < 0.2 and lg in PLACE_FIRST:
        lab = PLACE_FIRST[lg]
        d.t((up(lg, lab) if caps else lab) + ": " + rng.choice(TOWN[lg]) + ", ")
        d.dob(spelled(lg, ymd, style)).t("\n")
    else:
        lab = up(lg, blabel(lg)) if caps else blabel(lg)
        sep = rng.choice([": ", ": ", ":\n", " ", ":  "])
        d.t(lab + sep).dob(spelled(lg, ymd, style))
        if lg == "pl" and rng.random() < 0.5:
            d.t(" r.")
        d.t("\n")
    event_line(d, lg, rng.choice([ISSUE, EXPIRY, DEATH, FOUNDED]), style)
    if rng.random() < 0.4:
        event_line(d, lg, rng.choice([EXPIRY, APPT]), None)


VERB = {  # (before the date, after the date)
    "pl": ([" urodziła się ", " urodził się ", ", ur. "], []),
    "cs": ([" se narodila ", " se narodil ", ", nar. "], []),
    "sk": ([" sa narodila ", " sa narodil ", ", nar. "], []),
    "hu": ([" született "], [("", "-án született"), ("", "-én született")]),
    "fi": ([" syntyi ", ", s. ", " on syntynyt "], []),
    "tr": ([" doğum tarihi ", ", doğum tarihi: "], [("", "'te doğdu"), ("", " tarihinde doğdu")]),
    "ro": ([" s-a născut la ", " s-a născut pe ", ", născută la "], []),
    "el": ([" gennithike stis ", " gennithike tin ", ", genn. "], []),
    "sv": ([" föddes den ", " är född ", ", född "], []),
    "da": ([" blev født den ", " er født ", ", født "], []),
    "no": ([" ble født ", " er født ", ", født "], []),
    "pt": ([" nasceu a ", " nasceu em ", ", nascida a "], []),
}
NEG_PROSE = {  # (text before a date that is no birth)
    "pl": ["Zmarła ", "Ślub wzięli ", "Firma została założona ", "Nasz pies Burek urodził się ",
           "Wizyta kontrolna: "],
    "cs": ["Zemřela ", "Svatbu měli ", "Firma byla založena ", "Náš pes Ben se narodil ",
           "Kontrola: "],
    "sk": ["Zomrela ", "Sobáš mali ", "Firma bola založená ", "Náš pes Dunčo sa narodil ",
           "Kontrola: "],
    "hu": ["Elhunyt ", "Házasságot kötöttek ", "A céget alapították ", "A kutyánk, Bodri született ",
           "Következő vizsgálat: "],
    "fi": ["Kuoli ", "Vihittiin ", "Yritys perustettiin ", "Koiramme Musti syntyi ",
           "Seuraava käynti: "],
    "tr": ["Vefat tarihi ", "Evlilik tarihi ", "Şirketin kuruluş tarihi ", "Köpeğimiz Karabaş doğdu ",
           "Randevu: "],
    "ro": ["A decedat la ", "S-au căsătorit la ", "Firma a fost înființată la ",
           "Câinele nostru Azorel s-a născut la ", "Programare: "],
    "el": ["Pethane stis ", "Pantreftikan stis ", "I etaireia idrythike stis ",
           "O skylos mas o Azor gennithike stis ", "Rantevou: "],
    "sv": ["Avled den ", "Gifte sig den ", "Företaget grundades den ", "Vår hund Sixten föddes den ",
           "Återbesök: "],
    "da": ["Døde den ", "Blev gift den ", "Firmaet blev stiftet den ", "Vores hund Bamse blev født den ",
           "Kontrol: "],
    "no": ["Døde ", "Giftet seg ", "Firmaet ble stiftet ", "Hunden vår Pelle ble født ",
           "Kontroll: "],
    "pt": ["Faleceu a ", "Casaram-se a ", "A empresa foi fundada a ", "O nosso cão Tejo nasceu a ",
           "Consulta: "],
}


def k_prose(d, lg):
    """A sentence or two: the birth verb before or after the date; other events beside it."""
    p = person(lg)
    before, after = VERB[lg]
    ymd = adult()
    v = spelled(lg, ymd, rng.choice(["full", "full", "full", "abbr", "caps"]))
    order = "hu" if lg == "hu" else "gs"
    if after and rng.random() < 0.5:
        pre, post = rng.choice(after)
        if lg == "hu":
            v = v.rstrip(".")
        d.p(p, order).t(" " + pre).dob(v).t(post + " (" + rng.choice(TOWN[lg]) + ").")
    else:
        d.p(p, order).t(rng.choice(before)).dob(v)
        if lg == "pl" and rng.random() < 0.5:
            d.t(" r.")
        d.t(" (" + rng.choice(TOWN[lg]) + ").")
    for _ in range(rng.randint(1, 2)):
        lead = rng.choice(NEG_PROSE[lg])
        ymd2 = recent() if lead.rstrip().endswith(":") else old_event()
        d.t(" " + lead).neg(spelled(lg, ymd2, rng.choice(["full", "abbr"]))).t(".")
    d.t("\n")


HU_HEAD = ["Gyermekek:", "Résztvevők:", "Családtagok:", "Utasok névsora:", "Tagok:"]


def k_hudot(d, lg):
    """Hungarian dotted values in brackets, after szül., under a header."""
    lg = d.lg = "hu"
    r = rng.random()
    if r < 0.3:
        d.t("Születési idő (év.hó.nap.)\n" if rng.random() < 0.3 else rng.choice(HU_HEAD) + "\n")
        for _ in range(rng.randint(2, 4)):
            ymd = child() if rng.random() < 0.5 else adult()
            d.t(rng.choice(["- ", "  ", "• "])).p(person(lg), "hu").t(" (" + rng.choice(["", "szül. ", "sz. "]))
            d.dob(numeric(lg, ymd)).t(")\n")
        d.t("Kelt: ").neg(numeric(lg, recent())).t("\n")
    elif r < 0.55:
        d.t(rng.choice(["Név", "NÉV"]) + ": ").p(person(lg), "hu").t("\n")
        lab = rng.choice(["Születési idő", "Szül. idő", "SZÜLETÉSI IDŐ", "Született", "Szül."])
        br = rng.choice([("(", ")"), ("[", "]"), ("", "")])
        d.t(lab + ": " + br[0]).dob(numeric(lg, adult())).t(br[1] + "\n")
        lab2 = rng.choice(["Kiállítva", "Érvényes", "Kelt", "Elhunyt"])
        d.t(lab2 + ": " + br[0]).neg(numeric(lg, old_event() if lab2 == "Elhunyt" else recent()))
        d.t(br[1] + "\n")
    elif r < 0.8:
        op = rng.choice([" (szül. ", ", szül. ", " (sz. ", ", született: ("])
        d.p(person(lg), "hu").t(op).dob(numeric(lg, adult())).t(")" if "(" in op else "")
        if rng.random() < 0.5:
            d.t(rng.choice([", anyja neve: ", ", a.n.: "])).p(person(lg), "hu")
        else:
            d.t(", lakcím: " + rng.choice(TOWN[lg]))
        ev = rng.choice([" (érvényes: ", " (kiállítva: ", " (elhunyt: ", " (házasságkötés: "])
        d.t(ev).neg(numeric(lg, recent() if ev[2] in "ék" else old_event())).t(")\n")
    else:
        # an English or German sheet about a Hungarian employee
        d.t(rng.choice(["Employee: ", "Mitarbeiterin: ", "Passenger: "])).p(person(lg), "hu")
        d.t(rng.choice([" — DOB (", " (DOB: ", " — geb. (", " (born "]))
        d.dob(numeric(lg, adult())).t(")\n")
        d.t(rng.choice(["Contract signed (", "Vertrag vom (", "Ticket issued ("]))
        d.neg(numeric(lg, recent())).t(")\n")


MAIDEN = {"de": " geb. ", "fr": " née ", "en": " née ", "pl": " z d. ", "cs": " roz. ",
          "nl": " geb. "}
MAIDEN_ALT = {"pl": " z domu ", "de": " geborene ", "cs": " rozená "}
NEXT_BIRTH = {"de": ["geb. ", "* ", "geboren am "], "fr": ["née le ", "° ", "* "],
              "en": ["b. ", "born ", "* "], "pl": ["ur. ", "* "], "cs": ["nar. ", "* "],
              "nl": ["geb. ", "* ", "geboren op "]}
HEAD_BIRTH = {"de": "Name, Vorname (ggf. Geburtsname), Geburtsdatum:",
              "fr": "Nom, prénom (nom de naissance), date de naissance :",
              "en": "Full name (maiden name), date of birth:",
              "pl": "Imię i nazwisko (nazwisko rodowe), data urodzenia:",
              "cs": "Jméno a příjmení (rodné příjmení), datum narození:",
              "nl": "Naam (meisjesnaam), geboortedatum:"}
ADDRESS = {"de": "Anschrift", "fr": "Adresse", "en": "Address", "pl": "Adres", "cs": "Adresa",
           "nl": "Adres"}
OWNER = {"de": ["Eigentümer", "Antragstellerin", "Kundin", "Mieterin"],
         "fr": ["Propriétaire", "Demandeuse", "Cliente"],
         "en": ["Owner", "Applicant", "Customer", "Tenant"],
         "pl": ["Właścicielka", "Wnioskodawczyni", "Klientka"],
         "cs": ["Majitelka", "Žadatelka", "Zákaznice"],
         "nl": ["Eigenaar", "Aanvrager", "Klant"]}
NEXT_NEG = {"de": ["Prüfung: ", "Termin: ", "Letzte Wartung: ", "† ", "Vertrag vom "],
            "fr": ["Contrôle : ", "Rendez-vous : ", "Dernier entretien : ", "† ", "Contrat du "],
            "en": ["Inspection: ", "Appointment: ", "Last service: ", "d. ", "Contract of "],
            "pl": ["Przegląd: ", "Termin: ", "Ostatni serwis: ", "zm. ", "Umowa z dnia "],
            "cs": ["Revize: ", "Termín: ", "Poslední servis: ", "zemř. ", "Smlouva ze dne "],
            "nl": ["Keuring: ", "Afspraak: ", "Laatste onderhoud: ", "† ", "Contract van "]}


def wnumeric(lg, ymd):
    y, m, d = ymd
    if lg == "en":
        return "%02d/%02d/%04d" % (d, m, y)
    if lg == "nl":
        return "%02d-%02d-%04d" % (d, m, y)
    if lg == "fr":
        return "%02d/%02d/%04d" % (d, m, y)
    return rng.choice(["%d.%d.%04d" % (d, m, y), "%02d.%02d.%04d" % (d, m, y)])


def maiden_name(d, lg):
    g, s = person(lg)
    born = rng.choice(SURNAME[lg])
    mk = MAIDEN_ALT[lg] if lg in MAIDEN_ALT and rng.random() < 0.3 else MAIDEN[lg]
    d.span("PERSON", g + " " + s).t(mk).span("PERSON", born)


def k_gebnext(d, lg):
    """`X geb. Y` and a date alone on the next line."""
    lg = d.lg = rng.choice(["de", "de", "fr", "en", "pl", "cs", "nl"])
    r = rng.random()
    if r < 0.3:
        d.t(HEAD_BIRTH[lg] + "\n")
        maiden_name(d, lg)
        d.t("\n").dob(wnumeric(lg, adult()) if rng.random() < 0.7 else spelled(lg, adult(), "full")).t("\n")
        d.t(ADDRESS[lg] + ": " + rng.choice(TOWN[lg]) + "\n")
    elif r < 0.55:
        d.t(rng.choice(OWNER[lg]) + ": ")
        maiden_name(d, lg)
        d.t("\n" + rng.choice(NEXT_BIRTH[lg])).dob(wnumeric(lg, adult())).t("\n")
        event_line(d, lg, rng.choice([ISSUE, APPT]))
    else:
        d.t(rng.choice(OWNER[lg]) + ": ")
        maiden_name(d, lg)
        nx = rng.choice(NEXT_NEG[lg])
        d.t("\n" + nx).neg(wnumeric(lg, recent() if nx[0] not in "†dz" else old_event()))
        if rng.random() < 0.3:
            d.t(rng.choice([", 10:30", " 14:00"]))
        d.t("\n")


TABLE_HEAD = {"sv": ["f.", "född", "Född"], "da": ["f.", "Født"], "no": ["f.", "Født"],
              "en": ["b.", "DOB", "Born"], "de": ["geb.", "Geb.", "DOB"], "nl": ["geb.", "Geb."],
              "cs": ["nar.", "Nar."], "sk": ["nar.", "Nar."], "pl": ["ur.", "Ur."],
              "hu": ["szül.", "Szül."], "fi": ["s.", "Synt."], "pt": ["Nasc.", "n."],
              "tr": ["D.T.", "Doğ."], "ro": ["n.", "Născut"], "el": ["Genn.", "g."]}
TABLE_OTHER = {"sv": ["Anställd", "Medlem sedan"], "da": ["Ansat", "Medlem siden"],
               "no": ["Ansatt", "Medlem siden"], "en": ["Joined", "Issued"],
               "de": ["Eintritt", "Ausgestellt"], "nl": ["In dienst", "Lid sinds"],
               "cs": ["Nástup", "Vydáno"], "sk": ["Nástup", "Vydané"], "pl": ["Zatrudn.", "Wydano"],
               "hu": ["Belépés", "Kiállítva"], "fi": ["Aloitti", "Myönnetty"],
               "pt": ["Admissão", "Emitido"], "tr": ["Giriş", "Veriliş"], "ro": ["Angajat", "Eliberat"],
               "el": ["Proslipsi", "Ekdosi"]}
NEG_TABLES = [("en", "Horse", "Foaled", "Owner"), ("de", "Pferd", "Geb.", "Besitzer"),
              ("en", "Company", "Founded", "Contact"), ("de", "Verein", "Gegründet", "Vorsitz"),
              ("sv", "Häst", "Född", "Ägare"), ("fr", "Cheval", "Né le", "Propriétaire")]
HORSES = ["Silver Tango", "Nordlicht", "Bella Donna", "Quick Fjord", "Royal Pepper", "Hafir"]
FIRMS = ["Brixwell Ltd", "TSV Eintracht 1887", "Nordmark AB", "Kessler & Roth GmbH", "Vintra SA"]


def tdate(lg, ymd):
    return spelled(lg, ymd, "abbr") if rng.random() < 0.25 and lg in MON else numeric(lg, ymd)


def k_table(d, lg):
    """A space-aligned table whose head cell is a birth mark."""
    lg = d.lg = rng.choice([lg, lg, "sv", "en", "de"])
    if rng.random() < 0.2:
        tl, c1, c2, c3 = rng.choice(NEG_TABLES)
        d.lg = tl
        d.t("%-22s%-14s%s\n" % (c1, c2, c3))
        for _ in range(rng.randint(2, 3)):
            if c1 in ("Horse", "Pferd", "Häst", "Cheval"):
                nm, ymd = rng.choice(HORSES), (rng.randint(2005, 2021), rng.randint(1, 12), rng.randint(1, 28))
            else:
                nm, ymd = rng.choice(FIRMS), old_event()
            v = numeric(tl, ymd)
            d.t(nm + " " * (22 - len(nm))).neg(v).t(" " * max(2, 14 - len(v)))
            g, s = person(tl)
            d.span("PERSON", g + " " + s).t("\n")
        # a person's row after it in the same text
        d.t("\n" + NAME[tl] + ": ").p(person(tl)).t(", " + BIRTH[tl][1][0] + " ").dob(numeric(tl, adult())).t("\n")
        return
    head = rng.choice(TABLE_HEAD[lg])
    other = rng.choice(TABLE_OTHER[lg])
    index = rng.random() < 0.3
    w = 26
    d.t(("Nr  " if index else "") + "%-*s%-16s%s\n" % (w, NAME[lg], head, other))
    if rng.random() < 0.4:
        d.t("-" * (w + 16 + len(other) + (4 if index else 0)) + "\n")
    for i in range(rng.randint(2, 5)):
        if index:
            d.t("%-4d" % (i + 1))
        g, s = person(lg)
        nm = s + ", " + g if rng.random() < 0.4 else g + " " + s
        d.span("PERSON", nm).t(" " * max(2, w - len(nm)))
        v = tdate(lg, adult())
        d.dob(v).t(" " * max(2, 16 - len(v)))
        d.neg(numeric(lg, recent())).t("\n")
    if lg == "en" and rng.random() < 0.4:
        # English genealogy columns: b. is a birth, d. a death
        d.t("\n%-26s%-16s%s\n" % ("Name", "b.", "d."))
        g, s = person("en")
        nm = g + " " + s
        d.span("PERSON", nm).t(" " * (26 - len(nm))).dob(numeric("en", (rng.randint(1900, 1940), 3, 4)))
        d.t("      ").neg(numeric("en", old_event())).t("\n")


PDF_LEFT = {"en": ("PERSONAL DETAILS", "Surname", "Given names", "Place of birth", "Nationality"),
            "de": ("PERSÖNLICHE ANGABEN", "Familienname", "Vorname(n)", "Geburtsort", "Staatsangehörigkeit"),
            "pl": ("DANE OSOBOWE", "Nazwisko", "Imiona", "Miejsce urodzenia", "Obywatelstwo"),
            "cs": ("OSOBNÍ ÚDAJE", "Příjmení", "Jméno", "Místo narození", "Státní občanství"),
            "hu": ("SZEMÉLYES ADATOK", "Családi név", "Utónév", "Születési hely", "Állampolgárság"),
            "tr": ("KİŞİSEL BİLGİLER", "Soyadı", "Adı", "Doğum yeri", "Uyruğu"),
            "ro": ("DATE PERSONALE", "Nume", "Prenume", "Locul nașterii", "Cetățenie"),
            "fi": ("HENKILÖTIEDOT", "Sukunimi", "Etunimet", "Syntymäpaikka", "Kansalaisuus"),
            "sv": ("PERSONUPPGIFTER", "Efternamn", "Förnamn", "Födelseort", "Medborgarskap"),
            "pt": ("DADOS PESSOAIS", "Apelido", "Nomes próprios", "Naturalidade", "Nacionalidade"),
            "el": ("PROSOPIKA STOICHEIA", "Eponymo", "Onoma", "Topos gennisis", "Ypikootita")}
PDF_RIGHT = {"en": ("VEHICLE", "Make: Skoda Octavia", "Registration: KX19 ABC", "First registered:", "MOT expires:"),
             "de": ("FAHRZEUG", "Marke: VW Golf", "Kennzeichen: PA-KH 213", "Erstzulassung:", "HU gültig bis:"),
             "pl": ("POJAZD", "Marka: Opel Astra", "Nr rej.: KR 5R221", "Pierwsza rejestracja:", "Przegląd do:"),
             "cs": ("VOZIDLO", "Značka: Škoda Fabia", "SPZ: 2B4 1123", "První registrace:", "STK do:"),
             "hu": ("JÁRMŰ", "Gyártmány: Suzuki Vitara", "Rendszám: ABC-123", "Első forgalomba helyezés:", "Műszaki érvényes:"),
             "tr": ("ARAÇ", "Marka: Fiat Egea", "Plaka: 34 ABC 123", "İlk tescil:", "Muayene bitiş:"),
             "ro": ("VEHICUL", "Marca: Dacia Logan", "Nr. înmatriculare: CJ 12 ABC", "Prima înmatriculare:", "ITP valabil:"),
             "fi": ("AJONEUVO", "Merkki: Toyota Corolla", "Rekisterinumero: ABC-123", "Käyttöönotto:", "Katsastus voimassa:"),
             "sv": ("FORDON", "Märke: Volvo V60", "Reg.nr: ABC 123", "I trafik första gång:", "Besiktigas senast:"),
             "pt": ("VEÍCULO", "Marca: Renault Clio", "Matrícula: 12-AB-34", "Primeira matrícula:", "Inspeção válida até:"),
             "el": ("OCHIMA", "Marka: Toyota Yaris", "Ar. kykloforias: IKA 1234", "Proti adeia:", "KTEO eos:")}


def k_pdf2col(d, lg):
    """Two columns flattened by pdftotext: the birth's label and value split by the other column."""
    lg = d.lg = lg if lg in PDF_LEFT else rng.choice(["en", "de", "pl", "hu", "tr"])
    L, R = PDF_LEFT[lg], PDF_RIGHT[lg]
    W = rng.choice([40, 44, 48])
    p = person(lg)
    blab = blabel(lg) if lg in BIRTH else "Date of birth"
    bv = numeric(lg, adult()) if rng.random() < 0.6 else spelled(lg, adult(), "full")
    rv1, rv2 = numeric(lg, old_event()), numeric(lg, recent())

    def row(left_parts, right_parts):
        start = len(d.text)
        for x in left_parts:
            d.span(*x) if isinstance(x, tuple) else d.t(x)
        d.t(" " * max(2, W - (len(d.text) - start)))
        for x in right_parts:
            d.span(*x) if isinstance(x, tuple) else d.t(x)
        d.t("\n")

    row([L[0]], [R[0]])
    row([L[1] + ": ", ("PERSON", p[1])], [R[1]])
    row([L[2] + ": ", ("PERSON", p[0])], [R[2]])
    mode = rng.random()
    if mode < 0.4:
        # label ends the left cell, the value opens the next line's left cell
        row([blab + ":"], [R[3]])
        row([("DATE_OF_BIRTH", bv)], [("NEG_DATE", rv1)])
    elif mode < 0.7:
        # the right column's text between the label and its value on one line
        d.t(blab + ":  " + R[3] + " ").neg(rv1).t("  ").dob(bv).t("\n")
    else:
        # the birth is in the right column, its value on the next line after the left text
        row([L[3] + ": " + rng.choice(TOWN[lg])], [blab + ":"])
        row([EVENT[lg][ISSUE] + ": ", ("NEG_DATE", rv1)], [("DATE_OF_BIRTH", bv)])
    if mode < 0.7:
        row([L[3] + ": " + rng.choice(TOWN[lg])], [R[4] + " ", ("NEG_DATE", rv2)])
    else:
        row([L[4] + ": X"], [R[4] + " ", ("NEG_DATE", rv2)])


PROMPT = {
    "en": ("Can you draft a short letter to the pension office for my mother, {P}, who was born on",
           "in {T}, asking them to update her address? Her appointment is on"),
    "de": ("Bitte formuliere ein kurzes Schreiben an die Rentenkasse für meine Mutter {P}, geboren am",
           "in {T}, mit der Bitte, die Adresse zu ändern. Der Termin ist am"),
    "pl": ("Napisz proszę krótkie pismo do ZUS w imieniu mojej mamy, {P}, urodzonej",
           "w miejscowości {T}, z prośbą o zmianę adresu. Wizyta jest"),
    "cs": ("Napiš prosím krátký dopis na ČSSZ za mou matku, {P}, narozenou",
           "v {T}, se žádostí o změnu adresy. Termín návštěvy je"),
    "hu": ("Kérlek, írj egy rövid levelet a nyugdíjfolyósítónak anyám, {P} nevében, született",
           "{T}, hogy módosítsák a címét. Az időpont:"),
    "fi": ("Kirjoita lyhyt kirje eläkelaitokselle äitini {P} puolesta, syntynyt",
           "{T}, jotta osoite päivitetään. Aika on varattu"),
    "tr": ("Annem {P} adına emeklilik kurumuna kısa bir dilekçe yazar mısın? Doğum tarihi",
           "doğum yeri {T}. Adres değişikliği için randevu"),
    "ro": ("Te rog scrie o scurtă cerere către casa de pensii pentru mama mea, {P}, născută la",
           "în {T}, pentru schimbarea adresei. Programarea este pe"),
    "el": ("Grapse mia syntomi epistoli ston EFKA gia ti mitera mou, {P}, pou gennithike stis",
           "stin {T}, gia allagi diefthynsis. To rantevou einai stis"),
    "sv": ("Kan du skriva ett kort brev till Pensionsmyndigheten för min mamma {P}, född den",
           "i {T}, om att ändra adressen? Besöket är bokat till"),
    "da": ("Kan du skrive et kort brev til Udbetaling Danmark for min mor {P}, født den",
           "i {T}, om ændring af adressen? Mødet er den"),
    "no": ("Kan du skrive et kort brev til NAV for moren min {P}, født",
           "i {T}, om å endre adressen? Timen er"),
    "pt": ("Podes escrever uma carta curta à Segurança Social pela minha mãe, {P}, nascida a",
           "em {T}, a pedir a mudança de morada? A consulta é a"),
}
PET = {"en": "PS: also add that our dog Biscuit was born on", "de": "PS: unser Hund Bello ist geboren am",
       "pl": "PS: nasz pies Burek urodził się", "cs": "PS: náš pes Rex se narodil",
       "hu": "PS: a kutyánk, Bodri született", "fi": "PS: koiramme Musti syntyi",
       "tr": "Not: köpeğimiz Karabaş'ın doğum tarihi", "ro": "PS: câinele nostru Azorel s-a născut la",
       "el": "YG: o skylos mas o Azor gennithike stis", "sv": "PS: vår hund Sixten föddes den",
       "da": "PS: vores hund Bamse blev født den", "no": "PS: hunden vår Pelle ble født",
       "pt": "PS: o nosso cão Tejo nasceu a"}
FOUND = {"en": "The firm she worked for was founded on", "de": "Die Firma, bei der sie war, wurde gegründet am",
         "pl": "Firma, w której pracowała, została założona", "cs": "Firma, kde pracovala, byla založena",
         "hu": "A cég, ahol dolgozott, alapítva:", "fi": "Yritys, jossa hän työskenteli, perustettiin",
         "tr": "Çalıştığı şirketin kuruluş tarihi", "ro": "Firma la care a lucrat a fost înființată la",
         "el": "I etaireia opou douleve idrythike stis", "sv": "Företaget där hon arbetade grundades den",
         "da": "Firmaet hvor hun arbejdede blev stiftet den", "no": "Firmaet hun jobbet i ble stiftet",
         "pt": "A empresa onde trabalhou foi fundada a"}


def k_prompt(d, lg):
    """A prompt wrapped at a fixed width: the birth word ends one line, the date opens the next."""
    lg = d.lg = rng.choice([lg, lg, lg, "en", "de"])
    quote = "> " if rng.random() < 0.3 else ""
    head, tail = PROMPT[lg]
    p = person(lg)
    pre, post = head.split("{P}")
    d.t(quote + pre).span("PERSON", p[0] + " " + p[1])
    words = post.split(" ")
    # the birth word ends the line (wrapped there), the date opens the next
    d.t(" ".join(words) + "\n" + quote)
    v = spelled(lg, adult(), rng.choice(["full", "full", "abbr", "nom"])) if lg in MON and rng.random() < 0.7 \
        else (numeric(lg, adult()) if lg in LANGS else wnumeric(lg, adult()))
    if rng.random() < 0.15 and " " in v:
        # the wrap falls inside the date
        i = v.rindex(" ")
        v = v[:i] + "\n" + quote + v[i + 1:]
    d.dob(v)
    t1, t2 = tail.split("{T}")
    d.t(" " + t1 + rng.choice(TOWN[lg]) + t2 + "\n" + quote)
    d.neg(numeric(lg, recent()) if lg in LANGS else wnumeric(lg, recent())).t(".\n")
    r = rng.random()
    if r < 0.35:
        d.t(quote + PET[lg] + "\n" + quote).neg(spelled(lg, (rng.randint(2012, 2022), rng.randint(1, 12),
                                                          rng.randint(1, 28)), "full")).t(".\n")
    elif r < 0.6:
        d.t(quote + FOUND[lg] + "\n" + quote).neg(spelled(lg, old_event(), "full")).t(".\n")


JKEY = {"pl": "data_urodzenia", "cs": "datum_narozeni", "sk": "datum_narodenia", "hu": "szuletesi_ido",
        "fi": "syntymaaika", "tr": "dogum_tarihi", "ro": "data_nasterii", "el": "imerominia_gennisis",
        "sv": "fodelsedatum", "da": "foedselsdato", "no": "fodselsdato", "pt": "data_nascimento"}
JKEY_EN = ["date_of_birth", "dob", "birthDate", "birth_date"]
JNEG = ["created_at", "issued_on", "valid_until", "appointment_date", "pet_birth_date",
        "founded_on", "date_of_death", "wedding_date"]
TOOLS = ["register_patient", "create_customer", "update_member", "book_appointment", "lookup_person"]


def uesc(s):
    """\\u escapes for every non-ASCII character, as json.dumps writes them."""
    return json.dumps(s)[1:-1]


def k_tool(d, lg):
    """Tool-call JSON: the birth inside an arguments string (escaped once) or a tool result (twice)."""
    p = person(lg)
    bkey = JKEY[lg] if rng.random() < 0.6 else rng.choice(JKEY_EN)
    ymd = adult()
    r = rng.random()
    bform = rng.random()
    if bform < 0.45:
        bv = "%04d-%02d-%02d" % ymd
    elif bform < 0.7:
        bv = numeric(lg, ymd)
    else:
        bv = spelled(lg, ymd, "full")
    nkey = rng.choice(JNEG)
    nv = "%04d-%02d-%02d" % (recent() if nkey in ("created_at", "issued_on", "valid_until",
                                                   "appointment_date") else old_event())
    name = p[0] + " " + p[1]
    if r < 0.4:
        # once: an OpenAI tool call's arguments string
        esc = uesc if rng.random() < 0.4 else (lambda s: s)
        d.t('{"role":"assistant","tool_calls":[{"id":"call_%d","type":"function","function":{"name":"%s",'
            '"arguments":"{\\"full_name\\":\\"' % (rng.randint(1000, 9999), rng.choice(TOOLS)))
        d.span("PERSON", esc(name)).t('\\",\\"%s\\":\\"' % bkey).dob(esc(bv))
        d.t('\\",\\"%s\\":\\"' % nkey).neg(nv).t('\\"}"}}]}\n')
    elif r < 0.7:
        # twice: a tool result whose content is a JSON string holding a JSON string
        d.t('{"messages":[{"role":"tool","tool_call_id":"call_%d","content":"{\\"status\\":\\"ok\\",'
            '\\"record\\":\\"{\\\\\\"name\\\\\\":\\\\\\"' % rng.randint(1000, 9999))
        d.span("PERSON", name).t('\\\\\\",\\\\\\"%s\\\\\\":\\\\\\"' % bkey).dob(bv)
        d.t('\\\\\\",\\\\\\"%s\\\\\\":\\\\\\"' % nkey).neg(nv).t('\\\\\\"}\\"}"}]}\n')
    else:
        # a user message with \n escapes between fields (once or twice)
        nl = "\\n" if rng.random() < 0.6 else "\\\\n"
        lab = blabel(lg)
        esc = uesc if rng.random() < 0.4 else (lambda s: s)
        d.t('{"model":"m","messages":[{"role":"user","content":"' + esc(NAME[lg]) + ": ")
        d.span("PERSON", esc(name)).t(nl + esc(lab) + ": ").dob(esc(bv))
        d.t(nl + esc(EVENT[lg][rng.choice([ISSUE, EXPIRY, APPT])]) + ": ")
        d.neg(esc(spelled(lg, recent(), "full") if rng.random() < 0.5 else numeric(lg, recent())))
        d.t(nl + 'Please fill in the form."}]}\n')


KINDS = [("form", k_form), ("form", k_form), ("prose", k_prose), ("hudot", k_hudot),
         ("gebnext", k_gebnext), ("table", k_table), ("pdf2col", k_pdf2col), ("prompt", k_prompt),
         ("tool", k_tool)]

N = 405
for i in range(N):
    cls, fn = KINDS[i % len(KINDS)]
    lg = LANGS[(i // len(KINDS) + i) % len(LANGS)]
    d = D(lg, cls)
    fn(d, lg)
    d.done()

write_json(records)
