/* names_addrw65.c: a street address stops before the phone written beside it (branch addrw65):
 * "Perum … No. 24, Sidoarjo, Mob. +62 632 750 7700", "…, Tema, Cel. 0348 842 3065", "Calle …,
 * Puebla, Pue. (ph. 0900 971 0165)", "… Dhaka 1209 / 01712 345678".
 *
 * A reader that takes a labelled address to its line's end, or a town tail that runs on, put the
 * phone of the same clause inside the street's span, where it is graded a missed phone and read
 * by nobody as one. nw_addrw65_emit() is the first link of the chain anon_names_scan() builds: an
 * address finding is cut before the first phone in it, a phone label ("Tel", "Mob.", "ph.",
 * "Cel.", "HP", "WA", "call", "Phone", "Telp", "Fone", "Tlf") followed by a number of seven
 * digits or more, or a phone-shaped run without a label ('+' and eight digits or more, or '0' and
 * nine digits or more in groups, eleven unbroken); the separators before it (", ", " / ", " (", " -
 * ", "; ") go with the cut. A postcode, a P.O. box or a GPS code has fewer digits or no such lead,
 * so it stays ("Tehran 3179562323", "کد پستی 0299844253": ten unbroken digits). Only an address
 * finding that ends in a long number or right before a label's number is read (a phone in the
 * middle of a span, the town after it, is not looked for); every other finding passes on
 * unchanged. Nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>

static int dig(uint8_t c)
{
    return c >= '0' && c <= '9';
}

static int alpha(uint8_t c)
{
    return (uint8_t)((c | 32) - 'a') < 26;
}

/* The digits of a number run at i (digits, spaces, '-', '.', '(' ')') up to e; *end past it. */
static unsigned run_digits(const uint8_t *t, size_t i, size_t e, size_t *end)
{
    unsigned n = 0;
    size_t k = i;
    while (k < e && (dig(t[k]) ||
                     ((t[k] == ' ' || t[k] == '-' || t[k] == '.' || t[k] == '(' || t[k] == ')') &&
                      k + 1 < e && (dig(t[k + 1]) || t[k + 1] == '(')))) {
        n += dig(t[k]);
        k++;
    }
    *end = k;
    return n;
}

/* Is a phone-shaped run at i (no label before it)? */
static int phone_run(const uint8_t *t, size_t i, size_t e)
{
    size_t k;
    if (t[i] == '+' && i + 1 < e && dig(t[i + 1]))
        return run_digits(t, i + 1, e, &k) >= 8;
    if (t[i] != '0' || i + 1 >= e || !dig(t[i + 1]))
        return 0;
    unsigned n = run_digits(t, i, e, &k);
    int grouped = 0;
    for (size_t j = i; j < k; j++)
        grouped |= t[j] == ' ' || t[j] == '-';
    return n >= 11 || (n >= 9 && grouped); /* not a ten-digit postcode: "0299844253" */
}

/* The labels of a phone, folded, as whole words. */
static const char *const labels[] = {
    "tel", "telp", "tlf",  "phone", "ph",       "mob",      "mobile",   "cel",     "cell",
    "hp",  "wa",   "call", "fone",  "telefone", "teléfono", "telefono", "whatsapp"};

/* Is a phone label at i (a word start, its word before e) with a number of seven digits or more
 * after it (read up to len: a reader may have stopped right after "Tel")? */
static int phone_label(const uint8_t *t, size_t i, size_t e, size_t len)
{
    size_t w = i;
    char f[12];
    while (w < e && (alpha(t[w]) || t[w] >= 0x80) && w - i < sizeof f - 1) {
        f[w - i] = (char)(t[w] >= 0x80 ? t[w] : (t[w] | 32));
        w++;
    }
    if (w == i || (w < len && alpha(t[w])))
        return 0;
    f[w - i] = '\0';
    int hit = 0;
    for (size_t k = 0; k < sizeof labels / sizeof *labels && !hit; k++)
        hit = strcmp(f, labels[k]) == 0;
    if (!hit)
        return 0;
    size_t p = w;
    while (p < len && p - w < 3 && (t[p] == '.' || t[p] == ':' || t[p] == ' '))
        p++;
    if (p < len && t[p] == '+')
        p++;
    size_t k;
    return p > w && p < len && dig(t[p]) && run_digits(t, p, len, &k) >= 7;
}

/* Where a..e should end: before its first phone, or e. */
static size_t cut_at_phone(const uint8_t *t, size_t a, size_t e, size_t len)
{
    for (size_t i = a + 4; i < e; i++) {
        uint8_t b = t[i - 1];
        if (b != ' ' && b != '(' && b != ',' && b != '/')
            continue; /* a word or a number starts after a separator only */
        if (!(t[i] == '+' || t[i] == '0' || alpha(t[i])) ||
            !(t[i] == '+' || t[i] == '0' ? phone_run(t, i, e) : phone_label(t, i, e, len)))
            continue;
        size_t c = i;
        while (c > a && (t[c - 1] == ' ' || t[c - 1] == ',' || t[c - 1] == '/' || t[c - 1] == '(' ||
                         t[c - 1] == '-' || t[c - 1] == ';' || t[c - 1] == '|'))
            c--;
        return c > a + 3 ? c : e;
    }
    return e;
}

/* The cheap test first: does a..e end in a number of seven digits or more ("… 7700", "…
 * 0165)"), or stop right before a label's number ("…, Tel" then ": +880 …")? */
static int tail_may(const uint8_t *t, size_t a, size_t e, size_t len)
{
    size_t p = e;
    while (p < len && p - e < 3 && (t[p] == ':' || t[p] == '.' || t[p] == ' '))
        p++;
    if (p > e && p < len && (t[p] == '+' || dig(t[p])))
        return 1;
    unsigned n = 0;
    size_t k = e;
    while (k > a && (dig(t[k - 1]) || t[k - 1] == ' ' || t[k - 1] == '-' || t[k - 1] == '.' ||
                     t[k - 1] == '(' || t[k - 1] == ')' || t[k - 1] == '+'))
        n += dig(t[--k]);
    return n >= 7;
}

int nw_addrw65_emit(void *arg, int kind, size_t a, size_t e)
{
    const struct nw_link *l = arg;
    if (kind == ANON_NAMES_ADDRESS && e - a > 12 && e <= l->len && tail_may(l->t, a, e, l->len))
        e = cut_at_phone(l->t, a, e, l->len);
    return l->emit(l->arg, kind, a, e);
}
