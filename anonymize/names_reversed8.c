/* names_reversed8.c: people written surname first with a comma, "Surname, Given" (issue 15).
 *
 * CRMs, HR exports, class and court lists, library records, mail clients ("Keller, Maria"
 * <...>) and ticket systems write a person "Okafor, Chidi". The run walk stops at the comma, so
 * without this the surname alone was judged (and usually left) and the given name masked apart.
 * Here a run of one to three surname-shaped words, ", ", and a lexicon given name (one or two)
 * that ends where a name may end are one person. The one thing to know: the words before the
 * comma must not be what also stands there in prose ("However, Maria", "Thanks, Maria!"), a
 * given name ("Anna, Maria and Jonas"), a place or a label, and the word after it must be a
 * given name the lexicon knows, which towns, states, countries, firms and makes are not
 * ("Paris, France", "Johnson, Inc.", "Ford, Toyota"). Called only when a ", " and a capital
 * follow a run, so ordinary text never reaches it. */
#include "names_internal.h"

#include <string.h>

/* Words that open a sentence or a message before a comma and the name of the one addressed
 * ("Thanks, Maria!", "Well, John, ...", "Grazie, Matteo"): the lexicon lists some as names. */
static const char *const leads[] = {
    "also",    "alors",   "and",     "anyway",   "bedankt",  "bene",      "bitte",    "bom",
    "bonjour", "bonsoir", "bravo",   "bueno",    "but",      "cheers",    "ciao",     "congrats",
    "dank",    "danke",   "dear",    "donc",     "enfin",    "entonces",  "evening",  "gracias",
    "grazie",  "great",   "hallo",   "hello",    "hey",      "hi",        "hoi",      "hola",
    "however", "indeed",  "ja",      "jawel",    "merci",    "morning",   "nee",      "nein",
    "no",      "non",     "now",     "obrigada", "obrigado", "oi",        "ok",       "okay",
    "ola",     "olá",     "oui",     "perfect",  "perfetto", "please",    "pronto",   "pues",
    "right",   "salut",   "servus",  "si",       "sim",      "so",        "sorry",    "still",
    "super",   "sure",    "sì",      "sí",       "thanks",   "thank",     "then",     "tja",
    "vale",    "voilà",   "well",    "welcome",  "why",      "yes",       "yeah",     "allora",
    "beste",   "caro",    "cara",    "querido",  "querida",  "lieber",    "liebe",    "chère",
    "hier",    "heute",   "gestern", "morgen",   "ayer",     "hoy",       "ieri",     "oggi",
    "ontem",   "hoje",    "vandaag", "gisteren", "today",    "yesterday", "tomorrow", "demain",
    "cher",    "moin",    "tschüss", "adiós",    "adieu",    "grüß",      "gern",     "natürlich",
};

/* A street's type, as a word or a word's end ("Baker Street", "Kerkstraat", "Hauptstraße"):
 * the run before the comma is an address, not a surname. */
static int street_word(const char *f)
{
    static const char *const types[] = {
        "street", "st",     "road",   "rd",      "lane",   "drive",   "way",       "close",
        "court",  "avenue", "ave",    "terrace", "grove",  "gardens", "row",       "crescent",
        "mews",   "walk",   "hill",   "park",    "square", "place",   "weg",       "gasse",
        "allee",  "ring",   "damm",   "ufer",    "straat", "laan",    "gracht",    "kade",
        "steeg",  "singel", "dreef",  "pad",     "markt",  "plein",   "boulevard", "hall",
        "house",  "centre", "center", "tower",   "cross",  "nord",    "north",     "south",
        "süd",    "east",   "west",   "ost",     "hotel",  "gate",    "bridge",    "market",
        "rue",    "via",    "calle",  "rua"};
    static const char *const ends[] = {"straße", "strasse", "straat", "gasse", "weg",
                                       "laan",   "gracht",  "plein",  "allee", "platz",
                                       "haus",   "hafen",   "bahnhof"};
    if (NW_ONE_OF(f, types) || nw_place_word(f, 1))
        return 1;
    size_t n = strlen(f);
    for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
        size_t m = strlen(ends[k]);
        if (n > m + 2 && memcmp(f + n - m, ends[k], m) == 0)
            return 1;
    }
    return 0;
}

/* The surname word w (shape SH_NAME): could it be a surname standing before its given name? */
static int surname_word(const struct sc *s, const struct word *w)
{
    /* a firm's words before its contact's name ("Brightline Ltd, Verona", "Grupo Herrera") */
    static const char *const firm[] = {
        "ltd",      "limited",   "inc",       "llc",       "gmbh",       "ag",         "kg",
        "bv",       "nv",        "sa",        "sas",       "sarl",       "spa",        "srl",
        "sl",       "lda",       "co",        "corp",      "company",    "group",      "grupo",
        "gruppo",   "groupe",    "holding",   "bank",      "banco",      "banca",      "partners",
        "lettings", "services",  "solutions", "systems",   "consulting", "associates", "jr",
        "sr",       "trasporti", "transport", "logistics", "media",      "labs",       "studio"};
    char b[32];
    const char *f = nw_fold_span(s, w->s, w->e, b, sizeof b);
    if (w->e - w->s < 2 || NW_ONE_OF(f, firm) || nw_brand(f, 1) || nw_not_name(f) ||
        NW_ONE_OF(f, leads) || nw_salutation(f) || nw_closing(f) || nw_honorific(f) ||
        nw_verb_before(f) || nw_prose_lead(f) || nw_label(f) || nw_city_name(f) || street_word(f))
        return 0;
    if ((w->lex & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) && !(w->lex & ANON_NL_NAME))
        return 0; /* "However, Maria", "Thanks, Maria!", "Merci, Camille" */
    return 1;
}

/* The given name at p: a capitalised word the lexicon knows as a given name. Its end, or 0.
 * surname: one word before the comma that the lexicon knows as a name but not as a given name
 * (a surname, perhaps also a word: "Lopes", "Greaves"), so a given name that is also a town is
 * the given name ("Lopes, Sofia", "Greaves, Florence"). */
static size_t given_word(const struct sc *s, size_t p, int surname)
{
    if (p >= s->len || !nw_upper(s->t + p, s->len - p))
        return 0;
    struct word w;
    char b[32];
    nw_parse_word(s, p, &w);
    int accent = 0; /* "María": the given-name lists are folded without accents */
    for (size_t k = w.s; k < w.e && !accent; k++)
        accent = s->t[k] >= 0x80;
    if (!(w.lex & (ANON_NL_GIVEN | ANON_NL_ATTESTED)) && !(accent && (w.lex & ANON_NL_NAME)))
        return 0; /* a surname or a word the lexicon does not know as a given name */
    if (w.shape != SH_NAME ||
        (!(w.lex & ANON_NL_ATTESTED) && nw_not_name(nw_fold_span(s, w.s, w.e, b, sizeof b))))
        return 0; /* "Jan" is a month's abbreviation too, but attested as a given name */
    static const char *const saints[] = {"saint", "sainte", "san", "santa", "santo", "sankt",
                                         "são",   "st",     "ste", "jr",    "sr",    "phd"};
    const char *f = nw_fold_span(s, w.s, w.e, b, sizeof b);
    if ((nw_city_name(f) && !(surname && (w.lex & ANON_NL_ATTESTED))) || NW_ONE_OF(f, saints))
        return 0; /* "Town Hall, Santiago", "Hier, Saint Malo": a place after the comma */
    if ((w.lex & ANON_NL_COMMON_EN) && !(w.lex & ANON_NL_ATTESTED))
        return 0; /* "Ford, Will": an ordinary word */
    return w.e;
}

/* Does a line, cell or field end at e (a second given name must reach one)? */
static int strong_end(const struct sc *s, size_t e)
{
    return e >= s->len || strchr("\n\r;|\t\"<(", s->t[e]) ||
           (e + 1 < s->len && s->t[e] == ' ' && (s->t[e + 1] == '(' || s->t[e + 1] == '<'));
}

/* A record's next field after a person's comma: a date or number ("Greaves, Owen, 14/03/2004")
 * or the word that names the field ("Greaves, Owen, DOB ...", ", MRN 448812", ", geb. ..."). */
static int field_after(const struct sc *s, size_t i)
{
    static const char *const fields[] = {"dob",   "d.o.b",  "mrn",   "nhs",    "ssn", "id",   "tel",
                                         "phone", "mobile", "email", "e-mail", "age", "born", "geb",
                                         "né",    "née",    "dni",   "nie",    "bsn", "ref"};
    const uint8_t *t = s->t;
    if (is_digit(t[i]))
        return 1;
    size_t e = i;
    while (e < s->len && e - i < 8 &&
           (is_alnum(t[e]) || t[e] == '.' || t[e] == '-' || t[e] >= 0x80))
        e++;
    while (e > i && (t[e - 1] == '.' || t[e - 1] == '-'))
        e--;
    char b[12];
    return e > i && NW_ONE_OF(nw_fold_span(s, i, e, b, sizeof b), fields);
}

/* Can a name end at e: the end of the text, a line, a cell or a list item, a bracket, a mail
 * address, punctuation, or a space and a lower-case word (a verb: "called", "wrote", "a écrit")? */
static int name_may_end(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    if (e >= s->len)
        return 1;
    uint8_t c = t[e];
    if (c == ',') /* "Smith, John, the CFO" but not "Ford, Mercedes, Toyota" */
        return e + 2 < s->len && t[e + 1] == ' ' &&
               ((t[e + 2] >= 'a' && t[e + 2] <= 'z') || field_after(s, e + 2));
    if (strchr("\n\r;|\t\"<>().!?:'", c))
        return 1;
    if (c != ' ' || e + 1 >= s->len)
        return 0;
    c = t[e + 1];
    return (c >= 'a' && c <= 'z') || (c >= 0xc3 && !nw_upper(t + e + 1, s->len - e - 1)) ||
           c == '(' || c == '<' || c == '-' || c == '[';
}

/* "Anna, Maria and Jonas", "Rome, Berlin and back home": a conjunction after the second
 * word make the comma a list's, not a surname's. */
static int list_goes_on(const struct sc *s, size_t e)
{
    /* "Carrefour, Bergen op Zoom": a particle and a capital make the second word a place's */
    char pb[8];
    size_t r = e + 1;
    while (r < s->len && r - e < 5 && s->t[r] >= 'a' && s->t[r] <= 'z')
        r++;
    if (e + 1 < s->len && s->t[e] == ' ' && r > e + 1 && r + 1 < s->len && s->t[r] == ' ' &&
        nw_upper(s->t + r + 1, s->len - r - 1) &&
        (nw_particle(nw_fold_span(s, e + 1, r, pb, sizeof pb)) ||
         nw_particles_word(s->t + e + 1, r - e - 1)))
        return 1;
    static const char *const conj[] = {"and", "und",  "et", "y",  "e", "en", "o",
                                       "or",  "oder", "ou", "of", "&", "ed", "og"};
    const uint8_t *t = s->t;
    if (e + 1 >= s->len || t[e] != ' ')
        return 0;
    size_t q = e + 1;
    while (q < s->len && q - e < 6 && t[q] != ' ')
        q++;
    char b[8];
    return q + 1 < s->len && t[q] == ' ' && NW_ONE_OF(nw_fold_span(s, e + 1, q, b, sizeof b), conj);
}

int nw_reversed8(struct sc *s, const struct word *run, size_t n, size_t *resume)
{
    const uint8_t *t = s->t;
    size_t e = run[n - 1].e, b = 0;
    char buf[32];
    /* the word after the comma first: it fails on most text, cheaply */
    int surname = n == 1 && (run[0].lex & ANON_NL_NAME) && !(run[0].lex & ANON_NL_GIVEN);
    size_t ge = given_word(s, e + 2, surname);
    if (!ge)
        return 1;
    size_t g2;
    if (ge + 1 < s->len && t[ge] == ' ' && (g2 = given_word(s, ge + 1, surname)) &&
        strong_end(s, g2))
        ge = g2; /* "García López, María José" (but "Siemens, Pedro Santos trabalha ...") */
    if (!name_may_end(s, ge) || list_goes_on(s, ge))
        return 1;
    /* leading context ("Dear", "Dr", "Yesterday") is not part of the surname */
    while (b + 1 < n && run[b].shape == SH_NAME) {
        const char *f = nw_fold_span(s, run[b].s, run[b].e, buf, sizeof buf);
        if (nw_particle(f) || (!nw_honorific(f) && !nw_salutation(f) && !nw_verb_before(f) &&
                               !nw_prose_lead(f) && !nw_label(f)))
            break;
        b++;
    }
    if (b > 0)
        return 1; /* "Dear Imke, Bruno wagged": a greeting's name, then another */
    size_t words = 0;
    for (size_t k = b; k < n; k++) {
        if (run[k].shape == SH_PARTICLE ||
            (k + 1 < n && nw_particle(nw_fold_span(s, run[k].s, run[k].e, buf, sizeof buf))))
            continue; /* "van der Berg", "De Luca" */
        if (run[k].shape != SH_NAME || !surname_word(s, &run[k]) || ++words > 3)
            return 1;
    }
    if (!words)
        return 1;
    if (words >= 2 && run[b].shape == SH_NAME && (run[b].lex & ANON_NL_GIVEN))
        return 1; /* "Dieter Keller, Sohn des ...", "Tommy Hilfiger, Grace Reid": a full name */
    size_t a = run[b].s;
    if (a >= 3 && t[a - 1] == ' ' && t[a - 2] >= 'a' && t[a - 2] <= 'z') {
        size_t p = a - 2; /* "De Luca, Federica": a capitalised particle the walk passed over */
        while (p > 0 && p + 5 > a && t[p - 1] >= 'a' && t[p - 1] <= 'z')
            p--;
        if (p > 0 && t[p - 1] >= 'A' && t[p - 1] <= 'Z' && (p == 1 || !is_alnum(t[p - 2])) &&
            nw_particle(nw_fold_span(s, p - 1, a - 1, buf, sizeof buf)))
            a = p - 1;
    }
    /* "Ford, Mercedes, Toyota", "Lisa and Smith, John": part of a comma list of things */
    if (a >= 2 && (t[a - 2] == ',' || t[a - 2] == '&') && t[a - 1] == ' ')
        return 1; /* "Engel & Völkers, Svenja Öztürk": a firm's partners */
    if (nw_country_after(s, e))
        return 1;
    size_t ws;
    const char *pw = nw_prev_word(s, a, &ws, buf, sizeof buf);
    if (pw && street_word(pw))
        return 1; /* "boulevard Haussmann, Eugene": a street's name, then its town */
    if (pw && a >= 3 && ws + 1 < a && t[a - 1] == ' ' && t[ws] >= 'a' && t[ws] <= 'z' &&
        !nw_particle(pw) &&
        (nw_lexicon_in(t, s->len, ws, a - 1) & (ANON_NL_GIVEN | ANON_NL_ATTESTED)))
        return 1; /* "present: maria Keller, Jonas Weber" (names_lower.c raised the surname, not
                     "maria", an English word too): a list of full names */
    *resume = ge;
    s->list_end = ge; /* "; Brennan, Siobhan": a list of such names goes on */
    return s->emit(s->arg, ANON_NAMES_PERSON, a, ge);
}
