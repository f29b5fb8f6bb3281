/* names_addrlabels.c: an address whose parts stand behind labels on one line ("Straße:
 * Hauptstraße, Hausnummer: 5, PLZ: 10115, Ort: Berlin", "Street: Baker Street | No: 12", "Rue :
 * rue d'Orsel / N° 5 / CP 75018", "Rua: Rua Augusta; Nº 12"), and the labelled fields that follow
 * any street on its line (nw_field_inline, for nw_addr_tail: "Hauptstraße 5, PLZ: 10115").
 *
 * The street's name alone is no proof and has no number for the street recognisers to read; the
 * labels are: a street label before the name's colon and a house-number label right before the
 * number, with one separator (",", ";", "|", " / ", a tab or two spaces) between name and number
 * label. Called from the digit visit of names.c at a number after ": ", ". ", "° " or "º " only;
 * the span emitted starts at the name and takes the labels between the parts, so one token
 * stands for the block. Nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* labels of a street's name, folded ("Straße:", "Street:", "Rue :", "Adres:") */
static const char *const street_labels[] = {
    "straße",      "strasse",        "str.",
    "straßenname", "strassenname",   "street",
    "street name", "streetname",     "street address",
    "address",     "address line 1", "address1",
    "addr",        "anschrift",      "adresse",
    "rue",         "voie",           "straat",
    "straatnaam",  "adres",          "calle",
    "dirección",   "direccion",      "domicilio",
    "via",         "indirizzo",      "rua",
    "morada",      "endereço",       "endereco",
    "logradouro",  "ulica",          "ul.",
    "gata",        "gatuadress",     "gade",
    "vej",         "katu",           "katuosoite",
    "ulice",       "sokak",          "cadde",
    "utca",
};

/* labels of a house number, folded ("Hausnummer:", "No:", "N°", "nr.", "Civico:") */
static const char *const number_labels[] = {
    "hausnummer",   "hausnr.",       "hausnr",        "nr.",         "nr",
    "no",           "no.",           "number",        "house no",    "house no.",
    "house number", "num.",          "n\302\260",     "n\302\272",   "n.",
    "numéro",       "numero",        "número",        "nº de porta", "civico",
    "n. civico",    "huisnummer",    "husnummer",     "numer",       "nr domu",
    "číslo",        "číslo popisné", "numero civico", "nummer",      "husnr.",
    "husnr",        "házszám",       "n.\302\272",
};

static int is_sep_byte(uint8_t c)
{
    return c == ',' || c == ';' || c == '|' || c == '/' || c == '\t';
}

/* The separator that ends right before b on the line, going back over it: where the text before
 * it ends (its last non-space byte + 1), or 0. Two spaces count as a separator. */
static size_t sep_before(const uint8_t *t, size_t b)
{
    size_t p = b, sp = 0;
    while (p > 0 && t[p - 1] == ' ')
        p--, sp++;
    if (p > 0 && is_sep_byte(t[p - 1])) {
        if (t[p - 1] == '/' && !sp) /* " / " only, not "8/10" */
            return 0;
        p--;
        while (p > 0 && t[p - 1] == ' ')
            p--;
        return p;
    }
    return sp >= 2 ? p : 0;
}

/* The label that ends at e (right before its colon or the number), back to the line's start, a
 * separator, a quote or "> ": its start, or SIZE_MAX. */
static size_t label_start(const uint8_t *t, size_t e)
{
    size_t p = e;
    while (p > 0 && e - p < 20) {
        uint8_t c = t[p - 1];
        if (c == ' ' && p >= 2 && t[p - 2] == ' ')
            break;
        if (!(is_alnum(c) || c >= 0x80 || c == '.' || c == ' '))
            break;
        p--;
    }
    if (p > 0 && e - p >= 20)
        return (size_t)-1;
    while (p < e && t[p] == ' ')
        p++;
    return p < e ? p : (size_t)-1;
}

/* Is the label ls .. le, or its last words ("ok. Strasse", "Kunde Straße"), one of list? */
static int label_in(const struct sc *s, size_t ls, size_t le, const char *const *list, size_t n)
{
    char buf[24];
    for (size_t p = ls; p < le;) {
        if (nw_one_of(nw_fold_span(s, p, le, buf, sizeof buf), list, n))
            return 1;
        while (p < le && s->t[p] != ' ')
            p++;
        while (p < le && s->t[p] == ' ')
            p++;
    }
    return 0;
}
#define LABEL_IN(s, a, b, list) label_in((s), (a), (b), (list), sizeof(list) / sizeof((list)[0]))

/* A line's labelled street at the house number i: the block's end, or 0, and its start (the
 * street's name) in *start. */
size_t nw_addr_labelled(const struct sc *s, size_t i, size_t *start)
{
    const uint8_t *t = s->t;
    size_t le = i - 1; /* the number's label ends at le: "Nr.: ", "N° ", "Numéro : " */
    int colon = 0;
    while (le > 0 && t[le - 1] == ' ')
        le--;
    if (le > 0 && t[le - 1] == ':') {
        colon = 1;
        le--;
        while (le > 0 && t[le - 1] == ' ')
            le--;
    }
    if (le < 2 || !(colon || t[le - 1] == '.' || t[le - 1] == 0xB0 || t[le - 1] == 0xBA))
        return 0;
    size_t ls = label_start(t, le);
    if (ls == (size_t)-1 || !LABEL_IN(s, ls, le, number_labels))
        return 0;
    size_t ve = sep_before(t, ls); /* the street's name ends at ve */
    if (!ve && ls > 1 && t[ls - 1] == '\n') {
        /* a form's fields a line each, the number's label opening the line under the street's
         * ("Via: Via Roma\nCivico: 32", "Gata: Storgatan\nNummer: 178"; branch agent49) */
        ve = ls - 1;
        if (t[ve - 1] == '\r')
            ve--;
        while (ve > 0 && t[ve - 1] == ' ')
            ve--;
    }
    if (!ve)
        return 0;
    size_t vs = ve; /* back to its label's colon, on the line */
    while (vs > 0 && ve - vs < 64 && t[vs - 1] != ':' && t[vs - 1] != '\n' &&
           !is_sep_byte(t[vs - 1]) && !is_digit(t[vs - 1]))
        vs--;
    if (vs == 0 || t[vs - 1] != ':')
        return 0;
    size_t se = vs - 1;
    while (vs < ve && t[vs] == ' ')
        vs++;
    if (vs == ve || !(is_alnum(t[vs]) || t[vs] >= 0x80) || is_digit(t[vs]) || ve - vs < 3)
        return 0;
    while (se > 0 && t[se - 1] == ' ')
        se--;
    size_t ss = label_start(t, se);
    if (ss == (size_t)-1 || !LABEL_IN(s, ss, se, street_labels))
        return 0;
    size_t e = nw_house_number(s, i);
    if (!e)
        return 0;
    *start = vs;
    return nw_addr_tail(s, e);
}

/* The keys of an address's fields written on the street's line without a colon before a digit
 * ("CP 75018", "CAP 50123", "PLZ 10115"), folded; "C.P. 06000" and "CEP 01426-001" are
 * nw_addr_tail's own, with the town after them. */
static const char *const bare_keys[] = {"cp", "cap", "plz", "zip", "postcode"};

/* Does a field's value that starts at v end at q? At a separator, a quote, a tag, the line's
 * end, two spaces or " /", and a full stop after a number or a word of four bytes or more before
 * a space ("CP 30140-919. Perguntem", not "St. Gallen"). */
static int value_end(const uint8_t *t, size_t len, size_t v, size_t q)
{
    uint8_t c = t[q];
    if (c == '\n' || c == '\r' || c == ',' || c == ';' || c == '|' || c == '\t' || c == '"' ||
        c == '<')
        return 1;
    if (c == ' ')
        return q + 1 < len && (t[q + 1] == ' ' || t[q + 1] == '/');
    if (c != '.' || (q + 1 < len && t[q + 1] != ' '))
        return 0;
    size_t w = q;
    while (w > v && t[w - 1] != ' ')
        w--;
    return is_digit(t[q - 1]) || q - w >= 4;
}

/* After a block's part that ends at end, the next labelled field on its line (", PLZ: 10115",
 * " | City: Berlin", " / CP 75018"): the value's end, or 0. The key must name an address field
 * (nw_field_key). */
size_t nw_field_inline(const struct sc *s, size_t end)
{
    const uint8_t *t = s->t;
    size_t p = end, sp = 0;
    while (p < s->len && t[p] == ' ')
        p++, sp++;
    if (p >= s->len)
        return 0;
    if (is_sep_byte(t[p])) {
        p++;
        while (p < s->len && t[p] == ' ')
            p++;
    } else if (sp < 2)
        return 0;
    size_t k = p; /* the key: letters, '.', spaces; up to its colon or a digit */
    while (k < s->len && k - p < 20 &&
           (is_alnum(t[k]) || t[k] >= 0x80 || t[k] == ' ' || t[k] == '.' || t[k] == '_') &&
           !is_digit(t[k]))
        k++;
    size_t ke = k;
    while (ke > p && t[ke - 1] == ' ')
        ke--;
    if (ke == p || k >= s->len || (t[k] != ':' && !is_digit(t[k])))
        return 0; /* a key ends at its colon or a bare one at its number: not ", Mountain View" */
    char buf[24];
    const char *key = nw_fold_span(s, p, ke, buf, sizeof buf);
    size_t v;
    if (t[k] == ':') {
        if (!nw_field_key(key))
            return 0;
        v = k + 1;
        while (v < s->len && t[v] == ' ')
            v++;
    } else if (is_digit(t[k]) && k > ke && NW_ONE_OF(key, bare_keys))
        v = k;
    else
        return 0;
    size_t q = v; /* the value, to the next separator, a quote, a sentence's end or the line's */
    while (q < s->len && q - v <= 48 && !value_end(t, s->len, v, q))
        q++;
    if (q == v || q - v > 48 || !(is_alnum(t[v]) || t[v] >= 0x80))
        return 0;
    while (q > v && t[q - 1] == ' ')
        q--;
    return q;
}

/* A vCard's ADR property whose street field ends at end ("ADR;TYPE=home:;;Hauptstraße
 * 5;Berlin;;10115;DE"): the rest of its fields (town, region, postcode, country) belong to the
 * address, to the line's end. The line must open with "ADR" (or a group's "item1.ADR") and its
 * colon stand before the street. The line's end, or 0. */
size_t nw_vcard_rest(const struct sc *s, size_t end)
{
    const uint8_t *t = s->t;
    size_t b = end, colon = 0;
    while (b > 0 && end - b < 160 && t[b - 1] != '\n') {
        if (t[b - 1] == ':' && !colon)
            colon = b;
        b--;
    }
    if (!colon || (b > 0 && t[b - 1] != '\n'))
        return 0;
    size_t a = b; /* "item1.ADR": a group's name before the dot */
    while (a < colon && a - b < 12 && (is_alnum(t[a]) || t[a] == '-'))
        a++;
    if (a < colon && t[a] == '.')
        b = a + 1;
    if (b + 3 > colon || (t[b] | 32) != 'a' || (t[b + 1] | 32) != 'd' || (t[b + 2] | 32) != 'r' ||
        (t[b + 3] != ':' && t[b + 3] != ';'))
        return 0;
    size_t e = end;
    while (e < s->len && e - end <= 120 && t[e] != '\n' && t[e] != '\r')
        e++;
    while (e > end && (t[e - 1] == ';' || t[e - 1] == ' '))
        e--;
    return e > end && e - end <= 120 ? e : 0;
}
