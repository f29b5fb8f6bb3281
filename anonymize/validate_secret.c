/* validate_secret.c: the validators of credentials: JWTs, bearer and basic tokens, high-entropy
 * secrets and the values of secret-named keys.
 *
 * A secret is judged by its shape (base64 that decodes, enough mixed characters); a key's value by
 * the name before it. Nothing here allocates.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/validate_internal.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

/* ---- JWT and Basic ------------------------------------------------------------------------ */
static int b64val(char c, int url)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (is_digit(c))
        return c - '0' + 52;
    if (c == (url ? '-' : '+'))
        return 62;
    if (c == (url ? '_' : '/'))
        return 63;
    return -1;
}

/* Decodes up to cap bytes of base64 (padding stops it); returns decoded length or -1. */
static long b64_decode(const char *p, size_t n, int url, unsigned char *out, size_t cap)
{
    unsigned acc = 0;
    int bits = 0;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '=')
            break;
        int v = b64val(p[i], url);
        if (v < 0)
            return -1;
        acc = (acc << 6) | (unsigned)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            if (k == cap)
                return (long)k;
            out[k++] = (unsigned char)(acc >> bits);
        }
    }
    return (long)k;
}

size_t anon_v_jwt(const char *p, size_t n)
{
    const char *dot = memchr(p, '.', n);
    if (!dot)
        return 0;
    unsigned char h[512];
    long k = b64_decode(p, (size_t)(dot - p), 1, h, sizeof h);
    if (k < 8)
        return 0;
    size_t s = 0, e = (size_t)k;
    while (s < e && (h[s] == ' ' || h[s] == '\n' || h[s] == '\r' || h[s] == '\t'))
        s++;
    while (e > s && (h[e - 1] == ' ' || h[e - 1] == '\n' || h[e - 1] == '\r' || h[e - 1] == '\t'))
        e--;
    /* a long header (x5c certificate chains) is judged by its first bytes */
    int cut = (size_t)k == sizeof h;
    if (e - s < 2 || h[s] != '{' || (!cut && h[e - 1] != '}'))
        return 0;
    if (!memmem(h + s, e - s, "\"alg\"", 5))
        return 0;
    return n;
}

/* An opaque bearer token has digits among its letters (or is long and mixed-case); prose after
 * the word "bearer" does not. */
size_t anon_v_bearer(const char *p, size_t n)
{
    int lo = 0, up = 0, dg = 0;
    for (size_t i = 0; i < n; i++) {
        lo |= p[i] >= 'a' && p[i] <= 'z';
        up |= p[i] >= 'A' && p[i] <= 'Z';
        dg |= is_digit(p[i]);
    }
    return (dg && lo + up >= 1) || (lo && up && n >= 32) ? n : 0;
}

size_t anon_v_basic(const char *p, size_t n)
{
    unsigned char d[256];
    long k = b64_decode(p, n, 0, d, sizeof d);
    if (k < 3)
        return 0;
    int colon = 0;
    for (long i = 0; i < k; i++) {
        if (d[i] < 0x20 || d[i] == 0x7f)
            return 0;
        if (d[i] == ':')
            colon = 1;
    }
    return colon ? n : 0;
}

/* ---- secrets by key name ------------------------------------------------------------------ */
/* The value after a key such as password, secret, token or api_key: not a reference to one
 * (${VAR}, $VAR, {{ x }}, %(x)s, <your-token>), a placeholder (****, xxx), a type name
 * (password: str) or a path (PWD=/home/maria; a base64 key may start with '/'). */
/* Does p hold a run of 16+ base64 characters with upper case, lower case and digits (a key that
 * happens to start with '/', not a path's segments)? */
static int base64ish(const char *p, size_t n)
{
    size_t run = 0;
    unsigned kinds = 0;
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (is_alpha(c) || is_digit(c) || c == '+' || c == '=') {
            run++;
            kinds |= is_digit(c)              ? 1u
                     : (c >= 'a' && c <= 'z') ? 2u
                     : (c >= 'A' && c <= 'Z') ? 4u
                                              : 0u;
            if (run >= 16 && kinds == 7u)
                return 1;
        } else {
            run = 0;
            kinds = 0;
        }
    }
    return 0;
}

/* Is p an identifier path (letters, digits, '_', '$'; a letter, '_' or '$' first in each part)
 * with at least one dot? */
static int ident_path(const char *p, size_t n, size_t *first)
{
    size_t dots = 0, part = 0;
    *first = 0;
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (c == '.') {
            if (part == 0)
                return 0;
            if (!dots)
                *first = i;
            dots++;
            part = 0;
        } else if (is_alpha(c) || c == '_' || c == '$' || (part > 0 && is_digit(c))) {
            part++;
        } else {
            return 0;
        }
    }
    return dots > 0 && part > 0;
}

/* A bare value that reads a secret from code rather than holding one: a member of an object code
 * passes credentials in ("options.secretAccessKey", "this._options.apiKey", "opts.password"), or a
 * path whose last part is itself named like a secret ("cfg.db.password", "creds.sessionToken"). */
static int code_reference(const char *p, size_t n)
{
    static const char *const receivers[] = {
        "this",     "self",    "opts",     "options",     "config",  "cfg",    "conf",
        "settings", "env",     "process",  "params",      "args",    "props",  "ctx",
        "context",  "req",     "request",  "credentials", "creds",   "auth",   "kwargs",
        "secrets",  "os",      "window",   "client",      "account", "user",   "values",
        "input",    "payload", "body",     "data",        "cls",     "module", "app",
        "parsed",   "res",     "response", "credential",  "exports", NULL};
    size_t first;
    if (!ident_path(p, n, &first))
        return 0;
    if (in_list(p, first, receivers))
        return 1;
    return anon_secret_key_end(p, n);
}

/* A code literal or a variable where a secret's value would stand (clean57): a null keyword
 * ("nullptr", "NULL"), a byte or short hex constant ("0x02", "0xFFFF"), a number with digit
 * separators ("10_000"), or one identifier itself named like a secret after a hump or an
 * underscore ("token: accessToken,", "subject_token: subjectToken", "password: db_password");
 * "0x7f3a9c", a key of 0x and 32 hex digits or "hunter2" still go. */
static int code_literal(const char *p, size_t n)
{
    if (n == 7 && memcmp(p, "nullptr", 7) == 0)
        return 1;
    if (n >= 3 && n <= 6 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
        size_t i = 2;
        while (i < n && (is_digit(p[i]) || ((p[i] | 0x20) >= 'a' && (p[i] | 0x20) <= 'f')))
            i++;
        if (i == n)
            return 1;
    }
    if (is_digit(p[0])) {
        size_t i = 0, seps = 0;
        while (i < n && (is_digit(p[i]) || (p[i] == '_' && i + 1 < n && is_digit(p[i + 1]))))
            seps += p[i++] == '_';
        if (i == n && seps)
            return 1;
    }
    if (!((p[0] >= 'a' && p[0] <= 'z') || p[0] == '_') || n > 40)
        return 0; /* "MySecretToken" may be a password itself */
    int hump = 0;
    for (size_t i = 0; i < n; i++) {
        if (!(is_alpha(p[i]) || is_digit(p[i]) || p[i] == '_'))
            return 0;
        if (i > 0 && ((p[i] >= 'A' && p[i] <= 'Z' && p[i - 1] >= 'a' && p[i - 1] <= 'z') ||
                      (p[i - 1] == '_' && is_alpha(p[i]))))
            hump = 1;
    }
    return hump && anon_secret_key_end(p, n);
}

size_t anon_v_secret(const char *p, size_t n)
{
    static const char *const not_secret[] = {
        "str",           "string",     "int",          "integer",       "bool",
        "boolean",       "number",     "any",          "none",          "null",
        "nil",           "true",       "false",        "undefined",     "optional",
        "bytes",         "text",       "char",         "object",        "secretstr",
        "required",      "yes",        "no",           "empty",         "redacted",
        "hidden",        "masked",     "secret",       "your_password", "yourpassword",
        "your-password", "your_token", "your_api_key", "todo",          "tbd",
        "unset",         "env",        "varchar",      "changeme",      "change_me",
        "change-me",     "changeit",   "placeholder",  "dummy",         NULL};
    if (n == 0)
        return 0;
    if (p[0] == '$' && n > 1 && (is_alpha(p[1]) || p[1] == '_' || p[1] == '{' || p[1] == '('))
        return 0;
    if ((p[0] == '/' && !base64ish(p, n)) || p[0] == '~' || p[0] == '<' ||
        (n > 1 && p[0] == '{' && p[1] == '{') || (n > 1 && p[0] == '%' && p[1] == '('))
        return 0;
    size_t masks = 0, digits = 0;
    for (size_t i = 0; i < n; i++) {
        masks += p[i] == '*' || p[i] == 'x' || p[i] == 'X' || p[i] == '.' || p[i] == '#' ||
                 p[i] == '-' || p[i] == '_' || p[i] == '?';
        digits += is_digit(p[i]);
    }
    size_t letters = 0;
    for (size_t i = 0; i < n; i++)
        letters += is_alpha(p[i]);
    /* "SECRET: the value ...", "token: a" are prose */
    if (masks == n || (digits == n && n < 4) || (letters == n && n < 5))
        return 0;
    /* "Token: " + "sk-..." and "key: " + key + "\n": a quoted run between two concatenation
     * operators (+ . ||) is the code between two strings, not a value */
    if (n >= 3 && p[0] == ' ' && p[n - 1] == ' ' && (p[1] == '+' || p[1] == '.' || p[1] == '|') &&
        p[n - 2] == p[1])
        return 0;
    /* "signing-key: Updated." ends a sentence */
    if (n > 1 && p[n - 1] == '.' && letters == n - 1)
        return 0;
    /* "if token == self.eof", "apiKey === 'string'": a comparison, no assignment */
    if (p[0] == '=')
        return 0;
    /* print "Token: ", $token->dump, "\n": the code of a list between two strings */
    if (n >= 3 && p[0] == ',' && p[n - 1] == ' ' && p[n - 2] == ',')
        return 0;
    if (code_reference(p, n) || code_literal(p, n))
        return 0;
    return in_list(p, n, not_secret) ? 0 : n;
}

/* SECRET: does the key that ends at text[p - 1] end in a secret word starting at a word boundary
 * or camelCase hump? */
int anon_secret_key_end(const char *text, size_t p)
{
#define W(x)                                                                                       \
    {                                                                                              \
        x, sizeof x - 1                                                                            \
    }
    /* by last letter: d 0-2, e 3, s 4, t 5, n 6, y (every "key") 7-27 */
    static const struct {
        const char *w;
        size_t n;
    } words[] = {W("password"),    W("passwd"),         W("pwd"),
                 W("passphrase"),  W("pass"),           W("secret"),
                 W("token"),       W("api_key"),        W("api-key"),
                 W("apikey"),      W("access_key"),     W("access-key"),
                 W("accesskey"),   W("secret_key"),     W("secret-key"),
                 W("secretkey"),   W("private_key"),    W("private-key"),
                 W("privatekey"),  W("app_key"),        W("app-key"),
                 W("appkey"),      W("encryption_key"), W("encryption-key"),
                 W("signing_key"), W("signing-key"),    W("master_key"),
                 W("master-key")};
#undef W
    if (p == 0)
        return 0;
    size_t lo, hi;
    switch (text[p - 1] | 0x20) { /* a byte that folds to no letter below matches no word */
    case 'd':
        lo = 0, hi = 3;
        break;
    case 'e':
        lo = 3, hi = 4;
        break;
    case 's':
        lo = 4, hi = 5;
        break;
    case 't':
        lo = 5, hi = 6;
        break;
    case 'n':
        lo = 6, hi = 7;
        break;
    case 'y': /* every word from 7 on ends in "key": a key that does not matches none (ag61:
               * "body", "qty" compared their "e" with each of the 21) */
        if (p < 3 || (text[p - 2] | 0x20) != 'e' || (text[p - 3] | 0x20) != 'k')
            return 0;
        lo = 7, hi = sizeof words / sizeof words[0];
        break;
    default:
        return 0;
    }
    for (size_t w = lo; w < hi; w++) {
        size_t k = words[w].n, j = k;
        if (k > p)
            continue;
        /* from the last byte back: most keys differ from a word in their last two */
        while (j > 0) {
            char c = text[p - k + j - 1];
            if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != words[w].w[j - 1])
                break;
            j--;
        }
        if (j)
            continue;
        size_t b = p - k; /* the word starts a key, or a word or hump inside one */
        if (b == 0 || !(is_alpha(text[b - 1]) || is_digit(text[b - 1])))
            return 1;
        if ((text[b - 1] >= 'a' && text[b - 1] <= 'z') && text[b] >= 'A' && text[b] <= 'Z')
            return 1;
        if (is_digit(text[b - 1]) && text[b] >= 'A' && text[b] <= 'Z')
            return 1;
    }
    return 0;
}

/* SECRET: is the value text[s .. e) the value of a key that names a secret? Reads back over the
 * value's opening quote, the separator (= : := =>) with its blanks and the key's closing quote
 * to the key, which must end in a secret word (anon_secret_key_end). */
/* "self.token = nextchar", "this.apiKey = token;": a member assigned from a variable (an
 * unquoted name without digits, " = " between) is code; a properties file's
 * "spring.datasource.password=..." has no blank before its '='. */
static int member_from_variable(const char *text, size_t key_end, int spaced, size_t s, size_t e)
{
    if (!spaced || e <= s)
        return 0;
    for (size_t i = s; i < e; i++)
        if (!(is_alpha(text[i]) || text[i] == '_' || text[i] == '$'))
            return 0;
    size_t k = key_end;
    while (k > 0 && (is_alpha(text[k - 1]) || is_digit(text[k - 1]) || text[k - 1] == '_'))
        k--;
    return k >= 2 && text[k - 1] == '.' && (is_alpha(text[k - 2]) || text[k - 2] == '_');
}

int anon_c_secret_key(const char *text, size_t len, size_t s, size_t e)
{
    (void)len;
    size_t p = s;
    int quoted = p > 0 && (text[p - 1] == '"' || text[p - 1] == '\'');
    if (quoted)
        p--;
    if (p > 0 && text[p - 1] == '\\')
        p--;
    while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t'))
        p--;
    int eq = 0;
    if (p >= 2 &&
        ((text[p - 2] == '=' && text[p - 1] == '>') || (text[p - 2] == ':' && text[p - 1] == '=')))
        p -= 2;
    else if (p > 0 && (text[p - 1] == '=' || text[p - 1] == ':'))
        eq = text[--p] == '=';
    else
        return 0;
    int spaced = p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t');
    while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t'))
        p--;
    if (p > 0 && (text[p - 1] == '"' || text[p - 1] == '\''))
        p--;
    if (p > 0 && text[p - 1] == '\\')
        p--;
    if (!anon_secret_key_end(text, p))
        return 0;
    return quoted || !eq || !member_from_variable(text, p, spaced, s, e);
}

/* SECRET before its pattern runs at a trigger literal text[at ..] (d: n= y = t\": ...): the
 * pattern's match starts at the key's last letter, text[at], and holds no other letter before
 * its value (quotes, a backslash, blanks and the separator), and every secret word ends in a
 * letter, so anon_c_secret_key's walk back from any value of it stops at at + 1 or finds no
 * word: the key must end there. */
int anon_a_secret_key(const char *text, size_t at)
{
    return anon_secret_key_end(text, at + 1);
}
