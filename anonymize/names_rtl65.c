/* names_rtl65.c: a person named in Arabic, Persian, Urdu or Hebrew script by the cues those
 * languages put around a name: a title before it ("السيد", "الحاج", "آقای", "سرکار خانم",
 * "جناب", "محترمہ", "מר", "גב'", "ד\"ר", "הרב"), a label whose words hold a person word
 * ("الاسم الكامل:", "اسم العميل:", "نام مشتری:", "ولدیت:", "שם הלקוח:"), the line under a
 * closing ("مع التحية،", "با احترام،", "شکریہ،", "בברכה,"), "صاحب"/"صاحبہ" after the name, a
 * kunya ("أبو خالد") of a given name, a numbered list under a list label, and the next items of
 * a list after a name found ("، X و Y", "اور", "ו"). The titles stay outside the span.
 *
 * A name is a run of up to three words of the script (letters, a ZWNJ inside a Persian word, a
 * geresh inside a Hebrew one), joined by the chain words ("بن", "بنت", "ابن", "آل", "عبد", "בן",
 * "בת") that do not count; it stops at punctuation, a digit, a line end, another script and at a
 * word of the stop list (prepositions, particles, role nouns: "في", "از", "کا", "של", "المدير").
 * These scripts have no capitals, so only the cue makes a run a name. The pass runs from
 * names_script2.c's, after its test found a lead byte of these scripts, and looks only at bytes
 * 0xD7 .. 0xDB (Hebrew, Arabic). */
#include "anonymize/names_internal.h"

#include <string.h>

/* The code point of the 2-byte character at t[i] (U+0580 .. U+06FF), or 0; callers ask at i - 2
 * near the text's start, so an i that wrapped below 0 is outside the text too. */
static uint32_t cp2(const uint8_t *t, size_t len, size_t i)
{
    if (i >= len || len - i < 2 || t[i] < 0xD6 || t[i] > 0xDB || (t[i + 1] & 0xC0) != 0x80)
        return 0;
    return (uint32_t)(t[i] & 0x1F) << 6 | (t[i + 1] & 0x3F);
}

/* A letter of the Hebrew or Arabic script (with Persian and Urdu letters and the harakat). */
static int rtl_letter(uint32_t c)
{
    return (c >= 0x05D0 && c <= 0x05EA) || (c >= 0x0621 && c <= 0x063A) ||
           (c >= 0x0640 && c <= 0x0652) || (c >= 0x0670 && c <= 0x06D3) || c == 0x06D5;
}

static int zwnj_at(const uint8_t *t, size_t len, size_t i)
{
    return i + 3 <= len && t[i] == 0xE2 && t[i + 1] == 0x80 && t[i + 2] == 0x8C;
}

/* The end of the word at i (letters, a ZWNJ or a geresh or gershayim between or after Hebrew
 * letters: "גב'", "ד\"ר"), or i when no letter of the scripts is at i. */
static size_t word_end(const uint8_t *t, size_t len, size_t i)
{
    size_t j = i;
    for (;;) {
        uint32_t c = cp2(t, len, j);
        if (rtl_letter(c)) {
            j += 2;
            continue;
        }
        if (j > i && zwnj_at(t, len, j) && rtl_letter(cp2(t, len, j + 3))) {
            j += 3;
            continue;
        }
        if (j > i && j < len && (t[j] == '\'' || t[j] == '"') && cp2(t, len, j - 2) >= 0x05D0 &&
            cp2(t, len, j - 2) <= 0x05EA) {
            if (rtl_letter(cp2(t, len, j + 1)) && t[j] == '"') {
                j += 1; /* ד"ר, עו"ד */
                continue;
            }
            if (t[j] == '\'' && !rtl_letter(cp2(t, len, j + 1)) && j - i <= 6)
                j += 1; /* גב', פרופ' */
        }
        return j;
    }
}

static int is(const uint8_t *t, size_t a, size_t b, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strlen(list[k]) == b - a && memcmp(t + a, list[k], b - a) == 0)
            return 1;
    return 0;
}
#define IS(t, a, b, list) is((t), (a), (b), (list), sizeof(list) / sizeof((list)[0]))

/* Titles before a name (a second one may follow: "جناب آقای", "سرکار خانم", "آقای دکتر"). */
static const char *const titles[] = {
    "السيد",  "السيدة", "الأستاذ", "الأستاذة", "الاستاذ", "الدكتور", "الدكتورة", "الحاج",
    "الحاجة", "الشيخ",  "المهندس", "المهندسة", "الأخ",    "الأخت",   "الآنسة",   "آقای",
    "خانم",   "جناب",   "سرکار",   "دکتر",     "مهندس",   "محترم",   "محترمہ",   "ڈاکٹر",
    "بیگم",   "מר",     "גב'",     "גברת",     "ד\"ר",    "הרב",     "עו\"ד",    "פרופ'",
    "השופט",  "حضرة",   "الطبيب",  "الممرضة",  "المحامي"};

/* Words a name never holds: prepositions, particles, role nouns after a title, greetings. */
static const char *const stops[] = {"في",       "من",      "إلى",
                                    "الى",      "على",     "عن",
                                    "مع",       "هو",      "هي",
                                    "يوم",      "الساعة",  "المدير",
                                    "الرئيس",   "الوزير",  "المحترم",
                                    "المحترمة", "المناوب", "المسؤول",
                                    "الفاضل",   "الكريم",  "العزيز",
                                    "الجديد",   "المعالج", "المشرف",
                                    "عليكم",    "الجميع",  "يرجى",
                                    "سيتواصل",  "وقال",    "قال",
                                    "إن",       "أن",      "از",
                                    "به",       "با",      "در",
                                    "که",       "را",      "است",
                                    "عزیز",     "لطفاً",    "لطفا",
                                    "گفت",      "همه",     "دوستان",
                                    "کا",       "کی",      "کے",
                                    "نے",       "کو",      "میں",
                                    "سے",       "اور",     "ہے",
                                    "صاحب",     "صاحبہ",   "والا",
                                    "کہ",       "ولد",     "של",
                                    "את",       "עם",      "על",
                                    "אל",       "והוא",    "והיא",
                                    "אמר",      "רב",      "לכולם",
                                    "הנדון",    "תורן",    "המנהל",
                                    "عزيزي",    "عزيزتي",  "سلام",
                                    "مرحبا",    "شكرا",    "شكراً",
                                    "و",        "یا",      "يا",
                                    "رئيس",     "مدير",    "مسئول",
                                    "الأعزاء",  "الكرام",  "خانم‌ها",
                                    "مراجعه",   "کنید",    "شد",
                                    "هستند",    "کرد",     "بكم",
                                    "عليكم",    "صحبت",    "تماس",
                                    "حرف",      "آج",      "کل",
                                    "امروز",    "دیروز",   "اليوم",
                                    "أمس",      "وقله",    "وقلها",
                                    "وقولوا"};

/* Chain words inside a name, not counted as its words. */
static const char *const chain[] = {"بن", "بنت", "ابن", "آل", "عبد", "בן", "בת", "ولد"};

/* Person words of a label before a colon. */
static const char *const label_keys[] = {
    "الاسم", "اسم",    "العميل",   "المريض", "المريضة", "الطبيب",  "المندوب", "المشرف", "الموظف",
    "نام",   "مشتری",  "فروشنده",  "ولدیت",  "گاہک",    "کنندہ",   "שם",      "הלקוח",  "המוכר",
    "לקוח",  "המטופל", "خانوادگی", "الطالب", "الطالبة", "المستلم", "المرسل",  "משתתף"};

/* List labels: a numbered line under them is a name. */
static const char *const list_keys[] = {
    "قائمة",   "فهرست", "רשימת", "الحضور", "المشاركين", "משתתפים", "شرکت‌کنندگان",
    "الأسماء", "فہرست"};

/* Closings: the line under them is a signature. */
static const char *const closing_keys[] = {"التحية", "الاحترام", "شكراً",     "شكرا",    "جزيلاً",
                                           "احترام", "سپاس",     "ارادتمند", "شکریہ",   "بברכה",
                                           "בברכה",  "תודה",     "רב",       "والسلام", "مخلصكم"};

/* Firm words before a kunya ("حلويات أبو عرب"). */
static const char *const firm_before[] = {"حلويات", "مطعم",  "مطاعم",  "شركة",  "مخبز", "محل",
                                          "مؤسسة",  "مكتبة", "صيدلية", "فلافل", "مقهى"};

/* Given names after a kunya's "أبو"/"أم". */
static const char *const kunya_given[] = {
    "محمد", "أحمد", "خالد",    "علي",  "عمر",  "يوسف", "عبدالله", "سعود", "فهد",  "طارق", "مصطفى",
    "حسام", "ماجد", "إبراهيم", "وليد", "ياسر", "حمد",  "منصور",   "سالم", "حسن",  "حسين", "فيصل",
    "ناصر", "سعد",  "صالح",    "سامي", "زياد", "رامي", "كريم",    "عادل", "نايف", "بندر", "مازن"};

static size_t skip_sp(const uint8_t *t, size_t len, size_t i)
{
    while (i < len && t[i] == ' ')
        i++;
    return i;
}

/* The name run from a: up to three words (chain words between not counted); its end, or a
 * when none. A stop word ends it; a chain word must be followed by a word. */
static size_t name_run(const uint8_t *t, size_t len, size_t a, size_t *words)
{
    size_t i = a, b = a, n = 0, links = 0;
    int aal = 0; /* after "آل": a family name, whatever it reads as ("آل الشيخ") */
    while (n < 3 + links && n < 5) {
        size_t e = word_end(t, len, i);
        if (e == i || (!aal && (IS(t, i, e, stops) || IS(t, i, e, titles))))
            break;
        if (n && e - i >= 6 && t[i] == 0xD7 && t[i + 1] == 0x95 && t[i + 2] == 0xD7 &&
            t[i + 3] == 0x9C)
            break; /* "ולנועה": "and to" the next one, a list's item */
        aal = 0;
        if (IS(t, i, e, chain)) {
            int opens =
                (e - i == 6 && !memcmp(t + i, "عبد", 6)) || (e - i == 4 && !memcmp(t + i, "آل", 4));
            if (n == 0 && !opens)
                break; /* only "عبد" and "آل" open a name */
            aal = e - i == 4 && !memcmp(t + i, "آل", 4);
            links++;
            size_t j = e < len && t[e] == ' ' ? e + 1 : e;
            if (word_end(t, len, j) == j)
                break;
            i = j;
            continue;
        }
        n++;
        b = e;
        if (e < len && t[e] == ' ')
            i = e + 1;
        else
            break;
    }
    *words = n;
    return n ? b : a;
}

/* Is t[a .. a + n) a chain word or a kunya's word ("بن", "أبو", "בן"), which a name's other
 * mentions do not carry? */
int nw_rtl65_link(const uint8_t *t, size_t a, size_t n)
{
    static const char *const links[] = {"بن", "بنت", "ابن", "آل",  "عبد",
                                        "בן", "בת",  "ولد", "أبو", "أم"};
    return IS(t, a, a + n, links);
}

static int emit(struct sc *s, size_t a, size_t b)
{
    return s->emit(s->arg, ANON_NAMES_PERSON, a, b);
}

/* A title (or two) that ends at e, then a name: emitted; the end of what was read, or i. */
static size_t after_title(struct sc *s, size_t e, int *rc)
{
    const uint8_t *t = s->t;
    size_t j = skip_sp(t, s->len, e), w;
    size_t e2 = word_end(t, s->len, j);
    if (e2 > j && IS(t, j, e2, titles))
        j = skip_sp(t, s->len, e2);
    else if (j < s->len && t[j] == '.') /* "د." */
        j = skip_sp(t, s->len, j + 1);
    size_t b = name_run(t, s->len, j, &w);
    if (!w)
        return e;
    *rc = emit(s, j, b);
    return b;
}

/* The items of a list after a name that ended at b: "، X", ", X", " و X", " اور X", " וX". */
static size_t list_more(struct sc *s, size_t b, int *rc)
{
    const uint8_t *t = s->t;
    for (int k = 0; k < 6 && *rc >= 0; k++) {
        size_t j = b;
        if (j + 1 < s->len && t[j] == 0xD8 && t[j + 1] == 0x8C) /* ، */
            j += 2;
        else if (j < s->len && t[j] == ',')
            j += 1;
        else if (j + 5 < s->len && !memcmp(t + j, " \xd9\x88 ", 4)) /* " و " */
            j += 4;
        else if (j + 8 < s->len && !memcmp(t + j, " \xd8\xa7\xd9\x88\xd8\xb1 ", 8)) /* اور */
            j += 8;
        else if (j + 5 < s->len && !memcmp(t + j, " \xd7\x95\xd7\x9c", 5)) /* " ול" */
            j += 5;
        else if (j + 3 < s->len && !memcmp(t + j, " \xd7\x95", 3)) /* " ו" */
            j += 3;
        else
            return b;
        j = skip_sp(t, s->len, j);
        size_t w, e = name_run(t, s->len, j, &w);
        if (w < 2)
            return b;
        /* the item ends: punctuation, a line end, a separator */
        if (e < s->len && t[e] != '\n' && t[e] != '.' && t[e] != ',' && t[e] != ' ' &&
            cp2(t, s->len, e) != 0x060C && cp2(t, s->len, e) != 0x06D4 && t[e] != '|')
            return b;
        if (e < s->len && t[e] == ' ' && memcmp(t + e, " \xd9\x88 ", 4) != 0 &&
            memcmp(t + e, " \xd8\xa7\xd9\x88\xd8\xb1 ", 8) != 0)
            return b;
        *rc = emit(s, j, e);
        b = e;
    }
    return b;
}

/* The start of the line that holds i. */
static size_t line_start(const uint8_t *t, size_t i)
{
    while (i > 0 && t[i - 1] != '\n')
        i--;
    return i;
}

/* Does the text a .. b hold a word of the list? */
static int holds(const uint8_t *t, size_t a, size_t b, const char *const *list, size_t n)
{
    for (size_t i = a; i < b;) {
        size_t e = word_end(t, b, i);
        if (e == i) {
            i++;
            continue;
        }
        if (is(t, i, e, list, n))
            return 1;
        i = e;
    }
    return 0;
}

/* A label's colon at c: a person label takes the value after it (a title skipped), a list label
 * the numbered lines under it. */
static int at_colon(struct sc *s, size_t c)
{
    const uint8_t *t = s->t;
    size_t ls = line_start(t, c), q = c;
    for (size_t p = c; p > ls; p--) /* the label starts after a field's separator */
        if (t[p - 1] == ',' || t[p - 1] == '{' || t[p - 1] == '|' || t[p - 1] == '\t' ||
            t[p - 1] == ';') {
            ls = p;
            break;
        }
    if (q > ls && t[q - 1] == '"')
        q--;
    if (q < ls + 2 || !cp2(t, s->len, q - 2))
        return 0; /* no label of the scripts before it */
    int rc = 0;
    if (holds(t, ls, q, label_keys, sizeof label_keys / sizeof label_keys[0])) {
        size_t j = skip_sp(t, s->len, c + 1);
        if (j < s->len && t[j] == '"')
            j++;
        size_t e = word_end(t, s->len, j), w;
        if (e > j && IS(t, j, e, titles))
            j = skip_sp(t, s->len, e);
        size_t b = name_run(t, s->len, j, &w);
        if (w && (b >= s->len || t[b] == '\n' || t[b] == '"' || t[b] == ',' || t[b] == '|' ||
                  cp2(t, s->len, b) == 0x060C))
            rc = emit(s, j, b);
        return rc;
    }
    if (!holds(t, ls, q, list_keys, sizeof list_keys / sizeof list_keys[0]))
        return 0;
    size_t i = c + 1, w0, j0 = skip_sp(t, s->len, c + 1), b0 = name_run(t, s->len, j0, &w0);
    if (w0 >= 2) { /* "فهرست: X، Y و Z" */
        size_t b1 = list_more(s, b0, &rc);
        if (b1 > b0 && rc >= 0)
            rc = emit(s, j0, b0);
        return rc;
    }
    while (rc >= 0 && i < s->len && t[i] == '\n') { /* "1. X", "١- X", "2) X" */
        size_t j = i + 1, d = j;
        while (j < s->len && ((t[j] >= '0' && t[j] <= '9') ||
                              (cp2(t, s->len, j) >= 0x0660 && cp2(t, s->len, j) <= 0x0669) ||
                              (cp2(t, s->len, j) >= 0x06F0 && cp2(t, s->len, j) <= 0x06F9)))
            j += t[j] < 0x80 ? 1 : 2;
        if (j == d || j >= s->len || (t[j] != '.' && t[j] != '-' && t[j] != ')'))
            break;
        j = skip_sp(t, s->len, j + 1);
        size_t w, b = name_run(t, s->len, j, &w);
        if (!w || (b < s->len && t[b] != '\n'))
            break;
        rc = emit(s, j, b);
        i = b;
    }
    return rc;
}

/* A line under a closing ("مع التحية،\nX"): the whole line a name of one to three words. */
static int signature(struct sc *s, size_t ls, int *rc)
{
    const uint8_t *t = s->t;
    if (ls < 2)
        return 0;
    size_t pe = ls - 1, ps = line_start(t, pe);
    if (pe - ps > 80)
        return 0;
    int comma = (pe >= 1 && t[pe - 1] == ',') || (pe >= 2 && cp2(t, s->len, pe - 2) == 0x060C);
    if (!comma || !holds(t, ps, pe, closing_keys, sizeof closing_keys / sizeof closing_keys[0]))
        return 0;
    size_t j = ls, e = word_end(t, s->len, j), w;
    if (e > j && IS(t, j, e, titles))
        j = skip_sp(t, s->len, e);
    size_t b = name_run(t, s->len, j, &w);
    if (!w || (b < s->len && t[b] != '\n'))
        return 0;
    *rc = emit(s, j, b);
    return 1;
}

/* A name of two to max words that ends right before the word at h ("صاحب", "صاحبہ", "ولد"; t[h - 1]
 * a space). */
static int before_word(struct sc *s, size_t h, size_t max)
{
    const uint8_t *t = s->t;
    size_t a = h - 1, n = 0, start = h - 1;
    while (n < max && a >= 2 && rtl_letter(cp2(t, s->len, a - 2))) {
        size_t ws = a;
        while (ws >= 2 && rtl_letter(cp2(t, s->len, ws - 2)))
            ws -= 2;
        if (IS(t, ws, a, stops) || IS(t, ws, a, titles))
            break;
        n++;
        start = ws;
        if (ws < 1 || t[ws - 1] != ' ')
            break;
        a = ws - 1;
    }
    if (n < 2)
        return 0;
    return emit(s, start, h - 1);
}

/* Greetings before a name of one or two words and a comma ("مرحبا هند،", "היי רועי,"). */
static const char *const greetings[] = {"مرحبا", "مرحباً", "أهلا", "أهلاً", "هلا",
                                        "سلام",  "درود",  "היי",  "שלום", "הי"};

static int after_greeting(struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    size_t j = skip_sp(t, s->len, e), w;
    if (j == e)
        return 0;
    size_t b = name_run(t, s->len, j, &w);
    if (!w || w > 2 || b >= s->len)
        return 0;
    if (t[b] != ',' && t[b] != '!' && cp2(t, s->len, b) != 0x060C)
        return 0;
    return emit(s, j, b);
}

/* The cell of column k of the Markdown row at ls: its trimmed bytes in *a, *b; 0 when none. */
static int cell_of(const uint8_t *t, size_t len, size_t ls, int k, size_t *a, size_t *b)
{
    size_t i = ls + 1;
    for (int col = 0; i < len && t[i] != '\n'; col++) {
        size_t e = i;
        while (e < len && t[e] != '|' && t[e] != '\n')
            e++;
        if (e >= len || t[e] != '|')
            return 0;
        if (col == k) {
            *a = skip_sp(t, len, i);
            *b = e;
            while (*b > *a && t[*b - 1] == ' ')
                (*b)--;
            return 1;
        }
        i = e + 1;
    }
    return 0;
}

/* A Markdown table at ls whose header names a person's column ("| الاسم |", "| נام |", "| שם |"):
 * its cells are names. The end of what was read. */
static size_t table_at(struct sc *s, size_t ls, int *rc)
{
    const uint8_t *t = s->t;
    size_t le = ls, a, b;
    while (le < s->len && t[le] != '\n')
        le++;
    int k = -1;
    for (int col = 0; col < 8 && cell_of(t, s->len, ls, col, &a, &b); col++)
        if (b > a && word_end(t, s->len, a) == b &&
            is(t, a, b, label_keys, sizeof label_keys / sizeof label_keys[0])) {
            k = col;
            break;
        }
    if (k < 0)
        return le;
    size_t i = le + 1;
    while (*rc >= 0 && i < s->len && t[i] == '|') {
        size_t w, e = i;
        while (e < s->len && t[e] != '\n')
            e++;
        if (cell_of(t, s->len, i, k, &a, &b) && b > a && name_run(t, s->len, a, &w) == b && w)
            *rc = emit(s, a, b);
        i = e + 1;
    }
    return i;
}

/* Verbs of greeting, talking and sending before a person (the Hebrew preposition glued on). */
static const char *const verb_cues[] = {"سلم على ", "سلّم على ",   "تحدثت مع ", "تواصلت مع ",
                                        "اتصلت ب",  "דיברתי עם ", "שלחתי ל",   "מסרתי ל",
                                        "דברי עם ", "תתקשר ל"};

/* A person of two or three words after a cue at i, or after the Persian "با" with a verb of
 * talking after it ("با X صحبت کردم"). The end of what was read, or i. */
static size_t after_cue(struct sc *s, size_t i, int *rc)
{
    const uint8_t *t = s->t;
    size_t w, b;
    for (size_t k = 0; k < sizeof verb_cues / sizeof verb_cues[0]; k++) {
        size_t l = strlen(verb_cues[k]);
        if (i + l < s->len && !memcmp(t + i, verb_cues[k], l)) {
            b = name_run(t, s->len, i + l, &w);
            if (w < 2)
                return i;
            if ((*rc = emit(s, i + l, b)) >= 0)
                b = list_more(s, b, rc);
            return b;
        }
    }
    if (i + 5 < s->len && !memcmp(t + i, "با ", 5)) {
        b = name_run(t, s->len, i + 5, &w);
        if (w >= 2 && b + 9 <= s->len &&
            (!memcmp(t + b, " صحبت", 9) || !memcmp(t + b, " تماس", 9) ||
             !memcmp(t + b, " حرف", 7))) {
            *rc = emit(s, i + 5, b);
            return b;
        }
    }
    return i;
}

int nw_rtl65_names(struct sc *s)
{
    const uint8_t *t = s->t;
    int rc = 0;
    for (size_t i = 0; i < s->len && rc >= 0; i++) {
        uint8_t c = t[i];
        if (c == ':') {
            rc = at_colon(s, i);
            continue;
        }
        if (c == '|' && (i == 0 || t[i - 1] == '\n')) {
            i = table_at(s, i, &rc) - 1;
            continue;
        }
        if (c < 0xD7 || c > 0xDB)
            continue;
        if (i > 0 && (rtl_letter(cp2(t, s->len, i - 2)) || t[i - 1] == '\'' || t[i - 1] == '"'))
            continue; /* inside a word */
        size_t e = word_end(t, s->len, i);
        if (e == i) {
            i++;
            continue;
        }
        if (i == 0 || t[i - 1] == '\n') {
            int done = signature(s, i, &rc);
            if (done) {
                i = e - 1;
                continue;
            }
        }
        size_t cb = after_cue(s, i, &rc);
        if (cb > i) {
            i = cb - 1;
            continue;
        }
        if (IS(t, i, e, titles)) {
            size_t b = after_title(s, e, &rc);
            if (b > e && rc >= 0)
                b = list_more(s, b, &rc);
            i = (b > i ? b : e) - 1;
            continue;
        }
        if ((e - i == 8 && !memcmp(t + i, "صاحب", 8)) ||
            (e - i == 10 && !memcmp(t + i, "صاحبہ", 10))) {
            if (i >= 1 && t[i - 1] == ' ')
                rc = before_word(s, i, 3);
        } else if (e - i == 6 && !memcmp(t + i, "ولد", 6) && i >= 1 && t[i - 1] == ' ') {
            size_t j = skip_sp(t, s->len, e), w, b = name_run(t, s->len, j, &w);
            if (w > 2) /* "X ولد Y Z": the father of two words, as the son's */
                b = word_end(t, s->len, word_end(t, s->len, j) + 1);
            if (w >= 2 && (rc = before_word(s, i, 2)) >= 0) /* "X ولد Y": both */
                rc = emit(s, j, b);
        } else if (IS(t, i, e, greetings)) {
            rc = after_greeting(s, e);
        } else if ((e - i == 6 && !memcmp(t + i, "أبو", 6)) ||
                   (e - i == 4 && !memcmp(t + i, "أم", 4))) {
            size_t j = skip_sp(t, s->len, e), g = word_end(t, s->len, j);
            int firm = 0;
            if (i >= 2 && t[i - 1] == ' ') {
                size_t p = i - 1;
                while (p >= 2 && rtl_letter(cp2(t, s->len, p - 2)))
                    p -= 2;
                firm = IS(t, p, i - 1, firm_before);
            }
            int ok = IS(t, j, g, kunya_given);
            if (g - j == 6 && !memcmp(t + j, "عبد", 6) && g < s->len && t[g] == ' ') {
                size_t g2 = word_end(t, s->len, g + 1); /* "أم عبد الرحمن" */
                ok = g2 > g + 1;
                g = ok ? g2 : g;
            }
            if (j > e && ok && !firm) {
                rc = emit(s, i, g);
                e = g;
            }
        }
        i = e - 1;
    }
    return rc;
}
