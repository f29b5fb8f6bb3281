/* bench_gates.c: checks that every digit-detector gate (anonymize/gate.c) over-approximates its
 * pattern, and what a gate costs next to the pattern it spares.
 *
 * Random ASCII windows built from digit groups, separators, letters, phone words and real sample
 * values (cards, IBANs, SSNs, national ids, ...) are judged twice: by the gate, and by running the
 * detector's PCRE2 pattern over the window with its validator, the way the engine does. A window
 * where the pattern yields a validated candidate but the gate says no is a miss; any miss makes
 * the program exit 1. The one-pass summary the engine asks first (anon_gates_maybe) must pass
 * every window its gate passes: a window where it does not is a miss too. Usage: bench_gates
 * [windows, default 300000]
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "anonymize/anon_internal.h"

#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static uint64_t rng = 0x1234567ull;
static uint32_t next_rand(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 11);
}

static const char *const frag[] = {" ",
                                   " ",
                                   " ",
                                   "-",
                                   "-",
                                   ".",
                                   ".",
                                   ":",
                                   "/",
                                   "+",
                                   "(",
                                   ")",
                                   ",",
                                   "T",
                                   "Z",
                                   "x",
                                   "e",
                                   "ext ",
                                   " x",
                                   "E",
                                   "a",
                                   "f",
                                   "B",
                                   "_",
                                   "#",
                                   "@",
                                   "\n",
                                   "$",
                                   "call ",
                                   "Phone: ",
                                   "number is ",
                                   "tel ",
                                   "Fax",
                                   " mobile",
                                   "Apt. ",
                                   "DE",
                                   "GB",
                                   "NL",
                                   "FR",
                                   "IBAN ",
                                   "CH",
                                   "AB ",
                                   "0",
                                   "00",
                                   "1",
                                   "9",
                                   "::",
                                   "fe80::",
                                   "2001:db8:",
                                   "(0)",
                                   "ext. ",
                                   "Aa",
                                   "de",
                                   "gb",
                                   "DE89 3704 0044 0532 0130 00",
                                   "DE89370400440532013000",
                                   "gb82west12345698765432",
                                   "GB82 WEST 1234 5698 7654 32",
                                   "536-32-3065",
                                   "900-70-1234",
                                   "10.1.2.3",
                                   "192.168.",
                                   "8.8.",
                                   "1.",
                                   "4111 1111 1111 1111",
                                   "4111-1111-1111-1111",
                                   "378282246310005",
                                   "+1 415 555 2671",
                                   "(415) 555-2671",
                                   "+44 (0) 20 7946 0958",
                                   "0612345678",
                                   "06 1 622 9253",
                                   "(06 30) 123 4567",
                                   "06 - 12345678",
                                   " - ",
                                   "0470/12.34.56",
                                   "912.345.678",
                                   "86095742719",
                                   "86 095 742 719",
                                   "65 170839 J 003",
                                   "65170839J003",
                                   "1 84 05 76 451 089 31",
                                   "184057645108931",
                                   "1 85 12 2A 123 456 48",
                                   "185122B12345675",
                                   "111222333",
                                   "1234.56.782",
                                   "123 456 782",
                                   "AB 12 34 56 C",
                                   "AB123456C",
                                   "943 476 5919",
                                   "9434765919",
                                   "J ",
                                   "2A",
                                   "2B ",
                                   "BSN ",
                                   "NHS ",
                                   "NINO ",
                                   "2024-05-01T10:22:33Z",
                                   "123e4567-e89b-12d3-a456-426614174000",
                                   "v2.4.1"};

struct det {
    const anon_detector_def_t *def;
    pcre2_code *re;
    uint32_t vgroup;
    long valid, passed, misses, summed;
    double gate_ns, re_ns;
};

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/* Does the pattern yield a candidate the validator accepts in text[from .. to)? The same loop as
 * the engine's: after a rejected match the search goes on from its end. */
static int validated(const struct det *d, pcre2_match_data *md, const char *t, size_t from,
                     size_t to)
{
    size_t off = from;
    while (off < to) {
        int rc = pcre2_match(d->re, (PCRE2_SPTR)t, to, off, 0, md, NULL);
        if (rc < 0)
            return 0;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        size_t ms = ov[0], me = ov[1], vs = ms, ve = me;
        if (d->vgroup && (uint32_t)rc > d->vgroup && ov[2 * d->vgroup] != PCRE2_UNSET) {
            vs = ov[2 * d->vgroup];
            ve = ov[2 * d->vgroup + 1];
        }
        size_t ok = ve - vs;
        if (ok && d->def->validate)
            ok = d->def->validate(t + vs, ve - vs);
        if (ok)
            return 1;
        off = me > ms ? me : ms + 1;
    }
    return 0;
}

/* The window as the engine hands it to a gate; 0 when it has too many runs to judge. */
static int make_window(const char *t, size_t from, size_t to, anon_window_t *w)
{
    w->text = t;
    w->from = from;
    w->to = to;
    w->nruns = 0;
    for (size_t i = from; i < to;) {
        if ((unsigned)(t[i] - '0') > 9u) {
            i++;
            continue;
        }
        if (w->nruns == ANON_GATE_RUNS)
            return 0;
        size_t b = i;
        while (i < to && (unsigned)(t[i] - '0') <= 9u)
            i++;
        w->run[w->nruns].s = b;
        w->run[w->nruns++].e = i;
    }
    return 1;
}

int main(int argc, char **argv)
{
    long windows = argc > 1 ? atol(argv[1]) : 300000;
    static const anon_pack_t *const packs[] = {&anon_pack_global, &anon_pack_us, &anon_pack_de,
                                               &anon_pack_fr,     &anon_pack_nl, &anon_pack_uk};
    struct det dets[64];
    size_t nd = 0;
    for (size_t p = 0; p < sizeof packs / sizeof packs[0]; p++)
        for (size_t i = 0; i < packs[p]->ndefs && nd < 64; i++) {
            const anon_detector_def_t *def = &packs[p]->defs[i];
            if (!def->gate)
                continue;
            int ec;
            PCRE2_SIZE eo;
            pcre2_code *re = pcre2_compile((PCRE2_SPTR)def->pattern, PCRE2_ZERO_TERMINATED,
                                           PCRE2_UTF | PCRE2_UCP, &ec, &eo, NULL);
            if (!re) {
                fprintf(stderr, "%s: pattern does not compile\n", def->type);
                return 2;
            }
            (void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
            int g = pcre2_substring_number_from_name(re, (PCRE2_SPTR) "v");
            dets[nd++] = (struct det){def, re, g > 0 ? (uint32_t)g : 0, 0, 0, 0, 0, 0, 0};
        }
    pcre2_match_data *md = pcre2_match_data_create(32, NULL);
    char b[512];
    long judged = 0, shown = 0;
    for (long k = 0; k < windows; k++) {
        size_t o = 0;
        unsigned parts = 1 + next_rand() % 16;
        for (unsigned q = 0; q < parts; q++) {
            char tmp[32];
            const char *s;
            unsigned r = next_rand() % 10;
            if (r < 5) {
                unsigned dl = 1 + next_rand() % (r == 0 ? 19 : r == 1 ? 11 : 4);
                for (unsigned i = 0; i < dl; i++)
                    tmp[i] = (char)('0' + next_rand() % 10);
                tmp[dl] = '\0';
                s = tmp;
            } else {
                s = frag[next_rand() % (sizeof frag / sizeof frag[0])];
            }
            size_t l = strlen(s);
            if (o + l >= sizeof b)
                break;
            memcpy(b + o, s, l);
            o += l;
        }
        size_t from = 0, to = o;
        if (next_rand() % 2) { /* lookbehind context before the window, subject cut short */
            from = next_rand() % (o / 3 + 1);
            to = o - next_rand() % (o / 4 + 1);
            if (to < from)
                to = from;
        }
        anon_window_t w;
        if (!make_window(b, from, to, &w))
            continue;
        judged++;
        unsigned maybe = anon_gates_maybe(&w, ~0u);
        for (size_t d = 0; d < nd; d++) {
            /* the summary must pass every window its gate passes, computed for all the gates
             * or for this one alone */
            unsigned bit = anon_gate_bit(dets[d].def->gate);
            int sum = !bit || ((maybe & bit) && (anon_gates_maybe(&w, bit) & bit));
            dets[d].summed += sum;
            double t0 = now();
            int v = validated(&dets[d], md, b, from, to);
            double t1 = now();
            int g = dets[d].def->gate(&w);
            double t2 = now();
            dets[d].re_ns += t1 - t0;
            dets[d].gate_ns += t2 - t1;
            dets[d].valid += v;
            dets[d].passed += g;
            if (g && !sum) {
                dets[d].misses++;
                if (shown++ < 20)
                    printf("SUMMARY MISS %s in [%.*s]\n", dets[d].def->type, (int)(to - from),
                           b + from);
            }
            if (v && !g) {
                dets[d].misses++;
                if (shown++ < 20)
                    printf("MISS %s in [%.*s]\n", dets[d].def->type, (int)(to - from), b + from);
            }
        }
    }
    long misses = 0;
    printf("%ld windows\n%-12s %10s %10s %10s %8s %10s %10s\n", judged, "type", "validated",
           "summary", "gate yes", "misses", "gate ns", "pcre2 ns");
    for (size_t d = 0; d < nd; d++) {
        printf("%-12s %10ld %10ld %10ld %8ld %10.1f %10.1f\n", dets[d].def->type, dets[d].valid,
               dets[d].summed, dets[d].passed, dets[d].misses, dets[d].gate_ns / (double)judged,
               dets[d].re_ns / (double)judged);
        misses += dets[d].misses;
        pcre2_code_free(dets[d].re);
    }
    pcre2_match_data_free(md);
    return misses ? 1 : 0;
}
