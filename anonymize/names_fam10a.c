/* names_fam10a.c: people in ham-radio logs, bracketed chats, seating charts, agreements, meeting
 * transcripts, parish bulletins and dictation (branch fam10a).
 *
 * nw_fam10a_ctx() gives a weak context (never a strong one) to a run by the bytes and the word
 * right around it, each shape shared by the pack's languages:
 * - a QSO log's name column: the run after a call sign ("DL1ABC", a digit among capitals) that a
 *   frequency or a UTC time opens, or that a signal report closes ("1408Z 14.205 DL1ABC Hans 59
 *   59"); after "op:", "opr:"; between "name" and "qth" ("name Jonas qth Berlin");
 * - a speaker in square brackets opening a line or after a "[10:32] " stamp ("[Maria Keller] hi"),
 *   or after a channel's or a desk's word ("[chat Maria]", "[soporte Lucía]"); "[INFO]", "[bot]",
 *   "[chat closed]" have no name's shape or no name;
 * - a speaker after a timestamp and '|' before ':' ("00:14:03 | Maria Keller: ...");
 * - a guest in a table's line ("Table 3: X, Y, nonno Z"): after the label, a comma or a kinship
 *   word; a lone word only beside another guest ("Table 3: Roses" names the table);
 * - the two parties of "between X and Y" in each language ("zwischen X und Y", "tra X e Y");
 * - "yeah X,", "thanks X,", "X from ops" opening a line, "Tuesday: X", "comma X".
 * Every word of the run must pass names_chat9.c's test (no weekday, month, city, brand or bot).
 * Each test starts from the byte right before or after the run, so maybe_context() asks it of
 * every unknown run for a few byte compares.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* A desk's or a channel's word before a speaker in square brackets ("[chat X]"). */
static const char *const desks[] = {
    "chat",          "app",        "web",        "support",     "soporte",        "suporte",
    "supporto",      "agent",      "agente",     "operator",    "operatore",      "operador",
    "atendente",     "assistance", "conseiller", "conseillère", "klantenservice", "kundendienst",
    "kundenservice", "helpdesk",   "service",    "servicio",    "serviço",        "servizio",
    "staff",         "host",       "guest"};
/* Kinship words before a guest ("grandad X", "nonno X", "vovô X"). */
static const char *const kin[] = {
    "grandad", "grandpa", "grandma", "granny", "nana",  "nan",     "uncle",    "aunt",    "auntie",
    "cousin",  "opa",     "oma",     "onkel",  "tante", "cousine", "papy",     "papi",    "mamie",
    "tonton",  "tata",    "oncle",   "oom",    "neef",  "nicht",   "abuelo",   "abuela",  "tío",
    "tía",     "tio",     "tia",     "primo",  "prima", "nonno",   "nonna",    "zio",     "zia",
    "cugino",  "cugina",  "vovô",    "vovó",   "avô",   "avó",     "bisnonno", "bisnonna"};
/* Parents as a family chat names its speakers. */
static const char *const parents[] = {"mum",  "mom",  "dad",  "mama", "mamá",  "mamã",   "mãe",
                                      "pai",  "papá", "papa", "papà", "maman", "mamma",  "mutti",
                                      "vati", "mami", "papi", "mam",  "pap",   "moeder", "vader"};
/* A table's word opening a seating line ("Table 3:", "Tisch 5:", "Tavolo 2:"). */
static const char *const tables[] = {"table", "tisch", "tafel", "mesa", "tavolo", "tavola"};
/* "between" in the pack's languages, and the words that join its two parties. */
static const char *const betweens[] = {"between", "zwischen", "entre", "tussen", "tra", "fra"};

/* t[a .. e) is a word that joins the two parties: "and", "und", "et", "en", "y", "e" (bytes
 * compared: it is asked of every run after a short word). */
static int join_word(const uint8_t *t, size_t a, size_t e)
{
    uint8_t x = t[a] | 32, y = e - a > 1 ? t[a + 1] | 32 : 0, z = e - a > 2 ? t[a + 2] | 32 : 0;
    switch (e - a) {
    case 1:
        return x == 'y' || x == 'e';
    case 2:
        return x == 'e' && (y == 't' || y == 'n');
    case 3:
        return (x == 'a' || x == 'u') && y == 'n' && z == 'd';
    }
    return 0;
}
/* Words that open a spoken reply before a name ("yeah X,", "danke X,"). */
static const char *const replies[] = {
    "yeah",   "yep",   "yes",      "thanks",   "thank",   "right", "ok",      "okay",
    "ja",     "danke", "oui",      "merci",    "sí",      "si",    "gracias", "sì",
    "grazie", "sim",   "obrigado", "obrigada", "bedankt", "nee",   "no"};
/* Dictated punctuation before a name ("comma X"). */
static const char *const commas[] = {"comma", "komma", "virgule", "coma", "virgola", "vírgula"};
/* "X from ops": the word after the run, opening a team's name in lower case. */
/* Not the Romance "de", "da" nor the Dutch "van": "Merci de transmettre", "Ficha de empresa",
 * "Man van de wedstrijd". */
static const char *const froms[] = {"from", "von", "aus"};

/* The word before i (spaces skipped), raw up to a space or a line's start: its start in *ws,
 * its length (0 when longer than 20 bytes). */
static size_t prev_word(const struct sc *s, size_t i, size_t *ws)
{
    const uint8_t *t = s->t;
    while (i > 0 && t[i - 1] == ' ')
        i--;
    size_t k = i;
    while (k > 0 && i - k <= 20 && t[k - 1] != ' ' && t[k - 1] != '\n' && t[k - 1] != '[')
        k--;
    *ws = k;
    return i - k <= 20 ? i - k : 0;
}

/* t[a .. e) folded is one of list (trailing ':' or ',' dropped). */
static int word_in(const struct sc *s, size_t a, size_t e, const char *const *list, size_t n)
{
    while (e > a && (s->t[e - 1] == ':' || s->t[e - 1] == ','))
        e--;
    char b[24];
    if (e <= a || e - a >= sizeof b)
        return 0;
    if (s->t[a] < 0x80) { /* no word of the list starts with this letter: no fold */
        uint8_t f = s->t[a] | 32;
        size_t k = 0;
        while (k < n && (uint8_t)list[k][0] != f)
            k++;
        if (k == n)
            return 0;
    }
    return nw_one_of(nw_fold_span(s, a, e, b, sizeof b), list, n);
}
#define WORD_IN(s, a, e, list) word_in((s), (a), (e), (list), sizeof(list) / sizeof((list)[0]))

/* The line's start before i. */
static size_t line_start(const struct sc *s, size_t i)
{
    while (i > 0 && s->t[i - 1] != '\n')
        i--;
    return i;
}

/* A call sign t[a .. e): capitals and digits, 3 to 8, a digit after a capital, ending in one. */
static int call_sign(const uint8_t *t, size_t a, size_t e)
{
    if (e - a < 3 || e - a > 8 || !is_up(t[a]) || !is_up(t[e - 1]))
        return 0;
    int digit = 0;
    for (size_t k = a; k < e; k++) {
        if (is_digit(t[k]))
            digit = 1;
        else if (!is_up(t[k]))
            return 0;
    }
    return digit;
}

/* A frequency or a UTC time t[a .. e): "14.205", "7.074", "1408Z", "14:08". */
static int freq_or_time(const uint8_t *t, size_t a, size_t e)
{
    if (e - a < 3 || e - a > 9 || !is_digit(t[a]))
        return 0;
    for (size_t k = a; k < e; k++)
        if (!is_digit(t[k]) && t[k] != '.' && t[k] != ':' && !(k == e - 1 && t[k] == 'Z'))
            return 0;
    return 1;
}

/* A signal report after the run at e: " 59", " 599", " 5/9". */
static int report_after(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    if (e + 3 > s->len || t[e] != ' ' || t[e + 1] < '1' || t[e + 1] > '5' || !is_digit(t[e + 2]))
        return 0;
    size_t k = e + 3;
    if (k < s->len && is_digit(t[k]))
        k++;
    return k == s->len || t[k] == ' ' || t[k] == '\n' || t[k] == '\r' || t[k] == '\t';
}

/* "[X Y] " opening a line or after "[10:32] ", "[X]" after a desk's word. */
static int bracket(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    if (e >= s->len || t[e] != ']')
        return 0;
    size_t lb = a - 1, ls = line_start(s, lb);
    if (lb > ls) { /* "[10:32] [X]": a stamp of digits and ':' before */
        if (lb - ls < 6 || t[ls] != '[' || t[lb - 1] != ' ' || t[lb - 2] != ']')
            return 0;
        for (size_t k = ls + 1; k < lb - 2; k++)
            if (!is_digit(t[k]) && t[k] != ':')
                return 0;
    }
    if (memchr(t + a, ' ', e - a))
        return nw_chat9_run(s, a, e);
    char b[24]; /* "[Mamá]", "[Pai]", "[Maman]": a family chat's parent, no name */
    const char *w = e - a < sizeof b ? nw_fold_span(s, a, e, b, sizeof b) : "";
    if (NW_ONE_OF(w, parents) || NW_ONE_OF(w, kin))
        return 0;
    return nw_chat9_run(s, a, e) && (nw_chat9_given(s, a) || nw_name_shape(t + a, e - a) >= 10);
}

/* "00:14:03 | X Y:" : the stamp from the line's start to the '|' at p. */
static int pipe_speaker(const struct sc *s, size_t p, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    size_t ls = line_start(s, p);
    if (p < ls + 5 || t[p - 1] != ' ')
        return 0;
    for (size_t k = ls; k + 1 < p; k++)
        if (!is_digit(t[k]) && t[k] != ':' && t[k] != '.')
            return 0;
    return nw_chat9_run(s, a, e);
}

/* The run at a stands in a table's line: "Table 3: " opens it, 160 bytes before a at most. */
static int table_line(const struct sc *s, size_t a)
{
    const uint8_t *t = s->t;
    size_t lo = a > 160 ? a - 160 : 0, ls = lo;
    const uint8_t *nl = memrchr(t + lo, '\n', a - lo);
    if (nl)
        ls = (size_t)(nl - t) + 1;
    else if (lo > 0)
        return 0; /* a line longer than a seating chart's */
    uint8_t f = t[ls] | 32;
    if (f != 't' && f != 'm')
        return 0;
    size_t k = ls;
    while (k < a && k - ls < 8 && t[k] != ' ')
        k++;
    if (k == a || k - ls < 4 || !WORD_IN(s, ls, k, tables))
        return 0;
    size_t d = ++k;
    while (k < a && is_digit(t[k]))
        k++;
    return k > d && k - d <= 3 && k + 1 < a && t[k] == ':' && t[k + 1] == ' ';
}

/* A guest in a table's line: another guest on it (a comma) unless a given name or a kin word. */
static int guest(const struct sc *s, size_t a, size_t e, int kinword)
{
    const uint8_t *t = s->t;
    if (!table_line(s, a) || !nw_chat9_run(s, a, e))
        return 0;
    if (kinword || memchr(t + a, ' ', e - a))
        return 1;
    size_t ls = line_start(s, a);
    const uint8_t *nl = memchr(t + a, '\n', s->len - a);
    size_t le = nl ? (size_t)(nl - t) : s->len;
    return memchr(t + ls, ',', le - ls) != NULL;
}

/* The capitalised words from j (three at most): their end, j when none. */
static size_t caps_end(const struct sc *s, size_t j)
{
    const uint8_t *t = s->t;
    size_t e = j;
    for (int w = 0; w < 3 && j < s->len && (is_up(t[j]) || nw_upper(t + j, s->len - j)); w++) {
        size_t n;
        while (j < s->len && ((n = nw_letter(t + j, s->len - j)) || t[j] == '-' || t[j] == '\''))
            j += n ? n : 1;
        e = j;
        if (j + 1 >= s->len || t[j] != ' ')
            break;
        j++;
    }
    return e;
}

/* Two parties t[a1 .. e1) and t[a2 .. e2) of "between X and Y": each a name's run, one of them
 * a full name or both given names ("zwischen Berlin und Hamburg", "between React and Vue" are
 * not). */
static int parties(const struct sc *s, size_t a1, size_t e1, size_t a2, size_t e2)
{
    if (e1 <= a1 || e2 <= a2 || !nw_chat9_run(s, a1, e1) || !nw_chat9_run(s, a2, e2))
        return 0;
    return memchr(s->t + a1, ' ', e1 - a1) || memchr(s->t + a2, ' ', e2 - a2) ||
           (nw_chat9_given(s, a1) && nw_chat9_given(s, a2));
}

/* "between X and Y": ws the start of the word before the run at a. */
static int party(const struct sc *s, size_t ws, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    size_t n = a - 1 - ws;
    uint8_t f = t[ws] | 32;
    if (n >= 3 && n <= 8 && (f == 'b' || f == 'z' || f == 'e' || f == 't' || f == 'f') &&
        WORD_IN(s, ws, a - 1, betweens)) { /* the first party: a join and a name follow */
        size_t k = e;
        if (k + 3 >= s->len || t[k] != ' ')
            return 0;
        size_t j = k + 1;
        while (j < s->len && j - k <= 4 && is_alnum(t[j]))
            j++;
        return j + 1 < s->len && t[j] == ' ' && join_word(t, k + 1, j) &&
               parties(s, a, e, j + 1, caps_end(s, j + 1));
    }
    if (n > 3 || (f != 'a' && f != 'u' && f != 'e' && f != 'y') || ws < 3 ||
        !join_word(t, ws, a - 1))
        return 0;
    /* the second party: the first one's run, then "between", within four words */
    size_t e1 = ws - 1, w = e1, pw;
    for (int k = 0; k < 4 && w > 0; k++) {
        size_t m = prev_word(s, w, &pw);
        if (!m)
            return 0;
        uint8_t g = t[pw] | 32;
        if (m >= 3 && m <= 8 && (g == 'b' || g == 'z' || g == 'e' || g == 't' || g == 'f') &&
            WORD_IN(s, pw, pw + m, betweens))
            return k > 0 && parties(s, pw + m + 1, e1, a, e);
        w = pw;
    }
    return 0;
}

/* "X from ops" opening a line: a run at a line's start before a word of froms and a lower-case
 * team ("Maria from ops", "Jonas von der IT"). */
static int from_team(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    if (end + 4 >= s->len || t[end] != ' ' || line_start(s, start) != start)
        return 0;
    size_t j = end + 1;
    while (j < s->len && j - end <= 5 && is_alnum(t[j]))
        j++;
    if (j + 2 >= s->len || t[j] != ' ' || !WORD_IN(s, end + 1, j, froms))
        return 0;
    size_t k = j + 1;
    if (k + 3 < s->len && (t[k] == 'd' || t[k] == 'l') && is_alnum(t[k + 1]) && t[k + 2] == ' ')
        k += 3; /* "von der IT" */
    else if (k + 4 < s->len && t[k] == 'd' && is_alnum(t[k + 1]) && is_alnum(t[k + 2]) &&
             t[k + 3] == ' ')
        k += 4; /* "aus dem Vertrieb" */
    return k < s->len && (t[k] >= 'a' && t[k] <= 'z') && nw_chat9_run(s, start, end) &&
           (nw_chat9_given(s, start) || nw_name_shape(t + start, end - start) >= 10);
}

int nw_fam10a_ctx(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    if (end > s->len)
        return 0;
    uint8_t c = end < s->len ? t[end] : '\n';
    if (start == 0 || t[start - 1] == '\n')
        return c == ' ' && from_team(s, start, end);
    if (start < 2)
        return 0;
    uint8_t b = t[start - 1];
    if (b == '[')
        return bracket(s, start, end);
    if (b != ' ')
        return 0;
    if (t[start - 2] == '|')
        return c == ':' && pipe_speaker(s, start - 2, start, end);
    size_t ws, n = prev_word(s, start, &ws);
    if (!n)
        return 0;
    uint8_t l = t[start - 2]; /* the last byte of the word before */
    /* a guest closes its line or an item of a list */
    int c_list = c == ',' || c == '\n' || c == '\r' || end == s->len;
    if (is_up(l) && call_sign(t, ws, ws + n)) { /* "14.205 DL1ABC X 59 59" */
        size_t pw, m = prev_word(s, ws, &pw);
        return (report_after(s, end) || (m && freq_or_time(t, pw, pw + m))) &&
               nw_chat9_run(s, start, end);
    }
    if (c == ']' && ws > 0 && t[ws - 1] == '[') /* "[chat X]" */
        return WORD_IN(s, ws, ws + n, desks) && nw_chat9_run(s, start, end);
    if (l == ':') {
        if (n > 12)
            return 0;
        char bw[16];
        const char *w = nw_fold_span(s, ws, ws + n - 1, bw, sizeof bw);
        if (strcmp(w, "op") == 0 || strcmp(w, "opr") == 0) /* "op: X" */
            return nw_chat9_run(s, start, end);
        if (nw_one_of(w, nw_days, nw_ndays) && line_start(s, ws) == ws) /* "Tuesday: X" */
            return nw_chat9_run(s, start, end);
        return c_list && guest(s, start, end, 0); /* "Table 3: X" */
    }
    if (l == ',')
        return c_list && guest(s, start, end, 0);
    if (c_list && n <= 9 && table_line(s, start) && WORD_IN(s, ws, ws + n, kin))
        return guest(s, start, end, 1);
    if (c == ' ' && end + 4 < s->len && (t[end + 1] | 32) == 'q' && (t[end + 2] | 32) == 't' &&
        (t[end + 3] | 32) == 'h' && t[end + 4] == ' ') /* "name X qth" */
        return nw_chat9_run(s, start, end);
    uint8_t f = t[ws] | 32;
    if (n >= 4 && n <= 8 && (f == 'c' || f == 'k' || f == 'v') && WORD_IN(s, ws, ws + n, commas))
        return nw_chat9_run(s, start, end);
    if ((c == ',' || c == '!' || c == '\n') && n <= 9 &&
        (ws == 0 || t[ws - 1] == '\n' || (ws >= 2 && t[ws - 1] == ' ' && t[ws - 2] == ':')))
        return WORD_IN(s, ws, ws + n, replies) &&
               nw_chat9_run(s, start, end); /* "yeah X," opening a line or after "Name:" */
    if (is_alnum(l) || l >= 0x80)
        return party(s, ws, start, end);
    return 0;
}
