/* names_addrw65_lead.c: a romanised address that opens with its house word and number, as South
 * and South-East Asia, Africa and the Middle East write them (branch addrw65): "No. 52, Jalan
 * Ampang, 52494 Kuala Lumpur", "Plot 63-B, Block 14, Gulshan-e-Iqbal, Karachi", "Holding 262,
 * Agrabad R/A, Chattogram 4100", "Blk 18 Lot 29, Rasu Subd., Brgy. Pinagsama, Taguig City",
 * "Kiệt 49 Trần Phú, Đà Nẵng".
 *
 * The house word alone is no proof ("No. 5 on the list", "Unit 3 of the course"): it must open
 * its clause (the text's or line's start, after ": ", ", ", a tab, a quote, "(", or after "at",
 * "to", "is"), the number is a house's (one to four digits, a letter or "-A"/"/3" after it), and
 * the clause after it, up to 140 bytes, names a street or area word of those countries as a
 * whole word ("Jalan", "Jl.", "Soi", "Brgy.", "Subd.", "R/A", "Road", "Street", "Alley", "Lane",
 * "Link", "Crescent", "Sector", "Taman", "Kel.", "Phố", "Ngõ", "Block 14"). The span runs from the
 * house word to the clause's end: a line end, a quote, ';', '|', a tab, '(', or the first word in
 * small letters that is no address's ("thanks", "pls"); a sentence's closing '.' after a word of
 * more than three letters that is no street word ("Tamil Nadu. My") ends it, as do "·", "•", "—".
 * names_addrw65.c's emit link then cuts it before a phone. Asked from the digit visit
 * (names_visit_digits.c), behind nw_addrw65_lead_may's byte test (names_internal.h), at a number
 * after a space behind a word, when nothing else took it; nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* house words, folded, without their dot ("hse no" and "h.no" as one); not "Flat", "Apt" or
 * "Unit", which open the addresses of Britain and America that their own readers take whole */
static const char *const leads[] = {"no",     "lot",      "plot",    "holding", "house",
                                    "hse no", "blk",      "h.no",    "kiệt",    "số",
                                    "bldg",   "house no", "plot no", "door no"};

/* street and area words, folded, a trailing dot dropped ("block" only before a number) */
static const char *const streets[] = {
    "jalan",  "jl",    "gg",      "soi",    "moo",    "thanon", "brgy",   "barangay", "subd",
    "r/a",    "road",  "rd",      "street", "st",     "alley",  "link",   "crescent", "lane",
    "sector", "taman", "kel",     "kec",    "avenue", "ave",    "ngõ",    "phố",      "đường",
    "colony", "nagar", "mohalla", "layout", "perum",  "blok",   "cad",    "sk",       "mah",
    "calle",  "rua",   "carrera", "cra",    "kiệt",   "hẻm",    "menara", "lorong",   "persiaran"};

/* small words an address holds ("off Allen Avenue", "apto 204", "de") */
static const char *const small[] = {"off", "de",  "da", "do",   "das",
                                    "dos", "del", "la", "apto", "e"};

static int letter(uint8_t c)
{
    return (uint8_t)((c | 32) - 'a') < 26 || c >= 0x80;
}

/* The folded word at i (letters, bytes >= 0x80, '/' between letters, '.' inside as in "h.no"),
 * into f; its end (a trailing '.' not counted) in *we. 0 when longer than cap. */
static size_t fold_word(const uint8_t *t, size_t len, size_t i, char *f, size_t cap, size_t *we)
{
    size_t k = i, n = 0;
    while (k < len && (letter(t[k]) || ((t[k] == '/' || t[k] == '.') && k > i && k + 1 < len &&
                                        letter(t[k + 1]) && t[k + 1] != ' '))) {
        if (n + 1 >= cap)
            return 0;
        f[n++] = (char)(t[k] < 0x80 ? t[k] | 32 : t[k]);
        k++;
    }
    f[n] = '\0';
    *we = k;
    return n;
}

static int in(const char *f, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strcmp(f, list[k]) == 0)
            return 1;
    return 0;
}
#define IN(f, l) in(f, l, sizeof l / sizeof *l)

/* Where the house word before the number at i starts (i - 1 is a space), or SIZE_MAX. */
static size_t lead_start(const uint8_t *t, size_t i)
{
    size_t b = i - 1; /* the space */
    if (b > 0 && t[b - 1] == '.')
        b--;
    size_t a = b;
    while (a > 0 && (letter(t[a - 1]) || t[a - 1] == '.'))
        a--;
    if (a == b || b - a > 8)
        return SIZE_MAX;
    char f[24];
    size_t n = 0;
    for (size_t k = a; k < b && n + 1 < sizeof f; k++)
        f[n++] = (char)(t[k] < 0x80 ? t[k] | 32 : t[k]);
    f[n] = '\0';
    if (strcmp(f, "no") == 0 && a >= 2 && t[a - 1] == ' ') { /* "Hse No.", "House No.", "H. No." */
        size_t c = a - 1, p = c;
        if (p > 0 && t[p - 1] == '.')
            p--;
        size_t q = p;
        while (q > 0 && letter(t[q - 1]))
            q--;
        size_t m = p - q;
        if ((m == 3 && (t[q] | 32) == 'h' && (t[q + 1] | 32) == 's' && (t[q + 2] | 32) == 'e') ||
            (m == 5 && strncmp((const char *)t + q, "House", 5) == 0) ||
            (m == 4 && strncmp((const char *)t + q, "Plot", 4) == 0) ||
            (m == 4 && strncmp((const char *)t + q, "Door", 4) == 0))
            a = q;
    }
    if (!IN(f, leads))
        return SIZE_MAX;
    return a;
}

/* Does the lead at a open its clause? */
static int opens_clause(const uint8_t *t, size_t a)
{
    if (a == 0)
        return 1;
    uint8_t c = t[a - 1];
    if (c == '\n' || c == '\t' || c == '"' || c == '(' || c == '\'')
        return 1;
    if (c != ' ' || a < 2)
        return 0;
    c = t[a - 2];
    if (c == ':' || c == ',' || c == '\n' || c == '-')
        return 1;
    static const char *const cues[] = {"at", "to", "is", "di", "en", "em"};
    for (size_t k = 0; k < sizeof cues / sizeof *cues; k++) {
        size_t m = strlen(cues[k]);
        if (a >= m + 1 && memcmp(t + a - 1 - m, cues[k], m) == 0 &&
            (a == m + 1 || !letter(t[a - 2 - m])))
            return 1;
    }
    return 0;
}

size_t nw_addrw65_lead(const struct sc *s, size_t i, size_t d, size_t *as)
{
    const uint8_t *t = s->t;
    size_t len = s->len;
    if (d - i > 4 || t[i] == '0')
        return 0;
    size_t a = lead_start(t, i);
    if (a == SIZE_MAX || !opens_clause(t, a))
        return 0;
    size_t k = d;
    if (k + 1 < len && (t[k] == '-' || t[k] == '/') && (is_digit(t[k + 1]) || is_up(t[k + 1]))) {
        k++;
        while (k < len && is_alnum(t[k]) && k - d < 6)
            k++;
    } else if (k < len && is_up(t[k]) && (k + 1 >= len || !is_alnum(t[k + 1])))
        k++; /* "12C" */
    if (k >= len || (t[k] != ',' && t[k] != ' '))
        return 0;
    size_t lim = k + 140 < len ? k + 140 : len, e = k, named = 0;
    char f[24];
    for (size_t p = k; p < lim;) {
        uint8_t c = t[p];
        if (c == '\n' || c == '\r' || c == '"' || c == ';' || c == '|' || c == '\t' || c == '(' ||
            c == '\\' || c == '?' || c == '!' || (c == ':' && p + 1 < lim && t[p + 1] == ' ') ||
            (c == 0xC2 && p + 1 < lim && t[p + 1] == 0xB7) ||
            (c == 0xE2 && p + 2 < lim && t[p + 1] == 0x80 &&
             (t[p + 2] == 0xA2 || t[p + 2] == 0x94)))
            break; /* and a "·", "•" or "—" between fields */
        if (!letter(c) && !is_digit(c)) {
            p++;
            continue;
        }
        if (is_digit(c)) {
            while (p < lim && (is_alnum(t[p]) || t[p] == '-' || t[p] == '/'))
                p++;
            e = p;
            if (p + 1 < lim && t[p] == '.' && (t[p + 1] == ' ' || t[p + 1] == '\n'))
                break; /* a sentence ends after a postcode: "Chattogram 4100. The" */
            continue;
        }
        size_t we;
        size_t n = fold_word(t, len, p, f, sizeof f, &we);
        if (!n) {
            while (p < lim && letter(t[p]))
                p++;
            e = p;
            continue;
        }
        if (c >= 'a' && c <= 'z' && !IN(f, small) && !IN(f, streets))
            break; /* "thanks", "pls", "and" */
        if (IN(f, streets) ||
            (strcmp(f, "block") == 0 && we + 1 < len && t[we] == ' ' && is_digit(t[we + 1])))
            named = 1; /* "Block 14", not "Block B" */
        p = we;
        e = we;
        if (p < len && t[p] == '.') {
            if (n > 3 && !memchr(f, '.', n) && !IN(f, streets))
                break; /* a sentence's end: "Karachi. Landmark: Gate 3" */
            e = ++p;   /* "St.", "Pue.", "N.L." */
        }
    }
    if (!named || e <= k)
        return 0;
    *as = a;
    return e;
}
