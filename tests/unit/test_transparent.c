/* Transparent mode's rules without touching the system: the plan built from a config (argument
 * vectors, families, ports, marks), the validation of the transparent* keys, and apply/revert
 * against a fake runner that models which steps are in place: apply adds only what is missing,
 * a failing step takes back exactly what that run added in reverse order, revert removes every
 * step in place in reverse plan order, and the error names the command and why. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gateway/cli/cli.h"

static gw_config_t *load_env(char **env, char *err, size_t n)
{
    return gw_config_load(NULL, env, err, n);
}

static gw_config_t *cfg(const char *listen, const char *ports)
{
    char l[128], p[128], err[256];
    snprintf(l, sizeof(l), "HUSH_TRANSPARENT_LISTEN=%s", listen);
    snprintf(p, sizeof(p), "HUSH_TRANSPARENT_PORTS=%s", ports);
    char *env[] = {l, p, NULL};
    gw_config_t *c = load_env(env, err, sizeof(err));
    if (!c) {
        fail_msg("config: %s", err);
    }
    return c;
}

static void line_of(const gw_tp_cmd_t *cmd, char *out, size_t n)
{
    gw_tp_cmd_format(cmd, out, n);
}

/* ---- the plan ------------------------------------------------------------------------------ */

static void test_plan_for_a_dual_stack_listener_covers_both_families_hooks_last(void **state)
{
    (void)state;
    gw_config_t *c = cfg("[::]:15001", "443,8000-8100");
    gw_tp_plan_t p;
    char err[256], line[600];
    assert_int_equal(gw_tp_plan_build(&c->boot, &p, err, sizeof(err)), 0);
    assert_true(p.v4 && p.v6);
    size_t half = p.n / 2;
    assert_int_equal(p.n % 2, 0);
    line_of(&p.steps[0]->apply, line, sizeof(line));
    assert_string_equal(line, "ip -4 route add local 0.0.0.0/0 dev lo table 100");
    line_of(&p.steps[1]->apply, line, sizeof(line));
    assert_string_equal(line, "ip -4 rule add fwmark 0x1 lookup 100");
    line_of(&p.steps[half - 1]->apply, line, sizeof(line));
    assert_string_equal(line, "iptables -w -t mangle -I OUTPUT 1 -p tcp -j HUSH_MARK");
    line_of(&p.steps[half - 2]->apply, line, sizeof(line));
    assert_string_equal(line, "iptables -w -t mangle -I PREROUTING 1 -p tcp -j HUSH_TPROXY");
    line_of(&p.steps[p.n - 1]->apply, line, sizeof(line));
    assert_string_equal(line, "ip6tables -w -t mangle -I OUTPUT 1 -p tcp -j HUSH_MARK");
    int seen_range = 0, seen_tproxy6 = 0, bypass_index = -1, mark_index = -1;
    for (size_t i = 0; i < p.n; i++) {
        const gw_tp_cmd_t *a = &p.steps[i]->apply;
        /* argument vectors: no word holds a space, nothing is for a shell */
        for (int k = 0; k < a->argc; k++) {
            assert_null(strpbrk(a->argv[k], " ;|&$`"));
        }
        assert_null(a->argv[a->argc]);
        assert_true(!strcmp(a->argv[0], "ip") || !strcmp(a->argv[0], "iptables") ||
                    !strcmp(a->argv[0], "ip6tables"));
        assert_true(p.steps[i]->nundo >= 1);
        line_of(a, line, sizeof(line));
        seen_range |= strstr(line, "--dport 8000:8100 -j MARK --set-mark 0x1") != NULL;
        if (strstr(line, "ip6tables") && strstr(line, "TPROXY --on-ip ::1 --on-port 15001")) {
            seen_tproxy6 = 1;
        }
        if (i < half && strstr(line, "--mark 0x2 -j RETURN")) {
            bypass_index = (int)i;
        }
        if (i < half && mark_index < 0 && strstr(line, "--set-mark")) {
            mark_index = (int)i;
        }
    }
    assert_true(seen_range);
    assert_true(seen_tproxy6);
    assert_true(bypass_index >= 0 && bypass_index < mark_index); /* hush's own sockets first */
    gw_tp_plan_free(&p);
    gw_config_free(c);
}

static void test_plan_for_an_ipv4_listener_has_no_ipv6_rules(void **state)
{
    (void)state;
    gw_config_t *c = cfg("127.0.0.1:15001", "443");
    gw_tp_plan_t p;
    char err[256], line[600];
    assert_int_equal(gw_tp_plan_build(&c->boot, &p, err, sizeof(err)), 0);
    assert_true(p.v4 && !p.v6);
    for (size_t i = 0; i < p.n; i++) {
        line_of(&p.steps[i]->apply, line, sizeof(line));
        assert_null(strstr(line, "ip6tables"));
        assert_null(strstr(line, "-6"));
    }
    gw_tp_plan_free(&p);
    gw_config_free(c);
    /* transparent mode off: no plan, and the error says what to set */
    char *env[] = {NULL};
    c = load_env(env, err, sizeof(err));
    assert_non_null(c);
    assert_null(c->boot.transparent_listen);
    assert_int_equal(gw_tp_plan_build(&c->boot, &p, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "transparentListen"));
    gw_config_free(c);
}

static void expect_refused(const char *a, const char *b, const char *key)
{
    char err[256];
    char ea[128], eb[128];
    snprintf(ea, sizeof(ea), "%s", a);
    snprintf(eb, sizeof(eb), "%s", b);
    char *env[] = {ea, eb, NULL};
    gw_config_t *c = load_env(env, err, sizeof(err));
    if (c) {
        fail_msg("%s %s was accepted", a, b);
    }
    if (strncmp(err, key, strlen(key)) != 0) {
        fail_msg("%s %s: error \"%s\" does not start with %s", a, b, err, key);
    }
}

static void test_validation_refuses_bad_marks_ports_tables_and_listeners(void **state)
{
    (void)state;
    expect_refused("HUSH_TRANSPARENT_MARK=5", "HUSH_TRANSPARENT_BYPASS_MARK=5",
                   "transparentBypassMark");
    expect_refused("HUSH_TRANSPARENT_MARK=0", "X=1", "transparentMark");
    expect_refused("HUSH_TRANSPARENT_BYPASS_MARK=-2", "X=1", "transparentBypassMark");
    expect_refused("HUSH_TRANSPARENT_MARK=4294967296", "X=1", "transparentMark");
    expect_refused("HUSH_TRANSPARENT_PORTS=443,65536", "X=1", "transparentPorts");
    expect_refused("HUSH_TRANSPARENT_PORTS=0", "X=1", "transparentPorts");
    expect_refused("HUSH_TRANSPARENT_PORTS=", "X=1", "transparentPorts");
    expect_refused("HUSH_TRANSPARENT_TABLE=254", "X=1", "transparentTable");
    expect_refused("HUSH_TRANSPARENT_LISTEN=127.0.0.1:0", "X=1", "transparentListen");
    expect_refused("HUSH_TRANSPARENT_LISTEN=localhost:15001", "X=1", "transparentListen");
    /* accepted: hex marks, "" as off */
    char err[256];
    char *env[] = {"HUSH_TRANSPARENT_MARK=0x10", "HUSH_TRANSPARENT_BYPASS_MARK=0xffffffff",
                   "HUSH_TRANSPARENT_LISTEN=", NULL};
    gw_config_t *c = load_env(env, err, sizeof(err));
    assert_non_null(c);
    assert_int_equal(c->boot.transparent_mark, 16);
    assert_int_equal(c->boot.transparent_bypass_mark, 0xffffffffu);
    assert_null(c->boot.transparent_listen);
    gw_config_free(c);
}

/* ---- apply / revert against a model ------------------------------------------------------- */

struct model {
    const gw_tp_plan_t *p;
    int present[64];
    int fail_step; /* apply of this step fails (-1: none) */
    int fail_rc;   /* with this exit status */
    const char *fail_out;
    char log[64][600]; /* every command run, in order, that is not a check */
    size_t nlog;
};

static int same(const gw_tp_cmd_t *c, char *const argv[])
{
    int i = 0;
    for (; i < c->argc; i++) {
        if (!argv[i] || strcmp(c->argv[i], argv[i]) != 0) {
            return 0;
        }
    }
    return argv[i] == NULL;
}

static int fake_run(void *arg, char *const argv[], char *out, size_t outlen)
{
    struct model *m = arg;
    out[0] = '\0';
    for (size_t i = 0; i < m->p->n; i++) {
        const gw_tp_step_t *s = m->p->steps[i];
        if (same(&s->check, argv)) {
            if (m->present[i] && s->check_output) {
                snprintf(out, outlen, "32765: from all fwmark 0x1 lookup 100\n");
            }
            return m->present[i] ? 0 : (s->check_output ? 0 : 1);
        }
    }
    assert_true(m->nlog < 64);
    char line[600];
    size_t o = 0;
    for (int i = 0; argv[i]; i++) {
        o += (size_t)snprintf(line + o, sizeof(line) - o, "%s%s", i ? " " : "", argv[i]);
    }
    snprintf(m->log[m->nlog++], sizeof(m->log[0]), "%s", line);
    for (size_t i = 0; i < m->p->n; i++) {
        const gw_tp_step_t *s = m->p->steps[i];
        if (same(&s->apply, argv)) {
            if ((int)i == m->fail_step) {
                snprintf(out, outlen, "%s", m->fail_out);
                return m->fail_rc;
            }
            m->present[i] = 1;
            return 0;
        }
        for (int u = 0; u < s->nundo; u++) {
            if (same(&s->undo[u], argv)) {
                if (u == s->nundo - 1) {
                    m->present[i] = 0;
                }
                return 0;
            }
        }
    }
    fail_msg("unexpected command: %s", line);
    return 1;
}

static void model_init(struct model *m, const gw_tp_plan_t *p)
{
    memset(m, 0, sizeof(*m));
    m->p = p;
    m->fail_step = -1;
    assert_true(p->n <= 64);
}

static void test_apply_adds_only_missing_steps_and_revert_undoes_in_reverse(void **state)
{
    (void)state;
    gw_config_t *c = cfg("[::]:15001", "443");
    gw_tp_plan_t p;
    char err[512], line[600];
    assert_int_equal(gw_tp_plan_build(&c->boot, &p, err, sizeof(err)), 0);
    struct model m;
    model_init(&m, &p);
    assert_int_equal(gw_tp_apply(&p, fake_run, &m, NULL, err, sizeof(err)), 0);
    assert_int_equal(m.nlog, p.n); /* one apply per step, in plan order */
    for (size_t i = 0; i < p.n; i++) {
        assert_true(m.present[i]);
        line_of(&p.steps[i]->apply, line, sizeof(line));
        assert_string_equal(m.log[i], line);
    }
    /* again: every step is in place, nothing runs */
    m.nlog = 0;
    assert_int_equal(gw_tp_apply(&p, fake_run, &m, NULL, err, sizeof(err)), 0);
    assert_int_equal(m.nlog, 0);
    /* revert: the undo commands, last step first */
    assert_int_equal(gw_tp_revert(&p, fake_run, &m, NULL, err, sizeof(err)), 0);
    size_t k = 0;
    for (size_t i = p.n; i-- > 0;) {
        assert_false(m.present[i]);
        for (int u = 0; u < p.steps[i]->nundo; u++) {
            line_of(&p.steps[i]->undo[u], line, sizeof(line));
            assert_string_equal(m.log[k++], line);
        }
    }
    assert_int_equal(k, m.nlog);
    /* revert again: nothing in place, nothing runs */
    m.nlog = 0;
    assert_int_equal(gw_tp_revert(&p, fake_run, &m, NULL, err, sizeof(err)), 0);
    assert_int_equal(m.nlog, 0);
    gw_tp_plan_free(&p);
    gw_config_free(c);
}

static void test_failing_step_takes_back_only_what_this_run_added(void **state)
{
    (void)state;
    gw_config_t *c = cfg("127.0.0.1:15001", "443");
    gw_tp_plan_t p;
    char err[512], line[600];
    assert_int_equal(gw_tp_plan_build(&c->boot, &p, err, sizeof(err)), 0);
    int tproxy = -1;
    for (size_t i = 0; i < p.n; i++) {
        line_of(&p.steps[i]->apply, line, sizeof(line));
        if (strstr(line, "-j TPROXY")) {
            tproxy = (int)i;
        }
    }
    assert_true(tproxy > 2);
    struct model m;
    model_init(&m, &p);
    m.present[1] = 1; /* the ip rule was there before: not this run's to remove */
    m.fail_step = tproxy;
    m.fail_rc = 2;
    m.fail_out = "iptables v1.8.9 (nf_tables): Couldn't load target `TPROXY':No such file\n";
    assert_int_equal(gw_tp_apply(&p, fake_run, &m, NULL, err, sizeof(err)), -1);
    for (size_t i = 0; i < p.n; i++) {
        assert_int_equal(m.present[i], i == 1);
    }
    assert_non_null(strstr(err, "-j TPROXY --on-ip 127.0.0.1 --on-port 15001"));
    assert_non_null(strstr(err, "Couldn't load target"));
    assert_non_null(strstr(err, "CONFIG_NETFILTER_XT_TARGET_TPROXY"));
    /* The log: applies up to the failing one, then the undos of the added steps, reversed. */
    size_t k = 0;
    for (int i = 0; i <= tproxy; i++) {
        if (i == 1) {
            continue;
        }
        line_of(&p.steps[i]->apply, line, sizeof(line));
        assert_string_equal(m.log[k++], line);
    }
    for (int i = tproxy - 1; i >= 0; i--) {
        if (i == 1) {
            continue;
        }
        for (int u = 0; u < p.steps[i]->nundo; u++) {
            line_of(&p.steps[i]->undo[u], line, sizeof(line));
            assert_string_equal(m.log[k++], line);
        }
    }
    assert_int_equal(k, m.nlog);
    gw_tp_plan_free(&p);
    gw_config_free(c);
}

static void test_errors_say_what_is_missing(void **state)
{
    (void)state;
    gw_config_t *c = cfg("127.0.0.1:15001", "443");
    gw_tp_plan_t p;
    char err[512];
    assert_int_equal(gw_tp_plan_build(&c->boot, &p, err, sizeof(err)), 0);
    struct model m;
    model_init(&m, &p);
    m.fail_step = 2; /* the first iptables command */
    m.fail_rc = 127;
    m.fail_out = "iptables: No such file or directory";
    assert_int_equal(gw_tp_apply(&p, fake_run, &m, NULL, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "install the iptables package"));
    model_init(&m, &p);
    m.fail_step = 0;
    m.fail_rc = 2;
    m.fail_out = "RTNETLINK answers: Operation not permitted\n";
    assert_int_equal(gw_tp_apply(&p, fake_run, &m, NULL, err, sizeof(err)), -1);
    assert_non_null(strstr(err, "CAP_NET_ADMIN"));
    assert_int_equal(m.nlog, 1); /* nothing to take back */
    gw_tp_plan_free(&p);
    gw_config_free(c);
}

static void test_exec_runs_argument_vectors_without_a_shell(void **state)
{
    (void)state;
    char out[256];
    char *echo[] = {"echo", "a;b", "$(x)", NULL};
    assert_int_equal(gw_tp_exec(NULL, echo, out, sizeof(out)), 0);
    assert_string_equal(out, "a;b $(x)\n"); /* no shell: nothing was interpreted */
    char *missing[] = {"hush-no-such-program-xyz", NULL};
    assert_int_equal(gw_tp_exec(NULL, missing, out, sizeof(out)), 127);
    char *fails[] = {"false", NULL};
    assert_int_equal(gw_tp_exec(NULL, fails, out, sizeof(out)), 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plan_for_a_dual_stack_listener_covers_both_families_hooks_last),
        cmocka_unit_test(test_plan_for_an_ipv4_listener_has_no_ipv6_rules),
        cmocka_unit_test(test_validation_refuses_bad_marks_ports_tables_and_listeners),
        cmocka_unit_test(test_apply_adds_only_missing_steps_and_revert_undoes_in_reverse),
        cmocka_unit_test(test_failing_step_takes_back_only_what_this_run_added),
        cmocka_unit_test(test_errors_say_what_is_missing),
        cmocka_unit_test(test_exec_runs_argument_vectors_without_a_shell),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
