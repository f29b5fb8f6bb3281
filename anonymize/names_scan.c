/* names_scan.c: anon_names_scan's driver: which passes a text gets (a member's value, a CSV, a
 * chat log, the word pass of names.c) and in which order.
 *
 * The findings go into the caller's array; nothing here allocates.
 */
#include "anonymize/names_internal.h"
#include "anonymize/names_scan_internal.h"
#include "anonymize/names_h12rp.h"
#include "anonymize/names_dob17.h"
#include "anonymize/names_dob41.h"
#include "anonymize/names_precheck.h"
#include "anonymize/names_sms57.h"
#include "anonymize/names_typed56.h"
#include "anonymize/names_chat58.h"
#include "anonymize/names_clean57.h"
#include "anonymize/names_clean58.h"

#include <openssl/mem.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define MAX_RUN 6

/* Is text[a .. b) a date and nothing else: "1987-03-04", "04.03.1987", "March 4, 1987", or an
 * ISO date with a time, as systems write a birth date ("1987-03-04T00:00:00Z")? */
static int member_date(const struct sc *s, size_t a, size_t b)
{
    size_t ds, e;
    if (b <= a || b - a > 40)
        return 0;
    if (b - a > 10 && s->t[a + 10] == 'T' && s->t[a + 4] == '-') {
        struct sc d = *s; /* the date up to the 'T', the rest only the digits of a time */
        d.len = a + 10;
        for (size_t i = a + 11; i < b; i++)
            if (!is_digit(s->t[i]) && !strchr(":.+-Z", s->t[i]))
                return 0;
        return nw_date_at(&d, a, &ds) == a + 10 && ds == a;
    }
    size_t i = a; /* "March 4, 1987": the recogniser starts at the day */
    while (i < b && !is_digit(s->t[i]))
        i++;
    e = i < b ? nw_date_at(s, i, &ds) : 0;
    return e == b && ds == a;
}

static int scan(const char *text, size_t len, unsigned kinds, const anon_names_known_t *known,
                int hint, anon_names_emit_fn emit, void *arg, int raised_copy,
                struct nw_learn *learn)
{
    struct sc s;
    struct nw_words words;
    memset(&s, 0, sizeof s);
    s.quoted = (kinds & ANON_NAMES_QUOTED) != 0;
    kinds &= ~ANON_NAMES_QUOTED;
    memset(words.at, 0, sizeof words.at);
    words.t = (const uint8_t *)text;
    words.len = len;
    words.hint = hint;
    s.words = &words;
    struct nw_lines lines; /* the line passes: each line's end found once */
    lines.t = (const uint8_t *)text;
    lines.len = len;
    lines.n = 0;
    lines.ls_pos = lines.ls_start = 0;
    lines.cs_ls = lines.cs_pos = lines.cs_n = 0;
    lines.cs_sep = lines.hs_sep = 0;
    lines.hs_n = lines.hs_h = 0;
    lines.rare = ~0u; /* every byte may be there until nw_rare_bytes() says */
    lines.lk = 0;
    lines.dash = 0;
    lines.script = 0;
    s.lines = &lines;
    struct nw_hits hits[NW_HIT_BYTES]; /* the passes that visit each ':' ')' '<' '=' '@' '/' '|'
                                        * ',' '(' */
    for (int k = 0; k < NW_HIT_BYTES; k++) {
        hits[k].t = (const uint8_t *)text;
        hits[k].len = len;
        hits[k].n = 0;
    }
    s.hits = hits;
    s.raised = raised_copy;
    if (learn && !raised_copy && hint == ANON_NAMES_HINT_NONE &&
        (kinds & (1u << ANON_NAMES_PERSON))) {
        learn->emit = emit; /* names_learn.c: outermost, so that it sees every finding */
        learn->arg = arg;
        emit = nw_learn_emit;
        arg = learn;
        s.learn = learn;
    }
    s.t = (const uint8_t *)text;
    s.len = len;
    s.kinds = kinds;
    s.known = known;
    s.hint = hint;
    s.emit = emit;
    s.arg = arg;
    const uint8_t *t = s.t;
    int rc;
    if (!kinds || !len)
        return 0;
    if (hint == ANON_NAMES_HINT_STREET || hint == ANON_NAMES_HINT_ADDR_PART) {
        size_t a = 0, b = len;
        trim_cell(&s, &a, &b);
        if ((kinds & (1u << ANON_NAMES_ADDRESS)) && nw_street_value(&s, a, b, hint))
            return emit(arg, ANON_NAMES_ADDRESS, a, b);
        s.hint = hint = ANON_NAMES_HINT_NONE;
    }
    if (hint == ANON_NAMES_HINT_DOB) {
        s.hint = hint = ANON_NAMES_HINT_NONE;
        size_t a = 0, b = len;
        trim_cell(&s, &a, &b);
        if ((kinds & (1u << ANON_NAMES_DOB)) &&
            (member_date(&s, a, b) || nw_dob47_member_value(&s, a, b)))
            return emit(arg, ANON_NAMES_DOB, a, b);
    }
    if ((kinds & (1u << ANON_NAMES_PERSON)) && hint == ANON_NAMES_HINT_NONE && !raised_copy &&
        len >= 8 && len <= 200 && t[0] >= 'a' && t[0] <= 'z' && (rc = nw_caps8_lower(&s)) < 0)
        return rc; /* "pranzo con giulia": names_caps8_lower.c */
    int chat = 0;  /* 2: a chat of senders typed in lower case (names_ask57.c): read as typed */
    if ((kinds & (1u << ANON_NAMES_PERSON)) && hint == ANON_NAMES_HINT_NONE && !raised_copy &&
        len >= 8 && (chat = nw_typed56_intros(&s)) < 0)
        return chat; /* "anna vagyok", "soy lucia": names_typed56.c */
    if ((kinds & ((1u << ANON_NAMES_PERSON) | (1u << ANON_NAMES_DOB))) &&
        hint == ANON_NAMES_HINT_NONE && !raised_copy && len >= 24 && (rc = nw_sms57(&s)) < 0)
        return rc; /* "sry anna here", "bday 3.4.88": names_sms57.c */
    if ((kinds & (1u << ANON_NAMES_PERSON)) && hint == ANON_NAMES_HINT_NONE && !raised_copy &&
        chat != 2) {
        uint8_t raised[4096]; /* "follow up with patricia desrosiers": see names_lower.c */
        if (nw_raise_lower(t, len, raised, sizeof raised)) {
            rc = scan((const char *)raised, len, kinds, known, hint, emit, arg, 1, NULL);
            OPENSSL_cleanse(raised, len);
            return rc;
        }
    }
    struct nw_particles parts = {emit, arg, &s, 0}; /* names_particles.c: "Mr. [van Dijk]" */
    if (kinds & (1u << ANON_NAMES_PERSON)) {
        s.emit = emit = nw_particles_emit;
        s.arg = arg = &parts;
    }
    struct nw_dobfam fam = {emit, arg, &s}; /* names_dobfam.c: famous people's births */
    if (kinds & (1u << ANON_NAMES_DOB)) {
        s.emit = nw_dobfam_emit;
        s.arg = &fam;
    }
    /* names_bytes.c: the rare bytes the text holds, for the passes after (the prescan's runs only
     * two searches for them, '<' and '|': one pass for eight costs more there; so does a byte
     * loop, and the call, over a short text, whose searches are short) */
    if (hint != ANON_NAMES_HINT_STRONG && len >= 64 && nw_rare_bytes_fast())
        lines.rare = nw_rare_bytes(t, len);
    for (int k = 2; k <= 6; k++) { /* the slots of '<' '=' '@' '/' '|' (nw_hit_slot()) */
        static const unsigned bit[7] = {0, 0, NW_RB_LT, NW_RB_EQ, NW_RB_AT, NW_RB_SLASH, NW_RB_BAR};
        if (!(lines.rare & bit[k]) && hits[k].n == 0) {
            hits[k].at[0] = len; /* what the first search would find: none */
            hits[k].n = 1;
        }
    }
    if ((kinds & (1u << ANON_NAMES_PERSON | 1u << ANON_NAMES_DOB)) && (rc = csv_names(&s)) < 0)
        return rc;
    if ((kinds & (1u << ANON_NAMES_DOB | 1u << ANON_NAMES_PERSON)) && (rc = nw_mrz_births(&s)) < 0)
        return rc; /* names_mrz.c: passports' and ID cards' machine-readable zones */
    if ((rc = nw_dobw64_births(&s)) < 0)
        return rc; /* names_dobw64.c: births after other scripts' birth words */
    if ((hint == ANON_NAMES_HINT_NONE || hint == ANON_NAMES_HINT_STRONG) &&
        (rc = nw_hl7_fields(&s)) < 0)
        return rc; /* names_hl7.c: HL7 v2 messages */
    if (hint != ANON_NAMES_HINT_STRONG && (rc = nw_travel8(&s)) < 0)
        return rc; /* names_travel8.c: SURNAME/GIVEN in airline and travel records */
    if (hint != ANON_NAMES_HINT_STRONG && (rc = nw_header_tables(&s)) < 0)
        return rc;
    if (hint == ANON_NAMES_HINT_NONE && (rc = nw_field_values(&s)) < 0)
        return rc; /* names_tables2.c: `dob=..`, `"last_name": ..`, SQL and table columns */
    if ((kinds & (1u << ANON_NAMES_PERSON)) && hint != ANON_NAMES_HINT_STRONG &&
        ((rc = chat_names(&s)) < 0 || (rc = nw_table_names(&s)) < 0 ||
         (rc = nw_pipe_columns(&s)) < 0 || (rc = nw_fixed_columns(&s)) < 0 ||
         (rc = nw_chat_speakers(&s)) < 0 || (rc = nw_chat_mentions(&s)) < 0 ||
         (rc = nw_leaks46_cues(&s)) < 0 || (rc = nw_quoted_vocative(&s)) < 0 ||
         (rc = nw_docs4_names(&s)) < 0 || (rc = nw_roster_names(&s)) < 0 ||
         (rc = nw_forms6_names(&s)) < 0 || (rc = nw_lists2_names(&s)) < 0 ||
         (rc = nw_lower11_lists(&s)) < 0 || (rc = nw_casual12_pairs(&s)) < 0 ||
         (rc = nw_tables7_names(&s)) < 0 || (rc = nw_labels7_names(&s)) < 0 ||
         (rc = nw_profileurl_names(&s)) < 0 || (rc = nw_script2_names(&s)) < 0 ||
         (rc = nw_kv8_parties(&s)) < 0 || (rc = nw_roles9_sheets(&s)) < 0 ||
         (rc = nw_struct9_names(&s)) < 0 || (rc = nw_outside10_names(&s)) < 0 ||
         (rc = nw_h9rec_lists(&s)) < 0 || (rc = nw_h12rp_names(&s)) < 0 ||
         (rc = nw_h12rs_names(&s)) < 0))
        return rc;
    size_t ln58 = 0, ls58 = 0; /* names_chat58.c: its walk from the first line that may hold a
                                * stamp */
    if ((kinds & (1u << ANON_NAMES_PERSON)) && hint != ANON_NAMES_HINT_STRONG &&
        nw_chat58_senders_may(&s, &ln58, &ls58) && (rc = nw_chat58_senders(&s, ln58, ls58)) < 0)
        return rc; /* names_chat58.c: the senders of chat exports */
    if (hint == ANON_NAMES_HINT_NONE && (rc = nw_tech41_fields(&s)) < 0)
        return rc; /* names_tech41.c: psql's `\x` rows, sqlite's rows, CoNLL tags, SSML */
    if (hint == ANON_NAMES_HINT_NONE && (rc = nw_tech42_names(&s)) < 0)
        return rc; /* names_tech42.c: names before a mailbox that spells them, RFC 2047, GECOS */
    if (hint == ANON_NAMES_HINT_NONE && (rc = nw_dev59b_logins(&s)) < 0)
        return rc; /* names_dev59b.c: logins in home directories, sudo lines, logfmt */
    if (hint == ANON_NAMES_HINT_NONE && (rc = nw_ops60_logins(&s)) < 0)
        return rc; /* names_ops60.c: logins in PAM/sshd/su lines, events, ARNs, access logs */
    if (hint == ANON_NAMES_HINT_NONE && (rc = nw_left50_rows(&s)) < 0)
        return rc; /* names_left50.c: rows that database errors quote */
    if (hint == ANON_NAMES_HINT_NONE && (kinds & (1u << ANON_NAMES_PERSON)) &&
        ((rc = nw_ops15_voice(&s)) < 0 || (rc = nw_ops15_roles(&s)) < 0))
        return rc; /* names_ops15.c: a contact's name in a voice assistant's command */
    if (hint == ANON_NAMES_HINT_NONE && (rc = nw_reg15_names(&s)) < 0)
        return rc; /* names_reg15.c: the name under a numbered form box's caption */
    if ((hint == ANON_NAMES_HINT_PERSON || hint == ANON_NAMES_HINT_NAME) &&
        (kinds & (1u << ANON_NAMES_PERSON))) {
        size_t a = 0, b = len;
        trim_cell(&s, &a, &b);
        if ((hint == ANON_NAMES_HINT_PERSON &&
             (name_shaped(&s, a, b) || nw_chat58_lower_value(&s, a, b))) ||
            (hint == ANON_NAMES_HINT_NAME && b > a && t[a] >= 'A' && t[a] <= 'Z' &&
             caps_name_value(&s, a, b)) ||
            (b > a && t[a] >= 0xC2 &&
             nw_script_name(&s, a, b, hint == ANON_NAMES_HINT_PERSON ? 1 : 2)))
            return emit(arg, ANON_NAMES_PERSON, a, b); /* "Иван Петров", "王伟" */
    }
    size_t i = 0, next = 0;
    int digits = (kinds & (1u << ANON_NAMES_DOB | 1u << ANON_NAMES_ADDRESS)) != 0;
    /* '.' and ':' stop the pass for lower-case names, which visit_punct() never reports in the
     * prescan */
    int strong = hint == ANON_NAMES_HINT_STRONG;
#ifdef HAVE_NW_AVX2_WALK
    if (nw_use_avx2() && (rc = nw_walk_avx2_blocks(&s, &i, &next, digits, strong)) < 0)
        return rc;
#endif
#ifdef __SSE2__
    if ((rc = nw_walk_sse2(&s, &i, &next, digits, strong)) < 0)
        return rc;
#endif
    for (i = i > next ? i : next; i < len;) {
        uint8_t c = t[i];
        if (!strong && (c == '.' || c == ':') && i + 2 < len && t[i + 1] == ' ' &&
            ((t[i + 2] >= 'a' && t[i + 2] <= 'z') ||
             ((t[i + 2] == '"' || t[i + 2] == '\\') && c == ':'))) {
            if ((rc = nw_visit_punct(&s, i, &i)) < 0)
                return rc;
            continue;
        }
        if (!strong && c == '.' && nw_files10_may(t, len, i)) {
            size_t e = i + 1;
            if ((rc = nw_files10(&s, i, &e)) < 0)
                return rc;
            i = e;
            continue;
        }
        if (!((c >= 'A' && c <= 'Z') || (digits && is_digit(c)) || (c >= 0xC3 && c <= 0xC8))) {
            i++;
            continue;
        }
        if (i && (uint8_t)(t[i - 1] - 'a') < 26 && is_digit(c)) { /* the walk's glued digits */
            size_t e = i;
            if ((rc = nw_typed55_glued(&s, i, &e)) < 0)
                return rc;
            if (e > i) {
                i = e;
                continue;
            }
        }
        if ((rc = nw_visit(&s, i, &i)) < 0)
            return rc;
    }
    return 0;
}

int anon_names_scan(const char *text, size_t len, unsigned kinds, const anon_names_known_t *known,
                    int hint, anon_names_emit_fn emit, void *arg)
{
    struct nw_asr_filter f; /* names_asr.c: a speech-to-text transcript is read as words first */
    struct nw_learn learn;  /* names_learn.c: only its counts need a start */
    learn.n = learn.persons = learn.last_person = learn.asked = 0;
    learn.out = NULL;
    if (nw_learn_traced) { /* the trainer: the chain's end tells which runs got through */
        learn.out = emit;
        learn.out_arg = arg;
        learn.probe = 0;
        emit = nw_learn_sink;
        arg = &learn;
    }
    struct nw_link tail = {(const uint8_t *)text, len, emit, arg};                   /* chat58.c */
    struct nw_link last = {(const uint8_t *)text, len, nw_chat58_tail_emit, &tail};  /* forms44.c */
    struct nw_prec14 p = {(const uint8_t *)text, len, nw_forms44_emit, &last, 0, 0}; /* prec14.c */
    struct nw_link h = {(const uint8_t *)text, len, nw_prec14_emit, &p};  /* names_h11prec.c */
    struct nw_link q = {(const uint8_t *)text, len, nw_h11prec_emit, &h}; /* names_prec38.c */
    struct nw_link r = {(const uint8_t *)text, len, nw_prec38_emit, &q};  /* names_street40.c */
    struct nw_place41 v = {
        (const uint8_t *)text, len, nw_street40_emit, &r, {0}, {0}, 0};   /* names_place41.c */
    struct nw_link w = {(const uint8_t *)text, len, nw_place41_emit, &v}; /* names_leaks42.c */
    struct nw_link x = {(const uint8_t *)text, len, nw_leaks42_emit, &w}; /* names_fp43.c */
    struct nw_link y = {(const uint8_t *)text, len, nw_fp43_emit, &x};    /* names_fp44.c */
    struct nw_link yp = {(const uint8_t *)text, len, nw_fp44_emit, &y};   /* names_prose44.c */
    struct nw_leaks44 z = {
        (const uint8_t *)text, len, nw_prose44_emit, &yp, SIZE_MAX, SIZE_MAX}; /* names_leaks44.c */
    struct nw_link z45 = {(const uint8_t *)text, len, nw_leaks44_emit, &z};    /* names_leaks45.c */
    struct nw_link f45 = {(const uint8_t *)text, len, nw_leaks45_emit, &z45};  /* names_fp45.c */
    struct nw_link f46 = {(const uint8_t *)text, len, nw_fp45_emit, &f45};     /* names_prec46.c */
    struct nw_link f47 = {(const uint8_t *)text, len, nw_prec46_emit, &f46};   /* names_prec47.c */
    struct nw_link f50 = {(const uint8_t *)text, len, nw_prec47_emit, &f47}; /* names_struct50.c */
    struct nw_link t52 = {(const uint8_t *)text, len, nw_struct50_emit, &f50}; /* typed52.c */
    struct nw_link t56 = {(const uint8_t *)text, len, nw_typed52_emit, &t52};  /* typed56.c */
    struct nw_link c57 = {(const uint8_t *)text, len, nw_typed56_emit, &t56};  /* clean57.c */
    struct nw_link h58 = {(const uint8_t *)text, len, nw_clean57_emit, &c57};  /* chat58.c */
    struct nw_clean58 c58 = {
        {(const uint8_t *)text, len, nw_chat58_emit, &h58}, SIZE_MAX, 0};     /* clean58.c */
    struct nw_link a65 = {(const uint8_t *)text, len, nw_clean58_emit, &c58}; /* addrw65.c */
    struct nw_link w65 = {(const uint8_t *)text, len, nw_addrw65_emit, &a65}; /* world65.c */
    emit = nw_world65_emit;
    arg = &w65;
    if (hint == ANON_NAMES_HINT_NONE &&
        nw_asr_begin(&f, text, len, kinds & ~ANON_NAMES_QUOTED, emit, arg)) {
        int rc =
            f.rc < 0 ? f.rc : scan(text, len, kinds, known, hint, nw_asr_filter_emit, &f, 0, NULL);
        nw_asr_end(&f);
        return rc;
    }
    return scan(text, len, kinds, known, hint, emit, arg, 0, &learn);
}

int anon_names_kind(const char *type)
{
    if (strcmp(type, "PERSON") == 0)
        return ANON_NAMES_PERSON;
    if (strcmp(type, "STREET_ADDRESS") == 0)
        return ANON_NAMES_ADDRESS;
    if (strcmp(type, "DATE_OF_BIRTH") == 0)
        return ANON_NAMES_DOB;
    return -1;
}
