/* names_orgs39.c: a firm named like a person, told apart by the request itself: a one-word PERSON
 * finding that the same text writes elsewhere right before a legal form ("Brightwater Ltd"
 * earlier, "Brightwater confirmed" later) or whose letters are the host of a mail or web address
 * in it ("quotes@tessaro.it", "www.tessaro.it" beside "Tessaro"; a mailbox counts only when it
 * is a role box, as "ngozi@okonkwo.ng" may be a person's own) is an organisation everywhere in
 * that text: the mirror of the rule that a name found once is masked everywhere.
 *
 * anon_names_scan() (names.c) routes the scanner's emits through nw_orgs39_emit() first. The
 * firms of a text are gathered once, on its first PERSON finding that could be one, so PII-free
 * text pays nothing and other text one pass at most. When in doubt the finding stays: two words
 * (a person's own host spells both: "Joerg Hoh <joerg@joerghoh.de>"), a lexicon given name, a
 * title, a salutation or a label's colon before it, a firm whose name starts with a person's
 * ("Chidi Okafor Ltd" leaves "Okafor" alone), and a word the text also writes after a title or
 * a name ("Mr Okafor", "Chidi Okafor").
 */
#include "anonymize/names_internal.h"

#include <string.h>

static int upper_ascii(uint8_t c)
{
    return c >= 'A' && c <= 'Z';
}

static int word_byte(uint8_t c)
{
    return (c >= 'a' && c <= 'z') || upper_ascii(c) || is_digit(c) || c >= 0x80;
}

/* A capital opens the word at t[i]: an ASCII capital or a Latin-1 one ("É", "Ö": C3 80..9E). */
static int capital_at(const uint8_t *t, size_t len, size_t i)
{
    return upper_ascii(t[i]) ||
           (t[i] == 0xC3 && i + 1 < len && t[i + 1] >= 0x80 && t[i + 1] <= 0x9E);
}

/* Legal forms and the trade words of a firm's name, as written after it (case kept). */
static const char *const legal_forms[] = {
    "Ltd",  "Ltd.",  "Limited", "plc",      "PLC",         "Inc",      "Inc.",   "LLC",    "LLP",
    "Corp", "Corp.", "GmbH",    "AG",       "KG",          "SA",       "S.A.",   "SAS",    "SARL",
    "BV",   "B.V.",  "NV",      "N.V.",     "S.L.",        "SL",       "S.p.A.", "SpA",    "S.r.l.",
    "Srl",  "Lda",   "Lda.",    "Ltda",     "Ltda.",       "Oy",       "AB",     "ApS",    "A/S",
    "Pty",  "Group", "Holding", "Holdings", "Corporation", "S.à r.l.", "S.A.S.", "GmbH&Co"};

/* Is t[i ..) one of the legal forms, ending its word? Its length, or 0. */
static size_t legal_form_at(const uint8_t *t, size_t len, size_t i)
{
    if (i >= len || !(upper_ascii(t[i]) || (t[i] >= 'a' && t[i] <= 'z')))
        return 0;
    for (size_t k = 0; k < sizeof legal_forms / sizeof *legal_forms; k++) {
        size_t n = strlen(legal_forms[k]);
        if (i + n <= len && memcmp(t + i, legal_forms[k], n) == 0 &&
            (i + n == len || !word_byte(t[i + n]) || t[i + n - 1] == '.'))
            return n;
    }
    return 0;
}

/* Folds t[a .. e) to lower-case ASCII letters and digits (spaces, hyphens, apostrophes, dots
 * dropped; Latin-1 letters to their base letter) into out (cap bytes): its length, or 0 when it
 * does not fit or holds a byte it cannot fold. */
static size_t fold_letters(const uint8_t *t, size_t a, size_t e, char *out, size_t cap)
{
    /* C3 80..BF: À..ÿ to their base letters ('\0': no letter) */
    static const char latin1[] = "aaaaaaaceeeeiiiidnooooo\0ouuuuyts"
                                 "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";
    size_t o = 0;
    for (size_t i = a; i < e; i++) {
        uint8_t c = t[i];
        char f;
        if (c >= 'A' && c <= 'Z')
            f = (char)(c + 32);
        else if ((c >= 'a' && c <= 'z') || is_digit(c))
            f = (char)c;
        else if (c == ' ' || c == '-' || c == '\'' || c == '.')
            continue;
        else if (c == 0xC3 && i + 1 < e && t[i + 1] >= 0x80 && t[i + 1] <= 0xBF &&
                 latin1[t[i + 1] - 0x80]) {
            f = latin1[t[i + 1] - 0x80];
            i++;
        } else
            return 0;
        if (o == cap)
            return 0;
        out[o++] = f;
    }
    return o;
}

/* The firms of the text (struct nw_orgs39_firms, names_internal.h), gathered once: the
 * capitalised words before a legal form (up to three: "Okafor", "Maison Ravel") and the labels
 * of mail and web hosts, folded. */
#define ORG_MAX NW_ORGS39_MAX
#define ORG_LEN NW_ORGS39_LEN

/* The start of the run of up to three capitalised words that ends at e (spaces between). */
static size_t words_before(const uint8_t *t, size_t len, size_t e)
{
    size_t a = e;
    for (int w = 0; w < 3; w++) {
        size_t i = a;
        while (i > 0 && (word_byte(t[i - 1]) || t[i - 1] == '-'))
            i--;
        if (i == a || !capital_at(t, len, i))
            break;
        a = i;
        if (a < 2 || t[a - 1] != ' ' || !word_byte(t[a - 2]))
            break;
        a--; /* over the space; undone below when no word precedes */
    }
    while (a < e && t[a] == ' ')
        a++;
    return a;
}

/* A lexicon given name opens t[a .. e): a firm named after a person ("Maria Keller GmbH",
 * "Bella Ltd"), or a finding that may be one ("Alice" beside "bob@alice.it"). */
static int given_first(const uint8_t *t, size_t a, size_t e)
{
    size_t m = a;
    while (m < e && t[m] != ' ')
        m++;
    return (anon_names_lexicon((const char *)t + a, m - a) & ANON_NL_GIVEN) != 0;
}

static void add_words(struct nw_orgs39_firms *g, const uint8_t *t, size_t a, size_t e)
{
    if (g->n == ORG_MAX || a >= e || e - a > ORG_LEN || given_first(t, a, e))
        return;
    g->o[g->n].host = 0;
    g->o[g->n].a = a;
    g->o[g->n].e = e;
    g->o[g->n].nfold = 0;
    g->n++;
}

static void add_host(struct nw_orgs39_firms *g, const uint8_t *t, size_t a, size_t e)
{
    if (g->n == ORG_MAX || e - a < 3)
        return;
    size_t n = fold_letters(t, a, e, g->o[g->n].fold, ORG_LEN);
    if (n < 3)
        return;
    g->o[g->n].host = 1;
    g->o[g->n].nfold = n;
    g->n++;
}

/* The labels of the host that starts at t[i]: all but its last (the top-level domain). */
static void add_host_labels(struct nw_orgs39_firms *g, const uint8_t *t, size_t len, size_t i)
{
    size_t a = i;
    for (size_t k = i;; k++) {
        int end = k == len || !(word_byte(t[k]) || t[k] == '-' || t[k] == '.');
        if (end || t[k] == '.') {
            if (end || k + 1 >= len || !word_byte(t[k + 1]))
                return; /* the last label: the top-level domain */
            if (!(k - a == 3 && memcmp(t + a, "www", 3) == 0))
                add_host(g, t, a, k);
            a = k + 1;
        }
        if (end)
            return;
    }
}

/* Is the mailbox that ends at t[at] (its '@') a firm's role box ("billing@", "rechnung@")? A
 * person's own mailbox may be on a host that spells the person ("ngozi@okonkwo.ng"). */
static int role_box(const uint8_t *t, size_t at)
{
    static const char *const boxes[] = {
        "info",       "sales",    "billing",     "accounts",    "invoices",     "invoice",
        "contact",    "support",  "hello",       "office",      "admin",        "service",
        "team",       "hr",       "jobs",        "careers",     "press",        "noreply",
        "no-reply",   "orders",   "quotes",      "procurement", "purchasing",   "rechnung",
        "rechnungen", "kontakt",  "buchhaltung", "compta",      "facturation",  "factuur",
        "facturen",   "facturas", "facturacion", "fatture",     "fatturazione", "faturas",
        "contacto",   "contatto", "ventas",      "vendite",     "vendas",       "verkoop",
        "vertrieb",   "ventes",   "commercial"};
    size_t a = at;
    while (a > 0 && (word_byte(t[a - 1]) || t[a - 1] == '-' || t[a - 1] == '.' || t[a - 1] == '_'))
        a--;
    size_t n = at - a;
    for (size_t k = 0; k < sizeof boxes / sizeof *boxes; k++) {
        if (strlen(boxes[k]) != n)
            continue;
        size_t q = 0;
        while (q < n && (upper_ascii(t[a + q]) ? t[a + q] + 32 : t[a + q]) == (uint8_t)boxes[k][q])
            q++;
        if (q == n)
            return 1;
    }
    return 0;
}

static void gather(struct nw_orgs39_firms *g, const uint8_t *t, size_t len)
{
    g->ready = 1;
    g->n = 0;
    for (size_t i = 1; i < len && g->n < ORG_MAX; i++) {
        uint8_t c = t[i];
        if (c == '@' && word_byte(t[i - 1]) && role_box(t, i))
            add_host_labels(g, t, len, i + 1);
        else if (c == '/' && i >= 2 && t[i - 1] == '/' && t[i - 2] == ':')
            add_host_labels(g, t, len, i + 1);
        else if (c == 'w' && i + 4 < len && !word_byte(t[i - 1]) && memcmp(t + i, "www.", 4) == 0)
            add_host_labels(g, t, len, i);
        else if (upper_ascii(c) || (c >= 'a' && c <= 'z')) {
            if (word_byte(t[i - 1]))
                continue;
            size_t n = legal_form_at(t, len, i);
            if (!n)
                continue;
            size_t j = i; /* "Okafor Ltd", "Okafor, Ltd." */
            if (t[j - 1] != ' ')
                continue;
            j--;
            if (j > 0 && t[j - 1] == ',')
                j--;
            add_words(g, t, words_before(t, len, j), j);
            i += n - 1;
        }
    }
}

/* Does a title or a salutation end at t[.. k) ("Mr", "Dr.", "sig.ra", "Frau", "Dear")? */
static int title_before(const uint8_t *t, size_t k)
{
    if (k > 0 && t[k - 1] == '.')
        k--;
    size_t w = k;
    while (w > 0 && (word_byte(t[w - 1]) || (t[w - 1] == '.' && w >= 2 && word_byte(t[w - 2]))))
        w--;
    if (w == k || k - w > 15)
        return 0;
    char fw[16];
    for (size_t q = w; q < k; q++)
        fw[q - w] = (char)(upper_ascii(t[q]) ? t[q] + 32 : t[q]);
    fw[k - w] = '\0';
    return nw_honorific(fw) || nw_salutation(fw);
}

/* Is t[a .. e) also written after a title, a salutation, a lexicon given name or a capitalised
 * word that is no ordinary word somewhere in the text ("Mr Okafor", "Dear Okafor", "Chidi
 * Okafor"; not "At Okafor")? */
static int namesake(const uint8_t *t, size_t len, size_t a, size_t e)
{
    size_t n = e - a;
    for (size_t i = 0; i + n <= len; i++) {
        if (t[i] != t[a] || memcmp(t + i, t + a, n) != 0)
            continue;
        if ((i > 0 && word_byte(t[i - 1])) || (i + n < len && word_byte(t[i + n])))
            continue;
        size_t k = i;
        while (k > 0 && t[k - 1] == ' ')
            k--;
        if (k == i || k == 0)
            continue;
        if (title_before(t, k))
            return 1;
        size_t w = k;
        while (w > 0 && word_byte(t[w - 1]))
            w--;
        if (w < k && capital_at(t, len, w)) {
            int lx = anon_names_lexicon((const char *)t + w, k - w);
            if ((lx & ANON_NL_GIVEN) || !(lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)))
                return 1; /* "Chidi Okafor", but not "At Okafor" */
        }
    }
    return 0;
}

/* Does the text say t[a .. e) is a firm: its words before a legal form elsewhere, or its
 * letters a host's label? */
static int firm_of_text(struct nw_orgs39_firms *g, const uint8_t *t, size_t a, size_t e)
{
    char f[ORG_LEN];
    size_t nf = 0;
    for (size_t k = 0; k < g->n; k++) {
        if (!g->o[k].host) {
            size_t n = g->o[k].e - g->o[k].a;
            if (g->o[k].a == a)
                continue; /* the finding itself, before its legal form */
            /* the whole run only: the first word of "Chidi Okafor Ltd" may be a person's */
            if (n == e - a && memcmp(t + g->o[k].a, t + a, n) == 0)
                return 1;
            continue;
        }
        if (!nf && !(nf = fold_letters(t, a, e, f, sizeof f)))
            return 0;
        if (g->o[k].nfold == nf && memcmp(g->o[k].fold, f, nf) == 0)
            return 1;
    }
    return 0;
}

/* Could t[a .. e) be a firm's bare name: one capitalised word, no lexicon given name, and no
 * title, salutation or label's colon before it? Two words stay: a person's own mail host spells
 * both ("Joerg Hoh <joerg@joerghoh.de>", outside_names' Debian copyright lines). */
static int bare_firm_shape(const uint8_t *t, size_t len, size_t a, size_t e)
{
    if (e - a < 2 || e - a > ORG_LEN || !capital_at(t, len, a))
        return 0;
    for (size_t i = a; i < e; i++)
        if (!word_byte(t[i]) && t[i] != '-')
            return 0; /* "Balint Reczey" beside "balint@balintreczey.hu": a person's own host */
    if (anon_names_lexicon((const char *)t + a, e - a) & ANON_NL_GIVEN)
        return 0; /* "Alice" beside "bob@alice.it": a given name stays a person */
    size_t k = a;
    while (k > 0 && t[k - 1] == ' ')
        k--;
    if (k > 0 && (t[k - 1] == ':' || t[k - 1] == '='))
        return 0;
    return !title_before(t, k);
}

int nw_orgs39_emit(void *arg, int kind, size_t a, size_t e)
{
    struct nw_orgs39 *p = arg;
    const uint8_t *t = p->t;
    if (kind == ANON_NAMES_PERSON && a < e && bare_firm_shape(t, p->len, a, e)) {
        struct nw_orgs39_firms *g = &p->orgs;
        if (!g->ready)
            gather(g, t, p->len);
        if (g->n && firm_of_text(g, t, a, e) && !namesake(t, p->len, a, e))
            return 0;
    }
    return p->emit(p->arg, kind, a, e);
}
