/* names_asr.h: the word lists of names_asr_words.c, private to names_asr.c. */
#ifndef HUSH_NAMES_ASR_H
#define HUSH_NAMES_ASR_H

#include <stddef.h>

extern const char *const nw_asr_roles[];
extern const size_t nw_asr_nroles;
extern const char *const nw_asr_stops[];
extern const size_t nw_asr_nstops;
extern const char *const nw_asr_fillers[];
extern const size_t nw_asr_nfillers;
extern const char *const nw_asr_intros[];
extern const size_t nw_asr_nintros;
extern const char *const nw_asr_after_name[];
extern const size_t nw_asr_nafter_name;
extern const char *const nw_asr_name_then[];
extern const size_t nw_asr_nname_then;
extern const char *const nw_asr_name_asks[];
extern const size_t nw_asr_nname_asks;
extern const char *const nw_asr_titles[];
extern const size_t nw_asr_ntitles;
extern const char *const nw_asr_spell_asks[];
extern const size_t nw_asr_nspell_asks;
extern const char *const nw_asr_as_in[];
extern const size_t nw_asr_nas_in;
extern const char *const nw_asr_birth_cues[];
extern const size_t nw_asr_nbirth_cues;
extern const char *const nw_asr_addr_cues[];
extern const size_t nw_asr_naddr_cues;
extern const char *const nw_asr_street_words[];
extern const size_t nw_asr_nstreet_words;
extern const char *const nw_asr_street_ends[];
extern const size_t nw_asr_nstreet_ends;
extern const char *const nw_asr_units[];
extern const size_t nw_asr_nunits;
extern const char *const nw_asr_months[];
extern const size_t nw_asr_nmonths;
extern const char *const nw_asr_date_joins[];
extern const size_t nw_asr_ndate_joins;
extern const char *const nw_asr_num_parts[];
extern const size_t nw_asr_nnum_parts;
extern const char *const nw_asr_num_parts2[];
extern const size_t nw_asr_nnum_parts2;
extern const char *const nw_asr_num_joins[];
extern const size_t nw_asr_nnum_joins;
extern const char *const nw_asr_num_ends[];
extern const size_t nw_asr_nnum_ends;
extern const char *const nw_asr_particles[];
extern const size_t nw_asr_nparticles;
extern const char *const nw_asr_greets[];
extern const size_t nw_asr_ngreets;
/* Self-corrections after a name ("anna no sorry hanna becker"): the next words are a name too
 * (branch spoken52). */
extern const char *const nw_asr_corrections[];
extern const size_t nw_asr_ncorrections;
/* names_spoken53.c: relation words before a second person's name, the words after them that
 * are no name, Hungarian "X vagyok" (branch spoken53). */
extern const char *const nw_asr_relations[];
extern const size_t nw_asr_nrelations;
extern const char *const nw_asr_rel_verbs[];
extern const size_t nw_asr_nrel_verbs;
extern const char *const nw_asr_post_intros[];
extern const size_t nw_asr_npost_intros;
/* names_noisy56.c: the phrases after which a voice command or a dictated note names a person
 * ("text", "remind me to call", "dear", "ruf"), the words that end that name ("that", "comma",
 * "an"), whether a transcript is a voice text, and a short command under an ask (branch
 * noisy56). */
extern const char *const nw_noisy56_cues[];
extern const size_t nw_noisy56_ncues;
extern const char *const nw_noisy56_ends[];
extern const size_t nw_noisy56_nends;
#include <stdint.h>
int nw_noisy56_voice(const uint8_t *t, size_t len);
size_t nw_noisy56_ask_end(const uint8_t *t, size_t len);
int nw_noisy56_wake_tail(const char *folded);
int nw_noisy56_post_lead(const char *folded);
/* Is the lower-case PERSON finding p[a .. e) an assistant addressed ("hey google", "siri set a
 * timer") or punctuation said as a word ("komma")? (names_typed52.c's emit link asks.) */
int nw_noisy56_not_person(const uint8_t *p, size_t a, size_t e);
extern const char *const nw_noisy56_post[];
extern const size_t nw_noisy56_npost;
int nw_spoken53_date_head(const char *pre, const char *first);
int nw_spoken53_date_tail(const char *next);
int nw_spoken53_street_alone(const char *f);
/* the first NW_ASR_HESIT fillers are hesitations only speech writes ("um", "ähm", "euh") */
#define NW_ASR_HESIT 13

#endif
