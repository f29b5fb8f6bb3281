/* metrics: counters for GET /metrics (private to gateway/). See metrics.c. */
#ifndef HUSH_GATEWAY_METRICS_H
#define HUSH_GATEWAY_METRICS_H

#include "gateway/internal.h"

enum {
    GW_REFUSE_INVALID_JSON,
    GW_REFUSE_UNSCANNABLE,
    GW_REFUSE_UNKNOWN_ENCODING,
    GW_REFUSE_BAD_ENCODING,
    GW_REFUSE_TOO_LARGE,
    GW_REFUSE_SIGNED_BODY,
    GW_REFUSE_OTHER,
    GW_REFUSE_N
};

enum {
    GW_RESP_REFUSE_TOO_LARGE, /* maxResponseBytes */
    GW_RESP_REFUSE_RATIO,     /* maxResponseRatio: a decompression bomb */
    GW_RESP_REFUSE_BAD,       /* undecodable, unrestorable, invalid status */
    GW_RESP_REFUSE_BUSY,      /* maxBufferedBytes */
    GW_RESP_REFUSE_OTHER,
    GW_RESP_REFUSE_N
};

void gw_metrics_init(gw_metrics_t *m);
void gw_metrics_destroy(gw_metrics_t *m);
/* One intercepted request ended with status after seconds. */
void gw_metrics_request(gw_metrics_t *m, const char *host, int status, double seconds);
/* Add n findings of the PII type called name. */
void gw_metrics_pii_add(gw_metrics_t *m, const char *name, size_t n);
void gw_metrics_render(gw_server_t *srv, struct evbuffer *out);

#endif
