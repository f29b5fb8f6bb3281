/* names_postblock.c: the parts of a postal block around its town, for names_postal.c's
 * nw_addr_tail: the country line, a US state and ZIP, the rest of a town's name (particles,
 * Cedex, an arrondissement, a province), a Mexican state, a floor, a house number's suffix; and
 * nw_addr_head, what stands before the street (a postcode and town, a unit, "c/o" and a name).
 *
 * Each only ever extends an address a street recogniser found, and each takes a part only in the
 * place its country writes it: a country only from a fixed list and only after the town's comma
 * or line break, a postcode before a street only at a line's start or after a space, colon or
 * quote. Nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <pthread.h>
#include <string.h>

/* Countries as written on an address's last line, folded (in lower case), each
 * between two '|', the longest first: the world's in English ("Bosnia and Herzegovina" before
 * "Bosnia"), the pack's countries and neighbours in their own and the pack's languages. */
static const char countries[] =
    "|democratic republic of the congo|saint vincent and the grenadines|"
    "central african republic|united states of america|vereinigtes k\303\266nigreich|"
    "bosnia and herzegovina|saint kitts and nevis|united arab emirates|"
    "antigua and barbuda|trinidad and tobago|verenigd koninkrijk|dominican republic|"
    "russian federation|vereinigte staaten|equatorial guinea|marshall islands|"
    "papua new guinea|northern ireland|the netherlands|north macedonia|solomon islands|"
    "gro\303\237britannien|czech republic|united kingdom|estados unidos|guinea-bissau|"
    "liechtenstein|united states|faroe islands|new caledonia|great britain|"
    "pa\303\255ses bajos|burkina faso|saudi arabia|sierra leone|south africa|"
    "turkmenistan|vatican city|afghanistan|el salvador|ivory coast|netherlands|"
    "new zealand|north korea|philippines|puerto rico|saint lucia|south korea|south sudan|"
    "switzerland|timor-leste|isle of man|deutschland|\303\266sterreich|niederlande|"
    "\303\251tats-unis|royaume-uni|zwitserland|reino unido|regno unito|stati uniti|"
    "paesi bassi|azerbaijan|bangladesh|cape verde|costa rica|kazakhstan|kyrgyzstan|"
    "luxembourg|madagascar|mauritania|micronesia|montenegro|mozambique|san marino|"
    "seychelles|tajikistan|uzbekistan|frankreich|oostenrijk|argentina|australia|"
    "guatemala|hong kong|indonesia|lithuania|mauritius|nicaragua|palestine|singapore|"
    "sri lanka|venezuela|greenland|gibraltar|luxemburg|nederland|allemagne|duitsland|"
    "frankrijk|barbados|botswana|bulgaria|cambodia|cameroon|colombia|djibouti|dominica|"
    "eswatini|ethiopia|honduras|kiribati|malaysia|maldives|mongolia|pakistan|paraguay|"
    "portugal|slovakia|slovenia|suriname|tanzania|thailand|zimbabwe|guernsey|scotland|"
    "svizzera|belgique|autriche|pays-bas|alemania|b\303\251lgica|germania|albania|"
    "algeria|andorra|armenia|austria|bahamas|bahrain|belarus|belgium|bolivia|burundi|"
    "comoros|croatia|czechia|denmark|ecuador|eritrea|estonia|finland|georgia|germany|"
    "grenada|hungary|iceland|ireland|jamaica|lebanon|lesotho|liberia|moldova|morocco|"
    "myanmar|namibia|nigeria|romania|senegal|somalia|tunisia|ukraine|uruguay|vanuatu|"
    "vietnam|england|schweiz|belgi\303\253|belgien|holland|espa\303\261a|spanien|espagne|"
    "italien|danmark|sverige|m\303\251xico|itali\303\253|francia|angola|belize|bhutan|"
    "brazil|brunei|canada|cyprus|france|gambia|greece|guinea|guyana|israel|jordan|kosovo|"
    "kuwait|latvia|malawi|mexico|monaco|norway|panama|poland|russia|rwanda|serbia|sweden|"
    "taiwan|turkey|tuvalu|uganda|zambia|jersey|u.s.a.|suisse|italia|italie|polska|spanje|"
    "spagna|belgio|benin|chile|china|congo|egypt|gabon|ghana|haiti|india|italy|japan|"
    "kenya|libya|malta|nauru|nepal|niger|palau|qatar|samoa|spain|sudan|syria|tonga|yemen|"
    "macau|wales|norge|brasil|suomi|suiza|chad|cuba|fiji|iran|iraq|laos|mali|oman|peru|togo|"
    "u.s.|usa|us|uk|"
    /* in their own languages, beyond the pack's */
    "\304\215esk\303\241 republika|magyarorsz\303\241g|vi\341\273\207t nam|slovensko|slovenija|"
    "t\303\274rkiye|rom\303\242nia|hrvatska|\303\255sland|lietuva|latvija|\304\215esko|srbija|"
    "eesti|";

/* Does the folded word w[0 .. l) match the text at i (its capitals lowered, nw_fold_capital():
 * "Česká republika") with no letter after it? The end of the match, or 0. */
static size_t folded_at(const struct sc *s, size_t i, const char *w, size_t l)
{
    const uint8_t *t = s->t;
    size_t k = 0, e = i;
    while (k < l) {
        if (e >= s->len)
            return 0;
        uint8_t c = t[e];
        size_t ul;
        if (c >= 0xC3 && (ul = nw_upper(t + e, s->len - e)) > 1) {
            char f[4];
            size_t fl = nw_fold_capital(t + e, f);
            if (fl > l - k || memcmp(f, w + k, fl) != 0)
                return 0;
            k += fl;
            e += ul;
            continue;
        }
        if (c >= 'A' && c <= 'Z')
            c |= 32;
        if (c != (uint8_t)w[k])
            return 0;
        k++;
        e++;
    }
    return e < s->len && (is_alnum(t[e]) || t[e] >= 0x80) ? 0 : e;
}

/* US states written out, folded ("Springfield, Illinois 62704"). */
static const char *const us_states[] = {
    "alabama",       "alaska",      "arizona",        "arkansas",      "california",
    "colorado",      "connecticut", "delaware",       "florida",       "georgia",
    "hawaii",        "idaho",       "illinois",       "indiana",       "iowa",
    "kansas",        "kentucky",    "louisiana",      "maine",         "maryland",
    "massachusetts", "michigan",    "minnesota",      "mississippi",   "missouri",
    "montana",       "nebraska",    "nevada",         "new hampshire", "new jersey",
    "new mexico",    "new york",    "north carolina", "north dakota",  "ohio",
    "oklahoma",      "oregon",      "pennsylvania",   "rhode island",  "south carolina",
    "south dakota",  "tennessee",   "texas",          "utah",          "vermont",
    "virginia",      "washington",  "west virginia",  "wisconsin",     "wyoming",
    "d.c.",          "dc"};

/* A US state (two capitals, written out, "D.C.") and its ZIP at k: "IL 62704", "Illinois
 * 62704-1234". Its end, or 0. */
size_t nw_state_zip_at(const struct sc *s, size_t k)
{
    const uint8_t *t = s->t;
    if (k + 8 > s->len || !is_up(t[k]))
        return 0;
    size_t e = 0;
    if (is_up(t[k + 1]) && t[k + 2] == ' ')
        e = k + 2;
    for (size_t m = 0; !e && m < sizeof us_states / sizeof us_states[0]; m++)
        e = folded_at(s, k, us_states[m], strlen(us_states[m]));
    if (!e && k + 4 < s->len && memcmp(t + k, "D.C.", 4) == 0)
        e = k + 4;
    if (!e || e + 6 > s->len || t[e] != ' ' || !is_digit(t[e + 1]))
        return 0;
    size_t z = e + 1;
    while (z < s->len && is_digit(t[z]))
        z++;
    if (z - e - 1 != 5 || (z < s->len && is_alnum(t[z])))
        return 0;
    if (z + 5 <= s->len && t[z] == '-' && is_digit(t[z + 1]) && is_digit(t[z + 4]))
        z += 5;
    return z;
}

/* countries' entries grouped by first byte (256: every non-ASCII first byte), each group in the
 * list's order, so a look-up compares only the entries that can match. Built once. */
#define COUNTRY_MAX 512
static struct {
    uint16_t off;
    uint8_t len;
} country_ent[COUNTRY_MAX];
static uint16_t country_first[257], country_count[257];
/* and the entries of a group 'a' .. 'z' by their ASCII second byte, each bucket in the list's
 * order (indexes into country_ent): an ASCII capital and the ASCII byte after it read only the
 * entries that can match. Unused (pair_ok 0) if an entry of those groups is one byte long. */
static uint16_t pair_ent[COUNTRY_MAX], pair_first[26][128];
static uint8_t pair_count[26][128];
static int pair_ok;
static pthread_once_t country_once = PTHREAD_ONCE_INIT;

static void country_index(void)
{
    /* two walks of the list (a count per group, then each entry at its group's next place), not
     * one walk per group and pass: the same table, built in a tenth of the work */
    uint16_t next[257];
    for (const char *c = countries + 1, *bar; (bar = strchr(c, '|')) != NULL; c = bar + 1)
        country_count[(uint8_t)*c >= 0x80 ? 256u : (uint8_t)*c]++;
    size_t n = 0;
    for (unsigned b = 0; b < 257; b++) {
        country_first[b] = next[b] = (uint16_t)n;
        n += country_count[b];
    }
    for (const char *c = countries + 1, *bar; (bar = strchr(c, '|')) != NULL; c = bar + 1) {
        unsigned b = (uint8_t)*c >= 0x80 ? 256u : (uint8_t)*c;
        if (next[b] < COUNTRY_MAX) {
            country_ent[next[b]].off = (uint16_t)(c - countries);
            country_ent[next[b]].len = (uint8_t)(bar - c);
        }
        next[b]++;
    }
    size_t total = n < COUNTRY_MAX ? n : COUNTRY_MAX, m = 0;
    pair_ok = 1;
    for (size_t k = 0; k < total; k++) {
        const char *c = countries + country_ent[k].off;
        if ((uint8_t)c[0] < 'a' || (uint8_t)c[0] > 'z')
            continue;
        if (country_ent[k].len < 2)
            pair_ok = 0;
        else if ((uint8_t)c[1] < 0x80 && pair_count[c[0] - 'a'][(uint8_t)c[1]]++ == 255)
            pair_ok = 0;
    }
    uint16_t at[26][128];
    for (unsigned g = 0; g < 26; g++)
        for (unsigned c = 0; c < 128; c++) {
            pair_first[g][c] = at[g][c] = (uint16_t)m;
            m += pair_count[g][c];
        }
    for (size_t k = 0; k < total; k++) { /* country_ent is in the list's order in each group */
        const char *c = countries + country_ent[k].off;
        if ((uint8_t)c[0] >= 'a' && (uint8_t)c[0] <= 'z' && country_ent[k].len >= 2 &&
            (uint8_t)c[1] < 0x80)
            pair_ent[at[c[0] - 'a'][(uint8_t)c[1]]++] = (uint16_t)k;
    }
}

/* A country after the town that ends at end, after a comma or on the next line ("10115 Berlin,
 * Deutschland", "Springfield, IL 62704\nUSA"): its end, or 0. */
size_t nw_country_after(const struct sc *s, size_t end)
{
    const uint8_t *t = s->t;
    size_t i = end;
    int sep = 0;
    size_t br = nw_br_at(s, i);
    if (i < s->len && (t[i] == ',' || t[i] == ';' || t[i] == '\t'))
        i++, sep = 1; /* and a CSV row's next cell: "Dublin;Ireland" */
    else if (br)
        i += br, sep = 1; /* "Zürich<br>Schweiz" */
    else if (i + 3 < s->len && t[i] == ' ' && (t[i + 1] == '-' || t[i + 1] == '|') &&
             t[i + 2] == ' ')
        i += 3, sep = 1; /* "00184 Roma - Italia", "Perth WA 6000 | Australia" */
    else if (i + 4 < s->len && t[i] == ' ' && t[i + 1] == 0xC2 && t[i + 2] == 0xB7 &&
             t[i + 3] == ' ')
        i += 4, sep = 1; /* "3011 Bern · Switzerland" */
    if (i < s->len && t[i] == '\r')
        i++;
    if (i < s->len && t[i] == '\n')
        i++, sep = 1;
    while (i < s->len && (t[i] == ' ' || t[i] == '\t'))
        i++;
    if (!sep || i >= s->len || !nw_upper(t + i, s->len - i))
        return 0;
    pthread_once(&country_once, country_index);
    /* only the entries that can match, in the list's order: those starting with the folded
     * byte, or every non-ASCII start for a non-ASCII byte */
    unsigned b = t[i] >= 0x80 ? 256 : (unsigned)(t[i] | 32);
    /* an ASCII capital is one byte, so folded_at() compares an ASCII byte after it (lowered)
     * with the entry's second byte: only that bucket can match ("Mountain" reads "monaco" ...
     * "montenegro", not "madagascar" ... "myanmar"), in the list's order as before */
    size_t e = 0;
    if (pair_ok && b >= 'a' && b <= 'z' && i + 1 < s->len && t[i + 1] < 0x80) {
        unsigned g = b - 'a', c1 = t[i + 1] >= 'A' && t[i + 1] <= 'Z' ? t[i + 1] | 32u : t[i + 1];
        /* and an ASCII third byte, lowered, is compared with the entry's third byte first: what
         * folded_at() compares next ("Mountain" reads none of the six "mo" entries) */
        int c2 = i + 2 < s->len && t[i + 2] < 0x80
                     ? (t[i + 2] >= 'A' && t[i + 2] <= 'Z' ? t[i + 2] | 32 : t[i + 2])
                     : -1;
        for (unsigned k = pair_first[g][c1]; !e && k < pair_first[g][c1] + pair_count[g][c1]; k++) {
            unsigned x = pair_ent[k];
            const char *w = countries + country_ent[x].off;
            if (c2 < 0 || country_ent[x].len < 3 || (uint8_t)w[2] == c2)
                e = folded_at(s, i, w, country_ent[x].len);
        }
    } else {
        for (unsigned k = country_first[b]; !e && k < country_first[b] + country_count[b]; k++)
            e = folded_at(s, i, countries + country_ent[k].off, country_ent[k].len);
    }
    if (!e)
        return 0;
    size_t d = e + 1; /* a postcode after the country: "Belgium 18431" */
    while (d < s->len && d - e <= 6 && is_digit(t[d]))
        d++;
    return e < s->len && t[e] == ' ' && d - e - 1 >= 4 && d - e - 1 <= 6 &&
                   (d >= s->len || !is_alnum(t[d]))
               ? d
               : e;
}

/* The rest of a town's name after its capitalised words end at ce: "Aix-en-Provence",
 * "Saint-Priest", "Freiburg im Breisgau", "Frankfurt am Main", "Paris Cedex 01", a province in
 * brackets "Madrid (Madrid)". Its new end. */
size_t nw_town_rest(const struct sc *s, size_t ce)
{
    static const char *const links[] = {"im", "am",  "an", "der", "in", "on",  "upon", "sur", "en",
                                        "ob", "bei", "le", "la",  "de", "del", "di",   "les"};
    const uint8_t *t = s->t;
    if (ce >= 2 && ce + 3 < s->len && (t[ce - 2] == 'C' || t[ce - 2] == 'S') &&
        t[ce - 1] == (t[ce - 2] == 'C' ? 'o' : 't') && t[ce] == '.' && t[ce + 1] == ' ' &&
        (ce == 2 || !is_alnum(t[ce - 3])) && is_up(t[ce + 2])) {
        size_t nc, co = nw_cap_words(s, ce + 2, 2, &nc); /* "Co. Cork", "St. John's" */
        if (!co)
            return ce;
        ce = co;
    }
    if (ce + 2 <= s->len && t[ce] == '\'' && t[ce + 1] == 's' &&
        (ce + 2 == s->len || !is_alnum(t[ce + 2])))
        return ce + 2; /* "St. John's" */
    for (int g = 0; g < 4 && ce + 1 < s->len; g++) {
        size_t q = ce + 1;
        if (ce >= 5 &&
            (memcmp(t + ce - 5, "Cedex", 5) == 0 || memcmp(t + ce - 5, "CEDEX", 5) == 0) &&
            t[ce] == ' ' && is_digit(t[q])) {
            size_t d = q; /* its office's number: "Cedex 01" */
            while (d < s->len && d - q < 3 && is_digit(t[d]))
                d++;
            if (d - q <= 2 && (d >= s->len || !is_alnum(t[d])))
                ce = d;
            break;
        }
        char buf[8];
        if (t[ce] == ' ' && is_digit(t[q])) { /* an arrondissement: "Paris 18e", "Lyon 2ème" */
            size_t d = q;
            while (d < s->len && d - q < 2 && is_digit(t[d]))
                d++;
            size_t r = d;
            while (r < s->len && r - d < 3 && t[r] >= 'a' && t[r] <= 'z')
                r++;
            if (d + 4 <= s->len && memcmp(t + d, "\303\250me", 4) == 0)
                r = d + 4;
            char ab[8];
            const char *a = nw_fold_span(s, d, r, ab, sizeof ab);
            if ((strcmp(a, "e") == 0 || strcmp(a, "er") == 0 || strcmp(a, "\303\250me") == 0) &&
                (r >= s->len || !is_alnum(t[r])))
                ce = r;
            break;
        }
        if (t[ce] == '-' || t[ce] == ' ') { /* "-en-", " im " or "-" before a capital */
            size_t r = q;
            while (r < s->len && r - q < 5 && t[r] >= 'a' && t[r] <= 'z')
                r++;
            if (r > q && r < s->len && t[r] == t[ce] &&
                NW_ONE_OF(nw_fold_span(s, q, r, buf, sizeof buf), links))
                q = r + 1;
            else if (t[ce] == ' ' && q + 5 <= s->len &&
                     (memcmp(t + q, "Cedex", 5) == 0 || memcmp(t + q, "CEDEX", 5) == 0) &&
                     (q + 5 == s->len || !is_alnum(t[q + 5]))) {
                ce = q + 5; /* "Paris Cedex 01" */
                continue;
            } else if (t[ce] == ' ')
                q = 0;
            if (!q || q >= s->len || !nw_upper(t + q, s->len - q))
                break;
            size_t e = q;
            while (e < s->len && nw_letter(t + e, s->len - e))
                e += nw_letter(t + e, s->len - e);
            char wb[16];
            if (nw_month(nw_fold_span(s, q, e, wb, sizeof wb)))
                break; /* "10115 Berlin im Mai" */
            ce = e;
            continue;
        }
        break;
    }
    if (ce + 3 < s->len && t[ce] == ' ' && t[ce + 1] == '(' &&
        nw_upper(t + ce + 2, s->len - ce - 2)) {
        size_t e = ce + 2; /* "(Madrid)", "(Valencia)"; "(RM)" is the province rule's */
        while (e < s->len && e - ce < 24 && (nw_letter(t + e, s->len - e) || t[e] == ' '))
            e += nw_letter(t + e, s->len - e) ? nw_letter(t + e, s->len - e) : 1;
        if (e < s->len && t[e] == ')' && e - ce > 5)
            ce = e + 1;
    }
    return ce;
}

/* Can a postcode start at b: the text's or a line's start, or after a space, a colon or a quote? */
static int postcode_may_start(const struct sc *s, size_t b)
{
    return b == 0 || strchr(" \n\t:\"(>", s->t[b - 1]) != NULL;
}

/* A postcode that ends at pe, before a town: "10115", "D-10115", "1012 AB", "SW1A 1AA". Its
 * start, or (size_t)-1. */
static size_t postcode_before(const struct sc *s, size_t pe)
{
    const uint8_t *t = s->t;
    size_t b = pe;
    if (pe >= 7 && is_up(t[pe - 1]) && is_up(t[pe - 2]) && t[pe - 3] == ' ')
        b = pe - 3; /* Dutch: "1012 AB" */
    size_t d = b;
    while (d > 0 && b - d < 6 && is_digit(t[d - 1]))
        d--;
    if (b - d == 4 || b - d == 5) {
        if (d >= 2 && t[d - 1] == '-' && is_up(t[d - 2]))
            d -= d >= 3 && is_up(t[d - 3]) ? 3 : 2; /* "D-10115", "CH-8001" */
        if (postcode_may_start(s, d))
            return d;
    }
    for (size_t k = 6; k <= 8 && k <= pe; k++)
        if (is_up(t[pe - k]) && nw_postcode_at(s, pe - k) == pe && postcode_may_start(s, pe - k))
            return pe - k; /* UK */
    return (size_t)-1;
}

/* A unit before a street that ends at e (before its ", "): "Building B", "#210", "Second
 * Floor", "Bldg 4". Its start, or (size_t)-1. */
static size_t unit_before_street(const struct sc *s, size_t e)
{
    static const char *const keys[] = {
        "building",    "bldg",  "block",  "tower", "wing", "haus", "geb\303\244ude",
        "edificio",    "torre", "portal", "level", "lvl",  "appt", "apto",
        "apartamento", "piano", "planta", "sala",  "local"};
    static const char *const nth[] = {"ground", "first", "second", "third",
                                      "fourth", "fifth", "sixth",  "top"};
    const uint8_t *t = s->t;
    size_t v = e;
    while (v > 0 && e - v < 6 && is_alnum(t[v - 1]))
        v--;

    if (v == e)
        return (size_t)-1;
    if (v > 0 && t[v - 1] == '#' && is_digit(t[v]))
        return postcode_may_start(s, v - 1) ? v - 1 : (size_t)-1; /* "#210, " */
    if (v < 2 || t[v - 1] != ' ')
        return (size_t)-1;
    size_t ke = t[v - 2] == '.' ? v - 2 : v - 1, k = ke; /* "Apt. 4B" */
    while (k > 0 && ke - k < 12 && (is_alnum(t[k - 1]) || t[k - 1] >= 0x80))
        k--;
    if (k == ke || !nw_upper(t + k, s->len - k) || !postcode_may_start(s, k))
        return (size_t)-1;
    char kb[16], vb[16];
    const char *key = nw_fold_span(s, k, ke, kb, sizeof kb);
    const char *val = nw_fold_span(s, v, e, vb, sizeof vb);
    if ((NW_ONE_OF(key, keys) || (nw_cats(key) & C_UNIT)) &&
        (is_digit(t[v]) || (e - v == 1 && is_up(t[v]))))
        return k; /* "Building B", "Flat 3", "Wohnung 12" */
    if (NW_ONE_OF(key, nth) && strcmp(val, "floor") == 0)
        return k; /* "Second Floor" */
    return (size_t)-1;
}

/* What may stand before a street that starts at b, after a comma: its postcode and town
 * ("10115 Berlin, Hauptstraße 5", "SW1A 1AA London, 10 Downing Street", "1012 AB Amsterdam,
 * ...") or a unit ("Building B, ", "#210, "). The new start. */
/* "c/o Anna Keller" (at most four capitalised words) ending at e: its start, or (size_t)-1. */
static size_t care_of_before(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    size_t q = e;
    while (q > 4 && e - q < 48 && t[q - 1] != ',' && t[q - 1] != '\n' &&
           !((t[q - 4] == 'c' || t[q - 4] == 'C') && t[q - 3] == '/' &&
             (t[q - 2] == 'o' || t[q - 2] == 'O') && t[q - 1] == ' '))
        q--;
    if (q <= 4 || t[q - 1] != ' ' || t[q - 3] != '/' || !nw_upper(t + q, s->len - q))
        return (size_t)-1;
    size_t nc, ce = nw_cap_words(s, q, 4, &nc);
    return ce == e && postcode_may_start(s, q - 4) ? q - 4 : (size_t)-1;
}

/* Does a block's line start at u: the text's start, after a line break, "<br>" or another tag,
 * a label's ": ", or a signature's "| " or "· "? */
static int line_start(const struct sc *s, size_t u)
{
    const uint8_t *t = s->t;
    if (u == 0 || t[u - 1] == '\n' || t[u - 1] == '>')
        return 1;
    return u >= 2 && t[u - 1] == ' ' &&
           (t[u - 2] == ':' || t[u - 2] == '|' || (u >= 3 && t[u - 3] == 0xC2 && t[u - 2] == 0xB7));
}

/* The line break before a line that starts at b: "\n", "<br>", " | ", " · ". Where the line
 * before ends (spaces left out), or (size_t)-1. */
static size_t line_break_before(const struct sc *s, size_t b)
{
    const uint8_t *t = s->t;
    size_t e = (size_t)-1;
    if (b >= 2 && t[b - 1] == '\n')
        e = b - 1 - (t[b - 2] == '\r');
    else if (b >= 5 && t[b - 1] == '>') {
        size_t k = b - 1;
        while (k > 0 && b - k < 7 && t[k] != '<')
            k--;
        if (t[k] == '<' && nw_br_at(s, k) == b - k)
            e = k;
    } else if (b >= 4 && t[b - 1] == ' ' && t[b - 2] == '|' && t[b - 3] == ' ')
        e = b - 3;
    else if (b >= 5 && t[b - 1] == ' ' && t[b - 2] == 0xB7 && t[b - 3] == 0xC2 && t[b - 4] == ' ')
        e = b - 4;
    if (e == (size_t)-1)
        return e;
    while (e > 0 && t[e - 1] == ' ')
        e--;
    return e > 0 ? e : (size_t)-1;
}

/* Words that end a company's name on the line before its street ("Brightwave Analytics, Inc.",
 * "Harbor Logistics LLC"), folded. */
static const char *const org_ends[] = {
    "inc", "llc", "ltd",  "limited", "gmbh", "ag",         "plc", "corp", "bv", "b.v", "sa",
    "s.a", "srl", "sarl", "kg",      "pty",  "solicitors", "llp", "oy",   "ab", "aps"};

/* A unit, a care-of, a house's name or a company line before a street's line, the line ending
 * at e ("Flat 3", "c/o Harbor Logistics LLC", "The Old Rectory", "Brightwave Analytics, Inc."):
 * its start, or (size_t)-1. A company only on a line of its own (own: a line break or "<br>"
 * after it), not as a one-line signature's first part ("Firma GmbH · Hauptstraße 5 · ...": the
 * sender's firm). */
static size_t line_before(const struct sc *s, size_t e, int own)
{
    const uint8_t *t = s->t;
    size_t u = unit_before_street(s, e);
    if (u != (size_t)-1 && line_start(s, u))
        return u; /* "Flat 3\n12 Baker Street" */
    size_t q = e;
    while (q > 0 && e - q < 64 && t[q - 1] != '\n' && t[q - 1] != '>' && t[q - 1] != ':' &&
           !(t[q - 1] == ' ' && q >= 2 && (t[q - 2] == '|' || t[q - 2] == 0xB7)))
        q--;
    if (q == e || !line_start(s, q))
        return (size_t)-1;
    if (e - q > 5 && (t[q] == 'c' || t[q] == 'C') && t[q + 1] == '/' &&
        (t[q + 2] == 'o' || t[q + 2] == 'O') && t[q + 3] == ' ' && nw_upper(t + q + 4, e - q - 4))
        return q; /* "c/o Fernleigh & Co Solicitors" */
    static const char *const houses[] = {"house",      "cottage",  "lodge", "farm",     "rectory",
                                         "manor",      "villa",    "court", "mansions", "residency",
                                         "apartments", "building", "tower", "plaza",    "grange"};
    size_t hb = e; /* a house's name: "The Old Rectory", "Flat 1, Kestrel House" */
    while (hb > q && t[hb - 1] != ' ')
        hb--;
    char hw[16];
    if (hb > q && nw_upper(t + hb, e - hb) &&
        NW_ONE_OF(nw_fold_span(s, hb, e, hw, sizeof hw), houses)) {
        size_t nc, u2 = q;
        if (nw_cap_words(s, q, 4, &nc) == e)
            return q;
        while (u2 < hb && t[u2] != ',')
            u2++;
        if (u2 + 2 < hb && t[u2 + 1] == ' ' && unit_before_street(s, u2) == q &&
            nw_cap_words(s, u2 + 2, 4, &nc) == e)
            return q; /* "Flat 1, Kestrel House" */
    }
    size_t w = e - (t[e - 1] == '.');
    size_t a = w;
    while (a > q && (is_alnum(t[a - 1]) || t[a - 1] == '.'))
        a--;
    char kb[16];
    if (own && a > q + 2 && (t[a - 1] == ' ') && nw_upper(t + q, e - q) &&
        NW_ONE_OF(nw_fold_span(s, a, w, kb, sizeof kb), org_ends))
        return q; /* "Brightwave Analytics, Inc." */
    return (size_t)-1;
}

/* Words before a house number that belong to it, as written in Singapore, India and on US rural
 * routes: "Blk 164 Ang Mo Kio Ave", "Door No. 12, ...", "RR 2 Box 36", "HC 64 Box 71", "Rural
 * Route 3, Box 65A". Their start, or b. */
static size_t number_prefix(const struct sc *s, size_t b)
{
    static const struct {
        const char *w;
        size_t n;
    } pre[] = {{"Blk ", 4},   {"Block ", 6},        {"Door No. ", 9}, {"House No. ", 10},
               {"H.No. ", 6}, {"Plot No. ", 9},     {"Plot ", 5},     {"RR ", 3},
               {"HC ", 3},    {"Rural Route ", 12}, {"No. ", 4}};
    const uint8_t *t = s->t;
    /* each word below ends in its last letter or dot and a space: that byte before the space
     * ('k', '.', 't', 'R', 'C', 'e', 'p') first; "to 1600" has none */
    uint8_t l = b >= 2 ? t[b - 2] : 0;
    if (l != 'k' && l != '.' && l != 't' && l != 'R' && l != 'C' && l != 'e' && l != 'p')
        return b;
    for (size_t k = 0; k < sizeof pre / sizeof pre[0]; k++) {
        size_t n = pre[k].n;
        if (b >= n && memcmp(t + b - n, pre[k].w, n) == 0 && (b == n || !is_alnum(t[b - n - 1])) &&
            (b == n || t[b - n - 1] != '.'))
            return b - n;
    }
    static const char *const units[] = {"Unit ", "Flat ", "Apt ", "Shop ", "Suite "};
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++) {
        size_t n = strlen(units[k]); /* "Unit 7/84 Smith St", "Flat 902, MG Road": a line's start */
        if (b >= n && memcmp(t + b - n, units[k], n) == 0 && line_start(s, b - n))
            return b - n;
    }
    return b;
}

/* The word that ends at e (before a space) is written in lower case ("at", "to", "naar"). */
static int lower_word_before(const struct sc *s, size_t e)
{
    size_t k = e;
    while (k > 0 && e - k < 8 && s->t[k - 1] >= 'a' && s->t[k - 1] <= 'z')
        k--;
    return k < e && (k == 0 || s->t[k - 1] == ' ' || s->t[k - 1] == '\n');
}

size_t nw_addr_head(const struct sc *s, size_t b)
{
    const uint8_t *t = s->t;
    if (b >= 3 && is_digit(t[b]) && t[b - 1] == ' ')
        b = number_prefix(s, b);
    if (b >= 4 && is_digit(t[b]) && t[b - 1] == ' ') { /* "Wohnung 12, Hauptstraße 5" */
        size_t k = b - 1;
        while (k > 0 && b - 1 - k < 12 && (is_alnum(t[k - 1]) || t[k - 1] >= 0x80))
            k--;
        char kb[16];
        if (k < b - 1 && nw_upper(t + k, s->len - k) &&
            (nw_cats(nw_fold_span(s, k, b - 1, kb, sizeof kb)) & C_UNIT) &&
            (k == 0 || strchr("\n\t:\"(", t[k - 1]) || (k >= 2 && !is_alnum(t[k - 2])) ||
             lower_word_before(s, k - 1)))
            b = k; /* not after a name: "Mrs. Jennifer Alcaraz Suite 541 ..." is the person's;
                    * after "at" or "to": "send it to Unit 4, Oudegracht 49" */
    }
    for (int g = 0; g < 2; g++) {
        size_t le = line_break_before(s, b);
        if (le != (size_t)-1) {
            size_t u = line_before(s, le, t[b - 1] == '\n' || t[b - 1] == '>');
            if (u == (size_t)-1)
                break;
            b = u;
            continue;
        }
        if (b < 4 || t[b - 1] != ' ' || t[b - 2] != ',')
            break;
        size_t e = b - 2, h = unit_before_street(s, e);
        if (h == (size_t)-1)
            h = care_of_before(s, e);
        if (h == (size_t)-1)
            h = nw_addr39_building_before(s, e); /* "Sri Krishna Enclave, " (names_addr39.c) */
        for (size_t q = e; h == (size_t)-1 && q > 2 && e - q < 40; q--) {
            if (t[q - 1] == '\n' || t[q - 1] == ',' || t[q - 1] == ':')
                break;
            if (t[q - 1] != ' ' || !nw_upper(t + q, s->len - q))
                continue;
            size_t nc, ce = nw_cap_words(s, q, 3, &nc);
            if (!ce || nw_town_rest(s, ce) != e)
                continue;
            h = postcode_before(s, q - 1); /* a town at q, a postcode before it */
        }
        if (h == (size_t)-1)
            break;
        b = h;
    }
    return b;
}

/* After a postcode and the town from ts to ce: its province after a comma, two capitals or
 * the town's name again ("20121 Milano, MI", "28013 Madrid, Madrid"). The new end. */
size_t nw_province_after(const struct sc *s, size_t ts, size_t ce)
{
    const uint8_t *t = s->t;
    size_t p = ce + 2;
    if (p + 2 > s->len || t[ce] != ',' || t[ce + 1] != ' ' || !is_up(t[p]))
        return ce;
    if (is_up(t[p + 1]) && (p + 2 == s->len || !is_alnum(t[p + 2])) &&
        !(p + 2 < s->len && t[p + 2] == '.'))
        return p + 2;
    size_t l = ce - ts;
    if (p + l <= s->len && memcmp(t + ts, t + p, l) == 0 &&
        (p + l == s->len || !is_alnum(t[p + l])))
        return p + l;
    return ce;
}

/* A Mexican state after the postcode or town that ends at end, the town between them or not
 * (", Guadalajara, Jal.", ", CDMX", ", N.L."): its end, or end. The states are grouped by their
 * first letter (off[]: letter i's states are states[off[i] .. off[i + 1])), so a part compares
 * only the states that open with its first byte ("Mountain View" one, "CA 94043" five), not all
 * 32 twice a street (stop 61's rq: 622 instructions a call). No two states match at one place,
 * so the order within the list does not change the answer. */
size_t nw_mx_state_after(const struct sc *s, size_t end)
{
    /* (with their lengths; each opens with two ASCII bytes, compared before the rest) */
#define ST(w)                                                                                      \
    {                                                                                              \
        w, sizeof w - 1                                                                            \
    }
    static const struct {
        const char *w;
        size_t n;
    } states[] = {
        // clang-format off
        ST("Ags."),
        ST("B.C."), ST("B.C.S."),
        ST("CDMX"), ST("Chih."), ST("Coah."), ST("Chis."), ST("Camp."),
        ST("Dgo."),
        ST("Edomex"), ST("Edo. M\303\251x."),
        ST("Gto."), ST("Gro."),
        ST("Hgo."),
        ST("Jal."),
        ST("Mich."), ST("Mor."),
        ST("N.L."), ST("Nay."),
        ST("Oax."),
        ST("Pue."),
        ST("Qro."), ST("Q. Roo"),
        ST("Son."), ST("Sin."), ST("S.L.P."),
        ST("Tamps."), ST("Tab."), ST("Tlax."),
        ST("Ver."),
        ST("Yuc."),
        ST("Zac.")
        // clang-format on
    };
#undef ST
    /* A  B  C  D  E   F   G   H   I   J   K   L   M   N   O   P   Q   R   S   T   U   V   W
     * X   Y   Z   end */
    static const uint8_t off[27] = {0,  1,  3,  8,  9,  11, 11, 13, 14, 14, 15, 15, 15, 17,
                                    19, 20, 21, 23, 23, 26, 29, 29, 30, 30, 30, 31, 32};
    _Static_assert(sizeof states / sizeof states[0] == 32, "off[] counts 32 states");
    const uint8_t *t = s->t;
    size_t p = end;
    for (int g = 0; g < 2 && p + 3 < s->len && t[p] == ',' && t[p + 1] == ' '; g++) {
        p += 2;
        unsigned c = (unsigned)t[p] - 'A';
        for (size_t k = c < 26 ? off[c] : 0, ke = c < 26 ? off[c + 1] : 0; k < ke; k++) {
            size_t l = states[k].n;
            if ((uint8_t)states[k].w[1] != t[p + 1])
                continue; /* p + 1 < s->len: the loop's test; w[0] == t[p]: the bucket */
            if (p + l <= s->len && memcmp(t + p, states[k].w, l) == 0 &&
                (p + l == s->len || !is_alnum(t[p + l])))
                return p + l;
        }
        size_t nc, ce = nw_upper(t + p, s->len - p) ? nw_cap_words(s, p, 3, &nc) : 0;
        if (!ce)
            break;
        p = ce; /* the town: "Guadalajara" */
    }
    return end;
}

/* After "in" at we, a town with its state and ZIP or its postcode ("in Springfield, IL 62704",
 * "in 10115 Berlin", "in Bath BA1 1AA"): its end, or 0. */
size_t nw_in_town(const struct sc *s, size_t we)
{
    const uint8_t *t = s->t;
    size_t k = we + 1, nc;
    if (k + 2 >= s->len || t[we] != ' ')
        return 0;
    if (is_digit(t[k])) { /* "in 10115 Berlin" */
        size_t d = k;
        while (d < s->len && is_digit(t[d]))
            d++;
        size_t ce =
            d - k == 5 && d + 1 < s->len && t[d] == ' ' && nw_upper(t + d + 1, s->len - d - 1)
                ? nw_cap_words(s, d + 1, 3, &nc)
                : 0;
        return ce ? nw_town_rest(s, ce) : 0;
    }
    size_t ce = nw_upper(t + k, s->len - k) ? nw_cap_words(s, k, 3, &nc) : 0;
    if (!ce)
        return 0;
    size_t z = ce;
    if (z < s->len && t[z] == ',')
        z++;
    if (z < s->len && t[z] == ' ')
        z++;
    size_t e = nw_state_zip_at(s, z);
    if (!e && ce >= k + 4 && is_up(t[ce - 1]) && is_up(t[ce - 2]) && t[ce - 3] == ' ')
        e = nw_state_zip_at(s, ce - 2);
    return e ? e : nw_postcode_at(s, z);
}

/* A floor after the street: "3. OG", "2. Stock rechts", "3e étage", "2nd floor", "4º piso" at i;
 * its end, or 0. */
size_t nw_floor_at(const struct sc *s, size_t i)
{
    static const char *const floors[] = {"og",    "stock", "etage",  "\303\251tage", "obergeschoss",
                                         "floor", "piso",  "planta", "verdieping",   "piano"};
    static const char *const sides[] = {"links", "rechts", "mitte",  "li",    "re",
                                        "left",  "right",  "gauche", "droite"};
    const uint8_t *t = s->t;
    size_t k = i;
    while (k < s->len && k - i < 2 && is_digit(t[k]))
        k++;
    if (k == i || k >= s->len)
        return 0;
    if (t[k] == '.')
        k++;
    else /* "3e", "2nd", "1er", "4\302\272" */
        while (k < s->len && k - i < 6 && (t[k] >= 'a' && t[k] <= 'z'))
            k++;
    if (k + 1 >= s->len || t[k] != ' ')
        return 0;
    size_t fe, se;
    char fb[16], sb[16];
    if (!NW_ONE_OF(nw_word_after(s, k, &fe, fb, sizeof fb), floors))
        return 0;
    if (fe + 1 < s->len && t[fe] == ' ' &&
        NW_ONE_OF(nw_word_after(s, fe, &se, sb, sizeof sb), sides))
        fe = se < s->len && t[se] == '.' ? se + 1 : se;
    return fe;
}

/* What a Dutch or French house number may carry after it ("123 hs", "123-III", "12 A", "5 bis"),
 * at end right after the number: its end, or end. */
size_t nw_number_suffix(const struct sc *s, size_t end)
{
    static const char *const suffixes[] = {"hs", "bis", "ter", "i", "ii", "iii", "iv", "huis"};
    const uint8_t *t = s->t;
    if (end == 0 || !is_digit(t[end - 1]) || end + 2 > s->len || (t[end] != ' ' && t[end] != '-'))
        return end;
    size_t e = end + 1;
    while (e < s->len && e - end <= 4 && is_alnum(t[e]))
        e++;
    if (e == end + 1 || e - end > 4)
        return end;
    if (!(e >= s->len || t[e] == ',' || t[e] == '\n' || t[e] == '\r' ||
          (e + 1 < s->len && t[e] == ' ' && is_digit(t[e + 1]))))
        return end;
    char b[8];
    const char *w = nw_fold_span(s, end + 1, e, b, sizeof b);
    if (NW_ONE_OF(w, suffixes) || (e == end + 2 && is_up(t[end + 1])))
        return e;
    return end;
}

/* A line at i that closes a message ("Thanks", "Danke", "Best regards", "Mit freundlichen Grüßen"),
 * w its first word folded: no town line, though it is capitalised ("12 Main Street\nThanks"). */
int nw_closing_line(const struct sc *s, size_t i, const char *w)
{
    static const char *const thanks[] = {"danke",    "merci",    "gracias", "grazie",
                                         "obrigado", "obrigada", "bedankt", "dank"};
    if ((nw_cats(w) & (C_CLOSE | C_SAL)) || NW_ONE_OF(w, thanks))
        return 1;
    size_t e = i;
    while (e < s->len && e - i < 32 && s->t[e] != '\n' && s->t[e] != '\r' && s->t[e] != ',')
        e++;
    char buf[40];
    size_t n = nw_fold((const char *)s->t + i, e - i, buf, sizeof buf - 1);
    if (!n)
        return 0;
    buf[n] = 0;
    return (nw_cats(buf) & C_CLOSE) != 0;
}
