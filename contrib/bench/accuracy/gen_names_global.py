#!/usr/bin/env python3
"""gen_names_global.py: a TUNE corpus for the NAMES pack (issue 15), data/names_global.json.

Written from a fresh brief (branch `global`), not from the recognisers nor from the held-out
files (never opened): names of global origin as multinational teams write them in en/de/fr/nl/
es/it/pt text: South Asian, East Asian (romanised), West African, Arabic (romanised), Turkish,
Slavic, Greek, Nordic, Hungarian, South-East Asian; in prose as subjects, in lists, signatures,
CSV rows, JSON, chat lines; with their diacritics and without (a third of the names are written
in ASCII, as many people type them). Look-alikes of the same regions, labelled NEG_*: ordinary
words of those languages (NEG_WORD: "Namaste", "Merhaba", "Hygge"), places (NEG_PLACE:
"Bengaluru", "Kraków", "Busan") and brands (NEG_BRAND: "Infosys", "Arçelik", "Xiaomi"), in the
positions where a name would stand.

Names: in each origin the first line of given names and of surnames was typed from the author's
own knowledge; the second line ("faker:") is a sample of @faker-js/faker 10.6.0's locale lists,
the source the lexicon took in this round. So half of the names are not drawn from the list the
lexicon was extended with (some of the first half are in the lexicon by other sources, and
gen_lexicon.py's GIVEN_EXTRA was written by the same author).

Deterministic (fixed seed), no input: python3 gen_names_global.py > data/names_global.json
"""
import random
import unicodedata

from gen_common import span_at, write_json

R = random.Random(1515)

ORIGINS = {
    "south_asian": ("Rajesh Suresh Ananya Vikram Sunita Karthik Divya Abhishek Pooja Naveen "
                    "Shreya Gaurav Swati Harish",
                    "Sharma Patel Reddy Iyer Nair Gupta Menon Chatterjee Rao Kulkarni Joshi "
                    "Srinivasan",
                    "faker: Rohana Agrata Shilpa Anusuya Sitara Akshita Aaratrika Amodini",
                    "faker: Bhattacharya Nambeesan Tandon Pandey Verma Baral Achari Acharya"),
    "east_asian": ("Minjun Seoyeon Jiho Haeun Hiroshi Yuki Haruto Sakura Xiaoming Jiayi Zhiwei "
                   "Takumi Daisuke",
                   "Kim Park Choi Jung Tanaka Suzuki Yamamoto Nakamura Zhang Wang Liu Chen "
                   "Huang Zhou",
                   "faker: Doyun Jiwoo Seojun Yejun Eunseo Hayoon Jiyu Minseo",
                   "faker: Kang Yoon Jang Lim Han Shin"),
    "arabic": ("Youssef Fatima Omar Layla Karim Nour Hamza Amira Khalid Yasmin Tariq Samira "
               "Bilal Rania",
               "Haddad Khoury Mansour Nasser Saleh Farouk Hamdan Aziz Qasim Benali El-Amin "
               "Al-Rashid",
               "faker: Mahmoud Rashid Salma Hussein Imran Faisal",
               "faker: Ahmed Hassan Ibrahim Abdullah Mustafa Yusuf"),
    "west_african": ("Chinedu Ngozi Oluwaseun Adaeze Kwame Kofi Abena Emeka Folasade Yaw "
                     "Chiamaka Babatunde Tunde Efua",
                     "Okafor Adeyemi Mensah Boateng Okonkwo Asante Nwosu Ogunleye Owusu "
                     "Adebayo Eze Diallo",
                     "faker: Gbowoade Akinwale Sowande Olajumoke Osunleke Adaugo Akunna Aminu",
                     "faker: Olujimi Daako Oparinde Mendy Gassama Acheampong Adadevoh Abiodun"),
    "turkish": ("Mehmet Ayşe Emre Elif Burak Zeynep Oğuz Gülşen Serkan Çağla Hakan Tuğba",
                "Yılmaz Öztürk Çelik Şahin Aydın Doğan Arslan Karataş Kılıç Erdoğan",
                "faker: Rengin Behzat Tanju Ceyla Nalan Besim Karahan Abaka",
                "faker: Yeşilkaya Işık Akkoyunlu Koçoğlu Aybar Alyanak Abalıoğlu Adadan"),
    "slavic": ("Agnieszka Wojciech Małgorzata Tomasz Jiří Kateřina Dmitri Olena Bogdan Zuzana "
               "Miroslav Radosław Oleksandr Sergey",
               "Wiśniewski Kowalczyk Dvořák Novotná Petrenko Kuznetsova Zieliński Horvat "
               "Marković Szymańska Procházka Bondarenko",
               "faker: Radojka Józefina Ružica Danijela Filoména Valentina Łucja Žitomíra",
               "faker: Císařová Hrabalová Orbanić Maślanka Sławiński Devedžić Vulović Adamczak"),
    "greek": ("Giorgos Eleni Dimitris Katerina Nikos Sofia Vasilis Ioanna Panagiotis Despina",
              "Papadopoulos Georgiou Konstantinou Nikolaidis Alexiou Christodoulou Vlachos",
              "faker: Athanasia Aikaterini Anastasia Sotirios Evangelos Charalampos",
              "faker: Avramidis Angelidis Vasileiadis Dimitriou Karagiannis Papadakis"),
    "nordic": ("Sigríður Ólafur Jóhanna Bjørn Åsa Kjersti Håkon Sølvi Aino Torbjörn Eerik",
               "Sigurðardóttir Jónsson Østergaard Lindqvist Haugland Virtanen Korhonen Sæther "
               "Björklund Halvorsen",
               "faker: Trine Ville Oskari Agneta Karoliina Maarit Erkki Ebba",
               "faker: Bengtsson Jakobsson Karlsen Gunnarsson Danielsson Miettinen Aaltonen "
               "Mäkinen"),
    "hungarian": ("Zsófia Gergely Bálint Réka Levente Krisztina Ildikó Zoltán",
                  "Nagy Kovács Szabó Tóth Horváth Varga Molnár Németh Farkas",
                  "faker: Abigél Adél Alíz Léna Lívia Viktória",
                  "faker: Katona Fazekas Szalai Kelemen Lengyel Nemes"),
    "se_asian": ("Thanh Linh Huong Quang Putri Budi Wahyu Siti",
                 "Nguyễn Trần Phạm Lê Hoàng Santoso Wijaya Hidayat",
                 "faker: Jefri Ditya Lutfan Zulaikha Jinawi Jagapati",
                 "faker: Saputra Susanti Putra Yulianti Anandya Purnama"),
}
POOLS = {}
for k, (g, s, fg, fs) in ORIGINS.items():
    POOLS[k] = (g.split() + fg.split()[1:], s.split() + fs.split()[1:])


def ascii_fold(w):
    w = w.replace("ø", "o").replace("Ø", "O").replace("ð", "d").replace("ł", "l").replace("Ł", "L")
    w = w.replace("æ", "ae").replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFD", w) if unicodedata.category(c) != "Mn")


def person():
    origin = R.choice(list(POOLS))
    g, s = POOLS[origin]
    given, sur = R.choice(g), R.choice(s)
    if R.random() < 0.33:
        given, sur = ascii_fold(given), ascii_fold(sur)
    return given, sur, origin


NEG = {
    "NEG_WORD": ["Namaste", "Merhaba", "Hygge", "Dziękuję", "Kalimera", "Shukran", "Inshallah",
                 "Habibi", "Arigato", "Kaizen", "Kimchi", "Gulyás", "Köszönöm", "Lagom", "Fika",
                 "Sisu", "Teşekkürler", "Jollof", "Akwaaba", "Chai", "Dhanyavaad", "Salaam",
                 "Nazdrowie", "Efcharistó", "Selamat", "Ubuntu", "Hallo"],
    "NEG_PLACE": ["Bengaluru", "Chennai", "Pune", "Lagos", "Accra", "Kumasi", "Ibadan", "Izmir",
                  "Ankara", "Kraków", "Wrocław", "Brno", "Thessaloniki", "Piraeus", "Tromsø",
                  "Debrecen", "Szeged", "Busan", "Osaka", "Shenzhen", "Hanoi", "Surabaya",
                  "Abuja", "Dakar", "Beirut", "Amman", "Tampere", "Aarhus"],
    "NEG_BRAND": ["Infosys", "Wipro", "Mahindra", "Hyundai", "Samsung", "Toyota", "Huawei",
                  "Xiaomi", "Arçelik", "Beko", "Škoda", "Volvo", "Nokia", "Orlen", "Dangote",
                  "Jumia", "Paystack", "Allegro", "Trendyol", "Getir", "Tokopedia", "Gojek",
                  "Kaspi", "Yandex", "Rakuten", "Naver", "Wizz Air"],
}

# Slots: {P} a full name, {G} a given name, {S} a surname, {N} a look-alike of any kind.
TEMPLATES = [
    ("prose", "en", "{G} fixed the flaky test in the payments service yesterday."),
    ("prose", "en", "{P} will present the roadmap on Friday; {G} takes the Q&A."),
    ("prose", "en", "Thanks to {P} for the quick review of the migration."),
    ("prose", "en", "Can {G} look at ticket 4711 before the release?"),
    ("prose", "en", "{P} and {P} joined the platform team this month."),
    ("prose", "de", "{P} hat den Fehler im Importer gefunden und behoben."),
    ("prose", "de", "Bitte sprich mit {G}, bevor du das Schema änderst."),
    ("prose", "fr", "{P} a corrigé le bug de synchronisation hier soir."),
    ("prose", "fr", "Merci à {P} pour la relecture."),
    ("prose", "nl", "{P} heeft de deployment gisteren teruggedraaid."),
    ("prose", "es", "{P} revisará el informe mañana por la mañana."),
    ("prose", "it", "{P} ha aggiornato la documentazione dell'API."),
    ("prose", "pt", "{P} vai apresentar os resultados na reunião de segunda."),
    ("list", "en", "Attendees: {P}, {P}, {P}"),
    ("list", "en", "On call this week:\n- {P}\n- {P}\n- {P}"),
    ("list", "de", "Teilnehmende: {P}, {P} und {P}"),
    ("list", "fr", "Présents : {P}, {P}, {P}."),
    ("signature", "en", "Best regards,\n{P}\nSenior Engineer"),
    ("signature", "de", "Viele Grüße\n{P}"),
    ("signature", "fr", "Cordialement,\n{P}"),
    ("signature", "es", "Saludos,\n{P}"),
    ("signature", "nl", "Met vriendelijke groet,\n{P}"),
    ("csv", "en", "id,first_name,last_name,team\n17,{G},{S},infra\n18,{G},{S},data"),
    ("csv", "en", "name;city\n{P};{NPLACE}\n{P};{NPLACE}"),
    ("json", "en", "{{\"owner\": \"{P}\", \"reviewer\": \"{P}\", \"region\": \"{NPLACE}\"}}"),
    ("json", "en", "{{\"firstName\": \"{G}\", \"lastName\": \"{S}\", \"employer\": \"{NBRAND}\"}}"),
    ("chat", "en", "[10:02] {G}: deploy is green\n[10:03] {G}: nice, merging now"),
    ("chat", "en", "{P} (09:14): can someone restart the runner?"),
    ("chat", "de", "@{G} kannst du kurz auf den PR schauen?"),
    # look-alikes where a name would stand
    ("neg", "en", "{NWORD}! The team in {NPLACE} says hi."),
    ("neg", "en", "{NBRAND} and {NBRAND} both use the SDK; {NPLACE} hosts the cluster."),
    ("neg", "en", "Attendees: {NBRAND}, {NBRAND}, {NBRAND}"),
    ("neg", "de", "Das Büro in {NPLACE} zieht um; {NBRAND} liefert die Laptops."),
    ("neg", "fr", "{NWORD} à toute l'équipe de {NPLACE} !"),
    ("neg", "en", "Best regards,\nThe {NPLACE} team"),
    ("neg", "en", "We tried {NBRAND} Cloud in {NPLACE} and {NPLACE}."),
    ("neg", "nl", "{NWORD}, collega's in {NPLACE}!"),
    ("mixed", "en", "{P} from the {NPLACE} office moved the {NBRAND} integration forward."),
    ("mixed", "es", "{P} viaja a {NPLACE} para la reunión con {NBRAND}."),
]


def render(tpl):
    text, spans = "", []
    i = 0
    while i < len(tpl):
        if tpl.startswith("{{", i) or tpl.startswith("}}", i):
            text += tpl[i]
            i += 2
            continue
        if tpl[i] != "{":
            text += tpl[i]
            i += 1
            continue
        j = tpl.index("}", i)
        slot = tpl[i + 1:j]
        i = j + 1
        if slot in ("P", "G", "S"):
            g, s, _ = person()
            v = {"P": g + " " + s, "G": g, "S": s}[slot]
            kind = "PERSON"
        else:
            kind = {"NWORD": "NEG_WORD", "NPLACE": "NEG_PLACE", "NBRAND": "NEG_BRAND"}[slot]
            v = R.choice(NEG[kind])
        spans.append(span_at(text, kind, v))
        text += v
    return text, spans


def main():
    out = []
    for rep in range(7):
        for tid, (cls, lang, tpl) in enumerate(TEMPLATES):
            text, spans = render(tpl)
            out.append({"full_text": text, "spans": spans, "template_id": tid,
                        "metadata": {"locale": lang, "class": cls, "corpus": "names_global"}})
    write_json(out)


main()
