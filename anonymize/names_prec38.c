/* names_prec38.c: a last look at the scanner's PERSON findings for places inside or in place of an
 * address, the largest class of false findings read across the tune sets in stop 38: the building
 * or society name of an Indian-style address after its unit ("Flat 192, Lotus Apartments, 3rd
 * Main Road, ... 400069"), the county of an Irish address (", Co. Clare, V95 D9E6") and a town
 * alone after a residence label ("Address: Jackson", "Wohnort: Bamberg", "Domicilio: Victoria").
 *
 * anon_names_scan() (names.c) routes the scanner's emits through nw_prec38_emit() before
 * names_h11prec.c's. Each drop asks for the cue before the finding and for the end of the address
 * after it, and for one word where a person could stand: "Flat 12 – Occupant: Meera Iyer", "Co.
 * Kerry Fitzgerald", "Address: Olivia Marsh, 14 Mill Lane" stay masked. PII-free text, with few
 * findings, pays nothing.
 */
#include "anonymize/names_internal.h"

#include <string.h>

static int lower_ascii(uint8_t c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int word_byte(uint8_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c >= 0x80;
}

static int line_end(uint8_t c)
{
    return c == '\n' || c == '\r';
}

/* Is t[a .. a+n) the word w (ASCII folded), a whole word (no word byte before a)? */
static int word_at(const uint8_t *t, size_t a, size_t end, const char *w)
{
    size_t n = strlen(w);
    if (a + n > end || (a > 0 && word_byte(t[a - 1])))
        return 0;
    for (size_t k = 0; k < n; k++)
        if ((uint8_t)lower_ascii(t[a + k]) != (uint8_t)w[k])
            return 0;
    return 1;
}

/* One word: no space inside t[a .. e). */
static int one_word(const uint8_t *t, size_t a, size_t e)
{
    for (size_t i = a; i < e; i++)
        if (t[i] == ' ' || t[i] == '\t' || line_end(t[i]))
            return 0;
    return 1;
}

/* Does t[.. i) end with ", " (i moved before it)? */
static int back_comma(const uint8_t *t, size_t *i)
{
    size_t j = *i;
    while (j > 0 && t[j - 1] == ' ')
        j--;
    if (j == *i || j == 0 || t[j - 1] != ',')
        return 0;
    *i = j - 1;
    return 1;
}

/* Does t[.. i) end with a unit and its number ("Flat 192", "Flat No. 12", "Door No. 4-5/A",
 * "Apt #3B", "Plot 797")? */
static int back_unit(const uint8_t *t, size_t i)
{
    static const char *const units[] = {"flat", "apt",   "apt.",  "apartment", "unit",
                                        "plot", "door",  "house", "suite",     "villa",
                                        "shop", "block", "no.",   "room",      "bungalow"};
    size_t j = i, digits = 0;
    while (j > 0 && (is_digit(t[j - 1]) || (t[j - 1] >= 'A' && t[j - 1] <= 'Z') ||
                     t[j - 1] == '-' || t[j - 1] == '/')) {
        digits += is_digit(t[j - 1]);
        j--;
    }
    if (!digits || i - j > 10)
        return 0;
    if (j > 0 && t[j - 1] == '#')
        j--;
    if (j == 0 || t[j - 1] != ' ')
        return 0;
    j--;
    while (j > 0 && t[j - 1] == ' ')
        j--;
    for (size_t k = 0; k < sizeof units / sizeof *units; k++) {
        size_t n = strlen(units[k]);
        if (j >= n && word_at(t, j - n, j, units[k])) {
            if (strcmp(units[k], "no.") != 0)
                return 1;
            /* "Door No. 12", "House No. 4": the unit before "No." */
            size_t m = j - n;
            while (m > 0 && t[m - 1] == ' ')
                m--;
            return (m >= 4 && word_at(t, m - 4, m, "door")) ||
                   (m >= 5 && word_at(t, m - 5, m, "house")) ||
                   (m >= 4 && word_at(t, m - 4, m, "flat"));
        }
    }
    return 0;
}

/* The finding follows a unit ("Flat 192, ") or a unit and one more part of the address ("Flat
 * 775, B-Wing, ", "Plot 797, Lotus Enclave, "), on the same line. */
static int after_unit(const uint8_t *t, size_t a)
{
    size_t i = a;
    if (!back_comma(t, &i))
        return 0;
    if (back_unit(t, i))
        return 1;
    /* one part before: no comma, no line end, short */
    size_t j = i;
    while (j > 0 && t[j - 1] != ',' && !line_end(t[j - 1]) && i - j <= 40)
        j--;
    if (j == 0 || t[j - 1] != ',' || i - j > 40)
        return 0;
    return back_unit(t, j - 1);
}

/* The address goes on after the finding: ", " then a postal code of 4 to 6 digits ("560038",
 * "Kolkata - 700012", "2196") before the end of the next line. */
static int address_goes_on(const uint8_t *t, size_t len, size_t e)
{
    if (e >= len || t[e] != ',')
        return 0;
    int lines = 0;
    for (size_t i = e + 1; i < len && i < e + 160; i++) {
        if (line_end(t[i]) && ++lines > 1)
            return 0;
        if (is_digit(t[i]) && !is_digit(t[i - 1])) {
            size_t k = i;
            while (k < len && is_digit(t[k]))
                k++;
            if (k - i >= 4 && k - i <= 6 && (k == len || !word_byte(t[k])))
                return 1;
            i = k;
        }
    }
    return 0;
}

/* Two words or more, a given name first and a name last ("Flat 12, Meera Iyer, MG Road, ..."):
 * a care-of person after the unit, kept; "Shanti Kunj", "Lotus Apartments" are not. */
static int full_name(const uint8_t *t, size_t a, size_t e)
{
    size_t m = a, l = e;
    while (m < e && t[m] != ' ')
        m++;
    while (l > a && t[l - 1] != ' ')
        l--;
    if (m == e || l <= m)
        return 0;
    return (anon_names_lexicon((const char *)t + a, m - a) & ANON_NL_GIVEN) &&
           (anon_names_lexicon((const char *)t + l, e - l) & ANON_NL_NAME);
}

/* One word, or a last word that names a building, a housing society or a quarter ("Lotus
 * Apartments", "Shanti Kunj", "Anna Nagar"): a person's unknown name after a unit ("Flat 3,
 * Kaen Weindling, 5 Rue d'Orsel, 75018 Paris") has none and stays masked. */
static int building_like(const uint8_t *t, size_t a, size_t e)
{
    static const char *const words[] = {
        "apartments", "apartment", "apts",      "towers",   "tower",   "residency", "residences",
        "enclave",    "heights",   "nagar",     "colony",   "complex", "society",   "house",
        "court",      "villa",     "villas",    "kunj",     "bhavan",  "bhawan",    "niwas",
        "nivas",      "sadan",     "mansion",   "mansions", "plaza",   "gardens",   "garden",
        "park",       "estate",    "layout",    "block",    "wing",    "chs",       "manor",
        "lodge",      "place",     "residence", "homes",    "nest",    "vihar",     "puram",
        "palace",     "arcade",    "chambers",  "building", "bldg",    "terrace",   "square"};
    size_t l = e;
    while (l > a && t[l - 1] != ' ')
        l--;
    if (l == a)
        return 1;
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (strlen(words[k]) == e - l && word_at(t, l, e, words[k]))
            return 1;
    return 0;
}

/* ", Co. Clare," / ", Co. Kerry V92": an Irish county after the town of its address. */
static int irish_county(const uint8_t *t, size_t len, size_t a, size_t e)
{
    if (a < 6 || memcmp(t + a - 4, "Co. ", 4) != 0 || !one_word(t, a, e))
        return 0;
    size_t i = a - 4;
    if (!back_comma(t, &i))
        return 0;
    return e == len || t[e] == ',' || line_end(t[e]) ||
           (t[e] == ' ' && e + 1 < len && t[e + 1] >= 'A' && t[e + 1] <= 'Z' && e + 3 < len &&
            is_digit(t[e + 2]) && is_digit(t[e + 3])); /* the Eircode's routing key */
}

/* Does the word t[a .. e) stand anywhere else in the text, a whole word ("Anschrift: Weber" over
 * "Name: Jonas Weber": a person's name, kept)? */
static int elsewhere(const uint8_t *t, size_t len, size_t a, size_t e)
{
    size_t n = e - a;
    for (size_t i = 0; i + n <= len; i++) {
        if (i == a || t[i] != t[a] || memcmp(t + i, t + a, n) != 0)
            continue;
        if ((i == 0 || !word_byte(t[i - 1])) && (i + n == len || !word_byte(t[i + n])))
            return 1;
    }
    return 0;
}

/* "Address: Jackson" ending its field: a town alone after a residence label. */
static int lone_town(const uint8_t *t, size_t len, size_t a, size_t e)
{
    static const char *const labels[] = {
        "address",   "town",       "city",       "place of residence", "residence", "wohnort",
        "anschrift", "adresse",    "adres",      "domicile",           "ville",     "woonplaats",
        "residenza", "residência", "residencia", "domicilio",          "dirección", "direccion",
        "indirizzo", "morada",     "localidade"};
    if (!one_word(t, a, e))
        return 0;
    /* the field ends right after the finding */
    size_t k = e;
    while (k < len && t[k] == ' ')
        k++;
    if (!(k == len || line_end(t[k]) || t[k] == '|' || t[k] == ';' || t[k] == '\t'))
        return 0;
    size_t i = a;
    while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t'))
        i--;
    if (i == 0 || t[i - 1] != ':')
        return 0;
    i--;
    while (i > 0 && t[i - 1] == ' ')
        i--; /* "Domicile : Laval" */
    for (size_t l = 0; l < sizeof labels / sizeof *labels; l++) {
        size_t n = strlen(labels[l]);
        if (i >= n && word_at(t, i - n, i, labels[l]))
            return !elsewhere(t, len, a, e);
    }
    return 0;
}

int nw_prec38_emit(void *arg, int kind, size_t a, size_t e)
{
    struct nw_link *p = arg;
    const uint8_t *t = p->t;
    if (kind == ANON_NAMES_PERSON && a < e &&
        ((after_unit(t, a) && address_goes_on(t, p->len, e) && !full_name(t, a, e) &&
          building_like(t, a, e)) ||
         irish_county(t, p->len, a, e) || lone_town(t, p->len, a, e)))
        return 0;
    return p->emit(p->arg, kind, a, e);
}
