/* names_prose.c: where running prose puts a person with no label, title or form around it: the
 * object of a verb of talking or sending, through the preposition of each pack locale ("spoke
 * with X", "forwarded the logs to X", "mit X besprochen", "transmis le dossier à X", "doorgestuurd
 * naar X", "envié el contrato a X", "inoltrato la mail a X", "encaminhei o e-mail para X"), the
 * source of a report ("according to X", "laut X", "selon X", "según X", "secondo X", "volgens X"),
 * a role in apposition or before the name ("our intern, X,", "Nachbar X", "su hija, X"), a
 * nickname ("goes by X", "known as X", "von allen X genannt"), an action item's owner in minutes
 * ("AP (X):", "TODO (X)"). The word lists a label, a verb after a subject or a title of these
 * texts needs are here too; names_words.c files them with its own.
 *
 * nw_prose_ctx() is a weak context (names.c's context() and maybe_context() call it beside
 * nw_doc_ctx()): the run must still pass the weak-context rules (name-shaped, no ordinary or
 * product word). A lone word no lexicon knows must also have a name's shape (>= PROSE_SHAPE):
 * "spoke with Zendesk" is a product the lists do not hold. The checks read only the few words
 * around the run; nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>

#define PROSE_SHAPE 6         /* a lone unknown word's name-shape score, at least */
#define PROSE_SHAPE_STRICT 10 /* ... where companies stand as often ("according to X") */
#define PROSE_LOOKBACK 6      /* words before the preposition where its verb may stand */

/* Labels of minutes and reviews whose value is a person ("Present: X", "Action: X to ..."). */
const char *const nw_prose_labels[] = {"present",
                                       "presenti",
                                       "presentes",
                                       "présent",
                                       "présente",
                                       "apologies",
                                       "absent",
                                       "absents",
                                       "abwesend",
                                       "entschuldigt",
                                       "excusé",
                                       "excusée",
                                       "excusés",
                                       "afwezig",
                                       "ausentes",
                                       "assenti",
                                       "assente",
                                       "ausente",
                                       "verantwortlich",
                                       "responsable",
                                       "responsabile",
                                       "reviewer",
                                       "incident commander",
                                       "chair",
                                       "note taker",
                                       "minute taker",
                                       "führungskraft"};
const size_t nw_prose_nlabels = sizeof nw_prose_labels / sizeof nw_prose_labels[0];
/* ... and those whose value is a list of people. */
const char *const nw_prose_list_labels[] = {"present", "presenti", "presentes", "apologies",
                                            "absent",  "absents",  "abwesend",  "entschuldigt",
                                            "excusés", "afwezig",  "ausentes",  "assenti"};
const size_t nw_prose_nlist_labels = sizeof nw_prose_list_labels / sizeof nw_prose_list_labels[0];
/* Verbs of saying after a subject in the pack's locales ("X acknowledges", "X acha", "X pense"),
 * not of doing ("X rewrote the parser" is no evidence for two unknown words), and
 * those of a quoted-reply header after the writer ("El ..., X escribió:", "Em ..., X escreveu:").
 * Not the German and Dutch ones: their verb comes second, after any word ("Seitdem leitet X"). */
const char *const nw_prose_verbs_after[] = {"acknowledges", "confirms", "acha",
                                            "pensa",        "cree",     "pense",
                                            "ritiene",      "escribió", "escreveu"};
const size_t nw_prose_nverbs_after = sizeof nw_prose_verbs_after / sizeof nw_prose_verbs_after[0];
/* Verbs before an object that is a person ("I recommend X", "unblocked X"), and the verb of a
 * quoted-reply header that comes before the writer ("Am ... schrieb X:", "Op ... schreef X:"). */
const char *const nw_prose_verbs_before[] = {
    "schrieb",   "schreef",   "recommande", "empfehle", "recomiendo", "raccomando", "recomendo",
    "unblocked", "described", "known",      "shadowed", "mentored",   "beschrieb",  "décrit"};
const size_t nw_prose_nverbs_before =
    sizeof nw_prose_verbs_before / sizeof nw_prose_verbs_before[0];
/* Greetings the pack's list lacks ("Olá X", "Prezado X"). */
const char *const nw_prose_salutations[] = {"olá", "prezado", "prezada", "oi"};
const size_t nw_prose_nsalutations = sizeof nw_prose_salutations / sizeof nw_prose_salutations[0];
/* Titles these texts use that the pack's list lacks ("Dña. X", "Mag. X"). */
/* Polish "pani", "pana", "panią", "panem", "panu" (the forms of "pan"/"pani" before a surname
 * in its case: "z panem Kowalskim", "pani Kowalskiej"); not "pan" itself, an English word ("Pan
 * Am", "Peter Pan") */
const char *const nw_prose_honorifics[] = {"dña",  "mag",          "dª",    "pani",
                                           "pana", "pani\304\205", "panem", "panu"};
const size_t nw_prose_nhonorifics = sizeof nw_prose_honorifics / sizeof nw_prose_honorifics[0];
/* Words that are no name where prose puts them before a verb ("um 10:14 Uhr schrieb X",
 * "habe Ihre Anfrage an ..."), and weather words before a storm's given name ("Storm Eunice"). */
const char *const nw_prose_not_names[] = {"uhr",     "ihre",    "ihren",  "ihrem",
                                          "ihrer",   "storm",   "sturm",  "hurricane",
                                          "typhoon", "cyclone", "tempête"};
const size_t nw_prose_nnot_names = sizeof nw_prose_not_names / sizeof nw_prose_not_names[0];
/* Every word nw_prose_ctx() and nw_prose_lead() look for before a run: only a filter (C_PROSE),
 * the lists below decide, so every word of those lists must be here too (from "genannt" on:
 * names_prose50.c's nickname cues). */
const char *const nw_prose_words[] = {
    "with",       "mit",       "avec",       "met",          "con",         "com",
    "to",         "an",        "à",          "naar",         "aan",         "a",
    "al",         "para",      "laut",       "selon",        "según",       "secondo",
    "segundo",    "volgens",   "gemäß",      "by",           "as",          "intern",
    "trainee",    "hire",      "praktikant", "praktikantin", "werkstudent", "werkstudentin",
    "stagiaire",  "stagiair",  "becario",    "becaria",      "stagista",    "estagiário",
    "estagiária", "nachbar",   "nachbarin",  "voisin",       "voisine",     "buurman",
    "buurvrouw",  "vecino",    "vecina",     "vicino",       "vicina",      "vizinho",
    "vizinha",    "wife",      "husband",    "daughter",     "son",         "brother",
    "sister",     "dochter",   "zoon",       "hija",         "hijo",        "figlia",
    "figlio",     "tochter",   "sohn",       "fille",        "fils",        "filha",
    "filho",      "colleague", "kollege",    "kollegin",     "collègue",    "collega",
    "compañero",  "compañera", "colega",     "assistant",    "mentor",      "neighbour",
    "neighbor",   "manager",   "pensionato", "pensionata",   "ap",          "todo",
    "action",     "avv",       "dott",       "ing",          "arch",        "prof",
    "for",        "in",        "me",         "gruß",         "grüße",       "abraço",
    "abrazo",     "saludos",   "saluti",     "groetjes",     "groeten",     "bises",
    "besos",      "beijos",    "genannt",    "surnommé",     "surnommée",   "appelait",
    "detto",      "detta",     "chiamavano", "kallad",       "nimellä",     "llamaba",
    "jako",       "als",       "como",       "por",          "her",         "him",
    "haar",       "hem",       "henne",      "honom",        "nur",         "ihn",
    "sie",        "nią",       "niego",      "niej",         "říkali",      "říkají",
    "říkal"};
const size_t nw_prose_nwords = sizeof nw_prose_words / sizeof nw_prose_words[0];

/* The word of letters ending at e (spaces before e skipped), folded into buf; its start in *ws.
 * "" when none, or when it is none of nw_prose_words (a filter on its first bytes first). */
static const char *word_ending(const struct sc *s, size_t e, size_t *ws, char *buf, size_t cap,
                               int filter)
{
    const uint8_t *t = s->t;
    while (e > 0 && t[e - 1] == ' ')
        e--;
    size_t i = e;
    while (i > 0 && e - i < 24 && (t[i - 1] >= 0x80 || is_alnum(t[i - 1])))
        i--;
    *ws = i;
    if (i == e || e - i >= 24 || (filter && !nw_may_be(t + i, e - i, C_PROSE)))
        return "";
    return nw_fold_span(s, i, e, buf, cap);
}

/* A verb of talking or sending whose object comes through a preposition. */
static int talk_verb(const char *w)
{
    static const char *const v[] = {
        "spoke",     "speak",       "talked",    "talk",    "met",          "meet",
        "worked",    "work",        "chatted",   "synced",  "discussed",    "spoken",
        "forwarded", "forward",     "sent",      "send",    "handed",       "handing",
        "handed",    "reassigned",  "gave",      "give",    "wrote",        "replied",
        "escalated", "introduced",  "mentioned", "passed",  "delegated",    "explained",
        "talking",   "speaking",    "meeting",   "working", "thanks",       "reach",
        "reached",   "sprich",      "sprach",    "spreche", "schick",       "schicke",
        "schickt",   "sende",       "envoyer",   "envoyé",  "envoie",       "transmis",
        "transmets", "transmettre", "parlé",     "discuté", "déjeuné",      "parle",
        "envié",     "enviar",      "envía",     "mandé",   "hablé",        "hablado",
        "habla",     "reunido",     "inoltrato", "inviato", "mandato",      "parlato",
        "parlo",     "parlare",     "parla",     "sentito", "encaminhei",   "enviei",
        "conversei", "falei",       "falado",    "fala",    "doorgestuurd", "gestuurd",
        "gesproken", "besproken",   "gebeld",    "stuur",   "stuurde",      "over",
        "vraag",     "vragen"};
    return NW_ONE_OF(w, v);
}

/* German and Dutch put the verb after its object: "mit X besprochen", "an X weitergeleitet",
 * "aan X vragen". */
static int talk_verb_after(const char *w)
{
    static const char *const v[] = {
        "besprochen",   "gesprochen", "telefoniert", "weitergeleitet", "geschickt", "geschrieben",
        "gesendet",     "übergeben",  "gesproken",   "besproken",      "gebeld",    "doorgestuurd",
        "gestuurd",     "gemaild",    "vragen",      "gevraagd",       "gefragt",   "fragen",
        "telefonieren", "sprechen",   "genannt"};
    return NW_ONE_OF(w, v);
}

/* A preposition that brings a verb's person in ("spoke with", "sent to"). */
static int object_prep(const char *w)
{
    static const char *const p[] = {"with", "mit", "avec", "met", "con", "com", "to",
                                    "an",   "à",   "naar", "aan", "a",   "al",  "para"};
    return NW_ONE_OF(w, p);
}

/* The prepositions of "with": a meeting's other party is a company as often as a person. */
static int with_prep(const char *w)
{
    static const char *const p[] = {"with", "mit", "avec", "met", "con", "com"};
    return NW_ONE_OF(w, p);
}

/* The source of a report: "according to X", "laut X", "selon X", "según X", "secondo X". */
static int source_prep(const char *w)
{
    static const char *const p[] = {"laut",    "selon",   "según", "secondo",
                                    "segundo", "volgens", "gemäß"};
    return NW_ONE_OF(w, p);
}

/* A role or a relation that names the person after it ("our intern, X", "Nachbar X"). */
static int prose_role(const char *w)
{
    static const char *const r[] = {
        "intern",        "trainee",    "hire",      "praktikant", "praktikantin", "werkstudent",
        "werkstudentin", "stagiaire",  "stagiair",  "becario",    "becaria",      "stagista",
        "estagiário",    "estagiária", "nachbar",   "nachbarin",  "voisin",       "voisine",
        "buurman",       "buurvrouw",  "vecino",    "vecina",     "vicino",       "vicina",
        "vizinho",       "vizinha",    "wife",      "husband",    "daughter",     "son",
        "brother",       "sister",     "dochter",   "zoon",       "hija",         "hijo",
        "figlia",        "figlio",     "tochter",   "sohn",       "fille",        "fils",
        "filha",         "filho",      "colleague", "kollege",    "kollegin",     "collègue",
        "collega",       "compañero",  "compañera", "colega",     "assistant",    "mentor",
        "neighbour",     "neighbor",   "manager",   "pensionato", "pensionata"};
    return NW_ONE_OF(w, r);
}

/* Companies named after people that are common surnames too (names_curated.c leaves them off
 * its brand list): a report's source or a meeting's other party more often than a person. */
static int surname_brand(const char *f)
{
    static const char *const b[] = {"bosch",    "philips",  "ferrari", "dell",
                                    "heinz",    "mcdonald", "hewlett", "packard",
                                    "marriott", "hilton",   "ferrero"};
    return nw_brand(f, 1) || NW_ONE_OF(f, b);
}

/* Is the run t[start .. end), when it is one word, a word a prose context may take alone: a
 * lexicon name that is no English word, or an unknown word with a name's shape? Where companies
 * stand as often as people (strict: "according to X", "met with X"), the lexicon word must be
 * no ordinary word of any pack language and no company, the unknown word a clearer name's shape.
 * Runs of two words or more are left to the weak-context rules. */
static int lone_ok(const struct sc *s, size_t start, size_t end, int strict)
{
    if (memchr(s->t + start, ' ', end - start))
        return 1;
    struct word w;
    nw_parse_word(s, start, &w);
    if (w.e != end || w.shape != SH_NAME)
        return 0;
    char b[32];
    if (w.lex) {
        if (!nw_lexname(w.lex))
            return 0;
        if ((w.lex & ANON_NL_COMMON_EN) &&
            (strict ||
             (w.lex & (ANON_NL_GIVEN | ANON_NL_ATTESTED)) != (ANON_NL_GIVEN | ANON_NL_ATTESTED)))
            return 0; /* "our intern, Grace," but not "met with Will" */
        return !strict || (!(w.lex & ANON_NL_COMMON) &&
                           !surname_brand(nw_fold_span(s, start, end, b, sizeof b)));
    }
    return end - start >= 3 &&
           nw_name_shape(s->t + start, end - start) >= (strict ? PROSE_SHAPE_STRICT : PROSE_SHAPE);
}

/* "AP (X):", "TODO (X)", "Action: X to ...", "Acción: X enviará": an action item's owner in
 * minutes. */
static int action_owner(const struct sc *s, size_t start, size_t end)
{
    static const char *const paren[] = {"ap", "todo", "action"};
    static const char *const colon[] = {"action", "acción", "azione", "ação", "actiepunt"};
    const uint8_t *t = s->t;
    char b[24];
    size_t ws, p = start;
    if (p >= 2 && t[p - 1] == '(' && end < s->len && t[end] == ')')
        return NW_ONE_OF(word_ending(s, p - 1, &ws, b, sizeof b, 1), paren);
    while (p > 0 && t[p - 1] == ' ')
        p--;
    if (p < 2 || t[p - 1] != ':')
        return 0;
    return NW_ONE_OF(word_ending(s, p - 1, &ws, b, sizeof b, 1), colon);
}

/* Is there a verb of talking or sending among the few words before ws in its sentence? */
static int talk_before(const struct sc *s, size_t ws)
{
    const uint8_t *t = s->t;
    char b[32];
    for (int k = 0; k < PROSE_LOOKBACK && ws > 0; k++) {
        size_t e = ws;
        while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\'' || t[e - 1] == '-'))
            e--;
        if (e == 0 || !(t[e - 1] >= 0x80 || is_alnum(t[e - 1])))
            return 0; /* the sentence or the clause ends here */
        const char *w = word_ending(s, e, &ws, b, sizeof b, 0);
        if (!*w)
            return 0;
        if (talk_verb(w))
            return 1;
    }
    return 0;
}

/* Short closings written on the name's line ("Gruß X", "Abraço, X"). */
static int short_closing(const char *w)
{
    static const char *const c[] = {"gruß",     "grüße",   "abraço", "abrazo", "saludos", "saluti",
                                    "groetjes", "groeten", "bises",  "besos",  "beijos"};
    return NW_ONE_OF(w, c);
}

/* Does the run ending at end end its line (a full stop or a comma at most after it)? */
static int same_line_end(const struct sc *s, size_t end)
{
    if (end < s->len && (s->t[end] == '.' || s->t[end] == ','))
        end++;
    return end >= s->len || s->t[end] == '\n' || s->t[end] == '\r';
}

/* Titles written after an elided article ("l'avv. X", "dell'ing. X"). */
static int elided_title(const char *w)
{
    static const char *const t[] = {"avv", "dott", "ing", "arch", "prof"};
    return NW_ONE_OF(w, t);
}

/* "Me" (Maître) before a French lawyer's name: at a line's start or after "avec", "et", "à",
 * "de", "par", "chez". */
static int french_me(const struct sc *s, size_t ws)
{
    static const char *const w[] = {"avec", "et", "à", "de", "par", "chez"};
    const uint8_t *t = s->t;
    if (ws + 2 >= s->len || t[ws + 2] != ' ')
        return 0;
    if (ws == 0 || t[ws - 1] == '\n')
        return 1;
    char b[16];
    size_t ws2;
    return NW_ONE_OF(word_ending(s, ws, &ws2, b, sizeof b, 0), w);
}

/* Nouns after which "for" names a person: "Reference for X", "feedback for X". */
static int for_person(const char *w)
{
    static const char *const n[] = {"reference", "feedback",   "review",   "recommendation",
                                    "appraisal", "evaluation", "referral", "reviews"};
    return NW_ONE_OF(w, n);
}

/* Verbs that bring someone into a thread with "in": "looping in X", "pulls in X". */
static int loop_in(const char *w)
{
    static const char *const v[] = {"looping", "loop",    "looped",  "pulls",  "pulled",
                                    "pull",    "pulling", "roping",  "roped",  "bringing",
                                    "brought", "bring",   "looping", "copying"};
    return NW_ONE_OF(w, v);
}

/* Is every word of the run t[start .. end) a name no pack language also writes as a word: a
 * lexicon name with no ordinary-word flag, or a word no list has ("Fira Code", "Noto Sans" are
 * not)? */
static int plain_names(const struct sc *s, size_t start, size_t end)
{
    char b[32];
    for (size_t p = start; p < end;) {
        struct word w;
        nw_parse_word(s, p, &w);
        if (w.e <= p || w.shape != SH_NAME || w.e - w.s < 2)
            return 0;
        const char *f = nw_fold_span(s, w.s, w.e, b, sizeof b);
        if (w.lex ? !nw_lexname(w.lex) || (w.lex & (ANON_NL_COMMON_EN | ANON_NL_COMMON))
                  : nw_not_name(f))
            return 0;
        if (nw_famous(f))
            return 0; /* "Apache Kafka" */
        p = w.e;
        while (p < end && s->t[p] == ' ')
            p++;
    }
    return 1;
}

/* Is the run a full name between quotes of any locale: "X", 'X', “X”, „X“, « X »? */
static int quoted_full(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    if (!memchr(t + start, ' ', end - start))
        return 0;
    size_t a = start, b = end;
    if (a > 0 && t[a - 1] == ' ')
        a--; /* « X » */
    if (b < s->len && t[b] == ' ')
        b++;
    int open = (a >= 1 && (t[a - 1] == '"' || t[a - 1] == '\'')) ||
               (a >= 2 && t[a - 2] == 0xC2 && t[a - 1] == 0xAB) ||
               (a >= 3 && t[a - 3] == 0xE2 && t[a - 2] == 0x80 &&
                (t[a - 1] == 0x9C || t[a - 1] == 0x9E || t[a - 1] == 0x98));
    if (!open)
        return 0;
    size_t q = a - (t[a - 1] == '"' || t[a - 1] == '\'' ? 1 : t[a - 1] == 0xAB ? 2 : 3);
    while (q > 0 && t[q - 1] == ' ')
        q--;
    if (q > 0 && (t[q - 1] == ',' || t[q - 1] == '[' || t[q - 1] == ':' || t[q - 1] == '='))
        return 0; /* a JSON array or value, a key's value: not prose */
    return (b < s->len && (t[b] == '"' || t[b] == '\'')) ||
           (b + 1 < s->len && t[b] == 0xC2 && t[b + 1] == 0xBB) ||
           (b + 2 < s->len && t[b] == 0xE2 && t[b + 1] == 0x80 &&
            (t[b + 2] == 0x9C || t[b + 2] == 0x9D || t[b + 2] == 0x99));
}

int nw_prose_ctx(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    char b1[32], b2[32], b3[32];
    size_t ws, ws2, we;
    if (end + 1 < s->len && t[end] == ' ' && is_digit(t[end + 1]))
        return 0; /* "sent to Edeby 55 Møller Street": a place with its number */
    size_t p = start;
    while (p > 0 && t[p - 1] == ' ')
        p--;
    uint8_t c = p > 0 ? t[p - 1] : 0; /* most runs follow a letter: the checks below it first */
    if ((c == '(' || c == ':') && action_owner(s, start, end))
        return lone_ok(s, start, end, 0);
    if ((c == '"' || c == '\'' || c == 0xAB || c == 0x9C || c == 0x9E || c == 0x98) &&
        quoted_full(s, start, end)) /* The owner ("X Y"), „X Y“ */
        return plain_names(s, start, end);
    if (c == '.' && p > 1) { /* "l'avv. X", "dell'ing. X": an apostrophe 3 or 4 back */
        size_t q = p - 1;
        while (q > 0 && p - 1 - q < 5 && is_alnum(t[q - 1]))
            q--;
        if (q > 0 && t[q - 1] == '\'' && p - 1 - q >= 3) {
            const char *tw = word_ending(s, p - 1, &ws, b1, sizeof b1, 1);
            if (elided_title(tw))
                return lone_ok(s, start, end, 0);
        }
    }
    int comma = p > 0 && t[p - 1] == ',';
    const char *pw = word_ending(s, comma ? p - 1 : p, &ws, b1, sizeof b1, 1);
    /* every word asked about below (the roles, closings, sources, "me", "to", "by", "as", "for",
     * "in", the prepositions) is one of nw_prose_words: one hashed look-up leaves the rest ("am",
     * "address") before ~90 compares and the fold of the word before it */
    if (!*pw || !nw_prose_word(pw))
        return 0;
    if (prose_role(pw) || (!comma && short_closing(pw) && same_line_end(s, end)))
        return lone_ok(s, start, end, 0); /* "our intern, X", "Nachbar X", "Gruß X" */
    if (!comma && strcmp(pw, "me") == 0 && t[ws] == 'M' && french_me(s, ws))
        return lone_ok(s, start, end, 0); /* "avec Me X": a French lawyer's title */
    if (comma)
        return 0;
    if (source_prep(pw))
        return lone_ok(s, start, end, 1); /* "laut X", "según X" */
    const char *pw2 = word_ending(s, ws, &ws2, b2, sizeof b2, 0);
    if (nw_prose50_nick(pw, pw2))
        return lone_ok(s, start, end, 0); /* "genannt X", "bekend als X", "znany jako X" */
    if (strcmp(pw, "to") == 0 && strcmp(pw2, "according") == 0)
        return lone_ok(s, start, end, 1);
    if ((strcmp(pw, "by") == 0 && strcmp(pw2, "goes") == 0) ||
        (strcmp(pw, "as") == 0 && strcmp(pw2, "known") == 0))
        return lone_ok(s, start, end, 0); /* a nickname: "goes by X", "known as X" */
    if (strcmp(pw, "for") == 0 && for_person(pw2))
        return lone_ok(s, start, end, 0); /* "Reference for X", "feedback for X" */
    if (strcmp(pw, "in") == 0 && loop_in(pw2))
        return lone_ok(s, start, end, 0); /* "looping in X", "pulls in X" */
    if (!object_prep(pw))
        return 0;
    const char *nw = nw_word_after(s, end, &we, b3, sizeof b3);
    if ((*nw && talk_verb_after(nw)) || talk_verb(pw2) || talk_before(s, ws))
        return lone_ok(s, start, end, with_prep(pw)); /* met with a company as often */
    return 0;
}

/* A word that opens a run but is the context of the name after it ("Laut Keller", "Según
 * Fernández", "Secondo Rossi", "Nachbar X", "Gruß X", "Me X"). */
int nw_prose_lead(const char *f)
{
    /* every word of the three lists and "me" is one of nw_prose_words: one hashed look-up for
     * the first word of every run instead of ~80 compares */
    return nw_prose_word(f) &&
           (source_prep(f) || prose_role(f) || short_closing(f) || strcmp(f, "me") == 0);
}
