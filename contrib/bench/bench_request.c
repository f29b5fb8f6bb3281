/* bench_request.c: the anonymizer's share of one intercepted request, in-process.
 *
 * The body is the 2 KiB chat JSON with PII that the gateway benchmark (run.sh) posts; each
 * iteration does what hush does per request: a new session, anon_rewrite (OpenAI profile, with
 * the instruction), a JSON restorer over the rewritten body standing in for the response, and the
 * frees. Prints ns per request and a checksum of every output byte, so a change to the mechanics
 * can be shown to leave the output byte for byte the same. For callgrind: pass a small count.
 *
 * With a FILE (an agent-sized body from agent_body.py, scenario (g)) that body is used instead,
 * and the restorer runs over the whole rewritten body: the restore cost of a long response.
 * With "sse" the response is instead a streamed one: the rewritten body as the text of OpenAI
 * chat.completion.chunk events (24-byte deltas, as a model streams them), fed to an SSE restorer
 * in 16 KiB pieces (TLS records), cut wherever they fall; "both" runs both restorers.
 *
 *   bench_request [ITERATIONS (default 20000)] [FILE] [json|sse|both (default json)]
 */
#include "anonymize/anonymize.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char sys_msg[] = "You are a helpful assistant for the support desk. Answer briefly.";
static const char user[] =
    "Hi, I am John Smith, my email is john.smith@example.com and my phone is +1 415 555 0132. "
    "Please update my shipping address to 1600 Amphitheatre Parkway, Mountain View. "
    "My colleague jane.doe@corp.example.org (555-867-5309) will follow up. ";

/* The same body as run.sh's chat.json (python json.dumps, compact separators). */
static size_t make_body(char *out, size_t cap)
{
    static const char head[] = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"system\","
                               "\"content\":\"";
    static const char mid[] = "\"},{\"role\":\"user\",\"content\":\"";
    static const char tail[] = "\"}]}";
    size_t reps = 0, len = 2; /* {} */
    while (len < 2048 - (sizeof user - 1)) {
        reps++;
        len = (sizeof head - 1) + (sizeof sys_msg - 1) + (sizeof mid - 1) +
              reps * (sizeof user - 1) + (sizeof tail - 1);
    }
    if (len + 1 > cap)
        return 0;
    char *p = out;
    memcpy(p, head, sizeof head - 1);
    p += sizeof head - 1;
    memcpy(p, sys_msg, sizeof sys_msg - 1);
    p += sizeof sys_msg - 1;
    memcpy(p, mid, sizeof mid - 1);
    p += sizeof mid - 1;
    for (size_t i = 0; i < reps; i++) {
        memcpy(p, user, sizeof user - 1);
        p += sizeof user - 1;
    }
    memcpy(p, tail, sizeof tail - 1);
    p += sizeof tail - 1;
    *p = '\0';
    return (size_t)(p - out);
}

/* The SSE response: text cut into 24-byte deltas (never inside a UTF-8 sequence), each one event.
 */
static char *make_sse(const uint8_t *text, size_t n, size_t *len)
{
    static const char head[] = "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\","
                               "\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"delta\":"
                               "{\"content\":\"";
    static const char tail[] = "\"},\"finish_reason\":null}]}\n\n";
    static const char done[] =
        "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\","
        "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}"
        "\n\ndata: [DONE]\n\n";
    size_t cap = n * 6 + (n / 24 + 2) * (sizeof head + sizeof tail) + sizeof done, o = 0;
    char *s = malloc(cap);
    if (!s)
        return NULL;
    for (size_t i = 0; i < n;) {
        size_t e = i + 24 < n ? i + 24 : n;
        while (e < n && (text[e] & 0xC0) == 0x80)
            e++;
        memcpy(s + o, head, sizeof head - 1);
        o += sizeof head - 1;
        for (; i < e; i++) {
            uint8_t c = text[i];
            if (c == '"' || c == '\\') {
                s[o++] = '\\';
                s[o++] = (char)c;
            } else if (c < 0x20) {
                o += (size_t)snprintf(s + o, 7, "\\u%04x", c);
            } else {
                s[o++] = (char)c;
            }
        }
        memcpy(s + o, tail, sizeof tail - 1);
        o += sizeof tail - 1;
    }
    memcpy(s + o, done, sizeof done - 1);
    *len = o + sizeof done - 1;
    return s;
}

/* Restore resp as kind, fed in pieces of chunk bytes. */
static int restore(anon_session_t *s, anon_resp_kind_t kind, const uint8_t *resp, size_t n,
                   size_t chunk, anon_buf_t *back)
{
    anon_restorer_t *r = anon_restorer_new(s, kind, ANON_PROFILE_OPENAI);
    int rc = r ? 0 : -1;
    for (size_t i = 0; rc >= 0 && i < n; i += chunk)
        rc = anon_restorer_feed(r, resp + i, n - i < chunk ? n - i : chunk, back);
    if (rc >= 0)
        rc = anon_restorer_finish(r, back);
    anon_restorer_free(r);
    return rc;
}

static uint64_t fnv(uint64_t h, const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 0x100000001b3ull;
    }
    return h;
}

int main(int argc, char **argv)
{
    long iters = argc > 1 ? atol(argv[1]) : 20000;
    const char *mode = argc > 3 ? argv[3] : "json";
    int do_json = strcmp(mode, "sse") != 0, do_sse = strcmp(mode, "json") != 0;
    char err[256], small[4096], *body = small;
    size_t len = make_body(small, sizeof small);
    if (argc > 2) {
        FILE *f = fopen(argv[2], "rb");
        long n = -1;
        if (f && fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) > 0 && fseek(f, 0, SEEK_SET) == 0 &&
            (body = malloc((size_t)n)) && fread(body, 1, (size_t)n, f) == (size_t)n) {
            len = (size_t)n;
        } else {
            fprintf(stderr, "cannot read %s\n", argv[2]);
            return 1;
        }
        fclose(f);
    }
    anon_engine_t *e = anon_engine_new(NULL, err, sizeof err);
    if (!e || !len) {
        fprintf(stderr, "engine: %s\n", e ? "body" : err);
        return 1;
    }
    uint64_t sum = 0xcbf29ce484222325ull, ssesum = sum;
    char *sse = NULL;
    size_t outlen = 0, restored = 0, sselen = 0, sse_restored = 0;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (long i = 0; i < iters; i++) {
        anon_session_t *s = anon_session_new(e);
        anon_rewrite_opts_t opts = {.profile = ANON_PROFILE_OPENAI, .add_instruction = 1};
        anon_buf_t out = {0}, back = {0}, sback = {0};
        if (!s || anon_rewrite(s, ANON_BODY_JSON, &opts, (const uint8_t *)body, len, &out, err,
                               sizeof err) != 0) {
            fprintf(stderr, "rewrite: %s\n", err);
            return 1;
        }
        if (do_sse && !sse && !(sse = make_sse(out.data, out.len, &sselen))) {
            fprintf(stderr, "no memory\n");
            return 1;
        }
        if ((do_json && restore(s, ANON_RESP_JSON, out.data, out.len, out.len, &back) < 0) ||
            (do_sse &&
             restore(s, ANON_RESP_SSE, (const uint8_t *)sse, sselen, 16384, &sback) < 0)) {
            fprintf(stderr, "restore failed\n");
            return 1;
        }
        if (i == 0) {
            sum = fnv(fnv(sum, out.data, out.len), back.data, back.len);
            ssesum = fnv(ssesum, sback.data, sback.len);
            outlen = out.len;
            restored = back.len;
            sse_restored = sback.len;
        }
        anon_buf_free(&sback);
        anon_buf_free(&out);
        anon_buf_free(&back);
        anon_session_free(s);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double ns = ((double)(t1.tv_sec - t0.tv_sec) * 1e9 + (double)(t1.tv_nsec - t0.tv_nsec)) /
                (double)(iters ? iters : 1);
    printf("body %zu B -> %zu B anonymized -> %zu B restored; checksum %016llx; %.0f ns/request\n",
           len, outlen, restored, (unsigned long long)sum, ns);
    if (do_sse)
        printf("sse %zu B -> %zu B restored; checksum %016llx\n", sselen, sse_restored,
               (unsigned long long)ssesum);
    free(sse);
    anon_engine_free(e);
    if (body != small)
        free(body);
    return 0;
}
