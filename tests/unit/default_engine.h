/* default_engine.h: the engine with the default packs that a detector test file shares, built by
 * cmocka's group setup and freed by its teardown (pass setup and teardown to
 * cmocka_run_group_tests). Include after findings.h. */
#ifndef HUSH_TEST_DEFAULT_ENGINE_H
#define HUSH_TEST_DEFAULT_ENGINE_H

static anon_engine_t *def_engine; /* default packs */

static int setup(void **state)
{
    (void)state;
    char err[256];
    def_engine = anon_engine_new(NULL, err, sizeof err);
    return def_engine ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    anon_engine_free(def_engine);
    return 0;
}

#endif
