/* names_chatlog.c: chat logs: the speakers of a transcript ("Maria: ...", "<b>Maria</b>"), the
 * names greeted at a turn's start and signed at its end.
 *
 * A speaker is a person when the log names it at the start of several turns.
 */
#include "anonymize/names_internal.h"
#include "anonymize/names_ask57.h"
#include "anonymize/names_scan_internal.h"
#include "anonymize/names_h12rp.h"
#include "anonymize/names_dob17.h"
#include "anonymize/names_dob41.h"
#include "anonymize/names_precheck.h"

#include <openssl/mem.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define MAX_RUN 6

/* ---- chat logs ------------------------------------------------------------------------------ */
/* A lower-case word at i that a chat greeting or thanks may name ("hey tom,", "thx priya"): 2 to
 * 16 letters, then punctuation or the end of the line, and no ordinary word ("hi all", "thanks
 * again"). Its end, or 0. */
static size_t chat_name(const struct sc *s, size_t i, const char *ends)
{
    const uint8_t *t = s->t;
    size_t e = i;
    while (e < s->len && e - i < 17 && t[e] >= 'a' && t[e] <= 'z')
        e++;
    if (e - i < 2 || e - i > 16 || (e < s->len && !strchr(ends, t[e])))
        return 0;
    if (e < s->len && t[e] == '.' && e + 1 < s->len && is_alnum(t[e + 1]))
        return 0; /* "hi foo.bar" */
    if (nw_typed52_chat_word(t + i, e - i) || nw_ask57_address(t + i, e - i))
        return 0; /* "hi akkor", "thx koszi": a reply, not a name; "hey bestie" (ask57) */
    unsigned lx = anon_names_lexicon((const char *)t + i, e - i);
    char b[24];
    if (((lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) &&
         !((lx & ANON_NL_GIVEN) && (lx & ANON_NL_ATTESTED))) ||
        nw_not_name(nw_fold_span(s, i, e, b, sizeof b)))
        return 0; /* an ordinary word, unless also a well-attested given name ("hey tom") */
    static const char *const pal[] = {"man",  "bro",  "dude", "mate", "buddy", "boss", "sir",
                                      "guys", "love", "dear", "pal",  "chief", "doc",  "babe"};
    if (NW_ONE_OF(b, pal) || nw_ask57_role_sender(b))
        return 0; /* "thanks man"; "[09:24] mum:", "hey landlord" (names_ask57.c) */
    return e;
}

/* Is the "<word>" at a (its '<') also written inside a line elsewhere in the text: a usage
 * line's placeholder that its description then opens a line with ("fixup(<exe> [<libs>
 * <dirs>])" ... "<libs> will be passed to ...")? An IRC nick opens its lines. (clean57) */
/* Does the line holding k open like a chat log's ("<tom> <anna> said hi", "[10:02] <tom> ping
 * <anna>", "11:06 <tom> ...")? A nick quoted there is still a nick. */
static int chat_line(const uint8_t *t, size_t k)
{
    size_t ls = k;
    while (ls > 0 && k - ls < 200 && t[ls - 1] != '\n')
        ls--;
    while (ls < k && (t[ls] == ' ' || t[ls] == '\t'))
        ls++;
    return t[ls] == '<' || (t[ls] >= '0' && t[ls] <= '9') ||
           (t[ls] == '[' && t[ls + 1] >= '0' && t[ls + 1] <= '9');
}

int nw_placeholder_tag(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    size_t n = e + 1 - a; /* "<word>" */
    for (size_t i = 0; i + n <= s->len;) {
        const uint8_t *p = memmem(t + i, s->len - i, t + a, n);
        if (!p)
            return 0;
        size_t k = (size_t)(p - t);
        /* "[<libs>", "(<exe>", "<qtplugins> <libs>", "through <paths> list"; not after a
         * time stamp ("] <anna>", "11:06 <anna>") nor at a line's start */
        uint8_t b1 = k > 0 ? t[k - 1] : '\n', b2 = k > 1 ? t[k - 2] : '\n';
        if (k != a &&
            (b1 == '[' || b1 == '(' ||
             (b1 == ' ' && (b2 == '>' || ((b2 | 0x20) >= 'a' && (b2 | 0x20) <= 'z')))) &&
            !chat_line(t, k))
            return 1;
        i = k + 1;
    }
    return 0;
}

/* An HTML or XML tag name ("<div> text" is no IRC nick). */
static int html_tag(const struct sc *s, size_t a, size_t b)
{
    static const char *const tags[] = {
        "html",   "head",   "body", "div",   "span",       "p",      "li",     "ul",     "ol",
        "td",     "tr",     "th",   "br",    "hr",         "em",     "strong", "pre",    "code",
        "title",  "table",  "form", "label", "option",     "select", "script", "style",  "section",
        "header", "footer", "nav",  "main",  "article",    "img",    "input",  "button", "tbody",
        "thead",  "dt",     "dd",   "dl",    "blockquote", "small",  "sub",    "sup",    "tt",
        "h1",     "h2",     "h3",   "h4",    "h5",         "h6",     "center", "font",   "meta",
        "link",   "param",  "item", "entry", "name",       "value",  "key",    "string"};
    char buf[24];
    const char *w = nw_fold_span(s, a, b, buf, sizeof buf);
    if (NW_ONE_OF(w, tags))
        return 1;
    return 0;
}

/* The words of a chat message after which a lower-case name follows. */
static int chat_greeting(const char *w)
{
    static const char *const g[] = {"hey",     "hi",      "hello",  "thx",    "thanks",   "ty",
                                    "cheers",  "morning", "yo",     "hoi",    "hallo",    "danke",
                                    "merci",   "salut",   "grazie", "ciao",   "hola",     "gracias",
                                    "bedankt", "dank",    "moin",   "servus", "groetjes", "saludos",
                                    "saluti",  "bises",   "gruss",  "greets", "best"};
    if (NW_ONE_OF(w, g))
        return 1;
    return 0;
}

/* Does c open a word of chat_greeting() ("bcdghmsty")? A mask of the lower-case letters, not a
 * memchr() call per line. */
static inline int greeting_first(uint8_t c)
{
    enum {
        FIRST = 1u << ('b' - 'a') | 1u << ('c' - 'a') | 1u << ('d' - 'a') | 1u << ('g' - 'a') |
                1u << ('h' - 'a') | 1u << ('m' - 'a') | 1u << ('s' - 'a') | 1u << ('t' - 'a') |
                1u << ('y' - 'a')
    };
    unsigned k = (unsigned)c - 'a';
    return k < 26 && (FIRST >> k & 1u);
}

/* A sign-off's separator after the greeting ending at we ("thx, jonas", "cheers -- priya",
 * "danke - tobias"): where the name starts, or we (the name must then end its line). */
static size_t sign_off(const struct sc *s, size_t we, size_t le)
{
    const uint8_t *t = s->t;
    if (we + 2 < le && t[we] == ',' && t[we + 1] == ' ')
        return we + 2;
    if (we + 3 < le && t[we] == ' ' && t[we + 1] == '-') {
        size_t k = we + 2 + (t[we + 2] == '-');
        return k + 1 < le && t[k] == ' ' ? k + 1 : we;
    }
    return we;
}

/* Is t[na .. ne), after a sign-off's separator, a name that ends its line: a lexicon name, or an
 * unknown word whose letters lean to a name's ("danke, gemergt" and "gracias, mergeado" are
 * replies, not signatures)? */
static int signed_name(const struct sc *s, size_t na, size_t ne, size_t le)
{
    if (ne != le && !(ne + 1 == le && strchr("!.", s->t[ne])))
        return 0;
    return nw_lexname(anon_names_lexicon((const char *)s->t + na, ne - na)) ||
           nw_name_shape(s->t + na, ne - na) >= 10;
}

/* Chat logs: "[09:58] anna: hey tom, ..." (the nick after a time of day, and lower-case names
 * after a greeting anywhere in such a line) and lines or texts that open with a greeting ("thanks
 * priya, that fixed it"). One look at the first bytes of each line. */
int chat_names(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_lines *lines = nw_lines_of(s); /* the first line pass: it fills the table */
    for (size_t ls = 0, ln = 0; ls < s->len; ln++) {
        size_t le = nw_line_at(lines, s, ln, ls), i = ls;
        int stamped = 0;
        if (i + 8 < le && t[i] == '[' && is_digit(t[i + 1]) && is_digit(t[i + 2]) &&
            t[i + 3] == ':' && is_digit(t[i + 4]) && is_digit(t[i + 5])) {
            size_t k = i + 6;
            if (k + 2 < le && t[k] == ':' && is_digit(t[k + 1]) && is_digit(t[k + 2]))
                k += 3;
            if (k + 1 < le && t[k] == ']' && t[k + 1] == ' ') {
                stamped = 1;
                i = k + 2;
                size_t ne = chat_name(s, i, ":");
                if (ne && ne < s->len && t[ne] == ':') { /* the nick */
                    int rc = s->emit(s->arg, ANON_NAMES_PERSON, i, ne);
                    if (rc < 0)
                        return rc;
                    i = ne + 1;
                }
            }
        }
        if (i + 4 < le && t[i] == '<') { /* IRC: "<anna> morning all" */
            size_t ne = chat_name(s, i + 1, ">");
            if (ne && ne + 1 < le && t[ne] == '>' && t[ne + 1] == ' ' && !html_tag(s, i + 1, ne) &&
                !nw_placeholder_tag(s, i, ne)) {
                int rc = s->emit(s->arg, ANON_NAMES_PERSON, i + 1, ne);
                if (rc < 0)
                    return rc;
                stamped = 1;
                i = ne + 2;
            }
        }
        /* greetings: at the line's start, or anywhere in a time-stamped line */
        while (i < le) {
            while (i < le && (t[i] == ' ' || t[i] == ','))
                i++;
            /* a line with no time: one greeting or none, and only a letter of greeting_first()
             * opens one (most lines of code and logs) */
            if (!stamped && (i >= le || !greeting_first(t[i])))
                break;
            size_t we = i;
            while (we < le && we - i < 10 && t[we] >= 'a' && t[we] <= 'z')
                we++;
            /* every greeting is 2 to 7 lower-case letters and starts with one of these */
            if (we - i >= 2 && we - i <= 8 && we + 1 < le && (t[we] == ' ' || t[we] == ',') &&
                greeting_first(t[i])) {
                char b[12];
                size_t ne, na = sign_off(s, we, le);
                memcpy(b, t + i, we - i); /* already lower case: no folding */
                b[we - i] = '\0';
                if (na == we && t[we] == ' ')
                    na = we + 1;
                if (na > we && chat_greeting(b) && (ne = chat_name(s, na, ",!.?;:\n\r")) &&
                    (na == we + 1 || signed_name(s, na, ne, le))) {
                    int rc = s->emit(s->arg, ANON_NAMES_PERSON, na, ne);
                    if (rc < 0)
                        return rc;
                    we = ne;
                }
            }
            if (!stamped)
                break;
            while (we < le && t[we] != ' ')
                we++;
            i = we > i ? we : i + 1;
        }
        ls = le + 1;
    }
    return 0;
}
