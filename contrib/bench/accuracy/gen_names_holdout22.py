#!/usr/bin/env python3
"""gen_names_holdout22.py: the twenty-second blind held-out set of the NAMES pack (PERSON,
STREET_ADDRESS, DATE_OF_BIRTH; EMAIL_ADDRESS and PHONE_NUMBER where they occur).

Written blind in stop 49 (branch holdout22): its author read no detector code, test, note,
NAMES.md or SHAPES.md, no generator but gen_common.py, gen_keys48.py and gen_dob48.py (for the
record format, the body shapes and the labelling conventions), and no other blind set, and ran
no hush binary (none was built). The run.sh titles were read only to stay away from every earlier
set's kinds of text.

Kinds of text (metadata.class), 25 domains none of the earlier sets had: kindergarten pickup
authorisations, allotment waiting lists, jury-service deferral requests, spa treatment bookings,
hair-salon client cards, angling-club catch returns, memorial-bench dedications, seasonal
harvest-worker registrations, geocache logs, town-twinning delegation lists, school-trip consent
forms, marquee and party-equipment hire, pottery-studio kiln and class bookings, classic-car
rally entry lists, guide-dog puppy-raiser applications, doctoral defence notices, homebrew
competition entries, horticultural-show entries, beach-hut rentals, shared laundry-room plans,
lottery-syndicate agreements, Christmas-tree and firewood deliveries, septic-tank emptying
bookings, riding-school lesson bookings, family-reunion planning sheets.

Families (metadata.family), a third each:
- multiturn: conversations of 3-8 turns, the person data spread over them (a paste, the
  assistant's question, a bare value as the answer, a read-back quoted with `> `, a correction
  `no, it's D not W` where both values are labelled, as dob48 and the twentieth set's brief do);
- structured: the data as JSON tool arguments or tool results (escaped twice inside strings),
  native JSON (Anthropic tool_use input, Gemini functionCall/functionResponse), CSV/TSV with odd
  headers, key/value lists, Markdown tables, YAML, XML, JSON objects keyed by people, arrays of
  arrays, phones as JSON numbers, U+00A0/U+202F inside dates, phones and names;
- prose: letters, notes, minutes, speeches, messages with names in running text, lower case,
  capitals, surname first, particles, hyphenated surnames, initials, nicknames.
Every record is a request body (metadata.api: chat, responses, anthropic, gemini); a third
escape every non-ASCII character as \\uXXXX (metadata.ascii). Languages: en de fr nl es it pt pl
sv da no fi cs hu tr ro el (Greek in its script, names in Greek or Latin letters); a fifth of the
people of global origin (West African, South Asian, East Asian, Arabic, Slavic, romanised); half
the names invented from syllables (checked not to be in the generator's real-name lists).

Labels: PERSON (the name as written, titles outside), DATE_OF_BIRTH (the date from its first to
its last character; a corrected wrong birth too; a deceased person's birth too), STREET_ADDRESS
(the street line; with postcode and town when they follow on the same line after a comma),
EMAIL_ADDRESS, PHONE_NUMBER. Look-alikes as NEG_ spans: NEG_DATE (bookings, deadlines, deaths,
anniversaries), NEG_CODE (references, plates, licences, IBAN fragments, serials), NEG_NUMBER
(ticket numbers, order ids that look like phones), NEG_VERSION, NEG_PET (horses, dogs), NEG_ORG
(firms, schools, estates named after people), NEG_PLACE, NEG_STREET (a street with no number),
NEG_PRODUCT (cars, treatments, beers, kilns), NEG_TERM (cultivars, eponyms, glazes, tree
species), NEG_ROOM, NEG_SHIP, NEG_HANDLE, NEG_COORD, NEG_GROUP, NEG_WORD.

Spans are on the body's characters as they stand (escaped once or twice); each record's body is
checked to parse as JSON and to decode to the text the spans were written on.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only.
"""
import json
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import SYL7, END7, check_spans, write_json  # noqa: E402

rng = random.Random(2026120649)
records = []
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "hu", "tr",
         "ro", "el"]


def per_lang(line):
    v = [x.strip() for x in line.split("|")]
    assert len(v) == len(LANGS), line
    return dict(zip(LANGS, v))


def table(**kw):
    return {k: per_lang(v) for k, v in kw.items()}


# ---- words of each language ---------------------------------------------------------------------
LBL = table(
    name="Name|Name|Nom|Naam|Nombre y apellidos|Nome e cognome|Nome completo|Imię i nazwisko|Namn|"
         "Navn|Navn|Nimi|Jméno a příjmení|Név|Adı Soyadı|Nume și prenume|Ονοματεπώνυμο",
    given="First name|Vorname|Prénom|Voornaam|Nombre|Nome|Nome próprio|Imię|Förnamn|Fornavn|"
          "Fornavn|Etunimi|Jméno|Utónév|Adı|Prenume|Όνομα",
    surname="Surname|Nachname|Nom de famille|Achternaam|Apellidos|Cognome|Apelido|Nazwisko|"
            "Efternamn|Efternavn|Etternavn|Sukunimi|Příjmení|Vezetéknév|Soyadı|Nume|Επώνυμο",
    dob="Date of birth|Geburtsdatum|Date de naissance|Geboortedatum|Fecha de nacimiento|"
        "Data di nascita|Data de nascimento|Data urodzenia|Födelsedatum|Fødselsdato|Fødselsdato|"
        "Syntymäaika|Datum narození|Születési dátum|Doğum tarihi|Data nașterii|Ημερομηνία γέννησης",
    address="Address|Anschrift|Adresse|Adres|Dirección|Indirizzo|Morada|Adres|Adress|Adresse|"
            "Adresse|Osoite|Adresa|Lakcím|Adres|Adresa|Διεύθυνση",
    phone="Phone|Telefon|Téléphone|Telefoon|Teléfono|Telefono|Telefone|Telefon|Telefon|Telefon|"
          "Telefon|Puhelin|Telefon|Telefon|Telefon|Telefon|Τηλέφωνο",
    email="Email|E-Mail|Courriel|E-mail|Correo electrónico|E-mail|E-mail|E-mail|E-post|E-mail|"
          "E-post|Sähköposti|E-mail|E-mail|E-posta|E-mail|Email",
    ref="Reference|Aktenzeichen|Référence|Kenmerk|Referencia|Riferimento|Referência|Sygnatura|"
        "Referens|Reference|Referanse|Viite|Číslo jednací|Iktatószám|Referans|Număr de înregistrare|"
        "Αρ. πρωτοκόλλου",
    date="Date|Termin|Date|Datum|Fecha|Data|Data|Termin|Datum|Dato|Dato|Päivämäärä|Termín|Időpont|"
         "Tarih|Data|Ημερομηνία",
    item="Item|Position|Article|Artikel|Artículo|Articolo|Artigo|Pozycja|Artikel|Vare|Vare|Tuote|"
         "Položka|Tétel|Kalem|Articol|Είδος",
    note="Notes|Bemerkungen|Remarques|Opmerkingen|Observaciones|Note|Observações|Uwagi|"
         "Anteckningar|Bemærkninger|Merknader|Lisätiedot|Poznámka|Megjegyzés|Notlar|Observații|"
         "Παρατηρήσεις",
    place="Location|Ort|Lieu|Locatie|Lugar|Luogo|Local|Miejsce|Plats|Sted|Sted|Paikka|Místo|"
          "Helyszín|Yer|Locul|Τόπος",
    number="No.|Nr.|N°|Nr.|N.º|N.|N.º|Nr|Nr|Nr.|Nr.|Nro|Č.|Sz.|No|Nr.|Αρ.",
    relation="Relationship|Beziehung|Lien|Relatie|Parentesco|Parentela|Parentesco|"
             "Pokrewieństwo|Relation|Relation|Relasjon|Suhde|Vztah|Kapcsolat|Yakınlık|Grad de rudenie|"
             "Σχέση",
)
ROLE = table(
    applicant="Applicant|Antragsteller/in|Demandeur|Aanvrager|Solicitante|Richiedente|Requerente|"
              "Wnioskodawca|Sökande|Ansøger|Søker|Hakija|Žadatel|Kérelmező|Başvuru sahibi|Solicitant|"
              "Αιτών",
    contact="Contact person|Ansprechpartner|Personne à contacter|Contactpersoon|Persona de contacto|"
            "Referente|Pessoa de contacto|Osoba do kontaktu|Kontaktperson|Kontaktperson|"
            "Kontaktperson|Yhteyshenkilö|Kontaktní osoba|Kapcsolattartó|İletişim kişisi|"
            "Persoană de contact|Πρόσωπο επικοινωνίας",
    member="Member|Mitglied|Adhérent|Lid|Socio|Socio|Sócio|Członek|Medlem|Medlem|Medlem|Jäsen|Člen|"
           "Tag|Üye|Membru|Μέλος",
    child="Child|Kind|Enfant|Kind|Niño/a|Bambino/a|Criança|Dziecko|Barn|Barn|Barn|Lapsi|Dítě|"
          "Gyermek|Çocuk|Copil|Παιδί",
    guardian="Parent/guardian|Erziehungsberechtigte/r|Parent / tuteur|Ouder/verzorger|"
             "Padre/madre/tutor|Genitore/tutore|Encarregado de educação|Rodzic/opiekun prawny|"
             "Vårdnadshavare|Forælder/værge|Foresatt|Huoltaja|Zákonný zástupce|Szülő/gondviselő|Veli|"
             "Părinte/tutore|Γονέας/κηδεμόνας",
    collector="Authorised to collect|Abholberechtigt|Personne autorisée|Mag ophalen|"
              "Autorizado/a para recoger|Delegato al ritiro|Autorizado a recolher|"
              "Osoba upoważniona|Får hämta|Må hente|Kan hente|Hakuoikeus|Oprávněn k vyzvednutí|"
              "Átvételre jogosult|Teslim almaya yetkili|Împuternicit|Εξουσιοδοτημένο άτομο",
    staff="Staff member|Mitarbeiter/in|Intervenant(e)|Medewerker|Empleado/a|Operatore|"
          "Funcionário/a|Pracownik|Personal|Medarbejder|Ansatt|Työntekijä|Zaměstnanec|Munkatárs|"
          "Personel|Angajat|Υπάλληλος",
    participant="Participant|Teilnehmer/in|Participant(e)|Deelnemer|Participante|Partecipante|"
                "Participante|Uczestnik|Deltagare|Deltager|Deltaker|Osallistuja|Účastník|Résztvevő|"
                "Katılımcı|Participant|Συμμετέχων",
)
REL = table(
    grandmother="grandmother|Großmutter|grand-mère|oma|abuela|nonna|avó|babcia|mormor|mormor|"
                "bestemor|isoäiti|babička|nagymama|babaanne|bunică|γιαγιά",
    uncle="uncle|Onkel|oncle|oom|tío|zio|tio|wujek|farbror|onkel|onkel|setä|strýc|nagybácsi|amca|"
          "unchi|θείος",
    neighbour="neighbour|Nachbarin|voisine|buurvrouw|vecina|vicina|vizinha|sąsiadka|granne|nabo|"
              "nabo|naapuri|sousedka|szomszéd|komşu|vecină|γειτόνισσα",
)
# A request around a pasted document.
REQ = table(
    translate="Please translate this into French:|Bitte übersetze das ins Englische:|"
              "Peux-tu traduire ceci en anglais ?|Kun je dit naar het Engels vertalen?|"
              "¿Puedes traducir esto al inglés?|Puoi tradurre questo in inglese?|"
              "Podes traduzir isto para inglês?|Przetłumacz to proszę na angielski:|"
              "Kan du översätta detta till engelska?|Kan du oversætte dette til engelsk?|"
              "Kan du oversette dette til engelsk?|Käännä tämä englanniksi:|"
              "Přelož to prosím do angličtiny:|Lefordítanád ezt angolra?|"
              "Bunu İngilizceye çevirir misin?|Poți traduce asta în engleză?|"
              "Μπορείς να το μεταφράσεις στα αγγλικά;",
    polish="Can you make this sound more formal?|Kannst du das förmlicher formulieren?|"
           "Tu peux rendre ce texte plus formel ?|Kun je dit formeler maken?|"
           "¿Puedes hacerlo más formal?|Puoi renderlo più formale?|Podes tornar isto mais formal?|"
           "Możesz to napisać bardziej oficjalnie?|Kan du göra texten mer formell?|"
           "Kan du gøre teksten mere formel?|Kan du gjøre teksten mer formell?|"
           "Voisitko muotoilla tämän virallisemmin?|Můžeš to přepsat formálněji?|"
           "Megfogalmaznád hivatalosabban?|Bunu daha resmi yazabilir misin?|"
           "Poți reformula mai formal?|Μπορείς να το κάνεις πιο επίσημο;",
    summary="Summarise this in three bullet points:|Fasse das in drei Punkten zusammen:|"
            "Résume ceci en trois points :|Vat dit samen in drie punten:|"
            "Resume esto en tres puntos:|Riassumi in tre punti:|Resume isto em três pontos:|"
            "Streść to w trzech punktach:|Sammanfatta i tre punkter:|Opsummér i tre punkter:|"
            "Oppsummer i tre punkter:|Tiivistä kolmeen kohtaan:|Shrň to do tří bodů:|"
            "Foglald össze három pontban:|Bunu üç maddede özetle:|Rezumă în trei puncte:|"
            "Συνόψισε σε τρία σημεία:",
    check="Check this for mistakes before I send it.|Prüf das bitte auf Fehler, bevor ich es abschicke.|"
          "Vérifie s'il y a des erreurs avant l'envoi.|Controleer dit even op fouten.|"
          "Revisa si hay errores antes de enviarlo.|Controlla se ci sono errori prima dell'invio.|"
          "Verifica se há erros antes de enviar.|Sprawdź błędy, zanim wyślę.|"
          "Kolla om det finns fel innan jag skickar.|Tjek for fejl, før jeg sender det.|"
          "Sjekk for feil før jeg sender det.|Tarkista virheet ennen lähettämistä.|"
          "Zkontroluj chyby, než to odešlu.|Nézd át hibák szempontjából, mielőtt elküldöm.|"
          "Göndermeden önce hataları kontrol et.|Verifică greșelile înainte să trimit.|"
          "Έλεγξέ το για λάθη πριν το στείλω.",
    tool="Put these rows into the sheet.|Trag diese Zeilen in die Tabelle ein.|"
         "Ajoute ces lignes au tableau.|Zet deze rijen in de sheet.|Añade estas filas a la hoja.|"
         "Inserisci queste righe nel foglio.|Adiciona estas linhas à folha.|"
         "Dodaj te wiersze do arkusza.|Lägg in raderna i arket.|Sæt rækkerne ind i arket.|"
         "Legg radene inn i arket.|Lisää rivit taulukkoon.|Vlož tyto řádky do tabulky.|"
         "Vezesd fel ezeket a sorokat a táblázatba.|Bu satırları tabloya ekle.|"
         "Adaugă rândurile în foaie.|Πρόσθεσε αυτές τις γραμμές στο φύλλο.",
    lookup="Look up the record and tell me what is missing.|Schau den Eintrag nach und sag mir, was fehlt.|"
           "Cherche la fiche et dis-moi ce qui manque.|Zoek het record op en zeg wat er ontbreekt.|"
           "Busca el registro y dime qué falta.|Cerca la scheda e dimmi cosa manca.|"
           "Procura o registo e diz-me o que falta.|Znajdź wpis i powiedz, czego brakuje.|"
           "Slå upp posten och säg vad som saknas.|Slå posten op og sig, hvad der mangler.|"
           "Slå opp posten og si hva som mangler.|Hae tietue ja kerro, mitä puuttuu.|"
           "Najdi záznam a řekni, co chybí.|Keresd meg a rekordot, és mondd meg, mi hiányzik.|"
           "Kaydı bul ve neyin eksik olduğunu söyle.|Caută înregistrarea și spune-mi ce lipsește.|"
           "Βρες την εγγραφή και πες μου τι λείπει.",
)
# Multi-turn phrases.
MT = table(
    help="Can you help me fill in this form? {T}|Kannst du mir beim Ausfüllen helfen? {T}|"
         "Tu peux m'aider à remplir ce formulaire ? {T}|Kun je me helpen dit formulier in te vullen? {T}|"
         "¿Me ayudas a rellenar este formulario? {T}|Mi aiuti a compilare questo modulo? {T}|"
         "Podes ajudar-me a preencher este formulário? {T}|Pomożesz mi wypełnić ten formularz? {T}|"
         "Kan du hjälpa mig fylla i blanketten? {T}|Kan du hjælpe mig med at udfylde formularen? {T}|"
         "Kan du hjelpe meg å fylle ut skjemaet? {T}|Autatko täyttämään tämän lomakkeen? {T}|"
         "Pomůžeš mi vyplnit tento formulář? {T}|Segítesz kitölteni ezt az űrlapot? {T}|"
         "Bu formu doldurmama yardım eder misin? {T}|Mă ajuți să completez formularul? {T}|"
         "Με βοηθάς να συμπληρώσω αυτή τη φόρμα; {T}",
    q_dob="Sure. What is the date of birth of {N}?|Gern. Wie lautet das Geburtsdatum von {N}?|"
          "Bien sûr. Quelle est la date de naissance de {N} ?|Zeker. Wat is de geboortedatum van {N}?|"
          "Claro. ¿Cuál es la fecha de nacimiento de {N}?|Certo. Qual è la data di nascita di {N}?|"
          "Claro. Qual é a data de nascimento de {N}?|Jasne. Jaka jest data urodzenia? ({N})|"
          "Absolut. Vilket födelsedatum har {N}?|Selvfølgelig. Hvad er fødselsdatoen for {N}?|"
          "Klart. Hva er fødselsdatoen til {N}?|Toki. Mikä on syntymäaika? ({N})|"
          "Jistě. Jaké je datum narození? ({N})|Persze. Mi a születési dátum? ({N})|"
          "Tabii. Doğum tarihi nedir? ({N})|Sigur. Care este data nașterii pentru {N}?|"
          "Βεβαίως. Ποια είναι η ημερομηνία γέννησης; ({N})",
    q_addr="And which street address should go on it?|Und welche Anschrift soll drauf?|"
           "Et quelle adresse dois-je mettre ?|En welk adres moet erop?|¿Y qué dirección pongo?|"
           "E quale indirizzo devo mettere?|E que morada ponho?|A jaki adres wpisać?|"
           "Och vilken adress ska stå?|Og hvilken adresse skal stå?|Og hvilken adresse skal stå?|"
           "Entä mikä osoite merkitään?|A jakou adresu mám uvést?|És milyen lakcímet írjak?|"
           "Peki hangi adresi yazayım?|Și ce adresă trec?|Και ποια διεύθυνση να βάλω;",
    q_who="Who else should be listed? Full name please.|Wer soll noch eingetragen werden? Bitte mit vollem Namen.|"
          "Qui d'autre faut-il inscrire ? Nom complet, s'il te plaît.|Wie moet er nog op? Volledige naam graag.|"
          "¿Quién más debe figurar? Nombre completo, por favor.|Chi altro va inserito? Nome completo, per favore.|"
          "Quem mais deve constar? Nome completo, por favor.|Kogo jeszcze wpisać? Poproszę pełne imię i nazwisko.|"
          "Vem mer ska stå med? Fullständigt namn, tack.|Hvem skal ellers med? Fulde navn, tak.|"
          "Hvem andre skal stå på? Fullt navn, takk.|Kenet muita merkitään? Koko nimi, kiitos.|"
          "Koho ještě uvést? Celé jméno, prosím.|Ki szerepeljen még? Teljes nevet kérek.|"
          "Başka kim yazılsın? Tam adını lütfen.|Pe cine mai trec? Numele complet, te rog.|"
          "Ποιον άλλο να γράψω; Ονοματεπώνυμο, παρακαλώ.",
    readback="Here is what I have so far:|Das habe ich bisher:|Voici ce que j'ai pour l'instant :|"
             "Dit heb ik tot nu toe:|Esto es lo que tengo:|Ecco cosa ho finora:|Eis o que tenho até agora:|"
             "Oto, co mam do tej pory:|Det här har jag hittills:|Det her har jeg indtil videre:|"
             "Dette har jeg så langt:|Tähän mennessä minulla on:|Zatím mám tohle:|Eddig ez van meg:|"
             "Şu ana kadar elimdekiler:|Iată ce am până acum:|Αυτά έχω μέχρι στιγμής:",
    corr="no, it's {D} not {W}|nein, es ist der {D}, nicht {W}|non, c'est le {D}, pas {W}|"
         "nee, het is {D}, niet {W}|no, es el {D}, no {W}|no, è il {D}, non {W}|não, é {D}, não {W}|"
         "nie, {D}, a nie {W}|nej, det är {D}, inte {W}|nej, det er {D}, ikke {W}|nei, det er {D}, ikke {W}|"
         "ei, se on {D}, ei {W}|ne, je to {D}, ne {W}|nem, {D}, nem {W}|hayır, {D}, {W} değil|"
         "nu, e {D}, nu {W}|όχι, είναι {D}, όχι {W}",
    corr_name="the surname is {S}, not {W}|der Nachname ist {S}, nicht {W}|le nom c'est {S}, pas {W}|"
              "de achternaam is {S}, niet {W}|el apellido es {S}, no {W}|il cognome è {S}, non {W}|"
              "o apelido é {S}, não {W}|nazwisko to {S}, nie {W}|efternamnet är {S}, inte {W}|"
              "efternavnet er {S}, ikke {W}|etternavnet er {S}, ikke {W}|sukunimi on {S}, ei {W}|"
              "příjmení je {S}, ne {W}|a vezetéknév {S}, nem {W}|soyadı {S}, {W} değil|"
              "numele de familie e {S}, nu {W}|το επώνυμο είναι {S}, όχι {W}",
    upd="Updated: {X}.|Aktualisiert: {X}.|C'est corrigé : {X}.|Aangepast: {X}.|Corregido: {X}.|"
        "Aggiornato: {X}.|Atualizado: {X}.|Poprawione: {X}.|Uppdaterat: {X}.|Rettet: {X}.|"
        "Oppdatert: {X}.|Päivitetty: {X}.|Opraveno: {X}.|Javítva: {X}.|Güncellendi: {X}.|"
        "Actualizat: {X}.|Ενημερώθηκε: {X}.",
    add="also add {N}, {P}|trag noch {N} ein, {P}|ajoute aussi {N}, {P}|zet {N} er ook bij, {P}|"
        "añade también a {N}, {P}|aggiungi anche {N}, {P}|acrescenta também {N}, {P}|"
        "dopisz jeszcze: {N}, {P}|lägg till {N} också, {P}|tilføj også {N}, {P}|legg til {N} også, {P}|"
        "lisää myös {N}, {P}|přidej ještě {N}, {P}|írd fel {N} is, {P}|{N} da eklensin, {P}|"
        "adaugă și {N}, {P}|πρόσθεσε και {N}, {P}",
    thanks="great, thanks|super, danke|parfait, merci|top, bedankt|perfecto, gracias|perfetto, grazie|"
           "ótimo, obrigado|super, dzięki|toppen, tack|super, tak|flott, takk|hienoa, kiitos|"
           "super, díky|szuper, köszi|harika, teşekkürler|perfect, mersi|τέλεια, ευχαριστώ",
)
# Prose sentences.
PR = table(
    dear="Dear {N},|Liebe/r {N},|Bonjour {N},|Beste {N},|Estimado/a {N}:|Gentile {N},|Caro/a {N},|"
         "Szanowni Państwo,|Hej {N},|Kære {N},|Hei {N},|Hei {N},|Dobrý den,|Kedves {N}!|Sayın {N},|"
         "Stimate/Stimată {N},|Αγαπητέ/ή {N},",
    intro="My name is {N}, I was born on {D} and I live at {A}.|"
          "Mein Name ist {N}, geboren am {D}, wohnhaft {A}.|"
          "Je m'appelle {N}, née le {D}, et j'habite au {A}.|"
          "Mijn naam is {N}, geboren op {D}, en ik woon aan de {A}.|"
          "Me llamo {N}, nací el {D} y vivo en {A}.|"
          "Mi chiamo {N}, sono nata il {D} e abito in {A}.|"
          "Chamo-me {N}, nasci a {D} e moro na {A}.|"
          "Nazywam się {N}, data urodzenia: {D}, zamieszkała: {A}.|"
          "Jag heter {N}, är född {D} och bor på {A}.|"
          "Jeg hedder {N}, er født {D} og bor på {A}.|"
          "Jeg heter {N}, er født {D} og bor i {A}.|"
          "Olen {N} (syntynyt {D}), osoite: {A}.|"
          "Jmenuji se {N}, narozena {D}, bytem {A}.|"
          "{N} vagyok (született: {D}), lakcímem: {A}.|"
          "Adım {N}, doğum tarihim {D}, adresim {A}.|"
          "Mă numesc {N}, născută la data de {D}, domiciliată în {A}.|"
          "Ονομάζομαι {N}, γεννήθηκα στις {D} και μένω στην οδό {A}.",
    about="This concerns {N} ({R}), who can be reached on {P}.|"
          "Es geht um {N} ({R}), erreichbar unter {P}.|"
          "Cela concerne {N} ({R}), joignable au {P}.|"
          "Het gaat om {N} ({R}), bereikbaar op {P}.|"
          "Se trata de {N} ({R}), localizable en el {P}.|"
          "Si tratta di {N} ({R}), raggiungibile al {P}.|"
          "Trata-se de {N} ({R}), contactável pelo {P}.|"
          "Chodzi o osobę: {N} ({R}), tel. {P}.|"
          "Det gäller {N} ({R}), som nås på {P}.|"
          "Det drejer sig om {N} ({R}), som kan træffes på {P}.|"
          "Det gjelder {N} ({R}), som kan nås på {P}.|"
          "Asia koskee henkilöä {N} ({R}), puh. {P}.|"
          "Jde o osobu {N} ({R}), tel. {P}.|"
          "Az ügy érintettje: {N} ({R}), tel.: {P}.|"
          "Konu {N} ({R}) ile ilgili, telefon: {P}.|"
          "Este vorba de {N} ({R}), telefon {P}.|"
          "Πρόκειται για {N} ({R}), τηλ. {P}.",
    present="Present: {L}.|Anwesend: {L}.|Présents : {L}.|Aanwezig: {L}.|Asistentes: {L}.|"
            "Presenti: {L}.|Presentes: {L}.|Obecni: {L}.|Närvarande: {L}.|Til stede: {L}.|"
            "Til stede: {L}.|Läsnä: {L}.|Přítomni: {L}.|Jelen vannak: {L}.|Katılanlar: {L}.|"
            "Prezenți: {L}.|Παρόντες: {L}.",
    thanks="Special thanks to {N} for organising everything.|Ein besonderer Dank geht an {N} für die Organisation.|"
           "Un grand merci à {N} pour toute l'organisation.|Speciale dank aan {N} voor de organisatie.|"
           "Gracias especialmente a {N} por organizarlo todo.|Un grazie speciale a {N} per l'organizzazione.|"
           "Um agradecimento especial a {N} pela organização.|Szczególne podziękowania: {N} – za organizację.|"
           "Ett särskilt tack till {N} för allt arbete.|En særlig tak til {N} for det hele.|"
           "En spesiell takk til {N} for organiseringen.|Erityiskiitos: {N} – järjestelyistä.|"
           "Zvláštní poděkování patří: {N}.|Külön köszönet: {N}, a szervezésért.|"
           "Organizasyon için {N} hanıma/beye özel teşekkürler.|Mulțumiri speciale pentru {N}.|"
           "Ιδιαίτερες ευχαριστίες στον/στην {N} για την οργάνωση.",
    item="{X} is planned for {ND}.|{X} ist für den {ND} geplant.|{X} est prévu le {ND}.|"
         "{X} staat gepland op {ND}.|{X} está previsto para el {ND}.|{X} è previsto per il {ND}.|"
         "{X} está previsto para {ND}.|{X} – termin: {ND}.|{X} är planerat till {ND}.|"
         "{X} er planlagt til {ND}.|{X} er planlagt til {ND}.|{X}: ajankohta {ND}.|"
         "{X} je naplánováno na {ND}.|{X}: időpont {ND}.|{X} için tarih: {ND}.|"
         "{X} este programat pentru {ND}.|{X}: προγραμματίζεται για {ND}.",
    close="Kind regards,|Viele Grüße|Bien cordialement,|Met vriendelijke groet,|Un saludo,|"
          "Cordiali saluti,|Com os melhores cumprimentos,|Z poważaniem|Vänliga hälsningar|"
          "Venlig hilsen|Vennlig hilsen|Ystävällisin terveisin|S pozdravem|Üdvözlettel:|Saygılarımla,|"
          "Cu stimă,|Με εκτίμηση,",
    minutes="Minutes|Protokoll|Compte rendu|Notulen|Acta|Verbale|Ata|Protokół|Protokoll|Referat|"
            "Referat|Pöytäkirja|Zápis|Jegyzőkönyv|Toplantı tutanağı|Proces-verbal|Πρακτικά",
    speech="Please welcome {N}, who has been with us from the very start!|"
           "Begrüßen Sie mit mir {N}, von Anfang an dabei!|Accueillons {N}, présent(e) depuis le tout début !|"
           "Een warm welkom voor {N}, vanaf het begin erbij!|¡Demos la bienvenida a {N}, que está con nosotros desde el principio!|"
           "Diamo il benvenuto a {N}, con noi fin dall'inizio!|Recebam {N}, que está connosco desde o início!|"
           "Powitajmy: {N} – jest z nami od samego początku!|Välkomna {N}, med från allra första början!|"
           "Tag godt imod {N}, som har været med fra starten!|Ta godt imot {N}, som har vært med fra starten!|"
           "Toivotetaan tervetulleeksi {N}, mukana alusta asti!|Přivítejme: {N} – s námi od samého začátku!|"
           "Köszöntsük {N} nevű társunkat, aki kezdettől velünk van!|Aramızda en başından beri olan {N} için alkış!|"
           "Să-i urăm bun venit lui/ei {N}, alături de noi de la început!|Καλωσορίστε τον/την {N}, μαζί μας από την αρχή!",
)
# The domains: their order is the class index; their titles in every language.
DOMAINS = ["pickup", "allotment", "jury", "spa", "salon", "angling", "bench", "harvest", "geocache",
           "twinning", "schooltrip", "marquee", "pottery", "rally", "guidedog", "defence",
           "homebrew", "hortshow", "beachhut", "laundry", "lottery", "firewood", "septic",
           "riding", "reunion"]
TITLE = table(
    pickup="Kindergarten pickup authorisation|Abholvollmacht Kita|Autorisation de sortie – crèche|"
           "Machtiging ophalen kinderopvang|Autorización de recogida – escuela infantil|"
           "Delega per il ritiro – scuola dell'infanzia|Autorização de recolha – jardim de infância|"
           "Upoważnienie do odbioru dziecka z przedszkola|Hämtningsfullmakt förskola|"
           "Afhentningstilladelse børnehave|Henteavtale barnehage|Hakuvaltuutus päiväkoti|"
           "Zmocnění k vyzvedávání dítěte z mateřské školy|Óvodai gyermekátvételi meghatalmazás|"
           "Anaokulu teslim alma yetki belgesi|Împuternicire preluare copil grădiniță|"
           "Εξουσιοδότηση παραλαβής παιδιού από νηπιαγωγείο",
    allotment="Allotment waiting list|Warteliste Kleingartenverein|Liste d'attente jardins familiaux|"
              "Wachtlijst volkstuinen|Lista de espera huertos urbanos|Lista d'attesa orti urbani|"
              "Lista de espera hortas comunitárias|Lista oczekujących na działkę ROD|"
              "Väntelista kolonilotter|Venteliste kolonihaver|Venteliste parsellhager|"
              "Siirtolapuutarhan jonotuslista|Pořadník zahrádkářské osady|Közösségi kert várólista|"
              "Hobi bahçesi bekleme listesi|Listă de așteptare grădini comunitare|"
              "Λίστα αναμονής δημοτικών λαχανόκηπων",
    jury="Jury service deferral request|Antrag auf Befreiung vom Schöffenamt|"
         "Demande de dispense de juré d'assises|Verzoek uitstel jurydienst|Solicitud de excusa de jurado|"
         "Istanza di esonero giudice popolare|Pedido de escusa de jurado|"
         "Wniosek o zwolnienie z funkcji ławnika|Begäran om befrielse från nämndemannauppdrag|"
         "Anmodning om fritagelse for nævningehverv|Søknad om fritak fra lagrettemedlemsverv|"
         "Lautamiehen vapautuspyyntö|Žádost o uvolnění z funkce přísedícího|"
         "Ülnöki feladat alóli felmentési kérelem|Jüri görevinden muafiyet talebi|"
         "Cerere de amânare a îndatoririi de jurat|Αίτηση απαλλαγής από καθήκοντα ενόρκου",
    spa="Spa treatment booking|Wellness-Buchung|Réservation de soins spa|Boeking wellnessbehandeling|"
        "Reserva de tratamiento spa|Prenotazione trattamento spa|Reserva de tratamento spa|"
        "Rezerwacja zabiegu SPA|Bokning spabehandling|Booking af spabehandling|Bestilling spabehandling|"
        "Kylpylähoidon varaus|Rezervace wellness procedury|Wellness kezelés foglalás|"
        "Spa bakım rezervasyonu|Rezervare tratament spa|Κράτηση θεραπείας spa",
    salon="Salon client card|Kundenkarte Friseursalon|Fiche cliente salon de coiffure|Klantenkaart kapsalon|"
          "Ficha de cliente peluquería|Scheda cliente parrucchiere|Ficha de cliente cabeleireiro|"
          "Karta klienta salonu fryzjerskiego|Kundkort frisörsalong|Kundekort frisørsalon|"
          "Kundekort frisørsalong|Kampaamon asiakaskortti|Karta klienta kadeřnictví|Fodrászat ügyfélkarton|"
          "Kuaför müşteri kartı|Fișă client salon coafură|Καρτέλα πελάτη κομμωτηρίου",
    angling="Angling club catch return|Fangmeldung Angelverein|Carnet de prises – AAPPMA|"
            "Vangstregistratie hengelsportvereniging|Declaración de capturas club de pesca|"
            "Denuncia catture associazione pesca|Registo de capturas clube de pesca|"
            "Rejestr połowów koła wędkarskiego|Fångstrapport fiskeklubb|Fangstrapport lystfiskerforening|"
            "Fangstrapport fiskeforening|Kalastusseuran saalisilmoitus|Záznam o úlovcích rybářského svazu|"
            "Horgászegyesületi fogási napló|Balıkçılık kulübü av bildirimi|"
            "Declarație capturi asociație pescari|Δήλωση αλιευμάτων αλιευτικού ομίλου",
    bench="Memorial bench dedication application|Antrag Gedenkbank-Patenschaft|"
          "Demande de banc commémoratif|Aanvraag gedenkbank|Solicitud de banco conmemorativo|"
          "Richiesta panchina commemorativa|Pedido de banco memorial|Wniosek o ławkę pamięci|"
          "Ansökan om minnesbänk|Ansøgning om mindebænk|Søknad om minnebenk|Muistopenkkihakemus|"
          "Žádost o pamětní lavičku|Emlékpad-állítási kérelem|Anı bankı başvurusu|"
          "Cerere bancă memorială|Αίτηση για αναμνηστικό παγκάκι",
    harvest="Seasonal harvest worker registration|Anmeldung Erntehelfer|Fiche d'embauche vendangeur|"
            "Registratie seizoenarbeider oogst|Alta de temporero de vendimia|"
            "Registrazione lavoratore stagionale vendemmia|Registo de trabalhador sazonal vindima|"
            "Rejestracja pracownika sezonowego|Registrering säsongsarbetare skörd|"
            "Registrering sæsonarbejder høst|Registrering sesongarbeider innhøsting|"
            "Kausityöntekijän rekisteröinti|Registrace sezónního pracovníka – sklizeň|"
            "Idénymunkás bejelentés – szüret|Mevsimlik hasat işçisi kaydı|"
            "Înregistrare lucrător sezonier recoltare|Εγγραφή εποχικού εργάτη συγκομιδής",
    geocache="Geocache log|Geocache-Logbuch|Journal de géocache|Geocache-logboek|Registro de geocaché|"
             "Registro geocache|Registo de geocache|Dziennik skrytki geocachingowej|Geocachelogg|"
             "Geocachelog|Geocachelogg|Geokätkön lokikirja|Záznam z kešky|Geoláda napló|"
             "Geocache kayıt defteri|Jurnal geocache|Ημερολόγιο geocache",
    twinning="Town-twinning exchange delegation list|Delegationsliste Städtepartnerschaft|"
             "Liste de la délégation – jumelage|Delegatielijst stedenband|"
             "Lista de la delegación – hermanamiento|Elenco delegazione gemellaggio|"
             "Lista da delegação – geminação|Lista delegacji miast partnerskich|Deltagarlista vänortsbesök|"
             "Deltagerliste venskabsby|Deltakerliste vennskapsby|Ystävyyskaupunkivierailun osallistujalista|"
             "Seznam delegace partnerského města|Testvérvárosi delegáció névsora|Kardeş şehir heyet listesi|"
             "Lista delegației orașe înfrățite|Κατάλογος αντιπροσωπείας αδελφοποίησης",
    schooltrip="School trip consent form|Einverständniserklärung Klassenfahrt|Autorisation de sortie scolaire|"
               "Toestemmingsformulier schoolreis|Autorización excursión escolar|Autorizzazione gita scolastica|"
               "Autorização visita de estudo|Zgoda na wycieczkę szkolną|Medgivande skolresa|"
               "Samtykke til lejrskole|Samtykke til klassetur|Luokkaretken suostumuslomake|"
               "Souhlas se školním výletem|Osztálykirándulási beleegyező nyilatkozat|"
               "Okul gezisi veli izin belgesi|Acord excursie școlară|Υπεύθυνη δήλωση για σχολική εκδρομή",
    marquee="Marquee and party equipment hire order|Mietauftrag Festzelt|Bon de location chapiteau|"
            "Huurorder partytent|Pedido de alquiler de carpa|Ordine noleggio tensostruttura|"
            "Encomenda aluguer de tenda|Zamówienie wynajmu namiotu|Hyresorder partytält|Lejeordre festtelt|"
            "Leieordre festtelt|Juhlateltan vuokratilaus|Objednávka pronájmu stanu|"
            "Rendezvénysátor bérlési megrendelés|Parti çadırı kiralama siparişi|Comandă închiriere cort|"
            "Παραγγελία ενοικίασης τέντας εκδηλώσεων",
    pottery="Pottery studio kiln and class booking|Töpferwerkstatt: Brennofen- und Kursbuchung|"
            "Réservation atelier céramique et four|Boeking keramiekatelier en oven|"
            "Reserva taller de cerámica y horno|Prenotazione laboratorio ceramica e forno|"
            "Reserva ateliê de cerâmica e forno|Rezerwacja pracowni ceramiki i pieca|"
            "Bokning keramikverkstad och brännugn|Booking keramikværksted og ovn|"
            "Booking keramikkverksted og brennovn|Keramiikkapajan uuni- ja kurssivaraus|"
            "Rezervace keramické dílny a pece|Kerámiaműhely égetés- és tanfolyamfoglalás|"
            "Seramik atölyesi fırın ve kurs rezervasyonu|Rezervare atelier ceramică și cuptor|"
            "Κράτηση εργαστηρίου κεραμικής και κλιβάνου",
    rally="Classic car rally entry list|Nennliste Oldtimer-Rallye|Liste des engagés – rallye de véhicules anciens|"
          "Deelnemerslijst oldtimerrally|Lista de inscritos rally de clásicos|Elenco iscritti rievocazione storica|"
          "Lista de inscritos rali de clássicos|Lista zgłoszeń rajdu pojazdów zabytkowych|"
          "Startlista veteranbilsrally|Startliste veteranbilrally|Startliste veteranbilrally|"
          "Museoautorallin lähtölista|Startovní listina veteránské rallye|Veterán autós rali nevezési lista|"
          "Klasik otomobil rallisi katılımcı listesi|Lista înscrișilor – raliul mașinilor de epocă|"
          "Κατάλογος συμμετοχών ράλι ιστορικών αυτοκινήτων",
    guidedog="Guide-dog puppy raiser application|Bewerbung Patenfamilie Blindenführhund|"
             "Candidature famille d'accueil chien guide|Aanmelding gastgezin geleidehondpup|"
             "Solicitud familia educadora de perro guía|Domanda famiglia affidataria cane guida|"
             "Candidatura família de acolhimento cão-guia|Zgłoszenie rodziny zastępczej psa przewodnika|"
             "Ansökan fodervärd ledarhundsvalp|Ansøgning plejefamilie førerhundehvalp|"
             "Søknad fôrvert førerhundvalp|Opaskoiranpennun kasvattajaperheen hakemus|"
             "Přihláška vychovatele štěněte vodicího psa|Vakvezető kutya nevelőcsalád jelentkezés|"
             "Rehber köpek koruyucu aile başvurusu|Cerere familie de plasament câine-ghid|"
             "Αίτηση ανάδοχης οικογένειας κουταβιού-οδηγού",
    defence="Doctoral defence notice|Bekanntmachung Disputation|Avis de soutenance de thèse|"
            "Aankondiging promotie|Convocatoria de defensa de tesis doctoral|"
            "Avviso discussione tesi di dottorato|Aviso de provas de doutoramento|"
            "Zawiadomienie o obronie rozprawy doktorskiej|Meddelande om disputation|"
            "Meddelelse om ph.d.-forsvar|Kunngjøring disputas|Väitöstilaisuuden ilmoitus|"
            "Oznámení o obhajobě disertační práce|Doktori védés értesítő|Doktora tez savunması duyurusu|"
            "Anunț susținere publică a tezei de doctorat|Ανακοίνωση υποστήριξης διδακτορικής διατριβής",
    homebrew="Homebrew competition entry|Anmeldung Hobbybrauer-Wettbewerb|Inscription concours de brasseurs amateurs|"
             "Inschrijving thuisbrouwwedstrijd|Inscripción concurso de cerveza casera|"
             "Iscrizione concorso birra fatta in casa|Inscrição concurso de cerveja caseira|"
             "Zgłoszenie na konkurs piw domowych|Anmälan hembryggartävling|Tilmelding hjemmebryg-konkurrence|"
             "Påmelding hjemmebryggkonkurranse|Kotiolutkilpailun ilmoittautuminen|"
             "Přihláška do soutěže domácích pivovarníků|Házisör-verseny nevezés|"
             "Ev yapımı bira yarışması başvurusu|Înscriere concurs bere de casă|"
             "Συμμετοχή σε διαγωνισμό σπιτικής μπύρας",
    hortshow="Horticultural show entry form|Anmeldung Gartenbauausstellung|Bulletin d'inscription concours horticole|"
             "Inschrijving tuinbouwtentoonstelling|Inscripción certamen hortícola|Iscrizione mostra orticola|"
             "Inscrição concurso hortícola|Zgłoszenie na wystawę ogrodniczą|Anmälan trädgårdsutställning|"
             "Tilmelding havebrugsudstilling|Påmelding hagebruksutstilling|Puutarhanäyttelyn ilmoittautuminen|"
             "Přihláška zahrádkářské výstavy|Kertészeti kiállítás nevezési lap|Bahçecilik sergisi başvuru formu|"
             "Înscriere expoziție horticolă|Δήλωση συμμετοχής σε έκθεση κηπευτικών",
    beachhut="Beach hut rental agreement|Mietvertrag Strandkorb|Contrat de location de cabine de plage|"
             "Huurovereenkomst strandhuisje|Contrato de alquiler de caseta de playa|"
             "Contratto noleggio cabina balneare|Contrato de aluguer de barraca de praia|"
             "Umowa najmu domku plażowego|Hyresavtal badhytt|Lejeaftale badehus|Leieavtale badehus|"
             "Rantamökin vuokrasopimus|Nájemní smlouva plážové kabiny|Strandház bérleti szerződés|"
             "Plaj kabini kira sözleşmesi|Contract închiriere cabină de plajă|"
             "Συμφωνητικό μίσθωσης καμπίνας παραλίας",
    laundry="Shared laundry room booking plan|Waschküchenplan|Planning de la buanderie commune|"
            "Wasruimte-rooster|Turnos de lavandería comunitaria|Turni lavanderia condominiale|"
            "Escala da lavandaria comum|Grafik pralni wspólnej|Tvättstugebokning|Vaskeriplan|"
            "Vaskerom-booking|Pesutuvan varauslista|Rozpis prádelny|Közös mosókonyha beosztás|"
            "Ortak çamaşırhane çizelgesi|Program spălătorie comună|Πρόγραμμα κοινόχρηστου πλυντηρίου",
    lottery="Lottery syndicate agreement|Vereinbarung Tippgemeinschaft|Convention de groupe de joueurs loto|"
            "Overeenkomst lottopool|Acuerdo de peña de lotería|Accordo sistema condiviso lotto|"
            "Acordo de grupo de apostas|Umowa wspólnego grania w lotto|Avtal spellag Lotto|"
            "Aftale om lottoklub|Avtale om lottolag|Lottorinkisopimus|Dohoda o společném sázení|"
            "Lottó-közösségi megállapodás|Ortak piyango bileti sözleşmesi|Acord grup de jucători loto|"
            "Συμφωνητικό κοινού δελτίου λαχείου",
    firewood="Christmas tree and firewood delivery order|Lieferauftrag Weihnachtsbaum und Brennholz|"
             "Bon de livraison sapin et bois de chauffage|Bezorgorder kerstboom en haardhout|"
             "Pedido de entrega de árbol de Navidad y leña|Ordine consegna albero di Natale e legna|"
             "Encomenda árvore de Natal e lenha|Zamówienie dostawy choinki i drewna opałowego|"
             "Leveransorder julgran och ved|Leveringsordre juletræ og brænde|Leveringsordre juletre og ved|"
             "Joulukuusen ja polttopuiden toimitustilaus|Objednávka vánočního stromku a dřeva|"
             "Karácsonyfa és tűzifa szállítási megrendelés|Yılbaşı ağacı ve odun teslimat siparişi|"
             "Comandă livrare brad și lemne de foc|Παραγγελία χριστουγεννιάτικου δέντρου και καυσόξυλων",
    septic="Septic tank emptying booking|Auftrag Klärgrubenentleerung|Demande de vidange de fosse septique|"
           "Opdracht lediging septic tank|Solicitud de vaciado de fosa séptica|Richiesta spurgo fossa biologica|"
           "Pedido de limpeza de fossa séptica|Zlecenie wywozu nieczystości z szamba|Beställning slamtömning|"
           "Bestilling tømning af septiktank|Bestilling slamtømming|Sakokaivon tyhjennystilaus|"
           "Objednávka vývozu septiku|Szennyvízszállítás megrendelés|Fosseptik boşaltma talebi|"
           "Comandă vidanjare fosă septică|Αίτηση εκκένωσης βόθρου",
    riding="Riding school lesson booking|Reitstunden-Buchung|Réservation cours d'équitation|Boeking manegeles|"
           "Reserva clase de equitación|Prenotazione lezione di equitazione|Marcação aula de equitação|"
           "Rezerwacja jazdy w szkółce jeździeckiej|Bokning ridlektion|Booking af ridetime|Bestilling ridetime|"
           "Ratsastustunnin varaus|Rezervace jezdecké hodiny|Lovaglóóra foglalás|Binicilik dersi rezervasyonu|"
           "Rezervare lecție de echitație|Κράτηση μαθήματος ιππασίας",
    reunion="Family reunion planning sheet|Planung Familientreffen|Organisation de la cousinade|"
            "Planning familiereünie|Planificación reunión familiar|Organizzazione raduno di famiglia|"
            "Planeamento encontro de família|Plan zjazdu rodzinnego|Planering släktträff|"
            "Planlægning af familiesammenkomst|Planlegging slektstreff|Sukukokouksen suunnittelu|"
            "Plán rodinného srazu|Családi találkozó szervezése|Aile buluşması planı|"
            "Planificare reuniune de familie|Οργάνωση οικογενειακής συνάντησης",
)

# ---- dates --------------------------------------------------------------------------------------
MONTH = table(**{"m%d" % (k + 1): v for k, v in enumerate([
    "January|Januar|janvier|januari|enero|gennaio|janeiro|stycznia|januari|januar|januar|tammikuuta|"
    "ledna|január|Ocak|ianuarie|Ιανουαρίου",
    "February|Februar|février|februari|febrero|febbraio|fevereiro|lutego|februari|februar|februar|"
    "helmikuuta|února|február|Şubat|februarie|Φεβρουαρίου",
    "March|März|mars|maart|marzo|marzo|março|marca|mars|marts|mars|maaliskuuta|března|március|Mart|"
    "martie|Μαρτίου",
    "April|April|avril|april|abril|aprile|abril|kwietnia|april|april|april|huhtikuuta|dubna|április|"
    "Nisan|aprilie|Απριλίου",
    "May|Mai|mai|mei|mayo|maggio|maio|maja|maj|maj|mai|toukokuuta|května|május|Mayıs|mai|Μαΐου",
    "June|Juni|juin|juni|junio|giugno|junho|czerwca|juni|juni|juni|kesäkuuta|června|június|Haziran|"
    "iunie|Ιουνίου",
    "July|Juli|juillet|juli|julio|luglio|julho|lipca|juli|juli|juli|heinäkuuta|července|július|Temmuz|"
    "iulie|Ιουλίου",
    "August|August|août|augustus|agosto|agosto|agosto|sierpnia|augusti|august|august|elokuuta|srpna|"
    "augusztus|Ağustos|august|Αυγούστου",
    "September|September|septembre|september|septiembre|settembre|setembro|września|september|"
    "september|september|syyskuuta|září|szeptember|Eylül|septembrie|Σεπτεμβρίου",
    "October|Oktober|octobre|oktober|octubre|ottobre|outubro|października|oktober|oktober|oktober|"
    "lokakuuta|října|október|Ekim|octombrie|Οκτωβρίου",
    "November|November|novembre|november|noviembre|novembre|novembro|listopada|november|november|"
    "november|marraskuuta|listopadu|november|Kasım|noiembrie|Νοεμβρίου",
    "December|Dezember|décembre|december|diciembre|dicembre|dezembro|grudnia|december|december|"
    "desember|joulukuuta|prosince|december|Aralık|decembrie|Δεκεμβρίου"])})


def month(lg, m):
    return MONTH["m%d" % m][lg]


def birth_ymd(lo=1938, hi=2008):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def child_ymd():
    return rng.randint(2012, 2022), rng.randint(1, 12), rng.randint(1, 28)


def soon_ymd():
    return rng.randint(2025, 2027), rng.randint(1, 12), rng.randint(1, 28)


def numeric(lg, ymd):
    y, m, d = ymd
    if lg == "en":
        return "%02d/%02d/%d" % ((d, m, y) if rng.random() < 0.6 else (m, d, y))
    if lg in ("sv",):
        return "%d-%02d-%02d" % (y, m, d)
    if lg == "hu":
        return "%d. %02d. %02d." % (y, m, d)
    if lg in ("fi",):
        return "%d.%d.%d" % (d, m, y)
    if lg == "cs":
        return "%d. %d. %d" % (d, m, y)
    if lg in ("nl",):
        return "%02d-%02d-%d" % (d, m, y)
    if lg in ("de", "pl", "da", "no", "tr", "ro"):
        return "%02d.%02d.%d" % (d, m, y)
    return "%02d/%02d/%d" % (d, m, y)


def spelled(lg, ymd):
    y, m, d = ymd
    mn = month(lg, m)
    if lg == "en":
        return "%d %s %d" % (d, mn, y) if rng.random() < 0.6 else "%s %d, %d" % (mn, d, y)
    if lg in ("es", "pt"):
        return "%d de %s de %d" % (d, mn, y)
    if lg in ("de", "da", "no", "fi", "cs"):
        return "%d. %s %d" % (d, mn, y)
    if lg == "hu":
        return "%d. %s %d." % (y, mn, d)
    return "%d %s %d" % (d, mn, y)


def any_date(lg, ymd, iso=0.15):
    r = rng.random()
    if r < iso:
        return "%d-%02d-%02d" % ymd
    if r < 0.6:
        return numeric(lg, ymd)
    return spelled(lg, ymd)


def wrong_of(ymd):
    """A near miss of a birth: day and month swapped, a day off by one, or two year digits
    swapped."""
    y, m, d = ymd
    r = rng.random()
    if r < 0.35 and d <= 12 and d != m:
        return y, d, m
    if r < 0.7:
        return y, m, d + 1 if d < 28 else d - 1
    s = str(y)
    w = int(s[:2] + s[3] + s[2])
    return (w if w != y and 1930 < w < 2012 else y + 1), m, d


def nbsp(s, k=None):
    """Spaces inside a value as no-break spaces (U+00A0 or U+202F)."""
    ch = k or rng.choice(["\u00a0", "\u202f"])
    return s.replace(" ", ch)

# ---- people -------------------------------------------------------------------------------------
REAL = {
    "en": ("Oliver Charlotte Harry Amelia George Isla Jack Poppy",
           "Thompson Walsh Hughes Patterson Gallagher Bennett Clarke Hayward"),
    "de": ("Jana Florian Heike Stefan Birgit Moritz Anke Dieter",
           "Schneider Neumann Zimmermann Hartmann Richter Wolf Schröder Krüger"),
    "fr": ("Manon Théo Sylvie Nicolas Chloé Antoine Élodie Thierry",
           "Martin Bernard Petit Durand Leroy Fontaine Gauthier Lemoine"),
    "nl": ("Femke Joris Marieke Sander Ilse Wouter Esther Ruud",
           "Meijer Hendriks Dekker Brouwer Kuipers Vermeulen Postma Verhoeven"),
    "es": ("Alba Pablo Rocío Álvaro Nerea Iker Montserrat Joaquín",
           "Fernández López Martínez Sánchez Gómez Ruiz Herrera Domínguez"),
    "it": ("Sofia Alessandro Martina Riccardo Valentina Giorgio Federica Simone",
           "Marino Gallo Conti Fontana Moretti Barbieri Lombardi Mancini"),
    "pt": ("Leonor Duarte Catarina Gonçalo Matilde Nuno Vasco Teresa",
           "Santos Oliveira Sousa Gomes Lopes Martins Ribeiro Fernandes"),
    "pl": ("Zofia Krzysztof Magdalena Wojciech Joanna Marcin Ewa Grzegorz",
           "Nowak Wiśniewska Zieliński Szymańska Woźniak Kamiński Dąbrowska Jankowski"),
    "sv": ("Astrid Johan Maja Oskar Elsa Gustav Ebba Nils",
           "Johansson Karlsson Nilsson Eriksson Larsson Lindberg Forsberg Åberg"),
    "da": ("Mette Rasmus Signe Mads Freja Søren Ida Anders",
           "Jensen Nielsen Hansen Pedersen Kristensen Møller Rasmussen Sørensen"),
    "no": ("Ingrid Magnus Nora Håkon Sigrid Eirik Solveig Ola",
           "Johansen Olsen Larsen Berg Haugen Bakke Strand Dahl"),
    "fi": ("Aino Mikko Helmi Juha Emilia Lauri Sanna Ville",
           "Korhonen Virtanen Mäkinen Nieminen Laine Heikkinen Koskinen Järvinen"),
    "cs": ("Petra Tomáš Jana Lukáš Veronika Martin Eliška Pavel",
           "Svoboda Novotná Černý Marková Pokorný Horáková Kratochvíl Benešová"),
    "hu": ("Réka Balázs Katalin Zoltán Dóra Péter Ildikó Ádám",
           "Kiss Molnár Németh Farkas Balogh Papp Takács Juhász"),
    "tr": ("Elif Mustafa Selin Hakan Derya Oğuz Büşra Kerem",
           "Arslan Doğan Kılıç Aslan Özdemir Koç Kurt Polat"),
    "ro": ("Ioana Andrei Elena Mihai Alexandra Cristian Roxana Vlad",
           "Popescu Ionescu Dumitru Stan Stoica Gheorghe Munteanu Constantinescu"),
    "el": ("Giorgos Maria Eleni Dimitris Katerina Nikos Sofia Vasilis",
           "Papadopoulos Oikonomou Konstantinou Georgiou Papadaki Nikolaou Vasileiou Karagianni"),
    "elg": ("Γιώργος Μαρία Ελένη Δημήτρης Κατερίνα Νίκος Σοφία Βασίλης",
            "Παπαδόπουλος Οικονόμου Κωνσταντίνου Γεωργίου Παπαδάκη Νικολάου Βασιλείου Καραγιάννη"),
    "wa": ("Chinedu Ngozi Oluwaseun Adebayo Kwame Abena Fatoumata Mamadou Aminata",
           "Okonkwo Adeyemi Mensah Boateng Diallo Ndiaye Ogunleye Asante Traoré"),
    "sa": ("Priya Arjun Sunita Rahul Ananya Vikram Farhan Nusrat Kavya",
           "Sharma Patel Iyer Chatterjee Reddy Nair Banerjee Khan Siddiqui"),
    "ea": ("Wei Xiaoling Haruto Yuki Min-jun Seo-yeon Thanh Linh Jia",
           "Wang Zhang Tanaka Nakamura Kim Park Nguyen Tran Chen"),
    "ar": ("Omar Layla Youssef Fatima Karim Noor Hassan Amira Tariq",
           "Haddad Mansour al-Hashimi El-Sayed Khoury Nasser Saleh Abdallah bin Rashid"),
    "sl": ("Olena Dmytro Aleksandr Svetlana Nikola Milica Bogdan Yana",
           "Shevchenko Kovalenko Petrović Ivanova Jovanović Sokolov Bondarenko Dimitrova"),
}
REAL = {k: (g.split(), s.split(" ") if k != "ar" else
            ["Haddad", "Mansour", "al-Hashimi", "El-Sayed", "Khoury", "Nasser", "Saleh",
             "Abdallah", "bin Rashid"]) for k, (g, s) in REAL.items()}
SYL = dict(SYL7)
SYL.update({
    "pl": ["ma", "le", "szcz", "bor", "wa", "dzi", "ko", "ru"],
    "sv": ["bro", "sjö", "lin", "fal", "strö", "hed", "ek", "vall"],
    "da": ["kjær", "bo", "ga", "skov", "hol", "lun", "ri", "dal"],
    "no": ["fjel", "sol", "brå", "vik", "tor", "heim", "ås", "lie"],
    "fi": ["ka", "lli", "poi", "hu", "rä", "te", "vuo", "mi"],
    "cs": ["vla", "dě", "kře", "mir", "sla", "bo", "hru", "ze"],
    "hu": ["bo", "gyö", "ker", "szi", "lá", "mo", "ré", "zsa"],
    "tr": ["ka", "yıl", "dem", "er", "gül", "tan", "san", "öz"],
    "ro": ["bu", "ză", "mi", "ra", "co", "vă", "li", "tă"],
    "el": ["pa", "ka", "sto", "li", "ro", "the", "ni", "ma"],
    "elg": ["πα", "κα", "στο", "λι", "ρο", "θε", "νι", "μα"],
    "wa": ["ade", "olu", "wa", "chi", "ngo", "ka", "ba", "ye", "mi", "se"],
    "sa": ["ra", "vi", "an", "ka", "shi", "pra", "de", "mu", "sri", "ja"],
    "ea": ["xia", "lin", "hao", "yu", "ta", "ka", "mi", "seo", "jun", "ho"],
    "ar": ["ha", "mi", "sa", "ra", "ka", "za", "ti", "lu", "na", "di"],
    "sl": ["bo", "gda", "mi", "la", "sve", "to", "ra", "vo", "dy", "ko"],
})
END = dict(END7)
END.update({"pl": ["owski", "iak", "ewicz"], "sv": ["son", "blad", "qvist"],
            "da": ["gaard", "sen", "bjerg"], "no": ["stad", "rud", "nes"], "fi": ["nen", "la", "maa"],
            "cs": ["ák", "ovský", "íček"], "hu": ["falvi", "házi", "ffy"],
            "tr": ["oğlu", "soy", "tekin"], "ro": ["escu", "eanu", "aru"],
            "el": ["opoulos", "idis", "akis"], "elg": ["όπουλος", "ίδης", "άκης"],
            "wa": ["wale", "onye", "yi"], "sa": ["wala", "ani", "esh"], "ea": ["moto", "shita", "ng"],
            "ar": ["im", "awi", "oun"], "sl": ["enko", "ović", "uk"]})
ALL_REAL = set()
for _g, _s in REAL.values():
    ALL_REAL.update(w.lower() for w in _g + _s)
GLOBAL = ["wa", "sa", "ea", "ar", "sl"]
# Surnames with a particle or two parts, per language of origin.
PARTICLE = {"nl": ["van der ", "de ", "van "], "de": ["von ", "von der "], "fr": ["de ", "de La "],
            "es": ["de la ", "del "], "it": ["De ", "Dal "], "pt": ["dos ", "da "],
            "ar": ["al-", "bin "], "wa": [""], "en": ["O'"]}
NICK = {"Aleksandr": "Sasha", "Katerina": "Katya", "Alessandro": "Sandro", "Joaquín": "Quino",
        "Magdalena": "Magda", "Krzysztof": "Krzyś", "Oluwaseun": "Seun", "Dimitris": "Mitsos",
        "Federica": "Fede", "Gonçalo": "Gonças", "Elizabeth": "Liz", "Wojciech": "Wojtek",
        "Tomáš": "Tom", "Katalin": "Kati", "Florian": "Flo", "Valentina": "Vale"}


def invent(key, surname):
    while True:
        syl = [rng.choice(SYL[key]) for _ in range(rng.choice((2, 2, 3)))]
        if any(a == b for a, b in zip(syl, syl[1:])):
            continue
        w = "".join(syl)
        if surname:
            w += rng.choice(END[key])
        w = w[0].upper() + w[1:]
        if w.lower() not in ALL_REAL:
            return w


def new_person(lg, i, greek_script=False):
    """A person: origin (the record's language, or a global group for a fifth), common or
    invented (half), with now and then a particle or a second surname."""
    origin = lg
    if rng.random() < 0.2:
        origin = rng.choice(GLOBAL)
    key = "elg" if origin == "el" and greek_script else origin
    real = rng.random() < 0.5
    if real:
        g, s = rng.choice(REAL[key][0]), rng.choice(REAL[key][1])
    else:
        g, s = invent(key, False), invent(key, True)
    r = rng.random()
    if r < 0.12 and origin in PARTICLE and not s.startswith(("al-", "bin ")):
        p = rng.choice(PARTICLE[origin])
        s = p + (s if p != "al-" else s.lower())
    elif r < 0.22 and key not in ("ea", "elg"):
        other = rng.choice(REAL[key][1]) if rng.random() < 0.5 else invent(key, True)
        if other != s and " " not in other and " " not in s:
            s = s + "-" + other if origin not in ("es", "pt") else s + " " + other
    return {"g": g, "s": s, "origin": origin, "real": real, "nick": NICK.get(g)}


def full(p, lg):
    """Given then surname; Hungarian surname first for Hungarian origin in Hungarian text."""
    if lg == "hu" and p["origin"] == "hu":
        return p["s"] + " " + p["g"]
    return p["g"] + " " + p["s"]


def caps(s):
    """Capitals as a form writes them: Greek without its accents."""
    u = s.upper()
    if any("\u0370" <= c <= "\u03ff" for c in u):
        u = unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", u)
                                                 if c not in "\u0301\u0308"))
    return u


def lower(s):
    """Lower case; Turkish dotted and dotless I as Turkish writes them."""
    return s.replace("İ", "i").replace("I", "ı").lower() if any(c in "ğışĞİŞ" for c in s) else s.lower()


def name_form(p, lg, style):
    g, s = p["g"], p["s"]
    if style == "full":
        return full(p, lg)
    if style == "caps_sur":
        return caps(s) + " " + g
    if style == "caps":
        return caps(full(p, lg))
    if style == "rev":
        return s + ", " + g
    if style == "lower":
        return lower(full(p, lg))
    if style == "initial":
        return g[0] + ". " + s
    if style == "given":
        return g
    if style == "nick":
        return p["nick"] or g
    if style == "surname":
        return s
    raise ValueError(style)


def fold(w):
    w = unicodedata.normalize("NFKD", w.lower().replace("ł", "l").replace("ı", "i").replace("ß", "ss")
                              .replace("ø", "o").replace("æ", "ae").replace("å", "a"))
    w = "".join(GREEK_LAT.get(c, c) for c in w)
    return "".join(c for c in w if c.isascii() and c.isalpha()).lower()


GREEK_LAT = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώ",
                     ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p",
                      "r", "s", "s", "t", "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y",
                      "o"]))
MAILHOST = per_lang("outlook.com|web.de|orange.fr|ziggo.nl|telefonica.net|libero.it|sapo.pt|wp.pl|"
                    "telia.com|mail.dk|online.no|elisa.fi|seznam.cz|freemail.hu|hotmail.com.tr|"
                    "yahoo.ro|otenet.gr")


def email_of(p, lg):
    g, s = fold(p["g"]), fold(p["s"].split(" ")[-1])
    local = rng.choice([g + "." + s, g[0] + s, g + "_" + s, s + "." + g[0], g + s[:3] +
                        str(rng.randint(1, 99))])
    host = MAILHOST[lg] if rng.random() < 0.7 else rng.choice(["gmail.com", "proton.me",
                                                                "icloud.com", "gmx.net"])
    return local + "@" + host


PHONE_FMT = per_lang("+44 7### ######,07### ### ###|+49 15# ########,015# #### ####|"
                     "+33 6 ## ## ## ##,06 ## ## ## ##|+31 6 ########,06-########|"
                     "+34 6## ## ## ##,6## ### ###|+39 3## #######,3## ### ####|"
                     "+351 9## ### ###,9## ### ###|+48 5## ### ###,5##-###-###|"
                     "+46 70 ### ## ##,070-### ## ##|+45 ## ## ## ##,## ## ## ##|"
                     "+47 4## ## ###,4## ## ###|+358 40 #######,040 ### ####|"
                     "+420 6## ### ###,6## ### ###|+36 30 ### ####,06 30 ### ####|"
                     "+90 5## ### ## ##,05## ### ## ##|+40 7## ### ###,07## ### ###|"
                     "+30 69# ### ####,69# ### ####")


def phone(lg):
    f = rng.choice(PHONE_FMT[lg].split(","))
    return "".join(str(rng.randint(0, 9)) if c == "#" else c for c in f)


STREETS = {
    "en": (["Orchard Lane", "Mill Road", "Sandpiper Close", "Kingsley Avenue", "Elm Grove",
            "Brook Street", "Tennyson Road"], "{n} {s}", ["Norwich NR2 4PL", "York YO31 7EH",
                                                         "Bath BA1 5LR", "Leicester LE2 1TE"]),
    "de": (["Lindenallee", "Am Mühlbach", "Schillerstraße", "Rosenweg", "Kirchgasse",
            "Fontanestraße", "Im Wiesengrund"], "{s} {n}", ["29221 Celle", "72070 Tübingen",
                                                            "04109 Leipzig", "24103 Kiel"]),
    "fr": (["rue des Tanneurs", "avenue Victor Hugo", "chemin des Vignes", "impasse du Moulin",
            "allée des Peupliers", "rue Émile Zola"], "{n} {s}", ["37000 Tours", "21000 Dijon",
                                                                  "44000 Nantes", "64100 Bayonne"]),
    "nl": (["Molenstraat", "Eikenlaan", "Burgemeester de Withstraat", "Kerkplein", "Lindengracht",
            "Vondelstraat"], "{s} {n}", ["3811 HK Amersfoort", "9711 AB Groningen",
                                         "6211 LE Maastricht"]),
    "es": (["Calle del Olmo", "Avenida de Cervantes", "Paseo de la Ribera", "Calle San Isidro",
            "Calle Mayor", "Calle Emilia Pardo Bazán"], "{s}, {n}", ["37002 Salamanca",
                                                                     "50001 Zaragoza",
                                                                     "29015 Málaga"]),
    "it": (["Via dei Mille", "Corso Garibaldi", "Via della Repubblica", "Viale Mazzini",
            "Vicolo Stretto", "Via Grazia Deledda"], "{s} {n}", ["40121 Bologna", "56126 Pisa",
                                                                 "37121 Verona"]),
    "pt": (["Rua das Flores", "Avenida Almirante Reis", "Travessa do Carmo",
            "Rua de Santa Catarina", "Rua Eça de Queirós"], "{s}, {n}", ["3000-150 Coimbra",
                                                                        "4700-320 Braga",
                                                                        "8000-138 Faro"]),
    "pl": (["ul. Kwiatowa", "ul. Mickiewicza", "ul. Lipowa", "ul. Słoneczna", "ul. Marii Konopnickiej",
            "al. Niepodległości"], "{s} {n}", ["80-803 Gdańsk", "60-101 Poznań",
                                               "20-001 Lublin"]),
    "sv": (["Storgatan", "Björkvägen", "Strandvägen", "Linnégatan", "Selma Lagerlöfs väg"],
           "{s} {n}", ["753 20 Uppsala", "582 24 Linköping", "903 26 Umeå"]),
    "da": (["Nørregade", "Vestergade", "Egevej", "Søndergade", "Karen Blixens Vej"], "{s} {n}",
           ["8000 Aarhus C", "5000 Odense C", "9000 Aalborg"]),
    "no": (["Storgata", "Kirkeveien", "Skolegata", "Bakkeveien", "Henrik Ibsens gate"], "{s} {n}",
           ["7011 Trondheim", "5003 Bergen", "9008 Tromsø"]),
    "fi": (["Koivukuja", "Rantatie", "Kirkkokatu", "Aleksis Kiven katu", "Puistotie"], "{s} {n}",
           ["33100 Tampere", "20100 Turku", "90100 Oulu"]),
    "cs": (["Husova", "Lipová", "Masarykova", "U Potoka", "Boženy Němcové"], "{s} {n}",
           ["370 01 České Budějovice", "779 00 Olomouc", "301 00 Plzeň"]),
    "hu": (["Rózsa utca", "Fő út", "Arany János utca", "Kossuth tér", "Petőfi Sándor utca"],
           "{s} {n}.", ["6720 Szeged", "4026 Debrecen", "7621 Pécs"]),
    "tr": (["Atatürk Cad.", "Gül Sokak", "Menekşe Sok.", "Cumhuriyet Cad.", "İnönü Bulvarı"],
           "{s} No: {n}", ["35220 Konak/İzmir", "16040 Osmangazi/Bursa", "07100 Muratpaşa/Antalya"]),
    "ro": (["Str. Florilor", "Bd. Unirii", "Str. Mihai Eminescu", "Calea Victoriei", "Str. Lalelelor"],
           "{s} nr. {n}", ["400001 Cluj-Napoca", "700028 Iași", "300011 Timișoara"]),
    "el": (["Ermou", "Leof. Kifisias", "Papadiamanti", "Agiou Nikolaou", "Solomou"], "{s} {n}",
           ["546 24 Thessaloniki", "262 21 Patra", "712 02 Irakleio"]),
    "elg": (["Ερμού", "Λεωφ. Κηφισίας", "Παπαδιαμάντη", "Αγίου Νικολάου", "Σολωμού"], "{s} {n}",
            ["546 24 Θεσσαλονίκη", "262 21 Πάτρα", "712 02 Ηράκλειο"]),
}
UNIT = {"en": ["Flat 2, ", ""], "es": ["", ", 3.º B"], "pl": ["", "/4"], "da": ["", ", 2. tv."],
        "fi": ["", " B 12"], "hu": ["", " II/4."], "tr": ["", " D: 5"], "fr": ["", ""],
        "pt": ["", ", 2.º Esq."], "cs": ["", ""], "it": ["", ", int. 7"]}


def skey(lg, gs):
    return "elg" if lg == "el" and gs else lg


def street(lg, gs=False):
    names, fmt, _ = STREETS[skey(lg, gs)]
    n = str(rng.randint(1, 140))
    if lg == "cs" and rng.random() < 0.5:
        n = "%d/%d" % (rng.randint(100, 2999), rng.randint(1, 40))
    st = fmt.replace("{s}", rng.choice(names)).replace("{n}", n)
    u = UNIT.get(lg)
    if u and rng.random() < 0.35:
        st = (u[0] + st) if u[0] and rng.random() < 0.5 else st + u[1]
    return st


def town(lg, gs=False):
    return rng.choice(STREETS[skey(lg, gs)][2])


def street_name(lg, gs=False):
    """A street of the language with no number: a look-alike."""
    return rng.choice(STREETS[skey(lg, gs)][0])


# ---- text with labelled parts, JSON and request bodies ------------------------------------------
class S:
    """A string written in parts, some labelled: (label or None, text)."""

    def __init__(self, *items):
        self.parts = []
        for x in items:
            self.x(x)

    def t(self, s):
        if s:
            self.parts.append((None, s))
        return self

    def s(self, label, v):
        self.parts.append((label, v))
        return self

    def x(self, item):
        """Appends a str, a (label, text) pair or another S."""
        if isinstance(item, S):
            self.parts.extend(item.parts)
        elif isinstance(item, tuple):
            self.s(*item)
        else:
            self.t(item)
        return self

    def plain(self):
        return "".join(v for _, v in self.parts)


def fill(template, **kw):
    """template with {K} placeholders -> S; kw values: str, (label, text) or S."""
    out = S()
    i = 0
    while i < len(template):
        j = template.find("{", i)
        if j < 0:
            out.t(template[i:])
            break
        out.t(template[i:j])
        k = template.index("}", j)
        out.x(kw[template[j + 1:k]])
        i = k + 1
    return out


def join(items, sep):
    out = S()
    for k, it in enumerate(items):
        if k:
            out.t(sep)
        out.x(it)
    return out


class Num:
    """A JSON number, labelled or not."""

    def __init__(self, label, digits):
        self.label, self.digits = label, digits


class JS:
    """A JSON document carried inside a JSON string (escaped once more)."""

    def __init__(self, obj, style="compact"):
        self.obj, self.style = obj, style


def esc(s, ascii_):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def ser(obj, ascii_, style, level=0):
    """obj (dicts, lists, str, S, (label, text), Num, JS, numbers) -> S of JSON text."""
    out = S()
    if isinstance(obj, (S, tuple, JS)):
        if isinstance(obj, JS):
            obj = ser(obj.obj, ascii_, obj.style)
        elif isinstance(obj, tuple):
            obj = S(obj)
        out.t('"')
        for lab, v in obj.parts:
            if lab:
                out.s(lab, esc(v, ascii_))
            else:
                out.t(esc(v, ascii_))
        out.t('"')
    elif isinstance(obj, str):
        out.t(json.dumps(obj, ensure_ascii=ascii_))
    elif isinstance(obj, Num):
        if obj.label:
            out.s(obj.label, obj.digits)
        else:
            out.t(obj.digits)
    elif isinstance(obj, (list, dict)):
        items = list(obj.items()) if isinstance(obj, dict) else [(None, v) for v in obj]
        o, c = ("{", "}") if isinstance(obj, dict) else ("[", "]")
        flat = isinstance(obj, list) and all(not isinstance(v, (list, dict)) for v in obj)
        pretty = style == "pretty" and not flat
        out.t(o)
        for k, (key, val) in enumerate(items):
            if k:
                out.t("," if style == "compact" or pretty else ", ")
            if pretty:
                out.t("\n" + "  " * (level + 1))
            if key is not None:
                out.x(ser(key, ascii_, style, level + 1))
                out.t(":" if style == "compact" else ": ")
            out.x(ser(val, ascii_, style, level + 1))
        if pretty and items:
            out.t("\n" + "  " * level)
        out.t(c)
    else:
        out.t(json.dumps(obj))
    return out


def decoded(obj, ascii_):
    """What a JSON parser reads back from the serialised obj."""
    if isinstance(obj, JS):
        return ser(obj.obj, ascii_, obj.style).plain()
    if isinstance(obj, S):
        return obj.plain()
    if isinstance(obj, tuple):
        return obj[1]
    if isinstance(obj, Num):
        return json.loads(obj.digits)
    if isinstance(obj, dict):
        return {decoded(k, ascii_): decoded(v, ascii_) for k, v in obj.items()}
    if isinstance(obj, list):
        return [decoded(v, ascii_) for v in obj]
    return obj


MODELS = {"chat": ["gpt-4o", "gpt-4o-mini", "gpt-4.1"], "responses": ["gpt-4.1", "o4-mini", "gpt-5"],
          "anthropic": ["claude-sonnet-4-5", "claude-3-5-haiku-latest", "claude-opus-4-1"]}


def render(api, turns, i):
    """turns: ("system", S) ("user", S or [S, ...]) ("assistant", S) ("call", name, args)
    ("result", name, payload: S or a JSON obj). -> the body as a JSON-able object."""
    cid = "call_%05d" % (22000 + i)
    tid = "toolu_01%06d" % (i * 7919 % 1000000)
    if api == "chat":
        msgs = []
        for t in turns:
            if t[0] == "system":
                msgs.append({"role": "system", "content": t[1]})
            elif t[0] == "user":
                c = t[1]
                msgs.append({"role": "user", "content": [{"type": "text", "text": b} for b in c]
                             if isinstance(c, list) else c})
            elif t[0] == "assistant":
                msgs.append({"role": "assistant", "content": t[1]})
            elif t[0] == "call":
                msgs.append({"role": "assistant", "content": None, "tool_calls": [
                    {"id": cid, "type": "function",
                     "function": {"name": t[1], "arguments": JS(t[2])}}]})
            else:
                p = t[2]
                msgs.append({"role": "tool", "tool_call_id": cid,
                             "content": p if isinstance(p, S) else JS(p, rng.choice(["compact", "line"]))})
        return {"model": MODELS["chat"][i % 3], "messages": msgs,
                **({"temperature": 0.2} if i % 4 == 0 else {})}
    if api == "responses":
        body, inp = {"model": MODELS["responses"][i % 3]}, []
        for t in turns:
            if t[0] == "system":
                body["instructions"] = t[1]
            elif t[0] == "user":
                c = t[1] if isinstance(t[1], list) else [t[1]]
                inp.append({"role": "user", "content": [{"type": "input_text", "text": b} for b in c]})
            elif t[0] == "assistant":
                inp.append({"role": "assistant", "content": [{"type": "output_text", "text": t[1]}]})
            elif t[0] == "call":
                inp.append({"type": "function_call", "call_id": cid, "name": t[1],
                            "arguments": JS(t[2])})
            else:
                p = t[2]
                inp.append({"type": "function_call_output", "call_id": cid,
                            "output": p if isinstance(p, S) else JS(p)})
        body["input"] = inp
        return body
    if api == "anthropic":
        body, msgs = {"model": MODELS["anthropic"][i % 3], "max_tokens": 2048}, []

        def push(role, block):
            if msgs and msgs[-1]["role"] == role:
                msgs[-1]["content"].append(block)
            else:
                msgs.append({"role": role, "content": [block]})
        for t in turns:
            if t[0] == "system":
                body["system"] = t[1]
            elif t[0] == "user":
                for b in (t[1] if isinstance(t[1], list) else [t[1]]):
                    push("user", {"type": "text", "text": b})
            elif t[0] == "assistant":
                push("assistant", {"type": "text", "text": t[1]})
            elif t[0] == "call":
                push("assistant", {"type": "tool_use", "id": tid, "name": t[1], "input": t[2]})
            else:
                p = t[2]
                if isinstance(p, S):
                    c = p if i % 2 else [{"type": "text", "text": p}]
                else:
                    c = JS(p, "line")
                push("user", {"type": "tool_result", "tool_use_id": tid, "content": c})
        body["messages"] = msgs
        return body
    body, cont = {}, []

    def gpush(role, part):
        if cont and cont[-1]["role"] == role:
            cont[-1]["parts"].append(part)
        else:
            cont.append({"role": role, "parts": [part]})
    for t in turns:
        if t[0] == "system":
            body["systemInstruction"] = {"parts": [{"text": t[1]}]}
        elif t[0] == "user":
            for b in (t[1] if isinstance(t[1], list) else [t[1]]):
                gpush("user", {"text": b})
        elif t[0] == "assistant":
            gpush("model", {"text": t[1]})
        elif t[0] == "call":
            gpush("model", {"functionCall": {"name": t[1], "args": t[2]}})
        else:
            p = t[2]
            gpush("user", {"functionResponse": {"name": t[1], "response": {"content": p}
                                                if isinstance(p, S) else p}})
    body["contents"] = cont
    if i % 5 == 0:
        body["generationConfig"] = {"temperature": 0.3}
    return body


def emit(body, lg, cls, family, api, ascii_, i, wrap):
    style = ["compact", "line", "pretty"][i % 3]
    s = ser(body, ascii_, style)
    text, spans = "", []
    for lab, v in s.parts:
        if lab:
            spans.append({"entity_type": lab, "entity_value": v, "start_position": len(text),
                          "end_position": len(text) + len(v)})
        text += v
    check_spans(text, spans)
    def no_dupes(pairs):
        assert len(set(k for k, _ in pairs)) == len(pairs), (i, pairs)
        return dict(pairs)
    assert json.loads(text, object_pairs_hook=no_dupes) == decoded(body, ascii_), i
    for sp in spans:
        assert sp["entity_value"] and sp["entity_value"] == sp["entity_value"].strip(), sp
    records.append({"full_text": text, "spans": spans, "template_id": len(records) % 100,
                    "metadata": {"locale": lg, "class": cls, "family": family, "api": api,
                                 "ascii": ascii_, "wrap": wrap}})


# ---- the domains' facts -------------------------------------------------------------------------
def person_rec(lg, gs, role, dob=None, addr=False, tel=False, mail=False, rel=None, role_en=None):
    """One person of a record with the values that go with them."""
    p = new_person(lg, 0, gs)
    ok_gs = gs and p["origin"] == "el"
    r = {"role": role, "role_en": role_en, "p": p, "dob": dob, "rel": rel,
         "street": street(lg, ok_gs) if addr else None, "town": town(lg, ok_gs) if addr else None,
         "phone": phone(lg) if tel else None, "email": email_of(p, lg) if mail else None}
    return r


def code(prefix, n=5):
    return prefix + "".join(str(rng.randint(0, 9)) for _ in range(n))


def ndate(lg):
    return ("NEG_DATE", any_date(lg, soon_ymd(), 0.25))


GROUPS = per_lang("Ladybirds|Sonnenblumen|Les Lutins|Kikkers|Los Delfines|I Girasoli|Os Golfinhos|"
                  "Biedronki|Myrorna|Mariehønsene|Trollungene|Pöllöt|Berušky|Katica csoport|Arılar|"
                  "Buburuzele|Πεταλουδίτσες")
COURTS = ["Crown Court at Snaresbrook", "Landgericht Lüneburg", "Cour d'assises de la Gironde",
          "Audiencia Provincial de Sevilla", "Corte d'Assise di Bologna", "Sąd Okręgowy w Lublinie",
          "Uppsala tingsrätt", "Retten i Aarhus", "Bergen tingrett", "Helsingin käräjäoikeus",
          "Okresní soud v Olomouci", "Pécsi Törvényszék", "Tribunalul Cluj"]
FIRMS = ["Morgan & Price Ltd", "Bäckerei Heinrich Lange", "Van den Berg Installatietechniek",
         "Hermanos Ruiz S.L.", "Fratelli Rossi S.r.l.", "Jensen & Co ApS", "Antonio Pereira & Filhos",
         "Kowalski i Synowie sp. z o.o.", "Hubert Schwarz Entsorgung", "Vidanges Martin & Fils",
         "Spurghi Moretti", "Willi Betz Reisen", "Autocars Dupuy"]
TREATMENTS = ["Hot stone massage", "Lomi Lomi Nui", "Kneipp-Anwendung", "Shiatsu", "Hammam & gommage",
              "Ayurveda Abhyanga"]
SPAROOMS = ["Suite Marie-Antoinette", "Room Cleopatra", "Kabine Sisi", "Sala Frida", "Cabine Coco"]
BRANDS = ["Paul Mitchell", "John Frieda", "Toni & Guy", "Vidal Sassoon", "Wella Koleston"]
WATERS = ["Lac de Vassivière", "Kiessee Schmidt", "Lago di Bolsena", "Jezioro Solińskie", "Vänern",
          "Loch Awe", "Balaton", "Lipno"]
BOATS = ["Anna Maria", "Santa Lucia", "Greta II", "Lady Margaret", "Karoline"]
PARKS = ["Victoria Park", "Parc Monceau", "Vondelpark", "Parco Sempione", "Park Kościuszki",
         "Humlegården", "Kaivopuisto", "Stromovka", "Margit-sziget", "Parcul Herăstrău",
         "Jardim da Estrela", "Parque del Oeste"]
ESTATES = ["Château Lafleur-Gazin", "Weingut Johann Schmitt", "Bodegas Vicente Gandía",
           "Tenuta San Guido", "Quinta do Vale Meão", "Domaine Jean Grivot", "Weingut Dr. Loosen"]
HANDLES = ["TeamFlamingo", "muddyboots_77", "Kompassrose", "les_fureteurs", "Zaunkoenig42",
           "geo-otter", "DosKiwis", "pathfinder_nl"]
CACHES = ["Old Mill Puzzle #3", "Hexenbrunnen Multi", "Le Trésor du Lavoir", "De Verdwenen Sluis",
          "Tajemnica Młyna", "Kapellets gåta"]
TOWNS = ["Villeneuve-sur-Lot", "Bad Kissingen", "Hoorn", "Ribadeo", "Chiavari", "Tomar", "Sopot",
         "Karlshamn", "Svendborg", "Levanger", "Naantali", "Telč", "Eger", "Ayvalık", "Sighișoara",
         "Nafplio", "Whitby"]
DESTS = ["Jardin Albert-Kahn", "Museum Kurhaus Kleve", "Casa Batlló", "Castello Sforzesco",
         "Museu Calouste Gulbenkian", "Muzeum Marii Skłodowskiej-Curie", "Skansen"]
MEDS = ["EpiPen 0,3 mg", "Ventolin", "Nurofen Junior", "Zyrtec"]
MARQ = ["Pagoda 5x5 m", "Chiavari chair ×60", "Tent Albert 6x12", "Bistro table Louis ×8",
        "Stretch tent Bedouin", "Heater Patio Pete"]
KILNS = ["Kiln 2 'Bernard'", "Nabertherm Top 60", "Rohde 'Greta'", "Skutt KM-1027 'Hildegard'"]
GLAZES = ["Celadon", "Tenmoku", "Shino", "Chun blue", "Rutile Ruth", "Leach white"]
CARS = ["Austin-Healey 3000 Mk II", "Alfa Romeo Giulia Sprint", "Citroën DS 21", "Mercedes-Benz 280 SL",
        "Lancia Fulvia Coupé", "Volvo Amazon", "Škoda Felicia", "Ford Escort RS2000", "Porsche 356 B"]
PUPS = ["Ruby", "Hugo", "Bruno", "Lotte", "Oscar", "Fiete", "Nala", "Elvis", "Bella"]
GDSCHOOLS = ["Blindenführhundschule Leo", "École de chiens guides Paul Corteville",
             "Fundación ONCE del Perro Guía", "Scuola Cani Guida Lions", "KNGF Geleidehonden"]
EPONYMS = ["Navier–Stokes", "Hodgkin", "Alzheimer", "Kalman", "Bayesian", "Schrödinger", "Fourier",
           "Lotka–Volterra"]
AULAS = ["Aula Magna", "Auditorium Maximum", "Sala Vasco da Gama", "Salle Marie Curie",
         "Hörsaal Lise Meitner", "Sala Ramón y Cajal", "Aula Copernico"]
BEERS = ["Saint Gertrude Tripel", "Old Tom Porter", "Brother Anselm Dubbel", "Frau Holle Weizen",
         "Pater Lieven Blond", "Sir Walter Stout"]
CULTIVARS = ["Rose 'Gertrude Jekyll'", "Dahlia 'Bishop of Llandaff'", "Apple 'Cox's Orange Pippin'",
             "Tomato 'Ailsa Craig'", "Sweet pea 'Mrs Collier'", "Rose 'Queen Elizabeth'",
             "Clematis 'Madame Julia Correvon'", "Potato 'King Edward'", "Apple 'Granny Smith'"]
HUTS = ["Seaspray", "Villa Sandy", "Harry's Hideaway", "Möwennest", "Chez Marcel", "Bella Vista"]
PROMS = ["Marine Parade", "Strandpromenade", "Promenade des Anglais", "Paseo Marítimo", "Lungomare Trieste"]
FLATS = ["Whg. 3 OG links", "Flat 12", "Appartement 4B", "Lgh 1102", "byt č. 7", "Daire 9", "ap. 14"]
MACHINES = ["Miele W1 'links'", "Electrolux 3", "Bosch Serie 8", "Miele Trockner T2"]
GAMES = ["EuroMillions", "Lotto 6aus49", "EuroJackpot", "La Primitiva", "SuperEnalotto",
         "Vikinglotto", "Lotto Max"]
TREES = ["Nordmann fir 180–200 cm", "Fraser fir 150 cm", "Nobilis 210 cm", "Blue spruce 160 cm"]
HORSES = ["Lady Grey", "Monsieur Jacques", "Captain Morgan", "Frau Holle", "Bella Donna",
          "Don Camillo", "Sir Lancelot", "Fritz"]
ARENAS = ["Halle Caprilli", "Manège Baucher", "Reithalle Steinbrecht", "Picadero Domecq"]
VENUES = ["Gasthof Zum Hirschen", "Villa Ada", "Quinta da Aveleda", "Chez Germaine",
          "Restaurant Anna Sacher", "Hostería Doña Elvira"]


def numstr(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def facts(dom, lg, gs):
    """people: the persons of one record; extras: (label key, English label, value) for its other
    fields, the look-alikes among them as (NEG_..., text); tool: a tool's name."""
    R = lambda *a, **k: person_rec(lg, gs, *a, **k)  # noqa: E731
    ex, people = [], []
    if dom == "pickup":
        people = [R("guardian", addr=True, tel=True, mail=True),
                  R("child", dob=child_ymd())]
        for _ in range(rng.randint(1, 3)):
            people.append(R("collector", tel=rng.random() < 0.7, rel=rng.choice(list(REL)),
                            dob=birth_ymd() if rng.random() < 0.3 else None))
        ex = [("place", "Group", ("NEG_GROUP", GROUPS[lg])), ("note", "Codeword",
              ("NEG_WORD", rng.choice(["Pumpernickel", "Blueberry", "Kangaroo", "Zebra"]))),
              ("date", "Valid until", ndate(lg))]
        tool = "kita_pickup_save"
    elif dom == "allotment":
        people = [R("applicant", dob=birth_ymd(), addr=True, tel=True, mail=True)]
        if rng.random() < 0.6:
            people.append(R("applicant", dob=birth_ymd(), role_en="Co-applicant"))
        ex = [("place", "Site", ("NEG_PLACE", rng.choice(["Gärten am Schillerpark", "Jardins du Ruisseau",
                                                         "Volkstuinpark De Eendracht", "Huertos del Retiro",
                                                         "ROD im. Adama Mickiewicza", "Sunnyside Allotments"]))),
              ("number", "Position on list", ("NEG_CODE", "%d" % rng.randint(12, 140))),
              ("date", "Applied on", ndate(lg)), ("item", "Plot size", "%d m²" % rng.choice([100, 150, 250]))]
        tool = "waitlist_add"
    elif dom == "jury":
        people = [R("applicant", dob=birth_ymd(1950, 2000), addr=True, tel=True, role_en="Juror")]
        if rng.random() < 0.5:
            people.append(R("child", dob=child_ymd(), role_en="Dependant"))
        else:
            people.append(R("contact", tel=True, mail=True, role_en="Employer contact"))
        ex = [("ref", "Juror number", ("NEG_CODE", "J-%d-%s" % (rng.randint(2025, 2027), numstr(5)))),
              ("place", "Court", ("NEG_ORG", rng.choice(COURTS))), ("date", "Service date", ndate(lg)),
              ("note", "Employer", ("NEG_ORG", rng.choice(FIRMS[:8])))]
        tool = "jury_deferral_submit"
    elif dom == "spa":
        people = [R("participant", dob=birth_ymd(), tel=True, mail=True, role_en="Guest")]
        if rng.random() < 0.5:
            people.append(R("participant", role_en="Second guest", dob=birth_ymd()))
        people.append(R("staff", role_en="Therapist"))
        ex = [("item", "Treatment", ("NEG_PRODUCT", rng.choice(TREATMENTS))),
              ("place", "Room", ("NEG_ROOM", rng.choice(SPAROOMS))), ("date", "Appointment", ndate(lg)),
              ("ref", "Voucher", ("NEG_CODE", "GV-" + numstr(6)))]
        tool = "spa_booking_create"
    elif dom == "salon":
        people = [R("member", dob=birth_ymd(), tel=True, mail=rng.random() < 0.6, role_en="Client"),
                  R("staff", role_en="Stylist")]
        ex = [("item", "Colour formula", ("NEG_CODE", rng.choice(["7/1 + 6 % 1:1", "8.0 + 9 % 1:2",
                                                                 "6N + 20 vol", "9/16 + 3 %"]))),
              ("note", "Products", ("NEG_ORG", rng.choice(BRANDS))), ("date", "Last visit", ndate(lg)),
              ("date", "Patch test", ndate(lg))]
        tool = "client_card_update"
    elif dom == "angling":
        people = [R("member", dob=birth_ymd(), addr=True, tel=rng.random() < 0.5),
                  R("staff", role_en="Bailiff")]
        ex = [("ref", "Licence no.", ("NEG_CODE", "AF-%s-%s" % (numstr(2), numstr(5)))),
              ("place", "Water", ("NEG_PLACE", rng.choice(WATERS))),
              ("item", "Boat", ("NEG_SHIP", rng.choice(BOATS))),
              ("item", "Catch", rng.choice(["carp 7.4 kg", "pike 82 cm", "zander 61 cm", "2 × perch"])),
              ("date", "Date of catch", ndate(lg))]
        tool = "catch_return_submit"
    elif dom == "bench":
        dy = birth_ymd(1925, 1960)
        people = [R("applicant", addr=True, tel=True, mail=True),
                  R("member", dob=dy, role_en="In memory of")]
        if rng.random() < 0.4:
            people.append(R("applicant", role_en="Co-signatory", tel=True))
        ex = [("place", "Park", ("NEG_PLACE", rng.choice(PARKS))),
              ("date", "Date of death", ("NEG_DATE", any_date(lg, (rng.randint(2015, 2025),
                                                                    rng.randint(1, 12), rng.randint(1, 28))))),
              ("ref", "Plaque order", ("NEG_CODE", "PL-" + numstr(4)))]
        tool = "bench_application_create"
    elif dom == "harvest":
        people = [R("applicant", dob=birth_ymd(1960, 2006), addr=True, tel=True, role_en="Worker"),
                  R("contact", rel=rng.choice(list(REL)), tel=True, role_en="Emergency contact")]
        ex = [("place", "Estate", ("NEG_ORG", rng.choice(ESTATES))),
              ("ref", "Passport no.", ("NEG_CODE", rng.choice("CXPKR") + numstr(8))),
              ("date", "Start date", ndate(lg)),
              ("note", "Bank", ("NEG_CODE", "IBAN …" + numstr(4)))]
        tool = "seasonal_worker_register"
    elif dom == "geocache":
        people = [R("contact", mail=True, role_en="Cache owner"),
                  R("applicant", addr=True, tel=True, role_en="Landowner")]
        ex = [("ref", "GC code", ("NEG_CODE", "GC" + "".join(rng.choice("0123456789ABCDEFGHJKMNPQRTVWXYZ")
                                                             for _ in range(5)))),
              ("item", "Cache", ("NEG_TEXT", rng.choice(CACHES))),
              ("place", "Coordinates", ("NEG_COORD", "N %d° %02d.%03d E %03d° %02d.%03d" % (
                  rng.randint(40, 60), rng.randint(0, 59), rng.randint(0, 999), rng.randint(1, 25),
                  rng.randint(0, 59), rng.randint(0, 999)))),
              ("note", "Found by", ("NEG_HANDLE", rng.choice(HANDLES))), ("date", "Found", ndate(lg))]
        tool = "geocache_log_fetch"
    elif dom == "twinning":
        people = [R("participant", dob=birth_ymd(), tel=True, role_en="Delegate")
                  for _ in range(rng.randint(2, 4))]
        people.append(R("contact", addr=True, tel=True, role_en="Host family"))
        ex = [("place", "Partner town", ("NEG_PLACE", rng.choice(TOWNS))),
              ("date", "Arrival", ndate(lg)),
              ("ref", "Flight", ("NEG_CODE", rng.choice(["LH", "AF", "KL", "IB", "LO", "SK"]) + " " +
                                 str(rng.randint(100, 4999))))]
        tool = "delegation_list_export"
    elif dom == "schooltrip":
        people = [R("child", dob=child_ymd(), role_en="Pupil"),
                  R("guardian", addr=True, tel=True, mail=True),
                  R("contact", rel=rng.choice(list(REL)), tel=True, role_en="Second emergency contact"),
                  R("staff", role_en="Teacher")]
        ex = [("place", "Destination", ("NEG_PLACE", rng.choice(DESTS))),
              ("note", "Coach", ("NEG_ORG", rng.choice(FIRMS[11:]))), ("date", "Departure", ndate(lg)),
              ("item", "Medication", ("NEG_PRODUCT", rng.choice(MEDS)))]
        tool = "consent_form_save"
    elif dom == "marquee":
        people = [R("applicant", addr=True, tel=True, mail=True, role_en="Customer"),
                  R("contact", tel=True, role_en="On-site contact")]
        ex = [("item", "Items", ("NEG_PRODUCT", rng.choice(MARQ))), ("date", "Event date", ndate(lg)),
              ("ref", "Order", ("NEG_NUMBER", "%s %s %s" % (numstr(4), numstr(4), numstr(3))))]
        tool = "hire_order_create"
    elif dom == "pottery":
        people = [R("member", tel=True, mail=True, dob=birth_ymd(2006, 2012) if rng.random() < 0.3 else None),
                  R("staff", role_en="Instructor")]
        ex = [("item", "Kiln", ("NEG_PRODUCT", rng.choice(KILNS))),
              ("item", "Glaze", ("NEG_TERM", rng.choice(GLAZES))), ("note", "Cone", ("NEG_CODE", "Cone %d" % rng.choice([6, 8, 10]))),
              ("date", "Firing", ndate(lg))]
        tool = "kiln_booking_create"
    elif dom == "rally":
        people = [R("participant", dob=birth_ymd(1945, 2000), tel=True, mail=True, addr=rng.random() < 0.5,
                    role_en="Driver"),
                  R("participant", dob=birth_ymd(1945, 2004), tel=rng.random() < 0.5, role_en="Co-driver")]
        ex = [("item", "Car", ("NEG_PRODUCT", rng.choice(CARS))),
              ("ref", "Start no.", ("NEG_CODE", str(rng.randint(1, 120)))),
              ("ref", "Plate", ("NEG_CODE", rng.choice(["M-OT 1963H", "AB-12-CD", "WX 4471", "GE 58 81"]))),
              ("date", "Rally date", ndate(lg))]
        tool = "rally_entries_list"
    elif dom == "guidedog":
        people = [R("applicant", dob=birth_ymd(1950, 2000), addr=True, tel=True, mail=True),
                  R("member", dob=birth_ymd(1950, 2000), role_en="Partner")]
        if rng.random() < 0.5:
            people.append(R("child", dob=child_ymd()))
        ex = [("item", "Puppy", ("NEG_PET", rng.choice(PUPS))),
              ("place", "School", ("NEG_ORG", rng.choice(GDSCHOOLS))), ("date", "Home visit", ndate(lg))]
        tool = "raiser_application_submit"
    elif dom == "defence":
        people = [R("applicant", mail=True, dob=birth_ymd(1980, 1998) if rng.random() < 0.4 else None,
                    role_en="Candidate"),
                  R("staff", role_en="Supervisor")]
        for _ in range(rng.randint(1, 3)):
            people.append(R("staff", role_en="Examiner"))
        ex = [("item", "Thesis", ("NEG_TERM", rng.choice(EPONYMS))),
              ("place", "Room", ("NEG_ROOM", rng.choice(AULAS))), ("date", "Defence", ndate(lg))]
        tool = "defence_notice_publish"
    elif dom == "homebrew":
        people = [R("participant", dob=birth_ymd(1960, 2005), addr=True, mail=True, role_en="Brewer")]
        if rng.random() < 0.5:
            people.append(R("participant", dob=birth_ymd(1960, 2005), role_en="Co-brewer"))
        ex = [("item", "Beer", ("NEG_PRODUCT", rng.choice(BEERS))),
              ("ref", "Style", ("NEG_CODE", "BJCP %d%s" % (rng.randint(1, 34), rng.choice("ABCD")))),
              ("ref", "Entry no.", ("NEG_CODE", "HB-" + numstr(4))), ("date", "Judging", ndate(lg))]
        tool = "entry_register"
    elif dom == "hortshow":
        people = [R("participant", addr=True, tel=True, mail=rng.random() < 0.5, role_en="Exhibitor"),
                  R("staff", role_en="Steward")]
        ex = [("item", "Exhibit", ("NEG_TERM", rng.choice(CULTIVARS))),
              ("ref", "Class", ("NEG_CODE", "Class %d" % rng.randint(1, 60))), ("date", "Show date", ndate(lg))]
        tool = "show_entry_add"
    elif dom == "beachhut":
        people = [R("applicant", dob=birth_ymd(), addr=True, tel=True, mail=True, role_en="Tenant")]
        for _ in range(rng.randint(1, 2)):
            people.append(R("member", role_en="Authorised user"))
        ex = [("ref", "Hut", ("NEG_CODE", "Hut %d" % rng.randint(1, 300))),
              ("item", "Hut name", ("NEG_PLACE", rng.choice(HUTS))),
              ("place", "Promenade", ("NEG_STREET", rng.choice(PROMS))), ("date", "Season ends", ndate(lg))]
        tool = "hut_rental_create"
    elif dom == "laundry":
        people = [R("member", role_en="Resident", tel=rng.random() < 0.3) for _ in range(rng.randint(3, 5))]
        people.append(R("staff", tel=True, role_en="Caretaker"))
        people[0]["street"], people[0]["town"] = street(lg, gs and people[0]["p"]["origin"] == "el"), None
        ex = [("place", "Flat", ("NEG_ROOM", rng.choice(FLATS))),
              ("item", "Machine", ("NEG_PRODUCT", rng.choice(MACHINES))), ("date", "Week of", ndate(lg))]
        tool = "laundry_plan_read"
    elif dom == "lottery":
        people = [R("applicant", dob=birth_ymd(1950, 2004), addr=True, tel=True, mail=True, role_en="Organiser")]
        for _ in range(rng.randint(2, 4)):
            people.append(R("member", tel=rng.random() < 0.5, mail=rng.random() < 0.4))
        nums = sorted(rng.sample(range(1, 50), 5))
        ex = [("item", "Game", ("NEG_PRODUCT", rng.choice(GAMES))),
              ("note", "Numbers", ("NEG_NUMBER", " ".join("%02d" % n for n in nums) + " + %02d %02d" %
                                   (rng.randint(1, 6), rng.randint(7, 12)))),
              ("date", "Draw", ndate(lg)), ("ref", "Account", ("NEG_CODE", "…%s %s" % (numstr(4), numstr(2))))]
        tool = "syndicate_members_list"
    elif dom == "firewood":
        people = [R("applicant", addr=True, tel=True, role_en="Customer"),
                  R("staff", role_en="Driver")]
        ex = [("item", "Tree", ("NEG_TERM", rng.choice(TREES))),
              ("item", "Firewood", rng.choice(["beech 3 m³", "oak 2 RM", "birch 1.5 m³"])),
              ("date", "Delivery", ndate(lg)), ("ref", "Order", ("NEG_NUMBER", numstr(3) + " " + numstr(3) + " " + numstr(4)))]
        tool = "delivery_order_create"
    elif dom == "septic":
        people = [R("applicant", addr=True, tel=True, role_en="Customer")]
        if rng.random() < 0.5:
            people.append(R("contact", tel=True, mail=True, role_en="Property owner"))
        ex = [("note", "Contractor", ("NEG_ORG", rng.choice(FIRMS[8:11] + ["Fossas Pereira Lda"]))),
              ("item", "Tank", "%d m³" % rng.choice([4, 6, 8, 12])), ("date", "Date", ndate(lg)),
              ("ref", "Invoice", ("NEG_NUMBER", numstr(2) + "-" + numstr(3) + "-" + numstr(4)))]
        tool = "septic_job_book"
    elif dom == "riding":
        people = [R("participant", dob=birth_ymd(2008, 2018), role_en="Rider"),
                  R("guardian", tel=True, mail=True), R("staff", role_en="Instructor")]
        ex = [("item", "Horse", ("NEG_PET", rng.choice(HORSES))),
              ("place", "Arena", ("NEG_ROOM", rng.choice(ARENAS))), ("date", "Lesson", ndate(lg))]
        tool = "lesson_book"
    else:  # reunion
        people = [R("member", dob=birth_ymd(1935, 2015), addr=rng.random() < 0.5, tel=rng.random() < 0.4,
                    rel=rng.choice(list(REL)) if rng.random() < 0.5 else None)
                  for _ in range(rng.randint(3, 5))]
        ex = [("place", "Venue", ("NEG_PLACE", rng.choice(VENUES))),
              ("date", "Golden wedding", ("NEG_DATE", any_date(lg, (rng.randint(1960, 1976),
                                                                     rng.randint(1, 12), rng.randint(1, 28))))),
              ("date", "Reunion", ndate(lg))]
        tool = "reunion_sheet_read"
    if rng.random() < 0.3:
        ex.append(("place", "Meeting point", ("NEG_STREET", street_name(lg, gs))))
    if rng.random() < 0.25:
        ex.append(("ref", "Booking ref", ("NEG_NUMBER", "%s %s %s" % (numstr(3), numstr(3), numstr(3)))))
    rng.shuffle(ex)
    return {"people": people, "extras": ex, "tool": tool}


def role_label(r, lg):
    return r["role_en"] if lg == "en" and r["role_en"] else ROLE[r["role"]][lg]


def extra_label(e, lg):
    return e[1] if lg == "en" else LBL[e[0]][lg]


# ---- values as a record writes them -------------------------------------------------------------
def nm(r, lg, style="full", nb=False):
    v = name_form(r["p"], lg, style)
    if nb and " " in v:
        v = v.replace(" ", "\u00a0", 1)
    return ("PERSON", v)


def dob_v(r, lg, nb=False, ymd=None):
    v = any_date(lg, ymd or r["dob"])
    if nb and " " in v:
        v = nbsp(v)
    return ("DATE_OF_BIRTH", v)


def addr_v(r, lg, with_town):
    v = r["street"] + (", " + r["town"] if with_town and r["town"] else "")
    return ("STREET_ADDRESS", v)


def ph_v(r, nb=False):
    v = r["phone"]
    return ("PHONE_NUMBER", nbsp(v, "\u202f") if nb else v)


def em_v(r):
    return ("EMAIL_ADDRESS", r["email"])


def labels_unique(pairs, lg):
    """(label, value) pairs with every label different (a bilingual label where two clash)."""
    seen, out = {}, []
    for e in pairs:
        lab = extra_label(e, lg)
        if lab in seen or (lg != "en" and rng.random() < 0.3):
            lab = lab + " / " + e[1] if lg != "en" else lab + " 2"
        seen[lab] = 1
        out.append((lab, e[2]))
    return out


ODD = {"name": ["full_name", "NAME", "nm", "Name (as on ID)", "person"],
       "given": ["first", "fname", "given_name"], "surname": ["last", "lname", "family_name"],
       "dob": ["DOB", "d_o_b", "born", "birth", "date_naiss"], "address": ["addr_line1", "street",
                                                                          "ADDRESS", "home"],
       "phone": ["tel", "mobile", "phone_no", "GSM"], "email": ["mail", "e_mail", "contact_email"],
       "role": ["role", "type", "as"], "relation": ["rel", "relation"], "town": ["city", "town", "ort"]}


def head_of(key, lg, odd, cache=None):
    """A column's header or a field's key: the language's label or, for odd headers, one of
    ODD's, the same for every row of a record (cache)."""
    if cache is not None:
        if key not in cache:
            cache[key] = head_of(key, lg, odd)
        return cache[key]
    if odd:
        return rng.choice(ODD[key])
    if key == "role":
        return {"en": "Role", "de": "Funktion", "fr": "Rôle", "nl": "Rol", "es": "Función",
                "it": "Ruolo", "pt": "Função", "pl": "Rola", "sv": "Roll", "da": "Rolle",
                "no": "Rolle", "fi": "Rooli", "cs": "Role", "hu": "Szerep", "tr": "Rol", "ro": "Rol",
                "el": "Ρόλος"}[lg]
    if key == "town":
        return LBL["address"][lg] + " 2"
    return LBL[key][lg]


def person_fields(r, lg, odd, opts):
    """[(key, header, value)] of one person; value: str, a labelled pair, or Num."""
    out = []
    nb = opts.get("nb", False) and rng.random() < 0.5
    if opts.get("split"):
        out.append(("given", head_of("given", lg, odd, opts.setdefault("heads", {})), ("PERSON", r["p"]["g"])))
        out.append(("surname", head_of("surname", lg, odd, opts.setdefault("heads", {})), ("PERSON", caps(r["p"]["s"])
                                                              if opts.get("caps") else r["p"]["s"])))
    else:
        out.append(("name", head_of("name", lg, odd, opts.setdefault("heads", {})), nm(r, lg, opts.get("style", "full"), nb)))
    out.append(("role", head_of("role", lg, odd, opts.setdefault("heads", {})), role_label(r, lg)))
    if r["dob"]:
        out.append(("dob", head_of("dob", lg, odd, opts.setdefault("heads", {})), dob_v(r, lg, nb=opts.get("nb", False) and rng.random() < 0.5)))
    if r["street"]:
        if opts.get("town_col"):
            out.append(("address", head_of("address", lg, odd, opts.setdefault("heads", {})), addr_v(r, lg, False)))
            if r["town"]:
                out.append(("town", head_of("town", lg, odd, opts.setdefault("heads", {})), r["town"]))
        else:
            out.append(("address", head_of("address", lg, odd, opts.setdefault("heads", {})), addr_v(r, lg, True)))
    if r["phone"]:
        if opts.get("num") and rng.random() < 0.4:
            out.append(("phone", head_of("phone", lg, odd, opts.setdefault("heads", {})),
                        Num("PHONE_NUMBER", "".join(c for c in r["phone"] if c.isdigit()).lstrip("0"))))
        else:
            out.append(("phone", head_of("phone", lg, odd, opts.setdefault("heads", {})), ph_v(r, nb=opts.get("nb", False) and rng.random() < 0.3)))
    if r["email"]:
        out.append(("email", head_of("email", lg, odd, opts.setdefault("heads", {})), em_v(r)))
    if r["rel"]:
        out.append(("relation", head_of("relation", lg, odd, opts.setdefault("heads", {})), REL[r["rel"]][lg]))
    return out


def csv_cell(v, sep):
    """A CSV cell: quoted when it holds the separator or a quote."""
    txt = v[1] if isinstance(v, tuple) else (v.digits if isinstance(v, Num) else v)
    if sep in txt or '"' in txt:
        return S('"', v if isinstance(v, tuple) else txt.replace('"', '""'), '"')
    return S(v if not isinstance(v, Num) else (v.label, v.digits))


def text_doc(f, lg, fmt, opts):
    """The record's data as text: kv, csv, tsv, md, yaml, xml -> S."""
    title = TITLE[f["dom"]][lg]
    extras = labels_unique(f["extras"], lg)
    rows = [person_fields(r, lg, opts.get("odd", False), opts) for r in f["people"]]
    doc = S()
    if fmt == "kv":
        sep = rng.choice([": ", ":\t", " : " if lg == "fr" else ": ", " = "])
        doc.t(title + "\n" + "=" * min(len(title), 30) + "\n")
        for lab, v in extras:
            doc.t(lab + sep).x(v).t("\n")
        for row in rows:
            doc.t("\n")
            for _, h, v in row:
                doc.t(h + sep).x(v if not isinstance(v, Num) else (v.label, v.digits)).t("\n")
        return doc
    cols = []
    for row in rows:
        for k, h, _ in row:
            if k not in [c[0] for c in cols]:
                cols.append((k, h))
    if fmt in ("csv", "tsv"):
        sep = "\t" if fmt == "tsv" else (";" if lg not in ("en", "el") and rng.random() < 0.6 else ",")
        if opts.get("pre"):
            doc.t("# " + title + "\n")
            for lab, v in extras[:2]:
                doc.t("# " + lab + ": ").x(v).t("\n")
        doc.t(sep.join(h for _, h in cols) + "\n")
        if opts.get("gap"):
            doc.t(sep.join("" for _ in cols) + "\n")
        for row in rows:
            d = {k: v for k, _, v in row}
            doc.x(join([csv_cell(d[k], sep) if k in d else "" for k, _ in cols], sep)).t("\n")
        return doc
    if fmt == "md":
        doc.t("**" + title + "**\n\n")
        for lab, v in extras:
            doc.t("- " + lab + ": ").x(v).t("\n")
        doc.t("\n| " + " | ".join(h for _, h in cols) + " |\n|" + "---|" * len(cols) + "\n")
        for row in rows:
            d = {k: v for k, _, v in row}
            doc.t("| ").x(join([S(d[k] if not isinstance(d[k], Num) else (d[k].label, d[k].digits))
                               if k in d else "–" for k, _ in cols], " | ")).t(" |\n")
        return doc
    if fmt == "yaml":
        doc.t("# " + title + "\n")
        for lab, v in extras:
            doc.t(fold_key(lab) + ": ").x(v).t("\n")
        doc.t("people:\n")
        for row in rows:
            for j, (k, h, v) in enumerate(row):
                doc.t(("  - " if j == 0 else "    ") + fold_key(h) + ": ")
                q = isinstance(v, tuple) and (": " in v[1] or v[1][:1] in "'\"#&*" or rng.random() < 0.25)
                doc.t('"' if q else "").x(v if not isinstance(v, Num) else (v.label, v.digits)).t('"' if q else "").t("\n")
        return doc
    # xml
    root = f["dom"]
    doc.t('<?xml version="1.0" encoding="UTF-8"?>\n<%s title="%s">\n' % (root, title.replace('"', "'")))
    for lab, v in extras:
        doc.t("  <item label=\"%s\">" % lab).x(xml_v(v)).t("</item>\n")
    for row in rows:
        doc.t("  <person>\n")
        for k, h, v in row:
            doc.t("    <%s>" % k).x(xml_v(v)).t("</%s>\n" % k)
        doc.t("  </person>\n")
    doc.t("</%s>" % root)
    return doc


def xml_v(v):
    if isinstance(v, Num):
        return (v.label, v.digits)
    if isinstance(v, tuple):
        return (v[0], v[1].replace("&", "&amp;"))
    return v.replace("&", "&amp;")


def fold_key(h):
    k = "".join(c if c.isalnum() else "_" for c in h.lower()).strip("_")
    while "__" in k:
        k = k.replace("__", "_")
    return k or "field"




def json_doc(f, lg, fmt, opts):
    """The record's data as a JSON object: keyed (people as keys), rows (arrays of arrays), form."""
    title = TITLE[f["dom"]][lg]
    extras = labels_unique(f["extras"], lg)
    odd = opts.get("odd", False)
    rows = [person_fields(r, lg, odd, opts) for r in f["people"]]
    kf = (lambda h: fold_key(h)) if opts.get("snake") else (lambda h: h)
    top = {"title": title} if rng.random() < 0.6 else {"form": f["dom"], "lang": lg}
    ex = {kf(lab): v for lab, v in extras}
    for k, v in ex.items():  # lottery numbers as a list of JSON numbers
        if isinstance(v, tuple) and v[0] == "NEG_NUMBER" and "+" in v[1] and rng.random() < 0.6:
            ex[k] = [Num("NEG_NUMBER", str(int(n))) for n in v[1].split() if n.isdigit()]
    if fmt == "keyed":
        people, seen = {}, set()
        for row in rows:
            key = row[0][2]
            rest = row[1:] if row[0][0] == "name" else row[2:]
            if row[0][0] != "name":
                key = ("PERSON", row[0][2][1] + " " + row[1][2][1])
            if key[1] in seen:
                continue
            seen.add(key[1])
            people[S(key)] = {kf(h): v for _, h, v in rest}
        top.update(ex)
        top[rng.choice(["people", "persons", "entries", "by_name"])] = people
        return top
    if fmt == "rows":
        cols = []
        for row in rows:
            for k, h, _ in row:
                if k not in [c[0] for c in cols]:
                    cols.append((k, h))
        vals = [[h for _, h in cols]]
        for row in rows:
            d = {k: v for k, _, v in row}
            vals.append([d.get(k, "") for k, _ in cols])
        top.update(ex)
        top["range"] = "Sheet1!A1:%s%d" % ("ABCDEFGHIJ"[len(cols) - 1], len(vals))
        top["values"] = vals
        return top
    # form: the first person's fields at the top, the others in a list
    form = {kf(h): v for _, h, v in rows[0]}
    form.update(ex)
    if len(rows) > 1:
        form[rng.choice(["others", "additional_persons", "contacts", "linked"])] = [
            {kf(h): v for _, h, v in row} for row in rows[1:]]
    top["fields"] = form
    return top


# ---- families -----------------------------------------------------------------------------------
BORN = per_lang("b.|geb.|né(e) le|geb.|n.|n.|n.|ur.|f.|f.|f.|s.|nar.|szül.|d.|n.|γενν.")
SYSTEM = ["You help the front desk fill in and check forms. Answer in the user's language.",
          "You are an assistant for a small club's volunteers. Keep answers short.",
          "You are a careful office assistant. Never invent values; ask when something is missing."]


def lower_s(s):
    out = S()
    for lab, v in s.parts:
        out.parts.append((lab, lower(v)))
    return out


def quote(s):
    """Every line of s behind '> '."""
    out = S()
    out.t("> ")
    for lab, v in s.parts:
        if lab:
            out.s(lab, v)
        else:
            out.t(v.replace("\n", "\n> "))
    return out


def structured(f, lg, i, api):
    fmt = rng.choice(["kv", "csv", "tsv", "md", "yaml", "xml", "keyed", "rows", "form"])
    opts = {"odd": rng.random() < 0.4, "nb": rng.random() < 0.35, "split": rng.random() < 0.15,
            "caps": rng.random() < 0.5, "style": rng.choice(["full"] * 5 + ["rev", "caps_sur", "rev"]),
            "town_col": rng.random() < 0.4, "num": fmt in ("keyed", "rows", "form"),
            "pre": rng.random() < 0.5, "gap": rng.random() < 0.2, "snake": rng.random() < 0.5}
    tool = f["tool"]
    turns = []
    if rng.random() < 0.25:
        turns.append(("system", S(rng.choice(SYSTEM))))
    args0 = {"id": code("", 6)}
    if rng.random() < 0.3:
        args0["api_version"] = ("NEG_VERSION", "%d.%d.%d" % (rng.randint(1, 4), rng.randint(0, 20),
                                                            rng.randint(0, 9)))
    if fmt in ("kv", "csv", "tsv", "md", "yaml", "xml"):
        doc = text_doc(f, lg, fmt, opts)
        carrier = rng.choice(["result", "paste", "args"])
        if carrier == "result":
            turns += [("user", S(REQ["lookup"][lg])), ("call", tool, args0), ("result", tool, doc)]
        elif carrier == "paste":
            turns.append(("user", S(REQ["tool"][lg] + "\n\n").x(doc) if rng.random() < 0.7
                          else [S(REQ["tool"][lg]), doc]))
        else:
            turns += [("user", S(REQ["tool"][lg])),
                      ("call", "import_" + fmt, {"format": fmt, "data": doc,
                                                 "sheet": TITLE[f["dom"]][lg][:30]}),
                      ("result", "import_" + fmt, S('{"status":"ok","rows":%d}' % len(f["people"])))]
    else:
        obj = json_doc(f, lg, fmt, opts)
        carrier = rng.choice(["result", "args", "paste"])
        if carrier == "result":
            turns += [("user", S(REQ["lookup"][lg])), ("call", tool, args0), ("result", tool, obj)]
        elif carrier == "args":
            turns += [("user", S(REQ["tool"][lg])), ("call", "save_" + fmt, obj),
                      ("result", "save_" + fmt, S("saved"))]
        else:
            turns.append(("user", S(REQ["check"][lg] + "\n```json\n").x(
                ser(obj, False, rng.choice(["pretty", "line"]))).t("\n```")))
    return turns, carrier + ":" + fmt


def mt_turns(f, lg, i):
    P = f["people"]
    main = next((r for r in P if r["dob"]), P[0])
    others = [r for r in P if r is not main]
    title = TITLE[f["dom"]][lg]
    turns = []
    if rng.random() < 0.3:
        turns.append(("system", S(rng.choice(SYSTEM))))
    paste = fill(MT["help"][lg], T=title).t("\n\n")
    style = rng.choice(["full", "full", "lower", "caps_sur", "rev"])
    paste.t(LBL["name"][lg] + ": ").x(nm(main, lg, style)).t(" (" + role_label(main, lg) + ")\n")
    for lab, v in labels_unique(f["extras"], lg)[:2]:
        paste.t(lab + ": ").x(v).t("\n")
    if main["phone"] and rng.random() < 0.6:
        paste.t(LBL["phone"][lg] + ": ").x(ph_v(main)).t("\n")
    if main["email"] and rng.random() < 0.4:
        paste.t(LBL["email"][lg] + ": ").x(em_v(main)).t("\n")
    turns.append(("user", paste))
    n = 1
    D = None
    stop = rng.choice([3, 4, 5, 6, 7, 8, 8, 8])  # turns at most (the first after it may end)
    if main["dob"]:
        turns.append(("assistant", fill(MT["q_dob"][lg], N=nm(main, lg, rng.choice(["given", "full"])))))
        D = any_date(lg, main["dob"], 0.1)
        turns.append(("user", S(("DATE_OF_BIRTH", D)).t(rng.choice(["", "", ".", " 🙂"]))))
        n += 2
        if n >= stop:
            return turns
    if main["street"] and rng.random() < 0.8:
        turns.append(("assistant", S(MT["q_addr"][lg])))
        v = addr_v(main, lg, rng.random() < 0.5)
        turns.append(("user", S(("STREET_ADDRESS", lower(v[1]) if rng.random() < 0.3 else v[1]))))
        n += 2
        if n >= stop:
            return turns
    if others and n <= 3 and rng.random() < 0.8:
        o = others[0]
        turns.append(("assistant", S(MT["q_who"][lg])))
        ans = S(nm(o, lg, rng.choice(["full", "lower", "full", "rev"])))
        if o["phone"] and rng.random() < 0.6:
            ans.t(", ").x(ph_v(o))
        if o["dob"] and rng.random() < 0.6:
            ans.t(", ").x(dob_v(o, lg))
        if o["rel"]:
            ans.t(" (" + REL[o["rel"]][lg] + ")")
        turns.append(("user", ans))
        n += 2
    if n >= 7 or n >= stop:
        return turns
    # the assistant reads back; the user corrects under a quote
    wrong = D is not None and rng.random() < 0.6
    W = any_date(lg, wrong_of(main["dob"]), 0.1) if wrong else None
    if wrong and W == D:
        wrong = False
    rb = S(MT["readback"][lg] + "\n\n")
    lines = S().t(LBL["name"][lg] + ": ").x(nm(main, lg, "full")).t("\n")
    if D:
        lines.t(LBL["dob"][lg] + ": ").x(("DATE_OF_BIRTH", W if wrong else D)).t("\n")
    if main["street"]:
        lines.t(LBL["address"][lg] + ": ").x(addr_v(main, lg, True)).t("\n")
    ex = f["extras"][-1]
    lines.t(extra_label(ex, lg) + ": ").x(ex[2])
    rb.x(quote(lines) if rng.random() < 0.5 else lines)
    turns.append(("assistant", rb))
    n += 1
    if wrong:
        u = S()
        if rng.random() < 0.7:
            u.x(quote(S(LBL["dob"][lg] + ": ").x(("DATE_OF_BIRTH", W)))).t("\n\n")
        u.x(fill(MT["corr"][lg], D=("DATE_OF_BIRTH", D), W=("DATE_OF_BIRTH", W)))
        turns.append(("user", u))
        turns.append(("assistant", fill(MT["upd"][lg], X=S(LBL["dob"][lg] + " ").x(("DATE_OF_BIRTH", D)))))
    elif rng.random() < 0.5 and len(main["p"]["s"]) > 4 and " " not in main["p"]["s"]:
        s_ = main["p"]["s"]
        k = rng.randint(1, len(s_) - 2)
        w_ = s_[:k] + s_[k + 1:] if rng.random() < 0.5 else s_[:k] + s_[k] + s_[k:]
        u = S()
        if rng.random() < 0.6:
            u.x(quote(S(LBL["name"][lg] + ": ").x(("PERSON", main["p"]["g"] + " " + w_)))).t("\n\n")
        u.x(fill(MT["corr_name"][lg], S=("PERSON", s_), W=("PERSON", w_)))
        turns.append(("user", u))
        turns.append(("assistant", fill(MT["upd"][lg], X=nm(main, lg, "full"))))
    else:
        o = person_rec(lg, False, "contact", tel=rng.random() < 0.7, mail=True,
                       dob=birth_ymd() if rng.random() < 0.3 else None)
        pv = ph_v(o) if o["phone"] else (dob_v(o, lg) if o["dob"] else em_v(o))
        turns.append(("user", fill(MT["add"][lg], N=nm(o, lg, rng.choice(["full", "lower"])), P=pv)))
        turns.append(("assistant", fill(MT["upd"][lg], X=nm(o, lg, "full"))))
    n += 2
    if n < 8 and n < stop and rng.random() < 0.6:
        turns.append(("user", S(MT["thanks"][lg])))
    return turns


def prose_text(f, lg, kind):
    P = f["people"]
    main = P[0]
    others = P[1:]
    title = TITLE[f["dom"]][lg]
    ex = f["extras"]
    negs = [e for e in ex if isinstance(e[2], tuple) and e[2][0] != "NEG_DATE"]
    out = S()

    def item():
        things = [e for e in negs if e[2][0] in ("NEG_PRODUCT", "NEG_ROOM", "NEG_TERM", "NEG_PET")]
        if things and rng.random() < 0.6:
            return fill(PR["item"][lg], X=rng.choice(things)[2], ND=ndate(lg))
        e = rng.choice(negs) if negs else ex[0]
        return S(extra_label(e, lg) + ": ").x(e[2]).t(" – ").x(ndate(lg)).t(".")

    def about(r):
        rl = REL[r["rel"]][lg] if r["rel"] else role_label(r, lg).lower()
        pv = ph_v(r) if r["phone"] else (em_v(r) if r["email"] else None)
        if pv is None:
            return S(nm(r, lg, rng.choice(["full", "rev", "initial"]))).t(" (" + rl + ").")
        return fill(PR["about"][lg], N=nm(r, lg, rng.choice(["full", "full", "caps_sur", "initial"])),
                    R=rl, P=pv)

    def born(r):
        s = S(nm(r, lg, rng.choice(["full", "rev", "caps_sur", "nick", "initial"])))
        if r["dob"] and rng.random() < 0.7:
            s.t(" (" + BORN[lg] + " ").x(dob_v(r, lg)).t(")")
        return s

    if kind == "letter":
        staff = [r for r in others if r["role"] in ("staff", "contact")]
        out.t(title + "\n\n")
        if staff:
            out.x(fill(PR["dear"][lg], N=nm(staff[0], lg, rng.choice(["full", "given", "full"])))).t("\n\n")
        if main["dob"] and main["street"]:
            out.x(fill(PR["intro"][lg], N=nm(main, lg, "full"), D=dob_v(main, lg),
                       A=addr_v(main, lg, rng.random() < 0.6))).t(" ")
        elif main["dob"]:
            out.x(born(main)).t(". ")
        for r in others:
            if r not in staff[:1] or rng.random() < 0.3:
                out.x(about(r) if rng.random() < 0.7 else born(r).t(".")).t(" ")
        out.x(item()).t("\n\n" + PR["close"][lg] + "\n").x(nm(main, lg, rng.choice(["full", "full", "caps", "initial"])))
        if main["street"] and rng.random() < 0.4:
            out.t("\n").x(addr_v(main, lg, False)).t("\n" + (main["town"] or ""))
        if main["phone"] and rng.random() < 0.5:
            out.t("\n").x(ph_v(main))
    elif kind == "minutes":
        out.t(PR["minutes"][lg] + " – " + title + " – ").x(ndate(lg)).t("\n\n")
        names = [born(r) if rng.random() < 0.5 else
                 S(nm(r, lg, rng.choice(["full", "rev", "initial", "nick", "caps_sur"]))) for r in P]
        out.x(fill(PR["present"][lg], L=join(names, rng.choice([", ", "; "])))).t("\n")
        out.t("1. ").x(item()).t("\n2. ")
        r = rng.choice(P)
        out.x(about(r)).t("\n3. ").x(fill(PR["thanks"][lg], N=nm(rng.choice(P), lg, rng.choice(["full", "given"]))))
        if main["street"]:
            out.t("\n4. " + LBL["address"][lg] + ": ").x(addr_v(main, lg, True))
    elif kind == "note":
        r = rng.choice(others) if others else main
        s = S().x(about(r)).t(" ").x(item())
        if main["dob"] and rng.random() < 0.6:
            s.t(" ").x(born(main)).t(".")
        s.t(" ").x(fill(PR["thanks"][lg], N=nm(main, lg, rng.choice(["given", "nick", "full"]))))
        out.x(lower_s(s) if rng.random() < 0.6 else s)
    else:  # speech
        out.x(fill(PR["speech"][lg], N=nm(main, lg, rng.choice(["full", "nick", "given"])))).t(" ")
        if others:
            out.x(fill(PR["present"][lg], L=join([born(r) for r in others[:3]], ", "))).t(" ")
        out.x(item()).t(" ").x(fill(PR["thanks"][lg], N=nm(others[0] if others else main, lg, "full")))
    return out


def tidy(s):
    """No '..' where a value ending in a period meets a sentence's period."""
    out = S()
    for lab, v in s.parts:
        if not lab and out.parts and out.parts[-1][1].endswith(".") and v.startswith("."):
            v = v[1:]
        if v:
            out.parts.append((lab, v))
    return out


def prose_turns(f, lg, i):
    kind = rng.choice(["letter", "letter", "minutes", "note", "speech"])
    text = tidy(prose_text(f, lg, kind))
    req = REQ[rng.choice(["translate", "polish", "summary", "check"])][lg]
    turns = []
    r = rng.random()
    if r < 0.2:
        turns.append(("system", S(rng.choice(SYSTEM))))
    if r < 0.55:
        turns.append(("user", S(req + "\n\n").x(text) if rng.random() < 0.7 else S().x(text).t("\n\n" + req)))
    elif r < 0.85:
        turns.append(("user", [S(req), text]))
    else:
        turns.append(("user", S("---\n").x(text).t("\n---")))
        turns.append(("assistant", S("OK.")))
        turns.append(("user", S(req)))
    return turns, kind


# ---- the corpus ---------------------------------------------------------------------------------
APIS = ["chat", "anthropic", "responses", "gemini"]
FAMILIES = ["multiturn", "structured", "prose"]
N = 700


def main():
    for i in range(N):
        dom = DOMAINS[i % len(DOMAINS)]
        lg = LANGS[i % len(LANGS)]
        fam = FAMILIES[(i + i // len(DOMAINS)) % 3]
        api = APIS[(i // 3 + i // 17) % 4]
        ascii_ = (i // 2) % 3 == 0
        gs = lg == "el" and rng.random() < 0.5
        f = facts(dom, lg, gs)
        f["dom"] = dom
        if fam == "multiturn":
            turns, wrap = mt_turns(f, lg, i), "turns"
        elif fam == "structured":
            turns, wrap = structured(f, lg, i, api)
        else:
            turns, wrap = prose_turns(f, lg, i)
        emit(render(api, turns, i), lg, dom, fam, api, ascii_, i, wrap)
    write_json(records)


if __name__ == "__main__":
    main()
