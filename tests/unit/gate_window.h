/* gate_window.h: what the gate tests share (test_gate.c, test_speed42.c): a text as one window
 * with its digit runs, as the engine hands it to the gates. Include after cmocka.h and
 * anonymize/anon_internal.h. */
#ifndef HUSH_TEST_GATE_WINDOW_H
#define HUSH_TEST_GATE_WINDOW_H

/* The whole of t as one window, with its digit runs, as the engine hands it to the gates. */
static void make_window(const char *t, anon_window_t *w)
{
    size_t n = strlen(t);
    w->text = t;
    w->from = 0;
    w->to = n;
    w->nruns = 0;
    for (size_t i = 0; i < n;) {
        if ((unsigned)(t[i] - '0') > 9u) {
            i++;
            continue;
        }
        size_t b = i;
        while (i < n && (unsigned)(t[i] - '0') <= 9u)
            i++;
        assert_true(w->nruns < ANON_GATE_RUNS);
        w->run[w->nruns].s = b;
        w->run[w->nruns++].e = i;
    }
}

#endif
