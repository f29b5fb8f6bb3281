/* names_curated.c: the hand-written lists behind names_reject.c: companies and brands named
 * after people, famous people's surnames that are a topic when used alone, and cities that are
 * given names. Written from general knowledge for the `orgs` round (no package, no data set).
 *
 * A list only says what a word may be; names_reject.c decides when it is that: a brand unless a
 * title comes before it, a famous surname only alone, a city only where the text speaks of a
 * place. Words that are also common surnames alone (Ferrari, Bosch, Dell) stay off the brand list.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* A company or brand named after people, written as a person would be (with a legal form or an
 * '&' names_reject.c needs no list). */
int nw_brand(const char *f, size_t words)
{
    static const char *const two[] = {
        "walt disney",       "christian dior",       "calvin klein",       "charles schwab",
        "tommy hilfiger",    "louis vuitton",        "morgan stanley",     "jones day",
        "clifford chance",   "arthur andersen",      "roland berger",      "estée lauder",
        "ralph lauren",      "carl zeiss",           "baker mckenzie",     "merrill lynch",
        "johns hopkins",     "boehringer ingelheim", "goldman sachs",      "hugo boss",
        "jack daniel",       "johnnie walker",       "giorgio armani",     "ted baker",
        "tom ford",          "kate spade",           "michael kors",       "marc jacobs",
        "paul smith",        "karl lagerfeld",       "yves saint",         "coco chanel",
        "max mara",          "carolina herrera",     "john lewis",         "salvatore ferragamo",
        "ermenegildo zegna", "dolce gabbana",        "mount sinai",        "benjamin moore",
        "charles tyrwhitt",  "tory burch",           "vera wang",          "jimmy choo",
        "ben sherman",       "john deere",           "george foreman",     "william hill",
        "levi strauss",      "oliver wyman",         "wolters kluwer",     "anheuser busch",
        "jean paul",         "jacob douwe",          "bitbucket pipelines"};
    static const char *const one[] = {
        "porsche", "michelin", "renault", "peugeot", "heineken", "siemens", "lidl", "deloitte",
        "kellogg", "oetker", "mckinsey", "chevrolet", "lamborghini", "maserati", "bugatti",
        "citroën", "citroen", "daimler", "gucci", "prada", "versace", "armani", "chanel", "hermès",
        "lacoste", "cartier", "dior", "vuitton", "hilfiger", "zeiss", "nestlé", "nestle", "miele",
        "guinness", "bacardi", "smirnoff", "disney", "boeing", "gillette", "colgate", "marriott",
        "hilton", "sainsbury", "mcdonald", "heinz", "hewlett", "packard", "ferragamo", "swarovski",
        "rolex", "bulgari", "bvlgari", "balenciaga", "givenchy", "moschino", "fendi", "benetton",
        "barilla", "lavazza", "pirelli", "bosch", "philips", "ferrari", "dell",
        /* review and CI tools that stand under a user's keys (branch review60) */
        "zuul", "harbormaster", "bitbucket"};
    /* single words that are also common surnames are brands only with a possessive or a model
     * after them (handled by the caller); here, the unambiguous ones */
    static const char *const surname_too[] = {"heinz", "mcdonald", "bosch",   "philips",  "ferrari",
                                              "dell",  "hewlett",  "packard", "marriott", "hilton"};
    if (words >= 2)
        return NW_ONE_OF(f, two);
    return NW_ONE_OF(f, one) && !NW_ONE_OF(f, surname_too);
}

/* A famous person's surname, used alone as the topic of a request ("Mozart", "Churchill"). */
int nw_famous(const char *f)
{
    static const char *const names[] = {
        "mozart",        "beethoven",   "einstein",  "shakespeare", "goethe",     "schiller",
        "picasso",       "nietzsche",   "churchill", "neruda",      "newton",     "napoleon",
        "keynes",        "freud",       "marx",      "tolstoy",     "dostoevsky", "cervantes",
        "galileo",       "aristotle",   "plato",     "socrates",    "gandhi",     "obama",
        "shakespeare's", "chopin",      "vivaldi",   "rembrandt",   "vermeer",    "michelangelo",
        "hemingway",     "dickens",     "orwell",    "tolkien",     "borges",     "dalí",
        "dali",          "monet",       "voltaire",  "descartes",   "kant",       "hegel",
        "wittgenstein",  "camus",       "sartre",    "proust",      "pessoa",     "saramago",
        "petrarca",      "machiavelli", "curie",     "hawking",     "turing",     "lovelace",
        "tesla",         "edison"};
    return NW_ONE_OF(f, names);
}

/* A city that is also a given name ("Victoria", "Charlotte", "Regina"). */
int nw_city_name(const char *f)
{
    static const char *const cities[] = {
        "victoria",   "eugene",     "adelaide",  "charlotte", "regina",    "jackson",
        "lincoln",    "washington", "santiago",  "madison",   "augusta",   "alexandria",
        "beatrice",   "marion",     "elizabeth", "florence",  "austin",    "charleston",
        "hamilton",   "wellington", "kingston",  "jefferson", "lafayette", "camden",
        "chester",    "lorraine",   "valencia",  "sofia",     "nancy",     "victor",
        "douglas",    "salem",      "troy",      "quincy",    "bristol",   "lourdes",
        "santa rosa", "san josé",   "san jose",  "são paulo", "sao paulo", "santa clara",
        "virginia",   "carolina",   "helena",    "savannah",  "tyler",     "dakota",
        "montana",    "cleveland",  "winston",   "nelson",    "albany",    "preston",
        "lancaster",  "milton",     "orlando",   "houston",   "dallas",    "denver",
        "rosario",    "aurora",     "verona",    "siena",     "granada",   "sevilla",
        "firenze",    "trinidad",   "marsala",   "teresina",  "dayton",    "chicago",
        "valence",    "florencia"};
    return NW_ONE_OF(f, cities);
}
