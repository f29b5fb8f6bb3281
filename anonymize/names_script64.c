/* names_script64.c: a person named before an honorific written after the name in Chinese,
 * Japanese and Korean ("王伟先生", "李秀英女士", "田中太郎様", "鈴木花子さん", "김민준 씨",
 * "한준호님", "임현지 고객님"), and after a Thai title written onto the name ("นายสมชาย ศรีสุข",
 * "นางสาวกาญจนา ทองดี"); the honorific and the title stay outside the span. names_script2.c
 * finds such names after a label or a title before them; these scripts put their honorific after
 * the name, or glue the title to it, so its walk never asked.
 *
 * CJK and Hangul write no space between a name and the text before it, so the name is only the
 * whole run of its script before the honorific: 2 to 4 Han characters (a surname and a given
 * name, or a Japanese surname and given name with one space or an ideographic space between) or
 * 2 to 4 Hangul syllables (a one-syllable surname and a space before a two-syllable given name
 * too), after a character of no such script. A longer run is a sentence ("请联系王伟先生"),
 * not taken. A title or a noun before the honorific is no name ("各位先生", "息子さん",
 * "担当者様", "고객님", "선생님", "아저씨"); a Korean title between the name and 님 ("김민준
 * 과장님") leaves the name before it. Thai: the title at a word start, then a given name of two
 * or more Thai letters and, after one space, the surname; a noun that opens with the title
 * ("นายกรัฐมนตรี", "นางพยาบาล") is none. The pass runs from names_script2.c's, only on a text
 * with a lead byte of those scripts. */
#include "anonymize/names_internal.h"

#include <string.h>

/* The code point of the 3-byte UTF-8 character at t[i], or 0. */
static uint32_t cp3(const uint8_t *t, size_t len, size_t i)
{
    if (i + 3 > len)
        return 0;
    if (t[i] < 0xE0 || t[i] > 0xEF || (t[i + 1] & 0xC0) != 0x80 || (t[i + 2] & 0xC0) != 0x80)
        return 0;
    return (uint32_t)(t[i] & 0x0F) << 12 | (uint32_t)(t[i + 1] & 0x3F) << 6 | (t[i + 2] & 0x3F);
}

static int is_han(uint32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

static int is_hangul(uint32_t c)
{
    return c >= 0xAC00 && c <= 0xD7A3;
}

static int is_thai(uint32_t c)
{
    return c >= 0x0E01 && c <= 0x0E4E;
}

/* The start of the 3-byte character that ends at e, or e when there is none. */
static size_t back3(const uint8_t *t, size_t e)
{
    return e >= 3 && t[e - 3] >= 0xE0 && t[e - 3] <= 0xEF && (t[e - 2] & 0xC0) == 0x80 &&
                   (t[e - 1] & 0xC0) == 0x80
               ? e - 3
               : e;
}

/* The bytes of the run of letters of the class (Han, Hangul) that ends at e; their count in *n
 * (it stops at max + 1). */
static int run_back(const uint8_t *t, size_t e, int (*cls)(uint32_t), size_t max, size_t *n)
{
    size_t i = e;
    *n = 0;
    for (;;) {
        size_t p = back3(t, i);
        if (p == i)
            break;
        uint32_t c =
            (uint32_t)(t[p] & 0x0F) << 12 | (uint32_t)(t[p + 1] & 0x3F) << 6 | (t[p + 2] & 0x3F);
        if (!cls(c))
            break;
        i = p;
        if (++*n > max)
            break;
    }
    return (int)(e - i);
}

/* Does the character that ends at a leave a word boundary for a CJK name: nothing, ASCII, CJK
 * punctuation, a space, kana (a Japanese particle)? Han or Hangul right before is a longer run. */
static int cjk_boundary(const uint8_t *t, size_t a)
{
    size_t p = back3(t, a);
    if (p == a)
        return 1;
    uint32_t c =
        (uint32_t)(t[p] & 0x0F) << 12 | (uint32_t)(t[p + 1] & 0x3F) << 6 | (t[p + 2] & 0x3F);
    return !is_han(c) && !is_hangul(c);
}

static int one_of(const uint8_t *w, size_t n, const char *const *list, size_t k)
{
    for (size_t i = 0; i < k; i++)
        if (strlen(list[i]) == n && memcmp(w, list[i], n) == 0)
            return 1;
    return 0;
}
#define ONE_OF(w, n, list) one_of(w, n, list, sizeof list / sizeof list[0])

/* Nouns and titles that take these honorifics (Han). */
static const char *const han_not[] = {
    "各位", "这位",   "那位", "這位", "那位", "诸位", "諸位", "老师", "老師",   "医生",
    "醫生", "息子",   "娘",   "奥",   "旦那", "医者", "大家", "店員", "看護師", "運転手",
    "警察", "八百屋", "魚屋", "花屋", "本屋", "大工", "駅員", "社員", "患者",   "子供",
    "親御", "彼女",   "彼氏", "隣",   "担当", "会員", "皆様", "先生", "貴方",   "御社",
    "貴社", "主人",   "学生", "同学", "同學", "女士", "部長", "課長", "社長",   "店長",
    "院長", "校長",   "会長", "客",   "神",   "王",   "仏",   "殿",   "姫",     "王子"};
/* Korean nouns and titles before 님 and 씨. */
static const char *const ko_not[] = {
    "고객",   "선생",   "과장",   "부장",    "사장", "회장", "팀장",   "실장",   "원장",   "교수",
    "기사",   "하느",   "부처",   "어머",    "아버", "할머", "할아버", "회원",   "관리자", "담당자",
    "운영자", "보호자", "신청자", "대표",    "이사", "상무", "전무",   "차장",   "대리",   "주임",
    "작가",   "감독",   "목사",   "신부",    "수녀", "의사", "간호사", "환자",   "학부모", "부모",
    "주인",   "형",     "언니",   "오빠",    "누나", "공주", "왕자",   "선배",   "후배",   "코치",
    "의원",   "총장",   "교장",   "대통령",  "스승", "사모", "아드",   "사용자", "판매자", "구매자",
    "아저",   "아가",   "마음",   "여러분",  "친구", "손",   "님",     "선수",   "작업자", "기자",
    "변호사", "박사",   "매니저", "고객센터"};
/* Korean titles between a name and 님 ("김민준 과장님"). */
static const char *const ko_titles[] = {"고객", "선생", "과장", "부장", "사장", "회장", "팀장",
                                        "실장", "원장", "교수", "대표", "이사", "차장", "대리",
                                        "주임", "작가", "감독", "기사", "선배", "박사"};

static int emit(struct sc *s, size_t a, size_t b)
{
    return s->emit(s->arg, ANON_NAMES_PERSON, a, b);
}

/* A Han name ending at e (before the honorific): 2-4 characters, or a Japanese surname and
 * given name with one space or an ideographic space between. */
static int han_before(struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    size_t n;
    int w = run_back(t, e, is_han, 4, &n);
    if (n > 4 || n == 0)
        return 0;
    size_t a = e - (size_t)w;
    if (ONE_OF(t + a, (size_t)w, han_not) || (n >= 2 && ONE_OF(t + e - 3 * 2, 6, han_not)) ||
        (n >= 1 && memcmp(t + e - 3, "\xe8\x80\x85", 3) == 0)) /* 者: 担当者, 会員... */
        return 0;
    /* "中村 美咲", "中村　美咲": a surname of 1-3 characters before one space */
    size_t g = a;
    if (g >= 1 && t[g - 1] == ' ')
        g -= 1;
    else if (g >= 3 && t[g - 3] == 0xE3 && t[g - 2] == 0x80 && t[g - 1] == 0x80)
        g -= 3;
    if (g < a && n <= 3) {
        size_t m;
        int w2 = run_back(t, g, is_han, 3, &m);
        if (m >= 1 && m <= 3 && cjk_boundary(t, g - (size_t)w2))
            return emit(s, g - (size_t)w2, e);
    }
    if (n < 2 || !cjk_boundary(t, a))
        return 0;
    return emit(s, a, e);
}

/* Korean particles that may follow 씨 or 님 ("씨가", "님께"); another syllable makes a word
 * ("씨앗", "씨름"). */
static const char *const ko_particles[] = {"가", "께", "는", "을", "를", "의", "도",   "과", "와",
                                           "이", "에", "은", "한", "들", "만", "께서", "요"};

static int ko_word_ends(const uint8_t *t, size_t len, size_t h)
{
    uint32_t c = cp3(t, len, h);
    if (!is_hangul(c))
        return 1;
    return ONE_OF(t + h, 3, ko_particles);
}

/* A Hangul name ending at e (before 씨 or 님, a space between or none). */
static int hangul_before(struct sc *s, size_t e, int nim)
{
    const uint8_t *t = s->t;
    size_t n;
    if (e >= 1 && t[e - 1] == ' ')
        e--;
    int w = run_back(t, e, is_hangul, 4, &n);
    size_t a = e - (size_t)w;
    if (n == 0 || n > 4)
        return 0;
    if (nim && ONE_OF(t + a, (size_t)w, ko_titles) && a >= 1 && t[a - 1] == ' ')
        return hangul_before(s, a - 1, 0); /* "김민준 과장님": the name before the title */
    if (ONE_OF(t + a, (size_t)w, ko_not) || n < 2 || !cjk_boundary(t, a))
        return 0;
    /* "장 우연 씨": a one-syllable surname and a space before a two-syllable given name */
    if (n == 2 && a >= 4 && t[a - 1] == ' ') {
        size_t m;
        int w2 = run_back(t, a - 1, is_hangul, 1, &m);
        if (m == 1 && cjk_boundary(t, a - 1 - (size_t)w2))
            a = a - 1 - (size_t)w2;
    }
    return emit(s, a, e);
}

/* Thai titles written onto a name, the longest first, and nouns that open with one. */
static const char *const th_titles[] = {"นางสาว", "เด็กชาย", "เด็กหญิง", "นาย", "นาง"};
static const char *const th_not[] = {
    "กรัฐ", "จ้าง", "ทุน",  "หน้า",  "พล",    "อำเภอ", "ร้อย",  "สิบ",    "ท่าน", "แบบ", "พยาบาล", "ฟ้า",
    "งาม", "เอก", "สนม", "ตรวจ", "ประกัน", "ช่าง",   "ทหาร", "ตำรวจ", "ด่าน", "เรือ", "กอง"};

/* The end of the Thai word at i (letters U+0E01 .. U+0E4E), counting its letters in *n. */
static size_t thai_word(const uint8_t *t, size_t len, size_t i, size_t *n)
{
    *n = 0;
    while (i + 3 <= len && is_thai(cp3(t, len, i))) {
        i += 3;
        ++*n;
    }
    return i;
}

size_t nw_thai_title(const struct sc *s, size_t i)
{
    for (size_t k = 0; k < sizeof th_titles / sizeof th_titles[0]; k++) {
        size_t tl = strlen(th_titles[k]);
        if (i + tl <= s->len && memcmp(s->t + i, th_titles[k], tl) == 0)
            return tl;
    }
    return 0;
}

static int thai_at(struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    if (i >= 3 && is_thai(cp3(t, s->len, i - 3)))
        return 0; /* inside a word */
    for (size_t k = 0; k < sizeof th_titles / sizeof th_titles[0]; k++) {
        size_t tl = strlen(th_titles[k]);
        if (i + tl > s->len || memcmp(t + i, th_titles[k], tl) != 0)
            continue;
        size_t a = i + tl;
        for (size_t j = 0; j < sizeof th_not / sizeof th_not[0]; j++) {
            size_t nl = strlen(th_not[j]);
            if (a + nl <= s->len && memcmp(t + a, th_not[j], nl) == 0)
                return 0;
        }
        size_t n, m;
        size_t g = thai_word(t, s->len, a, &n);
        if (n < 2 || n > 14)
            return 0;
        size_t b = g;
        if (g + 1 < s->len && t[g] == ' ') {
            size_t e = thai_word(t, s->len, g + 1, &m);
            if (m >= 2 && m <= 16)
                b = e;
        }
        if (b == g && g < s->len && t[g] >= 0x80)
            return 0; /* a word of another script glued on: no name */
        return emit(s, a, b);
    }
    return 0;
}

/* Honorifics after a name: the Han ones, the kana さん, the Hangul 씨 and 님. */
static const char *const han_hon[] = {"先生", "女士", "小姐", "様", "さん", "さま"};

/* Characters before 様 that make a word of it ("仕様", "模様", "同様", "多様"). */
static const char *const sama_not[] = {"仕", "模", "同", "多", "異", "一", "有", "態", "皆", "客"};

int nw_script64_names(struct sc *s)
{
    const uint8_t *t = s->t;
    int rc;
    for (size_t i = 0; i + 3 <= s->len; i++) {
        uint8_t c = t[i];
        if (c == 0xE0) {
            if ((t[i + 1] == 0xB8 || t[i + 1] == 0xB9) && (rc = thai_at(s, i)) < 0) /* นาย, เด็ก */
                return rc;
            continue;
        }
        if (c == 0xEC && t[i + 1] == 0x94 && t[i + 2] == 0xA8) { /* 씨 */
            if (ko_word_ends(t, s->len, i + 3) && (rc = hangul_before(s, i, 0)) < 0)
                return rc;
            continue;
        }
        if (c == 0xEB && t[i + 1] == 0x8B && t[i + 2] == 0x98) { /* 님 */
            if (ko_word_ends(t, s->len, i + 3) && (rc = hangul_before(s, i, 1)) < 0)
                return rc;
            continue;
        }
        if (c < 0xE3 || c > 0xE6)
            continue;
        for (size_t k = 0; k < sizeof han_hon / sizeof han_hon[0]; k++) {
            size_t hl = strlen(han_hon[k]);
            if (i + hl <= s->len && memcmp(t + i, han_hon[k], hl) == 0) {
                /* a word: "様子", "様々", "仕様", "模様", "同様"; a plural "先生们" */
                uint32_t nx = cp3(t, s->len, i + hl);
                if ((k == 3 && is_han(nx)) || nx == 0x4EEC || nx == 0x5011 ||
                    (k == 3 && i >= 3 && ONE_OF(t + i - 3, 3, sama_not)))
                    break;
                if ((rc = han_before(s, i)) < 0)
                    return rc;
                break;
            }
        }
    }
    return 0;
}
