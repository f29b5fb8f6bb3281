/* names_reg15.c: the person under a numbered form box whose caption asks for a name (branch
 * reg15, from the tune set gen_reg15.py).
 *
 * Forms typed out box by box (the DD-214 and the other service, court and registry forms laid
 * out like it) put the box's number and title on one line and the value on the next:
 *
 *     1. NAME (Last, First, Middle)
 *     KELLER, MARIA ANNE
 *     19.b NEAREST RELATIVE (Name and address)
 *     JONAS WEBER, 12 MILL LANE, DAYTON, OH 45402
 *     22.a OFFICIAL AUTHORIZED TO SIGN (Typed name, grade, title)
 *     BRANDT, TOBIAS, CPT, PERSONNEL OFFICER
 *
 * The bracketed caption says what the value holds, item by item: when its items are all a
 * name's parts (`Last, First, Middle`) the whole line is the name; otherwise the name is the
 * first item, and it takes two of the value's ", " parts when the value has one part more than
 * the caption has items (a surname first). A box that asks for a signature holds the name too,
 * an initial before it allowed (`M. KELLER`).
 *
 * The one thing to know: it only adds findings, and a text is looked at only at its ')' (the
 * scan's table of that byte) that ends a line opening with a box number (`1.`, `19.b`, `4a`).
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* Does the line at ls open with a box number: one or two digits, then '.', a lower-case letter
 * or both, then a space ("1. ", "19.b ", "4a ", "21.a ")? */
static int box_number(const uint8_t *t, size_t ls, size_t le)
{
    size_t i = ls;
    while (i < le && t[i] == ' ')
        i++;
    size_t d = i;
    while (i < le && is_digit(t[i]) && i - d < 3)
        i++;
    if (i == d || i - d > 2 || i >= le)
        return 0;
    size_t m = i;
    if (t[i] == '.')
        i++;
    if (i < le && t[i] >= 'a' && t[i] <= 'z')
        i++;
    if (i < le && t[i] == '.')
        i++;
    return i > m && i < le && t[i] == ' ';
}

/* What the caption t[a .. b) (inside its brackets) asks for: 0 no name, 1 a name as its first
 * item, 2 a name written in parts (every item a part), 3 a signature; its items in *items. */
static int caption_kind(const struct sc *s, size_t a, size_t b, size_t *items)
{
    static const char *const name_words[] = {"name",  "names", "nom",  "nombre", "naam",
                                             "nome",  "namn",  "navn", "jméno",  "nazwisko",
                                             "typed", "print", "full"};
    static const char *const part_words[] = {"last",  "first", "middle", "surname",
                                             "given", "mi",    "suffix", "forename"};
    static const char *const sig_words[] = {"signature", "signed", "unterschrift", "podpis"};
    const uint8_t *t = s->t;
    int name = 0, sig = 0, first_has_name = 0, all_parts = 1, item_parts = 0, item_words = 0;
    *items = 1;
    for (size_t i = a; i <= b;) {
        if (i == b || t[i] == ',') {
            all_parts &= item_words > 0 && item_parts == item_words;
            if (i == b)
                break;
            ++*items;
            item_parts = item_words = 0;
            i++;
            continue;
        }
        if (!nw_letter(t + i, b - i)) {
            i++;
            continue;
        }
        size_t e = i;
        while (e < b && nw_letter(t + e, b - e))
            e += nw_letter(t + e, b - e);
        char buf[24];
        const char *f = nw_fold_span(s, i, e, buf, sizeof buf);
        item_words++;
        if (NW_ONE_OF(f, part_words))
            item_parts++;
        if (NW_ONE_OF(f, name_words)) {
            name = 1;
            first_has_name |= *items == 1;
        }
        sig |= NW_ONE_OF(f, sig_words);
        i = e;
    }
    if (all_parts && *items >= 2)
        return 2;
    if (name && first_has_name)
        return 1;
    return sig ? 3 : 0;
}

/* "M. " at i (a capital, a dot, a space): its length, or 0. */
static size_t initial_at(const uint8_t *t, size_t i, size_t e)
{
    return i + 3 <= e && is_up(t[i]) && t[i + 1] == '.' && t[i + 2] == ' ' ? 3 : 0;
}

/* The name in the value line t[a .. le) as the caption's kind says: its end, or 0. */
static size_t value_name(const struct sc *s, size_t a, size_t le, int kind, size_t items)
{
    const uint8_t *t = s->t;
    size_t cut[8], n = 0;
    for (size_t i = a; i + 1 < le && n < 7; i++)
        if (t[i] == ',' && t[i + 1] == ' ')
            cut[n++] = i;
    cut[n] = le;
    size_t e;
    if (kind == 2)
        e = n <= 1 ? le : 0; /* "KELLER, MARIA ANNE" */
    else if (kind == 3)
        e = n == 0 ? le : 0;
    else
        e = n >= 1 && n + 1 == items + 1 ? cut[1] : cut[0];
    if (!e || e - a > 64)
        return 0;
    int full, lexn;
    size_t b = a + initial_at(t, a, e);
    if (b > a) /* "M. KELLER": the surname after its initial */
        return nw_cell_person(s, b, e, &full, &lexn) ? e : 0;
    if (!nw_cell_person(s, a, e, &full, &lexn))
        return 0;
    return full || kind == 2 ? e : 0;
}

static int boxes(struct sc *s)
{
    const uint8_t *t = s->t;
    size_t len = s->len;
    struct nw_hits *h = nw_hits_of(s, ')');
    for (size_t k = 0, c = nw_hit_at(h, s, ')', 0, 0); c < len;
         c = nw_hit_at(h, s, ')', ++k, c + 1)) {
        size_t vs = c + 1 + (c + 1 < len && t[c + 1] == '\r');
        if (vs >= len || t[vs] != '\n')
            continue;
        size_t o = c; /* the caption's '(' on the same line */
        while (o > 0 && c - o < 64 && t[o - 1] != '(' && t[o - 1] != '\n')
            o--;
        if (o == 0 || t[o - 1] != '(' || !is_up(t[o]))
            continue; /* a caption opens with a capital ("Name", "Last"); "f(x)" leaves here */
        size_t ls = o - 1;
        while (ls > 0 && o - ls < 96 && t[ls - 1] != '\n')
            ls--;
        if (!box_number(t, ls, o - 1))
            continue;
        size_t items, a = vs + 1;
        int kind = caption_kind(s, o, c, &items);
        if (!kind)
            continue;
        while (a < len && t[a] == ' ')
            a++;
        size_t le = a;
        while (le < len && t[le] != '\n' && t[le] != '\r' && le - a < 200)
            le++;
        while (le > a && t[le - 1] == ' ')
            le--;
        size_t e = le > a ? value_name(s, a, le, kind, items) : 0;
        if (e) {
            int rc = s->emit(s->arg, ANON_NAMES_PERSON, a, e);
            if (rc < 0)
                return rc;
        }
    }
    return 0;
}

int nw_reg15_names(struct sc *s)
{
    if (!(s->kinds & (1u << ANON_NAMES_PERSON)) || s->len < 16)
        return 0;
    return boxes(s);
}
