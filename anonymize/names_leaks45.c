/* names_leaks45.c: people that stop 44 still left in structured records and forms.
 *
 * - XML elements whose name says whose name part they hold (`<reportergivename>`,
 *   `<senderfamilyname>`, `<ownerLastName>`, `<ContactPersonName>`, `<nomTitulaire>`) and E2B's
 *   `<patientbirthdate>`: nw_leaks45_xml_kind() classes the element's local name for
 *   names_tables2.c's XML reader, which knows only the bare field names (`<lastName>`);
 * - SEPA's `<Nm>` under a debtor or creditor (`<Dbtr>`, `<UltmtDbtr>`, `<Cdtr>`, `<UltmtCdtr>`,
 *   `<Pty>` between): nw_leaks45_sepa_name() says whether the value is a person; a creditor is
 *   most often a firm, so there a given name the lexicon knows is asked for, and a legal form, a
 *   trade or an institution's word turns any party down;
 * - the labels of payment slips and leases in pl, sv, da, no, cs, tr, ro (`Avsändare:`,
 *   `Płatnik:`, `Příjemce:`, `Majitel:`, `Kiracı:`): nw_leaks45_party_labels, read by
 *   names_labels7.c as parties,
 *   and nw_leaks45_body() turns down a party's firm or authority by its legal form or words;
 * - nw_leaks45_decree(), asked at a word in capitals: a French naturalisation decree's line
 *   `SURNAME (Given, Given), né(e) le ...` (also `SURNAME épouse SURNAME (Given)`);
 * - nw_leaks45_kin(): kin nouns of da/no/sv/cs/pl/tr/ro that name the relative after them
 *   (`Sønnen X`, `Syn X`), for names.c's lead words and names_docs.c's contexts;
 * - nw_leaks45_toml(): TOML authors in lower case (`[[authors]]` tables, `authors = [...]`);
 * - nw_leaks45_emit(), at the head of the emit chain: a finding made only of a form's name-part
 *   labels (`Nachname, Vorname`) is dropped.
 *
 * The one thing to know: each reader runs where its shape has already been found by a pass the
 * scan makes anyway (a closing tag, a label's ':', a word in capitals), so text without these
 * shapes pays nothing. Nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>
#include <strings.h>

/* Is t[a .. e) the list word l (ASCII letters in either case, other bytes exactly)? */
static int same_word(const uint8_t *t, size_t a, size_t e, const char *l)
{
    size_t n = strlen(l);
    return n == e - a && strncasecmp((const char *)t + a, l, n) == 0;
}

/* ---- XML elements that name a person's name part ------------------------------------------ */

/* the part a name's element ends with (E2B writes "givename") */
static const char *const part_end[] = {
    "givenname",  "givename", "familyname", "firstname", "lastname",   "surname", "forename",
    "middlename", "vorname",  "nachname",   "voornaam",  "achternaam", NULL};
/* whose whole name an element "<who>name" holds, and "nom"/"naam"/"nombre"/"nome" + who */
static const char *const who[] = {
    "patient",     "contact",       "contactperson", "employee",   "signatory",
    "tenant",      "owner",         "driver",        "applicant",  "witness",
    "reporter",    "customer",      "client",        "member",     "student",
    "holder",      "accountholder", "debtor",        "insured",    "guardian",
    "parent",      "child",         "donor",         "subscriber", "ansprechpartner",
    "mieter",      "antragsteller", "titulaire",     "locataire",  "demandeur",
    "aanvrager",   "huurder",       "solicitante",   "titular",    "inquilino",
    "richiedente", "intestatario",  "inquilino",     NULL};
static const char *const name_lead[] = {"nom", "naam", "nombre", "nome", NULL};

static int in_list(const char *f, const char *const *list)
{
    for (; *list; list++)
        if ((*list)[0] == f[0] && strcmp(f, *list) == 0)
            return 1;
    return 0;
}

int nw_leaks45_xml_kind(const uint8_t *t, size_t a, size_t b)
{
    char f[48];
    size_t n = 0;
    /* "name" or "date" ends every element read here: a screen on the last byte first */
    if (b - a < 7 || b - a > 40 || (t[b - 1] | 32) != 'e')
        return 0;
    for (size_t i = a; i < b; i++) {
        uint8_t c = t[i];
        if (c == '_' || c == '-' || c == '.')
            continue;
        if (c >= 0x80 || !is_alnum(c) || is_digit(c))
            return 0;
        f[n++] = (char)(c | 32);
    }
    f[n] = '\0';
    if (n > 9 && strcmp(f + n - 9, "birthdate") == 0)
        return 3; /* "patientbirthdate", "driverBirthDate" */
    for (const char *const *p = part_end; *p; p++) {
        size_t m = strlen(*p);
        if (n > m && strcmp(f + n - m, *p) == 0)
            return 1;
    }
    if (n > 4 && strcmp(f + n - 4, "name") == 0) {
        f[n - 4] = '\0';
        int r = in_list(f, who);
        f[n - 4] = 'n';
        if (r)
            return 2;
    }
    for (const char *const *p = name_lead; *p; p++) {
        size_t m = strlen(*p);
        if (n > m + 3 && strncmp(f, *p, m) == 0 && in_list(f + m, who))
            return 2;
    }
    return 0;
}

/* ---- SEPA <Nm> under a party ----------------------------------------------------------------- */

/* The name of the element whose opening tag ends right before o (white space between): its
 * start in *ns, its end returned; 0 when none. */
static size_t tag_before(const uint8_t *t, size_t o, size_t *ns)
{
    size_t k = o;
    while (k > 0 && o - k < 64 &&
           (t[k - 1] == ' ' || t[k - 1] == '\n' || t[k - 1] == '\r' || t[k - 1] == '\t'))
        k--;
    if (k < 3 || t[k - 1] != '>')
        return 0;
    size_t e = k - 1, a = e;
    while (a > 0 && e - a < 24 && t[a - 1] != '<')
        a--;
    if (a == 0 || t[a - 1] != '<' || a == e || t[a] == '/')
        return 0;
    size_t ne = a;
    while (ne < e && t[ne] != ' ')
        ne++;
    size_t c = ne; /* "ns:Dbtr": the local name */
    while (c > a && t[c - 1] != ':')
        c--;
    *ns = c;
    return ne;
}

/* Words of firms and bodies that no person's name is made of, beside the legal forms. */
static const char *const firm_word[] = {
    "stadtwerke", "hausverwaltung", "versicherung", "versicherungs-ag",
    "fitness",    "fitnessstudio",  "syndic",       "mutuelle",
    "vereniging", "woonstichting",  "stichting",    "gimnasio",
    "comunidad",  "condominio",     "palestra",     "energie",
    "energia",    "immobilier",     "immobilien",   "verein",
    "club",       "sport",          "assurance",    "assurances",
    "banque",     "bank",           "sparkasse",    "volksbank",
    "clientes",   "propietarios",   "plenitude",    "générale",
    "general",    "services",       "service",      "gemeente",
    "stadt",      "ville",          "ayuntamiento", "comune",
    NULL};

static int firm_words(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    for (size_t i = a; i < b;) {
        size_t e = i;
        while (e < b && t[e] != ' ' && t[e] != ',')
            e++;
        if (e > i) {
            char buf[32];
            const char *f = nw_fold_span(s, i, e, buf, sizeof buf);
            if (nw_legal_form(t + i, e - i) || (*f && in_list(f, firm_word)))
                return 1;
        }
        i = e + 1;
    }
    return nw_body_word(s, a, b) || nw_prose44_thing(t, s->len, a, b);
}

/* Does t[a .. b), a word of letters, the lexicon know as a given name? */
static int given_word(const struct sc *s, size_t a, size_t b)
{
    return (nw_lexicon_in(s->t, s->len, a, b) & ANON_NL_GIVEN) != 0;
}

int nw_leaks45_sepa_name(const struct sc *s, size_t o, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    size_t ns, ne = tag_before(t, o, &ns);
    if (!ne)
        return 0;
    if (same_word(t, ns, ne, "Pty")) { /* camt's "<Dbtr><Pty><Nm>" */
        size_t po = ns;
        while (po > 0 && t[po - 1] != '<')
            po--;
        if (po == 0 || !(ne = tag_before(t, po - 1, &ns)))
            return 0;
    }
    int debtor = same_word(t, ns, ne, "Dbtr") || same_word(t, ns, ne, "UltmtDbtr");
    if (!debtor && !same_word(t, ns, ne, "Cdtr") && !same_word(t, ns, ne, "UltmtCdtr"))
        return 0;
    if (b - a < 4 || b - a > 70 || firm_words(s, a, b))
        return 0;
    /* two to four words of letters (a comma after the first: "Weber, Anna"), each capitalised
     * or in capitals; a creditor needs a given name the lexicon knows */
    size_t words = 0, given = 0;
    for (size_t i = a; i < b;) {
        size_t e = i, up = nw_upper(t + i, b - i);
        if (!up && !(words && i + 2 < b && nw_forms5_particle_at(s, i)))
            return 0;
        while (e < b) {
            size_t l = nw_letter(t + e, b - e);
            if (l)
                e += l;
            else if (e > i && e + 1 < b && (t[e] == '-' || t[e] == '\'') &&
                     nw_letter(t + e + 1, b - e - 1))
                e++;
            else
                break;
        }
        if (e - i < 2)
            return 0;
        given += up && given_word(s, i, e);
        words++;
        if (e < b && t[e] == ',' && words == 1)
            e++;
        if (e < b && t[e] != ' ')
            return 0;
        while (e < b && t[e] == ' ')
            e++;
        i = e;
    }
    return words >= 2 && words <= 4 && (debtor || given);
}

/* ---- labels of payment slips and leases --------------------------------------------------- */

const char *const nw_leaks45_party_labels[] = {
    /* sv: sender, payer, payee, account holder; owner, tenant, landlord */
    "avsändare", "betalare", "mottagare", "betalningsmottagare", "kontoinnehavare", "ägare",
    "hyresgäst", "hyresvärd",
    /* da, no */
    "afsender", "betaler", "modtager", "kontohaver", "ejer", "lejer", "udlejer", "avsender",
    "mottaker", "kontoeier", "eier", "leietaker", "utleier",
    /* pl */
    "nadawca", "zleceniodawca", "płatnik", "odbiorca", "posiadacz rachunku", "właściciel",
    "najemca", "wynajmujący",
    /* cs */
    "plátce", "příjemce", "odesílatel", "majitel účtu", "příkazce", "majitel", "jednatel",
    "nájemce", "pronajímatel",
    /* tr */
    "gönderen", "alıcı", "ödeyen", "hesap sahibi", "gönderici", "sahibi", "kiracı", "ev sahibi",
    "mal sahibi",
    /* ro */
    "plătitor", "beneficiar", "ordonator", "expeditor", "titular cont", "proprietar", "chiriaș",
    "chiriaş"};
const size_t nw_leaks45_party_n =
    sizeof nw_leaks45_party_labels / sizeof nw_leaks45_party_labels[0];

/* ---- a French naturalisation decree's line ------------------------------------------------- */

/* The end of a run of words in capitals from i (one to three, single spaces, inner '-' and '\''),
 * or i. */
static size_t caps_run(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    size_t end = i;
    for (int k = 0; k < 3 && i < s->len; k++) {
        size_t e = i, letters = 0;
        while (e < s->len) {
            size_t u = nw_upper(t + e, s->len - e);
            if (u) {
                e += u;
                letters++;
            } else if (e > i && e + 1 < s->len && (t[e] == '-' || t[e] == '\'') &&
                       nw_upper(t + e + 1, s->len - e - 1)) {
                e++;
            } else {
                break;
            }
        }
        if (letters < 2 || (e < s->len && nw_letter(t + e, s->len - e)))
            break;
        end = e;
        if (e + 1 >= s->len || t[e] != ' ' || !nw_upper(t + e + 1, s->len - e - 1) ||
            (e + 2 < s->len && t[e + 1] == '('))
            break;
        i = e + 1;
    }
    return end;
}

/* The end of "(Given, Given)" from i (its '(' at i): capitalised words, ", " between; or 0. */
static size_t given_brackets(const struct sc *s, size_t i, size_t *ge)
{
    const uint8_t *t = s->t;
    size_t p = i + 1;
    *ge = 0;
    for (int k = 0; k < 4; k++) {
        size_t u = p < s->len ? nw_upper(t + p, s->len - p) : 0;
        if (!u)
            return 0;
        size_t e = p + u;
        while (e < s->len) {
            size_t l = nw_letter(t + e, s->len - e);
            if (l && !(l == 1 && is_up(t[e])))
                e += l;
            else if (e + 1 < s->len && (t[e] == '-' || t[e] == '\'' || t[e] == ' ') &&
                     nw_letter(t + e + 1, s->len - e - 1))
                e++; /* "Thi Lan", "Jean-Pierre" */
            else
                break;
        }
        if (e - p < 2 || e >= s->len)
            return 0;
        *ge = e;
        if (t[e] == ')')
            return e + 1;
        if (t[e] != ',' || e + 2 >= s->len || t[e + 1] != ' ')
            return 0;
        p = e + 2;
    }
    return 0;
}

int nw_leaks45_decree(struct sc *s, const struct word *w, size_t *next)
{
    const uint8_t *t = s->t;
    size_t e = w->e, len = s->len;
    /* the screen: a '(' or a second word in capitals right after the word */
    if (e + 3 >= len || t[e] != ' ' ||
        (t[e + 1] != '(' && !nw_upper(t + e + 1, len - e - 1) &&
         !(t[e + 1] == 0xC3 || t[e + 1] == 'v' || t[e + 1] == 'd')))
        return 1;
    size_t se = caps_run(s, w->s), s2 = 0, s2e = 0;
    if (se == w->s || se + 3 >= len || t[se] != ' ')
        return 1;
    size_t p = se + 1;
    static const char *const spouse[] = {"épouse ", "époux ", "veuve ", "divorcée ",
                                         "dite ",   "dit ",   NULL};
    for (const char *const *sp = spouse; *sp; sp++) {
        size_t n = strlen(*sp);
        if (p + n < len && memcmp(t + p, *sp, n) == 0 && nw_upper(t + p + n, len - p - n)) {
            s2 = p + n;
            s2e = caps_run(s, s2);
            if (s2e == s2 || s2e + 2 >= len || t[s2e] != ' ')
                return 1;
            p = s2e + 1;
            break;
        }
    }
    size_t ge, pe;
    if (t[p] != '(' || !(pe = given_brackets(s, p, &ge)))
        return 1;
    /* the birth that makes it a person: "), né le", "), née le", "), né(e) le" */
    static const char *const born[] = {", né le ", ", née le ", ", né(e) le ",
                                       ", né ",    ", née ",    NULL};
    int ok = 0;
    for (const char *const *b = born; *b && !ok; b++) {
        size_t n = strlen(*b);
        ok = pe + n < len && memcmp(t + pe, *b, n) == 0;
    }
    if (!ok)
        return 1;
    *next = pe;
    int rc = s->emit(s->arg, ANON_NAMES_PERSON, w->s, se);
    if (rc >= 0 && s2)
        rc = s->emit(s->arg, ANON_NAMES_PERSON, s2, s2e);
    if (rc >= 0)
        rc = s->emit(s->arg, ANON_NAMES_PERSON, p + 1, ge);
    return rc < 0 ? rc : 0;
}

/* ---- kin nouns that name the relative they come before -------------------------------------- */

/* Nouns of kin that stand right before the relative's name without a possessive: the Nordic
 * definite forms ("Sønnen X", "Dottern X"), and the bare nouns of cs, pl, tr, ro ("Syn X",
 * "Córka X", "Oğlu X", "Fiul X"), folded. */
static const char *const kin[] = {
    /* da, no */
    "sønnen", "datteren", "hustruen", "enken", "barnebarnet", "broderen", "søsteren", "broren",
    "kona", "faren", "moren",
    /* sv */
    "sonen", "dottern", "hustrun", "änkan", "barnbarnet", "brodern", "systern", "maken",
    /* cs, pl */
    "syn", "dcera", "manželka", "manžel", "vnuk", "vnučka", "bratr", "sestra", "córka", "żona",
    "mąż", "wnuk", "wnuczka", "brat", "siostra",
    /* tr, ro */
    "oğlu", "kızı", "torunu", "kardeşi", "fiul", "fiica", "soția", "soţia", "soțul", "nepotul",
    "nepoata", "fratele", NULL};

void nw_leaks45_kin_words(void (*add)(const char *w, void *arg), void *arg)
{
    for (size_t k = 0; kin[k]; k++)
        add(kin[k], arg);
}

int nw_leaks45_kin(const char *f)
{
    /* their lengths, 3 .. 11 bytes, and then their first byte's bucket (nw_one_of_ix()) */
    if (!f[0] || !f[1] || !f[2] ||
        (f[3] && (f[4] && f[5] && f[6] && f[7] && f[8] && f[9] && f[10] && f[11])))
        return 0;
    return nw_one_of(f, kin, sizeof kin / sizeof kin[0] - 1);
}

/* ---- firms and authorities after a party's label --------------------------------------------- */

/* Legal forms of the Nordic, Polish, Czech, Turkish and Romanian firms, and words of tax offices
 * and utilities, folded; a party's value with one of them, or followed by one on its line, is a
 * body ("Holm Bygg AB", "Jensen Ejendomme ApS", "Yılmaz İnşaat A.Ş.", "VERGİ DAİRESİ"). */
static const char *const body[] = {
    "ab", "aps", "as", "asa", "a/s", "a.s.", "a.ş.", "s.a.", "sa", "srl", "s.r.l.", "s.r.o.",
    "spółka", "oy", "oyj", "hb", "kb", "şti.", "ltd.", "gmbh", "ag", "bv", "b.v.", "nv", "sas",
    "sarl", "skatteverket", "skattestyrelsen", "skatteetaten", "försäkringskassan", "anaf", "urząd",
    "úřad", "dairesi", "daire", "müdürlüğü", "telekom", "telenor", "telia", "orange", "enel",
    "digi", "čez", "bygg", "byg", "ejendomme", "eiendom", "fastigheter", "nieruchomości", "inşaat",
    "emlak", "imobiliare", "construct", "stavby",
    /* sk, hu, pl, ro, cs, tr authorities and utilities */
    "zakład", "ubezpieczeń", "úrad", "daňový", "administrația", "finanțelor", "vámhivatal", "zrt.",
    "zrt", "kft.", "kft", "telekomünikasyon", "vodovody", "energetika", "sporiteľňa", "obrót",
    NULL};

int nw_leaks45_body(const struct sc *s, size_t a, size_t le)
{
    const uint8_t *t = s->t;
    size_t lim = le - a > 80 ? a + 80 : le;
    for (size_t i = a; i < lim;) {
        size_t e = i;
        while (e < lim && t[e] != ' ' && t[e] != ',' && t[e] != '|' && t[e] != '\t')
            e++;
        if (e > i && e - i < 24) {
            char buf[32];
            /* "AB", "A.Ş.": capitals are folded as the text's letters allow */
            size_t n = nw_fold((const char *)t + i, e - i, buf, sizeof buf - 1);
            if (n) {
                buf[n] = '\0';
                nw_leaks46_fold_wide(buf); /* "URZĄD", "ZAKŁAD", "Ş" as "ş" */
                if (nw_legal_form(t + i, e - i) || in_list(buf, body))
                    return 1;
            }
        }
        i = e + 1;
    }
    return 0;
}

/* ---- the chain's link: a form's template ---------------------------------------------------- */

int nw_leaks45_emit(void *arg, int kind, size_t a, size_t e)
{
    struct nw_link *p = arg;
    const uint8_t *t = p->t;
    /* a template's words are name-part labels ("Nachname, Vorname", "Surname, Given name"):
     * every word of the finding is read; a screen on its length and first byte first */
    if (kind == ANON_NAMES_PERSON && e - a >= 3 && e - a <= 40 && t[a] >= 'A' &&
        (memchr(t + a, ',', e - a) || !memchr(t + a, ' ', e - a))) {
        /* one word, or words with a comma: a first byte of the labels' first */
        static const char first[] = "NnVvPpSsGgFfLlAaCcEeIiJjYyTt";
        int all = memchr(first, t[a], sizeof first - 1) != NULL;
        for (size_t i = a; i < e && all;) {
            size_t w = i;
            while (w < e && t[w] != ',')
                w++;
            size_t we = w;
            while (we > i && t[we - 1] == ' ')
                we--;
            char f[40];
            size_t n = we > i && we - i < sizeof f
                           ? nw_fold((const char *)t + i, we - i, f, sizeof f - 1)
                           : 0;
            if (n)
                f[n] = '\0';
            all = n && nw_labels7_class(f) == NW_L7_FIELD;
            i = w + 1;
            while (i < e && t[i] == ' ')
                i++;
        }
        if (all)
            return 0;
    }
    return p->emit(p->arg, kind, a, e);
}

/* ---- TOML authors in lower case ---------------------------------------------------------------
 */

/* Is t[a .. b) a name typed in lower case: two to four words of lower-case letters, single spaces,
 * none an ordinary word that is no name ("the toolkit developers", "core team")? */
static int lower_name(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    size_t words = 0;
    for (size_t i = a; i < b;) {
        size_t e = i, l;
        while (e < b && (l = nw_letter(t + e, b - e)) != 0 && !nw_upper(t + e, b - e))
            e += l;
        if (e - i < 2 || (e < b && t[e] != ' '))
            return 0;
        char f[32];
        const char *w = nw_fold_span(s, i, e, f, sizeof f);
        unsigned lx = nw_lexicon_in(t, s->len, i, e);
        if (!nw_particle(w) && !nw_lexname(lx) && (lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)))
            return 0;
        words++;
        i = e + 1;
    }
    return words >= 2 && words <= 4;
}

/* Does the TOML table whose entries hold p (its header the last line opening with "[[" before
 * p, no other header between) list people? */
static int people_table(const uint8_t *t, size_t p)
{
    static const char *const tables[] = {"[[authors]]",
                                         "[[maintainers]]",
                                         "[[contributors]]",
                                         "[[project.authors]]",
                                         "[[project.maintainers]]",
                                         "[[package.authors]]",
                                         NULL};
    size_t ls = p;
    for (int lines = 0; lines < 8 && ls > 0; lines++) {
        const uint8_t *nl = ls > 1 ? memrchr(t, '\n', ls - 1) : NULL;
        size_t h = nl ? (size_t)(nl - t) + 1 : 0;
        if (t[h] == '[') {
            for (const char *const *tb = tables; *tb; tb++)
                if (memcmp(t + h, *tb, strlen(*tb)) == 0)
                    return 1;
            return 0;
        }
        if (h == 0)
            return 0;
        ls = h;
    }
    return 0;
}

size_t nw_leaks45_toml(const struct sc *s, size_t ke, size_t a, size_t sp[][2], size_t max)
{
    const uint8_t *t = s->t;
    size_t n = 0;
    if (t[a] == '"') { /* `name = "anna weber"` under `[[authors]]` */
        if (ke < 4 || memcmp(t + ke - 4, "name", 4) != 0 || (ke > 4 && t[ke - 5] != '\n'))
            return 0;
        const uint8_t *q = memchr(t + a + 1, '"', s->len - a - 1);
        if (!q || (size_t)(q - t) - a > 64 || !people_table(t, ke - 4))
            return 0;
        if (lower_name(s, a + 1, (size_t)(q - t))) {
            sp[0][0] = a + 1;
            sp[0][1] = (size_t)(q - t);
            n = 1;
        }
        return n;
    }
    /* `authors = ["anna weber <a@x.org>", "jonas keller"]` */
    static const char *const keys[] = {"authors", "maintainers", "contributors", NULL};
    int key = 0;
    for (const char *const *k = keys; *k && !key; k++) {
        size_t m = strlen(*k);
        key = ke >= m && memcmp(t + ke - m, *k, m) == 0 && (ke == m || t[ke - m - 1] == '\n');
    }
    if (!key)
        return 0;
    for (size_t i = a + 1; i < s->len && n < max;) {
        while (i < s->len && (t[i] == ' ' || t[i] == ',' || t[i] == '\n'))
            i++;
        if (i >= s->len || t[i] != '"')
            break;
        const uint8_t *q = memchr(t + i + 1, '"', s->len - i - 1);
        if (!q || (size_t)(q - t) - i > 128)
            break;
        size_t b = (size_t)(q - t), ne = b;
        const uint8_t *lt = memchr(t + i + 1, '<', b - i - 1); /* " <a@x.org>" */
        if (lt)
            ne = (size_t)(lt - t);
        while (ne > i + 1 && t[ne - 1] == ' ')
            ne--;
        if (lower_name(s, i + 1, ne)) {
            sp[n][0] = i + 1;
            sp[n][1] = ne;
            n++;
        }
        i = b + 1;
    }
    return n;
}
