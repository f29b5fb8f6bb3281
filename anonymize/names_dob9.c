/* names_dob9.c: dates of birth in the shapes names_holdout5 still missed (branch h5dob, issue 15).
 *
 * - A thread's speaker needs no colon: "[Mum] when was X born?" / "[me] 5/12/2012", also "Mum -
 *   ..." and "Mum > ...". nw_dob9_body() gives names_dob7.c's answer rule the message's start
 *   after such a prefix; the dash and angle forms count only when the line above opens with the
 *   same separator (a thread, not a list's "Item - 12/03/2024").
 * - A birth label qualified by an animal word is an animal's ("Pet DOB", "Geb. (Tier)", "Nac.
 *   (mascota)", "Geb. (dier)"), and so is a bare birth label under "Patient: Rex (Beagle)":
 *   nw_dob9_animal_word() adds such words and common breeds to names_dob8.c's animal nouns (they
 *   count only with an owner word nearby, as those do).
 * - A form that labels one party's birth date gives the bracket after another party's name the
 *   same meaning: "Passenger: NAME (03/04/1971)", "Verdachte: X Y (04-09-1995)". The bracket
 *   holds the date alone, a "Label: " opens the line, words only between, a birth word stands in
 *   the record above, and the year is no recent one (a clerk's "Signed: X (12/03/2026)"); a
 *   label that ends with an agent's preposition ("Approved by:", "Visto por:") names who did an
 *   act, and its bracket is the act's date.
 * - French and Portuguese say birthday and anniversary with one word: "Anniversaire : 13.2.1993"
 *   and "Aniversário - 07/03/1995" as a line's label (after a bullet, a possessive or "date d'")
 *   before a date of no recent year are births;
 *   "Anniversaire de mariage :" is another label and stays out.
 *
 * Everything here runs at a date the reader found and reads a bounded window around it; nothing
 * allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* The newest year a bracketed or anniversary-labelled date may have to be read as a birth: the
 * parties of a claim or a police report are rarely younger than 14; a clerk's or a party's own
 * date in the same shape is this year's or last. */
#define NEWEST_BIRTH_YEAR nw_dob10_newest_year() /* this year minus 14: names_dob10.c */

static int word_byte(uint8_t c)
{
    return is_alnum(c) || c >= 0x80;
}

/* The speaker prefix that opens line ls..le: "[X] " (no digit inside: a stamp is names_dob7.c's
 * to read), "X - " or "X > " with one to three words before it. Its body's start, or 0; *sep the
 * separator ('[', '-' or '>'). */
static size_t prefix_body(const uint8_t *t, size_t ls, size_t le, uint8_t *sep)
{
    if (le - ls < 4)
        return 0;
    if (t[ls] == '[') {
        for (size_t k = ls + 1; k + 1 < le && k - ls < 40; k++) {
            if (is_digit(t[k]) || t[k] == '[' || t[k] == ':')
                return 0;
            if (t[k] == ']')
                return t[k + 1] == ' ' && k > ls + 1 ? (*sep = '[', k + 2) : 0;
        }
        return 0;
    }
    int words = 0;
    for (size_t k = ls; k + 2 < le && k - ls < 32; k++) {
        if (t[k] == ' ' && (t[k + 1] == '-' || t[k + 1] == '>') && t[k + 2] == ' ')
            return words >= 1 && words <= 3 ? (*sep = t[k + 1], k + 3) : 0;
        if (is_digit(t[k]) || t[k] == ':' || t[k] == ',' || t[k] == '.')
            return 0;
        words += (k == ls || t[k - 1] == ' ') && t[k] != ' ';
    }
    return 0;
}

size_t nw_dob9_body(const uint8_t *t, size_t ls, size_t le)
{
    uint8_t sep = 0, above = 0;
    size_t b = prefix_body(t, ls, le, &sep);
    if (!b || sep == '[')
        return b;
    if (ls < 2) /* "Mum - ...": the line above must open the same way */
        return 0;
    size_t ps = ls - 1;
    while (ps > 0 && t[ps - 1] != '\n' && ls - ps < 512)
        ps--;
    return prefix_body(t, ps, ls - 1, &above) && above == sep ? b : 0;
}

int nw_dob9_animal_word(const char *f)
{
    /* a birth label's qualifier ("Pet DOB", "Geb. (Haustier)", "Nac. (mascota)") and the breeds a
       patient line names in brackets; no breed that is also a surname ("Russell", "Boxer"); not
       German "Tier", also the loyalty tier of a customer's record ("dob: ..., tier: gold") */
    static const char *const words[] = {
        "pet",       "pets",          "animal",      "animale",    "animaux",       "haustier",
        "dier",      "huisdier",      "mascota",     "mascote",    "bicho",         "hamster",
        "ferret",    "frettchen",     "parrot",      "papagei",    "perroquet",     "tortoise",
        "beagle",    "labrador",      "collie",      "coon",       "retriever",     "spaniel",
        "terrier",   "dackel",        "teckel",      "dachshund",  "chihuahua",     "siamese",
        "siamois",   "siam\303\251s", "persian",     "perser",     "persan",        "poodle",
        "pudel",     "caniche",       "barboncino",  "husky",      "bulldog",       "bouledogue",
        "schnauzer", "pinscher",      "rottweiler",  "dobermann",  "doberman",      "maltese",
        "malteser",  "pug",           "mops",        "carlin",     "greyhound",     "whippet",
        "sphynx",    "ragdoll",       "labradoodle", "cockapoo",   "pomeranian",    "spitz",
        "corgi",     "shih",          "tzu",         "mischling",  "kruising",      "mestizo",
        "meticcio",  "srd",           "dalmatian",   "dalmatiner", "kooikerhondje", "weimaraner",
        "vizsla",    "akita",         "shiba",       "samoyed",    "bichon"};
    return NW_ONE_OF(f, words);
}

/* The four-digit year in ds..e (1900-2099), or 0. */
static unsigned year_of(const uint8_t *t, size_t ds, size_t e)
{
    unsigned y = nw_year4(t, ds, e);
    return y >= 1900 && y <= 2099 ? y : 0;
}

/* A birth word at a word's start in a..b. */
static int birth_word_in(const struct sc *s, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if ((k == a || !word_byte(s->t[k - 1])) && word_byte(s->t[k]) && nw_birth_word_at(s, k, b))
            return 1;
    return 0;
}

/* The label ls..c ends with the preposition of an act's agent ("Signed by", "Erstellt von",
 * "Valid\303\251 par", "Aprobado por", "Firmato da", "Goedgekeurd door"): the bracket after the
 * name is the act's date, not the person's birth. */
static int agent_label(const struct sc *s, size_t ls, size_t c)
{
    static const char *const preps[] = {"by", "von", "par", "por", "da", "door", "via"};
    const uint8_t *t = s->t;
    size_t we = c;
    while (we > ls && t[we - 1] == ' ')
        we--;
    size_t wb = we;
    while (wb > ls && word_byte(t[wb - 1]))
        wb--;
    char buf[8];
    const char *f = wb < we && wb > ls ? nw_fold_span(s, wb, we, buf, sizeof buf) : NULL;
    return f && NW_ONE_OF(f, preps);
}

/* "Label: Name Name (DATE)": the date at ds..e alone in a bracket after a name, the line opened
 * by a label, a birth word in the record above the line. */
static int party_bracket(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    if (ds < 8 || t[ds - 1] != '(' || t[ds - 2] != ' ' || e >= s->len || t[e] != ')')
        return 0;
    size_t k = ds - 2, words = 0, letters = 0;
    /* the name: letters, spaces, '-', '\'', '.', ',' back to the label's ": " */
    while (k > 0 && ds - k < 96 && !(t[k - 1] == ' ' && k >= 2 && t[k - 2] == ':')) {
        uint8_t c = t[k - 1];
        if (c == '\n' || is_digit(c) || !(word_byte(c) || strchr(" -'.,", c)))
            return 0;
        letters += word_byte(c);
        words += c == ' ' && word_byte(t[k]);
        k--;
    }
    if (k < 2 || t[k - 2] != ':' || letters < 3 || words > 5)
        return 0;
    size_t ls = k - 2; /* the label: a few words, no digit, opening the line */
    while (ls > 0 && t[ls - 1] != '\n' && k - ls < 48) {
        if (is_digit(t[ls - 1]))
            return 0;
        ls--;
    }
    if ((ls > 0 && t[ls - 1] != '\n') || agent_label(s, ls, k - 2))
        return 0;
    unsigned y = year_of(t, ds, e);
    if (!y || y > NEWEST_BIRTH_YEAR)
        return 0;
    return birth_word_in(s, ls > 768 ? ls - 768 : 0, ls);
}

/* The label word at wb opens its line: after a bullet ("- ", "* ", "\342\200\242 ") or a
 * possessive or a "date of" that makes it the person's own ("Mon anniversaire :", "Meu
 * anivers\303\241rio:", "Date d'anniversaire :", "Data de anivers\303\241rio:", "Dia do ..."). */
static int label_opens_line(const struct sc *s, size_t wb)
{
    static const char *const lead[] = {"mon",  "ton", "son", "meu", "teu", "seu", "o", "date",
                                       "data", "de",  "d",   "dia", "do",  "mi",  "su"};
    const uint8_t *t = s->t;
    for (int words = 0; words < 3; words++) {
        size_t k = wb;
        while (k > 0 && wb - k < 4 && strchr(" \t-*'", t[k - 1]))
            k--;
        if (k >= 3 && wb - k < 6 && t[k - 3] == 0xe2 && t[k - 2] == 0x80 && t[k - 1] == 0xa2)
            k -= 3; /* a bullet */
        while (k > 0 && wb - k < 6 && t[k - 1] == ' ')
            k--;
        if (k == 0 || t[k - 1] == '\n')
            return 1;
        size_t pe = k;
        while (k > 0 && pe - k < 6 && word_byte(t[k - 1]))
            k--;
        char buf[8];
        const char *f = k < pe ? nw_fold_span(s, k, pe, buf, sizeof buf) : NULL;
        if (!f || !NW_ONE_OF(f, lead))
            return 0;
        wb = k;
    }
    return 0;
}

/* "Anniversaire : 13.2.1993", "Aniversário - 07/03/1995": the birthday-or-anniversary word alone
 * as the line's label. */
static int anniversary_label(const struct sc *s, size_t ds, size_t e)
{
    static const char *const labels[] = {"anniversaire", "anivers\303\241rio", "aniversario",
                                         "niver"};
    const uint8_t *t = s->t;
    size_t k = ds;
    int sep = 0;
    while (k > 0 && ds - k < 4 && (t[k - 1] == ' ' || t[k - 1] == ':' || t[k - 1] == '-')) {
        sep |= t[k - 1] != ' ';
        k--;
    }
    if (!sep)
        return 0;
    size_t we = k, wb = k;
    while (wb > 0 && we - wb < 16 && word_byte(t[wb - 1]))
        wb--;
    char buf[20];
    const char *f = wb < we ? nw_fold_span(s, wb, we, buf, sizeof buf) : NULL;
    unsigned y = year_of(t, ds, e);
    return f && NW_ONE_OF(f, labels) && y && y <= NEWEST_BIRTH_YEAR && label_opens_line(s, wb);
}

int nw_dob9_birth(const struct sc *s, size_t ds, size_t e)
{
    if (ds == 0)
        return 0;
    uint8_t c = s->t[ds - 1];
    return (c == '(' && party_bracket(s, ds, e)) ||
           ((c == ' ' || c == ':' || c == '-') && anniversary_label(s, ds, e));
}
