/* names_prec46.c: PERSON findings that are things named like people, told by their own cue, and a
 * second look at findings inside a wrapped document. Dropped:
 * - the value of a label (or a JSON key, or a table column) that only a thing fills: a song, film
 *   or title ("Primer baile: \"Rosanna\"", "\"track\": \"Jules et Jim\""), a ferry, a pet, a drug,
 *   a heat pump or frame, a venue, a parish, a route, a publisher or band; a media person after a
 *   "favourite" label ("Lieblingsmoderator/in: Alex Trebek") or a specialist subject ("Specialist
 *   subject: Maria Callas");
 * - a character after its role's words ("nel ruolo di Mary Poppins", "Cast: X as Nora Helmer");
 * - a species named after someone ("Falco eleonorae", "Audouin's gull") and an eponym after its
 *   noun ("teste de Weber", "Morbus Scheuermann");
 * - an institution by its type word before, in or after it ("Stadio Karaiskakis", "Eötvös Loránd
 *   Tudományegyetem", "Antti Wihurin rahasto"), a stop before its station word, a drug before its
 *   maker ("Bella HEXAL");
 * - a Scandinavian question's modal verb ("Kan du ...").
 * A document wrapped in a JSON string (a chat body, a tool call's arguments) has its lines joined
 * by escaped newlines, and a quoted one opens them with "> ": for a finding there, these tests and
 * names_fp45.c's and names_fp44.c's (line-based) are asked again on an unwrapped copy of the bytes
 * around it. Every finding passes through nw_prec46_emit first (the head of the chain in
 * anon_names_scan()); the rest go on to nw_fp45_emit. Only findings are looked at; nothing here
 * allocates.
 */
#include "anonymize/names_internal.h"

#include <stdint.h>
#include <string.h>

/* Words of a label whose value is a thing (folded): songs, films and titles, ferries and ships,
 * pets, drugs, devices and frames, venues, lodgings, institutions, routes and streets, parishes,
 * publishers and bands. A person stands in none of these slots. */
static const char *const thing_word[] = {
    "song", "lied", "chanson", "canción", "canzone", "piosenka", "sång", "sang", "laulu", "píseň",
    "şarkı", "cântec", "tragoudi", "track",

    "film", "movie", "baile", "dansen", "tanz", "danse", "hymn", "album", "release", "ferry",
    "skip", "alus", "ploio", "nave", "færge", "fähre", "ship", "färja", "ferje", "gemi", "laiva",
    "husdjur", "zvíře", "lemmikki", "mascota", "zwierzę", "animali", "tiere", "pets", "animaux",
    "huisdier", "kæledyr", "kjæledyr", "haustier", "haustiere", "meds", "medicación", "medicamento",
    "medicamentos", "medicatie", "léky", "leki", "farmaco", "farmaci", "ilaç", "lääke", "lääkkeet",
    "medicin", "medisin", "gyógyszer", "medikamente", "medicine", "medicines", "medications",
    "dauermedikation", "inverter", "wechselrichter", "onduleur", "invertor", "omvormer",
    "wärmepumpe", "varmepumpe", "warmtepomp", "värmepump", "wallbox", "hilfsmittel", "rollator",
    "rullator", "wheelchair", "rollstuhl", "frame", "fassung", "montuur", "monture", "stadium",
    "stadion", "estádio", "estadio", "stade", "stadio", "impianto", "spielort", "helyszín", "mekân",
    "choros", "albergue", "otel", "wohnheim", "colegio", "route", "itinéraire", "percorso", "trasa",
    "traseu", "reitti", "diadromi", "szlak", "led", "camino", "cammino", "chemin", "caminho",
    "calle", "straße", "gade", "station", "stationen", "depot", "publisher", "verlag", "editore",
    "éditeur", "uitgever", "förlag", "forlag", "wydawca", "band", "pfarrei", "pfarre", "paroisse",
    "parochie", "parroquia", "parrocchia", "paróquia", "parafia", "farnost", "plébánia", "parohia",
    "församling", "sogn", "university", "universität", "université", "universidad", "università",
    "uniwersytet", "institution", "établissement", "intézmény", "universitate", "hotel", "desszert",
    "postre", "sobremesa", "jälkiruoka", "efterrätt", "deser", "dezert", "tatlı", "menu", "menü",
    "menú", "menù", "meal", "dish", "yemek", "måltid",
    /* the things of stop 47's kinds (names_prec47.c's note): meals of a food diary, cakes,
     * bouquets, ribbons, garments, wines, watches, excursions and rides, fonts,
     * newspapers, products and SKUs, packages and tiers, strata, conventions, dances, styles,
     * materials, programmes and alarms */
    "breakfast", "lunch", "dinner", "snack", "frühstück", "mittagessen", "abendessen",
    "zwischenmahlzeit", "déjeuner", "dîner", "goûter", "ontbijt", "avondeten", "tussendoortje",
    "desayuno", "almuerzo", "merienda", "colazione", "pranzo", "spuntino", "merenda", "śniadanie",
    "obiad", "kolacja", "przekąska", "frukost", "mellanmål", "morgenmad", "aftensmad",
    "mellemmåltid", "aamiainen", "lounas", "päivällinen", "välipala", "snídaně", "oběd", "večeře",
    "svačina", "reggeli", "ebéd", "vacsora", "uzsonna", "kahvaltı", "atıştırmalık", "gustare",
    "prânz", "cină", "proino", "cake", "torte", "tårta", "taart", "gâteau", "tarta", "bolo", "tort",
    "kakku", "dort", "kage", "kake", "bouquet", "strauß", "boeket", "ramo", "mazzo", "bukiet",
    "bukett", "buket", "kimppu", "kytice", "csokor", "buchet", "ribbon", "schleife", "ruban",
    "lint", "cinta", "nastro", "fita", "wstęga", "garment", "kleidungsstück", "vêtement",
    "kledingstuk", "prenda", "plagg", "vaate", "oděv", "ruhadarab", "giysi", "wine", "wein", "vin",
    "wijn", "vino", "vinho", "wino", "viini", "víno", "şarap", "oinos", "uhr", "montre", "horloge",
    "reloj", "orologio", "relógio", "zegarek", "klocka", "kello", "hodinky", "excursion", "ausflug",
    "escursione", "utflukt", "ekdromi", "excursión", "excursão", "retki", "wycieczka", "výlet",
    "kirándulás", "gezi", "attraction", "attraktion", "attractie", "font", "schriftart",
    "lettertype", "fuente", "carattere", "czcionka", "typsnitt", "skrifttype", "fontti", "písmo",
    "betűtípus", "newspaper", "zeitung", "krant", "periódico", "giornale", "jornal", "gazeta",
    "tidning", "sanomalehti", "noviny", "újság", "gazete", "ziar", "efimerida", "product",
    "produkt", "produit", "producto", "prodotto", "produto", "tuote", "termék", "ürün", "produs",
    "proion", "artikel", "article", "articolo", "artigo", "artículo", "sku", "package", "paket",
    "pakket", "paquete", "pacchetto", "pacote", "pakiet", "paketti", "balíček", "csomag", "tier",
    "stratum", "strate", "estrato", "strato", "warstwa", "schicht", "convention", "konvention",
    "conventie", "convención", "convenzione", "dance", "ballo", "dança", "taniec", "tanec", "tánc",
    "style", "stil", "stijl", "estilo", "stile", "styl", "tyyli", "stílus", "materials", "material",
    "materiaal", "materiale", "materiał", "programme", "programm", "ohjelma", "alarmstichwort",
    "stichwort", "grade"};
/* Words of a label that say a person fills it, even beside a thing's word ("Ship owner",
 * "Parish priest", "Song requested by"). */
static const char *const person_word[] = {
    "owner",       "holder",    "captain",    "skipper",   "driver",     "keeper",  "contact",
    "by",          "von",       "par",        "door",      "av",         "af",      "por",
    "da",          "od",        "manager",    "leader",    "guide",      "rider",   "handler",
    "walker",      "sitter",    "nurse",      "doctor",    "therapist",  "coach",   "trainer",
    "teacher",     "officer",   "agent",      "host",      "priest",     "pfarrer", "curé",
    "pastoor",     "párroco",   "parroco",    "pároco",    "ksiądz",     "kněz",    "preot",
    "präst",       "præst",     "prest",      "pappi",     "performer",  "artist",  "writer",
    "composer",    "director",  "producer",   "author",    "autor",      "auteur",  "passenger",
    "passager",    "passagier", "reisende",   "guest",     "gast",       "patient", "client",
    "student",     "pupil",     "tutor",      "mentor",    "respondent", "with",    "mit",
    "coordinator", "dedicated", "manageress", "secretary", "to",         "partner", "partnerin",
    "partenaire",  "pareja",    "bringing",   "brings",    "bringt"};
/* Words of a label after which a media person is named when a "favourite" word stands in it too
 * ("Favourite quiz host", "Animateur préféré", "Sevdiği sunucu"), folded. */
static const char *const media_word[] = {
    "host",        "presenter",  "presentator",  "presentatör",    "moderator",    "moderatorin",
    "moderatör",   "animateur",  "animatrice",   "presentador",    "presentadora", "conduttore",
    "conduttrice", "prowadzący", "prowadzĄcy",   "prowadząca",     "programleder", "programledare",
    "juontaja",    "moderátor",  "műsorvezető",  "sunucu",         "prezentator",  "parousiastis",
    "actor",       "actress",    "schauspieler", "schauspielerin", "acteur",       "actrice",
    "actriz",      "attore",     "attrice",      "aktor",          "aktorka",      "skådespelare",
    "skuespiller", "näyttelijä", "herec",        "herečka",        "színész",      "oyuncu",
    "singer",      "sänger",     "sängerin",     "chanteur",       "chanteuse",    "cantante",
    "piosenkarz",  "zanger",     "zangeres",     "sångare",        "sanger",       "laulaja",
    "zpěvák",      "énekes",     "şarkıcı",      "author",         "writer",       "schriftsteller",
    "scrittore",   "pisarz",     "schrijver",    "författare",     "forfatter",    "kirjailija",
    "spisovatel",  "író",        "yazar",        "scriitor",       "band",         "artist",
    "player",      "spieler",    "athlete",      "sportler",       "quizmaster"};
/* "Favourite" words, folded; and the openings of compounds that mean it ("Lieblingsmoderator"). */
static const char *const fav_word[] = {
    "favourite",  "favorite",  "fav",       "préféré",   "préférée",   "favorito", "favorita",
    "preferito",  "preferita", "preferido", "preferida", "favoriete",  "favoriet", "favorit",
    "favoritt",   "ulubiony",  "ulubiona",  "oblíbený",  "oblíbená",   "kedvenc",  "sevdiği",
    "sevdiğiniz", "favori",    "preferat",  "preferată", "agapimenos", "agapimeni"};
static const char *const fav_prefix[] = {"lieblings", "yndlings", "favorit", "lempi", "kedvenc"};
/* Words of a label whose value is a topic, not a person ("Specialist subject", "Spezialgebiet"). */
static const char *const topic_word[] = {
    "specialist", "spezialgebiet", "fachgebiet",  "specialiteit", "specialområde", "specjalność",
    "specialità", "especialidad",  "spécialité",  "szakterület",  "uzmanlık",      "specializare",
    "erikoisala", "specialty",     "specjalnoŚĆ", "tema",         "téma",          "konu",
    "argomento",  "onderwerp",     "topic",       "temat",        "aihe",          "subiect"};
/* The heading words of a cast list: "Cast: X as Y". */
static const char *const cast_word[] = {
    "cast",         "besetzung", "distribution",  "reparto",   "elenco",
    "obsada",       "obsazení",  "rolverdeling",  "oyuncular", "distribuição",
    "szereposztás", "rollista",  "rollebesætning"};
/* Role nouns before "of X" ("nel ruolo di X", "de rol van X", "rollen som X"). */
static const char *const role_word[] = {"ruolo", "role",  "rol",   "rollen", "rolle",
                                        "rôle",  "papel", "roli",  "rolę",   "rolu",
                                        "rola",  "rolü",  "rolul", "rooli"};
static const char *const role_prep[] = {"di",  "of",  "van", "som", "de", "del",
                                        "des", "der", "du",  "als", "as", "da"};
/* Type words of an institution, as the finding's word or the word right before or after it
 * (folded): stadiums, universities, parishes, workshops, publishers, theatres, lodgings,
 * foundations and funds, concert halls; Greek streets. No person's name is made of them. */
static const char *const org_word[] = {
    "stadio",       "estádio",       "estadio",          "stade",
    "stadion",      "univerzita",    "universidad",      "università",
    "universidade", "universitatea", "uniwersytet",      "universiteit",
    "université",   "universität",   "universitet",      "tudományegyetem",
    "egyetem",      "parochie",      "pfarre",           "pfarrei",
    "paroisse",     "parroquia",     "parrocchia",       "paróquia",
    "parafia",      "farnost",       "parohia",          "plébánia",
    "församling",   "sogn",          "orthopédie",       "orthopädie",
    "ortopedia",    "ortopedie",     "sanitätshaus",     "éditions",
    "edizioni",     "ediciones",     "edições",          "wydawnictwo",
    "hôtel",        "teatro",        "théâtre",          "auditorio",
    "albergue",     "colegio",       "collegio",         "residência",
    "résidence",    "wohnheim",      "hospiz",           "hospice",
    "studios",      "tonstudio",     "alapítvány",       "rahasto",
    "säätiö",       "vakfı",         "hangversenyterem", "salonu",
    "leoforos",     "odos",          "fundación",        "fundação",
    "fundacja",     "fondation",     "fondazione",       "stiftung",
    "stichting",    "stiftelsen",    "nadace",           "morbus"};
/* Drug makers after a brand ("Bella HEXAL", "Leona HEXAL"), folded. */
static const char *const maker_word[] = {"hexal",   "ratiopharm", "stada",   "sandoz", "teva",
                                         "zentiva", "krka",       "mylan",   "aristo", "heumann",
                                         "mepha",   "aliud",      "viatris", "actavis"};
/* Nouns of an eponym before "de"/"di"/"van"/"of" ("teste de Weber", "maladie de X"). */
static const char *const eponym_word[] = {
    "test",     "teste",    "testul",  "prueba",   "proef",      "prise",   "presa",
    "manobra",  "maniobra", "manovra", "maladie",  "enfermedad", "doença",  "sindrome",
    "síndrome", "ziekte",   "signe",   "signo",    "segno",      "méthode", "método",
    "metodo",   "methode",  "concept", "concepto", "conceito",   "morbus"};
static const char *const eponym_prep[] = {"de", "di", "van", "von", "of", "du", "d'"};
/* Animals named after someone by a possessive ("Cetti's warbler", "Leisler's bat"). */
static const char *const bird_word[] = {
    "warbler", "gull",   "swan",    "eagle",      "stint",     "harrier",    "falcon",
    "bat",     "pipit",  "tern",    "plover",     "shrike",    "bunting",    "owl",
    "crake",   "petrel", "eider",   "wheatear",   "thrush",    "finch",      "sparrow",
    "wren",    "kite",   "buzzard", "shearwater", "sandpiper", "woodpecker", "flycatcher",
    "vole",    "shrew",  "gazelle", "deer"};
/* Scandinavian modal verbs that open a question ("Kan du ...", "Vil I ..."), as written. */
static const char *const modal[] = {"Kan",       "Kun",        "Vil",       "Skal",
                                    "Ska",       "Kunne",      "Ville",     "Skulle",
                                    "M\xc3\xa5", "F\xc3\xa5r", "B\xc3\xb8r"};
static const char *const pronoun[] = {"du", "ni", "dere", "De", "I", "vi", "jeg", "jag", "man"};
/* A stop's word before or after its name ("stanice Aurel Vlaicu", "a X megállónál"). */
static const char *const stop_before[] = {"stanice", "stacja",     "stacji",   "haltestelle",
                                          "fermata", "przystanek", "zastávka", "stația",
                                          "station", "arrêt"};
static const char *const stop_after[] = {"megállónál", "megálló", "megállóban", "megállótól"};

static int letter(uint8_t c)
{
    return is_alnum(c) || c >= 0x80;
}

/* Is t[a .. e) (folded) one of list? (names_internal.h) */
int nw_folded_in(const uint8_t *t, size_t a, size_t e, const char *const *list, size_t n)
{
    char f[40];
    size_t k = e > a && e - a < sizeof f ? nw_fold((const char *)t + a, e - a, f, sizeof f - 1) : 0;
    if (!k)
        return 0;
    f[k] = '\0';
    return nw_one_of(f, list, n);
}

/* Is t[a .. e) one of list, as written? */
static int word_in(const uint8_t *t, size_t a, size_t e, const char *const *list, size_t n)
{
    char w[16];
    if (e <= a || e - a >= sizeof w)
        return 0;
    memcpy(w, t + a, e - a);
    w[e - a] = '\0';
    return nw_one_of(w, list, n);
}
#define IN(t, a, e, list) word_in((t), (a), (e), (list), sizeof(list) / sizeof((list)[0]))

/* The start of the word (letters, '\'') that ends at e. */
static size_t word_start(const uint8_t *t, size_t e)
{
    size_t s = e;
    while (s > 0 && e - s < 40 && (letter(t[s - 1]) || t[s - 1] == '\''))
        s--;
    return s;
}

/* The end of the word (letters) that starts at a. */
static size_t word_end(const uint8_t *t, size_t len, size_t a)
{
    size_t e = a;
    while (e < len && e - a < 40 && letter(t[e]))
        e++;
    return e;
}

/* The word before a finding at a, read once for thing()'s tests: when t[a - 1] is a space
 * (space), the start of the word that ends there (ws = word_start(t, a - 1)), and when that word
 * has one to three bytes and starts at 2 or later (a preposition's place, a >= 4), it folded as
 * NW_FOLDED_IN folds it (f[0 .. fl), 0 when it folds to nothing). */
struct before {
    int space;
    size_t ws, fl;
    char f[40];
};

/* Title words: a work's title only where the bytes around name a work (work_context()). */
static const char *const title_word[] = {"title", "titel", "titre",  "título", "titolo",  "tytuł",
                                         "název", "titlu", "titlos", "tittel", "otsikko", "başlık"};
/* Words that say the titles around them are works' ("Film festival entry", "titolo;autore;editore",
 * "| Titel | Komponist/in | Verlag |"), folded, as they open a word. */
static const char *const work_cue[] = {"film",    "festival", "cinema",     "kino",      "song",
                                       "iswc",    "track",    "album",      "komponist", "composer",
                                       "verlag",  "editore",  "publisher",  "split",     "chanson",
                                       "canzone", "canción",  "compositor", "éditeur",   "lied"};

/* Does a word of work_cue open a word of t[s .. e)? */
static int work_context(const uint8_t *t, size_t s, size_t e)
{
    for (size_t i = s; i < e;) {
        while (i < e && !letter(t[i]))
            i++;
        size_t j = i;
        while (j < e && letter(t[j]))
            j++;
        char f[40];
        size_t k =
            j > i && j - i < sizeof f ? nw_fold((const char *)t + i, j - i, f, sizeof f - 1) : 0;
        for (size_t w = 0; k && w < sizeof work_cue / sizeof *work_cue; w++) {
            size_t n = strlen(work_cue[w]);
            if (k >= n && memcmp(f, work_cue[w], n) == 0)
                return 1;
        }
        i = j;
    }
    return 0;
}

/* Do the words of t[s .. e) (a text of len bytes) name a thing's slot: a word of thing_word and
 * none of person_word, a "favourite" word with a media person's, a topic's word, or a title's
 * where the 160 bytes before it and the 80 after name a work? */
static int thing_label(const uint8_t *t, size_t len, size_t s, size_t e)
{
    int thing = 0, fav = 0, media = 0, veto = 0, title = 0;
    for (size_t i = s; i < e;) {
        while (i < e && !letter(t[i]))
            i++;
        size_t j = i;
        while (j < e && letter(t[j]))
            j++;
        if (j > i) {
            char f[40];
            size_t k = j - i < sizeof f ? nw_fold((const char *)t + i, j - i, f, sizeof f - 1) : 0;
            f[k] = '\0';
            if (k && NW_ONE_OF(f, person_word))
                veto = 1;
            if (k && (NW_ONE_OF(f, thing_word) || NW_ONE_OF(f, topic_word)))
                thing = 1;
            if (k && NW_ONE_OF(f, fav_word))
                fav = 1;
            if (k && NW_ONE_OF(f, title_word))
                title = 1;
            if (k && NW_ONE_OF(f, media_word))
                media = 1;
            for (size_t p = 0; k && p < sizeof fav_prefix / sizeof *fav_prefix; p++) {
                size_t n = strlen(fav_prefix[p]);
                if (k > n && memcmp(f, fav_prefix[p], n) == 0) {
                    fav = 1;
                    media |= NW_ONE_OF(f + n, media_word);
                }
            }
        }
        i = j;
    }
    if (title && !thing && !veto)
        return work_context(t, s > 160 ? s - 160 : 0, e + 80 < len ? e + 80 : len);
    return (thing && !veto) || (fav && media);
}

/* Does the finding at a open the value of a thing's label on its line ("Lied: \"Lola rennt\"",
 * "Lemmikki: Sir Henry")? Between the colon and it: spaces, an opening quote and at most one
 * capitalised word of up to six bytes; the label runs back to the line's start or a separator,
 * at most 40 bytes. */
static int label_value(const uint8_t *t, size_t len, size_t a, const struct before *bw)
{
    size_t c = a, words = 0;
    while (c > 0 && a - c < 24 && t[c - 1] != ':') {
        uint8_t b = t[c - 1];
        if (b == ' ' || b == '"' || b == '\'' || b == 0x9c || b == 0x9e || b == 0x80 || b == 0xe2 ||
            b == 0xab || b == 0xc2) {
            c--;
            continue;
        }
        size_t ws = c == a - 1 && bw->space ? bw->ws : word_start(t, c);
        if (ws == c || ++words > 1 || c - ws > 6 || t[ws] < 'A' || t[ws] > 'Z')
            return 0;
        c = ws;
    }
    if (c == 0 || t[c - 1] != ':')
        return 0;
    size_t le = c - 1, s = le;
    while (s > 0 && le - s < 40) {
        uint8_t b = t[s - 1];
        if (b == '\n' || b == '|' || b == ';' || b == '\t' || b == ',' || b == '"' || b == '{' ||
            b == '>' || b == '(' || b == '\\' || b == ':' ||
            ((b == ' ' || b == '.') && t[s] == ' ')) /* a column's gap, a sentence's end */
            break;
        s--;
    }
    if (le - s >= 40)
        return 0;
    return thing_label(t, len, s, le);
}

/* Is the finding at a the value of a JSON member whose key names a thing ("\"track\": \"X\"",
 * "\"lieblingsmoderator\": \"X\"")? */
static int json_value(const uint8_t *t, size_t len, size_t a, const struct before *bw)
{
    if (a > 8 && t[a - 1] == ' ') { /* one short capitalised word first ("Granny Smith") */
        size_t ws = bw->ws;
        if (ws < a - 1 && a - 1 - ws <= 6 && t[ws] >= 'A' && t[ws] <= 'Z' && ws > 0 &&
            t[ws - 1] == '"')
            a = ws;
    }
    if (a < 6 || t[a - 1] != '"')
        return 0;
    size_t i = a - 1;
    while (i > 0 && t[i - 1] == ' ')
        i--;
    if (i < 4 || t[i - 1] != ':' || t[i - 2] != '"')
        return 0;
    size_t ke = i - 2, ks = ke;
    while (ks > 0 && ke - ks < 32 && (letter(t[ks - 1]) || t[ks - 1] == '_'))
        ks--;
    if (ks == 0 || t[ks - 1] != '"' || ks == ke)
        return 0;
    if (NW_FOLDED_IN(t, ks, ke, cast_word) || NW_FOLDED_IN(t, ks, ke, role_word))
        return 0;
    static const char *const key_word[] = {"personaje", "character", "personnage", "personaggio"};
    return thing_label(t, len, ks, ke) || NW_FOLDED_IN(t, ks, ke, key_word);
}

/* Lines a table's walk looks at, and their bytes. */
#define ROW_MAX 256

/* Is t[a ..) a cell of a pipe or ';'/',' table whose header cell names a thing or a character
 * ("| Character | Actor |", "titolo;autore;editore", "| Respondent | Favourite host |")? The
 * header is the first line of the block of lines holding the separator; it has no digit. */
static int thing_column(const uint8_t *t, size_t len, size_t a)
{
    size_t lo = a > ROW_MAX ? a - ROW_MAX : 0, ls = a;
    while (ls > lo && t[ls - 1] != '\n')
        ls--;
    if (ls == lo && lo > 0)
        return 0;
    uint8_t sep = a > ls && memchr(t + ls, '\t', a - ls) ? '\t' : 0; /* TSV and pasted sheets */
    for (size_t i = ls; i < a && !sep; i++)
        if (t[i] == '|' || t[i] == ';' || t[i] == ',')
            sep = t[i];
    if (!sep)
        for (size_t i = a; i < len && i - a < 64 && t[i] != '\n' && !sep; i++)
            if (t[i] == '|' || t[i] == ';' || t[i] == ',')
                sep = t[i];
    if (!sep)
        return 0;
    int col = 0;
    for (size_t i = ls; i < a; i++)
        col += t[i] == sep;
    size_t h = ls;
    for (int rows = 0; h > 0 && rows < 32; rows++) { /* up to the block's first line */
        size_t p = h - 1;
        while (p > 0 && h - 1 - p < ROW_MAX && t[p - 1] != '\n')
            p--;
        if (h - 1 - p >= ROW_MAX)
            break;
        if (!memchr(t + p, sep, h - 1 - p)) {
            /* psql's "----+----" under its header, mysql's "+----+" around it */
            size_t k = p;
            while (k < h - 1 && (t[k] == '-' || t[k] == '+'))
                k++;
            if (sep != '|' || k != h - 1 || k - p < 3 || p == 0)
                break;
            size_t q = p - 1;
            while (q > 0 && p - 1 - q < ROW_MAX && t[q - 1] != '\n')
                q--;
            if (p - 1 - q >= ROW_MAX || !memchr(t + q, sep, p - 1 - q))
                break;
            h = q;
            continue;
        }
        h = p;
    }
    if (h == ls || t[h] == '-' || t[h] == '*')
        return 0;          /* no block, or a bulleted list */
    int head = 0, row = 0; /* a table: as many cells in the header as in the row, no colon */
    for (size_t k = h; k < ls && t[k] != '\n'; k++) {
        if (t[k] == ':')
            return 0;
        head += t[k] == sep;
    }
    for (size_t k = ls; k < len && k - ls < ROW_MAX && t[k] != '\n'; k++)
        row += t[k] == sep;
    if (head != row)
        return 0;
    size_t i = h, c = 0;
    while (i < ls && t[i] != '\n' && c < (size_t)col) {
        if (is_digit(t[i]))
            return 0;
        c += t[i++] == sep;
    }
    size_t j = i;
    while (j < ls && t[j] != '\n' && t[j] != sep && j - i < 40) {
        if (is_digit(t[j]))
            return 0;
        j++;
    }
    if (c != (size_t)col || j == i || j - i >= 40)
        return 0;
    static const char *const col_word[] = {"character", "personnage", "personaje", "rolle"};
    for (size_t w = i; w < j;) { /* a character's column: any word of the header cell */
        while (w < j && !letter(t[w]))
            w++;
        size_t x = w;
        while (x < j && letter(t[x]))
            x++;
        if (x > w && NW_FOLDED_IN(t, w, x, col_word))
            return 1;
        w = x;
    }
    return thing_label(t, len, i, j);
}

/* Does a role's phrase stand right before the finding ("nel ruolo di X", "rollen som X"), or "as"
 * on a cast line ("Cast: Priya Carr as Nora Helmer")? */
static int role_before(const uint8_t *t, size_t a, const struct before *bw)
{
    if (a < 4 || t[a - 1] != ' ')
        return 0;
    size_t ps = bw->ws;
    if (ps == a - 1 || a - 1 - ps > 3 || ps < 2 || !bw->fl || !NW_ONE_OF(bw->f, role_prep))
        return 0; /* every preposition has three bytes or fewer */
    if (t[ps - 1] == ' ') {
        size_t rs = word_start(t, ps - 1);
        if (rs < ps - 1 && NW_FOLDED_IN(t, rs, ps - 1, role_word))
            return 1;
    }
    if (a - 1 - ps != 2 || t[ps] != 'a' || t[ps + 1] != 's')
        return 0;
    size_t ls = ps, lo = ps > ROW_MAX ? ps - ROW_MAX : 0;
    while (ls > lo && t[ls - 1] != '\n')
        ls--;
    while (ls < ps && !letter(t[ls]))
        ls++;
    size_t le = word_end(t, ps, ls);
    return le > ls && le < ps && t[le] == ':' && NW_FOLDED_IN(t, ls, le, cast_word);
}

/* Is the one-word finding t[a .. e) a genus before its Latin epithet ("Falco eleonorae",
 * "Gentiana clusii"), or a name before "'s" and an animal ("Audouin's gull")? The epithet ends
 * the phrase (no lower-case word after it). */
static int species(const uint8_t *t, size_t len, size_t a, size_t e)
{
    if (e + 3 >= len)
        return 0;
    if (t[e] == '\'' && t[e + 1] == 's' && t[e + 2] == ' ') {
        size_t x = word_end(t, len, e + 3);
        return x > e + 3 && NW_FOLDED_IN(t, e + 3, x, bird_word);
    }
    if (t[e] != ' ' || t[e + 1] < 'a' || t[e + 1] > 'z' || memchr(t + a, ' ', e - a))
        return 0;
    size_t x = word_end(t, len, e + 1), n = x - e - 1;
    if (n < 5)
        return 0;
    const uint8_t *w = t + e + 1;
    int latin = (w[n - 2] == 'i' && w[n - 1] == 'i') || (w[n - 2] == 'a' && w[n - 1] == 'e') ||
                memcmp(w + n - 3, "eri", 3) == 0 || memcmp(w + n - 4, "elli", 4) == 0 ||
                memcmp(w + n - 4, "iana", 4) == 0 || memcmp(w + n - 4, "orum", 4) == 0;
    if (!latin)
        return 0;
    return x >= len || !(t[x] == ' ' && x + 1 < len && t[x + 1] >= 'a' && t[x + 1] <= 'z');
}

/* Does an eponym's noun stand before the finding ("teste de Weber", "Morbus Scheuermann")? */
static int eponym_before(const uint8_t *t, size_t a, const struct before *bw)
{
    if (a < 4 || t[a - 1] != ' ')
        return 0;
    size_t ps = bw->ws; /* "Morbus" right before the name is an org_word */
    if (ps == a - 1 || a - 1 - ps > 3 || ps < 2 || t[ps - 1] != ' ' || !bw->fl ||
        !NW_ONE_OF(bw->f, eponym_prep))
        return 0;
    size_t ns = word_start(t, ps - 1);
    return ns < ps - 1 && NW_FOLDED_IN(t, ns, ps - 1, eponym_word);
}

/* Does an institution's type word stand in the finding or right before or after it, or a stop's
 * word beside it, or a drug maker after it? */
static int typed(const uint8_t *t, size_t len, size_t a, size_t e, const struct before *bw)
{
    for (size_t i = a; i < e;) { /* the finding's words, split at spaces and hyphens */
        size_t j = i;
        while (j < e && letter(t[j]))
            j++;
        if (j > i + 3 && (i == a || j == e || t[i - 1] == '-') && NW_FOLDED_IN(t, i, j, org_word))
            return 1; /* its first or last word, or a hyphen's part: a middle word is a firm's
                         inside a person's run ("X von der Stichting Thuis") */
        i = j + 1;
    }
    if (a >= 5 && t[a - 1] == ' ' && t[a - 2] == '.') { /* a saint's "sv." or "św." */
        size_t ps = word_start(t, a - 2);
        if ((a - 2 - ps == 2 && t[ps] == 's' && t[ps + 1] == 'v') ||
            (a - 2 - ps == 3 && memcmp(t + ps, "\xc5\x9bw", 3) == 0))
            return 1;
    }
    if (a >= 3 && t[a - 1] == ' ') { /* every type word has four bytes or more */
        size_t ps = bw->ws;
        if (a - 1 - ps >= 4 &&
            (NW_FOLDED_IN(t, ps, a - 1, org_word) || IN(t, ps, a - 1, stop_before)))
            return 1;
    }
    if (e + 2 < len && t[e] == ' ') {
        size_t x = word_end(t, len, e + 1);
        char f[40];
        size_t k = x - e - 1 >= 4 && x - e - 1 < sizeof f
                       ? nw_fold((const char *)t + e + 1, x - e - 1, f, sizeof f - 1)
                       : 0;
        f[k] = '\0';
        if (k && (NW_ONE_OF(f, org_word) || NW_ONE_OF(f, stop_after) || NW_ONE_OF(f, maker_word)))
            return 1;
    }
    return 0;
}

/* Is the one-word finding a Scandinavian modal verb before its pronoun ("Kan du ...")? */
static int modal_verb(const uint8_t *t, size_t len, size_t a, size_t e)
{
    if (e + 2 >= len || t[e] != ' ' || !IN(t, a, e, modal))
        return 0;
    size_t x = word_end(t, len, e + 1);
    return x > e + 1 && IN(t, e + 1, x, pronoun);
}

/* Is the one-word finding a thing's label word before its colon at a line's start ("Calle: ...",
 * "Camino: Pieterpad")? */
static int label_word(const uint8_t *t, size_t len, size_t a, size_t e)
{
    return (a == 0 || t[a - 1] == '\n') && e < len && t[e] == ':' &&
           NW_FOLDED_IN(t, a, e, thing_word);
}

/* Media people a question asks for ("Which presenter do you watch most? X"), folded: never a
 * private person's role. */
static const char *const asked_word[] = {
    "host",      "presenter",  "presentator",  "moderator",      "moderatorin", "quizmaster",
    "animateur", "animatrice", "presentador",  "presentadora",   "conduttore",  "conduttrice",
    "actor",     "actress",    "schauspieler", "schauspielerin", "acteur",      "actrice",
    "actriz",    "attore",     "attrice",      "singer",         "sänger",      "sängerin",
    "chanteur",  "chanteuse",  "cantante",     "zanger",         "zangeres"};

/* Is the finding the answer after a question on its line that asks for a media person ("Q4
 * Which presenter do you watch most? Bradley Walsh")? */
static int asked(const uint8_t *t, size_t a)
{
    if (a < 8 || t[a - 1] != ' ' || t[a - 2] != '?')
        return 0;
    size_t lo = a > 160 ? a - 160 : 0;
    size_t i = a - 2; /* the '?' */
    while (i > lo && t[i - 1] != '\n' && t[i - 1] != '\\') {
        if (!letter(t[i - 1])) {
            i--;
            continue;
        }
        size_t s = i;
        while (s > lo && letter(t[s - 1]))
            s--;
        if (NW_FOLDED_IN(t, s, i, asked_word))
            return 1;
        i = s;
    }
    return 0;
}

/* The tests of this file on a text of len bytes. */
static int thing(const uint8_t *t, size_t len, size_t a, size_t e)
{
    int one = !memchr(t + a, ' ', e - a);
    if (one && (species(t, len, a, e) || modal_verb(t, len, a, e) || label_word(t, len, a, e)))
        return 1;
    if (!one && e + 3 < len && t[e] == '\'' && species(t, len, a, e))
        return 1;
    struct before bw = {0, a, 0, {0}};
    if (a > 0 && t[a - 1] == ' ') {
        bw.space = 1;
        bw.ws = word_start(t, a - 1);
        if (a >= 4 && bw.ws != a - 1 && a - 1 - bw.ws <= 3 && bw.ws >= 2) {
            bw.fl = nw_fold((const char *)t + bw.ws, a - 1 - bw.ws, bw.f, sizeof bw.f - 1);
            bw.f[bw.fl] = '\0';
        }
    }
    if (label_value(t, len, a, &bw) || json_value(t, len, a, &bw) || role_before(t, a, &bw) ||
        eponym_before(t, a, &bw) || typed(t, len, a, e, &bw) || asked(t, a))
        return 1;
    size_t p = a; /* a table's cell opens after a separator or a line's start */
    while (p > 0 && (t[p - 1] == ' ' || t[p - 1] == '"'))
        p--;
    return (p == 0 || (t[p - 1] && strchr("|;,\t\n", t[p - 1]))) && thing_column(t, len, a);
}

/* The unwrapped copy of the bytes around a finding: escaped newlines, tabs and quotes of one or
 * two JSON layers read as what they stand for, a quote's "> " at a line's start dropped. */
#define VIEW_BEFORE 256
#define VIEW_AFTER 96
struct view {
    uint8_t b[VIEW_BEFORE + VIEW_AFTER + 64];
    size_t len, a, e;
};

static int unwrap(const uint8_t *t, size_t len, size_t a, size_t e, struct view *v)
{
    size_t i = a > VIEW_BEFORE ? a - VIEW_BEFORE : 0,
           end = e + VIEW_AFTER < len ? e + VIEW_AFTER : len;
    size_t n = 0;
    v->a = v->e = SIZE_MAX;
    while (i < end && n < sizeof v->b) {
        if (i == a)
            v->a = n;
        if (i == e)
            v->e = n;
        uint8_t c = t[i];
        if (c == '\\' && i + 1 < end && (i < a || i >= e)) {
            size_t j = i;
            while (j < end && t[j] == '\\')
                j++;
            if (j < end && (t[j] == 'n' || t[j] == 'r' || t[j] == 't' || t[j] == '"')) {
                if (t[j] != 'r')
                    v->b[n++] = t[j] == 'n' ? '\n' : t[j] == 't' ? '\t' : '"';
                i = j + 1;
                continue;
            }
        }
        if (c == '>' && (n == 0 || v->b[n - 1] == '\n') && (i < a || i >= e)) {
            i += i + 1 < end && t[i + 1] == ' ' ? 2 : 1;
            continue;
        }
        v->b[n++] = c;
        i++;
    }
    if (i == e && v->e == SIZE_MAX)
        v->e = n;
    v->len = n;
    return v->a != SIZE_MAX && v->e != SIZE_MAX && v->e > v->a;
}

static int probe(void *arg, int kind, size_t a, size_t e)
{
    (void)kind, (void)a, (void)e;
    *(int *)arg = 1;
    return 0;
}

/* Does filter f keep the finding v->b[v->a .. v->e) of the view? */
static int kept(anon_names_emit_fn f, const struct view *v)
{
    int k = 0;
    struct nw_link l = {v->b, v->len, probe, &k};
    f(&l, ANON_NAMES_PERSON, v->a, v->e);
    return k;
}

int nw_prec46_emit(void *arg, int kind, size_t a, size_t e)
{
    struct nw_link *p = arg;
    if (kind == ANON_NAMES_PERSON && e > a && e - a < 64) {
        const uint8_t *t = p->t;
        if (thing(t, p->len, a, e))
            return 0;
        size_t lo = a > VIEW_BEFORE ? a - VIEW_BEFORE : 0, ls = a;
        const uint8_t *nl = a > lo ? memrchr(t + lo, '\n', a - lo) : NULL;
        ls = nl ? (size_t)(nl - t) + 1 : lo;
        if ((a > ls && memchr(t + ls, '\\', a - ls)) || (ls < a && t[ls] == '>')) {
            struct view v;
            if (unwrap(t, p->len, a, e, &v) &&
                (thing(v.b, v.len, v.a, v.e) || !kept(nw_fp45_emit, &v) || !kept(nw_fp44_emit, &v)))
                return 0;
        }
    }
    return p->emit(p->arg, kind, a, e);
}
