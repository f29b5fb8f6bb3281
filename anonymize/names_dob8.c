/* names_dob8.c: dates of birth in veterinary records and in text messages (branch dob8, issue 15).
 *
 * - An animal's birth date is no person's. A vet record carries two: the owner's ("Owner DOB:",
 *   "Tierhalter: X, geb. ...") and the patient's ("Species: canine ... DOB: 2019-05-02",
 *   "Patient: Bello, Hund, geb. 2.7.23"). nw_dob8_animal() reads back from a birth date the
 *   pack found, through its own line and the lines of its block above, and lets the nearest cue
 *   decide: an owner word keeps it (the owner's date), an animal cue drops it. Animal cues are
 *   species and breed labels (strong: they are never about people) and animal nouns ("Hund",
 *   "chien", "perro", "canine"), which count only when the record names an owner nearby, so an
 *   emergency note's "dog bite" above a human patient's date of birth keeps it.
 * - A message thread's speaker may be a pronoun or a kin word ("me:", "her:", "mum:", "ich:"):
 *   nw_dob8_self_speaker() lets names_dob7.c's answer rule read such a label as a speaker, and
 *   nw_dob8_request() reads a short request with no question mark ("dob pls", "pasame tu fecha
 *   de nac") as the question.
 * - A compound label's birth field is its last ("Age/DOB: 36 / 04/11/1987", "Sex/Race/DOB:
 *   M/W/04-11-1987"): the date is the value after as many short values as fields before it.
 * - An age with its unit right before the date ("Jane Doe, 36 y/o, 04/11/1987", "age 36,
 *   04/11/1987"): the age is the birth date's, as in names_dob7.c's bracket.
 * - Italian "(n. 12/03/1980)" after a name: "nato", "nata".
 * - A date said in English words after a birth word ("my date of birth is July twenty-first,
 *   nineteen eighty-seven", "the fifth of July two thousand and one"): nw_dob8_spelled(), asked
 *   at a capital that may open a month's name.
 * - A day and month with no year after a birthday label ("Birthday: 04/11", "Geburtstag:
 *   12.08."): nw_dob8_daymonth() gives names_dates.c the date's end.
 *
 * Everything here runs at a date already found (rare) and reads a bounded window before it;
 * nothing allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* Species and breed labels: never about people. ("race" and "ras" are nouns below: a police
 * report's "Race: W".) */
static const char *const species_labels[] = {
    "species",     "breed",  "esp\303\250ce", "especie", "raza",  "esp\303\251cie",
    "ra\303\247a", "specie", "razza",         "tierart", "rasse", "diersoort"};
/* Animal words: an animal cue only with an owner word nearby. */
static const char *const animal_nouns[] = {
    "race",          "ras",       "canine", "feline",  "equine",     "k9",       "hund",
    "h\303\274ndin", "katze",     "kater",  "chien",   "chienne",    "chiot",    "chaton",
    "hond",          "poes",      "kitten", "puppy",   "perro",      "perra",    "gato",
    "gata",          "cachorro",  "gatto",  "gatta",   "c\303\243o", "cadela",   "canino",
    "felino",        "canina",    "felina", "kat",     "cane",       "dog",      "cat",
    "rabbit",        "kaninchen", "lapin",  "konijn",  "conejo",     "coniglio", "coelho",
    "pferd",         "cheval",    "paard",  "caballo", "cavallo",    "cavalo"};

/* Words that name the animal's keeper. */
static const char *const owner_words[] = {
    "owner", "owners", "client", "tierhalter", "halter", "halterin", "besitzer", "besitzerin",
    "propri\303\251taire", "ma\303\256tre", "eigenaar", "baasje", "propietario", "propietaria",
    "due\303\261o", "due\303\261a", "proprietario", "proprietaria", "tutor", "tutora", "dono",
    "dona", "responsable",
    /* the practice's customer: "Klant: X", "Cliente:" */
    "customer", "klant", "cliente", "kunde", "kundin"};

/* The kind of the word at a..b: 2 a species label, 1 an animal noun, -1 an owner word, 0 none. */
static int cue_kind(const struct sc *s, size_t a, size_t b)
{
    char buf[24];
    if (b - a < 2 || b - a >= sizeof buf)
        return 0;
    const char *f = nw_fold_span(s, a, b, buf, sizeof buf);
    return NW_ONE_OF(f, species_labels) ? 2
           : NW_ONE_OF(f, animal_nouns) || nw_dob9_animal_word(f) ||
                   (b - a == 4 && memcmp(s->t + a, "Tier", 4) == 0) /* German, capitalised:
                                                                        not a loyalty "tier" */
               ? 1
               : NW_ONE_OF(f, owner_words) ? -1 : 0;
}

static int word_byte(uint8_t c)
{
    return is_alnum(c) || c >= 0x80;
}

/* The last cue in a..b, by kind (0 if none): words are read right to left. An animal noun
 * ("Tierart: Katze") counts as strong when a species or breed label stands before it in a..b. */
static int last_cue(const struct sc *s, size_t a, size_t b, int *strong)
{
    const uint8_t *t = s->t;
    size_t i = b;
    int found = 0;
    while (i > a) {
        while (i > a && !word_byte(t[i - 1]))
            i--;
        size_t we = i;
        while (i > a && word_byte(t[i - 1]))
            i--;
        if (we - i < 2 || we - i > 20 || is_digit(t[i]))
            continue;
        int k = cue_kind(s, i, we);
        if (found && k == 2) {
            *strong = 1;
            return found;
        }
        if (k && !found) {
            *strong = k == 2;
            if (k != 1)
                return k;
            found = k;
        }
    }
    return found;
}

/* An owner word anywhere in a..b. */
static int owner_in(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    for (size_t i = a; i < b;) {
        while (i < b && !word_byte(t[i]))
            i++;
        size_t ws = i;
        while (i < b && word_byte(t[i]))
            i++;
        if (i - ws >= 4 && i - ws <= 20 && !is_digit(t[ws]) && cue_kind(s, ws, i) == -1)
            return 1;
    }
    return 0;
}

int nw_dob8_animal(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    size_t from = a > 320 ? a - 320 : 0, end = a;
    int kind = 0, strong = 0;
    for (int lines = 0; lines < 6 && end > from; lines++) {
        size_t ls = end;
        while (ls > from && t[ls - 1] != '\n')
            ls--;
        if (ls + 1 >= end && lines > 0)
            break; /* a blank line ends the block */
        if ((kind = last_cue(s, ls, end, &strong)) != 0)
            break;
        end = ls > 0 ? ls - 1 : 0;
    }
    if (kind <= 0)
        return 0;
    if (strong)
        return 1;
    size_t to = b + 320 < s->len ? b + 320 : s->len;
    return owner_in(s, from, a) || owner_in(s, b, to);
}

int nw_dob8_self_speaker(const char *f)
{
    static const char *const selves[] = {
        "me",  "i",         "you",  "her",  "him", "them",        "us",  "mum",  "mom",  "dad",
        "ich", "du",        "mama", "papa", "moi", "toi",         "lui", "elle", "ik",   "jij",
        "yo",  "t\303\272", "io",   "tu",   "eu",  "voc\303\252", "sis", "bro",  "babe", "hubby"};
    return NW_ONE_OF(f, selves);
}

int nw_dob8_request(const uint8_t *t, size_t ls, size_t le)
{
    static const char *const req[] = {
        "pls", "plz", "pleas", "stp", "svp", "s'il te", "p\303\241same", "pasame", "pasa", "porfa",
        "mandami", "mandame", "dammi", "passa", "manda", "me d\303\241", "voor de", "for the",
        "f\303\274r die", "f\303\274rs", "pour l", "para el", "para la", "per il", "per la", "pro ",
        "pra ",
        /* question words names_dob7.c's list lacks */
        "wat ", "cu\303\241l", "cuando"};
    for (size_t k = 0; k < sizeof req / sizeof req[0]; k++) {
        size_t n = strlen(req[k]);
        for (size_t i = ls; i + n <= le; i++) {
            size_t q = 0;
            while (q < n && (t[i + q] | (t[i + q] < 0x80 ? 32 : 0)) == (uint8_t)req[k][q])
                q++;
            if (q == n && (i == ls || !word_byte(t[i - 1])))
                return 1;
        }
    }
    return 0;
}

/* The birth word ends the label that ends at colon c ("Age/DOB", "Sex/Race/DOB"): how many
 * fields come before it (joined by '/'), or 0 when the label is no such compound. */
static int compound_fields(const struct sc *s, size_t ls, size_t c)
{
    const uint8_t *t = s->t;
    size_t e = c, b;
    while (e > ls && t[e - 1] == ' ')
        e--;
    b = e;
    while (b > ls && (nw_letter(t + b - 1, 1) || t[b - 1] == '.'))
        b--;
    if (b == e || b == ls || t[b - 1] != '/' || nw_birth_word_at(s, b, e) == 0)
        return 0;
    int n = 0;
    for (size_t k = b; k > ls && b - k < 40; k--) {
        if (t[k - 1] == '/')
            n++;
        else if (!(nw_letter(t + k - 1, 1) || t[k - 1] == ' ' || t[k - 1] == '.' ||
                   t[k - 1] == '&'))
            break;
    }
    return n;
}

/* The date at ds is the value of a compound label's last field: "Age/DOB: 36 / 04/11/1987". */
static int compound_value(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    size_t c = ds, seps = 0;
    while (c > 0 && ds - c < 24 && t[c - 1] != ':' && t[c - 1] != '\n') {
        c--;
        if (t[c] == '/' || t[c] == ',')
            seps++;
        else if (!(is_alnum(t[c]) || t[c] == ' ' || t[c] == '.'))
            return 0;
    }
    if (c == 0 || t[c - 1] != ':' || !seps)
        return 0;
    size_t ls = c - 1;
    while (ls > 0 && t[ls - 1] != '\n' && c - ls < 64)
        ls--;
    int n = compound_fields(s, ls, c - 1);
    return n > 0 && (size_t)n == seps;
}

/* "36 y/o, ", "age 36, ", "Alter 36, " right before the date at ds. */
static int age_before(const struct sc *s, size_t ds)
{
    static const char *const units[] = {"y/o",      "yo",          "y.o",  "yrs", "years",
                                        "year-old", "jahre",       "j",    "ans", "jaar",
                                        "jr",       "a\303\261os", "anni", "anos"};
    static const char *const ages[] = {"age",  "aged",       "alter", "\303\242ge",
                                       "edad", "et\303\240", "idade", "leeftijd"};
    const uint8_t *t = s->t;
    if (ds < 6 || t[ds - 1] != ' ' || t[ds - 2] != ',')
        return 0;
    size_t q = ds - 2, u = q;
    while (u > 0 && q - u < 9 &&
           (nw_letter(t + u - 1, 1) || t[u - 1] >= 0x80 || t[u - 1] == '.' || t[u - 1] == '/' ||
            t[u - 1] == '-'))
        u--;
    char buf[16];
    int unit = 0;
    if (u < q) {
        const char *f = nw_fold_span(s, u, q, buf, sizeof buf);
        size_t fl = strlen(f);
        if (fl && f[fl - 1] == '.')
            buf[fl - 1] = '\0';
        if (!NW_ONE_OF(f, units))
            return 0;
        unit = 1;
        if (u > 0 && t[u - 1] == ' ')
            u--;
    }
    size_t n = u;
    while (n > 0 && u - n < 3 && is_digit(t[n - 1]))
        n--;
    if (n == u || u - n > 2 || (n > 0 && (is_alnum(t[n - 1]) || t[n - 1] == '/')))
        return 0;
    if (unit)
        return 1;
    size_t w = n; /* no unit: "age 36, " */
    while (w > 0 && (t[w - 1] == ' ' || t[w - 1] == ':'))
        w--;
    size_t we = w;
    while (w > 0 && we - w < 10 && (nw_letter(t + w - 1, 1) || t[w - 1] >= 0x80))
        w--;
    return w < we && NW_ONE_OF(nw_fold_span(s, w, we, buf, sizeof buf), ages);
}

int nw_dob8_birth(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t; /* Italian "(n. 12/03/1980)": nato, nata */
    if (ds >= 4 && t[ds - 1] == ' ' && t[ds - 2] == '.' && t[ds - 3] == 'n' && t[ds - 4] == '(')
        return 1;
    return ds > 2 && (compound_value(s, ds) || age_before(s, ds));
}

size_t nw_dob8_daymonth(const struct sc *s, size_t i, size_t k, unsigned a, unsigned b)
{
    const uint8_t *t = s->t;
    if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12))
        return 0;
    size_t p = i; /* a label's word or colon right before it: "Birthday: 04/11", "Geb. 12.08." */
    while (p > 0 && i - p < 2 && t[p - 1] == ' ')
        p--;
    if (p == 0 || p == i ||
        !(t[p - 1] == ':' || t[p - 1] == '.' || nw_letter(t + p - 1, 1) || t[p - 1] >= 0x80))
        return 0; /* the cheap test first: "1/2 cup", "Flat 12/3" go no further */
    size_t e = k;
    if (e < s->len && t[e] == '.' && !(e + 1 < s->len && is_alnum(t[e + 1])))
        e++; /* "12.08." */
    if (e < s->len && (is_alnum(t[e]) || t[e] == '/' || t[e] == '-' || t[e] == '.'))
        return 0;
    return nw_date_yearless(s, i, e) ? e : 0;
}

/* ---- a date said in English words: "July twenty-first, nineteen eighty-seven" ------------------
 */
static const char *const units_en[] = {"",        "one",     "two",       "three",    "four",
                                       "five",    "six",     "seven",     "eight",    "nine",
                                       "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                       "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
static const char *const tens_en[] = {"",      "",      "twenty",  "thirty", "forty",
                                      "fifty", "sixty", "seventy", "eighty", "ninety"};
static const char *const ords_en[] = {
    "",           "first",     "second",    "third",       "fourth",     "fifth",      "sixth",
    "seventh",    "eighth",    "ninth",     "tenth",       "eleventh",   "twelfth",    "thirteenth",
    "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};
static const char *const thirtieth[] = {"", "thirtieth"};
static const char *const months_en[] = {"",        "january",  "february", "march",  "april",
                                        "may",     "june",     "july",     "august", "september",
                                        "october", "november", "december"};

/* The index of the lower-case word at p in list (n entries from 1), or 0; *e its end. */
static unsigned word_in(const struct sc *s, size_t p, const char *const *list, unsigned n,
                        size_t *e)
{
    const uint8_t *t = s->t;
    size_t q = p;
    while (q < s->len && q - p < 12 && (t[q] | 32) >= 'a' && (t[q] | 32) <= 'z')
        q++;
    if (q == p || q - p >= 12 || (q < s->len && is_alnum(t[q])))
        return 0;
    char buf[16];
    const char *f = nw_fold_span(s, p, q, buf, sizeof buf);
    for (unsigned k = 1; k < n; k++)
        if (f[0] == list[k][0] && strcmp(f, list[k]) == 0) {
            *e = q;
            return k;
        }
    return 0;
}

#define WORDS(l) (unsigned)(sizeof l / sizeof l[0])

/* A number below 100 said at p ("seven", "twenty-one", "thirty first"; ordinal: ordinals only
 * in its last word): its value and *e, or 0. */
static unsigned said_number(const struct sc *s, size_t p, int ordinal, size_t *e)
{
    unsigned v;
    size_t q;
    if ((v = word_in(s, p, ordinal ? ords_en : units_en, ordinal ? WORDS(ords_en) : WORDS(units_en),
                     e)))
        return v;
    if (!ordinal && (v = word_in(s, p, ords_en, WORDS(ords_en), e)))
        return v;
    if (!(v = word_in(s, p, tens_en, WORDS(tens_en), &q)))
        return ordinal && word_in(s, p, thirtieth, 2, e) ? 30 : 0;
    *e = q;
    if (q + 1 < s->len && (s->t[q] == '-' || s->t[q] == ' ')) {
        size_t u;
        unsigned d = word_in(s, q + 1, ords_en, 10, &u);
        if (!d && !ordinal)
            d = word_in(s, q + 1, units_en, 10, &u);
        if (d) {
            *e = u;
            return v * 10 + d;
        }
    }
    return ordinal ? 0 : v * 10;
}

/* A year said at p: "nineteen eighty-seven", "nineteen oh five", "two thousand and three",
 * "1987". Its end, or 0. */
static size_t said_year(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t e, q;
    unsigned v;
    if (p + 4 <= s->len && is_digit(t[p]) && is_digit(t[p + 1]) && is_digit(t[p + 2]) &&
        is_digit(t[p + 3]) && !(p + 4 < s->len && is_alnum(t[p + 4])))
        return (t[p] == '1' && t[p + 1] == '9') || (t[p] == '2' && t[p + 1] == '0') ? p + 4 : 0;
    if ((v = word_in(s, p, units_en, WORDS(units_en), &e)) == 2 && e + 10 <= s->len &&
        memcmp(t + e, " thousand", 9) == 0) {
        e += 9;
        if (e + 4 <= s->len && memcmp(t + e, " and", 4) == 0 &&
            (e + 4 == s->len || !is_alnum(t[e + 4])))
            e += 4;
        return e + 1 < s->len && t[e] == ' ' && said_number(s, e + 1, 0, &q) ? q : e;
    }
    if ((v != 19 && v != 18) || e + 1 >= s->len || t[e] != ' ')
        return 0;
    if (e + 4 < s->len && memcmp(t + e + 1, "oh ", 3) == 0 && word_in(s, e + 4, units_en, 10, &q))
        return q;
    return said_number(s, e + 1, 0, &q) >= 10 ? q : 0;
}

size_t nw_dob8_spelled(const struct sc *s, size_t i, size_t *ds)
{
    const uint8_t *t = s->t;
    size_t me, p = 0, e, q;
    if (!word_in(s, i, months_en, WORDS(months_en), &me))
        return 0;
    if (me + 2 >= s->len)
        return 0;
    *ds = 0;
    if (i >= 6 && memcmp(t + i - 4, " of ", 4) == 0) { /* "the fifth of July ..." */
        size_t b = i - 4, a = b;
        while (a > 0 && b - a < 20 &&
               (((t[a - 1] | 32) >= 'a' && (t[a - 1] | 32) <= 'z') || t[a - 1] == '-' ||
                t[a - 1] == ' '))
            a--; /* the ordinal's words: start at the first that reads as one to b */
        for (; a < b && !*ds; a++)
            if ((a == 0 || t[a - 1] == ' ') && said_number(s, a, 1, &q) && q == b)
                *ds = a;
        p = me;
    }
    if (!*ds && t[me] == ' ' && said_number(s, me + 1, 0, &e) >= 1) { /* "July twenty-first, " */
        *ds = i;
        p = e < s->len && t[e] == ',' ? e + 1 : e;
    }
    if (!*ds)
        return 0;
    if (p + 1 >= s->len || t[p] != ' ' || !(q = said_year(s, p + 1)))
        return 0;
    return nw_birth_before(s, *ds) ? q : 0;
}

/* The lower-case word at i (ASCII letters only), folded into buf; "" when there is none. */
static const char *lower_word_at(const struct sc *s, size_t i, char *buf, size_t n)
{
    size_t e = i;
    while (e < s->len && e - i < n - 1 && s->t[e] >= 'a' && s->t[e] <= 'z')
        e++;
    if (e == i || e - i >= n - 1 || (e < s->len && word_byte(s->t[e]) && s->t[e] != '\''))
        return "";
    memcpy(buf, s->t + i, e - i);
    buf[e - i] = 0;
    return buf;
}

/* More animals people keep and name, for the names' side only (animal_nouns also vetoes dates of
 * birth near it, where a wider list would cost people's births). */
static const char *const pet_nouns[] = {
    "pony",       "ponies",      "horse",           "gelding",       "foal",
    "budgie",     "parakeet",    "canary",          "goldfish",      "gerbil",
    "chinchilla", "turtle",      "lizard",          "gecko",         "snake",
    "kitty",      "pup",         "doggo",           "bunny",         "goat",
    "donkey",     "tomcat",      "hamsters",        "dogs",          "cats",
    "puppies",    "kittens",     "meerschweinchen", "wellensittich", "schildkr\303\266te",
    "pferdchen",  "cobaye",      "tortue",          "perruche",      "chatte",
    "cavia",      "parkiet",     "schildpad",       "cobaya",        "periquito",
    "tortuga",    "criceto",     "tartaruga",       "pappagallo",    "cagnolino",
    "gattino",    "perrito",     "gatito",          "hondje",        "katje",
    "poesje",     "cachorrinho", "gatinho",         "pferd",         "hengst",
    "stute",      "jument",      "merrie",          "yegua"};

/* Animal nouns that name the creature itself before its name ("my dog Biscuit", "mi perro Toby",
 * "il mio gatto Romeo", "a hamster named Pickles"): animal_nouns without the words that are also
 * other things ("race", "ras", "k9") plus the breeds of names_dob9.c. */
static int pet_noun(const struct sc *s, size_t a, size_t b)
{
    char buf[24];
    if (b - a < 3 || b - a >= sizeof buf || !(s->t[a] >= 'a' && s->t[a] <= 'z'))
        return 0; /* lower case: "Cat Stevens" opens a name */
    const char *f = nw_fold_span(s, a, b, buf, sizeof buf);
    if (!strcmp(f, "race") || !strcmp(f, "ras") || !strcmp(f, "pet") || !strcmp(f, "pets"))
        return 0;
    return NW_ONE_OF(f, animal_nouns) || nw_dob9_animal_word(f) || NW_ONE_OF(f, pet_nouns);
}

/* Roles after an animal noun: "Maria, our dog walker" is a person. */
static const char *const pet_roles[] = {
    "walker",  "walkers",   "sitter",  "sitters", "trainer", "groomer", "owner",   "owners",
    "lover",   "lovers",    "breeder", "handler", "minder",  "nanny",   "person",  "lady",
    "man",     "woman",     "guy",     "mom",     "mum",     "dad",     "doctor",  "vet",
    "catcher", "whisperer", "friend",  "friends", "people",  "rescue",  "shelter", "hotel"};

/* "Rex the dog", "Hazel, our cat", "Pip (the hamster)": the animal noun after the name. */
static int pet_after(const struct sc *s, size_t end)
{
    const uint8_t *t = s->t;
    size_t p = end;
    int paren = 0;
    if (p < s->len && t[p] == ',')
        p++;
    if (p < s->len && t[p] == ' ')
        p++;
    if (p < s->len && t[p] == '(')
        p++, paren = 1;
    if (p == end || p >= s->len)
        return 0;
    static const char *const dets[] = {
        "the",     "our",     "my", "his", "her", "their", "your",  "le",     "la",
        "notre",   "mon",     "ma", "der", "die", "das",   "unser", "unsere", "el",
        "nuestro", "nuestra", "il", "o",   "a",   "onze",  "ons"};
    char buf[16];
    size_t a = p, b = p;
    while (b < s->len && b - a < 8 && t[b] >= 'a' && t[b] <= 'z')
        b++;
    if (b == a || b >= s->len || t[b] != ' ' ||
        !NW_ONE_OF(lower_word_at(s, a, buf, sizeof buf), dets))
        return 0;
    a = b + 1, b = a;
    while (b < s->len && b - a < 24 && word_byte(t[b]))
        b++;
    if (b == a || !pet_noun(s, a, b))
        return 0;
    if (paren)
        return b < s->len && t[b] == ')';
    if (b + 1 < s->len && t[b] == ' ' &&
        NW_ONE_OF(lower_word_at(s, b + 1, buf, sizeof buf), pet_roles))
        return 0;
    return 1;
}

/* What only an animal does or has, in the word after its name ("Pepper barks", "Mochi purrs",
 * "Luna's litter box", "Rex's leash"). No word a child or an owner could take: not "chewed",
 * "peed", "scratches", "vet", "groomer" ("Maria's vet appointment" is her own). */
static const char *const pet_doings[] = {
    "barks",   "barked",  "barking",  "meows",  "meowed", "meowing",  "miaows", "purrs",
    "purred",  "purring", "wags",     "wagged", "growls", "growled",  "howls",  "howled",
    "woofs",   "bellt",   "bellte",   "miaut",  "miaute", "schnurrt", "wedelt", "aboie",
    "aboyait", "miaule",  "ronronne", "blaft",  "blafte", "miauwt",   "ladra",  "ronronea",
    "abbaia",  "miagola", "ronrona",  "latiu"};
static const char *const pet_things[] = {
    "leash", "kibble", "litter",  "crate",    "kennel",  "hutch",  "paws",   "tail",
    "fleas", "flea",   "worming", "whiskers", "harness", "muzzle", "collar", "cage"};

/* "Pepper barks", "Luna's litter box": the word after a one-word name says it is an animal. */
static int pet_by_what_follows(const struct sc *s, size_t end)
{
    const uint8_t *t = s->t;
    char buf[16];
    if (end + 2 < s->len && t[end] == ' ')
        return NW_ONE_OF(lower_word_at(s, end + 1, buf, sizeof buf), pet_doings);
    size_t q = 0; /* after "'s " or "’s " */
    if (end + 3 < s->len && t[end] == '\'' && t[end + 1] == 's' && t[end + 2] == ' ')
        q = end + 3;
    else if (end + 5 < s->len && t[end] == 0xe2 && t[end + 1] == 0x80 && t[end + 2] == 0x99 &&
             t[end + 3] == 's' && t[end + 4] == ' ')
        q = end + 5;
    return q && NW_ONE_OF(lower_word_at(s, q, buf, sizeof buf), pet_things);
}

int nw_dob8_pet_named(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    if (end <= start || end - start > 24 || memchr(t + start, ' ', end - start))
        return 0; /* a pet is one word */
    if (s->known && anon_names_known_has(s->known, (const char *)t + start, end - start) > 0)
        return 0; /* the request names a person so: masking the pet too is the safe side */
    if (pet_by_what_follows(s, end) || pet_after(s, end))
        return 1;
    if (end + 1 < s->len && (t[end] == '\'' || t[end] == 0xe2))
        return 0; /* "the cat Anna's blanket": a person's possessive */
    /* after: "Oscar (cat)", "Maple (dog)" */
    if (end + 3 < s->len && t[end] == ' ' && t[end + 1] == '(') {
        size_t a = end + 2, b = a;
        while (b < s->len && b - a < 24 && word_byte(t[b]))
            b++;
        if (b < s->len && t[b] == ')' && pet_noun(s, a, b))
            return 1;
    }
    /* before: the animal noun, then perhaps "named" / "called" and the like */
    size_t e = start;
    for (int hop = 0; hop < 2; hop++) {
        if (e < 2 || t[e - 1] != ' ')
            return 0;
        size_t we = e - 1, ws = we;
        while (ws > 0 && word_byte(t[ws - 1]) && we - ws < 24)
            ws--;
        if (ws == we)
            return 0;
        if (pet_noun(s, ws, we))
            return 1;
        char buf[16];
        const char *f = we - ws < sizeof buf ? nw_fold_span(s, ws, we, buf, sizeof buf) : "";
        static const char *const named[] = {
            "named",         "called",   "namens",         "genannt",       "nomm\303\251",
            "appel\303\251", "genaamd",  "appel\303\251e", "nomm\303\251e", "llamado",
            "llamada",       "chiamato", "chiamata",       "chamado",       "chamada"};
        if (hop || !NW_ONE_OF(f, named))
            return 0;
        e = ws;
    }
    return 0;
}
