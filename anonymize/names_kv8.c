/* names_kv8.c: the parties of deeds and contracts, named on their own line before a bracket that
 * defines them as a term: `(1) NAME SURNAME (the "Seller");`, `2. Ana Lobo, of Leith (hereinafter
 * the "Buyer")`, `JOÃO SERRA (doravante "Vendedor")`, `M. Paul Roux (ci-après « le Vendeur »)`,
 * `Sara Conti (di seguito "il Locatore")`, in en/de/fr/nl/es/it/pt.
 *
 * The one thing to know: the bracket is the signal, so the pass visits each '(' (memchr) and
 * leaves at once unless lower-case words (a definer: "the", "hereinafter", "nachfolgend",
 * "ci-après", "en adelante", "doravante", "hierna") and then a quote and a capital follow it; the
 * value is then read by names_labels7.c as a party's (a firm needs no given name to be refused:
 * "(1) NORTHWIND TRADING LIMITED (the "Company")" names no one).
 */
#include "anonymize/names.h"
#include "anonymize/names_internal.h"

#include <string.h>

/* Definers that say "called from now on" without a quote ("(hereinafter the Seller)"). */
static const char *const definers[] = {"hereinafter", "hereafter", "nachfolgend",
                                       "ci-après",    "adelante",  "seguito",
                                       "doravante",   "hierna",    "infra"};

/* Words that may come between the bracket and the quote of a defined term ("the", "referred to
 * as", "ci-après dénommé", "en lo sucesivo el", "di seguito denominato il"): anything else ("(see
 * "Notes")") is no definition. */
static const char *const glue[] = {
    "the",      "referred",   "to",         "as",        "called",
    "together", "jointly",    "each",       "a",         "an",
    "der",      "die",        "das",        "im",        "folgenden",
    "genannt",  "bezeichnet", "le",         "la",        "les",
    "l'",       "dénommé",    "dénommée",   "dénommés",  "désigné",
    "désignée", "el",         "los",        "las",       "lo",
    "sucesivo", "denominado", "denominada", "il",        "gli",
    "i",        "denominato", "denominata", "detto",     "detta",
    "o",        "os",         "designado",  "designada", "abreviadamente",
    "de",       "het",        "te",         "noemen",    "genoemd",
    "en",       "di",         "in",         "sotto"};

/* A quote that opens a defined term at p: its length, or 0. */
static size_t open_quote(const uint8_t *p, size_t avail)
{
    if (avail >= 1 && (p[0] == '"' || p[0] == '\''))
        return 1;
    if (avail >= 2 && p[0] == 0xC2 && p[1] == 0xAB) /* « */
        return 2;
    if (avail >= 3 && p[0] == 0xE2 && p[1] == 0x80 &&
        (p[2] == 0x9C || p[2] == 0x9E || p[2] == 0x98 || p[2] == 0x9D)) /* “ „ ‘ ” */
        return 3;
    return 0;
}

/* Does a defined term follow the '(' at o: lower-case words (or none), then a quote and a
 * capital, or a definer and a capital, before 48 bytes? */
static int defines_term(const struct sc *s, size_t o)
{
    const uint8_t *t = s->t;
    size_t i = o + 1, end = s->len - i < 48 ? s->len : i + 48, w0 = i;
    int definer = 0;
    while (i < end) {
        size_t q = open_quote(t + i, end - i);
        if (q) {
            i += q;
            while (i < end && t[i] == ' ')
                i++;
            /* « le Vendeur », "il Locatore": an article inside the quotes */
            size_t a = i;
            while (a < end && a - i < 4 && t[a] >= 'a' && t[a] <= 'z')
                a++;
            if (a < end && a > i && (t[a] == ' ' || t[a] == '\''))
                i = a + 1;
            return i < end && nw_upper(t + i, end - i) != 0;
        }
        if (nw_upper(t + i, end - i))
            return definer;
        if (t[i] == ' ' || t[i] == ',' || t[i] == ':') {
            if (i > w0) {
                char buf[24];
                const char *f = nw_fold_span(s, w0, i, buf, sizeof buf);
                if (*f && nw_one_of(f, definers, sizeof definers / sizeof definers[0]))
                    definer = 1;
                else if (!*f || !nw_one_of(f, glue, sizeof glue / sizeof glue[0]))
                    return 0;
            }
            i++;
            w0 = i;
            continue;
        }
        if (!((t[i] >= 'a' && t[i] <= 'z') || t[i] >= 0x80 || t[i] == '-' || t[i] == '\''))
            return 0;
        i++;
    }
    return 0;
}

/* A party's numbering at the start of its line ("(1) ", "1. ", "2) ", "(a) ", "b) "): where the
 * name starts after it, or i. */
static size_t skip_party_number(const uint8_t *t, size_t i, size_t e)
{
    size_t k = i;
    if (k < e && t[k] == '(')
        k++;
    size_t d = k;
    while (k < e && k - d < 2 && t[k] >= '0' && t[k] <= '9')
        k++;
    if (k == d && k < e && t[k] >= 'a' && t[k] <= 'h')
        k++;
    if (k == d || k >= e || (t[k] != ')' && t[k] != '.'))
        return i;
    k++;
    if (k >= e || t[k] != ' ')
        return i;
    while (k < e && t[k] == ' ')
        k++;
    return k;
}

int nw_kv8_parties(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_hits *h = nw_hits_of(s, '('); /* names_forms6.c's brackets found them */
    for (size_t j = 0, o = nw_hit_at(h, s, '(', 0, 0); o < s->len;
         o = nw_hit_at(h, s, '(', ++j, o + 1)) {
        /* the cheap test: a space and a letter before the bracket, a letter or quote after */
        if (o < 4 || o + 3 >= s->len || t[o - 1] != ' ' ||
            !(is_alnum(t[o - 2]) || t[o - 2] >= 0x80) ||
            !((t[o + 1] >= 'a' && t[o + 1] <= 'z') || t[o + 1] >= 0xC2 || t[o + 1] == '"' ||
              t[o + 1] == '\''))
            continue;
        if (!defines_term(s, o))
            continue;
        size_t ls = o;
        while (ls > 0 && t[ls - 1] != '\n' && o - ls < 160)
            ls--;
        if (ls > 0 && t[ls - 1] != '\n')
            continue;
        while (ls < o && (t[ls] == ' ' || t[ls] == '\t' || t[ls] == '-' || t[ls] == '*'))
            ls++;
        size_t v = skip_party_number(t, ls, o);
        if (v >= o || !nw_upper(t + v, o - v))
            continue;
        /* the name ends at the first comma: what follows is an address or a birth ("of Leith",
         * "demeurant à Angers", "wonende te Zwolle") */
        const uint8_t *c = memchr(t + v, ',', o - v);
        int rc = nw_labels7_value(s, v, c ? (size_t)(c - t) : o);
        if (rc < 0)
            return rc;
    }
    return 0;
}

const char *const nw_kv8_note_preps[NW_KV8_NOTE_PREPS] = {
    "with", "mit", "avec", "met", "con", "com", "from", "von", "van", "de", "da", "by"};

/* The contacts of a case note, before their preposition. */
static const char *const contacts[] = {"call",
                                       "called",
                                       "phoned",
                                       "spoke",
                                       "spoken",
                                       "talked",
                                       "met",
                                       "meeting",
                                       "visit",
                                       "email",
                                       "e-mail",
                                       "mail",
                                       "letter",
                                       "interview",
                                       "explained",
                                       "telefonat",
                                       "termin",
                                       "gespräch",
                                       "besuch",
                                       "anruf",
                                       "rücksprache",
                                       "appel",
                                       "entretien",
                                       "rendez-vous",
                                       "courriel",
                                       "visite",
                                       "gesprek",
                                       "belafspraak",
                                       "afspraak",
                                       "bezoek",
                                       "telefoongesprek",
                                       "llamada",
                                       "reunión",
                                       "entrevista",
                                       "correo",
                                       "visita",
                                       "telefonata",
                                       "incontro",
                                       "colloquio",
                                       "chamada",
                                       "reunião",
                                       "conversa",
                                       "contacto",
                                       "contatto"};

int nw_kv8_note(const struct sc *s, size_t start, const char *pw, const char *pw2)
{
    if (!nw_one_of(pw, nw_kv8_note_preps, NW_KV8_NOTE_PREPS) ||
        !nw_one_of(pw2, contacts, sizeof contacts / sizeof contacts[0]))
        return 0;
    /* the line opens with a date's digit or a dash or bullet, within 48 bytes of the run */
    const uint8_t *t = s->t;
    size_t ls = start;
    while (ls > 0 && t[ls - 1] != '\n' && start - ls < 48)
        ls--;
    if (ls > 0 && t[ls - 1] != '\n')
        return 0;
    while (ls < start && (t[ls] == ' ' || t[ls] == '\t'))
        ls++;
    return is_digit(t[ls]) || t[ls] == '-' || t[ls] == '*' ||
           (t[ls] == 0xE2 && ls + 2 < start && t[ls + 1] == 0x80 &&
            (t[ls + 2] == 0x93 || t[ls + 2] == 0x94 || t[ls + 2] == 0xA2)); /* – — • */
}

/* The verbs of a case note after the person it is about. */
static const char *const note_verbs[] = {
    "confirmed", "confirms", "verified",  "declined",  "refused",   "provided",   "provides",
    "submitted", "signed",   "sent",      "explained", "agreed",    "attended",   "requested",
    "stated",    "called",   "emailed",   "uploaded",  "bestätigt", "bestätigte", "legt",
    "lehnt",     "reicht",   "erklärt",   "ruft",      "confirme",  "a",          "refuse",
    "transmet",  "fournit",  "bevestigt", "levert",    "weigert",   "belt",       "confirma",
    "aporta",    "presenta", "rechaza",   "conferma",  "ha",        "fornisce",   "rifiuta",
    "confirmou", "entregou", "recusou",   "enviou",    "forneceu"};

int nw_kv8_note_lead(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    /* the cheap test (a date's digit or a dash or bullet before the run's space), then the
     * line's start within 16 bytes */
    if (!nw_kv8_note_maybe(t, start) || !memchr(t + start, ' ', end - start))
        return 0; /* a full name: "- Apple a annoncé" is no note about a person */
    size_t ls = start - 1;
    while (ls > 0 && start - ls < 16 && t[ls - 1] != '\n')
        ls--;
    if (ls > 0 && t[ls - 1] != '\n')
        return 0;
    for (size_t k = ls; k + 1 < start; k++) {
        uint8_t c = t[k];
        if (!(is_digit(c) || c == ' ' || c == '-' || c == '/' || c == '.' || c == ':' || c == '*' ||
              c == '\t' || c >= 0x80))
            return 0; /* a date, a dash or bullet, nothing else */
    }
    if (t[ls] >= 0x80 && !(t[ls] == 0xE2 && ls + 2 < start && t[ls + 1] == 0x80 &&
                           (t[ls + 2] == 0x93 || t[ls + 2] == 0x94 || t[ls + 2] == 0xA2)))
        return 0;
    /* a bracket after the name ("(UBO)", "(director)"), then the verb */
    size_t v = end + 1;
    if (v < s->len && t[v] == '(') {
        const uint8_t *c = memchr(t + v, ')', s->len - v < 24 ? s->len - v : 24);
        if (!c || (size_t)(c - t) + 2 >= s->len || c[1] != ' ')
            return 0;
        v = (size_t)(c - t) + 2;
    }
    size_t we = v;
    while (we < s->len && we - v < 12 && ((t[we] >= 'a' && t[we] <= 'z') || t[we] >= 0x80))
        we++;
    if (we == v || (we < s->len && t[we] != ' ' && t[we] != ',' && t[we] != '.' && t[we] != ';' &&
                    t[we] != '\n'))
        return 0;
    char buf[16];
    const char *f = nw_fold_span(s, v, we, buf, sizeof buf);
    return *f && nw_one_of(f, note_verbs, sizeof note_verbs / sizeof note_verbs[0]);
}
