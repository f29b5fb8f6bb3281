/* names_turns50.c: a person's name and street spread over a conversation (branch turns50).
 *
 * Front desks collect a record one question at a time: the assistant asks ("What's the full
 * name?", "Wie heißt der Patient?", "Which street?", "Ποια οδός;") and the user's next message is
 * the value alone ("Jana Dvořáková", "Ingrid", "Calle Olmo 7"), with nothing around it that a
 * detector could read as a cue. Two helpers for session.c, which keeps the question that ended
 * the last string (anon_names_question):
 * - anon_names_asks_value(): does that question ask for a person's name or a street? A word of
 *   the question names it (name, Nachname, apellido, imię, όνομα; street, Straße, calle, ulica,
 *   οδός), and no word says the name or the place is a thing's: a pet's, a model's, a firm's,
 *   an office's or an e-mail's ("What's the dog's name?", "What's your office address?"). The
 *   answer is then read after a label of that kind (session.c), so the pack's own label readers
 *   judge whether it is a name or a street at all.
 * - anon_names_streets_again(): a street the request masked once is a street wherever a later
 *   string says it again: the same bytes, or its name with a house number of its own (the
 *   read-back "Calle Olmo 7" of "Calle Olmo 7, 28014 Madrid", the correction "Husova 28, not
 *   29"). Only the request's own streets are looked for; nothing is kept after the call.
 */
#include "anonymize/engine_internal.h"
#include "anonymize/names_added.h"
#include "anonymize/names_internal.h"

#include <string.h>

#define ASK_WORD 48 /* bytes of a question's word compared */
#define NAME_PART 4 /* a street's name part is at least this many bytes */
#define HOUSE_MAX 4 /* digits of a house number */

/* Words of a question that ask for a person's name (lower case as the question writes them). */
static const char *const name_words[] = {
    "name",      "names",         "surname",       "called",   "nachname",   "vorname",
    "heißt",     "heisst",        "nom",           "prénom",   "appelle",    "nombre",
    "apellido",  "apellidos",     "llama",         "nome",     "cognome",    "chiama",
    "apelido",   "sobrenome",     "chama",         "naam",     "achternaam", "voornaam",
    "heet",      "imię",          "imie",          "nazwisko", "nazywa",     "namn",
    "efternamn", "förnamn",       "heter",         "ad",       "adı",        "adınız",
    "soyad",     "soyadı",        "soyadınız",     "isim",     "ismi",       "jméno",
    "příjmení",  "jmenuje",       "név",           "neve",     "vezetéknév", "keresztnév",
    "hívják",    "navn",          "efternavn",     "fornavn",  "hedder",     "nume",
    "numele",    "prenume",       "prenumele",     "numește",  "cheamă",     "όνομα",
    "Όνομα",     "ονοματεπώνυμο", "Ονοματεπώνυμο", "επώνυμο",  "Επώνυμο",    "λέγεται"};

/* Words of a question that ask for a street. */
static const char *const street_words[] = {
    "street",      "address",   "road",      "straße", "strasse",   "adresse",   "anschrift",
    "wohnadresse", "rue",       "domicile",  "calle",  "dirección", "direccion", "domicilio",
    "via",         "indirizzo", "rua",       "morada", "endereço",  "straat",    "adres",
    "woonadres",   "ulica",     "ulicy",     "ulice",  "gata",      "gatan",     "adress",
    "sokak",       "cadde",     "adresiniz", "adresa", "utca",      "cím",       "lakcím",
    "gade",        "vej",       "stradă",    "strada", "domiciliu", "οδός",      "Οδός",
    "διεύθυνση",   "Διεύθυνση"};

/* Words that make the name or the place a thing's: pets, products, firms, offices, mail. */
static const char *const thing_words[] = {
    "pet",      "pets",         "dog",        "cat",        "animal",      "horse",
    "puppy",    "kitten",       "model",      "product",    "company",     "firm",
    "team",     "project",      "file",       "business",   "shop",        "store",
    "venue",    "hotel",        "restaurant", "brand",      "app",         "wifi",
    "network",  "server",       "office",     "warehouse",  "depot",       "work",
    "email",    "mail",         "ip",         "web",        "website",     "url",
    "meet",     "city",         "town",       "country",    "tier",        "hund",
    "katze",    "pferd",        "modell",     "firma",      "unternehmen", "produkt",
    "datei",    "projekt",      "büro",       "geschäft",   "lager",       "arbeit",
    "stadt",    "chien",        "chat",       "modèle",     "société",     "entreprise",
    "produit",  "fichier",      "projet",     "bureau",     "travail",     "ville",
    "courriel", "mascota",      "perro",      "gato",       "modelo",      "empresa",
    "producto", "archivo",      "proyecto",   "oficina",    "trabajo",     "ciudad",
    "correo",   "animale",      "cane",       "gatto",      "modello",     "azienda",
    "società",  "prodotto",     "progetto",   "ufficio",    "lavoro",      "città",
    "cão",      "produto",      "projeto",    "escritório", "trabalho",    "cidade",
    "dier",     "hond",         "kat",        "bedrijf",    "bestand",     "kantoor",
    "werk",     "stad",         "zwierzę",    "zwierzęcia", "pies",        "psa",
    "kot",      "kota",         "firmy",      "biuro",      "pracy",       "miasto",
    "djur",     "djuret",       "hunden",     "katt",       "katten",      "företag",
    "kontor",   "jobbet",       "hayvan",     "hayvanın",   "köpek",       "kedi",
    "şirket",   "şirketinizin", "ürün",       "proje",      "ofis",        "işyeri",
    "şehir",    "zvíře",        "pes",        "kočka",      "kancelář",    "práce",
    "město",    "állat",        "állatot",    "kutya",      "macska",      "cég",
    "cége",     "termék",       "iroda",      "munkahely",  "város",       "dyr",
    "dyret",    "arbejde",      "animalul",   "câine",      "pisică",      "firmă",
    "firmei",   "produs",       "proiect",    "birou",      "serviciu",    "oraș",
    "ζώο",      "σκύλος",       "γάτα",       "μοντέλο",    "εταιρεία",    "εταιρείας",
    "προϊόν",   "γραφείο",      "δουλειά",    "πόλη"};

static int one_of(const char *w, size_t n, const char *const *list, size_t nl)
{
    for (size_t k = 0; k < nl; k++)
        if (list[k][0] == w[0] && strlen(list[k]) == n && memcmp(w, list[k], n) == 0)
            return 1;
    return 0;
}

static int letter(uint8_t c)
{
    return ((c | 32) >= 'a' && (c | 32) <= 'z') || c >= 0x80;
}

int anon_names_asks_value(const char *line, size_t n)
{
    const uint8_t *t = (const uint8_t *)line;
    int name = 0, street = 0, thing = 0;
    char w[ASK_WORD];
    for (size_t p = 0; p < n;) {
        if (t[p] >= '0' && t[p] <= '9')
            return 0; /* a line with a value in it asks for none */
        if (!letter(t[p])) {
            p++;
            continue;
        }
        size_t q = p;
        while (q < n && letter(t[q]))
            q++;
        if (q - p < sizeof w) {
            for (size_t k = p; k < q; k++) /* ASCII folded; other scripts as written */
                w[k - p] = (char)(t[k] >= 'A' && t[k] <= 'Z' ? t[k] | 32 : t[k]);
            size_t wn = q - p;
            thing |= one_of(w, wn, thing_words, sizeof thing_words / sizeof thing_words[0]);
            name |= one_of(w, wn, name_words, sizeof name_words / sizeof name_words[0]);
            street |= one_of(w, wn, street_words, sizeof street_words / sizeof street_words[0]);
        }
        p = q;
    }
    if (thing)
        return name ? ANON_ASK_THING : 0;
    if (street) /* "What's the name of the street?" */
        return ANON_ASK_STREET;
    return name ? ANON_ASK_NAME : 0;
}

/* t[s .. e) stands at word bounds. */
static int bounded(const uint8_t *t, size_t len, size_t s, size_t e)
{
    return (s == 0 || !letter(t[s - 1]) || (t[s - 1] >= '0' && t[s - 1] <= '9')) &&
           (e == len || !(letter(t[e]) || (t[e] >= '0' && t[e] <= '9')));
}

/* A house number at t[i]: "7", "12a"; its end, or 0. */
static size_t house_at(const uint8_t *t, size_t len, size_t i)
{
    size_t q = i;
    while (q < len && q - i <= HOUSE_MAX && t[q] >= '0' && t[q] <= '9')
        q++;
    if (q == i || q - i > HOUSE_MAX)
        return 0;
    if (q < len && (t[q] | 32) >= 'a' && (t[q] | 32) <= 'z' && (q + 1 == len || !letter(t[q + 1])))
        q++;
    if (q < len && (letter(t[q]) || (t[q] >= '0' && t[q] <= '9') || t[q] == '/' ||
                    (t[q] == '.' && q + 1 < len && t[q + 1] >= '0' && t[q + 1] <= '9')))
        return 0; /* "7/2024", "12.05" */
    return q;
}

/* The street's name part in v: the first stretch without a digit or a comma that holds
 * NAME_PART bytes or more and touches a house number ("Calle Olmo" of "Calle Olmo 7, 28014
 * Madrid", "Quarry Lane" of "111 Quarry Lane, Leeds"); its bounds in v, or 0. */
static int name_part(const uint8_t *v, size_t n, size_t *a, size_t *b)
{
    for (size_t p = 0; p < n;) {
        while (p < n && (v[p] == ' ' || v[p] == ',' || (v[p] >= '0' && v[p] <= '9')))
            p++;
        size_t q = p;
        while (q < n && v[q] != ',' && !(v[q] >= '0' && v[q] <= '9'))
            q++;
        size_t e = q;
        while (e > p && v[e - 1] == ' ')
            e--;
        int touches =
            (q < n && v[q] >= '0' && v[q] <= '9') ||
            (p > 0 && v[p - 1] == ' ' && p >= 2 && v[p - 2] >= '0' && v[p - 2] <= '9') ||
            (p >= 3 && v[p - 1] == ' ' && v[p - 2] == ',' && v[p - 3] >= '0' && v[p - 3] <= '9');
        if (e - p >= NAME_PART && touches) {
            *a = p;
            *b = e;
            return 1;
        }
        p = q;
    }
    return 0;
}

/* The occurrences of the name part np (nn bytes) in t that a house number follows or leads. */
static int by_name(const uint8_t *t, size_t len, const uint8_t *np, size_t nn, size_t type,
                   const anon_finding_t *f, size_t nf, struct nw_adds *d)
{
    const uint8_t *p = t, *m;
    size_t left = len;
    while (left >= nn && (m = memmem(p, left, np, nn)) != NULL) {
        size_t s = (size_t)(m - t), e = s + nn, h;
        p = m + 1;
        left = len - (size_t)(p - t);
        if (!bounded(t, len, s, e))
            continue;
        size_t as = s, ae = 0;
        if (e + 1 < len && t[e] == ' ' && (h = house_at(t, len, e + 1)) != 0)
            ae = h;
        else {
            size_t b = s; /* "111 Quarry Lane", "12, rue des Lilas" */
            if (b >= 2 && t[b - 1] == ' ' && t[b - 2] == ',')
                b -= 2;
            else if (b >= 1 && t[b - 1] == ' ')
                b -= 1;
            size_t q = b;
            while (q > 0 && b - q < HOUSE_MAX && t[q - 1] >= '0' && t[q - 1] <= '9')
                q--;
            if (q < b && (q == 0 || !(letter(t[q - 1]) || t[q - 1] == '.' || t[q - 1] == '/')) &&
                b < s) {
                as = q;
                ae = e;
            }
        }
        if (!ae || nw_overlaps(f, nf, as, ae))
            continue;
        if (nw_adds_push(d, type, as, ae))
            return ANON_ERR_NOMEM;
    }
    return 0;
}

int anon_names_streets_again(const char *text, size_t len, const char *const *v, const size_t *vn,
                             size_t nv, size_t type, anon_finding_t **f, size_t *nf)
{
    const uint8_t *t = (const uint8_t *)text;
    struct nw_adds d = {0};
    for (size_t k = 0; k < nv; k++) {
        const uint8_t *p = t, *m, *val = (const uint8_t *)v[k];
        size_t left = len, letters = 0;
        for (size_t q = 0; q < vn[k]; q++)
            letters += letter(val[q]);
        if (letters < NAME_PART)
            continue; /* a postcode alone ("00-001", "75011"): too plain to look for again */
        while (left >= vn[k] && (m = memmem(p, left, val, vn[k])) != NULL) {
            size_t s = (size_t)(m - t), e = s + vn[k];
            p = m + 1;
            left = len - (size_t)(p - t);
            if (!bounded(t, len, s, e) || nw_overlaps(*f, *nf, s, e))
                continue; /* an earlier addition over it: nw_adds_done() keeps the first */
            if (nw_adds_push(&d, type, s, e))
                return ANON_ERR_NOMEM;
        }
        size_t a, b;
        if (name_part(val, vn[k], &a, &b) && by_name(t, len, val + a, b - a, type, *f, *nf, &d) < 0)
            return ANON_ERR_NOMEM;
    }
    return nw_adds_done(&d, f, nf);
}

/* A street answer that opens with its house number: the number, ", " or " ", words of letters
 * (NAME_PART bytes or more), then nothing or ", " and the rest of the line: its end, or 0. */
static size_t number_first(const uint8_t *t, size_t len, size_t a, size_t *start)
{
    size_t p = house_at(t, len, a), letters = 0;
    if (!p)
        return 0;
    if (p + 1 < len && t[p] == ',' && t[p + 1] == ' ')
        p += 2;
    else if (p < len && t[p] == ' ')
        p++;
    else
        return 0;
    while (p < len && t[p] != ',') {
        if (letter(t[p]))
            letters++;
        else if (t[p] != ' ' && t[p] != '.' && t[p] != '\'' && t[p] != '-')
            return 0;
        p++;
    }
    if (letters < NAME_PART || (p < len && (p + 1 >= len || t[p + 1] != ' ')))
        return 0;
    *start = a;
    return len;
}

/* Words that may lead a bare answer ("it's Calle Olmo 7", "είναι Οδός Ερμού 51"). */
static const char *const lead_words[] = {
    "it's", "its",    "it is", "es", "ist",    "es ist", "c'est", "è",       "é",          "het is",
    "to",   "det är", "je to", "az", "det er", "e",      "είναι", "das ist", "sorry, it's"};

size_t anon_names_street_answer(const char *text, size_t len, size_t *start)
{
    const uint8_t *t = (const uint8_t *)text;
    size_t a = 0;
    for (size_t k = 0; k < sizeof lead_words / sizeof lead_words[0]; k++) {
        size_t n = strlen(lead_words[k]);
        if (n + 1 < len && memcmp(text, lead_words[k], n) == 0 && t[n] == ' ') {
            a = n + 1;
            break;
        }
    }
    if (a < len && t[a] >= '0' && t[a] <= '9') /* "77, rue des Lilas", "12 Quarry Lane" */
        return number_first(t, len, a, start);
    /* words of letters (NAME_PART bytes or more), a house number, then nothing or ", " and
     * a postcode and town without another line */
    size_t p = a, letters = 0, words = 0;
    while (p < len && !(t[p] >= '0' && t[p] <= '9')) {
        if (letter(t[p]))
            letters++;
        else if (t[p] == ' ')
            words++;
        else if (t[p] != '.' && t[p] != '\'' && t[p] != '-')
            return 0;
        p++;
    }
    if (letters < NAME_PART || words == 0 || words > 5 || t[p - 1] != ' ')
        return 0;
    size_t e = house_at(t, len, p);
    if (!e)
        return 0;
    if (e < len && t[e] == '.') /* "Petőfi utca 12." */
        e++;
    if (e < len) {
        if (e + 2 > len || t[e] != ',' || t[e + 1] != ' ')
            return 0;
        e = len;
    }
    *start = a;
    return e;
}

/* Words that answer a question for a name with no name: "not sure", "ja", "όχι". */
static const char *const no_name[] = {
    "yes",    "no",          "ok",    "okay",    "sure",   "not",       "unknown",  "none",
    "idk",    "later",       "maybe", "same",    "above",  "below",     "wait",     "moment",
    "check",  "ja",          "nein",  "oui",     "non",    "si",        "sí",       "não",
    "nao",    "nee",         "tak",   "nie",     "nej",    "evet",      "hayır",    "ano",
    "ne",     "igen",        "nem",   "nu",      "da",     "ναι",       "όχι",      "the",
    "a",      "it",          "is",    "it's",    "n/a",    "unbekannt", "inconnu",  "desconocido",
    "thanks", "danke",       "merci", "gracias", "grazie", "obrigado",  "bedankt",  "dzięki",
    "tack",   "teşekkürler", "díky",  "köszi",   "tak",    "mulțumesc", "ευχαριστώ"};

size_t anon_names_name_answer(const char *text, size_t len, size_t *start)
{
    const uint8_t *t = (const uint8_t *)text;
    size_t a = 0, e = len;
    for (size_t k = 0; k < sizeof lead_words / sizeof lead_words[0]; k++) {
        size_t n = strlen(lead_words[k]);
        if (n + 1 < len && memcmp(text, lead_words[k], n) == 0 && t[n] == ' ') {
            a = n + 1;
            break;
        }
    }
    for (size_t p = a; p < len; p++)
        if (t[p] >= '0' && t[p] <= '9') { /* "Ana Ruiz, 3/4/1990": the name before the date */
            e = p;
            break;
        }
    while (e > a && (t[e - 1] == ' ' || t[e - 1] == ',' || t[e - 1] == ';' || t[e - 1] == '-' ||
                     t[e - 1] == '.'))
        e--;
    if (e - a < 2)
        return 0;
    size_t words = 0;
    char w[NW_ADDED_WORD], fw[2 * NW_ADDED_WORD];
    for (size_t p = a; p < e;) {
        size_t q = p;
        while (q < e && (letter(t[q]) || t[q] == '-' || t[q] == '\'' || t[q] == '.'))
            q++;
        if (q - p < 2 || q - p >= sizeof w || !letter(t[p]) || ++words > 4)
            return 0;
        memcpy(w, text + p, q - p);
        size_t fn = nw_fold(w, q - p, fw, sizeof fw - 1);
        if (!fn)
            return 0;
        fw[fn] = 0;
        if (nw_not_name(fw) || one_of(fw, fn, no_name, sizeof no_name / sizeof no_name[0]))
            return 0;
        if (q < e && t[q] == ',' && q + 1 < e && t[q + 1] == ' ')
            q += 2; /* "Sjödalqvist, Strösjöhol" */
        else if (q < e && t[q] == ' ')
            q++;
        else if (q < e)
            return 0;
        p = q;
    }
    *start = a;
    return e;
}

/* The label that ends at c (a colon) on its line, after "> ", "- " or "* ": is its last word a
 * street word ("Gata:", "> Οδός:", "Wohnadresse:")? */
static int street_label(const uint8_t *t, size_t c)
{
    size_t ls = c;
    while (ls > 0 && t[ls - 1] != '\n' && c - ls <= 32)
        ls--;
    if (c - ls > 32)
        return 0;
    size_t e = c;
    while (e > ls && t[e - 1] == ' ')
        e--;
    size_t ws = e;
    while (ws > ls && letter(t[ws - 1]))
        ws--;
    if (e - ws < 2 || e - ws >= ASK_WORD)
        return 0;
    for (size_t p = ls; p < ws; p++) /* only marks, spaces and words before it */
        if (!(letter(t[p]) || t[p] == ' ' || t[p] == '>' || t[p] == '-' || t[p] == '*'))
            return 0;
    char w[ASK_WORD];
    for (size_t k = ws; k < e; k++)
        w[k - ws] = (char)(t[k] >= 'A' && t[k] <= 'Z' ? t[k] | 32 : t[k]);
    return one_of(w, e - ws, street_words, sizeof street_words / sizeof street_words[0]) ||
           (e - ws == 8 && memcmp(t + ws, "\xce\x9f\xce\xb4\xcf\x8c\xcf\x82", 8) == 0);
}

int anon_names_street_lines(const char *text, size_t len, size_t type, anon_finding_t **f,
                            size_t *nf)
{
    const uint8_t *t = (const uint8_t *)text, *m;
    struct nw_adds d = {0};
    size_t p = 0;
    while (p < len && (m = memchr(t + p, ':', len - p)) != NULL) {
        size_t c = (size_t)(m - t), v = c + 1;
        p = v;
        if (v + 4 > len || t[v] != ' ' || c == 0 || !letter(t[c - 1]))
            continue;
        while (v < len && t[v] == ' ')
            v++;
        /* the value's line: 80 bytes at most, a letter or a digit first, a digit in it */
        if (v >= len || !(letter(t[v]) || (t[v] >= '0' && t[v] <= '9')))
            continue;
        size_t ve = v, lim = len - v < 81 ? len : v + 81, a, e;
        int dig = 0;
        while (ve < lim && t[ve] != '\n') {
            dig |= t[ve] >= '0' && t[ve] <= '9';
            ve++;
        }
        if (!dig || ve - v > 80 || !street_label(t, c) ||
            !(e = anon_names_street_answer(text + v, ve - v, &a)) ||
            nw_overlaps(*f, *nf, v + a, v + e))
            continue;
        if (nw_adds_push(&d, type, v + a, v + e))
            return ANON_ERR_NOMEM;
        p = ve;
    }
    return nw_adds_done(&d, f, nf);
}
