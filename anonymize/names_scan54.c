/* names_scan54.c: a form's label in capitals that a scanner printed without its colon ("NOH  KELLER
 * ANNA", "ONOMA ¦ STAVROS VLACHOS", "NOHMBRE . X", "AP ELLIDOS ~ X", "SURNAME\tX"): the value
 * after it is read as names_labels7.c reads it after "LABEL:".
 *
 * The one thing to know: the line's shape must be LABEL <separator run> VALUE, where the run
 * opens with a space or a tab and is more than one space (two spaces, a tab, or a mark among
 * . | ~ _ : and ¦), the label opens its line or field and is a person's (read back through one
 * scanner misreading, names_scan53.c), and the value is read by labels7's rules (every item
 * name-shaped, ending where a field ends), so prose ("I GAVE THE NAME  X") names no one unless
 * its words are a label alone on their field. Asked only for a word in capitals that nothing else
 * took (names.c's capitals chain, last); nothing is allocated.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* The emit that counts what labels7 emitted and where the last name ended. */
struct counted {
    anon_names_emit_fn emit;
    void *arg;
    size_t end;
    int n;
};

static int count_emit(void *arg, int kind, size_t a, size_t b)
{
    struct counted *c = arg;
    c->n++;
    if (b > c->end)
        c->end = b;
    return c->emit(c->arg, kind, a, b);
}

/* The separator run before i (the value's first byte): its left end, or 0 when none is there.
 * A form in fixed-width columns pads its label with up to 40 spaces or a dot leader (caps61). */
static size_t sep_run(const uint8_t *t, size_t i)
{
    size_t k = i;
    int spaces = 0, tab = 0, mark = 0, dots = 0;
    while (k > 0 && i - k < 40) {
        uint8_t c = t[k - 1];
        if (c == ' ')
            spaces++;
        else if (c == '\t')
            tab = 1;
        else if (c == '.' || c == '|' || c == '~' || c == '_' || c == ':') {
            mark++;
            dots += c == '.';
        } else if (c == 0xA6 && k >= 2 && t[k - 2] == 0xC2) { /* "¦" */
            mark++;
            k--;
        } else
            break;
        k--;
    }
    if (k == 0 || k == i || (t[i - 1] != ' ' && t[i - 1] != '\t'))
        return 0;
    if (i - k > 10 && mark > dots + 1)
        return 0; /* a long run is a column's spaces or a dot leader, never a blank form's boxes
                   * ("PRENUME |_|_|_|   NĂSCUT LA") */
    if (t[k] != ' ' && t[k] != '\t' && !(t[k] == '.' && dots >= 3))
        return 0; /* a dot leader opens the run at the label's last letter: "NAME.....: X" */
    return tab || spaces >= 2 || mark ? k : 0;
}

/* Is the byte before k a field's end (a line, a tab, a bar, two spaces) or the text's start? */
static int field_start(const uint8_t *t, size_t k)
{
    if (k == 0)
        return 1;
    uint8_t c = t[k - 1];
    return c == '\n' || c == '\r' || c == '\t' || c == '|' ||
           (c == ' ' && k >= 2 && t[k - 2] == ' ') ||
           (c == ' ' && k >= 3 && t[k - 2] == 0xA6 && t[k - 3] == 0xC2);
}

static int person_class(int c)
{
    return c == NW_L7_FIELD || c == NW_L7_PERSON || c == NW_L7_PARTY || c == NW_L7_KIN ||
           c == NW_L7_OLD;
}

/* The label that ends at lb: capitals (a digit or a small l for a misread letter, single
 * spaces, dots, apostrophes) from the start of its field; its class, the last one to three of
 * its words tried when the whole is none ("TENANT NAME", "SPOUSE NOMBRE"). */
static int label_at(const struct sc *s, size_t lb)
{
    const uint8_t *t = s->t;
    size_t a = lb, words[4];
    int nw = 0, up = 0;
    while (a > 0 && lb - a < 40) {
        uint8_t c = t[a - 1];
        if (c == '\n' || c == '\r' || c == '\t' || c == '|')
            break;
        if (c == ' ') {
            if ((a >= 2 && t[a - 2] == ' ') || (a >= 3 && t[a - 2] == 0xA6 && t[a - 3] == 0xC2))
                break;
            if (nw < 4)
                words[nw++] = a;
        } else if (is_up(c) || c >= 0x80)
            up++;
        else if (!(is_digit(c) || c == 'l' || c == '.' || c == '\'' || c == '-' ||
                   nw_scanp58_slash(t, a)))
            return NW_L7_NONE; /* "NAME / SURNAME": names_scanp58.c */
        a--;
    }
    if (!up || !field_start(t, a) || lb - a < 2)
        return NW_L7_NONE;
    int c = nw_labels7_label_class(s, a, lb);
    for (int k = 0; !person_class(c) && k < nw && k < 3; k++)
        c = nw_labels7_label_class(s, words[k], lb);
    return person_class(c) ? c : NW_L7_NONE;
}

/* Words of a form's other fields (births, dates, signatures, stamps), folded with Latin
 * Extended-A lowered: a value holding one is the next field's label on a blank form ("NAMN
 * FÖDELSEDATUM", "NOMBRE  FIRMA"), no one's name. */
static int field_word(const char *f)
{
    static const char *const words[] = {"firma",         "podpis",       "unterschrift",
                                        "signature",     "imza",         "semnătura",
                                        "semnatura",     "aláírás",      "handtekening",
                                        "underskrift",   "assinatura",   "allekirjoitus",
                                        "datum",         "date",         "fecha",
                                        "data",          "dato",         "tarih",
                                        "tarihi",        "geburtsdatum", "födelsedatum",
                                        "fødselsdato",   "født",         "født.",
                                        "syntymäaika",   "születési",    "dátum",
                                        "doğum",         "dogum",        "nacimiento",
                                        "naissance",     "nascita",      "nascimento",
                                        "geboortedatum", "urodzenia",    "narození",
                                        "nașterii",      "naşterii",     "gennisis",
                                        "dob",           "birth",        "signed",
                                        "stamp",         "stempel",      "cachet",
                                        "sello",         "timbro",       "carimbo",
                                        "pieczęć",       "razítko",      "adresse",
                                        "address",       "adresa",       "adres",
                                        "telefon",       "phone",        "tel",
                                        "nationality",   "uyruk",        "sex",
                                        "grave",         "rank",         "room",
                                        "arrival",       "departure",    "sign",
                                        "strada",        "calea",        "str",
                                        "ulica",         "ul",           "odos",
                                        "leoforos",      "calle",        "via",
                                        "rua",           "rue",          "nr"};
    return NW_ONE_OF(f, words);
}

/* Does the value at v (before ve) hold a form's other field word among its first four words? */
static int holds_field(const struct sc *s, size_t v, size_t ve)
{
    const uint8_t *t = s->t;
    char b[48];
    for (size_t k = v, n = 0; k < ve && n < 4; n++) {
        size_t we = k;
        while (we < ve && t[we] != ' ')
            we++;
        if (n == 0 && nw_labels7_label_class(s, k, we) != NW_L7_NONE)
            return 1; /* "NOHMBRE": a misread label on a blank form */
        const char *f = nw_fold_span(s, k, we, b, sizeof b);
        if (*f) {
            nw_leaks46_fold_wide(b);
            if (field_word(b) || nw_labels7_class(b) != NW_L7_NONE)
                return 1;
        }
        k = we + 1;
    }
    return 0;
}

/* A register row's number opening its line before the separator that ends at k ("642\t",
 * "617 . ", "1. ", "12) "): a date ("25.04.2022", a statement's booking) or a postcode ("8000
 * AARHUS C") is none; after one space the number ends in '.' or ')'. */
static int row_number(const uint8_t *t, size_t k, int one)
{
    size_t e = k;
    if (one && (t[e - 1] == '.' || t[e - 1] == ')'))
        e--;
    else if (one)
        return 0;
    size_t a = e;
    while (a > 0 && e - a < 5 && is_digit(t[a - 1]))
        a--;
    return a < e && (a == 0 || t[a - 1] == '\n');
}

/* Two words or more before the value's first comma or its end: a row's name, not a heading. */
static int two_words(const uint8_t *t, size_t v, size_t ve)
{
    for (size_t k = v; k + 1 < ve && t[k] != ','; k++)
        if (t[k] == ' ' && is_up(t[k + 1]))
            return 1;
    return 0;
}

/* The separator before v: a run (sep_run), or one space (after a label that opens its line,
 * "NOME KARIMI FARHAD", or a row's number, "1. NGATA, TAMATI"); its left end, *one set for
 * the one space. */
static size_t sep_at(const uint8_t *t, size_t v, int *one)
{
    size_t k = sep_run(t, v);
    *one = 0;
    if (!k && t[v - 1] == ' ' && v >= 2 && t[v - 2] != ' ') {
        *one = 1;
        k = v - 1;
    }
    return k;
}

/* Is t[k .. le) only spaces and tabs (the cell is its line's last)? */
static int line_rest_blank(const uint8_t *t, size_t k, size_t le)
{
    while (k < le && (t[k] == ' ' || t[k] == '\t' || t[k] == '\r'))
        k++;
    return k >= le;
}

/* Does a cell end at the space t[k] ("  ", " . ", " ~ ", " _ ", " ¦ ")? */
static int cell_end(const uint8_t *t, size_t k, size_t le)
{
    if (t[k] != ' ' || k + 1 >= le)
        return 0;
    uint8_t c = t[k + 1];
    if (c == ' ')
        return 1;
    if ((c == '.' || c == '~' || c == '_') && k + 2 < le && t[k + 2] == ' ')
        return 1;
    return c == 0xC2 && k + 2 < le && t[k + 2] == 0xA6;
}

int nw_scan54_bare_label(struct sc *s, const struct word *w, size_t *next)
{
    const uint8_t *t = s->t;
    size_t v = w->s;
    if (v < 2)
        return 1;
    int one;
    size_t k = sep_at(t, v, &one);
    if (!k)
        return 1;
    size_t we = w->e; /* a row's or a one-space label's name: a second word in capitals */
    if (one && !(we + 2 < s->len &&
                 ((t[we] == ' ' && is_up(t[we + 1])) || (t[we] == ',' && t[we + 1] == ' '))))
        return 1;
    /* the cheap tests on the bytes before first; the line's end only then */
    int cls = NW_L7_NONE, row = is_digit(t[k - 1]) || t[k - 1] == ')' ||
                                (t[k - 1] == '.' && k >= 2 && is_digit(t[k - 2]));
    size_t lb = k;
    if (row) {
        if (!row_number(t, k, one) && !nw_scanp58_row(s, k, v, one))
            return 1;      /* names_scanp58.c: one space after a census count, a case number */
        cls = NW_L7_FIELD; /* a register's row: "642\tHADDAD RANIA\t07. 05. 1982" */
    } else {
        if (!(is_up(t[k - 1]) || t[k - 1] >= 0x80 || t[k - 1] == '.'))
            return 1;
        while (lb > 0 && t[lb - 1] == '.')
            lb--;  /* "NOME. ~ X" */
        if (one) { /* one space: the label, one word, opens its line; the value's first word
                    * no particle */
            if (w->e - w->s < 4)
                return 1;
            size_t a = lb;
            while (a > 0 && lb - a < 24 && t[a - 1] != '\n' && t[a - 1] != ' ')
                a--;
            if (a > 0 && t[a - 1] != '\n')
                return 1;
        }
    }
    if (!one)
        v = nw_scanp58_title(s, v, &we); /* "AZ-2343/23  MR. X, Y": names_scanp58.c */
    if (row && !(we + 2 < s->len &&
                 ((t[we] == ' ' && is_up(t[we + 1])) || (t[we] == ',' && t[we + 1] == ' '))))
        return 1;
    size_t le = nw_line_end_at(s, v), ve = v;
    if (le - v > 96)
        le = v + 96; /* a name's cell is short; a longer one is cut inside a word: none */
    while (ve < le && t[ve] != '\t' && t[ve] != '|' && !cell_end(t, ve, le))
        ve++;
    if (row && ve >= le)
        return 1; /* a register has another column after the name; a list's "2. RED BULL" none */
    if ((row || one) && !two_words(t, v, ve) && !(row && nw_scanp58_comma_name(t, v, ve)))
        return 1; /* two words or more: a row's or a one-space label's name */
    if (!one && !row && v - k > 10 && !two_words(t, v, ve) && !line_rest_blank(t, ve, le))
        return 1; /* a wide gap before one word and another cell: a table's header row
                   * ("NOME                  ADMISSÃO  HORAS"), not a padded field (caps61) */
    if (!row && !(cls = label_at(s, lb)))
        return 1;
    size_t nl = nw_line_end_at(s, v) + 1, lows = 0; /* a mixed-case table under a header row */
    for (size_t j = nl; j < s->len && j < nl + 40 && t[j] != '\n'; j++)
        lows += t[j] >= 'a' && t[j] <= 'z' && t[j] != 'l';
    if (lows >= 2)
        return 1;
    if (holds_field(s, v, ve))
        return 1;
    struct counted c = {s->emit, s->arg, 0, 0};
    s->emit = count_emit;
    s->arg = &c;
    int rc = nw_labels7_value_as(s, v, ve, cls);
    s->emit = c.emit;
    s->arg = c.arg;
    if (rc < 0)
        return rc;
    if (!c.n)
        return 1;
    *next = c.end;
    return 0;
}
