/* names_sms57.c: people and births in SMS shorthand (branch voice57,
 * contrib/bench/accuracy/notes/voice57.md). A thread of texts pasted under an ask is typed in
 * lower case with the shorthand of its language around the writer's or another's name: after an
 * apology, thanks or an "it's" word ("sry anna here", "thx anna c u", "hej det e anna", "geia
 * eimai o nikos"), after "tell" with its conjunction ("powiedz anna ze", "dile a anna q"), before
 * a "here" word ("anna her, passer torsdag?") and alone after a kiss at the message's end
 * ("bisous anna"); births follow the birthday words' shorthand ("bday 3.4.88", "cumple 9 de marzo
 * 1947", "fyller år 12/6/92", "ur. 11/08/1973", "γενέθλια 14.3.09").
 * The one thing to know: a text is read only when two of its lines are short messages that open
 * in lower case (after a clock stamp, a quote mark or a one-word sender); a name must be a name of
 * the lexicon or an unknown word shaped like one, never a common or chat word or a word of
 * address ("thx mate c u", "powiedz mamie ze"); a birth is a whole date with a past year right
 * after the birthday word (a party's, an appointment's date has no birthday word before it). */
#include "anonymize/names_internal.h"
#include "anonymize/names_sms57.h"
#include "anonymize/names_typed56.h"

#include <pthread.h>
#include <string.h>

#include "anonymize/names.h"

/* Openings after which a name follows: apologies, thanks, "it's", "tell ... that", in 17
 * languages (a greeting before them is skipped). */
static const char *const leads[] = {
    "sry",      "sorry",    "soz",         "thx",        "thanks",  "ty",       "its",
    "it's",     "this is",  "pls tell",    "tell",       "ask",     "danke",    "sag",
    "hier is",  "hier ist", "dsl",         "merci",      "c",       "c'est",    "dis a",
    "dis à",    "thnx",     "bedankt",     "zeg tegen",  "met",     "perdona",  "gracias",
    "dile a",   "soy",      "scusa",       "grz",        "grazie",  "sono",     "di a",
    "desculpa", "obg",      "obrigado",    "obrigada",   "e o",     "é o",      "sou a",
    "sou o",    "diz a",    "diz ao",      "sorki",      "dzieki",  "dzięki",   "tu",
    "powiedz",  "tack",     "säg till",    "det e",      "det är",  "tak",      "sig til",
    "det er",   "takk",     "si til",      "sori",       "kiitti",  "kiitos",   "täs",
    "moi täs",  "diky",     "díky",        "rekni",      "řekni",   "tady",     "bocs",
    "koszi",    "köszi",    "itt",         "pardon ben", "sagol",   "sağol",    "scuze",
    "mersi",    "sunt",     "spune-i lui", "efxaristo",  "eimai o", "eimai i",  "pes ston",
    "pes stin", "συγγνώμη", "ευχαριστώ",   "είμαι ο",    "είμαι η", "πες στον", "πες στην",
    "ben"};

/* Leads that say "it is" or "here is": a word after them is a name only before a tail word
 * ("det er sol", "c claire, merci" say the weather and "it's clear"). */
static const char *const copulas[] = {
    "its",     "it's",     "this is", "c",       "c'est",   "det e",   "det er",  "det är", "sunt",
    "sono",    "soy",      "e o",     "é o",     "met",     "tu",      "tady",    "itt",    "täs",
    "hier is", "hier ist", "eimai o", "eimai i", "είμαι ο", "είμαι η", "moi täs", "ben"};

/* Words that may follow such a name: "here", "see you", a conjunction, a preposition. */
static const char *const tails[] = {
    "here",   "hier", "ici",    "qui",     "aqui",   "aquí",  "tu",    "här", "her",  "täs",
    "täällä", "tady", "itt",    "burda",   "aici",   "edo",   "εδώ",   "btw", "re",   "from",
    "c",      "cu",   "see",    "bis",     "a",      "à",     "tot",   "nos", "ate",  "até",
    "do",     "ses",  "nähään", "zitra",   "holnap", "yarin", "yarın", "ne",  "τα",   "ke",
    "q",      "que",  "dass",   "dat",     "ze",     "że",    "att",   "at",  "et",   "hogy",
    "ca",     "că",   "oti",    "ότι",     "im",     "x",     "xx",    "for", "pour", "per",
    "ang",    "wg",   "ivm",    "sobre",   "kvuli",  "w",     "pt",    "gia", "για",  "z",
    "til",    "to",   "vagyok", "ta leme", "τα λέμε"};

/* Words said after a name at a message's start: the writer is "here". */
static const char *const heres[] = {"here", "hier",  "ici",  "qui", "aqui",   "aquí",
                                    "tu",   "här",   "her",  "täs", "täällä", "tady",
                                    "itt",  "burda", "aici", "edo", "εδώ",    "vagyok"};

/* Kisses and greetings that end a message with its writer's name ("bisous anna"). */
static const char *const kisses[] = {
    "bisous", "bises", "besos",    "baci",    "bjs",      "beijos", "kram",  "knus",   "klem",
    "lg",     "glg",   "groetjes", "pozdro",  "terkuin",  "pa",     "puszi", "pupici", "filia",
    "φιλιά",  "hugs",  "cheers",   "abrazos", "opuyorum", "xoxo",   "cya"};

/* Greetings that may open a message before the frames. */
static const char *const greets[] = {"hi",    "hey",   "hej",    "hei",  "hoi",  "hee",   "hola",
                                     "ciao",  "ola",   "olá",    "oi",   "slt",  "salut", "coucou",
                                     "czesc", "cześć", "moi",    "ahoj", "szia", "hali",  "merhaba",
                                     "selam", "buna",  "bună",   "geia", "γεια", "ey",    "ehi",
                                     "hallo", "ok",    "ok cool"};

/* Words of address, relations and groups where a name could stand ("thx mate", "tell mum"). */
static const char *const address[] = {
    "mum",      "mom",     "dad",    "mam",     "mama",   "mamma",   "maman",    "mamie",
    "mami",     "mae",     "mãe",    "anne",    "anya",   "mor",     "far",      "papa",
    "babe",     "bae",     "hun",    "hon",     "love",   "luv",     "mate",     "bro",
    "sis",      "doc",     "doctor", "dottore", "doutor", "dokter",  "doktor",   "doktorn",
    "docteur",  "giatre",  "γιατρέ", "tesoro",  "amor",   "amore",   "chéri",    "cheri",
    "chérie",   "schatz",  "schat",  "skat",    "draga",  "agapi",   "αγάπη",    "querida",
    "querido",  "guapa",   "guapo",  "bella",   "bello",  "gumman",  "vennen",   "all",
    "everyone", "guys",    "alle",   "todos",   "tutti",  "pessoal", "malta",    "ragazzi",
    "chicos",   "leute",   "drenge", "grabbar", "kluci",  "baieti",  "paidia",   "παιδιά",
    "herkes",   "toti",    "vsem",   "olous",   "όλους",  "όλοι",    "oloi",     "mamie",
    "mamy",     "mamu",    "μαμά",   "chef",    "süße",   "pane",    "domnule",  "panu",
    "ekipie",   "ekipa",   "tlm",    "les",     "ma",     "mon",     "mein",     "meine",
    "my",       "the",     "le",     "la",      "el",     "il",      "de",       "tohtori",
    "äiti",     "isä",     "srácok", "abi",     "abla",   "tía",     "tio",      "tío",
    "tia",      "nonna",   "nonno",  "oma",     "opa",    "mormor",  "farmor",   "babcia",
    "dziadek",  "babi",    "deda",   "mamá",    "papá",   "mamãe",   "bunica",   "yiayia",
    "giagia",   "teta",    "ciocia", "wujek",   "tante",  "onkel",   "zia",      "zio",
    "doamna",   "kanka",   "hoca",   "nene",    "dede",   "alexa",   "siri",     "google",
    "cortana",  "bixby",   "quoi",   "what",    "who",    "was",     "wer",      "same",
    "que",      "qui",     "quem",   "kto",     "kim",    "kdo",     "ki",       "vem",
    "hvem",     "kuka",    "cine",   "poios",   "alla",   "allihop", "allemaal", "iedereen",
    "tothom",   "kaikille"};

/* Birthday words as texted, each right before the date. */
static const char *const births[] = {"bday",
                                     "b-day",
                                     "birthday",
                                     "dob",
                                     "d.o.b",
                                     "d.o.b.",
                                     "geb",
                                     "geb.",
                                     "geb.datum",
                                     "geburtstag",
                                     "anniv",
                                     "ddn",
                                     "date de naiss",
                                     "né le",
                                     "née le",
                                     "geboren op",
                                     "verjaardag",
                                     "geboortedatum",
                                     "cumple",
                                     "nacio el",
                                     "nació el",
                                     "fecha de nac",
                                     "f. nac.",
                                     "compleanno",
                                     "compl",
                                     "nato il",
                                     "nata il",
                                     "data di nascita",
                                     "d.n.",
                                     "aniver",
                                     "aniversário",
                                     "nasceu a",
                                     "data de nasc",
                                     "data nasc",
                                     "dn",
                                     "urodziny",
                                     "ur.",
                                     "data ur",
                                     "urodzona",
                                     "urodzony",
                                     "data urodz.",
                                     "fyller år",
                                     "född",
                                     "födelsedag",
                                     "födelsedatum",
                                     "fødselsdag",
                                     "født",
                                     "fylder år",
                                     "fødselsdato",
                                     "fødselsdato:",
                                     "bursdag",
                                     "f.dato",
                                     "synttärit",
                                     "syntynyt",
                                     "synt.",
                                     "syntymäpäivä",
                                     "s.",
                                     "narozky",
                                     "narozeniny",
                                     "nar.",
                                     "narozena",
                                     "narozen",
                                     "datum nar",
                                     "dat. nar.",
                                     "szulinap",
                                     "szülinap",
                                     "szul.",
                                     "szül.",
                                     "szül",
                                     "szuletett",
                                     "született",
                                     "szuletesi datum",
                                     "születési dátum",
                                     "dogum gunu",
                                     "doğum günü",
                                     "dg",
                                     "dogum tarihi",
                                     "doğum tarihi",
                                     "dogum tarihim",
                                     "d.t.",
                                     "ziua mea e pe",
                                     "nascut pe",
                                     "născut pe",
                                     "zi de nastere",
                                     "data nasterii",
                                     "data n.",
                                     "genethlia",
                                     "genethlia mou",
                                     "ta genethlia mou",
                                     "gennithike",
                                     "im. gennisis",
                                     "imerominia gennisis",
                                     "γενέθλια",
                                     "γενέθλιά μου",
                                     "τα γενέθλιά μου",
                                     "γεννήθηκε",
                                     "ημ. γέννησης"};

/* Short words between a birthday word and its date ("my bday is 3.4.88", "mi cumple es el"). */
static const char *const fillers[] = {"is", "es",  "el",  "e",   "pe", "c",  "é",  "on", "am", "le",
                                      "il", "was", "era", "ist", "er", "är", "je", "op", "den"};

#define N57(a) (sizeof(a) / sizeof((a)[0]))

static int lower_ascii(uint8_t c)
{
    return c >= 'a' && c <= 'z';
}

/* A letter of a word as texted: ASCII letters, UTF-8 bytes, an apostrophe or hyphen inside. */
static int letter(uint8_t c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : c >= 0x80 && c < 0xE0; /* no emoji */
}

static size_t word_end(const uint8_t *t, size_t i, size_t e)
{
    while (i < e && (letter(t[i]) || ((t[i] == '\'' || t[i] == '-') && i + 1 < e &&
                                      letter(t[i + 1]) && i > 0 && letter(t[i - 1]))))
        i++;
    return i;
}

/* Does phrase ph stand at t[i] (ASCII case folded) and end a word there? Its end, or 0. */
static size_t phrase_at(const uint8_t *t, size_t i, size_t e, const char *ph)
{
    size_t n = strlen(ph);
    if (n > e - i)
        return 0;
    for (size_t k = 0; k < n; k++) {
        uint8_t c = t[i + k];
        if ((c >= 'A' && c <= 'Z' ? c | 0x20 : c) != (uint8_t)ph[k])
            return 0;
    }
    if (i + n < e && (letter(t[i + n]) || (t[i + n] >= '0' && t[i + n] <= '9')) &&
        letter((uint8_t)ph[n - 1]))
        return 0;
    return i + n;
}

/* The lists' first bytes, a bit per list: most words open no phrase of any list. */
enum { L_GREET = 1, L_LEAD = 2, L_KISS = 4, L_HERE = 8, L_BIRTH = 16, L_TAIL = 32, L_ADDR = 64 };
static uint8_t first[256];
static pthread_once_t first_once = PTHREAD_ONCE_INIT;

static void mark(const char *const *l, size_t n, uint8_t bit)
{
    for (size_t k = 0; k < n; k++)
        first[(uint8_t)l[k][0]] |= bit;
}

static void first_init(void)
{
    mark(greets, N57(greets), L_GREET);
    mark(leads, N57(leads), L_LEAD);
    mark(kisses, N57(kisses), L_KISS);
    mark(heres, N57(heres), L_HERE);
    mark(births, N57(births), L_BIRTH);
    mark(tails, N57(tails), L_TAIL);
    mark(address, N57(address), L_ADDR);
}

/* The longest phrase of l (whose first bytes carry bit) at t[i]: its end, or 0. */
static size_t any_at(const uint8_t *t, size_t i, size_t e, const char *const *l, size_t n,
                     uint8_t bit)
{
    if (i >= e)
        return 0;
    uint8_t c = t[i] >= 'A' && t[i] <= 'Z' ? t[i] | 0x20 : t[i];
    size_t best = 0, k;
    if (bit && !(first[c] & bit))
        return 0;
    for (size_t j = 0; j < n; j++)
        if ((uint8_t)l[j][0] == c && (k = phrase_at(t, i, e, l[j])) > best)
            best = k;
    return best;
}

static size_t skip_sp(const uint8_t *t, size_t i, size_t e)
{
    while (i < e && (t[i] == ' ' || t[i] == ',' || t[i] == '!' || t[i] == ':'))
        i++;
    return i;
}

/* Where the message of line t[i, e) starts: after a clock stamp ("10:43 ", "[10:43] "), a
 * quote or list mark ("> ", "- ") and a one-word sender ("me: "). */
static size_t msg_start(const uint8_t *t, size_t i, size_t e)
{
    if (i < e && t[i] == '[') {
        const uint8_t *c = memchr(t + i, ']', e - i < 24 ? e - i : 24);
        i = c ? (size_t)(c - t) + 1 : i;
        i += i < e && t[i] == ' ';
    } else {
        size_t j = i;
        while (j < e && j - i < 5 && ((t[j] >= '0' && t[j] <= '9') || t[j] == ':' || t[j] == '.'))
            j++;
        if (j > i + 3 && j < e && t[j] == ' ' && t[i + 1 + (t[i + 1] != ':')] == ':')
            i = j + 1;
    }
    while (i + 1 < e && (t[i] == '>' || t[i] == '-') && t[i + 1] == ' ')
        i += 2; /* a quote or list mark; an indented line is code, not a message */
    size_t w = word_end(t, i, e - i > 14 ? i + 14 : e); /* a one-word sender: "me: " */
    if (w > i && w - i <= 12 && w + 1 < e && t[w] == ':' && t[w + 1] == ' ')
        i = w + 2;
    return i;
}

/* How far t[a, b) may be a person's name as texted: 0 never (a common, chat or question word,
 * a word of address or an assistant, a number), 2 vouched for (a name of the lexicon that is no
 * common word or a well-attested one, a word opening with a capital), 1 an unknown word, -1 a
 * common word the lexicon also lists as a given name ("poppy", "sol": a frame's tail must
 * follow). */
static int name_word(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    if (b - a < 2 || b - a > 24 || any_at(t, a, b, address, N57(address), L_ADDR) == b ||
        any_at(t, a, b, tails, N57(tails), L_TAIL) == b ||
        any_at(t, a, b, greets, N57(greets), L_GREET) == b)
        return 0;
    int lower = 1, ascii = 1;
    for (size_t k = a; k < b; k++) {
        lower &= !(t[k] >= 'A' && t[k] <= 'Z');
        ascii &= t[k] < 0x80;
    }
    if (lower && ascii &&
        (nw_typed56_chat_word(t + a, b - a) || nw_typed52_chat_word(t + a, b - a)))
        return 0;
    unsigned f = nw_lexicon_in(t, s->len, a, b);
    if (f & (ANON_NL_COMMON_EN | ANON_NL_COMMON))
        return !(f & ANON_NL_GIVEN) ? 0 : (f & ANON_NL_ATTESTED) ? 2 : -1;
    if (f & (ANON_NL_GIVEN | ANON_NL_NAME))
        return 2;
    int cap = t[a] >= 'A' && t[a] <= 'Z' && b - a >= 3 && t[a + 1] >= 'a' && t[a + 1] <= 'z';
    return cap ? 2 : lower ? 1 : 0; /* "xD" */
}

/* The name from t[i]: one or two name words on the line; its end, or i. *grade: the lesser of
 * its words' name_word() (2 vouched, 1 unknown, -1 a common word that is a given name too). */
static size_t name_from(const struct sc *s, size_t i, size_t e, int *grade)
{
    size_t w = word_end(s->t, i, e);
    int g1 = w > i ? name_word(s, i, w) : 0;
    *grade = g1;
    if (!g1)
        return i;
    if (w + 1 < e && s->t[w] == ' ') {
        size_t w2 = word_end(s->t, w + 1, e);
        int g2 = w2 > w + 1 ? name_word(s, w + 1, w2) : 0;
        if (g2) {
            *grade = g2 < g1 ? g2 : g1;
            return w2;
        }
    }
    return w;
}

/* Does the message go on after a name ending at t[b] as a frame wants: to its end (or only
 * punctuation, kisses and emoji), a comma, or a word of l (only that when tail). */
static int ends_or(const uint8_t *t, size_t b, size_t e, const char *const *l, size_t n, int tail)
{
    size_t p = b;
    while (p < e && (t[p] == ' ' || t[p] == '!' || t[p] == '?' || t[p] == '.' || t[p] == ')' ||
                     t[p] == 'x' || t[p] == ':' || t[p] == '\r' || (t[p] >= 0xF0 && p + 4 <= e)))
        p += t[p] >= 0xF0 ? 4 : 1;
    if (!tail && (p >= e || (b < e && t[b] == ',')))
        return 1;
    return l && b < e && t[b] == ' ' && any_at(t, b + 1, e, l, n, L_TAIL) > 0;
}

static int emit(struct sc *s, int kind, size_t a, size_t b)
{
    return s->emit(s->arg, kind, a, b);
}

/* The people of one message t[i, e). A name the lexicon does not vouch for needs the frame's
 * tail word after it ("sry anna here", not "det er sol :)", "ben onderweg"). */
static int message_people(struct sc *s, size_t i, size_t e)
{
    const uint8_t *t = s->t;
    size_t g = any_at(t, i, e, greets, N57(greets), L_GREET), b;
    int grade;
    if (g && g < e && (t[g] == ' ' || t[g] == ',' || t[g] == '!'))
        i = skip_sp(t, g, e);
    size_t l = any_at(t, i, e, leads, N57(leads), L_LEAD);
    int copula = l && any_at(t, i, e, copulas, N57(copulas), 0) == l;
    if (l && l < e && t[l] == ' ' && (b = name_from(s, l + 1, e, &grade)) > l + 1 &&
        ends_or(t, b, e, tails, N57(tails), grade < 2 || copula))
        return emit(s, ANON_NAMES_PERSON, l + 1, b); /* "sry anna here", "dile a anna q" */
    size_t w1;
    if (g && copula && l < e && t[l] == ' ' && (w1 = word_end(t, l + 1, e)) > l + 1 && w1 < e &&
        t[w1] == ',' && name_word(s, l + 1, w1) > 0)
        return emit(s, ANON_NAMES_PERSON, l + 1, w1); /* greeted: "hej det er anna, står ..." */
    size_t k = any_at(t, i, e, kisses, N57(kisses), L_KISS);
    if (k && k < e && t[k] == ' ' && (b = name_from(s, k + 1, e, &grade)) > k + 1 && grade > 0 &&
        (grade == 2 || b - (k + 1) == (size_t)(word_end(t, k + 1, e) - (k + 1))) &&
        ends_or(t, b, e, NULL, 0, 0))
        return emit(s, ANON_NAMES_PERSON, k + 1, b); /* "bisous anna", "kram Linnea 🙏" */
    size_t w = word_end(t, i, e), h;
    if (w > i && w + 1 < e && t[w] == ' ' &&
        (h = any_at(t, w + 1, e, heres, N57(heres), L_HERE)) > 0 &&
        (grade = name_word(s, i, w)) > 0 && (h >= e || t[h] == ',' || t[h] == '!') &&
        (grade == 2 || (w - i >= 3 && nw_name_shape(t + i, w - i) > 0)))
        return emit(s, ANON_NAMES_PERSON, i, w); /* "oskar her, passer torsdag?" */
    return 0;
}

/* The year of the date t[ds, de): its four digits, or a numeric date's two-digit year
 * ("5/6/91", "19.5.14") taken as the last year that ends in them; 0 if none. */
static unsigned year_of(const struct sc *s, size_t ds, size_t de)
{
    const uint8_t *t = s->t;
    for (size_t k = ds; k + 4 <= de; k++)
        if ((k == ds || !(t[k - 1] >= '0' && t[k - 1] <= '9')) &&
            (k + 4 == de || !(t[k + 4] >= '0' && t[k + 4] <= '9'))) {
            unsigned y = 0, d = 1;
            for (size_t j = k; j < k + 4 && d; j++)
                d = t[j] >= '0' && t[j] <= '9', y = y * 10 + (unsigned)(t[j] - '0');
            if (d)
                return y;
        }
    if (de - ds < 6 || !(t[de - 3] == '/' || t[de - 3] == '.' || t[de - 3] == '-') ||
        !(t[de - 4] >= '0' && t[de - 4] <= '9') || !(t[de - 2] >= '0' && t[de - 2] <= '9') ||
        !(t[de - 1] >= '0' && t[de - 1] <= '9'))
        return 0;
    unsigned yy = (unsigned)(t[de - 2] - '0') * 10 + (unsigned)(t[de - 1] - '0');
    unsigned now = nw_dob10_this_year();
    return yy <= now % 100 ? now - now % 100 + yy : now - now % 100 - 100 + yy;
}

/* The births of one message t[i, e): a birthday word among its first words, the date after it. */
static int message_births(struct sc *s, size_t i, size_t e)
{
    const uint8_t *t = s->t;
    size_t d = i;
    while (d < e && !(t[d] >= '0' && t[d] <= '9'))
        d++;
    if (d == e)
        return 0; /* no date */
    for (size_t p = i, words = 0; p < e && words < 5; words++) {
        size_t c = any_at(t, p, e, births, N57(births), L_BIRTH);
        if (c && !nw_dob7_party(s, p)) {
            size_t q = c;
            for (int f = 0; f < 3; f++) {
                while (q < e && (t[q] == ' ' || t[q] == ':'))
                    q++;
                size_t fe = any_at(t, q, e, fillers, N57(fillers), 0);
                if (!fe || fe >= e || t[fe] != ' ')
                    break;
                q = fe;
            }
            size_t ds = 0, de = q < e && t[q] >= '0' && t[q] <= '9' ? nw_date_at(s, q, &ds) : 0;
            unsigned y = de && ds == q ? year_of(s, ds, de) : 0;
            if (y >= 1900 && y < nw_dob10_this_year())
                return emit(s, ANON_NAMES_DOB, ds, de);
        }
        size_t w = word_end(t, p, e);
        p = w > p ? w : p + 1;
        while (p < e && !letter(t[p]))
            p++;
    }
    return 0;
}

/* A line that may be a text message: short, its message opening with a letter; 2 when that
 * letter is lower case (two such lines make a text a thread of messages). */
static int sms_line(const uint8_t *t, size_t ls, size_t le, size_t *ms)
{
    if (le - ls > 200 || le == ls)
        return 0;
    *ms = msg_start(t, ls, le);
    if (*ms >= le)
        return 0;
    return lower_ascii(t[*ms]) || (t[*ms] >= 0xC3 && t[*ms] < 0xE0) ? 2 : letter(t[*ms]);
}

int nw_sms57(struct sc *s)
{
    struct nw_lines *l = nw_lines_of(s);
    size_t ls = 0, n = 0, lines = 0, ms;
    for (size_t k = 0; ls < s->len && k < 12; k++) { /* a thread: two messages, half of the
                                                          first lines (their twelve at most) */
        size_t le = nw_line_at(l, s, k, ls);
        if (le - ls > 200 && !lines)
            return 0; /* it opens with a paragraph: prose, not a thread */
        lines += le > ls;
        n += sms_line(s->t, ls, le, &ms) == 2;
        ls = le + 1;
    }
    if (n < 2 || 2 * n < lines)
        return 0;
    pthread_once(&first_once, first_init);
    int people = (s->kinds & (1u << ANON_NAMES_PERSON)) != 0, rc;
    int dobs = (s->kinds & (1u << ANON_NAMES_DOB)) != 0;
    ls = 0;
    for (size_t k = 0; ls < s->len; k++) {
        size_t le = nw_line_at(l, s, k, ls);
        if (sms_line(s->t, ls, le, &ms) && ((people && (rc = message_people(s, ms, le)) < 0) ||
                                            (dobs && (rc = message_births(s, ms, le)) < 0)))
            return rc;
        ls = le + 1;
    }
    return 0;
}
