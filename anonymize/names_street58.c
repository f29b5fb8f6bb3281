/* names_street58.c: streets named after a date or a number, and births whose first digit OCR
 * read as a letter (branch street58, issue 15).
 *
 * A street's own name may hold a date ("Rua 25 de Abril 112", "Straße des 17. Juni 8", "ul. 3
 * Maja 7", "nám. 28. října 5", "Str. 1 Decembrie 1918 nr. 14", "3, rue du 8 Mai 1945", "19 Mayıs
 * Cad. No: 14", "Október 6. utca 12") or a number ("Plac 1000-lecia 4", "Plein 1940-1945 12",
 * "350 5th Ave"). The other readers stop at the number inside the name or take it for the house
 * number, and the date reader takes "25 de Abril" for a date. nw_street58_digits() is asked at
 * the name's number: the date (a month's name after it, in the genitive where the language says
 * it so) or the number's shape, a street type right before it (written out or short with a dot:
 * "R.", "Av.", "V.le", "C/", "Str.", "ul.", "nám.") or after it (Turkish, Hungarian, English),
 * and a house number after the name (or before it, where French and English put it) are all
 * needed; the postcode and town after it are the tail's (names_postal.c).
 *
 * nw_street58_ocr_birth(): a date after a birth label whose digits OCR read as letters, the first
 * one too ("l4.07.1976", "O8/O5/1936", "27 O6 1965"), which the digit visits never reach.
 *
 * Nothing here allocates; both are asked behind byte tests (names_street58.h).
 */
#include "anonymize/names_street58.h"

#include "anonymize/names_scan57.h"
#include "anonymize/names_scan59.h"

#include <string.h>

/* Month stems, folded (ASCII lower case, other bytes as written): every language's nominative
 * and the genitive of Polish and Czech, long enough to be no ordinary word. */
static const char *const months[] = {
    /* pt es it fr de ro */
    "janeiro", "fevereiro", "março", "marco", "abril", "maio", "junho", "julho", "agosto",
    "setembro", "outubro", "novembro", "dezembro", "enero", "febrero", "marzo", "mayo", "junio",
    "julio", "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "gennaio", "febbraio",
    "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre", "janvier",
    "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre",
    "octobre", "novembre", "décembre", "decembre", "januar", "februar", "märz", "maerz", "april",
    "juni", "juli", "august", "september", "oktober", "november", "dezember", "ianuarie",
    "februarie", "martie", "aprilie", "iunie", "iulie", "septembrie", "octombrie", "noiembrie",
    "decembrie",
    /* pl, cs (genitive) */
    "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "wrzesnia",
    "września", "pazdziernika", "października", "listopada", "grudnia", "ledna", "února", "unora",
    "března", "brezna", "dubna", "května", "kvetna", "června", "cervna", "července", "cervence",
    "srpna", "září", "zari", "října", "rijna", "listopadu", "prosince", "máje", "maje",
    /* tr, hu */
    "ocak", "şubat", "subat", "mart", "nisan", "mayıs", "mayis", "haziran", "temmuz", "ağustos",
    "agustos", "eylül", "eylul", "ekim", "kasım", "kasim", "aralık", "aralik", "január", "januar",
    "február", "március", "marcius", "április", "aprilis", "május", "majus", "június", "junius",
    "július", "julius", "augusztus", "szeptember", "október", "oktober"};

/* Street types before the name (folded, a trailing dot dropped). */
static const char *const types_before[] = {
    "rua",     "r",     "av",       "avenida",    "avda",   "trav",    "travessa", "lgo",
    "largo",   "praça", "praca",    "pça",        "pca",    "calle",   "c",        "pza",
    "plaza",   "paseo", "via",      "viale",      "v.le",   "corso",   "c.so",     "piazza",
    "p.zza",   "p.za",  "piazzale", "p.le",       "straße", "strasse", "str",      "platz",
    "ul",      "ulica", "al",       "aleja",      "aleje",  "pl",      "plac",     "os",
    "osiedle", "nám",   "nam",      "náměstí",    "tř",     "třída",   "nábř",     "nábřeží",
    "strada",  "bd",    "bdul",     "bulevardul", "calea",  "sos",     "șos",      "aleea",
    "piața",   "rue",   "bd",       "boulevard",  "avenue", "place",   "allée",    "allee",
    "quai",    "cours", "chemin",   "impasse",    "square", "plein",   "laan",     "straat",
    "am"};
/* Types of types_before written with their dot only (the dot after their bytes as folded). */
static const char *const dotted_only[] = {"r",  "av", "avda", "trav", "pza",  "c",  "ul",
                                          "al", "pl", "os",   "str",  "bdul", "sos"};
/* Particles between the type and the date ("Straße des 17. Juni", "rue du 8 Mai"). */
static const char *const particles_before[] = {"des", "der", "du",  "do",   "da",
                                               "de",  "del", "dei", "della"};
/* Types after the date: Turkish and Hungarian (folded, without their dot). */
static const char *const types_tr[] = {"cad", "cd",    "cadde",  "caddesi",  "sk",
                                       "sok", "sokak", "sokağı", "bulvarı",  "bulvari",
                                       "blv", "bulv",  "mah",    "mahallesi"};
static const char *const types_hu[] = {"utca", "u",     "tér", "ter", "út",
                                       "ut",   "körút", "krt", "köz", "sor"};
/* Types after an English ordinal ("5th Ave", "42nd Street"). */
static const char *const types_en[] = {"ave",  "avenue", "st",    "street",  "rd",       "road",
                                       "blvd", "pl",     "place", "dr",      "drive",    "ter",
                                       "way",  "ln",     "lane",  "terrace", "boulevard"};

static int in(const char *f, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (list[k][0] == f[0] && strcmp(f, list[k]) == 0)
            return 1;
    return 0;
}
#define IN(f, list) in(f, list, sizeof list / sizeof *list)

/* buf with the capitals of Latin Extended-A (U+0100..U+017F: "Ř", "Ě", "Ş", "Ł") folded too,
 * which nw_fold leaves; buf. */
static const char *fold_ext(char *buf)
{
    for (uint8_t *p = (uint8_t *)buf; p[0] && p[1]; p++) {
        if (p[0] != 0xC4 && p[0] != 0xC5)
            continue;
        unsigned cp = ((unsigned)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
        int odd_up = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
        if (cp != 0x130 && cp != 0x131 && cp != 0x138 && cp != 0x149 && cp != 0x17F &&
            (odd_up ? cp & 1 : !(cp & 1))) {
            cp++;
            p[0] = (uint8_t)(0xC0 | (cp >> 6));
            p[1] = (uint8_t)(0x80 | (cp & 0x3F));
        }
        p++;
    }
    return buf;
}

static int letter_byte(uint8_t c)
{
    return ((c | 32) >= 'a' && (c | 32) <= 'z') || c >= 0x80;
}

/* The word from k (letters, and dots inside: "v.le", "c.so"), folded into buf without a dot at
 * its end; *we past it (its dot included). "" when none. */
static const char *word_at(const struct sc *s, size_t k, size_t *we, char *buf, size_t cap)
{
    const uint8_t *t = s->t;
    size_t e = k;
    while (e < s->len && e - k < 24 &&
           (letter_byte(t[e]) || (t[e] == '.' && e + 1 < s->len && letter_byte(t[e + 1]) && e > k &&
                                  !(t[e + 1] >= 'A' && t[e + 1] <= 'Z' && e - k > 1))))
        e++;
    size_t fe = e;
    if (e < s->len && t[e] == '.')
        e++;
    *we = e;
    buf[0] = '\0';
    return fe > k ? fold_ext((char *)nw_fold_span(s, k, fe, buf, cap)) : buf;
}

/* The word that ends right before b (one space, a dot allowed at its end), folded without the dot;
 * *ws its start. "" when none. */
static const char *word_before(const struct sc *s, size_t b, size_t *ws, char *buf, size_t cap)
{
    const uint8_t *t = s->t;
    buf[0] = '\0';
    if (b < 2 || t[b - 1] != ' ')
        return buf;
    size_t e = b - 1;
    if (t[e - 1] == '.')
        e--;
    size_t a = e;
    while (a > 0 && e - a < 24 &&
           (letter_byte(t[a - 1]) || (t[a - 1] == '.' && a >= 2 && letter_byte(t[a - 2]) && a < e)))
        a--;
    if (a == e || (a > 0 && is_digit(t[a - 1])))
        return buf;
    *ws = a;
    return fold_ext((char *)nw_fold_span(s, a, e, buf, cap));
}

/* A year of the name ("8 Mai 1945", "28 Czerwca 1956 r.", "1 Decembrie 1918") at k after a
 * space: its end, or k. */
static size_t name_year(const struct sc *s, size_t k)
{
    const uint8_t *t = s->t;
    if (k + 5 > s->len || t[k] != ' ' || !(t[k + 1] == '1' || t[k + 1] == '2') ||
        !is_digit(t[k + 2]) || !is_digit(t[k + 3]) || !is_digit(t[k + 4]) ||
        (k + 5 < s->len && is_alnum(t[k + 5])))
        return k;
    size_t e = k + 5;
    if (e + 3 <= s->len && t[e] == ' ' && (t[e + 1] | 32) == 'r' && t[e + 2] == '.')
        e += 3; /* Polish "1956 r." */
    return e;
}

/* A house number after the name at k (", 112", " nr. 14", " No: 5", " 7/3"): its end with its
 * unit, or 0. Never a year: "am 1. Mai 2024" is a date. */
static size_t house_after(const struct sc *s, size_t k)
{
    const uint8_t *t = s->t;
    if (k < s->len && t[k] == ',')
        k++;
    if (k + 1 >= s->len || t[k] != ' ')
        return 0;
    k++;
    if ((t[k] | 32) == 'n' && k + 3 < s->len) { /* "nr. 14", "No: 5", "n. 3", "nº 7" */
        size_t q = k + 1;
        if ((t[q] | 32) == 'r' || (t[q] | 32) == 'o')
            q++;
        if (q + 1 < s->len && t[q] == 0xC2 && t[q + 1] == 0xBA)
            q += 2;
        if (q < s->len && (t[q] == '.' || t[q] == ':'))
            q++;
        if (q < s->len && t[q] == ' ')
            q++;
        if (q < s->len && is_digit(t[q]))
            k = q;
    }
    if (!is_digit(t[k]))
        return 0;
    size_t d = k;
    while (d < s->len && is_digit(t[d]))
        d++;
    if (d - k > 4 || (d - k == 4 && (t[k] == '1' || t[k] == '2')))
        return 0;
    size_t he = nw_house_number(s, k);
    if (!he)
        return 0;
    if (he + 2 < s->len && t[he] == '/' && is_digit(t[he + 1])) { /* "112/3" */
        he += 2;
        while (he < s->len && is_digit(t[he]))
            he++;
    }
    he = nw_addr5_after_number(s, he); /* "13 7º B", "18 b" */
    if (he + 3 < s->len && t[he] == ' ' && (t[he + 1] | 32) == 'd' && t[he + 2] == ':') {
        size_t q = he + 3 + (t[he + 3] == ' '); /* Turkish "No: 14 D:3", the flat's door */
        size_t e = q;
        while (e < s->len && e - q < 3 && is_digit(t[e]))
            e++;
        return e > q && (e >= s->len || !is_alnum(t[e])) ? e : he;
    }
    size_t u = nw_scan57_unit(s, he); /* "3º IZQ", ", AP. 6", " M. 5" */
    return u < s->len && t[u] == ':' ? he : u;
}

/* A house number right before the type at ts ("112 bd du", "112, rue du", "112 bis, av. du",
 * "112 W 34th"): its start, or ts. */
static size_t house_before(const struct sc *s, size_t ts)
{
    const uint8_t *t = s->t;
    size_t k = ts;
    if (k < 2 || t[k - 1] != ' ')
        return ts;
    k--;
    if (t[k - 1] == ',')
        k--;
    if (k >= 4 && (t[k - 1] | 32) == 's' && (t[k - 2] | 32) == 'i' && (t[k - 3] | 32) == 'b' &&
        t[k - 4] == ' ')
        k -= 4; /* "112 bis," */
    size_t d = k;
    while (d > 0 && k - d < 4 && is_digit(t[d - 1]))
        d--;
    if (d == k || (d > 0 && (is_alnum(t[d - 1]) || t[d - 1] >= 0x80)) ||
        (k - d == 4 && (t[d] == '1' || t[d] == '2')))
        return ts; /* never a year: "dal 3 marzo 2026 al 8 marzo" */
    return d;
}

/* A digit postcode and its town in the cell or line after a street that ends at e ("| 4000-322
 * PORTO |", ";00-950 Warszawa", "\n1066 Budapest"): "1234", "12345", "123456", "1234-567",
 * "12-345", "123 45", "1234 AB", then one to three capitalised words that end the cell or the
 * line. Its end, *ps its start; 0 when there is none. */
static size_t cell_postcode(const struct sc *s, size_t e, size_t *ps)
{
    const uint8_t *t = s->t;
    size_t k = e;
    if (k + 3 < s->len && t[k] == ' ' && t[k + 1] == '|' && t[k + 2] == ' ')
        k += 3;
    else if (k + 2 < s->len && t[k] == ',' && t[k + 1] == ' ')
        k += 2;
    else if (k + 1 < s->len &&
             (t[k] == '|' || t[k] == ';' || t[k] == '\t' || t[k] == '\n' || t[k] == ','))
        k++;
    if (k == e || k >= s->len || !is_digit(t[k]))
        return 0;
    size_t a = k, d = k;
    while (d < s->len && is_digit(t[d]))
        d++;
    size_t n = d - a;
    if (d + 1 < s->len && (t[d] == '-' || t[d] == ' ') && is_digit(t[d + 1])) {
        size_t q = d + 1; /* "1234-567", "12-345", "123 45" */
        while (q < s->len && is_digit(t[q]))
            q++;
        if (!((n == 4 && q - d == 4 && t[d] == '-') || (n == 2 && q - d == 4 && t[d] == '-') ||
              (n == 3 && q - d == 3 && t[d] == ' ')))
            return 0;
        d = q;
    } else if (n == 4 && d + 3 < s->len && t[d] == ' ' && is_up(t[d + 1]) && is_up(t[d + 2]) &&
               t[d + 3] == ' ')
        d += 3; /* Dutch "1054 BX" */
    else if (n < 4 || n > 6)
        return 0;
    if (d + 2 >= s->len || t[d] != ' ' || !(is_up(t[d + 1]) || t[d + 1] >= 0xC3))
        return 0;
    size_t nc, ce = nw_cap_words(s, d + 1, 3, &nc);
    if (!ce || !(ce >= s->len || t[ce] == '\n' || t[ce] == '|' || t[ce] == ';' || t[ce] == '\t' ||
                 t[ce] == ',' ||
                 (ce + 1 < s->len && t[ce] == ' ' && (t[ce + 1] == '|' || t[ce + 1] == ' '))))
        return 0;
    *ps = a;
    return ce;
}

/* The street's tail (postcode and town, after a comma or on the next line) after e. */
static int emit_street(struct sc *s, size_t a, size_t e, size_t *next)
{
    size_t te = nw_addr_tail(s, e), k = e;
    while (k < te && !is_digit(s->t[k]))
        k++;
    if (k == te) /* a tail without a postcode: "| SCONOSCIUTO", "\nDESTINO AMC AMSTERDAM" */
        te = e;
    *next = te > e ? te : e;
    int r = s->emit(s->arg, ANON_NAMES_ADDRESS, a, *next);
    size_t ps, pe = r >= 0 && te <= e ? nw_scan57_postcode(s, e, &ps) : 0;
    if (!pe && r >= 0 && te <= e)
        pe = cell_postcode(s, e, &ps);
    if (pe) { /* in capitals: "RUA 25 DE ABRIL 112\n1200-109 LISBOA" */
        *next = pe;
        r = s->emit(s->arg, ANON_NAMES_ADDRESS, ps, pe);
    }
    return r;
}

/* A month's name at k, a particle before it allowed ("de Abril", "Maja", "října"): 1 and *we
 * past it (without a dot after it), or 0. */
static int month_after(const struct sc *s, size_t k, size_t *we, char *buf, size_t cap)
{
    const uint8_t *t = s->t;
    const char *f = word_at(s, k, we, buf, cap);
    if (IN(f, particles_before) && *we < s->len && t[*we] == ' ' && t[*we - 1] != '.')
        f = word_at(s, k = *we + 1, we, buf, cap);
    if (!IN(f, months))
        return 0;
    if (*we > k && t[*we - 1] == '.')
        (*we)--;
    return 1;
}

int nw_street58_digits(struct sc *s, size_t i, size_t d, size_t *next, int *rc)
{
    const uint8_t *t = s->t;
    char b1[32], b2[32];
    size_t q = d, we, ws;
    int dot = 0;
    if (q < s->len && t[q] == '.')
        q++, dot = 1;
    if (q + 1 < s->len && t[q] == 0xC2 && t[q + 1] == 0xBA)
        q += 2; /* "1º de Maio", "1.º de Dezembro" */

    /* an English ordinal with its type after it, a house number before: "350 5th Ave" */
    if (!dot && q == d && q + 3 < s->len && d - i <= 3) {
        uint8_t a = t[q] | 32, b = t[q + 1] | 32;
        if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
            (a == 't' && b == 'h')) {
            if (t[q + 2] != ' ')
                return 0;
            const char *f = word_at(s, q + 3, &we, b1, sizeof b1);
            if (!IN(f, types_en) || (we < s->len && is_alnum(t[we])))
                return 0;
            size_t a0 = i;
            const char *dir = word_before(s, i, &ws, b2, sizeof b2);
            if (!strcmp(dir, "w") || !strcmp(dir, "e") || !strcmp(dir, "n") || !strcmp(dir, "s") ||
                !strcmp(dir, "west") || !strcmp(dir, "east") || !strcmp(dir, "north") ||
                !strcmp(dir, "south"))
                a0 = ws;
            size_t hs = house_before(s, a0);
            if (hs == a0)
                return 0;
            size_t e = we;
            if (e + 2 < s->len && t[e] == ' ' &&
                (t[e + 1] == 'N' || t[e + 1] == 'S' || t[e + 1] == 'E' || t[e + 1] == 'W') &&
                !is_alnum(t[e + 2]))
                e += 2; /* "3rd Ave. N" */
            *rc = emit_street(s, hs, e, next);
            return 1;
        }
    }

    /* the name's number: a date's day, "1000-lecia", "1940-1945" */
    size_t ne = q; /* the end of the date or number in the name */
    if (q + 6 < s->len && t[q] == '-' && (t[q + 1] | 32) == 'l' && (t[q + 2] | 32) == 'e' &&
        (t[q + 3] | 32) == 'c' && (t[q + 4] | 32) == 'i' && (t[q + 5] | 32) == 'a')
        ne = q + 6; /* Polish "Plac 1000-lecia" */
    else if (d - i == 4 && q + 5 <= s->len && t[q] == '-' && is_digit(t[q + 1]) &&
             is_digit(t[q + 2]) && is_digit(t[q + 3]) && is_digit(t[q + 4]))
        ne = q + 5; /* Dutch "Plein 1940-1945" */
    else if (d - i <= 2 && q + 3 < s->len && t[q] == ' ' &&
             month_after(s, q + 1, &we, b1, sizeof b1)) {
        ne = name_year(s, we);
        /* Turkish: the type after the month, "19 Mayıs Cad. No: 14" */
        if (ne == we && we + 2 < s->len && t[we] == ' ') {
            size_t te;
            const char *g = word_at(s, we + 1, &te, b2, sizeof b2);
            if (IN(g, types_tr)) {
                size_t he = house_after(s, te);
                if (!he)
                    return 0;
                *rc = emit_street(s, i, he, next);
                return 1;
            }
        }
    } else if (dot && d - i <= 2 && q + 2 < s->len && t[q] == ' ') {
        /* Hungarian: "Október 6. utca 12", the month before, the type after */
        const char *g = word_at(s, q + 1, &we, b2, sizeof b2);
        if (!IN(g, types_hu))
            return 0;
        const char *f = word_before(s, i, &ws, b1, sizeof b1);
        if (!IN(f, months))
            return 0;
        size_t he = house_after(s, we); /* "utca 12", "u. 12" */
        if (!he)
            return 0;
        *rc = emit_street(s, ws, he, next);
        return 1;
    } else
        return 0;
    if (ne < s->len && (is_alnum(t[ne]) || t[ne] >= 0x80))
        return 0;

    /* the type before the name, a particle between them */
    size_t ts;
    const char *f = word_before(s, i, &ts, b1, sizeof b1);
    if (IN(f, particles_before)) {
        size_t ps = ts;
        f = word_before(s, ps, &ts, b1, sizeof b1);
    }
    int slash = 0;
    if (!f[0] && i >= 3 && t[i - 1] == ' ' && t[i - 2] == '/' && (t[i - 3] | 32) == 'c' &&
        (i == 3 || !is_alnum(t[i - 4])))
        ts = i - 3, slash = 1; /* Spanish "C/ 2 de Mayo" */
    if (!slash && (!f[0] || !IN(f, types_before)))
        return 0;
    if (!slash && strcmp(f, "am") == 0 && !(t[ts] == 'A' && (t[ts + 1] | 32) == 'm'))
        return 0; /* German "Am 1. Mai 8", "AM 1. MAI 8", never "am 1. Mai" */
    if (!slash && (strcmp(f, "c") == 0 || strcmp(f, "r") == 0) && !is_up(t[ts]))
        return 0;
    if (!slash && IN(f, dotted_only) && t[ts + strlen(f)] != '.')
        return 0; /* a short type has its dot: "R. 25 de Abril", "al. 3 Maja"; "al 8 marzo" is
                     Spanish or Italian for "to 8 March" */
    size_t hs = house_before(s, ts);
    size_t he = house_after(s, ne);
    if (he) {
        *rc = emit_street(s, hs < ts ? hs : ts, he, next);
        return 1;
    }
    if (hs < ts) { /* French: "112, rue du 8 Mai 1945" */
        *rc = emit_street(s, hs, ne, next);
        return 1;
    }
    return 0;
}

/* ---- births that OCR misread ------------------------------------------------------------------
 */

/* A byte OCR puts for a digit (scan55's set): its digit, or 0. */
static uint8_t ocr_value(uint8_t c)
{
    switch (c) {
    case 'O':
    case 'o':
        return '0';
    case 'l':
    case 'I':
    case '|':
        return '1';
    case 'S':
        return '5';
    case 'B':
        return '8';
    default:
        return is_digit(c) ? c : 0;
    }
}

size_t nw_street58_ocr_date(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    if (!(s->kinds & (1u << ANON_NAMES_DOB)) || (i > 0 && (is_alnum(t[i - 1]) || t[i - 1] >= 0x80)))
        return 0;
    unsigned v[3] = {0, 0, 0};
    size_t k = i, len[3];
    int noise = 0;
    uint8_t sep = 0;
    for (int g = 0; g < 3; g++) {
        size_t a = k;
        while (k < s->len && k - a < 4 && ocr_value(t[k])) {
            noise |= !is_digit(t[k]);
            v[g] = v[g] * 10 + (unsigned)(ocr_value(t[k]) - '0');
            k++;
        }
        len[g] = k - a;
        if (g == 2)
            break;
        if (len[g] == 0 || len[g] > 2 || k + 1 >= s->len)
            return 0;
        uint8_t c = t[k];
        if (!(c == '.' || c == '/' || c == '-' || c == ' ') || (sep && c != sep))
            return 0;
        sep = c;
        k++;
    }
    if (!noise || len[2] != 4 || (k < s->len && (is_alnum(t[k]) || t[k] >= 0x80)) || v[0] < 1 ||
        v[0] > 31 || v[1] < 1 || v[1] > 12 || v[2] < 1900 || v[2] > 2026)
        return 0;
    if (!(nw_birth_before(s, i) || nw_scan57_birth_column(s, i, k) || nw_scan59_ocr_label(s, i)))
        return 0;
    return k;
}

/* ---- types short with a dot -------------------------------------------------------------------
 */

/* Particles inside a street's name ("R. da Alegria", "V.le dei Mille"), folded. */
static const char *const particles_name[] = {"da",    "do",  "dos",   "das",   "de",    "di", "del",
                                             "della", "dei", "degli", "delle", "dello", "e"};
/* Types written with a dot inside ("P.zza"), folded; "r" is "R." with a particle after it. */
static const char *const dotted_types[] = {"r", "p.zza", "p.za", "v.le", "c.so", "p.le", "p.tta"};

int nw_street58_dotted(struct sc *s, size_t i, size_t *next, int *rc)
{
    const uint8_t *t = s->t;
    char b1[32], b2[16];
    size_t we;
    const char *f = word_at(s, i, &we, b1, sizeof b1);
    if (!IN(f, dotted_types) || we >= s->len || (f[0] == 'r' && !f[1] && t[we - 1] != '.'))
        return 0;
    int one = f[1] == '\0';
    size_t k = we, names = 0, last = 0;
    if (k + 2 >= s->len || t[k] != ' ')
        return 0;
    k++;
    for (int tok = 0; tok < 6 && k < s->len; tok++) {
        size_t e = k;
        while (e < s->len && e - k < 24 && (letter_byte(t[e]) || t[e] == '\''))
            e++;
        if (e == k)
            break;
        const char *p = nw_fold_span(s, k, e, b2, sizeof b2);
        if (IN(p, particles_name)) {
            if (e >= s->len || t[e] != ' ')
                break;
        } else {
            if (!(is_up(t[k]) || t[k] >= 0xC3) || (one && tok == 0))
                return 0; /* "R. Costa": an initial; "R. da Alegria": a street */
            if (e < s->len && t[e] == '.' && e - k <= 3)
                e++; /* "V.le G. Verdi", "P.zza S. Marco" */
            names++;
            last = e;
        }
        k = e;
        if (k + 1 < s->len && t[k] == ' ' && !is_digit(t[k + 1]))
            k++;
        else
            break;
    }
    if (!names)
        return 0;
    size_t he = house_after(s, last);
    if (!he)
        return 0;
    *rc = emit_street(s, i, he, next);
    return 1;
}
