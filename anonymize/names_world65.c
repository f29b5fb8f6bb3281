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
 * Ramadan, Kartik) is left out, so a person of that name is still masked; figures (Jose Rizal,
 * Kwame Nkrumah) belong to names_famous.c's gazetteer and its personal cues.
 *
 * A PERSON finding is dropped when it, or it with up to two words before or after it on its line
 * (the finding "Jio" of "Reliance Jio", "Luiza" of "Magazine Luiza", "Lakshmi" of "Lakshmi
 * Nagar"), is a list entry, or when it is two entries joined by ", " ("Naivas, Nairobi"). Spelling
 * as names_famous_fold.h folds it: case, accents and '-' do not matter. nw_world65_emit() is the
 * first link of the chain anon_names_scan() builds; it reads only PERSON findings of 2-60 bytes
 * (a few a request) and nothing here allocates after the list's one-time sort.
 */
#include "anonymize/names_famous_fold.h"
#include "anonymize/names_internal.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* clang-format off */
static const char *const words[] = {
    /* India: cities, districts, landmarks */
    "Lucknow", "Indore", "Chandigarh", "Gurgaon", "Gurugram", "Vijayawada", "Visakhapatnam",
    "Tiruchirappalli", "Coimbatore", "Thiruvananthapuram", "Bhubaneswar", "Ahmedabad", "Hyderabad",
    "Bengaluru", "Bangalore", "Chennai", "Kolkata", "Mumbai", "New Delhi", "Navi Mumbai", "Noida",
    "Ghaziabad", "Jaipur", "Jodhpur", "Udaipur", "Nagpur", "Kanpur", "Varanasi", "Amritsar",
    "Ludhiana", "Mysuru", "Mangaluru", "Madurai", "Thrissur", "Patna", "Ranchi", "Guwahati",
    "Lakshmi Nagar", "Laxmi Nagar", "Krishna Nagar", "Rajouri Garden", "Karol Bagh", "Shivaji Park",
    "Shivaji Nagar", "Gandhi Nagar", "Gandhinagar", "Nehru Place", "Connaught Place", "Banjara Hills",
    "Jubilee Hills", "Koramangala", "Indiranagar", "Andheri", "Bandra", "Salt Lake",
    "Marine Drive", "Gateway of India", "India Gate", "Golden Temple", "Siddhivinayak Temple",
    "Tirumala", "Krishnagiri", "Ramanathapuram", "Sabarimala", "Vaishno Devi", "Ajmer Sharif",
    "Bodh Gaya", "Charminar", "Red Fort", "Qutub Minar",
    /* India: festivals, months, firms, banks, money */
    "Diwali", "Deepavali", "Navratri", "Raksha Bandhan", "Durga Puja", "Ganesh Chaturthi",
    "Janmashtami", "Makar Sankranti", "Onam", "Baisakhi", "Vaisakhi", "Dussehra", "Chhath Puja",
    "Karva Chauth", "Saraswati Puja", "Lakshmi Puja", "Guru Purnima", "Holika Dahan",
    "Tata Motors", "Tata Steel", "Tata Consultancy Services", "Haldiram's", "Haldirams",
    "Bajaj Finserv", "Bajaj Auto", "Godrej", "Mahindra & Mahindra", "Kotak Mahindra Bank",
    "Reliance Jio", "Reliance Industries", "Birla Sun Life", "Aditya Birla", "Paytm", "PhonePe",
    "Google Pay", "HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank", "Punjab National Bank",
    "Infosys", "Wipro", "Flipkart", "Big Bazaar", "Dabur", "Amul", "Maruti Suzuki", "Hero MotoCorp",
    "Adani Group", "Ambuja Cements", "Patanjali",
    /* Pakistan */
    "Lahore", "Rawalpindi", "Faisalabad", "Abbottabad", "Gujranwala", "Peshawar", "Islamabad",
    "Karachi", "Hyderabad Sindh", "Sialkot", "Bahawalpur", "Gulberg", "Iqbal Town", "Johar Town",
    "Model Town", "DHA Phase", "Jinnah Hospital", "Badshahi Mosque", "Faisal Mosque",
    "Data Darbar", "Minar-e-Pakistan", "Habib Bank", "Habib Bank Limited", "JazzCash", "Easypaisa",
    "Meezan Bank", "Gul Ahmed", "Bank Alfalah", "Allied Bank", "United Bank", "Shan Foods",
    "Dawood Hercules", "Nishat Group", "Eid ul-Fitr", "Eid ul-Adha", "Eid al-Fitr", "Eid al-Adha",
    "Eid-ul-Fitr", "Eid-ul-Adha", "Eid Milad-un-Nabi", "Shab-e-Barat", "Chand Raat",
    /* Bangladesh */
    "Dhaka", "Chattogram", "Chittagong", "Sylhet", "Mymensingh", "Cox's Bazar", "Rajshahi", "Khulna",
    "Barishal", "Gazipur", "Narayanganj", "Mirpur", "Dhanmondi", "Gulshan", "Uttara", "Motijheel",
    "bKash", "Nagad", "Rocket", "Grameenphone", "Banglalink", "Pran-RFL", "Square Pharmaceuticals",
    "BRAC Bank", "Akij Group", "Bashundhara Group", "Pohela Boishakh", "Pahela Baishakh",
    "Shaheed Minar",
    /* Nigeria */
    "Lagos", "Ibadan", "Abuja", "Victoria Island", "Ikeja", "Lekki", "Port Harcourt", "Surulere",
    "Ajegunle", "Yaba", "Ikoyi", "Onitsha", "Enugu", "Abeokuta", "Ilorin", "Kaduna", "Benin City",
    "Osogbo", "Maiduguri", "Owerri", "Lagos Island", "Lagos State",
    "Dangote Cement", "Dangote Group", "Dangote Refinery", "Zenith Bank", "GTBank", "Guaranty Trust Bank",
    "Opay", "OPay", "Moniepoint", "PalmPay", "Jumia", "Access Bank", "First Bank", "UBA",
    "Innoson Motors", "Otedola Bridge", "Globacom", "Eid-el-Kabir", "Eid-el-Fitr",
    "Osun-Osogbo", "Eyo Festival", "Argungu Festival", "New Yam Festival", "Durbar Festival",
    /* Kenya */
    "Nairobi", "Mombasa", "Kisumu", "Eldoret", "Nakuru", "Kilimani", "Westlands", "Kibera",
    "Thika", "Kakamega", "Machakos", "Kasarani", "Eastleigh", "Ngong",
    "M-Pesa", "Mpesa", "Safaricom", "Equity Bank", "KCB", "Naivas", "Tusker", "Kenya Airways",
    "Madaraka Day", "Mashujaa Day", "Jamhuri Day", "Kenyatta Avenue", "Moi Avenue",
    "Jomo Kenyatta International Airport", "Moi International Airport",
    /* Ghana */
    "Accra", "Kumasi", "Tamale", "Takoradi", "Kaneshie", "Cape Coast", "Labadi", "Tema",
    "Kotoka International Airport", "Makola Market", "Kejetia Market", "MTN MoMo", "MTN Mobile Money",
    "GCB Bank", "Melcom", "Kasapreko", "Kantanka", "Ecobank", "AirtelTigo Money", "Homowo",
    "Aboakyir", "Chale Wote", "Hogbetsotso", "Odwira",
    /* Ethiopia */
    "Addis Ababa", "Bahir Dar", "Gondar", "Hawassa", "Mekelle", "Lalibela", "Dire Dawa", "Piassa",
    "Ethio telecom", "telebirr", "Commercial Bank of Ethiopia", "Dashen Bank", "Awash Bank",
    "Moha Soft Drinks", "Ethiopian Airlines", "Timkat", "Timket", "Meskel", "Enkutatash", "Meskerem",
    /* Indonesia */
    "Jakarta", "Surabaya", "Yogyakarta", "Bandung", "Medan", "Kebayoran Baru", "Kebayoran Lama",
    "Denpasar", "Kartasura", "Sleman", "Bekasi", "Tangerang", "Depok", "Semarang", "Makassar",
    "Palembang", "Menteng", "Tanah Abang", "Kelapa Gading", "Jakarta Selatan", "Jakarta Pusat",
    "Bank Mandiri", "Bank Central Asia", "Bank Rakyat Indonesia", "GoPay", "OVO", "Gojek",
    "Tokopedia", "Indomaret", "Alfamart", "Salim Group", "Sari Roti", "Djarum", "Sampoerna",
    "Lebaran", "Idul Fitri", "Idul Adha", "Nyepi", "Hari Kartini", "Candi Borobudur",
    "Borobudur", "Prambanan", "Masjid Istiqlal", "Monas",
    /* Malaysia */
    "Kuala Lumpur", "Johor Bahru", "Petaling Jaya", "Shah Alam", "Kota Bharu", "Kota Kinabalu",
    "Putrajaya", "Batu Caves", "Masjid Negara", "Bangsar", "Subang Jaya", "Cheras", "Klang",
    "Georgetown", "George Town", "Ipoh", "Seremban", "Maybank", "CIMB", "Touch 'n Go",
    "Touch n Go", "Petronas", "Genting", "Mydin", "Hong Leong Bank", "YTL", "Public Bank",
    "Hari Raya Aidilfitri", "Hari Raya Haji", "Hari Raya Puasa", "Hari Raya", "Thaipusam",
    "Hari Merdeka", "Tunku Abdul Rahman Park",
    /* Philippines */
    "Quezon City", "Cebu City", "Cebu", "Davao City", "Davao", "Makati", "Marikina",
    "Lapu-Lapu City", "Rizal Park", "Taguig", "Antipolo", "Pasig", "Mandaluyong", "Caloocan",
    "Parañaque", "Las Piñas", "Iloilo City", "Cagayan de Oro", "Bonifacio Global City", "Intramuros",
    "GCash", "PayMaya", "Jollibee", "BDO", "Ayala Land", "Ayala Corporation", "SM Supermalls",
    "SM Megamall", "Mercury Drug", "Gokongwei", "Robinsons Land", "Metrobank", "Palawan Express",
    "Sinulog", "Simbang Gabi", "Pahiyas", "Ati-Atihan", "Dinagyang", "Panagbenga", "Santo Niño",
    "Sto. Niño", "Black Nazarene",
    /* Vietnam */
    "Hà Nội", "Ha Noi", "Hanoi", "Đà Nẵng", "Da Nang", "Hải Phòng", "Hai Phong", "Cần Thơ",
    "Can Tho", "Hoàn Kiếm", "Hoan Kiem", "Quận 1", "Hai Bà Trưng", "Hai Ba Trung", "Thủ Đức",
    "Thu Duc", "Ba Đình", "Ba Dinh", "Đống Đa", "Dong Da", "Cầu Giấy", "Cau Giay", "Bình Thạnh",
    "Binh Thanh", "Gò Vấp", "Go Vap", "Tân Bình", "Tan Binh", "Nha Trang", "Vũng Tàu", "Vung Tau",
    "Hạ Long", "Ha Long", "Hội An", "Hoi An", "Biên Hòa", "Bien Hoa", "Sài Gòn", "Saigon",
    "TP. Hồ Chí Minh", "TP Hồ Chí Minh", "TP. HCM", "Ho Chi Minh City", "Thành phố Hồ Chí Minh",
    "Vietcombank", "MoMo", "Grab", "Vinamilk", "Thế Giới Di Động", "Vingroup", "Techcombank",
    "Vietinbank", "Viettel", "ZaloPay", "Tết", "Tết Nguyên Đán", "Trung Thu", "Tết Trung Thu",
    "Quan Âm", "Quan Am",
    /* Thailand */
    "Chiang Mai", "Chiang Rai", "Khon Kaen", "Pattaya", "Sukhumvit", "Wat Arun", "Wat Pho",
    "Hat Yai", "Nonthaburi", "Nakhon Ratchasima", "Udon Thani", "Ayutthaya", "Silom", "Chatuchak",
    "Kasikornbank", "PromptPay", "CP All", "Singha", "Chang Beer", "Central Group", "Bangkok Bank",
    "Siam Commercial Bank", "Songkran", "Loy Krathong", "Loi Krathong", "Phra Phrom", "Makha Bucha",
    "Visakha Bucha",
    /* Turkey */
    "İstanbul", "Ankara", "İzmir", "Izmir", "Bursa", "Kadıköy", "Kadikoy", "Üsküdar", "Uskudar",
    "Beşiktaş", "Besiktas", "Antalya", "Gaziantep", "Eskişehir", "Şişli", "Sisli", "Bakırköy",
    "Konya", "Trabzon", "Koç Holding", "Sabancı", "Sabanci Holding", "Ziraat Bankası", "Garanti BBVA",
    "Migros", "Ülker", "Arçelik", "Eczacıbaşı", "Türk Telekom", "Turkcell", "İş Bankası",
    "Kurban Bayramı", "Ramazan Bayramı", "Şeker Bayramı", "Hıdrellez", "Nevruz", "Kandil",
    /* Mexico */
    "Guadalajara", "Monterrey", "Puebla", "Oaxaca", "Coyoacán", "Ciudad Juárez", "Tlaquepaque",
    "Iztapalapa", "San Cristóbal de las Casas", "Ciudad de México", "CDMX", "Zapopan", "Tijuana",
    "Mérida", "Querétaro", "Xochimilco", "Tlalpan", "Bimbo", "OXXO", "Banorte", "Liverpool",
    "Elektra", "Coppel", "Telcel", "Grupo Carso", "Soriana", "Bodega Aurrerá", "Virgen de Guadalupe",
    "Basílica de Guadalupe", "Día de Muertos", "Día de los Muertos", "Las Posadas", "Guelaguetza",
    "Semana Santa", "Día de Reyes",
    /* Colombia */
    "Bogotá", "Medellín", "Barranquilla", "Cartagena", "Santa Marta", "Chapinero", "Envigado",
    "Bucaramanga", "Manizales", "Usaquén", "Bancolombia", "Nequi", "Davivienda",
    "Éxito", "Juan Valdez", "Rappi", "Postobón", "Avianca", "Feria de las Flores",
    "Carnaval de Barranquilla", "Feria de Cali",
    /* Brazil */
    "São Paulo", "Belo Horizonte", "Florianópolis", "São José dos Campos", "Santa Catarina",
    "Vila Madalena", "Niterói", "Rio de Janeiro", "Porto Alegre", "Recife", "Fortaleza", "Curitiba",
    "Manaus", "Copacabana", "Itaú", "Bradesco", "Nubank", "Magazine Luiza", "Casas Bahia",
    "Grupo Votorantim", "Banco do Brasil", "Caixa Econômica", "Mercado Pago", "Nossa Senhora Aparecida",
    "Festa Junina", "Círio de Nazaré", "Carnaval", "Iemanjá", "Cristo Redentor",
    /* titles standing alone, no name after them */
    "Shri", "Smt.", "Smt", "Shrimati", "Bapak", "Ato", "Woizero", "Alhaji", "Alhaja", "Hanım", "Khun",
    "Encik", "Puan", "Chaudhry Sahib",
};
/* clang-format on */
#define NWORDS (sizeof words / sizeof words[0])

static char keys[NWORDS][64];
static const char *sorted[NWORDS];
static size_t nkeys;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static int cmp(const void *x, const void *y)
{
    return strcmp(*(const char *const *)x, *(const char *const *)y);
}

static void build(void)
{
    for (size_t k = 0; k < NWORDS; k++)
        if (famous_fold((const uint8_t *)words[k], strlen(words[k]), keys[k], sizeof keys[k]))
            sorted[nkeys++] = keys[k];
    qsort(sorted, nkeys, sizeof sorted[0], cmp);
}

/* t[a .. e) folded is a list entry. */
static int known(const uint8_t *t, size_t a, size_t e)
{
    char buf[72];
    if (e <= a || e - a >= 64 || !famous_fold(t + a, e - a, buf, sizeof buf))
        return 0;
    const char *k = buf;
    return bsearch(&k, sorted, nkeys, sizeof sorted[0], cmp) != NULL;
}

/* A word's byte: a letter of any script, a digit, an apostrophe, '-', '&', '.'. */
static int wbyte(uint8_t c)
{
    return c >= 0x80 || is_alnum(c) || c == '\'' || c == '-' || c == '.' || c == '&';
}

/* The starts of up to two words before a (one space apart), the ends of up to two after e. */
static size_t before(const uint8_t *t, size_t a, size_t out[2])
{
    size_t n = 0;
    while (n < 2 && a >= 2 && t[a - 1] == ' ' && wbyte(t[a - 2])) {
        size_t j = a - 1;
        while (j > 0 && wbyte(t[j - 1]) && a - j < 40)
            j--;
        out[n++] = a = j;
    }
    return n;
}

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

static int world_thing(const uint8_t *t, size_t len, size_t a, size_t e)
{
    pthread_once(&once, build);
    size_t bs[2], as[2];
    size_t nb = before(t, a, bs), na = after(t, len, e, as);
    for (size_t i = 0; i <= nb; i++)
        for (size_t j = 0; j <= na; j++)
            if (known(t, i ? bs[i - 1] : a, j ? as[j - 1] : e))
                return 1;
    for (size_t k = a + 1; k + 2 < e; k++) /* "Naivas, Nairobi": two entries */
        if (t[k] == ',' && t[k + 1] == ' ')
            return known(t, a, k) && known(t, k + 2, e);
    return 0;
}

int nw_world65_emit(void *arg, int kind, size_t a, size_t e)
{
    struct nw_link *p = arg;
    if (kind == ANON_NAMES_PERSON && e > a + 1 && e - a <= 60 && world_thing(p->t, p->len, a, e))
        return 0;
    return p->emit(p->arg, kind, a, e);
}
