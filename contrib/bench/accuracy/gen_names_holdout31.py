#!/usr/bin/env python3
"""gen_names_holdout31.py: the thirty-first blind set: every identifier as documents, markup and
transports encode it (written blind in stop 63; see README.md's corpus table).

Each record is one whole request body of chat completions, Responses, Anthropic or Gemini that
carries one pasted artefact (a user's paste, a tool result, or a tool call's arguments writing it)
in one of three families: `markup` (values inside HTML, office and SVG XML, RTF, LaTeX,
Markdown, subtitle scripts, KML), `transport` (quoted-printable and encoded-words, percent and
form encoding, JSON inside JSON strings, CSV and SQL quoting, shell quoting, header lines, YAML
scalars) and `unicode` (no-break and invisible characters, full-width forms, decomposed
accents, typographic marks, values as JSON numbers, arrays and keys). A span covers the value as
it stands in full_text; a value cut by markup or a transport is one span per piece
(metadata.pieces lists them; pieces under three characters are left unlabelled). Look-alikes
are NEG_ spans, at least as many as the values in every record. Deterministic (one seed).
"""
import json
import random

from gen_bodies import MARK, RAWMARK, dumps, escaper, ascii_json, place_each
from gen_common import write_json
from holdout31_values import LOCALES, W, encode
from holdout31_docs import Ctx, MARKUP, jesc
from holdout31_transport import TRANSPORT, t_jsonstr
from holdout31_unicode import UNICODE, u_jsonvalues, u_seating

# the artefacts that are JSON documents themselves: a tool's arguments or a native result
JSON_ARTEFACTS = {t_jsonstr, u_jsonvalues, u_seating}

SEED = 313131
N_PER_FAMILY = 110
APIS = ["chat", "responses", "anthropic", "gemini"]
MODES = ["paste", "tool_result", "tool_args"]
INTENTS = ["fix", "convert", "summarise", "translate", "extract", "check"]
ASKS = {
    "en": ["Can you fix whatever is broken in this {a}?", "Convert this {a} into a clean table.",
           "Summarise this {a} in five bullet points.", "Translate the text parts of this {a} "
           "into German, keep the markup.", "Extract every contact from this {a} as JSON.",
           "Check this {a} for encoding errors before I import it."],
    "de": ["Kannst du reparieren, was in dieser Datei ({a}) kaputt ist?",
           "Wandle das ({a}) bitte in eine saubere Tabelle um.",
           "Fasse das ({a}) in fünf Punkten zusammen.",
           "Übersetze die Texte in diesem {a} ins Englische, Markup bitte lassen.",
           "Zieh alle Kontakte aus diesem {a} als JSON heraus.",
           "Prüf das ({a}) bitte auf Kodierungsfehler, bevor ich es importiere."],
    "fr": ["Tu peux corriger ce qui cloche dans ce fichier ({a}) ?",
           "Convertis ce {a} en tableau propre, s'il te plaît.",
           "Résume ce {a} en cinq points.", "Traduis les textes de ce {a} en anglais, garde le "
           "balisage.", "Extrais tous les contacts de ce {a} en JSON.",
           "Vérifie l'encodage de ce {a} avant que je l'importe."],
    "nl": ["Kun je repareren wat er mis is in dit bestand ({a})?",
           "Zet dit ({a}) om naar een nette tabel.", "Vat dit ({a}) samen in vijf punten.",
           "Vertaal de teksten in dit {a} naar het Engels, laat de opmaak staan.",
           "Haal alle contactpersonen uit dit {a} als JSON.",
           "Controleer dit ({a}) op coderingsfouten voordat ik het importeer."],
    "es": ["¿Puedes arreglar lo que está roto en este {a}?",
           "Convierte este {a} en una tabla limpia.", "Resume este {a} en cinco puntos.",
           "Traduce los textos de este {a} al inglés, sin tocar el marcado.",
           "Extrae todos los contactos de este {a} como JSON.",
           "Revisa la codificación de este {a} antes de importarlo."],
    "it": ["Puoi sistemare quello che non va in questo {a}?",
           "Converti questo {a} in una tabella pulita.", "Riassumi questo {a} in cinque punti.",
           "Traduci i testi di questo {a} in inglese, lascia il markup.",
           "Estrai tutti i contatti da questo {a} in JSON.",
           "Controlla la codifica di questo {a} prima che lo importi."],
    "pt": ["Podes corrigir o que está partido neste {a}?",
           "Converte este {a} numa tabela limpa.", "Resume este {a} em cinco pontos.",
           "Traduz os textos deste {a} para inglês, mantém a marcação.",
           "Extrai todos os contactos deste {a} em JSON.",
           "Verifica a codificação deste {a} antes de eu o importar."],
    "pl": ["Możesz naprawić to, co jest zepsute w tym pliku ({a})?",
           "Zamień ten {a} na czytelną tabelę.", "Streść ten {a} w pięciu punktach.",
           "Przetłumacz teksty z tego {a} na angielski, zostaw znaczniki.",
           "Wyciągnij wszystkie kontakty z tego {a} jako JSON.",
           "Sprawdź kodowanie tego {a}, zanim go zaimportuję."],
    "sv": ["Kan du laga det som är trasigt i den här filen ({a})?",
           "Gör om den här {a} till en ren tabell.", "Sammanfatta den här {a} i fem punkter.",
           "Översätt texterna i den här {a} till engelska, behåll märkningen.",
           "Plocka ut alla kontakter ur den här {a} som JSON.",
           "Kontrollera kodningen i den här {a} innan jag importerar den."],
}


def goal(rng):
    """The artefact's size in characters: most a few KiB, a tail up to the 30 KiB cap."""
    k = rng.random()
    if k < 0.6:
        return rng.randint(1800, 2500)
    if k < 0.9:
        return rng.randint(2600, 5000)
    if k < 0.98:
        return rng.randint(5000, 12000)
    return rng.randint(14000, 22000)


def body_for(api, mode, ask, i):
    """(body object, native): the API's body with MARK % 0 (a JSON string's content) or
    RAWMARK % 0 (native JSON, when native) where the artefact goes."""
    call, tid = "call_%05d" % (31000 + i), "toolu_%05d" % (31000 + i)
    fname = "attachment_%d" % i
    if mode == "paste":
        if api == "chat":
            return {"model": "gpt-4o", "messages": [{"role": "user", "content": MARK % 0}]}, False
        if api == "responses":
            return {"model": "gpt-4.1", "input": [{"role": "user", "content": [
                {"type": "input_text", "text": MARK % 0}]}]}, False
        if api == "anthropic":
            return {"model": "claude-sonnet-4-5", "max_tokens": 2048, "messages": [
                {"role": "user", "content": [{"type": "text", "text": MARK % 0}]}]}, False
        return {"contents": [{"role": "user", "parts": [{"text": MARK % 0}]}]}, False
    if mode == "tool_result":
        if api == "chat":
            return {"model": "gpt-4o", "messages": [
                {"role": "user", "content": ask},
                {"role": "assistant", "content": None, "tool_calls": [
                    {"id": call, "type": "function", "function": {
                        "name": "read_attachment", "arguments": json.dumps({"name": fname})}}]},
                {"role": "tool", "tool_call_id": call, "content": MARK % 0}]}, False
        if api == "responses":
            return {"model": "gpt-4.1", "input": [
                {"role": "user", "content": ask},
                {"type": "function_call", "call_id": call, "name": "read_attachment",
                 "arguments": json.dumps({"name": fname})},
                {"type": "function_call_output", "call_id": call, "output": MARK % 0}]}, False
        if api == "anthropic":
            return {"model": "claude-sonnet-4-5", "max_tokens": 2048, "messages": [
                {"role": "user", "content": ask},
                {"role": "assistant", "content": [{"type": "tool_use", "id": tid,
                                                   "name": "read_attachment",
                                                   "input": {"name": fname}}]},
                {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tid,
                                              "content": MARK % 0}]}]}, False
        return {"contents": [
            {"role": "user", "parts": [{"text": ask}]},
            {"role": "model", "parts": [{"functionCall": {"name": "read_attachment",
                                                          "args": {"name": fname}}}]},
            {"role": "user", "parts": [{"functionResponse": {"name": "read_attachment",
                                                             "response": RAWMARK % 0}}]}]}, True
    # tool_args: the assistant writes the artefact out through a tool
    if api == "chat":
        return {"model": "gpt-4o", "messages": [
            {"role": "user", "content": ask},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": call, "type": "function", "function": {"name": "write_file",
                                                              "arguments": MARK % 0}}]},
            {"role": "tool", "tool_call_id": call, "content": "written"}]}, False
    if api == "responses":
        return {"model": "gpt-4.1", "input": [
            {"role": "user", "content": ask},
            {"type": "function_call", "call_id": call, "name": "write_file",
             "arguments": MARK % 0},
            {"type": "function_call_output", "call_id": call, "output": "written"}]}, False
    if api == "anthropic":
        return {"model": "claude-sonnet-4-5", "max_tokens": 2048, "messages": [
            {"role": "user", "content": ask},
            {"role": "assistant", "content": [{"type": "tool_use", "id": tid, "name": "write_file",
                                               "input": RAWMARK % 0}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tid,
                                          "content": "written"}]}]}, True
    return {"contents": [
        {"role": "user", "parts": [{"text": ask}]},
        {"role": "model", "parts": [{"functionCall": {"name": "write_file", "args": RAWMARK % 0}}]},
        {"role": "user", "parts": [{"functionResponse": {"name": "write_file",
                                                         "response": {"ok": True}}}]}]}, True


def payload(art, is_json, mode, native, path, ask):
    """The text that goes at the marker: the artefact itself, the ask and the artefact (a
    paste), or a JSON object holding it (a tool's arguments or a native tool result)."""
    if mode == "paste":
        return W().t(ask + "\n\n").add(art)
    if mode == "tool_result" and not native:
        return art
    if is_json and mode == "tool_args" or (is_json and native):
        return art  # the artefact is itself the JSON object
    key = "content" if mode == "tool_args" else "text"
    head = W().t('{"path": "%s", "%s": "' % (path, key)) if mode == "tool_args" else \
        W().t('{"%s": "' % key)
    return head.add(encode(art, lambda ch, i: jesc(ch))).t('"}')


def main():
    rng = random.Random(SEED)
    records = []
    fams = [("markup", MARKUP), ("transport", TRANSPORT), ("unicode", UNICODE)]
    for i in range(3 * N_PER_FAMILY):
        fam, builders = fams[i % 3]
        j = i // 3
        lg = LOCALES[(j + 4 * (i % 3)) % len(LOCALES)]
        api = APIS[(j + i % 3) % 4]
        mode = MODES[(j // 4 + i) % 3]
        intent = INTENTS[(j * 5 + i) % len(INTENTS)]
        ascii_ = (j + i % 3) % 3 == 0
        build = builders[j % len(builders)]
        compact = j % 2 == 1
        g = goal(rng)
        while True:
            c = Ctx(rng, lg, g)
            art = build(c)
            what = c.shapes[0]
            ask = ASKS[lg][INTENTS.index(intent)].format(a=what)
            obj, native = body_for(api, mode, ask, i)
            path = "out/%s_%d.txt" % (fam, i)
            pl = payload(art, build in JSON_ARTEFACTS, mode, native, path, ask)
            raw = '"' + RAWMARK % 0 + '"'
            text = dumps(obj, ascii_, compact)
            if native:
                conv = ascii_json if ascii_ else (lambda s: s)
                items = [(raw, conv, pl)]
            else:
                items = [(MARK % 0, escaper(1, ascii_), pl)]
            body, spans = place_each(text, items)
            if len(body.encode("utf-8")) <= 30 * 1024 - 64:
                break
            g = int(g * 0.7)
        spans.sort(key=lambda s: s["start_position"])
        pieces = [k for k, s in enumerate(spans) if s.pop("_piece", False)]
        gold = [s for s in spans if not s["entity_type"].startswith("NEG_")]
        neg = len(spans) - len(gold)
        assert neg >= len(gold), (i, build.__name__, neg, len(gold))
        json.loads(body)
        for s in spans:
            assert body[s["start_position"]:s["end_position"]] == s["entity_value"], (i, s)
            assert s["entity_value"], (i, s)
        records.append({"full_text": body, "spans": spans, "template_id": i % 100,
                        "metadata": {"family": fam, "class": fam, "locale": lg, "api": api,
                                     "ascii": ascii_, "mode": mode, "intent": intent,
                                     "artefact": build.__name__, "shapes": c.shapes,
                                     "pieces": pieces}})
    write_json(records, indent=None)


if __name__ == "__main__":
    main()
