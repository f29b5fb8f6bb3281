/* test_thread59.c: the same person again in other forms across a long conversation (branch
 * thread59, names_thread59.c, anon_names_known_sweep in names_known.c,
 * contrib/bench/accuracy/notes/thread59.md): after "Rashid Hosseini" was found, his surname or
 * given name alone in capitals, in lower case or with a genitive 's' is masked in every later turn,
 * the case forms with his token; ordinary words that are also a known person's name ("Green",
 * "baker", a lower-case word after an article: "the keller was dark", a word that is ordinary with
 * its 's': "this" beside "Thi Nguyen") stay; "Dr. Pepper" and "Dr. Oetker" are brands, "Dr. Keller"
 * a person. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"
#include "anonymize/names.h"
#include "anonymize/names_internal.h"

#define NAMES_DEFAULT_PACKS 1
#include "names_cases.h"

/* the n-th "[PERSON_...]" token of s (n from 0), copied to out; 0 when there is none */
static int token(const char *s, int n, char *out, size_t cap)
{
    const char *p = s;
    for (;;) {
        p = strstr(p, "[PERSON_");
        if (!p)
            return 0;
        const char *e = strchr(p, ']');
        if (!e)
            return 0;
        if (n-- == 0) {
            snprintf(out, cap, "%.*s", (int)(e + 1 - p), p);
            return 1;
        }
        p = e + 1;
    }
}

static int count(const char *s, const char *w)
{
    int n = 0;
    for (const char *p = s; (p = strstr(p, w)) != NULL; p += strlen(w))
        n++;
    return n;
}

/* His surname in capitals and in lower case in later turns: masked with his token; with a
 * genitive 's': masked. Before: all three left whole. */
static void test_surname_in_other_case_later(void **state)
{
    (void)state;
    const char *turns[] = {"I'm working with Rashid Hosseini on this.",
                           "Noted.\\nOWNER: HOSSEINI\\n",
                           "ok so hosseini said no, Hosseinis Notizen liegen im Ordner"};
    char *o = rewrite_turns(turns, 3);
    assert_null(strstr(o, "osseini"));
    assert_null(strstr(o, "OSSEINI"));
    char t[64];
    assert_true(token(o, 0, t, sizeof t));
    assert_true(count(o, t) >= 3); /* "Rashid Hosseini", "HOSSEINI", "hosseini" */
    free(o);
}

/* A given name in lower case and in capitals after the full name (Kwabena Asante); the
 * assistant's summary repeats it. Before: left. */
static void test_given_name_lower_and_caps(void **state)
{
    (void)state;
    const char *turns[] = {"Contact: Kwabena Asante. ping him about the budget",
                           "Summary:\\n- kwabena owns the deploy\\n- ESCALATE TO KWABENA\\n"
                           "- logs in /srv/asante/app, asantes tables"};
    char *o = rewrite_turns(turns, 2);
    assert_null(strstr(o, "wabena"));
    assert_null(strstr(o, "WABENA"));
    /* a path's part and a lower-case word with an 's' stay */
    assert_non_null(strstr(o, "/srv/asante/app, asantes tables"));
    free(o);
}

/* Ordinary words that are a known person's surname stay in another case ("GREEN BUILD", "the
 * baker"); a name glued to a host or a hyphenated word stays; "Dr. Pepper" and "Dr Oetker" are
 * no people, "Dr. Keller" is. Before: Pepper and Oetker masked. */
static void test_words_and_brands_stay(void **state)
{
    (void)state;
    const char *turns[] = {"my colleagues Callum Green, Daniel Keller, Thi Nguyen and Grace Baker "
                           "will join. File this as a note.",
                           "GREEN BUILD on main; bread from the baker; a can of Dr. Pepper; die "
                           "Pizza von Dr Oetker; ask Dr. Keller; the keller was dark"};
    char *o = rewrite_turns(turns, 2);
    assert_non_null(strstr(o, "GREEN BUILD"));
    assert_non_null(strstr(o, "the baker"));
    assert_non_null(strstr(o, "the keller was"));
    assert_non_null(strstr(o, "File this as"));
    assert_non_null(strstr(o, "Dr. Pepper"));
    assert_non_null(strstr(o, "Dr Oetker"));
    assert_null(strstr(o, "Keller"));
    free(o);
    static const struct tcase c[] = {
        {"a can of Dr. Pepper from the machine", ""},
        {"die Pizza von Dr. Oetker war im Angebot", ""},
    };
    CHECK(c);
}

/* Every prefix of a later turn, cut inside a known name's forms, is swept within its bytes (the
 * sanitizer build); the scanner's brand screen too. */
static void test_every_prefix_is_swept_safely(void **state)
{
    (void)state;
    static const char learn[] = "I'm working with Rashid Hosseini on this.";
    static const char later[] = "OWNER: HOSSEINI; hosseinis; Hosseinis, hosseini-x hosseini.jp "
                                "Dr. Pepper Dr Oetker Dr. Pe";
    for (size_t n = 1; n <= sizeof later - 1; n++) {
        anon_session_t *s = anon_session_new(eng);
        anon_finding_t *f = NULL;
        size_t nf = 0;
        assert_int_equal(anon_session_find(s, learn, sizeof learn - 1, &f, &nf), 0);
        free(f);
        char *p = malloc(n);
        memcpy(p, later, n);
        f = NULL;
        assert_int_equal(anon_session_find(s, p, n, &f, &nf), 0);
        free(f);
        free(p);
        anon_session_free(s);
    }
    scan_every_prefix("a can of Dr. Pepper, Dr Oetker and Dr. Martens; Dr. Keller; Dr");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_surname_in_other_case_later),
        cmocka_unit_test(test_given_name_lower_and_caps),
        cmocka_unit_test(test_words_and_brands_stay),
        cmocka_unit_test(test_every_prefix_is_swept_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
