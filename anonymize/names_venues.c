/* names_venues.c: the role the text gives a word that may be a person's name or a house number:
 * a room, hall, gate, seat or platform with its number ("Sala 5", "Gate B12", "Zimmer 12, Halle
 * 4"), a meeting room named after someone ("sala Darwin"), a hotel or restaurant ("Hotel
 * Estrela", "Chez Marius"), a train ("Treno da Cadorna"). Cities are names_cities.c's.
 *
 * These rules read the words around a run, not a list of the runs themselves, so they carry to
 * places no list names. Like names_reject.c, which calls them, they only take findings away; the
 * address recognisers (names_places.c) ask nw_venue_number() before they read a house number.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* A word followed by a number names a room, a hall, a gate, a seat, a platform, a stand, a
 * building or its level: "Room 4.12", "Saal 2", "Quai 11", "Binario 14", or a phone's
 * extension ("Durchwahl 2438"). Folded. Words that are
 * also a street's type ("via", "platz") are not here: "Via Roma 10" is an address. */
int nw_venue_word(const char *f)
{
    static const char *const words[] = {
        "room", "rm", "hall", "gate", "terminal", "platform", "seat", "stand", "booth", "level",
        "building", "bldg", "pier", "track", "berth", "auditorium", "zimmer", "raum", "saal",
        "halle", "gleis", "sitz", "sitzplatz", "haus", "ebene", "flugsteig", "hörsaal", "bahnsteig",
        "gebäude", "salle", "porte", "quai", "voie", "siège", "bâtiment", "niveau", "amphi", "zaal",
        "lokaal", "spoor", "perron", "hal", "stoel", "gebouw", "verdieping", "sala", "aula",
        "puerta", "andén", "pabellón", "asiento", "edificio", "planta", "padiglione", "binario",
        "posto", "piano", "auditório", "porta", "linha", "cais", "lugar", "pavilhão", "edifício",
        "piso", "gate", "sector", "tribune", "tribüne", "block",
        /* a warehouse's or a campsite's places: "Aisle 14 Bay 3", "Dock 12", "Pitch 5" */
        "aisle", "bay", "row", "shelf", "rack", "dock", "pitch", "locker",
        /* a wing, a stage, a studio and their halls: "Wing 3", "Bühne 2", "Sal 5", "Studio 4" */
        "wing", "flügel", "vleugel", "aile", "sal", "stage", "bühne", "scène", "scena", "escenario",
        "palco", "podium", "jeviště", "scen", "studio", "atelier", "hangar",
        /* a site's entrances, buildings and lots, a ward's beds: "Eingang 2, Tor 5", "Bau 12",
         * "Baufeld 3 Los 2", "Bed 12 Ward 3" */
        "eingang", "tor", "bau", "baufeld", "los", "ward", "bed",
        /* a phone line's extension after its number: "+43 699 435 340 94 Durchwahl 2438" */
        "durchwahl", "nebenstelle", "toestel", "extension"};
    return NW_ONE_OF(f, words);
}

/* A number (a digit, or up to three letters then a digit: "B12", "A-210", "4B20", "2E") at i. */
static int number_at(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    for (size_t k = 0; k < 4 && i + k < s->len; k++) {
        if (is_digit(t[i + k]))
            return 1;
        if (!(is_up(t[i + k]) || (k && t[i + k] == '-')))
            return 0;
    }
    return 0;
}

/* The number that starts at i follows a venue word ("Zimmer 12", "Building 7", "Seat 22A"): a
 * room's, not a house's. */
int nw_venue_number(const struct sc *s, size_t i)
{
    size_t ws;
    char b[24];
    if (i == 0 || s->t[i - 1] != ' ')
        return 0;
    const char *w = nw_key_word_before(s, i, &ws, b, sizeof b);
    return *w && nw_upper(s->t + ws, i - ws) && nw_venue_word(w);
}

/* A hotel, restaurant or train word, capitalised, before a name or opening the run ("Hotel
 * Estrela", "Chez Marius", "Trattoria da Enzo", "Treno da Cadorna"). */
static int hospitality_word(const char *f)
{
    static const char *const words[] = {
        "hotel",   "pension", "trattoria", "brasserie", "ristorante",  "restaurante", "osteria",
        "taverna", "taberna", "chez",      "gasthof",   "gasthaus",    "hostal",      "pousada",
        "auberge", "bistro",  "bistrot",   "café",      "pizzeria",    "albergo",     "locanda",
        "hostel",  "herberg", "posada",    "residence", "residencial", "treno",       "trein",
        "tren",    "comboio", "zug",       "train",     "cais",        "the"};
    return NW_ONE_OF(f, words);
}

/* A word for a meeting room (folded). */
static int room_word(const char *f)
{
    static const char *const rooms[] = {"room", "salle",      "sala",         "raum",
                                        "zaal", "saal",       "vergaderzaal", "besprechungsraum",
                                        "aula", "meetingroom"};
    return NW_ONE_OF(f, rooms);
}

/* A meeting room named after someone: "room Curie", "sala Darwin", "Raum Einstein"; not "the
 * room Anna booked" (English leaves out its relative pronoun after an article). */
static int room_before(const struct sc *s, size_t a)
{
    size_t ws, ws2;
    char b[32], b2[32];
    const char *w = nw_key_word_before(s, a, &ws, b, sizeof b);
    if (!room_word(w))
        return 0;
    if (strcmp(w, "room") != 0)
        return 1;
    const char *p = nw_key_word_before(s, ws, &ws2, b2, sizeof b2);
    return !(strcmp(p, "the") == 0 || strcmp(p, "a") == 0 || strcmp(p, "this") == 0 ||
             strcmp(p, "that") == 0 || strcmp(p, "which") == 0);
}

int nw_venue_run(const struct sc *s, size_t a, size_t e, size_t words)
{
    const uint8_t *t = s->t;
    char b[32], fb[32];
    size_t ws, w1 = a;
    while (w1 < e && t[w1] != ' ')
        w1++;
    const char *first = nw_fold_span(s, a, w1, fb, sizeof fb);
    if (words == 1 && e + 1 < s->len && t[e] == ' ' && number_at(s, e + 1) && nw_venue_word(first))
        return 1; /* "Sala 5", "Perron 2" */
    if (words == 2 && e + 1 < s->len && t[e] == ' ' && number_at(s, e + 1) && room_word(first))
        return 1; /* "Sala Riunioni 4", "Salle Verte 2": a meeting room's name and number */
    if (words >= 2 && hospitality_word(first))
        return 1; /* "Trattoria da Enzo", "The Savoy" */
    char rb[32];
    const char *rest = words == 2 ? nw_fold_span(s, w1 + 1, e, rb, sizeof rb) : "";
    if (*rest && room_word(first) && (nw_city_name(rest) || nw_famous(rest)))
        return 1; /* "Sala Victoria", "Raum Einstein"; not "Sala Marcos", surname first */
    const char *w = nw_key_word_before(s, a, &ws, b, sizeof b);
    if (*w && is_up(t[ws]) && hospitality_word(w) && strcmp(w, "the") != 0)
        return 1; /* "Hotel Estrela" */
    static const char *const at[] = {"the", "in", "at", "where", "to", "from", "our", "im"};
    if (e + 5 <= s->len && memcmp(t + e, " room", 5) == 0 &&
        (e + 5 == s->len || !is_alnum(t[e + 5])) && NW_ONE_OF(w, at))
        return 1; /* "Where: Victoria room", "in the Washington room"; not "gave Charlotte room" */
    return room_before(s, a);
}

/* A key whose value is a room or a place ("room": "Sevilla", "Where: Victoria"), folded. */
int nw_place_key(const char *k)
{
    static const char *const keys[] = {
        "room", "meeting room", "where", "place", "raum", "salle", "sala", "zaal",     "saal",
        "wo",   "où",           "dónde", "dove",  "waar", "onde",  "gate", "platform", "terminal"};
    return NW_ONE_OF(k, keys);
}
