/* test_names_tech42.c: people in developer metadata (names_tech42.c, and the field names of 15
 * languages and CITATION.cff in names_tables2.c): a name before the mailbox that spells it, RFC
 * 2047 display names, a constructor's two name arguments, passwd GECOS names, `given-names:` and
 * `förnamn`/`nazwisko`/`soyad` keys; and what they must leave: teams, offices and lists before
 * their mailbox, words before a name, mailboxes that spell nothing, organisations in encoded
 * words, callees that are not people, system accounts. */
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

static void test_name_before_the_mailbox_that_spells_it(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"$ git shortlog -sne\n   434\tkomolkoek trakoiec <komolkoek@example.pl>\n",
         "PERSON=komolkoek trakoiec"},
        {"   603\thalselhalen wynhaltamwick <8639626+hwynhaltamwick@users.noreply.github.com>\n",
         "PERSON=halselhalen wynhaltamwick"},
        /* accented letters by their base letter, as the mailbox spells them */
        {"   506\tlömalgune kelsvatorblad <lomalgune@example.se>\n",
         "PERSON=lömalgune kelsvatorblad"},
        {"c55d9ea|yannick gauthier|ygauthier@example.fr|2022-03-14\n", "PERSON=yannick gauthier"},
        {"Co-authored-by: donceljouelle rilmauard <donceljouelle@example.fr>\n",
         "PERSON=donceljouelle rilmauard"},
        {"On Sun, Jul 28, 2021, Firao Gonjuão <fgonjuao@example.dk> wrote:\n",
         "PERSON=Firao Gonjuão"},
    };
    CHECK(c);
}

static void test_mailboxes_of_teams_and_words_before_names_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Cc: billing team <billing@example.org>\n", ""},
        {"Cc: paris office <paris.office@example.fr>\n", ""},
        {"published 3 weeks ago by quetot <velgau.quetot5@inria.fr>\n", ""},
        /* the mailbox spells neither word */
        {"   12\tbrovel tuskavin <ci@example.org>\n", ""},
    };
    CHECK(c);
}

static void test_rfc2047_display_names(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"From: =?UTF-8?Q?No=C3=A9mie_Gauthier?= <noemie@example.fr>\n",
         "PERSON==?UTF-8?Q?No=C3=A9mie_Gauthier?="},
        {"From: =?UTF-8?B?SW5ncmlkIFNvbGJlcmc=?= <isolberg@example.no>\n",
         "PERSON==?UTF-8?B?SW5ncmlkIFNvbGJlcmc=?="},
        /* an organisation, and an encoded subject with no mailbox after it */
        {"From: =?UTF-8?Q?M=C3=BCller_GmbH?= <info@example.de>\n", ""},
        {"Subject: =?UTF-8?Q?R=C3=A9union_Lundi?=\n", ""},
    };
    CHECK(c);
}

static void test_constructor_name_arguments(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Authors@R: c(\n    person(\"Dorota\", \"Jabłoński\", email = \"d@example.pl\"),\n",
         "PERSON=Dorota;PERSON=Jabłoński"},
        {"repo.save(new Person(\"Mette\", \"Jeppesen\", LocalDate.of(1989, 11, 2)));\n",
         "PERSON=Mette;PERSON=Jeppesen"},
        {"let u = User::new(\"Henbrehena\", \"Walulmatmayr\");\n",
         "PERSON=Henbrehena;PERSON=Walulmatmayr"},
        /* not a person's callee; one string argument; ordinary words */
        {"let c = Config::new(\"Alpha\", \"Bravo\");\n", ""},
        {"person(\"RStudio\", role = c(\"cph\", \"fnd\"))\n", ""},
        {"User::new(\"Guest\", \"Account\")\n", ""},
    };
    CHECK(c);
}

static void test_gecos_names_of_people_not_system_accounts(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"root:x:0:0:root:/root:/bin/bash\nsemilikm:x:1001:1001:mildrakoie šemilík,,,:/home/"
         "semilikm:/bin/fish\n",
         "PERSON=mildrakoie šemilík"},
        {"ayse:x:1001:1001:Ayşe Öztürk,Office 265,,:/home/ayse:/bin/zsh\n", "PERSON=Ayşe Öztürk"},
        {"postgres:x:112:120:PostgreSQL administrator,,,:/var/lib/postgresql:/bin/bash\n"
         "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n"
         "deploy:x:1002:1002:Deploy Service:/srv/deploy:/usr/sbin/nologin\n",
         ""},
    };
    CHECK(c);
}

static void test_field_names_of_fifteen_languages_and_cff(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"authors:\n  - family-names: Matulhenhofer\n    given-names: Matwalke\n",
         "PERSON=Matulhenhofer;PERSON=Matwalke"},
        {"{\"förnamn\": \"Svagungunine\", \"efternamn\": \"Torlörikgren\"}",
         "PERSON=Svagungunine;PERSON=Torlörikgren"},
        {"{\"imię\": \"Szumola\", \"nazwisko\": \"Dzikoowski\", \"data_urodzenia\": "
         "\"1988-10-03\"}",
         "PERSON=Szumola;PERSON=Dzikoowski;DATE_OF_BIRTH=1988-10-03"},
        {"{\"ad\": \"Zeynep\", \"soyad\": \"Yılmaz\"}", "PERSON=Zeynep;PERSON=Yılmaz"},
        {"{\"prenume\": \"Tecoa\", \"nume\": \"Nivarescu\"}", "PERSON=Tecoa;PERSON=Nivarescu"},
        /* a weak key alone names a thing */
        {"{\"ad\": \"Summer Sale\", \"budget\": 400}", ""},
    };
    CHECK(c);
}

static void test_tech42_shapes_scan_every_prefix_safely(void **state)
{
    (void)state;
    scan_every_prefix("   434\tkomolkoek trakoiec <komolkoek@example.pl>\n");
    scan_every_prefix("From: =?UTF-8?Q?No=C3=A9mie_Gauthier?= <noemie@example.fr>\n");
    scan_every_prefix("From: =?UTF-8?B?SW5ncmlkIFNvbGJlcmc=?= <i@example.no>\n");
    scan_every_prefix("person(\"Dorota\", \"Jabłoński\", email = \"d@example.pl\")");
    scan_every_prefix("mk:x:1001:1001:Maria Keller,,,:/home/mk:/bin/bash\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_name_before_the_mailbox_that_spells_it),
        cmocka_unit_test(test_mailboxes_of_teams_and_words_before_names_stay),
        cmocka_unit_test(test_rfc2047_display_names),
        cmocka_unit_test(test_constructor_name_arguments),
        cmocka_unit_test(test_gecos_names_of_people_not_system_accounts),
        cmocka_unit_test(test_field_names_of_fifteen_languages_and_cff),
        cmocka_unit_test(test_tech42_shapes_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
