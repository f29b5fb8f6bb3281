/* names_roles9_words.c: role labels of specialised domains for names_labels7.c, in
 * en/de/fr/nl/es/it/pt: art loans ("Courier:", "Leihgeber:", "Convoyeur :"), building permits
 * ("Bauherr:", "Entwurfsverfasser:", "Maître d'ouvrage :", "Progettista:", "Promotor:"), theatre
 * and film credits ("Lighting:", "Kostüme:", "Mise en scène :", "Vestuario:"), club and event
 * sheets ("Ride leader:", "Kassenwart:", "Ritleider:"), grant reviews ("Reviewer:",
 * "Berichterstatter:", "Relatore:") and sport ("Torwart:", "DT:").
 *
 * The one thing to know: these lists join labels7's table after its own and kv8's (init7()), so a
 * word another list already files keeps its kind. Every role here is as often filled by a firm, a
 * studio, a team or a device ("Architecte : cabinet XYZ", "Lighting: LED", "Courier: DHL"), so all
 * are party labels: a value needs a given name, an initial or name-shaped words.
 */
#include "anonymize/names_internal.h"

#include <string.h>

const char *const nw_roles9_party_labels[] = {
    /* art loans: lenders, couriers, registrars, conservators, curators */
    "leihgeber", "leihgeberin", "bruikleengever", "prestador", "prestadora", "prestatore",
    "prestatrice", "mutuante", "comodante", "cedente", "convoyeur", "convoyeuse", "accompagnatore",
    "accompagnatrice", "acompañante", "acompanhante", "correo", "registro", "régisseur",
    "régisseuse", "conservator", "conservators", "konservator", "konservatorin", "restaurator",
    "restauratorin", "restaurateur", "restauratrice", "restaurador", "restauradora", "restauratore",
    "conservador", "conservadora", "conservador-restaurador", "conservadora-restauradora",
    "kurator", "kuratorin", "commissaire d'exposition", "commissaire", "comisario", "comisaria",
    "curatrice", "curador", "curadora",
    /* building permits and planning */
    "architect", "architects", "architekt", "architektin", "architecte", "architecten",
    "arquitecto", "arquitecta", "architetto", "arquiteto", "arquiteta", "bauherr", "bauherrin",
    "bauherrschaft", "entwurfsverfasser", "entwurfsverfasserin", "bauleiter", "bauleiterin",
    "bauleitung", "tragwerksplaner", "tragwerksplanerin", "planverfasser", "planverfasserin",
    "maître d'ouvrage", "maître d'œuvre", "maîtrise d'ouvrage", "maîtrise d'œuvre", "gemachtigde",
    "aannemer", "uitvoerder", "promotor", "promotora", "aparejador", "aparejadora", "constructor",
    "constructora", "committente", "progettista", "direttore dei lavori", "direttrice dei lavori",
    "impresa esecutrice", "dono da obra", "diretor de obra", "diretora de obra", "planning agent",
    "applicant's agent", "site manager", "structural engineer",
    /* theatre and film credits */
    "lighting", "lighting design", "lighting designer", "lights", "sound", "sound design",
    "sound designer", "costumes", "costume design", "costume designer", "set design",
    "set designer", "stage manager", "deputy stage manager", "production manager", "choreography",
    "dramaturg", "licht", "lichtdesign", "ton", "sounddesign", "kostüme", "kostümbild",
    "bühnenbild", "bühne", "inspizienz", "dramaturgie", "regieassistenz", "choreografie",
    "lumières", "lumière", "création lumière", "son", "création sonore", "scénographie", "décor",
    "régie", "régie générale", "mise en scène", "chorégraphie", "geluid", "kostuums",
    "kostuumontwerp", "decor", "decorontwerp", "lichtontwerp", "productieleiding", "regie",
    "iluminación", "sonido", "vestuario", "escenografía", "regidor", "regidora", "dirección",
    "coreografía", "luci", "disegno luci", "suono", "costumi", "scene", "scenografia",
    "direttore di scena", "regia", "coreografia", "desenho de luz", "luz", "som", "figurinos",
    "cenografia", "encenação", "direção de cena", "direcção de cena",
    /* clubs, rides, events, volunteering */
    "coordinator", "coordinators", "event coordinator", "volunteer coordinator", "koordination",
    "koordinator", "koordinatorin", "coordinateur", "coördinator", "coordinador", "coordinadora",
    "coordinatore", "coordenador", "coordenadora", "ride leaders", "sweeper", "tourenleiter",
    "tourenleiterin", "schlussfahrer", "schlussfahrerin", "responsable de sortie", "serre-file",
    "ritleider", "ritleiders", "bezemwagen", "jefe de ruta", "jefa de ruta", "escoba", "capogita",
    "chefe de grupo", "vassoura", "sunday ride", "saturday ride", "sonntagsausfahrt",
    "sortie du dimanche", "zondagrit", "salida del domingo", "uscita domenicale",
    "passeio de domingo", "kassenwart", "kassenwartin", "patrocinador", "patrocinadora",
    /* grant and peer review */
    "reviewer", "reviewers", "rapporteur", "rapporteurs", "principal investigator",
    "co-investigator", "gutachterin", "berichterstatter", "berichterstatterin", "évaluateur",
    "évaluatrice", "porteur du projet", "porteuse du projet", "referent", "evaluador", "evaluadora",
    "ponente", "investigador principal", "investigadora principal", "revisore", "relatore",
    "relatrice", "proponente", "avaliador", "avaliadora", "relator", "relatora",
    "investigador responsável", "investigadora responsável",
    /* sport */
    "keeper", "torwart", "torhüter", "torhüterin", "gardien", "gardien de but", "doelman",
    "portiere", "guarda-redes", "goleiro", "dt", "director técnico", "directora técnica", "manager",
    "head coach", "cheftrainer", "cheftrainerin"};
const size_t nw_roles9_party_n = sizeof nw_roles9_party_labels / sizeof nw_roles9_party_labels[0];
