/* names_spoken53.c: relation words, spoken dates' edges and the small tests names_asr.c asks of
 * them (branch spoken53). A caller names a second person after what that person is to them
 * ("my executor is", "mein sohn", "a férjem", "mia moglie", "min fru", "vaimoni", "soția mea"):
 * names_asr.c's people() reads the words after such a phrase as a name, cut at the first word
 * that says something of the person instead ("my son lives in leeds", "mia moglie lavora da
 * unicredit", "the witness box"). A spoken birth may open with a Turkish teen's "on" ("on sekiz
 * mart ...": "on" is also English, so only before a Turkish unit) and close with Polish "roku".
 * The one thing to know: these lists are read through names_asr.c's one hash table (a bit per
 * list), so a word that is no relation costs no more than before. */
#include "anonymize/names_internal.h"
#include "anonymize/names_asr.h"

#include <string.h>

/* Longer phrases first: people() takes the first that matches. */
const char *const nw_asr_relations[] = {
    /* en */
    "my executor is", "my executor", "my late wife", "my late husband", "my wife", "my husband",
    "my son", "my daughter", "my mum", "my mom", "my mother", "my dad", "my father", "my brother",
    "my sister", "my partner", "my grandson", "my granddaughter", "my nephew", "my niece",
    "our solicitor", "my solicitor", "my landlord", "my accountant", "the deceased's brother",
    "the deceased's sister", "the witness",
    /* de */
    "mein verstorbener mann", "meine verstorbene frau", "mein sohn", "meine frau", "mein mann",
    "meine tochter", "mein vater", "meine mutter", "meine schwester", "mein bruder",
    "unser nachbar", "mein enkel", "meine enkelin", "der zeuge", "die zeugin",
    /* fr */
    "mon mari", "ma femme", "mon fils", "ma fille", "mon père", "ma mère", "mon frère", "ma sœur",
    "ma soeur", "le témoin", "mon compagnon", "ma compagne",
    /* nl */
    "mijn man", "mijn vrouw", "mijn zoon", "mijn dochter", "mijn moeder", "mijn vader",
    "mijn broer", "mijn zus", "de getuige",
    /* es */
    "mi marido", "mi mujer", "mi esposa", "mi esposo", "mi hijo", "mi hija", "mi padre", "mi madre",
    "mi hermano", "mi hermana", "el testigo", "la testigo",
    /* it */
    "mia moglie", "mio marito", "mio figlio", "mia figlia", "mio padre", "mia madre",
    "mio fratello", "mia sorella", "il testimone",
    /* pt */
    "o meu marido", "a minha mulher", "o meu filho", "a minha filha", "o meu pai", "a minha mãe",
    "o meu irmão", "a minha irmã", "meu marido", "minha mulher", "meu filho", "minha filha",
    "a testemunha",
    /* pl */
    "mój mąż", "moja żona", "mój syn", "moja córka", "mój ojciec", "moja matka", "mój brat",
    "moja siostra", "świadek",
    /* sv da no */
    "min fru", "min man", "min son", "min dotter", "min pappa", "min mamma", "min bror",
    "min syster", "vittnet", "min kone", "min mand", "min søn", "min datter", "min far", "min mor",
    "min søster", "vidnet", "kona mi", "mannen min", "min sønn", "dattera mi", "sønnen min",
    "datteren min", "vitnet",
    /* fi cs hu tr ro el */
    "vaimoni", "mieheni", "poikani", "tyttäreni", "isäni", "äitini", "veljeni", "siskoni",
    "todistaja", "moje žena", "moje manželka", "můj manžel", "můj syn", "moje dcera", "můj otec",
    "moje matka", "můj bratr", "moje sestra", "svědek", "a férjem", "a feleségem", "a fiam",
    "a lányom", "az apám", "az anyám", "a tanú", "férjem", "feleségem", "eşim", "oğlum", "kızım",
    "babam", "annem", "kardeşim", "tanık", "soția mea", "soțul meu", "fiul meu", "fiica mea",
    "tatăl meu", "mama mea", "fratele meu", "sora mea", "martorul", "i gynaika mou", "o andras mou",
    "o gios mou", "i kori mou", "o pateras mou", "i mitera mou", "o aderfos mou", "o syzygos mou",
    "o martyras"};
const size_t nw_asr_nrelations = sizeof nw_asr_relations / sizeof nw_asr_relations[0];

/* After a relation word: what the person does or is, never their name. */
const char *const nw_asr_rel_verbs[] = {
    "is",        "was",      "has",    "had",          "said",     "says",      "lives",
    "lived",     "works",    "worked", "box",          "stand",    "statement", "will",
    "would",     "who",      "called", "rang",         "passed",   "died",      "left",
    "wohnt",     "arbeitet", "hat",    "ist",          "war",      "sagt",      "sagte",
    "lebt",      "kommt",    "habite", "travaille",    "est",      "était",     "dit",
    "vit",       "woont",    "werkt",  "heeft",        "zegt",     "vive",      "trabaja",
    "tiene",     "es",       "dijo",   "está",         "abita",    "lavora",    "ha",
    "è",         "dice",     "mora",   "trabalha",     "tem",      "é",         "disse",
    "mieszka",   "pracuje",  "ma",     "jest",         "był",      "była",      "bor",
    "jobbar",    "arbetar",  "har",    "är",           "sa",       "arbejder",  "er",
    "sagde",     "jobber",   "asuu",   "työskentelee", "on",       "sanoi",     "bydlí",
    "má",        "je",       "lakik",  "dolgozik",     "van",      "mondta",    "oturuyor",
    "çalışıyor", "var",      "dedi",   "locuiește",    "lucrează", "are",       "este",
    "menei",     "doulevei", "einai",  "eipe",         "echei"};
const size_t nw_asr_nrel_verbs = sizeof nw_asr_rel_verbs / sizeof nw_asr_rel_verbs[0];

/* Said right after a Hungarian name: "kiss anna vagyok", "papp zoltán beszél". */
const char *const nw_asr_post_intros[] = {"vagyok", "beszél"};
const size_t nw_asr_npost_intros = sizeof nw_asr_post_intros / sizeof nw_asr_post_intros[0];

/* "on sekiz mart ...", "on temmuz ...": Turkish "on" (ten) opens the date when a unit or a
 * month follows it. */
int nw_spoken53_date_head(const char *pre, const char *first)
{
    static const char *const tr_units[] = {
        "bir",     "iki",    "üç",      "dört",  "beş",  "altı",  "yedi",
        "sekiz",   "dokuz",  "ocak",    "şubat", "mart", "nisan", "mayıs",
        "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"};
    if (strcmp(pre, "on") != 0)
        return 0;
    for (size_t i = 0; i < sizeof tr_units / sizeof tr_units[0]; i++)
        if (!strcmp(first, tr_units[i]))
            return 1;
    return 0;
}

/* "... osiemdziesiątego drugiego roku": the Polish year's "roku" (or "r") closes the date. */
int nw_spoken53_date_tail(const char *next)
{
    return !strcmp(next, "roku") || !strcmp(next, "r");
}

/* May this street word stand without an address cue, beside its number? Not the English words
 * that name other things with a number ("court two", "no way", "first place", "close to"). */
int nw_spoken53_street_alone(const char *f)
{
    static const char *const no[] = {"court", "way", "place", "close", "drive", "ring",
                                     "st",    "rd",  "ave",   "ul",    "str",   "bd",
                                     "cad",   "via", "largo", "tie",   "weg",   "n"};
    size_t n = strlen(f);
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
        if (!strcmp(f, no[i]))
            return 0;
    /* "hearing", "during": English words end in German "ring" */
    return n < 4 || memcmp(f + n - 4, "ring", 4) != 0;
}
