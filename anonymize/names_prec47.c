/* names_prec47.c: PERSON findings that are things in the documents agents pass on, told by their
 * own cue. Dropped:
 * - a font in a CSS font list ("font-family: \"Gill Sans\", Arial, sans-serif"), as an HTML page a
 *   tool fetched carries it in its <style> or style attribute;
 * - an emergency service's radio call sign: its service word, a town and the unit's number
 *   ("Florian Kassel 1/46-1", "Florian Hamburg 33 HLF 1");
 * - a name after a type word that makes it a class, a café, a studio, a route or a stop ("Klasse
 *   Pippi Langstrumpf", "Café Einstein", "Linja Kustaa Vaasa", "Halte Willemsplein"), or before one
 *   that makes it a trail, a monument or a firm ("... Andersen Trail", "Christ Juweliere");
 *   not "Haus" or "House", which are surnames too ("Dr. Gregory House");
 * - a greeting, wish or condolence in capitals on a card, a ribbon or a cake ("Hjertelig Hilsen",
 *   "Lämmin Osanotto", "Selamlar"): its last word is one no name is made of;
 * - a cultivar in single quotes after its genus ("Rosa 'Gloria Dei'"), a German noun after "im"
 *   ("Bürgerrat Ernährung im Wandel");
 * - a column's head in the head row of a space-aligned table, the row over a rule of two runs of
 *   '=' or '-' or more ("Patient   Fødselsdag   Audiogram" over "=====  =====  ====="): the
 *   people are in the rows under it.
 * Every finding passes through nw_prec47_emit first (the head of the chain in anon_names_scan());
 * the rest go on to nw_prec46_emit. Each test reads a few bytes around the finding and is screened
 * by a byte it needs first; nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <stdint.h>
#include <string.h>

static int letter(uint8_t c)
{
    return is_alnum(c) || c >= 0x80;
}

static int upper(uint8_t c)
{
    return (c >= 'A' && c <= 'Z') || c >= 0xc3;
}

/* Is the finding at a an item of a CSS font list: after "font-family:" or "font:" on the same
 * declaration, with only font names, sizes ("italic 12px/1.4"), quotes, commas and spaces (escaped
 * or not) between? */
static int css_font(const uint8_t *t, size_t a)
{
    size_t lo = a > 120 ? a - 120 : 0;
    const uint8_t *c = a > lo ? memrchr(t + lo, ':', a - lo) : NULL;
    if (!c)
        return 0;
    size_t k = (size_t)(c - t);
    size_t pe = k; /* the property's name first: most colons are a label's */
    while (pe > lo && t[pe - 1] == ' ')
        pe--;
    if (pe < lo + 4 || (t[pe - 1] | 0x20) != 't' || (t[pe - 4] | 0x20) != 'f')
        if (pe < lo + 11 || (t[pe - 1] | 0x20) != 'y')
            return 0;
    size_t ps = pe;
    while (ps > lo && pe - ps < 12 && (letter(t[ps - 1]) || t[ps - 1] == '-'))
        ps--;
    char f[16];
    size_t n = pe > ps ? nw_fold((const char *)t + ps, pe - ps, f, sizeof f - 1) : 0;
    if (!((n == 11 && memcmp(f, "font-family", 11) == 0) || (n == 4 && memcmp(f, "font", 4) == 0)))
        return 0;
    for (size_t i = k + 1; i < a; i++)
        if (!letter(t[i]) && !(t[i] >= '0' && t[i] <= '9') && t[i] != ' ' && t[i] != '"' &&
            t[i] != '\'' && t[i] != ',' && t[i] != '\\' && t[i] != '-' && t[i] != '.' &&
            t[i] != '/' && t[i] != '%')
            return 0;
    return 1;
}

/* Service words of German, Austrian and Swiss radio call signs: fire brigades, the THW, the Red
 * Cross and the Johanniter, rescue helicopters (as written). */
static const char *const radio[] = {"Florian", "Heros",     "Rotkreuz",
                                    "Akkon",   "Christoph", "Pelikan"};
/* Vehicle types after a unit's number ("Florian Hamburg 33 HLF 1"). */
static const char *const vehicle[] = {"HLF", "LF",  "DLK", "DLA", "TLF", "RW",
                                      "ELW", "MTW", "GW",  "TSF", "KLF", "MLF",
                                      "RTW", "NEF", "KTW", "WLF", "SW",  "LPF"};

/* Is the finding a radio call sign: a service word, up to two capitalised words (a town), then
 * the unit's number with its slash ("1/46-1") or a vehicle type after it? */
static int call_sign(const uint8_t *t, size_t len, size_t a)
{
    size_t w = a;
    while (w < len && w - a < 10 && letter(t[w]))
        w++;
    char word[12];
    if (w - a < 5 || w - a >= sizeof word)
        return 0;
    memcpy(word, t + a, w - a);
    word[w - a] = '\0';
    if (!NW_ONE_OF(word, radio))
        return 0;
    size_t p = w;
    for (int k = 0; k < 3; k++) {
        while (p < len && t[p] == ' ')
            p++;
        if (p >= len || !upper(t[p]) || k == 2)
            break;
        size_t q = p;
        while (q < len && q - p < 32 && (letter(t[q]) || t[q] == '-' || t[q] == '.'))
            q++;
        p = q;
    }
    size_t d = p;
    while (d < len && d - p < 4 && is_digit(t[d]))
        d++;
    if (d == p || d - p > 3)
        return 0;
    if (d + 1 < len && t[d] == '/' && is_digit(t[d + 1]))
        return 1;
    /* a town and a bare number that ends the cell ("Florian Innsbruck 2"): not the helicopter's
     * word, which names no town */
    if (p > w + 1 && word[0] != 'C' && (d >= len || (t[d] && strchr("\t|\n\"<\\,", t[d]))))
        return 1;
    if (d >= len || t[d] != ' ')
        return 0;
    size_t v = d + 1, ve = v;
    while (ve < len && ve - v < 5 && t[ve] >= 'A' && t[ve] <= 'Z')
        ve++;
    if (ve - v < 2 || (ve < len && letter(t[ve])))
        return 0;
    memcpy(word, t + v, ve - v);
    word[ve - v] = '\0';
    return NW_ONE_OF(word, vehicle);
}

/* Type words (folded) right before a name that make it a class, a café or a bar, a studio, a
 * delivery or bus route, or a stop; and those right after it that make it a building, a trail or
 * a monument. */
static const char *const type_before[] = {
    "klasse",  "klasa",  "groep",  "class", "classe",  "clase",    "klass",  "třída",
    "osztály", "café",   "caffè",  "cafe",  "kavárna", "kaffebar", "studio", "linja",
    "rute",    "reitti", "trasa",  "route", "runde",   "wijk",     "ruta",   "giro",
    "rejon",   "runda",  "okrsek", "halte", "parada",  "kahvila"};
static const char *const type_after[] = {"huset",     "trail",    "monument", "denkmal",
                                         "juweliere", "juwelier", "elektro"};

/* Is the word right before the finding (one space between) or its own first word a type word
 * of type_before, or the word right after it one of type_after? */
static int typed(const uint8_t *t, size_t len, size_t a, size_t e)
{
    if (a > 4 && t[a - 1] == ' ') {
        size_t s = a - 1;
        while (s > 0 && a - 1 - s < 12 && letter(t[s - 1]))
            s--;
        if (a - 1 - s >= 4 && upper(t[s]) && NW_FOLDED_IN(t, s, a - 1, type_before))
            return 1;
    }
    size_t w = a;
    while (w < e && letter(t[w]))
        w++;
    if (w < e && w - a >= 4 && !upper(t[a + 1]) && NW_FOLDED_IN(t, a, w, type_before))
        return 1;
    size_t l = e; /* the finding's own last word, or the word after it */
    while (l > w && letter(t[l - 1]))
        l--;
    if (l > w && e - l >= 4 && NW_FOLDED_IN(t, l, e, type_after))
        return 1;
    if (e + 5 < len && t[e] == ' ' && upper(t[e + 1])) {
        size_t x = e + 1;
        while (x < len && x - e < 12 && letter(t[x]))
            x++;
        if (x - e - 1 >= 4 && NW_FOLDED_IN(t, e + 1, x, type_after))
            return 1;
    }
    return 0;
}

/* Last words (folded) of greetings, wishes and condolences written in capitals on cards, ribbons,
 * cakes and gift tags in the pack's languages; no name is made of them. */
static const char *const greeting[] = {
    "hilsen",        "hilsner",       "hälsningar",    "hälsning",        "osanotto",
    "osanottoni",    "részvétem",     "részvétünk",    "kondolencje",     "kondolencji",
    "condoleanțe",   "condoleante",   "soustrast",     "selamlar",        "auguri",
    "zisete",        "gefeliciteerd", "félicitations", "felicidades",     "felicitaciones",
    "parabéns",      "grattis",       "tillykke",      "gratulerer",      "onnea",
    "blahopřejeme",  "tebrikler",     "beterschap",    "besserung",       "unvergessen",
    "trauer",        "affetto",       "cariño",        "carinho",         "affection",
    "sympathy",      "condolences",   "wishes",        "birthday",        "anniversaire",
    "compleanno",    "cumpleaños",    "aniversário",   "geburtstag",      "syntymäpäivää",
    "születésnapot", "doğdun",        "födelsedagen",  "fødselsdagen",    "najlepszego",
    "nejlepší",      "glückwunsch",   "glückwünsche",  "congratulations", "retirement",
    "évfordulót",    "házassági",     "married"};

/* Is the finding's last word a greeting's (and the finding, if one word, not a surname-like
 * capitalised word after a title)? */
static int greeting_words(const uint8_t *t, size_t a, size_t e)
{
    size_t s = e;
    while (s > a && e - s < 24 && letter(t[s - 1]))
        s--;
    if (e - s < 5 || e - s > 20 || (s > a && t[s - 1] != ' '))
        return 0;
    return NW_FOLDED_IN(t, s, e, greeting);
}

/* Plant genera whose cultivars are written in single quotes after them ("Rosa 'Gloria Dei'",
 * "Clematis 'Madame Julia Correvon'"), folded. */
static const char *const genus[] = {"rosa",      "rose",      "tulipa",    "clematis",   "paeonia",
                                    "hydrangea", "dahlia",    "lilium",    "camellia",   "magnolia",
                                    "syringa",   "narcissus", "fuchsia",   "hosta",      "iris",
                                    "malus",     "prunus",    "lavandula", "pelargonium"};

/* Is the finding a cultivar's name: inside single quotes right after a genus? */
static int cultivar(const uint8_t *t, size_t a)
{
    if (a < 6 || t[a - 1] != '\'' || t[a - 2] != ' ')
        return 0;
    size_t s = a - 2;
    while (s > 0 && a - 2 - s < 12 && letter(t[s - 1]))
        s--;
    return a - 2 - s >= 4 && upper(t[s]) && NW_FOLDED_IN(t, s, a - 2, genus);
}

/* Is the finding a genus before its cultivar in quotes ("Rosa 'Gloria Dei'" at a line's or a
 * cell's end)? A nickname in quotes goes on to a surname ("Rosa 'Rosi' Brandstätter"). */
static int genus_before(const uint8_t *t, size_t len, size_t a, size_t e)
{
    if (e + 4 >= len || t[e] != ' ' || t[e + 1] != '\'' || !upper(t[e + 2]) ||
        !NW_FOLDED_IN(t, a, e, genus))
        return 0;
    const uint8_t *q = memchr(t + e + 2, '\'', len - e - 2 < 48 ? len - e - 2 : 48);
    if (!q)
        return 0;
    size_t k = (size_t)(q - t) + 1;
    return !(k + 1 < len && t[k] == ' ' && upper(t[k + 1]));
}

/* Words that open an English or Dutch message before "im" typed for "I'm" ("Hello im Sipho"). */
static const char *const opener[] = {"hello", "hallo", "hiya", "okay", "sorry",   "thanks",
                                     "yeah",  "well",  "also", "good", "morning", "evening"};

/* Is the finding one word after German "im" that follows a capitalised noun ("Ernährung im
 * Wandel", "Schule im Wandel"): a noun, never a name? After a sentence's end or a greeting, "im"
 * is "I'm" typed without its apostrophe ("2025. im Sipho"). */
static int after_im(const uint8_t *t, size_t a, size_t e)
{
    if (a < 10 || t[a - 1] != ' ' || t[a - 2] != 'm' || t[a - 3] != 'i' || t[a - 4] != ' ' ||
        memchr(t + a, ' ', e - a))
        return 0;
    size_t s = a - 4;
    while (s > 0 && a - 4 - s < 24 && letter(t[s - 1]))
        s--;
    return a - 4 - s >= 4 && upper(t[s]) && !NW_FOLDED_IN(t, s, a - 4, opener);
}

/* Is the finding a..e, with two spaces on one side of it, a column's head: does the next line hold
 * only runs of '=' or '-' (three or more each, two runs at least) between spaces? Not a rule of a
 * mysql table's frame ("+----+------+"), which closes its last row too. */
static int head_row(const uint8_t *t, size_t len, size_t a, size_t e)
{
    if (!((e + 1 < len && t[e] == ' ' && t[e + 1] == ' ') ||
          (a >= 2 && t[a - 1] == ' ' && t[a - 2] == ' ')))
        return 0;
    const uint8_t *nl = memchr(t + e, '\n', len - e > 400 ? 400 : len - e);
    if (!nl)
        return 0;
    size_t runs = 0, run = 0;
    for (size_t k = (size_t)(nl - t) + 1; k < len && t[k] != '\n' && t[k] != '\r'; k++) {
        uint8_t c = t[k];
        if (c == '=' || c == '-') {
            runs += ++run == 3;
        } else if (c == ' ' || c == '\t') {
            run = 0;
        } else {
            return 0;
        }
    }
    return runs >= 2;
}

int nw_prec47_emit(void *arg, int kind, size_t a, size_t e)
{
    struct nw_link *p = arg;
    if (kind == ANON_NAMES_PERSON && e > a && e - a < 64) {
        const uint8_t *t = p->t;
        uint8_t c = t[a];
        if ((c == 'F' || c == 'H' || c == 'R' || c == 'A' || c == 'C' || c == 'P') &&
            call_sign(t, p->len, a))
            return 0;
        if (a > 0 && (t[a - 1] == '"' || t[a - 1] == '\'' || t[a - 1] == ' ') && css_font(t, a))
            return 0;
        if (typed(t, p->len, a, e) || greeting_words(t, a, e) || cultivar(t, a) ||
            genus_before(t, p->len, a, e) || after_im(t, a, e) || head_row(t, p->len, a, e))
            return 0;
    }
    return p->emit(p->arg, kind, a, e);
}
