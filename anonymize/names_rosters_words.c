/* names_rosters_words.c: the labels names_rosters.c reads before the people of a list, folded,
 * in the seven languages of the pack: roster labels whose value is a list of people, person
 * labels whose value is one person, action labels whose value opens with its owner, and the
 * labels of the pupil a school report is about. Kept apart from the pass so that the pass reads
 * as code. */
#include "anonymize/names_internal.h"

#include <pthread.h>
#include <string.h>

/* Labels whose value is a list of people, folded ("required attendees", "anwesend"). */
static const char *const roster_labels[] = {
    /* en: invitations, minutes, registers, teams */
    "attendees", "attendee", "required attendees", "optional attendees", "required", "optional",
    "guests", "guest list", "invitees", "invited", "participants", "present", "also present",
    "members present", "in attendance", "also in attendance", "attending", "apologies",
    "apologies received", "apologies for absence", "regrets", "absent", "absentees",
    "members absent", "accepted", "declined", "tentative", "no response", "awaiting",
    "awaiting response", "to", "cc", "bcc", "speakers", "presenters", "panelists", "panel",
    "visitors", "observers", "witnesses", "godparents", "sponsors", "parents", "players",
    "substitutes", "subs", "squad", "members", "committee", "trustees", "owners", "assignees",
    "reviewers", "distribution", "circulation", "maybe", "going", "not going", "starting xi",
    "starting lineup", "line-up", "lineup", "team sheet", "squad list",
    /* de */
    "anwesend", "anwesende", "teilnehmer", "teilnehmende", "teilnehmer:innen", "gäste",
    "entschuldigt", "abwesend", "es fehlten", "eingeladen", "eingeladene", "zugesagt", "abgesagt",
    "verteiler", "trauzeugen", "zeugen", "spieler", "mitglieder", "erforderliche teilnehmer",
    "optionale teilnehmer", "ersatzspieler", "vielleicht", "aufstellung", "kader",
    /* fr */
    "présents", "présentes", "présent", "excusés", "excusées", "excusé", "absents", "absentes",
    "invités", "invitées", "participants obligatoires", "participants facultatifs", "témoins",
    "joueurs", "remplaçants", "membres présents", "assistaient", "destinataires", "peut-être",
    "composition", "titulaires",
    /* nl */
    "aanwezig", "aanwezigen", "afwezig", "afwezig met kennisgeving", "met kennisgeving afwezig",
    "afmeldingen", "afgemeld", "deelnemers", "genodigden", "gasten", "getuigen", "spelers",
    "toehoorders", "vereiste deelnemers", "optionele deelnemers", "wissels", "misschien",
    "opstelling", "basisopstelling",
    /* es */
    "asistentes", "asistentes obligatorios", "asistentes opcionales", "presentes", "ausentes",
    "excusan su asistencia", "excusados", "disculpas", "participantes", "invitados", "testigos",
    "jugadores", "suplentes", "convocados", "quizás", "alineación", "titulares",
    /* it */
    "presenti", "assenti", "assenti giustificati", "giustificati", "partecipanti", "invitati",
    "testimoni", "giocatori", "partecipanti obbligatori", "partecipanti facoltativi", "riserve",
    "forse", "formazione", "convocati", "titolari",
    /* pt */
    "ausências justificadas", "convidados", "testemunhas", "jogadores",
    "participantes obrigatórios", "participantes opcionais"};

/* Labels whose value is one person (or two joined by "and"). */
static const char *const person_labels[] = {
    "organizer", "organiser", "chair", "chairperson", "chaired by", "chairman", "chairwoman",
    "minutes taken by", "minutes by", "minute taker", "note taker", "notes taken by", "scribe",
    "secretary", "facilitator", "host", "moderator", "owner", "responsible", "coach", "manager",
    "captain", "referee", "form tutor", "class teacher", "tutor", "teacher", "pupil", "student",
    "mentor", "headteacher", "officiant", "celebrant", "deceased", "child", "father", "mother",
    "godfather", "godmother", "lead", "assigned to", "invitation from",
    /* de */
    "organisator", "sitzungsleitung", "vorsitz", "leitung", "moderation", "protokoll",
    "protokollführer", "protokollführerin", "protokollführung", "schriftführer", "schriftführerin",
    "verantwortlich", "trainer", "trainerin", "klassenlehrer", "klassenlehrerin", "schüler",
    "schülerin", "schüler/in", "klassenlehrer/in", "lehrer/in", "lehrkraft", "lehrer", "lehrerin",
    "pate", "patin", "vater", "mutter", "täufling", "verstorben",
    /* fr */
    "organisateur", "organisatrice", "président", "présidente", "président de séance", "présidence",
    "secrétaire", "secrétaire de séance", "rédacteur", "rédactrice", "animateur", "animatrice",
    "responsable", "entraîneur", "professeur principal", "élève", "parrain", "marraine", "père",
    "mère",
    /* nl */
    "voorzitter", "notulist", "notulen", "secretaris", "eigenaar", "mentor", "leerling", "docent",
    "peter", "meter", "vader", "moeder",
    /* es */
    "organizador", "organizadora", "preside", "presidente", "secretario", "secretaria",
    "secretario/a", "moderador", "moderadora", "entrenador", "entrenadora", "tutor/a", "tutora",
    "alumno", "alumna", "alumno/a", "padrino", "madrina", "padre", "madre",
    /* it */
    "organizzatore", "organizzatrice", "presiede", "segretario", "segretaria", "verbalizzante",
    "moderatore", "allenatore", "responsabile", "coordinatore", "coordinatrice", "alunno", "alunna",
    "alunno/a", "padrino",
    /* pt */
    "secretário", "secretária", "treinador", "responsável", "diretor de turma", "aluno", "aluna",
    "aluno/a", "padrinho", "madrinha", "pai", "mãe"};

/* Labels of an action item: a name opens the value, a verb follows it ("Action: Jan to call"). */
static const char *const action_labels[] = {"action", "actions", "action item", "ap",
                                            "actie",  "aktion",  "acción",      "azione",
                                            "ação",   "acção",   "tâche"};

/* Labels of the pupil a school report is about. */
static const char *const pupil_labels[] = {
    "pupil",  "student",  "schüler", "schülerin", "schüler/in", "élève", "leerling", "alumno",
    "alumna", "alumno/a", "alunno",  "alunna",    "alunno/a",   "aluno", "aluna",    "aluno/a"};

/* The four lists by their first byte, each bucket in the lists' order of precedence (roster,
 * pupil, person, action), so that the first entry equal to a label in its bucket is the one the
 * four lists asked in turn would find: a label is compared with the ~20 labels that share its
 * first byte, not with the ~440 of the lists (the label passes ask every label-like word). */
#define RL_N(list) (sizeof(list) / sizeof((list)[0]))
enum {
    RL_ALL = RL_N(roster_labels) + RL_N(pupil_labels) + RL_N(person_labels) + RL_N(action_labels)
};
static struct {
    const char *w;
    int kind;
} rl_by_first[RL_ALL];
static unsigned short
    rl_bucket[257]; /* entries with first byte c: [rl_bucket[c], rl_bucket[c + 1]) */
static pthread_once_t rl_once = PTHREAD_ONCE_INIT;

static void rl_init(void)
{
    static const struct {
        const char *const *list;
        size_t n;
        int kind;
    } lists[] = {{roster_labels, RL_N(roster_labels), NW_RL_ROSTER},
                 {pupil_labels, RL_N(pupil_labels), NW_RL_PUPIL},
                 {person_labels, RL_N(person_labels), NW_RL_PERSON},
                 {action_labels, RL_N(action_labels), NW_RL_ACTION}};
    size_t count[256] = {0}, at[256], k = 0;
    for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++)
        for (size_t j = 0; j < lists[l].n; j++)
            count[(uint8_t)lists[l].list[j][0]]++;
    for (size_t c = 0; c < 256; c++) {
        rl_bucket[c] = (unsigned short)k;
        at[c] = k;
        k += count[c];
    }
    rl_bucket[256] = (unsigned short)k;
    /* a stable counting sort: within a bucket, the lists' order and each list's order stay */
    for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++)
        for (size_t j = 0; j < lists[l].n; j++) {
            size_t c = (uint8_t)lists[l].list[j][0];
            rl_by_first[at[c]].w = lists[l].list[j];
            rl_by_first[at[c]++].kind = lists[l].kind;
        }
}

/* The four lists by their first and last byte and length (nw_lens_may()). */
static const struct nw_lens rl_lens = {
    {0x1b61fe4, 0x8008,  0x3fa4, 0x13740,   0x1203f80, 0xc60,    0x1760,    0x810, 0xa380,
     0x280,     0x1a020, 0x3d0,  0x103d7f0, 0x4f80,    0x147f60, 0xbb73fb8, 0x80,  0x41f80,
     0x41dff0,  0x11fe4, 0x0,    0x867a0,   0x280,     0x0,      0x0,       0x140, 0x80},
    {0x211de0, 0x0,      0xc,    0x401b0, 0x667ff0, 0x0,    0x1028fa0, 0x4020,    0x1101b88, 0x0,
     0x0,      0x101320, 0x8800, 0x59fe0, 0xde4,    0x80c4, 0x0,       0x1117fe0, 0xbbe3fd0, 0xdfd0,
     0x0,      0x0,      0x0,    0x0,     0x14600,  0x80,   0x80,      0x0}};

int nw_roster_label_may(const uint8_t *p, size_t n)
{
    return nw_lens_may(&rl_lens, p, n);
}

size_t nw_roster_lens_audit(void)
{
    return nw_lens_audit(&rl_lens, roster_labels, RL_N(roster_labels)) +
           nw_lens_audit(&rl_lens, pupil_labels, RL_N(pupil_labels)) +
           nw_lens_audit(&rl_lens, person_labels, RL_N(person_labels)) +
           nw_lens_audit(&rl_lens, action_labels, RL_N(action_labels));
}

int nw_roster_label(const char *f)
{
    pthread_once(&rl_once, rl_init);
    uint8_t c = (uint8_t)f[0];
    for (size_t j = rl_bucket[c]; j < rl_bucket[c + 1]; j++)
        if (rl_by_first[j].w[1] == f[1] && strcmp(f, rl_by_first[j].w) == 0)
            return rl_by_first[j].kind;
    return NW_RL_NONE;
}
