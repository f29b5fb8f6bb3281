#!/usr/bin/env python3
"""gen_tools59.py: people in agents' tool calls and tool results (tune set; branch tools59, written
and committed before hush was run on it), from the public brief of the twenty-sixth blind set's
`tools` family (its lowest PERSON recall) and the shapes real business APIs return. The schemas
are invented here in the style of CRM, helpdesk, e-commerce, HR, calendar and directory APIs.

Result shapes (record metadata "shape"): a CRM query result (PascalCase: `Owner.Name`,
`FirstName`/`LastName`), a CRM deal (`deal_owner`, `contact_person` under `properties`), a
helpdesk ticket (`requester.name`, `assignee.display`, comment `author.name`, comment bodies
that name people), a snake_case helpdesk ticket (`requester_name`, `responder_name`,
`created_by`, `agent`, `cf_contact_person`), a shop order (`customer.first_name`/`last_name`,
`shipping_address.name`, a gift recipient in `note_attributes`), an HR record (`displayName`,
`preferredName`, `supervisor`, `emergencyContact.name`), calendar events (`organizer`,
`attendees[].displayName`, Graph's `emailAddress.name`), a SCIM/directory list (`name.givenName`,
`familyName`, `formatted`, `manager.displayName`), records under keys of other languages
(`ansprechpartner`, `nom_client`, `klant`, `responsable`, ...), psql and mysql result grids, CSV
and TSV previews, `grep -rn` over a repository's fixtures, ldapsearch LDIF, vCards, iCalendar
ORGANIZER/ATTENDEE lines, shell transcripts (`whoami`, `id`, `getent passwd`, `finger`, `last`).
Tool arguments name people too (a search, an assignment), some with a JSON payload inside a
string argument (escaped twice in the body). After the results, the assistant's prose names them
again (given name, title and surname, full name, lower case) and the user may answer with one.
People as full names, `Surname, Given`, given names, `Given S.`, lower case, `given.surname`
handles.

Look-alikes as many as names, under the same keys: teams, queues, groups, roles, bots, service
accounts, `Unassigned`, `system`, rooms and resources, products, SKUs, statuses, tags,
categories, calendar titles, firms and places (NEG_ spans). Languages: en de fr nl es it pt pl sv
fi cs hu tr ro (14), real and invented names, a fifth of global origin. Request bodies of the four
APIs in their native tool formats (chat-completions tool_calls, Responses function_call items,
Anthropic tool_use/tool_result, Gemini functionCall/functionResponse), a third \\uXXXX, half
compact. Writes JSON (the names_tune3.json format) to stdout; deterministic; stdlib only.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import fold, invent_syllables, write_json  # noqa: E402
from gen_bodies import MARK, RAWMARK, P, J, append_body, dumps, place  # noqa: E402
from gen_typed_common import NAMES, GLOBAL, SYL, END  # noqa: E402

rng = random.Random(20261207 + 59)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "fi", "cs", "hu", "tr", "ro"]
PARTICLES = ("de", "van", "der", "den")


def cap(s):
    return " ".join(w if w in PARTICLES and k == 0 else w.capitalize() for k, w in enumerate(s.split()))


class Who:
    """A person: given name, surname, language; the forms a tool writes them in."""

    def __init__(self, lg):
        r = rng.random()
        if r < 0.2:
            g, s = rng.choice(GLOBAL[0]), rng.choice(GLOBAL[1])
        elif r < 0.65:
            g, s = rng.choice(NAMES[lg][0]), rng.choice(NAMES[lg][1])
        else:
            g = invent_syllables(rng, SYL[lg], END[lg], False)
            s = invent_syllables(rng, SYL[lg], END[lg], True)
        self.g, self.s, self.lg = cap(g), cap(s), lg
        self.full = self.g + " " + self.s
        self.handle = fold(self.g).lower() + "." + fold(self.s).lower().replace(" ", "")
        self.login = fold(self.g)[0].lower() + fold(self.s).lower().replace(" ", "")[:7]

    def email(self, dom):
        return self.handle + "@" + dom

    def form(self):
        """How a JSON value or a table cell writes them."""
        r = rng.random()
        if r < 0.5:
            return self.full
        if r < 0.6:
            return self.s + ", " + self.g
        if r < 0.75:
            return self.g
        if r < 0.83:
            return self.handle
        if r < 0.9:
            return self.full.lower()
        return self.g + " " + self.s[0] + "."


def people(lg, n):
    out = []
    while len(out) < n:
        w = Who(lg)
        if all(w.g != o.g and w.s != o.s for o in out):
            out.append(w)
    return out


DOMAINS = ["northwind.io", "kestrel-labs.com", "brightpath.eu", "halden.no", "vireo.app", "orbisgroup.net",
           "tallyworks.co", "lumenfield.de", "casaverde.es", "nordlicht.se"]
FIRMS = ["Northwind Traders", "Kestrel Labs", "Brightpath GmbH", "Halden Logistics", "Vireo SAS", "Orbis Group",
         "Tallyworks Ltd", "Casa Verde S.L.", "Nordlicht AB", "Polaris Sp. z o.o."]
TEAMS = ["Platform Team", "Unassigned", "system", "Support Queue", "Tier 2", "Customer Success", "Sales EMEA",
         "billing-bot", "svc-backup", "Jira Automation", "Admin", "N/A", "Integration User", "Automated Process",
         "API User", "Default Queue", "Help Desk", "Finance Ops", "Security", "Legal Review", "Night Shift",
         "Onboarding", "Data Platform", "Returns Desk", "zapier-sync", "Marketing Ops", "Field Service", "Escalations"]
TEAMS_LG = {"de": ["Vertrieb Nord", "nicht zugewiesen", "Kundenservice", "Buchhaltung"],
            "fr": ["Service client", "non attribué", "Équipe Support", "Comptabilité"],
            "nl": ["Klantenservice", "niet toegewezen", "Team Verkoop", "Backoffice"],
            "es": ["Atención al cliente", "sin asignar", "Equipo Ventas", "Contabilidad"],
            "it": ["Assistenza clienti", "non assegnato", "Ufficio Vendite", "Amministrazione"],
            "pt": ["Apoio ao cliente", "não atribuído", "Equipa Comercial", "Faturação"],
            "pl": ["Obsługa klienta", "nieprzypisane", "Dział Sprzedaży", "Księgowość"],
            "sv": ["Kundtjänst", "ej tilldelad", "Säljteamet", "Ekonomi"],
            "fi": ["Asiakaspalvelu", "ei määritetty", "Myyntitiimi", "Talous"],
            "cs": ["Zákaznická podpora", "nepřiřazeno", "Obchodní oddělení", "Účetní"],
            "hu": ["Ügyfélszolgálat", "nincs hozzárendelve", "Értékesítés", "Pénzügy"],
            "tr": ["Müşteri Hizmetleri", "atanmamış", "Satış Ekibi", "Muhasebe"],
            "ro": ["Relații clienți", "neatribuit", "Echipa Vânzări", "Contabilitate"], "en": ["Unassigned"]}
ROOMS = ["Room 4.12", "Boardroom", "Meeting Room Lisbon", "Konferenzraum 2", "Salle Everest", "Zoom Room 3",
         "Huddle B", "Aula Magna", "Sala Verde", "Focus Pod 7", "Training Room A"]
ROLES = ["Account Executive", "Support Engineer", "HR Business Partner", "Staff Accountant", "Warehouse Lead",
         "Product Manager", "Recruiter", "Site Reliability Engineer", "Office Manager", "Sales Director"]
DEPTS = ["Finance", "People Ops", "Engineering", "Logistics", "Customer Support", "Legal", "Procurement", "Sales"]
PRODUCTS = ["Aurora Desk Lamp", "Nordic Wool Throw", "Trail Runner 2", "Oak Side Table", "Ceramic Pour-Over",
            "Linen Duvet Cover", "Bamboo Cutting Board", "Merino Beanie", "Smart Plug Mini", "Canvas Tote"]
TITLES = ["Quarterly Planning", "Sprint Review", "1:1", "Budget Sync", "Onboarding Day 1", "All Hands",
          "Vendor Call", "Interview Loop", "Team Lunch", "Retro"]
PLACES = ["Lisbon Office", "Hamburg HQ", "Warsaw Hub", "Remote", "Rotterdam Depot", "Milan Showroom", "Helsinki Lab"]
STATUSES = ["open", "pending", "solved", "on-hold", "new", "closed", "fulfilled", "paid", "partially_refunded"]
TAGS = ["vip", "refund", "shipping-delay", "billing", "warranty", "priority-high", "churn-risk", "renewal"]
GROUPS = ["platform-admins", "eng-all", "finance-readonly", "vpn-users", "sales-emea", "hr-confidential"]
SVC = ["root", "deploy", "postgres", "www-data", "svc-ci", "jenkins", "backup", "nobody"]
RELATION = ["Spouse", "Partner", "Mother", "Father", "Sibling", "Friend"]


def neg_team(lg):
    return "NEG_ORG", rng.choice(TEAMS + TEAMS_LG[lg] * 3)


def person_or_team(lg, w, p_person=0.5):
    """A key that holds a person or, as often, a team, queue or bot."""
    if rng.random() < p_person:
        return "PERSON", w.form()
    return neg_team(lg)


def rid(prefix, n=6):
    return prefix + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))


def stamp():
    return "NEG_DATE", "%d-%02d-%02dT%02d:%02d:%02dZ" % (rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(1, 28),
                                                     rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def stamps(d):
    """d with created and updated stamps (look-alike dates beside the people)."""
    d["created_at"], d["updated_at"] = stamp(), stamp()
    return d


def sku():
    return "NEG_ID", "%s-%s-%d" % (rng.choice(["SKU", "AUR", "NWT", "TR2"]), rng.choice(["BL", "GR", "XL", "OK"]),
                                   rng.randint(100, 9999))


# ---- comment bodies and prose that name people ----------------------------------------------------
COMMENT = {"en": ["Hi {g}, thanks for reaching out. I've escalated this.", "Spoke to {f} on the phone, refund approved.",
                  "Handing over to {g} for the night shift."],
           "de": ["Hallo {g}, danke für Ihre Nachricht.", "Mit {f} telefoniert, Erstattung freigegeben."],
           "fr": ["Bonjour {g}, merci pour votre message.", "Appel avec {f}, remboursement validé."],
           "nl": ["Hoi {g}, bedankt voor je bericht.", "Gebeld met {f}, terugbetaling goedgekeurd."],
           "es": ["Hola {g}, gracias por escribirnos.", "Hablé con {f}, reembolso aprobado."],
           "it": ["Ciao {g}, grazie per averci scritto.", "Sentito {f} al telefono, rimborso approvato."],
           "pt": ["Olá {g}, obrigado pelo contacto.", "Falei com {f}, reembolso aprovado."],
           "pl": ["Dzień dobry {g}, dziękujemy za wiadomość.", "Rozmawiałem z {f}, zwrot zatwierdzony."],
           "sv": ["Hej {g}, tack för ditt meddelande.", "Pratade med {f}, återbetalning godkänd."],
           "fi": ["Hei {g}, kiitos viestistäsi.", "Puhuin {f} kanssa, hyvitys hyväksytty."],
           "cs": ["Dobrý den {g}, děkujeme za zprávu.", "Volal jsem s {f}, vrácení schváleno."],
           "hu": ["Kedves {g}, köszönjük az üzenetet.", "Beszéltem vele: {f}, a visszatérítés jóváhagyva."],
           "tr": ["Merhaba {g}, mesajınız için teşekkürler.", "{f} ile görüştüm, iade onaylandı."],
           "ro": ["Bună {g}, mulțumim pentru mesaj.", "Am vorbit cu {f}, rambursarea e aprobată."]}
# {g} given, {f} full, {t} title + surname (the title outside the span), {o} a team (look-alike)
PROSE = {"en": ["I found the record for {f}. {t} is listed as the contact; {o} owns the account.",
                "{g} is the requester and the ticket sits with {o}. Want me to reassign it to {g2}?",
                "Done: {g2} has been added to the invite, and {t} was notified."],
         "de": ["Ich habe den Datensatz von {f} gefunden. Ansprechpartner ist {t}, zuständig ist {o}.",
                "{g} hat das Ticket eröffnet, es liegt bei {o}. Soll ich es {g2} zuweisen?"],
         "fr": ["J'ai trouvé la fiche de {f}. Le contact est {t} et le compte est suivi par {o}.",
                "{g} a ouvert le ticket, il est chez {o}. Je le réattribue à {g2} ?"],
         "nl": ["Ik heb het record van {f} gevonden. Contactpersoon is {t}; {o} beheert het account.",
                "{g} heeft het ticket aangemaakt, het ligt bij {o}. Zal ik het aan {g2} toewijzen?"],
         "es": ["Encontré la ficha de {f}. El contacto es {t} y la cuenta la lleva {o}.",
                "{g} abrió el ticket y está en {o}. ¿Se lo asigno a {g2}?"],
         "it": ["Ho trovato la scheda di {f}. Il referente è {t}, l'account è seguito da {o}.",
                "{g} ha aperto il ticket, ora è in {o}. Lo assegno a {g2}?"],
         "pt": ["Encontrei o registo de {f}. O contacto é {t} e a conta está com {o}.",
                "{g} abriu o pedido, que está em {o}. Atribuo a {g2}?"],
         "pl": ["Znalazłem rekord: {f}. Osobą kontaktową jest {t}, konto prowadzi {o}.",
                "Zgłoszenie założył(a) {g}, jest w kolejce {o}. Przypisać je do {g2}?"],
         "sv": ["Jag hittade posten för {f}. Kontaktperson är {t}; {o} äger kontot.",
                "{g} skapade ärendet och det ligger hos {o}. Ska jag tilldela det till {g2}?"],
         "fi": ["Löysin tietueen: {f}. Yhteyshenkilö on {t}, tiliä hoitaa {o}.",
                "{g} avasi tiketin, se on jonossa {o}. Siirränkö sen henkilölle {g2}?"],
         "cs": ["Našel jsem záznam: {f}. Kontaktní osoba je {t}, účet spravuje {o}.",
                "Tiket založil(a) {g}, leží u {o}. Mám ho přiřadit: {g2}?"],
         "hu": ["Megtaláltam a rekordot: {f}. A kapcsolattartó {t}, a fiókot a(z) {o} kezeli.",
                "A jegyet {g} nyitotta, most a(z) {o} sorában van. Átadjam neki: {g2}?"],
         "tr": ["{f} kaydını buldum. İlgili kişi {t}, hesap {o} ekibinde.",
                "Talebi {g} açtı, {o} kuyruğunda. {g2} adlı kişiye atayayım mı?"],
         "ro": ["Am găsit fișa lui {f}. Persoana de contact este {t}, contul e la {o}.",
                "{g} a deschis tichetul, e la {o}. Îl asignez lui {g2}?"]}
FOLLOW = {"en": ["ok, ping {l} about it", "yes assign it to {l}", "thanks. cc {l} please"],
          "de": ["ok, sag {l} Bescheid", "ja, an {l} geben"], "fr": ["ok, préviens {l}", "oui, donne-le à {l}"],
          "nl": ["ok, laat {l} het weten", "ja, geef het aan {l}"], "es": ["vale, avisa a {l}", "sí, pásaselo a {l}"],
          "it": ["ok, avvisa {l}", "sì, dallo a {l}"], "pt": ["ok, avisa o {l}", "sim, passa ao {l}"],
          "pl": ["ok, daj znać {l}", "tak, przypisz do {l}"], "sv": ["ok, säg till {l}", "ja, ge det till {l}"],
          "fi": ["ok, kerro {l}lle", "joo, anna se {l}lle"], "cs": ["ok, dej vědět {l}", "jo, přiřaď to {l}"],
          "hu": ["ok, szólj {l}nak", "igen, add oda {l}nak"], "tr": ["tamam, {l}'e haber ver", "evet, {l}'e ata"],
          "ro": ["ok, anunță-l pe {l}", "da, dă-i-l lui {l}"]}
TITLE = {"en": ("Mr", "Ms", "Dr"), "de": ("Herr", "Frau"), "fr": ("M.", "Mme"), "nl": ("meneer", "mevrouw"),
         "es": ("Sr.", "Sra."), "it": ("sig.", "dott.ssa"), "pt": ("Sr.", "Sra."), "pl": ("pan", "pani"),
         "sv": ("",), "fi": ("",), "cs": ("pan", "paní"), "hu": ("úr",), "tr": ("Bey", "Hanım"),
         "ro": ("domnul", "doamna")}
ASK = {"en": ["Who owns the Northwind renewal and who should I talk to?", "Check the ticket and tell me who's on it"],
       "de": ["Wer ist bei dem Kunden zuständig?", "Schau ins Ticket, wer bearbeitet das?"],
       "fr": ["Qui s'occupe de ce client ?", "Regarde le ticket, qui est dessus ?"],
       "nl": ["Wie is de contactpersoon bij deze klant?", "Wie behandelt dit ticket?"],
       "es": ["¿Quién lleva este cliente?", "Mira el ticket, ¿quién lo tiene?"],
       "it": ["Chi segue questo cliente?", "Guarda il ticket, chi ci lavora?"],
       "pt": ["Quem trata deste cliente?", "Vê o pedido, quem está com ele?"],
       "pl": ["Kto prowadzi tego klienta?", "Sprawdź zgłoszenie, kto je ma?"],
       "sv": ["Vem ansvarar för kunden?", "Kolla ärendet, vem har det?"],
       "fi": ["Kuka hoitaa tätä asiakasta?", "Katso tiketti, kenellä se on?"],
       "cs": ["Kdo má na starost tohoto zákazníka?", "Podívej se na tiket, kdo ho řeší?"],
       "hu": ["Ki kezeli ezt az ügyfelet?", "Nézd meg a jegyet, kinél van?"],
       "tr": ["Bu müşteriyle kim ilgileniyor?", "Talebe bak, kimde?"],
       "ro": ["Cine se ocupă de acest client?", "Uită-te pe tichet, cine îl are?"]}


def titled(c, w):
    t = rng.choice(TITLE[w.lg])
    if not t:
        return c.s("PERSON", w.g)
    if w.lg in ("hu", "tr"):
        return c.s("PERSON", w.s if w.lg == "hu" else w.g).t(" " + t)
    return c.t(t + " ").s("PERSON", w.s)


def fill(tpl, fields):
    """tpl with {key} slots: fields[key] is (label, text) or a callable(P)."""
    c = P()
    rest = tpl
    while "{" in rest:
        a, b = rest.split("{", 1)
        key, rest = b.split("}", 1)
        c.t(a)
        v = fields[key]
        if callable(v):
            v(c)
        else:
            c.s(*v)
    return c.t(rest)


def named_fields(lg, ws):
    w, w2 = ws[0], ws[-1]
    return {"g": ("PERSON", w.g), "f": ("PERSON", w.full), "g2": ("PERSON", w2.g),
            "t": lambda c: titled(c, w), "o": neg_team(lg), "l": ("PERSON", w2.g.lower())}


# ---- JSON results --------------------------------------------------------------------------------
def crm_query(lg, ws, dom):
    w, o = ws[0], ws[1]
    args = {"soql": P("SELECT Id, Name, Owner.Name FROM Contact WHERE LastName = '").s("PERSON", w.s).t("'")}
    rec = {"attributes": {"type": "Contact"}, "Id": ("NEG_ID", rid("003", 12)), "FirstName": ("PERSON", w.g),
           "LastName": ("PERSON", w.s), "Name": ("PERSON", w.full), "Email": ("EMAIL_ADDRESS", w.email(dom)),
           "Owner": {"Name": person_or_team(lg, o)}, "Account": {"Name": ("NEG_ORG", rng.choice(FIRMS))},
           "LeadSource": ("NEG_WORD", rng.choice(["Web", "Partner Referral", "Trade Show"])),
           "MailingCity": ("NEG_WORD", rng.choice(PLACES))}
    return "crm_query", args, {"totalSize": 1, "done": True, "records": [stamps(rec)]}


def crm_deal(lg, ws, dom):
    w, o = ws[0], ws[1]
    props = {"dealname": ("NEG_WORD", rng.choice(FIRMS) + " - renewal %d" % rng.randint(2024, 2026)),
             "deal_owner": person_or_team(lg, o), "contact_person": ("PERSON", w.form()),
             "dealstage": ("NEG_WORD", rng.choice(["appointmentscheduled", "contractsent", "closedwon"])),
             "pipeline": "default", "amount": str(rng.randint(1000, 90000)),
             "created_by": person_or_team(lg, ws[-1], 0.4)}
    return "crm_search_deals", {"filter": {"contact_person": ("PERSON", w.full)}}, {
        "results": [stamps({"id": ("NEG_ID", str(rng.randint(10 ** 9, 10 ** 10))), "properties": props, "archived": False})]}


def ticket(lg, ws, dom):
    w, a = ws[0], ws[1]
    tid = rng.randint(10000, 99999)
    comments = [{"author": {"name": ("PERSON", w.form())}, "created_at": stamp(),
                 "body": fill(rng.choice(COMMENT[lg]), {"g": ("PERSON", a.g), "f": ("PERSON", a.full)})}]
    if rng.random() < 0.6:
        comments.append({"author": {"name": ("NEG_ORG", rng.choice(["Answer Bot", "Zendesk Bot", "Automation"]))},
                         "body": P("Your request #%d has been received." % tid)})
    t = {"id": tid, "subject": P(rng.choice(["Refund for order #%d" % rng.randint(1000, 9999), "Cannot log in",
                                             "Wrong size delivered", "Invoice question"])),
         "requester": {"name": ("PERSON", w.form()), "email": ("EMAIL_ADDRESS", w.email(rng.choice(DOMAINS)))},
         "assignee": {"display": person_or_team(lg, a, 0.6)}, "group": {"name": neg_team(lg)},
         "status": ("NEG_WORD", rng.choice(STATUSES)), "tags": [("NEG_WORD", x) for x in rng.sample(TAGS, 2)],
         "via": {"channel": "email"}}
    return "helpdesk_get_ticket", {"ticket_id": tid}, {"ticket": stamps(t), "comments": comments}


def ticket_snake(lg, ws, dom):
    w, a = ws[0], ws[1]
    t = {"id": rng.randint(1000, 9999), "requester_name": ("PERSON", w.form()),
         "responder_name": person_or_team(lg, a, 0.5), "created_by": person_or_team(lg, w, 0.3),
         "agent": person_or_team(lg, ws[-1], 0.6), "cc_emails": [("EMAIL_ADDRESS", a.email(dom))],
         "priority": rng.randint(1, 4), "status_label": ("NEG_WORD", rng.choice(STATUSES)),
         "custom_fields": {"cf_contact_person": ("PERSON", w.full), "cf_queue": neg_team(lg),
                           "cf_category": ("NEG_WORD", rng.choice(["Billing", "Delivery", "Returns", "Account"]))}}
    return "freshdesk_view_ticket", {"id": t["id"], "include": "requester"}, stamps(t)


def order(lg, ws, dom):
    w, r = ws[0], ws[1]
    items = [{"title": ("NEG_WORD", p), "sku": sku(), "quantity": rng.randint(1, 3), "vendor": ("NEG_ORG", rng.choice(FIRMS))}
             for p in rng.sample(PRODUCTS, rng.randint(1, 3))]
    o = {"name": "#%d" % rng.randint(1001, 9999), "customer": {"first_name": ("PERSON", w.g), "last_name": ("PERSON", w.s),
                                                              "email": ("EMAIL_ADDRESS", w.email(rng.choice(DOMAINS)))},
         "shipping_address": {"name": ("PERSON", w.full if rng.random() < 0.6 else r.full),
                              "company": ("NEG_ORG", rng.choice(FIRMS)) if rng.random() < 0.4 else None,
                              "city": ("NEG_WORD", rng.choice(PLACES)), "country_code": lg.upper()},
         "line_items": items, "fulfillment_status": ("NEG_WORD", rng.choice(STATUSES)),
         "note_attributes": [{"name": "gift_recipient", "value": ("PERSON", r.form())}]}
    o["id"] = ("NEG_ID", str(rng.randint(10 ** 12, 10 ** 13)))
    return "shop_get_order", {"order_number": o["name"]}, {"order": stamps(o)}


def hr_record(lg, ws, dom):
    w, m, e = ws[0], ws[1], ws[-1]
    emp = {"id": rng.randint(100, 9999), "displayName": ("PERSON", w.full), "firstName": ("PERSON", w.g),
           "lastName": ("PERSON", w.s), "preferredName": ("PERSON", w.g),
           "jobTitle": ("NEG_WORD", rng.choice(ROLES)), "department": ("NEG_ORG", rng.choice(DEPTS)),
           "location": ("NEG_WORD", rng.choice(PLACES)), "supervisor": ("PERSON", m.form()),
           "workEmail": ("EMAIL_ADDRESS", w.email(dom)),
           "emergencyContact": {"name": ("PERSON", e.full), "relationship": ("NEG_WORD", rng.choice(RELATION))}}
    emp["hireDate"] = stamp()
    return "hris_get_employee", {"employee": ("PERSON", w.full), "fields": "displayName,supervisor"}, {"employee": emp}


def calendar(lg, ws, dom):
    org = ws[0]
    att = [{"email": ("EMAIL_ADDRESS", x.email(dom)), "displayName": ("PERSON", x.form()),
            "responseStatus": rng.choice(["accepted", "needsAction", "tentative"])} for x in ws[1:]]
    room = rng.choice(ROOMS)
    att.append({"email": ("EMAIL_ADDRESS", "c_%s@resource.calendar.google.com" % rng.randint(10 ** 8, 10 ** 9)),
                "displayName": ("NEG_WORD", room), "resource": True, "responseStatus": "accepted"})
    orgv = {"email": ("EMAIL_ADDRESS", org.email(dom)), "displayName": ("PERSON", org.form())} \
        if rng.random() < 0.7 else {"email": ("EMAIL_ADDRESS", "team-%d@group.calendar.google.com" % rng.randint(100, 999)),
                                    "displayName": ("NEG_ORG", rng.choice(TEAMS[:8]))}
    ev = {"kind": "calendar#event", "id": ("NEG_ID", rid("", 26).lower()), "created": stamp(), "summary": ("NEG_WORD", rng.choice(TITLES)), "organizer": orgv,
          "attendees": att, "location": ("NEG_WORD", room + ", " + rng.choice(PLACES))}
    return "calendar_list_events", {"calendarId": "primary", "q": ("NEG_WORD", ev["summary"][1])}, {"items": [ev]}


def graph_event(lg, ws, dom):
    org = ws[0]
    ev = {"id": ("NEG_ID", "AAMkA" + rid("", 20)), "subject": ("NEG_WORD", rng.choice(TITLES)),
          "organizer": {"emailAddress": {"name": ("PERSON", org.form()), "address": ("EMAIL_ADDRESS", org.email(dom))}},
          "attendees": [{"type": "required", "emailAddress": {"name": ("PERSON", x.form()),
                                                              "address": ("EMAIL_ADDRESS", x.email(dom))}} for x in ws[1:]]
          + [{"type": "resource", "emailAddress": {"name": ("NEG_WORD", rng.choice(ROOMS)),
                                                   "address": ("EMAIL_ADDRESS", "room%d@%s" % (rng.randint(1, 40), dom))}}],
          "location": {"displayName": ("NEG_WORD", rng.choice(ROOMS))}}
    return "graph_get_events", {"$filter": "start/dateTime ge '2025-03-01'"}, {"value": [ev]}


def scim(lg, ws, dom):
    res = []
    for x in ws[:2]:
        res.append({"id": ("NEG_ID", rid("00u", 14)), "meta": {"created": stamp()}, "userName": ("EMAIL_ADDRESS", x.email(dom)),
                    "name": {"givenName": ("PERSON", x.g), "familyName": ("PERSON", x.s), "formatted": ("PERSON", x.full)},
                    "displayName": ("PERSON", x.form()), "title": ("NEG_WORD", rng.choice(ROLES)),
                    "groups": [{"display": ("NEG_ORG", g)} for g in rng.sample(GROUPS, 2)],
                    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
                        "department": ("NEG_ORG", rng.choice(DEPTS)), "manager": {"displayName": ("PERSON", ws[-1].form())}}})
    svc = rng.choice([("Backup", "Service"), ("Integration", "User"), ("Build", "Agent"), ("Okta", "Sync")])
    res.append({"id": rid("00u", 14), "userName": ("EMAIL_ADDRESS", "%s-%s@%s" % (svc[0].lower(), svc[1].lower(), dom)),
                "name": {"givenName": ("NEG_WORD", svc[0]), "familyName": ("NEG_WORD", svc[1])},
                "displayName": ("NEG_WORD", " ".join(svc)), "title": ("NEG_WORD", "Service Account")})
    return "directory_search_users", {"filter": P('name.familyName eq "').s("PERSON", ws[0].s).t('"')}, {
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], "totalResults": len(res), "Resources": res}


KEYS_LG = {"en": ("contact_name", "customer", "handler"), "de": ("ansprechpartner", "kunde", "sachbearbeiter"),
           "fr": ("nom_client", "interlocuteur", "responsable"), "nl": ("klant", "contactpersoon", "behandelaar"),
           "es": ("cliente", "propietario", "responsable"), "it": ("cliente", "referente", "titolare"),
           "pt": ("cliente", "responsavel", "atendente"), "pl": ("klient", "osoba_kontaktowa", "opiekun"),
           "sv": ("kund", "kontaktperson", "handlaggare"), "fi": ("asiakas", "yhteyshenkilo", "kasittelija"),
           "cs": ("zakaznik", "kontaktni_osoba", "resitel"), "hu": ("ugyfel", "kapcsolattarto", "ugyintezo"),
           "tr": ("musteri", "ilgili_kisi", "sorumlu"), "ro": ("client", "persoana_contact", "responsabil")}


def local_keys(lg, ws, dom):
    k1, k2, k3 = KEYS_LG[lg]
    rows = []
    for x in ws:
        rows.append({"nr": ("NEG_ID", rid("", 5)), "datum": stamp(), k1: ("PERSON", x.form()) if rng.random() < 0.7 else ("NEG_ORG", rng.choice(FIRMS)),
                     k2: ("PERSON", x.full), k3: person_or_team(lg, ws[0], 0.5),
                     "status": ("NEG_WORD", rng.choice(STATUSES))})
    return "erp_lookup", {k2: ("PERSON", ws[0].s)}, {"data": rows}


# ---- text results ---------------------------------------------------------------------------------
def grid_rows(lg, ws):
    """Header and rows of a people table (id, first, last, owner, status): cells as (label, text)."""
    head = ["id", "first_name", "last_name", rng.choice(["owner", "assigned_to", "account_manager"]), "status"]
    rows = []
    for x in ws:
        rows.append([("NEG_ID", str(rng.randint(10, 999))), ("PERSON", x.g), ("PERSON", x.s),
                     person_or_team(lg, ws[(ws.index(x) + 1) % len(ws)]), ("NEG_WORD", rng.choice(STATUSES))])
    if rng.random() < 0.5:  # a team's own row
        rows.append([(None, str(rng.randint(10, 999))), ("NEG_WORD", "Support"), ("NEG_WORD", "Queue"), neg_team(lg),
                     ("NEG_WORD", "active")])
    return head, rows


def psql(lg, ws, dom):
    head, rows = grid_rows(lg, ws)
    wid = [max(len(h), *(len(r[k][1]) for r in rows)) for k, h in enumerate(head)]
    c = P(" " + " | ".join(h.center(wid[k]) for k, h in enumerate(head)) + "\n")
    c.t("-" + "-+-".join("-" * x for x in wid) + "-\n")
    for r in rows:
        c.t(" ")
        for k, (lab, v) in enumerate(r):
            c.t(" | " if k else "").s(lab, v).t(" " * (wid[k] - len(v)))
        c.t("\n")
    c.t("(%d rows)\n" % len(rows))
    return "sql_query", {"sql": "SELECT id, first_name, last_name, %s, status FROM contacts LIMIT 20" % head[3]}, c


def mysql(lg, ws, dom):
    head, rows = grid_rows(lg, ws)
    wid = [max(len(h), *(len(r[k][1]) for r in rows)) for k, h in enumerate(head)]
    bar = "+" + "+".join("-" * (x + 2) for x in wid) + "+\n"
    c = P(bar + "| " + " | ".join(h.ljust(wid[k]) for k, h in enumerate(head)) + " |\n" + bar)
    for r in rows:
        c.t("| ")
        for k, (lab, v) in enumerate(r):
            c.t(" | " if k else "").s(lab, v).t(" " * (wid[k] - len(v)))
        c.t(" |\n")
    c.t(bar + "%d rows in set (0.00 sec)\n" % len(rows))
    return "mysql_query", {"query": "select * from crm_contacts where region = 'EMEA'"}, c


def csv_preview(lg, ws, dom):
    sep = rng.choice([",", ";", "\t"])
    head, rows = grid_rows(lg, ws)
    c = P(sep.join(head) + "\n")
    for r in rows:
        for k, (lab, v) in enumerate(r):
            q = '"' if sep == "," and "," in v else ""
            c.t(sep if k else "").t(q).s(lab, v).t(q)
        c.t("\n")
    return "read_file", {"path": "exports/contacts_%d.%s" % (rng.randint(1, 99), "tsv" if sep == "\t" else "csv"),
                         "max_lines": 20}, c


def grep(lg, ws, dom):
    c = P()
    fx = rng.choice(["tests/fixtures/customers.json", "spec/fixtures/users.yml", "seed/contacts.sql"])
    for n, x in enumerate(ws):
        ln = rng.randint(3, 400)
        if fx.endswith(".json"):
            c.t('%s:%d:    "%s": "' % (fx, ln, rng.choice(["name", "owner", "contact"]))).s("PERSON", x.full).t('",\n')
        elif fx.endswith(".yml"):
            c.t("%s:%d:  full_name: " % (fx, ln)).s("PERSON", x.full).t("\n")
        else:
            c.t("%s:%d:INSERT INTO contacts (first_name, last_name) VALUES ('" % (fx, ln)).s("PERSON", x.g)
            c.t("', '").s("PERSON", x.s).t("');\n")
    c.t("src/models/ticket.py:%d:    owner = models.CharField(default=\"" % rng.randint(10, 90))
    c.s("NEG_ORG", rng.choice(["Unassigned", "system", "Support Queue"])).t('")\n')
    c.t("docs/CODEOWNERS:%d:/billing/ @" % rng.randint(2, 30)).s("NEG_ORG", rng.choice(["platform-team", "billing-devs"])).t("\n")
    return "run_shell", {"cmd": "grep -rn '%s' tests spec seed src docs" % rng.choice(["name", "owner", "contact"])}, c


def ldif(lg, ws, dom):
    c = P()
    base = "dc=%s,dc=%s" % tuple(dom.split(".", 1))
    for x in ws[:2]:
        c.t("dn: uid=").s("PERSON", x.handle).t(",ou=people," + base + "\n")
        c.t("cn: ").s("PERSON", x.full).t("\ngivenName: ").s("PERSON", x.g).t("\nsn: ").s("PERSON", x.s)
        c.t("\nmail: ").s("EMAIL_ADDRESS", x.email(dom)).t("\ntitle: ").s("NEG_WORD", rng.choice(ROLES))
        c.t("\nmanager: uid=").s("PERSON", ws[-1].handle).t(",ou=people," + base + "\n\n")
    g = rng.choice(GROUPS)
    c.t("dn: cn=").s("NEG_ORG", g).t(",ou=groups," + base + "\ncn: ").s("NEG_ORG", g)
    c.t("\ndescription: ").s("NEG_ORG", rng.choice(TEAMS[:8])).t("\nmember: uid=").s("PERSON", ws[0].handle)
    c.t(",ou=people," + base + "\n\n# numResponses: 4\n# numEntries: 3\n")
    return "ldap_search", {"base": base, "filter": P("(sn=").s("PERSON", ws[0].s).t("*)")}, c


def vcard(lg, ws, dom):
    c = P()
    for x in ws[:2]:
        c.t("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:").s("PERSON", x.full).t("\r\nN:").s("PERSON", x.s).t(";").s("PERSON", x.g)
        c.t(";;;\r\nORG:").s("NEG_ORG", rng.choice(FIRMS)).t("\r\nTITLE:").s("NEG_WORD", rng.choice(ROLES))
        c.t("\r\nEMAIL;TYPE=work:").s("EMAIL_ADDRESS", x.email(dom)).t("\r\nEND:VCARD\r\n")
    desk = rng.choice(["Front Desk", "Reception", "Help Desk", "Accounts Payable"])
    c.t("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:").s("NEG_ORG", desk).t("\r\nORG:").s("NEG_ORG", rng.choice(FIRMS))
    c.t("\r\nEND:VCARD\r\n")
    return "contacts_export", {"format": "vcf", "query": ("PERSON", ws[0].g)}, c


def ics(lg, ws, dom):
    org = ws[0]
    c = P("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:").s("NEG_WORD", rng.choice(TITLES)).t("\n")
    c.t("ORGANIZER;CN=").s("PERSON", org.form()).t(":mailto:").s("EMAIL_ADDRESS", org.email(dom)).t("\n")
    for x in ws[1:]:
        c.t("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=").s("PERSON", x.form())
        c.t(":mailto:").s("EMAIL_ADDRESS", x.email(dom)).t("\n")
    room = rng.choice(ROOMS)
    c.t('ATTENDEE;CUTYPE=ROOM;CN="').s("NEG_WORD", room).t('":mailto:').s("EMAIL_ADDRESS", "room-%d@%s" % (rng.randint(1, 40), dom)).t("\n")
    c.t("LOCATION:").s("NEG_WORD", room).t("\nEND:VEVENT\nEND:VCALENDAR\n")
    return "calendar_export_ics", {"event_id": rid("", 16).lower()}, c


def shell(lg, ws, dom):
    w = ws[0]
    h = w.login if rng.random() < 0.5 else w.handle
    c = P("$ whoami\n").s("PERSON", h).t("\n$ id\nuid=1001(").s("PERSON", h).t(") gid=1001(").s("PERSON", h)
    c.t(") groups=1001(").s("PERSON", h).t("),27(sudo),999(docker)\n")
    if rng.random() < 0.5:
        c.t("$ getent passwd ").s("PERSON", h).t("\n").s("PERSON", h).t(":x:1001:1001:").s("PERSON", w.full)
        c.t(",,,:/home/").s("PERSON", h).t(":/bin/bash\n")
    else:
        c.t("$ finger ").s("PERSON", h).t("\nLogin: ").s("PERSON", h).t("\t\t\tName: ").s("PERSON", w.full)
        c.t("\nDirectory: /home/").s("PERSON", h).t("\tShell: /bin/zsh\n")
    c.t("$ last -n 3\n")
    for u in [h, rng.choice(SVC), "reboot"]:
        c.s("PERSON" if u == h else "NEG_WORD", u).t(" " * (9 - len(u) if len(u) < 9 else 1))
        c.t("pts/%d    " % rng.randint(0, 3)).s("IP_ADDRESS", "10.0.%d.%d" % (rng.randint(0, 9), rng.randint(2, 250)))
        c.t("   Mon Mar %2d 09:%02d   still logged in\n" % (rng.randint(1, 28), rng.randint(0, 59)))
    return "run_shell", {"cmd": "whoami; id; last -n 3"}, c


SHAPES = {"crm_query": crm_query, "crm_deal": crm_deal, "ticket": ticket, "ticket_snake": ticket_snake, "order": order,
          "hr": hr_record, "calendar": calendar, "graph_event": graph_event, "scim": scim, "local_keys": local_keys,
          "psql": psql, "mysql": mysql, "csv": csv_preview, "grep": grep, "ldif": ldif, "vcard": vcard, "ics": ics,
          "shell": shell}


def action(lg, ws):
    """A follow-up tool call that assigns or notes: a JSON payload inside a string argument."""
    inner = J("compact")
    inner.write({"assignee": person_or_team(lg, ws[-1], 0.6), "watchers": [("PERSON", ws[0].full)],
                 "note": P("Reassigned after call with ").s("PERSON", ws[0].g)})
    return "update_record", {"id": rid("R", 6), "payload": inner.p}, {"ok": True, "updated_by": ("NEG_ORG", "automation")}


# ---- request bodies -------------------------------------------------------------------------------
def jdoc(obj, style):
    j = J(style)
    j.write(obj)
    return j.p


def body(api, calls, ask, prose, follow):
    """calls: (name, args marker, result marker); prose and follow: markers (or None)."""
    if api == "oai":
        ids = ["call_%s" % rid("", 12).lower() for _ in calls]
        msgs = [{"role": "user", "content": ask}, {"role": "assistant", "content": None, "tool_calls": [
            {"id": c, "type": "function", "function": {"name": n, "arguments": a}} for c, (n, a, _r) in zip(ids, calls)]}]
        msgs += [{"role": "tool", "tool_call_id": c, "content": r} for c, (_n, _a, r) in zip(ids, calls)]
        msgs += [{"role": "assistant", "content": prose}] + ([{"role": "user", "content": follow}] if follow else [])
        return {"model": "gpt-4o", "messages": msgs, "tools": [{"type": "function", "function": {"name": n}} for n, _a, _r in calls]}
    if api == "resp":
        items = [{"role": "user", "content": ask}]
        for n, a, r in calls:
            c = "call_%05d" % rng.randint(0, 99999)
            items += [{"type": "function_call", "call_id": c, "name": n, "arguments": a},
                      {"type": "function_call_output", "call_id": c, "output": r}]
        items.append({"role": "assistant", "content": [{"type": "output_text", "text": prose}]})
        if follow:
            items.append({"role": "user", "content": [{"type": "input_text", "text": follow}]})
        return {"model": "gpt-4.1", "input": items}
    if api == "anth":
        msgs = [{"role": "user", "content": ask}]
        for k, (n, a, r) in enumerate(calls):
            c = "toolu_%s" % rid("", 10)
            msgs.append({"role": "assistant", "content": [{"type": "tool_use", "id": c, "name": n, "input": a}]})
            msgs.append({"role": "user", "content": [{"type": "tool_result", "tool_use_id": c, "content": r}]})
        msgs.append({"role": "assistant", "content": [{"type": "text", "text": prose}]})
        msgs.append({"role": "user", "content": follow or "thanks"})
        return {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": msgs}
    contents = [{"role": "user", "parts": [{"text": ask}]}]
    for n, a, r in calls:
        contents.append({"role": "model", "parts": [{"functionCall": {"name": n, "args": a}}]})
        contents.append({"role": "user", "parts": [{"functionResponse": {"name": n, "response": r}}]})
    contents.append({"role": "model", "parts": [{"text": prose}]})
    if follow:
        contents.append({"role": "user", "parts": [{"text": follow}]})
    return {"contents": contents}


def conversation(i, lg, api, shape_names):
    dom = rng.choice(DOMAINS)
    ws = people(lg, rng.choice([2, 3, 3, 4]))
    style = rng.choice(["pretty", "line", "compact"])
    pieces, calls = [], []

    def add(doc, native):
        k = len(pieces)
        if isinstance(doc, P) and native:  # a text result in Gemini's native response
            doc = {"output": doc}
        if isinstance(doc, P):
            pieces.append(doc)
            return MARK % k
        pieces.append(jdoc(doc, style if not native else rng.choice(["compact", "line"])))
        return RAWMARK % k if native else MARK % k

    for sh in shape_names:
        name, args, res = SHAPES[sh](lg, ws, dom)
        calls.append((name, add(args, api in ("anth", "gemini")), add(res, api == "gemini")))
    if rng.random() < 0.3:
        name, args, res = action(lg, ws)
        calls.append((name, add(args, api in ("anth", "gemini")), add(res, api == "gemini")))
    prose = add(fill(rng.choice(PROSE[lg] + PROSE["en"][:1] * (lg != "en")), named_fields(lg, ws)), False)
    follow = add(fill(rng.choice(FOLLOW[lg]), named_fields(lg, ws)), False) if rng.random() < 0.5 else None
    ask = rng.choice(ASK[lg])
    b = body(api, calls, ask, prose, follow)
    ascii_ = i % 3 == 0
    raw = dumps(b, ascii_, i % 2 == 1)
    # RAWMARKs sit in the body as strings ("@@RAW0@@"): place() swaps the quoted marker for native JSON
    text, spans = place(raw, pieces, ascii_)
    json.loads(text)
    return text, spans, ascii_


def main():
    records = []
    apis = ["oai", "resp", "anth", "gemini"]
    names = list(SHAPES)
    for i in range(450):
        lg = LANGS[i % len(LANGS)]
        api = apis[(i // 3) % 4]
        first = names[i % len(names)]
        shapes = [first] + ([rng.choice(names)] if rng.random() < 0.4 else [])
        text, spans, ascii_ = conversation(i, lg, api, shapes)
        append_body(records, text, spans, {"locale": lg, "class": "tools", "api": api, "ascii": ascii_,
                                           "shape": "+".join(shapes)})
    write_json(records)


main()
