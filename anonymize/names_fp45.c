/* names_fp45.c: PERSON findings that are the name of a thing standing where people stand: a boat,
 * a drone, an animal, a bee line, a golf trophy, a room or vault named after someone, a school,
 * farm, stall, taxi firm, charity or archive fonds. Told by:
 * - the label whose value it is, when a word of that label names a thing and none names a person
 *   ("Båtens namn: Kristina", "Name des Hundes: Lola", "Tresorraum: Fugger", "Stand Nr. 12: Tia
 *   Rosa"; a list after a plural one: "Meeting rooms on floor 2: Ada Lovelace, Alan Turing"),
 *   or a thing's label word taken for a name before its colon ("Oda: ...", "Kolo: ...");
 * - a type word before or after it, inside the finding or beside it ("SY Sofie", "Taxi Leone",
 *   "Hof Lindner", "Nadace Karla Janečka", "Szpital im. Jana Pawła II", "Tom Morris Cup",
 *   "Liszt Ferenc Zeneakadémia", "Sfântu Gheorghe");
 * - a name in quotes after a model's designation ("Autel EVO II \"Greta\"", "Cessna 172 \"Emma\"");
 * - a famous person as the topic of a talk ("Conférence sur Liszt Ferenc", "Werk von Ibsen").
 * Every finding of the scanner passes through nw_fp45_emit first (the head of the chain in
 * anon_names_scan()); a dropped one is not forwarded. The lists hold no word a person's name is
 * made of, except as the label it is before a colon, so a person beside any of them stays. Only
 * findings are looked at: nothing runs on text without one. Nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <stdint.h>
#include <string.h>

/* Words of a label that say its value is a thing (folded). A label holding one of them and none
 * of person_word names a thing: "Vessel name", "Name des Fahrzeugs", "Koiran nimi". Left out,
 * for a person may stand there: "Firma", "Ditta", "Unternehmen", "Operator", "Model", "Plan". */
static const char *const thing_word[] = {"vessel",       "boat",          "boats",
                                         "yacht",        "yachts",        "navire",
                                         "bateau",       "fahrzeugs",     "schiff",
                                         "boot",         "boote",         "scheepsnaam",
                                         "schip",        "båtens",        "båtnavn",
                                         "båt",          "båtar",         "skibets",
                                         "skib",         "veneen",        "vene",
                                         "unità",        "embarcación",   "jachtu",
                                         "jacht",        "skafous",       "tekne",
                                         "plavidla",     "hajó",          "barca",
                                         "embarcação",   "liegeplätze",   "aircraft",
                                         "drone",        "drones",        "drönare",
                                         "drón",         "dron",          "fluggerät",
                                         "aéronef",      "letadlo",       "velivolo",
                                         "aeronave",     "lentokone",     "glider",
                                         "dog",          "dogs",          "hund",
                                         "hundens",      "hundes",        "chien",
                                         "animal",       "hond",          "perro",
                                         "cane",         "psa",           "koiran",
                                         "kutya",        "köpek",         "câine",
                                         "pet",          "horses",        "pferde",
                                         "paarden",      "colony",        "colonies",
                                         "volk",         "völker",        "ruche",
                                         "včelstvo",     "koningin",      "königin",
                                         "lignée",       "linie",         "linje",
                                         "anyavonal",    "bana",          "bane",
                                         "kenttä",       "percorso",      "parcours",
                                         "baan",         "piece",         "pieces",
                                         "stück",        "morceau",       "brano",
                                         "obra",         "utwór",         "examenstuk",
                                         "piesă",        "song",          "songs",
                                         "dance",        "buch",          "book",
                                         "livre",        "libro",         "bok",
                                         "kniha",        "könyv",         "kitap",
                                         "choir",        "chor",          "musikschule",
                                         "conservatory", "conservatoire", "conservatorio",
                                         "fonds",        "fondo",         "bestand",
                                         "nachlass",     "collection",    "archiv",
                                         "archive",      "archief",       "arkiv",
                                         "archivo",      "archivio",      "zespół",
                                         "room",         "rooms",         "raum",
                                         "räume",        "salle",         "sala",
                                         "zaal",         "ruimte",        "rum",
                                         "rom",          "lokale",        "tila",
                                         "místnost",     "terem",         "oda",
                                         "aithousa",     "vault",         "tresor",
                                         "tresorraum",   "caveau",        "kluis",
                                         "valv",         "trezor",        "skarbiec",
                                         "device",       "gerät",         "appareil",
                                         "apparecchio",  "toestel",       "laite",
                                         "készülék",     "syskevi",       "apparat",
                                         "fahrrad",      "bike",          "bikes",
                                         "bicycle",      "vélo",          "bici",
                                         "cykel",        "kolo",          "fiets",
                                         "rower",        "pyörä",         "bicicleta",
                                         "kerékpár",     "bisiklet",      "clinic",
                                         "klinik",       "clinique",      "kliniek",
                                         "centro",       "zentrum",       "centrum",
                                         "ziekenhuis",   "ospedale",      "szpital",
                                         "sjukhus",      "nemocnice",     "kórház",
                                         "hastane",      "solicitors",    "kanzlei",
                                         "sociedade",    "advokatfirma",  "asianajotoimisto",
                                         "bedrijf",      "centrale",      "radiotaxi",
                                         "durak",        "standplatz",    "standplaats",
                                         "társaság",     "stanice",       "estação",
                                         "stathmos",     "stație",        "megálló",
                                         "fermata",      "estación",      "haltestelle",
                                         "gare",         "farm",          "betrieb",
                                         "betriebe",     "exploitation",  "explotación",
                                         "exploração",   "bedrift",       "gård",
                                         "farma",        "gazdaság",      "işletme",
                                         "exploatație",  "ekmetallefsi",  "stall",
                                         "stalls",       "stand",         "étal",
                                         "puesto",       "stoisko",       "tezgah",
                                         "pagkos",       "charity",       "organisme",
                                         "entidad",      "ente",          "instituição",
                                         "kurum",        "venue",         "venues",
                                         "halle",        "senter",        "spielbank",
                                         "casino",       "mains",         "dessert",
                                         "rett",         "hauptgang",     "nachtisch",
                                         "plat",         "piatto",        "plato",
                                         "voorraad",     "tariff",        "abonnemang",
                                         "house",        "haus",          "villa",
                                         "objekt",       "horse"};
/* Words of a label that say a person fills it, even beside a thing's word ("Boat owner",
 * "Room booked by", "Stall holder", "Dog walker"). */
static const char *const person_word[] = {
    "owner",     "owners",    "eigner",      "eigentümer",   "propriétaire", "eigenaar",
    "ägare",     "eier",      "ejer",        "omistaja",     "armatore",     "propietario",
    "armator",   "skipper",   "schipper",    "captain",      "pilot",        "keeper",
    "holder",    "rider",     "breeder",     "trader",       "driver",       "manager",
    "contact",   "by",        "von",         "par",          "door",         "av",
    "af",        "por",       "da",          "od",           "walker",       "teacher",
    "lehrer",    "student",   "pupil",       "player",       "spieler",      "member",
    "guest",     "gast",      "host",        "patient",      "doctor",       "arzt",
    "inhaber",   "inhaberin", "leiter",      "leiterin",     "head",         "leader",
    "client",    "kunde",     "applicant",   "signed",       "with",         "mit",
    "avec",      "con",       "man",         "director",     "diretor",      "directeur",
    "direktor",  "dono",      "responsable", "responsabile", "responsável",  "to",
    "results",   "result",    "winner",      "winners",      "ergebnisse",   "sieger",
    "résultats", "gagnant",   "ganador",     "vincitore",    "standings"};
/* Label words of plural things, after which a list of them follows ("Our horses: A, B, C"). */
static const char *const list_word[] = {"boats",    "boote",  "båtar",   "liegeplätze", "dogs",
                                        "horses",   "pferde", "paarden", "colonies",    "völker",
                                        "pieces",   "songs",  "rooms",   "räume",       "bikes",
                                        "betriebe", "stalls", "venues",  "voorraad"};

/* Type words before a name that make it a thing's ("SY Sofie", "Taxi Leone", "Hof Lindner",
 * "Nadace Karla Janečka"), as written. */
static const char *const type_before[] = {"MY",
                                          "SY",
                                          "MV",
                                          "M/Y",
                                          "S/Y",
                                          "M/S",
                                          "M/V",
                                          "Taxi",
                                          "Taxis",
                                          "Hof",
                                          "Gut",
                                          "Gård",
                                          "Statek",
                                          "Ferma",
                                          "Ktima",
                                          "Çiftlik",
                                          "Finca",
                                          "Fattoria",
                                          "Domaine",
                                          "Quinta",
                                          "Tenuta",
                                          "Herdade",
                                          "Hoeve",
                                          "Bauernhof",
                                          "Weingut",
                                          "Volk",
                                          "Kolonie",
                                          "Ruche",
                                          "Colony",
                                          "Room",
                                          "Raum",
                                          "Salle",
                                          "Zaal",
                                          "Mødelokale",
                                          "Huone",
                                          "Místnost",
                                          "Terem",
                                          "Aithousa",
                                          "Tresor",
                                          "Tresorraum",
                                          "Vault",
                                          "Kluis",
                                          "Caveau",
                                          "Valv",
                                          "Boksrum",
                                          "Trezor",
                                          "Fonds",
                                          "Nachlass",
                                          "Collection",
                                          "Archivo",
                                          "Fondo",
                                          "Bestand",
                                          "Archief",
                                          "Spuścizna",
                                          "Pozůstalost",
                                          "Nadace",
                                          "Fundația",
                                          "Fundacja",
                                          "Fundación",
                                          "Fondation",
                                          "Fondazione",
                                          "Fundação",
                                          "Ídryma",
                                          "Musikschule",
                                          "Conservatorio",
                                          "Conservatoire",
                                          "Muziekschool",
                                          "Odeio",
                                          "im.",
                                          "Carnica",
                                          "Buckfast",
                                          "Ligustica",
                                          "Mellifera",
                                          "Sfântu",
                                          "Sfânta",
                                          "Szent",
                                          "Svatý",
                                          "Svatá",
                                          "Święty",
                                          "Święta",
                                          "Agios",
                                          "Agia",
                                          "Aziz",
                                          "Chor",
                                          "Coro",
                                          "Chœur",
                                          "Koor",
                                          "Premio",
                                          "Prémio",
                                          "Prix",
                                          "Nagroda",
                                          "Premiul",
                                          "Zámečnictví",
                                          "Låsesmed",
                                          "Låssmed",
                                          "Cerrajería",
                                          "Serrurerie",
                                          "Slotenmaker",
                                          "Schlüsseldienst",
                                          "Kammerjäger",
                                          "Schädlingsbekämpfung",
                                          "Desinsectación",
                                          "Disinfestazioni"};
/* Words of things that carry names of their own: under a heading with one of them, a "Name:"
 * label names the thing ("Pet registration\nName: Fritz", "Boat\nName: Kristina"). */
static const char *const named_thing[] = {
    "boat",   "boats",  "vessel",        "yacht",       "drone",  "aircraft", "pet",
    "dog",    "hund",   "hundes",        "chien",       "horse",  "pferd",    "cheval",
    "paard",  "canina", "embarcaciones", "embarcación", "bateau", "båt",      "koira",
    "colony", "ship",   "animal",        "hond",        "perro",  "cane"};
/* The words of a "Name:" label in the pack's languages, folded. */
static const char *const name_label[] = {"name", "nome", "nombre", "nom", "naam", "navn", "namn",
                                         "nimi", "imię", "jméno",  "név", "ad",   "nume", "onoma"};
/* Words of form headings that no name is made of ("Dati Anagrafici", "Koko Nimi", "Dane
 * Osobowe", "Persona Da Contattare"), folded. */
static const char *const heading_word[] = {"anagrafici", "osobowe",   "nimi",       "contattare",
                                           "completo",   "personali", "personales", "pessoais",
                                           "osobní",     "kişisel",   "nächstes"};
static const char *const vessel[] = {"MY", "SY", "MV", "M/Y", "S/Y", "M/S", "M/V"};

/* Type words after a name that make it a thing's ("Tom Morris Cup", "Carl Nielsen Akademi"). */
static const char *const type_after[] = {
    "Cup",        "Trophy",    "Pokal",        "Preis",      "Prize",  "Course",    "Links",
    "Foundation", "Trust",     "Stiftung",     "Stiftelse",  "säätiö", "Vakfı",     "Akademi",
    "Akademie",   "Academy",   "Zeneakadémia", "Zeneiskola", "Okulu",  "Enstitüsü", "Mahkemesi",
    "arkiv",      "Archive",   "Ziekenhuis",   "Kórház",     "Kórus",  "Quartet",   "Ensemble",
    "Orchestra",  "Orchester", "line",         "néni",       "bácsi",  "ApS",       "AB",
    "GmbH",       "Srl",       "Ltd",          "Oy",         "AS",     "BV"};
/* Nouns of a talk or a work whose topic follows ("Conférence sur X", "Werk von X"), as written.
 * "von", "de", "di" after them name the speaker ("Vortrag von X"), so they are no topic's
 * prepositions. */
static const char *const talk_word[] = {
    "Conférence", "conférence", "Lecture",   "lecture",   "Talk",      "talk",
    "Lezing",     "lezing",     "Wykład",    "wykład",    "Přednáška", "přednáška",
    "Charla",     "charla",     "Vortrag",   "Incontro",  "Előadás",   "Werk",
    "Leben",      "biography",  "Biografie", "Biographie"};
static const char *const topic_prep[] = {"sur", "on",    "about", "of", "over",
                                         "o",   "sobre", "über",  "su"};
/* Words of forms taken for names when they stand alone: a heading ("Karar", "Adeia skafous",
 * "Bağış makbuzu") or a role label ("Spiller:", "Sprecher:"), as written. */
static const char *const form_word[] = {"Karar",   "Adeia",    "Karta",  "Yeni", "Bağış",
                                        "Spiller", "Sprecher", "Charla", "Leben"};

/* Is t[a .. e) one of list (as written)? */
static int word_in(const uint8_t *t, size_t a, size_t e, const char *const *list, size_t n)
{
    char w[32];
    if (e <= a || e - a >= sizeof w)
        return 0;
    memcpy(w, t + a, e - a);
    w[e - a] = '\0';
    return nw_one_of(w, list, n); /* indexed by first byte (names_oneof.c) */
}
#define IN(t, a, e, list) word_in((t), (a), (e), (list), sizeof(list) / sizeof((list)[0]))

/* Is t[a .. e) (folded) one of list? */
static int folded_in(const uint8_t *t, size_t a, size_t e, const char *const *list, size_t n)
{
    char f[40];
    size_t k = e - a < sizeof f ? nw_fold((const char *)t + a, e - a, f, sizeof f - 1) : 0;
    if (!k)
        return 0;
    f[k] = '\0';
    return nw_one_of(f, list, n);
}
#define FOLDED_IN(t, a, e, list) folded_in((t), (a), (e), (list), sizeof(list) / sizeof((list)[0]))

static int letter(uint8_t c)
{
    return is_alnum(c) || c >= 0x80;
}

/* Is t[a ..) on its line the value of a thing's label (see thing_word)? The colon is the last one
 * before a on the line, with no ';', '|', tab, '"' or lower-case word of three letters or more
 * between (prose: "Kurs: Yoga mit X"), nor ',' or ';' unless the label names plural things; the
 * label runs from the line's start (or one of those separators, or a bullet) to the colon, at most
 * 40 bytes. *list is set when it names plural things. */
static int thing_label_before(const uint8_t *t, size_t a, int *list)
{
    size_t lo = a > 96 ? a - 96 : 0, c = a;
    int comma = 0;
    while (c > lo && t[c - 1] != ':') {
        uint8_t b = t[c - 1];
        if (b == '\n' || b == '|' || b == '\t' || b == '"' || b == '>')
            return 0;
        if (b == ',' || b == ';')
            comma = 1;
        if (b == ' ' && c + 2 < a && t[c] >= 'a' && t[c] <= 'z' && t[c + 1] >= 'a' &&
            t[c + 1] <= 'z' && t[c + 2] >= 'a' && t[c + 2] <= 'z' && !comma)
            return 0; /* a lower-case word of three letters or more: prose, not a value */
        c--;
    }
    if (c == lo || t[c - 1] != ':')
        return 0;
    size_t e = c - 1;
    while (e > 0 && t[e - 1] == ' ')
        e--;
    size_t s = e;
    while (s > 0 && e - s < 40) {
        uint8_t b = t[s - 1];
        if (b == '\n' || b == ',' || b == ';' || b == '|' || b == '\t' || b == '*' || b == ':' ||
            b == '(' || b == '-' || (b == ' ' && s >= 2 && (t[s - 2] == ' ' || t[s - 2] == '/')))
            break; /* also a column's gap ("Tierart: Hund   Halter:") and " / " between fields */
        s--;
    }
    if (s > 0 && e - s >= 40 && t[s - 1] != '\n')
        return 0;
    int thing = 0, plural = 0;
    for (size_t i = s; i < e;) { /* each word of the label */
        while (i < e && !letter(t[i]))
            i++;
        size_t j = i;
        while (j < e && letter(t[j]) && !is_digit(t[j]))
            j++;
        if (j < e && is_digit(t[j])) {
            while (j < e && letter(t[j]))
                j++;
            i = j;
            continue;
        }
        if (j > i) {
            if (FOLDED_IN(t, i, j, person_word))
                return 0;
            if (FOLDED_IN(t, i, j, thing_word)) {
                thing = 1;
                plural |= FOLDED_IN(t, i, j, list_word);
            }
        }
        i = j;
    }
    if (!thing || (comma && !plural))
        return 0;
    *list = plural;
    return 1;
}

/* Is the one-word finding t[a .. e) a thing's label word before its colon at a line's start
 * ("Oda: Terem Szent-Györgyi", "Kolo: Diamant Ubari")? */
static int label_word(const uint8_t *t, size_t len, size_t a, size_t e)
{
    size_t i = e;
    while (i < len && t[i] == ' ')
        i++;
    if (i >= len || t[i] != ':' || (a > 0 && t[a - 1] != '\n'))
        return 0;
    return FOLDED_IN(t, a, e, thing_word);
}

/* The word that ends at e (letters, '/', '.' inside), its start; e when there is none. */
static size_t word_before(const uint8_t *t, size_t e)
{
    size_t s = e;
    while (s > 0 && (letter(t[s - 1]) || t[s - 1] == '/' || t[s - 1] == '.' || t[s - 1] == '-'))
        s--;
    return s;
}

/* The end of the word at a (letters, '.' and '/' inside). */
static size_t word_after(const uint8_t *t, size_t len, size_t a)
{
    size_t e = a;
    while (e < len && (letter(t[e]) || ((t[e] == '/' || t[e] == '.') && e > a)))
        e++;
    if (e > a && t[e - 1] == '.' && !(e - a == 3 && t[a] == 'i' && t[a + 1] == 'm'))
        e--; /* a sentence's full stop, not "im." */
    return e;
}

/* Does the type word after a name end at x as a name's part: not after a sentence's full stop
 * (at b, the byte before the space before it) nor before a lower-case word ("Morel V. Trust in
 * local government")? */
static int type_ends(const uint8_t *t, size_t len, size_t b, size_t x)
{
    return t[b] != '.' && !(x + 1 < len && t[x] == ' ' && t[x + 1] >= 'a' && t[x + 1] <= 'z');
}

/* Does a type word stand before the finding (its first word, or the word before it) or after it
 * (its last word, or the word after it)? */
static int typed(const uint8_t *t, size_t len, size_t a, size_t e)
{
    size_t w = word_after(t, len, a);
    if (w < e && IN(t, a, w, type_before))
        return 1;
    if (a >= 2 && t[a - 1] == ' ') {
        size_t s = word_before(t, a - 1);
        if (s < a - 1 && (t[s] < 'a' || t[s] == 'i') && IN(t, s, a - 1, type_before))
            return 1; /* every type word but "im." opens with a capital */
        if (s < a - 1 && s >= 2 && t[s - 1] == ' ' && t[s] >= 'A' && t[s] <= 'Z') {
            size_t v = word_before(t, s - 1); /* "SY Tante Frieda", "MY Don Pedro" */
            if (s - 1 > v && IN(t, v, s - 1, vessel))
                return 1;
        }
    }
    size_t ls = word_before(t, e);
    if (ls > a + 1 && t[ls - 1] == ' ' && IN(t, ls, e, type_after) && type_ends(t, len, ls - 2, e))
        return 1;
    if (e + 1 < len && t[e] == ' ') {
        size_t x = word_after(t, len, e + 1);
        if (x > e + 1 && (t[e + 1] < 'a' || strchr("abdlns", t[e + 1])) &&
            IN(t, e + 1, x, type_after) && type_ends(t, len, e - 1, x))
            return 1;
    }
    return 0;
}

/* Is the finding a name in double or single quotes after a model's designation: a word with a
 * digit, in capitals, or a craft's word ("Autel EVO II \"Greta\"", "DJI Mavic 3 'Greta'",
 * "Cessna 172 \"Emma\"", "balloon \"Fräulein Sonja\"")? The same quote closes it. */
static int quoted_craft(const uint8_t *t, size_t len, size_t a, size_t e)
{
    size_t q = a, lo = a > 32 ? a - 32 : 0;
    while (q > lo && t[q - 1] != '"' && t[q - 1] != '\'' && (letter(t[q - 1]) || t[q - 1] == ' '))
        q--;
    if (q == lo || (t[q - 1] != '"' && t[q - 1] != '\'') || q < 3 || t[q - 2] != ' ')
        return 0;
    uint8_t mark = t[q - 1];
    size_t r = e;
    while (r < len && r - e < 32 && (letter(t[r]) || t[r] == ' '))
        r++;
    if (r >= len || t[r] != mark || (r + 1 < len && letter(t[r + 1])))
        return 0;
    int list = 0;
    if (thing_label_before(t, q - 1, &list)) /* "Drone: Mini 4 Pro \"Lucy\"" */
        return 1;
    size_t we = q - 2;
    for (int k = 0; k < 3 && we > 0; k++) { /* "Super Cub 2 \"Klaus\"": three words back */
        size_t ws = word_before(t, we);
        if (ws == we)
            return 0;
        int digit = 0, caps = 1;
        for (size_t i = ws; i < we; i++) {
            digit |= is_digit(t[i]);
            caps &= (t[i] >= 'A' && t[i] <= 'Z') || t[i] == '-' || is_digit(t[i]);
        }
        if (digit || (caps && we - ws >= 2) || FOLDED_IN(t, ws, we, thing_word) ||
            (we - ws == 7 && memcmp(t + ws, "balloon", 7) == 0))
            return 1;
        if (ws < 2 || t[ws - 1] != ' ')
            return 0;
        we = ws - 1;
    }
    return 0;
}

/* Is the finding the topic of a talk ("Conférence sur X", "Wykład o X"), or does it open with a
 * talk's noun ("Werk von X", "Előadás X"), or is it a form's word alone ("Karar")? */
static int topic(const uint8_t *t, size_t len, size_t a, size_t e)
{
    size_t w = word_after(t, len, a);
    if ((w < e && IN(t, a, w, talk_word)) || (w == e && IN(t, a, e, form_word)))
        return 1;
    if (a < 3 || t[a - 1] != ' ')
        return 0;
    size_t ps = word_before(t, a - 1);
    if (ps == a - 1 || a - 1 - ps > 5 || !IN(t, ps, a - 1, topic_prep) || ps < 2 ||
        t[ps - 1] != ' ')
        return 0;
    size_t ns = word_before(t, ps - 1);
    return ns < ps - 1 && IN(t, ns, ps - 1, talk_word);
}

/* Does a word of t[s .. e) (folded) stand in list, and none in person_word? */
static int names_thing(const uint8_t *t, size_t s, size_t e, const char *const *list, size_t n)
{
    int thing = 0;
    for (size_t i = s; i < e;) {
        while (i < e && !letter(t[i]))
            i++;
        size_t j = i;
        while (j < e && letter(t[j]))
            j++;
        if (j > i && FOLDED_IN(t, i, j, person_word))
            return 0;
        if (j > i && folded_in(t, i, j, list, n))
            thing = 1;
        i = j;
    }
    return thing;
}

/* Forms' and tables' lines are short: a line longer than this (a JSON body on one line, a
 * paragraph) is none, and no walk goes further, so a finding costs a bounded number of bytes. */
#define LINE_MAX_BYTES 256

/* The start of the line that holds i, or SIZE_MAX when it starts more than LINE_MAX_BYTES
 * before i. */
static size_t line_start(const uint8_t *t, size_t i)
{
    size_t lo = i > LINE_MAX_BYTES ? i - LINE_MAX_BYTES : 0;
    const uint8_t *nl = i > lo ? memrchr(t + lo, '\n', i - lo) : NULL;
    if (nl)
        return (size_t)(nl - t) + 1;
    return lo == 0 ? 0 : SIZE_MAX;
}

/* Is t[a ..) a cell of a CSV or pipe table whose header cell names a thing ("vessel,owner" over
 * "\"Johanna\",Maria Keller"; "| Aircraft | PIC |")? The header is the first line of the block
 * of lines that hold the separator; quotes keep a comma inside a cell. */
static int thing_column(const uint8_t *t, size_t len, size_t a)
{
    size_t ls = line_start(t, a);
    if (ls == SIZE_MAX)
        return 0;
    uint8_t sep = 0;
    for (size_t i = ls; i < a; i++)
        if (t[i] == ',' || t[i] == '|') {
            sep = t[i];
            break;
        }
    if (!sep) {
        for (size_t i = a; i < len && i - a < LINE_MAX_BYTES && t[i] != '\n'; i++) /* first cell */
            if (t[i] == ',' || t[i] == '|') {
                sep = t[i];
                break;
            }
        if (!sep)
            return 0;
    }
    size_t h = ls, rows = 0; /* walk up to the block's first line */
    while (h > 0 && rows < 64) {
        size_t p = line_start(t, h - 1);
        if (p == SIZE_MAX || p == h - 1 || !memchr(t + p, sep, h - 1 - p))
            break;
        h = p;
        rows++;
    }
    if (h == ls)
        return 0; /* the block's first line: no header above (before its cells are counted) */
    int col = 0, q = 0;
    for (size_t i = ls; i < a; i++) {
        q ^= t[i] == '"';
        col += t[i] == sep && !q;
    }
    if (sep == '|' && h < ls) { /* skip no rule line "|---|---|": it is never the header */
        size_t k = h;
        while (k < ls && (t[k] == '|' || t[k] == ' '))
            k++;
        if (k < ls && t[k] == '-')
            return 0;
    }
    int row = 0, head = 0, wide = 0; /* a table: the row's and the header's cells alike, short */
    q = 0;
    for (size_t k = ls; k < len && t[k] != '\n'; k++) {
        if (k - ls > LINE_MAX_BYTES)
            return 0;
        q ^= t[k] == '"';
        row += t[k] == sep && !q;
    }
    q = 0;
    for (size_t k = h, c0 = h; k < ls; k++) {
        q ^= t[k] == '"';
        if (is_digit(t[k]) || t[k] == ':')
            return 0; /* a row of data ("20:30  Salle Lumière | ..."), no header */
        if ((t[k] == sep && !q) || t[k] == '\n') {
            wide |= k - c0 > 32;
            c0 = k + 1;
            head += t[k] == sep;
        }
        if (t[k] == '\n')
            break;
    }
    if (row != head || row == 0 || wide)
        return 0;
    size_t i = h;
    q = 0;
    for (int c = 0; c < col && i < ls && t[i] != '\n'; i++) {
        q ^= t[i] == '"';
        c += t[i] == sep && !q;
    }
    size_t j = i;
    while (j < len && j - i < 40 && t[j] != '\n' && t[j] != sep)
        j++;
    return j > i && j - i < 40 &&
           names_thing(t, i, j, thing_word, sizeof thing_word / sizeof *thing_word);
}

/* Is t[a ..) the value of a "Name:" label under a heading that names a thing with a name of its
 * own ("Pet registration\nName: Fritz"; the nearest line above with no colon), or a JSON
 * "name" member of an object keyed by one ("{\"pet\": {\"name\": \"Frieda\""? */
static int named_slot(const uint8_t *t, size_t a)
{
    size_t i = a;
    if (i > 0 && t[i - 1] == '"') { /* JSON: "pet": {"name": "Frieda" */
        i--;
        while (i > 0 && t[i - 1] == ' ')
            i--;
        if (i < 8 || t[i - 1] != ':' || t[i - 2] != '"')
            return 0;
        size_t ke = i - 2, ks = ke;
        while (ks > 0 && letter(t[ks - 1]))
            ks--;
        if (ks == 0 || t[ks - 1] != '"' || !FOLDED_IN(t, ks, ke, name_label))
            return 0;
        size_t o = ks - 1;
        while (o > 0 && t[o - 1] != '{' && t[o - 1] != '}' && a - o < 64)
            o--;
        if (o == 0 || t[o - 1] != '{')
            return 0;
        o--;
        while (o > 0 && (t[o - 1] == ' ' || t[o - 1] == ':'))
            o--;
        if (o == 0 || t[o - 1] != '"')
            return 0;
        size_t oe = o - 1, os = oe;
        while (os > 0 && letter(t[os - 1]))
            os--;
        return os < oe && os > 0 && t[os - 1] == '"' && FOLDED_IN(t, os, oe, named_thing);
    }
    size_t ls = line_start(t, a), c = ls;
    if (ls == SIZE_MAX)
        return 0;
    while (c < a && t[c] != ':')
        c++;
    size_t le = c;
    while (le > ls && t[le - 1] == ' ')
        le--;
    if (c == a || le == ls || !FOLDED_IN(t, ls, le, name_label))
        return 0;
    for (int k = 0; k < 8 && ls > 0; k++) { /* the nearest line above with no colon */
        size_t p = line_start(t, ls - 1);
        if (p == SIZE_MAX)
            return 0;
        if (!memchr(t + p, ':', ls - 1 - p))
            return names_thing(t, p, ls - 1, named_thing, sizeof named_thing / sizeof *named_thing);
        ls = p;
    }
    return 0;
}

/* Does the finding of two words or more end with a form heading's word ("Koko Nimi", "Dane
 * Osobowe") or open with "Nächstes"? */
static int heading(const uint8_t *t, size_t a, size_t e)
{
    size_t ls = word_before(t, e), w = a;
    while (w < e && letter(t[w]))
        w++;
    return ls > a &&
           ((ls < e && FOLDED_IN(t, ls, e, heading_word)) || (w - a == 9 && memcmp(t + a,
                                                                                   "N\xc3\xa4"
                                                                                   "chstes",
                                                                                   9) == 0));
}

/* Does a famous surname in brackets follow the finding: a piece and its composer ("Clair de Lune
 * (Debussy)")? */
static int work_of(const uint8_t *t, size_t len, size_t e)
{
    if (e + 4 >= len || t[e] != ' ' || t[e + 1] != '(')
        return 0;
    size_t j = e + 2;
    while (j < len && letter(t[j]))
        j++;
    if (j >= len || t[j] != ')' || j - e - 2 < 3)
        return 0;
    char f[40];
    size_t n =
        j - e - 2 < sizeof f ? nw_fold((const char *)t + e + 2, j - e - 2, f, sizeof f - 1) : 0;
    if (!n)
        return 0;
    f[n] = '\0';
    return nw_famous(f);
}

/* Does the line from ls hold a ',' or '|' before a or within 64 bytes after it (a table's row)? */
static int sep_near(const uint8_t *t, size_t len, size_t ls, size_t a)
{
    size_t e = a + 64 < len ? a + 64 : len;
    const uint8_t *nl = memchr(t + a, '\n', e - a);
    if (nl)
        e = (size_t)(nl - t);
    return memchr(t + ls, ',', e - ls) || memchr(t + ls, '|', e - ls);
}

int nw_fp45_emit(void *arg, int kind, size_t a, size_t e)
{
    struct nw_link *p = arg;
    if (kind == ANON_NAMES_PERSON && e > a) {
        const uint8_t *t = p->t;
        size_t ls = line_start(t, a), lo = a > 32 ? a - 32 : 0;
        int colon = ls != SIZE_MAX && memchr(t + ls, ':', a - ls) != NULL;
        int quote = memchr(t + lo, '"', a - lo) != NULL;
        int squote = !quote && memchr(t + lo, '\'', a - lo) != NULL;
        int list = 0, one = !memchr(t + a, ' ', e - a);
        if ((colon && thing_label_before(t, a, &list)) || (one && label_word(t, p->len, a, e)) ||
            typed(t, p->len, a, e) || ((quote || squote) && quoted_craft(t, p->len, a, e)) ||
            topic(t, p->len, a, e) ||
            (ls != SIZE_MAX && sep_near(t, p->len, ls, a) && thing_column(t, p->len, a)) ||
            ((colon || quote) && named_slot(t, a)) || heading(t, a, e) || work_of(t, p->len, e))
            return 0;
    }
    return p->emit(p->arg, kind, a, e);
}
