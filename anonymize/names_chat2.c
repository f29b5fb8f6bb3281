/* names_chat2.c: the people of a conversation, by repetition: a bare "Name: text" speaker that
 * no lexicon knows ("Friwald von Gersmeer: ..."), once the text is framed as a transcript, and
 * every speaker's given name or surname again in the messages ("Hilrike kommt gleich", "@Mei",
 * "salton is the new salton" after "<salton>"); names asked for or awaited in a chat ("hat
 * jemand X gesehen"); the addressee opening a quoted message or a quoted reply line; a name
 * alone under thanks that a comma ends.
 *
 * The evidence is the conversation itself, not a word list: three or more bare speaker lines of
 * two speakers at least, one of them twice, make a transcript; in one, a speaker of two or more
 * capitalised words is a person, and a speaker of one word is when it speaks twice beside a
 * speaker that is a person by its words. The names that spread are the words of sure people
 * names_chat.c emitted, never an ordinary word of the lexicon, a list word or a particle,
 * matched byte for byte (case included) between word boundaries. nw_chat_speakers() fills a
 * struct nw_talk on its stack and calls these; nothing allocates, and the spread and the cues
 * run only in a text that had a sure speaker.
 */
#include "anonymize/names_internal.h"

const char *const nw_chat2_not_names[] = {"dann", "allora"};
const size_t nw_chat2_nnot_names = sizeof nw_chat2_not_names / sizeof nw_chat2_not_names[0];

/* The speaker t[a .. b) in k, added when new and when there is room; NULL when full. */
static struct nw_talk_sp *talk_find(struct nw_talk *k, const uint8_t *t, size_t a, size_t b,
                                    int add)
{
    for (unsigned i = 0; i < k->n; i++)
        if (k->sp[i].b - k->sp[i].a == b - a && memcmp(t + k->sp[i].a, t + a, b - a) == 0)
            return &k->sp[i];
    if (!add || k->n == NW_TALK_MAX)
        return NULL;
    struct nw_talk_sp *p = &k->sp[k->n++];
    memset(p, 0, sizeof *p);
    p->a = a, p->b = b;
    return p;
}

/* The name words of the speaker t[a .. b): capitalised words (any word but a particle when lower
 * is set: a lower-case chat) . *odd is set when one is written in capitals only ("TODO"), has a
 * capital after its first letter ("DevOps") or, not lower, is a lower-case word that is no
 * particle: none is how a bare speaker writes a name. */
static unsigned name_words(const struct sc *s, size_t a, size_t b, int *odd, int lower)
{
    const uint8_t *t = s->t;
    unsigned words = 0;
    *odd = 0;
    for (size_t i = a; i < b;) {
        size_t e = i, n, ups = 0, letters = 0;
        while (e < b && ((n = nw_letter(t + e, b - e)) || t[e] == '\'' || t[e] == '-')) {
            if (n && nw_upper(t + e, b - e) && (e == i || (t[e - 1] != '\'' && t[e - 1] != '-')))
                ups++;
            letters += n != 0;
            e += n ? n : 1;
        }
        char buf[16];
        if (e >= i + 3 && t[e - 1] == 's' && t[e - 2] == '\'')
            *odd = 1; /* "Developer's Guide:" */
        if (e > i && (nw_upper(t + i, b - i) ||
                      (lower && !nw_particle(nw_fold_span(s, i, e, buf, sizeof buf))))) {
            words++;
            if (ups > 1 || letters < 2)
                *odd = 1; /* "TODO", "DevOps", "Q" */
        } else if (e > i && !nw_particle(nw_fold_span(s, i, e, buf, sizeof buf))) {
            *odd = 1; /* a lower-case word that is no "von", "de", "da" */
        }
        i = e + 1; /* the space, or the comma of "Surname, Given" (its space then is a word
                      of no letters, skipped) */
    }
    return words;
}

void nw_talk_bare(struct nw_talk *k, const struct sc *s, size_t a, size_t b, int named)
{
    int odd;
    unsigned words = name_words(s, a, b, &odd, 0);
    size_t m = b; /* the message: a link after the colon makes a list of links, no talk */
    while (m < s->len && m < b + 4 && (s->t[m] == ':' || s->t[m] == ' ' || s->t[m] >= 0x80))
        m++;
    if (m + 4 <= s->len && (memcmp(s->t + m, "http", 4) == 0 || memcmp(s->t + m, "www.", 4) == 0))
        return;
    k->lines++;
    struct nw_talk_sp *p = talk_find(k, s->t, a, b, 1);
    if (!p)
        return;
    if (!p->lines++)
        k->distinct++;
    else
        k->repeated = 1;
    p->named = named;
    p->words = odd ? 0 : (unsigned char)(words > 3 ? 3 : words);
}

int nw_talk_framed(const struct nw_talk *k)
{
    return k->lines >= 3 && k->distinct >= 2 && k->repeated;
}

int nw_talk_unnamed_ok(struct nw_talk *k, const struct sc *s, size_t a, size_t b)
{
    if (!nw_talk_framed(k))
        return 0;
    struct nw_talk_sp *p = talk_find(k, s->t, a, b, 0);
    if (!p || !p->words)
        return 0;
    if (p->words >= 2)
        return 1; /* "Wilej Boomkamp:", "Friwald von Gersmeer:" */
    if (p->lines < 2)
        return 0;
    for (unsigned i = 0; i < k->n; i++) /* "Holdorcal:" twice beside "Brydor Gargarsworth:" */
        if (&k->sp[i] != p && k->sp[i].lines && (k->sp[i].named || k->sp[i].words >= 2))
            return 1;
    return 0;
}

void nw_talk_person(struct nw_talk *k, const struct sc *s, size_t a, size_t b, int sure)
{
    struct nw_talk_sp *p = talk_find(k, s->t, a, b, 1);
    if (!p)
        return;
    int odd, lower = !nw_upper(s->t + a, b - a);
    if (p->said < 255)
        p->said++;
    /* "Hilrike Mörsstedt" ("mieke smit" in a lower-case chat) is sure by its two words,
     * "Holdorcal:" by two bare lines in a transcript, a lower-case nick by two lines it opened;
     * "Zendesk" after a time is not */
    if (sure || (name_words(s, a, b, &odd, lower) >= 2 && !odd) ||
        (p->lines >= 2 && nw_talk_framed(k)) || (lower && p->said >= 2))
        p->person = 2;
    else if (!p->person)
        p->person = 1;
}

/* U+2010 or U+2011, the hyphens of "Anna‑Lena" that a name goes on after. */
static int hyphen_at(const uint8_t *p, size_t avail)
{
    return avail >= 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x90 || p[2] == 0x91);
}

/* Is the byte before a (a word's first byte) a word's end: a letter, a digit or '_', '.', '-',
 * '/' glued to it ("x.Anna", "Anna-Lena")? */
static int glued_before(const uint8_t *t, size_t a)
{
    if (a == 0)
        return 0;
    uint8_t c = t[a - 1];
    if (is_alnum(c) || c == '_' || c == '.' || c == '-' || c == '/')
        return 1;
    if (c < 0x80)
        return 0;
    size_t p = a - 1; /* the start of the character before */
    while (p > 0 && a - p < 4 && (t[p] & 0xC0) == 0x80)
        p--;
    return nw_letter(t + p, a - p) != 0 || hyphen_at(t + p, a - p);
}

/* Does a letter, a digit, '_', '-', '@', or a '.' or '/' before one go on at e ("Anna2",
 * "anna@x.org", "anna.keller", "Anna-Lena")? */
static int glued_after(const uint8_t *t, size_t len, size_t e)
{
    if (e >= len)
        return 0;
    uint8_t c = t[e];
    if (is_alnum(c) || c == '_' || c == '-' || c == '@')
        return 1;
    if ((c == '.' || c == '/') && e + 1 < len && is_alnum(t[e + 1]))
        return 1;
    return (c >= 0xC3 && nw_letter(t + e, len - e) != 0) || hyphen_at(t + e, len - e);
}

/* May the word t[a .. e) of a person's speaker name that person alone elsewhere? Three bytes at
 * least, no particle, no list word and no ordinary word of the lexicon, even one that is also a
 * name ("Will", "Mark"): those begin sentences. */
static int spreads(const struct sc *s, size_t a, size_t e)
{
    if (e - a < 3 || e - a > 30)
        return 0;
    for (size_t i = a; i < e;) {
        size_t n = nw_letter(s->t + i, e - i);
        if (!n && s->t[i] != '-' && s->t[i] != '\'')
            return 0;
        i += n ? n : 1;
    }
    char buf[32];
    const char *f = nw_fold_span(s, a, e, buf, sizeof buf);
    if (!*f || nw_particle(f) || nw_cats(f))
        return 0;
    return !(anon_names_lexicon((const char *)s->t + a, e - a) &
             (ANON_NL_COMMON_EN | ANON_NL_COMMON));
}

/* Every occurrence of t[a .. e) between word boundaries, emitted as a person. */
static int spread_word(struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    size_t n = e - a;
    for (const uint8_t *p = memchr(t, t[a], s->len); p && (size_t)(p - t) + n <= s->len;
         p = memchr(p + 1, t[a], s->len - (size_t)(p + 1 - t))) {
        size_t i = (size_t)(p - t);
        if (i == a || memcmp(p, t + a, n) != 0 || glued_before(t, i) ||
            glued_after(t, s->len, i + n))
            continue;
        int rc = s->emit(s->arg, ANON_NAMES_PERSON, i, i + n);
        if (rc < 0)
            return rc;
    }
    return 0;
}

int nw_talk_spread(struct sc *s, const struct nw_talk *k)
{
    const uint8_t *t = s->t;
    for (unsigned i = 0; i < k->n; i++) {
        if (k->sp[i].person != 2)
            continue;
        size_t b = k->sp[i].b;
        for (size_t w = k->sp[i].a; w < b;) {
            size_t e = w;
            while (e < b && t[e] != ' ' && t[e] != ',' && t[e] != '.' && t[e] != '_' &&
                   t[e] != 0xC2 && t[e] != 0xE2)
                e++;
            /* the same word twice ("Anna Anna") or a word of an earlier speaker spreads once */
            int dup = 0;
            for (unsigned j = 0; j < i && !dup; j++)
                for (size_t q = k->sp[j].a; k->sp[j].person == 2 && q + (e - w) <= k->sp[j].b; q++)
                    if (memcmp(t + q, t + w, e - w) == 0 && (q == k->sp[j].a || t[q - 1] == ' ') &&
                        (q + (e - w) == k->sp[j].b || t[q + (e - w)] == ' ')) {
                        dup = 1;
                        break;
                    }
            int rc;
            if (!dup && spreads(s, w, e) && (rc = spread_word(s, w, e)) < 0)
                return rc;
            w = e + 1;
            while (w < b && (t[w] == ' ' || (t[w] & 0xC0) == 0x80 || t[w] == 0xC2 || t[w] == 0xE2))
                w++;
        }
    }
    return 0;
}

/* ---- who is asked for or awaited in a conversation ------------------------------------------ */
/* A person's name between the two parts of each phrase ("hat jemand X gesehen", "X kommt
 * gleich"), in a text that names speakers; a part may be empty. The first letter of a phrase
 * may be a capital ("Hat jemand"). */
static const char *const cue_before[] = {"anyone seen ",
                                         "anybody seen ",
                                         "hat jemand ",
                                         "wo bleibt ",
                                         "quelqu'un a vu ",
                                         "heeft iemand ",
                                         "is ",
                                         "alguien ha visto a ",
                                         "alguien ha visto ",
                                         "qualcuno ha visto ",
                                         "alguém viu o ",
                                         "alguém viu a ",
                                         "alguém viu ",
                                         "cadê o ",
                                         "cadê a ",
                                         "ping "};
static const char *const cue_before_end[] = {
    "", "", " gesehen", "", "", " gezien", " er vandaag", "", "", "", "", "", "", "", "", ""};
static const char *const cue_after[] = {
    " kommt gleich",    " kommt später",   " verspätet sich", " komt zo",          " komt later",
    " arrive",          " sera en retard", " arriva subito",  " è in ritardo",     " ya viene",
    " llega tarde",     " já vem",         " chega atrasad",  " is still joining", " will be late",
    " is running late", " is off today",   " ist heute krank"};

/* May the word t[a .. e), a name asked for or awaited, be a person? Letters only, 3 to 24 bytes,
 * no list word, tech word or brand; capitalised, an ordinary word only when a well-attested
 * given name too; in lower case ("is femtje er vandaag?") no ordinary word at all. */
static int awaited(const struct sc *s, size_t a, size_t e)
{
    if (e - a < 3 || e - a > 24)
        return 0;
    for (size_t i = a; i < e;) {
        size_t n = nw_letter(s->t + i, e - i);
        if (!n && s->t[i] != '-')
            return 0;
        i += n ? n : 1;
    }
    char buf[32];
    const char *f = nw_fold_span(s, a, e, buf, sizeof buf);
    if (!*f || nw_cats(f) || nw_not_name(f) || nw_brand(f, 1) || nw_famous(f))
        return 0;
    unsigned lx = anon_names_lexicon((const char *)s->t + a, e - a);
    int given = (lx & ANON_NL_GIVEN) && (lx & ANON_NL_ATTESTED);
    if (lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON))
        return given && nw_upper(s->t + a, e - a);
    return 1;
}

/* Does the phrase p (its first letter in either case) stand at t[i ..)? */
static int phrase_at(const struct sc *s, size_t i, const char *p)
{
    size_t n = strlen(p);
    if (i + n > s->len)
        return 0;
    if (n && (s->t[i] | 32) != p[0])
        return 0;
    return memcmp(s->t + i + 1, p + 1, n - 1) == 0;
}

static int emit_awaited(struct sc *s, size_t a, size_t e)
{
    if (!awaited(s, a, e))
        return 0;
    return s->emit(s->arg, ANON_NAMES_PERSON, a, e);
}

int nw_talk_cues(struct sc *s)
{
    const uint8_t *t = s->t;
    int rc;
    for (size_t k = 0; k < sizeof cue_before / sizeof *cue_before; k++) {
        const char *p = cue_before[k];
        size_t n = strlen(p);
        for (const uint8_t *q = memchr(t, p[1], s->len); q;
             q = memchr(q + 1, p[1], s->len - (size_t)(q + 1 - t))) {
            size_t i = (size_t)(q - t);
            if (i == 0 || !phrase_at(s, i - 1, p) || glued_before(t, i - 1))
                continue;
            size_t a = i - 1 + n, e = a, m;
            while (e < s->len && ((m = nw_letter(t + e, s->len - e)) || t[e] == '-'))
                e += m ? m : 1;
            const char *end = cue_before_end[k];
            if (*end ? !phrase_at(s, e, end)
                     : e < s->len && !strchr(" ?!.,;:\n\r", t[e]) && t[e] != 0xE2)
                continue;
            if ((rc = emit_awaited(s, a, e)) < 0)
                return rc;
        }
    }
    for (size_t k = 0; k < sizeof cue_after / sizeof *cue_after; k++) {
        const char *p = cue_after[k];
        for (const uint8_t *q = memchr(t, p[1], s->len); q;
             q = memchr(q + 1, p[1], s->len - (size_t)(q + 1 - t))) {
            size_t i = (size_t)(q - t);
            if (i < 4 || t[i - 1] != ' ' || !phrase_at(s, i - 1, p))
                continue;
            size_t e = i - 1, a = e;
            while (a > 0) { /* back over the letters of the word before */
                size_t c = a - 1;
                while (c > 0 && a - c < 4 && (t[c] & 0xC0) == 0x80)
                    c--;
                if (!nw_letter(t + c, a - c) && t[c] != '-')
                    break;
                a = c;
            }
            if (a == e || glued_before(t, a))
                continue;
            if ((rc = emit_awaited(s, a, e)) < 0)
                return rc;
        }
    }
    return 0;
}

/* ---- the addressee of a quoted message ------------------------------------------------------ */
/* May t[a .. e), the first word of a quoted message, name whom it addresses? Letters only, 3 to
 * 20 bytes, on no list and no tech word or brand; capitalised: no ordinary word unless a
 * well-attested given name; in lower case: no ordinary word, and a lexicon name or a name's
 * shape. */
/* Words that acknowledge a message and open a reply as an addressee would ("> Recibido, lo paso
 * a contabilidad", "> Danke, geht an die Buchhaltung"): no one is called so. */
static const char *const acks[] = {
    "received",  "noted",    "thanks",   "thank",    "recibido", "recibida", "gracias",
    "entendido", "perfecto", "ricevuto", "ricevuta", "grazie",   "capito",   "perfetto",
    "ontvangen", "bedankt",  "begrepen", "prima",    "danke",    "erhalten", "verstanden",
    "perfekt",   "merci",    "compris",  "parfait",  "recebido", "recebida", "obrigado",
    "obrigada",  "entendi",  "perfeito"};

static int vocative(const struct sc *s, size_t a, size_t e)
{
    if (e - a < 3 || e - a > 20)
        return 0;
    for (size_t i = a; i < e;) {
        size_t n = nw_letter(s->t + i, e - i);
        if (!n)
            return 0;
        i += n;
    }
    char buf[32];
    const char *f = nw_fold_span(s, a, e, buf, sizeof buf);
    if (!*f || nw_cats(f) || nw_not_name(f) || nw_brand(f, 1) || nw_famous(f) || NW_ONE_OF(f, acks))
        return 0;
    unsigned lx = anon_names_lexicon((const char *)s->t + a, e - a);
    if (nw_upper(s->t + a, e - a))
        return !(lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) ||
               ((lx & ANON_NL_GIVEN) && (lx & ANON_NL_ATTESTED));
    return !(lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) &&
           (nw_lexname(lx) || nw_name_shape(s->t + a, e - a) >= 0);
}

/* A quote that opens at q (after a colon: "rewrite this more politely: \"tamissa, the report
 * ...\"", "Formuliere bitte höflicher: „Berlinde, der Bericht ..."): its first word when a comma
 * and a lower-case word follow it. */
static int quoted_at(struct sc *s, size_t q, size_t open)
{
    const uint8_t *t = s->t;
    size_t p = q;
    while (p > 0 && t[p - 1] == ' ')
        p--;
    if (p == q || p == 0 || t[p - 1] != ':')
        return 0;
    size_t a = q + open, e = a, n;
    if (a < s->len && t[a] == ' ')
        a++, e++; /* "« Céette, ..." */
    while (e < s->len && (n = nw_letter(t + e, s->len - e)))
        e += n;
    if (e + 2 >= s->len || t[e] != ',' || t[e + 1] != ' ' ||
        !((t[e + 2] >= 'a' && t[e + 2] <= 'z') ||
          (t[e + 2] >= 0xC3 && nw_letter(t + e + 2, s->len - e - 2) &&
           !nw_upper(t + e + 2, s->len - e - 2))))
        return 0;
    return vocative(s, a, e) ? s->emit(s->arg, ANON_NAMES_PERSON, a, e) : 0;
}

int nw_quoted_vocative(struct sc *s)
{
    const uint8_t *t = s->t;
    /* one walk of the colons, not one per kind of quote: most texts have few colons; the
     * passes before found them (nw_hit_at()) */
    struct nw_hits *colons = nw_hits_of(s, ':');
    for (size_t k = 0, at = nw_hit_at(colons, s, ':', 0, 0); at < s->len;
         at = nw_hit_at(colons, s, ':', ++k, at + 1)) {
        const uint8_t *c = t + at;
        size_t q = (size_t)(c - t) + 1, open = 0;
        uint8_t pc = c > t ? c[-1] : 0;
        if (!(((pc | 32) >= 'a' && (pc | 32) <= 'z') || pc == ' ' || pc >= 0x80))
            continue; /* a request's word ("politely:", "höflicher :"), not JSON's "key": */
        while (q < s->len && q - (size_t)(c - t) <= 2 && t[q] == ' ')
            q++;
        if (q < s->len && t[q] == '"')
            open = 1;
        else if (q + 1 < s->len && t[q] == 0xC2 && t[q + 1] == 0xAB)
            open = 2; /* « */
        else if (q + 2 < s->len && t[q] == 0xE2 && t[q + 1] == 0x80 &&
                 (t[q + 2] == 0x9E || t[q + 2] == 0x9C))
            open = 3; /* „ “ */
        int rc;
        if (open && (rc = quoted_at(s, q, open)) < 0)
            return rc;
    }
    return 0;
}

/* Does a reply's attribution ("Em 21/06/2025, X escreveu:", "On ..., X wrote:") stand above
 * the quoted lines that the line at ls is one of: the first line above them ends with a colon? */
static int under_attribution(const struct sc *s, size_t ls)
{
    const uint8_t *t = s->t;
    for (int k = 0; k < 24 && ls > 0; k++) {
        size_t pe = ls - 1, ps = pe; /* the line before: ps .. pe */
        while (ps > 0 && t[ps - 1] != '\n')
            ps--;
        if (ps < pe && t[ps] == '>') {
            ls = ps;
            continue;
        }
        while (pe > ps && (t[pe - 1] == ' ' || t[pe - 1] == '\r'))
            pe--;
        return pe > ps && t[pe - 1] == ':';
    }
    return 0;
}

int nw_quoted_line(struct sc *s, size_t ls, size_t le)
{
    const uint8_t *t = s->t;
    size_t a = ls;
    if (ls + 2 >= le || (t[ls] == '>' && t[ls + 1] != ' ') || !under_attribution(s, ls))
        return 0; /* ">Netscape, you can ..." in a README */
    while (a < le && a - ls < 4 && (t[a] == '>' || t[a] == ' '))
        a++;
    size_t e = a, n;
    while (e < le && (n = nw_letter(t + e, le - e)))
        e += n;
    if (e == a || !nw_upper(t + a, le - a) || e + 2 >= le || t[e] != ',' || t[e + 1] != ' ' ||
        !((t[e + 2] >= 'a' && t[e + 2] <= 'z') ||
          (t[e + 2] >= 0xC3 && nw_letter(t + e + 2, le - e - 2) &&
           !nw_upper(t + e + 2, le - e - 2))))
        return 0;
    return vocative(s, a, e) ? s->emit(s->arg, ANON_NAMES_PERSON, a, e) : 0;
}

/* ---- a name signed under thanks ------------------------------------------------------------- */
/* Thanks that close a message when a comma ends their line (each opens with g, m, o, d or b:
 * nw_chat_speakers() asks only of such lines) ("Grazie,\nTesca"): not closings of
 * names_words.c's list, where "Merci." ending a sentence above "Le lun. 3 févr. ..." would make
 * "Le" a signature. */
static const char *const thanks[] = {
    "grazie",         "gracias",        "merci",          "obrigado",     "obrigada",
    "danke",          "bedankt",        "dankjewel",      "mille grazie", "muchas gracias",
    "merci beaucoup", "muito obrigado", "muito obrigada", "danke schön"};

/* May t[a .. e), a word of the line under thanks, be a name's? */
static int signed_word(const struct sc *s, size_t a, size_t e)
{
    if (e - a < 3 || e - a > 24)
        return 0;
    char buf[32];
    const char *f = nw_fold_span(s, a, e, buf, sizeof buf);
    if (!*f || nw_cats(f) || nw_not_name(f) || nw_brand(f, 1) || nw_famous(f))
        return 0;
    unsigned lx = anon_names_lexicon((const char *)s->t + a, e - a);
    return !(lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) ||
           ((lx & ANON_NL_GIVEN) && (lx & ANON_NL_ATTESTED));
}

int nw_thanks_signed(struct sc *s, size_t ls, size_t le)
{
    const uint8_t *t = s->t;
    char buf[24];
    if (le - ls < 6 || le - ls > 18 || t[le - 1] != ',' ||
        !NW_ONE_OF(nw_fold_span(s, ls, le - 1, buf, sizeof buf), thanks))
        return 0;
    size_t a = le + 1 + (le + 1 < s->len && t[le] == '\r'), e = a, words = 0;
    if (a >= s->len)
        return 0;
    while (e < s->len && t[e] != '\n' && t[e] != '\r' && e - a <= 40) {
        size_t w = e, n;
        if (!nw_upper(t + w, s->len - w) || ++words > 3)
            return 0;
        while (e < s->len && ((n = nw_letter(t + e, s->len - e)) || t[e] == '-' || t[e] == '\''))
            e += n ? n : 1;
        if (!signed_word(s, w, e))
            return 0;
        if (e < s->len && t[e] == ' ')
            e++;
        else if (e < s->len && t[e] != '\n' && t[e] != '\r')
            return 0; /* "Tesca," "Tesca." "Tesca (HR)": not a line of a name alone */
    }
    if (!words || e - a > 40 || t[e - 1] == ' ')
        return 0;
    return s->emit(s->arg, ANON_NAMES_PERSON, a, e);
}
