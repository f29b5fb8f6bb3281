/* scan60_view.c: a street cut by a line end on a scanned or faxed form, for the detection view
 * (engine_view_wrap.c's wrap_at). OCR keeps a form's line breaks, so an address field's value
 * goes on at the next line without a hyphen ("ADDRESS: 39 CHAPEL\nSTREET", "ADRES: ÇINAR\n
 * SK. 10/3", "INDIRIZZO: CORSO\nVITTORIO EMANUELE 12", "ADRESSE: BUCHENWEG\n    12"). The view
 * reads such a break (and the next line's indent) as one space, so the street readers see one
 * line; a finding maps back to the source bytes, so the token covers both pieces and the break,
 * and the response restores them as they were sent.
 *
 * The one thing to know: the break joins only when its line is an address label of the forms'
 * seventeen languages (as a scanner may misread it: a digit for a letter, one letter off, a
 * lost accent) opening the line, then a short value of one to four words that ends in a letter
 * (no number yet), all in capitals, and the next line opens with a capital (not a capitalised
 * word) or a digit and is no field label itself. Typed text in mixed case is never joined. Every
 * other break is left to the rest of wrap_at; a break after a digit, a mark or a long line costs
 * one or two byte tests. Nothing here keeps any text.
 */
#include "anonymize/engine_internal.h"

#include <string.h>

static int s60_upper(uint8_t c)
{
    return (c >= 'A' && c <= 'Z') || c >= 0xC3;
}

static int s60_letter(uint8_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
}

/* Address labels, ASCII-folded */
static const char *const s60_labels[] = {
    "address", "home address", "delivery address", "site address", "adresse", "adres", "adresa",
    "adress", "anschrift", "wohnort", "lieferadresse", "afleveradres", "woonadres", "direccion",
    "domicilio", "indirizzo", "morada", "endereco", "bydliste", "gatuadress", "leveransadress",
    "gateadresse", "bosted", "bopael", "osoite", "katuosoite", "cim", "lakcim", "teslimat adresi",
    "ikametgah", "domiciliul", "diefthynsi", "residenza", "domicile", "lieu de livraison",
    /* street types, labels too ("STRASSE: X 12"), but a street's last word on the next line */
    "strasse", "street", "straat", "calle", "via", "rua", "ulica", "ulice", "vej", "odos"};
/* the labels above that are no street type */
#define S60_NOT_TYPES 35

/* Labels of the fields that follow an address on a form: the next line opening with one is
 * another field, not the street's rest. */
static const char *const s60_next[] = {"tel",  "phone", "mobile",   "dob",   "name",
                                       "date", "ref",   "order",    "email", "fax",
                                       "item", "vat",   "signature"};

/* t[a .. b) folded (ASCII letters lowered, a scanner's digits as letters, a two-byte letter as
 * '?', which matches any letter) into f; its length, or 0. */
static size_t s60_fold(const uint8_t *t, size_t a, size_t b, char *f, size_t cap)
{
    size_t n = 0;
    for (size_t i = a; i < b; i++) {
        uint8_t c = t[i];
        if (n + 1 >= cap)
            return 0;
        if (c >= 'A' && c <= 'Z')
            f[n++] = (char)(c | 32);
        else if ((c >= 'a' && c <= 'z') || c == ' ')
            f[n++] = (char)c;
        else if (c >= '0' && c <= '9')
            f[n++] = "oizeasgtbg"[c - '0'];
        else if (c >= 0xC3 && c <= 0xC5 && i + 1 < b) {
            f[n++] = '?';
            i++;
        } else
            return 0;
    }
    f[n] = '\0';
    return n;
}

/* Is f (n bytes) one of list, or one letter off it (a label of five letters or more)? */
static int s60_in(const char *f, size_t n, const char *const *list, size_t count)
{
    for (size_t k = 0; k < count; k++) {
        size_t m = strlen(list[k]), diff = 0;
        if (m != n)
            continue;
        for (size_t j = 0; j < n && diff < 2; j++)
            diff += f[j] != list[k][j] && f[j] != '?';
        if (diff == 0 || (diff == 1 && n >= 5))
            return 1;
    }
    return 0;
}

/* The separator after a label at k: ':', ';', '|', '¦', '~', a tab, " . ", or two spaces; the
 * value's start after it, or 0. */
static size_t s60_sep(const uint8_t *p, size_t k, size_t e)
{
    size_t q = k;
    int mark = 0, spaces = 0;
    while (q < e && q - k < 8) {
        uint8_t c = p[q];
        if (c == ':' || c == ';' || c == '|' || c == '~' || c == '\t' || c == '.')
            mark++, q++;
        else if (c == 0xC2 && q + 1 < e && p[q + 1] == 0xA6)
            mark++, q += 2;
        else if (c == ' ')
            spaces++, q++;
        else
            break;
    }
    return (mark || spaces >= 2) && q < e ? q : 0;
}

size_t anon_s60_addr_break_at(const uint8_t *p, size_t i, size_t l, size_t n)
{
    if (i < 4 || !s60_letter(p[i - 1]))
        return 0;
    size_t ls = i;
    while (ls > 0 && p[ls - 1] != '\n' && i - ls < 64)
        ls--;
    if (ls > 0 && p[ls - 1] != '\n')
        return 0; /* a long line: prose */
    while (ls < i && (p[ls] == ' ' || p[ls] == '\t'))
        ls++;
    if (ls >= i || !s60_upper(p[ls]))
        return 0;
    /* the label: one to three words, then its separator */
    size_t le = ls, v = 0;
    while (le < i && le - ls < 24) {
        if ((p[le] == ' ' && le + 1 < i && p[le + 1] == ' ') || p[le] == ':' || p[le] == ';' ||
            p[le] == '|' || p[le] == '~' || p[le] == '\t' || p[le] == '.' || p[le] == 0xC2) {
            v = s60_sep(p, le, i);
            break;
        }
        le++;
    }
    while (le > ls && p[le - 1] == ' ')
        le--;
    char f[32];
    size_t fl = v ? s60_fold(p, ls, le, f, sizeof f) : 0;
    if (!fl || !s60_in(f, fl, s60_labels, sizeof s60_labels / sizeof *s60_labels))
        return 0;
    /* the value: 1-4 words in capitals, a capital or a digit first, no column gap, a letter
     * last; the label in capitals too (a scanned form's, not a typed text's) */
    if (!(s60_upper(p[v]) || (p[v] >= '0' && p[v] <= '9')) || i - v > 40)
        return 0;
    for (size_t k = ls; k < i; k++)
        if (p[k] >= 'a' && p[k] <= 'z')
            return 0;
    int words = 1;
    for (size_t k = v; k < i; k++) {
        if (p[k] >= '0' && p[k] <= '9' && words > 1)
            return 0; /* "GÖTGATAN 70 B": the street has its number */
        if (p[k] == ':' || p[k] == '|' || p[k] == '\t' || p[k] == 0xC2 ||
            (p[k] == ' ' && p[k + 1] == ' '))
            return 0;
        words += p[k] == ' ';
    }
    if (words > 4)
        return 0;
    /* the next line: its indent, then a capital or a digit, and no field label */
    size_t q = i + l;
    while (q < n && q - (i + l) < 8 && (p[q] == ' ' || p[q] == '\t'))
        q++;
    if (q + 1 >= n || !(s60_upper(p[q]) || (p[q] >= '0' && p[q] <= '9')) ||
        (p[q + 1] >= 'a' && p[q + 1] <= 'z'))
        return 0;
    size_t we = q;
    while (we < n && we - q < 24 && s60_letter(p[we]))
        we++;
    if (we < n && (p[we] == ':' || p[we] == ';'))
        return 0; /* "TEL: ...", the next field */
    for (size_t k = we; k < n && k - q < 24 && p[k] != '\n'; k++)
        if (p[k] == ':')
            return 0; /* "POSTNR / ORT: 211 22", another field's label */
    if (p[v] >= '0' && p[v] <= '9' && we < n) {
        /* "123 WESTGATE\nDERBY DE22 1GB": after a number the street may be whole and a town
         * follow; only the street's last word ends the next line, its cell or a comma */
        uint8_t c = p[we], d = we + 1 < n ? p[we + 1] : 0;
        if (!(c == '\n' || c == '\r' || c == ',' || c == '\t' || c == '|' ||
              (c == ' ' && (d == ' ' || d == '|' || d == '~' || d == 0xC2))))
            return 0;
    }
    fl = we > q ? s60_fold(p, q, we, f, sizeof f) : 0;
    if (fl && (s60_in(f, fl, s60_next, sizeof s60_next / sizeof *s60_next) ||
               s60_in(f, fl, s60_labels, S60_NOT_TYPES)))
        return 0;
    return q - i;
}
