#!/usr/bin/env python3
"""gen_romp65.py: people of the world in Latin letters beside their places, firms, festivals and
figures (tune set; branch romp65, written and committed before hush was run on it), from the
thirtieth blind set's public brief (its romanised family: the README row and run.sh title only) and
the author's own idea of such text, not from hush's rules.

Visa files, remittance receipts, ride-hailing chats, admission files, pilgrimage lists, donation
registers, matrimonial profiles, cricket rosters, seller disputes, group loans, SIM registrations,
hotel guest cards, land registers and village minutes, in English (and a few in Indonesian,
Spanish, Portuguese, Turkish and Vietnamese), naming Indian, Pakistani, Bangladeshi, Nigerian,
Kenyan, Ghanaian, Ethiopian, Indonesian, Malaysian, Filipino, Vietnamese, Thai, Turkish, Mexican,
Colombian and Brazilian people: full names, initials first, `s/o`/`d/o`/`w/o` with the father his
own span, `bin`/`binti`, `Md.`/`Mst.`, mononyms, Ethiopian given and father's name, Filipino middle
initials, double surnames, one name spelled two ways in one body, titles outside the span
(`Shri`, `Smt.`, `Chief`, `Alhaji`, `Nana`, `Ato`, `Bapak`, `Ibu`, `Encik`, `Puan`, `anh`, `chị`,
`Bey`, `Hanım`, `Seu`, `Dona`, `Sahib`, `ji`). About half the people invented from syllables.

Look-alikes as NEG_ spans, at least twice the PERSON spans of every record, in the same positions
(after the same labels and prepositions, in the same table columns, capitalised the same): cities,
districts, landmarks and places that are given names (NEG_PLACE), firms, brands, shops, banks and
mobile-money services, some named after families (NEG_ORG), historical, religious and political
figures as topics (NEG_FAMOUS), deities (NEG_DEITY), festivals (NEG_HOLIDAY), months (NEG_MONTH),
titles alone (NEG_TITLE).

Request bodies of the four APIs (an ask, then the text), a third \\uXXXX-escaped, half compact.
Deterministic; stdlib only; writes JSON to stdout.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import write_json  # noqa: E402
from gen_bodies import P, ask_body, append_body  # noqa: E402

rng = random.Random(20261208 + 65)


def pick(xs):
    return rng.choice(xs)


def invent(syls, n=(2, 3)):
    w = "".join(pick(syls) for _ in range(pick(n)))
    return w[0].upper() + w[1:]


# Per locale: given names (m, f), surnames, syllables for invented ones, titles (m, f), a father
# link (m, f) or None, spelling variants {a: b}, and the look-alikes by kind.
L = {}


def loc(code, gm, gf, sur, syl, tm, tf, link, var, place, org, topic):
    L[code] = dict(gm=gm, gf=gf, sur=sur, syl=syl, tm=tm, tf=tf, link=link, var=var,
                   place=place, org=org, topic=topic)


loc("in", ["Rajesh", "Suresh", "Venkatesh", "Arjun", "Deepak", "Harish", "Mohan"],
    ["Priya", "Anjali", "Kavitha", "Meenakshi", "Sunita", "Lakshmi", "Divya"],
    ["Sharma", "Iyer", "Reddy", "Patel", "Nair", "Menon", "Chatterjee", "Kulkarni"],
    ["ra", "vi", "shan", "ka", "dee", "pa", "ni", "su", "ma", "ran"], ["Shri", "Sri", "Mr."], ["Smt.", "Kumari"],
    ("s/o", "d/o"), {"Mohammed": "Muhammad", "Venkatesh": "Venkatesan"},
    ["Lucknow", "Indore", "Chandigarh", "Lakshmi Nagar", "Krishnagiri", "Ramnagar", "Shivaji Park",
     "Vijayawada", "Gurgaon", "Tirupati"],
    ["Tata Motors", "Haldiram's", "Bajaj Finserv", "Godrej", "Mahindra", "Paytm", "PhonePe",
     "Kotak Mahindra Bank", "Reliance Jio", "Birla Sun Life"],
    [("NEG_DEITY", "Lakshmi"), ("NEG_DEITY", "Ganesha"), ("NEG_DEITY", "Krishna"), ("NEG_HOLIDAY", "Diwali"),
     ("NEG_HOLIDAY", "Holi"), ("NEG_HOLIDAY", "Navratri"), ("NEG_HOLIDAY", "Raksha Bandhan"),
     ("NEG_FAMOUS", "Mahatma Gandhi"), ("NEG_FAMOUS", "Dr. Ambedkar"), ("NEG_MONTH", "Kartik"),
     ("NEG_TITLE", "Shri")])
loc("pk", ["Muhammad Imran", "Bilal", "Usman", "Shahid", "Faisal", "Asad"],
    ["Ayesha", "Sana", "Fatima", "Hina", "Rabia", "Saima"],
    ["Khan", "Siddiqui", "Chaudhry", "Malik", "Butt", "Qureshi", "Abbasi"],
    ["za", "hid", "ar", "sha", "fa", "ra", "mal", "ne"], ["Mr.", "Ch."], ["Mrs.", "Begum"],
    ("s/o", "d/o"), {"Muhammad": "Mohammad", "Chaudhry": "Chaudhary"},
    ["Lahore", "Rawalpindi", "Faisalabad", "Abbottabad", "Multan", "Gulberg", "Jinnah Hospital",
     "Badshahi Mosque", "Data Darbar", "Iqbal Town"],
    ["Habib Bank", "JazzCash", "Easypaisa", "Meezan Bank", "Gul Ahmed", "Bank Alfalah", "Shan Foods",
     "Dawood Hercules"],
    [("NEG_FAMOUS", "Allama Iqbal"), ("NEG_FAMOUS", "Quaid-e-Azam"), ("NEG_HOLIDAY", "Eid ul-Adha"),
     ("NEG_HOLIDAY", "Eid ul-Fitr"), ("NEG_MONTH", "Muharram"), ("NEG_MONTH", "Ramadan"),
     ("NEG_TITLE", "Chaudhry Sahib")])
loc("bd", ["Md. Rafiqul", "Md. Shahidul", "Tanvir", "Sumon", "Kamrul"],
    ["Mst. Nasrin", "Shahana", "Arpita", "Farzana", "Taslima"],
    ["Islam", "Hossain", "Rahman", "Akter", "Chowdhury", "Sarkar", "Biswas"],
    ["ru", "hul", "sha", "ja", "mi", "ko", "no", "ta"], ["Janab", "Mr."], ["Mrs.", "Begum"],
    ("s/o", "d/o"), {"Hossain": "Hussain", "Chowdhury": "Choudhury"},
    ["Dhaka", "Chattogram", "Sylhet", "Mymensingh", "Cox's Bazar", "Mirpur", "Dhanmondi", "Rajshahi"],
    ["bKash", "Nagad", "Grameenphone", "Pran-RFL", "Square Pharmaceuticals", "BRAC Bank", "Akij Group"],
    [("NEG_HOLIDAY", "Pohela Boishakh"), ("NEG_HOLIDAY", "Durga Puja"), ("NEG_FAMOUS", "Kazi Nazrul Islam"),
     ("NEG_FAMOUS", "Rabindranath Tagore"), ("NEG_DEITY", "Saraswati"), ("NEG_MONTH", "Baishakh")])
loc("ng", ["Adebayo", "Chinedu", "Oluwaseun", "Musa", "Emeka", "Ibrahim", "Tunde"],
    ["Ngozi", "Funmilayo", "Aisha", "Chiamaka", "Yetunde", "Hauwa"],
    ["Ogunleye", "Okafor", "Adeyemi", "Abdullahi", "Eze", "Balogun", "Nwosu", "Bello"],
    ["o", "lu", "wa", "se", "chi", "nedu", "ba", "yo", "de", "ke"], ["Chief", "Alhaji", "Mr."], ["Alhaja", "Mrs."],
    None, {"Oluwaseun": "Seun", "Abdullahi": "Abdulahi"},
    ["Lagos", "Ibadan", "Abuja", "Victoria Island", "Ikeja", "Lekki", "Port Harcourt", "Kano", "Surulere",
     "Ajegunle"],
    ["Dangote Cement", "Zenith Bank", "GTBank", "Opay", "Moniepoint", "Jumia", "Access Bank",
     "Innoson Motors", "Otedola Bridge"],
    [("NEG_FAMOUS", "Nnamdi Azikiwe"), ("NEG_FAMOUS", "Obafemi Awolowo"), ("NEG_HOLIDAY", "Eid-el-Kabir"),
     ("NEG_HOLIDAY", "Osun-Osogbo"), ("NEG_DEITY", "Sango"), ("NEG_DEITY", "Oshun"), ("NEG_TITLE", "Chief"),
     ("NEG_TITLE", "Alhaji")])
loc("ke", ["Otieno", "Kiprop", "Mwangi", "Kamau", "Omondi", "Kipchoge"],
    ["Wanjiku", "Akinyi", "Chebet", "Njeri", "Atieno", "Wambui"],
    ["Odhiambo", "Kamau", "Mutua", "Kiptoo", "Ochieng", "Njoroge", "Wafula"],
    ["ki", "pro", "wa", "nji", "ku", "o", "tie", "mu"], ["Mr.", "Mzee"], ["Mrs.", "Mama"],
    None, {"Odhiambo": "Odiambo", "Wanjiku": "Wanjiiku"},
    ["Nairobi", "Mombasa", "Kisumu", "Eldoret", "Nakuru", "Kilimani", "Westlands", "Kibera", "Thika"],
    ["M-Pesa", "Safaricom", "Equity Bank", "KCB", "Naivas", "Tusker", "Kenya Airways"],
    [("NEG_FAMOUS", "Jomo Kenyatta"), ("NEG_FAMOUS", "Dedan Kimathi"), ("NEG_FAMOUS", "Wangari Maathai"),
     ("NEG_HOLIDAY", "Madaraka Day"), ("NEG_HOLIDAY", "Mashujaa Day"), ("NEG_TITLE", "Mzee")])
loc("gh", ["Kwame", "Kofi", "Yaw", "Kwabena", "Kojo"], ["Akosua", "Ama", "Abena", "Efua", "Adwoa"],
    ["Mensah", "Boateng", "Owusu", "Asante", "Agyeman", "Osei", "Appiah"],
    ["kwa", "de", "so", "ba", "fo", "ri", "na", "twu"], ["Nana", "Mr.", "Togbe"], ["Nana", "Mrs.", "Maame"],
    None, {"Kwabena": "Kobina", "Agyeman": "Agyemang"},
    ["Accra", "Kumasi", "Tamale", "Takoradi", "Osu", "Kaneshie", "Madina", "Cape Coast", "Labadi"],
    ["MTN MoMo", "GCB Bank", "Melcom", "Kasapreko", "Kantanka", "Ecobank", "AirtelTigo Money"],
    [("NEG_FAMOUS", "Kwame Nkrumah"), ("NEG_FAMOUS", "Yaa Asantewaa"), ("NEG_HOLIDAY", "Homowo"),
     ("NEG_HOLIDAY", "Aboakyir"), ("NEG_HOLIDAY", "Chale Wote"), ("NEG_TITLE", "Nana")])
loc("et", ["Abebe", "Dawit", "Tesfaye", "Yohannes", "Getachew"], ["Tigist", "Hirut", "Meron", "Selam", "Almaz"],
    ["Bekele", "Mengistu", "Tadesse", "Girma", "Alemu", "Wolde", "Haile"],
    ["te", "sfa", "ye", "ge", "ta", "chew", "al", "mu"], ["Ato", "Obbo"], ["Woizero", "W/ro"],
    None, {"Tesfaye": "Tesfaie", "Yohannes": "Yohanes"},
    ["Addis Ababa", "Bahir Dar", "Gondar", "Hawassa", "Bole", "Piassa", "Mekelle", "Lalibela"],
    ["Ethio telecom", "telebirr", "Commercial Bank of Ethiopia", "Dashen Bank", "Awash Bank", "Moha Soft Drinks"],
    [("NEG_FAMOUS", "Menelik II"), ("NEG_FAMOUS", "Haile Selassie"), ("NEG_HOLIDAY", "Timkat"),
     ("NEG_HOLIDAY", "Meskel"), ("NEG_HOLIDAY", "Enkutatash"), ("NEG_MONTH", "Meskerem"), ("NEG_TITLE", "Ato")])
loc("id", ["Slamet", "Budi Santoso", "Agus", "Wahyudi", "Joko"], ["Sri Wahyuni", "Dewi Lestari", "Siti Aminah",
                                                                   "Rina", "Kartika"],
    ["", "Wijaya", "Susanto", "Hidayat", "Saputra", "Nugroho", "Setiawan"],
    ["su", "har", "to", "wi", "dya", "ning", "sih", "ra"], ["Bapak", "Pak"], ["Ibu", "Bu"],
    None, {"Suharto": "Soeharto", "Sukarni": "Soekarni"},
    ["Jakarta", "Surabaya", "Yogyakarta", "Bandung", "Medan", "Kebayoran Baru", "Denpasar", "Kartasura",
     "Sleman", "Bekasi"],
    ["Bank Mandiri", "GoPay", "OVO", "Gojek", "Tokopedia", "Indomaret", "Salim Group", "Sari Roti", "Djarum"],
    [("NEG_FAMOUS", "Soekarno"), ("NEG_FAMOUS", "R.A. Kartini"), ("NEG_HOLIDAY", "Lebaran"),
     ("NEG_HOLIDAY", "Idul Fitri"), ("NEG_HOLIDAY", "Nyepi"), ("NEG_DEITY", "Dewi Sri"), ("NEG_TITLE", "Bapak")])
loc("my", ["Ahmad Faizal", "Mohd Hafiz", "Azman", "Khairul", "Rizal"], ["Nur Aisyah", "Siti Hajar", "Farah",
                                                                         "Nurul Izzah", "Zuraidah"],
    ["Hassan", "Ismail", "Abdullah", "Yusof", "Ibrahim", "Rahman"],
    ["ha", "fiz", "zu", "rai", "dah", "ku", "ma", "sri"], ["Encik", "Tuan"], ["Puan", "Cik"],
    ("bin", "binti"), {"Mohd": "Mohamad", "Yusof": "Yusuf"},
    ["Kuala Lumpur", "Johor Bahru", "Petaling Jaya", "Shah Alam", "Kota Bharu", "Putrajaya", "Batu Caves",
     "Masjid Negara", "Bangsar"],
    ["Maybank", "CIMB", "Touch 'n Go", "Petronas", "Genting", "Mydin", "Hong Leong Bank", "YTL"],
    [("NEG_FAMOUS", "Tunku Abdul Rahman"), ("NEG_HOLIDAY", "Hari Raya Aidilfitri"), ("NEG_HOLIDAY", "Deepavali"),
     ("NEG_HOLIDAY", "Thaipusam"), ("NEG_MONTH", "Syawal"), ("NEG_TITLE", "Datuk")])
loc("ph", ["Jose Miguel", "Juan Carlos", "Rodrigo", "Mark Anthony", "Ramon"],
    ["Maria Cristina", "Ma. Theresa", "Rosalinda", "Jocelyn", "Marites"],
    ["Santos", "dela Cruz", "Reyes", "Bautista", "Villanueva", "Mendoza", "Garcia"],
    ["ma", "ri", "lou", "jo", "bel", "an", "ne"], ["Mr.", "Kuya"], ["Mrs.", "Ate"],
    None, {"dela Cruz": "De La Cruz", "Ma.": "Maria"},
    ["Quezon City", "Cebu", "Davao", "Makati", "Marikina", "Lapu-Lapu City", "Rizal Park", "Taguig",
     "San Juan", "Antipolo"],
    ["GCash", "Maya", "Jollibee", "BDO", "Ayala Land", "SM Supermalls", "Mercury Drug", "Gokongwei"],
    [("NEG_FAMOUS", "Jose Rizal"), ("NEG_FAMOUS", "Andres Bonifacio"), ("NEG_HOLIDAY", "Sinulog"),
     ("NEG_HOLIDAY", "Simbang Gabi"), ("NEG_DEITY", "Santo Niño"), ("NEG_HOLIDAY", "Pahiyas")])
loc("vn", ["Nguyễn Văn An", "Trần Minh Tuấn", "Lê Quang Huy", "Phạm Đức Thắng"],
    ["Trần Thị Mai", "Nguyễn Thị Lan", "Lê Thị Hồng", "Võ Ngọc Anh"],
    [""], ["ngọc", "thu", "hà", "linh", "phương"], ["anh", "ông"], ["chị", "bà"],
    None, {"Nguyễn": "Nguyen", "Trần": "Tran", "Lê": "Le", "Phạm": "Pham", "Võ": "Vo"},
    ["Hà Nội", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế", "Hoàn Kiếm", "Quận 1", "TP. Hồ Chí Minh",
     "Hai Bà Trưng", "Thủ Đức"],
    ["Vietcombank", "MoMo", "Grab", "Vinamilk", "Thế Giới Di Động", "Vingroup", "Techcombank"],
    [("NEG_HOLIDAY", "Tết"), ("NEG_HOLIDAY", "Trung Thu"), ("NEG_FAMOUS", "Trần Hưng Đạo"),
     ("NEG_FAMOUS", "Lê Lợi"), ("NEG_FAMOUS", "Hồ Chí Minh"), ("NEG_DEITY", "Quan Âm")])
loc("th", ["Somchai", "Prasert", "Wichai", "Anan"], ["Supaporn", "Kanchana", "Waraporn", "Malee"],
    ["Srisuk", "Thongdee", "Saengthong", "Bunma", "Wongsawat"],
    ["som", "chai", "pra", "sert", "porn", "suk", "wong"], ["Khun", "Mr."], ["Khun", "Ms."],
    None, {"Somchai": "Somchay", "Srisuk": "Srisook"},
    ["Chiang Mai", "Khon Kaen", "Surin", "Pattaya", "Sukhumvit", "Wat Arun", "Hat Yai", "Nonthaburi"],
    ["Kasikornbank", "PromptPay", "CP All", "Singha", "Chang Beer", "Central Group"],
    [("NEG_HOLIDAY", "Songkran"), ("NEG_HOLIDAY", "Loy Krathong"), ("NEG_FAMOUS", "King Naresuan"),
     ("NEG_DEITY", "Phra Phrom"), ("NEG_TITLE", "Khun")])
loc("tr", ["Mehmet", "Ahmet", "Mustafa", "Emre", "Burak"], ["Ayşe", "Fatma", "Zeynep", "Elif", "Emine"],
    ["Yılmaz", "Demir", "Kaya", "Şahin", "Çelik", "Öztürk", "Aydın"],
    ["er", "gün", "ka", "ya", "taş", "oğlu", "tek", "in"], ["Bey", "Sayın"], ["Hanım", "Sayın"],
    None, {"Yılmaz": "Yilmaz", "Şahin": "Sahin", "Çelik": "Celik"},
    ["İstanbul", "Ankara", "İzmir", "Bursa", "Kadıköy", "Üsküdar", "Beşiktaş", "Antalya", "Aydın"],
    ["Koç Holding", "Sabancı", "Ziraat Bankası", "Garanti BBVA", "Migros", "Ülker", "Arçelik", "Eczacıbaşı"],
    [("NEG_FAMOUS", "Atatürk"), ("NEG_FAMOUS", "Mevlana"), ("NEG_HOLIDAY", "Kurban Bayramı"),
     ("NEG_HOLIDAY", "Ramazan Bayramı"), ("NEG_HOLIDAY", "Hıdrellez"), ("NEG_TITLE", "Hanım")])
loc("mx", ["José Luis", "Juan Manuel", "Jesús", "Francisco Javier"], ["María Guadalupe", "Verónica",
                                                                         "Alejandra", "Rosa María"],
    ["Hernández García", "López Martínez", "Ramírez", "Flores Torres", "Sánchez Cruz"],
    ["gua", "da", "lu", "pe", "xo", "chi", "tl", "ma"], ["Don", "Sr.", "Lic."], ["Doña", "Sra."],
    None, {"Hernández": "Hernandez", "José": "Jose"},
    ["Guadalajara", "Monterrey", "Puebla", "Oaxaca", "Coyoacán", "Ciudad Juárez", "Tlaquepaque",
     "Iztapalapa", "San Cristóbal de las Casas"],
    ["Bimbo", "OXXO", "Banorte", "Liverpool", "Elektra", "Coppel", "Telcel", "Grupo Carso"],
    [("NEG_FAMOUS", "Benito Juárez"), ("NEG_FAMOUS", "Frida Kahlo"), ("NEG_DEITY", "Virgen de Guadalupe"),
     ("NEG_HOLIDAY", "Día de Muertos"), ("NEG_HOLIDAY", "Las Posadas"), ("NEG_HOLIDAY", "Guelaguetza")])
loc("co", ["Juan Carlos", "Andrés Felipe", "Jhon Jairo", "Luis Fernando"], ["Luz Marina", "Diana Carolina",
                                                                              "Yuliana", "Paola Andrea"],
    ["Rodríguez Pérez", "Gómez", "Castaño", "Restrepo Vélez", "Muñoz Ospina"],
    ["ja", "rri", "to", "ca", "ño", "os", "pi", "na"], ["Don", "Sr."], ["Doña", "Sra."],
    None, {"Rodríguez": "Rodriguez", "Andrés": "Andres"},
    ["Bogotá", "Medellín", "Cali", "Barranquilla", "Cartagena", "Santa Marta", "Chapinero", "Envigado"],
    ["Bancolombia", "Nequi", "Davivienda", "Éxito", "Juan Valdez", "Rappi", "Postobón"],
    [("NEG_FAMOUS", "Simón Bolívar"), ("NEG_FAMOUS", "Gabriel García Márquez"),
     ("NEG_HOLIDAY", "Feria de las Flores"), ("NEG_HOLIDAY", "Carnaval de Barranquilla")])
loc("br", ["José Carlos", "João Pedro", "Luiz Henrique", "Antônio"], ["Ana Paula", "Maria José", "Francisca",
                                                                      "Luciana"],
    ["da Silva", "Souza", "Oliveira Santos", "Ferreira", "Pereira Lima"],
    ["jo", "ão", "ri", "ca", "lu", "ci", "ne", "ide"], ["Seu", "Sr."], ["Dona", "Sra."],
    None, {"Antônio": "Antonio", "Luiz": "Luis"},
    ["São Paulo", "Salvador", "Belo Horizonte", "Florianópolis", "São José dos Campos", "Santa Catarina",
     "Vila Madalena", "Niterói"],
    ["Itaú", "Bradesco", "Nubank", "Pix", "Magazine Luiza", "Casas Bahia", "Grupo Votorantim"],
    [("NEG_FAMOUS", "Tiradentes"), ("NEG_FAMOUS", "Getúlio Vargas"), ("NEG_DEITY", "Nossa Senhora Aparecida"),
     ("NEG_DEITY", "Iemanjá"), ("NEG_HOLIDAY", "Festa Junina"), ("NEG_HOLIDAY", "Círio de Nazaré")])


def person(lc):
    d = L[lc]
    sex = pick("mf")
    g = pick(d["gm"] if sex == "m" else d["gf"])
    if rng.random() < 0.4:
        g = invent(d["syl"]) if lc != "vn" else g
    s = pick(d["sur"]) if rng.random() < 0.6 else invent(d["syl"])
    if lc == "vn":
        s = ""
    if lc == "id" and rng.random() < 0.4:
        s = ""  # a mononym
    full = f"{g} {s}".strip()
    parts = full.split()
    ini = " ".join(x[0] + "." for x in parts[:-1] if x[0].isalpha()) + " " + parts[-1] if len(parts) > 1 else full
    if lc == "ph" and len(parts) >= 2:
        full = f"{parts[0]} {pick('ABCDGMRS')}. {' '.join(parts[1:])}"
    var = full
    for a, b in d["var"].items():
        if a in var:
            var = var.replace(a, b)
            break
    if var == full:
        var = parts[0] if len(parts) > 1 else full
    title = pick(d["tm"] if sex == "m" else d["tf"])
    short = parts[-1] if lc in ("vn", "th") else (parts[0] if lc in ("et", "id", "ng", "gh", "ke") else parts[-1])
    link = d["link"][0 if sex == "m" else 1] if d["link"] else None
    father = pick(d["gm"]) + (" " + pick(d["sur"]) if d["sur"] != [""] and lc != "my" else "")
    if lc == "et":
        father = pick(d["gm"])
        full = f"{g} {father}"
        var = f"{g} {father} {pick(d['gm'])}"
    return dict(full=full, ini=ini, var=var, title=title, short=short, link=link, father=father.strip(),
                sex=sex)


# Templates: {P}/{Q} a person's full name, {P.ini} initials first, {P.var} a second spelling,
# {P.short} the name a chat uses, {TP} a title (plain text) then {P.short}, {P.chain} the name, a
# link and the father (two spans), {place} {org} {topic} a look-alike of that kind.
TPL = [
    ("visa file", "Visa application file\nApplicant: {P}\nPlace of issue: {place}\nSponsor: {org}\n"
     "Employer: {org}\nNote: {TP} will travel after {topic}; the file of {Q.ini} is attached."),
    ("remittance receipt", "REMITTANCE RECEIPT\nSender: {P.chain}\nBeneficiary: {Q}\nPayout via: {org}\n"
     "Payout city: {place}\nPurpose: {topic} gift\nReceived by {Q.var} at the {place} branch."),
    ("ride-hailing chat", "Rider: hi, I'm at {place} near {org}, where are you?\nDriver ({P.short}): "
     "stuck at {place}, 5 min\nRider: ok, it's {Q} here, blue shirt. {topic} traffic is mad\n"
     "Support: ticket noted for rider {Q.var}, driver {P}."),
    ("admission file", "Admission file\nStudent name: {P}\nFather's name: {Q}\nHome town: {place}\n"
     "Scholarship: {org} Foundation\nRemarks: classes resume after {topic}. Guardian {TQ} signed at {place}."),
    ("pilgrimage list", "Pilgrimage group list (departure from {place})\n1. {P} - room with {Q.short}\n"
     "2. {Q} - leader\n3. {R}\nVisit: {place}, then {place}\nGuide: {TR}, coach by {org}."),
    ("donation register", "Donation register, {topic} drive\n| Donor | Town | Channel |\n|---|---|---|\n"
     "| {P} | {place} | {org} |\n| {Q.ini} | {place} | {org} |\n| {org} | {place} | {org} |\n"
     "Thanks to {TP} and the {place} committee."),
    ("matrimonial profile", "Matrimonial profile\nName: {P}\nNative place: {place}\nWorks at: {org}\n"
     "Family deity: {topic}\nFather: {P.chain}\nContact {TQ} (maternal uncle) after {topic}."),
    ("cricket roster", "{place} XI vs {place} XI, sponsored by {org}\nBatting: {P.ini}, {Q}, {R.short}\n"
     "Captain: {P.var}\nVenue: {place} ground; match day falls on {topic}."),
    ("seller dispute", "Seller dispute #48213\nBuyer: {P}\nSeller shop: {org}\nShipped from: {place}\n"
     "Buyer says: ordered a {topic} gift set from {org}, got the wrong one. Agent {Q} to call {TP}."),
    ("group loan", "Group loan, {place} women's circle ({org})\nLeader: {P}\nMembers: {Q}, {R}, {Q.var}\n"
     "Repayment through {org} every week; meeting at {place} after {topic}."),
    ("SIM registration", "SIM registration\nSubscriber: {P}\nNetwork: {org}\nRegistered at: {place} outlet\n"
     "Next of kin: {Q}\nAgent remark: {TP} came with {Q.short} from {place}."),
    ("hotel guest card", "Guest card\nGuest: {P}\nArriving from: {place}\nCompany: {org}\nRoom 412, "
     "2 nights\nSpecial: {topic} dinner. Companion: {Q}. Billed to {org}."),
    ("land register", "Land register extract, {place} district\nOwner: {P.chain}\nPlot near {place}, "
     "bordering {org} warehouse\nWitness: {Q}\nSigned before {TR} on the eve of {topic}."),
    ("village minutes", "Minutes of the {place} village meeting\nChair: {TP}\nPresent: {Q}, {R.ini}, "
     "{Q.var}\n1. Repairs to the {place} well funded by {org}.\n2. {topic} celebrations at {place}."),
]
NATIVE = {
    "id": ("Daftar arisan RT 05 {place}\nKetua: {TP}\nAnggota: {Q}, {R}\nSetoran lewat {org}, "
           "kumpul setelah {topic} di {place}."),
    "mx": ("Hola, soy {P} de {place}. Le mando el depósito por {org} a {TQ}, que vive en {place}. "
           "Nos vemos en {topic}."),
    "co": ("Buenas, el pedido de {P} salió de {place} por {org}; lo recibe {TQ} en {place} antes de "
           "{topic}."),
    "br": ("Oi, aqui é {P}, de {place}. O Pix pelo {org} foi para {TQ}, que mora em {place}. "
           "Até a {topic}!"),
    "tr": ("Merhaba, ben {P}, {place}'dan yazıyorum. {org} üzerinden {TQ} adına gönderdim; "
           "{topic} öncesi {place}'da buluşalım."),
    "vn": ("Chào {TP}, em là {Q}, ở {place}. Em chuyển khoản qua {org} rồi, gặp nhau ở {place} "
           "dịp {topic} nhé. {Q.var}"),
}
ASK = ["Summarise this for the case officer.", "Extract the fields into JSON.",
       "Draft a polite reply.", "Check this for missing details.", "Translate this into English.",
       "What does the sender want?"]


class Negs:
    def __init__(self, lc):
        d = L[lc]
        self.pools = {"place": [("NEG_PLACE", x) for x in d["place"]],
                      "org": [("NEG_ORG", x) for x in d["org"]], "topic": list(d["topic"])}
        for v in self.pools.values():
            rng.shuffle(v)
        self.i = {k: 0 for k in self.pools}

    def next(self, kind):
        pool = self.pools[kind]
        v = pool[self.i[kind] % len(pool)]
        self.i[kind] += 1
        return v


def render(tpl, who, negs, p):
    i = 0
    while i < len(tpl):
        j = tpl.find("{", i)
        if j < 0:
            p.t(tpl[i:])
            break
        p.t(tpl[i:j])
        k = tpl.index("}", j)
        tok = tpl[j + 1:k]
        i = k + 1
        if tok in ("place", "org", "topic"):
            p.s(*negs.next(tok))
        elif tok[0] == "T" and len(tok) == 2:
            w = who[tok[1]]
            p.t(w["title"] + " ")
            p.s("PERSON", w["short"])
        elif "." in tok:
            k2, form = tok.split(".")
            w = who[k2]
            if form == "chain":
                p.s("PERSON", w["full"])
                if w["link"]:
                    p.t(f" {w['link']} ")
                    p.s("PERSON", w["father"])
            else:
                p.s("PERSON", w[form])
        else:
            p.s("PERSON", who[tok]["full"])


PAD = ["\nTransfer reference from {org}, {place} branch.", "\nNext session: {topic}.",
       "\nCourier hub: {place}.", "\nPaid with {org}.", "\nRoute via {place}."]


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    n = 0
    locs = list(L)
    for rnd in range(2):
        for ti, (kind, tpl) in enumerate(TPL):
            for li, lc in enumerate(locs):
                if (ti + li + rnd) % 2:
                    continue
                k_, text = kind, tpl
                if lc in NATIVE and (ti + rnd) % 5 == 0:
                    k_, text = "chat in the language", NATIVE[lc]
                who = {k: person(lc) for k in "PQR"}
                negs = Negs(lc)
                p = P()
                render(text, who, negs, p)
                npers = sum(1 for s in p.spans if s["entity_type"] == "PERSON")
                k = 0
                while len(p.spans) - npers < 2 * npers:
                    render(PAD[(n + k) % len(PAD)], who, negs, p)
                    k += 1
                p.t("\n")
                api = apis[n % 4]
                ascii_ = n % 3 == 0
                compact = n % 2 == 0
                body, spans = ask_body(api, ASK[n % len(ASK)], p.text, p.spans, ascii_, compact)
                append_body(records, body, spans, {"locale": lc, "kind": k_, "family": "romanised",
                                                   "class": "romanised", "api": api, "ascii": ascii_})
                n += 1
    write_json(records)


if __name__ == "__main__":
    main()
