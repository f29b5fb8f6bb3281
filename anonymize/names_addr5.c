/* names_addr5.c: street addresses of the Portuguese, Brazilian, Spanish, Latin-American, Italian
 * and Belgian forms that the street recognisers of names_places.c leave, and the parts written
 * after their house numbers that nw_addr_tail (names_postal.c) did not read.
 *
 * nw_addr5_street() reads a street-type word before the name (in any case: "Rua", "RUE",
 * "Alameda", "Bv.", "Steenweg"), a name that may hold a title ("Rua Dr. António José de
 * Almeida"), Roman numerals ("Via XX Settembre"), particles and a possessive ("Queen's"), an
 * optional comma and a number sign ("n. 6", "nº 51"), then the house number. The type word is
 * no proof (a "Via Roma" may be a station, a "Rua Augusta" a shop's name): the block must go on
 * to a postcode (four digits or more after the house number) within the tail, or nothing is
 * taken. nw_addr5_after_number() and nw_addr5_part() are the tail's hooks: a house letter or
 * an Argentine or Spanish floor and door after the number ("18 b", "13 7º \"B\"", "51 5-1"),
 * and the parts after a comma ("r/c", "casa 2", "Dto. D", "S2000 Rosario"). Nothing here
 * allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* Street types written before the name in the pack's Romance locales and Belgium (folded; "av",
 * "bv" with their dot). English and German types come after the name and are names_places.c's. */
static const char *const types[] = {
    "rua",    "alameda",  "travessa",  "largo",    "avenida",  "av",       "avda",
    "bv",     "bvar",     "boulevard", "bulevar",  "calzada",  "calle",    "via",
    "viale",  "corso",    "piazza",    "piazzale", "vicolo",   "rue",      "avenue",
    "chemin", "steenweg", "praça",     "estrada",  "paseo",    "plaza",    "carrer",
    "camino", "ronda",    "gran",      "quai",     "chaussée", "chaussee", "am"};

/* A number sign before the house number: "n. 6", "nº 51", "n.º 7", "No. 5", "Nr. 3". Where the
 * number starts, or k. */
static size_t number_sign(const struct sc *s, size_t k)
{
    const uint8_t *t = s->t;
    size_t q = k;
    if (q < s->len && (t[q] == 'n' || t[q] == 'N')) {
        q++;
        if (q < s->len && (t[q] == 'o' || t[q] == 'r'))
            q++;
        if (q < s->len && t[q] == '.')
            q++;
        if (q + 1 < s->len && t[q] == 0xC2 && (t[q + 1] == 0xBA || t[q + 1] == 0xB0))
            q += 2;
        if (q > k + 1 && q + 1 < s->len && t[q] == ' ' && is_digit(t[q + 1]))
            return q + 1;
    }
    return k;
}

/* Is there a postcode (a run of four digits or more) in t[a .. b)? */
static int has_postcode(const struct sc *s, size_t a, size_t b)
{
    size_t run = 0;
    for (size_t k = a; k < b; k++) {
        if (is_digit(s->t[k])) {
            if (++run >= 4)
                return 1;
        } else
            run = 0;
    }
    return 0;
}

/* A house number at k and the tail after it, taken only when a postcode follows: the block's
 * end, or 0. */
static size_t number_then_postcode(const struct sc *s, size_t k)
{
    if (k >= s->len || !is_digit(s->t[k]))
        return 0;
    size_t he = nw_house_number(s, k);
    if (!he)
        return 0;
    size_t e = nw_addr_tail(s, he);
    return e > he && has_postcode(s, he, e) ? e : 0;
}

/* A street in capitals whose name ends in its type, then its number: "SCHOOLSTRAAT 23-II",
 * "ROSENWEG 19 B" (names_places.c reads these only in mixed case). Its end, or 0. */
static size_t caps_suffix_street(const struct sc *s, const struct word *w)
{
    static const char *const sfx[] = {"straat", "strasse", "straße", "weg",    "laan",
                                      "gasse",  "platz",   "allee",  "gracht", "kade"};
    const uint8_t *t = s->t;
    if (w->e + 2 >= s->len || t[w->e] != ' ' || !is_digit(t[w->e + 1]))
        return 0;
    char buf[32];
    const char *f = nw_fold_span(s, w->s, w->e, buf, sizeof buf);
    size_t fl = strlen(f);
    for (size_t k = 0; k < sizeof sfx / sizeof sfx[0]; k++) {
        size_t sl = strlen(sfx[k]);
        if (fl >= sl + 3 && memcmp(f + fl - sl, sfx[k], sl) == 0)
            return number_then_postcode(s, w->e + 1);
    }
    return 0;
}

size_t nw_addr5_street(const struct sc *s, const struct word *w)
{
    const uint8_t *t = s->t;
    size_t wl = w->e - w->s;
    if (w->shape == SH_CAPS && wl >= 6) {
        size_t e = caps_suffix_street(s, w);
        if (e)
            return e;
    }
    if (wl < 2 || wl > 9)
        return 0;
    size_t k = w->e;
    if (k < s->len && t[k] == '.')
        k++;
    if (k + 2 >= s->len || t[k] != ' ')
        return 0;
    /* a capital, a digit or a particle ("de", "do", "op", "la") after the type; and the type's
     * first two letters: most capitalised words leave here unfolded */
    uint8_t n0 = t[k + 1];
    if (n0 >= 'a' && n0 <= 'z' && n0 != 'd' && n0 != 'o' && n0 != 'l')
        return 0;
    char buf[16];
    const char *f = nw_fold_span(s, w->s, w->e, buf, sizeof buf);
    if (!NW_ONE_OF(f, types))
        return 0;
    if (k > w->e && strcmp(f, "av") != 0 && strcmp(f, "avda") != 0 && strcmp(f, "bv") != 0 &&
        strcmp(f, "bvar") != 0)
        return 0; /* only the abbreviations take a dot */
    k++;
    size_t names = 0, last = 0;
    for (int tok = 0; tok < 8 && k < s->len; tok++) {
        if (nw_upper(t + k, s->len - k)) {
            struct word x;
            nw_parse_word(s, k, &x);
            if (x.shape != SH_NAME && x.shape != SH_CAPS && x.shape != SH_INITIAL)
                break;
            size_t e = x.e;
            if (e < s->len && t[e] == '.' && x.shape != SH_INITIAL && e - k <= 4)
                e++; /* a title in the name: "Rua Dr. António José de Almeida" */
            if (e + 1 < s->len && t[e] == '\'' && t[e + 1] == '\'')
                e++; /* an SQL literal's doubled quote: "King''s" */
            if (e + 1 < s->len && t[e] == '\'' && (t[e + 1] == 's' || t[e + 1] == 'S'))
                e += 2; /* "Queen's" */
            if (e < s->len && is_alnum(t[e]))
                break;
            if (f[0] == 'g' && names == 0) { /* "Gran Vía" only */
                char b2[8];
                const char *g = nw_fold_span(s, k, e, b2, sizeof b2);
                if (strcmp(g, "vía") != 0 && strcmp(g, "via") != 0)
                    return 0;
            }
            names++;
            last = e;
            k = e;
        } else {
            size_t e = k;
            while (e < s->len && e - k < 6 && t[e] >= 'a' && t[e] <= 'z')
                e++;
            char pb[8];
            const char *p = nw_fold_span(s, k, e, pb, sizeof pb);
            if (e == k || e >= s->len || t[e] != ' ' || !(nw_particle(p) || strcmp(p, "op") == 0))
                break; /* "Steenweg op Gent" */
            k = e;
        }
        if (k + 1 < s->len && t[k] == ' ' && !is_digit(t[k + 1]))
            k++;
        else
            break;
    }
    if (!names || !last)
        return 0;
    k = last;
    if (k < s->len && t[k] == ',')
        k++;
    if (k + 1 >= s->len || t[k] != ' ')
        return 0;
    return number_then_postcode(s, number_sign(s, k + 1));
}

size_t nw_addr5_after_number(const struct sc *s, size_t end)
{
    const uint8_t *t = s->t;
    if (end == 0 || end + 2 >= s->len || t[end] != ' ' || !is_digit(t[end - 1]))
        return end;
    size_t k = end + 1;
    if (t[k] >= 'a' && t[k] <= 'z' && (k + 1 >= s->len || t[k + 1] == ',' || t[k + 1] == '\n'))
        return k + 1; /* a house letter: "Am Markt 18 b, DE-20095 Hamburg" */
    size_t d = k;
    while (d < s->len && d - k < 2 && is_digit(t[d]))
        d++;
    if (d == k)
        return end;
    if (d + 2 < s->len && t[d] == '-' && is_digit(t[d + 1])) { /* Spanish "nº 51 5-1" */
        size_t q = d + 1;
        while (q < s->len && q - d <= 2 && is_digit(t[q]))
            q++;
        if (q - d <= 2 && (q >= s->len || t[q] == ','))
            return q;
        return end;
    }
    if (d + 1 < s->len && t[d] == 0xC2 && (t[d + 1] == 0xBA || t[d + 1] == 0xAA)) {
        size_t q = d + 2; /* Argentina: "Av. Corrientes 13 7º \"B\"" */
        if (q + 3 < s->len && t[q] == ' ' && t[q + 1] == '"' && is_alnum(t[q + 2]) &&
            t[q + 3] == '"')
            return q + 4;
        if (q + 2 < s->len && t[q] == ' ' && is_up(t[q + 1]) && !is_alnum(t[q + 2]))
            return q + 2;
        if (q >= s->len || t[q] == ',')
            return q;
    }
    return end;
}

size_t nw_addr5_part(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    if (i + 3 > s->len)
        return 0;
    if ((t[i] | 32) == 'r' && t[i + 1] == '/' && (t[i + 2] | 32) == 'c' &&
        (i + 3 == s->len || !is_alnum(t[i + 3])))
        return i + 3; /* Portugal: "r/c", the ground floor */
    if (is_up(t[i]) && i + 6 < s->len && is_digit(t[i + 1]) && is_digit(t[i + 2]) &&
        is_digit(t[i + 3]) && is_digit(t[i + 4]) && t[i + 5] == ' ' &&
        nw_upper(t + i + 6, s->len - i - 6)) { /* Argentina: "S2000 Rosario", "B1900 La Plata" */
        size_t nc, ce = nw_cap_words(s, i + 6, 3, &nc);
        return ce ? nw_town_rest(s, ce) : 0;
    }
    /* the first two letters of the words below: most parts leave here unfolded */
    uint8_t c0 = t[i] | 32, c1 = t[i + 1] | 32;
    if (!((c0 == 'c' && c1 == 'a') || (c0 == 'b' && c1 == 'l') || (c0 == 'l' && c1 == 'o') ||
          (c0 == 'd' && c1 == 't') || (c0 == 'p' && (c1 == 't' || c1 == 'u')) ||
          (c0 == 'e' && c1 == 's')))
        return 0;
    size_t we;
    char buf[8];
    const char *w = nw_word_after(s, i, &we, buf, sizeof buf);
    size_t j = we;
    if (strcmp(w, "casa") == 0 || strcmp(w, "bloco") == 0 || strcmp(w, "lote") == 0 ||
        strcmp(w, "loja") == 0)
        ; /* Brazil: "casa 2", "bloco B" */
    else if ((strcmp(w, "dto") == 0 || strcmp(w, "pta") == 0 || strcmp(w, "esc") == 0 ||
              strcmp(w, "puerta") == 0) &&
             j < s->len && (t[j] == '.' || t[j] == ' '))
        j += t[j] == '.'; /* Argentina and Spain: "Piso 8 Dto. D", "Esc. B" */
    else
        return 0;
    if (j + 1 >= s->len || t[j] != ' ' || !is_alnum(t[j + 1]))
        return 0;
    size_t k = j + 1;
    while (k < s->len && k - j <= 4 && is_alnum(t[k]))
        k++;
    if (k - j > 4 || (!is_digit(t[j + 1]) && k - j > 2))
        return 0; /* a number or one letter: not "casa nova" */
    return k;
}
