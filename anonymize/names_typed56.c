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
 *
 * The same chats introduce their writers by the name and an "I am"/"here" word on either side, at
 * a message's start: "anna vagyok", "marco sono", "jan hier", "soy lucia", "eimai o nikos",
 * "sunt irina". nw_typed56_intros() reads those frames at each line's start (after a time stamp,
 * a sender and a greeting) of a text typed all in lower case, and takes the word as a name when
 * the lexicon knows it as a given name, or when it is unknown, shaped like a name and no word.
 */
#include "anonymize/names_internal.h"
#include "anonymize/names_typed56.h"
#include "anonymize/names_ask57.h"

#include <string.h>

#include "anonymize/names.h"

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
    return n >= 2 && n <= 20 &&
           (listed(p, n) || nw_typed52_chat_word(p, n) || nw_ask57_address(p, n));
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

/* "I am" / "here" words after the name ("anna vagyok") and before it ("soy lucia"); a before
 * word may take an article ("eimai o nikos", "sou a rita"). */
static const char *const after_words[] = {"aici", "aqui", "burda",  "edo",  "here",  "hier",
                                          "ici",  "qui",  "taalla", "tady", "tassa", "vagyok"};
/* Pronouns, "I am" words, the words people are where a name stands in those frames ("ben
 * burda", "mina tassa", "otthon vagyok") and street words ("sunt aleea rozelor 153"). */
static const char *const not_names[] = {
    "aleea",  "beteg", "bulevardul", "calea", "calle",  "odos",   "piata",  "rua",  "rue",
    "strada", "ulica", "utca",       "via",   "ben",    "ernst",  "bent",   "biz",  "eu",
    "fent",   "han",   "hon",        "ich",   "itthon", "jag",    "keszen", "kint", "lui",
    "mina",   "moi",   "noi",        "nous",  "olen",   "ollaan", "otthon", "sen",  "sie",
    "sina",   "sono",  "toi",        "uton",  "voi",    "vous",   "wir"};
static const char *const before_words[] = {"eimai", "ich bin", "ik ben", "im",   "jestem", "jsem",
                                           "sono",  "sou",     "soy",    "sunt", "this is"};

static int word_is(const uint8_t *p, size_t n, const char *const *list, size_t k)
{
    for (size_t i = 0; i < k; i++)
        if (strlen(list[i]) == n && memcmp(p, list[i], n) == 0)
            return 1;
    return 0;
}

/* The end of the lower-case ASCII word at t[i] (i itself when none is there). */
static size_t word_end(const uint8_t *t, size_t i, size_t e)
{
    while (i < e && t[i] >= 'a' && t[i] <= 'z')
        i++;
    return i;
}

/* May t[a, b) be a writer's given name: a given name of the lexicon that is no English word, or
 * an unknown word of a name's shape unless known says the lexicon must know it; never a chat word.
 */
static int intro_name(const struct sc *s, size_t a, size_t b, int known)
{
    if (b - a < 3 || b - a > 14 || (b < s->len && s->t[b] >= 0x80) ||
        nw_typed56_chat_word(s->t + a, b - a))
        return 0;
    if (word_is(s->t + a, b - a, not_names, sizeof not_names / sizeof not_names[0]) ||
        word_is(s->t + a, b - a, after_words, sizeof after_words / sizeof after_words[0]))
        return 0;
    unsigned f = nw_lexicon_in(s->t, s->len, a, b);
    if (f & (ANON_NL_COMMON_EN | ANON_NL_COMMON))
        return (f & ANON_NL_GIVEN) && (f & ANON_NL_ATTESTED);
    if (f & (ANON_NL_GIVEN | ANON_NL_NAME))
        return 1;
    return !known && nw_name_shape(s->t + a, b - a) > 0;
}

/* Cues before a handle at a message's start; the handle may follow an '@'. */
static const struct {
    const char *w;
    size_t n;
} handle_cues[] = {{"add me ", 7},     {"discord ", 8}, {"dm ", 3},      {"fb ", 3},
                   {"fb: ", 4},        {"follow ", 7},  {"ig ", 3},      {"ig: ", 4},
                   {"insta ", 6},      {"insta: ", 7},  {"my @ is ", 8}, {"paypal ", 7},
                   {"paypal.me/", 10}, {"revolut ", 8}, {"snap ", 5},    {"snap: ", 6},
                   {"snapchat ", 9},   {"tg ", 3},      {"tiktok ", 7},  {"tiktok: ", 8},
                   {"venmo ", 6}};
/* The first letters of the cues: a bit per letter. */
#define CUE_FIRST                                                                                  \
    ((1u << ('a' - 'a')) | (1u << ('d' - 'a')) | (1u << ('f' - 'a')) | (1u << ('i' - 'a')) |       \
     (1u << ('m' - 'a')) | (1u << ('p' - 'a')) | (1u << ('r' - 'a')) | (1u << ('s' - 'a')) |       \
     (1u << ('t' - 'a')) | (1u << ('v' - 'a')))

static int cue_may(uint8_t c)
{
    return c >= 'a' && c <= 'z' && (CUE_FIRST >> (c - 'a') & 1);
}

/* An alphabetic part t[a, b) of a handle: its lexicon flags (0 when unknown). */
static unsigned part_flags(const uint8_t *t, size_t len, size_t a, size_t b)
{
    return b - a >= 2 ? nw_lexicon_in(t, len, a, b) : 0;
}

/* Is the handle t[a, b) ("anna.keller", "maja_m", "frederikholm", "ines.m") a person's: its first
 * part a given name (or two parts shaped like names, or a given name glued to a name-shaped rest),
 * and no part an ordinary word ("pizza.lover", "green.thumb", "clay.works")? */
static int name_handle(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    size_t pa[4], pe[4], np = 0;
    for (size_t i = a; i < b;) {
        while (i < b && !(t[i] >= 'a' && t[i] <= 'z'))
            i++;
        size_t j = word_end(t, i, b);
        if (j > i) {
            if (np == 4)
                return 0;
            pa[np] = i;
            pe[np++] = j;
        }
        i = j;
    }
    if (!np || pe[0] - pa[0] < 3 || nw_typed56_chat_word(t + pa[0], pe[0] - pa[0]))
        return 0;
    for (size_t k = 0; k < np; k++) {
        unsigned f = pe[k] - pa[k] >= 3 ? part_flags(t, s->len, pa[k], pe[k]) : 0;
        if ((f & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) &&
            !((f & ANON_NL_GIVEN) && (f & ANON_NL_ATTESTED)))
            return 0;
        if (k && !f && pe[k] - pa[k] >= 3 && nw_name_shape(t + pa[k], pe[k] - pa[k]) <= 0)
            return 0; /* "sunny_days": a word the lexicon does not list */
    }
    size_t words = 0; /* parts that are ordinary words too: "sunny_days" */
    for (size_t k = 0; k < np; k++)
        words += pe[k] - pa[k] >= 3 &&
                 (part_flags(t, s->len, pa[k], pe[k]) & (ANON_NL_COMMON_EN | ANON_NL_COMMON));
    if (np >= 2 && words == np)
        return 0;
    unsigned f = part_flags(t, s->len, pa[0], pe[0]);
    size_t n1 = np >= 2 ? pe[1] - pa[1] : 0;      /* the second part's length */
    if (f & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) /* "sunny_days": a word, unless a name follows */
        return np == 1 || n1 == 1 || (part_flags(t, s->len, pa[1], pe[1]) & ANON_NL_NAME);
    if (f & (ANON_NL_GIVEN | ANON_NL_NAME))
        return 1;
    if (np >= 2)
        return nw_name_shape(t + pa[0], pe[0] - pa[0]) > 0 &&
               (n1 == 1 || nw_name_shape(t + pa[1], n1) > 0);
    for (size_t k = pe[0] - pa[0] >= 7 ? pe[0] - pa[0] - 3 : 0; k >= 3; k--) {
        unsigned g = part_flags(t, s->len, pa[0], pa[0] + k);
        unsigned r = part_flags(t, s->len, pa[0] + k, pe[0]);
        if ((g & ANON_NL_GIVEN) && !(g & ANON_NL_COMMON_EN) &&
            ((r & ANON_NL_NAME) ||
             (k >= 4 && !r && nw_name_shape(t + pa[0] + k, pe[0] - pa[0] - k) > 0)))
            return 1; /* "frederikholm", "piasteffens" */
    }
    return 0;
}

/* The handle that starts at t[h] (on a line ending at e): emitted when it names a person. */
static int handle_at(struct sc *s, size_t h, size_t e)
{
    const uint8_t *t = s->t;
    size_t b = h;
    while (b < e && ((t[b] >= 'a' && t[b] <= 'z') || (t[b] >= '0' && t[b] <= '9') || t[b] == '.' ||
                     t[b] == '_' || t[b] == '-'))
        b++;
    if (b < e && t[b] != ' ' && t[b] != '\r' && t[b] != '!' && t[b] != ',' && t[b] != ')')
        return 0; /* an address, a capital, a URL */
    while (b > h && (t[b - 1] == '.' || t[b - 1] == '_' || t[b - 1] == '-'))
        b--;
    if (b - h < 3 || b - h > 40 || !(t[h] >= 'a' && t[h] <= 'z') || !name_handle(s, h, b))
        return 0;
    return s->emit(s->arg, ANON_NAMES_PERSON, h, b);
}

/* A message's handles: after a cue at its start t[i], and after an '@' that opens a word. */
static int line_handles(struct sc *s, size_t i, size_t e, int ats)
{
    const uint8_t *t = s->t;
    int rc;
    for (size_t k = 0; cue_may(t[i]) && k < sizeof handle_cues / sizeof handle_cues[0]; k++) {
        size_t n = handle_cues[k].n;
        if (e - i > n && t[i] == (uint8_t)handle_cues[k].w[0] &&
            memcmp(t + i, handle_cues[k].w, n) == 0) {
            if (t[i + n] != '@' && (rc = handle_at(s, i + n, e)) < 0)
                return rc;
            break;
        }
    }
    for (const uint8_t *p = ats ? memchr(t + i, '@', e - i) : NULL; p;
         p = memchr(p + 1, '@', e - (size_t)(p + 1 - t))) {
        size_t at = (size_t)(p - t);
        if (at + 1 >= e)
            break;
        if ((at == i || t[at - 1] == ' ' || t[at - 1] == ':') && (rc = handle_at(s, at + 1, e)) < 0)
            return rc;
    }
    return 0;
}

/* Is p[0 .. n) a word of the frames above (a first word of the two-word ones)? By length and
 * first byte before any comparison: most lines' first words are none. */
static int frame_word(const uint8_t *p, size_t n)
{
    static const char *const by_len[7][6] = {{0},
                                             {0},
                                             {"im", "ik"},
                                             {"ici", "qui", "edo", "sou", "soy", "ich"},
                                             {"aici", "aqui", "here", "hier", "jsem", "sono"},
                                             {"burda", "eimai", "tassa", 0},
                                             {"jestem", "taalla", "vagyok", 0}};
    if (n < 2 || n > 6)
        return 0;
    for (int k = 0; k < 6 && by_len[n][k]; k++)
        if (p[0] == (uint8_t)by_len[n][k][0] && memcmp(p, by_len[n][k], n) == 0)
            return 1;
    return n == 4 &&
           (memcmp(p, "sunt", 4) == 0 || memcmp(p, "tady", 4) == 0 || memcmp(p, "this", 4) == 0);
}

/* One line's start t[i, e): the frames above. */
static int line_intro(struct sc *s, size_t i, size_t e)
{
    const uint8_t *t = s->t;
    if (i < e && t[i] == '[') { /* "[12:03] " */
        size_t j = i + 1;
        while (j < e && j < i + 12 && t[j] != ']')
            j++;
        if (j >= e || t[j] != ']')
            return 0;
        i = j + 1;
        while (i < e && t[i] == ' ')
            i++;
    }
    size_t w = word_end(t, i, e);
    int rc = 0, sender = w > i && w + 1 < e && t[w] == ':' && t[w + 1] == ' ';
    int ats = 0, frame = 0;
    for (size_t j = sender ? w + 2 : i, words = 0; j < e && words < 5; words++) {
        size_t je = word_end(t, j, e); /* the first words: an '@', a frame word */
        frame |= frame_word(t + j, je - j);
        while (je < e && !(t[je] >= 'a' && t[je] <= 'z')) {
            ats |= t[je] == '@';
            je++;
        }
        j = je;
    }
    if (sender) { /* a sender, or a cue "ig: " */
        if (cue_may(t[i]) && (rc = line_handles(s, i, e, 0)) < 0)
            return rc;
        i = w + 2;
    }
    if ((ats || (i < e && cue_may(t[i]))) && (rc = line_handles(s, i, e, ats)) < 0)
        return rc;
    if (!frame || e - i > 100)
        return 0;                 /* an intro is a short message with its frame word */
    for (int k = 0; k < 2; k++) { /* a greeting or two: "hey! ", "szia, " */
        w = word_end(t, i, e);
        if (w == i || !nw_typed56_chat_word(t + i, w - i) ||
            word_is(t + i, w - i, before_words, sizeof before_words / sizeof before_words[0]))
            break;
        size_t j = w;
        while (j < e && (t[j] == '!' || t[j] == ',' || t[j] == ' '))
            j++;
        if (j == w || j >= e)
            break;
        i = j;
    }
    w = word_end(t, i, e);
    if (w == i || w >= e || t[w] != ' ')
        return 0;
    size_t n2 = w + 1, w2 = word_end(t, n2, e);
    if (w2 == n2 ||
        (w2 < e && t[w2] != ' ' && t[w2] != ',' && t[w2] != '!' && t[w2] != '.' && t[w2] != '\r'))
        return 0;
    if (word_is(t + n2, w2 - n2, after_words, sizeof after_words / sizeof after_words[0]) &&
        intro_name(s, i, w, 0))
        return s->emit(s->arg, ANON_NAMES_PERSON, i, w);
    const size_t nb = sizeof before_words / sizeof before_words[0];
    if (w2 + 1 < e && t[w2] == ' ' && word_is(t + i, w2 - i, before_words, nb)) {
        n2 = w2 + 1; /* "ich bin", "ik ben", "this is" */
        w2 = word_end(t, n2, e);
    } else if (!word_is(t + i, w - i, before_words, nb)) {
        return 0;
    }
    int article = 0; /* an unknown word after "I am" is a word ("sunt acasa") but after its
                      * article ("eimai o nikos", "sou a rita") */
    if (w2 + 2 < e && w2 - n2 == 1 && (t[n2] == 'o' || t[n2] == 'i' || t[n2] == 'a') &&
        t[w2] == ' ') {
        n2 = w2 + 1;
        w2 = word_end(t, n2, e);
        article = 1;
    }
    if (w2 == n2 || (w2 < e && t[w2] != ' ' && t[w2] != ',' && t[w2] != '!' && t[w2] != '.' &&
                     t[w2] != '\r' && t[w2] != '\n'))
        return 0;
    return intro_name(s, n2, w2, !article) ? s->emit(s->arg, ANON_NAMES_PERSON, n2, w2) : 0;
}

/* May line t[ls, le) be a chat message of the frames above: short, opened by a lower-case
 * letter, a time stamp's '[' or an '@'? */
static int chat_line(const uint8_t *t, size_t ls, size_t le)
{
    return le - ls <= 160 && ((t[ls] >= 'a' && t[ls] <= 'z') || t[ls] == '[' || t[ls] == '@');
}

int nw_typed56_intros(struct sc *s)
{
    struct nw_lines *l = nw_lines_of(s); /* the line ends, found once for every pass */
    size_t ls = 0, lines = 0, chat = 0;
    struct nw_ask57_senders st = {0};
    for (size_t k = 0; ls < s->len; k++) { /* a chat: two such lines at least, half of them */
        size_t le = nw_line_at(l, s, k, ls);
        lines += le > ls;
        if (le > ls && chat_line(s->t, ls, le)) {
            chat++;
            if (s->t[ls] >= 'a') /* names_ask57.c: "elsie: sry m8" */
                nw_ask57_sender(s->t, ls, le, &st);
        }
        ls = le + 1;
    }
    if (chat < 2 || 2 * chat < lines)
        return 0;
    ls = 0;
    for (size_t k = 0; ls < s->len; k++) {
        size_t le = nw_line_at(l, s, k, ls);
        if (le > ls && chat_line(s->t, ls, le)) {
            int rc = line_intro(s, ls, le);
            if (rc < 0)
                return rc;
        }
        ls = le + 1;
    }
    return nw_ask57_sender_chat(&st, lines) ? 2 : 1;
}
