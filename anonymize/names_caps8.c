/* names_caps8.c: names typed in capitals where a layout, not a cue word, says a person (issue 15,
 * branch caps8).
 *
 * Two shapes, both at a word in capitals (SH_CAPS) that names.c's earlier tests left alone:
 * - the administrative order: a surname in capitals, then the given name ("DUPONT Jean",
 *   "ROSSI, Maria", "HERRERA, LUCÍA"), as French, Belgian, Swiss, Italian and Spanish forms,
 *   court rolls and class lists write it;
 * - a full name in capitals that fills a line: after a label on its line ("Firmado: GIULIA
 *   COLOMBO"), after a list's bullet or number ("- NOAH SMITH"), or under a closing or a list's
 *   header ("Kind regards,\nCHLOE DOYLE").
 * Developer and business text is full of capitals ("HTTP GET", "AWS S3 BUCKET", "ERROR CODE",
 * headings, shouted sentences), so two signals are needed: the layout, tested first on the bytes
 * around the word, and the lexicon, which must know the given name as one (an ordinary word of any
 * language is none) and must not know the surname as an ordinary word. A text all in capitals says
 * nothing by its capitals: a lower-case letter must be near.
 */
#include "anonymize/names_internal.h"

/* A given name by the lexicon's flags: of the lists, and no ordinary English word unless well
 * attested and no word of another language ("Will", "Mark", "Max" are words first). A word of
 * another language passes ("Olivier", "Fleur", "Pilar"): the layout is the cue here. */
static int given_flags(unsigned f)
{
    return (f & ANON_NL_GIVEN) &&
           (!(f & ANON_NL_COMMON_EN) || ((f & ANON_NL_ATTESTED) && !(f & ANON_NL_COMMON)));
}

/* Words that open a place's name and are given names too ("SAN SEBASTIÁN", "SANTA CLARA"). */
static const char *const place_first[] = {"san",    "santa", "santo", "são",   "saint",
                                          "sainte", "sankt", "st",    "porto", "puerto"};

/* An unknown word in capitals p[0 .. n) shaped like a surname: vowels as a word has them (an
 * acronym has few: "HTTP", "SQL") and a name's shape, loosely. */
static int caps_shaped(const uint8_t *p, size_t n)
{
    size_t v = 0;
    for (size_t i = 0; i < n; i++)
        v += p[i] == 'A' || p[i] == 'E' || p[i] == 'I' || p[i] == 'O' || p[i] == 'U' ||
             p[i] == 'Y' || p[i] >= 0x80;
    return n >= 3 && v * 4 >= n && v < n && nw_name_shape(p, n) >= -16;
}

/* May the word w (in capitals, or capitalised) be a surname: no ordinary word of any language
 * unless the lexicon knows it as a name too (and then no plain English word), no label, no month;
 * an unknown word must have a surname's shape. */
static int surname_word(const struct sc *s, const struct word *w)
{
    char b[32];
    const char *f = nw_fold_span(s, w->s, w->e, b, sizeof b);
    if (!*f || w->e - w->s < 2 || nw_not_name(f) || nw_label(f) || nw_month(f))
        return 0;
    unsigned lx = nw_lexicon_in(s->t, s->len, w->s, w->e);
    if (lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON))
        return nw_lexname(lx) && !((lx & ANON_NL_COMMON_EN) && !(lx & ANON_NL_ATTESTED));
    return lx ? nw_lexname(lx) != 0 : caps_shaped(s->t + w->s, w->e - w->s);
}

static int given_word(const struct sc *s, const struct word *w)
{
    char b[32];
    const char *f = nw_fold_span(s, w->s, w->e, b, sizeof b);
    return *f && w->e - w->s >= 3 && !nw_not_name(f) && !nw_month(f) &&
           !NW_ONE_OF(f, place_first) && given_flags(nw_lexicon_in(s->t, s->len, w->s, w->e));
}

static int line_end_byte(uint8_t c)
{
    return c == '\n' || c == '\r';
}

/* Does a name end an item at e: the end of the text or of its line, a cell's or an item's
 * separator, or a space before a parenthesis or a dash? */
static int item_end(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    if (e >= s->len || line_end_byte(t[e]) || t[e] == ';' || t[e] == '|' || t[e] == '\t')
        return 1;
    if (t[e] == ',' || t[e] == ')')
        return 1;
    if (t[e] == '.' && (e + 1 >= s->len || t[e + 1] == ' ' || line_end_byte(t[e + 1])))
        return 1;
    return t[e] == ' ' && e + 1 < s->len && (t[e + 1] == '(' || t[e + 1] == '-');
}

/* Is there a lower-case ASCII letter within 160 bytes before a or after e (the text is not all
 * in capitals)? */
static int lower_near(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    for (size_t i = a; i > 0 && a - i < 160; i--)
        if (t[i - 1] >= 'a' && t[i - 1] <= 'z')
            return 1;
    for (size_t i = e; i < s->len && i - e < 160; i++)
        if (t[i] >= 'a' && t[i] <= 'z')
            return 1;
    return 0;
}

/* ---- SURNAME Given ------------------------------------------------------------------------- */
/* A given name after the surname ends at e: "ROSSI, Maria", "DUPONT Jean Pierre". The given
 * name must be one of the lexicon's, or (after a comma, ending its item) an unknown word of a
 * name's shape when the surname is a lexicon name. Returns the end, or 0. */
static size_t admin_order(const struct sc *s, const struct word *w0)
{
    const uint8_t *t = s->t;
    size_t e = w0->e;
    if (e - w0->s < 3 || e + 3 >= s->len)
        return 0;
    int comma = t[e] == ',';
    size_t g = e + 1 + comma;
    if ((comma && t[e + 1] != ' ') || (!comma && t[e] != ' ') || !nw_upper(t + g, s->len - g))
        return 0; /* the cheap test: a word after a comma or a space */
    struct word gw;
    nw_parse_word(s, g, &gw);
    if (gw.shape != SH_NAME && !(comma && gw.shape == SH_CAPS))
        return 0; /* "DUPONT Jean", "ROSSI, Maria", "ROSSI, MARIA"; never "HTTP GET" */
    if (!surname_word(s, w0))
        return 0;
    int known = given_word(s, &gw);
    if (!known) {
        unsigned lx = nw_lexicon_in(t, s->len, w0->s, w0->e);
        if (!comma || !item_end(s, gw.e) || gw.lex || !nw_lexname(lx) ||
            (lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) || nw_name_shape(t + gw.s, gw.e - gw.s) < 0)
            return 0;
    }
    size_t end = gw.e;
    if (end + 1 < s->len && t[end] == ' ' && nw_upper(t + end + 1, s->len - end - 1)) {
        struct word g2; /* "DUPONT Jean Pierre": a second given name */
        nw_parse_word(s, end + 1, &g2);
        if (g2.shape != gw.shape || !given_word(s, &g2))
            return 0;
        end = g2.e;
    }
    if (!item_end(s, end) &&
        !(t[end] == ' ' && end + 1 < s->len && t[end + 1] >= 'a' && t[end + 1] <= 'z'))
        return 0; /* "KELLER Leonie wird vertagt": prose may go on in lower case */
    char b[64];
    const char *f = nw_fold_span(s, w0->s, end, b, sizeof b);
    if (nw_brand(f, 2) || nw_forms5_firm(s, w0->s, end) || !lower_near(s, w0->s, end))
        return 0;
    return end;
}

/* ---- GIVEN SURNAME filling a line ---------------------------------------------------------- */
/* What opens the line before a (the run's start): 1 a label with its colon ("Firmado: "), 2 a
 * list's bullet or number ("- ", "3. ", "2\t"), 3 nothing; 0 anything else. *ls gets the line's
 * start. */
static int line_lead(const struct sc *s, size_t a, size_t *ls)
{
    const uint8_t *t = s->t;
    size_t p = a;
    while (p > 0 && (t[p - 1] == ' ' || t[p - 1] == '\t'))
        p--;
    size_t l = p;
    while (l > 0 && !line_end_byte(t[l - 1]) && p - l < 80)
        l--;
    if (l > 0 && !line_end_byte(t[l - 1]))
        return 0;
    *ls = l;
    if (p == l)
        return 3;
    if (t[p - 1] == ':') {
        for (size_t i = l; i < p; i++)
            if (t[i] >= 'a' && t[i] <= 'z')
                return 1; /* the label in ordinary case: the text is no block of capitals */
        return 0;
    }
    size_t q = p;
    if (t[q - 1] == '-' || t[q - 1] == '*')
        q--;
    else if (q >= 3 && t[q - 3] == 0xE2 && t[q - 2] == 0x80 && t[q - 1] == 0xA2)
        q -= 3; /* "•" */
    else {
        if (t[q - 1] == '.' || t[q - 1] == ')')
            q--;
        size_t d = q;
        while (q > l && is_digit(t[q - 1]) && d - q < 3)
            q--;
        if (q == d)
            return 0;
    }
    while (q > l && (t[q - 1] == ' ' || t[q - 1] == '\t'))
        q--;
    return q == l ? 2 : 0;
}

/* Does the nearest line above ls that is not empty close a message ("Kind regards,") or open a
 * list (ends with ':')? */
static int line_above_opens(const struct sc *s, size_t ls)
{
    const uint8_t *t = s->t;
    size_t e = ls;
    for (int blank = 0; blank < 2; blank++) {
        while (e > 0 && (line_end_byte(t[e - 1]) || t[e - 1] == ' '))
            e--;
        if (e == 0)
            return 0;
        size_t b = e;
        while (b > 0 && !line_end_byte(t[b - 1]) && e - b < 80)
            b--;
        if (e - b >= 80)
            return 0;
        if (t[e - 1] == ':' || t[e - 1] == ',')
            return 1;
        size_t we = b;
        while (we < e && (is_alnum(t[we]) || t[we] >= 0x80))
            we++;
        char buf[32];
        const char *f = nw_fold_span(s, b, we, buf, sizeof buf);
        if (*f && nw_closing_line(s, b, f))
            return 1;
        /* a line in capitals above ("OLIVIA WHITAKER" above "HARRY TURNER"): the list's */
        return 0;
    }
    return 0;
}

static size_t caps_line(const struct sc *s, const struct word *w0)
{
    const uint8_t *t = s->t;
    if (w0->e + 1 >= s->len || t[w0->e] != ' ' || !nw_upper(t + w0->e + 1, s->len - w0->e - 1))
        return 0; /* one word alone */
    size_t ls;
    int lead = line_lead(s, w0->s, &ls);
    if (!lead || (lead == 3 && !line_above_opens(s, ls)))
        return 0;
    struct word w = *w0;
    size_t n = 1, end = w0->e;
    while (n < 3 && end + 1 < s->len && t[end] == ' ' && nw_upper(t + end + 1, s->len - end - 1)) {
        nw_parse_word(s, end + 1, &w);
        if (w.shape != SH_CAPS)
            return 0;
        end = w.e;
        n++;
    }
    if (!item_end(s, end) || (end < s->len && t[end] == '.'))
        return 0;
    if (!given_word(s, w0))
        return 0; /* the lexicon last: "HTTP GET", "NEW YORK", "HUMAN RESOURCES" leave here */
    for (size_t k = w0->e + 1; k < end;) {
        nw_parse_word(s, k, &w);
        if (!surname_word(s, &w))
            return 0;
        k = w.e + 1;
    }
    char b[64];
    const char *f = nw_fold_span(s, w0->s, end, b, sizeof b);
    if (!*f || nw_brand(f, n) || nw_city_name(f) || nw_forms5_firm(s, w0->s, end) ||
        !lower_near(s, w0->s, end))
        return 0;
    return end;
}

size_t nw_caps8_caps(const struct sc *s, const struct word *w)
{
    size_t e = admin_order(s, w);
    return e ? e : caps_line(s, w);
}
