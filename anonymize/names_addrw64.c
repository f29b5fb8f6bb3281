/* names_addrw64.c: addresses in Cyrillic, Arabic, Persian, Urdu, Hebrew, Devanagari, Bengali,
 * Tamil, Thai, Chinese, Japanese and Korean text, read as one span in the country's order
 * ("420111, г. Казань, ул. Ленина, д. 5, кв. 12", "〒100-0001 東京都千代田区千代田1丁目2番3号",
 * "(06236) 서울특별시 강남구 테헤란로 152, 12층", "רחוב הרצל 12, תל אביב").
 *
 * These addresses run postcode, region, town, street and house as one clause joined by commas
 * (or by nothing, in CJK), so the span is the clause that holds a house number: from the line's
 * start, a label's colon, a tab or a quote to the next such stop or a sentence's end. The clause
 * is taken only when it holds one of its script's street or house words (`ул.`, `д.`, `شارع`,
 * `پلاک`, `רחוב`, `मार्ग`, `ถนน`, `丁目`) or a CJK street word glued to its number (`大街27号`,
 * `테헤란로 152`, `梅田3-1-1` in a ward or town): a station, a district, a room, an order number or
 * a date in the same script has none. Only digits after a non-ASCII byte reach this file
 * (nw_addrw64_may()), so ASCII text never pays for it. Digits written in the script's own digits
 * are not visited by the pass and are left.
 */
#include "anonymize/names_addrw64.h"

#include <string.h>

#define REACH 240 /* bytes looked at on each side of the number */

/* Street and house words that make a clause an address (UTF-8; matched anywhere in it). */
static const char *const words[] = {
    /* ru, uk, bg, sr */
    "ул.", "улица", "Улица", "пр-т", "просп.", "проспект", "пер.", "бул.", "бульв.", "бульвар",
    "Булевар", "д. ", "дом ", "вул.", "вулиця", "пров.", "буд.", "ж.к.",
    /* ar, fa, ur */
    "شارع", "مبنى", "شقة", "خیابان", "پلاک", "کوچه", "بلوار", "مکان", "گلی نمبر", "فلیٹ", "سٹریٹ",
    /* he */
    "רחוב", "רח'", "שדרות", "דירה", "דרך ",
    /* hi, bn, ta */
    "मकान", "फ्लैट", "मार्ग", "सेक्टर", "বাড়ি", "রোড", "বাসা", "ফ্ল্যাট", "சாலை", "தெரு", "வீதி", "கதவு எண்",
    /* th */
    "ถนน", "ซอย", "หมู่ ", "บ้านเลขที่", "ตำบล", "แขวง",
    /* ja, zh, ko */
    "丁目", "番地", "〒", "번길"};

/* Words that say an address follows, left outside the span. */
static const char *const cues[] = {"адресу ", "адресою ", "адрес ", "adresi ",  "адреси ",
                                   "גר ב",    "ساکن ",    "رہائش ", "يسكن في ", "address "};

static int is_cont(uint8_t c)
{
    return (c & 0xC0) == 0x80;
}

/* Code points in the word that ends at e (back to a space or the floor). */
static size_t word_cps(const uint8_t *t, size_t e, size_t floor, int *digits)
{
    size_t n = 0;
    *digits = 1;
    while (e > floor && t[e - 1] != ' ' && t[e - 1] != '\n') {
        e--;
        if (!is_cont(t[e]))
            n++;
        if (!is_digit(t[e]))
            *digits = 0;
    }
    return n;
}

/* Does a clause stop at p (the stop's bytes from p)? Returns the stop's length, 0 when none. */
static size_t stop_at(const uint8_t *t, size_t len, size_t p, size_t floor)
{
    uint8_t c = t[p];
    if (c == '"') /* a quote around a word of the script ("ул. „Витоша“ 5" in the view) is none */
        return !((p > floor && t[p - 1] >= 0x80) || (p + 1 < len && t[p + 1] >= 0x80));
    if (c == '\n' || c == '\r' || c == '\t' || c == ';' || c == '|' || c == '?' || c == '!' ||
        c == '\\' || c == '{' || c == '}')
        return 1;
    if (c == ':' && p + 1 < len &&
        (t[p + 1] == ' ' || t[p + 1] >= 0x80 ||
         (is_digit(t[p + 1]) && p > floor && t[p - 1] >= 0x80)))
        return 1 + (t[p + 1] == ' '); /* the detection view's ':' for '：' */
    if (c == ' ' && p + 2 < len && t[p + 1] == '-' && t[p + 2] == ' ' &&
        !(p + 3 < len && is_digit(t[p + 3])))
        return 3; /* the view's " - " for " — ", not "भोपाल - 462001" */
    if (c == '.' && p + 1 < len && t[p + 1] == ' ') {
        int dg;
        size_t n = word_cps(t, p, floor, &dg);
        uint8_t lead = p >= 1 ? t[p - 1 - (p >= 2 && is_cont(t[p - 1]))] : 0; /* none at 0 */
        int latin = p >= 1 && (t[p - 1] < 0x80 || lead == 0xD0 || lead == 0xD1);
        /* "Казань. ", "д. 5. ", "রোড. ": not "ул. ", "г. ", "नं. " */
        return n >= 6 || (dg && n > 0) || (!latin && n >= 3) ? 2 : 0;
    }
    if (c == 0xEF && p + 2 < len && t[p + 1] == 0xBC && (t[p + 2] == 0x9A || t[p + 2] == 0x9B))
        return 3; /* '：' '；' */
    if (c == 0xE3 && p + 2 < len && t[p + 1] == 0x80 && t[p + 2] == 0x82)
        return 3; /* '。' */
    if (c == 0xE2 && p + 2 < len && t[p + 1] == 0x80 && t[p + 2] == 0x94 && p >= 1 &&
        t[p - 1] == ' ')
        return 3; /* " — " */
    return 0;
}

static int has_word(const uint8_t *t, size_t a, size_t b)
{
    for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
        size_t n = strlen(words[k]);
        uint8_t f = (uint8_t)words[k][0];
        for (size_t p = a; p + n <= b; p++) {
            const uint8_t *q = memchr(t + p, f, b - n + 1 - p);
            if (!q)
                break;
            p = (size_t)(q - t);
            if (memcmp(q, words[k], n) == 0)
                return 1;
        }
    }
    return 0;
}

static int digit_at(const uint8_t *t, size_t b, size_t p)
{
    return p < b && (is_digit(t[p]) || (p + 2 < b && t[p] == 0xEF && t[p + 1] == 0xBC &&
                                        t[p + 2] >= 0x90 && t[p + 2] <= 0x99));
}

/* A CJK or Hangul street word glued to its number: 路 街 道 巷 弄 + digits ("大街27号"),
 * 로 길 + an optional space + digits ("테헤란로 152"), 동 + space + digits-digits ("범어동 12-3"),
 * or an ideograph + digits-digits ("梅田3-1-1") in a clause that names a ward or town (区, 市). */
static int cjk_street(const uint8_t *t, size_t a, size_t b)
{
    int ward = 0, gu = 0;
    for (size_t p = a; p + 2 < b; p++) {
        if (t[p] == 0xE5 &&
            ((t[p + 1] == 0x8C && t[p + 2] == 0xBA) || (t[p + 1] == 0xB8 && t[p + 2] == 0x82)))
            ward = 1; /* 区 市 */
        if (p + 3 < b && t[p + 3] == ' ' &&
            ((t[p] == 0xEA && t[p + 1] == 0xB5 && t[p + 2] == 0xAC) ||
             (t[p] == 0xEC && t[p + 1] == 0x8B && t[p + 2] == 0x9C)))
            gu = 1; /* "강남구 ", "성남시 " */
    }
    for (size_t p = a; p + 3 < b; p++) {
        if (t[p] < 0xE3 || t[p] > 0xED)
            continue;
        const uint8_t *u = t + p;
        size_t q = p + 3;
        int road = (u[0] == 0xE8 && u[1] == 0xB7 && u[2] == 0xAF) || /* 路 */
                   (u[0] == 0xE8 && u[1] == 0xA1 && u[2] == 0x97) || /* 街 */
                   (u[0] == 0xE9 && u[1] == 0x81 && u[2] == 0x93) || /* 道 */
                   (u[0] == 0xE5 && u[1] == 0xB7 && u[2] == 0xB7) || /* 巷 */
                   (u[0] == 0xE5 && u[1] == 0xBC && u[2] == 0x84) || /* 弄 */
                   (u[0] == 0xE6 && u[1] == 0xAE && u[2] == 0xB5);   /* 段 */
        int ro = (u[0] == 0xEB && u[1] == 0xA1 && u[2] == 0x9C) ||   /* 로 */
                 (u[0] == 0xEA && u[1] == 0xB8 && u[2] == 0xB8);     /* 길 */
        int dong = u[0] == 0xEB && u[1] == 0x8F && u[2] == 0x99;     /* 동 */
        if (road && digit_at(t, b, q)) { /* "大街27号", "路100號", "巷11弄": not "走路5分钟" */
            size_t e = q;
            while (e < b && is_digit(t[e]))
                e++;
            if (e + 2 < b && ((t[e] == 0xE5 && t[e + 1] == 0x8F && t[e + 2] == 0xB7) ||
                              (t[e] == 0xE8 && t[e + 1] == 0x99 && t[e + 2] == 0x9F) ||
                              (t[e] == 0xE5 && t[e + 1] == 0xBC && t[e + 2] == 0x84) ||
                              (t[e] == 0xE5 && t[e + 1] == 0xB7 && t[e + 2] == 0xB7)))
                return 1; /* 号 號 弄 巷 */
        }
        if (ro && !(p >= 3 && t[p - 3] == 0xEC && t[p - 2] == 0x9C && t[p - 1] == 0xBC) &&
            (digit_at(t, b, q) || (q + 1 < b && t[q] == ' ' && digit_at(t, b, q + 1)))) {
            size_t e = q + (t[q] == ' ');
            while (e < b && is_digit(t[e]))
                e++;
            /* "구 … 로 152,", "로21길": not "버스로 10분", "지하철로 5 정거장" */
            if (gu && (e == b || t[e] < 0x80 || t[e] == 0xEA))
                return 1;
        }
        if ((dong || (ward && u[0] >= 0xE4 && u[0] <= 0xE9)) && q + 1 < b) {
            size_t r = q + (dong && t[q] == ' ');
            if (dong && r == q)
                continue;
            size_t e = r;
            while (e < b && is_digit(t[e]))
                e++;
            if (e > r && e + 1 < b && t[e] == '-' && is_digit(t[e + 1]))
                return 1;
        }
    }
    return 0;
}

/* Is t[a .. ) an ASCII word in lower case with a comma or a dot and a space after it ("hi, ")? Its
 * length with the space, else 0. */
static size_t lower_lead(const uint8_t *t, size_t a, size_t b)
{
    size_t p = a;
    while (p < b && (uint8_t)(t[p] - 'a') < 26)
        p++;
    if (p == a)
        return 0;
    if (p < b && (t[p] == ',' || t[p] == '.'))
        p++;
    return p < b && t[p] == ' ' ? p + 1 - a : 0;
}

int nw_addrw64_at(struct sc *s, size_t i, size_t *next, int *rc)
{
    const uint8_t *t = s->t;
    size_t len = s->len, floor = i > REACH ? i - REACH : 0,
           ceil = len - i > REACH ? i + REACH : len;
    size_t a = floor, b = i, n;
    for (size_t p = i; p > floor; p--)
        if ((n = stop_at(t, len, p - 1, floor))) {
            a = p - 1 + n;
            break;
        }
    while (b < ceil && !stop_at(t, len, b, floor))
        b++;
    /* no stop within REACH (Thai and CJK write no spaces): the span's ends still on whole
     * characters, never a split UTF-8 sequence in the body sent on */
    while (a < i && is_cont(t[a]))
        a++;
    while (b > i && b < len && is_cont(t[b]))
        b--;
    for (size_t k = 0; k < sizeof cues / sizeof *cues; k++) { /* "Проживает по адресу ..." */
        size_t m = strlen(cues[k]);
        const uint8_t *q = b - a > m ? memmem(t + a, i - a, cues[k], m) : NULL;
        if (q)
            a = (size_t)(q - t) + m;
    }
    for (;;) { /* "hi, ", "ok, ", a space, a comma or a quote before the address */
        if (a < b && (t[a] == ' ' || t[a] == ',' || t[a] == '"'))
            a++;
        else if ((n = lower_lead(t, a, b)))
            a += n;
        else
            break;
    }
    while (b > a && (t[b - 1] == ' ' || t[b - 1] == ',' || t[b - 1] == '.' || t[b - 1] == '"' ||
                     (b - a >= 2 && t[b - 2] == 0xD8 && t[b - 1] == 0x8C))) /* '،' */
        b -= t[b - 1] == 0x8C ? 2 : 1;
    if (a > i || b <= i || b - a < 6 || !(has_word(t, a, b) || cjk_street(t, a, b)))
        return 0;
    *next = b;
    *rc = s->emit(s->arg, ANON_NAMES_ADDRESS, a, b);
    return 1;
}

int nw_addrw64_glued(struct sc *s, size_t i, size_t *next)
{
    int rc;
    return nw_addrw64_at(s, i, next, &rc) ? rc : 0;
}
