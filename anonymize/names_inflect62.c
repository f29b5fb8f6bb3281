/* names_inflect62.c: one word of a known person's name said again under a case ending of the
 * languages that decline names (branch inflectp62, contrib/bench/accuracy/notes/inflectp62.md).
 *
 * After "Tomasz Skarbek" or "Hakala Sanna" was found, the same message writes "Tomaszowi",
 * "Hakalalle", "Péternek" or "Kowalskiego": the known name's word as written, then an ending of
 * Polish, Czech, Slovak, Croatian, Slovene, Finnish, Estonian, Hungarian or Icelandic glued to
 * it. anon_names_known_sweep (names_known.c) asks this file when a word starts with a known given
 * name or surname and goes on for a few letters more. The stem must be the known word whole, in
 * its own case (capitalised as the name is), and the rest one ending of the list below: a word
 * that merely shares a stem with a name is never asked, and an ordinary word of a lexicon
 * language is never taken. A one-letter ending needs a stem of five bytes ("Berge" stays).
 */
#include "anonymize/anon_internal.h"
#include "anonymize/names.h"
#include "anonymize/names_internal.h"

#include <string.h>

/* The case endings read after a known word (UTF-8): Polish, Czech/Slovak, Croatian/Slovene
 * (a, u, e, i, em, om, owi, ovi, iem, ego, emu), Finnish (n, a, ä, lle, lla, llä, lta, ltä,
 * ssa, ssä, sta, stä), Estonian (le, ga, l, lt, ile, iga, il, ilt, ele, ega, el, elt),
 * Hungarian (t, ot, et, nak, nek, nal, nel, val, vel, nál, nél, tól, től, hoz, hez, ról, ről,
 * rel, ral), Icelandic (ar, ur) */
static const char *const endings[] = {
    "a",          "u",          "e",          "i",          "n",          "t",
    "l",          "\xc3\xa4",   "em",         "om",         "ar",         "ur",
    "le",         "ga",         "lt",         "ot",         "et",         "el",
    "owi",        "ovi",        "iem",        "ego",        "emu",        "lle",
    "lla",        "lta",        "ssa",        "sta",        "ile",        "iga",
    "il",         "ilt",        "ele",        "ega",        "elt",        "nak",
    "nek",        "nal",        "nel",        "val",        "vel",        "hoz",
    "hez",        "rel",        "ral",        "ll\xc3\xa4", "lt\xc3\xa4", "ss\xc3\xa4",
    "st\xc3\xa4", "n\xc3\xa1l", "n\xc3\xa9l", "t\xc3\xb3l", "t\xc5\x91l", "r\xc3\xb3l",
    "r\xc5\x91l",
};

int anon_names_case_ending(const uint8_t *t, size_t n)
{
    if (n == 0 || n > 5)
        return 0;
    for (size_t k = 0; k < sizeof endings / sizeof endings[0]; k++)
        if (strlen(endings[k]) == n && !memcmp(t, endings[k], n))
            return 1;
    return 0;
}

size_t anon_names_case_form(const uint8_t *w, size_t wl, const uint8_t *t, size_t i, size_t e,
                            size_t len)
{
    /* the stem: the known word as written, capitalised, four bytes or more (five before a
     * one-letter ending); the ending: one of the list, the word's end at e */
    if (wl < 4 || i + wl >= e || e - (i + wl) > 5 || (wl < 5 && e - (i + wl) == 1))
        return 0;
    if (!(w[0] >= 'A' && w[0] <= 'Z') && w[0] < 0xC0)
        return 0;
    if (memcmp(t + i, w, wl) != 0 || !anon_names_case_ending(t + i + wl, e - (i + wl)))
        return 0;
    if (i > 0 && (t[i - 1] == '/' || t[i - 1] == '~' || t[i - 1] == '#' || t[i - 1] == '\\' ||
                  t[i - 1] == '.' || t[i - 1] == '_'))
        return 0;
    if (e < len && (t[e] == '/' || t[e] == '@' || t[e] == '(' || t[e] == '_' || t[e] == '.') &&
        e + 1 < len && t[e + 1] != ' ' && t[e + 1] != '\n' && t[e + 1] != '"' && t[e + 1] != '\\')
        return 0; /* "Kellera/bin", "Martina.jpg", "Marek(": code */
    if (anon_names_lexicon((const char *)w, wl) & (ANON_NL_COMMON_EN | ANON_NL_COMMON))
        return 0;
    if (nw_lexicon_in(t, len, i, e) & (ANON_NL_COMMON_EN | ANON_NL_COMMON))
        return 0; /* with its ending an ordinary word */
    return e;
}
