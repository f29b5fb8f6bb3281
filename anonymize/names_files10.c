/* names_files10.c: people named in a file name ("Lebenslauf_Maria_Keller.pdf", "CV - Jonas
 * Weber.docx", "Arbeitszeugnis-Keller-Maria.pdf", "contract_jweber_2024.pdf").
 *
 * The walk stops at no word after '_' or '-', so the parts of a joined file name were never
 * judged. Here the walk's '.' before a document's extension (pdf, docx, jpg ...) reads the file
 * name back to where it starts (its parts joined by '_', '-', " - " or a space before a capital)
 * and judges the parts together. The one thing to know: a part is a person only with the file
 * name's own evidence: a word that names a document about a person (CV, Lebenslauf, passport,
 * Offer Letter ...) makes each name-shaped part that is no ordinary word a name; without one, a
 * lexicon given name beside another name-shaped part makes both names. "Report_Q3_Final.pdf",
 * "Meeting Notes - Q3 Planning.docx" hold neither. Called only at a '.' that a known extension
 * follows, so ordinary text never reaches it (notes/probe10.md). */
#include "names_internal.h"

#include <string.h>

#define MAX_PARTS 8

/* Words that name a document about one person, folded (ASCII): each name-shaped part beside
 * them is a name. */
static const char *const doc_words[] = {
    "anschreiben",       "arbeitszeugnis", "bewerbung", "curriculo", "curriculum", "cv",
    "gehaltsabrechnung", "lebenslauf",     "pasaporte", "paspoort",  "passaporte", "passaporto",
    "passeport",         "passport",       "payslip",   "reisepass", "resume",     "sollicitatie",
    "sollicitatiebrief", "zeugnis",
};
/* Words of documents about a person or a firm ("Contract_Acme_Services.pdf", "Cover_Design.pdf"):
 * only a lexicon name beside them is a name. */
static const char *const weak_words[] = {
    "arbeitsvertrag", "contract", "contrat", "contrato",   "contratto", "cover",
    "lettera",        "letter",   "lettre",  "motivation", "offer",     "zertifikat",
};

static int in_list(const char *f, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (!strcmp(f, list[k]))
            return 1;
    return 0;
}

static int doc_word(const char *f)
{
    if (in_list(f, doc_words, sizeof doc_words / sizeof *doc_words))
        return 3;
    return in_list(f, weak_words, sizeof weak_words / sizeof *weak_words) ? 4 : 0;
}

/* The extensions of documents and scans that carry a person's name. */
static size_t ext_end(const uint8_t *t, size_t len, size_t p)
{
    static const char *const exts[] = {"pdf", "doc",  "docx", "odt",  "rtf", "txt",  "jpg",  "jpeg",
                                       "png", "heic", "xls",  "xlsx", "ppt", "pptx", "pages"};
    size_t e = p + 1;
    char x[6];
    while (e < len && e - p - 1 < 5 && (t[e] | 32) >= 'a' && (t[e] | 32) <= 'z') {
        x[e - p - 1] = (char)(t[e] | 32);
        e++;
    }
    if (e - p - 1 < 3 || (e < len && (is_alnum(t[e]) || t[e] == '_' || t[e] == '/' || t[e] == '-' ||
                                      (t[e] == '.' && e + 1 < len && is_alnum(t[e + 1])))))
        return 0;
    x[e - p - 1] = 0;
    for (size_t k = 0; k < sizeof exts / sizeof *exts; k++)
        if (!strcmp(x, exts[k]))
            return e;
    return 0;
}

/* A byte of a file name's part: an ASCII letter or digit, or a byte of a Latin letter's UTF-8
 * (lead 0xC3-0xC8 or a continuation). */
static inline int part_byte(uint8_t c)
{
    return is_alnum(c) || (c >= 0x80 && c <= 0xBF) || (c >= 0xC3 && c <= 0xC8);
}

struct part {
    size_t a, b;
    unsigned lex;
    int kind; /* 0 other, 1 a capitalised word, 2 a lower-case word, 3 a document word about a
                 person, 4 one that may also be a firm's (weak_words) */
};

static int judge(const struct sc *s, struct part *q)
{
    const uint8_t *t = s->t;
    char buf[32];
    int digits = 0, upper_rest = 0;
    for (size_t k = q->a; k < q->b; k++) {
        digits |= is_digit(t[k]);
        upper_rest |= k > q->a && is_up(t[k]);
    }
    if (digits || q->b - q->a < 2 || q->b - q->a > 24)
        return 0;
    const char *f = nw_fold_span(s, q->a, q->b, buf, sizeof buf);
    if (!f[0])
        return 0;
    int doc = doc_word(f);
    if (doc)
        return doc;
    if (nw_cats(f) & (C_MONTH | C_NOT))
        return 0; /* "Facture_Electricite_Mars.pdf": a month, a place or a word */
    if (upper_rest && !(t[q->a + 1] >= 0x80))
        return 0; /* "README", "McKinsey": in capitals or camelCase, no name here */
    q->lex = nw_lexicon_in(t, s->len, q->a, q->b);
    if (is_up(t[q->a]) || (t[q->a] == 0xC3 && t[q->a + 1] >= 0x80 && t[q->a + 1] <= 0x9E))
        return 1;
    return (t[q->a] >= 'a' && t[q->a] <= 'z') ? 2 : 0;
}

/* An ordinary word, which a name-shaped part must not be unless the lexicon also names it. */
static int common(unsigned f)
{
    return (f & (ANON_NL_COMMON | ANON_NL_COMMON_EN)) && !nw_lexname(f);
}

static int name_part(const struct part *x)
{
    return x->kind == 1 && !common(x->lex);
}

static int given_part(const struct part *x)
{
    return name_part(x) && (x->lex & ANON_NL_GIVEN) && (x->lex & ANON_NL_ATTESTED);
}

/* Is the part x, the k-th of n (from the extension back), a person's name? */
static int is_name(const struct sc *s, const struct part *q, size_t k, size_t n, int has_doc)
{
    const struct part *x = &q[k];
    if (x->kind == 2) { /* "jweber", "maria": a lexicon name, or an initial joined to one */
        if (!has_doc || x->b - x->a < 4)
            return 0;
        if (nw_lexname(x->lex) && !common(x->lex))
            return 1;
        unsigned f = nw_lexicon_in(s->t, s->len, x->a + 1, x->b);
        return (f & ANON_NL_NAME) && !common(f);
    }
    if (!name_part(x))
        return 0;
    if (has_doc & 1)
        return 1;
    if (has_doc && nw_lexname(x->lex))
        return 1; /* "Contract_Weber.pdf", but not "Contract_Acme_Services.pdf" */
    const struct part *before = k + 1 < n ? &q[k + 1] : NULL, *after = k > 0 ? &q[k - 1] : NULL;
    if (given_part(x) && ((before && name_part(before)) || (after && name_part(after))))
        return 1;
    return (before && given_part(before)) || (after && given_part(after));
}

int nw_files10(struct sc *s, size_t p, size_t *next)
{
    const uint8_t *t = s->t;
    size_t e = ext_end(t, s->len, p), ds = 0;
    if (!e)
        return 0;
    /* a birth date that ends the file name ("passport_keller_dob_1955-04-04.pdf",
       names_dob16.c): emitted after the names, which come before it */
    size_t de = (s->kinds & (1u << ANON_NAMES_DOB)) ? nw_dob16_file_date(s, p, &ds) : 0;
    if (!(s->kinds & (1u << ANON_NAMES_PERSON))) {
        if (!de)
            return 0;
        *next = e;
        int rc = s->emit(s->arg, ANON_NAMES_DOB, ds, de);
        return rc < 0 ? rc : 0;
    }
    struct part q[MAX_PARTS];
    size_t n = 0, i = p; /* q[] runs from the extension back; i ends the next part */
    while (n < MAX_PARTS && p - i < 120) {
        size_t a = i;
        while (a > 0 && i - a < 32 && part_byte(t[a - 1]))
            a--;
        if (a == i || (a > 0 && part_byte(t[a - 1])))
            break;
        if (n && t[i] == ' ' && !is_up(t[a]) && !is_digit(t[a]) && t[a] < 0xC3)
            break; /* a lower-case word before a space: the prose around the file name */
        q[n].a = a;
        q[n].b = i;
        q[n].lex = 0;
        q[n].kind = judge(s, &q[n]);
        n++;
        if (q[n - 1].kind >= 3 && a >= 2 && t[a - 1] == ' ' && t[a - 2] != '-')
            break; /* "Anbei Lebenslauf_Maria.pdf": the document's word opens the file name */
        if (a >= 2 && (t[a - 1] == '_' || t[a - 1] == '-') && part_byte(t[a - 2]))
            i = a - 1;
        else if (a >= 4 && t[a - 1] == ' ' && t[a - 2] == '-' && t[a - 3] == ' ' &&
                 part_byte(t[a - 4]))
            i = a - 3;
        else if (a >= 2 && t[a - 1] == ' ' && part_byte(t[a - 2]))
            i = a - 1;
        else
            break;
    }
    int has_doc = 0;
    for (size_t k = 0; k < n; k++) {
        has_doc |= q[k].kind == 3 ? 1 : q[k].kind == 4 ? 2 : 0;
    }
    int found = 0;
    for (size_t k = n; k-- > 0;) { /* in text order */
        if (!is_name(s, q, k, n, has_doc))
            continue;
        int rc = s->emit(s->arg, ANON_NAMES_PERSON, q[k].a, q[k].b);
        if (rc < 0)
            return rc;
        found = 1;
    }
    if (de) {
        int rc = s->emit(s->arg, ANON_NAMES_DOB, ds, de);
        if (rc < 0)
            return rc;
        found = 1;
    }
    if (found)
        *next = e;
    return 0;
}
