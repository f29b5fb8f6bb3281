/* test_names_forms.c: a name the request has shown to be a person, found again in the forms the
 * scanner's walk does not read (names_known.c, anon_names_known_sweep): another case ("maria
 * keller", "MARIA KELLER"), the surname first ("KELLER, Maria"), joined into a user name
 * ("C:\Users\Maria.Keller", "maria_keller"), with Unicode spaces between the words; the token it
 * shares, and the restore. Through the engine (anon_rewrite), as a request body is. */
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
#include "default_engine.h"

/* in rewritten as a request body of the kind given (no instruction added), as a string to free */
static char *rewrite(anon_session_t *s, anon_body_kind_t kind, const char *in)
{
    anon_buf_t out = {0};
    anon_rewrite_opts_t opts = {.add_instruction = 0};
    assert_int_equal(anon_rewrite(s, kind, &opts, (const uint8_t *)in, strlen(in), &out, NULL, 0),
                     ANON_OK);
    anon_buf_append(&out, "", 1);
    return (char *)out.data;
}

static void expect(anon_body_kind_t kind, const char *in, const char *want)
{
    anon_session_t *s = anon_session_new(def_engine);
    assert_non_null(s);
    char *got = rewrite(s, kind, in);
    if (strcmp(got, want) != 0)
        fail_msg("in:   %s\nwant: %s\ngot:  %s", in, want, got);
    free(got);
    anon_session_free(s);
}

static void test_other_case_and_order_share_the_token(void **state)
{
    (void)state;
    expect(ANON_BODY_TEXT, "Author: Maria Keller\ntalked to maria keller yesterday",
           "Author: [PERSON_1]\ntalked to [PERSON_1] yesterday");
    expect(ANON_BODY_TEXT, "Name: Maria Keller\nKELLER, MARIA  DOB 03/04/1987",
           "Name: [PERSON_1]\n[PERSON_1]  DOB [DATE_OF_BIRTH_1]");
    expect(ANON_BODY_TEXT, "Dear Jonas Weber,\nsee the list: WEBER Jonas, paid",
           "Dear [PERSON_1],\nsee the list: [PERSON_1], paid");
    expect(ANON_BODY_TEXT, "Patient: Anna Maria Rossi\nROSSI, Anna Maria called; Rossi, Anna too",
           "Patient: [PERSON_1]\n[PERSON_1] called; [PERSON_1] too");
    /* Latin-1 letters fold: "MÜLLER" is "Müller" */
    expect(ANON_BODY_TEXT, "Kontakt: Jörg Müller\nJÖRG MÜLLER hat bezahlt",
           "Kontakt: [PERSON_1]\n[PERSON_1] hat bezahlt");
    /* no-break and narrow no-break spaces between the words */
    expect(ANON_BODY_TEXT, "Name: Maria Keller\nmaria\xC2\xA0keller and MARIA\xE2\x80\xAFKELLER",
           "Name: [PERSON_1]\n[PERSON_1] and [PERSON_1]");
}

static void test_a_name_spelled_by_an_email_is_found_in_other_forms(void **state)
{
    (void)state;
    expect(ANON_BODY_JSON,
           "{\"messages\":[{\"role\":\"user\",\"content\":\"KELLER, MARIA owes 40 EUR\"},"
           "{\"role\":\"user\",\"content\":\"from maria.keller@example.com\"}]}",
           "{\"messages\":[{\"role\":\"user\",\"content\":\"[PERSON_1] owes 40 EUR\"},"
           "{\"role\":\"user\",\"content\":\"from [EMAIL_1]\"}]}");
    /* an invented name no lexicon holds, written out beside the mailbox that spells it: a JSON
     * object pasted as a message is read value by value, so only the request shows the two
     * together; a product under "name" beside a team mailbox stays */
    expect(ANON_BODY_JSON,
           "{\"messages\":[{\"role\":\"user\",\"content\":\"{\\\"name\\\": \\\"Kaen "
           "Weindling\\\", \\\"email\\\": \\\"kaen.weindling@example.com\\\"}\"}]}",
           "{\"messages\":[{\"role\":\"user\",\"content\":\"{\\\"name\\\": "
           "\\\"[PERSON_1]\\\", \\\"email\\\": \\\"[EMAIL_1]\\\"}\"}]}");
    expect(ANON_BODY_JSON,
           "{\"messages\":[{\"role\":\"user\",\"content\":\"{\\\"name\\\": \\\"Nordlicht "
           "Cloud\\\", \\\"email\\\": \\\"nordlicht.cloud@example.com\\\"}\"}]}",
           "{\"messages\":[{\"role\":\"user\",\"content\":\"{\\\"name\\\": \\\"Nordlicht "
           "Cloud\\\", \\\"email\\\": \\\"[EMAIL_1]\\\"}\"}]}");
}

static void test_user_names_get_their_own_token(void **state)
{
    (void)state;
    /* a user name restores as written, so it does not share the name's token */
    expect(ANON_BODY_TEXT,
           "Author: Maria Keller\nC:\\Users\\Maria.Keller\\AppData and /home/maria_keller/src",
           "Author: [PERSON_1]\nC:\\Users\\[PERSON_2]\\AppData and /home/[PERSON_3]/src");
    anon_session_t *s = anon_session_new(def_engine);
    char *o = rewrite(s, ANON_BODY_TEXT, "Author: Maria Keller\nC:\\Users\\Maria.Keller\\x");
    size_t vl;
    const char *v = anon_session_lookup(s, "[PERSON_2]", 10, &vl);
    assert_non_null(v);
    assert_int_equal(vl, 12);
    assert_memory_equal(v, "Maria.Keller", 12);
    v = anon_session_lookup(s, "[PERSON_1]", 10, &vl);
    assert_non_null(v);
    assert_memory_equal(v, "Maria Keller", 12);
    free(o);
    anon_session_free(s);
}

static void test_restore_gives_the_name_back(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(def_engine);
    char *o = rewrite(s, ANON_BODY_TEXT, "Name: Maria Keller\nKELLER, MARIA  paid");
    assert_string_equal(o, "Name: [PERSON_1]\n[PERSON_1]  paid");
    anon_restorer_t *r = anon_restorer_new(s, ANON_RESP_TEXT, ANON_PROFILE_GENERIC);
    assert_non_null(r);
    anon_buf_t out = {0};
    const char *resp = "[PERSON_1] has paid.";
    assert_true(anon_restorer_feed(r, (const uint8_t *)resp, strlen(resp), &out) >= 0);
    assert_true(anon_restorer_finish(r, &out) >= 0);
    assert_int_equal(out.len, strlen("Maria Keller has paid."));
    assert_memory_equal(out.data, "Maria Keller has paid.", out.len);
    anon_buf_free(&out);
    anon_restorer_free(r);
    free(o);
    anon_session_free(s);
}

static void test_surname_first_is_one_person(void **state)
{
    (void)state;
    /* a surname, a comma and a given name: one span, one token */
    expect(ANON_BODY_TEXT, "Patient: Okafor, Chidi\nOkafor, Chidi called back.",
           "Patient: [PERSON_1]\n[PERSON_1] called back.");
    /* the first pair of a string joined in place (the sequential rewrite's own findings, not a
     * split's copy): the given name went with it, and was left whole in the text */
    expect(ANON_BODY_TEXT, "pick order is Corwicka, Oliver, Megan and Chloe",
           "pick order is [PERSON_1], [PERSON_2] and [PERSON_3]");
    expect(ANON_BODY_TEXT, "filhos Ferreira, Beatriz e Tomás", "filhos [PERSON_1] e [PERSON_2]");
    /* given names in a list stay apart */
    expect(ANON_BODY_TEXT, "Hi Anna, Maria and Jonas,",
           "Hi [PERSON_1], [PERSON_2] and [PERSON_3],");
}

static void test_what_stays(void **state)
{
    (void)state;
    /* a name no strong context named is not looked for in other forms */
    expect(ANON_BODY_TEXT, "talked to maria keller yesterday", "talked to maria keller yesterday");
    /* inside a longer word, an e-mail's local part, a hyphenated word (the surname alone in
     * lower case after them is the person's: names_rec40.c) */
    expect(ANON_BODY_TEXT, "Author: Maria Keller\nmariakellerfan and xmaria keller",
           "Author: [PERSON_1]\nmariakellerfan and xmaria [PERSON_1]");
    expect(ANON_BODY_TEXT, "Author: Maria Keller\nmaria-keller-theme",
           "Author: [PERSON_1]\nmaria-keller-theme");
    /* a name of ordinary English words is not taken in lower case */
    expect(ANON_BODY_TEXT, "Author: Rose Hill\nthe rose hill trail",
           "Author: [PERSON_1]\nthe rose hill trail");
    /* one word alone is never looked for in another case */
    expect(ANON_BODY_TEXT, "Author: Maria Keller\nthe keller was dark",
           "Author: [PERSON_1]\nthe keller was dark");
}

/* ---- the sweep itself: every separator, every offset (16-byte blocks and the byte tail) ---- */
struct hits {
    size_t n, start[8], end[8];
};

static int collect(void *arg, int kind, size_t start, size_t end)
{
    struct hits *h = arg;
    assert_int_equal(kind, ANON_NAMES_PERSON);
    if (h->n < 8) {
        h->start[h->n] = start;
        h->end[h->n] = end;
    }
    h->n++;
    return 0;
}

static void test_sweep_finds_forms_at_every_offset_after_every_separator(void **state)
{
    (void)state;
    anon_names_known_t *k = anon_names_known_new();
    assert_int_equal(anon_names_known_add(k, "Maria Keller", 12), 0);
    static const char *const seps[] = {" ",
                                       "\t",
                                       "\n",
                                       "(",
                                       ")",
                                       "[",
                                       "\\",
                                       "/",
                                       ":",
                                       ";",
                                       ",",
                                       "!",
                                       "?",
                                       "\"",
                                       "'",
                                       "`",
                                       "{",
                                       "|",
                                       "~",
                                       "*",
                                       "+",
                                       "=",
                                       "<",
                                       ">",
                                       "#",
                                       "%",
                                       "&",
                                       "\xC2\xA0",
                                       "\xE2\x80\x94",
                                       "\xC2\xAB"};
    static const char *const forms[] = {"maria keller", "KELLER, MARIA", "Maria.Keller",
                                        "MARIA\xC2\xA0KELLER"};
    char buf[128];
    for (size_t f = 0; f < sizeof forms / sizeof forms[0]; f++)
        for (size_t sp = 0; sp < sizeof seps / sizeof seps[0]; sp++)
            for (size_t pad = 0; pad < 40; pad++) {
                size_t n = 0, fl = strlen(forms[f]), sl = strlen(seps[sp]);
                for (; n < pad; n++)
                    buf[n] = (char)('a' + n % 26); /* a word: no form starts inside it */
                memcpy(buf + n, seps[sp], sl);
                n += sl;
                size_t at = n;
                memcpy(buf + n, forms[f], fl);
                n += fl;
                memcpy(buf + n, seps[sp], sl);
                n += sl;
                struct hits h = {0};
                assert_int_equal(anon_names_known_sweep(k, buf, n, collect, &h), 0);
                if (h.n != 1 || h.start[0] != at || h.end[0] != at + fl)
                    fail_msg("form %zu sep %zu pad %zu: %zu hits, first %zu..%zu, want %zu..%zu", f,
                             sp, pad, h.n, h.n ? h.start[0] : 0, h.n ? h.end[0] : 0, at, at + fl);
                /* glued to the word before it: no start inside that word (the form's next
                 * word alone, "keller" of "amaria keller", is a known word's form of its own) */
                memmove(buf + pad, buf + at, fl);
                h.n = 0;
                assert_int_equal(anon_names_known_sweep(k, buf, pad + fl, collect, &h), 0);
                size_t w = 0;
                while (w < fl && ((forms[f][w] | 32) >= 'a' && (forms[f][w] | 32) <= 'z'))
                    w++;
                for (size_t i = 0; pad && i < h.n && i < 8; i++)
                    if (h.start[i] < pad + w)
                        fail_msg("form %zu pad %zu: found inside a word", f, pad);
            }
    anon_names_known_free(k);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_other_case_and_order_share_the_token),
        cmocka_unit_test(test_a_name_spelled_by_an_email_is_found_in_other_forms),
        cmocka_unit_test(test_user_names_get_their_own_token),
        cmocka_unit_test(test_restore_gives_the_name_back),
        cmocka_unit_test(test_surname_first_is_one_person),
        cmocka_unit_test(test_what_stays),
        cmocka_unit_test(test_sweep_finds_forms_at_every_offset_after_every_separator),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
