/* names_fp44.c: PERSON findings that are the name of a thing, told by what stands around them: the
 * value of a label that only things fill ("Hersteller: Smith & Wesson", "Fahrzeug A: Hyundai
 * Tucson", "Média : Le Monde", "Cheval : Stakkato"), a party of a case before a European court
 * with its case number ("Bosman (C-415/93)", "Costa v ENEL (C-6/64)"), a product after a brand
 * named after people ("Louis Vuitton Neverfull"), and a side of a firm's "X & X" ("Johnson &
 * Johnson"). Every finding of the scanner passes through nw_fp44_emit first; a dropped one is not
 * forwarded. The parties of other reported cases ("Benali v. Naur, 512 F.3d 682") stay people, as
 * the tune sets label them. Nothing here allocates.
 */
#include "anonymize/names.h"
#include "anonymize/names_internal.h"

#include <string.h>

/* Labels whose value is a thing, never a person: makers and brands, vehicles, lodgings and
 * carriers, media outlets, horses, pledged and lost items, departments, wards and military units,
 * ranks, courts, school subjects and courses, tariffs, funds and banks, drugs, room types,
 * positions, roles, journals, prisons and queues; lower case, as
 * thing_value() writes them. Left out, for a person may stand there: "Model" (a model release),
 * "Subject" (a mail's), "Plan" (a clinical note's), "Group" (a list of members), "Device" ("Maria's
 * iPhone"), "Post", "Service" (of a writ, a salon's), insurers and suppliers (a broker, a sole
 * trader), "Registrar" (a museum's), "Tribunal" (a Spanish interview panel). */
static const char *const thing_label[] = {"make",
                                          "manufacturer",
                                          "brand",
                                          "hersteller",
                                          "fabrikat",
                                          "marke",
                                          "fabricant",
                                          "marque",
                                          "fabrikant",
                                          "merk",
                                          "fabricante",
                                          "marca",
                                          "produttore",
                                          "producent",
                                          "tillverkare",
                                          "v\xc3\xbdrobce",
                                          "zna\xc4\x8dka",
                                          "produc\xc4\x83tor",
                                          "marc\xc4\x83",
                                          "typ",
                                          "vehicle",
                                          "fahrzeug",
                                          "v\xc3\xa9hicule",
                                          "voertuig",
                                          "veh\xc3\xad"
                                          "culo",
                                          "veicolo",
                                          "ve\xc3\xad"
                                          "culo",
                                          "pojazd",
                                          "fordon",
                                          "k\xc3\xb8ret\xc3\xb8j",
                                          "vozidlo",
                                          "ara\xc3\xa7",
                                          "vehicul",
                                          "hotel",
                                          "h\xc3\xb4tel",
                                          "airline",
                                          "carrier",
                                          "fluggesellschaft",
                                          "havayolu",
                                          "vettore",
                                          "medium",
                                          "m\xc3\xa9"
                                          "dia",
                                          "media",
                                          "medio",
                                          "outlet",
                                          "testata",
                                          "horse",
                                          "pferd",
                                          "cheval",
                                          "paard",
                                          "h\xc3\xa4st",
                                          "hest",
                                          "k\xc5\xaf\xc5\x88",
                                          "ko\xc5\x84",
                                          "cavallo",
                                          "caballo",
                                          "sire",
                                          "item",
                                          "pfand",
                                          "art\xc3\xad"
                                          "culo",
                                          "articolo",
                                          "objeto",
                                          "obiect",
                                          "przedmiot",
                                          "bag",
                                          "gep\xc3\xa4"
                                          "ck",
                                          "bagaglio",
                                          "bavul",
                                          "bagage",
                                          "equipaje",
                                          "bagagem",
                                          "department",
                                          "abteilung",
                                          "afdeling",
                                          "departamento",
                                          "d\xc3\xa9partement",
                                          "dzia\xc5\x82",
                                          "avdelning",
                                          "odd\xc4\x9blen\xc3\xad",
                                          "reparto",
                                          "ward",
                                          "unit",

                                          "odzia\xc5\x82",
                                          "servis",
                                          "sec\xc8\x9bia",
                                          "einheit",
                                          "unit\xc3\xa9",
                                          "jednostka",
                                          "f\xc3\xb6rband",
                                          "enhed",
                                          "\xc3\xbatvar",
                                          "birlik",
                                          "unitate",
                                          "truppenteil",
                                          "grade",
                                          "grad",
                                          "dienstgrad",
                                          "rank",
                                          "stopie\xc5\x84",
                                          "r\xc3\xbctbe",
                                          "hodnost",
                                          "grado",
                                          "court",
                                          "gericht",
                                          "juridiction",
                                          "rechtbank",
                                          "instantie",
                                          "juzgado",
                                          "tribunale",
                                          "s\xc4\x85"
                                          "d",
                                          "domstol",
                                          "soud",
                                          "mahkeme",
                                          "fach",
                                          "mati\xc3\xa8re",
                                          "vak",
                                          "asignatura",
                                          "materia",
                                          "\xc3\xa4mne",
                                          "fag",
                                          "p\xc5\x99"
                                          "edm\xc4\x9bt",
                                          "ders",
                                          "materie",
                                          "kurs",
                                          "course",
                                          "cours",
                                          "curso",
                                          "corso",
                                          "tarif",
                                          "tarifa",
                                          "pakiet",
                                          "fund",
                                          "fonds",
                                          "fondo",
                                          "fundo",
                                          "fond",
                                          "bank",
                                          "banca",
                                          "banco",
                                          "entidad",
                                          "depotbank",
                                          "custodian",
                                          "medication",
                                          "medikation",
                                          "medikament",
                                          "traitement",
                                          "tratamiento",
                                          "terapia",
                                          "dispositivo",
                                          "dispositif",
                                          "l\xc3\xa4kemedel",
                                          "drug",
                                          "suspect drug",
                                          "arzneimittel",
                                          "m\xc3\xa9"
                                          "dicament",
                                          "f\xc3\xa1rmaco",
                                          "room type",
                                          "zimmerkategorie",
                                          "zimmertyp",
                                          "position",
                                          "stelle",
                                          "poste",
                                          "puesto",
                                          "pozisyon",
                                          "stanowisko",
                                          "job title",
                                          "r\xc3\xb4le",
                                          "role",
                                          "rolle",
                                          "ruolo",
                                          "papel",
                                          "journal",
                                          "zeitschrift",
                                          "revue",
                                          "revista",
                                          "rivista",
                                          "establishment",
                                          "prison",
                                          "queue",
                                          "cola",
                                          "coda",
                                          "k\xc3\xb6",
                                          NULL};

/* Is the label s[0 .. n) (lower case) one of thing_label? Only the words that open with its first
 * byte are compared (names_oneof.c's buckets). */
static int is_thing_label(const char *s, size_t n)
{
    static const size_t count = sizeof thing_label / sizeof thing_label[0] - 1;
    const uint16_t *ord;
    int k = nw_one_of_bucket(thing_label, count, (uint8_t)s[0], &ord);
    if (k < 0) {
        for (size_t i = 0; i < count; i++)
            if (strncmp(thing_label[i], s, n) == 0 && thing_label[i][n] == '\0')
                return 1;
        return 0;
    }
    for (int i = 0; i < k; i++)
        if (strncmp(thing_label[ord[i]], s, n) == 0 && thing_label[ord[i]][n] == '\0')
            return 1;
    return 0;
}

/* Is t[a ..) on its line the value of a thing's label ("Hersteller: Smith & Wesson", "Fahrzeug A:
 * Hyundai Tucson", "Média : Le Monde")? The colon is the last one before a on the line, with no
 * ',', ';', '|', tab, sentence's end (a word's '.' and a space) or lower-case word of three
 * letters or more ("Course: Yoga with X") between; the label is all that
 * stands between the line's start (or one of those separators, or a bullet) and the colon, at most
 * 24 bytes; a one-letter party mark after it
 * ("A", "B") is skipped. */
static int thing_value(const uint8_t *t, size_t a)
{
    size_t lo = a > 48 ? a - 48 : 0, c = a;
    while (c > lo && t[c - 1] != ':') {
        uint8_t b = t[c - 1];
        if (b == '\n' || b == ',' || b == ';' || b == '|' || b == '\t' || b == '>' || b == '"' ||
            (b == ' ' && c >= lo + 4 && t[c - 2] == '.' && t[c - 3] != ' ' && t[c - 4] != ' '))
            return 0; /* "Role: Backend Lead. Reporting to X": a sentence ended the value ("v.",
                       * "J." do not) */
        c--;
    }
    if (c == lo || t[c - 1] != ':')
        return 0;
    for (size_t i = c; i + 2 < a; i++) /* a lower-case word between: prose ("with", "mit") */
        if (t[i] == ' ' && t[i + 1] >= 'a' && t[i + 1] <= 'z' && t[i + 2] >= 'a' &&
            t[i + 2] <= 'z' && i + 3 < a && t[i + 3] >= 'a' && t[i + 3] <= 'z')
            return 0;
    size_t e = c - 1; /* the colon */
    while (e > 0 && t[e - 1] == ' ')
        e--;
    if (e >= 2 && t[e - 2] == ' ' && t[e - 1] >= 'A' && t[e - 1] <= 'Z')
        e -= 2; /* "Fahrzeug A:" */
    size_t s = e;
    while (s > 0 && e - s <= 24) {
        uint8_t b = t[s - 1];
        if (b == '\n' || b == ',' || b == ';' || b == '|' || b == '\t' || b == '-' || b == '*')
            break;
        if (b == ':' || (b >= '0' && b <= '9'))
            return 0;
        s--;
    }
    while (s < e && t[s] == ' ')
        s++;
    if (e - s < 2 || e - s > 24)
        return 0;
    char low[32];
    for (size_t i = s; i < e; i++)
        low[i - s] = (char)(t[i] >= 'A' && t[i] <= 'Z' ? t[i] + 32 : t[i]);
    return is_thing_label(low, e - s);
}

/* Does a European court's case number start at t[i ..) ("(C-415/93)", "(T-201/04)"), after an
 * optional ", " or " "? Only these: the parties of other reported cases ("Benali v. Naur, 512
 * F.3d 682") are labelled people in the tune sets, and a year in brackets follows an author. */
static int eu_case_at(const uint8_t *t, size_t len, size_t i)
{
    if (i < len && t[i] == ',')
        i++;
    if (i < len && t[i] == ' ')
        i++;
    return i + 4 < len && t[i] == '(' && (t[i + 1] == 'C' || t[i + 1] == 'T') && t[i + 2] == '-' &&
           is_digit(t[i + 3]);
}

/* Is t[.. e) a party of a case before a European court: its case number after it, or " v " (" v.
 * ", " vs. ") and the other party and the number? */
static int case_party(const uint8_t *t, size_t len, size_t e)
{
    if (eu_case_at(t, len, e))
        return 1;
    size_t i = e;
    if (i + 3 < len && t[i] == ' ' && t[i + 1] == 'v') {
        i += 2;
        if (t[i] == 's')
            i++;
        if (i < len && t[i] == '.')
            i++;
        if (i >= len || t[i] != ' ')
            return 0;
        for (size_t k = i; k < len && k - i < 64 && t[k] != '\n'; k++)
            if (t[k] == ',' || t[k] == '(')
                return eu_case_at(t, len, t[k] == ',' ? k : k - (t[k - 1] == ' '));
    }
    return 0;
}

/* The end of the capitalised word at t[i] (letters, UTF-8 ones too, '-', '\''), or i. */
static size_t cap_word(const uint8_t *t, size_t len, size_t i)
{
    if (i >= len || !nw_upper(t + i, len - i))
        return i;
    size_t j = i;
    while (j < len && (is_alnum(t[j]) || t[j] >= 0x80 || t[j] == '-' || t[j] == '\''))
        j++;
    return j;
}

/* Is the one-word finding t[a .. e) a side of a firm's "X & X" ("Johnson & Johnson"): the same
 * capitalised word on the other side and no capitalised word after it? Other pairs are as often
 * two people ("Lucía & Quillo", "Kivan & Reewick: check the bins"). */
static int amp_firm(const uint8_t *t, size_t len, size_t a, size_t e)
{
    size_t n = e - a, o;
    if (e + 3 + n <= len && t[e] == ' ' && t[e + 1] == '&' && t[e + 2] == ' ')
        o = e + 3;
    else if (a >= 3 + n && t[a - 1] == ' ' && t[a - 2] == '&' && t[a - 3] == ' ')
        o = a - 3 - n;
    else
        return 0;
    if (memcmp(t + a, t + o, n) != 0 || (o < a && o > 0 && is_alnum(t[o - 1])))
        return 0;
    size_t oe = o + n;
    return !(oe < len && (is_alnum(t[oe]) || t[oe] >= 0x80)) &&
           !(o > a && oe + 1 < len && t[oe] == ' ' && cap_word(t, len, oe + 1) > oe + 1);
}

/* Does the finding of two words or more open with a brand named after people
 * (names_curated.c) with a product's word after it ("Louis Vuitton Neverfull", "Gucci Marmont")? */
static int brand_product(const uint8_t *t, size_t a, size_t e)
{
    const uint8_t *sp = memchr(t + a, ' ', e - a);
    if (!sp)
        return 0;
    size_t w1 = (size_t)(sp - t);
    char f[48];
    size_t n = nw_fold((const char *)t + a, w1 - a, f, sizeof f - 1);
    if (!n)
        return 0;
    f[n] = '\0';
    if (nw_brand(f, 1))
        return 1;
    const uint8_t *sp2 = memchr(t + w1 + 1, ' ', e - w1 - 1);
    if (!sp2)
        return 0;
    n = nw_fold((const char *)t + a, (size_t)(sp2 - t) - a, f, sizeof f - 1);
    if (!n)
        return 0;
    f[n] = '\0';
    return nw_brand(f, 2);
}

int nw_fp44_emit(void *arg, int kind, size_t a, size_t e)
{
    struct nw_link *p = arg;
    if (kind == ANON_NAMES_PERSON && e > a) {
        const uint8_t *t = p->t;
        int one = !memchr(t + a, ' ', e - a);
        if (thing_value(t, a) || case_party(t, p->len, e) || (one && amp_firm(t, p->len, a, e)) ||
            (!one && brand_product(t, a, e)))
            return 0;
    }
    return p->emit(p->arg, kind, a, e);
}
