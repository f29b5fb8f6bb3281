/* names_asr_words.c: the word lists names_asr.c reads speech with, in the seven languages
 * (en, de, fr, nl, es, it, pt): roles that label turns, function words, hesitations,
 * introductions and questions, cue words of births and addresses, street words, months, the
 * pieces number words are built of. Folded: ASCII and Latin-1 letters in lower case. Only
 * names_asr.c reads them (through its hash table, built once). */
#include "anonymize/names_asr.h"

/* Speakers that are roles, not people: the labels of every recogniser and call-centre tool. */
const char *const nw_asr_roles[] = {
    "agent", "agente", "caller", "customer", "client", "cliente", "rep", "representative",
    "operator", "operatore", "operador", "operadora", "speaker", "spk", "spk_0", "spk_1", "spk_2",
    "speaker_0", "speaker_1", "speaker_2", "interviewer", "interviewee", "host", "guest", "kunde",
    "kundin", "mitarbeiter", "mitarbeiterin", "berater", "beraterin", "anrufer", "anruferin",
    "sprecher", "sprecherin", "conseiller", "conseillère", "locuteur", "locutrice", "interlocuteur",
    "medewerker", "medewerkster", "klant", "spreker", "beller", "hablante", "orador", "oradora",
    "parlante", "interlocutore", "atendente", "assistente", "asesor", "asesora", "consulente",
    "user", "patient", "doctor", "nurse", "support", "advisor", "adviser", "teller", "unknown",
    "participant", "teilnehmer", "intervenant", "deelnemer", "participante", "partecipante",
    "moderator", "moderateur", "modérateur", "voice", "stimme", "voix", "stem", "voz", "voce", "a",
    "b", "s1", "s2", "ch1", "ch2", "channel", "caller_a", "caller_b",
    /* sv, da, pl, cs, tr, fr (branch spoken51): customer, caller, agent, adviser */
    "kund", "handläggare", "medarbejder", "rådgiver", "klient", "klientka", "konsultant",
    "konsultantka", "volající", "operátor", "operátorka", "zákazník", "zákaznice", "arayan",
    "temsilci", "müşteri", "appelant", "appelante",
    /* hearings, interviews, claims, parents' evenings; no, fi, hu, ro callers (branch spoken52) */
    "judge", "clerk", "witness", "officer", "claimant", "presenter", "handler", "testator",
    "solicitor", "notary", "teacher", "parent", "innringer", "saksbehandler", "soittaja",
    "asiakaspalvelija", "hívó", "ügyintéző", "apelant",
    /* dispatch radio, roadside and taxi lines, desks (branch spoken54) */
    "driver", "dispatcher", "dispatch", "controller", "receptionist", "courier", "pharmacist",
    "warden", "concierge", "fahrer", "fahrerin", "chauffeur", "kierowca", "förare", "sjåfør",
    "chauffør", "kuljettaja", "řidič", "sofőr", "şoför", "șofer", "odigos", "autista", "motorista",
    "conductor"};
const size_t nw_asr_nroles = sizeof nw_asr_roles / sizeof nw_asr_roles[0];
/* Words that are never a name in a transcript: function words, pronouns, common verbs,
 * greetings, fillers, yes and no, question words, of en, de, fr, nl, es, it, pt. Particles of
 * names ("de", "van", "da", "di", "la") are not here: names_asr.c's keep() must let "van dijk"
 * pass. */
const char *const nw_asr_stops[] = {
    /* fillers and greetings of the other languages, said before a name (branch spoken53) */
    "sort", "więc", "szóval", "sådan", "tota", "jako", "păi", "liksom", "typ", "cioè", "halt",
    "bah", "nou", "loipon", "goddag", "dzień", "dobry", "alo", "é", "kívánok", "napot",
    /* en */
    "um", "uh", "er", "erm", "hmm", "mm", "ah", "oh", "okay", "ok", "yeah", "yes", "yep", "no",
    "nope", "sure", "right", "so", "well", "like", "you", "know", "i", "i'm", "im", "me", "my",
    "mine", "it", "it's", "its", "is", "was", "are", "am", "be", "been", "the", "an", "and", "or",
    "but", "to", "of", "for", "on", "in", "at", "by", "with", "from", "that", "that's", "this",
    "these", "there", "here", "what", "what's", "who", "who's", "how", "why", "when", "where",
    "which", "can", "could", "would", "will", "should", "do", "does", "did", "have", "has", "had",
    "get", "got", "just", "please", "thanks", "thank", "hi", "hello", "hey", "morning", "afternoon",
    "evening", "good", "calling", "call", "speaking", "name", "names", "your", "we", "our", "they",
    "he", "she", "his", "her", "him", "them", "not", "all", "about", "then", "also", "one", "help",
    "great", "perfect", "lovely", "alright", "actually", "sorry", "again", "first", "last", "full",
    "spell", "spelled", "double", "as", "if", "let", "see", "check", "confirm", "account", "number",
    "date", "birth", "address", "live", "living", "mister", "mr", "mrs", "ms", "miss", "doctor",
    "dr", "sir", "madam", "ma'am", "under",
    /* de */
    "ähm", "äh", "öhm", "hm", "ja", "jawohl", "genau", "nein", "also", "ich", "bin", "mein",
    "meine", "meinem", "meinen", "name", "namen", "ist", "sind", "sie", "ihr", "ihre", "ihren",
    "ihnen", "wir", "er", "es", "das", "der", "die", "dem", "den", "des", "ein", "eine", "einen",
    "und", "oder", "aber", "mit", "von", "bei", "für", "zu", "im", "auf", "aus", "wie", "was",
    "wer", "wem", "wen", "wo", "wann", "warum", "hier", "dort", "bitte", "danke", "hallo", "guten",
    "tag", "morgen", "abend", "heiße", "heisse", "spreche", "spricht", "sprechen", "wohne",
    "wohnen", "geboren", "am", "apparat", "herr", "frau", "herrn", "noch", "mal", "kann", "können",
    "darf", "habe", "haben", "hat", "nicht", "so", "gut", "wegen", "rufe", "an", "schön", "gerne",
    "gern", "okay", "richtig", "vollständigen", "nachnamen", "vorname",
    /* fr */
    "euh", "heu", "hum", "ben", "bah", "bon", "alors", "oui", "ouais", "non", "d'accord", "voilà",
    "je", "j'", "m'appelle", "moi", "c'est", "est", "suis", "êtes", "vous", "votre", "vos", "mon",
    "ma", "mes", "le", "les", "un", "une", "et", "ou", "mais", "avec", "pour", "par", "sur", "dans",
    "chez", "au", "aux", "du", "des", "que", "qui", "quoi", "quel", "quelle", "comment", "où",
    "quand", "bonjour", "bonsoir", "merci", "monsieur", "madame", "mademoiselle", "appareil",
    "l'appareil", "nom", "prénom", "s'il", "plaît", "il", "elle", "nous", "on", "ça", "ce", "cela",
    "né", "née", "j'habite", "habite", "puis-je", "pouvez", "peux", "allô", "allo", "bien", "très",
    "sujet", "voila",
    /* nl */
    "eh", "uhm", "ehm", "nou", "dus", "jazeker", "ja", "nee", "oké", "ik", "mijn", "naam", "is",
    "ben", "bent", "u", "uw", "jij", "je", "we", "wij", "het", "een", "en", "of", "maar", "met",
    "voor", "op", "aan", "bij", "naar", "uit", "wat", "wie", "waar", "hoe", "wanneer", "hier",
    "daar", "dag", "goedemorgen", "goedemiddag", "goedenavond", "hallo", "hoi", "dank", "bedankt",
    "alstublieft", "graag", "meneer", "mevrouw", "spreek", "spreekt", "woon", "woont", "geboren",
    "kunt", "kan", "mag", "heb", "heeft", "niet", "nog", "even", "hoor", "dat", "die", "deze",
    "dit", "zijn", "gaat", "over",
    /* es */
    "este", "pues", "bueno", "sí", "si", "vale", "claro", "no", "yo", "soy", "mi", "su", "sus",
    "me", "llamo", "nombre", "es", "son", "usted", "ustedes", "el", "los", "las", "una", "uno", "y",
    "o", "pero", "con", "por", "para", "en", "que", "qué", "quién", "quien", "cómo", "como",
    "dónde", "cuándo", "hola", "buenos", "buenas", "días", "tardes", "gracias", "señor", "señora",
    "don", "doña", "hablo", "habla", "vivo", "nací", "nombre", "favor", "le", "lo", "les",
    "atiende", "puedo", "puede",
    /* it */
    "ehm", "allora", "cioè", "sì", "certo", "va", "bene", "io", "sono", "mio", "mia", "suo", "sua",
    "il", "lo", "gli", "un", "uno", "una", "e", "o", "ma", "con", "per", "che", "chi", "cosa",
    "come", "dove", "quando", "buongiorno", "buonasera", "salve", "ciao", "grazie", "signor",
    "signore", "signora", "dottor", "dottore", "parlo", "parla", "chiamo", "nome", "cognome",
    "abito", "nato", "nata", "è", "mi", "ci", "risponde", "posso",
    /* pt */
    "é", "hum", "então", "tipo", "sim", "pois", "tá", "não", "eu", "sou", "meu", "minha", "seu",
    "sua", "o", "os", "as", "um", "uma", "e", "ou", "mas", "com", "por", "para", "em", "no", "na",
    "que", "quem", "como", "onde", "quando", "olá", "bom", "boa", "dia", "tarde", "obrigado",
    "obrigada", "senhor", "senhora", "dona", "falo", "fala", "chamo-me", "chamo", "moro", "nasci",
    "estou", "está", "falar", "ligar", "mora", "nasceu", "também", "ajuda", "loja", "vai",
    "técnico", "posso", "ajudar",
    /* common words the rest of the pack raises in lower-case speech */
    "nuestra", "nuestro", "tienda", "también", "técnico", "notre", "nos", "agence", "faire",
    "technicien", "passera", "mir", "mich", "dich", "dir", "uns", "euch", "nostra", "nostro",
    "negozio", "tecnico", "onze", "winkel", "monteur",
    /* no fi hu ro el and the rest of pl sv da cs tr (branch spoken52) */
    "nie", "tak", "się", "jest", "jestem", "pan", "pani", "to", "mówi", "tu", "z", "tej", "strony",
    "przepraszam", "mój", "moja", "numer", "adres", "jag", "är", "och", "det", "som", "inte", "nej",
    "förlåt", "mitt", "min", "hej", "ja", "tack", "vi", "jeg", "er", "og", "det", "som", "ikke",
    "nei", "undskyld", "unnskyld", "mit", "mitt", "min", "hej", "hei", "dette", "tak", "takk", "vi",
    "minä", "olen", "ja", "ei", "anteeksi", "nimeni", "nimi", "minun", "hei", "kiitos", "on", "se",
    "tässä", "täällä", "já", "jsem", "se", "je", "a", "ne", "pardon", "dobrý", "den", "ano", "moje",
    "můj", "jmenuji", "jmenuju", "tady", "díky", "én", "vagyok", "nem", "bocsánat", "a", "az", "és",
    "igen", "jó", "napot", "itt", "beszél", "nevem", "köszönöm", "ben", "benim", "adım", "ismim",
    "ve", "bir", "bu", "evet", "hayır", "yok", "pardon", "merhaba", "iyi", "günler", "teşekkürler",
    "eu", "sunt", "și", "nu", "scuze", "bună", "ziua", "numele", "meu", "mă", "numesc", "aici",
    "mulțumesc", "este", "pe", "eimai", "kai", "ochi", "signomi", "kalimera", "me", "lene", "to",
    "onoma", "mou", "edo", "nai", "efcharisto", "o", "i", "that's", "thats", "schreibt", "man",
    "s'écrit", "literuję", "stavas", "staves", "tavattuna", "hláskuji", "betűzve", "harf", "scrie",
    "grafetai", "deci", "hát", "öö", "ăă", "ee", "diladi", "niinku",
    /* branch spoken52 */
    "yani", "şey", "på", "til", "av", "om"};
const size_t nw_asr_nstops = sizeof nw_asr_stops / sizeof nw_asr_stops[0];

const char *const nw_asr_fillers[] = {
    "um", "uh", "erm", "hmm", "ähm", "äh", "öhm", "euh", "heu", "hum", "eh", "uhm", "ehm", "er",
    "ah", "este", "pues", "é", "like", "so", "well", "also", "alors", "allora",
    /* sv, da, pl, cs, tr (branch spoken51) */
    "alltså", "altså", "liksom", "øh", "yyy", "znaczy", "şey", "yani", "jako",
    /* no fi hu ro el and the rest of pl sv da cs tr (branch spoken52) */
    "öö", "niinku", "hát", "ăă", "deci", "ee", "diladi", "yyy",
    /* spoken53 */
    "więc", "szóval", "sådan", "tota", "păi", "typ", "tipo", "cioè", "halt", "bah", "nou", "loipon",
    "hani", "bueno", "sort"};
const size_t nw_asr_nfillers = sizeof nw_asr_fillers / sizeof nw_asr_fillers[0];
/* Phrases after which a name follows, in every language; '*' marks a weak one, believed only
 * when the turn before asked the name, or the name ends its turn, or "from"/"calling" follows. */
const char *const nw_asr_intros[] = {
    "my name is", "my name's", "name is", "the name is", "the account is under", "under the name",
    "speaking with", "am i speaking with", "i speak to", "speak with", "*this is", "*it's", "*i'm",
    "*im", "*hi it's", "*hello it's", "mein name ist", "ich heiße", "ich heisse", "spreche ich mit",
    "sie sprechen mit", "am apparat ist", "*hier ist", "*ich bin", "*hier spricht", "je m'appelle",
    "moi c'est", "je suis bien avec", "vous êtes bien", "*c'est", "*je suis", "mijn naam is",
    "u spreekt met", "spreek ik met", "*met", "*ik ben", "*je spreekt met", "me llamo",
    "mi nombre es", "hablo con", "le atiende", "a nombre de", "*soy", "mi chiamo", "il mio nome è",
    "parlo con", "le risponde", "a nome di", "*sono", "chamo-me", "o meu nome é", "meu nome é",
    "estou a falar com", "em nome de", "*sou o", "*sou a", "*sou", "*fala",
    /* sv, da, pl, cs, tr (branch spoken51) */
    "jag heter", "mitt namn är", "*det är", "jeg hedder", "mit navn er", "*det er", "nazywam się",
    "mam na imię", "jmenuju se", "jmenuji se", "benim adım",
    /* no fi hu ro el and the rest of pl sv da cs tr (branch spoken52) */
    "ik heet", "mon nom c'est", "mon nom est", "le habla", "*parla", "daqui fala", "to mówi",
    "z tej strony", "*tu", "*jestem", "mitt navn er", "jeg heter", "*dette er", "*hei dette er",
    "nimeni on", "minun nimi on", "minun nimeni on", "*täällä", "*minä olen", "*u telefonu",
    "*tady je", "*já jsem", "a nevem", "az én nevem", "adım", "ismim", "benim ismim", "*ben",
    "numele meu e", "numele meu este", "mă numesc", "ma numesc", "*sunt", "*aici", "me lene",
    "to onoma mou einai", "*eimai o", "*eimai i", "*edo", "also ich heiße", "interview with",
    "*hier ist",
    /* spoken53 */
    "name's", "you're speaking to", "my guest today is", "mein name wäre", "je me présente",
    "*ici c'est", "*ici", "*aquí", "*habla", "*qui è", "mi presento", "*aqui é a", "*aqui é o",
    "*mówi", "*ja jestem", "*täällä on", "*olen", "*hei olen", "*volá", "*jsem", "*tady", "legomai",
    "*aici e", "*hiya its"};
const size_t nw_asr_nintros = sizeof nw_asr_intros / sizeof nw_asr_intros[0];
/* What follows a name said after a weak introduction: its company ("from", "von", "de chez",
 * "van", "da", "di"), "calling", "speaking", or the question that opens the agent's script
 * ("c'est X comment puis-je", "sono X come posso", "fala X como posso"). */
const char *const nw_asr_after_name[] = {
    "from", "calling", "speaking", "here", "with",    "von",  "vom",  "bei",     "de",
    "du",   "chez",    "van",      "da",   "di",      "do",   "del",  "della",   "dalla",
    "how",  "what",    "wie",      "was",  "comment", "que",  "hoe",  "waarmee", "wat",
    "en",   "cómo",    "como",     "qué",  "in",      "come", "cosa", "em"};
const size_t nw_asr_nafter_name = sizeof nw_asr_after_name / sizeof nw_asr_after_name[0];
/* Said right after a name: "X speaking", "X à l'appareil", "X am apparat", "X aan de lijn". */
const char *const nw_asr_name_then[] = {"speaking",   "à l'appareil", "am apparat", "aan de lijn",
                                        "al aparato", "al telefono",  "ao telefone"};
const size_t nw_asr_nname_then = sizeof nw_asr_name_then / sizeof nw_asr_name_then[0];
/* A name question: the next turn's words are the name. */
const char *const nw_asr_name_asks[] = {"your name",
                                        "full name",
                                        "first and last name",
                                        "name on the account",
                                        "who am i speaking",
                                        "who's calling",
                                        "ihr name",
                                        "ihren namen",
                                        "ihren vollständigen namen",
                                        "nachnamen",
                                        "mit wem spreche ich",
                                        "wie heißen sie",
                                        "votre nom",
                                        "à quel nom",
                                        "nom et prénom",
                                        "nom complet",
                                        "monsieur ou madame",
                                        "uw naam",
                                        "volledige naam",
                                        "met wie spreek ik",
                                        "op welke naam",
                                        "su nombre",
                                        "nombre completo",
                                        "con quién hablo",
                                        "a nombre de quién",
                                        "nome e cognome",
                                        "il suo nome",
                                        "con chi parlo",
                                        "a nome di chi",
                                        "seu nome",
                                        "nome completo",
                                        "com quem estou",
                                        "em nome de quem"};
const size_t nw_asr_nname_asks = sizeof nw_asr_name_asks / sizeof nw_asr_name_asks[0];
/* Titles before a name in speech. */
const char *const nw_asr_titles[] = {"mister",  "mr",     "mrs",    "ms",       "miss",   "doctor",
                                     "herr",    "herrn",  "frau",   "monsieur", "madame", "meneer",
                                     "mevrouw", "señor",  "señora", "don",      "doña",   "signor",
                                     "signora", "dottor", "senhor", "senhora",  "dona"};
const size_t nw_asr_ntitles = sizeof nw_asr_titles / sizeof nw_asr_titles[0];
const char *const nw_asr_spell_asks[] = {
    "spell", "spelled", "buchstabieren", "épeler", "épelez", "spellen", "deletrear", "deletrea",
    "spelling", "soletrar", "soletra", "s'écrit", "escreve-se", "se escribe", "si scrive",
    "geschrieben",
    /* spoken53 */
    "buchstabiert", "buchstabiere", "épelle", "spel", "deletreo", "soletrando", "przeliteruję",
    "literuję", "bokstaverar", "staver", "stavas", "staves", "tavaan", "tavattuna", "hláskuju",
    "hláskuji", "betűzöm", "betűzve"};
const size_t nw_asr_nspell_asks = sizeof nw_asr_spell_asks / sizeof nw_asr_spell_asks[0];
const char *const nw_asr_as_in[] = {"as", "in",   "for", "like", "wie",  "comme", "van",
                                    "de", "come", "di",  "per",  "voor", "como"};
const size_t nw_asr_nas_in = sizeof nw_asr_as_in / sizeof nw_asr_as_in[0];
const char *const nw_asr_birth_cues[] = {
    "birth", "birthday", "born", "dob", "geburtsdatum", "geboren", "geburtstag", "naissance", "né",
    "née", "geboortedatum", "nacimiento", "nació", "nací", "nascita", "nato", "nata", "nascimento",
    "nasceu", "nasci",
    /* no fi hu ro el and the rest of pl sv da cs tr (branch spoken52) */
    "urodzony", "urodzona", "urodziłam", "urodziłem", "urodzenia", "född", "födelsedatum", "født",
    "fødselsdato", "syntynyt", "syntymäaika", "narozena", "narozen", "narodil", "narodila",
    "narození", "születtem", "született", "születési", "doğum", "doğumluyum", "născut", "născută",
    "nașterii", "gennithika", "gennisis",
    /* spoken53 */
    "nacida", "nacido", "nascida", "nascido", "gennithike", "urodził", "urodziła", "syntymäpäivä",
    "doğumlu",
    /* spoken54 */
    "synnyin", "synnyit", "syntyi", "gennimeni", "gennimenos"};
const size_t nw_asr_nbirth_cues = sizeof nw_asr_birth_cues / sizeof nw_asr_birth_cues[0];
const char *const nw_asr_addr_cues[] = {
    "address", "live", "lives", "adresse", "anschrift", "wohnen", "wohne", "wohnhaft", "habitez",
    "habite", "j'habite", "adres", "woont", "woon", "dirección", "direccion", "vive", "vivo",
    "indirizzo", "residenza", "abita", "abito", "morada", "endereço", "mora", "moro",
    /* no fi hu ro el and the rest of pl sv da cs tr (branch spoken52) */
    "mieszkam", "adres", "bor", "adressen", "asun", "osoitteessa", "osoite", "bydlím", "adresa",
    "címem", "címe", "lakcím", "adresim", "oturuyorum", "locuiesc", "adresa", "meno", "dieuthinsi",
    /* spoken53 */
    "lakcímem", "wonen", "vivimos", "abitiamo", "moramos", "mieszkamy", "bydlíme", "asumme",
    "locuim", "menoume", "adres", "send it to", "we're at", "the viewing is at", "the property at",
    "handed in at"};
const size_t nw_asr_naddr_cues = sizeof nw_asr_addr_cues / sizeof nw_asr_addr_cues[0];
/* Street types: before the name (romance) or after it (en), or a word ending in one (de, nl). */
const char *const nw_asr_street_words[] = {
    "street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "close", "way", "court",
    "place", "crescent", "boulevard", "terrace", "straße", "strasse", "weg", "allee", "gasse",
    "ring", "platz", "rue", "chemin", "allée", "impasse", "straat", "laan", "gracht", "plein",
    "kade", "calle", "avenida", "plaza", "paseo", "camino", "via", "viale", "corso", "piazza",
    "vicolo", "rua", "travessa", "largo", "praça", "estrada",
    /* no fi hu ro el and the rest of pl sv da cs tr (branch spoken52) */
    "ulica", "ul", "aleja", "utca", "út", "sokak", "sokağı", "caddesi", "cad", "strada", "str",
    "bulevardul", "bd", "odos", "leoforos", "gata", "gatan", "vägen", "gade", "vej", "veien",
    "katu", "tie",
    /* spoken53 */
    "tér", "calea", "plateia"};
const size_t nw_asr_nstreet_words = sizeof nw_asr_street_words / sizeof nw_asr_street_words[0];
const char *const nw_asr_street_ends[] = {
    "straße", "strasse", "str", "weg", "allee", "gasse", "ring", "platz", "damm", "straat", "laan",
    "gracht", "plein", "kade", "singel", "dijk", "steeg",
    /* no fi hu ro el and the rest of pl sv da cs tr (branch spoken52) */
    "gatan", "vägen", "gata", "gade", "vej", "veien", "vegen", "katu", "tie"};
const size_t nw_asr_nstreet_ends = sizeof nw_asr_street_ends / sizeof nw_asr_street_ends[0];
const char *const nw_asr_units[] = {
    "apartment", "apt", "flat", "unit", "suite", "floor", "wohnung", "stock", "appartement",
    "étage", "bus", "piso", "puerta", "interno", "scala", "andar", "número", "numero", "nummer",
    "number", "n",
    /* no fi hu ro el and the rest of pl sv da cs tr (branch spoken52) */
    "numer", "numărul", "număr", "nr", "no", "numara", "numaralı", "číslo", "szám"};
const size_t nw_asr_nunits = sizeof nw_asr_units / sizeof nw_asr_units[0];
const char *const nw_asr_months[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "januar", "jänner", "februar", "märz", "mai", "juni", "juli",
    "oktober", "dezember", "janvier", "février", "mars", "avril", "juin", "juillet", "août",
    "septembre", "octobre", "novembre", "décembre", "januari", "februari", "maart", "mei",
    "augustus", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
    "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "gennaio", "febbraio", "aprile",
    "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre", "janeiro", "fevereiro",
    "março", "maio", "junho", "julho", "setembro", "outubro", "dezembro",
    /* no fi hu ro el and the rest of pl sv da cs tr (branch spoken52) */
    "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
    "października", "listopada", "grudnia", "januari", "februari", "mars", "maj", "augusti",
    "oktober", "januar", "februar", "marts", "august", "desember", "tammikuuta", "helmikuuta",
    "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta",
    "lokakuuta", "marraskuuta", "joulukuuta", "ledna", "února", "března", "dubna", "května",
    "června", "července", "srpna", "září", "října", "listopadu", "prosince", "január", "február",
    "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "ocak",
    "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım",
    "aralık", "ianuarie", "februarie", "martie", "aprilie", "iunie", "iulie", "septembrie",
    "octombrie", "noiembrie", "decembrie", "ianouariou", "fevrouariou", "martiou", "apriliou",
    "maiou", "iouniou", "iouliou", "avgoustou", "septemvriou", "oktovriou", "noemvriou",
    "dekemvriou"};
const size_t nw_asr_nmonths = sizeof nw_asr_months / sizeof nw_asr_months[0];
/* Words that join the parts of a spoken date. */
const char *const nw_asr_date_joins[] = {
    "the", "of", "de", "del", "di", "am", "le", "il", "el", "dia", "a", "and", "e", "y", "et", "op",
    "den", "der", "oh", "on",
    /* no fi hu ro el and the rest of pl sv da cs tr (branch spoken52) */
    "și", "og", "ja", "a", "o"};
const size_t nw_asr_ndate_joins = sizeof nw_asr_date_joins / sizeof nw_asr_date_joins[0];
/* The pieces number words are built of in the seven languages ("neunzehn|hundert|sieben|und|
 * achtzig", "millenove|cent|ottanta|sette"); joins ("und", "en", "ën") only inside a word. */
const char *const nw_asr_num_parts[] = {
    "zero",        "oh",          "one",          "two",         "three",         "four",
    "five",        "six",         "seven",        "eight",       "nine",          "ten",
    "eleven",      "twelve",      "thirteen",     "fourteen",    "fifteen",       "sixteen",
    "seventeen",   "eighteen",    "nineteen",     "twenty",      "thirty",        "forty",
    "fifty",       "sixty",       "seventy",      "eighty",      "ninety",        "hundred",
    "thousand",    "first",       "second",       "third",       "fifth",         "eighth",
    "ninth",       "twelfth",     "twentieth",    "thirtieth",   "null",          "eins",
    "ein",         "zwei",        "zwo",          "drei",        "vier",          "fünf",
    "sechs",       "sech",        "sieben",       "sieb",        "acht",          "neun",
    "zehn",        "elf",         "zwölf",        "zwanzig",     "dreißig",       "dreissig",
    "vierzig",     "fünfzig",     "sechzig",      "siebzig",     "achtzig",       "neunzig",
    "hundert",     "tausend",     "erst",         "dritt",       "siebt",         "zéro",
    "un",          "une",         "deux",         "trois",       "quatre",        "cinq",
    "sept",        "huit",        "neuf",         "dix",         "onze",          "douze",
    "treize",      "quatorze",    "quinze",       "seize",       "vingt",         "vingts",
    "trente",      "quarante",    "cinquante",    "soixante",    "cent",          "cents",
    "mille",       "premier",     "nul",          "een",         "één",           "twee",
    "vijf",        "zes",         "zeven",        "negen",       "tien",          "twaalf",
    "dertien",     "veertien",    "tachtig",      "twintig",     "dertig",        "veertig",
    "vijftig",     "zestig",      "zeventig",     "negentig",    "honderd",       "duizend",
    "eerst",       "cero",        "uno",          "dos",         "tres",          "cuatro",
    "cinco",       "seis",        "siete",        "ocho",        "nueve",         "diez",
    "once",        "doce",        "trece",        "catorce",     "quince",        "dieci",
    "veinte",      "veinti",      "dós",          "trés",        "séis",          "treinta",
    "cuarenta",    "cincuenta",   "sesenta",      "setenta",     "ochenta",       "noventa",
    "cien",        "ciento",      "doscientos",   "trescientos", "cuatrocientos", "quinientos",
    "seiscientos", "setecientos", "ochocientos",  "novecientos", "mil",           "primero",
    "due",         "tre",         "tré",          "quattro",     "cinque",        "sei",
    "sette",       "otto",        "nove",         "dieci",       "undici",        "dodici",
    "tredici",     "quattordici", "quindici",     "sedici",      "diciassette",   "diciotto",
    "diciannove",  "venti",       "vent",         "trenta",      "trent",         "quaranta",
    "quarant",     "cinquanta",   "cinquant",     "sessanta",    "sessant",       "settanta",
    "settant",     "ottanta",     "ottant",       "novanta",     "novant",        "cento",
    "mila",        "primo",       "um",           "dois",        "duas",          "três",
    "sete",        "oito",        "dez",          "doze",        "treze",         "dezasseis",
    "dezesseis",   "dezassete",   "dezessete",    "dezoito",     "dezanove",      "dezenove",
    "vinte",       "trinta",      "quarenta",     "sessenta",    "oitenta",       "cem",
    "duzentos",    "trezentos",   "quatrocentos", "quinhentos",  "seiscentos",    "setecentos",
    "oitocentos",  "primeiro"};
const size_t nw_asr_nnum_parts = sizeof nw_asr_num_parts / sizeof nw_asr_num_parts[0];
/* the pieces no other language above supplies: Dutch "drie", Portuguese "quatro", ... */
const char *const nw_asr_num_parts2[] = {
    "drie", "quatro", "catorze", "novecentos", "seiscentos", "setecentos", "oitocentos", "quinze",
    "dezasseis",
    /* no fi hu ro el and the rest of pl sv da cs tr (branch spoken52) */
    "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć", "dziesięć",
    "jedenaście", "dwanaście", "trzynaście", "czternaście", "piętnaście", "szesnaście",
    "siedemnaście", "osiemnaście", "dziewiętnaście", "dwadzieścia", "trzydzieści", "czterdzieści",
    "pięćdziesiąt", "sześćdziesiąt", "siedemdziesiąt", "osiemdziesiąt", "dziewięćdziesiąt",
    "tysiąc", "tysiące", "dziewięćset", "pierwszego", "drugiego", "trzeciego", "czwartego",
    "piątego", "szóstego", "siódmego", "ósmego", "dziewiątego", "dziesiątego", "jedenastego",
    "dwunastego", "trzynastego", "czternastego", "piętnastego", "szesnastego", "siedemnastego",
    "osiemnastego", "dziewiętnastego", "dwudziestego", "trzydziestego", "czterdziestego",
    "pięćdziesiątego", "sześćdziesiątego", "siedemdziesiątego", "osiemdziesiątego",
    "dziewięćdziesiątego", "noll", "ett", "två", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio",
    "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton", "tjugo",
    "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio", "hundra", "första",
    "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde",
    "elfte", "tolfte", "tre", "fire", "seks", "syv", "otte", "elleve", "tretten", "fjorten",
    "femten", "seksten", "sytten", "atten", "nitten", "tyve", "tredive", "fyrre", "halvtreds",
    "tres", "halvfjerds", "firs", "halvfems", "hundrede", "tusind", "tusen", "første", "anden",
    "tredje", "fjerde", "syvende", "ottende", "niende", "tiende", "ellevte", "tjue", "tretti",
    "førti", "femti", "seksti", "sytti", "åtti", "nitti", "åtte", "sjuende", "åttende", "nolla",
    "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän",
    "kymmenen", "toista", "kymmentä", "sataa", "sata", "tuhat", "tuhatta", "kaksituhatta",
    "ensimmäinen", "toinen", "kolmas", "neljäs", "viides", "kuudes", "seitsemäs", "kahdeksas",
    "yhdeksäs", "kymmenes", "yhdes", "kahdes", "kolmas", "neljäs", "viides", "kuudes", "seitsemäs",
    "kahdeksas", "yhdeksäs", "stoista", "nula", "jedna", "dva", "tři", "čtyři", "pět", "šest",
    "sedm", "osm", "devět", "deset", "jedenáct", "dvanáct", "třináct", "čtrnáct", "patnáct",
    "šestnáct", "sedmnáct", "osmnáct", "devatenáct", "dvacet", "třicet", "čtyřicet", "padesát",
    "šedesát", "sedmdesát", "osmdesát", "devadesát", "set", "tisíc", "tisíce", "prvního", "druhého",
    "třetího", "čtvrtého", "pátého", "šestého", "sedmého", "osmého", "devátého", "desátého",
    "nulla", "egy", "kettő", "két", "három", "négy", "öt", "hat", "hét", "nyolc", "kilenc", "tíz",
    "tizen", "húsz", "huszon", "harminc", "negyven", "ötven", "hatvan", "hetven", "nyolcvan",
    "kilencven", "száz", "ezer", "elsején", "másodikán", "harmadikán", "negyedikén", "ötödikén",
    "hatodikán", "hetedikén", "nyolcadikán", "kilencedikén", "tizedikén", "egyedikén", "kettedikén",
    "huszadikán", "sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz",
    "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan", "yüz", "bin", "unu",
    "doi", "două", "trei", "patru", "cinci", "șase", "șapte", "opt", "nouă", "zece", "sprezece",
    "spre", "paisprezece", "șaisprezece", "douăzeci", "treizeci", "patruzeci", "cincizeci",
    "șaizeci", "șaptezeci", "optzeci", "nouăzeci", "sute", "mie", "mii", "întâi", "miden", "ena",
    "dio", "tria", "tris", "tessera", "tesseris", "pente", "exi", "epta", "okto", "ennea", "deka",
    "enteka", "dodeka", "eikosi", "trianta", "saranta", "peninta", "exinta", "evdominta", "ogdonta",
    "eneninta", "chilia", "chiliades", "enniakosia", "proti", "enog",
    /* da/no nine (branch spoken52) */
    "ni",
    /* ordinals of days above nineteen in sv, da, no, and 11-20 in cs (branch spoken59) */
    "tjugonde", "tyvende", "tjuende", "jedenáctého", "dvanáctého", "třináctého", "čtrnáctého",
    "patnáctého", "šestnáctého", "sedmnáctého", "osmnáctého", "devatenáctého", "dvacátého"};
const size_t nw_asr_nnum_parts2 = sizeof nw_asr_num_parts2 / sizeof nw_asr_num_parts2[0];
const char *const nw_asr_num_joins[] = {
    "und", "en", "ën",
    /* no fi hu ro el and the rest of pl sv da cs tr (branch spoken52) */
    "og"};
const size_t nw_asr_nnum_joins = sizeof nw_asr_num_joins / sizeof nw_asr_num_joins[0];
const char *const nw_asr_num_ends[] = {"th",   "te", "ten", "ter", "tes", "ste", "sten",
                                       "ster", "de", "st",  "nd",  "rd",  "en",  "er"};
const size_t nw_asr_nnum_ends = sizeof nw_asr_num_ends / sizeof nw_asr_num_ends[0];

/* Particles of names: never the whole of one, never its end. */
const char *const nw_asr_particles[] = {
    "de",  "van", "von", "da",  "di", "del", "della", "do",  "dos", "das",   "du",    "la",  "le",
    "der", "den", "ten", "ter", "zu", "y",   "e",     "des", "dei", "degli", "delle", "dos", "das"};
const size_t nw_asr_nparticles = sizeof nw_asr_particles / sizeof nw_asr_particles[0];
/* Greetings that open a turn. */
const char *const nw_asr_greets[] = {
    "hi",         "hello",     "hey",    "good",        "morning",     "afternoon",   "evening",
    "yes",        "yeah",      "hallo",  "guten",       "tag",         "morgen",      "abend",
    "grüß",       "gott",      "servus", "moin",        "ja",          "bonjour",     "bonsoir",
    "allô",       "allo",      "oui",    "goedemorgen", "goedemiddag", "goedenavond", "hoi",
    "dag",        "hola",      "buenas", "buenos",      "días",        "tardes",      "sí",
    "buongiorno", "buonasera", "salve",  "pronto",      "sì",          "olá",         "bom",
    "boa",        "dia",       "tarde",  "sim",         "alô"};
const size_t nw_asr_ngreets = sizeof nw_asr_greets / sizeof nw_asr_greets[0];

/* Said right after a name to correct it, in 17 languages (branch spoken52): "anna no sorry
 * hanna becker", "strand nei unnskyld stranda", "ioana nu scuze ioana popescu". */
const char *const nw_asr_corrections[] = {
    "no sorry", "no i mean", "sorry", "nein sorry", "nein entschuldigung", "nein", "non pardon",
    "pardon", "nee sorry", "nee", "no perdón", "perdón", "no scusi", "scusi", "não desculpe",
    "desculpe", "nie przepraszam", "przepraszam", "nej förlåt", "förlåt", "nej undskyld",
    "undskyld", "nei unnskyld", "unnskyld", "ei anteeksi", "anteeksi", "ne pardon", "nem bocsánat",
    "bocsánat", "yok pardon", "nu scuze", "scuze", "ochi signomi", "signomi",
    /* spoken53: "wait" */
    "sorry no", "nee moment", "non attendez", "nee wacht", "no espere", "no aspetti", "não espere",
    "nie czekaj", "nej vänta", "nej vent", "nei vent", "ei hetkinen", "ne počkejte", "nem várjon",
    "hayır dur", "nu stați", "ochi perimene"};
const size_t nw_asr_ncorrections = sizeof nw_asr_corrections / sizeof nw_asr_corrections[0];
