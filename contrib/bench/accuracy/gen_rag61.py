#!/usr/bin/env python3
"""gen_rag61.py: retrieval-augmented prompts whose retrieved chunks come out of PDF extraction
(issue 15, branch rag61). Written from the twenty-eighth blind set's public brief (its `rag`
family: its row in README.md's corpus table and its run.sh title; never the set or its generator)
and my own idea of such prompts, before hush was run on it.

A document (CV, employment contract, tenancy agreement, discharge letter, insurance claim, board
minutes, HR case note, customer e-mail, judgment, school report) is written in one of twelve
languages as sentences with people, street addresses and births after a birth word, beside
look-alikes: roles and legal terms, document titles, hyphenated compounds and street words as
topics (a street with no number), case numbers, pages, contract dates. It is then laid out as a
PDF extractor gives it back: justified lines cut by a line-end hyphen (`-\\n`, or a soft hyphen
U+00AD and a break), soft hyphens and no-break or thin spaces inside values, ligatures U+FB01-FB04,
a form column interleaved line by line (PyMuPDF blocks) or beside the text on the same line
(pdftotext -layout), running heads, feet and page numbers where a page ends; then cut into
retrieval windows that may overlap and may cut a word, a name, a street or a date in two.

Every character carries its span's id through the layout, so a value cut by anything but a
space inside it (a hyphen and a break, a running head, the other column, a chunk edge) is one
gold span per visible piece (pieces with under three letters or digits are left unlabelled);
a soft hyphen or a no-break space inside a value stays inside its span.

The chunks go into request bodies of the four APIs (chat completions, Responses, Anthropic with
text or document blocks, Gemini): in the system prompt, the user message or one block per chunk,
under `[doc N, p. N, score]`, `<context source=...>`, `### Source:` or `Document N (relevance:)`
headers; a third `\\uXXXX`-escaped. Python stdlib only; deterministic (seed 6161)."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_bodies import MARK, append_body, dumps, place, P  # noqa: E402
from gen_common import MONTH_WORDS, invent_syllables, write_json  # noqa: E402

rng = random.Random(6161)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "fi", "cs"]

# Given names and surnames of my own, some with fi/fl/ff for the ligatures, long ones for hyphens.
GIVEN = {"en": ["Rosalind", "Fletcher", "Winifred", "Humphrey", "Philippa", "Griffith", "Bernadette"],
         "de": ["Friedhelm", "Liselotte", "Wolfgang", "Adelheid", "Siegfried", "Mechthild", "Raffael"],
         "fr": ["Geneviève", "Florian", "Clémentine", "Fiacre", "Séverine", "Théophile", "Solange"],
         "nl": ["Femke", "Willemijn", "Floris", "Geertruida", "Maarten", "Fiene", "Hendrikus"],
         "es": ["Filomena", "Gregorio", "Inmaculada", "Florencio", "Remedios", "Anselmo", "Visitación"],
         "it": ["Filiberto", "Graziella", "Ermenegildo", "Raffaella", "Bonifacio", "Annunziata"],
         "pt": ["Filipa", "Gervásio", "Clotilde", "Florentino", "Rosalina", "Bartolomeu"],
         "pl": ["Przemysław", "Bożena", "Zdzisław", "Jadwiga", "Włodzimierz", "Filomena"],
         "sv": ["Fredrika", "Gunnar", "Solveig", "Leif", "Birgitta", "Ulf"],
         "da": ["Frederikke", "Torben", "Mette", "Flemming", "Kirsten", "Aksel"],
         "fi": ["Riikka", "Jorma", "Marjatta", "Eino", "Hilkka", "Tapani"],
         "cs": ["Bohumila", "Jaroslav", "Květoslava", "Radomír", "Ludmila", "Svatopluk"]}
SURN = {"en": ["Whitfield", "Duffield", "Cartwright", "Hollingsworth", "Fairbrother", "Griffiths"],
        "de": ["Schäffler", "Wolfinger", "Hildebrandt", "Kirchhoff", "Brandstätter", "Pfeiffer"],
        "fr": ["Delafosse", "Courtemanche", "Fiévet", "Rochefort", "Beaumarchais", "Lefflot"],
        "nl": ["Hoogeveen", "Vlieland", "Kloosterman", "Wijffels", "Oosterhuis", "Vandenberghe"],
        "es": ["Altamirano", "Fuentealba", "Echeverría", "Bustamante", "Villafañe", "Sotomayor"],
        "it": ["Fioravanti", "Buonarroti", "Tagliaferri", "Scafidi", "Lombardini", "Bonfiglio"],
        "pt": ["Figueirinhas", "Vasconcelos", "Magalhães", "Albuquerque", "Seixas", "Brandão"],
        "pl": ["Wierzbicki", "Chmielewska", "Szczepański", "Kowalczyk", "Przybylska", "Fijałkowski"],
        "sv": ["Fagerström", "Lindholm", "Sjöberg", "Wahlgren", "Engqvist", "Flodin"],
        "da": ["Fiskerstrand", "Kjeldsen", "Bundgaard", "Søndergaard", "Lykkegaard", "Fogh"],
        "fi": ["Kivimäki", "Hämäläinen", "Laaksonen", "Rautiainen", "Väisänen", "Fagerholm"],
        "cs": ["Dvořáková", "Štěpánek", "Procházka", "Chalupníková", "Fiala", "Křivánek"]}
SYL = {"en": ["mar", "low", "ten", "bry", "sel", "ock"], "de": ["ros", "ken", "dal", "wer", "bau", "sti"],
       "fr": ["mau", "ril", "ban", "ceu", "lor", "din"], "nl": ["kui", "ver", "sto", "lij", "bre", "hout"],
       "es": ["cal", "ira", "mon", "tes", "ruz", "ben"], "it": ["ric", "ola", "sar", "tel", "min", "gio"],
       "pt": ["sal", "ver", "cam", "bro", "tei", "lus"], "pl": ["kra", "sze", "wol", "mie", "dro", "bu"],
       "sv": ["hed", "bro", "sval", "lin", "ek", "mor"], "da": ["hol", "kje", "sted", "bæk", "ris", "lun"],
       "fi": ["kor", "ja", "lah", "sii", "vu", "pel"], "cs": ["stra", "bo", "chal", "ky", "dvo", "luž"]}
END = {"en": ["ham", "well", "more"], "de": ["inger", "mann", "hausen"], "fr": ["eau", "ard", "in"],
       "nl": ["stra", "ema", "ink"], "es": ["ales", "ega", "illo"], "it": ["ucci", "ardi", "ino"],
       "pt": ["inho", "eiro", "ota"], "pl": ["owski", "ewicz", "iak"], "sv": ["gren", "lund", "berg"],
       "da": ["bøl", "strup", "lev"], "fi": ["salo", "koski", "oja"], "cs": ["ovský", "ínek", "áček"]}
WORLD = [("Oluwaseun", "Adebayo-Fashola"), ("Nnamdi", "Chukwuemeka"), ("Meenakshi", "Subramanian"),
         ("Rafiq", "Chowdhury"), ("Tomoko", "Fujiwara"), ("Hyun-woo", "Baek"), ("Farida", "Benyoucef"),
         ("Olena", "Shevchenko"), ("Kofi", "Mensah-Bonsu"), ("Nguyen", "Thi Phuong"), ("Ayşegül", "Karadeniz")]

# Streets: {n} house number; towns with their postcodes.
STREET = {"en": ["{n} Fairfield Crescent", "{n} Hollybush Lane", "Flat {u}, {n} Marlborough Road",
                 "{n} Sheffield Road", "{n} Kingsmead Avenue", "{n} Wellington Terrace"],
          "de": ["Lindenstraße {n}", "Schäfflerstraße {n}", "Kastanienallee {n}", "Hauptstraße {n}",
                 "Friedrich-Ebert-Straße {n}", "Am Mühlenteich {n} a", "Kurfürstendamm {n}"],
          "fr": ["{n} rue des Tanneurs", "{n}, avenue de la République", "{n} boulevard Voltaire",
                 "{n} rue du Faubourg-Saint-Denis", "{n} impasse des Lilas"],
          "nl": ["Keizersgracht {n}", "Prinsengracht {n}-{u}", "Burgemeester Visserlaan {n}",
                 "Vlietstraat {n}", "Oudegracht {n} bis"],
          "es": ["Calle de Alcalá {n}, {u}º izq.", "Avenida de Andalucía {n}", "Calle Fuencarral {n}",
                 "Paseo de la Castellana {n}", "Calle Florida {n}"],
          "it": ["Via Fiorentina {n}", "Via Giuseppe Mazzini {n}", "Corso Buenos Aires {n}",
                 "Viale delle Rimembranze {n}/{u}", "Piazza Garibaldi {n}"],
          "pt": ["Rua Augusta {n}, {u}º Dto", "Avenida da República {n}", "Rua de Santa Catarina {n}",
                 "Travessa do Fiúza {n}"],
          "pl": ["ul. Marszałkowska {n}/{u}", "ul. Piotrkowska {n}", "al. Niepodległości {n}",
                 "ul. Świętokrzyska {n} m. {u}"],
          "sv": ["Fleminggatan {n}", "Kungsholmsgatan {n}", "Storgatan {n} B", "Vasavägen {n}"],
          "da": ["Nørrebrogade {n}, {u}. th.", "Frederiksberg Allé {n}", "Vesterbrogade {n}",
                 "Flensborggade {n}"],
          "fi": ["Mannerheimintie {n} B {u}", "Hämeenkatu {n}", "Fleminginkatu {n}", "Aleksanterinkatu {n}"],
          "cs": ["Vinohradská {n}/{u}", "Náměstí Míru {n}", "Korunní {n}", "Francouzská {n}"]}
TOWN = {"en": ["Leeds LS6 2QF", "Norwich NR2 4TJ", "Exeter EX4 6PX"], "de": ["80331 München", "50667 Köln"],
        "fr": ["69002 Lyon", "31000 Toulouse"], "nl": ["1016 DR Amsterdam", "3511 AX Utrecht"],
        "es": ["28014 Madrid", "41001 Sevilla"], "it": ["50129 Firenze", "20124 Milano"],
        "pt": ["1100-053 Lisboa", "4000-447 Porto"], "pl": ["00-624 Warszawa", "90-001 Łódź"],
        "sv": ["112 21 Stockholm", "411 05 Göteborg"], "da": ["2200 København N", "8000 Aarhus C"],
        "fi": ["00100 Helsinki", "33100 Tampere"], "cs": ["120 00 Praha 2", "602 00 Brno"]}

# Per language: (resides at, born on, a birth label, roles, ordinary sentences, look-alike topics).
L = {
 "en": ("residing at", "born on", "Date of birth:", ["the Tenant", "the Landlord", "the Claimant",
        "the Employee", "the Respondent"], [
        "The parties agree that the deposit shall be held in an approved protection scheme.",
        "Notice must be given in writing no later than two months before the end of the term.",
        "The committee noted the quarterly figures and approved the revised budget.",
        "The patient was mobilised on day two and tolerated a normal diet.",
        "No further action is required under the disciplinary procedure at this stage.",
        "Progress in mathematics has been steady; homework is handed in on time."],
        ["the Fairfield Road roadworks", "High Street parking", "non-refundable", "self-employment",
         "Wellington-Terrace development", "counter-claim", "sub-letting"]),
 "de": ("wohnhaft in der", "geboren am", "Geburtsdatum:", ["der Mieter", "die Vermieterin",
        "der Arbeitnehmer", "die Klägerin", "der Beklagte"], [
        "Die Kaution ist auf einem insolvenzfesten Treuhandkonto anzulegen.",
        "Die Kündigungsfrist beträgt drei Monate zum Monatsende.",
        "Der Vorstand nimmt den Quartalsbericht zur Kenntnis und beschließt den Haushalt.",
        "Die Mobilisation erfolgte am zweiten postoperativen Tag komplikationslos.",
        "Eine Abmahnung wird zum jetzigen Zeitpunkt nicht ausgesprochen.",
        "Die Leistungen im Fach Mathematik sind gleichbleibend befriedigend."],
        ["Hauptstraßen-Sanierung", "Lindenstraßenfest", "Nebenkosten-Abrechnung",
         "Schönheitsreparaturen", "Kündigungs-Schutzklage", "Straßenreinigungsgebühr"]),
 "fr": ("demeurant au", "né(e) le", "Date de naissance :", ["le Preneur", "le Bailleur",
        "le Salarié", "la Requérante", "l'Employeur"], [
        "Le dépôt de garantie sera restitué dans un délai de deux mois.",
        "Le préavis est de trois mois pour le locataire.",
        "Le conseil prend acte du rapport trimestriel et approuve le budget rectificatif.",
        "La patiente a été mobilisée dès le deuxième jour sans complication.",
        "Aucune sanction disciplinaire n'est envisagée à ce stade.",
        "Les résultats en mathématiques sont réguliers et satisfaisants."],
        ["travaux boulevard Voltaire", "état des lieux", "sous-location", "porte-fort",
         "contre-expertise", "avant-contrat"]),
 "nl": ("wonende aan de", "geboren op", "Geboortedatum:", ["de Huurder", "de Verhuurder",
        "de Werknemer", "eiseres", "de Werkgever"], [
        "De waarborgsom wordt binnen twee maanden na het einde van de huur terugbetaald.",
        "De opzegtermijn bedraagt één maand voor de huurder.",
        "Het bestuur neemt kennis van de kwartaalcijfers en keurt de begroting goed.",
        "Patiënte werd op dag twee gemobiliseerd en verdroeg normale voeding.",
        "Er wordt op dit moment geen disciplinaire maatregel genomen.",
        "De resultaten voor rekenen zijn stabiel en voldoende."],
        ["Keizersgracht-renovatie", "huur-verhoging", "onder-verhuur", "Vlietstraatfeest",
         "servicekosten-afrekening", "bijstands-uitkering"]),
 "es": ("con domicilio en", "nacido el", "Fecha de nacimiento:", ["el Arrendatario",
        "la Arrendadora", "el Trabajador", "la Demandante", "la Empresa"], [
        "La fianza se devolverá en el plazo de un mes desde la entrega de llaves.",
        "El preaviso será de treinta días naturales.",
        "La junta toma conocimiento del informe trimestral y aprueba el presupuesto.",
        "La paciente fue movilizada al segundo día sin incidencias.",
        "No procede sanción disciplinaria en este momento.",
        "El rendimiento en matemáticas es constante y adecuado."],
        ["obras de la Calle de Alcalá", "contra-oferta", "sub-arriendo", "bien-estar",
         "auto-liquidación", "cuasi-contrato"]),
 "it": ("residente in", "nato il", "Data di nascita:", ["il Conduttore", "la Locatrice",
        "il Lavoratore", "la Ricorrente", "il Datore di lavoro"], [
        "Il deposito cauzionale sarà restituito al termine della locazione.",
        "Il preavviso è di sei mesi per il conduttore.",
        "Il consiglio prende atto della relazione trimestrale e approva il bilancio.",
        "La paziente è stata mobilizzata in seconda giornata senza complicanze.",
        "Non si ritiene necessario alcun provvedimento disciplinare.",
        "Il rendimento in matematica è costante e sufficiente."],
        ["lavori in Via Fiorentina", "sub-locazione", "contro-perizia", "auto-certificazione",
         "capo-reparto", "extra-contrattuale"]),
 "pt": ("residente na", "nascido em", "Data de nascimento:", ["o Arrendatário", "a Senhoria",
        "o Trabalhador", "a Autora", "a Entidade Patronal"], [
        "A caução será devolvida no prazo de trinta dias após a entrega do locado.",
        "O pré-aviso é de sessenta dias.",
        "O conselho toma conhecimento do relatório trimestral e aprova o orçamento.",
        "A doente foi mobilizada ao segundo dia sem intercorrências.",
        "Não se justifica qualquer procedimento disciplinar nesta fase.",
        "O aproveitamento a matemática é regular."],
        ["obras na Rua Augusta", "contra-proposta", "sub-arrendamento", "auto-liquidação",
         "pré-aviso", "guarda-chuva"]),
 "pl": ("zamieszkały przy", "urodzony", "Data urodzenia:", ["Najemca", "Wynajmujący",
        "Pracownik", "Powódka", "Pracodawca"], [
        "Kaucja zostanie zwrócona w terminie miesiąca od opróżnienia lokalu.",
        "Okres wypowiedzenia wynosi trzy miesiące.",
        "Zarząd przyjmuje do wiadomości sprawozdanie kwartalne i zatwierdza budżet.",
        "Pacjentkę uruchomiono w drugiej dobie bez powikłań.",
        "Na obecnym etapie nie przewiduje się kary porządkowej.",
        "Wyniki z matematyki są stabilne i dostateczne."],
        ["remont ul. Marszałkowskiej", "biało-czerwony", "społeczno-prawny", "pół-etatu",
         "naukowo-badawczy", "wielo-lokalowy"]),
 "sv": ("boende på", "född den", "Födelsedatum:", ["Hyresgästen", "Hyresvärden",
        "Arbetstagaren", "Käranden", "Arbetsgivaren"], [
        "Depositionen återbetalas inom en månad efter avflyttning.",
        "Uppsägningstiden är tre kalendermånader.",
        "Styrelsen lägger kvartalsrapporten till handlingarna och fastställer budgeten.",
        "Patienten mobiliserades dag två utan komplikationer.",
        "Någon disciplinpåföljd är inte aktuell i nuläget.",
        "Resultaten i matematik är jämna och godkända."],
        ["Storgatans ombyggnad", "andrahands-uthyrning", "hyres-förhandling", "kvarters-fest",
         "fastighets-skatt", "arbets-miljö"]),
 "da": ("bosat på", "født den", "Fødselsdato:", ["Lejer", "Udlejer", "Medarbejderen",
        "Sagsøger", "Arbejdsgiveren"], [
        "Depositum tilbagebetales senest en måned efter fraflytning.",
        "Opsigelsesvarslet er tre måneder til den første i en måned.",
        "Bestyrelsen tager kvartalsrapporten til efterretning og godkender budgettet.",
        "Patienten blev mobiliseret på andendagen uden komplikationer.",
        "Der er ikke grundlag for en advarsel på nuværende tidspunkt.",
        "Resultaterne i matematik er stabile og tilfredsstillende."],
        ["Vesterbrogades renovering", "fremleje-aftale", "ind-flytning", "gade-fest",
         "vedligeholdelses-konto", "tids-begrænset"]),
 "fi": ("osoitteessa", "syntynyt", "Syntymäaika:", ["Vuokralainen", "Vuokranantaja",
        "Työntekijä", "Kantaja", "Työnantaja"], [
        "Vakuus palautetaan kuukauden kuluessa vuokrasuhteen päättymisestä.",
        "Irtisanomisaika on kolme kuukautta.",
        "Hallitus merkitsee neljännesvuosiraportin tiedoksi ja hyväksyy talousarvion.",
        "Potilas mobilisoitiin toisena päivänä ilman komplikaatioita.",
        "Kurinpidollisiin toimiin ei tässä vaiheessa ryhdytä.",
        "Matematiikan osaaminen on tasaista ja tyydyttävää."],
        ["Hämeenkadun remontti", "vuokra-sopimus", "ali-vuokraus", "kiinteistö-vero",
         "työ-suhde", "kadun-varsi"]),
 "cs": ("bytem", "narozen dne", "Datum narození:", ["Nájemce", "Pronajímatel", "Zaměstnanec",
        "Žalobkyně", "Zaměstnavatel"], [
        "Kauce bude vrácena do jednoho měsíce od vyklizení bytu.",
        "Výpovědní doba činí tři měsíce.",
        "Představenstvo bere na vědomí čtvrtletní zprávu a schvaluje rozpočet.",
        "Pacientka byla mobilizována druhý den bez komplikací.",
        "Kárné opatření není v tuto chvíli navrhováno.",
        "Výsledky z matematiky jsou vyrovnané a dostatečné."],
        ["rekonstrukce Vinohradské", "pod-nájem", "česko-slovenský", "spolu-vlastník",
         "mezi-dobí", "nájemní-smlouva"]),
}
# Document kinds: titles (running heads), and the firm or court line of the head.
KINDS = {"cv": "Curriculum Vitae", "contract": "Employment Contract", "tenancy": "Tenancy Agreement",
         "discharge": "Discharge Letter", "claim": "Motor Claim Form", "minutes": "Board Minutes",
         "hr": "HR Case File", "email": "Customer Correspondence", "judgment": "Judgment",
         "school": "School Report"}
TITLES = {"en": "Tenancy Agreement|Employment Contract|Discharge Summary|Minutes of the Board|Judgment",
          "de": "Mietvertrag|Arbeitsvertrag|Entlassungsbrief|Protokoll der Vorstandssitzung|Urteil",
          "fr": "Bail d'habitation|Contrat de travail|Compte rendu d'hospitalisation|Procès-verbal|Jugement",
          "nl": "Huurovereenkomst|Arbeidsovereenkomst|Ontslagbrief|Notulen bestuursvergadering|Vonnis",
          "es": "Contrato de arrendamiento|Contrato laboral|Informe de alta|Acta de la junta|Sentencia",
          "it": "Contratto di locazione|Contratto di lavoro|Lettera di dimissione|Verbale del consiglio|Sentenza",
          "pt": "Contrato de arrendamento|Contrato de trabalho|Nota de alta|Ata da reunião|Sentença",
          "pl": "Umowa najmu|Umowa o pracę|Karta informacyjna|Protokół posiedzenia|Wyrok",
          "sv": "Hyresavtal|Anställningsavtal|Epikris|Styrelseprotokoll|Dom",
          "da": "Lejekontrakt|Ansættelseskontrakt|Epikrise|Bestyrelsesreferat|Dom",
          "fi": "Vuokrasopimus|Työsopimus|Epikriisi|Hallituksen pöytäkirja|Tuomio",
          "cs": "Nájemní smlouva|Pracovní smlouva|Propouštěcí zpráva|Zápis z jednání|Rozsudek"}
FIRMS = ["Hausverwaltung Berger & Söhne GmbH", "Kanzlei Hoffmann Partner", "Fairview Lettings Ltd",
         "Cabinet Moreau Avocats", "Van Dijk Makelaars", "Gestoría Ruiz", "Studio Legale Ferri",
         "Santos & Filhos Lda", "Nowak Nieruchomości", "Lindberg Fastigheter AB", "Advokatfirmaet Holm",
         "Asianajotoimisto Virtanen", "Advokátní kancelář Novák"]
PAGE = {"en": "Page {p} of {q}", "de": "Seite {p} von {q}", "fr": "Page {p}/{q}", "nl": "Pagina {p} van {q}",
        "es": "Página {p} de {q}", "it": "Pagina {p} di {q}", "pt": "Página {p} de {q}",
        "pl": "Strona {p} z {q}", "sv": "Sida {p} av {q}", "da": "Side {p} af {q}", "fi": "Sivu {p}/{q}",
        "cs": "Strana {p} z {q}"}
FORM = {"en": ["Ref.:", "Date:", "Case no.:", "Policy:", "Ward:"], "de": ["Az.:", "Datum:", "Vertrag Nr.:", "Station:"],
        "fr": ["Réf. :", "Date :", "Dossier :", "Service :"], "nl": ["Kenmerk:", "Datum:", "Zaaknr.:"],
        "es": ["Ref.:", "Fecha:", "Expediente:"], "it": ["Rif.:", "Data:", "Pratica:"],
        "pt": ["Ref.ª:", "Data:", "Processo:"], "pl": ["Sygn.:", "Data:", "Nr umowy:"],
        "sv": ["Ärende:", "Datum:", "Avtal nr:"], "da": ["J.nr.:", "Dato:", "Sag:"],
        "fi": ["Viite:", "Päivämäärä:", "Asia:"], "cs": ["Č. j.:", "Datum:", "Spis:"]}
QUESTION = ["What notice period applies to the tenant?", "Summarise the discharge plan.",
            "Who signed the contract and when does it start?", "List the parties and their addresses.",
            "What did the board decide about the budget?", "Draft a reply to the customer.",
            "Is the claimant entitled to compensation?", "Which facts are disputed?",
            "Extract the key dates from these documents.", "What is the employee's probation period?"]
SYSTEM = ("You are a document assistant. Answer only from the retrieved context below. Cite the "
          "chunk you used as [n]. If the context does not contain the answer, say so.")

NBSP = ["\u00a0", "\u202f", "\u2009"]
LIG = [("ffi", "\ufb03"), ("ffl", "\ufb04"), ("fi", "\ufb01"), ("fl", "\ufb02")]


class Doc:
    """Text with one id per character (-1 none) and the ids' labels."""

    def __init__(self):
        self.chars, self.ids, self.labels = [], [], []

    def t(self, s):
        for ch in s:
            self.chars.append(ch)
            self.ids.append(-1)
        return self

    def v(self, label, s):
        k = len(self.labels)
        self.labels.append(label)
        for ch in s:
            self.chars.append(ch)
            self.ids.append(k)
        return self


def person(lg):
    k = rng.random()
    if k < 0.2:
        return rng.choice(WORLD)
    if k < 0.6:
        return rng.choice(GIVEN[lg]), rng.choice(SURN[lg])
    return (invent_syllables(rng, SYL[lg], END[lg], False),
            invent_syllables(rng, SYL[lg], END[lg], True))


def street(lg):
    s = rng.choice(STREET[lg]).format(n=rng.randint(1, 220), u=rng.randint(1, 9))
    return s + ", " + rng.choice(TOWN[lg])


def birthdate(lg):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1941, 2006)
    k = rng.randrange(3)
    if k == 0:
        return "%02d.%02d.%d" % (d, m, y) if lg not in ("en",) else "%02d/%02d/%d" % (d, m, y)
    if k == 1:
        return "%d-%02d-%02d" % (y, m, d)
    mw = MONTH_WORDS[lg][m - 1]
    return {"en": "%d %s %d" % (d, mw, y), "de": "%d. %s %d" % (d, mw, y),
            "sv": "%d %s %d" % (d, mw, y), "da": "%d. %s %d" % (d, mw, y),
            "fi": "%d. %s %d" % (d, mw, y), "cs": "%d. %s %d" % (d, mw, y),
            "pl": "%d %s %d" % (d, mw, y)}.get(lg, "%d %s %d" % (d, mw, y))


def value(doc, label, s):
    """s as one value: a no-break or thin space, or a soft hyphen, sometimes inside it."""
    if rng.random() < 0.15 and " " in s:
        i = s.index(" ")
        s = s[:i] + rng.choice(NBSP) + s[i + 1:]
    if rng.random() < 0.1:
        w = max(s.split(" "), key=len)
        if len(w) >= 7 and w.isalpha():
            i = s.index(w) + rng.randint(3, len(w) - 3)
            s = s[:i] + "\u00ad" + s[i:]
    doc.v(label, s)


def sentence_party(doc, lg, counts):
    res, born, blab, roles, _, _ = L[lg]
    g, s = person(lg)
    doc.v("NEG_ROLE", rng.choice(roles)).t(", ")
    value(doc, "PERSON", g + " " + s)
    counts["v"] += 1
    if rng.random() < 0.7:
        doc.t(", " + born + " ")
        value(doc, "DATE_OF_BIRTH", birthdate(lg))
        counts["v"] += 1
    doc.t(", " + res + " ")
    value(doc, "STREET_ADDRESS", street(lg))
    counts["v"] += 1
    doc.t(". ")
    return s


def sentence_label(doc, lg, counts):
    _, _, blab, _, _, _ = L[lg]
    g, s = person(lg)
    value(doc, "PERSON", s + ", " + g if rng.random() < 0.3 else g + " " + s)
    doc.t(" \u2013 " + blab + " ")
    value(doc, "DATE_OF_BIRTH", birthdate(lg))
    doc.t(" \u2013 ")
    value(doc, "STREET_ADDRESS", street(lg))
    doc.t(". ")
    counts["v"] += 3
    return s


def sentence_neg(doc, lg, counts):
    _, _, _, roles, plain, topics = L[lg]
    k = rng.randrange(4)
    if k == 0:
        doc.t(rng.choice(plain) + " ")
    elif k == 1:
        doc.v("NEG_TOPIC", rng.choice(topics)).t(": ").t(rng.choice(plain) + " ")
    elif k == 2:
        doc.t("(").v("NEG_ID", "%s %d/%02d" % (rng.choice(FORM[lg])[:-1].strip(" .:"),
                                            rng.randint(10, 999), rng.randint(19, 25))).t(") ")
        doc.t(rng.choice(plain) + " ")
    else:
        role = rng.choice(roles)
        doc.v("NEG_ROLE", role[0].upper() + role[1:]).t(" \u2014 ")
        doc.v("NEG_DATE", "%02d.%02d.%d" % (rng.randint(1, 28), rng.randint(1, 12),
                                          rng.randint(2019, 2026))).t(". ")
    counts["n"] += 1


def again(doc, surname):
    """A later mention of a person by surname alone."""
    doc.t(rng.choice(["See ", "cf. ", "", "Signed: "]))
    value(doc, "PERSON", surname)
    doc.t(". ")


def write_doc(lg):
    doc = Doc()
    counts = {"v": 0, "n": 0}
    title = rng.choice(TITLES[lg].split("|"))
    doc.v("NEG_TITLE", title).t("\n\n")
    names = []
    for _ in range(rng.randint(3, 5)):
        if rng.random() < 0.6:
            names.append(sentence_party(doc, lg, counts))
        else:
            names.append(sentence_label(doc, lg, counts))
        for _ in range(rng.randint(1, 3)):
            sentence_neg(doc, lg, counts)
        if names and rng.random() < 0.3:
            again(doc, rng.choice(names))
            counts["v"] += 1
        if rng.random() < 0.4:
            doc.t("\n\n")
    while counts["n"] < counts["v"]:
        sentence_neg(doc, lg, counts)
    return doc, title


def words_of(doc):
    """[(chars, ids)] words split at plain spaces and line breaks (kept as separate markers)."""
    out, cur = [], ([], [])
    for ch, i in zip(doc.chars, doc.ids):
        if ch == " " or ch == "\n":
            if cur[0]:
                out.append(cur)
            cur = ([], [])
            if ch == "\n":
                out.append(None)
        else:
            cur[0].append(ch)
            cur[1].append(i)
    if cur[0]:
        out.append(cur)
    return out


def layout(doc, width, soft):
    """Lines of (chars, ids): justified text with line-end hyphens (`-` or U+00AD)."""
    lines, cur = [], ([], [])
    mark = "\u00ad" if soft else "-"
    for w in words_of(doc):
        if w is None:
            lines.append(cur)
            cur = ([], [])
            continue
        wc, wi = w
        sep = 1 if cur[0] else 0
        if len(cur[0]) + sep + len(wc) <= width:
            if sep:
                join = cur[1][-1] if cur[1][-1] == wi[0] else -1
                cur[0].append(" ")
                cur[1].append(join)
            cur[0].extend(wc)
            cur[1].extend(wi)
            continue
        room = width - len(cur[0]) - sep - 1
        letters = [c.isalpha() for c in wc]
        if room >= 3 and len(wc) >= 7 and all(letters[:room + 2]):
            k = rng.randint(3, min(room, len(wc) - 3))
            if sep:
                cur[0].append(" ")
                cur[1].append(-1)
            cur[0].extend(wc[:k] + [mark])
            cur[1].extend(wi[:k] + [-1])
            lines.append(cur)
            cur = (wc[k:], wi[k:])
            continue
        lines.append(cur)
        cur = (list(wc), list(wi))
    lines.append(cur)
    return lines


def running(lg, title, p, q):
    """A page's foot and the next page's head: (chars, ids) lines, look-alike spans."""
    out = []
    foot = Doc().v("NEG_PAGE", PAGE[lg].format(p=p, q=q))
    head = Doc().v("NEG_TITLE", title).t(" \u00b7 " + rng.choice(FIRMS))
    for d in ([foot, Doc().t("\f"), head] if rng.random() < 0.5 else [foot, head]):
        out.append((d.chars, d.ids))
    return out


def form_column(lg, n, labels):
    col = []
    for _ in range(n):
        d = Doc()
        lab = rng.choice(FORM[lg])
        d.t(lab + " ").v("NEG_ID", "%d-%04d" % (rng.randint(2019, 2026), rng.randint(1, 9999)))
        col.append((d.chars, d.ids))
    return col


def render(doc, lg, title, style):
    """The document's characters and ids after the layout style."""
    soft = style["soft"]
    width = style["width"]
    lines = layout(doc, width, soft)
    # running heads where a page ends
    out = []
    per = style["page"]
    pages = (len(lines) + per - 1) // per
    for k, ln in enumerate(lines):
        out.append(ln)
        if (k + 1) % per == 0 and k + 1 < len(lines):
            out.extend(running(lg, title, (k + 1) // per, pages))
    if style["cols"]:
        col = form_column(lg, len(out), doc.labels)
        mixed = []
        for k, ln in enumerate(out):
            if style["cols"] == "lines":
                mixed.append(ln)
                if k % 3 == 1:
                    mixed.append(col[k])
            else:
                if k % 3 == 1:
                    pad = " " * (width + 4 - len(ln[0]))
                    mixed.append((ln[0] + list(pad) + col[k][0], ln[1] + [-1] * len(pad) + col[k][1]))
                else:
                    mixed.append(ln)
        out = mixed
    chars, ids = [], []
    for k, (c, i) in enumerate(out):
        if k:
            chars.append("\n")
            ids.append(-1)
        chars.extend(c)
        ids.extend(i)
    if style["lig"]:
        lc, li, k = [], [], 0
        while k < len(chars):
            for a, b in LIG:
                n = len(a)
                if "".join(chars[k:k + n]) == a and len(set(ids[k:k + n])) == 1:
                    lc.append(b)
                    li.append(ids[k])
                    k += n
                    break
            else:
                lc.append(chars[k])
                li.append(ids[k])
                k += 1
        chars, ids = lc, li
    return chars, ids


def windows(n, size, overlap, cut_words, chars):
    """Chunk windows [a, b) over n characters."""
    out, a = [], 0
    while a < n:
        b = min(n, a + size + rng.randint(-size // 4, size // 4))
        if not cut_words and b < n:
            while b < n and not chars[b].isspace():
                b += 1
        out.append((a, b))
        if b >= n:
            break
        a = max(a + 1, b - (rng.randint(0, overlap) if overlap else 0))
        if not cut_words:
            while a < b and not chars[a - 1].isspace():
                a += 1
    return out


def spans_of(chars, ids, labels, a, b):
    """The piece [a, b) as a P: a span per run of one id (pieces with under three letters or
    digits unlabelled, a run's edge spaces left out)."""
    p = P("".join(chars[a:b]))
    k = a
    while k < b:
        i = ids[k]
        if i < 0:
            k += 1
            continue
        e = k
        while e < b and ids[e] == i:
            e += 1
        s, t = k, e
        while s < t and chars[s] in " \u00a0\u202f\u2009\u00ad,":
            s += 1
        while t > s and chars[t - 1] in " \u00a0\u202f\u2009\u00ad,.":
            t -= 1
        v = "".join(chars[s:t])
        if sum(ch.isalnum() for ch in v) >= 3:
            p.spans.append({"entity_type": labels[i], "entity_value": v,
                            "start_position": s - a, "end_position": t - a})
        k = e
    return p


def header(hs, n, j, title, lg, page):
    fname = "%s_%d.pdf" % (title.split(" ")[0].lower().replace("'", ""), 2019 + j % 7)
    if hs == 0:
        return "[doc %d, p. %d, score %.2f]\n" % (n, page, rng.uniform(0.41, 0.93)), ""
    if hs == 1:
        return ('<context source="%s" page="%d" chunk_id="c-%04d">\n' % (fname, page, rng.randrange(9999)),
                "\n</context>")
    if hs == 2:
        return "### Source: %s (%s, page %d)\n" % (title, fname, page), ""
    return "Document %d (relevance: %.2f)\n" % (n, rng.uniform(0.3, 0.9)), ""


def body_of(api, place_, n, question, j):
    """(body obj) with MARK % k for each chunk k (n chunks) placed per place_."""
    marks = [MARK % k for k in range(n)]
    joined = "\n\n".join(marks)
    if place_ == "system":
        sys_ = SYSTEM + "\n\n" + joined
        if api == "chat":
            return {"model": "gpt-4o", "messages": [{"role": "system", "content": sys_},
                                                    {"role": "user", "content": question}]}
        if api == "responses":
            return {"model": "gpt-4.1", "instructions": sys_, "input": question}
        if api == "anthropic":
            return {"model": "claude-sonnet-4-5", "max_tokens": 1024, "system": sys_,
                    "messages": [{"role": "user", "content": question}]}
        return {"systemInstruction": {"parts": [{"text": sys_}]},
                "contents": [{"role": "user", "parts": [{"text": question}]}]}
    if place_ == "user":
        u = "Context:\n" + joined + "\n\nQuestion: " + question
        if api == "chat":
            return {"model": "gpt-4o-mini", "messages": [{"role": "system", "content": SYSTEM},
                                                         {"role": "user", "content": u}]}
        if api == "responses":
            return {"model": "gpt-4.1", "input": [{"role": "user", "content": [
                {"type": "input_text", "text": u}]}]}
        if api == "anthropic":
            return {"model": "claude-sonnet-4-5", "max_tokens": 1024,
                    "messages": [{"role": "user", "content": u}]}
        return {"contents": [{"role": "user", "parts": [{"text": u}]}]}
    # one block per chunk
    if api == "chat":
        return {"model": "gpt-4o", "messages": [{"role": "system", "content": SYSTEM}, {
            "role": "user", "content": [{"type": "text", "text": m} for m in marks]
            + [{"type": "text", "text": question}]}]}
    if api == "responses":
        return {"model": "gpt-4.1", "instructions": SYSTEM, "input": [{"role": "user", "content": [
            {"type": "input_text", "text": m} for m in marks] + [{"type": "input_text", "text": question}]}]}
    if api == "anthropic":
        if j % 2:
            blocks = [{"type": "document", "source": {"type": "text", "media_type": "text/plain",
                                                      "data": m}, "title": "chunk %d" % (k + 1),
                       "citations": {"enabled": True}} for k, m in enumerate(marks)]
        else:
            blocks = [{"type": "text", "text": m} for m in marks]
        return {"model": "claude-sonnet-4-5", "max_tokens": 1024, "system": SYSTEM,
                "messages": [{"role": "user", "content": blocks + [{"type": "text", "text": question}]}]}
    return {"systemInstruction": {"parts": [{"text": SYSTEM}]},
            "contents": [{"role": "user", "parts": [{"text": m} for m in marks] + [{"text": question}]}]}


def record(j, records):
    lg = "en" if j % 3 == 0 else LANGS[1 + (j // 3 * 2 + j % 3) % (len(LANGS) - 1)]
    style = {"width": rng.choice([46, 58, 64, 72, 80]), "soft": rng.random() < 0.3,
             "page": rng.randint(5, 12), "cols": rng.choice([None, None, "lines", "beside"]),
             "lig": rng.random() < 0.4}
    chunks_all = []
    for _ in range(rng.randint(1, 2)):
        doc, title = write_doc(lg)
        chars, ids = render(doc, lg, title, style)
        cut = rng.random() < 0.7
        ws = windows(len(chars), rng.randint(260, 520), rng.choice([0, 40, 120]), cut, chars)
        for (a, b) in ws:
            chunks_all.append((spans_of(chars, ids, doc.labels, a, b), title, a))
    if len(chunks_all) > 12:
        chunks_all = chunks_all[:12]
    if rng.random() < 0.4:
        rng.shuffle(chunks_all)
    hs = rng.randrange(4)
    pieces = []
    for n, (p, title, a) in enumerate(chunks_all):
        pre, post = header(hs, n + 1, j, title, lg, 1 + a // 1400)
        q = P(pre).add(p).t(post)
        pieces.append(q)
    api = ["chat", "responses", "anthropic", "gemini"][j % 4]
    place_ = ["system", "user", "blocks"][(j // 4) % 3]
    ascii_ = j % 3 == 0
    body = dumps(body_of(api, place_, len(pieces), rng.choice(QUESTION), j), ascii_, j % 2 == 0)
    t, sp = place(body, pieces, ascii_)
    meta = {"locale": lg, "api": api, "place": place_, "ascii": ascii_, "family": "rag",
            "width": style["width"], "soft": style["soft"], "cols": style["cols"] or "none",
            "lig": style["lig"], "headers": hs}
    append_body(records, t, sp, meta)


def main():
    records = []
    for j in range(360):
        record(j, records)
    write_json(records)


if __name__ == "__main__":
    main()
