/* names_lone49.c: a lone capitalised word that is a given name, read as a thing by the role its
 * line gives it (branch lone49):
 * - a letter's dateline: the word opens a line and a date closes it after a comma ("Valencia,
 *   21/10/2022", "Nancy, le 3 mars 2023", "Gyula, 2024. március 3."), and the line stands alone
 *   (a blank line or the text's edge under it; the line above is no such line): the place the
 *   letter was written. A list of people or pets with their births ("Nala, 2022-04-13" line after
 *   line) is no dateline;
 * - a cell of a pipe table whose column's head names a thing (model, project, town, product,
 *   room...): "| Clio | 2012 |" under "| Modell | Baujahr |". A column of people has a person's
 *   head (driver, owner, name) and keeps them.
 * Asked only for a run of one word that the reader would take with no context (person_decide()'s
 * last branch) and by names_cities.c for towns that are given names; each test reads a few bytes
 * around the word and leaves at the first byte that does not fit. Line breaks are '\n' or an
 * escaped "\n" (a JSON string read raw). Nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <stdint.h>
#include <string.h>

/* A line break at i: its length (1 for '\n' or "\r\n"'s '\r', 2 for an escaped "\n"), else 0. */
static size_t brk_at(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    if (i >= s->len)
        return 0;
    if (t[i] == '\n')
        return 1;
    if (t[i] == '\r' && i + 1 < s->len && t[i + 1] == '\n')
        return 2;
    if (t[i] == '\\' && i + 1 < s->len && (t[i + 1] == 'n' || t[i + 1] == 'r'))
        return 2;
    return 0;
}

/* Does a line break end just before i (or is i the text's start)? Sets *b to where it begins. */
static int brk_before(const struct sc *s, size_t i, size_t *b)
{
    const uint8_t *t = s->t;
    if (i == 0) {
        *b = 0;
        return 1;
    }
    if (t[i - 1] == '\n') {
        *b = i >= 2 && t[i - 2] == '\r' ? i - 2 : i - 1;
        return 1;
    }
    if (i >= 2 && t[i - 2] == '\\' && (t[i - 1] == 'n' || t[i - 1] == 'r') &&
        !(i >= 3 && t[i - 3] == '\\')) {
        *b = i - 2;
        return 1;
    }
    return 0;
}

/* The date after the comma: from i to the line's end only digits, separators, a year of four
 * digits at least once, and short words (months, "le", "den"); returns the line's end, or 0. */
static size_t date_to_eol(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    size_t run = 0, year = 0, digits = 0, k = i;
    for (; k < s->len && k - i < 48; k++) {
        uint8_t c = t[k];
        if (brk_at(s, k) || c == '"')
            break;
        if (is_digit(c)) {
            digits++;
            if (++run == 4)
                year = 1;
            continue;
        }
        run = 0;
        if (c == ' ' || c == '.' || c == '/' || c == '-' || c == ',' || c >= 0x80 ||
            (c >= 'a' && c <= 'z'))
            continue;
        return 0;
    }
    if (k == s->len || brk_at(s, k) || t[k] == '"')
        return year && digits >= 5 ? k : 0;
    return 0;
}

/* The line before the one starting at ls (ls after a break that began at b): does it hold "Word,
 * digit" (a list of names with their dates)? A blank line or the text's start holds nothing. */
static int listed_line_above(const struct sc *s, size_t b)
{
    const uint8_t *t = s->t;
    size_t q, p = b;
    if (b == 0 || brk_before(s, b, &q))
        return 0; /* the text's start or a blank line */
    while (p > 0 && b - p < 120) {
        p--;
        if (t[p] == ',' && p + 2 < s->len && t[p + 1] == ' ' && is_digit(t[p + 2]))
            return 1;
        if (brk_before(s, p, &q))
            break;
    }
    return 0;
}

int nw_lone49_dateline(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    size_t b, ls = a;
    if (e + 3 >= s->len || t[e] != ',' || t[e + 1] != ' ')
        return 0;
    while (ls > 0 && (t[ls - 1] == ' ' || t[ls - 1] == '\t') && a - ls < 8)
        ls--;
    if (!brk_before(s, ls, &b))
        return 0;
    size_t i = e + 2;
    if (!is_digit(t[i])) { /* "le 3 mars", "den 3.", "il 3", "el 3", "am 3." */
        size_t we = i;
        while (we < s->len && we - i < 4 && t[we] >= 'a' && t[we] <= 'z')
            we++;
        if (we == i || we + 1 >= s->len || t[we] != ' ' || !is_digit(t[we + 1]))
            return 0;
        i = we + 1;
    }
    size_t eol = date_to_eol(s, i);
    if (!eol)
        return 0;
    /* the line alone: the text ends, or a blank line follows */
    size_t n1 = brk_at(s, eol);
    if (eol < s->len && t[eol] == '"')
        n1 = 0;
    else if (!n1 && eol != s->len)
        return 0;
    if (eol < s->len && n1) {
        size_t j = eol + n1;
        while (j < s->len && (t[j] == ' ' || t[j] == '\t'))
            j++;
        if (j < s->len && !brk_at(s, j) && t[j] != '"')
            return 0;
    }
    return !listed_line_above(s, b);
}

/* A column head that names a thing, folded. */
static int thing_head(const char *h)
{
    static const char *const heads[] = {
        "model",    "modell",    "modelo",      "modèle",     "modello",   "modelos",  "modelle",
        "car",      "auto",      "vehicle",     "fahrzeug",   "véhicule",  "vehículo", "veicolo",
        "veículo",  "voertuig",  "pojazd",      "vozidlo",    "araç",      "jármű",    "fordon",
        "marka",    "make",      "brand",       "marke",      "marca",     "marque",   "merk",
        "značka",   "märke",     "product",     "produkt",    "producto",  "produit",  "prodotto",
        "produto",  "item",      "artikel",     "article",    "artículo",  "articolo", "artigo",
        "project",  "projekt",   "proyecto",    "projet",     "progetto",  "projeto",  "proje",
        "codename", "code name", "city",        "town",       "stadt",     "ort",      "ville",
        "ciudad",   "città",     "cidade",      "stad",       "plaats",    "miasto",   "město",
        "şehir",    "város",     "location",    "standort",   "office",    "site",     "room",
        "raum",     "salle",     "hotel",       "pet",        "haustier",  "animal",   "dog",
        "hund",     "cat",       "katze",       "horse",      "pferd",     "ship",     "vessel",
        "boat",     "team",      "club",        "verein",     "company",   "firma",    "empresa",
        "société",  "azienda",   "bedrijf",     "host",       "hostname",  "server",   "release",
        "storm",    "plant",     "variety",     "sorte",      "cultivar",  "dish",     "gericht",
        "plat",     "plato",     "piatto",      "prato",      "gerecht",   "wine",     "wein",
        "vin",      "vino",      "course",      "kurs",       "cours",     "curso",    "corso",
        "vak",      "przedmiot", "předmět",     "ders",       "tárgy",     "ämne",     "vara",
        "ürün",     "termék",    "destination", "ziel",       "reiseziel", "destino",  "bestemming",
        "airport",  "flughafen", "aéroport",    "aeropuerto", "aeroporto", "station",  "bahnhof",
        "gare",     "estación",  "stazione",    "estação",    "tool",      "service",  "app"};
    return NW_ONE_OF(h, heads);
}

/* The cell [c0, c1) of a pipe row, folded into buf: spaces trimmed. */
static const char *cell_text(const struct sc *s, size_t c0, size_t c1, char *buf, size_t cap)
{
    while (c0 < c1 && (s->t[c0] == ' ' || s->t[c0] == '\t'))
        c0++;
    while (c1 > c0 && (s->t[c1 - 1] == ' ' || s->t[c1 - 1] == '\t'))
        c1--;
    return nw_fold_span(s, c0, c1, buf, cap);
}

/* The line [ls, le) a pipe table's rule ("|---|:--:|")? */
static int rule_line(const struct sc *s, size_t ls, size_t le)
{
    int dash = 0;
    for (size_t k = ls; k < le; k++) {
        uint8_t c = s->t[k];
        if (c == '-')
            dash++;
        else if (c != '|' && c != ':' && c != ' ' && c != '\t')
            return 0;
    }
    return dash >= 3;
}

/* The start of the line before the one starting at ls (after its break at b), and the break's
 * start in *pb; 0 with *ok = 0 at the text's start. */
static size_t line_above(const struct sc *s, size_t b, size_t *pb, int *ok)
{
    size_t p = b, q;
    while (p > 0 && b - p < 1024) {
        if (brk_before(s, p, &q)) {
            *pb = q;
            *ok = 1;
            return p;
        }
        p--;
    }
    *ok = p == 0;
    *pb = 0;
    return p;
}

int nw_lone49_thing_cell(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    size_t i = a, j = e;
    while (i > 0 && t[i - 1] == ' ')
        i--;
    while (j < s->len && t[j] == ' ')
        j++;
    if (i == 0 || t[i - 1] != '|' || j >= s->len || t[j] != '|')
        return 0;
    /* the column: how many '|' stand between the line's start and the word */
    size_t b, ls = i - 1;
    while (ls > 0 && i - ls < 512 && !brk_before(s, ls, &b))
        ls--;
    if (!brk_before(s, ls, &b))
        return 0;
    int col = 0;
    for (size_t k = ls; k < i; k++)
        col += t[k] == '|';
    /* up the table to its rule; the head row is the line above the rule */
    for (int rows = 0; rows < 64 && ls > 0; rows++) {
        size_t pb, hb;
        int ok;
        size_t up = line_above(s, b, &pb, &ok);
        if (!ok)
            return 0;
        size_t ue = b;
        if (rule_line(s, up, ue)) {
            if (!ok || up == 0)
                return 0;
            size_t hs = line_above(s, pb, &hb, &ok);
            if (!ok)
                return 0;
            int c = 0;
            size_t c0 = 0;
            for (size_t k = hs; k < pb; k++) {
                if (t[k] != '|')
                    continue;
                if (c == col) {
                    char buf[32];
                    return thing_head(cell_text(s, c0, k, buf, sizeof buf));
                }
                c0 = k + 1;
                c++;
            }
            return 0;
        }
        size_t k = up;
        while (k < ue && (t[k] == ' ' || t[k] == '\t'))
            k++;
        if (k >= ue || t[k] != '|')
            return 0; /* not a table's row: the word's table has no head */
        ls = up;
        b = pb;
    }
    return 0;
}

/* A quote at i (or an escaped one, "\""), its length, else 0. */
static size_t quote_at(const struct sc *s, size_t i)
{
    if (i < s->len && s->t[i] == '"')
        return 1;
    if (i + 1 < s->len && s->t[i] == '\\' && s->t[i + 1] == '"')
        return 2;
    return 0;
}

/* A key that describes a thing, not a person (folded). */
static int thing_key(const char *k)
{
    static const char *const keys[] = {
        "headcount",  "floor",    "floors",   "status",    "budget",  "release", "make",
        "price",      "stock",    "capacity", "version",   "sku",     "qty",     "quantity",
        "population", "area",     "country",  "region",    "lat",     "lon",     "latitude",
        "longitude",  "timezone", "tz",       "currency",  "model",   "year",    "km",
        "mileage",    "color",    "colour",   "size",      "weight",  "revenue", "sales",
        "units",      "seats",    "rooms",    "beds",      "opened",  "founded", "url",
        "repo",       "branch",   "build",    "owner",     "lead",    "manager", "eta",
        "deadline",   "priority", "progress", "milestone", "tickets", "issues",  "sprint",
        "desks",      "sqm",      "rent",     "stars",     "rating",  "engine",  "fuel",
        "hp",         "doors",    "cost",     "amount",    "total",   "count"};
    return NW_ONE_OF(k, keys);
}

int nw_lone49_thing_key(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    size_t q = quote_at(s, e);
    if (!q || a == 0 || !(t[a - 1] == '"'))
        return 0;
    size_t i = e + q;
    while (i < s->len && i - e < 8 && t[i] == ' ')
        i++;
    if (i >= s->len || t[i] != ':')
        return 0;
    i++;
    while (i < s->len && i - e < 16 &&
           (t[i] == ' ' || t[i] == '\n' || t[i] == '\t' ||
            (t[i] == '\\' && i + 1 < s->len && t[i + 1] == 'n')))
        i += t[i] == '\\' ? 2 : 1;
    if (i >= s->len || t[i] != '{')
        return 0;
    i++;
    while (i < s->len && i - e < 24 &&
           (t[i] == ' ' || t[i] == '\n' || t[i] == '\t' ||
            (t[i] == '\\' && i + 1 < s->len && t[i + 1] == 'n')))
        i += t[i] == '\\' ? 2 : 1;
    size_t kq = quote_at(s, i);
    if (!kq)
        return 0;
    size_t ks = i + kq, ke = ks;
    while (ke < s->len && ke - ks < 24 && (is_alnum(t[ke]) || t[ke] == '_'))
        ke++;
    if (ke == ks || !quote_at(s, ke))
        return 0;
    char buf[32];
    return thing_key(nw_fold_span(s, ks, ke, buf, sizeof buf));
}
