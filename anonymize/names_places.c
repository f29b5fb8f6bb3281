/* names_places.c: the NAMES pack's street addresses, called by the pass in names.c at
 * capitalised words and at digit runs that start a word (dates of birth: names_dates.c).
 *
 * An address is a house number, a street name and a street type in the order each locale writes
 * them ("12 Baker Street", "5 rue d'Orsel", "Via Roma 10", "Hauptstraße 5", "Keizersgracht 123"),
 * with the unit, postcode, city and country lines that follow it (names_postal.c). Nothing here
 * allocates.
 */
#include "anonymize/names_internal.h"

#include <pthread.h>
#include <string.h>

/* ---- addresses ------------------------------------------------------------------------------ */

/* (with their lengths: the loops below ask for them at most capitalised words) */
/* clang-format off */
#define SFX(w) {w, sizeof w - 1}
/* clang-format on */
static const struct {
    const char *w;
    size_t n;
} suffixes[] = {SFX("allee"),   SFX("chaussee"), SFX("damm"),   SFX("dijk"),   SFX("dreef"),
                SFX("gade"),    SFX("gasse"),    SFX("gatan"),  SFX("gracht"), SFX("kade"),
                SFX("katu"),    SFX("laan"),     SFX("markt"),  SFX("pad"),    SFX("plein"),
                SFX("platz"),   SFX("ring"),     SFX("singel"), SFX("steeg"),  SFX("straat"),
                SFX("strasse"), SFX("straße"),   SFX("str"),    SFX("tie"),    SFX("ufer"),
                SFX("vägen"),   SFX("veien"),    SFX("vej"),    SFX("weg"),    SFX("gata"),
                SFX("gaten"),   SFX("vegen"),    SFX("veg"),    SFX("baan"),   SFX("kuja")};
#undef SFX

/* The suffixes by their last byte: bit k of sfx_last[c] is set when suffixes[k] ends in c (34
 * entries, fewer than 64), so a word reads only those that can match, in the table's order. */
static uint64_t sfx_last[256];
static pthread_once_t sfx_once = PTHREAD_ONCE_INIT;

static void sfx_index(void)
{
    for (size_t k = 0; k < sizeof suffixes / sizeof suffixes[0]; k++)
        sfx_last[(uint8_t)suffixes[k].w[suffixes[k].n - 1]] |= (uint64_t)1 << k;
}

static uint64_t sfx_ending(uint8_t last)
{
    pthread_once(&sfx_once, sfx_index);
    return sfx_last[last];
}
_Static_assert(sizeof suffixes / sizeof suffixes[0] <= 64, "sfx_last holds a bit per suffix");

/* A house number at i: 1-5 digits, an optional letter or range ("12a", "3-5", "10 bis").
 * Returns its end, or 0. */
static size_t house_number(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    size_t j = i;
    while (j < s->len && is_digit(t[j]) && j - i < 6)
        j++;
    if (j == i || j - i > 5 || (j < s->len && is_digit(t[j])))
        return 0;
    if (j + 1 < s->len && t[j] == '-' && is_digit(t[j + 1]) && j - i < 4) { /* not 1991-1998 */
        j++;
        while (j < s->len && is_digit(t[j]))
            j++;
    }
    if (j < s->len && (t[j] | 32) >= 'a' && (t[j] | 32) <= 'z' &&
        (j + 1 >= s->len || !is_alnum(t[j + 1])))
        j++;
    else if (j + 1 < s->len && t[j] >= 'a' && t[j] <= 'z' && t[j + 1] >= 'a' && t[j + 1] <= 'z' &&
             (j + 2 >= s->len || !is_alnum(t[j + 2])))
        j += 2; /* "227hs" */
    if (j + 2 < s->len && t[j] == '-' && (t[j + 1] == 'I' || t[j + 1] == 'V')) {
        size_t q = j + 1; /* a Dutch floor after the number: "174-III", "12-IV" */
        while (q < s->len && q - j <= 4 && (t[q] == 'I' || t[q] == 'V'))
            q++;
        if (q - j <= 4 && (q >= s->len || !is_alnum(t[q])))
            j = q;
    }
    if (j + 4 <= s->len && t[j] == ' ' &&
        (memcmp(t + j + 1, "bis", 3) == 0 || memcmp(t + j + 1, "ter", 3) == 0) &&
        (j + 4 == s->len || t[j + 4] == ',' || t[j + 4] == '\n'))
        j += 4; /* "Zuiderkade 191 bis, 1012 AB Amsterdam" */
    if (j + 2 < s->len && t[j] == '/' && j - i <= 4 && is_digit(t[j + 1])) {
        size_t q = j + 1; /* Australian "unit/number": "6/148 George St" */
        while (q < s->len && q - j <= 6 && is_digit(t[q]))
            q++;
        if (q - j >= 4 && q - j <= 6 && q + 1 < s->len && t[q] == ' ' &&
            nw_upper(t + q + 1, s->len - q - 1))
            j = q;
    }
    /* "139/B", "12/3/14": the staircase, floor and door after a slash; "130/Stiege 2/Tür 9" */
    for (int k = 0; k < 3 && j + 1 < s->len && t[j] == '/' && is_alnum(t[j + 1]); k++) {
        size_t q = j + 1, su = is_up(t[q]) ? nw_slash_unit(s, j) : 0;
        if (su) { /* names_streetpost.c */
            j = su;
            continue;
        }
        while (q < s->len && q - j <= 3 && is_alnum(t[q]))
            q++;
        if (q - j > 3 || (q < s->len && is_alnum(t[q])))
            break;
        j = q;
    }
    if (j < s->len && (is_alnum(t[j]) || t[j] == '.' || t[j] == ':' || t[j] == '/') &&
        !(t[j] == '.' && (j + 1 >= s->len || !is_alnum(t[j + 1]))))
        return 0;
    return j;
}

/* Does the folded word f end in a street suffix, after at least three letters of its own (or
 * is it one of four letters or more, with bare set: "Grote Baan", "Alter Markt")? */
static int street_suffix(const char *f, int bare)
{
    size_t fl = strlen(f);
    if (!fl)
        return 0;
    for (uint64_t m = sfx_ending((uint8_t)f[fl - 1]); m; m &= m - 1) {
        size_t k = (size_t)__builtin_ctzll(m), sl = suffixes[k].n; /* ends in f's last byte */
        if ((fl >= sl + 3 || (bare && fl == sl && sl >= 4)) &&
            memcmp(f + fl - sl, suffixes[k].w, sl) == 0)
            return 1;
    }
    return 0;
}

int nw_street_suffix(const char *f)
{
    return street_suffix(f, 0);
}

/* Capitalised words from i (at most max): a street or city name. Returns the end of the last
 * word, or 0; *count gets the number of words. Particles ("de la", "d'") may join them. */
size_t nw_cap_words(const struct sc *s, size_t i, size_t max, size_t *count)
{
    const uint8_t *t = s->t;
    size_t end = 0, n = 0;
    while (n < max && i < s->len) {
        if (nw_upper(t + i, s->len - i)) {
            struct word w;
            nw_parse_word(s, i, &w);
            if ((w.shape != SH_NAME && w.shape != SH_CAPS && w.shape != SH_INITIAL) ||
                (w.e < s->len && is_alnum(t[w.e])))
                break; /* "NW1" is a postcode, not a word of the name */
            end = w.e;
            n++;
            i = w.e;
        } else {
            size_t e = i;
            while (e < s->len && e - i < 6 && ((t[e] >= 'a' && t[e] <= 'z') || t[e] == '\''))
                e++;
            char buf[8];
            const char *p = nw_fold_span(s, i, e, buf, sizeof buf);
            if (e > i && t[e - 1] == '\'' && (strcmp(p, "d'") == 0 || strcmp(p, "l'") == 0)) {
                i = e; /* "d'Orsel" */
                continue;
            }
            if (e > i && t[i] == '\'' && end == i &&
                (strcmp(p, "'s") == 0 || strcmp(p, "''s") == 0)) {
                end = i = e; /* a possessive: "27 King's Road", SQL's "King''s" (addr5) */
            } else if (e == i || !nw_particle(p))
                break;
            else
                i = e;
        }
        if (i < s->len && t[i] == ' ')
            i++;
        else if (!(i < s->len && (t[i] == '\'' || nw_upper(t + i, s->len - i))))
            break;
    }
    *count = n;
    return end;
}

/* A lower-case street type before the name, the name and a house number, after a house number,
 * at j: "46 via raffaele conforti 74", "23 rúa do paseo 11" (a text written all in lower case),
 * "46 via Raffaele Conforti 74" (the name capitalised, as the lower-case copy of names_lower.c
 * also writes it). Each word of the name is a particle or no ordinary English word ("3 via the api
 * 2" is not one). Its end, or 0. */
static size_t lower_first_type(const struct sc *s, size_t j)
{
    const uint8_t *t = s->t;
    if (!nw_may_be(t + j, s->len - j, C_FIRST))
        return 0;
    size_t we;
    char buf[16];
    const char *ty = nw_word_after(s, j, &we, buf, sizeof buf);
    if (!(nw_cats(ty) & C_FIRST) || strcmp(ty, "avenue") == 0 || strcmp(ty, "boulevard") == 0 ||
        strcmp(ty, "plaza") == 0 || strcmp(ty, "am") == 0 || we + 2 >= s->len || t[we] != ' ')
        return 0;
    size_t i = we + 1, words = 0;
    while (words < 5 && i < s->len && !is_digit(t[i])) {
        size_t e = i + (is_up(t[i]) && words < 4); /* "46 via Raffaele Conforti 74" too */
        while (e < s->len && e - i < 24 && (t[e] >= 0x80 || (t[e] >= 'a' && t[e] <= 'z')))
            e++;
        if (e == i || e + 1 >= s->len || t[e] != ' ')
            return 0;
        char wb[24];
        if (!nw_particle(nw_fold_span(s, i, e, wb, sizeof wb))) {
            if (anon_names_lexicon((const char *)t + i, e - i) & ANON_NL_COMMON_EN)
                return 0;
            words++;
        }
        i = e + 1;
    }
    if (!words || i >= s->len || !is_digit(t[i]))
        return 0;
    size_t hn = house_number(s, i);
    return hn ? nw_addr_tail(s, hn) : 0;
}

/* A street written in lower case after a house number, at j: one word with a street suffix and
 * its number ("42 machelsesteenweg 197", "16 salontie 6"), or a word that is no ordinary English
 * word and a street type ("97 guildry street"); not "2 way street", "3 substring 4". */
static size_t lower_street(const struct sc *s, size_t j)
{
    static const char *const types[] = {"street", "avenue", "road", "boulevard", "lane", "drive"};
    const uint8_t *t = s->t;
    size_t e = j;
    while (e < s->len && e - j < 32 && (t[e] >= 0x80 || (t[e] >= 'a' && t[e] <= 'z')))
        e++;
    if (e - j < 4 || e + 2 >= s->len || t[e] != ' ' ||
        !(is_digit(t[e + 1]) || t[e + 1] == 's' || t[e + 1] == 'a' || t[e + 1] == 'r' ||
          t[e + 1] == 'b' || t[e + 1] == 'l' || t[e + 1] == 'd'))
        return 0;
    char buf[40];
    const char *f = nw_fold_span(s, j, e, buf, sizeof buf);
    size_t fl = strlen(f), end = 0;
    if (is_digit(t[e + 1])) {
        if (street_suffix(f, 0) && strcmp(f + fl - 3, "str") != 0 &&
            strcmp(f + fl - 4, "ring") != 0) /* a suffix means at least six bytes */
            end = house_number(s, e + 1);
    } else { /* a type: the check above had its first letter */
        size_t we;
        char tb[16];
        const char *ty = nw_word_after(s, e, &we, tb, sizeof tb);
        if (NW_ONE_OF(ty, types) && (we >= s->len || !is_alnum(t[we])))
            end = we;
    }
    if (!end || (anon_names_lexicon((const char *)t + j, e - j) & ANON_NL_COMMON_EN))
        return 0;
    return nw_addr_tail(s, end);
}

static size_t number_first(const struct sc *s, size_t j);

size_t nw_addr_number_first(const struct sc *s, size_t i)
{
    size_t j = house_number(s, i), e = j ? number_first(s, j) : 0;
    e = e || !j ? e : nw_addr_untyped_postcode(s, j); /* names_streetpost.c */
    if (!e && j && j < s->len && s->t[j] == '-')
        e = nw_addr_chome(s, i);          /* "1-2-3 Shibuya": names_streetpost.c */
    if (e && nw_scan52_film_number(s, i)) /* "ROLL 12 FRAME 44": names_scan52.c */
        return 0;
    return e && nw_venue_number(s, i) ? 0 : e; /* "Zimmer 12, Halle 4": names_venues.c */
}

/* The street after a house number that ends at j. */
static size_t number_first(const struct sc *s, size_t j)
{
    const uint8_t *t = s->t;
    size_t j0 = j;
    int comma = j < s->len && t[j] == ',';
    j += comma;
    if (j + 2 >= s->len || t[j] != ' ')
        return 0;
    j++;
    char buf[16];
    size_t we;
    (void)comma; /* "12, rue ..." and "12, Baker Street" alike */
    size_t pb = t[j] == 'P' ? nw_addr_pobox(s, j) : 0;
    if (pb) /* "45818 P.O. Box 242": a postcode before the box */
        return pb;
    if (t[j] == 'B' && j + 4 < s->len && memcmp(t + j, "Box ", 4) == 0)
        return nw_addr_route_box(s, j); /* "RR 2 Box 36 · Millbrook": names_streetpost.c */
    if (t[j] >= 'a' && t[j] <= 'z') {   /* "5 rue d'Orsel", "10 bis rue ..." */
        size_t ls = lower_street(s, j);
        if (!ls)
            ls = lower_first_type(s, j);
        if (ls)
            return ls;
        if (t[j] != 'b' && t[j] != 't' && !nw_may_be(t + j, s->len - j, C_FR))
            return 0;
        const char *w = nw_word_after(s, j, &we, buf, sizeof buf);
        if (strcmp(w, "bis") == 0 || strcmp(w, "ter") == 0) {
            if (we >= s->len || t[we] != ' ')
                return 0;
            w = nw_word_after(s, we + 1, &we, buf, sizeof buf);
        }
        if (!(nw_cats(w) & C_FR))
            return 0;
        if (strcmp(w, "rond") == 0) { /* only in "rond-point" */
            if (we + 7 > s->len || memcmp(t + we, "-point ", 7) != 0)
                return 0;
            we += 6;
        }
        if (we < s->len && t[we] == '.')
            we++;
        if (we >= s->len || t[we] != ' ')
            return 0;
        size_t n, e = nw_cap_words(s, we + 1, 5, &n);
        if (e && e + 2 <= s->len && t[e] == ' ' && strchr("NSEO", t[e + 1]) &&
            (e + 2 == s->len || !is_alnum(t[e + 2])))
            e += 2; /* "rue Sainte-Catherine O" */
        return e ? nw_addr_tail(s, e) : 0;
    }
    /* "110 Rue du Koweit", "64 Via Cappuccini" */
    if (nw_upper(t + j, s->len - j)) {
        size_t e = j;
        while (e < s->len && e - j < 10 && nw_letter(t + e, s->len - e))
            e += nw_letter(t + e, s->len - e);
        const char *w = nw_fold_span(s, j, e, buf, sizeof buf);
        if ((nw_cats(w) & (C_FIRST | C_FR)) && e + 1 < s->len && t[e] == ' ') {
            size_t n, ce = nw_cap_words(s, e + 1, 5, &n);
            if (ce) {
                size_t hn = ce + 1 < s->len && t[ce] == ' ' ? house_number(s, ce + 1) : 0;
                return nw_addr_tail(s, hn ? hn : ce);
            }
        }
    }
    /* "12 Baker Street", "1600 Pennsylvania Ave NW", "221B Baker St." */
    size_t k = j, words = 0;
    int plain = 0; /* an ordinary word or a month: no "number, street, number" then */
    while (words < 5 && k < s->len) {
        size_t ws = k;
        if (is_digit(t[k])) { /* "5th Avenue" */
            size_t hn = words && !plain && !nw_venue_number(s, k) ? house_number(s, k) : 0;
            if (hn && !nw_scan52_not_nsn(s, j0, hn) &&
                (hn == s->len || strchr(",\n\r", t[hn]) ||
                 (t[hn] == ' ' && hn + 1 < s->len && nw_upper(t + hn + 1, s->len - hn - 1))))
                return nw_addr_tail(s, hn); /* "96 Salontie 19": a number, a street, a number */
            while (k < s->len && is_digit(t[k]))
                k++;
            if (k + 2 > s->len || !strchr("snrt", t[k]))
                return 0;
            k += 2;
        } else if (words && t[k] >= 'a' && t[k] <= 'z') { /* "Republica de Chile 8305" */
            size_t e = k;
            while (e < s->len && e - k < 6 && t[e] >= 'a' && t[e] <= 'z')
                e++;
            char pt[8];
            if (e >= s->len || t[e] != ' ' || !nw_particle(nw_fold_span(s, k, e, pt, sizeof pt)))
                return 0;
            k = e + 1;
            continue; /* a particle is no word of its own */
        } else if (strchr("NSEW", t[k]) &&
                   (k + 1 >= s->len || t[k + 1] == ' ' || t[k + 1] == '.' ||
                    (strchr("EW", t[k + 1]) && (k + 2 >= s->len || t[k + 2] == ' ')))) {
            /* "N Main St", "572 W 72nd St": English, so no "number, street, number" */
            k += k + 1 < s->len && strchr("EW", t[k + 1]) ? 2 : 1;
            if (k < s->len && t[k] == '.')
                k++;
            plain = 1;
        } else if (nw_upper(t + k, s->len - k)) {
            struct word w;
            nw_parse_word(s, k, &w);
            if (w.shape != SH_NAME && w.shape != SH_CAPS && w.shape != SH_INITIAL)
                return 0;
            k = w.e;
            if (k + 2 < s->len && t[k] == '\'' && t[k + 1] == '\'')
                k++; /* SQL's doubled quote: "King''s Road" (addr5) */
            if (k + 2 < s->len && t[k] == '\'' && t[k + 1] == 's' && t[k + 2] == ' ')
                k += 2; /* a possessive: "27 King's Road", "Queen's Drive" */
            else if (k > w.e)
                return 0;
            char mb[16];
            if ((w.shape == SH_CAPS && w.e - w.s < 4) ||
                ((w.lex & ANON_NL_COMMON_EN) && !nw_lexname(w.lex)) ||
                nw_month(nw_fold_span(s, w.s, w.e, mb, sizeof mb)))
                plain = 1;
        } else {
            return 0;
        }
        words++;
        const char *f = nw_fold_span(s, ws, k, buf, sizeof buf);
        size_t fl = strlen(f);
        if (fl && f[fl - 1] == '.')
            buf[fl - 1] = '\0';
        size_t te;
        char tb[16];
        if (words >= 2 && ((nw_cats(buf) & C_EN) || strcmp(buf, "rue") == 0) && /* "Grande Rue" */
            !(words < 4 && k + 1 < s->len && t[k] == ' ' && nw_upper(t + k + 1, s->len - k - 1) &&
              (nw_cats(nw_word_after(s, k, &te, tb, sizeof tb)) & C_EN) &&
              (te >= s->len || !is_alnum(t[te])))) { /* not yet: "Willow Creek St" */
            if (k < s->len && t[k] == '.')
                k++;
            /* a direction after the type: "Ave NW" */
            if (k + 2 < s->len && t[k] == ' ' && strchr("NSEW", t[k + 1])) {
                size_t d = k + 2;
                if (d < s->len && strchr("EW", t[d]))
                    d++;
                if (d >= s->len || !is_alnum(t[d]))
                    k = d;
            }
            return nw_addr_tail(s, k);
        }
        if (k + 1 < s->len && t[k] == '.' && t[k + 1] == ' ' && k - ws <= 3)
            k++; /* "1819 St. John Street" */
        if (k >= s->len || t[k] != ' ')
            return 0;
        k++;
    }
    return 0;
}

/* An address that starts with the capitalised word w: "Via Roma 10", "Calle Mayor, 3",
 * "Hauptstraße 5", "Berliner Straße 12", "Keizersgracht 123". Returns its end or 0. */
/* After the name words ending at ne: a lower-case street type and a house number ("Erzsébet
 * tér 19.", "Kálmán Imre u. 12."). Returns the address's end, or 0. */
static size_t lower_type_after(const struct sc *s, size_t ne)
{
    const uint8_t *t = s->t;
    if (ne + 1 < s->len && t[ne] == ' ' && nw_upper(t + ne + 1, s->len - ne - 1)) {
        size_t n, ce = nw_cap_words(s, ne + 1, 2, &n);
        if (ce)
            ne = ce;
    }
    if (ne + 1 >= s->len || t[ne] != ' ' || !(t[ne + 1] >= 'a' && t[ne + 1] <= 'z') ||
        !nw_may_be(t + ne + 1, s->len - ne - 1, C_LOWER))
        return 0;
    size_t we;
    char buf[16];
    const char *lt = nw_word_after(s, ne, &we, buf, sizeof buf);
    if (!(nw_cats(lt) & C_LOWER))
        return 0;
    int gate = strcmp(lt, "gate") == 0; /* Norwegian, and English: "Heathrow gate 5" */
    if (we < s->len && t[we] == '.')
        we++;
    if (we + 1 >= s->len || t[we] != ' ' || !is_digit(t[we + 1]))
        return 0;
    size_t hn = house_number(s, we + 1);
    if (!hn)
        return 0;
    if (hn < s->len && t[hn] == '.' && (hn + 1 >= s->len || !is_alnum(t[hn + 1])))
        hn++; /* "19." */
    size_t e = nw_addr_tail(s, hn);
    if (gate) { /* "Karl Johans gate 22, 0159 Oslo": only with a postcode after it */
        size_t d = hn;
        while (d < e && !is_digit(t[d]))
            d++;
        return d < e ? e : 0;
    }
    return e;
}

/* A street type written in lower case before the capitalised name at i, with up to two
 * particles between: "abito in via Roma 10", "en calle de Alcalá 5", "rua da Prata 10" (Italian,
 * Spanish and Portuguese write the type in lower case). Where the type starts, or 0. "via" is
 * also an English word ("pushed via Docker 24", "via Route 66"): it counts only after an Italian
 * preposition or verb, a label's colon or a line start. */
static size_t lower_type_before(const struct sc *s, size_t i)
{
    static const char *const types[] = {
        "via",       "viale",     "piazza",   "piazzale", "corso",       "largo",    "vicolo",
        "strada",    "lungomare", "calle",    "avenida",  "paseo",       "camino",   "carrer",
        "carretera", "plaza",     "ronda",    "rambla",   "passeig",     "avinguda", "calzada",
        "carrera",   "rua",       "travessa", "estrada",  "pra\303\247a"};
    static const char *const before_via[] = {
        "in",     "a",           "di",          "della",     "nella", "alla",      "sulla", "dalla",
        "presso", "abito",       "vivo",        "abita",     "vive",  "residente", "sede",  "sita",
        "sito",   "domiciliato", "domiciliata", "indirizzo", "e",     "ed"};
    const uint8_t *t = s->t;
    size_t b = i;
    char buf[16];
    for (int k = 0; k < 3; k++) {
        if (b < 2 || t[b - 1] != ' ')
            return 0;
        size_t e = b - 1, a = e;
        while (a > 0 && e - a < 12 && (t[a - 1] >= 0x80 || (t[a - 1] >= 'a' && t[a - 1] <= 'z')))
            a--;
        if (a == e || (a > 0 && is_alnum(t[a - 1])))
            return 0;
        const char *f = nw_fold_span(s, a, e, buf, sizeof buf);
        if (NW_ONE_OF(f, types)) {
            if (strcmp(f, "via") != 0 || a == 0 || t[a - 1] == '\n' ||
                (a >= 2 && t[a - 1] == ' ' && (t[a - 2] == ':' || t[a - 2] == '\n')))
                return a;
            size_t pe = a - 1, pa = pe;
            while (pa > 0 && pe - pa < 12 && t[pa - 1] >= 'a' && t[pa - 1] <= 'z')
                pa--;
            return t[pe] == ' ' && pa < pe && (pa == 0 || !is_alnum(t[pa - 1])) &&
                           NW_ONE_OF(nw_fold_span(s, pa, pe, buf, sizeof buf), before_via)
                       ? a
                       : 0;
        }
        if (k == 2 || !nw_particle(f))
            return 0;
        b = a;
    }
    return 0;
}

/* A Polish street type before the name at i: "ul. ", "al. ", "pl. ", "os. " (an estate). */
static int polish_type_before(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    return i >= 4 && t[i - 1] == ' ' && t[i - 2] == '.' &&
           ((t[i - 4] == 'u' && t[i - 3] == 'l') || (t[i - 4] == 'a' && t[i - 3] == 'l') ||
            (t[i - 4] == 'p' && t[i - 3] == 'l') || (t[i - 4] == 'o' && t[i - 3] == 's')) &&
           (i == 4 || !is_alnum(t[i - 5]));
}

/* A street name of several words with a particle whose last word carries a street suffix, at
 * the capitalised word w: "Dirk de Derdelaan 149", "Jan van Galenstraat 4". Its end, or 0. */
static size_t particle_street(const struct sc *s, const struct word *w)
{
    const uint8_t *t = s->t;
    size_t n, e = nw_cap_words(s, w->s, 5, &n);
    if (n < 2 || e + 1 >= s->len || t[e] != ' ' || !is_digit(t[e + 1]))
        return 0;
    size_t b = e;
    while (b > w->s && t[b - 1] != ' ')
        b--;
    char buf[48];
    if (!street_suffix(nw_fold_span(s, b, e, buf, sizeof buf), 0))
        return 0;
    size_t hn = house_number(s, e + 1);
    return hn ? nw_addr_tail(s, hn) : 0;
}

/* A street named without a house number where the words before it say it is one: "lives on
 * Boyle Street" (not "on Main Street", an ordinary word), "the corner of Elm St and Inna Loop",
 * "at the corner of Kuusiku 7 and ...". At the capitalised word w: its end, or 0. */
static size_t named_street(const struct sc *s, const struct word *w)
{
    const uint8_t *t = s->t;
    size_t b = w->s;
    int corner = 0;
    if (b < 3 || t[b - 1] != ' ')
        return 0;
    if (b >= 10 && memcmp(t + b - 10, "corner of ", 10) == 0) {
        corner = 1;
    } else if ((b >= 4 && memcmp(t + b - 4, "and ", 4) == 0) || memcmp(t + b - 2, "& ", 2) == 0) {
        for (size_t q = b > 72 ? b - 72 : 0; q + 10 <= b; q++) {
            if (t[q] == '\n')
                corner = 0;
            else if (memcmp(t + q, "corner of ", 10) == 0)
                corner = 1;
        }
        if (!corner)
            return 0;
    } else if (!(memcmp(t + b - 3, "on ", 3) == 0 && (b == 3 || !is_alnum(t[b - 4])))) {
        return 0;
    }
    size_t n, e = nw_cap_words(s, b, 4, &n), lb = e;
    if (!e)
        return 0;
    while (lb > b && t[lb - 1] != ' ')
        lb--;
    char buf[16];
    int typed = n >= 2 && (nw_cats(nw_fold_span(s, lb, e, buf, sizeof buf)) & C_EN);
    if (!typed && e + 1 < s->len && t[e] == ' ') {
        size_t we;
        if ((nw_cats(nw_word_after(s, e, &we, buf, sizeof buf)) & C_EN) &&
            (we >= s->len || !is_alnum(t[we])) && nw_upper(t + e + 1, s->len - e - 1))
            e = we, typed = 1;
    }
    if (typed && e < s->len && t[e] == '.')
        e++;
    if (!typed && corner && e + 1 < s->len && t[e] == ' ' && is_digit(t[e + 1])) {
        size_t hn = house_number(s, e + 1);
        return hn ? nw_addr_tail(s, hn) : 0;
    }
    if (!typed)
        return 0;
    char fb[16];
    const char *f = nw_fold_span(s, b, w->e, fb, sizeof fb);
    size_t fl = strlen(f);
    if (!corner && ((anon_names_lexicon((const char *)t + b, w->e - b) & ANON_NL_COMMON_EN) ||
                    nw_month(f) || (fl > 3 && strcmp(f + fl - 3, "day") == 0)))
        return 0; /* "on Main Street", "on Monday Road trip" */
    return e;
}

/* A street with no house number but a postcode after its town: "Queens Gardens, Bath BS8 0YA"
 * (a building's name before it, "Rose Cottage, ", is nw_addr_start's). At w: its end, or 0. */
static size_t unnumbered_street(const struct sc *s, const struct word *w)
{
    const uint8_t *t = s->t;
    size_t lim = w->s + 40 < s->len ? w->s + 40 : s->len;
    const uint8_t *c = lim > w->e ? memchr(t + w->e, ',', lim - w->e) : NULL; /* a long word */
    if (!c)
        return 0;
    size_t e = (size_t)(c - t), lb = e, n;
    while (lb > w->e && t[lb - 1] != ' ')
        lb--;
    char buf[16];
    if (lb == e || !nw_upper(t + lb, e - lb) || !nw_may_be(t + lb, e - lb, C_EN) ||
        !(nw_cats(nw_fold_span(s, lb, e, buf, sizeof buf)) & C_EN) || e + 2 >= s->len ||
        t[e + 1] != ' ' || !nw_upper(t + e + 2, s->len - e - 2) ||
        nw_cap_words(s, w->s, 3, &n) != e || n < 2)
        return 0;
    size_t ce = nw_cap_words(s, e + 2, 3, &n);
    if (!ce || ce + 1 >= s->len || t[ce] != ' ')
        return 0;
    return nw_postcode_at(s, ce + 1);
}

/* The first two bytes of the lower-case street types ("tér", "u.", "vej" ...): a is the first
 * byte of the word after the name, c its second. */
static inline int lower_type_may(uint8_t a, uint8_t c)
{
    switch (a) {
    case 'f':
    case 'g':
        return c == 'a';
    case 'k':
        return c == 'r' || c == 0xC3;
    case 'r':
        return c == 'a' || c == 'k';
    case 's':
        return c == 'o' || c == 0xC3;
    case 't':
        return c == 'e' || c == 0xC3;
    case 'u':
        return c == '.' || c == ' ' || c == 't' || c == 0xC3;
    case 'v':
        return c == 'e';
    default:
        return 0;
    }
}

/* Does "on", "of", "and" or "&" (by its last byte) and a space stand before the word at ws? */
static inline int street_word_before(const uint8_t *t, size_t ws)
{
    uint8_t pc = ws >= 3 ? t[ws - 2] : 0;
    return pc && t[ws - 1] == ' ' && (pc == 'n' || pc == 'f' || pc == 'd' || pc == '&');
}

/* Does the word at ws start as a street type that comes before the name can ("Avenida",
 * "Calle", "Travessa")? strchr("ABCLPRV", t[ws]) as a bit test on capitals, or "Tr". */
static inline int type_letter(const uint8_t *t, size_t ws)
{
    return (t[ws] >= 'A' && t[ws] <= 'Z' && ((0x228807u >> (t[ws] - 'A')) & 1)) ||
           (t[ws] == 'T' && t[ws + 1] == 'r');
}

static size_t word_first(const struct sc *s, const struct word *w)
{
    const uint8_t *t = s->t;
    if (w->e + 1 < s->len && t[w->e] == ' ' && nw_upper(t + w->e + 1, s->len - w->e - 1)) {
        size_t us = unnumbered_street(s, w);
        if (us)
            return us;
    }
    if (street_word_before(t, w->s)) {
        size_t ns = named_street(s, w);
        if (ns)
            return ns;
    }
    if ((t[w->s] == 'A' || t[w->s] == 'C' || t[w->s] == 'B') && w->e + 1 < s->len &&
        t[w->e] == ' ' && (t[w->e + 1] == 'd' || (t[w->e + 1] | 32) == 'p')) {
        /* "Apartado de Correos 410", "Casella Postale 12", "Boîte postale 7" */
        size_t pb = nw_addr_pobox(s, w->s);
        if (pb)
            return pb;
    }
    int lower_next =
        w->e + 2 < s->len && t[w->e] == ' ' && t[w->e + 1] >= 'a' && t[w->e + 1] <= 'z';
    if (lower_next) {
        size_t r = lower_type_may(t[w->e + 1], t[w->e + 2]) ? lower_type_after(s, w->e) : 0;
        if (!r && (t[w->e + 1] == 'd' || t[w->e + 1] == 'v' ||
                   (t[w->e + 1] == 't' && t[w->e + 2] == 'e'))) { /* not "the" */
            size_t pe = w->e + 1;
            while (pe < s->len && pe - w->e <= 4 && t[pe] >= 'a' && t[pe] <= 'z')
                pe++;
            char pb[8];
            if (pe - w->e <= 4 && pe < s->len && t[pe] == ' ' &&
                nw_particle(nw_fold_span(s, w->e + 1, pe, pb, sizeof pb)))
                r = particle_street(s, w); /* "Dirk de Derdelaan 149" */
        }
        /* or a type before the name and a particle: "Avenida de Mayor 111", "Calle la Paz 3" */
        /* strchr("ABCLPRV", t[w->s]) as a bit test on capitals, or "Tr" ("Travessa") */
        if (r || !type_letter(t, w->s) || !nw_may_be(t + w->s, s->len - w->s, C_FIRST))
            return r; /* every type before the name starts with one of these */
    } else if (w->e + 1 >= s->len || t[w->e] != ' ' ||
               !(is_digit(t[w->e + 1]) || nw_upper(t + w->e + 1, s->len - w->e - 1))) {
        /* an address goes on with a number or a capitalised word ("Via Roma", "Berliner
         * Straße") */
        if (!(w->e + 2 < s->len && (t[w->e] == ',' || t[w->e] == '.') && t[w->e + 1] == ' '))
            return 0;
    }
    char buf[48];
    const char *f = nw_fold_span(s, w->s, w->e, buf, sizeof buf);
    size_t fl = strlen(f), name_end = 0, n;
    if (polish_type_before(s, w->s) || lower_type_before(s, w->s)) /* "ul. Chrzanowska 61" */
        name_end = nw_cap_words(s, w->s, 4, &n);
    if (lower_next && !(nw_cats(f) & C_FIRST))
        return 0;
    if (!name_end && (nw_cats(f) & C_FIRST)) {
        size_t i = w->e;
        if (i < s->len && t[i] == '.')
            i++;
        if (i + 1 >= s->len || t[i] != ' ')
            return 0;
        name_end = nw_cap_words(s, i + 1, 5, &n);
        if (!name_end && is_digit(t[i + 1])) /* "Carrera 7 # 71-21": names_streetpost.c */
            return nw_addr_numbered_name(s, i + 1);
    } else if (!name_end) {
        /* only the suffixes that end in the word's last byte are read: most words have none */
        uint8_t last = fl ? (uint8_t)f[fl - 1] : 0;
        uint64_t may_end = last ? sfx_ending(last) : 0;
        for (uint64_t m = may_end; m && !name_end; m &= m - 1) {
            size_t k = (size_t)__builtin_ctzll(m), sl = suffixes[k].n;
            if (fl >= sl + 3 && memcmp(f + fl - sl, suffixes[k].w, sl) == 0)
                name_end = w->e;
            else if (fl == sl && w->s > 0 && strcmp(f, suffixes[k].w) == 0)
                return 0; /* a bare "Straße" is taken with the word before it */
        }
        if (!name_end && w->e + 1 < s->len && t[w->e] == ' ' &&
            nw_upper(t + w->e + 1, s->len - w->e - 1)) {
            struct word x;
            nw_parse_word(s, w->e + 1, &x);
            char b2[48];
            const char *g = nw_fold_span(s, x.s, x.e, b2, sizeof b2);
            /* the first bytes of the six words below */
            int g0 = g[0] == 's' || g[0] == 'w' || g[0] == 'a' || g[0] == 'p' || g[0] == 'g';
            if (x.shape == SH_NAME &&
                ((g0 &&
                  (strcmp(g, "straße") == 0 || strcmp(g, "strasse") == 0 || strcmp(g, "weg") == 0 ||
                   strcmp(g, "allee") == 0 || strcmp(g, "all\303\251") == 0 ||
                   strcmp(g, "platz") == 0 || strcmp(g, "gasse") == 0)) ||
                 street_suffix(g, 1))) /* "Landstraßer Hauptstraße 48", "Grote Baan 477" */
                name_end = x.e;
            else if (x.shape == SH_NAME && g[0] == 's' && strcmp(g, "str") == 0 && x.e < s->len &&
                     t[x.e] == '.')
                name_end = x.e + 1;
        } else if (name_end && name_end < s->len && t[name_end] == '.' && fl > 3 &&
                   memcmp(f + fl - 3, "str", 3) == 0) {
            name_end++;
        }
    }
    if (!name_end) /* "Kálmán Imre u. 12." */
        return t[w->e] == ' ' ? lower_type_after(s, w->e) : 0;
    size_t i = name_end;
    if (i < s->len && t[i] == ',')
        i++;
    if (i >= 2 && i + 1 < s->len && t[i] == '.' && t[i - 2] == 'N' && t[i - 1] == 'o')
        i++; /* cap_words took the "No" of "No. 577" */
    if (i + 2 < s->len && t[i] == ' ' && t[i + 1] == '#')
        i++; /* "Av. Juárez #318", "Av. Juárez No. 577", "Calle Hidalgo Nº 5" */
    else if (i + 5 < s->len && t[i] == ' ' &&
             (memcmp(t + i + 1, "No. ", 4) == 0 || memcmp(t + i + 1, "N\302\272 ", 4) == 0 ||
              memcmp(t + i + 1, "n\302\272 ", 4) == 0))
        i += 4; /* and Portuguese "Rua Garrett, nº 45" */
    if (i + 1 >= s->len || (t[i] != ' ' && t[i] != '#') || !is_digit(t[i + 1]))
        return 0;
    size_t e = house_number(s, i + 1);
    return e ? nw_addr_tail(s, e) : 0;
}

size_t nw_addr_word_first(const struct sc *s, const struct word *w)
{
    const uint8_t *t = s->t;
    size_t e = w->e;
    if (e + 4 < s->len && t[e] == ' ' && t[e + 1] >= 'a' && t[e + 1] <= 'z' && t[e + 2] != ' ' &&
        t[e + 3] != ' ' && t[e + 4] != ' ' && !street_word_before(t, w->s) &&
        !type_letter(t, w->s) && !lower_type_may(t[e + 1], t[e + 2]))
        return 0; /* "The value", "Please summarise" (nspeed4): word_first() would leave at its
                     lower-case branch (no type, and a word of four bytes or more is no particle)
                     and nw_addr_name_postcode() at its first test, after a larger frame */
    size_t r = word_first(s, w); /* or a name and number before a postcode: names_streetpost.c */
    return r ? r : nw_addr_name_postcode(s, w);
}

size_t nw_house_number(const struct sc *s, size_t i)
{
    return house_number(s, i);
}

/* "C/ Velázquez 11": the Spanish "calle" abbreviated, at i (the 'C'). Returns the end or 0. */
size_t nw_addr_calle(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    if (i + 4 >= s->len || t[i + 1] != '/' || t[i + 2] != ' ' ||
        !(nw_upper(t + i + 3, s->len - i - 3) || (t[i + 3] >= 'a' && t[i + 3] <= 'z')))
        return 0; /* "C/ Goya 5", "C/ la Paz 3" */
    size_t n, ne = nw_cap_words(s, i + 3, 5, &n);
    if (!ne || ne + 1 >= s->len)
        return 0;
    size_t k = ne;
    if (t[k] == ',')
        k++;
    if (k + 5 < s->len && t[k] == ' ' && (t[k + 1] | 32) == 'n' && t[k + 2] == 0xC2 &&
        t[k + 3] == 0xBA && t[k + 4] == ' ')
        k += 4; /* "C/ Serrano, nº 51" (addr5) */
    if (k + 1 >= s->len || t[k] != ' ' || !is_digit(t[k + 1]))
        return 0;
    size_t e = house_number(s, k + 1);
    return e ? nw_addr_tail(s, e) : 0;
}

/* An address starting at i may have a building number before it ("96 Hausergasse 59",
 * "07 173 Raycroft Street"). */
static size_t addr_start_number(const struct sc *s, size_t i);

/* A unit part and a comma before an address that starts at i: "Flat 4, ", "Unit 7, ", "Appt
 * 12, ", "Bât. B, ", "3e étage, ". Where it starts, or i. */
static size_t unit_before(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    if (i < 6 || t[i - 1] != ' ' || t[i - 2] != ',')
        return i;
    size_t e = i - 2, b = e;
    while (b > 0 && e - b < 12 && (t[b - 1] >= 0x80 || is_alnum(t[b - 1]) || t[b - 1] == '.'))
        b--;
    if (b == e || b < 2 || t[b - 1] != ' ')
        return i;
    size_t e2 = b - 1, b2 = e2; /* the word before: "Flat 4" or "3e étage" */
    while (b2 > 0 && e2 - b2 < 12 && (t[b2 - 1] >= 0x80 || is_alnum(t[b2 - 1]) || t[b2 - 1] == '.'))
        b2--;
    if (b2 + 3 < e2 && t[b2] == 0xE2 && t[b2 + 1] == 0x80 &&
        (t[b2 + 2] == 0x98 || t[b2 + 2] == 0x99))
        b2 += 3; /* a typographic quote opens the value: "’Flat 9, 39 ..." (addr5) */
    else if (b2 == e2 || (b2 > 0 && !strchr(" \n\t:(\"'", t[b2 - 1])))
        return i; /* and SQL's "'Flat 3, ..." */
    char w1[16], w2[16];
    const char *u = nw_fold_span(s, b2, e2 > b2 && t[e2 - 1] == '.' ? e2 - 1 : e2, w1, sizeof w1);
    const char *v = nw_fold_span(s, b, e, w2, sizeof w2);
    static const char *const extra[] = {"appt",   "b\303\242t", "bat",    "b\303\242timent",
                                        "apto",   "depto",      "stiege", "block",
                                        "bloque", "edificio",   "level",  "lvl"};
    int unit = (nw_cats(u) & C_UNIT) != 0;
    for (size_t k = 0; !unit && k < sizeof extra / sizeof extra[0]; k++)
        unit = strcmp(u, extra[k]) == 0;
    if (unit && e - b <= 4 && (is_digit(t[b]) || e - b <= 2))
        return b2; /* "Flat 2B, ", "Bât. B, " */
    static const char *const buildings[] = {"cottage", "house",    "barn",  "rectory", "lodge",
                                            "farm",    "hall",     "villa", "manor",   "building",
                                            "tower",   "mansions", "court", "vicarage"};
    if (nw_upper(t + b2, e2 - b2) && nw_upper(t + b, e - b) && NW_ONE_OF(v, buildings)) {
        /* a building's name: "Rose Cottage, ", "The Old Rectory, ", "Kings Court, " */
        for (int k = 0; k < 2 && b2 >= 2 && t[b2 - 1] == ' '; k++) {
            size_t q = b2 - 1;
            while (q > 0 && b2 - 1 - q < 12 && is_alnum(t[q - 1]))
                q--;
            if (q == b2 - 1 || !is_up(t[q]) || (q > 0 && !strchr(" \n\t:(\"", t[q - 1])))
                break;
            b2 = q;
        }
        return b2;
    }
    if (is_digit(t[b2]) &&
        (strcmp(v, "\303\251tage") == 0 || strcmp(v, "etage") == 0 || strcmp(v, "og") == 0 ||
         strcmp(v, "floor") == 0 || strcmp(v, "piso") == 0))
        return b2; /* "3e étage, ", "2nd floor, " */
    return i;
}

static size_t addr_start(const struct sc *s, size_t i)
{
    size_t i0 = i;
    i = addr_start_number(s, i);
    if (i != i0)
        return i;
    if (polish_type_before(s, i))
        return addr_start_number(s, i - 4); /* "9383 ul. Chrzanowska 61" */
    size_t lt = lower_type_before(s, i);    /* "via Roma 10" */
    if (lt)
        return lt;
    size_t u = unit_before(s, i); /* "Bât. B, 3e étage, 12 rue ..." */
    return u == i ? i : unit_before(s, u);
}

size_t nw_addr_start(const struct sc *s, size_t i)
{
    return nw_addr_head(s, addr_start(s, i)); /* "10115 Berlin, " before it: names_postblock.c */
}

static size_t addr_start_number(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    for (int k = 0; k < 2 && i >= 2 && t[i - 1] == ' ' && is_digit(t[i - 2]); k++) {
        size_t b = i - 1;
        while (b > 0 && is_digit(t[b - 1]) && i - 1 - b < 5)
            b--;
        if (b > 0 && (is_alnum(t[b - 1]) || strchr(".,:-/+", t[b - 1])))
            break;
        i = b;
    }
    return i;
}
