/* names_forms5.c: the role labels of business and case documents in the pack's seven locales,
 * the animal a veterinary record names, and the ways such forms print a person.
 *
 * Invoices and purchase orders, pharmacy labels, veterinary records, lab reports, insurance
 * claims, police reports, tenancy agreements and HR records print each party under a label of
 * their trade ("Prescriber: X", "Verordnet von: X", "Tegenpartij: X", "Arrendatario: X",
 * "Verbalizzante: X"). The labels whose value is a person are filed as strong labels (names.c's
 * label_ctx() and names_context2.c read them); those whose value is as often a company (a
 * landlord, an agent, a buyer) as weak ones: the run under them must then look like a name
 * throughout (names_context2.c's plain_run()).
 *
 * A veterinary record names its patient under the same labels as a clinic's ("Patient: Luna",
 * "Paciente: Trufa") and then in its notes: when the text says it is about an animal (a species
 * or breed label, a vet's label), nw_forms5_pet() names the run under the animal's label, and
 * every later occurrence of that word, as no person; its birth date is no person's either.
 *
 * The same documents print surnames in capitals after a title ("Dr. MORENO") and before a given
 * name ("Patient: KELLER, Maria"), an initial before a particle ("T. de Vries"), police ranks as
 * titles ("Brigadiere Rossi"), and firms named after their owner by a trade noun ("Transports
 * Girard", "Nordlicht Logistik"): the rest of this file reads those. Every check here runs only
 * where the walk already stopped (a run judged a person, a word in capitals the caps rules
 * refused, a date judged a birth), so a text without them pays nothing.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* Labels whose value is one person, by trade. Lower case, folded as names_words.c folds a label. */
const char *const nw_forms5_labels[] = {
    /* invoices, purchase orders, delivery notes */
    "invoice recipient", "fao", "for the attention of", "your contact", "our contact",
    "account manager", "sales rep", "sales representative", "salesperson", "issued by",
    "authorised by", "authorized by", "ordered by", "raised by", "rechnungsempfänger",
    "rechnungsempfängerin", "ihr ansprechpartner", "ihre ansprechpartnerin", "besteller",
    "bestellerin", "freigegeben von", "genehmigt von", "geprüft von", "zu händen", "interlocuteur",
    "interlocutrice", "votre interlocuteur", "votre interlocutrice", "votre contact", "établi par",
    "etabli par", "rédigé par", "approuvé par", "validé par", "commandé par", "émis par",
    "contactpersoon", "uw contactpersoon", "besteld door", "opgesteld door", "behandeld door",
    "goedgekeurd door", "gecontroleerd door", "ter attentie van", "persona de contacto",
    "a la atención de", "solicitado por", "elaborado por", "emitido por", "aprobado por",
    "revisado por", "referente", "persona di riferimento", "redatto da", "emesso da",
    "approvato da", "verificato da", "ordinato da", "pessoa de contacto", "à atenção de",
    "requisitado por", "aprovado por", "verificado por",
    /* pharmacy labels and prescriptions */
    "prescriber", "prescribed by", "prescribing doctor", "prescribing clinician", "pharmacist",
    "dispensed by", "rph", "verordnet von", "verordner", "verordnerin", "verordnende ärztin",
    "verordnender arzt", "apotheker", "apothekerin", "abgegeben von", "prescripteur",
    "prescriptrice", "prescrit par", "pharmacien", "pharmacienne", "délivré par", "voorschrijver",
    "ter hand gesteld door", "médico prescriptor", "médica prescriptora", "prescriptor",
    "prescriptora", "farmacéutico", "farmacéutica", "dispensado por", "medico prescrittore",
    "farmacista", "dispensato da", "assistito", "assistita", "médico prescritor",
    "médica prescritora", "prescritor", "prescritora", "farmacêutico", "farmacêutica", "utente",
    "doente",
    /* veterinary records: the owner and the clinic's staff */
    "owner name", "client name", "attending vet", "attending veterinarian", "veterinarian",
    "veterinary surgeon", "vet nurse", "besitzer", "besitzerin", "tierhalter", "tierhalterin",
    "tierarzt", "tierärztin", "behandelnde tierärztin", "behandelnder tierarzt", "propriétaire",
    "vétérinaire", "vu par", "eigenaar", "eigenares", "dierenarts", "paraveterinair", "propietario",
    "propietaria", "veterinario", "veterinaria", "atendido por", "proprietario", "visitato da",
    "proprietário", "proprietária", "médico veterinário", "médica veterinária", "observado por",
    /* lab reports */
    "ordering physician", "ordering provider", "ordering clinician", "referring clinician",
    "phlebotomist", "verified by", "validated by", "pathologist", "einsender", "einsenderin",
    "anfordernder arzt", "anfordernde ärztin", "abnahme durch", "entnommen von", "validiert von",
    "befundet von", "médecin prescripteur", "préleveur", "préleveuse", "prélevé par", "biologiste",
    "aanvragend arts", "afgenomen door", "geautoriseerd door", "gevalideerd door",
    "médico solicitante", "peticionario", "extraído por", "validado por", "facultativo",
    "facultativa", "medico richiedente", "prelevatore", "prelevatrice", "prelievo eseguito da",
    "validato da", "médico requisitante", "colhido por", "responsável técnico",
    "responsável técnica",
    /* insurance claims */
    "third party", "third party driver", "third-party driver", "adjuster", "loss adjuster",
    "claims handler", "claims adjuster", "unfallgegner", "unfallgegnerin", "schadenregulierer",
    "schadenreguliererin", "gutachter", "gutachterin", "lésé", "lésée", "partie adverse", "témoin",
    "benadeelde", "tegenpartij", "wederpartij", "getuige", "schadebehandelaar", "perjudicado",
    "perjudicada", "testigo", "tramitador", "tramitadora", "perito", "perita", "danneggiato",
    "danneggiata", "testimone", "liquidatore", "lesado", "lesada", "testemunha",
    "gestor do processo",
    /* police and incident reports */
    "reporting person", "injured party", "anzeigeerstatter", "anzeigeerstatterin", "mitteiler",
    "mitteilerin", "beschuldigter", "beschuldigte", "tatverdächtiger", "tatverdächtige",
    "aufnehmender beamter", "aufnehmende beamtin", "plaignant", "plaignante", "requérant",
    "requérante", "mis en cause", "mise en cause", "victime", "aangever", "aangeefster",
    "verdachte", "slachtoffer", "verbalisant", "verbalisante", "opgemaakt door", "denunciante",
    "requirente", "investigado", "investigada", "sospechoso", "sospechosa", "víctima", "indagato",
    "indagata", "sospettato", "sospettata", "vittima", "parte offesa", "persona informata",
    "verbalizzante", "esponente", "queixoso", "queixosa", "suspeito", "suspeita", "arguido",
    "arguida", "vítima", "ofendido", "ofendida", "autuante",
    /* tenancy agreements */
    "guarantor", "bürge", "bürgin", "avalista", "garante", "fiador", "fiadora",
    /* HR incident reports and reviews */
    "reports to", "completed by", "hr contact", "mitarbeiter/in", "führungskraft", "vorgesetzte/r",
    "personalreferent", "personalreferentin", "protokollführer", "protokollführerin", "salarié",
    "salariée", "responsable hiérarchique", "évaluateur", "évaluatrice", "medewerkster",
    "leidinggevende", "beoordelaar", "empleado/a", "empleado", "empleada", "jefe directo",
    "jefa directa", "evaluador", "evaluadora", "redactado por", "dipendente", "valutatore",
    "valutatrice", "colaborador", "colaboradora", "colaborador(a)", "chefia direta", "avaliador",
    "avaliadora",
    /* the short labels of clinics, practices and forms */
    "vet", "nurse", "arzt", "ärztin", "médecin", "médico", "médica", "medico", "tfa", "pta", "asv",
    "atv", "dr./dra.", "tutor", "tutora", "enfermeira", "enfermeiro", "assistente", "visto",
    "vº bº", "akkoord", "expert", "protokoll", "freigegeben", "genehmigt", "prikker",
    "participante", "prelevatore", "inquirente",
    /* profiles */
    "anzeigename", "pseudo", "alcunha"};
const size_t nw_forms5_nlabels = sizeof nw_forms5_labels / sizeof nw_forms5_labels[0];

/* Labels whose value is a person or a company (a landlord, a buyer, an agent, a billing
 * address): the run under them must look like a name throughout. */
const char *const nw_forms5_weak_labels[] = {
    "landlord", "vermieter", "vermieterin", "bailleur", "bailleresse", "verhuurder", "arrendador",
    "arrendadora", "locatore", "locatrice", "senhorio", "senhoria", "buyer", "purchaser",
    "consignee", "auftraggeber", "auftraggeberin", "acheteur", "acheteuse", "comprador",
    "compradora", "acquirente", "debiteur", "intestatario", "intestataria",
    "adresse de facturation", "datos de facturación", "dados de faturação", "lieferanschrift",
    "lieferung an", "livré à", "adresse de livraison", "leveradres", "dirección de entrega",
    "luogo di consegna", "entregar a", "morada de entrega", "consultor", "consultora",
    "votre conseiller", "votre conseillère", "mandataire", "makelaar", "gestor", "gestora",
    "responsable", "responsabile", "tiers", "terzo", "tercero", "terceiro", "contrario",
    "contraparte", "controparte", "gegner",
    /* a policy's holder, a tenant, a claimant, a vehicle's keeper: a firm as often */
    "named insured", "versicherungsnehmer", "versicherungsnehmerin", "assuré", "assurée",
    "souscripteur", "souscriptrice", "verzekerde", "verzekeringnemer", "asegurado", "asegurada",
    "assicurato", "assicurata", "segurado", "segurada", "vn", "mieter", "mieterin", "locataire",
    "huurder", "arrendatario", "arrendataria", "conduttore", "conduttrice", "inquilino",
    "inquilina", "arrendatário", "arrendatária", "halter", "halterin", "claimant",
    "anspruchsteller", "anspruchstellerin", "reclamante"};
const size_t nw_forms5_nweak_labels =
    sizeof nw_forms5_weak_labels / sizeof nw_forms5_weak_labels[0];

/* Police ranks written before an officer's name as a title is ("Cabo Zune Renneilla",
 * "Brigadiere Rossi", "Sgt Okafor"), filed as titles. */
const char *const nw_forms5_ranks[] = {"sgt",
                                       "brigadiere",
                                       "subinspector",
                                       "subinspectora",
                                       "lieutenant",
                                       "ispettore",
                                       "ispettrice",
                                       "maresciallo",
                                       "appuntato",
                                       "hoofdagent",
                                       "sargento",
                                       "subcomissário",
                                       "comissário",
                                       "commissaire",
                                       "kriminalhauptkommissar",
                                       "polizeiobermeister",
                                       "polizeihauptmeister"};
const size_t nw_forms5_nranks = sizeof nw_forms5_ranks / sizeof nw_forms5_ranks[0];

/* ---- the animal of a veterinary record ------------------------------------------------------ */
/* Labels whose value is an animal wherever they stand. */
static const char *const pet_labels[] = {"pet",
                                         "pet name",
                                         "animal",
                                         "animal name",
                                         "name of animal",
                                         "tiername",
                                         "tier",
                                         "name des tieres",
                                         "nom de l'animal",
                                         "nom de l’animal",
                                         "naam dier",
                                         "dier",
                                         "huisdier",
                                         "naam huisdier",
                                         "mascota",
                                         "nombre del animal",
                                         "nombre de la mascota",
                                         "animale",
                                         "nome animale",
                                         "nome dell'animale",
                                         "nome do animal",
                                         "patient (animal)"};
/* Labels whose value is an animal in a veterinary record, a person elsewhere. */
static const char *const patient_labels[] = {"patient", "patiënt", "patiente", "paciente",
                                             "paziente"};
/* What says a record is a vet's: a species or breed label, a vet's title (ASCII letters compared
 * without case, the others as written). */
static const char *const vet_marks[] = {
    "species:",  "breed:",   "tierart:", "rasse:",     "espèce :",   "espèce:", "race :",   "race:",
    "diersoort", "ras:",     "especie:", "raza:",      "specie:",    "razza:",  "espécie:", "raça:",
    "veterin",   "tierarzt", "tierärzt", "dierenarts", "tierklinik", "canine",  "feline"};

#define PET_WINDOW 1500 /* a record's header and notes: how far apart the animal's mentions are */

static int lower_ascii(uint8_t c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* The first SPECIES_MARKS of vet_marks are the species and breed labels. */
#define SPECIES_MARKS 16

/* Is one of the first n vet_marks in t[a .. b)? */
static int vet_record(const uint8_t *t, size_t a, size_t b, size_t n)
{
    for (size_t i = a; i < b; i++) {
        uint8_t c = (uint8_t)lower_ascii(t[i]);
        if (c != 's' && c != 'b' && c != 't' && c != 'r' && c != 'e' && c != 'd' && c != 'v' &&
            c != 'c' && c != 'f')
            continue; /* no mark starts so */
        for (size_t k = 0; k < n; k++) {
            const char *m = vet_marks[k];
            size_t l = strlen(m), j = 0;
            if ((uint8_t)m[0] != c || i + l > b)
                continue;
            while (j < l && (uint8_t)lower_ascii(t[i + j]) == (uint8_t)m[j])
                j++;
            if (j == l && (i == a || !nw_letter(t + i - 1, 1)))
                return 1;
        }
    }
    return 0;
}

/* The label before the value at v ("Patient: ", "Tiername: "), folded into buf; "" for none. */
static const char *label_of(const struct sc *s, size_t v, char *buf, size_t cap)
{
    const uint8_t *t = s->t;
    size_t e = v;
    while (e > 0 && t[e - 1] == ' ')
        e--;
    if (e == 0 || t[e - 1] != ':')
        return "";
    e--;
    while (e > 0 && t[e - 1] == ' ')
        e--;
    size_t b = e;
    while (b > 0 && e - b < 32 && t[b - 1] != '\n' && t[b - 1] != '\r' && t[b - 1] != '\t' &&
           t[b - 1] != '|' && !(t[b - 1] == ' ' && b >= 2 && t[b - 2] == ' '))
        b--;
    return nw_fold_span(s, b, e, buf, cap);
}

/* Is the one-word value at v an animal's: under a pet's label, or under a patient's label in a
 * vet's record? */
static int pet_value(const struct sc *s, size_t v)
{
    char buf[40];
    const char *l = label_of(s, v, buf, sizeof buf);
    if (!*l)
        return 0;
    if (NW_ONE_OF(l, pet_labels))
        return 1;
    if (!NW_ONE_OF(l, patient_labels))
        return 0;
    size_t a = v > 600 ? v - 600 : 0, b = s->len - v > 600 ? v + 600 : s->len;
    return vet_record(s->t, a, b, sizeof vet_marks / sizeof vet_marks[0]);
}

int nw_forms5_pet(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    if (end <= start || end - start > 24 || memchr(t + start, ' ', end - start))
        return 0; /* an animal is one word */
    if (pet_value(s, start))
        return 1;
    /* the species or breed label itself ("Raza: Podenco", "Race : Berger") */
    size_t c = end < s->len && s->t[end] == ' ' ? end + 1 : end;
    if (c < s->len && t[c] == ':' && vet_record(t, start, c + 1, SPECIES_MARKS))
        return 1;
    /* the same word under an animal's label earlier in the record ("Patient: Luna" ... "Luna
     * presented with a limp") */
    size_t l = end - start, a = start > PET_WINDOW ? start - PET_WINDOW : 0;
    for (size_t i = a; i + l <= start;) {
        const uint8_t *p = memchr(t + i, t[start], start - i);
        if (!p)
            break;
        size_t q = (size_t)(p - t);
        if (q + l < start && memcmp(p, t + start, l) == 0 &&
            !nw_letter(t + q + l, s->len - q - l) && q > 0 && t[q - 1] == ' ' && pet_value(s, q))
            return 1;
        i = q + 1;
    }
    return 0;
}

/* ---- surnames in capitals ------------------------------------------------------------------- */
/* A word in capitals that may be a surname: no ordinary word, no label, no word of the lists
 * that say "not a name", three letters at least (no acronym). */
static int caps_surname(const struct sc *s, const struct word *w)
{
    char b[32];
    if (w->shape != SH_CAPS || w->e - w->s < 3)
        return 0;
    const char *f = nw_fold_span(s, w->s, w->e, b, sizeof b);
    if (nw_honorific(f)) /* "SEÑOR DON" */
        return 0;
    unsigned lx = nw_lexicon_in(s->t, s->len, w->s, w->e);
    return *f && !nw_not_name(f) && !nw_label(f) &&
           !((lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) && !nw_lexname(lx));
}

/* Are the n raw bytes at p "med" or "vet" in any case? As nw_fold() would leave them: | 32 maps
 * only A-Z onto a-z (digits keep their bit 5; bytes >= 0x80 stay >= 0xA0). */
static inline int med_vet(const uint8_t *p, size_t n)
{
    if (n != 3)
        return 0;
    uint8_t a = p[0] | 32, b = p[1] | 32, c = p[2] | 32;
    return (a == 'm' && b == 'e' && c == 'd') || (a == 'v' && b == 'e' && c == 't');
}

/* The word before ws, back over spaces and its dot, folded into buf; its start in *pb, and ""
 * when it is neither "med", "vet" nor possibly a title. */
static const char *word_before_at(const struct sc *s, size_t ws, size_t *pb, char *buf, size_t cap)
{
    const uint8_t *t = s->t;
    size_t e = ws;
    while (e > 0 && t[e - 1] == ' ')
        e--;
    if (e == ws || e == 0)
        return "";
    if (t[e - 1] == '.')
        e--;
    size_t b = e;
    while (b > 0 && e - b < 12 && (t[b - 1] >= 0x80 || is_alnum(t[b - 1])))
        b--;
    *pb = b;
    if (b == e || (b > 0 && (is_alnum(t[b - 1]) || t[b - 1] >= 0x80)))
        return "";
    /* titled_caps() reads the word only as "med", "vet" or a title: any other word ends in its
     * "return 0" as "" does, so the raw filter of the titles' first bytes and lengths spares the
     * fold of most words ("the" before "CI": "theol" is a title, "the" none) */
    if (!med_vet(t + b, e - b) && !nw_word_may(t + b, e - b, C_HON))
        return "";
    return nw_fold_span(s, b, e, buf, cap);
}

/* Is the folded word f the three-letter w? strcmp() without its call: titled_caps() asks it of
 * the word before every word in capitals. */
static inline int word3(const char *f, const char *w)
{
    return f[0] == w[0] && f[0] && f[1] == w[1] && f[1] && f[2] == w[2] && f[2] && !f[3];
}

/* Can a value end at ge: the text's or a line's end, a cell, punctuation, a bracket or two
 * spaces after it, or (words) a lower-case word after one space. ge, or 0. */
static size_t ge_end(const struct sc *s, size_t ge, int words)
{
    const uint8_t *t = s->t;
    if (ge >= s->len || strchr("\n\r,;|\t().!?", t[ge]))
        return ge;
    if (t[ge] != ' ' || ge + 1 >= s->len)
        return 0;
    uint8_t c = t[ge + 1];
    return c == ' ' || c == '(' || (words && c >= 'a' && c <= 'z') ? ge : 0;
}

/* After a surname in capitals ending at e (after title, the folded word before it): ", " and a
 * given name in capitals the lexicon knows as one, where a value may end (the line, a cell, a
 * bracket, a lower-case word or punctuation after it: "KELLER, MARIA admitted", "KELLER, MARIA (F,
 * 36)"). Its end, or 0. */
static size_t caps_given_after(const struct sc *s, size_t e, const char *title)
{
    const uint8_t *t = s->t;
    if (e + 3 >= s->len || t[e] != ',' || t[e + 1] != ' ' || !nw_upper(t + e + 2, s->len - e - 2))
        return 0;
    struct word g;
    nw_parse_word(s, e + 2, &g);
    unsigned lex = g.shape == SH_CAPS ? nw_lexicon_in(t, s->len, g.s, g.e) : 0;
    if (!(lex & ANON_NL_GIVEN))
        return 0;
    /* "Mr. JONES, MAY we ask": after a courtesy title, a letter's address and a given name that
     * is an English word too ("Patient KELLER, MARIA admitted" is a record's) */
    static const char *const courtesy[] = {"mr", "mrs", "ms", "miss", "mx", "sir", "dear"};
    return ge_end(s, g.e, !(lex & ANON_NL_COMMON_EN) || !NW_ONE_OF(title, courtesy));
}

/* "Dr. MORENO", "Dott. ROSSI", "Dr. med. GRAULMANN", "dr. DE BOER": a title, then a surname in
 * capitals (one word, or a particle and a word). After it ", " and a given name in capitals
 * (caps_given_after()) are the same person's. Its end, or 0. */
static size_t titled_caps(const struct sc *s, const struct word *w)
{
    char b[16];
    size_t pb;
    const char *pw = word_before_at(s, w->s, &pb, b, sizeof b);
    if (!*pw)
        return 0;
    if (word3(pw, "med") || word3(pw, "vet")) /* "Dr. med.", "Dr. med. vet." */
        pw = word_before_at(s, pb, &pb, b, sizeof b);
    if (word3(pw, "med"))
        pw = word_before_at(s, pb, &pb, b, sizeof b);
    if (!*pw || !nw_honorific(pw))
        return 0;
    /* in a line all in capitals ("EL SEÑOR DON", "MRS DOB") capitals say nothing: the title
     * must have a small letter */
    int small = 0;
    for (size_t k = pb; k < w->s && !small; k++)
        small = s->t[k] >= 'a' && s->t[k] <= 'z';
    if (!small)
        return 0;
    struct word x = *w;
    char f[16];
    if (x.e - x.s <= 3 && nw_particle(nw_fold_span(s, x.s, x.e, f, sizeof f)) && x.e + 1 < s->len &&
        s->t[x.e] == ' ' && nw_upper(s->t + x.e + 1, s->len - x.e - 1))
        nw_parse_word(s, x.e + 1, &x); /* "DE BOER", "VAN DIJK" */
    if (!caps_surname(s, &x))
        return 0;
    size_t g = caps_given_after(s, x.e, pw);
    if (g) /* "Patient KELLER, MARIA (F, 36)": surname first, as a ward list prints it */
        return g;
    /* a second word in capitals is the name's too ("Dr. GARCÍA ORTEGA"); so is a given name
     * after it, the order of Italian and Polish registers, even one that is a word too ("Dr.
     * BIANCHI Chiara", "Dott.ssa VERDI Serena") */
    if (x.e + 1 < s->len && s->t[x.e] == ' ' && nw_upper(s->t + x.e + 1, s->len - x.e - 1)) {
        struct word y;
        nw_parse_word(s, x.e + 1, &y);
        if (y.shape == SH_CAPS)
            return caps_surname(s, &y) ? y.e : 0;
        if (y.shape == SH_NAME && (y.lex & ANON_NL_GIVEN) &&
            (y.e >= s->len || !is_alnum(s->t[y.e])))
            return y.e;
    }
    return x.e;
}

/* "Patient: THWAHAMSENLEY, Belock", "ARZT: GRAULMANN, HALHALWEN": under a person's label, a
 * surname in capitals, a comma and a given name that ends the value (the line, a cell, a gap of
 * two spaces). Its end, or 0. */
static size_t labelled_caps_inverted(const struct sc *s, const struct word *w)
{
    const uint8_t *t = s->t;
    if (w->e + 3 >= s->len || t[w->e] != ',' || t[w->e + 1] != ' ' ||
        !nw_upper(t + w->e + 2, s->len - w->e - 2))
        return 0;
    char b[40];
    const char *l = label_of(s, w->s, b, sizeof b);
    if (!*l || !(nw_label(l) || (nw_cats(l) & (C_CTX2L | C_CTX2S))) || !caps_surname(s, w))
        return 0;
    struct word g;
    nw_parse_word(s, w->e + 2, &g);
    char f[32];
    if (g.shape == SH_CAPS) {
        if (!caps_surname(s, &g))
            return 0;
    } else if (g.shape != SH_NAME || (g.lex & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) ||
               nw_not_name(nw_fold_span(s, g.s, g.e, f, sizeof f))) {
        return 0;
    }
    size_t e = g.e;
    if (e < s->len && !strchr("\n\r,;|\t(", t[e]) &&
        !(t[e] == ' ' && e + 1 < s->len && t[e + 1] == ' '))
        return 0;
    return e;
}

/* "SENHORIO: MARIANA FONSECA", "Named insured: GARETH WHITFIELD": two or three words in
 * capitals (a particle among them) that fill the value of a label whose value may be a firm
 * (names.c's caps rule reads only the labels that are a person's alone); no firm's trade noun
 * among them. Its end, or 0. */
static size_t weak_labelled_caps(const struct sc *s, const struct word *w)
{
    const uint8_t *t = s->t;
    char b[40];
    const char *l = label_of(s, w->s, b, sizeof b);
    if (!*l || !(nw_cats(l) & C_CTX2L) || !caps_surname(s, w))
        return 0;
    struct word x = *w;
    size_t n = 1;
    /* a firm's words in capitals look like a surname's: one word at least must be a name the
     * lexicon knows */
    int known = nw_lexname(nw_lexicon_in(t, s->len, w->s, w->e)) != 0;
    while (n < 4 && x.e + 1 < s->len && t[x.e] == ' ' && nw_upper(t + x.e + 1, s->len - x.e - 1)) {
        struct word y;
        char f[16];
        nw_parse_word(s, x.e + 1, &y);
        if (y.shape != SH_CAPS ||
            !(caps_surname(s, &y) ||
              (y.e - y.s <= 3 && nw_particle(nw_fold_span(s, y.s, y.e, f, sizeof f)))))
            return 0;
        known |= nw_lexname(nw_lexicon_in(t, s->len, y.s, y.e)) != 0;
        x = y;
        n++;
    }
    size_t e = x.e;
    if (!known)
        return 0;
    if (n < 2 || n > 3 ||
        (e < s->len && !strchr("\n\r,;|\t(", t[e]) &&
         !(t[e] == ' ' && e + 1 < s->len && t[e + 1] == ' ')))
        return 0;
    return nw_forms5_firm(s, w->s, e) ? 0 : e;
}

size_t nw_forms5_caps(const struct sc *s, const struct word *w)
{
    if (w->shape != SH_CAPS)
        return 0;
    size_t e = labelled_caps_inverted(s, w);
    if (!e)
        e = titled_caps(s, w);
    return e ? e : weak_labelled_caps(s, w);
}

int nw_forms5_particle_at(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    size_t e = i;
    while (e < s->len && e - i < 4 && t[e] >= 'a' && t[e] <= 'z')
        e++;
    if (e == i || e - i > 3 || e + 1 >= s->len || t[e] != ' ')
        return 0;
    char b[8];
    return nw_particle(nw_fold_span(s, i, e, b, sizeof b));
}

/* ---- firms named after their owner ---------------------------------------------------------- */
/* Trade nouns that open a firm's name before its owner's ("Transports Girard", "Fratelli Conti",
 * "Makelaardij Hofstad", "Farmácia Estácio"). */
static const char *const trade_first[] = {"transports",
                                          "transportes",
                                          "transporti",
                                          "transporte",
                                          "cabinet",
                                          "atelier",
                                          "immobilien",
                                          "immobiliare",
                                          "inmobiliaria",
                                          "imobiliária",
                                          "immobilière",
                                          "makelaardij",
                                          "makelaars",
                                          "agenzia",
                                          "agencia",
                                          "agência",
                                          "agence",
                                          "farmacia",
                                          "farmácia",
                                          "pharmacie",
                                          "apotheek",
                                          "tipografia",
                                          "tipografía",
                                          "gráficas",
                                          "gráfica",
                                          "drukkerij",
                                          "druckerei",
                                          "imprimerie",
                                          "fratelli",
                                          "hermanos",
                                          "irmãos",
                                          "gebroeders",
                                          "gebrüder",
                                          "frères",
                                          "ferramenta",
                                          "ferretería",
                                          "talleres",
                                          "taller",
                                          "officina",
                                          "autohaus",
                                          "boulangerie",
                                          "panadería",
                                          "padaria",
                                          "panificio",
                                          "clínica",
                                          "clinica",
                                          "clinique",
                                          "kliniek",
                                          "laboratorio",
                                          "laboratório",
                                          "laboratoire",
                                          "papelaria",
                                          "papeterie",
                                          "papelería",
                                          "construções",
                                          "construcciones",
                                          "costruzioni",
                                          "bouwbedrijf",
                                          "logistique",
                                          "logística",
                                          "logistica",
                                          "suministros",
                                          "distribuciones",
                                          "distribuzione",
                                          "análisis",
                                          "dierenkliniek",
                                          "tierarztpraxis",
                                          "kanzlei",
                                          "escritório",
                                          "despacho",
                                          "notaría",
                                          "seguros",
                                          "assurances",
                                          "verzekeringen",
                                          "assicurazioni",
                                          "tecnocasa",
                                          "remax",
                                          "autoescuela",
                                          "autoscuola",
                                          "fahrschule",
                                          "rijschool",
                                          "óptica",
                                          "ottica",
                                          "optiek",
                                          "optique",
                                          "dierenartsenpraktijk",
                                          "zahnarztpraxis",
                                          "tandartspraktijk",
                                          "praxis",
                                          "immobiliaria",
                                          "mediação",
                                          "carpintería",
                                          "carpintaria",
                                          "falegnameria",
                                          "schreinerei",
                                          "timmerbedrijf",
                                          "schildersbedrijf",
                                          "malerbetrieb",
                                          "installatiebedrijf",
                                          "elektro"};
/* Trade nouns that close it ("Nordlicht Logistik", "Groenveld Hoveniers", "Ashby Timber"). */
static const char *const trade_last[] = {"logistik",      "logistics",      "hoveniers",
                                         "drukkerij",     "haustechnik",    "installatietechniek",
                                         "bürobedarf",    "immobilien",     "makelaars",
                                         "makelaardij",   "supplies",       "facilities",
                                         "timber",        "lettings",       "homes",
                                         "estates",       "conseil",        "vets",
                                         "pharmacy",      "chemist",        "wonen",
                                         "immobiliare",   "imobiliária",    "inmobiliaria",
                                         "seguros",       "elektrotechnik", "bouw",
                                         "transport",     "logistiek",      "installaties",
                                         "interieurbouw", "fliesen",        "dachdeckerei",
                                         "tischlerei",    "schreinerei",    "sanitär",
                                         "umzüge",        "verhuizingen",   "mudanzas",
                                         "traslochi",     "mudanças",       "print",
                                         "printing",      "signs",          "plumbing",
                                         "roofing",       "removals",       "motors",
                                         "autos",         "optics"};

int nw_forms5_firm(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    const uint8_t *sp = memchr(t + a, ' ', e - a);
    if (!sp)
        return 0; /* a firm's name has its trade word and its owner's */
    size_t w1 = (size_t)(sp - t), wl = e;
    while (wl > a && t[wl - 1] != ' ')
        wl--;
    char b[32];
    return NW_ONE_OF(nw_fold_span(s, a, w1, b, sizeof b), trade_first) ||
           NW_ONE_OF(nw_fold_span(s, wl, e, b, sizeof b), trade_last);
}
