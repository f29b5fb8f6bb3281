/* names_labels7.c: a name after a label that says "a person goes here", in every form people
 * fill: the numbered fields of visa, tax and registration forms ("1. Surname:", "Vorname(n):",
 * "Prénom(s) :"), the parties of rental, bank, probate and HR documents ("Main driver:",
 * "Co-account holder:", "Hébergeant :", "Eredi:"), kin in household lists ("Grandma:", "Opa:",
 * "Tía:"), job titles and departments in org charts ("CEO:", "Finance:"), match reports
 * ("Scorers:", "Referee:"), funeral and wedding programmes ("Pallbearers:", "Woord van:") and
 * weekday rotas ("Mon: A + B"). The label may follow a numbering ("2)", "(3)", "Q4."), carry a
 * plural mark ("(s)", "(n)", "(en)") or a qualifier in brackets, follow a sentence on its line
 * ("... on 14/7/26. Witness: X"); the value may be one name or a list ("A & B", "A, B and C",
 * "A + B", "A / B"), in capitals ("SURNAME, Given", "GIVEN SURNAME").
 *
 * The one thing to know: a value is taken only when every item of it is name-shaped and the
 * value ends where a field ends (the line, a tab, a bar, two spaces, a bracket or a dash), so
 * "Finance: Q3 budget approved", "Mon: closed", "User: admin", "Host: example.com", "CEO: TBD"
 * and a chat's "Assistant: Sure, ..." name no one. Labels that as often carry a status or a
 * plan (departments, job titles, weekdays) count only on a line that opens with the label, next
 * to another line that opens the same way. The pass visits each ':' the text has (memchr) and
 * leaves at once unless a space and a capital follow it and a letter precedes it.
 */
#include "anonymize/names.h"
#include "anonymize/names_internal.h"
#include "anonymize/names_labels7_internal.h"

#include <string.h>

/* The inclusive forms of a folded label f (written to): a short ending after '/' or in
 * brackets anywhere ("Erziehungsberechtigte/r", "Veterinario/a", "Schüler/in", "Diretor(a) de
 * turma", "Tenant(s)") dropped, or either side of a '/' between two words ("Ouder/verzorger",
 * "Parent/carer", "Tierärztin/Tierarzt"). */
static int gendered(char *f)
{
    char g[64];
    size_t o = 0, n = strlen(f);
    const char *sl = NULL;
    for (size_t i = 0; i < n && o + 1 < sizeof g; i++) {
        if (f[i] == '(') {
            const char *c = strchr(f + i, ')');
            if (c && c - (f + i) <= 5) {
                i = (size_t)(c - f);
                continue;
            }
        }
        if (f[i] == '/') {
            size_t k = i + 1;
            while (k < n && f[k] != ' ' && f[k] != '/')
                k++;
            if (k - i - 1 <= 6 && k - i - 1 < i) { /* "/r", "/in", "/innen", "/a", "/es" */
                i = k - 1;
                continue;
            }
            sl = f + i;
        }
        g[o++] = f[i];
    }
    g[o] = '\0';
    int c = o < n ? nw_labels7_class(g) : NW_L7_NONE;
    if (c || !sl)
        return c;
    if ((c = nw_labels7_class(sl + 1)) != NW_L7_NONE)
        return c;
    f[sl - f] = '\0';
    return nw_labels7_class(f);
}

/* The class of the label t[a .. b): folded, then without a bracketed mark or qualifier at its
 * end ("Given name(s)", "Family name (as in passport)") and either side of a bilingual " / ". */
int label_class(const struct sc *s, size_t a, size_t b)
{
    char f[64];
    if (b <= a || b - a >= sizeof f)
        return NW_L7_NONE;
    size_t n = nw_fold((const char *)s->t + a, b - a, f, sizeof f - 1);
    if (!n)
        return NW_L7_NONE;
    f[n] = '\0';
    int c = nw_labels7_class(f);
    if (c)
        return c;
    /* "PŁATNIK", "PŘÍKAZCE": capitals nw_fold() leaves (names_leaks46.c) */
    if (memchr(f, 0xC4, n) || memchr(f, 0xC5, n) || memchr(f, 0xC6, n) || memchr(f, 0xC8, n)) {
        if (nw_leaks46_fold_wide(f) && (c = nw_labels7_class(f)) != NW_L7_NONE)
            return c;
        n = strlen(f);
    }
    if (f[n - 1] == ')') {
        char *o = strrchr(f, '(');
        if (o && o > f) {
            while (o > f && o[-1] == ' ')
                o--;
            *o = '\0';
            if ((c = nw_labels7_class(f)) != NW_L7_NONE)
                return c;
            n = (size_t)(o - f);
        }
    }
    if (n > 3 && f[n - 2] == ' ' && f[n - 1] >= '1' && f[n - 1] <= '9') {
        f[n - 2] = '\0'; /* "Reviewer 2", "Gutachterin 1": one of several */
        if ((c = nw_labels7_class(f)) != NW_L7_NONE)
            return c;
        f[n - 2] = ' ';
    }
    if (n > 3 && f[n - 2] == '/' && (f[n - 1] == 'i' || f[n - 1] == 's' || f[n - 1] == 'n')) {
        f[n - 2] = '\0'; /* "Cognome/i" */
        if ((c = nw_labels7_class(f)) != NW_L7_NONE)
            return c;
        f[n - 2] = '/';
    }
    char *slash = strstr(f, " / ");
    if (slash) {
        if ((c = nw_labels7_class(slash + 3)) != NW_L7_NONE)
            return c;
        *slash = '\0';
        return nw_labels7_class(f);
    }
    return gendered(f);
}

/* A numbering before a label at i ("1. ", "2) ", "(3) ", "Q4. ", "5.", "b) "): where the label
 * starts after it, or i. */
size_t skip_number(const struct sc *s, size_t i, size_t e)
{
    const uint8_t *t = s->t;
    size_t k = i;
    if (k < e && t[k] == '(')
        k++;
    if (k < e && (t[k] == 'Q' || t[k] == 'q' || t[k] == '#') && k + 1 < e && is_digit(t[k + 1]))
        k++;
    size_t d = k;
    while (k < e && k - d < 3 &&
           (is_digit(t[k]) || (k > d && t[k] == '.' && k + 1 < e && is_digit(t[k + 1]))))
        k++;
    if (k == d) {
        if (k + 1 < e && t[k] >= 'a' && t[k] <= 'h' && t[k + 1] == ')')
            k++; /* "b) " */
        else
            return i;
    }
    if (k < e && (t[k] == '.' || t[k] == ')'))
        k++;
    if (k == d + 1 && k < e && t[k] != ' ' && t[k] != ')' && t[k - 1] != '.' && t[k - 1] != ')')
        return i;
    while (k < e && t[k] == ' ')
        k++;
    return k < e && (is_up(t[k]) || t[k] >= 0x80 || (t[k] >= 'a' && t[k] <= 'z')) ? k : i;
}

/* What ends a field going back from its label: a line, a tab, a bar, a semicolon, a bullet. */
static int field_stop(const uint8_t *t, size_t k)
{
    uint8_t c = t[k - 1];
    return c == '\n' || c == '\r' || c == '\t' || c == '|' || c == ';' ||
           (c == ' ' && k >= 2 && t[k - 2] == ' ') || nw_h11rec_slash_stop(t, k) ||
           (c == 0xA2 && k >= 3 && t[k - 2] == 0x80) ||
           (c == 0xB7 && k >= 2 && t[k - 2] == 0xC2); /* a bullet "•", a middle dot "·" */
}

/* Does t[k] (a space before a label) follow a step's number and its ':' or dash ("STEP 4: ",
 * "Step 5 – ", "Part B: "), the step word opening the field at fs? */
static int step_mark(const uint8_t *t, size_t fs, size_t k)
{
    size_t m = k;
    if (m >= 4 && t[m - 1] == 0x93 && t[m - 2] == 0x80 && t[m - 3] == 0xE2 && t[m - 4] == ' ')
        m -= 4; /* " – " */
    else if (m >= 1 && t[m - 1] == ':')
        m--;
    else
        return 0;
    if (m < 2 || m == k || !(is_digit(t[m - 1]) || (is_up(t[m - 1]) && t[m - 2] == ' ')))
        return 0;
    while (m > fs && is_digit(t[m - 1]))
        m--;
    if (is_up(t[m - 1]) && m - 1 > fs && t[m - 2] == ' ')
        m--; /* "Part B" */
    if (m <= fs + 2 || t[m - 1] != ' ')
        return 0;
    size_t w = m - 1; /* one word of letters before the number opens the field */
    while (w > fs && t[w - 1] != ' ')
        w--;
    return w == fs && m - 1 - w >= 3;
}

/* The label that ends at lb (its ':' after it): its class; *at_line set when it opens its line
 * or field (a numbering and a bullet aside), cleared when it follows a sentence. */
static int label_before(const struct sc *s, size_t lb, int *at_line, size_t *lstart)
{
    const uint8_t *t = s->t;
    size_t fs = lb;
    while (fs > 0 && lb - fs < 48 && !field_stop(t, fs))
        fs--;
    int bounded = fs == 0 || field_stop(t, fs);
    while (fs < lb && (t[fs] == ' ' || t[fs] == '-' || t[fs] == '*' || t[fs] == '>' ||
                       (t[fs] == 0xE2 && fs + 2 < lb && t[fs + 1] == 0x80 && t[fs + 2] == 0xA2)))
        fs += t[fs] == 0xE2 ? 3 : 1;
    if (bounded) {
        size_t a = skip_number(s, fs, lb);
        int c = label_class(s, a, lb);
        if (!c)
            c = nw_scan53_misread_label(s, a, lb); /* "NAHME:", "PATlENT:": names_scan53.c */
        if (c) {
            *at_line = 1;
            *lstart = a;
            return c;
        }
    }
    /* after a sentence on the same line (". Witness:", "! Clerk:"), another field's value
     * (", Vorname:") or a step's number ("STEP 4: Collector:", "Step 5 – Donor:") */
    for (size_t k = lb; k > fs + 2; k--) {
        if (t[k - 1] != ' ' || (t[k - 2] != '.' && t[k - 2] != '!' && t[k - 2] != '?' &&
                                t[k - 2] != ',' && !step_mark(t, fs, k - 1)))
            continue;
        if (k < lb && (is_up(t[k]) || t[k] >= 0xC3)) {
            int c = label_class(s, k, lb);
            if (c == NW_L7_PERSON || c == NW_L7_PARTY || c == NW_L7_OLD) {
                *at_line = 0;
                *lstart = k;
                return c;
            }
        }
        break; /* only the last sentence's end */
    }
    return NW_L7_NONE;
}

static size_t line_end7(const struct sc *s, size_t i)
{
    return nw_line_end_at(s, i); /* names_internal.h: the text's line table */
}

/* The class of the label that opens the line starting at ls, if a ':' and a space follow it. */
static int line_label(const struct sc *s, size_t ls)
{
    const uint8_t *t = s->t;
    size_t le = line_end7(s, ls);
    const uint8_t *c = memchr(t + ls, ':', le - ls < 40 ? le - ls : 40);
    size_t ce;
    if (!c) { /* "Sales – A B", "CFO - C D" in the same chart */
        c = memchr(t + ls, ' ', le - ls < 40 ? le - ls : 40);
        while (c && (size_t)(c - t) + 4 < le && (size_t)(c - t) < ls + 40) {
            size_t d = (size_t)(c - t) + 1;
            if ((t[d] == '-' && t[d + 1] == ' ') ||
                (t[d] == 0xE2 && t[d + 1] == 0x80 && t[d + 2] == 0x93 && t[d + 3] == ' '))
                break;
            c = memchr(t + d, ' ', le - d);
        }
        if (!c || (size_t)(c - t) + 4 >= le || (size_t)(c - t) >= ls + 40)
            return NW_L7_NONE;
        ce = (size_t)(c - t) + 1;
    } else {
        ce = (size_t)(c - t);
    }
    size_t lb = ce;
    if (ce + 1 >= le || (t[ce] == ':' && t[ce + 1] != ' '))
        return NW_L7_NONE;
    while (lb > ls && t[lb - 1] == ' ')
        lb--;
    int at_line = 0;
    size_t a;
    int cls = label_before(s, lb, &at_line, &a);
    return at_line && a <= ls + 8 ? cls : NW_L7_NONE;
}

/* A neighbouring line (above or below, blank lines not skipped) opens with a label of the
 * same kind: the block is a chart or a rota, not a status line. */
static int block_of(const struct sc *s, size_t ls, size_t le, int cls)
{
    if (ls >= 2) {
        size_t p = ls - 1, q = p;
        while (q > 0 && s->t[q - 1] != '\n')
            q--;
        int c = line_label(s, q);
        if (c == cls || (cls != NW_L7_DAY && c != NW_L7_NONE && c != NW_L7_DAY))
            return 1;
    }
    if (le + 1 < s->len) {
        int c = line_label(s, le + 1);
        if (c == cls || (cls != NW_L7_DAY && c != NW_L7_NONE && c != NW_L7_DAY))
            return 1;
    }
    return 0;
}

/* Is the label t[a .. lb) in capitals (no small letter)? A label run into its value counts only
 * on a form in capitals, not in code or a log's "key:Value". */
static int caps_label(const uint8_t *t, size_t a, size_t lb)
{
    for (size_t k = a; k < lb; k++)
        if (t[k] >= 'a' && t[k] <= 'z')
            return 0;
    return 1;
}

int nw_labels7_names(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_hits *colons = nw_hits_of(s, ':'); /* the passes before found them */
    for (size_t k = 0, c = nw_hit_at(colons, s, ':', 0, 0); c < s->len;
         c = nw_hit_at(colons, s, ':', ++k, c + 1)) {
        size_t v = c + 1;
        /* the cheap test: a letter or ')' before, a space and a capital after; on a form in
         * capitals the label may run into its value ("NAME:KOWALSKI JAN", branch caps61) */
        if (c == 0 || v + 1 >= s->len)
            continue;
        int glued = t[v] != ' ' && t[v] != '\t';
        if (glued && !(is_up(t[c - 1]) && (is_up(t[v]) || (t[v] >= 0xC3 && t[v] <= 0xC5))))
            continue;
        while (v < s->len && (t[v] == ' ' || t[v] == '\t') && v - c < 6)
            v++;
        if (v >= s->len || !(is_up(t[v]) || (t[v] >= 0xC3 && t[v] <= 0xC5)) ||
            !nw_upper(t + v, s->len - v))
            continue;
        size_t lb = c;
        while (lb > 0 && c - lb < 3 && t[lb - 1] == ' ')
            lb--;
        if (lb >= 2 && t[lb - 1] == 0xA0 && t[lb - 2] == 0xC2)
            lb -= 2; /* French "Nom :" with a no-break space */
        if (lb >= 2 && t[lb - 1] == '.' && is_up(t[lb - 2]))
            lb--;                     /* "NOME.:", "N4ME.:" on a scanned form: names_scan53.c */
        lb = nw_caps61_leader(t, lb); /* "NAME..........: X": names_scan54.c */
        if (lb == 0 || !(is_alnum(t[lb - 1]) || t[lb - 1] >= 0x80 || t[lb - 1] == ')'))
            continue;
        int at_line = 0;
        size_t la;
        int cls = label_before(s, lb, &at_line, &la);
        if (!cls || (glued && (!at_line || !caps_label(t, la, lb))))
            continue;
        size_t le = line_end7(s, v);
        /* a label that holds a status as often counts only in a block of labelled lines;
         * there, and under kin in such a block, a lone unknown word may be a given name */
        int loose = 0;
        if (cls == NW_L7_ORG || cls == NW_L7_DAY || cls == NW_L7_KIN) {
            size_t ls = la;
            while (ls > 0 && t[ls - 1] != '\n')
                ls--;
            int block = at_line && la <= ls + 8 && block_of(s, ls, le, cls);
            if (!block && cls != NW_L7_KIN)
                continue;
            loose = block && cls != NW_L7_ORG;
        }
        /* the value stops where the next field starts: two spaces, a tab, a bar, and on a
         * scanned form " ~ ", " :: " and " ¦ " (names_scan60.c) */
        size_t ve = v;
        while (ve < le && t[ve] != '\t' && t[ve] != '|' &&
               !(t[ve] == ' ' && ve + 1 < le && t[ve + 1] == ' ') && !nw_scan60_gap(t, ve, le))
            ve++;
        int rc = read_value(s, v, ve, cls, loose);
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* names_kv8.c's deed parties: the value t[v .. le) read as a party's ("(1) NAME (the "Seller")").
 */
int nw_labels7_value(struct sc *s, size_t v, size_t le)
{
    return read_value(s, v, le, NW_L7_PARTY, 0);
}

/* names_scan54.c's labels without a colon: the class of the label t[a .. b) as label_before()
 * reads a bounded one (misread by a scanner too), and the value t[v .. le) read after it. */
int nw_labels7_label_class(const struct sc *s, size_t a, size_t b)
{
    int c = label_class(s, a, b);
    return c ? c : nw_scan53_misread_label(s, a, b);
}

int nw_labels7_value_as(struct sc *s, size_t v, size_t le, int cls)
{
    return read_value(s, v, le, cls, 0);
}
