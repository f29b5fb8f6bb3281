/* names_outside10.c: people in the slots of free-software metadata, found by measuring PERSON
 * recall on the text a Debian machine ships (contrib/bench/accuracy/outside_names.py): the
 * team-upload header of a changelog entry ("  [ Name ]" on its own line above "  * change"),
 * and the holder of a copyright line ("Copyright: 2010-2014 Name <mail>", its continuation
 * lines "           2017, Name <mail>", "Copyright (c) 2007 Name").
 *
 * and the trailer that signs a changelog entry (" -- Name <mail>  Mon, 06 Dec 2019 ...").
 *
 * The one thing to know: these slots also hold teams, firms and projects ("[ Ubuntu Developers
 * ]", "Copyright: 2010 Free Software Foundation, Inc.", "The Chromium Authors"). A value is taken
 * only when it is two to five capitalised words (an initial or a particle inside) with no word
 * of a group or a firm; a holder with no mail after it must also open with a word the lexicon
 * knows as a given name and end its line. The pass looks only at the '[' memchr() finds and at
 * the ':' and ')' of scan()'s tables (nw_hit_at()); nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* Words of a group, a firm or a project: such a value is no person. */
static int group_word(const char *f)
{
    static const char *const w[] = {
        "team",       "teams",        "developers",  "developer",   "maintainers",  "maintainer",
        "project",    "projects",     "foundation",  "inc",         "ltd",          "llc",
        "gmbh",       "corp",         "corporation", "authors",     "contributors", "group",
        "community",  "consortium",   "university",  "institute",   "association",  "society",
        "software",   "systems",      "labs",        "lab",         "list",         "mailing",
        "discussion", "ecosystem",    "force",       "the",         "debian",       "ubuntu",
        "gnome",      "kde",          "mozilla",     "google",      "microsoft",    "apple",
        "oracle",     "ibm",          "intel",       "canonical",   "packagers",    "packaging",
        "security",   "release",      "support",     "bugs",        "company",      "limited",
        "partners",   "technologies", "networks",    "services",    "org",          "others",
        "upload",     "qa",           "translators", "translation", "packages",     "users",
        "all",        "various",      "unknown",     "anonymous",   "linux",        "free",
        "open",       "python",       "perl",        "fedora",      "github",       "gitlab"};
    return NW_ONE_OF(f, w);
}

/* t[a .. b) a person's name in a credit slot: two to five words by nw_person_value(), none a
 * group's word nor a brand. given: the first word must be one the lexicon knows as a given name. */
static int credit_name(const struct sc *s, size_t a, size_t b, int given)
{
    if (b <= a || b - a < 4 || b - a > 64 || !nw_upper(s->t + a, b - a) ||
        !nw_person_value(s, a, b, 1))
        return 0;
    size_t i = a, words = 0;
    while (i < b) {
        struct word w;
        char buf[32];
        nw_parse_word(s, i, &w);
        if (w.e <= i || w.e > b)
            return 0;
        const char *f = nw_fold_span(s, w.s, w.e, buf, sizeof buf);
        if (group_word(f) || nw_brand(f, 1))
            return 0;
        if (words == 0 && given && !(w.lex & (ANON_NL_GIVEN | ANON_NL_ATTESTED)))
            return 0;
        words++;
        i = w.e;
        while (i < b && s->t[i] == ' ')
            i++;
        if (i < b && i == w.e)
            return 0; /* "O'Brien," or a sign between the words */
    }
    return words >= 2 && words <= 5;
}

/* "  [ Name ]" on its own line, the next line a change ("  * ..."). */
static int team_headers(struct sc *s)
{
    const uint8_t *t = s->t, *p;
    for (size_t from = 0; from < s->len && (p = memchr(t + from, '[', s->len - from));) {
        size_t a = (size_t)(p - t) + 2, e = a;
        from = a - 1;
        if (a - 2 < 3 || t[a - 3] != ' ' || t[a - 4] != ' ' || t[a - 5] != '\n' || a >= s->len ||
            t[a - 1] != ' ')
            continue;
        while (e < s->len && t[e] != '\n' && e - a < 80)
            e++;
        size_t le = e;
        while (le > a && (t[le - 1] == ' ' || t[le - 1] == '\r'))
            le--;
        if (le < a + 4 || t[le - 1] != ']' || t[le - 2] != ' ' || e >= s->len)
            continue;
        if (!(e + 4 < s->len && t[e + 1] == ' ' && t[e + 2] == ' ' && t[e + 3] == '*' &&
              t[e + 4] == ' '))
            continue;
        if (!credit_name(s, a, le - 2, 0))
            continue;
        int rc = s->emit(s->arg, ANON_NAMES_PERSON, a, le - 2);
        if (rc < 0)
            return rc;
        from = e;
    }
    return 0;
}

/* The years of a copyright line at i ("2010-2014", "2001, 2003", "2017,"), then the spaces:
 * where the holder starts, or 0. */
static size_t after_years(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    size_t years = 0;
    while (i + 4 <= s->len && is_digit(t[i]) && is_digit(t[i + 1]) && is_digit(t[i + 2]) &&
           is_digit(t[i + 3])) {
        years++;
        i += 4;
        if (i < s->len && is_digit(t[i]))
            return 0;
        while (i < s->len && (t[i] == ' ' || t[i] == '-' || t[i] == ','))
            i++;
    }
    return years && i > 0 && t[i - 1] == ' ' ? i : 0;
}

/* The holder at a: up to " <mail>" (mail set), or to the end of its line. Emits it. */
static int holder(struct sc *s, size_t a)
{
    const uint8_t *t = s->t;
    size_t e = a;
    while (e < s->len && e - a < 70 && t[e] != '\n' && t[e] != '<' && t[e] != '(' && t[e] != ',' &&
           t[e] != '\r')
        e++;
    size_t m = e;
    if (m < s->len && t[m] == '(') { /* "Name (nick) <mail>" */
        const uint8_t *c = memchr(t + m, ')', s->len - m < 40 ? s->len - m : 40);
        m = c && c + 2 < t + s->len && c[1] == ' ' ? (size_t)(c - t) + 2 : m;
    }
    int mail = m < s->len && t[m] == '<' && memchr(t + m, '@', s->len - m < 80 ? s->len - m : 80);
    size_t b = e;
    while (b > a && t[b - 1] == ' ')
        b--;
    if (!mail && (e < s->len && t[e] != '\n' && t[e] != '\r'))
        return 0; /* "Red Hat, Inc.", "Name (Company)" */
    if (!mail && b > a && t[b - 1] == '.')
        b--;
    if (!credit_name(s, a, b, !mail))
        return 0;
    return s->emit(s->arg, ANON_NAMES_PERSON, a, b);
}

/* Does "Copyright" end at e (a word of its own)? */
static int copyright_at(const uint8_t *t, size_t e)
{
    return e >= 9 && (t[e - 9] == 'C' || t[e - 9] == 'c') &&
           memcmp(t + e - 8, "opyright", 8) == 0 && (e == 9 || !is_alnum(t[e - 10]));
}

/* The holder after a copyright sign or colon ending at i, then, in a DEP-5 field (dep5), the
 * holders of its continuation lines ("           2017, Name <mail>"). */
static int holders_after(struct sc *s, size_t i, int dep5)
{
    const uint8_t *t = s->t;
    while (i < s->len && t[i] == ' ')
        i++;
    size_t a = after_years(s, i);
    if (!a)
        return 0;
    int rc = holder(s, a);
    for (size_t l = i; rc >= 0 && dep5;) {
        const uint8_t *nl = memchr(t + l, '\n', s->len - l);
        if (!nl)
            break;
        l = (size_t)(nl - t) + 1;
        if (l >= s->len || t[l] != ' ')
            break;
        size_t k = l;
        while (k < s->len && t[k] == ' ')
            k++;
        if ((a = after_years(s, k)))
            rc = holder(s, a);
    }
    return rc < 0 ? rc : 0;
}

/* "Copyright: 2010 Name <mail>" and its continuation lines, "Copyright (c) 2007 Name": read at
 * the ':' and ')' that scan()'s tables hold, so a text with neither costs nothing more. */
static int copyright_lines(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_hits *h = nw_hits_of(s, ':');
    int rc;
    for (size_t k = 0, e = nw_hit_at(h, s, ':', 0, 0); e < s->len;
         e = nw_hit_at(h, s, ':', ++k, e + 1))
        if (copyright_at(t, e) && (rc = holders_after(s, e + 1, e == 9 || t[e - 10] == '\n')) < 0)
            return rc;
    h = nw_hits_of(s, ')');
    for (size_t k = 0, e = nw_hit_at(h, s, ')', 0, 0); e < s->len;
         e = nw_hit_at(h, s, ')', ++k, e + 1))
        if (e >= 12 && t[e - 2] == '(' && (t[e - 1] | 32) == 'c' && t[e - 3] == ' ' &&
            copyright_at(t, e - 3) && (rc = holders_after(s, e + 1, 0)) < 0)
            return rc;
    return 0;
}

/* A changelog entry's trailer " -- Name <mail>  date", read at the '<' of scan()'s table. */
static int trailers(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_hits *h = nw_hits_of(s, '<');
    for (size_t k = 0, e = nw_hit_at(h, s, '<', 0, 0); e < s->len;
         e = nw_hit_at(h, s, '<', ++k, e + 1)) {
        if (e < 9 || t[e - 1] != ' ')
            continue;
        size_t a = e - 1; /* the line's start, " -- " there and the name after it */
        while (a > 0 && e - a < 72 && t[a - 1] != '\n')
            a--;
        if ((a > 0 && t[a - 1] != '\n') || e < a + 7 || memcmp(t + a, " -- ", 4) != 0)
            continue;
        a += 4;
        const uint8_t *c = memchr(t + e, '>', s->len - e < 80 ? s->len - e : 80);
        if (!c || c + 3 > t + s->len || c[1] != ' ' || c[2] != ' ' ||
            !memchr(t + e, '@', c - (t + e)))
            continue;
        int rc;
        if (credit_name(s, a, e - 1, 0) && (rc = s->emit(s->arg, ANON_NAMES_PERSON, a, e - 1)) < 0)
            return rc;
    }
    return 0;
}

int nw_outside10_names(struct sc *s)
{
    int rc = team_headers(s);
    if (rc >= 0)
        rc = trailers(s);
    return rc < 0 ? rc : copyright_lines(s);
}
