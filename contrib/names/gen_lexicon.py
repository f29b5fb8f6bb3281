#!/usr/bin/env python3
"""gen_lexicon.py: builds anonymize/names_lexicon.c, the NAMES pack's table of name words.

Sources (all MIT, fetched with `npm pack` into a temporary directory):
  - gender-detection-from-name 1.11.5: given names for de, en, es, fr, it;
  - @cspell/dict-people-names 1.1.16: ~39,000 given names and surnames from many cultures;
  - @faker-js/faker 10.6.0 (MIT, "Faker - Copyright (c) 2022-2025", contributors listed in the
    faker-js/faker repository): the person.first_name / last_name lists of the locales in FAKER
    (names of South Asian, West and South African, Turkish, Slavic, Baltic, Hungarian, Romanian,
    Nordic, Indonesian, Vietnamese, Central Asian origin), read with node from the package's
    locale modules. Latin-script lists are taken as written; el, ru, uk are transliterated
    (romanised as English-language text writes them: "Dimitrios", "Sergey", "Oleksandr"), ko
    given names romanised syllable by syllable (Revised Romanization without sound changes, the
    way names are written in passports: "Minjun", "Seoyeon"). Their first names are given names
    (flag 1), their last names people-list names (flag 4); a Vietnamese name is split into its
    syllables, each flag 4 ("Minh", "Nguyễn"), since a syllable alone is no sure given name.
    Korean surnames are written by convention, not by the rule ("Kim", "Lee", "Park"): the few
    of KO_SURNAMES, written for this file. zh_CN and zh_TW names are written in pinyin without
    tones by pinyin-pro ("伟宸" -> "Weichen", surnames read as surnames: "单" -> "Shan");
  - pinyin-pro 3.29.4 (MIT, Copyright (c) 2022-present zh-lx): only run, to write faker's
    Chinese names in pinyin; nothing of it is copied.
  - @faker-js/faker's nl, nl_BE, pt_BR, pt_PT and de_CH lists (FAKER_LATER) and php-faker
    1.20.0+dfsg-1 (Debian package, Expat/MIT, Copyright 2011 François Zaninotto and others;
    fetched with `apt-get download`, its Person.php arrays read): first, middle and last names of
    PHP_LOCALES (Dutch, Flemish, Portuguese, Brazilian, Polish, Turkish, Nordic, Icelandic,
    Baltic, Indian, Nigerian, Ugandan, South African). A word only they bring in carries flags
    32 and 64; one that is an ordinary word (LATER_DICTS, Portuguese and Brazilian included, or
    a proper noun or German noun of the English and German lists) is not taken, unless it is
    new and two of those lists have it, then it is marked ordinary (flag 16: "Merel", "João");
  - ruby-faker 2.21.0-1 (Debian package, Expat/MIT, Copyright 2007-2010 Benjamin Curtis),
    fetched the same way: the first-name lists of RUBY_LOCALES (nl: ~10,000 given names), taken
    by the same rules and flags; ruby-ffaker 2.20.0-1 (Debian package, Expat/MIT, Copyright
    2013 Emmanuel Oga, 2007 Benjamin Curtis): the name_XX data files of FFAKER_LOCALES (Polish,
    Brazilian, Indian, Gambian, Senegalese given names and surnames, Filipino surnames);
  - GIVEN_EXTRA: a few given names common in multinational teams that no list above has as a
    given name ("Rajesh", "Tunde", "Giorgos"), written for this file.
Debian word lists (wamerican, wngerman, wfrench, wdutch, wspanish, witalian; only read, nothing
of them is copied) mark names that are also ordinary words ("Will", "Rose", "Page"), which the
scanner trusts less. A word of faker's lists (or GIVEN_EXTRA) that is an ordinary lower-case word
of one of them is not taken at all ("Valid", "Jail", "Server" are in faker's tr/id lists), so
those words keep the flags the first two sources gave them; a word only faker brings in also
carries flag 32 (ANON_NL_GLOBAL), which the scanner ignores and lexicon_words.py uses to leave
those words out, so that the corpus generators that invent names "in no lexicon word" still write
the corpora they wrote. The table has at least twice as many slots as words (load <= 0.5).

Usage: contrib/names/gen_lexicon.py > anonymize/names_lexicon.c
       (needs npm, node, apt-get, dpkg-deb and the word lists: wamerican wngerman wfrench wdutch
       wspanish witalian wportuguese wbrazilian)
       contrib/names/gen_lexicon.py --rehash anonymize/names_lexicon.c > new.c
       (the same words and flags, read back from a generated file: a new table, no npm)
The lookup key is the word lower-cased the way names.c lower-cases (ASCII and Latin-1 only), the
table open addressing with linear probing. The hash (lex_hash(), names_words.c's nw_lex_hash()
must compute the same) takes the key 8 bytes at a time as little-endian words, the last padded
with zeros: h = len, h = (h ^ chunk) * K per chunk, then h = (h ^ h >> 32) * K, and the slot is
bits 32.. of h; a word or two of multiplies instead of a byte-serial FNV. The blob ends in 8 zero
bytes so that the reader may load a slot's word 8 bytes at a time.
"""
import os, re, subprocess, sys, tarfile, tempfile

PKGS = ["gender-detection-from-name@1.11.5", "@cspell/dict-people-names@1.1.16",
        "@faker-js/faker@10.6.0", "pinyin-pro@3.29.4"]
# faker locales whose person names are in Latin script, and those transliterated here
FAKER = ["en_IN", "en_NP", "en_NG", "yo_NG", "en_GH", "fr_SN", "zu_ZA", "af_ZA", "tr", "az",
         "pl", "cs_CZ", "sk", "hr", "sr_RS_latin", "sl_SI", "ro", "ro_MD", "lv", "hu", "fi", "sv",
         "nb_NO", "da", "id_ID", "vi", "uz_UZ_latin", "ku_kmr_latin"]
FAKER_TRANSLIT = ["el", "ru", "uk", "ko", "zh_CN", "zh_TW"]
KO_SURNAMES = ("kim lee park choi jung jeong kang cho yoon jang lim han oh seo shin kwon hwang "
               "ahn song yoo hong jeon ko moon yang son bae baek heo nam noh ha kwak sung cha "
               "joo woo ryu jin chae won chun bang gong hyun yeo chung yun").split()
# Given names common in multinational teams that none of the lists above has as a given name
# (the people list has "Rajesh" as a name only): written for this file, South Asian, West
# African, Japanese, Greek and Nordic, flag 1.
GIVEN_EXTRA = ("rajesh venkatesh swati saurabh rakesh mukesh dinesh naresh rupesh umesh yogesh "
               "hitesh ritesh jignesh brijesh kamlesh lokesh mithun santosh subhash sudhir "
               "pradeep sandeep kuldeep gurpreet harpreet manpreet jaspreet simranjeet "
               "venkat srinath raghav shashank sriram prasanna lakshman bhavesh chetan "
               "satoshi takumi daisuke shota ryota yusuke kazuki tomoko yoko keiko "
               "efua tunde babajide seun tolu segun bolaji kunle dapo yemi kayode jide "
               "giorgos yiannis yorgos thanasis vangelis sigurdur thorsten bjarni "
               "gudrun ragnhild solveig").split()
F_GIVEN, F_ATTESTED, F_NAME, F_COMMON_EN, F_COMMON, F_GLOBAL = 1, 2, 4, 8, 16, 32
F_LATER = 64
# Person-name lists added after every corpus generator that invents names "in no lexicon word"
# was written (branch lexicon): faker's Dutch, Flemish, Portuguese, Brazilian and Swiss lists,
# and php-faker's (a Debian package, read from its Person.php files) for those and for Nordic,
# Baltic, Polish, Turkish, Indian, Nigerian, Ugandan and South African names. A word only they
# bring in carries flags 32 and 64: the scanner ignores both, the name-shape table skips it (32)
# and lexicon_words.py leaves it out (64), so the committed corpora stay what they were.
FAKER_LATER = ["nl", "nl_BE", "pt_BR", "pt_PT", "de_CH"]
PHP_FAKER = "php-faker=1.20.0+dfsg-1"
# ruby-faker (Debian, Expat): the first-name lists of these locales (nl: ~10,000 Dutch and
# Flemish given names); its surname lists are left out (nl's cites a source of its own)
RUBY_FAKER = "ruby-faker=2.21.0-1"
RUBY_LOCALES = ["nl", "pt-BR", "pt", "sv", "en-ZA", "en-PAK"]
# ruby-ffaker (Debian, Expat): its name_XX folders, one name a line (first names flag 1, last
# names flag 4); name_da is left out (its "Aagrd", "Jrgensen" lost their letters)
RUBY_FFAKER = "ruby-ffaker=2.20.0-1"
FFAKER_LOCALES = ["nl", "br", "pl", "se", "nb", "in", "ga", "sn", "ph"]
PHP_LOCALES = ["nl_NL", "nl_BE", "pt_BR", "pt_PT", "pl_PL", "tr_TR", "sv_SE", "da_DK", "nb_NO",
               "fi_FI", "is_IS", "lt_LT", "et_EE", "en_IN", "en_NG", "en_UG", "en_ZA"]
# Word lists (Debian) that mark a later word as ordinary: the pack's languages, Portuguese too
LATER_DICTS = ["american-english", "ngerman", "french", "dutch", "spanish", "italian",
               "portuguese", "brazilian"]


def lower(w):
    out = []
    for ch in w:
        c = ord(ch)
        if 0x41 <= c <= 0x5A or (0xC0 <= c <= 0xDE and c != 0xD7):
            c += 0x20
        out.append(chr(c))
    return "".join(out)


K = 0x9E3779B97F4A7C15
M64 = (1 << 64) - 1


def lex_hash(b):
    h = len(b)
    for i in range(0, len(b), 8):
        h = ((h ^ int.from_bytes(b[i:i + 8].ljust(8, b"\0"), "little")) * K) & M64
    h = ((h ^ (h >> 32)) * K) & M64
    return h >> 32


def read_generated(path):
    """The words and flags of a names_lexicon.c this script wrote, from its blob."""
    src = open(path, encoding="ascii").read()
    body = src[src.index("anon_names_blob["):src.index("const uint32_t anon_names_slots")]
    raw = bytearray()
    for lit in re.findall(r'"((?:[^"\\]|\\[0-7]{3})*)"', body):
        i = 0
        while i < len(lit):
            if lit[i] == "\\":
                raw.append(int(lit[i + 1:i + 4], 8))
                i += 4
            else:
                raw.append(ord(lit[i]))
                i += 1
    words, i = {}, 0
    while i + 2 <= len(raw) and raw[i + 1]:
        words[raw[i + 2:i + 2 + raw[i + 1]].decode("utf-8")] = raw[i]
        i += 2 + raw[i + 1]
    return words, int(re.search(r"^ \* (\d+) words", src, re.M).group(1))


WORD = re.compile(r"^[^\W\d_][^\W\d_'\-]*(?:['\-][^\W\d_]+)*$")


GREEK = {"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
         "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
         "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps",
         "ω": "o"}
GREEK2 = {"ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "αυ": "av", "ευ": "ev", "μπ": "b",
          "ντ": "d", "γγ": "ng", "γκ": "g"}
RU = dict(zip("абвгдежзийклмнопрстуфхцчшщъыьэюяё",
              "a b v g d e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya yo"
              .split()))
UK = dict(RU, **{"г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "yi", "є": "ye", "е": "e",
                 "'": "-", "’": "-"})


def romanise(w, table, pairs=None):
    """w in Greek or Cyrillic letters, Latin as English text writes it ("Σωτήριος" ->
    "Sotirios", "Дмитрий" -> "Dmitriy"); None when a letter has no entry"""
    import unicodedata
    w = w.lower()
    if table is GREEK:  # its accents go; Cyrillic "й", "ё", "ї" are letters of their own
        w = "".join(c for c in unicodedata.normalize("NFD", w) if unicodedata.category(c) != "Mn")
    out, i = [], 0
    while i < len(w):
        if pairs and w[i:i + 2] in pairs:
            out.append(pairs[w[i:i + 2]])
            i += 2
            continue
        if w[i] not in table:
            return None
        out.append(table[w[i]])
        i += 1
    r = "".join(out).replace("-", "")
    return r.capitalize() if r else None


KO_INIT = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
KO_MED = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
KO_FIN = ("- k k k n n n t l k m l l l p l m p p t t ng t t k t p t").split()


def romanise_ko(w):
    """a Hangul given name, syllable by syllable ("민준" -> "Minjun")"""
    out = []
    for ch in w:
        c = ord(ch) - 0xAC00
        if not 0 <= c < 11172:
            return None
        out += [KO_INIT[c // 588], KO_MED[c % 588 // 28], KO_FIN[c % 28]]
    r = "".join(out).replace("-", "")
    return r.capitalize() if r else None


FAKER_JS = """
import { createRequire } from 'node:module';
const m = await import(process.argv[1]);
const { pinyin } = createRequire(import.meta.url)(process.argv[2]);
const flat = v => v == null ? [] : Array.isArray(v) ? v.flatMap(x => typeof x === 'string' ?
    [x] : x && x.value ? [x.value] : []) : Object.values(v).flatMap(flat);
const py = (w, o) => pinyin(w, Object.assign({toneType: 'none', type: 'array'}, o)).join('');
const out = {};
for (const loc of process.argv.slice(3)) {
    const p = m.allLocales[loc].person;
    out[loc] = {first: flat(p.first_name), last: flat(p.last_name)};
    if (loc.startsWith('zh'))
        out[loc] = {first: out[loc].first.map(w => py(w)),
                    last: out[loc].last.map(w => py(w, {surname: 'head'}))};
}
console.log(JSON.stringify(out));
"""


def faker_names(pkgdir, pinyindir, locales=None):
    """{locale: {"first": [...], "last": [...]}} from faker's locale modules, zh in pinyin"""
    import json
    js = subprocess.run(["node", "--input-type=module", "-e", FAKER_JS, "--",
                         os.path.join(pkgdir, "dist", "index.js"),
                         os.path.join(pinyindir, "dist", "index.js")] +
                        (locales or FAKER + FAKER_TRANSLIT),
                        check=True, capture_output=True, text=True).stdout
    return json.loads(js)


def add_faker(words, pkgdir, pinyindir):
    """faker's names, into words; the caller drops those that are ordinary words"""
    def add(w, flag):
        if w and WORD.match(w) and len(w) >= 2 and all(
                ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00 for c in w):
            words[lower(w)] = words.get(lower(w), 0) | flag
    for loc, lists in faker_names(pkgdir, pinyindir).items():
        for kind, flag in (("first", F_GIVEN), ("last", F_NAME)):
            for w in lists[kind]:
                if loc.startswith("zh") and "ü" in w:
                    add(w.replace("ü", "u"), flag)  # "Lü" is mostly written "Lu" (or "Lyu")
                    add(w.replace("ü", "yu"), flag)
                if loc == "vi":
                    for part in w.split():
                        add(part, F_NAME)
                    continue
                if loc == "el":
                    w = romanise(w, GREEK, GREEK2)
                elif loc in ("ru", "uk"):
                    t = RU if loc == "ru" else UK
                    add(romanise(w, dict(t, **{"й": "i", "ё": "e"})), flag)  # "Mikhailov"
                    w = romanise(w, t)  # "Mikhaylov"
                    if w and w[-2:] in ("iy", "yy"):  # "Dmitriy", "Lutskyy" are also
                        add(w[:-2] + "y", flag)  # written "Dmitry", "Lutsky" and
                        add(w[:-1] + "i", flag)  # "Dmitrii", "Lutskyi"
                    elif w and w[-2:] in ("ay", "ey"):
                        add(w[:-1] + "i", flag)  # "Nikolay", "Sergey": "Nikolai", "Sergei"
                elif loc == "ko":
                    if kind == "last":
                        continue
                    w = romanise_ko(w)
                for part in (w or "").split():
                    add(part, flag)
    for w in KO_SURNAMES:
        words[w] = words.get(w, 0) | F_NAME
    for w in GIVEN_EXTRA:
        words[w] = words.get(w, 0) | F_GIVEN


def php_faker_names(root):
    """{locale: {"first": [...], "last": [...]}} from php-faker's Person.php arrays (first names;
    last and middle names, which are family names in da_DK: "Juul", "Skov");
    "{{lastNameMale}}"-style formats fail WORD and drop out"""
    out = {}
    for loc in PHP_LOCALES:
        path = os.path.join(root, "usr/share/php/Faker/Provider", loc, "Person.php")
        src = open(path, encoding="utf-8").read()
        lists = {"first": [], "last": []}
        for m in re.finditer(r"static \$(\w+)\s*=\s*(?:array\(|\[)(.*?)(?:\)|\]);", src, re.S):
            kind = ("first" if m.group(1).startswith("firstName") else
                    "last" if re.match(r"(last|middle)Name", m.group(1)) else None)
            if kind:
                lists[kind] += [w.replace("\\'", "'")
                                for w in re.findall(r"'((?:[^'\\]|\\.)*)'", m.group(2))]
        out[loc] = lists
    return out


def ruby_faker_names(root):
    """{locale: {"first": [...], "last": []}} from ruby-faker's locale files: the one-line
    lists of the (male_|female_)first_name keys (read as text: no YAML parser needed)"""
    out = {}
    gems = os.path.join(root, "usr/share/rubygems-integration/all/gems")
    base = os.path.join(gems, [d for d in os.listdir(gems) if d.startswith("faker-")][0],
                        "lib/locales")
    for loc in RUBY_LOCALES:
        first = []
        for line in open(os.path.join(base, loc + ".yml"), encoding="utf-8"):
            m = re.match(r"\s+(?:male_|female_)?first_name:\s*\[(.*)\]\s*$", line)
            if m:
                first += [w.strip().strip('"').strip("'") for w in m.group(1).split(",")]
        out[loc] = {"first": first, "last": []}
    return out


def ffaker_names(root):
    """{locale: {"first": [...], "last": [...]}} from ruby-ffaker's name_XX data files"""
    gems = os.path.join(root, "usr/share/rubygems-integration/all/gems")
    base = os.path.join(gems, [d for d in os.listdir(gems) if d.startswith("ffaker-")][0],
                        "lib/ffaker/data")
    out = {}
    for loc in FFAKER_LOCALES:
        lists = {"first": [], "last": []}
        folder = os.path.join(base, "name_" + loc)
        for f in sorted(os.listdir(folder)):
            kind = "first" if "first" in f else "last"
            with open(os.path.join(folder, f), encoding="utf-8") as fh:
                lists[kind] += [w.strip() for w in fh if w.strip()]
        out[loc] = lists
    return out


def deb_extract(pkg, tmp):
    """the Debian package pkg ("name=version") fetched into tmp and unpacked; its root"""
    name = pkg.split("=")[0]
    subprocess.run(["apt-get", "download", pkg], cwd=tmp, check=True, capture_output=True)
    deb = [f for f in os.listdir(tmp) if f.startswith(name + "_") and f.endswith(".deb")][0]
    root = os.path.join(tmp, name)
    subprocess.run(["dpkg-deb", "-x", os.path.join(tmp, deb), root], check=True)
    return root


def add_later(words, seen, tmp):
    """the later lists' names (FAKER_LATER, php-faker, ruby-faker, ruby-ffaker) into words:
    first names flag 1, last names flag 4, a name of several words split ("Ana Júlia", "van der
    Merwe": lower-case particles left out); seen counts the lists (a locale of a package) that
    have each word"""
    lists = faker_names(os.path.join(tmp, "faker", "package"), os.path.join(tmp, "pinyin", "package"),
                        FAKER_LATER)
    for loc, ls in php_faker_names(deb_extract(PHP_FAKER, tmp)).items():
        lists["php-" + loc] = ls
    for loc, ls in ruby_faker_names(deb_extract(RUBY_FAKER, tmp)).items():
        lists["ruby-" + loc] = ls
    for loc, ls in ffaker_names(deb_extract(RUBY_FFAKER, tmp)).items():
        lists["ffaker-" + loc] = ls
    for loc, ls in lists.items():
        got = set()
        for kind, flag in (("first", F_GIVEN), ("last", F_NAME)):
            for name in ls[kind]:
                for w in name.split():
                    if len(w) >= 3 and WORD.match(w) and w[0] == w[0].upper() and all(
                            ord(c) < 0x250 for c in w):
                        words[lower(w)] = words.get(lower(w), 0) | flag
                        got.add(lower(w))
        for w in got:
            seen[w] = seen.get(w, 0) + 1


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--rehash":
        words, nkeys = read_generated(sys.argv[2])
        write(words, nkeys)
        return
    words = fetch_words()
    write(words, len(words))


def fetch_words():
    tmp = tempfile.mkdtemp()
    for p in PKGS:
        subprocess.run(["npm", "pack", "--silent", p], cwd=tmp, check=True,
                       stdout=subprocess.DEVNULL)
    words, extra = {}, {}
    for f in sorted(os.listdir(tmp)):
        if f.startswith(("faker-js-faker", "pinyin-pro")):
            with tarfile.open(os.path.join(tmp, f)) as t:
                t.extractall(os.path.join(tmp, f.split("-")[0]), filter="data")
            continue
        with tarfile.open(os.path.join(tmp, f)) as t:
            for m in t.getmembers():
                data = t.extractfile(m).read().decode("utf-8") if m.isfile() else ""
                if re.search(r"names/(de|en|es|fr|it)\.js$", m.name):
                    for w in re.findall(r"\['([^']+)'", data):
                        if WORD.match(w) and len(w) >= 2:
                            words[lower(w)] = words.get(lower(w), 0) | F_GIVEN
                elif m.name.endswith("dict/people-names.txt"):
                    for w in data.splitlines():
                        w = w.strip()
                        if w and not w.startswith("#") and WORD.match(w) and len(w) >= 2:
                            words[lower(w)] = words.get(lower(w), 0) | F_NAME
    add_faker(extra, os.path.join(tmp, "faker", "package"), os.path.join(tmp, "pinyin", "package"))
    ordinary = set()
    ordinary_dicts = ("american-english", "ngerman", "french", "dutch", "spanish", "italian")
    for d in ordinary_dicts:
        path = "/usr/share/dict/" + d
        if not os.path.exists(path):
            sys.exit("missing word list " + path)
        with open(path, encoding="utf-8", errors="replace") as fh:
            ordinary.update(w.strip() for w in fh if w.strip() == w.strip().lower())
    for w, f in extra.items():
        if w not in ordinary:  # faker's "Valid", "Jail", "Server": left as they were
            words[w] = words[w] | f if w in words else f | F_GLOBAL
    later, seen = {}, {}
    add_later(later, seen, tmp)
    plain_en, plain, proper = set(), set(), set()
    for d in LATER_DICTS:
        path = "/usr/share/dict/" + d
        if not os.path.exists(path):
            sys.exit("missing word list " + path + " (apt-get install wportuguese wbrazilian)")
        with open(path, encoding="utf-8", errors="replace") as fh:
            for w in (line.strip() for line in fh):
                if w and w == w.lower():
                    (plain_en if d == "american-english" else plain).add(w)
                elif w[:1].isupper() and d in ("american-english", "ngerman"):
                    proper.add(lower(w))  # "Vilnius", "Zulu"; German nouns: "Kaktus", "Mutti"
    for w, f in later.items():
        if w in plain_en or w in proper:
            continue  # "Will", "Page"; places, German nouns: left as they were
        if w in plain:  # "Wouter", "Merel" (nl), "João", "Graça" (pt): a new word is taken
            if seen[w] < 2 or w in words:  # when two lists agree, marked as the ordinary word
                continue  # it also is; a word the lexicon has stays as it was ("Braga", "Helle")
            f |= F_COMMON
        words[w] = words[w] | f if w in words else f | F_GLOBAL | F_LATER
    for w, f in words.items():
        if (f & F_GIVEN) and (f & F_NAME):
            words[w] = f | F_ATTESTED
    dicts = {"american-english": F_COMMON_EN, "ngerman": F_COMMON, "french": F_COMMON,
             "dutch": F_COMMON, "spanish": F_COMMON, "italian": F_COMMON}
    for d, flag in dicts.items():
        path = "/usr/share/dict/" + d
        if not os.path.exists(path):
            sys.exit("missing word list " + path)
        with open(path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                w = line.strip()
                if not w or w != w.lower() or "'" in w:
                    continue  # ordinary (lower-case) words only
                if w in words:
                    words[w] |= flag
                elif flag == F_COMMON_EN and WORD.match(w) and len(w) >= 3:
                    words[w] = F_COMMON_EN  # "Studio", "Transform": known not to be names
    return words


def write(words, nkeys):
    """nkeys: the words counted in the header (a word over 40 bytes is counted, not stored)"""
    keys = sorted(words)
    n = nkeys
    cap = 1
    while cap < n * 2:  # load <= 0.5: a miss probes ~2 slots, not ~4 at 0.64
        cap *= 2
    blob = bytearray()
    slots = [0] * cap
    for w in keys:
        b = w.encode("utf-8")
        if len(b) > 40:
            continue
        off = len(blob)
        blob += bytes([words[w], len(b)]) + b
        k = lex_hash(b) & (cap - 1)
        while slots[k]:
            k = (k + 1) & (cap - 1)
        slots[k] = off + 1
    out = sys.stdout
    out.write("/* names_lexicon.c: GENERATED by contrib/names/gen_lexicon.py, do not edit.\n"
              " *\n * %d words: given names from gender-detection-from-name 1.11.5 (MIT), given\n"
              " * names and surnames from @cspell/dict-people-names 1.1.16 (MIT), given names and\n"
              " * surnames of 34 locales of @faker-js/faker 10.6.0 (MIT; el, ru, uk, ko romanised, zh in\n"
              " * pinyin by pinyin-pro 3.29.4) and of its nl, nl_BE, pt_BR, pt_PT, de_CH locales,\n"
              " * given names and surnames of 17 locales of php-faker 1.20.0 and given names of 6\n"
              " * locales of ruby-faker 2.21.0, names of 9 locales of ruby-ffaker 2.20.0 (Debian\n"
              " * packages, MIT),\n"
              " * KO_SURNAMES and GIVEN_EXTRA of gen_lexicon.py, and ordinary\n"
              " * lower-case English words (flag 8 alone) so that the scanner knows a word is no\n"
              " * name. Each is [flags][length][lower-cased UTF-8 bytes] in the blob; slots hold\n"
              " * blob offset + 1 (gen_lexicon.py's lex_hash(), linear probing); the blob ends\n"
              " * in 8 zero bytes.\n"
              " */\n" % nkeys)
    out.write('#include "anonymize/names.h"\n\n')
    out.write("const uint32_t anon_names_nslots = %d;\n" % cap)
    blob += bytes(8)  # the reader loads 8 bytes at a time
    out.write("const uint8_t anon_names_blob[%d] =\n" % (len(blob) + 1))
    for i in range(0, len(blob), 64):
        out.write('    "' + "".join(chr(x) if 0x61 <= x <= 0x7A else "\\%03o" % x
                                    for x in blob[i:i + 64]) + '"\n')
    out.write("    ;\n")
    out.write("const uint32_t anon_names_slots[%d] = {\n" % cap)
    for i in range(0, cap, 12):
        out.write("    " + ",".join(str(x) for x in slots[i:i + 12]) + ",\n")
    out.write("};\n")


main()
