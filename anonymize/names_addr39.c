/* names_addr39.c: the last parts of a postal address that nw_addr_tail (names_postal.c) stopped
 * before, read after the town it took: a bare postcode after a comma (", 2196" in South Africa,
 * ", 560011" in India, "Bengaluru - 560011") and a Brazilian state after a dash ("São Paulo -
 * SP", ", Porto Alegre - RS" after a CEP). Tune sets written by four authors left these out of
 * addresses they had found (notes/addr39.md).
 *
 * Only ever extends an address a street recogniser found, and only right after a letter (the
 * town): a number after a number ("Flat 4, 12") or after the postcode is never taken, and a
 * bare four-digit number must end its segment (", 2196." / ",\n" / " |"), so "Cape Town, 2019 to
 * 2021" keeps its years. Nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* The 27 Brazilian federative units, as addresses write them after the town. */
static const char uf[] = "AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC "
                         "SP SE TO ";

static int is_uf(const uint8_t *p)
{
    for (size_t k = 0; k + 2 < sizeof uf; k += 3)
        if (uf[k] == (char)p[0] && uf[k + 1] == (char)p[1])
            return 1;
    return 0;
}

/* " - SP", "-SP", " – SP" at p after a town: the state's end, or 0. */
static size_t uf_at(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t q = p;
    if (q < s->len && t[q] == ' ')
        q++;
    if (q + 3 <= s->len && t[q] == 0xE2 && t[q + 1] == 0x80 && t[q + 2] == 0x93)
        q += 3; /* an en dash */
    else if (q < s->len && t[q] == '-')
        q++;
    else
        return 0;
    if (q < s->len && t[q] == ' ')
        q++;
    if (q + 2 > s->len || !is_up(t[q]) || !is_up(t[q + 1]) || !is_uf(t + q) ||
        (q + 2 < s->len && (is_alnum(t[q + 2]) || t[q + 2] >= 0x80)))
        return 0;
    return q + 2;
}

/* Does a segment end at e: the text's end, a line break, or punctuation that closes a part
 * (not a hyphen, slash, dot or colon before a digit: "2196-04", "2019/20", "5.30"). A number
 * that may be a year (year) must also not go on with a lower-case word ("2019 to 2021"); other
 * numbers may ("Johannesburg, 2196 formerly known as", "Chennai, 600006 / Emergency"). */
static int segment_ends(const struct sc *s, size_t e, int year)
{
    const uint8_t *t = s->t;
    if (e >= s->len || t[e] == '\n' || t[e] == '\r')
        return 1;
    if (is_alnum(t[e]) || t[e] >= 0x80)
        return 0;
    if ((t[e] == '-' || t[e] == '/' || t[e] == '.' || t[e] == ':' || t[e] == ',') &&
        e + 1 < s->len && is_digit(t[e + 1]))
        return 0;
    if (t[e] == ' ' && year) /* "2196 South Africa" is the country's; "2019 to 2021" no postcode */
        return e + 1 < s->len && (is_up(t[e + 1]) || t[e + 1] == '|' || t[e + 1] == '(' ||
                                  t[e + 1] == '<' || t[e + 1] == '-' || t[e + 1] == '/');
    return !(t[e] == ' ' && e + 1 < s->len && is_digit(t[e + 1]));
}

/* A Brazilian town's words from i: capitalised, or the particles between them ("Rio de
 * Janeiro", "Belo Horizonte"), at most five: the last one's end, or 0. */
static size_t town_words(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    size_t e = 0;
    for (int w = 0; w < 5 && i < s->len; w++) {
        size_t u = nw_upper(t + i, s->len - i);
        size_t j = i;
        if (!u && !(j + 2 < s->len && t[j] == 'd' && strchr("aeo", t[j + 1]) && t[j + 1]))
            break; /* not a capital and not "de", "da", "do", "dos", "das" */
        j += u ? u : 1;
        while (j < s->len && (is_alnum(t[j]) || t[j] >= 0x80))
            j++;
        if (!u && j - i > 3)
            break;
        if (u)
            e = j;
        if (j >= s->len || t[j] != ' ')
            break;
        i = j + 1;
    }
    return e;
}

size_t nw_addr39_after(const struct sc *s, size_t end)
{
    const uint8_t *t = s->t;
    if (end == 0 || end + 3 > s->len)
        return end;
    uint8_t last = t[end - 1];
    if (is_digit(last) && t[end] == ',' && t[end + 1] == ' ') {
        size_t e = town_words(s, end + 2); /* "CEP 40020-145, Salvador - BA" */
        size_t u = e ? uf_at(s, e) : 0;
        return u ? u : end;
    }
    if (!(last >= 0x80 || (is_alnum(last) && !is_digit(last))))
        return end; /* only after the town's last letter */
    size_t u = uf_at(s, end);
    if (u)
        return u;
    size_t p = end;
    if (t[p] == ',' && p + 1 < s->len && t[p + 1] == ' ')
        p += 2;
    else if (p + 3 < s->len && t[p] == ' ' && t[p + 1] == '-' && t[p + 2] == ' ')
        p += 3;
    else
        return end;
    size_t d = p;
    while (d < s->len && is_digit(t[d]))
        d++;
    unsigned y = 0;
    for (size_t k = p; k < d && k < p + 4; k++)
        y = y * 10 + (unsigned)(t[k] - '0');
    if ((d - p == 4 || d - p == 6) && segment_ends(s, d, d - p == 4 && y >= 1900 && y <= 2099))
        return d; /* ", 2196", ", 560011", " - 560011" */
    return end;
}

/* Last words that make a part a building or an estate, folded. */
static const char *const building_last[] = {
    "enclave", "apartments", "apartment", "apts",     "residency", "residences", "estate",
    "villas",  "towers",     "court",     "mansions", "heights",   "complex",    "kunj",
    "niketan", "lodge",      "manor",     "chambers", "house",     "cottage",    "residence"};
/* First words that do, folded ("Résidence les Tilleuls", "Edificio Miramar"). */
static const char *const building_first[] = {
    "r\303\251sidence", "residence",       "residencial", "immeuble",
    "edificio",         "edif\303\255cio", "condominio",  "condom\303\255nio"};

/* A word's start before e (letters, digits, '-', '\'', '.' and UTF-8), or e. */
static size_t word_start(const struct sc *s, size_t e)
{
    size_t k = e;
    while (k > 0 && e - k < 24 &&
           (is_alnum(s->t[k - 1]) || s->t[k - 1] >= 0x80 || s->t[k - 1] == '-' ||
            s->t[k - 1] == '\'' || s->t[k - 1] == '.'))
        k--;
    return k;
}

size_t nw_addr39_building_before(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    size_t ws = word_start(s, e);
    if (ws == e || e - ws < 4)
        return (size_t)-1;
    char b[24];
    const char *last = nw_fold_span(s, ws, e, b, sizeof b);
    int ok = NW_ONE_OF(last, building_last);
    int caps = nw_upper(t + ws, s->len - ws) > 0;
    size_t start = ws, first = ws;
    for (int n = 1; n < (caps ? 5 : 3) && start > 1 && t[start - 1] == ' '; n++) {
        size_t k = word_start(s, start - 1);
        if (k == start - 1)
            break;
        int up = nw_upper(t + k, s->len - k) > 0;
        if (caps && !up) { /* a particle inside ("Résidence les Tilleuls"), or the sentence */
            size_t j = word_start(s, k - (k > 0));
            if (start - 1 - k > 3 || k < 2 || t[k - 1] != ' ' || j == k - 1 ||
                !nw_upper(t + j, s->len - j))
                break;
        }
        if (!caps && up)
            break;
        start = k;
        if (up || !caps)
            first = k;
    }
    if (start != first) /* a lower-case word first: the sentence, not the building */
        start = first;
    if (!(start == 0 || strchr(",\n\t:(|>\"", t[start - 1]) ||
          (start >= 2 && t[start - 1] == ' ' && strchr(",:(|>", t[start - 2]))))
        return (size_t)-1; /* the part must be the building's alone */
    if (!ok) {
        size_t fe = start;
        while (fe < e && (is_alnum(t[fe]) || t[fe] >= 0x80))
            fe++;
        const char *f = nw_fold_span(s, start, fe, b, sizeof b);
        ok = NW_ONE_OF(f, building_first) && fe < e;
    }
    if (!ok)
        return (size_t)-1;
    return start < e && t[start] == ' ' ? start + 1 : start;
}
