/* names_clean58.c: findings of the names scanner on PII-free text in the pack's other languages
 * (branch clean58, contrib/bench/accuracy/notes/clean58.md): the strings of a gettext catalogue,
 * a translated man page's headings, Python's constants, a locale source's names, German nouns.
 *
 * A .po file's `msgid "..."` / `msgstr "..."` strings are a program's messages and their
 * translations: "Kan '%s' niet installeren", "Erreur interne", "Błąd systemu", and the ISO
 * catalogues' place, language and script names ("Novara", "Negeri Sembilan", "Kayah Li"). A
 * capitalised word opening a translated message is no person, nor is a name in a list of names
 * of that shape. People in a catalogue stay: the header's `Last-Translator: Jeroen Schot <...>`,
 * the `translator-credits` entry, a copyright line, an author's name among ordinary messages
 * (coreutils' msgid "Paul Eggert", "Escrito por Mike Haertel e outros").
 *
 * A roff heading (`.SH "VEJA TAMBÉM"`, `.IX Header "ZOBACZ TAKŻE"`) names a section, and
 * `True`, `False` or `None` after `=` or `return` is Python's constant (`name=True` in a
 * signature made a name of it). A glibc locale source's month, day, language and country names
 * are no people either, nor, in German prose, a capitalised noun that stands twice after an
 * article in the text ("die letzte Zeile der Datei"), never after a title, and is no name of the
 * lexicon.
 *
 * nw_clean58_emit() is the second link of the chain anon_names_scan() builds (after
 * names_world65.c's). Only PERSON findings are looked at, each test reading its own line (its start
 * found once); the German test asks the lexicon first, then judges the 4 KiB about the finding's 2
 * KiB block once per block and, in German prose only, looks the finding's words up after articles.
 * Everything else passes on unchanged.
 */
#include "anonymize/names_internal.h"
#include "anonymize/names_clean58.h"

#include <string.h>

static int at(const uint8_t *t, size_t len, size_t i, const char *w)
{
    size_t n = strlen(w);
    return i + n <= len && memcmp(t + i, w, n) == 0;
}

static size_t line_start(const uint8_t *t, size_t i)
{
    const uint8_t *nl = i ? memrchr(t, '\n', i) : NULL;
    return nl ? (size_t)(nl - t) + 1 : 0;
}

/* The keyword of a catalogue line at b: 1 msgid, 2 msgstr (or msgstr[n]), 3 msgctxt or
 * msgid_plural, 4 a continuation line (a quoted string alone), 0 none. */
static int po_line(const uint8_t *t, size_t len, size_t b)
{
    if (b < len && t[b] == '"')
        return 4;
    if (at(t, len, b, "msgid \""))
        return 1;
    if (at(t, len, b, "msgstr \"") || at(t, len, b, "msgstr["))
        return 2;
    if (at(t, len, b, "msgctxt \"") || at(t, len, b, "msgid_plural \""))
        return 3;
    return 0;
}

/* Is the text around i a catalogue: a `msgid "` line and a `msgstr` line within 400 bytes? */
static int catalogue_near(const uint8_t *t, size_t len, size_t i)
{
    size_t lo = i > 400 ? i - 400 : 0, hi = i + 400 < len ? i + 400 : len;
    int id = 0, str = 0;
    for (size_t k = lo; k < hi && !(id && str); k++) {
        const uint8_t *p = memchr(t + k, 'm', hi - k);
        if (!p)
            break;
        k = (size_t)(p - t);
        if (k != 0 && t[k - 1] != '\n')
            continue;
        id |= at(t, hi, k, "msgid \"");
        str |= at(t, hi, k, "msgstr");
    }
    return id && str;
}

/* Does the line before a name its people: a translator, a copyright, a credit? */
static int people_cue(const uint8_t *t, size_t b, size_t a)
{
    static const char *const cues[] = {"ranslator", "TRANSLATOR", "opyright", "(C)",
                                       "(c)",       "\xC2\xA9",   "redits",   "CREDITS"};
    for (size_t k = 0; k < sizeof cues / sizeof cues[0]; k++) {
        size_t n = strlen(cues[k]);
        for (size_t i = b; i + n <= a; i++)
            if (t[i] == (uint8_t)cues[k][0] && memcmp(t + i, cues[k], n) == 0)
                return 1;
    }
    return 0;
}

/* The entry's msgid line before b (the line of the finding or one above it): the start of its
 * quoted text, or SIZE_MAX. */
static size_t entry_msgid(const uint8_t *t, size_t len, size_t b)
{
    for (int up = 0; up < 8; up++) {
        if (po_line(t, len, b) == 1)
            return b + 7;
        if (b == 0)
            break;
        b = line_start(t, b - 1);
    }
    return SIZE_MAX;
}

/* A msgid of a list of names: 1-6 words, each capitalised or a short joining word, letters,
 * blanks, hyphens, apostrophes, dots, commas and parentheses only ("Kavango West", "Saint
 * Pierre and Miquelon", "Korea, Republic of"). */
static int name_like(const uint8_t *t, size_t len, size_t q)
{
    size_t i = q, words = 0;
    if (i >= len || !((t[i] >= 'A' && t[i] <= 'Z') || t[i] >= 0xC3))
        return 0;
    while (i < len && t[i] != '"') {
        uint8_t c = t[i];
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80 || c == ' ' ||
              c == '-' || c == '\'' || c == '.' || c == ',' || c == '(' || c == ')'))
            return 0;
        if (c != ' ' && (i == q || t[i - 1] == ' '))
            words++;
        if (i - q > 60)
            return 0;
        i++;
    }
    return i < len && i > q && words <= 6;
}

/* Is the entry whose msgid line opens at b among name-like entries: its msgid and those of up to
 * three entries before and three after (those within 400 bytes, at least three of them) are all
 * name-like? */
static int in_name_list(const uint8_t *t, size_t len, size_t b)
{
    size_t lo = b > 400 ? b - 400 : 0, hi = b + 400 < len ? b + 400 : len;
    if (!name_like(t, len, b + 7))
        return 0;
    unsigned before = 0;
    for (size_t k = b; k > lo && before < 3;) { /* three entries before */
        k = line_start(t, k - 1);
        if (po_line(t, len, k) != 1)
            continue;
        if (!name_like(t, len, k + 7))
            return 0;
        before++;
    }
    unsigned after = 0;
    for (size_t k = b; k < hi && after < 3;) {
        const uint8_t *nl = memchr(t + k, '\n', hi - k);
        if (!nl)
            break;
        k = (size_t)(nl - t) + 1;
        if (po_line(t, len, k) != 1)
            continue;
        if (!name_like(t, len, k + 7))
            return 0;
        after++;
    }
    return before + after >= 3;
}

/* The end of an entry's part that opens at line k: the line after its last continuation line. */
static size_t part_end(const uint8_t *t, size_t len, size_t k)
{
    for (int n = 0; n < 64; n++) {
        const uint8_t *nl = memchr(t + k, '\n', len - k);
        if (!nl)
            return len;
        k = (size_t)(nl - t) + 1;
        if (k >= len || t[k] != '"')
            return k;
    }
    return k;
}

/* Was the finding translated: the entry's other string (the msgstr for a finding in the msgid,
 * the msgid for one in the msgstr) has text and holds none of the finding's words of three bytes
 * or more? A name is carried over as it is ("Paul Eggert", "Kayah Li" / "Kayah li"); "Rechte
 * Win-Taste" for "Right Win (while pressed)" is no name. */
static int translated(const uint8_t *t, size_t len, size_t id_line, size_t a, size_t e)
{
    size_t id_end = part_end(t, len, id_line);
    if (po_line(t, len, id_end) == 3) /* msgid_plural */
        id_end = part_end(t, len, id_end);
    if (po_line(t, len, id_end) != 2)
        return 0;
    size_t str_end = part_end(t, len, id_end), lo, hi;
    if (a < id_end) {
        lo = id_end, hi = str_end;
    } else {
        lo = id_line, hi = id_end;
    }
    if (hi - lo < 12) /* msgstr "" or msgid "": nothing to compare */
        return 0;
    for (size_t i = a; i < e;) {
        size_t j = i;
        while (j < e && t[j] != ' ')
            j++;
        if (j - i >= 3) {
            for (size_t k = lo; k + (j - i) <= hi; k++)
                if (t[k] == t[i] && memcmp(t + k, t + i, j - i) == 0)
                    return 0;
        }
        i = j + 1;
    }
    return 1;
}

/* A PERSON finding a..e inside a catalogue's string that is no person. */
static int catalogue_string(const uint8_t *t, size_t len, size_t b, size_t a, size_t e)
{
    int kw = po_line(t, len, b);
    if (!kw || e - b > 4000 || memchr(t + a, '\n', e - a))
        return 0;
    if (!memchr(t + b, '"', a - b)) /* the finding is inside the quotes */
        return 0;
    if (!catalogue_near(t, len, a))
        return 0;
    if (people_cue(t, b, a))
        return 0;
    size_t id = entry_msgid(t, len, b);
    if (id != SIZE_MAX && (at(t, len, id, "translator-credits") ||
                           at(t, len, id, "translator_credits") || at(t, len, id, "Written by")))
        return 0;
    if (!memchr(t + a, ' ', e - a)) /* one word */
        return 1;
    return id != SIZE_MAX &&
           (in_name_list(t, len, line_start(t, id)) || translated(t, len, line_start(t, id), a, e));
}

/* A roff heading's text: the finding's line opens with `.SH`, `.SS`, `.TH` or `.IX` (a man page
 * section title or index entry: ".SH \"VEJA TAMBÉM\"", ".IX Subsection \"Ingebouwde Variabele\"").
 * The people of a man page stand on the lines below its AUTHOR heading, never on the heading. */
static int roff_heading(const uint8_t *t, size_t len, size_t b, size_t a)
{
    if (b + 4 > a || t[b] != '.' || t[b + 3] != ' ')
        return 0;
    return at(t, len, b, ".SH ") || at(t, len, b, ".SS ") || at(t, len, b, ".TH ") ||
           at(t, len, b, ".IX ");
}

/* Python's constants taken for a name (`name=True`, then the session's other `return True`):
 * True, False or None after `=`, `(`, `[`, `,`, `:` or a backquote, or after `return`, `is`,
 * `not`, `and`, `or`, `else`. */
static int python_constant(const uint8_t *t, size_t a, size_t e)
{
    size_t n = e - a;
    if (!((n == 4 && (memcmp(t + a, "True", 4) == 0 || memcmp(t + a, "None", 4) == 0)) ||
          (n == 5 && memcmp(t + a, "False", 5) == 0)))
        return 0;
    size_t i = a;
    while (i > 0 && a - i < 8 && t[i - 1] == ' ')
        i--;
    if (i == 0)
        return 0;
    uint8_t c = t[i - 1];
    if (c == '=' || c == '(' || c == '[' || c == ',' || c == ':' || c == '`')
        return 1;
    static const char *const words[] = {"return", "is", "not", "and", "or", "else"};
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
        size_t w = strlen(words[k]);
        if (i == a || i < w || memcmp(t + i - w, words[k], w) != 0)
            continue;
        if (i == w || !((t[i - w - 1] | 0x20) >= 'a' && (t[i - w - 1] | 0x20) <= 'z'))
            return 1;
    }
    return 0;
}

/* Is the line at k a glibc locale source's keyword line: the keyword, blanks, then a quote? */
static int locale_key(const uint8_t *t, size_t len, size_t k, int lists_only)
{
    static const char *const lists[] = {"abday", "day", "abmon", "mon", "alt_mon", "ab_alt_mon"};
    static const char *const keys[] = {"language",  "territory",       "country_name",
                                       "lang_name", "currency_symbol", "collating-element"};
    for (int pass = 0; pass < (lists_only ? 1 : 2); pass++) {
        const char *const *w = pass ? keys : lists;
        for (size_t i = 0; i < 6; i++) {
            size_t n = strlen(w[i]), q = k + n;
            if (!at(t, len, k, w[i]) || q >= len || (t[q] != ' ' && t[q] != '\t'))
                continue;
            while (q < len && (t[q] == ' ' || t[q] == '\t'))
                q++;
            if (q < len && (t[q] == '"' || (pass && t[q] == '<')))
                return 1;
        }
    }
    return 0;
}

/* A glibc locale source's names (/usr/share/i18n/locales): a month or day name in an `abday`,
 * `day`, `mon`, `abmon` list (its continuation lines end in `;/`), the value of `language`,
 * `territory`, `country_name`, `lang_name`, `currency_symbol`, and a language before "language
 * locale" or "locale for" or the territory after "locale for" ("Tamil language locale for Sri
 * Lanka", "Manx Gaelic locale for Britain"). */
static int locale_name(const uint8_t *t, size_t len, size_t b, size_t a, size_t e)
{
    if ((e + 16 <= len && memcmp(t + e, " language locale", 16) == 0) ||
        (e + 11 <= len && memcmp(t + e, " locale for", 11) == 0) ||
        (a >= 11 && (memcmp(t + a - 11, "locale for ", 11) == 0 ||
                     memcmp(t + a - 11, "Locale for ", 11) == 0)))
        return 1;
    size_t l = b;
    while (b < a && (t[b] == ' ' || t[b] == '\t'))
        b++;
    if (b == a || t[b] == '"') { /* a continuation line: the lines above end in "/" */
        size_t k = l;
        for (int up = 0; up < 16 && k > 1 && t[k - 2] == '/'; up++) {
            k = line_start(t, k - 1);
            size_t j = k;
            while (j < len && (t[j] == ' ' || t[j] == '\t'))
                j++;
            if (locale_key(t, len, j, 1))
                return 1;
        }
        return 0;
    }
    return t[b] >= 'a' && t[b] <= 'z' && locale_key(t, len, b, 0);
}

/* Is t[0 .. len) German prose: one of its common short words (" der ", " und ", " nicht ", ...)
 * every 300 bytes, eight at least? */
static int german_text(const uint8_t *t, size_t len)
{
    static const char *const words[] = {" der ", " die ", " das ", " und ",  " nicht ", " wird ",
                                        " ist ", " mit ", " den ", " eine ", " werden "};
    size_t hits = 0;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
        size_t n = strlen(words[k]);
        for (const uint8_t *p = t; (p = memmem(p, len - (size_t)(p - t), words[k], n)) != NULL;
             p += n - 1)
            hits++;
    }
    return hits >= 8 && hits * 300 >= len;
}

static int letter(uint8_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* Is t[w .. k) one of the German articles, or a preposition joined with one? */
static int german_article(const uint8_t *t, size_t w, size_t k)
{
    static const char *const arts[] = {"der", "die",  "das",   "den",   "dem",    "des",
                                       "ein", "eine", "einer", "einem", "einen",  "eines",
                                       "im",  "am",   "vom",   "zum",   "zur",    "beim",
                                       "ins", "kein", "keine", "diese", "dieser", "dieses"};
    for (size_t i = 0; i < sizeof arts / sizeof arts[0]; i++) {
        size_t m = strlen(arts[i]);
        if (k - w == m && (t[w] | 0x20) == arts[i][0] && memcmp(t + w + 1, arts[i] + 1, m - 1) == 0)
            return 1;
    }
    return 0;
}

/* The word that ends right before a blank at k - 1: its start, or SIZE_MAX. */
static size_t word_before(const uint8_t *t, size_t k)
{
    if (k < 2 || (t[k - 1] != ' ' && t[k - 1] != '\n'))
        return SIZE_MAX;
    size_t w = k - 1;
    while (w > 0 && letter(t[w - 1]) && k - 1 - w < 24)
        w--;
    if (w == k - 1 || (w > 0 && letter(t[w - 1])))
        return SIZE_MAX;
    return w;
}

/* Does the word t[a .. e) stand twice or more in the text right after a German article, or
 * after an article and a lower-case word ("der Datei", "im Modus", "den normalen Modus"), and
 * never after a title ("Herrn Vogel", "Frau Koch")? A noun, then. */
static int noun_after_article(const uint8_t *t, size_t len, size_t a, size_t e)
{
    static const char *const titles[] = {"Herr", "Herrn", "Frau", "Dr.", "Prof.", "Familie"};
    size_t n = e - a;
    unsigned hits = 0;
    for (const uint8_t *p = t; (p = memmem(p, len - (size_t)(p - t), t + a, n)) != NULL; p++) {
        size_t k = (size_t)(p - t);
        if (k + n < len && letter(t[k + n]))
            continue;
        for (size_t i = 0; i < sizeof titles / sizeof titles[0]; i++) {
            size_t m = strlen(titles[i]);
            if (k > m && t[k - 1] == ' ' && memcmp(t + k - 1 - m, titles[i], m) == 0)
                return 0;
        }
        size_t w = word_before(t, k);
        if (w == SIZE_MAX)
            continue;
        size_t v = t[w] >= 'a' && t[w] <= 'z' ? word_before(t, w) : SIZE_MAX;
        hits += german_article(t, w, k - 1) || (v != SIZE_MAX && german_article(t, v, w - 1));
    }
    return hits >= 2;
}

/* A capitalised German noun taken for a name (a man page's "die letzte Zeile der Datei", then
 * the session's every "Datei"; "Binärer Modus: Es werden ..." read as a speaker): one to three
 * capitalised words, none a given name or surname of the lexicon, in German prose, one of them
 * found twice in the text right after an article and never after a title. "der Peter" stays:
 * Peter is a name. */
static int german_noun(struct nw_clean58 *c, size_t a, size_t e)
{
    const uint8_t *t = c->l.t;
    if (e - a < 3 || e - a > 60 || !((t[a] >= 'A' && t[a] <= 'Z') || t[a] >= 0xC3))
        return 0;
    unsigned words = 0; /* the shape and the lexicon first: most people's names end here */
    for (size_t i = a; i < e;) {
        size_t j = i;
        while (j < e && t[j] != ' ')
            j++;
        if (++words > 3 || j - i < 2 || !((t[i] >= 'A' && t[i] <= 'Z') || t[i] >= 0xC3))
            return 0;
        if (nw_lexname(nw_lexicon_in(t, c->l.len, i, j)))
            return 0;
        i = j + 1;
    }
    size_t blk = a / 2048; /* German prose around it: the 4 KiB about its 2 KiB block */
    if (blk != c->blk) {
        size_t lo = blk * 2048 > 1024 ? blk * 2048 - 1024 : 0;
        size_t hi = blk * 2048 + 3072 < c->l.len ? blk * 2048 + 3072 : c->l.len;
        c->blk = blk;
        c->german = german_text(t + lo, hi - lo);
    }
    if (!c->german)
        return 0;
    if (german_article(t, a, e)) /* "Der klargestellte GNU-Systemtyp": an article itself */
        return 1;
    for (size_t i = a; i < e;) {
        size_t j = i;
        while (j < e && t[j] != ' ')
            j++;
        if (j - i >= 3 && noun_after_article(t, c->l.len, i, j))
            return 1;
        i = j + 1;
    }
    return 0;
}

/* The tests that read the finding's line (its start found once). */
static int lined(const uint8_t *t, size_t len, size_t a, size_t e)
{
    size_t b = line_start(t, a);
    uint8_t c = t[b];
    return ((c == 'm' || c == '"') && catalogue_string(t, len, b, a, e)) ||
           (c == '.' && roff_heading(t, len, b, a)) || locale_name(t, len, b, a, e);
}

int nw_clean58_emit(void *arg, int kind, size_t a, size_t e)
{
    struct nw_clean58 *c = arg;
    struct nw_link *p = &c->l;
    if (kind == ANON_NAMES_PERSON && e > a &&
        (python_constant(p->t, a, e) || lined(p->t, p->len, a, e) || german_noun(c, a, e)))
        return 0;
    return p->emit(p->arg, kind, a, e);
}
