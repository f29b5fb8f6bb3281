/* log: one logfmt line per event on stderr.
 *
 * Each line is formatted into a stack buffer and written with a single write(2), so lines from
 * worker threads never interleave. Anything that came from the network is quoted by the caller
 * with gw_log_quote; PII values are never passed here at all.
 */
#include "gateway/gateway.h"

#include <stdatomic.h>
#include <string.h>
#include <strings.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static atomic_int log_level = GW_LOG_INFO;

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
        } else if (c < 0x20 || c == 0x7f) {
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
