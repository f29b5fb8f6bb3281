/* names_scan60.c: a form's label in capitals that a scanner misread by reading two letters for
 * one (branch scan60): "NARNE" for NAME, "NACHNARNE" for NACHNAME, "CLRIVER" for DRIVER,
 * "BEVVONER" for BEWONER. names_scan53.c undoes one misreading of a single letter; this undoes
 * one of these pairs (rn for m, cl for d, vv for w) as the one misreading, so that the value after
 * the label is read as names_labels7.c reads it after the label itself.
 *
 * The one thing to know: it is asked only from nw_scan53_misread_label(), for a bounded label
 * of capitals that is no label as printed, and each pair is tried at each place it occurs
 * ("VORNARNE": the second "rn"); the class of the label so read is returned for the caller to
 * judge. Nothing is allocated; the folded label is at most 36 bytes.
 */
#include "anonymize/names_internal.h"

#include <string.h>

int nw_scan60_digraph_label(const char *f, size_t n)
{
    static const char pairs[][3] = {"rn", "cl", "vv"};
    static const char one[] = {'m', 'd', 'w'};
    char g[40];
    if (n < 3 || n + 1 > sizeof g)
        return NW_L7_NONE;
    for (size_t i = 0; i + 1 < n; i++)
        for (size_t k = 0; k < sizeof one; k++) {
            if (f[i] != pairs[k][0] || f[i + 1] != pairs[k][1])
                continue;
            memcpy(g, f, i);
            g[i] = one[k];
            memcpy(g + i + 1, f + i + 2, n - i - 2);
            g[n - 1] = '\0';
            int c = nw_labels7_class(g);
            if (c != NW_L7_NONE)
                return c;
        }
    return NW_L7_NONE;
}

/* ---- a name value cut by a line break: "NAME: ORMEROD,\n    DESMOND" ------------------------- */

/* A name word at k (before le): letters, an inner '-' or '\''; its end, or k. *caps: no lower-case
 * letter in it. It must open with a capital. */
static size_t name_word(const uint8_t *t, size_t k, size_t le, int *caps)
{
    size_t i = k, n;
    int letters = 0;
    *caps = 1;
    if (!nw_upper(t + k, le - k))
        return k;
    while (i < le) {
        if ((n = nw_letter(t + i, le - i)) != 0) {
            if (!nw_upper(t + i, le - i) && !nw_mark(t + i))
                *caps = 0;
            letters++;
            i += n;
        } else if ((t[i] == '-' || t[i] == '\'') && i + 1 < le && nw_letter(t + i + 1, le - i - 1))
            i++;
        else
            break;
    }
    return letters >= 2 ? i : k;
}

/* Address and other field labels of the forms' seventeen languages (ASCII-folded): a word on
 * the next line that reads as one, a letter or a scanner's digit off, opens the next field. */
static const char *const field_labels[] = {
    "address",   "adresse",    "adres",       "adresa",        "adress",       "anschrift",
    "strasse",   "street",     "straat",      "calle",         "rua",          "ulica",
    "ulice",     "gatuadress", "gateadresse", "osoite",        "katuosoite",   "cim",
    "lakcim",    "domicilio",  "domiciliul",  "diefthynsi",    "odos",         "morada",
    "indirizzo", "direccion",  "wohnort",     "lieferadresse", "afleveradres", "leveransadress",
    "teslimat",  "ikamet",     "bosted",      "bopael",        "residenza",    "domicile",
    "company",   "firma",      "vessel",      "item",          "ward",         "station"};

/* Is the word t[a .. e) one of field_labels, read through one scanner's misreading? */
static int field_label(const uint8_t *t, size_t a, size_t e)
{
    char f[24];
    size_t n = nw_ascii_fold(t, a, e, f, sizeof f);
    if (n < 3 || n + 1 >= sizeof f)
        return 0;
    for (size_t k = 0; k < n; k++) /* digits read as the letters they stand for */
        if (f[k] >= '0' && f[k] <= '9')
            f[k] = "oizeasgtbg"[f[k] - '0'];
    for (size_t k = 0; k < sizeof field_labels / sizeof *field_labels; k++) {
        const char *l = field_labels[k];
        size_t m = strlen(l), diff = 0;
        if (m != n)
            continue;
        for (size_t j = 0; j < n; j++)
            diff += f[j] != l[j];
        if (diff == 0 || (diff == 1 && n >= 5))
            return 1;
    }
    return 0;
}

/* Is t[a .. e) an ordinary word or a label (the next field), no piece of a name? */
static int no_piece(const struct sc *s, size_t a, size_t e)
{
    char lb[32];
    if (e - a >= sizeof lb)
        return 1;
    size_t n = nw_fold((const char *)s->t + a, e - a, lb, sizeof lb);
    if (!n)
        return 1;
    lb[n] = '\0';
    if (field_label(s->t, a, e))
        return 1;
    unsigned f = nw_lexicon_in(s->t, s->len, a, e) | anon_names_lexicon(lb, n);
    if ((f & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) && !(f & (ANON_NL_GIVEN | ANON_NL_NAME)))
        return 1;
    return nw_labels7_class(lb) != NW_L7_NONE || nw_labels7_label_class(s, a, e) != NW_L7_NONE;
}

/* Does a field end at k (before the line's end le): the line's end, two spaces, a tab, a bar,
 * '¦', " ~ " or " :: "? */
static int cell_end(const uint8_t *t, size_t k, size_t le)
{
    if (k >= le || t[k] == '\r' || t[k] == '\t' || t[k] == '|')
        return 1;
    if (t[k] != ' ' || k + 1 >= le)
        return 0;
    uint8_t c = t[k + 1];
    return c == ' ' || c == '\t' || c == '|' || (c == 0xC2 && k + 2 < le && t[k + 2] == 0xA6) ||
           (c == '~' && k + 2 < le && t[k + 2] == ' ') ||
           (c == ':' && k + 3 < le && t[k + 2] == ':' && t[k + 3] == ' ');
}

int nw_scan60_wrapped(struct sc *s, size_t v, size_t le, int part)
{
    const uint8_t *t = s->t;
    int caps, caps2;
    size_t ve = name_word(t, v, le, &caps);
    if (ve == v)
        return 1;
    size_t p = ve + (ve < le && t[ve] == ',');
    while (p < le && (t[p] == ' ' || t[p] == '\r'))
        p++;
    if (p != le || le >= s->len || t[le] != '\n' || no_piece(s, v, ve))
        return 1; /* one word alone on the label's line, the line ending there */
    if (part && !(ve < le && t[ve] == ','))
        return 1; /* "SOYADI: TURANCAN": a name part's field holds one word */
    size_t le2 = nw_line_end_at(s, le + 1), q = le + 1;
    while (q < le2 && q - le <= 8 && (t[q] == ' ' || t[q] == '\t'))
        q++;
    size_t a = q, e = q;
    for (int n = 0; n < 2; n++) {
        size_t we = name_word(t, e == a ? a : e + 1, le2, &caps2);
        if (we == (e == a ? a : e + 1) || caps2 != caps || we - (e == a ? a : e + 1) < 3)
            break; /* "Re", "Cc": a mail's word, no piece of a name */
        if (no_piece(s, e == a ? a : e + 1, we))
            return 1;
        e = we;
        if (!(e + 1 < le2 && t[e] == ' ' && t[e + 1] != ' '))
            break;
    }
    size_t r = e;
    while (r < le2 && (t[r] == ' ' || t[r] == '\r'))
        r++;
    if (e == a || !cell_end(t, e, le2) || (e < le2 && t[e] == ':') ||
        (r < le2 && !(ve < le && t[ve] == ',')))
        return 1; /* one or two name words that fill the next line, or its first cell after
                   * "SURNAME,": a word before another cell may be that field's label */
    int rc = s->emit(s->arg, ANON_NAMES_PERSON, v, ve);
    return rc < 0 ? rc : s->emit(s->arg, ANON_NAMES_PERSON, a, e);
}
