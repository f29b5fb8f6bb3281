/* names_profileurl.c: the person in a profile or booking link
 * ("linkedin.com/in/maria-keller-4b2a1", "xing.com/profile/Maria_Keller",
 * "instagram.com/maria.keller", "calendly.com/mkeller/30min").
 *
 * Only the slug is a PERSON, so the link still reads as the site's: "linkedin.com/in/[PERSON_1]/".
 * A site that holds only people's pages (LinkedIn /in/, XING /profile/, Calendly, about.me) makes
 * any slug a person's; on the sites where a handle is as often a firm's or a project's (X,
 * Instagram, TikTok...) the slug must spell a name ("maria.keller", "mkeller", "mariakeller") by
 * the lexicon; on GitHub and GitLab, whose handles fill developer text, only a name the request
 * knows or a name written beside the link ("Maria Keller ... github.com/mkeller") makes it one,
 * and that beside-name makes any site's slug a person's. The pass is found by memchr for '/' and
 * '@' and a look at the byte before it: a host ending in one of the sites. A slug never joins a
 * plain-text name's token (anon_names_url_part): restore gives the URL back byte for byte.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/names_internal.h"

#include <openssl/mem.h>
#include <string.h>
#include <strings.h>

/* Who has pages on a site: only people (any slug is a person's), people and firms (a slug that
 * spells a name is a person's), or developers, firms and projects, whose handles fill developer
 * text (only a name the text or the request spells elsewhere makes a slug a person's). */
enum { SITE_MIXED, SITE_PEOPLE, SITE_DEV };

/* How a site's path names a person: "/in/<slug>", "/<slug>", "/@<handle>"... */
enum {
    P_IN,      /* LinkedIn: /in/<slug> or /pub/<slug> */
    P_PROFILE, /* XING: /profile/<slug> */
    P_FIRST,   /* the first segment, unless it is one of the site's own pages */
    P_AT,      /* the first segment after '@' */
    P_USER,    /* GitHub, GitLab: the first segment when no repository follows */
};

static const struct site {
    const char *host; /* the registered domain: the host is it or ends in "." and it */
    uint8_t hl, path;
    uint8_t people; /* SITE_*: who has pages there */
} sites[] = {
    {"linkedin.com", 12, P_IN, SITE_PEOPLE},
    {"xing.com", 8, P_PROFILE, SITE_PEOPLE},
    {"facebook.com", 12, P_FIRST, 0},
    {"fb.com", 6, P_FIRST, 0},
    {"instagram.com", 13, P_FIRST, 0},
    {"x.com", 5, P_FIRST, 0},
    {"twitter.com", 11, P_FIRST, 0},
    {"tiktok.com", 10, P_AT, 0},
    {"threads.net", 11, P_AT, 0},
    {"threads.com", 11, P_AT, 0},
    {"medium.com", 10, P_AT, 0},
    {"youtube.com", 11, P_AT, 0},
    {"github.com", 10, P_USER, SITE_DEV},
    {"gitlab.com", 10, P_USER, SITE_DEV},
    {"calendly.com", 12, P_FIRST, SITE_PEOPLE},
    {"about.me", 8, P_FIRST, SITE_PEOPLE},
    {"t.me", 4, P_FIRST, 0},
    {"mastodon.social", 15, P_AT, 0},
    {"fosstodon.org", 13, P_AT, 0},
    {"chaos.social", 12, P_AT, 0},
    {"mastodon.online", 15, P_AT, 0},
};

/* The sites' own pages in the first segment: never a person. Lower case. */
static const char *const reserved[] = {
    "about",        "account",       "accounts",   "ads",      "api",         "app",
    "apps",         "blog",          "business",   "careers",  "collections", "compose",
    "contact",      "developer",     "developers", "direct",   "docs",        "download",
    "enterprise",   "events",        "explore",    "features", "friends",     "gaming",
    "groups",       "hashtag",       "help",       "home",     "home.php",    "i",
    "integrations", "intent",        "joinchat",   "jobs",     "legal",       "live",
    "login",        "marketplace",   "me",         "messages", "new",         "notifications",
    "orgs",         "organizations", "p",          "pages",    "people",      "permalink.php",
    "photo",        "photos",        "policies",   "pricing",  "privacy",     "profile.php",
    "pulls",        "issues",        "reel",       "reels",    "resources",   "s",
    "search",       "security",      "settings",   "share",    "sharer",      "sharer.php",
    "signup",       "site",          "sponsors",   "stories",  "story.php",   "team",
    "terms",        "topics",        "trending",   "tv",       "videos",      "watch",
    "web",          "addstickers",   "proxy",      "iv",       "c",           "tos",
    "signin",       "auth",          "dashboard",  "users",    "user",        "u",
    "explore.php",  "groups.php",    "events.php", "stats",    "status",      "login.php",
};

static int host_byte(uint8_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '-';
}

static int slug_byte(uint8_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '-' || c == '_' || c == '%' || c >= 0x80;
}

/* The site whose host ends at he (exclusive), or NULL. */
static const struct site *site_at(const uint8_t *t, size_t he)
{
    size_t hb = he;
    while (hb > 0 && he - hb < 64 && host_byte(t[hb - 1]))
        hb--;
    if (he - hb < 4 || (hb > 0 && host_byte(t[hb - 1])))
        return NULL;
    if (hb > 0) {
        uint8_t c = t[hb - 1];
        if (c == '@' || c == '_' || c == '%')
            return NULL; /* an e-mail's domain, a longer token */
        if (c == '/' && !(hb >= 2 && (t[hb - 2] == '/' || t[hb - 2] == '\\')))
            return NULL; /* "docs/github.com/..." is a path, "//github.com" a host */
    }
    for (size_t k = 0; k < sizeof sites / sizeof sites[0]; k++) {
        size_t n = sites[k].hl;
        if (he - hb < n || strncasecmp((const char *)t + he - n, sites[k].host, n) != 0)
            continue;
        if (he - hb == n || t[he - n - 1] == '.')
            return &sites[k];
    }
    return NULL;
}

/* The end of the path segment at i: a '/', "\/", '?', '#', a quote or a space ends it. */
static size_t seg_end(const uint8_t *t, size_t len, size_t i)
{
    while (i < len && slug_byte(t[i]))
        i++;
    return i;
}

/* The start of the next segment after the separator at e ('/' or "\/"), or 0 for none. */
static size_t next_seg(const uint8_t *t, size_t len, size_t e)
{
    if (e < len && t[e] == '/')
        return e + 1;
    if (e + 1 < len && t[e] == '\\' && t[e + 1] == '/')
        return e + 2;
    return 0;
}

static int is_reserved(const uint8_t *p, size_t n)
{
    char w[24];
    if (n >= sizeof w)
        return 0;
    for (size_t i = 0; i < n; i++)
        w[i] = (char)(p[i] >= 'A' && p[i] <= 'Z' ? p[i] | 32 : p[i]);
    w[n] = '\0';
    return NW_ONE_OF(w, reserved);
}

/* The slug decoded into out: percent escapes of UTF-8 letters ("m%C3%BCller") become the letters;
 * its length, 0 when it does not fit or holds a bad escape. */
static size_t decode(const uint8_t *p, size_t n, uint8_t *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = p[i];
        if (c == '%') {
            int h = 0;
            for (size_t j = 1; j <= 2; j++) {
                uint8_t d = i + j < n ? p[i + j] : 0;
                int v = d >= '0' && d <= '9'                 ? d - '0'
                        : (d | 32) >= 'a' && (d | 32) <= 'f' ? (d | 32) - 'a' + 10
                                                             : -1;
                if (v < 0)
                    return 0;
                h = h << 4 | v;
            }
            c = (uint8_t)h;
            i += 2;
        }
        if (o == cap)
            return 0;
        out[o++] = c;
    }
    return o;
}

/* A given name of the lexicon that is no ordinary English word unless it is a well-attested name
 * ("laura", "mark"; not "will" alone... "will" is attested too, and stays a name here). */
static int given_word(const uint8_t *p, size_t n)
{
    unsigned f = anon_names_lexicon((const char *)p, n);
    return n >= 3 && (f & ANON_NL_GIVEN) && ((f & ANON_NL_ATTESTED) || !(f & ANON_NL_COMMON_EN));
}

/* A surname after a given name: a name of the lexicon ("walker", "bianchi"), or a word no list
 * holds (an invented or foreign one), but no ordinary word that is no name ("design"). */
static int surname_word(const uint8_t *p, size_t n)
{
    unsigned f = anon_names_lexicon((const char *)p, n);
    return (f & ANON_NL_NAME) || !(f & (ANON_NL_COMMON_EN | ANON_NL_COMMON));
}

/* Is one run of letters w[0 .. n) a name written together: "mariakeller", "gbianchi"? Only a
 * word no list holds, and both halves names of the lexicon ("docker", "golang", "realmadrid"
 * are not). */
static int joined_name(const uint8_t *w, size_t n)
{
    if (n < 6 || n > 30 || anon_names_lexicon((const char *)w, n))
        return 0;
    /* an initial and a surname: "mkeller", "gbianchi" */
    unsigned f = anon_names_lexicon((const char *)w + 1, n - 1);
    if (n - 1 >= 6 && (f & ANON_NL_NAME) && !(f & ANON_NL_COMMON_EN))
        return 1;
    /* a given name and a surname: "mariakeller", "lottesmit" */
    for (size_t k = 3; k + 4 <= n; k++) {
        unsigned g = anon_names_lexicon((const char *)w, k);
        if ((g & ANON_NL_GIVEN) && !(g & ANON_NL_COMMON_EN) &&
            (anon_names_lexicon((const char *)w + k, n - k) & ANON_NL_NAME))
            return 1;
    }
    return 0;
}

/* Does the decoded slug w[0 .. n) spell a person's name? Words are split at '.', '-', '_' and
 * digits: "maria.keller.77", "maria-keller-4b2a1", "keller_maria", "mkeller". A word of a name
 * the request knows answers; by the lexicon too when lexicon is set. */
static int spells_name(const uint8_t *w, size_t n, const anon_names_known_t *known, int lexicon)
{
    size_t a[4], b[4], nw = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && (w[i] == '.' || w[i] == '-' || w[i] == '_'))
            i++;
        size_t st = i, e = i;
        while (e < n && !(w[e] >= '0' && w[e] <= '9') && w[e] != '.' && w[e] != '-' && w[e] != '_')
            e++; /* the letters */
        i = e;
        while (i < n && w[i] != '.' && w[i] != '-' && w[i] != '_')
            i++; /* and what follows them in the part: digits, a hex tail */
        if (e == st || (i > e && nw > 0))
            continue; /* a number or a hex tail ("-4b2a1", ".77") after the name */
        if (nw == 4)
            return 0;
        a[nw] = st;
        b[nw++] = e; /* "maria88": the word before the digits */
    }
    if (nw == 0)
        return 0;
    if (known) {
        for (size_t k = 0; k < nw; k++)
            if (b[k] - a[k] >= 3 &&
                anon_names_known_has(known, (const char *)w + a[k], b[k] - a[k]))
                return 1; /* "keller" after "Maria Keller" in the same request */
    }
    if (!lexicon)
        return 0;
    if (nw == 1)
        return joined_name(w + a[0], b[0] - a[0]);
    const uint8_t *w0 = w + a[0], *w1 = w + a[1];
    size_t l0 = b[0] - a[0], l1 = b[1] - a[1];
    /* a third word that is no name ("sabine.becker.photography") only after a surname of the
     * lexicon */
    for (size_t k = 2; k < nw; k++)
        if (!surname_word(w + a[k], b[k] - a[k]) &&
            !(given_word(w0, l0) && (anon_names_lexicon((const char *)w1, l1) & ANON_NL_NAME)))
            return 0;
    /* given name then a surname, known or not ("maria.keller", "maria.tivaniv", "maria.k") */
    if (given_word(w0, l0) && (l1 == 1 || surname_word(w1, l1)))
        return 1;
    /* surname then given name ("keller.maria"), or initial then surname ("m.keller") */
    unsigned f0 = anon_names_lexicon((const char *)w0, l0);
    if (given_word(w1, l1) && (f0 & ANON_NL_NAME) && !(f0 & ANON_NL_COMMON_EN) &&
        !(anon_names_lexicon((const char *)w1, l1) & ANON_NL_COMMON_EN))
        return 1;
    return l0 == 1 && l1 >= 4 && (anon_names_lexicon((const char *)w1, l1) & ANON_NL_NAME);
}

/* The person's slug in the path that starts at i (after the host's '/'), as [*a, *b); 0 when the
 * path names none, 2 when the path holds only people's (as a site of SITE_PEOPLE), else 1. */
static int person_slug(const uint8_t *t, size_t len, const struct site *st, size_t i, size_t *a,
                       size_t *b)
{
    size_t e = seg_end(t, len, i);
    int sure = 1;
    if (st->path == P_IN || st->path == P_PROFILE) {
        size_t n = e - i;
        int ok = st->path == P_IN ? (n == 2 && strncasecmp((const char *)t + i, "in", 2) == 0) ||
                                        (n == 3 && strncasecmp((const char *)t + i, "pub", 3) == 0)
                                  : n == 7 && strncasecmp((const char *)t + i, "profile", 7) == 0;
        if (!ok || !(i = next_seg(t, len, e)))
            return 0;
        e = seg_end(t, len, i);
    } else if (st->path == P_AT) {
        if (i >= len || t[i] != '@')
            return 0;
        e = seg_end(t, len, ++i);
    } else {
        if (i < len && t[i] == '@')
            e = seg_end(t, len, ++i); /* "x.com/@maria" as some write it */
        if (st->host[0] == 'f' && e - i == 6 &&
            strncasecmp((const char *)t + i, "people", 6) == 0 && (i = next_seg(t, len, e)) != 0) {
            e = seg_end(t, len, i); /* Facebook's "/people/Maria-Keller/<id>": only people */
            sure = 2;
        } else if (is_reserved(t + i, e - i)) {
            return 0;
        }
        size_t nx = next_seg(t, len, e);
        if (st->path == P_USER && nx && nx < len && slug_byte(t[nx]))
            return 0; /* "github.com/openai/openai-python": a repository */
    }
    while (e > i && (t[e - 1] == '.' || t[e - 1] == '-' || t[e - 1] == '_'))
        e--; /* "see x.com/mkeller." */
    if (e - i < 2 || e - i > 100)
        return 0;
    *a = i;
    *b = e;
    return sure;
}

/* Is the slug t[a .. b) a person's on site st (NULL: a Mastodon handle)? */
static int slug_is_person(const uint8_t *t, const struct site *st, size_t a, size_t b,
                          const anon_names_known_t *known)
{
    uint8_t w[128];
    size_t n = decode(t + a, b - a, w, sizeof w);
    int letters = 0, r = 0;
    for (size_t k = 0; k < n; k++)
        letters += (w[k] | 32) >= 'a' && (w[k] | 32) <= 'z';
    if (n == 0 || letters < 2)
        r = 0; /* a number: "profile.php?id=..", an event */
    else if (st && st->people == SITE_PEOPLE)
        r = 1;
    else if (st && st->people == SITE_DEV)
        r = spells_name(w, n, known, 0);
    else if (n >= 3 && (w[n - 3] | 32) == 'b' && (w[n - 2] | 32) == 'o' && (w[n - 1] | 32) == 't')
        r = 0; /* a Telegram bot */
    else
        r = spells_name(w, n, known, 1);
    OPENSSL_cleanse(w, sizeof w);
    return r;
}

/* The next profile slug at or after *from in t[0 .. len): 1 and [*a, *b) and its site, or 0.
 * The host is found from each '/' backwards; the host's last letter is checked first, since
 * every site's domain ends in "m", "e", "t", "l" or "g". s, when not NULL, is the scan of t[0 ..
 * len): its '/' are read from scan()'s table (names_travel8.c's walk found them), *cur the
 * cursor in it (0 at first). */
static int next_profile(const uint8_t *t, size_t len, size_t *from, const anon_names_known_t *known,
                        size_t *a, size_t *b, int *person, const struct sc *s, size_t *cur)
{
    struct nw_hits *h = s ? nw_hits_of(s, '/') : NULL;
    size_t at = *from;
    while (at < len) {
        size_t j;
        if (s)
            j = nw_hit_from(h, s, '/', cur, at);
        else {
            const uint8_t *p = memchr(t + at, '/', len - at);
            j = p ? (size_t)(p - t) : len;
        }
        if (j >= len)
            break;
        size_t he = j;
        at = j + 1;
        if (he > 0 && t[he - 1] == '\\')
            he--; /* JSON's escaped slash: "linkedin.com\/in\/..." */
        uint8_t last = he ? t[he - 1] | 32 : 0;
        if (he < 4 || !(last == 'm' || last == 'e' || last == 't' || last == 'l' || last == 'g'))
            continue;
        const struct site *st = site_at(t, he);
        static const struct site people = {"", 0, P_FIRST, SITE_PEOPLE};
        int k = st ? person_slug(t, len, st, j + 1, a, b) : 0;
        if (!k)
            continue;
        *from = *b;
        *person = slug_is_person(t, k == 2 ? &people : st, *a, *b, known);
        return 1;
    }
    *from = len;
    return 0;
}

/* A fediverse address "@user@host.tld" at the '@' at i: the user as [*a, *b). */
static int fedi_handle(const uint8_t *t, size_t len, size_t i, size_t *a, size_t *b)
{
    if (i > 0 && (slug_byte(t[i - 1]) || t[i - 1] == '@' || t[i - 1] == '/'))
        return 0;
    size_t e = i + 1;
    while (e < len && (slug_byte(t[e]) && t[e] != '%' && t[e] < 0x80))
        e++;
    if (e - i - 1 < 2 || e + 4 >= len || t[e] != '@')
        return 0;
    size_t h = e + 1, dot = 0;
    while (h < len && host_byte(t[h]))
        dot |= t[h++] == '.';
    if (!dot || h - e < 5)
        return 0;
    *a = i + 1;
    *b = e;
    return 1;
}

/* The letters of the text's word at i folded to lower-case ASCII ("Müller" -> "muller") into
 * out; its end in the text, or 0 when it holds anything else or does not fit. */
static size_t fold_word(const uint8_t *t, size_t len, size_t i, char *out, size_t cap, size_t *n)
{
    /* U+00C0 .. U+00FF without their accents (0 for the two signs, × and ÷) */
    static const char latin1[65] = "aaaaaaaceeeeiiiidnooooo0ouuuuyts"
                                   "aaaaaaaceeeeiiiidnooooo0ouuuuyty";
    size_t o = 0;
    while (i < len) {
        uint8_t c = t[i];
        char f;
        if ((c | 32) >= 'a' && (c | 32) <= 'z') {
            f = (char)(c | 32);
            i++;
        } else if (c == 0xC3 && i + 1 < len && t[i + 1] >= 0x80 && t[i + 1] <= 0xBF &&
                   latin1[t[i + 1] - 0x80] != '0') {
            f = latin1[t[i + 1] - 0x80];
            i += 2;
        } else {
            break;
        }
        if (o == cap)
            return 0;
        out[o++] = f;
    }
    *n = o;
    return o ? i : 0;
}

/* Does the slug's letters w[0 .. n) (folded, its words joined by single '.') read as the given
 * name g and the surname f of the text: "maria.keller", "keller.maria", "mkeller",
 * "mariakeller", "maria.k", "kellermaria"? */
static int slug_reads(const char *w, size_t n, const char *g, size_t gl, const char *f, size_t fl)
{
    char c[128];
    const char *x[2] = {g, f}, *y[2] = {f, g};
    size_t xl[2] = {gl, fl}, yl[2] = {fl, gl};
    for (int order = 0; order < 2; order++) {
        const char *const *p = order ? y : x;
        const size_t *pl = order ? yl : xl;
        for (int form = 0; form < 6; form++) {
            /* 0, 1: both whole; 2, 3: the first an initial; 4, 5: the second an initial.
             * Even: joined with '.', odd: written together. */
            size_t l0 = form >= 2 && form < 4 ? 1 : pl[0], l1 = form >= 4 ? 1 : pl[1];
            size_t m = l0 + l1 + (form % 2 == 0);
            if (m != n || m > sizeof c)
                continue;
            memcpy(c, p[0], l0);
            if (form % 2 == 0)
                c[l0] = '.';
            memcpy(c + l0 + (form % 2 == 0), p[1], l1);
            if (memcmp(c, w, n) == 0)
                return 1;
        }
    }
    return 0;
}

/* Is the folded word g[0 .. gl) one of the slug's words w[0 .. wl) (joined by '.'), or the start
 * of a slug of one word ("norva" of "norvakaselsel")? */
static int slug_has_word(const char *w, size_t wl, const char *g, size_t gl)
{
    if (gl < 3)
        return 0;
    if (!memchr(w, '.', wl))
        return gl >= 4 && gl <= wl && memcmp(w, g, gl) == 0;
    for (size_t i = 0; i + gl <= wl; i++)
        if ((i == 0 || w[i - 1] == '.') && (i + gl == wl || w[i + gl] == '.') &&
            memcmp(w + i, g, gl) == 0)
            return 1;
    return 0;
}

/* The names in the text that the slug t[a .. b) spells, emitted: two capitalised words
 * ("Baquel Tivaniv" beside "linkedin.com/in/btivaniv"), and when the slug is a person's
 * (person), one word of it ("Rudgon: my profile xing.com/profile/Rudgon_Vagonseltan"). 1 when
 * a pair was found (the slug is then a person's), 0, or < 0 on the emit's error. */
static int names_of_slug(struct sc *s, size_t a, size_t b, int person)
{
    const uint8_t *t = s->t;
    uint8_t d[128];
    char w[128], g[64], f[64];
    size_t n = decode(t + a, b - a, d, sizeof d), wl = 0, gl, fl, words = 0;
    int found = 0, rc = 0;
    /* the slug's letter words, lower case, joined by '.': a number or hex tail dropped */
    for (size_t i = 0; i < n && words < 3;) {
        while (i < n && (d[i] == '.' || d[i] == '-' || d[i] == '_'))
            i++;
        size_t e, m;
        char tmp[64];
        if (!(e = fold_word(d, n, i, tmp, sizeof tmp, &m)))
            break;
        if (wl + m + 1 >= sizeof w)
            break;
        if (wl)
            w[wl++] = '.';
        memcpy(w + wl, tmp, m);
        wl += m;
        words++;
        i = e;
    }
    for (size_t i = 0; wl >= 3 && i + 3 < s->len && rc >= 0; i++) {
        if (!(t[i] >= 'A' && t[i] <= 'Z') && t[i] != 0xC3)
            continue;
        /* a word of the text, not one of a link or a handle */
        if ((i > 0 && (nw_letter(t + i - 1, 1) || (t[i - 1] & 0xC0) == 0x80 ||
                       memchr("/_-.@%\\", t[i - 1], 7))) ||
            (i >= a && i < b))
            continue;
        size_t e1 = fold_word(t, s->len, i, g, sizeof g, &gl);
        if (!e1 || gl < 2 ||
            (e1 < s->len &&
             (nw_letter(t + e1, s->len - e1) || t[e1] == '_' || t[e1] == '/' || t[e1] == '@')))
            continue;
        size_t e2 = 0;
        unsigned f1 = nw_lexicon_in(t, s->len, i, e1), f2;
        if (e1 + 2 < s->len && t[e1] == ' ' && t[e1 + 1] >= 'A' && t[e1 + 1] <= 'Z')
            e2 = fold_word(t, s->len, e1 + 1, f, sizeof f, &fl);
        if (e2 && fl >= 2 && !(e2 < s->len && nw_letter(t + e2, s->len - e2)) &&
            slug_reads(w, wl, g, gl, f, fl) &&
            /* a given name in the pair, or two words no list knows: not "Apache Commons" */
            ((f1 | (f2 = nw_lexicon_in(t, s->len, e1 + 1, e2))) & ANON_NL_GIVEN ||
             (f1 == 0 && f2 == 0))) {
            rc = s->emit(s->arg, ANON_NAMES_PERSON, i, e2);
            found = 1;
            i = e2;
        } else if (person && !(f1 & ANON_NL_COMMON_EN) && slug_has_word(w, wl, g, gl)) {
            rc = s->emit(s->arg, ANON_NAMES_PERSON, i, e1);
            i = e1;
        }
    }
    OPENSSL_cleanse(d, sizeof d);
    OPENSSL_cleanse(w, sizeof w);
    OPENSSL_cleanse(g, sizeof g);
    OPENSSL_cleanse(f, sizeof f);
    return rc < 0 ? rc : found;
}

int nw_profileurl_names(struct sc *s)
{
    const uint8_t *t = s->t;
    size_t from = 0, a, b;
    int rc, person, tries = 0;
    if (s->len < 6)
        return 0;
    size_t cur = 0;
    while (next_profile(t, s->len, &from, s->known, &a, &b, &person, s, &cur)) {
        /* the name beside its link: both are the person's (a few links per text are read) */
        if (tries++ < 8 && (rc = names_of_slug(s, a, b, person)) != 0) {
            if (rc < 0)
                return rc;
            person = 1;
        }
        if (person && (rc = s->emit(s->arg, ANON_NAMES_PERSON, a, b)) < 0)
            return rc;
    }
    /* the '@' of the text from scan()'s table (names_chat.c's mentions found them) */
    struct nw_hits *ha = nw_hits_of(s, '@');
    for (size_t n = 0, k = nw_hit_at(ha, s, '@', 0, 0); k < s->len;
         k = nw_hit_at(ha, s, '@', ++n, k + 1)) {
        if (!fedi_handle(t, s->len, k, &a, &b))
            continue;
        person = spells_name(t + a, b - a, s->known, 1);
        if (tries++ < 8 && (rc = names_of_slug(s, a, b, person)) != 0) {
            if (rc < 0)
                return rc;
            person = 1;
        }
        if (person && (rc = s->emit(s->arg, ANON_NAMES_PERSON, a, b)) < 0)
            return rc;
    }
    return 0;
}

/* Spells the decoded slug's words as a name into the known set: "maria-keller-4b2a1" is Maria
 * Keller. Two or three words of two letters or more; on a site of many kinds of pages they must
 * spell a name (spells_name). */
static void add_spelled(anon_names_known_t *k, const uint8_t *t, size_t a, size_t b)
{
    uint8_t w[128];
    char out[100];
    size_t n = decode(t + a, b - a, w, sizeof w), o = 0, parts = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && (w[i] == '.' || w[i] == '-' || w[i] == '_'))
            i++;
        size_t st0 = i;
        while (i < n && w[i] != '.' && w[i] != '-' && w[i] != '_' && !(w[i] >= '0' && w[i] <= '9'))
            i++;
        size_t e = i;
        while (i < n && w[i] != '.' && w[i] != '-' && w[i] != '_')
            i++;
        if (e == st0 || i > e)
            break; /* the number or hex tail ends the name */
        if (e - st0 < 2 || ++parts > 3 || o + (e - st0) + 1 >= sizeof out) {
            parts = 0;
            break;
        }
        if (o)
            out[o++] = ' ';
        for (size_t j = st0; j < e; j++)
            out[o++] = (char)(j == st0 && w[j] >= 'a' && w[j] <= 'z' ? w[j] & ~32 : w[j]);
    }
    if (parts >= 2)
        anon_names_known_add(k, out, o);
    OPENSSL_cleanse(w, sizeof w);
    OPENSSL_cleanse(out, sizeof out);
}

void nw_profileurl_known(anon_names_known_t *k, const char *text, size_t len)
{
    const uint8_t *t = (const uint8_t *)text;
    size_t from = 0, a, b;
    int person;
    while (next_profile(t, len, &from, NULL, &a, &b, &person, NULL, NULL))
        if (person)
            add_spelled(k, t, a, b);
}

int anon_names_url_part(const char *text, size_t start)
{
    if (start == 0)
        return 0;
    uint8_t c = (uint8_t)text[start - 1];
    return c == '/' || (c == '@' && start >= 2 && text[start - 2] == '/');
}
