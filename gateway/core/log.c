/* log: one logfmt line per event on stderr.
 *
 * Each line is formatted into a stack buffer and written with a single write(2), so lines from
 * worker threads never interleave. Anything that came from the network is quoted by the caller
 * with gw_log_quote; PII values are never passed here at all.
 */
#include "gateway/core/core.h"

#include <stdatomic.h>
#include <string.h>
#include <strings.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static atomic_int log_level = GW_LOG_INFO;
static atomic_int log_json;

void gw_log_set_json(int json)
{
    atomic_store(&log_json, json);
}

/* The same line as one JSON object: logfmt pairs become members; quoted values are unescaped
 * from gw_log_quote's escapes and re-escaped for JSON; numbers stay strings only when they are
 * not plain numbers. Keys are the callers' own identifiers, never data. */
/* -?(0|[1-9][0-9]*)(.[0-9]+)? : a value JSON can carry as a number. */
static int json_number(const char *p, size_t n)
{
    size_t i = 0;
    if (i < n && p[i] == '-') {
        i++;
    }
    if (i >= n || p[i] < '0' || p[i] > '9' || (p[i] == '0' && i + 1 < n && p[i + 1] != '.')) {
        return 0;
    }
    while (i < n && p[i] >= '0' && p[i] <= '9') {
        i++;
    }
    if (i < n && p[i] == '.') {
        if (++i >= n) {
            return 0;
        }
        while (i < n && p[i] >= '0' && p[i] <= '9') {
            i++;
        }
    }
    return i == n;
}

static size_t to_json(const char *in, size_t len, char *out, size_t cap)
{
    size_t o = 0;
#define PUT(c)                                                                                     \
    do {                                                                                           \
        if (o + 8 < cap) {                                                                         \
            out[o++] = (c);                                                                        \
        }                                                                                          \
    } while (0)
    PUT('{');
    size_t i = 0;
    int first = 1;
    while (i < len) {
        while (i < len && in[i] == ' ') {
            i++;
        }
        size_t ks = i;
        while (i < len && in[i] != '=' && in[i] != ' ') {
            i++;
        }
        if (i >= len || in[i] != '=') {
            break;
        }
        size_t ke = i++;
        if (!first) {
            PUT(',');
        }
        first = 0;
        PUT('"');
        for (size_t k = ks; k < ke; k++) {
            PUT(in[k]);
        }
        PUT('"');
        PUT(':');
        int quoted = i < len && in[i] == '"';
        size_t vs = quoted ? ++i : i;
        while (i < len && (quoted ? in[i] != '"' : in[i] != ' ')) {
            if (quoted && in[i] == '\\' && i + 1 < len) {
                i++;
            }
            i++;
        }
        size_t ve = i;
        if (quoted && i < len) {
            i++;
        }
        if (!quoted && json_number(in + vs, ve - vs)) {
            for (size_t k = vs; k < ve; k++) {
                PUT(in[k]);
            }
            continue;
        }
        PUT('"');
        for (size_t k = vs; k < ve; k++) {
            char c = in[k];
            if (quoted && c == '\\' && k + 1 < ve) {
                c = in[++k];
                if (c == 'x' && k + 2 < ve) { /* \xNN from gw_log_quote: keep it escaped */
                    PUT('\\');
                    PUT('u');
                    PUT('0');
                    PUT('0');
                    PUT(in[k + 1]);
                    PUT(in[k + 2]);
                    k += 2;
                    continue;
                }
            }
            if (c == '"' || c == '\\') {
                PUT('\\');
            }
            PUT(c);
        }
        PUT('"');
    }
    PUT('}');
#undef PUT
    return o;
}

static const char *const level_names[] = {"debug", "info", "warn", "error"};

void gw_log_set_level(int level)
{
    atomic_store(&log_level, level);
}

int gw_log_enabled(int level)
{
    return level >= atomic_load(&log_level);
}

int gw_log_level_parse(const char *s)
{
    for (int i = 0; i < 4; i++) {
        if (strcasecmp(s, level_names[i]) == 0) {
            return i;
        }
    }
    if (strcasecmp(s, "warning") == 0) {
        return GW_LOG_WARN;
    }
    return -1;
}

void gw_iso_time(const struct timeval *tv, char *buf, size_t len)
{
    struct tm tm;
    gmtime_r(&tv->tv_sec, &tm);
    size_t n = strftime(buf, len, "%Y-%m-%dT%H:%M:%S", &tm);
    snprintf(buf + n, len - n, ".%03ldZ", (long)(tv->tv_usec / 1000));
}

void gw_log(int level, const char *fmt, ...)
{
    if (!gw_log_enabled(level)) {
        return;
    }
    char line[2048];
    struct timeval tv;
    struct tm tm;
    gettimeofday(&tv, NULL);
    gmtime_r(&tv.tv_sec, &tm);
    size_t n = strftime(line, sizeof(line), "ts=%Y-%m-%dT%H:%M:%S", &tm);
    int k = snprintf(line + n, sizeof(line) - n, ".%03ldZ level=%s ", (long)(tv.tv_usec / 1000),
                     level_names[level < 0   ? 0
                                 : level > 3 ? 3
                                             : level]);
    if (k > 0) {
        n += (size_t)k;
    }
    va_list ap;
    va_start(ap, fmt);
    k = vsnprintf(line + n, sizeof(line) - n - 1, fmt, ap);
    va_end(ap);
    if (k > 0) {
        n += (size_t)k < sizeof(line) - n - 1 ? (size_t)k : sizeof(line) - n - 2;
    }
    if (atomic_load(&log_json)) {
        char js[4096];
        size_t m = to_json(line, n, js, sizeof(js));
        js[m++] = '\n';
        ssize_t w = write(STDERR_FILENO, js, m);
        (void)w;
        return;
    }
    line[n++] = '\n';
    ssize_t w = write(STDERR_FILENO, line, n);
    (void)w;
}

const char *gw_log_quote(char *buf, size_t n, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    size_t o = 0;
    if (n < 3) {
        return "";
    }
    int plain = s && *s;
    for (const char *p = s; plain && *p; p++) {
        unsigned char c = (unsigned char)*p;
        plain = c > 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '=';
    }
    if (plain && strlen(s) < n) {
        memcpy(buf, s, strlen(s) + 1);
        return buf;
    }
    buf[o++] = '"';
    for (; s && *s && o + 6 < n; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') {
            buf[o++] = '\\';
            buf[o++] = (char)c;
        } else if (c < 0x20 || c >= 0x7f) { /* controls and non-ASCII: logs stay ASCII */
            buf[o++] = '\\';
            buf[o++] = 'x';
            buf[o++] = hex[c >> 4];
            buf[o++] = hex[c & 15];
        } else {
            buf[o++] = (char)c;
        }
    }
    buf[o++] = '"';
    buf[o] = '\0';
    return buf;
}
