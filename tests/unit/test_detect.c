/* test_detect.c: every detector with true positives and tricky negatives, one test set per pack,
 * overlap resolution, configuration errors, and the proof that no token is ever matched. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "findings.h"

#include "anonymize/anonymize.h"
#include "linear_scan.h"

static anon_engine_t *def_engine; /* default packs */
static anon_engine_t *all_engine; /* every pack */

/* An engine with one pack only, so a checksum-invalid sample is not also a PHONE. */
static anon_engine_t *pack_engine(const char *pack)
{
    const char *packs[] = {pack};
    anon_config_t cfg = {.packs = packs, .npacks = 1};
    char err[256];
    anon_engine_t *e = anon_engine_new(&cfg, err, sizeof err);
    assert_non_null(e);
    return e;
}

static int setup(void **state)
{
    (void)state;
    char err[256];
    def_engine = anon_engine_new(NULL, err, sizeof err);
    anon_config_t cfg = {.packs = anon_pack_names()};
    while (cfg.packs[cfg.npacks])
        cfg.npacks++;
    all_engine = anon_engine_new(&cfg, err, sizeof err);
    return def_engine && all_engine ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    anon_engine_free(def_engine);
    anon_engine_free(all_engine);
    return 0;
}

/* ---- GLOBAL ------------------------------------------------------------------------------ */
static void test_email_true_positives_and_negatives(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"write to alice.smith+tag@example.co.uk today", "EMAIL=alice.smith+tag@example.co.uk"},
        {"<Bob_O'Neil@mail.example.com>", "EMAIL=Bob_O'Neil@mail.example.com"},
        {"Schreib an jürgen.müller@beispiel.de.", "EMAIL=jürgen.müller@beispiel.de"},
        {"mailto:x@y.org,z@w.net", "EMAIL=x@y.org;EMAIL=z@w.net"},
        {"icon@2x.png and logo@3x.svg", ""},
        /* file extensions of every length, any case, are no top-level domains; others are */
        {"see lib@1.0.H, a@b.MD, x@y.Swift and t@u.JSON", ""},
        {"mail a@b.io, c@d.pdfs or e@f.swiftx", "EMAIL=a@b.io;EMAIL=c@d.pdfs;EMAIL=e@f.swiftx"},
        {"npm i @scope/pkg@1.2.3 and @decorator", ""},
        {"user@localhost", ""},
        {"a..b@example.com", ""},
        /* key=value logs and URL path segments carry addresses too */
        {"user=jane@example.com status=ok", "EMAIL=jane@example.com"},
        {"GET /v1/users/jane@example.com/files", "EMAIL=jane@example.com"},
        /* but URL userinfo is not an address */
        {"git clone https://git@github.com/x.git", ""},
        {"ssh://deploy@build.example.com/srv", ""},
        /* a label's value right after ':' (vCard, ICS, "email:x"), any case of mailto */
        {"EMAIL;TYPE=INTERNET:mpark@acme-logistics.com", "EMAIL=mpark@acme-logistics.com"},
        {"email:mpark@acme-logistics.com;", "EMAIL=mpark@acme-logistics.com"},
        {"ORGANIZER:MAILTO:jo@example.org", "EMAIL=jo@example.org"},
        /* but not a URL's password: https://bob:pw@host is URL_CREDENTIALS */
        {"https://bob:s3cretpw@host.example.com/x", "URL_CREDENTIALS=bob:s3cretpw"},
    };
    CHECK(def_engine, c);
}

static void test_credit_card_luhn(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"card 4111 1111 1111 1111 exp", "CREDIT_CARD=4111 1111 1111 1111"},
        {"card 4111-1111-1111-1111.", "CREDIT_CARD=4111-1111-1111-1111"},
        {"amex 378282246310005", "CREDIT_CARD=378282246310005"},
        {"amex 3782 822463 10005", "CREDIT_CARD=3782 822463 10005"},
        {"maestro 584528792610", "CREDIT_CARD=584528792610"},
        {"typo 4111 1111 1111 1112", ""},
        /* issue 14: mixed separators are how people type cards */
        {"mixed 4111 1111-1111 1111", "CREDIT_CARD=4111 1111-1111 1111"},
        {"zeros 0000 0000 0000 0000", ""},
        {"epoch ms 1710513000123", ""},
        {"in a word abc4111111111111111", ""},
    };
    CHECK(def_engine, c);
}

static void test_iban_mod97_any_case_and_spacing(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"IBAN: DE89 3704 0044 0532 0130 00", "IBAN=DE89 3704 0044 0532 0130 00"},
        {"iban de89370400440532013000.", "IBAN=de89370400440532013000"},
        {"GB82WEST12345698765432", "IBAN=GB82WEST12345698765432"},
        {"FR14 2004 1010 0505 0001 3M02 606", "IBAN=FR14 2004 1010 0505 0001 3M02 606"},
        {"NL91ABNA0417164300 und mehr", "IBAN=NL91ABNA0417164300"},
        {"DE89 3704 0044 0532 0130 00 12 is followed by a number",
         "IBAN=DE89 3704 0044 0532 0130 00"},
        {"bad check DE88 3704 0044 0532 0130 00", ""},
        {"glued DE89370400440532013000123", ""},
        {"unknown country QQ89370400440532013000", ""},
        /* the IBAN gate asks for ten letters or digits after the check digits, each after at
         * most one space, dash or line break: the shortest IBAN (Norway) and every separator
         * still pass it; a date after "at" (Austria) does not reach the pattern */
        {"konto NO93 8601 1117 947 takk", "IBAN=NO93 8601 1117 947"},
        {"NO93-8601-1117-947", "IBAN=NO93-8601-1117-947"},
        {"IBAN DE89 3704 0044\r\n0532 0130 00", "IBAN=DE89 3704 0044\r\n0532 0130 00"},
        {"IBAN DE89 3704 0044\n0532 0130 00", "IBAN=DE89 3704 0044\n0532 0130 00"},
        {"deployed at 2024-05-01T10:22:33Z", ""},
    };
    CHECK(def_engine, c);
}

static void test_ip_addresses_are_parsed(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"from 192.168.1.20 to 8.8.8.8", "IPV4=192.168.1.20;IPV4=8.8.8.8"},
        {"net 10.0.0.0/8", "IPV4=10.0.0.0"},
        {"bad 256.1.1.1 and 1.2.3 and 01.02.03.04", ""},
        {"loopback 127.0.0.1, any 0.0.0.0, broadcast 255.255.255.255", ""},
        {"oid 1.3.6.1.4.1.311 and build 10.0.19045.3693", ""},
        /* issue 14: 2001:db8::/32 and 192.0.2.0/24 are documentation ranges, so real ones here */
        {"v6 2a02:8071:85a3::8a2e:370:7334 ok", "IPV6=2a02:8071:85a3::8a2e:370:7334"},
        {"full 2a02:0871:0000:0000:0000:ff00:0042:8329",
         "IPV6=2a02:0871:0000:0000:0000:ff00:0042:8329"},
        {"mapped ::ffff:192.168.2.128", "IPV6=::ffff:192.168.2.128"},
        {"link fe80::1ff:fe23:4567:890a", "IPV6=fe80::1ff:fe23:4567:890a"},
        {"time 10:30:00 and 12:34:56:78 and std::vector and ::1", ""},
        {"mac 00:1a:2b:3c:4d:5e", ""},
    };
    CHECK(def_engine, c);
}

static void test_phone_formats(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"call +1 415 555 2671 now", "PHONE=+1 415 555 2671"},
        {"call +14155552671", "PHONE=+14155552671"},
        {"+49 30 12345678", "PHONE=+49 30 12345678"},
        {"+41 (0)85 806 98 67", "PHONE=+41 (0)85 806 98 67"},
        {"(415) 555-2671", "PHONE=(415) 555-2671"},
        {"415-555-2671 x123", "PHONE=415-555-2671 x123"},
        {"415.555.2671", "PHONE=415.555.2671"},
        {"Tel. 030 1234 5678", "PHONE=030 1234 5678"},
        {"06 12 34 56 78", "PHONE=06 12 34 56 78"},
        {"020 7946 0958", "PHONE=020 7946 0958"},
        {"Phone: 4155552671", "PHONE=4155552671"},
        {"my number is 4155552671", "PHONE=4155552671"},
        {"4155552671 (mobile)", "PHONE=4155552671"},
        {"Office\\,636.840.1227-Fax", "PHONE=636.840.1227"},
        {"+1-448-414-3381x060", "PHONE=+1-448-414-3381x060"},
        {"0348 2102744", "PHONE=0348 2102744"},
        {"06-10446904", "PHONE=06-10446904"},
        {"bel 0612345678 of", "PHONE=0612345678"},
        {"1-552-837-6248 x123", "PHONE=1-552-837-6248 x123"},
        {"016977 6797", "PHONE=016977 6797"},
        /* the PHONE gate stops once the digit runs left hold fewer than 7 digits: short runs
         * before a number, a number of exactly 10 digits as the window's last runs */
        {"v2.4 build 3 call +1 415 555 2671", "PHONE=+1 415 555 2671"},
        {"step 1 of 2: 0348 2102744", "PHONE=0348 2102744"},
    };
    CHECK(def_engine, c);
}

static void test_phone_rejects_dates_times_versions_prices_ids(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"on 2024-03-15 at 14:30", ""},
        {"on 15.03.2024 or 03/15/2024 or 15-03-2024", ""},
        {"ts 2024-03-15T14:30:00Z", ""},
        {"epoch 1710513000", ""},
        {"version 10.15.7 and 2.14.1-beta.3", ""},
        {"price $1,299.99 or 1.299.000 or 12999.99 EUR", ""},
        {"population 1 234 567", ""},
        {"order ORD-2024-0001234 and #123-456-7890", ""},
        {"scores 10 20 30 40 50", ""},
        {"range 1000-2000", ""},
        {"sku 4155552671 and INT_MAX 2147483647", ""},
        {"IEEE 754-2008 and GOST R 34.11-2012", ""},
        {"Apt. 712 21 36 Rue de Pologne; 3536 1659 Hoog St",
         "STREET_ADDRESS=712 21 36 Rue de Pologne;STREET_ADDRESS=3536 1659 Hoog St"},
        {"uuid 00795978-f8b0-ef46-1a2b-3c4d5e6f7a8b", ""},
        {"id 0012345678 and loopback 127.69.229.85", ""},
    };
    CHECK(def_engine, c);
}

static void test_no_findings_in_ids_hashes_and_timestamps(void **state)
{
    (void)state;
    static const char *const neg[] = {
        "uuid 123e4567-e89b-12d3-a456-426614174000",
        "uuid 550e8400-e29b-41d4-a716-446655440000",
        "sha1 3f786850e387550fdab836ed7e6dc881de23001b",
        "sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "md5 d41d8cd98f00b204e9800998ecf8427e",
        "commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904",
        "2024-03-15T14:30:00.123456Z INFO request_id=8f14e45fceea167a5a36dedd4bea2543",
        "semver 1.2.3 and 10.20.30-rc.1+build.5",
        "Die Rechnung Nr. 2024-00123 über 1.234,56 € ist fällig.",
        "pid 12345 port 8080 took 123.456ms",
        "base64 aGVsbG8gd29ybGQ= and hex 0xdeadbeef",
    };
    char got[1024];
    for (size_t i = 0; i < sizeof neg / sizeof neg[0]; i++) {
        render(all_engine, neg[i], got, sizeof got);
        if (got[0])
            fail_msg("text: %s\n  got: %s", neg[i], got);
    }
}

/* ---- US ---------------------------------------------------------------------------------- */
static void test_us_pack_ssn_and_itin(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"SSN 536-32-3065.", "US_SSN=536-32-3065"},
        /* unlabelled; after "SSN" it is one (issue 14) */
        {"spaced 536 32 3065 Main", ""},
        {"mixed 536-32 3065 Oak", ""},
        {"area 000-12-3456 666-12-3456 912-12-3456", ""},
        {"group 536-00-3065 serial 536-32-0000", ""},
        {"ITIN 912-70-1234", "US_ITIN=912-70-1234"},
        {"ITIN 912-93-1234", ""},
    };
    CHECK(def_engine, c);
}

/* ---- SECRETS ----------------------------------------------------------------------------- */
static void test_secrets_pack(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"key sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd",
         "OPENAI_KEY=sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd"},
        {"OPENAI_API_KEY=sk-T3BlbkFJabcdefghijklmnopqrstuvwxyz0123456789AB",
         "OPENAI_KEY=sk-T3BlbkFJabcdefghijklmnopqrstuvwxyz0123456789AB"},
        {"sk-ant-api03-abcdefghijklmnopqrstuvwxyz0123456789_ABCDEFGHIJ-klmnopqrstuvwxyzAA",
         "ANTHROPIC_KEY=sk-ant-api03-abcdefghijklmnopqrstuvwxyz0123456789_ABCDEFGHIJ-"
         "klmnopqrstuvwxyzAA"},
        {"aws AKIAIOSFODNN7EXAMPLE", "AWS_ACCESS_KEY=AKIAIOSFODNN7EXAMPLE"},
        {"ghp_abcdefghijklmnopqrstuvwxyz0123456789",
         "GITHUB_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789"},
        {"github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz",
         "GITHUB_TOKEN=github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz"},
        {"glpat-abcdefghij0123456789", "GITLAB_TOKEN=glpat-abcdefghij0123456789"},
        {"xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
         "SLACK_TOKEN=xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"},
        {"sk_live_4eC39HqLyjWDarjtT1zdp7dc", "STRIPE_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dc"},
        {"npm_abcdefghijklmnopqrstuvwxyz0123456789",
         "NPM_TOKEN=npm_abcdefghijklmnopqrstuvwxyz0123456789"},
        {"pypi-AgEIcHlwaS5vcmcCJGFiY2RlZmdoLWlqa2wtbW5vcC1xcnN0LXV2d3h5ejAxMjM0NTY3",
         "PYPI_TOKEN=pypi-AgEIcHlwaS5vcmcCJGFiY2RlZmdoLWlqa2wtbW5vcC1xcnN0LXV2d3h5ejAxMjM0NTY3"},
        {"dckr_pat_abcdefghijklmnopqrstuvwxyz1",
         "DOCKER_TOKEN=dckr_pat_abcdefghijklmnopqrstuvwxyz1"},
        {"AIzaSyA-1234567890abcdefghijklmnopqrstu",
         "GOOGLE_API_KEY=AIzaSyA-1234567890abcdefghijklmnopqrstu"},
        {"SG.abcdefghijklmnopqrstuv.abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG",
         "SENDGRID_KEY=SG.abcdefghijklmnopqrstuv.abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"},
        {"gsk_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOP",
         "GROQ_KEY=gsk_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOP"},
        {"sid AC0123456789abcdef0123456789abcdef", "TWILIO_KEY=AC0123456789abcdef0123456789abcdef"},
        {"eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9."
         "eyJzdWIiOiAiMTIzNDU2Nzg5MCIsICJuYW1lIjogIkpvaG4ifQ."
         "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
         "JWT=eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9."
         "eyJzdWIiOiAiMTIzNDU2Nzg5MCIsICJuYW1lIjogIkpvaG4ifQ."
         "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"},
        {"Authorization: Bearer abcDEF123456ghiJKL789", "BEARER_TOKEN=abcDEF123456ghiJKL789"},
        {"Authorization: Basic YWxpY2U6czNjcmV0", "BASIC_CREDENTIALS=YWxpY2U6czNjcmV0"},
        {"DATABASE_URL=postgres://admin:hunter2@db.internal:5432/prod",
         "DB_URL=postgres://admin:hunter2@db.internal:5432/prod"},
        {"mongodb+srv://u:p%40ss@cluster0.example.net/db?retryWrites=true.",
         "DB_URL=mongodb+srv://u:p%40ss@cluster0.example.net/db?retryWrites=true"},
        {"git clone https://bob:pa55w0rd@example.com/repo.git", "URL_CREDENTIALS=bob:pa55w0rd"},
    };
    CHECK(def_engine, c);
}

/* A trigger is tried only where the byte beside its anchor is the literal's (in either case for
 * case-blind literals), and one at the text's first or last byte still fires. */
static void test_triggers_by_neighbour_byte(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"AUTHORIZATION: BEARER abcDEF123456ghiJKL789", "BEARER_TOKEN=abcDEF123456ghiJKL789"},
        {"bEaReR abcDEF123456ghiJKL789", "BEARER_TOKEN=abcDEF123456ghiJKL789"},
        {"-----BEGIN", ""},
        {"x@", ""},
        {"@example.com alice@example.com", "EMAIL=alice@example.com"},
    };
    CHECK(def_engine, c);
}

static void test_secret_look_alikes_are_not_secrets(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"sk-learn is a library, risk-averse ask-me-anything", ""},
        {"the bearer of bad news has basic skills", ""},
        {"Bearer authenticationSchemes are listed", ""},
        {"Authorization: Basic notbase64!!", ""},
        {"eyJub3QiOiJqd3QifQ.eyJzdWIiOiIxIn0.abc (no alg)", ""},
        {"AKIA is a prefix, AKIASHORT too", ""},
        {"https://example.com/user@host and postgres://localhost/db", ""},
        {"-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END "
         "PUBLIC "
         "KEY-----",
         ""},
        {"ACCOUNT SKIPPED ACKNOWLEDGED", ""},
    };
    CHECK(def_engine, c);
}

/* A JWT whose header carries a certificate chain is longer than the validator decodes. */
static void test_jwt_with_long_header(void **state)
{
    (void)state;
    /* {"alg":"RS256","typ":"JWT","x5c":[ "AAA...AAA"]} */
    static const char head[] = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsIng1YyI6WyAi";
    static const char tail[] = "Il19.eyJzdWIiOiIxIn0.c2ln";
    char jwt[2048], text[2100], got[2200], want[2200];
    size_t o = 0;
    memcpy(jwt, head, sizeof head - 1);
    o += sizeof head - 1;
    for (int i = 0; i < 300; i++, o += 4)
        memcpy(jwt + o, "QUFB", 4);
    memcpy(jwt + o, tail, sizeof tail);
    snprintf(text, sizeof text, "token: %s end", jwt);
    snprintf(want, sizeof want, "JWT=%s", jwt);
    render(def_engine, text, got, sizeof got);
    assert_string_equal(got, want);
}

static void test_private_key_block_replaced_whole(void **state)
{
    (void)state;
    static const char pem[] = "-----BEGIN RSA PRIVATE KEY-----\n"
                              "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n"
                              "VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\n"
                              "-----END RSA PRIVATE KEY-----";
    char text[1024], got[2048], want[2048];
    snprintf(text, sizeof text, "my key:\n%s\nthanks", pem);
    snprintf(want, sizeof want, "PRIVATE_KEY=%s", pem);
    render(def_engine, text, got, sizeof got);
    assert_string_equal(got, want);

    static const char pgp[] = "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n"
                              "lQOYBF0Xx3kBCADGpQ4+abc\n=Ab12\n-----END PGP PRIVATE KEY BLOCK-----";
    snprintf(text, sizeof text, "%s trailing", pgp);
    snprintf(want, sizeof want, "PRIVATE_KEY=%s", pgp);
    render(def_engine, text, got, sizeof got);
    assert_string_equal(got, want);

    static const char ossh[] =
        "-----BEGIN OPENSSH PRIVATE KEY-----\n"
        "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
        "-----END OPENSSH PRIVATE KEY-----\n";
    render(def_engine, ossh, got, sizeof got);
    snprintf(want, sizeof want, "PRIVATE_KEY=%.*s", (int)strlen(ossh) - 1, ossh);
    assert_string_equal(got, want);

    /* cut off before END: header fields and body still go, the prose after them stays */
    static const char cut[] = "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n"
                              "MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBn\nVTLw7onLRnrq0/IzW7yWR7Qk";
    snprintf(text, sizeof text, "%s\n\nWhy does my key not load?", cut);
    render(def_engine, text, got, sizeof got);
    snprintf(want, sizeof want, "PRIVATE_KEY=%s", cut);
    assert_string_equal(got, want);

    /* a text body holding JSON-escaped newlines */
    static const char esc[] = "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n"
                              "-----END PRIVATE KEY-----";
    render(def_engine, esc, got, sizeof got);
    snprintf(want, sizeof want, "PRIVATE_KEY=%s", esc);
    assert_string_equal(got, want);
    static const char esc_cut[] = "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC";
    snprintf(text, sizeof text, "%s\\n and more", esc_cut);
    render(def_engine, text, got, sizeof got);
    snprintf(want, sizeof want, "PRIVATE_KEY=%s", esc_cut);
    assert_string_equal(got, want);

    /* many headers without an END: each is found, none swallows the rest */
    render(def_engine, "-----BEGIN RSA PRIVATE KEY-----\n-----BEGIN RSA PRIVATE KEY-----\nhi", got,
           sizeof got);
    assert_string_equal(got, "PRIVATE_KEY=-----BEGIN RSA PRIVATE KEY-----;"
                             "PRIVATE_KEY=-----BEGIN RSA PRIVATE KEY-----");
}

/* ---- national packs ------------------------------------------------------------------------ */
static void test_de_pack(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Steuer-ID 86095742719", "DE_TAX_ID=86095742719"},
        {"Steuer-ID: 86 095 742 719.", "DE_TAX_ID=86 095 742 719"},
        {"IdNr 39170342364, 41372159010; 28365461076",
         "DE_TAX_ID=39170342364;DE_TAX_ID=41372159010;DE_TAX_ID=28365461076"},
        {"falsche Prüfziffer 86095742718", ""},
        {"zu viele Wiederholungen 11111111116", ""},
        {"RVNR 65 170839 J 003", "DE_SVNR=65 170839 J 003"},
        {"RVNR 65170839J003", "DE_SVNR=65170839J003"},
        {"35 120957 G 417 / 56 240803 U 522", "DE_SVNR=35 120957 G 417;DE_SVNR=56 240803 U 522"},
        {"falsch 65 170839 J 004", ""},
        {"kein Datum 65 173939 J 003", ""},
    };
    anon_engine_t *e = pack_engine("DE");
    CHECK(e, c);
    anon_engine_free(e);
}

static void test_fr_pack(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"NIR 1 84 05 76 451 089 31", "FR_NIR=1 84 05 76 451 089 31"},
        {"NIR 184057645108931", "FR_NIR=184057645108931"},
        {"Corse 1 85 12 2A 123 456 48", "FR_NIR=1 85 12 2A 123 456 48"},
        {"Corse 185122B12345675", "FR_NIR=185122B12345675"},
        {"204080982394349 et 132040992162122", "FR_NIR=204080982394349;FR_NIR=132040992162122"},
        {"mauvaise clé 1 84 05 76 451 089 32", ""},
        {"Corse mauvaise clé 185122A12345675", ""},
    };
    anon_engine_t *e = pack_engine("FR");
    CHECK(e, c);
    anon_engine_free(e);
}

static void test_nl_pack(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"BSN 111222333", "NL_BSN=111222333"},
        {"mijn burgerservicenummer is 111222333.", "NL_BSN=111222333"},
        {"size=111222333 bytes", ""},
        {"BSN 1234.56.782", "NL_BSN=1234.56.782"},
        {"BSN 123 456 782", "NL_BSN=123 456 782"},
        {"BSN: 904544096, bsn 103177644 en BSN:672720425",
         "NL_BSN=904544096;NL_BSN=103177644;NL_BSN=672720425"},
        {"ongeldig 904544097", ""},
        {"ongeldig 123456781", ""},
        {"nullen 000000000", ""},
    };
    anon_engine_t *e = pack_engine("NL");
    CHECK(e, c);
    anon_engine_free(e);
}

static void test_uk_pack(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"NINO AB 12 34 56 C", "UK_NINO=AB 12 34 56 C"},
        {"NINO AB123456C.", "UK_NINO=AB123456C"},
        {"bad prefix GB123456C and QQ123456C and AO123456A", ""},
        {"bad suffix AB123456E", ""},
        {"NHS 943 476 5919", "UK_NHS=943 476 5919"},
        {"NHS 9434765919", "UK_NHS=9434765919"},
        {"id 9434765919", ""},
        {"935 575 9185, 450 557 7104, CHI 010 190 1232, CHI: 0101901232",
         "UK_NHS=935 575 9185;UK_NHS=450 557 7104;UK_NHS=010 190 1232;UK_NHS=0101901232"},
        {"CHI typo 0101901234, outside issued ranges 852 611 4913", ""},
        {"epoch=1754626068", ""},
        {"mixed separators 935 575-9185", ""},
        {"NHS typo 943 476 5918", ""},
    };
    anon_engine_t *e = pack_engine("UK");
    CHECK(e, c);
    anon_engine_free(e);
}

static void test_national_packs_off_by_default(void **state)
{
    (void)state;
    for (size_t t = 0; t < anon_engine_ntypes(def_engine); t++) {
        const char *n = anon_engine_type_name(def_engine, t);
        assert_false(!strncmp(n, "DE_", 3) || !strncmp(n, "FR_", 3) || !strncmp(n, "NL_", 3) ||
                     !strncmp(n, "UK_", 3));
    }
    char got[256];
    render(def_engine, "NINO AB123456C", got, sizeof got);
    assert_string_equal(got, "");
}

/* ---- overlaps, unicode, config ------------------------------------------------------------- */
static void test_checksum_validated_beats_unvalidated(void **state)
{
    (void)state;
    /* 10 digits: a phone shape, but the NHS check digit holds */
    static const struct tcase c[] = {
        {"id 943 476 5919", "UK_NHS=943 476 5919"},
        {"DB postgres://a:b@h/x", "DB_URL=postgres://a:b@h/x"},
    };
    CHECK(all_engine, c);
}

static void test_unicode_word_boundaries(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* a letter outside ASCII glued to digits is still a word, not a boundary */
        {"Kontonummerß4111111111111111", ""},
        {"Kartennummer: 4111111111111111, danke", "CREDIT_CARD=4111111111111111"},
        {"numéro 06 12 34 56 78 à appeler", "PHONE=06 12 34 56 78"},
        {"電話+81 3 1234 5678です", "PHONE=+81 3 1234 5678"},
    };
    CHECK(def_engine, c);
}

static void test_disabled_type_is_not_detected(void **state)
{
    (void)state;
    const char *off[] = {"EMAIL"};
    anon_config_t cfg = {.disabled = off, .ndisabled = 1};
    char err[256];
    anon_engine_t *e = anon_engine_new(&cfg, err, sizeof err);
    assert_non_null(e);
    char got[256];
    render(e, "a@b.com 4111111111111111", got, sizeof got);
    assert_string_equal(got, "CREDIT_CARD=4111111111111111");
    anon_engine_free(e);
}

static void test_custom_detector(void **state)
{
    (void)state;
    anon_custom_detector_t cd[] = {{"EMPLOYEE_ID", "\\bEMP-\\d{6}\\b"}};
    anon_config_t cfg = {.custom = cd, .ncustom = 1};
    char err[256];
    anon_engine_t *e = anon_engine_new(&cfg, err, sizeof err);
    assert_non_null(e);
    char got[256];
    render(e, "ask EMP-123456 or a@b.com", got, sizeof got);
    assert_string_equal(got, "EMPLOYEE_ID=EMP-123456;EMAIL=a@b.com");
    anon_engine_free(e);
}

/* A match is looked for only from the bytes its pattern may start with (the start bitmap of the
 * pattern without UCP): under UCP, \w also starts at non-ASCII letters, whose lead bytes the set
 * holds too (other scripts' digits reach the detectors as ASCII, through the detection view); a
 * match after the first start byte is still found. */
static void test_custom_detector_starts_at_unicode_letters(void **state)
{
    (void)state;
    anon_custom_detector_t cd[] = {{"LOCAL_NUM", "\\d{3}-\\d{4}"}, {"TAG", "\\w+#\\d"}};
    anon_config_t cfg = {.custom = cd, .ncustom = 2};
    char err[256];
    anon_engine_t *e = anon_engine_new(&cfg, err, sizeof err);
    assert_non_null(e);
    static const struct tcase c[] = {
        {"ruf \u0665\u0665\u0665-\u0661\u0662\u0663\u0664 an",
         "LOCAL_NUM=\u0665\u0665\u0665-\u0661\u0662\u0663\u0664"},
        {"x 12-3 ab 555-1234", "LOCAL_NUM=555-1234"},
        {"\u00e9t\u00e9#4 and", "TAG=\u00e9t\u00e9#4"},
        {"- \u03c9\u03b1#4 -", "TAG=\u03c9\u03b1#4"},
    };
    CHECK(e, c);
    anon_engine_free(e);
}

/* With more than 32 candidates the competition marks the kept ones' bytes in a bitmap of 64-bit
 * words: an IBAN whose digit groups also read as a phone number drops the phone wherever it lies
 * across a word's edge, and the candidates next to a kept one are still kept. */
static void test_many_candidates_compete_across_bitmap_words(void **state)
{
    (void)state;
    anon_engine_t *e = anon_engine_new(NULL, NULL, 0);
    assert_non_null(e);
    char text[4096], want[8192];
    for (size_t pad = 0; pad < 8; pad++) {
        size_t o = 0, w = 0;
        memset(text, 'q', pad);
        o = pad;
        text[o++] = ' ';
        for (int i = 0; i < 40; i++) {
            o += (size_t)snprintf(text + o, sizeof text - o, "u%d@ex.io ", i);
            w += (size_t)snprintf(want + w, sizeof want - w, "%sEMAIL=u%d@ex.io", w ? ";" : "", i);
            if (i % 3 == 0) {
                o += (size_t)snprintf(text + o, sizeof text - o,
                                      "refund to IBAN NL91 ABNA 0417 1643 00, ok ");
                w += (size_t)snprintf(want + w, sizeof want - w, ";IBAN=NL91 ABNA 0417 1643 00");
            }
        }
        text[o] = '\0';
        char got[8192];
        render(e, text, got, sizeof got);
        assert_string_equal(got, want);
    }
    anon_engine_free(e);
}

/* A window of ASCII text runs each pattern compiled without UCP (the same matches there, faster);
 * a window holding other characters, or one that a lookbehind reads from such characters before
 * it, runs the UCP pattern, where \w also takes "é". */
static void test_ascii_windows_match_as_unicode_ones(void **state)
{
    (void)state;
    anon_engine_t *e = anon_engine_new(NULL, NULL, 0);
    assert_non_null(e);
    static const struct tcase c[] = {
        {"to \"john doe\"@example.com", "EMAIL=\"john doe\"@example.com"},
        {"to jos\u00e9.garc\u00eda@example.es", "EMAIL=jos\u00e9.garc\u00eda@example.es"},
        /* the quoted local part's window starts at its quote, after a word character */
        {"caf\u00e9\"john doe\"@example.com", ""},
        {"caf_\"john doe\"@example.com", ""},
        {"caf\u00e9 +49 30 1234567", "PHONE=+49 30 1234567"},
    };
    CHECK(e, c);
    anon_engine_free(e);
}

/* A custom pattern that backtracks catastrophically fails the scan (closed), never hangs it. */
static void test_runaway_custom_pattern_fails_closed(void **state)
{
    (void)state;
    anon_custom_detector_t cd[] = {{"RUNAWAY", "(a+)+b"}};
    anon_config_t cfg = {.custom = cd, .ncustom = 1};
    char err[256], text[64];
    anon_engine_t *e = anon_engine_new(&cfg, err, sizeof err);
    assert_non_null(e);
    /* the b is there (so PCRE2's required-character check passes) but the c blocks every try */
    memset(text, 'a', sizeof text - 3);
    memcpy(text + sizeof text - 3, "cb", 3);
    anon_finding_t *f = NULL;
    size_t n = 0;
    assert_int_equal(anon_find(e, text, strlen(text), &f, &n), ANON_ERR_TOO_LARGE);
    assert_null(f);
    anon_engine_free(e);
}

static void test_config_errors_name_the_culprit(void **state)
{
    (void)state;
    char err[256];
    const char *bad_pack[] = {"GLOBAL", "XX"};
    anon_config_t c1 = {.packs = bad_pack, .npacks = 2};
    assert_null(anon_engine_new(&c1, err, sizeof err));
    assert_non_null(strstr(err, "XX"));

    anon_custom_detector_t bad_re[] = {{"TICKET", "(unclosed"}};
    anon_config_t c2 = {.custom = bad_re, .ncustom = 1};
    assert_null(anon_engine_new(&c2, err, sizeof err));
    assert_non_null(strstr(err, "TICKET"));

    anon_custom_detector_t bad_name[] = {{"ticket", "T-\\d+"}};
    anon_config_t c3 = {.custom = bad_name, .ncustom = 1};
    assert_null(anon_engine_new(&c3, err, sizeof err));
    assert_non_null(strstr(err, "ticket"));

    anon_custom_detector_t clash[] = {{"EMAIL", "x"}};
    anon_config_t c4 = {.custom = clash, .ncustom = 1};
    assert_null(anon_engine_new(&c4, err, sizeof err));
    assert_non_null(strstr(err, "EMAIL"));

    anon_custom_detector_t empty[] = {{"MAYBE", "x*"}};
    anon_config_t c6 = {.custom = empty, .ncustom = 1};
    assert_null(anon_engine_new(&c6, err, sizeof err));
    assert_non_null(strstr(err, "MAYBE"));
    assert_non_null(strstr(err, "empty"));

    const char *bad_off[] = {"NOT_A_TYPE"};
    anon_config_t c5 = {.disabled = bad_off, .ndisabled = 1};
    assert_null(anon_engine_new(&c5, err, sizeof err));
    assert_non_null(strstr(err, "NOT_A_TYPE"));
}

static void test_pack_names_list(void **state)
{
    (void)state;
    const char *const *p = anon_pack_names();
    const char *want[] = {"SECRETS", "GLOBAL", "US", "DE", "FR", "NL", "UK", "NAMES"};
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
        assert_string_equal(p[i], want[i]);
    assert_null(p[8]);
}

/* ---- tokens are never findings --------------------------------------------------------------- */
static void test_no_detector_matches_any_token(void **state)
{
    (void)state;
    static const char *const nums[] = {"1",
                                       "9",
                                       "12",
                                       "123",
                                       "12345",
                                       "1234567890",
                                       "4111111111111111",
                                       "9434765919",
                                       "86095742719",
                                       "123456789012345678"};
    /* text = pre TOKEN post TOKEN */
    static const char *const frames[][2] = {
        {"", ""},
        {"see ", ". "},
        {"(", ")"},
        {"", ","},
        {"\"", "\""},
        {"+1 ", " "},
        {"", "@example.com "},
        {"Bearer ", " "},
        {"Basic ", " "},
        {"x=", "&y="},
        {"mail ", " or "},
        {"", "\n"},
        {"IBAN DE89", " "},
        {"4111 ", " 1111 "},
        {"postgres://u:", "@h/db "},
    };
    const anon_engine_t *e = all_engine;
    size_t checked = 0;
    for (size_t t = 0; t < anon_engine_ntypes(e); t++) {
        for (size_t n = 0; n < sizeof nums / sizeof nums[0]; n++) {
            char tok[ANON_TOKEN_MAX + 1];
            snprintf(tok, sizeof tok, "[%s_%s]", anon_engine_type_name(e, t), nums[n]);
            for (size_t f = 0; f < sizeof frames / sizeof frames[0]; f++) {
                char text[512];
                snprintf(text, sizeof text, "%s%s%s%s", frames[f][0], tok, frames[f][1], tok);
                anon_finding_t *out = NULL;
                size_t nf = 0;
                assert_int_equal(anon_find(e, text, strlen(text), &out, &nf), 0);
                for (size_t i = 0; i < nf; i++) {
                    /* a finding around the token frame is fine; none may reach into a token */
                    for (const char *q = text; (q = strstr(q, tok)) != NULL; q++) {
                        size_t ts = (size_t)(q - text);
                        if (out[i].end > ts && out[i].start < ts + strlen(tok))
                            fail_msg("%s matched inside token in: %s",
                                     anon_engine_type_name(e, out[i].type), text);
                    }
                }
                free(out);
                checked++;
            }
        }
    }
    assert_true(checked > 1000);
}

/* The engine's own guarantee holds for a custom detector that would match token digits. */
static void test_custom_detector_never_matches_token(void **state)
{
    (void)state;
    anon_custom_detector_t cd[] = {{"NUMBER", "\\d+"}};
    anon_config_t cfg = {.custom = cd, .ncustom = 1};
    char err[256], got[256];
    anon_engine_t *e = anon_engine_new(&cfg, err, sizeof err);
    assert_non_null(e);
    render(e, "[EMAIL_12] and 34", got, sizeof got);
    assert_string_equal(got, "NUMBER=34");
    anon_engine_free(e);
}

/* Adversarial repetitions must stay linear: quadratic behaviour on 256 KiB would take minutes.
 * Judged by the growth of this thread's CPU time from 64 KiB to 256 KiB of each unit (4x when
 * linear, 16x when quadratic), not by a wall-clock limit that a loaded machine would break. */
static void test_pathological_inputs_stay_fast(void **state)
{
    (void)state;
    static const char *const units[] = {
        "-----BEGIN RSA PRIVATE KEY-----\n",
        "1234567890",
        "+1234567890123",
        "1 ",
        "12-",
        "1.",
        "ab12:",
        "a@",
        "x@a.a.a.a.a.a.a",
        "a://",
        "postgres://u:p@",
        "sk-",
        "Bearer ",
        "eyJabc.",
        "[EMAIL_1",
        "DE89",
        "AB12 ",
        "(12)",
        "Phone: ",
    };
    const size_t total = 256 * 1024;
    char *b = malloc(total + 1);
    assert_non_null(b);
    double small = 0, big = 0;
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        small += scan_repeated(all_engine, units[u], b, total / 4);
        big += scan_repeated(all_engine, units[u], b, total);
    }
    /* linear reads ~4x; the slack covers caches and timer grain, a quadratic unit is 16x */
    assert_true(big < 8.0 * small + 0.25);
    free(b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_email_true_positives_and_negatives),
        cmocka_unit_test(test_credit_card_luhn),
        cmocka_unit_test(test_iban_mod97_any_case_and_spacing),
        cmocka_unit_test(test_ip_addresses_are_parsed),
        cmocka_unit_test(test_phone_formats),
        cmocka_unit_test(test_phone_rejects_dates_times_versions_prices_ids),
        cmocka_unit_test(test_no_findings_in_ids_hashes_and_timestamps),
        cmocka_unit_test(test_us_pack_ssn_and_itin),
        cmocka_unit_test(test_secrets_pack),
        cmocka_unit_test(test_triggers_by_neighbour_byte),
        cmocka_unit_test(test_secret_look_alikes_are_not_secrets),
        cmocka_unit_test(test_private_key_block_replaced_whole),
        cmocka_unit_test(test_jwt_with_long_header),
        cmocka_unit_test(test_de_pack),
        cmocka_unit_test(test_fr_pack),
        cmocka_unit_test(test_nl_pack),
        cmocka_unit_test(test_uk_pack),
        cmocka_unit_test(test_national_packs_off_by_default),
        cmocka_unit_test(test_checksum_validated_beats_unvalidated),
        cmocka_unit_test(test_unicode_word_boundaries),
        cmocka_unit_test(test_disabled_type_is_not_detected),
        cmocka_unit_test(test_custom_detector),
        cmocka_unit_test(test_custom_detector_starts_at_unicode_letters),
        cmocka_unit_test(test_many_candidates_compete_across_bitmap_words),
        cmocka_unit_test(test_ascii_windows_match_as_unicode_ones),
        cmocka_unit_test(test_runaway_custom_pattern_fails_closed),
        cmocka_unit_test(test_config_errors_name_the_culprit),
        cmocka_unit_test(test_pack_names_list),
        cmocka_unit_test(test_no_detector_matches_any_token),
        cmocka_unit_test(test_custom_detector_never_matches_token),
        cmocka_unit_test(test_pathological_inputs_stay_fast),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
