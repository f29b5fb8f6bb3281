/* multipart.c: multipart/form-data request bodies (file uploads, audio transcriptions).
 *
 * The body is re-framed part by part: every byte outside what changed is copied, so boundaries,
 * preamble and part headers stay as they came (the caller recomputes the body's length). Text,
 * JSON and JSON-lines parts and every file name are scanned like a request body; a part hush
 * cannot read (audio, images, archives, a transfer encoding) is forwarded untouched only when the
 * caller allows it for this host, otherwise the whole body is refused naming that part. The
 * kind of a part comes from its Content-Type, then from its file name's extension (SDKs upload
 * .jsonl files as application/octet-stream), then from its bytes (UTF-8 text without control
 * characters is text).
 */
#include "anonymize/anon_internal.h"

#include <openssl/mem.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define MP_MAX_PARTS 10000
#define MP_MAX_HEAD 16384

typedef struct part_head {
    const char *ctype; /* media type, parameters cut; NULL when absent */
    size_t ctype_len;
    const char *fname; /* filename="..." contents (raw, between the quotes) */
    size_t fname_len;
    char name[48]; /* the field name when it is plain, for messages */
    int encoded;   /* a Content-Transfer-Encoding hush does not undo */
} part_head_t;

static const char *find(const char *h, size_t n, const char *lit)
{
    size_t l = strlen(lit);
    for (size_t i = 0; i + l <= n; i++)
        if (strncasecmp(h + i, lit, l) == 0)
            return h + i;
    return NULL;
}

/* A parameter (name="value" or name=value) in one header line; *v, *vl its value. */
static int param(const char *line, size_t n, const char *name, const char **v, size_t *vl)
{
    size_t l = strlen(name);
    for (size_t i = 0; i + l + 1 < n; i++) {
        if ((i == 0 || line[i - 1] == ';' || line[i - 1] == ' ' || line[i - 1] == '\t') &&
            strncasecmp(line + i, name, l) == 0 && line[i + l] == '=') {
            size_t s = i + l + 1, e;
            if (s < n && line[s] == '"') {
                for (e = ++s; e < n && line[e] != '"'; e++)
                    if (line[e] == '\\')
                        e++;
                if (e >= n)
                    return 0;
            } else {
                for (e = s; e < n && line[e] != ';' && line[e] != ' ' && line[e] != '\t'; e++)
                    ;
            }
            *v = line + s;
            *vl = e - s;
            return 1;
        }
    }
    return 0;
}

static void parse_head(const char *h, size_t n, part_head_t *ph)
{
    memset(ph, 0, sizeof *ph);
    for (size_t i = 0; i < n;) {
        const char *eol = find(h + i, n - i, "\r\n");
        size_t e = eol ? (size_t)(eol - h) : n, ll = e - i;
        const char *line = h + i;
        if (ll > 13 && strncasecmp(line, "content-type:", 13) == 0) {
            size_t s = 13;
            while (s < ll && (line[s] == ' ' || line[s] == '\t'))
                s++;
            size_t t = s;
            while (t < ll && line[t] != ';')
                t++;
            ph->ctype = line + s;
            ph->ctype_len = t - s;
        } else if (ll > 20 && strncasecmp(line, "content-disposition:", 20) == 0) {
            const char *v;
            size_t vl;
            if (param(line + 20, ll - 20, "filename", &v, &vl)) {
                ph->fname = v;
                ph->fname_len = vl;
            }
            if (param(line + 20, ll - 20, "name", &v, &vl)) {
                size_t k = 0;
                for (; k < vl && k + 1 < sizeof ph->name; k++) {
                    char c = v[k];
                    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                          (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.' || c == '[' ||
                          c == ']'))
                        break;
                    ph->name[k] = c;
                }
                ph->name[k < vl ? 0 : k] = '\0';
            }
        } else if (ll > 26 && strncasecmp(line, "content-transfer-encoding:", 26) == 0) {
            const char *v = line + 26;
            size_t vl = ll - 26;
            while (vl && (*v == ' ' || *v == '\t'))
                v++, vl--;
            ph->encoded = !((vl == 4 && !strncasecmp(v, "7bit", 4)) ||
                            (vl == 4 && !strncasecmp(v, "8bit", 4)) ||
                            (vl == 6 && !strncasecmp(v, "binary", 6)));
        }
        i = e + 2;
    }
}

static int ext_is(const char *f, size_t n, const char *ext)
{
    size_t l = strlen(ext);
    return n > l && f[n - l - 1] == '.' && strncasecmp(f + n - l, ext, l) == 0;
}

/* -1: binary; else the json kind for anon_rewrite_payload (0 text, 1 JSON, 2 JSON lines). */
static int part_kind(const part_head_t *ph, const uint8_t *p, size_t n)
{
    static const char *const text_ext[] = {
        "txt", "md", "csv", "tsv", "xml",  "yaml", "yml", "html", "htm", "log", "py",  "js", "ts",
        "c",   "h",  "go",  "rs",  "java", "sh",   "sql", "toml", "ini", "rst", "tex", NULL};
    int json = 0;
    if (ph->encoded)
        return -1;
    if (ph->ctype && anon_media_is_text(ph->ctype, ph->ctype_len, &json))
        return json;
    int generic = !ph->ctype ||
                  (ph->ctype_len == 24 && !strncasecmp(ph->ctype, "application/octet-stream", 24));
    if (!generic)
        return -1; /* declared binary: audio, image, pdf, zip ... */
    if (ph->fname) {
        if (ext_is(ph->fname, ph->fname_len, "json"))
            return 1;
        if (ext_is(ph->fname, ph->fname_len, "jsonl") || ext_is(ph->fname, ph->fname_len, "ndjson"))
            return 2;
        for (size_t i = 0; text_ext[i]; i++)
            if (ext_is(ph->fname, ph->fname_len, text_ext[i]))
                return 0;
    }
    return anon_looks_text(p, n) ? 0 : -1;
}

static int refuse_part(const part_head_t *ph, size_t idx, char *err, size_t errlen)
{
    if (err && errlen) {
        if (ph->name[0])
            snprintf(err, errlen, "multipart part \"%s\" (%.*s) cannot be scanned", ph->name,
                     (int)(ph->ctype && ph->ctype_len < 60 ? ph->ctype_len : 12),
                     ph->ctype && ph->ctype_len < 60 ? ph->ctype : "binary data");
        else
            snprintf(err, errlen, "multipart part %zu cannot be scanned", idx + 1);
    }
    return ANON_ERR_UNSCANNABLE;
}

static int malformed(char *err, size_t errlen, const char *why)
{
    if (err && errlen)
        snprintf(err, errlen, "malformed multipart/form-data body: %s", why);
    return ANON_ERR_MULTIPART;
}

int anon_rewrite_multipart(anon_session_t *s, const char *boundary, size_t blen, int forward_binary,
                           const uint8_t *in, size_t len, anon_buf_t *out, char *err, size_t errlen)
{
    char delim[80]; /* "\r\n--" boundary; RFC 2046: at most 70 characters */
    size_t from = out->len;
    anon_buf_t txt = {0};
    int rc = 0;
    if (!s || !boundary || blen == 0 || blen > 70)
        return malformed(err, errlen, "no usable boundary");
    if (!in || len == 0) /* an empty body (one that decoded to nothing has no buffer at all) */
        return malformed(err, errlen, "no boundary line");
    memcpy(delim, "\r\n--", 4);
    memcpy(delim + 4, boundary, blen);
    size_t dl = blen + 4;
    const char *b = (const char *)in, *end = b + len;
    /* the first delimiter may open the body without its CRLF */
    const char *p; /* just after a delimiter */
    if (len >= dl - 2 && memcmp(b, delim + 2, dl - 2) == 0) {
        p = b + dl - 2;
    } else {
        const char *d = memmem(b, len, delim, dl);
        if (!d)
            return malformed(err, errlen, "no boundary line");
        p = d + dl;
    }
    size_t pos = 0, idx = 0, binary = 0; /* in[0 .. pos) is copied */
    for (;;) {
        if (end - p >= 2 && p[0] == '-' && p[1] == '-')
            break; /* close delimiter; the epilogue is copied */
        while (p < end && (*p == ' ' || *p == '\t'))
            p++;
        if (end - p < 2 || p[0] != '\r' || p[1] != '\n') {
            rc = malformed(err, errlen, "bad boundary line");
            goto fail;
        }
        p += 2;
        const char *he = memmem(p, (size_t)(end - p), "\r\n\r\n", 4);
        const char *hs = p;
        if (p + 2 <= end && p[0] == '\r' && p[1] == '\n')
            he = p - 2; /* a part without headers */
        if (!he || he - hs > MP_MAX_HEAD) {
            rc = malformed(err, errlen, "unterminated part headers");
            goto fail;
        }
        const char *cs = he + 4;
        const char *nd = cs <= end ? memmem(cs, (size_t)(end - cs), delim, dl) : NULL;
        if (!nd) {
            rc = malformed(err, errlen, "no closing boundary");
            goto fail;
        }
        if (++idx > MP_MAX_PARTS) {
            rc = malformed(err, errlen, "too many parts");
            goto fail;
        }
        part_head_t ph;
        parse_head(hs, he > hs ? (size_t)(he - hs) : 0, &ph);
        /* the file name: a value people put PII in */
        if (ph.fname && ph.fname_len) {
            anon_buf_setlen(&txt, 0);
            int n = anon_session_scan_text(s, ph.fname, ph.fname_len, &txt);
            if (n < 0) {
                rc = n;
                goto fail;
            }
            if (n > 0) {
                size_t at = (size_t)(ph.fname - b);
                if ((rc = anon_buf_append(out, in + pos, at - pos)) < 0 ||
                    (rc = anon_buf_append(out, txt.data, txt.len)) < 0)
                    goto fail;
                pos = at + ph.fname_len;
            }
        }
        const uint8_t *c = (const uint8_t *)cs;
        size_t cn = (size_t)(nd - cs);
        int kind = part_kind(&ph, c, cn);
        if (kind < 0) {
            if (!forward_binary) {
                rc = refuse_part(&ph, idx - 1, err, errlen);
                goto fail;
            }
            binary++;
        } else {
            anon_buf_setlen(&txt, 0);
            int n = anon_rewrite_payload(s, (const char *)c, cn, kind, 0, &txt);
            if (n < 0) {
                rc = n;
                goto fail;
            }
            if (n > 0) {
                if (memmem(txt.data, txt.len, delim, dl)) {
                    rc = malformed(err, errlen, "a rewritten part would hold the boundary");
                    goto fail;
                }
                size_t at = (size_t)(cs - b);
                if ((rc = anon_buf_append(out, in + pos, at - pos)) < 0 ||
                    (rc = anon_buf_append(out, txt.data, txt.len)) < 0)
                    goto fail;
                pos = (size_t)(nd - b);
            }
        }
        p = nd + dl;
    }
    if ((rc = anon_buf_append(out, in + pos, len - pos)) < 0)
        goto fail;
    anon_buf_free(&txt);
    return binary > INT32_MAX ? INT32_MAX : (int)binary;
fail:
    anon_buf_free(&txt);
    if (out->len > from)
        OPENSSL_cleanse(out->data + from, out->len - from);
    out->len = from;
    if (err && errlen && rc != ANON_ERR_UNSCANNABLE && rc != ANON_ERR_MULTIPART)
        snprintf(err, errlen, "%s",
                 rc == ANON_ERR_ENCODING ? "a multipart text part is not valid UTF-8"
                                         : "the multipart body could not be scanned");
    return rc;
}
