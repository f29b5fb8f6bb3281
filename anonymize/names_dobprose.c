/* names_dobprose.c: two questions names_dates.c asks of a date of birth written in prose: is a
 * day and month with no year a birthday's ("Birthday: April 14th", "my bday is December 25th"),
 * and does a participle of birth before a date reach it across the words between ("born in Kiel
 * on ..." does; "born in Kiel and graduated ... on ..." does not).
 *
 * The one thing to know: both answer from the words around the date only, by small closed lists
 * (birthday words, gap words); a word outside them says no. Nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* A day and month with no year at [ds, e) is a date only right after a birthday's word, with
 * at most three small words or a colon between ("Birthday: August 15th", "my bday is December
 * 25th", "my birthday's the 14th" (a day alone, an ordinal's), "Geburtstag: 15. August", "mi
 * cumpleaños es el 4 de marzo", "il mio compleanno è il 4 marzo", "anniversaire le 4 mars"), a
 * birthday's verb ("cumple años el", "compie gli anni il", "faz anos a"), or right before
 * "Geburtstag" ("hat am 4. Mai Geburtstag"): the day and month of a birth, as a vCard's "--0815".
 * French "anniversaire" and Portuguese "aniversário" are also a firm's or a wedding's, so a word of
 * its own between ("de la société est le 4 mars") says no. Its end, or 0. */
static size_t yearless_words(const struct sc *s, size_t ds, size_t e)
{
    static const char *const bday[] = {
        "birthday", "bday", "b-day", "geburtstag", "verjaardag", "cumplea\303\261os", "compleanno",
        "born", "dob", "anniversaire", "anivers\303\241rio",
        /* branch dob17: nl "is jarig op", pl "ma urodziny", sv "min födelsedag är den" */
        "jarig", "urodziny", "f\303\266delsedag"};
    static const char *const small[] = {
        "is",  "on",  "am",       "le",       "el",  "il",        "op",       "was",
        "es",  "est", "ist",      "der",      "no",  "dia",       "a",        "ao",
        "the", "de",  "\303\250", "\303\251", "den", "s\304\205", "\303\244r"};
    static const char *const years[] = {"a\303\261os", "anni", "anos", "\303\245r"};
    static const char *const verbs[] = {"cumple", "compie", "faz", "fait", "fyller"};
    const uint8_t *t = s->t;
    size_t q = e;
    int yrs = 0;
    if (e < s->len && (is_alnum(t[e]) || t[e] >= 0x80))
        return 0;
    while (q < s->len && (t[q] == ' ' || t[q] == ','))
        q++;
    if (q < s->len && is_digit(t[q]))
        return 0; /* a number after it: a year this reader did not take */
    if (q > e && q + 10 <= s->len && (t[q] | 32) == 'g' && memcmp(t + q + 1, "eburtstag", 9) == 0)
        return e;
    for (int w = 0; w < 4; w++) {
        size_t b = ds;
        while (b > 0 && ds - b < 3 && (t[b - 1] == ' ' || t[b - 1] == ':' || t[b - 1] == '"'))
            b--;
        if (b >= 2 && t[b - 1] == 's' && t[b - 2] == '\'')
            b -= 2; /* "my birthday's the 14th": the clitic is the copula */
        size_t we = b;
        while (b > 0 && we - b < 14 &&
               (nw_letter(t + b - 1, 1) || t[b - 1] >= 0x80 || t[b - 1] == '-'))
            b--;
        if (b == we || (b > 0 && is_alnum(t[b - 1])))
            return 0;
        char buf[16];
        const char *f = nw_fold_span(s, b, we, buf, sizeof buf);
        if (!f)
            return 0;
        if (yrs && NW_ONE_OF(f, verbs))
            return e; /* "cumple años el", "compie gli anni il", "faz anos a" */
        if (!yrs && NW_ONE_OF(f, bday))
            return nw_dob14_thing_birthday(s, b) ? 0 : e; /* not "the shop's birthday is" */
        if (!yrs && NW_ONE_OF(f, years))
            yrs = 1;
        else if (!(yrs ? strcmp(f, "gli") == 0 : NW_ONE_OF(f, small)))
            return 0;
        ds = b;
    }
    return 0;
}

size_t nw_date_yearless(const struct sc *s, size_t ds, size_t e)
{
    size_t r = yearless_words(s, ds, e);
    return r ? r : nw_dob7_answer(s, ds, e) ? e : 0; /* "when's your birthday?\nX: march 14th" */
}

/* Lower-case words that may stand between a birth word and its date in prose ("born on",
 * "geboren am", "the birth of their daughter X on", "né à Lyon le", "date of birth is"): small
 * words, a date's own words, a baby's words. Any other lower-case word there is a verb or a
 * noun of another clause ("born in Kiel and graduated ... on", "Née à Lyon, elle a rejoint ...
 * le"), and the date is that clause's. */
static const char *const gap_words[] = {
    "on",     "in",       "at",     "the",    "of",     "am",      "um",      "im",       "le",
    "la",     "les",      "el",     "il",     "em",     "op",      "te",      "\303\240", "a",
    "en",     "de",       "du",     "des",    "di",     "da",      "do",      "dos",      "das",
    "del",    "della",    "van",    "von",    "der",    "den",     "dem",     "vom",      "het",
    "y",      "e",        "and",    "und",    "et",     "is",      "was",     "ist",      "est",
    "es",     "\303\250", "wurde",  "werd",   "fue",    "date",    "datum",   "data",     "fecha",
    "day",    "dia",      "jour",   "giorno", "dag",    "no",      "na",      "nel",      "nella",
    "al",     "their",    "our",    "my",     "his",    "her",     "its",     "daughter", "son",
    "baby",   "child",    "twins",  "girl",   "boy",    "little",  "unserer", "unseres",  "unseren",
    "unsere", "seiner",   "ihrer",  "leur",   "notre",  "fille",   "fils",    "nuestra",  "nuestro",
    "hija",   "hijo",     "nostra", "nostro", "figlia", "figlio",  "onze",    "ons",      "dochter",
    "zoon",   "nossa",    "nosso",  "filha",  "filho",  "arrived", "an",      "mondo",    "mundo",
    "place",  "lieu",     "ort",    "city"};

/* Is the prose between a birth word ending at we and the date at p one clause with it (after a
 * label's colon, the words of its value)? After a participle of birth ("born", "geboren", "née",
 * "nato", "nacido"), not when a sentence ends between ("Born in Leeds. Graduated 12 July 2010")
 * or a new clause opens (a comma, a semicolon or a conjunction, then a lower-case word outside
 * gap_words[] and the holder's nouns: "born in Kiel and graduated ... on", "Née à Lyon, elle a
 * rejoint ... le"); "born prematurely on", "born to Maria and Hans Keller on", "born in London,
 * England, on" are one clause. After a label's noun ("date of birth", "DOB", "Geburtsdatum"),
 * a sentence end, a new clause's word or a value's word and a new clause after it ("DOB unknown,
 * visa granted ...", "Geburtsdatum: unbekannt, Einreise am ...") are allowed only when a copula
 * ends the gap ("date of birth, which must match the one on file, is ...", "your date of birth.
 * It's ...", "recorded as"); after a birthday's noun any such word needs it ("Birthday
 * reminder: team lunch on ...", "Happy birthday! See you on ..." stay). "birth control", "birth
 * weight" are other nouns. */
int nw_birth_one_clause(const struct sc *s, size_t we, size_t p)
{
    static const char *const holder[] = {
        "patient",        "paciente", "paziente",  "patiente",    "client",
        "cliente",        "employee", "applicant", "holder",      "titular",
        "member",         "mother",   "father",    "m\303\250re", "p\303\250re",
        "madre",          "padre",    "moeder",    "vader",       "mutter",
        "vater",          "kind",     "enfant",    "ni\303\261o", "bambino",
        "crian\303\247a", "student",  "aluno",     "alumno",      "\303\251l\303\250ve",
        "person",         "persona",  "personne",  "insured",     "assur\303\251",
        "pupil",          "user"};
    static const char *const copula[] = {
        "is", "was", "ist",      "war",      "lautet", "luidt", "est",  "\303\251tait",
        "es", "era", "\303\250", "\303\251", "reads",  "read",  "be",   "are",
        "s",  "as",  "als",      "comme",    "como",   "come",  "zoals"};
    static const char *const bday_nouns[] = {"birthday",   "birthdays",        "bday",
                                             "day",        "geburtstag",       "verjaardag",
                                             "compleanno", "cumplea\303\261os"};
    static const char *const other_noun[] = {"control", "weight", "rate",  "rates",  "mark",
                                             "order",   "defect", "canal", "cohort", "class"};
    static const char *const conj[] = {
        "and",    "und",   "et",  "y",         "e",     "ed",   "but",  "aber",  "mais",
        "pero",   "ma",    "mas", "maar",      "then",  "dann", "puis", "luego", "poi",
        "depois", "where", "wo",  "o\303\271", "donde", "dove", "onde", "waar"};
    static const char *const verb[] = {
        "born",         "geboren", "geb",    "n\303\251",   "n\303\251e", "nato",
        "nata",         "nacido",  "nacida", "nascido",     "nascida",    "nasceu",
        "naci\303\263", "nasci",   "b",      "f\303\270dt", "f\303\266dd"};
    const uint8_t *t = s->t;
    size_t i = we, b = we, wb;
    if (we > 0 && (nw_letter(t + we - 1, 1) || t[we - 1] >= 0x80))
        while (i < p && (nw_letter(t + i, p - i) || t[i] >= 0x80))
            i++; /* the rest of the birth word: "birthday", "Geburtsdatum" */
    else
        while (b > 0 && we - b < 3 && (t[b - 1] == ' ' || t[b - 1] == '.'))
            b--; /* "né ", "b. ", "geb." */
    size_t wend = i > we ? i : b;
    for (wb = wend; wb > 0 && wend - wb < 12 && (nw_letter(t + wb - 1, 1) || t[wb - 1] >= 0x80);)
        wb--;
    char vb[16];
    const char *v = wb < wend ? nw_fold_span(s, wb, wend, vb, sizeof vb) : NULL;
    int verb_word = v && NW_ONE_OF(v, verb), day_word = v && NW_ONE_OF(v, bday_nouns), odd = 0,
        stop = 0, clause = 0, late = 0, valued = 0, first = 1;
    size_t lw = p, lwe = p; /* the last word before the date */
    for (size_t k = i; k < p; k++)
        if (t[k] == ':' || t[k] == '=')
            i = k + 1; /* a label's value: the words after its colon */
    while (i < p) {
        if ((t[i] == '.' || t[i] == '!' || t[i] == '?') && i + 2 < p && t[i + 1] == ' ' &&
            nw_upper(t + i + 2, p - i - 2) && i >= we + 3 && nw_letter(t + i - 1, 1) &&
            (t[i] != '.' || (nw_letter(t + i - 2, 1) && nw_letter(t + i - 3, 1))))
            stop = 1; /* a sentence ended: "Born in Leeds. Graduated ...", "Happy birthday! See" */
        if (t[i] == ',' || t[i] == ';')
            clause = 1;
        if (!(nw_letter(t + i, p - i) || t[i] >= 0x80) ||
            (i > we && (nw_letter(t + i - 1, 1) || t[i - 1] >= 0x80))) {
            i++;
            continue;
        }
        size_t e = i;
        while (e < p && e - i < 24 && (nw_letter(t + e, p - e) || t[e] >= 0x80))
            e++;
        lw = i, lwe = e;
        char buf[16];
        const char *f = nw_fold_span(s, i, e, buf, sizeof buf);
        if (first && f && NW_ONE_OF(f, other_noun))
            return 0; /* "birth control prescribed ...", "birth weight recorded ..." */
        first = 0;
        late += clause && valued && !verb_word; /* "DOB unknown, visa ...": a value, then more */
        if (!nw_upper(t + i, p - i)) {
            int o = !f || !(NW_ONE_OF(f, gap_words) || NW_ONE_OF(f, holder));
            odd += o;
            late += o && clause;
            valued |= o && !clause;
            clause |= f && NW_ONE_OF(f, conj);
        }
        i = e;
    }
    if (verb_word) /* "born prematurely on", "born to X and Y on"; not "born in Kiel and graduated"
                    */
        return !stop && !late && !nw_dob7_verb_final(s, wb, wend, p);
    if (day_word ? !odd && !stop : !stop && !late)
        return 1; /* "DOB per records ...", "Geburtsdatum laut Pass ..."; a birthday's gap is
                     strict: "Birthday reminder: team lunch on ..." */
    char cb[16];  /* a label's noun across a clause: "date of birth, which must match ..., is" */
    const char *c = nw_fold_span(s, lw, lwe, cb, sizeof cb);
    return c && NW_ONE_OF(c, copula);
}

/* Is the birth word at i inside a bracket right after a date, the date's label ("04.03.1987
 * (Geb.), 01.09.2019 (Eintritt)", "1987-03-04 [DOB]")? Then it labels no date after the bracket
 * that closes before p. Only letters, spaces and dots between the bracket and the word. */
int nw_birth_bracket_label(const struct sc *s, size_t i, size_t p)
{
    const uint8_t *t = s->t;
    size_t b = i;
    while (b > 0 && i - b < 24 &&
           (nw_letter(t + b - 1, 1) || t[b - 1] >= 0x80 || t[b - 1] == ' ' || t[b - 1] == '.'))
        b--;
    if (b == 0 || (t[b - 1] != '(' && t[b - 1] != '['))
        return 0;
    b--;
    if (b > 0 && t[b - 1] == ' ')
        b--;
    if (b == 0 || !is_digit(t[b - 1]))
        return 0;
    for (size_t k = i; k < p && k - i < 32; k++)
        if (t[k] == ')' || t[k] == ']')
            return 1;
        else if (is_digit(t[k]) || t[k] == '\n')
            return 0;
    return 0;
}

/* A date at [ds, e) that ends in no digit is a day and month without a year ("4 de marzo", "20.
 * April", "March 4th"), which date_at() took only after a birthday's words: those that hold no
 * birth word of nw_birth_word_at() ("cumple años el", "compie gli anni il", "anniversaire le",
 * "am 20. April Geburtstag") make it a birth as well. */
int nw_birthday_yearless(const struct sc *s, size_t ds, size_t e)
{
    uint8_t c = e > ds ? s->t[e - 1] : '0';
    if (is_digit(c) && !is_digit(s->t[ds])) { /* "my bday is on August 28" (branch dob17) */
        size_t k = e - 1;
        while (k > ds && is_digit(s->t[k - 1]))
            k--;
        if (e - k > 2 || k == ds || s->t[k - 1] != ' ')
            return 0;
        for (size_t q = ds; q < k; q++)
            if (is_digit(s->t[q]))
                return 0; /* a year in it: "Thu, 27 December 1990" */
        return yearless_words(s, ds, e) != 0;
    }
    return !is_digit(c) && c != 'Z' && nw_date_yearless(s, ds, e) != 0;
}

/* Is the colon at i the first thing on its line after the birth word's end we ("Date of
 * birth\n : 1987-03-04", the label's colon moved onto the date's line by a form's layout)? */
int nw_colon_opens_line(const struct sc *s, size_t we, size_t i)
{
    while (i > we && (s->t[i - 1] == ' ' || s->t[i - 1] == '\t'))
        i--;
    return nw_break_before(s, i) != 0;
}

/* Months of the neighbouring locales' forms (pl, cs and fi in their genitive, as a date writes
 * them; tr, ro, sv, da, no) that the shared list of names_words.c lacks, lower case: read only
 * inside a date, after its day ("12 marca 1980", "26. července 1964", "4 Ağustos 1943"), so
 * they are never words of a name. The last three are months cut before their dot (branch dob41):
 * French "Jui." (juin or juillet) and "Aoû.", Dutch "Maa". */
static const char *const months_more[] = {
    "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
    "wrze\305\233nia", "pa\305\272dziernika", "listopada", "grudnia", "ledna", "\303\272nora",
    "b\305\231ezna", "dubna", "kv\304\233tna", "\304\215ervna", "\304\215ervence", "srpna",
    "z\303\241\305\231\303\255", "\305\231\303\255jna", "listopadu", "prosince", "tammikuuta",
    "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kes\303\244kuuta",
    "hein\303\244kuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta", "ocak",
    "\305\237ubat", "mart", "nisan", "may\304\261s", "haziran", "temmuz", "a\304\237ustos",
    "eyl\303\274l", "ekim", "kas\304\261m", "aral\304\261k", "ianuarie", "februarie", "martie",
    "aprilie", "iunie", "iulie", "septembrie", "octombrie", "noiembrie", "decembrie", "maj",
    "marts", "desember", "jui", "ao\303\273", "maa",
    /* branch dob44: Finnish, Czech, Polish and Turkish abbreviations (their dot read by
       month_more_dot()), Hungarian months, Greek months transliterated (genitive, nominative,
       abbreviated) */
    "tammik", "helmik", "maalisk", "huhtik", "toukok", "kes\303\244k", "hein\303\244k", "elok",
    "syysk", "lokak", "marrask", "jouluk", "led", "\303\272no", "b\305\231e", "dub", "kv\304\233",
    "\304\215vn", "\304\215vc", "srp", "z\303\241\305\231", "\305\231\303\255j", "lis", "pro",
    "sty", "lut", "kwi", "cze", "lip", "sie", "wrz", "pa\305\272", "gru", "oca", "\305\237ub",
    "nis", "haz", "tem", "a\304\237u", "eyl", "eki", "kas", "ara", "janu\303\241r",
    "febru\303\241r", "m\303\241rcius", "\303\241prilis", "m\303\241jus", "j\303\272nius",
    "j\303\272lius", "augusztus", "szeptember", "okt\303\263ber", "febr", "m\303\241rc",
    "\303\241pr", "m\303\241j", "j\303\272n", "j\303\272l", "szept", "ianouariou", "fevrouariou",
    "martiou", "apriliou", "maiou", "iouniou", "iouliou", "avgoustou", "septemvriou", "oktovriou",
    "noemvriou", "dekemvriou", "ianouarios", "fevrouarios", "martios", "aprilios", "maios",
    "iounios", "ioulios", "avgoustos", "septemvrios", "oktovrios", "noemvrios", "dekemvrios", "ian",
    "fev", "ioun", "ioul", "avg", "noe", "dek",
    /* branch dob46: Slovak (genitive and nominative), Czech and Polish nominatives ("5.
       \305\231\303\255jen 1943", "04 czerwiec 1955"), Turkish capitals as the ASCII fold leaves
       them ("MAYIS") */
    "janu\303\241ra", "febru\303\241ra", "apr\303\255la", "m\303\241ja", "j\303\272na",
    "j\303\272la", "augusta", "septembra", "okt\303\263bra", "novembra", "decembra", "marec",
    "apr\303\255l", "leden", "\303\272nor", "b\305\231ezen", "duben", "kv\304\233ten",
    "\304\215erven", "\304\215ervenec", "srpen", "\305\231\303\255jen", "listopad", "prosinec",
    "stycze\305\204", "luty", "marzec", "kwiecie\305\204", "czerwiec", "lipiec", "sierpie\305\204",
    "wrzesie\305\204", "pa\305\272dziernik", "grudzie\305\204", "mayis", "kasim", "aralik", "subat",
    "agustos", "eylul", "tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu",
    "kes\303\244kuu", "hein\303\244kuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu",
    "iun", "iul", "des",
    /* branch inflects62: Croatian and Slovenian genitives ("3. svibnja 1987.", "3. maja 1987"),
       Estonian adessives ("3. mail 1987") and Icelandic months ("3. maí 1987") */
    "sije\304\215nja", "velja\304\215e", "o\305\276ujka", "travnja", "svibnja", "lipnja", "srpnja",
    "kolovoza", "rujna", "studenoga", "studenog", "prosinca", "januarja", "februarja", "aprila",
    "junija", "julija", "avgusta", "oktobra", "jaanuaril", "veebruaril", "m\303\244rtsil",
    "aprillil", "mail", "juunil", "juulil", "augustil", "septembril", "oktoobril", "novembril",
    "detsembril", "jan\303\272ar", "febr\303\272ar", "mars", "apr\303\255l", "ma\303\255",
    "j\303\272n\303\255", "j\303\272l\303\255", "\303\241g\303\272st", "okt\303\263ber",
    "n\303\263vember"};

size_t nw_month_more(const struct sc *s, size_t i)
{
    size_t e = i;
    while (e < s->len && e - i < 16 && nw_letter(s->t + e, s->len - e))
        e += nw_letter(s->t + e, s->len - e);
    if (e - i < 3 || e - i > 15)
        return 0;
    char buf[16];
    const char *f = nw_fold_span(s, i, e, buf, sizeof buf);
    for (size_t k = 0; buf[k] && buf[k + 1]; k++) {
        /* the capitals of Latin Extended-A and Romanian's comma letters that nw_fold() leaves:
           "PAŹDZIERNIKA", "ČERVENCE", "ŞUBAT", "AĞUSTOS" */
        uint8_t a = (uint8_t)buf[k], b = (uint8_t)buf[k + 1];
        unsigned cp = a == 0xC4 || a == 0xC5 ? ((unsigned)(a & 0x1F) << 6) | (b & 0x3F) : 0;
        if (cp == 0x130) { /* Turkish dotted capital: "NİSAN" is "nisan" */
            buf[k] = 'i';
            memmove(buf + k + 1, buf + k + 2, strlen(buf + k + 2) + 1);
            continue;
        }
        if ((cp >= 0x100 && cp <= 0x137 && !(cp & 1)) ||
            (cp >= 0x14A && cp <= 0x177 && !(cp & 1)) || (cp >= 0x139 && cp <= 0x13E && (cp & 1)) ||
            (cp >= 0x141 && cp <= 0x148 && (cp & 1)) || (cp >= 0x179 && cp <= 0x17E && (cp & 1)) ||
            (a == 0xC8 && (b == 0x98 || b == 0x9A)))
            buf[k + 1] = (char)(b + 1);
        if (a >= 0xC4)
            k++;
    }
    return f && NW_ONE_OF(f, months_more) ? e : 0;
}

/* A month and a year before "baby" ("I'm a March '87 baby", "December 1948 baby here", "a May
 * '79 baby"): how people say when they were born in conversation. The year at [i, d), four
 * digits (1900-2030) or two after an apostrophe ('\'' or U+2019), the month word right before.
 * The month's start + 1, or 0. */
size_t nw_month_year_baby(const struct sc *s, size_t i, size_t d)
{
    const uint8_t *t = s->t;
    if (memcmp(t + d + 1, "baby", 4) != 0 || (d + 5 < s->len && is_alnum(t[d + 5])))
        return 0;
    size_t b = i;
    if (d - i == 2) {
        if (b >= 1 && t[b - 1] == '\'')
            b--;
        else if (b >= 3 && t[b - 3] == 0xE2 && t[b - 2] == 0x80 && t[b - 1] == 0x99)
            b -= 3;
        else
            return 0;
    } else {
        unsigned y = (unsigned)(t[i] - '0') * 1000 + (unsigned)(t[i + 1] - '0') * 100 +
                     (unsigned)(t[i + 2] - '0') * 10 + (unsigned)(t[i + 3] - '0');
        if (y < 1900 || y > 2030)
            return 0;
    }
    if (b < 2 || t[b - 1] != ' ')
        return 0;
    size_t we = b - 1, ms = we;
    while (ms > 0 && we - ms < 10 && ((t[ms - 1] | 32) >= 'a' && (t[ms - 1] | 32) <= 'z'))
        ms--;
    if (ms == we || (ms > 0 && is_alnum(t[ms - 1])) || !nw_upper(t + ms, 1) || we - ms < 3)
        return 0;
    char buf[16];
    const char *f = nw_fold_span(s, ms, we, buf, sizeof buf);
    return f && nw_month(f) ? ms + 1 : 0;
}
