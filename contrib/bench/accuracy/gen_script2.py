#!/usr/bin/env python3
"""gen_script2.py: a TUNE corpus for the NAMES pack (issue 15), data/script2.json.

Written (branch `script2`) before reading the detector's rules: people's names in another script
(Cyrillic of Russian, Ukrainian, Bulgarian, Serbian; Greek; Arabic and Persian; Hebrew; Chinese,
Japanese, Korean; Devanagari) framed by the context that finds a Latin name, in en/de/fr/nl/es/
it/pt text:

  label     a person label then the name ("Patient: محمد العلي", "Ansprechpartner: Анна Смирнова");
  title     a title before a surname or a full name ("Mr. Петров", "Frau Γιώργου", "Dr. 김민준");
  greet     a greeting line ("Dear Анна Смирнова,", "Hallo Ольга,") and a closing with the
            signature on the line after it;
  verb      a verb that takes a person after the name ("Иван Петров said ...") or before it
            ("I spoke with Γιώργος Παπαδόπουλος");
  mail      display names in mail headers (From: "Ольга Иванова" <olga@...>, To: 李明 <li@...>);
  list      a list after a plural person label ("Attendees: 田中太郎, 李明, Kim Min-jun");
  csv       a name column of a CSV or TSV table, its city column holding places of that script;
  hyphen    hyphenated given names and surnames (Анна-Мария, Петров-Водкин) in the shapes above;
  native    a label or a title of that script inside its own text ("Имя: Иван Петров",
            "г-н Петров", "Κύριος Παπαδόπουλος").

In Russian prose with no label (ruprose): a given name with a surname or a patronymic, either
order; given names that are words ("Роман Толстого", "Надежда Умирает Последней", "Лев Толстой"
as a famous topic is left unlabelled) as look-alikes.

Look-alikes in a name's slots (neg2): "Hello 世界" in code, an itinerary's "From:"/"To:" with
two-word places ("Нижний Новгород"), a place opening a sentence before a verb, user roles in a
script after "User:", a firm after "Dear" and before "team".

Look-alikes in the same positions: places (NEG_PLACE: Москва, Αθήνα, 東京), organisations
(NEG_ORG: Газпром, Яндекс), UI strings (NEG_PRODUCT: 设置, Настройки, Сохранить), words in logs,
code comments, transliteration tables and whole paragraphs of that script (NEG_TERM). A look-alike
that a name label frames is not written: the corpus asks what a reader would take for a person.

Deterministic (fixed seed), Python stdlib only: python3 gen_script2.py > data/script2.json
"""
import random

from gen_common import Doc, write_json

R = random.Random(2915)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
RECORDS = []

# ---- names per script: given names and surnames (stems and endings, partly invented) ---------
CYR_GIV_M = ["Иван", "Дмитрий", "Сергей", "Алексей", "Евгений", "Радомир", "Тарас", "Богдан",
             "Всеволод", "Ярослав", "Мирослав", "Остап", "Светозар", "Любомир", "Драган", "Милош",
             "Велимир", "Стоян", "Горан", "Златан"]
CYR_GIV_F = ["Ольга", "Анна", "Наталья", "Татьяна", "Ксения", "Оксана", "Велеслава", "Любава",
             "Снежана", "Милица", "Драгана", "Йорданка", "Светлана", "Злата", "Радослава",
             "Ганна", "Соломия", "Мирослава", "Калина", "Десислава"]
CYR_SUR_STEM = ["Петр", "Смирн", "Кузнец", "Волк", "Мороз", "Белоус", "Дегтяр", "Шир", "Колобр",
                "Терн", "Гребен", "Ковал", "Шевч", "Бондар", "Ткач", "Стоян", "Йорд", "Никол",
                "Драгом", "Вукад", "Савч", "Лыс", "Жур", "Остров", "Рыбалк"]
CYR_END_M = ["ов", "ев", "ин", "ский", "енко", "ук", "ич", "ович", "чук"]
CYR_END_F = ["ова", "ева", "ина", "ская", "енко", "ук", "ич", "овна"]

GR_GIV = ["Γιώργος", "Νίκος", "Δημήτρης", "Κώστας", "Σπύρος", "Αλέξανδρος", "Μαρία", "Ελένη",
          "Κατερίνα", "Δέσποινα", "Αθηνά", "Σοφία", "Παναγιώτης", "Θοδωρής", "Ευανθία", "Χαράλαμπος"]
GR_SUR = ["Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Καραγιάννης", "Βλάχος", "Μαυρίδης",
          "Ζαχαρίου", "Σταυρόπουλος", "Κωνσταντινίδης", "Λαμπράκης", "Ξενάκη", "Τσολάκη",
          "Μπακογιάννη", "Πετρίδου", "Ανδρεάδη"]

AR_GIV = ["محمد", "أحمد", "فاطمة", "خالد", "عائشة", "يوسف", "مريم", "عمر", "ليلى", "سلمى", "حسن",
          "نور", "طارق", "رنا"]
AR_SUR = ["العلي", "الحسيني", "المصري", "الخطيب", "حداد", "النجار", "الشامي", "العتيبي",
          "القحطاني", "منصور", "بن سالم", "الزهراني"]
FA_GIV = ["علی", "رضا", "مریم", "زهرا", "حسین", "پریسا", "کاوه", "نیلوفر", "بهرام", "شیرین"]
FA_SUR = ["رضایی", "احمدی", "محمدی", "کریمی", "حسینی", "موسوی", "جعفری", "صادقی", "نوروزی"]
HE_GIV = ["דוד", "שרה", "יוסף", "רחל", "משה", "נועה", "איתי", "תמר", "אורי", "מיכל", "יעל"]
HE_SUR = ["כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם", "פרידמן", "שפירא", "גולדברג"]
ZH_SUR = ["李", "王", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "欧阳", "司马"]
ZH_GIV = ["明", "伟", "芳", "娜", "秀英", "建国", "晓东", "丽华", "志强", "婷婷", "子涵", "浩然"]
JA_SUR = ["田中", "佐藤", "鈴木", "高橋", "渡辺", "伊藤", "山本", "中村", "小林", "加藤"]
JA_GIV = ["太郎", "花子", "健一", "美咲", "翔太", "さくら", "陽菜", "大輔", "由美", "蓮"]
KO_SUR = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"]
KO_GIV = ["민준", "서연", "지훈", "수빈", "도윤", "하은", "예준", "지우", "현우", "유진"]
HI_GIV = ["राहुल", "प्रिया", "अमित", "सुनीता", "विकास", "अनीता", "रोहन", "पूजा", "अर्जुन", "कविता"]
HI_SUR = ["शर्मा", "वर्मा", "गुप्ता", "सिंह", "पटेल", "जोशी", "मेहता", "अग्रवाल", "कुमार"]

SCRIPTS = ["cyr", "cyr", "cyr", "gr", "gr", "ar", "fa", "he", "zh", "ja", "ko", "hi"]


def cyr_surname(female):
    return R.choice(CYR_SUR_STEM) + R.choice(CYR_END_F if female else CYR_END_M)


def person(script, hyphen=False):
    """(full name, surname, given name) of one script; the full name in that script's order."""
    if script == "cyr":
        f = R.random() < 0.5
        g = R.choice(CYR_GIV_F if f else CYR_GIV_M)
        s = cyr_surname(f)
        if hyphen:
            if R.random() < 0.5:
                g = g + "-" + R.choice(CYR_GIV_F if f else CYR_GIV_M)
            else:
                s = s + "-" + cyr_surname(f)
        return g + " " + s, s, g
    if script == "gr":
        g, s = R.choice(GR_GIV), R.choice(GR_SUR)
        if hyphen:
            s = s + "-" + R.choice(GR_SUR)
        return g + " " + s, s, g
    if script == "ar":
        g, s = R.choice(AR_GIV), R.choice(AR_SUR)
        return g + " " + s, s, g
    if script == "fa":
        g, s = R.choice(FA_GIV), R.choice(FA_SUR)
        return g + " " + s, s, g
    if script == "he":
        g, s = R.choice(HE_GIV), R.choice(HE_SUR)
        return g + " " + s, s, g
    if script == "zh":
        s, g = R.choice(ZH_SUR), R.choice(ZH_GIV)
        return s + g, s, g
    if script == "ja":
        s, g = R.choice(JA_SUR), R.choice(JA_GIV)
        return (s + g if R.random() < 0.6 else s + " " + g), s, g
    if script == "ko":
        s, g = R.choice(KO_SUR), R.choice(KO_GIV)
        return s + g, s, g
    g, s = R.choice(HI_GIV), R.choice(HI_SUR)
    return g + " " + s, s, g


# ---- look-alikes of those scripts -------------------------------------------------------------
PLACES = ["Москва", "Санкт-Петербург", "Київ", "София", "Београд", "Новосибирск", "Αθήνα",
          "Θεσσαλονίκη", "Ηράκλειο", "القاهرة", "دبي", "تهران", "ירושלים", "תל אביב", "北京", "上海",
          "東京", "大阪", "서울", "부산", "मुंबई", "दिल्ली", "Нижний Новгород", "Ростов-на-Дону"]
ORGS = ["Газпром", "Яндекс", "Сбербанк", "Роснефть", "Укрзалізниця", "Аэрофлот", "ΟΤΕ",
        "Εθνική Τράπεζα", "阿里巴巴", "腾讯", "三菱商事", "삼성전자", "ПриватБанк", "Лукойл"]
UI = ["Настройки", "Сохранить", "Отмена", "Удалить", "Войти", "设置", "保存", "取消", "登录",
      "設定", "キャンセル", "저장", "취소", "Ρυθμίσεις", "Αποθήκευση", "Ακύρωση", "הגדרות", "حفظ"]
TERMS = ["Ошибка", "Внимание", "Итого", "Примечание", "Проверка Данных", "Статус", "Σημείωση",
         "Σφάλμα", "错误", "注意", "エラー", "오류", "त्रुटि", "خطأ"]

# ---- frames of the seven languages -------------------------------------------------------------
LABELS = {
    "en": ["Name", "Contact", "Patient", "Customer", "Client", "Applicant", "Guest", "Passenger",
           "Account holder", "Assigned to", "Reviewer", "Full name", "Tenant", "Driver"],
    "de": ["Name", "Ansprechpartner", "Kunde", "Patient", "Mieter", "Gast", "Antragsteller",
           "Kontaktperson", "Vollständiger Name", "Fahrer"],
    "fr": ["Nom", "Contact", "Client", "Patient", "Locataire", "Demandeur", "Nom complet",
           "Interlocuteur", "Titulaire"],
    "nl": ["Naam", "Contactpersoon", "Klant", "Patiënt", "Huurder", "Aanvrager", "Gast"],
    "es": ["Nombre", "Contacto", "Cliente", "Paciente", "Inquilino", "Solicitante", "Titular"],
    "it": ["Nome", "Referente", "Cliente", "Paziente", "Inquilino", "Richiedente", "Titolare"],
    "pt": ["Nome", "Contato", "Cliente", "Paciente", "Inquilino", "Requerente", "Titular"],
}
# labels whose value is a place, an organisation or a UI string: the look-alikes' frame
NEG_LABELS = {
    "en": [("City", PLACES), ("Office", PLACES), ("Destination", PLACES), ("Company", ORGS),
           ("Employer", ORGS), ("Bank", ORGS), ("Button", UI), ("Menu item", UI), ("Status", TERMS)],
    "de": [("Stadt", PLACES), ("Ort", PLACES), ("Firma", ORGS), ("Arbeitgeber", ORGS),
           ("Schaltfläche", UI), ("Menüpunkt", UI)],
    "fr": [("Ville", PLACES), ("Destination", PLACES), ("Société", ORGS), ("Employeur", ORGS),
           ("Bouton", UI)],
    "nl": [("Stad", PLACES), ("Plaats", PLACES), ("Bedrijf", ORGS), ("Werkgever", ORGS),
           ("Knop", UI)],
    "es": [("Ciudad", PLACES), ("Destino", PLACES), ("Empresa", ORGS), ("Botón", UI)],
    "it": [("Città", PLACES), ("Destinazione", PLACES), ("Azienda", ORGS), ("Pulsante", UI)],
    "pt": [("Cidade", PLACES), ("Destino", PLACES), ("Empresa", ORGS), ("Botão", UI)],
}
TITLES = {
    "en": ["Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Mr"],
    "de": ["Herr", "Frau", "Dr.", "Prof."],
    "fr": ["M.", "Mme", "Monsieur", "Madame", "Dr"],
    "nl": ["dhr.", "mevr.", "de heer", "mevrouw", "Dr."],
    "es": ["Sr.", "Sra.", "don", "doña", "Dr."],
    "it": ["Sig.", "Sig.ra", "signor", "Dott.", "Dott.ssa"],
    "pt": ["Sr.", "Sra.", "Dr.", "Dra."],
}
GREET = {"en": ["Dear", "Hi", "Hello"], "de": ["Hallo", "Liebe", "Lieber"],
         "fr": ["Bonjour", "Cher", "Chère"], "nl": ["Beste", "Hoi", "Dag"],
         "es": ["Hola", "Estimado", "Querida"], "it": ["Ciao", "Gentile", "Caro"],
         "pt": ["Olá", "Prezado", "Querida"]}
CLOSE = {"en": ["Best regards,", "Kind regards,", "Thanks,", "Cheers,"],
         "de": ["Mit freundlichen Grüßen", "Viele Grüße,", "Beste Grüße"],
         "fr": ["Cordialement,", "Bien à vous,", "Merci,"],
         "nl": ["Met vriendelijke groet,", "Groetjes,"],
         "es": ["Saludos,", "Un saludo,", "Atentamente,"],
         "it": ["Cordiali saluti,", "Saluti,", "Grazie,"],
         "pt": ["Atenciosamente,", "Abraços,", "Cumprimentos,"]}
BODY = {"en": "please find the signed contract attached.", "de": "anbei der unterschriebene Vertrag.",
        "fr": "vous trouverez le contrat signé en pièce jointe.",
        "nl": "in de bijlage vind je het getekende contract.",
        "es": "adjunto el contrato firmado.", "it": "in allegato il contratto firmato.",
        "pt": "segue em anexo o contrato assinado."}
VERB_AFTER = {"en": ["said the invoice is late.", "called this morning.", "wrote back yesterday.",
                     "will join the call at 3pm.", "asked for a refund."],
              "de": ["hat heute angerufen.", "sagte, die Rechnung sei falsch.", "kommt morgen vorbei."],
              "fr": ["a appelé ce matin.", "a écrit hier.", "viendra lundi."],
              "nl": ["heeft vanochtend gebeld.", "schreef gisteren terug."],
              "es": ["llamó esta mañana.", "dijo que la factura llega tarde."],
              "it": ["ha chiamato stamattina.", "ha scritto ieri."],
              "pt": ["ligou hoje de manhã.", "disse que a fatura está atrasada."]}
VERB_BEFORE = {"en": ["I spoke with", "Please call", "We met", "Forward this to", "cc"],
               "de": ["Ich habe mit", "Bitte rufen Sie", "Wir haben"],
               "fr": ["J'ai parlé avec", "Merci d'appeler", "Nous avons rencontré"],
               "nl": ["Ik heb gesproken met", "Bel even"],
               "es": ["Hablé con", "Por favor llama a"],
               "it": ["Ho parlato con", "Per favore chiama"],
               "pt": ["Falei com", "Por favor ligue para"]}
VERB_BEFORE_TAIL = {"Ich habe mit": " gesprochen.", "Bitte rufen Sie": " an.",
                    "Wir haben": " getroffen."}
# verbs before a place, the look-alikes' frame
PLACE_VERB = {"en": ["We flew to", "She moved to", "The office in"],
              "de": ["Wir fliegen nach", "Sie wohnt in"], "fr": ["Nous partons pour", "Il habite à"],
              "nl": ["We vliegen naar", "Ze woont in"], "es": ["Volamos a", "Vive en"],
              "it": ["Voliamo a", "Abita a"], "pt": ["Voamos para", "Mora em"]}
LIST_LABELS = {"en": ["Attendees", "Participants", "Present", "Guests", "Team"],
               "de": ["Teilnehmer", "Anwesend", "Gäste"], "fr": ["Participants", "Présents"],
               "nl": ["Deelnemers", "Aanwezig"], "es": ["Asistentes", "Participantes"],
               "it": ["Partecipanti", "Presenti"], "pt": ["Participantes", "Presentes"]}
AND = {"en": "and", "de": "und", "fr": "et", "nl": "en", "es": "y", "it": "e", "pt": "e"}


class D(Doc):
    records = RECORDS


def p(d, name):
    d.span("PERSON", name)


def neg(d, lab, v):
    d.span(lab, v)


def rec_label(lg):
    d = D(lg, "label")
    sc = R.choice(SCRIPTS)
    n, _, _ = person(sc, hyphen=R.random() < 0.2)
    d.t(R.choice(["Ticket #%d\n" % R.randint(1000, 9999), "", "Booking ref %s\n" %
                  "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))]))
    d.t(R.choice(LABELS[lg]) + R.choice([": ", ": ", ":\t", " - "]))
    p(d, n)
    lab, pool = R.choice(NEG_LABELS[lg])
    v = R.choice(pool)
    d.t("\n" + lab + ": ")
    neg(d, "NEG_PLACE" if pool is PLACES else "NEG_ORG" if pool is ORGS else
        "NEG_PRODUCT" if pool is UI else "NEG_TERM", v)
    d.t("\n")
    d.done()


def rec_title(lg):
    d = D(lg, "title")
    sc = R.choice(SCRIPTS)
    n, s, _ = person(sc, hyphen=R.random() < 0.2)
    ti = R.choice(TITLES[lg])
    v = s if R.random() < 0.5 and sc in ("cyr", "gr") else n
    if lg == "en":
        d.t("Thank you for the update. ").t(ti + " ")
        p(d, v)
        d.t(" will review the file on Monday.")
    elif lg == "de":
        d.t("Der Termin mit ").t(ti + " ")
        p(d, v)
        d.t(" wurde auf Freitag verschoben.")
    elif lg == "fr":
        d.t("Le rendez-vous avec ").t(ti + " ")
        p(d, v)
        d.t(" est confirmé pour jeudi.")
    elif lg == "nl":
        d.t("De afspraak met ").t(ti + " ")
        p(d, v)
        d.t(" is verzet naar dinsdag.")
    elif lg == "es":
        d.t("La cita con ").t(ti + " ")
        p(d, v)
        d.t(" queda para el martes.")
    elif lg == "it":
        d.t("L'appuntamento con ").t(ti + " ")
        p(d, v)
        d.t(" è confermato.")
    else:
        d.t("A reunião com ").t(ti + " ")
        p(d, v)
        d.t(" foi adiada.")
    d.done()


def rec_greet(lg):
    d = D(lg, "greet")
    sc = R.choice(SCRIPTS)
    n, _, g = person(sc, hyphen=R.random() < 0.2)
    d.t(R.choice(GREET[lg]) + " ")
    p(d, n if R.random() < 0.6 or sc not in ("cyr", "gr") else g)
    d.t(",\n\n" + BODY[lg] + "\n\n" + R.choice(CLOSE[lg]) + "\n")
    n2, _, _ = person(R.choice(SCRIPTS), hyphen=R.random() < 0.15)
    p(d, n2)
    d.t("\n")
    if R.random() < 0.5:
        d.t(R.choice(["Sales", "Vertrieb", "Service client", "Soporte"]) + " | ")
        neg(d, "NEG_ORG", R.choice(ORGS))
        d.t("\n")
    d.done()


def rec_verb(lg):
    d = D(lg, "verb")
    sc = R.choice([s for s in SCRIPTS if s not in ("zh", "ja", "ko")] + ["zh"])
    n, _, _ = person(sc, hyphen=R.random() < 0.2)
    if R.random() < 0.5:
        p(d, n)
        d.t(" " + R.choice(VERB_AFTER[lg]))
    else:
        vb = R.choice(VERB_BEFORE[lg])
        d.t(vb + " ")
        p(d, n)
        d.t(VERB_BEFORE_TAIL.get(vb, "."))
    d.t(" " + R.choice(PLACE_VERB[lg]) + " ")
    neg(d, "NEG_PLACE", R.choice(PLACES))
    d.t(R.choice([".", " last week.", "."]))
    d.done()


def rec_mail(lg):
    d = D(lg, "mail")
    n, _, _ = person(R.choice(SCRIPTS))
    user = "".join(R.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(R.randint(3, 7)))
    d.t("From: ")
    if R.random() < 0.6:
        d.t('"')
        p(d, n)
        d.t('"')
    else:
        p(d, n)
    d.t(" <")
    d.span("EMAIL_ADDRESS", "%s@example.%s" % (user, R.choice(["com", "ru", "gr", "cn", "jp", "de"])))
    d.t(">\n")
    n2, _, _ = person(R.choice(SCRIPTS))
    d.t("To: ")
    p(d, n2)
    d.t(" <")
    d.span("EMAIL_ADDRESS", "%s@example.org" % "".join(R.choice("abcdefghijklmnop") for _ in range(5)))
    d.t(">\nSubject: ")
    neg(d, "NEG_PRODUCT", R.choice(UI))
    d.t(" / " + R.choice(["invoice", "Rechnung", "facture", "factuur", "factura", "fattura"])
        + " %d\n\n" % R.randint(100, 999) + BODY[lg] + "\n")
    d.done()


def rec_list(lg):
    d = D(lg, "list")
    d.t(R.choice(LIST_LABELS[lg]) + ": ")
    k = R.randint(2, 4)
    for i in range(k):
        if i:
            d.t(", " if i < k - 1 or R.random() < 0.5 else " " + AND[lg] + " ")
        if R.random() < 0.2:
            p(d, R.choice(["Kim Min-jun", "Lee Seo-yeon", "Wang Fang", "Nguyen Thi Lan",
                           "Park Ji-hoon", "Zhang Wei"]))
        else:
            p(d, person(R.choice(SCRIPTS), hyphen=R.random() < 0.15)[0])
    d.t("\n" + R.choice(["Location", "Ort", "Lieu", "Locatie", "Lugar", "Luogo", "Local"]) + ": ")
    neg(d, "NEG_PLACE", R.choice(PLACES))
    d.t("\n")
    d.done()


def rec_csv(lg):
    d = D(lg, "csv")
    sep = R.choice([",", ";", "\t"])
    hdr = {"en": ["id", "name", "city"], "de": ["Nr", "Name", "Ort"], "fr": ["id", "nom", "ville"],
           "nl": ["nr", "naam", "plaats"], "es": ["id", "nombre", "ciudad"],
           "it": ["id", "nome", "città"], "pt": ["id", "nome", "cidade"]}[lg]
    d.t(sep.join(hdr) + "\n")
    sc = R.choice(SCRIPTS)
    for i in range(R.randint(2, 4)):
        d.t(str(i + 1) + sep)
        p(d, person(sc if R.random() < 0.7 else R.choice(SCRIPTS))[0])
        d.t(sep)
        neg(d, "NEG_PLACE", R.choice(PLACES))
        d.t("\n")
    d.done()


NATIVE = [("cyr", "Имя: ", 2), ("cyr", "ФИО: ", 2), ("cyr", "Контактное лицо: ", 2),
          ("cyr", "г-н ", 1), ("cyr", "Уважаемый ", 2), ("gr", "Όνομα: ", 2), ("gr", "κ. ", 1),
          ("gr", "Αγαπητή ", 2)]


def rec_native(lg):
    d = D(lg, "native")
    sc, lab, words = R.choice(NATIVE)
    n, s, _ = person(sc)
    if sc == "cyr":
        d.t("Заявка № %d\n" % R.randint(100, 999) + lab)
        p(d, n if words == 2 else s)
        d.t("\nГород: ")
        neg(d, "NEG_PLACE", R.choice(["Москва", "Новосибирск", "Казань", "Самара"]))
        d.t("\nОрганизация: ")
        neg(d, "NEG_ORG", R.choice(["Газпром", "Яндекс", "Сбербанк", "Лукойл"]))
        d.t("\n")
    else:
        d.t("Αίτηση %d\n" % R.randint(100, 999) + lab)
        p(d, n if words == 2 else s)
        d.t("\nΠόλη: ")
        neg(d, "NEG_PLACE", R.choice(["Αθήνα", "Θεσσαλονίκη", "Πάτρα"]))
        d.t("\n")
    d.done()


# ---- look-alike records: no person at all ------------------------------------------------------
PARAS = [
    "Вчера в Москве прошла конференция, посвящённая развитию сервисов Яндекс. Представители "
    "Сбербанк и Газпром обсудили планы на Новый Год. Погода в Санкт-Петербург была хорошей.",
    "Σήμερα στην Αθήνα η Εθνική Τράπεζα ανακοίνωσε νέα προϊόντα. Η Θεσσαλονίκη ακολουθεί τον "
    "Μάρτιο.",
    "Київ та Львів оголосили про нові маршрути. Укрзалізниця додала потяги до Одеси.",
    "今天北京的天气很好。阿里巴巴和腾讯发布了新产品。",
    "東京と大阪で新しいサービスが始まりました。三菱商事が発表しました。",
]
LOGS = [
    "2026-03-04 10:02:11 ERROR Ошибка подключения к базе данных: Таймаут\n"
    "2026-03-04 10:02:12 WARN Повторная Попытка через 5 секунд\n",
    "// Проверка Входных Данных перед сохранением\nif (!ok) { return Ошибка; }\n",
    "# Σημείωση: Μην Αλλάξετε αυτή τη ρύθμιση\nTIMEOUT=30\n",
    "[INFO] 用户登录 成功\n[WARN] 设置 已更新\n",
]
TRANSLIT = "А = A, Б = B, В = V, Г = G, Д = D, Ж = Zh, Щ = Shch\nΑ = A, Β = V, Γ = G, Δ = D\n"


def rec_neg(lg):
    d = D(lg, "neg")
    k = R.randint(0, 4)
    if k == 0:
        d.t(R.choice(["Translation request: ", "Übersetzung: ", "Traduction : ", "Vertaling: ",
                      "Traducción: ", "Traduzione: ", "Tradução: "]) + "\n")
        neg(d, "NEG_TERM", R.choice(PARAS))
        d.t("\n")
    elif k == 1:
        d.t("log excerpt:\n")
        neg(d, "NEG_TERM", R.choice(LOGS))
    elif k == 2:
        d.t(R.choice(["UI strings to review: ", "Zu prüfende Texte: ", "Libellés : ",
                      "Etiquetas: "]))
        for i in range(3):
            if i:
                d.t(", ")
            neg(d, "NEG_PRODUCT", R.choice(UI))
        d.t("\n")
    elif k == 3:
        d.t("Transliteration table:\n")
        neg(d, "NEG_TERM", TRANSLIT)
    else:
        d.t(R.choice(PLACE_VERB[lg]) + " ")
        neg(d, "NEG_PLACE", R.choice(PLACES))
        d.t(R.choice([" and then to ", ", ", " / "]))
        neg(d, "NEG_PLACE", R.choice(PLACES))
        d.t(". " + R.choice(["Sponsored by ", "Partner: ", "Powered by "]))
        neg(d, "NEG_ORG", R.choice(ORGS))
        d.t(".\n")
    d.done()


HELLO = ["世界", "大家", "各位", "皆さん", "みなさん", "여러분", "Мир", "Все", "Κόσμε", "עולם",
         "العالم", "दुनिया"]
PLACE2 = ["Нижний Новгород", "Великий Новгород", "Старый Оскол", "Νέα Σμύρνη", "Άγιος Νικόλαος",
          "Кривий Ріг", "Біла Церква", "Стара Загора", "Нови Сад"]


def rec_neg2(lg):
    """Look-alikes in a name's slots: a greeting to the world, an itinerary's From/To, a place
    that opens a sentence with a verb, a user or a role in a script after a label."""
    d = D(lg, "neg2")
    k = R.randint(0, 4)
    if k == 0:
        d.t(R.choice(["printf(\"", "console.log('", "print(\"", "echo \""]) +
            R.choice(["Hello ", "Hallo ", "Bonjour ", "Hola ", "Ciao ", "Olá ", "Hi "]))
        neg(d, "NEG_TERM", R.choice(HELLO))
        d.t(R.choice(["!\");\n", "');\n", "\")\n", "\"\n"]))
    elif k == 1:
        a, b = R.sample(PLACE2, 2)
        d.t(R.choice(["Itinerary", "Reiseplan", "Itinéraire", "Reisplan", "Itinerario", "Roteiro"])
            + "\nFrom: ")
        neg(d, "NEG_PLACE", a)
        d.t("\nTo: ")
        neg(d, "NEG_PLACE", b)
        d.t("\nDeparture: %02d:%02d\n" % (R.randint(5, 22), R.choice([0, 15, 30, 45])))
    elif k == 2:
        neg(d, "NEG_PLACE", R.choice(PLACE2))
        d.t(R.choice([" was founded in %d." % R.randint(900, 1900),
                      " is the capital of the region.", " hat %d000 Einwohner." % R.randint(10, 900), " a accueilli le festival."]))
    elif k == 3:
        d.t(R.choice(["User: ", "Role: ", "Benutzer: ", "Rôle : ", "Rol: "]))
        neg(d, "NEG_TERM", R.choice(["Администратор", "Гость", "Модератор", "管理员", "访客",
                                     "管理者", "관리자", "Διαχειριστής"]))
        d.t("\n")
    else:
        d.t(R.choice(["Dear ", "Hello ", "Liebe ", "Chers "]))
        neg(d, "NEG_ORG", R.choice(ORGS))
        d.t(R.choice([" team,\n", " customers,\n", "-Team,\n", " support,\n"]))
    d.done()


RU_PROSE = [("Вчера ", " сказал, что счёт ещё не оплачен."),
            ("На совещании ", " предложила перенести сроки."),
            ("Отчёт подготовил ", ", отдел продаж."),
            ("Как сообщил ", ", поставка задерживается."),
            ("", " просит перезвонить после обеда."),
            ("Согласовано: ", ", главный бухгалтер.")]
RU_PROSE_NEG = ["Роман Толстого лежал на столе.", "Вера в Будущее помогает.",
                "Надежда Умирает Последней.", "Слава Героям и Труженикам.",
                "Лев Толстой жил в Ясной Поляне.", "Май в Москве выдался тёплым.",
                "Мир Вашему Дому."]


def rec_ru_prose(lg):
    """A Russian name in Russian prose with no label (a given name and a surname or a
    patronymic, either order), and given names that are words in the same prose."""
    d = D("ru", "ruprose")
    pre, post = R.choice(RU_PROSE)
    f = R.random() < 0.5
    g = R.choice(CYR_GIV_F if f else CYR_GIV_M)
    k = R.randint(0, 2)
    n = g + " " + cyr_surname(f) if k == 0 else cyr_surname(f) + " " + g if k == 1 else \
        g + " " + R.choice(["Петровна", "Ивановна", "Сергеевна"] if f else
                           ["Петрович", "Иванович", "Сергеевич"])
    d.t(pre)
    p(d, n)
    d.t(post + " ")
    neg(d, "NEG_TERM", R.choice(RU_PROSE_NEG))
    d.t("\n")
    d.done()


def main():
    makers = [rec_label, rec_title, rec_greet, rec_verb, rec_mail, rec_list, rec_csv, rec_native,
              rec_neg, rec_neg, rec_neg2, rec_ru_prose]
    for i in range(40):
        for m in makers:
            m(LANGS[(i + makers.index(m)) % len(LANGS)])
    write_json(RECORDS)


if __name__ == "__main__":
    main()
