/* names_asr_dob_addr.c: a date of birth and a street address read out in a transcript: a date
 * (a month with a number, or three numbers one of them a year, in words or digits) after a birth
 * question, a street with its number after an address question, in the answer's turn (or, with no
 * turns, the words after the question).
 * The one thing to know: only what follows its own question counts; a date or street said
 * anywhere else in the call is left to the rest of the pack. */
#include "anonymize/names_asr_internal.h"
#include "anonymize/names_spoken54.h"

#include <string.h>

/* ---- dates of birth and addresses --------------------------------------------------------- */
/* The words the answer at k may hold: its turn, or with no turns the 18 words from k. */
static size_t answer_end(const struct asr *x, size_t k)
{
    size_t e = k;
    if (x->labelled) {
        while (e < x->n && x->w[e].turn == x->w[k].turn)
            e++;
        return e;
    }
    return k + 18 < x->n ? k + 18 : x->n;
}

/* A date read out in k .. lim: a month with a number, or three numbers one of them a year. */
static int spoken_date(const struct asr *x, size_t k, size_t lim, size_t *da, size_t *db)
{
    char buf[64];
    for (size_t i = k; i < lim; i++) {
        size_t j = i, nums = 0, month = 0, first = (size_t)-1, last = 0, year = 0;
        while (j < lim) {
            const char *f = wf(x, j, buf, sizeof buf);
            if (first != (size_t)-1 &&
                memchr(x->t + x->w[j - 1].b, '\n', x->w[j].a - x->w[j - 1].b))
                break; /* spoken59: a date is said on one line ("... január tizenegyedikén\n7.
                          öö tizennégy") */
            if (in_list(nw_asr_months, nw_asr_nmonths, f))
                month++;
            else if (x->w[j].num) {
                nums++;
                year |= (f[0] >= '0' && f[0] <= '9') ? strlen(f) == 4 || strlen(f) == 2
                                                     : strlen(f) >= 6;
            } else if (first != (size_t)-1 &&
                       (in_list(nw_asr_date_joins, nw_asr_ndate_joins, f) ||
                        in_list(nw_asr_fillers, nw_asr_nfillers, f))) { /* spoken59: "negen eh
                                                                           maart" */
                j++;
                continue;
            } else {
                break;
            }
            if (first == (size_t)-1)
                first = j;
            last = j;
            j++;
        }
        if (first != (size_t)-1 && ((month && nums >= 1) || (nums >= 3 && year) || nums >= 5)) {
            *da = first;
            *db = last;
            return 1;
        }
        if (j > i)
            i = j;
    }
    return 0;
}

/* A date said right before a birth word said after it ("ich bin am elften mai 1940 geboren",
 * "on üç mart ... doğumluyum"): the longest run of date words in its turn that ends there. */
static int date_before(const struct asr *x, size_t k, size_t *da, size_t *db)
{
    char buf[64], b2[64];
    int got = 0;
    if (!nw_spoken54_post_birth(wf(x, k, buf, sizeof buf)))
        return 0;
    for (size_t i = k; i-- > (k > 8 ? k - 8 : 0) && x->w[i].turn == x->w[k].turn;) {
        const char *f = wf(x, i, buf, sizeof buf);
        static const char *const heads[] = {"am",  "the", "le", "el", "il",
                                            "dia", "den", "op", "on"};
        if ((!x->w[i].num && !in_list(nw_asr_months, nw_asr_nmonths, f) &&
             !in_list(nw_asr_date_joins, nw_asr_ndate_joins, f)) ||
            in_list(heads, N(heads), f))
            break; /* "ich bin am": the date opens after "am" */
        size_t a, b;
        if (spoken_date(x, i, k, &a, &b) && a == i && b + 1 == k) {
            *da = a;
            *db = b;
            got = 1;
        }
    }
    if (got && *da > 0 &&
        nw_spoken53_date_head(wf(x, *da - 1, buf, sizeof buf), wf(x, *da, b2, sizeof b2)))
        --*da; /* "on üç mart" */
    return got;
}

int births(struct sc *s, struct asr *x)
{
    int rc;
    size_t da, db;
    for (size_t k = 0; k < x->n; k++) {
        if (!any_phrase(x, k, nw_asr_birth_cues, nw_asr_nbirth_cues))
            continue;
        if (date_before(x, k, &da, &db)) { /* spoken54: "ich bin am ... geboren" */
            if (!nw_spoken54_in_phone(x->t, x->len, x->w[da].a, x->w[db].b) &&
                (rc = put(s, x, ANON_NAMES_DOB, x->w[da].a, x->w[db].b)) < 0)
                return rc;
            if (x->w[k].turnend)
                continue; /* spoken59: the birth was said; the next turn's date is another */
        }
        size_t lim = answer_end(x, k), from = k + 1;
        if (x->labelled && !spoken_date(x, from, lim, &da, &db) && lim < x->n) {
            from = lim; /* the question's turn, then the answer's */
            lim = answer_end(x, lim);
        }
        if (spoken_date(x, from, lim, &da, &db)) {
            char buf[64]; /* "the fourth of march", "am vierten märz", "le quatre mars" */
            const char *pre = da > from ? wf(x, da - 1, buf, sizeof buf) : "";
            if (!strcmp(pre, "the") || !strcmp(pre, "am") || !strcmp(pre, "le") ||
                !strcmp(pre, "el") || !strcmp(pre, "il") || !strcmp(pre, "dia"))
                da--;
            if (da > from &&
                nw_spoken53_date_head(wf(x, da - 1, buf, sizeof buf), wf(x, da, buf, sizeof buf)))
                da--; /* spoken53: "on sekiz mart", "... roku" */
            if (db + 1 < lim && nw_spoken53_date_tail(wf(x, db + 1, buf, sizeof buf)))
                db++;
            if (!nw_spoken54_in_phone(x->t, x->len, x->w[da].a, x->w[db].b) &&
                (rc = put(s, x, ANON_NAMES_DOB, x->w[da].a, x->w[db].b)) < 0)
                return rc; /* spoken54: no birth inside a phone said after a birth cue */
            k = db;
        }
    }
    return 0;
}

static int street_word(const char *f)
{
    size_t n = strlen(f);
    if (in_list(nw_asr_street_words, nw_asr_nstreet_words, f))
        return 1;
    for (size_t i = 0; i < nw_asr_nstreet_ends; i++) {
        size_t k = strlen(nw_asr_street_ends[i]);
        if (n > k + 2 && memcmp(f + n - k, nw_asr_street_ends[i], k) == 0)
            return 1;
    }
    return 0;
}

/* Does a line break (or a JSON string's escaped one, or a chat line's time stamp) stand between
 * two words, in t[a .. b)? A spoken address's town is on its street's line: the next chat line
 * ("lindenstrasse 12\\n[12:05] anna: ...") is another message (branch typed53). */
static int line_between(const struct asr *x, size_t a, size_t b)
{
    for (size_t k = a; k < b && k < x->len; k++)
        if (x->t[k] == '\n' || x->t[k] == '\r' || x->t[k] == '[' ||
            (x->t[k] == '\\' && k + 1 < x->len && x->t[k + 1] == 'n'))
            return 1;
    return 0;
}

/* An address read out in k .. lim: a street word and a number; from the first word that is no
 * function word to the end of the turn (the town too), or, with no turns, to two words past the
 * last number or street word. */
static int street_said(const struct asr *x, size_t k, size_t lim, size_t *aa, size_t *ab)
{
    char buf[64];
    size_t st = (size_t)-1, num = (size_t)-1, a = (size_t)-1, last = 0;
    for (size_t i = k; i < lim; i++) {
        const char *f = wf(x, i, buf, sizeof buf);
        int sw = street_word(f);
        /* "um" is Portuguese one and an English hesitation: in a street, the hesitation */
        int isnum = x->w[i].num && !wl(x, i, nw_asr_fillers, NW_ASR_HESIT);
        if (sw && st == (size_t)-1)
            st = i;
        if (isnum && num == (size_t)-1)
            num = i;
        if (a == (size_t)-1 && (sw || isnum || !x->w[i].stop) &&
            !(x->w[i].bits & list_bit(nw_asr_addr_cues, nw_asr_naddr_cues, 0)))
            a = i; /* not a second cue ("asun osoitteessa ...") */
        int unit = in_list(nw_asr_units, nw_asr_nunits, f);
        if (st != (size_t)-1 && num != (size_t)-1 && i > k &&
            line_between(x, x->w[i - 1].b, x->w[i].a))
            break; /* typed53: the street and its number are whole; the next line is another
                      message ("lindenstrasse 12\\n[12:05] anna: ...") */
        if (st != (size_t)-1 && num != (size_t)-1 && i > st && i > num && !sw && !isnum && !unit &&
            !x->w[i].letter)
            break; /* spoken52: past the street and its number ("eight manor road um my ...
                      policy number three four"): what follows is no part of it */
        if (st != (size_t)-1 && num != (size_t)-1 &&
            (x->w[i].bits & list_bit(nw_asr_birth_cues, nw_asr_nbirth_cues, 0)))
            break; /* spoken59: "bjørkeveien sekstito fødselsdato tolvte ...": a birth follows */
        if (sw || isnum || unit)
            last = i;
        if (a != (size_t)-1 && x->w[i].stop && !sw && !isnum &&
            !in_list(nw_asr_units, nw_asr_nunits, f) &&
            !in_list(nw_asr_particles, nw_asr_nparticles, f) && strlen(f) > 2 && st != (size_t)-1 &&
            num != (size_t)-1)
            break; /* "... zwolle het ticketnummer": the address ended */
    }
    if (st == (size_t)-1 || num == (size_t)-1 || a == (size_t)-1 || st > num + 4 || num > st + 4)
        return 0;
    /* it opens at the number or the street word ("tracy sukhorukova 23 8 wressle road": the
     * name before is no part of it), or at the street's name before "street", "weg" */
    size_t b0 = st < num ? st : num;
    if (b0 == st && st > a && !x->w[st - 1].stop && !x->w[st - 1].num)
        b0 = st - 1;
    if (b0 > a)
        a = b0;
    size_t e = last;
    for (size_t i = last + 1; i < lim && i <= last + 3; i++) { /* the street's name, the town */
        int part = wl(x, i, nw_asr_particles, nw_asr_nparticles);
        if ((x->w[i].stop && !part) || x->w[i].num || x->w[i - 1].turnend ||
            line_between(x, x->w[i - 1].b, x->w[i].a) || wl(x, i, nw_asr_fillers, NW_ASR_HESIT) ||
            (x->w[i].bits & list_bit(nw_asr_birth_cues, nw_asr_nbirth_cues, 0)))
            break; /* no number and no next turn: "marktplatz neun erreichbar unter null" */
        if (!part)
            e = i;
    }
    *aa = a;
    *ab = e;
    return 1;
}

int addresses(struct sc *s, struct asr *x)
{
    int rc;
    size_t aa, ab;
    for (size_t k = 0; k < x->n; k++) {
        if (!any_phrase(x, k, nw_asr_addr_cues, nw_asr_naddr_cues)) {
            /* spoken53: a street word beside its number needs no cue ("lägenheten ligger på
             * storgatan femtiofem"); a few words around it, in its turn */
            if (x->w[k].num || !street_word(x->fb + x->w[k].fo) ||
                !nw_spoken53_street_alone(x->fb + x->w[k].fo) ||
                in_list(nw_asr_months, nw_asr_nmonths, x->fb + x->w[k].fo))
                continue;
            size_t lo = k, hi = k + 1;
            while (lo > 0 && lo + 3 > k && x->w[lo - 1].turn == x->w[k].turn)
                lo--;
            while (hi < x->n && hi < k + 6 && x->w[hi].turn == x->w[k].turn)
                hi++;
            int near = 1; /* no month among them: a date, not a street */
            for (size_t i = lo; near && i < hi; i++)
                near =
                    !x->w[i].month && !in_list(nw_asr_months, nw_asr_nmonths, x->fb + x->w[i].fo);
            if (near && street_said(x, lo, hi, &aa, &ab) && aa <= k && ab >= k) {
                size_t nums = 0, year = 0;
                for (size_t i = aa; i <= ab; i++) {
                    const char *f = x->fb + x->w[i].fo;
                    nums += x->w[i].num;
                    /* a year, or a phone's or a code's six digits and more */
                    year |= x->w[i].num && f[0] >= '0' && f[0] <= '9' &&
                            (strlen(f) == 4 || strlen(f) > 5);
                }
                /* "... weindlingstrasse: 0612345678": a list's label, not a street said */
                if (nums > 3 || year || (x->w[k].b < x->len && x->t[x->w[k].b] == ':'))
                    continue; /* a date or a code beside the street word: not its number */
                if ((rc = put(s, x, ANON_NAMES_ADDRESS, x->w[aa].a, x->w[ab].b)) < 0)
                    return rc;
                k = ab;
            }
            continue;
        }
        size_t lim = answer_end(x, k), from = k + 1;
        if (x->labelled && !street_said(x, from, lim, &aa, &ab) && lim < x->n) {
            from = lim;
            lim = answer_end(x, lim);
        }
        if (street_said(x, from, lim, &aa, &ab)) {
            if ((rc = put(s, x, ANON_NAMES_ADDRESS, x->w[aa].a, x->w[ab].b)) < 0)
                return rc;
            k = ab;
        }
    }
    return 0;
}
