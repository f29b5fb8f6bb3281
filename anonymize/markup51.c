/* markup51.c: a run-joining reading of document markup for the detection view (engine_view.c).
 * Word processors, spreadsheets and SVG write one visible string as several runs whenever the
 * formatting, the spell checker or a bookmark changes inside it: "<w:t>Ma</w:t></w:r><w:r><w:t>ria
 * Keller</w:t>", "<r><t>Ma</t></r><r><rPr>...</rPr><t>ria</t></r>", "Ma<text:span ...>ria",
 * "<tspan>Ma</tspan><tspan x=\"412\">ria</tspan>", a slide's "<a:r><a:t>+49 30</a:t></a:r><a:r>
 * <a:rPr b=\"1\"/><a:t> 1234 5678</a:t>" (DrawingML, runs66), and a PDF content stream kerns a
 * string into pieces: "[(Ma) -20 (ria) 15 (Keller)] TJ". The view reads such markup between two
 * pieces of text as nothing (a tspan break with white space, or a TJ gap wider than 0.1 em, as one
 * space), so the detectors see "Maria Keller". A finding that covers such markup is cut back into
 * one finding per visible piece (anon_m51_split), so each token replaces exactly its piece's source
 * bytes, the markup stays as it was sent and the response restores every piece.
 * Nothing here keeps any text.
 */
#include "anonymize/engine_internal.h"

#include <stdlib.h>
#include <string.h>

/* what engine_view.c calls NORM_DROP: the view reads the bytes as nothing */
#define M51_DROP 0

static int m51_alpha(uint8_t c)
{
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
}

static int m51_alnum(uint8_t c)
{
    return m51_alpha(c) || (c >= '0' && c <= '9');
}

/* A character a piece of a value may end or start with beside the markup. */
static int m51_side(uint8_t c)
{
    return m51_alnum(c) || c == ' ' || c == '.' || c == ',' || c == '/' || c == '-' || c == ':' ||
           c == '\'' || c == '@' || c == '+';
}

enum { TAG_NONE, TAG_RUN, TAG_SPAN, TAG_TSPAN, TAG_INLINE, TAG_BREAK };

/* The kind of the tag whose name is p[s, e): a run's own markup (OOXML w: run, text and run
 * properties, proofing and bookmark marks; a spreadsheet's rich-text run), an ODF text:span or
 * bookmark, an SVG tspan, an HTML inline tag; TAG_NONE for anything that ends a piece (a
 * paragraph, a cell, a break, a tab, a field code). */
static int tag_kind(const uint8_t *p, size_t s, size_t e)
{
    static const char *const run[] = {
        "w:r", "w:t", "w:rPr", "w:proofErr", "w:bookmarkStart", "w:bookmarkEnd", "w:lang", "w:b",
        "w:bCs", "w:i", "w:iCs", "w:u", "w:rFonts", "w:sz", "w:szCs", "w:color", "w:rStyle",
        "w:noProof", "w:highlight", "w:kern", "w:spacing", "w:vertAlign", "w:hyperlink",
        "w:permStart", "w:permEnd", "w:commentRangeStart", "w:commentRangeEnd",
        "w:lastRenderedPageBreak", "r", "t", "rPr", "rFont", "sz", "b", "i", "u", "color", "family",
        "scheme", "strike", "vertAlign",
        /* DrawingML (pptx) runs: runs66 */
        "a:r", "a:t", "a:rPr", "a:latin", "a:ea", "a:cs", "a:solidFill", "a:srgbClr", "a:schemeClr",
        NULL};
    static const char *const span[] = {
        "text:span",         "text:bookmark",        "text:bookmark-start",
        "text:bookmark-end", "text:soft-page-break", NULL};
    static const char *const inl[] = {"span", "em", "strong", "small", "mark", "font", NULL};
    /* a paragraph's or a line's end inside a document: a line break in the view */
    static const char *const brk[] = {
        "w:p",    "w:pPr",           "w:pStyle", "w:jc", "w:ind", "w:br",         "w:cr",
        "text:p", "text:line-break", "a:p",      "a:br", "a:pPr", "a:endParaRPr", NULL};
    size_t l = e - s;
    if (l == 5 && memcmp(p + s, "tspan", 5) == 0)
        return TAG_TSPAN;
    for (size_t k = 0; run[k]; k++)
        if (strlen(run[k]) == l && memcmp(p + s, run[k], l) == 0)
            return TAG_RUN;
    for (size_t k = 0; span[k]; k++)
        if (strlen(span[k]) == l && memcmp(p + s, span[k], l) == 0)
            return TAG_SPAN;
    for (size_t k = 0; brk[k]; k++)
        if (strlen(brk[k]) == l && memcmp(p + s, brk[k], l) == 0)
            return TAG_BREAK;
    for (size_t k = 0; inl[k]; k++)
        if (strlen(inl[k]) == l && memcmp(p + s, inl[k], l) == 0)
            return TAG_INLINE;
    return TAG_NONE;
}

/* One tag at p[i] == '<' (opening, closing or empty, attributes on one line, at most 160 bytes):
 * its length, its kind in *kind; 0 when it is no tag of those kinds. */
static size_t one_tag(const uint8_t *p, size_t i, size_t n, int *kind)
{
    size_t j = i + 1;
    if (j < n && p[j] == '/')
        j++;
    size_t s = j;
    while (j < n && j - s < 24 && (m51_alnum(p[j]) || p[j] == ':' || p[j] == '-') && p[j] < 0x80)
        j++;
    if (j == s || j >= n || (p[j] != '>' && p[j] != ' ' && p[j] != '/'))
        return 0;
    if ((*kind = tag_kind(p, s, j)) == TAG_NONE)
        return 0;
    while (j < n && j - i < 160 && p[j] != '>' && p[j] != '<' && p[j] != '\n')
        j++;
    return j < n && p[j] == '>' ? j + 1 - i : 0;
}

/* Does the tag p[i, i + l), an opening <tspan ...>, start a new line: a "y" of its own or a "dy"
 * other than 0 ("<tspan x=\"60\" dy=\"18\">")? Such a tspan is the next line of a text block (a
 * street under its label), not the rest of a word; an "x" alone only places the next piece. */
static int tspan_new_line(const uint8_t *p, size_t i, size_t l)
{
    if (p[i + 1] == '/')
        return 0;
    for (size_t j = i + 6; j + 4 < i + l; j++) {
        if (p[j] != ' ' && p[j] != '\t')
            continue;
        size_t a = j + 1;
        if (p[a] == 'd' && a + 1 < i + l)
            a++;
        if (p[a] != 'y' || p[a + 1] != '=' || (p[a + 2] != '"' && p[a + 2] != '\''))
            continue;
        if (a == j + 1)
            return 1; /* y="..." */
        size_t v = a + 3;
        while (v < i + l && (p[v] == '0' || p[v] == '.' || p[v] == '+' || p[v] == '-'))
            v++;
        if (v < i + l && p[v] >= '1' && p[v] <= '9')
            return 1; /* dy with a digit other than 0 */
    }
    return 0;
}

/* Is the tag at p[i] == '<' a run's text element, <w:t>, <a:t>, <t> or their end? */
static int text_tag(const uint8_t *p, size_t i, size_t n)
{
    size_t j = i + 1 + (i + 1 < n && p[i + 1] == '/');
    if (j + 2 < n && (p[j] == 'w' || p[j] == 'a') && p[j + 1] == ':')
        j += 2;
    return j + 1 < n && p[j] == 't' && (p[j + 1] == '>' || p[j + 1] == ' ');
}

size_t anon_m51_runs_at(const uint8_t *p, size_t i, size_t n, int *m)
{
    /* cheap refusals first: most '<' of prose and code open no run markup */
    if (i == 0 || i + 3 >= n || !m51_side(p[i - 1]))
        return 0;
    uint8_t c = p[i + 1] == '/' ? p[i + 2] : p[i + 1];
    if (c != 'w' && c != 'r' && c != 't' && c != 's' && c != 'e' && c != 'f' && c != 'm' &&
        c != 'a')
        return 0;
    size_t j = i, tags = 0;
    int kinds = 0, white = 0, texts = 0;
    while (j < n && tags < 24) {
        int kind;
        size_t l = p[j] == '<' ? one_tag(p, j, n, &kind) : 0;
        if (!l) {
            /* white space between tags: a document's indentation */
            size_t w = j;
            while (w < n && w - j < 64 &&
                   (p[w] == ' ' || p[w] == '\n' || p[w] == '\t' || p[w] == '\r'))
                w++;
            if (w == j || w >= n || p[w] != '<' || !one_tag(p, w, n, &kind))
                break;
            white = 1;
            j = w;
            continue;
        }
        if (kind == TAG_TSPAN && tspan_new_line(p, j, l))
            return 0; /* the next line of an SVG text: the tags stay a separator */
        kinds |= 1 << kind;
        texts |= text_tag(p, j, n);
        j += l;
        tags++;
    }
    if (!tags || j >= n || !m51_side(p[j]))
        return 0;
    /* white space after the last tag is text (SVG and ODF keep it): it ends the sequence */
    uint8_t a = p[i - 1], b = p[j];
    if (!m51_alnum(a) && !m51_alnum(b))
        return 0;
    if (kinds & (1 << TAG_INLINE)) {
        /* an HTML inline tag joins only inside a word ("Ma<span class=..>ria"); elsewhere the
         * page's own text says where words end */
        if (kinds != (1 << TAG_INLINE) || !m51_alpha(a) || !m51_alpha(b))
            return 0;
    }
    /* a run's properties (<b/>, <family val=..>) are markup of a run only beside its text
     * element: alone they are some other XML's elements (<given>..</given> <family>) */
    if ((kinds & (1 << TAG_RUN)) && !texts)
        return 0;
    if (kinds & (1 << TAG_BREAK)) {
        /* runs of two paragraphs or two lines: a line break, where a street's town follows it */
        if (kinds & ((1 << TAG_INLINE) | (1 << TAG_TSPAN)))
            return 0;
        *m = '\n';
        return j - i;
    }
    if (kinds == (1 << TAG_RUN) || kinds == ((1 << TAG_RUN) | (1 << TAG_SPAN))) {
        /* a run break: both sides text of runs, the tags a run's end and a run's start */
        *m = M51_DROP;
        return j - i;
    }
    *m = white && (kinds & (1 << TAG_TSPAN)) ? ' ' : M51_DROP;
    return j - i;
}

/* A number of a TJ array at p[j]: its end, its value in tenths of its integer part's sign. */
static size_t tj_number(const uint8_t *p, size_t j, size_t n, long *v)
{
    size_t s = j;
    int neg = 0;
    if (j < n && (p[j] == '-' || p[j] == '+'))
        neg = p[j++] == '-';
    long x = 0;
    size_t d = j;
    while (j < n && j - d < 6 && p[j] >= '0' && p[j] <= '9')
        x = x * 10 + (p[j++] - '0');
    if (j < n && p[j] == '.')
        for (j++; j < n && p[j] >= '0' && p[j] <= '9'; j++)
            ;
    if (j == d || j - s > 12)
        return 0;
    *v = neg ? -x : x;
    return j;
}

size_t anon_m51_tj_gap(const uint8_t *p, size_t i, size_t n, int *m)
{
    /* ")" then blanks, a kerning number, blanks and "(" */
    size_t j = i + 1;
    long v = 0;
    if (p[i] != ')' || i == 0 || p[i - 1] == '\\')
        return 0;
    while (j < n && p[j] == ' ')
        j++;
    if (!(j = tj_number(p, j, n, &v)))
        return 0;
    while (j < n && p[j] == ' ')
        j++;
    if (j + 1 >= n || p[j] != '(' || !m51_side(p[i - 1]) || !m51_side(p[j + 1]) ||
        (!m51_alnum(p[i - 1]) && !m51_alnum(p[j + 1])))
        return 0;
    /* a gap of a tenth of an em or more (TJ numbers are thousandths, negative moves right) reads
     * as a word space, unless the piece already ends or starts with one */
    *m = v <= -100 && p[i - 1] != ' ' && p[j + 1] != ' ' ? ' ' : M51_DROP;
    return j + 1 - i;
}

size_t anon_m51_tj_array(const uint8_t *p, size_t i, size_t n)
{
    /* "[(" ... ")] TJ" within 1 KiB, with a gap between two of its strings */
    if (i + 2 >= n || p[i] != '[' || p[i + 1] != '(')
        return 0;
    int gap = 0;
    for (size_t j = i + 2; j < n && j - i < 1024; j++) {
        if (p[j] == '\\') {
            j++;
            continue;
        }
        if (p[j] == ')' && j + 1 < n && p[j + 1] == ']') {
            size_t k = j + 2;
            while (k < n && p[k] == ' ')
                k++;
            return gap && k + 1 < n && p[k] == 'T' && p[k + 1] == 'J' ? k + 2 - i : 0;
        }
        if (p[j] == ')') {
            int m;
            size_t l = anon_m51_tj_gap(p, j, n, &m);
            gap |= l != 0;
            if (!l) { /* a gap between pieces that are no text ("(x) 0 (y)" of numbers) */
                size_t k = j + 1;
                while (k < n && p[k] != '(' && p[k] != ']' && k - j < 16)
                    k++;
                if (k >= n || p[k] != '(')
                    return 0;
                j = k;
            } else {
                j += l - 1;
            }
        } else if (p[j] == '\n' || p[j] == ']') {
            return 0;
        }
    }
    return 0;
}

/* The markup at p[k] that the view dropped or read as one space, inside a finding: its length. */
static size_t cut_at(const uint8_t *p, size_t k, size_t n)
{
    int m;
    if (p[k] == '<')
        return anon_m51_runs_at(p, k, n, &m);
    if (p[k] == ')')
        return anon_m51_tj_gap(p, k, n, &m);
    return 0;
}

/* Does p[s, e) hold a letter or a digit? */
static int has_alnum(const uint8_t *p, size_t s, size_t e)
{
    for (; s < e; s++)
        if (m51_alnum(p[s]))
            return 1;
    return 0;
}

int anon_m51_split(const char *text, size_t len, anon_finding_t **out, size_t *n)
{
    const uint8_t *p = (const uint8_t *)text;
    size_t extra = 0;
    for (size_t i = 0; i < *n; i++) {
        const anon_finding_t *f = &(*out)[i];
        for (size_t k = f->start + 1; k < f->end; k++) {
            size_t l = (p[k] == '<' || p[k] == ')') ? cut_at(p, k, len) : 0;
            if (l && k + l < f->end) {
                extra++;
                k += l - 1;
            }
        }
    }
    if (!extra)
        return 0;
    anon_finding_t *o = malloc((*n + extra) * sizeof *o);
    if (!o)
        return ANON_ERR_NOMEM;
    size_t w = 0;
    for (size_t i = 0; i < *n; i++) {
        anon_finding_t f = (*out)[i];
        size_t s = f.start;
        for (size_t k = f.start + 1; k <= f.end; k++) {
            size_t l = k < f.end && (p[k] == '<' || p[k] == ')') ? cut_at(p, k, len) : 0;
            if (k < f.end && !(l && k + l < f.end))
                continue;
            /* the piece p[s, k) without the blanks at its ends */
            size_t a = s, b = k;
            while (a < b && p[a] == ' ')
                a++;
            while (b > a && p[b - 1] == ' ')
                b--;
            if (b > a && has_alnum(p, a, b))
                o[w++] = (anon_finding_t){f.type, a, b};
            if (k < f.end) {
                s = k + l;
                k += l - 1;
            }
        }
    }
    free(*out);
    *out = o;
    *n = w;
    return 0;
}
