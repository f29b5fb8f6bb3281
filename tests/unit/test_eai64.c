/* test_eai64.c: e-mail addresses in text of other scripts (branch eai64, detectors_global.c's
 * EMAIL pattern, contrib/bench/accuracy/notes/eai64.md): a punycode top-level domain, labels and
 * local parts with combining marks (Devanagari, Bengali, Tamil, Thai), an ASCII address glued to
 * the words of another script (the address alone, not the label before it or the text after it),
 * a Serbian .rs mailbox and an address whose sentence's dot ends its line ("ivan@mail.ru.\nok")
 * are found; mentions, decorators, package specs and sites with no '@' are not; an
 * internationalised address comes back byte for byte through a session's round trip. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "restore_bytes.h"

#include "anonymize/anonymize.h"
#include "anonymize/names.h"

#define NAMES_DEFAULT_PACKS 1
#define NAMES_SKIP_TYPE "PERSON"
#include "names_cases.h"

/* An IDN host in punycode: before, no finding (the top-level domain held no letters only). */
static void test_punycode_domain(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"почта: kuznetsov1984@xn--e1afmkfd.xn--p1ai\n",
         "EMAIL=kuznetsov1984@xn--e1afmkfd.xn--p1ai"},
        {"E-mail: iryna_koval@xn--80aikifvh.xn--j1amh, дякую",
         "EMAIL=iryna_koval@xn--80aikifvh.xn--j1amh"},
        {"mail: li_na88@xn--fsqu00a.xn--55qx5d", "EMAIL=li_na88@xn--fsqu00a.xn--55qx5d"},
    };
    check_both_sweeps(c, sizeof c / sizeof *c);
}

/* Labels, top-level domains and local parts with combining marks: before, none found. */
static void test_marks_in_labels_and_local_parts(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"ईमेल: priya.verma@उदाहरण.भारत।", "EMAIL=priya.verma@उदाहरण.भारत"},
        {"ইমেইল: রিনা.দাস@ডাক.বাংলা", "EMAIL=রিনা.দাস@ডাক.বাংলা"},
        {"மின்னஞ்சல்: செந்தில்@yahoo.co.in", "EMAIL=செந்தில்@yahoo.co.in"},
        {"อีเมล wichai_99@ตัวอย่าง.ไทย ค่ะ", "EMAIL=wichai_99@ตัวอย่าง.ไทย"},
        {"ईमेल: प्रिया.वर्मा@yahoo.co.in", "EMAIL=प्रिया.वर्मा@yahoo.co.in"},
    };
    check_both_sweeps(c, sizeof c / sizeof *c);
}

/* An ASCII address glued to another script's words: the address alone. Before, the label
 * before it and up to 24 letters after it were masked with it. */
static void test_glued_address_is_the_address_alone(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"邮箱zhang.wei@qq.com请查收", "EMAIL=zhang.wei@qq.com"},
        {"почтаd.sokolov@inbox.ru, спасибо", "EMAIL=d.sokolov@inbox.ru"},
        {"ইমেইল-ঠিকানাrina.das@gmail.com।", "EMAIL=rina.das@gmail.com"},
        {"Eメールk.suzuki@gmail.comまでお願いします", "EMAIL=k.suzuki@gmail.com"},
        /* Latin letters with diacritics are the local part's own */
        {"écrire à émile.roux@orange.fr", "EMAIL=émile.roux@orange.fr"},
        {"Mail an jürgen@web.de", "EMAIL=jürgen@web.de"},
        {"e\xcc\x81mile.roux@orange.fr", "EMAIL=e\xcc\x81mile.roux@orange.fr"},
        {"\xef\xac\x81onapereira@tiscali.it", "EMAIL=\xef\xac\x81onapereira@tiscali.it"},
    };
    check_both_sweeps(c, sizeof c / sizeof *c);
}

/* Serbia's .rs and a sentence's dot at a line's end: before, neither found. */
static void test_rs_and_dot_at_line_end(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"имејл: milos.jovanovic@eunet.rs", "EMAIL=milos.jovanovic@eunet.rs"},
        {"E-mail: ivan@mail.ru.\nnpm i @babel/core@7.24.0\n", "EMAIL=ivan@mail.ru"},
        {"E-mail: иван@почта.рф.\nok\n", "EMAIL=иван@почта.рф"},
        /* a real wrap of the top-level domain still joins */
        {"maria@example.\ncom x", "EMAIL=maria@example.\ncom"},
    };
    check_both_sweeps(c, sizeof c / sizeof *c);
}

/* Look-alikes in the same scripts stay: mentions, decorators, at-rules, package specs, a git
 * remote, times and prices after '@', IDN sites with no '@'. */
static void test_lookalikes_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"@поддержка, посмотрите `@pytest.fixture` и CSS: @media (max-width: 600px)", ""},
        {"npm i @vue/cli react@18.2.0 @babel/core@7.24.0", ""},
        {"$ git remote add origin git@github.com:ivan/dotfiles.git", ""},
        {"会议 @ 10:00，价格 @ ¥300，网站：例子.公司 xn--fsqu00a.xn--55qx5d", ""},
        {"सहायता @सहायता, वेबसाइट: उदाहरण.भारत", ""},
    };
    check_both_sweeps(c, sizeof c / sizeof *c);
}

/* An internationalised address in a request body: a token goes up, the original bytes come
 * back through the restorer, one byte at a time. */
static void test_idn_address_round_trip(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in = "{\"messages\": [{\"role\": \"user\", \"content\": \"ईमेल: "
                     "प्रिया.वर्मा@उदाहरण.भारत। 邮箱zhang.wei@qq.com请查收\"}]}";
    char *o = rewrite_body(s, ANON_BODY_JSON, in);
    assert_null(strstr(o, "प्रिया"));
    assert_null(strstr(o, "zhang.wei"));
    assert_non_null(strstr(o, "请查收"));
    assert_non_null(strstr(o, "邮箱["));
    restores_bytewise(s, o, in);
    free(o);
    anon_session_free(s);
}

/* Every prefix of such text is scanned without reading past its end. */
static void test_every_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("邮箱zhang.wei@qq.com请 priya.verma@उदाहरण.भारत। x@xn--e1afmkfd.xn--p1ai "
                      "ivan@mail.ru.\nok Eメールk.suzuki@gmail.com");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_punycode_domain),
        cmocka_unit_test(test_marks_in_labels_and_local_parts),
        cmocka_unit_test(test_glued_address_is_the_address_alone),
        cmocka_unit_test(test_rs_and_dot_at_line_end),
        cmocka_unit_test(test_lookalikes_stay),
        cmocka_unit_test(test_idn_address_round_trip),
        cmocka_unit_test(test_every_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
