/* names_docs.c: where the documents people paste put a person, when no label or title says so:
 * the role before an apposition in legal text ("the plaintiff, Jane Roe,"), a kinship word
 * ("son of X", "née X", "Tochter von X", "my kid X"), "between X and Y", the parties of a case
 * ("X v. Y"), a display name after its address ("x@example.com (X)"), the ends of an org-chart
 * arrow ("X -> Y"), a roster's shirt number ("#7 X"), a `git shortlog` count ("  42\tX"), a
 * vCard's FN: and N: fields, and the first line of a postal block whose name the lexicon does
 * not know.
 *
 * Each is a weak context (names.c's context() and maybe_context() call nw_doc_ctx): the run
 * must still be name-shaped, no ordinary or product word, as for any weak context. The checks
 * look only at the few bytes before and after the run; nothing here allocates.
 */
#include "anonymize/names_internal.h"

/* The word of letters (ASCII or UTF-8) that ends at e, folded into buf; its start in *ws. ""
 * when it is none of the words this file looks for (a filter on its first bytes, before any
 * folding: most words before a capital leave here). */
static const char *word_ending(const struct sc *s, size_t e, size_t *ws, char *buf, size_t cap)
{
    const uint8_t *t = s->t;
    size_t i = e;
    while (i > 0 && e - i < 24 && (t[i - 1] >= 0x80 || is_alnum(t[i - 1])))
        i--;
    *ws = i;
    if (i == e || e - i >= 24 || !nw_may_be(t + i, e - i, C_DOC))
        return "";
    return nw_fold_span(s, i, e, buf, cap);
}

/* Roles that an apposition names in legal and formal text, and the people one mentions so:
 * "the plaintiff, Jane Roe,", "my neighbour, X". */
static int legal_role(const char *w)
{
    static const char *const roles[] = {
        "plaintiff", "defendant", "appellant", "appellee",  "respondent",  "petitioner",
        "claimant",  "debtor",    "creditor",  "decedent",  "deceased",    "testator",
        "executor",  "executrix", "guardian",  "landlord",  "lessor",      "lessee",
        "grantor",   "grantee",   "witness",   "applicant", "beneficiary", "neighbour",
        "neighbor",  "colleague", "coworker",  "manager",   "supervisor",  "landlady",
        "tenant"};
    return NW_ONE_OF(w, roles);
}

/* A kinship word and the preposition after it: "son of", "fille de", "Tochter von", "zoon van",
 * "hijo de", "figlia di", "filho de"; pw is the preposition, pw2 the word before it. */
static int kin_of(const char *pw, const char *pw2)
{
    static const char *const of[] = {"son",   "daughter", "wife",    "husband",  "widow",
                                     "child", "children", "widower", "grandson", "granddaughter"};
    static const char *const de[] = {"fils",  "fille", "épouse", "veuve", "hijo",  "hija",
                                     "viuda", "filho", "filha",  "viúva", "esposa"};
    static const char *const von[] = {"sohn", "tochter", "witwe", "ehefrau", "ehemann"};
    static const char *const van[] = {"zoon", "dochter", "weduwe", "echtgenote"};
    static const char *const di[] = {"figlio", "figlia", "moglie", "vedova", "marito"};
    if (strcmp(pw, "of") == 0)
        return NW_ONE_OF(pw2, of);
    if (strcmp(pw, "de") == 0)
        return NW_ONE_OF(pw2, de);
    if (strcmp(pw, "von") == 0)
        return NW_ONE_OF(pw2, von);
    if (strcmp(pw, "van") == 0)
        return NW_ONE_OF(pw2, van);
    if (strcmp(pw, "di") == 0)
        return NW_ONE_OF(pw2, di);
    return 0;
}

/* A relative or a child named after a possessive: "my kid X", "her husband X", "mein Sohn X",
 * "ma fille X", "mi hijo X". */
static int kin_named(const char *pw, const char *pw2)
{
    static const char *const en[] = {
        "son",     "daughter",  "wife",       "husband", "kid",         "child",         "brother",
        "sister",  "mother",    "father",     "mom",     "mum",         "dad",           "uncle",
        "aunt",    "cousin",    "nephew",     "niece",   "grandson",    "granddaughter", "fiancé",
        "fiancée", "boyfriend", "girlfriend", "stepson", "stepdaughter"};
    static const char *const en_of[] = {"my", "our", "his", "her", "their", "your"};
    static const char *const de[] = {"sohn",  "tochter", "bruder",  "schwester", "mutter",
                                     "vater", "enkel",   "enkelin", "neffe",     "nichte"};
    static const char *const de_of[] = {"mein",  "meine",  "meinem",  "meiner",
                                        "unser", "unsere", "unserem", "unserer"};
    static const char *const fr[] = {"fils", "fille", "frère", "sœur", "mère",
                                     "père", "mari",  "neveu", "nièce"};
    static const char *const fr_of[] = {"mon", "ma", "notre"};
    static const char *const es[] = {"hijo",   "hija",   "hermano", "hermana",
                                     "esposo", "esposa", "sobrino", "sobrina"};
    static const char *const es_of[] = {"mi", "nuestro", "nuestra"};
    return (NW_ONE_OF(pw, en) && NW_ONE_OF(pw2, en_of)) ||
           (NW_ONE_OF(pw, de) && NW_ONE_OF(pw2, de_of)) ||
           (NW_ONE_OF(pw, fr) && NW_ONE_OF(pw2, fr_of)) ||
           (NW_ONE_OF(pw, es) && NW_ONE_OF(pw2, es_of));
}

/* "son of", "fille de", "Tochter von" starting at i: an apposition after a name. */
static int kin_after(const struct sc *s, size_t i)
{
    char b1[32], b2[32];
    size_t we, we2;
    if (!nw_may_be(s->t + i, s->len - i, C_DOC))
        return 0;
    const char *w = nw_word_after(s, i, &we, b1, sizeof b1);
    if (!*w || we >= s->len || s->t[we] != ' ')
        return 0;
    /* kin_of() takes only "of", "de", "von", "van", "di": the next word's first byte (an ASCII
     * one is folded to its own lower case) says no to most ("John Smith, my email") */
    size_t q = we;
    while (q < s->len && s->t[q] == ' ')
        q++;
    uint8_t c0 = q < s->len ? s->t[q] | 32 : 0;
    if (c0 != 'o' && c0 != 'd' && c0 != 'v')
        return 0;
    const char *p = nw_word_after(s, we, &we2, b2, sizeof b2);
    return *p && kin_of(p, w);
}

/* A job title in an apposition after a full name: "X, Head of Platform", "X, CTO", "X, former
 * manager", "X, Senior Data Engineer" (a reference, a signature, an org chart). */
static int title_after(const struct sc *s, size_t i)
{
    static const char *const first[] = {
        "head",    "director",  "manager",   "ceo",      "cto",       "cfo",     "coo",
        "vp",      "former",    "senior",    "lead",     "chief",     "founder", "co-founder",
        "partner", "professor", "principal", "engineer", "consultant"};
    char b[32];
    size_t we;
    const uint8_t c = s->t[i] | 32;
    if (!strchr("hdmcvfslpe", (char)c))
        return 0;
    const char *w = nw_word_after(s, i, &we, b, sizeof b);
    return *w && NW_ONE_OF(w, first);
}

/* The bytes of the line before p, from its start: its start, or p when the line holds more than
 * max bytes before p. */
static size_t line_head(const struct sc *s, size_t p, size_t max)
{
    size_t i = p;
    while (i > 0 && p - i <= max && s->t[i - 1] != '\n' && s->t[i - 1] != '\r')
        i--;
    return (i == 0 || s->t[i - 1] == '\n' || s->t[i - 1] == '\r') ? i : p;
}

/* Does the run end its line (spaces, then a line break or the text's end)? */
static int ends_line(const struct sc *s, size_t end)
{
    while (end < s->len && (s->t[end] == ' ' || s->t[end] == '\t'))
        end++;
    return end >= s->len || s->t[end] == '\n' || s->t[end] == '\r';
}

/* "#7 X" (a roster), "   42\tX" (git shortlog -sn): the line before the run is a number. */
static int counted_line(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    size_t ls = line_head(s, start, 12);
    if (ls == start)
        return 0;
    size_t i = ls;
    while (i < start && t[i] == ' ')
        i++;
    int hash = i < start && t[i] == '#';
    i += hash;
    size_t d = i;
    while (i < start && is_digit(t[i]))
        i++;
    if (i == d || i >= start)
        return 0;
    if (hash)
        return t[i] == ' ' && i + 1 == start;
    return t[i] == '\t' && i + 1 == start && ends_line(s, end);
}

/* A vCard's "FN:X" or "N:Surname;Given;;;": the line opens with FN: or N: and the text is a
 * vCard. */
static int vcard_field(const struct sc *s, size_t start)
{
    const uint8_t *t = s->t;
    if (start == 0 || (t[start - 1] != ':' && t[start - 1] != ';'))
        return 0;
    size_t ls = line_head(s, start, 64);
    if (ls == start)
        return 0;
    int fn = start - ls >= 3 && t[ls] == 'F' && t[ls + 1] == 'N' && t[ls + 2] == ':';
    int n = t[ls] == 'N' && t[ls + 1] == ':';
    if (!fn && !n)
        return 0;
    if (fn && start != ls + 3)
        return 0;
    if (n) { /* the first two fields only: surname and given names */
        size_t semis = 0;
        for (size_t i = ls + 2; i < start; i++)
            semis += t[i] == ';';
        if (semis > 1)
            return 0;
    }
    static const char tag[] = "BEGIN:VCARD";
    size_t lim = ls > 2048 ? ls - 2048 : 0;
    for (size_t i = lim; i + sizeof tag - 1 <= ls; i++)
        if (t[i] == 'B' && memcmp(t + i, tag, sizeof tag - 1) == 0)
            return 1;
    return 0;
}

/* An org-chart arrow on either side of the run: "X -> Y", "X → Y". */
static int arrow_at(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    if (end + 3 < s->len && t[end] == ' ' &&
        ((t[end + 1] == '-' && t[end + 2] == '>' && t[end + 3] == ' ') ||
         (end + 4 < s->len && t[end + 1] == 0xE2 && t[end + 2] == 0x86 && t[end + 3] == 0x92 &&
          t[end + 4] == ' ')))
        return 1;
    if (start >= 3 && t[start - 1] == ' ' && t[start - 2] == '>' && t[start - 3] == '-')
        return 1;
    return start >= 4 && t[start - 1] == ' ' && t[start - 2] == 0x92 && t[start - 3] == 0x86 &&
           t[start - 4] == 0xE2;
}

/* "Roe v. Wade": the run stands on either side of " v. " or " vs. " in a case name. */
static int case_party(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    if (end + 4 < s->len && t[end] == ' ' && t[end + 1] == 'v' &&
        ((t[end + 2] == '.' && t[end + 3] == ' ') ||
         (t[end + 2] == 's' && t[end + 3] == '.' && t[end + 4] == ' ')))
        return 1;
    if (start >= 4 && t[start - 1] == ' ' && t[start - 2] == '.' && t[start - 3] == 'v' &&
        t[start - 4] == ' ')
        return 1;
    return start >= 5 && t[start - 1] == ' ' && t[start - 2] == '.' && t[start - 3] == 's' &&
           t[start - 4] == 'v' && t[start - 5] == ' ';
}

/* No word of the run is an ordinary word ("Johnson Controls v. X") and no "&" joins it to
 * another ("Ernst & Young v. X"): a case or an org chart names companies too. */
static int no_word_in_run(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    if ((start >= 2 && t[start - 2] == '&') || (end + 1 < s->len && t[end + 1] == '&'))
        return 0;
    for (size_t i = start; i < end;) {
        size_t b = i;
        while (i < end && t[i] != ' ')
            i++;
        unsigned f = anon_names_lexicon((const char *)t + b, i - b);
        if ((f & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) && !(f & ANON_NL_ATTESTED))
            return 0;
        while (i < end && t[i] == ' ')
            i++;
    }
    return 1;
}

/* "maria@example.com (Maria Keller)": the display name in parentheses after the address, the
 * older mail and changelog form. */
static int email_before(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    if (start < 6 || t[start - 1] != '(' || t[start - 2] != ' ' || end >= s->len || t[end] != ')')
        return 0;
    size_t i = start - 2, at = 0;
    if (t[i - 1] == '>')
        i--;
    size_t e = i;
    while (i > 0 && e - i < 80 && t[i - 1] > ' ' && t[i - 1] != '<' && t[i - 1] != '(') {
        if (t[i - 1] == '@')
            at = i - 1;
        i--;
    }
    return at > i && at + 3 < e && memchr(t + at, '.', e - at) != NULL;
}

/* The run opens a line and the line above is a person label alone ("Ship to:\nX", "Enviar
 * a:\nX", "Patient:\nX"): forms and delivery notes put the value under its label. */
static int label_above(const struct sc *s, size_t start)
{
    const uint8_t *t = s->t;
    size_t i = start;
    if (i == 0 || (t[i - 1] != '\n' && t[i - 1] != '\r'))
        return 0;
    while (i > 0 && (t[i - 1] == '\n' || t[i - 1] == '\r'))
        i--;
    while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t'))
        i--;
    if (i == 0 || t[i - 1] != ':')
        return 0;
    size_t e = --i;
    while (e > 0 && t[e - 1] == ' ')
        e--;
    size_t b = e;
    while (b > 0 && e - b < 32 && t[b - 1] != '\n' && t[b - 1] != '\r')
        b--;
    if (b == e || e - b >= 32 || (b > 0 && t[b - 1] != '\n' && t[b - 1] != '\r'))
        return 0;
    char buf[40];
    const char *l = nw_fold_span(s, b, e, buf, sizeof buf);
    return *l && nw_label(l);
}

int nw_doc_label_above(const struct sc *s, size_t start)
{
    return label_above(s, start);
}

/* The surname of a display name written surname first: "\"Quillery, Tervo\" <tq@x.org>" (the
 * given name is found by the address after it; the surname has only the quotes). */
static int display_surname(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    if (start == 0 || t[start - 1] != '"' || end + 3 >= s->len || t[end] != ',' ||
        t[end + 1] != ' ' || !nw_upper(t + end + 2, s->len - end - 2))
        return 0;
    size_t i = end + 2;
    while (i < s->len && i - end < 40 && t[i] != '"' && t[i] != '\n' && t[i] != ',')
        i++;
    if (i + 2 >= s->len || t[i] != '"')
        return 0;
    i++;
    while (i < s->len && t[i] == ' ')
        i++;
    return i + 1 < s->len && t[i] == '<' && memchr(t + i, '@', s->len - i < 80 ? s->len - i : 80);
}

/* Is t[i ..) a capitalised word of letters followed by ';', '.' or the line's end? Its end, or 0.
 */
static size_t pair_word(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    if (i >= s->len || !nw_upper(t + i, s->len - i))
        return 0;
    size_t e = i;
    while (e < s->len && e - i < 32) {
        size_t l = nw_letter(t + e, s->len - e);
        if (!l && t[e] != '-')
            break;
        e += l ? l : 1;
    }
    if (e - i < 3 || (e < s->len && t[e] != ';' && t[e] != '.' && t[e] != '\n' && t[e] != '\r'))
        return 0;
    return e;
}

/* An item of a list of names written surname first and split by semicolons ("Class 5B:
 * Georgiou, Panagiotis; Lindqvist, Sigríður; ..."): the run is the surname (after ": " or "; ",
 * a given name and ';' after it) or the given name (after "Surname, " that opened an item), and
 * a semicolon on either side says it is such a list. */
static int semicolon_pair(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    if (start < 2 || t[start - 1] != ' ')
        return 0;
    uint8_t p = t[start - 2];
    if ((p == ':' || p == ';') && end + 2 < s->len && t[end] == ',' && t[end + 1] == ' ') {
        size_t g = pair_word(s, end + 2);
        return g && (p == ';' || (g < s->len && t[g] == ';'));
    }
    if (p != ',' || !pair_word(s, start) || memchr(t + start, ' ', end - start))
        return 0;
    size_t i = start - 2; /* the surname before ", " and what opens its item */
    size_t b = i;
    while (b > 0 && i - b < 32 && (nw_letter(t + b - 1, s->len - b + 1) || t[b - 1] >= 0x80))
        b--;
    if (b == i || b < 2 || t[b - 1] != ' ' || !nw_upper(t + b, s->len - b))
        return 0;
    uint8_t q = t[b - 2];
    return (q == ';' || q == ':') && (q == ';' || (end < s->len && t[end] == ';'));
}

int nw_doc_ctx(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    if (end + 2 < s->len && t[end] == ',' && t[end + 1] == ' ' &&
        memchr(t + start, ' ', end - start) && (kin_after(s, end + 2) || title_after(s, end + 2)))
        return 1; /* "Tervo Quillan, son of ...", "X, Head of Platform": a full name */
    if (start == 0)
        return 0;
    uint8_t c = t[start - 1];
    if ((c == '\n' || c == '\r') && label_above(s, start))
        return 1;
    if (c == ':' || c == ';')
        return vcard_field(s, start);
    if (c == '(')
        return email_before(s, start, end);
    if (c == '"')
        return display_surname(s, start, end);
    if (c == ' ' && start >= 2 &&
        (t[start - 2] == ';' || t[start - 2] == ':' || t[start - 2] == ',') &&
        semicolon_pair(s, start, end))
        return 1;
    if ((c == '\t' || (c == ' ' && start >= 2 && is_digit(t[start - 2]))) &&
        counted_line(s, start, end))
        return 1;
    if (((arrow_at(s, start, end) && memchr(t + start, ' ', end - start)) ||
         case_party(s, start, end)) &&
        no_word_in_run(s, start, end))
        return 1; /* an org chart names full names ("ALabel -> Ulabel" is no chart) */
    if (c != ' ' || start < 3)
        return 0;
    char b1[32], b2[32];
    size_t ws, ws2;
    if (t[start - 2] == ',') { /* "the plaintiff, X" */
        const char *pw = word_ending(s, start - 2, &ws, b1, sizeof b1);
        return *pw && legal_role(pw);
    }
    int dot = t[start - 2] == '.';
    if (dot && start >= 4 && t[start - 3] == 't' && t[start - 4] == 'P' &&
        (start == 4 || !is_alnum(t[start - 5])))
        return 1; /* "Pt. C. Carvalho" in a medical note; "PT." is Intel's Processor Trace */
    /* Before a dot only "geb." counts: its three letters are read raw, with no walk back over
     * the word that ends a sentence (". X"). word_ending() would fold exactly those three bytes to
     * "geb" (a C_DOC word, so its filter passes), and no other word to it. */
    if (dot) {
        size_t e = start - 2;
        return e >= 3 && (t[e - 3] | 32) == 'g' && (t[e - 2] | 32) == 'e' &&
               (t[e - 1] | 32) == 'b' && (e == 3 || !(t[e - 4] >= 0x80 || is_alnum(t[e - 4])));
    }
    const char *pw = word_ending(s, start - 1, &ws, b1, sizeof b1);
    if (!*pw)
        return 0;
    if (strcmp(pw, "née") == 0 || strcmp(pw, "geborene") == 0 || strcmp(pw, "nata") == 0)
        return 1; /* "(née Güneş)" */
    if (nw_leaks45_kin(pw) && memchr(t + start, ' ', end - start))
        return 1; /* "Sønnen Mikkel Sørensen", "dottern X", "Syn Petr Novák": a full name */
    if (ws == 0 || t[ws - 1] != ' ')
        return 0;
    if (strcmp(pw, "between") == 0 || strcmp(pw, "zwischen") == 0)
        return memchr(t + start, ' ', end - start) != NULL; /* a full name only */
    const char *pw2 = word_ending(s, ws - 1, &ws2, b2, sizeof b2);
    return *pw2 && (kin_of(pw, pw2) || kin_named(pw, pw2));
}

/* The run t[start .. end) as a name line with no lexicon given name first ("Sigríður Björklund"
 * over "7 rue des Lilas"): two or three capitalised words of letters, none an ordinary or
 * product word, name-shaped together (a lexicon name counts as a clear one). */
int nw_doc_name_line(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    size_t i = start, words = 0;
    int sum = 0;
    char buf[48];
    while (i < end) {
        size_t b = i;
        if (!nw_upper(t + i, end - i))
            return 0;
        while (i < end && t[i] != ' ') {
            size_t l = nw_letter(t + i, end - i);
            if (!l)
                return 0;
            i += l;
        }
        if (i - b < 3 || ++words > 3)
            return 0;
        unsigned f = anon_names_lexicon((const char *)t + b, i - b);
        if ((f & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) || (f && !nw_lexname(f)) ||
            nw_not_name(nw_fold_span(s, b, i, buf, sizeof buf)))
            return 0;
        int v = f ? 24 : nw_name_shape(t + b, i - b);
        if (v < -6)
            return 0;
        sum += v;
        while (i < end && t[i] == ' ')
            i++;
    }
    return words >= 2 && sum >= 7 * (int)words;
}

/* "KARATAŞ, Hağla (MRN 557753)", "NASSER, Omar" over a note: a line that opens with a surname in
 * capitals, a comma and a capitalised given name, then a parenthesis or the line's end; neither
 * an ordinary word, the two name-shaped together. */
static size_t doc_caps_surname(const struct sc *s, const struct word *w);

/* The first tests with no frame (most capitals words have no ", " after them), the rest in
 * doc_caps_surname(). */
size_t nw_doc_caps_surname(const struct sc *s, const struct word *w)
{
    const uint8_t *t = s->t;
    size_t n = w->e - w->s;
    if (n < 3 || n > 24 || w->e + 3 >= s->len || t[w->e] != ',' || t[w->e + 1] != ' ' ||
        (w->s > 0 && t[w->s - 1] != '\n' && t[w->s - 1] != '\r'))
        return 0;
    return doc_caps_surname(s, w);
}

static __attribute__((noinline)) size_t doc_caps_surname(const struct sc *s, const struct word *w)
{
    const uint8_t *t = s->t;
    size_t n = w->e - w->s, g = w->e + 2, e = g;
    if (!nw_upper(t + g, s->len - g))
        return 0;
    while (e < s->len && e - g < 32) {
        size_t l = nw_letter(t + e, s->len - e);
        if (!l)
            break;
        e += l;
    }
    if (e - g < 3 || (e < s->len && !(t[e] == '\n' || t[e] == '\r' ||
                                      (t[e] == ' ' && e + 1 < s->len && t[e + 1] == '('))))
        return 0;
    char buf[48];
    unsigned fs = anon_names_lexicon((const char *)t + w->s, n),
             fg = anon_names_lexicon((const char *)t + g, e - g);
    if (((fs | fg) & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) || (fs && !nw_lexname(fs)) ||
        (fg && !nw_lexname(fg)) || nw_not_name(nw_fold_span(s, w->s, w->e, buf, sizeof buf)) ||
        nw_not_name(nw_fold_span(s, g, e, buf, sizeof buf)))
        return 0;
    int v = (fs ? 24 : nw_name_shape(t + w->s, n)) + (fg ? 24 : nw_name_shape(t + g, e - g));
    return v >= 14 ? e : 0;
}

/* Two initials or more and a surname, the run's last word ("J. M. Hossens", "A. A. Nwosu"): the
 * way a private person's name is abbreviated, whatever stands around it. The surname is a
 * lexicon name or unknown, no ordinary word ("U. S. Steel") and no product's. */
int nw_doc_initials_name(const struct sc *s, const struct word *run, size_t n)
{
    if (n < 3 || run[n - 1].shape != SH_NAME || run[n - 1].e - run[n - 1].s < 3)
        return 0;
    for (size_t k = 0; k + 1 < n; k++)
        if (run[k].shape != SH_INITIAL)
            return 0;
    unsigned f = run[n - 1].lex;
    char buf[48];
    return !(f & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) && (!f || nw_lexname(f)) &&
           !nw_not_name(nw_fold_span(s, run[n - 1].s, run[n - 1].e, buf, sizeof buf));
}
