/* names_stem63.c: the nominative a declined name comes from when the case changes its stem
 * (branch stems63, contrib/bench/accuracy/notes/stems63.md).
 *
 * names_inflect62.c reads a known word with an ending glued on ("Tomaszowi"). Here the ending
 * replaces the nominative's own: Finnish "Virtasen"/"Virtaselle" from "Virtanen" and consonant
 * gradation ("Jukan" from "Jukka", "Sadun" from "Satu"), Polish "Kowalskiego"/"Kowalskiej"/
 * "Kowalską" from "Kowalski"/"Kowalska", "Wróbla" from "Wróbel", Czech and Slovak "Dvořákovou"/
 * "Dvořákové"/"Dvořákovej" from "Dvořáková", "Černého" from "Černý", "Hlaváčka" from "Hlaváček",
 * "Petra" from "Peter", Latvian "Bērziņam" from "Bērziņš", Lithuanian "Jonaičio" from
 * "Jonaitis", "Jonaitienei" from "Jonaitienė", Hungarian "Évával" from "Éva", Greek
 * "Παπαδόπουλου" from "Παπαδόπουλος". nw_stem63_nominative() lists the nominatives a word may be a
 * form of (bounded rules per language: a stem of three bytes or more, then one oblique ending
 * that replaces one nominative ending); anon_names_known_sweep (names_sweep.c) looks each up
 * among the known people's words, and nw_stem63_form() checks a hit as names_inflect62.c checks
 * its own: the known word's stem as written, no ordinary word, no path or code around it. A word
 * that merely shares a stem with a name is never a form: the whole nominative must be known.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/names.h"
#include "anonymize/names_internal.h"

#include <string.h>

/* A nominative ending and an oblique ending that replaces it (UTF-8). */
struct stem_rule {
    const char *nom, *obl;
    uint8_t nl, ol; /* their lengths */
};
#define R(n, o)                                                                                    \
    {                                                                                              \
        n, o, sizeof n - 1, sizeof o - 1                                                           \
    }

static const struct stem_rule rules[] = {
    /* Finnish -nen: genitive, allative, adessive, ablative, elative, inessive, illative,
     * partitive, essive, translative */
    R("nen", "sen"),
    R("nen", "selle"),
    R("nen", "sella"),
    R("nen", "sell\xc3\xa4"),
    R("nen", "selta"),
    R("nen", "selt\xc3\xa4"),
    R("nen", "sesta"),
    R("nen", "sest\xc3\xa4"),
    R("nen", "sessa"),
    R("nen", "sess\xc3\xa4"),
    R("nen", "seen"),
    R("nen", "sta"),
    R("nen", "st\xc3\xa4"),
    R("nen", "sena"),
    R("nen", "sen\xc3\xa4"),
    R("nen", "seksi"),
    /* Polish adjectival surnames: -ski/-cki/-ny/-ły (m), -ska/-cka/-na/-ła (f) */
    R("i", "iego"),
    R("i", "iemu"),
    R("i", "im"),
    R("y", "ego"),
    R("y", "emu"),
    R("y", "ym"),
    R("a", "iej"),
    R("a", "\xc4\x85"),
    R("a", "ej"),
    /* Polish/Czech/Slovak nouns whose e drops: -ek, -el, -ec (Gąsiorek, Wróbel, Hudec) */
    R("ek", "ka"),
    R("ek", "kowi"),
    R("ek", "kiem"),
    R("ek", "kovi"),
    R("ek", "kem"),
    R("ek", "kom"),
    R("ek", "ku"),
    R("el", "la"),
    R("el", "lowi"),
    R("el", "lovi"),
    R("el", "lem"),
    R("el", "lom"),
    R("ec", "ca"),
    R("ec", "ce"),
    R("ec", "covi"),
    R("ec", "cem"),
    R("ec", "com"),
    R("er", "ra"),
    R("er", "rovi"),
    R("er", "rom"),
    R("ol", "la"),
    R("ol", "lovi"),
    R("ol", "lom"),
    /* Czech/Slovak -á (Dvořáková, Černá), -ý (Černý); feminine -a given names */
    R("\xc3\xa1", "\xc3\xa9"),
    R("\xc3\xa1", "ou"),
    R("\xc3\xa1", "ej"),
    R("\xc3\xa1", "\xc3\xba"),
    R("\xc3\xbd", "\xc3\xa9ho"),
    R("\xc3\xbd", "\xc3\xa9mu"),
    R("\xc3\xbd", "\xc3\xbdm"),
    R("\xc3\xbd", "\xc3\xa9m"),
    R("a", "y"),
    R("a", "ou"),
    R("a", "\xc4\x9b"),
    R("a", "\xc4\x99"),
    R("ra", "\xc5\x99\x65"),
    R("ra", "rze"),
    /* Latvian -š/-s/-is (m), -a/-e (f) */
    R("\xc5\xa1", "a"),
    R("\xc5\xa1", "am"),
    R("\xc5\xa1", "u"),
    R("\xc5\xa1", "\xc4\x81"),
    R("s", "a"),
    R("s", "am"),
    R("s", "u"),
    R("s", "\xc4\x81"),
    R("is", "a"),
    R("is", "im"),
    R("a", "as"),
    R("a", "ai"),
    R("e", "es"),
    R("e", "ei"),
    /* Lithuanian -tis, -is, -as, -us, -ė */
    R("tis", "\xc4\x8dio"),
    R("tis", "\xc4\x8diui"),
    R("tis", "t\xc4\xaf"),
    R("tis", "\xc4\x8diu"),
    R("is", "io"),
    R("is", "iui"),
    R("is", "\xc4\xaf"),
    R("as", "o"),
    R("as", "ui"),
    R("as", "\xc4\x85"),
    R("as", "u"),
    R("us", "aus"),
    R("us", "ui"),
    R("us", "\xc5\xb3"),
    R("\xc4\x97", "\xc4\x97s"),
    R("\xc4\x97", "ei"),
    R("\xc4\x97", "\xc4\x99"),
    R("\xc4\x97", "e"),
    R("a", "os"),
    R("a", "\xc4\x85"),
    /* Hungarian lengthening before a suffix: -a -> -á-, -e -> -é- */
    R("a", "\xc3\xa1nak"),
    R("a", "\xc3\xa1val"),
    R("a", "\xc3\xa1t"),
    R("a", "\xc3\xa1n\xc3\xa1l"),
    R("a", "\xc3\xa1t\xc3\xb3l"),
    R("a", "\xc3\xa1hoz"),
    R("e", "\xc3\xa9nek"),
    R("e", "\xc3\xa9vel"),
    R("e", "\xc3\xa9t"),
    R("e", "\xc3\xa9n\xc3\xa9l"),
    R("e", "\xc3\xa9t\xc5\x91l"),
    /* Greek -ος/-ης/-ας and their Latin letters */
    R("\xce\xbf\xcf\x82", "\xce\xbf\xcf\x85"),
    R("\xce\xbf\xcf\x82", "\xce\xbf"),
    R("\xce\xbf\xcf\x82", "\xce\xb5"),
    R("\xce\xb7\xcf\x82", "\xce\xb7"),
    R("\xce\xb1\xcf\x82", "\xce\xb1"),
    R("\xce\xac\xcf\x82", "\xce\xac"),
    R("\xce\xae\xcf\x82", "\xce\xae"),
    R("os", "ou"),
    R("os", "o"),
    R("os", "e"),
    R("is", "i"),
};

/* Finnish case endings after a weak grade ("Jukan", "Pirkolle", "Sadulla") */
static const char *const fi_endings[] = {"n",   "lle",        "lla", "ll\xc3\xa4",
                                         "lta", "lt\xc3\xa4", "ssa", "ss\xc3\xa4",
                                         "sta", "st\xc3\xa4", "ksi"};

#define NRULES (sizeof rules / sizeof rules[0])
#define NFI (sizeof fi_endings / sizeof fi_endings[0])

static int ends_with(const uint8_t *x, size_t n, const char *s, size_t *sl)
{
    *sl = strlen(s);
    return *sl < n && !memcmp(x + n - *sl, s, *sl);
}

/* x[0 .. n) ends with the rule's oblique ending (its last byte first) */
static int ends_obl(const uint8_t *x, size_t n, const struct stem_rule *r)
{
    return r->ol < n && x[n - 1] == (uint8_t)r->obl[r->ol - 1] &&
           !memcmp(x + n - r->ol, r->obl, r->ol);
}

static size_t put(uint8_t *out, size_t cap, const uint8_t *stem, size_t sl, const char *a,
                  size_t al)
{
    if (sl + al > cap)
        return 0;
    memcpy(out, stem, sl);
    memcpy(out + sl, a, al);
    return sl + al;
}

size_t nw_stem63_nominative(const uint8_t *x, size_t n, unsigned *k, uint8_t *out, size_t cap)
{
    for (; *k < NRULES; (*k)++) {
        const struct stem_rule *r = &rules[*k];
        if (!ends_obl(x, n, r) || n - r->ol < 3)
            continue;
        size_t m = put(out, cap, x, n - r->ol, r->nom, r->nl);
        (*k)++;
        if (m)
            return m;
    }
    /* Finnish weak grade: k, t, p one where the nominative doubles it; d where it writes t */
    for (; *k < NRULES + NFI; (*k)++) {
        size_t el;
        if (!ends_with(x, n, fi_endings[*k - NRULES], &el) || n - el < 4)
            continue;
        size_t v = n - el - 1; /* the stem's last vowel */
        uint8_t c = x[v - 1], vw = x[v];
        (*k)++;
        if (!strchr("aeiouy", vw) || x[v - 2] == c ||
            (c != 'k' && c != 't' && c != 'p' && c != 'd'))
            continue;
        char tail[3] = {(char)c, (char)c, (char)vw};
        if (c == 'd')
            tail[1] = 't';
        return put(out, cap, x, v - 1, c == 'd' ? tail + 1 : tail, c == 'd' ? 2 : 3);
    }
    return 0;
}

size_t nw_stem63_form(const uint8_t *w, size_t wl, const uint8_t *t, size_t i, size_t e, size_t len)
{
    /* w, a known person's word, is a nominative of t[i .. e) (the caller found it so); the
     * stem as written and capitalised, no code around, no ordinary word either way */
    if (wl < 3 || e - i < 4 || e - i > 64)
        return 0;
    if (!(w[0] >= 'A' && w[0] <= 'Z') && w[0] < 0xC0)
        return 0;
    if (t[i] != w[0])
        return 0;
    if (i > 0 && (t[i - 1] == '/' || t[i - 1] == '~' || t[i - 1] == '#' || t[i - 1] == '\\' ||
                  t[i - 1] == '.' || t[i - 1] == '_' || t[i - 1] == '@'))
        return 0;
    if (e < len && (t[e] == '/' || t[e] == '@' || t[e] == '(' || t[e] == '_' || t[e] == '.') &&
        e + 1 < len && t[e + 1] != ' ' && t[e + 1] != '\n' && t[e + 1] != '"' && t[e + 1] != '\\')
        return 0;
    if (anon_names_lexicon((const char *)w, wl) & (ANON_NL_COMMON_EN | ANON_NL_COMMON))
        return 0;
    if (nw_lexicon_in(t, len, i, e) & (ANON_NL_COMMON_EN | ANON_NL_COMMON))
        return 0;
    return e;
}
