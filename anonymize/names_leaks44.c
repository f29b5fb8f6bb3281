/* names_leaks44.c: things stop 43 still took for people, and short surnames it left.
 *
 * - nw_leaks44_emit(), at the head of the scanner's emit chain, drops a PERSON finding that is
 *   a mountain hut (a hut's head noun inside it or one of the two words before it: "Rifugio
 *   Vittorio Emanuele", "Chata Václava Havla", "Refuge Albert 1er"), a rescue helicopter's call
 *   sign (its name before a number: "Christoph 14", "Kryštof 07"), a horse (in a start list's
 *   horse column, after a horse passport's label, or after "riding"/"auf"/"avec" in a text that
 *   says horse), a desk or firm by its head noun ("Afdeling Inkoop", "Makelaardij Hofstad"), a
 *   rescue log's field label before its colon ("Ferito:", "Zraněný:") or "Ave Maria";
 * - nw_leaks44_caps() takes a surname or given name of two or three capitals after a label that
 *   names that part ("Nachname: LI", "Apellido: OU", "Prénom: WEI"; "Name: NG" only when a
 *   given-name label follows), which caps_name() leaves because "Name: API" is no person.
 *
 * The one thing to know: the filter only looks at findings (most texts have none), its lists hold
 * no word a person's name is made of, and a horse is dropped only where the text says horse.
 * Nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>
#include <strings.h>

/* nw_one_of() of a list that ends with NULL (left out of its count) */
#define ONE_OF(w, list) nw_one_of((w), (list), sizeof(list) / sizeof((list)[0]) - 1)

/* Is t[a .. e) the list word l (ASCII letters in either case, other bytes exactly)? */
static int same_word(const uint8_t *t, size_t a, size_t e, const char *l)
{
    size_t n = strlen(l);
    return n == e - a && strncasecmp((const char *)t + a, l, n) == 0;
}

/* Is t[a .. e) one of the words of list? Its first byte must match exactly (the lists' words are
 * written as the text writes them there). */
static int in_words(const uint8_t *t, size_t a, size_t e, const char *const *list)
{
    for (; *list; list++)
        if ((uint8_t)(*list)[0] == t[a] && same_word(t, a, e, *list))
            return 1;
    return 0;
}

static size_t word_end(const uint8_t *t, size_t i, size_t e)
{
    while (i < e && t[i] != ' ' && t[i] != '\n' && t[i] != '\t')
        i++;
    return i;
}

/* The start of the word that ends at e (one space before e is skipped), on the same line. */
static size_t word_before(const uint8_t *t, size_t e)
{
    size_t w = e;
    while (w > 0 && t[w - 1] != ' ' && t[w - 1] != '\n' && t[w - 1] != '\t' && t[w - 1] != '|' &&
           t[w - 1] != '(' && t[w - 1] != '"')
        w--;
    return w;
}

/* ---- huts, helicopters, desks, firms -------------------------------------------------------- */

/* head nouns of mountain huts (in any word of the finding, or one of the two words before it) */
static const char *const hut[] = {
    "Rifugio",           "Capanna",  "Cabane", "Refuge", "Refugio", "Chata",
    "Chamanna",          "Bivacco",  "Baita",  "Hütte",  "Chalupa", "Schutzhaus",
    "Alpenvereinshütte", "Berghaus", NULL};
/* the names of rescue helicopters' call signs, before their number */
static const char *const heli[] = {"Christoph", "Christophorus", "Kryštof", "Pegaso",  "Drago",
                                   "Dragon",    "Rega",          "Alpin",   "Pelikan", "Gallus",
                                   "Heli",      "Lifeliner",     NULL};
/* head nouns of desks, departments and the firms of trades that a contact label names */
static const char *const desk[] = {"Afdeling",
                                   "Service",
                                   "Servizio",
                                   "Servicedesk",
                                   "Servicio",
                                   "Receção",
                                   "Receptie",
                                   "Recepción",
                                   "Reception",
                                   "Rezeption",
                                   "Apoio",
                                   "Ufficio",
                                   "Departamento",
                                   "Abteilung",
                                   "Dział",
                                   "Hausverwaltung",
                                   "Makelaardij",
                                   "Gestoría",
                                   "Asesoría",
                                   "Inmobiliaria",
                                   "Agenzia",
                                   "Officina",
                                   "Kanzlei",
                                   "Autohaus",
                                   "Schreinerei",
                                   "Bouwbedrijf",
                                   "Installatiebedrijf",
                                   "Tandartspraktijk",
                                   "Administratiekantoor",
                                   "Talleres",
                                   "Immobilien",
                                   "Agence",
                                   "Cabinet",
                                   "Étude",
                                   NULL};
/* field labels of rescue logs that a time before them hides from the role reader */
static const char *const log_label[] = {"Chiamata", "Ferito", "Zraněný", "Oznámil", "Vyslán",
                                        "Ferita",   "Alarm",  "Appel",   NULL};

/* The first bytes of the words of hut (bit 1) and desk (bit 2): most findings' words open with
 * none of them, and are not compared with either list. */
static const uint8_t first[256] = {
    ['A'] = 3, ['B'] = 3, ['C'] = 3, ['D'] = 2, ['G'] = 2, ['H'] = 3, ['I'] = 2, ['K'] = 2,
    ['M'] = 2, ['O'] = 2, ['R'] = 3, ['S'] = 3, ['T'] = 2, ['U'] = 2, [0xC3] = 2};

static int hut_or_desk(const uint8_t *t, size_t a, size_t e)
{
    for (size_t w = a; w < e;) {
        size_t m = word_end(t, w, e);
        uint8_t f = first[t[w]];
        if (((f & 1) && in_words(t, w, m, hut)) || (w == a && (f & 2) && in_words(t, w, m, desk)))
            return 1;
        if (m - w > 6 && t[m - 1] == 'e' && memcmp(t + m - 6, "h\xc3\xbctte", 6) == 0)
            return 1; /* "Franz-Senn-Hütte" */
        w = m + 1;
    }
    /* one or two words before, on the same line: "Chata Václava Havla" taken as "Havla" */
    size_t p = a;
    for (int k = 0; k < 2 && p >= 2 && t[p - 1] == ' '; k++) {
        size_t w = word_before(t, p - 1);
        if (w == p - 1)
            break;
        if ((first[t[w]] & 1) && in_words(t, w, p - 1, hut))
            return 1;
        p = w;
    }
    return 0;
}

static int heli_sign(const uint8_t *t, size_t len, size_t a, size_t e)
{
    return e + 1 < len && t[e] == ' ' && is_digit(t[e + 1]) && word_end(t, a, e) == e &&
           in_words(t, a, e, heli);
}

/* ---- horses -----------------------------------------------------------------------------------
 */

/* header cells and passport labels that name a horse */
static const char *const horse_head[] = {
    "Pferd",      "Horse",         "Cheval",           "Paard",
    "Cavallo",    "Caballo",       "Name des Pferdes", "Name of horse",
    "Horse name", "Nom du cheval", "Naam paard",       "Nome del cavallo",
    NULL};
/* a horse passport's labels of its parents: people's parents in other forms */
static const char *const parent_label[] = {"Vater",       "Mutter",  "Sire",   "Dam",   "Père",
                                           "Mère",        "Vader",   "Moeder", "Padre", "Madre",
                                           "Muttervater", "Damsire", NULL};
/* the words between a rider and the horse */
static const char *const riding[] = {"on", "auf", "avec", "met", "sur", "a", NULL};
/* the titles horses' names open with ("Sir Donnerhall", "Lady Marlene", "Fürst Romancier") */
static const char *const horse_title[] = {
    "Sir",   "Lord",   "Lady",     "Don",   "Donna", "Fürst", "Fürstin", "Contessa",
    "Conte", "Prince", "Princess", "Baron", "Count", "King",  "Queen",   NULL};
/* words that say a text is about horses */
static const char *const horse_words[] = {
    "Pferd",   "horse",    "Horse", "cheval", "Cheval",   "paard",      "Paard",     "cavallo",
    "Cavallo", "Reiter",   "Rider", "rider",  "Cavalier", "Ruiter",     "Cavaliere", "riding",
    "Dressur", "dressage", "sella", "ZZ-",    "Klasse",   "Grand Prix", "Springen",  NULL};

/* Does the text hold one of horse_words as a word (a plural's "s", "e" or "es" let through)? */
static int mentions_horse(const uint8_t *t, size_t len)
{
    for (const char *const *w = horse_words; *w; w++) {
        size_t n = strlen(*w);
        for (const uint8_t *p = t;
             p + n <= t + len && (p = memchr(p, (*w)[0], (size_t)(t + len - p))); p++) {
            if ((size_t)(t + len - p) < n || memcmp(p, *w, n) != 0 || (p > t && is_alnum(p[-1])))
                continue;
            size_t r = (size_t)(p - t) + n;
            while (r < len && r - (size_t)(p - t) - n < 2 && (t[r] == 's' || t[r] == 'e'))
                r++;
            if (r >= len || !is_alnum(t[r]) || (*w)[n - 1] == '-')
                return 1;
        }
    }
    return 0;
}

/* The start of the line holding t[i], looked for at most LINE_BACK bytes back (a start list's
 * lines are short; a JSON body on one line is not walked): SIZE_MAX when it is further. */
#define LINE_BACK 256
static size_t line_start_of(const uint8_t *t, size_t i)
{
    size_t lo = i > LINE_BACK ? i - LINE_BACK : 0;
    while (i > lo && t[i - 1] != '\n')
        i--;
    return i > 0 && t[i - 1] != '\n' ? SIZE_MAX : i;
}

/* The cell of t[a] in a '|' table: its index on its line, or -1 when the line has no '|'. */
static int cell_index(const uint8_t *t, size_t ls, size_t a)
{
    int k = 0, bars = 0;
    for (size_t i = ls; i < a; i++)
        if (t[i] == '|')
            k++, bars++;
    return bars ? k : -1;
}

/* The trimmed text of cell k of the line at ls: its bounds in *cs, *ce; 0 when there is none. */
static int cell_at(const uint8_t *t, size_t len, size_t ls, int k, size_t *cs, size_t *ce)
{
    size_t i = ls;
    for (int c = 0; c < k; c++) {
        while (i < len && t[i] != '|' && t[i] != '\n')
            i++;
        if (i >= len || t[i] != '|')
            return 0;
        i++;
    }
    size_t e = i;
    while (e < len && t[e] != '|' && t[e] != '\n')
        e++;
    while (i < e && t[i] == ' ')
        i++;
    while (e > i && t[e - 1] == ' ')
        e--;
    *cs = i;
    *ce = e;
    return e > i;
}

/* Is the finding at t[a] a horse: in a table's column whose header (the first '|' line of its
 * block) is a horse cell, after a horse label's colon, after "riding", or after a parent's label
 * or a riding word and a horse's title in a text that mentions horses? st keeps the last table
 * row whose block's head was found, so that a long table is walked up once. */
static int horse(struct nw_leaks44 *st, size_t a)
{
    const uint8_t *t = st->t;
    size_t len = st->len;
    /* what stands right before the finding, within its line: a cell's '|', a label's ':', a
     * riding word; a horse's title the finding left out is skipped ("Sir Donnerhall") */
    size_t lo = a > 64 ? a - 64 : 0, p = a;
    int titled = 0;
    while (p > lo && t[p - 1] == ' ')
        p--;
    if (p > lo && p < a && t[p - 1] != ':' && t[p - 1] != '|' && t[p - 1] != '\n') {
        size_t w = word_before(t, p);
        if (p - w >= 2 && p - w <= 9 && is_up(t[w]) && w > lo && t[w - 1] == ' ') {
            titled = in_words(t, w, p, horse_title);
            p = w;
            while (p > lo && t[p - 1] == ' ')
                p--;
        }
    }
    if (p <= lo || p == a)
        return 0;
    if (t[p - 1] == '|') { /* a table's cell: its column's header */
        size_t ls = line_start_of(t, a), cs, ce;
        if (ls == SIZE_MAX)
            return 0;
        int k = cell_index(t, ls, a);
        size_t hs = ls; /* up to the first line of the block of '|' lines */
        while (hs > 0) {
            if (hs == st->row) {
                hs = st->head;
                break;
            }
            size_t q = line_start_of(t, hs - 1);
            if (q == SIZE_MAX || !memchr(t + q, '|', hs - 1 - q))
                break;
            hs = q;
        }
        st->row = ls;
        st->head = hs;
        return hs != ls && cell_at(t, len, hs, k, &cs, &ce) && in_words(t, cs, ce, horse_head);
    }
    if (t[p - 1] == ':') { /* "Sire: Donnerhall", "Name des Pferdes: Lord Pezi" */
        size_t q = p - 1;
        while (q > lo && t[q - 1] == ' ')
            q--;
        size_t w = q;
        while (w > lo && t[w - 1] != '|' && t[w - 1] != '\t' && t[w - 1] != '\n' && q - w < 24)
            w--;
        while (w < q && t[w] == ' ')
            w++;
        if (w == q)
            return 0;
        if (in_words(t, w, q, horse_head))
            return 1;
        return in_words(t, w, q, parent_label) && mentions_horse(t, len);
    }
    /* "riding Bentley", "Anna Weber auf Sir Donnerhall" */
    size_t w = word_before(t, p);
    if (w >= p)
        return 0;
    if (same_word(t, w, p, "riding") ||
        (w >= 6 && memcmp(t + w - 6, "sella ", 6) == 0 && same_word(t, w, p, "a")))
        return 1;
    return titled && in_words(t, w, p, riding) && mentions_horse(t, len);
}

/* ---- the chain's link ------------------------------------------------------------------------ */

static int log_label_at(const uint8_t *t, size_t len, size_t a, size_t e)
{
    return e < len && t[e] == ':' && word_end(t, a, e) == e && in_words(t, a, e, log_label);
}

static int ave_maria(const uint8_t *t, size_t a, size_t e)
{
    if (e - a >= 9 && memcmp(t + a, "Ave Mar", 7) == 0)
        return 1;
    return a >= 4 && memcmp(t + a - 4, "Ave ", 4) == 0 && e - a <= 6 && t[a] == 'M';
}

int nw_leaks44_emit(void *arg, int kind, size_t a, size_t e)
{
    struct nw_leaks44 *p = arg;
    const uint8_t *t = p->t;
    if (kind == ANON_NAMES_PERSON && e > a && t[a] >= 'A' &&
        (hut_or_desk(t, a, e) || heli_sign(t, p->len, a, e) || log_label_at(t, p->len, a, e) ||
         ave_maria(t, a, e) || horse(p, a)))
        return 0;
    return p->emit(p->arg, kind, a, e);
}

/* ---- short names in capitals after a name-part label --------------------------------------- */

static const char *const surname_label[] = {
    "nachname",       "familienname", "surname",     "last name", "family name", "nom",
    "nom de famille", "achternaam",   "familienaam", "apellido",  "apellidos",   "primer apellido",
    "cognome",        "apelido",      "sobrenome",   "nazwisko",  "příjmení",    "efternamn",
    "efternavn",      "etternavn",    "sukunimi",    "soyadı",    "nume",        NULL};
static const char *const given_label[] = {
    "vorname",  "first name", "given name", "given names",  "forename", "prénom",
    "voornaam", "nombre",     "nome",       "nome próprio", "imię",     "jméno",
    "förnamn",  "fornavn",    "etunimi",    "adı",          "prenume",  NULL};
/* a name label whose part the next label says: "Name: NG, Vorname: ..." */
static const char *const name_label[] = {"name", "naam", NULL};
/* values of two or three capitals that are no name: codes and answers */
static const char *const code[] = {"NA",  "NO",  "OK",  "ID",  "YES", "JA",  "NON", "OUI", "SI",
                                   "TBD", "TBA", "NN",  "XX",  "XXX", "ABC", "N",   "DE",  "EN",
                                   "FR",  "NL",  "ES",  "IT",  "PT",  "DNI", "NIE", "NIF", "CPF",
                                   "SSN", "PIN", "TIN", "VAT", "CNP", NULL};

/* The label before the ':' at c on its line (back to the line's start, a '|', a tab, two
 * spaces or a list number), folded into buf; "" when none. */
static const char *label_before(const struct sc *s, size_t c, char *buf, size_t cap)
{
    const uint8_t *t = s->t;
    size_t q = c;
    while (q > 0 && t[q - 1] == ' ')
        q--;
    size_t w = q;
    while (w > 0 && q - w < 24) {
        uint8_t b = t[w - 1];
        if (b == '\n' || b == '|' || b == '\t' || b == '"' || b == '{' || b == ',' ||
            (b == ' ' && w >= 2 && (t[w - 2] == ' ' || t[w - 2] == '.')))
            break;
        w--;
    }
    while (w < q && (t[w] == ' ' || is_digit(t[w]) || t[w] == '.'))
        w++;
    if (w >= q)
        return "";
    return nw_fold_span(s, w, q, buf, cap);
}

/* Does a given-name label follow the value that ends at e: on the same line after spaces or a
 * '|', or opening the next line? */
static int given_label_next(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    size_t i = e;
    while (i < s->len && (t[i] == ' ' || t[i] == '|' || t[i] == ',' || t[i] == '\n') && i - e < 8)
        i++;
    size_t c = i;
    while (c < s->len && c - i < 24 && t[c] != ':' && t[c] != '\n')
        c++;
    if (c >= s->len || t[c] != ':' || c == i)
        return 0;
    char b[32];
    const char *f = nw_fold_span(s, i, c, b, sizeof b);
    size_t n = strlen(f);
    while (n > 0 && f[n - 1] == ' ')
        n--;
    char g[32];
    memcpy(g, f, n);
    g[n] = '\0';
    return ONE_OF(g, given_label);
}

static size_t leaks44_caps(struct sc *s, const struct word *w, size_t c);

/* The first tests with no frame (a word of two or three capitals after a label's ':'), the rest
 * in leaks44_caps(). */
size_t nw_leaks44_caps(struct sc *s, const struct word *w)
{
    const uint8_t *t = s->t;
    size_t n = w->e - w->s;
    if (n < 2 || n > 3 || w->s < 3)
        return 0;
    size_t c = w->s; /* the label's ':' before the value, one space or more between */
    while (c > 0 && t[c - 1] == ' ')
        c--;
    if (c == w->s || c == 0 || t[c - 1] != ':')
        return 0;
    return leaks44_caps(s, w, c);
}

static __attribute__((noinline)) size_t leaks44_caps(struct sc *s, const struct word *w, size_t c)
{
    const uint8_t *t = s->t;
    /* the value ends its field: the line's end, a '|', or two spaces before the next label */
    size_t e = w->e;
    if (!(e == s->len || t[e] == '\n' || t[e] == '\r' ||
          (e + 1 < s->len && t[e] == ' ' && (t[e + 1] == ' ' || t[e + 1] == '|'))))
        return 0;
    for (size_t i = w->s; i < e; i++)
        if (!is_up(t[i]))
            return 0;
    if (in_words(t, w->s, e, code))
        return 0;
    char b[32];
    const char *f = label_before(s, c - 1, b, sizeof b);
    if (ONE_OF(f, surname_label) || ONE_OF(f, given_label) ||
        (ONE_OF(f, name_label) && given_label_next(s, e)))
        return e;
    return 0;
}
