/* names_typed54.c: a street typed in phone chat in lower case with its number after it, outside
 * the big languages' cue words ("moved to solvej 38", "pick up from petofi utca 9.", "addr inonu
 * cad no 67", "drop it at ul lipowa 4/2", "recup au 61 rue de la gare", "muutettiin husova 32").
 *
 * names_lowaddr.c reads a lower-case street only after its cue words of seven languages and with
 * a number after a space. Here the street itself carries most of the proof: a word that ends in
 * a street word of one of 17 languages ("kerkstraat", "solvej", "bjorkvagen", "koulukatu",
 * "kirkeveien"), a street type after its name ("petofi utca", "inonu cad", "lale sk") or before
 * it ("ul lipowa", "str florilor", "bd unirii", "odos ermou"), and a house number after it; and
 * the chat says an address follows: a word of a move, a pick-up, a delivery or an address on the
 * same line before the street ("umgezogen", "ophalen", "teslimat", "adr", "cim"), or a short word
 * right before it ("at", "op", "na", "pe", "its"). A street that is only a name ("husova 32",
 * "lesna 4") needs a name ending of its languages and one of the strong words.
 *
 * The one thing to know: called from the digit visit (names_visit_digits.c) only at a number of
 * one to three digits after a space that a lower-case letter or '.' precedes, once
 * names_lowaddr.c found nothing (a number glued to its street, "kerkstraat52", starts no word and
 * is never visited); it reads at most one line back and allocates
 * nothing.
 */
#include "anonymize/names_typed54.h"

#include <string.h>

static int low(uint8_t c)
{
    return (c >= 'a' && c <= 'z') || c >= 0x80;
}

/* w[0 .. n) equals the word k */
static int is_w(const uint8_t *w, size_t n, const char *k)
{
    return strlen(k) == n && memcmp(w, k, n) == 0;
}

static int in_list(const uint8_t *w, size_t n, const char *const *list, size_t cnt)
{
    for (size_t k = 0; k < cnt; k++)
        if (is_w(w, n, list[k]))
            return 1;
    return 0;
}

#define IN(w, n, list) in_list((w), (n), (list), sizeof(list) / sizeof((list)[0]))

/* endings of one-word streets (after three letters at least) */
static const char *const endings[] = {
    "straat", "strasse", "straße", "str",    "str.",   "weg",    "gasse",   "allee",  "platz",
    "laan",   "gracht",  "kade",   "singel", "plein",  "gade",   "vej",     "vejen",  "straede",
    "gata",   "gatan",   "vagen",  "vägen",  "veien",  "veg",    "vei",     "stigen", "katu",
    "tie",    "kuja",    "polku",  "kaari",  "ringen", "torget", "bulvari", "sokak",  "sokagi",
};

/* types after the street's name: "petofi utca", "inonu cad", "baker st" */
static const char *const types_after[] = {
    "utca",   "u",       "u.",  "ut",    "út",      "ter", "sor",  "krt",   "korut", "cad",
    "cad.",   "cd",      "cd.", "cadde", "caddesi", "sk",  "sk.",  "sok",   "sok.",  "sokak",
    "sokagi", "bulvari", "blv", "st",    "rd",      "ave", "lane", "close", "road",  "street",
};

/* types before the street's name: "ul lipowa", "str florilor", "odos ermou" */
static const char *const types_before[] = {
    "ul",  "ul.",   "ulica",    "al",      "al.",     "aleja",  "os",    "os.",   "pl.",
    "str", "str.",  "strada",   "bd",      "bd.",     "bdul",   "b-dul", "calea", "aleea",
    "sos", "sos.",  "soseaua",  "splaiul", "odos",    "od.",    "leof",  "leof.", "leoforos",
    "via", "v.",    "viale",    "corso",   "piazza",  "vicolo", "rua",   "r.",    "av",
    "av.", "avda",  "avenida",  "calle",   "c/",      "cl",     "paseo", "plaza", "rue",
    "bd",  "trav.", "travessa", "largo",   "namesti", "nam.",
};

/* endings of a street that is only a name (cs, sk, pl adjectives, el genitives): "husova",
 * "skolni", "lesna", "komenskeho", "stadiou" */
static const char *const name_endings[] = {"ova", "owa", "ska", "ni", "na", "eho", "ou", "ego"};

/* beginnings of the words that say an address follows: a move, a pick-up, a delivery, an
 * address, in 17 languages as typed without diacritics */
static const char *const stems[] = {
    "addr",    "adr",     "adres",   "cim",     "dir",       "ind",     "end",    "os",
    "dieuth",  "moved",   "move",    "umgezog", "verhuis",   "demenag", "mud",    "trasfer",
    "przepro", "flytt",   "flyt",    "muut",    "prestehov", "atkolt",  "tasin",  "mutat",
    "metakom", "pick",    "abhol",   "recup",   "ophal",     "recog",   "ritir",  "busc",
    "odbior",  "hamt",    "afhent",  "hent",    "nouto",     "vyzved",  "atvet",  "teslim",
    "ridic",   "paralav", "deliver", "liefer",  "livr",      "bezorg",  "entreg", "consegn",
    "dostaw",  "lever",   "toimit",  "doruc",   "szallit",   "parados", "drop",   "bring",
    "wohn",    "woon",    "vivo",    "abito",   "moro",      "mieszk",  "bor",    "asun",
    "bydl",    "lakom",   "oturuy",  "stau",    "meno",
};

/* short words right before a street (after them a typed street is the only reading left) */
static const char *const shorts[] = {
    "at", "is",  "its",  "it's", "to", "on", "in",  "nach", "bei", "zur",  "zum", "der", "au",
    "op", "bij", "naar", "en",   "na", "pe", "pa",  "på",   "til", "till", "i",   "c",   "es",
    "e",  "je",  "az",   "ide:", "a",  "da", "del", "em",   "no",  "v",    "ve",
};

/* the word before position e on its line (letters, '.', '/', ':' and '\''): its start, or e */
static size_t word_back(const uint8_t *t, size_t e, size_t floor)
{
    size_t b = e;
    while (b > floor && (low(t[b - 1]) || t[b - 1] == '.' || t[b - 1] == '/' || t[b - 1] == '\'' ||
                         t[b - 1] == '-'))
        b--;
    return b;
}

static int has_end(const uint8_t *w, size_t n, const char *const *list, size_t cnt, size_t min)
{
    for (size_t k = 0; k < cnt; k++) {
        size_t sl = strlen(list[k]);
        if (n >= sl + min && memcmp(w + n - sl, list[k], sl) == 0)
            return 1;
    }
    return 0;
}

/* The chat says an address follows the street starting at a: a stem word among the five words
 * before it on its line (strong: 2), or a short word right before it (1); else 0. */
static int cue_line(const uint8_t *t, size_t a)
{
    size_t floor = a > 64 ? a - 64 : 0, e = a;
    int got = 0;
    for (size_t words = 0; words < 5 && e > floor + 1 && t[e - 1] == ' '; words++) {
        size_t b = word_back(t, e - 1, floor);
        size_t n = e - 1 - b;
        if (n == 0)
            break;
        const uint8_t *w = t + b;
        if (n > 1 && w[n - 1] == ':') /* "addr:", "cim:" */
            n--;
        for (size_t k = 0; k < sizeof stems / sizeof stems[0]; k++) {
            size_t sl = strlen(stems[k]);
            if (n >= sl && memcmp(w, stems[k], sl) == 0 && (sl >= 4 || n <= sl + 4))
                return 2;
        }
        if (!words && IN(w, e - 1 - b, shorts))
            got = 1;
        if (b > 0 && t[b - 1] != ' ')
            break;
        e = b;
    }
    return got;
}

/* particles between a street type and its name: "rue de la gare", "via dei mille" */
static const char *const particles[] = {"de",  "la", "le", "les", "des", "du",  "del", "della",
                                        "dei", "di", "do", "da",  "das", "dos", "l'",  "d'"};

/* After a house number at j (a space there): a street type before its name, its particles and
 * one name word: "rue de la gare", "av foch", "allee des pins"; the street's end, or 0. */
static size_t number_first(const struct sc *s, size_t j)
{
    const uint8_t *t = s->t;
    if (j + 2 >= s->len || t[j] != ' ' || !low(t[j + 1]))
        return 0;
    size_t b = j + 1, e = b;
    while (e < s->len && e - b < 12 && (low(t[e]) || t[e] == '.' || t[e] == '/'))
        e++;
    if (!IN(t + b, e - b, types_before) || is_w(t + b, e - b, "via")) /* "12 via email" */
        return 0;
    for (int words = 0; words < 4 && e + 1 < s->len && t[e] == ' ' && low(t[e + 1]); words++) {
        size_t wb = e + 1, we = wb;
        while (we < s->len && we - wb < 24 && (low(t[we]) || t[we] == '\''))
            we++;
        if (we < s->len && is_alnum(t[we]))
            return 0;
        if (!IN(t + wb, we - wb, particles))
            return we - wb >= 3 ? we : 0;
        e = we;
    }
    return 0;
}

/* The house number i .. d (after a space) starts or ends a lower-case
 * street that a chat cue introduces: the street's end, or 0; its start in *start. */
size_t nw_typed54_street(const struct sc *s, size_t i, size_t d, size_t *start)
{
    const uint8_t *t = s->t;
    size_t hn = d;
    if (hn < s->len && t[hn] >= 'a' && t[hn] <= 'z' && (hn + 1 >= s->len || !is_alnum(t[hn + 1])))
        hn++;                                                     /* "12a" */
    if (hn + 1 < s->len && t[hn] == '/' && is_digit(t[hn + 1])) { /* "4/2" */
        size_t k = hn + 1;
        while (k < s->len && k - hn <= 3 && is_digit(t[k]))
            k++;
        hn = k;
    } else if (hn < s->len && t[hn] == '.' &&
               (hn + 1 >= s->len || t[hn + 1] == ' ' || t[hn + 1] == '\n' || t[hn + 1] == '\\')) {
        hn++; /* "petofi utca 9." */
    }
    if (hn < s->len && is_alnum(t[hn]))
        return 0;
    size_t floor = i > 64 ? i - 64 : 0, a;
    if (t[i - 1] == ' ' && hn == d) { /* number first: "61 rue de la gare", "153, av foch" */
        size_t e = number_first(s, hn + (hn < s->len && t[hn] == ','));
        if (e && cue_line(t, i)) {
            *start = i;
            return e;
        }
    }
    size_t e = i - 1; /* the words before the number */
    size_t b = word_back(t, e, floor);
    if (is_w(t + b, e - b, "no") || is_w(t + b, e - b, "nr") || is_w(t + b, e - b, "nr.")) {
        if (b < 2 || t[b - 1] != ' ') /* "inonu cad no 67" */
            return 0;
        e = b - 1;
        b = word_back(t, e, floor);
    }
    size_t n = e - b;
    if (n == 0 || n > 24 || (b > 0 && t[b - 1] != ' '))
        return 0;
    int cue;
    if (IN(t + b, n, types_after)) { /* "petofi utca 9": one or two name words before */
        if (b < 2)
            return 0;
        size_t nb = word_back(t, b - 1, floor);
        if (b - 1 - nb < 2 || t[nb] == '.')
            return 0;
        a = nb;
        if ((cue = cue_line(t, a)) == 0 && nb >= 2 && t[nb - 1] == ' ') {
            size_t n2 = word_back(t, nb - 1, floor); /* "ady endre u 5", "dozsa gy ut 3" */
            if (nb - 1 - n2 >= 2 && n2 < nb - 1 && (cue = cue_line(t, n2)) == 2)
                a = n2;
        }
        if (!cue)
            return 0;
    } else if (n >= 5 && t[b] != '.' &&
               has_end(t + b, n, endings, sizeof endings / sizeof endings[0], 3)) {
        a = b; /* "solvej 38", "koulukatu 4" */
        if (!cue_line(t, a))
            return 0;
    } else {
        /* "ul lipowa 4", "str florilor 3", "odos ermou 4": a type one or two words back */
        a = 0;
        size_t wb = b;
        for (int k = 0; k < 2 && wb >= 2 && t[wb - 1] == ' '; k++) {
            size_t pb = word_back(t, wb - 1, floor);
            if (pb == wb - 1)
                break;
            if (IN(t + pb, wb - 1 - pb, types_before)) {
                a = pb;
                break;
            }
            wb = pb;
        }
        if (a) {
            if (!cue_line(t, a))
                return 0;
        } else if (n >= 4 && t[b] != '.' &&
                   has_end(t + b, n, name_endings, sizeof name_endings / sizeof name_endings[0],
                           3)) {
            a = b; /* "husova 32": only after a strong word */
            if (cue_line(t, a) != 2)
                return 0;
        } else {
            return 0;
        }
    }
    *start = a;
    return hn;
}
