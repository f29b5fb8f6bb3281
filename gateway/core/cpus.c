/* cpus: how many CPUs `workers = auto` means. Not the CPUs online (sysconf) but those this process
 * may run on: the count of its affinity mask (taskset, cpusets), capped by the CPU quota of its
 * cgroup (cgroup v2 cpu.max, v1 cpu.cfs_quota_us / cpu.cfs_period_us, as `docker --cpus` and
 * Kubernetes CPU limits set) rounded up. More event loops than that only time-slice on the same
 * cores, and each request then waits for its loop's turn.
 *
 * The quota that binds is the smallest on the process's cgroup and every ancestor; the walk goes
 * up from the path in /proc/self/cgroup, so a container whose cgroup is mounted as the root of
 * /sys/fs/cgroup (no cgroup namespace, v1) still finds its own files at the top. Read once at
 * start-up, before any event loop runs.
 */
#include "gateway/core/core.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CPUS_CAP 65536u /* far above any machine; keeps the rounding clear of overflow */

/* ceil(quota / period) for positive values, at least 1, at most CPUS_CAP. */
static unsigned quota_cpus(unsigned long long quota, unsigned long long period)
{
    unsigned long long n = quota / period + (quota % period != 0);
    if (n < 1) {
        n = 1;
    }
    return n > CPUS_CAP ? CPUS_CAP : (unsigned)n;
}

/* A decimal number followed by a space, a line end or the end of s; *end points past it. */
static int parse_ull(const char *s, unsigned long long *out, const char **end)
{
    if (*s < '0' || *s > '9') {
        return -1;
    }
    errno = 0;
    char *e;
    unsigned long long v = strtoull(s, &e, 10);
    if (errno || (*e != ' ' && *e != '\n' && *e != '\0')) {
        return -1;
    }
    *out = v;
    *end = e;
    return 0;
}

unsigned gw_cpu_max_cpus(const char *cpu_max)
{
    unsigned long long quota, period;
    const char *p;
    if (!cpu_max || parse_ull(cpu_max, &quota, &p) != 0 || *p != ' ' ||
        parse_ull(p + 1, &period, &p) != 0 || quota == 0 || period == 0) {
        return 0; /* "max PERIOD" (no limit) or nothing we can read as one */
    }
    return quota_cpus(quota, period);
}

unsigned gw_cfs_quota_cpus(const char *quota_us, const char *period_us)
{
    unsigned long long quota, period;
    const char *p;
    if (!quota_us || !period_us || parse_ull(quota_us, &quota, &p) != 0 ||
        parse_ull(period_us, &period, &p) != 0 || quota == 0 || period == 0) {
        return 0; /* "-1" is v1's "no limit" */
    }
    return quota_cpus(quota, period);
}

/* The whole of a small file into buf (NUL-terminated); -1 when it cannot be read. */
static int read_small(const char *path, char *buf, size_t n)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return -1;
    }
    size_t got = 0;
    while (got + 1 < n) {
        ssize_t r = read(fd, buf + got, n - 1 - got);
        if (r < 0 && errno == EINTR) {
            continue;
        }
        if (r <= 0) {
            break;
        }
        got += (size_t)r;
    }
    close(fd);
    buf[got] = '\0';
    return 0;
}

/* The limit set in the directory dir (under one hierarchy's mount), 0 when none. */
static unsigned dir_limit(const char *dir, int v2)
{
    char path[4200], a[64], b[64];
    if (v2) {
        snprintf(path, sizeof(path), "%s/cpu.max", dir);
        return read_small(path, a, sizeof(a)) == 0 ? gw_cpu_max_cpus(a) : 0;
    }
    snprintf(path, sizeof(path), "%s/cpu.cfs_quota_us", dir);
    if (read_small(path, a, sizeof(a)) != 0) {
        return 0;
    }
    snprintf(path, sizeof(path), "%s/cpu.cfs_period_us", dir);
    return read_small(path, b, sizeof(b)) == 0 ? gw_cfs_quota_cpus(a, b) : 0;
}

/* The smallest limit on mount/cg and each ancestor up to mount itself; 0: none. */
static unsigned walk_limit(const char *mount, const char *cg, size_t cglen, int v2)
{
    char dir[4096];
    unsigned best = 0;
    while (cglen > 0 && cg[cglen - 1] == '/') {
        cglen--;
    }
    for (;;) {
        int n = snprintf(dir, sizeof(dir), "%s%.*s", mount, (int)cglen, cg);
        if (n > 0 && (size_t)n < sizeof(dir)) {
            unsigned lim = dir_limit(dir, v2);
            if (lim && (!best || lim < best)) {
                best = lim;
            }
        }
        if (cglen == 0) {
            return best;
        }
        while (cglen > 0 && cg[cglen - 1] != '/') { /* up one level */
            cglen--;
        }
        while (cglen > 0 && cg[cglen - 1] == '/') {
            cglen--;
        }
    }
}

/* Does the comma-separated controller list [s, s+n) name "cpu"? */
static int lists_cpu(const char *s, size_t n)
{
    while (n > 0) {
        const char *c = memchr(s, ',', n);
        size_t len = c ? (size_t)(c - s) : n;
        if (len == 3 && memcmp(s, "cpu", 3) == 0) {
            return 1;
        }
        if (!c) {
            break;
        }
        n -= len + 1;
        s = c + 1;
    }
    return 0;
}

unsigned gw_cgroup_cpu_limit(const char *proc_cgroup, const char *root)
{
    unsigned best = 0;
    char mount[1024];
    for (const char *line = proc_cgroup; line && *line;) {
        const char *nl = strchr(line, '\n');
        size_t len = nl ? (size_t)(nl - line) : strlen(line);
        /* "ID:CONTROLLERS:PATH"; v2 is "0::PATH" */
        const char *c1 = memchr(line, ':', len);
        const char *c2 = c1 ? memchr(c1 + 1, ':', len - (size_t)(c1 + 1 - line)) : NULL;
        if (c2 && c2[1] == '/') {
            const char *cg = c2 + 1;
            size_t cglen = len - (size_t)(cg - line);
            unsigned lim = 0;
            if (c2 == c1 + 1) { /* v2: pure (root) or hybrid (root/unified) */
                snprintf(mount, sizeof(mount), "%s", root);
                lim = walk_limit(mount, cg, cglen, 1);
                snprintf(mount, sizeof(mount), "%s/unified", root);
                unsigned hyb = walk_limit(mount, cg, cglen, 1);
                lim = hyb && (!lim || hyb < lim) ? hyb : lim;
            } else if (lists_cpu(c1 + 1, (size_t)(c2 - c1 - 1))) { /* v1 */
                snprintf(mount, sizeof(mount), "%s/%.*s", root, (int)(c2 - c1 - 1), c1 + 1);
                lim = walk_limit(mount, cg, cglen, 0);
                snprintf(mount, sizeof(mount), "%s/cpu", root);
                unsigned alt = walk_limit(mount, cg, cglen, 0);
                lim = alt && (!lim || alt < lim) ? alt : lim;
            }
            if (lim && (!best || lim < best)) {
                best = lim;
            }
        }
        line = nl ? nl + 1 : NULL;
    }
    return best;
}

unsigned gw_cpus_usable(unsigned mask_cpus, unsigned limit_cpus)
{
    unsigned n = mask_cpus;
    if (limit_cpus && (!n || limit_cpus < n)) {
        n = limit_cpus;
    }
    return n ? n : 1;
}

/* CPUs in this process's affinity mask; 0 when it cannot be read. */
static unsigned mask_count(void)
{
    for (int ncpu = 1024; ncpu <= 1 << 20; ncpu *= 2) {
        cpu_set_t *set = CPU_ALLOC(ncpu);
        if (!set) {
            return 0;
        }
        size_t size = CPU_ALLOC_SIZE(ncpu);
        CPU_ZERO_S(size, set);
        if (sched_getaffinity(0, size, set) == 0) {
            int n = CPU_COUNT_S(size, set);
            CPU_FREE(set);
            return n > 0 ? (unsigned)n : 0;
        }
        int err = errno;
        CPU_FREE(set);
        if (err != EINVAL) { /* EINVAL: the kernel's mask is larger than ours */
            return 0;
        }
    }
    return 0;
}

unsigned gw_cpus_auto(unsigned *mask_out, unsigned *limit_out)
{
    unsigned mask = mask_count();
    if (!mask) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        mask = n > 0 ? (unsigned)n : 1;
    }
    char cg[8192];
    unsigned limit = 0;
    if (read_small("/proc/self/cgroup", cg, sizeof(cg)) == 0) {
        limit = gw_cgroup_cpu_limit(cg, "/sys/fs/cgroup");
    }
    if (mask_out) {
        *mask_out = mask;
    }
    if (limit_out) {
        *limit_out = limit;
    }
    return gw_cpus_usable(mask, limit);
}
