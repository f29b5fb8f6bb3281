/* names_cyr65.c: people in Cyrillic and Indic text that names_script2.c's label, title and
 * greeting paths leave: a Russian, Ukrainian or Belarusian name with its patronymic in any case
 * ("Морозову Алексею Фомичу", "с Галиною Степанівною", "Ролевічу Сяргею Міхайлавічу"), a
 * Kazakh one with "-ұлы"/"-қызы", initials before and after the surname ("Т. І. Мельник",
 * "Жуковская О. Ю.", "Директору Петровой А. Б."), a given name and a surname both declined
 * ("Марине Морозовой"), a register's "Surname, Given" ("Маринов, Георги"); Hindi, Marathi,
 * Bengali, Tamil and Telugu initials before the name ("के. एम. सिंह", "க. கார்த்திக்"), the name
 * after an honorific ("श्रीमती", "জনাব", "திரு.") and before one ("जी", "বাবু", "గారు"); the
 * honorific outside the span.
 *
 * The one thing to know: a capital opens every Cyrillic sentence and names places and firms, so
 * a capitalised word alone is never enough here: the patronymic's ending, a given name found
 * after undoing its case ending, the initials' shape or the surname's ending must say "person".
 * The pass runs from names_script2.c's, only on a text whose 16-byte test found a lead byte of
 * those scripts, and looks only at Cyrillic capitals (lead bytes 0xD0 .. 0xD3) and at the Indic
 * blocks' lead byte 0xE0. */
#include "anonymize/names_internal.h"

#include <string.h>

/* ---- Cyrillic ------------------------------------------------------------------------------ */
/* The code point of the Cyrillic letter (U+0400 .. U+04FF) at i, or 0. */
static uint32_t cyr_at(const struct sc *s, size_t i)
{
    if (i + 1 >= s->len || s->t[i] < 0xD0 || s->t[i] > 0xD3 || (s->t[i + 1] & 0xC0) != 0x80)
        return 0;
    return (uint32_t)(s->t[i] & 0x1F) << 6 | (s->t[i + 1] & 0x3F);
}

static int cyr_upper(uint32_t c)
{
    return (c >= 0x400 && c <= 0x42F) || (c >= 0x460 && c <= 0x4FF && c % 2 == 0);
}

static uint32_t cyr_lower(uint32_t c)
{
    if (c >= 0x410 && c <= 0x42F)
        return c + 0x20;
    if (c >= 0x400 && c <= 0x40F)
        return c + 0x50;
    if (c >= 0x460 && c <= 0x4FF && c % 2 == 0)
        return c + 1;
    return c;
}

/* Is the byte before i a letter or a digit (i is inside a word)? */
static int in_word(const struct sc *s, size_t i)
{
    if (i == 0)
        return 0;
    uint8_t c = s->t[i - 1];
    return is_alnum(c) ||
           (c >= 0x80 && c <= 0xBF && i >= 2 && s->t[i - 2] >= 0xC3 && s->t[i - 2] <= 0xD3);
}

/* A capitalised Cyrillic word at a (a hyphen between parts): its end, or a; folded into f. */
static size_t cap_word(const struct sc *s, size_t a, char *f, size_t cap)
{
    uint32_t c = cyr_at(s, a);
    if (!c || !cyr_upper(c) || in_word(s, a))
        return a;
    size_t i = a, n = 0, letters = 0;
    while (i < s->len) {
        c = cyr_at(s, i);
        if (!c) {
            if (s->t[i] == '-' && cyr_at(s, i + 1) && n + 1 < cap) {
                f[n++] = '-';
                i++;
                continue;
            }
            break;
        }
        c = cyr_lower(c);
        if (n + 3 >= cap)
            return a;
        f[n++] = (char)(0xC0 | c >> 6);
        f[n++] = (char)(0x80 | (c & 0x3F));
        letters++;
        i += 2;
    }
    f[n] = 0;
    if (letters < 2 || (i < s->len && (is_alnum(s->t[i]) || s->t[i] >= 0xC2)))
        return a; /* a Latin letter or another script glued on */
    return i;
}

static int ends(const char *f, const char *e)
{
    size_t n = strlen(f), m = strlen(e);
    return n > m && memcmp(f + n - m, e, m) == 0;
}

/* ends with one of the stems, then one of the case endings; the stem's start at least 2 bytes in */
static int stem_case(const char *f, const char *const *stems, size_t ns, const char *const *cases,
                     size_t nc)
{
    size_t n = strlen(f);
    for (size_t k = 0; k < nc; k++) {
        size_t m = strlen(cases[k]);
        if (n < m || memcmp(f + n - m, cases[k], m) != 0)
            continue;
        for (size_t j = 0; j < ns; j++) {
            size_t q = strlen(stems[j]);
            if (n >= m + q + 4 && memcmp(f + n - m - q, stems[j], q) == 0)
                return 1;
        }
    }
    return 0;
}

/* A patronymic in any case ("петрович", "петровичу", "ивановной", "степанівною", "міхайлавічу",
 * "фомичом"?) or a Kazakh "-ұлы"/"-қызы". */
static int patronymic(const char *f)
{
    static const char *const ms[] = {"ич", "іч"};
    static const char *const mc[] = {"", "а", "у", "ем", "е", "ом"};
    static const char *const fs[] = {"овн", "евн", "ичн", "івн", "ївн", "оўн", "еўн", "аўн"};
    static const char *const fc[] = {"а", "ы", "е", "ой", "у", "и", "і", "ою", "о", "ай"};
    if (ends(f, "ұлы") || ends(f, "қызы"))
        return 1;
    return stem_case(f, ms, sizeof ms / sizeof ms[0], mc, sizeof mc / sizeof mc[0]) ||
           stem_case(f, fs, sizeof fs / sizeof fs[0], fc, sizeof fc / sizeof fc[0]);
}

/* A surname in any case by its ending ("петров", "петрову", "петровой", "шевченко", "мельнику",
 * "вишневского", "јовановићу", "трајковска"). */
static int surname(const char *f)
{
    static const char *const st[] = {"ов", "ев", "ёв", "ин", "ын", "ук", "юк",
                                     "ић", "ич", "іч", "ец", "еў", "оў", "аў"};
    static const char *const sc[] = {"",    "а",  "у",  "ым", "ом", "е",  "ой", "ым",
                                     "ові", "ем", "ою", "ым", "ай", "ым", "ым", "ым"};
    static const char *const adj[] = {"ский", "ская", "ского", "скому", "ским", "ском",  "ской",
                                      "цкий", "цкая", "цкого", "цкому", "цким", "цкой",  "енко",
                                      "ски",  "ска",  "ская",  "ых",    "их",   "швили", "дзе",
                                      "ян",   "скі",  "ская",  "скай"};
    for (size_t k = 0; k < sizeof adj / sizeof adj[0]; k++)
        if (strlen(f) > strlen(adj[k]) + 3 && ends(f, adj[k]))
            return 1;
    return stem_case(f, st, sizeof st / sizeof st[0], sc, sizeof sc / sizeof sc[0]);
}

/* A given name in an oblique case: the nominative found by undoing the case ending ("марине",
 * "алексею", "игорем", "юлией", "ивана"); a nominative alone is not (ru_person()'s). */
static int given_oblique(const char *f)
{
    static const struct {
        const char *end, *nom;
    } u[] = {{"ой", "а"}, {"ою", "а"}, {"ей", "я"}, {"ею", "я"}, {"ы", "а"},   {"е", "а"},
             {"и", "а"},  {"и", "я"},  {"е", "я"},  {"у", "а"},  {"ю", "я"},   {"а", ""},
             {"у", ""},   {"ом", ""},  {"е", ""},   {"я", "й"},  {"ю", "й"},   {"ем", "й"},
             {"е", "й"},  {"я", "ь"},  {"ю", "ь"},  {"ем", "ь"}, {"ии", "ия"}, {"ией", "ия"}};
    if (nw_ru_given(f))
        return 0;
    size_t n = strlen(f);
    char w[64];
    for (size_t k = 0; k < sizeof u / sizeof u[0]; k++) {
        size_t m = strlen(u[k].end), q = strlen(u[k].nom);
        if (n <= m + 4 || n - m + q + 1 > sizeof w || memcmp(f + n - m, u[k].end, m) != 0)
            continue;
        memcpy(w, f, n - m);
        memcpy(w + n - m, u[k].nom, q + 1);
        if (nw_ru_given(w))
            return 1;
    }
    return 0;
}

/* Greetings and titles that open a letter with a capital before the name. */
static int greeting(const char *f)
{
    static const char *const g[] = {"уважаемый", "уважаемая",    "уважаемые",  "шановний",
                                    "шановна",   "паважаны",     "паважаная",  "уважаеми",
                                    "поштовани", "поштована",    "почитувани", "дорогой",
                                    "дорогая",   "здравствуйте", "привет",     "директору",
                                    "приказ",    "список",       "ведомость",  "заявление"};
    return NW_ONE_OF(f, g);
}

/* Does a line start, a ':', a ';' or a dash come before a (spaces skipped)? */
static int sep_before(const struct sc *s, size_t a)
{
    while (a > 0 && s->t[a - 1] == ' ')
        a--;
    if (a >= 3 && s->t[a - 3] == 0xE2 && s->t[a - 2] == 0x80 &&
        (s->t[a - 1] == 0x94 || s->t[a - 1] == 0x93))
        return 1; /* "комітет — Мельник Андрій Іванович" */
    return a == 0 || s->t[a - 1] == '\n' || s->t[a - 1] == ':' || s->t[a - 1] == ';';
}

/* The capitalised Cyrillic word that ends at e: its start, or e. */
static size_t word_ending(const struct sc *s, size_t e, char *f, size_t cap)
{
    size_t a = e;
    while (a > 0 && ((s->t[a - 1] >= 0x80 && s->t[a - 1] <= 0xBF) ||
                     (s->t[a - 1] >= 0xD0 && s->t[a - 1] <= 0xD3) || s->t[a - 1] == '-'))
        a--;
    if (a == e || cap_word(s, a, f, cap) != e)
        return e;
    return a;
}

/* The word that ends one space before i: its start, or i. */
static size_t word_before(const struct sc *s, size_t i, char *f, size_t cap)
{
    if (i < 3 || s->t[i - 1] != ' ')
        return i;
    size_t a = word_ending(s, i - 1, f, cap);
    return a == i - 1 ? i : a;
}

/* Does the text end at e, or go on with a ';', a '.', a ',' or a line break? */
static int item_end(const struct sc *s, size_t e)
{
    return e >= s->len || s->t[e] == ';' || s->t[e] == '.' || s->t[e] == '\n' || s->t[e] == ',';
}

/* An initial at i: a capital and a dot ("А.", "І."); the end after the dot and one space, or i. */
static size_t initial(const struct sc *s, size_t i)
{
    uint32_t c = cyr_at(s, i);
    if (!c || !cyr_upper(c) || in_word(s, i) || i + 2 >= s->len || s->t[i + 2] != '.')
        return i;
    size_t e = i + 3;
    if (e < s->len && s->t[e] == ' ')
        e++;
    return e;
}

static int emit(struct sc *s, size_t a, size_t b)
{
    return s->emit(s->arg, ANON_NAMES_PERSON, a, b);
}

/* Initials before a surname ("Т. І. Мельник", "М. Петрушевска") from i; or after one at the
 * surname w = [a, b) ("Мельник Т. І."). Returns the span's end, 0 for none. */
static size_t initials_before(const struct sc *s, size_t i, size_t *end)
{
    size_t e = initial(s, i), n = 0;
    while (e > i && n < 3) {
        n++;
        size_t e2 = initial(s, e);
        if (e2 == e)
            break;
        e = e2;
    }
    char f[96];
    size_t b = n ? cap_word(s, e, f, sizeof f) : e;
    if (!n || b == e || (n == 1 && !surname(f)) || s->t[e - 1] != ' ')
        return 0;
    *end = b;
    return 1;
}

static size_t initials_after(const struct sc *s, size_t b, const char *f)
{
    if (b + 3 >= s->len || s->t[b] != ' ')
        return 0;
    size_t e = initial(s, b + 1), n = 0, last = b;
    while (e > b + 1 && n < 3) {
        n++;
        last = s->t[e - 1] == ' ' ? e - 1 : e;
        size_t e2 = initial(s, e);
        if (e2 == e)
            break;
        e = e2;
    }
    if (!n || (n == 1 && !surname(f)) || greeting(f))
        return 0;
    if (n == 1 && last < s->len - 1 && s->t[last] == ' ' && cyr_at(s, last + 1) &&
        cyr_upper(cyr_at(s, last + 1)))
        return 0; /* "Иванов А. Петров": the initial may be the next name's */
    return last;
}

static int cyr_at_word(struct sc *s, size_t a, size_t *next)
{
    char f[96], g[96], h[96];
    size_t b = cap_word(s, a, f, sizeof f), e;
    *next = b > a ? b : a + 2;
    if (b == a) {
        if (initials_before(s, a, &e)) {
            *next = e;
            return emit(s, a, e);
        }
        return 0;
    }
    if ((e = initials_after(s, b, f)) != 0) {
        *next = e;
        return emit(s, a, e);
    }
    /* a patronymic after a capitalised word: the name from the surname before it */
    if (patronymic(f) && !greeting(f)) {
        size_t ga = word_before(s, a, g, sizeof g);
        if (ga == a || greeting(g) || patronymic(g))
            return 0;
        size_t st = ga, sa = word_before(s, ga, h, sizeof h);
        if (sa < ga && !greeting(h) && (surname(h) || sep_before(s, sa)))
            st = sa;
        else if (ga >= 3 && s->t[ga - 1] == ' ' && s->t[ga - 2] == ',') { /* "Мельник, Іван ..." */
            size_t ca = word_ending(s, ga - 2, h, sizeof h);
            if (ca < ga - 2 && !greeting(h))
                st = ca;
        }
        size_t en = b, sb;
        if (b + 1 < s->len && s->t[b] == ' ' && (sb = cap_word(s, b + 1, h, sizeof h)) > b + 1 &&
            surname(h) && st == ga)
            en = sb;
        *next = en;
        return emit(s, st, en);
    }
    /* a declined given name and a declined surname, either order ("Марине Морозовой") */
    if (b + 1 < s->len && s->t[b] == ' ' && (e = cap_word(s, b + 1, g, sizeof g)) > b + 1) {
        if ((given_oblique(f) && surname(g) && !nw_ru_given(g)) ||
            (surname(f) && !nw_ru_given(f) && given_oblique(g))) {
            size_t pb;
            if (e + 1 < s->len && s->t[e] == ' ' &&
                (pb = cap_word(s, e + 1, h, sizeof h)) > e + 1 && patronymic(h))
                e = pb; /* "Морозову Алексею Фомичу" */
            *next = e;
            return emit(s, a, e);
        }
    }
    /* a register's "Surname, Given" */
    if (surname(f) && b + 2 < s->len && s->t[b] == ',' && s->t[b + 1] == ' ' &&
        (e = cap_word(s, b + 2, g, sizeof g)) > b + 2 &&
        (nw_ru_given(g) || (sep_before(s, a) && item_end(s, e) && !surname(g)))) {
        *next = e;
        return emit(s, a, e);
    }
    return 0;
}

/* ---- Indic --------------------------------------------------------------------------------- */
/* The code point of the 3-byte character at i if it is of the Indic blocks (U+0900 .. U+0C7F). */
static uint32_t ind_at(const struct sc *s, size_t i)
{
    if (i >= s->len || s->len - i <= 2 || s->t[i] != 0xE0 || s->t[i + 1] < 0xA4 ||
        s->t[i + 1] > 0xB1 || (s->t[i + 2] & 0xC0) != 0x80)
        return 0;
    return (uint32_t)(s->t[i + 1] & 0x3F) << 6 | (s->t[i + 2] & 0x3F);
}

/* An Indic word at a (letters and signs of the blocks, not a danda): its end, or a. */
static size_t ind_word(const struct sc *s, size_t a)
{
    size_t i = a;
    uint32_t c;
    while ((c = ind_at(s, i)) != 0 && c != 0x964 && c != 0x965)
        i += 3;
    return i;
}

/* Honorifics before the name, and after it. */
static const char *const hon_before[] = {"श्री",   "श्रीमती",  "सुश्री",  "श्री.",   "सौ.",  "कु.",
                                         "डॉ.",   "জনাব",    "শ্রী",   "শ্রীমতী", "মোঃ",  "জনাবা",
                                         "திரு.", "திருமதி", "செல்வி", "శ్రీ",     "శ్రీమతి", "డా."};
static const char *const hon_after[] = {"जी", "বাবু", "గారు", "साहब", "சார்"};
/* Words after a name that are not part of it: postpositions, "and", the honorifics after. */
static const char *const not_name[] = {
    "ने",    "को",     "से",     "का",   "की",    "के",     "में",      "पर",  "और",   "जी",
    "भी",   "यांना",   "यांनी",  "व",    "ও",     "আর",    "মহাশয়",  "বাবু", "কে",   "गणेश",
    "राम",  "सर",     "गणपती", "कृष्ण",  "हनुमान", "লক্ষ্মী", "गारु",    "గారు", "साहब", "माता",
    "पिता", "गुरु",     "भाई",   "এর",   "থেকে",  "পরে",   "উপলক্ষে", "পর",  "সভায়", "பிறகு",
    "அன்று", "இருந்து", "நன்றி",  "తర్వాత", "నుండి",  "बाद",   "नंतर"};

static int word_is(const struct sc *s, size_t a, size_t b, const char *const *l, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strlen(l[k]) == b - a && memcmp(s->t + a, l[k], b - a) == 0)
            return 1;
    return 0;
}
#define WORD_IN(s, a, b, l) word_is(s, a, b, l, sizeof l / sizeof l[0])

/* An Indic initial at i: a word of at most 3 characters and a dot ("के.", "ఎస్.", "க."), not a
 * title ("डॉ.", "सौ.", "कु.", "श्री."); its end after the dot and a space, or i. */
static size_t ind_initial(const struct sc *s, size_t i)
{
    size_t e = ind_word(s, i);
    uint32_t last = e > i ? ind_at(s, e - 3) : 0;
    int virama = last == 0x94D || last == 0x9CD || last == 0xBCD || last == 0xC4D;
    if (e == i || e - i > (virama ? 9u : 6u) || e >= s->len || s->t[e] != '.' ||
        word_is(s, i, e + 1, hon_before, sizeof hon_before / sizeof hon_before[0]) ||
        (e - i == 6 && memcmp(s->t + i, "सर", 6) == 0)) /* "सर." sir */
        return i;
    e++;
    if (e < s->len && s->t[e] == ' ')
        e++;
    return e;
}

/* The name from a: initials and then a word, or one or two words (the second one not a
 * postposition); its end, or a. */
static size_t ind_name(const struct sc *s, size_t a, int two)
{
    size_t e = a, n = 0, e2;
    while (n < 4 && (e2 = ind_initial(s, e)) > e && s->t[e2 - 1] == ' ')
        e = e2, n++;
    size_t b = ind_word(s, e);
    if (b == e || WORD_IN(s, e, b, not_name))
        return n ? 0 : a;
    if (!n && two && b + 1 < s->len && s->t[b] == ' ') {
        size_t c = ind_word(s, b + 1);
        if (c > b + 1 && !WORD_IN(s, b + 1, c, not_name) &&
            !(c < s->len && s->t[c] == '.')) /* "श्री. X यांना" */
            b = c;
    }
    return b;
}

static int ind_at_word(struct sc *s, size_t a, size_t *next)
{
    size_t b = ind_word(s, a);
    *next = b > a ? b : a + 3;
    if (b == a)
        return 0;
    size_t hb = b < s->len && s->t[b] == '.' ? b + 1 : b;
    if ((WORD_IN(s, a, b, hon_before) || WORD_IN(s, a, hb, hon_before)) && hb + 1 < s->len &&
        s->t[hb] == ' ') {
        size_t e = ind_name(s, hb + 1, 1);
        if (e > hb + 1) {
            *next = e;
            return emit(s, hb + 1, e);
        }
        return 0;
    }
    /* initials first: "के. एम. सिंह", "க. கார்த்திக்" */
    size_t e1 = ind_initial(s, a);
    if (e1 > a && s->t[e1 - 1] == ' ') {
        size_t e = ind_name(s, a, 0);
        if (e > e1) {
            *next = e;
            return emit(s, a, e);
        }
    }
    /* the father's initial after the name at a line's or an item's end: "கார்த்திக் சு." */
    if (b + 1 < s->len && s->t[b] == ' ' && !WORD_IN(s, a, b, hon_before) &&
        !WORD_IN(s, a, b, not_name)) {
        size_t c = ind_initial(s, b + 1);
        if (c > b + 1 && s->t[c - 1] == '.' && (c == s->len || s->t[c] == '\n' || s->t[c] == ','))
            return emit(s, a, c);
    }
    /* an honorific after the name: the word before it */
    if (b + 1 < s->len && s->t[b] == ' ') {
        size_t c = ind_word(s, b + 1);
        if (c > b + 1 && WORD_IN(s, b + 1, c, hon_after) && !WORD_IN(s, a, b, not_name) &&
            !WORD_IN(s, a, b, hon_before)) {
            *next = b;
            return emit(s, a, b);
        }
    }
    return 0;
}

int nw_cyr65_names(struct sc *s)
{
    const uint8_t *t = s->t;
    size_t i = 0, next;
    int rc;
    while (i + 1 < s->len) {
        uint8_t c = t[i];
        if (c >= 0xD0 && c <= 0xD3 && !in_word(s, i) && cyr_upper(cyr_at(s, i))) {
            if ((rc = cyr_at_word(s, i, &next)) < 0)
                return rc;
            i = next > i ? next : i + 1;
            continue;
        }
        if (c == 0xE0 && ind_at(s, i) && (i == 0 || t[i - 1] < 0x80)) {
            if ((rc = ind_at_word(s, i, &next)) < 0)
                return rc;
            i = next > i ? next : i + 1;
            continue;
        }
        i++;
    }
    return 0;
}
