/* test_names_script2.c: a person's name in another script in running text (names_script2.c):
 * after a person label, a title, a greeting, a closing, a verb, in a mail header's display name,
 * a list after a label and a name column, in the seven languages of the pack and after a label or
 * a title of that script; and the same slots holding places, firms, UI strings, greetings to the
 * world and sentences of that script, which stay. */
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

#define NAMES_SKIP_TYPE "DATE_OF_BIRTH" /* this file is about the people */
#include "names_cases.h"

static void test_person_labels_in_each_locale(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Name: Иван Петров called.\n", "PERSON=Иван Петров"},
        {"Contact: Γιώργος Παπαδόπουλος\n", "PERSON=Γιώργος Παπαδόπουλος"},
        {"Patient: محمد العلي\n", "PERSON=محمد العلي"},
        {"Ansprechpartner: Анна Смирнова\nFirma: Газпром\n", "PERSON=Анна Смирнова"},
        {"Locataire : 김민준\n", "PERSON=김민준"},
        {"Klant: דוד כהן\n", "PERSON=דוד כהן"},
        {"Paciente: राहुल शर्मा\n", "PERSON=राहुल शर्मा"},
        {"Titolare:\tАнна-Мария Петров-Водкина\n", "PERSON=Анна-Мария Петров-Водкина"},
        /* a name part's field takes one word */
        {"Surname: Петров\n", "PERSON=Петров"},
        /* a surname in capitals, as Russian forms write it */
        {"Name: ИВАНОВ Иван\n", "PERSON=ИВАНОВ Иван"},
    };
    CHECK(c);
}

static void test_titles_greetings_and_closings(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Thanks, Mr. Петров will call back.", "PERSON=Петров"},
        {"Der Termin mit Frau 王芳 ist verschoben.", "PERSON=王芳"},
        {"Dear Анна Смирнова,\nthe contract is attached.", "PERSON=Анна Смирнова"},
        {"Hallo Ольга,\nanbei die Rechnung.", "PERSON=Ольга"},
        {"Cordialement,\nΣοφία Οικονόμου\n", "PERSON=Σοφία Οικονόμου"},
        {"Merci,\n정민준\n", "PERSON=정민준"},
        {"Спасибо,\nМария\n", "PERSON=Мария"},
        {"cc: Ирина Волкова, Пётр Сидоров\n", "PERSON=Ирина Волкова;PERSON=Пётр Сидоров"},
    };
    CHECK(c);
}

static void test_verbs_mail_headers_and_lists(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Иван Петров said the invoice is late.", "PERSON=Иван Петров"},
        {"I spoke with Γιώργος Παπαδόπουλος yesterday.", "PERSON=Γιώργος Παπαδόπουλος"},
        {"Por favor llama a أحمد القحطاني.", "PERSON=أحمد القحطاني"},
        {"From: \"Ольга Иванова\" <olga@example.com>\n", "PERSON=Ольга Иванова"},
        {"Attendees: 田中太郎, 李明 and Иван Петров\n",
         "PERSON=田中太郎;PERSON=李明;PERSON=Иван Петров"},
    };
    CHECK(c);
}

static void test_russian_names_in_russian_prose(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* a given name of the list and a surname's or a patronymic's ending, either order */
        {"Вчера Иван Петров сказал, что счёт не оплачен.", "PERSON=Иван Петров"},
        {"В отчёте Петров Иван указал ошибку.", "PERSON=Петров Иван"},
        {"Вера Павловна придёт в 10.", "PERSON=Вера Павловна"},
        {"Иван Петров hat angerufen.", "PERSON=Иван Петров"},
        /* given names that are words, places, a surname with no given name */
        {"Роман Толстого лежал на столе. Надежда Умирает Последней.", ""},
        {"Нижний Новгород a accueilli le festival. Директор Сбербанка выступил.", ""},
    };
    CHECK(c);
}

static void test_name_columns_of_tables(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"id,name,city\n1,Иван Петров,Москва\n2,Ольга Смирнова,Казань\n",
         "PERSON=Иван Петров;PERSON=Ольга Смирнова"},
        {"id;nom;ville\n1;山本さくら;東京\n2;אורי גולדברג;ירושלים\n",
         "PERSON=山本さくら;PERSON=אורי גולדברג"},
    };
    CHECK(c);
}

static void test_labels_and_titles_of_the_script(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Заявка № 12\nФИО: Иван Петров\nГород: Москва\n", "PERSON=Иван Петров"},
        {"Встреча с г-н Петров завтра.", "PERSON=Петров"},
        {"Уважаемый Сергей Ковалёв,\n", "PERSON=Сергей Ковалёв"},
        {"Όνομα: Νίκος Βλάχος\nΠόλη: Αθήνα\n", "PERSON=Νίκος Βλάχος"},
        {"姓名：李明\n", "PERSON=李明"},
    };
    CHECK(c);
}

static void test_look_alikes_in_the_same_slots_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* one capitalised word of a cased script after a label: a place, a firm */
        {"City: Москва\nCompany: Газпром\nContact: Яндекс\n", ""},
        {"Name: Москва\n", ""},
        /* an itinerary's From and To are no mail header */
        {"Itinerary\nFrom: Нижний Новгород\nTo: Великий Новгород\n", ""},
        /* a firm of four characters after a label that may hold a firm */
        {"Partner: 三菱商事\n", ""},
        {"console.log('Hello 世界');\nprint(\"Hallo Мир!\")\n", ""},
        {"Нижний Новгород was founded in 1221.", ""},
        {"Стара Загора hat 138000 Einwohner.", ""},
        {"User: Администратор\nRole: 管理员\n", ""},
        {"Buttons: Сохранить, Отмена, Настройки, 设置\n", ""},
        {"Dear Газпром team,\n", ""},
        /* a firm's legal form or a bank, an institution in the run */
        {"Owner: ООО Ромашка\nCustomer: АО Тинькофф Банк\nKunde: ΑΕ Παπαδόπουλος\n", ""},
        {"We flew to Αθήνα and then to 東京.", ""},
        /* a paragraph, a log line and a comment of that script */
        {"Вчера в Москве прошла конференция. Представители Сбербанк и Газпром обсудили планы.", ""},
        {"2026-03-04 ERROR Ошибка Подключения к базе данных\n// Проверка Входных Данных\n", ""},
        {"А = A, Б = B, Щ = Shch\nΑ = A, Β = V\n", ""},
    };
    CHECK(c);
}

/* Every prefix of texts with names of each script, cut inside a character too, scans inside
 * its bounds (the pass reads back to labels and forward to verbs; the sanitizer build checks). */
static void test_every_prefix_scans_in_bounds(void **state)
{
    (void)state;
    scan_every_prefix(
        "Attendees: 田中太郎, 李明 and Иван Петров\nDear Анна-Мария,\nMr. Петров said "
        "ok. Patient: محمد العلي\nBest regards,\nΣοφία Οικονόμου\nФИО: Иван Петров");
    scan_every_prefix("From: \"Ольга Иванова\" <olga@example.com>\nSubject: x\n姓名：李明\nг-н "
                      "Петров, I spoke with राहुल शर्मा; Klant: דוד כהן\nid,name\n1,김민준\n");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_person_labels_in_each_locale),
        cmocka_unit_test(test_titles_greetings_and_closings),
        cmocka_unit_test(test_verbs_mail_headers_and_lists),
        cmocka_unit_test(test_russian_names_in_russian_prose),
        cmocka_unit_test(test_name_columns_of_tables),
        cmocka_unit_test(test_labels_and_titles_of_the_script),
        cmocka_unit_test(test_look_alikes_in_the_same_slots_stay),
        cmocka_unit_test(test_every_prefix_scans_in_bounds),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
