/* main: the hush command line. Every subcommand loads configuration the same way (defaults, then
 * --config FILE or $HUSH_CONFIG, then environment variables) and refuses to run on a bad one.
 */
#include "gateway/gateway.h"

#include "ca/ca.h"

#include <errno.h>
#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

static void usage(FILE *out)
{
    fprintf(out,
            "hush %s - a PII-anonymizing egress gateway for AI APIs\n"
            "\n"
            "usage:\n"
            "  hush [--config FILE]            run the gateway (embedded defaults without FILE)\n"
            "  hush check-config [FILE]        validate a config and print the effective one\n"
            "  hush gen-ca [--out-dir DIR] [--force]\n"
            "                                  write a new CA (ca-cert.pem, ca-key.pem 0600)\n"
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
    gw_config_free(c);
    fprintf(stderr, "hush: configuration OK\n");
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
        if (!strcmp(argv[1], "gen-ca")) {
            return cmd_gen_ca(argc, argv);
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
    int rc = gw_run(c);
    gw_config_free(c);
    return rc;
}
