/* names_h9rec.c: guests, chat speakers, DNA matches and backers in the lists people paste
 * (branch h9rec: names_holdout9's seating charts, support chats, DNA-match tables and backer
 * lists).
 *
 * Each shape names its people by where they stand, not by how they are written, so the items
 * may be lower case ("orra thornstock"), invented ("Rusken") or a lone given name:
 * - a seating line `Table 4: A, B, C` (`Tisch`, `Tafel`, `Mesa`, `Tavolo`; a table's own name
 *   after its number is skipped), a `Table 4` line alone with one guest a line under it, a run
 *   of place cards (`Name — Table 6`, `name (table 4)`, `Name - T7`);
 * - a support chat's speaker: `[Adebayo - Seller Support]:`, `[nera]:`, `Agent (Jonas):`,
 *   `19:43 Megan >`, `Jonas (Agent) 14:02`, `Jonas · 14:02`;
 * - a DNA match: the first cell of the rows under a head row that gives cM, DNA or segments, and
 *   their cell under `Managed by`;
 * - a backer: the name cell right before an email of the same letters (`franziska
 *   frei,franziska-frei@bluewin.ch`), and the names under a head of backers or donors.
 * An item is a person's when it is one to five words of letters (particles and initials inside),
 * none an ordinary word that is no name, no acronym, and names_reject.c does not call it a firm
 * or a place; a list is read only when two thirds of its items are people. Kin words before a
 * guest (`Uncle`, `Oma`, `Nonna`) and a `+ 1` after it are not part of the name.
 *
 * The one thing to know: this runs on every text, so the walk reads the line ends other passes
 * found (nw_line_at()) and looks at a line only when its first or last byte may open or close
 * one of the shapes (FIRST, LAST); the emails come from the '@' table (nw_hit_at()). A pass that
 * reads a whole line for every line costs more than this file may (bench_rewrite's text has a
 * quarter of a million short lines). Nothing allocates.
 */
#include "anonymize/names_internal.h"

#include <stddef.h>
#include <string.h>

enum { MAXITEMS = 24 };
/* What a line's first byte may open: 1 a table word (t, m), 2 a DNA table's head (N, M), 4 a
 * bracketed or timed speaker ('[', a digit), 8 a capital (A-Z, a UTF-8 lead of U+00C0 on), 16 a
 * capital that opens a chat role's word (A B C G K M O S U V). */
static const uint8_t FIRST[256] = {
    0,  0,  0, 0, 0, 0,  0, 0,  0,  0, 0, 0, 0, 0,  0,  0,  0, 0, 0, 0,  0, 0, 0, 0,  0, 0,
    0,  0,  0, 0, 0, 0,  0, 0,  0,  0, 0, 0, 0, 0,  0,  0,  0, 0, 0, 0,  0, 0, 4, 4,  4, 4,
    4,  4,  4, 4, 4, 4,  0, 0,  0,  0, 0, 0, 0, 24, 24, 24, 8, 8, 8, 24, 8, 8, 8, 24, 8, 27,
    10, 24, 8, 8, 8, 24, 9, 24, 24, 8, 8, 8, 8, 4,  0,  0,  0, 0, 0, 0,  0, 0, 0, 0,  0, 0,
    0,  0,  0, 0, 0, 1,  0, 0,  0,  0, 0, 0, 1, 0,  0,  0,  0, 0, 0, 0,  0, 0, 0, 0,  0, 0,
    0,  0,  0, 0, 0, 0,  0, 0,  0,  0, 0, 0, 0, 0,  0,  0,  0, 0, 0, 0,  0, 0, 0, 0,  0, 0,
    0,  0,  0, 0, 0, 0,  0, 0,  0,  0, 0, 0, 0, 0,  0,  0,  0, 0, 0, 0,  0, 0, 0, 0,  0, 0,
    0,  0,  0, 0, 0, 0,  0, 0,  0,  0, 0, 0, 0, 8,  8,  8,  8, 8, 8, 8,  8, 8, 8, 8,  8, 8,
    8,  8,  8, 8, 8, 8,  8, 8,  8,  8, 8, 8, 8, 8,  8,  8,  8, 8, 8, 8,  8, 8, 8, 8,  8, 8,
    8,  8,  8, 8, 8, 8,  8, 8,  8,  8, 8, 8, 8, 8,  8,  8,  8, 8, 8, 8,  8, 8,
};
/* What a line's last byte may close: 1 a digit (a time, a table's number), 2 ')', 4 ':'. */
static const uint8_t LAST[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 4, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

static size_t line_end(const struct sc *s, size_t ls)
{
    return nw_line_end_at(s, ls); /* names_internal.h: the text's line table */
}

static int ascii_alpha(uint8_t c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* A word of letters (inner '-' or '\'') at i before b: its end, i when none. */
static size_t word_end(const uint8_t *t, size_t i, size_t b)
{
    size_t e = i;
    for (;;) {
        size_t l = e < b ? nw_letter(t + e, b - e) : 0;
        if (l) {
            e += l;
            continue;
        }
        if (e > i && e + 1 < b && (t[e] == '-' || t[e] == '\'') &&
            nw_letter(t + e + 1, b - e - 1)) {
            e++;
            continue;
        }
        return e;
    }
}

/* Kin words and titles before a guest's name: the name is what follows. */
static int kin_word(const char *f)
{
    static const char *const w[] = {
        "uncle", "aunt",     "auntie",  "grandma",  "grandad",  "grandpa", "granny",   "nan",
        "nana",  "cousin",   "onkel",   "tante",    "oma",      "opa",     "cousine",  "oncle",
        "mamie", "papi",     "papy",    "oom",      "neef",     "nicht",   "tío",      "tía",
        "tio",   "tia",      "abuela",  "abuelo",   "primo",    "prima",   "zio",      "zia",
        "nonna", "nonno",    "cugino",  "cugina",   "avó",      "avô",     "padrinho", "madrinha",
        "mr",    "mrs",      "ms",      "dr",       "herr",     "frau",    "mme",      "vovô",
        "vovó",  "vó",       "vô",      "abuelita", "abuelito", "mémé",    "pépé",     "opi",
        "omi",   "bisnonna", "bisnonno"};
    return NW_ONE_OF(f, w);
}

/* Is t[a .. b) a person's item? Trims spaces, a `+ 1` after it and a kin word before it; the
 * name's bytes into *na, *nb. */
static int item_person(const struct sc *s, size_t a, size_t b, size_t *na, size_t *nb)
{
    const uint8_t *t = s->t;
    while (a < b && (t[a] == ' ' || t[a] == '\t'))
        a++;
    while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\t' || t[b - 1] == '\r'))
        b--;
    if (b > a + 2 && is_digit(t[b - 1]) &&
        (t[b - 2] == '+' || (t[b - 2] == ' ' && t[b - 3] == '+')))
        b -= t[b - 2] == '+' ? 2 : 3; /* "Ji-woo + 1" */
    while (b > a && t[b - 1] == ' ')
        b--;
    if (b <= a || b - a > 64)
        return 0;
    size_t words = 0, names = 0, i = a;
    int cap_first = 0;
    while (i < b) {
        size_t ws = i, e = word_end(t, i, b);
        if (e == ws)
            return 0;
        int up = nw_upper(t + ws, b - ws) != 0;
        char buf[40];
        const char *f = nw_fold_span(s, ws, e, buf, sizeof buf);
        if (!*f)
            return 0;
        if (e < b && t[e] == '.' && nw_letter(t + ws, b - ws) == e - ws) {
            e++; /* an initial: "N. Khalil", "Maria K." */
        } else if (words == 0 && e < b && kin_word(f)) {
            if (t[e] == '.')
                e++;
            if (e >= b || t[e] != ' ')
                return 0;
            a = e + 1; /* "Uncle Orrel": the name is Orrel */
            i = a;
            continue;
        } else if (!up && nw_particle(f) && words > 0 && e < b) {
            /* "van der", "de la" inside */
        } else if (!up && e < b && t[e] == '.' && (strcmp(f, "st") == 0)) {
            e++; /* "ruskyn st. fellridge" */
        } else {
            unsigned lx = nw_lexicon_in(t, s->len, ws, e);
            if ((lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) && !nw_lexname(lx))
                return 0;
            if (up && e - ws < 4 && nw_upper(t + ws + 1, b - ws - 1))
                return 0; /* "QA", "VIP" */
            if (e - ws < 2)
                return 0;
            if (nw_cats(f) & (C_NOT | C_PLACE))
                return 0;
            names++;
            if (words == 0)
                cap_first = up;
        }
        words++;
        i = e;
        if (i < b) {
            if (t[i] != ' ' || i + 1 >= b || t[i + 1] == ' ')
                return 0;
            i++;
        }
    }
    if (!names || words > 5)
        return 0;
    if (words == 1 && !cap_first) { /* one lower-case word: a given name, no ordinary word */
        unsigned lx = nw_lexicon_in(t, s->len, a, b);
        if (!(lx & ANON_NL_GIVEN) || (lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)))
            return 0;
    }
    if (nw_not_person(s, a, b))
        return 0;
    *na = a;
    *nb = b;
    return 1;
}

static int emit_person(struct sc *s, size_t a, size_t b)
{
    return s->emit(s->arg, ANON_NAMES_PERSON, a, b);
}

/* The items [ia[k], ib[k]) of a run of n (ib[k] 0: not a person), emitted when two thirds of
 * them (two at least) read as people (ok of them). 1 when emitted, 0 when not, < 0 on error. */
static int emit_most(struct sc *s, const size_t *ia, const size_t *ib, size_t n, size_t ok)
{
    if (n < 2 || ok * 3 < n * 2)
        return 0;
    for (size_t k = 0; k < n; k++)
        if (ib[k]) {
            int rc = emit_person(s, ia[k], ib[k]);
            if (rc < 0)
                return rc;
        }
    return 1;
}

/* The items of the list t[a .. b) split at ", ", " & " and the languages' "and": each emitted
 * when two thirds of them (two at least) are people's. */
static int list_items(struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    size_t ia[MAXITEMS], ib[MAXITEMS], n = 0, ok = 0, na, nb;
    size_t i = a, start = a;
    while (i <= b && n < MAXITEMS) {
        size_t cut = 0, skip = 0;
        if (i == b) {
            cut = 1;
        } else if (t[i] == ',' || t[i] == ';') {
            cut = 1;
            skip = 1;
        } else if (t[i] == ' ' && i + 2 < b && t[i + 1] == '&' && t[i + 2] == ' ') {
            cut = 1;
            skip = 3;
        } else if (t[i] == ' ') {
            static const char *const conj[] = {" and ", " und ", " et ", " en ", " y ", " e "};
            for (size_t k = 0; k < sizeof conj / sizeof conj[0] && !skip; k++) {
                size_t l = strlen(conj[k]);
                if (i + l < b && memcmp(t + i, conj[k], l) == 0)
                    cut = 1, skip = l;
            }
        }
        if (cut) {
            int p = item_person(s, start, i, &na, &nb);
            ia[n] = p ? na : 0;
            ib[n] = p ? nb : 0;
            n++;
            ok += p;
            if (i == b)
                break;
            i += skip;
            start = i;
            continue;
        }
        i++;
    }
    int rc = emit_most(s, ia, ib, n, ok); /* two thirds of n >= 2 is two at least */
    return rc < 0 ? rc : 0;
}

/* A table word of a seating plan at i: its end, 0 when none. */
static size_t table_word(const uint8_t *t, size_t i, size_t le)
{
    static const char *const w[] = {"table ", "tisch ", "tafel ", "mesa ", "tavolo ", "tavola "};
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++) {
        size_t l = strlen(w[k]);
        if (i + l > le)
            continue;
        size_t j = 0;
        while (j < l && (t[i + j] | (j < l - 1 ? 0x20 : 0)) == (uint8_t)w[k][j])
            j++;
        if (j == l)
            return i + l;
    }
    return 0;
}

/* The bullet at the start of a line: its end. */
static size_t skip_bullet(const uint8_t *t, size_t i, size_t le)
{
    if (i + 1 < le && (t[i] == '-' || t[i] == '*') && t[i + 1] == ' ')
        return i + 2;
    if (i + 3 < le && t[i] == 0xE2 && t[i + 1] == 0x80 && t[i + 2] == 0xA2 && t[i + 3] == ' ')
        return i + 4; /* "• " */
    return i;
}

/* The name of a backer's line t[a .. le): up to " (", " - ", ": " or an amount. */
static size_t backer_item_end(const uint8_t *t, size_t a, size_t le)
{
    for (size_t j = a; j < le; j++) {
        if (t[j] == ':' || t[j] == '(' || is_digit(t[j]) || t[j] == '$' || t[j] == 0xE2 ||
            t[j] == 0xC2 || (t[j] == ' ' && j + 2 < le && t[j + 1] == '-' && t[j + 2] == ' '))
            return j;
    }
    return le;
}

/* The lines under a head at le, to a blank line: one item each (a backer's up to its amount
 * when backers), emitted when two thirds of them (two at least) read as people. *resume is
 * where to go on from. */
static int line_block(struct sc *s, size_t le, size_t *resume, int backers)
{
    const uint8_t *t = s->t;
    size_t ia[MAXITEMS], ib[MAXITEMS], n = 0, ok = 0, r = le + 1;
    while (r < s->len && n < MAXITEMS) {
        size_t re = line_end(s, r), na, nb, x = skip_bullet(t, r, re);
        if (re == r || (re == r + 1 && t[r] == '\r'))
            break;
        int p = item_person(s, x, backers ? backer_item_end(t, x, re) : re, &na, &nb);
        ia[n] = p ? na : 0;
        ib[n] = p ? nb : 0;
        n++;
        ok += p;
        r = re + 1;
    }
    int rc = emit_most(s, ia, ib, n, ok);
    if (rc > 0)
        *resume = ib[n - 1] ? ib[n - 1] : le;
    return rc < 0 ? rc : 0;
}

/* The line t[ls .. le) opens with a table word: a seating line `Table 4: A, B` (its items), or a
 * head `Table 4` alone (the guest lines under it, to a blank line). The offset to go on from. */
static int seating_at(struct sc *s, size_t ls, size_t le, size_t *resume)
{
    const uint8_t *t = s->t;
    size_t i = table_word(t, ls, le);
    *resume = le;
    if (!i || i >= le)
        return 0;
    /* the table: a number or a name; then the list after the last ':' in its first 40 bytes,
     * else after " - ", " = ", " – ", " — " */
    if (!is_digit(t[i]) && !nw_upper(t + i, le - i) && t[i] != '(')
        return 0;
    size_t lim = le - i > 40 ? i + 40 : le, sep = 0;
    for (size_t j = i; j < lim; j++)
        if (t[j] == ':')
            sep = j + 1;
    for (size_t j = i; !sep && j + 2 < lim; j++)
        if (t[j] == ' ' && (t[j + 1] == '-' || t[j + 1] == '=') && t[j + 2] == ' ')
            sep = j + 2;
        else if (t[j] == ' ' && j + 4 < lim && t[j + 1] == 0xE2 && t[j + 2] == 0x80 &&
                 (t[j + 3] == 0x93 || t[j + 3] == 0x94) && t[j + 4] == ' ')
            sep = j + 4;
    while (sep && sep < le && t[sep] == ' ')
        sep++;
    if (sep && sep < le) { /* a table's name between two separators: "Mesa 3 - Dahlia = A, B" */
        size_t e = word_end(t, sep, le);
        if (e > sep && e + 3 < le && t[e] == ' ' && (t[e + 1] == '-' || t[e + 1] == '=') &&
            t[e + 2] == ' ')
            sep = e + 3;
    }
    if (sep && sep < le)
        return list_items(s, sep, le);
    /* a head alone: "Table 4", "Tisch 7:", "Table Hazel" (two words at most after the table
     * word) */
    size_t words = 0;
    for (size_t j = i; j < le; j++)
        if (t[j] == ' ')
            words++;
    if (words > 1)
        return 0;
    return line_block(s, le, resume, 0);
}

/* The words of a support chat's speaker role, folded. */
static int chat_role(const char *f)
{
    static const char *const w[] = {
        "agent",         "customer",       "visitor",      "support",         "kunde",
        "kundin",        "mitarbeiter",    "client",       "cliente",         "klant",
        "medewerker",    "conseiller",     "conseillère",  "agente",          "operatore",
        "operator",      "atendente",      "bezoeker",     "besucher",        "visiteur",
        "visitante",     "visitatore",     "user",         "guest",           "seller support",
        "atención",      "atendimento",    "soporte",      "assistenza",      "klantenservice",
        "kundenservice", "service client", "support team", "customer service"};
    return NW_ONE_OF(f, w);
}

/* Speakers at the start of a support chat's line t[ls .. le): `[Name - Role]:`, `[Name]:`,
 * `Role (Name):`, `HH:MM Name >`, `Name (Role) HH:MM`. */
static int chat_at(struct sc *s, size_t ls, size_t le)
{
    const uint8_t *t = s->t;
    size_t na, nb;
    char buf[40];
    if (t[ls] == '[') {
        size_t j = ls + 1;
        while (j < le && t[j] != ']' && j < ls + 64)
            j++;
        if (j + 1 >= le || t[j] != ']' || t[j + 1] != ':')
            return 0;
        /* a Markdown link's definition ("[CORBA]: https://...") is no speaker */
        size_t u = j + 2;
        while (u < le && t[u] == ' ')
            u++;
        if (u < le && (t[u] == '#' || t[u] == '<' || t[u] == '/'))
            return 0;
        for (size_t v = u; v < le && t[v] != ' '; v++)
            if (t[v] == '/' || (t[v] == '.' && v + 1 < le && ascii_alpha(t[v + 1])))
                return 0;
        size_t d = ls + 1;
        while (d + 2 < j && !(t[d] == ' ' && t[d + 1] == '-' && t[d + 2] == ' '))
            d++;
        if (d + 2 < j) { /* "[Adebayo - Seller Support]:" */
            if (!chat_role(nw_fold_span(s, d + 3, j, buf, sizeof buf)))
                return 0;
        } else {
            d = j; /* "[nera]:" a speaker alone: a given name of the lexicon or capitalised */
        }
        return item_person(s, ls + 1, d, &na, &nb) ? emit_person(s, na, nb) : 0;
    }
    if (is_digit(t[ls])) { /* "19:43 Megan > text" */
        size_t j = ls;
        while (j < le && (is_digit(t[j]) || t[j] == ':'))
            j++;
        if (j - ls < 4 || j - ls > 8 || j >= le || t[j] != ' ')
            return 0;
        size_t g = j + 1;
        while (g + 2 < le && g < j + 48 && !(t[g] == ' ' && t[g + 1] == '>' && t[g + 2] == ' '))
            g++;
        if (g + 2 >= le || t[g + 1] != '>')
            return 0;
        return item_person(s, j + 1, g, &na, &nb) ? emit_person(s, na, nb) : 0;
    }
    /* "Gasbre K. · 13:31" (Intercom): the line is the name, a middle dot and a time */
    if (le - ls > 8 && is_digit(t[le - 1]) && t[le - 3] == ':') {
        size_t d = le - 3;
        while (d > ls && (is_digit(t[d - 1]) || t[d - 1] == ':'))
            d--;
        if (d >= ls + 4 && t[d - 1] == ' ' && t[d - 2] == 0xB7 && t[d - 3] == 0xC2 &&
            t[d - 4] == ' ')
            return item_person(s, ls, d - 4, &na, &nb) ? emit_person(s, na, nb) : 0;
    }
    /* "Jonas (Agent) 14:02": a time after a role in brackets at the line's end */
    if (is_digit(t[le - 1])) {
        size_t d = le;
        while (d > ls && (is_digit(t[d - 1]) || t[d - 1] == ':'))
            d--;
        if (d < ls + 4 || t[d - 1] != ' ' || t[d - 2] != ')')
            return 0;
        size_t q = d - 2, p = q;
        while (p > ls && t[p - 1] != '(' && q - p < 24)
            p--;
        if (p < ls + 2 || t[p - 1] != '(' || t[p - 2] != ' ' ||
            !chat_role(nw_fold_span(s, p, q, buf, sizeof buf)))
            return 0;
        return item_person(s, ls, p - 2, &na, &nb) ? emit_person(s, na, nb) : 0;
    }
    /* "Agent (Jonas): text": a role word, then the name in brackets and a colon */
    if (!(FIRST[t[ls]] & 16))
        return 0; /* the first letters of chat_role()'s words */
    size_t e = ls;
    while (e < le && e < ls + 14 && (ascii_alpha(t[e]) || t[e] >= 0x80))
        e++;
    if (e + 2 >= le || t[e] != ' ' || t[e + 1] != '(' ||
        !chat_role(nw_fold_span(s, ls, e, buf, sizeof buf)))
        return 0;
    size_t q = e + 2;
    while (q < le && t[q] != ')' && q < e + 50)
        q++;
    if (q + 1 >= le || t[q] != ')' || t[q + 1] != ':')
        return 0;
    return item_person(s, e + 2, q, &na, &nb) ? emit_person(s, na, nb) : 0;
}

/* A DNA-match table's header row t[ls .. le) (`Name | Relationship | Shared cM | Managed by`,
 * `Match<TAB>Relationship<TAB>Shared DNA`): a row of '|' or tab cells that gives cM, shared DNA
 * or segments and no digit. The column of `Managed by` into *managed ((size_t)-1: none). */
static int dna_head(const uint8_t *t, size_t ls, size_t le, size_t *managed)
{
    size_t col = 0, cells = 0;
    int dna = 0;
    *managed = (size_t)-1;
    if (le - ls > 160)
        return 0;
    for (size_t j = ls; j < le; j++) {
        uint8_t c = t[j];
        if (is_digit(c))
            return 0;
        if (c == '|' || c == '\t') {
            col++;
            cells++;
        } else if (c == 'c' && j > ls && j + 1 < le && t[j + 1] == 'M' && t[j - 1] == ' ') {
            dna = 1;
        } else if ((c == 'D' && j + 2 < le && t[j + 1] == 'N' && t[j + 2] == 'A') ||
                   (c == 'e' && j + 5 < le && memcmp(t + j, "egment", 6) == 0)) {
            dna = 1;
        } else if ((c | 0x20) == 'm' && j + 10 <= le && memcmp(t + j + 1, "anaged by", 9) == 0) {
            *managed = col;
        }
    }
    return dna && cells >= 2;
}

/* A row of a DNA-match table: its first cell, and its cell under `Managed by`. */
static int dna_row(struct sc *s, size_t ls, size_t le, size_t managed)
{
    const uint8_t *t = s->t;
    size_t na, nb, col = 0, cs = ls;
    for (size_t j = ls; j <= le; j++)
        if (j == le || t[j] == '|' || t[j] == '\t') {
            if ((col == 0 || col == managed) && item_person(s, cs, j, &na, &nb)) {
                int rc = emit_person(s, na, nb);
                if (rc < 0)
                    return rc;
            }
            if (++col > managed && col > 1)
                break;
            cs = j + 1;
        }
    return 0;
}

/* Backers' and members' exports: the cell right before an email whose local part is the same
 * letters (case, separators, digits and accents aside). */
static int email_names(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_hits *h = nw_hits_of(s, '@'); /* the '@'s other passes found (names_internal.h) */
    for (size_t k = 0, m = nw_hit_at(h, s, '@', 0, 0); m < s->len;
         m = nw_hit_at(h, s, '@', ++k, m + 1)) {
        size_t l = m;
        while (l > 0 && (ascii_alpha(t[l - 1]) || is_digit(t[l - 1]) || t[l - 1] == '.' ||
                         t[l - 1] == '_' || t[l - 1] == '-' || t[l - 1] >= 0x80))
            l--;
        if (l == m || l < 2 || !(t[l - 1] == ',' || t[l - 1] == ';' || t[l - 1] == '\t'))
            continue;
        size_t ce = l - 1, cs = ce;
        while (cs > 0 && t[cs - 1] != ',' && t[cs - 1] != ';' && t[cs - 1] != '\t' &&
               t[cs - 1] != '\n' && ce - cs < 64)
            cs--;
        /* compare the cell's letters with the local part's */
        size_t i = cs, j = l, letters = 0;
        int same = 1;
        while (i < ce && same) {
            if (t[i] >= 0x80) { /* "Brümbichler" ~ "brumbichler": one letter of the email */
                i++;
                while (i < ce && (t[i] & 0xC0) == 0x80)
                    i++;
                while (j < m && !ascii_alpha(t[j]))
                    j++;
                if (j < m && t[j] >= 0x80) {
                    j++;
                    while (j < m && (t[j] & 0xC0) == 0x80)
                        j++;
                } else if (j < m && !(i < ce && ascii_alpha(t[i]) && (t[i] | 0x20) == t[j])) {
                    j++;
                }
                continue;
            }
            if (!ascii_alpha(t[i])) {
                if (t[i] != ' ' && t[i] != '-' && t[i] != '\'' && t[i] != '.')
                    same = 0;
                i++;
                continue;
            }
            while (j < m && !ascii_alpha(t[j]) && t[j] < 0x80)
                j++;
            if (j >= m || (t[j] | 0x20) != (t[i] | 0x20))
                same = 0;
            i++, j++, letters++;
        }
        while (j < m && !ascii_alpha(t[j]) && t[j] < 0x80)
            j++;
        size_t na, nb;
        if (same && j == m && letters >= 4 && item_person(s, cs, ce, &na, &nb)) {
            int rc = emit_person(s, na, nb);
            if (rc < 0)
                return rc;
        }
    }
    return 0;
}

/* Words of a head that says a list is backers, donors or patrons, folded. */
static int backer_word(const char *f)
{
    static const char *const w[] = {
        "backers",        "backer",       "donors",       "donor",        "patrons",
        "supporters",     "sponsors",     "contributors", "unterstützer", "unterstützerinnen",
        "spender",        "spenderinnen", "förderer",     "donateurs",    "contributeurs",
        "mécènes",        "gevers",       "donateur",     "mecenas",      "donantes",
        "patrocinadores", "sostenitori",  "donatori",     "mecenati",     "apoiantes",
        "doadores",       "apoiadores",   "mecenato"};
    return NW_ONE_OF(f, w);
}

/* A head of backers alone on the line t[ls .. le) (`Our backers:`, `donors (march):`): the list
 * on the next line, or the lines under it to a blank line. The offset to go on from. */
static int backers_at(struct sc *s, size_t ls, size_t le, size_t *resume)
{
    const uint8_t *t = s->t;
    const uint8_t *col = t + le - 1; /* a head alone on its line, its ':' last */
    *resume = le;
    size_t c = (size_t)(col - t), w = c, e;
    char buf[40];
    if (w > ls && t[w - 1] == ')') { /* "donors (march):" */
        while (w > ls && t[w - 1] != '(')
            w--;
        while (w > ls && (t[w - 1] == '(' || t[w - 1] == ' '))
            w--;
    }
    e = w;
    while (w > ls && ascii_alpha(t[w - 1]))
        w--;
    if (e - w < 5 || e - w > 20 || !backer_word(nw_fold_span(s, w, e, buf, sizeof buf)))
        return 0;
    if (le + 1 < s->len) { /* the list on the next line: "a, b, c and d - and ..." */
        size_t r = le + 1, re = line_end(s, r), b = r;
        if (memchr(t + r, ',', re - r)) {
            while (b + 2 < re && !(t[b] == ' ' && t[b + 1] == '-' && t[b + 2] == ' ') &&
                   t[b] != '!')
                b++;
            *resume = re;
            return list_items(s, r, b + 2 < re || (b < re && t[b] == '!') ? b : re);
        }
    }
    return line_block(s, le, resume, 1);
}

/* A place card's line t[ls .. le) (`Fiona Ogunleye — Table 6`, `ruth ashmel (table 4)`, `Imogen
 * + 1 - T7`): where its name ends, 0 when the line is no such card. */
static size_t card_end(const uint8_t *t, size_t ls, size_t le)
{
    size_t e = le;
    if (e > ls && t[e - 1] == ')')
        e--;
    size_t d = e;
    while (d > ls && is_digit(t[d - 1]))
        d--;
    if (d == e || d == ls || e - d > 3)
        return 0;
    size_t w = d;
    if (t[w - 1] == 'T' && w - 1 > ls) {
        w--;
    } else {
        if (t[w - 1] != ' ')
            return 0;
        w--;
        while (w > ls && ascii_alpha(t[w - 1]))
            w--;
        if (!table_word(t, w, d))
            return 0;
    }
    if (e < le) { /* "(table 4)" */
        if (w < ls + 2 || t[w - 1] != '(' || t[w - 2] != ' ')
            return 0;
        return w - 2;
    }
    if (w >= ls + 3 && t[w - 1] == ' ' && t[w - 2] == '-' && t[w - 3] == ' ')
        return w - 3;
    if (w >= ls + 5 && t[w - 1] == ' ' && t[w - 2] == 0x94 && t[w - 3] == 0x80 &&
        t[w - 4] == 0xE2 && t[w - 5] == ' ')
        return w - 5; /* " — " */
    return 0;
}

/* A run of place cards from the line at ls: the names emitted when two thirds of them (two at
 * least) are people's. The offset to go on from. */
static int cards_at(struct sc *s, size_t ls, size_t *resume)
{
    const uint8_t *t = s->t;
    size_t ia[MAXITEMS], ib[MAXITEMS], n = 0, ok = 0, r = ls, last = ls;
    while (r < s->len && n < MAXITEMS) {
        size_t re = line_end(s, r), na, nb, x = skip_bullet(t, r, re), ce = card_end(t, x, re);
        if (!ce)
            break;
        int p = item_person(s, x, ce, &na, &nb);
        ia[n] = p ? na : 0;
        ib[n] = p ? nb : 0;
        n++;
        ok += p;
        last = re;
        r = re + 1;
    }
    *resume = last;
    int rc = emit_most(s, ia, ib, n, ok);
    return rc < 0 ? rc : 0;
}

int nw_h9rec_lists(struct sc *s)
{
    const uint8_t *t = s->t;
    size_t len = s->len;
    if (len < 16)
        return 0;
    int rc;
    if ((rc = email_names(s)) < 0)
        return rc;
    size_t managed = (size_t)-1, k = 0;
    int dna = 0;
    struct nw_lines *L = nw_lines_of(s); /* the line ends other passes found (names_internal.h) */
    for (size_t ls = 0; ls < len; k++) {
        size_t le = nw_line_at(L, s, k, ls);
        if (le <= ls + 1) {
            dna = 0;
            ls = le + 1;
            continue;
        }
        uint8_t f = FIRST[t[ls]], z = t[le - 1], g = LAST[z];
        size_t next = le;
        if (!((f & 23) | g | dna)) { /* most lines: nothing here can start or end them */
            ls = le + 1;
            continue;
        }
        rc = 0;
        if (dna)
            rc = dna_row(s, ls, le, managed);
        else if ((f & 2) && (t[ls + 1] == 'a' || t[ls + 1] == 'o') &&
                 dna_head(t, ls, le, &managed)) /* "Name |", "Match<TAB>", "Nom |" */
            dna = 1;
        else if (le > ls + 6 && (f & 1) &&
                 (t[ls + 1] == 'a' || t[ls + 1] == 'i' || t[ls + 1] == 'e') &&
                 table_word(t, ls, le))
            rc = seating_at(s, ls, le, &next);
        else if (le <= ls + 6)
            rc = 0;
        else if (((g & 1) || ((g & 2) && is_digit(t[le - 2]))) &&
                 card_end(t, skip_bullet(t, ls, le), le))
            rc = cards_at(s, ls, &next);
        else if ((f & 4) || ((f & 8) && ((g & 1) || (f & 16))))
            rc = chat_at(s, ls, le); /* "[Ann]:", "19:43 Ann >", "Agent (Ann):" */
        if (rc == 0 && next == le && (g & 4) && ascii_alpha(t[ls]) && !dna &&
            strchr("sSriRIoO)", t[le - 2]))
            rc = backers_at(s, ls, le, &next);
        if (rc < 0)
            return rc;
        if (next > le) { /* a list's lines read: on with memchr() (the line count is lost) */
            le = line_end(s, next);
            L = NULL;
        }
        ls = le + 1;
    }
    return 0;
}
