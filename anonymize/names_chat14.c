/* names_chat14.c: names in call-centre notes, CRM feeds and invoices (branch chat14).
 *
 * - A label with a verb before a colon, then a lower-case name: "Voicemail left by: maria
 *   keller", "Rückruf gewünscht von: jonas weber", "Appel de : marie dubois". nw_visit_punct()
 *   asks nw_chat14_labelverb() at a ':' whose word before it is no label of the pack: the word
 *   before the colon must be a preposition or a calling verb, and a word of the label a calling,
 *   message or meeting word; each word of the name a lexicon name that is no ordinary word, or an
 *   unknown word shaped like a name ("Customer called: twice", "Anruf von: unbekannt" stay).
 * - Firms in capitals that read as a surname and a word (`GIRARD BÂTIMENT SARL`, `JANSEN BOUW
 *   B.V.`): nw_chat14_firm() tells nw_particles_emit() to drop a finding in capitals that a
 *   legal form ends or follows on its line.
 *
 * The one thing to know: both are asked only where the pack already stopped (a ':' before a
 * lower-case letter, a finding), and each leaves on a byte test first: PII-free text pays
 * nothing more than before.
 */
#include "anonymize/names_internal.h"

#include <string.h>

#define LV_SHAPE_TWO 10 /* two unknown words: each name-shaped at least this (SHAPE_NAME) */

/* Words that end a label before the colon: prepositions after a verb ("left by", "gewünscht
 * von", "pris avec") and the calling verbs themselves ("Kundin rief an", "a téléphoné"). */
static const char *const lv_last[] = {
    "from",       "by",           "with",       "to",         "in",        "von",
    "mit",        "an",           "de",         "par",        "avec",      "door",
    "met",        "van",          "por",        "con",        "da",        "com",
    "called",     "phoned",       "rang",       "téléphoné",  "appelé",    "rappelé",
    "gebeld",     "belde",        "llamó",      "telefonato", "chiamato",  "telefonou",
    "ligou",      "telefoneerde", "anrief",     "llamado",    "ligado",    "said",
    "reported",   "meldet",       "signale",    "meldt",      "indica",    "segnala",
    "informa",    "registered",   "angemeldet", "enregistré", "aangemeld", "registrado",
    "registrato", "registado"};

/* Calling, message and meeting words, one of which a label with a verb holds. */
static const char *const lv_cue[] = {"call",
                                     "called",
                                     "calls",
                                     "phoned",
                                     "rang",
                                     "voicemail",
                                     "callback",
                                     "spoke",
                                     "talked",
                                     "appointment",
                                     "booked",
                                     "visit",
                                     "anruf",
                                     "rief",
                                     "rückruf",
                                     "sprachnachricht",
                                     "gesprochen",
                                     "termin",
                                     "telefoniert",
                                     "telefonat",
                                     "appel",
                                     "rappel",
                                     "message",
                                     "téléphoné",
                                     "appelé",
                                     "parlé",
                                     "rdv",
                                     "rendez-vous",
                                     "gebeld",
                                     "belde",
                                     "terugbelverzoek",
                                     "gesproken",
                                     "afspraak",
                                     "telefoneerde",
                                     "llamada",
                                     "llamó",
                                     "mensaje",
                                     "devolución",
                                     "hablado",
                                     "cita",
                                     "chiamata",
                                     "messaggio",
                                     "richiamata",
                                     "telefonato",
                                     "parlato",
                                     "appuntamento",
                                     "chamada",
                                     "mensagem",
                                     "contacto",
                                     "telefonou",
                                     "falei",
                                     "marcação",
                                     "ligou",
                                     "ligação",
                                     "caller",
                                     "anrufer",
                                     "appelant",
                                     "beller",
                                     "llamante",
                                     "chiamante",
                                     "chamador",
                                     "chiamato",
                                     "visitor",
                                     "besucher",
                                     "visiteur",
                                     "bezoeker",
                                     "visitante",
                                     "visitatore"};

static int is_lv_byte(uint8_t c)
{
    return c >= 0x80 || ((c | 32) >= 'a' && (c | 32) <= 'z') || c == '-' || c == '\'';
}

/* Is the label that ends at e (before the colon) one with a verb? */
static int verb_label(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    size_t lo = e > 64 ? e - 64 : 0;
    int cue = 0;
    char buf[32];
    for (int n = 0; n < 6 && e > lo; n++) {
        size_t a = e;
        while (a > lo && is_lv_byte(t[a - 1]))
            a--;
        if (a == e || e - a >= sizeof buf)
            return 0;
        const char *w = nw_fold_span(s, a, e, buf, sizeof buf);
        if (n == 0 && !NW_ONE_OF(w, lv_last))
            return 0;
        if (NW_ONE_OF(w, lv_cue))
            cue = 1;
        if (cue)
            return 1;
        if (a == lo || t[a - 1] != ' ')
            return 0;
        e = a - 1;
    }
    return 0;
}

/* The lower-case word at i: its end (letters only), i when none. */
static size_t lower_word(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    size_t e = i;
    while (e < s->len && e - i < 24) {
        if (t[e] >= 'a' && t[e] <= 'z')
            e++;
        else if (t[e] >= 0xC3 && nw_letter(t + e, s->len - e) && !nw_upper(t + e, s->len - e))
            e += nw_letter(t + e, s->len - e);
        else
            break;
    }
    if (e - i >= 24 || (e < s->len && (is_alnum(t[e]) || strchr("_@/\\.", t[e]) != NULL) &&
                        !(t[e] == '.' && (e + 1 >= s->len || !is_alnum(t[e + 1])))))
        return i; /* an identifier, a path, an address */
    return e;
}

/* Verbs that open a note's clause after such a label ("Beller meldt: wil terugbellen",
 * "Besucher angemeldet: möchte rückruf"): never a name's first word here. */
static const char *const clause_verbs[] = {
    "wants",    "will",  "would",  "asks", "möchte",   "will",     "bittet", "fragt",
    "wil",      "wilde", "vraagt", "veut", "voudrait", "demande",  "quiere", "pide",
    "pregunta", "vuole", "chiede", "quer", "pede",     "pergunta", "needs",  "braucht",
    "heeft",    "hat",   "a",      "ha",   "tem"};

/* What the lower-case word t[a .. e) is: 2 a lexicon name that is no ordinary English word
 * (unless well attested, as lower_name() in names.c reads them), 3 when it is a given name, 1 an
 * unknown word whose letters lean to a name's (its shape at least min), 0 none of these. */
static int lv_word(const struct sc *s, size_t a, size_t e, int min)
{
    if (e - a < 2)
        return 0;
    unsigned f = anon_names_lexicon((const char *)s->t + a, e - a);
    char buf[32];
    const char *w = nw_fold_span(s, a, e, buf, sizeof buf);
    if (!*w || nw_not_name(w) || (nw_cats(w) & (C_NOT | C_MONTH | C_LABEL)) || nw_particle(w))
        return 0;
    if (f) {
        if (!nw_lexname(f) || ((f & ANON_NL_COMMON_EN) && !(f & ANON_NL_ATTESTED)))
            return 0;
        return f & ANON_NL_GIVEN ? 3 : 2;
    }
    return e - a >= 3 && nw_name_shape(s->t + a, e - a) >= min;
}

/* Does the name end at e: no further word of letters after it ("numéro masqué" is no name
 * "numéro")? */
static int name_ends(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    return e + 1 >= s->len || t[e] != ' ' || !(is_alnum(t[e + 1]) || t[e + 1] >= 0xC3);
}

size_t nw_chat14_labelverb(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t e = p;
    if (e > 0 && t[e - 1] == ' ')
        e--; /* "Appel de : marie" */
    if (e < 3 || !is_lv_byte(t[e - 1]) || !verb_label(s, e))
        return 0;
    size_t i = p + 2, w1 = lower_word(s, i);
    char buf[16];
    if (w1 == i || NW_ONE_OF(nw_fold_span(s, i, w1, buf, sizeof buf), clause_verbs))
        return 0;
    if (w1 + 1 < s->len && t[w1] == ' ') {
        /* two words: a lexicon name and a name-shaped word, or two strongly name-shaped ones */
        size_t w2 = lower_word(s, w1 + 1);
        if (w2 == w1 + 1)
            return 0;
        int k1 = lv_word(s, i, w1, 0), k2 = lv_word(s, w1 + 1, w2, 0);
        if (!k1 || !k2)
            return 0;
        if (k1 == 3)
            return w2; /* a given name first: "joost bakker over factuur 4471" */
        if (!name_ends(s, w2))
            return 0; /* "vuole un rimborso" */
        /* the unknown words strongly name-shaped: "sunwike elhorst |", not "numéro masqué" */
        return (k1 >= 2 || lv_word(s, i, w1, LV_SHAPE_TWO) == 1) &&
                       (k2 >= 2 || lv_word(s, w1 + 1, w2, LV_SHAPE_TWO) == 1)
                   ? w2
                   : 0;
    }
    return name_ends(s, w1) && lv_word(s, i, w1, 0) == 3 ? w1 : 0; /* a given name alone */
}

/* ---- firms in capitals ------------------------------------------------------------------- */

/* Legal forms of the pack's locales, folded, dots left out ("B.V." reads "bv"). */
static const char *const legal[] = {
    "ltd", "limited", "llp", "plc",  "llc",   "inc", "gmbh", "ag",   "kg",  "ohg",
    "ug",  "ek",      "gbr", "sarl", "sas",   "sa",  "eurl", "sasu", "snc", "bv",
    "nv",  "vof",     "sl",  "slu",  "scoop", "srl", "spa",  "sapa", "lda", "unipessoal"};

/* The word in capitals at i, dots inside it skipped ("B.V.", "S.R.L."): its end, folded into
 * buf without the dots; i when none. */
static size_t caps_word(const struct sc *s, size_t i, char *buf, size_t cap)
{
    const uint8_t *t = s->t;
    size_t e = i, n = 0;
    while (e < s->len && n + 1 < cap) {
        if (t[e] >= 'A' && t[e] <= 'Z')
            buf[n++] = (char)(t[e] | 32), e++;
        else if (t[e] == '.' && e > i)
            e++;
        else
            break;
    }
    buf[n] = '\0';
    return e;
}

int nw_chat14_firm(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    if (b - a < 4 || !(t[a] >= 'A' && t[a] <= 'Z') || !(t[b - 1] >= 'A' && t[b - 1] <= 'Z'))
        return 0; /* most findings leave here: a capitalised name ends in a lower-case letter */
    for (size_t k = a; k < b; k++)
        if (t[k] >= 'a' && t[k] <= 'z')
            return 0;
    char buf[16];
    size_t w = b;
    while (w > a && t[w - 1] != ' ')
        w--;
    if (w > a && caps_word(s, w, buf, sizeof buf) == b && NW_ONE_OF(buf, legal))
        return 1; /* "ELHORST SANITÄR >GMBH<" */
    size_t i = b;
    for (int n = 0; n < 2 && i + 2 < s->len && t[i] == ' '; n++) {
        size_t e = caps_word(s, i + 1, buf, sizeof buf);
        if (e == i + 1)
            return 0;
        if (NW_ONE_OF(buf, legal))
            return 1; /* "SAELO ENGENHARIA >S.A.<", "X >UNIPESSOAL LDA<" */
        i = e;
    }
    return 0;
}
