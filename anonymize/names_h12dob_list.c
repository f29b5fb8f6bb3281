/* names_h12dob_list.c: a date of birth set right after a person in a list of people that a label
 * names as people who come with the subject (branch h12dob, from names_holdout12's misses):
 * "Mitziehende Personen:\n- Omar Haddad, 24.10.1982", "Sibling already registered: Callum
 * Widney (02/10/2019)", "Accompanying guests: Nilsen Karacin (26.03.1958), Gulsen (19.08.2022)".
 * A reader knows the dates are births because the list holds relatives, companions or
 * co-insured persons and each date is glued to one of them, alone in its bracket or after a
 * comma, ending the item.
 * The one thing to know: the label must name such a group (a word of group_stems, in seven
 * languages) or title a person's record ("Patient file – Name (date)"); a signature or an edit
 * ("Approved by Maria Keller, 12.03.2026") names none, and a date of this year or last year is
 * never taken (appointments and visits listed the same way are mostly recent; a child born
 * since is left to other rules).
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* Stems of words that name relatives, companions and co-insured persons, lower case (ASCII
 * letters folded); a stem ending in ' ' must end its word there. */
static const char *const group_stems[] = {
    /* en */
    "sibling", "brother", "sister", "child", "kids ", "son ", "sons ", "daughter", "companion",
    "accompan", "guests", "passengers", "travellers", "travelers", "co-insured", "coinsured",
    "insured persons", "dependant", "dependent", "family", "household", "spouse", "persons ",
    "people ", "residents", "occupants",
    /* de */
    "geschwister", "bruder", "br\303\274der", "schwester", "kind ", "kinder", "sohn",
    "s\303\266hne", "tochter", "t\303\266chter", "begleit", "mitreis", "reisende", "passagiere",
    "mitversichert", "angeh\303\266rig", "familie", "ehepartner", "personen", "mitzieh",
    "mitbewohner", "haushalt",
    /* fr */
    "fr\303\250re", "frere", "s\305\223ur", "soeur", "enfant", "fils ", "fille", "accompagn",
    "voyageurs", "passagers", "conjoint", "famille", "personnes", "coassur",
    /* nl */
    "broer", "zus ", "zussen", "kinderen", "zoon", "dochter", "medereiz", "reizigers", "passagiers",
    "gezin", "huisgeno", "meeverzeker",
    /* es */
    "herman", "hijo", "hija", "acompa", "pasajeros", "viajeros", "c\303\263nyuge", "conyuge",
    "familia", "personas", "asegurados",
    /* it */
    "fratell", "sorell", "figli", "accompagnator", "passeggeri", "viaggiatori", "coniuge",
    "familiar", "persone ", "convivent", "assicurati",
    /* pt */
    "irm\303\243", "irma", "filho", "filha", "acompanhant", "passageiros", "viajantes",
    "c\303\264njuge", "fam\303\255lia", "agregado", "pessoas", "seguradas",
    /* branch dob44: spouses and children of household, benefit and consular forms, and the
       kin of the neighbouring languages (pl, sv, da, no, fi, cs, hu, tr, ro, el transliterated) */
    "partner", "wife", "husband", "ehegatte", "ehefrau", "ehemann", "\303\251poux", "\303\251pouse",
    "echtgeno", "esposo", "esposa", "marito", "moglie", "marido", "dziecko", "dzieci",
    "ma\305\202\305\274on", "barn ", "make ", "maka ", "hustru", "\303\246gtef\303\246lle",
    "ektefelle", "lapsi", "puoliso", "d\303\255t\304\233", "d\304\233ti", "man\305\276el",
    "gyermek", "h\303\241zast\303\241rs", "\303\247ocuk", "\303\207ocuk", "\303\206gtef\303\246lle",
    "e\305\237 ", "copil", "so\310\233", "so\305\243", "paidi", "syzygos"};

/* Words that make a label name its dates as something else ("Children enrolled this term, with
 * their start dates:"). */
static const char *const date_stems[] = {"date",  "datum",  "daten",  "fecha",  "data ",
                                         "datas", "termin", "rendez", "afspra", "cita "};

/* Does t[a .. b) hold a word (at its start) of stems? */
static int stem_in(const uint8_t *t, size_t a, size_t b, const char *const *stems, size_t ns)
{
    for (size_t i = a; i < b; i++) {
        if (i > a && (is_alnum(t[i - 1]) || t[i - 1] >= 0x80))
            continue;
        for (size_t k = 0; k < ns; k++) {
            const char *w = stems[k];
            size_t n = strlen(w), q = 0;
            int whole = w[n - 1] == ' ';
            n -= whole;
            if (i + n > b || (t[i] < 0x80 ? t[i] | 32 : t[i]) != (uint8_t)w[0])
                continue;
            while (q < n && (t[i + q] < 0x80 ? t[i + q] | 32 : t[i + q]) == (uint8_t)w[q])
                q++;
            if (q == n && (!whole || i + n == b || !(is_alnum(t[i + n]) || t[i + n] >= 0x80)))
                return 1;
        }
    }
    return 0;
}

/* Stems of the titles of a person's record ("Patient file", "Krankenakte", "Cartella
 * clinica"): the person named in the title with a date alone in a bracket is its subject and the
 * date the subject's birth. */
static const char *const record_stems[] = {
    "chart",     "file ",     "record ",       "dossier",    "akte",    "kartei", "cartella",
    "fascicolo", "scheda",    "sch\303\251ma", "schema",     "kaart",   "ficha",  "fiche",
    "historia",  "historial", "prontu",        "expediente", "processo"};

/* Is t[a .. b) the title of a person's record: no digit, at most 48 bytes, a record's word? */
static int record_title(const struct sc *s, size_t a, size_t b)
{
    if (b <= a || b - a > 48)
        return 0;
    for (size_t i = a; i < b; i++)
        if (is_digit(s->t[i]))
            return 0;
    if (stem_in(s->t, a, b, record_stems, sizeof record_stems / sizeof record_stems[0]))
        return 1;
    static const char *const tails[] = {"akte", "kartei", "dossier", "kaart"};
    for (size_t k = 0; k < sizeof tails / sizeof tails[0]; k++) { /* "Krankenakte", "Tandkaart" */
        size_t n = strlen(tails[k]);
        for (size_t i = a + 1; i + n <= b; i++)
            if ((s->t[i] | 32) == (uint8_t)tails[k][0] && (i + n == b || !is_alnum(s->t[i + n]))) {
                size_t q = 1;
                while (q < n && (s->t[i + q] | 32) == (uint8_t)tails[k][q])
                    q++;
                if (q == n)
                    return 1;
            }
    }
    return 0;
}

/* Does the label t[a .. b) name a group of people, and no other date than a birth? */
static int group_label(const struct sc *s, size_t a, size_t b)
{
    if (!stem_in(s->t, a, b, group_stems, sizeof group_stems / sizeof group_stems[0]))
        return 0;
    if (!stem_in(s->t, a, b, date_stems, sizeof date_stems / sizeof date_stems[0]))
        return 1;
    for (size_t i = a; i < b; i++)
        if ((i == a || !is_alnum(s->t[i - 1])) && nw_birth_word_at(s, i, b))
            return 1;
    return 0;
}

/* Lower-case words that may stand inside a person's name ("Abu Zeid", "van der Meulen"). */
static int particle(const uint8_t *t, size_t a, size_t b)
{
    static const char *const p[] = {"de",  "van", "der", "den", "da",  "di", "del", "la",
                                    "le",  "von", "ben", "bin", "abu", "al", "el",  "dos",
                                    "das", "du",  "y",   "e",   "ter", "zu"};
    for (size_t k = 0; k < sizeof p / sizeof p[0]; k++)
        if (strlen(p[k]) == b - a && memcmp(t + a, p[k], b - a) == 0)
            return 1;
    return 0;
}

/* The start of a person's name of one to five words ending at b (capitalised words, particles
 * between them), or SIZE_MAX. */
static size_t name_start(const struct sc *s, size_t ls, size_t b)
{
    const uint8_t *t = s->t;
    size_t a = b, start = SIZE_MAX;
    for (int w = 0; w < 5 && a > ls; w++) {
        size_t we = a, ws = a;
        while (ws > ls &&
               (is_alnum(t[ws - 1]) || t[ws - 1] >= 0x80 || t[ws - 1] == '-' || t[ws - 1] == '\''))
            ws--;
        if (ws == we || we - ws > 32)
            break;
        for (size_t k = ws; k < we; k++)
            if (is_digit(t[k]))
                return SIZE_MAX;
        if (nw_upper(t + ws, s->len - ws))
            start = ws;
        else if (!particle(t, ws, we) || start == SIZE_MAX)
            break;
        if (ws == ls || t[ws - 1] != ' ')
            break;
        a = ws - 1;
    }
    return start;
}

/* Past a bullet at a ("- ", "* ", "• ", "1. ", "2) "), spaces before it passed over. */
static size_t bullet_end(const uint8_t *t, size_t a, size_t b)
{
    while (a < b && t[a] == ' ')
        a++;
    if (a + 2 <= b && (t[a] == '-' || t[a] == '*') && t[a + 1] == ' ')
        return a + 2;
    if (a + 4 <= b && t[a] == 0xE2 && t[a + 1] == 0x80 && t[a + 2] == 0xA2 && t[a + 3] == ' ')
        return a + 4;
    size_t k = a;
    while (k < b && k - a < 3 && is_digit(t[k]))
        k++;
    if (k > a && k + 1 < b && (t[k] == '.' || t[k] == ')') && t[k + 1] == ' ')
        return k + 2;
    return SIZE_MAX;
}

/* The item of a bulleted list at line ls: the label line above its list (items passed over,
 * up to 12 lines) ends with ':' and names a group. */
static int list_under_group(const struct sc *s, size_t ls)
{
    const uint8_t *t = s->t;
    for (int k = 0; k < 12 && ls > 0; k++) {
        size_t e = ls - 1, b = nw_line_start(s, e);
        if (e - b > 240)
            return 0;
        size_t z = e;
        while (z > b && (t[z - 1] == ' ' || t[z - 1] == '\r'))
            z--;
        if (z == b)
            return 0;
        if (bullet_end(t, b, z) == SIZE_MAX)
            return t[z - 1] == ':' && group_label(s, b, z);
        ls = b;
    }
    return 0;
}

int nw_h12dob_list(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    size_t ne, after;
    if (ds < 3 || e >= s->len + 1)
        return 0;
    if (t[ds - 1] == '(' && t[ds - 2] == ' ' && e < s->len && t[e] == ')')
        ne = ds - 2, after = e + 1; /* "Name (date)" */
    else if (t[ds - 1] == ' ' && t[ds - 2] == ',')
        ne = ds - 2, after = e; /* "Name, date" */
    else
        return 0;
    while (after < s->len && t[after] == ' ')
        after++;
    if (after + 4 < s->len && t[after] == '(' && is_digit(t[after + 1])) {
        size_t c = after + 1; /* an age after the date: "2015-02-10 (10 år)", "(16 let)" */
        while (c < s->len && c - after < 16 && t[c] != ')' && t[c] != '\n')
            c++;
        if (c < s->len && t[c] == ')')
            after = c + 1;
    }
    if (!(after >= s->len || t[after] == '\n' || t[after] == '\r' ||
          ((t[after] == ',' || t[after] == ';') && after + 2 < s->len && t[after + 1] == ' ' &&
           nw_upper(t + after + 2, s->len - after - 2))))
        return 0; /* the date ends its item: the line, or the next "Name (date)" */
    unsigned y = nw_year4(t, ds, e);
    int yy = !y && e - ds <= 8; /* "16.07.14": a two-digit year, only under a kin label below */
    if (!yy && (y < 1900 || y + 1 >= nw_dob10_this_year()))
        return 0;
    size_t ls = nw_line_start(s, ds);
    if (ds - ls > 400)
        return 0;
    size_t ns = name_start(s, ls, ne);
    if (ns == SIZE_MAX)
        return 0;
    size_t p = ns;
    while (p > ls && t[p - 1] == ' ')
        p--;
    if (bullet_end(t, ls, ns) == ns)
        return !yy && list_under_group(s, ls); /* "- Omar Haddad, 24.10.1982" under its label */
    if (p > ls + 1 && t[p - 1] == ',' && t[p - 2] != ')') {
        size_t ns2 = name_start(s, ls, p - 1); /* "Barn: Berg, Oskar, 2015-02-10" */
        if (ns2 != SIZE_MAX)
            for (p = ns2; p > ls && t[p - 1] == ' ';)
                p--;
    }
    if (p == ls)
        return 0; /* a line with no bullet: "Freigegeben von Ulrike Weber, 13.08.2025" */
    if (t[p - 1] == ',' && p >= 2 && t[p - 2] == ')') {
        /* "..., Guillermo (11.01.2016)": an earlier item of the same line's list */
        const uint8_t *c = memchr(t + ls, ':', p - ls);
        return c && group_label(s, ls, (size_t)(c - t));
    }
    if (t[p - 1] == ':' && group_label(s, ls, p - 1))
        return 1; /* "Geschwisterkind: Name (date)" */
    if (yy)
        return 0;
    /* "Patient file – Name (date)", "Krankenakte: Name (date)": a record's title */
    if (t[ds - 1] != '(' || ns - p < 1)
        return 0;
    size_t q = p;
    if (t[q - 1] == ':')
        q--;
    else if (q >= ls + 1 && t[q - 1] == '-')
        q--;
    else if (q >= ls + 3 && t[q - 3] == 0xE2 && t[q - 2] == 0x80 &&
             (t[q - 1] == 0x93 || t[q - 1] == 0x94))
        q -= 3;
    else
        return 0;
    while (q > ls && t[q - 1] == ' ')
        q--;
    return record_title(s, ls, q);
}
