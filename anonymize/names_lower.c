/* names_lower.c: texts written all in lower case ("follow up with patricia desrosiers"), where
 * the capital letters the scanner walks are missing.
 *
 * Such a text is scanned as a copy in which the first letter of each word that names a person
 * by itself is raised: a given name or surname of the lexicon that is no ordinary word, and an
 * unknown word with a name's shape right after one ("olga krylova" -> "Olga Krylova"). The
 * scanner then judges the raised words by their context as it judges capitalised ones; the copy
 * has the same bytes but those letters, so what it finds is at the same offsets in the text.
 * The copy lives in the caller's buffer: nothing here allocates.
 */
#include "anonymize/names_internal.h"

/* A lower-case letter at p: its byte length (1 ASCII, 2 Latin-1), 0 for anything else. */
static size_t lower_letter(const uint8_t *p, size_t avail)
{
    if (p[0] >= 'a' && p[0] <= 'z')
        return 1;
    if (avail >= 2 && p[0] == 0xC3 && p[1] >= 0x9F && p[1] <= 0xBF && p[1] != 0xB7)
        return 2;
    return 0;
}

/* Is there a capital letter in t[0 .. len) (ASCII, or Latin-1 and Latin Extended-A)? */
static int any_capital(const uint8_t *t, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (nw_upper(t + i, len - i))
            return 1;
    return 0;
}

/* May the word at w (n bytes) be raised: a name of the lexicon, or (after a raised word) an
 * unknown word with a name's shape; never an ordinary English word, a context word or a
 * product's ("patricia", "vitoria" are also words of another language the lexicon knows). */
static int raise_word(const uint8_t *w, size_t n, int after_name)
{
    if (n < 3 || n > 24)
        return 0;
    unsigned f = anon_names_lexicon((const char *)w, n);
    if ((f & ANON_NL_COMMON_EN) ||
        ((f & ANON_NL_COMMON) && !(f & ANON_NL_GIVEN) && !(after_name && nw_lexname(f))))
        return 0; /* an English word; a word of another language unless a given name there */
    char buf[32];
    size_t k = nw_fold((const char *)w, n, buf, sizeof buf - 1);
    buf[k] = '\0';
    if (!k || nw_cats(buf))
        return 0; /* "the", "may", "von", "dear": words of the lists, not names */
    if (nw_lexname(f))
        return 1;
    return after_name && f == 0 && nw_name_shape(w, n) >= 0;
}

size_t nw_raise_lower(const uint8_t *t, size_t len, uint8_t *out, size_t cap)
{
    size_t spaces = 0, raised = 0;
    if (len > cap || len < 16 || any_capital(t, len))
        return 0;
    for (size_t i = 0; i < len; i++) {
        spaces += t[i] == ' ';
        if (memchr("{};=|\\_<>*#$[]", t[i], 15))
            return 0; /* code, a shell line, markup: not prose */
    }
    if (spaces < 3)
        return 0; /* an identifier, a path, a word: not prose */
    memcpy(out, t, len);
    int prev_raised = 0;
    for (size_t i = 0; i < len;) {
        size_t l = lower_letter(t + i, len - i);
        if (!l) {
            if (t[i] != ' ')
                prev_raised = 0; /* "anna, jan": a name's next word follows one space */
            i++;
            continue;
        }
        size_t e = i;
        while (e < len && (l = lower_letter(t + e, len - e)))
            e += l;
        uint8_t before = i ? t[i - 1] : ' ', after = e < len ? t[e] : ' ';
        int word = !(is_alnum(before) || before >= 0x80 || strchr("_.@/\\-#$%+~`&'", before)) &&
                   !(is_alnum(after) || after >= 0x80 || strchr("_@/\\-(=[{", after)) &&
                   !(after == '.' && e + 1 < len && is_alnum(t[e + 1]));
        int up = word && raise_word(t + i, e - i, prev_raised);
        if (up) {
            if (t[i] < 0x80)
                out[i] = (uint8_t)(t[i] - 32);
            else
                out[i + 1] = (uint8_t)(t[i + 1] - 32);
            raised++;
        }
        prev_raised = up;
        i = e;
    }
    return raised ? len : 0;
}
