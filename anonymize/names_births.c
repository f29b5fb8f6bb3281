/* names_births.c: the birth words that make a date a date of birth (names_dates.c reads the
 * dates): "DOB", "born on", "geboren", "Date of birth" before a date within 96 bytes with no
 * other number, label or event between them (nw_birth_before()), a birth word right after one
 * ("1987-03-04 (date of birth)", "am 4.3.1987 geboren": nw_birth_after()).
 * The one thing to know: a word of another event ("admitted", "died") or another line's label
 * between the word and the date breaks the tie. Nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>
#include <strings.h>
/* Lower case. Birthdays too ("compleanno", "cumpleaños", "verjaardag"; not "anniversaire",
 * which is also a firm's), and a few neighbouring languages (pt "nascimento", sv "född", da/no
 * "født", pl "urodzenia", fi "syntymä", "syntynyt", cs "narozen"). */
static const char *const birth_words[] = {
    "b-day", "b. ", "bday", "birth", "born", "d.o.b", "d o b ", "dob", "geb.", "ddn ",
    "ddn:", "geboorte", "geboren", "geburts", "nacid", "nacimiento", "nac.", "nac:", "naissance",
    "naiss.", "nascita", "nata ", "nato ", "nato/", "nata/", "n\303\251 ", "n\303\251e ",
    "n\303\251(e)", "n\303\251.e", "nac\303\255", "nascimento", "nascid", "f\303\266dd",
    "f\303\266delse", "f\303\270dsel", "f\303\270dt", "urodz", "do\304\237um", "na\310\231ter",
    "na\305\237ter", "synty", "narozen", "naci\303\263", "compleanno", "cumplea", "verjaardag",
    "nasci ", "n. il ", "geburt", "nasceu", "al mundo ", "al mondo ", "it's a girl", "it's a boy",
    "arriv\303\251e parmi nous", "arriv\303\251 parmi nous",
    /* misspelt in a hurry (branch dob13) */
    "brith", "birht", "brthday", "borm ", "bron on ", "naisance", "naissence", "nacimento",
    "nascta", "nascimeto", "gebutsdatum", "geburstag", "gebohren", "gebortedatum", "verjaardg",
    "compleano", "nacio ", "naci el ", "nee le ", "n. le ",
    /* a birthday with its owner: not a firm's anniversary */
    "son anniversaire", "mon anniversaire", "ton anniversaire", "votre anniversaire",
    "anivers\303\241rio dela", "anivers\303\241rio dele", "meu anivers\303\241rio",
    "seu anivers\303\241rio",
    /* languages the grid of branch dob14 held: hu "születési", id "tanggal lahir", romanised ru
       "data rozhdeniya" and el "imerominia gennisis", and keys written without their letters'
       marks (tr "dogum_tarihi", sv "fodelsedatum", da "fodselsdato"), pl "ur.", tr "D. Tarihi" */
    "sz\303\274let", "lahir", "rozhden", "gennis", "dogum", "fodelse", "fodsel", "ur. ",
    "ur.:", "d. tarih", "d.tarih",
    /* branch dob17: a key's short form ("gebdat=", "Gebdat:"), a cut Spanish noun ("fecha de
       nacim."), an accent or a letter lost ("data di nascità", "date de naissace"), Swedish and
       French in capitals ("FÖDELSEDATUM", "NÉ LE") */
    "gebdat", "nacim", "nascit\303\240", "naissace", "f\303\226delse", "f\303\226dd", "n\303\211 ",
    "n\303\211e ",
    /* branch dob41: Romanian "născut(ă)", "data nasterii" without its mark, French "ne(e) le"
       without its accent, letters lost in a hurry ("date of brth", "fecha de nacmiento", "data
       di nscita") */
    "n\304\203scut", "nasterii", "ne(e) le", "brth", "nacmient", "nscita",
    /* branch dob42: Finnish "syntynyt", "syntyi" (the stem "synty"), Danish and Norwegian keys
       with "ø" written "oe" ("foedselsdato") */
    "foedsel",
    /* branch dob44: abbreviations of forms and family sheets (cs "nar.", fi "synt.", it "nat.
       il", tr "doğ.", ro "născ.", hu "szül."), Greek transliterated ("genn.", "gennithike",
       "gennhshs"), Hungarian without its marks, and labels in capitals whose letter the ASCII
       fold leaves ("FØDSELSDATO", "DOĞUM", "NAȘTERII", "SZÜLETÉSI") */
    "nar.", "synt.", "nat. il", "nat. a ", "do\304\237.", "n\304\203sc.", "sz\303\274l.", "genn.",
    "gennith", "gennhs", "gennim", "szulet", "f\303\230dsel", "f\303\230dt", "do\304\236um",
    "na\310\230ter", "na\305\236ter", "sz\303\234let",
    /* branch dob45: Greek "Imer. gen.", "Im. gen." abbreviated, Turkish "D.T.:" */
    "imer. gen", "im. gen", "d.t.:",
    /* branch dob46: Slovak "narodenia", "narodil(a)" (also Czech), Danish and Swedish short
       labels ("F.dato", "Fødsdato", "Föd.datum", "F. datum"), Romanian "Data naşt.", Turkish
       "DOĞ." in capitals */
    "naroden", "narodil", "f.dato", "f. dato", "f\303\270dsdato", "f\303\266d.", "f\303\226d.",
    "f. datum", "f.datum", "nast.", "na\305\237t.", "na\310\231t.", "na\305\236t.", "na\310\230t.",
    "do\304\236.", "sz\303\234l.", "f\303\270dd",
    /* branch dob49: plural birth verbs ("ils sont nés le", "nacieron el", "sono nate il",
       "nasceram a") */
    "n\303\251s le", "n\303\251es le", "nacieron", "nati il", "nate il", "nasceram",
    /* branch inflects62: hr "rođen(a)", "rođ.", "rođenja", sl "rojen(a)", "roj.", "rojstva", et
       "sündinud", "sünd.", "sünniaeg", lv "dzimis", "dzimusi", "dzimšanas", lt "gimęs", "gimusi",
       "gimimo" (not the short "dz.", "gim.": "Dz. U.", "gim. nr 3"), is "fæddur", "fædd",
       "fæðingardagur" */
    "ro\304\221en", "ro\304\221.", "rojen", "roj.", "rojstv", "s\303\274ndi", "s\303\274nni",
    "dzimi", "dzimu", "dzim\305\241", "gim\304\231", "gimus", "gimim", "f\303\246dd",
    "f\303\246\303\260ing"};

/* Abbreviations that are a birth word only as a whole word, no letter after them: pt/it
 * "Nasc.", "data_nasc", "dt_nasc", es "fecha_nac", fr "dt_naiss", "DATE_NAIS" (branch h12dob), de
 * "Geb Datum", pt "D.N.", "DN:", fr "DDN" before a bracket's end ("23/07/1998 (DDN)").
 */
static const char *const birth_abbrs[] = {"nasc", "nac", "naiss", "nais",
                                          "geb",  "d.n", "dn",    "ddn"};

/* The length of the birth word at i (before limit), or 0. */
size_t nw_birth_word_at(const struct sc *s, size_t i, size_t limit)
{
    const uint8_t *t = s->t;
    uint8_t c = t[i] | 32;
    if (t[i] == 0xCE) /* Greek "γέννησης", "γεννήθηκε", "Γεννημένη": the stem γενν/γένν */
        return i + 8 <= limit && (t[i + 1] == 0xB3 || t[i + 1] == 0x93) && t[i + 2] == 0xCE &&
                       (t[i + 3] == 0xB5 || t[i + 3] == 0xAD) && t[i + 4] == 0xCE &&
                       t[i + 5] == 0xBD && t[i + 6] == 0xCE && t[i + 7] == 0xBD
                   ? 8
                   : 0;
    if (!strchr("abcdfgilmnrstuv", c) || c == 0)
        return 0;
    for (size_t k = 0; k < sizeof birth_words / sizeof birth_words[0]; k++) {
        if (birth_words[k][0] != (char)c) /* the first byte before strlen(): most words differ */
            continue;
        size_t n = strlen(birth_words[k]), q = 0;
        if (i + n > limit)
            continue;
        while (q < n && (t[i + q] | (t[i + q] < 0x80 ? 32 : 0)) == (uint8_t)birth_words[k][q])
            q++;
        if (q == n && n <= 4 && i + n < s->len && t[i + n] >= 'a' && t[i + n] <= 'z' &&
            (strcmp(birth_words[k], "dob") == 0 || strcmp(birth_words[k], "born") == 0))
            continue; /* a word that only starts so: "Dobrev", "Bornholm", "borne" */
        if (q == n && n == 4 && i + n + 1 < s->len && t[i + n] == '-' && is_alnum(t[i + n + 1]) &&
            (t[i] | 32) == 'b' && (t[i + 1] | 32) == 'o')
            continue; /* "born-again", "born-digital" */
        if (q == n && n == 5 && i + 9 <= s->len && (t[i] | 32) == 'b' &&
            strncasecmp((const char *)t + i + 5, "time", 4) == 0)
            continue; /* "birthtime support", "st_birthtime": a file's creation time */
        if (q == n)
            return n;
    }
    for (size_t k = 0; k < sizeof birth_abbrs / sizeof birth_abbrs[0]; k++) {
        if (birth_abbrs[k][0] != (char)c)
            continue;
        size_t n = strlen(birth_abbrs[k]), q = 0;
        if (i + n > limit)
            continue;
        while (q < n && (t[i + q] | 32) == (uint8_t)birth_abbrs[k][q])
            q++;
        if (q == n && (i + n == limit || !nw_letter(t + i + n, s->len - i - n) ||
                       (t[i + n] >= 'A' && t[i + n] <= 'Z' && t[i + n - 1] >= 'a' &&
                        t[i + n - 1] <= 'z'))) /* also a camelCase key's part: "gebDatum" */
            return n;
    }
    return 0;
}

/* Words that name another event or a birth's other facts: a date after one of them, between
 * the birth word and the date, is that event's ("Place of birth: Lyon, admitted 4 May 2024",
 * "birth certificate issued on ...", "Geburtsort Ulm - verstorben am ...", "Lieu de naissance :
 * Lyon - décédé le ...", "Certidão de nascimento emitida em ..."). Lower case, matched anywhere
 * in the bytes between; after_birth[] only right after the birth word ("Geburtsort",
 * "birthplace", "geboorteakte"). The last words (from "baptis", branch dob6) are a family
 * history's other events: baptism, burial, census, emigration, marriage. */
static const char *const other_event[] = {
    "e.g.", "z. b.", "z.b.", "bijv", "beispiel", "example", "exemple", "ejemplo", "esempio",
    "exemplo", "voorbeeld", "updat", "chang", "modifi", "ge\303\244ndert", "admi", "afgegeven",
    "afgifte", "anniv", "aufgenommen", "aufnahme", "ausgestellt", "ausstell", "certif", "country",
    "d\303\251c\303\250s", "d\303\251c\303\251d", "d\303\251livr", "death", "deceas", "decess",
    "died", "dischar", "eintritt", "emiss", "emiti", "emisi", "expedi", "expir", "falec", "fallec",
    "geldig", "gestorben", "g\303\274ltig", "hired", "ingreso", "issue", "joined", "married",
    "\303\263bito", "opname", "overl", "party", "registe", "rilasci", "ricover", "scadenz",
    "sterbe", "valid", "verstorben", "visit", "wedding", "baptis", "baptiz", "bautiz", "battez",
    "begraben", "buried", "casou", "cas\303\263", "census", "emigr", "gedoopt", "getauft",
    "getrouwd", "gehuwd", "heirat", "hochzeit", "mari\303\251", "sposat", "feier", "feest",
    "releas", "sortie", "launch",
    /* a thing's birthday (branch dob14) */
    "shipp", "came out", "publish", "went live", "first post",
    /* branch dob44: issue, validity, death and due dates of the neighbouring languages' forms
       ("Topos gennisis: Larisa / Imerominia ekdosis: ...", "Errechneter Geburtstermin") */
    "ekdos", "thanat", "veril", "ge\303\247erl", "\303\266l\303\274m", "eliber", "valabil", "wydan",
    "wa\305\274no", "zgon", "vyd\303\241n", "\303\272mrt", "platnost", "ki\303\241ll\303\255t",
    "hal\303\241l", "\303\251rv\303\251ny", "my\303\266nt", "kuolin", "voimassa", "utf\303\244rd",
    "udsted", "utsted", "udl\303\270b", "gyldig", "termin"};
/* A threshold, not a birth: "born after ...", "geboren vor dem ...", "nées avant le ...", as
 * whole words. */
static const char *const limit_words[] = {
    "after",          "before", "between",   "since", "until",        "prior", "vor",
    "nach",           "ab",     "zwischen",  "avant", "apr\303\250s", "entre", "antes",
    "despu\303\251s", "desde",  "hasta",     "dopo",  "prima",        "vanaf", "voor",
    "tussen",         "depois", "at\303\251"};
static const char *const after_birth[] = {"akte", "name", "ort", "place", "plaats", "urkunde"};

static int word_here(const struct sc *s, size_t i, size_t p, const char *w)
{
    size_t n = strlen(w), q = 0;
    while (q < n && i + q < p && (s->t[i + q] | (s->t[i + q] < 0x80 ? 32 : 0)) == (uint8_t)w[q])
        q++;
    return q == n;
}

/* The JSON key that ends at q (its closing quote) is a date's own word, a nested birth object's
 * field: {"birth": {"place": "Lyon", "date": "1987-03-04"}}. */
static int date_key(const struct sc *s, size_t we, size_t q)
{
    static const char *const keys[] = {"date", "datum", "data", "fecha", "value", "day"};
    size_t b = q;
    while (b > we && q - b < 8 && nw_letter(s->t + b - 1, 1))
        b--;
    char buf[16];
    const char *f = b < q && s->t[b - 1] == '"' ? nw_fold_span(s, b, q, buf, sizeof buf) : NULL;
    return f && NW_ONE_OF(f, keys);
}

/* Does the birth word ending at we belong to a date at p? Not across another field's label
 * ("Place of birth: Lyon, Date: ..."), not across another number ("DOB
 * 12/02/2006; last visit 26 January 2016", "Born: ...\nDied: ...") nor into a line with its own
 * words: a line break only right after the label ("Date of birth\n1987-03-04"). */
/* A span of time at i before p ("2 weeks", "3 days", "10 Tage"): one or two digits and a unit,
 * a word end after it; where it ends, or 0. */
static size_t age_span(const struct sc *s, size_t i, size_t p)
{
    static const char *const units[] = {
        "days",    "weeks",  "months", "hours",     "day",  "week",  "month", "hour",
        "tage",    "wochen", "monate", "jours",     "mois", "dagen", "weken", "maanden",
        "semanas", "meses",  "giorni", "settimane", "mesi", "dias"};
    const uint8_t *t = s->t;
    size_t d = i;
    while (d < p && d - i < 3 && is_digit(t[d]))
        d++;
    if (d - i > 2 || (i > 0 && (is_alnum(t[i - 1]) || t[i - 1] == '.' || t[i - 1] == '/')) ||
        d + 1 >= p || t[d] != ' ')
        return 0;
    for (size_t k = 0; k < sizeof units / sizeof *units; k++) {
        size_t n = strlen(units[k]);
        if (word_here(s, d + 1, p, units[k]) && d + 1 + n < p && !is_alnum(t[d + 1 + n]) &&
            t[d + 1 + n] < 0x80)
            return d + 1 + n;
    }
    return 0;
}

static int birth_reaches(const struct sc *s, size_t we, size_t p)
{
    const uint8_t *t = s->t;
    int nl = 0, cell = 0, colon = 0, markup = 0;
    for (size_t k = 0; k < sizeof after_birth / sizeof after_birth[0]; k++)
        if (word_here(s, we, p, after_birth[k]))
            return 0;
    for (size_t i = we; i < p; i++) {
        if (t[i] == '<' || markup) {
            int c = nw_dob47_markup(s, i, p, &markup);
            if (c < 0)
                return 0;
            if (c > 0) {
                i += (size_t)c - 1; /* markup between the label and its value: "<th>Born</th>\n
                                       <td>", not up out of the label's element */
                continue;
            }
        }
        if (t[i] == '(' && (i == we || (i == we + 1 && t[we] == ' '))) {
            size_t c = i + 1; /* a guard right after the label: "(as recorded on the admission
                                 form)", "(DD/MM/YYYY)": no digit, no second clause */
            while (c < p && c - i < 100 && t[c] != ')' && !is_digit(t[c]) && t[c] != ';')
                c++;
            if (c < p && t[c] == ')') {
                i = c;
                continue;
            }
        }
        if (is_digit(t[i])) {
            size_t d = age_span(s, i, p);
            if (!d)
                return 0;
            i = d - 1; /* "born 2 weeks ago on 14/11/2026": how long ago, not a date */
            continue;
        }
        if (!is_alnum(t[i - 1]) && t[i - 1] < 0x80 && (is_alnum(t[i]) || t[i] >= 0x80))
            for (size_t k = 0; k < sizeof limit_words / sizeof limit_words[0]; k++) {
                size_t n = strlen(limit_words[k]);
                if (word_here(s, i, p, limit_words[k]) && i + n < p && !is_alnum(t[i + n]) &&
                    t[i + n] < 0x80)
                    return 0;
            }
        for (size_t k = 0; k < sizeof other_event / sizeof other_event[0]; k++)
            if ((t[i] | (t[i] < 0x80 ? 32 : 0)) == (uint8_t)other_event[k][0] &&
                word_here(s, i, p, other_event[k]))
                return 0;
        if (t[i] == ';' && word_here(s, i + 1, p, "value="))
            i += 6; /* a vCard parameter: "BDAY;VALUE=date:19820622" */
        else if (strchr(",;|\t&", t[i]) || (t[i] == ' ' && i + 1 < p && t[i + 1] == ' '))
            cell = 1; /* past the birth field: "Place of birth: Lyon, Date: ..." */
        else if ((cell || colon) && (t[i] == ':' || t[i] == '=') &&
                 (nw_letter(t + i - 1, 1) || t[i - 1] >= 0x80 ||
                  (cell && t[i - 1] == '"' && !date_key(s, we, i - 1)) ||
                  (t[i - 1] == ' ' && i >= we + 2 && (is_alnum(t[i - 2]) || t[i - 2] >= 0x80))))
            return 0; /* another field's label or key: the date is its value ("{"dob": null,
                         "start": ...", "dob=&start=...", "DOB: -- Start: ...") */
        if (t[i] == ':')
            colon = 1;
        if (t[i] == '\\' && i + 1 < p && t[i + 1] == 'n')
            nl = 1, i++; /* "\n" in raw JSON */
        else if (t[i] == '\n')
            nl = 1;
        else if (nl && i + 4 == p && memcmp(t + i, "the ", 4) == 0)
            return 1; /* "Date of birth\nthe 1st of May 1987" */
        else if (nl == 1 && t[i] == ':' && nw_colon_opens_line(s, we, i))
            nl = 2; /* the label's colon on the next line: "Date of birth\n: 1987-03-04" */
        else if (nl && !strchr(" \t\r\"'>", t[i]))
            return 0; /* after the line break, only spaces up to the date */
    }
    return nw_birth_one_clause(s, we, p);
}

/* Two labels on one line, "Geburtsdatum / Geburtsort", "Date of birth / Place of birth": the
 * first birth word's end we when the bytes up to the second's start i are the rest of its word,
 * " / " and words; else 0. */
static size_t label_pair(const struct sc *s, size_t we, size_t i)
{
    const uint8_t *t = s->t;
    size_t k = we;
    while (k < i && (nw_letter(t + k, 1) || t[k] >= 0x80))
        k++;
    if (k + 3 > i || memcmp(t + k, " / ", 3) != 0)
        return 0;
    for (k += 3; k < i; k++)
        if (!(nw_letter(t + k, 1) || t[k] >= 0x80 || t[k] == ' '))
            return 0;
    return we;
}

/* Two labels and their two values on one line, "Date of birth / Issue date: 24.01.1973 /
 * 10.01.2015", "Geburtsdatum / Ausstellungsdatum: ...": the first value is the birth's, whatever
 * the second label says. The bytes from the birth word's end we to the date at p are " / ",
 * words, a colon and spaces, and the date is followed by " / " and a digit. */
static int pair_first_value(const struct sc *s, size_t we, size_t p)
{
    const uint8_t *t = s->t;
    while (we < p && (nw_letter(t + we, 1) || t[we] >= 0x80))
        we++; /* the rest of the label's word: "Geburts|datum" */
    if (we + 5 > p || memcmp(t + we, " / ", 3) != 0)
        return 0;
    size_t k = we + 3;
    while (k < p && (nw_letter(t + k, 1) || t[k] >= 0x80 || t[k] == ' ' || t[k] == '\''))
        k++;
    if (k == we + 3 || k >= p || t[k] != ':')
        return 0;
    for (k++; k < p; k++)
        if (t[k] != ' ')
            return 0;
    size_t d = p;
    while (d < s->len && d - p < 12 &&
           (is_digit(t[d]) || t[d] == '.' || t[d] == '/' || t[d] == '-'))
        d++;
    return d > p && d + 3 < s->len && memcmp(t + d, " / ", 3) == 0 && is_digit(t[d + 3]);
}

/* Is the word at i inside a closing XML tag ("</date_of_birth>")? */
static int closing_tag(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    size_t b = i;
    while (b > 0 && i - b < 48 && (is_alnum(t[b - 1]) || strchr("_:.-", t[b - 1])))
        b--;
    return b >= 2 && t[b - 1] == '/' && t[b - 2] == '<';
}

/* A due date's qualifier in the 16 bytes before the birth word at i: "Data probabilă a
 * nașterii", "Tahmini doğum tarihi", "expected date of birth", "voraussichtlicher
 * Geburtstermin" (branch dob44). */
int nw_due_before(const struct sc *s, size_t i)
{
    static const char *const due[] = {"probab",    "tahmin",          "expected",    "estimated",
                                      "presunt",   "previst",         "voraussicht", "errechnet",
                                      "berechnet", "ber\303\244knad", "uitgerekend", "pithani"};
    size_t from = i > 16 ? i - 16 : 0;
    for (size_t k = from; k < i; k++)
        if (k == 0 || !is_alnum(s->t[k - 1]))
            for (size_t q = 0; q < sizeof due / sizeof *due; q++)
                if ((s->t[k] | 32) == (uint8_t)due[q][0] && word_here(s, k, i, due[q]))
                    return 1;
    return 0;
}

/* A birth word in the 96 bytes before p: "born", "DOB", "date of birth", "geboren",
 * "Geburtsdatum", "né(e) le", "naissance", "fecha de nacimiento", "geboortedatum", "nascita",
 * also as a camelCase part of a key ("dateOfBirth"). The nearest one decides. */
/* A birth word's short form right before the date at p, a word of its own (branch inflects62):
 * lv "dz.", lt "gim.", et "sünd.", hu "sz.:", el "γεν.". Too short to be trusted a few words
 * away, so only with nothing but a space between. Not is "f." or ro "n.": pt "f." is a death
 * ("falecido"), it "n." a number ("Fattura n. 14.05.2024"); not fi and et "s." on its own: de
 * "s." is "siehe" and "S." a page ("vgl. Handbuch, s. 12.03.2024"); the Finnish "(s. D)" is read
 * in its parentheses (branch left50). */
static int short_birth_abbr(const struct sc *s, size_t p)
{
    static const char *const abbr[] = {"dz. ", "gim. ", "s\303\274nd. ",
                                       "sz.: ", "\316\263\316\265\316\275. "};
    const uint8_t *t = s->t;
    for (size_t k = 0; k < sizeof abbr / sizeof abbr[0]; k++) {
        size_t n = strlen(abbr[k]);
        if (p < n || (t[p - n] | 32) != (uint8_t)abbr[k][0] ||
            memcmp(t + p - n + 1, abbr[k] + 1, n - 1) != 0)
            continue;
        if (p == n || !(is_alnum(t[p - n - 1]) || t[p - n - 1] >= 0x80 || t[p - n - 1] == '.'))
            return 1;
    }
    return 0;
}

int nw_birth_before(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t from = p > 96 ? p - 96 : 0, we = 0, prev = 0;
    for (size_t i = from; i < p; i++) {
        /* a word starts here, or a camelCase part of a key does ("dateOfBirth", "fechaNacimiento")
         */
        if (i > 0 && (is_alnum(t[i - 1]) || t[i - 1] >= 0x80) &&
            !(t[i] >= 'A' && t[i] <= 'Z' && t[i - 1] >= 'a' && t[i - 1] <= 'z') &&
            !(t[i - 1] == 'D' && nw_dob47_zpl_field(s, i)))
            continue;
        size_t n = nw_birth_word_at(s, i, p + 1);
        if (n && (closing_tag(s, i) || nw_birth_bracket_label(s, i, p) || nw_dob7_party(s, i) ||
                  nw_dob14_thing_birthday(s, i) || nw_due_before(s, i)))
            continue; /* "</date_of_birth><signup>2022-04-27": the field has closed; "04.03.1987
                         (Geb.), 01.09.2019": the bracket was the first date's */
        if (n && (t[i] | 32) == 'b' && n == 3 && /* "b. " only right before it, not "z. B." */
            (i + n != p ||
             (i >= 2 && t[i - 1] == ' ' && t[i - 2] == '.' &&
              !(t[i] == 'b' && i >= 4 && is_alnum(t[i - 3]) && is_alnum(t[i - 4]))) ||
             (i >= 1 && t[i - 1] == '.')))
            continue; /* but "Dog lover. b. 12/05/1990" (branch dob8) is a birth */
        if (n) {
            prev = we && i > we ? label_pair(s, we, i) : 0;
            we = i + n;
        }
    }
    if (prev && !birth_reaches(s, we > p ? p : we, p))
        we = prev; /* "Geburtsdatum / Geburtsort\n\n02.11.1994 NÎMES": the first label's date */
    return (we && (birth_reaches(s, we > p ? p : we, p) || pair_first_value(s, we, p))) ||
           nw_birth_star(s, p) || nw_birth_column(s, p) || nw_birth_event(s, p) ||
           short_birth_abbr(s, p);
}

/* A birth word right after a date that ends at e, on its line: "1987-03-04 (date of birth)",
 * "4.3.1987 is my date of birth", "am 4.3.1987 geboren". */
/* Is the birth word ending at i the label of a date after it, on its line ("Admitted 12/03/2020,
 * born 04/03/1987": it is the second date's, not the first's)? A date within 32 bytes. */
static int labels_a_date(const struct sc *s, size_t i)
{
    while (i < s->len && (is_alnum(s->t[i]) || s->t[i] >= 0x80) && !(s->t[i] == 0xC2))
        i++; /* the rest of the word: Turkish "1972 do\304\237umludur, son ..." (branch dob41) */
    if (i + 2 < s->len && s->t[i] == ',' && s->t[i + 1] == ' ' && s->t[i + 2] >= 'a' &&
        s->t[i + 2] <= 'z')
        return 0; /* "am 4.3.1959 geboren, der Termin ist am ...": a new clause (branch dob7) */
    for (size_t k = i; k < s->len && k - i < 32 && s->t[k] != '\n'; k++) {
        size_t ds;
        if (is_digit(s->t[k]))
            return nw_date_at(s, k, &ds) != 0; /* "geboren, 3.420 g": a weight, no date */
        if (s->t[k] == '.' && k + 2 < s->len && s->t[k + 1] == ' ' &&
            nw_upper(s->t + k + 2, s->len - k - 2))
            return 0; /* "... in Ulm geboren. Heirat am 4.8.1934": the next sentence's date */
    }
    return 0;
}

int nw_birth_after(const struct sc *s, size_t e)
{
    static const char *const fill[] = {
        "is", "was", "my",  "his", "her",  "their", "the",   "our",      "ist",   "mein", "est",
        "ma", "sa",  "es",  "mi",  "su",   "la",    "il",    "\303\250", "zijn",  "de",   "als",
        "as", "del", "di",  "of",  "date", "data",  "fecha", "day",      "wurde", "werd", "fue",
        "et", "and", "und", "en",  "e",    "y",     "in",    "\303\240", "a"};
    static const char *const be[] = {"is",    "was",  "ist", "est", "\303\250",
                                     "wurde", "werd", "fue", "es"};
    static const char *const prep[] = {"in", "\303\240", "en", "a"};
    static const char *const place_first[] = {"bad",    "san",  "santa", "santo", "saint", "sankt",
                                              "st.",    "vila", "villa", "den",   "la",    "le",
                                              "sainte", "nova", "nueva", "new",   "port",  "porto"};
    const uint8_t *t = s->t;
    size_t i = e;
    int caps = 0, verb = 0, place = 0;
    if (nw_h12dob_trailing(s, e))
        return 1; /* "'1987-03-04'); -- dob" (names_h12dob.c) */
    if (i < s->len && (t[i] == ' ' || t[i] == ','))
        i++;
    while (i < s->len && t[i] == ' ')
        i++;
    int br = i < s->len && (t[i] == '(' || t[i] == '[');
    i += br;
    for (int w = 0; w < 8 && i < s->len; w++) {
        size_t n = nw_birth_word_at(s, i, s->len);
        if (n && caps && i + n + 3 < s->len &&
            (memcmp(t + i + n, " as ", 4) == 0 || memcmp(t + i + n, " out", 4) == 0 ||
             memcmp(t + i + n, " fro", 4) == 0))
            return 0; /* "Kubernetes was born as an internal tool", "born out of", "born from" */
        if (n) /* "birthday", "Geburtsdatum", but not "borne"; after a name only with its verb */
            return (!caps || verb) && (n >= 5 || i + n == s->len || !is_alnum(t[i + n])) &&
                   (!labels_a_date(s, i + n) || (br && nw_birth_bracket_label(s, i, s->len)));
        size_t we = i;
        while (we < s->len && we - i < 16 && (is_alnum(t[we]) || t[we] >= 0x80))
            we++;
        if (we == i || we >= s->len || (t[we] != ' ' && t[we] != ','))
            return 0;
        char buf[8];
        const char *f = nw_fold_span(s, i, we, buf, sizeof buf);
        if (place && nw_upper(t + i, s->len - i) && t[we] == ' ') {
            /* "am 1. Juli 1949 in Zwolle geboren": a place, not a name; a second word only
               after a place's first ("in Bad Lenzing", "in Vila Boim"), not "in Zwolle Maria" */
            place = NW_ONE_OF(f, place_first);
        } else if (nw_upper(t + i, s->len - i) && caps < 3 && !NW_ONE_OF(f, fill)) {
            caps++; /* "On 4 March 1987, Maria Keller was born" */
            place = 0;
        } else if (NW_ONE_OF(f, fill)) {
            verb |= NW_ONE_OF(f, be);
            place = NW_ONE_OF(f, prep);
        } else {
            return 0;
        }
        i = we + (t[we] == ',' && we + 1 < s->len && t[we + 1] == ' ' ? 2 : 1);
    }
    return 0;
}
