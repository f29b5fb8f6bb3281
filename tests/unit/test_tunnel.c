/* tunnel: gw_tunnel_start between real loopback TCP connections on a libevent loop: bytes arrive
 * intact both ways and in order, EOF passes on after them, an idle spliced tunnel holds no pipe
 * (pipes.c's pool), and bytes still flow, with back-pressure, when no pipe can be had. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "gateway/net/net.h"

static struct event_base *base;
static gw_server_t srv;
static gw_boot_t boot;

typedef struct ends {
    int client, upstream;   /* the test's ends; hush's ends belong to the tunnel */
    size_t sent[2], got[2]; /* [0] client -> upstream, [1] upstream -> client */
    int eof[2];             /* EOF seen at the far end of direction d */
    int done;
    gw_tunnel_stats_t st;
} ends_t;

static unsigned char pattern(int d, size_t k)
{
    return (unsigned char)(k * 31 + (size_t)d * 7 + k / 251);
}

static void on_done(void *arg, const gw_tunnel_stats_t *st)
{
    ends_t *e = arg;
    e->done++;
    e->st = *st;
}

/* A connected loopback pair: *mine blocking for the test, *theirs non-blocking for hush. */
static void tcp_pair(int *mine, int *theirs)
{
    int l = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t al = sizeof(a);
    assert_int_equal(bind(l, (struct sockaddr *)&a, sizeof(a)), 0);
    assert_int_equal(listen(l, 1), 0);
    assert_int_equal(getsockname(l, (struct sockaddr *)&a, &al), 0);
    *mine = socket(AF_INET, SOCK_STREAM, 0);
    assert_int_equal(connect(*mine, (struct sockaddr *)&a, sizeof(a)), 0);
    *theirs = accept(l, NULL, NULL);
    assert_true(*theirs >= 0);
    close(l);
    assert_int_equal(fcntl(*mine, F_SETFL, O_NONBLOCK), 0);
    assert_int_equal(fcntl(*theirs, F_SETFL, O_NONBLOCK), 0);
}

static gw_worker_t *worker_new(void)
{
    gw_worker_t *w = calloc(1, sizeof(*w));
    w->srv = &srv;
    w->cfg = &boot;
    w->base = base;
    w->live.next = w->live.prev = &w->live;
    assert_int_equal(gw_reaper_init(&w->reaper, base), 0);
    return w;
}

static void worker_free(gw_worker_t *w)
{
    gw_reaper_run(&w->reaper);
    gw_pipes_worker_free(w);
    gw_reaper_cleanup(&w->reaper);
    free(w);
}

static void tunnel_new(gw_worker_t *w, ends_t *e)
{
    int c, u;
    memset(e, 0, sizeof(*e));
    tcp_pair(&e->client, &c);
    tcp_pair(&e->upstream, &u);
    struct bufferevent *bc = bufferevent_socket_new(base, c, BEV_OPT_CLOSE_ON_FREE);
    struct bufferevent *bu = bufferevent_socket_new(base, u, BEV_OPT_CLOSE_ON_FREE);
    assert_int_equal(gw_tunnel_start(w, bc, bu, on_done, e), 0);
}

/* Write what the far end takes of direction d's `want` bytes, read what arrived, check it. */
static void step(ends_t *e, int d, size_t want, int reading)
{
    int in = d == 0 ? e->client : e->upstream, out = d == 0 ? e->upstream : e->client;
    unsigned char buf[65536];
    while (e->sent[d] < want) {
        size_t n = want - e->sent[d] < sizeof(buf) ? want - e->sent[d] : sizeof(buf);
        for (size_t k = 0; k < n; k++) {
            buf[k] = pattern(d, e->sent[d] + k);
        }
        ssize_t r = send(in, buf, n, MSG_NOSIGNAL);
        if (r <= 0) {
            assert_true(r < 0 && errno == EAGAIN);
            break;
        }
        e->sent[d] += (size_t)r;
    }
    while (reading && !e->eof[d]) {
        ssize_t r = recv(out, buf, sizeof(buf), 0);
        if (r < 0) {
            assert_true(errno == EAGAIN);
            break;
        }
        if (r == 0) {
            e->eof[d] = 1;
            break;
        }
        for (ssize_t k = 0; k < r; k++) {
            assert_int_equal(buf[k], pattern(d, e->got[d] + (size_t)k));
        }
        e->got[d] += (size_t)r;
    }
}

/* Move `want` bytes each way through every tunnel, the loop turning between steps. */
static void move_all(ends_t *e, size_t n, size_t want)
{
    for (int round = 0; round < 200000; round++) {
        int left = 0;
        for (size_t i = 0; i < n; i++) {
            for (int d = 0; d < 2; d++) {
                step(&e[i], d, want, 1);
                left += e[i].got[d] < want;
            }
        }
        if (!left) {
            return;
        }
        event_base_loop(base, EVLOOP_NONBLOCK);
    }
    fail_msg("bytes did not get through");
}

static size_t open_fds(void)
{
    DIR *dir = opendir("/proc/self/fd");
    assert_non_null(dir);
    size_t n = 0;
    while (readdir(dir)) {
        n++;
    }
    closedir(dir);
    return n;
}

/* Both test ends shut writing: the tunnel passes both EOFs on after the bytes and ends. */
static void close_all(ends_t *e, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        shutdown(e[i].client, SHUT_WR);
        shutdown(e[i].upstream, SHUT_WR);
    }
    for (int round = 0; round < 200000; round++) {
        int left = 0;
        for (size_t i = 0; i < n; i++) {
            step(&e[i], 0, e[i].sent[0], 1);
            step(&e[i], 1, e[i].sent[1], 1);
            left += !e[i].done || !e[i].eof[0] || !e[i].eof[1];
        }
        if (!left) {
            break;
        }
        event_base_loop(base, EVLOOP_NONBLOCK);
    }
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(e[i].done, 1);
        assert_string_equal(e[i].st.outcome, "closed");
        assert_int_equal(e[i].st.up, e[i].sent[0]);
        assert_int_equal(e[i].st.down, e[i].sent[1]);
        close(e[i].client);
        close(e[i].upstream);
    }
    event_base_loop(base, EVLOOP_NONBLOCK); /* the deferred frees */
}

#define NTUN 16

static void test_idle_spliced_tunnels_hold_no_pipes(void **state)
{
    (void)state;
    gw_worker_t *w = worker_new();
    static ends_t e[NTUN];
    size_t before = open_fds();
    for (size_t i = 0; i < NTUN; i++) {
        tunnel_new(w, &e[i]);
    }
    move_all(e, NTUN, 512 * 1024);
    /* Now idle: 4 sockets per tunnel (2 of them the test's); pipes only the pool's spares, not
     * the 2 pipes (4 descriptors) per direction pair each tunnel used to keep for its life. */
    size_t held = open_fds() - before;
    assert_true(held >= NTUN * 4);
    assert_true(held - NTUN * 4 <= 2 * 8);
    assert_true(gw_pipes_open() <= 8);
    close_all(e, NTUN);
    worker_free(w);
    assert_int_equal(gw_pipes_open(), 0);
}

static void on_tick(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    *(int *)arg = 1;
}

/* Loop turns an idle loop takes until a 100 ms timer fires: 1 unless an event keeps firing. */
static int idle_turns(void)
{
    int fired = 0, turns = 0;
    struct event *tick = evtimer_new(base, on_tick, &fired);
    struct timeval tv = {0, 100 * 1000};
    evtimer_add(tick, &tv);
    while (!fired && turns < 1000) {
        event_base_loop(base, EVLOOP_ONCE);
        turns++;
    }
    event_free(tick);
    return turns;
}

/* Both ends send and nobody reads until the tunnel stops taking more. */
static void stall(ends_t *e, size_t want)
{
    for (int round = 0; round < 2000; round++) {
        step(e, 0, want, 0);
        step(e, 1, want, 0);
        event_base_loop(base, EVLOOP_NONBLOCK);
    }
}

static void test_no_pipe_to_be_had_still_copies_with_back_pressure(void **state)
{
    (void)state;
    gw_worker_t *w = worker_new();
    atomic_store(&srv.counters.conns_open, 1ull << 40); /* no descriptor to spare for a pipe */
    ends_t e;
    tunnel_new(w, &e);
    const size_t want = 32u << 20;
    /* Nobody reads the far ends for a while: hush must stop reading rather than buffer. */
    stall(&e, want);
    assert_true(e.sent[0] < want && e.sent[1] < want);
    assert_int_equal(gw_pipes_open(), 0);
    move_all(&e, 1, want / 2);
    assert_int_equal(gw_pipes_open(), 0);
    /* Pipes can be had again while bytes wait: the rest goes through them, and then the idle
     * tunnel waits for its sockets instead of spinning on one that can take more. */
    stall(&e, want);
    atomic_store(&srv.counters.conns_open, 0);
    move_all(&e, 1, want);
    assert_true(idle_turns() <= 2);
    close_all(&e, 1);
    worker_free(w);
}

static void test_bytes_and_eof_pass_in_order_through_spliced_tunnels(void **state)
{
    (void)state;
    gw_worker_t *w = worker_new();
    ends_t e;
    tunnel_new(w, &e);
    move_all(&e, 1, 3u << 20);
    /* One side says EOF while the other keeps sending: half-close. */
    shutdown(e.client, SHUT_WR);
    for (int round = 0; round < 200000 && !e.eof[0]; round++) {
        step(&e, 0, e.sent[0], 1);
        event_base_loop(base, EVLOOP_NONBLOCK);
    }
    assert_true(e.eof[0]);
    assert_int_equal(e.done, 0);
    for (int round = 0; round < 200000 && e.got[1] < (4u << 20); round++) {
        step(&e, 1, 4u << 20, 1); /* the other way goes on */
        event_base_loop(base, EVLOOP_NONBLOCK);
    }
    assert_int_equal(e.got[1], 4u << 20);
    assert_int_equal(e.done, 0);
    close_all(&e, 1);
    worker_free(w);
}

int main(void)
{
    signal(SIGPIPE, SIG_IGN);
    gw_log_set_level(GW_LOG_WARN);
    base = event_base_new();
    boot.idle_timeout = 300;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_bytes_and_eof_pass_in_order_through_spliced_tunnels),
        cmocka_unit_test(test_idle_spliced_tunnels_hold_no_pipes),
        cmocka_unit_test(test_no_pipe_to_be_had_still_copies_with_back_pressure),
    };
    int r = cmocka_run_group_tests(tests, NULL, NULL);
    event_base_free(base);
    return r;
}
