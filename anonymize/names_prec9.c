/* names_prec9.c: runs that read as a person but name an animal, a stage or book character, a
 * famous person under a title, a role in a salutation or a club: "Sire: Ch. Windsong's Northern
 * Star", "my cat Luna", "Hamlet - Anna Keller" under "Cast:", "Lord Byron's letters", "Sehr
 * geehrte Damen und Herren", "Aston Villa". Masking them breaks the text and protects no one.
 *
 * nw_not_person() (names_reject.c) asks nw_prec9_not_person() about a run it has already
 * accepted, before its honorific test (a title keeps a run a person, but "Lady Bella" in a
 * pedigree and "Sir Isaac Newton" as a topic are not). Like it, these rules only take findings
 * away; the ones that read the whole text (a breeding document) run only after a cheap first
 * test on the words next to the run.
 */
#include "anonymize/names_internal.h"

#include <string.h>

static int lower_ascii(uint8_t c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* The start of the line of i. */
static size_t line_of(const struct sc *s, size_t i)
{
    while (i > 0 && s->t[i - 1] != '\n')
        i--;
    return i;
}

/* The text speaks of breeding animals (a pedigree, a litter, a breeder's contract): a word of
 * it starts with one of these stems (a stem ending in '.' is a whole word). One pass over the
 * text, asked only after a pedigree's key or a mating beside the run. */
static int breeding_text(const struct sc *s)
{
    static const char *const stems[] = {
        "breed",     "kennel",   "litter",        "pedigree",      "sire.",          "stud.",
        "puppies",   "welpe",    "wurf",          "zwinger",       "z\303\274chter", "rasse",
        "stammbaum", "chiot",    "port\303\251e", "\303\251leveu", "affixe",         "fokker",
        "nest.",     "nestje",   "stamboom",      "criador",       "camada",         "raza",
        "afijo",     "cachorro", "allevat",       "cuccio",        "razza",          "affisso",
        "ninhada",   "canil",    "ra\303\247a",   "fohlen",        "foal",           "poulain",
        "veulen",    "potro",    "puledro"};
    const uint8_t *t = s->t;
    for (size_t i = 0; i < s->len; i++) {
        if (i > 0 && (is_alnum(t[i - 1]) || t[i - 1] >= 0x80))
            continue;
        uint8_t c = (uint8_t)lower_ascii(t[i]);
        for (size_t k = 0; k < sizeof stems / sizeof *stems; k++) {
            const char *st = stems[k];
            if ((uint8_t)st[0] != c)
                continue;
            size_t n = 1;
            while (st[n] && st[n] != '.' && i + n < s->len &&
                   lower_ascii(t[i + n]) == (uint8_t)st[n])
                n++;
            if (st[n] == '\0' ||
                (st[n] == '.' && (i + n == s->len || !(is_alnum(t[i + n]) || t[i + n] >= 0x80))))
                return 1;
        }
    }
    return 0;
}

/* The key of the run's line ("Sire: ", "Mère : ", "- Dam:"), folded; "" when the line has none
 * before the run. */
static const char *line_key(const struct sc *s, size_t a, char *buf, size_t cap)
{
    size_t ls = nw_line_start(s, a), i = ls;
    while (i < a && (s->t[i] == ' ' || s->t[i] == '\t' || s->t[i] == '-' || s->t[i] == '*'))
        i++;
    size_t ks = i;
    while (i < a && s->t[i] != ':' && i - ks < 24)
        i++;
    if (i >= a || s->t[i] != ':')
        return "";
    size_t ke = i;
    while (ke > ks && s->t[ke - 1] == ' ')
        ke--;
    return nw_fold_span(s, ks, ke, buf, cap);
}

/* A pedigree's or a contract's key that names an animal. */
static int animal_key(const char *k)
{
    static const char *const keys[] = {"sire",
                                       "dam",
                                       "father",
                                       "mother",
                                       "vater",
                                       "mutter",
                                       "p\303\250re",
                                       "m\303\250re",
                                       "vader",
                                       "moeder",
                                       "padre",
                                       "madre",
                                       "pai",
                                       "m\303\243e",
                                       "puppy",
                                       "pup",
                                       "welpe",
                                       "chiot",
                                       "cachorro",
                                       "cucciolo",
                                       "kennel",
                                       "zwinger",
                                       "affixe",
                                       "afijo",
                                       "affisso",
                                       "canil",
                                       "call name",
                                       "rufname",
                                       "roepnaam",
                                       "nom d'usage",
                                       "nome di chiamata",
                                       "foal",
                                       "fohlen",
                                       "poulain",
                                       "veulen",
                                       "potro",
                                       "puledro",
                                       "dog",
                                       "hund",
                                       "chien",
                                       "hond",
                                       "perro",
                                       "cane",
                                       "c\303\243o",
                                       "cat",
                                       "katze",
                                       "kitten",
                                       "stallion",
                                       "mare",
                                       "hengst",
                                       "stute"};
    return NW_ONE_OF(k, keys);
}

/* A word that names an animal kept as a pet or bred, before its name ("my cat Luna", "the
 * foal Stormy", "unser Welpe Balu"). */
static int pet_word(const char *w)
{
    static const char *const words[] = {
        "cat",         "dog",           "puppy",     "kitten",
        "kitty",       "foal",          "pony",      "horse",
        "stallion",    "gelding",       "colt",      "filly",
        "rabbit",      "bunny",         "hamster",   "parrot",
        "budgie",      "tomcat",        "hen",       "rooster",
        "labrador",    "retriever",     "poodle",    "terrier",
        "spaniel",     "collie",        "beagle",    "dachshund",
        "tabby",       "katze",         "kater",     "k\303\244tzchen",
        "hund",        "h\303\274ndin", "welpe",     "welpen",
        "fohlen",      "stute",         "hengst",    "pferd",
        "kaninchen",   "huhn",          "chatte",    "chaton",
        "chien",       "chienne",       "chiot",     "poulain",
        "jument",      "cheval",        "lapin",     "poule",
        "poes",        "hond",          "veulen",    "paard",
        "merrie",      "konijn",        "kip",       "gato",
        "gata",        "gatito",        "gatita",    "perro",
        "perra",       "perrito",       "cachorro",  "cachorra",
        "potro",       "yegua",         "caballo",   "conejo",
        "gallina",     "gatto",         "gatta",     "gattino",
        "gattina",     "cane",          "cagnolino", "cucciolo",
        "cucciola",    "puledro",       "cavallo",   "coniglio",
        "c\303\243o",  "cadela",        "gatinho",   "gatinha",
        "\303\251gua", "cavalo",        "coelho",    "galinha"};
    return NW_ONE_OF(w, words);
}

/* "walk Bella", "promener Félix", "pasear a Toby", "passear o Bobi", "portare fuori Fido":
 * the verb (and its particle) before a pet's name. */
static int walk_before(const char *pw, const char *ppw)
{
    static const char *const verbs[] = {"walk", "promener", "prom\303\250ne"};
    if (NW_ONE_OF(pw, verbs))
        return 1;
    if (strcmp(pw, "a") == 0 || strcmp(pw, "o") == 0)
        return strcmp(ppw, "pasear") == 0 || strcmp(ppw, "passear") == 0;
    return strcmp(pw, "fuori") == 0 && strcmp(ppw, "portare") == 0;
}

/* A pet's walk after its name: "Bella heute Gassi führen", "Max vanavond uitlaten", "Max the
 * labrador". */
static int pet_after(const struct sc *s, size_t e)
{
    char b[32];
    size_t we = e;
    for (int k = 0; k < 3 && we < s->len && s->t[we] == ' '; k++) {
        const char *w = nw_word_after(s, we, &we, b, sizeof b);
        if (!*w)
            return 0;
        if (strcmp(w, "gassi") == 0 || strcmp(w, "uitlaten") == 0 || strcmp(w, "uit") == 0)
            return 1;
        if (k == 0 && strcmp(w, "the") == 0) {
            w = nw_word_after(s, we, &we, b, sizeof b);
            return pet_word(w);
        }
    }
    return 0;
}

/* A famous person named with a title as a topic ("Sir Isaac Newton", "Lord Byron's letters"),
 * and a book's title hero ("Don Quijote", "Dom Casmurro"). */
static int titled_famous(const char *title, const char *g)
{
    static const char *const sirs[] = {"isaac newton",
                                       "newton",
                                       "walter scott",
                                       "winston churchill",
                                       "churchill",
                                       "francis drake",
                                       "walter raleigh",
                                       "elton john",
                                       "paul mccartney",
                                       "alex ferguson",
                                       "david attenborough",
                                       "arthur conan doyle",
                                       "isaac",
                                       "lancelot",
                                       "galahad",
                                       "gawain"};
    static const char *const lords[] = {"byron",    "nelson",         "kelvin",
                                        "tennyson", "wellington",     "voldemort",
                                        "vader",    "horatio nelson", "alfred tennyson"};
    static const char *const dons[] = {
        "quijote", "quixote",  "quijote de la mancha", "juan",     "giovanni",       "abbondio",
        "camillo", "corleone", "sebasti\303\243o",     "casmurro", "p\303\251rignon"};
    if (strcmp(title, "sir") == 0)
        return NW_ONE_OF(g, sirs) || nw_famous(g);
    if (strcmp(title, "lord") == 0)
        return NW_ONE_OF(g, lords) || nw_famous(g);
    if (strcmp(title, "miss") == 0)
        return strcmp(g, "marple") == 0;
    if (strcmp(title, "don") == 0 || strcmp(title, "dom") == 0)
        return NW_ONE_OF(g, dons);
    return 0;
}

/* Characters of books, plays and films that readers name as topics. */
static int fictional(const char *g)
{
    static const char *const names[] = {"sherlock holmes",
                                        "hercule poirot",
                                        "harry potter",
                                        "hermione granger",
                                        "ron weasley",
                                        "walter white",
                                        "frodo baggins",
                                        "bilbo baggins",
                                        "darth vader",
                                        "luke skywalker",
                                        "han solo",
                                        "ars\303\250ne lupin",
                                        "james bond",
                                        "peter pan",
                                        "captain hook",
                                        "tinker bell",
                                        "ebenezer scrooge",
                                        "bob cratchit",
                                        "jacob marley",
                                        "mary poppins",
                                        "indiana jones",
                                        "lara croft",
                                        "bruce wayne",
                                        "clark kent",
                                        "peter parker",
                                        "tony stark",
                                        "jon snow",
                                        "homer simpson",
                                        "bart simpson",
                                        "mickey mouse",
                                        "donald duck",
                                        "bugs bunny",
                                        "don quijote",
                                        "don quixote",
                                        "dom casmurro",
                                        "quijote de la mancha",
                                        "anna karenina",
                                        "emma bovary",
                                        "jane eyre",
                                        "elizabeth bennet",
                                        "atticus finch",
                                        "holden caulfield",
                                        "jay gatsby",
                                        "huckleberry finn",
                                        "tom sawyer",
                                        "oliver twist",
                                        "david copperfield",
                                        "jean valjean",
                                        "pippi langstrumpf",
                                        "pippi longstocking",
                                        "kapitein haddock",
                                        "captain haddock",
                                        "willy wonka",
                                        "forrest gump",
                                        "hannibal lecter",
                                        "vito corleone",
                                        "tyrion lannister",
                                        "daenerys targaryen",
                                        "gandalf",
                                        "dumbledore",
                                        "voldemort",
                                        "tintin",
                                        "kuifje",
                                        "asterix",
                                        "ob\303\251lix",
                                        "obelix",
                                        "don giovanni",
                                        "ebenezer"};
    return NW_ONE_OF(g, names);
}

/* Football and other clubs written as two names. */
static int club(const char *g)
{
    static const char *const clubs[] = {"real madrid",
                                        "real sociedad",
                                        "real betis",
                                        "aston villa",
                                        "bayern m\303\274nchen",
                                        "bayern munich",
                                        "olympique lyonnais",
                                        "olympique marseille",
                                        "vit\303\263ria guimar\303\243es",
                                        "psv eindhoven",
                                        "hertha bsc",
                                        "ac milan",
                                        "inter milan",
                                        "werder bremen",
                                        "borussia dortmund",
                                        "eintracht frankfurt",
                                        "manchester united",
                                        "manchester city",
                                        "paris saint germain",
                                        "atl\303\251tico madrid",
                                        "athletic bilbao",
                                        "stade rennais",
                                        "hamburger sv",
                                        "rb leipzig",
                                        "union berlin",
                                        "sporting cp",
                                        "fc porto",
                                        "west ham",
                                        "tottenham hotspur",
                                        "crystal palace",
                                        "leicester city",
                                        "nottingham forest",
                                        "celtic glasgow",
                                        "glasgow rangers",
                                        "hellas verona",
                                        "ajax amsterdam",
                                        "vitesse arnhem",
                                        "az alkmaar",
                                        "fc twente",
                                        "celta vigo",
                                        "sporting braga",
                                        "as roma",
                                        "ss lazio",
                                        "fc barcelona",
                                        "borussia m\303\266nchengladbach",
                                        "vfb stuttgart",
                                        "bayer leverkusen",
                                        "west bromwich"};
    return NW_ONE_OF(g, clubs);
}

/* A club named by one word, with "vs", "gegen", a hyphen or a score beside it. */
static int club_one(const char *g)
{
    static const char *const one[] = {"ajax",     "inter",   "milan",     "hertha",
                                      "juventus", "benfica", "feyenoord", "fiorentina",
                                      "lazio",    "celtic",  "sampdoria", "sporting",
                                      "schalke",  "napoli",  "atalanta",  "everton"};
    return NW_ONE_OF(g, one);
}

static int versus(const char *w)
{
    static const char *const vs[] = {"vs",    "v",           "versus", "gegen", "contre",
                                     "tegen", "contra",      "contro", "beat",  "schl\303\244gt",
                                     "battu", "gan\303\263", "venceu", "won",   "x"};
    return NW_ONE_OF(w, vs);
}

/* The short mark of a club's name: "FC", "BSC", "SV". */
static int club_mark(const char *w)
{
    static const char *const marks[] = {"fc",  "ac",  "sc",  "sv",  "bsc", "cf", "afc", "cfc",
                                        "vfb", "vfl", "tsg", "ssc", "fk",  "sk", "ssv", "tsv"};
    return NW_ONE_OF(w, marks);
}

/* A bottle after the name's possessive: "Taylor's Vintage Port", "Jack Daniel's Whiskey". */
static int vintage_after(const struct sc *s, size_t e)
{
    if (e + 3 >= s->len || s->t[e] != '\'' || s->t[e + 1] != 's' || s->t[e + 2] != ' ')
        return 0;
    static const char *const drinks[] = {"vintage", "port",   "whisky", "whiskey", "bourbon",
                                         "gin",     "rum",    "cognac", "sherry",  "champagne",
                                         "ale",     "lager",  "stout",  "vodka",   "tequila",
                                         "reserve", "brandy", "cider",  "tawny",   "ruby"};
    size_t we;
    char b[32];
    return NW_ONE_OF(nw_word_after(s, e + 3, &we, b, sizeof b), drinks);
}

/* A winery's word before the name: "Château Margaux", "Domaine Leflaive", "Quinta do Noval". */
static int winery_before(const char *pw)
{
    static const char *const w[] = {"ch\303\242teau", "chateau", "domaine",     "clos",
                                    "bodega",         "bodegas", "cantina",     "tenuta",
                                    "quinta",         "weingut", "cuv\303\251e"};
    return NW_ONE_OF(pw, w);
}

/* A bottle, a case or a glass: what a drink's name follows ("two bottles of Don Julio", "eine
 * Kiste Hennessy", "un coffret Moët"). */
static int container(const char *w)
{
    static const char *const c[] = {
        "bottle",   "bottles", "case",      "crate",     "glass",      "glasses",   "flasche",
        "flaschen", "kiste",   "glas",      "bouteille", "bouteilles", "coffret",   "caisse",
        "verre",    "fles",    "flessen",   "doos",      "krat",       "botella",   "botellas",
        "caja",     "copa",    "bottiglia", "bottiglie", "cassa",      "bicchiere", "garrafa",
        "garrafas", "caixa",   "copo",      "magnum"};
    return NW_ONE_OF(w, c);
}

/* Words of a salutation to a role or a team, not a person. */
static int role_word(const char *w)
{
    static const char *const words[] = {"damen",
                                        "herren",
                                        "directeur",
                                        "directrice",
                                        "direttore",
                                        "direttrice",
                                        "diretor",
                                        "diretora",
                                        "director",
                                        "directora",
                                        "kundenservice",
                                        "kundendienst",
                                        "personalabteilung",
                                        "personalteam",
                                        "ufficio",
                                        "personale",
                                        "responsabile",
                                        "risorse",
                                        "umane",
                                        "recrutador",
                                        "recrutadora",
                                        "reclutador",
                                        "selectiecommissie",
                                        "klantenservice",
                                        "hiring",
                                        "manager",
                                        "recruiter",
                                        "madam",
                                        "madame",
                                        "monsieur",
                                        "support",
                                        "team",
                                        "gerente",
                                        "presidente",
                                        "pr\303\251sident",
                                        "pr\303\251sidente"};
    static const char *const small[] = {"le", "la",  "les", "delle", "della", "del", "de", "da",
                                        "di", "und", "and", "or",    "et",    "e",   "y"};
    if (NW_ONE_OF(w, small))
        return 2;
    return NW_ONE_OF(w, words);
}

static int all_role_words(const char *g)
{
    char w[32];
    int any = 0;
    while (*g) {
        size_t n = 0;
        while (g[n] && g[n] != ' ')
            n++;
        if (n >= sizeof w)
            return 0;
        memcpy(w, g, n);
        w[n] = '\0';
        int r = role_word(w);
        if (!r)
            return 0;
        any |= r == 1;
        g += n;
        while (*g == ' ')
            g++;
    }
    return any;
}

/* Under a heading of a cast list within the last lines ("Cast:", "Besetzung", "Dramatis
 * personae"), up to a blank line. */
static int under_cast(const struct sc *s, size_t ls)
{
    static const char *const heads[] = {
        "cast",       "besetzung",         "distribution", "rolverdeling", "reparto",
        "elenco",     "dramatis personae", "characters",   "personaggi",   "personnages",
        "personajes", "personagens",       "rollen",       "cast list",    "interpreti"};
    char b[32];
    for (int n = 0; n < 14 && ls > 0; n++) {
        size_t le = ls - 1, st = line_of(s, le);
        while (le > st && (s->t[le - 1] == ' ' || s->t[le - 1] == ':' || s->t[le - 1] == '\r'))
            le--;
        if (le == st)
            return 0;
        if (le - st < 24 && NW_ONE_OF(nw_fold_span(s, st, le, b, sizeof b), heads))
            return 1;
        ls = st;
    }
    return 0;
}

/* The line after the one of i is a cast list's heading: the line of i is the play's title. */
static int title_above_cast(const struct sc *s, size_t i)
{
    static const char *const heads[] = {
        "cast",        "besetzung",  "distribution",      "rolverdeling",
        "reparto",     "elenco",     "dramatis personae", "personaggi",
        "personnages", "personajes", "personagens",       "interpreti"};
    size_t n = s->len - i < 160 ? s->len - i : 160;
    const uint8_t *nl = memchr(s->t + i, '\n', n);
    if (!nl)
        return 0;
    size_t st = (size_t)(nl - s->t) + 1, le = st;
    while (le < s->len && le - st < 24 && s->t[le] != '\n' && s->t[le] != ':')
        le++;
    size_t ke = le; /* the heading alone on its line ("Cast:"), not a key ("Reparto: Vendite") */
    while (le < s->len && (s->t[le] == ':' || s->t[le] == ' ' || s->t[le] == '\r'))
        le++;
    if (le < s->len && s->t[le] != '\n')
        return 0;
    char b[32];
    return ke > st && NW_ONE_OF(nw_fold_span(s, st, ke, b, sizeof b), heads);
}

/* The run opens a cast line (after a title at most: "Don José", "Lady Bracknell") and a dash
 * or dots lead to the player: the character's name. */
static int cast_role(const struct sc *s, size_t a, size_t e)
{
    size_t ls = nw_line_start(s, a);
    if (a != ls) { /* one space before the run on its line, right before it */
        if (s->t[a - 1] != ' ')
            return 0;
        for (size_t i = a - 1; i > ls; i--) /* back to the space before: each byte read once */
            if (s->t[i - 1] == ' ')
                return 0;
    }
    if (e + 3 > s->len)
        return 0;
    const uint8_t *t = s->t + e;
    int dash = (t[0] == ' ' && (t[1] == '-' || t[1] == '.')) || t[0] == '\t' ||
               (t[0] == ' ' && t[1] == 0xE2 && e + 4 <= s->len && t[2] == 0x80 &&
                (t[3] == 0x93 || t[3] == 0x94));
    return dash && under_cast(s, ls);
}

/* What ends a clause around a mating: punctuation, but not the dot of a short title ("Ch.",
 * "Int.") that animals' names open with. */
static int clause_end(const struct sc *s, size_t i)
{
    uint8_t c = s->t[i];
    if (c == ',' || c == ';' || c == '!' || c == '?' || c == ':' || c == '\n')
        return 1;
    if (c != '.')
        return 0;
    size_t k = i;
    while (k > 0 && i - k < 5 && is_alnum(s->t[k - 1]))
        k--;
    return i - k > 3 || k == i || !is_up(s->t[k]);
}

/* Two animals mated in a litter's line: "Int. Ch. Mistral's Golden Boy x Amber of Heatherfield". */
static int mating(const struct sc *s, size_t a, size_t e)
{
    for (size_t i = e; i + 3 <= s->len && i < e + 48; i++) {
        if (s->t[i] == ' ' && s->t[i + 1] == 'x' && s->t[i + 2] == ' ')
            return 1;
        if (clause_end(s, i))
            break;
    }
    for (size_t i = a; i >= 3 && i + 48 > a; i--) {
        if (s->t[i - 1] == ' ' && s->t[i - 2] == 'x' && s->t[i - 3] == ' ')
            return 1;
        if (clause_end(s, i - 1))
            break;
    }
    return 0;
}

/* The run follows a container, with "of", "de", "di" or "van" between at most, or opens with
 * one ("Flaschen Hennessy"). */
static int drink_after_container(const struct sc *s, const char *g, const char *pw, size_t pws)
{
    const char *sp = strchr(g, ' ');
    if (sp && sp - g < 16) {
        char w[16];
        memcpy(w, g, (size_t)(sp - g));
        w[sp - g] = '\0';
        if (container(w))
            return 1;
    }
    size_t ps;
    char pb[32], tb[32];
    if (strcmp(pw, "don") == 0 || strcmp(pw, "dom") == 0) { /* "bottles of Don Julio" */
        pw = nw_prev_word(s, pws, &ps, tb, sizeof tb);
        pws = ps;
    }
    if (container(pw))
        return 1;
    static const char *const of[] = {"of", "de", "di", "van", "d'"};
    if (!NW_ONE_OF(pw, of))
        return 0;
    return container(nw_prev_word(s, pws, &ps, pb, sizeof pb));
}

/* "Una borsa di ...", "Uma caixa de ...": the article at a sentence's start, not the given name. */
static int article_una(const struct sc *s, const char *g, size_t e)
{
    if (strcmp(g, "una") != 0 && strcmp(g, "uma") != 0)
        return 0;
    size_t i = e + 1;
    if (e + 2 >= s->len || s->t[e] != ' ' || s->t[i] < 'a' || s->t[i] > 'z')
        return 0;
    size_t we;
    char b[32];
    nw_word_after(s, i, &we, b, sizeof b);
    static const char *const of[] = {"de", "di", "da", "do", "del", "della", "dos", "das"};
    return NW_ONE_OF(nw_word_after(s, we, &we, b, sizeof b), of);
}

int nw_prec9_not_person(const struct sc *s, size_t a, size_t e, const char *pw, size_t pws)
{
    char b[64], pb[32], kb[32];
    const char *g = nw_fold_span(s, a, e, b, sizeof b);
    if (!*g)
        return 0;
    for (char *p = b; *p; p++)
        if (*p == '-')
            *p = ' ';
    if (*pw && titled_famous(pw, g))
        return 1;
    const char *sp = strchr(g, ' ');
    if (sp && sp - g < 8) { /* the title inside the run: "Dom Sebastião", "Sir Isaac Newton" */
        char tb[8];
        memcpy(tb, g, (size_t)(sp - g));
        tb[sp - g] = '\0';
        if (titled_famous(tb, sp + 1))
            return 1;
    }
    if (fictional(g) || club(g) || all_role_words(g))
        return 1;
    const char *g2 = strrchr(g, ' ');
    if (g2 && g2 > g) { /* "Fiorentina-Bayern München": a club's two names at the end */
        const char *p = g2 - 1;
        while (p > g && p[-1] != ' ')
            p--;
        if (club(p))
            return 1;
    }
    if (vintage_after(s, e) || winery_before(pw))
        return 1; /* "Taylor's Vintage Port", "Château Margaux" */
    if (drink_after_container(s, g, pw, pws))
        return 1;
    int one = strchr(g, ' ') == NULL;
    if (one && article_una(s, g, e))
        return 1;
    if (one) {
        size_t we;
        char nb[32];
        const char *nw = nw_word_after(s, e, &we, nb, sizeof nb);
        if (club_mark(nw) || club_mark(pw))
            return 1; /* "Hertha BSC", "FC Utrecht" */
        if (club_one(g) && (versus(pw) || versus(nw) || (a > 0 && s->t[a - 1] == '-') ||
                            (e < s->len && s->t[e] == '-')))
            return 1;
    }
    int poss = e < s->len && (s->t[e] == '\'' || s->t[e] == 0xE2);
    if (one && !poss && *pw && pet_word(pw))
        return 1; /* "my cat Luna", "our puppy Max"; not "the cat Johanna Verbeek's blanket" */
    if (strcmp(pw, "chat") == 0) {
        size_t ps;
        const char *ppw = nw_prev_word(s, pws, &ps, pb, sizeof pb);
        static const char *const det[] = {"mon", "ton", "son", "le", "notre", "votre", "leur"};
        if (NW_ONE_OF(ppw, det))
            return 1; /* "mon chat Félix" */
    }
    if (*pw) {
        size_t ps;
        const char *ppw = nw_prev_word(s, pws, &ps, pb, sizeof pb);
        size_t we;
        char nb[32];
        static const char *const led[] = {"through", "to",     "home",  "over", "across",
                                          "back",    "in",     "into",  "out",  "down",
                                          "up",      "around", "along", "jusqu"};
        if (walk_before(pw, ppw) && !NW_ONE_OF(nw_word_after(s, e, &we, nb, sizeof nb), led))
            return 1; /* "walk Bella", but "walk Margaret through it" */
    }
    if (pet_after(s, e) || cast_role(s, a, e) || title_above_cast(s, e))
        return 1;
    /* the costly tests last: a pedigree's key or a mating on the line, in a breeding text */
    const char *k = line_key(s, a, kb, sizeof kb);
    if ((*k && animal_key(k)) || mating(s, a, e))
        return breeding_text(s);
    return 0;
}
