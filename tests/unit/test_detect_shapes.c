/* test_detect_shapes.c: structured values in the shapes tools, logs and data put them (issues
 * 15/19, contrib/bench/accuracy/SHAPES.md): a label before a list labels every item, a CSV header
 * labels its column, key=value and JSON pasted as text carry their key, an e-mail whose '@' is
 * percent-encoded, an HTML entity or a \u escape is still an e-mail, and a dialled 00 prefix with a
 * "(0)" trunk is one number; look-alikes in the same shapes (ids, ports, versions, counts) stay. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "findings.h"
#include "default_engine.h"

static void test_label_before_a_list_labels_every_item(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"phones: [4155550132]", "PHONE=4155550132"},
        {"phones=[4155550132, 4155550133]", "PHONE=4155550132;PHONE=4155550133"},
        {"phones = ('4155550132', '4155550133')", "PHONE=4155550132;PHONE=4155550133"},
        {"phones:\n  - +1 415 555 0100\n  - 4155550132\n",
         "PHONE=+1 415 555 0100;PHONE=4155550132"},
        {"Phone 4155550132, 4155550133", "PHONE=4155550132;PHONE=4155550133"},
        {"ssns: [536228451, 536228452]", "US_SSN=536228451;US_SSN=536228452"},
        {"social_security_numbers: 536228451; 536-22-8452", "US_SSN=536228451;US_SSN=536-22-8452"},
        /* key=value logs, JSON pasted as text, camelCase and snake_case keys */
        {"level=info phone=4155550132 took=3ms", "PHONE=4155550132"},
        {"ssn=536228451", "US_SSN=536228451"},
        {"{\"id\":7,\"mobilePhone\":\"4155550132\"}", "PHONE=4155550132"},
        {"{\"msisdn\": 14155550132}", "PHONE=14155550132"},
        {"{\"taxId\": 536228451}", "US_SSN=536228451"},
        {"| Phone | 4155550132 |", "PHONE=4155550132"},
        /* a label's words run together, or name a list of it */
        {"ssn_list: [536228451]", "US_SSN=536228451"},
        {"{\"socialSecurityNumber\": 536228451}", "US_SSN=536228451"},
        {"- **Phonenumbers:** 4155550132", "PHONE=4155550132"},
        {"level=info caller=4155550132", "PHONE=4155550132"},
        {"- **SSN:** 536228451", "US_SSN=536228451"},
        /* a list written with " / " (signatures, forms) */
        {"phones: 4155550132 / 4155550133", "PHONE=4155550132;PHONE=4155550133"},
    };
    CHECK(def_engine, c);
}

static void test_csv_header_labels_its_column(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"id,sku,phone,total\n1,AX,4155550132,56.79\n2,BY,4155550133,1.00\n",
         "PHONE=4155550132;PHONE=4155550133"},
        {"id;ssn;total\n1;536228451;184.44\n", "US_SSN=536228451"},
        {"id\thome_phone\n1\t4155550132\n", "PHONE=4155550132"},
        {"| id | phone |\n|---|---|\n| 1 | 4155550132 |", "PHONE=4155550132"},
        /* other columns are not labelled by it */
        {"id,phone,order_id\n1,+1 415 555 0132,4155550133\n", "PHONE=+1 415 555 0132"},
    };
    CHECK(def_engine, c);
}

/* Every row of a long export, not only those near the header (the header found for one row is
 * remembered for the next), and an id column of the same table stays. */
static void test_csv_header_labels_every_row_of_a_long_table(void **state)
{
    (void)state;
    char *text = malloc(64 * 1024);
    assert_non_null(text);
    size_t o = (size_t)snprintf(text, 64, "id,name,phone,order_id\n");
    for (int i = 0; i < 1000; i++)
        o += (size_t)snprintf(text + o, 64 * 1024 - o, "%d,ab,415%07d,%d\n", i, 5550000 + i,
                              2000000000 + i);
    anon_finding_t *f = NULL;
    size_t n = 0, phones = 0;
    assert_int_equal(anon_find(def_engine, text, o, &f, &n), 0);
    for (size_t i = 0; i < n; i++)
        phones += strcmp(anon_engine_type_name(def_engine, f[i].type), "PHONE") == 0 &&
                  text[f[i].start] == '4';
    assert_int_equal(n, 1000);
    assert_int_equal(phones, 1000);
    free(f);
    free(text);
}

static void test_encoded_at_sign_is_an_email(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"GET /api/users?email=maria%40example.com HTTP/1.1", "EMAIL=maria%40example.com"},
        {"email=maria.keller%40example.com&page=2", "EMAIL=maria.keller%40example.com"},
        {"to=maria%2Bai%40example.com", "EMAIL=maria%2Bai%40example.com"},
        {"mailto:maria%40example.com", "EMAIL=maria%40example.com"},
        {"<td>maria&#64;example.com</td>", "EMAIL=maria&#64;example.com"},
        {"maria&#x40;example.com or maria&commat;example.org",
         "EMAIL=maria&#x40;example.com;EMAIL=maria&commat;example.org"},
        {"\"text\": \"maria\\u0040example.com\"", "EMAIL=maria\\u0040example.com"},
        /* not addresses */
        {"width: 100%40px; see 50%40 of x", ""},
        {"icon%40example.png and @scope%40pkg", ""},
    };
    CHECK(def_engine, c);
}

static void test_00_prefix_with_trunk_is_one_number(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Tel.: 0049 (0)151 1234 5678", "PHONE=0049 (0)151 1234 5678"},
        {"0044 (0)20 7946 0958", "PHONE=0044 (0)20 7946 0958"},
        {"+49 (0)151 1234 5678", "PHONE=+49 (0)151 1234 5678"},
    };
    CHECK(def_engine, c);
}

static void test_look_alikes_in_the_same_shapes_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"versions: [1.2.3, 4.2.1.0]", ""},
        {"tags: 4.2.1.0; 4.2.1.1", ""},
        {"order_ids: [4155550132, 4155550133]", ""},
        {"ports: [8080, 8443, 9090]", ""},
        {"numbers: 1, 2, 3, 40000", ""},
        /* a prose label that says little alone names no column or list */
        {"numbers = [2345678912, 3456789123]", ""},
        {"| Build | Number |\n|---|---|\n| nightly | 2024050112 |", ""},
        {"work items: 4155550132, 4155550133", ""},
        {"ids: 4155550132 / 4155550133", ""},
        {"created_at=1714550400 level=info", ""},
        {"phone_count=12 sms_sent=4000", ""},
        {"id,version\n1,4.2.1.0\n", ""},
    };
    CHECK(def_engine, c);
}

/* A separator written encoded (a percent escape, an HTML entity, a \u escape pasted as text, '+'
 * for a space in a query) is read as the separator it stands for; the finding covers the bytes
 * the user wrote. */
static void test_encoded_separators_are_read_decoded(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"card 4111&nbsp;1111&nbsp;1111&nbsp;1111 ok",
         "CREDIT_CARD=4111&nbsp;1111&nbsp;1111&nbsp;1111"},
        {"<td>4111&#160;1111&#xA0;1111&#xa0;1111</td>",
         "CREDIT_CARD=4111&#160;1111&#xA0;1111&#xa0;1111"},
        {"\"text\": \"Contact +1\\u00a0415\\u00a0555\\u00a00132\"",
         "PHONE=+1\\u00a0415\\u00a0555\\u00a00132"},
        {"<p>&#43;1&#160;415&#160;555&#160;0132</p>", "PHONE=&#43;1&#160;415&#160;555&#160;0132"},
        {"GET /v1/lookup?tel=%2B1%20415%20555%200132&limit=5", "PHONE=%2B1%20415%20555%200132"},
        {"POST /v1/lookup?phone=%28415%29%20555-0132", "PHONE=%28415%29%20555-0132"},
        {"https://app.example.com/search?tel=415+555+0132", "PHONE=415+555+0132"},
        {"https://bank.example.com/transfer?iban=GB82+WEST+1234+5698+7654+32",
         "IBAN=GB82+WEST+1234+5698+7654+32"},
        {"/search?q=order+4155550132+status", ""},
        /* a query's ?key= is not part of the address after it, encoded or not */
        {"GET /api/users?email=maria@example.com HTTP/1.1", "EMAIL=maria@example.com"},
        {"iban=DE89%203704%200044%200532%200130%2000&x=1",
         "IBAN=DE89%203704%200044%200532%200130%2000"},
        /* an encoding next to a Unicode no-break space in the same value */
        {"card 4111&nbsp;1111\xc2\xa0"
         "1111 1111.",
         "CREDIT_CARD=4111&nbsp;1111\xc2\xa0"
         "1111 1111"},
        /* encoded look-alikes stay: digits and letters are never decoded, '+' is a space only in
         * a query value */
        {"v1%2E2%2E3 and &#52;&#49;&#53;&#53;&#53;&#53;&#48;&#49;&#51;&#50;", ""},
        {"50%20off, 2+3=5, x=10+20", ""},
        {"order&nbsp;id 2024&nbsp;0501&nbsp;12", ""},
    };
    CHECK(def_engine, c);
}

/* A line break inside a value (wrapped terminals, PDFs) is read through; the finding covers it. */
static void test_line_break_inside_a_value_is_read_through(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Contact details (wrapped):\nSSN 536-22-\n8451\nthanks", "US_SSN=536-22-\n8451"},
        {"phone (331)\n700-5220\nthanks", "PHONE=(331)\n700-5220"},
        {"phone +1 415 555\r\n0132 thanks", "PHONE=+1 415 555\r\n0132"},
        {"mail maria@\nexample.com\nthanks", "EMAIL=maria@\nexample.com"},
        {"Phone: +44 (0)20\n7946 0958\nRegards", "PHONE=+44 (0)20\n7946 0958"},
        /* numbers on consecutive lines are not one value */
        {"total 12\n34 items, f(3)\n42, 2024-05-\n01 and 1-\n2", ""},
        {"sizes 415 555\n0132 and a@\nb", ""},
    };
    CHECK(def_engine, c);
}

/* A bare number may follow "12," when it is a CSV cell under a phone header or an item of a phone
 * list written without spaces; a dialled 00 prefix does not count in a number's 15 digits, so the
 * gate lets 17 written digits through. */
static void test_phone_after_a_digit_ending_cell(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"id,phone\n1,4155550132\n2,4155550133\n", "PHONE=4155550132;PHONE=4155550133"},
        {"phones: +4915445149254,15074469169", "PHONE=+4915445149254;PHONE=15074469169"},
        {"Tel: 00491511234567890", "PHONE=00491511234567890"},
        /* other columns and unlabelled lists stay */
        {"id,order_id\n1,4155550132\n", ""},
        {"values: 1,4155550132", ""},
        {"total 12,345,678", ""},
    };
    CHECK(def_engine, c);
}

/* req (an OpenAI chat body) goes out with none of the NULL-terminated strings in absent, the
 * response text answer restores to want: the bytes the user wrote, however encoded. */
static anon_buf_t round_trip(const char *req, const char *const *absent, const char *answer,
                             const char *want)
{
    anon_buf_t fwd = {0}, out = {0};
    anon_session_t *s = body_rewrite(req, &fwd);
    for (; *absent; absent++)
        assert_null(memmem(fwd.data, fwd.len, *absent, strlen(*absent)));
    anon_restorer_t *r = anon_restorer_new(s, ANON_RESP_TEXT, ANON_PROFILE_GENERIC);
    assert_non_null(r);
    assert_int_equal(anon_restorer_feed(r, (const uint8_t *)answer, strlen(answer), &out), 0);
    assert_int_equal(anon_restorer_finish(r, &out), 0);
    assert_int_equal(out.len, strlen(want));
    assert_memory_equal(out.data, want, out.len);
    anon_restorer_free(r);
    anon_buf_free(&out);
    anon_session_free(s);
    return fwd; /* the caller's to free */
}

/* The token replaces the encoded span, and restore gives back the bytes the user wrote. */
static void test_encoded_value_restores_as_written(void **state)
{
    (void)state;
    static const char *const absent[] = {"4111", "415", "&nbsp;", NULL};
    anon_buf_t fwd =
        round_trip("{\"messages\":[{\"role\":\"user\",\"content\":\"card "
                   "4111&nbsp;1111&nbsp;1111&nbsp;1111, see /u?tel=%2B1%20415%20555%200132\"}]}",
                   absent, "[CREDIT_CARD_1] and [PHONE_1]",
                   "4111&nbsp;1111&nbsp;1111&nbsp;1111 and %2B1%20415%20555%200132");
    assert_non_null(memmem(fwd.data, fwd.len, "tel=[PHONE_1]\"", 14));
    anon_buf_free(&fwd);
}

/* Round three (SHAPES.md): an ANSI colour sequence of a terminal log between a key and its value
 * or between two groups is read through (the view drops it; the finding keeps the bytes after the
 * value's first group); bidi marks and isolates inside a value are invisible like U+200B; a middle
 * dot between groups joins them like a dash. */
static void test_ansi_codes_and_bidi_marks_are_read_through(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"match card: \x1b[32m4111\x1b[0m 1111 1111 1111",
         "CREDIT_CARD=4111\x1b[0m 1111 1111 1111"},
        {"\x1b[2m10:00\x1b[0m INFO \x1b[33mphone=\x1b[0m4155550132", "PHONE=4155550132"},
        {"WARN ssn=\x1b[1;31m536-22-8451\x1b[0m", "US_SSN=536-22-8451"},
        {"token=\x1b[36mghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789\x1b[0m",
         "GITHUB_TOKEN=ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"},
        {"SSN: 536-22-\xe2\x81\xa6"
         "8451",
         "US_SSN=536-22-\xe2\x81\xa6"
         "8451"},
        {"Phone: \xe2\x80\x8e"
         "415 555\xe2\x80\x8f 0132",
         "PHONE=415 555\xe2\x80\x8f 0132"},
        {"SSN: 536\xc2\xb7"
         "22\xc2\xb7"
         "8451",
         "US_SSN=536\xc2\xb7"
         "22\xc2\xb7"
         "8451"},
        /* look-alikes: a colour code before an id, Catalan's l.l, a product of two numbers */
        {"\x1b[32mbuild=\x1b[0m4155550132", ""},
        {"col\xc2\xb7legi 2024", ""},
        {"version \x1b[1m1.2.3\x1b[0m", ""},
    };
    CHECK(def_engine, c);
}

/* JSON pasted inside a JSON string keeps its key: "{\"ssn\": \"536228451\"}" ("\" is a separator
 * between a label and its value); "social security no." with its dot is a label. A quoted
 * " + " after a secret key is the code between two strings, not a secret. */
static void test_escaped_keys_and_concatenations(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"{\"payload\": \"{\\\"ssn\\\": \\\"536228451\\\"}\"}", "US_SSN=536228451"},
        {"{\"payload\": \"{\\\"phone\\\": \\\"4155550132\\\"}\"}", "PHONE=4155550132"},
        {"my social security no. is 536 22 8451", "US_SSN=536 22 8451"},
        {"msg = \"Token: \" + token + \"\\n\";", ""},
        {"msg = \"SSN: \" + \"536228451\" + \"\\n\";", "US_SSN=536228451"},
        {"msg = \"Phone: \" + \"4155550132\"", "PHONE=4155550132"},
        {"c++ 4155550132", ""},
        /* a binary plus is no international prefix */
        {"total = count + 4155550132", ""},
        {"x = a + 536228451", ""},
        {"Phone: + 49 30 1234567", "PHONE=+ 49 30 1234567"},
    };
    CHECK(def_engine, c);
}

/* The token replaces the value with the colour reset inside it; restore gives back those bytes. */
static void test_ansi_value_restores_as_written(void **state)
{
    (void)state;
    static const char *const absent[] = {"4111", "1111", NULL};
    anon_buf_t fwd = round_trip("{\"messages\":[{\"role\":\"user\",\"content\":\"match card: "
                                "\\u001b[32m4111\\u001b[0m 1111 1111 1111\"}]}",
                                absent, "got [CREDIT_CARD_1]", "got 4111\x1b[0m 1111 1111 1111");
    anon_buf_free(&fwd);
}

/* A dotted quad right after an HTML tag is an address: the tag's '>' is no version requirement
 * (">1.2.3.4"); the word before the tags still says when it is a version. */
static void test_ipv4_after_an_html_tag(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"<tr><td>Host</td><td>62.239.202.178</td></tr>", "IPV4=62.239.202.178"},
        {"Client IP:<br>176.33.187.27<br>", "IPV4=176.33.187.27"},
        {"ip <b>176.33.187.27</b>", "IPV4=176.33.187.27"},
        {"<td>version</td><td>1.2.3.4</td>", ""},
        {"<tr>\n  <td>Firmware</td>\n  <td>10.2.3.4</td>", ""},
        {"Version:<br>1.2.3.4", ""},
        {"pkg>1.2.3.4", ""},
    };
    CHECK(def_engine, c);
}

/* An HTML <br> inside a value reads like a wrapped line ("225-<br>2737") or a space between groups
 * of letters and digits with a digit on one side; between words, or between two whole numbers of
 * a list, it stays a line break. */
static void test_html_line_break_inside_a_value(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"<td>Card<br>4111<br>1111<br>1111<br>1111</td>",
         "CREDIT_CARD=4111<br>1111<br>1111<br>1111"},
        {"<td>IBAN<br/>DE89<br />3704<BR>0044<br>0532<br>0130<br>00</td>",
         "IBAN=DE89<br />3704<BR>0044<br>0532<br>0130<br>00"},
        {"<td>Phone<br>(415) 555-<br>0132</td>", "PHONE=(415) 555-<br>0132"},
        {"<li>4155550132<br>4155550133</li>", ""},
        {"Total<br>12<br>345<br>6789", ""},
        /* a house number ends an address's line: the <br> stays a line break there */
        {"Karlova 42<br>602 00 Brno", "STREET_ADDRESS=Karlova 42<br>602 00 Brno"},
    };
    CHECK(def_engine, c);
}

/* A card in dashed groups and a dashed SSN are path segments too when a query or a fragment
 * follows them ("/card/4111-1111-1111-1111?ref=mail", "/taxId/536-22-8451#top"). */
static void test_grouped_values_in_a_url_path(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"https://example.com/card/4111-1111-1111-1111?ref=mail",
         "CREDIT_CARD=4111-1111-1111-1111"},
        {"https://example.com/taxId/536-22-8451?ref=mail", "US_SSN=536-22-8451"},
        {"https://example.com/u/536-22-8451#top", "US_SSN=536-22-8451"},
        {"see /releases/2024-0101-1234-5678", ""},
        {"https://x.com/orders/4111-1111-1111-1111-2222/x", ""},
    };
    CHECK(def_engine, c);
}

/* "number" names a phone only alone: after an id's noun it is that id's number ("order number
 * 4155550132" was a PHONE, SHAPES.md round one). */
static void test_id_number_is_no_phone_label(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"order number 4155550132", ""},
        {"Order Number: 4155550132", ""},
        {"tracking_number=4155550132", ""},
        {"invoice-number 4155550132", ""},
        {"order (number): 4155550132", ""},
        {"Phone (mobile): 4155550132", "PHONE=4155550132"},
        {"my number is 4155550132", "PHONE=4155550132"},
        {"phone number 4155550132", "PHONE=4155550132"},
        {"number: 4155550132", "PHONE=4155550132"},
    };
    CHECK(def_engine, c);
}

/* HTML pasted as text: tags between a label and its value are separators ("<td>SSN</td><td>",
 * "<b>Phone:</b> "), and a form field's or meta tag's name labels its value attribute. */
static void test_html_tags_between_label_and_value(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"<tr><td>SSN</td><td>536228451</td></tr>", "US_SSN=536228451"},
        {"<b>SSN:</b> 536228451", "US_SSN=536228451"},
        {"<dt>Phone</dt><dd>4155550132</dd>", "PHONE=4155550132"},
        {"<td class=\"label\">Mobile</td>\n  <td class=\"val\">4155550132</td>",
         "PHONE=4155550132"},
        {"<input name=\"ssn\" value=\"536228451\">", "US_SSN=536228451"},
        {"<meta name='phone' content='4155550132'>", "PHONE=4155550132"},
        {"<customer><taxId>536 22 8451</taxId></customer>", "US_SSN=536 22 8451"},
        {"<ssn value=\"536228451\"/>", "US_SSN=536228451"},
        {"<order value=\"4155550132\"/>", ""},
        /* what an id's label names stays */
        {"<td>Order number</td><td>4155550132</td>", ""},
        {"<td>Build</td><td>4155550132</td>", ""},
        {"<input name=\"order_id\" value=\"4155550132\">", ""},
    };
    CHECK(def_engine, c);
}

/* A German number written area code '/' number ("030/3838021") is two groups with a trunk 0,
 * like "06-10446904"; fractions, dates and zero-padded ids with a '/' stay. */
static void test_area_code_slash_number(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"phones = [\"+34 916 968 411\", \"030/3838021\"]",
         "PHONE=+34 916 968 411;PHONE=030/3838021"},
        {"Tel. 0221/3838021", "PHONE=0221/3838021"},
        {"see 00/123456", ""},
        {"page 03/2024", ""},
        {"ratio 1/123456", ""},
    };
    CHECK(def_engine, c);
}

/* A format string names its argument: printf("ssn=%s\n", "536228451"). */
static void test_format_string_labels_its_argument(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"printf(\"ssn=%s\\n\", \"536 22 8451\");", "US_SSN=536 22 8451"},
        {"printf(\"phone: %s\\n\", \"4155550132\");", "PHONE=4155550132"},
        {"printf(\"order=%d\\n\", 4155550132);", ""},
        {"printf(\"%s\\n\", \"4155550132\");", ""},
    };
    CHECK(def_engine, c);
}

/* An address wrapped before its '@' or its top-level domain (a PDF export, a narrow terminal) is
 * one address when it ends in a known top-level domain; decorators and headings stay. */
static void test_email_wrapped_before_at_or_tld(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"SSN: pablo.keller36\n@example.com\nRegards", "EMAIL=pablo.keller36\n@example.com"},
        {"E-mail: janbianchi@example.\nfr\nRegards", "EMAIL=janbianchi@example.\nfr"},
        {"Email: a.b@c.\r\ncom ok", "EMAIL=a.b@c.\r\ncom"},
        {"    return result\n@functools.cache\ndef f():", ""},
        {"x = 1\n@app.route(\"/\")", ""},
        {"write to maria@example.\nThe next day", ""},
        {"Contact\n@example.com", ""},
    };
    CHECK(def_engine, c);
}

/* An SQL INSERT labels a value by its column, in every row of a multi-row VALUES list. */
static void test_sql_insert_column_labels_its_value(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"INSERT INTO users (id, ssn) VALUES (1, '536228451');", "US_SSN=536228451"},
        {"INSERT INTO users (id, `phone`, name) VALUES\n  (1, '4155550132', 'a'),\n"
         "  (2, '4155550133', 'b');",
         "PHONE=4155550132;PHONE=4155550133"},
        {"insert into t(ssn) values(536228451)", "US_SSN=536228451"},
        {"INSERT INTO orders (id, order_no) VALUES (1, 4155550132);", ""},
        {"SELECT f(1, 536228451)", ""},
    };
    CHECK(def_engine, c);
}

/* The view's AVX2 pass and its scalar path find the same first encoded separator wherever it
 * falls (a '+' or '<' after a letter was a candidate only in the scalar path and the text's last
 * 32 bytes): every text at every offset gives both engines the same findings, and a query's
 * "name=Maria+Keller" or "Card<br>4111..." in the middle of a long text is decoded. */
static void test_view_avx2_and_scalar_agree(void **state)
{
    (void)state;
    static const char *const samples[] = {
        "GET /api/people?name=Maria+Keller&dob=&start=2012-10-14",
        "<td>Card<br>4111<br>1111<br>1111<br>1111</td>",
        "tel=+1+415+555+0132 and C++ or a+b",
        "Karlova 42<br>602 00 Brno, call (415) 555-\n0132",
        "maria%40example.com &amp; x\u0040y.org",
    };
    check_views_agree(def_engine, samples, sizeof samples / sizeof samples[0], -1);
    static const struct tcase c[] = {
        {"Some ordinary words before the value, long enough for two blocks: "
         "GET /api/people?name=Maria+Keller&dob=&start=2012-10-14 and more words after it.",
         "PERSON=Maria+Keller"},
    };
    CHECK(def_engine, c);
}

/* An IBAN wrapped after its letter group onto an indented line ("- **IBAN**: NL74 IYFG\n  5379
 * 0146 67"), or with a space left before the break: the AVX2 pass took a line break as a
 * candidate only after a digit, ')', '-', '@' or a space, so such a wrap was joined only by the
 * scalar path and in a text's last 32 bytes; in the middle of a list it left whole. An ICS fold
 * ("\r\n ") after a letter, the same. */
static void test_view_wrap_after_a_letter_group(void **state)
{
    (void)state;
    static const char *const samples[] = {
        "- **IBAN**: NL74 IYFG\n  5379 0146 67\n- BIC: JVZNIHXX\n",
        "IBAN: NL74 IYFG \n  5379 0146 67 ok",
        "ATTENDEE;CN=Maria Keller:mailto:maria.keller@exam\r\n ple.com\r\nEND:VEVENT",
    };
    check_views_agree(def_engine, samples, sizeof samples / sizeof samples[0], -1);
    static const struct tcase c[] = {
        {"- **IBAN**: NL74 IYFG\n  5379 0146 67\n- BIC: JVZNIHXX\n- Ref: 2024-11\n",
         "IBAN=NL74 IYFG\n  5379 0146 67"},
        {"Bank details as agreed, please pay by Friday. IBAN: NL74 IYFG \n  5379 0146 67 ok, "
         "thanks",
         "IBAN=NL74 IYFG \n  5379 0146 67"},
    };
    CHECK(def_engine, c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_label_before_a_list_labels_every_item),
        cmocka_unit_test(test_csv_header_labels_its_column),
        cmocka_unit_test(test_csv_header_labels_every_row_of_a_long_table),
        cmocka_unit_test(test_encoded_at_sign_is_an_email),
        cmocka_unit_test(test_00_prefix_with_trunk_is_one_number),
        cmocka_unit_test(test_look_alikes_in_the_same_shapes_stay),
        cmocka_unit_test(test_encoded_separators_are_read_decoded),
        cmocka_unit_test(test_encoded_value_restores_as_written),
        cmocka_unit_test(test_line_break_inside_a_value_is_read_through),
        cmocka_unit_test(test_phone_after_a_digit_ending_cell),
        cmocka_unit_test(test_ansi_codes_and_bidi_marks_are_read_through),
        cmocka_unit_test(test_escaped_keys_and_concatenations),
        cmocka_unit_test(test_ansi_value_restores_as_written),
        cmocka_unit_test(test_ipv4_after_an_html_tag),
        cmocka_unit_test(test_html_line_break_inside_a_value),
        cmocka_unit_test(test_grouped_values_in_a_url_path),
        cmocka_unit_test(test_id_number_is_no_phone_label),
        cmocka_unit_test(test_html_tags_between_label_and_value),
        cmocka_unit_test(test_area_code_slash_number),
        cmocka_unit_test(test_format_string_labels_its_argument),
        cmocka_unit_test(test_email_wrapped_before_at_or_tld),
        cmocka_unit_test(test_sql_insert_column_labels_its_value),
        cmocka_unit_test(test_view_avx2_and_scalar_agree),
        cmocka_unit_test(test_view_wrap_after_a_letter_group),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
