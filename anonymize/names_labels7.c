/* names_labels7.c: a name after a label that says "a person goes here", in every form people
 * fill: the numbered fields of visa, tax and registration forms ("1. Surname:", "Vorname(n):",
 * "Prénom(s) :"), the parties of rental, bank, probate and HR documents ("Main driver:",
 * "Co-account holder:", "Hébergeant :", "Eredi:"), kin in household lists ("Grandma:", "Opa:",
 * "Tía:"), job titles and departments in org charts ("CEO:", "Finance:"), match reports
 * ("Scorers:", "Referee:"), funeral and wedding programmes ("Pallbearers:", "Woord van:") and
 * weekday rotas ("Mon: A + B"). The label may follow a numbering ("2)", "(3)", "Q4."), carry a
 * plural mark ("(s)", "(n)", "(en)") or a qualifier in brackets, follow a sentence on its line
 * ("... on 14/7/26. Witness: X"); the value may be one name or a list ("A & B", "A, B and C",
 * "A + B", "A / B"), in capitals ("SURNAME, Given", "GIVEN SURNAME").
 *
 * The one thing to know: a value is taken only when every item of it is name-shaped and the
 * value ends where a field ends (the line, a tab, a bar, two spaces, a bracket or a dash), so
 * "Finance: Q3 budget approved", "Mon: closed", "User: admin", "Host: example.com", "CEO: TBD"
 * and a chat's "Assistant: Sure, ..." name no one. Labels that as often carry a status or a
 * plan (departments, job titles, weekdays) count only on a line that opens with the label, next
 * to another line that opens the same way. The pass visits each ':' the text has (memchr) and
 * leaves at once unless a space and a capital follow it and a letter precedes it.
 */
#include "anonymize/names.h"
#include "anonymize/names_internal.h"

#include <string.h>

/* Values that fill a person's slot without naming one, and words that open a status. */
static const char *const no_one[] = {
    "none",         "nobody",      "unknown",  "n/a",         "na",         "tbd",
    "tbc",          "tba",         "pending",  "vacant",      "open",       "hiring",
    "closed",       "off",         "free",     "keine",       "keiner",     "niemand",
    "unbekannt",    "offen",       "frei",     "geschlossen", "vakant",     "aucun",
    "aucune",       "personne",    "inconnu",  "fermé",       "vacant",     "geen",
    "niemand",      "onbekend",    "gesloten", "vacature",    "ninguno",    "ninguna",
    "nadie",        "desconocido", "cerrado",  "vacante",     "nessuno",    "nessuna",
    "sconosciuto",  "chiuso",      "vacante",  "nenhum",      "nenhuma",    "ninguém",
    "desconhecido", "fechado",     "vago",     "self",        "me",         "myself",
    "ich",          "moi",         "ik",       "yo",          "io",         "eu",
    "all",          "alle",        "tous",     "todos",       "tutti",      "iedereen",
    "everyone",     "team",        "holiday",  "holidays",    "feiertag",   "ruhetag",
    "urlaub",       "férié",       "fériée",   "congé",       "vacances",   "feestdag",
    "vakantie",     "festivo",     "fiesta",   "vacaciones",  "ferie",      "feriado",
    "férias",       "folga",       "sick",     "krank",       "malade",     "ziek",
    "enfermo",      "enferma",     "malato",   "malata",      "doente",     "remote",
    "wfh",          "homeoffice",  "inventur", "inventaire",  "inventario", "rest",
    "rust",         "descanso",    "riposo",   "repos"};

/* Titles before a value, and degrees and suffixes after a name in a list ("X, MD"). */
static const char *const titles[] = {
    "dr",     "dra",     "mr",    "mrs",   "ms",   "miss", "herr", "frau", "mme",    "mlle",
    "dhr",    "mevr",    "sr",    "sra",   "srta", "dott", "prof", "sig",  "sig.ra", "me",
    "ing",    "rev",     "revd",  "fr",    "pe",   "pde",  "mons", "mgr",  "pfr",    "pfarrer",
    "pastor", "pastoor", "padre", "pater", "abbé", "fray", "frei", "p"};
static const char *const suffixes[] = {"md",  "phd", "dds", "rn",  "esq", "jr",  "sr", "ii",
                                       "iii", "msc", "mba", "bsc", "llm", "dvm", "do"};

/* Words of institutions' and firms' names, in the seven languages: a value with one of them is
 * a body, not a person ("Deutsche Bahn", "Crédit Agricole", "Caixa Geral", "Stichting Thuis"). */
static const char *const body_words[] = {
    "deutsche", "deutscher", "deutsches", "française", "français", "nederlandse", "española",
    "español", "italiana", "italiano", "portuguesa", "português", "british", "american", "european",
    "europäische", "européenne", "national", "nationale", "nacional", "nazionale", "royal",
    "general", "generale", "générale", "allgemeine", "united", "international", "internationale",
    "crédit", "credit", "banco", "banca", "banque", "bank", "caixa", "caisse", "caja", "cassa",
    "sparkasse", "volksbank", "société", "societe", "compagnie", "sociedad", "società", "sociedade",
    "stichting", "fundación", "fondazione", "fundação", "fondation", "foundation", "stiftung",
    "verein", "association", "asociación", "associazione", "associação", "vereniging", "ministère",
    "ministerio", "ministero", "ministério", "ministry", "gemeente", "ville", "stadt", "stadtwerke",
    "comune", "câmara", "ayuntamiento", "council", "université", "universidad", "università",
    "universidade", "universität", "university", "hochschule", "école", "escuela", "scuola",
    "escola", "school", "hôpital", "hospital", "ospedale", "klinikum", "clinique", "clinica",
    "clínica", "clinic", "immobilier", "immobilien", "immobiliare", "inmobiliaria", "imobiliária",
    "assurance", "assurances", "versicherung", "seguros", "assicurazioni", "verzekeringen",
    "insurance", "holding", "trust", "estates", "properties", "housing", "wonen", "woningbouw",
    "logement", "vivienda", "habitação",
    /* kv8: departments, teams, services and carriers under a role label ("Behandeld door:
     * Afdeling Schade", "Fahrer: Hermes Logistik", "Organisateur : Mairie de Nantes") */
    "department", "abteilung", "afdeling", "departamento", "département", "departement",
    "dipartimento", "ufficio", "servizio", "dienst", "équipe", "equipo", "equipa", "squadra",
    "mairie", "prefeitura", "logistik", "logistics", "logistique", "logistica", "logística",
    "express", "expresso", "bibliothek", "sinistri", "siniestros", "schaden", "sinistres",
    /* roles9: studios, workshops and builders under a credit or a permit's role ("Kostüme:
     * Sartoria Tirelli", "Entwurfsverfasser: Architekturbüro Nord", "Decor: Decorbouw Holland") */
    "atelier", "studio", "estudio", "büro", "architekturbüro", "planungsbüro", "ingenieurbüro",
    "werkstatt", "werkstätten", "sartoria", "sastrería", "decorbouw", "bouwbedrijf", "bureau",
    "cabinet", "agence", "agency", "associati", "arquitectos", "architekten", "architectes",
    "architetti", "arquitetos", "theaterkunst"};

/* Conjunctions that join the names of a list, and the ones of the seven languages. */
static const char *const joins[] = {"and", "und", "et", "en", "y", "e"};

/* The inclusive forms of a folded label f (written to): a short ending after '/' or in
 * brackets anywhere ("Erziehungsberechtigte/r", "Veterinario/a", "Schüler/in", "Diretor(a) de
 * turma", "Tenant(s)") dropped, or either side of a '/' between two words ("Ouder/verzorger",
 * "Parent/carer", "Tierärztin/Tierarzt"). */
static int gendered(char *f)
{
    char g[64];
    size_t o = 0, n = strlen(f);
    const char *sl = NULL;
    for (size_t i = 0; i < n && o + 1 < sizeof g; i++) {
        if (f[i] == '(') {
            const char *c = strchr(f + i, ')');
            if (c && c - (f + i) <= 5) {
                i = (size_t)(c - f);
                continue;
            }
        }
        if (f[i] == '/') {
            size_t k = i + 1;
            while (k < n && f[k] != ' ' && f[k] != '/')
                k++;
            if (k - i - 1 <= 6 && k - i - 1 < i) { /* "/r", "/in", "/innen", "/a", "/es" */
                i = k - 1;
                continue;
            }
            sl = f + i;
        }
        g[o++] = f[i];
    }
    g[o] = '\0';
    int c = o < n ? nw_labels7_class(g) : NW_L7_NONE;
    if (c || !sl)
        return c;
    if ((c = nw_labels7_class(sl + 1)) != NW_L7_NONE)
        return c;
    f[sl - f] = '\0';
    return nw_labels7_class(f);
}

/* The class of the label t[a .. b): folded, then without a bracketed mark or qualifier at its
 * end ("Given name(s)", "Family name (as in passport)") and either side of a bilingual " / ". */
static int label_class(const struct sc *s, size_t a, size_t b)
{
    char f[64];
    if (b <= a || b - a >= sizeof f)
        return NW_L7_NONE;
    size_t n = nw_fold((const char *)s->t + a, b - a, f, sizeof f - 1);
    if (!n)
        return NW_L7_NONE;
    f[n] = '\0';
    int c = nw_labels7_class(f);
    if (c)
        return c;
    /* "PŁATNIK", "PŘÍKAZCE": capitals nw_fold() leaves (names_leaks46.c) */
    if (memchr(f, 0xC4, n) || memchr(f, 0xC5, n) || memchr(f, 0xC6, n) || memchr(f, 0xC8, n)) {
        if (nw_leaks46_fold_wide(f) && (c = nw_labels7_class(f)) != NW_L7_NONE)
            return c;
        n = strlen(f);
    }
    if (f[n - 1] == ')') {
        char *o = strrchr(f, '(');
        if (o && o > f) {
            while (o > f && o[-1] == ' ')
                o--;
            *o = '\0';
            if ((c = nw_labels7_class(f)) != NW_L7_NONE)
                return c;
            n = (size_t)(o - f);
        }
    }
    if (n > 3 && f[n - 2] == ' ' && f[n - 1] >= '1' && f[n - 1] <= '9') {
        f[n - 2] = '\0'; /* "Reviewer 2", "Gutachterin 1": one of several */
        if ((c = nw_labels7_class(f)) != NW_L7_NONE)
            return c;
        f[n - 2] = ' ';
    }
    if (n > 3 && f[n - 2] == '/' && (f[n - 1] == 'i' || f[n - 1] == 's' || f[n - 1] == 'n')) {
        f[n - 2] = '\0'; /* "Cognome/i" */
        if ((c = nw_labels7_class(f)) != NW_L7_NONE)
            return c;
        f[n - 2] = '/';
    }
    char *slash = strstr(f, " / ");
    if (slash) {
        if ((c = nw_labels7_class(slash + 3)) != NW_L7_NONE)
            return c;
        *slash = '\0';
        return nw_labels7_class(f);
    }
    return gendered(f);
}

/* A numbering before a label at i ("1. ", "2) ", "(3) ", "Q4. ", "5.", "b) "): where the label
 * starts after it, or i. */
static size_t skip_number(const struct sc *s, size_t i, size_t e)
{
    const uint8_t *t = s->t;
    size_t k = i;
    if (k < e && t[k] == '(')
        k++;
    if (k < e && (t[k] == 'Q' || t[k] == 'q' || t[k] == '#') && k + 1 < e && is_digit(t[k + 1]))
        k++;
    size_t d = k;
    while (k < e && k - d < 3 &&
           (is_digit(t[k]) || (k > d && t[k] == '.' && k + 1 < e && is_digit(t[k + 1]))))
        k++;
    if (k == d) {
        if (k + 1 < e && t[k] >= 'a' && t[k] <= 'h' && t[k + 1] == ')')
            k++; /* "b) " */
        else
            return i;
    }
    if (k < e && (t[k] == '.' || t[k] == ')'))
        k++;
    if (k == d + 1 && k < e && t[k] != ' ' && t[k] != ')' && t[k - 1] != '.' && t[k - 1] != ')')
        return i;
    while (k < e && t[k] == ' ')
        k++;
    return k < e && (is_up(t[k]) || t[k] >= 0x80 || (t[k] >= 'a' && t[k] <= 'z')) ? k : i;
}

/* What ends a field going back from its label: a line, a tab, a bar, a semicolon, a bullet. */
static int field_stop(const uint8_t *t, size_t k)
{
    uint8_t c = t[k - 1];
    return c == '\n' || c == '\r' || c == '\t' || c == '|' || c == ';' ||
           (c == ' ' && k >= 2 && t[k - 2] == ' ') || nw_h11rec_slash_stop(t, k) ||
           (c == 0xA2 && k >= 3 && t[k - 2] == 0x80) ||
           (c == 0xB7 && k >= 2 && t[k - 2] == 0xC2); /* a bullet "•", a middle dot "·" */
}

/* Does t[k] (a space before a label) follow a step's number and its ':' or dash ("STEP 4: ",
 * "Step 5 – ", "Part B: "), the step word opening the field at fs? */
static int step_mark(const uint8_t *t, size_t fs, size_t k)
{
    size_t m = k;
    if (m >= 4 && t[m - 1] == 0x93 && t[m - 2] == 0x80 && t[m - 3] == 0xE2 && t[m - 4] == ' ')
        m -= 4; /* " – " */
    else if (m >= 1 && t[m - 1] == ':')
        m--;
    else
        return 0;
    if (m < 2 || m == k || !(is_digit(t[m - 1]) || (is_up(t[m - 1]) && t[m - 2] == ' ')))
        return 0;
    while (m > fs && is_digit(t[m - 1]))
        m--;
    if (is_up(t[m - 1]) && m - 1 > fs && t[m - 2] == ' ')
        m--; /* "Part B" */
    if (m <= fs + 2 || t[m - 1] != ' ')
        return 0;
    size_t w = m - 1; /* one word of letters before the number opens the field */
    while (w > fs && t[w - 1] != ' ')
        w--;
    return w == fs && m - 1 - w >= 3;
}

/* The label that ends at lb (its ':' after it): its class; *at_line set when it opens its line
 * or field (a numbering and a bullet aside), cleared when it follows a sentence. */
static int label_before(const struct sc *s, size_t lb, int *at_line, size_t *lstart)
{
    const uint8_t *t = s->t;
    size_t fs = lb;
    while (fs > 0 && lb - fs < 48 && !field_stop(t, fs))
        fs--;
    int bounded = fs == 0 || field_stop(t, fs);
    while (fs < lb && (t[fs] == ' ' || t[fs] == '-' || t[fs] == '*' || t[fs] == '>' ||
                       (t[fs] == 0xE2 && fs + 2 < lb && t[fs + 1] == 0x80 && t[fs + 2] == 0xA2)))
        fs += t[fs] == 0xE2 ? 3 : 1;
    if (bounded) {
        size_t a = skip_number(s, fs, lb);
        int c = label_class(s, a, lb);
        if (!c)
            c = nw_scan53_misread_label(s, a, lb); /* "NAHME:", "PATlENT:": names_scan53.c */
        if (c) {
            *at_line = 1;
            *lstart = a;
            return c;
        }
    }
    /* after a sentence on the same line (". Witness:", "! Clerk:"), another field's value
     * (", Vorname:") or a step's number ("STEP 4: Collector:", "Step 5 – Donor:") */
    for (size_t k = lb; k > fs + 2; k--) {
        if (t[k - 1] != ' ' || (t[k - 2] != '.' && t[k - 2] != '!' && t[k - 2] != '?' &&
                                t[k - 2] != ',' && !step_mark(t, fs, k - 1)))
            continue;
        if (k < lb && (is_up(t[k]) || t[k] >= 0xC3)) {
            int c = label_class(s, k, lb);
            if (c == NW_L7_PERSON || c == NW_L7_PARTY || c == NW_L7_OLD) {
                *at_line = 0;
                *lstart = k;
                return c;
            }
        }
        break; /* only the last sentence's end */
    }
    return NW_L7_NONE;
}

static int fold_in(const struct sc *s, size_t a, size_t b, const char *const *list, size_t n)
{
    char buf[32];
    const char *f = nw_fold_span(s, a, b, buf, sizeof buf);
    return *f && nw_one_of(f, list, n);
}
#define FOLD_IN(s, a, b, list) fold_in((s), (a), (b), (list), sizeof(list) / sizeof((list)[0]))

int nw_body_word(const struct sc *s, size_t a, size_t b)
{
    return b - a >= 4 && fold_in(s, a, b, body_words, sizeof body_words / sizeof *body_words);
}

/* One word at i before e: letters with inner apostrophes and hyphens, or an initial ("H."). Its
 * end, or 0; *letters its letters, *caps whether all are capitals, *up its first is one. */
static size_t word_at(const struct sc *s, size_t i, size_t e, int *letters, int *caps, int *up)
{
    const uint8_t *t = s->t;
    size_t j = i;
    int n = 0, allup = 1;
    *up = nw_upper(t + i, e - i) != 0;
    while (j < e) {
        size_t l = nw_letter(t + j, e - j);
        if (l) {
            if (!nw_upper(t + j, e - j))
                allup = 0;
            j += l;
            n++;
        } else if ((t[j] == '\'' || t[j] == '-') && n > 0 && j + 1 < e &&
                   nw_letter(t + j + 1, e - j - 1)) {
            j++;
        } else if (t[j] == 0xE2 && j + 2 < e && t[j + 1] == 0x80 && t[j + 2] == 0x99 && n > 0 &&
                   j + 3 < e && nw_letter(t + j + 3, e - j - 3)) {
            j += 3; /* O’Neill */
        } else {
            break;
        }
    }
    if (!n)
        return 0;
    if (n == 1 && j < e && t[j] == '.' && *up)
        j++; /* an initial */
    *letters = n;
    *caps = allup;
    return j;
}

/* nw_name_shape() of the word t[a .. e) in lower case (a surname in capitals). */
static int shape(const struct sc *s, size_t a, size_t e)
{
    char f[32];
    if (e - a >= sizeof f)
        return 0;
    size_t n = nw_fold((const char *)s->t + a, e - a, f, sizeof f);
    return n ? nw_name_shape((const uint8_t *)f, n) : 0;
}

/* A capitalised word t[a .. we) that no name is: an ordinary word of the lexicon that is no
 * name too, a month, a weekday or a word the pack files as no name. */
static int word_bad(const struct sc *s, size_t a, size_t we)
{
    unsigned f = nw_lexicon_in(s->t, s->len, a, we);
    char lb[32]; /* a word in capitals is looked up as it is written in prose ("FILE") */
    if (we - a >= 2 && we - a < sizeof lb && is_up(s->t[a]) && is_up(s->t[a + 1])) {
        size_t n = nw_fold((const char *)s->t + a, we - a, lb, sizeof lb);
        if (n)
            f |= anon_names_lexicon(lb, n);
    }
    if ((f & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) && !(f & (ANON_NL_GIVEN | ANON_NL_NAME)))
        return 1;
    char mb[24];
    const char *w = nw_fold_span(s, a, we, mb, sizeof mb);
    return *w && (nw_not_name(w) || nw_one_of(w, suffixes, sizeof suffixes / sizeof suffixes[0]));
}

/* Is the item t[a .. e) of nw words (full: words of two letters or more) a person by its words
 * alone? strong: a label that holds people only, so one unknown capitalised word will do. */
static int item_ok(const struct sc *s, size_t a, size_t e, int nw, int full, int cls, int caps,
                   int loose)
{
    if (!full || nw > 5)
        return 0;
    int weak = 1;
    char fb[64];
    const char *fw = nw_fold_span(s, a, e, fb, sizeof fb);
    if (*fw && (nw_brand(fw, (size_t)nw) || nw_famous(fw)))
        return 0;
    for (size_t i = a; i < e;) {
        size_t we = i;
        while (we < e && s->t[we] != ' ')
            we++;
        if (we - i >= 4 && fold_in(s, i, we, body_words, sizeof body_words / sizeof *body_words))
            return 0;
        i = we + 1;
    }
    if (nw == 1) {
        if (FOLD_IN(s, a, e, no_one) || e - a < 3 || (caps && e - a < 4))
            return 0; /* "TBD", "HR", "MD", "Jo" */
        if (nw_forms5_pet(s, a, e) || nw_dob8_pet_named(s, a, e))
            return 0; /* "Patient: Kiki" in a vet's record */
        unsigned f = nw_lexicon_in(s->t, s->len, a, e);
        int name = (f & (ANON_NL_GIVEN | ANON_NL_NAME)) != 0;
        if (cls == NW_L7_ORG || cls == NW_L7_OLD || cls == NW_L7_PARTY)
            return name && !(f & (ANON_NL_COMMON_EN | ANON_NL_COMMON));
        if (!name && !loose && cls != NW_L7_FIELD && shape(s, a, e) <= 0)
            weak = 2; /* only beside a full name in a list */
    }
    if (nw_forms5_firm(s, a, e) || nw_not_person(s, a, e))
        return 0;
    if ((cls == NW_L7_OLD || cls == NW_L7_ORG) && caps) {
        /* "Name: README FILE", "Owner: PLATFORM TEAM": capitals under a label that names things
         * too need a given name */
        int given = 0, plain = 0;
        for (size_t i = a; i < e;) {
            size_t we = i;
            while (we < e && s->t[we] != ' ')
                we++;
            size_t n =
                we - i < sizeof fb ? nw_fold((const char *)s->t + i, we - i, fb, sizeof fb) : 0;
            unsigned f = n ? anon_names_lexicon(fb, n) : 0;
            given |= (f & ANON_NL_GIVEN) != 0;
            plain |= (f & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) != 0;
            i = we + 1;
        }
        /* in a chart's block, words no lexicon knows will do */
        if (!given && (cls == NW_L7_OLD || plain))
            return 0;
    }
    if (cls == NW_L7_PARTY && !caps && nw >= 2) {
        /* "Arrendador: Bouygues Immobilier": a given name, an initial, or name-shaped words */
        int given = 0, shaped = 1;
        for (size_t i = a; i < e;) {
            size_t we = i;
            while (we < e && s->t[we] != ' ')
                we++;
            if (we - i == 2 && s->t[i + 1] == '.')
                given = 1;
            else if (nw_lexicon_in(s->t, s->len, i, we) & ANON_NL_GIVEN)
                given = 1;
            else if (!nw_particle(nw_fold_span(s, i, we, fb, sizeof fb)) &&
                     shape(s, i, we - (s->t[we - 1] == ',')) <= 0) /* "Keller, Anna" */
                shaped = 0;
            i = we + 1;
        }
        return given || shaped;
    }
    return weak;
}

/* A minute or a count after a scorer ("12'", "67’", "2x"): its end, or i. */
static size_t skip_minute(const struct sc *s, size_t i, size_t le)
{
    const uint8_t *t = s->t;
    size_t k = i;
    if (k + 1 >= le || t[k] != ' ' || !is_digit(t[k + 1]))
        return i;
    k++;
    while (k < le && is_digit(t[k]))
        k++;
    if (k < le && t[k] == '\'')
        return k + 1;
    if (k + 2 < le && t[k] == 0xE2 && t[k + 1] == 0x80 && t[k + 2] == 0x99)
        return k + 3;
    if (k < le && t[k] == 'x')
        return k + 1;
    return i;
}

enum { MAX_ITEMS = 12 };

/* Does a clause or a mark start at k after a name's comma ("of Marienplatz", "nascida em",
 * "* 27.7.1961"), not another name? */
static int apposition(const struct sc *s, size_t k, size_t le)
{
    const uint8_t *t = s->t;
    if (k >= le || !nw_letter(t + k, le - k))
        return 1;
    if (!(t[k] >= 'a' && t[k] <= 'z'))
        return 0;
    size_t j = k;
    while (j < le && nw_letter(t + j, le - j))
        j += nw_letter(t + j, le - j);
    char pb[16];
    const char *f = nw_fold_span(s, k, j, pb, sizeof pb);
    if (*f && (nw_particle(f) || nw_one_of(f, joins, sizeof joins / sizeof joins[0])))
        return 0;
    return j - k < 3 || word_bad(s, k, j);
}

/* Does the next item at k (to a comma or le) hold a digit: an address, a phone, a date? */
static int digit_item(const struct sc *s, size_t k, size_t le)
{
    const uint8_t *t = s->t;
    for (size_t j = k; j < le && t[j] != ','; j++) {
        if (!is_digit(t[j]))
            continue;
        size_t d = j;
        while (d < le && is_digit(t[d]))
            d++;
        if (d < le && (t[d] == '\'' || t[d] == 0xE2))
            j = d; /* a scorer's minute ("67'") */
        else
            return 1;
    }
    return 0;
}

/* Does a label and ": " follow at k, within 32 bytes on the line (no list separator between)? */
static int next_label(const struct sc *s, size_t k, size_t le)
{
    const uint8_t *t = s->t;
    for (size_t j = k; j < le && j - k < 32; j++) {
        if (t[j] == ':' && j > k && j + 1 < le && t[j + 1] == ' ')
            return label_class(s, skip_number(s, k, j), j) != NW_L7_NONE;
        if (t[j] == ',' || t[j] == '&' || t[j] == '+' || t[j] == '/' || t[j] == '(')
            return 0;
    }
    return 0;
}

/* Does a capitalised word and ": " start at k (the next field's label on the same line)? */
static int label_word(const uint8_t *t, size_t k, size_t le)
{
    if (k >= le || !is_up(t[k]))
        return 0;
    size_t j = k + 1;
    while (j < le && j - k < 24 && (is_alnum(t[j]) || t[j] >= 0x80))
        j++;
    return j + 1 < le && t[j] == ':' && t[j + 1] == ' ';
}

/* The value at v on the line ending at le after a label of class cls: every item emitted when
 * each is name-shaped and the value ends where a field ends. */
static int read_value(struct sc *s, size_t v, size_t le, int cls, int loose)
{
    const uint8_t *t = s->t;
    size_t ia[MAX_ITEMS], ie[MAX_ITEMS];
    int n = 0, lows = 0, weaks = 0, fulls = 0;
    size_t i = v;
    while (le > v && (t[le - 1] == ' ' || t[le - 1] == '\r'))
        le--;
    /* a party with a date in brackets after it ("Arrendatario/s: X Y (nacido el 17 JUN 1968)")
     * is a person */
    const uint8_t *br = cls == NW_L7_PARTY ? memchr(t + v, '(', le - v) : NULL;
    for (const uint8_t *q = br; q && q < t + le && *q != ')' && q - br < 40; q++)
        if (is_digit(*q)) {
            cls = NW_L7_PERSON;
            break;
        }
    size_t te = v; /* a title before the name ("Dr. Ana Lobo", "Mme Duval") */
    while (te < le && te - v < 7 && t[te] != ' ' && t[te] != '.')
        te++;
    if (te > v && te < le && FOLD_IN(s, v, te, titles)) {
        int letter = te - v == 1; /* "P." is an initial unless two names follow it */
        if (t[te] == '.')
            te++;
        if (te + 1 < le && t[te] == ' ' && nw_upper(t + te + 1, le - te - 1)) {
            const uint8_t *sp = letter ? memchr(t + te + 1, ' ', le - te - 1) : NULL;
            if (!letter ||
                (sp && (size_t)(sp - t) + 1 < le && nw_upper(sp + 1, le - (size_t)(sp - t) - 1)))
                i = te + 1;
        }
    }
    for (;;) {
        /* one item: words joined by single spaces, particles in lower case */
        size_t a = i, e = i;
        int nw = 0, full = 0, caps = 0, up = 0, low = 0, particles = 0, letters;
        while (i < le) {
            int wc, wu;
            size_t we = word_at(s, i, le, &letters, &wc, &wu);
            if (!we)
                break;
            if (nw >= 2 && we < le && t[we] == ':' && wu && we + 1 < le && t[we + 1] == ' ') {
                i = i - 1; /* kv8: "Kunde: A B Risiko: hoch", the next field's label */
                break;
            }
            if (!wu) {
                char pb[16];
                const char *f = nw_fold_span(s, i, we, pb, sizeof pb);
                if (nw_one_of(f, joins, sizeof joins / sizeof joins[0]) && nw) {
                    i--; /* "A and B": the space before the conjunction */
                    break;
                }
                if (!*f || !nw_particle(f) || we >= le || t[we] != ' ') {
                    /* a lower-case name in a list of capitalised ones ("A B + c d"), else a
                     * sentence */
                    if (letters < 3 || word_bad(s, i, we) || FOLD_IN(s, i, we, no_one))
                        return 0;
                    low++;
                }
            } else {
                if (letters >= 2) {
                    if (word_bad(s, i, we))
                        return 0;
                    full++;
                    caps += wc;
                    char pb[16]; /* "VON", "DE", "VAN DER" before a surname in capitals */
                    particles += wc && nw_particle(nw_fold_span(s, i, we, pb, sizeof pb));
                }
                up++;
            }
            nw++;
            e = we;
            if (we + 1 < le && t[we] == ' ' && (nw_letter(t + we + 1, le - we - 1)))
                i = we + 1;
            else {
                i = we;
                break;
            }
        }
        if (!nw || (!up && !low) || (up && low))
            return 0;
        /* "SURNAME, Given": a lone word in capitals and a comma before capitalised words */
        if (nw <= 3 && full == 1 + particles && caps == full && e - a >= 3 && i + 2 < le &&
            t[i] == ',' && t[i + 1] == ' ' && nw_upper(t + i + 2, le - i - 2) &&
            !next_label(s, i + 2, le)) {
            int l2, c2, u2;
            size_t g = word_at(s, i + 2, le, &l2, &c2, &u2);
            if (g && !c2 && l2 >= 2) {
                size_t ge = g;
                while (ge + 1 < le && t[ge] == ' ') {
                    size_t g2 = word_at(s, ge + 1, le, &l2, &c2, &u2);
                    if (!g2 || !u2 || c2)
                        break;
                    ge = g2;
                }
                for (size_t w = i + 2; w < ge;) { /* the given names are words of a name */
                    size_t we = w;
                    while (we < ge && t[we] != ' ')
                        we++;
                    if (we - w >= 2 && t[we - 1] != '.' && word_bad(s, w, we))
                        return 0;
                    w = we + 1;
                }
                e = i = ge;
                nw++;
                full++;
            }
        }
        if (nw == 1 && full == 1 && n == 0 &&
            (cls == NW_L7_PERSON || cls == NW_L7_PARTY || cls == NW_L7_FIELD)) {
            size_t se = nw_h11rec_surname_first(s, a, i, le); /* "Kavanagh, D." alone */
            if (se) {
                e = i = se;
                nw++;
                full++;
            }
        }
        if (nw == 1 && i + 2 < le && t[i] == '.' && t[i + 1] == ' ')
            return 0; /* "Dra. Nhaquees": a title's abbreviation */
        int ok = low ? nw <= 4 : item_ok(s, a, e, nw, full, cls, caps == full, loose);
        if (!ok)
            return 0;
        lows += low > 0;
        weaks += ok == 2;
        fulls += !low && nw >= 2;
        if (n == MAX_ITEMS)
            return 0;
        ia[n] = a;
        ie[n++] = e;
        i = skip_minute(s, i, le);
        if (i + 1 < le && t[i] == ' ' && t[i + 1] == '(' && n > 0) {
            const uint8_t *c = memchr(t + i, ')', le - i < 40 ? le - i : 40);
            if (c && (size_t)(c - t) + 1 < le && t[(size_t)(c - t) + 1] == ',')
                i = (size_t)(c - t) + 1; /* "A 12' (pen), B" */
        }
        /* a separator of a list, or the value's end */
        if (i >= le)
            break;
        size_t k = i;
        if ((t[k] == ',' || t[k] == ';') && k + 1 < le && t[k + 1] == ' ') {
            if (next_label(s, k + 2, le) || digit_item(s, k + 2, le) || apposition(s, k + 2, le))
                break; /* "CEO: A B, CFO: C D", "X Y, Favoritenstraße 82", "X Y, of Leeds" */
            k += 2;
        } else if (t[k] == ' ' && k + 2 < le &&
                   (t[k + 1] == '&' || t[k + 1] == '+' || t[k + 1] == '/') && t[k + 2] == ' ') {
            if (t[k + 1] == '/' &&
                nw_h11rec_slash_field(s, k + 3, le, nw,
                                      next_label(s, k + 3, le) || digit_item(s, k + 3, le)))
                break; /* "Guest: A B / Room 214", "Skipper: A B / Crew: C D": a field's end */
            k += 3;
        } else if (t[k] == ' ' && k + 1 < le && t[k + 1] >= 'a' && t[k + 1] <= 'z') {
            size_t j = k + 1;
            while (j < le && t[j] >= 'a' && t[j] <= 'z')
                j++;
            if (j < le && t[j] == ' ' && FOLD_IN(s, k + 1, j, joins))
                k = j + 1;
            else
                return 0;
        } else
            break;
        if (t[k - 2] == ',' && k + 4 < le) { /* ", and " */
            size_t j = k;
            while (j < le && t[j] >= 'a' && t[j] <= 'z')
                j++;
            if (j > k && j < le && t[j] == ' ' && FOLD_IN(s, k, j, joins))
                k = j + 1;
        }
        if (k >= le || !nw_letter(t + k, le - k))
            return 0;
        i = k;
    }
    /* the value ends where a field ends */
    if (i < le) {
        uint8_t c = t[i];
        int ok = c == '\r' || c == '\t' || c == '|' || c == ';' || c == ',' ||
                 (c == '.' && (i + 1 == le || t[i + 1] == ' ' || t[i + 1] == '\r')) ||
                 (c == ' ' && i + 1 < le &&
                  (t[i + 1] == ' ' || t[i + 1] == '(' || t[i + 1] == '-' || t[i + 1] == '|' ||
                   (t[i + 1] == '/' && i + 2 < le && t[i + 2] == ' ') || label_word(t, i + 1, le) ||
                   t[i + 1] == 0xE2 || t[i + 1] == 0xC2 || t[i + 1] == '['));
        if (!ok)
            return 0;
    }
    /* a lone unknown word or a lower-case name counts in a list beside a full name */
    if ((lows || weaks) && (n < 2 || !fulls || lows + weaks == n))
        return 0;
    /* a party's firm or authority by its legal form or its words ("Holm Bygg AB", "VERGİ
     * DAİRESİ": names_leaks45.c) */
    if (cls == NW_L7_PARTY && nw_leaks45_body(s, v, le))
        return 0;
    for (int k = 0; k < n; k++) { /* a form's template, not a value ("Name: Nachname, Vorname") */
        char fb[32];
        const char *f = nw_fold_span(s, ia[k], ie[k], fb, sizeof fb);
        if (*f && nw_labels7_class(f) == NW_L7_FIELD)
            return 0;
    }
    /* "Patient: Keller, Maria": two lone words, the first no given name, are one person written
     * surname first (a list of given names is "Anna, Jonas") */
    if (n == 2 && ia[1] == ie[0] + 2 && t[ie[0]] == ',' && is_up(t[ia[0]]) &&
        !memchr(t + ia[0], ' ', ie[0] - ia[0]) && !memchr(t + ia[1], ' ', ie[1] - ia[1]) &&
        !(nw_lexicon_in(t, s->len, ia[0], ie[0]) & ANON_NL_GIVEN) &&
        (cls == NW_L7_PERSON || cls == NW_L7_PARTY || cls == NW_L7_FIELD))
        return s->emit(s->arg, ANON_NAMES_PERSON, ia[0], ie[1]);
    for (int k = 0; k < n; k++) {
        int rc = s->emit(s->arg, ANON_NAMES_PERSON, ia[k], ie[k]);
        if (rc < 0)
            return rc;
    }
    return 0;
}

static size_t line_end7(const struct sc *s, size_t i)
{
    return nw_line_end_at(s, i); /* names_internal.h: the text's line table */
}

/* The class of the label that opens the line starting at ls, if a ':' and a space follow it. */
static int line_label(const struct sc *s, size_t ls)
{
    const uint8_t *t = s->t;
    size_t le = line_end7(s, ls);
    const uint8_t *c = memchr(t + ls, ':', le - ls < 40 ? le - ls : 40);
    size_t ce;
    if (!c) { /* "Sales – A B", "CFO - C D" in the same chart */
        c = memchr(t + ls, ' ', le - ls < 40 ? le - ls : 40);
        while (c && (size_t)(c - t) + 4 < le && (size_t)(c - t) < ls + 40) {
            size_t d = (size_t)(c - t) + 1;
            if ((t[d] == '-' && t[d + 1] == ' ') ||
                (t[d] == 0xE2 && t[d + 1] == 0x80 && t[d + 2] == 0x93 && t[d + 3] == ' '))
                break;
            c = memchr(t + d, ' ', le - d);
        }
        if (!c || (size_t)(c - t) + 4 >= le || (size_t)(c - t) >= ls + 40)
            return NW_L7_NONE;
        ce = (size_t)(c - t) + 1;
    } else {
        ce = (size_t)(c - t);
    }
    size_t lb = ce;
    if (ce + 1 >= le || (t[ce] == ':' && t[ce + 1] != ' '))
        return NW_L7_NONE;
    while (lb > ls && t[lb - 1] == ' ')
        lb--;
    int at_line = 0;
    size_t a;
    int cls = label_before(s, lb, &at_line, &a);
    return at_line && a <= ls + 8 ? cls : NW_L7_NONE;
}

/* A neighbouring line (above or below, blank lines not skipped) opens with a label of the
 * same kind: the block is a chart or a rota, not a status line. */
static int block_of(const struct sc *s, size_t ls, size_t le, int cls)
{
    if (ls >= 2) {
        size_t p = ls - 1, q = p;
        while (q > 0 && s->t[q - 1] != '\n')
            q--;
        int c = line_label(s, q);
        if (c == cls || (cls != NW_L7_DAY && c != NW_L7_NONE && c != NW_L7_DAY))
            return 1;
    }
    if (le + 1 < s->len) {
        int c = line_label(s, le + 1);
        if (c == cls || (cls != NW_L7_DAY && c != NW_L7_NONE && c != NW_L7_DAY))
            return 1;
    }
    return 0;
}

int nw_labels7_names(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_hits *colons = nw_hits_of(s, ':'); /* the passes before found them */
    for (size_t k = 0, c = nw_hit_at(colons, s, ':', 0, 0); c < s->len;
         c = nw_hit_at(colons, s, ':', ++k, c + 1)) {
        size_t v = c + 1;
        /* the cheap test: a letter or ')' before, a space and a capital after */
        if (c == 0 || v + 1 >= s->len || (t[v] != ' ' && t[v] != '\t'))
            continue;
        while (v < s->len && (t[v] == ' ' || t[v] == '\t') && v - c < 6)
            v++;
        if (v >= s->len || !(is_up(t[v]) || (t[v] >= 0xC3 && t[v] <= 0xC5)) ||
            !nw_upper(t + v, s->len - v))
            continue;
        size_t lb = c;
        while (lb > 0 && c - lb < 3 && t[lb - 1] == ' ')
            lb--;
        if (lb >= 2 && t[lb - 1] == 0xA0 && t[lb - 2] == 0xC2)
            lb -= 2; /* French "Nom :" with a no-break space */
        if (lb >= 2 && t[lb - 1] == '.' && is_up(t[lb - 2]))
            lb--; /* "NOME.:", "N4ME.:" on a scanned form: names_scan53.c */
        if (lb == 0 || !(is_alnum(t[lb - 1]) || t[lb - 1] >= 0x80 || t[lb - 1] == ')'))
            continue;
        int at_line = 0;
        size_t la;
        int cls = label_before(s, lb, &at_line, &la);
        if (!cls)
            continue;
        size_t le = line_end7(s, v);
        /* a label that holds a status as often counts only in a block of labelled lines;
         * there, and under kin in such a block, a lone unknown word may be a given name */
        int loose = 0;
        if (cls == NW_L7_ORG || cls == NW_L7_DAY || cls == NW_L7_KIN) {
            size_t ls = la;
            while (ls > 0 && t[ls - 1] != '\n')
                ls--;
            int block = at_line && la <= ls + 8 && block_of(s, ls, le, cls);
            if (!block && cls != NW_L7_KIN)
                continue;
            loose = block && cls != NW_L7_ORG;
        }
        /* the value stops where the next field starts: two spaces, a tab, a bar */
        size_t ve = v;
        while (ve < le && t[ve] != '\t' && t[ve] != '|' &&
               !(t[ve] == ' ' && ve + 1 < le && t[ve + 1] == ' '))
            ve++;
        int rc = read_value(s, v, ve, cls, loose);
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* names_kv8.c's deed parties: the value t[v .. le) read as a party's ("(1) NAME (the "Seller")").
 */
int nw_labels7_value(struct sc *s, size_t v, size_t le)
{
    return read_value(s, v, le, NW_L7_PARTY, 0);
}

/* names_scan54.c's labels without a colon: the class of the label t[a .. b) as label_before()
 * reads a bounded one (misread by a scanner too), and the value t[v .. le) read after it. */
int nw_labels7_label_class(const struct sc *s, size_t a, size_t b)
{
    int c = label_class(s, a, b);
    return c ? c : nw_scan53_misread_label(s, a, b);
}

int nw_labels7_value_as(struct sc *s, size_t v, size_t le, int cls)
{
    return read_value(s, v, le, cls, 0);
}
