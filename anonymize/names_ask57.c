/* names_ask57.c: chat senders named by a role, a kin word or "me" in 17 languages, as typed
 * (branch ask57, contrib/bench/accuracy/notes/ask57.md).
 *
 * A chat pasted from a phone names its senders as the phone knows them: "me:", "mum:", "landlord:",
 * "ich:", "mamka:", "huisbaas:", "casero:", "aiti:", "idioktitis:"; a call's "cliente:" and
 * "atendente:". names_chat.c reads a sender
 * of two chat lines as a person when its word is no ordinary word it knows; these are words of
 * other languages the lexicon lacks, or kin words it lists as given names too ("mama", "oma",
 * "tata"). The list leaves out every word that is also a well-attested given name (ben, anne,
 * meg, mina, mae, isa, anya, mor, baba): such a sender is still masked (fail closed).
 *
 * A chat of senders typed in lower case ("elsie: sry m8\nharvey: ok\nelsie: ..."), pasted with
 * no capitalised ask before it, reads as a lower-case text, and names_lower.c raises its lexicon
 * names and the unknown word after one ("yildiz gibi", "kira artti", "cruz roja" -> two names).
 * nw_ask57_sender() reads each chat line's sender so that names_scan.c can leave such a chat as
 * typed: two senders at least, one of them on two lines and one no role, and senders on half its
 * lines (a list of notes, "attendees: ...\ncc: ...", repeats no label; a transcript's senders
 * are "agent:" and "client:"). The chat rules read it then as they
 * read the same chat under an ask.
 */
#include "anonymize/names_internal.h"
#include "anonymize/names_ask57.h"

#include <string.h>

static const char *const roles[] = {
    "abuela",     "abuelo",       "accueil",      "acheteur",      "acheteuse",
    "afentiko",   "agente",       "agorastis",    "aiti",          "alici",
    "annem",      "anyu",         "apu",          "asiakas",       "asiakaspalvelu",
    "atendente",  "autista",      "babam",        "babbo",         "babcia",
    "babicka",    "babysitter",   "berbeado",     "berlo",         "boss",
    "bro",        "bunica",       "bunicul",      "buurman",       "buurvrouw",
    "buyer",      "casera",       "casero",       "chauffeur",     "chauffor",
    "chef",       "chefe",        "chefin",       "chirias",       "client",
    "clienta",    "cliente",      "coach",        "comprador",     "compradora",
    "conductor",  "conseiller",   "conseillere",  "courier",       "cumparator",
    "dad",        "deda",         "desk",         "driver",        "dziadek",
    "ego",        "elado",        "en",           "enoikiastis",   "eu",
    "fahrer",     "fahrerin",     "farfar",       "farmor",        "flatmate",
    "fonok",      "frontdesk",    "geitonas",     "giagia",        "grandma",
    "grandpa",    "granne",       "granny",       "housemate",     "hubby",
    "huisbaas",   "husband",      "huurder",      "hyresgast",     "hyresvard",
    "ich",        "idioktitis",   "ik",           "inquilina",     "inquilino",
    "io",         "ja",           "jag",          "jefa",          "jefe",
    "jeg",        "kaufer",       "kauferin",     "kierowca",      "kiraci",
    "kjoper",     "klant",        "komsu",        "konsulent",     "kopare",
    "koper",      "kunde",        "kundeservice", "kundin",        "kundtjanst",
    "kupujici",   "kuski",        "landlady",     "landlord",      "leietaker",
    "lejer",      "locataire",    "mam",          "mama",          "maman",
    "mamie",      "mamka",        "mamma",        "medewerker",    "medewerkster",
    "mieter",     "mieterin",     "mig",          "mitarbeiter",   "mitarbeiterin",
    "moi",        "mom",          "morfar",       "mormor",        "motorista",
    "mpampas",    "mum",          "mummo",        "musteri",       "mutti",
    "myyja",      "naapuri",      "nabo",         "nachbar",       "nachbarin",
    "nagyi",      "najemca",      "najemczyni",   "najemnik",      "nanny",
    "neighbor",   "neighbour",    "nonna",        "nonno",         "odigos",
    "oma",        "opa",          "operador",     "operadora",     "operatore",
    "operatrice", "ostaja",       "owner",        "padrona",       "padrone",
    "papa",       "papi",         "pappa",        "pappous",       "patron",
    "patronne",   "pomo",         "prodejce",     "pronajimatel",  "proprietaire",
    "proprietar", "proprietara",  "proprietaria", "proprietario",  "proprio",
    "recepce",    "recepcio",     "recepcion",    "recepcja",      "receptie",
    "reception",  "resepsiyon",   "rezeption",    "ridic",         "roommate",
    "saelger",    "saljare",      "sasiad",       "sasiadka",      "satici",
    "sef",        "selger",       "seller",       "senhoria",      "senhorio",
    "sis",        "sjafor",       "sjef",         "sofer",         "sofor",
    "soused",     "sousedka",     "sprzedawca",   "sprzedawczyni", "szef",
    "szefowa",    "szomszed",     "taka",         "tata",          "tatka",
    "teacher",    "tenant",       "tulaj",        "udlejer",       "ugyfel",
    "ugyintezo",  "ukki",         "utleier",      "vanzator",      "vati",
    "vecin",      "vecina",       "vecino",       "vendedor",      "vendedora",
    "vendeur",    "vendeuse",     "venditore",    "venditrice",    "verhuurder",
    "verkaufer",  "verkauferin",  "verkoper",     "vermieter",     "vermieterin",
    "vevo",       "vicina",       "vicino",       "vizinha",       "vizinho",
    "voisin",     "voisine",      "vuokralainen", "vuokranantaja", "wife",
    "wlasciciel", "wlascicielka", "yo",
};

/* The trades a parents' group, a wedding, a skip hire or a block of flats names its senders by
 * (typed63, notes/typed63.md): coach, photographer, caretaker, teacher and driver in 17 languages
 * as typed ("trener:", "edzo:", "kuvaaja:", "fotograaf:", "kapici:", "proponitis:"). None is a
 * token of a gold name in a non-blind corpus. */
static const char *const trades[] = {
    "allenatore",  "antrenor",   "conserje",   "daskala",      "daskalos",    "dozorca",
    "edzo",        "entraineur", "entrenador", "fotograaf",    "fotograf",    "fotografci",
    "fotografo",   "fotografos", "fotos",      "gondnok",      "hausmeister", "huoltomies",
    "kapici",      "kuljettaja", "kuvaaja",    "laerer",       "larare",      "lehrer",
    "lehrerin",    "leraar",     "nauczyciel", "nauczycielka", "ogretmen",    "opettaja",
    "photographe", "porteiro",   "portiere",   "profesoara",   "proponitis",  "spravce",
    "tanar",       "traener",    "trainer",    "tranare",      "treinador",   "trener",
    "ucitel",      "ucitelka",   "vaktmester", "valmentaja",   "valokuvaaja", "vicevaert",
    "vicevart",
};

/* Words of address people type after a greeting or thanks in 17 languages ("hey bestie", "na
 * digga", "salut toi", "hola crack", "ciao fra", "siema mordo", "selam kanka", "geia koukla"), and
 * "sou" (pt "I am"): no one's name. Left out: those that are given names as often (cherie, nena,
 * cari, abi, mana, bella, cara, maja, tia), and those that are a token of a gold name in a
 * non-blind corpus ("mate" is Máté; bello, kamo, king, love, nene, stara...). */
static const char *const address[] = {
    "abla",   "agapi",    "alter",    "amo",     "amor",   "babe",    "baieti",   "belli",
    "bestie", "boss",     "brasko",   "brorsan", "bruder", "bud",     "buddy",    "canim",
    "chaval", "chief",    "cicam",    "cielo",   "crack",  "csajok",  "darling",  "digga",
    "draga",  "dragam",   "dude",     "edesem",  "fam",    "fetelor", "file",     "fofa",
    "fofo",   "fra",      "frate",    "frero",   "frerot", "gang",    "gars",     "gast",
    "gente",  "gordi",    "grabbar",  "guapa",   "guapo",  "gumman",  "gutta",    "gutter",
    "guys",   "haver",    "hermano",  "hjartat", "hocam",  "holky",   "hon",      "hun",
    "iubi",   "jengi",    "jenter",   "jongens", "jungs",  "kanka",   "kardesim", "kaveri",
    "kjaere", "kochani",  "kochanie", "kompis",  "kotku",  "koukla",  "kulta",    "lads",
    "lasko",  "leute",    "lieverd",  "luv",     "maat",   "madels",  "majo",     "makker",
    "malta",  "mano",     "maus",     "mec",     "meiden", "mordo",   "muru",     "paidia",
    "pal",    "parceiro", "pote",     "poto",    "queen",  "querida", "raga",     "rakas",
    "schat",  "schatz",   "sis",      "skacok",  "skat",   "slonko",  "sotis",    "sou",
    "stary",  "sweetie",  "teso",     "tesoro",  "tio",    "tjejer",  "toi",      "toppers",
    "venner", "zio",      "ziom",     "ziomek",  "zlato",
};

int nw_ask57_address(const uint8_t *p, size_t n)
{
    char w[16]; /* no word of the list is as long */
    if (n < 2 || n >= sizeof w)
        return 0;
    memcpy(w, p, n);
    w[n] = '\0';
    return NW_ONE_OF(w, address);
}

int nw_ask57_role_sender(const char *w)
{
    return NW_ONE_OF(w, roles) || NW_ONE_OF(w, trades);
}

void nw_ask57_sender(const uint8_t *t, size_t ls, size_t le, struct nw_ask57_senders *st)
{
    size_t a = ls, e;
    if (le - ls > 160)
        return;
    for (e = a; e < le && e - a <= 24 &&
                ((t[e] >= 'a' && t[e] <= 'z') || t[e] == '.' || t[e] == '_' || t[e] == '-');
         e++)
        ;
    if (e - a < 2 || e + 1 >= le || t[e] != ':' || t[e + 1] != ' ')
        return;
    st->lines++;
    for (int k = 0; k < st->n; k++)
        if (st->len[k] == e - a && memcmp(t + st->at[k], t + a, e - a) == 0) {
            st->repeat = 1;
            return;
        }
    if (!st->person) { /* a transcript's "agent:" and "client:" are no chat of people */
        char w[32];
        memcpy(w, t + a, e - a);
        w[e - a] = '\0';
        st->person = !nw_chat_role_word(w);
    }
    if (st->n < 2) {
        st->at[st->n] = a;
        st->len[st->n++] = e - a;
    }
}
