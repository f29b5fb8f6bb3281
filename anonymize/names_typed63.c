/* names_typed63.c: a chat's sender whose word is a given name in one language and "me" or
 * "mother" in the chat's own (branch typed63, contrib/bench/accuracy/notes/typed63.md).
 *
 * names_ask57.c leaves out of its role senders the words that are well-attested given names
 * (mina, anne, anya, mor, meg): "mina:" is Mina in an English chat, but Finnish "minä" (me) typed
 * without its dots; "anne:" is Turkish and "anya:" Hungarian for mother, "mor:" Danish, Norwegian
 * and Swedish, "meg:" Norwegian for me (and a Hungarian particle). The chat itself shows its
 * language: such a sender is a role when the text holds three different common words of that
 * language (two for "mor") as typed (`kiitos`, `huomenna`, `tamam`, `yarin`, `koszi`, `holnap`,
 * `takk`, `jeg`). The look-up runs only for those five words, so ordinary text never reaches the
 * walk.
 */
#include "anonymize/names_internal.h"
#include "anonymize/names_typed63.h"

#include <string.h>

/* Common words of each language as a phone types them (no diacritics), none a name. */
static const char *const fi[] = {
    "eilen",    "etta",   "hyva",   "joo",     "kaikki", "kanssa", "kiitos", "kiitti", "kiva",
    "huomenna", "menee",  "miten",  "milloin", "missa",  "moikka", "mutta",  "odotan", "onko",
    "pitaa",    "siella", "sitten", "taalla",  "tanaan", "tulee",  "viela",  "voitko"};
static const char *const tr[] = {
    "abi",     "abla",  "aksam", "ama",         "artik", "bir",   "bugun", "cok",   "degil",
    "evet",    "geldi", "gelir", "gibi",        "hayir", "hocam", "icin",  "kadar", "lazim",
    "merhaba", "misin", "musun", "nasil",       "neden", "oldu",  "olur",  "sabah", "sagol",
    "selam",   "simdi", "tamam", "tesekkurler", "yarin", "yok"};
static const char *const hu[] = {
    "akkor",    "hogy", "holnap",    "hova",   "igen",     "itt",  "jon", "kell",  "koszi",
    "koszonom", "lesz", "miert",     "mikor",  "mindenki", "most", "nem", "nincs", "ott",
    "rendben",  "szia", "sziasztok", "tegnap", "ugye",     "vagy", "van"};
static const char *const nordic[] = {
    "bra",  "det",  "fint", "godt",   "har",  "hei",   "heisann", "hej",     "hejsan",
    "hele", "hva",  "hvad", "hvor",   "idag", "ikke",  "imorgen", "imorgon", "inte",
    "jag",  "jeg",  "kan",  "kommer", "med",  "ocksa", "ogsa",    "okej",    "ska",
    "skal", "tack", "tak",  "takk",   "till", "vad",   "vil",     "vill"};

struct own {
    const char *word;
    const char *const *list;
    size_t n;
    int need; /* words of the language the text must show */
};
#define OWN(w, l, k)                                                                               \
    {                                                                                              \
        w, l, sizeof l / sizeof l[0], k                                                            \
    }

/* "mor" is a given name rarely outside Hebrew: two words of a Nordic language show its own. */
static const struct own own[] = {OWN("mina", fi, 3),    OWN("anne", tr, 3),    OWN("anya", hu, 3),
                                 OWN("mor", nordic, 2), OWN("meg", nordic, 3), OWN("meg", hu, 3)};

/* Does t[0 .. len) hold `need` different words of list (whole lower-case words)? */
static int shows(const uint8_t *t, size_t len, const char *const *list, size_t n, int need)
{
    unsigned long long seen = 0; /* no list is longer than 64 */
    int count = 0;
    for (size_t i = 0; i < len && count < need;) {
        if (!(t[i] >= 'a' && t[i] <= 'z')) {
            i++;
            continue;
        }
        size_t e = i;
        while (e < len && t[e] >= 'a' && t[e] <= 'z')
            e++;
        int whole = (i == 0 || !(t[i - 1] >= 0x80 || is_alnum(t[i - 1]))) &&
                    (e == len || !(t[e] >= 0x80 || is_alnum(t[e])));
        if (whole && e - i >= 3 && e - i < 16) {
            char w[16];
            memcpy(w, t + i, e - i);
            w[e - i] = '\0';
            for (size_t k = 0; k < n; k++)
                if (strcmp(w, list[k]) == 0 && !(seen & (1ULL << k))) {
                    seen |= 1ULL << k;
                    count++;
                }
        }
        i = e;
    }
    return count >= need;
}

int nw_typed63_own_sender(const uint8_t *t, size_t len, const char *w)
{
    if (!w[0] || !w[1] || !w[2] || (w[3] && w[4]))
        return 0; /* every word of the table has three or four letters */
    for (size_t k = 0; k < sizeof own / sizeof own[0]; k++)
        if (strcmp(w, own[k].word) == 0 && shows(t, len, own[k].list, own[k].n, own[k].need))
            return 1;
    return 0;
}
