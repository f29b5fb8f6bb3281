/* names_scanp58.c: people in scanned and faxed forms in capitals that the scan readers before it
 * (names_scan54.c and the capitals chain) turned down: register rows whose count is followed by
 * one space ("144 FARHAD RAHIMI  HEAD  52  CLERK") or that open with a case number ("CASE-3636/23
 * ~ X ~ AFFRAY"), a row's "SURNAME, GIVEN" cell, a courtesy title opening a cell or a line ("MR.
 * X", "PANI AMARA DIALLO"), a signature line ("SIGNED: A. NOWAK", "PODPIS ____ LEK. J. X"); and,
 * for precision, a register's header of label words ("NAZWISKO IMIĘ") read as a name.
 *
 * The one thing to know: a number and one space also open a street ("12 HIGH STREET  LONDON") or
 * a postcode line ("8000 AARHUS C"), so that lead needs a real table: three more cells on the
 * line after the name; an id lead needs two. Every reader here wants a line in capitals and is
 * asked only behind scan54's byte gates or from a capitals word that opens its line, so ordinary
 * prose never reaches it; nothing is allocated.
 */
#include "anonymize/names_internal.h"

/* The cell gaps on the line from i to le: tabs, bars, "¦", two spaces, " . ", " ~ ", " _ ". */
static int gaps(const uint8_t *t, size_t i, size_t le)
{
    int n = 0;
    while (i < le) {
        uint8_t c = t[i];
        int gap = c == '\t' || c == '|' || (c == 0xC2 && i + 1 < le && t[i + 1] == 0xA6) ||
                  (c == ' ' && i + 1 < le &&
                   (t[i + 1] == ' ' || t[i + 1] == '\t' || t[i + 1] == '|' ||
                    (t[i + 1] == 0xC2 && i + 2 < le && t[i + 2] == 0xA6) ||
                    ((t[i + 1] == '.' || t[i + 1] == '~' || t[i + 1] == '_') && i + 2 < le &&
                     t[i + 2] == ' ')));
        if (!gap) {
            i++;
            continue;
        }
        n++;
        while (i < le && (t[i] == ' ' || t[i] == '\t' || t[i] == '|' || t[i] == '.' ||
                          t[i] == '~' || t[i] == '_' || t[i] == 0xC2 || t[i] == 0xA6))
            i++;
    }
    return n;
}

/* A case or file number opening a row: capitals (1-5), an optional '-', digits, an optional
 * '/' and digits ("CASE-3636/23", "RG-4283/21", "AZ 12/19" is none: one token only). */
static int id_lead(const uint8_t *t, size_t a, size_t e)
{
    size_t i = a, up = 0, dg = 0;
    while (i < e && is_up(t[i]) && up < 6)
        i++, up++;
    if (!up || up > 5)
        return 0;
    if (i < e && t[i] == '-')
        i++;
    while (i < e && is_digit(t[i]))
        i++, dg++;
    if (i < e && t[i] == '/') {
        i++;
        while (i < e && is_digit(t[i]))
            i++, dg++;
    }
    return i == e && dg >= 2;
}

int nw_scanp58_row(const struct sc *s, size_t k, size_t v, int one)
{
    const uint8_t *t = s->t;
    size_t a = k;
    while (a > 0 && k - a < 16 && t[a - 1] != '\n')
        a--;
    if (a > 0 && t[a - 1] != '\n')
        return 0;
    size_t dg = 0;
    while (a + dg < k && is_digit(t[a + dg]))
        dg++;
    int need;
    if (one && a + dg == k && dg >= 1 && dg <= 4)
        need = 3; /* "144 NAME  HEAD  52  CLERK" */
    else if (!one && id_lead(t, a, k))
        need = 2; /* "CASE-3636/23 ~ NAME ~ AFFRAY ~ 09:30" */
    else
        return 0;
    size_t le = nw_line_end_at(s, v);
    for (size_t j = a; j < le; j++)
        if (t[j] >= 'a' && t[j] <= 'z' && t[j] != 'l')
            return 0; /* a capitals line only */
    return gaps(t, v, le) >= need;
}

int nw_scanp58_comma_name(const uint8_t *t, size_t v, size_t ve)
{
    size_t k = v;
    while (k < ve && t[k] != ',' && t[k] != ' ')
        k++;
    return k - v >= 2 && k + 2 < ve && t[k] == ',' && t[k + 1] == ' ' &&
           (is_up(t[k + 2]) || t[k + 2] >= 0xC3);
}

/* ---- a signature line: "SIGNED: A. NOWAK", "PODPIS ____ LEK. J. KOWALSKI", "FDO.  E. ARRIBAS" */

/* A signature word of 14 languages, folded; weak ones ("firma" is also a firm, "get" a verb,
 * "sign", "ss") sign only an initial's name or one after a title. */
static int sig_word(const char *f, int *weak)
{
    static const char *const strong[] = {"signed",       "signature",
                                         "sig",          "sgd",
                                         "gez",          "gezeichnet",
                                         "unterschrift", "signé",
                                         "handtekening", "fdo",
                                         "firmado",      "firmato",
                                         "assinatura",   "assinado",
                                         "ass",          "podpis",
                                         "podp",         "podepsán",
                                         "podepsan",     "aláírás",
                                         "alairas",      "aláírva",
                                         "imza",         "imzalayan",
                                         "imz",          "semnătura",
                                         "semnatura",    "semnat",
                                         "underskrift",  "undertecknat",
                                         "underskrevet", "signe",
                                         "i\xcc\x87mza", "i\xcc\x87mzalayan",
                                         "i\xcc\x87mz",  "v.r",
                                         "s.k",          "f.to",
                                         "w.g"};
    static const char *const weak_w[] = {"firma", "get", "sign", "ss"};
    if (NW_ONE_OF(f, strong))
        return 1;
    *weak = 1;
    return NW_ONE_OF(f, weak_w);
}

/* A title or degree before a signed name, folded, its dot dropped. */
static int sig_title(const char *f)
{
    static const char *const w[] = {"dr",  "lek",  "mudr", "prof", "mr",  "mrs", "ms",  "dl",
                                    "sr",  "sra",  "dott", "ing",  "mgr", "hr",  "fr",  "dna",
                                    "pan", "pani", "herr", "frau", "m",   "mme", "dhr", "mevr"};
    return NW_ONE_OF(f, w);
}

/* A capitals word at i (letters of any script, OCR's digits and small l after its first letter,
 * an apostrophe or hyphen inside): its end, or i. */
static size_t caps_word(const uint8_t *t, size_t i, size_t le)
{
    size_t k = i;
    if (k >= le || !(is_up(t[k]) || (t[k] >= 0xC3 && t[k] < 0xF0)))
        return i;
    while (k < le && (is_up(t[k]) || t[k] >= 0x80 ||
                      (k > i && (is_digit(t[k]) || t[k] == 'l' || t[k] == '\'' || t[k] == '-'))))
        k++;
    return k;
}

int nw_scanp58_signature(struct sc *s, const struct word *w, size_t *next)
{
    const uint8_t *t = s->t;
    char b[24];
    int weak = 0;
    size_t we = w->e;
    if (we - w->s == 1 && we + 2 < s->len && t[we] == '.' && is_up(t[we + 1])) {
        we += 2; /* "V.R.", "S.K.", "F.TO", "W.G." */
        while (we < s->len && is_up(t[we]) && we - w->s < 5)
            we++;
    }
    if (we - w->s < 2 || we - w->s > 14 || !sig_word(nw_fold_span(s, w->s, we, b, sizeof b), &weak))
        return 1;
    if (weak && we < s->len && (t[we] == '.' || t[we] == ':') && t[w->s] != 'F')
        weak = 0; /* "SIGN.:", "GET.", "SS:" are labels; "FIRMA:" may still name a firm */
    size_t le = nw_line_end_at(s, w->s), k = we;
    if (le - w->s > 72)
        return 1;
    for (size_t j = w->s; j < le; j++)
        if (t[j] >= 'a' && t[j] <= 'z' && t[j] != 'l')
            return 1; /* a capitals line only */
    size_t run = k;
    int mark = 0;
    while (k < le && k - run < 12 &&
           (t[k] == ' ' || t[k] == '\t' || t[k] == ':' || t[k] == '.' || t[k] == '_'))
        mark += t[k] != ' ', k++;
    int one = !mark && k - run < 2;
    if (k == run || t[k - 1] != ' ' ||
        (one && !(k + 3 < le && is_up(t[k]) && t[k + 1] == '.' && t[k + 2] == ' ')))
        return 1; /* "SIGNED: X", "FDO.  X", "PODPIS J. NOWAK"; "SIGNED X" (one space) none */
    int titled = 0;
    for (int n = 0; n < 2; n++) { /* "LEK. ", "DR ", "MUDR. " */
        size_t e = caps_word(t, k, le);
        size_t d = e < le && t[e] == '.' ? e + 1 : e;
        if (e == k || d >= le || t[d] != ' ' || !sig_title(nw_fold_span(s, k, e, b, sizeof b)))
            break;
        if (d + 1 < le && t[d + 1] != ' ' && e - k == 1)
            break; /* "M. DORDORSTÄDT": the initial is the name's */
        titled = 1;
        k = d + 1;
    }
    size_t a = k, e;
    int initial = 0, words = 0;
    if (k + 3 < le && is_up(t[k]) && t[k + 1] == '.' && t[k + 2] == ' ') {
        initial = 1;
        k += 3;
    }
    while ((e = caps_word(t, k, le)) > k) {
        if (e - k < 2)
            return 1;
        words++;
        k = e;
        if (k + 1 < le && t[k] == ' ' && t[k + 1] != ' ')
            k++;
        else
            break;
    }
    if (!words || words > 3 || (!initial && words < 2) || (weak && !initial && !titled))
        return 1;
    if (k < le && !(k + 1 < le && t[k] == ' ' && t[k + 1] == ' '))
        return 1; /* the name ends its line or its cell */
    *next = k;
    return s->emit(s->arg, ANON_NAMES_PERSON, a, k);
}

/* ---- a courtesy title opening a row's or a label's name cell: "AZ-2343/23  MR. BURBURHAM, X" */

static int row_title(const char *f)
{
    static const char *const w[] = {"mr",  "mrs",    "ms",   "miss",  "dr",     "hr",    "herr",
                                    "fr",  "frau",   "mme",  "mlle",  "dhr",    "mevr",  "mw",
                                    "sr",  "sra",    "srta", "dña",   "dna",    "dl",    "dna.",
                                    "sig", "pan",    "pani", "sl",    "úr",     "bay",   "bayan",
                                    "fru", "fröken", "frk",  "sayin", "domnul", "doamna"};
    return NW_ONE_OF(f, w);
}

size_t nw_scanp58_title(const struct sc *s, size_t v, size_t *we)
{
    const uint8_t *t = s->t;
    size_t e = v;
    while (e < s->len && e - v < 8 && (is_up(t[e]) || t[e] >= 0x80))
        e++;
    char b[24];
    if (e - v < 2 || e + 2 >= s->len || !row_title(nw_fold_span(s, v, e, b, sizeof b)))
        return v;
    size_t d = e;
    if (t[d] == '.' && d + 3 < s->len && (t[d + 1] == 'R' || t[d + 1] == 'N') && t[d + 2] == 'A')
        d += 3; /* "SIG.RA", "SIG.NA" */
    if (t[d] == '.')
        d++;
    if (d + 1 >= s->len || t[d] != ' ' || !(is_up(t[d + 1]) || t[d + 1] >= 0xC3))
        return v;
    size_t a = d + 1, k = a;
    while (k < s->len && (is_up(t[k]) || t[k] >= 0x80 || t[k] == '\'' || t[k] == '-'))
        k++;
    if (k - a < 2)
        return v; /* "MR. J. SMITH": an initial, left to the cell's reader */
    *we = k;
    return a;
}

/* ---- an addressee line in capitals: "PANI AMARA DIALLO", "MR DESMOND MCKINNON" -------------- */

int nw_scanp58_titled_line(struct sc *s, const struct word *w, size_t *next)
{
    const uint8_t *t = s->t;
    size_t we = w->e;
    size_t a = nw_scanp58_title(s, w->s, &we);
    if (a == w->s)
        return 1;
    size_t le = nw_line_end_at(s, w->s);
    if (le - w->s > 64)
        return 1;
    for (size_t j = w->s; j < le; j++)
        if ((t[j] >= 'a' && t[j] <= 'z' && t[j] != 'l') || is_digit(t[j]) || t[j] == ':')
            return 1; /* a capitals line of words only */
    size_t k = a;
    int words = 0;
    char lb[32];
    while (k < le) {
        size_t e = caps_word(t, k, le);
        if (e - k < 2 || e - k >= sizeof lb)
            return 1;
        size_t n = nw_fold((const char *)t + k, e - k, lb, sizeof lb);
        unsigned f = nw_lexicon_in(t, s->len, k, e) | (n ? anon_names_lexicon(lb, n) : 0);
        if ((f & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) && !(f & (ANON_NL_GIVEN | ANON_NL_NAME)))
            return 1; /* "MS WORD TEMPLATES" */
        words++;
        k = e;
        if (k < le && t[k] == ' ' && k + 1 < le && t[k + 1] != ' ')
            k++;
        else
            break;
    }
    if (words < 2 || words > 3 || k < le)
        return 1;
    *next = k;
    return s->emit(s->arg, ANON_NAMES_PERSON, a, k);
}

/* ---- a column header in capitals read as a name: "NAZWISKO IMIĘ", "CSALÁDI NÉV" -------------- */

size_t nw_scanp58_caps_cut(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    if (nw_labels7_label_class(s, a, e) != NW_L7_NONE)
        return 0; /* the run is a label itself */
    for (size_t k = a; k < e;) {
        size_t we = k;
        while (we < e && t[we] != ' ' && t[we] != '\n')
            we++;
        if (nw_labels7_label_class(s, k, we) == NW_L7_NONE)
            return e;
        k = we + 1;
        while (k < e && (t[k] == ' ' || t[k] == '\n'))
            k++;
    }
    return 0; /* every word a label's: a header row */
}
