/* test_speed46.c: the exact cheapenings of round thirty-eight (issue 19, branch sweep46). Each
 * expectation is the answer of the branch base (764e23a), taken by building this file against the
 * base's library; the file passes built against either.
 * names_rec40.c's evidence passes: a candidate word that overlaps a finding is left with every
 * word up to that finding's end (covered()); the conjunctions and plural titles are compared
 * only after the byte before their closing space (conj_last(), plural_last()). Every plural
 * title and conjunction, in either case, with look-alikes beside them; names repeated after
 * their own e-mail addresses, phones and other cases; at every offset. othercase_pass() leaves
 * a finding of the same bytes as the last one it took keys from: names repeated in other cases.
 * email_pass() copies a repeated local part's keys and screens words by the keys' lengths and
 * initials: addresses repeated, beyond MAX_KEYS. anon_v_email()'s packed file extensions, each
 * in both cases. names_known.c's sweep compares first letters folded: Latin-1 and ASCII names,
 * more than 8 first bytes.
 * engine_sweep.c's run() calls pcre2_jit_match() itself for a built-in pattern's unanchored
 * match: every kind of detector of the default packs, ASCII and UTF-8 windows, an anchored
 * trigger, and a custom pattern (which goes through pcre2_match()). Its stops at dots leave the
 * ATHOST literals (".c", ".s") out once no "at" word can reach a later dot: e-mails spelled with
 * "at" before, between and after runs of dots, at the window's reach, with both sweeps.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"
#include "anonymize/names.h"

#define NAMES_DEFAULT_PACKS
#include "names_cases.h"

static void test_rec40_titles_and_conjunctions_as_before(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Messrs. Navarro and Quillez came to the office", "PERSON=Navarro;PERSON=Quillez"},
        {"MESSRS Navarro and Quillez came to the office", "PERSON=Navarro;PERSON=Quillez"},
        {"messrs Fordwenton and Quillez came", ""},
        {"Messrs. Kaltenbrunn and Fordwenton signed", ""},
        {"die Herren Vogel und Krause kamen heute", "PERSON=Herren Vogel"},
        {"Die Herren Vogel und Krause kamen heute", ""},
        {"MM. Dupont et Lefebvre sont venus", ""},
        {"de heren Jansen en Bakker kwamen", "PERSON=Jansen;PERSON=Bakker"},
        {"los Sres. Navarro y Quillez vinieron", "PERSON=Navarro y Quillez"},
        {"los se\xc3\xb1ores Navarro y Quillez vinieron", "PERSON=Navarro y Quillez"},
        {"las Sras. Navarro y Quillez vinieron", "PERSON=Navarro y Quillez"},
        {"i Sigg. Rossi e Bianchi sono arrivati", "PERSON=Rossi;PERSON=Bianchi"},
        {"i signori Rossi e Bianchi sono arrivati", "PERSON=Rossi;PERSON=Bianchi"},
        {"os Srs. Costa e Pereira chegaram", ""},
        {"os senhores Costa e Pereira chegaram", ""},
        {"les messieurs Dupont et Lefebvre sont venus", ""},
        {"the members Navarro and Quillez came", "PERSON=Navarro;PERSON=Quillez"},
        {"Herr Vogel und Krause kamen", "PERSON=Vogel;PERSON=Krause"},
        {"losSres. Navarro y Quillez vinieron", "PERSON=Navarro y Quillez"},
        {"Ilse and Tomas Berglund came; tomas said hi",
         "PERSON=Ilse;PERSON=Tomas Berglund;PERSON=tomas"},
        {"Ilse und Tomas Berglund kamen", "PERSON=Ilse;PERSON=Tomas Berglund"},
        {"Ilse et Tomas Berglund sont venus", "PERSON=Ilse;PERSON=Tomas Berglund"},
        {"Ilse en Tomas Berglund kwamen", "PERSON=Ilse;PERSON=Tomas Berglund"},
        {"Ilse y Tomas Berglund vinieron", "PERSON=Ilse;PERSON=Tomas Berglund"},
        {"Ilse e Tomas Berglund chegaram", "PERSON=Ilse;PERSON=Tomas Berglund"},
        {"Anna & Piet Keller came", "PERSON=Piet Keller"},
        {"Tomas Berglund and Ilse came", "PERSON=Tomas Berglund;PERSON=Ilse"},
        {"Tomas Berglund und Ilse kamen", "PERSON=Tomas Berglund;PERSON=Ilse"},
        {"Tomas Berglund & Ilse came", "PERSON=Ilse"},
        {"Ilse or Tomas Berglund came", "PERSON=Ilse;PERSON=Tomas Berglund"},
        {"Ilse, Tomas Berglund came", "PERSON=Ilse;PERSON=Tomas Berglund"},
        {"Ilse andTomas Berglund came", "PERSON=Ilse"},
        {"Kaen Weindling <kaen.weindling@example.com> wrote; weindling agreed and KAEN WEINDLING "
         "signed",
         "PERSON=Kaen Weindling;EMAIL=kaen.weindling@example.com;PERSON=weindling;PERSON=KAEN "
         "WEINDLING"},
        {"kaen.weindling@example.com Kaen Weindling",
         "EMAIL=kaen.weindling@example.com;PERSON=Kaen Weindling"},
        {"kaen.weindling@example.com kaen.weindling@example.com Kaen Weindling, "
         "kweindling@example.com",
         "EMAIL=kaen.weindling@example.com;EMAIL=kaen.weindling@example.com;PERSON=Kaen "
         "Weindling;EMAIL=kweindling@example.com"},
        {"call +1 415 555 0132 Weindling said kaen.weindling@example.com",
         "PHONE=+1 415 555 0132;PERSON=Weindling;EMAIL=kaen.weindling@example.com"},
        {"Hi, I am John Smith, my email is john.smith@example.com and my phone is +1 415 555 0132. "
         "Please update my shipping address to 1600 Amphitheatre Parkway, Mountain View. My "
         "colleague jane.doe@corp.example.org (555-867-5309) will follow up. Hi, I am John Smith, "
         "my email is john.smith@example.com and my phone is +1 415 555 0132. john smith and JOHN "
         "SMITH and smith",
         "PERSON=John Smith;EMAIL=john.smith@example.com;PHONE=+1 415 555 0132;STREET_ADDRESS=1600 "
         "Amphitheatre Parkway;EMAIL=jane.doe@corp.example.org;PHONE=555-867-5309;PERSON=John "
         "Smith;EMAIL=john.smith@example.com;PHONE=+1 415 555 0132;PERSON=JOHN SMITH"},
        {"Kaen Weindling-Vogel and weindling-vogel, Weindling agreed",
         "PERSON=Kaen Weindling-Vogel"},
        {"Dr. Kaen Weindling arrived; kaen weindling left; KAEN WEINDLING returned",
         "PERSON=Kaen Weindling;PERSON=kaen weindling;PERSON=KAEN WEINDLING"},
        {"tomas.berglund@example.se: Tomas Berglund and t'omas berglund, TOMAS BERGLUND, berglund "
         "said",
         "EMAIL=tomas.berglund@example.se;PERSON=Tomas Berglund;PERSON=berglund;PERSON=TOMAS "
         "BERGLUND;PERSON=berglund"},
        {"maria.dominguez@example.es; Mar\xc3\xad"
         "a Dom\xc3\xadnguez is here, DOM\xc3\x8dNGUEZ too, dom\xc3\xadnguez said",
         "EMAIL=maria.dominguez@example.es;PERSON=Mar\xc3\xad"
         "a Dom\xc3\xadnguez;PERSON=DOM\xc3\x8dNGUEZ;PERSON=dom\xc3\xadnguez"},
    };
    CHECK(c);
}

static void test_rec40_words_over_findings_at_every_offset(void **state)
{
    (void)state;
    static char text[40][256];
    struct tcase d[40];
    for (int k = 0; k < 40; k++) {
        char *p = text[k];
        memset(p, 'x', (size_t)k);
        p += k;
        p += sprintf(p, " kaen.weindling@example.com ");
        for (int j = 0; j < k % 5; j++)
            p += sprintf(p, "y-");
        sprintf(p,
                "Kaen Weindling and weindling, KAEN WEINDLING agreed; +1 415 555 0132 weindling");
        d[k].text = text[k];
        /* after "y-" the given name goes on a word: the surname alone is the scanner's */
        d[k].want = k % 5 ? "EMAIL=kaen.weindling@example.com;PERSON=Weindling;PERSON=weindling;"
                            "PERSON=KAEN WEINDLING;PHONE=+1 415 555 0132"
                          : "EMAIL=kaen.weindling@example.com;PERSON=Kaen Weindling;PERSON="
                            "weindling;PERSON=KAEN WEINDLING;PHONE=+1 415 555 0132";
    }
    check(d, 40);
}

/* othercase_pass() takes the keys of a finding of the same bytes as the last one of two words or
 * more once: names repeated in capitals, lower case, beside one-word findings and URL slugs */
static void test_rec40_repeated_names_as_before(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Hi, I am Kaen Weindling. Hi, I am Kaen Weindling. Ask kaen weindling or KAEN WEINDLING, "
         "weindling said",
         /* "Ask kaen": names_leaks46.c's request cue takes the given name first */
         "PERSON=Kaen Weindling;PERSON=Kaen Weindling;PERSON=kaen;PERSON=weindling;PERSON=KAEN "
         "WEINDLING;PERSON=weindling"},
        {"Dr. Weindling came. Dr. Weindling left. weindling agreed",
         "PERSON=Weindling;PERSON=Weindling"},
        {"Ilse and Tomas Berglund came. Ilse and Tomas Berglund left; tomas said hi and ilse said "
         "no",
         "PERSON=Ilse;PERSON=Tomas Berglund;PERSON=Ilse;PERSON=Tomas "
         "Berglund;PERSON=tomas;PERSON=ilse"},
        {"Mr Tomas Berglund wrote, Mr Tomas Berglund signed; see linkedin.com/in/tomas-berglund "
         "and tomas berglund said",
         "PERSON=Tomas Berglund;PERSON=Tomas Berglund;PERSON=tomas-berglund;PERSON=tomas berglund"},
        {"Grace Baker met Grace Baker; grace baker and GRACE BAKER; baker said",
         "PERSON=Grace Baker;PERSON=GRACE BAKER"},
        {"Kaen Weindling, Kaen Weindling-Vogel and kaen weindling-vogel",
         "PERSON=Kaen Weindling-Vogel;PERSON=kaen"},
    };
    CHECK(c);
}

/* email_pass() copies the keys of a local part read just before instead of reading it again
 * while MAX_KEYS is out of reach, and looks a word up only among keys of its length: the same
 * addresses repeated, beyond MAX_KEYS keys, initials, short local parts alone */
static void test_rec40_email_keys_as_before(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"write to kaen.weindling@example.com and kaen.weindling@example.com, "
         "kweindling@example.com, k.weindling@example.com; Kaen Weindling and KAEN WEINDLING "
         "agreed, shipping to kaen weindling",
         "EMAIL=kaen.weindling@example.com;EMAIL=kaen.weindling@example.com;EMAIL=kweindling@"
         "example.com;EMAIL=k.weindling@example.com;PERSON=Kaen Weindling;PERSON=KAEN "
         "WEINDLING;PERSON=kaen weindling"},
        {"sales@example.com sales@example.com jobs@example.com; Sales and Jobs wrote, "
         "kaen.weindling@example.com kaen.weindling@example.com Weindling",
         "EMAIL=sales@example.com;EMAIL=sales@example.com;EMAIL=jobs@example.com;EMAIL=kaen."
         "weindling@example.com;EMAIL=kaen.weindling@example.com;PERSON=Weindling"},
        {"ana.berg@example.com tom.kyle@example.com ivo.sand@example.com eva.lund@example.com "
         "ola.nord@example.com per.dahl@example.com kai.moss@example.com ida.holm@example.com "
         "uno.lind@example.com eli.fors@example.com ana.berg@ex.org tom.kyle@ex.org "
         "ivo.sand@ex.org and Ana Berg, Ivo Sand, Eli Fors, uno lind, ELI FORS, Kai Moss signed",
         "EMAIL=ana.berg@example.com;EMAIL=tom.kyle@example.com;EMAIL=ivo.sand@example.com;EMAIL="
         "eva.lund@example.com;EMAIL=ola.nord@example.com;EMAIL=per.dahl@example.com;EMAIL=kai."
         "moss@example.com;EMAIL=ida.holm@example.com;EMAIL=uno.lind@example.com;EMAIL=eli.fors@"
         "example.com;EMAIL=ana.berg@ex.org;EMAIL=tom.kyle@ex.org;EMAIL=ivo.sand@ex.org;PERSON=Ana "
         "Berg;PERSON=Ivo Sand;PERSON=Eli Fors;PERSON=uno lind;PERSON=ELI FORS, Kai Moss"},
        {"ana.berg@example.com tom.kyle@example.com ivo.sand@example.com eva.lund@example.com "
         "ola.nord@example.com per.dahl@example.com kai.moss@example.com ida.holm@example.com "
         "uno.lind@example.com eli.fors@example.com ana.berg@example.com tom.kyle@example.com "
         "ivo.sand@example.com eva.lund@example.com ola.nord@example.com per.dahl@example.com "
         "kai.moss@example.com ida.holm@example.com uno.lind@example.com eli.fors@example.com "
         "ana.berg@ex.org tom.kyle@ex.org ivo.sand@ex.org and Ana Berg, Ivo Sand, Eli Fors, uno "
         "lind, ELI FORS, Kai Moss signed",
         "EMAIL=ana.berg@example.com;EMAIL=tom.kyle@example.com;EMAIL=ivo.sand@example.com;EMAIL="
         "eva.lund@example.com;EMAIL=ola.nord@example.com;EMAIL=per.dahl@example.com;EMAIL=kai."
         "moss@example.com;EMAIL=ida.holm@example.com;EMAIL=uno.lind@example.com;EMAIL=eli.fors@"
         "example.com;EMAIL=ana.berg@example.com;EMAIL=tom.kyle@example.com;EMAIL=ivo.sand@example."
         "com;EMAIL=eva.lund@example.com;EMAIL=ola.nord@example.com;EMAIL=per.dahl@example.com;"
         "EMAIL=kai.moss@example.com;EMAIL=ida.holm@example.com;EMAIL=uno.lind@example.com;EMAIL="
         "eli.fors@example.com;EMAIL=ana.berg@ex.org;EMAIL=tom.kyle@ex.org;EMAIL=ivo.sand@ex.org;"
         "PERSON=Ana Berg;PERSON=Ivo Sand;PERSON=Eli Fors;PERSON=uno lind;PERSON=ELI FORS, Kai "
         "Moss"},
        {"ana.berg@example.com tom.kyle@example.com ivo.sand@example.com eva.lund@example.com "
         "ola.nord@example.com per.dahl@example.com kai.moss@example.com ida.holm@example.com "
         "uno.lind@example.com eli.fors@example.com ana.berg@example.com tom.kyle@example.com "
         "ivo.sand@example.com eva.lund@example.com ola.nord@example.com per.dahl@example.com "
         "kai.moss@example.com ida.holm@example.com uno.lind@example.com eli.fors@example.com "
         "ana.berg@example.com tom.kyle@example.com ivo.sand@example.com eva.lund@example.com "
         "ola.nord@example.com per.dahl@example.com kai.moss@example.com ida.holm@example.com "
         "uno.lind@example.com eli.fors@example.com ana.berg@ex.org tom.kyle@ex.org "
         "ivo.sand@ex.org and Ana Berg, Ivo Sand, Eli Fors, uno lind, ELI FORS, Kai Moss signed",
         "EMAIL=ana.berg@example.com;EMAIL=tom.kyle@example.com;EMAIL=ivo.sand@example.com;EMAIL="
         "eva.lund@example.com;EMAIL=ola.nord@example.com;EMAIL=per.dahl@example.com;EMAIL=kai."
         "moss@example.com;EMAIL=ida.holm@example.com;EMAIL=uno.lind@example.com;EMAIL=eli.fors@"
         "example.com;EMAIL=ana.berg@example.com;EMAIL=tom.kyle@example.com;EMAIL=ivo.sand@example."
         "com;EMAIL=eva.lund@example.com;EMAIL=ola.nord@example.com;EMAIL=per.dahl@example.com;"
         "EMAIL=kai.moss@example.com;EMAIL=ida.holm@example.com;EMAIL=uno.lind@example.com;EMAIL="
         "eli.fors@example.com;EMAIL=ana.berg@example.com;EMAIL=tom.kyle@example.com;EMAIL=ivo."
         "sand@example.com;EMAIL=eva.lund@example.com;EMAIL=ola.nord@example.com;EMAIL=per.dahl@"
         "example.com;EMAIL=kai.moss@example.com;EMAIL=ida.holm@example.com;EMAIL=uno.lind@example."
         "com;EMAIL=eli.fors@example.com;EMAIL=ana.berg@ex.org;EMAIL=tom.kyle@ex.org;EMAIL=ivo."
         "sand@ex.org;PERSON=Ana Berg;PERSON=Ivo Sand;PERSON=Eli Fors;PERSON=uno lind;PERSON=ELI "
         "FORS, Kai Moss"},
        {"a0.b0.c0@example.com a1.b1.c1@example.com a2.b2.c2@example.com a3.b3.c3@example.com "
         "a4.b4.c4@example.com a5.b5.c5@example.com a6.b6.c6@example.com a7.b7.c7@example.com "
         "a8.b8.c8@example.com a9.b9.c9@example.com a10.b10.c10@example.com "
         "a11.b11.c11@example.com a12.b12.c12@example.com a13.b13.c13@example.com "
         "a14.b14.c14@example.com a15.b15.c15@example.com a16.b16.c16@example.com "
         "a17.b17.c17@example.com a18.b18.c18@example.com a19.b19.c19@example.com "
         "x.kweindling@example.com Kaen Weindling",
         "EMAIL=a0.b0.c0@example.com;EMAIL=a1.b1.c1@example.com;EMAIL=a2.b2.c2@example.com;EMAIL="
         "a3.b3.c3@example.com;EMAIL=a4.b4.c4@example.com;EMAIL=a5.b5.c5@example.com;EMAIL=a6.b6."
         "c6@example.com;EMAIL=a7.b7.c7@example.com;EMAIL=a8.b8.c8@example.com;EMAIL=a9.b9.c9@"
         "example.com;EMAIL=a10.b10.c10@example.com;EMAIL=a11.b11.c11@example.com;EMAIL=a12.b12."
         "c12@example.com;EMAIL=a13.b13.c13@example.com;EMAIL=a14.b14.c14@example.com;EMAIL=a15."
         "b15.c15@example.com;EMAIL=a16.b16.c16@example.com;EMAIL=a17.b17.c17@example.com;EMAIL="
         "a18.b18.c18@example.com;EMAIL=a19.b19.c19@example.com;EMAIL=x.kweindling@example.com"},
    };
    CHECK(c);
}

/* anon_v_email()'s file extensions, packed: each in both cases, real domains beside them */
static void test_email_extensions_as_before(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"maria@logo.c and Maria@Logo.C, maria@logo.h and Maria@Logo.H, maria@logo.o and "
         "Maria@Logo.O, maria@logo.js and Maria@Logo.JS, maria@logo.ts and Maria@Logo.TS, "
         "maria@logo.md and Maria@Logo.MD",
         ""},
        {"maria@logo.py and Maria@Logo.PY, maria@logo.rb and Maria@Logo.RB, maria@logo.go and "
         "Maria@Logo.GO, maria@logo.kt and Maria@Logo.KT, maria@logo.gz and Maria@Logo.GZ",
         ""},
        /* Serbia's ".rs" is a mail domain, no longer a Rust file (eai64) */
        {"maria@logo.rs and Maria@Logo.RS", "EMAIL=maria@logo.rs;EMAIL=Maria@Logo.RS"},
        {"maria@logo.so and Maria@Logo.SO, maria@logo.png and Maria@Logo.PNG, maria@logo.jpg and "
         "Maria@Logo.JPG, maria@logo.gif and Maria@Logo.GIF, maria@logo.svg and Maria@Logo.SVG, "
         "maria@logo.ico and Maria@Logo.ICO",
         ""},
        {"maria@logo.bmp and Maria@Logo.BMP, maria@logo.mjs and Maria@Logo.MJS, maria@logo.cjs and "
         "Maria@Logo.CJS, maria@logo.tsx and Maria@Logo.TSX, maria@logo.jsx and Maria@Logo.JSX, "
         "maria@logo.css and Maria@Logo.CSS",
         ""},
        {"maria@logo.htm and Maria@Logo.HTM, maria@logo.yml and Maria@Logo.YML, maria@logo.txt and "
         "Maria@Logo.TXT, maria@logo.php and Maria@Logo.PHP, maria@logo.pdf and Maria@Logo.PDF, "
         "maria@logo.zip and Maria@Logo.ZIP",
         ""},
        {"maria@logo.tgz and Maria@Logo.TGZ, maria@logo.map and Maria@Logo.MAP, maria@logo.cpp and "
         "Maria@Logo.CPP, maria@logo.hpp and Maria@Logo.HPP, maria@logo.dll and Maria@Logo.DLL, "
         "maria@logo.exe and Maria@Logo.EXE",
         ""},
        {"maria@logo.xml and Maria@Logo.XML, maria@logo.jpeg and Maria@Logo.JPEG, maria@logo.webp "
         "and Maria@Logo.WEBP, maria@logo.scss and Maria@Logo.SCSS, maria@logo.html and "
         "Maria@Logo.HTML, maria@logo.json and Maria@Logo.JSON",
         ""},
        {"maria@logo.yaml and Maria@Logo.YAML, maria@logo.toml and Maria@Logo.TOML, "
         "maria@logo.lock and Maria@Logo.LOCK, maria@logo.java and Maria@Logo.JAVA, "
         "maria@logo.wasm and Maria@Logo.WASM, maria@logo.swift and Maria@Logo.SWIFT",
         ""},
        {"maria@example.com, maria@example.de, maria@example.io, maria@example.info, "
         "maria@example.swiss, maria@example.co, maria@example.cc, maria@example.pngx, "
         "maria@example.jsx2",
         "EMAIL=maria@example.com;EMAIL=maria@example.de;EMAIL=maria@example.io;EMAIL=maria@"
         "example.info;EMAIL=maria@example.swiss;EMAIL=maria@example.co;EMAIL=maria@example.cc;"
         "EMAIL=maria@example.pngx"},
    };
    CHECK(c);
}

static char ks_out[1024];
static size_t ks_n;
static const char *ks_text;

static int ks_emit(void *arg, int kind, size_t s, size_t e)
{
    (void)arg;
    assert_int_equal(kind, ANON_NAMES_PERSON);
    ks_n += (size_t)snprintf(ks_out + ks_n, sizeof ks_out - ks_n, "%s%.*s", ks_n ? ";" : "",
                             (int)(e - s), ks_text + s);
    return 0;
}

/* anon_names_known_sweep() compares a block's bytes with its names' first letters folded (one
 * compare for both cases): names of ASCII and Latin-1 first letters, more than 8 first bytes,
 * forms in every case, glued to other letters */
static void test_known_sweep_forms_as_before(void **state)
{
    (void)state;
    static const char *const names[][6] = {
        {"John Smith", "Jane Doe", NULL},
        {"\xc3\x89lodie Durand", "\xc3\x98ystein Lund", NULL},
        {"Ana Berg", "Bo Cruz", "Cy Dahl", "Di Eck", "Ed Falk", NULL},
    };
    static const char *const texts[] = {
        "john smith wrote to JANE DOE; Smith, John and DOE, Jane; john.smith and jane_doe, j.smith",
        "\xc3\xa9lodie durand and \xc3\x89LODIE DURAND, Durand \xc3\x89lodie; \xc3\xb8ystein lund, "
        "\xc3\x98YSTEIN LUND",
        "ana berg, BO CRUZ, cy dahl, DI ECK, ed falk, Falk, Ed and Berg Ana; ana.berg bo_cruz "
        "cy-dahl",
        "Jjohn Smith, sJane Doe, ajohn smith, John Smithy, 'john smith', (JANE DOE) [jane doe]",
    };
    static const char *const want[3][4] = {
        {"JANE DOE;Smith, John;DOE, Jane;john.smith;jane_doe", "", "",
         "smith, John;JANE DOE;jane doe"},
        {"",
         "\xc3\xa9lodie durand;\xc3\x89LODIE DURAND;Durand \xc3\x89lodie;\xc3\xb8ystein lund;"
         "\xc3\x98YSTEIN LUND",
         "", ""},
        {"", "",
         "ana berg;BO CRUZ;cy dahl;DI ECK;ed falk;Falk, Ed;Berg Ana;ana.berg;bo_cruz;cy-dahl", ""},
    };
    for (size_t g = 0; g < 3; g++) {
        anon_names_known_t *k = anon_names_known_new();
        assert_non_null(k);
        for (size_t i = 0; names[g][i]; i++)
            assert_int_equal(anon_names_known_add(k, names[g][i], strlen(names[g][i])), 0);
        for (size_t i = 0; i < 4; i++) {
            ks_n = 0;
            ks_out[0] = '\0';
            ks_text = texts[i];
            assert_int_equal(anon_names_known_sweep(k, texts[i], strlen(texts[i]), ks_emit, NULL),
                             0);
            assert_string_equal(ks_out, want[g][i]);
        }
        anon_names_known_free(k);
    }
}

/* engine_sweep.c's run(): an unanchored match of a built-in pattern through pcre2_jit_match(),
 * the interpreter for anchored ones (the card's security code after its label) and where a
 * window is not ASCII (the UCP pattern); every detector kind of the default packs */
static void test_sweep_matches_as_before(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"my phone is +1 415 555 0132. Please call", "PHONE=+1 415 555 0132"},
        {"Tel.: +49 30 901820, Fax: +49 30 9018 2222, mobil 0171 2345678",
         "PHONE=+49 30 901820;PHONE=+49 30 9018 2222;PHONE=0171 2345678"},
        {"Rufen Sie mich unter 030 12345678 an, Frau M\xc3\xbcller wohnt in K\xc3\xb6ln",
         "PHONE=030 12345678;PERSON=M\xc3\xbcller"},
        {"Write to maria.keller@example.com or to \xc3\xa9lodie.durand@exemple.fr today",
         "EMAIL=maria.keller@example.com;EMAIL=\xc3\xa9lodie.durand@exemple.fr"},
        {"maria.keller at example.com and j.doe (at) example (dot) org",
         "EMAIL=maria.keller at example.com;EMAIL=j.doe (at) example (dot) org"},
        {"card 4111 1111 1111 1111 exp 12/27 cvv: 123",
         "CREDIT_CARD=4111 1111 1111 1111;CARD_SECURITY_CODE=123"},
        {"IBAN DE89 3704 0044 0532 0130 00 and GB82 WEST 1234 5698 7654 32",
         "IBAN=DE89 3704 0044 0532 0130 00;IBAN=GB82 WEST 1234 5698 7654 32"},
        {"server 192.168.1.20 and 2001:4860:4860::8888 answered",
         "IPV4=192.168.1.20;IPV6=2001:4860:4860::8888"},
        {"SSN 536-22-8451, api_key = \"sk_live_51H8xYz0123456789abcdefABCDEF\"",
         "US_SSN=536-22-8451;STRIPE_KEY=sk_live_51H8xYz0123456789abcdefABCDEF"},
        {"wa.me/491701234567 and +49/151/123/4567 and [\\\"+49\\\", \\\"151\\\", \\\"123\\\", "
         "\\\"4567\\\"]",
         "PHONE=491701234567;PHONE=+49/151/123/4567"},
        {"\xe9\x9b\xbb\xe8\xa9\xb1+81 3 1234 5678\xe3\x81\xa7\xe3\x81\x99",
         "PHONE=+81 3 1234 5678"},
        {"version 2.4.1 of the service, order 884213, build 2024-05-01T10:22:03Z", ""},
    };
    CHECK(c);
}

/* near_anchor() reads pair_next_plain once no "at" word is within reach of a dot or after it:
 * hosts after "at" words before and after runs of dots, hosts as long as the window reaches, a
 * trigger anchored at '.' that is no host's ("SG.") after the switch, texts without "at" */
static void test_sweep_host_dots_as_before(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"write to maria.keller at example.com obj.method() obj.method() obj.method() obj.method() "
         "obj.method() obj.method() obj.method() obj.method() obj.method() obj.method() "
         "obj.method() obj.method() then ana.b at web.de",
         "EMAIL=maria.keller at example.com;EMAIL=ana.b at web.de"},
        {"ana.b at web.de, obj.method() obj.method() obj.method() obj.method() obj.method() "
         "obj.method() obj.method() obj.method() obj.method() obj.method() obj.method() "
         "obj.method() token 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 "
         "here",
         "EMAIL=ana.b at "
         "web.de;SENDGRID_KEY=SG.a1B2c3D4e5F6g7H8i9J0kL."
         "MMMMMMMMn1o2p3q4r5s6t7u8v9w0x1y2z3A4B5C6D7E"},
        {"see john.smith@example.com, jane.doe@corp.example.org, and write to maria.keller at "
         "example.com",
         "EMAIL=john.smith@example.com;EMAIL=jane.doe@corp.example.org;EMAIL=maria.keller at "
         "example.com"},
        {"john.smith@example.com obj.method file.txt e.g. www.example.org "
         "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",
         "EMAIL=john.smith@example.com;SENDGRID_KEY=SG.a1B2c3D4e5F6g7H8i9J0kL."
         "MMMMMMMMn1o2p3q4r5s6t7u8v9w0x1y2z3A4B5C6D7E"},
        {"write to x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com now",
         "EMAIL=x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com"},
        {"write to x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com now, "
         "obj.fn() a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b "
         "a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b and y.z at web.de",
         "EMAIL=x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com;EMAIL=y.z at "
         "web.de"},
        {"write to x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com now",
         "EMAIL=x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com"},
        {"write to x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com now, "
         "obj.fn() a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b "
         "a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b and y.z at web.de",
         "EMAIL=x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com;EMAIL=y.z "
         "at web.de"},
        {"write to x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com now",
         "EMAIL=x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com"},
        {"write to x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com now, "
         "obj.fn() a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b "
         "a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b and y.z at web.de",
         "EMAIL=x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com;EMAIL="
         "y.z at web.de"},
        {"write to x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com now",
         "EMAIL=x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com"},
        {"write to x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com "
         "now, obj.fn() a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b "
         "a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b and y.z at web.de",
         "EMAIL=x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com;"
         "EMAIL=y.z at web.de"},
        {"write to x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com "
         "now",
         "EMAIL=x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com"},
        {"write to x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com "
         "now, obj.fn() a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b "
         "a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b and y.z at web.de",
         "EMAIL=x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com;"
         "EMAIL=y.z at web.de"},
        {"write to x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk."
         "com now",
         "EMAIL=x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk."
         "com"},
        {"write to x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk."
         "com now, obj.fn() a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b "
         "a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b and y.z at web.de",
         "EMAIL=x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk."
         "com;EMAIL=y.z at web.de"},
        {"write to x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh."
         "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com now",
         "EMAIL=x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh."
         "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com"},
        {"write to x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh."
         "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com now, obj.fn() a.b a.b a.b "
         "a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b "
         "a.b a.b a.b a.b a.b and y.z at web.de",
         "EMAIL=x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh."
         "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com;EMAIL=y.z at web.de"},
        {"write to x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh."
         "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com now",
         ""},
        {"write to x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh."
         "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com now, obj.fn() a.b a.b "
         "a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b "
         "a.b a.b a.b a.b a.b a.b and y.z at web.de",
         "EMAIL=y.z at web.de"},
        {"write to x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh."
         "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com now",
         ""},
        {"write to x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh."
         "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com now, obj.fn() a.b "
         "a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b "
         "a.b a.b a.b a.b a.b a.b a.b and y.z at web.de",
         "EMAIL=y.z at web.de"},
        {"write to x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh."
         "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com now",
         ""},
        {"write to x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh."
         "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com now, obj.fn() "
         "a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b "
         "a.b a.b a.b a.b a.b a.b a.b a.b and y.z at web.de",
         "EMAIL=y.z at web.de"},
        {"write to x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh."
         "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com now",
         ""},
        {"write to x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh."
         "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com now, obj.fn() "
         "a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b "
         "a.b a.b a.b a.b a.b a.b a.b a.b and y.z at web.de",
         "EMAIL=y.z at web.de"},
        {"write to x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh."
         "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com now",
         ""},
        {"write to x.y at "
         "hhhhhhhhhhhhhhhhhhhhhhhhhhhhhh."
         "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk.com now, "
         "obj.fn() a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b "
         "a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b and y.z at web.de",
         "EMAIL=y.z at web.de"},
        {"maria.keller AT example.com; a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b "
         "a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b "
         "a.b a.b a.b  ana.b \xc3\xa4t web.de",
         "EMAIL=maria.keller AT example.com;EMAIL=ana.b \xc3\xa4t web.de"},
        {"ana.b at web.de a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b "
         "a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b a.b  "
         "marie.dupont chez exemple.fr",
         "EMAIL=ana.b at web.de;EMAIL=marie.dupont chez exemple.fr"},
    };
    check_both_sweeps(c, sizeof c / sizeof c[0]);
}

/* a custom pattern goes through pcre2_match() */
static void test_sweep_custom_pattern_as_before(void **state)
{
    (void)state;
    char err[256];
    anon_custom_detector_t cd[] = {{"EMPLOYEE_ID", "\\bEMP-\\d{6}\\b"}};
    anon_config_t cfg = {.custom = cd, .ncustom = 1};
    anon_engine_t *e = anon_engine_new(&cfg, err, sizeof err);
    assert_non_null(e);
    const char *text = "badge EMP-123456, not EMP-1234567; ask maria.keller@example.com";
    anon_finding_t *f = NULL;
    size_t n = 0;
    assert_int_equal(anon_find(e, text, strlen(text), &f, &n), 0);
    assert_int_equal(n, 2);
    assert_string_equal(anon_engine_type_name(e, f[0].type), "EMPLOYEE_ID");
    assert_int_equal(f[0].start, 6);
    assert_int_equal(f[0].end, 16);
    assert_string_equal(anon_engine_type_name(e, f[1].type), "EMAIL");
    free(f);
    anon_engine_free(e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rec40_titles_and_conjunctions_as_before),
        cmocka_unit_test(test_rec40_words_over_findings_at_every_offset),
        cmocka_unit_test(test_rec40_repeated_names_as_before),
        cmocka_unit_test(test_rec40_email_keys_as_before),
        cmocka_unit_test(test_email_extensions_as_before),
        cmocka_unit_test(test_known_sweep_forms_as_before),
        cmocka_unit_test(test_sweep_matches_as_before),
        cmocka_unit_test(test_sweep_custom_pattern_as_before),
        cmocka_unit_test(test_sweep_host_dots_as_before),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
