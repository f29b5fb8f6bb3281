/* names_lowaddr.c: a street address typed in lower case right after words that say an address
 * follows ("i live at 42 wallaby way sydney", "send it to 5 high st, oxford", "ich wohne in der
 * hauptstraße 5", "vivo en calle mayor 3", "j'habite au 12 rue de la paix").
 *
 * Chat is typed in lower case, and a lower-case street is otherwise taken only when its name is
 * no ordinary English word ("97 guildry street", names_places.c): "12 main street" and "42
 * wallaby way" were left whole. Here the words before the street carry the proof, so the street
 * may be ordinary words, and it needs a street type: after the number ("42 wallaby way", "12 rue
 * de la paix") or before it ("calle mayor 3", "hauptstraße 5", "via roma 10"). Called from the
 * digit visit of names.c when the number-first reader found nothing; nothing here allocates.
 * A flat before the number ("flat 3, 45 high st"), an abbreviated type ("hauptstr. 5"), a number
 * with a part ("keizersgracht 123-2") and the postcode and town after it, in lower case too
 * ("oxford ox1 4aa", "3511 ab utrecht", "75018 paris"; digits alone only with their town) belong
 * to the address.
 */
#include "anonymize/names_internal.h"

#include <stdlib.h>
#include <string.h>

/* the words that end right before an address (en, de, fr, es, it, nl, pt), folded to lower
 * case. Every list here is sorted by its bytes, for bsearch. */
static const char *const cues[] = {
    "abita in",       "abitiamo in",    "abito a",          "abito in",        "address is",
    "address:",       "adres is",       "adres:",           "adresse :",       "adresse est",
    "adresse ist",    "adresse:",       "come to",          "deliver it to",   "deliver to",
    "direccion es",   "dirección es",   "dirección:",       "domicilio en",    "domicilié au",
    "domiciliée au",  "drop it off at", "déménagé au",      "endereco e",      "endereço é",
    "endereço:",      "envialo a",      "enviar a",         "enviar para",     "envoie au",
    "envoyer au",     "envíalo a",      "habite",           "habite au",       "habite à",
    "habitons au",    "home is",        "i'm at",           "im at",           "indirizzo e",
    "indirizzo è",    "indirizzo:",     "lieferadresse:",   "liefern an",      "live at",
    "live on",        "lives at",       "lives on",         "living at",       "livrer au",
    "mail it to",     "manda para",     "mandar a",         "mandar para",     "me mude a",
    "me mudé a",      "mora na",        "mora no",          "moramos na",      "moro em",
    "moro na",        "moro no",        "move to",          "moved to",        "moving to",
    "pick me up at",  "post it to",     "residente in",     "resido na",       "resido no",
    "schick es an",   "send it to",     "send to",          "ship it to",      "ship to",
    "spedire a",      "spedisci a",     "stay at",          "staying at",      "sturen naar",
    "stuur het naar", "umgezogen in",   "umgezogen in die", "verhuisd naar",   "vive en",
    "vive in",        "vivimos en",     "vivo en",          "vivo en la",      "vivo in",
    "we're at",       "wohne am",       "wohne an der",     "wohne in",        "wohne in der",
    "wohnen in",      "wohnen in der",  "wohnhaft in",      "wohnhaft in der", "wohnt am",
    "wohnt in",       "wohnt in der",   "wonen op",         "woon aan",        "woon aan de",
    "woon in de",     "woon op",        "woont aan de",     "woont op",
};

/* street types after the name: "42 wallaby way", "5 high st" */
static const char *const types_after[] = {
    "av",      "ave",    "avenue",   "blvd",    "boulevard", "cir",   "circle",  "close",
    "court",   "cres",   "crescent", "ct",      "dr",        "drive", "gardens", "grove",
    "highway", "hill",   "hwy",      "lane",    "ln",        "mews",  "parade",  "parkway",
    "pkwy",    "pl",     "place",    "rd",      "road",      "row",   "sq",      "square",
    "st",      "street", "tce",      "terrace", "trail",     "walk",  "way",
};

/* street types before the name: "12 rue de la paix", "calle mayor 3", "via roma 10" */
static const char *const types_before[] = {
    "alameda", "allee",  "allée",    "av",     "avenida", "avenue", "bd",      "boulevard", "c/",
    "calle",   "camino", "carrera",  "chemin", "corso",   "cours",  "estrada", "impasse",   "largo",
    "paseo",   "piazza", "place",    "plaza",  "praca",   "praça",  "quai",    "rodovia",   "route",
    "rua",     "rue",    "travessa", "via",    "viale",   "vicolo",
};

/* a word of a German, Dutch or Nordic street that carries its type: "hauptstraße", "kerkstraat" */
static const char *const suffixes[] = {"straße", "strasse", "str.", "weg",      "allee",  "platz",
                                       "gasse",  "ring",    "damm", "straat",   "laan",   "plein",
                                       "gracht", "kade",    "dijk", "steenweg", "singel", "vej",
                                       "gatan",  "vägen",   "ufer"};

/* words that are no street's name between a number and a type: units, measures, function
 * words ("5 min walk", "5 acres near the road", "2 way street"); "the" only first ("14 the
 * crescent") */
static const char *const not_name[] = {
    "a",     "acre",  "acres",  "an",     "and",    "at",      "block", "blocks", "by",
    "days",  "door",  "doors",  "floors", "for",    "from",    "ft",    "her",    "his",
    "hour",  "hours", "houses", "in",     "km",     "less",    "m",     "meters", "metres",
    "mile",  "miles", "min",    "mins",   "minute", "minutes", "more",  "my",     "near",
    "new",   "of",    "on",     "or",     "other",  "our",     "steps", "that",   "their",
    "these", "this",  "those",  "times",  "to",     "weeks",   "with",  "yards",  "your",
};

static const char *const directions[] = {
    "e", "n", "ne", "nw", "s", "se", "sw", "w",
};

/* a byte of a lower-case word: a-z, UTF-8 letters' bytes, an apostrophe, '/' ("c/"); one look-up,
 * as the walks back over the words before a number ask it of every byte */
static const uint8_t low_bytes[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

static inline int is_low(uint8_t c)
{
    return low_bytes[c];
}

static int cmp_word(const void *k, const void *e)
{
    return strcmp((const char *)k, *(const char *const *)e);
}

#define IN_SORTED(w, list)                                                                         \
    (bsearch((w), (list), sizeof(list) / sizeof((list)[0]), sizeof((list)[0]), cmp_word) != NULL)

#define W2(a, b) ((uint32_t)(a) | (uint32_t)(b) << 8)
#define W3(a, b, c) (W2(a, b) | (uint32_t)(c) << 16)
#define W4(a, b, c, d) (W3(a, b, c) | (uint32_t)(d) << 24)

/* The cheap first test of cue_before(): the word before the space at p - 1 is one that ends a
 * cue (a label's ':', "at", "to", "in", "der", "au", "en", "naar", "habite", ...). Asked at
 * every number after a lower-case word, so it reads at most a few bytes. */
static int cue_tail(const uint8_t *t, size_t p)
{
    /* the word's last byte first: most words before a number end in none of the tails' last
     * letters ("took 42", "version 2"); 2 for a label's ':', 1 for a tail's last letter (either
     * case) or the second byte of "à", "è", "é" */
    static const uint8_t last[256] = {
        [':'] = 2, ['a'] = 1, ['e'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1,  ['p'] = 1,  ['r'] = 1,
        ['s'] = 1, ['t'] = 1, ['u'] = 1, ['A'] = 1, ['E'] = 1, ['M'] = 1,  ['N'] = 1,  ['O'] = 1,
        ['P'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, [0xA0] = 1, [0xA8] = 1, [0xA9] = 1};
    uint8_t l = last[t[p - 2]];
    if (l != 1)
        return l >> 1;
    size_t a = p - 1;
    while (a > 0 && p - 1 - a < 7 && ((t[a - 1] | 32) >= 'a' && (t[a - 1] | 32) <= 'z'))
        a--;
    size_t n = p - 1 - a;
    if (a > 0 && t[a - 1] >= 0x80) { /* "à", "è", "é" alone */
        return n == 0 && a >= 2 && t[a - 2] == 0xC3 &&
               (t[a - 1] == 0xA0 || t[a - 1] == 0xA8 || t[a - 1] == 0xA9) &&
               (a == 2 || t[a - 3] == ' ');
    }
    if (n == 0 || n > 6 || (a > 0 && is_alnum(t[a - 1])))
        return 0;
    uint32_t w = 0;
    for (size_t k = 0; k < n && k < 4; k++)
        w |= (uint32_t)(t[a + k] | 32) << (8 * k);
    switch (n) {
    case 1:
        return w == 'a' || w == 'e';
    case 2:
        switch (w) {
        case W2('a', 'm'):
        case W2('a', 'n'):
        case W2('a', 't'):
        case W2('a', 'u'):
        case W2('d', 'e'):
        case W2('e', 'm'):
        case W2('e', 'n'):
        case W2('e', 's'):
        case W2('i', 'n'):
        case W2('i', 's'):
        case W2('l', 'a'):
        case W2('l', 'e'):
        case W2('n', 'a'):
        case W2('n', 'o'):
        case W2('o', 'n'):
        case W2('o', 'p'):
        case W2('t', 'o'):
            return 1;
        default:
            return 0;
        }
    case 3:
        return w == W3('a', 'a', 'n') || w == W3('d', 'e', 'r') || w == W3('d', 'i', 'e') ||
               w == W3('e', 's', 't') || w == W3('i', 's', 't');
    case 4:
        return w == W4('n', 'a', 'a', 'r') || w == W4('p', 'a', 'r', 'a') ||
               w == W4('i', 'n', 't', 'o') || w == W4('f', 'r', 'o', 'm');
    case 6:
        return w == W4('h', 'a', 'b', 'i') && (t[a + 4] | 32) == 't' && (t[a + 5] | 32) == 'e';
    default:
        return 0;
    }
}

/* the beginnings of the words that say where someone lives or where a thing goes, in the few
 * words before a cue's last word: "you can find me at", "our office is at", "we just moved
 * into", "meine adresse lautet", "mi casa está en", "stuur het naar de" */
static const char *const stems[] = {
    "abit",   "addr",    "adres",   "adress", "bring",   "casa",   "colis",   "deliver",
    "direcc", "domicil", "drop",    "endere", "envi",    "enví",   "estamos", "estou",
    "find",   "haus",    "home",    "house",  "indiriz", "lieve",  "liv",     "locat",
    "mail",   "mand",    "mor",     "mov",    "mud",     "office", "paket",   "pick",
    "place",  "post",    "resid",   "schick", "send",    "ship",   "sped",    "stay",
    "sto",    "stuur",   "verhuis", "viv",    "wohn",    "won",    "woon"};

/* One of the (at most four) words before position a (the cue's last word) on its line begins
 * with a stem. */
static int stem_before(const uint8_t *t, size_t a)
{
    size_t e = a, floor = a > 40 ? a - 40 : 0;
    for (size_t words = 0; words < 4 && e > floor + 1 && t[e - 1] == ' '; words++) {
        size_t b = e - 1;
        while (b > floor && (is_low(t[b - 1]) || (t[b - 1] >= 'A' && t[b - 1] <= 'Z')))
            b--;
        size_t n = e - 1 - b;
        if (n == 0)
            return 0;
        for (size_t k = 0; k < sizeof stems / sizeof stems[0]; k++) {
            size_t sl = strlen(stems[k]), j = 0;
            while (j < sl && j < n &&
                   (t[b + j] | (t[b + j] < 0x80 ? 32 : 0)) == (uint8_t)stems[k][j])
                j++;
            if (j == sl)
                return 1;
        }
        e = b;
    }
    return 0;
}

/* The one, two or three words that end right before position p (one space skipped, on its
 * line) are a cue. */
static int cue_before(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    if (p < 3 || t[p - 1] != ' ' || !cue_tail(t, p))
        return 0;
    size_t q = p - 1, from = q, words = 0, cut[3];
    while (from > 0 && q - from < 24 && words < 3) {
        uint8_t c = t[from - 1];
        if (c == ' ' || c == '\'') {
            cut[words++] = from;
        } else if (!(is_low(c) || c == ':' || (c >= 'A' && c <= 'Z'))) {
            break;
        }
        from--;
    }
    if (words < 3 && (from == 0 || !is_alnum(t[from - 1])))
        cut[words++] = from;
    char buf[28];
    for (size_t k = 0; k < words; k++) {
        size_t a = cut[k], n = q - a;
        if (n == 0 || n >= sizeof buf)
            return 0;
        for (size_t b = 0; b < n; b++)
            buf[b] = (char)(t[a + b] >= 'A' && t[a + b] <= 'Z' ? t[a + b] | 32 : t[a + b]);
        buf[n] = 0;
        if (IN_SORTED(buf, cues))
            return 1;
    }
    return words && stem_before(t, cut[0]);
}

/* w (folded) ends with a street suffix after at least three letters */
static int has_suffix(const char *w, size_t wl)
{
    for (size_t k = 0; k < sizeof suffixes / sizeof suffixes[0]; k++) {
        size_t sl = strlen(suffixes[k]);
        if (wl > sl + 2 && memcmp(w + wl - sl, suffixes[k], sl) == 0)
            return 1;
    }
    return 0;
}

/* the lower-case word at i: its end, or i */
static size_t low_word(const struct sc *s, size_t i)
{
    size_t e = i;
    while (e < s->len && e - i < 24 && is_low(s->t[e]))
        e++;
    if (e < s->len && s->t[e] == '.' && e - i <= 4) /* "str.", "av." */
        e++;
    return e;
}

/* the first two bytes of one of types_before's words (a cheap test before the fold) */
static int type_start(const uint8_t *w)
{
    switch (W2(w[0], w[1])) {
    case W2('a', 'l'):
    case W2('a', 'v'):
    case W2('b', 'd'):
    case W2('b', 'o'):
    case W2('c', '/'):
    case W2('c', 'a'):
    case W2('c', 'h'):
    case W2('c', 'o'):
    case W2('e', 's'):
    case W2('i', 'm'):
    case W2('l', 'a'):
    case W2('p', 'a'):
    case W2('p', 'i'):
    case W2('p', 'l'):
    case W2('p', 'r'):
    case W2('q', 'u'):
    case W2('r', 'o'):
    case W2('r', 'u'):
    case W2('t', 'r'):
    case W2('v', 'i'):
        return 1;
    default:
        return 0;
    }
}

/* number first: "42 wallaby way", "12 rue de la paix", "5 high st"; the street's first word at
 * j; its end, or 0 */
static size_t number_first(const struct sc *s, size_t j)
{
    const uint8_t *t = s->t;
    char buf[28];
    size_t e = low_word(s, j);
    const char *w = nw_fold_span(s, j, e, buf, sizeof buf);
    if (IN_SORTED(w, types_before)) {
        size_t end = e, words = 0;
        while (words < 4 && end + 1 < s->len && t[end] == ' ' && is_low(t[end + 1])) {
            size_t we = low_word(s, end + 1);
            if (we == end + 1)
                break;
            end = we;
            words++;
        }
        return words ? nw_addr_tail(s, end) : 0;
    }
    for (size_t words = 0; words < 4 && e > j; words++) {
        if (words && IN_SORTED(w, types_after)) {
            size_t we; /* "1600 pennsylvania ave nw" */
            char db[8];
            const char *dw = nw_word_after(s, e, &we, db, sizeof db);
            if (IN_SORTED(dw, directions) && (we >= s->len || !is_alnum(t[we])))
                e = we;
            return nw_addr_tail(s, e);
        }
        if (IN_SORTED(w, types_after) || IN_SORTED(w, not_name) || (words && strcmp(w, "the") == 0))
            return 0;
        if (e + 1 >= s->len || t[e] != ' ' || !is_low(t[e + 1]))
            return 0;
        j = e + 1;
        e = low_word(s, j);
        w = nw_fold_span(s, j, e, buf, sizeof buf);
    }
    return 0;
}

/* words of a flat or unit before the house number: "flat 3, 45 high st" */
static const char *const unit_words[] = {"apartment", "appartamento", "appartement", "apt",
                                         "apt.",      "flat",         "piso",        "room",
                                         "ste",       "suite",        "unit",        "wohnung"};

/* "flat 3, " (a unit word, a short number, a comma and a space) ends right before position p:
 * the unit word's start, or 0 */
static size_t unit_before(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    if (p < 8 || t[p - 1] != ' ' || t[p - 2] != ',')
        return 0;
    size_t q = p - 2, n = q;
    while (n > 0 && q - n < 4 && is_alnum(t[n - 1]))
        n--;
    if (n == q || !is_digit(t[n]) || n < 4 || t[n - 1] != ' ')
        return 0;
    size_t we = n - 1, ws = we;
    while (ws > 0 && we - ws < 12 && (is_low(t[ws - 1]) || t[ws - 1] == '.'))
        ws--;
    char buf[16];
    if (ws == we || (ws > 0 && is_alnum(t[ws - 1])))
        return 0;
    const char *w = nw_fold_span(s, ws, we, buf, sizeof buf);
    return IN_SORTED(w, unit_words) ? ws : 0;
}

/* a postcode written in lower case at i: "ox1 4aa", "nw1 6xe" (UK), "3511 ab", "1015cj" (NL),
 * "10115", "00-590", "1100-053"; its end, or 0 */
static size_t low_postcode(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    size_t n = s->len, j = i;
    while (j < n && j - i < 2 && t[j] >= 'a' && t[j] <= 'z')
        j++;
    if (j > i) { /* UK: an outward code of 1-2 letters, a digit, maybe one more, then "4aa" */
        if (j >= n || !is_digit(t[j]))
            return 0;
        j++;
        if (j < n && is_alnum(t[j]) && t[j] < 0x80)
            j++;
        if (j + 4 > n || t[j] != ' ' || !is_digit(t[j + 1]) || t[j + 2] < 'a' || t[j + 2] > 'z' ||
            t[j + 3] < 'a' || t[j + 3] > 'z')
            return 0;
        j += 4;
    } else {
        while (j < n && j - i < 5 && is_digit(t[j]))
            j++;
        size_t nd = j - i;
        if ((nd == 2 || nd == 4) && j + 3 < n && t[j] == '-' && is_digit(t[j + 1]) &&
            is_digit(t[j + 2]) && is_digit(t[j + 3])) {
            j += 4; /* "00-590" (PL), "1100-053" (PT) */
        } else if (nd < 4) {
            return 0;
        } else if (nd == 4) { /* NL: "3511 ab", not "2024 in" */
            size_t k = j < n && t[j] == ' ' ? j + 1 : j;
            if (k + 1 < n && t[k] >= 'a' && t[k] <= 'z' && t[k + 1] >= 'a' && t[k + 1] <= 'z' &&
                (k + 2 >= n || !is_alnum(t[k + 2]))) {
                const char pair[5] = {' ', (char)t[k], (char)t[k + 1], ' ', 0};
                if (!strstr(
                        " an as at be by do go he if in is it me my no of on or so to up us we ",
                        pair))
                    j = k + 2;
            }
        }
    }
    return j < n && is_alnum(t[j]) ? 0 : j;
}

/* a lower-case town: one word of 3..24 letters that ends a clause (text's end, a line end or
 * punctuation after it): its end, or 0 */
static size_t low_town(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    if (i >= s->len || !is_low(t[i]) || t[i] == '\'' || t[i] == '/')
        return 0;
    size_t e = i;
    while (e < s->len && e - i < 24 && (is_low(t[e]) || t[e] == '-') && t[e] != '/')
        e++;
    if (e - i < 3 || (e < s->len &&
                      !(t[e] == ',' || t[e] == '.' || t[e] == '\n' || t[e] == '\r' || t[e] == '!' ||
                        t[e] == '?' || t[e] == ';' || t[e] == ')' || t[e] == '"' || t[e] == '\\')))
        return 0;
    return e;
}

/* What follows a lower-case street, in lower case too: "75018 paris", ", oxford ox1 4aa",
 * ", london nw1 6xe", ", 3511 ab utrecht", ", 80331 münchen"; the new end, or e */
static size_t low_tail(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    size_t i = e;
    if (i < s->len && t[i] == ',')
        i++;
    if (i + 3 >= s->len || t[i] != ' ')
        return e;
    i++;
    if (i == e + 1 && is_digit(t[e - 1]) && !is_digit(t[i])) { /* "75018 paris" */
        size_t ct = low_town(s, i);
        return ct ? ct : e;
    }
    size_t pc = low_postcode(s, i);
    if (pc) { /* ", 3511 ab utrecht"; digits alone only with their town ("12 baker st, 2024 is") */
        size_t ct = pc + 1 < s->len && t[pc] == ' ' ? low_town(s, pc + 1) : 0;
        return ct ? ct : is_digit(t[pc - 1]) ? e : pc;
    }
    size_t we = low_word(s, i); /* ", oxford ox1 4aa" */
    if (we - i >= 3 && we + 1 < s->len && t[we] == ' ' && (pc = low_postcode(s, we + 1)) &&
        !is_digit(t[we + 1]))
        return pc;
    return e;
}

/* nw_addr_lower_cued() without the town and postcode after it */
static size_t addr_lower_cued(const struct sc *s, size_t i, size_t d, size_t *start)
{
    const uint8_t *t = s->t;
    size_t hn = d;
    if (hn < s->len && t[hn] >= 'a' && t[hn] <= 'z' && (hn + 1 >= s->len || !is_alnum(t[hn + 1])))
        hn++; /* "12a", "221b" */
    if (hn + 2 < s->len && t[hn] == ' ' && t[hn + 1] >= 'a' && t[hn + 1] <= 'z') {
        size_t us = 0; /* "flat 3, 45 high st" after the cue */
        if (cue_before(s, i) || ((us = unit_before(s, i)) && cue_before(s, us))) {
            size_t e = number_first(s, hn + 1);
            *start = us ? us : i;
            return e;
        }
    }
    /* name first: "hauptstraße 5", "calle mayor 3", "via roma 10" after the cue; the number
     * ends the street (a space, ',', a line end or a sentence's '.' after it; not "line 42:",
     * "version 3.2", "step 2)") and is no "0..." */
    if (i < 3 || t[i - 1] != ' ' || !(is_low(t[i - 2]) || t[i - 2] == '.') || t[i] == '0')
        return 0;
    if (hn + 1 < s->len && t[hn] == '-' && is_digit(t[hn + 1])) { /* "keizersgracht 123-2" */
        size_t k = hn + 1;
        while (k < s->len && k - hn <= 3 && is_digit(t[k]))
            k++;
        if (k - hn <= 3)
            hn = k;
    }
    if (hn < s->len) {
        uint8_t c = t[hn];
        if (!(c == ' ' || c == ',' || c == '\n' || c == '\r' ||
              (c == '.' && (hn + 1 >= s->len || !is_digit(t[hn + 1])))))
            return 0;
    }
    size_t ws = i - 1; /* words back from the number */
    char buf[28];
    for (size_t words = 0; words < 5; words++) {
        size_t we = ws;
        if (!words && ws > 4 && t[ws - 1] == '.') /* "hauptstr. 5" */
            ws--;
        size_t lo = we > 24 ? we - 24 : 0; /* ws > 0 && we - ws < 24: one bound */
        while (ws > lo && is_low(t[ws - 1]))
            ws--;
        if (ws == we || (ws > 0 && t[ws - 1] != ' '))
            return 0;
        if ((words ? type_start(t + ws) : we - ws >= 6) && ws >= 3 && t[ws - 1] == ' ' &&
            cue_tail(t, ws)) {
            const char *w = nw_fold_span(s, ws, we, buf, sizeof buf);
            if ((words ? IN_SORTED(w, types_before) : has_suffix(w, strlen(w))) &&
                cue_before(s, ws)) {
                *start = ws;
                return nw_addr_tail(s, hn);
            }
        }
        if (ws < 2)
            return 0;
        ws--;
    }
    return 0;
}

/* The house number i .. d (digits) starts a lower-case street after a cue, or ends one that
 * started after a cue. The address's end, or 0; its start in *start. */
size_t nw_addr_lower_cued(const struct sc *s, size_t i, size_t d, size_t *start)
{
    size_t e = addr_lower_cued(s, i, d, start);
    return e ? low_tail(s, e) : 0;
}
