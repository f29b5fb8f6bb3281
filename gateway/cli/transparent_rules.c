/* transparent_rules: the Linux rules behind `hush transparent apply|revert` (the bypass mark on
 * hush's own sockets is net/mark.c).
 *
 * Local outbound TCP to transparentPorts is marked in mangle OUTPUT (chain HUSH_MARK), the mark
 * routes it to local delivery (ip rule fwmark -> table with "local default dev lo"), it re-enters
 * on lo and mangle PREROUTING (chain HUSH_TPROXY) hands it to the transparent listener with
 * TPROXY. hush's own sockets carry transparentBypassMark, which HUSH_MARK returns on first, so
 * they are never diverted. The one thing to know: the rules are a plan of steps, each with the
 * command that adds it, a check that tells whether it is in place, and the commands that undo
 * it. apply runs the plan in order, skipping steps already in place, and on a failure undoes
 * what it added, in reverse; revert undoes every step in place, in reverse plan order. Commands
 * run as argument vectors through fork + execvp, never through a shell.
 */
#include "gateway/cli/cli.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define CHAIN_MARK "HUSH_MARK"
#define CHAIN_TPROXY "HUSH_TPROXY"

/* ---- the plan -------------------------------------------------------------------------------- */

/* Append one command: words separated by spaces ("%s" fields filled first). */
static int cmd_set(gw_tp_cmd_t *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int cmd_set(gw_tp_cmd_t *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(cmd->buf, sizeof(cmd->buf), fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= sizeof(cmd->buf)) {
        return -1;
    }
    cmd->argc = 0;
    char *save = NULL;
    for (char *w = strtok_r(cmd->buf, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
        if (cmd->argc == GW_TP_MAX_ARGS) {
            return -1;
        }
        cmd->argv[cmd->argc++] = w;
    }
    cmd->argv[cmd->argc] = NULL;
    return 0;
}

/* Steps are allocated one by one: each command's argv points into its own buffer. */
static gw_tp_step_t *add_step(gw_tp_plan_t *p)
{
    if (p->n == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 16;
        gw_tp_step_t **v = realloc(p->steps, cap * sizeof(*v));
        if (!v) {
            return NULL;
        }
        p->steps = v;
        p->cap = cap;
    }
    gw_tp_step_t *s = calloc(1, sizeof(*s));
    if (s) {
        p->steps[p->n++] = s;
    }
    return s;
}

/* An iptables rule in the mangle table: added with verb (-A CHAIN or -I CHAIN 1), checked with
 * -C, removed with -D. */
static int ipt_rule(gw_tp_plan_t *p, const char *ipt, const char *chain, int insert,
                    const char *spec)
{
    gw_tp_step_t *s = add_step(p);
    if (!s) {
        return -1;
    }
    s->nundo = 1;
    return cmd_set(&s->apply, "%s -w -t mangle %s %s%s %s", ipt, insert ? "-I" : "-A", chain,
                   insert ? " 1" : "", spec) |
           cmd_set(&s->check, "%s -w -t mangle -C %s %s", ipt, chain, spec) |
           cmd_set(&s->undo[0], "%s -w -t mangle -D %s %s", ipt, chain, spec);
}

/* A chain of our own: created empty, removed flushed (whatever is left in it is ours). */
static int ipt_chain(gw_tp_plan_t *p, const char *ipt, const char *chain)
{
    gw_tp_step_t *s = add_step(p);
    if (!s) {
        return -1;
    }
    s->nundo = 2;
    return cmd_set(&s->apply, "%s -w -t mangle -N %s", ipt, chain) |
           cmd_set(&s->check, "%s -w -t mangle -S %s", ipt, chain) |
           cmd_set(&s->undo[0], "%s -w -t mangle -F %s", ipt, chain) |
           cmd_set(&s->undo[1], "%s -w -t mangle -X %s", ipt, chain);
}

static int family_steps(gw_tp_plan_t *p, const gw_boot_t *c, int v6, const char *on_ip,
                        unsigned on_port)
{
    const char *ipt = v6 ? "ip6tables" : "iptables";
    const char *fam = v6 ? "-6" : "-4";
    const char *any = v6 ? "::/0" : "0.0.0.0/0";
    unsigned t = c->transparent_table, m = c->transparent_mark, b = c->transparent_bypass_mark;
    char spec[256];
    int rc = 0;

    gw_tp_step_t *s = add_step(p);
    if (!s) {
        return -1;
    }
    s->check_output = 1;
    s->nundo = 1;
    rc |= cmd_set(&s->apply, "ip %s route add local %s dev lo table %u", fam, any, t);
    rc |= cmd_set(&s->check, "ip %s route show table %u type local exact %s dev lo", fam, t, any);
    rc |= cmd_set(&s->undo[0], "ip %s route del local %s dev lo table %u", fam, any, t);

    if (!(s = add_step(p))) {
        return -1;
    }
    s->check_output = 1;
    s->nundo = 1;
    rc |= cmd_set(&s->apply, "ip %s rule add fwmark 0x%x lookup %u", fam, m, t);
    rc |= cmd_set(&s->check, "ip %s rule show fwmark 0x%x lookup %u", fam, m, t);
    rc |= cmd_set(&s->undo[0], "ip %s rule del fwmark 0x%x lookup %u", fam, m, t);

    /* OUTPUT: hush's own sockets and loopback destinations first, then mark the target ports. */
    rc |= ipt_chain(p, ipt, CHAIN_MARK);
    snprintf(spec, sizeof(spec), "-m mark --mark 0x%x -j RETURN", b);
    rc |= ipt_rule(p, ipt, CHAIN_MARK, 0, spec);
    snprintf(spec, sizeof(spec), "-d %s -j RETURN", v6 ? "::1/128" : "127.0.0.0/8");
    rc |= ipt_rule(p, ipt, CHAIN_MARK, 0, spec);
    for (size_t i = 0; i < c->ntransparent_ports; i++) {
        const gw_port_range_t *r = &c->transparent_ports[i];
        char ports[16];
        if (r->lo == r->hi) {
            snprintf(ports, sizeof(ports), "%u", r->lo);
        } else {
            snprintf(ports, sizeof(ports), "%u:%u", r->lo, r->hi);
        }
        snprintf(spec, sizeof(spec), "-p tcp --dport %s -j MARK --set-mark 0x%x", ports, m);
        rc |= ipt_rule(p, ipt, CHAIN_MARK, 0, spec);
    }
    /* PREROUTING: the marked packets, back on lo, go to the listener. */
    rc |= ipt_chain(p, ipt, CHAIN_TPROXY);
    snprintf(spec, sizeof(spec),
             "-p tcp -m mark --mark 0x%x -j TPROXY --on-ip %s --on-port %u --tproxy-mark 0x%x", m,
             on_ip, on_port, m);
    rc |= ipt_rule(p, ipt, CHAIN_TPROXY, 0, spec);
    /* The hooks last: nothing is diverted before everything it needs is in place. */
    rc |= ipt_rule(p, ipt, "PREROUTING", 1, "-p tcp -j " CHAIN_TPROXY);
    rc |= ipt_rule(p, ipt, "OUTPUT", 1, "-p tcp -j " CHAIN_MARK);
    return rc ? -1 : 0;
}

void gw_tp_plan_free(gw_tp_plan_t *p)
{
    for (size_t i = 0; i < p->n; i++) {
        free(p->steps[i]);
    }
    free(p->steps);
    memset(p, 0, sizeof(*p));
}

int gw_tp_plan_build(const gw_boot_t *c, gw_tp_plan_t *p, char *err, size_t errlen)
{
    memset(p, 0, sizeof(*p));
    if (!c->transparent_listen) {
        snprintf(err, errlen,
                 "transparentListen is not set: set it (e.g. HUSH_TRANSPARENT_LISTEN=[::]:15001) "
                 "to the address hush's transparent listener uses");
        return -1;
    }
    struct sockaddr_storage ss;
    socklen_t len;
    if (gw_parse_listen(c->transparent_listen, &ss, &len) != 0) {
        snprintf(err, errlen, "transparentListen: must be host:port (IPv6 as [addr]:port)");
        return -1;
    }
    char ip[INET6_ADDRSTRLEN];
    int rc = 0;
    if (ss.ss_family == AF_INET) {
        struct sockaddr_in *in = (struct sockaddr_in *)&ss;
        /* A wildcard listener is reached through loopback, where the packets re-enter. */
        if (in->sin_addr.s_addr == htonl(INADDR_ANY)) {
            snprintf(ip, sizeof(ip), "127.0.0.1");
        } else {
            inet_ntop(AF_INET, &in->sin_addr, ip, sizeof(ip));
        }
        p->v4 = 1;
        rc = family_steps(p, c, 0, ip, ntohs(in->sin_port));
    } else {
        struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;
        unsigned port = ntohs(in6->sin6_port);
        if (IN6_IS_ADDR_UNSPECIFIED(&in6->sin6_addr)) {
            /* [::] accepts both families (the listener is dual-stack). */
            p->v4 = p->v6 = 1;
            rc = family_steps(p, c, 0, "127.0.0.1", port) | family_steps(p, c, 1, "::1", port);
        } else {
            inet_ntop(AF_INET6, &in6->sin6_addr, ip, sizeof(ip));
            p->v6 = 1;
            rc = family_steps(p, c, 1, ip, port);
        }
    }
    if (rc != 0) {
        gw_tp_plan_free(p);
        snprintf(err, errlen, "out of memory or a rule too long");
        return -1;
    }
    return 0;
}

/* ---- running it ------------------------------------------------------------------------------ */

int gw_tp_exec(void *arg, char *const argv[], char *out, size_t outlen)
{
    (void)arg;
    int pfd[2];
    if (pipe2(pfd, O_CLOEXEC) != 0) {
        snprintf(out, outlen, "pipe: %s", strerror(errno));
        return -1;
    }
    pid_t pid = fork();
    if (pid < 0) {
        snprintf(out, outlen, "fork: %s", strerror(errno));
        close(pfd[0]);
        close(pfd[1]);
        return -1;
    }
    if (pid == 0) {
        int devnull = open("/dev/null", O_RDONLY);
        if (devnull >= 0) {
            dup2(devnull, STDIN_FILENO);
        }
        dup2(pfd[1], STDOUT_FILENO);
        dup2(pfd[1], STDERR_FILENO);
        execvp(argv[0], argv);
        dprintf(STDERR_FILENO, "%s: %s", argv[0], strerror(errno));
        _exit(errno == ENOENT ? 127 : 126);
    }
    close(pfd[1]);
    size_t o = 0;
    char sink[512];
    for (;;) {
        char *dst = o + 1 < outlen ? out + o : sink;
        size_t room = o + 1 < outlen ? outlen - 1 - o : sizeof(sink);
        ssize_t n = read(pfd[0], dst, room);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        if (dst != sink) {
            o += (size_t)n;
        }
    }
    if (outlen) {
        out[o] = '\0';
    }
    close(pfd[0]);
    int st;
    while (waitpid(pid, &st, 0) < 0) {
        if (errno != EINTR) {
            return -1;
        }
    }
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + (WIFSIGNALED(st) ? WTERMSIG(st) : 0);
}

void gw_tp_cmd_format(const gw_tp_cmd_t *cmd, char *out, size_t n)
{
    size_t o = 0;
    out[0] = '\0';
    for (int i = 0; i < cmd->argc && o < n; i++) {
        o += (size_t)snprintf(out + o, n - o, "%s%s", i ? " " : "", cmd->argv[i]);
    }
}

/* 1 when the step is in place. */
static int in_place(const gw_tp_step_t *s, gw_tp_runner run, void *arg)
{
    char out[2048];
    int rc = run(arg, s->check.argv, out, sizeof(out));
    if (rc != 0) {
        return 0;
    }
    if (!s->check_output) {
        return 1;
    }
    for (const char *q = out; *q; q++) {
        if (*q != ' ' && *q != '\n' && *q != '\t') {
            return 1;
        }
    }
    return 0;
}

/* A failure worth a sentence of its own: no permission, no tool, no kernel support. */
static void explain(const gw_tp_cmd_t *cmd, int rc, const char *out, char *err, size_t errlen)
{
    char line[600];
    gw_tp_cmd_format(cmd, line, sizeof(line));
    char first[300];
    snprintf(first, sizeof(first), "%.*s", (int)strcspn(out, "\n"), out);
    const char *hint = "";
    if (rc == 127) {
        hint = cmd->argv[0][0] == 'i' && cmd->argv[0][1] == 'p' && cmd->argv[0][2] == '\0'
                   ? " (install iproute2)"
                   : " (install the iptables package: it provides iptables and ip6tables)";
    } else if (strstr(out, "ermission denied") || strstr(out, "ot permitted") ||
               strstr(out, "you must be root")) {
        hint = " (this needs CAP_NET_ADMIN in hush's network namespace: run as root or grant "
               "the capability)";
    } else if (strstr(line, "TPROXY") && !strstr(line, " -C ") && !strstr(line, " -D ")) {
        hint = " (is TPROXY available? the kernel needs CONFIG_NETFILTER_XT_TARGET_TPROXY / the "
               "xt_TPROXY module)";
    }
    snprintf(err, errlen, "`%s` failed (exit %d): %s%s", line, rc, first[0] ? first : "no output",
             hint);
}

static int run_undo(const gw_tp_step_t *s, gw_tp_runner run, void *arg, FILE *log, char *err,
                    size_t errlen)
{
    int failed = 0;
    for (int u = 0; u < s->nundo; u++) {
        char out[2048], line[600];
        gw_tp_cmd_format(&s->undo[u], line, sizeof(line));
        int rc = run(arg, s->undo[u].argv, out, sizeof(out));
        if (log) {
            fprintf(log, "%s %s\n", rc == 0 ? "removed:" : "FAILED: ", line);
        }
        if (rc != 0 && !failed) {
            explain(&s->undo[u], rc, out, err, errlen);
            failed = 1;
        }
    }
    return failed ? -1 : 0;
}

int gw_tp_apply(const gw_tp_plan_t *p, gw_tp_runner run, void *arg, FILE *log, char *err,
                size_t errlen)
{
    unsigned char *added = calloc(p->n ? p->n : 1, 1);
    if (!added) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    int rc = 0;
    for (size_t i = 0; i < p->n; i++) {
        const gw_tp_step_t *s = p->steps[i];
        char line[600];
        gw_tp_cmd_format(&s->apply, line, sizeof(line));
        if (in_place(s, run, arg)) {
            if (log) {
                fprintf(log, "present: %s\n", line);
            }
            continue;
        }
        char out[2048];
        int r = run(arg, s->apply.argv, out, sizeof(out));
        if (r != 0) {
            explain(&s->apply, r, out, err, errlen);
            if (log) {
                fprintf(log, "FAILED:  %s\n", line);
                fprintf(log, "undoing what this run added\n");
            }
            char ignored[600];
            for (size_t j = i; j-- > 0;) {
                if (added[j]) {
                    (void)run_undo(p->steps[j], run, arg, log, ignored, sizeof(ignored));
                }
            }
            rc = -1;
            break;
        }
        added[i] = 1;
        if (log) {
            fprintf(log, "added:   %s\n", line);
        }
    }
    free(added);
    return rc;
}

int gw_tp_revert(const gw_tp_plan_t *p, gw_tp_runner run, void *arg, FILE *log, char *err,
                 size_t errlen)
{
    int rc = 0;
    for (size_t i = p->n; i-- > 0;) {
        const gw_tp_step_t *s = p->steps[i];
        if (!in_place(s, run, arg)) {
            continue;
        }
        char e[600];
        if (run_undo(s, run, arg, log, e, sizeof(e)) != 0 && rc == 0) {
            snprintf(err, errlen, "%s", e);
            rc = -1;
        }
    }
    return rc;
}

void gw_tp_plan_print(const gw_tp_plan_t *p, int revert, FILE *out)
{
    char line[600];
    if (!revert) {
        for (size_t i = 0; i < p->n; i++) {
            gw_tp_cmd_format(&p->steps[i]->apply, line, sizeof(line));
            fprintf(out, "%s\n", line);
        }
        return;
    }
    for (size_t i = p->n; i-- > 0;) {
        for (int u = 0; u < p->steps[i]->nundo; u++) {
            gw_tp_cmd_format(&p->steps[i]->undo[u], line, sizeof(line));
            fprintf(out, "%s\n", line);
        }
    }
}

/* CAP_NET_ADMIN in the effective set (bit 12 of CapEff). -1 when it cannot be told. */
int gw_tp_have_net_admin(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    if (!f) {
        return -1;
    }
    char line[256];
    int have = -1;
    while (fgets(line, sizeof(line), f)) {
        unsigned long long caps;
        if (sscanf(line, "CapEff: %llx", &caps) == 1) {
            have = (caps >> 12) & 1 ? 1 : 0;
            break;
        }
    }
    fclose(f);
    return have;
}

/* ---- `hush transparent apply|revert [--dry-run]` ------------------------------------------- */

int gw_tp_command(const gw_boot_t *c, const char *verb, int dry_run)
{
    int revert = !strcmp(verb, "revert");
    char err[1024];
    gw_tp_plan_t p;
    if (gw_tp_plan_build(c, &p, err, sizeof(err)) != 0) {
        fprintf(stderr, "hush transparent %s: %s\n", verb, err);
        return 2;
    }
    if (!p.v6) {
        fprintf(stderr,
                "hush transparent: note: transparentListen is IPv4, so IPv6 connections are not "
                "diverted; listen on [::]:PORT to cover both\n");
    }
    if (dry_run) {
        gw_tp_plan_print(&p, revert, stdout);
        gw_tp_plan_free(&p);
        return 0;
    }
    if (gw_tp_have_net_admin() == 0) {
        fprintf(stderr,
                "hush transparent %s: this needs CAP_NET_ADMIN (to change routing rules and "
                "iptables): run it as root, e.g. sudo hush transparent %s; --dry-run shows the "
                "commands\n",
                verb, verb);
        gw_tp_plan_free(&p);
        return 1;
    }
    int rc = revert ? gw_tp_revert(&p, gw_tp_exec, NULL, stdout, err, sizeof(err))
                    : gw_tp_apply(&p, gw_tp_exec, NULL, stdout, err, sizeof(err));
    gw_tp_plan_free(&p);
    if (rc != 0) {
        fprintf(stderr, "hush transparent %s: %s%s\n", verb, err,
                revert ? "" : "; what this run had added was removed again");
        return 1;
    }
    fprintf(stderr, "hush: transparent rules %s\n", revert ? "removed" : "in place");
    return 0;
}
