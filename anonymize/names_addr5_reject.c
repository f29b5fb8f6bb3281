/* names_addr5_reject.c: runs that read as a person but are a place or a term, by the role the
 * words around them give them, for person_at() (names.c) after nw_not_person(): a saint's word
 * before or opening the run ("St. Louis", "São João da Madeira", "Santo André"), a street type
 * before a title before the run ("Rua Dr. António José de Almeida": a street named after a
 * person is a place), a Dutch, English, French or Italian town's link after it ("Bergen op
 * Zoom", "Kingston upon Thames"), a street abbreviation ending it ("Queen St W"), a branch or
 * office noun after a one-word run ("Victoria helpdesk"), a law, disease, theorem or scale noun
 * and its particle before it ("lei de Murphy", "syndrome de Gilles de la Tourette"), a
 * company's noun or a seat's label before it ("Ficha de empresa Zara", "Sede: Santo André").
 *
 * Like nw_not_person() these rules only take findings away; a title right before the run keeps
 * it a person unless a street type stands before the title.
 */
#include "anonymize/names_internal.h"

#include <pthread.h>
#include <string.h>

/* Saints' words: a run they open or stand before names a town, a church or a street. */
static const char *const saints[] = {"st",   "ste",   "saint", "sainte", "sankt",
                                     "sint", "santo", "santa", "são",    "san"};

/* Street types that stand before a street's name (folded, no dot). */
static const char *const street_types[] = {
    "rua",    "alameda", "travessa", "largo",   "avenida", "av",     "avda",     "bv",
    "calle",  "calzada", "via",      "viale",   "corso",   "piazza", "piazzale", "rue",
    "avenue", "praça",   "praca",    "estrada", "paseo",   "plaza",  "carrer",   "boulevard",
    "place",  "vicolo",  "largo",    "ponte",   "parque",  "jardim"};

/* Titles that a street's name may hold after its type. */
static const char *const titles[] = {"dr",        "dra",    "prof",     "eng",        "gen",
                                     "pres",      "dom",    "cap",      "ten",        "dott",
                                     "mons",      "cel",    "marechal", "presidente", "general",
                                     "professor", "doctor", "doutor",   "don",        "dona"};

/* Nouns of laws, diseases, theorems, scales and effects named after people, before "de"/"di"/
 * "van"/"von" and the name ("lei de Murphy", "manovra di Heimlich", "ziekte van Crohn"). */
static const char *const eponym_nouns[] = {
    "lei",           "ley",          "legge",      "loi",          "wet",        "gesetz",
    "syndrome",      "síndrome",     "sindrome",   "syndroom",     "maladie",    "malattia",
    "morbo",         "doença",       "enfermedad", "ziekte",       "mal",        "manobra",
    "manovra",       "maniobra",     "manœuvre",   "manoeuvre",    "teorema",    "théorème",
    "stelling",      "satz",         "principio",  "princípio",    "principe",   "escala",
    "scala",         "échelle",      "schaal",     "efecto",       "effetto",    "efeito",
    "effet",         "effect",       "paradoja",   "paradosso",    "paradoxo",   "paradoxe",
    "regla",         "regola",       "règle",      "regra",        "regel",      "ecuación",
    "equazione",     "équation",     "equação",    "vergelijking", "número",     "numero",
    "nombre",        "constante",    "costante",   "teoría",       "teoria",     "théorie",
    "theorie",       "test",         "prueba",     "prova",        "épreuve",    "método",
    "metodo",        "méthode",      "methode",    "algoritmo",    "algorithme", "distribución",
    "distribuzione", "distribuição", "critério",   "criterio",     "critère",    "criterium",
    "signo",         "segno",        "signe",      "sinal",        "complejo",   "complesso",
    "complexe",      "complexo",     "tríade",     "triada",       "triade",     "hipótesis",
    "ipotesi",       "hypothèse",    "hipótese",   "hypothese",    "lemma",      "lema",
    "lemme",         "postulado",    "postulato",  "postulat",     "cuchilla",   "rasoio",
    "rasoir",        "navalha",      "scheermes"};

static const char *const eponym_links[] = {"de", "di",  "da",  "do",  "del", "della",
                                           "du", "des", "van", "von", "d"};

/* Links inside a town's name after its first word: "Bergen op Zoom", "Alphen aan den Rijn",
 * "Kingston upon Thames", "Châlons-sur-Marne" read with spaces, "Castiglione sul Lago". */
static const char *const town_links[] = {"op", "aan", "upon", "sur", "sul", "sulla"};

/* One-word places' nouns after the run: "Victoria helpdesk", "Adelaide office". */
static const char *const branch_nouns[] = {"helpdesk", "office",     "branch",        "store",
                                           "site",     "campus",     "plant",         "warehouse",
                                           "hub",      "datacenter", "depot",         "airport",
                                           "filiale",  "vestiging",  "niederlassung", "sucursal"};

/* A company's noun before the run ("Ficha de empresa Zara", "la loja Disney"), or a seat's
 * label ("Sede: Santo André", "Sitz: Karlsruhe"). */
static const char *const firm_nouns[] = {
    "empresa",  "firmenprofil",   "entreprise", "bedrijf",      "azienda", "società",
    "sociedad", "sociedade",      "loja",       "tienda",       "negozio", "magasin",
    "winkel",   "agence",         "agência",    "agencia",      "sede",    "sitz",
    "siège",    "zetel",          "hauptsitz",  "headquarters", "équipe",  "agenzia",
    "filiale",  "bedrijfsprofiel"};

/* The head of a hyphenated compound that ends the run, or the suffix of a one-word run after
 * an article or a place preposition: the compound names a disease, a term, a branch or a
 * street, not a person ("Parkinson-Krankheit", "Deutsche Bahn-Filiale", "Karl-Marx-Allee",
 * "in der Mühlenweg", "op de Beatrixlaan"). */
static const char *const compound_heads[] = {
    "krankheit",   "syndrom",  "demenz",    "thyreoiditis", "effekt",  "prinzip", "gesetz",
    "algorithmus", "methode",  "verfahren", "skala",        "test",    "filiale", "gruppe",
    "konzern",     "zentrale", "werk",      "straße",       "strasse", "allee",   "weg",
    "gasse",       "platz",    "damm",      "ufer",         "laan",    "straat",  "plein",
    "gracht",      "kade",     "steeg",     "singel",       "dreef"};
static const char *const street_suffixes[] = {"straße", "strasse", "allee",  "weg",   "gasse",
                                              "platz",  "laan",    "straat", "plein", "gracht",
                                              "kade",   "steeg",   "singel", "dreef"};
static const char *const place_articles[] = {"der", "die", "den", "dem", "de",  "het", "op",
                                             "in",  "an",  "am",  "auf", "aan", "la",  "the"};

/* Words that open a firm's name and no person's. */
static const char *const firm_openers[] = {"banco",    "banca",    "bank",      "caixa",
                                           "caja",     "grupo",    "gruppo",    "groupe",
                                           "farmacia", "farmácia", "pharmacie", "apotheke"};

/* Street types that end a street's name, before which no surname ends ("Nähe
 * Zürcherstrasse", "bij de Schoolstraat"). */
static const char *const strong_suffixes[] = {"straße", "strasse", "straat", "allee", "gasse",
                                              "platz",  "gracht",  "plein",  "steeg"};

/* Does the folded word f end in one of list's words after at least three letters of its own? */
static int ends_in(const char *f, const char *const *list, size_t n)
{
    size_t fl = strlen(f);
    for (size_t k = 0; k < n; k++) {
        size_t sl = strlen(list[k]);
        if (fl >= sl + 3 && memcmp(f + fl - sl, list[k], sl) == 0)
            return 1;
    }
    return 0;
}

/* Towns and districts of the pack's locales (and Latin America's) whose words read as a given
 * name and a surname, folded, '-' and '\'' as ' ': written from general knowledge, not from a
 * corpus. A run that is one of them names the town, whatever stands around it. */
static const char *const towns[] = {
    /* Italy */
    "reggio emilia", "reggio calabria", "reggio nell emilia", "lamezia terme", "abano terme",
    "montecatini terme", "salsomaggiore terme", "chianciano terme", "vibo valentia",
    "ascoli piceno", "massa carrara", "la spezia", "cortina d ampezzo", "castel gandolfo",
    "gioia tauro", "porto torres", "porto cervo", "forte dei marmi", "sesto san giovanni",
    "torre del greco", "bassano del grappa", "riva del garda", "desenzano del garda",
    "citta di castello", "città di castello", "castellammare di stabia", "lido di jesolo",
    "marina di ravenna", "francavilla fontana", "martina franca", "vittorio veneto",
    "santa margherita ligure", "pieve di cadore", "monte sant angelo", "casale monferrato",
    /* Portugal and Brazil */
    "belo horizonte", "porto alegre", "ponta delgada", "vila nova de gaia", "viana do castelo",
    "castelo branco", "figueira da foz", "póvoa de varzim", "vila real", "torres vedras",
    "caldas da rainha", "rio de janeiro", "rio grande", "campo grande", "juiz de fora",
    "ribeirão preto", "foz do iguaçu", "angra dos reis", "jardim paulista", "vila mariana",
    "boa vista", "cabo frio", "feira de santana", "vitória da conquista", "duque de caxias",
    "nova iguaçu", "praia grande", "ouro preto", "vila velha", "santa maria da feira",
    "oliveira de azeméis", "paços de ferreira", "marco de canaveses", "bela vista", "vila madalena",
    "barra da tijuca", "lagoa santa", "campina grande", "presidente prudente",
    /* Spain and Latin America */
    "santiago de compostela", "la plata", "mar del plata", "ciudad juárez", "ciudad real",
    "alcalá de henares", "jerez de la frontera", "a coruña", "la coruña", "las palmas",
    "puerto madryn", "villa carlos paz", "bahía blanca", "río cuarto", "san isidro",
    "puerto vallarta", "tuxtla gutiérrez", "ciudad victoria", "nuevo laredo", "playa del carmen",
    "los mochis", "ciudad obregón", "villa maría", "ciudad del carmen", "don benito",
    "vélez málaga", "puerto montt", "viña del mar", "valle de bravo", "santa cruz de tenerife",
    "palma de mallorca", "ciudad rodrigo", "miranda de ebro", "aranda de duero",
    /* France, Belgium, Switzerland */
    "aix en provence", "charleville mézières", "boulogne billancourt", "villeneuve d ascq",
    "la rochelle", "le havre", "le mans", "mont de marsan", "bourg en bresse", "chalon sur saône",
    "issy les moulineaux", "levallois perret", "neuilly sur seine", "la roche sur yon",
    "aix les bains", "mont saint michel", "la louvière", "braine l alleud", "la chaux de fonds",
    "yverdon les bains",
    /* Netherlands, Germany, Austria */
    "bergen op zoom", "den haag", "den bosch", "den helder", "hoek van holland",
    "alphen aan den rijn", "capelle aan den ijssel", "frankfurt am main", "frankfurt an der oder",
    "halle saale", "baden baden", "bad homburg", "wiener neustadt",
    /* the English-speaking world */
    "milton keynes", "hemel hempstead", "stoke on trent", "newcastle upon tyne",
    "kingston upon thames", "bury st edmunds", "port elizabeth", "alice springs", "victoria falls",
    "prince george", "prince albert", "fort william", "port louis", "mount isa", "coffs harbour",
    "charlotte amalie", "grace church", "st john s"};

/* The word that ends before i (spaces and one key colon skipped), folded and stripped of its
 * dot; its start in *ws. */
static const char *word_before(const struct sc *s, size_t i, size_t *ws, char *buf, size_t cap)
{
    const char *w = nw_prev_word(s, i, ws, buf, cap);
    if (!*w && i > 1 && s->t[i - 1] == ' ' && s->t[i - 2] == ':')
        w = nw_prev_word(s, i - 2, ws, buf, cap);
    return w;
}

/* Was the word at ws written with a capital? */
static int capitalised(const struct sc *s, size_t ws)
{
    return ws < s->len && nw_upper(s->t + ws, s->len - ws) > 0;
}

/* The towns' last words (after their last space), grouped by first byte (the words opening
 * with byte c are town_last[town_off[c] .. town_off[c + 1])), and a bit per first byte and
 * length and per last byte and length of them: built once. */
#define TOWNS_N (sizeof towns / sizeof towns[0])
static const char *town_last[TOWNS_N];
static uint8_t town_last_len[TOWNS_N];
static uint16_t town_off[257];
static uint32_t town_first_screen[256], town_end_screen[256];
static pthread_once_t town_once = PTHREAD_ONCE_INIT;

static void town_index(void)
{
    uint16_t at[256] = {0};
    for (size_t k = 0; k < TOWNS_N; k++) {
        const char *sp = strrchr(towns[k], ' ');
        at[(uint8_t)(sp ? sp[1] : towns[k][0])]++;
    }
    for (int c = 0; c < 256; c++) {
        town_off[c + 1] = (uint16_t)(town_off[c] + at[c]);
        at[c] = town_off[c];
    }
    for (size_t k = 0; k < TOWNS_N; k++) {
        const char *sp = strrchr(towns[k], ' '), *w = sp ? sp + 1 : towns[k];
        size_t n = strlen(w), x = at[(uint8_t)w[0]]++;
        town_last[x] = w;
        town_last_len[x] = (uint8_t)(n < 255 ? n : 255);
        if (n > 0 && n < 32) {
            town_first_screen[(uint8_t)w[0]] |= 1u << n;
            town_end_screen[(uint8_t)w[n - 1]] |= 1u << n;
        }
    }
}

/* Can a name that ends at e, its last word from p on (no ' ', '-' or '\'' in t[p .. e)), be one
 * of the towns? Its last word must be a town's last word: nw_fold() keeps a word's length and
 * changes only capitals, so its first and last bytes are told before it is folded. */
static int town_last_word(const struct sc *s, size_t p, size_t e)
{
    const uint8_t *t = s->t;
    size_t n = e - p;
    if (n >= 32)
        return 1;
    pthread_once(&town_once, town_index);
    uint8_t c = t[p] >= 'A' && t[p] <= 'Z' ? (uint8_t)(t[p] | 32) : t[p];
    uint8_t z = t[e - 1] >= 'A' && t[e - 1] <= 'Z' ? (uint8_t)(t[e - 1] | 32) : t[e - 1];
    if (!(town_first_screen[c] >> n & 1) || (z < 0x80 && !(town_end_screen[z] >> n & 1)))
        return 0; /* a last byte >= 0x80 may be a capital's second byte: no screen by it */
    char b[32];
    const char *w = nw_fold_span(s, p, e, b, sizeof b);
    for (unsigned k = town_off[(uint8_t)w[0]]; k < town_off[(uint8_t)w[0] + 1]; k++)
        if (town_last_len[k] == n && memcmp(w, town_last[k], n) == 0)
            return 1;
    return 0;
}

/* Is the run t[a .. e) (first word ending at w1), or the run with up to three words before it
 * on its line from ws on ("Don Benito", "Alphen aan den Rijn"), one of the towns? */
static int town_at(const struct sc *s, size_t a, size_t e, size_t w1, size_t ws)
{
    /* Every name the loop below folds ends with the run's last word, after a space (or a '-' or
     * '\'', read as one): a run of one word from a on when the byte before it is no word's
     * (then it is its own first word) or one of those three. */
    const uint8_t *t = s->t;
    size_t p = e;
    while (p > a && t[p - 1] != ' ' && t[p - 1] != '-' && t[p - 1] != '\'')
        p--;
    if (p < e &&
        (p > a || a == 0 || !(t[a - 1] >= 0x80 || is_alnum(t[a - 1]) || t[a - 1] == '.')) &&
        !town_last_word(s, p, e))
        return 0;
    size_t from = w1 < e ? a : ws;
    for (int back = 0; back < 4 && from < e; back++) {
        char gb[48];
        const char *g = nw_fold_span(s, from, e, gb, sizeof gb);
        if (!*g)
            break;
        char h[48];
        size_t n = 0;
        for (; g[n] && n + 1 < sizeof h; n++)
            h[n] = g[n] == '-' || g[n] == '\'' ? ' ' : g[n];
        h[n] = '\0';
        if (NW_ONE_OF(h, towns))
            return 1; /* "Lamezia Terme", "Belo Horizonte", "Milton Keynes" */
        if (from == 0 || (s->t[from - 1] != ' '))
            break;
        size_t ps;
        char xb[32];
        if (!*nw_prev_word(s, from, &ps, xb, sizeof xb) || ps >= from)
            break;
        from = ps;
    }
    return 0;
}

int nw_addr5_not_person(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    char pb[32], qb[32], fb[32];
    size_t ws, qs;
    const char *pw = word_before(s, a, &ws, pb, sizeof pb);
    size_t w1 = a; /* the run's first word */
    while (w1 < e && t[w1] != ' ')
        w1++;
    const char *first = nw_fold_span(s, a, w1 > a && t[w1 - 1] == '.' ? w1 - 1 : w1, fb, sizeof fb);
    if (NW_ONE_OF(first, saints) && w1 < e)
        return 1;  /* "São João da Madeira", "Santo André", "Sankt Gallen" */
    size_t h1 = a; /* a saint's word joined by a hyphen: "Sint-Niklaas", "Saint-Étienne" */
    while (h1 < w1 && t[h1] != '-')
        h1++;
    if (h1 < w1 && h1 > a) {
        char sb[16];
        const char *sw = nw_fold_span(s, a, h1, sb, sizeof sb);
        if (*sw && NW_ONE_OF(sw, saints))
            return 1;
    }
    if (NW_ONE_OF(first, firm_openers) && w1 < e)
        return 1; /* "Banco Santander", "Caixa Geral", "Grupo Bimbo" */
    if (*pw && NW_ONE_OF(pw, saints) && capitalised(s, ws))
        return 1; /* "St. Louis", "Saint Denis" */
    if (*pw && NW_ONE_OF(pw, titles) && ws > 0) {
        const char *qw = nw_prev_word(s, ws, &qs, qb, sizeof qb);
        if (*qw && NW_ONE_OF(qw, street_types))
            return 1; /* "Rua Dr. António José de Almeida" */
    }
    if (town_at(s, a, e, w1, ws))
        return 1;
    if (*pw && nw_honorific(pw))
        return 0;        /* "Frau Anna Schmidt-Weg", "Mr Queen St..." stay people */
    const char *pe = pw; /* "L'agence Hermès": the noun after its elided article */
    if ((pe[0] == 'l' || pe[0] == 'd') && pe[1] == '\'')
        pe += 2;
    if (*pe && NW_ONE_OF(pe, firm_nouns))
        return 1;
    if (*pw && ws > 0 && NW_ONE_OF(pw, eponym_links) && !capitalised(s, ws)) {
        const char *qw = nw_prev_word(s, ws, &qs, qb, sizeof qb);
        if (*qw && NW_ONE_OF(qw, eponym_nouns))
            return 1; /* "lei de Murphy", "syndrome de Gilles de la Tourette" */
    }
    if (e + 5 < s->len && t[e] == '-' && t[e + 1] >= 'a' && t[e + 1] <= 'z') {
        size_t k = e + 1;
        while (k < s->len && k - e <= 5 &&
               ((t[k] >= 'a' && t[k] <= 'z') || t[k] == 0xC3 || (t[k] >= 0x80 && t[k] < 0xC0)))
            k++;
        if (k + 1 < s->len && t[k] == '-' && nw_upper(t + k + 1, s->len - k - 1))
            return 1; /* a French town's link: "Aix-en-Provence", "Châlons-sur-Marne" */
    }
    /* the run's last word: "Queen St W" */
    size_t wl = e;
    while (wl > a && t[wl - 1] != ' ')
        wl--;
    size_t hy = e;
    while (hy > wl && t[hy - 1] != '-')
        hy--;
    char hb[32];
    if (hy > wl + 1 && e - hy >= 3) {
        const char *h = nw_fold_span(s, hy, e, hb, sizeof hb);
        if (*h && NW_ONE_OF(h, compound_heads))
            return 1; /* "Alzheimer-Demenz", "Goldman Sachs-Filiale", "Karl-Marx-Allee" */
    }
    if (wl > a) {
        const char *h = nw_fold_span(s, wl, e, hb, sizeof hb);
        if (*h && ends_in(h, strong_suffixes, sizeof strong_suffixes / sizeof strong_suffixes[0]))
            return 1; /* "Nähe Zürcherstrasse": a street's name ends the run */
        /* "Carrefour di Lamezia Terme": a firm or person of a town of the list */
        for (size_t q = a; q + 4 < wl; q++)
            if (t[q] == ' ' && t[q + 1] == 'd' && (t[q + 2] == 'i' || t[q + 2] == 'e') &&
                t[q + 3] == ' ' && q + 4 < e && town_at(s, q + 4, e, q + 4, q + 4))
                return 1;
    }
    if (wl == a && *pw && NW_ONE_OF(pw, place_articles)) {
        const char *h = nw_fold_span(s, a, e, hb, sizeof hb);
        if (*h && ends_in(h, street_suffixes, sizeof street_suffixes / sizeof street_suffixes[0]))
            return 1; /* "in der Mühlenweg", "op de Beatrixlaan" */
    }
    if (e - a > 7 && memcmp(t + a, "Morbus ", 7) == 0)
        return 1; /* "Morbus Crohn" */
    if (wl > a && e - wl == 2 && t[wl] == 'S' && t[wl + 1] == 't' && (e >= s->len || t[e] != '.'))
        return 1;
    /* what follows the run */
    if (e + 2 < s->len && t[e] == ' ') {
        size_t we;
        const char *nx = nw_word_after(s, e, &we, qb, sizeof qb);
        if (NW_ONE_OF(nx, town_links) && t[e + 1] >= 'a' && t[e + 1] <= 'z') {
            size_t k = we;
            if (k + 4 < s->len && t[k] == ' ' &&
                (memcmp(t + k + 1, "de ", 3) == 0 || memcmp(t + k + 1, "den ", 4) == 0))
                k += t[k + 3] == ' ' ? 3 : 4;
            if (k + 1 < s->len && t[k] == ' ' && nw_upper(t + k + 1, s->len - k - 1))
                return 1; /* "Bergen op Zoom", "Alphen aan den Rijn" */
        }
        if (w1 >= e && t[e + 1] >= 'a' && t[e + 1] <= 'z' && NW_ONE_OF(nx, branch_nouns))
            return 1; /* "Reminder: Victoria helpdesk closes at 5" */
    }
    return 0;
}
