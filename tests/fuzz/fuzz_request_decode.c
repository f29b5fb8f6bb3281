/* fuzz_request_decode: compressed request bodies through the real request transform.
 *
 * gw_xform_request (transform.c) with a Content-Encoding: the body is decoded (anonymize/codec.c:
 * gzip, deflate raw or zlib-wrapped, br, zstd, or a stack of them) bounded by maxBodyBytes, then
 * scanned as JSON, text or multipart, and either forwarded as identity or refused.
 *
 * Checked: a forwarded request has no Content-Encoding left (it goes on decoded, as scanned) and
 * a body no larger than maxBodyBytes allows after the rewrite; a refusal has an HTTP status hush
 * uses for a bad body (400, 403, 413, 415, 500) and, unless out of memory, an error body; nothing
 * leaks (ASan) and the configuration generation is untouched.
 *
 * Input layout: byte 0 = Content-Encoding (mod 7: gzip, deflate, br, zstd, "gzip, br",
 * "deflate, zstd", x-gzip), byte 1 = Content-Type (mod 3: JSON, text/plain, multipart with
 * boundary "b"), then the encoded body.
 */
#include "domains/domains.h"
#include "gateway/exchange/exchange.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_BODY 65536

static gw_gen_t *gen;

static void fail_if(int bad, const char *what)
{
    if (bad) {
        fprintf(stderr, "fuzz_request_decode: %s\n", what);
        abort();
    }
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    char err[256];
    char e1[] = "HUSH_MAX_BODY_BYTES=65536";
    char e2[] = "HUSH_POLICY=CREDIT_CARD=block,IPV4=audit";
    char e3[] = "HUSH_DATA_DIR=/nonexistent/hush-fuzz";
    char *env[] = {e1, e2, e3, NULL};
    gw_config_t *cfg = gw_config_load(NULL, env, err, sizeof(err));
    fail_if(!cfg, err);
    gw_log_set_level(GW_LOG_ERROR);
    gen = gw_gen_build(&cfg->boot, cfg, err, sizeof(err));
    fail_if(!gen, err);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const encs[] = {"gzip",     "deflate",       "br",    "zstd",
                                       "gzip, br", "deflate, zstd", "x-gzip"};
    static const char *const types[] = {"application/json", "text/plain",
                                        "multipart/form-data; boundary=b"};
    if (size < 2) {
        return 0;
    }
    const char *enc = encs[data[0] % 7];
    const char *ct = types[data[1] % 3];
    gw_req_t *r = gw_req_new();
    fail_if(!r, "out of memory");
    snprintf(r->method, sizeof(r->method), "POST");
    r->authority = strdup("api.openai.com");
    r->path = strdup("/v1/chat/completions");
    gw_hdrs_add(&r->hdrs, "content-type", 12, ct, strlen(ct));
    gw_hdrs_add(&r->hdrs, "content-encoding", 16, enc, strlen(enc));
    evbuffer_add(r->body, data + 2, size - 2);

    gw_xform_env_t env = {gen->cfg, gen->anon, gen->domains, gen->policy, 1u << 26, 1, NULL, NULL};
    gw_mitm_ctx_t ctx = {0};
    snprintf(ctx.host, sizeof(ctx.host), "api.openai.com");
    ctx.port = 443;
    ctx.profile = DOM_PROFILE_OPENAI;
    gw_xform_t *x = NULL;
    gw_xform_result_t res;
    int rc = gw_xform_request(&env, &ctx, r, &x, &res);
    if (rc == 0) {
        /* an empty body has nothing to decode or scan and goes on as it came */
        fail_if(size > 2 && gw_hdrs_get(&r->hdrs, "content-encoding", NULL) != NULL,
                "forwarded with its Content-Encoding: the body was not decoded");
        /* tokens may be longer than the values they replace, never by this much */
        fail_if(evbuffer_get_length(r->body) > 16 * (size_t)MAX_BODY + 4096,
                "a forwarded body far past maxBodyBytes");
    } else {
        fail_if(res.status != 400 && res.status != 403 && res.status != 413 && res.status != 415 &&
                    res.status != 500,
                "a refusal with a status hush does not use for a body");
        fail_if(!res.code, "a refusal without a code");
        fail_if(!res.error_json && res.status != 500, "a refusal without an error body");
    }
    free(res.error_json);
    gw_xform_free(x);
    gw_req_free(r);
    return 0;
}
