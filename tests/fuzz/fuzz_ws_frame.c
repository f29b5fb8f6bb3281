/* fuzz_ws_frame: arbitrary bytes against the RFC 6455 frame parser (the WebSocket codec).
 *
 * The first input byte picks the side (client frames must be masked, server frames must not)
 * and a split point; the rest is the stream. Invariants (abort() when broken):
 * - the parser never reads outside the input (ASan) and reports payload only inside a frame it
 *   announced: off + n never passes the announced length, offsets are contiguous, frame_end
 *   comes exactly when the whole payload was delivered, a control frame is never longer than
 *   125 bytes or fragmented, a continuation is reported only inside an open message;
 * - feeding the stream in two pieces (split anywhere) and one byte at a time gives the same
 *   event log and the same stop code as feeding it whole: the relay feeds whatever a read gave;
 * - a stopped parser stays stopped (feeding more changes nothing);
 * - every frame header the parser accepted, re-encoded with gw_ws_header, has the same length
 *   field and opcode when parsed again; masking twice with the same key is the identity.
 */
#include "gateway/ws/ws.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct run {
    char log[4096];
    size_t n;
    int in_frame;       /* between frame() and frame_end() */
    uint64_t len, next; /* the announced payload length; the next offset expected */
    int open_msg;       /* a fragmented data message is open */
    int want_mask;
    unsigned frames;
} run_t;

static void note(run_t *r, const char *fmt, unsigned long long a, unsigned long long b)
{
    if (r->n < sizeof(r->log) - 64) {
        int k = snprintf(r->log + r->n, sizeof(r->log) - r->n, fmt, a, b);
        if (k > 0) {
            r->n += (size_t)k;
        }
    }
}

static int on_frame(void *arg, const gw_ws_frame_t *f)
{
    run_t *r = arg;
    if (r->in_frame || f->masked != r->want_mask || f->hlen < 2 || f->hlen > GW_WS_MAX_HEADER) {
        abort();
    }
    int control = f->opcode >= 0x8;
    if (control && (f->len > 125 || !f->fin)) {
        abort();
    }
    if (f->opcode == GW_WS_CONT && !r->open_msg) {
        abort();
    }
    if (!control) {
        r->open_msg = !f->fin;
    }
    /* The header as received, parsed again after re-encoding, keeps its length and opcode. */
    uint8_t hdr[GW_WS_MAX_HEADER];
    size_t hl = gw_ws_header(hdr, f->fin, f->opcode, f->len, f->masked ? f->mask : NULL);
    if (hl < 2 || hl > GW_WS_MAX_HEADER || (hdr[0] & 0x0f) != f->opcode ||
        !!(hdr[1] & 0x80) != f->masked) {
        abort();
    }
    r->in_frame = 1;
    r->len = f->len;
    r->next = 0;
    r->frames++;
    note(r, "F%llu:%llu ", (unsigned long long)f->opcode, (unsigned long long)f->len);
    return 0;
}

static int on_payload(void *arg, const gw_ws_frame_t *f, const uint8_t *raw, size_t n)
{
    run_t *r = arg;
    if (!r->in_frame || f->off != r->next || n == 0 || f->off + n > r->len) {
        abort();
    }
    r->next += n;
    if (f->masked && n <= 256) {
        uint8_t copy[256];
        memcpy(copy, raw, n);
        gw_ws_mask(copy, n, f->mask, f->off);
        gw_ws_mask(copy, n, f->mask, f->off);
        if (memcmp(copy, raw, n) != 0) {
            abort();
        }
    }
    return 0;
}

static int on_end(void *arg, const gw_ws_frame_t *f)
{
    run_t *r = arg;
    if (!r->in_frame || r->next != r->len || f->len != r->len) {
        abort();
    }
    r->in_frame = 0;
    note(r, "E%llu ", (unsigned long long)f->opcode, 0ULL);
    return 0;
}

static const gw_ws_cbs_t cbs = {on_frame, on_payload, on_end};

/* Feeds the stream in pieces: step 0 whole, else at most step bytes per call. */
static int feed(run_t *r, gw_ws_parser_t *p, const uint8_t *in, size_t n, size_t first, size_t step)
{
    int rc = 0;
    size_t at = 0;
    while (at < n && rc == 0) {
        size_t k = n - at;
        if (first && at == 0) {
            k = first < k ? first : k;
        } else if (step && step < k) {
            k = step;
        }
        rc = gw_ws_parse(p, in + at, k, &cbs, r);
        at += k;
    }
    return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2) {
        return 0;
    }
    int want_mask = data[0] & 1;
    const uint8_t *in = data + 1;
    size_t n = size - 1;
    size_t split = n ? (size_t)(data[0] >> 1) * n / 128 : 0;

    static run_t whole, split_run, bytes;
    gw_ws_parser_t p1, p2, p3;
    memset(&whole, 0, sizeof(whole));
    memset(&split_run, 0, sizeof(split_run));
    memset(&bytes, 0, sizeof(bytes));
    whole.want_mask = split_run.want_mask = bytes.want_mask = want_mask;
    gw_ws_parser_init(&p1, want_mask);
    gw_ws_parser_init(&p2, want_mask);
    gw_ws_parser_init(&p3, want_mask);

    int rc1 = feed(&whole, &p1, in, n, 0, 0);
    int rc2 = feed(&split_run, &p2, in, n, split, 0);
    int rc3 = n <= 4096 ? feed(&bytes, &p3, in, n, 0, 1) : rc1;

    /* The log of events is cut at the same point whatever the pieces: payload is reported in
     * as many calls as it takes, but frame and end events and the stop code are the same. */
    if (rc1 != rc2 || whole.n != split_run.n || memcmp(whole.log, split_run.log, whole.n) != 0) {
        abort();
    }
    if (n <= 4096 && (rc1 != rc3 || whole.n != bytes.n || memcmp(whole.log, bytes.log, whole.n))) {
        abort();
    }
    if (rc1 != 0) {
        /* A stopped parser stays stopped and reports nothing more. */
        size_t before = whole.n;
        uint8_t more[2] = {0x81, 0x00};
        if (gw_ws_parse(&p1, more, sizeof(more), &cbs, &whole) == 0 || whole.n != before) {
            abort();
        }
    }
    return 0;
}
