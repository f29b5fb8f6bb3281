/* names_script2.c: a person's name in another script (Cyrillic, Greek, Armenian, Hebrew, Arabic,
 * the Indic scripts, Thai, Georgian, kana, CJK, Hangul) in running text, found by the context
 * that finds a Latin name: a person label ("Patient: محمد العلي"), a title ("Mr. Петров"), a
 * greeting ("Dear Анна Смирнова,"), the signature under a closing, a verb that takes a person
 * ("Иван Петров said", "spoke with Γιώργος Παπαδόπουλος"), a mail header's display name, a list
 * after a person label ("Attendees: 田中太郎, 李明, Kim Min-jun"); and inside text of that script
 * a label or a title of it ("Имя: Иван Петров", "г-н Петров", "姓名：李明"). The Latin walk of
 * names.c visits only capitals of the Latin alphabets, so such names left whole.
 *
 * The one thing to know: the name must be an island of its script (no word of that script right
 * after it) unless a title of that script stands before it, and a name of a cased script needs
 * two capitalised words except after a title, a greeting or a label of a name part: in a text
 * written in that script every sentence opens with a capital and places and firms are
 * capitalised too ("Москва", "Газпром", "Нижний Новгород" stay). The pass runs only on a text
 * with a lead byte of those scripts (a 16-byte test per block), so Latin-only text pays nothing
 * more. */
#include "anonymize/names_internal.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* UTF-8 lead bytes of the scripts: U+0380 .. U+06FF (Greek to Arabic and Persian), U+0800 ..
 * U+0FFF (Indic, Thai), U+3000 .. U+DFFF (kana, CJK, Hangul). Not 0xE1 (Vietnamese, Georgian)
 * nor 0xE2 (typographic quotes and dashes, which most Latin text has). */
static int lead_byte(uint8_t c)
{
    return (c >= 0xCE && c <= 0xDB) || c == 0xE0 || (c >= 0xE3 && c <= 0xED);
}

/* The 16 bytes at p hold a lead byte of the scripts. */
#ifdef __SSE2__
static int block_has_script(const uint8_t *p)
{
    const __m128i flip = _mm_set1_epi8((char)0x80);
    /* the ranges above, the bytes xored with 0x80 to compare them signed */
    const __m128i lo1 = _mm_set1_epi8((char)(0xCD ^ 0x80)),
                  hi1 = _mm_set1_epi8((char)(0xDC ^ 0x80));
    const __m128i lo2 = _mm_set1_epi8((char)(0xE2 ^ 0x80)),
                  hi2 = _mm_set1_epi8((char)(0xEE ^ 0x80));
    __m128i v = _mm_loadu_si128((const __m128i *)p), x = _mm_xor_si128(v, flip);
    __m128i r1 = _mm_and_si128(_mm_cmpgt_epi8(x, lo1), _mm_cmpgt_epi8(hi1, x));
    __m128i r2 = _mm_and_si128(_mm_cmpgt_epi8(x, lo2), _mm_cmpgt_epi8(hi2, x));
    __m128i r = _mm_or_si128(_mm_or_si128(r1, r2), _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE0)));
    return _mm_movemask_epi8(r) != 0;
}
#endif

/* Does t hold a lead byte of the scripts? 64 bytes a step: one test of their largest byte, which
 * ASCII and Latin text keep under 0xCE; the ranges only in a step that has one (a "’", a "€"). */
static int has_script(const uint8_t *t, size_t len)
{
    size_t i = 0;
#ifdef __SSE2__
    for (; i + 64 <= len; i += 64) {
        const __m128i *p = (const __m128i *)(t + i);
        __m128i m = _mm_max_epu8(_mm_max_epu8(_mm_loadu_si128(p), _mm_loadu_si128(p + 1)),
                                 _mm_max_epu8(_mm_loadu_si128(p + 2), _mm_loadu_si128(p + 3)));
        __m128i ce = _mm_set1_epi8((char)0xCE);
        if (!_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(m, ce), m)))
            continue; /* no byte of 0xCE or more: ASCII, Latin-1, Latin Extended */
        for (size_t k = 0; k < 64; k += 16)
            if (block_has_script(t + i + k))
                return 1;
    }
#endif
    /* the rest (a short string is all rest): 8 bytes a step while they are ASCII */
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, t + i, 8);
        if (w & 0x8080808080808080ull)
            break;
    }
    for (; i < len; i++)
        if (t[i] >= 0xCE && lead_byte(t[i]))
            return 1;
    return 0;
}

enum { K_CASED = 1, K_CJK, K_OTHER }; /* how a script writes names */

static int kind_of(int script)
{
    return script <= 3 ? K_CASED : script >= 9 ? K_CJK : K_OTHER;
}

/* A run of name words of one script at a. */
struct run {
    size_t a, b;  /* the name */
    size_t skip;  /* the end of the script's stretch: where the pass goes on */
    int script;   /* nw_script_letter()'s number */
    size_t words; /* words in the name */
    size_t chars; /* letters of its longest word */
    int more;     /* a word of the same script follows it (lower case, or a fifth word) */
};

/* The letter of a script at i, or 0; its length in *l. */
static int letter_at(const struct sc *s, size_t i, size_t *l, int *up)
{
    const uint8_t *t = s->t;
    if (i >= s->len || t[i] < 0xC2)
        return *l = 1, *up = 0, 0;
    /* the common letters inline: Russian's Cyrillic (U+0400 .. U+047F) and the CJK ideographs
     * U+5000 .. U+9FFF; the rest through names_script.c */
    if ((t[i] == 0xD0 || t[i] == 0xD1) && i + 1 < s->len && (t[i + 1] & 0xC0) == 0x80) {
        *l = 2;
        *up = t[i] == 0xD0 && t[i + 1] <= 0xAF;
        return 2;
    }
    if (t[i] >= 0xE5 && t[i] <= 0xE9 && i + 2 < s->len && (t[i + 1] & 0xC0) == 0x80 &&
        (t[i + 2] & 0xC0) == 0x80) {
        *l = 3;
        *up = 0;
        return 10;
    }
    if ((t[i] == 0xEB || t[i] == 0xEC) && i + 2 < s->len && (t[i + 1] & 0xC0) == 0x80 &&
        (t[i + 2] & 0xC0) == 0x80) { /* Hangul syllables U+B000 .. U+CFFF */
        *l = 3;
        *up = 0;
        return 9;
    }
    return nw_script_letter(t + i, s->len - i, l, up);
}

/* The words of one script from a (a letter of it): capitalised where the script has case, a
 * hyphen between capitalised parts ("Анна-Мария"), one space or a middle dot between words. */
static int parse_run(const struct sc *s, size_t a, struct run *r)
{
    const uint8_t *t = s->t;
    size_t l, i = a;
    int up, sc = letter_at(s, a, &l, &up);
    memset(r, 0, sizeof *r);
    r->a = a;
    r->script = sc;
    int kind = kind_of(sc);
    if (!sc || (kind == K_CASED && !up))
        goto stretch;
    for (;;) {
        size_t chars = 0, ws = i;
        for (;;) {
            int u, c = letter_at(s, i, &l, &u);
            if (c != sc)
                break;
            if (kind == K_CASED && chars == 0 && !u)
                break;
            chars++;
            i += l;
            if (i + 1 < s->len && t[i] == '-' && t[i + 1] >= 0xC2) {
                int u2, c2 = letter_at(s, i + 1, &l, &u2);
                if (c2 == sc && (kind != K_CASED || u2)) {
                    i++;
                    chars = 0;
                }
            }
        }
        if (i == ws) { /* a lower-case word of the script: the name ends before it */
            r->more = 1;
            break;
        }
        if (chars > r->chars)
            r->chars = chars;
        r->words++;
        r->b = i;
        if (r->words == 4)
            break;
        size_t j = i;
        if (j < s->len && t[j] == ' ')
            j++;
        else if (j + 1 < s->len && t[j] == 0xC2 && t[j + 1] == 0xB7)
            j += 2;
        else if (j + 2 < s->len && t[j] == 0xE3 && t[j + 1] == 0x83 && t[j + 2] == 0xBB)
            j += 3;
        else
            break;
        int u, c = letter_at(s, j, &l, &u);
        if (c != sc)
            break;
        i = j;
    }
    {
        size_t j = r->b; /* a fifth word, or a word right after the name */
        if (j < s->len && t[j] == ' ')
            j++;
        int u;
        if (letter_at(s, j, &l, &u) == sc)
            r->more = 1;
    }
stretch:
    r->skip = r->b > a ? r->b : a + 1;
    if (!r->words)
        return 0;
    /* CJK names are 2 to 4 characters a word (kana a few more); others up to 14 letters */
    size_t max = kind == K_CJK ? (sc == 10 ? 8 : 4) : 14;
    return r->chars <= max;
}

/* Does the run read as a whole name by its shape: two words or more, or one CJK word of 2 to 4
 * characters ("李明", "田中太郎")? */
static int full_name(const struct run *r)
{
    return r->words >= 2 || (kind_of(r->script) == K_CJK && r->chars >= 2 &&
                             r->chars <= (r->script == 10 ? 6u : 4u));
}

/* ---- the Latin words around the run ------------------------------------------------------- */
static int latin_word_byte(uint8_t c)
{
    return is_alnum(c) || c == '.' || c == '\'' || c == '-' || (c >= 0xC3 && c <= 0xC8) ||
           (c >= 0x80 && c <= 0xBF);
}

/* Back from i over spaces and tabs (not line breaks), and an opening quote of the name. */
static size_t skip_back_blank(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t'))
        i--;
    return i;
}

/* The Latin word that ends at e (letters, '.', '\'', '-'): its start, or e. */
static size_t latin_word_start(const struct sc *s, size_t e)
{
    size_t i = e;
    while (i > 0 && e - i < 40 && latin_word_byte(s->t[i - 1]))
        i--;
    /* a UTF-8 continuation byte is part of a Latin letter only after its lead byte */
    while (i < e && s->t[i] >= 0x80 && s->t[i] <= 0xBF)
        i++;
    return i;
}

static int at_line_start(const struct sc *s, size_t i)
{
    i = skip_back_blank(s, i);
    return i == 0 || s->t[i - 1] == '\n' || s->t[i - 1] == '\r' || nw_break_before(s, i);
}

/* Titles the shared list lacks: "heer" of "de heer", "dott.ssa" written with its dot kept. */
static const char *const more_titles[] = {"heer", "dott.ssa", "sig.ra", "dr.", "dra.", "prof.",
                                          "mr.",  "mrs.",     "ms.",    "sr.", "sra.", "m."};
/* Prepositions that put a person after a verb of talking or meeting ("spoke with X"): only
 * before two words of a script that is not CJK. */
static const char *const with_words[] = {"with", "mit", "avec", "met", "con", "com"};
/* Verbs of calling, meeting and talking before a name that the shared list lacks, and the
 * infinitives after "Please", "d'", "bitte" ("Merci d'appeler X", "Per favore chiama X"). */
static const char *const more_verbs[] = {
    "appeler",    "contacter", "rappeler", "chiama",    "chiamare",    "contatta",   "contattare",
    "llama",      "llamar",    "contacta", "contactar", "ligue",       "ligar",      "contate",
    "contatar",   "bel",       "mail",     "spoke",     "talked",      "speak",      "talk",
    "rencontré",  "parlé",     "parlato",  "hablé",     "falei",       "gesprochen", "getroffen",
    "incontrato", "conocí",    "conheci",  "anrufen",   "kontaktieren"};
/* The prepositions between a verb and its person ("llama a", "ligue para", "parle à"). */
static const char *const to_words[] = {"a", "para", "à", "al", "ad"};
/* Greetings the shared list lacks. */
static const char *const more_greetings[] = {"dag",     "olá",     "ola",      "prezado",
                                             "prezada", "geehrte", "geehrter", "chers",
                                             "chères",  "gentili", "hej",      "bom"};
/* Closings the shared list lacks: a thanks on its own line before the signature. */
static const char *const more_closings[] = {"merci",          "grazie",       "danke",
                                            "bedankt",        "gracias",      "obrigado",
                                            "obrigada",       "thank you",    "many thanks",
                                            "merci beaucoup", "vielen dank",  "dank je",
                                            "muchas gracias", "mille grazie", "muito obrigado",
                                            "muito obrigada", "bises",        "saludos",
                                            "saluti",         "grüße",        "gruß"};
/* Verbs and auxiliaries after a name ("X hat angerufen", "X a appelé", "X heeft gebeld"). */
/* Participles of calling, writing and saying after an auxiliary. */
static const char *const said_words[] = {
    "angerufen", "geschrieben", "gesagt",   "gemeldet", "geantwortet", "gebeld",   "geschreven",
    "gezegd",    "gemaild",     "appelé",   "appelée",  "écrit",       "dit",      "répondu",
    "téléphoné", "llamado",     "escrito",  "dicho",    "respondido",  "chiamato", "chiamata",
    "scritto",   "detto",       "risposto", "ligado",   "dito",        "called",   "written",
    "said",      "asked",       "replied",  "emailed",  "confirmed",   "agreed",   "texted"};
static const char *const aux_words[] = {"a", "ha", "hat", "heeft", "will", "has", "had"};
static const char *const after_words[] = {
    "getroffen", "gesprochen", "angerufen", "gebeld",  "gesproken", "ontmoet", "wrote",
    "llamó",     "ligou",      "kommt",     "viendra", "rief",      "called",  "phoned",
    "texted",    "emailed",    "chiamò",    "scrive",  "schreibt",  "écrit",   "escribió",
    "escreveu",  "belde",      "vient",     "viene",   "vem"};

/* Person labels and plural ones the shared lists lack (guests, tenants, holders, contacts). */
static const char *const more_labels[] = {
    "gast",          "guest",          "titolare",      "titular",     "inquilino",
    "inquilina",     "mieter",         "mieterin",      "huurder",     "locataire",
    "kontaktperson", "contactpersoon", "interlocuteur", "referente",   "contato",
    "contacto",      "passagier",      "passager",      "pasajero",    "passeggero",
    "passageiro",    "fahrer",         "conducteur",    "bestuurder",  "autista",
    "motorista",     "holder",         "assignee",      "owner",       "inhaber",
    "inhaberin",     "propriétaire",   "eigenaar",      "propietario", "proprietario",
    "proprietário",  "sender",         "recipient",     "empfänger",   "destinataire",
    "expéditeur",    "ontvanger",      "destinatario",  "remitente",   "mittente",
    "remetente",     "kunde",          "kundin",        "klant",       "cliente",
    "paciente",      "paziente",       "patiënt",       "patientin"};
static const char *const more_lists[] = {
    "team",          "members",   "mitglieder", "membres",      "leden",      "miembros",
    "membri",        "membros",   "gäste",      "invités",      "invitados",  "ospiti",
    "convidados",    "gasten",    "present",    "tenants",      "mieter",     "guests",
    "participantes", "presentes", "presenti",   "partecipanti", "deelnemers", "aanwezigen"};
/* Labels whose value is as often a firm: a CJK word of four characters after them is one
 * ("Partner: 三菱商事"), a name has two or three ("Customer: 李明"). */
static const char *const firm_labels[] = {
    "partner",     "partners",  "vendor",    "supplier",   "sponsor",    "client",
    "customer",    "kunde",     "cliente",   "klant",      "lieferant",  "fournisseur",
    "leverancier", "proveedor", "fornitore", "fornecedor", "partenaire", "socio"};
/* Mail headers, which an itinerary's or a transfer's lines share ("From: Нижний Новгород"): a
 * display name with its address after it, or a header block with a subject. */
static const char *const header_labels[] = {"from", "to",  "von", "an",   "de", "à",
                                            "a",    "van", "aan", "para", "da"};
static const char *const subject_keys[] = {
    "Subject:", "Betreff:", "Objet", "Onderwerp:", "Asunto:", "Oggetto:", "Assunto:", "subject:"};

static int has_subject(const struct sc *s)
{
    for (size_t k = 0; k < sizeof subject_keys / sizeof subject_keys[0]; k++)
        if (memmem(s->t, s->len, subject_keys[k], strlen(subject_keys[k])))
            return 1;
    return 0;
}

/* Is f (folded) a label whose value is a person? 0 no, 1 a person, 2 a name part (one word is
 * enough), 3 a list of people. */
static int person_label(const char *f)
{
    if (nw_list_label(f) || NW_ONE_OF(f, more_lists))
        return 3;
    if (NW_ONE_OF(f, more_labels))
        return 1;
    switch (nw_labels7_class(f)) {
    case NW_L7_FIELD:
        return 2;
    case NW_L7_PERSON:
    case NW_L7_PARTY:
    case NW_L7_KIN:
    case NW_L7_OLD:
        return 1;
    default:
        break;
    }
    return nw_label(f) ? 1 : 0;
}

/* ---- labels and titles of the scripts themselves ------------------------------------------ */
/* Folded (Cyrillic and Greek capitals lowered) labels of a person or a name part (2), titles
 * and greetings. */
static const char *const native_labels[] = {
    "имя",           "фио",        "клиент",  "пациент",   "заявитель",     "автор",
    "отправитель",   "получатель", "лицо",    "сотрудник", "ответственный", "исполнитель",
    "піб",           "клієнт",     "пацієнт", "заявник",   "име",           "όνομα",
    "ονοματεπώνυμο", "πελάτης",    "ασθενής", "αιτών",     "υπεύθυνος",     "姓名",
    "氏名",          "名前",       "联系人",  "聯絡人",    "担当者",        "이름",
    "성명",          "담당자",     "الاسم",   "اسم",       "نام",           "שם",
    "नाम",           "নাম",        "பெயர்",    "ชื่อ",        "имена",         "خانوادگی"};
static const char *const native_parts[] = {"фамилия", "отчество", "прізвище", "по батькові",
                                           "презиме", "επώνυμο",  "姓",       "名"};
static const char *const native_titles[] = {
    "г-н",     "г-жа",    "господин",  "госпожа",   "гражданин", "гражданка", "пан",
    "пані",    "пани",    "κ.",        "κα",        "κα.",       "κος",       "κύριος",
    "κυρία",   "κύριε",   "уважаемый", "уважаемая", "дорогой",   "дорогая",   "шановний",
    "шановна", "αγαπητέ", "αγαπητή",   "поштовани", "поштована"};

/* w[0 .. n) with the capitals of Cyrillic and Greek lowered into out (NUL-terminated); "" when
 * it does not fit. */
static const char *fold_native(const uint8_t *w, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    if (n + 1 > cap)
        return "";
    for (size_t i = 0; i < n;) {
        if (i + 1 < n && w[i] >= 0xCE && w[i] <= 0xD1) {
            unsigned c = (unsigned)(w[i] & 0x1F) << 6 | (w[i + 1] & 0x3F);
            if (c >= 0x410 && c <= 0x42F)
                c += 0x20;
            else if (c >= 0x400 && c <= 0x40F)
                c += 0x50;
            else if (c >= 0x391 && c <= 0x3A9)
                c += 0x20;
            else if (c == 0x386)
                c = 0x3AC;
            else if (c >= 0x388 && c <= 0x38A)
                c += 0x25;
            else if (c == 0x38C)
                c = 0x3CC;
            else if (c == 0x38E || c == 0x38F)
                c += 0x3F;
            out[o++] = (char)(0xC0 | (c >> 6));
            out[o++] = (char)(0x80 | (c & 0x3F));
            i += 2;
            continue;
        }
        out[o++] = (char)w[i++];
    }
    out[o] = '\0';
    return out;
}

/* The word of a script (letters, '-', '.', '\'') that ends at e: its start, or e. */
static size_t native_word_start(const struct sc *s, size_t e)
{
    size_t i = e, l;
    int up;
    while (i > 0 && e - i < 48) {
        uint8_t c = s->t[i - 1];
        if (c == '-' || c == '.' || c == '\'') {
            i--;
            continue;
        }
        if (c < 0x80)
            break;
        size_t k = i - 1; /* the lead byte of the character before i */
        while (k > 0 && i - k < 4 && (s->t[k] & 0xC0) == 0x80)
            k--;
        if (!letter_at(s, k, &l, &up) || k + l != i)
            break;
        i = k;
    }
    while (i < e && (s->t[i] == '-' || s->t[i] == '.'))
        i++;
    return i;
}

/* Does the word t[ws .. we) of native_word_start() hold a letter of a script? */
static int native_word(const struct sc *s, size_t ws, size_t we)
{
    size_t l;
    int up;
    for (size_t i = ws; i < we; i++)
        if (letter_at(s, i, &l, &up))
            return 1;
    return 0;
}

/* ---- the context ------------------------------------------------------------------------- */
enum {
    X_NO,
    X_NAME,
    X_FIRM,
    X_HDR,
    X_PART,
    X_LIST,
    X_TITLE,
    X_GREET,
    X_VERB,
    X_WITH,
    X_SIGN,
    X_MAIL,
    X_NTITLE
};

/* Does the field's value end at b: a line end, the text's end, a tab, a bar, ',' ';' or a
 * closing quote or bracket? */
static int field_ends(const struct sc *s, size_t b)
{
    const uint8_t *t = s->t;
    while (b < s->len && t[b] == ' ')
        b++;
    return b >= s->len || strchr("\n\r\t|,;\")]}.", t[b]) || nw_break_before(s, b + 1) ||
           (b + 1 < s->len && t[b] == '\\' && t[b + 1] == 'n');
}

static const char *const ands[] = {"and", "und", "et", "en", "y", "e", "och", "og"};

/* An item of a list ends at b: the field ends, or a separator follows ("&", "/", "+", "and"). */
static int item_ends(const struct sc *s, size_t b)
{
    const uint8_t *t = s->t;
    if (field_ends(s, b))
        return 1;
    while (b < s->len && t[b] == ' ')
        b++;
    if (b < s->len && strchr("&/+", t[b]))
        return 1;
    size_t e = b;
    while (e < s->len && e - b < 4 && t[e] >= 'a' && t[e] <= 'z')
        e++;
    char buf[8];
    return e < s->len && t[e] == ' ' && e > b &&
           NW_ONE_OF(nw_fold_span(s, b, e, buf, sizeof buf), ands);
}

/* The separators of a list between two names ("," ";" "&" "/" "+" and the seven languages'
 * "and"), and the capitalised Latin names between them ("Kim Min-jun"), from g to e on one
 * line: the last token before e must be a separator. */
static int list_gap(const struct sc *s, size_t g, size_t e)
{
    const uint8_t *t = s->t;
    int last_sep = 0;
    if (e - g > 200)
        return 0;
    for (size_t i = g; i < e;) {
        uint8_t c = t[i];
        if (c == ' ') {
            i++;
            continue;
        }
        if (c == ',' || c == ';' || c == '&' || c == '/' || c == '+') {
            last_sep = 1;
            i++;
            continue;
        }
        size_t j = i, l;
        int up;
        if (letter_at(s, i, &l, &up)) { /* a name of the list in a script */
            while (j < e && (letter_at(s, j, &l, &up) || t[j] == '-'))
                j += l;
            last_sep = 0;
            i = j;
            continue;
        }
        while (j < e && latin_word_byte(t[j]))
            j++;
        if (j == i)
            return 0;
        char buf[16];
        const char *f = nw_fold_span(s, i, j, buf, sizeof buf);
        if (NW_ONE_OF(f, ands))
            last_sep = 1;
        else if (nw_upper(t + i, e - i))
            last_sep = 0; /* a Latin name of the list */
        else
            return 0;
        i = j;
    }
    return last_sep;
}

/* The label before a colon at c (t[c] is ':' or the start of "："): X_NAME, X_PART, X_LIST or
 * X_NO; the Latin label's last one to three words, or a label of a script. */
static int label_at(const struct sc *s, size_t c)
{
    size_t e = skip_back_blank(s, c);
    char buf[64];
    size_t nws = native_word_start(s, e);
    if (nws < e && native_word(s, nws, e)) {
        size_t ws = nws;
        const char *f = fold_native(s->t + ws, e - ws, buf, sizeof buf);
        if (NW_ONE_OF(f, native_parts))
            return X_PART;
        if (NW_ONE_OF(f, native_labels))
            return X_NAME;
        return X_NO;
    }
    size_t ws = e;
    for (int k = 0; k < 3; k++) {
        size_t w = latin_word_start(s, ws);
        if (w == ws)
            break;
        ws = w;
        const char *f = nw_fold_span(s, ws, e, buf, sizeof buf);
        if (*f == '\0')
            break;
        int pl = person_label(f);
        if (pl && NW_ONE_OF(f, header_labels))
            return X_HDR;
        if (pl)
            return pl == 2                     ? X_PART
                   : pl == 3                   ? X_LIST
                   : NW_ONE_OF(f, firm_labels) ? X_FIRM
                                               : X_NAME;
        if (ws == 0 || s->t[ws - 1] != ' ')
            break;
        ws--;
    }
    return X_NO;
}

/* Does one of the list's "and" words end at q ("... and ", "... und ")? */
static int list_and_before(const struct sc *s, size_t q)
{
    size_t ws = q;
    while (ws > 0 && q - ws < 4 && s->t[ws - 1] >= 'a' && s->t[ws - 1] <= 'z')
        ws--;
    char buf[8];
    return ws < q && (ws == 0 || s->t[ws - 1] == ' ') &&
           NW_ONE_OF(nw_fold_span(s, ws, q, buf, sizeof buf), ands);
}

/* The context before the run at a. *lst is set when the run is an item of a list after the
 * label (a name or a separator between). */
static int ctx_before(const struct sc *s, size_t a, int *lst)
{
    const uint8_t *t = s->t;
    size_t p = a;
    *lst = 0;
    if (p > 0 && (t[p - 1] == '"' || t[p - 1] == '\''))
        p--;
    else if (p >= 3 && t[p - 3] == 0xE2 && t[p - 2] == 0x80 &&
             (t[p - 1] == 0x9C || t[p - 1] == 0x98))
        p -= 3; /* “ ‘ */
    else if (p >= 2 && t[p - 2] == 0xC2 && t[p - 1] == 0xAB)
        p -= 2; /* « */
    size_t q = skip_back_blank(s, p);
    if (q == 0)
        return X_NO;
    /* a label's colon (ASCII, or the full-width "：" of CJK text), or a dash after a label */
    if (t[q - 1] == ':')
        return label_at(s, q - 1);
    if (q >= 3 && t[q - 3] == 0xEF && t[q - 2] == 0xBC && t[q - 1] == 0x9A)
        return label_at(s, q - 3);
    if (t[q - 1] == '-' && q >= 2 && t[q - 2] == ' ' && q < a)
        return label_at(s, q - 1);
    /* a list after a label on the same line: walk back to its colon (after a separator or an
     * "and" only) */
    if (strchr(",;&/+", t[q - 1]) || list_and_before(s, q)) {
        size_t c = q;
        while (c > 0 && q - c < 200 && t[c - 1] != ':' && t[c - 1] != '\n')
            c--;
        if (c > 0 && t[c - 1] == ':' && list_gap(s, c, q)) {
            int k = label_at(s, c - 1);
            if (k == X_NAME || k == X_LIST || k == X_FIRM || (k == X_HDR && has_subject(s))) {
                *lst = 1;
                return X_LIST;
            }
        }
    }
    /* the word before: a title, a greeting, a verb, a preposition, a title of the script */
    char buf[64];
    size_t nws = native_word_start(s, q);
    if (nws < q && native_word(s, nws, q)) { /* "г-н", "κ.": the dot is part of the word */
        const char *f = fold_native(t + nws, q - nws, buf, sizeof buf);
        return NW_ONE_OF(f, native_titles) ? X_NTITLE : X_NO;
    }
    size_t ws = latin_word_start(s, q);
    if (ws == q)
        return X_NO;
    const char *f = nw_fold_span(s, ws, q, buf, sizeof buf);
    if (!*f)
        return X_NO;
    size_t n = strlen(f);
    char nd[64];
    memcpy(nd, f, n + 1);
    if (n > 1 && nd[n - 1] == '.')
        nd[n - 1] = '\0'; /* "Mr." */
    if (nw_honorific(nd) || NW_ONE_OF(f, more_titles))
        return X_TITLE;
    if (nw_salutation(nd) && at_line_start(s, ws))
        return X_GREET;
    const char *v = nd; /* "d'appeler" */
    if ((v[0] == 'd' || v[0] == 'l') && v[1] == '\'')
        v += 2;
    if (nw_verb_before(v) || NW_ONE_OF(v, more_verbs))
        return X_VERB;
    if (NW_ONE_OF(nd, to_words) && ws > 1 && t[ws - 1] == ' ') { /* "llama a X", "ligue para X" */
        size_t vs = latin_word_start(s, ws - 1);
        char vb[40];
        const char *g = vs < ws - 1 ? nw_fold_span(s, vs, ws - 1, vb, sizeof vb) : "";
        if (*g && (nw_verb_before(g) || NW_ONE_OF(g, more_verbs)))
            return X_VERB;
    }
    if (NW_ONE_OF(nd, more_greetings) && at_line_start(s, ws))
        return X_GREET;
    if (NW_ONE_OF(nd, with_words))
        return X_WITH;
    return X_NO;
}

/* Closings of the scripts' letters (folded): "Спасибо,", "С уважением,", "Ευχαριστώ,". */
static const char *const native_closings[] = {"спасибо",       "с уважением",
                                              "всего доброго", "всего хорошего",
                                              "дякую",         "з повагою",
                                              "благодаря",     "с поздрав",
                                              "поздрави",      "хвала",
                                              "ευχαριστώ",     "με εκτίμηση",
                                              "φιλικά",        "με φιλικούς χαιρετισμούς",
                                              "תודה",          "בברכה",
                                              "شكرا",          "مع التحية",
                                              "با تشکر",       "谢谢",
                                              "此致敬礼",      "よろしくお願いします",
                                              "감사합니다"};

/* The run a..b fills its line and the line above it (blank lines skipped) is a closing. */
static int signature(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    if (!at_line_start(s, a) || !field_ends(s, b))
        return 0;
    size_t i = skip_back_blank(s, a);
    size_t le = i;
    while (le > 0 && (t[le - 1] == '\n' || t[le - 1] == '\r' || t[le - 1] == ' '))
        le--;
    if (le == i || le == 0)
        return 0;
    size_t ls = le;
    while (ls > 0 && le - ls < 48 && t[ls - 1] != '\n')
        ls--;
    if (ls > 0 && t[ls - 1] != '\n')
        return 0;
    while (le > ls && strchr(",!. ", t[le - 1]))
        le--;
    char buf[56];
    const char *f = le > ls ? nw_fold_span(s, ls, le, buf, sizeof buf) : "";
    if (*f && (nw_closing(f) || NW_ONE_OF(f, more_closings)))
        return 1;
    return NW_ONE_OF(fold_native(t + ls, le - ls, buf, sizeof buf), native_closings);
}

/* The display name of a mail header: the run, a closing quote, then "<...@...>". */
static int mail_name(const struct sc *s, size_t b)
{
    const uint8_t *t = s->t;
    if (b < s->len && t[b] == '"')
        b++;
    if (b + 1 >= s->len || t[b] != ' ' || t[b + 1] != '<')
        return 0;
    for (size_t i = b + 2; i < s->len && i - b < 80 && t[i] != '>' && t[i] != ' '; i++)
        if (t[i] == '@')
            return 1;
    return 0;
}

/* A verb after the run: one space and a lower-case Latin verb of the pack's lists or ours. */
static int verb_after(const struct sc *s, size_t b)
{
    const uint8_t *t = s->t;
    if (b + 2 >= s->len || t[b] != ' ' || !(t[b + 1] >= 'a' && t[b + 1] <= 'z'))
        return 0;
    size_t e = b + 1;
    while (e < s->len && e - b < 20 && latin_word_byte(t[e]) && t[e] != '.')
        e++;
    char buf[24];
    const char *f = nw_fold_span(s, b + 1, e, buf, sizeof buf);
    if (!*f || strcmp(f, "was") == 0 || strcmp(f, "is") == 0)
        return 0;                  /* "Нижний Новгород was founded" */
    if (NW_ONE_OF(f, aux_words)) { /* "X hat angerufen", not "X a accueilli le festival" */
        size_t pe = e + 1;
        while (pe < s->len && pe - e < 16 && latin_word_byte(t[pe]) && t[pe] != '.')
            pe++;
        char pb[24];
        return e + 1 < s->len && t[e] == ' ' &&
               NW_ONE_OF(nw_fold_span(s, e + 1, pe, pb, sizeof pb), said_words);
    }
    return nw_verb_after(f) || NW_ONE_OF(f, after_words);
}

/* Words that fill a greeting's or a label's slot and name no one: the world, everyone, friends,
 * a user, an administrator, the customer service (folded). */
static const char *const no_one[] = {"世界",  "大家",   "各位",   "朋友们",  "皆さん", "みなさん",
                                     "皆様",  "여러분", "세계",   "客服",    "用户",   "管理员",
                                     "匿名",  "未知",   "管理者", "관리자",  "사용자", "мир",
                                     "все",   "всем",   "друзья", "коллеги", "κόσμε",  "όλοι",
                                     "φίλοι", "עולם",   "العالم", "दुनिया"};

/* Words of firms', banks' and institutions' names in the cased scripts (folded). */
static const char *const firm_words[] = {
    "банк",        "групп",        "группа", "компания", "холдинг",      "завод",     "университет",
    "институт",    "министерство", "служба", "центр",    "банка",        "компанія",  "група",
    "університет", "τράπεζα",      "όμιλος", "εταιρεία", "πανεπιστήμιο", "υπουργείο", "ооо",
    "оао",         "зао",          "пао",    "тов",      "еоод",         "оод",       "ад",
    "ао",          "ип",           "αε",     "επε",      "ικε",          "οε",        "εε"};

/* Does a word of the run name a firm? */
static int firm_word_in(const struct sc *s, const struct run *r)
{
    if (kind_of(r->script) != K_CASED)
        return 0;
    for (size_t i = r->a; i < r->b;) {
        size_t e = i;
        while (e < r->b && s->t[e] != ' ')
            e++;
        char fb[48];
        if (NW_ONE_OF(fold_native(s->t + i, e - i, fb, sizeof fb), firm_words))
            return 1;
        i = e + 1;
    }
    return 0;
}

/* Is the run a person by its context? */
static int accept(const struct sc *s, const struct run *r, int ctx)
{
    char fb[48];
    if (r->words == 1 && NW_ONE_OF(fold_native(s->t + r->a, r->b - r->a, fb, sizeof fb), no_one))
        return 0;
    if (firm_word_in(s, r))
        return 0; /* "ООО Ромашка", "АО Тинькофф Банк", "Εθνική Τράπεζα" */
    int kind = kind_of(r->script);
    int full = full_name(r);
    if (ctx == X_NTITLE)
        return 1; /* "г-н Петров сказал": the title of the script is enough */
    if (r->more)
        return 0; /* a sentence of that script goes on: a capital opens it */
    int ok = 0;
    switch (ctx) {
    case X_TITLE:
        ok = 1;
        break;
    case X_PART:
        ok = field_ends(s, r->b);
        break;
    case X_NAME:
    case X_FIRM:
        ok = (full || kind == K_OTHER) && field_ends(s, r->b) &&
             !(ctx == X_FIRM && kind == K_CJK && r->words == 1 && r->chars > 3);
        break;
    case X_HDR:
        ok = (full || kind == K_OTHER) && item_ends(s, r->b) && has_subject(s);
        break;
    case X_LIST:
        ok = (full || kind == K_OTHER) && item_ends(s, r->b);
        break;
    case X_GREET:
        ok = field_ends(s, r->b) && (full || kind != K_CJK);
        break;
    case X_VERB:
        ok = full;
        break;
    case X_WITH:
        ok = full && kind != K_CJK;
        break;
    default:
        break;
    }
    if (ok || mail_name(s, r->b))
        return 1;
    if (signature(s, r->a, r->b))
        return 1;
    return full && kind != K_CJK ? verb_after(s, r->b) : full && verb_after(s, r->b);
}

/* Endings of Russian, Ukrainian, Belarusian, Bulgarian and Serbian surnames and patronymics in
 * the nominative (folded): "Петров", "Смирнова", "Горький", "Шевченко", "Петрович", "Ивановна". */
static const char *const ru_endings[] = {"ов",   "ова", "ев",  "ева",   "ёв",   "ёва",  "ин",
                                         "ина",  "ын",  "ына", "ский",  "ская", "цкий", "цкая",
                                         "енко", "ук",  "юк",  "ич",    "вна",  "чна",  "ых",
                                         "их",   "ян",  "дзе", "швили", "ић",   "ски",  "ска"};

static int ru_surname(const char *f)
{
    size_t n = strlen(f);
    for (size_t k = 0; k < sizeof ru_endings / sizeof ru_endings[0]; k++) {
        size_t m = strlen(ru_endings[k]);
        if (n > m + 2 && strcmp(f + n - m, ru_endings[k]) == 0)
            return 1;
    }
    return 0;
}

/* In Cyrillic text with no context: two or three capitalised words, a Russian given name and a
 * word with a surname's or a patronymic's ending, in either order ("Иван Петров", "Петрова
 * Анна", "Вера Павловна"). A capital opens every sentence and names every place and firm, so
 * neither the capitals nor the list alone is enough ("Вера", "Роман", "Надежда" are words). */
static int ru_person(const struct sc *s, const struct run *r)
{
    if (r->script != 2 || r->words < 2 || r->words > 3)
        return 0;
    char w[3][48];
    size_t k = 0;
    for (size_t i = r->a; i < r->b && k < 3; k++) {
        size_t e = i;
        while (e < r->b && s->t[e] != ' ')
            e++;
        fold_native(s->t + i, e - i, w[k], sizeof w[k]);
        i = e + 1;
    }
    if (k < 2 || !*w[0] || !*w[k - 1])
        return 0;
    if (nw_ru_given(w[0]) && ru_surname(w[k - 1]) && !nw_ru_given(w[k - 1]))
        return 1;
    return ru_surname(w[0]) && !nw_ru_given(w[0]) && nw_ru_given(w[1]);
}

/* The byte length of the UTF-8 character whose lead byte is c (>= 0xC2). */
static size_t char_len(uint8_t c)
{
    return c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* Does the character at i end a word without being decoded: Latin-1's and general punctuation
 * ("«", "—", "“"), CJK punctuation ("、", "。", "「") and the full-width forms ("：", "，")? */
static int punct_at(const struct sc *s, size_t i)
{
    uint8_t c = s->t[i];
    return c == 0xC2 || c == 0xE2 || c == 0xEF ||
           (c == 0xE3 && i + 1 < s->len && s->t[i + 1] == 0x80);
}

int nw_script2_has(const struct sc *s)
{
    struct nw_lines *l = nw_lines_of(s);
    if (!l)
        return has_script(s->t, s->len);
    if (!l->script) /* no byte of 0xCE or more (scan()'s rare bytes, NW_RB_HIGH): no lead byte */
        l->script = (l->rare & NW_RB_HIGH) && has_script(s->t, s->len) ? 2 : 1;
    return l->script == 2;
}

int nw_script2_names(struct sc *s)
{
    const uint8_t *t = s->t;
    if (!nw_script2_has(s))
        return 0;
    size_t i = 0;
    int prev_letter = 0;
    while (i < s->len) {
        uint8_t c = t[i];
        if (c < 0x80) {
            prev_letter = is_alnum(c);
            i++;
            continue;
        }
        if (c < 0xC2) { /* a stray continuation byte */
            i++;
            continue;
        }
        if (punct_at(s, i)) {
            prev_letter = 0;
            i += char_len(c);
            continue;
        }
        size_t l;
        int up;
        if (prev_letter || !letter_at(s, i, &l, &up)) { /* inside a word, or a Latin letter */
            prev_letter = 1;
            i += char_len(c);
            continue;
        }
        struct run r = {0};
        int ok = parse_run(s, i, &r);
        size_t skip = i + 1;
        int taken = 0;
        if (ok) {
            int lst;
            int ctx = ctx_before(s, r.a, &lst);
            if (r.script == 7 && nw_thai_title(s, r.a)) {
                taken = 1; /* "นายสมชาย ศรีสุข": names_script64.c's, the title outside */
            } else if (accept(s, &r, ctx) || (ru_person(s, &r) && !firm_word_in(s, &r))) {
                int rc = s->emit(s->arg, ANON_NAMES_PERSON, r.a, r.b);
                if (rc < 0)
                    return rc;
                taken = 1;
            }
        }
        if (taken || (ok && kind_of(r.script) != K_CASED)) {
            skip = r.b; /* no title of these scripts opens a name inside a run: past it */
        } else { /* go on after its first word ("г-н Петров", "Уважаемый Иван Петрович") */
            size_t e = i;
            while (e < s->len && ((t[e] >= 0xC2 && !punct_at(s, e)) || t[e] == '-'))
                e += t[e] == '-' ? 1 : char_len(t[e]);
            skip = e > i ? e : i + 1;
        }
        prev_letter = 1;
        i = skip;
    }
    int rc = nw_asia65_names(s); /* honorifics after the name (names_script64.c's), lists,
                                  * name columns, signatures and the same name again */
    if (rc >= 0)
        rc = nw_rtl65_names(s);    /* Arabic, Persian, Urdu, Hebrew cues */
    if (rc < 0 || nw_learn_traced) /* the trainer's text stays as the model was trained on */
        return rc;
    return nw_cyr65_names(s); /* declined Cyrillic names, Indic initials */
}

int nw_script2_cell(const struct sc *s, size_t a, size_t b, int *full)
{
    struct run r;
    if (b <= a || !nw_script_name(s, a, b, 1) || !parse_run(s, a, &r) || r.b != b)
        return 0;
    *full = full_name(&r);
    return 1;
}
