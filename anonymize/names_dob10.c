/* names_dob10.c: dates of birth in family trees and assistant dialogues, and the births that are
 * no person's: a pet's, a date given for a trip (branch dob10, issue 15).
 *
 * - Genealogy writes a birth with a short mark right before the date: "b.", "n.", "°", "*",
 *   "bapt.", "ged.", "get.", "nasc.", "nac." after a name ("Jan Velde, b. 4 May 1911 in ...";
 *   "Rosa Ferro n. 12/03/1923"), and GEDCOM puts it on the "2 DATE" line under "1 BIRT" or
 *   "1 BAPM"/"1 CHR". nw_dob10_mark() reads the mark; a one-letter or symbol mark counts only for
 *   a year no living child can have (nw_dob10_newest_year()), so "Fattura n. 12.03.2024" stays.
 * - An assistant dialogue answers a birth question with the date alone or in a short reply
 *   ("**User:** le 3 mai 1979", {"role": "user", "content": "it's 10 April 1982"}): the reply is
 *   a speaker's whole turn, and the nearest line above that asks something or names a birth
 *   must name a birth. nw_dob10_not_birth() applies the same reading the other way: a short
 *   turn whose nearest question above asks for a travel day is no birth, whatever rule found it.
 * - A pet's record: a species line ("Art: Katze", "Soort: hond", "Race : Bichon"), a chip
 *   number's label in its block above, or an animal noun in the sentence before the date ("Our
 *   kitten Pumba was born on ...") makes the date an animal's, unless an owner word is nearer.
 * - A date after next year is no one's birth.
 *
 * Everything here runs at a date the reader already found (rare) and reads a bounded window
 * around it; nothing allocates.
 */
#include "anonymize/names_internal.h"

#include <stdatomic.h>
#include <time.h>

#include <string.h>

#define WINDOW 480 /* bytes read above a date: a dialogue's last turns, a record's block */

static int word_byte(uint8_t c)
{
    return is_alnum(c) || c >= 0x80;
}

unsigned nw_dob10_this_year(void)
{
    /* The clock's year (UTC), read at most once an hour: a long-running gateway crosses New
     * Year. Not the build's date: __DATE__ breaks reproducible builds (the Debian package builds
     * with -Werror=date-time), and a binary outlives its build year. */
    static _Atomic unsigned year;
    static _Atomic long long until;
    time_t now = time(NULL);
    if ((long long)now >= atomic_load_explicit(&until, memory_order_relaxed)) {
        struct tm tm;
        unsigned y = gmtime_r(&now, &tm) ? (unsigned)tm.tm_year + 1900u : 2026u;
        atomic_store_explicit(&year, y < 2026u ? 2026u : y, memory_order_relaxed);
        atomic_store_explicit(&until, (long long)now + 3600, memory_order_relaxed);
    }
    return atomic_load_explicit(&year, memory_order_relaxed);
}

unsigned nw_dob10_newest_year(void)
{
    return nw_dob10_this_year() - NW_DOB10_MIN_AGE;
}

/* The four-digit year (1700..2099) in a..b, or 0. */
static unsigned year_in(const uint8_t *t, size_t a, size_t b)
{
    for (size_t k = a; k + 4 <= b; k++) {
        if ((k > a && is_digit(t[k - 1])) || !is_digit(t[k]) || !is_digit(t[k + 1]) ||
            !is_digit(t[k + 2]) || !is_digit(t[k + 3]) || (k + 4 < b && is_digit(t[k + 4])))
            continue;
        unsigned y = (unsigned)(t[k] - '0') * 1000u + (unsigned)(t[k + 1] - '0') * 100u +
                     (unsigned)(t[k + 2] - '0') * 10u + (unsigned)(t[k + 3] - '0');
        if (y >= 1700 && y <= 2099)
            return y;
    }
    return 0;
}

static size_t line_start(const uint8_t *t, size_t p, size_t floor)
{
    while (p > floor && t[p - 1] != '\n')
        p--;
    return p;
}

/* GEDCOM: the date at ds stands on "N DATE " under a "N BIRT", "N BAPM" or "N CHR" line. */
static int gedcom_birth(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    if (ds < 14 || memcmp(t + ds - 5, "DATE ", 5) != 0 || !is_digit(t[ds - 7]) || t[ds - 6] != ' ')
        return 0;
    size_t ls = ds - 7;
    if (t[ls - 1] != '\n')
        return 0;
    size_t ps = line_start(t, ls - 1, ls > 40 ? ls - 40 : 0);
    size_t n = ls - 1 - ps;
    return n >= 6 && is_digit(t[ps]) && t[ps + 1] == ' ' &&
           ((n == 6 && (memcmp(t + ps + 2, "BIRT", 4) == 0 || memcmp(t + ps + 2, "BAPM", 4) == 0 ||
                        memcmp(t + ps + 2, "CHRA", 4) == 0)) ||
            (n == 5 && memcmp(t + ps + 2, "CHR", 3) == 0));
}

int nw_dob10_gedcom_level(const struct sc *s, size_t i, size_t d)
{
    const uint8_t *t = s->t;
    return d == i + 1 && (i == 0 || t[i - 1] == '\n') && d + 6 < s->len && t[d] == ' ' &&
           memcmp(t + d + 1, "DATE ", 5) == 0;
}

int nw_dob10_mark(const struct sc *s, size_t ds, size_t e)
{
    /* marks that are words of their own ("bapt." and "ged." end with their dot) */
    static const char *const marks[] = {
        "b",      "n",      "bapt",   "bap",     "chr",     "ged",     "get",       "bat",
        "baut",   "batt",   "nasc",   "nac",     "geb",     "born",    "nato",      "nata",
        "nacido", "nacida", "nasceu", "nascida", "nascido", "geboren", "n\303\251", "n\303\251e"};
    /* the marks written with a dot: a sentence's full stop after "geboren" is none */
    static const char *const abbrs[] = {"b", "n", "nasc", "nac", "geb", "bapt", "ged", "get"};
    /* a one-letter mark or a symbol is a birth only in a year no child has */
    static const char *const weak[] = {"b", "n", "chr", "bat"};
    /* the little word after a participle: "nato il", "nasceu em", "né le" */
    static const char *const links[] = {"il", "el", "em", "a", "le", "op", "am", "on"};
    const uint8_t *t = s->t;
    if (gedcom_birth(s, ds))
        return 1;
    if (ds < 3 || t[ds - 1] != ' ')
        return 0;
    size_t q = ds - 1; /* the mark ends at q (its dot included) */
    unsigned y = year_in(t, ds, e);
    if (t[q - 1] == '*' || (t[q - 2] == 0xC2 && t[q - 1] == 0xB0)) {
        size_t m = t[q - 1] == '*' ? q - 1 : q - 2; /* "*" or U+00B0 "°" */
        if (!y || y > nw_dob10_newest_year() || m < 2)
            return 0;
        if (t[m - 1] == '(') /* "(° 19 Mar 1855, † ...)" */
            return 1;
        return t[m - 1] == ' ' && (word_byte(t[m - 2]) || t[m - 2] == ',' || t[m - 2] == ')');
    }
    size_t we = t[q - 1] == '.' ? q - 1 : q, ws = we;
    while (ws > 0 && we - ws < 12 && word_byte(t[ws - 1]))
        ws--;
    if (ws == we || (ws > 0 && t[ws - 1] != ' ' && t[ws - 1] != '(' && t[ws - 1] != '\n'))
        return 0;
    char buf[16];
    const char *f = nw_fold_span(s, ws, we, buf, sizeof buf);
    if (f && NW_ONE_OF(f, links) && ws >= 2) {
        /* "nato il", "né le": the participle before, or up to three words (a place) before
         * that: "n. a Bari il", "nata a San Severo il" */
        if (!y || y > nw_dob10_newest_year())
            return 0;
        size_t pe = ws - 1;
        int dotted = 0;
        for (int words = 0; words < 4 && pe > 0 && ws - pe < 40; words++) {
            size_t ps = pe;
            while (ps > 0 && pe - ps < 12 && word_byte(t[ps - 1]))
                ps--;
            char pb[16];
            const char *p = ps < pe ? nw_fold_span(s, ps, pe, pb, sizeof pb) : NULL;
            if (!p)
                return 0;
            if (dotted ? NW_ONE_OF(p, abbrs) : NW_ONE_OF(p, marks) && strlen(p) > 3)
                return 1; /* "n. a Bari il", not "... geboren. Heirat am" */
            if (dotted || ps < 3 || t[ps - 1] != ' ')
                return 0; /* a dot ends the clause unless a mark's */
            pe = ps - 1;
            if (t[pe - 1] == '.') { /* "n. a Bari il": the mark's dot */
                pe--;
                dotted = 1;
            }
        }
        return 0;
    }
    if (!f || !NW_ONE_OF(f, marks) || !y)
        return 0;
    if (strlen(f) <= 2 && we == q && strcmp(f, "b") != 0)
        return 0; /* "n" with no dot is a word */
    if (NW_ONE_OF(f, weak) || strlen(f) <= 2) {
        /* after a name or its comma: "Rosa Ferro n. ", "Jan Velde, b. " */
        if (ws < 3 || y > nw_dob10_newest_year())
            return 0;
        if (t[ws - 1] == '(')
            return 1; /* "Ana Rilovar (b. 4 May 1952)" */
        size_t k = ws - 1;
        if (t[k - 1] == ',')
            k--;
        return k > 0 && (word_byte(t[k - 1]) || t[k - 1] == ')');
    }
    return y <= nw_dob10_this_year();
}

/* ---- dialogue turns ---------------------------------------------------------------------- */

/* The verbs of a birth question the birth words lack: "¿Cuándo naciste?", "Quando sei nato?". */
static const char *const birth_verbs[] = {
    "naciste", "naci\303\263", "nacio",    "nacido",     "nacida",    "nato",    "nata",
    "nasceu",  "nasceste",     "nascesti", "n\303\251e", "n\303\251", "geboren", "born"};

/* Is there a birth word in a..b? */
static int birth_in(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    char buf[16];
    for (size_t k = a; k < b; k++) {
        if ((k != a && word_byte(t[k - 1])) || !word_byte(t[k]))
            continue;
        size_t n = nw_birth_word_at(s, k, b);
        if (n && !(k + n + 1 < b && t[k + n - 1] == '.' && t[k + n] == ' ' &&
                   nw_upper(t + k + n + 1, b - k - n - 1)))
            return 1; /* but not "Riedmüller geb. Danderford", a maiden name (branch dob45) */
        size_t we = k;
        while (we < b && word_byte(t[we]))
            we++;
        const char *f = we - k < sizeof buf ? nw_fold_span(s, k, we, buf, sizeof buf) : NULL;
        if (f && NW_ONE_OF(f, birth_verbs))
            return 1;
        k = we;
    }
    return 0;
}

/* The start of the turn's body on line ls.. that holds the date at ds: after a speaker's
 * label ("User: ", "**Assistant:** ", "Q: ") or a chat message's "content": "; else 0. */
static size_t turn_body(const uint8_t *t, size_t ls, size_t ds)
{
    static const char content[] = "\"content\":";
    size_t lim = ds - ls > 64 ? ls + 64 : ds;
    for (size_t k = ls; k + sizeof content - 1 <= lim; k++)
        if (memcmp(t + k, content, sizeof content - 1) == 0) {
            size_t b = k + sizeof content - 1;
            while (b < ds && t[b] == ' ')
                b++;
            return b < ds && t[b] == '"' ? b + 1 : 0;
        }
    size_t k = ls;
    while (k < lim && t[k] == '*')
        k++;
    int words = 0;
    for (; k < lim && t[k] != ':'; k++) {
        if (!(word_byte(t[k]) || t[k] == ' '))
            return 0;
        words += word_byte(t[k]) && (k == ls || !word_byte(t[k - 1]));
    }
    if (k >= lim || words < 1 || words > 3)
        return 0;
    k++;
    while (k < ds && (t[k] == '*' || t[k] == ' '))
        k++;
    return k;
}

/* The date ds..e is a turn's whole answer: a few words at most around it. */
static int short_reply(const uint8_t *t, size_t len, size_t b, size_t ds, size_t e)
{
    if (ds - b > 16)
        return 0;
    for (size_t k = b; k < ds; k++) /* "it's ", "c'est le ", "sure: " */
        if (!(word_byte(t[k]) || t[k] == ' ' || t[k] == '\'' || t[k] == ':') || is_digit(t[k]))
            return 0;
    size_t k = e;
    while (k < len && k - e < 24 && t[k] != '\n' && t[k] != '"')
        if (is_digit(t[k++]))
            return 0;
    return k == len || t[k] == '\n' || t[k] == '"' || t[k] == '\r';
}

/* Reading up from the line above ls to a blank line: 1 when the nearest line that asks ('?')
 * or names a birth names a birth and holds no digit (a question, not a "birthDate: 1937-04-04"
 * field; 2 for such a field), -1 when it asks for something else, 0 when none does. */
static int last_ask(const struct sc *s, size_t ls)
{
    const uint8_t *t = s->t;
    size_t floor = ls > WINDOW ? ls - WINDOW : 0;
    for (int lines = 0; lines < 6 && ls > floor + 1; lines++) {
        size_t le = ls - 1, ps = line_start(t, le, floor);
        if (ps == le || (ps == floor && floor > 0) || le - ps > 240)
            return 0; /* a blank line, or one too long to be a turn */
        int ask = memchr(t + ps, '?', le - ps) != NULL || nw_dob8_request(t, ps, le), digits = 0;
        for (size_t k = ps; k < le && !digits; k++)
            digits = is_digit(t[k]);
        if (birth_in(s, ps, le)) { /* a question, a request or a speaker's turn */
            size_t b = digits ? 0 : turn_body(t, ps, le);
            if (b && b < le && !memchr(t + b, '?', le - b) && birth_in(s, ps, b) &&
                !birth_in(s, b, le))
                return 2; /* "Geburtsort: Ulm": a form's field with its value (branch dob45) */
            return digits ? 2 : ask || turn_body(t, ps, le) ? 1 : 0;
        }
        if (ask)
            return -1;
        if (digits)
            return 0; /* another value stands between: a form's next field, not a turn */
        ls = ps;
    }
    return 0;
}

/* Does the label t[ls .. b) before a reply name a date field ("Date of issue:", "Visit date:",
 * "Ausstellungsdatum:", "Fecha de alta:")? Then it is a form's next field, no speaker's turn. */
static int date_label(const uint8_t *t, size_t ls, size_t b)
{
    static const char *const stems[] = {"date", "datum", "fecha", "data"};
    for (size_t k = ls; k < b; k++)
        for (size_t j = 0; j < sizeof stems / sizeof *stems; j++) {
            size_t n = strlen(stems[j]), i = 0;
            while (i < n && k + i < b && (t[k + i] | 32) == (uint8_t)stems[j][i])
                i++;
            if (i == n)
                return 1;
        }
    return 0;
}

int nw_dob10_reply(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    size_t ls = line_start(t, ds, ds > 200 ? ds - 200 : 0), b;
    if (ls == 0 || !(b = turn_body(t, ls, ds)) || !short_reply(t, s->len, b, ds, e) ||
        date_label(t, ls, b))
        return 0;
    unsigned y = year_in(t, ds, e);
    return y && y <= nw_dob10_this_year() && last_ask(s, ls) == 1;
}

/* ---- births that are no person's ---------------------------------------------------------- */

static const char *const animal_nouns[] = {
    "dog", "dogs", "cat", "cats", "puppy", "kitten", "rabbit", "horse", "pony", "hund",
    "h\303\274ndin", "welpe", "katze", "kater", "k\303\244tzchen", "hase", "kaninchen", "pferd",
    "chien", "chienne", "chiot", "chat", "chatte", "chaton", "lapin", "cheval", "hond", "pup",
    "kat", "poes", "konijn", "paard", "perro", "perra", "cachorro", "gato", "gata", "gatito",
    "conejo", "caballo", "cane", "cagnolino", "cucciolo", "gatto", "gattino", "coniglio", "cavallo",
    "c\303\243o", "cadela", "gatinho", "coelho", "cavalo", "hamster", "parrot",
    /* plurals: a litter's birth ("Welpen geboren am ...", "kittens born 2024-03-01") */
    "puppies", "kittens", "welpen", "k\303\244tzchen", "chiots", "chatons", "pups", "cachorros",
    "gatitos", "cuccioli", "gattini", "filhotes", "gatinhos", "litter"};
static const char *const species_labels[] = {
    "species", "breed",   "art",  "tierart", "rasse", "race",           "esp\303\250ce", "soort",
    "ras",     "especie", "raza", "specie",  "razza", "esp\303\251cie", "ra\303\247a",   "type"};
static const char *const chip_words[] = {"microchip", "chip",        "chipnr",         "chipnummer",
                                         "puce",      "transponder", "microchipnummer"};
static const char *const owner_words[] = {
    "owner",        "owners",       "tierhalter",   "halter",
    "halterin",     "besitzer",     "besitzerin",   "propri\303\251taire",
    "eigenaar",     "baasje",       "propietario",  "propietaria",
    "due\303\261o", "due\303\261a", "proprietario", "proprietaria",
    "tutor",        "tutora",       "dono",         "dona"};

/* A vehicle's record: a car "born" on its production line, registered, inspected, in the date's
 * own sentence ("Registered" and "matrícula" are left out: a person registers and enrols too;
 * a line above does not count: "Erstzulassung: ...\nGeburtsdatum des Halters: ..."). */
static const char *const vehicle_words[] = {
    "erstzulassung",  "baujahr",          "fahrgestellnummer",
    "kilometerstand", "immatricolazione", "immatricolata",
    "immatricolato",  "chilometraggio",   "matriculaci\303\263n",
    "kilometraje",    "circulation",      "kilom\303\251trage",
    "toelating",      "kenteken",         "bouwjaar",
    "mileage",        "manufacture",      "production",
    "quilometragem",  "fabrico",          "fabricaci\303\263n",
    "fabbricazione"};

static int animal(const char *f)
{
    return NW_ONE_OF(f, animal_nouns) || nw_dob9_animal_word(f);
}

/* The words of a..b, folded, one by one: *k moves past each; NULL at the end. */
static const char *next_word(const struct sc *s, size_t *k, size_t b, char *buf, size_t cap)
{
    const uint8_t *t = s->t;
    while (*k < b) {
        while (*k < b && !word_byte(t[*k]))
            (*k)++;
        size_t ws = *k;
        while (*k < b && word_byte(t[*k]))
            (*k)++;
        if (*k - ws >= 2 && *k - ws < cap && !is_digit(t[ws]))
            return nw_fold_span(s, ws, *k, buf, cap);
    }
    return NULL;
}

/* What line ls..le says of the record: -1 an owner word, 1 a species line whose value is
 * animal words ("Art: Katze", "Race : Bichon"), a chip label or, on the date's own line (own),
 * an animal noun in the sentence before it; 0 nothing. */
static int line_cue(const struct sc *s, size_t ls, size_t le, int own)
{
    const uint8_t *t = s->t;
    char buf[24];
    size_t k = ls;
    const char *f;
    int first = 1, species = 0, values = 0, animals = 0;
    const uint8_t *colon = memchr(t + ls, ':', le - ls);
    size_t cpos = colon ? (size_t)(colon - t) : le;
    while ((f = next_word(s, &k, le, buf, sizeof buf)) != NULL) {
        if (NW_ONE_OF(f, owner_words))
            return -1;
        if ((NW_ONE_OF(f, chip_words) && k <= cpos) || (own && NW_ONE_OF(f, vehicle_words)))
            return 1; /* a pet's chip; a car's registration, build or mileage */
        if (first && k <= cpos && NW_ONE_OF(f, species_labels))
            species = 1;
        else if (k > cpos) {
            values++;
            animals += animal(f);
        } else if (own && animal(f))
            return 1;
        first = 0;
    }
    return species && values >= 1 && values <= 3 && animals == values ? 1 : 0;
}

static int animal_birth(const struct sc *s, size_t a)
{
    const uint8_t *t = s->t;
    size_t floor = a > WINDOW ? a - WINDOW : 0, ls = line_start(t, a, floor), sent = ls;
    for (size_t k = a; k > ls; k--) /* the date's own sentence */
        if ((t[k - 1] == '.' || t[k - 1] == '!' || t[k - 1] == '?') && k < a && t[k] == ' ') {
            sent = k;
            break;
        }
    int c = line_cue(s, sent, a, 1);
    for (int lines = 0; !c && lines < 6 && ls > floor + 1; lines++) {
        size_t le = ls - 1, ps = line_start(t, le, floor);
        if (ps == le)
            break; /* a blank line ends the record */
        c = line_cue(s, ps, le, 0);
        ls = ps;
    }
    return c == 1;
}

/* What an animal's record says after its birth date on the same line ("Luna - DOB 04/05/2020 -
 * spayed 2021, microchipped", "she was born 01.04.2021 according to the shelter"): 1 when a
 * word of a pet's life follows before an owner word does. */
static int pet_after(const struct sc *s, size_t b)
{
    static const char *const pet_acts[] = {"spayed",
                                           "neutered",
                                           "microchipped",
                                           "chipped",
                                           "dewormed",
                                           "shelter",
                                           "litter",
                                           "kastriert",
                                           "gechippt",
                                           "entwurmt",
                                           "tierheim",
                                           "wurf",
                                           "castr\303\251",
                                           "castr\303\251e",
                                           "st\303\251rilis\303\251",
                                           "st\303\251rilis\303\251e",
                                           "puc\303\251",
                                           "refuge",
                                           "port\303\251e",
                                           "gecastreerd",
                                           "gesteriliseerd",
                                           "gechipt",
                                           "asiel",
                                           "dierenasiel",
                                           "castrado",
                                           "castrada",
                                           "esterilizado",
                                           "esterilizada",
                                           "protectora",
                                           "perrera",
                                           "camada",
                                           "sterilizzato",
                                           "sterilizzata",
                                           "castrato",
                                           "castrata",
                                           "canile",
                                           "gattile",
                                           "cucciolata",
                                           "canil"};
    const uint8_t *t = s->t;
    size_t end = b;
    while (end < s->len && t[end] != '\n' && end - b < 120 &&
           !((t[end] == '.' || t[end] == '!' || t[end] == '?') &&
             (end + 1 == s->len || t[end + 1] == ' ')))
        end++; /* its sentence: "b. 20/05/02. Dog person." is about the person */
    char buf[24];
    const char *f;
    size_t k = b;
    while ((f = next_word(s, &k, end, buf, sizeof buf)) != NULL) {
        if (NW_ONE_OF(f, owner_words))
            return 0;
        if (NW_ONE_OF(f, pet_acts) || animal(f))
            return 1;
    }
    return 0;
}

/* Is the text at k (before n) one of the words a quiz names itself by, in any case? */
static int quiz_at(const uint8_t *t, size_t k, size_t n)
{
    static const char *const words[] = {"quiz", "trivia", "kahoot"};
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++) {
        size_t m = strlen(words[w]), q = 0;
        while (q < m && k + q < n && (t[k + q] | 32) == (uint8_t)words[w][q])
            q++;
        if (q == m)
            return 1;
    }
    return 0;
}

/* A date in a quiz's question or answer ("History quiz\n1. When was X born? (24 July 1897)",
 * "Trivia: who was born on 4 August 1961?"): a quiz word in the text above and a question mark
 * on the date's line or the line above. */
static int quiz_birth(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    size_t floor = a > 2 * WINDOW ? a - 2 * WINDOW : 0, ls = line_start(t, a, floor), end = b;
    if (ls > floor + 1)
        ls = line_start(t, ls - 1, floor);
    while (end < s->len && t[end] != '\n' && end - b < 160)
        end++;
    if (!memchr(t + ls, '?', end - ls))
        return 0;
    for (size_t k = floor; k + 4 <= a; k++) {
        uint8_t c = t[k] | 32;
        if ((c == 'q' && quiz_at(t, k, a) && k + 4 < a && (t[k + 4] | 32) != 'a' &&
             t[k + 4] != 0xC3) || /* "Geschichtsquiz", "Quizfrage"; not "quizás" */
            ((c == 't' || c == 'k') && (k == 0 || !word_byte(t[k - 1])) && quiz_at(t, k, a)))
            return 1;
    }
    return 0;
}

/* An example's date in an instruction ("Accept formats like 1990-01-31", "DOB (e.g.
 * 01/01/1990)", "z. B. 01.01.1990", "Example input: 'DOB: 12/04/1979'"): a marker of an
 * example in the 48 bytes before it on its line. */
static int example_date(const struct sc *s, size_t a)
{
    static const char *const marks[] = {"e.g.",  "eg.",  "z. b.", "z.b.",  "p. ex",  "p.ex",
                                        "p. ej", "p.ej", "bv.",   "bijv.", "ad es.", "ex.:"};
    static const char *const words[] = {"example",      "examples",  "exemple", "beispiel",
                                        "bijvoorbeeld", "voorbeeld", "ejemplo", "esempio",
                                        "exemplo",      "like",      "sample",  "placeholder"};
    const uint8_t *t = s->t;
    size_t from = a > 48 ? a - 48 : 0, ls = line_start(t, a, from), k = ls;
    for (size_t i = ls; i < a; i++)
        for (size_t m = 0; m < sizeof marks / sizeof marks[0]; m++) {
            size_t n = strlen(marks[m]), q = 0;
            while (q < n && i + q < a && (t[i + q] | 32) == (uint8_t)marks[m][q])
                q++;
            if (q == n && (i == 0 || !word_byte(t[i - 1])))
                return 1;
        }
    char buf[24];
    const char *f;
    while ((f = next_word(s, &k, a, buf, sizeof buf)) != NULL)
        if (NW_ONE_OF(f, words) && k < a && (t[k] == ' ' || t[k] == ':') &&
            (k - strlen(f) == ls || t[k - strlen(f) - 1] == ' ' || t[k - strlen(f) - 1] == '('))
            return 1; /* a word of its own: "example.com" is a domain */
    return 0;
}

/* The text k..a after a "You are ... assistant" line leaves the persona (branch agent49): a
 * blank line opens another block (a system prompt's saved memory, a user profile, RAG chunks
 * under the persona's lines), or a word names the user whose record follows ("The user's date
 * of birth", "Der Nutzer ..."). */
static int persona_left(const struct sc *s, size_t k, size_t a)
{
    static const char *const user_words[] = {
        "user",        "users",        "nutzer",   "nutzerin",    "benutzer", "benutzerin",
        "utilisateur", "utilisatrice", "usuario",  "usuaria",     "utente",   "utilizador",
        "gebruiker",   "memory",       "memories", "erinnerungen"};
    const uint8_t *t = s->t;
    for (size_t i = k; i < a; i++)
        if (t[i] == '\n') {
            size_t j = i + 1;
            while (j < a && (t[j] == ' ' || t[j] == '\t' || t[j] == '\r'))
                j++;
            if (j < a && t[j] == '\n')
                return 1;
        }
    char buf[24];
    const char *f;
    while ((f = next_word(s, &k, a, buf, sizeof buf)) != NULL)
        if (NW_ONE_OF(f, user_words))
            return 1;
    return 0;
}

/* An assistant's or a character's persona in a prompt ("You are Ava, a friendly assistant
 * born on ...", "Your persona: Max, born 1990-05-04"): a persona word in the text above, or a
 * line above that opens with "You are" and names an assistant, in the date's own block. */
static int persona_birth(const struct sc *s, size_t a)
{
    static const char *const persona[] = {"roleplay",  "rollenspiel", "personnage", "personaggio",
                                          "personaje", "personagem",  "chatbot",    "npc"};
    static const char *const you_are[] = {"you are ",   "du bist ",   "tu es ",
                                          "je bent ",   "eres ",      "sei ",
                                          "\303\251s ", "\303\211s ", "voc\303\252 \303\251 "};
    static const char *const bots[] = {"assistant", "assistent", "assistente", "asistente",
                                       "bot",       "ai",        "ia",         "ki"};
    const uint8_t *t = s->t;
    size_t floor = a > 2 * WINDOW ? a - 2 * WINDOW : 0, k = floor, ls = floor;
    char buf[24];
    const char *f;
    int opens = 0;
    while ((f = next_word(s, &k, a, buf, sizeof buf)) != NULL) {
        if (NW_ONE_OF(f, persona))
            return 1;
        size_t ws = k; /* the word's start (its folded form may differ in length) */
        while (ws > floor && word_byte(t[ws - 1]))
            ws--;
        if (ws > ls && memchr(t + ls, '\n', ws - ls)) /* a new line: does it open "You are"? */
            opens = 0;
        ls = ws;
        if (opens && NW_ONE_OF(f, bots)) {
            if (!persona_left(s, k, a))
                return 1;
            opens = 0;
        }
        if (ws == 0 || t[ws - 1] == '\n' || (ws > 1 && t[ws - 2] == ':')) {
            opens = 0;
            for (size_t y = 0; y < sizeof you_are / sizeof you_are[0] && !opens; y++) {
                size_t n = strlen(you_are[y]), q = 0;
                while (q < n && ws + q < a &&
                       (t[ws + q] | (t[ws + q] < 0x80 ? 32 : 0)) == (uint8_t)you_are[y][q])
                    q++;
                opens = q == n;
            }
        }
    }
    return 0;
}

int nw_dob10_not_birth(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    unsigned y = year_in(t, a, b);
    if (y > nw_dob10_this_year() + 1)
        return 1;
    if (animal_birth(s, a) || pet_after(s, b) || quiz_birth(s, a, b) || example_date(s, a) ||
        persona_birth(s, a))
        return 1;

    /* a short turn under a question for another date */
    size_t ls = line_start(t, a, a > 200 ? a - 200 : 0), bs;
    return ls > 0 && (bs = turn_body(t, ls, a)) && short_reply(t, s->len, bs, a, b) &&
           !birth_in(s, ls, a) && last_ask(s, ls) == -1;
}

/* ---- a diary's entry date ---------------------------------------------------------------- */

/* Words that place the birth on the entry's own day ... */
static const char *const today_words[] = {
    "today",    "tonight", "heute",         "aujourd",      "vandaag",  "vanochtend",
    "vannacht", "hoy",     "oggi",          "stamattina",   "stanotte", "hoje",
    "matin",    "morning", "ma\303\261ana", "manh\303\243", "morgen"};
/* ... and the verbs of a birth the birth words lack. */
static const char *const arrival_verbs[] = {
    "arrived", "welt", "arriv\303\251", "arriv\303\251e", "naci\303\263", "nacido",  "nacida",
    "nato",    "nata", "nasceu",        "n\303\251e",     "n\303\251",    "geboren", "born"};

/* The date ds..e is a diary entry's heading, alone on its line, and the entry's next line says
 * someone was born that day ("Our little X arrived today!", "Heute ist X geboren"). */
static int diary_birth(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    size_t le = e;
    while (le < s->len && (t[le] == ' ' || t[le] == ':' || t[le] == '\r'))
        le++;
    if (le >= s->len || t[le] != '\n' || (ds > 0 && t[ds - 1] != '\n'))
        return 0;
    size_t k = le + 1, end = k;
    while (end < s->len && t[end] != '\n' && end - k < 160)
        end++;
    int today = 0, born = 0;
    char buf[24];
    const char *f;
    while ((f = next_word(s, &k, end, buf, sizeof buf)) != NULL) {
        today |= NW_ONE_OF(f, today_words);
        born |= NW_ONE_OF(f, arrival_verbs);
    }
    unsigned y = year_in(t, ds, e);
    return today && born && y && y <= nw_dob10_this_year();
}

int nw_dob10_birth(const struct sc *s, size_t ds, size_t e)
{
    return nw_dob10_mark(s, ds, e) || nw_dob10_reply(s, ds, e) || diary_birth(s, ds, e);
}

/* ---- a birth column's header run into one word --------------------------------------------- */

int nw_dob10_header(const struct sc *s, size_t cs, size_t ce)
{
    /* the cell's letters alone, folded: "F.Nacimiento" and "f_nacimiento" are "fnacimiento" */
    static const char *const heads[] = {
        "fnacimiento", "fnac",  "fechanac",  "fechanacim",  "fnacim",  "gebdatum",
        "gebdat",      "gebdt", "natoil",    "natail",      "natoa",   "dtnasc",
        "datanasc",    "dnasc", "dtnascita", "datenaiss",   "dtnaiss", "dnaiss",
        "birthdt",     "bdate", "birthdte",  "gebdatumtijd"};
    char buf[24];
    size_t n = 0;
    if (ce - cs > 32)
        return 0;
    for (size_t k = cs; k < ce; k++) {
        uint8_t c = s->t[k];
        if (is_alnum(c)) {
            if (n + 1 >= sizeof buf)
                return 0;
            buf[n++] = (char)(c | 32);
        } else if (c != '_' && c != '.' && c != ' ' && c != '-' && c != '/') {
            return 0;
        }
    }
    buf[n] = 0;
    return n >= 4 && NW_ONE_OF(buf, heads);
}
