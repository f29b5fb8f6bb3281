/* bench_chatcheck.c: prints what anon_rewrite makes of each request body in a file (one JSON body
 * per line, from accuracy/make_chat_bodies.py), with the default packs and a fresh session per
 * body.
 *
 * Not a measurement: a check that two builds find the same things in whole requests. Unlike
 * bench_accuracy, which calls anon_find on one record at a time, this runs the request-level
 * NAMES work too (the prescan of the raw body, the names one message shares with another), so
 * the output of two builds diffed byte for byte shows any change in what is found or how it is
 * tokenised. Usage: bench_chatcheck BODIES.jsonl
 * HUSH_CHATCHECK_THREADS=N rewrites with anon_rewrite_par on N threads (HUSH_CHATCHECK_BLOCK=B
 * calls a block, 1 the hardest), whose output must be the same bytes as anon_rewrite's.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/anonymize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    char err[256];
    if (argc != 2) {
        fprintf(stderr, "usage: bench_chatcheck BODIES.jsonl\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "r");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    anon_engine_t *e = anon_engine_new(NULL, err, sizeof err);
    if (!e) {
        fprintf(stderr, "engine: %s\n", err);
        fclose(f);
        return 1;
    }
    anon_rewrite_opts_t o = {.profile = ANON_PROFILE_OPENAI, .add_instruction = 1};
    const char *te = getenv("HUSH_CHATCHECK_THREADS"), *be = getenv("HUSH_CHATCHECK_BLOCK");
    unsigned threads = te ? (unsigned)atoi(te) : 1;
    if (be)
        anon_split_test_block((unsigned)atoi(be));
    anon_buf_t out = {0};
    char *line = NULL;
    size_t cap = 0, n = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, f)) > 0) {
        if (line[len - 1] == '\n')
            len--;
        anon_session_t *s = anon_session_new(e);
        if (!s)
            break;
        anon_buf_setlen(&out, 0);
        err[0] = '\0';
        int rc = anon_rewrite_par(s, ANON_BODY_JSON, &o, (const uint8_t *)line, (size_t)len,
                                  threads, &out, err, sizeof err);
        printf("#%zu rc=%d %s\n", n++, rc, rc < 0 ? err : "");
        fwrite(out.data, 1, out.len, stdout);
        putchar('\n');
        anon_session_free(s);
    }
    free(line);
    anon_buf_free(&out);
    anon_engine_free(e);
    fclose(f);
    return 0;
}
