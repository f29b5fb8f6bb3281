/* anon_internal.h: private to anonymize/. What the detector engine, the session and the
 * rewriter/restorer share inside the module, and nothing the rest of hush may use.
 *
 * The first section (tokens) is for both halves of the module; the second (detector
 * definitions) is only for engine*.c, detectors_*.c and validate.c.
 */
#ifndef HUSH_ANON_INTERNAL_H
#define HUSH_ANON_INTERNAL_H

#include "anonymize/anonymize.h"

#include <stddef.h>

/* ---- tokens ------------------------------------------------------------------------------ */
/* Length of the token at p ('[' TYPE '_' N ']', TYPE [A-Z][A-Z0-9_]*, N decimal without leading
 * zeros, at most ANON_TOKEN_MAX bytes) or 0 when p does not start with one. On success *type_len
 * and *num (saturated at SIZE_MAX for absurd numbers) describe it; TYPE is p[1 .. 1+type_len). */
size_t anon_token_parse(const char *p, size_t n, size_t *type_len, size_t *num);

/* ---- buffers (buf.c) --------------------------------------------------------------------- */
/* Before writing past len up to end: the high-water mark raised over those bytes. */
static inline void anon_buf_mark(anon_buf_t *b, size_t end)
{
    if (end > b->hw)
        b->hw = end;
}
/* For tests: called with every block a buffer gives back (grown out of, or freed) after
 * its wipe, with its capacity and how many bytes from its start were wiped. */
typedef void (*anon_buf_release_fn)(const uint8_t *p, size_t cap, size_t wiped);
void anon_buf_release_hook_for_tests(anon_buf_release_fn fn);

/* datauri.c. Is the media type (no parameters) text hush can scan? *json: 1 for one JSON text,
 * 2 for JSON lines, 0 otherwise. */
int anon_media_is_text(const char *mt, size_t n, int *json);
/* A data: URI of a text media type: 1 with *payload the offset of its data, *b64 whether that is
 * base64; 0 for any other string (binary media stay opaque). */
int anon_data_uri_text(const char *s, size_t n, size_t *payload, int *b64, int *json);
/* Standard or URL-safe alphabet, whitespace and missing padding allowed; ANON_ERR_ENCODING for
 * anything else. */
int anon_base64_decode(anon_buf_t *out, const char *s, size_t n);
int anon_base64_encode(anon_buf_t *out, const uint8_t *p, size_t n);
/* Text bytes: valid UTF-8 without control characters but tab, CR, LF and FF. */
int anon_looks_text(const uint8_t *p, size_t n);
/* rewrite_datauri55.c. Does base64 text begin with text? Its first 48 bytes decide (images,
 * audio, fonts and archives begin with binary headers). */
int anon_b64_starts_text(const char *s, size_t n);
/* Base64 payloads inside a string's text (a data: URI in a prompt, a blob in pasted JSON) that
 * decode to text, rewritten and encoded again in their own shape: > 0 replacements with the whole
 * new text in out, 0 when nothing changed (out as it was), < 0 on failure. */
int anon_rewrite_b64_inline(anon_session_t *s, const char *p, size_t n, unsigned depth,
                            anon_buf_t *out);

/* rewrite.c: text of a known kind (json 1: a JSON text, 2: JSON lines, 0: text) rewritten into
 * out like a request body's strings; returns replacements or < 0. */
int anon_rewrite_payload(anon_session_t *s, const char *p, size_t n, int json, unsigned depth,
                         anon_buf_t *out);

/* rewrite_numkey.c (rewrite.c's JSON numbers). May the member at seg label a number under it
 * ("ssn": 536228451)? The number num (n bytes) after the label's ": " in text[0 .. pl) as the
 * scan rewrote it in tmp: 1 and its start in *at when rewritten, 0 when it stands as it was,
 * ANON_ERR_CONFIG when a finding crosses the ": ". Do the 13 digits at d carry a valid EAN-13
 * check digit? */
struct anon_json_seg;
int anon_label_key(const struct anon_json_seg *seg);
int anon_key_value_split(const char *text, size_t pl, const char *num, size_t n,
                         const anon_buf_t *tmp, size_t *at);
int anon_ean13_digits(const char *d);

/* The engine a session was made for. */
const anon_engine_t *anon_session_engine(const anon_session_t *s);

/* strlen of every type name, indexed like anon_engine_type_name; owned by the engine. */
const size_t *anon_engine_type_lens(const anon_engine_t *e);
/* ... and the names themselves, by type index (the engine's own array: do not free) */
char *const *anon_engine_type_names(const anon_engine_t *e);

/* ---- detector definitions (engine*.c, detectors_*.c, validate.c) ------------------------- */
/* A validator sees the candidate value and returns how many of its bytes are the real value
 * (usually n; less when the pattern over-matched, e.g. an IBAN followed by another group), or 0
 * to reject it. */
typedef size_t (*anon_validate_fn)(const char *p, size_t n);
/* A context check sees the whole subject text[0 .. len) and a validated value text[s .. e);
 * it returns 0 when the text around says the value is something else (a version number after
 * "version" or "==", say). It runs after the validator, only for accepted values, for the
 * built-in types engine.c pairs it with. */
typedef int (*anon_context_fn)(const char *text, size_t len, size_t s, size_t e);
/* For an anchored literal detector: what its context check asks of the text before a match,
 * judged where the trigger literal starts (text[at]) before the pattern runs. 0 only when the
 * context check would reject every value a match anchored there can have: the pattern is not
 * run (engine.c pairs one with a type's context check). */
typedef int (*anon_anchor_fn)(const char *text, size_t at);
/* A digit window as the gates see it (gate.c): the subject text[0 .. to) (lookbehinds may see
 * before from, never past to), searched from `from`, with its maximal ASCII digit runs. */
/* Room for the runs of long windows too (numpy prints, hash and id lists, logs: digits every few
 * bytes make one window of kilobytes); a window with more runs is not judged and every pattern
 * runs over all of it. */
#define ANON_GATE_RUNS 1024
typedef struct anon_window {
    const char *text;
    size_t from, to;
    size_t nruns;
    struct {
        size_t s, e; /* text[s .. e) */
    } run[ANON_GATE_RUNS];
} anon_window_t;
/* A gate tells whether a digit detector's pattern could yield a candidate its validator accepts
 * in the window: 0 only when it provably could not, so the engine may skip the pattern there.
 * Called only for windows that are all ASCII and hold at most ANON_GATE_RUNS digit runs. */
typedef int (*anon_gate_fn)(const anon_window_t *w);

enum {
    ANON_DF_CHECKSUM = 1u << 0, /* validator is a checksum: its findings beat unvalidated ones */
    ANON_DF_NOCASE = 1u << 1,   /* trigger literals match ASCII case-insensitively */
    ANON_DF_WINDOW = 1u << 2,   /* literal lies inside the match: scan the whitespace-delimited
                                   window around it instead of matching anchored at it */
    ANON_DF_SCANNER = 1u << 3,  /* no pattern: found by the NAMES scanner (names.c) */
    ANON_DF_AROUND = 1u << 4,   /* literal lies inside a match that may hold spaces: scan a few
                                   words before and after it (engine_sweep.c, AROUND_*) */
    ANON_DF_DOTWORD = 1u << 5,  /* AROUND, and also triggered by the word " dot " (any case),
                                   which the sweep cannot afford as a literal: anon_find_ex's
                                   first pass over the text tells whether it holds one */
    ANON_DF_ATHOST = 1u << 6,   /* AROUND, and a literal (".c", ".d"...) is a host's last dot:
                                   run only where engine_sweep.c's at_host_may() says the host
                                   follows an "at" word ("maria.keller at example.com") */
};

/* How a detector is triggered, cheapest first:
 * - literals != NULL: only where one of the literals occurs (anchored there unless WINDOW);
 * - min_digits > 0: only in windows around digit runs holding at least min_digits digits
 *   (and the byte `need`, when set);
 * - neither (custom detectors): over the whole text.
 * A pattern with a named group "v" reports that group as the value instead of the whole match. */
typedef struct anon_detector_def {
    const char *type;
    const char *pattern;
    anon_validate_fn validate;
    unsigned flags;
    const char *const *literals;
    unsigned min_digits;
    char need;
    anon_gate_fn gate; /* digit detectors only; NULL runs the pattern in every window */
} anon_detector_def_t;

typedef struct anon_pack {
    const char *name;
    const anon_detector_def_t *defs;
    size_t ndefs;
} anon_pack_t;

extern const anon_pack_t anon_pack_secrets, anon_pack_global, anon_pack_us, anon_pack_de,
    anon_pack_fr, anon_pack_nl, anon_pack_uk;
extern const anon_pack_t anon_pack_people; /* detectors_names.c */

/* ---- the NAMES pack's hooks (engine.c, session.c, rewrite.c) ----------------------------- */
typedef struct anon_names_known anon_names_known_t;
/* anon_find, also given the request's known names (may be NULL) and what the JSON member holding
 * the text says about it (ANON_NAMES_HINT_*, names.h). */
int anon_find_ex(const anon_engine_t *e, const char *text, size_t len,
                 const anon_names_known_t *known, int hint, anon_finding_t **out, size_t *n);
/* The type index of PERSON in this engine, or SIZE_MAX when the NAMES pack is off. */
size_t anon_engine_person_type(const anon_engine_t *e);
/* The type index of DATE_OF_BIRTH in this engine, or SIZE_MAX when the NAMES pack is off. */
size_t anon_engine_dob_type(const anon_engine_t *e);
size_t anon_engine_street_type(const anon_engine_t *e); /* STREET_ADDRESS's, or SIZE_MAX */
/* Whether the engine runs any NAMES kind (the only reader of a member key's names hint). */
int anon_engine_has_names(const anon_engine_t *e);
/* Whether text[0 .. len) is one of a few JSON values that carry no data ("user", "assistant",
 * "system": a chat message's role) and that anon_find_ex finds nothing in without known names and
 * hints: asked once per engine when it is made, so a caller whose request knows no name yet may
 * take no finding as the answer without scanning. */
int anon_engine_plain_value(const anon_engine_t *e, const char *text, size_t len);
/* This engine's number among every engine the process made (never reused). */
uint64_t anon_engine_uid(const anon_engine_t *e);

/* ---- scan_cache.c: SipHash-2-4 with 128-bit output, keyed by the process's cache key -------- */
typedef struct anon_sip {
    uint64_t v[4];
    uint64_t tail; /* bytes not yet folded, little-endian */
    size_t n;      /* bytes fed in all */
} anon_sip_t;
void anon_sip_init(anon_sip_t *h); /* with the process's random key (drawn on first use) */
void anon_sip_update(anon_sip_t *h, const void *p, size_t n);
void anon_sip_final(anon_sip_t *h, uint64_t out[2]); /* wipes h */
/* Does the state now meet the conditions an entry was kept with (dep[0 .. n), put's)? */
typedef int (*anon_scan_cache_ok_fn)(void *arg, const uint64_t *dep, size_t n);
/* 1 and the answer kept under key (*f malloc'd, NULL when *nf is 0), or 0. An entry kept with
 * conditions is answered only when ok(arg, ...) says they hold (asked under the lock). */
int anon_scan_cache_get(anon_scan_cache_t *c, const uint64_t key[2], anon_finding_t **f, size_t *nf,
                        int *rc, anon_scan_cache_ok_fn ok, void *arg);
/* Keeps an answer under key (replacing one there) with its conditions dep[0 .. ndep) (0: none). */
void anon_scan_cache_put(anon_scan_cache_t *c, const uint64_t key[2], int rc,
                         const anon_finding_t *f, size_t nf, const uint64_t *dep, size_t ndep);
/* Collects the names a whole request body shows (before its strings are scanned one by one). */
int anon_session_prescan(anon_session_t *s, const char *body, size_t len);
/* anon_session_scan_text for a JSON member's name: a person in it gets the token of its own
 * form, never the one of the same person's other form ("Keller, Maria" beside "Maria Keller"), so
 * two names of one object never become one (distinct values, distinct tokens) and each restores
 * to its own bytes. owner: the key of the object that holds it, when that names people
 * ("reviewers"; NULL: none). */
int anon_session_scan_key(anon_session_t *s, const char *owner, size_t owner_len, const char *text,
                          size_t len, anon_buf_t *out);
/* anon_session_scan_text for the value of a JSON member named key (NULL: none). */
int anon_session_scan_member(anon_session_t *s, const char *key, size_t key_len, const char *text,
                             size_t len, anon_buf_t *out);
/* anon_session_scan_member for a text that follows one which ended on a form's label
 * (label[0 .. ll), "Geburtsdatum: "): the text is read after that label. */
int anon_session_scan_after(anon_session_t *s, const char *label, size_t ll, const char *key,
                            size_t key_len, const char *text, size_t len, anon_buf_t *out);
/* anon_session_scan_member for text that joins several parts: cut[0 .. ncut) are the offsets
 * (ascending) where a part ends and sep[i] separator bytes (0 or 1) stand before the next part;
 * outcut[i] receives where cut[i] lands in out (as an offset from the start of out's data). A
 * finding that crosses a cut becomes its token in each part it touches. */
int anon_session_scan_cut(anon_session_t *s, const char *key, size_t key_len, const char *text,
                          size_t len, const size_t *cut, const uint8_t *sep, size_t ncut,
                          size_t *outcut, anon_buf_t *out);
/* The label a JSON member's key gives its value for the label-gated detectors ("phone: " for
 * "mobileNo", the key itself for "client_secret"), *len its length; NULL for other keys. */
const char *anon_member_label(const char *key, size_t n, size_t *len);
/* The ANON_NAMES_HINT_* a JSON member's key gives its value (the names pass's hint), from its
 * folded spelling ("fullName", "patient_dob"); ANON_NAMES_HINT_NONE for other keys. */
int anon_member_hint(const char *key, size_t n);

/* Boundaries for number-shaped values. Letters of alphabetic scripts and digits glue to a number;
 * CJK and Thai text has no spaces between words, so its letters must not (a phone number in
 * "電話+81 3 1234 5678です" is still found). A number never starts after a sign, a decimal point,
 * a path or an id separator, nor after "12:" or "12," (times, lists; "BSN:123" is fine); it never
 * runs on into a decimal, time or range continuation or the next group of a UUID ("-Fax" after a
 * number is a label, not a continuation). */
#define ANON_WORDCH "\\p{N}\\p{Latin}\\p{Greek}\\p{Cyrillic}\\p{Arabic}\\p{Hebrew}\\p{Armenian}_"
#define ANON_NUM_START "(?<![" ANON_WORDCH "\\-+./#$€£@])(?<!\\d[,:])"
/* Cards carry a checksum and an issuer range, so they may also stand after '#', and after "12,"
 * (a CSV row: a card's first group has four or more digits, a thousands group three). */
#define ANON_CARD_START "(?<![" ANON_WORDCH "\\-+./$€£@])(?<!\\d:)"
/* ... and cards and phones may run on into ",": the next field of a CSV row */
#define ANON_CARD_END "(?![" ANON_WORDCH "]|[\\-.:/]\\d|-[0-9A-Fa-f]{4})"
/* A phone may follow "12," (a CSV row, a list without spaces) when it starts with '+' or a trunk
 * 0, or is a bare run of 10-11 digits (no thousands group does; a bare run still needs its label,
 * anon_c_phone: a column header or a list's name). It may follow a '#' that follows no word byte
 * ("nås #41 34 93 34", "#0612345678": a note's mark, not "issue#123"; branch phone56). */
#define ANON_PHONE_START                                                                           \
    "(?:(?<![" ANON_WORDCH "\\-+./#$€£@])|(?<=#)(?<![" ANON_WORDCH "]#))"                          \
    "(?:(?<!\\d[,:])|(?<=\\d,)(?=\\+|0\\d|\\d{10,11}(?!\\d)))"
#define ANON_NUM_END "(?![" ANON_WORDCH "]|[\\-.,:/]\\d|-[0-9A-Fa-f]{4})"

/* validate.c */
size_t anon_v_luhn(const char *p, size_t n);
size_t anon_v_iban(const char *p, size_t n);
size_t anon_v_us_ssn(const char *p, size_t n);
size_t anon_v_us_itin(const char *p, size_t n);
size_t anon_v_ipv4(const char *p, size_t n);
size_t anon_v_ipv6(const char *p, size_t n);
size_t anon_v_email(const char *p, size_t n);
size_t anon_v_phone(const char *p, size_t n);
size_t anon_v_jwt(const char *p, size_t n);
size_t anon_v_bearer(const char *p, size_t n);
size_t anon_v_basic(const char *p, size_t n);
size_t anon_v_de_taxid(const char *p, size_t n);
size_t anon_v_de_svnr(const char *p, size_t n);
size_t anon_v_fr_nir(const char *p, size_t n);
size_t anon_v_nl_bsn(const char *p, size_t n);
size_t anon_v_uk_nino(const char *p, size_t n);
size_t anon_v_uk_nhs(const char *p, size_t n);
size_t anon_v_secret(const char *p, size_t n);
int anon_c_email(const char *text, size_t len, size_t s, size_t e);
int anon_c_ipv4(const char *text, size_t len, size_t s, size_t e);
/* ipv4_version.c (branch ver14): 1 when the words around the dotted quad text[s,e) make it a
 * version or a section number (a package name before it, a changelog heading, "section", "§") */
int anon_ipv4_version_cue(const char *text, size_t len, size_t s, size_t e);
int anon_c_phone(const char *text, size_t len, size_t s, size_t e);
/* example66.c: 1 when the finding text[s,e) of the named type is provably no one's: a PHONE in a
 * range reserved for fiction (NANPA 555-01XX, Ofcom drama ranges), an EMAIL that is a message id
 * on a Message-ID/In-Reply-To/References header */
int anon_example66_drop(const char *type, const char *text, size_t len, size_t s, size_t e);
int anon_c_ssn_label(const char *text, size_t len, size_t s, size_t e);
int anon_c_secret_key(const char *text, size_t len, size_t s, size_t e);
int anon_secret_key_end(const char *text, size_t p);
int anon_a_secret_key(const char *text, size_t at);
int anon_c_card(const char *text, size_t len, size_t s, size_t e);
unsigned anon_iban_country_len(char a, char b); /* 0 for a country without IBANs */
/* e164.c (branch pci8): do n digits read as a country calling code and a national significant
 * number of that country's length (an international number written without its '+')? */
int anon_e164_ok(const char *p, size_t n);
/* phone_labels.c: do the words right before text[s] on its line name an id, a document or a
 * register ("Policy no.", "Kundennummer", "Lab sample ID") and no phone? */
int anon_phone_id_label(const char *text, size_t s);
int anon_phone_stem_before(const char *text, size_t s);
/* ... and does a JSON member's key name one ("order_id", "serialNumber", "mtcn")? */
int anon_phone_id_key(const char *k, size_t n);

/* phone56.c: a phone symbol or a one-letter label with its colon ("☎️", "T:", "M:") right
 * before text[s]; a verb that asks for a call ("anrufen", "rappeler"); the number before a
 * joiner ("... oder ", "... ou ", "... & "): its start, its end in *end, SIZE_MAX if none. */
int anon_phone56_mark(const char *text, size_t s);
int anon_phone56_verb(const char *text, size_t s);
size_t anon_phone56_joined(const char *text, size_t s, size_t *end);
/* ... the text of a tel: link ("[45 74 23 96](tel:...)", "<a href=\"tel:...\">...</a>"). */
int anon_phone56_tel_link(const char *text, size_t len, size_t s, size_t e);

/* labels.c: does one of the labels (lower case, NULL-terminated) stand before text[s], read back
 * over separators, quotes, brackets and the earlier items of a list, or head its table column? */
int anon_labelled(const char *text, size_t s, const char *const *labels);
/* ... only as the head of its table column (not a label before it, not a list's name). */
int anon_column_labelled(const char *text, size_t s, const char *const *labels);
/* Forget the table header anon_labelled remembers for the rows of one text (end of anon_find). */
void anon_labels_forget(void);

/* gate.c */
int anon_g_card(const anon_window_t *w);
int anon_g_iban(const anon_window_t *w);
int anon_g_ipv4(const anon_window_t *w);
int anon_g_ipv6(const anon_window_t *w);
int anon_g_phone(const anon_window_t *w);
int anon_g_wa_phone(const anon_window_t *w); /* a WhatsApp link's number (branch profileurl) */
int anon_g_us_ssn(const anon_window_t *w);
int anon_g_us_itin(const anon_window_t *w);
/* a card, IBAN, phone or SSN split by '/', '_' or '.' or over a JSON array (detectors_global.c) */
int anon_g_card_split(const anon_window_t *w);
int anon_g_iban_split(const anon_window_t *w);
int anon_g_phone_split(const anon_window_t *w);
int anon_g_ssn_split(const anon_window_t *w);
int anon_g_de_taxid(const anon_window_t *w);
int anon_g_de_svnr(const anon_window_t *w);
int anon_g_fr_nir(const anon_window_t *w);
int anon_g_nl_bsn(const anon_window_t *w);
int anon_g_uk_nino(const anon_window_t *w);
int anon_g_uk_nhs(const anon_window_t *w);
/* One pass over a window's runs for the gates that have a summary: bit ANON_GB_* clear means
 * that gate says no for the window; set means it may say yes (ask the gate). want: the bits to
 * compute (the others may come back set). anon_gate_bit: a gate's bit, 0 for a gate without. */
enum {
    ANON_GB_CARD = 1u << 0,
    ANON_GB_IBAN = 1u << 1,
    ANON_GB_IPV4 = 1u << 2,
    ANON_GB_PHONE = 1u << 3,
    ANON_GB_US_SSN = 1u << 4,
    ANON_GB_US_ITIN = 1u << 5,
    ANON_GB_SPLIT = 1u << 6, /* the four anon_g_*_split */
};
unsigned anon_gates_maybe(const anon_window_t *w, unsigned want);
unsigned anon_gate_bit(anon_gate_fn g);

/* session.c: the token for value v[0..n) of type (issued if new) into tok (cap >= ANON_TOKEN_MAX
 * + 1), counted as one replacement: its length, 0 when the type is kept, < 0 an error. */
int anon_session_issue(anon_session_t *s, size_t type, const char *v, size_t n, char *tok,
                       size_t cap);
struct anon_json_path;
/* rewrite_array.c: a JSON array of short scalars (json_rewrite.h's anon_json_arr_fn) that joins
 * to one value: each element becomes a string holding its own token. */
int anon_rewrite_array(anon_session_t *s, const struct anon_json_path *path, const uint8_t *raw,
                       size_t n, anon_buf_t *out, size_t *changes);
/* rewrite_tokenish.c: could any string of the raw JSON body p[0 .. n) decode to token-shaped
 * text (then the reservation walk runs)? 0 only when none can. */
int may_hold_token(const uint8_t *p, size_t n);
/* rewrite_pieces54.c: a value cut anywhere over an array's strings. Is s[0..n) a separator string
 * (1 to 3 bytes of blanks, '-', '/', '.', '@')? A piece of an e-mail (at most 64 bytes of
 * [A-Za-z0-9._+-@]; *at set when it holds '@')? anon_pieces_type: the type of the one finding
 * that holds label[0..ll) + every element joined with nothing between (raw + at[i], len[i]; all
 * strings, two pieces or more besides separators), or SIZE_MAX (never a person). */
#define ANON_PIECES_TEXT 640
/* An object of 2 to ANON_JSON_ARR_MAX members whose names are plain (at most 40 bytes) and whose
 * values are strings an array could hold (numbers are left to the walk: libphonenumber's
 * {"countryCode": 34, "nationalNumber": ...}), six digits or more among them, at p
 * ('{'): the offset just past its '}', or 0. The walker offers it as it offers a short array. */
size_t anon_json_short_object(const uint8_t *in, const uint8_t *p, const uint8_t *end);
/* The phone, SSN or card label one of such an object's member names gives (its trailing digits
 * and '_' dropped: "card_part1"), or NULL. */
const char *anon_member_name_label(const uint8_t *raw, size_t n, size_t *ll);
/* The part ('y', 'm', 'd' as part() reads it) a member's own name gives a birth's number:
 * "dob_year", "birth_month", "annee_naissance" (a birth word before or after the last '_'); 0. */
int anon_dob_part_member(const uint8_t *k, size_t n, int (*part)(const uint8_t *, size_t));
int anon_json_sep_piece(const uint8_t *s, size_t n);
int anon_json_mail_piece(const uint8_t *s, size_t n, int *at);
size_t anon_pieces_type(anon_session_t *s, const char *label, size_t ll, const uint8_t *raw,
                        const size_t *at, const size_t *len, const int *str, size_t k);
/* rewrite_parts53.c: a birth date as its numbers under a birth key. Are the k (3) parts (digits)
 * a valid date when the array's member names a birth ("dob": [1987, 3, 12])? Is the number s (a
 * JSON integer) a year, month or day under its part's key ("y", "month", "tag") in an object
 * that a birth key holds ("dob": {"y": 1987, "m": 3, "d": 12})? */
int anon_dob_parts_array(const struct anon_json_path *path, const char *const *part,
                         const size_t *len, size_t k);
int anon_dob_part_number(const struct anon_json_path *path, const char *s, size_t n);
/* Is the object whose member name is being read held by a birth key ("by_dob": {...})? */
int anon_dob_key_owner(const struct anon_json_path *path);
/* The DATE_OF_BIRTH token of such a part appended to out as a JSON string: 1, 0 when the type is
 * kept, < 0 an error. */
int anon_dob_part_token(anon_session_t *s, const char *v, size_t n, anon_buf_t *out);
/* rewrite_table.c: an array of arrays (Sheets values) whose first row or column names the others.
 */
#define ANON_TABLE_COLS 16
#define ANON_TABLE_CELL 40
typedef struct anon_table {
    const uint8_t *in, *up_key; /* the table: its walk input, depth and place in its parent */
    size_t up_index, row;
    unsigned depth;
    char head[ANON_TABLE_COLS][ANON_TABLE_CELL]; /* first-row cells that name a field */
    uint8_t head_len[ANON_TABLE_COLS];
    char first[ANON_TABLE_CELL]; /* the first cell of row `row`, when it names a field */
    uint8_t first_len;
    int strong;             /* a header names a birth date, a street or a name's part */
    int columns;            /* by columns: each inner array's first cell is the header */
    const uint8_t *cols_in; /* where the last "majorDimension": "COLUMNS" was walked */
    unsigned cols_depth;
} anon_table_t;
/* rewrite_phone52.c. Does a member after the one ending at p (raw JSON, up to end) in the same
 * object, a "kind", "type", "label", "channel", "medium" or "system", name a phone
 * ({"value": 4917012345678, "kind": "mobile"})? */
int anon_phone_kind_after(const uint8_t *p, const uint8_t *end);
/* Is the raw member name k[0 .. n) shaped as a person's name (2-4 capitalised words, no digit)? */
int anon_phone_name_key(const uint8_t *k, size_t n);
/* Is s[0 .. n) a run of 9-15 digits with at most a leading '+' and spaces? */
int anon_phone_digits_value(const char *s, size_t n);
/* A cell of an array of arrays at path: 1 and *key (the header cell that names its column, or its
 * row's first cell) when it has one, else 0. The header cells themselves give 0. */
int anon_table_key(anon_table_t *t, const struct anon_json_path *path, const char *s, size_t n,
                   const char **key, size_t *key_len);
/* The value s of a "majorDimension" member at path: "COLUMNS" turns the next table beside it. */
void anon_table_major(anon_table_t *t, const struct anon_json_path *path, const char *s, size_t n);
/* rewrite_ctx.c: what the strings before say about the next, and an object's key about its
 * members. */
#define ANON_LEAD_MAX 40  /* the longest form label carried from one tool result to the next */
#define ANON_HEAD_MAX 200 /* the longest CSV header line carried to the next tool result */
struct anon_json_seg;
typedef struct anon_ctx {
    /* the object whose "role"/"type" said it is a tool's result */
    const uint8_t *tool_in;
    uint64_t tool_at;
    unsigned tool_depth;
    /* the label a tool result's text ended on, for the next tool result's text */
    const uint8_t *lead_in;
    size_t lead_len;
    char lead[ANON_LEAD_MAX + 2];
    /* the CSV header line a tool result's text opened with, for the rows of the next pages */
    const uint8_t *head_in;
    size_t head_len; /* with its line break */
    unsigned head_cols;
    char head_sep;
    char head[ANON_HEAD_MAX + 2];
} anon_ctx_t;
/* Is the member k at path the text of a tool's result? */
int anon_ctx_tool_text(const anon_ctx_t *c, const struct anon_json_path *path,
                       const struct anon_json_seg *k);
/* The value s of a "role" or "type" member at path. */
void anon_ctx_role(anon_ctx_t *c, const struct anon_json_path *path, const char *s, size_t n);
/* After a tool result's text s: keep the form label it ends on, if any, for the next one. */
void anon_ctx_lead(anon_ctx_t *c, const struct anon_json_path *path, const char *s, size_t n);
/* Does the tool result's text s hold rows of the CSV whose header an earlier page opened with?
 * Then it is read after that header line (c->head, c->head_len). */
int anon_ctx_rows(const anon_ctx_t *c, const struct anon_json_path *path, const char *s, size_t n);
/* Is the member name s at path a user's handle ("mkeller", "j.smith", "@mkeller") under a key
 * that holds people's accounts ("users", "members", "acl")? */
int anon_ctx_handle_key(const struct anon_json_path *path, const uint8_t *s, size_t n);
/* The member name s[0..n) masked whole as a person (a handle key): its token, or s as it is when
 * people are kept, appended to out; the number of values replaced. */
int anon_ctx_mask_key(anon_session_t *s, const char *v, size_t n, anon_buf_t *out);
/* Does a member name read like a person's name or handle ("Anna Kovač", "j.smith")? */
int anon_ctx_name_like(const uint8_t *k, size_t n);
/* The key of the object holding the member at path when it names a field (*hint set), or NULL. */
const struct anon_json_seg *anon_ctx_owner(const struct anon_json_path *path, int *hint);
/* rewrite_born.c: is the value v of the member key at path a person's name because a birth
 * date's member follows it in the same object ({"name": "Lea", "dob": "2017-01-01"})? */
int anon_born_name(const struct anon_json_path *path, const uint8_t *key, size_t kn, const char *v,
                   size_t vn);
/* rewrite_chat58.c: is the value v of the member at path a chat export's sender: a sender's key
 * ("from", "actor", "user_name") beside a message's text member ("text", "content")? 1: yes,
 * -1: a sender or "displayName" of a bot (left as it is), 0: neither. */
int anon_chat58_sender(const struct anon_json_path *path, const struct anon_json_seg *last,
                       const char *v, size_t vn);
/* The test before anon_chat58_sender() (0: it answers 0): a key of 4 to 12 bytes that opens as
 * a sender's key or "displayName" does, a value of 2 to 40 (branch cost59). */
static inline int anon_chat58_sender_may(const uint8_t *key, size_t kn, size_t vn)
{
    if (kn < 4 || kn > 12 || vn < 2 || vn > 40)
        return 0;
    uint8_t c = (uint8_t)(key[0] | 0x20);
    return c == 'f' || c == 'a' || c == 's' || c == 'u' || c == 'n' || key[0] == 'd';
}
/* rewrite_tools59.c: is the value v of a person key's member at path a thing's name: a team, a
 * queue, a room, a service account or "unassigned" ("assignee": "Help Desk", "displayName":
 * "Meeting Room Lisbon"), or a calendar resource's ({"resource": true})? 1: yes (no person), 0: no.
 */
int anon_tools59_thing(const struct anon_json_path *path, const struct anon_json_seg *last,
                       const char *v, size_t vn);
/* rewrite_calls61.c: is the string at path a definition inside a JSON Schema (a description,
 * title, example, default, const, or an element of examples or enum, under a tool's parameters,
 * input_schema, inputSchema or a structured output's schema)? 1 and the keyword in *key, *kl. */
int anon_calls61_schema_text(const struct anon_json_path *path, const char **key, size_t *kl);
/* Does s hold a known placeholder name, street or mailbox ("John Doe", "123 Main St",
 * "user@example.com")? */
int anon_calls61_has_placeholder(const char *s, size_t n);
/* s scanned under key with its placeholders left as they are: > 0 the new text is in out, 0
 * nothing found (out's bytes are then to be discarded), < 0 an error. */
int anon_calls61_scan(anon_session_t *s, const char *key, size_t kl, const char *text, size_t n,
                      int yaml, anon_buf_t *out);
/* Is s, at path, a system prompt (or a chat's first message) with a YAML line whose whole value
 * is a placeholder ("example: John Doe")? anon_calls61_scan() with yaml then keeps those. */
int anon_calls61_yaml_text(const struct anon_json_path *path, const char *s, size_t n);
/* rewrite_addr63.c: the key a member at path is read under when its own key is a generic house
 * number, postcode or street-line word ("numero", "cap", "psc", "via", "line1") inside an object
 * an address key holds ("residenza": {...}): "houseNumber" or "street" (length in *kl); NULL
 * otherwise. */
const char *anon_addr63_member_key(const struct anon_json_path *path,
                                   const struct anon_json_seg *last, size_t *kl);
/* rewrite_blocks.c: consecutive text blocks of one message's content read as one text. */
typedef struct anon_blocks anon_blocks_t;
/* The text of a content or parts element (the walker's string at path): when it opens a group
 * of text blocks, or is the next block of the open one, *taken is set and the block's new text
 * is appended to out (return > 0) or it is unchanged (0); < 0 an error. *b is made on first use.
 * Otherwise *taken is 0 and nothing is done. */
int anon_blocks_scan(anon_blocks_t **b, anon_session_t *s, const struct anon_json_path *path,
                     const char *text, size_t n, anon_buf_t *out, int *taken);
/* Forget an open group read in input in (its walk ended); NULL: any. */
void anon_blocks_drop(anon_blocks_t *b, const uint8_t *in);
void anon_blocks_free(anon_blocks_t *b);
/* rewrite_glue.c: the line breaks of a joined group of text blocks (text, cut by ncut edges at
 * cut[], sep[k] 1 where a break was put in) taken out where a structured value crosses the edge
 * (read with anon_find on the two sides alone); cut[] and sep[] follow. */
void anon_blocks_glue(const anon_engine_t *e, anon_buf_t *text, size_t *cut, uint8_t *sep,
                      size_t ncut);

/* rewrite_instr.c: the "keep placeholders verbatim" instruction spliced into the rewritten body
 * out->data[from..], in the shape of profile's API (nothing when the body has no place for it). */
int anon_rewrite_instruction(anon_profile_t profile, anon_buf_t *out, size_t from);
/* Tests: 1 plans every instruction from a full walk of the body (the reference shape_fast must
 * agree with), 0 as shipped. */
void anon_rewrite_instr_walk_for_tests(int on);

/* ---- psplit: one large JSON body's detection across threads (split.c) ------------------- */
/* rewrite.c: the walk that hands every string and number of a JSON body to the session. */
int anon_rewrite_walk(anon_session_t *s, const uint8_t *in, size_t len, unsigned depth,
                      anon_buf_t *out, size_t *changed);
/* That walk with detection run ahead on nthreads - 1 more threads; the same out and changed. */
int anon_split_walk(anon_session_t *s, const uint8_t *in, size_t len, unsigned depth,
                    unsigned nthreads, anon_buf_t *out, size_t *changed);
typedef struct anon_split anon_split_t;
struct anon_names_log;
/* What anon_session_scan_member does with its next string during a split walk. */
enum {
    ANON_SPLIT_LIVE,   /* detect it now, as without a split */
    ANON_SPLIT_HAVE,   /* a helper detected it and that still holds: use *f, *nf (borrowed) */
    ANON_SPLIT_SKIP,   /* a helper's walk, not its string (or the caller took it): nothing */
    ANON_SPLIT_DETECT, /* a helper's walk, its string: detect it, anon_split_store the result */
    ANON_SPLIT_STOP,   /* a helper's walk, the caller is done: end the walk */
};
/* len: the string's, which bounds how long the caller waits for a helper that is on it */
int anon_split_take(anon_split_t *sp, size_t len, const anon_names_known_t *known,
                    const anon_finding_t **f, size_t *nf);
void anon_split_store(anon_split_t *sp, int rc, const anon_finding_t *f, size_t nf);
/* Test-only, before any split walk runs: calls per block (0: the default 16). */
void anon_split_test_block(unsigned calls);
/* Test-only: helper threads started so far (they are kept for later walks). */
unsigned anon_split_test_helpers(void);
/* session.c: the hooks split.c needs */
void anon_session_set_split(anon_session_t *s, anon_split_t *sp);
const anon_names_known_t *anon_session_known(const anon_session_t *s);
/* A session for s's engine that only detects, its name set a logging copy of s's. */
anon_session_t *anon_session_shadow(const anon_session_t *s, anon_split_t *sp,
                                    struct anon_names_log *log);

/* engine_view.c: the spans [start[i], end[i]) of the detection view of text (what the detectors
 * and the NAMES scanner read; the text itself when it holds nothing the view maps) moved to the
 * text's own bytes, as anon_find moves its findings. For the trainers (bench_train_person.c),
 * whose traces report view offsets but whose gold spans are the record's. 0, or < 0 as anon_find
 * (invalid UTF-8, no memory). */
int anon_view_to_text(const char *text, size_t len, size_t *start, size_t *end, size_t n);

#endif
