"""holdout31_transport.py: the transport family of the thirty-first blind set: values as mail,
URLs, JSON strings, CSV, SQL, shells, HTTP and YAML encode them (one builder per artefact).

Each builder writes its artefact through holdout31_docs' `Ctx` as a `W`; a value's span covers
it encoded; where a transport's line break cuts it (quoted-printable soft breaks, a quoted CSV
line break, a folded YAML block), each piece is its own span.
"""
from holdout31_docs import PLACEHOLDERS, PRODUCTS, jesc, pct, qp_char
from holdout31_values import BIRTH, W, encode, soft_wrap

# The returned message's text in each language: greeting, new address, mobile, forward to, at,
# the form still wrong, refunds, sign-off.
MAILTEXT = {
    "en": ("Hi ", ", here is what you asked for: my new address is ", " and my mobile ",
           ". Please forward it to ", " at ", ") still shows the old one. ", "Refunds go to ",
           "Cheers, "),
    "de": ("Hallo ", ", wie besprochen: meine neue Anschrift ist ", " und mein Handy ",
           ". Bitte leite das an ", " weiter, ", ") zeigt noch die alte. ",
           "Erstattungen bitte auf ", "Viele Grüße, "),
    "fr": ("Bonjour ", ", comme convenu : ma nouvelle adresse est ", " et mon portable ",
           ". Merci de transmettre à ", ", ", ") affiche encore l'ancienne. ",
           "Remboursements sur ", "Bien à vous, "),
    "nl": ("Hoi ", ", zoals gevraagd: mijn nieuwe adres is ", " en mijn mobiel ",
           ". Stuur het aub door naar ", ", ", ") toont nog het oude. ", "Terugbetalingen naar ",
           "Groetjes, "),
    "es": ("Hola ", ", lo que me pediste: mi nueva dirección es ", " y mi móvil ",
           ". Reenvíaselo a ", ", ", ") sigue mostrando la antigua. ", "Reembolsos a ",
           "Un abrazo, "),
    "it": ("Ciao ", ", come richiesto: il mio nuovo indirizzo è ", " e il cellulare ",
           ". Per favore giralo a ", ", ", ") mostra ancora quello vecchio. ", "Rimborsi su ",
           "A presto, "),
    "pt": ("Olá ", ", como pediste: a minha nova morada é ", " e o telemóvel ",
           ". Reencaminha para ", ", ", ") ainda mostra a antiga. ", "Reembolsos para ",
           "Abraço, "),
    "pl": ("Cześć ", ", tak jak prosiłeś: mój nowy adres to ", " a komórka ",
           ". Przekaż to proszę do ", ", ", ") nadal pokazuje stary. ", "Zwroty na ",
           "Pozdrawiam, "),
    "sv": ("Hej ", ", som du bad om: min nya adress är ", " och mobilen ",
           ". Skicka vidare till ", ", ", ") visar fortfarande den gamla. ",
           "Återbetalningar till ", "Hälsningar, "),
}


def t_dsn(c):
    """A delivery-status notification with the returned message: encoded-word headers and a
    quoted-printable body whose soft line breaks cut values."""
    c.shape("DSN bounce", "MIME encoded-words (Q)", "quoted-printable body", "soft line breaks")
    w, r = W(), c.rng
    first = True
    while c.more(w) or first:
        first = False
        p, q = c.person(), c.person()
        bnd = "----=_Part_%s_%s.%s" % (c.num(5), c.num(9), c.num(13))
        w.t("From: Mail Delivery System <MAILER-DAEMON@mx%d.%s>\nMessage-ID: " % (
            r.randint(1, 9), r.choice(["posteo.de", "ovh.net", "one.com"])))
        w.s("NEG_MIME", "<%s.%s@mx.%s>" % (c.num(8), c.num(6), r.choice(["mail.net", "smtp.eu"])))
        w.t("\nContent-Type: multipart/report; report-type=delivery-status;\n boundary=\"")
        w.s("NEG_MIME", bnd).t("\"\nX-Spam-Report: ")
        c.balance(w, "", ", ", "", least=3)
        w.t("\n\n--" + bnd + "\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; ")
        w.s("EMAIL_ADDRESS", q.email).t("\nStatus: 5.1.1\nLast-Attempt-Date: ")
        w.s("NEG_DATE", c.ndate())
        w.t("\n\n--" + bnd + "\nContent-Type: message/rfc822\n\nFrom: =?UTF-8?Q?")
        w.s("PERSON", "".join(qp_char(ch) for ch in p.full).replace(" ", "_")).t("?= <")
        w.s("EMAIL_ADDRESS", p.email).t(">\nTo: =?utf-8?q?")
        w.s("PERSON", "".join(qp_char(ch) for ch in q.full).replace(" ", "_")).t("?= <")
        w.s("EMAIL_ADDRESS", q.email).t(">\nSubject: =?UTF-8?Q?").s("NEG_ID", "Re:_" + c.num(6))
        w.t("?=\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: "
            "quoted-printable\n\n")
        body = W()
        hi, new, mob, fwd, at, form, pay, bye = MAILTEXT[c.lg]
        body.t(hi).s("PERSON", q.given).t(new).s("STREET_ADDRESS", p.address)
        body.t(mob).s("PHONE_NUMBER", p.phone).t(fwd).s("PERSON", q.full).t(at)
        body.s("EMAIL_ADDRESS", q.email).t(" \u2014 (").s("NEG_PLACEHOLDER", r.choice(PLACEHOLDERS))
        body.t(form)
        if r.random() < 0.5:
            body.t(pay).s("IBAN_CODE", p.iban).t(". ")
        body.t(bye).s("PERSON", p.given).t("\n")
        qp = soft_wrap(encode(body, qp_char), 76, "=\n")
        w.add(qp).t("\n--" + bnd + "\nContent-Type: text/plain\n\n")
        c.balance(w, "Filter notes: ", ", ", "\n--" + bnd + "--\n\n")
    return w


def t_links(c):
    """Links a phone's share sheet produced: percent- and form-encoded values in maps, mailto,
    sms, calendar and contact links; a redirect encoded twice."""
    c.shape("share-sheet links", "percent-encoding", "form encoding (+)", "double encoding %2540")
    w, r = W(), c.rng
    while c.more(w):
        p = c.person()
        plus = r.random() < 0.5
        w.t("- maps: https://www.google.com/maps/dir/?api=1&destination=")
        w.s("STREET_ADDRESS", pct(p.address, plus)).t("&travelmode=transit&utm_campaign=")
        w.s("NEG_ID", "share_" + c.num(5)).t("\n- mail: mailto:").s(
            "EMAIL_ADDRESS", pct(p.email, safe=r.choice(["", "@"])))
        w.t("?subject=").s("NEG_PLACEHOLDER", pct(r.choice(PLACEHOLDERS))).t("&body=")
        w.s("PERSON", pct(p.full, plus)).t(pct(", ", plus)).s("PHONE_NUMBER", pct(p.phone, plus))
        w.t("\n- sms: sms:").s("PHONE_NUMBER", pct(p.phone.replace(" ", ""))).t("?body=")
        w.t(pct("Key is under the mat at ", plus)).s("NEG_STREET", pct(c.street_only(), plus))
        w.t("\n- contact: https://contacts.app.link/add?n=").s("PERSON", pct(p.surname)).t("%3B")
        w.s("PERSON", pct(p.given)).t("&tel=").s("PHONE_NUMBER", pct(p.phone)).t("&v=")
        w.s("NEG_VERSION", c.ver()).t("\n- login: https://id.")
        w.t(r.choice(["shop.eu", "portal.io"]) + "/continue?redirect=")
        inner = "https://members.example.net/profile?email=" + pct(p.email)
        w.t(pct(inner[:inner.index("email=") + 6]))
        w.s("EMAIL_ADDRESS", pct(pct(p.email))).t("\n- file: https://drive.")
        w.t("cloud.net")
        w.s("NEG_PATH", pct("/Shared/Quarterly Report %d.pdf" % r.randint(2019, 2025),
                                          safe="/")).t("\n")
        if r.random() < 0.3:
            w.t("- transfer: bank://pay?iban=").s("IBAN_CODE", pct(" ".join(p.iban_groups), plus))
            w.t("&name=").s("PERSON", pct(p.full, plus)).t("\n")
        c.balance(w, "- note: https://notes.app/new?text=", pct(", "), "\n", pct)
    return w


def t_jsonstr(c):
    """Queue messages and storage dumps whose values are JSON documents inside JSON strings."""
    c.shape("queue receive-message output", "JSON inside a JSON string", "\\u escapes inside")
    w, r = W(), c.rng
    w.t('{\n  "Messages": [\n')
    first = True
    while c.more(w):
        p = c.person()
        ascii_ = r.random() < 0.5
        inner = W()
        inner.t('{"event":"profile.updated","id":').s("NEG_ID", c.num(9)).t(',"user":{"name":"')
        inner.s("PERSON", jesc(p.full, ascii_)).t('","email":"').s("EMAIL_ADDRESS", p.email)
        inner.t('","phone":"').s("PHONE_NUMBER", p.phone).t('","address":"')
        inner.s("STREET_ADDRESS", jesc(p.address, ascii_)).t('","birthDate":"')
        inner.s("DATE_OF_BIRTH", "%d-%02d-%02d" % p.dob_ymd).t('"}')
        if r.random() < 0.4:
            inner.t(',"payment":{"pan":"').s("CREDIT_CARD", " ".join(p.card_groups)).t('"}')
        inner.t(',"template":"')
        inner.s("NEG_PLACEHOLDER", r.choice(PLACEHOLDERS)).t('","sdk":"').s("NEG_VERSION", c.ver())
        inner.t('"}')
        if not first:
            w.t(",\n")
        first = False
        w.t('    {\n      "MessageId": "').s("NEG_ID", "%s-%s" % (c.num(8), c.num(4)))
        w.t('",\n      "Body": "').add(encode(inner, lambda ch, i: jesc(ch)))
        w.t('",\n      "Attributes": {"SentTimestamp": "').s("NEG_ID", c.num(13)).t('", "Tags": "')
        c.balance(w, "", ", ", '"}\n    }', jesc)
    return w.t("\n  ]\n}\n")


def csvq(s):
    return s.replace('"', '""')


def t_contacts(c):
    """A phone's contacts export as CSV: quoted 'Surname, Given', doubled quotes, a quoted
    multi-line notes field."""
    c.shape("contacts CSV export", "CSV quoting", "doubled quotes", "quoted line breaks")
    w, r = W(), c.rng
    w.t("Name,Given Name,Family Name,E-mail 1 - Value,Phone 1 - Value,Address 1 - Formatted,"
        "Notes,Group Membership\n")
    while c.more(w):
        p = c.person()
        w.t('"').s("PERSON", csvq(p.surname + ", " + p.given)).t('",')
        w.s("PERSON", p.given).t(",")
        if "'" in p.surname or " " in p.surname or r.random() < 0.3:
            w.t('"').s("PERSON", csvq(p.surname)).t('",')
        else:
            w.s("PERSON", p.surname).t(",")
        w.s("EMAIL_ADDRESS", p.email).t(",").s("PHONE_NUMBER", p.phone).t(',"')
        w.cut("STREET_ADDRESS", [csvq(p.street_line), csvq(p.town_line)], "\n")
        w.t('","')
        if r.random() < 0.5:
            w.t('Calls herself ""').s("PERSON", p.given[:3] + "i").t('"" ; ')
        w.t("%s " % BIRTH[c.lg][1]).s("DATE_OF_BIRTH", p.dob).t('; met at ""')
        w.s("NEG_ORG", csvq(c.firm())).t('""; ')
        c.balance(w, "", "; ", '",* myContacts ::: ', csvq)
        w.s("NEG_ID", c.num(6)).t("\n")
    return w


def t_pglog(c):
    """A PostgreSQL server log with statements logged: SQL literals with doubled quotes and
    E'' escapes, bind parameters in DETAIL lines."""
    c.shape("PostgreSQL server log", "SQL literals", "doubled quotes", "bind parameters")
    w, r = W(), c.rng

    def sq(s):
        return s.replace("'", "''")
    while c.more(w):
        p = c.person()
        ts = "%s %02d:%02d:%02d.%03d CET" % (c.ndate(), r.randint(0, 23), r.randint(0, 59),
                                             r.randint(0, 59), r.randint(0, 999))
        w.t("%s [%s] app@crm LOG:  statement: UPDATE members SET full_name = '" % (ts, c.num(5)))
        w.s("PERSON", sq(p.full)).t("', street = '").s("STREET_ADDRESS", sq(p.address))
        w.t("', phone = '").s("PHONE_NUMBER", p.phone).t("' WHERE id = ").s("NEG_ID", c.num(6))
        w.t(";\n%s [%s] app@crm LOG:  execute <unnamed>: INSERT INTO contacts (email, born, "
            "nickname) VALUES ($1, $2, $3)\n" % (ts, c.num(5)))
        w.t("%s [%s] app@crm DETAIL:  parameters: $1 = '" % (ts, c.num(5)))
        w.s("EMAIL_ADDRESS", p.email)
        w.t("', $2 = '").s("DATE_OF_BIRTH", "%d-%02d-%02d" % p.dob_ymd).t("', $3 = '")
        w.s("PERSON", sq(p.given)).t("'\n")
        if r.random() < 0.3:
            w.t("%s [%s] app@crm ERROR:  duplicate key value violates unique constraint "
                "\"payout_iban_key\"\n%s DETAIL:  Key (iban)=(" % (ts, c.num(5), ts))
            w.s("IBAN_CODE", p.iban).t(") already exists.\n")
        w.t("%s [%s] app@crm LOG:  duration: %d.%03d ms  statement: SELECT * FROM streets WHERE "
            "name = '" % (ts, c.num(5), r.randint(0, 90), r.randint(0, 999)))
        w.s("NEG_STREET", sq(c.street_only())).t("' AND client = '").s("NEG_ORG", sq(c.firm()))
        w.t("' -- ").s("NEG_VERSION", "pg " + c.ver()).t("\n")
        c.balance(w, "%s [%s] app@crm LOG:  statement: SELECT tag FROM tags WHERE note IN ('"
                  % (ts, c.num(5)),
                  "', '", "');\n", lambda x: x.replace("'", "''"))
    return w


def shq(s):
    return "'" + s.replace("'", "'\\''") + "'"


def t_xtrace(c):
    """A cron job's shell trace (set -x) and a process listing: single-quote closing and
    re-opening, backslash-escaped spaces, $'..' escapes."""
    c.shape("bash -x trace mailed by cron", "shell quoting", "backslash escapes", "ps listing")
    w, r = W(), c.rng
    w.t("Subject: Cron <deploy@").t(r.choice(["batch01", "ops-vm", "nas"]))
    w.t("> /opt/remind/run.sh\n\n")
    while c.more(w):
        p = c.person()
        w.t("+ NAME='").s("PERSON", p.full.replace("'", "'\\''")).t("'")
        w.t("\n+ ./send_reminder --to ").s("EMAIL_ADDRESS", p.email).t(" --name ")
        w.t("'").s("PERSON", p.full.replace("'", "'\\''")).t("' --tel ")
        w.s("PHONE_NUMBER", p.phone.replace(" ", "\\ ")).t(" --template ")
        w.s("NEG_PLACEHOLDER", shq(r.choice(PLACEHOLDERS))).t(" --client ")
        w.s("NEG_VERSION", c.ver()).t("\n+ printf '%s\\n' ").t("'")
        w.s("STREET_ADDRESS", p.address.replace("'", "'\\''")).t("'\n")
        w.s("STREET_ADDRESS", p.address).t("\n")
        w.t("deploy  %s  0.0  0.1 python3 notify.py --recipient=" % c.num(5))
        w.s("PERSON", p.full.replace(" ", "\\ ").replace("'", "\\'")).t(" --order ")
        w.s("NEG_ID", c.num(8)).t(" --street ").s("NEG_STREET", shq(c.street_only())).t("\n")
        c.balance(w, "# ", "; ", "\n")
    return w


def t_httpdump(c):
    """Raw requests as a print service's debug endpoint dumped them: header lines with
    percent-encoded and encoded-word values, filename*= parameters, a JSON body."""
    c.shape("raw HTTP request dump", "header lines", "filename*=UTF-8''", "encoded-words")
    w, r = W(), c.rng
    while c.more(w):
        p = c.person()
        w.t("POST /v2/jobs HTTP/1.1\r\nHost: print.").t(r.choice(["copyshop.eu", "drukarnia.pl"]))
        w.t("\r\nUser-Agent: ").s("NEG_PRODUCT", r.choice(PRODUCTS)).t("/")
        w.s("NEG_VERSION", c.ver())
        w.t("\r\nX-Request-Id: ").s("NEG_ID", "%s-%s" % (c.num(8), c.num(4)))
        w.t("\r\nX-Debug-Tags: ")
        c.balance(w, "", "; ", "", least=3)
        w.t("\r\nFrom: ").s("EMAIL_ADDRESS", p.email)
        w.t("\r\nX-Customer-Name: ")
        if r.random() < 0.5:
            w.s("PERSON", pct(p.full))
        else:
            w.t("=?utf-8?q?").s("PERSON", "".join(qp_char(ch) for ch in p.full).replace(" ", "_"))
            w.t("?=")
        w.t("\r\nX-Callback-Phone: ").s("PHONE_NUMBER", pct(p.phone))
        fn = p.given + "_" + p.surname
        w.t("\r\nContent-Disposition: attachment; filename*=UTF-8''Vollmacht_")
        w.s("PERSON", pct(fn, safe="_")).t(".pdf\r\nContent-Type: application/json\r\n\r\n")
        w.t('{"deliver_to":"').s("STREET_ADDRESS", jesc(p.address)).t('","color":"')
        w.s("NEG_COLOR", c.colour()).t('","copies":').t(str(r.randint(1, 9))).t('}\r\n\r\n')
    return w


def t_frontmatter(c):
    """Speaker pages' YAML front matter: single-quoted scalars with doubled quotes,
    double-quoted with \\u escapes, folded and literal blocks cutting an address."""
    c.shape("static-site front matter", "YAML quoted scalars", "YAML folded scalars", "\\u escapes")
    w, r = W(), c.rng
    while c.more(w):
        p = c.person()
        w.t("---\ntitle: Talk by ")
        k = r.random()
        if k < 0.35:
            w.t("'").s("PERSON", p.full.replace("'", "''")).t("'")
        elif k < 0.7:
            w.t('"').s("PERSON", jesc(p.full, True)).t('"')
        else:
            w.s("PERSON", p.full)
        w.t("\nlayout: speaker\ndate: ").s("NEG_DATE", c.ndate()).t("\nspeaker:\n  email: '")
        w.s("EMAIL_ADDRESS", p.email).t("'\n  phone: \"")
        w.s("PHONE_NUMBER", p.phone.replace(" ", "\\u00A0" if r.random() < 0.4 else " "))
        w.t("\"\n  postal: >-\n    ")
        w.cut("STREET_ADDRESS", [p.street_line + ",", p.town_line], "\n    ")
        w.t("\n  bio: |\n    ").s("PERSON", p.given).t(" maintains ")
        w.s("NEG_PRODUCT", r.choice(PRODUCTS))
        w.t(" plugins and lives near ").s("NEG_STREET", c.street_only()).t(".\ntheme_color: '")
        w.s("NEG_COLOR", c.colour()).t("'\ngreeting: \"Hi ")
        w.s("NEG_PLACEHOLDER", r.choice(PLACEHOLDERS))
        w.t("\"\n")
        c.balance(w, "# ", "\n# ", "\n---\n\n")
    return w


TRANSPORT = [t_dsn, t_links, t_jsonstr, t_contacts, t_pglog, t_xtrace, t_httpdump,
             t_frontmatter]
