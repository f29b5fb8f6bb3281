/* main: the hush command line. Every subcommand loads configuration the same way (defaults, then
 * --config FILE or $HUSH_CONFIG, then environment variables) and refuses to run on a bad one.
 */
#include "gateway/cli/cli.h"

#include "anonymize/anonymize.h"
#include "ca/ca.h"
#include "domains/domains.h"

#include <errno.h>
#include <openssl/mem.h>
#include <termios.h>
#include <unistd.h>
#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

static void usage(FILE *out)
{
    fprintf(
        out,
        "hush %s - a PII-anonymizing egress gateway for AI APIs\n"
        "\n"
        "usage:\n"
        "  hush [--config FILE]            run the gateway (embedded defaults without FILE)\n"
        "  hush check-config [FILE]        validate a config and print the effective one\n"
        "  hush scan [--json] [FILE|-]     show what would leave: the anonymized body on\n"
        "                                  stdout, counts per type on stderr; --json prints\n"
        "                                  the findings (type, byte offsets) instead\n"
        "  hush hash-password              read a password on stdin, print the hash for \"users\"\n"
        "  hush gen-ca [--out-dir DIR] [--force]\n"
        "                                  write a new CA (ca-cert.pem, ca-key.pem 0600)\n"
        "  hush transparent apply|revert [--dry-run] [--config FILE]\n"
        "                                  add or remove the Linux rules that divert local\n"
        "                                  outbound TCP to transparentListen (CAP_NET_ADMIN)\n"
        "  hush --version | --help\n"
        "\n"
        "Point clients at it with HTTPS_PROXY=http://127.0.0.1:8080.\n"
        "The config file may also be named by $HUSH_CONFIG. Environment variables override\n"
        "the file, the file overrides the defaults.\n"
        "\n"
        "configuration keys (JSON key, environment variable, default):\n",
        HUSH_VERSION);
    gw_config_write_reference(out);
}

static gw_config_t *load(const char *path)
{
    char err[512];
    if (!path) {
        path = getenv("HUSH_CONFIG");
        if (path && !*path) {
            path = NULL;
        }
    }
    gw_config_t *c = gw_config_load(path, environ, err, sizeof(err));
    if (!c) {
        fprintf(stderr, "hush: invalid configuration: %s\n", err);
    }
    return c;
}

static int cmd_check_config(int argc, char **argv)
{
    gw_config_t *c = load(argc > 2 ? argv[2] : NULL);
    if (!c) {
        return 2;
    }
    gw_config_write_json(c, stdout);
    char err[512];
    dom_list_t *d = gw_make_domains(&c->live, err, sizeof(err));
    anon_engine_t *e = d ? gw_make_engine(&c->live, err, sizeof(err)) : NULL;
    gw_policy_t *p = e ? gw_policy_new(&c->live, e, err, sizeof(err)) : NULL;
    gw_tpol_t *tp = p ? gw_tpol_new(&c->live, err, sizeof(err)) : NULL;
    gw_tpol_free(tp);
    gw_policy_free(p);
    anon_engine_free(e);
    if (!tp) {
        fprintf(stderr, "hush: invalid configuration: %s\n", err);
        dom_list_free(d);
        gw_config_free(c);
        return 2;
    }
    /* The effective intercepted-host list, on stderr so stdout stays the config JSON. */
    fprintf(stderr, "intercepted hosts (%zu, on ports", dom_count(d));
    for (size_t i = 0; i < c->live.nmitm_ports; i++) {
        if (c->live.mitm_ports[i].lo == c->live.mitm_ports[i].hi) {
            fprintf(stderr, " %u", c->live.mitm_ports[i].lo);
        } else {
            fprintf(stderr, " %u-%u", c->live.mitm_ports[i].lo, c->live.mitm_ports[i].hi);
        }
    }
    fprintf(stderr, "):\n");
    for (size_t i = 0; i < dom_count(d); i++) {
        fprintf(stderr, "  %-40s %s\n", dom_pattern(d, i), dom_profile_name(dom_profile_at(d, i)));
    }
    dom_list_free(d);
    gw_config_free(c);
    fprintf(stderr, "hush: configuration OK\n");
    return 0;
}

static int read_all(FILE *f, anon_buf_t *b)
{
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
        if (anon_buf_append(b, chunk, n) != 0) {
            return -1;
        }
    }
    return ferror(f) ? -1 : 0;
}

/* hush scan: the anonymizer on a file, exactly as a request body would see it. */
static int cmd_scan(int argc, char **argv)
{
    int json = 0;
    const char *path = "-";
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--json")) {
            json = 1;
        } else {
            path = argv[i];
        }
    }
    gw_config_t *c = load(NULL);
    if (!c) {
        return 2;
    }
    char err[512];
    anon_engine_t *e = gw_make_engine(&c->live, err, sizeof(err));
    if (!e) {
        fprintf(stderr, "hush scan: %s\n", err);
        gw_config_free(c);
        return 2;
    }
    FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    anon_buf_t in = {0}, out = {0};
    int rc = 1;
    if (!f || read_all(f, &in) != 0) {
        fprintf(stderr, "hush scan: cannot read %s: %s\n", path, strerror(errno));
        goto done;
    }
    if (json) {
        /* as one request reads it: a person named once is found again in other forms */
        anon_finding_t *fs = NULL;
        size_t n = 0;
        anon_session_t *fsess = anon_session_new(e);
        int frc = fsess ? anon_session_find(fsess, (const char *)in.data, in.len, &fs, &n) : -1;
        anon_session_free(fsess);
        if (frc != 0) {
            fprintf(stderr, "hush scan: the text could not be scanned\n");
            goto done;
        }
        printf("[");
        for (size_t i = 0; i < n; i++) {
            printf("%s\n  {\"type\": \"%s\", \"start\": %zu, \"end\": %zu}", i ? "," : "",
                   anon_engine_type_name(e, fs[i].type), fs[i].start, fs[i].end);
        }
        printf("%s]\n", n ? "\n" : "");
        free(fs);
        rc = 0;
        goto done;
    }
    size_t k = 0;
    while (k < in.len &&
           (in.data[k] == ' ' || in.data[k] == '\n' || in.data[k] == '\r' || in.data[k] == '\t')) {
        k++;
    }
    anon_body_kind_t kind =
        k < in.len && (in.data[k] == '{' || in.data[k] == '[') ? ANON_BODY_JSON : ANON_BODY_TEXT;
    anon_session_t *s = anon_session_new(e);
    anon_rewrite_opts_t opts = {.add_instruction = 0};
    if (!s || anon_rewrite(s, kind, &opts, in.data, in.len, &out, err, sizeof(err)) != 0) {
        fprintf(stderr, "hush scan: %s (hush would refuse this body)\n", s ? err : "no memory");
        anon_session_free(s);
        goto done;
    }
    fwrite(out.data, 1, out.len, stdout);
    if (out.len && out.data[out.len - 1] != '\n') {
        putchar('\n');
    }
    fprintf(stderr, "%s: %zu value(s) replaced\n", kind == ANON_BODY_JSON ? "json" : "text",
            anon_session_total(s));
    for (size_t t = 0; t < anon_engine_ntypes(e); t++) {
        if (anon_session_count(s, t)) {
            fprintf(stderr, "  %-24s %zu\n", anon_engine_type_name(e, t), anon_session_count(s, t));
        }
    }
    anon_session_free(s);
    rc = 0;
done:
    if (f && f != stdin) {
        fclose(f);
    }
    anon_buf_free(&in);
    anon_buf_free(&out);
    anon_engine_free(e);
    gw_config_free(c);
    return rc;
}

/* hush hash-password: one line from stdin (echo off on a terminal) -> the "users" hash. */
static int cmd_hash_password(void)
{
    char pw[1024];
    int tty = isatty(STDIN_FILENO);
    struct termios old, quiet;
    if (tty) {
        fprintf(stderr, "password: ");
        tcgetattr(STDIN_FILENO, &old);
        quiet = old;
        quiet.c_lflag &= ~(tcflag_t)ECHO;
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    char *line = fgets(pw, sizeof(pw), stdin);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        fprintf(stderr, "\n");
    }
    if (!line) {
        fprintf(stderr, "hush hash-password: no password on stdin\n");
        return 2;
    }
    pw[strcspn(pw, "\r\n")] = '\0';
    if (strlen(pw) < 8) {
        OPENSSL_cleanse(pw, sizeof(pw));
        fprintf(stderr, "hush hash-password: use at least 8 characters\n");
        return 2;
    }
    char *h = gw_access_hash_password(pw, 200000);
    OPENSSL_cleanse(pw, sizeof(pw));
    if (!h) {
        return 1;
    }
    printf("%s\n", h);
    free(h);
    return 0;
}

/* mkdir -p, for --out-dir. */
static int make_dirs(const char *path)
{
    char buf[4096];
    if (snprintf(buf, sizeof(buf), "%s", path) >= (int)sizeof(buf)) {
        errno = ENAMETOOLONG;
        return -1;
    }
    for (char *p = buf + 1; *p; p++) {
        if (*p == '/') {
            *p = '\0';
            if (mkdir(buf, 0755) != 0 && errno != EEXIST) {
                return -1;
            }
            *p = '/';
        }
    }
    return mkdir(buf, 0755) != 0 && errno != EEXIST ? -1 : 0;
}

/* hush transparent apply|revert [--dry-run] [--config FILE] (transparent_rules.c) */
static int cmd_transparent(int argc, char **argv)
{
    const char *verb = argc > 2 ? argv[2] : "";
    const char *path = NULL;
    int dry_run = 0;
    if (strcmp(verb, "apply") != 0 && strcmp(verb, "revert") != 0) {
        fprintf(stderr, "usage: hush transparent apply|revert [--dry-run] [--config FILE]\n");
        return 2;
    }
    for (int i = 3; i < argc; i++) {
        if (!strcmp(argv[i], "--dry-run")) {
            dry_run = 1;
        } else if (!strcmp(argv[i], "--config") && i + 1 < argc) {
            path = argv[++i];
        } else {
            fprintf(stderr, "hush transparent: unknown argument %s\n", argv[i]);
            return 2;
        }
    }
    gw_config_t *c = load(path);
    if (!c) {
        return 2;
    }
    int rc = gw_tp_command(&c->boot, verb, dry_run);
    gw_config_free(c);
    return rc;
}

static int cmd_gen_ca(int argc, char **argv)
{
    const char *dir = ".";
    int force = 0;
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--force")) {
            force = 1;
        } else if (!strcmp(argv[i], "--out-dir") && i + 1 < argc) {
            dir = argv[++i];
        } else {
            fprintf(stderr,
                    "hush gen-ca: unknown argument %s (usage: hush gen-ca [--out-dir DIR] "
                    "[--force])\n",
                    argv[i]);
            return 2;
        }
    }
    if (make_dirs(dir) != 0) {
        fprintf(stderr, "hush gen-ca: cannot create %s: %s\n", dir, strerror(errno));
        return 1;
    }
    char cert[4200], key[4200], err[512];
    snprintf(cert, sizeof(cert), "%s/ca-cert.pem", dir);
    snprintf(key, sizeof(key), "%s/ca-key.pem", dir);
    if (ca_generate_files(cert, key, force, err, sizeof(err)) != 0) {
        fprintf(stderr, "hush gen-ca: %s\n", err);
        return 1;
    }
    printf("wrote %s (certificate: install it on clients)\nwrote %s (private key, mode 0600: "
           "keep it on the gateway)\n\n%s\n",
           cert, key, ca_trust_hint());
    return 0;
}

int main(int argc, char **argv)
{
    const char *config = NULL;
    if (argc > 1) {
        if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V")) {
            printf("hush %s\n", HUSH_VERSION);
            return 0;
        }
        if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
            usage(stdout);
            return 0;
        }
        if (!strcmp(argv[1], "check-config")) {
            return cmd_check_config(argc, argv);
        }
        if (!strcmp(argv[1], "scan")) {
            return cmd_scan(argc, argv);
        }
        if (!strcmp(argv[1], "hash-password")) {
            return cmd_hash_password();
        }
        if (!strcmp(argv[1], "gen-ca")) {
            return cmd_gen_ca(argc, argv);
        }
        if (!strcmp(argv[1], "transparent")) {
            return cmd_transparent(argc, argv);
        }
        if (!strcmp(argv[1], "--config") && argc == 3) {
            config = argv[2];
        } else {
            fprintf(stderr, "hush: unknown arguments (try hush --help)\n");
            return 2;
        }
    }
    gw_config_t *c = load(config);
    if (!c) {
        return 2;
    }
    if (!config) {
        config = getenv("HUSH_CONFIG");
        if (config && !*config) {
            config = NULL;
        }
    }
    /* The wings above core, in start order; frees run in reverse. */
    static const gw_part_t *const order[] = {&gw_net_part, &gw_upstream_part, &gw_scan_part,
                                             &gw_front_part};
    gw_part_t parts[sizeof(order) / sizeof(order[0])];
    for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
        parts[i] = *order[i];
    }
    int rc = gw_run(c, config, parts, sizeof(parts) / sizeof(parts[0]));
    gw_config_free(c);
    return rc;
}
