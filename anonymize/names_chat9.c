/* names_chat9.c: people in gaming, league, call-in and RSVP chats (branch chat9).
 *
 * nw_chat9_ctx() gives a weak context (never a strong one) to a run by the line it stands in,
 * each shape structural and shared by the pack's languages:
 * - an IRC or clan nick in angle brackets opening a line, or after a "[21:04] " stamp
 *   ("<Maria> gg", "[21:04] <Jonas Weber> push mid"); never a bot or a service ("<ChanServ>",
 *   "<Nightbot>", "<Carl-bot>"): a nick with a capital inside, capitals only or digits is a
 *   gamer tag and has no name's shape;
 * - the run alone in a parenthesis that closes a list line after a team, a count or "+1"
 *   ("Gunners United (Maria) 7-3", "Hakuna Matata (Jonas K.)", "+1 (Jonas)", "table for 4
 *   (Jonas) 20:00"); "(City)", "(PPR)", "(3-1)", "(this week)", "(London)" are no name;
 * - a numbered line whose run a parenthesis or a town closes ("1 - Maria Keller (vegetarian)",
 *   "4 - Lena (Cork)"), a run that a count closes at a line's start ("Maria x2");
 * - "me + X", "X + me", "me and X", "X and me" with each language's first-person pronoun;
 * - a league's role before the run ("Treasurer Maria", "Kassenwart Jonas"), "yes - X".
 * A lone word must be a given name of the lexicon or an unknown word with a name's shape; radio
 * segments ("Traffic", "Verkeer", "Meteo") are no person in these slots. Every test starts from
 * the byte right before or after the run, so maybe_context() asks it of every unknown run for a
 * few byte compares.
 */
#include "anonymize/names_internal.h"

#include <string.h>

#define CHAT9_SHAPE 6 /* a lone unknown word's name-shape score, at least (as names_context2.c) */

/* Bots and services that speak in a channel like people do. */
static const char *const bots[] = {
    "chanserv", "nickserv", "memoserv",   "operserv",       "hostserv", "botserv", "nightbot",
    "moobot",   "fossabot", "streamlabs", "streamelements", "dyno",     "mee",     "mudae",
    "rythm",    "groovy",   "wizebot",    "server",         "system",   "admin"};

/* A radio show's segments and a chat's slots that are no caller. */
static const char *const segments[] = {
    "traffic",  "weather",     "news",         "sport",    "sports",   "travel",   "verkehr",
    "wetter",   "nachrichten", "météo",        "meteo",    "trafic",   "infos",    "verkeer",
    "weer",     "nieuws",      "tráfico",      "tiempo",   "noticias", "traffico", "notizie",
    "trânsito", "transito",    "meteorologia", "notícias", "bye",      "tbd",      "tba"};

/* Each language's first-person pronoun in "me + X", "X and me". */
static const char *const me[] = {"me", "ich", "moi", "ik", "yo", "io", "eu", "mij", "mich"};
/* And the words that join it to the name. */
static const char *const joins[] = {"and", "und", "et", "en", "y", "e", "&", "+"};
/* "yes - X" in a reply list. */
static const char *const yes[] = {"yes", "ja", "oui", "sí", "si", "sì", "sim", "going"};

/* The word t[a .. e) may be a name here: capitalised, letters only past its first, a given name
 * of the lexicon, or no ordinary word, brand, month, weekday, city, bot or segment and a lexicon
 * name or an unknown word of a name's shape. */
static int name_word(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    if (e - a < 2 || e - a > 30 || !nw_upper(t + a, s->len - a))
        return 0;
    for (size_t k = a + nw_upper(t + a, s->len - a); k < e;) {
        size_t n = nw_letter(t + k, e - k);
        if (t[k] == '\'' || t[k] == '-') {
            k++;
            continue;
        }
        if (!n || nw_upper(t + k, e - k))
            return 0; /* "ChanServ", "PPR", "GG_EZ", "MEE6" */
        k += n;
    }
    char b[40];
    const char *w = nw_fold_span(s, a, e, b, sizeof b);
    if (!*w || nw_month(w) || nw_one_of(w, nw_days, nw_ndays) || NW_ONE_OF(w, bots) ||
        NW_ONE_OF(w, segments))
        return 0;
    size_t n = strlen(w);
    if (n > 3 && (strcmp(w + n - 3, "bot") == 0 || strcmp(w + n - 4, "serv") == 0))
        return 0;
    unsigned f = nw_lexicon_in(t, s->len, a, e);
    if ((f & ANON_NL_GIVEN) &&
        (!(f & ANON_NL_COMMON_EN) || ((f & ANON_NL_ATTESTED) && !(f & ANON_NL_COMMON))))
        return !nw_city_name(w);
    if (nw_not_name(w) || nw_brand(w, 1) || nw_city_name(w) || nw_place_word(w, 1))
        return 0;
    if (f) /* a name of the lexicon that is no English word ("Maria", "Marta"), as
              names_context2.c's lone words */
        return nw_lexname(f) &&
               (!(f & ANON_NL_COMMON_EN) ||
                (f & (ANON_NL_GIVEN | ANON_NL_ATTESTED)) == (ANON_NL_GIVEN | ANON_NL_ATTESTED));
    return e - a >= 3 && nw_name_shape(t + a, e - a) >= CHAT9_SHAPE;
}

/* The word at a (letters, '\'', '-'): its length. */
static size_t word_len(const struct sc *s, size_t a)
{
    size_t j = a, n;
    while (j < s->len &&
           ((n = nw_letter(s->t + j, s->len - j)) || s->t[j] == '\'' || s->t[j] == '-'))
        j += n ? n : 1;
    return j - a;
}

/* The word at a is a given name of the lexicon. */
static int given_at(const struct sc *s, size_t a)
{
    unsigned f = nw_lexicon_in(s->t, s->len, a, a + word_len(s, a));
    return (f & ANON_NL_GIVEN) &&
           (!(f & ANON_NL_COMMON_EN) || ((f & ANON_NL_ATTESTED) && !(f & ANON_NL_COMMON)));
}

/* Every word of the run (one to three, particles allowed inside) is a name's. */
static int run_ok(const struct sc *s, size_t a, size_t e)
{
    size_t i = a, words = 0;
    while (i < e) {
        size_t j = i;
        while (j < e && s->t[j] != ' ')
            j++;
        char b[16];
        if (!(words > 0 && j - i <= 6 && nw_particle(nw_fold_span(s, i, j, b, sizeof b))) &&
            !name_word(s, i, j))
            return 0;
        if (++words > 3)
            return 0;
        i = j + 1;
    }
    return words > 0;
}

/* The line's start before i. */
static size_t line_start(const struct sc *s, size_t i)
{
    while (i > 0 && s->t[i - 1] != '\n')
        i--;
    return i;
}

/* Does the line holding i start at most max bytes before it? Asked before a test that needs no
 * more: a whole request body (the names prescan's) is one line of JSON, and walking it back for
 * every run cost the prescan of an agent's 280 KB turn 29M instructions. */
static int line_near(const struct sc *s, size_t i, size_t max)
{
    for (size_t k = i; k > 0 && i - k <= max; k--)
        if (s->t[k - 1] == '\n')
            return 1;
    return i <= max;
}

/* The line's end from i ('\r' left out). */
static size_t line_end(const struct sc *s, size_t i)
{
    size_t e = nw_line_end_at(s, i); /* names_internal.h: the text's line table */
    return e > i && s->t[e - 1] == '\r' ? e - 1 : e;
}

/* A list marker from ls ("1. ", "12 - ", "- ", "* ", "#3 "): its end, ls when none. */
static size_t marker_end(const struct sc *s, size_t ls, size_t lim, int *numbered)
{
    const uint8_t *t = s->t;
    size_t k = ls;
    *numbered = 0;
    if (k < lim && t[k] == '#')
        k++;
    while (k < lim && k - ls < 4 && is_digit(t[k]))
        k++;
    *numbered = k > ls;
    if (k + 2 < lim && k > ls && (t[k] == '.' || t[k] == ')') && t[k + 1] == ' ')
        return k + 2;
    if (k + 3 <= lim && t[k] == ' ' && t[k + 1] == '-' && t[k + 2] == ' ')
        return k + 3;
    if (k == ls && k + 2 <= lim && (t[k] == '-' || t[k] == '*') && t[k + 1] == ' ')
        return k + 2;
    *numbered = 0;
    return ls;
}

/* "<X> text" opening a line or after "[21:04] ": a, e the run inside the brackets. */
static int irc_nick(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    if (e + 1 >= s->len || t[e] != '>' || t[e + 1] != ' ')
        return 0;
    size_t lt = a - 1;
    if (!(lt == 0 || t[lt - 1] == '\n' || (lt >= 3 && t[lt - 1] == ' ' && t[lt - 2] == ']')))
        return 0;
    if (lt > 0 && t[lt - 1] == ' ') { /* "[21:04] ", "[21:04:11] " */
        size_t k = lt - 2;
        while (k > 0 && (is_digit(t[k - 1]) || t[k - 1] == ':'))
            k--;
        if (k == 0 || t[k - 1] != '[' || (k >= 2 && t[k - 2] != '\n') || lt - 2 - k < 4)
            return 0;
    }
    return run_ok(s, a, e);
}

/* After ')' at p: the line ends, or a score, a time or "vs" follows. */
static int paren_tail(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t le = line_end(s, p);
    if (p == le)
        return 1;
    if (t[p] != ' ' || p + 1 >= le)
        return 0;
    uint8_t c = t[p + 1];
    return is_digit(c) || (c == 'v' && p + 3 < le && t[p + 2] == 's' && t[p + 3] == ' ') ||
           ((c == '-' || c == '|') && p + 2 < le && t[p + 2] == ' ');
}

/* Another "(Given)" or "(X K.)" within 512 bytes of the '(' at o. */
static int owner_near(const struct sc *s, size_t o)
{
    const uint8_t *t = s->t;
    size_t lo = o > 512 ? o - 512 : 0, hi = s->len - o > 512 ? o + 512 : s->len;
    for (const uint8_t *p = memchr(t + lo, '(', hi - lo); p;
         p = memchr(p + 1, '(', hi - (size_t)(p + 1 - t))) {
        size_t k = (size_t)(p - t) + 1, n;
        if (k == o + 1 || k >= hi || !is_up(t[k]))
            continue;
        if ((n = word_len(s, k)) == 0 || k + n + 1 >= hi)
            continue;
        if ((t[k + n] == ')' && given_at(s, k)) ||
            (k + n + 3 < hi && t[k + n] == ' ' && is_up(t[k + n + 1]) && t[k + n + 2] == '.' &&
             t[k + n + 3] == ')'))
            return 1;
        if (p + 1 >= t + hi)
            break;
    }
    return 0;
}

/* "(X)" or "(X K.)" closing a list line after a team, a count or "+1": a, e the run. */
static int paren_owner(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    size_t p = e;
    if (p + 3 < s->len && t[p] == ' ' && is_up(t[p + 1]) && t[p + 2] == '.')
        p += 3; /* "Jonas K." */
    if (p >= s->len || t[p] != ')' || a < 3 || t[a - 2] != ' ' || !paren_tail(s, p + 1) ||
        !line_near(s, a - 2, 64))
        return 0;
    size_t ls = line_start(s, a - 2), q = a - 2;
    if (q - ls > 64 || q == ls)
        return 0;
    uint8_t c = t[q - 1];
    if (is_digit(c)) { /* "+1 (X)", "table for 4 (X)" */
        size_t k = q - 1;
        while (k > ls && is_digit(t[k - 1]))
            k--;
        if (k == ls + 1 && t[ls] == '+')
            return run_ok(s, a, e); /* "+1 (X)" */
        /* "table for 4 (X)": a given name, or an unknown word of a clear name's shape (not
         * "Tisch für 4 (Fenster)") */
        return k > ls && t[k - 1] == ' ' && run_ok(s, a, e) &&
               (given_at(s, a) || nw_name_shape(t + a, word_len(s, a)) >= 10);
    }
    /* a team: capitalised words from the line's start (after a marker, or after "(X) vs ") */
    int numbered;
    size_t m = marker_end(s, ls, q, &numbered), w = m;
    const uint8_t *vs = NULL;
    for (size_t k = m; k + 4 < q; k++)
        if (t[k] == ')' && t[k + 1] == ' ' && t[k + 2] == 'v' && t[k + 3] == 's' && t[k + 4] == ' ')
            vs = t + k + 5;
    if (vs)
        w = (size_t)(vs - t);
    if (w >= q || !(is_up(t[w]) || t[w] >= 0xC3))
        return 0;
    for (size_t k = w; k < q; k++)
        if (t[k] == '(' || t[k] == ':' || t[k] == ',' || t[k] == '.' || t[k] == '?' || t[k] == '!')
            return 0; /* a sentence, a label: "Paris (France)" is left to the places */
    /* one word before the brackets ("4 - Lena (Cork)", "2 - Marta (Sevilla)") or a person
     * ("Maria Keller (Jonas)"): they hold a town or a nickname, no owner */
    if (!memchr(t + w, ' ', q - 1 - w) || (run_ok(s, w, q - 1) && given_at(s, w)))
        return 0;
    /* an unknown word alone is an owner only beside another owner that the lexicon knows or
     * that an initial closes: "Agenda\nRelease Notes (Vertrieb)" holds departments */
    return run_ok(s, a, e) && (p > e || given_at(s, a) || owner_near(s, a - 1));
}

/* "1 - X (vegetarian)", "4 - X (Cork)", "N. X x2", "X x2": a numbered line or a count. */
static int numbered_run(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    if (!line_near(s, a, 8)) /* marker_end() ends 8 bytes past the line's start at most */
        return 0;
    size_t ls = line_start(s, a), le = line_end(s, e);
    int numbered;
    if (marker_end(s, ls, a, &numbered) != a)
        return 0;
    if (e + 3 <= le && t[e] == ' ' && t[e + 1] == 'x' && is_digit(t[e + 2]) &&
        (e + 3 == le || (e + 4 <= le && (t[e + 3] == ' ' || is_digit(t[e + 3])))))
        return run_ok(s, a, e); /* "Maria x2" */
    if (!numbered || e + 3 >= le || t[e] != ' ' || t[e + 1] != '(' || t[le - 1] != ')')
        return 0;
    for (size_t k = e + 2; k + 1 < le; k++)
        if (t[k] == '(' || t[k] == ')' || is_digit(t[k]))
            return 0; /* "1 - Leeds (3 calls)" */
    return run_ok(s, a, e);
}

/* The previous word before i (spaces skipped), raw: its start in *ws, its length. */
static size_t raw_prev(const struct sc *s, size_t i, size_t *ws)
{
    const uint8_t *t = s->t;
    while (i > 0 && t[i - 1] == ' ')
        i--;
    size_t k = i;
    while (k > 0 && i - k < 16 && t[k - 1] != ' ' && t[k - 1] != '\n')
        k--;
    *ws = k;
    return i - k;
}

/* "me + X", "ich und X", "yes - X" before the run at a. */
static int before_run(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    size_t ws, ws2, n = raw_prev(s, a, &ws);
    if (!n || n > 14)
        return 0;
    char b[24], b2[24];
    const char *w = nw_fold_span(s, ws, ws + n, b, sizeof b);
    if (!*w && t[ws] == '+' && n == 1)
        w = "+";
    if (!*w && t[ws] == '-' && n == 1)
        w = "-";
    if (strcmp(w, "-") == 0 || NW_ONE_OF(w, joins)) {
        size_t n2 = raw_prev(s, ws, &ws2);
        if (!n2 || n2 > 14 || (ws2 > 0 && t[ws2 - 1] != ' ' && t[ws2 - 1] != '\n'))
            return 0;
        const char *w2 = nw_fold_span(s, ws2, ws2 + n2, b2, sizeof b2);
        if (strcmp(w, "-") == 0)
            return NW_ONE_OF(w2, yes) && run_ok(s, a, e);
        return NW_ONE_OF(w2, me) && run_ok(s, a, e); /* "me + X", "ich und X" */
    }
    return 0;
}

/* "X + me", "X and me", "X und ich" after the run at e. */
static int me_after(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    if (e + 4 >= s->len || t[e] != ' ')
        return 0;
    size_t j = e + 1;
    while (j < s->len && j - e < 5 && t[j] != ' ')
        j++;
    if (j + 2 >= s->len || t[j] != ' ')
        return 0;
    char b[8], b2[8];
    const char *w = t[e + 1] == '+' && j == e + 2 ? "+" : nw_fold_span(s, e + 1, j, b, sizeof b);
    if (!NW_ONE_OF(w, joins))
        return 0;
    size_t k = j + 1;
    while (k < s->len && k - j < 6 && is_alnum(t[k]))
        k++;
    if (k < s->len && is_alnum(t[k]))
        return 0;
    return NW_ONE_OF(nw_fold_span(s, j + 1, k, b2, sizeof b2), me) && run_ok(s, a, e);
}

int nw_chat9_ctx(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    if (end >= s->len)
        return 0;
    uint8_t b = start ? t[start - 1] : '\n', c = t[end];
    if (b == '<')
        return irc_nick(s, start, end);
    if (b == '(')
        return paren_owner(s, start, end);
    if (c == ' ' && end + 1 < s->len) {
        uint8_t d = t[end + 1];
        if ((d == 'x' || d == '(') && numbered_run(s, start, end))
            return 1;
        if ((d == '+' || d == 'a' || d == 'u' || d == 'e' || d == 'y' || d == '&') &&
            me_after(s, start, end))
            return 1;
    }
    uint8_t l = start >= 3 ? t[start - 2] : 0; /* the last byte of "and", "et", "en", "y", "+" */
    if (b == ' ' && (l == 'd' || l == 't' || l == 'n' || l == 'y' || l == 'e' || l == '&' ||
                     l == '+' || l == '-')) {
        /* the word before: a join or "-" (three bytes at most: "and", "und", "et", "y", "+") */
        size_t ws, n = raw_prev(s, start, &ws);
        uint8_t f = t[ws] | 32;
        if (n && n <= 3 &&
            (f == 'a' || f == 'u' || f == 'e' || f == 'y' || f == '&' || t[ws] == '+' ||
             t[ws] == '-'))
            return before_run(s, start, end);
    }
    return 0;
}

int nw_chat9_team(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    if (e + 3 >= s->len || t[e] != ' ' || t[e + 1] != '(' || !is_up(t[e + 2]))
        return 0;
    size_t p = e + 2, q = p; /* the owner's run: capitalised words up to ')' or " K.)" */
    while (q < s->len && q - p < 48 && t[q] != ')' && t[q] != '\n' &&
           !(t[q] == ' ' && q + 3 < s->len && is_up(t[q + 1]) && t[q + 2] == '.'))
        q++;
    (void)a;
    return q < s->len && q > p && (t[q] == ')' || t[q] == ' ') && paren_owner(s, p, q);
}

int nw_chat9_run(const struct sc *s, size_t a, size_t e)
{
    return run_ok(s, a, e);
}

int nw_chat9_given(const struct sc *s, size_t a)
{
    return given_at(s, a);
}
