/* names_dob48.c: a birth date found once is a birth date wherever the text says it again.
 *
 * Conversations repeat a birth the way they got it: the assistant reads it back ("I've updated
 * it to 4 March 1987", "Done, I changed it to 04/03/1987"), the user quotes the line under `> `
 * and corrects it ("No, her date of birth is 04/03/1987, not 14/03/1987"), and most of those
 * repeats stand with no birth word of their own. So once a text's findings are resolved, every
 * other place that holds the same bytes as a DATE_OF_BIRTH finding, at a date's bounds, is one
 * too (anon_names_dob_repeats), and a request's later strings are read for the births its earlier
 * ones masked (anon_names_births_again, from session.c). Only the same bytes count: a date is
 * never compared as a calendar day.
 *
 * Two more kinds of date take their cue from a birth finding before them in the same text:
 * - the next item of a family list in the birth verb's sentence ("my husband was born on D1, our
 *   daughter Lea on D2 and our son Tom on D3"): a kin word and no sentence end between;
 * - the new value of a correction: a line that opens with a correction word ("No, it's D",
 *   "Nein, D", "actually it's 1987 not 1978, so D") a few hundred bytes after a birth (the line
 *   it corrects, often quoted with `> ` above it), with no other event's noun before the date.
 * A text with no birth finding pays one loop over its findings.
 */
#include "anonymize/engine_internal.h"
#include "anonymize/names_added.h"
#include "anonymize/names_internal.h"

#include <string.h>

#define MIN_DATE 6  /* "3.4.87" */
#define MAX_DATE 48 /* "the 4th of March, 1987" and the longest spelled forms */
#define MAX_VALUES 32

static int word_byte(uint8_t c)
{
    return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z') || c >= 0x80;
}

static int digit(uint8_t c)
{
    return c >= '0' && c <= '9';
}

/* t[s .. e) stands alone as a date: no word byte glued to it, and no '.', '/' or '-' that joins
 * it to more digits ("14.03.1987" inside "114.03.1987" or "14.03.1987.5"). A Hungarian case
 * ending ("1987. március 4-én") and a sentence's full stop are outside it. */
static int date_bounded(const uint8_t *t, size_t len, size_t s, size_t e)
{
    if (s > 0) {
        uint8_t b = t[s - 1];
        if (word_byte(b) || ((b == '.' || b == '/' || b == '-') && s > 1 && digit(t[s - 2])))
            return 0;
    }
    if (e < len) {
        uint8_t a = t[e];
        if (word_byte(a) || ((a == '.' || a == '/' || a == '-') && e + 1 < len && digit(t[e + 1])))
            return 0;
    }
    return 1;
}

/* A value worth looking for: a date's length, with a digit in it. */
static int date_value(const char *v, size_t n)
{
    if (n < MIN_DATE || n > MAX_DATE)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (digit((uint8_t)v[i]))
            return 1;
    return 0;
}

int anon_names_births_again(const char *text, size_t len, const char *const *v, const size_t *vn,
                            size_t nv, size_t type, anon_finding_t **f, size_t *nf)
{
    const uint8_t *t = (const uint8_t *)text;
    struct nw_adds d = {0};
    for (size_t k = 0; k < nv; k++) {
        if (!date_value(v[k], vn[k]))
            continue;
        const uint8_t *p = t, *m;
        size_t left = len;
        while (left >= vn[k] && (m = memmem(p, left, v[k], vn[k])) != NULL) {
            size_t s = (size_t)(m - t), e = s + vn[k];
            p = m + 1;
            left = len - (size_t)(p - t);
            if (!date_bounded(t, len, s, e) || nw_overlaps(*f, *nf, s, e) ||
                nw_dob49_id_copy(t, len, s))
                continue; /* an order number with the birth's digits (names_dob49.c) */
            if (nw_adds_push(&d, type, s, e))
                return ANON_ERR_NOMEM;
        }
    }
    return nw_adds_done(&d, f, nf);
}

/* Does the folded word w (n bytes) open with one of the stems? */
static int stem_in(const char *w, size_t n, const char *const *stems, size_t ns)
{
    for (size_t k = 0; k < ns; k++) {
        size_t sl = strlen(stems[k]);
        if (sl <= n && memcmp(w, stems[k], sl) == 0)
            return 1;
    }
    return 0;
}

/* Is the folded word w (n bytes) one of the words? */
static int word_in(const char *w, size_t n, const char *const *words, size_t nw)
{
    for (size_t k = 0; k < nw; k++)
        if (strlen(words[k]) == n && memcmp(w, words[k], n) == 0)
            return 1;
    return 0;
}

/* Kin nouns of the pack's languages, folded and whole (names follow them in a family list). */
static const char *const kin[] = {"son",
                                  "sons",
                                  "daughter",
                                  "daughters",
                                  "child",
                                  "children",
                                  "twin",
                                  "twins",
                                  "brother",
                                  "sister",
                                  "husband",
                                  "wife",
                                  "tochter",
                                  "sohn",
                                  "kind",
                                  "kinder",
                                  "bruder",
                                  "schwester",
                                  "mann",
                                  "frau",
                                  "fille",
                                  "fils",
                                  "enfant",
                                  "enfants",
                                  "fr\xc3\xa8re",
                                  "s\xc5\x93ur",
                                  "mari",
                                  "femme",
                                  "dochter",
                                  "zoon",
                                  "broer",
                                  "zus",
                                  "man",
                                  "vrouw",
                                  "hija",
                                  "hijo",
                                  "hermano",
                                  "hermana",
                                  "marido",
                                  "esposa",
                                  "figlia",
                                  "figlio",
                                  "fratello",
                                  "sorella",
                                  "marito",
                                  "moglie",
                                  "filha",
                                  "filho",
                                  "irm\xc3\xa3o",
                                  "irm\xc3\xa3",
                                  "c\xc3\xb3rka",
                                  "syn",
                                  "brat",
                                  "siostra",
                                  "m\xc4\x85\xc5\xbc",
                                  "\xc5\xbcona",
                                  "dotter",
                                  "bror",
                                  "syster",
                                  "datter",
                                  "datteren",
                                  "s\xc3\xb8n",
                                  "s\xc3\xb8nn",
                                  "s\xc3\xb8nnen",
                                  "s\xc3\xb8ster",
                                  "tyt\xc3\xa4r",
                                  "tytt\xc3\xa4remme",
                                  "poika",
                                  "poikamme",
                                  "dcera",
                                  "bratr",
                                  "sestra",
                                  ("man\xc5\xbe"
                                   "el"), /* manžel: split after the escape */
                                  "k\xc4\xb1z\xc4\xb1m\xc4\xb1z",
                                  "o\xc4\x9flumuz",
                                  "l\xc3\xa1nyunk",
                                  "fiunk",
                                  "e\xc5\x9fim"};

/* Nouns of other events a correction or a list may be about (an appointment, a delivery). */
static const char *const other_event[] = {
    "appointment",    "termin",      "rendez",       "afspraak", "cita",      "appuntament",
    "consulta",       "wizyt",       "bes\xc3\xb6k", "aftale",   "timen",     "randevu",
    "id\xc5\x91pont", "delivery",    "deadline",     "frist",    "parcel",    "paket",
    "colis",          "pakket",      "paquete",      "pacco",    "encomenda", "paczk",
    "pakke",          "bal\xc3\xad", "kargo",        "csomag",   "meeting",   "wedding",
    "death",          "died",        "funeral",      "flight",   "viaje",     "voyage",
    "reise",          "trip"};

/* Correction words a line opens with, folded ("en fait": two words). The first NEGATIONS are
 * words of another use too ("No dia 7", "Ne" as a particle): they need a ',', '!', '.', ':' or a
 * dash after them ("No, it's", "Nein, 04.03.1987", "Hayır, ..."). */
#define NEGATIONS 14
static const char *const opener[] = {"no",
                                     "nope",
                                     "nein",
                                     "non",
                                     "nee",
                                     "nej",
                                     "nei",
                                     "ei",
                                     "ne",
                                     "nie",
                                     "n\xc3\xa3o",
                                     "hay\xc4\xb1r",
                                     "hayir",
                                     "nem",
                                     "actually",
                                     "eigentlich",
                                     "en fait",
                                     "eigenlijk",
                                     "en realidad",
                                     "in realt\xc3\xa0",
                                     "na verdade",
                                     "w\xc5\x82"
                                     "a\xc5\x9b"
                                     "ciwie",
                                     "egentligen",
                                     "faktisk",
                                     "egentlig",
                                     "oikeastaan",
                                     "vlastn\xc4\x9b",
                                     "asl\xc4\xb1nda",
                                     ("igaz\xc3\xa1"
                                      "b\xc3\xb3l"), /* igazából */
                                     "sorry",
                                     "correction",
                                     "korrektur"};

/* Does a word of t[a .. b), folded, open with one of the stems (whole: is one of them)? */
static int words_hit(const uint8_t *t, size_t a, size_t b, const char *const *stems, size_t ns,
                     int whole)
{
    char f[NW_ADDED_WORD * 2 + 1];
    for (size_t p = a; p < b;) {
        while (p < b && !word_byte(t[p]))
            p++;
        size_t q = p;
        while (q < b && word_byte(t[q]))
            q++;
        size_t fl = q > p ? (size_t)nw_fold_word(t, p, q - p, f) : 0;
        if (fl && (whole ? word_in(f, fl, stems, ns) : stem_in(f, fl, stems, ns)))
            return 1;
        p = q;
    }
    return 0;
}

/* The family list: the gap [a, b) between a birth and the next date holds no sentence end or
 * line break, no label or JSON punctuation, no digit, at most 64 bytes, a kin word and no other
 * event's noun. */
static int family_gap(const uint8_t *t, size_t a, size_t b)
{
    if (b <= a || b - a > 64)
        return 0;
    for (size_t p = a; p < b; p++)
        if (t[p] == '\n' || t[p] == '.' || t[p] == '!' || t[p] == '?' || t[p] == ';' ||
            t[p] == ':' || t[p] == '"' || t[p] == '=' || digit(t[p]))
            return 0;
    return words_hit(t, a, b, kin, sizeof kin / sizeof kin[0], 1) &&
           !words_hit(t, a, b, other_event, sizeof other_event / sizeof other_event[0], 0);
}

/* Is the folded word at t[o .. w) an opener (or the first of a two-word one, then *w moves past
 * the second)? */
static int opener_at(const uint8_t *t, size_t o, size_t *w, size_t ds)
{
    char f[NW_ADDED_WORD * 2 + 1];
    size_t fl = *w > o ? (size_t)nw_fold_word(t, o, *w - o, f) : 0;
    for (size_t k = 0; fl && k < sizeof opener / sizeof opener[0]; k++) {
        size_t sl = strlen(opener[k]);
        if (sl == fl && memcmp(f, opener[k], sl) == 0)
            return k >= NEGATIONS ||
                   (*w < ds &&
                    (t[*w] == ',' || t[*w] == '!' || t[*w] == '.' || t[*w] == ':' ||
                     (t[*w] == ' ' && *w + 1 < ds && (t[*w + 1] == '-' || t[*w + 1] == 0xE2))));
        if (sl > fl && opener[k][fl] == ' ' && memcmp(opener[k], f, fl) == 0 && *w < ds &&
            t[*w] == ' ') {
            size_t w2 = *w + 1;
            while (w2 < ds && word_byte(t[w2]))
                w2++;
            char g[NW_ADDED_WORD * 2 + 1];
            size_t gl = (size_t)nw_fold_word(t, o, w2 - o, g);
            if (gl == sl && memcmp(g, opener[k], sl) == 0) {
                *w = w2;
                return 1;
            }
        }
    }
    return 0;
}

/* The correction line: the line of ds opens (after a speaker label: "User: ", "[user] ",
 * "**You:** ") with a correction word, the date stands within 64 bytes after it, and the bytes
 * between hold no line break, no digits but four-digit years and no other event's noun. */
static int correction_line(const uint8_t *t, size_t len, size_t ds)
{
    size_t ls = ds;
    while (ls > 0 && t[ls - 1] != '\n')
        ls--;
    size_t o = ls;
    for (size_t p = ls; p < ds && p < ls + 24; p++)
        if ((t[p] == ':' || t[p] == ']') && p + 1 < len && (t[p + 1] == ' ' || t[p + 1] == '*')) {
            o = p + 1;
            while (o < ds && (t[o] == ' ' || t[o] == '*'))
                o++;
            break;
        }
    size_t w = o;
    while (w < ds && word_byte(t[w]))
        w++;
    if (!opener_at(t, o, &w, ds) || ds - w > 64)
        return 0;
    for (size_t p = w; p < ds;) {
        if (t[p] == '\n')
            return 0;
        if (!digit(t[p])) {
            p++;
            continue;
        }
        size_t q = p;
        while (q < ds && digit(t[q]))
            q++;
        if (q - p != 4)
            return 0;
        p = q;
    }
    return !words_hit(t, w, ds, other_event, sizeof other_event / sizeof other_event[0], 0);
}

/* Dates after the births of f that a family list or a correction makes births too. */
static int births_after(const char *text, size_t len, size_t dob, anon_finding_t **f, size_t *nf)
{
    const uint8_t *t = (const uint8_t *)text;
    struct sc s;
    memset(&s, 0, sizeof s);
    s.t = t;
    s.len = len;
    s.kinds = 1u << ANON_NAMES_DOB;
    struct nw_adds d = {0};
    size_t from = 0;
    for (size_t i = 0; i < *nf; i++) {
        if ((*f)[i].type != dob)
            continue;
        size_t last = (*f)[i].end; /* the end of the last birth, found or added */
        /* the dates after it, up to the next birth finding or 700 bytes */
        size_t lim = len < last + 700 ? len : last + 700;
        for (size_t j = i + 1; j < *nf; j++)
            if ((*f)[j].type == dob) {
                if ((*f)[j].start < lim)
                    lim = (*f)[j].start;
                break;
            }
        size_t p = last > from ? last : from;
        while (p < lim) {
            if (!digit(t[p]) ||
                (p > 0 && (digit(t[p - 1]) || t[p - 1] == '.' || t[p - 1] == '/'))) {
                p++;
                continue;
            }
            size_t ds = p, e = nw_date_at(&s, p, &ds);
            if (!e || ds < last || e > len || !date_bounded(t, len, ds, e) ||
                nw_overlaps(*f, *nf, ds, e)) {
                p++;
                continue;
            }
            if (family_gap(t, last, ds) || correction_line(t, len, ds)) {
                if (nw_adds_push(&d, dob, ds, e))
                    return ANON_ERR_NOMEM;
                last = e; /* the list goes on from here */
            }
            p = e;
        }
        from = lim;
    }
    return nw_adds_done(&d, f, nf);
}

int anon_names_dob_repeats(const char *text, size_t len, size_t dob, anon_finding_t **f, size_t *nf)
{
    const char *v[MAX_VALUES];
    size_t vn[MAX_VALUES], nv = 0;
    for (size_t i = 0; i < *nf && nv < MAX_VALUES; i++) {
        const anon_finding_t *x = &(*f)[i];
        if (x->type != dob || !date_value(text + x->start, x->end - x->start))
            continue;
        size_t k = 0;
        while (k < nv && !(vn[k] == x->end - x->start && memcmp(v[k], text + x->start, vn[k]) == 0))
            k++;
        if (k == nv) {
            v[nv] = text + x->start;
            vn[nv++] = x->end - x->start;
        }
    }
    if (!nv)
        return 0;
    int rc = births_after(text, len, dob, f, nf);
    if (rc >= 0)
        rc = anon_names_births_again(text, len, v, vn, nv, dob, f, nf);
    return rc < 0 ? rc : nw_same_day_births(text, len, dob, f, nf); /* names_agent49.c */
}

/* Greek asks with ';' (U+037E folds to it): a Greek letter among the 40 bytes before e. */
static int greek_before(const uint8_t *t, size_t e)
{
    for (size_t p = e > 40 ? e - 40 : 0; p < e; p++)
        if (t[p] == 0xCE || t[p] == 0xCF)
            return 1;
    return 0;
}

size_t anon_names_question(const char *text, size_t len, char *out, size_t cap)
{
    /* a question ends with '?' (and a quote or spaces): most strings leave at once */
    const uint8_t *t = (const uint8_t *)text;
    size_t e = len;
    while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\n' || t[e - 1] == '\r' || t[e - 1] == '"'))
        e--;
    if (e == 0 || (t[e - 1] != '?' && (t[e - 1] != ';' || !greek_before(t, e))))
        return 0;
    size_t from = e > cap ? e - cap : 0;
    const uint8_t *nl = memrchr(t + from, '\n', e - from);
    if (!nl && from > 0)
        return 0; /* a long line: no question for a birth alone */
    size_t ls = nl ? (size_t)(nl - t) + 1 : 0;
    memcpy(out, text + ls, e - ls);
    return e - ls;
}

int anon_names_asks_birth(const char *line, size_t n)
{
    const uint8_t *t = (const uint8_t *)line;
    struct sc s;
    memset(&s, 0, sizeof s);
    s.t = t;
    s.len = n;
    s.kinds = 1u << ANON_NAMES_DOB;
    int birth = 0;
    for (size_t p = 0; p < n; p++) {
        if (digit(t[p]))
            return 0; /* a line with a value in it asks for none */
        if (!birth && (p == 0 || !word_byte(t[p - 1])) && word_byte(t[p]) &&
            nw_birth_word_at(&s, p, n))
            birth = 1;
    }
    return birth;
}

int anon_names_birth_answer(const char *text, size_t len, size_t dob, anon_finding_t **f,
                            size_t *nf)
{
    const uint8_t *t = (const uint8_t *)text;
    if (len > 64 || memchr(text, '\n', len))
        return 0;
    size_t p = 0;
    while (p < len && !digit(t[p]))
        p++;
    if (p == len || p > 32)
        return 0;
    struct sc s;
    memset(&s, 0, sizeof s);
    s.t = t;
    s.len = len;
    s.kinds = 1u << ANON_NAMES_DOB;
    size_t ds = p, e = nw_date_at(&s, p, &ds);
    if (!e || !date_bounded(t, len, ds, e) || nw_overlaps(*f, *nf, ds, e))
        return 0;
    /* after the date: a full stop, a few words ("I think"), nothing with a digit */
    for (size_t q = e; q < len; q++)
        if (digit(t[q]))
            return 0;
    if (len - e > 16)
        return 0;
    struct nw_adds d = {0};
    if (nw_adds_push(&d, dob, ds, e))
        return ANON_ERR_NOMEM;
    return nw_adds_done(&d, f, nf);
}
