/* names_typed54.c: a street typed in phone chat in lower case with its number after it, outside
 * the big languages' cue words ("moved to solvej 38", "pick up from petofi utca 9.", "addr inonu
 * cad no 67", "drop it at ul lipowa 4/2", "recup au 61 rue de la gare", "muutettiin husova 32").
 *
 * names_lowaddr.c reads a lower-case street only after its cue words of seven languages and with
 * a number after a space. Here the street itself carries most of the proof: a word that ends in
 * a street word of one of 17 languages ("kerkstraat", "solvej", "bjorkvagen", "koulukatu",
 * "kirkeveien"), a street type after its name ("petofi utca", "inonu cad", "lale sk") or before
 * it ("ul lipowa", "str florilor", "bd unirii", "odos ermou"), and a house number after it; and
 * the chat says an address follows: a word of a move, a pick-up, a delivery or an address on the
 * same line before the street ("umgezogen", "ophalen", "teslimat", "adr", "cim"), or a short word
 * right before it ("at", "op", "na", "pe", "its"). A street that is only a name ("husova 32",
 * "komenskeho 9") needs a name ending of its languages and one of the strong words.
 *
 * The one thing to know: called from the digit visit (names_visit_digits.c) only at a number of
 * one to three digits after a space that a lower-case letter or '.' precedes, once
 * names_lowaddr.c found nothing (a number glued to its street, "kerkstraat52", starts no word and
 * is never visited). Most numbers are turned away by three byte-hash tests (street_may()) and a
 * long line; it reads at most one short line back and allocates nothing.
 */
#include "anonymize/names_typed54.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

static int low(uint8_t c)
{
    return (c >= 'a' && c <= 'z') || c >= 0x80;
}

/* w[0 .. n) equals the word k */
static int is_w(const uint8_t *w, size_t n, const char *k)
{
    return strlen(k) == n && memcmp(w, k, n) == 0;
}

/* a word of a list with its length (the look-ups compare a byte before the rest) */
struct wl {
    const char *w;
    size_t n;
};
#define WL(x)                                                                                      \
    {                                                                                              \
        x, sizeof(x) - 1                                                                           \
    }

static int in_list(const uint8_t *w, size_t n, const struct wl *list, size_t cnt)
{
    for (size_t k = 0; k < cnt; k++)
        if (list[k].n == n && (uint8_t)list[k].w[0] == w[0] && memcmp(w, list[k].w, n) == 0)
            return 1;
    return 0;
}

#define IN(w, n, list) in_list((w), (n), (list), sizeof(list) / sizeof((list)[0]))

/* endings of one-word streets (after three letters at least) */
static const struct wl endings[] = {
    WL("straat"), WL("strasse"), WL("straße"), WL("str"),     WL("str."),   WL("weg"),
    WL("gasse"),  WL("allee"),   WL("platz"),  WL("laan"),    WL("gracht"), WL("kade"),
    WL("singel"), WL("plein"),   WL("gade"),   WL("vej"),     WL("vejen"),  WL("straede"),
    WL("gata"),   WL("gatan"),   WL("vagen"),  WL("vägen"),   WL("veien"),  WL("veg"),
    WL("vei"),    WL("stigen"),  WL("katu"),   WL("tie"),     WL("kuja"),   WL("polku"),
    WL("kaari"),  WL("ringen"),  WL("torget"), WL("bulvari"), WL("sokak"),  WL("sokagi"),
    WL("gate"),   WL("gt"),      WL("gt."),    WL("vn"),      WL("vn."),    WL("backen"),
};

/* types after the street's name: "petofi utca", "inonu cad", "baker st" */
static const struct wl types_after[] = {
    WL("utca"), WL("u"),     WL("u."),      WL("ut"),      WL("út"),   WL("ter"),
    WL("sor"),  WL("krt"),   WL("korut"),   WL("cad"),     WL("cad."), WL("cd"),
    WL("cd."),  WL("cadde"), WL("caddesi"), WL("sk"),      WL("sk."),  WL("sok"),
    WL("sok."), WL("sokak"), WL("sokagi"),  WL("bulvari"), WL("blv"),  WL("st"),
    WL("rd"),   WL("ave"),   WL("lane"),    WL("close"),   WL("road"), WL("street"),
};

/* types before the street's name: "ul lipowa", "str florilor", "odos ermou" */
static const struct wl types_before[] = {
    WL("ul"),    WL("ul."),     WL("ulica"),    WL("al"),      WL("al."),   WL("aleja"),
    WL("os"),    WL("os."),     WL("pl."),      WL("str"),     WL("str."),  WL("strada"),
    WL("bd"),    WL("bd."),     WL("bdul"),     WL("b-dul"),   WL("calea"), WL("aleea"),
    WL("sos"),   WL("sos."),    WL("soseaua"),  WL("splaiul"), WL("odos"),  WL("od."),
    WL("leof"),  WL("leof."),   WL("leoforos"), WL("via"),     WL("v."),    WL("viale"),
    WL("corso"), WL("piazza"),  WL("vicolo"),   WL("rua"),     WL("r."),    WL("av"),
    WL("av."),   WL("avda"),    WL("avenida"),  WL("calle"),   WL("c/"),    WL("cl"),
    WL("paseo"), WL("plaza"),   WL("rue"),      WL("bd"),      WL("trav."), WL("travessa"),
    WL("largo"), WL("namesti"), WL("nam."),     WL("c.so"),    WL("p.zza"), WL("pza"),
    WL("vle"),   WL("imp"),     WL("impasse"),  WL("chemin"),  WL("tr."),   WL("tv"),
};

/* words before a bare "u" that make it the typed "you", not Hungarian "utca": "see u 5",
 * "thank u 2", "love u 3000" (typed59) */
static const struct wl you_words[] = {
    WL("see"),   WL("cu"),    WL("thank"), WL("thanks"), WL("thx"),  WL("love"),   WL("luv"),
    WL("miss"),  WL("call"),  WL("tell"),  WL("ask"),    WL("text"), WL("txt"),    WL("meet"),
    WL("pick"),  WL("give"),  WL("send"),  WL("show"),   WL("let"),  WL("for"),    WL("with"),
    WL("to"),    WL("bring"), WL("get"),   WL("got"),    WL("help"), WL("want"),   WL("need"),
    WL("owe"),   WL("hear"),  WL("catch"), WL("ring"),   WL("msg"),  WL("remind"), WL("pay"),
    WL("will"),  WL("can"),   WL("are"),   WL("did"),    WL("told"), WL("sent"),   WL("saw"),
    WL("bless"), WL("do"),    WL("wait"),  WL("join"),   WL("wish"), WL("ping"),
};

/* endings of a street that is only a name (cs, sk, pl adjectives): "husova", "komenskeho";
 * "skolni", "lesna", "stadiou" end as too many words do */
static const struct wl name_endings[] = {WL("ova"), WL("owa"), WL("ska"), WL("eho"), WL("ego")};

/* beginnings of the words that say an address follows: a move, a pick-up, a delivery, an
 * address, in 17 languages as typed without diacritics */
static const struct wl stems[] = {
    WL("addr"),    WL("adr"),     WL("adres"),     WL("cim"),     WL("dir"),     WL("ind"),
    WL("end"),     WL("os"),      WL("dieuth"),    WL("moved"),   WL("move"),    WL("umgezog"),
    WL("verhuis"), WL("demenag"), WL("mud"),       WL("trasfer"), WL("przepro"), WL("flytt"),
    WL("flyt"),    WL("muut"),    WL("prestehov"), WL("atkolt"),  WL("tasin"),   WL("mutat"),
    WL("metakom"), WL("pick"),    WL("abhol"),     WL("recup"),   WL("ophal"),   WL("recog"),
    WL("ritir"),   WL("busc"),    WL("odbior"),    WL("hamt"),    WL("afhent"),  WL("hent"),
    WL("nouto"),   WL("vyzved"),  WL("atvet"),     WL("teslim"),  WL("ridic"),   WL("paralav"),
    WL("deliver"), WL("liefer"),  WL("livr"),      WL("bezorg"),  WL("entreg"),  WL("consegn"),
    WL("dostaw"),  WL("lever"),   WL("toimit"),    WL("doruc"),   WL("szallit"), WL("parados"),
    WL("drop"),    WL("bring"),   WL("wohn"),      WL("woon"),    WL("vivo"),    WL("abito"),
    WL("moro"),    WL("mieszk"),  WL("bor"),       WL("asun"),    WL("bydl"),    WL("lakom"),
    WL("oturuy"),  WL("stau"),    WL("meno"),      WL("indiriz"), WL("direcc"),  WL("morad"),
};

/* short words right before a street (after them a typed street is the only reading left) */
static const struct wl shorts[] = {
    WL("at"),  WL("is"),  WL("its"), WL("it's"), WL("to"), WL("on"),   WL("in"),   WL("nach"),
    WL("bei"), WL("zur"), WL("zum"), WL("der"),  WL("au"), WL("op"),   WL("bij"),  WL("naar"),
    WL("en"),  WL("na"),  WL("pe"),  WL("pa"),   WL("på"), WL("til"),  WL("till"), WL("i"),
    WL("c"),   WL("es"),  WL("e"),   WL("je"),   WL("az"), WL("ide:"), WL("a"),    WL("da"),
    WL("del"), WL("em"),  WL("no"),  WL("v"),    WL("ve"),
};

/* the last two letters of types_after's, endings' and name_endings' words (bit (a - 'a') * 26 + b -
 * 'a'); generated from the lists */
static const uint32_t ends2[22] = {0x00082408u, 0x00900000u, 0x00040000u, 0x0a2b5000u, 0x00000000u,
                                   0x00008410u, 0x20100210u, 0x00000400u, 0x01000010u, 0x00080000u,
                                   0x04440000u, 0x20400000u, 0x00000001u, 0x20000000u, 0x51002004u,
                                   0x80044080u, 0x08000084u, 0x10008044u, 0x00000000u, 0x00000000u,
                                   0x00000000u, 0x00000000u};
/* the first two letters of types_before's words, the same way */
static const uint32_t starts2[22] = {
    0x20200800u, 0x88100000u, 0x00000004u, 0x00000000u, 0x00000000u, 0x00000000u,
    0x10000000u, 0x00000000u, 0x40000000u, 0x00000004u, 0x00040000u, 0x40008000u,
    0x80024040u, 0x00000000u, 0x00004000u, 0x8000008cu, 0x00080008u, 0x00002400u,
    0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u};

/* May the two bytes p[0], p[1] be one of set's pairs? Any byte outside a..z may (the lists'
 * "u.", "c/", "b-dul" and letters with diacritics are not in the sets). */
static int pair_may(const uint32_t *set, const uint8_t *p)
{
    unsigned a = (unsigned)(p[0] - 'a'), b = (unsigned)(p[1] - 'a');
    if (a >= 26 || b >= 26)
        return 1;
    unsigned k = a * 26 + b;
    return (int)(set[k >> 5] >> (k & 31) & 1);
}

/* The hashes ((a * 961 + b * 31 + c) & 1023) of the last three bytes of types_after's and
 * endings' words (a space before a two-letter word) and of the name endings (any byte before a
 * two-letter one); and of the first three bytes of types_before's words (a space after a
 * two-letter one). Generated from the lists: a word outside them mostly misses both. */
static const uint32_t ends3[32] = {
    0x00002000u, 0x00001002u, 0x00104400u, 0x00401800u, 0x00010002u, 0x00008004u, 0x00440000u,
    0x00000002u, 0x00002208u, 0x00000000u, 0x00000000u, 0x08011000u, 0x00408000u, 0x00000000u,
    0x01240000u, 0x00000000u, 0x00001020u, 0x00020000u, 0x01140000u, 0x03000000u, 0x000e4002u,
    0x80000084u, 0x01450000u, 0x20000000u, 0x00000002u, 0x00000000u, 0x06414000u, 0x02000000u,
    0x0d000000u, 0x00000242u, 0x00140040u, 0x00002020u};
static const uint32_t starts3[32] = {
    0x40014000u, 0x00001000u, 0x00000000u, 0x00888200u, 0x00000000u, 0x00040105u, 0x00800000u,
    0x02000000u, 0x04000000u, 0x04000000u, 0x00200000u, 0x00110008u, 0x24800140u, 0x02048118u,
    0x40000000u, 0x00000020u, 0x00400000u, 0x00020000u, 0x00000000u, 0x50000000u, 0x02000804u,
    0x10000000u, 0x00018400u, 0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u,
    0x00800000u, 0x00000000u, 0x00005000u, 0x00000000u};
/* the same of the last three bytes of types_before's words (a space before a two-letter one) */
static const uint32_t typeends3[32] = {
    0x00004000u, 0x00001000u, 0x30201800u, 0x00808004u, 0x40000200u, 0x00000000u, 0x04000001u,
    0x12000000u, 0x00000000u, 0x00800002u, 0x00000100u, 0x00010008u, 0x04800004u, 0x00040000u,
    0x00400000u, 0x08000000u, 0x10000132u, 0x00060100u, 0x00044000u, 0x40000000u, 0x03000084u,
    0x00802044u, 0x00000400u, 0x00000020u, 0x00000400u, 0x00000000u, 0x00000100u, 0x00080000u,
    0x00800000u, 0x00000000u, 0x00001002u, 0x00000000u};

static int tri_may(const uint32_t *set, const uint8_t *p)
{
    unsigned k = ((unsigned)p[0] * 961 + (unsigned)p[1] * 31 + p[2]) & 1023;
    return (int)(set[k >> 5] >> (k & 31) & 1);
}

/* the number words between a street and its house number: "inonu cad no 67", "str florilor nr.
 * 25", "c/ toledo n 16", "odos ermou ar. 12", "korunni c. 28" */
static int num_word(const uint8_t *w, size_t n)
{
    return is_w(w, n, "no") || is_w(w, n, "nr") || is_w(w, n, "nr.") || is_w(w, n, "no.") ||
           is_w(w, n, "n") || is_w(w, n, "ar.") || is_w(w, n, "c.");
}

/* The cheap first test at the number i .. d (a space before it): the word before it may end a
 * street ("utca", "kerkstraat", "husova", the "no" of "cad no 67"), the word after it may begin a
 * street type ("61 rue ..."), or the word before the word before it may be one ("ul lipowa 4"). */
static int street_may(const uint8_t *t, size_t len, size_t i, size_t d)
{
    if (tri_may(ends3, t + i - 4) || (t[i - 3] == ' ' && t[i - 2] == 'u') ||
        (t[i - 4] == ' ' && t[i - 3] == 'n' && (t[i - 2] == 'o' || t[i - 2] == 'r')) ||
        (t[i - 3] == ' ' && t[i - 2] == 'n') || (t[i - 3] == 'g' && t[i - 2] == 't') ||
        (t[i - 3] == 'v' && t[i - 2] == 'n') ||
        (t[i - 2] == '.' && num_word(t + i - 4 + (t[i - 5] != ' '), 3 - (t[i - 5] != ' '))))
        return 1;
    if (d + 4 < len && t[d] == ' ' && tri_may(starts3, t + d + 1))
        return 1;
    size_t b = i - 1, floor = i > 26 ? i - 26 : 0; /* "ul lipowa 4": the type one word back */
    while (b > floor && low(t[b - 1]))
        b--;
    if (b < 5 || b + 1 >= i || t[b - 1] != ' ')
        return 0;
    if (tri_may(typeends3, t + b - 4))
        return 1;
    size_t p = b - 1; /* "imp des lilas 60", "r. do ouro 5": a particle between */
    while (p > floor && low(t[p - 1]))
        p--;
    return p >= 5 && b - 1 - p >= 2 && b - 1 - p <= 3 && t[p - 1] == ' ' &&
           tri_may(typeends3, t + p - 4);
}

/* the word before position e on its line (letters, '.', '/', ':' and '\''): its start, or e */
static size_t word_back(const uint8_t *t, size_t e, size_t floor)
{
    size_t b = e;
    while (b > floor && (low(t[b - 1]) || t[b - 1] == '.' || t[b - 1] == '/' || t[b - 1] == '\'' ||
                         t[b - 1] == '-'))
        b--;
    return b;
}

static int has_end(const uint8_t *w, size_t n, const struct wl *list, size_t cnt, size_t min)
{
    for (size_t k = 0; k < cnt; k++) {
        size_t sl = list[k].n;
        if (n >= sl + min && (uint8_t)list[k].w[sl - 1] == w[n - 1] &&
            memcmp(w + n - sl, list[k].w, sl) == 0)
            return 1;
    }
    return 0;
}

/* The chat says an address follows the street starting at a: a stem word among the five words
 * before it on its line (strong: 2), or a short word right before it (1); else 0. */
static int cue_line(const uint8_t *t, size_t a)
{
    size_t floor = a > 64 ? a - 64 : 0, e = a;
    int got = 0;
    for (size_t words = 0; words < 5 && e > floor + 1 && t[e - 1] == ' '; words++) {
        size_t b = word_back(t, e - 1, floor);
        size_t n = e - 1 - b;
        if (n == 0)
            break;
        const uint8_t *w = t + b;
        if (n > 1 && w[n - 1] == ':') /* "addr:", "cim:" */
            n--;
        for (size_t k = 0; k < sizeof stems / sizeof stems[0]; k++) {
            size_t sl = stems[k].n;
            if (n >= sl && (uint8_t)stems[k].w[0] == w[0] && memcmp(w, stems[k].w, sl) == 0 &&
                (sl >= 4 || n <= sl + 4))
                return 2;
        }
        if (!words && IN(w, e - 1 - b, shorts))
            got = 1;
        if (b > 0 && t[b - 1] != ' ')
            break;
        e = b;
    }
    return got;
}

/* "I am", "we are", "it is" as typed, and "my home": weak alone, enough before a street whose
 * number is glued to it ("er birkevej5", "eimai stadiou14", "evim okul cd3") */
static const struct wl weak[] = {
    WL("er"),     WL("ar"),      WL("bin"),   WL("oon"),     WL("sunt"),   WL("jestem"),
    WL("eimai"),  WL("eimaste"), WL("einai"), WL("evim"),    WL("sto"),    WL("ollaan"),
    WL("vagyok"), WL("vagyunk"), WL("zit"),   WL("estamos"), WL("suntem"), WL("jsme"),
    WL("jsem"),   WL("ik"),      WL("toy"),   WL("estoy"),   WL("sono"),   WL("siamo"),
};

/* The cue before a street whose number is glued or whose own words end like a street
 * ("kerkstraat52", "koulukatu 4", "inonu cad 67"): cue_line()'s, a weak word right before it,
 * or the start of a line or of a sender's message ("anna: kerkstraat52 pls"). */
static int cue_glued(const uint8_t *t, size_t a)
{
    int c = cue_line(t, a);
    if (c || a < 2)
        return c ? c : a == 0;
    if (t[a - 1] == '\n' || (t[a - 1] == 'n' && t[a - 2] == '\\') ||
        (t[a - 1] == ' ' && (t[a - 2] == ':' || t[a - 2] == ']')))
        return 1;
    if (t[a - 1] != ' ')
        return 0;
    size_t b = word_back(t, a - 1, a > 16 ? a - 16 : 0);
    return IN(t + b, a - 1 - b, weak);
}

/* particles between a street type and its name: "rue de la gare", "via dei mille" */
static const struct wl particles[] = {
    WL("de"),  WL("la"), WL("le"), WL("les"), WL("des"), WL("du"),  WL("del"), WL("della"),
    WL("dei"), WL("di"), WL("do"), WL("da"),  WL("das"), WL("dos"), WL("l'"),  WL("d'")};

/* After a house number at j (a space there): a street type before its name, its particles and
 * one name word: "rue de la gare", "av foch", "allee des pins"; the street's end, or 0. */
static size_t number_first(const struct sc *s, size_t j)
{
    const uint8_t *t = s->t;
    if (j + 3 >= s->len || t[j] != ' ' || !low(t[j + 1]) || !pair_may(starts2, t + j + 1))
        return 0;
    size_t b = j + 1, e = b;
    while (e < s->len && e - b < 12 && (low(t[e]) || t[e] == '.' || t[e] == '/'))
        e++;
    if (!IN(t + b, e - b, types_before) || is_w(t + b, e - b, "via")) /* "12 via email" */
        return 0;
    for (int words = 0; words < 4 && e + 1 < s->len && t[e] == ' ' && low(t[e + 1]); words++) {
        size_t wb = e + 1, we = wb;
        while (we < s->len && we - wb < 24 && (low(t[we]) || t[we] == '\''))
            we++;
        if (we < s->len && is_alnum(t[we]))
            return 0;
        if (!IN(t + wb, we - wb, particles))
            return we - wb >= 3 ? we : 0;
        e = we;
    }
    return 0;
}

/* Does a line start at b (a newline, raw or JSON-escaped, before it)? */
static int line_start(const uint8_t *t, size_t b)
{
    return t[b - 1] == '\n' || (b >= 2 && t[b - 1] == 'n' && t[b - 2] == '\\');
}

#define NONE ((size_t)-1)

/* The street words that end at e (a space before the number there, or the number glued to the
 * last word): their start, or NONE. A cue on the line must say an address follows. */
static size_t street_words(const struct sc *s, size_t e, size_t floor, int glued, int relax,
                           int comma)
{
    const uint8_t *t = s->t;
    size_t a;
#define CUE(t, a) (glued ? cue_glued((t), (a)) : cue_line((t), (a)))
    size_t b = word_back(t, e, floor);
    if (!glued && num_word(t + b, e - b)) {
        if (b < 2 || t[b - 1] != ' ') /* "inonu cad no 67" */
            return NONE;
        e = b - 1;
        b = word_back(t, e, floor);
    }
    size_t n = e - b;
    if (n == 0 || n > 24 || (b > 0 && t[b - 1] != ' ' && (glued || !line_start(t, b))))
        return NONE;
    int cue, endp = n == 1 ? t[b] == 'u' : pair_may(ends2, t + e - 2);
    if (!comma && endp && IN(t + b, n, types_after)) { /* "petofi utca 9": one or two before */
        if (b < 2)
            return NONE;
        size_t nb = word_back(t, b - 1, floor);
        if (b - 1 - nb < 2 || t[nb] == '.' || (n == 1 && IN(t + nb, b - 1 - nb, you_words)))
            return NONE;
        a = nb;
        if ((cue = relax ? cue_glued(t, a) : cue_line(t, a)) == 0 && nb >= 2 && t[nb - 1] == ' ') {
            size_t n2 = word_back(t, nb - 1, floor); /* "ady endre u 5", "dozsa gy ut 3" */
            if (nb - 1 - n2 >= 2 && n2 < nb - 1 && (cue = CUE(t, n2)) == 2)
                a = n2;
        }
        if (!cue)
            return NONE;
    } else if (!comma && endp && n >= 5 && t[b] != '.' &&
               has_end(t + b, n, endings, sizeof endings / sizeof endings[0], 3)) {
        a = b; /* "solvej 38", "koulukatu 4"; after a weak word or at a message's start too */
        if (!(relax ? cue_glued(t, a) : cue_line(t, a)))
            return NONE;
        /* at a line's start "-tie" is Dutch ("referentie 5", "locatie 2") as often as Finnish */
        if (b > 0 && t[b - 1] != ' ' && t[e - 1] == 'e' && t[e - 2] == 'i' && t[e - 3] == 't')
            return NONE;
    } else {
        /* "ul lipowa 4", "str florilor 3", "odos ermou 4": a type one or two words back */
        a = 0;
        size_t wb = b;
        for (int k = 0; k < 2 && wb >= 2 && t[wb - 1] == ' '; k++) {
            size_t pb = word_back(t, wb - 1, floor);
            if (pb == wb - 1)
                break;
            if (wb - 1 - pb >= 2 && pair_may(starts2, t + pb) &&
                !(glued && t[pb + 1] == '.') && /* "r. girard3": an author's mark */
                IN(t + pb, wb - 1 - pb, types_before)) {
                a = pb;
                break;
            }
            wb = pb;
        }
        if (a) { /* a type before the name: a message's start is cue enough ("ul. polna 104") */
            if (!(relax ? cue_glued(t, a) : cue_line(t, a)))
                return NONE;
        } else if (!comma && endp && n >= 4 && t[b] != '.' &&
                   has_end(t + b, n, name_endings, sizeof name_endings / sizeof name_endings[0],
                           3)) {
            a = b; /* "husova 32": only after a strong word; "husova32b" after any cue */
            if (CUE(t, a) < 2 - glued)
                return NONE;
        } else {
            return NONE;
        }
    }
    return a;
#undef CUE
}

/* Is there a line break in the 97 bytes before t[i] (i >= 97)? Six loads of 16 and one more
 * over the last 16 bytes. */
static int nl_in97(const uint8_t *t, size_t i)
{
#ifdef __SSE2__
    const uint8_t *p = t + i - 97;
    const __m128i nl = _mm_set1_epi8('\n');
    __m128i m = _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(p + 81)), nl);
    for (size_t k = 0; k < 96; k += 16)
        m = _mm_or_si128(
            m, _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(p + k)), nl));
    return _mm_movemask_epi8(m) != 0;
#else
    return memchr(t + i - 97, '\n', 97) != NULL;
#endif
}

/* units of time, money and count that say the number before them is no house number */
static const struct wl units[] = {
    WL("days"),  WL("day"),  WL("weeks"), WL("week"),  WL("mins"),   WL("min"),    WL("minutes"),
    WL("hours"), WL("hrs"),  WL("hr"),    WL("times"), WL("years"),  WL("yrs"),    WL("months"),
    WL("pm"),    WL("tage"), WL("dage"),  WL("dagar"), WL("dias"),   WL("giorni"), WL("jours"),
    WL("uur"),   WL("perc"), WL("ore"),   WL("godz"),  WL("kg"),     WL("km"),     WL("eur"),
    WL("euro"),  WL("quid"), WL("lei"),   WL("kr"),    WL("zl"),     WL("ft"),     WL("tl"),
    WL("x"),     WL("pcs"),  WL("bags"),  WL("boxes"), WL("people"), WL("kids"),   WL("left"),
};

/* Is the word after the number's end hn (after one space) a unit? */
static int unit_after(const uint8_t *t, size_t len, size_t hn)
{
    if (hn + 2 >= len || t[hn] != ' ' || !low(t[hn + 1]))
        return 0;
    size_t e = hn + 1;
    while (e < len && e - hn <= 8 && low(t[e]))
        e++;
    if (e < len && is_alnum(t[e]))
        return 0;
    return IN(t + hn + 1, e - hn - 1, units);
}

static size_t street_at(const struct sc *s, size_t i, size_t d, size_t *start);

/* The house number i .. d (after a space) starts or ends a lower-case
 * street that a chat cue introduces: the street's end, or 0; its start in *start. The first
 * test here has no frame: a chat line is short, a paragraph's numbers are no work here. */
size_t nw_typed54_street(const struct sc *s, size_t i, size_t d, size_t *start)
{
    if (i < 6 || (i >= 97 && !nl_in97(s->t, i)))
        return 0;
    return street_at(s, i, d, start);
}

static __attribute__((noinline)) size_t street_at(const struct sc *s, size_t i, size_t d,
                                                  size_t *start)
{
    const uint8_t *t = s->t;
    size_t hn = d;
    int comma = t[i - 2] == ',';
    if (!street_may(t, s->len, i - comma, d))
        return 0;
    if (hn < s->len && t[hn] >= 'a' && t[hn] <= 'z' && (hn + 1 >= s->len || !is_alnum(t[hn + 1])))
        hn++;                                                     /* "12a" */
    if (hn + 1 < s->len && t[hn] == '/' && is_digit(t[hn + 1])) { /* "4/2" */
        size_t k = hn + 1;
        while (k < s->len && k - hn <= 3 && is_digit(t[k]))
            k++;
        hn = k;
    } else if (hn < s->len && t[hn] == '.' &&
               (hn + 1 >= s->len || t[hn + 1] == ' ' || t[hn + 1] == '\n' || t[hn + 1] == '\\')) {
        hn++; /* "petofi utca 9." */
    }
    if (hn < s->len && is_alnum(t[hn]))
        return 0;
    if (unit_after(t, s->len, hn))
        return 0; /* "via email 2 days ago", "storgatan 3 mins away" */
    size_t floor = i > 64 ? i - 64 : 0;
    if (t[i - 1] == ' ' && hn == d) { /* number first: "61 rue de la gare", "153, av foch" */
        size_t e = number_first(s, hn + (hn < s->len && t[hn] == ','));
        if (e && cue_line(t, i)) {
            *start = i;
            return e;
        }
    }
    /* a weak cue only where no postcode follows: "kerkweg 63, 1015 cj amsterdam" is read whole
     * by the address passes */
    int post = hn + 2 < s->len && t[hn] == ',' && t[hn + 1] == ' ' && is_digit(t[hn + 2]);
    /* "c/ mayor, 21", "av direita, 58": a comma before the number only after a type before the
     * name */
    size_t a = street_words(s, i - 1 - comma, floor, 0, !post, comma);
    if (a == NONE)
        return 0;
    *start = a;
    return hn;
}

/* The cheap test at a number glued to the word before it at i: that word may end a street
 * ("kerkstraat52", "istiklal cad12", "petofi u4"), or the word before it may be a type ("calle
 * mayor3", "via verdi12"), or a type is glued before it with '.' or '/' ("ul.lipowa4"). */
int nw_typed54_glued_may(const uint8_t *t, size_t i)
{
    if (tri_may(ends3, t + i - 3))
        return 1;
    size_t b = i - 1, floor = i > 40 ? i - 40 : 0;
    while (b > floor && low(t[b - 1]))
        b--;
    if (b < 5 || b + 2 >= i)
        return 0;
    if (t[b - 1] == '.' || t[b - 1] == '/')
        return 1;
    for (int k = 0; k < 2 && t[b - 1] == ' '; k++) { /* "calle mayor3", "rua das flores12" */
        if (tri_may(typeends3, t + b - 4))
            return 1;
        size_t p = b - 1;
        while (p > floor && low(t[p - 1]))
            p--;
        if (p < 5 || p + 1 >= b)
            return 0;
        b = p;
    }
    return 0;
}

size_t nw_typed54_glued(const struct sc *s, size_t i, size_t d, size_t *start)
{
    const uint8_t *t = s->t;
    size_t hn = d, floor = i > 64 ? i - 64 : 0;
    if (hn < s->len && t[hn] >= 'a' && t[hn] <= 'z' && (hn + 1 >= s->len || !is_alnum(t[hn + 1])))
        hn++; /* "husova32b" */
    if (hn < s->len && (is_alnum(t[hn]) || t[hn] == '_' || t[hn] == '@' || t[hn] == '/' ||
                        t[hn] == '-' || (t[hn] == '.' && hn + 1 < s->len && is_alnum(t[hn + 1]))))
        return 0; /* "model3_x", "file2.txt", "kx-200" */
    size_t b = word_back(t, i, floor), a;
    const uint8_t *dot = memchr(t + b, '.', i - b), *sl = memchr(t + b, '/', i - b);
    if (dot || sl) { /* "ul.lipowa4", "str.morii7", "c/alcala3": a type glued before the name */
        const uint8_t *k = dot && (!sl || dot < sl) ? dot : sl;
        size_t m = (size_t)(k - t) + 1;
        if ((b > 0 && t[b - 1] != ' ') || i - m < 3 || !IN(t + b, m - b, types_before))
            return 0;
        for (size_t q = m; q < i; q++)
            if (!low(t[q]))
                return 0;
        if (!cue_glued(t, b))
            return 0;
        a = b;
    } else if ((a = street_words(s, i, floor, 1, 1, 0)) == NONE) {
        return 0;
    }
    *start = a;
    return hn;
}
