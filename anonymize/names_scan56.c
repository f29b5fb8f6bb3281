/* names_scan56.c: a street in capitals in a scanned or faxed form's cell ("GOETHESTR. 12",
 * "UL. LIPOWA 4 M. 2", "ARANY JÁNOS UTCA 12", "STORGATAN     70"), as OCR gives it: one cell of
 * a run-together line, the value under its label, the house number split off by a column gap.
 *
 * names_capsstreet.c and names_addr5.c take such a street only when the block goes on to a
 * postcode or a labelled field; a scanned register's cell ends at the column gap instead. So the
 * proof here is the cell's own shape: its line is in capitals (no small letter within 48 bytes of
 * it: a mixed-case text is the other recognisers'), the street has its type (a type word before the
 * name, a type word last, or a compound ending in its type), a house number of at most three
 * characters (OCR letters l O S B after its first digit) follows, and the cell ends right after it
 * (line end, a column gap, a comma, a postcode). A type word before the name or last opens its cell
 * (a firm's "FARMACIA VIA ROMA" is none). Headings that shout ("ROOM 12", "PLOT 45") carry no
 * street type. Called at an all-capitals word of names.c's pass; nothing here allocates.
 */
#include "anonymize/names_scan56.h"
#include "anonymize/names_scan57.h"

#include <string.h>

/* Type words written before the name (folded, without their dot). */
static const char *const pre[] = {
    "ul", "al", "os", "str", "strada", "calea", "bd", "bdul", "aleea", "calle", "c/", "avda", "av",
    "avenida", "via", "viale", "corso", "piazza", "pzza", "rua", "r", "largo", "trav", "travessa",
    "plaza", "paseo", "rue", "impasse", "allée", "odos", "leof", "leoforos", "plateia", "cesta",
    "námestie", "vicolo", "ronda", "carrer", "praça", "quai", "chemin", "boulevard",
    /* street57: "PZA. DEL AYUNTAMIENTO", "CTRA. DE VALENCIA", "LG. DA MATRIZ", "NÁM. MÍRU" */
    "pza", "ctra", "lg", "intr", "estr", "pl", "nám", "sos", "șos", "b-dul"};
/* Type words written last (folded, without their dot). */
static const char *const post[] = {
    "street", "st",    "road",    "rd",     "lane",    "avenue", "place",    "close",   "cad",
    "sok",    "sokak", "caddesi", "sokağı", "bulvari", "u",      "utca",     "út",      "tér",
    "útja",   "třída", "nám",     "mah",    "drive",   "way",    "crescent", "gardens", "terrace"};

static int in_list(const char *f, const char *const *l, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (l[k][0] == f[0] && strcmp(f, l[k]) == 0)
            return 1;
    return 0;
}

int nw_scan56_type(const char *f, int last)
{
    return last ? in_list(f, post, sizeof post / sizeof post[0])
                : in_list(f, pre, sizeof pre / sizeof pre[0]);
}

/* Is the line around the cell a .. b free of small ASCII letters but 'l' (a capitals form's
 * line)? Read 48 bytes on either side: a long line's far end is another cell's business. */
int nw_scan56_caps_line(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    for (size_t k = a; k > 0 && a - k < 48 && t[k - 1] != '\n'; k--)
        if (t[k - 1] >= 'a' && t[k - 1] <= 'z' && t[k - 1] != 'l')
            return 0;
    for (size_t k = b; k < s->len && k - b < 48 && t[k] != '\n'; k++)
        if (t[k] >= 'a' && t[k] <= 'z' && t[k] != 'l')
            return 0;
    return 1;
}

static int ocr_digit(uint8_t c)
{
    return is_digit(c) || c == 'l' || c == 'O' || c == 'S' || c == 'B' || c == 'I';
}

/* A house number at k: a digit then up to three digits or OCR letters, a letter or "/12" after
 * it; its end, or 0. */
static size_t number_at(const struct sc *s, size_t k)
{
    const uint8_t *t = s->t;
    size_t j = k;
    if (j >= s->len ||
        !(is_digit(t[j]) || (ocr_digit(t[j]) && j + 1 < s->len && is_digit(t[j + 1]))))
        return 0;
    while (j < s->len && j - k < 4 && ocr_digit(t[j]))
        j++;
    if (j - k > 3) /* "RÜCKLÄUFER 2021/8045", "VIA ROMA  2050 5995": no house number */
        return 0;
    if (j < s->len && is_alnum(t[j]) && !(is_up(t[j]) && (j + 1 >= s->len || !is_alnum(t[j + 1]))))
        return 0;
    if (j < s->len && is_up(t[j]))
        j++;
    if (j + 1 < s->len && t[j] == '/' && is_digit(t[j + 1])) {
        j++;
        size_t q = j;
        while (j < s->len && is_digit(t[j]) && j - q < 4)
            j++;
        if (j - q > 3)
            return 0;
    }
    return j;
}

/* The cell ends at e: line end, text end, a column gap, a comma, a separator mark, or one space
 * before a postcode's digits. A unit after the number ("M. 2", "3º", "BIS", "LGH 1102") is read
 * first. Its end, or 0. */
static size_t cell_end(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    if (e + 3 < s->len && t[e] == ' ' && t[e + 1] == 'M' && t[e + 2] == '.' && t[e + 3] == ' ' &&
        e + 4 < s->len && is_digit(t[e + 4])) {
        e += 4; /* Polish flat: "4 M. 2" */
        while (e < s->len && is_digit(t[e]))
            e++;
    } else {
        e = nw_scan57_unit(s, e); /* "161 B", "11 A 7", ", ST. TH.", "3º IZQ" (names_scan57.c) */
    }
    if (e >= s->len)
        return e;
    uint8_t c = t[e];
    if (c == '\n' || c == '\r' || c == '\t' || c == ',' || c == '"' || c == ';')
        return e;
    if (c != ' ' || e + 1 >= s->len)
        return 0;
    uint8_t d = t[e + 1];
    if (d == ' ' || d == '|' || d == '~' || d == '\t' || d == '\n' || is_digit(d))
        return e;
    if (d == 0xC2 && e + 2 < s->len && t[e + 2] == 0xA6) /* "¦" */
        return e;
    return nw_scan57_sep_at(s, e) ? e : 0; /* " . ", " _ ": names_scan57.c */
}

/* The words of a capitals street from w on one line (single spaces, at most five), then its
 * number after one space or a column gap: *gap_e gets the number's start. The end of the last
 * word, or 0. */
static size_t street_words(const struct sc *s, const struct word *w, size_t *nwords, size_t *last_s,
                           size_t *gap_e)
{
    const uint8_t *t = s->t;
    size_t i = w->s, n = 0, end = 0;
    *gap_e = 0;
    while (n < 5 && i < s->len) {
        if (!nw_upper(t + i, s->len - i))
            break;
        struct word x;
        nw_parse_word(s, i, &x);
        size_t e =
            x.e + 1 < s->len && (t[x.e] == '0' || t[x.e] == '1' || t[x.e] == '5' || t[x.e] == '8')
                ? nw_scan57_ocr_end(s, x.e) /* "U POT0KA 35": names_scan57.c */
                : x.e;
        if (n == 0 && x.e == x.s + 1 && t[x.s] == 'C' && x.e < s->len && t[x.e] == '/')
            x.shape = SH_CAPS, e = x.e + 1; /* "C/ MAY0R 12" */
        if (e == x.e && x.shape != SH_CAPS && x.shape != SH_INITIAL &&
            !(x.shape == SH_NAME && x.e - x.s == 1))
            break;
        if (e < s->len && t[e] == '.')
            e++;
        *last_s = x.s;
        end = e;
        n++;
        if (e + 1 >= s->len)
            break;
        if (t[e] == ' ' && (is_digit(t[e + 1]) || (ocr_digit(t[e + 1]) && e + 2 < s->len &&
                                                   is_digit(t[e + 2])))) { /* not "OGR0DOWA" */
            *gap_e = e + 1;
            break;
        }
        /* a column gap before the number: "STORGATAN     70", "ZAHRADNÍ\t69", "X  |  12", or
         * the line's end after two words ("UL. OGRODOWA\n    45": names_scan57.c's round) */
        size_t g = e + (n > 1 && t[e] == '\n');
        while (g < s->len && g - e < 10 && (t[g] == ' ' || t[g] == '\t' || t[g] == '|'))
            g++;
        if ((g > e + 1 || (g == e + 1 && t[e] == '\n')) && g < s->len && is_digit(t[g])) {
            *gap_e = g;
            break;
        }
        if (t[e] != ' ' || !nw_upper(t + e + 1, s->len - e - 1))
            break;
        i = e + 1;
    }
    *nwords = n;
    return *gap_e ? end : 0;
}

/* Address labels a street's cell may follow with one space ("ADR DÓZSA GYÖRGY UTCA 12"). */
static const char *const labels[] = {
    "adr",       "addr",      "address", "anschrift", "adresse",    "adres",
    "adresa",    "adress",    "cim",     "lakcim",    "domicilio",  "direccion",
    "indirizzo", "morada",    "osoite",  "bydliste",  "domiciliul", "diefthynsi",
    "wohnort",   "residenza", "cím",     "lakcím",    "dirección",  "bydliště"};

static int is_label(const struct sc *s, size_t a, size_t b)
{
    char buf[24];
    return b > a && b - a < 16 &&
           in_list(nw_fold_span(s, a, b, buf, sizeof buf), labels,
                   sizeof labels / sizeof labels[0]);
}

/* Does a cell start at i: the line's or text's start, a tab, a quote, one space after a column
 * gap, a colon, a separator mark or an address label? */
static int cell_start(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    if (i == 0 || t[i - 1] == '\n' || t[i - 1] == '\t' || t[i - 1] == '"' ||
        (i >= 2 && t[i - 1] == ' ' &&
         (t[i - 2] == ' ' || t[i - 2] == ':' || t[i - 2] == '|' || t[i - 2] == '~' ||
          t[i - 2] == 0xA6 || t[i - 2] == '.')))
        return 1;
    if (i < 4 || t[i - 1] != ' ' || !(is_up(t[i - 2]) || t[i - 2] >= 0x80))
        return 0;
    size_t a = i - 1;
    while (a > 0 && (is_up(t[a - 1]) || t[a - 1] >= 0x80) && i - a < 16)
        a--;
    /* every label opens with one of these letters: fold only then */
    return i - 1 - a >= 3 && memchr("ACDILMORWB", t[a], 10) && is_label(s, a, i - 1);
}

size_t nw_scan56_caps_street(const struct sc *s, const struct word *w, size_t *st_e, size_t *num_s)
{
    const uint8_t *t = s->t;
    *num_s = *st_e = 0;
    struct word wo = *w; /* "ST0RGATAN 12": read through OCR's digit (names_scan57.c) */
    if (w->e < s->len && (t[w->e] == '0' || t[w->e] == '1' || t[w->e] == '5' || t[w->e] == '8'))
        wo.e = nw_scan57_ocr_end(s, w->e);
    w = &wo;
    if (w->e == w->s + 1 && t[w->s] == 'C' && w->e + 1 < s->len && t[w->e] == '/')
        wo.e = w->e + 1; /* "C/ MAY0R 12": the type with its slash */
    if (w->e - w->s < 2 || w->e >= s->len ||
        (t[w->e] != ' ' && t[w->e] != '.' && t[w->e] != '\t' && t[w->e] != '|'))
        return 0;
    int start = cell_start(s, w->s);
    if (!start && w->e - w->s < 7)
        return 0; /* only a compound ending in its type (7 bytes or more) needs no cell start */
    /* cheap first (caps_line asks the same of the cell's surroundings at the end): no small
     * letter but OCR's l in the 8 bytes before the word, and a digit within 32 bytes after it
     * with only capitals, spaces, tabs and . | / between: other text stops here */
    for (size_t q = w->s; q > 0 && w->s - q < 8 && t[q - 1] != '\n'; q--)
        if (t[q - 1] >= 'a' && t[q - 1] <= 'z' && t[q - 1] != 'l')
            return 0;
    size_t k = w->e;
    while (k < s->len && k - w->e < 32 && !is_digit(t[k])) {
        uint8_t c = t[k];
        if (!(is_up(c) || c >= 0x80 || c == ' ' || c == '.' || c == '\t' || c == '|' || c == '/' ||
              c == 'l' || c == '\n'))
            return 0;
        k++;
    }
    if (k >= s->len || !is_digit(t[k]))
        return 0;
    char buf[48];
    const char *f = nw_scan57_fold_ocr(s, w->s, w->e, buf, sizeof buf);
    if (in_list(f, labels, sizeof labels / sizeof labels[0]))
        return 0; /* the label: the street starts after it */
    size_t fl = strlen(f);
    int pre_type = in_list(f, pre, sizeof pre / sizeof pre[0]);
    int sfx = fl >= 7 && memcmp(f + fl - 4, "ring", 4) != 0 && nw_street_suffix(f);
    char gb[48];
    const char *g; /* OCR's F for E: "HOVEDGADFN", "KONGENSGADF" (names_scan57.c) */
    if (!pre_type && !sfx && (g = nw_scan57_fold_ef(s, w->s, w->e, gb, sizeof gb))) {
        pre_type = in_list(g, pre, sizeof pre / sizeof pre[0]);
        sfx = fl >= 7 && memcmp(g + fl - 4, "ring", 4) != 0 && nw_street_suffix(g);
    }
    if (!pre_type && !sfx && !start)
        return 0;
    size_t nwords, last_s = w->s, ne;
    size_t end = street_words(s, w, &nwords, &last_s, &ne);
    if (!end)
        return 0;
    if (sfx && nwords != 1)
        sfx = 0;
    if (pre_type && (nwords < 2 || !start)) /* not "FARMACIA VIA ROMA" */
        return 0;
    if (!pre_type && !sfx) {
        /* a type word last ("ARANY JÁNOS UTCA 12", "MILL LANE 4"): the cell starts here */
        char b2[24];
        size_t le = end > last_s && t[end - 1] == '.' ? end - 1 : end;
        const char *g2;
        if (!start || nwords < 2 ||
            !(in_list(nw_scan57_fold_ocr(s, last_s, le, b2, sizeof b2), post,
                      sizeof post / sizeof post[0]) ||
              ((g2 = nw_scan57_fold_ef(s, last_s, le, b2, sizeof b2)) &&
               in_list(g2, post, sizeof post / sizeof post[0]))))
            return 0; /* "MILL LANF 4": OCR's F for E (names_scan57.c) */
    }
    size_t he = number_at(s, ne);
    if (!he)
        return 0;
    size_t ce = cell_end(s, he);
    if (!ce || !nw_scan56_caps_line(s, w->s, ce))
        return 0;
    *st_e = end;
    *num_s = ne;
    return ce;
}
