#!/usr/bin/env python3
"""gen_phone62.py: phones as 24 European countries write them in running text (stop 62).

From the twenty-ninth blind set's public brief (its languages: pl cs sk fi et hu tr el lt lv hr sl
ro is de nl sv da no es pt fr it en), written and committed before hush was run on it and without
reading a phone rule: each country's own national and international forms (its grouping, `(0)`,
trunk 0/06/8, `00` exits, mobile and landline lengths), after the language's phone words and
abbreviations (`tel.`, `kom.`, `puh.`, `mob.`, `cep`, `τηλ.`, `tālr.`, `sími`) in the case the
sentence needs (`telefonem`, `pod numerem`, `puhelinnumeroon`, `numaradan`, `la numărul`, `í síma`),
and with the language's case suffix glued to the number (`040 123 4567:ään`, `06-30/123-4567-re`,
`0532 123 45 67'yi`, `5123 4567-le`); the gold span is the number without its suffix.

Families (metadata.class): `message` (a co-op, moving, tutoring or car-pool message in prose),
`form` (label and value lines of a form or a signature) and `tool` (a contact card or a JSON-ish
tool result pasted in). Look-alikes (NEG_ spans), at least one per phone, in the same shapes and
after the same kinds of words: postcodes, IBAN fragments, company tax and registry numbers, case
numbers, invoice and order numbers, meter and contract numbers, dates and amounts.
Every record a request body of the four APIs, a third `\\uXXXX`.
Deterministic: python3 gen_phone62.py > data/phone62.json
"""
import random

from gen_bodies import P, ask_body, append_body
from gen_common import write_json

R = random.Random(6262)

LANGS = ["pl", "cs", "sk", "fi", "et", "hu", "tr", "el", "lt", "lv", "hr", "sl", "ro", "is", "de",
         "nl", "sv", "da", "no", "es", "pt", "fr", "it", "en"]


def d(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def nz(n):
    return str(R.randint(1, 9)) + d(n - 1)


def g(s, *sizes):
    """s cut into groups of the given sizes joined by spaces."""
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return " ".join(out)


def ph(lg):
    """One phone number of the language's country as people write it (national or international)."""
    c = R.choice
    if lg == "pl":
        m = c("5678") + d(8)
        return c([g(m, 3, 3, 3), m[:3] + "-" + m[3:6] + "-" + m[6:], "+48 " + g(m, 3, 3, 3),
                  "+48" + m, "0048 " + m, "(22) " + g(nz(7), 3, 2, 2), "22 " + g(nz(7), 3, 2, 2),
                  "+48 22 " + g(nz(7), 3, 2, 2)])
    if lg == "cs":
        m = c(["60", "72", "73", "77", "79"]) + d(7)
        return c([g(m, 3, 3, 3), "+420 " + g(m, 3, 3, 3), "+420" + m, "00420 " + g(m, 3, 3, 3),
                  "2" + d(2) + " " + d(3) + " " + d(3)])
    if lg == "sk":
        m = "9" + c("0141") + d(7)
        return c(["0" + g(m, 3, 3, 3), "+421 " + g(m, 3, 3, 3), "0" + m[:3] + "/" + m[3:],
                  "02/" + g(nz(8), 4, 4), "+421 2 " + g(nz(8), 4, 4)])
    if lg == "fi":
        m = c(["40", "41", "44", "45", "50"]) + nz(7)
        return c(["0" + g(m, 2, 3, 4), "0" + m[:2] + "-" + m[2:], "+358 " + g(m, 2, 3, 4),
                  "+358 (0)" + g(m, 2, 3, 4), "09 " + g(nz(7), 3, 4), "(09) " + g(nz(7), 4, 3),
                  "0" + m])
    if lg == "et":
        m = "5" + d(7)
        return c([g(m, 4, 4), "+372 " + g(m, 4, 4), "+372" + m, "6" + d(2) + " " + d(4),
                  "+372 6" + d(2) + " " + d(4)])
    if lg == "hu":
        a, s = c(["20", "30", "70", "31"]), nz(7)
        return c(["06-" + a + "/" + s[:3] + "-" + s[3:], "06 " + a + " " + g(s, 3, 4),
                  "+36 " + a + " " + g(s, 3, 4), "+36-" + a + "-" + s[:3] + "-" + s[3:],
                  "06 (" + a + ") " + s[:3] + "-" + s[3:], "06-1/" + s[:3] + "-" + s[3:],
                  "+36 (1) " + g(s, 3, 4), "06" + a + s])
    if lg == "tr":
        a, s = "5" + c("0345") + d(1), d(7)
        return c(["0 (" + a + ") " + g(s, 3, 2, 2), "0" + a + " " + g(s, 3, 2, 2),
                  "+90 " + a + " " + g(s, 3, 2, 2), a + s, "0" + a + s, "(0" + a + ") " + s,
                  "0212 " + g(s, 3, 2, 2), "+90 (212) " + g(s, 3, 2, 2)])
    if lg == "el":
        m = "69" + c("3479") + d(7)
        return c([g(m, 3, 3, 4), m, "+30 " + g(m, 3, 3, 4), "+30 " + m, "0030 " + m,
                  "210 " + g(nz(7), 3, 4), "210-" + nz(7), "2310 " + g(nz(6), 3, 3)])
    if lg == "lt":
        m = "6" + d(7)
        return c(["8 " + g(m, 3, 5), "8" + m, "+370 " + g(m, 3, 5), "+370" + m,
                  "8 5 " + g(nz(7), 3, 4), "+370 5 " + g(nz(7), 3, 4), "(8 5) " + g(nz(7), 3, 4)])
    if lg == "lv":
        m = "2" + d(7)
        return c([g(m, 4, 4), m, "+371 " + g(m, 4, 4), "+371 " + m, "67" + d(1) + " " + g(d(5), 2, 3)])
    if lg == "hr":
        m = "9" + c("12578") + nz(7)
        return c(["0" + g(m, 2, 3, 4), "0" + m[:2] + "/" + g(m[2:], 3, 4), "+385 " + g(m, 2, 3, 4),
                  "+385 (0)" + g(m, 2, 3, 4), "01 " + g(nz(7), 4, 3), "+385 1 " + g(nz(7), 4, 3)])
    if lg == "sl":
        m = c(["31", "41", "40", "51", "70"]) + d(6)
        return c(["0" + g(m, 2, 3, 3), "0" + m[:2] + "/" + g(m[2:], 3, 3), "+386 " + g(m, 2, 3, 3),
                  "01 " + g(nz(7), 3, 2, 2), "(01) " + g(nz(7), 3, 2, 2), "+386 1 " + g(nz(7), 3, 2, 2)])
    if lg == "ro":
        m = "7" + c("2345") + d(7)
        return c(["0" + g(m, 3, 3, 3), "0" + m, "+40 " + g(m, 3, 3, 3), "+40 " + m,
                  "0" + m[:3] + "." + m[3:6] + "." + m[6:], "021 " + g(nz(7), 3, 4),
                  "+40 21 " + g(nz(7), 3, 4)])
    if lg == "is":
        m = c("68") + d(6)
        return c([g(m, 3, 4), m, m[:3] + "-" + m[3:], "+354 " + g(m, 3, 4), "+354 " + m,
                  "5" + d(2) + " " + d(4)])
    if lg == "de":
        a = c(["151", "160", "170", "171", "176", "157"])
        s = nz(7)
        return c(["0" + a + " " + s, "0" + a + "/" + s, "0" + a + "-" + s, "+49 " + a + " " + s,
                  "+49 (0)" + a + " " + g(s, 3, 4), "0049 " + a + " " + s,
                  "030 " + g(nz(8), 4, 4), "(030) " + nz(7), "089 / " + nz(7), "+49 30 " + nz(8)])
    if lg == "nl":
        m = nz(8)
        return c(["06-" + m, "06 " + g(m, 2, 2, 2, 2), "06 " + g(m, 4, 4), "+31 6 " + m,
                  "+31 (0)6 " + g(m, 2, 2, 2, 2), "020-" + nz(7), "010 " + g(nz(7), 3, 4),
                  "0031 6 " + m])
    if lg == "sv":
        a, s = "7" + c("0236"), nz(7)
        return c(["0" + a + "-" + g(s, 3, 2, 2), "0" + a + " " + g(s, 3, 2, 2), "0" + a + s,
                  "+46 " + a + " " + g(s, 3, 2, 2), "+46 (0)" + a + "-" + s, "08-" + g(nz(8), 3, 3, 2),
                  "+46 8 " + g(nz(8), 3, 3, 2)])
    if lg == "da":
        m = c("2345") + d(7)
        return c([g(m, 2, 2, 2, 2), g(m, 4, 4), m, "+45 " + g(m, 2, 2, 2, 2), "+45 " + m,
                  "0045 " + g(m, 4, 4)])
    if lg == "no":
        m = c("49") + d(7)
        return c([g(m, 3, 2, 3), g(m, 2, 2, 2, 2), m, "+47 " + g(m, 3, 2, 3), "+47 " + m,
                  "0047 " + g(m, 2, 2, 2, 2), "22 " + g(d(6), 2, 2, 2)])
    if lg == "es":
        m = "6" + d(8)
        return c([g(m, 3, 3, 3), g(m, 3, 2, 2, 2), m, "+34 " + g(m, 3, 3, 3), "+34 " + g(m, 3, 2, 2, 2),
                  "0034 " + m, "91 " + g(nz(7), 3, 2, 2), "93-" + nz(7)])
    if lg == "pt":
        m = "9" + c("1236") + d(7)
        return c([g(m, 3, 3, 3), m, "+351 " + g(m, 3, 3, 3), "+351 " + m, "00351 " + m,
                  "21 " + g(nz(7), 3, 4), "22 " + g(nz(7), 3, 2, 2)])
    if lg == "fr":
        m = c("67") + d(8)
        return c(["0" + g(m, 1, 2, 2, 2, 2), "0" + ".".join([m[0], m[1:3], m[3:5], m[5:7], m[7:]]),
                  "0" + m, "+33 " + g(m, 1, 2, 2, 2, 2), "+33 (0)" + g(m, 1, 2, 2, 2, 2),
                  "+33" + m, "0033 " + g(m, 1, 2, 2, 2, 2), "01 " + g(nz(8), 2, 2, 2, 2)])
    if lg == "it":
        m = "3" + c("234") + d(8)
        return c([g(m, 3, 3, 4), g(m, 3, 7), m[:3] + "-" + m[3:], m, "+39 " + g(m, 3, 3, 4),
                  "+39 " + m, "0039 " + m, "02 " + g(nz(8), 4, 4), "06-" + nz(8)])
    m = "7" + c("45789") + d(8)
    return c(["0" + g(m, 4, 6), "0" + g(m, 4, 3, 3), "+44 " + g(m, 4, 6), "+44 (0)" + g(m, 4, 6),
              "0" + m, "020 " + g(nz(8), 4, 4), "(0161) " + g(nz(7), 3, 4), "0044 " + g(m, 4, 6)])


# Phrases that carry a phone in each language: "%s" is the number; a suffix glued after it is
# written into the phrase, outside the span.
CTX = {
    "pl": ["tel. %s", "kom. %s", "tel. kom.: %s", "proszę dzwonić pod numer %s", "pod numerem %s",
           "można się skontaktować telefonem %s", "zadzwoń na %s", "mój numer telefonu to %s",
           "nr tel. %s", "pisz SMS-a na numer %s", "numerem %s albo mailem"],
    "cs": ["tel. %s", "mob. %s", "volejte na číslo %s", "na čísle %s", "telefonní číslo: %s",
           "je k zastižení na telefonu %s", "číslem %s", "tel. č. %s", "pište na %s"],
    "sk": ["tel. č. %s", "mobil: %s", "na čísle %s", "volajte na %s", "telefónne číslo %s",
           "kontakt: %s", "zavolajte mu na číslo %s"],
    "fi": ["puh. %s", "p. %s", "puhelin %s", "gsm %s", "soita numeroon %s", "soita %s:ään",
           "tavoittaa numerosta %s", "puhelinnumeroon %s", "laita viesti %s:een", "numerosta %s:stä",
           "hänen numeronsa on %s"],
    "et": ["tel %s", "telefon: %s", "mob %s", "helista numbril %s", "telefonil %s",
           "helista %s-le", "saada sõnum numbrile %s", "kontakt %s", "tema number on %s"],
    "hu": ["tel.: %s", "telefon: %s", "mobil: %s", "hívjon a %s-es számon", "a %s-as számon",
           "hívd a %s-et", "küldje SMS-ben a %s-ra", "a %s-re", "telefonszáma %s",
           "elérhető a %s telefonszámon", "tel: %s"],
    "tr": ["tel: %s", "cep: %s", "cep tel: %s", "GSM: %s", "%s'yi arayın", "%s'den ulaşabilirsiniz",
           "%s numaralı telefondan", "%s'ten arayabilir", "%s numarasına yazın", "%s'e mesaj atın",
           "telefon numarası %s", "%s'a WhatsApp"],
    "el": ["τηλ. %s", "κιν. %s", "τηλέφωνο: %s", "στο τηλέφωνο %s", "καλέστε στο %s",
           "στο κινητό %s", "til. %s", "kin. %s", "sto tilefono %s", "τηλ.: %s"],
    "lt": ["tel. %s", "mob. %s", "tel. nr. %s", "skambinkite telefonu %s", "numeriu %s",
           "jo telefono numeris %s", "rašykite SMS numeriu %s", "telefonas: %s"],
    "lv": ["tālr. %s", "mob. %s", "tālrunis %s", "zvaniet pa tālruni %s", "pa tālr. %s",
           "tālruņa numurs %s", "zvanīt uz numuru %s", "tel. %s"],
    "hr": ["tel. %s", "mob. %s", "nazovite na broj %s", "na broj %s", "broj telefona: %s",
           "na mobitel %s", "dostupan na %s", "tel: %s"],
    "sl": ["tel. %s", "GSM %s", "na številko %s", "pokličite na %s", "telefonska številka: %s",
           "na telefon %s", "dosegljiv na %s", "mob. %s"],
    "ro": ["tel. %s", "mobil: %s", "la numărul %s", "la telefon %s", "sunați la %s",
           "nr. de telefon %s", "numărul lui este %s", "tel: %s"],
    "is": ["sími %s", "s. %s", "GSM %s", "í síma %s", "hringdu í %s", "símanúmer: %s",
           "farsími %s", "sími: %s"],
    "de": ["Tel. %s", "Handy %s", "Mobil: %s", "erreichbar unter %s", "unter der Nummer %s",
           "Rufnummer %s", "ruf mich unter %s an", "Telefonnummer: %s", "Tel.-Nr. %s"],
    "nl": ["tel. %s", "mob. %s", "bel %s", "bereikbaar op %s", "telefoonnummer %s", "op nummer %s",
           "zijn 06 is %s", "app me op %s"],
    "sv": ["tel. %s", "mobil %s", "ring på %s", "nås på %s", "telefonnummer: %s", "tfn %s",
           "sms:a till %s", "mobilnr %s"],
    "da": ["tlf. %s", "mobil %s", "ring på %s", "tlf.nr. %s", "kan træffes på %s", "sms til %s",
           "telefon: %s"],
    "no": ["tlf. %s", "mob. %s", "ring på %s", "telefonnummer: %s", "nås på %s", "send SMS til %s",
           "mobil %s"],
    "es": ["tel. %s", "móvil %s", "tfno. %s", "llamar al %s", "teléfono: %s", "whatsapp %s",
           "me podéis escribir al %s", "su número es el %s"],
    "pt": ["tel. %s", "tlm. %s", "telemóvel %s", "ligue para o %s", "contacto: %s", "número %s",
           "liga-me para o %s", "telefone %s"],
    "fr": ["tél. %s", "port. %s", "joignable au %s", "appelez le %s", "n° de tél. %s",
           "téléphone : %s", "au %s", "portable %s"],
    "it": ["tel. %s", "cell. %s", "al numero %s", "chiamare il %s", "cellulare: %s",
           "telefono %s", "scrivimi al %s", "num. %s"],
    "en": ["tel. %s", "mob. %s", "call %s", "ring me on %s", "text %s", "phone no. %s",
           "on %s", "mobile: %s", "you can reach her on %s"],
}

# Look-alikes: (phrase with %s, label, value) drawn per language; ids of firms and things, not
# of people.
POSTCODE = {"pl": lambda: d(2) + "-" + d(3), "cs": lambda: g(nz(5), 3, 2), "sk": lambda: g(nz(5), 3, 2),
            "fi": lambda: "00" + d(3), "et": lambda: "1" + d(4), "hu": lambda: nz(4),
            "tr": lambda: "34" + d(3), "el": lambda: g("1" + d(4), 3, 2), "lt": lambda: "LT-" + d(5),
            "lv": lambda: "LV-" + nz(4), "hr": lambda: "10" + d(3), "sl": lambda: nz(4),
            "ro": lambda: "0" + d(5), "is": lambda: nz(3), "de": lambda: nz(5),
            "nl": lambda: nz(4) + " " + R.choice(["AB", "KL", "XZ"]), "sv": lambda: g(nz(5), 3, 2),
            "da": lambda: nz(4), "no": lambda: "0" + d(3), "es": lambda: "28" + d(3),
            "pt": lambda: nz(4) + "-" + d(3), "fr": lambda: "75" + d(3), "it": lambda: "00" + d(3),
            "en": lambda: "SW1A 1AA"}
IBAN = {"pl": "PL", "cs": "CZ", "sk": "SK", "fi": "FI", "et": "EE", "hu": "HU", "tr": "TR",
        "el": "GR", "lt": "LT", "lv": "LV", "hr": "HR", "sl": "SI", "ro": "RO", "is": "IS",
        "de": "DE", "nl": "NL", "sv": "SE", "da": "DK", "no": "NO", "es": "ES", "pt": "PT",
        "fr": "FR", "it": "IT", "en": "GB"}
NEGW = {
    "pl": ["kod %s", "NIP firmy %s", "sygn. akt I C %s", "faktura nr %s", "licznik nr %s",
           "umowa nr %s", "kwota %s zł", "KRS %s"],
    "cs": ["PSČ %s", "IČO %s", "sp. zn. %s", "faktura č. %s", "elektroměr č. %s",
           "smlouva č. %s", "částka %s Kč", "objednávka %s"],
    "sk": ["PSČ %s", "IČO %s", "č. k. %s", "faktúra č. %s", "zmluva č. %s", "suma %s €"],
    "fi": ["postinumero %s", "Y-tunnus %s", "asianumero %s", "lasku nro %s", "sopimusnumero %s",
           "viitenumero %s", "summa %s €"],
    "et": ["postiindeks %s", "registrikood %s", "arve nr %s", "leping nr %s", "viitenumber %s",
           "summa %s €"],
    "hu": ["irányítószám %s", "adószám %s", "ügyszám %s", "számla sz. %s", "mérőóra %s",
           "szerződésszám %s", "összeg %s Ft"],
    "tr": ["posta kodu %s", "vergi no %s", "dosya no %s", "fatura no %s", "sayaç no %s",
           "sözleşme no %s", "tutar %s TL"],
    "el": ["Τ.Κ. %s", "ΑΦΜ εταιρείας %s", "αρ. υπόθεσης %s", "τιμολόγιο %s", "αρ. παροχής %s",
           "ποσό %s €"],
    "lt": ["pašto kodas %s", "įmonės kodas %s", "bylos nr. %s", "sąskaita nr. %s", "sutarties nr. %s",
           "suma %s €"],
    "lv": ["pasta indekss %s", "reģ. nr. %s", "lietas nr. %s", "rēķins nr. %s", "līguma nr. %s",
           "summa %s €"],
    "hr": ["poštanski broj %s", "OIB tvrtke %s", "predmet br. %s", "račun br. %s", "ugovor br. %s",
           "iznos %s €"],
    "sl": ["poštna številka %s", "matična št. %s", "opr. št. %s", "račun št. %s", "pogodba št. %s",
           "znesek %s €"],
    "ro": ["cod poștal %s", "CUI %s", "dosar nr. %s", "factura nr. %s", "contract nr. %s",
           "suma %s lei"],
    "is": ["póstnúmer %s", "kennitala félags %s", "mál nr. %s", "reikningur nr. %s",
           "samningur nr. %s", "upphæð %s kr."],
    "de": ["PLZ %s", "USt-IdNr. DE%s", "Az. %s", "Rechnung Nr. %s", "Zählernummer %s",
           "Vertragsnummer %s", "Betrag %s €", "HRB %s"],
    "nl": ["postcode %s", "KvK %s", "zaaknummer %s", "factuur %s", "meternummer %s",
           "contractnummer %s", "bedrag € %s"],
    "sv": ["postnummer %s", "org.nr %s", "målnummer %s", "faktura nr %s", "mätare %s",
           "avtal nr %s", "belopp %s kr"],
    "da": ["postnr. %s", "CVR %s", "sagsnr. %s", "faktura nr. %s", "målernr. %s",
           "aftale nr. %s", "beløb %s kr."],
    "no": ["postnr. %s", "org.nr. %s", "saksnr. %s", "faktura nr. %s", "målernr. %s",
           "avtale nr. %s", "beløp %s kr"],
    "es": ["CP %s", "CIF B%s", "expediente %s", "factura n.º %s", "contador %s", "contrato %s",
           "importe %s €"],
    "pt": ["código postal %s", "NIPC %s", "processo n.º %s", "fatura n.º %s", "contador %s",
           "contrato %s", "valor %s €"],
    "fr": ["CP %s", "SIRET %s", "dossier n° %s", "facture n° %s", "compteur n° %s",
           "contrat n° %s", "montant %s €"],
    "it": ["CAP %s", "P. IVA %s", "pratica n. %s", "fattura n. %s", "contatore n. %s",
           "contratto n. %s", "importo %s €"],
    "en": ["postcode %s", "company no. %s", "case no. %s", "invoice %s", "meter %s",
           "contract no. %s", "amount £%s"],
}


def neg(lg):
    """(phrase with %s, label, value): a look-alike in phone shapes after a word of its own."""
    w = R.choice(NEGW[lg])
    k = NEGW[lg].index(w)
    if k == 0:
        return w, "NEG_POSTCODE", POSTCODE[lg]()
    if any(x in w for x in ("%s €", "%s kr", "%s zł", "%s Kč", "%s Ft", "%s TL", "%s lei",
                            "£%s", "€ %s")):
        return w, "NEG_AMOUNT", "%d %03d,%02d" % (R.randint(1, 9), R.randint(0, 999),
                                                 R.randint(0, 99))
    if k == 2:
        return w, "NEG_CASE", R.choice(["%s/%02d" % (nz(3), R.randint(19, 26)),
                                        "%s-%s/%d" % (nz(2), d(4), 2020 + R.randint(0, 6))])
    if k == 1:
        return w, "NEG_TAXID", R.choice([nz(9), g(nz(8), 4, 4), nz(3) + "-" + d(3) + "-" + d(2) + "-" + d(2),
                                          nz(7) + "-" + d(1)])
    return w, "NEG_CODE", R.choice([nz(9), g(nz(9), 3, 3, 3), "20%02d/%s" % (R.randint(20, 26), d(5)),
                                    nz(8), g(nz(10), 3, 3, 4), d(2) + " " + d(4) + " " + d(4)])


def neg_iban(lg):
    return "IBAN %s", "NEG_IBAN", IBAN[lg] + d(2) + " " + " ".join(d(4) for _ in range(3))


def put(doc, phrase, label, value):
    a, b = phrase.split("%s")
    doc.t(a).s(label, value).t(b)


def cap(s):
    return s[:1].upper() + s[1:]


OPEN = {
    "pl": ["Cześć, w sprawie spółdzielni:", "Dzień dobry, przeprowadzka w sobotę.", "Korki z matmy:"],
    "cs": ["Dobrý den, ohledně družstva:", "Stěhování v sobotu.", "Doučování:"],
    "sk": ["Dobrý deň, k družstvu:", "Sťahovanie v sobotu.", "Spolujazda:"],
    "fi": ["Hei, taloyhtiön remontista:", "Muutto lauantaina.", "Kimppakyyti huomenna:"],
    "et": ["Tere, ühistu remondi asjus:", "Kolimine laupäeval.", "Autojagamine:"],
    "hu": ["Szia, a lakásszövetkezet ügyében:", "Költözés szombaton.", "Korrepetálás:"],
    "tr": ["Merhaba, site yönetimi hakkında:", "Cumartesi taşınıyoruz.", "Özel ders:"],
    "el": ["Καλησπέρα, για τη συνεταιριστική:", "Μετακόμιση το Σάββατο.", "Kalispera, gia ti metakomisi:"],
    "lt": ["Labas, dėl bendrijos remonto:", "Kraustymasis šeštadienį.", "Korepetitorius:"],
    "lv": ["Sveiki, par biedrības remontu:", "Pārvākšanās sestdien.", "Kopbraukšana:"],
    "hr": ["Bok, oko zgrade:", "Selidba u subotu.", "Instrukcije:"],
    "sl": ["Živjo, glede stanovanjske zadruge:", "Selitev v soboto.", "Inštrukcije:"],
    "ro": ["Bună, despre asociația de proprietari:", "Mutarea e sâmbătă.", "Meditații:"],
    "is": ["Hæ, varðandi húsfélagið:", "Flutningar á laugardag.", "Heimakennsla:"],
    "de": ["Hallo, wegen der Genossenschaft:", "Umzug am Samstag.", "Nachhilfe:"],
    "nl": ["Hoi, over de VvE:", "Verhuizing zaterdag.", "Bijles:"],
    "sv": ["Hej, angående föreningen:", "Flytten på lördag.", "Samåkning:"],
    "da": ["Hej, vedr. andelsforeningen:", "Flytning på lørdag.", "Lektiehjælp:"],
    "no": ["Hei, angående borettslaget:", "Flytting på lørdag.", "Samkjøring:"],
    "es": ["Hola, sobre la comunidad:", "La mudanza es el sábado.", "Clases particulares:"],
    "pt": ["Olá, sobre o condomínio:", "A mudança é no sábado.", "Explicações:"],
    "fr": ["Bonjour, pour la copropriété :", "Déménagement samedi.", "Cours particuliers :"],
    "it": ["Ciao, per il condominio:", "Trasloco sabato.", "Ripetizioni:"],
    "en": ["Hi, about the co-op repairs:", "Moving on Saturday.", "Car pool for Monday:"],
}
ASK = {"pl": "Zrób z tego listę kontaktów.", "cs": "Udělej z toho seznam kontaktů.",
       "sk": "Sprav z toho zoznam kontaktov.", "fi": "Tee tästä yhteystietolista.",
       "et": "Tee sellest kontaktide nimekiri.", "hu": "Készíts ebből névjegylistát.",
       "tr": "Bundan bir kişi listesi çıkar.", "el": "Φτιάξε λίστα επαφών από αυτό.",
       "lt": "Sudaryk kontaktų sąrašą.", "lv": "Izveido kontaktu sarakstu.",
       "hr": "Napravi popis kontakata.", "sl": "Naredi seznam stikov.",
       "ro": "Fă o listă de contacte.", "is": "Gerðu tengiliðalista úr þessu.",
       "de": "Mach daraus eine Kontaktliste.", "nl": "Maak hier een contactlijst van.",
       "sv": "Gör en kontaktlista av detta.", "da": "Lav en kontaktliste ud fra dette.",
       "no": "Lag en kontaktliste av dette.", "es": "Haz una lista de contactos.",
       "pt": "Faz uma lista de contactos.", "fr": "Fais une liste de contacts.",
       "it": "Fai una lista di contatti.", "en": "Turn this into a contact list."}
ROLE = {"pl": ["hydraulik", "sąsiad", "korepetytorka", "kierowca"],
        "cs": ["instalatér", "sousedka", "řidič", "správce"],
        "sk": ["inštalatér", "správca", "vodič"], "fi": ["isännöitsijä", "putkimies", "kuski"],
        "et": ["torumees", "haldur", "juht"], "hu": ["a közös képviselő", "a vízszerelő", "a sofőr"],
        "tr": ["yönetici", "tesisatçı", "komşu"], "el": ["ο διαχειριστής", "ο υδραυλικός", "o odigos"],
        "lt": ["santechnikas", "administratorius"], "lv": ["santehniķis", "pārvaldnieks"],
        "hr": ["vodoinstalater", "upravitelj"], "sl": ["vodovodar", "upravnik"],
        "ro": ["administratorul", "instalatorul"], "is": ["pípari", "formaður"],
        "de": ["der Hausmeister", "die Nachbarin", "der Fahrer"], "nl": ["de loodgieter", "de beheerder"],
        "sv": ["fastighetsskötaren", "rörmokaren"], "da": ["viceværten", "VVS-manden"],
        "no": ["vaktmesteren", "rørleggeren"], "es": ["el fontanero", "el administrador"],
        "pt": ["o canalizador", "a administradora"], "fr": ["le plombier", "le syndic"],
        "it": ["l'idraulico", "l'amministratore"], "en": ["the plumber", "the caretaker"]}
END = [".", ",", " ", ";", "!", ")", ".\n"]


def c_message(lg, doc):
    doc.t(R.choice(OPEN[lg]) + " ")
    for _ in range(R.randint(2, 3)):
        doc.t(R.choice(ROLE[lg]) + " – ")
        p = R.choice(CTX[lg])
        if R.random() < 0.3:
            p = "(" + p + ")"
        put(doc, p, "PHONE_NUMBER", ph(lg))
        doc.t(R.choice(END) + " ")
        for _ in range(R.randint(1, 2)):
            w, lab, v = neg_iban(lg) if R.random() < 0.15 else neg(lg)
            put(doc, w, lab, v)
            doc.t(R.choice([", ", ". ", "; ", "\n"]))
    doc.t("\n")


def c_form(lg, doc):
    lab = [p.split("%s")[0].strip() for p in CTX[lg] if p.split("%s")[0].strip().endswith((".", ":"))
           or len(p.split("%s")[0].split()) == 1]
    lab = [x for x in lab if x] or ["tel."]
    sep = R.choice([" ", "\t", " | ", ": "])
    for _ in range(R.randint(2, 3)):
        doc.t(cap(R.choice(lab)).rstrip(":") + sep).s("PHONE_NUMBER", ph(lg)).t("\n")
        w, labn, v = neg(lg)
        a, b = w.split("%s")
        doc.t(cap(a.strip()) + sep).s(labn, v).t(b + "\n")
    if R.random() < 0.5:
        w, labn, v = neg_iban(lg)
        doc.t("IBAN" + sep).s(labn, v).t("\n")


def c_tool(lg, doc):
    keys = R.choice([("phone", "zip", "ref"), ("tel", "postcode", "id"), ("mobile", "postal_code", "order")])
    doc.t("tool result:\n")
    for _ in range(R.randint(2, 3)):
        doc.t('{"%s": "' % keys[0]).s("PHONE_NUMBER", ph(lg)).t('", ')
        doc.t('"%s": "' % keys[1]).s("NEG_POSTCODE", POSTCODE[lg]()).t('", ')
        w, labn, v = neg(lg)
        doc.t('"%s": "' % keys[2]).s(labn, v).t('", "note": "')
        put(doc, R.choice(CTX[lg]), "PHONE_NUMBER", ph(lg))
        doc.t('"}\n')


FAMILIES = [("message", c_message, 10), ("form", c_form, 3), ("tool", c_tool, 2)]


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    i = 0
    for lg in LANGS:
        for cls, fn, count in FAMILIES:
            for _ in range(count):
                doc = P()
                fn(lg, doc)
                ascii_ = i % 3 == 0
                api = apis[i % 4]
                body, spans = ask_body(api, ASK[lg], doc.text, doc.spans, ascii_, i % 2 == 1)
                append_body(records, body, spans, {"locale": lg, "class": cls, "api": api,
                                                   "ascii": ascii_})
                i += 1
    write_json(records)


if __name__ == "__main__":
    main()
