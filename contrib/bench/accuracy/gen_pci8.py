#!/usr/bin/env python3
"""gen_pci8.py: card security codes after their labels and phone numbers with a country code but
no '+' under a phone label, in checkout forms, support chats, payment logs, CSV exports, JSON
orders and key=value lines, in en/de/fr/nl/es/it/pt; look-alikes in the same places (HTTP and
error codes, versions, ports, counts, "cvv" in code and docs, order numbers, epoch times, prices
and numbers too short or too long for their country code under phone labels).

Written for branch pci8 before the detector, from knowledge of how such text is written.
Deterministic (seeded); writes data/pci8.json to stdout. Gold: CARD_SECURITY_CODE, PHONE_NUMBER,
CREDIT_CARD; look-alikes NEG_CODE / NEG_TERM / NEG_PHONE.
"""
import json
import sys
import random

R = random.Random(8008)

# labels of a card security code, with the separators people put after them
CSC_LABELS = [
    "CVV", "cvv", "Cvv", "CVC", "cvc", "CVV2", "cvv2", "CVC2", "CSC", "CID", "Security code",
    "security code", "Card security code", "Card verification value", "card verification code",
    "Card code", "Kartenprüfnummer", "Prüfnummer", "Cryptogramme visuel", "cryptogramme",
    "Code de sécurité", "código de seguridad", "Código de seguridad", "codice di sicurezza",
    "Codice CVV", "beveiligingscode", "Beveiligingscode", "código de segurança",
    "Código de segurança", "CVV/CVC", "Security Code (CVV)", "CVC-Code",
]
SEPS = [": ", ":", " ", " = ", "=", " # ", " is ", " no. ", " - ", ": ", " "]
# label words the detector must not read as a security-code label
NEG_CODE_LABELS = ["status code", "error code", "HTTP", "exit code", "code", "Fehlercode",
                   "code d'erreur", "código de error", "codice errore", "foutcode", "port",
                   "version", "build", "order", "ticket", "room", "PIN length", "step"]

# Visa/Mastercard/Amex test numbers that pass Luhn
CARDS = ["4111 1111 1111 1111", "5555 5555 5555 4444", "4012 8888 8888 1881",
         "3782 822463 10005", "5105 1051 0510 5100", "4242 4242 4242 4242",
         "2223 0031 2200 3222", "6011 1111 1111 1117"]

# (country code, national significant number lengths, sample mobile prefix)
PHONES = [("44", "7700", 10), ("49", "170", 11), ("49", "151", 11), ("33", "6", 9),
          ("33", "7", 9), ("31", "6", 9), ("34", "6", 9), ("39", "3", 10), ("351", "91", 9),
          ("55", "11", 11), ("1", "415", 10), ("41", "79", 9), ("43", "664", 10),
          ("32", "470", 9), ("353", "87", 9), ("52", "55", 10), ("61", "4", 9),
          ("91", "98", 10), ("48", "60", 9), ("46", "70", 9)]
PHONE_LABELS = ["mobile", "Mobile", "phone", "Phone", "tel", "Tel", "WhatsApp", "Telefon",
                "Handy", "Mobilnummer", "téléphone", "portable", "telefoon", "mobiel",
                "teléfono", "móvil", "cellulare", "telefono", "telemóvel", "celular", "msisdn",
                "Phone number", "contact number"]


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def phone():
    cc, pre, nsn = R.choice(PHONES)
    return cc + pre + digits(nsn - len(pre))


class Rec:
    def __init__(self):
        self.text = ""
        self.spans = []

    def add(self, s, kind=None):
        if kind:
            self.spans.append({"entity_type": kind, "entity_value": s,
                               "start_position": len(self.text),
                               "end_position": len(self.text) + len(s)})
        self.text += s
        return self

    def out(self):
        return {"full_text": self.text, "spans": self.spans}


def csc():
    return digits(R.choice([3, 3, 3, 4]))


def checkout_text():
    r = Rec()
    lab = R.choice(CSC_LABELS)
    card = R.choice(CARDS)
    form = R.randrange(6)
    if form == 0:
        r.add("card ").add(card, "CREDIT_CARD").add(" exp 12/27 ").add(lab).add(R.choice(SEPS))
        r.add(csc(), "CARD_SECURITY_CODE").add("\n")
    elif form == 1:
        r.add("Name on card: ").add("A. Ferreira", "PERSON").add("\nCard number: ")
        r.add(card, "CREDIT_CARD")
        r.add("\nExpiry: 09/28\n").add(lab).add(": ").add(csc(), "CARD_SECURITY_CODE")
        r.add("\nPostcode: withheld\n")
    elif form == 2:
        r.add("hi, my payment keeps failing. I typed ").add(lab.lower()).add(" ")
        r.add(csc(), "CARD_SECURITY_CODE").add(" and it still says declined, is that right?")
    elif form == 3:
        r.add("[payment] attempt=2 pan=").add(card.replace(" ", ""), "CREDIT_CARD")
        r.add(" ").add(R.choice(["cvv", "cvc", "cvv2", "csc"])).add("=")
        r.add(csc(), "CARD_SECURITY_CODE").add(" result=DECLINED\n")
    elif form == 4:
        r.add("order_id,card,").add(R.choice(["cvv", "cvc", "security_code"])).add(",amount\n")
        r.add("A-" + digits(6) + ",").add(card.replace(" ", ""), "CREDIT_CARD").add(",")
        r.add(csc(), "CARD_SECURITY_CODE").add(",49.90\n")
    else:
        r.add("Please charge ").add(card, "CREDIT_CARD").add(" (").add(lab).add(" ")
        r.add(csc(), "CARD_SECURITY_CODE").add(") for the balance.")
    return r


def json_csc():
    r = Rec()
    key = R.choice(["cvv", "cvc", "cvv2", "card_cvv", "cardCvc", "securityCode", "security_code",
                    "csc", "cvc2", "pruefnummer"])
    card = R.choice(CARDS).replace(" ", "")
    r.add('{"order": "' + digits(7) + '", "card": {"number": "').add(card, "CREDIT_CARD")
    r.add('", "exp_month": 4, "exp_year": 2029, "' + key + '": ')
    v = csc()
    if R.random() < 0.5:
        r.add('"').add(v, "CARD_SECURITY_CODE").add('"')
    else:
        v = str(R.randint(100, 9999))
        r.add(v, "CARD_SECURITY_CODE")
    r.add("}}")
    return r


def csc_lookalike():
    r = Rec()
    form = R.randrange(10)
    if form == 0:
        lab = R.choice(NEG_CODE_LABELS)
        r.add("request failed with " + lab + " ").add(R.choice(["404", "500", "4821", "137"]),
                                                      "NEG_CODE").add(", retrying")
    elif form == 1:
        r.add("interface Card { number: string; cvv: string; expiry: string }")
    elif form == 2:
        r.add("The CVV is the ").add("3", "NEG_TERM").add("-digit code on the back (").add(
            "4", "NEG_TERM").add(" digits on Amex).")
    elif form == 3:
        r.add("CVV: not required for saved cards; cvc 2 of 3 checks passed")
    elif form == 4:
        r.add("if (!validateCvv(").add("123", "NEG_CODE").add(")) throw new Error('bad cvv');")
    elif form == 5:
        r.add("cvv-lib ").add("2.14", "NEG_CODE").add(" released; CSC version ").add(
            "2024", "NEG_CODE").add(" notes")
    elif form == 6:
        r.add("Ran ").add("412", "NEG_CODE").add(" tests, cvv module: ").add(
            "38", "NEG_CODE").add(" passed")
    elif form == 7:
        r.add("Fehlercode ").add("4711", "NEG_CODE").add(" beim Zahlungsdienst, Port ").add(
            "8443", "NEG_CODE")
    elif form == 8:
        r.add("Content-ID: <cid:image001.png@01D9A1B2.C3D4E5F0>")
    else:
        r.add("código de error ").add("502", "NEG_CODE").add("; codice errore ").add(
            "1043", "NEG_CODE")
    return r


def phone_text():
    r = Rec()
    lab = R.choice(PHONE_LABELS)
    p = phone()
    form = R.randrange(6)
    if form == 0:
        r.add(lab + ": ").add(p, "PHONE_NUMBER").add("\n")
    elif form == 1:
        r.add("Kunde: ").add("Tevrin Osk", "PERSON").add("\n" + lab + " ").add(p, "PHONE_NUMBER")
        r.add("\nAnliegen: Rückruf")
    elif form == 2:
        r.add(lab.lower() + "=").add(p, "PHONE_NUMBER").add(" source=web\n")
    elif form == 3:
        r.add("name,email," + lab.lower().replace(" ", "_") + ",city\n")
        r.add("Quenby Arl", "PERSON").add(",").add("q.arl@example.net", "EMAIL_ADDRESS").add(",")
        r.add(p, "PHONE_NUMBER").add(",Porto\n")
    elif form == 4:
        r.add("you can reach me on " + R.choice(["WhatsApp", "whatsapp", "Signal"]) + " ")
        r.add(p, "PHONE_NUMBER").add(" after 6pm")
    else:
        r.add("Tel. ").add(p, "PHONE_NUMBER").add(" (" + R.choice(["mobile", "privat", "bureau"])
                                                 + ")")
    return r


def json_phone():
    r = Rec()
    key = R.choice(["phone", "mobile", "tel", "phoneNumber", "mobile_number", "whatsapp",
                    "telefon", "telefono", "msisdn", "contactPhone"])
    r.add('{"customer": {"ref": "C-' + digits(5) + '", "' + key + '": ')
    p = phone()
    if R.random() < 0.6:
        r.add(p, "PHONE_NUMBER")
    else:
        r.add('"').add(p, "PHONE_NUMBER").add('"')
    r.add(', "opt_in": true}}')
    return r


def phone_lookalike():
    r = Rec()
    form = R.randrange(8)
    if form == 0:
        r.add("phone: ").add("12345", "NEG_PHONE").add(" (test extension)")
    elif form == 1:
        r.add('{"phone_verified_at": ').add("1700000000", "NEG_PHONE").add("}")
    elif form == 2:
        r.add("order number ").add("4917012345", "NEG_PHONE").add(" shipped")
    elif form == 3:
        # 44 + 12 digits: too long for the UK
        r.add("mobile: ").add("44" + digits(13), "NEG_PHONE")
    elif form == 4:
        r.add("invoice ").add("33" + digits(9), "NEG_PHONE").add(" due on receipt")
    elif form == 5:
        r.add('{"phone_plan_price_cents": ').add("4999", "NEG_PHONE").add("}")
    elif form == 6:
        r.add("ticket id=").add("55" + digits(11), "NEG_PHONE").add(" closed")
    else:
        r.add("tel: ").add("99" + digits(10), "NEG_PHONE").add(" (no such country)")
    return r


def german_trunk():
    r = Rec()
    p = R.choice(["(0)170/", "(0)151/", "(0)30/", "(0)89/"]) + digits(7)
    if R.random() < 0.5:
        p = "+49 " + p
    r.add("Tel. ").add(p, "PHONE_NUMBER").add("\n")
    return r


def main():
    recs = []
    for _ in range(160):
        recs.append(checkout_text())
    for _ in range(60):
        recs.append(json_csc())
    for _ in range(90):
        recs.append(csc_lookalike())
    for _ in range(140):
        recs.append(phone_text())
    for _ in range(60):
        recs.append(json_phone())
    for _ in range(80):
        recs.append(phone_lookalike())
    for _ in range(20):
        recs.append(german_trunk())
    json.dump([x.out() for x in recs], sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
