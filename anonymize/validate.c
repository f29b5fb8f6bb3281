/* validate.c: the validators behind the detectors (checksums, parsers, plausibility rules).
 *
 * Each takes the bytes a pattern matched and returns how many of them are the value (0 = not a
 * value). They see only the match, never the surrounding text, and must not allocate: they run
 * for every candidate on the hot path.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/ssn_cue51.h"
#include "anonymize/ssn_cue54.h"
#include "anonymize/validate_internal.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

/* ---- cards ---------------------------------------------------------------------------- */
/* Does a card number of k digits starting with d fall in an issuer range of its length? Visa,
 * Mastercard (51-55, 2221-2720), Mir (2200-2204), Amex (34, 37), Diners (300-305, 36, 38, 39),
 * JCB (35, and 2131 and 1800 with 15 digits), Discover, UnionPay, RuPay and Maestro (50, 56-69,
 * 81, 82, early 0604), Troy (9792) and UATP (1, 15 digits). Luhn-valid numeric ids (snowflakes,
 * build numbers) mostly fall outside. */
static int card_iin(const char *d, size_t k)
{
    unsigned two = (unsigned)(d[0] - '0') * 10 + (unsigned)(d[1] - '0');
    unsigned four = two * 100 + (unsigned)(d[2] - '0') * 10 + (unsigned)(d[3] - '0');
    switch (d[0]) {
    case '0':
        return four == 604; /* early Maestro */
    case '1':
        return k == 15;
    case '2':
        return (four >= 2221 && four <= 2720 && k == 16) ||
               (four >= 2200 && four <= 2204 && k >= 16) || (four == 2131 && k == 15);
    case '3':
        if (two == 34 || two == 37)
            return k == 15;
        if ((four >= 3000 && four <= 3059) || two == 36 || two == 38 || two == 39)
            return k >= 14;
        return two == 35 && k >= 16;
    case '4':
        return k == 13 || k == 16 || k == 19;
    case '5':
        return two >= 51 && two <= 55 ? k == 16 : (two == 50 || two >= 56);
    case '6':
        return 1;
    case '8':
        return (two == 81 || two == 82) && k >= 16;
    case '9':
        return four == 9792 && k == 16; /* Troy */
    default:
        return 0;
    }
}

static size_t luhn_card(const char *p, size_t n)
{
    char d[32];
    size_t k = digits_of(p, n, d, sizeof d);
    if (k < 12 || k > 19 || all_same(d, k) || !card_iin(d, k))
        return 0;
    size_t lines = 0;
    for (size_t i = 0; i < n; i++)
        lines += p[i] == '\n';
    if (lines > 1)
        return 0;
    /* Bare epoch timestamps in ms, us, ns (15..17xxxxxxxx) are far more common than such cards. */
    if (k == n && (k == 13 || k == 16 || k == 19) && d[0] == '1' && d[1] >= '5' && d[1] <= '7')
        return 0;
    unsigned sum = 0;
    for (size_t i = 0; i < k; i++) {
        unsigned v = (unsigned)(d[k - 1 - i] - '0');
        if (i & 1) {
            v *= 2;
            if (v > 9)
                v -= 9;
        }
        sum += v;
    }
    return sum % 10 == 0 ? n : 0;
}

/* A card, or a run broken by one line break that is not one: then the line before the break
 * may be (a card followed by a number on the next line). */
size_t anon_v_luhn(const char *p, size_t n)
{
    size_t ok = luhn_card(p, n);
    if (ok)
        return ok;
    const char *nl = memchr(p, '\n', n);
    if (!nl)
        return 0;
    size_t k = (size_t)(nl - p);
    if (k && p[k - 1] == '\r')
        k--;
    return k ? luhn_card(p, k) : 0;
}

/* ---- IBAN ----------------------------------------------------------------------------- */
/* IBAN prefix and length of every country of the SWIFT IBAN Registry, Release 100 (January
 * 2025), and Iran (IR, 26), whose IBANs are in use though that release does not list it.
 * tests/unit/test_detect_variants.c holds the registry's list and checks this table. */
static const struct {
    char cc[3];
    unsigned char len;
} iban_len[] = {
    {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16}, {"BG", 22},
    {"BH", 22}, {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28}, {"CZ", 24},
    {"DE", 22}, {"DJ", 27}, {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18},
    {"FK", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27},
    {"GT", 28}, {"HN", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IR", 26},
    {"IS", 26}, {"IT", 27}, {"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32}, {"LI", 21},
    {"LT", 20}, {"LU", 20}, {"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19},
    {"MN", 20}, {"MR", 27}, {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18}, {"NO", 15}, {"OM", 23},
    {"PK", 24}, {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33},
    {"SA", 24}, {"SC", 31}, {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"SO", 23},
    {"ST", 25}, {"SV", 28}, {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24},
    {"XK", 20}, {"YE", 30},
};

unsigned anon_iban_country_len(char a, char b)
{
    a = upper(a);
    b = upper(b);
    for (size_t i = 0; i < sizeof iban_len / sizeof iban_len[0]; i++)
        if (iban_len[i].cc[0] == a && iban_len[i].cc[1] == b)
            return iban_len[i].len;
    return 0;
}

static int iban_sep(char c)
{
    return c == ' ' || c == '\t' || c == '-' || c == '\n' || c == '\r';
}

/* Accepts the IBAN at the start of p (spaces, tabs, dashes and one line break between characters
 * allowed) and returns its byte length; what follows it inside the match must be a separator,
 * never glued-on characters. The match may run on into the next words, so a BBAN must be mostly
 * digits, as every registry format is: "ES 12 is a number and..." is not an IBAN. */
size_t anon_v_iban(const char *p, size_t n)
{
    if (n < 4 || !is_alpha(p[0]) || !is_alpha(p[1]))
        return 0;
    unsigned want = anon_iban_country_len(p[0], p[1]);
    if (!want)
        return 0;
    char c[40];
    size_t k = 0, i = 0, lines = 0, digits = 0;
    for (; i < n && k < want; i++) {
        if (iban_sep(p[i])) {
            lines += p[i] == '\n';
            continue;
        }
        if (!is_digit(p[i]) && !is_alpha(p[i]))
            return 0;
        digits += k >= 4 && is_digit(p[i]);
        c[k++] = upper(p[i]);
    }
    if (k < want || lines > 1 || digits * 2 < want - 4)
        return 0;
    if (i < n && !iban_sep(p[i]))
        return 0;
    if (!is_digit(c[2]) || !is_digit(c[3]))
        return 0;
    /* mod 97 over BBAN + country + check digits, letters as 10..35 */
    unsigned rem = 0;
    for (size_t j = 0; j < want; j++) {
        char ch = c[(j + 4) % want];
        if (is_digit(ch)) {
            rem = (rem * 10 + (unsigned)(ch - '0')) % 97;
        } else {
            unsigned v = (unsigned)(ch - 'A') + 10;
            rem = (rem * 100 + v) % 97;
        }
    }
    return rem == 1 ? i : 0;
}

/* ---- US ------------------------------------------------------------------------------- */
size_t anon_v_us_ssn(const char *p, size_t n)
{
    char d[16];
    if (digits_of(p, n, d, sizeof d) != 9)
        return 0;
    int area = (d[0] - '0') * 100 + (d[1] - '0') * 10 + (d[2] - '0');
    if (area == 0 || area == 666 || area >= 900)
        return 0;
    if (d[3] == '0' && d[4] == '0')
        return 0;
    if (memcmp(d + 5, "0000", 4) == 0)
        return 0;
    if (all_same(d, 9) || memcmp(d, "123456789", 9) == 0 || memcmp(d, "078051120", 9) == 0 ||
        memcmp(d, "219099999", 9) == 0)
        return 0;
    return n;
}

size_t anon_v_us_itin(const char *p, size_t n)
{
    char d[16];
    if (digits_of(p, n, d, sizeof d) != 9 || d[0] != '9')
        return 0;
    int g = (d[3] - '0') * 10 + (d[4] - '0');
    if ((g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94))
        return n;
    return 0;
}

/* ---- DE ------------------------------------------------------------------------------- */
/* Steuerliche Identifikationsnummer: 11 digits, no leading 0, in the first ten one digit occurs
 * two or three times and no other repeats; check digit by ISO 7064 MOD 11,10. */
size_t anon_v_de_taxid(const char *p, size_t n)
{
    char d[16];
    if (digits_of(p, n, d, sizeof d) != 11 || d[0] == '0')
        return 0;
    unsigned cnt[10] = {0};
    for (int i = 0; i < 10; i++)
        cnt[d[i] - '0']++;
    int multi = 0;
    for (int i = 0; i < 10; i++) {
        if (cnt[i] > 3)
            return 0;
        if (cnt[i] >= 2)
            multi++;
    }
    if (multi != 1)
        return 0;
    unsigned product = 10;
    for (int i = 0; i < 10; i++) {
        unsigned sum = ((unsigned)(d[i] - '0') + product) % 10;
        if (sum == 0)
            sum = 10;
        product = (sum * 2) % 11;
    }
    unsigned check = 11 - product;
    if (check == 10)
        check = 0;
    return check == (unsigned)(d[10] - '0') ? n : 0;
}

/* Rentenversicherungsnummer: area(2) birth date DDMMYY(6) letter serial(2) check(1). The letter
 * becomes its two-digit alphabet position; weights 2,1,2,5,7,1,2,1,2,1,2,1, digit sums, mod 10. */
size_t anon_v_de_svnr(const char *p, size_t n)
{
    char c[16];
    size_t k = 0;
    char letter = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == ' ')
            continue;
        if (is_alpha(p[i])) {
            if (k != 8 || letter)
                return 0;
            letter = upper(p[i]);
            c[k++] = (char)('0' + (letter - 'A' + 1) / 10);
            c[k++] = (char)('0' + (letter - 'A' + 1) % 10);
            continue;
        }
        if (!is_digit(p[i]) || k >= 13)
            return 0;
        c[k++] = p[i];
    }
    if (k != 13 || !letter)
        return 0;
    int day = (c[2] - '0') * 10 + (c[3] - '0');
    int month = (c[4] - '0') * 10 + (c[5] - '0');
    if (day < 1 || day > 31 || month < 1 || month > 12)
        return 0;
    static const unsigned w[12] = {2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1};
    unsigned sum = 0;
    for (int i = 0; i < 12; i++) {
        unsigned v = (unsigned)(c[i] - '0') * w[i];
        sum += v / 10 + v % 10;
    }
    return sum % 10 == (unsigned)(c[12] - '0') ? n : 0;
}

/* ---- FR ------------------------------------------------------------------------------- */
/* NIR (numéro de sécurité sociale): 13 characters then a 2-digit key = 97 - (number mod 97);
 * Corsica's departments 2A and 2B count as 19 and 18. */
size_t anon_v_fr_nir(const char *p, size_t n)
{
    char c[16];
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == ' ')
            continue;
        if (k >= 15)
            return 0;
        c[k++] = upper(p[i]);
    }
    if (k != 15)
        return 0;
    int month = (c[3] - '0') * 10 + (c[4] - '0');
    if (!((month >= 1 && month <= 12) || month >= 20))
        return 0;
    uint64_t num = 0;
    for (int i = 0; i < 13; i++) {
        unsigned v;
        if (i == 5 && c[5] == '2' && (c[6] == 'A' || c[6] == 'B')) {
            v = c[6] == 'A' ? 19 : 18;
            num = num * 100 + v;
            i++;
            continue;
        }
        if (!is_digit(c[i]))
            return 0;
        num = num * 10 + (unsigned)(c[i] - '0');
    }
    if (!is_digit(c[13]) || !is_digit(c[14]))
        return 0;
    unsigned key = (unsigned)((c[13] - '0') * 10 + (c[14] - '0'));
    return key == 97 - num % 97 ? n : 0;
}

/* ---- NL ------------------------------------------------------------------------------- */
/* BSN: 9 digits, 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11 (the "elfproef"). */
size_t anon_v_nl_bsn(const char *p, size_t n)
{
    char d[16];
    if (digits_of(p, n, d, sizeof d) != 9 || all_same(d, 9))
        return 0;
    long sum = 0;
    for (int i = 0; i < 8; i++)
        sum += (long)(d[i] - '0') * (9 - i);
    sum -= d[8] - '0';
    return sum % 11 == 0 ? n : 0;
}

/* ---- UK ------------------------------------------------------------------------------- */
size_t anon_v_uk_nino(const char *p, size_t n)
{
    static const char *const bad[] = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"};
    if (n < 9)
        return 0;
    char a = upper(p[0]), b = upper(p[1]);
    if (strchr("DFIQUV", a) || strchr("DFIOQUV", b))
        return 0;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (bad[i][0] == a && bad[i][1] == b)
            return 0;
    char d[16];
    if (digits_of(p, n, d, sizeof d) != 6)
        return 0;
    return n;
}

/* NHS number: 10 digits, weights 10..2 on the first nine, check = 11 - sum mod 11 (11 -> 0,
 * 10 -> invalid). Issued ranges: England and Wales 400-499 and 600-799, Northern Ireland
 * 320-399, the 9xx test range used in documentation, and Scotland's CHI numbers, which start
 * with a birth date DDMM. Epoch seconds (15..17xxxxxxxx) mostly fail the last rule. */
size_t anon_v_uk_nhs(const char *p, size_t n)
{
    char d[16];
    if (digits_of(p, n, d, sizeof d) != 10 || all_same(d, 10))
        return 0;
    int head = (d[0] - '0') * 100 + (d[1] - '0') * 10 + (d[2] - '0');
    int dd = (d[0] - '0') * 10 + (d[1] - '0'), mm = (d[2] - '0') * 10 + (d[3] - '0');
    int chi = dd >= 1 && dd <= 31 && mm >= 1 && mm <= 12;
    if (!chi && !(head >= 320 && head <= 499) && !(head >= 600 && head <= 799) && head < 900)
        return 0;
    unsigned sum = 0;
    for (int i = 0; i < 9; i++)
        sum += (unsigned)(d[i] - '0') * (unsigned)(10 - i);
    unsigned check = 11 - sum % 11;
    if (check == 11)
        check = 0;
    if (check == 10)
        return 0;
    return check == (unsigned)(d[9] - '0') ? n : 0;
}

/* US_SSN without dashes: after its name, in the languages of the packs, with a verb or a
 * parenthesised abbreviation between ("social security number is", "(SSN) es", "SSN: "). */
int anon_c_ssn_label(const char *text, size_t len, size_t s, size_t e)
{
    if (e - s == 11 && text[s + 3] == '-' && text[s + 6] == '-')
        return 1;
    static const char *const labels[] = {"ssn",
                                         "ss#",
                                         "ssn#",
                                         "social security",
                                         "social security number",
                                         "social security no",
                                         "social security no.",
                                         "social security #",
                                         "seguro social",
                                         "sozialversicherungsnummer",
                                         "sécurité sociale",
                                         "securite sociale",
                                         "previdenza sociale",
                                         "tax id",
                                         "taxid",
                                         "taxpayer id",
                                         "tin",
                                         NULL};
    /* words that may stand between the name and the value */
    static const char *const verbs[] = {"is",       "est",    "es",  "ist", "\xc3\xa8",
                                        "\xc3\xa9", "lautet", "was", "=",   NULL};
    (void)len;
    (void)e;
    if (anon_labelled(text, s, labels) || anon_ssn_array_cue(text, s) ||
        anon_ssn_frame_cue(text, s, e))
        return 1;
    /* skip blanks, one verb, blanks and a closing parenthesis, then look for the name */
    size_t p = s;
    while (p > 0 && s - p < 4 && (text[p - 1] == ' ' || text[p - 1] == ':'))
        p--;
    if (p == s)
        return 0;
    for (size_t v = 0; verbs[v]; v++) {
        size_t k = strlen(verbs[v]);
        if (k < p && lower_eq(text + p - k, k, verbs[v]) &&
            !(is_alpha(text[p - k - 1]) || (unsigned char)text[p - k - 1] >= 0x80)) {
            p -= k;
            while (p > 0 && text[p - 1] == ' ')
                p--;
            if (p > 0 && text[p - 1] == ')')
                p--;
            for (size_t l = 0; labels[l]; l++) {
                size_t n = strlen(labels[l]);
                if (n <= p && lower_eq(text + p - n, n, labels[l]) &&
                    (p == n ||
                     !(is_alpha(text[p - n - 1]) || (unsigned char)text[p - n - 1] >= 0x80)))
                    return 1;
            }
            return 0;
        }
    }
    return 0;
}

/* Is the number at s the value of an id-like key ("customer_id=", "order_id: ", "AWS account",
 * "Kafka offset", "tracking number", "invoice #")? Luhn passes one id in ten. */
static int id_key(const char *text, size_t s)
{
    static const char *const keys[] = {
        "id",     "ids",       "account",  "acct",      "offset",  "invoice", "tracking",
        "order",  "ticket",    "build",    "job",       "session", "request", "trace",
        "span",   "pid",       "uid",      "gid",       "inode",   "seq",     "sequence",
        "serial", "timestamp", "ts",       "partition", "commit",  "issue",   "pr",
        "run",    "user",      "customer", "snowflake", "message", "msg",     "channel",
        "guild",  "tweet",     "object",   "row",       "record",  "key",     NULL};
    size_t p = s, k = 0;
    /* (a list's first element: "related_ids": [4222222222222, ...]) */
    while (p > 0 && k < 4 && strchr("=: #\"'[", text[p - 1]) && text[p - 1])
        p--, k++;
    size_t ws, wl = word_before(text, p, &ws);
    if (!wl)
        return 0;
    /* "tracking number", "order no": the word before */
    if (lower_eq(text + ws, wl, "number") || lower_eq(text + ws, wl, "no") ||
        lower_eq(text + ws, wl, "nr")) {
        p = ws;
        while (p > 0 && text[p - 1] == ' ')
            p--;
        if (!(wl = word_before(text, p, &ws)))
            return 0;
    }
    if (in_list(text + ws, wl, keys))
        return 1;
    /* customer_id, orderId, build-id, accountID; related_ids, userIds */
    if (wl > 3 && (text[ws + wl - 1] | 0x20) == 's' && (text[ws + wl - 2] | 0x20) == 'd')
        wl--;
    if (wl > 2 && (text[ws + wl - 2] | 0x20) == 'i' && (text[ws + wl - 1] | 0x20) == 'd' &&
        (text[ws + wl - 3] == '_' || text[ws + wl - 3] == '-' ||
         (text[ws + wl - 2] == 'I' && text[ws + wl - 3] >= 'a' && text[ws + wl - 3] <= 'z')))
        return 1;
    return 0;
}

/* Is text[s .. e) written in a card's groups, one space or dash between them (4-4-4-4,
 * 4-4-4-4-3, Amex's 4-6-5)? Ids are not: "account: 4539 1488 0343 6467" after an id word is a
 * card pasted into the wrong field, and stays one. */
static int card_groups(const char *text, size_t s, size_t e)
{
    size_t g[6], n = 0, run = 0;
    for (size_t i = s; i <= e; i++) {
        if (i < e && is_digit(text[i])) {
            run++;
            continue;
        }
        if (n == 6 || run == 0 || (i < e && text[i] != ' ' && text[i] != '-'))
            return 0;
        g[n++] = run;
        run = 0;
    }
    if (n == 3)
        return g[0] == 4 && g[1] == 6 && g[2] == 5;
    if (n != 4 && n != 5)
        return 0;
    for (size_t k = 0; k < 4; k++)
        if (g[k] != 4)
            return 0;
    return n == 4 || g[4] == 3;
}

/* Does the line around text[s .. e) hold another whole run of 13-16 digits that is a card (a row
 * of payment data)? Looks at most 256 bytes either side. */
static int ean13_ok(const char *d);

/* Another card in the line of text[s .. e) (a row of cards); with skip_gtin, a 13-digit run that
 * is also a GTIN-13 is no other card (a barcode beside a barcode). */
static int card_in_line_ex(const char *text, size_t len, size_t s, size_t e, int skip_gtin);

static int card_in_line(const char *text, size_t len, size_t s, size_t e)
{
    return card_in_line_ex(text, len, s, e, 0);
}

static int card_in_line_ex(const char *text, size_t len, size_t s, size_t e, int skip_gtin)
{
    size_t b = s, f = e;
    while (b > 0 && s - b < 256 && text[b - 1] != '\n')
        b--;
    while (f < len && f - e < 256 && text[f] != '\n')
        f++;
    for (size_t i = b; i < f;) {
        if (!is_digit(text[i]) || (i > 0 && is_digit(text[i - 1]))) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < f && is_digit(text[j]))
            j++;
        if (i != s && j - i >= 13 && j - i <= 16 && luhn_card(text + i, j - i) &&
            !(skip_gtin && j - i == 13 && ean13_ok(text + i)))
            return 1;
        i = j;
    }
    return 0;
}

/* CREDIT_CARD: a bare run of 17-18 digits is far more often an id (snowflakes, database keys)
 * than a card, so it needs a card word shortly before it or another card in its line (19 digits in
 * an issuer range do not); a card split by a line break must not be two rows of a number table
 * (other groups right before or after it). */
/* Does the member or variable whose value opens at text[open] == '[' name a card ("card",
 * "cardNumber", "pan": anon_member_label)? */
static int array_card_key(const char *text, size_t open)
{
    size_t b = open;
    while (b > 0 && open - b < 6 && strchr(" :=\"'\\", text[b - 1]) && text[b - 1])
        b--;
    size_t ke = b;
    while (b > 0 && ke - b < 40 &&
           (is_alpha(text[b - 1]) || is_digit(text[b - 1]) || text[b - 1] == '_' ||
            text[b - 1] == '-'))
        b--;
    size_t ll = 0;
    const char *label = ke > b ? anon_member_label(text + b, ke - b, &ll) : NULL;
    return label && ll == 6 && memcmp(label, "card: ", 6) == 0;
}

/* Does a card word ("card", "Karte", "tarjeta", "visa"...) stand within 48 bytes before s? */
static int card_word_before(const char *text, size_t s)
{
    static const char *const words[] = {"card",   "cart",   "kart",    "tarjeta",  "visa",
                                        "master", "amex",   "maestro", "unionpay", "credit",
                                        "debit",  "kredit", "crédit",  "pan",      NULL};
    size_t b = s > 48 ? s - 48 : 0;
    for (size_t i = b; i < s; i++)
        for (size_t w = 0; words[w]; w++) {
            size_t k = strlen(words[w]);
            if (i + k <= s && lower_eq(text + i, k, words[w]))
                return 1;
        }
    return 0;
}

/* Do the 13 digits at d carry a valid EAN-13 (GTIN-13) check digit? */
static int ean13_ok(const char *d)
{
    unsigned sum = 0;
    for (int i = 0; i < 12; i++)
        sum += (unsigned)(d[i] - '0') * (i % 2 ? 3u : 1u);
    return (10 - sum % 10) % 10 == (unsigned)(d[12] - '0');
}

int anon_c_card(const char *text, size_t len, size_t s, size_t e)
{
    size_t digits = 0, lines = 0;
    for (size_t i = s; i < e; i++) {
        digits += is_digit(text[i]);
        lines += text[i] == '\n';
    }
    if (lines) {
        if (s >= 2 && is_digit(text[s - 2]) && strchr(" .-", text[s - 1]))
            return 0;
        if (e + 1 < len && strchr(" .-", text[e]) && is_digit(text[e + 1]))
            return 0;
    }
    /* words of a hex dump are groups; a whole run of 12+ digits is not one */
    if (digits != e - s && in_hex_dump(text, len, s, e))
        return 0;
    if (id_key(text, s) && !card_groups(text, s, e))
        return 0;
    /* a card over an array's elements ("pan": [4892, 4408, 6123, 4567]) needs its key, as the
     * JSON walker's array rule does (rewrite_array.c): a bounding box may pass Luhn by chance.
     * One string element that holds the grouped card ('["4892 4408 6123 4567"]', a key path
     * 'accounts["4892 4408 6123 4567"]') is a card like any quoted one, and so is an XML
     * element's CDATA ('<pan><![CDATA[4892 4408 6123 4567]]>'). */
    int cdata = s >= 9 && memcmp(text + s - 9, "<![CDATA[", 9) == 0; /* XML text, no array */
    if (digits != e - s && s > 0 && !cdata &&
        (text[s - 1] == '[' || (s > 1 && text[s - 1] == '"' && text[s - 2] == '[')) &&
        (text[s - 1] == '[' || memchr(text + s, '"', e - s) || memchr(text + s, ',', e - s)))
        /* ... or a card word shortly before a keyless array pasted in text ("the OCR of the
         * card returned [4111, 1111, 1111, 1111]", fid50) */
        return array_card_key(text, s - (text[s - 1] == '"' ? 2 : 1)) ||
               card_word_before(text, s - (text[s - 1] == '"' ? 2 : 1));
    /* 13 digits are an old Visa's length only: a GTIN-13 or an id of 13 digits that starts
     * otherwise and passes Luhn by chance ("EAN 5909509261811") is no card */
    if (digits == 13) {
        size_t f = s;
        while (f < e && !is_digit(text[f]))
            f++;
        if (f < e && text[f] != '4')
            return 0;
        /* a bare run that is also a GTIN-13 (GS1 prefixes 400-440 are Germany's, and its check
         * digit holds) with no card word before is a barcode: a 13-digit Visa passes the EAN
         * check one time in ten and is no longer issued; one in a row of other cards stays */
        if (digits == e - s && !card_word_before(text, s) && ean13_ok(text + s) &&
            !card_in_line_ex(text, len, s, e, 1))
            return 0;
    }
    if (digits < 17 || digits != e - s)
        return 1;
    /* 19 digits in an issuer range: snowflakes and tweet ids of that length start with 1 (2 from
     * 2027, outside Mir's 2200-2204 until later), epoch nanoseconds with 15-17 (anon_v_luhn); as a
     * path segment (jobs/4888754783560498592) they are ids like any other */
    if (digits == 19 && !(s > 0 && text[s - 1] == '/'))
        return 1;
    if (card_in_line(text, len, s, e))
        return 1;
    return card_word_before(text, s);
}
