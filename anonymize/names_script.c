/* names_script.c: a person's name written in another script (Cyrillic, Greek, Armenian,
 * Georgian, Hebrew, Arabic, the Indic scripts, Thai, Hangul, kana, CJK) as the whole value of a
 * member or cell that holds a name ("name": "Иван Петров", "last_name": "王"). The Latin
 * recognisers ask for a capital letter of the Latin alphabets, so such a value left whole.
 *
 * The value must be 1 to 4 words of letters of one script, separated by single spaces (or the
 * middle dots "·" and "・" of transcribed and Japanese names), no digit, no punctuation: with
 * case (Cyrillic, Greek, Armenian) each word opens with a capital; without, a run of 1 to 6
 * characters per word (CJK names are 2 to 4). A member that may hold any name ("name", "nom")
 * takes it only as two or more capitalised words: "name": "Москва" or "name": "设置" is a
 * place or a label. */
#include "anonymize/names_internal.h"

enum { SC_NONE, SC_CASED, SC_UNCASED };

/* The code point at p[0 .. n) (2 to 4 bytes, well formed by the engine's UTF-8 check), its
 * length in *len; 0 for ASCII or a stray byte. */
static uint32_t cp_at(const uint8_t *p, size_t n, size_t *len)
{
    if (p[0] >= 0xC2 && p[0] <= 0xDF && n >= 2) {
        *len = 2;
        return (uint32_t)(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
    }
    if (p[0] >= 0xE0 && p[0] <= 0xEF && n >= 3) {
        *len = 3;
        return (uint32_t)(p[0] & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
    }
    if (p[0] >= 0xF0 && p[0] <= 0xF4 && n >= 4) {
        *len = 4;
        return (uint32_t)(p[0] & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12 |
               (uint32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
    }
    *len = 1;
    return 0;
}

/* The script of letter c (a small number per script, 0 for none of them), and whether it is a
 * capital (*upper) in a script with case. */
static int script_of(uint32_t c, int *upper)
{
    *upper = 0;
    if ((c >= 0x0386 && c <= 0x03FF) || (c >= 0x1F00 && c <= 0x1FFF)) { /* Greek */
        *upper = (c >= 0x0386 && c <= 0x03AB) || (c >= 0x1F08 && (c & 0x0F) >= 8);
        return c == 0x0387 || (c >= 0x03F6 && c <= 0x03FF) ? 0 : 1;
    }
    if (c >= 0x0400 && c <= 0x04FF) { /* Cyrillic */
        *upper = c <= 0x042F || (c >= 0x0460 && !(c & 1) && !(c >= 0x0482 && c <= 0x0489));
        return c >= 0x0482 && c <= 0x0489 ? 0 : 2;
    }
    if (c >= 0x0531 && c <= 0x0587) { /* Armenian */
        *upper = c <= 0x0556;
        return c >= 0x0557 && c <= 0x0560 ? 0 : 3;
    }
    if (c >= 0x05D0 && c <= 0x05EA)
        return 4; /* Hebrew */
    if ((c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) ||
        (c >= 0x06FA && c <= 0x06FC))
        return 5; /* Arabic and Persian letters */
    if (c >= 0x0900 && c <= 0x0DFF)
        return 6; /* Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Telugu, ... */
    if (c >= 0x0E01 && c <= 0x0E4E)
        return 7; /* Thai */
    if (c >= 0x10A0 && c <= 0x10FF)
        return 8; /* Georgian */
    if (c >= 0xAC00 && c <= 0xD7A3)
        return 9; /* Hangul syllables */
    if ((c >= 0x3041 && c <= 0x30FA) || (c >= 0x30FC && c <= 0x30FF))
        return 10; /* kana */
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF))
        return 10; /* CJK ideographs: Japanese names mix them with kana */
    return 0;
}

int nw_script_letter(const uint8_t *p, size_t n, size_t *len, int *upper)
{
    uint32_t c = cp_at(p, n, len);
    return c ? script_of(c, upper) : (*upper = 0, 0);
}

/* Is t[a .. b) a name in one of these scripts? words_min: 2 for a member that may hold any
 * name, 1 for one that holds a person's. */
int nw_script_name(const struct sc *s, size_t a, size_t b, int words_min)
{
    const uint8_t *t = s->t;
    if (b <= a || b - a > 80 || t[a] < 0xC2)
        return 0;
    int script = 0, cased = 0;
    size_t words = 0, i = a;
    while (i < b) {
        size_t chars = 0;
        while (i < b && t[i] >= 0xC2) {
            size_t l;
            int up;
            uint32_t c = cp_at(t + i, b - i, &l);
            int sc = script_of(c, &up);
            if (!sc || (script && sc != script))
                return 0;
            if (!script) {
                script = sc;
                cased = sc <= 3;
            }
            if (cased && chars == 0 && !up)
                return 0; /* "иван": a word, or a name typed in lower case: too weak alone */
            chars++;
            i += l;
            /* "Петров-Водкин", "Анна-Мария": a hyphen between letters of the script, each
             * part capitalised where the script has case ("Ростов-на-Дону" is a place) */
            if (i + 1 < b && t[i] == '-' && t[i + 1] >= 0xC2) {
                i++;
                chars = 0;
            }
        }
        if (!chars || (!cased && chars > (script >= 9 ? 6u : 14u))) /* "גולדברג", "عبدالرحمن" */
            return 0;
        words++;
        if (i == b)
            break;
        /* one space, or a middle dot ("·" U+00B7, "・" U+30FB), between words */
        if (t[i] == ' ')
            i++;
        else if (i + 1 < b && t[i] == 0xC2 && t[i + 1] == 0xB7)
            i += 2;
        else if (i + 2 < b && t[i] == 0xE3 && t[i + 1] == 0x83 && t[i + 2] == 0xBB)
            i += 3;
        else
            return 0;
        if (i >= b)
            return 0;
    }
    if (words > 4 || words < (size_t)words_min)
        return 0;
    /* a member that may hold any name: two capitalised words of a cased script only */
    return words_min < 2 || cased;
}
