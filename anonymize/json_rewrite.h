/* json_rewrite.h: private to anonymize/. A validating JSON walker that copies its input and
 * rewrites only the contents of string values, handing each decoded string to a callback.
 *
 * Every byte outside a changed string or number is copied unchanged (whitespace and key order
 * stay); a string whose callback returns 0 is copied in its original escaping.
 */
#ifndef HUSH_ANON_JSON_REWRITE_H
#define HUSH_ANON_JSON_REWRITE_H

#include "anonymize/anonymize.h"

#define ANON_JSON_DEFAULT_DEPTH 128
#define ANON_JSON_DEPTH_CAP 4096 /* larger max_depth values are clamped to this */
#define ANON_OPAQUE_MIN 1024     /* base64-only strings at least this long are opaque anywhere */
#define ANON_OPAQUE_MEDIA_MIN                                                                      \
    64 /* ... or at least this long under a media key (b64_json, data...) */

/* One level of the path to the current value. */
typedef struct anon_json_seg {
    const uint8_t *key; /* member name as raw bytes from the input (escapes not decoded), or NULL */
    size_t key_len;
    size_t index; /* position in the array (arrays) or member ordinal (objects) */
    int in_array;
} anon_json_seg_t;

typedef struct anon_json_path {
    const anon_json_seg_t *seg; /* seg[0] is the outermost container */
    unsigned depth;             /* number of segs; 0 for a top-level scalar */
    int is_key;                 /* the string handed over is a member name, not a value */
    const uint8_t *in;          /* the walk's input, and the offset in it of the closing quote */
    size_t in_len, str_end;     /* of the string handed over (a reader may look ahead from it) */
} anon_json_path_t;

enum { ANON_JSON_STRING, ANON_JSON_NUMBER, ANON_JSON_LITERAL, ANON_JSON_OBJECT, ANON_JSON_ARRAY };

/* Called with each string's decoded, valid UTF-8 text. To change the string, append the new text
 * (decoded form, re-encoded by the walker) to out and return > 0; return 0 to keep the original
 * bytes (anything appended is discarded); < 0 aborts the walk with that error. */
typedef int (*anon_json_str_fn)(void *arg, const anon_json_path_t *path, const char *s, size_t n,
                                anon_buf_t *out);
/* Called once each value is complete (containers after their closing bracket) when its path
 * depth is <= value_depth. Offsets are into the input; strings include their quotes. Scalars
 * carry their raw bytes. */
typedef int (*anon_json_value_fn)(void *arg, const anon_json_path_t *path, int type, size_t start,
                                  size_t end);

/* Called at an array of 2 to ANON_JSON_ARR_MAX short scalars (integers of at most
 * ANON_JSON_ARR_NUM digits, a phone's country code and number among them; strings of at most that
 * many bytes of [0-9A-Za-z+] without escapes, or digit groups: strings of at most ANON_JSON_ARR_STR
 * bytes of [0-9A-Z +-] with three digits or more, "5538 4815"), raw its bytes from '[' to ']'
 * (already validated), path that of the array itself. Return 0 to walk its elements one by one as
 * usual, 1 to take the array whole: out then holds its replacement (raw JSON; nothing: the bytes
 * stay) and *changes what to add to the count; < 0 aborts the walk. */
#define ANON_JSON_ARR_MAX 8
#define ANON_JSON_ARR_ELEM 6
#define ANON_JSON_ARR_STR 34
#define ANON_JSON_ARR_NUM 15
typedef int (*anon_json_arr_fn)(void *arg, const anon_json_path_t *path, const uint8_t *raw,
                                size_t n, anon_buf_t *out, size_t *changes);

typedef struct anon_json_walker {
    unsigned max_depth;      /* 0: ANON_JSON_DEFAULT_DEPTH */
    int skip_opaque;         /* do not hand opaque payloads (anon_json_is_opaque) to str */
    anon_json_str_fn opaque; /* with skip_opaque: hand them to this instead (NULL: skip them) */
    int keys; /* also hand member names to str (is_key set), which may rewrite them */
    anon_json_str_fn str;
    /* Called with each number's raw bytes; to replace it, append raw JSON (a string token, say)
     * to out and return > 0. NULL: numbers are copied. */
    anon_json_str_fn num;
    anon_json_arr_fn arr; /* NULL: every array is walked element by element */
    anon_json_value_fn value;
    unsigned value_depth;
    void *arg;
    /* Optional: the buffer escaped strings are decoded into, kept by the caller from one walk to
     * the next (no allocation per walk); it then holds decoded text, which the caller wipes (its
     * anon_buf_free). NULL: the walk's own, wiped and freed when it ends. */
    anon_buf_t *dec;
} anon_json_walker_t;

/* Validate in (one JSON text, whitespace around it allowed) and, when out is non-NULL, append the
 * rewritten document to it. *changed (optional) receives the sum of the callback's positive
 * returns. ANON_ERR_JSON on bad grammar or trailing bytes, ANON_ERR_DEPTH, ANON_ERR_ENCODING on
 * invalid UTF-8 or a lone surrogate escape. On error out holds a partial document. */
int anon_json_rewrite(const anon_json_walker_t *w, const uint8_t *in, size_t len, anon_buf_t *out,
                      size_t *changed);

/* Append s (UTF-8) JSON-escaped, without quotes: ", \ and control characters escaped, all else
 * (non-ASCII included) kept as is. */
int anon_json_escape(anon_buf_t *out, const char *s, size_t n);
/* Decode the contents of a valid JSON string (no quotes) into out. */
int anon_json_unescape(anon_buf_t *out, const uint8_t *raw, size_t n);

/* json_scan.c: byte loops of the walk and its callers, 32 bytes at a time, called only when
 * ANON_JSON_AVX2(); each stops at the first byte it looks for or at the first block it cannot
 * take whole, and the caller's own loop goes on from there. */
#if defined(__x86_64__) && defined(__GNUC__)
#define ANON_JSON_HAVE_AVX2 1
#define ANON_JSON_AVX2() __builtin_cpu_supports("avx2")
/* the bytes before the first '\\' copied to o, how many; stores whole blocks: o needs n bytes */
size_t anon_json_copy_avx2(uint8_t *o, const uint8_t *p, size_t n);
/* the first '%', 0xEF, '[' or "\\u" */
const uint8_t *anon_json_tokenish_avx2(const uint8_t *p, const uint8_t *end);
#else
#define ANON_JSON_AVX2() 0
#endif

/* The opaque-payload rule. raw is the string as it appears in the input (no quotes); key is the
 * member name it is the value of (NULL in arrays). Opaque: a data: URI whose header says ;base64,
 * and whose payload is base64 only; or a base64-only string ([A-Za-z0-9+/=_-], \/ and \n, \r
 * escapes allowed) of ANON_OPAQUE_MIN bytes or more; or ANON_OPAQUE_MEDIA_MIN or more when the key
 * is a media field (b64_json, data, image_url, url, image, audio, bytes, inline_data, inlineData,
 * file_data). Text with spaces or punctuation is never opaque, so it is always scanned. */
int anon_json_is_opaque(const uint8_t *raw, size_t n, const uint8_t *key, size_t key_len);

/* Past the JSON value at p (leading white space skipped by the caller), or NULL when the bytes
 * end first. For looking ahead of the walk: it does not validate (the walk does), only stays in
 * bounds. */
const uint8_t *anon_json_skip(const uint8_t *p, const uint8_t *end);

/* Convenience for path tests: does seg i have member name `name` (exact raw bytes)? */
int anon_json_seg_is(const anon_json_path_t *p, unsigned i, const char *name);

#endif
