/* ssn_cue54.c: a bare US SSN (nine digits, 3-2-4 with spaces or dots) whose name stands where a
 * person pastes it, not right before it: after a label with a qualifier or in another language
 * on the same line ("SSN (USA): ", "Soc. Sec. No. ", "N.º Seguro Social (EE. UU.) ", a box or
 * Markdown cell "│ Social Security No. │ ", a log key "us_ssn="), on the line above with the value
 * alone on its line ("Social Security Number:\n  536 22 8451"), or at the head of its table
 * column ("| Name | SSN | Member ID |" over rows). Nine digits alone are ids, orders and routing
 * numbers, so the name is required: one of the SSN's names at a word boundary in the label text,
 * which holds no digit (a value of another field would). The text may be a JSON string's raw
 * bytes: "\n" and "\t" written as escapes count as the line break and tab they stand for. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "ssn_cue54.h"

#define LABEL_MAX 64  /* bytes of label text read before the value */
#define UP_LINES 8    /* lines walked up to a table's head */
#define UP_BYTES 2048 /* bytes walked up to a table's head */

static int alpha(unsigned char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static int digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

/* Line break at i: '\n', or the 'n' of an escaped "\n" (its backslash at i - 1). */
static int nl_at(const char *t, size_t i)
{
    return t[i] == '\n' ||
           (t[i] == 'n' && i > 0 && t[i - 1] == '\\' && !(i > 1 && t[i - 2] == '\\'));
}

/* A cell bar ending at i: '|', ',', ';', '\t' (or an escaped one) or a box-drawing vertical
 * (U+2502, U+2503, U+2551, their dashed forms U+2506/2507/250A/250B/254E/254F); its length. */
static size_t bar_at(const char *t, size_t i)
{
    unsigned char c = (unsigned char)t[i];
    if (c == '|' || c == '\t' || c == ',' || c == ';')
        return 1;
    if (c == 't' && i > 0 && t[i - 1] == '\\')
        return 2;
    if (i >= 2 && (unsigned char)t[i - 2] == 0xE2 &&
        (((unsigned char)t[i - 1] == 0x94 &&
          (c == 0x82 || c == 0x83 || c == 0x86 || c == 0x87 || c == 0x8A || c == 0x8B)) ||
         ((unsigned char)t[i - 1] == 0x95 && (c == 0x91 || c == 0x8E || c == 0x8F))))
        return 3;
    return 0;
}

/* One of the SSN's names at a word boundary in t[a, b). */
static int has_cue(const char *t, size_t a, size_t b)
{
    static const char *const cues[] = {"ssn",
                                       "ss#",
                                       "social security",
                                       "soc. sec",
                                       "soc sec",
                                       "sozialversicherungs",
                                       "s\xc3\xa9"
                                       "curit\xc3\xa9 sociale",
                                       "securite sociale",
                                       "seguro social",
                                       "seguran\xc3\xa7"
                                       "a social",
                                       "seguranca social",
                                       "previdenza sociale",
                                       "sociaal-zekerheid",
                                       "sociale zekerheid",
                                       NULL};
    for (size_t i = a; i < b; i++) {
        if (i > a && alpha((unsigned char)t[i - 1]))
            continue;
        for (size_t k = 0; cues[k]; k++) {
            size_t n = strlen(cues[k]);
            if (n > b - i)
                continue;
            size_t j = 0;
            while (j < n &&
                   ((unsigned char)t[i + j] | (alpha((unsigned char)t[i + j]) ? 0x20 : 0)) ==
                       (unsigned char)cues[k][j])
                j++;
            if (j < n)
                continue;
            /* "ssn" ends a word or runs on to a plural or '#' ("SSNs", "ssn_parts" ends at '_') */
            if (n == 3 && i + n < b && alpha((unsigned char)t[i + n]) && (t[i + n] | 0x20) != 's')
                continue;
            return 1;
        }
    }
    return 0;
}

/* The label text t[a, b) names the SSN and holds no digit. */
static int label_names(const char *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (digit((unsigned char)t[i]))
            return 0;
    return has_cue(t, a, b);
}

/* Bytes a label and its value may have between them: blanks, ':', '=', quotes, brackets, bold
 * and code marks, a dash, and (twice) '-' bullets; does not cross a line or a bar. */
static int between(unsigned char c)
{
    return c == ' ' || c == ':' || c == '=' || c == '"' || c == '\'' || c == '*' || c == '`' ||
           c == '[' || c == '(' || c == '-' || c == '>' || c == 0xA0;
}

/* Does a sentence end at a ("file. " : a '.' after a word of four letters or more, then a
 * blank)? */
static int sentence_end(const char *t, size_t ls, size_t a)
{
    if (a < ls + 2 || t[a - 1] != ' ' || t[a - 2] != '.')
        return 0;
    size_t w = a - 2;
    while (w > ls && alpha((unsigned char)t[w - 1]))
        w--;
    return a - 2 - w > 3;
}

/* Start of the line that holds byte i (just after its break). */
static size_t line_start(const char *t, size_t i)
{
    while (i > 0 && !nl_at(t, i - 1))
        i--;
    return i;
}

/* Index of the cell that holds byte s on its line [ls, s): bars before it. */
static int cell_index(const char *t, size_t ls, size_t s)
{
    int k = 0;
    for (size_t i = ls; i < s; i++)
        if (bar_at(t, i))
            k++;
    return k;
}

/* The head of the column that holds s: walk up over rows and rule lines to the first line whose
 * cell k holds letters and no digit; does it name the SSN? */
static int column_head(const char *t, size_t ls, int k)
{
    size_t end = ls; /* the line above ends before end's break */
    for (int n = 0; n < UP_LINES && end > 0 && ls - end < UP_BYTES; n++) {
        size_t e = end - 1; /* the break's last byte */
        if (e > 0 && t[e] == 'n' && t[e - 1] == '\\')
            e--;
        size_t a = line_start(t, e);
        int any = 0;
        for (size_t i = a; i < e && !any; i++)
            any = alpha((unsigned char)t[i]) || digit((unsigned char)t[i]);
        if (!any) { /* a rule line ("|---|---|", "├────┼────┤") */
            end = a;
            continue;
        }
        /* cell k of line [a, e) */
        int c = 0;
        size_t cs = SIZE_MAX, ce = e;
        if (k == 0)
            cs = a;
        for (size_t i = a; i < e; i++) {
            size_t b = bar_at(t, i);
            if (!b)
                continue;
            c++;
            if (c == k)
                cs = i + 1;
            else if (c == k + 1) {
                ce = i + 1 - b;
                break;
            }
        }
        if (cs == SIZE_MAX || c < k)
            return 0; /* not a table row with that many cells: the table ended */
        int letters = 0, digits = 0;
        for (size_t i = cs; i < ce; i++) {
            letters |= alpha((unsigned char)t[i]);
            digits |= digit((unsigned char)t[i]);
        }
        if (letters && !digits)
            return label_names(t, cs, ce);
        end = a;
    }
    return 0;
}

int anon_ssn_frame_cue(const char *text, size_t s, size_t e)
{
    /* an array's groups ("[537, 23, 8452]") are anon_ssn_array_cue's to judge */
    for (size_t i = s; i < e; i++)
        if (text[i] == ',' || text[i] == '"')
            return 0;
    size_t p = s;
    while (p > 0 && s - p < 8 && between((unsigned char)text[p - 1]))
        p--;
    size_t ls = line_start(text, p), q = ls;
    /* indentation alone before the value: spaces, tabs, escaped tabs */
    while (q < p && (text[q] == ' ' || text[q] == '\t' || between((unsigned char)text[q]) ||
                     (text[q] == '\\' && q + 1 < p && text[q + 1] == 't')))
        q += text[q] == '\\' ? 2 : 1;
    if (q < p) {
        size_t b = bar_at(text, p - 1);
        if (b) {
            /* a cell: its label cell before the bar, or the column's head */
            size_t le = p - b;
            while (le > ls && (text[le - 1] == ' ' || text[le - 1] == ':'))
                le--;
            size_t a = le;
            while (a > ls && le - a < LABEL_MAX && !bar_at(text, a - 1))
                a--;
            if (a < le && label_names(text, a, le))
                return 1;
            return column_head(text, ls, cell_index(text, ls, s));
        }
        /* the label on the value's line: back to the line start, a bar, a digit or a sentence's
         * end ("The SSN is on file. Counters: "; "Soc. Sec. No. " is abbreviations) */
        size_t a = p;
        while (a > ls && p - a < LABEL_MAX && !bar_at(text, a - 1) &&
               !digit((unsigned char)text[a - 1]) && !sentence_end(text, ls, a))
            a--;
        return a < p && has_cue(text, a, p);
    }
    /* the value alone on its line: the label is the line above (one blank line may stand
     * between), or the column's head when the table is written with tabs */
    for (int blank = 0; blank < 2 && ls > 0; blank++) {
        size_t br = ls - 1;
        if (br > 0 && text[br] == 'n' && text[br - 1] == '\\')
            br--;
        size_t a = line_start(text, br);
        size_t le = br;
        while (le > a && (text[le - 1] == ' ' || text[le - 1] == ':' || text[le - 1] == '*'))
            le--;
        if (le > a)
            return le - a <= LABEL_MAX && label_names(text, a, le);
        ls = a;
    }
    return 0;
}
