/* names_asr.c: people, street addresses and dates of birth in speech-to-text transcripts (branch
 * asr): call-centre and meeting recognisers write no capitals and no sentence punctuation, label
 * every turn with a role ("agent:", "Speaker 1:", "[00:01:23] spk_0:", "Kunde:", "Client :") or
 * not at all, and write numbers as words ("twenty two", "neunzehnhundertsiebenundachtzig").
 * The capital-driven walk of names.c sees nothing there, and what names_lower.c raises in such a
 * text is mostly function words. So a text recognised as a transcript (role labels opening three
 * of its first lines; or no capital at all, with hesitations or no sentence punctuation) is read
 * here as words and turns (the word lists: names_asr_words.c): a name after an
 * introduction ("my name is", "je m'appelle", "spreek ik met") or alone in the answer to a name
 * question, letters spelled one by one that spell a word said before (the name, and the letters
 * too: they are the name), a date read out after a birth question, a street read out after an
 * address question. The rest of the pack's PERSON findings in such a text pass keep():
 * none on a role label, none holding a function word of the seven languages.
 * The one thing to know: nothing runs unless nw_asr_detect() says transcript, and that test
 * stops at the first capital letter of an ordinary text or the first line that opens with no
 * role. */
#include "anonymize/names_asr_internal.h"
#include "anonymize/names_spoken54.h"
#include "anonymize/names_spoken59.h"

#include <openssl/mem.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* ---- word lists (folded: ASCII lower case, Latin-1 letters lower case) -------------------- */

/* Every list above in one hash table, built once: a word's entry holds a bit per list it is in
 * (and per phrase list whose first word it is), so that a test costs one lookup, not a pass
 * over hundreds of strings. */
struct asr_list {
    const char *const *l;
    size_t n;
    int phrases; /* its entries are phrases: their first words get a bit of their own */
};
#define ASR_SLOTS 8192
static struct {
    const char *w[ASR_SLOTS];
    size_t len[ASR_SLOTS];
    uint64_t bits[ASR_SLOTS];
} tab;
static struct asr_list lists[40];
static size_t nlists;
static uint8_t list_at[64]; /* lists' index + 1 by their address (list_bit()) */
static pthread_once_t tab_once = PTHREAD_ONCE_INIT;
/* number pieces by their first byte */
static const char *num_by_byte[256][96];
static uint8_t num_len[256][96];
static uint8_t num_nby[256];

static uint32_t hash(const char *w, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (uint8_t)w[i]) * 16777619u;
    return h;
}

static size_t slot(const char *w, size_t n)
{
    size_t i = hash(w, n) & (ASR_SLOTS - 1);
    while (tab.w[i] && (tab.len[i] != n || memcmp(tab.w[i], w, n) != 0))
        i = (i + 1) & (ASR_SLOTS - 1);
    return i;
}

static void tab_add(const char *w, size_t n, uint64_t bit)
{
    size_t i = slot(w, n);
    tab.w[i] = w;
    tab.len[i] = n;
    tab.bits[i] |= bit;
}

static void tab_list(const char *const *l, size_t n, int phrases)
{
    uint64_t bit = 1ull << (2 * nlists);
    lists[nlists].l = l;
    lists[nlists].n = n;
    lists[nlists].phrases = phrases;
    nlists++;
    size_t h = ((uintptr_t)l >> 3) & 63;
    while (list_at[h])
        h = (h + 1) & 63;
    list_at[h] = (uint8_t)nlists;
    for (size_t i = 0; i < n; i++) {
        const char *w = l[i] + (l[i][0] == '*');
        const char *sp = strchr(w, ' ');
        if (!sp)
            tab_add(w, strlen(w), bit | bit << 1);
        else
            tab_add(w, (size_t)(sp - w), bit << 1);
    }
}

static const char *const *const all_lists[] = {
    nw_asr_roles,      nw_asr_stops,        nw_asr_fillers,     nw_asr_fillers,
    nw_asr_intros,     nw_asr_after_name,   nw_asr_name_then,   nw_asr_name_asks,
    nw_asr_titles,     nw_asr_spell_asks,   nw_asr_as_in,       nw_asr_birth_cues,
    nw_asr_addr_cues,  nw_asr_street_words, nw_asr_units,       nw_asr_months,
    nw_asr_date_joins, nw_asr_particles,    nw_asr_greets,      nw_asr_corrections,
    nw_asr_relations,  nw_asr_rel_verbs,    nw_asr_post_intros, nw_noisy56_cues,
    nw_noisy56_ends,   nw_noisy56_post};

static void tab_init(void)
{
    const size_t all_sizes[] = {
        nw_asr_nroles,      nw_asr_nstops,        nw_asr_nfillers,     NW_ASR_HESIT,
        nw_asr_nintros,     nw_asr_nafter_name,   nw_asr_nname_then,   nw_asr_nname_asks,
        nw_asr_ntitles,     nw_asr_nspell_asks,   nw_asr_nas_in,       nw_asr_nbirth_cues,
        nw_asr_naddr_cues,  nw_asr_nstreet_words, nw_asr_nunits,       nw_asr_nmonths,
        nw_asr_ndate_joins, nw_asr_nparticles,    nw_asr_ngreets,      nw_asr_ncorrections,
        nw_asr_nrelations,  nw_asr_nrel_verbs,    nw_asr_npost_intros, nw_noisy56_ncues,
        nw_noisy56_nends,   nw_noisy56_npost};
    for (size_t i = 0; i < N(all_lists); i++)
        tab_list(all_lists[i], all_sizes[i], 1);
    for (size_t i = 0; i < nw_asr_nnum_parts + nw_asr_nnum_parts2; i++) {
        const char *w =
            i < nw_asr_nnum_parts ? nw_asr_num_parts[i] : nw_asr_num_parts2[i - nw_asr_nnum_parts];
        uint8_t c = (uint8_t)w[0];
        if (num_nby[c] < 96) {
            num_len[c][num_nby[c]] = (uint8_t)strlen(w);
            num_by_byte[c][num_nby[c]++] = w;
        }
    }
}

/* The list's bit (first: the bit of the first words of its phrases); 0 for a list unknown. */
uint64_t list_bit(const char *const *l, size_t n, int first)
{
    /* a small table by the list's address: this is asked for every word several times */
    size_t h = ((uintptr_t)l >> 3) & 63;
    for (unsigned p = 0; p < 64; p++, h = (h + 1) & 63) {
        int i = list_at[h] - 1;
        if (i < 0)
            return 0;
        if (lists[i].l == l && lists[i].n == n)
            return 1ull << (2 * i + (first != 0));
    }
    return 0;
}

static uint64_t word_bits(const char *w, size_t n)
{
    size_t i = slot(w, n);
    return tab.w[i] ? tab.bits[i] : 0;
}

int in_list(const char *const *l, size_t n, const char *w)
{
    return (word_bits(w, strlen(w)) & list_bit(l, n, 0)) != 0;
}

/* t[a .. b) folded into buf: ASCII and the two-byte Latin-1 capitals in lower case. */
static const char *fold(const uint8_t *t, size_t a, size_t b, char *buf, size_t cap)
{
    size_t o = 0;
    if (b - a >= cap)
        return "";
    for (size_t i = a; i < b; i++) {
        uint8_t c = t[i];
        if (c >= 'A' && c <= 'Z')
            c |= 32;
        else if (c >= 0x80 && c <= 0x9E && c != 0x97 && i > a && t[i - 1] == 0xC3)
            c += 0x20;
        buf[o++] = (char)c;
    }
    buf[o] = '\0';
    return buf;
}

/* Can p[0 .. n) be cut into number pieces, a join never first or last? */
static int num_cut(const char *p, size_t n, int first)
{
    if (n == 0)
        return !first;
    uint8_t c = (uint8_t)p[0];
    for (size_t j = 0; j < num_nby[c]; j++) {
        const char *part = num_by_byte[c][j];
        size_t k = num_len[c][j];
        if (k <= n && (k < 2 || part[1] == p[1]) && memcmp(p, part, k) == 0 &&
            num_cut(p + k, n - k, 0))
            return 1;
    }
    if (!first) {
        for (size_t i = 0; i < nw_asr_nnum_joins; i++) {
            size_t k = strlen(nw_asr_num_joins[i]);
            if (k < n && memcmp(p, nw_asr_num_joins[i], k) == 0 && num_cut(p + k, n - k, 1))
                return 1;
        }
        for (size_t i = 0; i < nw_asr_nnum_ends; i++)
            if (strlen(nw_asr_num_ends[i]) == n && memcmp(p, nw_asr_num_ends[i], n) == 0)
                return 1;
    }
    return 0;
}

/* A number said or written: digits ("87", "1987", "4th"), or number words, hyphened or not. */
static int is_number(const char *w)
{
    size_t n = strlen(w);
    if (!n || n > 48)
        return 0;
    if (w[0] >= '0' && w[0] <= '9') {
        size_t i = 0;
        while (i < n && w[i] >= '0' && w[i] <= '9')
            i++;
        return i == n || in_list(nw_asr_num_ends, nw_asr_nnum_ends, w + i) ||
               (w[i] == '.' && i + 1 == n);
    }
    const char *p = w;
    while (*p) { /* "quatre-vingt-sept", "twenty-two", "dix-neuf" */
        const char *h = strchr(p, '-');
        size_t k = h ? (size_t)(h - p) : strlen(p);
        if (!num_cut(p, k, 1))
            return 0;
        p += k + (h != NULL);
    }
    return 1;
}

/* ---- recognising a transcript ------------------------------------------------------------- */
/* The role label that opens the line at ls, if any: its end (after the colon) in *le. */
static int role_label(const uint8_t *t, size_t len, size_t ls, size_t *le)
{
    size_t i = ls, e = ls + 40 < len ? ls + 40 : len;
    char buf[48];
    if (ls + 3 < len && t[ls] == '<' && t[ls + 1] == 'v' && t[ls + 2] == ' ') {
        const uint8_t *gt = memchr(t + ls + 3, '>', (ls + 64 < len ? ls + 64 : len) - ls - 3);
        if (!gt || memchr(t + ls, '\n', (size_t)(gt - t) - ls))
            return 0;
        *le = (size_t)(gt - t) + 1; /* spoken59: a WebVTT voice tag, "<v Speaker 1>" */
        return 1;
    }
    if (i < e && t[i] == '[') { /* "[00:01:23] " */
        while (i < e && t[i] != ']')
            i++;
        if (i >= e)
            return 0;
        i++;
        while (i < e && t[i] == ' ')
            i++;
    }
    size_t a = i;
    i = nw_find2(t, i, e, len, ':', '\n'); /* names_nspeed3.c: 16 bytes a step */
    if (i >= e || t[i] != ':')
        return 0;
    size_t b = i;
    while (b > a && (t[b - 1] == ' ' || (t[b - 1] >= '0' && t[b - 1] <= '9') || t[b - 1] == '_' ||
                     (t[b - 1] == 0xAF && b - a > 2 && t[b - 2] == 0x80)))
        b -= t[b - 1] == 0xAF ? 3 : 1; /* "Speaker 1", "spk_0", "Client\u202f" */
    if (b <= a)
        return 0;
    fold(t, a, b, buf, sizeof buf);
    if (!buf[0] || !in_list(nw_asr_roles, nw_asr_nroles, buf))
        return 0;
    *le = i + 1;
    if (i > a && t[i - 1] >= '0' && t[i - 1] <= '9' && i + 1 < len && t[i + 1] >= '0' &&
        t[i + 1] <= '9') { /* "Speaker 1  0:03" (Otter, Teams): a time, the text below */
        size_t j = i + 1;
        while (j < len && ((t[j] >= '0' && t[j] <= '9') || t[j] == ':' || t[j] == ' '))
            j++;
        if (j < len && t[j] != '\n' && t[j] != '\r')
            return 0;
        *le = j;
    }
    return 1;
}

static int word_byte(uint8_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c >= 0x80 || c == '\'' || c == '-' || c == '_';
}

/* Does p open with a hesitation ("um", "uh", "eh", "euh", "ehm", "uhm", "hum", "hmm", "ähm",
 * "äh") followed by no letter? */
static int hesitation(const uint8_t *p, size_t n)
{
    static const char *const h[] = {"um",  "uh",  "eh",  "euh",        "ehm",      "uhm",
                                    "erm", "hum", "hmm", "\xc3\xa4hm", "\xc3\xa4h"};
    for (size_t i = 0; i < sizeof h / sizeof h[0]; i++) {
        size_t k = strlen(h[i]);
        if (k < n && memcmp(p, h[i], k) == 0 && !word_byte(p[k]))
            return 1;
    }
    return 0;
}

int nw_asr_detect(const uint8_t *t, size_t len, int *labelled)
{
    size_t lines = 0, vtt = 0, ls = 0, le;
    *labelled = 0;
    if (len < 24)
        return 0;
    /* a colon in the first line's first 40 bytes, or no role opens it: before any table */
    if (memchr(t, ':', len < 200 ? len : 200))
        pthread_once(&tab_once, tab_init);
    /* three lines opened by roles among the first 40, one among the first 8 (a WebVTT file
     * opens with "WEBVTT" and cue times; a chat with its first message) */
    /* role_label() needs a ':' within a line's first 40 bytes: the next ':' of the text, found
     * once and again only when the lines pass it, rules most lines out before any test (branch
     * speednames) */
    const uint8_t *cp = memchr(t, ':', len);
    size_t colon = cp ? (size_t)(cp - t) : len;
    for (size_t nth = 0; ls < len && nlists && nth < 40; nth++) {
        if (colon < ls) {
            cp = memchr(t + ls, ':', len - ls);
            colon = cp ? (size_t)(cp - t) : len;
        }
        if (((colon < len && colon - ls < 40) || t[ls] == '<') && role_label(t, len, ls, &le)) {
            vtt += t[ls] == '<';
            if (++lines >= 3) { /* spoken59: voice tags alone only over unpunctuated speech */
                *labelled = vtt < lines || !nw_spoken59_punctuated(t, len);
                return *labelled;
            }
        }
        const uint8_t *nl = memchr(t + ls, '\n', len - ls);
        if (!nl || (lines == 0 && nth >= 7))
            break;
        ls = (size_t)(nl - t) + 1;
    }
    if (len < 60)
        return 0;
    /* else: no capital at all (an ordinary text has one), and either hesitations twice ("um",
     * "ähm", "euh": speech) or no sentence punctuation at all (a chat typed in lower case has
     * some): one pass that stops at the first capital */
    size_t hes = 0;
    int punct = 0;
    for (size_t i = 0; i < len; i++) {
        uint8_t c = t[i];
        if ((c >= 'A' && c <= 'Z') || c == '{' || c == '<')
            return 0;
        if ((c == '.' || c == '?' || c == '!') &&
            (i + 1 == len || t[i + 1] == ' ' || t[i + 1] == '\n') && !nw_spoken59_turn_number(t, i))
            punct = 1; /* sentence punctuation, not "1.10.1994", not a turn's "12. " */
        else if (c == ' ' && hes < 2 && i + 1 < len &&
                 (t[i + 1] == 'u' || t[i + 1] == 'e' || t[i + 1] == 'h' || t[i + 1] == 0xC3))
            hes += hesitation(t + i + 1, len - i - 1);
    }
    return hes >= 2 || !punct;
}

/* ---- words and turns ---------------------------------------------------------------------- */

/* Reads words from `from` (a line's or a word's start) until the text or the room ends; returns
 * where the next window starts: len when done, else the start of the last turn read (read
 * again in the next window, so that no question is parted from its answer). */
static size_t words(struct asr *x, size_t from)
{
    const uint8_t *t = x->t;
    size_t i = from, len = x->len, le;
    int full = 0;
    uint32_t turn = from ? 2 : 0; /* a later window holds none of the opening turns */
    int line_start = 1;
    char buf[64];
    x->n = 0;
    x->fb[0] = '\0';
    x->fn = 1; /* fb + 0 is "" */
    while (i < len && x->n < ASR_MAX_WORDS) {
        if (line_start) {
            line_start = 0;
            const uint8_t *nl = memchr(t + i, '\n', len - i);
            size_t e = nl ? (size_t)(nl - t) : len;
            size_t d = i;
            while (d < e && ((t[d] >= '0' && t[d] <= '9') || t[d] == '\r'))
                d++;
            if ((d == e && e > i) || (e - i >= 3 && memmem(t + i, e - i, "-->", 3)) ||
                (e - i >= 6 && !memcmp(t + i, "WEBVTT", 6))) {
                i = e; /* a WebVTT cue's number and times, its header: no words, no turn */
                line_start = 1;
                if (i >= len)
                    break;
                i++;
                continue;
            }
            if (x->labelled && role_label(t, len, i, &le))
                i = le;
            if (d > i && d < e && t[d] == '.' && d - i <= 3 && d + 1 < e && t[d + 1] == ' ')
                i = d + 2; /* spoken59: a numbered turn's "12. ": no word of it */
            if (i >= len)
                break; /* "agent:" ends the text */
        }
        if (t[i] == '.' && x->n && x->w[x->n - 1].letter == 1 && x->w[x->n - 1].b == i) {
            i++; /* spoken59: a letter spelled with its dot, "o. l. s. e. n.", ends no turn */
            continue;
        }
        if (t[i] == '\n' || t[i] == '.' || t[i] == '?' || t[i] == '!') {
            if (t[i] == '\n')
                line_start = 1;
            if (x->n && (t[i] == '\n' || !x->labelled)) {
                x->w[x->n - 1].turnend = 1;
                turn += x->w[x->n - 1].turn == turn;
            }
            i++;
            continue;
        }
        if (t[i] == '<' && i + 3 < len && t[i + 1] == '/' && t[i + 2] == 'v' && t[i + 3] == '>') {
            i += 4; /* spoken59: a voice tag's end, "</v>" */
            continue;
        }
        if (!word_byte(t[i]) || t[i] == '-' || t[i] == '\'') {
            i++;
            continue;
        }
        size_t a = i;
        while (i < len && word_byte(t[i]))
            i++;
        size_t b = i;
        while (b > a && (t[b - 1] == '-' || t[b - 1] == '\''))
            b--;
        struct aw *w = &x->w[x->n++];
        memset(w, 0, sizeof *w);
        w->a = (uint32_t)a;
        w->b = (uint32_t)b;
        w->turn = turn;
        const char *f = fold(t, a, b, buf, sizeof buf);
        size_t fl = strlen(f);
        if (x->fn + fl + 1 > sizeof x->fb) {
            x->n--; /* the arena is full: the words so far are this window */
            full = 1;
            break;
        }
        w->fo = (uint32_t)x->fn;
        memcpy(x->fb + x->fn, f, fl + 1);
        x->fn += fl + 1;
        w->bits = word_bits(f, fl);
        const char *ap = memchr(f, '\'', fl < 5 ? fl : 5);
        if (ap && fl - (size_t)(ap + 1 - f) >= 3) /* "l'indirizzo", "l'adresse": the noun's */
            w->bits |= word_bits(ap + 1, fl - (size_t)(ap + 1 - f));
        w->num = is_number(f);
        w->stop = (w->bits & (list_bit(nw_asr_stops, nw_asr_nstops, 0) |
                              list_bit(nw_asr_roles, nw_asr_nroles, 0))) != 0;
        w->letter = (b - a == 1 && f[0] >= 'a' && f[0] <= 'z') || (b - a == 2 && t[a] == 0xC3);
        if (!w->letter && b - a >= 5 && b - a <= 31) { /* "k-e-l-l-e-r" */
            int ok = 1;
            for (size_t k = 0; f[k] && ok; k++)
                ok = (k % 2 == 0) ? (f[k] >= 'a' && f[k] <= 'z') : f[k] == '-';
            w->letter = ok ? 2 : 0;
        }
    }
    if (x->n)
        x->w[x->n - 1].turnend = 1;
    for (size_t k = 0; k < x->n; k++) {
        struct aw *w = &x->w[k];
        w->comma = w->b < len && t[w->b] == ',';
        w->month = k + 1 < x->n && x->w[k + 1].num &&
                   in_list(nw_asr_months, nw_asr_nmonths, fold(t, w->a, w->b, buf, sizeof buf));
    }
    if ((!full && i >= len) || x->n < 2)
        return len;
    size_t k = x->n - 1; /* the last turn's first word */
    while (k > 0 && x->w[k - 1].turn == x->w[x->n - 1].turn)
        k--;
    size_t next = x->w[k].a;
    while (x->labelled && next > from && t[next - 1] != '\n')
        next--; /* its line, label and all */
    return next > from ? next : x->w[x->n - 1].b;
}

/* Does the phrase (words apart by single spaces) start at word k? Its length in words, or 0. */
size_t phrase_at(const struct asr *x, size_t k, const char *ph)
{
    char buf[64];
    size_t m = 0;
    if (k >= x->n || wf(x, k, buf, sizeof buf)[0] != ph[0])
        return 0;
    while (*ph) {
        const char *sp = strchr(ph, ' ');
        size_t n = sp ? (size_t)(sp - ph) : strlen(ph);
        if (k + m >= x->n || x->w[k + m].turn != x->w[k].turn)
            return 0;
        const char *f = wf(x, k + m, buf, sizeof buf);
        if (strlen(f) != n || memcmp(f, ph, n) != 0)
            return 0;
        m++;
        ph += n + (sp != NULL);
    }
    return m;
}

int any_phrase(const struct asr *x, size_t k, const char *const *l, size_t n)
{
    if (!(x->w[k].bits & list_bit(l, n, 1)))
        return 0; /* not the first word of any */
    if (x->w[k].bits & list_bit(l, n, 0))
        return 1; /* a one-word entry ("l'indirizzo" is filed under "indirizzo" too) */
    for (size_t i = 0; i < n; i++)
        if (phrase_at(x, k, l[i]))
            return 1;
    return 0;
}

/* Does turn u hold one of the phrases, or, with no turns, the 16 words before k? */
int turn_has(const struct asr *x, size_t k, int before, const char *const *l, size_t n)
{
    size_t lo, hi;
    if (x->labelled) {
        uint32_t u = x->w[k].turn;
        if (before) {
            if (u == 0)
                return 0;
            u--;
        }
        lo = k;
        while (lo > 0 && x->w[lo - 1].turn >= u)
            lo--;
        while (lo < k && x->w[lo].turn > u)
            lo++;
        hi = lo;
        while (hi < x->n && x->w[hi].turn == u)
            hi++;
    } else {
        lo = k > 16 ? k - 16 : 0;
        hi = k;
    }
    for (size_t i = lo; i < hi; i++)
        if (any_phrase(x, i, l, n))
            return 1;
    return 0;
}

int put(struct sc *s, struct asr *x, int kind, size_t a, size_t b)
{
    /* what this span may overlap was found near it: the last 64 (the spelled word's
     * occurrences lie at most 60 words back) */
    for (unsigned i = x->nfound > 64 ? x->nfound - 64 : 0; i < x->nfound; i++)
        if (a < x->found[i][1] && x->found[i][0] < b)
            return 0;
    if (kind == ANON_NAMES_PERSON) /* spoken54: "vår hund milo" is a pet */
        b = nw_spoken54_animal_cut(x->t, a, b);
    if (!(s->kinds & (1u << kind)) || b <= a)
        return 0;
    if (x->nfound < ASR_MAX_FOUND) {
        x->found[x->nfound][0] = a;
        x->found[x->nfound][1] = b;
        x->fkind[x->nfound] = (uint8_t)kind;
        x->nfound++;
    }
    return s->emit(s->arg, kind, a, b);
}

/* Reads the transcript and emits what it finds; f keeps what the rest of the pack must not
 * report again. The words live in a buffer of f's (about 200 KB: too much for the stack, and a
 * thread-local one would sit in every thread of the process and keep the words of the last
 * transcript it read); nw_asr_end() wipes and frees it. */
/* A finding in the transcript after an ask (f->off): its offsets in the whole text. */
static int shifted_emit(void *arg, int kind, size_t a, size_t b)
{
    const struct nw_asr_filter *f = arg;
    return f->emit(f->arg, kind, a + f->off, b + f->off);
}

static int asr_scan(struct nw_asr_filter *f, unsigned kinds)
{
    struct asr *xp = f->mem = calloc(1, sizeof *xp);
    if (!xp)
        return -1;
    struct sc s;
    int rc;
    memset(&s, 0, sizeof s);
    s.t = f->t;
    s.len = f->len;
    s.kinds = kinds;
    s.emit = f->off ? shifted_emit : f->emit;
    s.arg = f->off ? (void *)f : f->arg;
    xp->t = f->t;
    xp->len = f->len;
    xp->labelled = f->labelled;
    xp->nfound = 0;
    int heard = xp->labelled; /* keep() reads this: labelled, or hesitations twice */
    xp->voice = nw_noisy56_voice(f->t, f->len); /* noisy56: commands and dictation */
    /* a long call (an hour is ten thousand words) in windows of ASR_MAX_WORDS words */
    for (size_t from = 0; from < f->len;) {
        size_t next = words(xp, from);
        for (size_t k = 0, fill = 0; k < xp->n && !heard; k++) {
            fill += wl(xp, k, nw_asr_fillers, NW_ASR_HESIT);
            heard = fill >= 2;
        }
        xp->spoken = heard || f->off; /* spoken53: under an ask, the user says transcript */
        for (size_t k = 0; !xp->voice && !xp->labelled && f->off && k < xp->n; k++)
            if ((k == 0 || xp->w[k - 1].turn != xp->w[k].turn || f->off) &&
                any_phrase(xp, k, nw_noisy56_cues, nw_noisy56_ncues) &&
                (k == 0 || xp->w[k - 1].turn != xp->w[k].turn ||
                 !(xp->w[k].bits & list_bit(nw_noisy56_cues, nw_noisy56_ncues, 0))))
                xp->voice = 2; /* noisy56: a line opens with a command ("add ... to contacts"),
                                  or a note under an ask holds one of several words (voice57:
                                  2, a typed chat may say so too) */
        for (size_t k = 0, past = 0; k + 1 < xp->n; k++) /* spoken54: phones in any language */
            if (xp->w[k].a + f->off >= past && xp->w[k].num && xp->w[k + 1].num)
                past = nw_spoken54_note_pair(f->t - f->off, f->len + f->off, xp->w[k].a + f->off,
                                             xp->w[k].b + f->off, xp->w[k + 1].a + f->off,
                                             xp->w[k + 1].b + f->off);
        if ((kinds & (1u << ANON_NAMES_PERSON)) &&
            ((rc = people(&s, xp)) < 0 || (rc = spelled(&s, xp)) < 0 || (rc = spread(&s, xp)) < 0))
            return rc;
        if ((kinds & (1u << ANON_NAMES_DOB)) && (rc = births(&s, xp)) < 0)
            return rc;
        if ((kinds & (1u << ANON_NAMES_ADDRESS)) && (rc = addresses(&s, xp)) < 0)
            return rc;
        from = next;
    }
    f->spoken = heard;
    f->found = (const size_t(*)[2])xp->found; /* f's buffer, until nw_asr_end() */
    f->n = xp->nfound;
    return 0;
}

void nw_asr_end(struct nw_asr_filter *f)
{
    if (f->mem) {
        OPENSSL_cleanse(f->mem, sizeof(struct asr)); /* words of the request: PII */
        free(f->mem);
        f->mem = NULL;
    }
}

int nw_asr_begin(struct nw_asr_filter *f, const char *text, size_t len, unsigned kinds,
                 anon_names_emit_fn emit, void *arg)
{
    f->t = (const uint8_t *)text;
    f->len = len;
    f->emit = emit;
    f->arg = arg;
    f->n = 0;
    f->found = NULL;
    f->mem = NULL;
    f->rc = 0;
    f->off = 0;
    pthread_once(&tab_once, tab_init);
    if (!kinds)
        return 0;
    if (!nw_asr_detect(f->t, len, &f->labelled)) {
        size_t off = nw_spoken52_ask_end(f->t, len);
        if (!off || !nw_spoken52_detect(f->t + off, len - off, &f->labelled))
            off = nw_noisy56_ask_end(f->t, len); /* noisy56: "hey siri text ..." */
        if (!off)
            return 0;
        f->t += off; /* the transcript under its ask; the ask is ordinary text */
        f->len -= off;
        f->off = off;
    }
    f->rc = asr_scan(f, kinds);
    return 1;
}

int nw_asr_number_word(const uint8_t *t, size_t a, size_t b)
{
    char buf[64];
    pthread_once(&tab_once, tab_init);
    const char *w = fold(t, a, b, buf, sizeof buf);
    return *w && is_number(w);
}

static int stop_at(const uint8_t *t, size_t i, size_t j)
{
    char buf[64];
    const char *w = fold(t, i, j, buf, sizeof buf);
    return *w && (in_list(nw_asr_stops, nw_asr_nstops, w) || is_number(w) ||
                  in_list(nw_asr_fillers, nw_asr_nfillers, w)); /* spoken59: "hani", "tota" */
}

/* May the rest of the pack's finding *a .. *b stand in a transcript? Function words at its
 * edges are cut off ("Ich bin Lucasto Cardonel" -> "Lucasto Cardonel"); one inside, a number
 * or a role label leaves nothing; so does a lower-case word no lexicon knows as a name. */
static int keep(const struct nw_asr_filter *f, int kind, size_t *ap, size_t *bp)
{
    char buf[64];
    size_t a = *ap, b = *bp, le;
    const uint8_t *t = f->t;
    for (unsigned k = 0; k < f->n; k++)
        if (a < f->found[k][1] && f->found[k][0] < b)
            return 0; /* this file's already */
    if (kind != ANON_NAMES_PERSON)
        return 1;
    if ((b = nw_spoken54_animal_cut(t, a, b)) <= a)
        return 0;              /* spoken54: a pet's or a boat's name */
    size_t opens = (size_t)-1; /* where the turn's words start, after its role label */
    if (f->labelled) {         /* on a role label */
        size_t ls = a;
        while (ls > 0 && t[ls - 1] != '\n')
            ls--;
        if (role_label(t, f->len, ls, &le)) {
            if (a < le && t[ls] != '<')
                return 0; /* a voice tag names its speaker: "<v Maria Keller>" */
            if (a < le)
                return !in_list(nw_asr_roles, nw_asr_nroles, fold(t, a, b, buf, sizeof buf));
            opens = le;
        }
    }
    for (;;) { /* function words at the edges */
        size_t j = a;
        while (j < b && word_byte(t[j]))
            j++;
        if (j >= b || !stop_at(t, a, j))
            break;
        while (j < b && !word_byte(t[j]))
            j++;
        a = j;
    }
    for (;;) {
        size_t i = b;
        while (i > a && word_byte(t[i - 1]))
            i--;
        if (i <= a || !stop_at(t, i, b))
            break;
        while (i > a && !word_byte(t[i - 1]))
            i--;
        b = i;
    }
    if (a >= b || in_list(nw_asr_particles, nw_asr_nparticles, fold(t, a, b, buf, sizeof buf)))
        return 0; /* nothing left, or "La commande ..." */
    if (opens != (size_t)-1 && (a = nw_spoken59_turn_opening(t, f->len, opens, a, b)) >= b)
        return 0; /* spoken59: "customer: Zählerstand vier", "caller: stan licznika ..." */
    /* a recogniser's capitals, or lower-case words the lexicon knows as names, all of them */
    int caps = t[a] >= 'A' && t[a] <= 'Z', named = 1;
    for (size_t i = a; i < b;) {
        while (i < b && !word_byte(t[i]))
            i++;
        size_t j = i;
        while (j < b && word_byte(t[j]))
            j++;
        if (j > i && stop_at(t, i, j))
            return 0;
        const char *w = j > i ? fold(t, i, j, buf, sizeof buf) : "";
        named &= !*w || nw_lexname(anon_names_lexicon(w, strlen(w)));
        i = j;
    }
    *ap = a;
    *bp = b;
    return caps || named || !f->spoken; /* a chat in lower case: its names are in no lexicon */
}

int nw_asr_filter_emit(void *arg, int kind, size_t a, size_t b)
{
    struct nw_asr_filter *f = arg;
    if (a < f->off) /* in the ask above the transcript */
        return b <= f->off ? f->emit(f->arg, kind, a, b) : 0;
    a -= f->off;
    b -= f->off;
    return keep(f, kind, &a, &b) ? f->emit(f->arg, kind, a + f->off, b + f->off) : 0;
}
