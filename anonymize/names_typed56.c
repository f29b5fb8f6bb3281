/* names_typed56.c: lower-case findings in phone-typed chat that are chat words, not names
 * (branch typed56, contrib/bench/accuracy/notes/typed56.md).
 *
 * A chat pasted on its own into a request is lower case from its first byte, so the scanner
 * reads a raised copy of it (names_lower.c) and the chat rules read its words: in 17 languages
 * the words people type there (replies, words of address after a greeting or thanks, shorthand,
 * "see you tomorrow", "I am late", "call me") are unknown to the lexicon and shaped like names,
 * and two of them in a row read as a given name and a surname: "ok sopii nahdaan huomenna",
 * "tamam yarin gorusuruz", "thx kaikki", "ciao raga", "ok akkor holnap". This link trims such
 * words off both ends of an all-lower-case PERSON finding ("anna vagyok" -> "anna") and drops
 * the finding when nothing is left. The words are ASCII as typed and none is a given name or a
 * surname of the tune sets' gold (typed52's list is asked as well). One byte test per PERSON
 * finding; a bisection per word only for an all-lower-case ASCII finding.
 */
#include "anonymize/names_internal.h"
#include "anonymize/names_typed56.h"

#include <string.h>

static const char *const chat_words[] = {
    "abends",       "abla",       "abraco",      "abs",        "abt",         "acum",
    "adresse",      "agustos",    "ahah",        "ahahah",     "ahorita",     "ajd",
    "ajung",        "ajungi",     "aldi",        "alle",       "allemaal",    "alli",
    "allora",       "alrite",     "amor",        "amore",      "anche",       "apoi",
    "aprilie",      "aprilis",    "aqui",        "aralik",     "arkadaslar",  "arrivi",
    "arrivo",       "auj",        "avrio",       "azi",        "ba",          "babes",
    "bahcede",      "baieti",     "bana",        "bcoz",       "bday",        "becuase",
    "becuz",        "bede",       "bedziesz",    "bekliyorum", "beni",        "bescheid",
    "bi",           "bir",        "bissl",       "bist",       "biz",         "bjo",
    "bocs",         "boh",        "brb",         "brezen",     "bruh",        "bsos",
    "budu",         "bugun",      "buna",        "byl",        "byla",        "bylo",
    "cand",         "carsamba",   "cava",        "cc",         "cerven",      "cervenec",
    "chegas",       "chego",      "chicas",      "chui",       "chuis",       "ciaooo",
    "cld",          "cok",        "copain",      "copine",     "coz",         "csajok",
    "csutortok",    "ct",         "ctvrtek",     "cu",         "cumartesi",   "cus",
    "cuz",          "cv",         "czerwiec",    "czwartek",   "dac",         "dacc",
    "dankee",       "dankjwel",   "dc",          "decembre",   "decembrie",   "dedi",
    "deffo",        "definately", "defo",        "deftera",    "dice",        "dienstag",
    "digga",        "dik",        "dimanche",    "dinsdag",    "diyor",       "dnes",
    "donderdag",    "donnerstag", "dopo",        "draga",      "dragam",      "dragilor",
    "druzyny",      "duben",      "dude",        "duminica",   "dziekii",     "dzis",
    "echt",         "effe",       "efharisto",   "efkes",      "efxaristo",   "eimai",
    "eipe",         "eisai",      "elokuu",      "entaxei",    "erxesai",     "erxetai",
    "erxomai",      "estas",      "esti",        "estou",      "estoy",       "etais",
    "evet",         "evtl",       "exei",        "eylul",      "eyxaristw",   "ez",
    "fajn",         "fam",        "februari",    "februarie",  "fetelor",     "fevrier",
    "ff",           "ffkes",      "finde",       "fredag",     "freitag",     "frerot",
    "frr",          "frumoasa",   "frumos",      "gars",       "garten",      "gehts",
    "geia",         "geil",       "geldim",      "gelirim",    "geliyor",     "geliyorum",
    "genre",        "gezellig",   "ginei",       "giovedi",    "gn",          "gona",
    "gorusurum",    "gorusuruz",  "graciasss",   "grad",       "grasias",     "grazieee",
    "grudzien",     "gtg",        "guapa",       "guapo",      "gumman",      "gutta",
    "guzel",        "hab",        "hahaha",      "hast",       "hayir",       "haziran",
    "hbu",          "hdgdl",      "heeft",       "heinakuu",   "hej",         "helmikuu",
    "hetfo",        "heti",       "heya",        "heyy",       "heyyy",       "hiya",
    "hjartat",      "hmu",        "hned",        "hocam",      "hodna",       "hodny",
    "hoje",         "hon",        "horta",       "hoy",        "huerto",      "huhtikuu",
    "iaften",       "ianuarie",   "idag",        "idk",        "ikr",         "ikvall",
    "ikveld",       "ily",        "ilysm",       "irl",        "itan",        "itt",
    "iulie",        "iunie",      "ja",          "jag",        "jak",         "jakka",
    "jakke",        "januari",    "jenter",      "jer",        "jestem",      "jestes",
    "jeudi",        "jj",         "joa",         "joi",        "jongens",     "jop",
    "joulukuu",     "jovok",      "jpp",         "jsem",       "jses",        "jsuis",
    "jte",          "jueves",     "juillet",     "juin",       "julius",      "junius",
    "jvais",        "kaikki",     "kalimera",    "kalinixta",  "kalos",       "kedd",
    "kesakuu",      "kesek",      "keskiviikko", "kesobb",     "kh",          "kiitoos",
    "kiltti",       "kjaere",     "kjempe",      "kl",         "kochani",     "kochanie",
    "kohta",        "kom",        "komme",       "kommer",     "kommt",       "komt",
    "kool",         "korridoren", "koszii",      "koukla",     "krass",       "kulta",
    "kveten",       "kwiecien",   "lads",        "lauantai",   "leden",       "leei",
    "leme",         "leuk",       "libera",      "libero",     "lidi",        "lieve",
    "lieverd",      "lipiec",     "listopad",    "llegas",     "llego",       "lmfao",
    "lmk",          "logo",       "lokakuu",     "lolz",       "lordag",      "ludzie",
    "lundi",        "lunedi",     "lunes",       "luty",       "luv",         "maaliskuu",
    "maanantai",    "maandag",    "maintenant",  "majo",       "majus",       "manda",
    "mandag",       "marcius",    "mardi",       "marraskuu",  "martedi",     "martes",
    "marti",        "martie",     "marzec",      "mayis",      "merciii",     "mercoledi",
    "mercredi",     "mesaj",      "meteen",      "meuf",       "miercoles",   "miercuri",
    "mindenki",     "mins",       "misin",       "misschien",  "mittwoch",    "mm",
    "moi",          "mondja",     "montag",      "morgens",    "morgn",       "most",
    "mowi",         "moze",       "mozesz",      "mrci",       "mrgn",        "msg",
    "msgs",         "msn",        "mtn",         "musait",     "mut",         "muzes",
    "myohassa",     "naber",      "nachher",     "nacht",      "nahaan",      "nahdaan",
    "nai",          "napisz",     "narazie",     "natuurlijk", "ne",          "nedele",
    "nej",          "nem",        "ngl",         "nie",        "niedziela",   "nm",
    "noiembrie",    "noklene",    "nooo",        "nos",        "nouvelle",    "novembre",
    "np",           "nu",         "nycklarna",   "nyt",        "obgd",        "obvs",
    "ocak",         "octobre",    "octombrie",   "ofc",        "oggi",        "ok",
    "olmaz",        "omw",        "onsdag",      "oon",        "ootko",       "oti",
    "ouai",         "ouaip",      "oxi",         "pa",         "paaseeko",    "paidia",
    "pame",         "patek",      "pazar",       "pazartesi",  "pazdziernik", "pcq",
    "peeps",        "pempti",     "pentek",      "perjantai",  "persembe",    "pf",
    "pfv",          "piatek",     "pic",         "pics",       "pk",          "pondeli",
    "poniedzialek", "porukka",    "potem",       "potom",      "pq",          "prijde",
    "prijdu",       "prob",       "probs",       "prosinec",   "ptit",        "ptite",
    "puss",         "qd",         "qq",          "quarta",     "querida",     "quinta",
    "raga",         "rdv",        "re",          "realy",      "recieve",     "rijen",
    "rn",           "rofl",       "rs",          "sagde",      "sager",       "sagt",
    "sambata",      "samedi",     "samstag",     "sana",       "sanoo",       "savvato",
    "says",         "schat",      "schatzi",     "scrie",      "scusa",       "scusate",
    "sedan",        "segunda",    "sei",         "seinere",    "senere",      "seperate",
    "septembre",    "septembrie", "serai",       "serais",     "sexta",       "shld",
    "siamo",        "sier",       "sierpien",    "siete",      "siger",       "simdi",
    "simera",       "sis",        "sit",         "sitten",     "skarbie",     "skat",
    "smh",          "snart",      "sobota",      "sondag",     "sonntag",     "sonra",
    "sooo",         "sorryy",     "sorryyy",     "sotis",      "soyledi",     "soyluyor",
    "spaeter",      "spater",     "sracok",      "sroda",      "srpen",       "stasera",
    "straks",       "streda",     "styczen",     "subat",      "suis",        "suna",
    "sunnuntai",    "sunt",       "syyskuu",     "szeptember", "szerda",      "szombat",
    "tackk",        "taky",       "tammikuu",    "tbh",        "tbm",         "temmuz",
    "tengo",        "tenho",      "tens",        "teraz",      "terca",       "tesoro",
    "tetarti",      "tha",        "thanxx",      "thks",       "thnks",       "tiene",
    "tienes",       "tiistai",    "tio",         "tirsdag",    "tisdag",      "tlm",
    "tmb",          "tmw",        "tnks",        "tnx",        "tommorow",    "tomorow",
    "tomoz",        "top",        "torsdag",     "torstai",    "toukokuu",    "tpt",
    "tqm",          "tranquilo",  "triti",       "trop",       "tt",          "ttyl",
    "ttys",         "tulee",      "tulen",       "tuun",       "tuurlijk",    "tvtb",
    "txt",          "typ",        "tysvm",       "tyvm",       "ugyes",       "unor",
    "untill",       "ur",         "utery",       "vagy",       "vagyok",      "vagyunk",
    "vamos",        "vanavond",   "vasarnap",    "vc",         "vcs",         "vemos",
    "vendredi",     "venerdi",    "vh",          "vid",        "viene",       "vient",
    "viernes",      "vii",        "vineri",      "visst",      "vllt",        "vlt",
    "vlw",          "volt",       "voy",         "vrijdag",    "vsichni",     "wbu",
    "wesh",         "wg",         "wgn",         "wich",       "wierd",       "wil",
    "wkend",        "wknd",       "wld",         "wochenende", "woensdag",    "wrzesien",
    "wszystkim",    "wtorek",     "wut",         "wyd",        "xche",        "xq",
    "yass",         "yassou",     "yay",         "ye",         "yess",        "yesss",
    "yh",           "zadzwon",    "zaraz",       "zaterdag",   "zegt",        "zice",
    "zlato",        "zo",         "zometeen",    "zondag",
};

static int cmp(const uint8_t *p, size_t n, const char *w)
{
    size_t m = strlen(w);
    int c = memcmp(p, w, n < m ? n : m);
    return c ? c : (n > m) - (n < m);
}

static int listed(const uint8_t *p, size_t n)
{
    size_t lo = 0, hi = sizeof chat_words / sizeof chat_words[0];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = cmp(p, n, chat_words[mid]);
        if (c == 0)
            return 1;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

int nw_typed56_chat_word(const uint8_t *p, size_t n)
{
    return n >= 2 && n <= 20 && (listed(p, n) || nw_typed52_chat_word(p, n));
}

/* Is t[a, e) one to five lower-case ASCII words with single spaces between? */
static int lower_words(const uint8_t *t, size_t a, size_t e)
{
    size_t words = 1;
    if (e - a > 64 || !(t[a] >= 'a' && t[a] <= 'z') || !(t[e - 1] >= 'a' && t[e - 1] <= 'z'))
        return 0;
    for (size_t i = a; i < e; i++) {
        if (t[i] == ' ') {
            if (t[i + 1] == ' ' || ++words > 5)
                return 0;
        } else if (!(t[i] >= 'a' && t[i] <= 'z')) {
            return 0;
        }
    }
    return 1;
}

/* The scanner's last emit link (arg: a struct nw_link, the next link nw_typed52_emit). */
int nw_typed56_emit(void *arg, int kind, size_t a, size_t e)
{
    struct nw_link *p = arg;
    if (kind == ANON_NAMES_PERSON && e > a && lower_words(p->t, a, e)) {
        const uint8_t *t = p->t;
        for (;;) { /* leading chat words */
            size_t w = a;
            while (w < e && t[w] != ' ')
                w++;
            if (!nw_typed56_chat_word(t + a, w - a))
                break;
            if (w == e)
                return 0; /* every word a chat word */
            a = w + 1;
        }
        for (;;) { /* trailing ones: a word is left before them */
            size_t w = e;
            while (w > a && t[w - 1] != ' ')
                w--;
            if (!nw_typed56_chat_word(t + w, e - w))
                break;
            e = w - 1;
        }
    }
    return p->emit(p->arg, kind, a, e);
}
