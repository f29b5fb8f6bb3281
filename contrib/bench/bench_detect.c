/* bench_detect.c: MB/s per core of anon_session_scan_text on chat-like text, 2 KiB, 64 KiB and
 * 1 MiB bodies, without PII and with PII sprinkled in (one value every ~300 bytes).
 *
 * The text is generated deterministically (fixed seed), so numbers are comparable across runs.
 * Usage: bench_detect [seconds-per-case, default 1.0] [packs: default|all]
 */
#include "anonymize/anonymize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static uint64_t rng = 0x9E3779B97F4A7C15ull;
static uint32_t next_rand(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 11);
}

/* Chat-like prose: mostly words, some non-ASCII, punctuation, and a number every ~40 words. */
static const char *const words[] = {
    "the",        "model",     "should",      "answer",     "question", "about",   "our",
    "deployment", "and",       "it",          "is",         "not",      "clear",   "why",
    "request",    "failed",    "with",        "error",      "please",   "explain", "how",
    "to",         "configure", "the",         "proxy",      "server",   "for",     "production",
    "traffic",    "in",        "Kubernetes",  "cluster",    "we",       "have",    "three",
    "replicas",   "behind",    "a",           "load",       "balancer", "können",  "Sie",
    "mir",        "bitte",     "helfen",      "Grüße",      "aus",      "München", "données",
    "été",        "très",      "intéressant", "résumé",     "naïve",    "café",    "function",
    "returns",    "null",      "when",        "input",      "empty",    "string",  "array",
    "object",     "JSON",      "schema",      "validation", "could",    "you",     "rewrite",
    "this",       "paragraph", "so",          "that",       "sounds",   "more",    "friendly",
    "I",          "think",     "problem",     "is",         "in",       "the",     "retry",
    "logic",      "because",   "timeout",     "was",        "too",      "short",   "what",
    "would",      "be",        "a",           "better",     "approach", "here",    "thanks",
    "lot",        "also",      "add",         "tests",      "for",      "edge",    "cases",
    "like",       "empty",     "lists",       "or",         "unicode",  "names",   "customer",
    "asked",      "if",        "they",        "can",        "export",   "their",   "data",
    "as",         "CSV",       "meeting",     "moved",      "next",     "week",    "summary",
    "below",      "action",    "items",       "owner",      "team",     "v2",      "3",
    "2024",       "UTF-8",     "(see",        "docs)",      "e.g.",     "i.e.,",   "—",
    "“quoted”",   "ok.",       "yes,",        "no?",        "API",      "SDK",     "OAuth",
};
static const char *const pii[] = {
    "alice.smith@example.com",
    "+1 415 555 2671",
    "4111 1111 1111 1111",
    "DE89 3704 0044 0532 0130 00",
    "536-32-3065",
    "192.168.10.42",
    "(415) 555-2671",
    "sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd",
    "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
    "bob@firma.de",
    "2001:db8:85a3::8a2e:370:7334",
};

static char *make_text(size_t len, int with_pii)
{
    char *t = malloc(len + 64);
    size_t o = 0, since = 0;
    while (o < len) {
        const char *w;
        if (with_pii && since > 250 + next_rand() % 100) {
            w = pii[next_rand() % (sizeof pii / sizeof pii[0])];
            since = 0;
        } else {
            w = words[next_rand() % (sizeof words / sizeof words[0])];
        }
        size_t n = strlen(w);
        if (o + n + 2 > len)
            break;
        memcpy(t + o, w, n);
        o += n;
        since += n + 1;
        uint32_t r = next_rand() % 20;
        t[o++] = r == 0 ? '\n' : r == 1 ? ',' : ' ';
        if (r == 1)
            t[o++] = ' ';
    }
    while (o < len)
        t[o++] = ' ';
    t[len] = '\0';
    return t;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    double secs = argc > 1 ? atof(argv[1]) : 1.0;
    int all = argc > 2 && strcmp(argv[2], "all") == 0;
    anon_config_t cfg = {0};
    if (all) {
        cfg.packs = anon_pack_names();
        while (cfg.packs[cfg.npacks])
            cfg.npacks++;
    }
    char err[256];
    anon_engine_t *e = anon_engine_new(all ? &cfg : NULL, err, sizeof err);
    if (!e) {
        fprintf(stderr, "engine: %s\n", err);
        return 1;
    }
    static const size_t sizes[] = {2048, 65536, 1048576};
    printf("packs: %s\n%-8s %-8s %10s %12s\n", all ? "all" : "default (SECRETS, GLOBAL, US, NAMES)",
           "size", "pii", "MB/s", "findings");
    for (size_t si = 0; si < 3; si++) {
        for (int wp = 0; wp < 2; wp++) {
            char *text = make_text(sizes[si], wp);
            anon_buf_t out = {0};
            size_t bytes = 0, iters = 0;
            int found = 0;
            double t0 = now(), t1;
            do {
                anon_session_t *s = anon_session_new(e);
                found = anon_session_scan_text(s, text, sizes[si], &out);
                anon_session_free(s);
                anon_buf_reset(&out);
                if (found < 0) {
                    fprintf(stderr, "scan failed: %d\n", found);
                    return 1;
                }
                bytes += sizes[si];
                iters++;
                t1 = now();
            } while (t1 - t0 < secs);
            printf("%-8zu %-8s %10.1f %12d\n", sizes[si], wp ? "yes" : "no",
                   (double)bytes / (t1 - t0) / 1e6, found);
            anon_buf_free(&out);
            free(text);
        }
    }
    anon_engine_free(e);
    return 0;
}
