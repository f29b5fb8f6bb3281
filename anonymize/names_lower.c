/* names_lower.c: texts written all in lower case ("follow up with patricia desrosiers"), where
 * the capital letters the scanner walks are missing.
 *
 * Such a text is scanned as a copy in which the first letter of each word that names a person
 * by itself is raised: a given name or surname of the lexicon that is no ordinary word, and an
 * unknown word with a name's shape right after one ("olga krylova" -> "Olga Krylova"). The
 * scanner then judges the raised words by their context as it judges capitalised ones; the copy
 * has the same bytes but those letters, so what it finds is at the same offsets in the text.
 * The copy lives in the caller's buffer: nothing here allocates.
 */
#include "anonymize/names_internal.h"

/* A lower-case letter at p: its byte length (1 ASCII, 2 Latin-1 or Latin Extended-A and -B, 3
 * Latin Extended Additional, 2 a combining mark), 0 for anything else. */
static size_t lower_letter(const uint8_t *p, size_t avail)
{
    if (p[0] >= 'a' && p[0] <= 'z')
        return 1;
    if (avail >= 2 && p[0] == 0xC3 && p[1] >= 0x9F && p[1] <= 0xBF && p[1] != 0xB7)
        return 2;
    if (avail >= 2 && p[0] >= 0xC4 && p[0] <= 0xC8 && (p[1] & 0xC0) == 0x80 && !nw_upper(p, 2))
        return 2; /* "yebeoğlu", "kiveić", "dương", "ștefan" */
    if (p[0] == 0xE1 || p[0] == 0xCC || p[0] == 0xCD) { /* "nguyễn", a combining mark */
        size_t l = nw_letter(p, avail);
        return l && !nw_upper(p, avail) ? l : 0;
    }
    return 0;
}

/* Is t[0 .. len) prose written in lower case: its first letter lower case, no line or sentence
 * opening with a capital, at most one word in eight capitalised ("can you ask anna whether the
 * Evernote invite went out"), no byte of code or markup, three spaces at least? One pass that
 * leaves at the first sign of sentence case, so most texts cost a few bytes' look. */
static int lower_text(const uint8_t *t, size_t len)
{
    size_t i = 0, words = 0, caps = 0;
    while (i < len && t[i] < 0x80 && !is_alnum(t[i]))
        i++;
    if (i == len || !lower_letter(t + i, len - i))
        return 0;
    for (i = 0; i < len; i++) {
        uint8_t c = t[i];
        if (c >= 'a' && c <= 'z')
            continue;
        switch (c) {
        case '{':
        case '}':
        case ';':
        case '=':
        case '|':
        case '\\':
        case '_':
        case '<':
        case '>':
        case '*':
        case '#':
        case '$':
        case '[':
        case ']':
            return 0; /* code, a shell line, markup: not prose */
        case ' ':
        case '\n':
            if (i + 1 < len && nw_upper(t + i + 1, len - i - 1)) {
                if (c == '\n' || (i > 0 && (t[i - 1] == '.' || t[i - 1] == '?' || t[i - 1] == '!')))
                    return 0; /* a line or a sentence opening with a capital: sentence case */
                caps++;
            }
            words += c == ' ';
            break;
        default:
            break;
        }
    }
    return words >= 3 && caps * 8 <= words;
}

/* May the word at w (n bytes) be raised: a name of the lexicon, or (after a raised word) an
 * unknown word with a name's shape; never an ordinary English word, a context word or a
 * product's ("patricia", "vitoria" are also words of another language the lexicon knows). */
static int raise_word(const uint8_t *w, size_t n, unsigned f, int after_name)
{
    if (n < 3 || n > 24)
        return 0;
    if ((f & ANON_NL_COMMON_EN) ||
        ((f & ANON_NL_COMMON) && !(f & ANON_NL_GIVEN) && !(after_name && nw_lexname(f))))
        return 0; /* an English word; a word of another language unless a given name there */
    if (nw_lexname(f))
        return 1;
    return after_name && f == 0 && nw_name_shape(w, n) >= 0;
}

/* Two unknown words side by side with a clear name's shape together ("basaa yebeoğlu")? */
#define PAIR_SHAPE 12
static int raise_pair(const uint8_t *t, const size_t a[2], const size_t b[2])
{
    int sum = 0;
    for (int k = 0; k < 2; k++) {
        int v = nw_name_shape(t + a[k], b[k] - a[k]);
        if (b[k] - a[k] < 3 || v < -6)
            return 0;
        sum += v;
    }
    return sum >= 2 * PAIR_SHAPE;
}

/* The words of a lower-case text: where each starts and ends, its lexicon flags, whether it is a
 * word at all (not part of an identifier, a path, an address) and not a word of the lists. */
struct lw {
    size_t s, e;
    unsigned f;
    int ok, next_adjacent;
};

/* Raises the letter at t[i] in out; 0 when it has no capital form here. */
static int raise_at(const uint8_t *t, uint8_t *out, size_t i, size_t len)
{
    if (t[i] >= 0xCC)
        return 0; /* no word opens with a mark; Latin Extended Additional is not raised */
    if (t[i] < 0x80)
        out[i] = (uint8_t)(t[i] - 32);
    else if (t[i] == 0xC3)
        out[i + 1] = (uint8_t)(t[i + 1] - 32);
    else
        out[i + 1] = (uint8_t)(t[i + 1] - 1); /* Latin Extended-A: the capital comes first */
    if (nw_upper(out + i, len - i))
        return 1;
    memcpy(out + i, t + i, t[i] < 0x80 ? 1 : 2);
    return 0;
}

/* Does t[0 .. at) end in a speaker's introduction of their own name ("my name is ", "me llamo ",
 * "je m'appelle ", "ik heet ")? After one, the next word is a name even when it is also an
 * ordinary word ("my name is maria keller", "my name is will"). */
static int intro_before(const uint8_t *t, size_t at)
{
    static const char *const cues[] = {
        "my name is ",        "my name's ",        "his name is ",  "her name is ",
        "their name is ",     "me llamo ",         "mi nombre es ", "m'appelle ",
        "mon nom est ",       "ich hei\303\237e ", "ich heisse ",   "mein name ist ",
        "ik heet ",           "mijn naam is ",     "mi chiamo ",    "il mio nome \303\250 ",
        "meu nome \303\251 ", "me chamo ",         "i'm called "};
    if (at < 6 || t[at - 1] != ' ')
        return 0;
    for (size_t k = 0; k < sizeof cues / sizeof cues[0]; k++) {
        size_t n = strlen(cues[k]);
        if (n <= at && memcmp(t + at - n, cues[k], n) == 0 && (n == at || !is_alnum(t[at - n - 1])))
            return 1;
    }
    return 0;
}

/* Does t[0 .. at) end in an assignment verb and its preposition ("assigned to ", "zugewiesen an
 * ", "attribué à ", "toegewezen aan ", "asignado a ", "assegnato a ", "atribuído a ")? The next
 * word is raised when it may be a name (a name of the lexicon or an unknown word with a name's
 * shape; "the team", "support", "nobody" stay), and names.c's assigned() judges it. */
static int assign_before(const uint8_t *t, size_t at)
{
    static const char *const cues[] = {"assigned to ",
                                       "zugewiesen an ",
                                       "zugeordnet an ",
                                       "weitergeleitet an ",
                                       "attribu\303\251 \303\240 ",
                                       "attribu\303\251e \303\240 ",
                                       "assign\303\251 \303\240 ",
                                       "assign\303\251e \303\240 ",
                                       "toegewezen aan ",
                                       "toegekend aan ",
                                       "asignado a ",
                                       "asignada a ",
                                       "assegnato a ",
                                       "assegnata a ",
                                       "atribu\303\255do a ",
                                       "atribu\303\255da a "};
    if (at < 10 || t[at - 1] != ' ')
        return 0;
    for (size_t k = 0; k < sizeof cues / sizeof cues[0]; k++) {
        size_t n = strlen(cues[k]);
        if (n <= at && memcmp(t + at - n, cues[k], n) == 0)
            return 1;
    }
    return 0;
}

/* nw_one_of() of a word given by pointer and length (no word in these lists is 16 bytes long). */
static int word_one_of(const uint8_t *w, size_t n, const char *const *list, size_t count)
{
    char buf[16];
    if (n >= sizeof buf)
        return 0;
    memcpy(buf, w, n);
    buf[n] = '\0';
    return nw_one_of(buf, list, count);
}

/* Pronouns and indefinites that follow an assignment verb as often as a name does ("assigned to
 * nobody", "zugewiesen an niemanden", "attribué à personne", "toegewezen aan mij"). */
static int assign_pronoun(const uint8_t *w, size_t n)
{
    static const char *const words[] = {
        "me",        "him",     "her",     "us",      "them",  "you",       "nobody",  "everyone",
        "everybody", "mich",    "dich",    "ihn",     "uns",   "niemanden", "niemand", "jemanden",
        "alle",      "moi",     "toi",     "lui",     "elle",  "nous",      "vous",    "eux",
        "personne",  "tous",    "mij",     "jou",     "hem",   "haar",      "ons",     "iedereen",
        "mí",        "ti",      "él",      "ella",    "nadie", "todos",     "lei",     "nessuno",
        "tutti",     "noi",     "mim",     "ele",     "ela",   "ninguém",   "nós",     "qa",
        "ops",       "support", "soporte", "suporte", "team"};
    return word_one_of(w, n, words, sizeof words / sizeof words[0]);
}

/* Words that follow an assigned name ("zugewiesen an weindling seit gestern", "toegewezen aan
 * dekker sinds maandag"): not a surname's next part. */
static int assign_after(const uint8_t *w, size_t n)
{
    static const char *const words[] = {
        "seit",  "since", "depuis", "sinds", "desde", "da",    "dal",   "dalla", "from",
        "for",   "per",   "por",    "para",  "bis",   "ab",    "vanaf", "tot",   "until",
        "hasta", "fino",  "até",    "und",   "and",   "et",    "en",    "y",     "e",
        "ou",    "or",    "oder",   "of",    "o",     "today", "heute", "hier",  "ieri"};
    return word_one_of(w, n, words, sizeof words / sizeof words[0]);
}

/* A raised word that is also an ordinary word of a pack language ("vera", "rosa", "luz", "paz",
 * "rio": ANON_NL_COMMON) opens a chat message as often as it names someone, and the words after
 * it are then the message's own: "e vera sta cosa", "fui ao rio ontem", "ta roza przy plocie",
 * "ola tudo bem". The lexicon knows the ordinary words of en/de/fr/nl/es/it only, so those of the
 * other languages come as unknown words, and a name's shape does not tell them from a surname (the
 * score of "przy" is 18, of "hamalainen" 15). After such a word-name an unknown word is raised
 * only when it is as long and as name-shaped as an invented surname ("wei hamalainen", "mariana
 * marbraado"); a lexicon surname ("carmen ortega") still follows (branch typedp60). After any
 * other given name an unknown word of three letters is a message's word ("karl har spist
 * sokken", "o kofi har ringt"), not a surname: the short surnames are the lexicon's ("lee",
 * "kim", "dao", "tan"). */
#define AFTER_WORDNAME 2
#define WORDNAME_NEXT_LEN 5
#define WORDNAME_NEXT_SHAPE 10
#define NAME_NEXT_LEN 4

static int next_word_may(const uint8_t *t, struct lw w, int prev)
{
    if (prev == AFTER_WORDNAME)
        return w.e - w.s >= WORDNAME_NEXT_LEN &&
               nw_name_shape(t + w.s, w.e - w.s) >= WORDNAME_NEXT_SHAPE;
    return w.e - w.s >= NAME_NEXT_LEN;
}

/* In a lower-case chat a name is one or two words; a third unknown word after a given name and
 * the word raised after it is the message's verb or object ("ali dayi geldi", "mehmet sahin
 * cocuklari alacak", "jonas berger sieht", "goncalo ferreira quer embalar"), not a second surname:
 * it is raised only when the lexicon knows it as a name ("maria garcia lopez"). A run that opens
 * with an unknown pair
 * ("adi soyadi temkorkor derderhan", a label the pair rule took) keeps its next words. The same
 * word twice ("ole ole", "jaja jaja", "bye bye") is an interjection, never a given name and its
 * surname (branch lower61). */
#define CHAT_RUN_MAX 2

static int same_word(const uint8_t *t, struct lw a, struct lw b)
{
    return a.e - a.s == b.e - b.s && b.s == a.e + 1 && t[a.e] == ' ' &&
           memcmp(t + a.s, t + b.s, a.e - a.s) == 0; /* not "dijdijsen\ndijdijsen opent" */
}

/* Is t[0 .. len) a chat's lines: three lines at least (two line breaks, raw or escaped)? A
 * one-line request ("igen, add oda balokernak", "relance claire demain") keeps its pairs. */
static int chat_lines(const uint8_t *t, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i + 1 < len && n < 2; i++)
        n += t[i] == '\n' || (t[i] == '\\' && t[i + 1] == 'n');
    return n >= 2;
}

size_t nw_raise_lower(const uint8_t *t, size_t len, uint8_t *out, size_t cap)
{
    enum { MAXW = 1024 };
    struct lw w[MAXW];
    size_t raised = 0, n = 0;
    if (len > cap || len < 16 || !lower_text(t, len))
        return 0;
    int fw = nw_prose7_function_words_apply(t, len); /* not in a transcript: names_asr.c */
    for (size_t i = 0; i < len && n < MAXW;) {
        size_t l = lower_letter(t + i, len - i);
        if (!l) {
            i++;
            continue;
        }
        size_t e = i;
        for (;;) { /* "zepeenko-lanolchuk": a hyphen between letters keeps the word */
            while (e < len && (l = lower_letter(t + e, len - e)))
                e += l;
            /* "o'neill", "d'angelo": an Irish or Italian prefix and its apostrophe too */
            int prefix = e == i + 1 && (t[i] == 'o' || t[i] == 'd') && e + 2 < len &&
                         t[e] == '\'' && lower_letter(t + e + 1, len - e - 1);
            if (!prefix && !(e + 1 < len && t[e] == '-' && lower_letter(t + e + 1, len - e - 1)))
                break;
            e++;
        }
        uint8_t before = i ? t[i - 1] : ' ', after = e < len ? t[e] : ' ';
        int ok = !(is_alnum(before) || before >= 0x80 || strchr("_.@/\\-#$%+~`&'", before)) &&
                 !(is_alnum(after) || after >= 0x80 || strchr("_@/\\-(=[{", after)) &&
                 !(after == '.' && e + 1 < len && is_alnum(t[e + 1]));
        unsigned f = 0;
        if (ok) {
            char buf[32];
            size_t k = nw_fold((const char *)t + i, e - i, buf, sizeof buf - 1);
            buf[k] = '\0';
            /* "the", "may", "von", "dear": words of the lists; "una", "que", "elle": function
             * words (names_prose7.c) */
            ok = k && !nw_cats(buf) && !(fw && nw_prose7_function_word(buf));
            f = ok ? anon_names_lexicon((const char *)t + i, e - i) : 0;
        }
        w[n++] = (struct lw){i, e, f, ok, e + 1 < len && t[e] == ' '};
        i = e;
    }
    memcpy(out, t, len);
    int prev_raised = 0, intro = 0, assign = 0, after_assign = 0, run = 0, run_given = 0;
    int chat = chat_lines(t, len);
    for (size_t k = 0; k < n; k++) {
        int adjacent = k + 1 < n && w[k].next_adjacent && w[k + 1].s == w[k].e + 1;
        int up = w[k].ok && raise_word(t + w[k].s, w[k].e - w[k].s, w[k].f, prev_raised);
        if (up && prev_raised && chat && !nw_lexname(w[k].f) &&
            !next_word_may(t, w[k], prev_raised))
            up = 0; /* "e vera sta cosa", "karl har": a message's word after a given name */
        int long_run =
            chat && prev_raised && run >= CHAT_RUN_MAX && run_given && !nw_lexname(w[k].f);
        int twice = chat && ((k + 1 < n && same_word(t, w[k], w[k + 1])) ||
                             (k > 0 && same_word(t, w[k - 1], w[k])));
        if (long_run || twice)
            up = 0; /* "ali dayi geldi", "ole ole" */
        /* a name introduced by its bearer, and the word after it ("priya shah"); after an
         * assignment verb, the next word only when the lexicon knows it as a name ("asignado a
         * rodrigo ortega", not "zugewiesen an weindling seit gestern") */
        if (intro) {
            intro--;
        } else {
            assign = !intro_before(t, w[k].s) && assign_before(t, w[k].s) &&
                     !assign_pronoun(t + w[k].s, w[k].e - w[k].s);
            intro = (assign || intro_before(t, w[k].s)) * 2;
        }
        if (!up && intro && w[k].ok && w[k].e - w[k].s >= 2 &&
            (nw_lexname(w[k].f) || (!w[k].f && nw_name_shape(t + w[k].s, w[k].e - w[k].s) >= 0 &&
                                    !(assign && intro == 1))) &&
            (intro == 2 || prev_raised))
            up = 1;
        if (!up)
            intro = 0;
        if (after_assign && !nw_lexname(w[k].f) && assign_after(t + w[k].s, w[k].e - w[k].s))
            up = 0; /* what follows an assigned name: "seit gestern", "since monday" */
        after_assign = up && assign && intro == 2 && adjacent;
        if (!up && !long_run && !twice && w[k].ok && !w[k].f && adjacent && w[k + 1].ok &&
            !w[k + 1].f &&
            raise_pair(t, (size_t[2]){w[k].s, w[k + 1].s}, (size_t[2]){w[k].e, w[k + 1].e}))
            up = 1; /* and the next word follows as a name's next word */
        if (up && raise_at(t, out, w[k].s, len)) {
            raised++;
            for (size_t i = w[k].s + 1; i + 1 < w[k].e; i++)
                if (t[i] == '-' || t[i] == '\'')
                    raise_at(t, out, i + 1, len); /* "Zepeenko-Lanolchuk", "O'Neill": each part */
        }
        if (up && !prev_raised)
            run_given = (w[k].f & ANON_NL_GIVEN) != 0; /* the run opens with a given name */
        run = up ? (prev_raised ? run + 1 : 1) : 0;    /* raised words side by side so far */
        prev_raised = up && adjacent;
        if (prev_raised && (w[k].f & ANON_NL_COMMON))
            prev_raised = AFTER_WORDNAME;
    }
    return raised ? len : 0;
}
