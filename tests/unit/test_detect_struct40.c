/* test_detect_struct40.c: e-mails and addresses in developer metadata (branch struct40): an
 * address with only its '@' spelled and real dots ("maria.keller at example.com"), GitHub App
 * and git's "(none)" addresses, SSH remotes in scp form, netstat's "::1:631", a proxy's four-part
 * version; and each rule that drops a finding beside the real PII it must keep. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "findings.h"
#include "default_engine.h"

/* '@' spelled " at ", dots real, after an e-mail key (the trigger): with an address's mark in
 * the local part, or a frame or "mail:" right before it; in several languages and capitals */
static void test_at_with_real_dots(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"mail: maria.keller at example.com", "EMAIL=maria.keller at example.com"},
        {"E-Mail: jonas at posteo.de", "EMAIL=jonas at posteo.de"},
        {"Maintainer: <lena at web.de>", "EMAIL=lena at web.de"},
        {"contact: quentaro_keller at fastmail.co.uk.", "EMAIL=quentaro_keller at fastmail.co.uk"},
        {"contatto: luciethornwell61 at tiscali.it - grazie",
         "EMAIL=luciethornwell61 at tiscali.it"},
        {"correo: javier.ferreira AT hetnet.nl - gracias", "EMAIL=javier.ferreira AT hetnet.nl"},
        {"courriel : pieter_keller at orange.fr", "EMAIL=pieter_keller at orange.fr"},
        {"Maintainer: Lena Vogel (brandstatter.l at posteo.de)",
         "PERSON=Lena Vogel;EMAIL=brandstatter.l at posteo.de"},
        {"pieter arroba gmail.com, mirelle.brandt arobase free.fr",
         "EMAIL=pieter arroba gmail.com;EMAIL=mirelle.brandt arobase free.fr"},
        {"MAIL: JONAS.WEBER AT WEB.DE", "EMAIL=JONAS.WEBER AT WEB.DE"},
        {"Kontakt: jonas at posteo.de, Tel. +49 30 1234567",
         "EMAIL=jonas at posteo.de;PHONE=+49 30 1234567"},
    };
    CHECK(def_engine, c);
}

/* every " dot " spelling of a text is looked at, also one above a line that a bracketed "(at)"
 * triggered */
static void test_dot_word_above_trigger(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Sanne Smit - ssmit at hotmail dot nl\nWout Kerhof - woutlaark(at)xs4all.nl",
         "PERSON=Sanne Smit;EMAIL=ssmit at hotmail dot nl;PERSON=Wout Kerhof;"
         "EMAIL=woutlaark(at)xs4all.nl"},
    };
    CHECK(def_engine, c);
}

/* " at " before a host in prose and code stays */
static void test_at_lookalikes(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"take a look at developer.mozilla.org first", ""},
        {"contact: take a look at developer.mozilla.org", ""},
        {"mail: Python 3.12 at python.org is out", ""},
        {"contact: see README.md at github.com", ""},
        {"Python 3.12 at python.org is out", ""},
        {"see README.md at github.com for more", ""},
        {"the build was deployed at app.example.io today", ""},
        {"let's meet at example.com's office", ""},
        {"the job started at 10:30 and at 2024-05-01", ""},
        {"node.js at nodejs.org and v2.1 at pypi.org", ""},
        {"the server is hosted at build.internal", ""},
    };
    CHECK(def_engine, c);
}

/* GitHub Apps' and git's default addresses are addresses */
static void test_bot_and_none_addresses(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"4\tdependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>",
         "EMAIL=49699333+dependabot[bot]@users.noreply.github.com"},
        {"Author: renovate[bot]@app.renovatebot.com", "EMAIL=renovate[bot]@app.renovatebot.com"},
        {"<camille@old-laptop.(none)> <camille.martin@orange.fr>",
         "EMAIL=camille@old-laptop.(none);EMAIL=camille.martin@orange.fr"},
        {"see [bot]@ and x[bot]@localhost", ""},
    };
    CHECK(def_engine, c);
}

/* an SSH remote in scp form is no mailbox; the same login as a mailbox, and any other login's
 * address, stay masked */
static void test_scp_remote(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"git clone git@github.com:acme/app.git", ""},
        {"remote.origin.url=git@github.com:acme/app.git", ""},
        {"GIT@GITLAB.COM:Acme/App.git", ""},
        {"rsync -a ubuntu@build.example.net:/srv/app .", ""},
        {"git@github.com:acme/app.git by maria.keller@web.de", "EMAIL=maria.keller@web.de"},
        {"write to git@acme.com: we answer", "EMAIL=git@acme.com"},
        {"Mail an git@firma.de, danke", "EMAIL=git@firma.de"},
        {"maria.keller@web.de:notes/todo.md", "EMAIL=maria.keller@web.de"},
        {"admin@acme.com:8080", "EMAIL=admin@acme.com"},
        {"user.email=git@acme-corp.io", "EMAIL=git@acme-corp.io"},
    };
    CHECK(def_engine, c);
}

/* netstat's loopback and port read as "::1:631"; real IPv6 addresses beside it stay */
static void test_ipv6_reserved(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"tcp6  ::1:631   :::*   LISTEN", ""},
        {"tcp6  ::2:5353  LISTEN", ""},
        {"tcp6  ::1:631 and 2a01:4f8:1:2::631 ESTABLISHED", "IPV6=2a01:4f8:1:2::631"},
        {"mapped ::ffff:85.12.4.7 and fe80::1:631", "IPV6=::ffff:85.12.4.7;IPV6=fe80::1:631"},
    };
    CHECK(def_engine, c);
}

/* a proxy's name before a four-part version; its addresses stay */
static void test_proxy_version(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"# haproxy 2.8.3.1", ""},
        {"Envoy 1.28.0.1 and Traefik 3.0.1.2", ""},
        {"haproxy 23.4.5.6:80 is down", "IPV4=23.4.5.6"},
        {"haproxy on 23.4.5.6", "IPV4=23.4.5.6"},
        {"HAProxy 85.12.4.7", "IPV4=85.12.4.7"},
        {"haproxy 23.4.5.6 - - [11/Mar/2024:09:15:22 +0100]", "IPV4=23.4.5.6"},
        {"server api1 23.4.5.6:8080 check", "IPV4=23.4.5.6"},
    };
    CHECK(def_engine, c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_at_with_real_dots), cmocka_unit_test(test_dot_word_above_trigger),
        cmocka_unit_test(test_at_lookalikes),     cmocka_unit_test(test_bot_and_none_addresses),
        cmocka_unit_test(test_scp_remote),        cmocka_unit_test(test_ipv6_reserved),
        cmocka_unit_test(test_proxy_version),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
