#!/usr/bin/env python3
"""gen_lexicon_probe.py: tune corpus data/lexicon_probe.json (branch lexicon, issue 15): real,
common given names of the Netherlands, Flanders, Portugal, Brazil, Poland, Sweden, Turkey,
Nigeria, India and the Philippines in weak contexts, the short prompts and chat lines where only
the lexicon can tell a name ("Lieke komt morgen", "ask Thiago", "met Wiktoria and Sipho"), and
look-alikes in the same shapes: words that are names and ordinary words ("Mark the box", "Rose
garden", "Will you"), places, companies and terms of the same countries.

It measures what the name lexicon knows, so its names are real ones, written by the author from
knowledge of each country's common names (recent and older generations), not taken from any list
the lexicon reads. Python stdlib only, deterministic (its own seed); writes the corpus to stdout.
"""
import random

from gen_common import span_at, write_json

R = random.Random(1515)

GIVEN = {
    "nl": "Lieke Sanne Femke Anouk Noor Tess Lotte Mila Saar Fenna Evi Isa Marloes Ilse Inge "
          "Annelies Mieke Wilma Hanneke Marieke Esmee Iris Yara Daan Sem Levi Finn Milan Bram "
          "Luuk Thijs Jesse Stijn Ruben Joris Sander Koen Wouter Jeroen Maarten Pieter Henk "
          "Kees Joost Niels Teun Gijs Siem Jurre Mees Tygo Hidde Wessel Jelle Sjoerd Rutger "
          "Willem Jasper Thijmen Floris Tijn Guus Boaz Rik".split(),
    "be": "Fien Elise Nore Janne Lore Hanne Kato Ine Griet Sofie Leen Kristel Hilde Nele "
          "Liesbeth Arne Warre Wout Seppe Lowie Jef Mathis Senne Kobe Robbe Jens Bart Dirk "
          "Geert Wim Tuur Lander Brecht Dries Kwinten".split(),
    "pt": "Beatriz Leonor Matilde Carolina Inês Mariana Francisca Benedita Constança Margarida "
          "Madalena Rita Joana Catarina Filipa Raquel Luísa Helena Lurdes Ermelinda Santiago "
          "Afonso Tomás Duarte Martim Rodrigo Gonçalo Diogo Tiago Rui Nuno João António "
          "Joaquim Vasco Bernardo Henrique Sérgio Vítor Artur Simão Lourenço Guilherme "
          "Dinis".split(),
    "br": "Thiago Matheus Enzo Heitor Davi Murilo Caio Vinícius Wesley Wellington Cleiton "
          "Edson Rogério Reinaldo Luiz Sebastião Raimundo Antônio Juliana Fernanda Camila "
          "Larissa Letícia Giovanna Isadora Yasmin Heloísa Manuela Lívia Cecília Rayssa Thaís "
          "Priscila Aline Débora Adriana Rosângela Tatiane Luana Daiane Gleice Cláudia "
          "Patrícia Bruna".split(),
    "pl": "Wiktoria Zofia Zuzanna Maja Oliwia Amelia Magdalena Katarzyna Agnieszka Małgorzata "
          "Krystyna Elżbieta Danuta Jadwiga Grażyna Bożena Dorota Justyna Iwona Beata Antoni "
          "Jakub Szymon Franciszek Mikołaj Wojciech Kacper Krzysztof Andrzej Tomasz Paweł "
          "Marcin Michał Grzegorz Łukasz Zbigniew Tadeusz Mariusz Dariusz Sławomir Bartosz "
          "Przemysław Radosław Wiesław".split(),
    "sv": "Astrid Elsa Ebba Saga Freja Alva Agnes Stina Ingrid Karin Birgitta Kerstin Gunilla "
          "Annika Linnea Signe Elin Frida Malin Moa Anders Johan Nils Oskar Olle Axel Viggo "
          "Ebbe Sixten Melker Elis Sven Gunnar Bengt Göran Björn Stig Leif Mats Fredrik "
          "Henrik Kalle Torbjörn Åsa Åke".split(),
    "tr": "Zeynep Elif Ayşe Fatma Emine Hatice Merve Büşra Esra Kübra Ebru Gizem Tuğba Özlem "
          "Derya Yasemin Sibel Songül Hülya Defne Eylül Ecrin Mehmet Mustafa Ahmet Hüseyin "
          "Hasan İbrahim İsmail Yusuf Ömer Murat Emre Burak Serkan Volkan Tolga Onur Barış "
          "Kaan Eren Kerem Oğuz".split(),
    "ng": "Chinedu Chukwuemeka Obinna Ikenna Emeka Nnamdi Uchenna Chidi Ifeanyi Kelechi "
          "Tochukwu Chiamaka Ngozi Adaeze Chioma Nneka Ifeoma Amaka Oluwaseun Olumide "
          "Babatunde Adebayo Ayodele Folake Funmilayo Yetunde Temitope Adewale Olufemi "
          "Damilola Bukola Abimbola Kehinde Aminu Abubakar Hauwa Zainab Halima Efosa "
          "Osagie".split(),
    "in": "Aarav Vivaan Arjun Reyansh Ishaan Shaurya Rohan Rahul Amit Sumit Ankit Vikas Suresh "
          "Ramesh Mahesh Ganesh Prakash Anil Sunil Rajiv Sanjay Manoj Deepak Harish Girish "
          "Karthik Arvind Ananya Aadhya Saanvi Anika Navya Priya Pooja Neha Sneha Shreya Divya "
          "Kavya Lakshmi Meenakshi Swathi Deepika Anjali Sunita Kavita Rekha Nisha Shalini "
          "Pallavi Aishwarya Nandini Keerthana".split(),
    "ph": "Maricel Marites Lorna Rowena Jocelyn Marilou Analyn Rosalie Jovelyn Marivic Rhea "
          "Jhoanna Kristine Angelica Mylene Jericho Jomar Rommel Ronaldo Rodel Arnel Jayson "
          "Jerome Reynaldo Ernesto Danilo Rogelio Dindo Jonalyn Arlene Marjorie "
          "Charmaine".split(),
}
SURNAME = {
    "nl": "de Vries|Jansen|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder|de Groot|"
          "Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Kuipers",
    "be": "Peeters|Janssens|Maes|Jacobs|Mertens|Willems|Claes|Goossens|Wouters|De Smet|"
          "Vermeulen|Van Damme|Verhoeven|Declercq|Lemmens",
    "pt": "Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Sousa|Fernandes|"
          "Gonçalves|Gomes|Lopes|Marques|Carvalho|Ribeiro|Pinto|Teixeira|Moreira|Correia",
    "br": "da Silva|dos Santos|Souza|Lima|Alves|Ribeiro|Carvalho|Araújo|Barbosa|Rocha|"
          "Cavalcanti|Nascimento|Moura|Mendes|Batista",
    "pl": "Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|"
          "Szymański|Woźniak|Dąbrowski|Kozłowski|Jankowski|Mazur",
    "sv": "Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|"
          "Gustafsson|Lindberg|Lindqvist|Bergström|Sjöberg",
    "tr": "Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|"
          "Kılıç|Aslan",
    "ng": "Okafor|Okonkwo|Eze|Nwosu|Adeyemi|Adebayo|Ogunleye|Balogun|Bello|Abubakar|Ibrahim|"
          "Okeke|Obi|Akinola",
    "in": "Sharma|Verma|Gupta|Patel|Reddy|Nair|Iyer|Menon|Rao|Kulkarni|Deshpande|Joshi|"
          "Chatterjee|Banerjee",
    "ph": "Santos|Reyes|Cruz|Bautista|Ocampo|Garcia|Mendoza|Torres|Tolentino|Villanueva|"
          "Aquino|Dela Cruz|Ramos|Castillo",
}
SURNAME = {k: v.split("|") for k, v in SURNAME.items()}
# The language each country's people are written about in, besides English
LANG = {"nl": "nl", "be": "nl", "pt": "pt", "br": "pt", "pl": "pl", "sv": "sv", "tr": "tr",
        "ng": "en", "in": "en", "ph": "en"}

# {G}/{G2}: a given name of the record's country, {S}: its surname; a weak context each
WEAK = {
    "en": ["ask {G} about the invoice", "{G} will send it tomorrow",
           "met {G} and {G2} at the office today", "can you forward this to {G}?",
           "thanks {G}!", "cc {G}", "reminder: call {G} back before 5",
           "{G} {S} joined the team this week", "{G} says the build is green again",
           "sorry {G}, I missed your message", "lunch with {G} on Friday?",
           "{G}'s laptop is still in repair", "rewrite this so {G} understands it",
           "draft a reply to {G} {S} about the refund"],
    "nl": ["{G} komt morgen", "vraag het even aan {G}", "{G} en {G2} zijn er vanmiddag niet",
           "groetjes, {G}", "ik heb {G} gebeld over de offerte",
           "kun je {G} een mailtje sturen?", "{G} {S} begint maandag bij ons",
           "volgens {G} is de bug opgelost", "schrijf een bedankje voor {G}"],
    "pt": ["{G} chega amanhã", "pergunta se {G} já enviou", "falei com {G} ontem",
           "obrigado, {G}!", "{G} e {G2} vão à reunião",
           "manda um e-mail para {G} {S} com o orçamento", "segundo {G}, o erro já foi corrigido",
           "escreve uma resposta simpática para {G}"],
    "pl": ["{G} przyjdzie jutro", "{G} i {G2} są dziś na urlopie", "pozdrawiam, {G}",
           "{G} {S} dołączy do zespołu w poniedziałek"],
    "sv": ["{G} kommer imorgon", "fråga {G} om fakturan", "{G} och {G2} är lediga idag",
           "hälsningar, {G}", "{G} {S} börjar på måndag"],
    "tr": ["{G} yarın geliyor", "{G} ve {G2} bugün izinli", "sevgiler, {G}",
           "{G} {S} pazartesi başlıyor"],
}
# Look-alikes in the same shapes: a word that is a name and an ordinary word, used as the
# word; places, companies and products of the same countries. (label, value, template)
LOOK = [
    ("NEG_TERM", "Mark", "{V} the box when the test passes"),
    ("NEG_TERM", "Will", "{V} you send it tomorrow?"),
    ("NEG_TERM", "Rose", "{V} garden opens at nine"),
    ("NEG_TERM", "Grace", "{V} period ends on Friday"),
    ("NEG_TERM", "Bill", "{V} the customer for the extra hours"),
    ("NEG_TERM", "Hope", "{V} this helps, see the log below"),
    ("NEG_TERM", "Joy", "{V} of cooking is on the shelf"),
    ("NEG_TERM", "Page", "{V} 3 of the report is missing"),
    ("NEG_TERM", "Bas", "{V} en drums klinken te hard"),
    ("NEG_TERM", "Floor", "{V} is still wet, use the stairs"),
    ("NEG_TERM", "Merel", "{V}s zingen vroeg in de tuin"),
    ("NEG_TERM", "Roos", "{V}, tulp en lelie: welke bloem past bij de kaart?"),
    ("NEG_TERM", "Vitória", "{V} do clube no domingo"),
    ("NEG_TERM", "Luz", "{V} apagada na sala três"),
    ("NEG_TERM", "Graça", "{V} a Deus que acabou"),
    ("NEG_TERM", "Rosário", "{V} de contas na mesa da avó"),
    ("NEG_TERM", "Ebbe", "{V} und Flut im Watt"),
    ("NEG_TERM", "Stig", "{V} is a tag the parser rejects"),
    ("NEG_PLACE", "Braga", "the conference is in {V} this year"),
    ("NEG_PLACE", "Delft", "ik woon sinds mei in {V}"),
    ("NEG_PLACE", "Gent", "we rijden morgen naar {V}"),
    ("NEG_PLACE", "Vilnius", "the office in {V} closes early"),
    ("NEG_PLACE", "Coimbra", "vou a {V} na sexta"),
    ("NEG_PLACE", "Uppsala", "flight to {V} is delayed"),
    ("NEG_PLACE", "Lagos", "shipping to {V} takes two weeks"),
    ("NEG_PLACE", "Pune", "the {V} team owns the backend"),
    ("NEG_PLACE", "Cebu", "our {V} office handles support"),
    ("NEG_PLACE", "Gdańsk", "the ferry to {V} leaves at noon"),
    ("NEG_PLACE", "Izmir", "the {V} warehouse is full"),
    ("NEG_ORG", "Philips", "{V} sent a new quote"),
    ("NEG_ORG", "Albert Heijn", "haal je even iets bij {V}?"),
    ("NEG_ORG", "Petrobras", "a {V} publicou os resultados"),
    ("NEG_ORG", "Jollibee", "lunch at {V} again?"),
    ("NEG_ORG", "Infosys", "{V} will migrate the database"),
    ("NEG_ORG", "Allegro", "zamówiłem to na {V}"),
    ("NEG_ORG", "Arçelik", "{V} servisi yarın geliyor"),
    ("NEG_PRODUCT", "Jumbo", "the {V} pack is sold out"),
    ("NEG_PRODUCT", "Guaraná", "traz uma {V} para mim"),
    ("NEG_CODE", "Levi", "the {V} class in models.py has no docstring"),
    ("NEG_CODE", "Finn", "import {V} from './finn.js' fails in the test"),
]


def render(tpl, cc):
    """tpl with its slots filled from country cc, and the gold spans"""
    text, spans, used = "", [], set()
    i = 0
    while i < len(tpl):
        if tpl[i] != "{":
            text += tpl[i]
            i += 1
            continue
        j = tpl.index("}", i)
        slot = tpl[i + 1:j]
        i = j + 1
        if slot in ("G", "G2"):
            g = R.choice([n for n in GIVEN[cc] if n not in used])
            used.add(g)
            if tpl[i:i + 4] == " {S}":  # a full name is one span
                g += " " + R.choice(SURNAME[cc])
                i += 4
            spans.append(span_at(text, "PERSON", g))
            text += g
        else:
            raise ValueError(slot)
    return text, spans


def capital(text, spans):
    """a prompt starts with a capital more often than not; spans keep their offsets"""
    return text[:1].upper() + text[1:], spans


def main():
    out = []
    tid = 0
    for lang, tpls in WEAK.items():
        for tpl in tpls:
            ccs = [c for c in GIVEN if LANG[c] == lang] if lang != "en" else list(GIVEN)
            for rep in range(5 if lang == "en" else 4):
                cc = ccs[(tid + 3 * rep) % len(ccs)]
                text, spans = render(tpl, cc)
                if rep % 2:
                    text, spans = capital(text, spans)
                out.append({"full_text": text, "spans": spans, "template_id": tid,
                            "metadata": {"locale": lang, "class": "weak_" + cc,
                                         "corpus": "lexicon_probe"}})
            tid += 1
    for label, value, tpl in LOOK:
        text = tpl.replace("{V}", value, 1)
        k = tpl.index("{V}")
        spans = [{"entity_type": label, "entity_value": value, "start_position": k,
                  "end_position": k + len(value)}]
        out.append({"full_text": text, "spans": spans, "template_id": tid,
                    "metadata": {"locale": "xx", "class": "lookalike",
                                 "corpus": "lexicon_probe"}})
        tid += 1
    write_json(out)


main()
