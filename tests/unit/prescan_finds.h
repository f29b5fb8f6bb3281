/* prescan_finds.h: what the prescan tests share (test_names_nspeed11.c, test_speed43.c): does
 * the prescan of a body keep exactly the names given? Include after cmocka.h and
 * anonymize/names.h. */
#ifndef HUSH_TEST_PRESCAN_FINDS_H
#define HUSH_TEST_PRESCAN_FINDS_H

/* Does the prescan's set of body's names hold exactly names[0 .. n)? Each miss is printed. */
static int prescan_finds(const char *body, const char *const *names, size_t n)
{
    int bad = 0;
    anon_names_known_t *k = anon_names_known_new();
    assert_non_null(k);
    assert_int_equal(anon_names_prescan(k, body, strlen(body)), 0);
    for (size_t i = 0; i < n; i++)
        if (anon_names_known_has(k, names[i], strlen(names[i])) != 2) {
            print_error("body: %s\n  missing: %s\n", body, names[i]);
            bad = 1;
        }
    if (anon_names_known_count(k) != n) {
        print_error("body: %s\n  want %zu names, got %zu\n", body, n, anon_names_known_count(k));
        bad = 1;
    }
    anon_names_known_free(k);
    return bad;
}

#endif
