/* sni: the server name from the first bytes a TLS client sends, without consuming them.
 *
 * Transparent mode decides per connection whether to intercept or tunnel before any byte is
 * forwarded, so it re-reads the same growing buffer until this parser says more than "need
 * more". The one thing to know: the parser is strict and bounded. It reads only whole TLS records
 * of type handshake, at most GW_SNI_MAX_RECORDS of them and a ClientHello of at most
 * GW_SNI_MAX_HELLO bytes; every length is checked against what encloses it, and anything that is
 * not a well-formed ClientHello (a duplicate extension, a malformed name, trailing garbage inside
 * the hello) is GW_SNI_NOT_TLS, which callers treat like any other unreadable connection.
 */
#include "gateway/net/net.h"

#include <string.h>

/* RFC 6066 host_name: an ASCII DNS name without a trailing dot; letters, digits, '-', '_' and
 * dots between non-empty labels of at most 63 bytes. */
static int valid_host(const uint8_t *s, size_t n)
{
    if (n == 0 || n > 253) {
        return 0;
    }
    size_t label = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = s[i];
        if (c == '.') {
            if (label == 0) {
                return 0;
            }
            label = 0;
            continue;
        }
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_')) {
            return 0;
        }
        if (++label > 63) {
            return 0;
        }
    }
    return label > 0;
}

/* The server_name extension body: a list of (type, name); exactly one host_name. */
static int parse_server_name(gw_rd_t ext, char *out, size_t outlen)
{
    unsigned long list_len;
    gw_rd_t list;
    if (gw_rd_num(&ext, 2, &list_len) != 0 || list_len != ext.n || list_len == 0 ||
        gw_rd_sub(&ext, list_len, &list) != 0) {
        return GW_SNI_NOT_TLS;
    }
    int found = 0;
    while (list.n) {
        unsigned long type, len;
        gw_rd_t name;
        if (gw_rd_num(&list, 1, &type) != 0 || gw_rd_num(&list, 2, &len) != 0 ||
            gw_rd_sub(&list, len, &name) != 0) {
            return GW_SNI_NOT_TLS;
        }
        if (type != 0) {
            continue; /* no other name type is defined; skip it as RFC 6066 allows */
        }
        if (found || !valid_host(name.p, name.n) || name.n >= outlen) {
            return GW_SNI_NOT_TLS;
        }
        for (size_t i = 0; i < name.n; i++) {
            uint8_t c = name.p[i];
            out[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        out[name.n] = '\0';
        found = 1;
    }
    return found ? GW_SNI_FOUND : GW_SNI_NONE;
}

/* The application_layer_protocol_negotiation extension body as "h2,http/1.1" (printable bytes
 * only) in alpn; a malformed entry or one that does not fit ends the list there. */
static void parse_alpn(gw_rd_t ext, char *alpn, size_t alpnlen)
{
    unsigned long list_len;
    gw_rd_t list;
    if (gw_rd_num(&ext, 2, &list_len) != 0 || gw_rd_sub(&ext, list_len, &list) != 0) {
        return;
    }
    size_t o = 0;
    while (list.n) {
        unsigned long plen;
        gw_rd_t proto;
        if (gw_rd_num(&list, 1, &plen) != 0 || gw_rd_sub(&list, plen, &proto) != 0 ||
            o + proto.n + 2 > alpnlen) {
            break;
        }
        if (o) {
            alpn[o++] = ',';
        }
        gw_printable(alpn + o, alpnlen - o, proto.p, proto.n, 0);
        o += strlen(alpn + o);
    }
}

/* One complete ClientHello body (after the 4-byte handshake header). */
static int parse_hello(gw_rd_t h, char *out, size_t outlen, char *alpn, size_t alpnlen)
{
    unsigned long major, minor, sid_len, cs_len, comp_len, ext_len;
    gw_rd_t skip, exts;
    if (gw_rd_num(&h, 1, &major) != 0 || gw_rd_num(&h, 1, &minor) != 0 || major != 3 ||
        gw_rd_sub(&h, 32, &skip) != 0 || gw_rd_num(&h, 1, &sid_len) != 0 || sid_len > 32 ||
        gw_rd_sub(&h, sid_len, &skip) != 0 || gw_rd_num(&h, 2, &cs_len) != 0 || cs_len < 2 ||
        cs_len % 2 || gw_rd_sub(&h, cs_len, &skip) != 0 || gw_rd_num(&h, 1, &comp_len) != 0 ||
        comp_len < 1 || gw_rd_sub(&h, comp_len, &skip) != 0) {
        return GW_SNI_NOT_TLS;
    }
    if (h.n == 0) {
        return GW_SNI_NONE; /* a hello without extensions (SSL 3.0 style) */
    }
    if (gw_rd_num(&h, 2, &ext_len) != 0 || ext_len != h.n || gw_rd_sub(&h, ext_len, &exts) != 0) {
        return GW_SNI_NOT_TLS;
    }
    int result = GW_SNI_NONE, seen_sni = 0, seen_alpn = 0;
    while (exts.n) {
        unsigned long type, len;
        gw_rd_t body;
        if (gw_rd_num(&exts, 2, &type) != 0 || gw_rd_num(&exts, 2, &len) != 0 ||
            gw_rd_sub(&exts, len, &body) != 0) {
            return GW_SNI_NOT_TLS;
        }
        if (type == 16 && !seen_alpn && alpnlen) {
            seen_alpn = 1;
            parse_alpn(body, alpn, alpnlen);
        }
        if (type != 0) {
            continue;
        }
        if (seen_sni) {
            return GW_SNI_NOT_TLS; /* RFC 8446 4.2: at most one extension of each type */
        }
        seen_sni = 1;
        result = parse_server_name(body, out, outlen);
        if (result == GW_SNI_NOT_TLS) {
            return result;
        }
    }
    return result;
}

/* A record header that could start (or continue) a ClientHello: handshake, version 3.x. Checks
 * only the bytes present, so a 1-byte prefix of garbage is refused at once. */
static int header_ok(const uint8_t *b, size_t avail)
{
    if (avail >= 1 && b[0] != 0x16) {
        return 0;
    }
    if (avail >= 2 && b[1] != 0x03) {
        return 0;
    }
    if (avail >= 3 && b[2] > 0x04) {
        return 0;
    }
    if (avail >= 5) {
        unsigned len = (unsigned)b[3] << 8 | b[4];
        if (len == 0 || len > 16384) { /* RFC 8446 5.1: no empty handshake fragments */
            return 0;
        }
    }
    return 1;
}

int gw_sni_parse(const uint8_t *buf, size_t len, char *out, size_t outlen, char *alpn,
                 size_t alpnlen)
{
    uint8_t hs[GW_SNI_MAX_HELLO];
    size_t have = 0, off = 0, need = 0; /* need: the whole handshake message, once known */
    if (outlen) {
        out[0] = '\0';
    }
    if (alpnlen) {
        alpn[0] = '\0';
    }
    for (unsigned rec = 0;; rec++) {
        size_t avail = len - off;
        if (!header_ok(buf + off, avail)) {
            return GW_SNI_NOT_TLS;
        }
        if (rec == GW_SNI_MAX_RECORDS) {
            return GW_SNI_NOT_TLS;
        }
        if (avail < 5) {
            return GW_SNI_NEED_MORE;
        }
        size_t rlen = (size_t)buf[off + 3] << 8 | buf[off + 4];
        if (avail < 5 + rlen) {
            return GW_SNI_NEED_MORE;
        }
        /* Take only what the handshake message needs; once need is known, anything more in
         * this record is a later message and is not ours to read. */
        size_t take = rlen;
        if (need && take > need - have) {
            take = need - have;
        }
        if (have + take > sizeof(hs)) {
            take = sizeof(hs) - have; /* the length check below refuses it */
        }
        memcpy(hs + have, buf + off + 5, take);
        have += take;
        off += 5 + rlen;
        if (!need && have >= 4) {
            if (hs[0] != 1) { /* the first handshake message of a client is its ClientHello */
                return GW_SNI_NOT_TLS;
            }
            size_t body = (size_t)hs[1] << 16 | (size_t)hs[2] << 8 | hs[3];
            if (body + 4 > sizeof(hs)) {
                return GW_SNI_NOT_TLS;
            }
            need = body + 4;
            if (have > need) {
                have = need;
            }
        }
        if (need && have >= need) {
            gw_rd_t h = {hs + 4, need - 4};
            int r = parse_hello(h, out, outlen, alpn, alpnlen);
            if (r != GW_SNI_FOUND && outlen) {
                out[0] = '\0';
            }
            if (r == GW_SNI_NOT_TLS && alpnlen) {
                alpn[0] = '\0';
            }
            return r;
        }
        if (off == len) {
            return GW_SNI_NEED_MORE;
        }
    }
}
