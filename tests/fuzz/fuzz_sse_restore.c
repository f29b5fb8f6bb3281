/* fuzz_sse_restore: the SSE restorer must not depend on how the stream is cut into pieces.
 *
 * The session gets its tokens once, from a fixed text with PII ([EMAIL_1], [EMAIL_2], [PHONE_1],
 * [US_SSN_1], ...). Input layout: byte 0 = number of cuts (mod 9), then 2 bytes per cut (offsets
 * into the stream, mod its length + 1), then the SSE stream. The stream is restored once whole and
 * once fed piece by piece at the cuts; abort() when the outputs or results differ.
 */
#include "anonymize/anonymize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CUTS 8

static anon_engine_t *engine;
static anon_session_t *session;

static const char pii_text[] =
    "Write to alice@example.com or bob.smith@example.org, call (415) 555-0132 or "
    "+1 212-555-0199, SSN 536-22-8147, card 4111 1111 1111 1111, key "
    "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCD, and \"q\\uote\" <carol@example.net>.";

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    char err[256];
    engine = anon_engine_new(NULL, err, sizeof err);
    session = engine ? anon_session_new(engine) : NULL;
    anon_buf_t out = {0};
    if (!session || anon_session_scan_text(session, pii_text, sizeof pii_text - 1, &out) <= 0) {
        fprintf(stderr, "fuzz_sse_restore: no session tokens (%s)\n", err);
        abort();
    }
    if (getenv("FUZZ_VERBOSE"))
        fprintf(stderr, "session text: %.*s\n", (int)out.len, (const char *)out.data);
    anon_buf_free(&out);
    return 0;
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* Restore stream[0..n) fed at the given cut points (sorted); returns the result code. */
static int restore(const uint8_t *stream, size_t n, const size_t *cuts, size_t ncuts,
                   anon_buf_t *out)
{
    anon_restorer_t *r = anon_restorer_new(session, ANON_RESP_SSE, ANON_PROFILE_GENERIC);
    if (!r)
        abort();
    size_t pos = 0;
    int rc = ANON_OK;
    for (size_t i = 0; i <= ncuts && rc == ANON_OK; i++) {
        size_t end = i < ncuts ? cuts[i] : n;
        rc = anon_restorer_feed(r, stream + pos, end - pos, out);
        pos = end;
    }
    if (rc == ANON_OK)
        rc = anon_restorer_finish(r, out);
    anon_restorer_free(r);
    return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    size_t ncuts = data[0] % (MAX_CUTS + 1);
    if (size < 1 + 2 * ncuts)
        return 0;
    const uint8_t *stream = data + 1 + 2 * ncuts;
    size_t n = size - 1 - 2 * ncuts;
    size_t cuts[MAX_CUTS];
    for (size_t i = 0; i < ncuts; i++)
        cuts[i] = ((size_t)data[1 + 2 * i] << 8 | data[2 + 2 * i]) % (n + 1);
    qsort(cuts, ncuts, sizeof cuts[0], cmp_size);

    anon_buf_t whole = {0}, pieces = {0};
    int rc1 = restore(stream, n, NULL, 0, &whole);
    int rc2 = restore(stream, n, cuts, ncuts, &pieces);
    if (rc1 != rc2) {
        fprintf(stderr, "result differs: whole %d, in pieces %d\n", rc1, rc2);
        abort();
    }
    if (rc1 == ANON_OK &&
        (whole.len != pieces.len || (whole.len && memcmp(whole.data, pieces.data, whole.len)))) {
        fprintf(stderr, "--- whole:\n%.*s\n--- in pieces:\n%.*s\n", (int)whole.len,
                (const char *)whole.data, (int)pieces.len, (const char *)pieces.data);
        abort();
    }
    anon_buf_free(&whole);
    anon_buf_free(&pieces);
    return 0;
}
