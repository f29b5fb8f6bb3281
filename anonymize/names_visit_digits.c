/* names_visit_digits.c: the pass's visitor of a digit run (visit_digits()): a date of birth in its
 * many written forms, an OCR slip in one, a number-word street, and the negative checks that
 * keep a number from being read as a date.
 *
 * Called by nw_visit() (names.c) at each digit run that starts a word.
 */
#include "anonymize/names_internal.h"
#include "anonymize/names_scan_internal.h"
#include "anonymize/names_h12rp.h"
#include "anonymize/names_dob17.h"
#include "anonymize/names_dob41.h"
#include "anonymize/names_precheck.h"
#include "anonymize/names_typed54.h"
#include "anonymize/names_scan57.h"
#include "anonymize/names_street58.h"
#include "anonymize/names_inflects62.h"
#include "anonymize/names_street59.h"
#include "anonymize/names_addrw64.h"
#include "anonymize/names_dob58.h"
#include "anonymize/names_dob62.h"
#include "anonymize/names_scan59.h"

#include <stdint.h>

#include <openssl/mem.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define MAX_RUN 6

/* The day of "May-16-1985" at i, when it is a date of birth: emitted, *next past it. Kept out
 * of nw_visit so that the pass's common path stays small. */
__attribute__((noinline)) int month_hyphen_day(struct sc *s, size_t i, size_t *next)
{
    size_t ds, e, d = i + 6;
    if (d <= s->len && is_digit(s->t[d - 1]) && (d == s->len || !is_digit(s->t[d])) &&
        (s->kinds & (1u << ANON_NAMES_ADDRESS)) && (e = nw_street40_pin(s, i, d, &ds))) {
        *next = e; /* "Hyderabad-500052" ends an address (names_street40.c) */
        return s->emit(s->arg, ANON_NAMES_ADDRESS, ds, e);
    }
    e = nw_dob_after_month_hyphen(s, i, &ds);
    if (!e)
        return 0;
    *next = e;
    return s->emit(s->arg, ANON_NAMES_DOB, ds, e);
}

/* The date of birth in a value joined by '_' at the digits at i, where no word starts
 * ("dob=April_12th,_1993"): emitted, *next past it (names_dob6.c). */
__attribute__((noinline)) int joined_date(struct sc *s, size_t i, size_t *next)
{
    size_t ds, d = i, e;
    while (d < s->len && is_digit(s->t[d]))
        d++;
    if (!(s->kinds & (1u << ANON_NAMES_DOB)) || d - i > 4 || !(e = nw_dob_reread(s, i, d, &ds)))
        return 0;
    *next = e;
    return s->emit(s->arg, ANON_NAMES_DOB, ds, e);
}

/* The date of birth at the digits i .. d that the date reader refused, read again by
 * names_dob6.c: 1 when there is one, emitted (the emit's answer in *rc), *next past it. Out of
 * visit_digits so that its common path stays small. */
static __attribute__((noinline)) int reread_date(struct sc *s, size_t i, size_t d, size_t *next,
                                                 int *rc)
{
    size_t ds, e;
    if (!(e = nw_dob_reread(s, i, d, &ds)))
        return 0;
    *next = e;
    *rc = s->emit(s->arg, ANON_NAMES_DOB, ds, e);
    return 1;
}

/* A birth date at a short digit run that no date took, read by names_dob17.c: a month and a
 * two-digit year, an OCR'd date; emitted (the emit's answer in *rc), *next past it. Out of
 * visit_digits so that its common path stays small. */
static __attribute__((noinline)) int dob17_short(struct sc *s, size_t i, size_t d, size_t *next,
                                                 int *rc)
{
    size_t ds = i, e = 0;
    if (d - i == 2 && !(ds = nw_dob17_month_yy(s, i, d, &e)))
        ds = i;
    if (!e && !(e = nw_dob17_ocr_date(s, i, d)))
        return 0;
    *next = e;
    *rc = s->emit(s->arg, ANON_NAMES_DOB, ds, e);
    return 1;
}

/* A birth date that programs print and the date reader leaves, under a birth key, header or
 * key line (names_dob43.c): emitted (the emit's answer in *rc), *next past it. */
static __attribute__((noinline)) int dob43_value(struct sc *s, size_t i, size_t d, size_t *next,
                                                 int *rc)
{
    size_t ds, e = nw_dob43_value(s, i, d, &ds);
    if (!e)
        return 0;
    *next = e;
    *rc = s->emit(s->arg, ANON_NAMES_DOB, ds, e);
    return 1;
}

/* The bytes two before a house number after "nr. ", "No: ", "nr.", "No:", "No " (its last
 * byte, or the '.' or ':' after it): the one test visit_digits makes of every number. */
/* clang-format off */
static const uint8_t number_word_end[256] = {
    ['.'] = 1, [':'] = 1, ['r'] = 1, ['o'] = 1, ['O'] = 1,
    /* names_street58.c's types, particles and months before a date: "Rua 25", "C/ 2", "des 17.",
     * "du 8", "Plac 1000-lecia", "RUA 25", "DES 17.", "CALLE 8", "OKTÓBER 6.", "AM 1." */
    ['a'] = 1, ['/'] = 1, ['s'] = 1, ['u'] = 1, ['c'] = 1, ['A'] = 1, ['S'] = 1, ['U'] = 1,
    ['C'] = 1, ['E'] = 1, ['R'] = 1, ['M'] = 1};
/* clang-format on */

/* A Romanian or Turkish street read back from its number word at the digits i (names_forms42.c):
 * 1 when there is one, emitted (the emit's answer in *rc), *next past it. */
static __attribute__((noinline)) int number_word_street(struct sc *s, size_t i, size_t d,
                                                        size_t *next, int *rc)
{
    size_t as, e;
    if (nw_street58_may(s, i, d) && nw_street58_digits(s, i, d, next, rc))
        return 1; /* "ul. 3 Maja 7", "nám. 28. října 5", "Október 6. utca 12" (names_street58.c) */
    if (!nw_forms42_may(s->t, i) || !(s->kinds & (1u << ANON_NAMES_ADDRESS)) ||
        !(e = nw_forms42_number(s, i, &as)))
        return 0;
    *next = e;
    *rc = s->emit(s->arg, ANON_NAMES_ADDRESS, as, e);
    return 1;
}

/* names_scan57.c's street in capitals with its number first at the digits i .. d, when it
 * reaches past e (another reader's end): 1 when there is one, emitted with the postcode cell
 * after it (the emit's answer in *rc), *next past it. */
static __attribute__((noinline)) int number_first57(struct sc *s, size_t i, size_t d, size_t e,
                                                    size_t *next, int *rc)
{
    size_t e57 = nw_scan57_number_first(s, i, d);
    if (e57 <= e)
        return 0;
    *next = e57;
    int r = s->emit(s->arg, ANON_NAMES_ADDRESS, nw_addr_start(s, i), e57);
    size_t ps, pe = r >= 0 ? nw_scan57_postcode(s, e57, &ps) : 0;
    if (pe) { /* "12 HIGH STREET\nBATH BA1 2QH" */
        *next = pe;
        r = s->emit(s->arg, ANON_NAMES_ADDRESS, ps, pe);
    }
    *rc = r;
    return 1;
}

/* The bytes after a date's first digits that names_scan55.c's screen reads on from (a separator
 * only when the next group ends in the same one: not a phone's "555-1234"). */
static const uint8_t scan55_lead_byte[256] = {
    ['.'] = 1, ['/'] = 1, ['-'] = 1, ['S'] = 1, ['B'] = 1};

/* nw_visit() at a digit that may start a word: a date of birth, an address by its number or
 * postcode; *next past what it took, or past the digits. */
__attribute__((noinline)) int visit_digits(struct sc *s, size_t i, size_t *next)
{
    const uint8_t *t = s->t;
    int rcw;
    if (nw_addrw64_may(t, i) && (s->kinds & (1u << ANON_NAMES_ADDRESS)) &&
        nw_addrw64_at(s, i, next, &rcw))
        return rcw; /* "ул. Ленина, д. 5", "中关村大街27号", "테헤란로 152" (names_addrw64.c) */
    size_t d = i + 1; /* the run's end: the recognisers are asked only where their
                         pre-checks (names_precheck.h) allow */
    while (d < s->len && is_digit(t[d]))
        d++;
    size_t ds,
        e = (s->kinds & (1u << ANON_NAMES_DOB)) && nw_date_may(s, i, d) ? nw_date_at(s, i, &ds) : 0;
    if (e &&
        (e >= s->len ||
         !(is_alnum(t[e]) || (t[e] == '.' && e + 1 < s->len && is_digit(t[e + 1])))) &&
        !(nw_dob7_stamp_may(s, ds, e) && nw_dob7_stamp(s, ds, e)) &&
        (nw_birth_before(s, ds) || nw_birth_after(s, e) || nw_birthday_yearless(s, ds, e) ||
         nw_birth_answer(s, ds, e) || nw_dob7_birth(s, ds, e) || nw_dob8_birth(s, ds) ||
         nw_dob9_birth(s, ds, e) || nw_dob10_birth(s, ds, e) || nw_dob11_birth(s, ds, e) ||
         nw_dob_age_near(s, ds, e) || nw_dob12_birth(s, ds, e) || nw_dob14_birth(s, ds, e) ||
         nw_dob16_birth(s, ds, e) || nw_dob17_birth(s, ds, e) || nw_h12dob_list(s, ds, e) ||
         nw_dob41_birth(s, ds, e) || nw_dob42_birth(s, ds, e) || nw_dob43_birth(s, ds, e) ||
         nw_dob44_birth(s, ds, e) || nw_dob45_birth(s, ds, e) || nw_dob46_birth(s, ds, e) ||
         (e - ds == 8 && nw_dob49_compact(s, ds, e)) || /* "(f. 19830924)" */
         nw_left50_birth(s, ds, e) || nw_scan57_birth_column(s, ds, e) ||
         nw_dob58_birth(s, ds, e) || nw_scan59_ocr_label(s, ds)) &&
        !nw_dob16_cutoff(s, ds) && !nw_dob42_veto(s, ds) && !nw_dob45_veto(s, e) &&
        !nw_dob46_veto(s, ds) && !nw_left50_veto(s, ds) && !nw_dob58_veto(s, e) &&
        !nw_dob62_veto(s, ds)) {
        *next = e;
        return s->emit(s->arg, ANON_NAMES_DOB, ds, e);
    }
    int rc; /* names_dob6.c: a birth before 1900 ("b. 1884-11-19"), a value joined by '_' */
    if (!e && d - i <= 4 && (s->kinds & (1u << ANON_NAMES_DOB)) && nw_dob6_may(s, i, d) &&
        reread_date(s, i, d, next, &rc))
        return rc;
    if (e && ds > i) { /* GEDCOM's "2 DATE 2 MAY 2022" (names_dates.c): no house number */
        *next = e;
        return 0;
    }
    if (!e && d - i == 4 && i > 0 && t[i - 1] == '(' && d < s->len && t[d] == ',' &&
        (s->kinds & (1u << ANON_NAMES_DOB)) &&
        ((e = nw_dob7_ctor(s, i, d, &ds)) || (e = nw_dob42_ctor(s, i, d, &ds)))) {
        *next = e; /* "Date.new(1987, 3, 4)" under a birth key (names_dob7.c) */
        return s->emit(s->arg, ANON_NAMES_DOB, ds, e);
    }
    if (!e && (s->kinds & (1u << ANON_NAMES_DOB))) {
        size_t ye = 0; /* a month and its year alone: "Date of birth: March 1987", "DOB 03/1987" */
        if (d - i == 4 && i > 0 && t[i - 1] == ' ')
            ye = d;
        else if (d - i <= 2 && d + 5 <= s->len && (t[d] == '/' || t[d] == '.' || t[d] == '-') &&
                 is_digit(t[d + 1]) && is_digit(t[d + 2]) && is_digit(t[d + 3]) &&
                 is_digit(t[d + 4]) && (d + 5 == s->len || !is_digit(t[d + 5])))
            ye = d + 5;
        if (ye && (ds = nw_dob14_month_year(s, ye - 4, ye))) { /* names_dob14.c */
            *next = ye;
            return s->emit(s->arg, ANON_NAMES_DOB, ds, ye);
        }
        int slip = -1; /* nw_scan55_slip(t, d, s->len) once asked: the two readers' screen */
        if (d - i <= 2 && d + 8 < s->len &&
            (nw_street58_ocr_byte(t[d]) || t[d] == ' '
                 ? nw_street58_ocr_byte(t[d + (t[d] == ' ')])
                 : scan55_lead_byte[t[d]] && t[d] < 'A' && (slip = nw_scan55_slip(t, d, s->len))) &&
            (e = nw_street58_ocr_date(s, i))) {
            *next = e; /* "27 O6 1965", "28/Ol/1982" under a birth label (names_street58.c) */
            return s->emit(s->arg, ANON_NAMES_DOB, i, e);
        }
        if (d + 3 < s->len && d - i <= 4 &&
            (ocr_slip(t + d) ||
             (scan55_lead_byte[t[d]] && (t[d] >= 'A' || t[d + 2] == t[d] || t[d + 3] == t[d]) &&
              (slip >= 0 ? slip : nw_scan55_slip(t, d, s->len)))) &&
            (e = nw_dob47_ocr(s, i, d, &ds))) {
            *next = e; /* "O4.03.1987", "26.0l.1967", "14,06.1952" (names_dob47.c) */
            return s->emit(s->arg, ANON_NAMES_DOB, ds, e);
        }
        if (d - i <= 2 && nw_scan59_may(t, s->len, d) && (e = nw_scan59_date(s, i))) {
            *next = e; /* "23 . O5 . 1936", "4 FEB l993" after a birth label (names_scan59.c) */
            return s->emit(s->arg, ANON_NAMES_DOB, i, e);
        }
        if (d - i <= 2 && nw_dob17_short_may(s, i, d) && dob17_short(s, i, d, next, &rc))
            return rc; /* "dob: Jan '62", "DOB 08/73", "DOB: 09 . 04 . 1995" (names_dob17.c) */
        if (d < s->len &&
            ((d - i == 3 && t[d] == '/') || (d - i == 4 && t[d] == '-') ||
             (d - i == 14 && t[d] == 'Z')) &&
            (e = nw_dob42_glued(s, i, d, &ds))) {
            *next = e; /* "1 27/10/1944", "19630911120000Z", "\"1987-03\"" (names_dob42.c) */
            return s->emit(s->arg, ANON_NAMES_DOB, ds, e);
        }
        if (d - i >= 4 &&
            (d - i == 4 ? d < s->len && (t[d] == ',' || t[d] == ';')
                        : d - i <= 13 && d - i != 6 && d - i != 7) &&
            dob43_value(s, i, d, next, &rc))
            return rc; /* "[1987, 3, 12]", epoch times, Excel serials under a birth key */
        if (d + 3 < s->len &&
            ((d - i <= 2 && t[d] == ' ' && (t[d + 1] == 0xCE || t[d + 1] == 0xCF)) ||
             (d - i == 4 && ((t[d] == ' ' && t[d + 1] == 'm' && t[d + 2] == '.') ||
                             (t[d] == '.' && t[d + 1] == ' ' && t[d + 2] == 'g')))) &&
            (e = nw_dob49_spelled(s, i, d, &ds))) {
            *next = e; /* "16 Ιουνίου 1982", "1982 m. birželio 16", "1982. gada 16. jūnijā" */
            return s->emit(s->arg, ANON_NAMES_DOB, ds, e);
        }
        if ((d - i == 6 || d - i == 8) && nw_dob49_compact(s, i, d)) {
            *next = d; /* "född 820616", "født: 160682", "f. 19830924" (names_dob49.c) */
            return s->emit(s->arg, ANON_NAMES_DOB, i, d);
        }
        if (d - i == 8 && i > 0 && t[i - 1] == '>' && nw_dob45_compact(s, i, d)) {
            *next = d; /* "<patientbirthdate>19541019" (names_dob45.c) */
            return s->emit(s->arg, ANON_NAMES_DOB, i, d);
        }
        if (d < s->len &&
            (d - i <= 2 ? t[d] == '|' || t[d] == ']' ||
                              (t[d] == ' ' && d + 1 < s->len &&
                               (is_digit(t[d + 1]) || t[d + 1] == ' ' || nw_upper(t + d + 1, 1)))
                        : d - i == 4 && (t[d] == '.' || t[d] == ' ')) &&
            (e = nw_dob44_value(s, i, d, &ds)) &&
            (nw_birth_before(s, ds) || nw_birth_after(s, e) || nw_h12dob_list(s, ds, e) ||
             nw_dob7_birth(s, ds, e) || nw_dob44_birth(s, ds, e) || nw_dob45_birth(s, ds, e) ||
             nw_dob46_birth(s, ds, e) || nw_scan57_birth_column(s, ds, e)) &&
            !nw_dob46_veto(s, ds)) {
            *next = e; /* "|1|2|0|3|1|9|8|7|", "12 Monat 03 Jahr 1987", "1987. 03. 12." */
            return s->emit(s->arg, ANON_NAMES_DOB, ds, e);
        }
        if (nw_dob58_may(t, s->len, i, d) && (e = nw_dob58_digits(s, i, d))) {
            *next = e; /* "dob 040387", "ur. 4 3 87", "bday 4387" (names_dob58.c) */
            return s->emit(s->arg, ANON_NAMES_DOB, i, e);
        }
        e = 0;
    }
    if (!e && (d - i == 4 || d - i == 2) && d + 5 <= s->len && t[d] == ' ' && t[d + 1] == 'b' &&
        (s->kinds & (1u << ANON_NAMES_DOB)) && (ds = nw_month_year_baby(s, i, d))) {
        *next = d; /* "I'm a March '87 baby" */
        return s->emit(s->arg, ANON_NAMES_DOB, ds - 1, d);
    }
    if (!e && (d - i >= 8 || d - i == 5) && (s->kinds & (1u << ANON_NAMES_DOB)) &&
        (ds = nw_birth_timestamp(s, i, d))) {
        *next = d;
        return s->emit(s->arg, ANON_NAMES_DOB, ds - 1, d);
    }
    if (d == i + 1 && d < s->len && t[d] == ' ' && nw_dob10_gedcom_level(s, i, d)) {
        *next = d; /* GEDCOM's "2 DATE 9 OCT 1884": a level, no house number */
        return 0;
    }
    size_t as;
    if (d - i == 6 && i >= 4 && t[i - 1] == ' ' &&
        !(d + 1 < s->len && t[d] == ' ' && (uint8_t)(t[d + 1] - 'a') < 26 &&
          (uint8_t)(t[i - 2] - 'a') < 26) && /* "order 884213 failed": a sentence */
        (s->kinds & (1u << ANON_NAMES_ADDRESS)) &&
        nw_street40_pin_may(s, i) && (e = nw_street40_pin(s, i, d, &as))) {
        *next = e; /* "Flat 12, Sai Residency, MG Road, Bengaluru 560001" (names_street40.c) */
        return s->emit(s->arg, ANON_NAMES_ADDRESS, as, e);
    }
    int rc42; /* "Str. Florilor nr. 7, ...", "Moda Cad. No: 12 D: 5" (names_forms42.c) */
    if (i >= 8 && number_word_end[t[i - 2]] &&
        (nw_street58_may(s, i, d) ||
         ((s->kinds & (1u << ANON_NAMES_ADDRESS)) && nw_forms42_may(t, i))) &&
        number_word_street(s, i, d, next, &rc42))
        return rc42;
    int may = (s->kinds & (1u << ANON_NAMES_ADDRESS)) && nw_addr_number_may(s, i, d) &&
              nw_addr_number_word_may(s, d);
    e = may ? nw_addr_number_first(s, i) : 0;
    if (!e && (s->kinds & (1u << ANON_NAMES_ADDRESS)) && nw_addr_zip_may(s, i, d))
        e = nw_addr_zip(s, i);
    if (may && d - i <= 3 && d + 3 < s->len && is_up(t[d + 1 + (t[d] != ' ')]) &&
        number_first57(s, i, d, e, next, &rc))
        return rc; /* "12 HIGH STREET" in capitals, its postcode cell (names_scan57.c) */
    if (e) {
        *next = e;
        return s->emit(s->arg, ANON_NAMES_ADDRESS, nw_addr_start(s, i), e);
    }
    if ((s->kinds & (1u << ANON_NAMES_ADDRESS)) && d - i <= 5 && i >= 3 && t[i - 1] == ' ' &&
        ((uint8_t)((t[i - 2] | 32) - 'a') < 26 || t[i - 2] >= 0x80 || t[i - 2] == ':' ||
         t[i - 2] == '.' || t[i - 2] == ',')) {
        /* a short number after a space after a word or a sign: the street readers that end at a
           house number, their shared test asked once */
        if (t[i - 2] >= 0x80 && nw_street59_may(t, i) && nw_street59_at(s, i, d, next, &rc))
            return rc; /* "Ερμού 12", "Λεωφ. Κηφισίας 112", "28ης Οκτωβρίου 33" (names_street59.c)
                        */
        if (nw_inflects62_may(t, s->len, i, d) && (e = nw_inflects62_street(s, i, d, &as))) {
            *next = e; /* "przy ulicy Długiej 3", "Tērbatas ielā 13" (names_inflects62.c) */
            return s->emit(s->arg, ANON_NAMES_ADDRESS, as, e);
        }
        if (((uint8_t)(t[i - 2] - 'a') < 26 || t[i - 2] >= 0x80 || t[i - 2] == ':' ||
             t[i - 2] == '.' || t[i - 2] == ',') &&
            nw_addr_lower_cued_may(s, d) && (e = nw_addr_lower_cued(s, i, d, &as))) {
            *next = e; /* "i live at 42 wallaby way", "vivo en calle mayor 3" (names_lowaddr.c) */
            return s->emit(s->arg, ANON_NAMES_ADDRESS, as, e);
        }
        if (d - i <= 3 && i >= 7 &&
            ((uint8_t)(t[i - 2] - 'a') < 26 || t[i - 2] == '.' ||
             (t[i - 2] == ',' && (uint8_t)(t[i - 3] - 'a') < 26)) &&
            t[i] != '0' && (e = nw_typed54_street(s, i, d, &as))) {
            *next = e; /* "petofi utca 9.", "ul lipowa 4/2", "solvej 38" (names_typed54.c) */
            return s->emit(s->arg, ANON_NAMES_ADDRESS, as, e);
        }
        if (d - i <= 4 && !nw_learn_traced && nw_addrw65_lead_may(t, i) &&
            (e = nw_addrw65_lead(s, i, d, &as))) {
            /* "No. 52, Jalan Ampang, 52494 Kuala Lumpur" (names_addrw65_lead.c); left out while
             * the trainer traces the chain, so the learnt model's training text stays as it was */
            *next = e;
            return s->emit(s->arg, ANON_NAMES_ADDRESS, as, e);
        }
    }
    if ((s->kinds & (1u << ANON_NAMES_ADDRESS)) && i >= 8 && t[i - 1] == ' ' &&
        (t[i - 2] == ':' || t[i - 2] == '.' || t[i - 2] == 0xB0 || t[i - 2] == 0xBA) &&
        (e = nw_addr_labelled(s, i, &as))) {
        *next = e; /* "Straße: Hauptstraße, Hausnummer: 5, PLZ: 10115" (names_addrlabels.c) */
        return s->emit(s->arg, ANON_NAMES_ADDRESS, as, e);
    }
    *next = d;
    return 0;
}

/* A negative number after ' ', ':' or '"': a birth as epoch seconds or milliseconds before
 * 1970 (names_dobevents.c, then names_dob43.c under a header or key line). */
__attribute__((noinline)) int neg_number(struct sc *s, size_t i, size_t *next)
{
    int rc = nw_neg_timestamp(s, i, next);
    if (rc || *next != i + 1 || !(s->kinds & (1u << ANON_NAMES_DOB)))
        return rc;
    size_t d = i;
    while (d < s->len && is_digit(s->t[d]) && d - i < 14)
        d++;
    return d - i >= 6 && d - i <= 13 && dob43_value(s, i, d, next, &rc) ? rc : 0;
}
