/* names_caps8.c: names typed in capitals where a layout, not a cue word, says a person (issue 15,
 * branch caps8).
 *
 * Two shapes, both at a word in capitals (SH_CAPS) that names.c's earlier tests left alone:
 * - the administrative order: a surname in capitals, then the given name ("DUPONT Jean",
 *   "ROSSI, Maria", "HERRERA, LUCÍA"), as French, Belgian, Swiss, Italian and Spanish forms,
 *   court rolls and class lists write it;
 * - a full name in capitals that fills a line: after a label on its line ("Firmado: GIULIA
 *   COLOMBO"), after a list's bullet or number ("- NOAH SMITH"), or under a closing or a list's
 *   header ("Kind regards,\nCHLOE DOYLE");
 * - and, weakest, a full name in capitals inside a sentence ("à JEAN MARCHAND.").
 * Unknown names pass in a list whose neighbouring line holds a name the lexicon knows in the same
 * layout. Names in lower case are names_caps8_lower.c's.
 * Developer and business text is full of capitals ("HTTP GET", "AWS S3 BUCKET", "ERROR CODE",
 * headings, shouted sentences), so two signals are needed: the layout, tested first on the bytes
 * around the word, and the lexicon, which must know the given name as one (an ordinary word of any
 * language is none) and must not know the surname as an ordinary word. A text all in capitals says
 * nothing by its capitals: a lower-case letter must be near.
 */
#include <string.h>

#include "anonymize/names_internal.h"

/* A given name by the lexicon's flags: of the lists, and no ordinary English word unless well
 * attested ("Maria", "Grace", "Max" pass; the surname after must be no ordinary word, so "MAX
 * POWER", "GRACE PERIOD" do not). A word of another language passes ("Olivier", "Fleur",
 * "Pilar"): the layout is the cue here. */
static int given_flags(unsigned f)
{
    return (f & ANON_NL_GIVEN) && (!(f & ANON_NL_COMMON_EN) || (f & ANON_NL_ATTESTED));
}

/* Words that open a place's name and are given names too ("SAN SEBASTIÁN", "SANTA CLARA"). */
static const char *const place_first[] = {"san",   "santa", "santo", "são",    "saint", "sainte",
                                          "sankt", "st",    "porto", "puerto", "sao"};

/* An unknown word in capitals p[0 .. n) shaped like a surname: vowels as a word has them (an
 * acronym has few: "HTTP", "SQL") and a name's shape, loosely. */
static int caps_shaped(const uint8_t *p, size_t n)
{
    size_t v = 0;
    for (size_t i = 0; i < n; i++)
        v += p[i] == 'A' || p[i] == 'E' || p[i] == 'I' || p[i] == 'O' || p[i] == 'U' ||
             p[i] == 'Y' || p[i] >= 0x80;
    return n >= 4 && v * 4 >= n && v < n && nw_name_shape(p, n) >= -16; /* "CPU", "API" */
}

/* May the word w (in capitals, or capitalised) be a surname: no ordinary word of any language
 * unless the lexicon knows it as a name too (and then no plain English word), no label, no month;
 * an unknown word must have a surname's shape. */
static int surname_word(const struct sc *s, const struct word *w)
{
    char b[32];
    const char *f = nw_fold_span(s, w->s, w->e, b, sizeof b);
    if (!*f || w->e - w->s < 2 || nw_not_name(f) || nw_label(f) || nw_month(f))
        return 0;
    unsigned lx = nw_lexicon_in(s->t, s->len, w->s, w->e);
    if (lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON))
        return nw_lexname(lx) && !((lx & ANON_NL_COMMON_EN) && !(lx & ANON_NL_ATTESTED));
    return lx ? nw_lexname(lx) != 0 : caps_shaped(s->t + w->s, w->e - w->s);
}

static int given_word(const struct sc *s, const struct word *w)
{
    if (w->e - w->s < 3 || !given_flags(nw_lexicon_in(s->t, s->len, w->s, w->e)))
        return 0; /* the lexicon first here: one probe, no folding */
    char b[32];
    const char *f = nw_fold_span(s, w->s, w->e, b, sizeof b);
    return *f && !nw_not_name(f) && !nw_month(f) && !NW_ONE_OF(f, place_first);
}

/* Makes of cars and firms whose name is a surname or a given name, before a model that is a given
 * name ("RENAULT Zoe", "SEAT Leon", "ALFA ROMEO Giulia", "AMAZON Alexa"). */
static const char *const makes[] = {
    "renault", "seat",   "alfa",  "romeo",   "opel",    "fiat",    "mercedes", "lancia",
    "dacia",   "skoda",  "škoda", "citroën", "citroen", "peugeot", "toyota",   "nissan",
    "honda",   "mazda",  "ford",  "tesla",   "porsche", "kia",     "hyundai",  "cupra",
    "volvo",   "suzuki", "jeep",  "amazon",  "apple",   "google",  "samsung",  "nokia"};

/* Words of a label that say its value is a person's name: a name field, a signature, a party of
 * a form in the seven languages; matched inside the folded label ("vor- und nachname (in
 * druckbuchstaben)", "print name"). */
static const char *const person_stems[] = {
    "name",        "nom",         "naam",       "signed",       "signature", "unterschr",
    "firmado",     "firmato",     "assinado",   "assinatura",   "ondertek",  "handtekening",
    "signataire",  "signé",       "applicant",  "antragst",     "demandeur", "aanvrager",
    "solicitante", "richiedente", "requerente", "holder",       "nehmer",    "assuré",
    "titular",     "contraente",  "tomador",    "contact",      "ansprech",  "referente",
    "driver",      "fahrer",      "conducteur", "bestuurder",   "conductor", "conducente",
    "condutor",    "patient",     "client",     "kunde",        "klant",     "employee",
    "mitarbeiter", "student",     "schüler",    "élève",        "leerling",  "alumn",
    "aluno",       "passenger",   "passagier",  "passager",     "pasajero",  "passeggero",
    "passageiro",  "witness",     "zeuge",      "témoin",       "getuige",   "testigo",
    "testimone",   "testemunha",  "tenant",     "mieter",       "locataire", "huurder",
    "inquilino",   "owner",       "eigentümer", "propriétaire", "eigenaar",  "propietari",
    "proprietari", "spouse",      "partner",    "conjoint",     "cónyuge",   "coniuge",
    "cônjuge",     "father",      "mother",     "vater",        "mutter",    "père",
    "mère",        "vader",       "moeder",     "padre",        "madre",     "mãe"};
/* ... and words that say it names a thing, a firm or a place ("Company name", "Nome do hotel"). */
static const char *const thing_stems[] = {
    "compan",  "firmen", "entreprise", "société", "bedrijf", "empresa", "azienda", "unterneh",
    "hotel",   "street", "straße",     "strasse", "rue",     "city",    "ville",   "stadt",
    "product", "produ",  "project",    "projet",  "projekt", "team",    "club",    "band",
    "song",    "host",   "server",     "brand",   "marke",   "marque",  "merk",    "marca",
    "model",   "modèle", "ship",       "schiff",  "navire",  "station", "airport", "stadium",
    "venue",   "lieu",   "place",      "plaats",  "ciudad",  "città",   "cidade",  "calle",
    "straat",  "pays",   "country",    "school",  "schule",  "école",   "scuola",  "escuela",
    "escola",  "bank",   "banque",     "banco",   "dataset", "table",   "column",  "domain"};

static int contains_one(const char *f, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strstr(f, list[k]))
            return 1;
    return 0;
}

/* Does the label t[l .. p) (its colon at p - 1) say a person's name follows? */
static int person_label(const struct sc *s, size_t l, size_t p)
{
    char b[72];
    const char *f = nw_fold_span(s, l, p - 1, b, sizeof b);
    if (!*f)
        return 0;
    if (strcmp(f, "firma") == 0 || strcmp(f, "firm") == 0 ||
        contains_one(f, thing_stems, sizeof thing_stems / sizeof *thing_stems))
        return 0; /* "Firma" is a firm in German, a signature in Spanish and Italian */
    if (nw_label(f))
        return 1;
    int c = nw_labels7_class(f);
    if (c == NW_L7_PERSON || c == NW_L7_PARTY || c == NW_L7_KIN || c == NW_L7_FIELD)
        return 1;
    return contains_one(f, person_stems, sizeof person_stems / sizeof *person_stems);
}

static int line_end_byte(uint8_t c)
{
    return c == '\n' || c == '\r';
}

/* Does a name end an item at e: the end of the text or of its line, a cell's or an item's
 * separator, or a space before a parenthesis or a dash? */
static int item_end(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    if (e >= s->len || line_end_byte(t[e]) || t[e] == ';' || t[e] == '|' || t[e] == '\t')
        return 1;
    if (t[e] == ',' || t[e] == ')')
        return 1;
    if (t[e] == '.' && (e + 1 >= s->len || t[e + 1] == ' ' || line_end_byte(t[e + 1])))
        return 1;
    /* a score or a number after a colon, dot leaders ("ROSSI Francesca: 8", "DUPONT Claire :
     * 14,5", "BIANCHI Ornella ... 051 231") */
    size_t c = e + (t[e] == ' ');
    if (c + 2 < s->len && t[c] == ':' && t[c + 1] == ' ' && is_digit(t[c + 2]))
        return 1;
    if (t[e] == ' ' && e + 3 < s->len && t[e + 1] == '.' && t[e + 2] == '.' && t[e + 3] == '.')
        return 1;
    return t[e] == ' ' && e + 1 < s->len && (t[e + 1] == '(' || t[e + 1] == '-');
}

/* Is there a lower-case ASCII letter within 160 bytes before a or after e (the text is not all
 * in capitals)? */
static int lower_near(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    for (size_t i = a; i > 0 && a - i < 160; i--)
        if (t[i - 1] >= 'a' && t[i - 1] <= 'z')
            return 1;
    for (size_t i = e; i < s->len && i - e < 160; i++)
        if (t[i] >= 'a' && t[i] <= 'z')
            return 1;
    return 0;
}

static int sibling_known(const struct sc *s, size_t a, int admin);

/* ---- SURNAME Given ------------------------------------------------------------------------- */
/* A given name after the surname ends at e: "ROSSI, Maria", "DUPONT Jean Pierre". The given
 * name must be one of the lexicon's, or (after a comma, ending its item) an unknown word of a
 * name's shape when the surname is a lexicon name. Returns the end, or 0. */
/* Is the word right before a (one space between) in capitals ("NEW" before "YORK, Anna")? */
static int caps_before(const struct sc *s, size_t a)
{
    const uint8_t *t = s->t;
    if (a < 2 || t[a - 1] != ' ')
        return 0;
    int up = 0;
    for (size_t i = a - 1; i > 0 && a - i < 24; i--) {
        uint8_t c = t[i - 1];
        if (c >= 'a' && c <= 'z')
            return 0;
        if (!(is_up(c) || c >= 0x80 || c == '\'' || c == '-'))
            break;
        up |= is_up(c);
    }
    return up;
}

/* By the bytes alone: after the word in capitals ending at e and up to three more, a comma and
 * a capital, or a capitalised word in lower case ("GARCÍA LÓPEZ, M", "DUPONT Je")? */
static int admin_may(const uint8_t *t, size_t len, size_t e)
{
    for (int k = 0; k < 4 && e + 2 < len; k++) {
        if (t[e] == ',')
            return t[e + 1] == ' ' && (is_up(t[e + 2]) || t[e + 2] >= 0xC3);
        if (t[e] != ' ' || !(is_up(t[e + 1]) || t[e + 1] >= 0xC3))
            return 0;
        size_t i = e + 1;
        while (i < len && (is_up(t[i]) || t[i] >= 0x80 || t[i] == '\'' || t[i] == '-'))
            i++;
        if (i < len && t[i] >= 'a' && t[i] <= 'z')
            return 1; /* "Jean" */
        e = i;
    }
    return 0;
}

static size_t admin_order(const struct sc *s, const struct word *w0, int depth)
{
    const uint8_t *t = s->t;
    if (!admin_may(t, s->len, w0->e) || caps_before(s, w0->s))
        return 0;       /* the run was judged at its first word: "SAN FRANCISCO, Maria" */
    struct word run[4]; /* "VAN DER BERG, Jan", "GARCÍA LÓPEZ, Marta": the surname's words */
    size_t nr = 1, e = w0->e;
    run[0] = *w0;
    while (nr < 4 && e + 1 < s->len && t[e] == ' ' && nw_upper(t + e + 1, s->len - e - 1)) {
        nw_parse_word(s, e + 1, &run[nr]);
        if (run[nr].shape != SH_CAPS)
            break;
        e = run[nr++].e;
    }
    if (e - w0->s < 3 || e + 3 >= s->len)
        return 0;
    int comma = t[e] == ',';
    size_t g = e + 1 + comma;
    if ((comma && t[e + 1] != ' ') || (!comma && t[e] != ' ') || !nw_upper(t + g, s->len - g))
        return 0; /* the cheap test: a word after a comma or a space */
    struct word gw;
    nw_parse_word(s, g, &gw);
    if (gw.shape != SH_NAME && !(comma && gw.shape == SH_CAPS))
        return 0; /* "DUPONT Jean", "ROSSI, Maria", "ROSSI, MARIA"; never "HTTP GET" */
    char mb[16];
    size_t ps;
    for (size_t k = 0; k < nr; k++) { /* particles before the last word, surnames otherwise */
        const char *pf = nw_fold_span(s, run[k].s, run[k].e, mb, sizeof mb);
        if (!(k + 1 < nr && nw_particle(pf)) && !surname_word(s, &run[k]))
            return 0;
    }
    if (NW_ONE_OF(nw_fold_span(s, w0->s, w0->e, mb, sizeof mb), makes) ||
        NW_ONE_OF(mb, place_first) || NW_ONE_OF(nw_prev_word(s, w0->s, &ps, mb, sizeof mb), makes))
        return 0; /* "RENAULT Zoe", "ALFA ROMEO Giulia": a make and its model */
    /* a given name that is also an English word ("Maria", "Lines") after a surname the
     * people-names list knows only: "(JSON Lines, ...)" */
    int known =
        given_word(s, &gw) && (!(nw_lexicon_in(t, s->len, gw.s, gw.e) & ANON_NL_COMMON_EN) ||
                               (nw_lexicon_in(t, s->len, run[nr - 1].s, e) & ANON_NL_NAME));
    if (!known) {
        /* an unknown given name ends its item, after a surname the lexicon knows or in a list
         * whose next or last line holds a name the lexicon knows in the same order */
        unsigned lx = nw_lexicon_in(t, s->len, run[nr - 1].s, run[nr - 1].e);
        if (!item_end(s, gw.e) || nw_lexicon_in(t, s->len, gw.s, gw.e) ||
            (lx & ANON_NL_COMMON_EN) || nw_name_shape(t + gw.s, gw.e - gw.s) < 0)
            return 0;
        if (!(comma && nw_lexname(lx)) && !(depth && sibling_known(s, w0->s, 1)))
            return 0;
    }
    size_t end = gw.e;
    int conj = comma && known && nw_caps61_and(t, s->len, end); /* "KAYA, AYSE AND ..." */
    if (!conj && end + 1 < s->len && t[end] == ' ' && nw_upper(t + end + 1, s->len - end - 1)) {
        struct word g2; /* "DUPONT Jean Pierre": a second given name */
        nw_parse_word(s, end + 1, &g2);
        unsigned f2 = nw_lexicon_in(t, s->len, g2.s, g2.e);
        if (g2.shape != gw.shape || !(f2 & ANON_NL_GIVEN) || !(f2 & ANON_NL_ATTESTED))
            return 0; /* "Leonor Maria": a second given name, well attested */
        end = g2.e;
    }
    if (!item_end(s, end) && !conj &&
        !(t[end] == ' ' && end + 1 < s->len && t[end + 1] >= 'a' && t[end + 1] <= 'z'))
        return 0; /* "KELLER Leonie wird vertagt": prose may go on in lower case */
    char b[64];
    if ((nw_cats(nw_fold_span(s, gw.s, gw.e, b, sizeof b)) & C_PLACE) ||
        (nw_cats(nw_fold_span(s, run[nr - 1].s, e, b, sizeof b)) & C_PLACE) ||
        nw_country_after(s, e))
        return 0; /* "ROMA, Italia", "PARIS, Texas": a town and its country or region */
    const char *f = nw_fold_span(s, w0->s, end, b, sizeof b);
    if (nw_brand(f, 2) || nw_forms5_firm(s, w0->s, end))
        return 0;
    /* a text all in capitals (a scanned or faxed form) keeps the comma pair of a surname and a
     * given name the lexicon knows, ending its item ("YILMAZ, MEHMET AND", branch caps61) */
    if (!lower_near(s, w0->s, end) && !(comma && known && item_end(s, end)) && !conj)
        return 0;
    return end;
}

/* ---- GIVEN SURNAME filling a line ---------------------------------------------------------- */
/* What opens the line before a (the run's start): 1 a label with its colon ("Firmado: "), 2 a
 * list's bullet or number ("- ", "3. ", "2\t"), 3 nothing; 0 anything else. *ls gets the line's
 * start. */
static int line_lead(const struct sc *s, size_t a, size_t *ls)
{
    const uint8_t *t = s->t;
    size_t p = a;
    while (p > 0 && (t[p - 1] == ' ' || t[p - 1] == '\t'))
        p--;
    size_t l = p;
    while (l > 0 && !line_end_byte(t[l - 1]) && p - l < 80)
        l--;
    if (l > 0 && !line_end_byte(t[l - 1]))
        return 0;
    *ls = l;
    if (p == l)
        return 3;
    if (t[p - 1] == ':') {
        size_t i = l;
        while (i < p && !(t[i] >= 'a' && t[i] <= 'z'))
            i++; /* the label in ordinary case: the text is no block of capitals */
        return i < p && person_label(s, l, p) ? 1 : 0;
    }
    size_t q = p;
    if (t[q - 1] == '-' || t[q - 1] == '*')
        q--;
    else if (q >= 3 && t[q - 3] == 0xE2 && t[q - 2] == 0x80 && t[q - 1] == 0xA2)
        q -= 3; /* "•" */
    else {
        if (t[q - 1] == '.' || t[q - 1] == ')')
            q--;
        size_t d = q;
        while (q > l && is_digit(t[q - 1]) && d - q < 3)
            q--;
        if (q == d)
            return 0;
    }
    while (q > l && (t[q - 1] == ' ' || t[q - 1] == '\t'))
        q--;
    return q == l ? 2 : 0;
}

/* Does the nearest line above ls that is not empty close a message ("Kind regards,") or open a
 * list (ends with ':')? */
static int line_above_opens(const struct sc *s, size_t ls)
{
    const uint8_t *t = s->t;
    size_t e = ls;
    for (int blank = 0; blank < 2; blank++) {
        while (e > 0 && (line_end_byte(t[e - 1]) || t[e - 1] == ' '))
            e--;
        if (e == 0)
            return 0;
        size_t b = e;
        while (b > 0 && !line_end_byte(t[b - 1]) && e - b < 80)
            b--;
        if (e - b >= 80)
            return 0;
        if (t[e - 1] == ':' || t[e - 1] == ',')
            return 1;
        size_t we = b;
        while (we < e && (is_alnum(t[we]) || t[we] >= 0x80))
            we++;
        char buf[32];
        const char *f = nw_fold_span(s, b, we, buf, sizeof buf);
        if (*f && nw_closing_line(s, b, f))
            return 1;
        /* a line in capitals above ("OLIVIA WHITAKER" above "HARRY TURNER"): the list's */
        return 0;
    }
    return 0;
}

static size_t caps_line(const struct sc *s, const struct word *w0, int depth)
{
    const uint8_t *t = s->t;
    if (w0->e + 1 >= s->len || t[w0->e] != ' ' || !nw_upper(t + w0->e + 1, s->len - w0->e - 1))
        return 0; /* one word alone */
    size_t ls, hs;
    int lead = line_lead(s, w0->s, &ls);
    if (!lead) { /* "DR. ANNA BERGMANN": an honorific between the lead and the name */
        char hb[16];
        const char *h = nw_prev_word(s, w0->s, &hs, hb, sizeof hb);
        size_t hl = strlen(h);
        if (hl > 1 && h[hl - 1] == '.')
            hb[hl - 1] = '\0';
        if (hs < w0->s && nw_honorific(hb) && is_up(t[hs]))
            lead = line_lead(s, hs, &ls);
    }
    if (!lead || (lead == 3 && !line_above_opens(s, ls)))
        return 0;
    struct word w = *w0;
    size_t n = 1, end = w0->e;
    while (n < 4 && end + 1 < s->len && t[end] == ' ' && nw_upper(t + end + 1, s->len - end - 1)) {
        nw_parse_word(s, end + 1, &w);
        if (w.shape != SH_CAPS)
            return 0;
        end = w.e;
        n++;
    }
    if (!item_end(s, end) || (end < s->len && t[end] == '.'))
        return 0;
    if (!given_word(s, w0) && !(depth && lead != 1 && !nw_lexicon_in(t, s->len, w0->s, w0->e) &&
                                surname_word(s, w0) && sibling_known(s, w0->s, 0)))
        return 0; /* the lexicon last: "HTTP GET", "NEW YORK", "HUMAN RESOURCES" leave here; an
                   * unknown given name only in a list with a known one */
    char b[64];
    for (size_t k = w0->e + 1; k < end;) { /* "JAN VAN DIJK": particles before the last word */
        nw_parse_word(s, k, &w);
        if (!(w.e < end && nw_particle(nw_fold_span(s, w.s, w.e, b, sizeof b))) &&
            !surname_word(s, &w))
            return 0;
        k = w.e + 1;
    }
    if (NW_ONE_OF(nw_fold_span(s, w0->s, w0->e, b, sizeof b), makes))
        return 0; /* "RENAULT CLIO", "SEAT LEON": a make and its model */
    const char *f = nw_fold_span(s, w0->s, end, b, sizeof b);
    if (!*f || nw_brand(f, n) || nw_city_name(f) || nw_forms5_firm(s, w0->s, end) ||
        !lower_near(s, w0->s, end))
        return 0;
    return end;
}

/* ---- GIVEN SURNAME inside a sentence ------------------------------------------------------- */
/* "Merci de transmettre la facture à JEAN MARCHAND." : two or three words in capitals between a
 * lower-case word and a lower-case word or a sentence's punctuation; the first a given name of
 * the lexicon, the others no ordinary words. Its end, or 0. */
static size_t caps_prose(const struct sc *s, const struct word *w0)
{
    const uint8_t *t = s->t;
    size_t a = w0->s;
    int opens = a == 0 || t[a - 1] == '\n'; /* "DAVIDE MANCINI ha già firmato?" */
    if (!opens &&
        (a < 2 || t[a - 1] != ' ' || !((t[a - 2] >= 'a' && t[a - 2] <= 'z') || t[a - 2] >= 0x80)))
        return 0; /* after a lower-case word, or opening a line that goes on in lower case */
    struct word w;
    size_t n = 1, end = w0->e;
    while (n < 3 && end + 1 < s->len && t[end] == ' ' && nw_upper(t + end + 1, s->len - end - 1)) {
        nw_parse_word(s, end + 1, &w);
        if (w.shape != SH_CAPS)
            return 0;
        end = w.e;
        n++;
    }
    if (opens && !(end + 1 < s->len && t[end] == ' ' && t[end + 1] >= 'a' && t[end + 1] <= 'z'))
        return 0;
    if (n < 2 || !(end >= s->len || strchr(".,;!?)", t[end]) ||
                   (t[end] == ' ' && end + 1 < s->len && t[end + 1] >= 'a' && t[end + 1] <= 'z')))
        return 0;
    if (end < s->len && t[end] == '.' && end + 1 < s->len && is_alnum(t[end + 1]))
        return 0; /* "FOO BAR.baz" */
    if (!given_word(s, w0) ||
        !(nw_lexicon_in(t, s->len, w0->s, w0->e) & (ANON_NL_ATTESTED | ANON_NL_NAME)))
        return 0; /* in a sentence, a well-attested given name: "JSON" is one of faker's only */
    for (size_t k = w0->e + 1; k < end;) {
        nw_parse_word(s, k, &w);
        if (!surname_word(s, &w))
            return 0;
        k = w.e + 1;
    }
    char b[64];
    if (NW_ONE_OF(nw_fold_span(s, a, w0->e, b, sizeof b), makes))
        return 0;
    const char *f = nw_fold_span(s, a, end, b, sizeof b);
    if (!*f || nw_brand(f, n) || nw_city_name(f) || nw_forms5_firm(s, a, end))
        return 0;
    return end;
}

/* The first word in capitals of the line t[b .. e), after a bullet or a number: 1 and *w. */
static int line_first_caps(const struct sc *s, size_t b, size_t e, struct word *w)
{
    const uint8_t *t = s->t;
    size_t i = b;
    while (i < e && (t[i] == ' ' || t[i] == '\t' || t[i] == '-' || t[i] == '*' || is_digit(t[i]) ||
                     t[i] == '.' || t[i] == ')'))
        i++;
    if (i + 2 < e && t[i] == 0xE2 && t[i + 1] == 0x80 && t[i + 2] == 0xA2)
        for (i += 3; i < e && t[i] == ' '; i++)
            ;
    if (i >= e || !nw_upper(t + i, s->len - i))
        return 0;
    nw_parse_word(s, i, w);
    return w->shape == SH_CAPS && w->e <= e;
}

/* Does one of the three lines above or below the one holding a (no blank line between) hold a
 * name in the same layout that the lexicon knows: "SURNAME Given" (admin) or "GIVEN SURNAME"? */
static int sibling_known(const struct sc *s, size_t a, int admin)
{
    const uint8_t *t = s->t;
    size_t b = a, e = a;
    while (b > 0 && t[b - 1] != '\n')
        b--;
    while (e < s->len && t[e] != '\n')
        e++;
    size_t up = b, down = e;
    for (int k = 0; k < 3 && up > 0; k++) { /* the lines above */
        size_t le = up - 1, lb = le;
        while (lb > 0 && t[lb - 1] != '\n' && le - lb < 120)
            lb--;
        if (lb == le || le - lb >= 120 || (lb > 0 && t[lb - 1] != '\n'))
            break;
        struct word w;
        if (line_first_caps(s, lb, le, &w) && (admin ? admin_order(s, &w, 0) : caps_line(s, &w, 0)))
            return 1;
        up = lb;
    }
    for (int k = 0; k < 3 && down < s->len; k++) { /* and below */
        size_t lb = down + 1, le = lb;
        while (le < s->len && t[le] != '\n' && le - lb < 120)
            le++;
        if (lb == le || le - lb >= 120)
            break;
        struct word w;
        if (line_first_caps(s, lb, le, &w) && (admin ? admin_order(s, &w, 0) : caps_line(s, &w, 0)))
            return 1;
        down = le;
    }
    return 0;
}

static __attribute__((noinline)) size_t caps8_shapes(const struct sc *s, const struct word *w)
{
    size_t e = admin_order(s, w, 1);
    if (!e)
        e = caps_line(s, w, 1);
    return e ? e : caps_prose(s, w);
}

size_t nw_caps8_caps(const struct sc *s, const struct word *w)
{
    /* Every shape needs a word after this one: a space and a capital (admin_may(), caps_line()'s
     * first test, caps_prose()'s second word: nw_upper() is false unless the byte is A-Z or at
     * least 0xC3), or admin_may()'s comma. Most capitalised words of ordinary text ("HTTP/1.1",
     * "JSON.", "OK ") have neither: one compare or two, not the three shapes' walks. */
    const uint8_t *t = s->t;
    size_t x = w->e;
    if (x + 1 >= s->len || !(t[x] == ',' || (t[x] == ' ' && ((t[x + 1] >= 'A' && t[x + 1] <= 'Z') ||
                                                             t[x + 1] >= 0xC3))))
        return 0; /* with no frame: the shapes' walks are in caps8_shapes() */
    return caps8_shapes(s, w);
}
