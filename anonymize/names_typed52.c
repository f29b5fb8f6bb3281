/* names_typed52.c: the words of phone-typed chat that the lower-case chat rules must not take
 * for names (branch typed52, contrib/bench/accuracy/notes/typed52.md).
 *
 * In phone chat a greeting, a thanks or "ok" stands before the next word whatever it is: "hi
 * akkor", "thx koszi", "ok fedt", "[12:03] jo: tamam". The chat rules (names_chatlog.c's
 * greetings, names_chat.c's "ok"/"ask"/"think" cue and its speakers) take a lower-case word there
 * when no lexicon knows it as an ordinary word, and the lexicon's ordinary words are English and
 * the larger languages' written words: the replies, thanks, greetings and shorthand that people
 * type in 17 languages are unknown to it and shaped like names, and once taken every copy of
 * the word in the request goes with it. This list holds those words, ASCII without diacritics
 * as typed (a word with diacritics is no lower-case chat name's shape anyway); no word in it is
 * also a given name ("jo", "dale", "ola", "hadi", "sal", "luz" are left out). It is asked only
 * where a chat rule already stands at a word: no pass of its own.
 */
#include "anonymize/names_internal.h"
#include "anonymize/names_asr.h"

#include <string.h>

static const char *const chat_words[] = {
    "absolut",      "again",     "ahoj",       "ahora",       "aight",      "akkor",
    "alles",        "alright",   "amanha",     "amazing",     "asap",       "assa",
    "asszem",       "awesome",   "aynen",      "babe",        "baci",       "bacio",
    "bcp",          "bedankt",   "beijinhos",  "beijos",      "bene",       "benissimo",
    "besitos",      "besos",     "bine",       "bises",       "bisou",      "bisous",
    "bitte",        "bizz",      "bjr",        "bjs",         "blz",        "boas",
    "bocsi",        "bra",       "brill",      "brilliant",   "bsr",        "bss",
    "btw",          "buenas",    "bueno",      "buonasera",   "buongiorno", "bzw",
    "canim",        "carrement", "cau",        "certo",       "cheers",     "chicos",
    "ciao",         "ciaoo",     "claro",      "cmq",         "cnm",        "combinado",
    "coucou",       "csa",       "csao",       "cya",         "czesc",      "daccord",
    "dank",         "danke",     "dankeschon", "dankesehr",   "dankje",     "dankjewel",
    "dankuwel",     "deci",      "dekuji",     "dekuju",      "demain",     "diky",
    "dneska",       "dobre",     "dobrze",     "doeg",        "doei",       "domani",
    "dsl",          "dunno",     "dzieki",     "dzieks",      "dziekuje",   "dzisiaj",
    "dzk",          "esatto",    "eyvallah",   "eyw",         "fab",        "fabulous",
    "fedt",         "fint",      "fixe",       "flott",       "folks",      "forresten",
    "gata",         "genau",     "genial",     "gente",       "gern",       "gerne",
    "gleich",       "glg",       "godt",       "goed",        "gonna",      "gotcha",
    "gotit",        "gotta",     "gracias",    "grave",       "grax",       "grazie",
    "greit",        "groet",     "groetjes",   "grx",         "grymt",      "grz",
    "guay",         "guys",      "gwn",        "haha",        "hali",       "halla",
    "hallais",      "hallo",     "hdl",        "hee",         "hehe",       "hei",
    "heisann",      "hejka",     "hejsa",      "hejsan",      "helemaal",   "helo",
    "heute",        "hihi",      "hoi",        "hola",        "holaa",      "holnap",
    "huhu",         "hun",       "hunny",      "huomenna",    "hvj",        "hyggeligt",
    "hyva",         "iaf",       "iallfall",   "idd",         "igen",       "imorgen",
    "imorgon",      "imorn",     "indeed",     "innit",       "iyi",        "jaa",
    "jaja",         "jajaja",    "jap",        "jasne",       "jattebra",   "jawel",
    "jeje",         "joo",       "jsp",        "jup",         "jutro",      "juu",
    "kanka",        "kiitoksia", "kiitos",     "kiitti",      "kinda",      "kiva",
    "kk",           "kkk",       "kkkk",       "klar",        "klart",      "klem",
    "kosz",         "koszi",     "koszike",    "koszonom",    "kram",       "kramar",
    "later",        "laters",    "legend",     "lekker",      "lemme",      "leute",
    "lg",           "lige",      "listo",      "lmao",        "lol",        "lovely",
    "luego",        "maine",     "manana",     "mci",         "mdr",        "merci",
    "merhaba",      "mersi",     "mersii",     "mfg",         "moikka",     "moin",
    "mola",         "mooi",      "morgen",     "moro",        "mrb",        "mrc",
    "mrkni",        "msm",       "mss",        "multumesc",   "mvh",        "nagyon",
    "nah",          "naon",      "nazdar",     "nbr",         "neata",      "nee",
    "nope",         "noted",     "nush",       "nvm",         "nwm",        "obg",
    "obrigada",     "obrigado",  "okay",       "oke",         "okei",       "okej",
    "okes",         "okey",      "okidoki",    "okie",        "okk",        "olur",
    "omg",          "osv",       "otimo",      "ottimo",      "ouais",      "oui",
    "oye",          "parfait",   "passt",      "peki",        "perfe",      "perfect",
    "perfecto",     "perfeito",  "perfekt",    "perfetto",    "persze",     "pessoal",
    "pls",          "plz",       "pohoda",     "porfa",       "pozdro",     "prachtig",
    "precis",       "prego",     "presne",     "prima",       "ptdr",       "pup",
    "pupici",       "pusz",      "puszi",      "pzdr",        "qnd",        "ragazzi",
    "rendben",      "sagol",     "sagolun",    "salut",       "selam",      "selva",
    "selvfolgelig", "servus",    "siema",      "sigur",       "sjalvklart", "slm",
    "slt",          "soon",      "sopii",      "sori",        "sorki",      "sorry",
    "sorted",       "sory",      "soz",        "spoko",       "sry",        "stimmt",
    "stp",          "super",     "supert",     "sure",        "svp",        "sws",
    "szal",         "szia",      "sziasztok",  "szuper",      "tabi",       "tabii",
    "tack",         "tackar",    "tak",        "takk",        "tamam",      "tanaan",
    "tb",           "terve",     "tesekkur",   "tesekkurler", "thanku",     "thankyou",
    "thanx",        "thnx",      "tja",        "tjena",       "tkt",        "tlgd",
    "tmm",          "tmr",       "tmrw",       "toll",        "tonight",    "tonite",
    "topp",         "toppen",    "tranqui",    "tranquille",  "tschau",     "tschuss",
    "tsk",          "tusen",     "tusind",     "tutti",       "tvb",        "tysm",
    "ugye",         "vabbe",     "vale",       "valeu",       "venga",      "vg",
    "vielen",       "voila",     "wanna",      "wgl",         "witam",      "wss",
    "xfa",          "xke",       "xoxo",       "yarin",       "yea",        "yeah",
    "yep",          "yup",       "zdravim",    "zgoda",       "zitra",      "zusammen",
};

static int cmp(const uint8_t *p, size_t n, const char *w)
{
    size_t m = strlen(w);
    int c = memcmp(p, w, n < m ? n : m);
    return c ? c : (n > m) - (n < m);
}

int nw_typed52_chat_word(const uint8_t *p, size_t n)
{
    if (n < 2 || n > 20)
        return 0;
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

/* The scanner's last emit link (arg: a struct nw_link): a PERSON finding that is one lower-case
 * word of the list is dropped, whichever rule took it (the raised copy of a lower-case text reads
 * "Ask Akkor", "Ping Koszi" like names). A name with a capital is left to the rules. */
int nw_typed52_emit(void *arg, int kind, size_t a, size_t e)
{
    struct nw_link *p = arg;
    if (kind == ANON_NAMES_PERSON && e > a && e - a <= 20 && p->t[a] >= 'a' && p->t[a] <= 'z') {
        size_t i = a + 1;
        while (i < e && p->t[i] >= 'a' && p->t[i] <= 'z')
            i++;
        if (i == e && nw_typed52_chat_word(p->t + a, e - a))
            return 0;
    }
    if (kind == ANON_NAMES_PERSON && e > a && p->t[a] >= 'a' && p->t[a] <= 'z' &&
        nw_noisy56_not_person(p->t, a, e))
        return 0; /* noisy56: "hey google", "komma" */
    return p->emit(p->arg, kind, a, e);
}
