/* names_bare.c: people that nothing but their names announce. Running text opens a clause with
 * a word of time ("Gestern hat X angerufen", "Ayer X llamó", "Stamattina X ha inviato"): the
 * word is the clause's context, not the first word of the name, so names.c's person_at() drops
 * it from the run like a greeting (nw_bare_lead()). A form puts the customer's name in capitals
 * on the line under its label ("Cliente:\nLUCIA FERNANDEZ"): names.c's caps_name() takes it when
 * nw_bare_caps_above() says the label is there and the words are a name's (a lexicon name, or
 * unknown words with a name's shape), so that a company in capitals ("ACME SOLUTIONS") stays.
 * A town that is a given name too, alone on a form's line or last after ", " ("Lucia
 * Fernandez\nVerona"), is the place, not a person (nw_bare_city_alone()); German words of time
 * that open a clause ("Letzte Woche hat ...") are filed as non-names. A roster written as lines
 * ("1. Anna Vogt — Leeds\n2. X — Bilbao") gives the item after a person's item, under a list
 * mark of the same kind, a weak context (nw_bare_list_ctx(): the person of the line above is
 * s->list_end, so only its next line is looked at).
 *
 * All read only the run, the bytes right before it and the line above; nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>

#define CAPS_ABOVE_SHAPE 0 /* an unknown word's name-shape score under a label, at least */

/* words of time that open a clause in en/de/fr/nl/es/it/pt, weekdays included */
static const char *const time_words[] = {
    "yesterday",   "today",    "tonight",  "gestern",    "heute",      "vorgestern", "hier",
    "aujourd'hui", "gisteren", "vandaag",  "vanochtend", "vanmiddag",  "ayer",       "hoy",
    "anteayer",    "ieri",     "oggi",     "stamattina", "stasera",    "ontem",      "hoje",
    "anteontem",   "montag",   "dienstag", "mittwoch",   "donnerstag", "freitag",    "samstag",
    "sonntag",     "lundi",    "mardi",    "mercredi",   "jeudi",      "vendredi",   "samedi",
    "dimanche",    "maandag",  "dinsdag",  "woensdag",   "donderdag",  "vrijdag",    "zaterdag",
    "zondag",      "lunes",    "martes",   "miércoles",  "jueves",     "viernes",    "sábado",
    "domingo",     "lunedì",   "martedì",  "mercoledì",  "giovedì",    "venerdì",    "sabato",
    "domenica",    "monday",   "tuesday",  "wednesday",  "thursday",   "friday",     "saturday",
    "sunday"};
/* time_words by their first and last byte and length (nw_lens_may()): a run's first word that
 * shares none with a word of the list ("john", "mountain") leaves before 64 compares */
static const struct nw_lens time_lens = {
    {0xb10, 0x0, 0x0, 0x780, 0x0,   0xc0,  0x180, 0x38,  0x10,  0x60, 0x0,   0xa0,  0x5e0, 0x0,
     0x30,  0x0, 0x0, 0x0,   0x5c0, 0x1a0, 0x0,   0x780, 0x300, 0x0,  0x200, 0x140, 0x0},
    {0x580, 0x0, 0x0, 0x400, 0x130, 0x0,  0x7c0, 0x100, 0x970, 0x0, 0x0,   0x0, 0x220, 0x580,
     0xc0,  0x0, 0x0, 0x110, 0x4e0, 0x80, 0x0,   0x0,   0x0,   0x0, 0x3e8, 0x0, 0x580, 0x0}};

size_t nw_bare_lens_audit(void)
{
    return nw_lens_audit(&time_lens, time_words, sizeof time_words / sizeof time_words[0]);
}

int nw_bare_lead(const struct sc *s, const struct word *run, size_t b, size_t n, const char *f)
{
    static const char *const art[] = {"la",  "le",  "les", "el",  "los",  "las", "il",
                                      "lo",  "gli", "the", "der", "die",  "das", "de",
                                      "het", "o",   "a",   "os",  "as",   "l'",  "un",
                                      "una", "uno", "une", "ein", "eine", "een"};
    char nb[32];
    /* the name after it must be one the lexicon knows: "Ayer Cien Años" stays whole (tested
     * first: it is one bit, the list is 64 compares for every run's first word) */
    if (b + 1 >= n || !nw_lexname(run[b + 1].lex) ||
        !nw_lens_may(&time_lens, (const uint8_t *)f, strlen(f)) || !NW_ONE_OF(f, time_words))
        return 0;
    return !NW_ONE_OF(nw_fold_span(s, run[b + 1].s, run[b + 1].e, nb, sizeof nb), art);
}

int nw_bare_caps_above(const struct sc *s, size_t start, size_t end)
{
    if (!nw_doc_label_above(s, start))
        return 0;
    for (size_t i = start; i < end;) {
        struct word w;
        nw_parse_word(s, i, &w);
        if (w.e <= i)
            return 0;
        unsigned lx = anon_names_lexicon((const char *)s->t + w.s, w.e - w.s);
        if (nw_lexname(lx))
            return 1;
        if (lx || nw_name_shape(s->t + w.s, w.e - w.s) < CAPS_ABOVE_SHAPE)
            return 0;
        for (i = w.e; i < end && s->t[i] == ' '; i++)
            ;
    }
    return 1;
}

const char *const nw_bare_not_names[] = {"letzte",  "letzten",  "vorige",   "vorigen",
                                         "nächste", "nächsten", "kommende", "kommenden"};
const size_t nw_bare_nnot_names = sizeof nw_bare_not_names / sizeof nw_bare_not_names[0];

int nw_bare_city_alone(const struct sc *s, size_t a, size_t e, const char *f)
{
    const uint8_t *t = s->t;
    if (e < s->len && !nw_break_before(s, e + 1) && !(e + 1 < s->len && nw_break_before(s, e + 2)))
        return 0; /* a line break (real or as written in JSON) or the text's end after it */
    if (a > 0 && !nw_break_before(s, a) && !(a >= 2 && t[a - 1] == ' ' && t[a - 2] == ','))
        return 0;
    if (a >= 2 && t[a - 2] == ',' && s->list_end == a - 2)
        return 0; /* "Attendees: Keller, Charlotte": a person right before, surname first */
    /* European towns that are given names too, beside names_curated.c's cities */
    static const char *const towns[] = {"verona", "siena", "lyon", "paris", "lima", "messina"};
    return nw_city_name(f) || NW_ONE_OF(f, towns);
}

/* The length of a list item's mark at t[i] ("9. ", "12) ", "- ", "* ", "• "), 0 when none. */
static size_t item_mark(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    size_t j = i;
    while (j < s->len && j - i < 3 && t[j] >= '0' && t[j] <= '9')
        j++;
    if (j > i && j + 1 < s->len && (t[j] == '.' || t[j] == ')') && t[j + 1] == ' ')
        return j + 2 - i;
    if (j == i && i + 1 < s->len && (t[i] == '-' || t[i] == '*') && t[i + 1] == ' ')
        return 2;
    if (j == i && i + 3 < s->len && t[i] == 0xE2 && t[i + 1] == 0x80 && t[i + 2] == 0xA2 &&
        t[i + 3] == ' ')
        return 4;
    return 0;
}

int nw_bare_list_ctx(const struct sc *s, size_t start)
{
    const uint8_t *t = s->t;
    size_t le = s->list_end;
    if (!le || start <= le || start - le > 48)
        return 0; /* the person of the line above ends the list so far */
    size_t nl = le, breaks = 0;
    for (size_t i = le; i < start; i++)
        if (t[i] == '\n') {
            breaks++;
            nl = i + 1;
        }
    if (breaks != 1)
        return 0;
    size_t m = item_mark(s, nl);
    if (!m || nl + m != start)
        return 0;   /* the run opens its line, after its mark ("Betreff:" after "An: X" is none) */
    size_t ps = le; /* the line above: its mark must be of the same kind */
    while (ps > 0 && t[ps - 1] != '\n')
        ps--;
    size_t pm = item_mark(s, ps);
    return pm && (t[nl] >= '0' && t[nl] <= '9') == (t[ps] >= '0' && t[ps] <= '9');
}
