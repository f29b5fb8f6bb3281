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

#include <pthread.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

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
static const struct {
    const char *w;
    uint8_t n;
} glued[] = {{"kadulla", 7},
             {"kadulle", 7},
             {"kadulta", 7},
             {"kadun", 5},
             {"katu", 4},
             {"tiell\303\244", 7},
             {"tielle", 6},
             {"tielt\303\244", 7},
             {"tie", 3},
             {"kujalla", 7},
             {"kujalle", 7},
             {"kujalta", 7},
             {"kuja", 4},
             {"polulla", 7},
             {"polulle", 7},
             {"polku", 5},
             {"v\303\244yl\303\244ll\303\244", 11},
             {"kaarella", 8},
             {"rinteell\303\244", 10},
             {"raitilla", 8},
             {"aukiolla", 8},
             {"vegi", 4},
             {"vegur", 5},
             {"g\303\266tu", 5},
             {"gata", 4},
             {"str\303\246ti", 7},
             {"st\303\255g", 5},
             {"st\303\255gur", 7},
             {"braut", 5},
             {"torgi", 5}};

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

/* Per list, the word lengths (bits 2 .. 23) that each first byte (an ASCII letter folded) opens:
 * most words before a number ("took 42", "the Step 2") fail this test and never reach the list.
 * Built once (pthread_once). */
enum { L_AFTER, L_BEFORE, L_SIGNS, L_N };
static uint32_t lens[L_N][256];
static pthread_once_t lens_once = PTHREAD_ONCE_INIT;

static void lens_fill(uint32_t *m, const char *const *w, size_t n)
{
    for (size_t k = 0; k < n; k++)
        m[(uint8_t)w[k][0]] |= 1u << strlen(w[k]);
}

static void lens_init(void)
{
    lens_fill(lens[L_AFTER], after_types, sizeof after_types / sizeof after_types[0]);
    lens_fill(lens[L_BEFORE], before_types, sizeof before_types / sizeof before_types[0]);
    lens_fill(lens[L_SIGNS], number_signs, sizeof number_signs / sizeof number_signs[0]);
}

/* Is t[a, e) one of the list's words, its first ASCII letter in either case? The length test
 * first, then the list's index of first bytes (nw_one_of). */
static int is_word(const uint8_t *t, size_t a, size_t e, int which, const char *const *w, size_t n)
{
    char buf[24];
    if (e - a < 2 || e - a >= sizeof buf)
        return 0;
    uint8_t c = t[a] >= 'A' && t[a] <= 'Z' ? t[a] | 32 : t[a];
    if (!(lens[which][c] & (1u << (e - a))))
        return 0;
    memcpy(buf, t + a, e - a);
    buf[e - a] = '\0';
    buf[0] = (char)c;
    return nw_one_of(buf, w, n);
}

#define IS(t, a, e, which, list)                                                                   \
    is_word((t), (a), (e), (which), (list), sizeof(list) / sizeof((list)[0]))

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
        size_t n = glued[k].n;
        if (t[e - 1] == (uint8_t)glued[k].w[n - 1] && e - a >= n + 3 &&
            memcmp(t + e - n, glued[k].w, n) == 0)
            return 1;
    }
    return 0;
}

/* Is there a capital (ASCII "A".."Z") or a byte that opens a two-byte letter from U+00C0 on
 * in the 32 bytes before i? Every street this file reads has its capitalised name there
 * ("Jungmannově ulici č. 14" is 23 bytes); "and took 42 seconds" has none, and is left after a
 * few instructions. */
static int capital_near(const uint8_t *t, size_t i)
{
#ifdef __SSE2__
    if (i >= 33) {
        const __m128i bias = _mm_set1_epi8((char)(128 - 'A')),
                      lim = _mm_set1_epi8((char)(-128 + 26)), lead = _mm_set1_epi8((char)0xC3);
        __m128i a = _mm_loadu_si128((const __m128i *)(t + i - 33)),
                b = _mm_loadu_si128((const __m128i *)(t + i - 17));
        __m128i ca = _mm_or_si128(_mm_cmplt_epi8(_mm_add_epi8(a, bias), lim),
                                  _mm_cmpeq_epi8(_mm_max_epu8(a, lead), a)),
                cb = _mm_or_si128(_mm_cmplt_epi8(_mm_add_epi8(b, bias), lim),
                                  _mm_cmpeq_epi8(_mm_max_epu8(b, lead), b));
        return _mm_movemask_epi8(_mm_or_si128(ca, cb)) != 0;
    }
#endif
    for (size_t k = i > 33 ? i - 33 : 0; k + 1 < i; k++)
        if ((t[k] >= 'A' && t[k] <= 'Z') || t[k] >= 0xC3)
            return 1;
    return 0;
}

/* nw_inflects62_street() once a capital is near: the words before the number read. */
static __attribute__((noinline)) size_t street_words(const struct sc *s, size_t i, size_t d,
                                                     size_t *start)
{
    const uint8_t *t = s->t;
    pthread_once(&lens_once, lens_init);
    size_t floor = i > 120 ? i - 120 : 0, e = i - 1, a = word_back(t, e, floor);
    if (a == e)
        return 0;
    if (IS(t, a, e, L_SIGNS, number_signs)) { /* "strada Florilor nr. 9" */
        if (a < 2 || t[a - 1] != ' ')
            return 0;
        e = a - 1;
        a = word_back(t, e, floor);
        if (a == e)
            return 0;
    }
    size_t st = 0;
    if (IS(t, a, e, L_AFTER, after_types)) { /* "Dlouhé ulici 8", "Krišjāņa Barona ielas 8" */
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
                if (IS(t, ws, p - 1, L_BEFORE, before_types)) {
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

size_t nw_inflects62_street(const struct sc *s, size_t i, size_t d, size_t *start)
{
    /* the caller's nw_inflects62_may() has read the number's neighbours; the text must have a
       capital near before the words are read */
    if (d - i > 4 || i < 4 || s->t[i - 1] != ' ' || !capital_near(s->t, i))
        return 0;
    return street_words(s, i, d, start);
}
