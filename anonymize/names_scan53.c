/* names_scan53.c: a form's label in capitals that OCR misread ("NAHME:", "N0M :", "NEV:",
 * "NAMF:", "SURNAM E:", "PATlENT:"), read as the label it was printed as, so that the value after
 * it is taken as names_labels7.c takes it after the label itself.
 *
 * The one thing to know: only one misreading is undone, and only the kinds a scanner makes: a
 * digit or a small l for the letter it looks like (0 O, 1 I, 5 S, 8 B, 4 A, 6 G, 2 Z, l I), a
 * letter for a look-alike letter (F E, H M N, V U, D O), a letter split off by a space, a
 * letter dropped, doubled or added (labels of five letters or more), an accent lost ("NEV" for
 * "NÉV"). The label must be capitals that open their field (the caller's bounded label before
 * its ':'), and only a person's labels count (a name field, a person, a party, kin, the
 * pack's old name labels); the value
 * is checked by the caller as for any label. Nothing is allocated; the label is at most 24 bytes.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* Is the class one of a person's labels? */
static int person_class(int c)
{
    return c == NW_L7_FIELD || c == NW_L7_PERSON || c == NW_L7_PARTY || c == NW_L7_KIN ||
           c == NW_L7_OLD;
}

static int try_class(const char *f)
{
    int c = nw_labels7_class(f);
    return person_class(c) ? c : NW_L7_NONE;
}

/* Letters a scanner reads for another one (folded): the letter that was printed. */
static const char *look_alike(char c)
{
    switch (c) {
    case 'f':
        return "e";
    case 'h':
        return "mn";
    case 'n':
        return "m";
    case 'm':
        return "n";
    case 'v':
        return "u";
    case 'd':
        return "o";
    case 'c':
        return "eg";
    default:
        return "";
    }
}

/* The accented vowels a scanner drops ("NEV" for "NÉV", "ADI" for "ADı" stays), as UTF-8. */
static const char *const accents_e[] = {"\xc3\xa9", "\xc3\xa8", "\xc4\x99"};
static const char *const accents_a[] = {"\xc3\xa1", "\xc3\xa4", "\xc3\xa5"};
static const char *const accents_o[] = {"\xc3\xb3", "\xc3\xb6", "\xc3\xb8"};
static const char *const accents_u[] = {"\xc3\xba", "\xc3\xbc"};
static const char *const accents_i[] = {"\xc3\xad"};

static int try_accent(const char *f, size_t n, size_t i)
{
    const char *const *list;
    size_t m;
    switch (f[i]) {
    case 'e':
        list = accents_e, m = 3;
        break;
    case 'a':
        list = accents_a, m = 3;
        break;
    case 'o':
        list = accents_o, m = 3;
        break;
    case 'u':
        list = accents_u, m = 2;
        break;
    case 'i':
        list = accents_i, m = 1;
        break;
    default:
        return NW_L7_NONE;
    }
    char g[40];
    for (size_t k = 0; k < m; k++) {
        memcpy(g, f, i);
        memcpy(g + i, list[k], 2);
        memcpy(g + i + 2, f + i + 1, n - i);
        int c = try_class(g);
        if (c)
            return c;
    }
    return NW_L7_NONE;
}

/* One edit of the folded label f (n bytes, ASCII letters and spaces): its class, or none. */
static int one_edit(const char *f, size_t n, size_t letters)
{
    char g[40];
    int c;
    for (size_t i = 0; i < n; i++) {
        if (f[i] == ' ' || letters >= 5 ||
            (i && f[i] == f[i - 1])) { /* "SURNAM E"; "NAHME"; "NÉVV" */
            memcpy(g, f, i);
            memcpy(g + i, f + i + 1, n - i);
            if ((c = try_class(g)))
                return c;
        }
        if (f[i] == ' ')
            continue;
        for (const char *a = look_alike(f[i]); *a; a++) { /* "NAMF", "NAHE", "NOH" */
            memcpy(g, f, n + 1);
            g[i] = *a;
            if ((c = try_class(g)))
                return c;
        }
        if ((c = try_accent(f, n, i))) /* "NEV" */
            return c;
    }
    if (letters >= 5) /* a letter dropped: "SURNAM", "VORNAE" */
        for (size_t i = 1; i <= n; i++)
            for (char a = 'a'; a <= 'z'; a++) {
                memcpy(g, f, i);
                g[i] = a;
                memcpy(g + i + 1, f + i, n - i + 1);
                if ((c = try_class(g)))
                    return c;
            }
    return NW_L7_NONE;
}

int nw_scan53_misread_label(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    while (b > a && (t[b - 1] == ' ' || t[b - 1] == '.'))
        b--; /* "N0M ." */
    if (b <= a || b - a < 3 || b - a > 24)
        return NW_L7_NONE;
    char raw[32];
    size_t letters = 0, odd = 0;
    for (size_t i = a; i < b; i++) {
        uint8_t c = t[i];
        if (c >= 'A' && c <= 'Z')
            letters++;
        else if (c == 'l' || (c >= '0' && c <= '9'))
            odd++;
        else if (c >= 0x80)
            letters += c >= 0xC0; /* "NÉVV": a capital of two bytes, left to nw_fold() */
        else if (c == ' ') {
            if (i + 1 < b && t[i + 1] == ' ')
                return NW_L7_NONE;
        } else
            return NW_L7_NONE; /* capitals, digits, a small l and single spaces only */
        static const char digit_as[] = "OIZEASGTBG";
        raw[i - a] = c == 'l' ? 'I' : (c >= '0' && c <= '9') ? digit_as[c - '0'] : (char)c;
    }
    if (letters < 2 || odd > 1 || letters + odd < 3)
        return NW_L7_NONE;
    char f[40];
    size_t n = nw_fold(raw, b - a, f, sizeof f - 4);
    if (!n)
        return NW_L7_NONE;
    f[n] = '\0';
    int c = try_class(f);
    if (c || odd)
        return c; /* a digit or an l was the one misreading */
    if ((c = nw_scan60_digraph_label(f, n)) != NW_L7_NONE)
        return person_class(c) ? c : NW_L7_NONE; /* "NARNE", "CLRIVER": names_scan60.c */
    return one_edit(f, n, letters);
}

/* ---- capitals runs of scanned forms that name no one ------------------------------------------
 */
/* Words of offices, insurers, libraries, parishes, registers and form titles in the languages of
 * scanned forms, and of place headings (folded, Latin Extended-A lowered): a run holding one
 * names no person ("ASKERLİK ŞUBESİ", "KATASTRÁLNÍ ÚŘAD", "ZGŁOSZENIE SZKODY", "BURSA İLİ"). */
static int office_word(const char *f)
{
    static const char *const words[] = {
        "şubesi",     "subesi",      "belgesi",     "müdürlüğü",   "sigorta",      "sigortası",
        "kaydı",      "kaydi",       "kütüphanesi", "ili",         "otel",         "kardeşler",
        "könyvtár",   "városi",      "biztosító",   "földhivatal", "egyházközség", "megye",
        "úřad",       "katastrální", "knihovna",    "průkaz",      "čtenářský",    "knížka",
        "vojenská",   "oznámení",    "škodní",      "události",    "morava",       "okres",
        "kraj",       "zgłoszenie",  "szkody",      "książeczka",  "wojskowa",     "księgi",
        "wieczystej", "powiat",      "enoria",      "asfalistiki", "ethniki",      "vivliothiki",
        "nomos",      "avizare",     "daună",       "parohia",     "județul",      "judeţul",
        "län",        "kreis",       "landkreis",   "provincia",   "distrito"};
    return NW_ONE_OF(f, words);
}

/* Field names and the words that open a form's line before its value ("UYRUK ELLINIKI",
 * "PLAKA RENAULT MEGANE", "VELİ NÉV", "KARŞI TARAF"), and makes of cars: a run ends before one,
 * or is none when one opens it. */
static int field_word(const char *f)
{
    static const char *const words[] = {
        "uyruk",  "plaka",    "jármű",    "araç",      "karşı",    "taraf",    "veli",     "szülő",
        "doğum",  "dogum",    "tarihi",   "születési", "narození", "nașterii", "naşterii", "soyadi",
        "soyadı", "fahrzeug", "véhicule", "vehicle",   "renault",  "peugeot",  "opel",     "skoda",
        "škoda",  "toyota",   "hyundai",  "volvo",     "dacia",    "fiat"};
    return NW_ONE_OF(f, words);
}

/* Street types written before the street's name ("CALEA BUCUREȘTI", "STR. AUREL VLAICU"), and
 * after it ("NÁRODNÍ TŘÍDA", "PETŐFI SÁNDOR U. 12"), folded. */
static int type_before(const char *f)
{
    static const char *const types[] = {"calea",      "strada", "str",      "bd",
                                        "bulevardul", "aleea",  "calle",    "ul",
                                        "ulica",      "odos",   "leoforos", "plateia"};
    return NW_ONE_OF(f, types);
}

static int type_after(const char *f)
{
    static const char *const types[] = {"třída", "u", "utca", "út", "tér", "sok", "cad"};
    return NW_ONE_OF(f, types);
}

/* The folded word in buf (written to) with its Latin Extended-A lowered and its dots dropped:
 * a street's type written before (before set) or after its name? */
static int wide_type(char *buf, int before)
{
    size_t n = strlen(buf);
    while (n && buf[n - 1] == '.')
        buf[--n] = '\0';
    if (!n)
        return 0;
    nw_leaks46_fold_wide(buf);
    return before ? type_before(buf) : type_after(buf);
}

static const char *fold_wide(const struct sc *s, size_t a, size_t b, char *buf, size_t cap)
{
    const char *f = nw_fold_span(s, a, b, buf, cap);
    if (*f)
        nw_leaks46_fold_wide(buf);
    return buf;
}

size_t nw_scan53_caps_cut(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    char b[48];
    size_t words = 0, prev = 0;
    for (size_t k = a; k < e; words++) {
        size_t we = k;
        while (we < e && t[we] != ' ' && t[we] != '\n')
            we++;
        size_t fe = we;
        while (fe > k && (t[fe - 1] == '.' || t[fe - 1] == ','))
            fe--;
        const char *f = fold_wide(s, k, fe, b, sizeof b);
        if (*f && (office_word(f) || type_before(f) || type_after(f)))
            return 0;
        if (*f && field_word(f))
            return words >= 2 ? prev : 0;
        prev = we;
        k = we + 1;
        while (k < e && (t[k] == ' ' || t[k] == '\n'))
            k++;
    }
    size_t ws;
    (void)nw_prev_word(s, a, &ws, b, sizeof b);
    if (wide_type(b, 1) && ws < a && a - ws <= 12)
        return 0; /* "STR. AUREL VLAICU", "CALEA BUCUREȘTI" */
    size_t we;
    if (e + 2 < s->len && t[e] == ' ' && t[e + 1] != ' ' &&
        *nw_word_after(s, e, &we, b, sizeof b) && wide_type(b, 0) && we - e <= 12)
        return 0; /* "PETŐFI SÁNDOR U. 12", "NÁRODNÍ TŘÍDA" */
    return e;
}
