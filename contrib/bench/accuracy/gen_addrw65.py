#!/usr/bin/env python3
"""gen_addrw65.py: addresses of the world, romanised and in native digits, a phone beside (stop 65).

From the thirtieth blind set's public brief (its row in README.md and its run.sh title; never its
generator or records) and my own idea of such text, written and committed before hush was run on
it and without reading a street rule: delivery chats, KYC forms, invoices, hotel cards, rental
ads and registrations in India, Pakistan, Bangladesh, Indonesia, Malaysia, the Philippines,
Vietnam, Thailand, Nigeria, Kenya, Ghana, Egypt, Iran, Mexico, Colombia, Brazil and Turkey. An
address is one gold span as people there write it: romanised (`House 14, Road 7, Dhanmondi,
Dhaka 1209`, `Jl. … No. 8, RT 03/RW 05`, `Lot 12, Jalan …, 47301 Petaling Jaya`, `Blk 4 Lot 9,
… Subd., Brgy. …`, `Số 12 Ngõ 45 …`, `99/12 Moo 5, Soi …`, `Plot 12, … Crescent, Wuse II, Abuja`,
`Calle 45 # 12-30`, `Rua …, 120 - Bairro`, `Mah. … Sk. No: 5 D: 3`), or in the script with its own
digits (Thai, Persian, Bengali, Devanagari, Arabic-Indic); half the street names invented. Most
addresses have a phone beside them in the same line or clause (its own PHONE_NUMBER span: the
address must stop before it).

Families (metadata.family): `romanised`, `script` (native digits), `mixed` (the script address
and its romanised read-back in one text). Look-alikes (NEG_ spans) at least as many as the
addresses, in the same shapes: streets, sectors, barangays and colonias with no house number,
landmarks with numbers (`Gate 3`, `Platform 2`, `Block B`), order and tracking numbers, prices,
PIN/CEP codes alone, flight and bus numbers. Every record a request body of the four APIs, a
third `\\uXXXX`. Deterministic: python3 gen_addrw65.py > data/addrw65.json
"""
import random

from gen_bodies import P, ask_body, append_body
from gen_common import write_json

R = random.Random(6565)
c = R.choice


def n(lo, hi):
    return str(R.randint(lo, hi))


def dig(k):
    return "".join(str(R.randint(0, 9)) for _ in range(k))


SYL = ["ka", "ra", "lu", "bo", "ti", "ma", "se", "no", "di", "wa", "ya", "go", "pe", "ri", "an", "su"]


def inv(k=2):
    """A half-invented place word: two or three syllables, capitalised."""
    return "".join(c(SYL) for _ in range(k + R.randint(0, 1))).capitalize()


def pick(real):
    return c(real) if R.random() < 0.5 else inv()


NATIVE = {"th": "๐๑๒๓๔๕๖๗๘๙", "fa": "۰۱۲۳۴۵۶۷۸۹", "bn": "০১২৩৪৫৬৭৮৯", "hi": "०१२३४५६७८९",
          "ar": "٠١٢٣٤٥٦٧٨٩"}


def nat(lg, s):
    return "".join(NATIVE[lg][int(ch)] if ch.isdigit() else ch for ch in s)


# ---- romanised addresses ------------------------------------------------------------------------
ROMAN = {
    "in": lambda: c([
        "Flat " + n(1, 12) + c("ABCD") + ", " + pick(["Shanti", "Sai Kripa"]) + " Apartments, Sector " + n(2, 80)
        + ", Noida " + "2013" + dig(2),
        "H.No. " + n(1, 30) + "-" + n(1, 9) + "-" + n(10, 300) + ", " + pick(["Banjara Hills", "Ameerpet"])
        + ", Hyderabad - 5000" + dig(2),
        n(1, 400) + "/" + n(1, 9) + ", " + pick(["Civil Lines", "Arera Colony"]) + ", Bhopal, MP " + "4620" + dig(2),
        "#" + n(1, 99) + ", " + n(4, 9) + "th Cross, " + pick(["Indiranagar", "Jayanagar"]) + " "
        + c(["1st", "2nd", "3rd"]) + " Stage, Bengaluru 5600" + dig(2)]),
    "pk": lambda: c([
        "House No. " + n(1, 300) + ", Street " + n(1, 60) + ", " + c(["F-7/2", "G-9/4", "I-8/3"]) + ", Islamabad",
        "Plot " + n(1, 200) + "-" + c("ABC") + ", Block " + n(1, 20) + ", " + pick(["Gulshan-e-Iqbal", "PECHS"])
        + ", Karachi", n(1, 99) + "-" + c("ABCDE") + ", " + pick(["Model Town", "Johar Town"]) + ", Lahore 54" + dig(3)]),
    "bd": lambda: c([
        "House " + n(1, 120) + ", Road " + n(1, 30) + ", " + pick(["Dhanmondi", "Gulshan-1", "Banani"]) + ", Dhaka 12" + dig(2),
        "Holding " + n(1, 300) + ", " + pick(["Agrabad", "Nasirabad"]) + " R/A, Chattogram 4100"]),
    "id": lambda: c([
        "Jl. " + pick(["Kebon Jeruk", "Gatot Subroto", "Cikini Raya"]) + " No. " + n(1, 150) + ", RT " + n(1, 12).zfill(2)
        + "/RW " + n(1, 9).zfill(2) + ", Kel. " + pick(["Menteng", "Kemang"]) + ", Jakarta Selatan 12" + dig(3),
        "Gg. " + inv() + " No. " + n(1, 60) + ", Kec. " + pick(["Coblong", "Sukajadi"]) + ", Bandung",
        "Perum " + inv() + " Blok " + c("ABCDE") + n(1, 9) + " No. " + n(1, 40) + ", Sidoarjo"]),
    "my": lambda: c([
        "No. " + n(1, 120) + ", Jalan " + pick(["Ampang", "SS 2/24", "Tun Razak"]) + ", " + "5" + dig(4) + " Kuala Lumpur",
        "Lot " + n(1, 900) + ", Jalan " + inv() + " " + n(1, 9) + ", Taman " + inv() + ", 473" + dig(2) + " Petaling Jaya, Selangor",
        "Unit " + n(1, 30) + "-" + n(1, 12) + ", Menara " + inv() + ", Jalan Sultan Ismail, 50250 KL"]),
    "ph": lambda: c([
        "Blk " + n(1, 60) + " Lot " + n(1, 40) + ", " + inv() + " Subd., Brgy. " + pick(["San Isidro", "Pinagsama"])
        + ", Taguig City", n(1, 2000) + " " + pick(["J.P. Rizal", "Mabini"]) + " St., Brgy. " + n(1, 800)
        + ", Sampaloc, Manila", "Unit " + n(2, 40) + c("ABCD") + ", " + inv() + " Tower, " + n(1, 99)
        + " Ayala Ave., Makati City 12" + dig(2)]),
    "vn": lambda: c([
        "Số " + n(1, 300) + " Ngõ " + n(1, 200) + " " + pick(["Phố Huế", "Kim Mã", "Xã Đàn"]) + ", Quận Đống Đa, Hà Nội",
        n(1, 400) + "/" + n(1, 40) + " " + pick(["Nguyễn Trãi", "Lê Văn Sỹ"]) + ", P. " + n(1, 15) + ", Q. " + n(1, 12)
        + ", TP.HCM", "Kiệt " + n(1, 99) + " " + pick(["Hùng Vương", "Trần Phú"]) + ", Đà Nẵng"]),
    "th": lambda: c([
        n(1, 300) + "/" + n(1, 99) + " Moo " + n(1, 12) + ", Soi " + pick(["Sukhumvit 31", "Ladprao 64"])
        + ", Khlong Toei Nuea, Watthana, Bangkok 101" + dig(2),
        n(1, 99) + "/" + n(1, 9) + " " + pick(["Thanon Nimmanhaemin", "Huay Kaew Rd."]) + ", Chiang Mai 50200"]),
    "ng": lambda: c([
        "Plot " + n(1, 900) + ", " + pick(["Adeola Odeku", "Aminu Kano"]) + " Street, Victoria Island, Lagos State",
        n(1, 99) + " " + inv() + " Crescent, Wuse II, Abuja", "No. " + n(1, 60) + ", " + inv()
        + " Close, off Allen Avenue, Ikeja, Lagos"]),
    "ke": lambda: c([
        "Hse No. " + n(1, 90) + ", " + pick(["Kindaruma Road", "Ngong Lane"]) + ", Kilimani, Nairobi",
        "Apt " + n(1, 30) + c("ABC") + ", " + inv() + " Court, Off Ngong Road, P.O. Box " + n(100, 9000) + "-00100, Nairobi"]),
    "gh": lambda: c([
        "House No. " + n(1, 60) + ", " + pick(["Nii Nortei Nyanchi", "Osu Badu"]) + " St., East Legon, Accra",
        "GA-" + n(100, 999) + "-" + dig(4) + ", " + n(1, 40) + " " + inv() + " Link, Tema"]),
    "eg": lambda: c([
        n(1, 90) + " " + pick(["El Tahrir St.", "Mossadak St.", "Shehab St."]) + ", Dokki, Giza",
        "Bldg " + n(1, 40) + ", Apt " + n(1, 20) + ", " + inv() + " St., Nasr City, Cairo"]),
    "ir": lambda: c([
        "No. " + n(1, 300) + ", " + pick(["Vali Asr St.", "Shariati St."]) + ", " + inv() + " Alley, Tehran " + dig(10),
        "Unit " + n(1, 20) + ", No. " + n(1, 90) + ", " + n(4, 19) + "th Alley, Gandhi St., Tehran"]),
    "mx": lambda: c([
        "Calle " + pick(["Hidalgo", "Zaragoza"]) + " " + n(1, 900) + " Int. " + n(1, 9) + ", Col. " + pick(["Centro", "Del Valle"])
        + ", C.P. " + dig(5) + ", " + c(["Puebla, Pue.", "CDMX"]),
        "Av. " + inv() + " #" + n(1, 3000) + ", Fracc. " + inv() + ", Monterrey, N.L."]),
    "co": lambda: c([
        "Calle " + n(1, 150) + " # " + n(1, 99) + "-" + n(1, 99) + ", Barrio " + pick(["Chapinero", "Laureles"]) + ", Bogotá",
        "Cra. " + n(1, 90) + c(["", "A", "B"]) + " No. " + n(1, 99) + "-" + n(1, 60) + " Apto " + n(101, 1204) + ", Medellín"]),
    "br": lambda: c([
        "Rua " + pick(["das Acácias", "Augusta"]) + ", " + n(1, 900) + " - " + pick(["Pinheiros", "Savassi"]) + ", CEP "
        + dig(5) + "-" + dig(3), "Av. " + inv() + ", " + n(100, 3000) + ", apto " + n(11, 204) + ", "
        + pick(["Boa Viagem", "Centro"]) + ", Recife - PE"]),
    "tr": lambda: c([
        pick(["Moda", "Bahçelievler"]) + " Mah. " + inv() + " Sk. No: " + n(1, 60) + " D: " + n(1, 20) + " Kadıköy/İstanbul",
        pick(["Atatürk", "Cumhuriyet"]) + " Cad. No:" + n(1, 300) + "/" + n(1, 12) + ", " + "06" + dig(3) + " Çankaya/Ankara"]),
}

# ---- in the script, native digits -----------------------------------------------------------------
SCRIPT = {
    "th": lambda: nat("th", n(1, 300) + "/" + n(1, 99)) + " หมู่ " + nat("th", n(1, 12)) + " ซอย" + c(["สุขุมวิท", "ลาดพร้าว"])
    + " " + nat("th", n(1, 99)) + " แขวง" + c(["คลองเตย", "จตุจักร"]) + " กรุงเทพฯ " + nat("th", "10" + dig(3)),
    "fa": lambda: c(["تهران، خیابان " + c(["ولیعصر", "شریعتی"]) + "، کوچه " + c(["لاله", "نسترن"]) + "، پلاک "
                     + nat("fa", n(1, 300)) + "، واحد " + nat("fa", n(1, 20)),
                     "اصفهان، " + c(["خیابان چهارباغ", "بلوار کشاورز"]) + "، پلاک " + nat("fa", n(1, 150))]),
    "bn": lambda: "বাড়ি নং " + nat("bn", n(1, 120)) + ", রোড নং " + nat("bn", n(1, 30)) + ", " + c(["ধানমন্ডি", "মিরপুর"])
    + ", ঢাকা " + nat("bn", "12" + dig(2)),
    "hi": lambda: c(["मकान नं. " + nat("hi", n(1, 400)) + ", " + c(["गली नं. ", "सेक्टर "]) + nat("hi", n(1, 40)) + ", "
                     + c(["लाजपत नगर", "राजेंद्र नगर"]) + ", नई दिल्ली " + nat("hi", "1100" + dig(2)),
                     nat("hi", n(1, 300) + "/" + n(1, 9)) + ", सिविल लाइंस, भोपाल"]),
    "ar": lambda: c([nat("ar", n(1, 90)) + " شارع " + c(["التحرير", "مصدق"]) + "، الدقي، الجيزة",
                     "شارع " + c(["النصر", "الهرم"]) + "، عمارة " + nat("ar", n(1, 40)) + "، شقة " + nat("ar", n(1, 20))
                     + "، القاهرة"]),
}
SCRIPT_OF = {"th": "th", "fa": "ir", "bn": "bd", "hi": "in", "ar": "eg"}

# ---- phones beside the address -------------------------------------------------------------------
CC = {"in": "+91", "pk": "+92", "bd": "+880", "id": "+62", "my": "+60", "ph": "+63", "vn": "+84", "th": "+66",
      "ng": "+234", "ke": "+254", "gh": "+233", "eg": "+20", "ir": "+98", "mx": "+52", "co": "+57",
      "br": "+55", "tr": "+90"}


def phone(cc):
    return c([CC[cc] + " " + dig(3) + " " + dig(3) + " " + dig(4), "0" + dig(3) + " " + dig(3) + " " + dig(4),
              "0" + dig(3) + "-" + dig(7), CC[cc] + dig(10)])


PHONE_GLUE = [(", Tel: ", ""), (" / ", ""), (", Mob. ", ""), (" (ph. ", ")"), (" - call ", ""), ("; WA ", ""),
              (", HP ", ""), (", Cel. ", "")]

# ---- look-alikes ----------------------------------------------------------------------------------
NEG_ROMAN = [
    ("NEG_STREET", lambda: c(["Sector " + n(2, 80), "Jalan " + inv(), "Brgy. " + inv(), "Col. " + inv(),
                              "Soi " + inv(), inv() + " Road", "Calle " + inv(), "Rua " + inv(), inv() + " Cad."])),
    ("NEG_PLACE", lambda: c(["Gate " + n(1, 12), "Platform " + n(1, 9), "Block " + c("ABCDE"), "Terminal " + n(1, 3),
                             "Hall " + n(1, 6), "Counter " + n(1, 20), "Exit " + n(1, 8)])),
    ("NEG_ORDER", lambda: c(["Order #" + dig(8), "AWB " + dig(11), "Resi JNE" + dig(10), "Pedido " + dig(6),
                             "Ref. " + c("ABCQ") + dig(7)])),
    ("NEG_AMOUNT", lambda: c(["Rs. " + n(100, 9000), "Rp " + n(10, 900) + ".000", "RM " + n(10, 900) + ".00",
                              "₱" + n(100, 5000), "R$ " + n(10, 900) + ",00", "KSh " + n(100, 9000), "N" + n(1, 90) + ",000"])),
    ("NEG_POSTCODE", lambda: c(["PIN " + "1100" + dig(2), "CEP " + dig(5) + "-" + dig(3), "C.P. " + dig(5), dig(6)])),
    ("NEG_FLIGHT", lambda: c(["flight " + c(["6E", "PK", "GA", "MH", "PR", "VN", "EK", "TK"]) + " " + n(100, 999),
                              "bus " + n(1, 300), "Route " + n(1, 99) + c(["", "A"]), "train " + dig(5)])),
]
NEG_CTX = ["Pick-up at %s.", "meet me near %s", "Your %s is on the way.", "Total: %s", "(%s)", "take %s",
           "Landmark: %s", "Send to %s only"]
SCRIPT_NEG = {"th": ["ถนนสุขุมวิท", "ประตู " + nat("th", "3"), "ชานชาลา " + nat("th", "2")],
              "fa": ["خیابان ولیعصر", "ورودی " + nat("fa", "3"), "سفارش " + nat("fa", "45872")],
              "bn": ["মিরপুর রোড", "গেট " + nat("bn", "2"), "অর্ডার নং " + nat("bn", "5512")],
              "hi": ["गांधी मार्ग", "प्लेटफ़ॉर्म " + nat("hi", "4"), "ऑर्डर नं. " + nat("hi", "40512")],
              "ar": ["شارع التحرير", "بوابة " + nat("ar", "3"), "طلب رقم " + nat("ar", "45872")]}

LEAD = ["Delivery address: ", "Address: ", "Alamat: ", "Dirección: ", "Endereço: ", "Adres: ", "Địa chỉ: ",
        "Present address: ", "Billing address: ", "Guest address: ", "ship to ", "Residence: "]
ASK = ["Fill the KYC form from this.", "Translate and tidy this for the courier.", "Summarise the chat below.",
       "Make an invoice header from this.", "Is anything missing in this registration?",
       "Write a short reply to the guest."]


def neg(doc, k):
    for _ in range(k):
        lab, fn = c(NEG_ROMAN)
        a, b = c(NEG_CTX).split("%s")
        doc.t(a).s(lab, fn()).t(b + c([" ", "\n"]))


def addr(doc, cc, gen, with_phone=True):
    doc.s("STREET_ADDRESS", gen())
    if with_phone and R.random() < 0.7:
        a, b = c(PHONE_GLUE)
        doc.t(a).s("PHONE_NUMBER", phone(cc)).t(b)


def k_form(cc, gen, doc):
    doc.t(c(["Name: (on file)\n", "KYC form\n", "INVOICE\nBill to:\n", "Guest card\n", "Registration\n"]))
    doc.t(c(LEAD))
    addr(doc, cc, gen)
    doc.t("\n")
    neg(doc, 2)


def k_chat(cc, gen, doc):
    doc.t("customer: " + c(["hi, pls deliver to ", "my address is ", "send it to ", "I stay at "]))
    addr(doc, cc, gen)
    doc.t(c(["\n", ". ", " thanks\n"]))
    neg(doc, 1)
    doc.t("agent: " + c(["noted ", "ok, confirming ", "rider will come to "]))
    addr(doc, cc, gen, False)
    doc.t("\n")
    neg(doc, 1)


def k_ad(cc, gen, doc):
    doc.t(c(["For rent: 2BR flat, ", "Room available, ", "Shop space, "]))
    lab, fn = NEG_ROMAN[3]
    doc.s(lab, fn()).t("/month. ")
    neg(doc, 1)
    doc.t(c(["Viewing at ", "Address: ", "Location: "]))
    addr(doc, cc, gen)
    doc.t("\n")


def k_script(lg, doc):
    cc = SCRIPT_OF[lg]
    doc.t(c(LEAD))
    addr(doc, cc, SCRIPT[lg])
    doc.t("\n")
    for _ in range(2):
        doc.t(c(["نزدیک ", "near ", "Landmark: ", ""])).s("NEG_PLACE", c(SCRIPT_NEG[lg])).t("\n")
    neg(doc, 1)


def k_mixed(lg, doc):
    cc = SCRIPT_OF[lg]
    k_script(lg, doc)
    doc.t(c(["In English: ", "Romanised: ", "(for the courier) "]))
    addr(doc, cc, ROMAN[cc])
    doc.t("\n")
    neg(doc, 1)


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    i = 0
    plan = []
    for cc in ROMAN:
        for fn in (k_form, k_form, k_chat, k_chat, k_ad):
            plan.append(("romanised", cc, fn, fn.__name__[2:]))
    for lg in SCRIPT:
        for _ in range(5):
            plan.append(("script", lg, k_script, "form"))
        for _ in range(3):
            plan.append(("mixed", lg, k_mixed, "form"))
    for fam, cc, fn, kind in plan:
        doc = P()
        if fam == "romanised":
            fn(cc, ROMAN[cc], doc)
        else:
            fn(cc, doc)
        ascii_ = i % 3 == 0
        api = apis[i % 4]
        body, spans = ask_body(api, c(ASK), doc.text, doc.spans, ascii_, i % 2 == 1)
        append_body(records, body, spans, {"locale": cc, "family": fam, "kind": kind, "api": api,
                                           "ascii": ascii_})
        i += 1
    write_json(records)


main()
