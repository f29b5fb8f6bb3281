/* names_asia65.c: people named in Chinese, Japanese, Korean and Thai with no honorific, where the
 * shape of the text says a name stands there: a list whose every item is a name ("值班：王伟、
 * 李秀英", "당번: 김민준, 박서연", "佐藤太郎、鈴木 花子"), the cells of a table column whose header
 * names people ("| 姓名 |", "| 氏名 |", "| 성명 |", "| フリガナ |", "| ชื่อ-นามสกุล |"), a letter's
 * signature on the line after its closing phrase ("此致\n敬礼\n王伟", "감사합니다.\n김민준 드림").
 *
 * These scripts write no capital and often no space, so a lone run of Han or Hangul says nothing;
 * a list is taken only when every item has a name's shape: 2 to 4 Han characters that open with a
 * common Chinese or Japanese surname (a compiled list of surnames, not of given names), 2 to 4
 * Hangul syllables that open with a Korean surname, or two Thai words; one product, place or
 * department among the items ("苹果、牛奶", "営業部") leaves the whole list. A name found here
 * or before an honorific (names_script64.c's) is the same person where the text writes it again.
 * The pass runs from names_script2.c's, only on a text with a lead byte of those scripts. */
#include "anonymize/names_internal.h"

#include <string.h>

static uint32_t cp_at(const uint8_t *t, size_t len, size_t i)
{
    if (i >= len || len - i < 3 || t[i] < 0xE0 || t[i] > 0xEF || (t[i + 1] & 0xC0) != 0x80 ||
        (t[i + 2] & 0xC0) != 0x80)
        return 0;
    return (uint32_t)(t[i] & 0x0F) << 12 | (uint32_t)(t[i + 1] & 0x3F) << 6 | (t[i + 2] & 0x3F);
}

static int is_han(uint32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || c == 0x3005;
}

static int is_hangul(uint32_t c)
{
    return c >= 0xAC00 && c <= 0xD7A3;
}

static int is_thai(uint32_t c)
{
    return c >= 0x0E01 && c <= 0x0E4E;
}

static int is_kata(uint32_t c)
{
    return c >= 0x30A1 && c <= 0x30FC && c != 0x30FB;
}

/* Is the 3-byte character at w one of the list's (a string of 3-byte characters)? */
static int char_in(const uint8_t *w, const char *list)
{
    for (const char *p = list; *p; p += 3)
        if (memcmp(w, p, 3) == 0)
            return 1;
    return 0;
}

static int word_in(const uint8_t *w, size_t n, const char *const *list, size_t k)
{
    for (size_t i = 0; i < k; i++)
        if (strlen(list[i]) == n && memcmp(w, list[i], n) == 0)
            return 1;
    return 0;
}
#define WORD_IN(w, n, list) word_in(w, n, list, sizeof list / sizeof list[0])

/* Common Chinese surnames, simplified and traditional forms. */
static const char zh_sur[] =
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林罗羅高梁宋郑鄭谢謝韩韓唐冯馮于董萧蕭程曹"
    "袁"
    "邓鄧许許傅沈曾彭吕呂苏蘇卢盧蒋蔣蔡贾賈丁魏薛叶葉阎閻余潘杜戴夏钟鍾汪田任姜范方石姚谭譚廖邹鄒熊"
    "金陆陸郝孔白崔康毛邱秦江史顾顧侯邵孟龙龍万萬段雷钱錢汤湯尹黎易常武乔喬贺賀赖賴龚龔文洪庄莊施"
    "柯翁颜顏游詹简簡";
static const char *const zh_sur2[] = {"欧阳", "歐陽", "司马", "司馬",
                                      "诸葛", "諸葛", "上官", "东方"};
/* Common Japanese surnames. */
static const char *const ja_sur[] = {
    "佐藤", "鈴木",   "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田",
    "山田", "佐々木", "山口", "松本", "井上", "木村", "斎藤", "清水", "山崎", "阿部", "森",
    "池田", "橋本",   "山下", "石川", "中島", "前田", "藤田", "小川", "後藤", "岡田", "長谷川",
    "村上", "近藤",   "石井", "坂本", "遠藤", "青木", "藤井", "西村", "福田", "太田", "三浦",
    "藤原", "岡本",   "松田", "中川", "中野", "原田", "小野", "田村", "竹内", "金子", "和田",
    "中山", "石田",   "上田", "森田", "原",   "柴田", "酒井", "工藤", "横山", "宮崎", "宮本",
    "内田", "高木",   "安藤", "谷口", "大野", "丸山", "今井", "河野", "藤本", "村田", "武田",
    "上野", "杉山",   "増田", "平野", "大塚", "千葉", "久保"};
/* Korean surnames (one syllable; the two-syllable ones below). */
static const char ko_sur[] =
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구"
    "민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모";
/* Last syllables of a team, a district, a city, a station, a shop ("인사팀", "강남구", "수원역").
 */
static const char ko_thing_end[] = "팀구시역실점청국";
static const char *const ko_sur2[] = {"남궁", "황보", "제갈", "선우", "독고"};
/* Last characters that make a Han run a place, a firm, a department or a thing. */
static const char han_thing_end[] =
    "駅站区區市県县縣路街部課课長长店屋社司所院校館馆室品書书表会會省州";

/* Does the Han item [a, b) (one space or ideographic space inside at most) have a name's shape? */
static int han_name(const uint8_t *t, size_t a, size_t b)
{
    size_t n = 0, gaps = 0;
    for (size_t i = a; i < b;) {
        if (t[i] == ' ') {
            gaps++, i++;
            continue;
        }
        uint32_t c = cp_at(t, b, i);
        if (c == 0x3000) {
            gaps++, i += 3;
            continue;
        }
        if (!is_han(c))
            return 0;
        n++, i += 3;
    }
    if (gaps > 1 || n < 2 || n > 5 || t[a] == ' ' || t[b - 1] == ' ')
        return 0;
    if (char_in(t + b - 3, han_thing_end))
        return 0;
    for (size_t k = 0; k < sizeof ja_sur / sizeof ja_sur[0]; k++) {
        size_t l = strlen(ja_sur[k]);
        if (l < b - a && memcmp(t + a, ja_sur[k], l) == 0)
            return 1;
    }
    if (memcmp(t + b - 3, "\xe5\xb1\xb1", 3) == 0) /* 山: 黄山; a Japanese 中山 is above */
        return 0;
    if (n > 4 && !gaps)
        return 0;
    if (b - a >= 9 && WORD_IN(t + a, 6, zh_sur2))
        return 1;
    return n <= 3 && char_in(t + a, zh_sur);
}

static int hangul_name(const uint8_t *t, size_t a, size_t b)
{
    size_t n = 0, gaps = 0;
    for (size_t i = a; i < b;) {
        if (t[i] == ' ') {
            if (i != a + 3)
                return 0; /* "김 민준": only after a one-syllable surname */
            gaps++, i++;
            continue;
        }
        if (!is_hangul(cp_at(t, b, i)))
            return 0;
        n++, i += 3;
    }
    if (n < 2 || n > 4 || gaps > 1)
        return 0;
    if (char_in(t + b - 3, ko_thing_end))
        return 0;
    if (n == 4)
        return WORD_IN(t + a, 6, ko_sur2);
    return char_in(t + a, ko_sur);
}

/* Two Thai words, one space between ("สมชาย ศรีสุข"). */
static int thai_name(const uint8_t *t, size_t a, size_t b)
{
    size_t words = 1, letters = 0;
    for (size_t i = a; i < b;) {
        if (t[i] == ' ') {
            if (letters < 2)
                return 0;
            words++, letters = 0, i++;
            continue;
        }
        if (!is_thai(cp_at(t, b, i)))
            return 0;
        letters++, i += 3;
    }
    return words == 2 && letters >= 2;
}

static int kata_name(const uint8_t *t, size_t a, size_t b)
{
    size_t n = 0;
    for (size_t i = a; i < b;) {
        if (t[i] == ' ' || cp_at(t, b, i) == 0x3000) {
            i += t[i] == ' ' ? 1 : 3;
            continue;
        }
        if (!is_kata(cp_at(t, b, i)))
            return 0;
        n++, i += 3;
    }
    return n >= 2;
}

static int name_shape(const uint8_t *t, size_t a, size_t b)
{
    if (b <= a + 3)
        return 0;
    uint32_t c = cp_at(t, b, a);
    if (is_han(c))
        return han_name(t, a, b);
    if (is_hangul(c))
        return hangul_name(t, a, b);
    if (is_thai(c))
        return thai_name(t, a, b);
    return 0;
}

static int emit(struct sc *s, size_t a, size_t b)
{
    return s->emit(s->arg, ANON_NAMES_PERSON, a, b);
}

/* [a, b) without the spaces and ideographic spaces around it. */
static void trim(const uint8_t *t, size_t *a, size_t *b)
{
    for (;;) {
        if (*a < *b && t[*a] == ' ')
            ++*a;
        else if (*a + 3 <= *b && cp_at(t, *b, *a) == 0x3000)
            *a += 3;
        else
            break;
    }
    for (;;) {
        if (*b > *a && t[*b - 1] == ' ')
            --*b;
        else if (*b >= *a + 3 && cp_at(t, *b, *b - 3) == 0x3000)
            *b -= 3;
        else
            break;
    }
}

/* Separators of a list's items: "、", "，", ","; a space only when none of them is on the line. */
static size_t sep_at(const uint8_t *t, size_t len, size_t i, int space)
{
    if (t[i] == ',')
        return 1;
    if (space && t[i] == ' ')
        return 1;
    uint32_t c = cp_at(t, len, i);
    if (c == 0x3001 || c == 0xFF0C || (space && c == 0x3000))
        return 3;
    return 0;
}

/* Where a list's last item stops: the line's end, "。", "；", "(", "（", "." */
static int list_stop(const uint8_t *t, size_t len, size_t i)
{
    uint32_t c = cp_at(t, len, i);
    return t[i] == '(' || t[i] == ';' || t[i] == '.' || c == 0x3002 || c == 0xFF08 || c == 0xFF1B;
}

/* The items after the label of the line [a, e): every one a name, two or more (or one when the
 * label names a person, or when the line before was a list of people under a label of the same
 * kind: "周一：…、…" then "周二：…", "월요일:" then "화요일:"): how many were taken. */
static int list_line(struct sc *s, size_t a, size_t e, int one)
{
    const uint8_t *t = s->t;
    trim(t, &a, &e); /* ": " leaves its space before the first item */
    if (one == 2 && kata_name(t, a, e))
        return emit(s, a, e) < 0 ? -1 : 1; /* "フリガナ：ムラカミ　ケンイチ": one reading */
    size_t stop = e;
    int space = 1;
    for (size_t i = a; i < e; i++) {
        if (list_stop(t, e, i)) {
            stop = i;
            break;
        }
        if (sep_at(t, e, i, 0))
            space = 0;
    }
    size_t items[12][2] = {{0}}, n = 0, from = a;
    int joined = 0;
    for (size_t i = a; i <= stop; i++) {
        size_t l = i < stop ? sep_at(t, stop, i, space) : 1;
        if (!l)
            continue;
        size_t x = from, y = i;
        trim(t, &x, &y);
        int ok = name_shape(t, x, y) || (one == 2 && kata_name(t, x, y));
        if (!ok && space && i < stop && !joined) {
            joined = 1; /* "村上　健一", "노 하호": a surname and a given name, one space between */
            i += l - 1;
            continue;
        }
        if (n == 12 || !ok)
            return 0;
        joined = 0;
        items[n][0] = x, items[n][1] = y, n++;
        from = i + l;
        i += l - 1;
    }
    if (n < 2 && (!one || (one == 1 && is_hangul(cp_at(t, e, items[0][0])) &&
                           items[0][1] - items[0][0] == 6)))
        return 0; /* a list's next line: "서울" is a city, "곽미경" a third syllable's name */
    for (size_t k = 0; k < n; k++) {
        int rc = emit(s, items[k][0], items[k][1]);
        if (rc < 0)
            return rc;
    }
    return (int)n;
}

/* Table headers of a column of people. */
static const char *const col_heads[] = {"姓名", "氏名",      "성명", "이름",       "フリガナ",
                                        "名前", "ชื่อ-นามสกุล", "ชื่อ",   "ชื่อ - นามสกุล"};

/* The cell number of a people header in the row [a, e), or -1. */
static int head_col(const uint8_t *t, size_t a, size_t e)
{
    int col = -1;
    for (size_t i = a; i < e; i++) {
        if (t[i] != '|')
            continue;
        col++;
        size_t x = i + 1, y = x;
        while (y < e && t[y] != '|')
            y++;
        trim(t, &x, &y);
        if (WORD_IN(t + x, y - x, col_heads))
            return col;
    }
    return -1;
}

/* The cell col of the row [a, e) as a person, when it holds only letters of these scripts. */
static int table_cell(struct sc *s, size_t a, size_t e, int col)
{
    const uint8_t *t = s->t;
    int c = -1;
    for (size_t i = a; i < e; i++) {
        if (t[i] != '|' || ++c != col)
            continue;
        size_t x = i + 1, y = x;
        while (y < e && t[y] != '|')
            y++;
        trim(t, &x, &y);
        if (y <= x + 3 || y - x > 60)
            return 0;
        uint32_t f = cp_at(t, y, x);
        int ok = is_kata(f) ? kata_name(t, x, y) : 1;
        for (size_t j = x; ok && j < y;) {
            uint32_t g = cp_at(t, y, j);
            if (t[j] == ' ' || g == 0x3000) {
                j += t[j] == ' ' ? 1 : 3;
                continue;
            }
            ok = is_han(g) || is_hangul(g) || is_thai(g) || is_kata(g);
            j += 3;
        }
        return ok ? emit(s, x, y) : 0;
    }
    return 0;
}

/* Closing phrases after which a letter's signature stands on its own line. */
static const char *const closings[] = {"敬礼",
                                       "敬禮",
                                       "此致敬礼",
                                       "よろしくお願いいたします。",
                                       "よろしくお願いします。",
                                       "よろしくお願い申し上げます。",
                                       "敬具",
                                       "감사합니다.",
                                       "감사합니다",
                                       "ขอแสดงความนับถือ",
                                       "敬祝 商祺",
                                       "敬祝　商祺"};
/* Words after a signature's name on its line ("王伟 敬上", "김민준 드림"). */
static const char *const sign_after[] = {" 敬上", "敬上", " 드림", " 올림", "　拝"};

/* The signature line [a, e): the whole line a name, or a name before "敬上" / "드림". */
static int sign_line(struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    for (size_t k = 0; k < sizeof sign_after / sizeof sign_after[0]; k++) {
        size_t l = strlen(sign_after[k]);
        if (e >= a + l && memcmp(t + e - l, sign_after[k], l) == 0) {
            e -= l;
            break;
        }
    }
    trim(t, &a, &e);
    return name_shape(t, a, e) ? emit(s, a, e) : 0;
}

/* A line that opens with a word for the one in charge and a space ("담당 김민준", "担当　佐藤"):
 * where the name starts, or 0. */
static size_t duty_word(const uint8_t *t, size_t a, size_t e)
{
    static const char *const duty[] = {"담당 ", "担当　", "担当 ", "负责人 ", "負責人 "};
    for (size_t i = a; i < e; i++) {
        if (t[i] != 0xEB && t[i] != 0xE6 && t[i] != 0xE8)
            continue; /* the lead bytes of 담, 担, 负 and 負 */
        if (i > a && t[i - 1] != ' ' && t[i - 1] != '.' &&
            (i < a + 3 || cp_at(t, e, i - 3) != 0x3002))
            continue; /* "…했습니다. 담당 서지현": after a sentence's end too */
        for (size_t k = 0; k < sizeof duty / sizeof duty[0]; k++) {
            size_t l = strlen(duty[k]);
            if (e > i + l && memcmp(t + i, duty[k], l) == 0)
                return i + l;
        }
    }
    return 0;
}

/* Labels of one person's field ("住客：", "同行者：", "투숙객:", "ผู้เข้าพัก:"). */
static const char *const one_labels[] = {
    "住客",   "同住人",   "房客",     "同行",   "同行者", "受取人", "差出人",
    "联系人", "聯絡人",   "お名前",   "代表者", "投宿者", "투숙객", "동반자",
    "담당자", "보호자",   "负责人",   "負責人", "申请人", "申請人", "收件人",
    "寄件人", "フリガナ", "ふりがな", "ผู้เข้าพัก", "ผู้ติดตาม", "ผู้ติดต่อ",  "ผู้รับ"};

static int one_label(const uint8_t *t, size_t a, size_t colon)
{
    return WORD_IN(t + a, colon - a, one_labels);
}

/* The start of a list's items on the line [a, e): after its label's colon, or 0 with none. */
static size_t after_label(const uint8_t *t, size_t a, size_t e)
{
    for (size_t i = a; i < e && i < a + 64; i++) {
        if (t[i] == ':' && i + 1 < e && (t[i + 1] == ' ' || t[i + 1] >= 0xE0))
            return i + 1; /* "：" may reach here folded to ':' */
        if (cp_at(t, e, i) == 0xFF1A)
            return i + 3;
    }
    return 0;
}

/* The people this text's passes found, so that the same name again without its honorific or its
 * list ("王伟先生您好……如王伟本人不在", "加藤さん……加藤が休みなら") is the same person. */
struct found {
    anon_names_emit_fn emit;
    void *arg;
    size_t span[16][2];
    size_t n;
};

static int record(void *arg, int kind, size_t a, size_t b)
{
    struct found *f = arg;
    if (kind == ANON_NAMES_PERSON && f->n < 16)
        f->span[f->n][0] = a, f->span[f->n][1] = b, f->n++;
    return f->emit(f->arg, kind, a, b);
}

/* Is [a, b) at least two Han characters or two Hangul syllables and nothing else but a space? */
static int cjk_name_bytes(const uint8_t *t, size_t a, size_t b)
{
    size_t n = 0;
    for (size_t i = a; i < b;) {
        uint32_t c = cp_at(t, b, i);
        if (t[i] == ' ' || c == 0x3000) {
            i += t[i] == ' ' ? 1 : 3;
            continue;
        }
        if (!is_han(c) && !is_hangul(c))
            return 0;
        n++, i += 3;
    }
    return n >= 2;
}

/* Every other place the text writes a found CJK name: the same person. A Hangul name is a word:
 * no Hangul right before it. */
static int again(struct sc *s, const struct found *f)
{
    const uint8_t *t = s->t;
    for (size_t k = 0; k < f->n; k++) {
        size_t a = f->span[k][0], b = f->span[k][1], n = b - a;
        if (!cjk_name_bytes(t, a, b))
            continue;
        int hangul = is_hangul(cp_at(t, b, a));
        for (size_t i = 0; i + n <= s->len; i++) {
            if (t[i] != t[a] || memcmp(t + i, t + a, n) != 0 || i == a)
                continue;
            if (hangul && i >= 3 && is_hangul(cp_at(t, s->len, i - 3)))
                continue;
            int rc = s->emit(s->arg, ANON_NAMES_PERSON, i, i + n);
            if (rc < 0)
                return rc;
            i += n - 1;
        }
    }
    return 0;
}

static int lines(struct sc *s);

int nw_asia65_names(struct sc *s)
{
    struct found f = {.emit = s->emit, .arg = s->arg};
    s->emit = record, s->arg = &f;
    int rc = nw_script64_names(s);
    if (rc >= 0)
        rc = lines(s);
    s->emit = f.emit, s->arg = f.arg;
    return rc < 0 ? rc : again(s, &f);
}

/* The lists, tables, labels and signatures of the text, line by line. */
static int lines(struct sc *s)
{
    const uint8_t *t = s->t;
    size_t a = 0;
    int col = -1, rc, closed = 0, listed = 0;
    size_t px = 0, pc = 0; /* the label of the last list's line: "周一", "월요일" */
    while (a < s->len) {
        const uint8_t *nl = memchr(t + a, '\n', s->len - a);
        size_t e = nl ? (size_t)(nl - t) : s->len, x = a, y = e;
        trim(t, &x, &y);
        if (x == y) { /* a blank line keeps a closing phrase's promise */
            a = e + 1;
            continue;
        }
        if (t[x] == '|') {
            if (col < 0)
                col = head_col(t, x, y);
            else if (memchr(t + x, '-', y - x) == NULL && (rc = table_cell(s, x, y, col)) < 0)
                return rc;
        } else {
            col = -1;
            size_t f = after_label(t, x, y);
            size_t g = duty_word(t, x, y);
            if (closed || g) {
                if ((rc = sign_line(s, g ? g : x, y)) < 0)
                    return rc;
            } else if (f) {
                size_t c = t[f - 1] == ':' ? f - 1 : f - 3;
                if (c > x && t[c - 1] == ' ')
                    c--;
                int same = listed >= 2 && c >= x + 3 && c <= x + 48 && pc >= px + 3 &&
                           (memcmp(t + x, t + px, 3) == 0 || memcmp(t + c - 3, t + pc - 3, 3) == 0);
                if ((rc = list_line(s, f, y, one_label(t, x, c) ? 2 : same)) < 0)
                    return rc;
                listed = rc, px = x, pc = c;
                closed = 0;
                a = e + 1;
                continue;
            }
        }
        closed = WORD_IN(t + x, y - x, closings);
        listed = 0;
        a = e + 1;
    }
    return 0;
}
