/* names_typed53.c: the senders of a phone-typed chat pasted without time stamps ("anna: ok",
 * "- jonas k: thx", "ewan cartwright: text me", "~lea: ...", "marco (dad): ...", "<kredevla> ...",
 * "@sofia: ..."; branch typed53, contrib/bench/accuracy/notes/typed53.md).
 *
 * A bare "name: text" line proves nothing by itself ("note: ...", "edit: ...", "bot: ..." open
 * lines too), and in lower case no lexicon says an invented or foreign nick is a name. The
 * evidence is the whole chat: a sender writes several lines and answers another who also writes
 * several, and a chat is mostly its messages. So the frames of all lines are read first; only
 * when at least two different senders each open two or more lines that say something (four such
 * lines at least), and the frames make two thirds of the non-empty lines from the first frame to
 * the last (not a commit log's "area: ..." subjects among its other lines), does every line of
 * those senders give up its sender. A sender that opens one line only (a bot's notice, a "ps:")
 * or whose first word is an ordinary word, a chat word, a bot or a role is never taken. One walk
 * over the lines' first bytes, bounded tables on the stack, nothing allocated.
 */
#include "anonymize/names_internal.h"
#include "anonymize/names_typed63.h"

#include <string.h>

enum { T53_KEYS = 16, T53_HITS = 128, T53_NAME = 40 };

struct t53_key {
    size_t a, b;   /* the first line's sender */
    unsigned n;    /* lines it opens */
    unsigned said; /* of those, lines whose text has two words */
};

struct t53_hit {
    size_t a, b;
    unsigned k;
};

static inline int low_ascii(uint8_t c)
{
    return c >= 'a' && c <= 'z';
}

/* A lower-case sender frame at the line ls..le: the sender's bytes in *a, *b, where its text
 * starts in *m; 0 when the line opens no such frame. */
static int frame_at(const uint8_t *t, size_t ls, size_t le, size_t *a, size_t *b, size_t *m)
{
    size_t i = ls;
    int angle = 0;
    if (le - ls < 5)
        return 0;
    if (t[i] == '-' && t[i + 1] == ' ')
        i += 2;
    else if (t[i] == '~' || t[i] == '@')
        i++;
    else if (t[i] == '<')
        i++, angle = 1;
    size_t e = i;
    for (int words = 0;; words++) {
        size_t w = e;
        while (e < le && e - i < T53_NAME && low_ascii(t[e]))
            e++;
        if (e == w || words == 3)
            return 0;
        if (e < le && t[e] == '.' && e - w == 1)
            e++; /* "anna k.: " */
        if (e + 1 < le && t[e] == ' ' && low_ascii(t[e + 1]))
            e++;
        else
            break;
    }
    *a = i, *b = e;
    if (angle) {
        if (e + 2 >= le || t[e] != '>' || t[e + 1] != ' ')
            return 0;
        *m = e + 2;
        return 1;
    }
    if (e + 2 < le && t[e] == ' ' && t[e + 1] == '(') { /* "marco (dad): " */
        size_t k = e + 2;
        while (k < le && k - e < 20 && low_ascii(t[k]))
            k++;
        if (k == e + 2 || k >= le || t[k] != ')')
            return 0;
        e = k + 1;
    }
    if (e + 2 >= le || t[e] != ':' || t[e + 1] != ' ')
        return 0;
    *m = e + 2;
    return 1;
}

/* Line-start words of chat that are no senders: a postscript's or an edit's label, and the
 * bots and shops that write into a chat or send its texts (sorted; "...bot" too). */
static const char *const no_sender[] = {"dpd",     "edit",     "eta",     "fyi",   "info",
                                        "noreply", "note",     "ps",      "pss",   "q",
                                        "re",      "reminder", "teamapp", "total", "update"};

/* May the sender a..b be a person: its first word no ordinary word, chat word, bot or role,
 * every word two letters or more but a surname's initial. */
static int sender_ok(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    size_t e = a;
    while (e < b && low_ascii(t[e]))
        e++;
    char buf[24];
    const char *w = nw_fold_span(s, a, e, buf, sizeof buf);
    size_t wl = strlen(w);
    if (e - a < 2 || NW_ONE_OF(w, no_sender) || (wl > 3 && strcmp(w + wl - 3, "bot") == 0) ||
        nw_chat_ordinary(s, a, e))
        return 0;
    for (size_t k = e; k < b; k++)
        if (t[k] == ':')
            return 0;
    return 1;
}

/* Is the sender a..b one word that is the chat's own "me" or "mother" ("anya:" in a Hungarian
 * chat: names_typed63.c)? */
static int own_sender(const struct sc *s, size_t a, size_t b)
{
    char buf[24];
    for (size_t k = a; k < b; k++)
        if (!low_ascii(s->t[k]))
            return 0;
    return nw_typed63_own_sender(s->t, s->len, nw_fold_span(s, a, b, buf, sizeof buf));
}

/* Does the text m..le hold two words (a message, not a label's value)? */
static int says(const uint8_t *t, size_t m, size_t le)
{
    const uint8_t *sp = m < le ? memchr(t + m, ' ', le - m) : NULL;
    return sp && (size_t)(sp - t) + 1 < le && (size_t)(sp - t) > m;
}

int nw_typed53_senders(struct sc *s)
{
    const uint8_t *t = s->t;
    struct t53_key keys[T53_KEYS];
    struct t53_hit hits[T53_HITS];
    unsigned nk = 0, nh = 0;
    size_t body = 0, first = 0, last = 0; /* non-empty lines so far; the first and last frame's */
    struct nw_lines *lines = nw_lines_of(s);
    for (size_t ls = 0, ln = 0; ls < s->len && nh < T53_HITS; ln++) {
        size_t nl = nw_line_at(lines, s, ln, ls), le = nl, a, b, m;
        if (le > ls && t[le - 1] == '\r')
            le--;
        uint8_t c = ls < le ? t[ls] : 0;
        body += ls < le;
        if ((low_ascii(c) || c == '-' || c == '~' || c == '@' || c == '<') &&
            frame_at(t, ls, le, &a, &b, &m)) {
            unsigned k = 0;
            while (k < nk &&
                   !(keys[k].b - keys[k].a == b - a && memcmp(t + keys[k].a, t + a, b - a) == 0))
                k++;
            if (k == nk && nk < T53_KEYS) {
                keys[nk].a = a, keys[nk].b = b, keys[nk].n = keys[nk].said = 0;
                nk++;
            }
            if (!nh)
                first = body;
            last = body;
            if (k < nk) {
                keys[k].n++;
                keys[k].said += (unsigned)says(t, m, le);
                hits[nh].a = a, hits[nh].b = b, hits[nh].k = k;
                nh++;
            }
        }
        ls = nl + 1;
    }
    unsigned senders = 0, lines_of = 0;
    for (unsigned k = 0; k < nk; k++) {
        if (keys[k].n >= 2 && keys[k].said && sender_ok(s, keys[k].a, keys[k].b)) {
            senders++;
            lines_of += keys[k].n;
        } else if (keys[k].n >= 2 && keys[k].said && own_sender(s, keys[k].a, keys[k].b)) {
            senders++; /* "anya:" beside "boglarka:" (typed63): a chat, its role not masked */
            lines_of += keys[k].n;
            keys[k].n = 0;
        } else {
            keys[k].n = 0;
        }
    }
    /* a chat is mostly its messages: in a commit log or a form, "area: ..." lines stand among
     * many lines of other shapes */
    if (senders < 2 || lines_of < 4 || 3 * nh < 2 * (last - first + 1))
        return 0;
    for (unsigned h = 0; h < nh; h++) {
        if (!keys[hits[h].k].n)
            continue;
        int rc = s->emit(s->arg, ANON_NAMES_PERSON, hits[h].a, hits[h].b);
        if (rc < 0)
            return rc;
    }
    return 0;
}
