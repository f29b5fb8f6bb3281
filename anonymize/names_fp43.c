/* names_fp43.c: PERSON findings that are the name of a thing, told by a word inside the finding or
 * right beside it: a permit's title or a form's label word ("KARTA POBYTU", "Tipo documento"),
 * a plural people-noun on a label line ("Mitziehende Personen"), an authority, building or
 * lodging by its head noun ("Landratsamt Ebersberg", "Edificio Cervantes"), a doctor's specialty
 * ("Allgemeinmedizin"), a ship or train after its prefix ("MV Erasmus", "ICE Konrad Zuse"), a
 * street named after a person by its type word before or after ("Str. Avram Iancu", "Olof Palmes
 * gata"), the first of two form labels ("Segundo apellido"), one word after "to"/"from" near a
 * travel word ("She flew to Miami"), an adverb after an own-name verb that means "call" ("me
 * llamo mucho la atención"). Every finding of the scanner passes through nw_fp43_emit first; a
 * dropped one is not forwarded. Only words that no person's name is made of are listed, so
 * "Maria Keller" beside any of them stays. Nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>
#include <strings.h>

/* Is w[0 .. n) the whole of the list word l? */
static int same(const uint8_t *w, size_t n, const char *l)
{
    return strncmp((const char *)w, l, n) == 0 && l[n] == '\0';
}

/* Is t[a .. e) one of the n words of list (a static array)? Only the words that open with its
 * first byte are compared (names_oneof.c's buckets): most findings are asked about each list. */
static int in_list(const uint8_t *t, size_t a, size_t e, const char *const *list, size_t n)
{
    const uint16_t *ord;
    int k = nw_one_of_bucket(list, n, t[a], &ord);
    if (k < 0) {
        for (size_t i = 0; i < n; i++)
            if (same(t + a, e - a, list[i]))
                return 1;
        return 0;
    }
    for (int i = 0; i < k; i++)
        if (same(t + a, e - a, list[ord[i]]))
            return 1;
    return 0;
}
/* The lists' screens: bit n of screen[l][c] is set when list l holds a word of n bytes that
 * opens with byte c (built once, by screens_init() below). Most words of a finding ("John",
 * "Smith", the word before it) have a first byte or a length that no word of a list has: they
 * leave on one look-up, before nw_one_of_bucket() and strncmp(). A word of 32 bytes or more is
 * always looked up (no listed word is that long; nw_audit_fp43_screens() checks every bit). */
enum { L_THING, L_HEAD, L_VESSEL, L_STREET, L_AFTER, L_ORDINAL, L_NOUN, L_ADVERB, L_N };
static uint32_t screen[L_N][256];

static inline int screened(int l, const uint8_t *t, size_t a, size_t e)
{
    return e - a >= 32 || ((screen[l][t[a]] >> (e - a)) & 1);
}

/* the NULL that ends each list is left out of its count; l is the list's screen */
#define word_in(t, a, e, list, l)                                                                  \
    (screened((l), (t), (a), (e)) &&                                                               \
     in_list((t), (a), (e), (list), sizeof(list) / sizeof((list)[0]) - 1))

struct end {
    const char *s;
    size_t n;
};
#define END(x)                                                                                     \
    {                                                                                              \
        x, sizeof(x) - 1                                                                           \
    }

/* Does the word t[a .. e) end with one of ends (n of them), the whole word too when whole? */
static int ends_in(const uint8_t *t, size_t a, size_t e, const struct end *ends, size_t n,
                   int whole)
{
    for (size_t i = 0; i < n; i++)
        if (e - a + (size_t)whole > ends[i].n &&
            memcmp(t + e - ends[i].n, ends[i].s, ends[i].n) == 0)
            return 1;
    return 0;
}

/* words that make any finding holding them a thing: permit titles, document words, plural
 * people-nouns of label lines */
static const char *const thing_word[] = {"KARTA",
                                         "POBYTU",
                                         "KARTI",
                                         "KİMLİK",
                                         "İKAMET",
                                         "İZNİ",
                                         "IZNI",
                                         "AUFENTHALTSTITEL",
                                         "AUFENTHALTSERLAUBNIS",
                                         "REISEPASS",
                                         "PERMESSO",
                                         "SOGGIORNO",
                                         "PASSAPORTO",
                                         "PASAPORTE",
                                         "TITRE",
                                         "SÉJOUR",
                                         "TARJETA",
                                         "RESIDENCIA",
                                         "PERMIS",
                                         "ȘEDERE",
                                         "VERBLIJFSVERGUNNING",
                                         "UPPEHÅLLSTILLSTÅND",
                                         "documento",
                                         "Documento",
                                         "DOCUMENTO",
                                         "Personen",
                                         "PERSONEN",
                                         "Persons",
                                         "Personnes",
                                         "Personas",
                                         "Persone",
                                         "Pessoas",
                                         "Osoby",
                                         "Personer",
                                         "Kişiler",
                                         "Persoane",
                                         "Dzieci",
                                         "Bireyleri",
                                         "Familienangehörige",
                                         "Haushaltsmitglieder",
                                         "Gezinsleden",
                                         "Medereizigers",
                                         "Medresenärer",
                                         "Familjemedlemmar",
                                         "Occupants",
                                         "Ocupantes",
                                         "Occupanti",
                                         "Travellers",
                                         "Beneficiarios",
                                         "Sous",
                                         NULL};
/* head nouns of authorities, buildings, lodgings and firms: the finding's first word */
static const char *const head_word[] = {"Landratsamt",
                                        "Standesamt",
                                        "Bürgeramt",
                                        "Bezirksamt",
                                        "Ausländerbehörde",
                                        "Bezirksregierung",
                                        "Bezirkshauptmannschaft",
                                        "Stadt",
                                        "Gemeente",
                                        "Préfecture",
                                        "Sous-préfecture",
                                        "Mairie",
                                        "Questura",
                                        "Prefettura",
                                        "Comune",
                                        "Ayuntamiento",
                                        "Comisaría",
                                        "Primăria",
                                        "Urząd",
                                        "Starostwo",
                                        "Câmara",
                                        "Conservatória",
                                        "Statsforvalteren",
                                        "Haus",
                                        "Huize",
                                        "Gebouw",
                                        "Immeuble",
                                        "Résidence",
                                        "Residenza",
                                        "Residencia",
                                        "Edificio",
                                        "Edifício",
                                        "Palazzo",
                                        "Pavillon",
                                        "Verlag",
                                        "Affittacamere",
                                        "Apartamentos",
                                        "Aer",
                                        "Medicina",
                                        "Medycyna",
                                        "Médecine",
                                        "Innere",
                                        NULL};
/* endings of a specialty's one word ("Allgemeinmedizin", "Cardiología", "Paediatrics") */
static const struct end specialty_end[] = {
    END("medizin"), END("heilkunde"),     END("geneeskunde"), END("ologie"),
    END("ologia"),  END("olog\303\255a"), END("ology"),       END("iatria"),
    END("iatrie"),  END("iatr\303\255a"), END("iatrics")};
/* last words or endings of a Turkish authority or a street named after a person ("-straat" is a
 * surname's too: "mevr. van Dijkstraat") */
static const struct end tail_end[] = {END("Valili\304\237i"),
                                      END("Kaymakaml\304\261\304\237\304\261"),
                                      END("M\303\274d\303\274rl\303\274\304\237\303\274"),
                                      END("Belediyesi"),
                                      END("Bulvar\304\261"),
                                      END("Caddesi"),
                                      END("Sokak"),
                                      END("Soka\304\237\304\261"),
                                      END("-Haus"),
                                      END("-Institut"),
                                      END("laan"),
                                      END("stra\303\237e"),
                                      END("strasse")};
/* a ship's, an aircraft's or a train's prefix before its name */
static const char *const vessel[] = {"MV", "M/V", "MS", "M/S", "RV",  "HMS",          "ICE",
                                     "IC", "AVE", "MT", "RMS", "TGV", "Frecciarossa", NULL};
/* a street's type word or abbreviation before the person it is named after */
static const char *const street_before[] = {
    "Str.",  "str.",    "Strada", "ul.",   "Ul.",   "al.",    "Al.",      "Aleja",  "os.",    "Bd.",
    "Bdul.", "Calea",   "Via",    "Viale", "Corso", "Piazza", "rue",      "Rue",    "avenue", "Rua",
    "Av.",   "Avenida", "Calle",  "Paseo", "Plaza", "Praça",  "Travessa", "Carrer", NULL};
/* the word right after a finding that makes it a street's name */
static const char *const after_word[] = {
    "väg",     "vägen",   "gata",   "gatan",  "gate", "gaten",     "gade",   "vej", "Sokak",
    "Caddesi", "Bulvarı", "Street", "Avenue", "Road", "Boulevard", "Straße", NULL};
/* an ordinal that opens a form's label ("Segundo apellido": Segundo is a given name elsewhere) */
static const char *const ordinal[] = {"Segundo", "Secondo", "Second", "Zweiter", "Deuxième",
                                      "Drugie",  "Primer",  "Primo",  NULL};
/* the label's noun after it */
static const char *const label_noun[] = {"apellido", "apellidos", "nombre",    "nome",
                                         "prénom",   "imię",      "prenume",   "forename",
                                         "cognome",  "apelido",   "sobrenome", NULL};

/* The end of the word at t[i], at most e. */
static size_t word_end(const uint8_t *t, size_t i, size_t e)
{
    while (i < e && t[i] != ' ' && t[i] != '\n')
        i++;
    return i;
}

/* Does the finding t[a .. e) hold a word that makes it a thing, or open or close with one? */
static int thing_inside(const uint8_t *t, size_t a, size_t e)
{
    size_t w = a, last = a;
    while (w < e) {
        size_t m = word_end(t, w, e);
        if (word_in(t, w, m, thing_word, L_THING))
            return 1;
        if (w == a) {
            if (word_in(t, w, m, head_word, L_HEAD))
                return 1;
            if (m - w >= 8 &&
                ends_in(t, w, m, specialty_end, sizeof specialty_end / sizeof specialty_end[0], 0))
                return 1;
        }
        last = w;
        w = m + 1;
    }
    /* a screen by the last byte: each ending's ('ı' is C4 B1, 'ü' C3 BC) */
    if (e - last >= 4 && memchr("iktnes\xb1\xbc", t[e - 1], 8) &&
        ends_in(t, last, e, tail_end, sizeof tail_end / sizeof tail_end[0], 1))
        return 1;
    return e - a == 7 && memcmp(t + a, "La Haye", 7) == 0;
}

/* Is the word before t[a] (one space between) a vessel's prefix or a street's type word? A
 * finding opening with a vessel's prefix ("AVE Miguel") counts too. */
static int thing_before(const uint8_t *t, size_t a, size_t e)
{
    size_t m = word_end(t, a, e);
    if (m < e && m - a >= 2 && m - a <= 3 && word_in(t, a, m, vessel, L_VESSEL) &&
        !(t[a + 1] == 'S' && m - a == 2))
        return 1;
    if (a < 3 || t[a - 1] != ' ')
        return 0;
    size_t w = a - 1;
    while (w > 0 && t[w - 1] != ' ' && t[w - 1] != '\n' && t[w - 1] != '(' && t[w - 1] != '"')
        w--;
    if (a - 1 - w < 2 || a - 1 - w > 12)
        return 0;
    if (word_in(t, w, a - 1, vessel, L_VESSEL))
        /* "MS" is also a title in capitals ("MS KELLER"): a ship's name is in mixed case */
        return !(t[w + 1] == 'S' && a - 1 - w == 2 && e - a > 1 &&
                 !(t[a + 1] >= 'a' && t[a + 1] <= 'z'));
    if (word_in(t, w, a - 1, street_before, L_STREET))
        /* "et al." closes a list of authors */
        return !(t[w] == 'a' && w >= 3 && memcmp(t + w - 3, "et ", 3) == 0);
    return 0;
}

/* Is the word after t[e] (one space between) a street's type word, or a label's noun after an
 * ordinal? A word before a colon is the next field's label ("Maria Keller Street: ..."). */
static int thing_after(const uint8_t *t, size_t len, size_t a, size_t e)
{
    if (e + 2 > len || t[e] != ' ')
        return 0;
    if (e - a > 6 && memcmp(t + a, "Queen ", 6) == 0 && is_digit(t[e + 1]))
        return 1;     /* a liner: "Queen Mary 2" ("Queen Elizabeth II" is the queen) */
    size_t m = e + 1; /* letters, UTF-8 ones too ("imię", "Bulvarı") */
    while (m < len && m - e <= 12 && (is_alnum(t[m]) || t[m] >= 0x80))
        m++;
    if (m - e - 1 < 3)
        return 0;
    if (!(m < len && t[m] == ':') && word_in(t, e + 1, m, after_word, L_AFTER))
        return 1;
    return word_in(t, e + 1, m, label_noun, L_NOUN) && word_in(t, a, e, ordinal, L_ORDINAL);
}

/* adverbs the own-name verbs are followed by when they mean "call" ("me llamó mucho la
 * atención", "te llamo mañana", "je t'appelle demain", "ti chiamo domani") */
static const char *const adverb[] = {
    "mucho",   "muy",    "poco",          "tanto",  "bastante", "ayer",          "hoy",    "luego",
    "siempre", "nunca",  "ma\303\261ana", "demain", "toujours", "souvent",       "subito", "sempre",
    "spesso",  "domani", "dopo",          "hoje",   "ainda",    "amanh\303\243", NULL};
/* travel words: a town after "to" or "from" right after one is a place ("She flew to Miami", "We
 * drove from Ennis to Co. Clare"); "moved to" and "sent to" take people ("moved to Keller") */
static const char *const travel[] = {"flew ",  "fly ",     "flying ",    "flight ",   "drove ",
                                     "drive ", "driving ", "travelled ", "traveled ", "sailed ",
                                     "train ", "bus ",     NULL};

/* Is the one-word finding t[a .. e) a town after "to " or "from " with a travel word before it on
 * its line, or a lower-case adverb? */
static int place_or_adverb(const uint8_t *t, size_t a, size_t e)
{
    if (memchr(t + a, ' ', e - a) || memchr(t + a, '\n', e - a))
        return 0;
    if (t[a] >= 'a' && t[a] <= 'z')
        return word_in(t, a, e, adverb, L_ADVERB);
    size_t p;
    if (a >= 3 && memcmp(t + a - 3, "to ", 3) == 0)
        p = a - 3;
    else if (a >= 5 && memcmp(t + a - 5, "from ", 5) == 0)
        p = a - 5;
    else
        return 0;
    if (p == 0 || t[p - 1] != ' ')
        return 0;
    size_t lo = p > 14 ? p - 14 : 0; /* "flew Pan Am to": an airline between at most */
    for (size_t i = p; i > lo && t[i - 1] != '\n'; i--) {
        if (i - 1 > 0 && is_alnum(t[i - 2]))
            continue; /* a word's start only */
        for (const char *const *w = travel; *w; w++) {
            size_t n = strlen(*w);
            if (i - 1 + n <= p + 1 && memcmp(t + i - 1, *w, n) == 0)
                return 1;
        }
    }
    return 0;
}

/* A form's answer that nobody is named ("Keine Angabe", "not stated", "non renseigné"), in any
 * case, as the whole finding. */
static int not_stated(const uint8_t *t, size_t a, size_t e)
{
    static const struct end phrases[] = {END("keine angabe"),
                                         END("nicht angegeben"),
                                         END("unbekannt"),
                                         END("not stated"),
                                         END("not known"),
                                         END("not given"),
                                         END("non renseign\xc3\xa9"),
                                         END("non communiqu\xc3\xa9"),
                                         END("inconnu"),
                                         END("niet opgegeven"),
                                         END("onbekend"),
                                         END("no consta"),
                                         END("desconocido"),
                                         END("no informado"),
                                         END("sconosciuto"),
                                         END("non specificato"),
                                         END("non indicato"),
                                         END("n\xc3\xa3o informado"),
                                         END("desconhecido"),
                                         END("brak danych"),
                                         END("nieznany"),
                                         END("ok\xc3\xa4nd"),
                                         END("ukendt"),
                                         END("nezn\xc3\xa1m\xc3\xbd"),
                                         END("bilinmiyor"),
                                         END("necunoscut")};
    if (e - a < 6 || e - a > 16 || !memchr("KkNnUuIiOoDdSsBb", t[a], 16))
        return 0;
    for (size_t i = 0; i < sizeof phrases / sizeof phrases[0]; i++)
        if (phrases[i].n == e - a && strncasecmp((const char *)t + a, phrases[i].s, e - a) == 0)
            return 1;
    return 0;
}

/* A German article inside the finding after a capitalised word that is no particle ("Besuch der
 * Pflegekraft", "Haus der Jugend"; not "Ursula von der Leyen", "Jan Van der Berg"); not "das",
 * which is a Portuguese particle ("Maria das Dores"). */
static int article_inside(const uint8_t *t, size_t a, size_t e)
{
    static const struct end particle[] = {END("von"), END("van"), END("zu"), END("vom"),
                                          END("ter"), END("de"),  END("op"), END("auf")};
    for (size_t p = a, w = word_end(t, a, e) + 1; w + 3 <= e; p = w, w = word_end(t, w, e) + 1) {
        size_t m = word_end(t, w, e);
        if (m - w != 3 || t[w] != 'd' ||
            !(same(t + w, 3, "der") || same(t + w, 3, "die") || same(t + w, 3, "dem")))
            continue;
        size_t pe = word_end(t, p, e);
        int part = 0;
        for (size_t k = 0; k < sizeof particle / sizeof particle[0] && !part; k++)
            part = particle[k].n == pe - p &&
                   strncasecmp((const char *)t + p, particle[k].s, pe - p) == 0;
        if (!part)
            return 1;
    }
    return 0;
}

static const char *const *const screened_list[L_N] = {
    [L_THING] = thing_word,     [L_HEAD] = head_word,   [L_VESSEL] = vessel,
    [L_STREET] = street_before, [L_AFTER] = after_word, [L_ORDINAL] = ordinal,
    [L_NOUN] = label_noun,      [L_ADVERB] = adverb};
static pthread_once_t screen_once = PTHREAD_ONCE_INIT;
static atomic_int screen_ready;

static void screens_init(void)
{
    nw_screen_lists(screen, screened_list, L_N);
    atomic_store_explicit(&screen_ready, 1, memory_order_release);
}

static inline void screens(void)
{
    if (!atomic_load_explicit(&screen_ready, memory_order_acquire))
        pthread_once(&screen_once, screens_init);
}

int nw_audit_fp43_screens(void)
{
    screens();
    int n = 0;
    for (int l = 0; l < L_N; l++)
        for (const char *const *w = screened_list[l]; *w; w++, n++) {
            size_t k = strlen(*w);
            if (k == 0 || k >= 32 || !screened(l, (const uint8_t *)*w, 0, k))
                return -1;
        }
    return n;
}

int nw_fp43_thing(const uint8_t *t, size_t a, size_t e)
{
    screens();
    return thing_inside(t, a, e) || thing_before(t, a, e);
}

int nw_fp43_emit(void *arg, int kind, size_t a, size_t e)
{
    struct nw_link *p = arg;
    screens();
    if (kind == ANON_NAMES_PERSON && e > a &&
        (thing_inside(p->t, a, e) || thing_before(p->t, a, e) || thing_after(p->t, p->len, a, e) ||
         place_or_adverb(p->t, a, e) || not_stated(p->t, a, e) || article_inside(p->t, a, e) ||
         nw_thread59_brand(p->t, a, e)))
        return 0;
    return p->emit(p->arg, kind, a, e);
}
