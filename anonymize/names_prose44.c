/* names_prose44.c: PERSON findings that are a firm, a street or a heading, told by a word inside
 * the finding or right beside it, in the personal and civic documents of the pack's languages
 * and their neighbours' (pl, sv, da, cs, tr, ro): a trade noun after the surname a firm is
 * named after ("Van den Berg Makelaars", "Doyle's Bakery", "Arslan Fırını"; the trade nouns
 * before it are names_prec14.c's), a street's type word before or after the person it is named
 * after ("Bulevardul Ion C. Brătianu", "plac Jana Pawła II", "Niels Juels Gade", "Birger
 * Jarlsgatan"), a document's title in capitals ("PASEK WYPŁATY", "TISKOVÁ ZPRÁVA"), and a
 * capitalised common word that opens a line or a greeting ("Bon anniversaire", "Un abrazo",
 * "Relazione:"). Every finding of the scanner passes through nw_prose44_emit first; a dropped
 * one is not forwarded. Only words that no person's name is made of are listed, so a person
 * beside any of them stays. Nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

/* Is w[0 .. n) the whole of the list word l? */
static int same(const uint8_t *w, size_t n, const char *l)
{
    return strncmp((const char *)w, l, n) == 0 && l[n] == '\0';
}

/* Is t[a .. e) one of the words of list (NULL-terminated)? */
static int in_list(const uint8_t *t, size_t a, size_t e, const char *const *list)
{
    for (; *list; list++)
        if ((uint8_t)(*list)[0] == t[a] && same(t + a, e - a, *list))
            return 1;
    return 0;
}

/* trade nouns after the surname a firm is named after */
static const char *const trade_after[] = {"Makelaars",     "Makelaardij",
                                          "Verhuizingen",  "Immobilien",
                                          "Umz\303\274ge", "Bestattungen",
                                          "Estates",       "Removals",
                                          "Bakery",        "Ejendomme",
                                          "Flytt",         "Flytteforretning",
                                          "Bygg",          "Bageri",
                                          "B\303\270fhus", "Oto",
                                          "Emlak",         "Nakliyat",
                                          "Kuyumculuk",    "F\304\261r\304\261n\304\261",
                                          "Imobiliare",    "Construct",
                                          "Transport",     "Kirke",
                                          "Kyrka",         NULL};
/* trade nouns that open a firm's name in pl, cs, da, ro (names_prec14.c has the pack's) */
static const char *const trade_before[] = {"Piekarnia",
                                           "Zak\305\202ad",
                                           "Biuro",
                                           "Auto-Serwis",
                                           "Pek\303\241rna",
                                           "Autoservis",
                                           "St\304\233hov\303\241n\303\255",
                                           "Reality",
                                           "Bager",
                                           "Brut\304\203ria",
                                           "Pompe",
                                           "Onoranze",
                                           "Pompes",
                                           "Agence",
                                           "Garage",
                                           "Autobedrijf",
                                           "Notariskantoor",
                                           "Stadtwerke",
                                           "Koncert",
                                           "Konzert",
                                           "Auto",
                                           NULL};
/* a street's type word before the person it is named after (fp43 has the pack's abbreviations) */
static const char *const street_before[] = {"Strada",
                                            "Bulevardul",
                                            "Pia\310\233a",
                                            "Aleea",
                                            "Calea",
                                            "\310\230oseaua",
                                            "Splaiul",
                                            "plac",
                                            "Plac",
                                            "ulica",
                                            "Ulica",
                                            "aleja",
                                            "n\303\241m\304\233st\303\255",
                                            "N\303\241m\304\233st\303\255",
                                            "ulice",
                                            "Ulice",
                                            "t\305\231\303\255da",
                                            "T\305\231\303\255da",
                                            NULL};
/* a street's type word after it */
static const char *const street_after[] = {"Gade",  "All\303\251",  "Plads",     "Vej",
                                           "Torv",  "Torg",         "Boulevard", "Platz",
                                           "Gatan", "V\303\244gen", "Gata",      NULL};
/* endings of a one-word street named after a person ("Jarlsgatan", "Kungsvägen") */
static const char *const street_end[] = {"gatan", "v\303\244gen", "gaten", "gade", NULL};
/* words of documents' titles in capitals */
static const char *const title_caps[] = {"PASEK",
                                         "WYP\305\201ATY",
                                         "V\303\235PLATN\303\215",
                                         "P\303\201SKA",
                                         "MAA\305\236",
                                         "BORDROSU",
                                         "KUPN\303\215",
                                         "SMLOUVA",
                                         "S\303\226ZLE\305\236MES\304\260",
                                         "SATI\305\236",
                                         "ARA\303\207",
                                         "TISKOV\303\201",
                                         "ZPR\303\201VA",
                                         "UMOWA",
                                         "WNIOSEK",
                                         "\305\275\303\201DOST",
                                         "Z\303\201V\304\232\305\244",
                                         "BAS\304\260N",
                                         "B\303\234LTEN\304\260",
                                         "COMUNICAT",
                                         "FLUTURA\310\230",
                                         "L\303\226NESPECIFIKATION",
                                         "L\303\230NSEDDEL",
                                         NULL};
/* capitalised common words that open a line, a greeting or a programme's item, never a name */
static const char *const common_word[] = {"Bon",
                                          "Bonne",
                                          "Feliz",
                                          "Missa",
                                          "Avis",
                                          "Un",
                                          "Una",
                                          "Distinti",
                                          "Cordiali",
                                          "Viele",
                                          "Bisous",
                                          "Familie",
                                          "Relazione",
                                          "Guia",
                                          "Trea",
                                          "Joi",
                                          "Huzur",
                                          "V\303\245r",
                                          "Vores",
                                          "Toate",
                                          "\304\260yi",
                                          "Wyk\305\202ad",
                                          "P\305\231edn\303\241\305\241ka",
                                          "Konu\305\237ma",
                                          "Prezentare",
                                          "D\304\233kujeme",
                                          "Erz\303\244hlen",
                                          "Behebe",
                                          NULL};

/* The lists' screens: bit n of screen[l][c] is set when list l holds a word of n bytes that
 * opens with byte c (built once, by screens_init()). Most words a finding is asked about
 * ("John", "Smith", the word before and after it) have a first byte or a length no listed word
 * has: they leave on one look-up, before the list's loop. A word of 32 bytes or more is always
 * looked up (no listed word is that long). */
enum {
    L_TRADE_AFTER,
    L_TRADE_BEFORE,
    L_STREET_BEFORE,
    L_STREET_AFTER,
    L_TITLE_CAPS,
    L_COMMON,
    L_N
};
static uint32_t screen[L_N][256];

static inline int screened(int l, const uint8_t *t, size_t a, size_t e)
{
    /* an empty word (at the text's end) is in no list: t[a] is not read */
    return e > a && (e - a >= 32 || ((screen[l][t[a]] >> (e - a)) & 1));
}

#define IN_LIST(t, a, e, list, l) (screened((l), (t), (a), (e)) && in_list((t), (a), (e), (list)))

static const char *const *const screened_list[L_N] = {
    [L_TRADE_AFTER] = trade_after,     [L_TRADE_BEFORE] = trade_before,
    [L_STREET_BEFORE] = street_before, [L_STREET_AFTER] = street_after,
    [L_TITLE_CAPS] = title_caps,       [L_COMMON] = common_word};
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

/* The end of the word at t[i], at most e. */
static size_t word_end(const uint8_t *t, size_t i, size_t e)
{
    while (i < e && t[i] != ' ' && t[i] != '\n')
        i++;
    return i;
}

/* The word after t[e]: one space (or "'s " / "s " of a genitive) between; its bounds in *wa, *we
 * on its line; 0 when there is none. */
static int word_after(const uint8_t *t, size_t len, size_t e, size_t *wa, size_t *we)
{
    size_t i = e;
    if (i + 3 < len && (t[i] == '\'' || t[i] == 's')) {
        if (t[i] == '\'' && t[i + 1] == 's')
            i += 2;
        else if (t[i] == 's')
            i += 1;
    }
    if (i + 1 >= len || t[i] != ' ')
        return 0;
    i++;
    size_t m = i;
    while (m < len && m - i <= 24 && t[m] != ' ' && t[m] != '\n' && t[m] != ',' && t[m] != '.' &&
           t[m] != ':' && t[m] != ';' && t[m] != ')' && t[m] != '|' && t[m] != '"' && t[m] != '\'')
        m++;
    *wa = i;
    *we = m;
    return m > i;
}

/* The word right before t[a] (one space between); its bounds, 0 when there is none. */
static int word_before(const uint8_t *t, size_t a, size_t *wa, size_t *we)
{
    if (a < 3 || t[a - 1] != ' ')
        return 0;
    size_t w = a - 1;
    while (w > 0 && t[w - 1] != ' ' && t[w - 1] != '\n' && t[w - 1] != '(' && t[w - 1] != '"')
        w--;
    *wa = w;
    *we = a - 1;
    return a - 1 > w;
}

static int ends_with(const uint8_t *t, size_t a, size_t e, const char *const *ends)
{
    for (; *ends; ends++) {
        size_t n = strlen(*ends);
        if (e - a > n + 2 && memcmp(t + e - n, *ends, n) == 0)
            return 1;
    }
    return 0;
}

/* A firm by its trade noun, a street by its type word, a title by its words in capitals. */
static int thing(const uint8_t *t, size_t len, size_t a, size_t e)
{
    size_t first = word_end(t, a, e), last = e, wa, we;
    while (last > a && t[last - 1] != ' ' && t[last - 1] != '\n')
        last--;
    if (IN_LIST(t, a, first, trade_before, L_TRADE_BEFORE) ||
        IN_LIST(t, a, first, street_before, L_STREET_BEFORE))
        return 1;
    if (first < e && IN_LIST(t, last, e, trade_after, L_TRADE_AFTER))
        return 1;
    /* "Niels Juels Gade", "Christian IX's Gade": a genitive before the type word ("Maria Gade"
     * is a person) */
    if (first < e && last >= a + 3 && t[last - 2] == 's' &&
        IN_LIST(t, last, e, street_after, L_STREET_AFTER))
        return 1;
    if (e - last >= 8 && ends_with(t, last, e, street_end))
        return 1;
    for (size_t w = a; w < e; w = word_end(t, w, e) + 1)
        if (t[w] >= 'A' && t[w] <= 'Z' && w + 1 < e && !(t[w + 1] >= 'a' && t[w + 1] <= 'z') &&
            IN_LIST(t, w, word_end(t, w, e), title_caps, L_TITLE_CAPS))
            return 1;
    if (word_after(t, len, e, &wa, &we) &&
        (IN_LIST(t, wa, we, trade_after, L_TRADE_AFTER) ||
         (t[wa - 2] == 's' && IN_LIST(t, wa, we, street_after, L_STREET_AFTER))))
        return 1;
    if (word_before(t, a, &wa, &we) && (IN_LIST(t, wa, we, trade_before, L_TRADE_BEFORE) ||
                                        IN_LIST(t, wa, we, street_before, L_STREET_BEFORE)))
        return 1;
    return 0;
}

/* A capitalised common word as the finding or its first word ("Bon", "Un abrazo"); "Les" and
 * "My" (names too) only before a lower-case word ("Les obsèques", "My dog"). */
static int common(const uint8_t *t, size_t len, size_t a, size_t e)
{
    size_t first = word_end(t, a, e);
    if (IN_LIST(t, a, first, common_word, L_COMMON))
        return 1;
    if (first == e && e + 2 < len && t[e] == ' ' && t[e + 1] >= 'a' && t[e + 1] <= 'z')
        return (e - a == 3 && memcmp(t + a, "Les", 3) == 0) ||
               (e - a == 2 && memcmp(t + a, "My", 2) == 0);
    return 0;
}

int nw_prose44_thing(const uint8_t *t, size_t len, size_t a, size_t e)
{
    screens();
    return thing(t, len, a, e);
}

int nw_prose44_emit(void *arg, int kind, size_t a, size_t e)
{
    struct nw_link *p = arg;
    screens();
    if (kind == ANON_NAMES_PERSON && e > a &&
        (thing(p->t, p->len, a, e) || common(p->t, p->len, a, e)))
        return 0;
    return p->emit(p->arg, kind, a, e);
}
