/* names_scan52.c: what a scanned form in capitals prints in the shape "a number, a word, a
 * number" that is no street (names_places.c reads "96 Salontie 19" as one): a dose on a faxed
 * prescription ("1X SIMVASTATIN 20 MG", "2X RAMIPRIL 5 MG"), a microfilm's roll and frame
 * ("ROLL 12 FRAME 44"), a sheet or a reel. A house number is never a multiplier ("1X"), a street
 * is never followed by a unit of measure, and a number after a film or sheet word counts frames.
 *
 * And a run in capitals that the name shape alone made a person (names_shape.c) but that holds
 * a firm's, an office's or a form field's word, or a street's type ("ZIRAAT BANKASI", "DOĞUM
 * TARIHI", "DÓZSA GYÖRGY UTCA 12"). Both only ever take findings away. Nothing here allocates.
 */
#include "anonymize/names_scan52.h"

#include <string.h>

/* A unit of measure or dose after a number (folded): "20 MG", "5 ML", "85 KW". */
static int unit_word(const char *f)
{
    static const char *const units[] = {"mg", "ml", "mcg", "µg", "ug", "kg",   "iu",   "ie",
                                        "kw", "ps", "cm",  "mm", "km", "kcal", "mmol", "tabl"};
    return NW_ONE_OF(f, units);
}

int nw_scan52_not_nsn(const struct sc *s, size_t j, size_t hn)
{
    const uint8_t *t = s->t;
    if (j >= 2 && (t[j - 1] == 'X' || t[j - 1] == 'x') && is_digit(t[j - 2]))
        return 1; /* "1X SIMVASTATIN 20": a multiplier, not a house number */
    if (hn + 1 < s->len && t[hn] == ' ') {
        size_t we;
        char b[16];
        const char *w = nw_word_after(s, hn, &we, b, sizeof b);
        if (*w && unit_word(w) && (we >= s->len || !is_alnum(t[we])))
            return 1;
    }
    return 0;
}

/* The number at i follows a microfilm's or a register's word in capitals or capitalised
 * ("ROLL 12", "Sheet 17", "FRAME 44"): a frame's, not a house's. */
int nw_scan52_film_number(const struct sc *s, size_t i)
{
    static const char *const words[] = {"roll",  "frame", "sheet",  "reel",    "folio", "film",
                                        "rolle", "blatt", "bobine", "feuille", "rulle"};
    size_t ws;
    char b[24];
    if (i == 0 || s->t[i - 1] != ' ')
        return 0;
    const char *w = nw_key_word_before(s, i, &ws, b, sizeof b);
    return *w && nw_upper(s->t + ws, i - ws) && NW_ONE_OF(w, words);
}

/* Words of firms, banks, utilities and public offices, and street types, in the languages of
 * scanned forms (folded): a run holding one names no person. */
static int firm_word(const char *f)
{
    static const char *const words[] = {
        "bank",      "bankasi", "bankası",   "banka",   "banca",   "banque",     "banco",
        "sparkasse", "energia", "energie",   "énergie", "energy",  "stadtwerke", "zarząd",
        "zarzad",    "dróg",    "miejskich", "bulvarı", "bulvari", "caddesi",    "sokak",
        "sokağı",    "ulica",   "utca",      "út",      "strada",  "odos",       "leoforos"};
    return NW_ONE_OF(f, words);
}

/* Field names of forms (folded): a run ends before one ("FEKETE CSABA SZÜLETÉSI IDŐ"). */
static int label_word(const char *f)
{
    static const char *const words[] = {"tarihi", "doğum",  "dogum",        "születési",
                                        "idő",    "lístek", "přihlašovací", "kayıt",
                                        "kayit",  "formu",  "konaklama"};
    return NW_ONE_OF(f, words);
}

/* Street types written after the street's name, which may be a person's ("DÓZSA GYÖRGY UTCA",
 * "MUSTAFA KEMAL BULVARI"), folded. */
static int type_after(const char *f)
{
    static const char *const types[] = {"utca",   "út",      "körút", "krt",     "tér",    "sokak",
                                        "sokağı", "caddesi", "cad",   "bulvarı", "bulvari"};
    return NW_ONE_OF(f, types);
}

size_t nw_scan52_caps_cut(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    char b[48];
    size_t words = 0, prev = 0;
    for (size_t k = a; k < e; words++) {
        size_t we = k;
        while (we < e && t[we] != ' ')
            we++;
        const char *f = nw_fold_span(s, k, we, b, sizeof b);
        if (*f && firm_word(f))
            return 0;
        if (we == e && e + 1 < s->len && t[e] == ' ' && is_digit(t[e + 1]) && strlen(f) >= 7 &&
            nw_street_suffix(f))
            return 0; /* "ÖSTRA LÅNGGATAN 160"; a surname may end so ("GISENDIJK") */
        if (*f && label_word(f))
            return words >= 2 ? prev : 0; /* "FEKETE CSABA SZÜLETÉSI": the name before the label */
        prev = we;
        k = we + 1;
    }
    if (e + 1 < s->len && t[e] == ' ') { /* "DÓZSA GYÖRGY UTCA 12" */
        size_t we;
        const char *f = nw_word_after(s, e, &we, b, sizeof b);
        if (*f && type_after(f))
            return 0;
    }
    return e;
}
