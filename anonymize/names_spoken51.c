/* names_spoken51.c: phone numbers read out in words (branch spoken51): speech-to-text and
 * dictation write "oh seven seven double four one two", "null eins sieben sechs", "zéro six
 * douze trente-quatre", "tre tre nove sei sei otto" — no digit, so no digit window of the sweep
 * ever looks at them, and they leave whole.
 *
 * No pass of its own: names_leaks46.c's cue pass, which stops at the last byte of a few word
 * endings before a space, stops also at endings of digit words ("zero", "two", "oh", "fünf",
 * "zwei", "neuf", "iki", "dva", "två", ...) and at "på". There nw_spoken51_note() asks whether
 * the word and the next are digit words and notes the place (a few per text, thread-local). The
 * engine, after the names scan, asks anon_names_spoken_phones() for the runs at the noted places:
 * a run of digit words joined by single spaces is a phone when it reads nine to fifteen digits,
 * or seven or eight right after a phone word ("tel", "mobile", "handy", "cell", "on", "unter"...).
 * Order, case and meter numbers said digit by digit are shorter than that, or follow no phone
 * word.
 *
 * The one thing to know: the notes hold positions only (no text), taken on the text or on the
 * scan's same-length copy of it (a lower-case text's copy with names raised): every run is read
 * again on the engine's text before it counts. The engine resets them before the scan and takes
 * them after it. */
#include "anonymize/names_internal.h"
#include "anonymize/names_spoken54.h"

#include <string.h>

#define SPOKEN_MAX 48

static _Thread_local struct {
    size_t len; /* the length of the text they were taken on */
    unsigned n;
    uint32_t at[SPOKEN_MAX];
} notes;

/* Digit words of the twelve languages (lower case, as written; "zwo", "oh" too), each one digit. */
static const char *const digits1[] = {
    "zero",     "oh",    "one",    "two",   "three",  "four", "five",  "six",     "seven",
    "eight",    "nine",  "null",   "eins",  "zwei",   "zwo",  "drei",  "vier",    "fünf",
    "funf",     "sechs", "sieben", "acht",  "neun",   "zéro", "un",    "deux",    "trois",
    "quatre",   "cinq",  "sept",   "huit",  "neuf",   "nul",  "een",   "twee",    "drie",
    "vijf",     "zes",   "zeven",  "negen", "cero",   "uno",  "dos",   "tres",    "cuatro",
    "cinco",    "seis",  "siete",  "ocho",  "nueve",  "due",  "tre",   "quattro", "cinque",
    "sei",      "sette", "otto",   "nove",  "um",     "dois", "três",  "quatro",  "sete",
    "oito",     "jeden", "dwa",    "trzy",  "cztery", "pięć", "sześć", "siedem",  "osiem",
    "dziewięć", "noll",  "ett",    "två",   "fyra",   "fem",  "sex",   "sju",     "åtta",
    "nio",      "sıfır", "bir",    "iki",   "üç",     "dört", "beş",   "altı",    "yedi",
    "sekiz",    "dokuz", "en",     "to",    "fire",   "seks", "syv",   "otte",    "ni",
    "nula",     "jedna", "dva",    "tři",   "čtyři",  "pět",  "šest",  "sedm",    "osm",
    "devět"};
/* French numbers of two digits, read in pairs ("douze", "trente-quatre", "quatre-vingt-seize"):
 * the word, or the part before its first '-'. */
static const char *const pairs_fr[] = {
    "dix",   "onze",   "douze",    "treize",    "quatorze", "quinze",       "seize",
    "vingt", "trente", "quarante", "cinquante", "soixante", "quatre-vingt", "quatre-vingts"};
/* Words right before a run that say a phone follows. */
static const char *const phone_words[] = {
    "tel",     "tel.",  "phone",   "mobile",    "mob",    "cell",      "on",  "handy",
    "mobil",   "unter", "telefon", "portable",  "au",     "mobiel",    "op",  "móvil",
    "movil",   "tlf",   "al",      "cellulare", "cel",    "telemóvel", "tlm", "para",
    "komórka", "na",    "på",      "cep",       "numaram"};
/* "is" and its kin before a run, and the words before them that make it a phone ("my number is",
 * not "the order number is": the word before "number" is asked too). */
static const char *const copulas[] = {"is", "ist", "est", "es", "è",     "é",
                                      "to", "är",  "er",  "je", "c'est", "o"};
static const char *const numbers[] = {"number", "nummer", "numéro", "número", "numero",
                                      "numer",  "číslo",  "nr",     "no",     "phone",
                                      "mobile", "handy",  "tel"};
static const char *const not_phones[] = {
    "order", "case",     "reference", "ref",     "account",  "customer", "invoice", "policy",
    "meter", "tracking", "ticket",    "booking", "commande", "pedido",   "ordine",  "encomenda"};

static int word_char(uint8_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80 || c == '-';
}

static int in_list(const uint8_t *w, size_t n, const char *const *l, size_t nl)
{
    if (n == 0 || n > 24)
        return 0;
    char f[25];
    for (size_t i = 0; i < n; i++)
        f[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] | 32 : w[i]);
    f[n] = 0;
    for (size_t i = 0; i < nl; i++)
        if (strcmp(f, l[i]) == 0)
            return 1;
    return 0;
}

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* The digits the word w[0 .. n) says: 1, 2 (a French pair), 0 (no number word); "double" and
 * "triple" say 1 and 2 more than the word after them, counted here as 1 and 2. */
static unsigned digits_of(const uint8_t *w, size_t n)
{
    if (in_list(w, n, digits1, N(digits1)))
        return 1;
    if (in_list(w, n, pairs_fr, N(pairs_fr)))
        return 2;
    const uint8_t *h = memchr(w, '-', n);
    if (h && in_list(w, (size_t)(h - w), pairs_fr, N(pairs_fr)))
        return 2;
    if (h && n > 13 && memcmp(w, "quatre-vingt-", 13) == 0)
        return 2;
    if (in_list(w, n, (const char *const[]){"double", "triple"}, 2))
        return n && (w[0] | 32) == 'd' ? 1 : 2;
    return 0;
}

/* The word that ends at e (exclusive): its start. */
static size_t word_start(const uint8_t *t, size_t e)
{
    size_t a = e;
    while (a > 0 && e - a < 32 && word_char(t[a - 1]))
        a--;
    return a;
}

/* The word [w, e) is a copula after a phone's number word ("my number is", "mein handy ist"),
 * and no id word stands before that ("order number is", "case number is"). */
static int after_number_is(const uint8_t *t, size_t w, size_t e)
{
    if (!in_list(t + w, e - w, copulas, N(copulas)) || w < 2 || t[w - 1] != ' ')
        return 0;
    size_t v = word_start(t, w - 1);
    if (!in_list(t + v, w - 1 - v, numbers, N(numbers)))
        return 0;
    if (v < 2 || t[v - 1] != ' ')
        return 1;
    size_t u = word_start(t, v - 1);
    return !in_list(t + u, v - 1 - u, not_phones, N(not_phones));
}

/* The digit words the cue pass stops at, by their last two bytes (its classes): the word that
 * ends at p must be one of these, checked before any list is read ("into", "pero", "bei", "un"
 * of French prose end the look-up at a compare or two). "på" says the run starts after it. */
static const char *const stop_words[] = {
    "zero",    "cero",   "zéro",   "two",  "zwo",  "zwei",  "drei", "sei", "iki",
    "un",      "neun",   "fünf",   "neuf", "vijf", "oh",    "dva",  "två", "otto",
    "quattro", "cuatro", "quatro", "oito", "fyra", "sıfır", "på"};

static int stop_word(const uint8_t *t, size_t a, size_t n)
{
    for (size_t i = 0; i < N(stop_words); i++) {
        const char *w = stop_words[i];
        size_t k = strlen(w);
        if (k != n)
            continue;
        size_t j = 0;
        while (j < n && (t[a + j] | (t[a + j] < 0x80 ? 32 : 0)) == (uint8_t)w[j])
            j++;
        if (j == n)
            return 1;
    }
    return 0;
}

/* The word that starts at b: its end (b when none, or longer than 32 bytes). */
static size_t word_end(const uint8_t *t, size_t len, size_t b)
{
    size_t e = b;
    while (e < len && word_char(t[e]) && e - b < 33)
        e++;
    return e - b > 32 ? b : e;
}

void nw_spoken51_note(const uint8_t *t, size_t len, size_t p)
{
    if (notes.n >= SPOKEN_MAX || p + 2 >= len || p > UINT32_MAX || (notes.n && notes.len != len))
        return;
    if (notes.n && notes.at[notes.n - 1] + 64 > p && notes.at[notes.n - 1] <= p)
        return; /* inside a run noted already */
    size_t a = word_start(t, p + 1);
    if (a + 1 >= p + 1 || !stop_word(t, a, p + 1 - a))
        return;
    size_t b = p + 2, e = word_end(t, len, b);
    if (!digits_of(t + b, e - b))
        return;
    if (t[p] == 0xA5 && t[p - 1] == 0xC3 && (t[a] | 32) == 'p') { /* "på": the next two */
        if (e + 1 >= len || t[e] != ' ')
            return;
        size_t f = word_end(t, len, e + 1);
        if (!digits_of(t + e + 1, f - e - 1))
            return;
        p = e - 1;
    }
    notes.len = len;
    notes.at[notes.n++] = (uint32_t)p;
}

unsigned nw_spoken51_digits(const uint8_t *w, size_t n)
{
    return digits_of(w, n);
}

void nw_spoken51_note_at(size_t len, size_t p)
{
    if (notes.n >= SPOKEN_MAX || p > UINT32_MAX || (notes.n && notes.len != len))
        return;
    for (unsigned k = 0; k < notes.n; k++)
        if (notes.at[k] == p)
            return;
    notes.len = len;
    notes.at[notes.n++] = (uint32_t)p;
}

void anon_names_spoken_reset(void)
{
    notes.n = 0;
    notes.len = 0;
}

size_t anon_names_spoken_phones(const char *text, size_t len, size_t (*out)[2], size_t max)
{
    const uint8_t *t = (const uint8_t *)text;
    size_t n = 0, done = 0;
    if (!notes.n || notes.len != len) {
        notes.n = 0;
        return 0;
    }
    for (unsigned i = 1; i < notes.n; i++) /* names_asr.c's notes come before the cue pass's */
        for (unsigned j = i; j > 0 && notes.at[j - 1] > notes.at[j]; j--) {
            uint32_t v = notes.at[j];
            notes.at[j] = notes.at[j - 1];
            notes.at[j - 1] = v;
        }
    for (unsigned k = 0; k < notes.n && n < max; k++) {
        size_t p = notes.at[k];
        if (p >= len || p < done)
            continue;
        /* the run around it (names_spoken54.c: pairs, "double", fillers, "plus") */
        size_t a, e;
        unsigned fl, d = nw_spoken54_run(t, len, p, &a, &e, &fl);
        if (!d)
            continue;
        done = e;
        if (d < 7 || d > ((fl & NW_SPOKEN54_CORRECTED) ? 18 : 15))
            continue;
        if (d < 9 && !(fl & NW_SPOKEN54_PLUS)) { /* seven or eight: only after a phone word */
            if (a < 2 || t[a - 1] != ' ')
                continue;
            size_t w = word_start(t, a - 1);
            if (!in_list(t + w, a - 1 - w, phone_words, N(phone_words)) &&
                !after_number_is(t, w, a - 1) && !nw_spoken54_phone_before(t, w, a - 1))
                continue;
        }
        out[n][0] = a;
        out[n][1] = e;
        n++;
    }
    notes.n = 0;
    return n;
}
