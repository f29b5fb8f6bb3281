/* names_postal.c: what stands around a street in a postal address: the unit, postcode, town and
 * country lines that follow it (nw_addr_tail), postcodes written with letters, post office boxes
 * and US military addresses (a unit line or a lone postcode after its label: names_postlines.c).
 * The street itself is names_places.c's. Nothing here allocates.
 *
 * nw_addr_tail only ever extends an address a street recogniser found: a town line is taken
 * after a line break or a comma only, a postcode only where its country writes it. The parts it
 * reads around the town (country, state, province, floor...) and nw_addr_head, its mirror before
 * the street, are names_postblock.c's. The span emitted is the whole block, so one token stands
 * for it and restore brings the block back whole.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* A postcode written with letters at k: UK ("NW1 6XE", "SW1A 0AA"), Canadian ("H3B 1A7") or
 * Irish ("D04 X5P2"). Its end, or 0. */
size_t nw_postcode_at(const struct sc *s, size_t k)
{
    const uint8_t *t = s->t;
    size_t n = s->len;
    if (k + 7 <= n && is_up(t[k]) && is_digit(t[k + 1]) && is_up(t[k + 2]) && t[k + 3] == ' ' &&
        is_digit(t[k + 4]) && is_up(t[k + 5]) && is_digit(t[k + 6]) &&
        (k + 7 == n || !is_alnum(t[k + 7])))
        return k + 7; /* Canada: A9A 9A9 */
    if (k + 8 <= n && is_up(t[k]) && is_digit(t[k + 1]) &&
        (is_digit(t[k + 2]) || t[k + 2] == 'W') && t[k + 3] == ' ' && is_alnum(t[k + 4]) &&
        is_alnum(t[k + 5]) && is_alnum(t[k + 6]) && is_alnum(t[k + 7]) &&
        (k + 8 == n || !is_alnum(t[k + 8])) &&
        !(t[k + 4] >= 'a' || t[k + 5] >= 'a' || t[k + 6] >= 'a' || t[k + 7] >= 'a'))
        return k + 8; /* Ireland: A99 A9A9 */
    /* UK: A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA */
    size_t u = k, letters = 0;
    while (u < n && is_up(t[u]) && letters < 2) {
        u++;
        letters++;
    }
    if (!letters || u >= n || !is_digit(t[u]))
        return 0;
    u++;
    if (u < n && (is_digit(t[u]) || is_up(t[u])))
        u++;
    if (u < n && t[u] == ' ')
        u++;
    if (u + 3 <= n && is_digit(t[u]) && is_up(t[u + 1]) && is_up(t[u + 2]) &&
        (u + 3 == n || !is_alnum(t[u + 3])))
        return u + 3;
    return 0;
}

/* After a city name ending at ce: an Australian state and postcode ("Glenelg SA 5045", the
 * state taken as a word of the city), or more names and a postcode with letters ("Cork, Co.
 * Cork, T12 Y9V6", "Dublin 4\nD04 X5P2"). The postcode's end, or 0. */
static size_t region_then_postcode(const struct sc *s, size_t ce)
{
    const uint8_t *t = s->t;
    size_t b = ce;
    while (b > 0 && ce - b < 4 && is_up(t[b - 1]))
        b--;
    if (ce - b >= 2 && ce - b <= 3 && b > 0 && t[b - 1] == ' ' && ce + 5 <= s->len &&
        t[ce] == ' ' && is_digit(t[ce + 1]) && is_digit(t[ce + 2]) && is_digit(t[ce + 3]) &&
        is_digit(t[ce + 4]) && (ce + 5 == s->len || !is_alnum(t[ce + 5])))
        return ce + 5;
    size_t q = ce;
    for (int g = 0; g < 3; g++) {
        if (q + 1 < s->len && t[q] == ' ' && is_digit(t[q + 1])) { /* "Dublin 4" */
            size_t r = q + 1;
            while (r < s->len && r - q <= 2 && is_digit(t[r]))
                r++;
            if (r - q <= 3 && (r >= s->len || !is_alnum(t[r])))
                q = r;
        }
        size_t r = q;
        if (r < s->len && t[r] == ',')
            r++;
        if (r < s->len && t[r] == '\n')
            r++;
        while (r < s->len && t[r] == ' ')
            r++;
        if (r == q || r >= s->len || !is_up(t[r]))
            return 0;
        size_t pk = nw_postcode_at(s, r);
        if (pk)
            return pk;
        if (r + 4 < s->len && memcmp(t + r, "Co. ", 4) == 0)
            r += 4;
        size_t n, e = nw_cap_words(s, r, 3, &n);
        if (!e)
            return 0;
        q = e;
    }
    return 0;
}

/* The last line of a US military address at k: "FPO AE 09499", "APO AA 34001". Its end, or 0. */
static size_t military_line(const struct sc *s, size_t k)
{
    const uint8_t *t = s->t;
    if (k + 12 > s->len || !strchr("AFD", t[k]) || t[k + 1] != 'P' || t[k + 2] != 'O' ||
        t[k + 3] != ' ' || t[k + 4] != 'A' || !strchr("AEP", t[k + 5]) || t[k + 6] != ' ')
        return 0;
    for (size_t d = k + 7; d < k + 12; d++)
        if (!is_digit(t[d]))
            return 0;
    size_t e = k + 12;
    if (e + 5 <= s->len && t[e] == '-' && is_digit(t[e + 1]) && is_digit(t[e + 4]))
        e += 5; /* ZIP+4: "FPO AP 96620-2820" */
    return e < s->len && is_alnum(t[e]) ? 0 : e;
}

/* A US military address at i: a ship ("USNS Vestergaard\nFPO AA 08331") or a unit and box
 * ("Unit 8505 Box 9220\nDPO AP 51065"). Its end, or 0. */
static size_t skip_seps(const struct sc *s, size_t end, int *nl, int *comma);

static size_t military(const struct sc *s, size_t i)
{
    static const char *const ships[] = {"USS ", "USNS ", "USNV ", "USCGC "};
    const uint8_t *t = s->t;
    if (i + 1 >= s->len || (t[i + 1] != 'S' && t[i + 1] != 'n'))
        return 0;
    for (size_t k = 0; k < sizeof ships / sizeof ships[0]; k++) {
        size_t l = strlen(ships[k]), n;
        if (i + l >= s->len || memcmp(t + i, ships[k], l) != 0)
            continue;
        size_t e = nw_upper(t + i + l, s->len - i - l) ? nw_cap_words(s, i + l, 2, &n) : 0;
        if (e && e + 2 < s->len && t[e] == ' ' && is_digit(t[e + 1])) {
            e++; /* the hull number: "USS Nimitz CVN 68" */
            while (e < s->len && is_digit(t[e]))
                e++;
        }
        if (e && e + 1 < s->len && t[e] == ',')
            e++;
        if (!e || e + 1 >= s->len || (t[e] != '\n' && t[e] != ' ' && !nw_br_at(s, e)))
            return 0;
        int nl = 0, comma = 0;
        return military_line(s, skip_seps(s, e, &nl, &comma));
    }
    if (i + 12 >= s->len || memcmp(t + i, "Unit ", 5) != 0 || !is_digit(t[i + 5]))
        return 0;
    size_t d = i + 5;
    while (d < s->len && d - i < 10 && is_digit(t[d]))
        d++;
    if (d + 6 >= s->len || memcmp(t + d, " Box ", 5) != 0 || !is_digit(t[d + 5]))
        return 0;
    d += 5;
    while (d < s->len && is_digit(t[d]))
        d++;
    return nw_addr_tail(s, d);
}

/* Unit words that only count after an address ("Stiege 2, Top 5", "boîte 19", "Level 3"). */
static const char *const tail_units[] = {"top",
                                         "bo\303\256te",
                                         "level",
                                         "lvl",
                                         "dpto",
                                         "depto",
                                         "appt",
                                         "bat",
                                         "b\303\242t",
                                         "escalier",
                                         "b\303\242timent",
                                         "building",
                                         "bldg",
                                         "haus",
                                         "esc",
                                         "portal",
                                         "puerta",
                                         "interno",
                                         "int",
                                         "lgh",
                                         "lok",
                                         "sala",
                                         "apto",
                                         "oficina",
                                         "planta"};

/* The town in the CSV cell after a postcode that ends at e ("Hauptstr. 5;10115;Berlin"): its end,
 * or 0. */
static size_t csv_town(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    if (e + 1 >= s->len || (t[e] != ',' && t[e] != ';' && t[e] != '\t') ||
        !nw_upper(t + e + 1, s->len - e - 1))
        return 0;
    size_t nc, ce = nw_cap_words(s, e + 1, 3, &nc);
    return ce && (ce >= s->len || strchr(",;\t\r\n\"", t[ce])) ? ce : 0;
}

/* A postcode of another region at i whose digits run to d: Polish "00-514", Brazilian
 * "01310-200", Swedish and Czech "111 21" / "110 00", a 6-digit Indian or Singaporean one in a
 * CSV cell. Its end, or 0. */
static size_t region_postcode(const struct sc *s, size_t i, size_t d)
{
    const uint8_t *t = s->t;
    size_t n = s->len;
    if ((d - i == 2 || d - i == 5) && d + 4 <= n && t[d] == '-' && is_digit(t[d + 1]) &&
        is_digit(t[d + 2]) && is_digit(t[d + 3]) && (d + 4 == n || !is_alnum(t[d + 4])))
        return d + 4;
    if (d - i == 3 && d + 4 < n && t[d] == ' ' && is_digit(t[d + 1]) && is_digit(t[d + 2]) &&
        strchr(" ,;\t", t[d + 3]) && t[d + 3] && is_up(t[d + 4]))
        return d + 3; /* before its town, or its town's CSV cell */
    if (d - i == 6 && d < n && strchr(",;\t", t[d]) && t[d])
        return d;
    return 0;
}

/* After a town that ends at ce, read after a street's comma: does a postcode follow within its
 * next two comma-separated parts ("Laranjeiras, Rio de Janeiro - RJ, 22240-003", "Christchurch
 * 8041")? Only then is a capitalised word after the street's comma a district or town. */
static int postcode_soon(const struct sc *s, size_t ce)
{
    const uint8_t *t = s->t;
    size_t lim = ce + 64 < s->len ? ce + 64 : s->len, run = 0;
    int commas = 0;
    for (size_t k = ce; k < lim; k++) {
        if (is_digit(t[k])) {
            if (++run >= 4 && (k + 1 >= s->len || !is_alnum(t[k + 1])))
                return 1;
            continue;
        }
        run = 0;
        if (t[k] == '\n' || t[k] == '.' || t[k] == ';' || t[k] == '(' ||
            (t[k] == ',' && ++commas > 2))
            return 0;
    }
    return 0;
}

/* A Danish floor and side at i: "2. tv.", "st. th.", "3. mf", or the floor alone: "3. sal". Its
 * end, or 0. */
size_t nw_dk_floor(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    size_t k = i;
    while (k < s->len && k - i < 2 && is_digit(t[k]))
        k++;
    if (k == i && k + 2 < s->len && t[k] == 's' && t[k + 1] == 't')
        k += 2;
    if (k == i || k + 4 > s->len || t[k] != '.' || t[k + 1] != ' ')
        return 0;
    k += 2;
    if (k + 3 <= s->len && t[k] == 's' && t[k + 1] == 'a' && t[k + 2] == 'l')
        k++; /* "3. sal": the floor alone */
    else if (!((t[k] == 't' && (t[k + 1] == 'v' || t[k + 1] == 'h')) ||
               (t[k] == 'm' && t[k + 1] == 'f')))
        return 0;
    k += 2;
    if (k < s->len && is_alnum(t[k]))
        return 0;
    return k < s->len && t[k] == '.' ? k + 1 : k;
}

/* After a Spanish floor's "º" or "ª" ending at k: its side ("izda.", "dcha."). The new end. */
size_t nw_floor_side(const struct sc *s, size_t k)
{
    if (k + 1 >= s->len || s->t[k] != ' ')
        return k;
    size_t e2;
    char b2[16];
    const char *side = nw_word_after(s, k, &e2, b2, sizeof b2);
    if (strcmp(side, "izda") == 0 || strcmp(side, "dcha") == 0 || strcmp(side, "izq") == 0 ||
        strcmp(side, "der") == 0 || strcmp(side, "izquierda") == 0 ||
        strcmp(side, "derecha") == 0 || strcmp(side, "esq") == 0 || strcmp(side, "dto") == 0 ||
        strcmp(side, "esquerdo") == 0 ||
        strcmp(side, "direito") == 0) /* and Portuguese "2º Esq.", "3º Dto." */
        return e2 < s->len && s->t[e2] == '.' ? e2 + 1 : e2;
    return k;
}

/* "<br>", "<br/>", "<br />" (any case) at i, an HTML line break between a block's lines: its
 * length, or 0. */
size_t nw_br_at(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    if (i + 4 > s->len || t[i] != '<' || (t[i + 1] | 32) != 'b' || (t[i + 2] | 32) != 'r')
        return 0;
    size_t k = i + 3;
    if (k < s->len && t[k] == ' ')
        k++;
    if (k < s->len && t[k] == '/')
        k++;
    return k < s->len && t[k] == '>' ? k + 1 - i : 0;
}

/* The separators after a block's part that ends at end: spaces, commas, line breaks, "<br>",
 * CSV cells, " / ", and " - " and a signature's " | " and " · " (each counted as a line break:
 * what follows is the block's next line). Where the next part starts; *nl and *comma say what
 * was crossed. */
static size_t skip_seps(const struct sc *s, size_t end, int *nl, int *comma)
{
    const uint8_t *t = s->t;
    size_t i = end;
    while (i < s->len) {
        size_t br = nw_br_at(s, i);
        if (br) {
            i += br;
            ++*nl;
            size_t q = i; /* "<br>\n  ": the source's own line break is the same one */
            while (q < s->len && (t[q] == ' ' || t[q] == '\t' || t[q] == '\r'))
                q++;
            if (q < s->len && t[q] == '\n')
                i = q + 1;
            continue;
        }
        uint8_t c = t[i];
        int spaced = i > end && t[i - 1] == ' ' && i + 1 < s->len;
        if (c == ' ' || c == '\r' || (*nl && (c == '>' || c == '\t' || c == '?')))
            i++;
        else if (c == ',' || c == '\n') {
            *comma |= c == ',';
            *nl += c == '\n';
            i++;
        } else if ((c == ';' || c == '\t') && i + 1 < s->len &&
                   (is_digit(t[i + 1]) || is_up(t[i + 1]))) /* CSV cells */
            i++;
        else if (c == '/' && spaced && t[i + 1] == ' ')
            i++;
        else if ((c == '-' || c == '|') && spaced && t[i + 1] == ' ') {
            ++*nl; /* "Via Roma 10 - 00184 Roma", "Av. Paulista, 1 - Bela Vista", "... | Perth" */
            i++;
        } else if (c == 0xC2 && spaced && i + 2 < s->len && t[i + 1] == 0xB7 && t[i + 2] == ' ') {
            ++*nl; /* "Hauptstraße 5 · 10115 Berlin" (a signature's line) */
            i += 2;
        } else
            break;
    }
    return i;
}

/* What may follow a street's name before its block's next part: a direction letter ("105 Rue
 * Sainte-Catherine O", Montréal's "ouest"), an avenue's number ("Blk 164 Ang Mo Kio Ave 3") or
 * the flat after a staircase letter ("Mannerheimintie 82 B 1"), each only before a separator.
 * The new end. */
static size_t street_rest(const struct sc *s, size_t end)
{
    const uint8_t *t = s->t;
    if (end == 0 || end + 3 >= s->len || t[end] != ' ' || !is_alnum(t[end - 1]) ||
        is_digit(t[end - 1]))
        return end;
    size_t k = end + 1;
    if (strchr("NSEWO", t[k]) && t[k])
        k++;
    else if (is_digit(t[k]) &&
             ((end >= 4 && memcmp(t + end - 4, " Ave", 4) == 0) ||
              (end >= 3 && is_up(t[end - 1]) && t[end - 2] == ' ' && is_digit(t[end - 3])))) {
        while (k < s->len && k - end <= 3 && is_digit(t[k]))
            k++; /* and a Finnish staircase's flat: "Mannerheimintie 82 B 1" */
    } else
        return end;
    if (k >= s->len || t[k] == ',' || t[k] == '\n' || (t[k] == '<' && nw_br_at(s, k)) ||
        (k + 1 < s->len && t[k] == ' ' && (t[k + 1] == '|' || t[k + 1] == 0xC2)))
        return k;
    return end;
}

/* Is the folded word w the literal l? Its first byte first: most words the tail reads open
 * like none of its literals, and each call of strcmp() costs more than the test. */
static inline int is(const char *w, const char *l)
{
    return w[0] == l[0] && strcmp(w, l) == 0;
}

/* The unit, postcode, town and country lines after an address that ends at end: the new end. */
size_t nw_addr_tail(const struct sc *s, size_t end)
{
    const uint8_t *t = s->t;
    end = nw_number_suffix(s, end);
    end = street_rest(s, end);
    end = nw_addr5_after_number(s, end); /* "18 b", "13 7º \"B\"", "51 5-1" */
    if (end < s->len && t[end] == ';') {
        size_t vc = nw_vcard_rest(s, end); /* "ADR:;;Hauptstraße 5;Berlin;;10115;DE" */
        if (vc)
            return vc;
    }
    for (int part = 0; part < 6; part++) {
        size_t fv = nw_field_after(s, end); /* "\nCity: Berlin", ", \"city\": \"Berlin\"" */
        if (!fv)
            fv = nw_field_inline(s, end); /* ", PLZ: 10115", " | City: Berlin" */
        if (fv) {
            end = fv;
            continue;
        }
        int nl = 0, comma = 0;
        size_t i = skip_seps(s, end, &nl, &comma);
        if (i == end || nl > 2 || i >= s->len)
            break;
        if (nl == 2) { /* after one blank line only a last "Country 62488" line of the block */
            size_t nc, ce = nw_upper(t + i, s->len - i) ? nw_cap_words(s, i, 3, &nc) : 0,
                       d2 = ce + 1;
            if (!ce || d2 >= s->len || t[ce] != ' ' || !is_digit(t[d2]))
                break;
            while (d2 < s->len && is_digit(t[d2]))
                d2++;
            unsigned y = 0;
            for (size_t k = ce + 1; k < d2 && k < ce + 6; k++)
                y = y * 10 + (unsigned)(t[k] - '0');
            if (d2 - ce - 1 >= 4 && d2 - ce - 1 <= 6 &&
                !(d2 - ce - 1 == 4 && y >= 1900 && y <= 2099) &&
                (d2 >= s->len || t[d2] == '\n' || t[d2] == '\r' || t[d2] == '"'))
                end = d2; /* not "Release 2024" */
            break;
        }
        size_t a5 = nw_addr5_part(s, i); /* "r/c", "casa 2", "Dto. D", "S2000 Rosario" */
        if (a5) {
            end = a5;
            continue;
        }
        size_t pc = is_up(t[i]) ? nw_postcode_at(s, i) : 0;
        if (!pc && i + 9 < s->len && is_up(t[i]) && is_digit(t[i + 1]) && is_digit(t[i + 4]) &&
            is_up(t[i + 5]) && is_up(t[i + 6]) && is_up(t[i + 7]) && t[i + 8] == ' ' &&
            is_up(t[i + 9])) { /* Argentina: "C1043AAZ CABA" */
            size_t nc, ce = nw_cap_words(s, i + 9, 3, &nc);
            if (ce) {
                end = ce;
                continue;
            }
        }
        if (!pc && is_up(t[i]))
            pc = military_line(s, i);
        if (pc) { /* a postcode on its own: "York\nYO10 4HZ", "Co. Cork, T12 Y9V6" */
            size_t ct = csv_town(s, pc);
            end = ct ? ct : pc;
            break;
        }
        int cp = 0;
        if (i + 6 < s->len && memcmp(t + i, "C.P. ", 5) == 0 && is_digit(t[i + 5]))
            i += 5, cp = 1; /* Mexico: "C.P. 06000" */
        else if (i + 5 < s->len && memcmp(t + i, "CEP ", 4) == 0 && is_digit(t[i + 4]))
            i += 4, cp = 1; /* Brazil: "CEP 01426-001" */
        size_t we;
        char buf[16];
        const char *w = nw_word_after(s, i, &we, buf, sizeof buf);
        size_t j = we;
        if (!nl && !comma && is(w, "in")) { /* "5 Main St. in Springfield, IL 62704" */
            size_t z = nw_in_town(s, we);
            if (z)
                end = z;
            break;
        }
        if (is(w, "col") && j + 2 < s->len && t[j] == '.' && t[j + 1] == ' ' &&
            nw_upper(t + j + 2, s->len - j - 2)) {
            size_t nc, ce = nw_cap_words(s, j + 2, 3, &nc); /* Mexico: "Col. Roma Norte" */
            if (!ce)
                break;
            end = ce;
            continue;
        }
        if (t[i] == '#' || (nw_cats(w) & C_UNIT) || NW_ONE_OF(w, tail_units) ||
            (we < s->len && t[we] == '.' && (is(w, "m") || is(w, "of")))) {
            if (t[i] == '#')
                j = i + 1;
            if (j < s->len && t[j] == '.')
                j++;
            while (j < s->len && (t[j] == ' ' || t[j] == '#'))
                j++;
            size_t k = j;
            while (k < s->len && k - j < 6 && (is_alnum(t[k]) || t[k] == '-'))
                k++;
            if (k == j || (!is_digit(t[j]) && !(k == j + 1 && t[j] >= 'A' && t[j] <= 'Z')))
                break; /* a number, or one capital letter: "scala B", "Stiege A" */
            end = k + 1 < s->len && t[k] == 0xC2 && (t[k + 1] == 0xBA || t[k + 1] == 0xAA)
                      ? nw_floor_side(s, k + 2) /* "piso 3º izda." */
                      : k;
            continue;
        }
        if (is(w, "hinterhaus") || is(w, "vorderhaus") || is(w, "gartenhaus") ||
            is(w, "seitenflügel") || is(w, "erdgeschoss") || is(w, "dachgeschoss")) {
            end = we; /* "Hauptstr. 8, Hinterhaus, 80331 München" */
            continue;
        }
        if (is_digit(t[i])) { /* a floor: "3. OG links", "3e étage", "2nd floor" */
            size_t fe = nw_floor_at(s, i);
            if (fe) {
                end = fe;
                continue;
            }
        }
        if (comma && (is(w, "near") || is(w, "opp") || is(w, "opposite") || is(w, "behind"))) {
            size_t q = we + (we < s->len && t[we] == '.'); /* India: "near Metro Station" */
            size_t nc, ce = q + 1 < s->len && t[q] == ' ' && is_up(t[q + 1])
                                ? nw_cap_words(s, q + 1, 4, &nc)
                                : 0;
            if (!ce)
                break;
            end = ce;
            continue;
        }
        size_t df = nw_dk_floor(s, i);
        if (!df)
            df = nw_forms42_unit(s, i); /* "3 tr", "H0302", "as 4" (names_forms42.c) */
        if (df) {                       /* Danish: "2. tv.", "st. th.", "3. sal" */
            end = df;
            continue;
        }
        if (is(w, "bajo") || is(w, "entlo")) { /* Spanish: the ground floor */
            end = we;
            continue;
        }
        /* postcode then city: "10115 Berlin", "75018 Paris", "1016 AB Amsterdam", and with the
         * country before it: "A-1060 Wien", "CH-8001 Zürich" */
        if (i + 3 < s->len && is_up(t[i]) && t[i + 1] == '-' && is_digit(t[i + 2]))
            i += 2;
        else if (i + 4 < s->len && is_up(t[i]) && is_up(t[i + 1]) && t[i + 2] == '-' &&
                 is_digit(t[i + 3]))
            i += 3;
        size_t d = i;
        while (d < s->len && is_digit(t[d]))
            d++;
        if (d > i && d - i <= 2 && d + 2 < s->len && t[d] == '.' && t[d + 1] == 0xC2 &&
            (t[d + 2] == 0xBA || t[d + 2] == 0xAA))
            d++; /* "3.º A" */
        if (d > i && d - i <= 2 && d + 1 < s->len && t[d] == 0xC2 &&
            (t[d + 1] == 0xBA || t[d + 1] == 0xAA)) { /* "3º B", "2º izda.", "1ª" */
            size_t k = d + 2;
            if (k + 1 < s->len && t[k] == ' ' && t[k + 1] >= 'A' && t[k + 1] <= 'Z' &&
                (k + 2 >= s->len || !is_alnum(t[k + 2])))
                k += 2;
            else
                k = nw_floor_side(s, k);
            end = k;
            continue;
        }
        if (d - i == 6 && nl && (d >= s->len || !is_alnum(t[d]))) {
            end = d; /* an Indian PIN or a Singaporean postcode: "Chennai - 600017" */
            break;
        }
        size_t rp = region_postcode(s, i, d);
        if (d - i == 5 || d - i == 4 || rp) {
            size_t k = rp ? rp : d;
            if (!rp && d - i == 4 && k + 4 < s->len && t[k] == '-' && is_digit(t[k + 1]) &&
                is_digit(t[k + 2]) && is_digit(t[k + 3]) && !is_alnum(t[k + 4]))
                k += 4; /* Portugal: "1100-053 Lisboa" */
            else if (!rp && d - i == 4 && k + 3 < s->len && t[k] == ' ' && t[k + 1] >= 'A' &&
                     t[k + 1] <= 'Z' && t[k + 2] >= 'A' && t[k + 2] <= 'Z' && !is_alnum(t[k + 3]) &&
                     t[k + 3] < 0x80)
                k += 3; /* "2514 EA", not "4000 LIÈGE" */
            else if (!rp && d - i == 4 && k + 2 < s->len && t[k] >= 'A' && t[k] <= 'Z' &&
                     t[k + 1] >= 'A' && t[k + 1] <= 'Z' && !is_alnum(t[k + 2]))
                k += 2; /* "2079WN" */
            if (k + 2 < s->len && t[k] == ' ' && t[k + 1] == ' ' &&
                nw_upper(t + k + 2, s->len - k - 2))
                k++; /* the Dutch post's two spaces: "1017 GC  Amsterdam" */
            if (k + 1 < s->len && t[k] == ' ' && nw_upper(t + k + 1, s->len - k - 1)) {
                size_t nc, ts = k + 1;
                if (ts + 2 < s->len && (t[ts] == 'A' || t[ts] == 'O') && t[ts + 1] == ' ' &&
                    nw_upper(t + ts + 2, s->len - ts - 2))
                    ts += 2; /* a Galician town's article: "15001 A Coruña" (addr5) */
                size_t ce = nw_cap_words(s, ts, 3, &nc);
                if (ce) { /* an Italian province after the city: "Padova (PD)", "Roma RM" */
                    ce = nw_town_rest(s, ce);
                    size_t p = ce + 1;
                    if (p < s->len && t[ce] == ' ' && t[p] == '(')
                        p++;
                    if (p + 2 <= s->len && t[ce] == ' ' && t[p] >= 'A' && t[p] <= 'Z' &&
                        t[p + 1] >= 'A' && t[p + 1] <= 'Z') {
                        size_t q = p + 2;
                        if (t[p - 1] == '(' && q < s->len && t[q] == ')')
                            ce = q + 1;
                        else if (t[p - 1] == ' ' && (q >= s->len || !is_alnum(t[q])))
                            ce = q;
                    }
                    if (ce + 2 <= s->len && t[ce] == ' ') {
                        size_t z = ce + 1; /* "Praha 2", "Aarhus C", "København V" */
                        while (rp && z < s->len && z - ce <= 2 && is_digit(t[z]))
                            z++;
                        if (z == ce + 1 && strchr("CKNSV", t[z]) && t[z])
                            z++;
                        if (z > ce + 1 && (z >= s->len || !is_alnum(t[z])))
                            ce = z;
                    }
                    end = nw_province_after(s, k + 1, ce);
                    break;
                }
            }
            if (d - i == 5)
                end = d;
            if (rp && t[rp - 4] == '-')
                end = rp; /* Polish and Brazilian forms stand alone: "01310-200" */
            size_t ct = csv_town(s, k);
            if (ct)
                end = ct;
            if (cp && end == d && nw_mx_state_after(s, d) == d)
                continue; /* "C.P. 03940 · Ciudad de México, CDMX": the town on the next part */
            break;
        }
        /* city, then a US state and ZIP or a UK postcode: "Springfield, IL 62704" */
        if (!nw_upper(t + i, s->len - i))
            break;
        size_t nc, ce = nw_cap_words(s, i, 3, &nc);
        if (!ce)
            break;
        ce = nw_town_rest(s, ce);
        size_t k = ce;
        if (k < s->len && t[k] == ',')
            k++;
        if (k < s->len && t[k] == ' ')
            k++;
        size_t sz = nw_state_zip_at(s, k);
        if (!sz && ce >= i + 4 && is_up(t[ce - 1]) && is_up(t[ce - 2]) && t[ce - 3] == ' ')
            sz = nw_state_zip_at(s, ce - 2); /* "Springfield IL 62704": the state read as a word */
        if (!sz && ce + 3 < s->len && t[ce] == ' ' && is_up(t[ce + 1]) && t[ce + 2] == '.')
            sz = nw_state_zip_at(s, ce + 1); /* "Washington, D.C. 20500" */
        if (sz) {
            end = sz;
            break;
        }
        if (k == ce + 1 && k < s->len &&
            is_digit(t[k])) { /* the postcode after the town: "Berlin 10115" */
            size_t z = k;
            while (z < s->len && is_digit(t[z]))
                z++;
            if (z - k == 5 && (z >= s->len || !is_alnum(t[z]))) {
                end = z;
                break;
            }
        }
        size_t pk = nw_postcode_at(s, k); /* "London NW1 6XE", "Toronto, ON M5V 1M3" */
        if (!pk && k + 3 < s->len && is_up(t[k]) && is_up(t[k + 1]) && t[k + 2] == ' ')
            pk = nw_postcode_at(s, k + 3);
        if (!pk && k + 7 <= s->len && is_up(t[k]) && is_up(t[k + 1])) {
            size_t q = k + 2 + (is_up(t[k + 2]) ? 1 : 0); /* Australia: "Fitzroy VIC 3065" */
            if (q + 5 <= s->len && t[q] == ' ' && is_digit(t[q + 1]) && is_digit(t[q + 2]) &&
                is_digit(t[q + 3]) && is_digit(t[q + 4]) &&
                (q + 5 == s->len || !is_alnum(t[q + 5])))
                pk = q + 5;
        }
        if (!pk)
            pk = region_then_postcode(s, ce);
        if (pk) {
            end = pk;
            break;
        }
        if (nl == 1 && ce - i == 6 && memcmp(t + i, "Dublin", 6) == 0 && ce + 1 < s->len &&
            t[ce] == ' ' && is_digit(t[ce + 1])) {
            size_t z = ce + 2 + (ce + 2 < s->len && is_digit(t[ce + 2]));
            if (z >= s->len || !is_alnum(t[z])) {
                end = z; /* "\nDublin 2" on its own line */
                continue;
            }
        }
        if (comma && !nl) { /* a town and its country: "Dublin 2, Ireland" */
            size_t z = ce;
            if (z + 1 < s->len && t[z] == ' ' && is_digit(t[z + 1])) {
                z += 2;
                if (z < s->len && is_digit(t[z]))
                    z++;
                if (z < s->len && is_alnum(t[z]))
                    z = ce;
            }
            if (z != ce && ce - i == 6 && memcmp(t + i, "Dublin", 6) == 0) {
                end = z; /* "Dublin 2", perhaps an Eircode after it */
                continue;
            }
            size_t c = nw_country_after(s, z);
            if (c) {
                end = c;
                break;
            }
        }
        /* a city or country line: "Colle Di Tora, El Salvador 25900", "\n Iceland 72399"; not a
         * form's next label ("\nNotes: ...", "\nPhone: ...") */
        if ((nl || (comma && (part > 0 || postcode_soon(s, ce)))) &&
            !(ce < s->len && t[ce] == ':') && !(nl && nw_closing_line(s, i, w))) {
            size_t z = ce;
            if (nl && z < s->len && (t[z] == ' ' || t[z] == '\'')) {
                /* the rest of the line: "Ostrov nad Ohrí", "People's Republic of China 75271" */
                size_t q = z;
                while (q < s->len && q - z < 32 &&
                       (t[q] == ' ' || t[q] == '-' || t[q] == '\'' || nw_letter(t + q, s->len - q)))
                    q += nw_letter(t + q, s->len - q) ? nw_letter(t + q, s->len - q) : 1;
                size_t d2 = q;
                while (d2 < s->len && is_digit(t[d2]))
                    d2++;
                if (d2 - q >= 4 && d2 - q <= 6 && t[q - 1] == ' ')
                    q = d2;
                while (q > z && t[q - 1] == ' ')
                    q--;
                if (q > z && (q >= s->len || t[q] == '\n' || t[q] == '\r'))
                    z = q;
            }
            if (z + 1 < s->len && t[z] == ' ' && is_digit(t[z + 1])) {
                size_t d2 = z + 1;
                while (d2 < s->len && is_digit(t[d2]))
                    d2++;
                if (d2 - z - 1 == 3 && d2 + 5 <= s->len && t[d2] == '-' && is_digit(t[d2 + 1]) &&
                    is_digit(t[d2 + 4]) && (d2 + 5 == s->len || !is_alnum(t[d2 + 5])))
                    d2 += 5; /* Japan: "Tokyo 150-0002" */
                if (d2 - z - 1 >= 4 && d2 - z - 1 <= 8 && (d2 >= s->len || !is_alnum(t[d2])))
                    z = d2;
            }
            end = z;
            continue;
        }
        break;
    }
    end = nw_mx_state_after(s, end);
    end = nw_addr39_after(s, end);       /* "Cape Town, 7945", "São Paulo - SP" */
    size_t c = nw_country_after(s, end); /* "10115 Berlin, Deutschland", "...\nUSA" */
    return c ? c : end;
}

/* A post office box at i: "P.O. Box 242", "PO Box 12", "P. O. Box 7", "Postfach 1234",
 * (the English and German forms), and a military "PSC 3294, Box 9168".
 * Returns the end of its number or of the lines that follow it (a unit, a city, a postcode), or 0.
 */
size_t nw_addr_pobox(const struct sc *s, size_t i)
{
    static const char *const forms[] = {
        "P.O. Box ",        "P. O. Box ",       "PO Box ",       "P.O.Box ",
        "Post Office Box ", "Postfach ",        "Postbus ",      "Apartado de Correos ",
        "Casella Postale ", "Casella postale ", "Case postale ", "Bo\303\256te postale ",
        "Postboks ",        "Postbox ",         "BP ",           "B.P. "};
    const uint8_t *t = s->t;
    if (t[i] == 'U')
        return military(s, i);
    size_t j = 0;
    for (size_t k = 0; k < sizeof forms / sizeof forms[0] && !j && i + 1 < s->len; k++) {
        size_t l = strlen(forms[k]);
        if ((uint8_t)forms[k][1] == t[i + 1] && i + l < s->len && memcmp(t + i, forms[k], l) == 0)
            j = i + l;
    }
    if (!j && i + 5 < s->len && memcmp(t + i, "PSC ", 4) == 0 && is_digit(t[i + 4])) {
        size_t d = i + 4; /* "PSC 3294, Box 9168" */
        while (d < s->len && is_digit(t[d]))
            d++;
        if (d + 6 < s->len && memcmp(t + d, ", Box ", 6) == 0)
            j = d + 6;
    }
    if (!j && i + 11 < s->len && memcmp(t + i, "Postfach, ", 10) == 0 && is_digit(t[i + 10]))
        return nw_addr_tail(s, i + 8); /* Swiss: "Postfach, 8021 Zürich" */
    if (!j || !is_digit(t[j]))
        return 0;
    size_t d = j;
    while (d < s->len && d - j < 7 && is_digit(t[d]))
        d++;
    if (d - j > 6 || (d < s->len && is_alnum(t[d])))
        return 0;
    while (d + 3 <= s->len && d - j < 9 && t[d] == ' ' && is_digit(t[d + 1]) &&
           is_digit(t[d + 2]) && (d + 3 == s->len || !is_alnum(t[d + 3])))
        d += 3; /* "Postfach 12 34 56" */
    size_t e = nw_addr_tail(s, d);
    if (t[i] == 'B' && e == d)
        return 0; /* the French "BP 45" only before its postcode and town */
    return e;
}
