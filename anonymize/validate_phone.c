/* validate_phone.c: the phone number validator and its context check.
 *
 * anon_v_phone judges the digits and separators of a match; anon_c_phone reads the text around it
 * (hex dumps, ISBNs, build numbers, extensions) and rejects what only looks like a number to call.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/validate_internal.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

/* ---- phone ---------------------------------------------------------------------------- */
/* Plausibility, not a checksum: the pattern finds digit groups; this rejects the digit groups
 * that are dates, decimals, thousands-separated amounts, epoch timestamps and short counts. */
size_t anon_v_phone(const char *p, size_t n)
{
    size_t end = n;
    for (size_t i = 0; i < n; i++)
        if (p[i] == 'x' || p[i] == 'e' || p[i] == 'X' || p[i] == 'E') {
            end = i;
            break;
        }
    while (end > 0 && !is_digit(p[end - 1]) && p[end - 1] != ')')
        end--;
    int intl = p[0] == '+' || (end > 2 && p[0] == '0' && p[1] == '0');
    /* A list's or a sentence's next number after a space is not the phone's last group: "1. +44
     * 7700 900123 2. 07700 900456", "call +1 415 555 0132 2 times". A single digit never ends a
     * written number; two digits do ("01 42 68 53 00"), so those are cut only where the country's
     * length says the number ended before them. */
    if (end == n && end >= 4 && is_digit(p[end - 1])) {
        size_t g = end;
        while (g > 0 && is_digit(p[g - 1]))
            g--;
        size_t tail = end - g;
        if (g >= 2 && tail <= 2 && p[g - 1] == ' ' && is_digit(p[g - 2])) {
            size_t cut = anon_v_phone(p, g - 1);
            if (cut && tail == 1)
                return cut;
            if (cut && intl && p[0] == '+') {
                char d[24];
                size_t nd = 0, nc = 0;
                for (size_t i = 1; i < end && nd < sizeof d; i++) {
                    if (p[i] == '(' && i + 2 < end && p[i + 1] == '0' && p[i + 2] == ')')
                        i += 2;
                    else if (is_digit(p[i]))
                        d[nd++] = p[i];
                    if (i + 1 == g)
                        nc = nd;
                }
                if (nd < sizeof d && !anon_e164_ok(d, nd) && anon_e164_ok(d, nc))
                    return cut;
            }
        }
    }
    /* DIN 5008: a trunk-0 number and its extension after a dash ("0221 73193-0", "034154203-0"):
     * the number before the dash decides */
    if (end == n && p[0] == '0' && p[1] != '0' && end >= 9) {
        size_t g = end;
        while (g > 0 && is_digit(p[g - 1]))
            g--;
        if (g >= 8 && end - g <= 5 && p[g - 1] == '-' && is_digit(p[g - 2]) &&
            !memchr(p, '-', g - 1) && !memchr(p, '/', g - 1) && !memchr(p, '.', g - 1) &&
            anon_v_phone(p, g - 1))
            return n;
    }
    int paren = memchr(p, '(', end) != NULL;
    unsigned glen[16], gval[16];
    char sep[16];
    size_t ng = 0, digits = 0;
    int in = 0;
    char last_sep = 0;
    for (size_t i = 0; i < end; i++) {
        char c = p[i];
        if (is_digit(c)) {
            if (!in) {
                if (ng == 16)
                    return 0;
                glen[ng] = 0;
                gval[ng] = 0;
                sep[ng] = last_sep;
                ng++;
                in = 1;
            }
            glen[ng - 1]++;
            if (gval[ng - 1] < 100000)
                gval[ng - 1] = gval[ng - 1] * 10 + (unsigned)(c - '0');
            digits++;
        } else {
            if (in)
                last_sep = c;
            else if (c != ' ')
                last_sep = c;
            in = 0;
        }
    }
    /* the 00 of an international prefix and a national trunk written "(0)" are dialled, not
     * part of the number's 15 digits: "0049 (0)151 1234 5678" */
    size_t counted = digits;
    if (intl && p[0] == '0')
        counted -= 2;
    for (size_t i = 0; paren && i + 2 < end; i++)
        if (p[i] == '(' && p[i + 1] == '0' && p[i + 2] == ')')
            counted--;
    if (digits < 7 || counted > 15)
        return 0;
    /* a year in parentheses and a page: "(2019) 123 ALR 456", "(1990) 170 CLR 1" are law
     * reports; no area code is four digits from 1 or 2 between parentheses */
    if (p[0] == '(' && end > 5 && p[5] == ')' && (p[1] == '1' || p[1] == '2') && is_digit(p[2]) &&
        is_digit(p[3]) && is_digit(p[4]))
        return 0;
    if (intl || paren) {
        /* "00795978", "0012345678": zero-padded ids, not 00 + country code */
        if (p[0] == '0' && (digits < 10 || (ng == 1 && digits < 12)))
            return 0;
        /* no calling code starts with 0: "0001 3239 36" (an IBAN's last groups) is no number */
        if (p[0] == '0' && p[2] == '0' && !paren)
            return 0;
        /* a date after a diff's or a list's '+' ("+ 06.08.1965", "+ 1971-07-28": a pytest
         * assertion's new line) is no number: three groups, one separator, a calendar day */
        if (p[0] == '+' && ng == 3 && sep[1] == sep[2] &&
            (sep[1] == '.' || sep[1] == '-' || sep[1] == '/')) {
            int ymd = glen[0] == 4 && glen[1] <= 2 && glen[2] <= 2 && gval[0] >= 1900 &&
                      gval[0] < 2100 && gval[1] >= 1 && gval[1] <= 12 && gval[2] >= 1 &&
                      gval[2] <= 31;
            int dmy = glen[0] <= 2 && glen[1] <= 2 && glen[2] == 4 && gval[2] >= 1900 &&
                      gval[2] < 2100 && gval[0] >= 1 && gval[1] >= 1 &&
                      ((gval[0] <= 31 && gval[1] <= 12) || (gval[0] <= 12 && gval[1] <= 31));
            if (ymd || dmy)
                return 0;
        }
        /* 00 and 4.3.3 in dots is a Belgian enterprise number ("BTW BE 0020.553.408") */
        if (p[0] == '0' && ng == 3 && glen[0] == 4 && glen[1] == 3 && glen[2] == 3 &&
            sep[1] == '.' && sep[2] == '.')
            return 0;
        return digits >= 8 || paren ? n : 0;
    }
    if (ng == 1) {
        /* bare digits (the pattern demands phone context): not epoch seconds (1xxxxxxxxx),
         * placeholder runs or integer limits */
        static const char *const not_phone[] = {"0123456789", "1234567890", "9876543210",
                                                "2147483647", "2147483648", "4294967295",
                                                "4294967296", "9999999999"};
        /* 12 to 15: an international number without its '+' (anon_c_phone wants a phone
         * word before it): its country code and that country's length */
        if (digits >= 12 && digits <= 15 && end == digits)
            return anon_e164_ok(p, digits) ? n : 0;
        /* 1 and a NANP area code ([2-9]) is a North American number with its trunk 1; nine
         * digits are a Czech, Polish, Portuguese or Spanish number without spaces, eight a
         * Danish or Norwegian one (anon_c_phone wants a phone word before them) */
        /* eight: not a date, 20240101 */
        if (digits == 8 && ((p[0] == '1' && p[1] == '9') || (p[0] == '2' && p[1] == '0')) &&
            ((p[4] == '0' && p[5] >= '1') || (p[4] == '1' && p[5] <= '2')) && p[6] <= '3')
            return 0;
        /* eight: a Danish or Norwegian number, which starts with 2-9 */
        if (digits == 8 && (p[0] < '2' || p[0] > '9'))
            return 0;
        if (digits < 8 || digits > 11 || (p[0] == '1' && !(digits == 11 && p[1] >= '2')) ||
            (p[0] == '0' && p[1] == '0'))
            return 0;
        for (size_t i = 0; i < sizeof not_phone / sizeof not_phone[0]; i++)
            if (end >= 10 && memcmp(p, not_phone[i], 10) == 0)
                return 0;
        return n;
    }
    int same = 1, dots = 0;
    for (size_t g = 1; g < ng; g++) {
        if (sep[g] != sep[1])
            same = 0;
        if (sep[g] == '.')
            dots++;
        if (sep[g] == ',')
            return 0;
    }
    /* a dotted quad is an IPv4 address (or a version), never a phone; but eight digits in
     * dotted pairs are how Danes and Norwegians write numbers ("60.54.18.20"), admitted after a
     * phone word only (anon_c_phone) */
    if (ng == 4 && dots == 3 && glen[0] <= 3 && glen[1] <= 3 && glen[2] <= 3 && glen[3] <= 3 &&
        !(digits == 8 && glen[0] == 2 && glen[1] == 2 && glen[2] == 2))
        return 0;
    /* mixed separators other than spaces ("34.11-2012") are references, not numbers to call;
     * but the German notation writes the trunk 0 and the area code, a slash, then the number in
     * dashed groups or with its extension ("030/12345-678", "0151/3162-9613"), never a year
     * after the slash */
    int din = p[0] == '0' && p[1] != '0' && glen[0] >= 3 && glen[0] <= 5 && sep[1] == '/' &&
              glen[1] >= 3 && !(glen[1] == 4 && gval[1] >= 1900 && gval[1] <= 2099);
    /* the Belgian notation: the trunk 0 and the zone, a slash, the number in dotted groups of
     * two or three ("0470/12.34.56", "02/512.34.56") */
    int be = p[0] == '0' && p[1] != '0' && glen[0] >= 2 && glen[0] <= 4 && sep[1] == '/' &&
             ng >= 3 && digits >= 9;
    for (size_t g = 2; be && g < ng; g++)
        be = sep[g] == '.' && glen[g - 1] >= 2 && glen[g - 1] <= 3 && glen[g] >= 2 && glen[g] <= 3;
    /* the Hungarian notation: the trunk 06, the area code, a slash, the number as 3-4
     * ("06-30/123-4567", "06-1/234-5678") */
    int hu = ng == 4 && p[0] == '0' && p[1] == '6' && glen[0] == 2 && glen[1] <= 2 &&
             glen[2] == 3 && glen[3] == 4 && sep[1] == '-' && sep[2] == '/' && sep[3] == '-';
    for (size_t g = 2; g < ng; g++)
        if (sep[g] != sep[1] && sep[g] != ' ' && sep[1] != ' ' && !(din && sep[g] == '-') && !be &&
            !hu)
            return 0;
    /* a date written with spaces, or with its time after it: "09 05 2025", "01 01 2023 19 02"
     * (no numbering plan writes 2-2-4 with a year: French numbers are 2-2-2-2-2) */
    if ((ng == 3 || ng == 5) && glen[0] <= 2 && glen[1] <= 2 && glen[2] == 4 && sep[1] == ' ' &&
        sep[2] == ' ' && gval[2] >= 1900 && gval[2] <= 2099 && gval[0] >= 1 && gval[0] <= 31 &&
        gval[1] >= 1 && gval[1] <= 12 &&
        (ng == 3 || (glen[3] == 2 && glen[4] == 2 && gval[3] <= 23 && gval[4] <= 59)))
        return 0;
    /* a date with its time: "09.04.2019 18.00", "04.04.26 08.30" */
    if (ng == 5 && glen[0] <= 2 && glen[1] <= 2 && (glen[2] == 4 || glen[2] == 2) && glen[3] == 2 &&
        glen[4] == 2 && sep[1] == sep[2] && sep[1] != ' ' && sep[3] == ' ' && gval[0] >= 1 &&
        gval[0] <= 31 && gval[1] >= 1 && gval[1] <= 12 && gval[3] <= 23 && gval[4] <= 59)
        return 0;
    /* a reference with a year among slashes: "114/78/2022", "2022/2911/07" */
    if (ng >= 3 && same && sep[1] == '/' &&
        ((glen[0] == 4 && gval[0] >= 1900 && gval[0] <= 2099) ||
         (glen[ng - 1] == 4 && gval[ng - 1] >= 1900 && gval[ng - 1] <= 2099)))
        return 0;
    /* a UPC or EAN in its printed groups: "0 46343 03460 2" (a lone 0 never heads a number) */
    if (ng >= 3 && glen[0] == 1 && p[0] == '0' && glen[1] == 5 && glen[2] == 5)
        return 0;
    /* dates: y-m-d, d-m-y, m/d/y in any three consecutive groups */
    /* "0496.10.13.06": a trunk-0 area code and pairs hold no date */
    int pairs0 =
        ng == 4 && p[0] == '0' && glen[0] >= 3 && glen[1] == 2 && glen[2] == 2 && glen[3] == 2;
    for (size_t g = 0; ng <= 4 && !be && !pairs0 && g + 2 < ng; g++) {
        unsigned a = gval[g], b = gval[g + 1], c = gval[g + 2];
        if (sep[g + 1] == ' ' && sep[g + 2] == ' ')
            continue;
        if (glen[g] == 4 && a >= 1000 && glen[g + 1] <= 2 && glen[g + 2] <= 2 && b >= 1 && b <= 12)
            return 0;
        if (glen[g] <= 2 && glen[g + 1] <= 2 && (glen[g + 2] == 4 || glen[g + 2] == 2) &&
            ((a >= 1 && a <= 31 && b >= 1 && b <= 12) || (a >= 1 && a <= 12 && b >= 1 && b <= 31)))
            return 0;
        (void)c;
    }
    /* the US SSN shape 3-2-4 is never a phone, valid SSN or not */
    if (ng == 3 && sep[1] == '-' && sep[2] == '-' && glen[0] == 3 && glen[1] == 2 && glen[2] == 4)
        return 0;
    /* numbers holding a year ("2023 2024", "12 2024", "IEEE 754-2008") are prose, not phones */
    if (((same && sep[1] == ' ') || ng == 2) && p[0] != '0')
        for (size_t g = 0; g < ng; g++)
            if (glen[g] == 4 && gval[g] >= 1900 && gval[g] <= 2099)
                return 0;
    /* two groups: "555 1234", "99 668472", "555-1234", "06-10446904", "030/3838021" (trunk 0,
     * the German area code and number), "343-3596050", "340/9162187" (an Italian mobile, which
     * has no trunk 0); not "2024-00123", "1000-2000" or "00/123456" (all but the
     * international shapes need a phone word: anon_c_phone) */
    if (ng == 2 && sep[1] != ' ' && !(sep[1] == '-' && glen[0] == 3 && glen[1] == 4) &&
        !((sep[1] == '-' || sep[1] == '/') && p[0] == '3' && glen[0] == 3 &&
          (glen[1] == 6 || glen[1] == 7)) &&
        !(sep[1] == '-' && p[0] == '0' && glen[1] >= 6) &&
        /* "0920-36529", "0402-83867": a Swedish or Irish area code and five digits; "699-5369105",
         * "2310-576777": a Greek number with a dash (not "2024-123456") */
        !(sep[1] == '-' && p[0] == '0' && glen[0] >= 3 && glen[1] == 5) &&
        !(sep[1] == '-' && p[0] != '0' && glen[0] >= 3 && glen[0] <= 4 && digits == 10 &&
          !(glen[0] == 4 && gval[0] >= 1900 && gval[0] <= 2099)) &&
        !(sep[1] == '/' && p[0] == '0' && p[1] != '0' && glen[0] <= 5 && glen[1] >= 6))
        return 0;
    /* decimals and versions */
    if (dots && (ng == 2 || dots == (int)ng - 1)) {
        if (ng <= 3 && (glen[ng - 1] <= 2 || glen[0] <= 1))
            return 0;
    }
    /* 1 234 567 / 1.234.567: thousands grouping; but nine digits as 3.3.3 are how Spain,
     * Portugal, Poland and Czechia write numbers ("912.345.678"), admitted after a phone word
     * only (anon_c_phone) */
    if (same && (sep[1] == ' ' || sep[1] == '.') && glen[0] <= 3 &&
        !(ng == 3 && glen[0] == 3 && sep[1] == '.')) {
        int thousands = 1;
        for (size_t g = 1; g < ng; g++)
            if (glen[g] != 3)
                thousands = 0;
        if (thousands && (glen[0] == 1 || sep[1] == '.'))
            return 0;
    }
    /* lists of small numbers separated by spaces: "10 20 30 40"; but eight digits in pairs are
     * how Danish and Norwegian numbers are written ("33 87 70 88"), admitted after a phone word
     * only (anon_c_phone) */
    if (same && sep[1] == ' ' && p[0] != '0' && !(ng == 4 && digits == 8)) {
        int small = 1;
        for (size_t g = 0; g < ng; g++)
            if (glen[g] > 2)
                small = 0;
        if (small)
            return 0;
    }
    return n;
}

/* Do digit groups before s (and s's own) follow "ISBN" or "build" ("ISBN 978 0 2935 4357 8",
 * "ISBN-13: 978-...", "build 483 285 3823")? Then they are the book's or the build's number. */
static int isbn_or_build_before(const char *text, size_t s)
{
    size_t p = s, k = 0;
    while (p > 0 && k < 24 && (is_digit(text[p - 1]) || text[p - 1] == ' ' || text[p - 1] == '-'))
        p--, k++;
    while (p > 0 && (text[p - 1] == ':' || text[p - 1] == '#' || text[p - 1] == ' '))
        p--;
    size_t ws, wl = word_before(text, p, &ws);
    return (wl >= 4 && lower_eq(text + ws, 4, "isbn")) ||
           (wl == 5 && lower_eq(text + ws, 5, "build"));
}

/* PHONE: a phone's shape (international prefix, area code in parentheses, NANP 3-3-4 with or
 * without its trunk 1, a national trunk 0 not heading a street address), or any grouping after
 * a phone word or phrase (in the languages of the packs) or before a phone label. */
/* A number anon_c_phone admits by its shape or a label, unless an id's label stands right
 * before it (phone_labels.c). */
static int admit(const char *text, size_t s)
{
    return !anon_phone_id_label(text, s);
}

/* The digits of v (n bytes, spaces, dots, dashes and one "(0)" between) read as a calling code
 * and that country's length (e164.c). */
static int e164_digits(const char *v, size_t n)
{
    char d[16];
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (v[i] == '(' && i + 2 < n && v[i + 1] == '0' && v[i + 2] == ')')
            i += 2;
        else if (is_digit(v[i])) {
            if (k == sizeof d)
                return 0;
            d[k++] = v[i];
        } else if (v[i] != ' ' && v[i] != '.' && v[i] != '-')
            return 0;
    }
    return k >= 8 && anon_e164_ok(d, k);
}

/* Does an extension's word and its digits follow the number ending at text[e)? ("Durchwahl 34",
 * "poste 12", "wew. 20", "linka 246") */
static int ext_after(const char *text, size_t len, size_t e)
{
    static const char *const words[] = {
        "ext.",    "ext",       "durchwahl", "dw",       "klappe", "app.",  "poste",
        "toestel", "tst.",      "int.",      "interno",  "wew.",   "ankn.", "lokal",
        "linje",   "alanumero", "linka",     "kl.",      "mellék", "m.",    "dahili",
        "dah.",    "interior",  "extensión", "extensão", "εσωτ.",  NULL};
    if (e >= len || text[e] != ' ')
        return 0;
    size_t a = e + 1, b = a;
    while (b < len && b - a < 12 && text[b] != ' ' && text[b] != '\n')
        b++;
    if (b >= len || text[b] != ' ' || b + 1 >= len || !is_digit(text[b + 1]))
        return 0;
    for (size_t i = 0; words[i]; i++)
        if (lower_eq(text + a, b - a, words[i]))
            return 1;
    return 0;
}

/* Is the number before a joiner ("... oder ", "... ou ", "... & ") a phone? Asked once: the
 * number before is judged without a join of its own (phone56.c). */
static _Thread_local int joining;
static int joined_phone(const char *text, size_t len, size_t s)
{
    size_t e0, s0 = joining ? SIZE_MAX : anon_phone56_joined(text, s, &e0);
    if (s0 == SIZE_MAX || !anon_v_phone(text + s0, e0 - s0))
        return 0;
    joining = 1;
    int r = anon_c_phone(text, len, s0, e0);
    joining = 0;
    return r;
}

int anon_c_phone(const char *text, size_t len, size_t s, size_t e)
{
    static const char *const labels[] = {
        "phone", "phone number", "telephone", "tel", "tél", "mobile", "mobile number", "mob",
        "tel no", "tel. no", "phone no", "mobile no", "tel nr", "tel. nr", "cell", "cell phone",
        "fax", "call", "number", "whatsapp", "sms", "text", "desk", "office", "home", "work",
        "contact", "phone is", "phone at", "mobile is", "mobile at", "number is", "number at",
        "call me on", "call me at", "reach me at", "reach me on", "text me at", "text me on",
        "contact me at", "answering at", "messages to", "ring me on", "msisdn", "caller",
        "caller id",
        /* de */
        "telefon", "telefonnummer", "nummer", "mobil", "handy", "nummer ist", "ruf mich an unter",
        /* fr */
        "téléphone", "numéro", "portable", "numéro est", "appelez-moi au",
        /* nl */
        "telefoon", "telefoonnummer", "mobiel", "gsm", "nummer is", "bel",
        /* es, it */
        "teléfono", "telefono", "móvil", "movil", "celular", "cellulare", "numero", "tlf",
        /* pt */
        "telemóvel", "telemovel", "tlm", "telef", "liga-me para o",
        /* the compounds and abbreviations of each language (a label is a whole word: "tel"
         * does not end "Mobiltel." or "Tlf.nr.") and the phrases of chat */
        "tel.-nr", "tel.nr", "telnr", "tel-nr", "mobiltelefon", "mobilnummer", "handynummer",
        "festnetz", "rufnummer", "durchwahl", "mobiltel", "natel", "erreichbar unter", "mich unter",
        "port", "fixe", "ligne directe", "moi au", "joindre au", "bel me op", "bereikbaar op",
        "tfno", "telf", "tel. fijo", "llámame al", "número es", "número es el", "cel", "tel. fisso",
        "telefonico", "chiamami al", "numero è", "whatsapp al", "número é", "tel. kom", "kom",
        "komórka", "telefonu", "tel. stacjonarny", "zadzwoń pod", "pod numerem", "numer to", "tfn",
        "växel", "ring mig på", "nås på", "nummer är", "tlf.nr", "telefonnr", "mobilnr", "direkte",
        "ring til mig på", "træffes på", "nummer er", "sentralbord", "ring meg på",
        "nummeret mitt er", "puh", "puhelin", "puhelinnumero", "matkapuhelin", "puh.nro", "vaihde",
        "numeroon", "numeroni on", "tel. č", "telefonní číslo", "tel. číslo", "číslo je",
        "zavolej mi na", "volejte na", "telefonszám", "tel.sz", "mobilszám", "a számom", "cep",
        "cep no", "telefon no", "gsm no", "sabit hat", "faks", "numaram", "telefon fix",
        "sună-mă la", "numărul meu e", "mă găsiți la", "whatsapp la", "τηλ", "Τηλ", "τηλέφωνο",
        "Τηλέφωνο", "κινητό", "Κινητό", "κιν", "Κιν", "τηλ. επικοινωνίας", "πάρε με στο",
        "καλέστε στο", "Τηλ. επικοινωνίας", "κινητό μου είναι", "ph", "direct line", "direct dial",
        "landline", "number's", "cell is", "give us a call on", "joignable au", "bereikbaar via",
        "komorka", "reperibile al", "napište mi na", "pref", "voice", "call us on", "call us at",
        "telefone", "service client", "telefonszam", "mobilszam", "tilefono", "kinito",
        /* "my number" as typed on a phone, without diacritics (typed59) */
        "my no", "my nr", "my num", "mi num", "mi numero", "il mio num", "il mio numero", "meu num",
        "meu numero", "nr meu", "numarul meu", "moj nr", "moj numer", "mit nr", "mitt nr",
        "mun nro", "mun numero", "moje cislo", "szamom", "mijn nr", "meine nr", "kinito mou",
        "to kinito mou", "mon num", "mon numero",
        /* the phone words of Icelandic, Latvian, Lithuanian and Estonian, and the phrases that
         * hand over a number in the languages of the north, east and south (phone62): "í síma",
         * "pa tālruni", "numeriu", "helista numbril", "la numărul", "na broj", "al numero" */
        "sími", "símanúmer", "farsími", "í síma", "hringdu í", "tālr", "tālrunis", "pa tālruni",
        "pa tālr", "tālruņa numurs", "uz numuru", "telefonas", "numeriu", "telefono numeris",
        "numbril", "numbrile", "telefonil", "na číslo", "na čísle", "pište na", "volajte na",
        "na broj", "na mobitel", "na številko", "pokličite na", "la numărul", "la telefon",
        "sunați la", "numărul lui este", "al numero", "chiamare il", "scrivimi al", "llamar al",
        "escribir al", "ligue para o", "ring på", "sms til", "zadzwoń na", "numer telefonu to",
        "na numer",
        /* the phone words declined or possessed, in the case the sentence needs (phone63):
         * "telefonszámom", "puhelinnumeroni", "mobilnummeret mitt", "símanúmerið mitt er",
         * "tālruņa nr.", "τηλέφωνό μου είναι", "pod moim numerem", "mobilul meu" */
        "telefonszámom", "mobilszámom", "telefonszámomon", "puhelinnumeroni", "puhelinnumeroni on",
        "gsm-numeroni", "kännykkään", "telefoninumber", "telefoninumber on", "telefoninumbril",
        "mobiilinumber", "mobilnummeret", "mobilnummeret mitt", "telefonnummeret", "mobilnumret",
        "telefonnumret", "telefonnumret är", "mitt nummer är", "mit nummer er", "símanúmerið",
        "símanúmerið mitt er", "símanúmerinu", "farsíma", "í farsíma", "farsímanúmer", "tālruņa nr",
        "tālruņa numurs ir", "manu numuru", "mano numeris", "mobilul meu", "telefonul meu",
        "numărul meu de telefon e", "cep telefonum", "telefonum", "telefon numaram", "cep numaram",
        "τηλέφωνό μου", "τηλέφωνό μου είναι", "κινητό μου", "στο κινητό μου", "τηλεφώνου",
        "pod moim numerem", "na komórkę", "numer komórki", "numerem telefonu", "mój numer telefonu",
        "na mobil", "na mobilu", "číslo mobilu", "broj mobitela", "na mobitelu", "broj mobitela je",
        "telefonske številke", "mobilna številka", "telefonska številka je", "mi móvil",
        "mi número es el", "handynummer ist", "handynr", "meine nummer", "mijn mobiele nummer",
        "mobiele nummer", "tél. port", "n° de tél", "mon portable est le", "numero di cellulare",
        "il mio cellulare",
        /* weak: the contact and emergency words of each language */
        "kontakt", "contacto", "contatto", "contato", "yhteystiedot", "elérhetőség", "iletişim",
        "επικοινωνία", "notfall", "urgence", "urgences", "urgencias", "urgências", "urgențe",
        "spoed", "päivystys", "ügyelet", "pohotovost", "emergency", "out of hours", "after hours",
        /* the phone words as OCR misreads them on a scanned or faxed form (branch ocr51): '1'
         * or 'i' for 'l', 'c' for 'e'; a narrow table, not a fuzzy match */
        "te1", "tei", "tcl", "te1.-nr", "te1efon", "te1efone", "te1efoon", "te1efono", "te1éfono",
        "té1", "telcfon", "te1efonnummer", "t1f", "phonc", "mobi1", "mobi1e",
        /* ... and '0' for 'O', 'I' for 'l' (phone63); Latvian and Icelandic without their accents
         */
        "m0b", "m0b.", "m0bil", "mobii", "teiefon", "tif", "talr", "simi", NULL};
    /* the phone words a bare run of 12-15 digits may follow */
    static const char *const intl_labels[] = {
        /* en */
        "phone", "phone number", "telephone", "tel", "tél", "mobile", "mobile number", "mob",
        "tel no", "tel. no", "phone no", "mobile no", "tel nr", "tel. nr", "cell", "cell phone",
        "fax", "whatsapp", "sms", "msisdn", "phone is", "mobile is", "contact number", "call me on",
        "call me at", "reach me at", "reach me on", "text me at", "text me on",
        /* de, fr, nl, es, it, pt */
        "telefon", "telefonnummer", "mobil", "handy", "mobilnummer", "téléphone", "portable",
        "telefoon", "telefoonnummer", "mobiel", "gsm", "teléfono", "telefono", "móvil", "movil",
        "celular", "cellulare", "telemóvel", "telemovel", "tlf", "tlm", "mobiltelefon",
        "handynummer", "mobilnr", "tel. kom", "komórka", "tfn", "puh", "puhelin", "matkapuhelin",
        "telefonszám", "mobilszám", "cep", "τηλ", "Τηλ", "κινητό", "Κινητό", "tel. č",
        "telefonní číslo", "tel. číslo", "číslo je", "número é", "número es", "numero è",
        "numer to", "a számom", "numaram", "mob", "telefon", "tlf.nr", "call us on", "call us at",
        "telefone", "service client",
        /* "my number" as typed (typed59) */
        "my no", "my nr", "my num", "mi num", "il mio num", "meu num", "nr meu", "moj nr", "mit nr",
        "mitt nr", "mun nro", "moje cislo", "szamom", "mijn nr", "meine nr", "kinito mou",
        "mon num",
        /* the Nordic and Baltic phone words (phone62) */
        "sími", "símanúmer", "farsími", "í síma", "tālr", "tālrunis", "pa tālruni", "telefonas",
        "telefono numeris", "numeriu",
        /* declined and possessed (phone63) */
        "telefonszámom", "mobilszámom", "puhelinnumeroni", "puhelinnumeroni on", "telefoninumber",
        "telefoninumber on", "telefoninumbril", "mobiilinumber", "mobilnummeret",
        "mobilnummeret mitt", "telefonnummeret", "nummeret mitt er", "mobilnumret", "telefonnumret",
        "telefonnumret är", "mitt nummer är", "mit nummer er", "nummer er", "símanúmerið mitt er",
        "símanúmerinu", "í farsíma", "farsímanúmer", "tālruņa nr", "tālruņa numurs ir",
        "manu numuru", "mano numeris", "mobilul meu", "cep telefonum", "telefon numaram",
        "τηλέφωνό μου", "τηλέφωνό μου είναι", "κινητό μου", "τηλεφώνου", "mi móvil", "talr", "simi",
        NULL};
    static const char *const after[] = {"fax",   "office", "mobile", "cell",   "home",      "work",
                                        "phone", "tel",    "számon", "számra", "numaradan", NULL};
    const char *v = text + s;
    size_t n = e - s;
    if (in_hex_dump(text, len, s, e))
        return 0;
    /* a WhatsApp link's number (wa.me/491701234567): only numbers go there */
    if (s >= 6 && memcmp(text + s - 6, "wa.me/", 6) == 0)
        return 1;
    /* "x = a + 536228451", "total + 4155550132": a binary plus between an operand and a number,
     * not an international prefix */
    if (v[0] == '+' && n > 1 && v[1] == ' ' && s >= 2 && text[s - 1] == ' ' &&
        (is_alpha(text[s - 2]) || is_digit(text[s - 2]) || text[s - 2] == '_' ||
         text[s - 2] == ')' || text[s - 2] == ']'))
        return 0;
    if (v[0] != '+' && isbn_or_build_before(text, s))
        return 0;
    /* a number right after '#' is a ticket's, an issue's or a card's ("#123-456-7890", a line
     * opening "#01-3112-271") unless it dials with '+', or with a trunk 0 after a chat's blank
     * ("ok #0754503089pa"), or a phone word or mark stands before the '#' ("llamar #41 34 93 34")
     */
    if (s > 0 && text[s - 1] == '#' && v[0] != '+' &&
        !(v[0] == '0' && n > 1 && v[1] != '0' && s >= 2 && text[s - 2] == ' '))
        return (anon_labelled(text, s, labels) || anon_phone56_mark(text, s) ||
                anon_phone56_verb(text, s)) &&
               admit(text, s);
    /* what follows admits a number by its shape or a label; an id's label right before it
     * ("Policy no.", "Kundennummer:", "Lab sample ID:") makes it the id (phone_labels.c, asked
     * last: most candidates have no shape); a '+' still dials */
    if (v[0] == '+' || (v[0] == '(' && n > 1 && v[1] == '+'))
        return 1;
    /* 00 and a calling code with that country's length dials like '+' ("Riferimento: 0039 346
     * 7656440") */
    if (n > 2 && v[0] == '0' && v[1] == '0' && v[2] != '0' && e164_digits(v + 2, n - 2))
        return 1;
    if (v[0] == '(' || (n > 2 && v[0] == '0' && v[1] == '0' && v[2] != '0'))
        return admit(text, s);
    /* groups of the value's digits, up to an extension */
    size_t glen[8], ng = 0, i = 0;
    char sep[8] = {0};
    while (i < n && ng < 8 && is_digit(v[i])) {
        size_t b = i;
        while (i < n && is_digit(v[i]))
            i++;
        glen[ng] = i - b;
        sep[ng++] = i < n ? v[i] : 0;
        if (i < n && strchr(" .-/", v[i]) && i + 1 < n && is_digit(v[i + 1]))
            i++;
        else
            break;
    }
    int nanp = (ng == 3 && glen[0] == 3 && glen[1] == 3 && glen[2] == 4 && sep[0] == sep[1]) ||
               (ng == 4 && glen[0] == 1 && v[0] == '1' && glen[1] == 3 && glen[2] == 3 &&
                glen[3] == 4 && sep[0] != '/' && sep[1] != '/' && sep[2] != '/');
    if (nanp && sep[0] != '/')
        return admit(text, s);
    /* Spanish nine-digit numbers: 6xx/7xx mobiles as 3-3-3, any 6-9 as 3-2-2-2 (the groupings
     * people write; a thousands-grouped count is 3-3-3 too, so only the mobile ranges there) */
    if (v[0] >= '6' && v[0] <= '9' && ng == 4 && glen[0] == 3 && glen[1] == 2 && glen[2] == 2 &&
        glen[3] == 2 && sep[0] == sep[1] && sep[1] == sep[2] && sep[0] != '/')
        return admit(text, s);
    if ((v[0] == '6' || v[0] == '7') && ng == 3 && glen[0] == 3 && glen[1] == 3 && glen[2] == 3 &&
        sep[0] == ' ' && sep[1] == ' ')
        return admit(text, s);
    /* words of a hex dump ("0100 0000 0000") are not a national number ("0173 6344 6274" is:
     * no group after the first starts with 00); nor is the Belgian enterprise number's 4.3.3
     * ("BTW BE 0649.470.747") without a phone word */
    int hexwords = ng >= 2, zeros = 0;
    for (size_t g = 0, at = 0; g < ng; at += glen[g] + 1, g++) {
        hexwords &= glen[g] == 4;
        zeros |= g > 0 && glen[g] >= 2 && v[at] == '0' && v[at + 1] == '0';
    }
    hexwords &= zeros || ng < 3;
    int kbo =
        ng == 3 && glen[0] == 4 && glen[1] == 3 && glen[2] == 3 && sep[0] == '.' && sep[1] == '.';
    if (v[0] == '0' && ng >= 2 && !hexwords && !kbo) {
        /* a capitalised word right after makes it house numbers and a street name, not a
         * phone */
        if (!(e + 2 < len && text[e] == ' ' && text[e + 1] >= 'A' && text[e + 1] <= 'Z' &&
              text[e + 2] >= 'a' && text[e + 2] <= 'z') ||
            ext_after(text, len, e))
            return admit(text, s);
    }
    if (v[0] == '0' && ng == 1 && n >= 10 && v[1] != '0')
        return admit(text, s);
    /* 12 to 15 bare digits (anon_v_phone checked the country code and length): only right
     * after a word that names a phone, not "number", "home" or "contact" ("order number
     * 491701234567") */
    if (ng == 1 && (glen[0] >= 12 || glen[0] == 9 || glen[0] == 8) && glen[0] == n)
        return (anon_labelled(text, s, intl_labels) || anon_phone56_mark(text, s) ||
                anon_phone56_tel_link(text, len, s, e) || joined_phone(text, len, s)) &&
               admit(text, s);
    if (anon_labelled(text, s, labels) || anon_phone56_mark(text, s) ||
        anon_phone56_verb(text, s) || anon_phone56_tel_link(text, len, s, e) ||
        joined_phone(text, len, s))
        return admit(text, s);
    /* an extension's word after: "554 239 504 linka 246", "021 958 78 19 Durchwahl 1" */
    if (ext_after(text, len, e))
        return admit(text, s);
    /* a label after: "... (mobile)", "...-Office"; on the same line: the next line's "Fax:"
     * or "Tel." labels the value after it */
    size_t p = e, k = 0;
    while (p < len && k < 3 &&
           (text[p] == ' ' || text[p] == '\t' || text[p] == '-' || text[p] == '('))
        p++, k++;
    for (size_t w = 0; after[w]; w++) {
        size_t wl = strlen(after[w]);
        if (p + wl <= len && lower_eq(text + p, wl, after[w]))
            return admit(text, s);
    }
    return 0;
}
