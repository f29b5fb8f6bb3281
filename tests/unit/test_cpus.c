/* cpus (gateway/core/cpus.c): `workers = auto` counts the CPUs the process may use, its affinity
 * mask capped by its cgroup's CPU quota rounded up, read from cgroup v2 cpu.max or v1 cfs files on
 * the process's cgroup and every ancestor. Cgroup trees are built in a temporary directory. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gateway/core/core.h"

static void test_cpu_max_rounds_the_quota_up(void **state)
{
    (void)state;
    assert_int_equal(gw_cpu_max_cpus("100000 100000\n"), 1);
    assert_int_equal(gw_cpu_max_cpus("150000 100000\n"), 2);
    assert_int_equal(gw_cpu_max_cpus("200000 100000\n"), 2);
    assert_int_equal(gw_cpu_max_cpus("50000 100000"), 1); /* half a CPU still needs one loop */
    assert_int_equal(gw_cpu_max_cpus("350000 50000\n"), 7);
}

static void test_cpu_max_without_a_quota_is_no_limit(void **state)
{
    (void)state;
    assert_int_equal(gw_cpu_max_cpus("max 100000\n"), 0);
    assert_int_equal(gw_cpu_max_cpus(""), 0);
    assert_int_equal(gw_cpu_max_cpus("150000\n"), 0);
    assert_int_equal(gw_cpu_max_cpus("0 100000\n"), 0);
    assert_int_equal(gw_cpu_max_cpus("150000 0\n"), 0);
    assert_int_equal(gw_cpu_max_cpus("-5 100000\n"), 0);
    assert_int_equal(gw_cpu_max_cpus("15x 100000\n"), 0);
    assert_int_equal(gw_cpu_max_cpus(NULL), 0);
}

static void test_cfs_quota_rounds_up_and_minus_one_is_no_limit(void **state)
{
    (void)state;
    assert_int_equal(gw_cfs_quota_cpus("250000\n", "100000\n"), 3);
    assert_int_equal(gw_cfs_quota_cpus("100000\n", "100000\n"), 1);
    assert_int_equal(gw_cfs_quota_cpus("-1\n", "100000\n"), 0);
    assert_int_equal(gw_cfs_quota_cpus("100000\n", "0\n"), 0);
}

static void test_usable_is_the_mask_capped_by_the_quota(void **state)
{
    (void)state;
    assert_int_equal(gw_cpus_usable(2, 0), 2);
    assert_int_equal(gw_cpus_usable(2, 1), 1);
    assert_int_equal(gw_cpus_usable(8, 3), 3);
    assert_int_equal(gw_cpus_usable(1, 4), 1); /* a quota above the mask adds no CPU */
    assert_int_equal(gw_cpus_usable(0, 0), 1);
    assert_int_equal(gw_cpus_usable(0, 2), 2);
}

/* ---- cgroup trees in a temporary directory ---- */
typedef struct {
    char root[256];
} tree_t;

static int setup(void **state)
{
    tree_t *t = calloc(1, sizeof(*t));
    assert_non_null(t);
    snprintf(t->root, sizeof(t->root), "/tmp/hush-test-cpus.XXXXXX");
    assert_non_null(mkdtemp(t->root));
    *state = t;
    return 0;
}

static int teardown(void **state)
{
    tree_t *t = *state;
    char cmd[300];
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", t->root);
    assert_int_equal(system(cmd), 0);
    free(t);
    return 0;
}

/* put(t, "a/b/cpu.max", "150000 100000\n"): the file under the tree, its directories made. */
static void put(const tree_t *t, const char *rel, const char *text)
{
    char path[512];
    snprintf(path, sizeof(path), "%s/%s", t->root, rel);
    for (char *p = path + strlen(t->root) + 1; (p = strchr(p, '/')) != NULL; p++) {
        *p = '\0';
        (void)mkdir(path, 0755);
        *p = '/';
    }
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void test_v2_quota_on_the_own_cgroup(void **state)
{
    tree_t *t = *state;
    put(t, "kubepods/pod1/c1/cpu.max", "150000 100000\n");
    assert_int_equal(gw_cgroup_cpu_limit("0::/kubepods/pod1/c1\n", t->root), 2);
}

static void test_v2_an_ancestor_quota_binds_the_child(void **state)
{
    tree_t *t = *state;
    put(t, "kubepods/pod1/cpu.max", "100000 100000\n");
    put(t, "kubepods/pod1/c1/cpu.max", "max 100000\n");
    assert_int_equal(gw_cgroup_cpu_limit("0::/kubepods/pod1/c1\n", t->root), 1);
    put(t, "kubepods/cpu.max", "400000 100000\n"); /* a looser grandparent changes nothing */
    assert_int_equal(gw_cgroup_cpu_limit("0::/kubepods/pod1/c1\n", t->root), 1);
}

static void test_v2_without_any_quota_is_no_limit(void **state)
{
    tree_t *t = *state;
    put(t, "user.slice/cpu.max", "max 100000\n");
    assert_int_equal(gw_cgroup_cpu_limit("0::/user.slice/session-1.scope\n", t->root), 0);
    assert_int_equal(gw_cgroup_cpu_limit("0::/\n", t->root), 0);
    assert_int_equal(gw_cgroup_cpu_limit("", t->root), 0);
}

static void test_v2_in_a_cgroup_namespace_reads_the_root(void **state)
{
    tree_t *t = *state; /* docker --cpus=1.5 with a cgroup namespace: "0::/", limit at the top */
    put(t, "cpu.max", "150000 100000\n");
    assert_int_equal(gw_cgroup_cpu_limit("0::/\n", t->root), 2);
}

static void test_v2_in_a_hybrid_hierarchy_under_unified(void **state)
{
    tree_t *t = *state;
    put(t, "unified/app/cpu.max", "300000 100000\n");
    assert_int_equal(gw_cgroup_cpu_limit("4:memory:/app\n0::/app\n", t->root), 3);
}

static void test_v1_quota_of_the_cpu_controller(void **state)
{
    tree_t *t = *state;
    put(t, "cpu,cpuacct/docker/abc/cpu.cfs_quota_us", "200000\n");
    put(t, "cpu,cpuacct/docker/abc/cpu.cfs_period_us", "100000\n");
    put(t, "cpuacct/other/cpu.cfs_quota_us", "100000\n"); /* not the cpu controller's */
    put(t, "cpuacct/other/cpu.cfs_period_us", "100000\n");
    const char *cg = "12:memory:/docker/abc\n"
                     "3:cpuacct:/other\n"
                     "2:cpu,cpuacct:/docker/abc\n"
                     "0::/\n";
    assert_int_equal(gw_cgroup_cpu_limit(cg, t->root), 2);
}

static void test_v1_container_mount_finds_its_files_at_the_top(void **state)
{
    tree_t *t = *state; /* no cgroup namespace: the path names the host's view, the mount is ours */
    put(t, "cpu/cpu.cfs_quota_us", "100000\n");
    put(t, "cpu/cpu.cfs_period_us", "100000\n");
    assert_int_equal(gw_cgroup_cpu_limit("5:cpu:/docker/0123abcd\n", t->root), 1);
}

static void test_v1_minus_one_is_no_limit(void **state)
{
    tree_t *t = *state;
    put(t, "cpu/cpu.cfs_quota_us", "-1\n");
    put(t, "cpu/cpu.cfs_period_us", "100000\n");
    assert_int_equal(gw_cgroup_cpu_limit("5:cpu:/\n", t->root), 0);
}

/* The process's own mask: pinned to one CPU, auto is one worker whatever the machine has. */
static void test_auto_counts_the_affinity_mask_not_the_online_cpus(void **state)
{
    (void)state;
    cpu_set_t old, one;
    assert_int_equal(sched_getaffinity(0, sizeof(old), &old), 0);
    int first = -1;
    for (int i = 0; i < CPU_SETSIZE && first < 0; i++) {
        if (CPU_ISSET(i, &old)) {
            first = i;
        }
    }
    assert_true(first >= 0);
    CPU_ZERO(&one);
    CPU_SET(first, &one);
    assert_int_equal(sched_setaffinity(0, sizeof(one), &one), 0);
    unsigned mask = 0, limit = 0;
    unsigned n = gw_cpus_auto(&mask, &limit);
    assert_int_equal(sched_setaffinity(0, sizeof(old), &old), 0);
    assert_int_equal(mask, 1);
    assert_int_equal(n, 1);
    /* and back on the whole mask: its count, capped only by a quota */
    n = gw_cpus_auto(&mask, &limit);
    assert_int_equal(mask, (unsigned)CPU_COUNT(&old));
    assert_int_equal(n, gw_cpus_usable(mask, limit));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cpu_max_rounds_the_quota_up),
        cmocka_unit_test(test_cpu_max_without_a_quota_is_no_limit),
        cmocka_unit_test(test_cfs_quota_rounds_up_and_minus_one_is_no_limit),
        cmocka_unit_test(test_usable_is_the_mask_capped_by_the_quota),
        cmocka_unit_test_setup_teardown(test_v2_quota_on_the_own_cgroup, setup, teardown),
        cmocka_unit_test_setup_teardown(test_v2_an_ancestor_quota_binds_the_child, setup, teardown),
        cmocka_unit_test_setup_teardown(test_v2_without_any_quota_is_no_limit, setup, teardown),
        cmocka_unit_test_setup_teardown(test_v2_in_a_cgroup_namespace_reads_the_root, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_v2_in_a_hybrid_hierarchy_under_unified, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_v1_quota_of_the_cpu_controller, setup, teardown),
        cmocka_unit_test_setup_teardown(test_v1_container_mount_finds_its_files_at_the_top, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_v1_minus_one_is_no_limit, setup, teardown),
        cmocka_unit_test(test_auto_counts_the_affinity_mask_not_the_online_cpus),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
