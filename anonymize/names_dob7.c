/* names_dob7.c: dates of birth that no birth word beside them claims, in chats, tickets,
 * medical notes, announcements and code (branch dob7, issue 15).
 *
 * - An answer: a message that opens with a date (a few short words or the writer's name before
 *   it, little after) answers the question for a birth date asked in one of the lines above
 *   ("dob?", "wann hast du Geburtstag?", "please reply with your full name and date of birth").
 *   It is the first number said since: a message with a digit in between was the answer.
 * - An age in a bracket with the date: "Name (42 y, 04/03/1982)", "(51 J., 26.05.1974)".
 * - An announcement's words that are no birth word elsewhere: "welcomed our daughter X on",
 *   "came into the world on", "chegou ao mundo a", and after the date "... zur Welt gekommen",
 *   "... werd onze zoon X geboren".
 * - A constructor call's arguments under a birth key: "date_of_birth { Date.new(1987, 3, 4) }",
 *   "BirthDate: time.Date(1987, 3, 4, ...)", "birth_date=date(1987, 3, 4)".
 * - A chat export's own stamp ("6/9/26, 4:17 PM - ", "[15/03/2026, 19:07:56]") is no birth even
 *   right under a line that asks for one.
 *
 * Everything here runs at a date the reader found (or a year after '(') and reads only the
 * bytes around it; nothing allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* Do the bytes a..b, ASCII folded to lower case, contain w? */
static int has_ci(const uint8_t *t, size_t a, size_t b, const char *w)
{
    size_t n = strlen(w);
    for (size_t i = a; i + n <= b; i++) {
        size_t q = 0;
        while (q < n && (t[i + q] | (t[i + q] < 0x80 ? 32 : 0)) == (uint8_t)w[q])
            q++;
        if (q == n)
            return 1;
    }
    return 0;
}

/* The start of i's line, read at most 512 bytes back (a longer line is cut there): every walk
 * here is bounded, so a text of one long line costs no more than a text of many. */
static size_t line_start(const uint8_t *t, size_t i)
{
    size_t from = i;
    while (i > 0 && t[i - 1] != '\n' && from - i < 512)
        i--;
    return i;
}

/* A time "H:MM" (or "HH:MM") at i: its end, or 0. */
static size_t time_at(const uint8_t *t, size_t len, size_t i)
{
    size_t j = i;
    while (j < len && j - i < 2 && is_digit(t[j]))
        j++;
    if (j == i || j + 2 >= len || t[j] != ':' || !is_digit(t[j + 1]) || !is_digit(t[j + 2]))
        return 0;
    return j + 3;
}

int nw_dob7_stamp(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    /* the stamp opens its line or a '[': "6/9/26, 4:17 PM - X:", "[15/03/2026, 19:07:56] X:",
       "X, [23.06.2026 12:41]" */
    if (!(ds == 0 || t[ds - 1] == '\n' || t[ds - 1] == '['))
        return 0;
    size_t k = e;
    if (k < s->len && t[k] == ',')
        k++;
    if (k < s->len && t[k] == ' ')
        k++;
    return k > e && time_at(t, s->len, k) != 0;
}

/* Words that ask for a date of birth in a question's line (folded ASCII, matched anywhere, or
 * UTF-8 as written): the birth words of nw_birth_word_at() and the birthday's own words. */
static const char *const ask_words[] = {
    "birthday", "anniversaire", "jarig", "cumple",   "compleanno", "anivers", "naciste",
    "nacist",   "nato?",        "nata?", "nasceste", "nato ",      "nata "};
/* A request or a question's word in a line with no question mark: "need your DOB", "please
 * reply with ...", "what's your dob". */
static const char *const request_words[] = {
    "need",    "send",          "please", "reply",   "give",       "tell",    "confirm", "provide",
    "brauch",  "bitte",         "schick", "angeb",   "il me faut", "merci d", "envoie",  "indiqu",
    "nodig",   "stuur",         "geef",   "necesit", "manda",      "dime",    "serve",   "dimmi",
    "indichi", "preciso",       "diga",   "what",    "when",       "wann",    "welch",   "quand",
    "quel",    "cu\303\241ndo", "cual",   "quando",  "qual",       "wanneer", "welk"};

/* Does the line ls..le ask for a birth date (a birth word and '?' or a request after it, no
 * digit after the birth word)? */
static int asks_birth(const struct sc *s, size_t ls, size_t le)
{
    const uint8_t *t = s->t;
    size_t w = le;
    for (size_t k = ls; k < le && w == le; k++)
        if ((k == ls || !(is_alnum(t[k - 1]) || t[k - 1] >= 0x80)) && nw_birth_word_at(s, k, le))
            w = k;
    if (w == le)
        for (size_t a = 0; a < sizeof ask_words / sizeof ask_words[0] && w == le; a++)
            for (size_t k = ls; k + strlen(ask_words[a]) <= le; k++)
                if ((t[k] | 32) == (uint8_t)ask_words[a][0] &&
                    has_ci(t, k, k + strlen(ask_words[a]), ask_words[a])) {
                    w = k;
                    break;
                }
    if (w == le)
        return 0;
    for (size_t k = w; k < le; k++)
        if (is_digit(t[k]))
            return 0;                      /* "DOB 04/03/1987" answered itself */
    size_t n = nw_birth_word_at(s, w, le); /* "Riedmüller geb. Danderford": a maiden name */
    if (n && w + n + 1 < le && t[w + n - 1] == '.' && t[w + n] == ' ' &&
        nw_upper(t + w + n + 1, le - w - n - 1))
        return 0;
    const uint8_t *c = memchr(t + w, ':', le - w);
    if (c && !memchr(c, '?', (size_t)(t + le - c))) {
        size_t v = (size_t)(c - t) + 1; /* "Geburtsort: Passau": a field with its value (dob45) */
        while (v < le && (t[v] == ' ' || t[v] == '\t'))
            v++;
        if (v < le && nw_letter(t + v, le - v))
            return 0;
    }
    if (memchr(t + w, '?', le - w))
        return 1;
    for (size_t a = 0; a < sizeof request_words / sizeof request_words[0]; a++)
        if (has_ci(t, ls, le, request_words[a]))
            return 1;
    return nw_dob8_request(t, ls, le); /* "dob pls", "pasame tu fecha de nac" (names_dob8.c) */
}

/* The message body's start on the line of a: after the speaker's ": " or an IRC nick's "> "
 * ("[10:12] <anna> ..."), or at the line's start. A line that is a header alone ("Tolvar  4:32
 * PM", "X, [23.06.2026 12:41]") has no body. */
static size_t body_start(const uint8_t *t, size_t ls, size_t le)
{
    int nick = 0;
    for (size_t k = ls; k + 1 < le && k - ls < 96; k++) {
        if ((t[k] == ':' || (t[k] == '>' && nick)) && t[k + 1] == ' ')
            return k + 2;
        nick |= t[k] == '<';
    }
    size_t b = nw_dob9_body(t, ls, le); /* "[Mum] ...", "Mum - ..." (names_dob9.c) */
    return b ? b : ls;
}

static int header_line(const uint8_t *t, size_t len, size_t ls, size_t le)
{
    size_t k = le;
    while (k > ls && (t[k - 1] == ' ' || t[k - 1] == '\r' || t[k - 1] == ']'))
        k--;
    if (k >= ls + 2 && (t[k - 1] == 'M' || t[k - 1] == 'm') && strchr("APap", t[k - 2]))
        for (k -= 2; k > ls && t[k - 1] == ' ';)
            k--;
    size_t b = k;
    while (b > ls && k - b < 5 && (is_digit(t[b - 1]) || t[b - 1] == ':'))
        b--;
    return b < k && time_at(t, len, b) == k;
}

/* A line of one to four capitalised words alone: a speaker's name over its message (Teams). */
static int name_line(const uint8_t *t, size_t len, size_t ls, size_t le)
{
    int words = 0;
    for (size_t k = ls; k < le; k++) {
        if (t[k] == ' ')
            continue;
        if (!(nw_letter(t + k, len - k) || t[k] >= 0x80 || t[k] == '-' || t[k] == '.'))
            return 0;
        if ((k == ls || t[k - 1] == ' ') && (++words > 4 || !nw_upper(t + k, len - k)))
            return 0;
    }
    return words > 0;
}

/* The bytes ls..c before a line's ": " name a speaker: a stamp or a bracket in them ("[1/2/26,
 * 10:11] Mi", "Customer (10:47)"), or one to three words, the last of which is no field that holds
 * a date of its own ("Date:", "Sent:", "Termin:", "Due:") nor a word that is never a name. */
static int speaker(const struct sc *s, size_t ls, size_t c)
{
    static const char *const fields[] = {
        "date",    "datum",       "data",      "fecha",   "sent",      "gesendet", "envoy\303\251",
        "enviado", "inviato",     "verzonden", "created", "updated",   "due",      "deadline",
        "termin",  "appointment", "delivery",  "rdv",     "cita",      "when",     "wann",
        "quand",   "time",        "expires",   "expiry",  "issued",    "subject",  "betreff",
        "objet",   "asunto",      "oggetto",   "assunto", "onderwerp", "re",       "from",
        "von",     "de",          "da",        "van",     "to",        "an",       "cc"};
    const uint8_t *t = s->t;
    for (size_t k = ls; k < c; k++)
        if (is_digit(t[k]) || t[k] == ')' || t[k] == ']')
            return 1;
    size_t w = c, words = 0;
    while (w > ls && t[w - 1] == ' ')
        w--;
    size_t we = w;
    while (w > ls && (nw_letter(t + w - 1, 1) || t[w - 1] >= 0x80 || t[w - 1] == '.'))
        w--;
    for (size_t k = ls; k < c; k++)
        words += (k == ls || t[k - 1] == ' ') && t[k] != ' ';
    char buf[16];
    const char *f = w < we ? nw_fold_span(s, w, we, buf, sizeof buf) : NULL;
    return f && words <= 3 && !NW_ONE_OF(f, fields) &&
           (!nw_not_name(f) || nw_dob8_self_speaker(f)); /* "me: 12/03/91" (names_dob8.c) */
}

/* The date at ds..e opens a message and the lines above ask for a birth date. */
static int answers_question(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    size_t le = e, k;
    int words = 0;
    for (; le < s->len && t[le] != '\n' && le - e < 32; le++) {
        if (is_digit(t[le]))
            return 0; /* more numbers on the line: a log record, a list of dates */
        if (nw_letter(t + le, s->len - le) && !nw_letter(t + le - 1, 1))
            words++;
    }
    if ((le < s->len && t[le] != '\n') || words > 1)
        return 0; /* the date alone, an emoji, one word ("why", "wieso"): not "2026-03-20 works
                     for the visit?" */
    size_t ls = line_start(t, ds), b = body_start(t, ls, ds);
    if ((ls > 0 && t[ls - 1] != '\n') || ds - b > 32 || (b > ls && !speaker(s, ls, b - 2)))
        return 0;   /* a line longer than line_start() reads is no chat message */
    int quoted = 0; /* a mail's reply under the quoted question: "> your date of birth?\n\n..." */
    if (b == ls) {  /* the message's header or its speaker's turn is the line above */
        if (ls == 0)
            return 0;
        size_t ps = line_start(t, ls - 1), pb = body_start(t, ps, ls - 1);
        if (ps > 0 && t[ps - 1] != '\n')
            return 0;
        quoted = ps == ls - 1 || t[ps] == '>';
        if (!quoted && !header_line(t, s->len, ps, ls - 1) && !(pb > ps && speaker(s, ps, pb - 2)))
            return 0;
    }
    int caps = 0;
    for (k = b; k < ds; k++) {
        if (is_digit(t[k]))
            return 0;
        if ((k == b || t[k - 1] == ' ') && nw_upper(t + k, ds - k))
            caps++;
    }
    if (caps > 4)
        return 0;
    /* the lines above, nearest first: headers pass, a body with a digit ends the look */
    size_t end = ls;
    int said = 0;
    for (int lines = 0; lines < 12 && end > 0 && ls - end < 1024; lines++) {
        size_t pe = end - 1, ps = line_start(t, pe);
        if (ps > 0 && t[ps - 1] != '\n')
            return 0;
        if (!header_line(t, s->len, ps, pe) && !name_line(t, s->len, ps, pe)) {
            if (asks_birth(s, ps, pe))
                return !quoted || t[ps] == '>';
            if (++said > 2 || memchr(t + ps, '?', pe - ps))
                return 0; /* another question, or the talk moved on */
            for (k = body_start(t, ps, pe); k < pe; k++)
                if (is_digit(t[k]))
                    return 0;
        }
        end = ps;
    }
    return 0;
}

/* "(42 y, 04/03/1982)": an age, its unit and a comma right before the date after '('. */
static int age_bracket(const struct sc *s, size_t ds)
{
    static const char *const units[] = {"y",           "yo", "yrs",  "years",     "j",    "jahre",
                                        "ans",         "jr", "jaar", "a",         "anni", "anos",
                                        "a\303\261os", "aa", "ani",  "\303\245r", "y.o"};
    const uint8_t *t = s->t;
    if (ds < 6 || t[ds - 1] != ' ' || t[ds - 2] != ',')
        return 0;
    size_t q = ds - 2;
    if (t[q - 1] == '.')
        q--;
    size_t u = q;
    while (u > 0 && q - u < 6 && (nw_letter(t + u - 1, 1) || t[u - 1] >= 0x80 || t[u - 1] == '.'))
        u--; /* "y", "J.", "y.o." */
    char buf[8];
    const char *f = u < q ? nw_fold_span(s, u, q, buf, sizeof buf) : NULL;
    if (!f || !NW_ONE_OF(f, units))
        return 0;
    if (u > 0 && t[u - 1] == ' ')
        u--;
    size_t n = u;
    while (n > 0 && u - n < 3 && is_digit(t[n - 1]))
        n--;
    return n < u && n > 0 && t[n - 1] == '(';
}

/* An announcement's words before the date on its line, with no digit or sentence end between:
 * "welcomed our daughter X on", "came into the world on", "chegou ao mundo a". */
static int announced_before(const struct sc *s, size_t ds)
{
    static const char *const words[] = {"into the world", "ao mundo",         "au monde",
                                        "zur welt",       "ter wereld",       "gave birth",
                                        "dio a luz",      "deu \303\240 luz", "a vu le jour",
                                        "welcomed",       "auf die welt",     "arrived"};
    static const char *const family[] = {"daughter", " son ",    "baby",          "twins", "girl",
                                         "boy",      "grandson", "granddaughter", "little"};
    const uint8_t *t = s->t;
    size_t a = ds > 72 ? ds - 72 : 0;
    for (size_t k = ds; k > a; k--)
        if (is_digit(t[k - 1]) || t[k - 1] == '\n' || (t[k - 1] == '.' && k < ds && t[k] == ' ')) {
            a = k;
            break;
        }
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
        if (has_ci(s->t, a, ds, words[w])) {
            if (words[w][0] != 'w' && words[w][1] != 'r') /* "welcomed", "arrived": a baby's */
                return 1;
            for (size_t f = 0; f < sizeof family / sizeof family[0]; f++)
                if (has_ci(s->t, a, ds, family[f]))
                    return 1;
        }
    return 0;
}

/* After the date, in its clause: "... zur Welt gekommen", "... werd onze zoon X geboren", "...
 * è venuto al mondo X": only words between (no digit, comma or sentence end). */
static int announced_after(const struct sc *s, size_t e)
{
    static const char *const words[] = {"zur welt", "ter wereld", "al mondo",     "al mundo",
                                        "ao mundo", "au monde",   "auf die welt", "geboren",
                                        "nata",     "nato",       "naci",         "nasceu"};
    const uint8_t *t = s->t;
    size_t z = e;
    while (z < s->len && z - e < 56 && !is_digit(t[z]) && !strchr(",;.\n()", t[z]))
        z++;
    static const char *const aux[] = {"werd",     "wurde", "is",  "ist",
                                      "\303\250", "fue",   "foi", "est"};
    size_t f = e;
    while (f < z && t[f] == ' ')
        f++;
    size_t fe = f;
    while (fe < z && (nw_letter(t + fe, 1) || t[fe] >= 0x80))
        fe++;
    char buf[8];
    const char *fw = f < fe ? nw_fold_span(s, f, fe, buf, sizeof buf) : NULL;
    /* a bare verb only right after the date or after its auxiliary: "is op ... geboren", "Op
       ... werd onze zoon X geboren"; not "am ... in Zwolle Maria geboren" (Maria's) */
    int verb_ok = fw && NW_ONE_OF(fw, aux);
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
        for (size_t k = e; k + strlen(words[w]) <= z && (w < 7 || verb_ok || k == f); k++)
            if (t[k - 1] == ' ' && has_ci(t, k, k + strlen(words[w]), words[w]) &&
                (k + strlen(words[w]) == z || !nw_letter(t + k + strlen(words[w]), 1) ||
                 words[w][strlen(words[w]) - 1] == 'i'))
                return 1;
    return 0;
}

/* A star glued to the date after a name or a bracket, as medical and genealogical notes mark a
 * birth ("Keller, Maria *04.03.1982", "(42 J., *04.03.1982)"); not a Markdown bullet (a space
 * after the star, or the line's start) nor emphasis ("*12.05.2026*"). */
static int glued_star(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    return ds >= 3 && t[ds - 1] == '*' &&
           (t[ds - 2] == '(' || (t[ds - 2] == ' ' && t[ds - 3] != ' ' && t[ds - 3] != '\n')) &&
           !(e < s->len && t[e] == '*');
}

int nw_dob7_answer(const struct sc *s, size_t ds, size_t e)
{
    return answers_question(s, ds, e);
}

int nw_dob7_birth(const struct sc *s, size_t ds, size_t e)
{
    return age_bracket(s, ds) || glued_star(s, ds, e) || announced_before(s, ds) ||
           announced_after(s, e) || answers_question(s, ds, e);
}

size_t nw_dob7_ctor(const struct sc *s, size_t i, size_t d, size_t *ds)
{
    const uint8_t *t = s->t;
    unsigned v[3] = {0, 0, 0};
    size_t k = i;
    for (int a = 0; a < 3; a++) {
        size_t st = k;
        while (k < s->len && k - st < 4 && is_digit(t[k]))
            v[a] = v[a] * 10 + (unsigned)(t[k++] - '0');
        if (k == st || (a == 0 && k != d))
            return 0;
        if (a < 2) {
            if (k >= s->len || t[k] != ',')
                return 0;
            k++;
            if (k < s->len && t[k] == ' ')
                k++;
        }
    }
    if (k < s->len && is_alnum(t[k]))
        return 0;
    if (v[0] < 1900 || v[0] > 2099 || v[1] > 12 || v[2] < 1 || v[2] > 31)
        return 0;
    /* the callee: "Date.new", "LocalDate.of", "time.Date", "date", "datetime", "DateTime" */
    size_t c = i - 1;
    while (c > 0 && i - 1 - c < 32 && (is_alnum(t[c - 1]) || strchr("._:", t[c - 1])))
        c--;
    if (!has_ci(t, c, i - 1, "date") && !has_ci(t, c, i - 1, "time."))
        return 0;
    *ds = i;
    return nw_birth_before(s, c) ? k : 0;
}

int nw_dob7_verb_final(const struct sc *s, size_t wb, size_t wend, size_t p)
{
    static const char *const conj[] = {"und", "en"};
    const uint8_t *t = s->t;
    size_t k = wb, comma = 0;
    for (size_t q = wend; q < p && !comma; q++) {
        comma = t[q] == ',' || t[q] == ';';
        if (t[q] == ' ' && q + 1 < p && nw_letter(t + q + 1, 1)) {
            size_t e = q + 1;
            while (e < p && nw_letter(t + e, 1))
                e++;
            char buf[8];
            const char *f = e < p && t[e] == ' ' ? nw_fold_span(s, q + 1, e, buf, sizeof buf) : 0;
            if (f && NW_ONE_OF(f, conj) && wend - wb == 7 && has_ci(t, wb, wend, "geboren"))
                return 1; /* "in Lyon geboren und am ... nach Graz gezogen", "geboren in Lyon en
                             verhuisde op ...": a second clause's date */
        }
    }
    if (!comma)
        return 0;
    if (wend + 2 < p && t[wend] == ',' && t[wend + 1] == ' ' && t[wend + 2] >= 'a' &&
        t[wend + 2] <= 'z' && wend - wb == 7 && has_ci(t, wb, wend, "geboren"))
        return 1; /* "Ich bin in Kiel geboren, der Termin ist am ...": the verb ended its clause */
    while (k > 0 && wb - k < 48 && t[k - 1] != '\n' && !(t[k - 1] == '.' && t[k] == ' ')) {
        if (is_digit(t[k - 1]))
            return 1; /* "am 4.3.1959 geboren, der Termin ist am ...": the verb closed its clause */
        k--;
    }
    return 0;
}

int nw_dob7_party(const struct sc *s, size_t i)
{
    static const char *const party[] = {"fiesta",  "festa",  "f\303\252te", "feestje",
                                        "impreza", "oslava", "petrecere"};
    /* voice57: the party after the birthday word, in its compound or the next word, before any
     * digit ("fødselsdagsfest 20. december 2026", "dogum gunu partisi 4.3.25") */
    static const char *const after[] = {"fest", "feier", "party", "partisi", "bileet", "buli"};
    size_t a = i > 14 ? i - 14 : 0;
    for (size_t k = 0; k < sizeof party / sizeof party[0]; k++)
        if (has_ci(s->t, a, i, party[k]))
            return 1;
    size_t e = i;
    while (e < s->len && e - i < 32 && s->t[e] != '\n' && !is_digit(s->t[e]))
        e++;
    for (size_t k = 0; k < sizeof after / sizeof after[0]; k++)
        if (has_ci(s->t, i, e, after[k]))
            return 1;
    return 0;
}

unsigned nw_dob7_short_year(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    if (e < ds + 8 || !is_digit(t[e - 1]) || !is_digit(t[e - 2]) || !strchr("./-", t[e - 3]) ||
        !is_digit(t[e - 4]))
        return 0; /* "21.11.26", "11/09/54": a numeric date's two-digit year */
    return (unsigned)(t[e - 2] - '0') * 10 + (unsigned)(t[e - 1] - '0');
}

unsigned nw_dob7_widen(unsigned yy, unsigned ref, int after)
{
    if (after) /* the first year at least 12 after ref that ends in yy */
        return ref + 12 + (yy + 100 - (ref + 12) % 100) % 100;
    return ref - 12 - ((ref - 12) % 100 + 100 - yy) % 100; /* the last one 12 before it */
}
