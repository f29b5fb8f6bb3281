/* names_chat58.c: the senders of chat-app exports pasted as text (branch chat58).
 *
 * A chat app's export opens each message with its time stamp, then the sender: WhatsApp's
 * "[12/03/2024, 18:21:05] Anna K: ..." and "12.03.24, 18:21 - Anna K: ...", Discord's
 * "[12-Mar-24 06:21 PM] anna", iMessage's stamp alone on a line with the sender on the next
 * ("Mar 12, 2024  6:21:05 PM\nAnna K"), Matrix and IRC logs' "2024-03-12 18:21:05 <@anna:host>",
 * "<anna>" and "* anna waves", Signal's "From: anna (+44 ...)", the Author cells under
 * DiscordChatExporter's CSV header. When three lines or more of a
 * text open that way and two of their senders at least are no role, bot, "You"/"Me", gamer's
 * tag, ordinary word or log level, each such sender is a person, in any case and with an
 * initial ("Margis G"), and so is each one's given name inside the messages. A street never
 * opens inside a time stamp ("[18:21] elsie: hey bestie" is no "21 ..." street).
 *
 * nw_chat58_emit() is an emit-chain link: a one-word PERSON finding that names a bot or a
 * network service ("ChanServ", "coffeebot", "Carl" of "Carl-bot", "Zapier"), or is the question
 * word of an ask ("Chi ha detto cosa?"), or a quoted value whose object names a bot, is dropped;
 * nw_chat58_tail_emit(), the chain's last link, cuts a street that still opens inside a stamp
 * to the message ("33] sofie: adr norregade 155" -> "adr norregade 155"), or drops it when the
 * message holds no number and no street's word ("21] elsie: hey bestie").
 * The JSON senders pasted as text (`"from": "anna"` beside `"text"`) are read for
 * names_tables2_fields.c by nw_chat58_text_sender().
 * The walk runs only where nw_chat58_senders_may() finds three lines that open as a stamp or
 * "From:" may (or the CSV's header), from the first of them: a superset of the lines it reads a
 * sender from, so prose and code cost a byte test a line (branch cost59).
 */
#include "anonymize/names_internal.h"
#include "anonymize/names_ask57.h"
#include "anonymize/names_chat58.h"
#include "anonymize/names_scan59.h"

#include <string.h>

enum { MAX_SENDER = 40, MIN_LINES = 3 };

static int digit(uint8_t c)
{
    return c >= '0' && c <= '9';
}

/* A run of 1 to max digits at k (before e): its end, or 0. */
static size_t digits(const uint8_t *t, size_t k, size_t e, size_t min, size_t max)
{
    size_t j = k;
    while (j < e && j - k < max && digit(t[j]))
        j++;
    return j - k >= min && (j == e || !digit(t[j])) ? j : 0;
}

/* A month's three-letter abbreviation at k ("Mar", "mar"): its end, or 0. */
static size_t month3(const uint8_t *t, size_t k, size_t e)
{
    static const char m[] = "janfebmaraprmayjunjulaugsepoctnovdec";
    if (k + 3 > e)
        return 0;
    char w[3] = {(char)(t[k] | 0x20), (char)t[k + 1], (char)t[k + 2]};
    for (int i = 0; i < 12; i++)
        if (memcmp(w, m + 3 * i, 3) == 0)
            return k + 3;
    return 0;
}

/* The date of a stamp at k: "12/03/2024", "12.03.24", "2024-03-12", "12-Mar-24" or "Mar 12,
 * 2024"; its end, or 0. */
static size_t stamp_date(const uint8_t *t, size_t k, size_t e)
{
    size_t j;
    if (digit(t[k])) {
        if (!(j = digits(t, k, e, 1, 4)) || j + 1 >= e || !strchr("./-", t[j]))
            return 0;
        uint8_t sep = t[j];
        size_t m = digits(t, j + 1, e, 1, 2);
        if (!m && sep == '-')
            m = month3(t, j + 1, e);
        if (!m || m + 1 >= e || t[m] != sep)
            return 0;
        return digits(t, m + 1, e, 2, 4);
    }
    if (!(j = month3(t, k, e)) || j + 1 >= e || t[j] != ' ' || !(j = digits(t, j + 1, e, 1, 2)))
        return 0;
    if (j + 2 >= e || t[j] != ',' || t[j + 1] != ' ')
        return 0;
    return digits(t, j + 2, e, 4, 4);
}

/* The time of a stamp at k: "18:21", "18:21:05", "18:21:05.123", " 6:21 PM"; its end, or 0. */
static size_t stamp_time(const uint8_t *t, size_t k, size_t e)
{
    size_t j = digits(t, k, e, 1, 2);
    if (!j || j + 2 >= e || t[j] != ':' || !(j = digits(t, j + 1, e, 2, 2)))
        return 0;
    if (j + 2 < e && t[j] == ':' && digit(t[j + 1]))
        j = digits(t, j + 1, e, 2, 2);
    if (j && j + 1 < e && t[j] == '.' && digit(t[j + 1]))
        j = digits(t, j + 1, e, 1, 6);
    if (j && j + 3 <= e && t[j] == ' ' && (t[j + 1] | 0x20) >= 'a' &&
        strchr("ap", t[j + 1] | 0x20) && (t[j + 2] | 0x20) == 'm' &&
        (j + 3 == e || !nw_letter(t + j + 3, e - j - 3)))
        j += 3;
    return j;
}

size_t nw_chat58_stamp(const uint8_t *t, size_t k, size_t e)
{
    int br = k < e && t[k] == '[';
    k += br;
    if (k + 5 > e)
        return 0;
    size_t j = stamp_date(t, k, e);
    if (j) {
        if (j < e && t[j] == ',')
            j++;
        size_t sp = j;
        while (j < e && j - sp < 2 && (t[j] == ' ' || t[j] == 'T'))
            j++;
        if (j == sp)
            return 0;
    } else if (!br) {
        return 0; /* a time alone only in brackets: "[18:21]" */
    } else {
        j = k;
    }
    if (!(j = stamp_time(t, j, e)))
        return 0;
    if (br) {
        if (j >= e || t[j] != ']')
            return 0;
        j++;
    }
    return j;
}

/* Is w (folded) a log level or a word a log line opens its message with? */
static int log_word(const char *w)
{
    static const char *const no[] = {"error", "warn",  "warning", "info",     "debug",
                                     "trace", "fatal", "notice",  "critical", "note",
                                     "todo",  "fixme", "done"};
    return NW_ONE_OF(w, no);
}

/* May the lower-case word t[i .. w) name a person: a lexicon given name or surname, a given name
 * with an initial or a surname glued on ("harrietk", "tundeb"), or (loose: a stamped export's
 * sender) an unknown word whose letters do not lean away from a name's? */
static int lower_name(const uint8_t *t, size_t i, size_t w, unsigned lx, int loose)
{
    if (nw_lexname(lx))
        return 1;
    if (w - i >= 4 && (anon_names_lexicon((const char *)t + i, w - i - 1) & ANON_NL_GIVEN))
        return 1;
    if (w - i >= 6) /* two ordinary words glued: a handle ("shadowfox", "lazywizard") */
        for (size_t k = i + 3; k + 3 <= w; k++) {
            unsigned l1 = anon_names_lexicon((const char *)t + i, k - i),
                     l2 = anon_names_lexicon((const char *)t + k, w - k);
            if ((k - i >= 5 || w - k >= 5) && (l1 & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) &&
                (l2 & (ANON_NL_COMMON_EN | ANON_NL_COMMON)))
                return 0; /* (a part of five letters: "wentor" is no "wen" + "tor") */
        }
    return w - i >= 3 && nw_name_shape(t + i, w - i) >= (loose ? 0 : 10);
}

/* May t[a .. b) be a sender of a chat export: one to four words of letters (a capital's
 * initial "G" or "G." among them), none a digit, no role, bot, "You"/"Me", log level or ordinary
 * word alone; a lower-case one-word sender a lexicon name or a name's shape ("lucia",
 * "mirvla"; not "pixelpanda")? */
static int sender_ok(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    if (b <= a || b - a > MAX_SENDER)
        return 0;
    size_t words = 0, common = 0, i = a, lower = 0, initials = 0;
    while (i < b) {
        size_t w = i, n;
        int cap = nw_upper(t + i, b - i) != 0;
        while (w < b && (n = nw_letter(t + w, b - w)) != 0)
            w += n;
        if (w < b && (t[w] == '-' || t[w] == '\'') && w + 1 < b && nw_letter(t + w + 1, b - w - 1))
            for (w++; w < b && (n = nw_letter(t + w, b - w)) != 0;)
                w += n; /* "Anne-Marie", "O'Neil" */
        if (w == i)
            return 0;
        if (w < b && t[w] == '.' && cap && w - i == 1)
            w++; /* "Anna K." */
        if (cap && (w - i == 1 || (w - i == 2 && t[i + 1] == '.')))
            initials++; /* "Anna K", "Anna K." */
        if (w < b && t[w] != ' ')
            return 0;
        char buf[32];
        const char *f = nw_fold_span(s, i, w, buf, sizeof buf);
        if (!*f || nw_chat_role_word(f) || log_word(f))
            return 0;
        unsigned lx = anon_names_lexicon((const char *)t + i, w - i);
        if ((lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) && !(lx & ANON_NL_GIVEN))
            common++; /* "Fleur", "mei": a given name that is also a word names the sender */
        if (!cap) {
            /* given names that are also "I", "me" or a kin word somewhere (ask57 keeps them to
             * its own rules): "ben", "anne", "mina" as lower-case senders are left */
            static const char *const kin[] = {"ben", "anne", "meg", "mina", "mae",
                                              "isa", "anya", "mor", "baba", "mama"};
            lower++;
            if (NW_ONE_OF(f, kin) || !lower_name(t, i, w, lx, 1) ||
                nw_typed52_chat_word(t + i, w - i))
                return 0;
        }
        if (cap && w - i > 1 && nw_upper(t + i + 1, b - i - 1))
            return 0; /* "ERROR", "MEE" */
        for (size_t k = i + 3; cap && k + 3 <= w; k++) {
            if (t[k] < 'A' || t[k] > 'Z')
                continue;
            unsigned l1 = anon_names_lexicon((const char *)t + i, k - i),
                     l2 = anon_names_lexicon((const char *)t + k, w - k);
            const unsigned cw = ANON_NL_COMMON_EN | ANON_NL_COMMON;
            if (((l1 & cw) && ((l2 & cw) || !nw_lexname(l2))) || ((l2 & cw) && !nw_lexname(l1)))
                return 0; /* "HeadshotHero", "PixelPanda": a gamer's tag (not "McDonald") */
        }
        words++;
        i = w;
        if (i < b && ++i < b && t[i] == ' ')
            return 0;
    }
    return words >= 1 && words <= 4 && initials < words && common < words - initials &&
           !(lower && words > 1);
}

/* The sender after the stamp that ends at j on the line [.., le): "- Anna K: ", "] Anna K: "
 * (WhatsApp), "<anna>" or "<@anna:host>" (IRC, Matrix). *a, *b its bytes; 1 when one was read. */
static int line_sender(const struct sc *s, size_t j, size_t le, size_t *a, size_t *b)
{
    const uint8_t *t = s->t;
    if (j + 3 < le && t[j] == ' ' && t[j + 1] == '-' && t[j + 2] == ' ')
        j += 3;
    else if (j + 1 < le && t[j] == ' ')
        j++;
    else
        return 0;
    if (t[j] == '<') {
        size_t k = j + 1 + (j + 1 < le && t[j + 1] == '@'), e = k;
        int matrix = j + 1 < le && t[j + 1] == '@'; /* "<" may end the text */
        while (e < le && e - k <= MAX_SENDER && t[e] != '>' && t[e] != ':' &&
               (t[e] != ' ' || !matrix))
            e++; /* "<Anna Berg>", "<@anna:host>" */
        if (e >= le || e == k || matrix != (t[e] == ':'))
            return 0;
        if (t[e] == ':') { /* "<@anna:matrix.org>" */
            size_t h = e + 1;
            while (h < le && h - e < 64 && t[h] != '>' && t[h] != ' ')
                h++;
            if (h >= le || t[h] != '>' || !memchr(t + e, '.', h - e))
                return 0;
        }
        *a = k, *b = e;
        return 1;
    }
    if (j + 2 < le && ((t[j] == '*' && t[j + 1] == ' ') || (t[j] == '-' && t[j + 1] == '!'))) {
        /* "* anna waves", "-!- anna [~anna@host] has joined" */
        size_t k = j + 2 + (t[j] == '-' ? 2 : 0), e = k;
        while (e < le && e - k <= MAX_SENDER && t[e] != ' ')
            e++;
        if (e >= le || e == k)
            return 0;
        *a = k, *b = e;
        return 1;
    }
    const uint8_t *c = memchr(t + j, ':', le - j < MAX_SENDER + 1 ? le - j : MAX_SENDER + 1);
    if (c && (size_t)(c - t) + 1 < le && c[1] == ' ') {
        *a = j, *b = (size_t)(c - t);
        return 1;
    }
    size_t e = le > j && t[le - 1] == '\r' ? le - 1 : le;
    if (c || e - j > MAX_SENDER)
        return 0;
    *a = j, *b = e; /* the rest of the line: "[12-Mar-24 06:21 PM] Anna K" (Discord) */
    return 1;
}

/* The senders' names inside the messages: each sender's given name (its first word) written
 * again as a word ("merci Mei !", "Mei traz o bolo"), as the sender wrote it or capitalised
 * when the sender typed it in lower case; the whole sender where it stands whole ("Dodo
 * Cutesescu a confirmat"). A given name that is also an ordinary word is left. */
static int mentions(struct sc *s, size_t (*at)[2], size_t n)
{
    const uint8_t *t = s->t;
    for (size_t k = 0; k < n; k++) {
        size_t a = at[k][0], b = at[k][1], g = a, dup = 0;
        while (g < b && t[g] != ' ')
            g++;
        for (size_t j = 0; j < k && !dup; j++) /* each given name once */
            dup = at[j][1] - at[j][0] >= g - a && memcmp(t + at[j][0], t + a, g - a) == 0 &&
                  (at[j][0] + (g - a) == at[j][1] || t[at[j][0] + (g - a)] == ' ');
        unsigned lx = anon_names_lexicon((const char *)t + a, g - a);
        if (dup || g - a < 3 || g - a > 24 ||
            ((lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) && !(lx & ANON_NL_ATTESTED)))
            continue;
        uint8_t w[24];
        memcpy(w, t + a, g - a);
        if (w[0] >= 'a' && w[0] <= 'z')
            w[0] ^= 0x20; /* "lucía" sends, "Lucía trae la tarta" */
        int exact = t[a] == w[0] || !(lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON));
        for (int pass = !exact; pass < 1 + (t[a] != w[0]); pass++) { /* not "half mei" */
            const uint8_t *word = pass ? t + a : w;
            for (size_t i = 0; i + (g - a) <= s->len;) {
                const uint8_t *p = memmem(t + i, s->len - i, word, g - a);
                if (!p)
                    break;
                size_t ps = (size_t)(p - t), pe = ps + (g - a);
                i = pe;
                if ((ps > 0 &&
                     (nw_letter(t + ps - 1, 1) || t[ps - 1] >= 0x80 || t[ps - 1] == '@')) ||
                    (pe < s->len && (nw_letter(t + pe, s->len - pe) || digit(t[pe]))))
                    continue; /* inside a word */
                int own = 0;
                for (size_t j = 0; j < n && !own; j++)
                    own = at[j][0] == ps;
                if (own)
                    continue; /* a sender, already reported */
                if (b > g && pe + (b - g) <= s->len && memcmp(t + pe, t + g, b - g) == 0 &&
                    (pe + (b - g) == s->len || !nw_letter(t + pe + (b - g), 1)))
                    pe += b - g; /* the whole sender */
                int rc = s->emit(s->arg, ANON_NAMES_PERSON, ps, pe);
                if (rc < 0)
                    return rc;
            }
        }
    }
    return 0;
}

/* A Signal export's "From: anna (+44 7700 900123)" line: the sender before " (+", *a, *b. */
static int from_line(const uint8_t *t, size_t ls, size_t le, size_t *a, size_t *b)
{
    if (le - ls < 10 || memcmp(t + ls, "From: ", 6) != 0)
        return 0;
    size_t k = ls + 6, e = k;
    while (e + 2 < le && e - k <= MAX_SENDER &&
           !(t[e] == ' ' && t[e + 1] == '(' && t[e + 2] == '+'))
        e++;
    if (e + 2 >= le || e - k > MAX_SENDER || e == k)
        return 0;
    *a = k, *b = e;
    return 1;
}

/* A DiscordChatExporter CSV row ("id","anna#1234","2024-...","text",...): the second quoted
 * cell, its "#1234" discriminator left out, in *a, *b. */
static int csv_author(const uint8_t *t, size_t ls, size_t le, size_t *a, size_t *b)
{
    const uint8_t *q = memchr(t + ls + 1, '"', le - ls - 1);
    size_t k = q ? (size_t)(q - t) : le;
    if (k + 3 >= le || t[k + 1] != ',' || t[k + 2] != '"')
        return 0;
    size_t ka = k + 3, kb = ka;
    while (kb < le && kb - ka <= MAX_SENDER + 5 && t[kb] != '"')
        kb++;
    if (kb >= le || t[kb] != '"' || kb == ka)
        return 0;
    size_t h = kb;
    while (h > ka && digit(t[h - 1]))
        h--;
    if (h > ka + 1 && t[h - 1] == '#' && kb - h == 4)
        kb = h - 1; /* "anna#1234" */
    *a = ka, *b = kb;
    return 1;
}

/* Does the line t[ls .. le) (6 bytes or more) open the way nw_chat58_senders()'s walk reads a stamp
 * or a "From:" (a superset: the bytes its stamp_date() and stamp_time() need first), or with a
 * DiscordChatExporter CSV's header (2)? */
static int stamp_line_may(const uint8_t *t, size_t ls, size_t le)
{
    uint8_t c = t[ls];
    if (c == '[') /* "[12/03/2024, ...", "[18:21]", "[Mar 12, ..." */
        return digit(t[ls + 1]) || ((t[ls + 1] | 0x20) >= 'a' && (t[ls + 1] | 0x20) <= 'z');
    if (digit(c)) { /* "12/03/2024", "2024-03-12", "12-Mar-24": digits, a separator, more */
        size_t j = ls + 1;
        while (j < le && j - ls < 4 && digit(t[j]))
            j++;
        return j + 1 < le && (t[j] == '.' || t[j] == '/' || t[j] == '-' || !t[j]) && /* strchr */
               (digit(t[j + 1]) || ((t[j + 1] | 0x20) >= 'a' && (t[j + 1] | 0x20) <= 'z'));
    }
    if (c == 'A' && le - ls >= 28 && t[ls + 1] == 'u' &&
        memcmp(t + ls, "AuthorID,Author,Date,Content", 28) == 0)
        return 2;
    return c >= 'A' && c <= 'S' && le - ls >= 10 &&
           ((t[ls + 3] == ' ' && digit(t[ls + 4])) || t[ls + 4] == ':'); /* "Mar 12", "From:" */
}

/* the bytes a stamp's line, "From:" or the CSV's header opens with: '[', digits, 'A'-'S' */
static const uint8_t opens[256] = {
    ['['] = 1, ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1,
    ['7'] = 1, ['8'] = 1, ['9'] = 1, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1,
    ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1,
    ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1};

/* The line ln, t[ls .. le), that opens with a byte of opens[]: counted in *n when it may be
 * stamped (the first one's place kept); 1 when the walk need not go on. */
static int count_line(const uint8_t *t, size_t ln, size_t ls, size_t le, size_t *n, size_t *ln0,
                      size_t *ls0)
{
    int m;
    if (le - ls < 6 || !(m = stamp_line_may(t, ls, le)))
        return 0;
    if (!*n)
        *ln0 = ln, *ls0 = ls;
    return m == 2 || ++*n >= MIN_LINES;
}

int nw_chat58_senders_may(const struct sc *s, size_t *ln0, size_t *ls0)
{
    struct nw_lines *lines = nw_lines_of(s);
    const uint8_t *t = s->t;
    size_t n = 0, ls = 0, ln = 0;
    if (lines) /* the line ends the passes before found: a few instructions a line */
        for (; ln < lines->n && ls < s->len; ls = lines->le[ln++] + 1)
            if (opens[t[ls]] && count_line(t, ln, ls, lines->le[ln], &n, ln0, ls0))
                return 1;
    for (; ls < s->len; ln++) {
        size_t le = nw_line_at(lines, s, ln, ls);
        if (opens[t[ls]] && count_line(t, ln, ls, le, &n, ln0, ls0))
            return 1;
        ls = le + 1;
    }
    return 0;
}

int nw_chat58_senders(struct sc *s, size_t ln0, size_t ls0)
{
    const uint8_t *t = s->t;
    struct nw_lines *lines = nw_lines_of(s);
    enum { MAX_FOUND = 64 };
    size_t at[MAX_FOUND][2], n = 0, slots = 0; /* slots: stamped lines with a sender */
    size_t prev_ln = (size_t)-1, ca, cb;
    int csv = 0; /* a DiscordChatExporter CSV's header was read */
    for (size_t ls = ls0, ln = ln0; ls < s->len; ln++) {
        size_t le = nw_line_at(lines, s, ln, ls);
        uint8_t c = t[ls];
        if (ln == prev_ln && le > ls) { /* the sender on its own line after a stamp */
            slots++;
            size_t b = t[le - 1] == '\r' ? le - 1 : le;
            while (b > ls && t[b - 1] == ' ')
                b--;
            if (n < MAX_FOUND && sender_ok(s, ls, b))
                at[n][0] = ls, at[n][1] = b, n++;
        } else if (csv && c == '"' && csv_author(t, ls, le, &ca, &cb)) {
            slots++; /* DiscordChatExporter's CSV row: its Author cell */
            if (n < MAX_FOUND && sender_ok(s, ca, cb))
                at[n][0] = ca, at[n][1] = cb, n++;
        } else if (c == 'A' && le - ls >= 28 &&
                   memcmp(t + ls, "AuthorID,Author,Date,Content", 28) == 0) {
            csv = 1;
        } else if (le - ls >= 6 &&
                   (digit(c) || c == '[' ||
                    (c >= 'A' && c <= 'S' && le - ls >= 10 &&
                     ((t[ls + 3] == ' ' && digit(t[ls + 4])) || t[ls + 4] == ':')))) {
            /* the cheap test: a stamp opens with a digit, '[' or a month ("Mar 12"); "From:" */
            size_t j = nw_chat58_stamp(t, ls, le), a, b;
            if (!j && c == 'F' && from_line(t, ls, le, &a, &b)) {
                slots++; /* Signal's "From: anna (+44 ...)" */
                if (n < MAX_FOUND && sender_ok(s, a, b))
                    at[n][0] = a, at[n][1] = b, n++;
            } else if (j && (j == le || (j + 1 == le && t[j] == '\r')))
                prev_ln = ln + 1; /* the sender on the next line (iMessage) */
            else if (j && line_sender(s, j, le, &a, &b)) {
                slots++;
                if (n < MAX_FOUND && sender_ok(s, a, b))
                    at[n][0] = a, at[n][1] = b, n++;
            }
        }
        ls = le + 1;
    }
    if (slots < MIN_LINES || n < 2)
        return 0; /* three stamped lines with a sender, two of them taken */
    for (size_t k = 0; k < n; k++) {
        int rc = s->emit(s->arg, ANON_NAMES_PERSON, at[k][0], at[k][1]);
        if (rc < 0)
            return rc;
    }
    return mentions(s, at, n);
}

static int bot_member_after(const uint8_t *t, size_t len, size_t at);

/* ---- bots and network services -------------------------------------------------------------- */
/* Is t[a .. e) (one word) a bot's or a network service's name: "ChanServ", "NickServ",
 * "coffeebot", "MEE6", "Zapier", or the word before "-bot"/"_bot"/"Bot" ("Carl-bot")? */
static int bot_word(const uint8_t *t, size_t len, size_t a, size_t e)
{
    size_t n = e - a;
    if (e + 3 < len && (t[e] == '-' || t[e] == '_') && (t[e + 1] | 0x20) == 'b' &&
        (t[e + 2] | 0x20) == 'o' && (t[e + 3] | 0x20) == 't')
        return 1; /* "Carl-bot", "review_bot" */
    if (n < 4 || n > 24)
        return 0;
    char w[25];
    for (size_t k = 0; k < n; k++) {
        if (t[a + k] >= 0x80)
            return 0;
        w[k] = (char)(t[a + k] | 0x20);
    }
    w[n] = '\0';
    if (n > 4 && memcmp(w + n - 4, "serv", 4) == 0 && t[e - 4] == 'S')
        return 1; /* "ChanServ", "NickServ", "MemoServ" */
    if (n >= 7 && memcmp(w + n - 3, "bot", 3) == 0 && !nw_lexname(anon_names_lexicon(w, n)))
        return 1; /* "coffeebot", "TriviaBot", "bridgebot" (not "Talbot", "Cabot") */
    static const char *const bots[] = {"zapier", "ifttt", "dyno", "mee6", "nightbot", "dependabot"};
    return NW_ONE_OF(w, bots);
}

/* "Chi ha", "Qui a", "Kim neyi": the question word of an ask ("Chi ha detto cosa?"), no given
 * name. */
static int question_word(const uint8_t *t, size_t len, size_t a, size_t e)
{
    static const char *const verbs[] = {" ha ", " a ", " hanno ", " est ", " sont ", " \xc3\xa8 "};
    if (e - a == 3 && memcmp(t + a, "Kim", 3) == 0 && e + 6 <= len &&
        (memcmp(t + e, " neyi ", 6) == 0 || memcmp(t + e, " ne ", 4) == 0))
        return 1; /* Turkish "Kim neyi kabul etti?" */
    if (e - a != 3 || !((memcmp(t + a, "Chi", 3) == 0 || memcmp(t + a, "Qui", 3) == 0)))
        return 0;
    for (size_t k = 0; k < sizeof verbs / sizeof verbs[0]; k++) {
        size_t n = strlen(verbs[k]);
        if (e + n <= len && memcmp(t + e, verbs[k], n) == 0)
            return 1;
    }
    return 0;
}

int nw_chat58_emit(void *arg, int kind, size_t a, size_t e)
{
    struct nw_link *p = arg;
    if (kind == ANON_NAMES_PERSON && e > a && e - a <= 24 && !memchr(p->t + a, ' ', e - a) &&
        (bot_word(p->t, p->len, a, e) || question_word(p->t, p->len, a, e)))
        return 0;
    if (kind == ANON_NAMES_PERSON && a > 0 && e < p->len && p->t[a - 1] == '"' && p->t[e] == '"' &&
        bot_member_after(p->t, p->len, e + 1))
        return 0; /* {"displayName": "Polly", "applicationIdentityType": "bot"} */
    return p->emit(p->arg, kind, a, e);
}

/* ---- lower-case values under a person's key ---------------------------------------------------
 */
int nw_chat58_lower_value(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    if (b <= a || b - a > MAX_SENDER || nw_upper(t + a, b - a))
        return 0;
    size_t parts = 0;
    for (size_t i = a; i < b;) {
        size_t w = i, n;
        while (w < b && (n = nw_letter(t + w, b - w)) != 0) {
            if (nw_upper(t + w, b - w))
                return 0; /* "fooBar": a program's word */
            w += n;
        }
        if (w - i < 2 || (w < b && t[w] != ' ' && t[w] != '.' && t[w] != '_'))
            return 0;
        char buf[32];
        const char *f = nw_fold_span(s, i, w, buf, sizeof buf);
        unsigned lx = anon_names_lexicon((const char *)t + i, w - i);
        if (!*f || nw_chat_role_word(f) || log_word(f) || nw_typed52_chat_word(t + i, w - i) ||
            ((lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) &&
             !((lx & ANON_NL_GIVEN) && (lx & ANON_NL_ATTESTED))))
            return 0; /* "admin", "default", "main" */
        if (!lower_name(t, i, w, lx, 0))
            return 0;
        if (++parts > 3)
            return 0;
        i = w < b ? w + 1 : w;
    }
    return parts >= 1;
}

int nw_chat58_object(const uint8_t *t, size_t len, size_t at, size_t *lo, size_t *hi)
{
    enum { REACH = 1024 };
    size_t depth = 0, i = at, j = at;
    for (;; i--) { /* back to the '{' that opens the object (no brace inside its strings) */
        if (i == 0 || at - i > REACH)
            return 0;
        uint8_t c = t[i - 1];
        if (c == '}' || c == ']')
            depth++;
        else if ((c == '{' || c == '[') && depth-- == 0) {
            if (c != '{')
                return 0;
            break;
        }
    }
    for (depth = 0; j < len && j - at <= REACH; j++) {
        uint8_t c = t[j];
        if (c == '{' || c == '[')
            depth++;
        else if ((c == '}' || c == ']') && depth-- == 0)
            break;
    }
    if (j >= len || j - at > REACH)
        return 0;
    *lo = i, *hi = j;
    return 1;
}

/* ---- JSON exports pasted as text ---------------------------------------------------------------
 */
/* Is the quoted key t[a .. b) a chat export's sender key ("from", "actor", "sender", "author",
 * "user_name", "sender_name", "display_name", "real_name", "nickname")? */
static int sender_key(const uint8_t *t, size_t a, size_t b)
{
    static const char *const keys[] = {"from",     "actor",      "sender",      "author",
                                       "username", "sendername", "displayname", "realname",
                                       "fromname", "authorname", "nickname"};
    char f[16];
    size_t m = 0;
    if (b - a < 4 || b - a > 12)
        return 0;
    for (size_t i = a; i < b; i++) {
        uint8_t c = t[i];
        if (c == '_' || c == '-')
            continue;
        if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
            return 0;
        f[m++] = (char)(c | 0x20);
    }
    f[m] = '\0';
    return NW_ONE_OF(f, keys);
}

/* Is a member "key" (quoted, then ':') written in t[lo .. hi)? */
static int member_in(const uint8_t *t, size_t lo, size_t hi, const char *key)
{
    size_t n = strlen(key);
    for (size_t i = lo; i + n + 1 <= hi;) {
        const uint8_t *p = memmem(t + i, hi - i, key, n);
        if (!p)
            return 0;
        size_t k = (size_t)(p - t) + n;
        while (k < hi && (t[k] == ' ' || t[k] == '\t' || t[k] == '\n' || t[k] == '\r'))
            k++;
        if (k < hi && t[k] == ':')
            return 1;
        i = (size_t)(p - t) + 1;
    }
    return 0;
}

/* Does the object around t[at] name a bot after it, before its '}' ("bot_id",
 * "applicationIdentityType", "bot_message")? */
static int bot_member_after(const uint8_t *t, size_t len, size_t at)
{
    size_t end = len - at > 600 ? at + 600 : len, depth = 0;
    for (size_t i = at; i < end; i++) {
        if (t[i] == '{' || t[i] == '[')
            depth++;
        else if ((t[i] == '}' || t[i] == ']') && depth-- == 0)
            end = i;
    }
    return member_in(t, at, end, "\"bot_id\"") ||
           member_in(t, at, end, "\"applicationIdentityType\"") ||
           (memmem(t + at, end - at, "\"bot_message\"", 13) != NULL);
}

size_t nw_chat58_text_sender(const struct sc *s, size_t e, size_t *vb)
{
    const uint8_t *t = s->t;
    size_t kb = e - 1, ka = kb, a = e + 1;
    while (ka > 0 && kb - ka <= 12 && t[ka - 1] != '"')
        ka--;
    if (ka == 0 || t[ka - 1] != '"' || !sender_key(t, ka, kb))
        return 0;
    while (a < s->len && t[a] == ' ')
        a++;
    if (a >= s->len || t[a] != '"')
        return 0;
    a++;
    const uint8_t *q = memchr(t + a, '"', s->len - a < 48 ? s->len - a : 48);
    if (!q || (size_t)(q - t) - a < 2)
        return 0;
    size_t b = (size_t)(q - t);
    for (size_t i = a; i < b; i++)
        if (digit(t[i]) || t[i] == '@' || t[i] == '<' || t[i] == '\\')
            return 0;
    size_t lo, hi;
    if (!nw_chat58_object(t, s->len, ka - 1, &lo, &hi) ||
        !(member_in(t, lo, hi, "\"text\"") || member_in(t, lo, hi, "\"content\"") ||
          member_in(t, lo, hi, "\"message\"") || member_in(t, lo, hi, "\"body\"")) ||
        bot_member_after(t, s->len, b))
        return 0;
    if (!(nw_upper(t + a, b - a) ? sender_ok(s, a, b) : nw_chat58_lower_value(s, a, b)))
        return 0;
    *vb = b;
    return a;
}

/* Does t[a .. e) hold a digit or a street's word ("eimai odos ermou", "hauptstrasse")? */
static int street_left(const uint8_t *t, size_t a, size_t e)
{
    static const char *const heads[] = {
        "odos",   "calle",  "rua",     "via",    "rue",    "ulica", "ul",   "utca", "sokak",
        "strada", "aleea",  "avenida", "avenue", "street", "st",    "road", "rd",   "lane",
        "plaza",  "piazza", "viale",   "straat", "weg",    "gade",  "vej",  "katu", "tie"};
    for (size_t i = a; i < e;) {
        if (digit(t[i]))
            return 1;
        size_t w = i;
        while (w < e && w - i < 30 && ((t[w] | 0x20) >= 'a' && (t[w] | 0x20) <= 'z'))
            w++;
        if (w > i && w - i < 30) {
            char f[32];
            for (size_t k = i; k < w; k++)
                f[k - i] = (char)(t[k] | 0x20);
            f[w - i] = '\0';
            if (NW_ONE_OF(f, heads) || (w - i >= 8 && nw_street_suffix(f))) /* not "bestie" */
                return 1;
        }
        i = w > i ? w : i + 1;
    }
    return 0;
}

int nw_chat58_tail_emit(void *arg, int kind, size_t a, size_t e)
{
    struct nw_link *p = arg;
    if (kind == ANON_NAMES_ADDRESS && a >= 2 && p->t[a - 1] == ':' && digit(p->t[a - 2]) &&
        digit(p->t[a])) {
        size_t k = a;
        while (k < e && digit(p->t[k]))
            k++;
        if (k < e && p->t[k] == ']') { /* "[18:21] elsie: ...": a stamp's minutes */
            const uint8_t *c =
                memchr(p->t + k, ':', e - k < MAX_SENDER + 3 ? e - k : MAX_SENDER + 3);
            size_t r = c && (size_t)(c - p->t) + 2 < e && c[1] == ' ' ? (size_t)(c - p->t) + 2 : k;
            if (r == k || !street_left(p->t, r, e))
                return 0; /* "21] elsie: hey bestie": no number, no street word */
            a = r;        /* "33] sofie: adr norregade 155": the message's part */
        }
    }
    int rc = p->emit(p->arg, kind, a, e), r2;
    if (rc >= 0 && kind == ANON_NAMES_ADDRESS && e > a && nw_scan59_town_may(p->t, p->len, e) &&
        (r2 = nw_scan59_town(p, e)) < 0)
        return r2; /* the street's postcode and town after it (names_scan59.c) */
    return rc;
}
