/* watch: reload when the config file changes (watchConfig), for replicas that share one file.
 *
 * inotify watches the file's directory, not the file: Kubernetes updates a mounted ConfigMap by
 * writing a new timestamped directory and renaming a "..data" symlink over the old one, so the
 * path hush was given never sees an event of its own. The resolved file is watched too, for
 * in-place writes through a symlink that points elsewhere. Any event arms a short debounce
 * timer; when it fires, the file's bytes are hashed and the reload callback runs only when they
 * differ from the last bytes seen (editors and kubelet produce bursts of events for one change,
 * and unrelated files in the same directory produce events that change nothing). Everything
 * runs on the main thread's event loop, like SIGHUP; no worker loop ever waits on it.
 */
#include "gateway/core/core.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <openssl/mem.h>
#include <openssl/sha.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <unistd.h>

#define WATCH_DEBOUNCE_MS 200
#define WATCH_MAX_WAIT_MS 1000
#define WATCH_MAX_BYTES (64u << 20) /* a config file larger than this is hashed as unreadable */

struct gw_watch {
    int fd;
    int dir_wd, file_wd;
    char *path;
    char *base;           /* the file's name in its directory */
    struct timeval first; /* first event of the burst being debounced */
    struct event *ev, *timer;
    unsigned char seen[SHA256_DIGEST_LENGTH]; /* hash of the last bytes seen (or of nothing) */
    void (*cb)(void *);
    void *arg;
};

/* SHA-256 of the file's bytes; an unreadable file hashes as the empty input with a marker. */
static void file_hash(const char *path, unsigned char out[SHA256_DIGEST_LENGTH])
{
    SHA256_CTX h;
    SHA256_Init(&h);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        SHA256_Update(&h, "\0unreadable", 11);
    } else {
        char buf[16384];
        size_t total = 0;
        ssize_t n;
        while ((n = read(fd, buf, sizeof(buf))) > 0 && total < WATCH_MAX_BYTES) {
            SHA256_Update(&h, buf, (size_t)n);
            total += (size_t)n;
        }
        if (n < 0) {
            SHA256_Update(&h, "\0error", 6);
        }
        OPENSSL_cleanse(buf, sizeof(buf)); /* the file may hold secrets */
        close(fd);
    }
    SHA256_Final(out, &h);
}

/* (Re)watch the file the path resolves to now; a swapped symlink points at a new inode. */
static void watch_target(gw_watch_t *w)
{
    char real[PATH_MAX];
    int wd = realpath(w->path, real)
                 ? inotify_add_watch(w->fd, real, IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB)
                 : -1;
    if (w->file_wd >= 0 && w->file_wd != wd && w->file_wd != w->dir_wd) {
        inotify_rm_watch(w->fd, w->file_wd); /* fails harmlessly when the inode is gone */
    }
    w->file_wd = wd;
}

static void on_settled(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    gw_watch_t *w = arg;
    unsigned char now[SHA256_DIGEST_LENGTH];
    watch_target(w);
    file_hash(w->path, now);
    if (CRYPTO_memcmp(now, w->seen, sizeof(now)) == 0) {
        gw_log(GW_LOG_DEBUG, "event=config_watch outcome=unchanged");
        return;
    }
    memcpy(w->seen, now, sizeof(now));
    w->cb(w->arg);
}

/* 1 when the event can concern the config file: the file itself, its name in the directory, or a
 * Kubernetes "..data"-style entry; other files in the directory (logs, editor swap files) do not
 * count, so a busy neighbour cannot hold the debounce open. */
static int relevant(const gw_watch_t *w, const struct inotify_event *e)
{
    if (e->mask & IN_Q_OVERFLOW) {
        return 1; /* events were lost: check */
    }
    if (e->wd == w->file_wd) {
        return 1;
    }
    return e->wd == w->dir_wd && e->len > 0 &&
           (!strcmp(e->name, w->base) || !strncmp(e->name, "..", 2));
}

static void on_inotify(evutil_socket_t fd, short what, void *arg)
{
    (void)what;
    gw_watch_t *w = arg;
    char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
    int any = 0;
    ssize_t n;
    while ((n = read(fd, buf, sizeof(buf))) > 0) {
        for (char *p = buf; p < buf + n;) {
            const struct inotify_event *e = (const struct inotify_event *)p;
            any |= relevant(w, e);
            p += sizeof(*e) + e->len;
        }
    }
    if (!any) {
        return;
    }
    /* Trailing debounce (each event restarts the wait), but at most WATCH_MAX_WAIT_MS after the
     * first event of a burst, so a file rewritten without pause is still picked up. */
    struct timeval tv = {0, WATCH_DEBOUNCE_MS * 1000};
    if (!evtimer_pending(w->timer, NULL)) {
        gettimeofday(&w->first, NULL);
    } else if (gw_elapsed_ms(&w->first) > WATCH_MAX_WAIT_MS) {
        return;
    }
    evtimer_add(w->timer, &tv);
}

gw_watch_t *gw_watch_start(struct event_base *base, const char *path, void (*cb)(void *), void *arg,
                           char *err, size_t errlen)
{
    gw_watch_t *w = calloc(1, sizeof(*w));
    char *copy = strdup(path);
    if (!w || !copy) {
        free(w);
        free(copy);
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    w->fd = -1;
    w->dir_wd = w->file_wd = -1;
    w->cb = cb;
    w->arg = arg;
    w->path = strdup(path);
    char *bcopy = strdup(path);
    w->base = bcopy ? strdup(basename(bcopy)) : NULL;
    free(bcopy);
    w->fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (!w->path || !w->base || w->fd < 0) {
        snprintf(err, errlen, "inotify: %s", strerror(errno));
        goto fail;
    }
    const char *dir = dirname(copy);
    w->dir_wd = inotify_add_watch(w->fd, dir,
                                  IN_CREATE | IN_DELETE | IN_MOVED_TO | IN_MOVED_FROM | IN_MODIFY |
                                      IN_CLOSE_WRITE | IN_ATTRIB | IN_DONT_FOLLOW | IN_ONLYDIR);
    if (w->dir_wd < 0) {
        snprintf(err, errlen, "inotify on %s: %s", dir, strerror(errno));
        goto fail;
    }
    watch_target(w);
    file_hash(w->path, w->seen);
    w->ev = event_new(base, w->fd, EV_READ | EV_PERSIST, on_inotify, w);
    w->timer = evtimer_new(base, on_settled, w);
    if (!w->ev || !w->timer || event_add(w->ev, NULL) != 0) {
        snprintf(err, errlen, "cannot add the inotify event");
        goto fail;
    }
    free(copy);
    return w;
fail:
    free(copy);
    gw_watch_stop(w);
    return NULL;
}

void gw_watch_stop(gw_watch_t *w)
{
    if (!w) {
        return;
    }
    if (w->ev) {
        event_free(w->ev);
    }
    if (w->timer) {
        event_free(w->timer);
    }
    if (w->fd >= 0) {
        close(w->fd);
    }
    free(w->path);
    free(w->base);
    free(w);
}
