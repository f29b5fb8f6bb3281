/* names_dobw64.c: births written in other scripts and calendars (branch dobw64, issue 15).
 *
 * A Russian, Arabic, Persian, Urdu, Hebrew, Hindi, Bengali, Tamil, Thai, Chinese, Japanese or
 * Korean form, chat or register writes a birth after the script's own birth word ("Дата
 * рождения: 03.05.1987", "تاريخ الميلاد: ١٩٨٧/٠٥/٠٣", "تاریخ تولد: ۱۳۶۶/۰۲/۱۳", "生年月日：昭和62年
 * 5月3日", "出生日期：1987年5月3日", "생년월일: 1987. 5. 3.", "วันเกิด 3 พ.ค. 2530") or before a
 * birth verb that follows the date ("1987年5月3日に生まれました", "در ۱۳۶۶/۰۲/۱۳ متولد شد").
 * The Latin recognisers know none of these words and read no native digit, no 年月日 and no
 * era year. nw_dobw64_births() finds each birth word, reads the date right after it (a few glue
 * words between: "是", "ב-", "/ Date of birth") or right before it, and the cells under it when
 * it heads a Markdown column. The date must be whole: a day, a month (a number or one or two
 * words of the script) and a year of four digits, or an era's year (昭和, 平成, 令和, 大正, 民國);
 * calendars are not converted (a Buddhist-era, solar-hijri or Hijri year is a year of four
 * digits like any other); digits of any of the scripts' families.
 *
 * The one thing to know: the whole pass is behind names_script2.c's test for a lead byte of those
 * scripts, read once a text and shared, so Latin text, code and logs pay nothing more. */
#include "anonymize/names_internal.h"

#include <string.h>

/* Birth words (UTF-8). A date follows or precedes them. */
static const char *const births[] = {
    "рождения",  "родился",    "родилась",   "родились", "д.р.",     "Д/р",    "народження",
    "народився", "народилася", "раждане",    "роден",    "родена",   "рођења", "рођен",
    "рођена",    "الميلاد",    "الولادة",    "ميلاد",    "وُلد",      "ولد في", "مواليد",
    "تولد",      "پیدائش",     "پیدا",       "לידה",     "נולד",     "जन्म",    "জন্ম",
    "பிறந்த",     "เกิด",        "出生",       "生日",     "生年月日", "誕生日", "生まれ",
    "생년월일",  "출생",       "생일",       "태어",     "г.р.",     "р.н.",   "Родился",
    "Родилась",  "Народився",  "Народилася", "Роден",    "Родена",   "Рођен",  "Рођена",
};

/* The digit (0-9) at t[i] of ASCII, Arabic-Indic, Persian, Devanagari, Bengali, Thai or
 * full-width digits, its length in *l; -1 for none. */
static int digit_at(const uint8_t *t, size_t len, size_t i, size_t *l)
{
    if (i >= len)
        return -1;
    uint8_t c = t[i];
    if (c >= '0' && c <= '9') {
        *l = 1;
        return c - '0';
    }
    if (i + 1 < len && ((c == 0xD9 && t[i + 1] >= 0xA0 && t[i + 1] <= 0xA9) ||
                        (c == 0xDB && t[i + 1] >= 0xB0 && t[i + 1] <= 0xB9))) {
        *l = 2;
        return t[i + 1] - (c == 0xD9 ? 0xA0 : 0xB0);
    }
    if (i + 2 < len) {
        uint8_t b = t[i + 1], d = t[i + 2];
        int v = -1;
        if (c == 0xE0 && (b == 0xA5 || b == 0xA7) && d >= 0xA6 && d <= 0xAF)
            v = d - 0xA6; /* Devanagari, Bengali */
        else if (c == 0xE0 && b == 0xB9 && d >= 0x90 && d <= 0x99)
            v = d - 0x90; /* Thai */
        else if (c == 0xEF && b == 0xBC && d >= 0x90 && d <= 0x99)
            v = d - 0x90; /* full-width */
        if (v >= 0) {
            *l = 3;
            return v;
        }
    }
    return -1;
}

/* A number of 1 to 4 digits at i: its value, its digit count in *n, its end in *e; -1 none. */
static int number_at(const uint8_t *t, size_t len, size_t i, int *n, size_t *e)
{
    int v = 0, k = 0, dv;
    size_t l;
    while ((dv = digit_at(t, len, i, &l)) >= 0) {
        if (++k > 4)
            return -1;
        v = v * 10 + dv;
        i += l;
    }
    *n = k;
    *e = i;
    return k ? v : -1;
}

static int at(const uint8_t *t, size_t len, size_t i, const char *w)
{
    size_t n = strlen(w);
    return i + n <= len && memcmp(t + i, w, n) == 0;
}

static size_t utf8_len(uint8_t c)
{
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* A sentence's or a clause's end of the scripts at j: "。" "、" "，" "۔" "।" "،". */
static int stop_at(const uint8_t *t, size_t len, size_t j)
{
    static const char *const st[] = {"。", "、", "，", "۔", "।", "،", "؛"};
    for (size_t k = 0; k < sizeof st / sizeof *st; k++)
        if (at(t, len, j, st[k]))
            return 1;
    return 0;
}

/* An era name at j: 昭和, 平成, 令和, 大正, 民國, 民国. */
static int era_at(const uint8_t *t, size_t len, size_t j)
{
    return at(t, len, j, "昭和") || at(t, len, j, "平成") || at(t, len, j, "令和") ||
           at(t, len, j, "大正") || at(t, len, j, "民國") || at(t, len, j, "民国");
}

/* A word of the script (a month name: "мая", "พ.ค.", "ربيع الأول", "במאי") at i: its end, or
 * i. Non-ASCII letters, and '.' inside ("พ.ค."). */
static size_t word_end(const uint8_t *t, size_t len, size_t i)
{
    size_t j = i, l;
    int dot = 0;
    while (j < len && (t[j] >= 0xC2 || (t[j] == '.' && j > i && j + 1 < len && t[j + 1] >= 0xC2)) &&
           digit_at(t, len, j, &l) < 0 && !stop_at(t, len, j) && !era_at(t, len, j)) {
        dot |= t[j] == '.';
        j += utf8_len(t[j]);
    }
    if (dot && j < len && t[j] == '.')
        j++; /* "ต.ค." */
    return j - i > 40 ? i : j;
}

/* Suffixes a date carries: " г.", "г.", " р.", " هـ", "هـ", a closing '.'. */
static size_t suffix(const uint8_t *t, size_t len, size_t e)
{
    static const char *const sx[] = {" г.", "г.", " р.", " هـ", "هـ", " ه", "年"};
    for (size_t k = 0; k < sizeof sx / sizeof *sx; k++)
        if (at(t, len, e, sx[k]))
            return e + strlen(sx[k]);
    if (e < len && t[e] == '.' && (e + 1 >= len || t[e + 1] < 0x80))
        e++; /* "3. маја 1987." */
    return e;
}

static int year_ok(int v, int n)
{
    return n == 4 && v >= 1200 && v <= 2700;
}

static int dm_ok(int d, int m)
{
    return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

/* The date at i: its end, or 0. */
static size_t date_at(const uint8_t *t, size_t len, size_t i)
{
    static const char *const eras[] = {"昭和", "平成", "令和", "大正", "民國", "民国"};
    int n1, n2, n3, a, b, c;
    size_t e1, e2, e3, j;
    for (size_t k = 0; k < sizeof eras / sizeof *eras; k++)
        if (at(t, len, i, eras[k])) {
            j = i + strlen(eras[k]);
            if (at(t, len, j, "元"))
                e1 = j + 3, a = 1, n1 = 1;
            else if ((a = number_at(t, len, j, &n1, &e1)) < 1 || n1 > 3)
                return 0;
            if (!at(t, len, e1, "年") || (b = number_at(t, len, e1 + 3, &n2, &e2)) < 0 ||
                !at(t, len, e2, "月") || (c = number_at(t, len, e2 + 3, &n3, &e3)) < 0 ||
                !at(t, len, e3, "日") || !dm_ok(c, b))
                return 0;
            return e3 + 3;
        }
    if ((a = number_at(t, len, i, &n1, &e1)) < 0)
        return 0;
    if (year_ok(a, n1) && (at(t, len, e1, "年") || at(t, len, e1, "년"))) { /* 1987年5月3日 */
        int ko = at(t, len, e1, "년");
        j = e1 + 3;
        if (ko && j < len && t[j] == ' ')
            j++;
        if ((b = number_at(t, len, j, &n2, &e2)) < 0 || !at(t, len, e2, ko ? "월" : "月"))
            return 0;
        j = e2 + 3;
        if (ko && j < len && t[j] == ' ')
            j++;
        if ((c = number_at(t, len, j, &n3, &e3)) < 0 || !at(t, len, e3, ko ? "일" : "日") ||
            !dm_ok(c, b))
            return 0;
        return e3 + 3;
    }
    if (e1 < len && (t[e1] == '.' || t[e1] == '/' || t[e1] == '-')) { /* numbers */
        uint8_t sep = t[e1];
        j = e1 + 1;
        int sp = j < len && t[j] == ' ';
        j += sp;
        if ((b = number_at(t, len, j, &n2, &e2)) < 0 || n2 > 2 || e2 >= len || t[e2] != sep)
            return 0;
        j = e2 + 1 + sp;
        if (sp && (e2 + 1 >= len || t[e2 + 1] != ' '))
            return 0;
        if ((c = number_at(t, len, j, &n3, &e3)) < 0)
            return 0;
        if (year_ok(a, n1) ? !dm_ok(c, b) : !(year_ok(c, n3) && n1 <= 2 && dm_ok(a, b)))
            return 0;
        if (e3 < len && t[e3] == '.' && (e3 + 1 >= len || t[e3 + 1] < 0x80))
            e3++; /* "1987. 5. 3.", "03.05.1987." */
        return suffix(t, len, e3);
    }
    if (n1 <= 2 && a >= 1 && a <= 31 && e1 < len && t[e1] == ' ') { /* 3 мая 1987 */
        size_t w = word_end(t, len, e1 + 1);
        if (w == e1 + 1)
            return 0;
        if (w < len && t[w] == ' ' && digit_at(t, len, w + 1, &j) < 0) {
            size_t w2 = word_end(t, len, w + 1); /* a month of two words: "ربيع الأول" */
            if (w2 > w + 1)
                w = w2;
        }
        if (w >= len || t[w] != ' ' || (c = number_at(t, len, w + 1, &n3, &e3)) < 0 ||
            !year_ok(c, n3))
            return 0;
        return suffix(t, len, e3);
    }
    return 0;
}

size_t nw_dobw64_date(const uint8_t *t, size_t len, size_t i)
{
    return date_at(t, len, i);
}

/* Glue between a birth word and its date: separators and at most two short words of the
 * script or the English label of a bilingual page; the date's start, or 0. */
static size_t after_word(const uint8_t *t, size_t len, size_t i, int *skipped)
{
    size_t lim = i + 48 < len ? i + 48 : len, l;
    int words = 0;
    while (i < lim) {
        size_t e;
        if (digit_at(t, len, i, &l) >= 0 || era_at(t, len, i))
            return (e = date_at(t, len, i)) ? (*skipped = words, i) : 0;
        uint8_t c = t[i];
        if (c == ' ' || c == ':' || c == '"' || c == '-' || c == '/' || c == '\t' || c == '(') {
            i++;
            continue;
        }
        if (at(t, len, i, "：") || at(t, len, i, "\xe3\x80\x80")) {
            i += 3;
            continue;
        }
        if (at(t, len, i, "Date of birth") || at(t, len, i, "date of birth")) {
            i += 13;
            continue;
        }
        if (c < 0xC2 || ++words > 2)
            return 0;
        size_t w = word_end(t, len, i);
        if (w == i || w - i > 18 || (c >= 0xE3 && c <= 0xE9 && w - i > 9))
            return 0; /* CJK glue of three characters at most: not "出生证明签发日期" */
        i = w;
    }
    return 0;
}

/* The date that ends just before the birth word at w (glue of a few letters between: "に",
 * "에 ", " کو ", " அன்று "): its start, its end in *e; or 0. */
static size_t before_word(const uint8_t *t, size_t w, size_t *e)
{
    size_t lo = w > 64 ? w - 64 : 0;
    for (size_t i = lo; i < w; i++) {
        if ((t[i] & 0xC0) == 0x80)
            continue;
        size_t l;
        if (digit_at(t, w, i, &l) < 0 && !era_at(t, w, i))
            continue;
        if (i > 0 && digit_at(t, w, i - 1, &l) >= 0)
            continue;
        size_t d = date_at(t, w, i);
        if (!d || w - d > 24)
            continue;
        int ok = 1;
        for (size_t k = d; k < w; k++)
            if (t[k] == '\n' || t[k] == ':' || t[k] == '|' || t[k] == ',' || is_digit(t[k]))
                ok = 0;
        if (ok) {
            *e = d;
            return i;
        }
    }
    return 0;
}

/* The birth word at w heads a Markdown column: emit the dates in its cells below. */
static int column(struct sc *s, size_t w)
{
    const uint8_t *t = s->t;
    size_t ls = w;
    while (ls > 0 && t[ls - 1] != '\n')
        ls--;
    if (t[ls] != '|')
        return 0;
    int col = 0;
    for (size_t k = ls; k < w; k++)
        col += t[k] == '|';
    const uint8_t *nl = memchr(t + w, '\n', s->len - w);
    for (int rows = 0; nl && rows < 64; rows++) {
        size_t a = (size_t)(nl - t) + 1;
        if (a >= s->len || t[a] != '|')
            break;
        nl = memchr(t + a, '\n', s->len - a);
        size_t end = nl ? (size_t)(nl - t) : s->len, c = a;
        for (int k = 0; k < col && c < end; c++)
            k += t[c] == '|';
        while (c < end && t[c] == ' ')
            c++;
        size_t d = c < end ? date_at(t, end, c) : 0;
        if (d) {
            int rc = s->emit(s->arg, ANON_NAMES_DOB, c, d);
            if (rc < 0)
                return rc;
        }
    }
    return 1;
}

/* Not a birth word here: "发生日期" (an event's date), "เกิดขึ้น" (happened), "عيد الميلاد". */
static int not_birth(const uint8_t *t, size_t len, size_t i, const char *w)
{
    if (!strcmp(w, "生日") && i >= 3 &&
        (at(t, len, i - 3, "发") || at(t, len, i - 3, "發") || at(t, len, i - 3, "出")))
        return 1;
    if (!strcmp(w, "เกิด") && at(t, len, i + strlen(w), "ขึ้น"))
        return 1;
    return !strcmp(w, "ميلاد") && i >= 7 && at(t, len, i - 7, "عيد ");
}

/* "1955년 2월 13일생", "1987年5月3日生", "1939-08-21生", "2008.03.17생": the birth syllable glued
 * to the date's end. After a date of digits alone the syllable must end its word ("生效", "生产",
 * "생산" are other words): a CJK ideograph or a Hangul syllable but "이"/"입" after it vetoes. */
static int glued(struct sc *s)
{
    static const char *const gl[] = {"생", "生"};
    const uint8_t *t = s->t;
    size_t len = s->len;
    for (size_t k = 0; k < 2; k++) {
        size_t i = 3, de;
        const uint8_t *p;
        while (i + 3 <= len && (p = memmem(t + i, len - i, gl[k], 3))) {
            size_t a = (size_t)(p - t), ds = before_word(t, a, &de), f = a + 3;
            i = f;
            if (!ds || de != a)
                continue;
            int word = at(t, len, a - 3, k ? "日" : "일");
            if (!word && f + 2 < len &&
                (k ? t[f] >= 0xE4 && t[f] <= 0xE9
                   : t[f] >= 0xEA && t[f] <= 0xED && !at(t, len, f, "이") && !at(t, len, f, "입")))
                continue;
            int rc = s->emit(s->arg, ANON_NAMES_DOB, ds, de);
            if (rc < 0)
                return rc;
        }
    }
    return 0;
}

int nw_dobw64_births(struct sc *s)
{
    const uint8_t *t = s->t;
    size_t len = s->len;
    if (!(s->kinds & (1u << ANON_NAMES_DOB)) || len < 8 || !nw_script2_has(s))
        return 0;
    for (size_t k = 0; k < sizeof births / sizeof *births; k++) {
        const char *w = births[k];
        size_t n = strlen(w), i = 0;
        const uint8_t *p;
        while (i + n <= len && (p = memmem(t + i, len - i, w, n))) {
            size_t a = (size_t)(p - t), b = a + n, ds, de = 0;
            i = b;
            if (not_birth(t, len, a, w))
                continue;
            int rc = 0, skipped = 0;
            size_t fs = after_word(t, len, b, &skipped), bs = before_word(t, a, &de);
            if (fs && (!bs || !skipped) && (de = date_at(t, len, fs)))
                rc = s->emit(s->arg, ANON_NAMES_DOB, fs, de);
            else if ((ds = bs))
                rc = s->emit(s->arg, ANON_NAMES_DOB, ds, de);
            else if ((rc = column(s, a)) == 0)
                rc = nw_dobw65_far(s, a, b);
            if (rc < 0)
                return rc;
        }
    }
    return glued(s);
}
