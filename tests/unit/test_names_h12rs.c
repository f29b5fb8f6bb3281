/* test_names_h12rs.c: PERSON in tools' own notations (names_h12rs.c): DICOM person names
 * (`PN [KELLER^MARIA]`, DICOM JSON, pydicom), user names that spell a person in home folders
 * and prompts (`/home/maria.keller/`, `C:\Users\Maria Keller\`, `maria.keller@devbox:~$`); a
 * tab-separated sheet whose header row sits under a merged group row (names_tables.c); and the
 * look-alikes: caret codes of studies and protocols, service accounts, non-people columns. */
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

#define NAMES_SKIP_TYPE "STREET_ADDRESS" /* this file is about the people */
#include "names_cases.h"

static void test_dicom_person_names(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"(0010,0010) PN [WENDLAND^SVENJA]   # 16,1 Patient's Name\n", "PERSON=WENDLAND^SVENJA"},
        {"(0008, 0090) Referring Physician's Name          PN: 'Osterloh^Malte^^Dr'\n",
         "PERSON=Osterloh^Malte^^Dr"},
        {"{\"00100010\": {\"vr\": \"PN\", \"Value\": [{\"Alphabetic\": \"DE LUCA^ELISA\"}]}}",
         "PERSON=DE LUCA^ELISA"},
        {"\"PatientMainDicomTags\" : {\n  \"PatientName\" : \"Bougert^Sieland\"\n}\n",
         "PERSON=Bougert^Sieland"},
        {"(0008,1070) PN [AL-FARSI^SURIM]  #  14, 1 OperatorsName\n", "PERSON=AL-FARSI^SURIM"},
    };
    CHECK(c);
}

static void test_dicom_caret_codes_are_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"(0008,1030) LO [CT^THORAX]   # 14,1 Study Description\n", ""},
        {"(0018,1030) LO [HEAD^WO^CONTRAST]   # Protocol Name\n", ""},
        {"{\"00081030\": {\"vr\": \"LO\", \"Value\": [\"MR^KNEE^LEFT\"]}}", ""},
        {"git rebase -i HEAD^^ and x = 'a^b'\n", ""},
        {"(0010,0020) LO [PID^12345]  # PatientID\n", ""},
    };
    CHECK(c);
}

static void test_user_names_in_home_folders_and_prompts(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"  File \"/home/brelwick.quorstead/src/run.py\", line 41\n", "PERSON=brelwick.quorstead"},
        {"Caused by: java.io.FileNotFoundException: /Users/g.pelcourt/Downloads/x.csv\n",
         "PERSON=g.pelcourt"},
        {"Could not find file 'C:\\Users\\Sanne Peeters\\AppData\\Local\\Temp\\r.xlsx'.\n",
         "PERSON=Sanne Peeters"},
        {"wietje.bohuis@devbox:~/projects/api$ ls /home\nubuntu  wietje.bohuis  gitlab-runner\n",
         "PERSON=wietje.bohuis;PERSON=wietje.bohuis"},
        {"$ ssh maartje_hoekstra@10.20.3.4\n", "PERSON=maartje_hoekstra"},
    };
    CHECK(c);
}

static void test_service_accounts_are_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"$ cat /home/ubuntu/.ssh/config\n", ""},
        {"tail -f /home/svc.backup/logs/x.log\n", ""},
        {"PS C:\\Users\\build.agent> dir\n", ""},
        {"drwxr-x--- 5 ci.runner ci.runner 4096 Mar 3 /home/ci.runner\n", ""},
        {"cp /home/www-data/x /Users/app.user/y\n", ""},
    };
    CHECK(c);
}

static void test_a_header_under_a_merged_group_row(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Inscriptions\nParticipant\t\t\tCoordonnées\t\t\n#\tNom\tPrénom\tDate\tAdresse\tOk\n"
         "1\tRochard\tBeric\t02/07/1984\tx\t\n2\tGiraud\tMathieu\t17/12/2002\ty\t\n"
         "3\tVerrand\tLobine\t08/11/1958\tz\tnon\n\t\t\t\tTotal\t=COUNTA(B3:B40)\n",
         "PERSON=Rochard;PERSON=Beric;PERSON=Giraud;PERSON=Mathieu;PERSON=Verrand;"
         "PERSON=Lobine"},
        /* a sheet of towns and products under the same merged row stays text */
        {"Export\nWhere\t\tHow many\nTown\tRegion\tCount\nGhent\tFlanders\t12\n"
         "Bruges\tFlanders\t7\nRimini\tRomagna\t9\n",
         ""},
    };
    CHECK(c);
}

static void test_every_h12rs_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("(0010,0010) PN [WENDLAND^SVENJA]\nx@y:~ /home/maria.keller/\n"
                      "C:\\Users\\Maria Keller\\x maria.keller@devbox:~/a$ ls\n"
                      "Participant\t\tContact\nNom\tPrénom\tVille\nKeller\tMaria\tGhent\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dicom_person_names),
        cmocka_unit_test(test_dicom_caret_codes_are_no_person),
        cmocka_unit_test(test_user_names_in_home_folders_and_prompts),
        cmocka_unit_test(test_service_accounts_are_no_person),
        cmocka_unit_test(test_a_header_under_a_merged_group_row),
        cmocka_unit_test(test_every_h12rs_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
