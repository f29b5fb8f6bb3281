/* names_labels7_value.c: the value after a form's person label (names_labels7.c finds the
 * label): one name or a list of them ("A & B", "A, B and C", "SURNAME, Given"), with titles
 * before and degrees after, read item by item.
 *
 * The one thing to know: a value is taken only when every item of it is name-shaped and it ends
 * where a field ends (the line, a tab, a bar, two spaces, a bracket or a dash); a status, a
 * body's name or a word of the no-one list ("TBD", "closed", "Deutsche Bahn") names no one.
 */
#include "anonymize/names.h"
#include "anonymize/names_internal.h"
#include "anonymize/names_labels7_internal.h"

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
        } else if (n > 0 && nw_scanp58_ocr_digit(t, j, e)) {
            j++; /* "J0HN", "KR1SHNAMURTHY": a scanner's digit between capitals */
            n++;
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
int read_value(struct sc *s, size_t v, size_t le, int cls, int loose)
{
    const uint8_t *t = s->t;
    size_t ia[MAX_ITEMS], ie[MAX_ITEMS];
    int n = 0, lows = 0, weaks = 0, fulls = 0;
    size_t i = v;
    while (le > v && (t[le - 1] == ' ' || t[le - 1] == '\r'))
        le--;
    if ((cls == NW_L7_PERSON || cls == NW_L7_FIELD || cls == NW_L7_PARTY || cls == NW_L7_OLD) &&
        le < s->len && (t[le] == '\n' || t[le] == '\r')) {
        int rw = nw_scan60_wrapped(
            s, v, le, cls == NW_L7_FIELD); /* "NAME: ORMEROD,\nDESMOND": names_scan60.c */
        if (rw != 1)
            return rw;
    }
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
