/* names_dobw65.c: births of the scripts further from their word (branch dobw65, issue 15).
 *
 * names_dobw64.c reads a date right after a birth word (two glue words at most), right before it
 * or in its Markdown column. Forms and sheets put it further: a line below a label that ends in
 * ':' ("Дата рождения:\n12.07.1979", "生年月日 / Date of birth:\n1985年3月2日"), in the label's
 * column of a tab-separated or space-aligned sheet
 * ("出生日期\t有效期限\n1985年3月2日\t2027-01-12"), or after a town and more words in a sentence
 * ("родился в Казани 12 июля 1979 г.", "जन्म: लखनऊ, 12/07/1979"). nw_dobw65_far() is asked only for
 * a birth word that found no date beside it; the date must be whole (nw_dobw64_date()).
 *
 * The one thing to know: the sentence reader stops at a line's or a sentence's end and at any word
 * of another event (moved, married, died, entered, issued: "Родился в Казани, в Москву переехал
 * 12.07.2001" keeps the date), so the date it takes is the birth's. */
#include "anonymize/names_internal.h"

#include <string.h>

static int at(const uint8_t *t, size_t len, size_t i, const char *w)
{
    size_t n = strlen(w);
    return i + n <= len && memcmp(t + i, w, n) == 0;
}

/* The end of the line holding i (its '\n', '\r' or the text's end). */
static size_t eol(const uint8_t *t, size_t len, size_t i)
{
    while (i < len && t[i] != '\n' && t[i] != '\r')
        i++;
    return i;
}

/* After the line ending at e ("\r\n" or "\n"), the next line's first non-blank byte, or len. */
static size_t next_line(const uint8_t *t, size_t len, size_t e)
{
    if (e < len && t[e] == '\r')
        e++;
    if (e >= len || t[e] != '\n')
        return len;
    e++;
    while (e < len && (t[e] == ' ' || t[e] == '\t'))
        e++;
    return e;
}

static int emit(struct sc *s, size_t a, size_t e)
{
    return s->emit(s->arg, ANON_NAMES_DOB, a, e);
}

/* The label ends the line with ':' or '：' (a bilingual tail "/ Date of birth" before it, no
 * digit): the date at the next line's start. */
static int below(struct sc *s, size_t b)
{
    const uint8_t *t = s->t;
    size_t e = eol(t, s->len, b), k = e;
    if (e - b > 64)
        return 0;
    while (k > b && (t[k - 1] == ' ' || t[k - 1] == '\t'))
        k--;
    if (!(k > b && t[k - 1] == ':') && !(k >= b + 3 && at(t, s->len, k - 3, "：")))
        return 0;
    for (size_t j = b; j < k; j++)
        if (is_digit(t[j]))
            return 0;
    size_t n = next_line(t, s->len, e), d = n < s->len ? nw_dobw64_date(t, s->len, n) : 0;
    if (!d)
        return 0;
    int rc = emit(s, n, d);
    return rc < 0 ? rc : 1;
}

/* Code points from ls to i. */
static size_t cols(const uint8_t *t, size_t ls, size_t i)
{
    size_t c = 0;
    for (size_t k = ls; k < i; k++)
        c += (t[k] & 0xC0) != 0x80;
    return c;
}

/* The word at a (or its cell) heads a column of a tab-separated or space-aligned sheet (it starts
 * its line or follows a tab or two spaces, and the line holds a tab or two spaces elsewhere too):
 * the date at the start of its cell in each row below, up to a blank line. */
static int column(struct sc *s, size_t a)
{
    const uint8_t *t = s->t;
    size_t len = s->len, ls = a, le;
    while (ls > 0 && t[ls - 1] != '\n')
        ls--;
    /* the head's cell starts after a tab, two spaces or the line's start ("Дата на раждане") */
    while (a > ls && t[a - 1] != '\t' && !(a >= ls + 2 && t[a - 1] == ' ' && t[a - 2] == ' ')) {
        if (is_digit(t[a - 1]) || t[a - 1] == ':' || t[a - 1] == '|')
            return 0;
        a--;
    }
    le = eol(t, len, a);
    int tabs = 0, gaps = 0;
    size_t tab_ix = 0;
    for (size_t k = ls; k < le; k++) {
        tabs += t[k] == '\t';
        tab_ix += t[k] == '\t' && k < a;
        if (k + 1 < le && t[k] == ' ' && t[k + 1] == ' ' && (k == ls || t[k - 1] != ' ')) {
            size_t j = k;
            while (j < le && t[j] == ' ')
                j++;
            gaps += j < le; /* two spaces before another cell, not a line's trailing blanks */
        }
    }
    if (!tabs && !gaps)
        return 0;
    for (size_t k = a; k < le && t[k] != '\t' && !(t[k] == ' ' && k + 1 < le && t[k + 1] == ' ');
         k++)
        if (t[k] == ',' || t[k] == ';' || t[k] == '!' || t[k] == '?' || k - a > 48)
            return 0; /* the head's cell is a short label, not a sentence */
    size_t col = cols(t, ls, a), rs = le;
    for (int rows = 0; rows < 64; rows++) {
        if (rs < len && t[rs] == '\r')
            rs++;
        if (rs >= len || t[rs] != '\n')
            break;
        rs++;
        size_t re = eol(t, len, rs), c = rs;
        if (re == rs)
            break;
        if (tabs) {
            for (size_t n = 0; n < tab_ix && c < re; c++)
                n += t[c] == '\t';
        } else {
            size_t cc = 0;
            while (c < re && cc < col)
                cc += (t[c++] & 0xC0) != 0x80;
            if (cc != col || (c < re && t[c] == ' ') || (c > rs && t[c - 1] != ' '))
                c = re; /* the cell does not start at the head's column */
        }
        size_t d = c < re ? nw_dobw64_date(t, re, c) : 0;
        if (d) {
            int rc = emit(s, c, d);
            if (rc < 0)
                return rc;
        }
        rs = re;
    }
    return 0;
}

/* Words of another event or document date (stems, UTF-8): between a birth word and a date they
 * make the date that event's. */
static const char *const events[] = {
    "переех", "переїх", "замуж",  "жена",  "женен",  "женат",  "удал",    "умер",      "умерл",
    "выда",   "вида",   "въезд",  "в'їзд", "прибы",  "приех",  "регистр", "пропис",    "прожив",
    "توفي",   "وفا",    "وصل",    "زواج",  "إصدار",  "دخول",   "ازدواج",  "فوت",       "ورود",
    "صدور",   "شادی",   "وفات",   "آمد",   "עלה",    "עלת",    "נפטר",    "נישא",      "התחתנ",
    "הנפק",   "כניסה",  "विवाह",  "शादी",  "मृत्यु",    "प्रवेश",   "जारी",    "বিয়ে",      "মৃত্যু",
    "প্রবেশ",  "ইস্যু",    "திருமண", "இறப்பு", "நுழைவு", "แต่งงาน", "เสียชีวิต",  "เข้าประเทศ", "ออกบัตร",
    "入境",   "入国",   "結婚",   "结婚",  "死亡",   "签发",   "發證",    "交付",      "발급",
    "입국",   "결혼",   "사망",
};

static int event_at(const uint8_t *t, size_t len, size_t i)
{
    for (size_t k = 0; k < sizeof events / sizeof *events; k++)
        if (at(t, len, i, events[k]))
            return 1;
    return 0;
}

/* More glue in the birth word's sentence: the first date after it in its line, before a
 * sentence's end ('.', '!', '?' then a space, "。", "۔", "।", ';') and with no event word
 * between, five words of glue at most. */
static int glue(struct sc *s, size_t b)
{
    const uint8_t *t = s->t;
    size_t e = eol(t, s->len, b), lim = b + 96 < e ? b + 96 : e;
    int words = 0;
    for (size_t i = b; i < lim; i++) {
        uint8_t c = t[i];
        if ((c & 0xC0) == 0x80)
            continue;
        if (c != ' ' && i > b && t[i - 1] == ' ' && ++words > 6)
            return 0; /* five words of glue at most: "съм в град Пловдив на" */
        if (((c == '.' || c == '!' || c == '?') && i + 1 < e && t[i + 1] == ' ') || c == ';' ||
            c == '|' || c == '\t' || at(t, e, i, "。") || at(t, e, i, "۔") || at(t, e, i, "।") ||
            event_at(t, e, i))
            return 0;
        size_t d = nw_dobw64_date(t, e, i);
        if (d)
            return emit(s, i, d);
        if (is_digit(c))
            return 0; /* a number of something else first */
    }
    return 0;
}

int nw_dobw65_far(struct sc *s, size_t a, size_t b)
{
    if (s->t[b - 1] == '.' && !(b < s->len && s->t[b] == ':'))
        return 0; /* "г.р.", "р.н." follow their date; "д.р.:" is a label */
    int rc = below(s, b);
    if (rc)
        return rc < 0 ? rc : 0;
    if ((rc = column(s, a)) != 0)
        return rc;
    return glue(s, b);
}
