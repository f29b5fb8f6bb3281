/* fuzz_upstream_response: arbitrary bytes from an upstream, through the real response path.
 *
 * A real exchange (gw_exchange_start, with a request that carried PII, so the response is being
 * restored) sends its request into the real upstream pool; the harness takes it off the queue and
 * puts it on an HTTP/1.1 connection object without a socket, then feeds the input to
 * up_h1_on_read in pieces, as TLS would, and ends with the peer's close. So status lines, headers,
 * framing (length, chunked, close), Content-Encoding stacks, JSON and SSE restoring, the limits
 * and every way of failing run through the same callbacks as in hush (upstream_h1.c ->
 * upstream.c -> exchange.c -> transform.c -> anonymize/) into a fake client sink.
 *
 * Checked: the client sink sees head, data..., then exactly one end or fail (or, once it let go,
 * nothing), never a status outside 200..599; and once the input is over the exchange has ended
 * (the configuration generation it held is released: a leak or a dangling exchange shows up as a
 * held reference, or under ASan).
 *
 * Input layout: byte 0 = flags (bits 0-1: the client 0 takes everything, 1 refuses the head,
 * 2 refuses the second data piece; bit 2: the request is HEAD), byte 1 = piece size (0: all at
 * once), then the response bytes.
 */
#include "domains/domains.h"
#include "gateway/exchange/exchange.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static gw_server_t srv;
static gw_worker_t worker;

struct client {
    int mode;
    int headed, ended, let_go;
    unsigned pieces;
};

static void fail_if(int bad, const char *what)
{
    if (bad) {
        fprintf(stderr, "fuzz_upstream_response: %s\n", what);
        abort();
    }
}

static int c_head(void *arg, int status, const gw_hdrs_t *hdrs)
{
    struct client *c = arg;
    fail_if(c->headed || c->ended || c->let_go, "head after head, end, fail or letting go");
    fail_if(status < 200 || status > 599, "a status HTTP cannot carry reached the client");
    for (size_t i = 0; i < hdrs->n; i++) {
        fail_if(!hdrs->v[i].name || !hdrs->v[i].value, "a header without name or value");
    }
    c->headed = 1;
    if (c->mode == 1) {
        c->let_go = 1;
        return -1;
    }
    return 0;
}

static int c_data(void *arg, struct evbuffer *chunk)
{
    struct client *c = arg;
    fail_if(!c->headed || c->ended || c->let_go, "data before head or after the end");
    evbuffer_drain(chunk, evbuffer_get_length(chunk));
    if (c->mode == 2 && ++c->pieces == 2) {
        c->let_go = 1;
        return -1;
    }
    return 0;
}

static void c_end(void *arg, const gw_hdrs_t *trailers)
{
    (void)trailers;
    struct client *c = arg;
    fail_if(!c->headed || c->ended || c->let_go, "end before head, twice, or after letting go");
    c->ended = 1;
}

static void c_fail(void *arg, int status, const char *msg)
{
    struct client *c = arg;
    fail_if(c->ended || c->let_go, "fail after the end or after letting go");
    fail_if(!msg || status < 400 || status > 599, "a failure without an error status");
    c->ended = 1;
}

static size_t c_backlog(void *arg)
{
    (void)arg;
    return 0;
}

static const gw_sink_t client_sink = {c_head, c_data, c_end, c_fail, c_backlog};

static void nothing(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    (void)arg;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    char err[256];
    char e1[] = "HUSH_MAX_RESPONSE_BYTES=4194304";
    char *env[] = {e1, NULL};
    gw_config_t *cfg = gw_config_load(NULL, env, err, sizeof(err));
    gw_config_t *gcfg = gw_config_load(NULL, env, err, sizeof(err));
    if (!cfg || !gcfg) {
        abort();
    }
    gw_log_set_level(GW_LOG_ERROR);
    srv.cfg = &cfg->boot;
    srv.gen = gw_gen_build(srv.cfg, gcfg, err, sizeof(err));
    gw_metrics_init(&srv.metrics);
    worker.srv = &srv;
    worker.cfg = &cfg->boot;
    worker.base = event_base_new();
    worker.live.next = worker.live.prev = &worker.live;
    if (!srv.gen || !worker.base || gw_reaper_init(&worker.reaper, worker.base) != 0) {
        abort();
    }
    return 0;
}

static gw_req_t *request(int head)
{
    static const char body[] =
        "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"Write to "
        "jane.doe@example.com or call +1 415 555 0132, card 4111 1111 1111 1111.\"}]}";
    gw_req_t *r = gw_req_new();
    if (!r) {
        abort();
    }
    snprintf(r->method, sizeof(r->method), "%s", head ? "HEAD" : "POST");
    r->authority = strdup("api.openai.com");
    r->path = strdup("/v1/chat/completions");
    gw_hdrs_add(&r->hdrs, "content-type", 12, "application/json", 16);
    evbuffer_add(r->body, body, sizeof(body) - 1);
    r->client_alpn = "h2";
    return r;
}

/* What on_tls_read/on_tls_close do around a protocol callback: a dead connection asks for its
 * free (defer.c), which gw_reaper_run carries out at the end. */
static void settle(up_conn_t *c)
{
    if (c->st == UC_DEAD) {
        up_conn_close(c, NULL, 0, GW_UPFAIL_OTHER, NULL);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2) {
        return 0;
    }
    struct client cl = {.mode = data[0] & 3};
    size_t piece = data[1] ? data[1] : size;
    data += 2;
    size -= 2;

    gw_mitm_ctx_t ctx = {
        .host = "api.openai.com", .port = 443, .profile = DOM_PROFILE_OPENAI, .client = "fuzz"};
    gw_exchange_t *x = gw_exchange_start(&worker, &ctx, request(data[-2] & 4), &client_sink, &cl);
    fail_if(!x, "the exchange did not start");
    up_pool_t *p = worker.upstream_pool;
    up_host_t *h = p ? p->hosts : NULL;
    gw_upstream_req_t *r = h ? h->queue : NULL;
    fail_if(!r, "the request was not queued upstream (refused?)");
    /* off the queue (as dispatch does), onto a connection without a socket */
    h->queue = NULL;
    h->qtail = &h->queue;
    h->nqueue = 0;
    r->qnext = NULL;
    r->qprev = NULL;
    up_conn_t *c = calloc(1, sizeof(*c));
    fail_if(!c, "out of memory");
    gw_obj_init(&c->obj, &worker.reaper, c);
    c->host = h;
    c->w = &worker;
    c->st = UC_READY;
    c->alpn = "http/1.1";
    c->idle_timer = evtimer_new(worker.base, nothing, NULL);
    c->next = h->conns;
    c->prev = &h->conns;
    if (h->conns) {
        h->conns->prev = &c->next;
    }
    h->conns = c;
    fail_if(up_h1_start(c) != 0, "up_h1_start");
    up_conn_attach(c, r);

    struct evbuffer *plain = evbuffer_new();
    int dead = 0;
    for (size_t i = 0; i < size && !dead; i += piece) {
        evbuffer_add(plain, data + i, size - i < piece ? size - i : piece);
        gw_hold(&c->obj);
        up_h1_on_read(c, plain);
        gw_release(&c->obj);
        dead = c->st == UC_DEAD;
        evbuffer_drain(plain, evbuffer_get_length(plain));
    }
    evbuffer_free(plain);
    if (dead) {
        settle(c);
    } else {
        gw_hold(&c->obj);
        up_h1_on_close(c, 0, "end of input");
        gw_release(&c->obj);
        settle(c);
    }
    fail_if(!cl.ended && !cl.let_go, "the exchange never ended");
    gw_reaper_run(&worker.reaper); /* the deferred frees, as the worker's loop would */
    gw_upstream_worker_free(&worker);
    gw_reaper_run(&worker.reaper);
    fail_if(atomic_load(&srv.gen->refs) != 1, "an exchange still holds its generation");
    fail_if(gw_budget_used() != 0, "buffered bytes were not given back to the budget");
    return 0;
}
