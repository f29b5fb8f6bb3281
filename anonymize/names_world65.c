/* names_world65.c: places, festivals, firms, banks and mobile-money services of South Asia,
 * Africa, South-East Asia, Turkey and Latin America are no people (branch romp65, issue 15;
 * contrib/bench/accuracy/notes/romp65.md). A remittance paid out "via M-Pesa" in "Addis Ababa",
 * a meeting "after Hari Raya Aidilfitri", a parcel from "Ayala Land" in "Kota Bharu": the
 * capitalised pairs read as a given name and a surname, and masking them breaks the prompt.
 *
 * The list below is written by hand from general knowledge (no package, no data set) and holds
 * only names that stand for no person: cities and districts of more than one word or of a
 * spelling no one is named, landmarks, festivals, firms and brands, and titles standing alone. A
 * single word that is also a given name or a surname (Lakshmi, Krishna, Madina, Aydın, Salvador,
 * Ramadan, Kartik, Meskerem, Nevruz) and a family's surname alone (Godrej, Sabancı, Coppel) are
 * left out, so a person of that name is still masked; figures (Jose Rizal, Kwame Nkrumah) belong to
 * names_famous.c's gazetteer and its personal cues.
 *
 * A PERSON finding is dropped when it, or it with up to two words after it on its line (the
 * finding "Lakshmi" of "Lakshmi Nagar"), or a finding of one word with up to two words before it
 * ("Jio" of "Reliance Jio", "Luiza" of "Magazine Luiza"), is a list entry, or when it is two
 * entries joined by ", " ("Naivas, Nairobi"). Spelling as names_famous_fold.h folds it: case,
 * accents and '-' do not matter. nw_world65_emit() is the first link of the chain anon_names_scan()
 * builds, left out while the trainer traces the chain (nw_learn_traced: the learnt model's training
 * text stays as it was, the model is not retrained); it reads only PERSON findings of 2-60 bytes (a
 * few a request); a hash of the first word rules most out before any fold. Nothing here allocates.
 */
#include "anonymize/names_famous_fold.h"
#include "anonymize/names_internal.h"

#include <assert.h>
#include <pthread.h>
#include <string.h>

/* clang-format off */
/* Folded as famous_fold() folds (the debug build checks it): lower case, accents of Latin-1 and
 * Latin Extended-A off, '-' a space; Vietnamese letters beyond them as written. */
static const char *const words[] = {
    /* India: cities, districts, landmarks */
    "lucknow", "indore", "chandigarh", "gurgaon", "gurugram", "vijayawada", "visakhapatnam",
    "tiruchirappalli", "coimbatore", "thiruvananthapuram", "bhubaneswar", "ahmedabad", "hyderabad",
    "bengaluru", "bangalore", "chennai", "kolkata", "mumbai", "new delhi", "navi mumbai", "noida",
    "ghaziabad", "jaipur", "jodhpur", "udaipur", "nagpur", "kanpur", "varanasi", "amritsar",
    "ludhiana", "mysuru", "mangaluru", "madurai", "thrissur", "patna", "ranchi", "guwahati",
    "lakshmi nagar", "laxmi nagar", "krishna nagar", "rajouri garden", "karol bagh", "shivaji park",
    "shivaji nagar", "gandhi nagar", "gandhinagar", "nehru place", "connaught place", "banjara hills",
    "jubilee hills", "koramangala", "indiranagar", "andheri", "bandra", "salt lake",
    "marine drive", "gateway of india", "india gate", "golden temple", "siddhivinayak temple",
    "krishnagiri", "ramanathapuram", "sabarimala", "vaishno devi", "ajmer sharif",
    "bodh gaya", "charminar", "red fort", "qutub minar",
    /* India: festivals, months, firms, banks, money */
    "diwali", "deepavali", "navratri", "raksha bandhan", "durga puja", "ganesh chaturthi",
    "janmashtami", "makar sankranti", "onam", "baisakhi", "vaisakhi", "dussehra", "chhath puja",
    "karva chauth", "saraswati puja", "lakshmi puja", "guru purnima", "holika dahan",
    "tata motors", "tata steel", "tata consultancy services", "haldiram's", "haldirams",
    "bajaj finserv", "bajaj auto", "mahindra & mahindra", "kotak mahindra bank",
    "reliance jio", "reliance industries", "birla sun life", "aditya birla", "paytm", "phonepe",
    "google pay", "hdfc bank", "icici bank", "state bank of india", "axis bank", "punjab national bank",
    "infosys", "wipro", "flipkart", "big bazaar", "dabur", "amul", "maruti suzuki", "hero motocorp",
    "adani group", "ambuja cements", 
    /* Pakistan */
    "lahore", "rawalpindi", "faisalabad", "abbottabad", "gujranwala", "peshawar", "islamabad",
    "karachi", "hyderabad sindh", "sialkot", "bahawalpur", "gulberg", "iqbal town", "johar town",
    "model town", "dha phase", "jinnah hospital", "badshahi mosque", "faisal mosque",
    "data darbar", "minar e pakistan", "habib bank", "habib bank limited", "jazzcash", "easypaisa",
    "meezan bank", "gul ahmed", "bank alfalah", "allied bank", "united bank", "shan foods",
    "dawood hercules", "nishat group", "eid ul fitr", "eid ul adha", "eid al fitr", "eid al adha",
    "eid milad un nabi", "shab e barat", "chand raat",
    /* Bangladesh */
    "dhaka", "chattogram", "chittagong", "sylhet", "mymensingh", "cox's bazar", "rajshahi", "khulna",
    "barishal", "gazipur", "narayanganj", "mirpur", "dhanmondi", "motijheel",
    "bkash", "nagad", "rocket", "grameenphone", "banglalink", "pran rfl", "square pharmaceuticals",
    "brac bank", "akij group", "bashundhara group", "pohela boishakh", "pahela baishakh",
    "shaheed minar",
    /* Nigeria */
    "lagos", "ibadan", "abuja", "victoria island", "ikeja", "lekki", "port harcourt", "surulere",
    "ajegunle", "yaba", "ikoyi", "onitsha", "enugu", "abeokuta", "ilorin", "kaduna", "benin city",
    "osogbo", "maiduguri", "owerri", "lagos island", "lagos state",
    "dangote cement", "dangote group", "dangote refinery", "zenith bank", "gtbank", "guaranty trust bank",
    "opay", "moniepoint", "palmpay", "jumia", "access bank", "first bank", "uba",
    "innoson motors", "otedola bridge", "globacom", "eid el kabir", "eid el fitr",
    "osun osogbo", "eyo festival", "argungu festival", "new yam festival", "durbar festival",
    /* Kenya */
    "nairobi", "mombasa", "kisumu", "eldoret", "nakuru", "kilimani", "westlands", "kibera",
    "thika", "kakamega", "machakos", "kasarani", "eastleigh", "ngong",
    "m pesa", "mpesa", "safaricom", "equity bank", "kcb", "naivas", "tusker", "kenya airways",
    "madaraka day", "mashujaa day", "jamhuri day", "kenyatta avenue", "moi avenue",
    "jomo kenyatta international airport", "moi international airport",
    /* Ghana */
    "accra", "kumasi", "tamale", "takoradi", "kaneshie", "cape coast", "labadi", "tema",
    "kotoka international airport", "makola market", "kejetia market", "mtn momo", "mtn mobile money",
    "gcb bank", "melcom", "kasapreko", "ecobank", "airteltigo money", "homowo",
    "aboakyir", "chale wote", "hogbetsotso", "odwira",
    /* Ethiopia */
    "addis ababa", "bahir dar", "gondar", "hawassa", "mekelle", "lalibela", "dire dawa", "piassa",
    "ethio telecom", "telebirr", "commercial bank of ethiopia", "dashen bank", "awash bank",
    "moha soft drinks", "ethiopian airlines", "timkat", "timket", "meskel", "enkutatash", 
    /* Indonesia */
    "jakarta", "surabaya", "yogyakarta", "bandung", "medan", "kebayoran baru", "kebayoran lama",
    "denpasar", "kartasura", "sleman", "bekasi", "tangerang", "depok", "semarang", "makassar",
    "palembang", "menteng", "tanah abang", "kelapa gading", "jakarta selatan", "jakarta pusat",
    "bank mandiri", "bank central asia", "bank rakyat indonesia", "gopay", "ovo", "gojek",
    "tokopedia", "indomaret", "alfamart", "salim group", "sari roti", "djarum", 
    "lebaran", "idul fitri", "idul adha", "nyepi", "hari kartini", "candi borobudur",
    "borobudur", "prambanan", "masjid istiqlal", "monas",
    /* Malaysia */
    "kuala lumpur", "johor bahru", "petaling jaya", "shah alam", "kota bharu", "kota kinabalu",
    "putrajaya", "batu caves", "masjid negara", "bangsar", "subang jaya", "cheras", "klang",
    "georgetown", "george town", "ipoh", "seremban", "maybank", "cimb", "touch 'n go",
    "touch n go", "petronas", "genting", "mydin", "hong leong bank", "ytl", "public bank",
    "hari raya aidilfitri", "hari raya haji", "hari raya puasa", "hari raya", "thaipusam",
    "hari merdeka", "tunku abdul rahman park",
    /* Philippines */
    "quezon city", "cebu city", "cebu", "davao city", "davao", "makati", "marikina",
    "lapu lapu city", "rizal park", "taguig", "antipolo", "pasig", "mandaluyong", "caloocan",
    "paranaque", "las pinas", "iloilo city", "cagayan de oro", "bonifacio global city", "intramuros",
    "gcash", "paymaya", "jollibee", "bdo", "ayala land", "ayala corporation", "sm supermalls",
    "sm megamall", "mercury drug", "robinsons land", "metrobank", "palawan express",
    "sinulog", "simbang gabi", "pahiyas", "ati atihan", "dinagyang", "panagbenga", "santo nino",
    "sto. nino", "black nazarene",
    /* Vietnam */
    "ha nội", "ha noi", "hanoi", "da nẵng", "da nang", "hải phong", "hai phong", "cần thơ",
    "can tho", "hoan kiếm", "hoan kiem", "quận 1", "hai ba trưng", "hai ba trung", "thủ dức",
    "thu duc", "ba dinh", "dống da", "dong da", "cầu giấy", "cau giay", "binh thạnh",
    "binh thanh", "go vấp", "go vap", "tan binh", "nha trang", "vung tau", "vung tau",
    "hạ long", "ha long", "hội an", "hoi an", "bien hoa", "sai gon", "saigon",
    "tp. hồ chi minh", "tp hồ chi minh", "tp. hcm", "ho chi minh city", "thanh phố hồ chi minh",
    "vietcombank", "grab", "vinamilk", "thế giới di dộng", "vingroup", "techcombank",
    "vietinbank", "viettel", "zalopay", "tết", "tết nguyen dan", "tết trung thu",
    "quan am", "quan am",
    /* Thailand */
    "chiang mai", "chiang rai", "khon kaen", "pattaya", "sukhumvit", "wat arun", "wat pho",
    "hat yai", "nonthaburi", "nakhon ratchasima", "udon thani", "ayutthaya", "silom", "chatuchak",
    "kasikornbank", "promptpay", "cp all", "chang beer", "central group", "bangkok bank",
    "siam commercial bank", "songkran", "loy krathong", "loi krathong", "phra phrom", "makha bucha",
    "visakha bucha",
    /* Turkey */
    "istanbul", "ankara", "izmir", "bursa", "kadikoy", "uskudar", "uskudar",
    "besiktas", "antalya", "gaziantep", "eskisehir", "sisli", "bakirkoy",
    "konya", "trabzon", "koc holding", "sabanci holding", "ziraat bankasi", "garanti bbva",
    "migros", "ulker", "arcelik", "turk telekom", "turkcell", "is bankasi",
    "kurban bayrami", "ramazan bayrami", "seker bayrami", "hidrellez", 
    /* Mexico */
    "guadalajara", "monterrey", "puebla", "oaxaca", "coyoacan", "ciudad juarez", "tlaquepaque",
    "iztapalapa", "san cristobal de las casas", "ciudad de mexico", "cdmx", "zapopan", "tijuana",
    "merida", "queretaro", "xochimilco", "tlalpan", "bimbo", "oxxo", "banorte", "liverpool",
    "elektra", "telcel", "grupo carso", "soriana", "bodega aurrera", "virgen de guadalupe",
    "basilica de guadalupe", "dia de muertos", "dia de los muertos", "las posadas", "guelaguetza",
    "semana santa", "dia de reyes",
    /* Colombia */
    "bogota", "medellin", "barranquilla", "cartagena", "santa marta", "chapinero", "envigado",
    "bucaramanga", "manizales", "usaquen", "bancolombia", "nequi", "davivienda",
    "exito", "juan valdez", "rappi", "postobon", "avianca", "feria de las flores",
    "carnaval de barranquilla", "feria de cali",
    /* Brazil */
    "sao paulo", "belo horizonte", "florianopolis", "sao jose dos campos", "santa catarina",
    "vila madalena", "niteroi", "rio de janeiro", "porto alegre", "recife", "curitiba",
    "manaus", "copacabana", "itau", "bradesco", "nubank", "magazine luiza", "casas bahia",
    "grupo votorantim", "banco do brasil", "caixa economica", "mercado pago", "nossa senhora aparecida",
    "festa junina", "cirio de nazare", "carnaval", "iemanja", "cristo redentor",
    /* titles standing alone, no name after them */
    "shri", "smt.", "smt", "shrimati", "bapak", "woizero", "alhaji", "alhaja", "hanim", "khun",
    "encik", "chaudhry sahib",
};
/* clang-format on */
#define NWORDS (sizeof words / sizeof words[0])

static uint16_t slot[2048]; /* 1 + the index of an entry, by famous_hash(); at most a third full */
static pthread_once_t once = PTHREAD_ONCE_INIT;
_Static_assert(NWORDS * 3 < 2048, "the key table is at most a third full");

/* The gate: a bit per hash of an entry's first word (FNV-1a of its bytes up to a space, a comma
 * or a full stop). A word of the text is hashed ASCII letters lower-cased; one holding a byte
 * beyond ASCII always passes (its fold may be an entry's). A finding whose first words open no
 * entry costs a hash and no fold. word_hash() returns the hash and sets *end to the word's end. */
static uint64_t gate[65536 / 64];

static unsigned word_hash(const uint8_t *t, size_t i, size_t len, size_t *end, int *wide)
{
    uint32_t h = 2166136261u;
    uint8_t any = 0;
    for (; i < len && t[i] != ' ' && t[i] != ',' && t[i] != '.'; i++) {
        any |= t[i];
        h = (h ^ (uint8_t)(t[i] >= 'A' && t[i] <= 'Z' ? t[i] + 32 : t[i])) * 16777619u;
    }
    *end = i;
    *wide = any >= 0x80;
    return (h ^ h >> 16) & 65535;
}

/* May an entry open at t[i]? *end: the end of the word there. */
static int may_open(const uint8_t *t, size_t i, size_t len, size_t *end)
{
    int wide;
    unsigned k = word_hash(t, i, len, end, &wide);
    return wide || ((gate[k >> 6] >> (k & 63)) & 1);
}

static void build(void)
{
    for (size_t k = 0; k < NWORDS; k++) {
        const char *w = words[k];
#ifndef NDEBUG
        char f[72];
        assert(famous_fold((const uint8_t *)w, strlen(w), f, sizeof f) && strcmp(f, w) == 0);
#endif
        uint32_t i = famous_hash(w) & 2047;
        while (slot[i])
            i = (i + 1) & 2047;
        slot[i] = (uint16_t)(k + 1);
        size_t end;
        int wide;
        unsigned g = word_hash((const uint8_t *)w, 0, strlen(w), &end, &wide);
        gate[g >> 6] |= (uint64_t)1 << (g & 63);
    }
}

/* t[a .. e) folded is a list entry. */
static int known(const uint8_t *t, size_t a, size_t e)
{
    char buf[72];
    if (e <= a || e - a >= 64 || !famous_fold(t + a, e - a, buf, sizeof buf))
        return 0;
    for (uint32_t i = famous_hash(buf) & 2047; slot[i]; i = (i + 1) & 2047)
        if (strcmp(words[slot[i] - 1], buf) == 0)
            return 1;
    return 0;
}

/* A word's byte: a letter of any script, a digit, an apostrophe, '-', '&', '.'. */
static int wbyte(uint8_t c)
{
    return c >= 0x80 || is_alnum(c) || c == '\'' || c == '-' || c == '.' || c == '&';
}

/* The ends of up to two words after e (one space apart). */
static size_t after(const uint8_t *t, size_t len, size_t e, size_t out[2])
{
    size_t n = 0;
    while (n < 2 && e + 1 < len && t[e] == ' ' && wbyte(t[e + 1])) {
        size_t j = e + 1;
        while (j < len && wbyte(t[j]) && j - e < 40)
            j++;
        while (j > e + 1 && (t[j - 1] == '.' || t[j - 1] == '\'')) /* a sentence's full stop */
            j--;
        out[n++] = e = j;
    }
    return n;
}

/* The finding, or it with up to two words after it, is an entry; or a finding of one word with
 * up to two words before it ("Reliance Jio", "TP. Hồ Chí Minh"), read only while the word where
 * the run would open may open an entry. */
static int world_thing(const uint8_t *t, size_t len, size_t a, size_t e)
{
    pthread_once(&once, build);
    size_t as[2], na = SIZE_MAX, from = a, end;
    for (int i = 0; i < 3; i++) {
        if (i) {
            if (from < 2 || t[from - 1] != ' ' || !wbyte(t[from - 2]))
                break;
            size_t j = from - 1;
            while (j > 0 && wbyte(t[j - 1]) && from - j < 40)
                j--;
            from = j;
        }
        if (!may_open(t, from, len, &end)) {
            if (!i && end < e)
                return 0; /* a run of words whose first opens no entry */
            continue;
        }
        if (na == SIZE_MAX)
            na = after(t, len, e, as);
        for (size_t j = 0; j <= na; j++)
            if (known(t, from, j ? as[j - 1] : e))
                return 1;
    }
    if (!may_open(t, a, len, &end))
        return 0;                          /* nor does the first of two entries joined by ", " */
    for (size_t k = a + 1; k + 2 < e; k++) /* "Naivas, Nairobi": two entries */
        if (t[k] == ',' && t[k + 1] == ' ')
            return known(t, a, k) && known(t, k + 2, e);
    return 0;
}

int nw_world65_emit(void *arg, int kind, size_t a, size_t e)
{
    struct nw_link *p = arg;
    if (kind == ANON_NAMES_PERSON && !nw_learn_traced && e > a + 1 && e - a <= 60 &&
        world_thing(p->t, p->len, a, e))
        return 0;
    return p->emit(p->arg, kind, a, e);
}
