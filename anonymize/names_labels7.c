/* names_labels7.c: a name after a label that says "a person goes here", in every form people
 * fill: the numbered fields of visa, tax and registration forms ("1. Surname:", "Vorname(n):",
 * "Prénom(s) :"), the parties of rental, bank, probate and HR documents ("Main driver:",
 * "Co-account holder:", "Hébergeant :", "Eredi:"), kin in household lists ("Grandma:", "Opa:",
 * "Tía:"), job titles and departments in org charts ("CEO:", "Finance:"), match reports
 * ("Scorers:", "Referee:"), funeral and wedding programmes ("Pallbearers:", "Woord van:") and
 * weekday rotas ("Mon: A + B"). The label may follow a numbering ("2)", "(3)", "Q4."), carry a
 * plural mark ("(s)", "(n)", "(en)") or a qualifier in brackets, follow a sentence on its line
 * ("... on 14/7/26. Witness: X"); the value may be one name or a list ("A & B", "A, B and C",
 * "A + B", "A / B"), in capitals ("SURNAME, Given", "GIVEN SURNAME").
 *
 * The one thing to know: a value is taken only when every item of it is name-shaped and the
 * value ends where a field ends (the line, a tab, a bar, two spaces, a bracket or a dash), so
 * "Finance: Q3 budget approved", "Mon: closed", "User: admin", "Host: example.com", "CEO: TBD"
 * and a chat's "Assistant: Sure, ..." name no one. Labels that as often carry a status or a
 * plan (departments, job titles, weekdays) count only on a line that opens with the label, next
 * to another line that opens the same way. The pass visits each ':' the text has (memchr) and
 * leaves at once unless a space and a capital follow it and a letter precedes it.
 */
#include "anonymize/names.h"
#include "anonymize/names_internal.h"

#include <pthread.h>
#include <string.h>

enum { L_NONE, L_FIELD, L_PERSON, L_PARTY, L_KIN, L_ORG, L_DAY, L_OLD };

/* Labels whose value is one person or a list of people, folded, in en/de/fr/nl/es/it/pt: form
 * fields, parties of documents, witnesses, heirs, dependants, sport and ceremony roles. */
static const char *const person_labels[] = {
    /* en: form fields */
    "surname", "surnames", "family name", "family names", "last name", "last names", "given name",
    "given names", "first name", "first names", "forename", "forenames", "middle name",
    "middle names", "other names", "other given names", "name at birth", "birth name",
    "birth surname", "maiden name", "previous surname", "previous surnames", "previous names",
    "former name", "former surname", "married name", "taxpayer name", "taxpayer last name",
    "taxpayer first name", "spouse's name", "spouse's surname", "spouse's full name", "spouse name",
    "name of spouse", "name of sponsor", "sponsor's name", "father's name", "father's full name",
    "mother's name", "mother's full name", "mother's maiden name", "father's surname",
    "mother's surname", "name of father", "name of mother", "applicant's name", "name of applicant",
    "name of declarant", "declarant", "full name of applicant", "legal name", "preferred name",
    "known as", "name of deceased", "deceased", "name of child", "child's name",
    "child's full name", "partner's name", "next of kin name", "name of guardian", "holder's name",
    "account name", "name on card", "cardholder name", "beneficiary name", "payee name", "remitter",
    "ordering customer", "account holder name",
    /* en: parties and roles */
    "main driver", "additional driver", "second driver", "named driver", "named drivers",
    "additional drivers", "account holder", "account holders", "co-account holder",
    "joint account holder", "joint account holders", "second account holder", "clerk", "witness",
    "witnesses", "first witness", "second witness", "librarian", "tenant", "tenants",
    "joint tenants", "landlord", "landlady", "lodger", "signatory", "signatories",
    "authorised signatory", "authorized signatory", "executor", "executors", "executrix", "trustee",
    "trustees", "guardian", "guardians", "next of kin", "emergency contact", "guarantor",
    "guarantors", "cardholder", "payee", "borrower", "borrowers", "co-borrower", "caseworker",
    "case worker", "line manager", "interpreter", "invigilator", "approver", "approved by",
    "checked by", "received by", "signed by", "witnessed by", "issued by", "prepared by", "carer",
    "caregiver", "notary", "sponsor", "inspector", "keyholder", "key holder", "beneficiary",
    "beneficiaries", "heir", "heirs", "dependant", "dependants", "dependent", "dependents",
    "occupant", "occupants", "authorised user", "authorised users", "authorized users",
    "household members", "children", "spouse", "partner", "applicant", "applicants", "co-applicant",
    "insured person", "residents", "trainee", "apprentice", "intern", "volunteer", "volunteers",
    "tutor", "mentor", "coach", "coaches", "supervisor", "team leader", "foreman", "cashier",
    "receptionist", "nurse", "midwife", "surgeon", "pharmacist", "solicitor", "barrister",
    "magistrate", "officiant", "celebrant", "chaplain", "organist",
    /* en: sport */
    "player of the match", "man of the match", "woman of the match", "player of the day", "referee",
    "assistant referee", "assistant referees", "fourth official", "umpire", "umpires", "linesman",
    "captain", "vice-captain", "vice captain", "goalkeeper", "top scorer", "mvp", "scorer",
    "scorers", "goalscorer", "goalscorers", "goals", "tries", "assists", "subs", "subs used",
    "substitutes", "bench", "sent off", "booked", "yellow cards", "red card",
    /* en: ceremonies */
    "pallbearers", "pall bearers", "bearers", "eulogy", "eulogies", "eulogy by", "welcome",
    "welcome by", "opening words", "closing words", "tribute", "tributes", "tribute by", "readers",
    "reader", "readings by", "reading by", "first reading", "second reading",
    "parents of the bride", "parents of the groom", "bride", "groom", "best man", "best men",
    "maid of honour", "maid of honor", "matron of honour", "bridesmaids", "groomsmen", "ushers",
    "ring bearer", "flower girl", "flower girls", "godparents", "godmother", "godfather", "toast",
    "toasts", "speeches", "candle lighting", "committal", "prayers", "poem", "poem read by",
    "music by", "sung by", "soloist", "in memory of",
    /* who received, signed or checked: "... Received by: X" in the seven languages */
    "handed over by", "collected by", "served by", "reçu par", "reçue par", "signé par",
    "vérifié par", "établi par", "remis par", "quittiert von", "erhalten von", "unterschrieben von",
    "geprüft von", "ausgestellt von", "übergeben von", "ontvangen door", "getekend door",
    "gecontroleerd door", "opgesteld door", "overhandigd door", "recibido por", "recibida por",
    "firmado por", "revisado por", "entregado por", "ricevuto da", "ricevuta da", "firmato da",
    "verificato da", "consegnato da", "recebido por", "recebida por", "assinado por",
    "verificado por", "entregue por", "addetto", "addetta", "monteur", "monteurin",
    /* de: Formularfelder */
    "nachname", "familienname", "familiennamen", "geburtsname", "frühere namen",
    "frühere familiennamen", "ehename", "vorname", "vornamen", "rufname", "name des vaters",
    "name der mutter", "name des ehegatten", "name der ehegattin", "name des antragstellers",
    "vollständiger name", "name des kindes", "name, vorname", "kontoinhaber", "kontoinhaberin",
    "name des karteninhabers", "empfänger", "empfängerin", "auftraggeber", "auftraggeberin",
    "zahlungsempfänger",
    /* de: Parteien und Rollen */
    "hauptfahrer", "hauptfahrerin", "zusatzfahrer", "zusatzfahrerin", "weiterer fahrer",
    "weitere fahrer", "mitkontoinhaber", "mitkontoinhaberin", "zeuge", "zeugin", "zeugen",
    "mitarbeiter", "mitarbeiterin", "bibliothekar", "bibliothekarin", "gastgeber", "gastgeberin",
    "mieter", "mieterin", "vermieter", "vermieterin", "unterzeichner", "unterzeichnerin",
    "testamentsvollstrecker", "testamentsvollstreckerin", "vormund", "notfallkontakt", "bürge",
    "bürgin", "bürgen", "karteninhaber", "karteninhaberin", "kreditnehmer", "kreditnehmerin",
    "dolmetscher", "dolmetscherin", "betreuer", "betreuerin", "vorgesetzter", "vorgesetzte",
    "ansprechpartnerin", "hausmeister", "hausmeisterin", "erbe", "erbin", "erben", "begünstigter",
    "begünstigte", "angehörige", "mitbewohner", "mitbewohnerin", "kinder", "kinder im haushalt",
    "ehefrau", "ehemann", "ehepartner", "lebenspartner", "lebenspartnerin", "antragsteller",
    "antragstellerin", "sachbearbeiter", "sachbearbeiterin", "notar", "notarin", "trauzeuge",
    "trauzeugin", "trauzeugen", "pate", "patin", "paten", "taufpaten", "taufpate", "taufpatin",
    "sargträger", "trauerrede", "traueredner", "trauerrednerin", "traurednerin", "trauredner",
    "nachruf", "begrüßung", "lesung", "lesungen", "fürbitten", "schlussworte", "eltern der braut",
    "eltern des bräutigams", "brautjungfern", "blumenkinder", "ringträger", "organist",
    "organistin", "spieler des spiels", "spielerin des spiels", "bester spieler", "beste spielerin",
    "torschützen", "torschütze", "torschützin", "tore", "schiedsrichter", "schiedsrichterin",
    "kapitän", "kapitänin", "trainer", "trainerin", "eingewechselt", "ausgewechselt", "ersatzbank",
    "assistenten",
    /* fr */
    "nom", "noms", "nom de famille", "nom de naissance", "nom d'usage", "nom de jeune fille",
    "nom marital", "prénom", "prénoms", "autres prénoms", "nom du conjoint", "nom et prénom",
    "nom et prénoms", "nom complet", "nom du père", "nom de la mère", "nom et prénom du père",
    "nom et prénom de la mère", "nom du déclarant", "déclarant", "déclarante", "nom du titulaire",
    "nom du porteur", "titulaire", "titulaires", "bénéficiaire", "bénéficiaires", "donneur d'ordre",
    "conducteur principal", "conducteur secondaire", "conducteur additionnel",
    "conductrice principale", "titulaire du compte", "co-titulaire", "cotitulaire", "guichetier",
    "guichetière", "témoin", "témoins", "salarié", "salariée", "employé", "employée",
    "bibliothécaire", "hébergeant", "hébergeante", "hébergé", "hébergée", "hôte", "hôtesse",
    "locataire", "locataires", "colocataires", "bailleur", "bailleresse", "signataire",
    "signataires", "exécuteur testamentaire", "tuteur", "tutrice", "personne à prévenir",
    "personne à contacter", "personnes à charge", "personne à charge", "garant", "garante",
    "garants", "titulaire de la carte", "emprunteur", "emprunteuse", "co-emprunteur",
    "co-emprunteurs", "interprète", "responsable hiérarchique", "référent", "référente", "gardien",
    "gardienne", "héritier", "héritière", "héritiers", "ayants droit", "ayant droit", "conjoint",
    "conjointe", "enfants", "demandeur", "demandeuse", "notaire", "officiant", "officiante",
    "porteurs", "éloge funèbre", "éloge", "hommage", "hommages", "accueil", "mot d'accueil",
    "lecture", "lectures", "lecteurs", "mot de la fin", "parents de la mariée", "parents du marié",
    "demoiselles d'honneur", "garçons d'honneur", "parrain", "marraine", "parrain et marraine",
    "homme du match", "femme du match", "meilleur joueur", "meilleure joueuse", "buteurs", "buteur",
    "buteuse", "arbitre", "arbitres", "capitaine", "entraîneur", "entraîneuse", "remplaçants",
    "passeurs",
    /* nl */
    "achternaam", "achternamen", "geslachtsnaam", "geboortenaam", "meisjesnaam", "achterna(a)m(en)",
    "voornaam", "voornamen", "voorna(a)m(en)", "roepnaam", "volledige naam", "naam vader",
    "naam moeder", "naam partner", "naam echtgenoot", "naam echtgenote", "naam echtgeno(o)t(e)",
    "naam aanvrager", "naam rekeninghouder", "tenaamstelling", "begunstigde", "begunstigden",
    "opdrachtgever", "hoofdbestuurder", "extra bestuurder", "tweede bestuurder", "rekeninghouder",
    "mederekeninghouder", "baliemedewerker", "baliemedewerkster", "getuige", "getuigen",
    "werknemer", "werkneemster", "medewerker", "medewerkster", "bibliothecaris", "gastheer",
    "gastvrouw", "gastouder", "huurder", "huurders", "medehuurder", "medehuurders", "verhuurder",
    "ondertekenaar", "executeur", "voogd", "contactpersoon", "borg", "borgsteller", "pashouder",
    "kredietnemer", "tolk", "leidinggevende", "mentor", "conciërge", "erfgenaam", "erfgenamen",
    "gezinsleden", "inwonende kinderen", "kinderen", "partner", "echtgenoot", "echtgenote",
    "aanvrager", "aanvraagster", "notaris", "dragers", "woord van", "welkom", "welkomstwoord",
    "in memoriam", "lezing", "lezingen", "slotwoord", "ouders van de bruid",
    "ouders van de bruidegom", "bruidsmeisjes", "ceremoniemeester", "ceremoniemeesters",
    "peetouders", "peter", "meter", "getuigen bruid", "man van de wedstrijd",
    "speler van de wedstrijd", "doelpuntenmakers", "doelpunten", "scheidsrechter", "aanvoerder",
    "aanvoerster", "wissels", "invallers",
    /* es */
    "apellidos", "apellido", "primer apellido", "segundo apellido", "apellidos de soltera",
    "nombre", "nombres", "nombre de pila", "nombre completo", "nombre y apellidos",
    "nombre del padre", "nombre de la madre", "cónyuge", "nombre del cónyuge",
    "nombre del declarante", "nombre del titular", "nombre del solicitante", "titular", "titulares",
    "beneficiario", "beneficiaria", "beneficiarios", "ordenante", "conductor principal",
    "conductor adicional", "segundo conductor", "titular de la cuenta", "cotitular", "cajero",
    "cajera", "testigo", "testigos", "empleado", "empleada", "trabajador", "trabajadora",
    "bibliotecario", "bibliotecaria", "anfitrión", "anfitriona", "arrendatario", "arrendataria",
    "arrendador", "arrendadora", "firmante", "firmantes", "albacea", "tutor", "tutora",
    "tutor legal", "persona de contacto", "avalista", "avalistas", "titular de la tarjeta",
    "prestatario", "prestataria", "intérprete", "responsable directo", "tramitador", "tramitadora",
    "portero", "portera", "heredero", "heredera", "herederos", "personas a cargo", "convivientes",
    "hijos", "esposa", "esposo", "solicitante", "notario", "notaria", "portadores", "elegía",
    "panegírico", "bienvenida", "palabras de", "lecturas", "primera lectura", "segunda lectura",
    "despedida", "oficiante", "padres de la novia", "padres del novio", "padrinos", "padrino",
    "madrina", "damas de honor", "pajes", "jugador del partido", "jugadora del partido",
    "goleadores", "goleador", "goles", "árbitro", "árbitra", "capitán", "capitana", "entrenador",
    "entrenadora", "suplentes",
    /* it */
    "cognome", "cognomi", "cognome/i", "cognome da nubile", "cognome alla nascita", "nome", "nomi",
    "nome/i", "altri nomi", "nome e cognome", "cognome e nome", "paternità", "maternità", "coniuge",
    "nome del padre", "nome della madre", "nome del dichiarante", "nome del titolare",
    "intestatario", "intestataria", "intestatari", "cointestatario", "cointestataria", "ordinante",
    "beneficiari", "conducente principale", "secondo conducente", "impiegato", "impiegata",
    "testimone", "testimoni", "dipendente", "ospitante", "conduttore", "conduttrice", "locatore",
    "locatrice", "firmatario", "firmataria", "firmatari", "esecutore testamentario", "tutore",
    "tutrice", "referente", "garante", "garanti", "titolare della carta", "mutuatario",
    "mutuataria", "interprete", "custode", "erede", "eredi", "familiari a carico", "conviventi",
    "coobbligati", "figli", "moglie", "marito", "richiedente", "notaio", "portatori",
    "elogio funebre", "benvenuto", "parole di", "letture", "prima lettura", "seconda lettura",
    "saluto finale", "celebrante", "genitori della sposa", "genitori dello sposo", "damigelle",
    "paggetti", "padrini", "migliore in campo", "marcatori", "marcatore", "reti", "arbitro",
    "capitano", "allenatore", "allenatrice", "in panchina",
    /* pt */
    "apelido", "apelidos", "apelido(s)", "apelido de solteira", "sobrenome", "sobrenomes",
    "nome próprio", "nomes próprios", "nome(s) próprio(s)", "nomes", "prenome", "prenomes",
    "nome completo", "nome do pai", "nome da mãe", "cônjuge", "nome do requerente",
    "nome do titular", "beneficiário", "beneficiária", "beneficiários", "condutor principal",
    "condutor adicional", "titular da conta", "funcionário", "funcionária", "testemunha",
    "testemunhas", "trabalhador", "utente", "bibliotecário", "anfitrião", "anfitriã",
    "arrendatário", "arrendatária", "senhorio", "senhoria", "signatário", "signatária",
    "cabeça de casal", "contacto de emergência", "contato de emergência", "fiador", "fiadora",
    "fiadores", "titular do cartão", "mutuário", "mutuária", "chefia direta", "gestor do processo",
    "porteiro", "herdeiro", "herdeira", "herdeiros", "dependentes", "agregado familiar", "filhos",
    "marido", "requerente", "notário", "portadores do caixão", "elogio fúnebre", "boas-vindas",
    "palavras de", "leituras", "primeira leitura", "segunda leitura", "pais da noiva",
    "pais do noivo", "padrinhos", "padrinho", "madrinha", "damas de honor", "pajens",
    "homem do jogo", "mulher do jogo", "melhor em campo", "marcadores", "golos", "gols", "capitão",
    "treinador", "treinadora", "suplentes"};

/* The fields of a name's parts on forms: their value is often one word, a surname in capitals. */
static const char *const name_fields[] = {"surname",
                                          "surnames",
                                          "family name",
                                          "family names",
                                          "last name",
                                          "last names",
                                          "given name",
                                          "given names",
                                          "first name",
                                          "first names",
                                          "forename",
                                          "forenames",
                                          "middle name",
                                          "middle names",
                                          "other names",
                                          "other given names",
                                          "name at birth",
                                          "birth name",
                                          "birth surname",
                                          "maiden name",
                                          "previous surname",
                                          "previous surnames",
                                          "former surname",
                                          "married name",
                                          "taxpayer last name",
                                          "taxpayer first name",
                                          "spouse's surname",
                                          "father's surname",
                                          "mother's surname",
                                          "mother's maiden name",
                                          "nachname",
                                          "familienname",
                                          "familiennamen",
                                          "geburtsname",
                                          "frühere familiennamen",
                                          "ehename",
                                          "vorname",
                                          "vornamen",
                                          "rufname",
                                          "nom",
                                          "noms",
                                          "nom de famille",
                                          "nom de naissance",
                                          "nom d'usage",
                                          "nom de jeune fille",
                                          "nom marital",
                                          "prénom",
                                          "prénoms",
                                          "autres prénoms",
                                          "achternaam",
                                          "achternamen",
                                          "geslachtsnaam",
                                          "geboortenaam",
                                          "meisjesnaam",
                                          "achterna(a)m(en)",
                                          "voornaam",
                                          "voornamen",
                                          "voorna(a)m(en)",
                                          "roepnaam",
                                          "apellidos",
                                          "apellido",
                                          "primer apellido",
                                          "segundo apellido",
                                          "apellidos de soltera",
                                          "nombre",
                                          "nombres",
                                          "nombre de pila",
                                          "cognome",
                                          "cognomi",
                                          "cognome/i",
                                          "cognome da nubile",
                                          "cognome alla nascita",
                                          "nome",
                                          "nomi",
                                          "nome/i",
                                          "altri nomi",
                                          "apelido",
                                          "apelidos",
                                          "apelido(s)",
                                          "apelido de solteira",
                                          "sobrenome",
                                          "sobrenomes",
                                          "nome próprio",
                                          "nomes próprios",
                                          "nome(s) próprio(s)",
                                          "nomes",
                                          "prenome",
                                          "prenomes"};

/* Parties whose value is a firm as often as a person (a landlord, an account's holder, a
 * payee): a value in Title Case must have a given name, an initial or only name-shaped words. */
static const char *const party_labels[] = {"landlord",
                                           "landlady",
                                           "tenant",
                                           "tenants",
                                           "lessor",
                                           "lessee",
                                           "account holder",
                                           "account holders",
                                           "account name",
                                           "joint account holder",
                                           "payee",
                                           "payee name",
                                           "beneficiary",
                                           "beneficiaries",
                                           "beneficiary name",
                                           "remitter",
                                           "ordering customer",
                                           "guarantor",
                                           "guarantors",
                                           "sponsor",
                                           "policyholder",
                                           "borrower",
                                           "seller",
                                           "buyer",
                                           "vermieter",
                                           "vermieterin",
                                           "mieter",
                                           "mieterin",
                                           "kontoinhaber",
                                           "kontoinhaberin",
                                           "empfänger",
                                           "empfängerin",
                                           "auftraggeber",
                                           "auftraggeberin",
                                           "zahlungsempfänger",
                                           "bürge",
                                           "bürgin",
                                           "begünstigter",
                                           "begünstigte",
                                           "bailleur",
                                           "bailleresse",
                                           "locataire",
                                           "titulaire",
                                           "titulaires",
                                           "titulaire du compte",
                                           "bénéficiaire",
                                           "bénéficiaires",
                                           "donneur d'ordre",
                                           "garant",
                                           "garante",
                                           "garants",
                                           "verhuurder",
                                           "huurder",
                                           "rekeninghouder",
                                           "tenaamstelling",
                                           "begunstigde",
                                           "begunstigden",
                                           "opdrachtgever",
                                           "borg",
                                           "borgsteller",
                                           "arrendador",
                                           "arrendadora",
                                           "arrendatario",
                                           "arrendataria",
                                           "titular",
                                           "titulares",
                                           "titular de la cuenta",
                                           "beneficiario",
                                           "beneficiaria",
                                           "beneficiarios",
                                           "ordenante",
                                           "avalista",
                                           "avalistas",
                                           "locatore",
                                           "locatrice",
                                           "conduttore",
                                           "intestatario",
                                           "intestataria",
                                           "intestatari",
                                           "beneficiari",
                                           "ordinante",
                                           "garante",
                                           "garanti",
                                           "senhorio",
                                           "senhoria",
                                           "arrendatário",
                                           "arrendatária",
                                           "titular da conta",
                                           "beneficiário",
                                           "beneficiária",
                                           "beneficiários",
                                           "fiador",
                                           "fiadora",
                                           "fiadores"};

/* Kin words as labels of household, moving and party lists; the value is often one given
 * name ("Oma: Hilde"). */
static const char *const kin_labels[] = {"grandma",
                                         "grandpa",
                                         "grandmother",
                                         "grandfather",
                                         "granny",
                                         "grandad",
                                         "granddad",
                                         "gran",
                                         "nan",
                                         "nana",
                                         "nanna",
                                         "grampa",
                                         "mum",
                                         "mom",
                                         "mother",
                                         "dad",
                                         "father",
                                         "stepdad",
                                         "stepmum",
                                         "stepmom",
                                         "stepfather",
                                         "stepmother",
                                         "aunt",
                                         "auntie",
                                         "aunty",
                                         "uncle",
                                         "cousin",
                                         "cousins",
                                         "sister",
                                         "sisters",
                                         "brother",
                                         "brothers",
                                         "niece",
                                         "nieces",
                                         "nephew",
                                         "nephews",
                                         "son",
                                         "sons",
                                         "daughter",
                                         "daughters",
                                         "eldest",
                                         "youngest",
                                         "twins",
                                         "mother-in-law",
                                         "father-in-law",
                                         "sister-in-law",
                                         "brother-in-law",
                                         "son-in-law",
                                         "daughter-in-law",
                                         "wife",
                                         "husband",
                                         "grandson",
                                         "granddaughter",
                                         "grandchildren",
                                         "great-grandma",
                                         "great-grandmother",
                                         "oma",
                                         "opa",
                                         "omi",
                                         "opi",
                                         "uroma",
                                         "uropa",
                                         "großmutter",
                                         "großvater",
                                         "mama",
                                         "papa",
                                         "mutter",
                                         "vater",
                                         "tante",
                                         "onkel",
                                         "cousine",
                                         "schwester",
                                         "bruder",
                                         "nichte",
                                         "neffe",
                                         "sohn",
                                         "tochter",
                                         "schwiegermutter",
                                         "schwiegervater",
                                         "schwägerin",
                                         "schwager",
                                         "stiefvater",
                                         "stiefmutter",
                                         "patentante",
                                         "patenonkel",
                                         "enkel",
                                         "enkelin",
                                         "mamie",
                                         "papi",
                                         "papy",
                                         "mémé",
                                         "pépé",
                                         "grand-mère",
                                         "grand-père",
                                         "maman",
                                         "tata",
                                         "tatie",
                                         "tante",
                                         "tonton",
                                         "oncle",
                                         "frère",
                                         "sœur",
                                         "soeur",
                                         "nièce",
                                         "neveu",
                                         "fils",
                                         "fille",
                                         "belle-mère",
                                         "beau-père",
                                         "belle-sœur",
                                         "beau-frère",
                                         "petit-fils",
                                         "petite-fille",
                                         "oom",
                                         "nicht",
                                         "neef",
                                         "zus",
                                         "broer",
                                         "zoon",
                                         "dochter",
                                         "schoonmoeder",
                                         "schoonvader",
                                         "schoonzus",
                                         "peettante",
                                         "stiefvader",
                                         "stiefmoeder",
                                         "moeder",
                                         "vader",
                                         "kleinzoon",
                                         "kleindochter",
                                         "abuela",
                                         "abuelo",
                                         "abuelita",
                                         "abuelito",
                                         "mamá",
                                         "papá",
                                         "madre",
                                         "padre",
                                         "tía",
                                         "tío",
                                         "prima",
                                         "primo",
                                         "hermana",
                                         "hermano",
                                         "sobrina",
                                         "sobrino",
                                         "hija",
                                         "hijo",
                                         "suegra",
                                         "suegro",
                                         "cuñada",
                                         "cuñado",
                                         "nieta",
                                         "nieto",
                                         "nonna",
                                         "nonno",
                                         "mamma",
                                         "papà",
                                         "zia",
                                         "zio",
                                         "cugina",
                                         "cugino",
                                         "sorella",
                                         "fratello",
                                         "nipote",
                                         "figlia",
                                         "figlio",
                                         "suocera",
                                         "suocero",
                                         "cognata",
                                         "cognato",
                                         "avó",
                                         "avô",
                                         "vovó",
                                         "vovô",
                                         "mãe",
                                         "pai",
                                         "tia",
                                         "tio",
                                         "irmã",
                                         "irmão",
                                         "sobrinha",
                                         "sobrinho",
                                         "filha",
                                         "filho",
                                         "sogra",
                                         "sogro",
                                         "cunhada",
                                         "cunhado",
                                         "neta",
                                         "neto"};

/* Job titles and departments of org charts and team pages: their value is a plan or a status
 * as often as a person. */
static const char *const org_labels[] = {"ceo",
                                         "cfo",
                                         "coo",
                                         "cto",
                                         "cio",
                                         "cmo",
                                         "cpo",
                                         "cro",
                                         "ciso",
                                         "chro",
                                         "chair",
                                         "chairman",
                                         "chairwoman",
                                         "chairperson",
                                         "vice chair",
                                         "president",
                                         "vice president",
                                         "vp",
                                         "vp sales",
                                         "vp engineering",
                                         "managing director",
                                         "md",
                                         "director",
                                         "deputy director",
                                         "general manager",
                                         "gm",
                                         "head of sales",
                                         "head of people",
                                         "head of hr",
                                         "head of finance",
                                         "head of it",
                                         "head of marketing",
                                         "head of operations",
                                         "head of product",
                                         "head of engineering",
                                         "head of legal",
                                         "head of design",
                                         "head of support",
                                         "head of data",
                                         "hr",
                                         "people",
                                         "finance",
                                         "accounts",
                                         "accounting",
                                         "sales",
                                         "ops",
                                         "operations",
                                         "it",
                                         "marketing",
                                         "legal",
                                         "procurement",
                                         "purchasing",
                                         "support",
                                         "customer support",
                                         "customer service",
                                         "customer success",
                                         "engineering",
                                         "product",
                                         "design",
                                         "qa",
                                         "facilities",
                                         "payroll",
                                         "reception",
                                         "logistics",
                                         "warehouse",
                                         "compliance",
                                         "dpo",
                                         "data protection officer",
                                         "office manager",
                                         "team lead",
                                         "tech lead",
                                         "scrum master",
                                         "product owner",
                                         "project manager",
                                         "pm",
                                         "secretary",
                                         "treasurer",
                                         "board",
                                         "communications",
                                         "comms",
                                         "pr",
                                         "admin",
                                         "administration",
                                         "security",
                                         "research",
                                         "r&d",
                                         "training",
                                         "quality",
                                         "data",
                                         "geschäftsführer",
                                         "geschäftsführerin",
                                         "geschäftsführung",
                                         "vorstand",
                                         "vorstandsvorsitzender",
                                         "prokurist",
                                         "prokuristin",
                                         "buchhaltung",
                                         "vertrieb",
                                         "einkauf",
                                         "personal",
                                         "personalabteilung",
                                         "recht",
                                         "lager",
                                         "empfang",
                                         "datenschutz",
                                         "datenschutzbeauftragter",
                                         "datenschutzbeauftragte",
                                         "teamleitung",
                                         "teamleiter",
                                         "teamleiterin",
                                         "projektleitung",
                                         "projektleiter",
                                         "projektleiterin",
                                         "abteilungsleiter",
                                         "abteilungsleiterin",
                                         "controlling",
                                         "kundendienst",
                                         "geschäftsleitung",
                                         "pdg",
                                         "dg",
                                         "directeur",
                                         "directrice",
                                         "directeur général",
                                         "directrice générale",
                                         "drh",
                                         "daf",
                                         "comptabilité",
                                         "ventes",
                                         "achats",
                                         "rh",
                                         "informatique",
                                         "juridique",
                                         "logistique",
                                         "chef de projet",
                                         "cheffe de projet",
                                         "qualité",
                                         "paie",
                                         "communication",
                                         "sav",
                                         "direction",
                                         "secrétariat",
                                         "trésorier",
                                         "trésorière",
                                         "secrétaire",
                                         "présidente",
                                         "président",
                                         "algemeen directeur",
                                         "financiën",
                                         "verkoop",
                                         "inkoop",
                                         "personeelszaken",
                                         "ict",
                                         "juridische zaken",
                                         "magazijn",
                                         "receptie",
                                         "teamleider",
                                         "projectleider",
                                         "bedrijfsleider",
                                         "klantenservice",
                                         "salarisadministratie",
                                         "voorzitter",
                                         "penningmeester",
                                         "secretaris",
                                         "director general",
                                         "directora general",
                                         "gerente",
                                         "consejero delegado",
                                         "consejera delegada",
                                         "finanzas",
                                         "contabilidad",
                                         "ventas",
                                         "compras",
                                         "rrhh",
                                         "recursos humanos",
                                         "sistemas",
                                         "jurídico",
                                         "almacén",
                                         "recepción",
                                         "jefe de proyecto",
                                         "jefa de proyecto",
                                         "calidad",
                                         "atención al cliente",
                                         "nóminas",
                                         "presidenta",
                                         "presidente",
                                         "tesorero",
                                         "tesorera",
                                         "secretario",
                                         "secretaria",
                                         "amministratore delegato",
                                         "ad",
                                         "direttore generale",
                                         "direttrice generale",
                                         "amministrazione",
                                         "contabilità",
                                         "vendite",
                                         "commerciale",
                                         "acquisti",
                                         "risorse umane",
                                         "ufficio legale",
                                         "magazzino",
                                         "segreteria",
                                         "capo progetto",
                                         "qualità",
                                         "assistenza clienti",
                                         "tesoriere",
                                         "diretor-geral",
                                         "diretora-geral",
                                         "diretor geral",
                                         "administrador",
                                         "administradora",
                                         "finanças",
                                         "vendas",
                                         "informática",
                                         "armazém",
                                         "receção",
                                         "recepção",
                                         "gestor de projeto",
                                         "gestora de projeto",
                                         "qualidade",
                                         "apoio ao cliente",
                                         "tesoureiro",
                                         "tesoureira",
                                         "user",
                                         "assistant",
                                         "guest",
                                         "owner",
                                         "author",
                                         "host",
                                         "hosts",
                                         "driver",
                                         "engineer",
                                         "technician",
                                         "courier",
                                         "consultant",
                                         "gp",
                                         "vet",
                                         "counsel",
                                         "judge",
                                         "registrar",
                                         "bench",
                                         "goals",
                                         "tries",
                                         "assists",
                                         "toast",
                                         "reader",
                                         "welcome",
                                         "poem",
                                         "prayers",
                                         "tribute",
                                         "bride",
                                         "groom",
                                         "resident",
                                         "student",
                                         "pupil",
                                         "agent",
                                         "agente"};

/* Weekdays as the labels of a rota, written short and long. */
static const char *const day_labels[] = {
    "mon",         "tue",          "tues",         "wed",
    "thu",         "thur",         "thurs",        "fri",
    "sat",         "sun",          "monday",       "tuesday",
    "wednesday",   "thursday",     "friday",       "saturday",
    "sunday",      "mo",           "di",           "mi",
    "do",          "fr",           "sa",           "so",
    "montag",      "dienstag",     "mittwoch",     "donnerstag",
    "freitag",     "samstag",      "sonntag",      "lun",
    "mar",         "mer",          "jeu",          "ven",
    "sam",         "dim",          "lundi",        "mardi",
    "mercredi",    "jeudi",        "vendredi",     "samedi",
    "dimanche",    "ma",           "wo",           "vr",
    "za",          "zo",           "maandag",      "dinsdag",
    "woensdag",    "donderdag",    "vrijdag",      "zaterdag",
    "zondag",      "mié",          "mie",          "jue",
    "vie",         "sáb",          "sab",          "dom",
    "lunes",       "martes",       "miércoles",    "miercoles",
    "jueves",      "viernes",      "sábado",       "sabado",
    "domingo",     "gio",          "lunedì",       "martedì",
    "mercoledì",   "giovedì",      "venerdì",      "sabato",
    "domenica",    "seg",          "ter",          "qua",
    "qui",         "sex",          "segunda",      "terça",
    "quarta",      "quinta",       "sexta",        "segunda-feira",
    "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"};

/* Values that fill a person's slot without naming one, and words that open a status. */
static const char *const no_one[] = {
    "none",         "nobody",      "unknown",  "n/a",         "na",         "tbd",
    "tbc",          "tba",         "pending",  "vacant",      "open",       "hiring",
    "closed",       "off",         "free",     "keine",       "keiner",     "niemand",
    "unbekannt",    "offen",       "frei",     "geschlossen", "vakant",     "aucun",
    "aucune",       "personne",    "inconnu",  "fermé",       "vacant",     "geen",
    "niemand",      "onbekend",    "gesloten", "vacature",    "ninguno",    "ninguna",
    "nadie",        "desconocido", "cerrado",  "vacante",     "nessuno",    "nessuna",
    "sconosciuto",  "chiuso",      "vacante",  "nenhum",      "nenhuma",    "ninguém",
    "desconhecido", "fechado",     "vago",     "self",        "me",         "myself",
    "ich",          "moi",         "ik",       "yo",          "io",         "eu",
    "all",          "alle",        "tous",     "todos",       "tutti",      "iedereen",
    "everyone",     "team",        "holiday",  "holidays",    "feiertag",   "ruhetag",
    "urlaub",       "férié",       "fériée",   "congé",       "vacances",   "feestdag",
    "vakantie",     "festivo",     "fiesta",   "vacaciones",  "ferie",      "feriado",
    "férias",       "folga",       "sick",     "krank",       "malade",     "ziek",
    "enfermo",      "enferma",     "malato",   "malata",      "doente",     "remote",
    "wfh",          "homeoffice",  "inventur", "inventaire",  "inventario", "rest",
    "rust",         "descanso",    "riposo",   "repos"};

/* Titles before a value, and degrees and suffixes after a name in a list ("X, MD"). */
static const char *const titles[] = {"dr",   "dra",  "mr",   "mrs", "ms",     "miss", "herr",
                                     "frau", "mme",  "mlle", "dhr", "mevr",   "sr",   "sra",
                                     "srta", "dott", "prof", "sig", "sig.ra", "me",   "ing"};
static const char *const suffixes[] = {"md",  "phd", "dds", "rn",  "esq", "jr",  "sr", "ii",
                                       "iii", "msc", "mba", "bsc", "llm", "dvm", "do"};

/* Words of institutions' and firms' names, in the seven languages: a value with one of them is
 * a body, not a person ("Deutsche Bahn", "Crédit Agricole", "Caixa Geral", "Stichting Thuis"). */
static const char *const body_words[] = {
    "deutsche",     "deutscher",    "deutsches",     "française",      "français",
    "nederlandse",  "española",     "español",       "italiana",       "italiano",
    "portuguesa",   "português",    "british",       "american",       "european",
    "europäische",  "européenne",   "national",      "nationale",      "nacional",
    "nazionale",    "royal",        "general",       "generale",       "générale",
    "allgemeine",   "united",       "international", "internationale", "crédit",
    "credit",       "banco",        "banca",         "banque",         "bank",
    "caixa",        "caisse",       "caja",          "cassa",          "sparkasse",
    "volksbank",    "société",      "societe",       "compagnie",      "sociedad",
    "società",      "sociedade",    "stichting",     "fundación",      "fondazione",
    "fundação",     "fondation",    "foundation",    "stiftung",       "verein",
    "association",  "asociación",   "associazione",  "associação",     "vereniging",
    "ministère",    "ministerio",   "ministero",     "ministério",     "ministry",
    "gemeente",     "ville",        "stadt",         "stadtwerke",     "comune",
    "câmara",       "ayuntamiento", "council",       "université",     "universidad",
    "università",   "universidade", "universität",   "university",     "hochschule",
    "école",        "escuela",      "scuola",        "escola",         "school",
    "hôpital",      "hospital",     "ospedale",      "klinikum",       "clinique",
    "clinica",      "clínica",      "clinic",        "immobilier",     "immobilien",
    "immobiliare",  "inmobiliaria", "imobiliária",   "assurance",      "assurances",
    "versicherung", "seguros",      "assicurazioni", "verzekeringen",  "insurance",
    "holding",      "trust",        "estates",       "properties",     "housing",
    "wonen",        "woningbouw",   "logement",      "vivienda",       "habitação"};

/* Conjunctions that join the names of a list, and the ones of the seven languages. */
static const char *const joins[] = {"and", "und", "et", "en", "y", "e"};

#define NSLOT7 2048
static struct {
    const char *w;
    unsigned char cls;
} slot7[NSLOT7];
static pthread_once_t slot7_once = PTHREAD_ONCE_INIT;

static unsigned hash7(const char *w)
{
    unsigned h = 0x811C9DC5u;
    for (; *w; w++)
        h = (h ^ (unsigned char)*w) * 0x01000193u;
    return h & (NSLOT7 - 1);
}

static void add7(const char *const *list, size_t n, unsigned char cls)
{
    for (size_t i = 0; i < n; i++) {
        unsigned k = hash7(list[i]);
        while (slot7[k].w && strcmp(slot7[k].w, list[i]) != 0)
            k = (k + 1) & (NSLOT7 - 1);
        if (!slot7[k].w) { /* the first list a word is in decides its class */
            slot7[k].w = list[i];
            slot7[k].cls = cls;
        }
    }
}

static void init7(void)
{
#define ADD7(l, c) add7(l, sizeof l / sizeof l[0], c)
    ADD7(day_labels, L_DAY);
    ADD7(name_fields, L_FIELD);
    ADD7(party_labels, L_PARTY);
    ADD7(person_labels, L_PERSON);
    ADD7(kin_labels, L_KIN);
    ADD7(org_labels, L_ORG);
#undef ADD7
}

/* The class of the folded label f: this file's lists, then the pack's other person labels. */
static int class_of(const char *f)
{
    pthread_once(&slot7_once, init7);
    for (unsigned k = hash7(f); slot7[k].w; k = (k + 1) & (NSLOT7 - 1))
        if (strcmp(slot7[k].w, f) == 0)
            return slot7[k].cls;
    /* the pack's address labels of mail and travel ("To: Tyler" is a town on a boarding pass) */
    static const char *const headers[] = {"to",   "from", "an",  "aan", "da",
                                          "de",   "cc",   "bcc", "von", "van",
                                          "para", "per",  "por", "a",   "\xc3\xa0"};
    return nw_label(f) && !nw_one_of(f, headers, sizeof headers / sizeof headers[0]) ? L_OLD
                                                                                     : L_NONE;
}

/* The class of the label t[a .. b): folded, then without a bracketed mark or qualifier at its
 * end ("Given name(s)", "Family name (as in passport)") and either side of a bilingual " / ". */
static int label_class(const struct sc *s, size_t a, size_t b)
{
    char f[64];
    if (b <= a || b - a >= sizeof f)
        return L_NONE;
    size_t n = nw_fold((const char *)s->t + a, b - a, f, sizeof f - 1);
    if (!n)
        return L_NONE;
    f[n] = '\0';
    int c = class_of(f);
    if (c)
        return c;
    if (f[n - 1] == ')') {
        char *o = strrchr(f, '(');
        if (o && o > f) {
            while (o > f && o[-1] == ' ')
                o--;
            *o = '\0';
            if ((c = class_of(f)) != L_NONE)
                return c;
            n = (size_t)(o - f);
        }
    }
    if (n > 3 && f[n - 2] == '/' && (f[n - 1] == 'i' || f[n - 1] == 's' || f[n - 1] == 'n')) {
        f[n - 2] = '\0'; /* "Cognome/i" */
        if ((c = class_of(f)) != L_NONE)
            return c;
        f[n - 2] = '/';
    }
    char *slash = strstr(f, " / ");
    if (slash) {
        if ((c = class_of(slash + 3)) != L_NONE)
            return c;
        *slash = '\0';
        return class_of(f);
    }
    return L_NONE;
}

/* A numbering before a label at i ("1. ", "2) ", "(3) ", "Q4. ", "5.", "b) "): where the label
 * starts after it, or i. */
static size_t skip_number(const struct sc *s, size_t i, size_t e)
{
    const uint8_t *t = s->t;
    size_t k = i;
    if (k < e && t[k] == '(')
        k++;
    if (k < e && (t[k] == 'Q' || t[k] == 'q' || t[k] == '#') && k + 1 < e && is_digit(t[k + 1]))
        k++;
    size_t d = k;
    while (k < e && k - d < 3 &&
           (is_digit(t[k]) || (k > d && t[k] == '.' && k + 1 < e && is_digit(t[k + 1]))))
        k++;
    if (k == d) {
        if (k + 1 < e && t[k] >= 'a' && t[k] <= 'h' && t[k + 1] == ')')
            k++; /* "b) " */
        else
            return i;
    }
    if (k < e && (t[k] == '.' || t[k] == ')'))
        k++;
    if (k == d + 1 && k < e && t[k] != ' ' && t[k] != ')' && t[k - 1] != '.' && t[k - 1] != ')')
        return i;
    while (k < e && t[k] == ' ')
        k++;
    return k < e && (is_up(t[k]) || t[k] >= 0x80 || (t[k] >= 'a' && t[k] <= 'z')) ? k : i;
}

/* What ends a field going back from its label: a line, a tab, a bar, a semicolon, a bullet. */
static int field_stop(const uint8_t *t, size_t k)
{
    uint8_t c = t[k - 1];
    return c == '\n' || c == '\r' || c == '\t' || c == '|' || c == ';' ||
           (c == ' ' && k >= 2 && t[k - 2] == ' ') || (c == 0xA2 && k >= 3 && t[k - 2] == 0x80);
}

/* The label that ends at lb (its ':' after it): its class; *at_line set when it opens its line
 * or field (a numbering and a bullet aside), cleared when it follows a sentence. */
static int label_before(const struct sc *s, size_t lb, int *at_line, size_t *lstart)
{
    const uint8_t *t = s->t;
    size_t fs = lb;
    while (fs > 0 && lb - fs < 48 && !field_stop(t, fs))
        fs--;
    int bounded = fs == 0 || field_stop(t, fs);
    while (fs < lb && (t[fs] == ' ' || t[fs] == '-' || t[fs] == '*' || t[fs] == '>' ||
                       (t[fs] == 0xE2 && fs + 2 < lb && t[fs + 1] == 0x80 && t[fs + 2] == 0xA2)))
        fs += t[fs] == 0xE2 ? 3 : 1;
    if (bounded) {
        size_t a = skip_number(s, fs, lb);
        int c = label_class(s, a, lb);
        if (c) {
            *at_line = 1;
            *lstart = a;
            return c;
        }
    }
    /* after a sentence on the same line: ". Witness:", "! Clerk:" */
    for (size_t k = lb; k > fs + 2; k--) {
        if (t[k - 1] != ' ' || (t[k - 2] != '.' && t[k - 2] != '!' && t[k - 2] != '?'))
            continue;
        if (k < lb && (is_up(t[k]) || t[k] >= 0xC3)) {
            int c = label_class(s, k, lb);
            if (c == L_PERSON || c == L_PARTY || c == L_OLD) {
                *at_line = 0;
                *lstart = k;
                return c;
            }
        }
        break; /* only the last sentence's end */
    }
    return L_NONE;
}

static int fold_in(const struct sc *s, size_t a, size_t b, const char *const *list, size_t n)
{
    char buf[32];
    const char *f = nw_fold_span(s, a, b, buf, sizeof buf);
    return *f && nw_one_of(f, list, n);
}
#define FOLD_IN(s, a, b, list) fold_in((s), (a), (b), (list), sizeof(list) / sizeof((list)[0]))

/* One word at i before e: letters with inner apostrophes and hyphens, or an initial ("H."). Its
 * end, or 0; *letters its letters, *caps whether all are capitals, *up its first is one. */
static size_t word_at(const struct sc *s, size_t i, size_t e, int *letters, int *caps, int *up)
{
    const uint8_t *t = s->t;
    size_t j = i;
    int n = 0, allup = 1;
    *up = nw_upper(t + i, e - i) != 0;
    while (j < e) {
        size_t l = nw_letter(t + j, e - j);
        if (l) {
            if (!nw_upper(t + j, e - j))
                allup = 0;
            j += l;
            n++;
        } else if ((t[j] == '\'' || t[j] == '-') && n > 0 && j + 1 < e &&
                   nw_letter(t + j + 1, e - j - 1)) {
            j++;
        } else if (t[j] == 0xE2 && j + 2 < e && t[j + 1] == 0x80 && t[j + 2] == 0x99 && n > 0 &&
                   j + 3 < e && nw_letter(t + j + 3, e - j - 3)) {
            j += 3; /* O’Neill */
        } else {
            break;
        }
    }
    if (!n)
        return 0;
    if (n == 1 && j < e && t[j] == '.' && *up)
        j++; /* an initial */
    *letters = n;
    *caps = allup;
    return j;
}

/* nw_name_shape() of the word t[a .. e) in lower case (a surname in capitals). */
static int shape(const struct sc *s, size_t a, size_t e)
{
    char f[32];
    if (e - a >= sizeof f)
        return 0;
    size_t n = nw_fold((const char *)s->t + a, e - a, f, sizeof f);
    return n ? nw_name_shape((const uint8_t *)f, n) : 0;
}

/* A capitalised word t[a .. we) that no name is: an ordinary word of the lexicon that is no
 * name too, a month, a weekday or a word the pack files as no name. */
static int word_bad(const struct sc *s, size_t a, size_t we)
{
    unsigned f = nw_lexicon_in(s->t, s->len, a, we);
    if ((f & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) && !(f & (ANON_NL_GIVEN | ANON_NL_NAME)))
        return 1;
    char mb[24];
    const char *w = nw_fold_span(s, a, we, mb, sizeof mb);
    return *w && (nw_not_name(w) || nw_one_of(w, suffixes, sizeof suffixes / sizeof suffixes[0]));
}

/* Is the item t[a .. e) of nw words (full: words of two letters or more) a person by its words
 * alone? strong: a label that holds people only, so one unknown capitalised word will do. */
static int item_ok(const struct sc *s, size_t a, size_t e, int nw, int full, int cls, int caps,
                   int loose)
{
    if (!full || nw > 5)
        return 0;
    char fb[64];
    const char *fw = nw_fold_span(s, a, e, fb, sizeof fb);
    if (*fw && (nw_brand(fw, (size_t)nw) || nw_famous(fw)))
        return 0;
    for (size_t i = a; i < e;) {
        size_t we = i;
        while (we < e && s->t[we] != ' ')
            we++;
        if (we - i >= 4 && fold_in(s, i, we, body_words, sizeof body_words / sizeof *body_words))
            return 0;
        i = we + 1;
    }
    if (nw == 1) {
        if (FOLD_IN(s, a, e, no_one) || e - a < 3 || (caps && e - a < 4))
            return 0; /* "TBD", "HR", "MD", "Jo" */
        if (nw_forms5_pet(s, a, e) || nw_dob8_pet_named(s, a, e))
            return 0; /* "Patient: Kiki" in a vet's record */
        unsigned f = nw_lexicon_in(s->t, s->len, a, e);
        int name = (f & (ANON_NL_GIVEN | ANON_NL_NAME)) != 0;
        if (cls == L_ORG || cls == L_OLD || cls == L_PARTY)
            return name && !(f & (ANON_NL_COMMON_EN | ANON_NL_COMMON));
        if (!name && !loose && cls != L_FIELD && shape(s, a, e) <= 0)
            return 0;
    }
    if (nw_forms5_firm(s, a, e) || nw_not_person(s, a, e))
        return 0;
    if (cls == L_PARTY && !caps && nw >= 2) {
        /* "Arrendador: Bouygues Immobilier": a given name, an initial, or name-shaped words */
        int given = 0, shaped = 1;
        for (size_t i = a; i < e;) {
            size_t we = i;
            while (we < e && s->t[we] != ' ')
                we++;
            if (we - i == 2 && s->t[i + 1] == '.')
                given = 1;
            else if (nw_lexicon_in(s->t, s->len, i, we) & ANON_NL_GIVEN)
                given = 1;
            else if (!nw_particle(nw_fold_span(s, i, we, fb, sizeof fb)) && shape(s, i, we) <= 0)
                shaped = 0;
            i = we + 1;
        }
        return given || shaped;
    }
    return 1;
}

/* A minute or a count after a scorer ("12'", "67’", "2x"): its end, or i. */
static size_t skip_minute(const struct sc *s, size_t i, size_t le)
{
    const uint8_t *t = s->t;
    size_t k = i;
    if (k + 1 >= le || t[k] != ' ' || !is_digit(t[k + 1]))
        return i;
    k++;
    while (k < le && is_digit(t[k]))
        k++;
    if (k < le && t[k] == '\'')
        return k + 1;
    if (k + 2 < le && t[k] == 0xE2 && t[k + 1] == 0x80 && t[k + 2] == 0x99)
        return k + 3;
    if (k < le && t[k] == 'x')
        return k + 1;
    return i;
}

enum { MAX_ITEMS = 12 };

/* The value at v on the line ending at le after a label of class cls: every item emitted when
 * each is name-shaped and the value ends where a field ends. */
static int read_value(struct sc *s, size_t v, size_t le, int cls, int loose)
{
    const uint8_t *t = s->t;
    size_t ia[MAX_ITEMS], ie[MAX_ITEMS];
    int n = 0;
    size_t i = v;
    while (le > v && (t[le - 1] == ' ' || t[le - 1] == '\r'))
        le--;
    size_t te = v; /* a title before the name ("Dr. Ana Lobo", "Mme Duval") */
    while (te < le && te - v < 7 && t[te] != ' ' && t[te] != '.')
        te++;
    if (te > v && te < le && FOLD_IN(s, v, te, titles)) {
        if (t[te] == '.')
            te++;
        if (te + 1 < le && t[te] == ' ' && nw_upper(t + te + 1, le - te - 1))
            i = v = te + 1;
    }
    for (;;) {
        /* one item: words joined by single spaces, particles in lower case */
        size_t a = i, e = i;
        int nw = 0, full = 0, caps = 0, up = 0, letters;
        while (i < le) {
            int wc, wu;
            size_t we = word_at(s, i, le, &letters, &wc, &wu);
            if (!we)
                break;
            if (!wu) {
                char pb[16];
                const char *f = nw_fold_span(s, i, we, pb, sizeof pb);
                if (nw_one_of(f, joins, sizeof joins / sizeof joins[0]) && nw) {
                    i--; /* "A and B": the space before the conjunction */
                    break;
                }
                if (!*f || !nw_particle(f) || we >= le || t[we] != ' ')
                    return 0; /* a lower-case word: a sentence, not a name */
            } else {
                if (letters >= 2) {
                    if (word_bad(s, i, we))
                        return 0;
                    full++;
                    caps += wc;
                }
                up++;
            }
            nw++;
            e = we;
            if (we + 1 < le && t[we] == ' ' && (nw_letter(t + we + 1, le - we - 1)))
                i = we + 1;
            else {
                i = we;
                break;
            }
        }
        if (!nw || !up)
            return 0;
        /* "SURNAME, Given": a lone word in capitals and a comma before capitalised words */
        if (nw <= 3 && full && caps == full && e - a >= 3 && i + 2 < le && t[i] == ',' &&
            t[i + 1] == ' ' && nw_upper(t + i + 2, le - i - 2)) {
            int l2, c2, u2;
            size_t g = word_at(s, i + 2, le, &l2, &c2, &u2);
            if (g && !c2 && l2 >= 2) {
                size_t ge = g;
                while (ge + 1 < le && t[ge] == ' ') {
                    size_t g2 = word_at(s, ge + 1, le, &l2, &c2, &u2);
                    if (!g2 || !u2 || c2)
                        break;
                    ge = g2;
                }
                for (size_t w = i + 2; w < ge;) { /* the given names are words of a name */
                    size_t we = w;
                    while (we < ge && t[we] != ' ')
                        we++;
                    if (we - w >= 2 && t[we - 1] != '.' && word_bad(s, w, we))
                        return 0;
                    w = we + 1;
                }
                e = i = ge;
                nw++;
                full++;
            }
        }
        if (nw == 1 && i + 2 < le && t[i] == '.' && t[i + 1] == ' ')
            return 0; /* "Dra. Nhaquees": a title's abbreviation */
        if (!item_ok(s, a, e, nw, full, cls, caps == full, loose))
            return 0;
        if (n == MAX_ITEMS)
            return 0;
        ia[n] = a;
        ie[n++] = e;
        i = skip_minute(s, i, le);
        if (i + 1 < le && t[i] == ' ' && t[i + 1] == '(' && n > 0) {
            const uint8_t *c = memchr(t + i, ')', le - i < 40 ? le - i : 40);
            if (c && (size_t)(c - t) + 1 < le && t[(size_t)(c - t) + 1] == ',')
                i = (size_t)(c - t) + 1; /* "A 12' (pen), B" */
        }
        /* a separator of a list, or the value's end */
        if (i >= le)
            break;
        size_t k = i;
        if ((t[k] == ',' || t[k] == ';') && k + 1 < le && t[k + 1] == ' ')
            k += 2;
        else if (t[k] == ' ' && k + 2 < le &&
                 (t[k + 1] == '&' || t[k + 1] == '+' || t[k + 1] == '/') && t[k + 2] == ' ')
            k += 3;
        else if (t[k] == ' ' && k + 1 < le && t[k + 1] >= 'a' && t[k + 1] <= 'z') {
            size_t j = k + 1;
            while (j < le && t[j] >= 'a' && t[j] <= 'z')
                j++;
            if (j < le && t[j] == ' ' && FOLD_IN(s, k + 1, j, joins))
                k = j + 1;
            else
                return 0;
        } else
            break;
        if (t[k - 2] == ',' && k + 4 < le) { /* ", and " */
            size_t j = k;
            while (j < le && t[j] >= 'a' && t[j] <= 'z')
                j++;
            if (j > k && j < le && t[j] == ' ' && FOLD_IN(s, k, j, joins))
                k = j + 1;
        }
        if (k >= le || !(nw_upper(t + k, le - k)))
            return 0;
        i = k;
    }
    /* the value ends where a field ends */
    if (i < le) {
        uint8_t c = t[i];
        int ok = c == '\r' || c == '\t' || c == '|' || c == ';' ||
                 (c == '.' && (i + 1 == le || t[i + 1] == ' ' || t[i + 1] == '\r')) ||
                 (c == ' ' && i + 1 < le &&
                  (t[i + 1] == ' ' || t[i + 1] == '(' || t[i + 1] == '-' || t[i + 1] == '|' ||
                   t[i + 1] == 0xE2 || t[i + 1] == '['));
        if (!ok)
            return 0;
    }
    for (int k = 0; k < n; k++) {
        int rc = s->emit(s->arg, ANON_NAMES_PERSON, ia[k], ie[k]);
        if (rc < 0)
            return rc;
    }
    return 0;
}

static size_t line_end7(const struct sc *s, size_t i)
{
    const uint8_t *p = memchr(s->t + i, '\n', s->len - i);
    return p ? (size_t)(p - s->t) : s->len;
}

/* The class of the label that opens the line starting at ls, if a ':' and a space follow it. */
static int line_label(const struct sc *s, size_t ls)
{
    const uint8_t *t = s->t;
    size_t le = line_end7(s, ls);
    const uint8_t *c = memchr(t + ls, ':', le - ls < 40 ? le - ls : 40);
    if (!c)
        return L_NONE;
    size_t ce = (size_t)(c - t), lb = ce;
    if (ce + 1 >= le || t[ce + 1] != ' ')
        return L_NONE;
    while (lb > ls && t[lb - 1] == ' ')
        lb--;
    int at_line = 0;
    size_t a;
    int cls = label_before(s, lb, &at_line, &a);
    return at_line && a <= ls + 8 ? cls : L_NONE;
}

/* A neighbouring line (above or below, blank lines not skipped) opens with a label of the
 * same kind: the block is a chart or a rota, not a status line. */
static int block_of(const struct sc *s, size_t ls, size_t le, int cls)
{
    if (ls >= 2) {
        size_t p = ls - 1, q = p;
        while (q > 0 && s->t[q - 1] != '\n')
            q--;
        int c = line_label(s, q);
        if (c == cls || (cls == L_ORG && c == L_PERSON))
            return 1;
    }
    if (le + 1 < s->len) {
        int c = line_label(s, le + 1);
        if (c == cls || (cls == L_ORG && c == L_PERSON))
            return 1;
    }
    return 0;
}

int nw_labels7_names(struct sc *s)
{
    const uint8_t *t = s->t, *p;
    for (size_t i = 0; i < s->len && (p = memchr(t + i, ':', s->len - i));
         i = (size_t)(p - t) + 1) {
        size_t c = (size_t)(p - t), v = c + 1;
        /* the cheap test: a letter or ')' before, a space and a capital after */
        if (c == 0 || v + 1 >= s->len || (t[v] != ' ' && t[v] != '\t'))
            continue;
        while (v < s->len && (t[v] == ' ' || t[v] == '\t') && v - c < 6)
            v++;
        if (v >= s->len || !(is_up(t[v]) || (t[v] >= 0xC3 && t[v] <= 0xC5)) ||
            !nw_upper(t + v, s->len - v))
            continue;
        size_t lb = c;
        while (lb > 0 && c - lb < 3 && t[lb - 1] == ' ')
            lb--;
        if (lb >= 2 && t[lb - 1] == 0xA0 && t[lb - 2] == 0xC2)
            lb -= 2; /* French "Nom :" with a no-break space */
        if (lb == 0 || !(is_alnum(t[lb - 1]) || t[lb - 1] >= 0x80 || t[lb - 1] == ')'))
            continue;
        int at_line = 0;
        size_t la;
        int cls = label_before(s, lb, &at_line, &la);
        if (!cls)
            continue;
        size_t le = line_end7(s, v);
        /* a label that holds a status as often counts only in a block of labelled lines;
         * there, and under kin in such a block, a lone unknown word may be a given name */
        int loose = 0;
        if (cls == L_ORG || cls == L_DAY || cls == L_KIN) {
            size_t ls = la;
            while (ls > 0 && t[ls - 1] != '\n')
                ls--;
            int block = at_line && la <= ls + 8 && block_of(s, ls, le, cls);
            if (!block && cls != L_KIN)
                continue;
            loose = block && cls != L_ORG;
        }
        /* the value stops where the next field starts: two spaces, a tab, a bar */
        size_t ve = v;
        while (ve < le && t[ve] != '\t' && t[ve] != '|' &&
               !(t[ve] == ' ' && ve + 1 < le && t[ve + 1] == ' '))
            ve++;
        int rc = read_value(s, v, ve, cls, loose);
        if (rc < 0)
            return rc;
    }
    return 0;
}
