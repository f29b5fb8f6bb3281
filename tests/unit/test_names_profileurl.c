/* test_names_profileurl.c: the person in a profile or booking link (names_profileurl.c): only the
 * slug is a PERSON, on sites of people only whatever it spells, on sites of firms and people too
 * only when it spells a name; with and without scheme, in Markdown and JSON with escaped slashes,
 * percent-encoded and before a query; company pages, posts, repositories and brand handles left
 * alone; and through the rewriter: the slug's own token, restored byte for byte, and the name it
 * spells masked elsewhere in the request. */
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

#include "names_cases.h"

static void test_people_only_sites_mask_any_slug(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"see https://www.linkedin.com/in/maria-keller-4b2a1/ for her CV",
         "PERSON=maria-keller-4b2a1"},
        {"linkedin.com/in/jdoe88", "PERSON=jdoe88"},
        {"profile: de.linkedin.com/in/tivaniv-b?originalSubdomain=de", "PERSON=tivaniv-b"},
        {"old link www.linkedin.com/pub/quelmir-sorvan/12/345/678", "PERSON=quelmir-sorvan"},
        {"Profil: https://www.xing.com/profile/Maria_Keller2/cv", "PERSON=Maria_Keller2"},
        {"book me: calendly.com/rudmok-velsor/30min", "PERSON=rudmok-velsor"},
        {"about.me/pixelfox", "PERSON=pixelfox"},
    };
    CHECK(c);
}

static void test_mixed_sites_mask_a_slug_that_spells_a_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"follow facebook.com/maria.keller.77", "PERSON=maria.keller.77"},
        {"https://www.facebook.com/people/Maria-Keller/100012345678/", "PERSON=Maria-Keller"},
        {"https://www.instagram.com/sabine.becker.photography/",
         "PERSON=sabine.becker.photography"},
        {"insta: https://www.instagram.com/giulia_rossi/?igsh=MXd5", "PERSON=giulia_rossi"},
        {"x.com/mkeller and twitter.com/danielwalker", "PERSON=mkeller;PERSON=danielwalker"},
        {"https://www.tiktok.com/@lucia.garcia", "PERSON=lucia.garcia"},
        {"threads.net/@sanne_mulder", "PERSON=sanne_mulder"},
        {"https://medium.com/@ilse.deboer", "PERSON=ilse.deboer"},
        {"https://mastodon.social/@jonas.becker", "PERSON=jonas.becker"},
        {"toot me at @jonas_becker@chaos.social", "PERSON=jonas_becker"},
        {"Baquel Tivaniv – @btivaniv@mastodon.social", "PERSON=Baquel Tivaniv;PERSON=btivaniv"},
        {"Mastodon: @pixelfox@mastodon.social", ""},
        {"t.me/matteorossi", "PERSON=matteorossi"},
        /* a handle that spells no name on a site of firms and people: left */
        {"x.com/jdoe88", ""},
        {"github.com/pixelfox", ""},
    };
    CHECK(c);
}

/* A name written beside the link that the slug spells makes both a person's on any site, and is
 * what GitHub and GitLab handles need; a brand's two words beside its handle do not. One word of
 * a person's slug in the text is hers too. */
static void test_a_name_beside_its_link(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Baquel Tivaniv\nSenior Data Engineer\nx.com/btivaniv",
         "PERSON=Baquel Tivaniv;PERSON=btivaniv"},
        {"Regards, Giulia Bianchi | github.com/gbianchi", "PERSON=Giulia Bianchi;PERSON=gbianchi"},
        {"Quelmir Sorvan (instagram.com/sorvan.quelmir)",
         "PERSON=Quelmir Sorvan;PERSON=sorvan.quelmir"},
        /* one word of a person's slug: a chat's speaker, a first name */
        {"Rudgon: hier mein Profil: https://www.xing.com/profile/Rudgon_Vagonseltan/cv",
         "PERSON=Rudgon;PERSON=Rudgon_Vagonseltan"},
        {"Norva: book here calendly.com/norvakaselsel/15-minute-chat",
         "PERSON=Norva;PERSON=norvakaselsel"},
        {"github.com/gbianchi", ""},
        {"* [jasnell](https://github.com/jasnell) -", ""},
        {"[Apache Commons on Twitter](https://twitter.com/ApacheCommons)", ""},
    };
    CHECK(c);
}

/* The same links in the pack's languages: labels, country subdomains and names of each. */
static void test_links_in_each_locale(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Voir son profil : https://fr.linkedin.com/in/camille-dubois-12ab",
         "PERSON=camille-dubois-12ab"},
        {"Perfil: instagram.com/lucia.garcia", "PERSON=lucia.garcia"},
        {"Marque aqui: https://calendly.com/joao-silva/reuniao", "PERSON=joao-silva"},
        {"Profiel van Femke: https://nl.linkedin.com/in/femke-visser",
         "PERSON=Femke;PERSON=femke-visser"},
        {"Profilo Instagram di Giulia Rossi: instagram.com/giuliarossi_",
         "PERSON=Giulia Rossi;PERSON=giuliarossi"},
        {"mein XING: xing.com/profile/Jonas_Becker3 · Twitter: twitter.com/jonasbecker",
         "PERSON=Jonas_Becker3;PERSON=jonasbecker"},
        {"Perfil de Élodie Lefèvre: x.com/elodie_lefevre",
         "PERSON=Élodie Lefèvre;PERSON=elodie_lefevre"},
        /* the same labels before pages of firms */
        {"Unsere Seite: https://www.xing.com/pages/stadtwerke-muenchen", ""},
        {"Notre page : https://fr.linkedin.com/company/carrefour/", ""},
    };
    CHECK(c);
}

static void test_shapes_of_the_link(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"[LinkedIn](https://www.linkedin.com/in/maria-keller/)", "PERSON=maria-keller"},
        {"<a href=\"https://www.xing.com/profile/Lotte_Smit\">XING</a>", "PERSON=Lotte_Smit"},
        {"{\"linkedin\": \"https:\\/\\/www.linkedin.com\\/in\\/vemir-sorquel-9a1\"}",
         "PERSON=vemir-sorquel-9a1"},
        {"linkedin.com/in/maria-m%C3%BCller", "PERSON=maria-m%C3%BCller"},
        {"WWW.LINKEDIN.COM/IN/JAN-BAKKER", "PERSON=JAN-BAKKER"},
        {"ping me (x.com/mkeller).", "PERSON=mkeller"},
    };
    CHECK(c);
}

static void test_pages_of_firms_posts_and_repositories_are_left(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"https://www.linkedin.com/company/acme-gmbh/", ""},
        {"https://www.linkedin.com/jobs/view/3812345678/", ""},
        {"https://www.xing.com/pages/stadtwerke-muenchen", ""},
        {"https://www.facebook.com/groups/bikeclub.munich", ""},
        {"https://x.com/OpenAI and https://x.com/OpenAI/status/1790000000000", ""},
        {"https://www.instagram.com/explore/tags/cycling/ https://www.instagram.com/p/CxYz123aB/",
         ""},
        {"git clone https://github.com/openai/openai-python", ""},
        {"see github.com/torvalds/linux/blob/master/README", ""},
        {"https://github.com/docker and https://github.com/golang", ""},
        {"https://medium.com/@netflixtechblog", ""},
        {"https://t.me/durov_bot", ""},
        {"https://calendly.com/app/login", ""},
        {"https://example.com/in/maria-keller", ""},
        {"docs/github.com/maria.keller", ""},
        {"git@github.com:maria/keller.git", ""},
    };
    CHECK(c);
}

/* Every prefix of a text with each site is scanned without reading past its end (under ASan). */
static void test_every_profileurl_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("https:\\/\\/www.linkedin.com\\/in\\/a-b x.com/mkeller xing.com/profile/A_B "
                      "medium.com/@a.b @jonas_becker@chaos.social linkedin.com/in/m%C3%BC%");
}

/* With the GLOBAL pack too: "medium.com/" before "@" is no e-mail's local part, so the handle
 * stays a PERSON inside its link; an RFC local part ending in '/' is still an address; the number
 * of a WhatsApp link is a PHONE. */
static void test_links_with_the_global_pack(void **state)
{
    (void)state;
    const char *packs[] = {"GLOBAL", "NAMES"};
    anon_config_t cfg = {.packs = packs, .npacks = 2};
    char err[256];
    anon_engine_t *g = anon_engine_new(&cfg, err, sizeof err);
    assert_non_null(g);
    static const struct {
        const char *text, *type, *value;
    } c[] = {
        {"read https://medium.com/@ilse.deboer today", "PERSON", "ilse.deboer"},
        {"threads.net/@sanne_mulder", "PERSON", "sanne_mulder"},
        {"Stuur het naar javier.schmidt/@example.nl.", "EMAIL", "javier.schmidt/@example.nl"},
        /* a WhatsApp link's number is a PHONE, in international form without its '+' */
        {"schreib mir: https://wa.me/491701234567", "PHONE", "491701234567"},
        {"wa.me/+4917012345678?text=hi", "PHONE", "+4917012345678"},
        {"https://api.whatsapp.com/send?phone=447704012170&text=Hallo", "PHONE", "447704012170"},
    };
    for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
        anon_finding_t *f = NULL;
        size_t n = 0;
        assert_int_equal(anon_find(g, c[i].text, strlen(c[i].text), &f, &n), 0);
        assert_int_equal(n, 1);
        assert_string_equal(anon_engine_type_name(g, f[0].type), c[i].type);
        assert_int_equal(f[0].end - f[0].start, strlen(c[i].value));
        assert_memory_equal(c[i].text + f[0].start, c[i].value, strlen(c[i].value));
        free(f);
    }
    anon_finding_t *f = NULL;
    size_t n = 0;
    const char *none = "wa.me/message/ABCDEF123 and https://wa.me/";
    assert_int_equal(anon_find(g, none, strlen(none), &f, &n), 0);
    assert_int_equal(n, 0);
    free(f);
    anon_engine_free(g);
}

/* ---- through the rewriter ------------------------------------------------------------------ */
static char *restore(anon_session_t *s, const char *resp)
{
    anon_restorer_t *r = anon_restorer_new(s, ANON_RESP_TEXT, ANON_PROFILE_GENERIC);
    anon_buf_t out = {0};
    assert_true(anon_restorer_feed(r, (const uint8_t *)resp, strlen(resp), &out) >= 0);
    assert_true(anon_restorer_finish(r, &out) >= 0);
    anon_buf_append(&out, "", 1);
    anon_restorer_free(r);
    return (char *)out.data;
}

/* The slug keeps its own token beside the name it spells, and restore gives the URL back. */
static void test_rewrite_restores_the_url_byte_for_byte(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    char *o =
        rewrite_body(s, ANON_BODY_TEXT,
                     "Maria Keller applied. Her profile: https://www.linkedin.com/in/keller/ and "
                     "https://www.xing.com/profile/Maria_Keller");
    assert_null(strstr(o, "Keller"));
    assert_non_null(strstr(o, "https://www.linkedin.com/in/[PERSON_"));
    assert_non_null(strstr(o, "https://www.xing.com/profile/[PERSON_"));
    char *back = restore(s, o);
    assert_string_equal(back, "Maria Keller applied. Her profile: https://www.linkedin.com/in/"
                              "keller/ and https://www.xing.com/profile/Maria_Keller");
    free(back);
    free(o);
    anon_session_free(s);
}

/* A slug that spells a name tells the request she is a person: a bare "Keller" in another
 * message is masked, in a JSON body whose URL escapes its slashes too; restore gives the string
 * back (JSON-equal: the walker drops the optional escape of '/'). */
static void test_slug_names_the_person_elsewhere_in_the_request(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in = "{\"messages\": [{\"role\": \"user\", \"content\": \"Draft a reply to "
                     "https:\\/\\/www.linkedin.com\\/in\\/maria-keller-4b2a1\"}, {\"role\": "
                     "\"user\", \"content\": \"Keller wants the offer by Friday\"}]}";
    char *o = rewrite_body(s, ANON_BODY_JSON, in);
    assert_null(strstr(o, "maria"));
    assert_null(strstr(o, "Keller"));
    /* the walker writes the string back without the optional escape of '/' */
    assert_non_null(strstr(o, "https://www.linkedin.com/in/[PERSON_"));
    char *back = restore(s, o);
    assert_non_null(strstr(back, "to https://www.linkedin.com/in/maria-keller-4b2a1\"}"));
    /* the bare surname shares the spelled name's token, as after an e-mail's local part */
    assert_non_null(strstr(back, "Keller wants the offer by Friday\""));
    free(back);
    free(o);
    anon_session_free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_people_only_sites_mask_any_slug),
        cmocka_unit_test(test_mixed_sites_mask_a_slug_that_spells_a_name),
        cmocka_unit_test(test_a_name_beside_its_link),
        cmocka_unit_test(test_links_in_each_locale),
        cmocka_unit_test(test_shapes_of_the_link),
        cmocka_unit_test(test_pages_of_firms_posts_and_repositories_are_left),
        cmocka_unit_test(test_every_profileurl_prefix_is_scanned_safely),
        cmocka_unit_test(test_links_with_the_global_pack),
        cmocka_unit_test(test_rewrite_restores_the_url_byte_for_byte),
        cmocka_unit_test(test_slug_names_the_person_elsewhere_in_the_request),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
