/* names_prose41.c: people in drafting prompts, letters, notices and code-switched messages
 * (branch prose41).
 *
 * nw_prose41_ctx() gives a weak context (never a strong one) to a run by the word or two right
 * before it, in the kinds of text people paste into a chatbot to have something written:
 * - a kin or role noun after a possessive ("my grandmother X", "his wife X", "mi abuelo X",
 *   "minha avó X", "my tenant X"), or a kin word people use as a title ("tía X", "Oma X",
 *   "Annem X", "Babcia X", "mum X, dad Y");
 * - a text being drafted and its preposition ("a eulogy for X", "retirement speech for X",
 *   "Laudatio für X", "brindis para la boda de X", "Beerdigung von X");
 * - a signature verb ("Signé X", "Unterschrift: X", "Firmato X", "Assina X", "sign it from X");
 * - a mention or a greeting passed on ("mention: X", "Noem ook X", "ringraziando anche X",
 *   "Dank auch an X", "Hälsa X", "przekazać X", "ligar ao X");
 * - a greeting of pl/sv/tr/ro/pt opening its line ("Droga X,", "Sevgili X,", "Dragă X,",
 *   "Hej X!") and a closing before the name at its line's end ("Kram, X", "Cu drag, X");
 * - a role of a public notice ("executor X", "sökande X", "Wethouder X", "led by X").
 * The run must still pass the weak-context rules (name-shaped words, no ordinary word or brand);
 * a lone unknown word here must also have a name's shape. The word before the run is folded only
 * when its raw bytes pass a 1024-bit filter of the lists' words: most runs after a word cost a
 * hash of that word.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* Kin and role nouns after a possessive. */
static const char *const kin[] = {
    "grandmother", "grandfather", "grandma",    "grandpa",       "granny",       "nan",
    "nana",        "mother",      "father",     "mum",           "mom",          "dad",
    "uncle",       "aunt",        "auntie",     "cousin",        "brother",      "sister",
    "wife",        "husband",     "son",        "daughter",      "niece",        "nephew",
    "fiancée",     "fiancé",      "partner",    "tenant",        "landlady",     "landlord",
    "neighbour",   "neighbor",    "teacher",    "friend",        "stepmother",   "stepfather",
    "godmother",   "godfather",   "grandson",   "granddaughter", "oma",          "opa",
    "tante",       "onkel",       "cousine",    "vermieter",     "vermieterin",  "nachbar",
    "nachbarin",   "lehrerin",    "lehrer",     "großmutter",    "großvater",    "mère",
    "père",        "grand-mère",  "grand-père", "oncle",         "propriétaire", "voisin",
    "voisine",     "ami",         "amie",       "fille",         "fils",         "mari",
    "femme",       "mamie",       "papi",       "oom",           "opa",          "buurman",
    "buurvrouw",   "huisbaas",    "vriend",     "vriendin",      "abuela",       "abuelo",
    "tía",         "tío",         "madre",      "padre",         "casero",       "casera",
    "amigo",       "amiga",       "esposa",     "esposo",        "hermano",      "hermana",
    "nonna",       "nonno",       "zia",        "zio",           "vicino",       "vicina",
    "amico",       "amica",       "moglie",     "marito",        "coinquilina",  "coinquilino",
    "avó",         "avô",         "tia",        "tio",           "senhorio",     "senhoria",
    "vizinho",     "vizinha",     "mãe",        "pai",           "babcia",       "dziadek",
    "ciocia",      "wujek",       "mama",       "tata",          "annem",        "babam",
    "teyze",       "amca",        "dayı",       "abi",           "abla",         "farmor",
    "mormor",      "farfar",      "morfar",     "bunica",        "bunicul",      "mătușa",
    "unchiul",     "cousin",      "coworker",   "colleague"};
/* Kin words people set before a name as a title, no possessive needed. */
static const char *const kin_title[] = {
    "tía",    "tío",    "tante",  "oma",    "opa",    "babcia", "dziadek", "annem",
    "babam",  "teyze",  "nonna",  "nonno",  "avó",    "avô",    "zia",     "zio",
    "oom",    "mum",    "dad",    "mamie",  "papi",   "ciocia", "wujek",   "auntie",
    "granny", "bunica", "farmor", "mormor", "farfar", "morfar"};
/* ... and those of them that are no given name anywhere, which may open a run as its context
 * ("Annem Ursula macht Börek"): "Tata", "Abi", "Tia" are names too. */
static const char *const kin_lead[] = {"annem",  "babam",  "oma",    "opa",    "babcia", "dziadek",
                                       "tía",    "tío",    "teyze",  "ciocia", "wujek",  "mormor",
                                       "farmor", "morfar", "farfar", "bunica"};
static const char *const poss[] = {
    "my",      "his",    "her",   "our",   "their",  "mein",  "meine",  "meinen", "meiner",
    "seine",   "seiner", "ihre",  "ihrer", "unsere", "unser", "mon",    "ma",     "son",
    "sa",      "notre",  "mijn",  "zijn",  "haar",   "onze",  "mi",     "su",     "nuestra",
    "nuestro", "mia",    "mio",   "sua",   "suo",    "minha", "meu",    "sua",    "seu",
    "moja",    "mój",    "mojej", "min",   "mitt",   "hans",  "hennes", "late"};
/* Texts a prompt asks to draft, and the prepositions that bring their subject. */
static const char *const drafts[] = {"eulogy",
                                     "speech",
                                     "toast",
                                     "reference",
                                     "tribute",
                                     "citation",
                                     "obituary",
                                     "card",
                                     "comment",
                                     "poem",
                                     "letter",
                                     "note",
                                     "laudatio",
                                     "trauerrede",
                                     "rede",
                                     "nachruf",
                                     "beerdigung",
                                     "brief",
                                     "éloge",
                                     "funèbre",
                                     "discours",
                                     "retraite",
                                     "hommage",
                                     "lettre",
                                     "toespraak",
                                     "afscheidsspeech",
                                     "condoleancekaart",
                                     "rouwadvertentie",
                                     "elogio",
                                     "discurso",
                                     "brindis",
                                     "boda",
                                     "carta",
                                     "palabras",
                                     "funeral",
                                     "discorso",
                                     "pensionamento",
                                     "lettera",
                                     "casamento",
                                     "referência",
                                     "recomendación",
                                     "życzenia",
                                     "tal",
                                     "discurs",
                                     "pensionarea",
                                     "wedding",
                                     "retirement",
                                     "anniversary",
                                     "birthday",
                                     "begravning",
                                     "obsèques",
                                     "funerale",
                                     "funeral",
                                     "report",
                                     "recommendation",
                                     "condolence",
                                     "condolences",
                                     "speeches"};
static const char *const draft_preps[] = {"for", "to",   "für", "pour",   "voor", "para",
                                          "per", "di",   "de",  "da",     "do",   "von",
                                          "an",  "till", "för", "pentru", "dla",  "of"};
static const char *const signs[] = {"signé",    "signée",   "unterschrift", "firmato",
                                    "firmata",  "firmado",  "firmada",      "assina",
                                    "assinado", "assinada", "signed",       "namens",
                                    "podpis",   "semnat",   "imza",         "undertecknat"};
static const char *const mentions[] = {"hälsa",     "przekazać",       "przekaż",   "executor",
                                       "executrix", "sökande",         "wethouder", "bauherrin",
                                       "bauherr",   "nachlasspfleger", "curatore",  "applicant"};
/* The word before the run and the one before it: "Noem ook X", "ringraziando anche X". */
static const char *const pairs[][2] = {{"ook", "noem"},  {"anche", "ringraziando"},
                                       {"an", "auch"},   {"pour", "mot"},
                                       {"da", "também"}, {"do", "também"},
                                       {"to", "kind"},   {"ao", "ligar"},
                                       {"by", "led"},    {"from", "it"},
                                       {"to", "thanks"}, {"de", "citação"},
                                       {"à", "pensée"},  {"an", "gruß"}};
static const char *const greetings[] = {
    "droga",   "drogi", "drodzy", "kochana", "kochany", "hej",   "hejsan", "sevgili",
    "merhaba", "selam", "dragă",  "dragi",   "bună",    "oi",    "olá",    "querida",
    "querido", "cara",  "caro",   "liebe",   "lieber",  "beste", "lieve",  "chère",
    "cher",    "cześć", "hallo",  "hola",    "ciao",    "hi",    "hello",  "dear"};
static const char *const closings[] = {
    "love",     "kram",      "drag",     "beijinhos",    "beijos",     "embrasse",     "abrazo",
    "herzlich", "herzliche", "sevgiler", "saygılarımla", "pozdrawiam", "pozdrowienia", "hälsningar",
    "groetjes", "abbraccio", "baci",     "bisous",       "cheers"};

/* Three 1024-bit filters of the lists' words, bit h of each, h the top ten bits of the 32-bit
 * FNV-1a of its bytes with ASCII capitals lowered: A of the words that decide alone or with a
 * possessive (kin, greetings, closings, signatures, notice roles), B of the prepositions and the
 * pairs' second words ("for", "ook"), C of the words that must stand before a B word (a drafted
 * text, the pairs' first words). The word before a run is folded only when its raw bytes pass A,
 * or pass B and the word before it passes C: most runs after a word cost one or two hashes.
 * Written by the script in NAMES.md (stop 41, prose41); test_names_prose41.c asks that every word
 * passes. */
static const uint32_t bits_a[32] = {
#include "anonymize/names_prose41_bits_a.h"
};
static const uint32_t bits_b[32] = {
#include "anonymize/names_prose41_bits_b.h"
};
static const uint32_t bits_c[32] = {
#include "anonymize/names_prose41_bits_c.h"
};
/* T: the last three bytes of every A and B word (with a byte of no word before a two-byte one),
 * as a 32-bit load ORed with 0x20202020 and its first byte cleared keys them, hashed to 1024
 * bits: the first gate, a load and a multiply before any walk back over the word
 * (names_prose41_bits_t.h, the same script). No word of the lists has one byte. */
static const uint32_t bits_t[32] = {
#include "anonymize/names_prose41_bits_t.h"
};

static int tail_may(const uint8_t *t, size_t e)
{
    if (e < 4)
        return 1;
    uint32_t x;
    memcpy(&x, t + e - 4, 4);
    uint32_t h = (((x | 0x20202020u) & 0xFFFFFF00u) * 0x9E3779B1u) >> 22;
    return bits_t[h >> 5] >> (h & 31) & 1;
}

/* The filters' hash of t[b .. e), read from its last byte back (so the walk back over the word
 * before a run hashes it on the way). */
static uint32_t hash10(const uint8_t *t, size_t b, size_t e)
{
    uint32_t h = 2166136261u;
    for (size_t k = e; k > b; k--)
        h = (h ^ (is_up(t[k - 1]) ? t[k - 1] | 32u : t[k - 1])) * 16777619u;
    return h >> 22;
}

static int bit(const uint32_t *bits, uint32_t h)
{
    return bits[h >> 5] >> (h & 31) & 1;
}

int nw_prose41_word_may(const char *w, int set)
{
    uint32_t h = hash10((const uint8_t *)w, 0, strlen(w));
    return bit(set == 0 ? bits_a : set == 1 ? bits_b : bits_c, h);
}

/* The raw word ending at e (spaces and one ':' or ',' before it skipped), at most 16 bytes: its
 * start (e when none), its end in *we and its hash10() in *h, in one walk back. */
static size_t raw_word(const uint8_t *t, size_t e, size_t *we, uint32_t *h)
{
    while (e > 0 && t[e - 1] == ' ')
        e--;
    if (e > 0 && (t[e - 1] == ':' || t[e - 1] == ','))
        e--;
    size_t b = e;
    uint32_t x = 2166136261u;
    while (b > 0 && e - b <= 16 && (t[b - 1] >= 0x80 || is_alnum(t[b - 1]) || t[b - 1] == '\'')) {
        x = (x ^ (is_up(t[b - 1]) ? t[b - 1] | 32u : t[b - 1])) * 16777619u;
        b--;
    }
    *we = e;
    *h = x >> 22;
    return e - b > 16 ? e : b;
}

static int given(const struct sc *s, size_t a, size_t e)
{
    unsigned f = nw_lexicon_in(s->t, s->len, a, e);
    return (f & ANON_NL_GIVEN) && !(f & ANON_NL_COMMON_EN);
}

/* Could t[a .. e) be a word of a name: capitalised, no month, weekday, ordinary word or brand;
 * a lexicon name, or an unknown word of a name's shape (at least min). */
static int namey(const struct sc *s, size_t a, size_t e, int min)
{
    if (e - a < 2 || e - a > 30 || !nw_upper(s->t + a, s->len - a))
        return 0;
    char b[40];
    const char *w = nw_fold_span(s, a, e, b, sizeof b);
    if (!*w || nw_month(w) || nw_one_of(w, nw_days, nw_ndays) || nw_not_name(w) || nw_brand(w, 1))
        return 0;
    unsigned f = nw_lexicon_in(s->t, s->len, a, e);
    if (f)
        return nw_lexname(f) && (!(f & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) || given(s, a, e));
    return e - a >= 3 && nw_name_shape(s->t + a, e - a) >= min;
}

/* Is the run followed by a nickname in quotes and a capitalised word: "Dencor "Smudge" Darham"
 * (the run is the given name; the whole is a person's written name). */
static int nickname_after(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    if (e + 4 >= s->len || t[e] != ' ' || t[e + 1] != '"' || !nw_upper(t + e + 2, s->len - e - 2))
        return 0;
    size_t q = e + 2;
    while (q < s->len && q - e < 24 && t[q] != '"' && t[q] != '\n')
        q++;
    return q + 2 < s->len && t[q] == '"' && t[q + 1] == ' ' && nw_upper(t + q + 2, s->len - q - 2);
}

/* One to three namey words; a lone word a given name or an unknown word of a good shape (or
 * any name-shaped word before a quoted nickname). */
static int run_ok(const struct sc *s, size_t a, size_t e)
{
    size_t i = a, words = 0;
    int lone_ok = nickname_after(s, e);
    while (i < e) {
        size_t j = i;
        while (j < e && s->t[j] != ' ')
            j++;
        if (j - i == 2 && s->t[i + 1] == '.' && is_up(s->t[i]) && j < e) {
            i = j + 1; /* an initial before the name: "Unterschrift: G. Erdoğdu" */
            continue;
        }
        if (!namey(s, i, j, -16))
            return 0;
        lone_ok = lone_ok || given(s, i, j) || namey(s, i, j, 0);
        words++;
        i = j + 1;
    }
    return words >= 1 && words <= 3 && (words >= 2 || lone_ok);
}

static int line_opens(const uint8_t *t, size_t ws)
{
    return ws == 0 || t[ws - 1] == '\n' || t[ws - 1] == '\r';
}

/* The end of the word before a run at start (its spaces, then a ':' or ',' stepped back over). */
static size_t tail_end(const uint8_t *t, size_t start)
{
    size_t e = start;
    while (e > 0 && t[e - 1] == ' ')
        e--;
    if (e > 0 && (t[e - 1] == ':' || t[e - 1] == ','))
        e--;
    return e;
}

static int prose41_ctx(const struct sc *s, size_t start, size_t end);

/* Most runs stop at tail_may(): asked here with no frame, the rest in prose41_ctx(). */
int nw_prose41_ctx(const struct sc *s, size_t start, size_t end)
{
    if (start < 2 || !tail_may(s->t, tail_end(s->t, start)))
        return 0;
    return prose41_ctx(s, start, end);
}

static __attribute__((noinline)) int prose41_ctx(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    uint32_t h, h2;
    size_t we, wb = raw_word(t, start, &we, &h);
    if (wb == we || we - wb < 2)
        return 0;
    int alone = bit(bits_a, h), prep = bit(bits_b, h);
    if (!alone && !prep)
        return 0;
    size_t we2 = we, wb2 = we;
    if (!alone) { /* "eulogy for", "Noem ook": the word before the preposition, raw */
        wb2 = raw_word(t, wb, &we2, &h2);
        if (wb2 == we2 || we2 - wb2 < 2 || we2 < wb - 1 || !bit(bits_c, h2))
            return 0;
    }
    char b1[32], b2[32], b3[32];
    size_t ws2, ws3;
    const char *pw = nw_fold_span(s, wb, we, b1, sizeof b1);
    if (!*pw)
        return 0;
    if (alone) {
        int comma = we < start && t[we] == ',';
        if (comma) { /* "Kram, X" at its line's end, or before a second signer ("Love, X & Y") */
            if (!NW_ONE_OF(pw, closings))
                return 0;
            if (end < s->len && t[end] != '\n' && t[end] != '\r' && t[end] != '.' &&
                t[end] != '!' && t[end] != '"' &&
                !(end + 2 < s->len && t[end] == ' ' && t[end + 1] == '&' && t[end + 2] == ' '))
                return 0;
            return run_ok(s, start, end);
        }
        if (NW_ONE_OF(pw, greetings)) {
            if (!line_opens(t, wb) || we != start - 1)
                return 0;
            if (end < s->len && t[end] != ',' && t[end] != '!' && t[end] != '\n')
                return 0;
            return run_ok(s, start, end);
        }
        if (NW_ONE_OF(pw, signs) || NW_ONE_OF(pw, mentions))
            return run_ok(s, start, end);
        if (we == start - 1 && NW_ONE_OF(pw, kin)) { /* not "Oma: Mijn buurvrouw": a label */
            if (NW_ONE_OF(pw, kin_title) ||
                NW_ONE_OF(nw_prev_word(s, wb, &ws2, b2, sizeof b2), poss))
                return run_ok(s, start, end);
            return 0;
        }
        if (!prep)
            return 0;
        wb2 = raw_word(t, wb, &we2, &h2);
        if (wb2 == we2 || we2 < wb - 1 || !bit(bits_c, h2))
            return 0;
    }
    const char *pw2 = nw_fold_span(s, wb2, we2, b2, sizeof b2);
    for (size_t k = 0; k < sizeof pairs / sizeof pairs[0]; k++)
        if (strcmp(pw, pairs[k][0]) == 0 && strcmp(pw2, pairs[k][1]) == 0) {
            if (strcmp(pw2, "it") == 0 || strcmp(pw2, "thanks") == 0) {
                /* "sign it from X", "with thanks to X" ("thanks to X" alone is a cause too) */
                const char *pw3 = nw_prev_word(s, wb2, &ws3, b3, sizeof b3);
                if (strcmp(pw3, strcmp(pw2, "it") == 0 ? "sign" : "with") != 0)
                    return 0;
            }
            return run_ok(s, start, end);
        }
    /* the drafted text right before its preposition: "a eulogy for X", "Laudatio für X",
     * "brindis para la boda de X"; a lone word must be a given name ("the reference for Tcl",
     * "a note to Legal") */
    if (NW_ONE_OF(pw, draft_preps) && NW_ONE_OF(pw2, drafts))
        return run_ok(s, start, end) && (memchr(t + start, ' ', end - start) ||
                                         nickname_after(s, end) || given(s, start, end));
    return 0;
}

void nw_prose41_lead_words(void (*add)(const char *w, void *arg), void *arg)
{
    for (size_t k = 0; k < sizeof signs / sizeof signs[0]; k++)
        add(signs[k], arg);
    for (size_t k = 0; k < sizeof kin_lead / sizeof kin_lead[0]; k++)
        add(kin_lead[k], arg);
    for (size_t k = 0; k < sizeof greetings / sizeof greetings[0]; k++)
        add(greetings[k], arg);
}

int nw_prose41_lead(const struct sc *s, const struct word *run, size_t b, const char *f)
{
    size_t n = strlen(f);
    if (n < 2 || !bit(bits_a, hash10((const uint8_t *)f, 0, n)))
        return 0;
    if (NW_ONE_OF(f, signs) || NW_ONE_OF(f, kin_lead))
        return 1; /* "Signé X", "Firmato X", "Annem X", "Oma X" */
    return NW_ONE_OF(f, greetings) && line_opens(s->t, run[b].s); /* "Droga X," */
}
