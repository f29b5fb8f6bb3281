/* names_h11prec.c: a last look at the scanner's findings for values that are no one's: a form's
 * example name after an example cue ("Name: (e.g. Jane Doe)", "(z. B. Max Mustermann)", "(ex.
 * Jean Dupont)"), a dog's breed taken for a person ("Dog: Pixel, Labradoodle"), a form's example
 * address ("Musterstraße 1, 12345 Musterstadt", "123 Main Street, Anytown"), a German court's
 * file number ("Az. 3 Ca 1234/25") or a statute's paragraph ("§ 18 Abs. 1") taken for a street
 * address; and one boundary: "z. B. Anna Keller" was found as "B. Anna Keller", the cue's "B."
 * taken for an initial.
 *
 * anon_names_scan() (names.c) routes the scanner's emits through nw_h11prec_emit() before
 * names_prec14.c's. Each drop asks for the value itself (a short list of example names, breeds,
 * example street words) and, for the names, for the cue right before it: a real person after an
 * example cue ("ask someone senior, e.g. Anna Keller") and a person named like a breed ("Owner:
 * Jack Russell") stay masked. PII-free text, with few findings, pays nothing.
 */
#include "anonymize/names_internal.h"

#include <string.h>

static int lower_ascii(uint8_t c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int word_byte(uint8_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* Is t[a .. e) the phrase w, ASCII folded (UTF-8 bytes as they are)? */
static int span_is(const uint8_t *t, size_t a, size_t e, const char *w)
{
    if (e < a)
        return 0;
    size_t n = e - a; /* w's end is checked as its bytes are compared, not by strlen() first */
    for (size_t k = 0; k < n; k++)
        if (!w[k] || (uint8_t)lower_ascii(t[a + k]) != (uint8_t)w[k])
            return 0;
    return w[n] == '\0';
}

static int span_is_one_of(const uint8_t *t, size_t a, size_t e, const char *const *ws, size_t n)
{
    uint8_t c = (uint8_t)lower_ascii(t[a]);
    for (size_t k = 0; k < n; k++)
        if ((uint8_t)ws[k][0] == c && span_is(t, a, e, ws[k]))
            return 1;
    return 0;
}

/* Does t[.. a) end with the cue w (folded), spaces before a skipped, w a whole word? */
static int ends_with(const uint8_t *t, size_t a, const char *w)
{
    while (a > 0 && t[a - 1] == ' ')
        a--;
    size_t n = strlen(w);
    if (a < n)
        return 0;
    for (size_t k = 0; k < n; k++)
        if ((uint8_t)lower_ascii(t[a - n + k]) != (uint8_t)w[k])
            return 0;
    return a == n || !word_byte(t[a - n - 1]);
}

/* The example cues of the seven languages, folded. */
static const char *const cues[] = {"e.g.",   "eg.",    "e. g.", "z. b.",   "z.b.", "zb.",
                                   "ex.",    "p. ex.", "p.ex.", "por ex.", "es.",  "ad es.",
                                   "p. ej.", "p.ej.",  "ej.",   "bijv.",   "bv."};

/* The example names forms print, folded: a real person with one of these names is masked unless
 * an example cue stands right before. */
static const char *const example_names[] = {
    "john doe",          "jane doe",       "joe bloggs",   "john smith",    "max mustermann",
    "erika mustermann",  "jean dupont",    "marie dupont", "jan jansen",    "piet puk",
    "juan p\303\251rez", "fulano de tal",  "mario rossi",  "maria bianchi", "jo\303\243o da silva",
    "maria da silva",    "fulano da silva"};

/* Does the cue w end at t[.. a) as a form's placeholder: right after '(', '[', ':' or a line's
 * start ("Name: (e.g. Jane Doe)", "Name: e.g. Jane Doe")? In prose ("ask someone senior, e.g.
 * John Smith from accounting", "Acme B.V. Jan Jansen") the name may be a real person's. */
static int cue_opens_hint(const uint8_t *t, size_t a, const char *w)
{
    while (a > 0 && t[a - 1] == ' ')
        a--;
    a -= strlen(w);
    while (a > 0 && t[a - 1] == ' ')
        a--;
    return a == 0 || t[a - 1] == '(' || t[a - 1] == '[' || t[a - 1] == ':' || t[a - 1] == '\n';
}

/* A form's example name: one of the list after an example cue, the cue opening a placeholder
 * or the name closing one ("(z. B. Max Mustermann)"). */
static int example_name(const uint8_t *t, size_t len, size_t a, size_t e)
{
    size_t j = a; /* the '.' first: one byte turns away the common finding before the list */
    while (j > 0 && t[j - 1] == ' ')
        j--;
    if (j == 0 || t[j - 1] != '.')
        return 0; /* every cue ends with '.' (ends_with() skips the same spaces) */
    if (!span_is_one_of(t, a, e, example_names, sizeof example_names / sizeof *example_names))
        return 0;
    int closes = e < len && (t[e] == ')' || t[e] == ']');
    for (size_t k = 0; k < sizeof cues / sizeof *cues; k++)
        if (ends_with(t, a, cues[k]) && (closes || cue_opens_hint(t, a, cues[k])))
            return 1;
    return 0;
}

/* Dog breeds no person is named, folded (a person may be Jack Russell: see below). */
static const char *const breeds[] = {"labradoodle",
                                     "lagotto romagnolo",
                                     "lagotto",
                                     "border collie",
                                     "dackel",
                                     "golden retriever",
                                     "cocker spaniel",
                                     "labrador",
                                     "labrador retriever",
                                     "dachshund",
                                     "yorkshire terrier",
                                     "shih tzu",
                                     "maine coon",
                                     "cockapoo",
                                     "jack russell terrier",
                                     "bichon fris\303\251",
                                     "berner sennenhund",
                                     "australian shepherd",
                                     "cavalier king charles"};

/* The labels a pet's line starts with, folded, a colon after them. */
static const char *const pet_keys[] = {"dog",     "hund",     "chien",      "hond",
                                       "perro",   "cane",     "c\303\243o", "pet",
                                       "patient", "paciente", "patient"};

/* "Dog: Pixel, Jack Russell": the breed after a comma or a bracket on a line that starts with a
 * pet's label. "Owner: Jack Russell" and "Hund: Rocky; Halter: Jack Russell" keep it. */
static int breed_jack_russell(const uint8_t *t, size_t a)
{
    size_t i = a;
    while (i > 0 && t[i - 1] == ' ')
        i--;
    if (i == 0 || (t[i - 1] != ',' && t[i - 1] != '('))
        return 0;
    size_t ls = i;
    while (ls > 0 && t[ls - 1] != '\n' && t[ls - 1] != '|')
        ls--;
    while (ls < i && (t[ls] == ' ' || t[ls] == '-' || t[ls] == '\t'))
        ls++;
    for (size_t k = 0; k < sizeof pet_keys / sizeof *pet_keys; k++) {
        size_t n = strlen(pet_keys[k]);
        size_t j = ls;
        while (j < i && j - ls < n && (uint8_t)lower_ascii(t[j]) == (uint8_t)pet_keys[k][j - ls])
            j++;
        if (j - ls != n)
            continue;
        while (j < i && t[j] == ' ')
            j++;
        if (j < i && t[j] == ':')
            return 1;
    }
    return 0;
}

static int not_person(const uint8_t *t, size_t len, size_t a, size_t e)
{
    if (e - a < 5 || e - a > 24)
        return 0; /* the listed breeds' and example names' lengths */
    if (span_is_one_of(t, a, e, breeds, sizeof breeds / sizeof *breeds))
        return 1;
    if (span_is(t, a, e, "jack russell") && breed_jack_russell(t, a))
        return 1;
    return example_name(t, len, a, e);
}

/* The example addresses forms print (a word of them, folded). */
static const char *const example_streets[] = {
    "musterstra", "musterweg",       "musterstadt", "anytown",     "calle falsa",
    "exemple",    "voorbeeldstraat", "via esempio", "rua exemplo", "beispielstra"};

/* The first letters of example_streets, a bit each ('a' is bit 0) */
#define EXAMPLE_STREET_FIRST                                                                       \
    (1u << ('m' - 'a') | 1u << ('a' - 'a') | 1u << ('c' - 'a') | 1u << ('e' - 'a') |               \
     1u << ('v' - 'a') | 1u << ('r' - 'a') | 1u << ('b' - 'a'))

/* Does t[a .. e) hold an example street word? One pass; a word is compared only where its first
 * letter starts a word of the run. */
static int example_street(const uint8_t *t, size_t a, size_t e)
{
    for (size_t i = a; i < e; i++) {
        uint8_t c = t[i];
        if (c < 'A' || c > 'Z' || (i > a && word_byte(t[i - 1])))
            continue; /* the words are written capitalised: a word's first capital */
        c += 32;
        if (!((EXAMPLE_STREET_FIRST >> (c - 'a')) & 1))
            continue; /* no example word opens with this letter */
        for (size_t k = 0; k < sizeof example_streets / sizeof *example_streets; k++) {
            const char *w = example_streets[k];
            if ((uint8_t)w[0] != c)
                continue; /* the first byte screens before strlen() */
            size_t n = strlen(w), j = 0;
            if (i + n > e)
                continue;
            while (j < n && (uint8_t)lower_ascii(t[i + j]) == (uint8_t)w[j])
                j++;
            if (j == n)
                return 1;
        }
    }
    return 0;
}

/* "3 Ca 1234/25": a German court's file number (chamber, register letters, number/year). */
static int court_file_number(const uint8_t *t, size_t a, size_t e)
{
    size_t i = a;
    while (i < e && t[i] >= '0' && t[i] <= '9')
        i++;
    if (i == a || i - a > 3 || i >= e || t[i] != ' ')
        return 0;
    size_t r = ++i;
    while (i < e && ((t[i] >= 'A' && t[i] <= 'Z') || (t[i] >= 'a' && t[i] <= 'z')))
        i++;
    if (i == r || i - r > 3 || t[r] < 'A' || t[r] > 'Z' || i >= e || t[i] != ' ')
        return 0;
    size_t d = ++i;
    while (i < e && t[i] >= '0' && t[i] <= '9')
        i++;
    if (i == d || i >= e || t[i] != '/')
        return 0;
    i++;
    return e - i == 2 && t[i] >= '0' && t[i] <= '9' && t[i + 1] >= '0' && t[i + 1] <= '9';
}

static int not_address(const uint8_t *t, size_t len, size_t a, size_t e)
{
    if (example_street(t, a, e))
        return 1;
    /* the example's town right after the finding: "123 Main Street, Anytown" */
    size_t i = e;
    while (i < len && i < e + 2 && (t[i] == ',' || t[i] == ' '))
        i++;
    if (i + 7 <= len && span_is(t, i, i + 7, "anytown"))
        return 1;
    i = a;
    while (i > 0 && t[i - 1] == ' ')
        i--;
    if (i >= 2 && t[i - 2] == 0xC2 && t[i - 1] == 0xA7)
        return 1; /* "§ 18 Abs. 1" */
    return t[a] >= '0' && t[a] <= '9' && court_file_number(t, a, e);
}

int nw_h11prec_emit(void *arg, int kind, size_t a, size_t e)
{
    struct nw_link *p = arg;
    const uint8_t *t = p->t;
    if (kind == ANON_NAMES_PERSON) {
        /* "z. B. Anna Keller": the cue's "B." is no initial */
        if (a >= 3 && e - a > 4 && t[a] == 'B' && t[a + 1] == '.' && t[a + 2] == ' ' &&
            t[a - 1] == ' ' && t[a - 2] == '.' && (t[a - 3] == 'z' || t[a - 3] == 'Z') &&
            (a == 3 || !word_byte(t[a - 4])))
            a += 3;
        if (not_person(t, p->len, a, e))
            return 0;
    } else if (kind == ANON_NAMES_ADDRESS && not_address(t, p->len, a, e)) {
        return 0;
    }
    return p->emit(p->arg, kind, a, e);
}
