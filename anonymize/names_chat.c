/* names_chat.c: who speaks and who is mentioned in chat exports, threads and transcripts
 * ("[10:02] Anna Keller: ...", "anna.keller  10:02 AM", "Speaker 2 (Tom):", "[Tom Berger]
 * 00:01:12", "EMILY BENNETT: ...", "ping @tom", "* emily has quit", "ask josla").
 *
 * The evidence is the line's position, not a context word: a speaker opens a line, after a time
 * stamp or inside a speaker frame, and is followed by a colon or a time. A frame with a time or
 * a "Speaker N (...)" is enough by itself; a bare "Name: text" needs a second such line in the
 * text and a lexicon name among its words (or, in lower case, two different nicks with a name's
 * shape), because "Error: ...", "Note: ...", "sudo: ..." and "Assistant:" open lines too.
 * Speakers that are ordinary words, bots or roles ("Everyone", "System", "Jenkins  APP") are
 * never people. A mention or a lower-case name needs a chat cue before it ("cc @maria", "ok
 * sameya") or to open a message. One or two passes over the lines' first bytes and a memchr for
 * '@'; the cues' "k " is found by names_leaks46.c's pass, which hands each to nw_chat_cue_at();
 * nothing here allocates.
 */
#include "anonymize/names_internal.h"
#include "anonymize/names_ask57.h"
#include "anonymize/names_typed63.h"

#include <stdint.h>

enum { MAX_SPEAKER = 48 };

/* Bots, assistants, roles and channel words that open chat lines like people do. */
static int not_speaker(const char *w)
{
    static const char *const no[] = {
        "everyone", "everybody", "team", "admin", "administrator", "system", "moderator", "host",
        "cohost", "guest", "support", "speaker", "bot", "app", "user", "assistant", "human", "ai",
        "model", "chatgpt", "claude", "gemini", "copilot", "slackbot", "github", "gitlab", "jira",
        "jenkins", "sentry", "pagerduty", "statuspage", "calendar", "webhook", "workflow",
        "integration", "dependabot", "sonarcloud", "codecov", "snyk", "netlify", "vercel",
        "mergify", "zoom", "teams", "slack", "discord", "bitbucket", "travis", "circleci",
        "renovate", "unknown", "anonymous", "here", "channel", "all", "you", "me", "narrator",
        "interviewer", "interviewee", "moderatorin", "participant", "operator", "agent", "customer",
        "caller",
        /* the roles of call recordings in sv, da, pl, cs, tr, fr (branch spoken51) */
        "kund", "medarbejder", "klient", "konsultant", "volající", "operátor", "arayan", "temsilci",
        "appelant"};
    /* log labels and the HTML tags that a time may stand before ("11:06 <br>") */
    static const char *const tags[] = {
        "todo", "fixme", "warn",  "error", "info",   "debug", "br",  "hr",    "div",
        "span", "td",    "tr",    "th",    "li",     "ul",    "ol",  "em",    "strong",
        "code", "pre",   "table", "img",   "small",  "sub",   "sup", "tbody", "thead",
        "html", "body",  "head",  "title", "script", "style"};
    return NW_ONE_OF(w, no) || NW_ONE_OF(w, tags);
}

int nw_chat_role_word(const char *w)
{
    return not_speaker(w) || nw_ask57_role_sender(w);
}

/* Is a..b (one word, letters only) an ordinary word rather than a name? */
static int ordinary(const struct sc *s, size_t a, size_t b)
{
    char buf[32];
    const char *w = nw_fold_span(s, a, b, buf, sizeof buf);
    if (!*w || not_speaker(w) || nw_typed52_chat_word((const uint8_t *)w, strlen(w)) ||
        (s->t[a] >= 'a' && s->t[a] <= 'z' && nw_ask57_role_sender(w)) || /* "mum:" (ask57) */
        (s->t[a] >= 'a' && s->t[a] <= 'z' && nw_typed63_own_sender(s->t, s->len, w)) ||
        (nw_cats(w) &
         (C_NOT | C_MONTH | C_LABEL | C_LIST | C_HON | C_SAL | C_CLOSE | C_INTRO | C_PART)))
        return 1; /* "Von:", "An:", "Attendees:", "Re:" are headers, not speakers */
    unsigned lx = anon_names_lexicon((const char *)s->t + a, b - a);
    int l7 = nw_labels7_class(w); /* "Oma:", "Mi:", "Witness:" label a list, but "Sam:" speaks */
    if (l7 != NW_L7_NONE && l7 != NW_L7_OLD && (l7 != NW_L7_DAY || !(lx & ANON_NL_ATTESTED)))
        return 1;
    return (lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) &&
           !((lx & ANON_NL_GIVEN) && (lx & ANON_NL_ATTESTED));
}

int nw_chat_ordinary(const struct sc *s, size_t a, size_t b)
{
    return ordinary(s, a, b);
}

/* A speaker a..b: one to four words (letters, apostrophes, hyphens; "Surname, Given"; a nick's
 * '.' or '_' when nick is set), none a digit, an ordinary word, a bot or a role. *named is set
 * when a word is a lexicon name, *lower when a word opens in lower case. 1 when it may be a
 * person. */
static int speaker_words(const struct sc *s, size_t a, size_t b, int nick, int *named, int *lower)
{
    const uint8_t *t = s->t;
    size_t words = 0;
    *named = *lower = 0;
    if (b <= a || b - a > MAX_SPEAKER)
        return 0;
    for (size_t i = a; i < b;) {
        size_t e = i, n;
        while (e < b && ((n = nw_letter(t + e, b - e)) || t[e] == '\'' || t[e] == '-')) {
            e += n ? n : 1;
        }
        if (e == i || e - i > 30)
            return 0;
        if (++words > 4)
            return 0;
        char buf[32];
        if (!(words > 1 && nw_particle(nw_fold_span(s, i, e, buf, sizeof buf)))) {
            if (!nw_upper(t + i, b - i))
                *lower = 1; /* not "von" in "Friwald von Gersmeer" */
            unsigned lx = anon_names_lexicon((const char *)t + i, e - i);
            int lexname = nw_lexname(lx);
            /* a surname that is also a word ("Bianchi") after a given name, or a word of
             * another language than English ("Sylould Monelle", "Willemijn Vos") after any
             * first word: not "Developer's Guide" */
            if (e - i < 2 ||
                (ordinary(s, i, e) && !(nick && i > a && e - i <= 3) && /* "ricdel.bra" */
                 !(words > 1 && lexname &&
                   (*named || (!(lx & ANON_NL_COMMON_EN) &&
                               !nw_cats(nw_fold_span(s, i, e, buf, sizeof buf)))))))
                return 0;
            if (lexname)
                *named = 1;
        }
        if (e == b)
            break;
        if (t[e] == ' ' || (t[e] == ',' && e + 1 < b && t[e + 1] == ' '))
            i = e + (t[e] == ',' ? 2 : 1);
        else if (e + 2 < b && t[e] == 0xC2 && t[e + 1] == 0xA0)
            i = e + 2; /* U+00A0 between the words: "Lucas de Wit" */
        else if (e + 3 < b && t[e] == 0xE2 && t[e + 1] == 0x80 && t[e + 2] == 0xAF)
            i = e + 3; /* U+202F */
        else if (nick && (t[e] == '.' || t[e] == '_') && e + 1 < b)
            i = e + 1;
        else
            return 0;
    }
    return words > 0;
}

/* A time of day at i ("10:02", "9:14 AM", "00:01:12", "0:12"): its end, or 0. */
static size_t time_at(const uint8_t *t, size_t i, size_t le)
{
    size_t k = i;
    while (k < le && k - i < 2 && is_digit(t[k]))
        k++;
    if (k == i || k + 2 >= le || t[k] != ':' || !is_digit(t[k + 1]) || !is_digit(t[k + 2]))
        return 0;
    k += 3;
    if (k + 2 < le && t[k] == ':' && is_digit(t[k + 1]) && is_digit(t[k + 2]))
        k += 3;
    if (k + 2 < le && t[k] == ' ' && (t[k + 1] == 'A' || t[k + 1] == 'P') && t[k + 2] == 'M')
        k += 3;
    return k;
}

/* strchr("/.,: -", c) as a switch, NUL included: asked at nearly every line's first byte. */
static inline int stamp_byte(uint8_t c)
{
    switch (c) {
    case 0:
    case '/':
    case '.':
    case ',':
    case ':':
    case ' ':
    case '-':
        return 1;
    default:
        return 0;
    }
}

/* Skips a time stamp that opens a line ("[10:02] ", "[12.03.24, 10:02:11] ", "12/03/2024, 10:02
 * - ", "00:03:41 "): the offset after it, i itself when there is none. */
static size_t skip_stamp(const uint8_t *t, size_t i, size_t le)
{
    size_t k = i + (i < le && t[i] == '[');
    size_t d = k;
    int colon = 0;
    while (d < le && d - k < 24 &&
           (is_digit(t[d]) || stamp_byte(t[d]) || t[d] == 'A' || t[d] == 'P' || t[d] == 'M')) {
        colon |= t[d] == ':';
        if (t[i] != '[' && d + 1 < le && t[d] == ' ' && t[d + 1] != '-' && !is_digit(t[d + 1]) &&
            !((t[d + 1] == 'A' || t[d + 1] == 'P') && d + 2 < le && t[d + 2] == 'M'))
            break; /* "00:03:41 James", "10:07 Poncla": the stamp ends at the space before a
                      word; "10:07 AM" goes on */
        d++;
    }
    if (!colon || d == k || !is_digit(t[k]))
        return i;
    if (t[i] == '[')
        return d + 1 < le && t[d] == ']' && t[d + 1] == ' ' ? d + 2 : i;
    if (d >= k + 2 && d < le && t[d] == ' ' && t[d - 1] == '-' && t[d - 2] == ' ')
        return d + 1; /* WhatsApp: "12/03/2024, 10:02 - " */
    while (d > k && t[d - 1] == ' ')
        d--;
    if (d + 3 < le && t[d] == ' ' && t[d + 1] == '-' && t[d + 2] == ' ')
        return d + 3; /* WhatsApp: "12/03/2024, 10:02 - " */
    return d < le && t[d] == ' ' && t[d - 1] != '-' && t[d - 1] != ',' ? d + 1 : i;
}

/* After a speaker that ends at e: "  10:02 AM", " (Guest)  10:02", " — Today at", "  APP":
 * 1 for a time (a speaker), -1 for a bot's tag, 0 for anything else. */
static int time_after(const uint8_t *t, size_t e, size_t le)
{
    static const char guest[] = " (Guest)";
    if (e + sizeof guest - 1 <= le && memcmp(t + e, guest, sizeof guest - 1) == 0)
        e += sizeof guest - 1;
    /* " — Today at 10:02 AM" (the detection view has made the dash '-') */
    size_t d = e + 5 <= le && memcmp(t + e, " \xE2\x80\x94 ", 5) == 0 ? 5
               : e + 3 <= le && memcmp(t + e, " - ", 3) == 0          ? 3
                                                                      : 0;
    if (d)
        return le - e >= d + 9 &&
               (memcmp(t + e + d, "Today at ", 9) == 0 || memcmp(t + e + d, "Yesterday", 9) == 0);
    if (e + 2 > le || t[e] != ' ' || t[e + 1] != ' ')
        return 0;
    while (e < le && t[e] == ' ')
        e++;
    if (e + 3 <= le && (memcmp(t + e, "APP", 3) == 0 || memcmp(t + e, "BOT", 3) == 0))
        return -1;
    size_t k = time_at(t, e, le);
    return k && k == le;
}

/* "emily has joined", "has quit", "has left" after a nick that ends at e: 2 with the nick in
 * *a, *b, or 0. */
static int irc_event(const uint8_t *t, size_t i, size_t e, size_t le, size_t *a, size_t *b,
                     int *nick)
{
    static const char *const verbs[] = {"has joined", "has quit", "has left"};
    for (size_t v = 0; v < 3; v++)
        if (le - e - 1 >= strlen(verbs[v]) && memcmp(t + e + 1, verbs[v], strlen(verbs[v])) == 0) {
            *a = i, *b = e, *nick = 1;
            return 2;
        }
    return 0;
}

/* Is c a byte of a speaker other than a space (line_speaker()'s walk steps over it)? */
static inline int speaker_byte(uint8_t c)
{
    return is_alnum(c) || c >= 0x80 || c == '.' || c == '_' || c == '-' || c == ',' || c == '\'';
}

/* The first k >= e, k < lim, whose byte is no speaker_byte() (a space, or one that ends the
 * speaker), or lim: 16 bytes a step (SSE2) while they lie in t[0 .. len), then a byte a step. */
static inline size_t speaker_run_to(const uint8_t *t, size_t len, size_t e, size_t lim)
{
#ifdef __SSE2__
    while (e < lim && len - e >= 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + e));
        __m128i d = _mm_sub_epi8(x, _mm_set1_epi8('0')), p = _mm_sub_epi8(x, _mm_set1_epi8(','));
        __m128i ok = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d),
                                  _mm_cmpeq_epi8(_mm_min_epu8(p, _mm_set1_epi8(2)), p)); /* , - . */
        ok = _mm_or_si128(ok, _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('_')),
                                           _mm_cmpeq_epi8(x, _mm_set1_epi8('\''))));
        unsigned m =
            ((unsigned)_mm_movemask_epi8(ok) | (unsigned)_mm_movemask_epi8(x) | nw_alpha16(t, e)) ^
            0xFFFFu;
        if (m) {
            e += (unsigned)__builtin_ctz(m);
            return e < lim ? e : lim;
        }
        e += 16;
    }
    if (e >= lim)
        return lim;
#endif
    while (e < lim && speaker_byte(t[e]))
        e++;
    return e;
}

/* The speaker of the line ls..le, if it has one: its bytes in *a, *b, and whether its frame is
 * strong (a time, a "Speaker N (...)", "[Name] 00:01:12", an IRC join) or a bare "Name: ". Returns
 * 0 (none), 1 (bare), 2 (strong). */
static int line_speaker(const struct sc *s, size_t ls, size_t le, size_t *a, size_t *b, int *nick)
{
    const uint8_t *t = s->t;
    if (ls + 3 > le)
        return 0;
    uint8_t c0 = t[ls];
    /* most lines open with a space, a quote or a brace: no speaker */
    if (!(is_alnum(c0) || c0 >= 0xC3 || c0 == '[' || c0 == '<' || c0 == '*' || c0 == '-'))
        return 0;
    int cut = le - ls > 4 * MAX_SPEAKER; /* a speaker and its frame are in the first bytes; */
    if (cut)                             /* a line that goes on has no time at its end */
        le = ls + 4 * MAX_SPEAKER;
    size_t i = skip_stamp(t, ls, le), e;
    int stamped = i > ls;
    *nick = 0;
    if (i + 10 < le && memcmp(t + i, "Speaker ", 8) == 0 && is_digit(t[i + 8])) {
        size_t k = i + 8;
        while (k < le && is_digit(t[k]))
            k++;
        const uint8_t *cl;
        if (k + 2 < le && t[k] == ' ' && t[k + 1] == '(' &&
            (cl = memchr(t + k + 2, ')', le - k - 2)) && (size_t)(cl - t) + 1 < le &&
            t[cl - t + 1] == ':') {
            *a = k + 2, *b = (size_t)(cl - t);
            return 2;
        }
        return k < le && t[k] == ':' ? 3 : 0; /* "Speaker 3: ..." frames the bare lines */
    }
    if (i + 3 < le && memcmp(t + i, "<v ", 3) == 0) { /* WebVTT: "<v Anna Keller>text" */
        const uint8_t *gt = memchr(t + i + 3, '>', le - i - 3);
        if (!gt)
            return 0;
        *a = i + 3, *b = (size_t)(gt - t);
        return 2;
    }
    if (i + 3 < le && t[i] == '<') { /* IRC: "<anna.carter> text" */
        const uint8_t *gt = memchr(t + i + 1, '>', le - i - 1);
        if (!gt || (size_t)(gt - t) + 1 >= le || t[gt - t + 1] != ' ' ||
            nw_placeholder_tag(s, i, (size_t)(gt - t)))
            return 0;
        *a = i + 1, *b = (size_t)(gt - t), *nick = 1;
        /* only a nick with '.' or '_' at a line's start or after "[10:02] ": chat_names() takes
         * the others there; after a bare time ("11:06 <Grace> lol") nobody else does */
        return stamped && t[ls] != '[' ? 2 : 4;
    }
    if (i < le && t[i] == '[' && !stamped) { /* "[Tom Berger] 00:01:12" */
        const uint8_t *rb = memchr(t + i + 1, ']', le - i - 1);
        if (!rb || (size_t)(rb - t) + 2 >= le || t[rb - t + 1] != ' ' ||
            time_at(t, (size_t)(rb - t) + 2, le) != le || cut)
            return 0;
        *a = i + 1, *b = (size_t)(rb - t);
        return 2;
    }
    if (i + 2 < le && (t[i] == '*' || t[i] == '-') && t[i + 1] == ' ')
        i += 2; /* IRC: "* emily has quit", "-!- emily has joined" */
    else if (i + 4 < le && memcmp(t + i, "-!- ", 4) == 0)
        i += 4;
    /* the speaker's bytes: letters, at most four spaces, '.', '_', '-', ',', '\'' */
    /* the loop's bound, e < le && e - i <= MAX_SPEAKER, as one end */
    size_t spaces = 0, lim = i < le && le - i > MAX_SPEAKER ? i + MAX_SPEAKER + 1 : le;
    for (e = i; e < lim; e++) {
        e = speaker_run_to(t, s->len, e, lim); /* the bytes the loop only steps over */
        if (e >= lim)
            break;
        uint8_t c = t[e];
        if (c == ' ') {
            if (++spaces > 4 || (e + 1 < le && (t[e + 1] == ' ' || t[e + 1] == '-' ||
                                                t[e + 1] == 0xE2 || t[e + 1] == '(')))
                break;
            if (e + 4 < le && memcmp(t + e + 1, "has ", 4) == 0)
                return irc_event(t, i, e, le, a, b, nick);
        } else if (!speaker_byte(c)) {
            break;
        }
    }
    if (e == i || e >= le || e - i > MAX_SPEAKER)
        return 0;
    if (t[e] == ':' && (stamped ? e + 1 == le || t[e + 1] == ' ' : e + 2 < le && t[e + 1] == ' ')) {
        *a = i, *b = e; /* a bare "IANA:" over a link is a heading: a speaker says something */
        while (*b > i && (t[*b - 1] == ' ' || (*b - i >= 3 && t[*b - 3] == 0xE2 &&
                                               t[*b - 2] == 0x80 && t[*b - 1] == 0xAF)))
            *b -= t[*b - 1] == ' ' ? 1 : 3; /* French: "Léa Dubois : ", U+202F before ':' */
        return stamped ? 2 : 1;
    }
    if (ls != i)
        return 0;
    int ta = time_after(t, e, le);
    if (ta > 0 && !cut) {
        *a = i, *b = e, *nick = 1;
        return 2;
    }
    return 0;
}

/* Is a..b a nick with a '.' or '_' inside ("anna.carter", "theo_lef")? */
static int dotted_nick(const uint8_t *t, size_t a, size_t b)
{
    for (size_t k = a + 1; k + 1 < b; k++)
        if (t[k] == '.' || t[k] == '_')
            return 1;
    return 0;
}

/* Is a..b one word that names a role or a bot ("EVERYONE", "Host")? */
static int role_only(const struct sc *s, size_t a, size_t b)
{
    char buf[24];
    for (size_t k = a; k < b; k++)
        if (!nw_letter(s->t + k, b - k))
            return 0;
    const char *w = nw_fold_span(s, a, b, buf, sizeof buf);
    /* names_ask57.c: "mum:", "huisbaas:" typed in lower case (a capitalised "Berlo" may name) */
    return not_speaker(w) || (s->t[a] >= 'a' && s->t[a] <= 'z' &&
                              (nw_ask57_role_sender(w) || nw_typed63_own_sender(s->t, s->len, w)));
}

/* May the speaker a..b of a bare "Name: text" line be a person? Capitalised words with a lexicon
 * name among them ("Anna:", "SERGIO ORTEGA:"), or one lower-case nick with a clear name's shape
 * ("oliliamesla:"; not "dpkg:", "gcc:", "usage:"), or a lexicon given name in lower case ("sunil:",
 * the chat typed on a phone; ask57; not a changelog's "* hurd:", a surname). */
static int bare_ok(const struct sc *s, size_t a, size_t b, int named, int lower)
{
    if (!lower)
        return named;
    for (size_t k = a; k < b; k++)
        if (s->t[k] == ' ' || s->t[k] == '.' || s->t[k] == '_')
            return 0;
    return (named && b - a >= 3 &&
            (anon_names_lexicon((const char *)s->t + a, b - a) & ANON_NL_GIVEN)) ||
           (b - a >= 4 && nw_name_shape(s->t + a, b - a) >= 10);
}

/* Does the bare line's text after the speaker that ends at b say something: a word that opens
 * in lower case ("Anna: see you at 5", "Tu: è il 24-08-1942"), or in another script? A form's
 * "Baker: Pietro", "Lane: Lane 7", "Tým: Luzilu Vomímíová" holds only capitalised words, digits
 * and codes, and no sentence's end: a label and its value, not a speaker and a message. */
static int says_something(const uint8_t *t, size_t b, size_t le)
{
    const uint8_t *colon = memchr(t + b, ':', le - b);
    if (!colon)
        return 1;
    size_t z = le;
    while (z > b && (t[z - 1] == ' ' || t[z - 1] == '\t'))
        z--;
    if (t[z - 1] == '.' || t[z - 1] == '!' || t[z - 1] == '?')
        return 1; /* "OKAFOR Lauren: Morning.": a sentence, however short */
    for (size_t k = (size_t)(colon - t) + 1; k + 1 < le; k++) {
        if (k > 0 && t[k - 1] != ' ' && t[k - 1] != ':' && t[k - 1] != '\t' && t[k - 1] != '"')
            continue; /* a word's first byte only */
        uint8_t c = t[k], d = t[k + 1];
        if (c >= 'a' && c <= 'z' && ((d >= 'a' && d <= 'z') || d >= 0xC3 || d == '\''))
            return 1;
        if ((c == 0xC3 && d >= 0x9F) || c >= 0xC4)
            return 1; /* "à", "élève"; Cyrillic, Greek, CJK...: no case to read here */
    }
    return 0;
}

/* Whether the loop below does anything with a line that opens with c (ag61): a quote mark
 * ('>'), a frame's '~' or '@', a closing's first letter (nw_thanks_signed()'s "gmodb": letters),
 * and what line_speaker() reads on from (its first test, the same expression). A line that opens
 * with any other byte (' ', '\t', '{', '}', '#', '/', the '\n' of a blank line) leaves every test
 * of the loop false in both passes, so it is skipped once its end is found. */
static inline int speaker_open(uint8_t c)
{
    return is_alnum(c) || c >= 0xC3 || c == '[' || c == '<' || c == '*' || c == '-' || c == '>' ||
           c == '~' || c == '@';
}

int nw_chat_speakers(struct sc *s)
{
    const uint8_t *t = s->t;
    if (s->len < 8)
        return 0;
    /* a bare "Name: text" counts only when a second line opens the same way */
    size_t bare = 0, strong = 0, la = 0, lb = 0, framed = 0;
    int two_nicks = 0, roles = 0; /* roles: lower-case senders named by a role ("mum:") */
    struct nw_talk talk;          /* names_chat2.c: bare speakers by repetition, names spread */
    talk.n = talk.lines = talk.distinct = 0;
    talk.repeated = 0;
    /* the text's line ends, found once for this pass and the line passes after it */
    struct nw_lines *lines = nw_lines_of(s);
    const int quoted = s->quoted;
    /* names_chat2.c: a quoted line's addressee where the view dropped the quote's marks (every
     * line is asked, as the loop below asks a line that opens with '>') */
    for (size_t ls = 0, ln = 0; quoted && ls < s->len; ln++) {
        size_t nl = nw_line_at(lines, s, ln, ls), le = nl;
        if (le > ls && t[le - 1] == '\r')
            le--;
        int rc = ls < le ? nw_quoted_line(s, ls, le) : 0;
        if (rc < 0)
            return rc;
        ls = nl + 1;
    }
    for (int pass = 0; pass < 2 && (pass == 0 || strong || bare >= 2 || nw_talk_framed(&talk));
         pass++) {
        for (size_t ls = 0, ln = 0; ls < s->len; ln++) {
            size_t nl = nw_line_at(lines, s, ln, ls); /* '\n' or the text's end */
            if (!speaker_open(t[ls])) { /* a code line's indent, a brace, a blank line */
                ls = nl + 1;
                continue;
            }
            size_t le = nl, a = 0, b = 0;
            int nick, named, lower;
            if (le > ls && t[le - 1] == '\r')
                le--;
            if (pass == 0 && ls < le && t[ls] == '>' &&
                !quoted) { /* names_chat2.c: "> Glona, pode ..." */
                int rc = nw_quoted_line(s, ls, le);
                if (rc < 0)
                    return rc;
            }
            if (pass == 0 && le > ls + 5 && le - ls <= 18 && t[le - 1] == ',' &&
                memchr("gmodb", t[ls] | 32, 5)) {
                int rc = nw_thanks_signed(s, ls, le); /* "Grazie,\nTesca" */
                if (rc < 0)
                    return rc;
            }
            int kind = line_speaker(s, ls, le, &a, &b, &nick);
            /* names_typed53.c's senders: "anna: ", "<anna> ", "~anna: ", "@anna: " */
            framed += pass == 0 &&
                      (kind == 1 || kind == 4 || (ls < le && (t[ls] == '~' || t[ls] == '@')));
            if (pass == 0 && (kind == 3 || (kind == 1 && role_only(s, a, b)))) {
                bare++; /* "Speaker 3:", "EVERYONE:": a transcript, whose other speakers count */
                roles += kind == 1 && t[a] >= 'a' && t[a] <= 'z'; /* "me:", "mum:" (ask57) */
            } else if (kind && speaker_words(s, a, b, nick, &named, &lower)) {
                if (pass == 0 && kind == 1 && bare_ok(s, a, b, named, lower)) {
                    bare++;
                    if (!lower)
                        nw_talk_bare(&talk, s, a, b, 1);
                    if (lower && !lb) /* "sudo: ..." twice is one program, not a chat */
                        la = a, lb = b;
                    else if (lower && (b - a != lb - la || memcmp(t + a, t + la, b - a) != 0))
                        two_nicks = 1;
                } else if (pass == 0) {
                    strong += kind != 1;
                    if (kind == 1 && !lower)
                        nw_talk_bare(&talk, s, a, b, 0);
                } else if ((kind == 2 || (kind == 4 && dotted_nick(t, a, b)) ||
                            (kind == 1 && bare >= 2 && (!lower || two_nicks || (roles && lb)) &&
                             bare_ok(s, a, b, named, lower) && says_something(t, b, le)) ||
                            (kind == 1 && !lower && nw_talk_unnamed_ok(&talk, s, a, b) &&
                             says_something(t, b, le)))) {
                    nw_talk_person(&talk, s, a, b, named || nick);
                    int rc = s->emit(s->arg, ANON_NAMES_PERSON, a, b);
                    if (rc < 0)
                        return rc;
                } else if (kind == 4) {
                    nw_talk_person(&talk, s, a, b, 1); /* "<Grace> ...": chat_names() emits it */
                }
            }
            ls = nl + 1;
        }
    }
    int people = 0; /* "Zendesk:" after a time alone is no reason to look further */
    for (unsigned k = 0; k < talk.n; k++)
        people |= talk.sp[k].person == 2;
    int rc = people ? nw_talk_spread(s, &talk) : 0;
    if (rc >= 0 && people)
        rc = nw_talk_cues(s);
    return rc < 0 || strong || framed < 4 ? rc : nw_typed53_senders(s);
}

/* The word before the '@' at p, folded ("ping", "cc"), "" when there is none. */
static const char *word_before_at(const struct sc *s, size_t p, char *buf, size_t cap)
{
    size_t e = p;
    while (e > 0 && s->t[e - 1] == ' ')
        e--;
    size_t a = e;
    while (a > 0 && is_alnum(s->t[a - 1]))
        a--;
    if (a == e)
        return "";
    return nw_fold_span(s, a, e, buf, cap);
}

/* In a list of handles ("@maria, @jonas can you"), is a..b an ordinary word rather than a name?
 * The list says people: a word of another language that is a given name too ("chiara", "rui",
 * "wouter") is the name; an English word, a bot's, a team's or a role's word is not; an unknown
 * word when its letters lean to a name's, or do not lean clearly away from one when another
 * handle of the list is a given name ("@maria, @tinvasa"; named_list). */
static int list_ordinary(const struct sc *s, size_t a, size_t b, int named_list)
{
    char buf[32];
    const char *w = nw_fold_span(s, a, b, buf, sizeof buf);
    if (!*w || not_speaker(w) || (nw_cats(w) & (C_NOT | C_MONTH | C_LABEL | C_LIST | C_HON)))
        return 1;
    static const char *const teams[] = {"dev",    "devs",   "qa",       "ops",     "sre",
                                        "devops", "oncall", "frontend", "backend", "infra",
                                        "mods",   "admins", "owners",   "leads",   "reviewers"};
    if (NW_ONE_OF(w, teams))
        return 1; /* "@dev, @qa please check" */
    unsigned lx = anon_names_lexicon((const char *)s->t + a, b - a);
    if (lx & ANON_NL_GIVEN)
        return (lx & ANON_NL_COMMON_EN) && !(lx & ANON_NL_ATTESTED);
    if (!lx)
        return nw_name_shape(s->t + a, b - a) <= (named_list ? -8 : 0); /* "@nullable" */
    return (lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) != 0;
}

/* The end of a handle's letters, digits, '.', '_', '-' from a (UTF-8 letters too: "@jürgen",
 * "@joão"), its trailing '.' and '-' left out. */
static size_t handle_end(const struct sc *s, size_t a)
{
    const uint8_t *t = s->t;
    size_t e = a, l;
    while (e < s->len && e - a <= 32) {
        if (is_alnum(t[e]) || t[e] == '.' || t[e] == '_' || t[e] == '-')
            e++;
        else if (t[e] >= 0xC3 && (l = nw_letter(t + e, s->len - e)) != 0)
            e += l;
        else
            break;
    }
    while (e > a && (t[e - 1] == '.' || t[e - 1] == '-'))
        e--;
    return e;
}

/* Conjunctions of the pack's languages that join the last handle of a list ("@a, @b and @c"). */
static const char *const list_conj[] = {"and", "und",  "et", "en", "y", "e",
                                        "or",  "oder", "ou", "of", "o", "&"};

/* After a handle ending at e, another one of the same list: ", @", ",@", " @", " and @" (a
 * second handle is what makes "@maria, @jonas can you review" a list of people). Where its
 * name starts (after its '@'), or 0. */
static size_t handle_follows(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    size_t k = e;
    if (k < s->len && t[k] == ',')
        k++;
    if (k < s->len && t[k] == ' ')
        k++;
    if (k > e && k < s->len && t[k] == '@')
        return k + 1;
    size_t w = k;
    while (w < s->len && w - k < 5 && t[w] != ' ' && t[w] != '\n')
        w++;
    if (w == k || w + 1 >= s->len || t[w] != ' ' || t[w + 1] != '@' || k == e)
        return 0;
    char buf[8];
    return NW_ONE_OF(nw_fold_span(s, k, w, buf, sizeof buf), list_conj) ? w + 2 : 0;
}

/* The start of the handle's characters that end at q (letters, digits, UTF-8, '.', '_', '-'). */
static size_t handle_start(const struct sc *s, size_t q)
{
    const uint8_t *t = s->t;
    size_t w = q;
    while (w > 0 && q - w <= 32 &&
           (is_alnum(t[w - 1]) || t[w - 1] >= 0x80 || t[w - 1] == '.' || t[w - 1] == '_' ||
            t[w - 1] == '-'))
        w--;
    return w;
}

/* Before the handle at p, a handle that ends a list item: "@maria, @jonas", "@maria @jonas",
 * "@a, @b and @c". Where its name starts (after its '@'), or 0. */
static size_t handle_precedes(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t q = p, w;
    if (q > 0 && t[q - 1] == ' ')
        q--;
    if (q > 0 && t[q - 1] == ',')
        q--;
    if (q == p)
        return 0;
    if ((w = handle_start(s, q)) < q && w > 0 && t[w - 1] == '@')
        return w;
    if (t[q] != ' ' || w == q || q - w > 4 || w < 3 || t[w - 1] != ' ')
        return 0;
    char buf[8];
    if (!NW_ONE_OF(nw_fold_span(s, w, q, buf, sizeof buf), list_conj))
        return 0;
    size_t v = handle_start(s, w - 1);
    return v < w - 1 && v > 0 && t[v - 1] == '@' ? v : 0; /* "@b and @c" */
}

/* Is the handle whose name starts at a a given name by its first part ("@maria", "@jonas.k")? */
static int given_handle(const struct sc *s, size_t a)
{
    size_t e = a;
    while (e < s->len && e - a < 24 && (is_alnum(s->t[e]) || s->t[e] >= 0x80))
        e++;
    unsigned lx = e - a >= 3 ? anon_names_lexicon((const char *)s->t + a, e - a) : 0;
    return (lx & ANON_NL_GIVEN) && !(lx & ANON_NL_COMMON_EN);
}

/* Slack's "<@U024BE7LH|maria>": a user's id, then the name Slack shows for it. The display is
 * a person's unless it is a bot's or a role's word ("<!subteam^S0|devs>" and "<!here>" start
 * with '!'); emitted whole ("Maria Keller", "maria.keller"). */
static int slack_mention(struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t i = p + 1;
    if (i >= s->len || (t[i] != 'U' && t[i] != 'W'))
        return 0;
    while (i < s->len && i - p < 24 && ((t[i] >= 'A' && t[i] <= 'Z') || is_digit(t[i])))
        i++;
    if (i - p < 7 || i >= s->len || t[i] != '|')
        return 0;
    size_t a = i + 1, e = a;
    while (e < s->len && e - a <= MAX_SPEAKER && t[e] != '>' && t[e] != '<' && t[e] != '\n' &&
           t[e] != '"' && t[e] != '|')
        e++;
    if (e >= s->len || t[e] != '>' || e - a < 2 || e - a > MAX_SPEAKER)
        return 0;
    size_t b = e;
    while (b > a && t[b - 1] == ' ')
        b--;
    for (size_t k = a; k < b; k++)
        if (is_digit(t[k]) || t[k] == '@' || t[k] == '/')
            return 0;
    size_t w = a;
    while (w < b && t[w] != ' ' && t[w] != '.' && t[w] != '_' && t[w] != '-')
        w++;
    char buf[24];
    if (not_speaker(nw_fold_span(s, a, w, buf, sizeof buf)))
        return 0; /* "<@U0|jenkins>", "<@U0|slackbot>" */
    return s->emit(s->arg, ANON_NAMES_PERSON, a, b);
}

/* "@name" handles after "ping", "cc", "thanks", "ask", "from", "by", another handle, before
 * another handle of the same list ("@maria, @jonas can you"), or opening a line's message
 * ("@Anna can you", "tom: @anna did you"): any handle that is no ordinary word, bot or role.
 * Elsewhere a handle is left alone ("config.Maria or @Maria"), and never "@param", "@Override",
 * "@media" or "@types/node". Slack's "<@U024BE7LH|maria>" too (slack_mention()). */
int nw_chat_mentions(struct sc *s)
{
    const uint8_t *t = s->t;
    static const char *const cue[] = {"ping", "cc", "thanks", "thx", "ty",  "ask",
                                      "hey",  "hi", "fyi",    "by",  "from"};
    struct nw_hits *ats = nw_hits_of(s, '@'); /* kept for names_tables7.c's handles */
    for (size_t hk = 0, p = nw_hit_at(ats, s, '@', 0, 0); p < s->len;
         p = nw_hit_at(ats, s, '@', ++hk, p + 1)) {
        size_t a = p + 1, e;
        if (p > 0 && t[p - 1] == '<') {
            int rc = slack_mention(s, p);
            if (rc < 0)
                return rc;
            continue;
        }
        if (p > 0 && t[p - 1] != ' ' && t[p - 1] != '\n' && t[p - 1] != '(' && t[p - 1] != ',' &&
            t[p - 1] != '"')
            continue;
        e = handle_end(s, a);
        if (e - a < 2 || e - a > 32 || !((t[a] | 32) >= 'a' && (t[a] | 32) <= 'z'))
            if (!(e - a >= 2 && e - a <= 32 && t[a] >= 0xC3 && nw_letter(t + a, s->len - a)))
                continue;
        if (e < s->len && !strchr(" ,.:;!?)\n\r", t[e]))
            continue; /* "@types/node", "@app.route(", "a@b" */
        if (e + 1 < s->len && t[e] == '.' && is_alnum(t[e + 1]))
            continue;
        for (size_t k = a; k < e; k++)
            if (is_digit(t[k]))
                goto next;
        char buf[24];
        const char *pw = word_before_at(s, p, buf, sizeof buf);
        size_t q = p;
        while (q > 0 && t[q - 1] == ' ')
            q--;
        while (q > 0 && t[q - 1] != ' ' && t[q - 1] != '\n' && q + 34 > p)
            q--;
        int cued = NW_ONE_OF(pw, cue) || (q < p && t[q] == '@'); /* "cc @tom @maria" */
        /* "@Anna can you ...", not a doc keyword alone on its line ("@enum") */
        int opens = (p == 0 || t[p - 1] == '\n' || (p >= 2 && t[p - 2] == ':')) && e + 1 < s->len &&
                    t[e] == ' ' && t[e + 1] != '\n';
        size_t nb = handle_follows(s, e), pb = handle_precedes(s, p);
        if ((p > 0 && t[p - 1] == '(') || (pb >= 2 && t[pb - 2] == '(') || e - a < 3)
            nb = pb = 0; /* Perl's "my (@cpu, @os);", "(@as, @bs)": arrays, not people */
        /* 1 in a list of handles, 2 when a neighbour in it is a given name ("@maria, @brucori") */
        int listed =
            (nb || pb) ? 1 + ((nb && given_handle(s, nb)) || (pb && given_handle(s, pb))) : 0;
        /* every part of a dotted handle must be a name or unknown: "@security-team" is not */
        for (size_t i = a; i < e;) {
            size_t j = i;
            while (j < e && t[j] != '.' && t[j] != '_' && t[j] != '-')
                j++;
            if (j - i >= 2 && (listed ? list_ordinary(s, i, j, listed == 2) : ordinary(s, i, j)))
                goto next;
            i = j + 1;
        }
        if (e - a > 3 && t[e - 3] == 'b' && t[e - 2] == 'o' && t[e - 1] == 't')
            continue; /* "@renovatebot", "@review-bot" */
        cued |= listed;
        /* Perl's package arrays: "our ($VERSION, @ISA, @EXPORT);", "@ISA = qw(Exporter);": a
         * handle in capitals needs a cue word, and no mention opens an assignment */
        int caps = 1;
        for (size_t k = a; k < e && caps; k++)
            caps = (t[k] >= 'A' && t[k] <= 'Z') || t[k] == '_';
        if (caps && !NW_ONE_OF(pw, cue))
            continue;
        if (opens && t[e + 1] == '=')
            opens = 0;
        if (cued || opens) {
            int rc = s->emit(s->arg, ANON_NAMES_PERSON, a, e);
            if (rc < 0)
                return rc;
        }
    next:;
    }
    return 0;
}

/* "ok sameya i'll ping ...", "ask josla", "i think anna fixed it": a chat cue, then one lower-case
 * word that is no ordinary word (not even one that is also a name: "ask will") with a well-attested
 * given name's entry or a clear name's shape (>= 10); never "ping localhost", "ask questions". */
/* Where a chat cue ends at k (its 'k', a space after it): its start, or SIZE_MAX. "ping" is not
 * a cue here: looking for it at every "-ing " cost 4.5M instructions in bench_rewrite for 10 hits
 * on names_tune2 ("ping @tom" is a mention). */
static size_t cue_start(const uint8_t *t, size_t k)
{
    if (k >= 2 && t[k - 2] == 'a' && t[k - 1] == 's')
        return k - 2; /* "ask" */
    if (k >= 4 && t[k - 4] == 't' && t[k - 3] == 'h' && t[k - 2] == 'i' && t[k - 1] == 'n')
        return k - 4; /* "i think anna fixed it" */
    if (k >= 1 && t[k - 1] == 'o')
        return k - 1; /* "ok" */
    return SIZE_MAX;
}

int nw_chat_cue_at(struct sc *s, size_t k)
{
    const uint8_t *t = s->t;
    size_t p, a = k + 2, e = a;
    if (k + 2 >= s->len || t[k + 1] != ' ' || (p = cue_start(t, k)) == SIZE_MAX)
        return 0;
    if (p > 0 && is_alnum(t[p - 1]))
        return 0;
    if (e < s->len && t[e] >= 'A' && t[e] <= 'Z')
        e++; /* the lower-case text's raised copy: "ask Josla" */
    while (e < s->len && e - a <= 16 && t[e] >= 'a' && t[e] <= 'z')
        e++;
    if (e - a < 3 || e - a > 16 || (e < s->len && !strchr(" ,.!?;:\n\r", t[e])))
        return 0;
    if (e + 1 < s->len && t[e] == '.' && is_alnum(t[e + 1]))
        return 0; /* "ask example.org" */
    if (nw_typed52_chat_word(t + a, e - a))
        return 0; /* "ok fedt", "ok akkor": a reply */
    unsigned lx = anon_names_lexicon((const char *)t + a, e - a);
    int given = (lx & ANON_NL_GIVEN) && (lx & ANON_NL_ATTESTED);
    if ((lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) || ordinary(s, a, e) ||
        !(given || nw_name_shape(t + a, e - a) >= 10))
        return 0; /* "ask will", "ok general": an ordinary word even when a name */
    int rc = s->emit(s->arg, ANON_NAMES_PERSON, a, e);
    return rc < 0 ? rc : 1;
}
