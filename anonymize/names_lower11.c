/* names_lower11.c: lists of people typed in lower case after a word that says the list is people
 * ("invited: maria, jonas, priya", "cc maria keller, jonas weber and priya shah", "the attendees
 * were jonas, priya and maria", "reunión con lucía y javier"), branch lower11.
 *
 * The walk of names.c judges capitalised words; names_lower.c raises the lexicon's names of a
 * lower-case text, but not those that are ordinary words too ("maria", "will"), and a list's
 * later items have no context of their own. Here each ", " before a lexicon given name opens a
 * look: the list around it (items of one to three words split by ", ", "; " or a conjunction of
 * the pack's languages), and the words before its first item, which must say the items are
 * people: an attendance, recipient or assignment word (`invited`, `present`, `cc`, `assigned
 * to`, `reviewers`, `team`, `with` and their de/fr/nl/es/it/pt forms).
 *
 * The one thing to know: the cue alone is not enough ("present: redis, kafka", "smoothie with
 * mango, banana and lime", "we hired craig, palmer and quinn"): every item must open with a
 * lexicon name (a given name that is an ordinary word too, "maria", "will", counts only beside
 * another), one item at least must be a given name that is no ordinary word, and the other words
 * of an item are names, unknown words of a name's shape or a surname's initial ("maria k.").
 * Items stay lower case (a capitalised item is the roster passes'), except the letters
 * names_lower.c raised in its copy. Nothing here allocates. */
#include "anonymize/names_internal.h"

#include <string.h>

enum { MAXI = 16 };

/* A letter of a lower-case word at i (in the raised copy, a capital opening a word too): its
 * byte length, 0 for none. */
static size_t letter(const struct sc *s, size_t i, int first)
{
    const uint8_t *t = s->t;
    if (i >= s->len)
        return 0;
    if (t[i] >= 'a' && t[i] <= 'z')
        return 1;
    if (t[i] < 0x80)
        return (first && s->raised && t[i] >= 'A' && t[i] <= 'Z') ? 1 : 0;
    size_t l = nw_letter(t + i, s->len - i);
    return l && (first ? !nw_upper(t + i, s->len - i) || s->raised : !nw_upper(t + i, s->len - i))
               ? l
               : 0;
}

/* A byte of a word read backwards: a letter, a UTF-8 byte, an initial's '.', a hyphen. */
static int word_byte(uint8_t c)
{
    return ((c | 32) >= 'a' && (c | 32) <= 'z') || c >= 0x80 || c == '.' || c == '-' || c == '\'';
}

/* The end of the word of letters from i ('-' and '\'' between letters inside it), or i. */
static size_t word_end(const struct sc *s, size_t i)
{
    size_t e = i, l;
    if (!(l = letter(s, e, 1)))
        return i;
    e += l;
    for (;;) {
        while ((l = letter(s, e, 0)) != 0)
            e += l;
        if (e + 1 < s->len && (s->t[e] == '-' || s->t[e] == '\'') && letter(s, e + 1, 1))
            e += 1 + letter(s, e + 1, 1); /* "zepeenko-lanolchuk", raised "O'Neill" */
        else
            break;
    }
    return e;
}

/* Is t[a .. e) an ordinary word for a name's slot (a month, a label, a title, a term, a word of
 * the lists), whatever the lexicon says? */
static int listed_word(const struct sc *s, size_t a, size_t e)
{
    char b[32];
    const char *f = nw_fold_span(s, a, e, b, sizeof b);
    return !*f || nw_month(f) || nw_not_name(f) ||
           (nw_cats(f) & (C_LABEL | C_CLOSE | C_SAL | C_HON | C_TERM | C_MONTH));
}

/* A name of the lexicon opening an item at a: 2 strong (no English word), 1 (an English word
 * too: "maria", "will"), 0 none. Its end in *e. */
static int given_at(const struct sc *s, size_t a, size_t *e)
{
    *e = word_end(s, a);
    if (*e - a < 2 || *e - a > 24 || (*e < s->len && (is_alnum(s->t[*e]) || s->t[*e] >= 0x80)))
        return 0;
    unsigned f = nw_lexicon_in(s->t, s->len, a, *e);
    if (!nw_lexname(f))
        return 0;
    if (listed_word(s, a, *e))
        return 0;
    if (!(f & ANON_NL_COMMON_EN) &&
        (!(f & ANON_NL_COMMON) || (f & (ANON_NL_GIVEN | ANON_NL_ATTESTED))))
        return 2; /* "jonas", a word of another language too but a given name */
    return 1;     /* "maria", "will": an English word too */
}

/* An item at a: a given name, then up to two more words (a lexicon name, an unknown word of a
 * name's shape, a particle before one) or a surname's initial ("k."). Its end, or 0; its
 * strength (given_at()) in *g. */
static size_t item_at(const struct sc *s, size_t a, int *g)
{
    const uint8_t *t = s->t;
    size_t e;
    if (!(*g = given_at(s, a, &e)))
        return 0;
    size_t end = e;
    for (int k = 0; k < 3 && end + 2 < s->len && t[end] == ' '; k++) {
        size_t w = end + 1, we = word_end(s, w);
        if (we == w)
            break;
        if (we == w + 1 && we < s->len && t[we] == '.' &&
            (we + 1 == s->len || !is_alnum(t[we + 1]))) {
            end = we + 1; /* "maria k." */
            break;
        }
        if (we < s->len && (is_alnum(t[we]) || t[we] >= 0x80))
            break;
        char b[16];
        if (k < 2 && we - w <= 3 && nw_particle(nw_fold_span(s, w, we, b, sizeof b)) &&
            we + 1 < s->len && t[we] == ' ' && letter(s, we + 1, 1))
            continue; /* "van", "de la": kept only with the word after them */
        unsigned f = nw_lexicon_in(t, s->len, w, we);
        int last = we >= s->len || strchr(",;.\n\r", t[we]) ||
                   (we + 5 <= s->len && memcmp(t + we, " and ", 5) == 0);
        int name = nw_lexname(f) && (!(f & ANON_NL_COMMON_EN) || ((f & ANON_NL_NAME) && last)) &&
                   (!(f & ANON_NL_COMMON) || (f & ANON_NL_NAME)); /* "priya shah" ends an item */
        int unknown = f == 0 && we - w >= 3 && nw_name_shape(t + w, we - w) >= 0;
        if ((!name && !unknown) || listed_word(s, w, we))
            break;
        end = we;
    }
    return end;
}

/* The separator between two items at i: where the next item starts, or 0 (", ", "; ", ", and ",
 * " and ", " & " and the conjunctions of the pack's languages). */
static size_t separator(const struct sc *s, size_t i)
{
    static const char *const conj[] = {"and ", "und ", "et ", "en ", "y ",
                                       "e ",   "& ",   "or ", "ou ", "o "};
    const uint8_t *t = s->t;
    int comma = 0;
    if (i + 1 < s->len && (t[i] == ',' || t[i] == ';') && t[i + 1] == ' ')
        i += 2, comma = 1;
    else if (i < s->len && t[i] == ' ')
        i++;
    else
        return 0;
    for (size_t k = 0; k < sizeof conj / sizeof conj[0]; k++) {
        size_t n = strlen(conj[k]);
        if (i + n < s->len && memcmp(t + i, conj[k], n) == 0)
            return i + n;
    }
    return comma ? i : 0;
}

/* Does the word t[a .. e) (folded) say that what follows is people? 1: by itself ("invited",
 * "cc", "with"); 2: a preposition that needs an assignment word before it ("to" of "assigned
 * to", "an", "à", "aan", "a"); 3: a verb between ("were", "sind", "sont"). */
static int cue_kind(const char *w)
{
    static const char *const cues[] = {
        "invited",      "invitees",      "present",      "attendees",
        "attending",    "attendance",    "apologies",    "absent",
        "cc",           "bcc",           "assignees",    "reviewers",
        "reviewer",     "team",          "with",         "participants",
        "guests",       "speakers",      "members",      "recipients",
        "approvers",    "owners",        "eingeladen",   "anwesend",
        "teilnehmer",   "teilnehmende",  "entschuldigt", "abwesend",
        "gäste",        "mit",           "empfänger",    "invités",
        "invitées",     "présents",      "présentes",    "excusés",
        "absents",      "avec",          "équipe",       "destinataires",
        "uitgenodigd",  "aanwezig",      "deelnemers",   "afwezig",
        "met",          "gasten",        "invitados",    "presentes",
        "asistentes",   "ausentes",      "disculpas",    "con",
        "equipo",       "participantes", "invitati",     "presenti",
        "partecipanti", "assenti",       "squadra",      "convidados",
        "equipa",       "equipe",        "ontvangers",   "destinatarios",
        "destinatari"};
    static const char *const preps[] = {"to", "an", "à", "aan", "a"};
    static const char *const verbs[] = {"were", "are",     "was",  "is",    "sind",  "waren",
                                        "sont", "étaient", "zijn", "waren", "son",   "fueron",
                                        "sono", "erano",   "são",  "foram", "today", "heute"};
    if (NW_ONE_OF(w, cues))
        return 1;
    if (NW_ONE_OF(w, preps))
        return 2;
    return NW_ONE_OF(w, verbs) ? 3 : 0;
}

/* An assignment's participle before "to" ("assigned", "zugewiesen", "assigné", "toegewezen",
 * "asignado", "assegnato", "atribuído", their other endings). */
static int assigned(const char *w)
{
    static const char *const stems[] = {"assign",   "zugewiesen", "toegewezen", "asignad",
                                        "assegnat", "atribu",     "delegated",  "given"};
    for (size_t k = 0; k < sizeof stems / sizeof stems[0]; k++)
        if (strncmp(w, stems[k], strlen(stems[k])) == 0)
            return 1;
    return 0;
}

/* The word ending right before e (after spaces and one ':'), folded into b; its start in *ws,
 * "" when none (a line's or a sentence's end is in between). */
static const char *word_before(const struct sc *s, size_t e, size_t *ws, char *b, size_t cap)
{
    const uint8_t *t = s->t;
    while (e > 0 && t[e - 1] == ' ')
        e--;
    if (e > 0 && t[e - 1] == ':')
        e--;
    while (e > 0 && t[e - 1] == ' ')
        e--;
    size_t a = e;
    while (a > 0 && e - a < 24 && word_byte(t[a - 1]) && t[a - 1] != '.' && t[a - 1] != '-')
        a--;
    *ws = a;
    if (a == e || (a > 0 && is_alnum(t[a - 1])))
        return "";
    return nw_fold_span(s, a, e, b, cap);
}

/* Do the words before the item at a say it opens a list of people? */
static int cue_before(const struct sc *s, size_t a)
{
    char b[32];
    size_t ws;
    const char *w = word_before(s, a, &ws, b, sizeof b);
    int kind = *w ? cue_kind(w) : 0;
    if (kind == 1)
        return 1;
    if (kind == 0)
        return 0;
    const char *v = word_before(s, ws, &ws, b, sizeof b);
    if (kind == 2)
        return *v && assigned(v);
    return *v && cue_kind(v) == 1; /* "the attendees were" */
}

/* The list whose item after the ", " at c holds a given name: its items' starts and ends. */
static int list_at(struct sc *s, size_t c, size_t *done)
{
    const uint8_t *t = s->t;
    size_t a[MAXI], e[MAXI], n = 0;
    int g, strong = 0;
    /* the item before the comma: one to three words back to where the cue stands */
    size_t first = c, start = 0;
    for (int k = 0; k < 3 && first > 0; k++) {
        size_t w = first;
        while (w > 0 && t[w - 1] == ' ')
            w--;
        if (w < first && k == 0)
            return 0; /* "x , y" */
        size_t q = w;
        while (q > 0 && w - q < 24 && word_byte(t[q - 1]))
            q--;
        if (q == w)
            break;
        if (item_at(s, q, &g) == c && cue_before(s, q)) { /* the cue's lists cost more */
            start = q;
            break;
        }
        first = q;
    }
    if (!start)
        return 0;
    for (size_t i = start; n < MAXI;) {
        size_t ie = item_at(s, i, &g);
        if (!ie)
            break;
        a[n] = i;
        e[n++] = ie;
        strong |= g == 2;
        size_t nx = separator(s, ie);
        if (!nx)
            break;
        i = nx;
    }
    *done = n ? e[n - 1] : c + 1;
    if (n < 2 || !strong || e[0] != c)
        return 0;
    for (size_t k = 0; k < n; k++) {
        int rc = s->emit(s->arg, ANON_NAMES_PERSON, a[k], e[k]);
        if (rc < 0)
            return rc;
    }
    return 0;
}

int nw_lower11_lists(struct sc *s)
{
    const uint8_t *t = s->t;
    size_t done = 0;
    if (s->len < 12) /* "cc: al, bo" is ten bytes: no list of two names fits less */
        return 0;
    struct nw_hits *h = nw_hits_of(s, ','); /* names_docs4.c's passes found them */
    for (size_t hk = 0, c = nw_hit_at(h, s, ',', 0, 0); c < s->len;
         c = nw_hit_at(h, s, ',', ++hk, c + 1)) {
        /* ", " between a letter (or an initial's dot) and a lower-case letter: most commas of
         * prose and code leave here */
        if (c < done || c + 3 >= s->len || c < 2 || t[c + 1] != ' ' ||
            !(t[c - 1] >= 'a' || t[c - 1] == '.' || (s->raised && t[c - 1] >= 'A')))
            continue;
        if (!((t[c + 2] >= 'a' && t[c + 2] <= 'z') || t[c + 2] >= 0xC3 ||
              (s->raised && t[c + 2] >= 'A' && t[c + 2] <= 'Z')))
            continue;
        /* an ASCII word after it, then no identifier's byte: the lexicon at once (most words
         * of prose and code after a comma are no name) */
        size_t j = c + 3, e;
        while (j < s->len && t[j] >= 'a' && t[j] <= 'z')
            j++;
        if (t[c + 2] < 0x80 && (j == s->len || t[j] < 0x80)) {
            if (j - c - 2 < 2 || j - c - 2 > 24 ||
                (j < s->len && (is_alnum(t[j]) || t[j] == '_' || t[j] == '(')) ||
                !nw_lexname(nw_lexicon_in(t, s->len, c + 2, j)))
                continue; /* list_at() reads the item whole */
        } else if (!given_at(s, c + 2, &e)) {
            continue;
        }
        int rc = list_at(s, c, &done);
        if (rc < 0)
            return rc;
    }
    return 0;
}
