/* engine_view_internal.h: what the detection view's files share (engine_view.c builds the view;
 * engine_view_decode.c and engine_view_wrap.c find the encoded separators, marks and wrapped
 * values it drops); private to them.
 *
 * A struct normpos collects, per text, the spans the view rewrites; the byte classes below are
 * static inline because every candidate byte asks them.
 */
#ifndef HUSH_ENGINE_VIEW_INTERNAL_H
#define HUSH_ENGINE_VIEW_INTERNAL_H

#include "anonymize/engine_internal.h"

#include <stddef.h>
#include <stdint.h>

/* The view keeps every byte but the mapped characters, so view and original differ only by an
 * offset that changes after each mapped character: brk[k] = {view offset, original offset} from
 * where the two run in step. */
struct norm_brk {
    size_t v, o;
    size_t len; /* original bytes of the character mapped at view offset v - 1, 0 if dropped */
};

struct norm {
    char *view;
    size_t vlen;
    struct norm_brk *brk;
    size_t nbrk;
};

/* What the view makes of a span: keep it, drop it (read as nothing), or a joining dot. */
#define NORM_KEEP (-1)
#define NORM_DROP 0
#define NORM_DOT (-2) /* a '.' where it joins ASCII letters or digits (dot_joins), else kept */

/* What the detection view changes: len bytes at offset at become the ASCII byte m, or nothing
 * (m == NORM_DROP). */
struct norm_ent {
    size_t at;
    uint32_t len;
    int m;
};

/* The changes, in text order, collected while checking UTF-8 (characters) and then by
 * decode_scan() (encoded separators: those are ASCII, so the two never overlap). */
struct normpos {
    struct norm_ent *pos;
    size_t n, cap;
    struct norm_ent inl[32];
    int nomem;
    int quoted; /* a quote's marks ("> ", a space after them) are among the changes */
};

/* Encoded characters: a percent escape in a URL, an HTML entity, a JSON or JavaScript escape
 * pasted as text. The view decodes those that separate or join the groups of a value (the
 * spaces and dashes above, '+', '(', ')', '.', '@') or end it (quotes, ',' and ':': JSON sent in a
 * URL's query, "filter=%7B%22tel%22%3A%22%2B49..."); an ASCII digit or letter only as an HTML
 * numeric reference ("+&#52;9 &#49;51 ...", chars57: how pages hide a phone or an address from
 * harvesters). Where a letter's code point is written whole (an HTML reference,
 * a \u escape: CODED_LETTERS) the letters of names' scripts are decoded too, and '&', '<', '>'
 * ("Ren&eacute; M&uuml;ller &lt;r.m@...&gt;"); in a mail's quoted-printable bytes and encoded
 * words (CODED_ANY) every character from U+00A0 on. A percent escape or \x escape is one byte of
 * something (UTF-8 or a legacy code page) and decodes no letter. */
enum { CODED_SEP = 0, CODED_LETTERS = 1, CODED_ANY = 2 };

/* The bytes decode_at() looks at: one load instead of ten compares in the per-text tail loop
 * of first_coded_from() */
static const uint8_t special_tab[256] = {
    ['%'] = 1,  ['&'] = 1, ['\\'] = 1, ['+'] = 1, ['\n'] = 1, ['\r'] = 1,
    [0x1B] = 1, ['<'] = 1, ['='] = 1,  ['['] = 1, ['*'] = 1,  ['`'] = 1};

int norm_cp(uint32_t cp);
void normpos_add(struct normpos *np, size_t at, size_t len, int m);
size_t quote_at(const uint8_t *p, size_t j, size_t n);
size_t wrap_at(const uint8_t *p, size_t i, size_t n, int *m);
/* A line break inside a value (a wrapped terminal or PDF): "445-48-\n9790" and
 * "maria@\nexample.com" (the break goes), "(331)\n700-5220" and "+1 415 555\n0132" (a space;
 * the line ends in an area code in parentheses, or in digit groups after a '+' that starts
 * them, a "(0)" trunk among them: "+44 (0)113\n351 6199"). p[i] is '\n' or the '\r' of "\r\n";
 * returns the break's length and its view byte in *m, or 0. */
size_t break_at(const uint8_t *p, size_t i, size_t l, size_t n, int *m);
/* engine_view_wrap54.c: a line break of l bytes at p[i] inside a value cut by a hard wrap at the
 * text's width (the join validates; see there), with the next line's repeated quote marks or
 * item indent; its length and *m (NORM_DROP, or ' ' where a word wrap took a space), else 0. */
size_t anon_w54_join_at(const uint8_t *p, size_t i, size_t l, size_t n, int *m);
/* engine_view_wrap54.c: forget the width worked out for the last text (before each text). */
void anon_w54_forget(void);
/* engine_view_wrap54.c: does the last join anon_w54_join_at returned take the byte before the
 * break too (a PDF's hyphen inside a digit group: "5483 19-\n67 0735")? take: and clear it. */
int anon_w54_back(int take);
/* engine_view_wrap54.c: the join wrap_at() returns next takes the hyphen before the break too
 * (a PDF's hyphenation inside a word, rag61.c); decode_scan() asks anon_w54_back(). */
void anon_w54_take_hyphen(void);
/* engine_view_wrap58.c: the length of the line p[a, b) ('\r' left out) in code points
 * (W58_CPS), with an entity as one character (W58_RENDER: an HTML mail wrapped as rendered), or
 * in terminal cells (W58_CELLS: CJK and emoji two, combining marks none). */
enum { W58_CPS, W58_RENDER, W58_CELLS };
size_t anon_w58_len(const uint8_t *p, size_t a, size_t b, int mode);
/* engine_view_wrapobf58.c: does the break before p[j] (the line ends at p[i]) cut an address
 * written with its signs hidden ("maria [at] exam" | "ple (dot) com", "x(@)host(.)" | "de")? */
int anon_w58_obf_join(const uint8_t *p, size_t i, size_t j, size_t n);
size_t ew_open(const uint8_t *p, size_t i, size_t n, int *enc, int *latin1);
size_t ew_scan(const uint8_t *p, size_t i, size_t n, struct normpos *np);
size_t next_special(const uint8_t *p, size_t i, size_t n);
size_t decode_at(const uint8_t *p, size_t i, size_t n, int *m);
/* engine_view_groups.c: a digit of any script right before p[i] and right after p[i + l]; a
 * padded box bar at p[i] (its lead byte, a space on each side) between the groups of a card's or
 * an IBAN's row */
int view_digits_around(const uint8_t *p, size_t i, size_t l, size_t n);
int view_box_row(const uint8_t *p, size_t i, size_t n);

static inline int is_alnum(uint8_t c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static inline int is_special(uint8_t c)
{
    return special_tab[c];
}

static inline int is_digit(uint8_t c)
{
    return c >= '0' && c <= '9';
}

#endif
