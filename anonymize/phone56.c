/* phone56.c: the marks and words noisy text puts before a phone, and a phone joined to another
 * (branch phone56).
 *
 * Chats, job notes and signatures put a phone symbol before a number instead of a word
 * ("☎️ 30 11 41 73", "📞 219 58 225"), a one-letter label with its colon ("T: 926 94 253",
 * "M: 0612345678"), or a verb that asks for a call ("anrufen: 040-4547849", "volat / 608 289
 * 477"); and they join a second number to the first with a word or a dash ("... oder 21866324",
 * "... ou 775980932", "... & 773 654 908"). anon_c_phone asks these after its own labels: the
 * marks count like its strong phone words (also before bare 8-15 digits), the verbs like its
 * labels, and a joined number is a phone when the number before the joiner is one.
 *
 * The one thing to know: everything here reads back from the value on its own line and keeps
 * nothing; a joined number's check asks anon_c_phone of the number before it once, never again
 * from there (no chain of joins is followed).
 */
#include "anonymize/anon_internal.h"
#include "anonymize/validate_internal.h"

#include <string.h>

/* The phone symbols: ☎ (with and without its emoji selector), ☏, ✆, 📞, 📱, 📲. */
static const char *const marks[] = {
    "\xe2\x98\x8e",     "\xe2\x98\x8e\xef\xb8\x8f", "\xe2\x98\x8f",     "\xe2\x9c\x86",
    "\xf0\x9f\x93\x9e", "\xf0\x9f\x93\xb1",         "\xf0\x9f\x93\xb2", NULL};

/* The verbs and nouns of 17 languages that ask for a call back or say where one reaches the
 * writer, as a note puts them before the number. */
static const char *const verbs[] = {"ring",        "ring me",
                                    "call back",   "callback",
                                    "call me",     "anrufen",
                                    "rückruf",     "zurückrufen",
                                    "erreichbar",  "appeler",
                                    "rappeler",    "rappel",
                                    "joignable",   "bellen",
                                    "terugbellen", "bereikbaar",
                                    "llamar",      "llámame",
                                    "llamame",     "devolver llamada",
                                    "chiamare",    "richiamare",
                                    "reperibile",  "chiamami",
                                    "ligar",       "ligue",
                                    "dzwonić",     "dzwonic",
                                    "oddzwonić",   "oddzwonic",
                                    "ring mig",    "ring meg",
                                    "ring til",    "nås",
                                    "træffes",     "soita",
                                    "soittakaa",   "takaisinsoitto",
                                    "volat",       "volejte",
                                    "zavolejte",   "zpětné volání",
                                    "hívjon",      "hívj",
                                    "visszahívás", "arayın",
                                    "arayin",      "ara",
                                    "geri arama",  "sunați",
                                    "sunati",      "sună",
                                    "tilefonise",  "kalese",
                                    "pareste",     NULL};

/* A one-letter label with its colon right before the value: "T: ", "t:", "M: ", "P: " (a
 * signature's telephone, mobile and phone), the letter a word of its own. */
static int letter_colon(const char *text, size_t s)
{
    size_t p = s;
    while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t'))
        p--;
    if (p < 2 || text[p - 1] != ':')
        return 0;
    char c = (char)(text[p - 2] | 0x20);
    if (c != 't' && c != 'm' && c != 'p')
        return 0;
    p -= 2;
    if (p == 0)
        return 1;
    unsigned char b = (unsigned char)text[p - 1];
    return !(is_alpha((char)b) || is_digit((char)b) || b >= 0x80 || b == '_' || b == '.' ||
             b == '-' || b == '/');
}

int anon_phone56_mark(const char *text, size_t s)
{
    return letter_colon(text, s) || anon_labelled(text, s, marks);
}

int anon_phone56_verb(const char *text, size_t s)
{
    return anon_labelled(text, s, verbs);
}

/* Joiners between two numbers on one line: a word for "or"/"and" in the 17 languages, '&', a
 * dash or a slash between blanks (',', ';', '|' and '/' without blanks are anon_labelled's list
 * items already; " | " is a table's next cell, an order number beside a phone as often). */
static const char *const joiners[] = {
    "or", "oder", "ou",   "of", "o", "eller", "tai", "nebo", "vagy",         "veya", "sau",
    "i",  "lub",  "albo", "y",  "e", "and",   "und", "et",   "en",           "og",   "och",
    "ja", "és",   "ve",   "și", "a", "&",     "-",   "/",    "\xe2\x80\x93", NULL};

size_t anon_phone56_joined(const char *text, size_t s, size_t *end)
{
    /* the joiner between blanks (one space, a thin or narrow no-break space) */
    size_t p = s;
    if (p > 0 && text[p - 1] == ' ')
        p--;
    else if (p >= 3 && (unsigned char)text[p - 3] == 0xe2 && (unsigned char)text[p - 2] == 0x80 &&
             ((unsigned char)text[p - 1] == 0x89 || (unsigned char)text[p - 1] == 0xaf))
        p -= 3;
    else
        return SIZE_MAX;
    size_t je = p;
    while (p > 0 && je - p < 8 && text[p - 1] != ' ' && text[p - 1] != '\n' &&
           !is_digit(text[p - 1]))
        p--;
    size_t js = p;
    if (js == je || !in_list(text + js, je - js, joiners))
        return SIZE_MAX;
    if (p > 0 && text[p - 1] == ' ')
        p--;
    else if (p >= 3 && (unsigned char)text[p - 3] == 0xe2 && (unsigned char)text[p - 2] == 0x80 &&
             ((unsigned char)text[p - 1] == 0x89 || (unsigned char)text[p - 1] == 0xaf))
        p -= 3;
    else
        return SIZE_MAX;
    /* the number before: digits and the bytes numbers are written with, ending in a digit */
    if (p == 0 || !is_digit(text[p - 1]))
        return SIZE_MAX;
    size_t e = p, digits = 0;
    while (p > 0 && e - p < 24 &&
           (is_digit(text[p - 1]) || (text[p - 1] && strchr(" +()-./", text[p - 1]))))
        digits += is_digit(text[--p]);
    while (p < e && !is_digit(text[p]) && text[p] != '+' && text[p] != '(')
        p++;
    if (digits < 7 || digits > 15)
        return SIZE_MAX;
    *end = e;
    return p;
}

/* The text of a tel: link: "[45 74 23 96](tel:+4545742396)", "<a href="tel:...">228 84 923</a>":
 * the link says it is a number to call. */
int anon_phone56_tel_link(const char *text, size_t len, size_t s, size_t e)
{
    if (e + 6 <= len && text[e] == ']' && text[e + 1] == '(' && lower_eq(text + e + 2, 4, "tel:"))
        return 1;
    if (s < 12 || text[s - 1] != '>' || (text[s - 2] != '"' && text[s - 2] != '\''))
        return 0;
    /* back over the href's value to its "tel:" (its own tag, at most 40 bytes) */
    size_t p = s - 2, k = 0;
    while (p > 0 && k < 40 && text[p - 1] != '"' && text[p - 1] != '\'' && text[p - 1] != '<')
        p--, k++;
    return p >= 1 && p + 4 <= len && text[p - 1] == text[s - 2] && lower_eq(text + p, 4, "tel:");
}
