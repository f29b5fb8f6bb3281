/* audit: one JSON Lines record per intercepted request, to a file or stdout.
 *
 * A record holds what happened and how much, never a value: counts per PII type, not the PII.
 * Each record is written with a single write(2) on an O_APPEND descriptor, so records from worker
 * threads never interleave. SIGHUP reopens the file (logrotate's "create" mode): the swap happens
 * under a write lock while writers hold the read lock only for the duration of one write.
 * Every record also goes to the inspector (inspect.c) when the admin listener serves it, with or
 * without an audit file: "enabled" means someone wants records.
 */
#include "gateway/core/core.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

static pthread_rwlock_t lock = PTHREAD_RWLOCK_INITIALIZER;
static int audit_fd = -1;
static char *audit_path;

static int open_target(const char *path)
{
    if (!strcmp(path, "-")) {
        return dup(STDOUT_FILENO);
    }
    return open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
}

int gw_audit_open(const gw_live_t *cfg, char *err, size_t errlen)
{
    if (!cfg->audit_log || !cfg->audit_log[0]) {
        return 0;
    }
    int fd = open_target(cfg->audit_log);
    if (fd < 0) {
        snprintf(err, errlen, "auditLog: cannot open %s: %s", cfg->audit_log, strerror(errno));
        return -1;
    }
    pthread_rwlock_wrlock(&lock);
    audit_fd = fd;
    free(audit_path);
    audit_path = strdup(cfg->audit_log);
    pthread_rwlock_unlock(&lock);
    return 0;
}

void gw_audit_reopen(void)
{
    pthread_rwlock_wrlock(&lock);
    if (audit_path && strcmp(audit_path, "-") != 0) {
        int fd = open_target(audit_path);
        if (fd >= 0) {
            close(audit_fd);
            audit_fd = fd;
        } else {
            gw_log(GW_LOG_ERROR, "event=audit_reopen_failed error=\"%s\"", strerror(errno));
        }
    }
    pthread_rwlock_unlock(&lock);
}

void gw_audit_close(void)
{
    pthread_rwlock_wrlock(&lock);
    if (audit_fd >= 0) {
        close(audit_fd);
    }
    audit_fd = -1;
    free(audit_path);
    audit_path = NULL;
    pthread_rwlock_unlock(&lock);
}

int gw_audit_enabled(void)
{
    return audit_fd >= 0 || gw_inspect_on();
}

void gw_audit_write(json_t *record)
{
    char *line = json_dumps(record, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6));
    if (!line) {
        return;
    }
    gw_inspect_record(record, line); /* one dump for both */
    size_t n = strlen(line);
    line[n] = '\n'; /* json_dumps leaves room for its NUL, which becomes the newline */
    pthread_rwlock_rdlock(&lock);
    if (audit_fd >= 0) {
        ssize_t w = write(audit_fd, line, n + 1);
        if (w != (ssize_t)(n + 1)) {
            gw_log(GW_LOG_ERROR, "event=audit_write_failed");
        }
    }
    pthread_rwlock_unlock(&lock);
    free(line);
}
