/* labels.c: does a label stand before a value? The context checks of the label-gated types
 * (PHONE, US_SSN) read back from the value over what people put between a label and its value:
 * blanks, ":", "#", a line break, "key=value" of logs, the quotes, brackets and braces of JSON,
 * YAML and Python pasted as text, Markdown table bars and bold, and the earlier items of the same
 * list ("phones: [4155550132, 4155550133]", "SSNs: 536228451; 536228452").
 *
 * The one thing to know: the walk is bounded (8 separator bytes between two items, 16 items, 512
 * bytes in all) and an item it skips holds a digit and only the bytes numbers are written with, so
 * a label never reaches over prose to a value.
 */
#include "anonymize/anon_internal.h"

#include <stdint.h>
#include <string.h>

#define MAX_SEP 8
#define MAX_ITEMS 16
#define MAX_ITEM 40
#define MAX_BACK 512

static int alpha(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
}

/* Where the label l (lower case, k bytes) starts if it ends at text[q), read backwards: a space
 * of the label stands for ' ', '_', '-' or nothing ("social_security_number", "phoneNumber",
 * "mobileno"). SIZE_MAX when it does not end there. */
static size_t label_start(const char *text, size_t q, const char *l, size_t k)
{
    size_t t = q;
    for (size_t i = k; i > 0; i--) {
        char w = l[i - 1];
        if (w == ' ') {
            if (t > 0 && (text[t - 1] == ' ' || text[t - 1] == '_' || text[t - 1] == '-'))
                t--;
            continue;
        }
        if (t == 0)
            return SIZE_MAX;
        char c = text[t - 1];
        if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != w)
            return SIZE_MAX;
        t--;
    }
    return t;
}

/* The lengths of a label list, worked out once per list and thread (a context check runs for
 * every candidate value of a long table; most labels are ruled out by their last byte). */
#define MAX_LABELS 256
static _Thread_local struct {
    const char *const *labels;
    uint8_t len[MAX_LABELS];
} memo[4];
static _Thread_local unsigned memo_next;

static const uint8_t *lengths(const char *const *labels)
{
    for (unsigned i = 0; i < 4; i++)
        if (memo[i].labels == labels)
            return memo[i].len;
    size_t n = 0;
    while (labels[n])
        n++;
    if (n > MAX_LABELS)
        return NULL;
    unsigned slot = memo_next++ % 4;
    for (size_t i = 0; i < n; i++) {
        size_t k = strlen(labels[i]);
        memo[slot].len[i] = (uint8_t)(k > 255 ? 255 : k);
    }
    memo[slot].labels = labels;
    return memo[slot].len;
}

/* Labels of prose that say little alone ("call 4155550132", "number is ..."): they count right
 * before one value, not as a table's column, a list's name or in the plural ("| Number |",
 * "numbers: [...]", "work items: ..."), where they name ids and counts as often. */
static int weak(const char *l)
{
    static const char *const words[] = {
        "number",
        "nummer",
        "numero",
        "num\303\251ro",
        "text",
        "call",
        "work",
        "home",
        "office",
        "desk",
        "contact",
        "bel",
        "sms",
        "kontakt",
        "contacto",
        "contatto",
        "contato",
        "port",
        "kom",
        "cel",
        "ph",
        "fixe",
        "yhteystiedot",
        "el\303\251rhet\305\221s\303\251g",
        "ileti\305\237im",
        "\316\265\317\200\316\271\316\272\316\277\316\271\316\275\317\211\316\275\316\257\316\261",
        "notfall",
        "urgence",
        "urgences",
        "urgencias",
        "urg\303\252ncias",
        "urgen\310\233e",
        "spoed",
        "p\303\244ivystys",
        "\303\274gyelet",
        "pohotovost",
        "emergency",
        NULL};
    for (size_t i = 0; words[i]; i++)
        if (strcmp(l, words[i]) == 0)
            return 1;
    return 0;
}

/* Is the word before a "number" label (ending at text[b), after one blank, '_', '-' or " (") a noun
 * that makes it an id's number ("order number 4155550132", "tracking_number", "Invoice-Number")? */
static int id_number(const char *text, size_t b)
{
    static const char *const ids[] = {
        "order",   "invoice",  "ticket",       "tracking", "reference", "ref",      "case",
        "serial",  "part",     "item",         "model",    "customer",  "booking",  "confirmation",
        "policy",  "batch",    "build",        "version",  "po",        "purchase", "transaction",
        "receipt", "shipment", "claim",        "account",  "member",    "issue",    "job",
        "lot",     "sku",      "registration", "license",  "licence",   "contract", "request",
        "quote",   "release",  "employee",     "student",  "patient",   "record",   "document",
        NULL};
    if (b < 2 ||
        !(text[b - 1] == ' ' || text[b - 1] == '_' || text[b - 1] == '-' || text[b - 1] == '('))
        return 0;
    size_t e = b - 1, w;
    if (text[e] == '(' && e > 0 && text[e - 1] == ' ') /* "order (number): " */
        e--;
    w = e;
    while (w > 0 && w + 16 > e && alpha((unsigned char)text[w - 1]))
        w--;
    if (w == e || (w > 0 && alpha((unsigned char)text[w - 1])))
        return 0;
    for (size_t i = 0; ids[i]; i++) {
        size_t k = strlen(ids[i]);
        if (k == e - w && label_start(text, e, ids[i], k) == w)
            return 1;
    }
    return 0;
}

/* Does one of the labels (lower case) end at text[p), starting a word, a camelCase hump
 * ("mobilePhone") or after '_'/'-' ("user_phone"), in the singular, with a plural 's' or as a
 * list's name ("ssn_list", "phoneList")? strong: not one of the weak labels. */
static int label_ends_at(const char *text, size_t p, const char *const *labels, int strong)
{
    if (p == 0)
        return 0;
    if (p >= 4 && (text[p - 1] | 0x20) == 't' && (text[p - 2] | 0x20) == 's' &&
        (text[p - 3] | 0x20) == 'i' && (text[p - 4] | 0x20) == 'l') {
        size_t q = p - 4;
        if (q > 0 && (text[q - 1] == '_' || text[q - 1] == '-' || text[q - 1] == ' '))
            q--;
        if (q > 0 && label_ends_at(text, q, labels, 1))
            return 1;
    }
    const uint8_t *len = lengths(labels);
    for (int plural = 0; plural < 2; plural++) {
        if (plural && !(p > 1 && (text[p - 1] == 's' || text[p - 1] == 'S')))
            break;
        size_t q = p - (size_t)plural;
        char c = text[q - 1];
        c = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
        for (size_t i = 0; labels[i]; i++) {
            size_t k = len ? len[i] : strlen(labels[i]);
            if (!k || labels[i][k - 1] != c)
                continue;
            size_t b = label_start(text, q, labels[i], k);
            if (b == SIZE_MAX || ((strong || plural) && weak(labels[i])))
                continue;
            if (labels[i][0] == 'n' && labels[i][1] == 'u' && labels[i][2] == 'm' &&
                id_number(text, b))
                continue;
            if (b == 0 || !alpha((unsigned char)text[b - 1]))
                return 1;
            if (text[b - 1] >= 'a' && text[b - 1] <= 'z' && text[b] >= 'A' && text[b] <= 'Z')
                return 1;
        }
    }
    return 0;
}

/* Bytes between a label and its value ('\\' of JSON inside a JSON string, '+' of string
 * concatenation: "SSN: " + "536228451"), or between two items of a list. */
static int sep(char c)
{
    return c && strchr(" \t\r\n:#.=\"'`[({)|*->,;\\+/@", c) != NULL;
}

/* Bytes of an earlier item of a list of numbers ("+1 (415) 555-0132", "536-22-8451"). */
static int item(char c)
{
    return (c >= '0' && c <= '9') || (c && strchr(" +()-./", c));
}

/* How many times d occurs in text[b .. e). */
static size_t count(const char *text, size_t b, size_t e, char d)
{
    size_t n = 0;
    for (size_t i = b; i < e; i++)
        n += text[i] == d;
    return n;
}

/* The last table header found, per thread and per anon_find (anon_labels_forget): a later cell
 * of the same table (most often the next row's) walks up only to the row that found it, so every
 * row of a long export is labelled, at the cost of the rows in between. Valid for columns up to
 * mink (every row between was seen with at least that many delimiters). Offsets only, no bytes
 * of the text. */
static _Thread_local struct {
    const char *text;
    size_t head, row, mink;
    char d;
} last;

void anon_labels_forget(void)
{
    if (last.text)
        memset(&last, 0, sizeof last);
}

/* A cell of a delimited table (CSV, TSV, "a;b", Markdown) whose column's header names the label:
 * the header is the top line of the block of lines above that have as many delimiters before the
 * column (a Markdown rule "|---|" is skipped over). Without a header found for an earlier row
 * (last), looks at most MAX_ROWS lines and MAX_UP bytes up. */
#define MAX_ROWS 64
#define MAX_UP 4096
static int column_label(const char *text, size_t s, const char *const *labels)
{
    size_t p = s;
    if (p > 0 && (text[p - 1] == '"' || text[p - 1] == '\''))
        p--;
    while (p > 0 && s - p < 4 && text[p - 1] == ' ')
        p--;
    if (p == 0 || !strchr(",;\t|", text[p - 1]) || !text[p - 1])
        return 0;
    char d = text[p - 1];
    size_t b = p - 1;
    while (b > 0 && text[b - 1] != '\n')
        b--;
    size_t k = count(text, b, p, d), floor_ = s > MAX_UP ? s - MAX_UP : 0, head = SIZE_MAX;
    size_t row = b, mink = k;
    int cached =
        last.text == text && last.d == d && k <= last.mink && last.row < b && last.head < last.row;
    int top = b == 0; /* the walk reached the block's top line (not only its own limits) */
    for (int rows = 0; rows < MAX_ROWS && b > floor_; rows++) {
        if (cached && b == last.row) {
            head = last.head;
            mink = k < last.mink ? k : last.mink;
            top = 1;
            break;
        }
        size_t e = b - 1, lb = e; /* the line above: text[lb .. e) */
        while (lb > floor_ && text[lb - 1] != '\n')
            lb--;
        if (lb == floor_ && lb > 0)
            break;
        if (count(text, lb, e, d) < k) {
            top = 1;
            break;
        }
        top = lb == 0;
        b = lb;
        if (!(text[lb] == '|' && lb + 1 < e && strchr(" :-", text[lb + 1]) &&
              count(text, lb, e, '-') >= 3))
            head = lb;
    }
    /* a walk cut short by MAX_ROWS or MAX_UP found a row of data, not the header */
    if (!top)
        head = SIZE_MAX;
    if (head != SIZE_MAX && head < row) {
        last.text = text;
        last.d = d;
        last.head = head;
        last.row = row;
        last.mink = mink;
    }
    if (head == SIZE_MAX)
        return 0;
    /* the header's cell k: after the k-th delimiter, to the next one or the line's end */
    size_t c = head, n = 0;
    while (n < k && text[c] != '\n')
        n += text[c++] == d;
    size_t ce = c;
    while (ce < s && text[ce] != d && text[ce] != '\n' && text[ce] != '\r')
        ce++;
    while (ce > c && (text[ce - 1] == ' ' || text[ce - 1] == '"' || text[ce - 1] == '\''))
        ce--;
    while (c < ce && (text[c] == ' ' || text[c] == '"' || text[c] == '\''))
        c++;
    if (ce == c || ce - c > MAX_ITEM)
        return 0;
    /* the label ends the cell and starts it or a word of it ("home_phone", "Mobile Phone") */
    return label_ends_at(text, ce, labels, 1);
}

/* Where the HTML tag ending at text[q - 1] == '>' starts ("<td>", "</b>", "<td class=x>"), not
 * before floor_; SIZE_MAX when it is no tag. */
#define MAX_TAG 64
static size_t tag_start(const char *text, size_t floor_, size_t q)
{
    size_t j = q - 1;
    while (j > floor_ && q - j <= MAX_TAG && text[j - 1] != '<' && text[j - 1] != '>' &&
           text[j - 1] != '\n')
        j--;
    if (j == floor_ || text[j - 1] != '<')
        return SIZE_MAX;
    unsigned char c =
        (unsigned char)text[j] == '/' ? (unsigned char)text[j + 1] : (unsigned char)text[j];
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? j - 1 : SIZE_MAX;
}

/* An HTML form field or meta tag names its value in another attribute: the label ends before
 * the quote that closes it (name="ssn" value="..., name="phone" content="...); an element
 * names the value of its own attribute (<ssn value="...). */
static size_t attr_label_end(const char *text, size_t floor_, size_t q)
{
    static const char *const attrs[] = {"value", "content", NULL};
    for (size_t i = 0; attrs[i]; i++) {
        size_t k = strlen(attrs[i]);
        if (q < floor_ + k + 2 || label_start(text, q, attrs[i], k) != q - k)
            continue;
        size_t b = q - k;
        if (text[b - 1] != ' ')
            continue;
        /* name="ssn" value=, or the element's own name: <ssn value= */
        return text[b - 2] == '"' || text[b - 2] == '\'' ? b - 2 : b - 1;
    }
    return SIZE_MAX;
}

/* The opening '(' of the parenthesised list that holds text[p) (p inside it), read back over
 * quoted strings' bytes as they come; SIZE_MAX when none within floor_. */
static size_t open_paren(const char *text, size_t floor_, size_t p, size_t *commas)
{
    *commas = 0;
    for (size_t j = p; j > floor_; j--) {
        char c = text[j - 1];
        if (c == '(')
            return j - 1;
        if (c == ')' || c == '\n' || c == ';')
            return SIZE_MAX;
        *commas += c == ',';
    }
    return SIZE_MAX;
}

/* A value of an SQL INSERT is labelled by its column: INSERT INTO users (id, ssn) VALUES (1,
 * '536228451'), also in the later rows of a multi-row VALUES list (at most 64 rows, MAX_UP
 * bytes back). Quotes in values are not parsed: a value holding ',' or ')' before this one
 * shifts the column, and then nothing is found. */
static int sql_column_label(const char *text, size_t s, const char *const *labels)
{
    size_t floor_ = s > MAX_UP ? s - MAX_UP : 0, k, o;
    if ((o = open_paren(text, s > MAX_BACK ? s - MAX_BACK : 0, s, &k)) == SIZE_MAX)
        return 0;
    for (int rows = 0; rows < 64; rows++) { /* back over earlier rows "(..), " to VALUES */
        size_t j = o;
        while (j > floor_ && (text[j - 1] == ' ' || text[j - 1] == '\n' || text[j - 1] == '\t'))
            j--;
        if (j > floor_ && text[j - 1] == ',') {
            j--;
            while (j > floor_ && (text[j - 1] == ' ' || text[j - 1] == '\n' || text[j - 1] == '\t'))
                j--;
            if (j == floor_ || text[j - 1] != ')')
                return 0;
            while (j > floor_ && text[j - 1] != '(' && text[j - 1] != ';')
                j--;
            if (j == floor_ || text[j - 1] != '(')
                return 0;
            o = j - 1;
            continue;
        }
        if (j < floor_ + 6 || label_start(text, j, "values", 6) != j - 6)
            return 0;
        j -= 6;
        while (j > floor_ && (text[j - 1] == ' ' || text[j - 1] == '\n' || text[j - 1] == '\t'))
            j--;
        if (j == floor_ || text[j - 1] != ')')
            return 0;
        /* the column list: the k-th name from its '(' */
        size_t c = j - 1, n;
        if ((o = open_paren(text, floor_, c, &n)) == SIZE_MAX || k > n)
            return 0;
        size_t b = o + 1;
        for (size_t i = 0; i < k; i++)
            while (text[b++] != ',')
                ;
        size_t e = b;
        while (e < c && text[e] != ',')
            e++;
        while (e > b && strchr(" \t\n`\"']", text[e - 1]))
            e--;
        return e > b && label_ends_at(text, e, labels, 1);
    }
    return 0;
}

int anon_column_labelled(const char *text, size_t s, const char *const *labels)
{
    return column_label(text, s, labels);
}

/* A bullet item is one more item of the list above it only when that list's item opens its own
 * line too ("- +49 30 1234567" over "- +49 40 7654321"); a bullet line that holds a sentence ending
 * in a labelled phone ("- 7060 mac ... owner X tel +48 601 392 900") is no list of numbers, and the
 * serial on the bullet under it is no phone. A line that is not a bullet keeps the old reading. */
static int item_opens_bullet_line(const char *text, size_t floor_, size_t p)
{
    size_t b = p;
    while (b > floor_ && text[b - 1] != '\n')
        b--;
    size_t j = b;
    while (j < p && (text[j] == ' ' || text[j] == '\t'))
        j++;
    if (j == p || (text[j] != '-' && text[j] != '*'))
        return 1;
    j++;
    while (j < p && (text[j] == ' ' || text[j] == '\t'))
        j++;
    return j == p;
}

int anon_labelled(const char *text, size_t s, const char *const *labels)
{
    if (column_label(text, s, labels) || sql_column_label(text, s, labels))
        return 1;
    size_t floor_ = s > MAX_BACK ? s - MAX_BACK : 0, p = s;
    for (int items = 0; items < MAX_ITEMS; items++) {
        size_t q = p, nsep = 0;
        int list = 0, bullet = 0, line = 0, tags = 0, conv = 0;
        for (;;) {
            /* HTML tags between a label and its value ("<td>SSN</td><td>", "<b>Phone:</b> ")
             * are separators too */
            size_t t;
            if (q > floor_ && text[q - 1] == '>' && tags < 4 &&
                (t = tag_start(text, floor_, q)) != SIZE_MAX) {
                /* an XML element named by the label: <taxId>536228451</taxId> */
                if (label_ends_at(text, q - 1, labels, items > 0))
                    return 1;
                q = t;
                tags++;
                continue;
            }
            /* a format string's conversion and line end before its argument:
             * printf("ssn=%s\n", "536228451") */
            if (q >= floor_ + 2 && conv < 2 &&
                ((text[q - 2] == '%' && strchr("sdiuvr", text[q - 1])) ||
                 (text[q - 2] == '\\' && (text[q - 1] == 'n' || text[q - 1] == 't')))) {
                q -= 2;
                conv++;
                continue;
            }
            if (!(q > floor_ && nsep < MAX_SEP && sep(text[q - 1])))
                break;
            char c = text[--q];
            nsep++;
            list |= c == ',' || c == ';' || c == '|' || c == '/';
            bullet |= c == '-' || c == '*';
            line |= c == '\n';
        }
        if (q == p && items == 0)
            return 0;
        if (label_ends_at(text, q, labels, items > 0))
            return 1;
        if (items == 0) {
            size_t a = attr_label_end(text, floor_, q);
            if (a != SIZE_MAX && label_ends_at(text, a, labels, 1))
                return 1;
        }
        /* another item of the same list: after ',' ';' '|', or a bullet on its own line */
        if (!(list || (bullet && line)) || q == floor_ ||
            !(text[q - 1] >= '0' && text[q - 1] <= '9'))
            return 0;
        p = q;
        while (p > floor_ && q - p < MAX_ITEM && item(text[p - 1]))
            p--;
        if (q - p >= MAX_ITEM)
            return 0;
        /* the item starts at its first digit, '+' or '(': what stands before is separators */
        while (p < q && !(text[p] >= '0' && text[p] <= '9') && text[p] != '+' && text[p] != '(')
            p++;
        if (bullet && line && !list && !item_opens_bullet_line(text, floor_, p))
            return 0;
    }
    return 0;
}
