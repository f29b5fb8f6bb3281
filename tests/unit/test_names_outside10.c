/* test_names_outside10.c: PERSON in the slots of free-software metadata that names_outside10.c
 * reads (a changelog's team-upload header "  [ Name ]", a copyright line's holder and its DEP-5
 * continuation lines) and the "Patch by X" / "Patch from X" / "work by X" credits near_verb()
 * takes; and the teams, firms and projects in the same slots left alone. */
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

#define NAMES_SKIP_TYPE "EMAIL" /* this file is about the people */
#include "names_cases.h"

static void test_team_upload_header_names_the_uploader(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"libfoo (1.1-1) unstable; urgency=medium\n\n  [ Rutzfen Winler ]\n  * New upstream.\n",
         "PERSON=Rutzfen Winler"},
        {"x (2.0-2) experimental; urgency=low\n\n  [ Velgau R. Gauaud ]\n  * Team upload.\n",
         "PERSON=Velgau R. Gauaud"},
        {"y (1.4-1) unstable; urgency=medium\n\n  [ Zarqui de la Cruz ]\n  * Fix typo.\n",
         "PERSON=Zarqui de la Cruz"},
        {"z (3-1) unstable; urgency=medium\n\n  [ Jean-Baptiste Rouquet ]\n  * Fix typo.\n",
         "PERSON=Jean-Baptiste Rouquet"},
    };
    CHECK(c);
}

static void test_changelog_trailer_names_the_signer(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"  * Bump Standards-Version.\n\n -- Peter Bridge <pb@example.org>  Sun, 06 Dec 2019 "
         "07:42:05 +0000\n",
         "PERSON=Peter Bridge"},
        {"  * New upstream.\n\n -- Debian Python Team <team@example.org>  Mon, 07 Dec 2019 "
         "10:00:00 +0100\n",
         ""},
        {"a -- Peter Bridge <pb@example.org>  later\n", ""},
    };
    CHECK(c);
}

static void test_copyright_holder_with_mail_or_given_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Files: *\nCopyright: 2010-2014 Brudan Kelkeller <bk@example.org>\nLicense: MIT\n",
         "PERSON=Brudan Kelkeller"},
        {"Files: *\nCopyright: 2001 Velsar Roubelaud <vr@example.org>\n"
         "           2017, Laar Visserhof <lv@example.org>\nLicense: GPL-2+\n",
         "PERSON=Velsar Roubelaud;PERSON=Laar Visserhof"},
        {"/*\n * Copyright (c) 2007 Thomas Gauquetier\n * All rights reserved.\n */\n",
         "PERSON=Thomas Gauquetier"},
        /* surnames that are also words, a nick before the mail */
        {"Files: *\nCopyright: 2003 Frank Church <fc@example.org>\n", "PERSON=Frank Church"},
        {"Files: *\nCopyright: 1999-2010 Anna Keller <ak@example.org>\n"
         "           2003 Peter Bridge <pb@example.org>\n",
         "PERSON=Anna Keller;PERSON=Peter Bridge"},
        {"Files: debian/*\nCopyright: 2001, Grace Hall (grace) <gh@example.org>\n",
         "PERSON=Grace Hall"},
    };
    CHECK(c);
}

static void test_patch_by_and_from_name_the_author(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"  * Fix crash on empty input. Patch from Rutzkel Vogelbach (Closes: #411771).\n",
         "PERSON=Rutzkel Vogelbach"},
        {"  * Fix crash on empty input. Patch by Margue da Silva.\n", "PERSON=Margue da Silva"},
    };
    CHECK(c);
}

static void test_teams_firms_and_projects_in_the_same_slots(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Files: *\nCopyright: 2010 Free Software Foundation, Inc.\nLicense: GPL-3+\n", ""},
        {"Files: *\nCopyright: 2004-2019 The GNOME Project <gnome@example.org>\n", ""},
        {"/*\n * Copyright (c) 2015 Red Hat, Inc.\n */\n", ""},
        {"Copyright 2018 The Chromium Authors. All rights reserved.\n", ""},
        {"Files: *\nCopyright: 2020 Google LLC\n", ""},
        {"Copyright: 2012 Acme Widgets\n", ""},
        {"x (1-1) unstable; urgency=medium\n\n  [ Ubuntu Developers ]\n  * Merge.\n", ""},
        {"x (1-1) unstable; urgency=medium\n\n  [ Debian Python Team ]\n  * Rebuild.\n", ""},
        {"Options:\n  [ Bold Italic ]\n  text\n", ""},
        {"Written by the GNOME team.\n", ""},
    };
    CHECK(c);
}

static void test_every_outside10_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("x (1-1) unstable; urgency=medium\n\n  [ Rutzfen Winler ]\n  * New.\n"
                      "Copyright: 2001 Velsar Roubelaud <vr@example.org>\n"
                      "           2017, Laar Visserhof <lv@example.org>\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_team_upload_header_names_the_uploader),
        cmocka_unit_test(test_changelog_trailer_names_the_signer),
        cmocka_unit_test(test_copyright_holder_with_mail_or_given_name),
        cmocka_unit_test(test_patch_by_and_from_name_the_author),
        cmocka_unit_test(test_teams_firms_and_projects_in_the_same_slots),
        cmocka_unit_test(test_every_outside10_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
