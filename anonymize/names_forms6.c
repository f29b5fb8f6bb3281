/* names_forms6.c: the people business documents name where the walk's runs do not reach them,
 * and the things they print in a person's place.
 *
 * An invoice's address block prints its contact after an attention mark with no colon ("Attn
 * Maria Keller", "z. Hd. H. Walrud", "t.a.v. Y. Mulder", "At. Joaquín Pérez", "A/C coronício
 * corouloso"); a claim or police report prints its parties after labels of their trade ("Other
 * driver:", "Perito asignado:", "Tatverdächtige/r:"), and both print the name as it was typed:
 * lower case, in capitals, as an initial and a surname. Those lines are read here whole: a mark
 * or a person label at the line's start, then two to five name-shaped words up to the line's end
 * or a delimiter (" (", ",", " – ", two spaces). A tenancy lists its second party after a
 * conjunction ("X (born ...) & Y (born ...)"), a home-care log a relative in brackets ("(Siobhán,
 * daughter)"), a police narrative a nickname ("a man she knows as Bas"): each is read by its
 * shape.
 *
 * The same documents put a firm on the line under "Bill to:" above its attention line, and a
 * vehicle, an appliance, an office or an insurer under labels that look like a party's: runs
 * there are no person (nw_forms6_thing()). Each reader starts from a byte test (a line's first
 * letter, a ')' or '(' byte), so a text without these shapes pays a pass over its bytes.
 */
#include "anonymize/names.h"
#include "anonymize/names_internal.h"
#include "anonymize/names_typed56.h"

#include <string.h>

/* Attention marks, lower case (ASCII folded; "à" as its bytes). Longest first where one is a
 * prefix of another ("attn:" before "attn"). The value follows after spaces. */
static const char *const attn_marks[] = {"for the attention of",
                                         "attn:",
                                         "attn.",
                                         "attn",
                                         "fao",
                                         "z. hd.",
                                         "z.hd.",
                                         "z. h.",
                                         "zu händen",
                                         "zu handen",
                                         "t.a.v.",
                                         "t.a.v",
                                         "ter attentie van",
                                         "\xc3\xa0 l'attention de",
                                         "a l'attention de",
                                         "\xc3\xa0 l'att. de",
                                         "a l'att. de",
                                         "a la atenci\xc3\xb3n de",
                                         "atn.",
                                         "att.ne",
                                         "att.",
                                         "at.",
                                         "alla c.a.",
                                         "c.a.",
                                         "a/c",
                                         "aos cuidados de",
                                         "ao cuidado de",
                                         "\xc3\xa0 aten\xc3\xa7\xc3\xa3o de"};

/* Labels (before a colon) whose value on the line is one person, folded, in the seven locales;
 * those names_forms5.c already files are read here too when the value is lower case or in
 * capitals, which the walk's runs do not take. */
static const char *const person_labels[] = {
    /* en */
    "other driver", "other party", "third party driver", "assigned adjuster", "adjuster",
    "requesting clinician", "requesting physician", "requesting doctor", "reporting officer",
    "attending officer", "officer", "case handler", "case officer", "witness", "suspect",
    "complainant", "victim", "prescriber", /* de */
    "unfallgegner", "unfallgegnerin", "sachbearbeiter", "sachbearbeiterin", "zeuge", "zeugin",
    "zeuge/zeugin", "tatverdächtige/r", "tatverdächtiger", "tatverdächtige", "mitteiler/in",
    "mitteiler", "mitteilerin", "anfordernder arzt", "anfordernde ärztin", "geschädigte",
    "geschädigter", "beschuldigte/r", /* fr */
    "tiers impliqué", "gestionnaire", "gestionnaire du dossier", "témoin", "agent verbalisateur",
    "médecin demandeur", "plaignant", "plaignante",
    /* nl */
    "tegenpartij", "behandelaar", "getuige", "verbalisant", "aanvragend arts", "aangever",
    "aangeefster", "verdachte", /* es */
    "conductor contrario", "perito asignado", "perito", "testigo", "agente instructor",
    "médico solicitante", "denunciante", /* it */
    "controparte", "liquidatore", "testimone", "verbalizzante", "medico richiedente", "indagato",
    "indagata", /* pt */
    "terceiro envolvido", "testemunha", "agente autuante", "médico requisitante", "queixoso",
    "queixosa"};

/* Party labels whose value is as often a firm (a policyholder, a tenant): every word of the value
 * must then be no ordinary word, whatever its case. */
static const char *const weak_labels[] = {"policyholder",
                                          "policy holder",
                                          "tenant",
                                          "versicherungsnehmer",
                                          "versicherungsnehmerin",
                                          "mieter/in",
                                          "souscripteur",
                                          "souscriptrice",
                                          "locataire",
                                          "assuré",
                                          "assurée",
                                          "verzekeringnemer",
                                          "huurder",
                                          "tomador",
                                          "tomador del seguro",
                                          "arrendatario",
                                          "asegurado",
                                          "asegurada",
                                          "contraente",
                                          "assicurato",
                                          "assicurata",
                                          "tomador do seguro",
                                          "inquilino",
                                          "inquilina",
                                          "segurado",
                                          "segurada"};

/* Labels whose value is a thing or a firm, not a person: a vehicle, an appliance, an insurer, a
 * deposit scheme, a product. An office's label is not one: it names a contact as often
 * ("Office: Jana Brandt"). */
static const char *const thing_labels[] = {"vehicle",
                                           "car",
                                           "make",
                                           "model",
                                           "appliances",
                                           "appliance",
                                           "insurer",
                                           "bank",
                                           "deposit protected with",
                                           "product",
                                           "item",
                                           "brand",
                                           "fahrzeug",
                                           "kfz",
                                           "versicherer",
                                           "kaution hinterlegt bei",
                                           "produkt",
                                           "artikel",
                                           "marke",
                                           "véhicule",
                                           "assureur",
                                           "produit",
                                           "article",
                                           "marque",
                                           "voertuig",
                                           "verzekeraar",
                                           "merk",
                                           "vehículo",
                                           "aseguradora",
                                           "fianza depositada en",
                                           "producto",
                                           "artículo",
                                           "marca",
                                           "veicolo",
                                           "compagnia",
                                           "prodotto",
                                           "articolo",
                                           "veículo",
                                           "seguradora",
                                           "produto",
                                           "artigo"};

/* Values that fill a party's slot without naming one. */
static const char *const no_one[] = {
    "none",    "unknown",     "n/a",    "keine",        "keiner",  "unbekannt", "aucun",
    "aucune",  "inconnu",     "geen",   "onbekend",     "ninguno", "nadie",     "desconocido",
    "nessuno", "sconosciuto", "nenhum", "desconhecido", "tbd",     "pending"};

/* Kinship words in "(Name, daughter)". */
static const char *const kin_words[] = {
    "daughter", "son",       "niece",     "nephew",        "sister",    "brother", "wife",
    "husband",  "neighbour", "neighbor",  "granddaughter", "grandson",  "tochter", "sohn",
    "nichte",   "neffe",     "schwester", "bruder",        "ehefrau",   "ehemann", "nachbarin",
    "nachbar",  "enkelin",   "fille",     "fils",          "nièce",     "neveu",   "sœur",
    "frère",    "épouse",    "époux",     "voisine",       "voisin",    "dochter", "zoon",
    "nicht",    "neef",      "zus",       "broer",         "buurvrouw", "buurman", "kleindochter",
    "hija",     "hijo",      "sobrina",   "sobrino",       "hermana",   "hermano", "esposa",
    "esposo",   "vecina",    "vecino",    "nieta",         "nieto",     "figlia",  "figlio",
    "nipote",   "sorella",   "fratello",  "moglie",        "marito",    "vicina",  "vicino",
    "filha",    "filho",     "sobrinha",  "sobrinho",      "irmã",      "irmão",   "vizinha",
    "vizinho",  "neta",      "neto"};

/* Phrases before a nickname: "a man she knows as X". Folded, the byte after is a space. */
static const char *const alias_cues[] = {
    "known to her as", "known to him as", "known to them as", "knows as",     "kent als",
    "kende als",       "conoce como",     "conocía como",     "conosce come", "conosceva come",
    "conhece como",    "conhecia como",   "sous le nom de",   "connaît comme"};

/* Words a title that may stand before the value ("Prescriber: DR H. ROBINSON"). */
static const char *const titles[] = {"dr",   "dr.",   "mr",       "mr.",   "mrs",  "mrs.",  "ms",
                                     "ms.",  "herr",  "frau",     "mme",   "dhr.", "mevr.", "sr.",
                                     "sra.", "dott.", "dott.ssa", "prof.", "dra."};

/* Firm words in a value: a legal form or a trade noun makes it a firm. */
static const char *const firm_words[] = {"ltd",
                                         "ltd.",
                                         "gmbh",
                                         "inc",
                                         "inc.",
                                         "llc",
                                         "plc",
                                         "ag",
                                         "sa",
                                         "s.a.",
                                         "bv",
                                         "b.v.",
                                         "nv",
                                         "srl",
                                         "s.r.l.",
                                         "spa",
                                         "s.p.a.",
                                         "sas",
                                         "sarl",
                                         "lda",
                                         "lda.",
                                         "co.",
                                         "kg",
                                         "ohg",
                                         "group",
                                         "gruppe",
                                         "groupe",
                                         "grupo",
                                         "gruppo",
                                         "seguros",
                                         "versicherung",
                                         "assurances",
                                         "assicurazioni",
                                         "verzekeringen",
                                         "insurance",
                                         "bank",
                                         "banco",
                                         "banque",
                                         "motors",
                                         "garage",
                                         "services"};

static size_t line_end(const struct sc *s, size_t i)
{
    return nw_line_end_at(s, i); /* names_internal.h: the text's line table */
}

static int fold_is(const struct sc *s, size_t a, size_t b, const char *const *list, size_t n)
{
    char buf[48];
    const char *f = nw_fold_span(s, a, b, buf, sizeof buf);
    return *f && nw_one_of(f, list, n);
}
#define FOLD_IS(s, a, b, list) fold_is((s), (a), (b), (list), sizeof(list) / sizeof((list)[0]))

/* person_labels and weak_labels by their first and last byte and length (nw_lens_may()):
 * line_value() asks them of the text before each ':' near a line's start, in code and logs too
 * ("2026-11-30T12", "    if not req.body"). */
static const struct nw_lens person_label_lens = {
    {0xa8900, 0x4800,  0x81800, 0x800,    0x0,  0x0,    0x803080, 0x0,    0x100,
     0x0,     0x0,     0x800,   0x1c1a00, 0x0,  0x1880, 0x8640,   0x100,  0x120000,
     0x14080, 0x78e80, 0x5000,  0x2a40,   0x80, 0x0,    0x0,      0x1060, 0x0},
    {0x500, 0x0, 0x0,  0x0,      0x1cbea0, 0x0, 0x0,    0x0,      0x0,    0x800,
     0x0,   0x0, 0x40, 0x1958c0, 0xc81c0,  0x0, 0x0,    0x8f7f80, 0x8080, 0x20a80,
     0x0,   0x0, 0x0,  0x0,      0x800,    0x0, 0x8000, 0x0}};
static const struct nw_lens weak_label_lens = {
    {0x1780, 0x0,    0x400, 0x0, 0x0,    0x0,     0x0, 0x80,     0x200, 0x0, 0x0, 0x200, 0x200, 0x0,
     0x0,    0x3000, 0x0,   0x0, 0x3100, 0x600c0, 0x0, 0x290000, 0x0,   0x0, 0x0, 0x0,   0x0},
    {0x700,   0x0, 0x0, 0x0,     0x2700, 0x0,  0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0,  0x200200,
     0x61700, 0x0, 0x0, 0x93080, 0x0,    0x40, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x80, 0x0}};

/* FOLD_IS() of a list whose table (nw_lens_may()) rules out most spans before the fold. */
#define FOLD_IS_LENS(s, a, b, lens, list)                                                          \
    (nw_lens_may(&(lens), (s)->t + (a), (b) - (a)) && FOLD_IS(s, a, b, list))

size_t nw_forms6_lens_audit(void)
{
    return nw_lens_audit(&person_label_lens, person_labels,
                         sizeof person_labels / sizeof person_labels[0]) +
           nw_lens_audit(&weak_label_lens, weak_labels, sizeof weak_labels / sizeof weak_labels[0]);
}

/* The byte at j (0 < j < s->len) as mark_at() compares a mark's second or later byte: ASCII
 * capitals folded, "À"'s second byte read as "à"'s. */
static inline uint8_t fold_at(const struct sc *s, size_t j)
{
    uint8_t c = s->t[j];
    if (c >= 'A' && c <= 'Z')
        c |= 32;
    else if (j > 0 && s->t[j - 1] == 0xC3 && c == 0x80) /* "À" */
        c = 0xA0;
    return c;
}

/* Does the folded (ASCII and "À") text at i start with mark m? The length matched, or 0. */
static size_t mark_at(const struct sc *s, size_t i, const char *m)
{
    size_t k = 0;
    for (; m[k]; k++) {
        if (i + k >= s->len)
            return 0;
        uint8_t c = s->t[i + k];
        if (c >= 'A' && c <= 'Z')
            c |= 32;
        else if (k > 0 && s->t[i + k - 1] == 0xC3 && c == 0x80) /* "À" */
            c = 0xA0;
        if (c != (uint8_t)m[k])
            return 0;
    }
    return k;
}

/* One word of a value at i (up to e): an initial ("H."), a name word of letters, apostrophes
 * and hyphens; its end, or 0. *caps counts words with a capital first letter. */
static size_t value_word(const struct sc *s, size_t i, size_t e, int *letters)
{
    size_t j = i, n = 0;
    while (j < e) {
        size_t l = nw_letter(s->t + j, e - j);
        if (l) {
            j += l;
            n++;
        } else if ((s->t[j] == '\'' || s->t[j] == '-') && n > 0 && j + 1 < e) {
            j++;
        } else {
            break;
        }
    }
    if (n == 1 && j < e && s->t[j] == '.') /* an initial */
        j++;
    else if (j < e && s->t[j] != ' ')
        return 0;
    *letters = (int)n;
    return n ? j : 0;
}

/* A lower-case word t[a .. we) (lexicon flags f) after a label that is itself in lower case at its
 * line's start, as a chat's sender is ("tenant: ok will do", "locataire: je serai la",
 * "huurder: ben thuis", typed56): a name of the lexicon or a particle, and no word typed in chat.
 */
static int lower_name_word(const struct sc *s, size_t a, size_t we, unsigned f)
{
    for (size_t j = a; j < we; j++)
        if (s->t[j] < 'a' || s->t[j] > 'z')
            return 1; /* not plain ASCII: left to the tests below */
    if (nw_typed56_chat_word(s->t + a, we - a))
        return 0;
    if (f & (ANON_NL_GIVEN | ANON_NL_NAME))
        return 1;
    char pb[16];
    return nw_particle(nw_fold_span(s, a, we, pb, sizeof pb)) != 0; /* "jan de vries" */
}

/* Is t[a .. e) two to five name-shaped words, no firm and no "none"? Its trimmed end, or 0.
 * strict: bit 0 a weak label's value; bit 1 the label is in lower case (lower_name_word()). */
static size_t name_value(const struct sc *s, size_t a, size_t e, int strict)
{
    int chat = strict & 2;
    strict &= 1;
    while (e > a && (s->t[e - 1] == ' ' || s->t[e - 1] == '\r' || s->t[e - 1] == '.'))
        e--;
    if (e > a && s->t[e - 1] != '.' && e < s->len && s->t[e] == '.' && e - a >= 2 &&
        s->t[e - 2] == ' ')
        e++; /* a trailing initial keeps its dot */
    if (e <= a || e - a > 64 || FOLD_IS(s, a, e, no_one))
        return 0;
    size_t i = a;
    int words = 0, full = 0, lower = 0, caps = 0, given = 0, initial = 0;
    while (i < e) {
        int letters;
        size_t we = value_word(s, i, e, &letters);
        if (!we)
            return 0;
        if (FOLD_IS(s, i, we, firm_words))
            return 0;
        unsigned f = letters >= 2 ? nw_lexicon_in(s->t, s->len, i, we) : 0;
        /* an ordinary word is no name ("A/C repair done", "Witness: not recorded") unless it is
         * one too; written in lower case, only a well-attested given name is */
        unsigned keep = !strict && (is_up(s->t[i]) || s->t[i] >= 0x80)
                            ? ANON_NL_GIVEN | ANON_NL_NAME
                            : ANON_NL_ATTESTED;
        char pb[16];
        if ((f & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) && !(f & keep) &&
            !nw_particle(nw_fold_span(s, i, we, pb, sizeof pb)))
            return 0;
        if (chat && letters >= 2 && s->t[i] >= 'a' && s->t[i] <= 'z' &&
            !lower_name_word(s, i, we, f))
            return 0;
        words++;
        full += letters >= 2;
        initial += letters == 1;
        lower += s->t[i] >= 'a' && s->t[i] <= 'z';
        caps += letters >= 2 && is_up(s->t[i]) && is_up(s->t[i + 1]);
        given += (f & ANON_NL_GIVEN) != 0;
        i = we;
        while (i < e && s->t[i] == ' ')
            i++;
    }
    /* under a label a firm fills as often, Title Case is left to the walk unless a given name or
     * an initial says person ("Crédit Agricole") */
    if (strict && !initial && !given && lower < words && caps < full)
        return 0;
    if (words < 2 || words > 5 || full < 1 || nw_forms5_firm(s, a, e) || nw_not_person(s, a, e))
        return 0;
    return e;
}

/* Where the value that starts at v on a line ending at le stops: before " (", ",", ";", " –",
 * " - ", " · ", " |", a tab or two spaces. */
static size_t value_stop(const struct sc *s, size_t v, size_t le)
{
    const uint8_t *t = s->t;
    for (size_t i = v; i < le; i++) {
        if (t[i] == ',' || t[i] == ';' || t[i] == '\t' || t[i] == '|' || t[i] == '@')
            return i;
        if (t[i] == ' ' && i + 1 < le &&
            (t[i + 1] == '(' || t[i + 1] == ' ' || t[i + 1] == '-' || t[i + 1] == 0xE2 ||
             t[i + 1] == 0xC2))
            return i;
    }
    return le;
}

/* The value at v (a title skipped) to the stop; emitted when it is name-shaped. */
static int emit_value(struct sc *s, size_t v, size_t le, int strict)
{
    while (v < le && s->t[v] == ' ')
        v++;
    size_t te = v;
    while (te < le && s->t[te] != ' ')
        te++;
    if (te < le && te - v <= 8 && FOLD_IS(s, v, te, titles))
        v = te + 1;
    size_t e = name_value(s, v, value_stop(s, v, le), strict);
    return e ? s->emit(s->arg, ANON_NAMES_PERSON, v, e) : 0;
}

/* May a mark of attn_marks open with the folded bytes c0 c1? Its first two bytes, all of them
 * (a new mark's pair goes here too): most lines that open with "C", "T" or "A" go on with a
 * byte that opens no mark ("Could", "The", "Are"), and the loop below is not entered. */
static inline int attn_pair_may(uint8_t c0, uint8_t c1)
{
    switch (c0) {
    case 'f':
        return c1 == 'o' || c1 == 'a';
    case 'a':
        return c1 == 't' || c1 == ' ' || c1 == 'l' || c1 == '/' || c1 == 'o';
    case 'z':
        return c1 == '.' || c1 == 'u';
    case 't':
        return c1 == '.' || c1 == 'e';
    case 'c':
        return c1 == '.';
    case 0xC3:
        return c1 == 0xA0;
    default:
        return 0;
    }
}

/* A line opened by an attention mark or a person label: its value. *colon_k is the pass's cursor
 * in the text's ':' (nw_hit_within()). */
static int line_value(struct sc *s, size_t ls, size_t le, int *party, size_t *colon_k)
{
    const uint8_t *t = s->t;
    size_t i = nw_skip_spaces(t, ls, le);
    while (i < le && (t[i] == ' ' || t[i] == '-' || t[i] == '*' || t[i] == '>'))
        i = nw_skip_spaces(t, i + 1, le);
    if (i >= le)
        return 0;
    uint8_t c = t[i] | 32;
    if ((c == 'a' || c == 'f' || c == 'z' || c == 't' || c == 'c' || t[i] == 0xC3) &&
        i + 1 < s->len) { /* every mark has three bytes or more */
        uint8_t c0 = is_up(t[i]) ? t[i] | 32 : t[i], c1 = fold_at(s, i + 1);
        for (size_t k = attn_pair_may(c0, c1) ? 0 : sizeof attn_marks / sizeof attn_marks[0];
             k < sizeof attn_marks / sizeof attn_marks[0]; k++) {
            /* mark_at()'s own first two comparisons, without the call */
            if ((uint8_t)attn_marks[k][0] != c0 || (uint8_t)attn_marks[k][1] != c1)
                continue;
            size_t m = mark_at(s, i, attn_marks[k]);
            if (!m || i + m >= le)
                continue;
            size_t v = i + m;
            if (t[v] == ':')
                v++;
            /* t[v - 1] first: past a ':' at the text's end v is s->len, and t[v - 1] is ':' */
            if (t[v - 1] != '.' && t[v - 1] != ':' && t[v] != ' ')
                continue;
            return emit_value(s, v, le, 0);
        }
    }
    size_t lim = le - i < 40 ? le : i + 40,
           ce = nw_hit_within(nw_hits_of(s, ':'), s, ':', colon_k, i, lim), lb = ce;
    if (ce >= lim)
        return 0;
    while (lb > i && t[lb - 1] == ' ')
        lb--;
    if (lb > i && FOLD_IS_LENS(s, i, lb, person_label_lens, person_labels)) {
        *party = 1;
        return emit_value(s, ce + 1, le, t[i] >= 'a' && t[i] <= 'z' ? 2 : 0);
    }
    if (lb > i && FOLD_IS_LENS(s, i, lb, weak_label_lens, weak_labels))
        return emit_value(s, ce + 1, le, t[i] >= 'a' && t[i] <= 'z' ? 3 : 1);
    return 0;
}

/* Does the bracket that opens or closes at p (on a line ending at le) hold a digit (a birth
 * date) within its first 48 bytes? */
static int date_in_brackets(const struct sc *s, size_t p, size_t le)
{
    const uint8_t *t = s->t;
    if (t[p] == '(') {
        for (size_t i = p + 1; i < le && i - p < 48 && t[i] != ')'; i++)
            if (is_digit(t[i]))
                return 1;
        return 0;
    }
    for (size_t i = p; i > 0 && p - i < 48 && t[i - 1] != '(' && t[i - 1] != '\n'; i--)
        if (is_digit(t[i - 1]))
            return 1;
    return 0;
}

/* "X (born ...) & Y (born ...)": Y, after a ')' and a conjunction, before " (" and a digit or
 * a birth word within a few bytes. */
static int pair_second(struct sc *s, size_t p, size_t le)
{
    static const char *const conj[] = {"& ", "and ", "und ", "et ", "en ", "y ", "e "};
    const uint8_t *t = s->t;
    size_t i = p + 1;
    if (i + 3 > le || t[i] != ' ')
        return 0;
    i++;
    size_t m = 0;
    for (size_t k = 0; k < sizeof conj / sizeof conj[0] && !m; k++)
        m = mark_at(s, i, conj[k]);
    if (!m)
        return 0;
    size_t v = i + m, stop = value_stop(s, v, le);
    if (stop + 2 >= le || t[stop] != ' ' || t[stop + 1] != '(')
        return 0;
    if (!date_in_brackets(s, stop + 1, le) || !date_in_brackets(s, p, le))
        return 0; /* "Windows (using the registry) and Mac OS (using ...)" */
    size_t e = name_value(s, v, stop, 0);
    return e ? s->emit(s->arg, ANON_NAMES_PERSON, v, e) : 0;
}

/* "(Siobhán, daughter)": one capitalised word and a kin word in brackets. */
static int kin_bracket(struct sc *s, size_t p, size_t le)
{
    const uint8_t *t = s->t;
    size_t a = p + 1;
    if (a >= le || !nw_upper(t + a, le - a))
        return 0;
    int letters;
    size_t we = value_word(s, a, le, &letters);
    if (!we && a < le) { /* value_word() wants a space after the word: read to the comma */
        size_t j = a;
        while (j < le && nw_letter(t + j, le - j))
            j += nw_letter(t + j, le - j);
        we = j < le && t[j] == ',' && j - a >= 3 ? j : 0;
    }
    if (!we || we + 2 >= le || t[we] != ',' || t[we + 1] != ' ')
        return 0;
    size_t k = we + 2, ke = k;
    while (ke < le && ke - k < 16 && t[ke] != ')')
        ke++;
    if (ke >= le || t[ke] != ')' || !FOLD_IS(s, k, ke, kin_words))
        return 0;
    return s->emit(s->arg, ANON_NAMES_PERSON, a, we);
}

/* May pair_second() read the ')' at p? Its first test (a space after it) without the line's end:
 * a space is no line break, so the byte after p is on p's line when it is one. */
static inline int pair_may(const struct sc *s, size_t p)
{
    return p + 1 < s->len && s->t[p + 1] == ' ';
}

/* May kin_bracket() read the '(' at p? Only bytes that can open a capital (nw_upper()) pass. */
static inline int kin_may(const struct sc *s, size_t p)
{
    uint8_t c = p + 1 < s->len ? s->t[p + 1] : 0;
    return is_up(c) || (c >= 0xC3 && c <= 0xC8) || c == 0xE1;
}

/* The bracket readers at each '(' and ')' of the text, found by memchr(); the line's end (one
 * more memchr()) only where the reader's first byte test passes: most brackets are code's. */
static int brackets(struct sc *s, uint8_t c, int (*may)(const struct sc *, size_t),
                    int (*read)(struct sc *, size_t, size_t))
{
    struct nw_hits *h = nw_hits_of(s, c); /* ')': names_tables2.c's SQL found them */
    int rc;
    for (size_t k = 0, at = nw_hit_at(h, s, c, 0, 0); at < s->len;
         at = nw_hit_at(h, s, c, ++k, at + 1)) {
        if (may(s, at) && (rc = read(s, at, line_end(s, at))) < 0)
            return rc;
    }
    return 0;
}

/* "a man she knows as Bas": the capitalised word (or two) after a nickname cue at i. */
static int alias_after(struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    size_t le = line_end(s, i);
    for (size_t k = 0; k < sizeof alias_cues / sizeof alias_cues[0]; k++) {
        size_t m = mark_at(s, i, alias_cues[k]);
        if (!m || i + m + 1 >= le || t[i + m] != ' ')
            continue;
        size_t a = i + m + 1, e = a;
        for (int w = 0; w < 2 && e < le && nw_upper(t + e, le - e); w++) {
            size_t j = e;
            while (j < le && nw_letter(t + j, le - j))
                j += nw_letter(t + j, le - j);
            if (j - e < 2 || (j < le && t[j] != ' ' && t[j] != ',' && t[j] != '.' && t[j] != ';'))
                break;
            e = j;
            if (e + 1 >= le || t[e] != ' ')
                break;
            e = w == 0 && nw_upper(t + e + 1, le - e - 1) ? e + 1 : e;
        }
        while (e > a && t[e - 1] == ' ')
            e--;
        return e > a ? s->emit(s->arg, ANON_NAMES_PERSON, a, e) : 0;
    }
    return 0;
}

/* The nickname cues, found by memmem() of their stems: asked only of a text with a party label
 * (a police or incident report), whose narrative names a suspect so. */
static int aliases(struct sc *s)
{
    static const char *const stems[] = {"know", "ken", "con", "sous le nom"};
    const uint8_t *t = s->t, *p;
    int rc;
    for (size_t k = 0; k < sizeof stems / sizeof stems[0]; k++) {
        size_t n = strlen(stems[k]);
        for (size_t i = 0; i < s->len && (p = memmem(t + i, s->len - i, stems[k], n));
             i = (size_t)(p - t) + 1) {
            size_t at = (size_t)(p - t);
            if (at > 0 && t[at - 1] == ' ' && (rc = alias_after(s, at)) < 0)
                return rc;
        }
    }
    return 0;
}

int nw_forms6_names(struct sc *s)
{
    int rc, party = 0;
    size_t colon_k = 0; /* line_value()'s cursor in the text's ':' (names_tables2.c's) */
    struct nw_lines *lines = nw_lines_of(s); /* the line ends the passes before found */
    for (size_t ls = 0, ln = 0; ls < s->len; ln++) {
        size_t le = nw_line_at(lines, s, ln, ls);
        if ((rc = line_value(s, ls, le, &party, &colon_k)) < 0)
            return rc;
        ls = le + 1;
    }
    if ((rc = brackets(s, ')', pair_may, pair_second)) < 0 ||
        (rc = brackets(s, '(', kin_may, kin_bracket)) < 0)
        return rc;
    return party ? aliases(s) : 0;
}

/* The line before ls ends with ':' (a block heading) and the line after le starts with an
 * attention mark: the line between is the firm the block is addressed to. */
static int firm_line(const struct sc *s, size_t ls, size_t le)
{
    if (ls < 2 || le >= s->len)
        return 0;
    size_t pe = ls - 1;
    while (pe > 0 && (s->t[pe - 1] == ' ' || s->t[pe - 1] == '\r'))
        pe--;
    if (pe == 0 || s->t[pe - 1] != ':')
        return 0;
    size_t n = le + 1;
    for (size_t k = 0; k < sizeof attn_marks / sizeof attn_marks[0]; k++)
        if (mark_at(s, n, attn_marks[k]))
            return 1;
    return 0;
}

int nw_forms6_thing(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    size_t i = a;
    while (i > 0 && a - i < 4 && (t[i - 1] == ' ' || t[i - 1] == '.'))
        i--;
    size_t ts = i; /* a title before the run ("Appliances: Mrs. Butterworth's", "Dr Pepper") */
    while (ts > 0 && i - ts < 5 && is_alnum(t[ts - 1]))
        ts--;
    if (ts < i && ts > 0 && t[ts - 1] == ' ' && i - ts >= 2 && i - ts <= 4 &&
        (t[i] == '.' || t[i] == ' ')) {
        size_t te = t[i] == '.' ? i + 1 : i;
        if (FOLD_IS(s, ts, te, titles)) {
            i = ts;
            while (i > 0 && t[i - 1] == ' ')
                i--;
        }
    }
    if (i == 0)
        return 0;
    /* "1 × Opel Astra", "2x Miele W1": a quantity before the run */
    if (i >= 3 && t[i - 1] == 0x97 && t[i - 2] == 0xC3) {
        size_t q = i - 2;
        while (q > 0 && t[q - 1] == ' ')
            q--;
        if (q > 0 && is_digit(t[q - 1]))
            return 1;
    }
    if (t[i - 1] == ':') {
        size_t lb = i - 1, la = lb;
        while (lb > 0 && t[lb - 1] == ' ')
            lb--;
        la = lb;
        while (la > 0 && lb - la < 32 && t[la - 1] != '\n' && t[la - 1] != '|' &&
               t[la - 1] != ':' && t[la - 1] != '.')
            la--;
        while (la < lb && t[la] == ' ')
            la++;
        return lb > la && FOLD_IS(s, la, lb, thing_labels);
    }
    if (t[i - 1] == '\n') {
        size_t le = line_end(s, a);
        size_t te = le;
        while (te > e && (t[te - 1] == ' ' || t[te - 1] == '\r'))
            te--;
        return te == e && firm_line(s, i, le);
    }
    return 0;
}
