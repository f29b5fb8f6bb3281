/* names_cities.c: cities that are given names (names_curated.c's list: Victoria, Charlotte,
 * Austin, Regina...) and the role the text gives them: a place where a preposition of place or a
 * verb of travel stands before it ("moved to Charlotte", "stop in Regina", "kommt aus Adelaide"),
 * where it is on a route ("Von Charlotte nach Kingston", "From: Austin  To: Tyler", "aankomst
 * Kingston"), in a weather question ("Che tempo fa a Victoria"), or where a region, a country or
 * a street line frames it ("Charlotte, NC", "Via Giuseppe Verdi, Santiago").
 *
 * A person's name stays a person's where nothing gives it a place's role: "Please talk to
 * Charlotte", "From: Charlotte" over a "To:" line. Called by names_reject.c for accepted runs.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* ---- cities that are given names (names_curated.c), where the text speaks of a place ----------
 */
static int place_cue_before(const struct sc *s, size_t a)
{
    static const char *const preps[] = {
        "in",   "near",    "nahe", "nach", "naar", "em",  "outside", "around", "aus",
        "en",   "à",       "a",    "para", "pour", "per", "to",      "from",   "via",
        "über", "through", "da",   "de",   "w",    "v",   "ve"};
    static const char *const movers[] = {
        "flight",     "flights",       "fly",       "flew",       "flying",
        "moved",      "move",          "moving",    "trip",       "travel",
        "travelled",  "traveled",      "relocated", "relocating", "drive",
        "drove",      "train",         "bus",       "route",      "vol",
        "vols",       "billet",        "déménagé",  "arrivé",     "vuelo",
        "viaje",      "mudó",          "mudo",      "llegó",      "volo",
        "trasferita", "trasferito",    "treno",     "viaggio",    "voo",
        "viagem",     "mudou-se",      "mudou",     "vlucht",     "verhuisd",
        "trein",      "reis",          "flug",      "zug",        "fahrt",
        "reise",      "zog",           "umgezogen", "office",     "offices",
        "based",      "located",       "lives",     "live",       "living",
        "born",       "headquartered", "visit",     "visiting",   "visited",
        "go",         "went",          "going",     "gone",       "commute",
        "commuting",  "fahre",         "fahren",    "fliege",     "fliegen",
        "vais",       "voy",           "vado",      "vou",        "ga",
        "gaan",       "join",          "joins",     "joining",    "joined",
        "collega",    "conecta",       "connecte",  "partir",     "driving",
        "stop",       "arrive",        "arriving",  "leaving",    "sede",
        "basée",      "basé",          "fica",      "part",       "pars",
        "voa",        "vola",          "vuela",     "vole",       "vliegt",
        "fliegt",     "flies",         "salió",     "sale",       "shipped",
        "estar",      "estou",         "estoy",     "estaré",     "estamos",
        "serai",      "sarò"};
    char b1[32], b2[32];
    size_t w1, w2;
    const char *p1 = nw_prev_word(s, a, &w1, b1, sizeof b1);
    if (!NW_ONE_OF(p1, preps))
        return 0;
    if (strcmp(p1, "in") == 0 || strcmp(p1, "near") == 0 || strcmp(p1, "nahe") == 0 ||
        strcmp(p1, "nach") == 0 || strcmp(p1, "outside") == 0 || strcmp(p1, "w") == 0 ||
        strcmp(p1, "v") == 0 || strcmp(p1, "ve") == 0) /* Polish, Czech: "w Adelaide" */
        return 1;
    const char *p2 = nw_prev_word(s, w1, &w2, b2, sizeof b2);
    return NW_ONE_OF(p2, movers);
}

/* "Charlotte, NC", "Regina, Saskatchewan", "Santiago, Chile": a city, then a state's code (two
 * capitals) or a country or state word (names_words.c's places) after a comma. */
static int region_after(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    if (e + 3 >= s->len || t[e] != ',' || t[e + 1] != ' ' || !nw_upper(t + e + 2, s->len - e - 2))
        return 0;
    size_t b = e + 2, we = b;
    while (we < s->len && we - b < 24 && (t[we] >= 0x80 || is_alnum(t[we])))
        we++;
    if (we - b == 2 && is_up(t[b]) && is_up(t[b + 1]))
        return 1;
    static const char *const regions[] = {
        "alabama",     "arizona",  "california", "colorado",      "connecticut", "delaware",
        "idaho",       "illinois", "indiana",    "iowa",          "kansas",      "kentucky",
        "louisiana",   "maine",    "maryland",   "massachusetts", "michigan",    "minnesota",
        "mississippi", "missouri", "nebraska",   "oklahoma",      "oregon",      "pennsylvania",
        "tennessee",   "utah",     "vermont",    "washington",    "wisconsin",   "wyoming",
        "ontario",     "quebec",   "manitoba",   "saskatchewan",  "alberta",     "england",
        "scotland",    "wales",    "tasmania",   "queensland",    "usa"};
    char rb[24];
    const char *r = nw_fold_span(s, b, we, rb, sizeof rb);
    return NW_ONE_OF(r, regions) ||
           (nw_not_name(r) && !nw_lexname(anon_names_lexicon((const char *)t + b, we - b)));
}

/* ", Adelaide" closing a line after a place ("Victoria Station, Adelaide"): the word before the
 * comma is no name (not "Keller, Charlotte", not "Tom, Anna, Charlotte") nor a closing. */
static int city_after_place(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    if (a < 3 || t[a - 1] != ' ' || t[a - 2] != ',')
        return 0;
    if (e < s->len && !(t[e] == '\n' || t[e] == '\r' || t[e] == '"' || t[e] == '.' ||
                        (t[e] == '\\' && e + 1 < s->len && t[e + 1] == 'n')))
        return 0;
    size_t ws;
    char b[32];
    const char *w = nw_prev_word(s, a - 2, &ws, b, sizeof b);
    if (!*w || nw_closing(w))
        return 0;
    unsigned lx = anon_names_lexicon((const char *)t + ws, a - 2 - ws);
    if (!(lx & (ANON_NL_GIVEN | ANON_NL_NAME)))
        return 1;
    /* a street line before the comma, named after someone: "Via Giuseppe Verdi, Santiago" */
    size_t ls = ws;
    while (ls > 0 && t[ls - 1] != '\n' && ws - ls < 64)
        ls--;
    if (ls > 0 && t[ls - 1] != '\n')
        return 0;
    while (ls < ws && (t[ls] == ' ' || t[ls] == '\t'))
        ls++;
    size_t le = ls;
    while (le < ws && le - ls < 16 && (t[le] >= 0x80 || is_alnum(t[le])))
        le++;
    return le > ls && le < ws && t[le] == ' ' &&
           nw_place_word(nw_fold_span(s, ls, le, b, sizeof b), is_up(t[ls]));
}

/* ---- a city on a route ------------------------------------------------------------------------
 */
static int from_word(const char *w)
{
    static const char *const from[] = {"from",   "von",   "van", "de",  "desde", "da",
                                       "depuis", "vanaf", "aus", "uit", "do",    "dalla"};
    return NW_ONE_OF(w, from);
}

static int to_word(const char *w)
{
    static const char *const to[] = {"to",  "nach", "naar", "à",  "a",   "para",
                                     "per", "até",  "bis",  "au", "nel", "-"};
    return NW_ONE_OF(w, to);
}

/* The other end of a route, text[b .. e): a city that is a given name or no given name at all
 * ("to Orlando", "to Boston"); not "from Charlotte to Tom", a message between people. */
static int other_end(const struct sc *s, size_t b, size_t e)
{
    char buf[32];
    if (e <= b || nw_city_name(nw_fold_span(s, b, e, buf, sizeof buf)))
        return e > b;
    return !(anon_names_lexicon((const char *)s->t + b, e - b) & ANON_NL_GIVEN);
}

/* After the city at e: " to Tyler", " nach Kingston", " a Augusta", "  To: Tyler". */
static int route_after(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    size_t i = e;
    while (i < s->len && i - e < 3 && (t[i] == ' ' || t[i] == '\t'))
        i++;
    if (i == e)
        return 0;
    size_t we = i;
    while (we < s->len && we - i < 8 && (t[we] >= 0x80 || is_alnum(t[we]) || t[we] == '-'))
        we++;
    char b[16];
    const char *w = we > i ? nw_fold_span(s, i, we, b, sizeof b) : "";
    if (!to_word(w))
        return 0;
    if (we < s->len && t[we] == ':')
        we++; /* "To: Tyler" */
    if (we + 1 >= s->len || t[we] != ' ' || !nw_upper(t + we + 1, s->len - we - 1))
        return 0;
    size_t ce = we + 1;
    while (ce < s->len && ce - we < 24 && (t[ce] >= 0x80 || is_alnum(t[ce])))
        ce++;
    return other_end(s, we + 1, ce);
}

/* The city text[a .. e) plays a place's role on a route: "Von Charlotte nach Kingston" (the
 * particle in the run: lead), "from Madison to Austin", "De Charlotte a Augusta", "aankomst
 * Kingston", "desde Kingston", "kommt aus Adelaide", "Che tempo fa a Victoria". */
static int city_role(const struct sc *s, size_t a, size_t e, int lead)
{
    static const char *const alone[] = {"aus", "vanuit", "uit", "desde", "depuis", "vanaf"};
    static const char *const ends[] = {"arrival",   "departure", "arrives", "departs", "arriving",
                                       "departing", "aankomst",  "vertrek", "ankunft", "abfahrt",
                                       "abflug",    "arrivée",   "départ",  "llegada", "salida",
                                       "arrivo",    "partenza",  "chegada", "partida"};
    static const char *const weather[] = {"weather", "wetter", "météo", "temps",    "weer",
                                          "tiempo",  "tempo",  "clima", "forecast", "vorhersage"};
    char b1[32], b2[32], b3[32];
    size_t w1, w2, w3;
    const uint8_t *t = s->t;
    const char *p1 = nw_key_word_before(s, a, &w1, b1, sizeof b1);
    if (lead)
        return route_after(s, e);
    if (from_word(p1) && route_after(s, e))
        return 1;
    /* a ticket's or timetable's noun right before: "Flug Regina", "flights Charlotte - Regina" */
    static const char *const transport[] = {
        "flight", "flights", "flug",   "flüge", "vol", "vols",  "vuelo", "vuelos", "volo", "voli",
        "voo",    "voos",    "vlucht", "train", "zug", "trein", "tren",  "treno",  "bus"};
    if (NW_ONE_OF(p1, alone) || NW_ONE_OF(p1, ends) || NW_ONE_OF(p1, transport))
        return 1;
    static const char *const office[] = {"office",        "site",    "branch",     "standort",
                                         "niederlassung", "filiale", "vestiging",  "kantoor",
                                         "locatie",       "bureau",  "agence",     "oficina",
                                         "sede",          "ufficio", "escritório", "escritorio"};
    size_t q = a;
    while (q > 0 && t[q - 1] == ' ')
        q--;
    if (q > 0 && t[q - 1] == ':' && NW_ONE_OF(p1, office))
        return 1; /* "Office: Victoria", "Standort: Regina"; not "Office: Jana Brandt" */
    const char *p2 = *p1 ? nw_key_word_before(s, w1, &w2, b2, sizeof b2) : "";
    const char *p3 = *p2 ? nw_key_word_before(s, w2, &w3, b3, sizeof b3) : "";
    /* a city's own nouns: "Population of Charlotte", "distance between Madison", "Madison's
     * weather" */
    static const char *const geo[] = {
        "population", "map",       "mayor",         "weather",     "climate",     "suburbs",
        "downtown",   "outskirts", "centre",        "center",      "bevölkerung", "einwohner",
        "karte",      "wetter",    "bürgermeister", "carte",       "maire",       "météo",
        "población",  "mapa",      "alcalde",       "popolazione", "mappa",       "sindaco",
        "bevolking",  "kaart",     "burgemeester",  "população",   "prefeito",    "distance",
        "flights",    "airport"};
    int poss = e + 3 < s->len && t[e] == '\'' && t[e + 1] == 's' && t[e + 2] == ' ';
    if ((strcmp(p1, "of") == 0 || strcmp(p1, "between") == 0 || strcmp(p1, "von") == 0 ||
         strcmp(p1, "de") == 0 || strcmp(p1, "di") == 0 || strcmp(p1, "van") == 0) &&
        NW_ONE_OF(p2, geo) && !poss)
        return 1; /* not "the center of Victoria's attention" */
    static const char *const own[] = {"weather", "population", "mayor",   "downtown",
                                      "suburbs", "outskirts",  "airport", "climate"};
    if (poss) {
        size_t ge = e + 3;
        while (ge < s->len && ge - e < 20 && t[ge] >= 'a' && t[ge] <= 'z')
            ge++;
        char gb[24];
        if (ge > e + 3 && (ge == s->len || !is_alnum(t[ge])) &&
            NW_ONE_OF(nw_fold_span(s, e + 3, ge, gb, sizeof gb), own))
            return 1;
    }
    if ((to_word(p1) || strcmp(p1, "en") == 0 || strcmp(p1, "em") == 0 || strcmp(p1, "in") == 0 ||
         strcmp(p1, "for") == 0 || strcmp(p1, "für") == 0 || strcmp(p1, "pour") == 0) &&
        (NW_ONE_OF(p2, weather) || NW_ONE_OF(p3, weather)))
        return 1; /* "Che tempo fa a Victoria", "Weather forecast for Eugene" */
    /* "from Madison to Austin", "flights Charlotte - Regina": the city before "to" starts the
     * route */
    if (!to_word(p1) || !*p2 || !is_up(s->t[w2]))
        return 0;
    size_t p2e = w2;
    while (p2e < w1 && (s->t[p2e] >= 0x80 || is_alnum(s->t[p2e])))
        p2e++;
    return other_end(s, w2, p2e) &&
           (from_word(p3) || (nw_city_name(p2) && NW_ONE_OF(p3, transport)));
}

int nw_city_place(const struct sc *s, size_t a, size_t e, char *g, size_t words)
{
    if (nw_city_name(g) &&
        (place_cue_before(s, a) || city_after_place(s, a, e) || region_after(s, e) ||
         city_role(s, a, e, 0) || nw_lone49_dateline(s, a, e)))
        return 1;
    char *sp = strchr(g, ' '); /* "Von Charlotte nach Kingston": the particle in the run */
    if (words == 2 && sp && nw_city_name(sp + 1) && city_role(s, a, e, 1)) {
        *sp = '\0';
        return nw_particle(g);
    }
    return 0;
}
