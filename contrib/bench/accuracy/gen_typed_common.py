"""gen_typed_common.py: the phone-typed chat tables gen_typed52.py and gen_typed53.py share
(greetings, thanks, intros and cues per language, streets, months, births and phones as typed, look-
alike words, pets, firms, products, places). The drawing functions take the generator's own rng, so
each corpus regenerates byte-identical."""

# ---- names as typed: given names and surnames per language, global ones, invented syllables ------
NAMES = {
    "en": ("oliver hannah rebecca declan chloe george imogen callum bethany rhys",
           "ashworth fletcher brennan pritchard whitfield baxter holloway thornton"),
    "de": ("jonas ulrike matthias sabine tobias katrin jürgen lena felix dörte",
           "müller keller weber vogel lindner krause schäfer brandt hoffmann"),
    "fr": ("françois sébastien aurélie benoît hélène camille mathieu léa gaëlle",
           "dupont lefèvre moreau girard marchand rousseau fontaine bérard"),
    "nl": ("sanne daan lotte bram fleur thijs anouk joris femke",
           "de vries jansen bakker visser smit van dijk mulder dekker"),
    "es": ("josé lucía javier inés sergio carmen rodrigo nuria álvaro",
           "ruiz garcía navarro romero castillo ortega iglesias muñoz"),
    "it": ("giulia matteo chiara davide lorenzo francesca niccolò elisa",
           "rossi bianchi colombo esposito ricci ferraro greco mancini"),
    "pt": ("joão beatriz inês tiago mariana gonçalo joana rui",
           "silva ferreira costa carvalho rodrigues pereira almeida simões"),
    "pl": ("łukasz katarzyna piotr agnieszka tomasz małgorzata paweł zofia",
           "kowalczyk wójcik nowak mazur krawczyk lewandowski zając"),
    "sv": ("björn ingrid karin anders linnea erik åsa maja",
           "lindqvist andersson bergström holm nyberg sjöberg ekström"),
    "da": ("søren mette freja mads ida rasmus signe",
           "jørgensen nielsen christensen mikkelsen kjær dalgaard"),
    "no": ("bjørn ingrid håkon solveig eirik kari sindre",
           "haugen johansen berg hagen bakke solberg strand"),
    "fi": ("jukka päivi mikko aino antti riikka ville",
           "virtanen korhonen mäkinen nieminen hämäläinen laine"),
    "cs": ("jakub lucie ondřej kateřina jiří tereza",
           "dvořák novák černý procházka kučera veselý"),
    "hu": ("zoltán ágnes gábor eszter bence katalin",
           "nagy kovács szabó tóth horváth varga"),
    "tr": ("özlem mehmet zeynep emre elif burak",
           "yılmaz kaya demir şahin çelik aydın öztürk"),
    "ro": ("andrei ioana mihai elena bogdan ștefania",
           "popescu ionescu dumitru stan constantin munteanu"),
}
NAMES = {k: (g.split(), s.split()) for k, (g, s) in NAMES.items()}
for _k in ("nl",):
    NAMES[_k] = (NAMES[_k][0], ["de vries", "jansen", "bakker", "visser", "smit", "van dijk", "mulder", "dekker"])
GLOBAL = ("oluwaseun priya wei tariq kwame aiko rahul fatima thanh nadia kofi amara hiroshi ngozi "
          "arjun layla".split(),
          "adeyemi raghunathan zhang haddad mensah tanaka chatterjee benali quispe nguyen okonkwo "
          "farouk mwangi suleiman".split())
SYL = {"en": ["bran", "wick", "ash", "tor", "mel", "ford", "wen"], "de": ["hel", "gar", "lin", "brun", "wal", "ker"],
       "fr": ["mar", "bel", "lou", "ren", "gis", "val"], "nl": ["wou", "ter", "bos", "ker", "hof", "lan"],
       "es": ["ri", "gue", "lo", "te", "san", "ber"], "it": ["ga", "bri", "lo", "ven", "tu", "ce"],
       "pt": ["ar", "ga", "vei", "lo", "mi", "ran"], "pl": ["szy", "mar", "bro", "wic", "kol", "rze"],
       "sv": ["berg", "sjo", "lin", "dal", "hol", "vik"], "da": ["so", "bjor", "hol", "ren", "kjel", "lund"],
       "no": ["ha", "kon", "sol", "vei", "rud", "tor"], "fi": ["kai", "ja", "mo", "tu", "ri", "lah"],
       "cs": ["vla", "de", "kre", "mir", "sla", "bo"], "hu": ["ba", "lo", "gy", "ker", "sza", "ti"],
       "tr": ["ka", "yil", "dem", "er", "gul", "tan"], "ro": ["do", "ra", "mi", "tes", "cu", "lan"]}
END = {"en": ["ton", "ley", "by"], "de": ["mann", "ler", "bach"], "fr": ["ier", "aud", "ot"],
       "nl": ["ink", "sma", "huis"], "es": ["ez", "edo", "ar"], "it": ["etti", "ini", "one"],
       "pt": ["eiro", "inho", "ao"], "pl": ["ski", "czyk", "ak"], "sv": ["son", "ström", "qvist"],
       "da": ["sen", "gaard", "strup"], "no": ["sen", "heim", "rud"], "fi": ["nen", "la", "lainen"],
       "cs": ["ek", "ová", "ický"], "hu": ["i", "as", "os"], "tr": ["oğlu", "can", "er"],
       "ro": ["escu", "eanu", "ache"]}


# ---- per-language chat pieces ---------------------------------------------------------------------
# hi: greetings before a name; thx: thanks and sign-offs after or before a name; intro: how a
# sender names themself ({g} given, {gs} given and surname); addr/dob/tel: the cue before a
# street, a birth date, a phone; ok: short messages with no personal data; short: shorthand
# that stands next to a name.
L = {
    "en": dict(hi="hey hi hiya heyy morning evening", thx="thx thanks cheers ty tysm",
               intro=["its {g} btw", "this is {g} from the {grp}", "hi its {gs} here", "{gs} here 👋",
                      "hey im {g}, got ur number from {g2}"],
               addr=["addr is {st}", "my addr: {st}", "im at {st}", "pick up from {st} pls", "new addr {st}"],
               dob=["bday {d}", "dob {d}", "born {d}", "her b-day is {d}", "d.o.b. {d}"],
               tel=["my nr is {p}", "call me on {p}", "text {p} asap", "mob {p}"],
               ok=["ok cool see u tmrw", "gonna be 10 min late sorry", "pls confirm asap", "lol yes",
                   "r u still ok for sat?", "msg me when ur outside", "sounds gd 👍", "np at all"],
               short="pls thx tmrw asap msg ur gonna lol omg btw"),
    "de": dict(hi="hey hallo moin servus hi", thx="danke dankeschon lg vg thx",
               intro=["ich bin's, {g}", "hier ist {g} vom {grp}", "hallo, {gs} hier", "bin die {g} btw",
                      "hi ich bin {g}, hab deine nr von {g2}"],
               addr=["adresse: {st}", "wohne in der {st}", "abholung {st}", "neue adr {st}", "bin in der {st}"],
               dob=["geb {d}", "geb. am {d}", "geburtstag {d}", "gebdatum {d}", "geboren {d}"],
               tel=["meine nr {p}", "ruf an unter {p}", "handy {p}", "tel {p}"],
               ok=["ok passt, bis morgen", "bin gleich da 🙏", "sorry komme 10 min spater", "jo passt",
                   "hast du zeit am sa?", "schreib kurz wenn du da bist", "alles klar 👍", "kein ding"],
               short="lg vg hdl bzw gn8 mfg kp ok sry"),
    "fr": dict(hi="salut coucou bjr slt hello", thx="merci mrc bisous bises thx",
               intro=["c'est {g}", "moi c {g} de la {grp}", "bjr, {gs} ici", "c {g} au fait",
                      "salut je suis {g}, j'ai eu ton num par {g2}"],
               addr=["adresse: {st}", "j'habite {st}", "rdv au {st}", "nouvelle adresse {st}", "je suis au {st}"],
               dob=["nee le {d}", "ne le {d}", "date de naissance {d}", "ddn {d}", "anniv {d}"],
               tel=["mon num {p}", "appelle moi au {p}", "tel {p}", "mon 06: {p}"],
               ok=["ok ca marche a demain", "jsp encore, je te dis", "dsl 10 min de retard", "top merci 😊",
                   "t dispo samedi?", "envoie moi un msg qd t la", "parfait 👍", "pas de souci"],
               short="stp svp mrc jsp dsl pk bcp tkt mdr"),
    "nl": dict(hi="hoi hey hallo hee hi", thx="dank thx bedankt dankjewel groetjes",
               intro=["met {g}", "ik ben {g} van de {grp}", "hoi, {gs} hier", "is {g} btw",
                      "hey ik ben {g}, nummer van {g2} gekregen"],
               addr=["adres: {st}", "ik woon op de {st}", "ophalen {st}", "nieuw adres {st}", "ben op {st}"],
               dob=["geb {d}", "geboren {d}", "geb.datum {d}", "verjaardag {d}"],
               tel=["mijn nr {p}", "bel me op {p}", "tel {p}", "06: {p}"],
               ok=["ok top tot morgen", "ben er zo 🙏", "sorry 10 min later", "prima",
                   "heb je za tijd?", "app ff als je er bent", "helemaal goed 👍", "geen probleem"],
               short="ff mss idd hvj gwn wss ok sws"),
    "es": dict(hi="hola holaa buenas ey hey", thx="gracias grax porfa besos bss",
               intro=["soy {g}", "soy {g} del {grp}", "hola, {gs} aqui", "q soy {g} jaja",
                      "hola soy {g}, me paso tu num {g2}"],
               addr=["direccion: {st}", "vivo en {st}", "recogida en {st}", "nueva dir {st}", "estoy en {st}"],
               dob=["nacio el {d}", "f nac {d}", "fecha de nac {d}", "cumple {d}", "nacimiento {d}"],
               tel=["mi num {p}", "llamame al {p}", "tlf {p}", "movil {p}"],
               ok=["vale nos vemos mñn", "llego en 10 min sorry", "ok perfe", "jajaja si",
                   "tienes tiempo el sabado?", "escribeme cuando llegues", "genial 👍", "sin problema"],
               short="porfa xq tb q bss tqm finde mñn"),
    "it": dict(hi="ciao ciaoo ehi salve buongiorno", thx="grazie grz baci thx",
               intro=["sono {g}", "sono {g} del {grp}", "ciao, {gs} qui", "sn {g} cmq",
                      "ciao sono {g}, ho il tuo num da {g2}"],
               addr=["indirizzo: {st}", "abito in {st}", "ritiro in {st}", "nuovo indirizzo {st}", "sono in {st}"],
               dob=["nato il {d}", "nata il {d}", "data di nascita {d}", "compleanno {d}", "dn {d}"],
               tel=["il mio num {p}", "chiamami al {p}", "cell {p}", "tel {p}"],
               ok=["ok perfetto a domani", "arrivo tra 10 min scusa", "va bene", "ahah si",
                   "sei libero sabato?", "scrivimi qnd arrivi", "ottimo 👍", "tranqui"],
               short="cmq nn xke tvb qnd grz ke sn"),
    "pt": dict(hi="ola oi bom dia boas ei", thx="obrigado obg valeu bjs thx",
               intro=["sou o {g}", "aqui e a {g} do {grp}", "ola, {gs} aqui", "e o {g} btw",
                      "oi sou {g}, o {g2} me passou teu num"],
               addr=["morada: {st}", "moro na {st}", "buscar na {st}", "nova morada {st}", "estou na {st}"],
               dob=["nasceu {d}", "dn {d}", "data de nasc {d}", "aniversario {d}", "nascido a {d}"],
               tel=["meu num {p}", "liga pra {p}", "tlm {p}", "cel {p}"],
               ok=["ok combinado ate amanha", "chego em 10 min desculpa", "blz", "kkk sim",
                   "tens tempo sabado?", "manda msg quando chegares", "otimo 👍", "de nada"],
               short="vc tb obg blz kkk pq tlgd msm"),
    "pl": dict(hi="czesc hej siema dzien dobry witam", thx="dzieki dzk dziekuje pzdr thx",
               intro=["tu {g}", "jestem {g} z {grp}", "hej, {gs} z tej strony", "to ja {g}",
                      "czesc jestem {g}, mam twoj nr od {g2}"],
               addr=["adres: {st}", "mieszkam na {st}", "odbior {st}", "nowy adres {st}", "jestem na {st}"],
               dob=["ur. {d}", "data ur {d}", "urodzona {d}", "urodziny {d}", "data urodzenia {d}"],
               tel=["moj nr {p}", "zadzwon {p}", "tel {p}", "kom {p}"],
               ok=["ok to do jutra", "bede za 10 min sorki", "spoko", "haha tak",
                   "masz czas w sobote?", "napisz jak bedziesz", "super 👍", "nie ma sprawy"],
               short="pzdr nwm dzk spoko sorki jj wgl"),
    "sv": dict(hi="hej hejsan tja hallå morsning", thx="tack tackar mvh kram thx",
               intro=["det e {g}", "det är {g} från {grp}", "hej, {gs} här", "{g} här btw",
                      "hej jag heter {g}, fick ditt nr av {g2}"],
               addr=["adress: {st}", "bor på {st}", "hämtning {st}", "ny adress {st}", "är på {st}"],
               dob=["fodd {d}", "fodelsedag {d}", "f. {d}", "fodd den {d}"],
               tel=["mitt nr {p}", "ring mig pa {p}", "tel {p}", "mobil {p}"],
               ok=["ok toppen ses imorn", "kommer om 10 min sorry", "absolut", "haha ja",
                   "har du tid lordag?", "sms:a nar du ar har", "perfekt 👍", "inga problem"],
               short="mvh iaf typ asså btw kram sen"),
    "da": dict(hi="hej hejsa hey godmorgen hi", thx="tak tusind tak mvh kh thx",
               intro=["det er {g}", "det er {g} fra {grp}", "hej, {gs} her", "{g} her btw",
                      "hej jeg hedder {g}, fik dit nr af {g2}"],
               addr=["adresse: {st}", "bor pa {st}", "afhentning {st}", "ny adresse {st}", "er pa {st}"],
               dob=["fodt {d}", "fodselsdag {d}", "f. {d}", "fodt den {d}"],
               tel=["mit nr {p}", "ring pa {p}", "tlf {p}", "mobil {p}"],
               ok=["ok fedt ses i morgen", "kommer om 10 min undskyld", "fint", "haha ja",
                   "har du tid lordag?", "skriv nar du er her", "super 👍", "intet problem"],
               short="mvh kh vh btw lige osv ok"),
    "no": dict(hi="hei heisann hallo halla morn", thx="takk tusen takk mvh klem thx",
               intro=["det er {g}", "dette er {g} fra {grp}", "hei, {gs} her", "{g} her btw",
                      "hei jeg heter {g}, fikk nr ditt av {g2}"],
               addr=["adresse: {st}", "bor i {st}", "henting {st}", "ny adresse {st}", "er i {st}"],
               dob=["fodt {d}", "fodselsdato {d}", "f. {d}", "bursdag {d}"],
               tel=["mitt nr {p}", "ring meg pa {p}", "tlf {p}", "mob {p}"],
               ok=["ok supert ses i morgen", "kommer om 10 min sorry", "greit", "haha ja",
                   "har du tid lordag?", "send melding nar du er her", "topp 👍", "null stress"],
               short="mvh btw forresten ok iallfall klem"),
    "fi": dict(hi="moi moikka hei terve huomenta", thx="kiitos kiitti kiitoksia thx",
               intro=["tassa {g}", "mina oon {g} {grp}sta", "moi, {gs} tassa", "{g} taalla btw",
                      "moi oon {g}, sain numeron {g2}lta"],
               addr=["osoite: {st}", "asun {st}", "nouto {st}", "uusi osoite {st}", "oon {st}"],
               dob=["syntynyt {d}", "synt. {d}", "s. {d}", "syntymapaiva {d}"],
               tel=["mun nro {p}", "soita {p}", "puh {p}", "gsm {p}"],
               ok=["ok sopii nahdaan huomenna", "tuun 10 min myohassa sori", "joo", "hah joo",
                   "ootko vapaa lauantaina?", "laita viestia kun oot perilla", "loistavaa 👍", "ei hataa"],
               short="kiitti sori joo okei moro mut"),
    "cs": dict(hi="ahoj cau dobry den nazdar zdravim", thx="diky dik dekuju dekuji thx",
               intro=["tady {g}", "ahoj jsem {g} z {grp}", "dobry den, {gs}", "to jsem ja {g}",
                      "cau jsem {g}, cislo mam od {g2}"],
               addr=["adresa: {st}", "bydlim {st}", "vyzvednuti {st}", "nova adresa {st}", "jsem na {st}"],
               dob=["nar. {d}", "narozena {d}", "datum nar {d}", "narozeniny {d}"],
               tel=["moje cislo {p}", "zavolej na {p}", "tel {p}", "mob {p}"],
               ok=["ok tak zitra", "budu tam za 10 min sorry", "v pohode", "haha jo",
                   "mas cas v sobotu?", "napis az tam budes", "super 👍", "neni zac"],
               short="dik pls jj nvm tj cau mrkni"),
    "hu": dict(hi="szia sziasztok hello hali csa", thx="koszi koszonom kosz puszi thx",
               intro=["{g} vagyok", "szia, {g} vagyok a {grp}bol", "hello, {gs} itt", "en vagyok {g}",
                      "szia {g} vagyok, {g2} adta meg a szamod"],
               addr=["cim: {st}", "lakom: {st}", "atvetel {st}", "uj cim {st}", "itt vagyok: {st}"],
               dob=["szul {d}", "szuletett {d}", "szul.datum {d}", "szulinap {d}"],
               tel=["a szamom {p}", "hivj {p}", "tel {p}", "mobil {p}"],
               ok=["ok akkor holnap", "10 percet kesek bocsi", "rendben", "haha igen",
                   "raersz szombaton?", "irj ha ott vagy", "szuper 👍", "semmi gond"],
               short="koszi pls bocsi asszem szal ok puszi"),
    "tr": dict(hi="selam slm merhaba mrb hey", thx="sagol tesekkurler tsk eyw thx",
               intro=["ben {g}", "ben {g} {grp}dan", "merhaba, {gs} ben", "{g} bu arada",
                      "selam ben {g}, numarani {g2} verdi"],
               addr=["adres: {st}", "{st} oturuyorum", "alis {st}", "yeni adres {st}", "{st} bekliyorum"],
               dob=["dogum tarihi {d}", "dt {d}", "d.t. {d}", "dogum gunu {d}"],
               tel=["numaram {p}", "beni ara {p}", "tel {p}", "cep {p}"],
               ok=["tamam yarin gorusuruz", "10 dk gec kalirim kusura bakma", "tmm", "aynen",
                   "cumartesi musait misin?", "gelince yaz", "super 👍", "sorun yok"],
               short="slm tmm tsk eyw aynen bi cnm nbr"),
    "ro": dict(hi="buna salut hey neata servus", thx="mersi multumesc mersii pup thx",
               intro=["sunt {g}", "sunt {g} de la {grp}", "buna, {gs} aici", "eu sunt {g} btw",
                      "salut sunt {g}, am nr tau de la {g2}"],
               addr=["adresa: {st}", "stau pe {st}", "ridicare {st}", "adresa noua {st}", "sunt pe {st}"],
               dob=["nascut {d}", "nascuta {d}", "data nasterii {d}", "zi de nastere {d}"],
               tel=["nr meu {p}", "suna la {p}", "tel {p}", "mobil {p}"],
               ok=["ok pe maine atunci", "ajung in 10 min scuze", "bine", "haha da",
                   "ai timp sambata?", "da un mesaj cand ajungi", "super 👍", "nicio problema"],
               short="mersi pls nush pa dc sal ms"),
}
for _v in L.values():
    for _k in ("hi", "thx", "short"):
        _v[_k] = _v[_k].split()

# Streets as typed in chat: (name, number first?) per language.
STREETS = {
    "en": ["baker st", "mill lane", "church rd", "station road", "victoria st", "park ave", "queens rd"],
    "de": ["hauptstr", "lindenstrasse", "bahnhofstr", "schillerstr", "am markt", "goethestrasse", "ringstr"],
    "fr": ["rue de la paix", "av jean jaures", "bd voltaire", "rue des lilas", "rue victor hugo", "chemin des vignes"],
    "nl": ["kerkstraat", "dorpsstraat", "molenweg", "stationsplein", "lindelaan", "prinsengracht"],
    "es": ["c/ mayor", "calle sol", "avda de la paz", "c/ alcala", "plaza espana", "calle real"],
    "it": ["via roma", "via garibaldi", "corso italia", "via dante", "viale mazzini", "piazza duomo"],
    "pt": ["rua augusta", "av da liberdade", "rua do carmo", "rua direita", "travessa do sol"],
    "pl": ["ul. polna", "ul. lipowa", "ul dluga", "ul. mickiewicza", "al. jerozolimskie", "ul. kwiatowa"],
    "sv": ["storgatan", "kyrkvagen", "drottninggatan", "skolgatan", "bjorkvagen"],
    "da": ["norregade", "vestergade", "solvej", "algade", "skovvej"],
    "no": ["storgata", "kirkeveien", "bjerkeveien", "skolegata", "parkveien"],
    "fi": ["mannerheimintie", "koulukatu", "rantatie", "kirkkokatu", "puistotie"],
    "cs": ["masarykova", "namesti miru", "na prikope", "husova", "palackeho"],
    "hu": ["kossuth u.", "petofi utca", "fo ut", "rakoczi ut", "ady endre u."],
    "tr": ["ataturk cad.", "cumhuriyet cd", "gul sok.", "inonu cad", "istiklal cd"],
    "ro": ["str. florilor", "bd unirii", "calea victoriei", "str. lalelelor", "str mihai eminescu"],
}


def street(rng, lg):
    b = rng.choice(STREETS[lg])
    n = str(rng.randint(1, 120))
    r = rng.random()
    if lg == "en" or (lg == "fr" and r < 0.5):
        return n + " " + b
    if lg == "pl" and r < 0.3:
        return b + " " + n + " m " + str(rng.randint(1, 40))
    if lg == "tr" and r < 0.4:
        return b + " no " + n
    if lg in ("de", "nl", "sv", "da", "no", "fi") and r < 0.35 and " " not in b and not b.endswith("."):
        return b + n  # glued: hauptstr5, kerkstraat12
    if lg == "es" and r < 0.3:
        return b + " " + n + " " + rng.choice(["2o b", "3 izq", "1a"])
    return b + " " + n


MON = {
    "en": "jan feb march april may june july aug sept oct nov dec",
    "de": "jan feb marz april mai juni juli aug sept okt nov dez",
    "fr": "janv fevrier mars avril mai juin juillet aout sept oct nov dec",
    "nl": "jan feb maart april mei juni juli aug sept okt nov dec",
    "es": "ene feb marzo abril mayo junio julio agosto sept oct nov dic",
    "it": "genn febbraio marzo aprile maggio giugno luglio agosto sett ott nov dic",
    "pt": "jan fev marco abril maio junho julho agosto set out nov dez",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia wrzesnia pazdziernika listopada grudnia",
    "sv": "jan feb mars april maj juni juli aug sept okt nov dec",
    "da": "jan feb marts april maj juni juli aug sept okt nov dec",
    "no": "jan feb mars april mai juni juli aug sept okt nov des",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesakuuta heinakuuta elokuuta "
          "syyskuuta lokakuuta marraskuuta joulukuuta",
    "cs": "ledna unora brezna dubna kvetna cervna cervence srpna zari rijna listopadu prosince",
    "hu": "jan feb marcius aprilis majus junius julius aug szept okt nov dec",
    "tr": "ocak subat mart nisan mayis haziran temmuz agustos eylul ekim kasim aralik",
    "ro": "ian feb martie aprilie mai iunie iulie aug sept oct nov dec",
}
MON = {k: v.split() for k, v in MON.items()}


def en_ord(d):
    return str(d) + ("th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def birth(rng, lg):
    y = rng.randint(1931, 2016)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    yy = "%02d" % (y % 100)
    r = rng.random()
    if r < 0.25:
        return "%d/%d/%s" % (d, m, yy if rng.random() < 0.6 else y) if lg != "en" or rng.random() < 0.5 \
            else "%d/%d/%s" % (d, m, yy)
    if r < 0.5:
        return "%d.%d.%d" % (d, m, y) if rng.random() < 0.5 else "%02d.%02d.%s" % (d, m, yy)
    if r < 0.62:
        return "%d-%d-%d" % (d, m, y)
    if lg == "en":
        return rng.choice(["%s %s %s" % (en_ord(d), MON["en"][m - 1], yy),
                           "%s %s %d" % (MON["en"][m - 1], en_ord(d), y), "%d %s %d" % (d, MON["en"][m - 1], y)])
    if lg == "hu":
        return "%d. %s %d." % (y, MON["hu"][m - 1], d)
    return "%d %s %s" % (d, MON[lg][m - 1], yy if rng.random() < 0.4 else y)


def phone(rng, lg):
    cc = {"en": "44", "de": "49", "fr": "33", "nl": "31", "es": "34", "it": "39", "pt": "351", "pl": "48",
          "sv": "46", "da": "45", "no": "47", "fi": "358", "cs": "420", "hu": "36", "tr": "90", "ro": "40"}[lg]
    nat = {"en": "07", "de": "01", "fr": "06", "nl": "06", "es": "6", "it": "3", "pt": "9", "pl": "5",
           "sv": "07", "da": "2", "no": "9", "fi": "04", "cs": "7", "hu": "06", "tr": "05", "ro": "07"}[lg]
    body = "".join(str(rng.randint(0, 9)) for _ in range(9 - len(nat.lstrip("0")) + (1 if lg in ("en", "de") else 0)))
    r = rng.random()
    if r < 0.35:
        return "+" + cc + nat.lstrip("0") + body
    if r < 0.7:
        s = nat + body
        return s[:4] + " " + s[4:] if len(s) > 8 else s
    s = nat + body
    return " ".join(s[i:i + 3] for i in range(0, len(s), 3))


GROUPS = {"en": ["choir", "gym", "carpool", "dog walking", "flat viewing", "salon", "agency"],
          "de": ["chor", "gym", "fahrgemeinschaft", "hundeservice", "salon", "nachbarschaftsgruppe"],
          "fr": ["chorale", "salle", "covoit", "garde", "agence", "colocation"],
          "nl": ["koor", "sportschool", "carpool", "oppasbureau", "kapsalon", "buurtapp"],
          "es": ["coro", "gym", "grupo", "salon", "barrio", "piso"],
          "it": ["coro", "gruppo", "salone", "quartiere", "carpooling"],
          "pt": ["coro", "ginasio", "salao", "grupo", "bairro"],
          "pl": ["choru", "silowni", "agencji", "salonu", "osiedla"],
          "sv": ["koren", "gymmet", "salongen", "byran", "grannskapet"],
          "da": ["koret", "fitness", "salonen", "bureauet", "grundejerforeningen"],
          "no": ["koret", "treningssenteret", "salongen", "byraet", "borettslaget"],
          "fi": ["kuoro", "sali", "kimppakyyti", "kampaamo"],
          "cs": ["sboru", "posilovny", "agentury", "salonu"],
          "hu": ["korus", "edzoterem", "fodraszat", "ugynokseg"],
          "tr": ["koro", "spor salonu", "kuafor", "ajans"],
          "ro": ["cor", "sala", "salon", "agentie"]}

# ---- look-alikes --------------------------------------------------------------------------------
# A name-word used as a word, in the sentence that uses it (lower case, as typed).
NAMEWORDS = {
    "en": [("will", "{w} u be there at 5?"), ("mark", "pls {w} it in the calendar"), ("rose", "the {w} bush by the gate"),
           ("may", "{w} i bring the kids"), ("bill", "the {w} is 45 quid"), ("art", "{w} class is cancelled"),
           ("grace", "theres a 10 min {w} period"), ("faith", "have {w} lol it'll work"), ("frank", "to be {w} im knackered"),
           ("sunny", "its {w} so walk in the park"), ("april", "lessons till {w}"), ("june", "back in {w}"),
           ("joy", "such a {w} to sing w u all"), ("hope", "{w} ur ok"), ("pat", "pls dont {w} him hes shy"),
           ("bob", "we'll {w} along to the next one"), ("sue", "dont {w} me but im late")],
    "de": [("ernst", "im {w}? super"), ("will", "sie {w} um 5 kommen"), ("mark", "kostet 20 euro nicht {w}"),
           ("rose", "die {w} im garten"), ("mai", "bis ende {w}"), ("frank", "{w} und frei gesagt")],
    "fr": [("rose", "la porte {w}"), ("pierre", "le mur en {w}"), ("claire", "c'est {w} merci"),
           ("mai", "fin {w}"), ("marine", "la veste bleu {w}"), ("olive", "huile d'{w}")],
    "nl": [("roos", "de {w} in de tuin"), ("mei", "eind {w}"), ("hoop", "{w} dat het lukt"),
           ("mark", "kost 5 euro, geen {w}")],
    "es": [("rosa", "la camiseta {w}"), ("pilar", "el {w} de la entrada"), ("luz", "no hay {w}"),
           ("mayo", "hasta {w}"), ("esperanza", "tengo {w}"), ("sol", "hace {w}")],
    "it": [("rosa", "la maglia {w}"), ("sole", "c'e il {w}"), ("maggio", "fino a {w}"),
           ("speranza", "ho {w}"), ("franco", "{w} di spese")],
    "pt": [("rosa", "a camisola {w}"), ("luz", "sem {w}"), ("maio", "ate {w}"),
           ("gloria", "que {w}"), ("vitoria", "foi uma {w}")],
    "pl": [("maj", "koniec {w} a"), ("roza", "czerwona {w}"), ("wiktoria", "{w} druzyny"), ("nadzieja", "mam {w}")],
    "sv": [("maj", "i {w}"), ("rosa", "den {w} jackan"), ("hopp", "jag har {w}"), ("sol", "det ar {w}")],
    "da": [("maj", "i {w}"), ("rosa", "den {w} jakke"), ("hab", "der er {w}")],
    "no": [("mai", "i {w}"), ("rosa", "den {w} jakka"), ("sol", "det er {w}")],
    "fi": [("toivo", "{w} on hyva"), ("onni", "mika {w}")],
    "cs": [("kveta", "{w} na zahrade"), ("nadeje", "mam {w}"), ("jaro", "na {w}")],
    "hu": [("rozsa", "a {w} a kertben"), ("remeny", "van {w}"), ("majus", "jon a {w}")],
    "tr": [("umut", "{w} var"), ("deniz", "{w} kenarinda"), ("gul", "{w} bahcede"), ("bahar", "bu {w} guzel")],
    "ro": [("doina", "o {w} frumoasa"), ("speranta", "am {w}"), ("mai", "pana in {w}"), ("roza", "bluza {w}")],
}
PETS = ["bella", "max", "luna", "charlie", "rocky", "milo", "buddy", "coco", "nala", "teddy", "lola", "oscar"]
PET_LINE = {"en": "{w} was a good boy today 🐶", "de": "{w} war heute super brav 🐶", "fr": "{w} a ete sage 🐶",
            "nl": "{w} was heel lief vandaag 🐶", "es": "{w} se porto genial 🐶", "it": "{w} e stato bravissimo 🐶",
            "pt": "o {w} portou-se bem 🐶", "pl": "{w} byl grzeczny 🐶", "sv": "{w} var jatteduktig idag 🐶",
            "da": "{w} var sod i dag 🐶", "no": "{w} var flink i dag 🐶", "fi": "{w} oli kiltti tanaan 🐶",
            "cs": "{w} byl hodny 🐶", "hu": "{w} ugyes volt ma 🐶", "tr": "{w} bugun cok uslu 🐶",
            "ro": "{w} a fost cuminte azi 🐶"}
FIRMS = ["vinted", "leboncoin", "kleinanzeigen", "blablacar", "uber", "bolt", "rover", "whatsapp", "ikea",
         "lidl", "zalando", "marktplaats", "wallapop", "subito", "olx", "tise", "tori", "bazos", "sahibinden"]
PRODUCTS = ["iphone 12", "billy shelf", "kallax", "airpods", "ps5", "yamaha p45", "thermomix", "dyson v8"]
PLACES = ["the park", "lidl", "tesco", "aldi", "the station", "the church hall", "the school gate"]
DATE_NEG = {"en": "lesson on {d}", "de": "termin am {d}", "fr": "rdv le {d}", "nl": "afspraak {d}",
            "es": "cita el {d}", "it": "appuntamento il {d}", "pt": "marcacao dia {d}", "pl": "wizyta {d}",
            "sv": "tid {d}", "da": "tid den {d}", "no": "time {d}", "fi": "aika {d}", "cs": "termin {d}",
            "hu": "idopont {d}", "tr": "randevu {d}", "ro": "programare {d}"}
NUM_NEG = {"en": ["order #{n}", "tracking {n}", "ref {n}"], "de": ["bestellnr {n}", "sendung {n}"],
           "fr": ["commande {n}", "suivi {n}"], "nl": ["bestelling {n}", "track {n}"], "es": ["pedido {n}"],
           "it": ["ordine {n}"], "pt": ["encomenda {n}"], "pl": ["zamowienie {n}"], "sv": ["order {n}"],
           "da": ["ordre {n}"], "no": ["ordre {n}"], "fi": ["tilaus {n}"], "cs": ["objednavka {n}"],
           "hu": ["rendeles {n}"], "tr": ["siparis {n}"], "ro": ["comanda {n}"]}
EMOJI = ["😂", "🙏", "👍", "❤️", "😊", "🙈", ":)", ";)", "xD", "<3", ":D", "🥳", "😅", "🐾", "🎶"]
EMOJI_NAMES = [":smile:", ":thumbsup:", ":heart:", ":joy:", ":pray:", ":tada:"]


class C:
    """A chat written left to right with its spans."""

    def __init__(self):
        self.text, self.spans = "", []

    def t(self, s):
        self.text += s

    def s(self, label, v):
        self.spans.append({"entity_type": label, "entity_value": v, "start_position": len(self.text),
                           "end_position": len(self.text) + len(v)})
        self.text += v

    def fmt(self, tpl, slots):
        """tpl with {slot}s written as spans (slots: name -> (label, value))."""
        i = 0
        while i < len(tpl):
            j = tpl.find("{", i)
            if j < 0:
                self.t(tpl[i:])
                break
            k = tpl.index("}", j)
            self.t(tpl[i:j])
            lab, v = slots[tpl[j + 1:k]]
            if lab:
                self.s(lab, v)
            else:
                self.t(v)
            i = k + 1


def write_typed_bodies(count, thread, langs, asks, domains, rng):
    """count typed-chat bodies of the four APIs to stdout: thread(lg) each, an ask before it or none
    (gen_typed59.py and gen_typedp60.py)."""
    from gen_common import write_json
    records = []
    for i in range(count):
        lg = langs[i % len(langs)]
        doc = thread(lg)
        meta = append_typed_body(records, i, doc, rng.choice(asks), lg)
        meta["domain"] = rng.choice(domains)
    write_json(records)


def append_typed_body(records, i, doc, ask, lg):
    """The i-th typed-chat body (its API and escaping by i) with the ask before doc, appended to
    records; returns its metadata for the caller to add to (gen_lower61.py too)."""
    from gen_bodies import MARK, P, append_body, dumps, escaper, place_each, user_body
    apis = ["chat", "responses", "anthropic", "gemini"]
    api = apis[(i // 3) % 4]
    ascii_, compact = i % 3 == 0, i % 2 == 1
    piece = P(ask + "\n\n").add(doc) if ask else doc
    body = dumps(user_body(api), ascii_, compact)
    text, spans = place_each(body, [(MARK % 0, escaper(1, ascii_), piece)])
    spans.sort(key=lambda s: s["start_position"])
    meta = {"locale": lg, "class": "typed", "api": api, "ascii": ascii_}
    append_body(records, text, spans, meta)
    return meta
