/* example66.c: findings that are provably no one's (issue 15, precision; branch example66).
 *
 * Two shapes are dropped after the engine has resolved its candidates (engine.c, anon_find_in),
 * and nothing else:
 *
 * - a PHONE whose digits lie in a range reserved for fiction, so that no subscriber can hold it:
 *   NANPA's 555-0100..555-0199 in any area code (NANPA: "555-01XX numbers are reserved for
 *   fictitious use"), and Ofcom's drama ranges (Ofcom, "Telephone numbers for use in TV and radio
 *   drama"): 07700 900000..900999, 020 7946 0000..0999, 0113/0114/0115/0116/0117/0118/0121/
 *   0131/0141/0151/0161 496 0000..0999 and 01632 960000..960999; national or +1/+44/0044 forms
 *   ("+44 (0)20 7946 0123"), separated by ASCII spaces, dashes, dots, slashes or brackets only.
 *   Any other character in the value keeps it masked (fail closed). And only where its line
 *   calls it an example ("e.g.", "sample", "placeholder": example_cue): the tune corpora write
 *   these ranges as people's own numbers in signatures and records, and those stay masked.
 * - an EMAIL that is a message id: inside "<...>" on a Message-ID, In-Reply-To, References,
 *   Content-ID or Resent-Message-ID header line (or a folded line under one). A mailbox on
 *   From/To/Reply-To is read as before.
 *
 * Mailboxes of reserved domains (RFC 2606/6761: example.com, *.test, ...) stay masked: the
 * project masks them on purpose in user text (chars57.md: "masked by design (fail closed)");
 * only tool and schema definitions leave them (rewrite_calls61.c). */
#include <string.h>

#include "anon_internal.h"

/* The value's digits as a national number ("0..." for +44, ten digits for +1), or 0 when the
 * value holds anything but ASCII digits and separators. */
static size_t digits_of(const char *p, size_t n, char *d, size_t cap)
{
    size_t k = 0;
    int plus = 0;
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (c >= '0' && c <= '9') {
            if (k == cap)
                return 0;
            d[k++] = c;
        } else if (c == '+' && k == 0) {
            plus = 1;
        } else if (!strchr(" -./()", c)) {
            return 0;
        }
    }
    if (k >= 4 && memcmp(d, "00", 2) == 0) { /* "0044 ...", "001 ..." */
        memmove(d, d + 2, k - 2);
        k -= 2;
        plus = 1;
    }
    if (plus && k >= 3 && d[0] == '4' && d[1] == '4') { /* +44: "0" and the national number */
        size_t skip = d[2] == '0' ? 2 : 1;              /* "+44 (0)20 ..." */
        memmove(d + 1, d + skip + 1, k - skip - 1);
        d[0] = '0';
        k -= skip;
    } else if (k == 11 && d[0] == '1') { /* +1 or a trunk 1 */
        memmove(d, d + 1, 10);
        k = 10;
    }
    return k;
}

/* Is the phone text[s,e) in a range reserved for fiction (top comment)? */
static int fiction_phone(const char *p, size_t n)
{
    char d[24];
    size_t k = digits_of(p, n, d, sizeof d);
    if (k == 10 && d[0] != '0') /* NANPA: NXX 555 01XX */
        return memcmp(d + 3, "55501", 5) == 0;
    if (k == 7)
        return memcmp(d, "55501", 5) == 0;
    if (k != 11 || d[0] != '0')
        return 0;
    if (memcmp(d, "07700900", 8) == 0 || memcmp(d, "02079460", 8) == 0 ||
        memcmp(d, "01632960", 8) == 0)
        return 1;
    static const char *const areas[] = {"13", "14", "15", "16", "17", "18",
                                        "21", "31", "41", "51", "61"};
    if (d[1] != '1' || memcmp(d + 4, "4960", 4) != 0)
        return 0;
    for (size_t i = 0; i < sizeof areas / sizeof *areas; i++)
        if (memcmp(d + 2, areas[i], 2) == 0)
            return 1;
    return 0;
}

/* Does the line holding text[s] (or the header a folded line continues) name a message id? */
static int id_header(const char *t, size_t s)
{
    static const char *const heads[] = {
        "message-id:", "in-reply-to:", "references:", "content-id:", "resent-message-id:", NULL};
    size_t a = s;
    for (int lines = 0;; lines++) { /* the line's start, or the header's a folded line is under */
        size_t lim = a > 1000 ? a - 1000 : 0;
        const char *nl = a > lim ? memrchr(t + lim, '\n', a - lim) : NULL;
        if (!nl && lim > 0)
            return 0;
        a = nl ? (size_t)(nl - t) + 1 : 0;
        if (t[a] != ' ' && t[a] != '\t')
            break;
        if (a == 0 || lines == 7)
            return 0;
        a--; /* a folded header line: the line above */
    }
    for (size_t h = 0; heads[h]; h++) {
        size_t hl = strlen(heads[h]), i = 0;
        while (i < hl && a + i < s && (t[a + i] | 0x20) == heads[h][i])
            i++;
        if (i == hl)
            return 1;
    }
    return 0;
}

/* The cue words that begin with the (folded) byte c, NULL when none does. */
static const char *const *cues_at(int c)
{
    static const char *const e_[] = {"e.g.",     "e.g",     "eg.",     "eg",      "example",
                                     "examples", "exemple", "ejemplo", "esempio", NULL};
    static const char *const s_[] = {"such", "sample", NULL};
    static const char *const p_[] = {"placeholder", NULL};
    static const char *const d_[] = {"dummy", "demo", NULL};
    static const char *const f_[] = {"fake", "fictional", "fictitious", NULL};
    static const char *const t_[] = {"template", NULL};
    static const char *const z_[] = {"z.b.", NULL};
    static const char *const b_[] = {"bijv.", "beispiel", NULL};
    switch (c) {
    case 'e':
        return e_;
    case 's':
        return s_;
    case 'p':
        return p_;
    case 'd':
        return d_;
    case 'f':
        return f_;
    case 't':
        return t_;
    case 'z':
        return z_;
    case 'b':
        return b_;
    default:
        return NULL;
    }
}

static int sep(char c)
{
    return c == ' ' || c == '(' || c == ':' || c == ',' || c == '`' || c == '"' || c == '\'' ||
           c == '=' || c == '\t';
}

/* The word that ends at or before *i (past up to 3 separators): its start, *i moved there;
 * the word is [*i, returned end). */
static size_t word_before(const char *t, size_t *i)
{
    size_t j = *i;
    for (int k = 0; k < 3 && j > 0 && sep(t[j - 1]); k++)
        j--;
    size_t end = j;
    while (j > 0 && end - j < 12 &&
           ((unsigned char)((t[j - 1] | 0x20) - 'a') < 26 || t[j - 1] == '.'))
        j--;
    *i = j;
    return end;
}

static int is_cue(const char *t, size_t a, size_t end)
{
    const char *const *cues = a < end ? cues_at(t[a] | 0x20) : NULL;
    for (size_t c = 0; cues && cues[c]; c++) {
        size_t k = 0;
        while (a + k < end && cues[c][k] && (t[a + k] | 0x20) == cues[c][k])
            k++;
        if (a + k == end && !cues[c][k])
            return 1;
    }
    return 0;
}

/* Is the word before the phone at s an example's word ("e.g. 07700 900123", "(for example +1 212
 * 555 0199", "the template, ...", "sample: ..."), or the one before "line"/"number" ("the demo
 * line ...")? The ranges alone prove a number fictional, but the tune corpora write numbers of
 * those ranges as people's own (a signature's "(512) 555-0135", a CAD call-back), so a number no
 * word before it calls an example stays masked. One word read back (two after "line"/"number"):
 * cheap enough for every phone (bench_request's "+1 415 555 0132" is one of those ranges). */
static int example_cue(const char *t, size_t s)
{
    size_t i = s, end = word_before(t, &i);
    if (is_cue(t, i, end))
        return 1;
    /* "the demo line ...", "a sample number: ..." */
    if (end - i != 4 && end - i != 6)
        return 0;
    if (!((t[i] | 0x20) == 'l' && (t[i + 1] | 0x20) == 'i') &&
        !((t[i] | 0x20) == 'n' && (t[i + 1] | 0x20) == 'u'))
        return 0;
    end = word_before(t, &i);
    return is_cue(t, i, end);
}

int anon_example66_drop(const char *type, const char *t, size_t len, size_t s, size_t e)
{
    if (type[0] == 'P' && type[1] == 'H' && type[2] == 'O' && type[3] == 'N' && type[4] == 'E' &&
        !type[5])
        return e - s <= 24 && e - s >= 7 && t[e - 4] == '0' && example_cue(t, s) &&
               fiction_phone(t + s, e - s); /* every range ends in 0XXX */
    if (type[0] == 'E' && type[1] == 'M' && type[2] == 'A' && type[3] == 'I' && type[4] == 'L' &&
        !type[5])
        return s > 0 && t[s - 1] == '<' && e < len && t[e] == '>' && id_header(t, s);
    return 0;
}
