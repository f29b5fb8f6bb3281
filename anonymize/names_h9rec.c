/* names_h9rec.c: guests, chat speakers, DNA matches and backers in the lists people paste
 * (branch h9rec: names_holdout9's seating charts, support chats, DNA-match tables and backer
 * lists).
 *
 * Each shape names its people by where they stand, not by how they are written, so the items
 * may be lower case ("orra thornstock"), invented ("Rusken") or a lone given name:
 * - a seating line `Table 4: A, B, C` (`Tisch`, `Tafel`, `Mesa`, `Tavolo`; a table's own name
 *   after its number is skipped), or a `Table 4` line alone with one guest a line under it;
 * - a support chat's speaker: `[Adebayo - Seller Support]:`, `Agent (Jonas):`, `19:43 Megan >`,
 *   `Jonas (Agent) 14:02`;
 * - a DNA match: the first cell of a line that gives shared cM or segments, and the cells under
 *   a `Managed by` label of such a table;
 * - a backer whose name cell stands right before an email of the same letters
 *   (`franziska frei,franziska-frei@bluewin.ch`).
 * An item is a person's when it is one to five words of letters (particles and initials inside),
 * none an ordinary word that is no name, no acronym, and names_reject.c does not call it a firm
 * or a place; a list is read only when two thirds of its items are people. Kin words before a
 * guest (`Uncle`, `Oma`, `Nonna`) and a `+ 1` after it are not part of the name.
 *
 * The one thing to know: the walk looks at a line's first bytes only (a table word, '[', a
 * digit) and at each '@'; the DNA lines are looked for only when the text holds "cM" or
 * "segment". Nothing allocates.
 */
#include "anonymize/names_internal.h"

#include <stddef.h>
#include <string.h>

enum { MAXITEMS = 24 };

static size_t line_end(const struct sc *s, size_t ls)
{
    const uint8_t *q = memchr(s->t + ls, '\n', s->len - ls);
    return q ? (size_t)(q - s->t) : s->len;
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
        "uncle", "aunt",   "auntie", "grandma", "grandad", "grandpa", "granny",   "nan",
        "nana",  "cousin", "onkel",  "tante",   "oma",     "opa",     "cousine",  "oncle",
        "mamie", "papi",   "papy",   "oom",     "neef",    "nicht",   "tío",      "tía",
        "tio",   "tia",    "abuela", "abuelo",  "primo",   "prima",   "zio",      "zia",
        "nonna", "nonno",  "cugino", "cugina",  "avó",     "avô",     "padrinho", "madrinha",
        "mr",    "mrs",    "ms",     "dr",      "herr",    "frau",    "mme"};
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
    if (n < 2 || ok < 2 || ok * 3 < n * 2)
        return 0;
    for (size_t k = 0; k < n; k++)
        if (ib[k]) {
            int rc = emit_person(s, ia[k], ib[k]);
            if (rc < 0)
                return rc;
        }
    return 0;
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
    size_t ia[MAXITEMS], ib[MAXITEMS], n = 0, ok = 0, r = le + 1;
    while (r < s->len && n < MAXITEMS) {
        size_t re = line_end(s, r), na, nb;
        if (re == r || (re == r + 1 && t[r] == '\r'))
            break;
        int p = item_person(s, skip_bullet(t, r, re), re, &na, &nb);
        ia[n] = p ? na : 0;
        ib[n] = p ? nb : 0;
        n++;
        ok += p;
        r = re + 1;
    }
    if (n < 2 || ok * 3 < n * 2)
        return 0;
    *resume = ib[n - 1] ? ib[n - 1] : le;
    for (size_t k = 0; k < n; k++)
        if (ib[k]) {
            int rc = emit_person(s, ia[k], ib[k]);
            if (rc < 0)
                return rc;
        }
    return 0;
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
    /* "Agent (Jonas): text" or "Jonas (Agent) 14:02" */
    const uint8_t *o = memchr(t + ls, '(', le - ls < 48 ? le - ls : 48);
    if (!o || o == t + ls || o[-1] != ' ')
        return 0;
    size_t p = (size_t)(o - t);
    const uint8_t *c = memchr(t + p, ')', le - p);
    if (!c)
        return 0;
    size_t q = (size_t)(c - t);
    if (q + 1 < le && t[q + 1] == ':' && chat_role(nw_fold_span(s, ls, p - 1, buf, sizeof buf)))
        return item_person(s, p + 1, q, &na, &nb) ? emit_person(s, na, nb) : 0;
    if (q + 2 < le && t[q + 1] == ' ' && is_digit(t[q + 2]) &&
        chat_role(nw_fold_span(s, p + 1, q, buf, sizeof buf)))
        return item_person(s, ls, p - 1, &na, &nb) ? emit_person(s, na, nb) : 0;
    return 0;
}

/* Does t[a .. b) hold the byte string w? */
static int has(const uint8_t *t, size_t a, size_t b, const char *w)
{
    size_t l = strlen(w);
    return b - a >= l && memmem(t + a, b - a, w, l) != NULL;
}

/* Does the line t[a .. b) give shared DNA: " cM" as a unit (not "McMillan"), or "segment"? */
static int dna_line(const uint8_t *t, size_t a, size_t b)
{
    for (const uint8_t *p = memchr(t + a, 'c', b - a); p;
         p = memchr(p + 1, 'c', (size_t)(t + b - p - 1))) {
        size_t j = (size_t)(p - t);
        if (j + 1 < b && t[j + 1] == 'M' && j > a && (t[j - 1] == ' ' || is_digit(t[j - 1])) &&
            (j + 2 == b || !ascii_alpha(t[j + 2])))
            return 1;
    }
    const uint8_t *g = b - a >= 9 ? memmem(t + a, b - a, " segment", 8) : NULL;
    return g && g - t >= (ptrdiff_t)a + 1 && is_digit(g[-1]); /* "15 segments" */
}

/* The cell separators of a DNA line: its first cell's end, 0 when none. */
static size_t first_cell_end(const uint8_t *t, size_t a, size_t le)
{
    for (size_t j = a; j + 2 < le && j < a + 64; j++) {
        if (t[j] == '\t' || (t[j] == ':' && t[j + 1] == ' '))
            return j;
        if (t[j] == ' ' && (t[j + 1] == '|' || t[j + 1] == '-') && t[j + 2] == ' ')
            return j;
        if (t[j] == ' ' && j + 4 < le && t[j + 1] == 0xE2 && t[j + 2] == 0x80 &&
            (t[j + 3] == 0x93 || t[j + 3] == 0x94))
            return j;
    }
    return 0;
}

/* DNA matches: each line giving cM or segments opens with a match's name; the rows under a
 * header that gives them do too, and their cell under a `Managed by` label is a person's. */
static int dna_lines(struct sc *s)
{
    const uint8_t *t = s->t;
    size_t managed = (size_t)-1, in_table = 0;
    for (size_t ls = 0; ls < s->len;) {
        size_t le = line_end(s, ls), na, nb;
        if (le == ls) {
            in_table = 0;
            ls = le + 1;
            continue;
        }
        int dna = dna_line(t, ls, le);
        int pipe = memchr(t + ls, '|', le - ls) != NULL || memchr(t + ls, '\t', le - ls) != NULL;
        if (dna && pipe && !in_table && has(t, ls, le, "cM") && !has(t, ls, le, "0") &&
            !has(t, ls, le, "1")) {
            /* a header row: where `Managed by` stands */
            in_table = 1;
            managed = (size_t)-1;
            size_t col = 0;
            for (size_t j = ls; j < le; j++) {
                if (t[j] == '|' || t[j] == '\t')
                    col++;
                else if ((t[j] | 0x20) == 'm' && j + 10 <= le &&
                         (memcmp(t + j + 1, "anaged by", 9) == 0))
                    managed = col;
            }
            ls = le + 1;
            continue;
        }
        if (dna || in_table) {
            size_t a = skip_bullet(t, ls, le), e = first_cell_end(t, a, le);
            if (e && item_person(s, a, e, &na, &nb)) {
                int rc = emit_person(s, na, nb);
                if (rc < 0)
                    return rc;
            }
            if (in_table && managed != (size_t)-1) {
                size_t col = 0, cs = ls;
                for (size_t j = ls; j <= le; j++)
                    if (j == le || t[j] == '|' || t[j] == '\t') {
                        if (col == managed && item_person(s, cs, j, &na, &nb)) {
                            int rc = emit_person(s, na, nb);
                            if (rc < 0)
                                return rc;
                        }
                        col++;
                        cs = j + 1;
                    }
            }
        }
        ls = le + 1;
    }
    return 0;
}

/* Backers' and members' exports: the cell right before an email whose local part is the same
 * letters (case, separators, digits and accents aside). */
static int email_names(struct sc *s)
{
    const uint8_t *t = s->t;
    for (const uint8_t *at = memchr(t, '@', s->len); at;
         at = memchr(at + 1, '@', s->len - (size_t)(at + 1 - t))) {
        size_t m = (size_t)(at - t), l = m;
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

/* A head of backers in the line t[ls .. le) (`thanks to our backers:`, `donors (march):`): the
 * list after its ':', else the lines under it to a blank line. The offset to go on from. */
static int backers_at(struct sc *s, size_t ls, size_t le, size_t *resume)
{
    const uint8_t *t = s->t;
    const uint8_t *col = memchr(t + ls, ':', le - ls < 64 ? le - ls : 64);
    *resume = le;
    if (!col)
        return 0;
    size_t c = (size_t)(col - t), found = 0;
    char buf[40];
    for (size_t i = ls; i < c && !found;) {
        size_t e = word_end(t, i, c);
        if (e == i) {
            i++;
            continue;
        }
        found = backer_word(nw_fold_span(s, i, e, buf, sizeof buf));
        i = e;
    }
    if (!found)
        return 0;
    size_t a = c + 1;
    while (a < le && t[a] == ' ')
        a++;
    if (a < le) { /* "..., Rusk and Ruska Tullcombe - and the anonymous backer" */
        size_t b = a;
        while (b + 2 < le && !(t[b] == ' ' && t[b + 1] == '-' && t[b + 2] == ' ') && t[b] != '!')
            b++;
        return list_items(s, a, b + 2 < le || (b < le && t[b] == '!') ? b : le);
    }
    size_t ia[MAXITEMS], ib[MAXITEMS], n = 0, ok = 0, r = le + 1;
    while (r < s->len && n < MAXITEMS) {
        size_t re = line_end(s, r), na, nb, x = skip_bullet(t, r, re);
        if (re == r || (re == r + 1 && t[r] == '\r'))
            break;
        int p = item_person(s, x, backer_item_end(t, x, re), &na, &nb);
        ia[n] = p ? na : 0;
        ib[n] = p ? nb : 0;
        n++;
        ok += p;
        r = re + 1;
    }
    if (n < 2 || ok * 3 < n * 2)
        return 0;
    *resume = ib[n - 1] ? ib[n - 1] : le;
    for (size_t k = 0; k < n; k++)
        if (ib[k]) {
            int rc = emit_person(s, ia[k], ib[k]);
            if (rc < 0)
                return rc;
        }
    return 0;
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
    if (n < 2 || ok * 3 < n * 2)
        return 0;
    for (size_t k = 0; k < n; k++)
        if (ib[k]) {
            int rc = emit_person(s, ia[k], ib[k]);
            if (rc < 0)
                return rc;
        }
    return 0;
}

int nw_h9rec_lists(struct sc *s)
{
    const uint8_t *t = s->t;
    size_t len = s->len;
    if (len < 16)
        return 0;
    int rc;
    if (memchr(t, '@', len) && (rc = email_names(s)) < 0)
        return rc;
    if (!memchr(t, '\n', len))
        return 0;
    if ((memmem(t, len, "cM", 2) || memmem(t, len, "segment", 7)) && (rc = dna_lines(s)) < 0)
        return rc;
    for (size_t ls = 0; ls < len;) {
        size_t le = line_end(s, ls);
        uint8_t c = t[ls] | 0x20;
        if (le > ls + 6) {
            size_t next = le;
            rc = 0;
            uint8_t z = t[le - 1];
            if ((c == 't' || c == 'm') && table_word(t, ls, le))
                rc = seating_at(s, ls, le, &next);
            else if ((is_digit(z) || z == ')') && card_end(t, skip_bullet(t, ls, le), le))
                rc = cards_at(s, ls, &next);
            else if (t[ls] == '[' || is_digit(t[ls]) || (t[ls] >= 'A' && t[ls] <= 'Z') ||
                     t[ls] >= 0xC3)
                rc = chat_at(s, ls, le);
            if (rc == 0 && next == le && ascii_alpha(t[ls]))
                rc = backers_at(s, ls, le, &next);
            if (rc < 0)
                return rc;
            le = next > le ? line_end(s, next) : le;
        }
        ls = le + 1;
    }
    return 0;
}
