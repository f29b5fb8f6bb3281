/* ws: the RFC 6455 frame codec and the handshake key helpers (see ws.h).
 *
 * The one thing to know: the parser never copies, unmasks or changes the bytes it is fed. It
 * tells its owner where each frame's header and payload are, so the owner can forward a frame
 * byte for byte (binary and control frames) or unmask and collect it (text it must rewrite).
 * Any framing the protocol does not allow stops the parser with 1002; nothing is guessed.
 */
#include "gateway/ws/ws.h"

#include <openssl/base64.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <string.h>

#define WS_GUID "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

void gw_ws_parser_init(gw_ws_parser_t *p, int want_mask)
{
    memset(p, 0, sizeof(*p));
    p->want_mask = want_mask;
    p->hneed = 2;
}

static int stop(gw_ws_parser_t *p, int code)
{
    p->error = code;
    return code;
}

/* The first two header bytes: everything that can be refused before the length is known. */
static int check_start(gw_ws_parser_t *p)
{
    gw_ws_frame_t *f = &p->f;
    uint8_t b0 = f->hdr[0], b1 = f->hdr[1];
    f->fin = (b0 & 0x80) != 0;
    f->rsv = (b0 >> 4) & 7;
    f->opcode = b0 & 0x0f;
    f->masked = (b1 & 0x80) != 0;
    unsigned len7 = b1 & 0x7f;
    if (f->rsv) {
        return GW_WS_PROTOCOL_ERROR; /* no extension was negotiated */
    }
    if (f->masked != p->want_mask) {
        return GW_WS_PROTOCOL_ERROR;
    }
    switch (f->opcode) {
    case GW_WS_CONT:
        if (!p->open_msg) {
            return GW_WS_PROTOCOL_ERROR;
        }
        f->message = p->open_msg;
        break;
    case GW_WS_TEXT:
    case GW_WS_BINARY:
        if (p->open_msg) {
            return GW_WS_PROTOCOL_ERROR;
        }
        f->message = f->opcode;
        break;
    case GW_WS_CLOSE:
    case GW_WS_PING:
    case GW_WS_PONG:
        if (!f->fin || len7 > 125) {
            return GW_WS_PROTOCOL_ERROR;
        }
        f->message = 0;
        break;
    default:
        return GW_WS_PROTOCOL_ERROR;
    }
    p->hneed = 2 + (len7 == 126 ? 2 : len7 == 127 ? 8 : 0) + (f->masked ? 4 : 0);
    return 0;
}

/* The whole header: the length (minimal encoding only) and the mask key. */
static int check_header(gw_ws_parser_t *p)
{
    gw_ws_frame_t *f = &p->f;
    unsigned len7 = f->hdr[1] & 0x7f;
    size_t k = 2;
    if (len7 == 126) {
        f->len = ((uint64_t)f->hdr[2] << 8) | f->hdr[3];
        k = 4;
        if (f->len < 126) {
            return GW_WS_PROTOCOL_ERROR;
        }
    } else if (len7 == 127) {
        f->len = 0;
        for (int i = 0; i < 8; i++) {
            f->len = (f->len << 8) | f->hdr[2 + i];
        }
        k = 10;
        if ((f->len >> 63) || f->len < 65536) {
            return GW_WS_PROTOCOL_ERROR;
        }
    } else {
        f->len = len7;
    }
    if (f->masked) {
        memcpy(f->mask, f->hdr + k, 4);
    }
    f->hlen = p->hneed;
    f->off = 0;
    /* The message state moves with the header, so frame() sees the frame in its message. */
    if (f->message && f->opcode != GW_WS_CONT) {
        p->open_msg = f->fin ? 0 : f->opcode;
    } else if (f->opcode == GW_WS_CONT && f->fin) {
        p->open_msg = 0;
    }
    return 0;
}

int gw_ws_parse(gw_ws_parser_t *p, const uint8_t *in, size_t n, const gw_ws_cbs_t *cbs, void *arg)
{
    if (p->error) {
        return p->error;
    }
    size_t i = 0;
    int rc;
    while (i < n || (p->in_payload && p->f.off == p->f.len)) {
        gw_ws_frame_t *f = &p->f;
        if (!p->in_payload) {
            size_t have = f->hlen;
            size_t take = p->hneed - have < n - i ? p->hneed - have : n - i;
            memcpy(f->hdr + have, in + i, take);
            f->hlen = have + take;
            i += take;
            if (f->hlen < p->hneed) {
                break;
            }
            if (p->hneed == 2) {
                if ((rc = check_start(p)) != 0) {
                    return stop(p, rc);
                }
                if (f->hlen < p->hneed) {
                    continue; /* extended length or mask key still to come */
                }
            }
            if ((rc = check_header(p)) != 0) {
                return stop(p, rc);
            }
            p->in_payload = 1;
            if (cbs->frame && (rc = cbs->frame(arg, f)) != 0) {
                return stop(p, rc);
            }
            continue;
        }
        uint64_t left = f->len - f->off;
        size_t take = left < (uint64_t)(n - i) ? (size_t)left : n - i;
        if (take) {
            if (cbs->payload && (rc = cbs->payload(arg, f, in + i, take)) != 0) {
                return stop(p, rc);
            }
            f->off += take;
            i += take;
        }
        if (f->off == f->len) {
            p->in_payload = 0;
            p->hneed = 2;
            rc = cbs->frame_end ? cbs->frame_end(arg, f) : 0;
            f->hlen = 0;
            if (rc != 0) {
                return stop(p, rc);
            }
        }
    }
    return 0;
}

size_t gw_ws_header(uint8_t out[GW_WS_MAX_HEADER], int fin, int opcode, uint64_t len,
                    const uint8_t *mask)
{
    size_t k = 0;
    out[k++] = (uint8_t)((fin ? 0x80 : 0) | (opcode & 0x0f));
    uint8_t m = mask ? 0x80 : 0;
    if (len < 126) {
        out[k++] = (uint8_t)(m | len);
    } else if (len <= 0xffff) {
        out[k++] = (uint8_t)(m | 126);
        out[k++] = (uint8_t)(len >> 8);
        out[k++] = (uint8_t)len;
    } else {
        out[k++] = (uint8_t)(m | 127);
        for (int i = 7; i >= 0; i--) {
            out[k++] = (uint8_t)(len >> (8 * i));
        }
    }
    if (mask) {
        memcpy(out + k, mask, 4);
        k += 4;
    }
    return k;
}

void gw_ws_mask(uint8_t *p, size_t n, const uint8_t mask[4], uint64_t off)
{
    for (size_t i = 0; i < n; i++) {
        p[i] ^= mask[(off + i) & 3];
    }
}

int gw_ws_frame_add(struct evbuffer *out, int fin, int opcode, const uint8_t *payload, size_t len,
                    const uint8_t *mask)
{
    uint8_t hdr[GW_WS_MAX_HEADER];
    size_t hl = gw_ws_header(hdr, fin, opcode, len, mask);
    if (evbuffer_add(out, hdr, hl) != 0) {
        return -1;
    }
    if (!len) {
        return 0;
    }
    if (!mask) {
        return evbuffer_add(out, payload, len);
    }
    struct evbuffer_iovec v;
    if (evbuffer_reserve_space(out, (ev_ssize_t)len, &v, 1) < 1) {
        return -1;
    }
    memcpy(v.iov_base, payload, len);
    gw_ws_mask(v.iov_base, len, mask, 0);
    v.iov_len = len;
    return evbuffer_commit_space(out, &v, 1);
}

int gw_ws_close_add(struct evbuffer *out, int code, const char *reason, const uint8_t *mask)
{
    uint8_t body[125];
    size_t rl = reason ? strlen(reason) : 0;
    if (rl > sizeof(body) - 2) {
        rl = sizeof(body) - 2;
        while (rl && (reason[rl] & 0xc0) == 0x80) {
            rl--; /* never cut a UTF-8 sequence: the reason must stay valid UTF-8 */
        }
    }
    body[0] = (uint8_t)(code >> 8);
    body[1] = (uint8_t)code;
    if (rl) {
        memcpy(body + 2, reason, rl);
    }
    return gw_ws_frame_add(out, 1, GW_WS_CLOSE, body, rl + 2, mask);
}

int gw_ws_key_valid(const char *key, size_t len)
{
    uint8_t raw[32];
    size_t n = 0;
    if (len != 24) {
        return 0;
    }
    return EVP_DecodeBase64(raw, &n, sizeof(raw), (const uint8_t *)key, len) == 1 && n == 16;
}

void gw_ws_accept(const char *key, size_t len, char out[32])
{
    SHA_CTX c;
    uint8_t md[SHA_DIGEST_LENGTH];
    SHA1_Init(&c);
    SHA1_Update(&c, key, len);
    SHA1_Update(&c, WS_GUID, sizeof(WS_GUID) - 1);
    SHA1_Final(md, &c);
    EVP_EncodeBlock((uint8_t *)out, md, sizeof(md)); /* 28 characters and a NUL */
}

int gw_ws_new_key(char out[32])
{
    uint8_t raw[16];
    if (RAND_bytes(raw, sizeof(raw)) != 1) {
        return -1;
    }
    EVP_EncodeBlock((uint8_t *)out, raw, sizeof(raw)); /* 24 characters and a NUL */
    return 0;
}
