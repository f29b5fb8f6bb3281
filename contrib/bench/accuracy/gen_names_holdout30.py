#!/usr/bin/env python3
"""gen_names_holdout30.py: the thirtieth blind set: people of the world beyond Europe, in their own
scripts and formats, in whole request bodies of the four APIs.

Three families (metadata.family): `script` (Cyrillic, Arabic, Persian, Urdu, Hebrew, Devanagari,
Bengali, Tamil, Thai, Han simplified and traditional, Japanese, Hangul: names in each language's
order, forms and honorifics, addresses in each country's order, births in each script's words and
calendars), `romanised` (the same world in Latin letters: South Asian, African, South-East Asian,
Turkish and Latin-American people, and transliterations with several spellings of one name in one
body) and `mixed` (native and romanised side by side: forms, chats that switch script, letters to
translate, two-script sheets, a passport's machine-readable zone beside its printed fields).
The material: visa files, remittance receipts, ride and delivery chats, admissions, pilgrimage
group lists, donation registers, matrimonial profiles, club rosters, fan mail, convention badges,
seller disputes, group loans, SIM registrations, class groups, hotel cards, dormitory lists, land
registers and village minutes.

Gold: PERSON on every mention (honorifics and titles outside, a suffixed one such as `様`, `씨`,
`先生`, `जी` too; a possessive outside), STREET_ADDRESS (the address as one run in the country's
order, postcode, town and unit inside when they are part of the run), DATE_OF_BIRTH (only where a
birth word shows: a label, a column head, a birth verb, and the birth field of a passport's
machine-readable zone beside its printed "Date of birth"), EMAIL_ADDRESS, PHONE_NUMBER; look-alikes as NEG_ spans, at least as many as the
PERSON spans in every record. Half of the people are invented from each language's syllables.
The people and their details come from holdout30_people.py, the countries' forms from
holdout30_formats.py (one seeded stream), the names and words from holdout30_world.py. Writes
data/names_holdout30.json to stdout; deterministic.
"""
import json

from gen_bodies import MARK, RAWMARK, P, J, dumps, escaper, place_each
from gen_common import MON3, check_spans, walk_template, write_json
from holdout30_formats import (ID_LABEL, ROM_LANG, ROM_LOCS, SCRIPT_LOCS, TABLE, ch, deaccent,
                               fmt_date, idnum, nd, order_no, rng, ymd)
from holdout30_people import person
import holdout30_world as W

records = []

# ---- look-alikes -------------------------------------------------------------------------------------
# the romanised look-alikes of the script languages' regions (a text in Latin letters about them)
ROM_NEG = {
    "ru-Latn": dict(places=["Moscow", "Kazan", "Novosibirsk", "Vladimir", "Yaroslavl", "Tver"],
                    orgs=["Yeliseyev's Store", "Tretyakov Gallery", "Smirnov Vodka", "Likhachev Plant"],
                    famous=["Pushkin", "Leo Tolstoy", "Yuri Gagarin", "Peter the Great", "Chekhov"],
                    holidays=["Maslenitsa", "Victory Day", "Orthodox Christmas"],
                    streets=["Nevsky Prospekt", "Tverskaya Street", "Prospekt Mira"],
                    words=["Nadezhda", "Lyubov", "Pobeda"], titles=["Gospodin", "Comrade", "Dr."]),
    "ar-Latn": dict(places=["Riyadh", "Jeddah", "Cairo", "Amman", "Medina", "Alexandria"],
                    orgs=["Al Rajhi Bank", "Saudi Binladin Group", "Othaim Markets", "King Faisal Hospital"],
                    famous=["Saladin", "Ibn Sina", "Gamal Abdel Nasser", "Umm Kulthum", "Naguib Mahfouz"],
                    holidays=["Eid al-Fitr", "Eid al-Adha", "Ramadan", "Mawlid"],
                    streets=["Tahlia Street", "King Fahd Road", "Pyramids Road"],
                    words=["Salam", "Amal", "Noor al-Sabah"], titles=["Sheikh", "Sayyid", "Ustaz", "Dr."]),
    "zh-Latn": dict(places=["Beijing", "Shanghai", "Changchun", "Pudong", "Haidian", "Chengdu"],
                    orgs=["Li-Ning", "Wanglaoji", "Zhang Xiaoquan", "Lao Gan Ma", "Haidilao"],
                    famous=["Confucius", "Lu Xun", "Sun Yat-sen", "Li Bai", "Zhuge Liang"],
                    holidays=["Spring Festival", "Mid-Autumn Festival", "Qingming", "Dragon Boat Festival"],
                    streets=["Chang'an Avenue", "Nanjing Road", "Huaihai Road"],
                    words=["Xiao Jiejie", "Laoban", "Shifu"], titles=["Xiansheng", "Laoshi", "Nüshi"]),
    "ja-Latn": dict(places=["Tokyo", "Osaka", "Izumi", "Chiyoda", "Shibuya", "Sendai"],
                    orgs=["Honda Motor", "Matsushita Electric", "Toyota Tsusho", "Takashimaya", "Ito En"],
                    famous=["Natsume Soseki", "Tokugawa Ieyasu", "Sakamoto Ryoma", "Oda Nobunaga"],
                    holidays=["Obon", "Shichi-Go-San", "Golden Week", "Hinamatsuri"],
                    streets=["Meiji-dori", "Omotesando", "Midosuji"],
                    words=["Otsukaresama", "Yoroshiku", "Sakura-namiki"], titles=["Sensei", "Bucho", "Kacho"]),
    "ko-Latn": dict(places=["Seoul", "Busan", "Suwon", "Gangnam", "Yeongju", "Mapo"],
                    orgs=["E-Mart", "Jeong Kwan Jang", "Kimgane", "Park Seung Chul Hair", "Hanjin Express"],
                    famous=["King Sejong", "Yi Sun-sin", "Ahn Jung-geun", "Yu Gwan-sun"],
                    holidays=["Chuseok", "Seollal", "Buddha's Birthday", "Hangul Day"],
                    streets=["Sejong-daero", "Teheran-ro", "Gangnam-daero"],
                    words=["Annyeong", "Saranghae", "Haneul"], titles=["Gwajangnim", "Seonsaengnim", "Sajangnim"]),
    "th-Latn": dict(places=["Bangkok", "Chiang Mai", "Surin", "Khon Kaen", "Hat Yai", "Phuket"],
                    orgs=["Central", "CP All", "Kasikornbank", "Jay Fai"],
                    famous=["Sunthorn Phu", "King Taksin", "Pridi Banomyong"],
                    holidays=["Songkran", "Loy Krathong", "Visakha Bucha"],
                    streets=["Sukhumvit Road", "Silom Road", "Yaowarat Road"],
                    words=["Sabai Dee", "Sawasdee", "Nok Kaew"], titles=["Khun", "Nai", "Nang"]),
    "vn-ascii": None,
}


def pools(loc):
    if loc in TABLE:
        t = TABLE[loc]
    elif ROM_NEG.get(loc):
        t = ROM_NEG[loc]
    else:
        t = W.ROM["vn" if loc == "vn-ascii" else loc]
    out = {k: list(t.get(k, [])) for k in ("places", "orgs", "famous", "holidays", "streets", "words",
                                            "titles", "deities", "months", "eras")}
    if loc == "sr-Latn":  # the Latin forms of the Serbian look-alikes
        out.update(places=["Beograd", "Novi Sad", "Niš", "Zemun", "Vračar", "Čačak"],
                   orgs=["Jovanović d.o.o.", "Aerodrom Nikola Tesla", "Štark", "Bambi"],
                   famous=["Nikola Tesla", "Vuk Karadžić", "Sveti Sava", "Ivo Andrić"],
                   holidays=["Vidovdan", "Božić", "Uskrs", "krsna slava"],
                   streets=["Knez Mihailova", "Bulevar kralja Aleksandra", "Skadarlija"],
                   words=["Sloboda", "Nada", "Zora"], titles=["gospodin", "gospođa", "dr"], months=[])
    if loc == "vn-ascii":
        out = {k: [deaccent(x) for x in v] for k, v in out.items()}
    return out


NEG_OF = {"PL": ("NEG_PLACE", "places"), "ORG": ("NEG_ORG", "orgs"), "FAM": ("NEG_FAMOUS", "famous"),
          "HOL": ("NEG_HOLIDAY", "holidays"), "ST": ("NEG_STREET", "streets"),
          "W": ("NEG_WORD", "words"), "TI": ("NEG_TITLE", "titles"), "DEI": ("NEG_DEITY", "deities"),
          "MON": ("NEG_MONTH", "months"), "ERA": ("NEG_ERA", "eras")}


# ---- the material -------------------------------------------------------------------------------------
# (English title, tool name, extra column, its value: text or a number that is no phone)
DOMAINS = {
    "visa": ("Visa and residence-permit file", "visa_case_lookup", "Visa type",
             lambda: ch(["Tourist", "Work (Type D)", "Student", "Family reunion", "Residence permit"])),
    "remit": ("Remittance / mobile-money receipt", "get_transfer_receipt", "Transfer ID", None),
    "ride": ("Ride-hailing / food-delivery support chat", "get_trip", "Trip ID", None),
    "uni": ("University admission and scholarship file", "admissions_export", "Programme",
            lambda: ch(["BSc Computer Science", "MBA", "MSc Public Health", "BA Economics", "PhD Physics"])),
    "hajj": ("Hajj / umrah / pilgrimage group list", "group_manifest", "Group", lambda: "G-%02d" % rng.randint(1, 40)),
    "donation": ("Temple / church / mosque donation register", "donation_register", "Amount",
                 lambda: ch(["₹ 5,001", "SAR 500", "¥10,000", "₩50,000", "฿1,000", "Rs. 2,500", "$100"])),
    "matri": ("Matrimonial profile", "profile_fetch", "Height", lambda: "%d cm" % rng.randint(150, 188)),
    "cricket": ("Cricket / kabaddi club roster", "roster_export", "Role",
                lambda: ch(["Batter", "Bowler", "All-rounder", "Wicket-keeper", "Raider", "Defender"])),
    "kpop": ("K-pop fan-club and idol fan mail", "fanclub_members", "Member no.", None),
    "anime": ("Anime convention badges", "badge_export", "Badge no.", None),
    "seller": ("E-commerce seller dispute", "dispute_case", "Order no.", None),
    "microfin": ("Microfinance group loan", "loan_group", "Loan amount",
                 lambda: ch(["KES 25,000", "NGN 150,000", "BDT 40,000", "PHP 15,000", "INR 30,000"])),
    "sim": ("Telecom SIM registration", "sim_registration", "ICCID", None),
    "class": ("School class group (WeChat/LINE/KakaoTalk)", "export_group_chat", "Class",
              lambda: ch(["3年2組", "二年级(3)班", "5학년 2반", "Grade 4B", "ป.5/2"])),
    "hotel": ("Hotel guest registration card", "guest_cards", "Room", lambda: str(rng.randint(201, 1820))),
    "dorm": ("Factory worker dormitory list", "dorm_roster", "Bed", lambda: "%s-%d" % (rng.choice("ABCD"), rng.randint(101, 640))),
    "land": ("Land and property register", "land_register", "Plot no.", None),
    "village": ("Village council minutes", "minutes_archive", "Ward", lambda: "Ward %d" % rng.randint(1, 12)),
}


def extra_value(dom):
    fn = DOMAINS[dom][3]
    if fn:
        return None, fn()
    if dom == "sim":
        return "NEG_ID", "89" + nd(17, "0123456789")
    return "NEG_ID", order_no()


class Ctx:
    """One record being written: its language (lang: the words around), the people's locale,
    the look-alike pools and the mention forms used."""

    def __init__(self, family, loc, lang, dom):
        self.family, self.loc, self.lang, self.dom = family, loc, lang, dom
        self.pool = pools(loc)
        self.shapes = set()
        self.lab = W.LAB[lang]

    def neg(self, p, key):
        label, k = NEG_OF[key]
        xs = self.pool.get(k) or self.pool["places"]
        if not self.pool.get(k):
            label = "NEG_PLACE"
        p.s(label, ch(xs))
        return p

    def per(self, p, person, kind=None):
        if kind == "rom" and not person.rom:
            kind = None
        if kind is not None and kind not in ("hon", "rel", "rom") and kind not in person.forms:
            kind = None
        parts, shape = person.mention(kind)
        self.shapes.add(shape)
        for x in parts:
            if isinstance(x, tuple):
                p.s(*x)
            else:
                p.t(x)
        return p

    def date_lang(self):
        return self.lang if self.lang in ("es", "pt", "id", "vi", "tr", "en") or self.lang in TABLE else "en"

    def fill(self, p, template, person=None, **kw):
        """template's slots appended to p: {P} person, {B} their birth, {A} their address, {T}, {E},
        {D} another date, {ID} a number, and the look-alike slots of NEG_OF."""
        def slot(key):
            if key == "P":
                self.per(p, person, kw.get("kind"))
            elif key == "B":
                p.s("DATE_OF_BIRTH", fmt_date("en" if kw.get("rom") else self.dl(person), *person.dob))
            elif key == "A":
                p.s("STREET_ADDRESS", addr_of(person, self.family == "romanised" or kw.get("rom")))
            elif key == "T":
                p.s("PHONE_NUMBER", person.phone)
            elif key == "E":
                p.s("EMAIL_ADDRESS", person.email)
            elif key == "D":
                p.s("NEG_DATE", fmt_date(self.dl(person), *ymd(2019, 2026)))
            elif key == "ID":
                p.s("NEG_ID", order_no())
            else:
                self.neg(p, key)
        walk_template(template, p.t, slot)
        return p

    def dl(self, person):
        """The language a person's dates are written in: their own script's, else the text's."""
        if person is not None and person.loc in TABLE and self.family != "romanised":
            return person.loc
        return self.lang if self.lang != "en" or person is None else "en"


def addr_of(person, rom=False):
    nat, r = person.addr
    if rom or nat is None or person.loc not in TABLE:
        return r
    return nat


def native_kind(person):
    """A form key for the person's main native mention."""
    for k in ("full", "gs", "gf", "init", "bin", "mono", "gms", "rom0"):
        if k in person.forms:
            return k
    return sorted(person.forms)[0]


# ---- documents ----------------------------------------------------------------------------------------
def b_form(c, people, both=False):
    """A filled form, one block per person: label and value per line; both: the native and the
    romanised field side by side (the mixed family)."""
    p = P()
    L = c.lab
    en = W.LAB["en"]
    p.t(DOMAINS[c.dom][0] + "\n")
    for n, x in enumerate(people):
        p.t("\n#%d\n" % (n + 1))
        p.t("%s: " % L["name"])
        c.per(p, x, native_kind(x))
        p.t("\n")
        if both and x.rom:
            p.t("%s / %s: " % (L["rom"], en["rom"]))
            c.per(p, x, "rom")
            p.t("\n")
        if x.rel and rng.random() < 0.6:
            p.t("%s (%s): " % (L["name"], L["father"]) if x.rel_kind == "father" else "%s (2): " % L["name"])
            c.per(p, x, "rel")
            p.t("\n")
        p.t("%s: " % L["dob"]).s("DATE_OF_BIRTH", fmt_date(c.dl(x), *x.dob))
        if both:
            y, m, d = x.dob
            p.t(" (").s("DATE_OF_BIRTH", "%02d %s %d" % (d, MON3[m - 1], y)).t(")")
        p.t("\n%s: " % L["pob"])
        c.neg(p, "PL")
        p.t("\n%s: " % L["addr"]).s("STREET_ADDRESS", addr_of(x, c.family == "romanised"))
        if both and x.addr[0] and x.addr[1] and x.loc in TABLE:
            p.t("\n%s (EN): " % L["addr"]).s("STREET_ADDRESS", x.addr[1])
        p.t("\n%s: " % L["tel"]).s("PHONE_NUMBER", x.phone)
        p.t("\n%s: " % L["mail"]).s("EMAIL_ADDRESS", x.email)
        p.t("\n%s: " % ID_LABEL[x.cc]).s("NEG_ID", idnum(x.cc, x.dob))
        lab, v = extra_value(c.dom)
        p.t("\n%s: " % DOMAINS[c.dom][2]).s(lab, v)
        p.t("\n%s: " % L["date"]).s("NEG_DATE", fmt_date(c.dl(x), *ymd(2020, 2026)))
        p.t("\n%s: " % L["note"])
        c.neg(p, ch(["HOL", "ORG", "FAM", "ST", "DEI" if c.pool["deities"] else "W"]))
        p.t("\nSalutation: ")
        c.neg(p, "TI")
        if c.pool["months"]:
            p.t("\nMonth: ")
            c.neg(p, "MON")
        if c.pool["eras"]:
            p.t("\n元号: ")
            c.neg(p, "ERA")
        if c.pool["deities"] and c.dom in ("donation", "hajj", "matri"):
            p.t("\nOffering: ")
            c.neg(p, "DEI")
        if c.pool["words"] and rng.random() < 0.5:
            p.t("\nRef.: ")
            c.neg(p, "W")
        p.t("\n")
    return p


def b_register(c, people, both=False):
    """A register or sheet: Markdown, CSV, TSV or numbered lines; both: a name column per script."""
    p = P()
    L = c.lab
    style = ch(["md", "csv", "tsv", "lines"])
    cols = ["#", L["name"]] + (["Name (Latin)"] if both else []) + [L["dob"], L["tel"], L["addr"],
                                                                     DOMAINS[c.dom][2], L["note"]]
    sep = {"md": " | ", "csv": ",", "tsv": "\t", "lines": "; "}[style]
    p.t(DOMAINS[c.dom][0] + "\n\n")
    if style == "md":
        p.t("| " + " | ".join(cols) + " |\n|" + "---|" * len(cols) + "\n")
    elif style != "lines":
        p.t(sep.join(cols) + "\n")
    for n, x in enumerate(people):
        if style == "md":
            p.t("| ")
        q = '"' if style == "csv" else ""
        p.t("%d%s" % (n + 1, sep if style != "lines" else ". "))
        p.t(q)
        c.per(p, x, ch([native_kind(x), "hon", None]))
        p.t(q + sep)
        if both:
            c.per(p, x, "rom")
            p.t(sep)
        if style == "lines":
            p.t(L["dob"] + " ")
        p.s("DATE_OF_BIRTH", fmt_date(c.dl(x), *x.dob)).t(sep)
        p.s("PHONE_NUMBER", x.phone).t(sep)
        if rng.random() < 0.6:
            p.t(q).s("STREET_ADDRESS", addr_of(x, c.family == "romanised")).t(q)
        else:
            c.neg(p, "PL")
        p.t(sep)
        lab, v = extra_value(c.dom)
        p.s(lab, v).t(sep)
        c.neg(p, ch(["HOL", "ORG", "ST", "FAM", "TI", "W"] + (["MON", "MON"] if c.pool["months"] else [])
                     + (["DEI"] if c.pool["deities"] else []) + (["ERA"] if c.pool["eras"] else [])))
        p.t(" |\n" if style == "md" else "\n")
    return p


def stamp():
    return "%02d:%02d" % (rng.randint(7, 22), rng.randint(0, 59))


def b_chat(c, people, rom_turns=False):
    """A support or group chat: speakers by name, greetings with honorifics, the details asked
    for and given; rom_turns: some turns typed in Latin letters (the mixed family)."""
    p = P()
    agent = people[0]
    rest = people[1:] or [agent]
    L = c.lab
    en = W.LAB["en"]
    p.t("[%s — %s]\n" % (DOMAINS[c.dom][0], fmt_date("en", *ymd(2024, 2026))))
    for n, x in enumerate(rest):
        latin = rom_turns and n % 2 == (0 if len(rest) == 1 else 1)
        lab = en if latin else L
        kind = "rom" if latin else None
        p.t("[%s] " % stamp())
        c.per(p, agent, "rom" if latin else native_kind(agent))
        p.t(": ")
        c.fill(p, lab["hello"], x, kind="rom" if latin else "hon")
        p.t(" " + lab["ask"] + "\n[%s] " % stamp())
        c.per(p, x, kind or native_kind(x))
        p.t(": ")
        c.fill(p, lab["lives"], x, rom=latin)
        p.t(" ")
        c.fill(p, lab["call"], x)
        p.t("\n[%s] " % stamp())
        c.per(p, agent, "rom" if latin else native_kind(agent))
        p.t(": ")
        c.fill(p, lab["born_m" if x.sex == "m" else "born_f"], x, kind=kind)
        p.t(" ")
        c.fill(p, lab["thanks"], x, kind="rom" if latin else "hon")
        p.t("\n")
    return p


def b_letter(c, people, lang=None, rom=False):
    """A letter or note in prose: a greeting, each person born, living and reachable, the office's
    look-alikes, a signature; rom: the people in Latin letters (a translation's)."""
    lab = W.LAB[lang or c.lang]
    p = P()
    head, rest = people[0], people[1:] or people[:1]
    c.fill(p, lab["hello"], head, kind="rom" if rom else "hon")
    p.t("\n\n")
    for x in rest:
        c.fill(p, lab["born_m" if x.sex == "m" else "born_f"], x, kind="rom" if rom else None, rom=rom)
        p.t(" ")
        c.fill(p, lab["lives"], x, rom=rom)
        p.t(" ")
        c.fill(p, lab["call"], x)
        p.t("\n")
    if (lang or c.lang) == "ru" and "dat" in head.forms:
        x = ch(rest)
        p.t("\nСправка выдана ")
        c.per(p, x, "dat")
        p.t(" для предъявления по месту требования. Заявление от ")
        c.per(p, head, "gen")
        p.t(" принято; встреча с ")
        c.per(p, x, "ins")
        p.t(" назначена на ").s("NEG_DATE", fmt_date("ru", *ymd(2024, 2026))).t(".\n")
    p.t("\n")
    c.fill(p, ch(lab["pad"]), None)
    p.t("\n\n— ")
    c.per(p, head, "rom" if rom else native_kind(head))
    p.t("\n")
    return p


def b_json(c, people, both=False):
    """The records as a JSON object (a tool's result or a save call's arguments): a P of JSON."""
    recs = []
    for x in people:
        lab, v = extra_value(c.dom)
        r = {"name": ("PERSON", x.forms[native_kind(x)])}
        c.shapes.add(native_kind(x))
        if both and x.rom:
            r["name_latin"] = ("PERSON", ch(x.rom))
            c.shapes.add("romanised")
        r.update({"date_of_birth": ("DATE_OF_BIRTH", fmt_date(c.dl(x), *x.dob)),
                  "phone": ("PHONE_NUMBER", x.phone), "email": ("EMAIL_ADDRESS", x.email),
                  "address": ("STREET_ADDRESS", addr_of(x, c.family == "romanised")),
                  "national_id": ("NEG_ID", idnum(x.cc, x.dob)),
                  "birthplace": ("NEG_PLACE", ch(c.pool["places"])),
                  DOMAINS[c.dom][2].lower().replace(" ", "_").replace(".", ""): (lab, v),
                  "registered": ("NEG_DATE", fmt_date(c.dl(x), *ymd(2021, 2026)))})
        if x.rel and rng.random() < 0.5:
            q = P()
            c.per(q, x, "rel")
            r["also_recorded_as"] = q
        recs.append(r)
    j = J(ch(["pretty", "compact", "line"]))
    j.write({"source": DOMAINS[c.dom][1], "records": recs,
             "branch": ("NEG_PLACE", ch(c.pool["places"])),
             "sponsor": ("NEG_ORG", ch(c.pool["orgs"]))})
    return j.p


def b_mrz(c, people):
    """Passport data pages: the printed fields (native and Latin) and the machine-readable zone."""
    p = P()
    for x in people:
        sur, giv = x.mrz
        ctry = {"ru": "RUS", "ua": "UKR", "bg": "BGR", "rs": "SRB", "sa": "SAU", "eg": "EGY", "ir": "IRN",
                "pk": "PAK", "il": "ISR", "in": "IND", "bd": "BGD", "lk": "LKA", "th": "THA", "cn": "CHN",
                "tw": "TWN", "jp": "JPN", "kr": "KOR"}[x.cc]
        y, m, d = x.dob
        pno = rng.choice("ABCDEGKMNP") + nd(8, "0123456789")
        p.t("PASSPORT / %s\nType P  Country %s  No. " % (c.lab["name"], ctry)).s("NEG_ID", pno)
        p.t("\nSurname: ").s("PERSON", sur).t("\nGiven names: ").s("PERSON", giv).t("\n%s: " % c.lab["name"])
        c.per(p, x, native_kind(x))
        c.shapes.add("mrz")
        p.t("\nDate of birth / %s: " % c.lab["dob"]).s("DATE_OF_BIRTH", "%02d %s %d" % (d, MON3[m - 1], y))
        p.t("\nPlace of birth: ")
        c.neg(p, "PL")
        iy, im, idd = ymd(2018, 2025)
        p.t("\nDate of issue: ").s("NEG_DATE", "%02d %s %d" % (idd, MON3[im - 1], iy))
        p.t("\nDate of expiry: ").s("NEG_DATE", "%02d %s %d" % (idd, MON3[im - 1], iy + 10)).t("\n\n")
        line1 = ("P<" + ctry + sur.replace(" ", "<") + "<<" + giv.replace(" ", "<")).ljust(44, "<")[:44]
        head = "P<" + ctry
        p.t(head)
        s_mrz = sur.replace(" ", "<")
        p.s("PERSON", s_mrz)
        rest = line1[len(head) + len(s_mrz):]
        shown = rest[2:].rstrip("<")
        if shown:
            p.t("<<").s("PERSON", shown).t(rest[2 + len(shown):])
        else:
            p.t(rest)
        dob6 = "%02d%02d%02d" % (y % 100, m, d)
        exp6 = "%02d%02d%02d" % ((iy + 10) % 100, im, idd)
        p.t("\n").s("NEG_ID", pno).t(check(pno) + ctry).s("DATE_OF_BIRTH", dob6)
        tail = check(dob6) + ch("MF") + exp6 + check(exp6) + "<" * 14 + "0"
        p.t(tail + check(pno + check(pno) + dob6 + check(dob6) + exp6 + check(exp6) + "<" * 14 + "0") + "\n\n")
    return p


def check(s):
    """The ICAO 9303 check digit."""
    val = {c: i for i, c in enumerate("0123456789")}
    val.update({c: i + 10 for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")})
    val["<"] = 0
    return str(sum(val[c] * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


# ---- request bodies -------------------------------------------------------------------------------------
APIS = ["chat", "responses", "anthropic", "gemini"]
SHAPES = ["user", "conv", "tool_result", "tool_args"]


class Body:
    """The markers of one body and the pieces that go there (escaped once inside a JSON string, or
    native JSON where a tool's input is an object)."""

    def __init__(self, ascii_):
        self.ascii_, self.items = ascii_, []

    def m(self, piece):
        k = len(self.items)
        self.items.append((MARK % k, escaper(1, self.ascii_), piece))
        return MARK % k

    def raw(self, piece):
        k = len(self.items)
        self.items.append(('"' + RAWMARK % k + '"', escaper(0, self.ascii_, True), piece))
        return RAWMARK % k


def body_of(api, shape, turns, tool, doc_json, ascii_, i):
    """A request body dict: turns are (role, piece) with role "user"/"assistant"; for tool shapes
    the first turn is the ask and the last piece the tool's result (text or JSON) or the call's
    arguments (JSON)."""
    b = Body(ascii_)
    call = "call_%05d" % (30000 + i)
    if shape in ("user", "conv"):
        if api == "chat":
            msgs = [{"role": r, "content": b.m(p)} for r, p in turns]
            return {"model": "gpt-4o", "messages": msgs}, b
        if api == "responses":
            inp = [{"role": r, "content": [{"type": "input_text" if r == "user" else "output_text",
                                             "text": b.m(p)}]} for r, p in turns]
            return {"model": "gpt-4.1", "input": inp}, b
        if api == "anthropic":
            msgs = [{"role": r, "content": [{"type": "text", "text": b.m(p)}]} for r, p in turns]
            return {"model": "claude-sonnet-4-5", "max_tokens": 2048, "messages": msgs}, b
        cont = [{"role": "user" if r == "user" else "model", "parts": [{"text": b.m(p)}]} for r, p in turns]
        return {"contents": cont, "generationConfig": {"temperature": 0.2}}, b
    ask, doc = turns[0][1], turns[1][1]
    if shape == "tool_result":
        if api == "chat":
            return {"model": "gpt-4o", "messages": [
                {"role": "user", "content": b.m(ask)},
                {"role": "assistant", "content": None, "tool_calls": [
                    {"id": call, "type": "function", "function": {"name": tool, "arguments": json.dumps({"batch": i})}}]},
                {"role": "tool", "tool_call_id": call, "content": b.m(doc)}]}, b
        if api == "responses":
            return {"model": "gpt-4.1", "input": [
                {"role": "user", "content": b.m(ask)},
                {"type": "function_call", "call_id": call, "name": tool, "arguments": json.dumps({"batch": i})},
                {"type": "function_call_output", "call_id": call, "output": b.m(doc)}]}, b
        if api == "anthropic":
            return {"model": "claude-sonnet-4-5", "max_tokens": 2048, "messages": [
                {"role": "user", "content": b.m(ask)},
                {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_%05d" % i, "name": tool,
                                                   "input": {"batch": i}}]},
                {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_%05d" % i,
                                              "content": b.m(doc)}]}]}, b
        resp = b.raw(doc) if doc_json else {"content": b.m(doc)}
        return {"contents": [
            {"role": "user", "parts": [{"text": b.m(ask)}]},
            {"role": "model", "parts": [{"functionCall": {"name": tool, "args": {"batch": i}}}]},
            {"role": "user", "parts": [{"functionResponse": {"name": tool, "response": resp}}]}]}, b
    # tool_args: the assistant saves the records it read
    name = "save_" + tool.split("_")[0] + "_records"
    if api == "chat":
        return {"model": "gpt-4o", "messages": [
            {"role": "user", "content": b.m(ask)},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": call, "type": "function", "function": {"name": name, "arguments": b.m(doc)}}]},
            {"role": "tool", "tool_call_id": call, "content": "{\"saved\": true}"}]}, b
    if api == "responses":
        return {"model": "gpt-4.1", "input": [
            {"role": "user", "content": b.m(ask)},
            {"type": "function_call", "call_id": call, "name": name, "arguments": b.m(doc)},
            {"type": "function_call_output", "call_id": call, "output": "saved"}]}, b
    if api == "anthropic":
        return {"model": "claude-sonnet-4-5", "max_tokens": 2048, "messages": [
            {"role": "user", "content": b.m(ask)},
            {"role": "assistant", "content": [{"type": "text", "text": "Saving the records."},
                                              {"type": "tool_use", "id": "toolu_%05d" % i, "name": name,
                                               "input": b.raw(doc)}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_%05d" % i,
                                          "content": "saved"}]}]}, b
    return {"contents": [
        {"role": "user", "parts": [{"text": b.m(ask)}]},
        {"role": "model", "parts": [{"functionCall": {"name": name, "args": b.raw(doc)}}]},
        {"role": "user", "parts": [{"functionResponse": {"name": name, "response": {"saved": True}}}]}]}, b


# ---- records -------------------------------------------------------------------------------------------
def count(pieces, pred):
    return sum(1 for p in pieces for s in p.spans if pred(s["entity_type"]))


def readback(c, people):
    """An assistant's turn that lists the people it read (in the ask's language or English)."""
    p = P("Here is what I found:\n" if c.lang in ("en",) or rng.random() < 0.5 else "")
    for n, x in enumerate(people):
        p.t("%d. " % (n + 1))
        c.per(p, x, ch(["rom", native_kind(x), "hon"]) if c.family == "mixed" else ch([native_kind(x), "hon"]))
        p.t(" — ").s("PHONE_NUMBER", x.phone)
        if rng.random() < 0.5:
            p.t(", ").s("EMAIL_ADDRESS", x.email)
        p.t("\n")
    return p


def make_doc(c, people, as_json):
    fam = c.family
    if as_json:
        return b_json(c, people, both=fam == "mixed")
    if fam == "mixed":
        k = rng.randrange(6)
        if k == 0:
            return b_form(c, people, both=True)
        if k == 1:
            return b_register(c, people, both=True)
        if k == 2:
            return b_chat(c, people, rom_turns=True)
        if k == 3:  # a letter and its translation
            a = b_letter(c, people)
            a.t("\n---\nEnglish draft:\n\n")
            return a.add(b_letter(c, people, lang="en", rom=True))
        if k == 4 and c.loc in ("zh", "zh-TW", "ja", "ko", "ru", "uk", "bg", "sr", "ar", "fa", "ur",
                                "he", "hi", "bn", "ta", "th"):
            return b_mrz(c, people[:3])
        return b_register(c, people, both=True)
    k = rng.randrange(4)
    return [b_form, b_register, b_chat, b_letter][k](c, people)


def pad(c, piece, deficit):
    """Look-alike sentences appended to the ask until the record holds as many NEG_ spans as
    PERSON spans."""
    lab = c.lab
    while deficit > 0:
        piece.t("\n" if piece.text else "")
        before = len(piece.spans)
        c.fill(piece, ch(lab["pad"]), None)
        deficit -= len(piece.spans) - before


def one(i, family, loc, dom):
    """Record i: tried with more people while the body is under 2 KiB, fewer while over 30."""
    n = rng.randint(12, 22) if i % 11 == 3 else ch([3, 3, 4, 5, 6, 8])
    while True:
        rec = attempt(i, family, loc, dom, n)
        size = len(rec["full_text"].encode())
        if 2048 <= size <= 30 * 1024:
            break
        n = n + 1 if size < 2048 else max(2, n - 3)
    records.append(rec)


def attempt(i, family, loc, dom, n):
    lang = loc if loc in TABLE else ROM_LANG.get(loc, "en")
    english = i % 5 == 0
    c = Ctx(family, loc, "en" if english else lang, dom)
    people = [person(loc) for _ in range(n)]
    api = APIS[i % 4]
    shape = SHAPES[(i // 4 + i) % 4]
    ascii_ = (i // 3) % 3 == 1
    ask = P(ch(W.ASKS[c.lang if c.lang in W.ASKS else "en"]))
    if english and loc in TABLE:
        ask.t(" (%s)" % DOMAINS[dom][0])
    as_json = shape == "tool_args" or (shape == "tool_result" and rng.random() < 0.4)
    doc = make_doc(c, people, as_json)
    turns = [("user", ask), ("user", doc)]
    if shape == "user":
        ask.t("\n\n").add(doc)
        turns = [("user", ask)]
    elif shape == "conv":
        ask.t("\n\n").add(doc)
        turns = [("user", ask), ("assistant", readback(c, people))]
        more = [person(loc) for _ in range(rng.randint(1, 3))]
        follow = P(ch(["", "Also these ones:\n\n", "+\n"]))
        follow.add(make_doc(c, more + people[:1], False))
        turns.append(("user", follow))
        people += more
    pieces = [p for _, p in turns]
    deficit = count(pieces, lambda t: t == "PERSON") - count(pieces, lambda t: t.startswith("NEG_"))
    if deficit > 0:
        target = ask if shape != "conv" else turns[-1][1]
        extra = P()
        pad(c, extra, deficit)
        target.t("\n\n").add(extra)
    d, b = body_of(api, shape, turns, DOMAINS[dom][1], as_json, ascii_, i)
    text = dumps(d, ascii_, i % 2 == 1)
    text, spans = place_each(text, b.items)
    spans.sort(key=lambda s: s["start_position"])
    json.loads(text)
    check_spans(text, spans)
    return {"full_text": text, "spans": spans, "template_id": len(records) % 100,
                    "metadata": {"family": family, "locale": loc, "api": api, "shape": shape,
                                 "kind": dom, "ascii": ascii_, "english_only": english,
                                 "people": len(people), "invented": sum(1 for x in people if x.inv),
                                 "shapes": sorted(c.shapes)}}


def main():
    doms = list(DOMAINS)
    fams = [("script", SCRIPT_LOCS), ("romanised", ROM_LOCS), ("mixed", SCRIPT_LOCS)]
    for i in range(330):
        fam, locs = fams[i % 3]
        k = i // 3
        one(i, fam, locs[(k * 7 + i) % len(locs)], doms[(k * 7) % len(doms)])
    write_json(records)


if __name__ == "__main__":
    main()
