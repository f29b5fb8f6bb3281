/* names_dob45.c: dates of birth that forms show by their slot, their mark or their markup
 * (branch dob45, issue 15), written after gen_dob45.py (the seventeenth blind set's kinds of
 * text: registers, enrolments, waivers, fertility and guardianship files, divorce settlements,
 * licences, passes) had been graded and its misses grouped by mechanism.
 *
 * A date the date reader read and no birth test took is a birth when:
 * - it fills a person's identity slot with no birth word: a donor's, a recipient's, a co-holder's,
 *   a participant's or a child's label (`Donor: X, 03/10/1992`, `Kind 1: Lea (03.10.2015) —
 *   Klavier`), an item of a list under such a label (`Kinder:\n- Lea 03.10.2015`), the ward a
 *   court order names at its head (`In der Betreuungssache\nX, 12.03.1941,\nwohnhaft ...`);
 * - a mark stands right before it that the shared lists leave out for their other readings: `NE
 *   LE` in capitals, Hungarian `sz.`, Greek `g.`, Turkish `d.` (in Turkish text only: English
 *   `d.` is "died"), any mark after a maiden name's `; `;
 * - a birth label follows it in brackets or after a dash (`17. 4. 1991  (Dat. nar.)`), or a
 *   table's head names its column by a mark alone (`| f. |`);
 * - the element around it says birth (`<patientbirthdate>`, `<BirthDt>`);
 * - a delivery word labels it and a time follows it (`Synnytys: 27.3.2020, 07.46`); English
 *   `Delivery` only beside a newborn's words (a catering order is delivered at a time too).
 * And nw_dob45_veto(): a date whose own label after it names another event (`14. března 2021
 * (Datum vydání)`) is no birth, whatever label stands on the line above.
 *
 * The one thing to know: every test starts from the bytes right before or after the date and
 * reads its own line and a few lines above, bounded; nothing here allocates.
 */
#include <stdint.h>
#include <string.h>

#include "anonymize/names_internal.h"

/* Does t[k ..) start with w, ASCII letters folded (w lower case, UTF-8 as written)? */
static int ci_at(const uint8_t *t, size_t len, size_t k, const char *w)
{
    size_t n = strlen(w);
    if (k + n > len)
        return 0;
    for (size_t q = 0; q < n; q++) {
        uint8_t c = t[k + q];
        if (c >= 'A' && c <= 'Z')
            c |= 32;
        if (c != (uint8_t)w[q])
            return 0;
    }
    return 1;
}

/* Does a word of stems start somewhere in t[a .. b) (at a word's start)? */
static int stem_in(const uint8_t *t, size_t len, size_t a, size_t b, const char *const *stems,
                   size_t n)
{
    for (size_t k = a; k < b; k++) {
        if (k > a && (is_alnum(t[k - 1]) || t[k - 1] >= 0x80))
            continue;
        for (size_t j = 0; j < n; j++)
            if (ci_at(t, len, k, stems[j]) && k + strlen(stems[j]) <= b)
                return 1;
    }
    return 0;
}
#define STEM_IN(t, len, a, b, list)                                                                \
    stem_in((t), (len), (a), (b), (list), sizeof(list) / sizeof(*(list)))

/* A year no event of these forms has yet: before last year (a two-digit year passes). */
static int old_enough(const uint8_t *t, size_t ds, size_t e)
{
    unsigned y = nw_year4(t, ds, e);
    return y ? y >= 1890 && y + 1 < nw_dob10_this_year() : e - ds <= 8;
}

/* The labels of an identity slot: donors, recipients, co-holders, participants, children, wards
 * (en, de, fr, nl, es, it, pt, pl, sv, da, no, fi, cs, hu, tr, ro, el). */
static const char *const slot_stems[] = {"donor",
                                         "donat",
                                         "donneu",
                                         "donante",
                                         "dador",
                                         "dawc",
                                         "d\303\241rk",
                                         "spender",
                                         "recipient",
                                         "receveu",
                                         "receptor",
                                         "ricevent",
                                         "recetor",
                                         "biorc",
                                         "p\305\231\303\255jem",
                                         "empf\303\244nger",
                                         "ontvanger",
                                         "co-holder",
                                         "coholder",
                                         "joint holder",
                                         "mitinhaber",
                                         "cotitulaire",
                                         "participant",
                                         "teilnehm",
                                         "deelnem",
                                         "partecipant",
                                         "uczestni",
                                         "deltag",
                                         "osallistu",
                                         "\303\272\304\215astn",
                                         "r\303\251sztvev",
                                         "kat\304\261l\304\261mc",
                                         "child",
                                         "kind",
                                         "enfant",
                                         "hijo",
                                         "figli",
                                         "filho",
                                         "dziec",
                                         "barn",
                                         "b\303\270rn",
                                         "laps",
                                         "d\303\255t",
                                         "d\304\233t",
                                         "gyermek",
                                         "\303\247ocuk",
                                         "\303\207ocuk",
                                         "copi",
                                         "paidi",
                                         "ward",
                                         "m\303\274ndel"};

/* Words that open a line after a ward's name: where the ward lives. */
static const char *const residence[] = {
    "wohnhaft", "of ",          "residing", "resident",      "demeurant",    "domicili",
    "wonende",  "residente",    "bytem",    "lakc\303\255m", "lakik",        "zamieszka",
    "bosatt",   "bop\303\246l", "asuu",     "ikamet",        "with address", "address"};
/* Lines that introduce the person a court order is about. */
static const char *const party[] = {"in the matter of",
                                    "betreuungssache",
                                    "betroffene",
                                    "concernant",
                                    "betreft",
                                    "beneficiari",
                                    "opatrovan",
                                    "gondnokolt",
                                    "in re ",
                                    "regarding",
                                    "concerning",
                                    "person concerned",
                                    "personne prot\303\251g\303\251e",
                                    "majeur prot\303\251g\303\251",
                                    "curatel",
                                    "tutela"};

/* The end of a run of one to four capitalised words (a person's name) that starts at a, before
 * lim; a particle may stand between them. a itself when none. */
static size_t name_run(const uint8_t *t, size_t len, size_t a, size_t lim)
{
    size_t k = a, end = a;
    for (int w = 0; w < 4 && k < lim; w++) {
        size_t ws = k;
        int up = nw_upper(t + k, len - k) != 0;
        while (k < lim &&
               (nw_letter(t + k, len - k) || t[k] >= 0x80 || t[k] == '-' || t[k] == '\''))
            k++;
        if (k == ws || (!up && !(k - ws <= 3)))
            break;
        if (up)
            end = k;
        if (k >= lim || t[k] != ' ')
            break;
        k++;
    }
    return end;
}

/* Does the date [ds, e) end its item: its line, a bracket that ends the line, or a dash and a
 * note (`(03.10.2015) — Klavier`)? */
static int item_ends(const uint8_t *t, size_t len, size_t e)
{
    size_t k = e;
    if (k < len && t[k] == ')')
        k++;
    if (k < len && (t[k] == ',' || t[k] == '.') && (k + 1 >= len || t[k + 1] == '\n'))
        k++; /* "Name, DATE," before an address line; Hungarian "2018.05.28." */
    while (k < len && t[k] == ' ')
        k++;
    if (k >= len || t[k] == '\n' || t[k] == '\r')
        return 1;
    return (t[k] == '-' && k + 1 < len && t[k + 1] == ' ') ||
           (k + 3 < len && t[k] == 0xE2 && t[k + 1] == 0x80 &&
            (t[k + 2] == 0x93 || t[k + 2] == 0x94));
}

/* The separator between a name and its date, right before ds: ", ", " (", "  ", " – ", " - ",
 * " ". Its start, or SIZE_MAX. */
static size_t sep_before(const uint8_t *t, size_t ds)
{
    if (ds >= 2 && t[ds - 1] == ' ' && (t[ds - 2] == ',' || t[ds - 2] == '-'))
        return t[ds - 2] == '-' && ds >= 3 && t[ds - 3] == ' ' ? ds - 3
               : t[ds - 2] == ','                              ? ds - 2
                                                               : SIZE_MAX;
    if (ds >= 2 && t[ds - 1] == '(' && t[ds - 2] == ' ')
        return ds - 2;
    if (ds >= 5 && t[ds - 1] == ' ' && t[ds - 2] >= 0x93 && t[ds - 2] <= 0x94 &&
        t[ds - 3] == 0x80 && t[ds - 4] == 0xE2 && t[ds - 5] == ' ')
        return ds - 5;
    if (ds >= 1 && t[ds - 1] == ' ') {
        size_t k = ds - 1;
        while (k > 0 && t[k - 1] == ' ')
            k--;
        return k;
    }
    return SIZE_MAX;
}

/* Does the label t[a .. b) name an identity slot, and no date of another kind ("Children
 * enrolled this term, with their start dates:")? */
static int slot_label(const uint8_t *t, size_t len, size_t a, size_t b)
{
    static const char *const dates[] = {"date",   "datum", "daten",  "fecha",  "data ",
                                        "termin", "start", "rendez", "afspra", "cita "};
    return STEM_IN(t, len, a, b, slot_stems) && !STEM_IN(t, len, a, b, dates);
}

/* Is t[a .. b) a bullet of a list item: "-", "*", "+", "•", "1.", "2)"? */
static int bullet(const uint8_t *t, size_t a, size_t b)
{
    if (b == a + 1 && (t[a] == '-' || t[a] == '*' || t[a] == '+'))
        return 1;
    if (b == a + 3 && t[a] == 0xE2 && t[a + 1] == 0x80 && t[a + 2] == 0xA2)
        return 1;
    size_t k = a;
    while (k < b && is_digit(t[k]))
        k++;
    return k > a && k + 1 == b && (t[k] == '.' || t[k] == ')');
}

/* A person's identity slot: "Label: Name, DATE" on one line with a slot label, or "Name DATE"
 * as a list item under a slot label's line; the date ends the item. */
static int identity_slot(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    size_t sep = sep_before(t, ds);
    if (sep == SIZE_MAX || !item_ends(t, s->len, e) || !old_enough(t, ds, e))
        return 0;
    size_t ls = nw_line_start(s, ds);
    if (ds - ls > 160)
        return 0;
    size_t colon = SIZE_MAX;
    for (size_t k = ls; k < sep; k++)
        if (t[k] == ':')
            colon = k;
    size_t ns = colon == SIZE_MAX ? ls : colon + 1, pre;
    while (ns < sep && t[ns] == ' ')
        ns++;
    pre = ns; /* a list item's bullet before the name */
    while (pre < sep && t[pre] != ' ')
        pre++;
    if (colon == SIZE_MAX) { /* a list item: a bullet or an indent before the name */
        if (pre < sep && bullet(t, ns, pre)) {
            ns = pre;
            while (ns < sep && t[ns] == ' ')
                ns++;
        } else if (ns == ls) {
            return 0; /* "Signed 2022-07-19" under the list: no item of it */
        }
    }
    if (ns >= sep || !nw_upper(t + ns, s->len - ns) || sep - ns > 64)
        return 0;
    for (size_t k = ns; k < sep; k++) /* one to four words of a name, "Surname, Given" too */
        if (!(nw_letter(t + k, s->len - k) || t[k] >= 0x80 || t[k] == ' ' || t[k] == '-' ||
              t[k] == '\'' || t[k] == ','))
            return 0;
    if (colon != SIZE_MAX) /* "Donor: X, DATE", "Kind 1: Lea (DATE) — Klavier" */
        return slot_label(t, s->len, ls, colon);
    /* up through the list's other items to its label, a line that ends with ':' */
    size_t q = ls;
    for (int lines = 0; lines < 8 && q > 0 && ls - q < 600; lines++) {
        size_t le = q - 1, ps = nw_line_start(s, le);
        size_t z = le;
        while (z > ps && (t[z - 1] == ' ' || t[z - 1] == '\r'))
            z--;
        if (z == ps)
            return 0; /* a blank line */
        if (t[z - 1] == ':')
            return slot_label(t, s->len, ps, z - 1);
        if (memchr(t + ps, ':', z - ps))
            return 0; /* another field */
        q = ps;
    }
    return 0;
}

/* The ward a court order names at its head: "X, DATE," alone on its line, under a line that
 * introduces a party or above a line that says where X lives. */
static int ward_line(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    if (ds < 4 || t[ds - 1] != ' ' || t[ds - 2] != ',' || !old_enough(t, ds, e))
        return 0;
    size_t k = e;
    if (k < s->len && t[k] == ',')
        k++;
    if (k < s->len && t[k] != '\n')
        return 0;
    size_t ls = nw_line_start(s, ds);
    if (ls == 0 || !nw_upper(t + ls, s->len - ls) || ds - ls > 64 ||
        name_run(t, s->len, ls, ds - 2) != ds - 2)
        return 0;
    for (size_t j = 0; k + 1 < s->len && j < sizeof residence / sizeof *residence; j++)
        if (ci_at(t, s->len, k + 1, residence[j]))
            return 1;
    size_t ps = nw_line_start(s, ls - 1);
    return ls - 1 - ps < 64 && STEM_IN(t, s->len, ps, ls - 1, party);
}

/* Does the line around p hold a letter only Turkish writes (ğ, ş, ı, İ)? */
static int turkish_near(const uint8_t *t, size_t len, size_t p)
{
    size_t a = p > 160 ? p - 160 : 0, z = p + 160 < len ? p + 160 : len;
    for (size_t k = a; k + 1 < z; k++)
        if ((t[k] == 0xC4 && (t[k + 1] == 0x9F || t[k + 1] == 0xB1 || t[k + 1] == 0xB0)) ||
            (t[k] == 0xC5 && t[k + 1] == 0x9F))
            return 1;
    return 0;
}

/* The marks of a maiden name before the "; " of a family sheet's line. */
static const char *const maiden_marks[] = {"o.s.",
                                           "f. ",
                                           "geb. ",
                                           "n\303\251e ",
                                           "de soltera",
                                           "k\304\261zl\304\261k",
                                           "z d.",
                                           "roz.",
                                           "nata ",
                                           "nascida",
                                           "n\304\203scut\304\203",
                                           "to genos",
                                           "sz\303\274l."};

/* A birth mark right before ds that the shared lists leave out. */
static int mark_before(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    if (ds < 4 || t[ds - 1] != ' ')
        return 0;
    size_t m = ds - 1; /* the mark ends at m */
    if (m >= 5 && memcmp(t + m - 5, "NE LE", 5) == 0)
        return m == 5 || t[m - 6] == ' ' || t[m - 6] == ',' || t[m - 6] == '\n';
    if (m >= 6 &&
        (memcmp(t + m - 6, "NEE LE", 6) == 0 || memcmp(t + m - 6, "N\303\211 LE", 6) == 0))
        return 1;
    if (m >= 4 && t[m - 1] == '.' && t[m - 2] == 'z' && t[m - 3] == 's' &&
        (t[m - 4] == ' ' || t[m - 4] == '('))
        return 1; /* Hungarian "sz." */
    if (m >= 3 && t[m - 1] == '.' && (t[m - 2] == 'g' || t[m - 2] == 'd') && t[m - 3] == ' ') {
        size_t w = m - 3;
        if (!(w >= 1 && (t[w - 1] == ',' || nw_letter(t + w - 1, 1) || t[w - 1] >= 0x80)))
            return 0;
        return t[m - 2] == 'g' || turkish_near(t, s->len, ds);
    }
    /* a mark after a maiden name and its "; ": "X o.s. Y; * 3.5.1926", "z d. Y; ur. ..." */
    size_t k = m;
    while (k > 0 && m - k < 7 && t[k - 1] != ' ' && t[k - 1] != '\n')
        k--;
    if (!(k >= 2 && t[k - 1] == ' ' && t[k - 2] == ';' && k < m &&
          (t[k] == '*' || (t[m - 1] == '.' && nw_letter(t + k, 1)))))
        return 0;
    size_t ls = nw_line_start(s, k);
    if (k - ls >= 120 || (t[k] == 'd' && !turkish_near(t, s->len, ds)))
        return 0;
    for (size_t q = ls; q + 2 < k; q++) /* the maiden mark has a name after it, not a date */
        for (size_t j = 0; j < sizeof maiden_marks / sizeof *maiden_marks; j++)
            if (ci_at(t, k - 2, q, maiden_marks[j])) {
                size_t v = q + strlen(maiden_marks[j]);
                while (v < k && t[v] == ' ')
                    v++;
                if (v < k && nw_upper(t + v, k - v))
                    return 1;
            }
    return 0;
}

/* A birth label after the date: in brackets, square brackets or after a dash, a birth word
 * after a few words ("(F. nacimiento)", "(Dat. nar.)", "— imerominia gennisis"). */
static size_t label_after_at(const uint8_t *t, size_t len, size_t e)
{
    size_t k = e;
    while (k < len && k - e < 4 && t[k] == ' ')
        k++;
    if (k == e || k >= len)
        return 0;
    if (t[k] == '(' || t[k] == '[')
        return k + 1;
    if (t[k] == '-' && k + 1 < len && t[k + 1] == ' ')
        return k + 2; /* the detection view writes every dash '-' */
    if (k + 3 < len && t[k] == 0xE2 && t[k + 1] == 0x80 && (t[k + 2] == 0x93 || t[k + 2] == 0x94) &&
        t[k + 3] == ' ')
        return k + 4;
    return 0;
}

static int label_after(const struct sc *s, size_t e, int birth)
{
    static const char *const events[] = {"dat",
                                         "fecha",
                                         "imerominia",
                                         "tarih",
                                         "kelt",
                                         "dato",
                                         "ki\303\241ll\303\255t",
                                         "ekdos",
                                         "sign",
                                         "firma",
                                         "issue",
                                         "ausstell",
                                         "expir",
                                         "valid",
                                         "g\303\274ltig"};
    const uint8_t *t = s->t;
    size_t a = label_after_at(t, s->len, e);
    if (!a)
        return 0;
    size_t z = a; /* the label ends its bracket or its line, short and with no field after it */
    while (z < s->len && z - a < 40 && t[z] != ')' && t[z] != ']' && t[z] != '\n' && t[z] != ':' &&
           t[z] != '(')
        z++;
    if (z - a >= 40 || (z < s->len && (t[z] == ':' || t[z] == '(')))
        return 0;
    /* a birth word first or second ("(F. nacimiento)", not "(Sandrine Martin and the birthday
       list)"); another event's label of three words at most, with no birth word at all */
    int first = 0, any = 0, words = 0;
    for (size_t k = a; k < z; k++)
        if (k == a || !(is_alnum(t[k - 1]) || t[k - 1] >= 0x80)) {
            if (nw_birth_word_at(s, k, z)) {
                any = 1;
                first |= words < 2;
            } else if (is_alnum(t[k]) || t[k] >= 0x80) {
                words++;
            }
        }
    if (birth)
        return first;
    return !any && words <= 3 && STEM_IN(t, s->len, a, z, events);
}

/* The cell index of p on its line, counted by '|' from the line's start ls. */
static size_t cell_of(const uint8_t *t, size_t ls, size_t p)
{
    size_t n = 0;
    for (size_t k = ls; k < p; k++)
        n += t[k] == '|';
    return n;
}

/* A pipe table's head, the first line of its block, names the date's column by a mark alone. */
static int mark_column(const struct sc *s, size_t ds)
{
    static const char *const marks[] = {"f.",  "f",    "*",           "s.",
                                        "n.",  "nar.", "ur.",         "sz\303\274l.",
                                        "sz.", "d.t.", "f\303\270dt", "f\303\266dd"};
    const uint8_t *t = s->t;
    size_t ls = nw_line_start(s, ds);
    if (ls >= s->len || t[ls] != '|' || ls == 0)
        return 0;
    size_t col = cell_of(t, ls, ds), head = ls;
    for (int lines = 0; lines < 12 && head > 0; lines++) {
        size_t ps = nw_line_start(s, head - 1);
        if (ps >= head - 1 || t[ps] != '|')
            break;
        head = ps;
    }
    if (head == ls)
        return 0;
    size_t k = head, n = 0;
    while (k < s->len && t[k] != '\n' && n < col)
        n += t[k++] == '|';
    if (n != col)
        return 0;
    while (k < s->len && t[k] == ' ')
        k++;
    size_t z = k;
    while (z < s->len && t[z] != '|' && t[z] != '\n')
        z++;
    while (z > k && t[z - 1] == ' ')
        z--;
    for (size_t j = 0; j < sizeof marks / sizeof *marks; j++)
        if (z - k == strlen(marks[j]) && ci_at(t, s->len, k, marks[j]))
            return 1;
    return 0;
}

int nw_dob45_xml_birth(const struct sc *s, size_t ds)
{
    static const char *const tags[] = {"birth", "dob",   "geburt", "nascit",
                                       "nacim", "naiss", "geboor", "dtofbirth"};
    const uint8_t *t = s->t;
    if (ds < 4 || t[ds - 1] != '>')
        return 0;
    size_t lt = ds - 1;
    while (lt > 0 && ds - lt < 40 && t[lt - 1] != '<' &&
           (is_alnum(t[lt - 1]) || t[lt - 1] == '_' || t[lt - 1] == ':' || t[lt - 1] == '-'))
        lt--;
    if (lt == 0 || t[lt - 1] != '<' || lt == ds - 1)
        return 0;
    for (size_t k = lt; k < ds - 1; k++)
        for (size_t j = 0; j < sizeof tags / sizeof *tags; j++)
            if (ci_at(t, ds - 1, k, tags[j]))
                return 1;
    return 0;
}

/* The words of a delivery, as a birth record labels the day a child was born, with their
 * lengths (asked at every date a time follows: log timestamps too). */
static const struct {
    const char *w;
    uint8_t n;
} delivery[] = {{"delivery", 8},
                {"entbindung", 10},
                {"accouchement", 12},
                {"bevalling", 9},
                {"parto", 5},
                {"por\303\263d", 6},
                {"porod", 5},
                {"f\303\266rlossning", 12},
                {"f\303\270dsel", 7},
                {"synnytys", 8},
                {"sz\303\274l\303\251s", 8},
                {"do\304\237um", 6},
                {"na\310\231tere", 8},
                {"na\305\237tere", 8},
                {"nastere", 7},
                {"toketos", 7}};
/* A newborn's words beside an English "Delivery". */
static const char *const newborn[] = {"apgar",     "newborn", "baby",   "neonat", "midwife",
                                      "gestation", "labour",  "labor ", "edd"};

int nw_dob45_delivery(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    size_t p = ds;
    while (p > 0 && ds - p < 3 && (t[p - 1] == ' ' || t[p - 1] == ':'))
        p--;
    /* the word's last letter first: every delivery word ends in one of these (timestamps in
       logs come here at every date a time follows) */
    if (p == ds || p < 5)
        return 0;
    switch (t[p - 1] | 32) {
    case 'y':
    case 'g':
    case 't':
    case 'o':
    case 'd':
    case 'l':
    case 's':
    case 'm':
    case 'e':
        break;
    default:
        return 0;
    }
    size_t ws = p;
    while (ws > 0 && p - ws < 14 &&
           (((t[ws - 1] | 32) >= 'a' && (t[ws - 1] | 32) <= 'z') || t[ws - 1] >= 0x80))
        ws--;
    if (p - ws < 5)
        return 0;
    for (size_t j = 0; j < sizeof delivery / sizeof *delivery; j++)
        if (delivery[j].n == p - ws && (t[ws] | 32) == (uint8_t)delivery[j].w[0] &&
            ci_at(t, s->len, ws, delivery[j].w)) {
            if (j)
                return 1;
            size_t a = ds > 300 ? ds - 300 : 0, z = ds + 300 < s->len ? ds + 300 : s->len;
            return STEM_IN(t, s->len, a, z, newborn);
        }
    return 0;
}

/* A time right after the date that ends at e: ", 07.46", " kl. 06:19", " um 14:20", " v 14:20". */
static int time_after(const uint8_t *t, size_t len, size_t e)
{
    size_t k = e;
    if (k < len && t[k] == ',')
        k++;
    if (k >= len || t[k] != ' ')
        return 0;
    k++;
    for (int w = 0; w < 3 && k < len && !is_digit(t[k]); w++) { /* "kl.", "um", "a las" */
        size_t ws = k;
        while (k < len && k - ws < 6 && (nw_letter(t + k, 1) || t[k] >= 0x80 || t[k] == '.'))
            k++;
        if (k == ws || k >= len || t[k] != ' ')
            return 0;
        k++;
    }
    return k + 4 < len && is_digit(t[k]) &&
           (is_digit(t[k + 1]) ? t[k + 2] == ':' || t[k + 2] == '.'
                               : t[k + 1] == ':' || t[k + 1] == '.');
}

/* "Geburtsort und -datum: Linz, 20.5.2001", "Születési hely, idő: Sopron, 1979. 06. 15.": a
 * town before the date, a birth label before the town. */
static int place_then_date(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    if (ds < 6 || t[ds - 1] != ' ' || t[ds - 2] != ',')
        return 0;
    size_t k = ds - 2, ws = k;
    while (ws > 0 && k - ws < 32 &&
           (nw_letter(t + ws - 1, 1) || t[ws - 1] >= 0x80 || t[ws - 1] == '-' || t[ws - 1] == ' '))
        ws--;
    while (ws < k && t[ws] == ' ')
        ws++;
    if (ws == k || ws < 3 || t[ws - 1] != ' ' || t[ws - 2] != ':' || !nw_upper(t + ws, s->len - ws))
        return 0;
    size_t ls = nw_line_start(s, ws);
    for (size_t q = ls; q < ws - 2; q++)
        if ((q == ls || !(is_alnum(t[q - 1]) || t[q - 1] >= 0x80)) &&
            nw_birth_word_at(s, q, ws - 2))
            return 1;
    return 0;
}

int nw_dob45_birth(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    if (ds == 0)
        return 0;
    uint8_t b = t[ds - 1];
    if (b == '>')
        return nw_dob45_xml_birth(s, ds);
    if (b == ' ' && e < s->len && (t[e] == ',' || t[e] == ' ') && time_after(t, s->len, e) &&
        nw_dob45_delivery(s, ds))
        return 1;
    if (e < s->len && t[e] == ' ' && label_after(s, e, 1))
        return 1;
    if (b == ' ' && (mark_before(s, ds) || mark_column(s, ds) || place_then_date(s, ds)))
        return 1;
    return (b == ' ' || b == '(') && (identity_slot(s, ds, e) || ward_line(s, ds, e));
}

int nw_dob45_veto(const struct sc *s, size_t e)
{
    return e < s->len && s->t[e] == ' ' && label_after(s, e, 0);
}

int nw_dob45_compact(const struct sc *s, size_t i, size_t d)
{
    const uint8_t *t = s->t;
    if (d - i != 8 || (d < s->len && t[d] != '<') || !nw_dob45_xml_birth(s, i))
        return 0;
    unsigned y = 0, m, dd;
    for (size_t k = i; k < i + 4; k++)
        y = y * 10 + (unsigned)(t[k] - '0');
    m = (unsigned)((t[i + 4] - '0') * 10 + (t[i + 5] - '0'));
    dd = (unsigned)((t[i + 6] - '0') * 10 + (t[i + 7] - '0'));
    return y >= 1890 && y <= nw_dob10_this_year() && m >= 1 && m <= 12 && dd >= 1 && dd <= 31;
}
