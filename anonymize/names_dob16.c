/* names_dob16.c: dates of birth in shapes no earlier rule read (branch dob16, issue 15),
 * written after a corpus of shapes (gen_dob16.py) had been measured:
 *
 * - a correction or a second candidate right after a birth date, on its line: "DOB 08/11/1970 -
 *   sorry, typo, it's 06/05/2004", "Geb.-Datum 04.12.1940, richtig ist 11.02.1981", "either
 *   22/07/1961 or 10/23/1991": only connector and filler words between the two dates (no
 *   negation: the date after "not" is the one that is no birth);
 * - a birth label misread by OCR right before the date ("D0B:", "DATE OF B1RTH", "Date de
 *   naissanee", "Fecha de nacirniento", "Geboorledatum"): the label, with OCR's confusions
 *   undone (0/o, 1/i, rn/m, í/i), within one edit of a birth label (two for a long one where a
 *   confusion was undone), and not the label itself (that one the ordinary rules read);
 * - the date that ends a file name with a birth segment before it (nw_dob16_file_date(), asked
 *   by names_files10.c at the '.' of a document's extension)
 *   ("passport_keller_dob_1955-04-04.pdf", "Geburtsurkunde_Demir_1951-09-25.pdf",
 *   "geboorteakte_Brouwer_19470525.pdf");
 * - the birth named after the date by a short clause: "1/16/2004 is when my son Leo was born",
 *   "1984-11-19 <- DOB of Owen", "06.08.1949 - das ist Elifs Geburtsdatum", "Le 08/04/1943,
 *   c'est la date de naissance de Nadège";
 * - an age before the date that agrees with it, after a birth label: "Edad/F. nac.: 52 /
 *   03/12/1974", "Âge/DDN : 47 / 11/09/1979";
 * - a time of day between the date and its verb: "Ich bin am 03.01.2004 um 06:15 in Köln
 *   geboren".
 *
 * And one refusal: a date right after a threshold word ("nacidos a partir del 01/02/2021", "die
 * ab dem 02.01.2026 geboren sind", "nati dal ...") is an age group's cut-off, no one's birth.
 *
 * The one thing to know: nw_dob16_birth() is asked only at a date every other rule refused,
 * and nw_dob16_cutoff() only at one a rule took, so text without dates pays nothing. Nothing
 * here allocates.
 */
#include "anonymize/names_internal.h"

#include <stdint.h>
#include <string.h>

/* The word of letters (and apostrophes inside it) at t[a .. b) is one of words[] (lower case) */
static int one_of(const uint8_t *t, size_t a, size_t b, const char *const *words, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        size_t m = strlen(words[k]), j = 0;
        if (m != b - a)
            continue;
        while (j < m && (uint8_t)(t[a + j] | (t[a + j] < 0x80 ? 32 : 0)) == (uint8_t)words[k][j])
            j++;
        if (j == m)
            return 1;
    }
    return 0;
}
#define ONE_OF(t, a, b, list) one_of((t), (a), (b), (list), sizeof(list) / sizeof((list)[0]))

static int letter_at(const uint8_t *t, size_t i)
{
    return ((t[i] | 32) >= 'a' && (t[i] | 32) <= 'z') || t[i] >= 0x80;
}

/* The end of the word of letters at i (apostrophes inside it: "c'est", "that's"), 24 at most */
static size_t word_end(const struct sc *s, size_t i)
{
    size_t w = i;
    while (w < s->len && w - i < 24 &&
           (letter_at(s->t, w) ||
            (s->t[w] == '\'' && w > i && w + 1 < s->len && letter_at(s->t, w + 1))))
        w++;
    return w;
}

/* A four-digit year in t[a .. b) later than this year: no one's birth ("2031") */
static int future_year(const uint8_t *t, size_t a, size_t b)
{
    for (size_t i = a; i + 4 <= b; i++)
        if (is_digit(t[i]) && (i == a || !is_digit(t[i - 1])) && is_digit(t[i + 1]) &&
            is_digit(t[i + 2]) && is_digit(t[i + 3]) && (i + 4 == b || !is_digit(t[i + 4])))
            return (unsigned)((t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 +
                              (t[i + 3] - '0')) > nw_dob10_this_year();
    return 0;
}

/* ---- a correction or a second candidate after a birth date -------------------------------- */
/* Not "not": "date of birth should read 12.02.1970, not 01/03/23 (the date she joined)" names the
 * second date as no birth. */
static const char *const connectors[] = {"or",
                                         "sorry",
                                         "correction",
                                         "corrected",
                                         "typo",
                                         "meant",
                                         "actually",
                                         "oder",
                                         "richtig",
                                         "korrektur",
                                         "tippfehler",
                                         "ou",
                                         "pardon",
                                         "plut\303\264t",
                                         "rectificatif",
                                         "moet",
                                         "correctie",
                                         "perd\303\263n",
                                         "perdon",
                                         "correcci\303\263n",
                                         "oppure",
                                         "scusate",
                                         "scusa",
                                         "scusi",
                                         "rettifica",
                                         "desculpe",
                                         "corre\303\247\303\243o",
                                         "maybe",
                                         "perhaps",
                                         "vielleicht",
                                         "misschien",
                                         "quiz\303\241s",
                                         "forse",
                                         "talvez"};
static const char *const fillers[] = {
    "it",     "it's", "its",      "is",       "was", "the",  "c'est", "est",  "le",   "la",
    "es",     "el",   "\303\250", "\303\251", "il",  "a",    "am",    "op",   "zijn", "ist",
    "et",     "e",    "y",        "und",      "and", "en",   "but",   "i",    "zu",   "be",
    "should", "that", "das",      "dat",      "ce",  "wait", "ja",    "oops", "da",   "do"};

/* The bytes t[a .. b) between two dates hold only connector and filler words (one connector
 * at least), birth words and punctuation */
static int correction_gap(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    int conn = 0;
    for (size_t i = a; i < b;) {
        if (letter_at(t, i)) {
            size_t w = word_end(s, i);
            if (w > b)
                return 0;
            if (ONE_OF(t, i, w, connectors))
                conn = 1;
            else if (!ONE_OF(t, i, w, fillers) && !nw_birth_word_at(s, i, w + 1))
                return 0;
            i = w;
            continue;
        }
        if (!strchr(" ,;:-*()!'.", t[i]) && !(t[i] == 0xE2 && i + 2 < b && t[i + 1] == 0x80 &&
                                              (t[i + 2] == 0x93 || t[i + 2] == 0x94)))
            return 0; /* also the en and em dash */
        i += t[i] == 0xE2 ? 3 : 1;
    }
    return conn;
}

/* The date that ends at e ends its clause: punctuation, the line's end, or a word that closes a
 * correction ("moet 01-01-1995 zijn", "I meant 13 May 1990 instead"), not a noun the date
 * qualifies ("no 15/06/2025 appointment yet") */
static int clause_ends(const struct sc *s, size_t e)
{
    static const char *const closing[] = {"zijn", "sein", "instead", "rather", "as", "not", "is",
                                          "was",  "en",   "and",     "und",    "et", "e",   "y"};
    const uint8_t *t = s->t;
    if (e >= s->len || t[e] != ' ')
        return 1;
    size_t w = word_end(s, e + 1);
    return w == e + 1 || ONE_OF(t, e + 1, w, closing);
}

static int corrected(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    size_t pe = ds;
    while (pe > 0 && ds - pe < 48 && !is_digit(t[pe - 1]) && t[pe - 1] != '\n')
        pe--;
    if (pe == 0 || pe == ds || !is_digit(t[pe - 1]) || future_year(t, ds, e))
        return 0;
    if (!correction_gap(s, pe, ds) || !clause_ends(s, e))
        return 0;
    for (size_t b = pe - 1; b > 0 && pe - b < 28 && t[b] != '\n'; b--) {
        size_t d2, e2;
        if (!is_digit(t[b]) || is_alnum(t[b - 1]) || !(e2 = nw_date_at(s, b, &d2)) || e2 != pe)
            continue;
        return nw_birth_before(s, d2) || nw_birth_after(s, pe);
    }
    return 0;
}

/* ---- a birth label as OCR misread it ------------------------------------------------------ */
static const char *const ocr_labels[] = {"dob",
                                         "d.o.b.",
                                         "d.o.b",
                                         "date of birth",
                                         "birth date",
                                         "birthdate",
                                         "geburtsdatum",
                                         "geb.-datum",
                                         "geboortedatum",
                                         "date de naissance",
                                         "n\303\251(e) le",
                                         "n\303\251e le",
                                         "n\303\251 le",
                                         "fecha de nacimiento",
                                         "data di nascita",
                                         "data de nascimento"};

/* The edit distance of a[0 .. n) and b[0 .. m), both at most 31 bytes (larger when over) */
static unsigned edits(const char *a, size_t n, const char *b, size_t m)
{
    unsigned row[32];
    if (n > 31 || m > 31)
        return 99;
    for (size_t j = 0; j <= m; j++)
        row[j] = (unsigned)j;
    for (size_t i = 1; i <= n; i++) {
        unsigned diag = row[0];
        row[0] = (unsigned)i;
        for (size_t j = 1; j <= m; j++) {
            unsigned up = row[j];
            unsigned best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[m];
}

static int ocr_label(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    size_t le = ds;
    while (le > 0 && ds - le < 4 && (t[le - 1] == ' ' || t[le - 1] == ':' || t[le - 1] == '\t'))
        le--;
    size_t lb = le;
    while (lb > 0 && le - lb < 28 && t[lb - 1] != '\n' && t[lb - 1] != '|' && t[lb - 1] != ';' &&
           t[lb - 1] != '\t' && t[lb - 1] != ':' &&
           !(t[lb - 1] == ' ' && lb >= 2 && t[lb - 2] == ' '))
        lb--;
    if (le - lb < 3 || le - lb >= 28)
        return 0; /* no label, or a long line's tail */
    char buf[32];
    size_t n = 0;
    int repaired = 0;
    for (size_t i = lb; i < le && n < sizeof buf - 1; i++) {
        uint8_t c = t[i];
        if (c == '0' || c == '1' || c == '|') {
            buf[n++] = c == '0' ? 'o' : c == '1' ? 'i' : 'l';
            repaired = 1;
        } else if (c == 0xC3 && i + 1 < le && (t[i + 1] == 0xAD || t[i + 1] == 0x8D)) {
            buf[n++] = 'i'; /* "í", "Í" for an i */
            repaired = 1;
            i++;
        } else if ((c | 32) == 'r' && i + 1 < le && (t[i + 1] | 32) == 'n' && i + 2 < le &&
                   letter_at(t, i + 2)) {
            buf[n++] = 'm'; /* "nacirniento", "Geburtsdaturn": rn for m, inside a word */
            repaired = 1;
            i++;
        } else if ((c | 32) == 'r' && i + 2 == le && (t[i + 1] | 32) == 'n') {
            buf[n++] = 'm';
            repaired = 1;
            i++;
        } else if (is_digit(c)) {
            return 0;
        } else {
            buf[n++] = (char)(c < 0x80 ? (c | (c >= 'A' && c <= 'Z' ? 32 : 0)) : c);
        }
    }
    while (n > 0 && buf[n - 1] == ' ')
        n--;
    size_t b0 = 0;
    while (b0 < n && buf[b0] == ' ')
        b0++;
    for (size_t k = 0; k < sizeof ocr_labels / sizeof *ocr_labels; k++) {
        size_t m = strlen(ocr_labels[k]);
        unsigned d = edits(buf + b0, n - b0, ocr_labels[k], m);
        unsigned most = repaired && m >= 12 && n - b0 >= 3 && !memcmp(buf + b0, ocr_labels[k], 3)
                            ? 2
                        : m >= 8 ? 1
                                 : 0;
        if (d <= most && (d > 0 || repaired))
            return 1;
    }
    return 0;
}

/* ---- the birth named after the date ------------------------------------------------------- */
static const char *const after_fill[] = {"is",
                                         "was",
                                         "when",
                                         "that's",
                                         "thats",
                                         "that",
                                         "it's",
                                         "das",
                                         "ist",
                                         "war",
                                         "c'est",
                                         "est",
                                         "la",
                                         "le",
                                         "el",
                                         "il",
                                         "es",
                                         "fue",
                                         "cuando",
                                         "quand",
                                         "wanneer",
                                         "quando",
                                         "wann",
                                         "\303\251",
                                         "\303\250",
                                         "a",
                                         "da",
                                         "do",
                                         "de",
                                         "di",
                                         "del",
                                         "of",
                                         "van",
                                         "von",
                                         "my",
                                         "mi",
                                         "mon",
                                         "ma",
                                         "mein",
                                         "meine",
                                         "meiner",
                                         "meines",
                                         "mijn",
                                         "mio",
                                         "mia",
                                         "meu",
                                         "minha",
                                         "son",
                                         "daughter",
                                         "hija",
                                         "hijo",
                                         "sohn",
                                         "tochter",
                                         "fils",
                                         "fille",
                                         "zoon",
                                         "dochter",
                                         "figlio",
                                         "figlia",
                                         "filho",
                                         "filha",
                                         "wurde",
                                         "werd",
                                         "our",
                                         "unser",
                                         "unsere",
                                         "onze",
                                         "notre",
                                         "nuestra",
                                         "nuestro",
                                         "nostra",
                                         "nostro",
                                         "nossa",
                                         "nosso",
                                         "the",
                                         "date",
                                         "data",
                                         "fecha",
                                         "datum",
                                         "his",
                                         "her",
                                         "their",
                                         "sein",
                                         "seine",
                                         "ihr",
                                         "ihre",
                                         "sa",
                                         "son",
                                         "su",
                                         "sua",
                                         "zijn",
                                         "haar",
                                         "year",
                                         "and",
                                         "all",
                                         "day",
                                         "dia",
                                         "d\303\255a",
                                         "jour",
                                         "dag",
                                         "giorno",
                                         "o",
                                         "em",
                                         "que",
                                         "der",
                                         "die",
                                         "wife",
                                         "husband",
                                         "mother",
                                         "mum",
                                         "mom",
                                         "father",
                                         "dad",
                                         "brother",
                                         "sister",
                                         "partner",
                                         "baby",
                                         "child",
                                         "kid",
                                         "grandson",
                                         "granddaughter",
                                         "femme",
                                         "mari",
                                         "m\303\250re",
                                         "p\303\250re",
                                         "fr\303\250re",
                                         "s\305\223ur",
                                         "b\303\251b\303\251",
                                         "enfant",
                                         "vrouw",
                                         "moeder",
                                         "vader",
                                         "broer",
                                         "zus",
                                         "esposa",
                                         "marido",
                                         "madre",
                                         "padre",
                                         "hermano",
                                         "hermana",
                                         "beb\303\251",
                                         "moglie",
                                         "marito",
                                         "fratello",
                                         "sorella",
                                         "m\303\243e",
                                         "pai",
                                         "irm\303\243o",
                                         "irm\303\243"};

/* The birthday word at i (n bytes of it read) is a thing's: "birthday of the project", "of our
 * app", "of this repo" (a person's is "of my mum", "of Leo") */
static int thing_birthday(const struct sc *s, size_t i, size_t n)
{
    static const char *const det[] = {"the", "our", "this", "its", "your"};
    const uint8_t *t = s->t;
    size_t w = word_end(s, i);
    if (w - i < n || (t[i] | 32) != 'b' || w + 4 >= s->len || memcmp(t + w, " of ", 4) != 0)
        return 0;
    size_t d = word_end(s, w + 4);
    return ONE_OF(t, w + 4, d, det);
}

static int birth_named_after(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    size_t i = e;
    while (i < s->len && i - e < 6 && (t[i] == ' ' || t[i] == ',' || t[i] == '-' || t[i] == '<'))
        i++;
    if (i + 2 < s->len && t[i] == 0xE2 && t[i + 1] == 0x80 &&
        (t[i + 2] == 0x93 || t[i + 2] == 0x94))
        i += 3; /* an en or em dash */
    else if (i + 2 < s->len && t[i] == 0xE2 && t[i + 1] == 0x86 && t[i + 2] == 0x90)
        i += 3; /* "←" */
    while (i < s->len && t[i] == ' ')
        i++;
    if (i == e)
        return 0;
    int caps = 0;
    for (int w = 0; w < 9 && i < s->len; w++) {
        size_t n = nw_birth_word_at(s, i, s->len);
        if (n) {
            if (!(n >= 5 || i + n == s->len || !is_alnum(t[i + n])) ||
                (i + n + 4 < s->len &&
                 (memcmp(t + i + n, " as ", 4) == 0 || memcmp(t + i + n, " out", 4) == 0 ||
                  memcmp(t + i + n, " fro", 4) == 0)))
                return 0; /* "Kubernetes was born as an internal tool", "born out of" */
            if (thing_birthday(s, i, n))
                return 0; /* "2024-03-01 - birthday of the project" */
            for (size_t k = i + n; k < s->len && k - i < 80 && t[k] != '\n'; k++)
                if (is_digit(t[k]))
                    return 0; /* "Admitted 06/04/2024, born 7 August 1984": the next date's */
            return 1;
        }
        size_t we = word_end(s, i);
        if (we == i || we >= s->len)
            return 0;
        size_t wb = we; /* "my wife's birthday": the word without its "'s" */
        if (wb - i > 2 && t[wb - 2] == '\'' && (t[wb - 1] | 32) == 's')
            wb -= 2;
        if (ONE_OF(t, i, we, after_fill) || ONE_OF(t, i, wb, after_fill)) {
        } else if (nw_upper(t + i, s->len - i) && caps < 2) {
            caps++; /* "my son Leo", "Elifs", "Wentortor's" */
        } else {
            return 0;
        }
        i = we;
        if (i < s->len && t[i] == ',')
            i++;
        if (i >= s->len || t[i] != ' ')
            return 0;
        i++;
    }
    return 0;
}

/* ---- an age before the date --------------------------------------------------------------- */
static int age_first(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    size_t p = ds;
    while (p > 0 && ds - p < 4 && (t[p - 1] == ' ' || t[p - 1] == '/' || t[p - 1] == ','))
        p--;
    if (p == ds || p == 0 || !is_digit(t[p - 1]))
        return 0;
    size_t a = p;
    while (a > 0 && p - a < 4 && is_digit(t[a - 1]))
        a--;
    if (p - a > 3 || a == 0 || is_alnum(t[a - 1]) || (t[a - 1] != ' ' && t[a - 1] != ':'))
        return 0;
    unsigned n = 0, y = 0;
    for (size_t k = a; k < p; k++)
        n = n * 10 + (unsigned)(t[k] - '0');
    for (size_t k = ds; k + 4 <= e && !y; k++)
        if (is_digit(t[k]) && (k == ds || !is_digit(t[k - 1])) && k + 4 <= e &&
            is_digit(t[k + 1]) && is_digit(t[k + 2]) && is_digit(t[k + 3]) &&
            (k + 4 == e || !is_digit(t[k + 4])))
            y = (unsigned)((t[k] - '0') * 1000 + (t[k + 1] - '0') * 100 + (t[k + 2] - '0') * 10 +
                           (t[k + 3] - '0'));
    unsigned now = nw_dob10_this_year();
    if (!y || !(n + y == now || n + y + 1 == now))
        return 0;
    return nw_birth_before(s, a);
}

/* ---- a time between the date and its verb ------------------------------------------------- */
static int time_then_verb(const struct sc *s, size_t e)
{
    static const char *const at[] = {"um",        "at",    "\303\240", "alle",
                                     "\303\240s", "a las", "om",       "a la"};
    const uint8_t *t = s->t;
    if (e + 6 >= s->len || t[e] != ' ')
        return 0;
    size_t i = e + 1, w = word_end(s, i);
    if (w + 1 < s->len && t[w] == ' ' && !is_digit(t[w + 1])) /* "a las" */
        w = word_end(s, w + 1);
    if (w == i || w >= s->len || t[w] != ' ' || !ONE_OF(t, i, w, at))
        return 0;
    size_t d = w + 1, k = d;
    while (k < s->len && k - d < 2 && is_digit(t[k]))
        k++;
    if (k == d || k + 2 >= s->len || !(t[k] == ':' || t[k] == 'h' || t[k] == '.') ||
        !is_digit(t[k + 1]) || !is_digit(t[k + 2]))
        return 0;
    k += 3;
    if (k + 1 < s->len && (t[k] | 32) == 'a' && (t[k + 1] | 32) == 'm')
        k += 2;
    else if (k + 1 < s->len && (t[k] | 32) == 'p' && (t[k + 1] | 32) == 'm')
        k += 2;
    return nw_birth_after(s, k);
}

/* ---- a date in a file name ------------------------------------------------------------------ */
size_t nw_dob16_file_date(const struct sc *s, size_t p, size_t *ds)
{
    const uint8_t *t = s->t;
    size_t b = p;
    while (b > 0 && p - b < 96 &&
           (is_alnum(t[b - 1]) || t[b - 1] == '_' || t[b - 1] == '-' ||
            (t[b - 1] >= 0x80 && t[b - 1] <= 0xC8)))
        b--;
    if (p - b < 10 || !is_digit(t[p - 1]))
        return 0;
    for (size_t i = b + 1; i + 6 <= p; i++) {
        size_t e;
        if (!is_digit(t[i]) || (t[i - 1] != '_' && t[i - 1] != '-') ||
            !(e = nw_date_at(s, i, ds)) || e != p || *ds != i)
            continue;
        for (size_t k = b; k + 1 < i; k++)
            if ((k == b || t[k - 1] == '_' || t[k - 1] == '-') && letter_at(t, k) &&
                nw_birth_word_at(s, k, i))
                return e; /* "passport_keller_dob_1955-04-04", "geboorteakte_Brouwer_19470525" */
        return 0;
    }
    return 0;
}

int nw_dob16_birth(const struct sc *s, size_t ds, size_t e)
{
    return corrected(s, ds, e) || ocr_label(s, ds) || birth_named_after(s, e) ||
           age_first(s, ds, e) || time_then_verb(s, e);
}

/* ---- a cut-off, no one's birth ------------------------------------------------------------- */
int nw_dob16_cutoff(const struct sc *s, size_t ds)
{
    static const char *const limit[] = {
        "after",      "before", "ab",    "vor", "nach",  "avant",          "apr\303\250s",
        "partir",     "antes",  "dopo",  "dal", "vanaf", "depois",         "desde",
        "at\303\251", "since",  "until", "bis", "prima", "despu\303\251s", "from"};
    static const char *const article[] = {"dem", "the", "le",  "la",  "el", "il", "del", "du",
                                          "de",  "der", "den", "het", "of", "on", "o",   "a"};
    const uint8_t *t = s->t;
    size_t p = ds;
    for (int w = 0; w < 3; w++) {
        while (p > 0 && ds - p < 32 && t[p - 1] == ' ')
            p--;
        size_t b = p;
        while (b > 0 && p - b < 12 && letter_at(t, b - 1))
            b--;
        if (b == p || ds - b >= 32)
            return 0;
        if (ONE_OF(t, b, p, limit))
            return 1;
        if (!ONE_OF(t, b, p, article))
            return 0;
        p = b;
    }
    return 0;
}
