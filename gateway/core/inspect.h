/* inspect: the inspector page on the admin listener (private to gateway/; see inspect.c).
 *
 * Feeding is from any worker thread and never blocks on a viewer: a record is copied into a
 * bounded ring under one short mutex. Everything that talks to browsers runs on worker 0, which
 * owns the admin listener.
 */
#ifndef HUSH_GATEWAY_INSPECT_H
#define HUSH_GATEWAY_INSPECT_H

#include "gateway/internal.h"

/* One file of the page, embedded at build time (cmake/embed_assets.cmake). The table ends with
 * a NULL name. */
typedef struct gw_asset {
    const char *name;
    const unsigned char *data;
    size_t len;
} gw_asset_t;
extern const gw_asset_t gw_inspector_assets[];

#define GW_INSPECT_RING 512       /* recent records kept */
#define GW_INSPECT_WATCHERS 8     /* live streams at once */
#define GW_INSPECT_MINUTES 60     /* per-minute buckets: the last hour */
#define GW_INSPECT_SLOW (1 << 20) /* a stream with this much unsent is dropped */

/* Worker 0, after its admin listener is bound: turn the inspector on. stop frees what start made
 * and any stream still open (after the loop has ended). */
int gw_inspect_start(gw_worker_t *w);
void gw_inspect_stop(gw_worker_t *w);
int gw_inspect_on(void);

/* An audit record (exchange.c, ws_relay.c through audit.c), from any thread, with its compact
 * JSON text when the caller has it (else NULL). Copies what it keeps; the caller keeps both. */
void gw_inspect_record(json_t *record, const char *line);
/* A client connection hush decided on without an exchange (a tunnel, a refusal), from any thread.
 * reason is hush's own text for a refusal (may be NULL). */
void gw_inspect_conn(const char *client, const char *host, unsigned port, const char *decision,
                     int status, const char *reason, double ms);

/* 1 when an origin-form target on the admin listener is the inspector's. */
int gw_inspect_is_path(const char *target, size_t tlen);
/* Answer one request for the inspector; takes over bev (a final answer lingers and closes, a
 * stream stays). Returns the status. */
int gw_inspect_handle(gw_worker_t *w, struct bufferevent *bev, gw_head_t *head,
                      const struct sockaddr *peer);

/* The last hour as JSON (GET /inspector/api/stats); caller frees. Also for unit tests. */
char *gw_inspect_stats_json(void);
/* Recent records after seq as a JSON document; caller frees. */
char *gw_inspect_recent_json(uint64_t after, size_t limit);
/* inspect.c for inspect_http.c: on (srv) or off (NULL); the gauges into this minute; the SSE
 * frames of the records after *after up to upto (*after moves to the last one); the newest seq. */
void gw_inspect_enable(gw_server_t *srv);
void gw_inspect_sample(void);
void gw_inspect_frames(uint64_t *after, uint64_t upto, struct evbuffer *out);
uint64_t gw_inspect_head(void);
/* Tests: forget everything recorded (the ring and the minutes). */
void gw_inspect_reset(void);

#endif
