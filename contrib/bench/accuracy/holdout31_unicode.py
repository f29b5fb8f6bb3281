"""holdout31_unicode.py: the unicode family of the thirty-first blind set: the characters around
and inside a value (no-break, thin and invisible characters, bidi marks, full-width forms,
decomposed accents, typographic marks) and values as JSON values other than one string.

Each builder writes its artefact through holdout31_docs' `Ctx` as a `W`; a value cut over array
elements is one span per element (a piece), an element under three characters left unlabelled.
"""
from holdout31_docs import PRODUCTS, jesc
from holdout31_values import ADDR_WORD, BIRTH, FULLWIDTH, NAME_WORD, PHONE_WORD, W, nfd

SPACES = ["\u00a0", "\u202f", "\u2009", "\u2007", " "]
DASHES = ["\u2011", "\u2013", "\u2010", "-"]
INVIS = ["\u200b", "\u200d", "\u00ad", "\u2060"]


def sprinkle(rng, v, chars, n=1):
    """v with n invisible characters put inside (never first or last)."""
    for _ in range(n):
        if len(v) < 3:
            break
        k = rng.randint(1, len(v) - 1)
        v = v[:k] + rng.choice(chars) + v[k:]
    return v


def u_copied(c):
    """A reservation or pickup notice copied out of an app or PDF: no-break, narrow and thin
    spaces, invisible characters inside values, bidi marks, typographic apostrophes, NFD."""
    c.shape("text copied from an app/PDF", "no-break and thin spaces", "zero-width and soft hyphen",
            "bidi marks", "typographic apostrophe", "NFD accents")
    w, r = W(), c.rng
    while c.more(w):
        p = c.person()
        name = p.full.replace("'", "\u2019")
        if r.random() < 0.5:
            name = nfd(name)
        if r.random() < 0.4:
            name = sprinkle(r, name, INVIS)
        w.t("Reservation ").s("NEG_ID", "R" + c.num(7)).t(" \u2014 ").s("NEG_ORG", c.firm())
        w.t("\n%s:\u00a0" % NAME_WORD[c.lg]).s("PERSON", name)
        g = p.phone_groups
        sep = r.choice(SPACES + DASHES)
        ph = g[0] + r.choice(SPACES) + sep.join(g[1:])
        if r.random() < 0.3:
            ph = "\u200e" + ph + "\u200e"
        w.t("\n%s:\u2002" % PHONE_WORD[c.lg]).s("PHONE_NUMBER", ph)
        em = p.email
        if r.random() < 0.5:
            em = sprinkle(r, em, ["\u200b", "\u00ad", "\u2060"])
        w.t("\nE\u2011mail:\u00a0").s("EMAIL_ADDRESS", em)
        addr = p.address.replace(" ", r.choice(["\u00a0", " "]), 1)
        if r.random() < 0.4:
            addr = nfd(addr)
        w.t("\n%s:\u00a0" % ADDR_WORD[c.lg]).s("STREET_ADDRESS", addr)
        if r.random() < 0.35:
            w.t("\n%s\u00a0" % BIRTH[c.lg][0])
            w.s("DATE_OF_BIRTH", p.dob.replace("/", "\u2009/\u2009")
                                                 if r.random() < 0.3 else p.dob)
        if r.random() < 0.3:
            w.t("\nCard:\u00a0").s("CREDIT_CARD", r.choice(SPACES).join(p.card_groups))
        w.t("\nTable for %d\u202fp., %s\u202f19:30, app\u00a0" % (r.randint(2, 8), c.ndate()))
        w.s("NEG_VERSION", c.ver()).t(", promo\u00a0code\u00a0").s("NEG_ID", c.num(6))
        w.t("\nDirections: ").s("NEG_STREET", c.street_only().replace(" ", "\u00a0")).t("\n")
        c.balance(w, "Info:\u00a0", "\u00a0· ", "\n\n", lambda x: x.replace(" ", "\u00a0"))
    return w


def u_fullwidth(c):
    """Business cards read by a card-scanner app set to a CJK locale: full-width digits, ＠ and
    letters inside values, ideographic spaces."""
    c.shape("card-scanner app export", "full-width digits", "full-width ＠ and letters",
            "ideographic space")
    w, r = W(), c.rng

    def fw(s, p=1.0):
        return "".join(FULLWIDTH.get(ch, ch) if r.random() < p else ch for ch in s)
    while c.more(w):
        p = c.person()
        w.t("【名刺】 No.").s("NEG_ID", fw(c.num(5))).t("\n氏名／Name：")
        w.s("PERSON", fw(p.full) if r.random() < 0.4 else p.full.replace(" ", "\u3000"))
        w.t("\n会社：").s("NEG_ORG", c.firm()).t("\nTEL：").s("PHONE_NUMBER", fw(p.phone))
        em = p.email
        if r.random() < 0.5:
            em = em.replace("@", "＠")
        else:
            em = fw(em)
        w.t("\nMAIL：").s("EMAIL_ADDRESS", em)
        w.t("\n住所：").s("STREET_ADDRESS", fw(p.address, 0.6 if r.random() < 0.5 else 0.0))
        if r.random() < 0.3:
            w.t("\n口座：").s("IBAN_CODE", fw(" ".join(p.iban_groups)))
        w.t("\n交換日：").s("NEG_DATE", fw(c.ndate())).t("　アプリ ").s("NEG_VERSION", fw(c.ver()))
        c.balance(w, "\nメモ：", "、", "\n\n", fw)
    return w


def jnum_groups(groups):
    """Groups as JSON numbers when none starts with 0, else as strings."""
    return all(g[0] != "0" for g in groups)


def u_jsonvalues(c):
    """An app's API response where values are JSON values other than one string: numbers,
    arrays of a name's parts or a card's groups, e-mails and names as keys."""
    c.shape("app API response", "phone/card as JSON number", "name as array",
            "value over array elements", "e-mail and name as JSON key")
    w, r = W(), c.rng
    w.t('{\n  "page": ').s("NEG_ID", c.num(3)).t(',\n  "api_version": "').s("NEG_VERSION", c.ver())
    w.t('",\n  "members": {\n')
    first = True
    while c.more(w):
        p = c.person()
        if not first:
            w.t(",\n")
        first = False
        key_is_mail = r.random() < 0.5
        w.t('    "')
        if key_is_mail:
            w.s("EMAIL_ADDRESS", p.email)
        else:
            w.s("PERSON", jesc(p.full))
        w.t('": {\n      "member_no": ').s("NEG_ID", c.num(8)).t(',\n      "name": ')
        if r.random() < 0.6:
            w.t('["').s("PERSON", jesc(p.given), True).t('", "').s("PERSON", jesc(p.surname), True)
            w.t('"]')
        else:
            w.t('{"given": "').s("PERSON", jesc(p.given)).t('", "family": "')
            w.s("PERSON", jesc(p.surname)).t('"}')
        w.t(',\n      "mobile": ')
        k = r.random()
        if k < 0.4:
            w.s("PHONE_NUMBER", p.phone.replace(" ", "").lstrip("+"))
        elif k < 0.7:
            w.t("[")
            gs = p.phone_groups
            for j, g in enumerate(gs):
                if j:
                    w.t(", ")
                if len(g) >= 3:
                    w.t('"').s("PHONE_NUMBER", g, True).t('"')
                else:
                    w.t('"' + g + '"')
            w.t("]")
        else:
            w.t('"').s("PHONE_NUMBER", p.phone).t('"')
        if not key_is_mail:
            w.t(',\n      "email": "').s("EMAIL_ADDRESS", p.email).t('"')
        w.t(',\n      "birth_date": [').s("DATE_OF_BIRTH", "%d, %d, %d" % p.dob_ymd).t("]")
        if r.random() < 0.5:
            w.t(',\n      "card": ')
            if r.random() < 0.5:
                w.s("CREDIT_CARD", p.card)
            elif jnum_groups(p.card_groups):
                w.t("[")
                for j, g in enumerate(p.card_groups):
                    w.t(", " if j else "").s("CREDIT_CARD", g, True)
                w.t("]")
            else:
                w.t('["')
                for j, g in enumerate(p.card_groups):
                    w.t('", "' if j else "").s("CREDIT_CARD", g, True)
                w.t('"]')
        w.t(',\n      "address": {"line": "').s("STREET_ADDRESS", jesc(p.street_line), True)
        w.t('", "town": "').s("STREET_ADDRESS", jesc(p.town_line), True).t('"}')
        w.t(',\n      "orders": [').s("NEG_ID", c.num(7)).t(", ").s("NEG_ID", c.num(7))
        w.t('],\n      "theme": "').s("NEG_COLOR", c.colour()).t('",\n      "joined": "')
        w.s("NEG_DATE", c.ndate()).t('",\n      "points": ').s("NEG_ID", c.num(5))
        w.t(',\n      "tags": ["')
        c.balance(w, "", '", "', '"]\n    }', jesc)
    return w.t("\n  }\n}\n")


def u_finder(c):
    """A scanned-documents folder as `ls -l` and `mdls` print it on a Mac: decomposed accents in
    file names and metadata, names joined by underscores."""
    c.shape("ls/mdls listing", "NFD file names", "underscore-joined names")
    w, r = W(), c.rng
    w.t("$ ls -l ~/Documents/Scans\ntotal %d\n" % r.randint(100, 900))
    while c.more(w):
        p = c.person()
        kind = r.choice(["Lebenslauf", "Mietvertrag", "Attestation", "Contrato", "Umowa", "Intyg"])
        fn = nfd(p.given + "_" + p.surname).replace(" ", "_")
        w.t("-rw-r--r--@ 1 scan  staff  %s %s %s_" % (c.num(6), c.ndate(), kind))
        w.s("PERSON", fn).t("_").s("NEG_DATE", c.ndate().replace(".", "-")).t(".pdf\n")
        w.t("$ mdls -name kMDItemAuthors -name kMDItemAuthorEmailAddresses -name kMDItemCreator "
            "%s_" % kind).t(fn).t(".pdf\nkMDItemAuthorEmailAddresses = (\n    \"")
        w.s("EMAIL_ADDRESS", p.email).t("\"\n)\nkMDItemAuthors = (\n    \"")
        w.s("PERSON", nfd(p.full)).t("\"\n)\nkMDItemCreator = \"")
        w.s("NEG_PRODUCT", r.choice(PRODUCTS))
        w.t(" ").s("NEG_VERSION", c.ver()).t("\"\nkMDItemComment = \"")
        w.s("STREET_ADDRESS", nfd(p.address)).t(" \u2013 ")
        w.s("PHONE_NUMBER", p.phone.replace(" ", "\u2011", 1))
        c.balance(w, "\"\nkMDItemKeywords = (\n    \"", "\",\n    \"", "\"\n)\n")
    return w


def u_seating(c):
    """A room-allocation tool's export: people as JSON keys, phones cut over array strings with
    typographic separators inside, names with typographic apostrophes and hyphens."""
    c.shape("allocation export", "names as JSON keys", "phone over array strings",
            "typographic apostrophe and hyphen", "word joiner")
    w, r = W(), c.rng
    w.t('{"event": "').s("NEG_ORG", c.firm()).t('", "generated": "').s("NEG_DATE", c.ndate())
    w.t('", "rooms": {\n')
    first = True
    while c.more(w):
        p = c.person()
        if not first:
            w.t(",\n")
        first = False
        name = p.full.replace("'", "\u2019").replace("-", "\u2010")
        w.t('  "').s("NEG_ID", "R-" + c.num(3)).t('": {"guests": {"')
        w.s("PERSON", jesc(sprinkle(r, name, ["\u2060"]) if r.random() < 0.3 else name))
        w.t('": {"tel": [')
        g = p.phone_groups
        cut = r.randint(2, len(g) - 1)
        a, b = " ".join(g[:cut]), r.choice(DASHES).join(g[cut:])
        w.t('"').s("PHONE_NUMBER", jesc(a), True).t('", "').s("PHONE_NUMBER", jesc(b), True)
        w.t('"], "mail": "').s("EMAIL_ADDRESS", p.email).t('", "home": "')
        w.s("STREET_ADDRESS", jesc(p.address.replace(" ", "\u00a0", 2))).t('"}}, "colour": "')
        w.s("NEG_COLOR", c.colour()).t('", "floor_plan": "').s("NEG_VERSION", c.ver())
        w.t('", "notes": ["')
        c.balance(w, "", '", "', '"]}', jesc)
    return w.t("\n}}\n")


UNICODE = [u_copied, u_fullwidth, u_jsonvalues, u_finder, u_seating]
