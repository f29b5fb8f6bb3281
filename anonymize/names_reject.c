/* names_reject.c: runs that read as a person but name something else after one: a company or a
 * firm ("Hugo Boss", "Müller GmbH", "Johnson & Johnson"), a place ("Piazza Garibaldi", "flight
 * to Charlotte", a "city" column), an eponymous term ("Parkinson's disease") or a famous person
 * as a topic ("in the style of Neruda"). Masking these breaks the prompt and protects no one.
 *
 * person_at() (names.c) asks nw_not_person() about a run it has already accepted, before the run
 * is emitted or remembered: these rules only ever take findings away, so they cost nothing on
 * text with no person in it. A title right before the run ("Mr Lincoln", "Frau Porsche") keeps
 * it a person whatever follows.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* text[a .. b) folded, trimmed of trailing dots, into buf ("" when it does not fit). */
static const char *fold(const struct sc *s, size_t a, size_t b, char *buf, size_t cap)
{
    while (b > a && s->t[b - 1] == '.')
        b--;
    return nw_fold_span(s, a, b, buf, cap);
}

/* The word (letters, digits, '.', '\'', '-') ending before i on the same line, spaces and tabs
 * skipped; its start in *ws, "" when none. */
const char *nw_prev_word(const struct sc *s, size_t i, size_t *ws, char *buf, size_t cap)
{
    const char *w = nw_fc_get(s, NW_FC_PREV, i, cap, ws, buf); /* person_at()'s context */
    if (w)
        return w;
    const uint8_t *t = s->t;
    size_t at = i;
    while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t'))
        i--;
    size_t e = i;
    while (i > 0 && e - i < 32 &&
           (t[i - 1] >= 0x80 || is_alnum(t[i - 1]) || t[i - 1] == '\'' || t[i - 1] == '-' ||
            t[i - 1] == '.'))
        i--;
    *ws = i;
    w = e - i < 32 ? fold(s, i, e, buf, cap) : "";
    nw_fc_put(s, NW_FC_PREV, at, cap, i, w, buf);
    return w;
}

/* The word (letters, digits, '\'', '-') ending before i on the same line, spaces and a key's
 * colon skipped ("From: Austin"); folded, its start in *ws, "" when none. */
const char *nw_key_word_before(const struct sc *s, size_t i, size_t *ws, char *buf, size_t cap)
{
    const char *w = nw_fc_get(s, NW_FC_KEY, i, cap, ws, buf); /* person_at()'s context */
    if (w)
        return w;
    const uint8_t *t = s->t;
    size_t at = i;
    while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t'))
        i--;
    if (i > 0 && t[i - 1] == ':')
        i--;
    size_t e = i;
    while (i > 0 && e - i < 32 &&
           (t[i - 1] >= 0x80 || is_alnum(t[i - 1]) || t[i - 1] == '\'' || t[i - 1] == '-'))
        i--;
    *ws = i;
    w = e > i && e - i < 32 ? nw_fold_span(s, i, e, buf, cap) : "";
    nw_fc_put(s, NW_FC_KEY, at, cap, i, w, buf);
    return w;
}

/* The token after i (one space skipped, and a comma before it when comma is set): letters, digits,
 * '.', '&', '/'; its end in *we, raw (not folded: legal forms are matched with their case). */
static size_t next_token(const struct sc *s, size_t i, size_t *we, int comma)
{
    const uint8_t *t = s->t;
    if (comma && i < s->len && t[i] == ',')
        i++;
    if (i >= s->len || t[i] != ' ')
        return *we = i, 0;
    size_t b = ++i;
    while (i < s->len && i - b < 24 &&
           (t[i] >= 0x80 || is_alnum(t[i]) || t[i] == '.' || t[i] == '&' || t[i] == '/'))
        i++;
    *we = i;
    return i - b;
}

/* The first byte screens before strlen(): no list word is empty, so n == 0 matches none. */
static int raw_is(const struct sc *s, size_t b, size_t n, const char *w)
{
    return n && s->t[b] == (uint8_t)w[0] && strlen(w) == n && memcmp(s->t + b, w, n) == 0;
}

/* ---- a legal form, or a firm's words, after the name ("Müller GmbH", "Rossi S.p.A.", "Smith &
 * Partners", "Ruiz y Asociados", "Peeters Advocaten") --------------------------------------------
 */
static int legal_form_after(const struct sc *s, size_t e)
{
    static const char *const forms[] = {
        "GmbH",       "AG",       "KG",        "OHG",       "SE",      "SA",       "S.A.",
        "SAS",        "S.A.S.",   "SARL",      "S.L.",      "SL",      "S.L.U",    "S.p.A.",
        "SpA",        "S.r.l.",   "Srl",       "S.R.L.",    "B.V.",    "BV",       "N.V.",
        "NV",         "Lda.",     "Lda",       "Ltda.",     "Ltda",    "Ltd",      "Ltd.",
        "Inc.",       "Inc",      "LLC",       "LLP",       "PLC",     "plc",      "Corp.",
        "Co.",        "A/S",      "ApS",       "Oy",        "AB",      "KGaA",     "e.V.",
        "eG",         "Abogados", "Advogados", "Advocaten", "Avocats", "Avvocati", "Rechtsanwälte",
        "Notarissen", "Notaires"};
    static const char *const joined[] = {
        /* after "&", "et", "e", "y", "und", "en" */
        "co",         "co.",           "c.",         "cie",   "cie.",      "partner",
        "partners",   "partnerschaft", "sons",       "son",   "zonen",     "zn",
        "filhos",     "figli",         "fils",       "hijos", "asociados", "associés",
        "associates", "associati",     "associados", "söhne", "sohn",      "gebr"};
    size_t we, n = next_token(s, e, &we, 1);
    if (!n)
        return 0;
    size_t b = we - n;
    size_t m = n; /* "Rossi S.p.A.." ending a sentence */
    while (m > 1 && s->t[b + m - 1] == '.' && s->t[b + m - 2] == '.')
        m--;
    /* the forms' first bytes: raw_is() matches none at b when t[b] is not one of them */
    if (memchr("ABCGIKLNOPRSep", s->t[b], 14))
        for (size_t k = 0; k < sizeof forms / sizeof forms[0]; k++)
            if ((raw_is(s, b, m, forms[k]) ||
                 (s->t[b + m - 1] == '.' && raw_is(s, b, m - 1, forms[k]))) &&
                (we >= s->len || !is_alnum(s->t[we])))
                return 1;
    char w1[16];
    const char *f = nw_fold_span(s, b, we, w1, sizeof w1);
    if (!(strcmp(f, "&") == 0 || strcmp(f, "et") == 0 || strcmp(f, "e") == 0 ||
          strcmp(f, "y") == 0 || strcmp(f, "und") == 0 || strcmp(f, "en") == 0))
        return 0;
    size_t we2, n2 = next_token(s, we, &we2, 0);
    char w2[24];
    return n2 && NW_ONE_OF(nw_fold_span(s, we2 - n2, we2, w2, sizeof w2), joined);
}

/* ---- '&' between two surnames ("Johnson & Johnson", "Marks & Spencer", "Ben & Jerry's"): the
 * run is one word after "X & "; two given names ("Anna & Tom") are people, unless a possessive
 * makes the pair a shop -------------------------------------------------------------------------
 */
static int ampersand_pair(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    if (a < 4 || t[a - 1] != ' ' || t[a - 2] != '&' || t[a - 3] != ' ')
        return 0;
    size_t pe = a - 3, pb = pe;
    while (pb > 0 && pe - pb < 24 &&
           (t[pb - 1] >= 0x80 || is_alnum(t[pb - 1]) || t[pb - 1] == '\''))
        pb--;
    if (pb == pe || !nw_upper(t + pb, pe - pb))
        return 0;
    size_t q;
    char qb[32];
    if (*nw_prev_word(s, pb, &q, qb, sizeof qb) && q < pb && nw_upper(t + q, pb - q))
        return 0; /* "Anna Keller & Tom": a full name before the '&' */
    size_t p = e;
    if (p + 1 < s->len && t[p] == '\'' && t[p + 1] == 's')
        p += 2;
    else if (p + 3 < s->len && t[p] == 0xE2 && t[p + 1] == 0x80 && t[p + 2] == 0x99 &&
             t[p + 3] == 's')
        p += 4;
    if (p > e && (p >= s->len || !(t[p] == ' ' || is_alnum(t[p]))))
        return 1; /* "Ben & Jerry's", not "Anna & Tom's wedding" */
    if (pe - pb == e - a && memcmp(t + pb, t + a, e - a) == 0)
        return 1; /* "Johnson & Johnson" */
    unsigned lx = anon_names_lexicon((const char *)t + pb, pe - pb),
             ly = anon_names_lexicon((const char *)t + a, e - a);
    if ((lx & ANON_NL_GIVEN) && (ly & ANON_NL_GIVEN))
        return 0;
    /* a given name and an unknown word of a name's shape in a list of people (names_informal.c:
     * "Bethany & Fridolke kommen") */
    return !(((lx & ANON_NL_GIVEN) || (ly & ANON_NL_GIVEN)) && !(lx && ly) &&
             nw_informal_list(s, a, e));
}

/* ---- three surnames and no given name, "A, B and C" ("Owens, Duran and Oneal", "Barnett,
 * Melton & Garcia"), at most one a well-attested given name: a firm's name, the run one of them.
 * --------------------------
 */
static size_t cap_word_at(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    if (i >= s->len || !nw_upper(t + i, s->len - i))
        return 0;
    size_t e = i;
    while (e < s->len && (t[e] >= 0x80 || is_alnum(t[e])))
        e++;
    return e;
}

/* A well-attested given name (a person may be listed by it alone: "Anna, Tom and Jan")? */
static int attested_given(const struct sc *s, size_t i, size_t e)
{
    unsigned lx = anon_names_lexicon((const char *)s->t + i, e - i);
    return (lx & ANON_NL_GIVEN) && (lx & ANON_NL_ATTESTED);
}

/* A list separator at i: ", " or " and " (each locale's) or " & "; its end, or 0. */
static size_t list_sep(const struct sc *s, size_t i, int *last)
{
    static const char *const seps[] = {" and ", " & ", " und ", " et ", " y ", " e ", " en "};
    const uint8_t *t = s->t;
    *last = 0;
    if (i + 2 <= s->len && t[i] == ',' && t[i + 1] == ' ')
        return i + 2;
    for (size_t k = 0; k < sizeof seps / sizeof seps[0]; k++) {
        size_t l = strlen(seps[k]);
        if (i + l <= s->len && memcmp(t + i, seps[k], l) == 0) {
            *last = 1;
            return i + l;
        }
    }
    return 0;
}

static int three_surnames(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    /* back to the list's first word: at most two items before the run */
    size_t first = a;
    for (int k = 0; k < 2; k++) {
        size_t p = first;
        if (p >= 2 && t[p - 1] == ' ' && t[p - 2] == ',')
            p -= 2;
        else if (p >= 5 && memcmp(t + p - 5, " and ", 5) == 0)
            p -= 5;
        else if (p >= 3 && memcmp(t + p - 3, " & ", 3) == 0)
            p -= 3;
        else
            break;
        size_t b = p;
        while (b > 0 && (t[b - 1] >= 0x80 || is_alnum(t[b - 1])))
            b--;
        if (b == p || cap_word_at(s, b) != p ||
            (b > 0 && t[b - 1] != ' ' && t[b - 1] != '\n' && t[b - 1] != '>' && t[b - 1] != '"'))
            break;
        first = b;
    }
    /* the list opens its line ("Marshall, Hernandez and Simpson" in an address block) or follows
     * "the" ("The Clark, Romero and Hall Orchestra"); not "our founders: Schulz, Strickland and
     * Matthews", where people are listed by surname */
    size_t q = first;
    while (q > 0 && (t[q - 1] == '>' || t[q - 1] == ' ' || t[q - 1] == '"' || t[q - 1] == '\t'))
        q--;
    if (q > 0 && !nw_break_before(s, q)) {
        char pb[16];
        size_t ws;
        if (strcmp(nw_prev_word(s, first, &ws, pb, sizeof pb), "the") != 0)
            return 0;
    }
    size_t i = first, items = 0, given = 0;
    int last = 0, seen = 0;
    for (;;) {
        size_t we = cap_word_at(s, i);
        if (!we)
            return 0;
        items++;
        given += attested_given(s, i, we);
        seen |= i == a && we == e;
        if (last)
            return items >= 3 && seen && given < 2;
        size_t n = list_sep(s, we, &last);
        if (!n)
            return 0;
        i = n;
    }
}

/* ---- a place: a street, square, station or airport word before the name ("Piazza Garibaldi",
 * "aeroporto Leonardo da Vinci", "Bahnhof Friedrichstraße", "Gare Saint-Lazare"), or a street
 * type after it, also after a suffix ("Martin Luther King Jr. Blvd") ----------------------------
 */
/* Is the folded word w, capitalised or not (up), a street, square, station or institution word? */
int nw_place_word(const char *w, int up)
{
    /* words that also mean something else in prose are taken only capitalised */
    static const char *const any_case[] = {
        "bahnhof",     "gare",        "estación",   "estacion",   "estação",      "estacao",
        "stazione",    "aeroporto",   "aeropuerto", "aéroport",   "aeroport",     "airport",
        "flughafen",   "praça",       "praca",      "piazza",     "piazzale",     "plaza",
        "quai",        "rua",         "avenida",    "calle",      "viale",        "paseo",
        "rue",         "boulevard",   "avenue",     "allée",      "platz",        "travessa",
        "alameda",     "rambla",      "carrer",     "hôpital",    "ospedale",     "ziekenhuis",
        "klinikum",    "universidad", "université", "università", "universidade", "universiteit",
        "universität", "fondation",   "fondazione", "fundación",  "fundação",     "stiftung",
        "stichting",   "musée",       "museo",      "museu",      "lycée",        "liceo",
        "colegio",     "escuela",     "école",      "stade",      "stadio",       "estadio",
        "hospital",    "instituto",   "institut",   "istituto",   "largo",        "corso",
        "teatro",      "théâtre",     "parque",     "parco",      "ponte",        "puente",
        "pont",        "metro",       "métro",      "u-bahn",     "s-bahn"};
    static const char *const capitalised[] = {
        "via",   "place", "station", "port", "square", "cours", "porta", "porte", "markt",
        "plein", "av",    "avda",    "pza",  "pl",     "bd",    "bld",   "blvd"};
    return NW_ONE_OF(w, any_case) || (up && NW_ONE_OF(w, capitalised));
}

/* w: the word before the run (nw_prev_word() of its start, folded), starting at ws */
static int place_word_before(const struct sc *s, const char *w, size_t ws)
{
    char b2[32];
    size_t ws2;
    const char *el = strrchr(w, '\'');
    if (el && el[1]) { /* "all'aeroporto", "l'avenue": the word after the elision */
        ws += (size_t)(el + 1 - w);
        w = el + 1;
    }
    if (nw_particle(w) || strcmp(w, "of") == 0) { /* "Gare de Lyon", "University of" */
        const char *w2 = nw_prev_word(s, ws, &ws2, b2, sizeof b2);
        if (*w2) {
            w = w2;
            ws = ws2;
        }
    }
    return *w && nw_place_word(w, is_up(s->t[ws]));
}

/* A word that, written after a name, makes the name a street, a building, a prize or a firm
 * ("Lincoln Avenue", "Robert Bosch Stiftung", "Lehman Brothers"). Folded; lower-case words are
 * taken only where a lower-case type is usual ("Charles de Gaulle airport"), not "drive", "weg",
 * "lane" ("did Anna Keller drive", "Maria is weg"). */
static int type_word(const char *w, int up)
{
    static const char *const types[] = {
        "blvd",        "boulevard",   "ave",         "avenue",      "street",     "st",
        "road",        "rd",          "lane",        "drive",       "parkway",    "pkwy",
        "highway",     "hwy",         "plaza",       "square",      "arena",      "stadion",
        "straße",      "strasse",     "str",         "allee",       "platz",      "weg",
        "laan",        "straat",      "plein",       "gracht",      "kade",       "prize",
        "award",       "medal",       "memorial",    "trophy",      "lecture",    "fellowship",
        "scholarship", "clinic",      "klinik",      "hotel",       "tower",      "tunnel",
        "centre",      "center",      "crescent",    "terrace",     "court",      "circus",
        "brothers",    "bros",        "motors",      "pharma",      "airlines",   "records",
        "studios",     "publishing",  "verlag",      "capital",     "ventures",   "investments",
        "architects",  "architekten", "consultants", "brewery",     "brauerei",   "winery",
        "bakery",      "bäckerei",    "restaurant",  "café",        "cafe",       "bistro",
        "pizzeria",    "trattoria",   "apotheke",    "gallery",     "galerie",    "trust",
        "stiftung",    "gymnasium",   "schule",      "grundschule", "hochschule", "krankenhaus",
        "klinikum",    "institut",    "preis",       "theater",     "theatre",    "boutique"};
    static const char *const lower_ok[] = {"airport", "station", "stadium", "airfield"};
    return NW_ONE_OF(w, lower_ok) || (up && NW_ONE_OF(w, types));
}

/* A type_word() that may end a run of names without being a surname itself ("Lehman
 * Brothers", "Robert Bosch Stiftung"): not "Laan", "Lane", "Court", "Hall", "Weg", which are. */
static int end_word(const char *w)
{
    static const char *const ends[] = {
        "boulevard",   "blvd",        "avenue",    "allee",     "straße",      "strasse",
        "platz",       "plaza",       "airport",   "stadium",   "stadion",     "arena",
        "brothers",    "bros",        "motors",    "pharma",    "airlines",    "records",
        "studios",     "publishing",  "verlag",    "ventures",  "investments", "architects",
        "architekten", "consultants", "brewery",   "brauerei",  "winery",      "bakery",
        "bäckerei",    "restaurant",  "pizzeria",  "trattoria", "apotheke",    "gallery",
        "galerie",     "stiftung",    "gymnasium", "schule",    "grundschule", "hochschule",
        "krankenhaus", "klinikum",    "institut",  "theater",   "theatre",     "boutique",
        "markt",       "centraal"};
    return NW_ONE_OF(w, ends);
}

static int place_word_after(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    size_t i = e, we;
    if (i + 3 < s->len && (t[i] == ' ' || t[i] == ',')) { /* "Jr.", "Sr." between */
        size_t j = i + (t[i] == ',' ? 2 : 1);
        if (j + 2 <= s->len && (t[j] == 'J' || t[j] == 'S') && t[j + 1] == 'r' &&
            (j + 2 == s->len || t[j + 2] == '.' || t[j + 2] == ' '))
            i = j + 2 + (j + 2 < s->len && t[j + 2] == '.');
    }
    size_t n = next_token(s, i, &we, 0);
    char b[24];
    return n && type_word(fold(s, we - n, we, b, sizeof b), nw_upper(t + we - n, n) != 0);
}

/* ---- a key or label that names a company, a brand or a place: "Company: X", "employer":
 * "X", a "city" column ----------------------------------------------------------------------------
 */
static int thing_key(const char *k)
{
    static const char *const keys[] = {"company",
                                       "employer",
                                       "vendor",
                                       "supplier",
                                       "organisation",
                                       "organization",
                                       "org",
                                       "firm",
                                       "brand",
                                       "manufacturer",
                                       "make",
                                       "merchant",
                                       "city",
                                       "town",
                                       "location",
                                       "venue",
                                       "destination",
                                       "origin",
                                       "airport",
                                       "station",
                                       "street",
                                       "hotel",
                                       "hospital",
                                       "clinic",
                                       "school",
                                       "university",
                                       "bank",
                                       "store",
                                       "shop",
                                       "firma",
                                       "unternehmen",
                                       "arbeitgeber",
                                       "lieferant",
                                       "hersteller",
                                       "marke",
                                       "stadt",
                                       "ort",
                                       "wohnort",
                                       "société",
                                       "societe",
                                       "entreprise",
                                       "employeur",
                                       "fournisseur",
                                       "marque",
                                       "ville",
                                       "lieu",
                                       "bedrijf",
                                       "werkgever",
                                       "leverancier",
                                       "merk",
                                       "stad",
                                       "plaats",
                                       "woonplaats",
                                       "empresa",
                                       "empleador",
                                       "proveedor",
                                       "marca",
                                       "ciudad",
                                       "lugar",
                                       "azienda",
                                       "società",
                                       "fornitore",
                                       "città",
                                       "luogo",
                                       "fornecedor",
                                       "cidade",
                                       "empregador",
                                       "employer name",
                                       "company name",
                                       "vendor name",
                                       "city name",
                                       "organisation name",
                                       "organization name",
                                       "brand name"};
    return NW_ONE_OF(k, keys);
}

/* The key before a run at a: "Company: X", "\"employer\": \"X", "city=X"; folded, "full_name"
 * and "fullName" as "full name". "" when there is none. */
static const char *key_before(const struct sc *s, size_t a, char *buf, size_t cap)
{
    const uint8_t *t = s->t;
    size_t e = a;
    while (e > 0 && a - e < 8 && (t[e - 1] == ' ' || t[e - 1] == '"' || t[e - 1] == '\\'))
        e--;
    if (e == 0 || (t[e - 1] != ':' && t[e - 1] != '='))
        return "";
    e--;
    while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '"' || t[e - 1] == '\\'))
        e--;
    size_t b = e;
    while (b > 0 && e - b < 28 &&
           (t[b - 1] >= 0x80 || is_alnum(t[b - 1]) || t[b - 1] == '_' ||
            (t[b - 1] == ' ' && b >= 2 && is_alnum(t[b - 2]))))
        b--;
    char raw[40];
    size_t r = 0;
    for (size_t k = b; k < e && r + 2 < sizeof raw; k++) {
        if (is_up(t[k]) && k > b && t[k - 1] >= 'a' && t[k - 1] <= 'z')
            raw[r++] = ' ';
        raw[r++] = t[k] == '_' ? ' ' : (char)t[k];
    }
    size_t n = nw_fold(raw, r, buf, cap - 1);
    buf[n] = '\0';
    return buf;
}

/* The header of the column that the cell at a is in, when the text opens with a header row of
 * the same separator ("name;company;city" over "Anna Vogt;Hugo Boss;Lincoln"); "" otherwise. */
static const char *column_header(const struct sc *s, size_t a, size_t e, char *buf, size_t cap)
{
    const uint8_t *t = s->t;
    size_t i = a;
    while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '"'))
        i--;
    uint8_t sep = i > 0 ? t[i - 1] : 0;
    if (!(sep == ';' || sep == ',' || sep == '\t' || sep == '|')) {
        size_t j = e;
        while (j < s->len && (t[j] == ' ' || t[j] == '"'))
            j++;
        sep = j < s->len ? t[j] : 0;
        if (!(sep == ';' || sep == ',' || sep == '\t' || sep == '|'))
            return "";
    }
    size_t ls = nw_line_start(s, a); /* both kept from the last run: a long line is read once */
    if (ls == 0)
        return ""; /* the run is on the first line: no header above it */
    size_t col = nw_seps_before(s, ls, a, sep), c;
    size_t h = nw_seps_from_start(s, ls, col, sep, &c); /* the text's first line is the header */
    if (c < col || h >= ls)
        return "";
    size_t he = h;
    while (he < ls && t[he] != sep && t[he] != '\n' && t[he] != '\r')
        he++;
    while (h < he && (t[h] == ' ' || t[h] == '"'))
        h++;
    while (he > h && (t[he - 1] == ' ' || t[he - 1] == '"'))
        he--;
    if (he - h >= cap)
        return "";
    char raw[40];
    size_t r = 0;
    for (size_t k = h; k < he && r + 2 < sizeof raw; k++)
        raw[r++] = t[k] == '_' ? ' ' : (char)t[k];
    size_t n = nw_fold(raw, r, buf, cap - 1);
    buf[n] = '\0';
    return buf;
}

/* ---- eponymous diseases and famous people as the topic of a request --------------------------
 */
static int eponym_possessive(const struct sc *s, size_t e, const char *f)
{
    static const char *const diseases[] = {
        "alzheimer", "parkinson", "asperger", "crohn",   "huntington", "hodgkin", "tourette",
        "addison",   "cushing",   "raynaud",  "meniere", "ménière",    "kaposi",  "wernicke"};
    return e < s->len && (s->t[e] == '\'' || s->t[e] == 0xE2) && NW_ONE_OF(f, diseases);
}

/* "in the style of X", "a quote by X", "the works of X", "like X", "im Stil von X", "à la
 * manière de X", "al estilo de X", "alla maniera di X", "no estilo de X": a topic cue before.
 * p1 and p2: the two words before the run (nw_prev_word(), "" when none), p2 starting at w2. */
static int topic_before(const struct sc *s, const char *p1, const char *p2, size_t w2)
{
    char b3[32];
    size_t w3;
    const char *p3 = *p2 ? nw_prev_word(s, w2, &w3, b3, sizeof b3) : "";
    static const char *const after_of[] = {
        "style",     "works",   "manner",    "spirit",  "poems", "novels",     "theories",
        "biography", "life",    "paintings", "books",   "music", "philosophy", "stil",
        "werke",     "manière", "estilo",    "maniera", "obras", "opere"};
    if ((strcmp(p1, "of") == 0 || strcmp(p1, "von") == 0 || strcmp(p1, "de") == 0 ||
         strcmp(p1, "di") == 0 || strcmp(p1, "van") == 0) &&
        NW_ONE_OF(p2, after_of))
        return 1;
    if ((strcmp(p1, "by") == 0 || strcmp(p1, "from") == 0) &&
        (strcmp(p2, "quote") == 0 || strcmp(p2, "quotes") == 0 || strcmp(p2, "poem") == 0 ||
         strcmp(p2, "painting") == 0 || strcmp(p2, "essay") == 0 || strcmp(p2, "novel") == 0))
        return 1;
    if (strcmp(p1, "like") == 0 &&
        (strcmp(p3, "write") == 0 || strcmp(p2, "poem") == 0 || strcmp(p2, "speech") == 0 ||
         strcmp(p2, "it") == 0 || strcmp(p2, "story") == 0 || strcmp(p2, "song") == 0))
        return 1;
    return 0;
}

/* The last word of a run that makes it a firm: "Ruiz y Asociados", "Peeters Advocaten". */
static int firm_word(const char *w)
{
    static const char *const firm[] = {
        "abogados",  "advogados",  "advocaten", "avocats",   "avvocati",   "rechtsanwälte",
        "asociados", "associados", "associés",  "associati", "associates", "notarissen",
        "notaires",  "lda",        "ltda",      "gmbh",      "partners",   "partnerschaft",
        "zonen",     "filhos",     "figli",     "fils",      "hijos",      "söhne"};
    return NW_ONE_OF(w, firm);
}

/* A noun after the run, possessive or not, that makes it an eponymous term ("Nash
 * equilibrium", "Levenshtein distance", "Tourette syndrome"); names_words.c's terms_after holds
 * the commoner ones. */
static int term_after(const struct sc *s, size_t e)
{
    static const char *const nouns[] = {
        "equilibrium", "distance",      "chain",      "chains",      "diagram",    "diagrams",
        "coding",      "code",          "syndrome",   "disease",     "lymphoma",   "maneuver",
        "manoeuvre",   "consensus",     "inequality", "integral",    "polynomial", "polynomials",
        "tree",        "trees",         "heap",       "graph",       "sort",       "search",
        "norm",        "kernel",        "entropy",    "criterion",   "estimator",  "operator",
        "notation",    "circle",        "triangle",   "spiral",      "sequence",   "scale",
        "cycle",       "bound",         "encoding",   "cipher",      "machine",    "interpolation",
        "regression",  "approximation", "statistic",  "reflex",      "sarcoma",    "palsy",
        "ring",        "rings",         "field",      "fields",      "set",        "sets",
        "space",       "spaces",        "variable",   "variables",   "prize",      "award",
        "medal",       "lecture",       "fellowship", "scholarship", "trophy",     "memorial",
        "krankheit",   "syndrom",       "verteilung", "maladie",     "enfermedad", "malattia",
        "doença",      "ziekte"};
    const uint8_t *t = s->t;
    size_t i = e;
    if (i + 1 < s->len && t[i] == '\'' && t[i + 1] == 's')
        i += 2;
    else if (i + 3 < s->len && t[i] == 0xE2 && t[i + 1] == 0x80 && t[i + 2] == 0x99 &&
             t[i + 3] == 's')
        i += 4;
    if (i + 1 >= s->len || t[i] != ' ' || t[i + 1] < 'a' || t[i + 1] > 'z')
        return 0; /* lower case only: "Nash equilibrium", not "Anna Keller Code Review" */
    size_t we = i + 1;
    while (we < s->len && we - i < 24 && (t[we] >= 0x80 || is_alnum(t[we])))
        we++;
    char b[32];
    return NW_ONE_OF(fold(s, i + 1, we, b, sizeof b), nouns);
}

/* An indefinite article after a verb of having right before the run ("bought a Porsche 911",
 * "kaufte einen Jack Daniel's", "a acheté une Chevrolet Bolt"): a thing. Or an employer cue
 * ("works at", "arbeitet bei", "travaille chez", "trabaja en", "lavora presso", "werkt bij",
 * "trabalha na"): the run is a company. */
/* p1: the word before the run, starting at w1; p2: the word before p1 */
static int thing_cue_before(const struct sc *s, const char *p1, size_t w1, const char *p2)
{
    static const char *const articles[] = {"a",  "an",  "ein", "einen", "eine", "einem", "einer",
                                           "un", "une", "una", "um",    "uma",  "een",   "uno"};
    static const char *const employ[][2] = {
        {"works", "at"},         {"worked", "at"},       {"working", "at"},
        {"employed", "by"},      {"employed", "at"},     {"arbeitet", "bei"},
        {"arbeitete", "bei"},    {"beschäftigt", "bei"}, {"travaille", "chez"},
        {"travaillait", "chez"}, {"trabaja", "en"},      {"trabajaba", "en"},
        {"lavora", "presso"},    {"lavora", "da"},       {"lavorava", "presso"},
        {"werkt", "bij"},        {"werkte", "bij"},      {"trabalha", "na"},
        {"trabalha", "no"},      {"trabalhava", "na"}};
    if (!*p1)
        return 0;
    /* "a" and "an" are also "to" in Romance languages and German ("llama a Elena", "an Jan"),
     * and "a Pálmi Einarsson concert" names a person: an article only after a verb of having */
    static const char *const having[] = {"bought", "buy",    "buying",   "ordered", "order",
                                         "drive",  "drives", "drove",    "own",     "owns",
                                         "rented", "sold",   "kocht",    "kaufte",  "bestellte",
                                         "acheté", "compró", "comprato", "comprou", "kocht"};
    if (NW_ONE_OF(p1, articles) && s->t[w1] >= 'a' && s->t[w1] <= 'z' && NW_ONE_OF(p2, having))
        return 1;
    for (size_t k = 0; k < sizeof employ / sizeof employ[0]; k++) /* first bytes screen */
        if (p1[0] == employ[k][1][0] && p2[0] == employ[k][0][0] && strcmp(p1, employ[k][1]) == 0 &&
            strcmp(p2, employ[k][0]) == 0)
            return 1;
    return 0;
}

/* A birth word ("born", "geboren", "né", ...) opens at i, ending by lim. */
static int born_word_at(const uint8_t *t, size_t i, size_t lim)
{
    if (t[i] != 'b' && t[i] != 'g' && t[i] != 'n' && t[i] != 0xC3)
        return 0;
    static const char *const w[] = {"born",   "geboren", "né",   "nació", "nacque",
                                    "nasceu", "nacido",  "nata", "nato"};
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++) {
        if (t[i] != (uint8_t)w[k][0])
            continue; /* the first byte screens before strlen() */
        size_t l = strlen(w[k]);
        if (i + l <= lim && memcmp(t + i, w[k], l) == 0 && (i == 0 || !is_alnum(t[i - 1])))
            return 1;
    }
    return 0;
}

/* "Mozart was born in 1756", "Goethe wurde 1749 geboren": a birth year before 1900 after the
 * run makes it a historical figure, whose birth is no one's personal data. Looks at most 48
 * bytes on, for a birth word and then a year (the first digits seen). */
static int born_long_ago(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    size_t lim = e + 48 < s->len ? e + 48 : s->len, born = 0;
    for (size_t i = e; i < lim; i++) {
        if (t[i] == '\n' || t[i] == ';' || t[i] == '.' || (t[i] == ',' && i > e) ||
            nw_upper(t + i, lim - i))
            return 0; /* not past the sentence, a clause or another name */
        if (is_digit(t[i])) {
            size_t d = i;
            while (d < s->len && is_digit(t[d]))
                d++;
            if (d - i != 4 || (d < s->len && (t[d] == '-' || t[d] == '/' || t[d] == '.')))
                return 0;
            int y = (t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 +
                    (t[i + 3] - '0');
            /* a birth word between the run and the year (read only once a year is there) */
            for (size_t k = e; k < i && !born; k++)
                born = born_word_at(t, k, lim);
            /* "geboren" after the year: "Goethe wurde 1749 geboren" */
            if (!born)
                for (size_t j = d; j < d + 12 && j + 7 <= s->len; j++)
                    if (memcmp(t + j, "geboren", 7) == 0)
                        born = 1;
            return born && y >= 1000 && y < 1900;
        }
    }
    return 0;
}

/* A phone's label word before its colon ("Caller: Sophie Martin, Handy: +41 31 ..."): one more
 * field of the line, not one more person of the list. */
static int phone_label_run(const struct sc *s, size_t a, size_t e)
{
    static const char *const words[] = {"handy",     "mobil",  "natel",    "telefon", "tel",
                                        "mobile",    "cell",   "portable", "móvil",   "cellulare",
                                        "telemóvel", "mobiel", "telefoon"};
    char b[16];
    return e + 1 < s->len && s->t[e] == ':' && s->t[e + 1] == ' ' &&
           NW_ONE_OF(fold(s, a, e, b, sizeof b), words);
}

int nw_not_person(const struct sc *s, size_t a, size_t e)
{
    char b[48], hb[32];
    size_t ws;
    const char *pw = nw_prev_word(s, a, &ws, hb, sizeof hb);
    if ((strcmp(pw, "st") == 0 || strcmp(pw, "saint") == 0) && e < s->len &&
        (s->t[e] == '\'' || s->t[e] == 0xE2))
        return 1; /* "St. Mary's", "Saint Thomas'": a hospital, a school, a church */
    if (nw_prec9_not_person(s, a, e, pw, ws)) /* names_prec9.c: "Sire: X", "my cat Luna" */
        return 1;
    if (*pw && nw_honorific(pw))
        return 0;                     /* "Mr Lincoln", "Frau Porsche" */
    size_t words = 1, w1 = e, wl = a; /* the first word ends at w1, the last starts at wl */
    for (size_t i = a; i < e; i++)
        if (s->t[i] == ' ') {
            words++;
            if (w1 == e)
                w1 = i;
            wl = i + 1;
        }
    if (legal_form_after(s, e) || place_word_after(s, e) || place_word_before(s, pw, ws) ||
        term_after(s, e))
        return 1;
    char fw[32], lb[32]; /* the last word folded once, for the firm, end and eponym tests */
    if (words >= 2 && nw_place_word(fold(s, a, w1, fw, sizeof fw), 1))
        return 1; /* "Bahnhof Friedrichstraße" */
    const char *lw = fold(s, wl, e, lb, sizeof lb);
    if (words >= 2 && (firm_word(lw) || end_word(lw)))
        return 1; /* "Ruiz Abogados", "Lehman Brothers" */
    if (words == 1 &&
        (ampersand_pair(s, a, e) || three_surnames(s, a, e) || phone_label_run(s, a, e)))
        return 1;
    if (nw_venue_run(s, a, e, words)) /* names_venues.c: "Sala 5", "Hotel Estrela" */
        return 1;
    if (nw_chat9_team(s, a, e)) /* names_chat9.c: "Forza Tifosi (Lena) 7-3" */
        return 1;
    if (nw_header_cell(s, a, e)) /* names_tables2.c: "Alta" in "Nombre,Alta,Correo" */
        return 1;
    char kb[40];
    const char *k = key_before(s, a, kb, sizeof kb);
    if (*k && (thing_key(k) || nw_place_key(k)))
        return 1;
    /* "Name: Hugo Boss", "Patient: Calvin Klein": a name's own key names a person whatever
     * brand; not "owner:", "Firma:", "Marke:" */
    static const char *const name_keys[] = {"name",    "full name", "nom",      "nombre",
                                            "nome",    "naam",      "vorname",  "nachname",
                                            "prénom",  "patient",   "paciente", "paziente",
                                            "patiënt", "patientin", "patiente"};
    int person_key = *k && NW_ONE_OF(k, name_keys);
    k = column_header(s, a, e, kb, sizeof kb);
    if (*k && (thing_key(k) || nw_place_key(k)))
        return 1;
    /* the words of the run, '-' as ' ' ("Hewlett-Packard" parses as one word) */
    const char *f = fold(s, a, e, b, sizeof b);
    if (!*f)
        return 0;
    char g[48];
    size_t n = 0;
    for (; f[n] && n + 1 < sizeof g; n++)
        g[n] = f[n] == '-' ? ' ' : f[n];
    g[n] = '\0';
    if (nw_brand(g, words) && !person_key)
        return 1;
    if (eponym_possessive(s, e, lw))
        return 1;
    if (words == 1 && nw_famous(g))
        return 1;
    /* the two words before the run, read once for both cues (each read them itself) */
    char hb2[32];
    size_t ws2 = ws;
    const char *pw2 = *pw ? nw_prev_word(s, ws, &ws2, hb2, sizeof hb2) : "";
    if (topic_before(s, pw, pw2, ws2) || thing_cue_before(s, pw, ws, pw2) || born_long_ago(s, e))
        return 1;
    return nw_city_place(s, a, e, g, words); /* names_cities.c */
}
