#!/usr/bin/env python3
"""gen_addrw64.py: addresses as Asian, Slavic, Arabic and Hebrew writers write them (stop 64).

From the thirtieth blind set's public brief (its row in README.md and its run.sh title; never its
generator or records), written and committed before hush was run on it and without reading a
street rule: a postal address in each country's own script and order as one span (postcode,
region or town first where the country writes it so; house, building, floor and flat words of
the script: `丁目`/`番地`/`号`, `路`/`街`/`号`/`室`, `로`/`길`/`번길`/`동`/`호`, `ул.`/`д.`/`кв.`,
`شارع`, `خیابان`/`پلاک`, `רחוב`, `मकान नं.`/`मार्ग`/`नगर`, `எண்`/`சாலை`, `ถนน`/`ซอย`/`หมู่`,
native digits where people use them) and the romanised addresses of South Asia, Africa,
South-East Asia, Turkey and Latin America (`PIN`, `Jalan ... RT/RW`, `Kelurahan`, `Barangay`,
`Colonia`/`C.P.`, `CEP`, `Lagos State`, `Phường`/`Quận`, `Cad. No:`).

Families (metadata.family): `script` (the text in the country's script) and `romanised` (Latin
letters). Kinds (metadata.kind): a delivery or registration form, a support chat, a tool result
(JSON-ish lines). Look-alikes (NEG_ spans) at least as many as addresses, in the same words:
a street or district without a house number, a station or landmark, a district as a topic,
a building or room number alone, order, registry and case numbers, dates.
Every record a request body of the four APIs, a third `\\uXXXX`.
Deterministic: python3 gen_addrw64.py > data/addrw64.json
"""
import random

from gen_bodies import P, ask_body, append_body
from gen_common import write_json

R = random.Random(6464)
c = R.choice


def n(lo, hi):
    return str(R.randint(lo, hi))


def dig(k):
    return "".join(str(R.randint(0, 9)) for _ in range(k))


NATIVE = {"ar": "٠١٢٣٤٥٦٧٨٩", "fa": "۰۱۲۳۴۵۶۷۸۹", "bn": "০১২৩৪৫৬৭৮৯", "hi": "०१२३४५६७८९",
          "th": "๐๑๒๓๔๕๖๗๘๙", "ja": "０１２３４５６７８９"}


def nat(lg, s, p=0.35):
    """s with its ASCII digits in the script's own digits, some of the time."""
    if lg in NATIVE and R.random() < p:
        return "".join(NATIVE[lg][int(ch)] if ch.isdigit() else ch for ch in s)
    return s


# ---- addresses in the script, the country's order --------------------------------------------------
def a_ru():
    st = c(["ул. Ленина", "ул. Садовая", "улица Пушкина", "пр-т Мира", "Невский проспект",
            "ул. Гагарина", "пер. Кривоколенный", "бульвар Победы", "ш. Энтузиастов",
            "ул. Маршала Жукова", "Тверская ул."])
    town = c(["г. Казань", "г. Москва", "Санкт-Петербург", "г. Новосибирск", "г. Самара",
              "Екатеринбург", "г. Тверь"])
    pc = c("1346") + dig(5)
    h, k = "д. " + n(1, 120), "кв. " + n(1, 240)
    return c([st + ", " + h + ", " + k,
              st + ", " + h + ", " + k + ", " + town + ", " + pc,
              pc + ", " + town + ", " + st + ", " + h + ", " + k,
              pc + ", Россия, " + town + ", " + st + ", дом " + n(1, 90) + ", корп. " + n(1, 4)
              + ", кв. " + n(1, 300),
              town + ", " + st + ", " + n(1, 99) + "-" + n(1, 200),
              st + ", " + n(1, 70) + ", кв. " + n(1, 90),
              st + ", д. " + n(1, 40) + ", стр. " + n(1, 5) + ", офис " + n(100, 450)])


def a_uk():
    st = c(["вул. Шевченка", "вул. Хрещатик", "просп. Перемоги", "вулиця Франка", "пров. Лютеранський",
            "бульв. Лесі Українки"])
    town = c(["м. Київ", "м. Львів", "м. Харків", "Одеса", "м. Дніпро"])
    pc = "0" + dig(4)
    return c([st + ", буд. " + n(1, 99) + ", кв. " + n(1, 150) + ", " + town + ", " + pc,
              pc + ", " + town + ", " + st + ", " + n(1, 99),
              st + ", " + n(1, 80) + ", кв. " + n(1, 60),
              town + ", " + st + ", буд. " + n(1, 60) + "А, кв. " + n(1, 90)])


def a_bg():
    st = c(["ул. „Витоша“", "бул. „Васил Левски“", "ул. Граф Игнатиев", "ж.к. Младост 1, бл. "
            + n(1, 300)])
    return c([st + " № " + n(1, 90) + ", ет. " + n(1, 9) + ", ап. " + n(1, 40) + ", София " + "1" + dig(3),
              "гр. Пловдив " + "4" + dig(3) + ", " + st + " " + n(1, 60),
              st + " " + n(1, 99) + ", вх. Б, ап. " + n(1, 30)])


def a_sr():
    return c(["Улица Кнеза Милоша " + n(1, 90) + ", 11000 Београд",
              "Булевар краља Александра " + n(1, 300) + "/" + n(1, 20) + ", Београд",
              "Bulevar oslobođenja " + n(1, 150) + ", 21000 Novi Sad",
              "ул. Николе Тесле " + n(1, 60) + ", стан " + n(1, 30) + ", 18000 Ниш",
              "Knez Mihailova " + n(1, 50) + ", Beograd"])


def a_ar(lg="ar"):
    st = c(["شارع الملك فهد", "شارع التحرير", "شارع الجمهورية", "شارع الرشيد", "شارع الأمير سلطان",
            "شارع الحمراء"])
    town = c(["الرياض", "القاهرة", "جدة", "عمّان", "بيروت", "دبي"])
    return nat(lg, c([st + "، مبنى " + n(1, 99) + "، شقة " + n(1, 30) + "، " + town + " " + dig(5),
                      n(1, 200) + " " + st + "، " + c(["الدقي", "المعادي", "الزمالك"]) + "، " + town,
                      town + "، حي " + c(["النخيل", "العليا", "الملز"]) + "، " + st + "، رقم " + n(1, 99),
                      "ص.ب " + n(100, 9999) + "، " + st + " " + n(1, 120) + "، " + town]))


def a_fa():
    st = c(["خیابان ولیعصر", "خیابان انقلاب", "خیابان آزادی", "بلوار کشاورز", "خیابان شریعتی"])
    town = c(["تهران", "اصفهان", "شیراز", "مشهد", "تبریز"])
    return nat("fa", c([town + "، " + st + "، کوچه " + n(1, 40) + "، پلاک " + n(1, 120) + "، واحد " + n(1, 20),
                        st + "، پلاک " + n(1, 300) + "، طبقه " + n(1, 9) + "، " + town,
                        town + "، " + st + "، کوچه " + c(["لاله", "نسترن", "بهار"]) + "، پلاک " + n(1, 60)
                        + "، کد پستی " + dig(10)]), 0.5)


def a_ur():
    town = c(["لاہور", "کراچی", "اسلام آباد", "راولپنڈی"])
    return c(["مکان نمبر " + n(1, 400) + "، گلی نمبر " + n(1, 30) + "، " + c(["ماڈل ٹاؤن", "گلبرگ", "جوہر ٹاؤن"])
              + "، " + town,
              "فلیٹ " + n(1, 40) + "، بلاک " + c("ABCDE") + "، گلشن اقبال، " + town,
              "مکان " + n(1, 99) + "، سٹریٹ " + n(1, 40) + "، سیکٹر F-" + n(6, 11) + "/" + n(1, 4) + "، " + town])


def a_he():
    st = c(["רחוב הרצל", "רח' ביאליק", "שדרות רוטשילד", "רחוב אלנבי", "רח' ז'בוטינסקי", "דרך בגין"])
    town = c(["תל אביב", "ירושלים", "חיפה", "רמת גן", "באר שבע"])
    return c([st + " " + n(1, 150) + ", " + town,
              st + " " + n(1, 90) + " דירה " + n(1, 40) + ", " + town + " " + dig(7),
              st + " " + n(1, 60) + "/" + n(1, 20) + ", " + town,
              town + ", " + st + " " + n(1, 99) + ", קומה " + n(1, 12)])


def a_hi():
    town = c(["नई दिल्ली", "जयपुर", "लखनऊ", "भोपाल", "पटना"])
    pin = c("12345") + dig(5)
    return nat("hi", c(["मकान नं. " + n(1, 400) + ", " + c(["गांधी मार्ग", "नेहरू मार्ग", "स्टेशन रोड"]) + ", "
                        + c(["लाजपत नगर", "शास्त्री नगर", "मालवीय नगर"]) + ", " + town + " " + pin,
                        "फ्लैट नं. " + n(1, 90) + ", " + c(["सेक्टर ", "ब्लॉक "]) + n(1, 60) + ", "
                        + c(["राजाजी नगर", "गोमती नगर"]) + ", " + town + " - " + pin,
                        n(1, 200) + "/" + n(1, 30) + ", " + c(["महात्मा गांधी मार्ग", "सिविल लाइंस"])
                        + ", " + town]))


def a_bn():
    town = c(["ঢাকা", "চট্টগ্রাম", "কলকাতা", "সিলেট"])
    return nat("bn", c(["বাড়ি নং " + n(1, 90) + ", রোড নং " + n(1, 30) + ", " + c(["ধানমন্ডি", "গুলশান", "উত্তরা"])
                        + ", " + town + " " + "1" + dig(3),
                        "বাসা " + n(1, 200) + "/" + c("কখগ") + ", " + c(["মিরপুর রোড", "সাতমসজিদ রোড"])
                        + ", " + town,
                        "ফ্ল্যাট " + n(1, 9) + c("ABC") + ", বাড়ি " + n(1, 60) + ", সেক্টর " + n(1, 14)
                        + ", উত্তরা, ঢাকা"]), 0.6)


def a_ta():
    town = c(["சென்னை", "மதுரை", "கோயம்புத்தூர்", "திருச்சி"])
    return c(["எண் " + n(1, 200) + ", " + c(["காந்தி சாலை", "அண்ணா சாலை", "பெரியார் தெரு"]) + ", "
              + c(["தி. நகர்", "அடையார்", "மயிலாப்பூர்"]) + ", " + town + " - 600" + dig(3),
              "கதவு எண் " + n(1, 99) + "/" + n(1, 20) + ", " + c(["மேற்கு மாசி வீதி", "கீழ ரத வீதி"]) + ", " + town,
              n(1, 60) + ", " + c(["வள்ளுவர் தெரு", "நேரு நகர் 2வது தெரு"]) + ", " + town + " " + "6" + dig(5)])


def a_th():
    return nat("th", c([n(1, 999) + "/" + n(1, 99) + " หมู่ " + n(1, 12) + " ตำบล" + c(["บางพูด", "คลองหนึ่ง"])
                        + " อำเภอ" + c(["ปากเกร็ด", "คลองหลวง"]) + " จังหวัด" + c(["นนทบุรี", "ปทุมธานี"])
                        + " " + "1" + dig(4),
                        n(1, 500) + " ซอยสุขุมวิท " + n(1, 101) + " ถนนสุขุมวิท แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110",
                        "บ้านเลขที่ " + n(1, 300) + " ถนน" + c(["พหลโยธิน", "ลาดพร้าว", "เพชรบุรี"]) + " แขวง"
                        + c(["สามเสนใน", "จอมพล"]) + " เขต" + c(["พญาไท", "จตุจักร"]) + " กรุงเทพมหานคร " + "10" + dig(3),
                        n(1, 99) + "/" + n(1, 9) + " ซอย" + c(["อารีย์", "ทองหล่อ 13"]) + " กรุงเทพฯ"]), 0.4)


def a_zh():
    return c(["北京市海淀区中关村大街" + n(1, 99) + "号" + n(1, 9) + "号楼" + n(1, 20) + "0" + n(1, 9) + "室",
              "上海市浦东新区" + c(["世纪大道", "张杨路", "陆家嘴环路"]) + n(1, 999) + "号",
              c(["广东省广州市天河区天河路", "浙江省杭州市西湖区文三路", "四川省成都市武侯区人民南路四段"])
              + n(1, 400) + "号" + n(1, 30) + "0" + n(1, 9) + "室",
              c("13456") + dig(5) + " " + c(["江苏省南京市鼓楼区中山路", "湖北省武汉市洪山区珞喻路"]) + n(1, 300) + "号",
              c(["深圳市南山区科技园南区", "成都市锦江区春熙路"]) + n(1, 80) + "号" + n(1, 5) + "栋" + n(1, 9) + "单元"
              + n(1, 30) + "0" + n(1, 4) + "室"])


def a_tw():
    return c([c(["台北市信義區松仁路", "臺北市大安區忠孝東路四段", "台中市西屯區台灣大道三段", "高雄市苓雅區四維三路"])
              + n(1, 300) + "號" + n(1, 20) + "樓",
              c("1234") + dig(2) + c(["台北市中山區南京東路二段", "新北市板橋區文化路一段"]) + n(1, 200) + "巷"
              + n(1, 30) + "弄" + n(1, 20) + "號",
              "臺南市東區大學路" + n(1, 99) + "號" + n(1, 9) + "樓之" + n(1, 5)])


def a_ja():
    zp = "〒" + dig(3) + "-" + dig(4)
    return c([zp + " 東京都千代田区千代田" + n(1, 5) + "丁目" + n(1, 20) + "番" + n(1, 30) + "号",
              zp + " " + c(["大阪府大阪市北区梅田", "東京都渋谷区神南", "神奈川県横浜市中区山下町"])
              + nat("ja", n(1, 4) + "-" + n(1, 20) + "-" + n(1, 30)),
              c(["東京都新宿区西新宿", "京都府京都市左京区吉田本町", "福岡県福岡市中央区天神"]) + n(1, 5) + "丁目"
              + n(1, 20) + "番地",
              c(["東京都世田谷区三軒茶屋", "愛知県名古屋市中村区名駅"]) + n(1, 4) + "-" + n(1, 20) + "-" + n(1, 9)
              + " " + c(["サンハイツ", "グリーンコーポ", "メゾン桜"]) + n(1, 9) + "0" + n(1, 9) + "号室",
              zp + " 北海道札幌市中央区北" + n(1, 9) + "条西" + n(1, 20) + "丁目" + n(1, 9) + "番地"])


def a_ko():
    return c(["(" + "0" + dig(4) + ") 서울특별시 강남구 테헤란로 " + n(1, 500) + ", " + n(1, 30) + "층",
              "부산광역시 해운대구 해운대로" + n(1, 900) + "번길 " + n(1, 60),
              "서울시 마포구 월드컵북로" + n(1, 60) + "길 " + n(1, 40) + " " + n(101, 112) + "동 " + n(1, 20) + "0"
              + n(1, 4) + "호",
              "경기도 성남시 분당구 판교역로 " + n(1, 300),
              "서울 종로구 " + c(["세종대로", "율곡로", "종로"]) + " " + n(1, 200) + ", " + c("ABC") + "동 "
              + n(1, 15) + "0" + n(1, 5) + "호",
              "대구광역시 수성구 범어동 " + n(1, 200) + "-" + n(1, 30)])


SCRIPT = {"ru": a_ru, "uk": a_uk, "bg": a_bg, "sr": a_sr, "ar": a_ar, "fa": a_fa, "ur": a_ur,
          "he": a_he, "hi": a_hi, "bn": a_bn, "ta": a_ta, "th": a_th, "zh": a_zh, "zh-TW": a_tw,
          "ja": a_ja, "ko": a_ko}


# ---- romanised addresses ---------------------------------------------------------------------------
def r_in():
    return c(["Flat " + n(1, 40) + ", " + n(1, 9) + "th Cross, Indiranagar, Bengaluru, Karnataka PIN "
              + "5600" + dig(2),
              "H.No. " + n(1, 20) + "-" + n(1, 9) + "-" + n(1, 99) + ", Banjara Hills, Hyderabad 5000" + dig(2),
              "House No. " + n(1, 300) + ", Sector " + n(1, 56) + ", Gurgaon, Haryana - 1220" + dig(2),
              n(1, 99) + ", MG Road, Camp, Pune 411001",
              "Plot No. " + n(1, 120) + ", Nehru Nagar, Bhopal, MP, PIN: 4620" + dig(2),
              "C-" + n(1, 99) + ", Lajpat Nagar II, New Delhi 110024"])


def r_pk():
    return c(["House No. " + n(1, 300) + ", Street " + n(1, 40) + ", F-" + n(6, 11) + "/" + n(1, 4) + ", Islamabad",
              "Flat " + n(1, 20) + ", Block " + c("ABC") + ", Gulshan-e-Iqbal, Karachi",
              n(1, 99) + "-" + c("ABC") + ", Model Town, Lahore 54700"])


def r_bd():
    return c(["House " + n(1, 90) + ", Road " + n(1, 30) + ", Dhanmondi, Dhaka 1205",
              "Flat " + n(1, 9) + c("AB") + ", House " + n(1, 60) + ", Sector " + n(1, 14) + ", Uttara, Dhaka-1230"])


def r_ng():
    return c([n(1, 99) + " " + c(["Adeola Odeku Street", "Awolowo Road", "Allen Avenue", "Admiralty Way"])
              + ", " + c(["Victoria Island", "Ikoyi", "Ikeja", "Lekki Phase 1"]) + ", Lagos State",
              "Plot " + n(1, 900) + ", " + c(["Aminu Kano Crescent", "Ahmadu Bello Way"]) + ", Wuse II, Abuja",
              "No. " + n(1, 40) + " " + c(["Ogui Road", "Zik Avenue"]) + ", Enugu, Enugu State"])


def r_ke():
    return c(["House " + n(1, 60) + ", " + c(["Ngong Road", "Argwings Kodhek Road", "Kindaruma Road"])
              + ", Kilimani, Nairobi",
              "P.O. Box " + n(100, 9999) + "-00100, Moi Avenue " + n(1, 99) + ", Nairobi"])


def r_gh():
    return c(["House No. " + n(1, 40) + ", " + c(["Oxford Street", "Liberation Road"]) + ", Osu, Accra",
              "GPS: GA-" + dig(3) + "-" + dig(4) + ", " + n(1, 40) + " Lagos Avenue, East Legon, Accra"])


def r_id():
    return c(["Jl. " + c(["Merdeka", "Sudirman", "Kebon Jeruk", "Cendana"]) + " No. " + n(1, 120) + ", RT "
              + "0" + n(1, 9) + "/RW " + "0" + n(1, 9) + ", Kelurahan " + c(["Menteng", "Cilandak", "Tebet"])
              + ", Jakarta " + c(["Pusat", "Selatan"]) + " 1" + dig(4),
              "Jalan " + c(["Diponegoro", "Gajah Mada", "Malioboro"]) + " " + n(1, 99) + ", Kel. "
              + c(["Sosromenduran", "Sukajadi"]) + ", Kec. " + c(["Gedongtengen", "Coblong"]) + ", Yogyakarta 552" + dig(2),
              "Perumahan " + c(["Griya Asri", "Taman Sari"]) + " Blok " + c("ABCD") + n(1, 9) + " No. " + n(1, 30)
              + ", Bekasi"])


def r_my():
    return c(["No. " + n(1, 99) + ", Jalan " + c(["Bukit Bintang", "SS 2/24", "Ampang"]) + ", 5" + dig(4)
              + " Kuala Lumpur",
              "Lot " + n(1, 900) + ", Jalan " + c(["Tun Razak", "Sultan Ismail"]) + ", Taman " + c(["Melawati", "Desa"])
              + ", 50450 Kuala Lumpur"])


def r_ph():
    return c([n(1, 300) + " " + c(["Rizal St.", "Mabini Street", "J.P. Laurel Ave."]) + ", Barangay "
              + c(["San Antonio", "Poblacion", "Malate"]) + ", " + c(["Makati City", "Quezon City", "Davao City"])
              + " 1" + dig(3),
              "Blk " + n(1, 40) + " Lot " + n(1, 30) + ", " + c(["Phase 2", "Sampaguita St."]) + ", Brgy. "
              + c(["Talon Dos", "Pasong Tamo"]) + ", Las Piñas City"])


def r_vn():
    return c(["Số " + n(1, 300) + " Đường " + c(["Lê Lợi", "Nguyễn Huệ", "Trần Hưng Đạo"]) + ", Phường "
              + c(["Bến Nghé", "Bến Thành"]) + ", Quận 1, TP. Hồ Chí Minh",
              n(1, 99) + " Ngõ " + n(1, 200) + " Phố " + c(["Huế", "Kim Mã"]) + ", Hai Bà Trưng, Hà Nội",
              "So " + n(1, 120) + " Duong " + c(["Le Loi", "Hai Ba Trung"]) + ", Phuong " + n(1, 15) + ", Quan "
              + n(1, 12) + ", TP HCM"])


def r_tr():
    return c([c(["Atatürk Cad.", "Bağdat Caddesi", "İstiklal Cad."]) + " No: " + n(1, 300) + " D: " + n(1, 20)
              + ", " + c(["Kadıköy/İstanbul", "Beyoğlu/İstanbul", "Çankaya/Ankara"]),
              c(["Gül Sokak", "Lale Sk."]) + " No:" + n(1, 60) + "/" + n(1, 12) + ", " + c(["Moda Mah.", "Bahçelievler Mah."])
              + " 34" + dig(3) + " İstanbul"])


def r_mx():
    return c(["Av. Insurgentes Sur " + n(100, 3000) + ", Col. " + c(["Del Valle", "Roma Norte", "Nápoles"])
              + ", C.P. 03" + dig(3) + ", CDMX",
              "Calle " + c(["Hidalgo", "Morelos", "Juárez"]) + " " + n(1, 400) + " Int. " + n(1, 9) + ", Colonia Centro, "
              + c(["Guadalajara, Jal.", "Puebla, Pue."]) + " C.P. " + dig(5)])


def r_co():
    return c(["Calle " + n(1, 150) + " # " + n(1, 99) + "-" + n(1, 99) + ", " + c(["Bogotá", "Medellín", "Cali"]),
              "Carrera " + n(1, 90) + " No. " + n(1, 99) + "-" + n(1, 60) + ", Apto " + n(101, 1204) + ", Bogotá D.C."])


def r_br():
    return c(["Rua " + c(["das Flores", "Augusta", "XV de Novembro"]) + ", " + n(1, 900) + ", apto " + n(11, 204)
              + ", " + c(["Centro", "Consolação"]) + ", CEP " + dig(5) + "-" + dig(3) + ", São Paulo - SP",
              "Av. " + c(["Paulista", "Brasil"]) + ", " + n(100, 2000) + " - Bela Vista, São Paulo/SP, CEP " + dig(5)
              + "-" + dig(3)])


ROMAN = {"in": r_in, "pk": r_pk, "bd": r_bd, "ng": r_ng, "ke": r_ke, "gh": r_gh, "id": r_id,
         "my": r_my, "ph": r_ph, "vn": r_vn, "tr": r_tr, "mx": r_mx, "co": r_co, "br": r_br}

# ---- look-alikes: (label, value) in the same words, no house of a person ---------------------------
NEG = {
    "ru": [("NEG_STREET", "ул. Ленина"), ("NEG_PLACE", "станция метро «Площадь Революции»"),
           ("NEG_PLACE", "Невский проспект"), ("NEG_ROOM", "кв. 12"), ("NEG_ID", "заказ № 45-1023"),
           ("NEG_PLACE", "Тверской район")],
    "uk": [("NEG_STREET", "вул. Хрещатик"), ("NEG_PLACE", "станція «Золоті ворота»"), ("NEG_ID", "№ 2023-114")],
    "bg": [("NEG_STREET", "бул. „Витоша“"), ("NEG_PLACE", "НДК"), ("NEG_ID", "поръчка № 7781")],
    "sr": [("NEG_STREET", "Knez Mihailova"), ("NEG_PLACE", "Калемегдан"), ("NEG_ID", "br. 2024/118")],
    "ar": [("NEG_STREET", "شارع التحرير"), ("NEG_PLACE", "ميدان التحرير"), ("NEG_ID", "طلب رقم 45872"),
           ("NEG_PLACE", "حي العليا")],
    "fa": [("NEG_STREET", "خیابان ولیعصر"), ("NEG_PLACE", "میدان آزادی"), ("NEG_ID", "سفارش ۴۵۸۷۲")],
    "ur": [("NEG_PLACE", "مینار پاکستان"), ("NEG_PLACE", "گلبرگ"), ("NEG_ID", "آرڈر نمبر 5512")],
    "he": [("NEG_STREET", "רחוב הרצל"), ("NEG_PLACE", "תחנת סבידור מרכז"), ("NEG_ID", "הזמנה 88123")],
    "hi": [("NEG_STREET", "गांधी मार्ग"), ("NEG_PLACE", "लाजपत नगर"), ("NEG_PLACE", "नई दिल्ली रेलवे स्टेशन"),
           ("NEG_ID", "ऑर्डर नं. 40512")],
    "bn": [("NEG_PLACE", "ধানমন্ডি লেক"), ("NEG_STREET", "মিরপুর রোড"), ("NEG_ID", "অর্ডার নং ৫৫১২")],
    "ta": [("NEG_STREET", "அண்ணா சாலை"), ("NEG_PLACE", "மெரினா கடற்கரை"), ("NEG_ID", "ஆர்டர் எண் 7781")],
    "th": [("NEG_STREET", "ถนนสุขุมวิท"), ("NEG_PLACE", "สถานีรถไฟฟ้าอโศก"), ("NEG_PLACE", "เขตวัฒนา"),
           ("NEG_ID", "เลขที่คำสั่งซื้อ 45872")],
    "zh": [("NEG_STREET", "中关村大街"), ("NEG_PLACE", "北京西站"), ("NEG_PLACE", "海淀区"), ("NEG_ROOM", "3号楼502室"),
           ("NEG_ID", "订单号 2024051812345")],
    "zh-TW": [("NEG_STREET", "忠孝東路"), ("NEG_PLACE", "台北101"), ("NEG_PLACE", "信義區"), ("NEG_ID", "訂單編號 A2024-5512")],
    "ja": [("NEG_PLACE", "新宿駅"), ("NEG_PLACE", "渋谷区"), ("NEG_ROOM", "302号室"), ("NEG_ID", "注文番号 249-5512871"),
           ("NEG_PLACE", "東京タワー")],
    "ko": [("NEG_STREET", "테헤란로"), ("NEG_PLACE", "강남역"), ("NEG_PLACE", "강남구"), ("NEG_ROOM", "101동"),
           ("NEG_ID", "주문번호 2024-0518-77")],
    "in": [("NEG_STREET", "MG Road"), ("NEG_PLACE", "Indiranagar metro station"), ("NEG_ID", "Order #IN-40512")],
    "pk": [("NEG_PLACE", "Faisal Mosque"), ("NEG_PLACE", "Gulberg"), ("NEG_ID", "CNIC form 2024-118")],
    "bd": [("NEG_PLACE", "Dhanmondi Lake"), ("NEG_ID", "Order BD-5512")],
    "ng": [("NEG_PLACE", "Victoria Island"), ("NEG_STREET", "Awolowo Road"), ("NEG_ID", "RC 1234567")],
    "ke": [("NEG_STREET", "Ngong Road"), ("NEG_PLACE", "Kenyatta Avenue roundabout"), ("NEG_ID", "M-Pesa ref QF45HJ12")],
    "gh": [("NEG_PLACE", "Kotoka Airport"), ("NEG_STREET", "Oxford Street")],
    "id": [("NEG_STREET", "Jalan Sudirman"), ("NEG_PLACE", "Stasiun Gambir"), ("NEG_PLACE", "Kelurahan Menteng"),
           ("NEG_ID", "No. Resi JP1234567890")],
    "my": [("NEG_STREET", "Jalan Bukit Bintang"), ("NEG_PLACE", "KLCC"), ("NEG_ID", "Order MY-77812")],
    "ph": [("NEG_PLACE", "Barangay Poblacion"), ("NEG_PLACE", "SM Megamall"), ("NEG_ID", "OR No. 0045512")],
    "vn": [("NEG_STREET", "Đường Lê Lợi"), ("NEG_PLACE", "Chợ Bến Thành"), ("NEG_PLACE", "Quận 1"),
           ("NEG_ID", "Mã đơn 45872")],
    "tr": [("NEG_STREET", "İstiklal Caddesi"), ("NEG_PLACE", "Kadıköy iskelesi"), ("NEG_ID", "Sipariş No: 45872")],
    "mx": [("NEG_STREET", "Av. Insurgentes"), ("NEG_PLACE", "Colonia Roma"), ("NEG_ID", "Folio 2024-5512")],
    "co": [("NEG_STREET", "Carrera Séptima"), ("NEG_PLACE", "Plaza de Bolívar"), ("NEG_ID", "Pedido 45872")],
    "br": [("NEG_STREET", "Avenida Paulista"), ("NEG_PLACE", "Estação da Luz"), ("NEG_ID", "Pedido nº 4587-2")],
}
DATES = {"ru": "18.05.2024", "uk": "18.05.2024", "bg": "18.05.2024 г.", "sr": "18. 5. 2024.",
         "ar": "2024/05/18", "fa": "۱۴۰۳/۰۲/۲۹", "ur": "18-05-2024", "he": "18.5.2024",
         "hi": "18/05/2024", "bn": "১৮/০৫/২০২৪", "ta": "18.05.2024", "th": "18 พ.ค. 2567",
         "zh": "2024年5月18日", "zh-TW": "民國113年5月18日", "ja": "令和6年5月18日", "ko": "2024년 5월 18일"}

# labels and chat phrases: the address label, then a look-alike phrase (its value at %s)
LAB = {
    "ru": ("Адрес доставки", "Проживает по адресу", "Станция рядом: %s", "Дата заказа: %s"),
    "uk": ("Адреса доставки", "Мешкає за адресою", "Поруч: %s", "Дата: %s"),
    "bg": ("Адрес за доставка", "Живее на адрес", "Близо до %s", "Дата: %s"),
    "sr": ("Адреса", "Stanuje na adresi", "Blizu: %s", "Datum: %s"),
    "ar": ("عنوان التوصيل", "يسكن في", "بالقرب من %s", "التاريخ: %s"),
    "fa": ("نشانی", "ساکن", "نزدیک %s", "تاریخ: %s"),
    "ur": ("پتہ", "رہائش", "قریب: %s", "تاریخ: %s"),
    "he": ("כתובת למשלוח", "גר ב", "ליד %s", "תאריך: %s"),
    "hi": ("पता", "निवास", "पास में: %s", "दिनांक: %s"),
    "bn": ("ঠিকানা", "বর্তমান ঠিকানা", "কাছে: %s", "তারিখ: %s"),
    "ta": ("முகவரி", "வசிக்கும் இடம்", "அருகில்: %s", "தேதி: %s"),
    "th": ("ที่อยู่จัดส่ง", "ที่อยู่ปัจจุบัน", "ใกล้ %s", "วันที่ %s"),
    "zh": ("收货地址", "现住址", "附近：%s", "日期：%s"),
    "zh-TW": ("收件地址", "通訊地址", "附近：%s", "日期：%s"),
    "ja": ("お届け先", "住所", "最寄り：%s", "注文日：%s"),
    "ko": ("배송지", "주소", "근처: %s", "날짜: %s"),
}
ROMAN_LAB = ("Address", "Delivery address", "Residential address", "Alamat", "Dirección", "Endereço",
             "Adres", "Địa chỉ", "Permanent address")
ROMAN_NEAR = ("near %s", "landmark: %s", "dekat %s", "cerca de %s", "perto de %s", "yakınında %s")
ASK = {"script": ["Translate this into English and fill the courier form.",
                  "Check this delivery record and tell me what is missing.",
                  "Summarise the ticket below.", "Reformat as JSON with fields name, address, note."],
       "romanised": ["Clean up this address list for the courier.", "Fill the KYC form from this.",
                     "Summarise the support chat.", "Is the address below complete?"]}


def put(doc, phrase, label, value):
    a, b = phrase.split("%s")
    doc.t(a).s(label, value).t(b)


def negs(doc, lg, near, date, k):
    for _ in range(k):
        lab, v = c(NEG[lg])
        put(doc, near if lab != "NEG_ID" else "%s", lab, v)
        doc.t(c(["; ", "\n", ". ", " | "]))
    if date and R.random() < 0.6:
        put(doc, date, "NEG_DATE", DATES.get(lg, "2024-05-18"))
        doc.t("\n")


def k_form(fam, lg, gen, doc):
    lab = LAB[lg] if fam == "script" else (c(ROMAN_LAB), c(ROMAN_LAB), c(ROMAN_NEAR), "Date: %s")
    for _ in range(R.randint(1, 2)):
        doc.t(c([lab[0], lab[1]]) + c([": ", "：", "\t", " — "]) if fam == "script" else c(ROMAN_LAB) + ": ")
        doc.s("STREET_ADDRESS", gen())
        doc.t("\n")
        negs(doc, lg, lab[2], lab[3], 2)


def k_chat(fam, lg, gen, doc):
    lab = LAB[lg] if fam == "script" else ("address", "address", c(ROMAN_NEAR), "on %s")
    doc.t("customer: " + c(["hi, ", "", "hello. "]) + lab[1] + " ")
    doc.s("STREET_ADDRESS", gen())
    doc.t(c([" ", "\n", ". "]))
    negs(doc, lg, lab[2], lab[3], 1)
    doc.t("agent: " + c(["noted: ", "ok, confirm ", "please confirm "]))
    doc.s("STREET_ADDRESS", gen())
    doc.t("?\n")
    negs(doc, lg, lab[2], None, 1)


def k_tool(fam, lg, gen, doc):
    doc.t("tool result:\n")
    for _ in range(R.randint(1, 2)):
        doc.t('{"address": "').s("STREET_ADDRESS", gen()).t('", "near": "')
        lab, v = c([x for x in NEG[lg] if x[0] != "NEG_ID"] or NEG[lg])
        doc.s(lab, v).t('", "ref": "')
        lab, v = c([x for x in NEG[lg] if x[0] == "NEG_ID"] or NEG[lg])
        doc.s(lab, v).t('"}\n')


KINDS = [("form", k_form, 2), ("chat", k_chat, 2), ("tool", k_tool, 1)]


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    i = 0
    for fam, table in (("script", SCRIPT), ("romanised", ROMAN)):
        for lg, gen in table.items():
            for kind, fn, count in KINDS:
                for _ in range(count * (2 if fam == "script" else 1)):
                    doc = P()
                    fn(fam, lg, gen, doc)
                    ascii_ = i % 3 == 0
                    api = apis[i % 4]
                    body, spans = ask_body(api, c(ASK[fam]), doc.text, doc.spans, ascii_, i % 2 == 1)
                    append_body(records, body, spans, {"locale": lg, "family": fam, "kind": kind,
                                                       "api": api, "ascii": ascii_})
                    i += 1
    write_json(records)


main()
