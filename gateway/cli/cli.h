/* cli: the hush command (main.c) and the transparent-mode rule tool behind
 * `hush transparent apply|revert` (transparent_rules.c).
 */
#ifndef HUSH_GATEWAY_CLI_H
#define HUSH_GATEWAY_CLI_H

#include "gateway/front/front.h"

/* transparent_rules.c: transparent mode's rules (`hush transparent apply|revert`). */
#define GW_TP_MAX_ARGS 32
typedef struct gw_tp_cmd {
    char buf[400];
    char *argv[GW_TP_MAX_ARGS + 1]; /* into buf, NULL-terminated */
    int argc;
} gw_tp_cmd_t;
typedef struct gw_tp_step {
    gw_tp_cmd_t apply;
    gw_tp_cmd_t check; /* exit 0 (and, with check_output, some output): the step is in place */
    gw_tp_cmd_t undo[2];
    int nundo, check_output;
} gw_tp_step_t;
typedef struct gw_tp_plan {
    gw_tp_step_t **steps;
    size_t n, cap;
    int v4, v6; /* families covered (a [::] listener covers both) */
} gw_tp_plan_t;
/* Runs argv, puts its output (stdout and stderr) in out; returns the exit status, 127 when the
 * program does not exist, -1 when it could not be run. gw_tp_exec is fork + execvp. */
typedef int (*gw_tp_runner)(void *arg, char *const argv[], char *out, size_t outlen);
int gw_tp_exec(void *arg, char *const argv[], char *out, size_t outlen);
int gw_tp_plan_build(const gw_boot_t *c, gw_tp_plan_t *p, char *err, size_t errlen);
void gw_tp_plan_free(gw_tp_plan_t *p);
/* Adds the missing steps in order; on a failure removes what it added, in reverse; log (may be
 * NULL) gets one line per command. */
int gw_tp_apply(const gw_tp_plan_t *p, gw_tp_runner run, void *arg, FILE *log, char *err,
                size_t errlen);
/* Removes every step that is in place, in reverse plan order. */
int gw_tp_revert(const gw_tp_plan_t *p, gw_tp_runner run, void *arg, FILE *log, char *err,
                 size_t errlen);
void gw_tp_plan_print(const gw_tp_plan_t *p, int revert, FILE *out); /* --dry-run */
void gw_tp_cmd_format(const gw_tp_cmd_t *cmd, char *out, size_t n);
int gw_tp_have_net_admin(void); /* 1, 0, or -1 when unknown */
/* `hush transparent apply|revert [--dry-run]`; returns the exit status. */
int gw_tp_command(const gw_boot_t *c, const char *verb, int dry_run);

#endif
