/* names_inflects62.c: a street written in the case its sentence needs, read back from its house
 * number (branch inflects62, issue 15): "przy ulicy Długiej 3", "v Dlouhé ulici 8", "na
 * Slovenski cesti 7", "Gedimino prospekte 9", "Tērbatas ielā 13", "Tamme tänaval 12", "a Rákóczi
 * úton 45", "İnönü Caddesi 45", "pe strada Florilor nr. 9", "stin odo Ermou 15",
 * "Hämeenkadulla 12", "á Hverfisgötu 12".
 *
 * The other readers know a street type in its dictionary form; in pl, cs, sk, hr, sl, lt, lv, et,
 * hu, fi and is the type is declined or glued to the name, so they stop. Here the declined type
 * word is the proof, and a capitalised name beside it is needed: the type after the name (the
 * word right before the number, a capitalised word before it: "Dlouhé ulici 8"), the type before
 * the name (a capitalised word right before the number, at most two lower-case connecting words
 * and then the type: "ulici Na Příkopě 12", "Trgu bana Jelačića 3") or glued (a capitalised word
 * ending in a Finnish or Icelandic street ending: "Mannerheimintiellä 5"). A "nr."/"č."/"No"
 * between the name and the number is skipped. The postcode and town after it are the tail's
 * (nw_addr_tail). Nothing here allocates; the call site's byte test keeps other text out.
 */
#include "anonymize/names_inflects62.h"

#include <string.h>

/* Declined street types written after the name, lower case (a capital first letter is folded). */
static const char *const after_types[] = {"ulici",
                                          "ulice",
                                          "ulic\303\255",
                                          "ulicu",
                                          "ulica",
                                          "ulico",
                                          "ulicom",
                                          "cesti",
                                          "ceste",
                                          "cesto",
                                          "cestu",
                                          "cesta",
                                          "cest\304\233",
                                          "cestom",
                                          "cesty",
                                          "t\305\231\303\255d\304\233",
                                          "t\305\231\303\255dy",
                                          "gatv\304\227je",
                                          "gatv\304\231",
                                          "gatv\304\227s",
                                          "gatv\304\227",
                                          "gatvei",
                                          "g.",
                                          "al\304\227joje",
                                          "al\304\227ja",
                                          "al\304\227jos",
                                          "al\304\227j\304\205",
                                          "prospekte",
                                          "prospektas",
                                          "prospekto",
                                          "prospekt\304\205",
                                          "pr.",
                                          "iel\304\201",
                                          "iela",
                                          "ielas",
                                          "ielu",
                                          "ielai",
                                          "bulv\304\201r\304\253",
                                          "bulv\304\201ris",
                                          "bulv\304\201ra",
                                          "prospekt\304\201",
                                          "laukum\304\201",
                                          "t\303\244nav",
                                          "t\303\244naval",
                                          "t\303\244navale",
                                          "t\303\244navalt",
                                          "t\303\244nava",
                                          "tn",
                                          "tn.",
                                          "maantee",
                                          "maanteel",
                                          "maanteele",
                                          "maanteelt",
                                          "mnt",
                                          "mnt.",
                                          "puiestee",
                                          "puiesteel",
                                          "puiesteele",
                                          "puiesteelt",
                                          "pst",
                                          "utca",
                                          "utc\303\241ban",
                                          "utc\303\241ba",
                                          "utc\303\241b\303\263l",
                                          "utc\303\241n",
                                          "utc\303\241ra",
                                          "utc\303\241r\303\263l",
                                          "\303\272t",
                                          "\303\272ton",
                                          "\303\272tra",
                                          "\303\272tr\303\263l",
                                          "\303\272tn\303\241l",
                                          "t\303\251r",
                                          "t\303\251ren",
                                          "t\303\251rre",
                                          "t\303\251rr\305\221l",
                                          "k\303\266r\303\272t",
                                          "k\303\266r\303\272ton",
                                          "caddesi",
                                          "soka\304\237\304\261",
                                          "sokak",
                                          "bulvar\304\261"};

/* Declined street types written before the name. */
static const char *const before_types[] = {
    "ulicy",
    "ulic\304\231",
    "ulic\304\205",
    "ulica",
    "ulici",
    "ulice",
    "ul.",
    "alei",
    "alej\304\231",
    "alej\304\205",
    "aleja",
    "aleje",
    "alejach",
    "al.",
    "placu",
    "plac",
    "placem",
    "pl.",
    "osiedlu",
    "osiedle",
    "os.",
    "n\303\241m\304\233st\303\255",
    "n\303\241m.",
    "n\303\241mest\303\255",
    "n\303\241mestie",
    "t\305\231\303\255d\304\233",
    "t\305\231\303\255da",
    "t\305\231.",
    "trgu",
    "trg",
    "strada",
    "str.",
    "bulevardul",
    "bulevardului",
    "bd.",
    "bdul.",
    "calea",
    "aleea",
    "\310\231oseaua",
    "soseaua",
    "splaiul",
    "pia\310\233a",
    "odo",
    "odou",
    "odos",
    "leoforo",
    "leoforou",
    "leoforos",
    "plateia",
    "plateias",
    "\316\277\316\264\317\214",
    "\316\277\316\264\316\277\317\215",
    "\316\273\316\265\317\211\317\206\317\214\317\201\316\277",
    "\316\273\316\265\317\211\317\206\317\214\317\201\316\277\317\205",
    "\317\200\316\273\316\261\317\204\316\265\316\257\316\261"};

/* Street endings glued to the name (Finnish, Icelandic), after three bytes of name at least. */
static const char *const glued[] = {"kadulla",
                                    "kadulle",
                                    "kadulta",
                                    "kadun",
                                    "katu",
                                    "tiell\303\244",
                                    "tielle",
                                    "tielt\303\244",
                                    "tie",
                                    "kujalla",
                                    "kujalle",
                                    "kujalta",
                                    "kuja",
                                    "polulla",
                                    "polulle",
                                    "polku",
                                    "v\303\244yl\303\244ll\303\244",
                                    "kaarella",
                                    "rinteell\303\244",
                                    "raitilla",
                                    "aukiolla",
                                    "vegi",
                                    "vegur",
                                    "g\303\266tu",
                                    "gata",
                                    "str\303\246ti",
                                    "st\303\255g",
                                    "st\303\255gur",
                                    "braut",
                                    "torgi"};

/* Words between the name and the number: "nr. 9", "č. 14", "No 5". */
static const char *const number_signs[] = {"nr.", "nr",  "\304\215.", "no",
                                           "no.", "no:", "n\302\272", "numer"};

static int word_byte(uint8_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* The start of the word (letters, a final dot or colon) that ends at e, or e. */
static size_t word_back(const uint8_t *t, size_t e, size_t floor)
{
    size_t a = e;
    if (a > floor && (t[a - 1] == '.' || t[a - 1] == ':'))
        a--;
    while (a > floor && word_byte(t[a - 1]))
        a--;
    while (a < e && (t[a] & 0xC0) == 0x80)
        a++; /* a no-break space's or another sign's continuation byte */
    return a < e && word_byte(t[a]) ? a : e;
}

/* Is t[a, e) one of the list's words, its first ASCII letter in either case? */
static int is_word(const uint8_t *t, size_t a, size_t e, const char *const *w, size_t n)
{
    uint8_t c = t[a] >= 'A' && t[a] <= 'Z' ? t[a] | 32 : t[a];
    for (size_t k = 0; k < n; k++)
        if ((uint8_t)w[k][0] == c && strlen(w[k]) == e - a &&
            memcmp(t + a + 1, w[k] + 1, e - a - 1) == 0)
            return 1;
    return 0;
}

#define IS(t, a, e, list) is_word((t), (a), (e), (list), sizeof(list) / sizeof((list)[0]))

/* A capital at p: Latin (nw_upper) or Greek (U+0386 .. U+03AB), in capitals too ("İnönü"). */
static int cap_at(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    if (nw_upper(t + p, s->len - p))
        return 1;
    return p + 1 < s->len && t[p] == 0xCE && t[p + 1] >= 0x86 && t[p + 1] <= 0xAB;
}

/* A capitalised name word t[a, e) of three bytes or more, no abbreviation. */
static int name_word(const struct sc *s, size_t a, size_t e)
{
    return e - a >= 3 && s->t[e - 1] != '.' && s->t[e - 1] != ':' && cap_at(s, a);
}

/* Does a sentence start at p (the text's or a line's start, or after ". ", "! ", "? ")? */
static int sentence_start(const uint8_t *t, size_t p)
{
    if (p == 0 || t[p - 1] == '\n' || t[p - 1] == '"' || t[p - 1] == '>' ||
        (p >= 2 && t[p - 1] == 'n' && t[p - 2] == '\\'))
        return 1; /* a line's start, also a JSON string's "\n" */
    return p >= 2 && t[p - 1] == ' ' && (t[p - 2] == '.' || t[p - 2] == '!' || t[p - 2] == '?');
}

/* Does the capitalised word t[a, e) end in a glued street ending after three bytes of name? */
static int glued_street(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    for (size_t k = 0; k < sizeof glued / sizeof glued[0]; k++) {
        size_t n = strlen(glued[k]);
        if (e - a >= n + 3 && memcmp(t + e - n, glued[k], n) == 0)
            return 1;
    }
    return 0;
}

size_t nw_inflects62_street(const struct sc *s, size_t i, size_t d, size_t *start)
{
    const uint8_t *t = s->t;
    if (d - i > 4 || t[i] == '0' || i < 4 || t[i - 1] != ' ')
        return 0;
    if (d < s->len && (t[d] == '.' || t[d] == ':' || t[d] == ',') && d + 1 < s->len &&
        t[d + 1] >= '0' && t[d + 1] <= '9')
        return 0; /* a decimal, a time, a date */
    if (d < s->len && (t[d] == '%' || word_byte(t[d])))
        return 0;
    size_t floor = i > 120 ? i - 120 : 0, e = i - 1, a = word_back(t, e, floor);
    if (a == e)
        return 0;
    if (IS(t, a, e, number_signs)) { /* "strada Florilor nr. 9" */
        if (a < 2 || t[a - 1] != ' ')
            return 0;
        e = a - 1;
        a = word_back(t, e, floor);
        if (a == e)
            return 0;
    }
    size_t st = 0;
    if (IS(t, a, e, after_types)) { /* "Dlouhé ulici 8", "Krišjāņa Barona ielas 8" */
        size_t p = a, names = 0;
        while (names < 3 && p > floor + 1 && t[p - 1] == ' ') {
            size_t ws = word_back(t, p - 1, floor);
            if (ws == p - 1 || !name_word(s, ws, p - 1))
                break;
            names++;
            p = ws;
        }
        if (names > 1 && sentence_start(t, p))
            while (t[p] != ' ')
                p++; /* "Dzīvojam Tērbatas ielā 13": the sentence's first word is its verb */
        if (names)
            st = p + (t[p] == ' ');
    } else if (name_word(s, a, e)) {
        if (glued_street(s, a, e)) {
            st = a; /* "Hämeenkadulla 12", "Hverfisgötu 12" */
        } else {    /* "ulicy Długiej 3", "Trgu bana Jelačića 3", "odo Ermou 15" */
            size_t p = a, names = 1, lower = 0;
            while (p > floor + 1 && t[p - 1] == ' ') {
                size_t ws = word_back(t, p - 1, floor);
                if (ws == p - 1)
                    break;
                if (IS(t, ws, p - 1, before_types)) {
                    st = ws;
                    break;
                }
                if (name_word(s, ws, p - 1) && !lower && names < 3)
                    names++;
                else if (!cap_at(s, ws) && p - 1 - ws <= 7 && lower < 2)
                    lower++;
                else
                    break;
                p = ws;
            }
        }
    }
    if (!st)
        return 0;
    size_t hn = d;
    if (hn + 1 < s->len && (t[hn] == '-' || t[hn] == '/') && t[hn + 1] >= '1' && t[hn + 1] <= '9') {
        hn++;
        while (hn < s->len && t[hn] >= '0' && t[hn] <= '9')
            hn++; /* "22-5", "3/5" */
    }
    *start = st;
    if (hn + 1 < s->len && (t[hn] == ',' || t[hn] == ';' || t[hn] == '\t') && t[hn + 1] != ' ')
        return hn; /* a CSV row's next cell is no town: "Calea Victoriei 55,Stăduaru,..." */
    return nw_addr_tail(s, hn);
}
