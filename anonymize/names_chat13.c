/* names_chat13.c: names that chat and form text still left or split wrongly (branch chat13).
 * German and Austrian academic titles stand between a courtesy title and the name ("Herr
 * Dipl.-Ing. Jonas Weber", "Frau Dr. rer. nat. Keller", "Herrn Mag. iur. Lindner"): their
 * abbreviations are titles of the pack (C_HON), so the walk reads the family as one title and
 * the name after it, and no part of it is a person.
 *
 * The one thing to know: only abbreviations that are no given name are listed ("phil", "nat"
 * and "med" are names or are handled where the title is read: "Phil Collins", "Nat King Cole"),
 * and each is compared without its last dot like the pack's other titles. */
#include "anonymize/names_internal.h"

#include <string.h>

const char *const nw_chat13_titles[] = {
    "dipl", "kfm", "psych", "rer", "iur", "jur", "dent", "oec", "habil", "theol",
};
const size_t nw_chat13_ntitles = sizeof nw_chat13_titles / sizeof nw_chat13_titles[0];

/* Parts of an academic title written with their dot ("Dr. rer. nat.", "Dr. phil.", "Mag. iur.",
 * "Dr.-Ing."), the title words that open one among them. */
static int title_part(const char *w)
{
    static const char *const parts[] = {"rer",  "nat",   "phil", "iur",  "jur",  "med",   "dent",
                                        "vet",  "oec",   "soc",  "pol",  "publ", "techn", "habil",
                                        "agr",  "theol", "paed", "sc",   "ing",  "kfm",   "psych",
                                        "dipl", "mag",   "dr",   "prof", "univ", "hc"};
    return NW_ONE_OF(w, parts);
}

/* Is t[a .. e) a title part with its dot after a title ("Dr. >rer<. nat.")? */
static int part_at(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    char buf[8];
    if (e - a < 2 || e - a > 5 || e >= s->len || t[e] != '.' ||
        !title_part(nw_fold_span(s, a, e, buf, sizeof buf)))
        return 0;
    size_t q = a;
    if (q > 0 && (t[q - 1] == ' ' || t[q - 1] == '-'))
        q--;
    if (q == a || q == 0 || t[q - 1] != '.')
        return 0;
    size_t w = q - 1;
    while (w > 0 && q - 1 - w < 6 && ((t[w - 1] | 32) >= 'a' && (t[w - 1] | 32) <= 'z'))
        w--;
    return title_part(nw_fold_span(s, w, q - 1, buf, sizeof buf));
}

/* Is every word of t[a .. b) a title, the last one before its dot ("Ansprechpartner: >Herrn
 * Dr<. med. dent. Matthias Rutzmann")? */
static int all_titles(const struct sc *s, size_t a, size_t b)
{
    if (b >= s->len || s->t[b] != '.' || !memchr(s->t + a, ' ', b - a))
        return 0; /* two titles or more: "Dear >Mr<." alone is the prescan's (test_names_nspeed11)
                   */
    for (size_t i = a; i < b;) {
        size_t j = i;
        while (j < b && s->t[j] != ' ')
            j++;
        char buf[16];
        const char *w = nw_fold_span(s, i, j, buf, sizeof buf);
        if (!*w || !(nw_cats(w) & C_HON))
            return 0;
        i = j + 1;
    }
    return 1;
}

/* A degree with no person: "Dipl.-Kfm. >Maschinenbau<, 2009" in a CV's education, "Gesucht:
 * Dipl.-Ing. (FH) Elektrotechnik". The one word t[a .. b) after an academic title of this file
 * (not "Dr." or "Prof." alone) with no courtesy title before the family ("Herr Dipl.-Ing. Weber"
 * is a person), and a word the lexicon knows as no name: the field of study. Never after "Dr.",
 * "Prof.", "Dr. med." or "Ing." (a person's titles: "Dr. med. GRAULMANN", "mit Ing. Kreaser"). */
static int degree_field(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    for (size_t k = a; k < b; k++)
        if (t[k] == ' ')
            return 0;
    size_t i = a;
    int degree = 0;
    char buf[16];
    while (i >= 3 && (t[i - 1] == ' ' || t[i - 1] == '-') && t[i - 2] == '.') {
        size_t q = i - 2, w = q;
        while (w > 0 && q - w < 6 && ((t[w - 1] | 32) >= 'a' && (t[w - 1] | 32) <= 'z'))
            w--;
        const char *f = nw_fold_span(s, w, q, buf, sizeof buf);
        if (w == q || !title_part(f))
            break;
        if (!strcmp(f, "dr") || !strcmp(f, "prof") || !strcmp(f, "med") || !strcmp(f, "ing"))
            return 0; /* "Dr. med. GRAULMANN", "Termin mit Ing. Kreaser": a doctor, a person */
        degree |= strcmp(f, "mag") != 0;
        i = w;
    }
    if (!degree)
        return 0;
    size_t e = i;
    while (e > 0 && t[e - 1] == ' ')
        e--;
    size_t w = e;
    while (w > 0 && e - w < 8 && ((t[w - 1] | 32) >= 'a' && (t[w - 1] | 32) <= 'z'))
        w--;
    if (w < e && (nw_cats(nw_fold_span(s, w, e, buf, sizeof buf)) & C_HON))
        return 0; /* "Herr Dipl.-Ing. Weber" */
    unsigned lx = anon_names_lexicon((const char *)t + a, b - a);
    return !(lx & (ANON_NL_GIVEN | ANON_NL_NAME));
}

int nw_chat13_title_skip(const struct sc *s, size_t *a, size_t b)
{
    const uint8_t *t = s->t;
    size_t i = *a;
    if (all_titles(s, i, b) || degree_field(s, i, b))
        return 1;
    if (i >= b || i == 0 || t[i - 1] == '@' || (t[i - 1] != ' ' && t[i - 1] != '-'))
        return 0;
    for (int n = 0; n < 4; n++) {
        size_t e = i;
        while (e < b && (t[e] | 32) >= 'a' && (t[e] | 32) <= 'z')
            e++;
        if (!part_at(s, i, e))
            break;
        if (e >= b || e + 2 >= b)
            return 1; /* the finding is the title's part: "Dr. >phil<." */
        i = e + 1;
        while (i < b && (t[i] == ' ' || t[i] == '-'))
            i++;
        *a = i; /* "Dr. >phil. Lena Lindner<": the name after it */
    }
    return 0;
}
