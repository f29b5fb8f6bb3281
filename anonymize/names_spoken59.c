/* names_spoken59.c: a transcript that a recogniser truecased but did not punctuate, pasted under
 * an ask ("Resume esta transcrição:\n\nMeu nome é Mariana Almeida Data de nascimento treze de
 * abril ..."; branch spoken59). nw_spoken52_detect() refuses text with capitals inside its lines
 * (that is prose); speech written out has them too once truecased, but never a full stop or a
 * comma, and it hesitates. Here: no '.', ',', '?', '!' or ';' before a space or a line's end in
 * the first 2 KiB (a numbered turn's "12. " apart), at least 40 words, three that open with a
 * capital, and two fillers (names_asr_words.c's list). Also names_asr.c's helpers of this
 * round: a numbered turn's "12. ", a WebVTT file's punctuation (a punctuating recogniser's file
 * is text the rest of the pack reads well: its voice tags label no transcript then), and the
 * opening word of a role-labelled turn that no name is (a truecased "Zählerstand", a common
 * "stan"). The one thing to know: the detection is asked only after every other transcript test
 * refused a text that opens with an ask line ending in ':', and it reads at most 2 KiB. */
#include "anonymize/names_spoken59.h"
#include "anonymize/names_asr_internal.h"
#include "anonymize/names_internal.h"

#include <string.h>

static int word_byte(uint8_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80 || c == '\'' || c == '-';
}

int nw_spoken59_turn_number(const uint8_t *t, size_t i)
{
    size_t d = i;
    while (d > 0 && i - d < 3 && t[d - 1] >= '0' && t[d - 1] <= '9')
        d--;
    return d < i && (d == 0 || t[d - 1] == '\n');
}

int nw_spoken59_truecased(const uint8_t *t, size_t len)
{
    size_t e = len < 2048 ? len : 2048, words = 0, caps = 0, fill = 0;
    /* 1: a sign no speech writes (code, logs, markup); 2: a full stop, comma, ?, ! or ; */
    static const uint8_t sign[256] = {
        ['{'] = 1, ['('] = 1, ['='] = 1, ['/'] = 1, ['<'] = 1,  ['_'] = 1,
        ['"'] = 1, ['|'] = 1, ['#'] = 1, ['*'] = 1, ['\t'] = 1, ['['] = 1,
        ['.'] = 2, [','] = 2, ['?'] = 2, ['!'] = 2, [';'] = 2};
    for (size_t i = 0; i < e; i++) { /* prose stops at its first full stop or comma */
        uint8_t k = sign[t[i]];
        if (k == 1 ||
            (k == 2 && (i + 1 >= len || t[i + 1] == ' ' || t[i + 1] == '\n' || t[i + 1] == '\r') &&
             !(t[i] == '.' && nw_spoken59_turn_number(t, i))))
            return 0;
    }
    for (size_t i = 0; i < e;) {
        if (!word_byte(t[i]) || (i > 0 && word_byte(t[i - 1]))) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < len && word_byte(t[j]))
            j++;
        words++;
        caps += t[i] >= 'A' && t[i] <= 'Z';
        if (j - i <= 8 && fill < 2) {
            char w[9];
            for (size_t k = i; k < j; k++)
                w[k - i] = (char)(t[k] >= 'A' && t[k] <= 'Z' ? t[k] + 32 : t[k]);
            w[j - i] = '\0';
            fill += in_list(nw_asr_fillers, nw_asr_nfillers, w) != 0;
        }
        i = j;
    }
    return words >= 40 && caps >= 3 && fill >= 2;
}

int nw_spoken59_punctuated(const uint8_t *t, size_t len)
{
    for (size_t i = 0, e = len < 1024 ? len - 1 : 1024; i < e; i++)
        if ((t[i] == '.' || t[i] == ',' || t[i] == '?' || t[i] == '!') &&
            (t[i + 1] == ' ' || t[i + 1] == '\n') &&
            !(t[i] == '.' && i >= 2 && t[i - 2] == ' ')) /* a letter spelled, "k. e. l." */
            return 1;
    return 0;
}

/* ---- the opening words of a labelled turn (names_asr.c's keep()) ------------------------- */
static int asr_byte(uint8_t c)
{
    return word_byte(c) || (c >= '0' && c <= '9') || c == '_';
}

/* t[a .. b) in lower case (ASCII and the two-byte Latin-1 capitals), as names_asr.c folds it */
static const char *lower(const uint8_t *t, size_t a, size_t b, char *buf, size_t cap)
{
    if (b - a >= cap)
        return "";
    for (size_t i = a; i < b; i++) {
        uint8_t c = t[i];
        if (c >= 'A' && c <= 'Z')
            c += 32;
        else if (i > a && t[i - 1] == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97)
            c += 0x20;
        buf[i - a] = (char)c;
    }
    buf[b - a] = '\0';
    return buf;
}

/* Are the words in t[o .. a) only fillers (a is the turn's first word)? */
static int turn_first(const uint8_t *t, size_t o, size_t a)
{
    char buf[64];
    for (size_t i = o; i < a;) {
        while (i < a && !asr_byte(t[i]))
            i++;
        size_t j = i;
        while (j < a && asr_byte(t[j]))
            j++;
        if (j > i && !in_list(nw_asr_fillers, nw_asr_nfillers, lower(t, i, j, buf, sizeof buf)))
            return 0;
        i = j;
    }
    return 1;
}

/* Does a word follow b on its line (the turn goes on: "Zählerstand vier fünf", not a field's
 * value alone, "Teacher: Solhalgeirud")? */
static int said_on(const uint8_t *t, size_t len, size_t b)
{
    for (size_t i = b; i < len && t[i] != '\n' && i < b + 64; i++)
        if (asr_byte(t[i]))
            return 1;
    return 0;
}

size_t nw_spoken59_turn_opening(const uint8_t *t, size_t len, size_t o, size_t a, size_t b)
{
    char buf[64];
    if (!turn_first(t, o, a) || !said_on(t, len, b))
        return a;
    size_t j = a;
    while (j < b && asr_byte(t[j]))
        j++;
    const char *w = lower(t, a, j, buf, sizeof buf);
    unsigned lx = *w ? anon_names_lexicon(w, strlen(w)) : 0;
    if (t[a] >= 'A' && t[a] <= 'Z') { /* a truecasing recogniser's capital opens every turn */
        if (!*w || nw_lexname(lx))
            return a;
        size_t k = j;
        while (k < b && !asr_byte(t[k]))
            k++;
        return k < b && t[k] >= 'A' && t[k] <= 'Z' ? a : k; /* "Järkan Järmänen" stays */
    }
    /* one word, common and no attested given name: "caller: stan licznika ..." */
    return j == b && (lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) &&
                   !((lx & ANON_NL_GIVEN) && (lx & ANON_NL_ATTESTED))
               ? b
               : a;
}

/* ---- a surname spelled without its accents (names_asr_people.c's spelled()) ---------------- */
int nw_spoken59_spells(const char *w, const char *sp)
{
    /* U+00E0 .. U+00FF and U+0100 .. U+017F by their base letter; '?' none */
    static const char l1[] = "aaaaaa?ceeeeiiiidnooooo?ouuuuy?y";
    static const char ext[] = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii??jjkkkllllllllll"
                              "nnnnnnnnnoooooo??rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    const unsigned char *p = (const unsigned char *)w;
    while (*p) {
        char b = 0;
        const char *two = NULL;
        if (*p < 0x80) {
            b = (char)*p++;
        } else if (p[0] == 0xC3 && p[1] >= 0x80 && p[1] <= 0xBF) {
            unsigned d = p[1] >= 0xA0 ? p[1] : p[1] + 0x20u; /* a capital left unfolded */
            b = p[1] == 0x9F ? 0 : l1[d - 0xA0];
            two = p[1] == 0x9F             ? "ss"
                  : d == 0xA4 || d == 0xA6 ? "ae"
                  : d == 0xB6 || d == 0xB8 ? "oe"
                  : d == 0xBC              ? "ue"
                                           : NULL;
            p += 2;
        } else if ((p[0] == 0xC4 || p[0] == 0xC5) && p[1] >= 0x80 && p[1] <= 0xBF) {
            b = ext[((p[0] - 0xC4u) << 6) | (p[1] & 0x3Fu)];
            p += 2;
        } else if (p[0] == 0xC8 && (p[1] == 0x99 || p[1] == 0x9B)) {
            b = p[1] == 0x99 ? 's' : 't'; /* Romanian ș, ț */
            p += 2;
        } else {
            return 0;
        }
        if (two && sp[0] == two[0] && sp[1] == two[1]) {
            sp += 2;
            continue;
        }
        if (!b || b == '?' || *sp != b)
            return 0;
        sp++;
    }
    return *sp == '\0';
}
