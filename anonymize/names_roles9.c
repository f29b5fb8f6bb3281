/* names_roles9.c: cast lists of theatre and film programmes, where a character stands before the
 * actor who plays it: "Hamlet ........ Jonas Weber", "Peer Gynt – Maria Keller", "Figaro
 * Jonas Weber" (columns of spaces). The actor is a person; the character is not, even when it
 * reads like one ("Willy Loman", "Nora Helmer", "Sancho Panza").
 *
 * The one thing to know: the rule sits on the emit path (nw_particles_emit() asks it about every
 * PERSON finding), so it only ever drops a finding that stands left of a leader and passes the
 * actor on in its place. A line counts as a cast entry when capitalised words open it, a leader
 * follows them (three dots or more, an ellipsis, three spaces or more, a dash between spaces)
 * and two to four name-shaped words end it; spaces and dashes drop the left side only under a
 * cast heading, so pairs of names in a rota ("Jonas Weber – Maria Keller", line after line)
 * keep their first. The
 * first test, on the bytes before the finding, leaves at once for a finding that does not open its
 * line.
 */
#include "anonymize/names.h"
#include "anonymize/names_internal.h"

#include <string.h>

enum { LEAD_NONE, LEAD_DOTS, LEAD_SPACES, LEAD_DASH };

struct cast {
    size_t la, lb; /* the character */
    size_t ra, rb; /* the actor */
    int lead;
};

static int is_lo(uint8_t c)
{
    return c >= 'a' && c <= 'z';
}

/* One word at i: letters with inner apostrophes and hyphens; its end, or i. */
static size_t word_end(const struct sc *s, size_t i, size_t e)
{
    const uint8_t *t = s->t;
    size_t j = i;
    while (j < e) {
        size_t l = nw_letter(t + j, e - j);
        if (l)
            j += l;
        else if ((t[j] == '\'' || t[j] == '-') && j > i && j + 1 < e && nw_letter(t + j + 1, 1))
            j++;
        else
            break;
    }
    return j;
}

/* The leader at i after the character's words: where the actor starts, or 0. */
static size_t leader(const struct sc *s, size_t i, size_t e, int *lead)
{
    const uint8_t *t = s->t;
    size_t k = i, sp = 0, dots = 0;
    while (k < e && t[k] == ' ')
        k++, sp++;
    while (k < e && (t[k] == '.' || t[k] == ' ' ||
                     (t[k] == 0xE2 && k + 2 < e && t[k + 1] == 0x80 && t[k + 2] == 0xA6))) {
        if (t[k] == '.')
            dots++;
        else if (t[k] == 0xE2)
            dots += 3, k += 2;
        k++;
    }
    if (dots >= 3) {
        *lead = LEAD_DOTS;
        return k;
    }
    if (dots)
        return 0;
    if (sp >= 3) {
        *lead = LEAD_SPACES;
        return k;
    }
    if (sp == 1 && k + 1 < e && (t[k] == '-' || t[k] == 0xE2)) {
        size_t d = t[k] == '-' ? 1 : 3;
        if (d == 3 && !(t[k + 1] == 0x80 && (t[k + 2] == 0x93 || t[k + 2] == 0x94)))
            return 0; /* an en or an em dash */
        if (k + d < e && t[k + d] == ' ') {
            *lead = LEAD_DASH;
            return k + d + 1;
        }
    }
    return 0;
}

/* Are the words t[a .. e) an actor's name: two to four, capitalised or particles, none an
 * ordinary word, no firm's, product's or place's? */
static int actor(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    int n = 0, up = 0;
    for (size_t i = a; i < e;) {
        size_t we = word_end(s, i, e);
        if (we == i || we - i > 24)
            return 0;
        if (is_lo(t[i])) {
            char pb[16];
            if (!nw_particle(nw_fold_span(s, i, we, pb, sizeof pb)))
                return 0;
        } else if (nw_upper(t + i, e - i)) {
            unsigned f = nw_lexicon_in(t, s->len, i, we);
            if ((f & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) && !(f & (ANON_NL_GIVEN | ANON_NL_NAME)))
                return 0;
            up++;
        } else {
            return 0;
        }
        n++;
        if (we < e && (t[we] != ' ' || we + 1 >= e))
            return 0;
        i = we + 1;
    }
    return n >= 2 && n <= 4 && up >= 2 && !nw_not_person(s, a, e);
}

/* The cast entry on the line t[ls .. le), if it is one. */
static int cast_line(const struct sc *s, size_t ls, size_t le, struct cast *c)
{
    const uint8_t *t = s->t;
    while (le > ls && (t[le - 1] == '\r' || t[le - 1] == ' '))
        le--;
    size_t i = ls;
    while (i < le && i - ls < 8 && t[i] == ' ')
        i++;
    if (i >= le || le - ls > 120 || !nw_upper(t + i, le - i))
        return 0;
    c->la = i;
    for (int n = 0;; n++) {
        size_t we = word_end(s, i, le);
        if (we == i || n == 5 || we - c->la > 40)
            return 0;
        c->lb = we;
        if (we + 1 < le && t[we] == ' ' && nw_letter(t + we + 1, le - we - 1) &&
            !(we + 2 < le && t[we + 1] == ' '))
            i = we + 1;
        else
            break;
    }
    size_t r = leader(s, c->lb, le, &c->lead);
    if (!r || r >= le || !nw_upper(t + r, le - r))
        return 0;
    c->ra = r;
    c->rb = le;
    return actor(s, r, le);
}

/* The start of the line before the one that starts at ls (ls > 0). */
static size_t line_before(const struct sc *s, size_t ls)
{
    size_t q = ls - 1;
    while (q > 0 && s->t[q - 1] != '\n')
        q--;
    return q;
}

static size_t line_end(const struct sc *s, size_t i)
{
    return nw_line_end_at(s, i); /* names_internal.h: the text's line table */
}

/* A cast heading on the line t[ls .. le) ("Cast", "Besetzung:", "Dramatis personae")? */
static int heading(const struct sc *s, size_t ls, size_t le)
{
    static const char *const heads[] = {
        "cast",         "the cast",     "cast list",    "dramatis personae",
        "characters",   "starring",     "besetzung",    "personen",
        "rollen",       "mitwirkende",  "distribution", "personnages",
        "rolverdeling", "cast en crew", "reparto",      "personajes",
        "interpreti",   "personaggi",   "elenco",       "personagens"};
    const uint8_t *t = s->t;
    while (le > ls && (t[le - 1] == '\r' || t[le - 1] == ' ' || t[le - 1] == ':'))
        le--;
    char f[24];
    if (le <= ls || le - ls >= sizeof f)
        return 0;
    size_t n = nw_fold((const char *)t + ls, le - ls, f, sizeof f - 1);
    f[n] = '\0';
    return n && nw_one_of(f, heads, sizeof heads / sizeof heads[0]);
}

/* Does the cast entry on the line at ls stand in a cast list: 2 under a heading up to eight
 * lines above, 1 beside two more entries with the same leader within two lines either side. */
static int in_list(const struct sc *s, size_t ls, size_t le, int lead)
{
    struct cast o;
    int near = 0;
    size_t p = ls;
    for (int k = 0; k < 8 && p > 0; k++) {
        size_t q = line_before(s, p);
        if (heading(s, q, p - 1))
            return 2;
        if (k < 2 && cast_line(s, q, p - 1, &o) && o.lead == lead)
            near++;
        p = q;
    }
    size_t n = le;
    for (int k = 0; k < 2 && n < s->len; k++) {
        size_t ne = line_end(s, n + 1);
        if (cast_line(s, n + 1, ne, &o) && o.lead == lead)
            near++;
        n = ne;
    }
    return near >= 2;
}

static size_t position_at(const struct sc *s, size_t i, size_t le);

int nw_roles9_cast(const struct sc *s, size_t *pa, size_t b, anon_names_emit_fn emit, void *arg)
{
    const uint8_t *t = s->t;
    size_t a = *pa, p = position_at(s, a, b);
    if (p && actor(s, p, b)) {
        *pa = p; /* "Captain Thomas Doyle", "Torwart Jonas Weber": the player without the post */
        return 0;
    }
    /* the cheap test: only letters and spaces between the line's start and the finding */
    size_t ls = a;
    while (ls > 0 && a - ls < 40 && t[ls - 1] != '\n' && (t[ls - 1] == ' ' || t[ls - 1] >= 'A'))
        ls--;
    if (ls > 0 && t[ls - 1] != '\n')
        return 0;
    size_t e = b;
    while (e + 1 < s->len && e - b < 40 && !(t[e] == ' ' && t[e + 1] == ' ') &&
           (t[e] == ' ' || (t[e] >= 'A' && t[e] != 0xE2)))
        e++;
    if (e + 1 >= s->len || (t[e] != '.' && t[e] != '-' && t[e] != 0xE2 && t[e] != ' '))
        return 0;
    struct cast c;
    size_t le = line_end(s, b);
    if (!cast_line(s, ls, le, &c) || a < c.la || b > c.lb)
        return 0;
    int list = c.lead == LEAD_DOTS ? 2 : in_list(s, ls, le, c.lead);
    if (!list)
        return 0;
    /* Beside other such lines but under no heading, the left side may be a person too (mentors
     * and mentees, home and away, "Maria Keller – Jonas Weber" line after line): both are kept,
     * as a missed character costs a false finding and a dropped person a leak. */
    int rc = list == 1 ? emit(arg, ANON_NAMES_PERSON, a, b) : 0;
    if (rc >= 0)
        rc = emit(arg, ANON_NAMES_PERSON, c.ra, c.rb);
    return rc < 0 ? rc : 1;
}

/* ---- team sheets: a position before each player ("Keeper Maria Keller", "doelman Jan de
 * Vries", "Torwart Jonas Weber, Kapitän Lukas Vogel") ---------------------------------------- */

/* Playing positions and the captain, folded, in en/de/fr/nl/es/it/pt. */
static const char *const positions[] = {
    "keeper",     "goalkeeper", "goalie",     "captain",        "striker",      "winger",
    "defender",   "midfielder", "fullback",   "full-back",      "torwart",      "torhüter",
    "kapitän",    "stürmer",    "libero",     "verteidiger",    "gardien",      "capitaine",
    "attaquant",  "milieu",     "défenseur",  "arrière",        "ailier",       "doelman",
    "aanvoerder", "spits",      "verdediger", "middenvelder",   "portero",      "capitán",
    "delantero",  "lateral",    "defensa",    "centrocampista", "extremo",      "portiere",
    "capitano",   "attaccante", "terzino",    "difensore",      "guarda-redes", "goleiro",
    "capitão",    "avançado",   "atacante",   "zagueiro",       "médio"};

/* A position word at i followed by a space and a capital: where the player starts, or 0. */
static size_t position_at(const struct sc *s, size_t i, size_t le)
{
    const uint8_t *t = s->t;
    size_t we = word_end(s, i, le);
    if (we - i < 4 || we - i > 15 || we + 2 >= le || t[we] != ' ' ||
        !(is_up(t[we + 1]) || (t[we + 1] >= 0xC3 && t[we + 1] <= 0xC5)))
        return 0;
    char f[20];
    const char *w = nw_fold_span(s, i, we, f, sizeof f);
    return *w && nw_one_of(w, positions, sizeof positions / sizeof positions[0]) ? we + 1 : 0;
}

/* The players of the line t[ls .. le): "POSITION Name" items, separated by ", " and ended by the
 * line or a full stop. Emits them when the line holds two or more, or one beside a line that
 * opens with a position too (near). */
static int sheet_line(struct sc *s, size_t ls, size_t le, int near)
{
    const uint8_t *t = s->t;
    size_t pa[6], pb[6];
    int n = 0;
    for (size_t i = ls;;) {
        size_t p = position_at(s, i, le);
        if (!p || n == 6)
            return 0;
        size_t e = p;
        while (e < le && t[e] != ',' && t[e] != '.' && t[e] != '\r')
            e++;
        while (e > p && t[e - 1] == ' ')
            e--;
        if (!actor(s, p, e))
            return 0;
        pa[n] = p;
        pb[n++] = e;
        if (e < le && t[e] == ',' && e + 2 < le && t[e + 1] == ' ')
            i = e + 2;
        else if (e >= le || t[e] == '\r' || (t[e] == '.' && (e + 1 >= le || t[e + 1] == '\r')))
            break;
        else
            return 0;
    }
    if (n < 2 && !near)
        return 0;
    for (int k = 0; k < n; k++) {
        int rc = s->emit(s->arg, ANON_NAMES_PERSON, pa[k], pb[k]);
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* The first byte of a line that may open with a position: a letter and a short word. */
static int may_open(const struct sc *s, size_t ls, size_t le)
{
    return ls + 8 < le && le - ls < 160 && s->t[ls] >= 'A';
}

int nw_roles9_sheets(struct sc *s)
{
    struct nw_lines *lines = nw_lines_of(s);
    size_t prev = 0; /* did the line before open with a position */
    for (size_t ls = 0, ln = 0; ls < s->len; ln++) {
        size_t le = nw_line_at(lines, s, ln, ls);
        size_t here = may_open(s, ls, le) ? position_at(s, ls, le) : 0;
        if (here) {
            size_t ne = le < s->len ? line_end(s, le + 1) : le;
            int near =
                prev || (le < s->len && may_open(s, le + 1, ne) && position_at(s, le + 1, ne));
            int rc = sheet_line(s, ls, le, near);
            if (rc < 0)
                return rc;
        }
        prev = here;
        ls = le + 1;
    }
    return 0;
}
