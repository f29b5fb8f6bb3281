/* names_prec14.c: a last look at every PERSON finding, whichever rule of the scanner made it, for
 * the words right around it that say it names an animal, a work or its author, or a firm:
 * "Rocky (Border Collie, 6 y)", "Luna    Katze   4", "Kira - chienne, stérilisée", "Titel: Das
 * Kind / Sebastian Fitzek", "Normal People by Sally Rooney" in a book club's mail, "Bäckerei
 * Hofmann", "Perrin SARL", "Ruiz e Hijos S.L."; or is a reply's first word or a relation in
 * lower case ("User: Klar, hier:", "mijn vrouw"). Masking them breaks the text and protects no
 * one.
 *
 * anon_names_scan() (names.c) routes the scanner's emits through nw_prec14_emit(), which drops
 * such PERSON findings and passes everything else on unchanged. It only takes findings away, and
 * each test looks at a few bytes beside the finding first: PII-free text, with few findings, pays
 * nothing; the one test that reads the whole text (a reading cue) runs only after a preposition
 * of authorship ("by", "von", "de") beside the finding. Dropping at the emit leaves the scanner's
 * own state (the people it has seen) as it was.
 */
#include "anonymize/names_internal.h"

#include <string.h>

static int lower_ascii(uint8_t c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int word_byte(uint8_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* Does t[i ..] start with the phrase w (ASCII folded, UTF-8 bytes as they are), a whole word or
 * words? Returns its length, or 0. */
static size_t word_at(const uint8_t *t, size_t len, size_t i, const char *w)
{
    size_t n = 0; /* w's length, found as its bytes are compared: a miss stops before strlen() */
    for (; w[n]; n++)
        if (i + n >= len || (uint8_t)lower_ascii(t[i + n]) != (uint8_t)w[n])
            return 0;
    if (i + n < len && word_byte(t[i + n]))
        return 0;
    return n;
}

static size_t one_of_at(const uint8_t *t, size_t len, size_t i, const char *const *ws, size_t n)
{
    if (i >= len)
        return 0;
    const uint16_t *ord;
    int m = n >= NW_ONE_OF_IX_MIN ? nw_one_of_bucket(ws, n, (uint8_t)lower_ascii(t[i]), &ord) : -1;
    /* t[i + 1] folded, or 256 past the text's end (a word's second byte is never 256) */
    unsigned c1 = i + 1 < len ? (unsigned)lower_ascii(t[i + 1]) : 256;
    for (int k = 0; k < m; k++) { /* only the words opening with t[i]'s letter, in list order */
        const char *w = ws[ord[k]];
        if (w[1] && (uint8_t)w[1] != c1)
            continue; /* word_at()'s answer at its second byte, without the call */
        size_t l = word_at(t, len, i, w);
        if (l)
            return l;
    }
    if (m >= 0)
        return 0;
    for (size_t k = 0; k < n; k++) {
        if ((uint8_t)ws[k][0] != lower_ascii(t[i]))
            continue;
        size_t l = word_at(t, len, i, ws[k]);
        if (l)
            return l;
    }
    return 0;
}

#define ONE_OF_AT(t, len, i, ws) one_of_at(t, len, i, ws, sizeof ws / sizeof *ws)

/* Species and breeds, folded (a breed of several words whole). */
static const char *const species[] = {"dog",
                                      "cat",
                                      "rabbit",
                                      "guinea pig",
                                      "ferret",
                                      "parrot",
                                      "puppy",
                                      "kitten",
                                      "hamster",
                                      "tomcat",
                                      "hund",
                                      "h\303\274ndin",
                                      "katze",
                                      "kater",
                                      "kaninchen",
                                      "hase",
                                      "meerschweinchen",
                                      "wellensittich",
                                      "welpe",
                                      "chien",
                                      "chienne",
                                      "chat",
                                      "chatte",
                                      "chaton",
                                      "chiot",
                                      "lapin",
                                      "furet",
                                      "cochon d'inde",
                                      "hond",
                                      "kat",
                                      "kater",
                                      "konijn",
                                      "cavia",
                                      "parkiet",
                                      "pup",
                                      "perro",
                                      "perra",
                                      "gato",
                                      "gata",
                                      "conejo",
                                      "hur\303\263n",
                                      "cachorro",
                                      "cane",
                                      "cagna",
                                      "cagnolina",
                                      "cagnolino",
                                      "gatto",
                                      "gatta",
                                      "coniglio",
                                      "furetto",
                                      "c\303\243o",
                                      "cadela",
                                      "coelho",
                                      "porquinho-da-\303\255ndia",
                                      "ekh",
                                      "ekh.",
                                      "beagle",
                                      "border collie",
                                      "lagotto romagnolo",
                                      "labradoodle",
                                      "cockapoo",
                                      "golden retriever",
                                      "labrador",
                                      "maine coon",
                                      "jack russell",
                                      "shih tzu",
                                      "dackel",
                                      "chihuahua",
                                      "siamese",
                                      "siamois",
                                      "bichon",
                                      "cocker spaniel",
                                      "boxer",
                                      "yorkshire terrier",
                                      "ragdoll",
                                      "galgo",
                                      "podenco",
                                      "bassotto",
                                      "dachshund",
                                      "poodle",
                                      "pudel",
                                      "caniche",
                                      "barboncino",
                                      "husky",
                                      "dalmatian",
                                      "pug",
                                      "mops",
                                      "teckel",
                                      "schnauzer",
                                      "spaniel",
                                      "terrier",
                                      "retriever",
                                      "collie",
                                      "sheltie",
                                      "persian",
                                      "perser",
                                      "british shorthair",
                                      "bengal",
                                      "sphynx",
                                      "europ\303\244isch kurzhaar",
                                      "chat europ\303\251en",
                                      "europ\303\251en"};

/* The finding is followed by its species or breed: "Rocky (Beagle", "Pepper, hond,", "Kira -
 * chienne", "Luna    Katze   4" (a table's next column: two spaces or a tab at least). */
static int species_after(const uint8_t *t, size_t len, size_t e)
{
    size_t i = e, sp = 0;
    while (i < len && (t[i] == ' ' || t[i] == '\t') && sp < 24)
        i++, sp += t[i - 1] == '\t' ? 2 : 1;
    int sep = 0;
    if (i < len && (t[i] == '(' || t[i] == ',' || t[i] == '-')) {
        sep = 1;
        i++;
    } else if (i + 2 < len && t[i] == 0xE2 && t[i + 1] == 0x80 &&
               (t[i + 2] == 0x93 || t[i + 2] == 0x94)) { /* en and em dash */
        sep = 1;
        i += 3;
    }
    if (!sep && sp < 2)
        return 0; /* "Anna chat": only a bracket, a comma, a dash or a column gap */
    while (i < len && t[i] == ' ')
        i++;
    if (i >= len)
        return 0;
    size_t l = ONE_OF_AT(t, len, i, species);
    if (!l)
        return 0;
    i += l;
    /* a breed's capitalised words go on inside a bracket: "(Jack Russell Terrier", "(Bichon
     * Frisé" */
    for (int k = 0;
         k < 2 && sep && i + 1 < len && t[i] == ' ' && t[i + 1] >= 'A' && t[i + 1] <= 'Z'; k++) {
        i++;
        while (i < len && word_byte(t[i]))
            i++;
    }
    /* the species word ends the bracket, the clause or the cell: "(Beagle, 6 y)", "hond, geb.",
     * "Katze  4"; not "(cat sitter)", "- Dog Walking Ltd" */
    if (i >= len || t[i] == ')' || t[i] == ',' || t[i] == '\n' || t[i] == ';' || t[i] == '.' ||
        t[i] == '|')
        return 1;
    return t[i] == ' ' && (i + 1 >= len || t[i + 1] == ' ' || t[i + 1] == '\t' ||
                           (t[i + 1] >= '0' && t[i + 1] <= '9') || t[i + 1] == '-' ||
                           t[i + 1] == 0xE2 || t[i + 1] == '(');
}

/* Trade nouns that open a firm's name ("Bäckerei Hofmann", "Ferretería Ruiz", "Bakkerij De
 * Vries"), then shops and restaurants ("Galeries Lafayette", "Brasserie Lipp"), folded. */
static const char *const trades[] = {"bakery",
                                     "hardware",
                                     "plumbing",
                                     "joinery",
                                     "motors",
                                     "b\303\244ckerei",
                                     "metzgerei",
                                     "schreinerei",
                                     "autohaus",
                                     "malerbetrieb",
                                     "elektro",
                                     "tischlerei",
                                     "konditorei",
                                     "gärtnerei",
                                     "spedition",
                                     "boulangerie",
                                     "boucherie",
                                     "menuiserie",
                                     "plomberie",
                                     "pharmacie",
                                     "p\303\242tisserie",
                                     "charcuterie",
                                     "quincaillerie",
                                     "bakkerij",
                                     "slagerij",
                                     "timmerbedrijf",
                                     "schildersbedrijf",
                                     "drukkerij",
                                     "loodgietersbedrijf",
                                     "aannemersbedrijf",
                                     "installatiebedrijf",
                                     "ferreter\303\255a",
                                     "panader\303\255a",
                                     "carnicer\303\255a",
                                     "talleres",
                                     "fontaner\303\255a",
                                     "pasteler\303\255a",
                                     "carpinter\303\255a",
                                     "panificio",
                                     "macelleria",
                                     "falegnameria",
                                     "ferramenta",
                                     "officina",
                                     "pasticceria",
                                     "idraulica",
                                     "autofficina",
                                     "padaria",
                                     "talho",
                                     "serralharia",
                                     "oficina",
                                     "carpintaria",
                                     "pastelaria",
                                     "drogaria",
                                     "canaliza\303\247\303\265es",
                                     "brasserie",
                                     "bistro",
                                     "bistrot",
                                     "trattoria",
                                     "pizzeria",
                                     "ristorante",
                                     "kaufhaus",
                                     "warenhaus",
                                     "galeries",
                                     "maison",
                                     "librairie",
                                     "warenhuis",
                                     "almacenes",
                                     "hotel",
                                     "h\303\264tel",
                                     "castel",
                                     "castello",
                                     "ch\303\242teau",
                                     "schloss"};

size_t nw_trade_word(const uint8_t *t, size_t len, size_t i)
{
    return ONE_OF_AT(t, len, i, trades);
}

/* Legal forms after a firm's name, and the family words before them ("& Sons", "e Hijos"). */
static const char *const legal[] = {
    "ltd",    "ltd.", "llp",    "plc",    "inc",    "inc.", "llc",  "gmbh",      "kg",     "ag",
    "ohg",    "gbr",  "e.k.",   "sarl",   "sas",    "sa",   "s.a.", "sasu",      "eurl",   "b.v.",
    "bv",     "n.v.", "nv",     "v.o.f.", "vof",    "s.l.", "sl",   "s.l.u.",    "s.r.l.", "srl",
    "s.p.a.", "spa",  "s.n.c.", "snc",    "s.a.s.", "lda",  "lda.", "unipessoal"};
static const char *const family[] = {
    "& sons",   "and sons", "& söhne",  "und söhne", "et fils", "& fils",   "& zn.",
    "& zonen",  "e hijos",  "hermanos", "& figli",   "e figli", "fratelli", "& filhos",
    "e filhos", "irmãos",   "y cía",    "& co",      "& co.",   "& cie",    "& cie."};

static int legal_after(const uint8_t *t, size_t len, size_t e)
{
    size_t i = e;
    for (int round = 0; round < 3; round++) {
        while (i < len && (t[i] == ' ' || t[i] == ','))
            i++;
        if (i >= len)
            return 0;
        size_t l = t[i] >= 'A' && t[i] <= 'Z' ? ONE_OF_AT(t, len, i, legal) : 0;
        if (l) { /* "Perrin SARL", "Galli S.r.l.": the form ends the name, not "SA direction" */
            size_t f = i + l;
            if (f < len && word_byte(t[f]) && t[f - 1] != '.')
                return 0;
            /* a two-letter form before a lower-case word may be a word ("SA direction") */
            return l > 2 || f + 1 >= len || t[f] != ' ' || !(t[f + 1] >= 'a' && t[f + 1] <= 'z');
        }
        l = ONE_OF_AT(t, len, i, family);
        if (!l && (t[i] == '&' || t[i] == 'e') && i + 1 < len && t[i + 1] == ' ' && round == 0) {
            /* "& Filhos", "e Hijos" spelled past a list */
            i += 2;
            continue;
        }
        if (!l)
            return 0;
        i += l;
    }
    return 0;
}

/* Does the finding t[a .. e) open with a title of address that the scanner took into it ("M.
 * Jonas Weber", "D. Diego Ortega"): a word of the honorifics (or Spanish "D.", "Dña."), then two
 * words at least (a given name and a surname: "Mrs Dalloway", "Dr. Zhivago" stay works)? */
static int opens_with_honorific(const uint8_t *t, size_t len, size_t a, size_t e)
{
    size_t i = a;
    while (i < len && i - a < 12 && (word_byte(t[i]) || t[i] == '.') && t[i] != ' ')
        i++;
    if (i == a || i >= e || (t[i] != ' ' && t[i - 1] != '.'))
        return 0;
    size_t n = i - a, j = i;
    while (j < e && t[j] == ' ')
        j++;
    while (j < e && t[j] != ' ')
        j++;
    if (j >= e)
        return 0; /* one word after it */
    while (n > 0 && t[a + n - 1] == '.')
        n--; /* "M." -> "m", "Sig.ra" keeps its inner dot */
    char w[16];
    if (n == 0 || n >= sizeof w)
        return 0;
    size_t fl = nw_fold((const char *)t + a, n, w, sizeof w - 1);
    if (fl == 0)
        return 0;
    w[fl] = '\0';
    return nw_honorific(w) || strcmp(w, "d") == 0 || strcmp(w, "dna") == 0 ||
           strcmp(w, "d\303\261a") == 0;
}

/* Where the line of a starts (after the last '\n' before a, else 0). The findings come mostly in
 * order, so the furthest answer is kept and each byte is searched about once: a long line of
 * findings (a JSON string's message, an agent body's text) searched back to its start from each
 * finding cost the line's length per finding (branch emit40). */
static size_t line_start(struct nw_prec14 *p, size_t a)
{
    size_t lo = 0;
    if (a >= p->ls_start && a <= p->ls_pos)
        return p->ls_start; /* no '\n' in [ls_start, a) */
    if (a > p->ls_pos)
        lo = p->ls_pos;
    const uint8_t *nl = a > lo ? memrchr(p->t + lo, '\n', a - lo) : NULL;
    size_t ls = nl ? (size_t)(nl - p->t) + 1 : lo == 0 ? 0 : p->ls_start;
    if (a > p->ls_pos) {
        p->ls_pos = a;
        p->ls_start = ls;
    }
    return ls;
}

/* The key at the start of the finding's line ("Titel:", "Item:", "Titre :") names a work, and
 * the finding opens its value (past spaces, quotes and emphasis marks) or follows the work's
 * " / ": a form's "Title: Mrs
 * Name: Maria Keller" or "Title: Dr. Jonas Weber", "Item: gift for Anna" keep their person. */
static int title_key_line(struct nw_prec14 *p, size_t a, size_t e)
{
    static const char *const keys[] = {"title", "titel", "titre",    "t\303\255tulo", "titolo",
                                       "item",  "book",  "buch",     "livre",         "libro",
                                       "boek",  "livro", "werk",     "ouvrage",       "obra",
                                       "opera", "film",  "película", "album"};
    const uint8_t *t = p->t;
    size_t len = p->len, ls = line_start(p, a);
    while (ls < a && (t[ls] == ' ' || t[ls] == '\t' || t[ls] == '-' || t[ls] == '*'))
        ls++;
    size_t l = ONE_OF_AT(t, len, ls, keys);
    if (!l)
        return 0;
    size_t i = ls + l;
    while (i < a && t[i] == ' ')
        i++;
    if (i >= a || t[i] != ':')
        return 0;
    if (a >= i + 4 && t[a - 1] == ' ' && t[a - 2] == '/' && t[a - 3] == ' ')
        return 1; /* the author after the work: "Titel: Tschick / Wolfgang Herrndorf" */
    if (opens_with_honorific(t, len, a, e))
        return 0; /* a salutation field: "Titre : M. Jonas Weber", "Título: D. Diego Ortega" */
    for (i++; i < a;) {
        if (t[i] == ' ' || t[i] == '\t' || t[i] == '"' || t[i] == '\'' || t[i] == '*' ||
            t[i] == '_')
            i++;
        else if (i + 1 < a && t[i] == 0xC2 && (t[i + 1] == 0xAB || t[i + 1] == 0xA0))
            i += 2; /* « and a no-break space */
        else if (i + 2 < a && t[i] == 0xE2 && t[i + 1] == 0x80 &&
                 (t[i + 2] == 0x9C || t[i + 2] == 0x9E || t[i + 2] == 0x98))
            i += 3; /* “ „ ‘ */
        else
            return 0;
    }
    return 1;
}

/* A word of reading and lending anywhere in the text: a book club, a library hold, a bookshop. */
static int reading_text(const uint8_t *t, size_t len)
{
    static const char *const stems[] = {
        "book club",       "book group",        "reading list",
        "hold slip",       "hold ready",        "the item you reserved",
        "lesekreis",       "leserunde",         "vormerk",
        "b\303\274cherei", "club de lecture",   "leesclub",
        "club de lectura", "gruppo di lettura", "clube de leitura"};
    for (size_t i = 0; i < len; i++) {
        if (i > 0 && word_byte(t[i - 1]))
            continue;
        uint8_t c = (uint8_t)lower_ascii(t[i]);
        for (size_t k = 0; k < sizeof stems / sizeof *stems; k++) {
            const char *st = stems[k];
            if ((uint8_t)st[0] != c)
                continue;
            size_t n = strlen(st), j = 0;
            while (j < n && i + j < len && (uint8_t)lower_ascii(t[i + j]) == (uint8_t)st[j])
                j++;
            if (j == n)
                return 1;
        }
    }
    return 0;
}

/* The word ending before i (spaces skipped), folded into buf; its start in *ws; "" when none. */
static const char *word_before(const uint8_t *t, size_t i, size_t *ws, char *buf, size_t cap)
{
    while (i > 0 && t[i - 1] == ' ')
        i--;
    size_t we = i;
    while (i > 0 && word_byte(t[i - 1]) && we - i < cap - 1)
        i--;
    *ws = i;
    if (i > 0 && word_byte(t[i - 1])) {
        *ws = we; /* longer than the buffer: no word */
        buf[0] = '\0';
        return buf;
    }
    size_t n = 0;
    for (size_t k = i; k < we; k++)
        buf[n++] = (char)lower_ascii(t[k]);
    buf[n] = '\0';
    return buf;
}

/* "Normal People by Sally Rooney", "Die Vermessung der Welt von Daniel Kehlmann", "«Patria» de
 * Fernando Aramburu": an author cited for a work, in a text about reading. Not "Hosted by Anna
 * Keller", "en casa de Elena Vidal". */
static int author_of_work(const uint8_t *t, size_t len, size_t a)
{
    static const char *const by[] = {"by", "von", "van", "de", "di", "par", "door", "da"};
    static const char *const host[] = {
        "hosted", "organised", "organized", "led",        "casa",        "chez",      "bij",
        "presso", "at",        "organisé",  "organizado", "organizzato", "moderated", "moderiert",
        "geleid", "bei",       "sent",      "signed",     "gesendet",    "verstuurd"};
    char b[24], b2[24];
    size_t ws, ws2;
    const char *p = word_before(t, a, &ws, b, sizeof b);
    int hit = 0;
    for (size_t k = 0; k < sizeof by / sizeof *by && !hit; k++) /* first bytes before strcmp */
        hit = p[0] == by[k][0] && strcmp(p, by[k]) == 0;
    if (!hit || ws == 0 || t[ws - 1] != ' ')
        return 0;
    size_t q = ws - 1;
    while (q > 0 && t[q - 1] == ' ')
        q--;
    if (q == 0 || t[q - 1] == '\n' || t[q - 1] == ':' || t[q - 1] == '.')
        return 0; /* "by" opens the line or the sentence: a byline, not a work's author */
    if (q >= 2 && t[q - 2] == 0xC2 && t[q - 1] == 0xBB)
        return 1; /* «Patria» de X; not "Tube Snake Boogie" by X: a song's artist stays a
                   * person, as presidio-research labels it */
    const char *p2 = word_before(t, ws, &ws2, b2, sizeof b2);
    for (size_t k = 0; k < sizeof host / sizeof *host; k++)
        if (strcmp(p2, host[k]) == 0)
            return 0;
    return reading_text(t, len);
}

static const char *const by_words[] = {"by", "von", "van", "door", "de", "di", "par", "da"};

/* "Les Misérables by Victor Hugo", "Patria, de Fernando Aramburu": the finding is a work when
 * a preposition of authorship and a capitalised word follow it in a text about reading. */
static int work_before_author(const uint8_t *t, size_t len, size_t e)
{
    size_t i = e;
    if (i < len && t[i] == ',')
        i++;
    if (i >= len || t[i] != ' ')
        return 0;
    i++;
    size_t l = ONE_OF_AT(t, len, i, by_words);
    if (!l || i + l + 1 >= len || t[i + l] != ' ' || !(t[i + l + 1] >= 'A' && t[i + l + 1] <= 'Z'))
        return 0;
    return reading_text(t, len);
}

/* "Joe Speedboot van Tommy Wieringa" as one finding in a text about reading: a word at least,
 * "by", "von", "van" or "door", then two capitalised words at least ("Jan van Dijk" stays). */
static int work_with_author(const uint8_t *t, size_t len, size_t a, size_t e)
{
    for (size_t i = a + 1; i + 4 < e; i++) {
        if (t[i - 1] != ' ')
            continue;
        size_t l = (t[i] == 'b' || t[i] == 'v' || t[i] == 'd') ? ONE_OF_AT(t, len, i, by_words) : 0;
        if (!l || l > 4 || t[i + l] != ' ' || (t[i] == 'd' && l < 4))
            continue; /* not "de", "di", "da" inside: "Ana de Sousa Pinto" */
        size_t sp = 0;
        for (size_t j = i + l + 1; j < e; j++)
            sp += t[j] == ' ';
        if (sp >= 1 && t[i + l + 1] >= 'A' && t[i + l + 1] <= 'Z')
            return reading_text(t, len);
    }
    return 0;
}

/* A reply's first word that opens a list ("User: Klar, hier:", "Ecco:", "Aqui estão:"), or a
 * relation word in lower case ("mijn vrouw", "meu marido", "fils"): no one's name, whichever
 * rule took it. */
static int reply_or_relation(const uint8_t *t, size_t len, size_t a, size_t e)
{
    static const char *const replies[] = {"klar",        "hier", "ecco",  "aqui",  "voil\303\240",
                                          "claro",       "vale", "certo", "genau", "prima",
                                          "ok\303\251",  "okay", "sure",  "voici", "eccoli",
                                          "aqu\303\255", "alors"};
    static const char *const poss[] = {"my",   "mein", "meine", "mon",  "ma",    "mes",
                                       "mijn", "onze", "mi",    "mis",  "mio",   "mia",
                                       "miei", "meu",  "minha", "meus", "minhas"};
    static const char *const rel[] = {
        "fils",  "fille",   "filho",  "filha",   "hijo",       "hija",       "figlio", "figlia",
        "zoon",  "dochter", "sohn",   "tochter", "son",        "daughter",   "oma",    "opa",
        "nonna", "nonno",   "abuela", "abuelo",  "av\303\263", "av\303\264", "mamie",  "papi"};
    size_t l = ONE_OF_AT(t, len, a, replies);
    if (l && a + l == e && t[a] >= 'A' && t[a] <= 'Z')
        return 1;
    for (size_t i = a; i < e; i++)
        if (t[i] >= 'A' && t[i] <= 'Z')
            return 0; /* lower case only below */
    l = ONE_OF_AT(t, len, a, poss);
    if (l && a + l < e && t[a + l] == ' ')
        return 1; /* "mijn vrouw", "meu marido" */
    l = ONE_OF_AT(t, len, a, rel);
    return l && a + l == e;
}

/* The finding t[a .. e) names an animal, a work or its author, or a firm. */
static int not_person(struct nw_prec14 *p, size_t a, size_t e)
{
    const uint8_t *t = p->t;
    size_t len = p->len;
    if (species_after(t, len, e) || legal_after(t, len, e) || reply_or_relation(t, len, a, e))
        return 1;
    if (ONE_OF_AT(t, len, a, trades) || ONE_OF_AT(t, len, a, legal))
        return 1; /* "Bäckerei Hofmann" whole, "Lda" alone */
    size_t lw = e;
    while (lw > a && t[lw - 1] != ' ')
        lw--;
    if (lw > a && lw < len && t[lw] >= 'A' && t[lw] <= 'Z' && ONE_OF_AT(t, len, lw, legal))
        return 1; /* "Perrin SARL" whole */
    char b[24];
    size_t ws;
    word_before(t, a, &ws, b, sizeof b);
    if (a > 0 && t[a - 1] == ' ' && ws < a && ONE_OF_AT(t, len, ws, trades))
        return 1; /* "Ferretería Ruiz" when the trade noun is not in the finding */
    return title_key_line(p, a, e) || author_of_work(t, len, a) || work_before_author(t, len, e) ||
           work_with_author(t, len, a, e);
}

int nw_prec14_emit(void *arg, int kind, size_t a, size_t e)
{
    struct nw_prec14 *p = arg;
    if (kind == ANON_NAMES_PERSON && not_person(p, a, e))
        return 0;
    return p->emit(p->arg, kind, a, e);
}
