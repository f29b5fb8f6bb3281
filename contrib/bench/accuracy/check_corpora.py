#!/usr/bin/env python3
"""check_corpora.py: the committed labelled corpora are what their generators write, and every
gold span is exact and valid: its text at its offsets is its entity_value, cards pass Luhn, IBANs
pass mod-97 at their registry length, SSNs follow the SSA rules (digits read through any Unicode
Nd script, separators and invisible characters ignored). Exit 1 naming the first problems."""
import base64
import concurrent.futures
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import urllib.parse

here = os.path.dirname(os.path.abspath(__file__))
problems = []


def digits_of(v):
    return "".join(str(unicodedata.digit(c)) for c in v if unicodedata.category(c) == "Nd")


def luhn(d):
    t = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch) * (2 if i % 2 else 1)
        t += n - 9 if n > 9 else n
    return t % 10 == 0


g = {}
exec(open(os.path.join(here, "gen_variants.py")).read().split("# ---- Unicode")[0], g)
IBAN_LEN = {cc: 4 + sum(int(p[:-1]) for p in re.findall(r"\d+[nac]", spec))
            for cc, spec in g["IBAN_REGISTRY"]}
IBAN_LEN["IR"] = 26


def decoded(v):
    """The value as it reads: percent-encoding, HTML entities and \\u escapes (shapes.json), ANSI
    colour codes, `<br>` and `<wbr>` (chars53's HTML) and base64 of a one-member JSON object (shapes2.json) undone."""
    if re.fullmatch(r"[A-Za-z0-9+/]{16,}={0,2}", v):
        try:
            return str(next(iter(json.loads(base64.b64decode(v)).values())))
        except (ValueError, AttributeError):  # not a JSON object (a plain value of uri55)
            pass
    v = re.sub(r"\x1b\[[0-9;]*m|<w?br/?>", "", v)
    v = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), v)
    return html.unescape(urllib.parse.unquote(v))


def check_value(label, v, where):
    v = decoded(v)
    if label == "CREDIT_CARD":
        d = digits_of(v)
        if not (12 <= len(d) <= 19 and luhn(d)):
            problems.append("%s: card %r fails Luhn/length" % (where, v))
    elif label == "IBAN_CODE":
        # a value cut by a line break inside a request body holds the JSON escape `\n` (chars52)
        v = unicodedata.normalize("NFKC", v.replace("\\n", ""))  # full-width letters (frames54)
        s = "".join(str(unicodedata.digit(c)) if unicodedata.category(c) == "Nd" else c.upper()
                    for c in v if c.isalnum())
        if IBAN_LEN.get(s[:2]) != len(s) or int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 != 1:
            problems.append("%s: IBAN %r fails length/mod-97" % (where, v))
    elif label == "US_SSN":
        d = digits_of(v)
        if len(d) != 9 or d[:3] in ("000", "666") or d[0] == "9" or d[3:5] == "00" or d[5:] == "0000":
            problems.append("%s: SSN %r invalid" % (where, v))
    elif label == "PHONE_NUMBER":
        # names_holdout24, spoken51 and spoken52 (noisy text) hold phones spoken in words ("oh
        # seven seven double four ...", "nolla neljä ..."): gold as the words, with no digits to
        # count; only there (and spoken53), and only when the value has no digit at all
        if where.split(" ")[0] in ("names_holdout24.json", "spoken51.json", "spoken52.json",
                                   "spoken53.json", "spoken54.json", "phone55.json", "phone56.json", "spoken59.json") \
                and not digits_of(v):
            return
        # spoken54 mixes digits and digit words in one phone ("zéro sept 4 sept ..."): the words
        # carry the rest of the count
        if where.split(" ")[0] in ("spoken54.json", "phone55.json", "phone56.json") and re.search(r"[^\W\d_]{2}", v):
            return
        if where.split(" ")[0] == "phone56.json":  # entity-escaped separators (`&#32;`, `&#8209;`)
            v = re.sub(r"&#?\w+;", " ", v)
        if where.split(" ")[0] == "phone55.json":  # O/o for zero and l/I for one, typed or OCR'd
            v = v.translate(str.maketrans("OolI", "0011"))
        if where.split(" ")[0] == "phone63.json":  # OCR'd: O for 0, l/I for 1, S for 5, B for 8
            v = v.translate(str.maketrans("OlISB", "01158"))
        if not 7 <= len(digits_of(v)) <= 15:
            problems.append("%s: phone %r has a wrong digit count" % (where, v))


for name in ("variants.json", "names.json", "names_tune2.json", "names_tune3.json", "names_chat.json",
             "dob_addr_tune.json", "addr_tune2.json", "addr_tune3.json", "addr_tune4.json", "addr_tune5.json",
             "dob_tune2.json", "shapes.json", "shapes2.json",
             "names_lookalikes.json", "names_tune4.json", "names_places.json", "dob_tune3.json",
             "names_global.json", "names_tune6.json", "dob_tune4.json", "dob_lookalikes.json",
             "names_tune5.json", "names_unicode.json", "dob_tune5.json", "names_tune7.json",
             "famous.json", "dob7.json", "asr.json", "docs4.json", "dobfam.json", "lexicon_probe.json", "dob8.json", "rosters.json", "forms5.json", "informal.json", "dob9.json", "informal2.json", "forms6.json", "lists2.json", "prose7.json", "dob10.json", "tables7.json", "labels7.json", "dob11.json", "forms30.json", "hl7.json", "profileurl.json", "script2.json", "caps8.json", "particles.json", "kv8.json", "travel8.json", "pci8.json", "reversed8.json", "lowaddr.json", "roles9.json", "dob12.json", "prec9.json", "struct9.json", "chat9.json", "probe9.json", "dob13.json", "fam10b.json", "probe10.json", "fam10a.json", "outside10.json", "dob14.json", "lower11.json", "lex11.json", "dob15.json", "var12.json", "intro12.json", "casual12.json", "street12.json", "var13.json", "chat13.json", "h9tune.json", "dob16.json", "ver14.json", "prec14.json", "h9rec.json", "chat14.json", "audit15.json", "h11gen.json", "dob17.json", "h11neg.json", "h12dobgen.json", "h12genp.json", "prec38.json", "h12gens.json", "rec39.json", "grid39.json", "addr39.json", "orgs39.json", "struct40.json", "street40.json", "rec40.json", "tech41.json", "dob41.json", "prose41.json", "review41.json", "tech42.json", "dob42.json", "leaks42.json", "forms42.json", "ops15.json", "leaks43.json", "reg15.json", "dob43.json", "fp43.json", "fp44.json", "phone44.json", "dob44.json", "leaks44.json", "forms44.json", "prose44.json", "phone45.json", "fp45.json", "forms45.json", "dob45.json", "leaks45.json", "dob46.json", "leaks46.json", "prec46.json", "lines47.json", "blocks47.json", "fmt47.json", "dob47.json", "prec47.json", "dob48.json", "keys48.json", "phone48.json", "recall49.json", "dob49.json", "agent49.json", "lone49.json", "keys49.json", "chars57.json", "phone56.json", "scan56.json", "wrap56.json", "typed56.json", "noisy56.json", "uri55.json", "phone55.json", "code55.json", "wrap55.json", "typed55.json", "scan55.json", "scan54.json", "spoken54.json", "wrap54.json", "typed54.json", "frames54.json", "where54.json", "scan53.json", "chars53.json", "typed53.json", "where53.json", "leaks53.json", "spoken53.json", "prec52.json", "scan52.json", "typed52.json", "leaks52.json", "spoken52.json", "chars52.json", "markup51.json", "ocr51.json", "spoken51.json", "leaks51.json", "markup50.json", "prose50.json", "struct50.json", "fid50.json", "turns50.json", "left50.json", "ask57.json", "scan57.json", "chars58.json", "street58.json", "dob58.json", "chat58.json", "scanp58.json", "typed59.json", "tools59.json", "street59.json", "spoken59.json", "thread59.json", "spokenp59b.json", "review59b.json", "tools60.json", "typedp60.json", "scan60.json", "ops60.json", "calls61.json", "lower61.json", "caps61.json", "rag61.json", "inflectp62.json", "dob62.json", "phone62.json", "dobmix63.json", "sametok63.json", "typed63.json", "phone63.json", "addr63.json", "stems63.json", "eai64.json", "script64.json", "addrw64.json", "dobw64.json", "rtl65.json", "dobw65.json", "romp65.json", "asia65.json", "cyr65.json", "addrw65.json", "uni66.json", "example66.json", "ent66.json", "runs66.json", "names_holdout18.json", "names_holdout19.json", "names_holdout20.json", "names_holdout21.json", "names_holdout22.json", "names_holdout23.json", "names_holdout24.json", "names_holdout25.json", "names_holdout26.json", "names_holdout27.json", "names_holdout28.json", "names_holdout29.json", "names_holdout30.json", "names_holdout31.json", "names_holdout.json", "names_holdout2.json", "names_holdout3.json", "names_holdout4.json", "names_holdout5.json", "names_holdout6.json", "names_holdout7.json", "names_holdout9.json", "names_holdout10.json", "names_holdout11.json", "names_holdout12.json", "names_holdout13.json", "names_holdout14.json", "names_holdout15.json", "names_holdout16.json", "names_holdout17.json",
             "tables2.json", "addr5.json", "dob6.json", "chat2.json", "context2.json"):
    recs = json.load(open(os.path.join(here, "data", name), encoding="utf-8"))
    for i, r in enumerate(recs):
        t = r["full_text"]
        for s in r["spans"]:
            where = "%s record %d" % (name, i)
            if t[s["start_position"]:s["end_position"]] != s["entity_value"] or not s["entity_value"]:
                problems.append("%s: span %r is not the text at its offsets" % (where, s["entity_value"]))
            # a value cut across two content blocks (fid50's split-* records): each part is a
            # gold span of the value's type, and no part is the whole value
            # names_holdout25 cuts values into pieces (two strings, two blocks, array groups, a
            # line wrapped at 76 columns): its metadata.pieces lists those spans, which alone need
            # not pass a whole value's check; only there, in where53 and wrap54 (the same cuts),
            # and uri55 (base64 gold spans are the 4-character groups that hold a value's bytes)
            # names_holdout31 cuts values by markup and transports (runs, tags, soft line breaks,
            # array elements): its metadata.pieces lists those spans; uni66 (phones and cards
            # over JSON array strings) and runs66 (values cut by markup runs) too
            pieces = r.get("metadata", {}).get("pieces", ()) \
                if name in ("names_holdout25.json", "where53.json", "wrap54.json", "where54.json",
                         "wrap55.json", "code55.json", "uri55.json", "wrap56.json", "chars58.json",
                         "names_holdout31.json", "uni66.json", "runs66.json") else ()
            if not r.get("metadata", {}).get("class", "").startswith("split-") and \
                    r["spans"].index(s) not in pieces:
                check_value(s["entity_type"], s["entity_value"], where)

# Each generated corpus equals what its generator writes, to stdout or to the path it is given.
GENERATED = [("gen_variants.py", "variants.json", True), ("gen_shapes.py", "shapes.json", True),
             ("gen_shapes2.py", "shapes2.json", True),
             ("gen_names_tune2.py", "names_tune2.json", True),
             ("gen_dob_addr.py", "dob_addr_tune.json", True), ("gen_names_tune3.py", "names_tune3.json", True),
             ("gen_names_chat.py", "names_chat.json", True),
             ("gen_addr_tune2.py", "addr_tune2.json", True),
             ("gen_addr_tune3.py", "addr_tune3.json", True),
             ("gen_addr_tune4.py", "addr_tune4.json", True),
             ("gen_addr_tune5.py", "addr_tune5.json", True),
             ("gen_dob_tune2.py", "dob_tune2.json", True),
             ("gen_dob_tune3.py", "dob_tune3.json", True),
             ("gen_dob_tune4.py", "dob_tune4.json", True),
             ("gen_dob_lookalikes.py", "dob_lookalikes.json", True),
             ("gen_dob_tune5.py", "dob_tune5.json", True),
             ("gen_names_lookalikes.py", "names_lookalikes.json", True),
             ("gen_names_tune4.py", "names_tune4.json", True),
             ("gen_names_places.py", "names_places.json", True),
             ("gen_names_global.py", "names_global.json", True),
             ("gen_names_tune6.py", "names_tune6.json", True),
             ("gen_names_tune7.py", "names_tune7.json", True),
             ("gen_names_tune5.py", "names_tune5.json", True),
             ("gen_names_unicode.py", "names_unicode.json", True),
             ("gen_names_holdout2.py", "names_holdout2.json", False),
             ("gen_tables2.py", "tables2.json", True), ("gen_addr5.py", "addr5.json", True),
             ("gen_dob6.py", "dob6.json", True), ("gen_chat2.py", "chat2.json", True),
             ("gen_context2.py", "context2.json", False),
             ("gen_famous.py", "famous.json", False),
             ("gen_dob7.py", "dob7.json", True),
             ("gen_asr.py", "asr.json", True),
             ("gen_docs4.py", "docs4.json", False),
             ("gen_dobfam.py", "dobfam.json", True),
             ("gen_lexicon_probe.py", "lexicon_probe.json", True),
             ("gen_dob8.py", "dob8.json", True),
             ("gen_rosters.py", "rosters.json", True),
             ("gen_forms5.py", "forms5.json", True),
             ("gen_informal.py", "informal.json", True),
             ("gen_dob9.py", "dob9.json", True),
             ("gen_informal2.py", "informal2.json", True),
             ("gen_forms6.py", "forms6.json", True),
             ("gen_lists2.py", "lists2.json", True),
             ("gen_prose7.py", "prose7.json", True),
             ("gen_dob10.py", "dob10.json", True),
             ("gen_tables7.py", "tables7.json", True),
             ("gen_labels7.py", "labels7.json", True),
             ("gen_dob11.py", "dob11.json", True),
             ("gen_forms30.py", "forms30.json", True),
             ("gen_hl7.py", "hl7.json", True),
             ("gen_profileurl.py", "profileurl.json", True),
             ("gen_script2.py", "script2.json", True),
             ("gen_caps8.py", "caps8.json", True),
             ("gen_particles.py", "particles.json", True),
             ("gen_kv8.py", "kv8.json", True),
             ("gen_travel8.py", "travel8.json", True),
             ("gen_pci8.py", "pci8.json", True),
             ("gen_reversed8.py", "reversed8.json", True),
             ("gen_lowaddr.py", "lowaddr.json", True),
             ("gen_roles9.py", "roles9.json", True),
             ("gen_dob12.py", "dob12.json", True),
             ("gen_prec9.py", "prec9.json", True),
             ("gen_struct9.py", "struct9.json", True),
             ("gen_chat9.py", "chat9.json", True),
             ("gen_probe9.py", "probe9.json", True),
             ("gen_dob13.py", "dob13.json", True),
             ("gen_fam10b.py", "fam10b.json", True),
             ("gen_probe10.py", "probe10.json", True),
             ("gen_fam10a.py", "fam10a.json", True),
             ("gen_outside10.py", "outside10.json", True),
             ("gen_dob14.py", "dob14.json", True),
             ("gen_var11.py", "var11.json", True),
             ("gen_lower11.py", "lower11.json", True),
             ("gen_lex11.py", "lex11.json", True),
             ("gen_dob15.py", "dob15.json", True),
             ("gen_var12.py", "var12.json", True),
             ("gen_intro12.py", "intro12.json", True),
             ("gen_casual12.py", "casual12.json", True),
             ("gen_street12.py", "street12.json", True),
             ("gen_var13.py", "var13.json", True),
             ("gen_chat13.py", "chat13.json", True),
             ("gen_h9tune.py", "h9tune.json", True),
             ("gen_dob16.py", "dob16.json", True),
             ("gen_ver14.py", "ver14.json", True),
             ("gen_prec14.py", "prec14.json", True),
             ("gen_h9rec.py", "h9rec.json", True),
             ("gen_chat14.py", "chat14.json", True),
             ("gen_var15.py", "var15.json", True),
             ("gen_audit15.py", "audit15.json", True),
             ("gen_h11gen.py", "h11gen.json", True),
             ("gen_dob17.py", "dob17.json", True),
             ("gen_h11neg.py", "h11neg.json", True),
             ("gen_h12dobgen.py", "h12dobgen.json", True),
             ("gen_h12genp.py", "h12genp.json", True),
             ("gen_var16.py", "var16.json", True),
             ("gen_prec38.py", "prec38.json", True),
             ("gen_h12gens.py", "h12gens.json", True),
             ("gen_rec39.py", "rec39.json", True),
             ("gen_grid39.py", "grid39.json", True),
             ("gen_addr39.py", "addr39.json", True),
             ("gen_orgs39.py", "orgs39.json", True),
             ("gen_struct40.py", "struct40.json", True),
             ("gen_street40.py", "street40.json", True),
             ("gen_rec40.py", "rec40.json", True),
             ("gen_tech41.py", "tech41.json", True),
             ("gen_dob41.py", "dob41.json", True),
             ("gen_prose41.py", "prose41.json", True),
             ("gen_review41.py", "review41.json", True),
             ("gen_tech42.py", "tech42.json", True),
             ("gen_dob42.py", "dob42.json", True),
             ("gen_leaks42.py", "leaks42.json", True),
             ("gen_forms42.py", "forms42.json", True),
             ("gen_ops15.py", "ops15.json", True),
             ("gen_leaks43.py", "leaks43.json", True),
             ("gen_reg15.py", "reg15.json", True),
             ("gen_dob43.py", "dob43.json", True),
             ("gen_fp43.py", "fp43.json", True),
             ("gen_fp44.py", "fp44.json", True),
             ("gen_phone44.py", "phone44.json", True),
             ("gen_dob44.py", "dob44.json", True),
             ("gen_leaks44.py", "leaks44.json", True),
             ("gen_forms44.py", "forms44.json", True),
             ("gen_prose44.py", "prose44.json", True),
             ("gen_phone45.py", "phone45.json", True),
             ("gen_fp45.py", "fp45.json", True),
             ("gen_forms45.py", "forms45.json", True),
             ("gen_dob45.py", "dob45.json", True),
             ("gen_leaks45.py", "leaks45.json", True),
             ("gen_dob46.py", "dob46.json", True),
             ("gen_leaks46.py", "leaks46.json", True),
             ("gen_wrap46.py", "wrap46.json", True),
             ("gen_prec46.py", "prec46.json", True),
             ("gen_lines47.py", "lines47.json", True),
             ("gen_blocks47.py", "blocks47.json", True),
             ("gen_fmt47.py", "fmt47.json", True),
             ("gen_dob47.py", "dob47.json", True),
             ("gen_prec47.py", "prec47.json", True),
             ("gen_dob48.py", "dob48.json", True),
             ("gen_keys48.py", "keys48.json", True),
             ("gen_phone48.py", "phone48.json", True),
             ("gen_keys49.py", "keys49.json", True),
             ("gen_lone49.py", "lone49.json", True),
             ("gen_agent49.py", "agent49.json", True),
             ("gen_dob49.py", "dob49.json", True),
             ("gen_fid49.py", "fid49.json", True),
             ("gen_recall49.py", "recall49.json", True),
             ("gen_left50.py", "left50.json", True),
             ("gen_turns50.py", "turns50.json", True),
             ("gen_fid50.py", "fid50.json", True),
             ("gen_struct50.py", "struct50.json", True),
             ("gen_prose50.py", "prose50.json", True),
             ("gen_markup50.py", "markup50.json", True),
             ("gen_leaks51.py", "leaks51.json", True),
             ("gen_spoken51.py", "spoken51.json", True),
             ("gen_ocr51.py", "ocr51.json", True),
             ("gen_markup51.py", "markup51.json", True),
             ("gen_chars52.py", "chars52.json", True),
             ("gen_spoken52.py", "spoken52.json", True),
             ("gen_leaks52.py", "leaks52.json", True),
             ("gen_typed52.py", "typed52.json", True),
             ("gen_scan52.py", "scan52.json", True),
             ("gen_prec52.py", "prec52.json", True),
             ("gen_spoken53.py", "spoken53.json", True),
             ("gen_leaks53.py", "leaks53.json", True),
             ("gen_where53.py", "where53.json", True),
             ("gen_typed53.py", "typed53.json", True),
             ("gen_chars53.py", "chars53.json", True),
             ("gen_scan53.py", "scan53.json", True),
            ("gen_where54.py", "where54.json", True),
             ("gen_frames54.py", "frames54.json", True),
             ("gen_typed54.py", "typed54.json", True),
             ("gen_wrap54.py", "wrap54.json", True),
             ("gen_spoken54.py", "spoken54.json", True),
             ("gen_scan54.py", "scan54.json", True),
             ("gen_scan55.py", "scan55.json", True),
             ("gen_typed55.py", "typed55.json", True),
             ("gen_wrap55.py", "wrap55.json", True),
             ("gen_code55.py", "code55.json", True),
             ("gen_phone55.py", "phone55.json", True),
             ("gen_uri55.py", "uri55.json", True),
             ("gen_noisy56.py", "noisy56.json", True),
             ("gen_typed56.py", "typed56.json", True),
             ("gen_wrap56.py", "wrap56.json", True),
             ("gen_scan56.py", "scan56.json", True),
             ("gen_phone56.py", "phone56.json", True),
             ("gen_chars57.py", "chars57.json", True),
             ("gen_ask57.py", "ask57.json", True),
             ("gen_chat58.py", "chat58.json", True),
             ("gen_sms57.py", "sms57.json", True),
             ("gen_scan57.py", "scan57.json", True),
             ("gen_chars58.py", "chars58.json", True),
             ("gen_street58.py", "street58.json", True),
             ("gen_dob58.py", "dob58.json", True),
             ("gen_scanp58.py", "scanp58.json", True),
             ("gen_typed59.py", "typed59.json", True),
             ("gen_tools59.py", "tools59.json", True),
             ("gen_scan59.py", "scan59.json", True),
             ("gen_street59.py", "street59.json", True),
             ("gen_spoken59.py", "spoken59.json", True),
             ("gen_thread59.py", "thread59.json", True),
             ("gen_dev59b.py", "dev59b.json", True),
             ("gen_spokenp59b.py", "spokenp59b.json", True),
             ("gen_review59b.py", "review59b.json", True),
             ("gen_tools60.py", "tools60.json", True),
             ("gen_typedp60.py", "typedp60.json", True),
             ("gen_review60.py", "review60.json", True),
             ("gen_scan60.py", "scan60.json", True),
             ("gen_ops60.py", "ops60.json", True),
             ("gen_calls61.py", "calls61.json", True),
             ("gen_lower61.py", "lower61.json", True),
             ("gen_caps61.py", "caps61.json", True),
             ("gen_rag61.py", "rag61.json", True),
             ("gen_inflectp62.py", "inflectp62.json", True),
             ("gen_inflects62.py", "inflects62.json", True),
             ("gen_dob62.py", "dob62.json", True),
             ("gen_phone62.py", "phone62.json", True),
             ("gen_dobmix63.py", "dobmix63.json", True),
             ("gen_sametok63.py", "sametok63.json", True),
             ("gen_typed63.py", "typed63.json", True),
             ("gen_phone63.py", "phone63.json", True),
             ("gen_addr63.py", "addr63.json", True),
             ("gen_stems63.py", "stems63.json", True),
             ("gen_eai64.py", "eai64.json", True),
             ("gen_script64.py", "script64.json", True),
             ("gen_addrw64.py", "addrw64.json", True),
             ("gen_dobw64.py", "dobw64.json", True),
             ("gen_rtl65.py", "rtl65.json", True),
             ("gen_dobw65.py", "dobw65.json", True),
             ("gen_romp65.py", "romp65.json", True),
             ("gen_asia65.py", "asia65.json", True),
             ("gen_cyr65.py", "cyr65.json", True),
             ("gen_addrw65.py", "addrw65.json", True),
             ("gen_uni66.py", "uni66.json", True),
             ("gen_example66.py", "example66.json", True),
             ("gen_ent66.py", "ent66.json", True),
             ("gen_runs66.py", "runs66.json", True),
             ("gen_names_holdout3.py", "names_holdout3.json", False),
             ("gen_names_holdout4.py", "names_holdout4.json", False),
             ("gen_names_holdout5.py", "names_holdout5.json", False),
             ("gen_names_holdout6.py", "names_holdout6.json", False),
             ("gen_names_holdout7.py", "names_holdout7.json", False),
             ("gen_names_holdout8.py", "names_holdout8.json", False),
             ("gen_names_holdout9.py", "names_holdout9.json", False),
             ("gen_names_holdout10.py", "names_holdout10.json", False),
             ("gen_names_holdout11.py", "names_holdout11.json", False),
             ("gen_names_holdout12.py", "names_holdout12.json", True),
             ("gen_names_holdout13.py", "names_holdout13.json", True),
             ("gen_names_holdout14.py", "names_holdout14.json", True),
             ("gen_names_holdout15.py", "names_holdout15.json", True),
             ("gen_names_holdout16.py", "names_holdout16.json", True),
             ("gen_names_holdout17.py", "names_holdout17.json", True),
             ("gen_names_holdout18.py", "names_holdout18.json", True),
             ("gen_names_holdout19.py", "names_holdout19.json", True),
             ("gen_names_holdout20.py", "names_holdout20.json", True),
             ("gen_names_holdout21.py", "names_holdout21.json", True),
             ("gen_names_holdout22.py", "names_holdout22.json", True),
             ("gen_names_holdout23.py", "names_holdout23.json", True),
             ("gen_names_holdout24.py", "names_holdout24.json", True),
             ("gen_names_holdout25.py", "names_holdout25.json", True),
             ("gen_names_holdout26.py", "names_holdout26.json", True),
             ("gen_names_holdout27.py", "names_holdout27.json", True),
             ("gen_names_holdout28.py", "names_holdout28.json", True),
             ("gen_names_holdout29.py", "names_holdout29.json", True),
             ("gen_names_holdout30.py", "names_holdout30.json", True),
             ("gen_names_holdout31.py", "names_holdout31.json", True)]
def regenerate(entry):
    gen, data, to_stdout = entry
    with tempfile.TemporaryDirectory() as d:
        cmd = [sys.executable, os.path.join(here, gen)] + ([] if to_stdout else [os.path.join(d, data)])
        out = subprocess.run(cmd, capture_output=True, check=True).stdout
        if not to_stdout:
            out = open(os.path.join(d, data), "rb").read()
    if out != open(os.path.join(here, "data", data), "rb").read():
        return "data/%s is not what %s writes" % (data, gen)
    return None


# the generators run as separate processes, one per core (the whole check took 2m20 on one core,
# past five minutes on a loaded machine); problems are reported in GENERATED's order
with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
    problems.extend(p for p in pool.map(regenerate, GENERATED) if p)
with tempfile.TemporaryDirectory() as d:
    subprocess.run([sys.executable, os.path.join(here, "build_devtext.py"), "snapshot", d],
                   capture_output=True, check=True)
    for f in sorted(os.listdir(d)):
        if open(os.path.join(d, f), "rb").read() != \
                open(os.path.join(here, "data", "devtext", f), "rb").read():
            problems.append("data/devtext/%s is not what build_devtext.py writes" % f)

for p in problems[:20]:
    print(p)
print("%d problems" % len(problems))
sys.exit(1 if problems else 0)
