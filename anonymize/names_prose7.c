/* names_prose7.c: people named in running prose with no label, as people type to a chatbot, an
 * assistant, a feed or a diary (branch prose7).
 *
 * nw_prose7_ctx() gives a weak context (never a strong one) to a run by a person's shape around
 * it, each one structural and shared by the pack's languages:
 * - a parenthesis right after the run that holds a possessive and a noun ("X Y (my landlord)",
 *   "(mein Vermieter)", "(il mio capo)") or an age ("X (34, nurse)"), and the same possessive
 *   and noun set off by a comma ("X Y, my neighbour, ...", "X Y, mon voisin");
 * - the run alone in a parenthesis after a role or kin noun ("my manager (X Y)");
 * - the first-person pronoun closing a list of names ("X, Y and I", "X, Y und ich", "X, Y et
 *   moi");
 * - two runs joined by "and" after "with" ("with X and Y", "mit X und Y", "con X y Y");
 * - the object of "tell", "remind" and their kin before "that", "about" ("tell X that", "sag X
 *   dass", "dile a X que", "rappelle à X le ...");
 * - "met X at" ("Met X at the café", "croisé X au marché", "incontrato X al bar").
 * The shapes with a single cue of their own (a parenthesis of a possessive, coordination, a verb
 * of telling) ask more of a lone word: a given name of the lexicon, or two words. Every test
 * starts from the one or two bytes right beside the run, so a run with none of them costs a few
 * byte compares: maybe_context() asks this of every unknown capitalised run.
 */
#include "anonymize/names_internal.h"
#include "anonymize/names_asr.h"

#include <string.h>

/* Possessives (and the article some languages set before one) that open "(my landlord)". */
static const char *const poss[] = {
    "my",   "our",  "mein", "meine", "meiner", "unser", "unsere", "mon", "ma",      "notre",
    "mijn", "onze", "mi",   "mis",   "il",     "la",    "o",      "a",   "nuestro", "nuestra",
    "mio",  "mia",  "meu",  "minha", "nosso",  "nossa", "his",    "her", "sein",    "seine",
    "ihr",  "ihre", "son",  "sa",    "zijn",   "haar",  "su",     "suo", "sua",     "seu"};
/* Nouns of a role or a relation that a name follows in parentheses: "my manager (X Y)". */
static const char *const roles[] = {
    "manager",      "boss",        "landlord",    "landlady",   "neighbour",
    "neighbor",     "colleague",   "coworker",    "teacher",    "tutor",
    "coach",        "doctor",      "therapist",   "supervisor", "lead",
    "mentor",       "flatmate",    "roommate",    "housemate",  "partner",
    "husband",      "wife",        "boyfriend",   "girlfriend", "friend",
    "brother",      "sister",      "mother",      "father",     "mum",
    "mom",          "dad",         "son",         "daughter",   "cousin",
    "aunt",         "uncle",       "nephew",      "niece",      "client",
    "tenant",       "babysitter",  "nanny",       "cleaner",    "chef",
    "chefin",       "vermieter",   "vermieterin", "nachbar",    "nachbarin",
    "kollege",      "kollegin",    "lehrer",      "lehrerin",   "freund",
    "freundin",     "bruder",      "schwester",   "mutter",     "vater",
    "vorgesetzter", "vorgesetzte", "responsable", "patron",     "patronne",
    "propriétaire", "voisin",      "voisine",     "collègue",   "professeur",
    "prof",         "ami",         "amie",        "frère",      "sœur",
    "mère",         "père",        "cousin",      "cousine",    "leidinggevende",
    "baas",         "huisbaas",    "buurman",     "buurvrouw",  "collega",
    "leraar",       "lerares",     "vriend",      "vriendin",   "broer",
    "zus",          "moeder",      "vader",       "jefe",       "jefa",
    "casero",       "casera",      "vecino",      "vecina",     "compañero",
    "compañera",    "profesor",    "profesora",   "amigo",      "amiga",
    "hermano",      "hermana",     "madre",       "padre",      "capo",
    "responsabile", "padrone",     "vicino",      "vicina",     "collega",
    "insegnante",   "amico",       "fratello",    "sorella",    "chefe",
    "senhorio",     "senhoria",    "vizinho",     "vizinha",    "colega",
    "professora",   "irmão",       "irmã",        "mãe",        "pai",
    "prima",        "primo",       "cugino",      "cugina",     "tía",
    "tío",          "zio",         "zia",         "tia",        "tio",
    "oncle",        "tante",       "oom",         "tante",      "onkel",
    "marido",       "mujer",       "novio",       "novia",      "namorado",
    "namorada",     "ragazzo",     "ragazza",     "copain",     "copine",
    "mari",         "femme",       "mann",        "frau",       "man",
    "vrouw"};
/* "and", then the first person's pronoun: the close of "X, Y and I". */
static const char *const and_me[] = {"and i", "and me", "& i",  "und ich", "et moi", "en ik",
                                     "y yo",  "e io",   "e eu", "und mir", "en mij"};
static const char *const ands[] = {"and", "und", "et", "en", "y", "e", "&"};
static const char *const with_words[] = {"with", "mit", "avec", "met", "con", "com"};
/* Verbs of telling and reminding a person of something, and the word that follows the person:
 * a conjunction or the preposition of the thing told. */
static const char *const tell_verbs[] = {
    "tell",       "remind",   "ask",      "text",       "message",   "sag",
    "sage",       "erinnere", "frag",     "schreib",    "herinner",  "vraag",
    "zeg",        "app",      "rappelle", "dis",        "demande",   "écris",
    "recuérdale", "recuerda", "dile",     "pregúntale", "escríbele", "di'",
    "ricorda",    "chiedi",   "scrivi",   "diz",        "lembra",    "pergunta",
    "dici",       "escreve",  "avisa",    "avise",      "préviens",  "informa"};
static const char *const tell_after[] = {"that", "about", "to",   "dass", "an", "wegen", "que",
                                         "dat",  "aan",   "over", "che",  "di", "de",    "le",
                                         "la",   "les",   "el",   "il",   "lo", "da",    "do"};
static const char *const tell_conj[] = {"that", "dass", "que", "dat", "che"};
/* Prepositions some languages set between the verb and the person ("dis à X", "dile a X"). */
static const char *const tell_preps[] = {"à", "a", "ao", "al", "tegen", "aan", "o"};
/* Words people put between the verb and the person: "frag mal X", "vraag even X". */
static const char *const tell_fillers[] = {"mal",    "even", "eens", "bitte",
                                           "please", "pls",  "juste"};
static const char *const met_verbs[] = {"met",        "croisé",     "croisée",   "rencontré",
                                        "incontrato", "incontrata", "visto",     "vista",
                                        "vi",         "encontré",   "encontrei", "ran"};
static const char *const met_after[] = {"at",   "in",  "au",      "à",    "al",   "alla", "en",
                                        "no",   "na",  "beim",    "im",   "bij",  "op",   "del",
                                        "dans", "for", "outside", "near", "after"};

/* Thanks to a person for something: "thanks to X Y for", "merci à X pour", "grazie a X per". */
static const char *const thanks[] = {"thanks",  "thank",  "merci",    "danke",    "bedankt",
                                     "gracias", "grazie", "obrigado", "obrigada", "shoutout"};
static const char *const thanks_preps[] = {"to", "à", "an", "aan", "a", "ao", "à", "out"};
static const char *const thanks_for[] = {"for", "pour", "für",  "voor",
                                         "por", "per",  "pela", "pelo"};

/* A visit told after the visitor: "X came over", "X est passée", "X vino a casa". */
static const char *const visit_after[] = {
    "came over",  "came round", "came by",     "came around",  "dropped by", "dropped in",
    "stopped by", "popped in",  "popped over", "popped round", "est passé",  "est passée",
    "est venu",   "est venue",  "vino a",      "pasó por",     "passou cá",  "passou por",
    "veio cá",    "kwam langs", "kwam even"};
/* ... and with the verb before the visitor, its particle after: "Später kam X vorbei". */
static const char *const visit_verbs[] = {"kam", "kwam", "passato", "passata", "venuto", "venuta"};
static const char *const visit_parts[] = {"vorbei", "langs", "a", "da", "ieri", "stasera"};

/* Is f (lexicon flags) a given name: one of the lists', and if also an ordinary English word
 * ("Tom", "Grace") a well-attested one that no other language uses as a word ("Free" of "Free
 * Pascal", "Will", "Jack" are words first). Ordinary words of the other languages pass
 * ("Jonas", "Uwe"): the shapes here are the cue, the lexicon only says a person may bear it. */
static int given_flags(unsigned f)
{
    return (f & ANON_NL_GIVEN) &&
           (!(f & ANON_NL_COMMON_EN) || ((f & ANON_NL_ATTESTED) && !(f & ANON_NL_COMMON)));
}

static int given(const struct sc *s, size_t a, size_t e)
{
    return given_flags(nw_lexicon_in(s->t, s->len, a, e));
}

/* Could the word t[a .. e) be a name: capitalised, no month or weekday, a given name of the
 * lexicon, or no ordinary word or brand and a lexicon surname or an unknown word of a name's
 * shape. */
static int namey(const struct sc *s, size_t a, size_t e)
{
    if (e - a < 2 || e - a > 30 || !nw_upper(s->t + a, s->len - a))
        return 0;
    char b[40];
    const char *w = nw_fold_span(s, a, e, b, sizeof b);
    if (!*w || nw_month(w) || nw_one_of(w, nw_days, nw_ndays))
        return 0;
    unsigned f = nw_lexicon_in(s->t, s->len, a, e);
    if (given_flags(f))
        return 1;
    if (nw_not_name(w) || nw_brand(w, 1))
        return 0;
    if (f)
        return nw_lexname(f) && !(f & (ANON_NL_COMMON_EN | ANON_NL_COMMON));
    return e - a >= 3 && nw_name_shape(s->t + a, e - a) >= -16;
}

/* The run holds two words or more, or its one word is a given name; every word is namey. */
static int run_evidence(const struct sc *s, size_t a, size_t e, int need)
{
    size_t i = a, words = 0, giv = 0;
    while (i < e) {
        size_t j = i;
        while (j < e && s->t[j] != ' ')
            j++;
        if (!namey(s, i, j))
            return 0;
        giv += given(s, i, j);
        words++;
        i = j + 1;
    }
    return words <= 3 && (!need || words >= 2 || giv > 0);
}

/* The letters (and '\'', '-') of the word at i, to at most 24 bytes: its end. */
static size_t word_end(const struct sc *s, size_t i)
{
    size_t j = i;
    while (j < s->len && j - i < 24 &&
           (s->t[j] >= 0x80 || is_alnum(s->t[j]) || s->t[j] == '\'' || s->t[j] == '-'))
        j++;
    return j;
}

/* The words after i (one space each, at most n of them) folded into buf as "w1 w2". */
static const char *words_after(const struct sc *s, size_t i, int n, char *buf, size_t cap)
{
    size_t e = i;
    for (int k = 0; k < n; k++) {
        size_t we = word_end(s, e);
        if (we == e)
            break;
        e = we;
        if (k + 1 < n && e + 1 < s->len && s->t[e] == ' ')
            e++;
    }
    while (e > i && s->t[e - 1] == ' ')
        e--;
    return nw_fold_span(s, i, e, buf, cap);
}

/* The end of the word at i (letters, UTF-8, '-'), or i when none. */
static size_t role_end(const struct sc *s, size_t i)
{
    size_t j = i;
    while (j < s->len && j - i < 24 && (is_alnum(s->t[j]) || s->t[j] >= 0x80 || s->t[j] == '-'))
        j++;
    return j;
}

/* An apposition's shape at i: a lower-case possessive (after an article: "il mio") of at most 7
 * letters, one more word, then the apposition's end (",", ".", ")", ...) or a preposition ("my
 * manager at X"): "my neighbour," but not "my email is". Most commas after a run are followed by
 * none, and their words are never folded. */
static int comma_poss_may(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    size_t j = i;
    while (j < s->len && j - i < 8 && t[j] >= 'a' && t[j] <= 'z')
        j++;
    if (j == i || j - i > 7 || j >= s->len || t[j] != ' ')
        return 0;
    char w[8];
    memcpy(w, t + i, j - i);
    w[j - i] = '\0';
    if (!NW_ONE_OF(w, poss))
        return 0;
    size_t r = role_end(s, j + 1);
    if (r == j + 1)
        return 0;
    if (r < s->len && t[r] == ' ' &&
        (strcmp(w, "il") == 0 || strcmp(w, "la") == 0 || strcmp(w, "o") == 0 ||
         strcmp(w, "a") == 0)) { /* ", il mio capo," */
        size_t r2 = role_end(s, r + 1);
        if (r2 == r + 1)
            return 0;
        r = r2;
    }
    if (r + 1 < s->len && t[r] == ' ') { /* "my manager at X,", "meine Vorgesetzte bei X" */
        static const char *const at[] = {"at", "in", "bei", "chez", "en",   "bij", "na",
                                         "da", "de", "von", "of",   "from", "au",  "im",
                                         "di", "do", "del", "aan",  "van",  "for", "für"};
        size_t q = r + 1;
        while (q < s->len && q - r <= 5 && ((t[q] >= 'a' && t[q] <= 'z') || t[q] >= 0x80))
            q++;
        if (q == r + 1 || q - r > 5 || q >= s->len || t[q] != ' ')
            return 0;
        char pw[8];
        memcpy(pw, t + r + 1, q - r - 1);
        pw[q - r - 1] = '\0';
        return NW_ONE_OF(pw, at);
    }
    return r == s->len || t[r] == ',' || t[r] == '.' || t[r] == ';' || t[r] == ':' || t[r] == ')' ||
           t[r] == '!' || t[r] == '?' || t[r] == '\n' || t[r] == '\r';
}

/* "(my landlord)", "(il mio capo)", "(34, nurse)" opens at i (the '('); with comma set, the
 * apposition ", my neighbour," ", mon voisin" (i is the space after the comma; no age form). */
static int paren_after(const struct sc *s, size_t i, size_t a, size_t e, int comma)
{
    const uint8_t *t = s->t;
    if (i + 3 >= s->len)
        return 0;
    /* "(34, nurse)": an age, a comma, then the rest of a self-description; "(12)" counts
     * things, "(28 april 1829 ..." dates them */
    if (is_digit(t[i + 1]) && !comma)
        return is_digit(t[i + 2]) && i + 4 < s->len && t[i + 3] == ',' && t[i + 4] == ' ' &&
               run_evidence(s, a, e, 0);
    char b[64];
    const char *w = words_after(s, i + 1, 3, b, sizeof b);
    char first[24];
    size_t k = 0;
    while (w[k] && w[k] != ' ' && k + 1 < sizeof first) {
        first[k] = w[k];
        k++;
    }
    first[k] = '\0';
    if (!NW_ONE_OF(first, poss) || !w[k])
        return 0;
    const char *rest = w + k + 1;
    if (strcmp(first, "il") == 0 || strcmp(first, "la") == 0 || strcmp(first, "o") == 0 ||
        strcmp(first, "a") == 0) { /* "(il mio capo)", "(o meu senhorio)" */
        const char *sp = strchr(rest, ' ');
        if (!sp)
            return 0;
        rest = sp + 1;
    }
    char role[24];
    k = 0;
    while (rest[k] && rest[k] != ' ' && k + 1 < sizeof role) {
        role[k] = rest[k];
        k++;
    }
    role[k] = '\0';
    return NW_ONE_OF(role, roles) && run_evidence(s, a, e, 1);
}

/* The run fills a parenthesis after a role noun: "my manager (X Y)". */
static int paren_around(const struct sc *s, size_t a, size_t e)
{
    if (a < 3 || s->t[a - 2] != ' ' || e >= s->len || s->t[e] != ')')
        return 0;
    char b[32];
    size_t ws;
    const char *w = nw_prev_word(s, a - 2, &ws, b, sizeof b);
    return NW_ONE_OF(w, roles) && run_evidence(s, a, e, 1);
}

/* The first byte of "and", "und", "et", "en", "y", "e", "&". */
static int and_may(uint8_t c)
{
    return c == 'a' || c == 'u' || c == 'e' || c == 'y' || c == '&';
}

/* After e: ", Y and I" or " and I" (with a run ", " before a). */
static int and_me_after(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    char b[32];
    if (e + 2 < s->len && t[e] == ',' && t[e + 1] == ' ') {
        size_t ys = e + 2, ye = word_end(s, ys);
        if (ye == ys || ye + 2 >= s->len || t[ye] != ' ' || !and_may(t[ye + 1]))
            return 0;
        /* the second byte of every and_me phrase a fold can give here is 'n', 't' or ' ' ("and
         * i", "et moi", "y yo"): an ASCII byte folds to its lower case, any other stays >= 0x80,
         * so "my email is" leaves before the fold of two words */
        uint8_t c2 = t[ye + 2] >= 'A' && t[ye + 2] <= 'Z' ? t[ye + 2] | 32 : t[ye + 2];
        if (c2 != 'n' && c2 != 't' && c2 != ' ')
            return 0;
        if (!NW_ONE_OF(words_after(s, ye + 1, 2, b, sizeof b), and_me))
            return 0;
        return namey(s, ys, ye) && run_evidence(s, a, e, 0);
    }
    if (e + 1 < s->len && t[e] == ' ' && and_may(t[e + 1]) && a >= 3 && t[a - 1] == ' ' &&
        t[a - 2] == ',' && NW_ONE_OF(words_after(s, e + 1, 2, b, sizeof b), and_me)) {
        size_t ws;
        char pb[32];
        nw_prev_word(s, a - 2, &ws, pb, sizeof pb);
        return ws < a - 2 && namey(s, ws, a - 2) && run_evidence(s, a, e, 0);
    }
    return 0;
}

/* The run's first word is a given name ("Tom", "Lucia Pilz"); "Borland Pascal" opens with a
 * firm. */
static int opens_given(const struct sc *s, size_t a, size_t e)
{
    size_t j = a;
    while (j < e && s->t[j] != ' ')
        j++;
    return given(s, a, j);
}

/* "with X and Y", one of them opening with a given name: the run is X (a conjunction and a namey
 * word after it) or Y. */
static int with_and(const struct sc *s, size_t a, size_t e, const char *pw, size_t ws)
{
    char b[32], c[32];
    size_t ws2;
    if (NW_ONE_OF(pw, with_words)) {
        size_t ce = word_end(s, e + 1);
        if (e + 1 >= s->len || s->t[e] != ' ' || ce == e + 1 || ce + 1 >= s->len || s->t[ce] != ' ')
            return 0;
        if (!NW_ONE_OF(nw_fold_span(s, e + 1, ce, c, sizeof c), ands))
            return 0;
        size_t ys = ce + 1, ye = word_end(s, ys);
        return ye > ys && namey(s, ys, ye) && run_evidence(s, a, e, 0) &&
               (given(s, ys, ye) || opens_given(s, a, e));
    }
    if (!NW_ONE_OF(pw, ands) || ws == 0)
        return 0;
    size_t xe = ws;
    while (xe > 0 && s->t[xe - 1] == ' ')
        xe--;
    const char *xw = nw_prev_word(s, xe, &ws2, c, sizeof c);
    if (!*xw || ws2 == 0 || !namey(s, ws2, xe))
        return 0;
    pw = nw_prev_word(s, ws2, &ws, b, sizeof b);
    if (NW_ONE_OF(pw, tell_preps)) /* "dile a X y Y", "avisa o X e a Y" */
        pw = nw_prev_word(s, ws, &ws, b, sizeof b);
    return (NW_ONE_OF(pw, with_words) || NW_ONE_OF(pw, tell_verbs)) && run_evidence(s, a, e, 0) &&
           (given(s, ws2, xe) || opens_given(s, a, e));
}

/* "tell X that", "dis à X que", "remind X about": the verb (and its preposition) before the run,
 * the conjunction or preposition after it. */
static int told(const struct sc *s, size_t a, size_t e, const char *pw, size_t ws)
{
    char b[32], c[32];
    size_t we;
    if (NW_ONE_OF(pw, tell_preps) || NW_ONE_OF(pw, tell_fillers)) {
        pw = nw_prev_word(s, ws, &ws, b, sizeof b);
        if (!*pw)
            return 0;
    }
    if (!NW_ONE_OF(pw, tell_verbs))
        return 0;
    const char *nw = nw_word_after(s, e, &we, c, sizeof c);
    if (NW_ONE_OF(nw, ands)) { /* "dile a X y Y que ...": the first of two */
        size_t ys = we;
        while (ys < s->len && s->t[ys] == ' ')
            ys++;
        size_t ye = word_end(s, ys);
        return ye > ys && namey(s, ys, ye) && run_evidence(s, a, e, 0);
    }
    if (!NW_ONE_OF(nw, tell_after))
        return 0;
    /* a clause after the person ("tell X that ...") is cue enough for a lone unknown word; a
     * preposition ("remind X about", "tell X to") is said of assistants and apps too */
    return run_evidence(s, a, e, !NW_ONE_OF(nw, tell_conj));
}

/* "X came over", "Später kam X vorbei", "è passato X": a visitor, no article before. */
static int visited(const struct sc *s, size_t a, size_t e, const char *pw)
{
    char c[32];
    size_t we;
    if (NW_ONE_OF(pw, visit_verbs)) {
        if (e >= s->len || s->t[e] == '.' || s->t[e] == '!') /* "è passato X." */
            return run_evidence(s, a, e, 0);
        return NW_ONE_OF(nw_word_after(s, e, &we, c, sizeof c), visit_parts) &&
               run_evidence(s, a, e, 0);
    }
    if (e + 4 >= s->len || s->t[e] != ' ')
        return 0;
    uint8_t c1 = s->t[e + 1];
    if (c1 != 'c' && c1 != 'd' && c1 != 's' && c1 != 'p' && c1 != 'e' && c1 != 'v' && c1 != 'k')
        return 0;
    if (!NW_ONE_OF(words_after(s, e + 1, 2, c, sizeof c), visit_after))
        return 0;
    size_t ve = word_end(s, e + 1);
    ve = ve + 1 < s->len ? word_end(s, ve + 1) : ve;
    static const char *const objects[] = {"me", "us", "him", "her", "them", "you", "it"};
    if (NW_ONE_OF(nw_word_after(s, ve, &we, c, sizeof c), objects))
        return 0; /* "Rain came over me like a wave": a feeling, no visitor */
    return run_evidence(s, a, e, 0);
}

/* "thanks to X Y for", "merci à X Y pour": a lone word must be a given name ("thanks to Orange
 * for"). */
static int thanked(const struct sc *s, size_t a, size_t e, const char *pw, size_t ws)
{
    char b[32], c[32];
    size_t we;
    if (NW_ONE_OF(pw, thanks_preps))
        pw = nw_prev_word(s, ws, &ws, b, sizeof b);
    if (!NW_ONE_OF(pw, thanks))
        return 0;
    return NW_ONE_OF(nw_word_after(s, e, &we, c, sizeof c), thanks_for) && run_evidence(s, a, e, 1);
}

/* "met X at the café", "croisé X au marché". */
static int met_at(const struct sc *s, size_t a, size_t e, const char *pw, size_t ws)
{
    char b[32], c[32];
    size_t we;
    if (strcmp(pw, "a") == 0 || strcmp(pw, "o") == 0) /* "vi a X", "encontrei a X" */
        pw = nw_prev_word(s, ws, &ws, b, sizeof b);
    if (!NW_ONE_OF(pw, met_verbs))
        return 0;
    const char *nw = nw_word_after(s, e, &we, c, sizeof c);
    return NW_ONE_OF(nw, met_after) && run_evidence(s, a, e, 0);
}

/* A 1024-bit filter of the words of tell_verbs, tell_preps, tell_fillers, met_verbs,
 * visit_verbs, with_words, ands and thanks: bit h of each, h the top ten bits of the 32-bit FNV-1a
 * of its bytes (ASCII capitals lowered). The gate before the word before a run is folded: about one
 * ordinary word in fourteen passes it. Written from those lists with the script in notes/prose7.md;
 * a word added to them needs its bit here (test_names_prose7.c asks each shape). */
static const uint32_t before_bits[32] = {
    0x00000010, 0x10020001, 0x02400000, 0x20000200, 0x000a1000, 0x83000000, 0x20000001, 0x10021000,
    0x10000110, 0x20800801, 0x00000000, 0x00210800, 0x10010010, 0x00000a10, 0x00010000, 0x00104008,
    0x00800000, 0x00004000, 0x20400100, 0x00041000, 0x00010000, 0x08880080, 0x20100040, 0x0880c404,
    0x01000000, 0x00000000, 0x10064012, 0x01000000, 0x10010021, 0x00004b00, 0x00004445, 0x00010040};

/* May the raw word ending right before the space at i be one of the lists' words? */
static int before_may(const uint8_t *t, size_t i)
{
    size_t b = i;
    while (b > 0 && i - b < 16 && (t[b - 1] >= 0x80 || is_alnum(t[b - 1]) || t[b - 1] == '\''))
        b--;
    if (b == i || i - b >= 16)
        return 0;
    uint32_t h = 2166136261u;
    for (size_t k = b; k < i; k++)
        h = (h ^ (is_up(t[k]) ? t[k] | 32u : t[k])) * 16777619u;
    h >>= 22;
    return before_bits[h >> 5] >> (h & 31) & 1;
}

/* Do the raw bytes at i open a visit's words ("came over", "est passée", "vino a")? */
static int visit_may(const struct sc *s, size_t i)
{
    static const char heads[][5] = {"came", "drop",    "stop", "popp", "est ",
                                    "vino", "pas\xC3", "pass", "veio", "kwam"};
    if (i + 4 > s->len)
        return 0;
    for (size_t k = 0; k < sizeof heads / sizeof heads[0]; k++)
        if (memcmp(s->t + i, heads[k], 4) == 0)
            return 1;
    return 0;
}

int nw_prose7_word_may(const uint8_t *t, size_t start)
{
    if (before_may(t, start - 1))
        return 1;
    size_t p = start - 1; /* "thanks to X", "danke an X": the word before "to" or "an" */
    int to = p >= 4 && t[p - 3] == ' ' &&
             ((t[p - 2] == 't' && t[p - 1] == 'o') || (t[p - 2] == 'a' && t[p - 1] == 'n'));
    return to && before_may(t, p - 3);
}

int nw_prose7_ctx(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    if (end + 1 < s->len &&
        ((t[end] == ' ' && t[end + 1] == '(') ||
         (t[end] == ',' && t[end + 1] == ' ' && comma_poss_may(s, end + 2))) &&
        paren_after(s, end + 1, start, end, t[end] == ','))
        return 1; /* "X Y (my landlord)", "X Y, mon voisin, ..." */
    if (start > 0 && t[start - 1] == '(')
        return paren_around(s, start, end);
    if (end < s->len && (t[end] == ',' || t[end] == ' ') && and_me_after(s, start, end))
        return 1;
    int visit = end + 1 < s->len && t[end] == ' ' && visit_may(s, end + 1);
    if (visit &&
        (start == 0 || t[start - 1] == '\n' ||
         (start >= 2 && t[start - 1] == ' ' &&
          (t[start - 2] == '.' || t[start - 2] == '!' || t[start - 2] == '?'))) &&
        visited(s, start, end, ""))
        return 1; /* "X came over" opening its sentence */
    if (start < 2 || t[start - 1] != ' ')
        return 0;
    /* the word before is folded once, and only when its raw bytes may be a word of the lists:
     * a run after a capitalised word, a sign or most words is none of these shapes */
    if (!before_may(t, start - 1)) {
        /* "thanks to X", "danke an X": the word before "to" or "an" ("à", "a", "ao", "aan"
         * are in the filter already, for "dis à X") */
        size_t p = start - 1;
        int to = p >= 4 && t[p - 3] == ' ' &&
                 ((t[p - 2] == 't' && t[p - 1] == 'o') || (t[p - 2] == 'a' && t[p - 1] == 'n'));
        if (!(to && before_may(t, p - 3)))
            return visit && visited(s, start, end, "");
    }
    char b[32];
    size_t ws;
    const char *pw = nw_prev_word(s, start, &ws, b, sizeof b);
    if (!*pw)
        return 0;
    return with_and(s, start, end, pw, ws) || told(s, start, end, pw, ws) ||
           met_at(s, start, end, pw, ws) || thanked(s, start, end, pw, ws) ||
           ((visit || NW_ONE_OF(pw, visit_verbs)) && visited(s, start, end, pw));
}

/* Dutch pronouns and verbs that open a clause in a lower-case prompt ("hij wordt 50", "wil een
 * cv") and that the transcript's list leaves out. */
static const char *const more_function_words[] = {"hij", "zij", "wij",   "jij",  "wil", "wordt",
                                                  "een", "ze",  "heeft", "gaat", "kan"};

/* A transcript whose turns open with role labels (names_asr.c) keeps its raised function words:
 * its own filter judges them, and what it finds without them differs (a town after "tienda
 * de"). */
int nw_prose7_function_words_apply(const uint8_t *t, size_t len)
{
    int labelled = 0;
    return !nw_asr_detect(t, len, &labelled) || !labelled;
}

int nw_prose7_function_word(const char *w)
{
    size_t n = strlen(w);
    if (n < 2 || n > 6)
        return 0; /* a raised word has three letters at least; a function word is short */
    /* the stop words by their first byte (names_oneof.c): a look-up compares only the words
     * that open like w, where a loop compared each of the list's */
    return nw_one_of(w, nw_asr_stops, nw_asr_nstops) || NW_ONE_OF(w, more_function_words);
}

/* Words right before a name typed in capitals that make it a person's: a kin or role noun
 * (roles[]), a greeting, a verb of telling or meeting, a self-introduction. "with", "is", "in"
 * stand before constants in code comments ("with REX prefix", "If bf is TRUE"). */
static const char *const caps_cues[] = {
    "dear", "liebe", "lieber", "chère", "cher",  "lieve", "beste", "querida", "querido",
    "cara", "caro",  "hi",     "hey",   "hallo", "salut", "ciao",  "olá",     "hola",
    "i'm",  "im",    "bin",    "suis",  "soy",   "sono",  "sou",   "tell",    "remind",
    "told", "sag",   "dis",    "dile",  "di'",   "diz",   "zeg",   "meet",    "meeting"};

/* An unknown word in capitals p[0 .. n) that may be a surname: vowels as a word has them (an
 * acronym has few: "HTTP", "MCST") and a name's shape, loosely. */
static int caps_surname(const uint8_t *p, size_t n)
{
    size_t v = 0;
    for (size_t i = 0; i < n; i++)
        v += p[i] == 'A' || p[i] == 'E' || p[i] == 'I' || p[i] == 'O' || p[i] == 'U' ||
             p[i] == 'Y' || p[i] >= 0x80;
    return v * 5 >= n && nw_name_shape(p, n) >= -16;
}

/* A name typed in capitals inside lower-case prose ("for my brother BEN", "chère MANON,", "my
 * manager (NILS FENKAMP)"): the word at w0 in capitals (SH_CAPS) after a lower-case word or a
 * parenthesis, and perhaps a second word in capitals; the first a given name of the lexicon (or
 * a shape of nw_prose7_ctx() holds for an unknown one), and a person's cue before it or a shape
 * around it. Acronyms ("with JSON and YAML") are no given names. Its end, or 0. */
static size_t prose7_caps(const struct sc *s, const struct word *w0);

/* The first tests with no frame (a word of 3 to 14 capitals after a small letter, a comma or a
 * bracket), the rest in prose7_caps(). */
size_t nw_prose7_caps(const struct sc *s, const struct word *w0)
{
    const uint8_t *t = s->t;
    size_t a = w0->s, e = w0->e;
    if (e - a < 3 || e - a > 14 || a < 2)
        return 0;
    uint8_t b = t[a - 1], c = t[a - 2];
    if (!((b == ' ' && ((c >= 'a' && c <= 'z') || c >= 0x80 || c == ',' || c == '\'')) || b == '('))
        return 0;
    return prose7_caps(s, w0);
}

static __attribute__((noinline)) size_t prose7_caps(const struct sc *s, const struct word *w0)
{
    const uint8_t *t = s->t;
    size_t a = w0->s, e = w0->e;
    uint8_t b = t[a - 1];
    /* capitals hide a word's case, so the lexicon must know it as a person's name on its own
     * ("JSON" is a given name of faker's lists, only that) */
    unsigned f = nw_lexicon_in(t, s->len, a, e);
    if (!given_flags(f) || (f & ANON_NL_COMMON_EN))
        return 0; /* "TRUE", "WILL": words first */
    size_t end = e;
    if (e + 4 < s->len && t[e] == ' ' && nw_upper(t + e + 1, s->len - e - 1)) {
        struct word w2;
        nw_parse_word(s, e + 1, &w2);
        if (w2.shape != SH_CAPS)
            return 0; /* "BEN Smith": another shape */
        unsigned f2 = nw_lexicon_in(t, s->len, w2.s, w2.e);
        if (w2.e - w2.s < 4 || (f2 & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) ||
            (f2 ? !nw_lexname(f2) : !caps_surname(t + w2.s, w2.e - w2.s)) ||
            (w2.e + 1 < s->len && t[w2.e] == ' ' && is_up(t[w2.e + 1])))
            return 0; /* "MAX CPU", "SARAH CONNOR CHRONICLES": an acronym, a heading */
        end = w2.e;
    }
    if (end < s->len && (t[end] == ':' || t[end] == '_' || t[end] == '='))
        return 0; /* a label or an identifier */
    if (end > e)
        return end; /* a given name and a surname in capitals inside lower-case prose */
    if (!(f & (ANON_NL_ATTESTED | ANON_NL_NAME)))
        return 0; /* alone, a well-attested given name only */
    if (nw_prose7_ctx(s, a, end))
        return end;
    char buf[32];
    size_t ws;
    const char *pw = nw_prev_word(s, b == '(' ? a - 1 : a, &ws, buf, sizeof buf);
    return NW_ONE_OF(pw, caps_cues) || NW_ONE_OF(pw, roles) ? end : 0;
}
