/* names_sametok63.c: one person, one token, in every form (branch sametok63,
 * contrib/bench/accuracy/notes/sametok63.md).
 *
 * anon_names_canonical (names_known.c) gives a person's finding the token of the known name it
 * is a part or another form of. A finding that is the known name's word with a case ending
 * ("Kowalskiego" beside "Jan Kowalski", "Péternek", "Virtasen"), a possessive ("Müllers",
 * "Ayşe'nin"), an initial and the surname ("M. Keller", which the set may hold as a name of its
 * own), a title before the surname ("Frau Keller") or the name in ASCII ("Mueller", "Lukasz")
 * asked nothing there and got a token of its own: the model saw two people where there is one.
 * nw_sametok63_person() finds the known person the finding is a form of, word by word, and
 * answers only when exactly one person matches (two known names that are forms of each other,
 * "M. Keller" and "Maria Keller", are one person: the fuller one). Asked only for a person's
 * finding that names.c's set did not place, so a request naming nobody pays nothing.
 *
 * Declined forms are read at stem_form(): the known word with one of names_inflect62.c's case
 * endings, or with its last vowel (Polish, Czech, Slovak feminine "-a") or Finnish "-nen" changed
 * before one, or a word names_stem63.c gives the known word as a nominative of.
 */
#include "anonymize/names_known_internal.h"

#include <string.h>
#include <strings.h>

#define MAX_WORDS 6

/* Latin Extended-A (U+0100 .. U+017F) as its ASCII base letter */
static const char ext_a[] = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
                            "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/* Latin-1's letters (U+00C0 .. U+00FF, case folded to U+00E0 ..) as ASCII ('-': none) */
static const char latin1[] = "aaaaaaaceeeeiiiidnooooo-ouuuuyts";

/* Appends the ASCII fold of the code point at w[i] (UTF-8) to out, lower case: ü as u (german
 * 0) or ue (german 1), ø as o or oe, å as a or aa, ß as ss, æ as ae, þ as th. Returns the bytes
 * read, 0 for a letter it cannot fold (another script). */
static size_t fold_one(const uint8_t *w, size_t i, size_t n, int german, char *out, size_t *o)
{
    uint8_t c = w[i];
    if (c < 0x80) {
        out[(*o)++] = (char)((c >= 'A' && c <= 'Z') ? c | 32 : c);
        return 1;
    }
    if (i + 1 >= n || (w[i + 1] & 0xC0) != 0x80)
        return 0;
    unsigned cp = (unsigned)(c & 0x1F) << 6 | (w[i + 1] & 0x3F);
    if (c < 0xC3 || c > 0xC5 || cp < 0xC0)
        return 0;
    if (cp >= 0x100) {
        out[(*o)++] = ext_a[cp - 0x100];
        return 2;
    }
    unsigned l = cp | 0x20; /* Latin-1's lower case */
    const char *two = l == 0xE6 ? "ae" : l == 0xFE ? "th" : cp == 0xDF ? "ss" : NULL;
    if (german && !two)
        two = l == 0xE4                ? "ae"
              : l == 0xF6 || l == 0xF8 ? "oe"
              : l == 0xFC              ? "ue"
              : l == 0xE5              ? "aa"
                                       : NULL;
    if (two) {
        out[(*o)++] = two[0];
        out[(*o)++] = two[1];
        return 2;
    }
    char a = cp == 0xFF ? 'y' : latin1[(l - 0xE0) & 31];
    if (a == '-')
        return 0;
    out[(*o)++] = a;
    return 2;
}

/* w[0 .. n) folded to ASCII into out (2n bytes); its length, or 0 when a byte cannot be */
static size_t fold(const uint8_t *w, size_t n, int german, char *out)
{
    size_t o = 0;
    for (size_t i = 0, r; i < n; i += r)
        if (!(r = fold_one(w, i, n, german, out, &o)))
            return 0;
    return o;
}

/* a and b (one of them with a letter outside ASCII) are one spelling folded: "Mueller" and
 * "Müller", "Lukasz" and "Łukasz", "Bjoernstad" and "Bjørnstad" */
static int fold_same(const uint8_t *a, size_t an, const uint8_t *b, size_t bn)
{
    char fa[2][2 * MAX_NAME], fb[2][2 * MAX_NAME];
    size_t la[2], lb[2];
    if (an >= MAX_NAME || bn >= MAX_NAME || an < 3 || bn < 3)
        return 0;
    for (int g = 0; g < 2; g++) {
        la[g] = fold(a, an, g, fa[g]);
        lb[g] = fold(b, bn, g, fb[g]);
    }
    for (int x = 0; x < 2; x++)
        for (int y = 0; y < 2; y++)
            if (la[x] && la[x] == lb[y] && !memcmp(fa[x], fb[y], la[x]))
                return 1;
    return 0;
}

/* t[0 .. n) is an ending a possessive or a case adds: "s", "'s", "'", "’s", a Turkish suffix
 * after an apostrophe ("'nin", "'a"), or a case ending (anon_names_case_ending) */
static int suffix(const uint8_t *t, size_t n, size_t stem, int multi)
{
    if (n == 1 && t[0] == 's')
        return stem >= 3;
    size_t ap = t[0] == '\'' ? 1 : n >= 3 && t[0] == 0xE2 && t[1] == 0x80 && t[2] == 0x99 ? 3 : 0;
    if (ap) {
        if (n == ap)
            return 1;
        if (n - ap > 5)
            return 0;
        for (size_t i = ap; i < n; i++)
            if (!(t[i] >= 'a' && t[i] <= 'z') && t[i] < 0x80)
                return 0;
        return 1;
    }
    if (multi && stem >= 3) /* "Jana Kowalskiego": the other word a form too */
        return anon_names_case_ending(t, n);
    return stem >= 4 && (n > 1 || stem >= 5) && anon_names_case_ending(t, n);
}

/* The declined word a[0 .. an) of the known word b[0 .. bn): b whole then a case ending
 * ("Kowalskiego", "Péternek"), b's last vowel off then one ("Kowalskiej", "Anny", "Martą"), or
 * Finnish "-nen" as "-se" then one ("Virtasen"), or a nominative names_stem63.c gives it. */
static int stem_form(const uint8_t *a, size_t an, const uint8_t *b, size_t bn, int multi)
{
    static const char *const soft[] = {"y",        "ie",       "iej", "i",        "e",
                                       "u",        "o",        "ou",  "\xc4\x99", "\xc4\x85",
                                       "\xc3\xa9", "\xc3\xba", "ej",  "om"};
    if (an > bn && !memcmp(a, b, bn) && suffix(a + bn, an - bn, bn, multi))
        return 1;
    if ((bn >= 5 || (multi && bn >= 3)) && an > bn - 1 && (b[bn - 1] == 'a' || b[bn - 1] == 'o') &&
        !memcmp(a, b, bn - 1)) {
        for (size_t k = 0; k < sizeof soft / sizeof soft[0]; k++)
            if (strlen(soft[k]) == an - (bn - 1) && !memcmp(a + bn - 1, soft[k], an - (bn - 1)))
                return 1;
    }
    if (bn >= 5 && b[bn - 2] == 0xC3 && b[bn - 1] == 0xA1 && an > bn - 2 && an <= bn + 1 &&
        !memcmp(a, b, bn - 2)) {
        static const char *const fem[] = {"\xc3\xa9", "ou", "ej", "\xc3\xba"};
        for (size_t k = 0; k < sizeof fem / sizeof fem[0]; k++)
            if (strlen(fem[k]) == an - (bn - 2) && !memcmp(a + bn - 2, fem[k], an - (bn - 2)))
                return 1; /* "Procházkové", "Liptákovej" */
    }
    if (an == bn + 1 && (b[bn - 1] == 'i' || b[bn - 1] == 'y') && a[bn] == 'm' && !memcmp(a, b, bn))
        return 1; /* "Kowalskim" */
    if (bn >= 5 && b[bn - 2] == 0xC3 && b[bn - 1] == 0xBD && an > bn && !memcmp(a, b, bn - 2)) {
        static const char *const adj[] = {"\xc3\xa9ho", "\xc3\xa9mu", "\xc3\xbdm", "\xc3\xa9m"};
        for (size_t k = 0; k < sizeof adj / sizeof adj[0]; k++)
            if (strlen(adj[k]) == an - (bn - 2) && !memcmp(a + bn - 2, adj[k], an - (bn - 2)))
                return 1; /* "Novotného" */
    }
    if (bn >= 6 && !memcmp(b + bn - 3, "nen", 3) && an >= bn && !memcmp(a, b, bn - 3) &&
        a[bn - 3] == 's' && a[bn - 2] == 'e')
        return anon_names_case_ending(a + bn - 1, an - (bn - 1)) || (an == bn && a[bn - 1] == 'n');
    /* names_stem63.c's nominatives: a stem that changes ("Jukan" of "Jukka", "Jonaičio" of
     * "Jonaitis", "Bērziņam" of "Bērziņš"); only a word that opens as the known one does */
    if (an >= 4 && a[0] == b[0] && (bn < 2 || a[1] == b[1])) {
        uint8_t nom[80];
        unsigned k = 0;
        size_t nl;
        while ((nl = nw_stem63_nominative(a, an, &k, nom, sizeof nom)) > 0)
            if (nl == bn && !memcmp(nom, b, bn))
                return 1;
    }
    return 0;
}

static uint8_t first_letter(const uint8_t *w, size_t n);

/* Is the word a (in the finding) a form of the known name's word b? 2: the same but for case;
 * 1: an initial of it, declined, possessive or folded; 0: no. multi: the finding has another
 * word (initials, and three-byte stems, only then) */
static int word_form(const uint8_t *a, size_t an, const uint8_t *b, size_t bn, int multi)
{
    if (an == bn && !strncasecmp((const char *)a, (const char *)b, an))
        return 2;
    size_t cl = a[0] >= 0xC0 ? 2 : 1; /* the initial's letter: "M.", "Ł." */
    if (multi && bn > cl && (an == cl || (an == cl + 1 && a[cl] == '.')) && first_letter(a, cl) &&
        first_letter(a, cl) == first_letter(b, bn) &&
        (cl == 1 || !memcmp(a, b, 2) || (a[0] == b[0] && (a[1] ^ b[1]) == 0x20)))
        return 1;
    if (an < 3 || bn < 3)
        return 0;
    if (stem_form(a, an, b, bn, multi))
        return 1;
    int wide = 0; /* a letter outside ASCII in either: two ASCII spellings are never folded */
    for (size_t i = 0; i < an && !wide; i++)
        wide = a[i] >= 0x80;
    for (size_t i = 0; i < bn && !wide; i++)
        wide = b[i] >= 0x80;
    if (wide && fold_same(a, an, b, bn))
        return 1;
    return 0;
}

/* The words of p[0 .. n) (split at spaces) into ws/wl; their count, 0 for more than MAX_WORDS */
static size_t words(const char *p, size_t n, size_t *ws, size_t *wl)
{
    size_t nw = 0, a = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && p[i] != ' ')
            continue;
        if (i > a) {
            if (nw == MAX_WORDS)
                return 0;
            ws[nw] = a;
            wl[nw++] = i - a;
        }
        a = i + 1;
    }
    return nw;
}

/* A title a finding may open with ("Frau Keller"): the words after it are the name */
static int title(const char *w, size_t n)
{
    static const char *const t[] = {"mr",  "mrs",  "ms",    "mr.",   "mrs.", "ms.",  "dr",
                                    "dr.", "frau", "herr",  "pani",  "pan",  "mme",  "mme.",
                                    "sr.", "sra.", "herra", "rouva", "miss", "prof", "prof."};
    for (size_t k = 0; k < sizeof t / sizeof t[0]; k++)
        if (strlen(t[k]) == n && !strncasecmp(w, t[k], n))
            return 1;
    return 0;
}

/* Is the finding's words (fw, ww / wn of p) a form of known name i? 2: it is name i whole but for
 * case, 1: a form of it (one word of it; given and last word; every word in turn, initials but
 * not all), 0: no */
static int name_form(const anon_names_known_t *k, size_t i, const char *p, const size_t *ws,
                     const size_t *wl, size_t wn)
{
    size_t ns[MAX_WORDS], nl[MAX_WORDS];
    const char *nm = k->name[i];
    size_t nn = words(nm, k->len[i], ns, nl);
    if (!nn)
        return 0;
#define W(j) (const uint8_t *)p + ws[j], wl[j]
#define N(j) (const uint8_t *)nm + ns[j], nl[j]
    if (wn == 1) {
        for (size_t j = 0; j < nn; j++)
            if (word_form(W(0), N(j), 0))
                return nn == 1 && word_form(W(0), N(j), 0) == 2 ? 2 : 1;
        return 0;
    }
    if (wn != nn && !(wn == 2 && nn > 2))
        return 0;
    int all = 2, full = 0;
    for (size_t j = 0; j < wn; j++) {
        size_t at = wn == nn ? j : j == 0 ? 0 : nn - 1;
        int f = word_form(W(j), N(at), 1);
        if (!f)
            return 0;
        full |= f == 2 || wl[j] > 2;
        all = f < all ? f : all;
    }
#undef W
#undef N
    return full ? (wn == nn ? all : 1) : 0;
}

/* Of known names a and b, the one the other is a form of ("Maria Keller" of "M. Keller"): its
 * index, or -1 when neither is (two people) */
static long fuller(const anon_names_known_t *k, size_t a, size_t b)
{
    size_t ws[MAX_WORDS], wl[MAX_WORDS], wn;
    if (a == b || !strcasecmp(k->name[a], k->name[b]))
        return (long)a;
    if ((wn = words(k->name[b], k->len[b], ws, wl)) && name_form(k, a, k->name[b], ws, wl, wn))
        return (long)a;
    if ((wn = words(k->name[a], k->len[a], ws, wl)) && name_form(k, b, k->name[a], ws, wl, wn))
        return (long)b;
    return -1;
}

/* May known name i hold a form of a word that folds to the first letter lead? (each form keeps
 * its word's first letter: a name with no word opening so asks no more) */
static int may(const anon_names_known_t *k, size_t i, uint8_t lead)
{
    const uint8_t *nm = (const uint8_t *)k->name[i];
    for (size_t j = 0; j < k->len[i]; j++)
        if ((j == 0 || nm[j - 1] == ' ') &&
            (nm[j] < 0x80 ? (nm[j] | 32) == lead : first_letter(nm + j, k->len[i] - j) == lead))
            return 1;
    return 0;
}

/* The known name that name i is a form of ("M. Keller" of "Maria Keller"; of two spellings that
 * are each other's forms, "Sören Strauß" and "Soeren Strauss", the first known), when one
 * person's; else i */
static size_t root_of(const anon_names_known_t *k, size_t i)
{
    size_t ws[MAX_WORDS], wl[MAX_WORDS], wn = words(k->name[i], k->len[i], ws, wl);
    if (!wn)
        return i;
    uint8_t lead = first_letter((const uint8_t *)k->name[i] + ws[wn - 1], wl[wn - 1]);
    long r = -1;
    for (size_t j = 0; j < k->n; j++) {
        if (j == i || !may(k, j, lead) || name_form(k, j, k->name[i], ws, wl, wn) != 1)
            continue;
        if (j > i && fuller(k, i, j) == (long)i)
            continue; /* each other's forms: the first known is the person's */
        if (r >= 0 && (r = fuller(k, (size_t)r, j)) < 0)
            return i; /* a form of two people's names: its own */
        if (r < 0)
            r = (long)j;
    }
    return r >= 0 ? (size_t)r : i;
}

/* The gate's bit for the letter c (0: none) */
static uint32_t lead_bit(uint8_t c)
{
    return c >= 'a' && c <= 'z' ? 1u << (c - 'a') : 0;
}

/* The gate's bit of the last word of p[0 .. n) */
static uint32_t last_bit(const char *p, size_t n)
{
    size_t a = n;
    while (a > 0 && p[a - 1] != ' ')
        a--;
    return lead_bit(first_letter((const uint8_t *)p + a, n - a));
}

void nw_sametok63_note(anon_names_known_t *k, size_t i)
{
    const uint8_t *nm = (const uint8_t *)k->name[i];
    for (size_t j = 0; j < k->len[i]; j++)
        if (j == 0 || nm[j - 1] == ' ') {
            uint32_t b = lead_bit(first_letter(nm + j, k->len[i] - j));
            k->lead_two |= k->lead_any & b;
            k->lead_any |= b;
        }
}

size_t nw_sametok63_root(const anon_names_known_t *k, size_t i)
{
    /* no second word opening with the letter of its last: a form of no other name */
    if (k->n < 2 || !(k->lead_two & last_bit(k->name[i], k->len[i])))
        return i;
    return root_of(k, i);
}

/* The ASCII letter a word opening at w folds to first (0: none) */
static uint8_t first_letter(const uint8_t *w, size_t n)
{
    char o[2];
    size_t ol = 0;
    if (!n || !fold_one(w, 0, n, 0, o, &ol))
        return 0;
    return (uint8_t)o[0];
}

long nw_sametok63_person(const anon_names_known_t *k, const char *p, size_t n, int known)
{
    size_t ws[MAX_WORDS], wl[MAX_WORDS], wn;
    if (!k || !k->n || n < 3 || n >= MAX_NAME)
        return -1;
    /* each form keeps its words' first letters: no name's word opening with its last word's
     * letter (or, for a known name as written, no second one) answers nothing */
    if (!((known ? k->lead_two : k->lead_any) & last_bit(p, n)) || !(wn = words(p, n, ws, wl)))
        return -1;
    uint8_t lead = first_letter((const uint8_t *)p + ws[wn - 1], wl[wn - 1]);
    size_t skip = wn > 1 && title(p + ws[0], wl[0]);
    long one = -1;
    for (size_t i = 0; i < k->n; i++) {
        if (!may(k, i, lead) || !name_form(k, i, p, ws + skip, wl + skip, wn - skip))
            continue;
        size_t r = root_of(k, i);
        if (one >= 0 && (one = fuller(k, (size_t)one, r)) < 0)
            return -1; /* two people: each form keeps its own token */
        if (one < 0)
            one = (long)r;
    }
    return one;
}
