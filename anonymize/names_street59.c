/* names_street59.c: streets written in Greek ("Ερμού 12", "Λεωφ. Κηφισίας 112", "28ης Οκτωβρίου
 * 33", "Αγίας Σοφίας 35"), read back from their house number.
 *
 * Greek streets are the name in the genitive, with or without a type word before it, so the name
 * alone says little: a Greek capitalised word before a number is a chapter, a room or a line as
 * often. The street is taken only when a type word (Οδός, Λεωφόρος, Πλατεία and their short
 * forms) or a date's ordinal ("28ης") opens it, or when an address cue stands right before it (a
 * label's colon, "διεύθυνση", "Κατοικία", "στην"/"στη", "address"). The caller asks only where
 * the byte before the number's space is a Greek letter's second byte, so other text never reaches
 * this file.
 */
#include "anonymize/names_street59.h"

#include <string.h>

/* The Greek letter (two bytes, lead 0xCE or 0xCF) that starts at p, or 0. */
static int greek_at(const uint8_t *t, size_t len, size_t p)
{
    return p + 1 < len && (t[p] == 0xCE || t[p] == 0xCF) && (t[p + 1] & 0xC0) == 0x80;
}

/* Is the Greek letter at p a capital (U+0386-U+03AB)? */
static int greek_up(const uint8_t *t, size_t p)
{
    return t[p] == 0xCE && t[p + 1] >= 0x86 && t[p + 1] <= 0xAB;
}

/* The start of the Greek word (letters, a final dot) that ends at e, or e when none. */
static size_t greek_word_back(const uint8_t *t, size_t e, size_t floor)
{
    size_t a = e;
    if (a > floor && t[a - 1] == '.')
        a--;
    while (a >= floor + 2 && (t[a - 2] == 0xCE || t[a - 2] == 0xCF) && (t[a - 1] & 0xC0) == 0x80)
        a -= 2;
    return a + (a < e && t[a] == '.') == e ? e : a;
}

static int one_of(const uint8_t *t, size_t a, size_t e, const char *const *w, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strlen(w[k]) == e - a && memcmp(t + a, w[k], e - a) == 0)
            return 1;
    return 0;
}

static int is_type(const uint8_t *t, size_t a, size_t e)
{
    static const char *const types[] = {"Οδός", "Οδ.",  "Λεωφόρος", "Λεωφ.",    "Λ.",     "Πλατεία",
                                        "Πλ.",  "ΟΔΟΣ", "ΛΕΩΦ.",    "ΛΕΩΦΟΡΟΣ", "ΠΛΑΤΕΙΑ"};
    return one_of(t, a, e, types, sizeof types / sizeof types[0]);
}

/* A room's, a floor's, a chapter's or a version's word: "Αίθουσα 3", "Κεφάλαιο 2", "Έκδοση 4". */
static int place_word(const uint8_t *t, size_t a, size_t e)
{
    static const char *const words[] = {"Αίθουσα", "Όροφος",   "Γραφείο",  "Πύλη",     "Κεφάλαιο",
                                        "Σελίδα",  "Έκδοση",   "Κτίριο",   "Δωμάτιο",  "Πλατφόρμα",
                                        "Θέση",    "Τμήμα",    "Βήμα",     "Φάση",     "Επίπεδο",
                                        "Άρθρο",   "Ενότητα",  "Μέρος",    "Ομάδα",    "Τάξη",
                                        "Έτος",    "Εβδομάδα", "Αποβάθρα", "Διάδρομος"};
    return one_of(t, a, e, words, sizeof words / sizeof words[0]);
}

/* An address cue that ends at b (spaces before b skipped): a label's colon, or a word that says
 * an address follows. */
static int cue_before(const uint8_t *t, size_t b)
{
    while (b > 0 && t[b - 1] == ' ')
        b--;
    if (b > 0 && t[b - 1] == ':')
        return 1;
    static const char *const cues[] = {"διεύθυνση", "Διεύθυνση", "στην",    "στη", "οδό",
                                       "Κατοικία",  "address",   "Address", "at",  "to"};
    for (size_t k = 0; k < sizeof cues / sizeof cues[0]; k++) {
        size_t n = strlen(cues[k]);
        if (b >= n && memcmp(t + b - n, cues[k], n) == 0 &&
            (b == n || t[b - n - 1] == ' ' || t[b - n - 1] == '\n' || t[b - n - 1] == '"'))
            return 1;
    }
    return 0;
}

size_t nw_street59_town(const struct sc *s, size_t e, size_t *from)
{
    const uint8_t *t = s->t;
    size_t p = e;
    if (p + 1 < s->len && t[p] == ',' && t[p + 1] == ' ')
        p += 2;
    else if (p < s->len && t[p] == '\n')
        p++;
    else if (p + 1 < s->len && t[p] == '\\' && t[p + 1] == 'n')
        p += 2;
    else
        return e;
    if (p + 9 > s->len || !is_digit(t[p]) || !is_digit(t[p + 1]) || !is_digit(t[p + 2]) ||
        t[p + 3] != ' ' || !is_digit(t[p + 4]) || !is_digit(t[p + 5]) || t[p + 6] != ' ' ||
        !greek_at(t, s->len, p + 7) || !greek_up(t, p + 7))
        return e;
    size_t q = p + 7;
    while (greek_at(t, s->len, q))
        q += 2;
    *from = p;
    return q;
}

size_t nw_street59_greek(const struct sc *s, size_t i, size_t d, size_t *start)
{
    const uint8_t *t = s->t;
    size_t hn = d;
    if (d - i > 3 || t[i] == '0')
        return 0;
    if (hn < s->len && ((t[hn] >= 'a' && t[hn] <= 'z') || (t[hn] >= 'A' && t[hn] <= 'Z')))
        hn++; /* "12Α" is Greek, "12a" Latin */
    else if (greek_at(t, s->len, hn) && !greek_at(t, s->len, hn + 2))
        hn += 2;
    if (hn < s->len && (is_alnum(t[hn]) || t[hn] >= 0x80))
        return 0;
    if (hn + 1 < s->len && t[hn] == ' ' && greek_at(t, s->len, hn + 1))
        return 0; /* "Κατερίνα Οικονόμου 2 Νοεμβρίου 1948": a date, no house number */
    size_t floor = i > 96 ? i - 96 : 0, a = i - 1, names = 0;
    int typed = 0;
    for (int k = 0; k < 4 && a > floor && t[a] == ' '; k++) {
        size_t ws = greek_word_back(t, a, floor);
        if (ws == a)
            break;
        if (names && a - ws == 4 && t[ws] == 0xCE && t[ws + 1] == 0xB7 && t[ws + 2] == 0xCF &&
            t[ws + 3] == 0x82 && ws > floor && is_digit(t[ws - 1])) {
            size_t o = ws; /* "28ης Οκτωβρίου": a date's ordinal, digits glued to "ης" */
            while (o > floor && ws - o < 3 && is_digit(t[o - 1]))
                o--;
            typed = 1;
            a = o;
            if (a > floor + 1 && t[a - 1] == ' ') {
                size_t ts = greek_word_back(t, a - 1, floor);
                if (ts < a - 1 && is_type(t, ts, a - 1))
                    a = ts;
            }
            break;
        }
        if (!greek_up(t, ws))
            break;
        if (is_type(t, ws, a)) {
            typed = names > 0;
            a = ws;
            break;
        }
        if (t[a - 1] == '.')
            break; /* an abbreviated name word other than a type: an initial */
        if (!names && place_word(t, ws, a))
            return 0;
        names++;
        a = ws;
        if (a == 0 || t[a - 1] != ' ')
            break;
        a--;
    }
    if (t[a] == ' ')
        a++;
    if (!names || (!typed && !cue_before(t, a)))
        return 0;
    *start = a;
    size_t from, e = nw_street59_town(s, hn, &from);
    return e > hn && t[hn] == ',' ? e : nw_addr_tail(s, hn);
}

int nw_street59_at(struct sc *s, size_t i, size_t d, size_t *next, int *rc)
{
    size_t as, e = nw_street59_greek(s, i, d, &as);
    if (!e)
        return 0;
    *next = e;
    *rc = s->emit(s->arg, ANON_NAMES_ADDRESS, as, e);
    size_t ts, te = *rc ? e : nw_street59_town(s, e, &ts);
    if (te > e) { /* the postcode and town on the next line: their own finding */
        *next = te;
        *rc = s->emit(s->arg, ANON_NAMES_ADDRESS, ts, te);
    }
    return 1;
}
