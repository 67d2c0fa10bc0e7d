"""The page's data as the page carries it: what `explorer_data` returns, in fewer bytes.

At 20,000 entities every key name and every id written out costs megabytes, so the embedded
data says each thing once and points at it by position, and leaves out what the page derives.
`static/explorer-data.js` unpacks it, before anything else reads it, into exactly the shape
`explorer_data` returns (less the edges, which the page derives from the facts):

- nodes by column (`ids`, `cls` as an index into `classes`, `zh` and `en` labels), the optional
  keys (aliases, description, quantity, reference) by node index, and each fact as an array
  `[property index, object, evidence indices...]`: a related entity is its node index, a class
  its name, anything else as it was;
- an evidence record as `[sentence index, start, length]`: its quote is that span of the
  sentence (offsets in UTF-16 code units, as the page's strings count them) and its source the
  sentence key's part before `#`; a quote that is not in its sentence, or a record with no
  sentence, is kept as it was;
- the sentences as two lists, keys and texts, in the order the evidence points into;
- the segment filter's members left out: the page derives them from the facts (the same rule as
  `chainview.py`);
- rows of the capacities table, the timeline and the segment tables as a list of keys and a list
  of rows of values.
"""

from __future__ import annotations


def packed(data: dict) -> dict:
    """The embedded form of explorer data (without its edges, which the page derives)."""
    out = {k: v for k, v in data.items() if k not in ("edges", "nodes", "evidence", "sentences")}
    sentence_keys = sorted(data["sentences"])
    out["sentences"] = {"keys": sentence_keys, "texts": [data["sentences"][k] for k in sentence_keys]}
    position = {k: i for i, k in enumerate(sentence_keys)}
    # Offsets count UTF-16 code units; in a sentence without characters beyond U+FFFF (nearly
    # all) they are the string's own offsets.
    wide = {k for k, text in data["sentences"].items() if not text.isascii() and max(text) > "\uffff"}
    out["evidence"] = [_evidence(record, data["sentences"], position, wide) for record in data["evidence"]]
    out["nodes"] = _nodes(data["nodes"], data["classes"], sorted(data["properties"]))
    out["chain"] = {k: v for k, v in data["chain"].items() if k != "members"}
    out["capacities"] = _rows(data["capacities"])
    out["timeline"] = {**data["timeline"], "events": _rows(data["timeline"]["events"])}
    out["chains"] = [{**tab, "segments": {sid: _segment(segment) for sid, segment in tab["segments"].items()}}
                     for tab in data["chains"]]
    return out


def _evidence(record: dict, sentences: dict[str, str], position: dict[str, int], wide: set[str]):
    key = record.get("sentence")
    if "quote" not in record or key is None or record.get("source") != key.rpartition("#")[0]:
        return record
    text = sentences.get(key)
    at = text.find(record["quote"]) if text is not None else -1
    if at < 0 or not record["quote"]:
        return record
    if key not in wide:
        return [position[key], at, len(record["quote"])]
    return [position[key], _utf16_length(text[:at]), _utf16_length(record["quote"])]


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _nodes(nodes: list[dict], classes: list[dict], properties: list[str]) -> dict:
    index = {n["id"]: i for i, n in enumerate(nodes)}
    class_index = {c["key"]: i for i, c in enumerate(classes)}
    prop_index = {p: i for i, p in enumerate(properties)}
    extra = {}
    for i, node in enumerate(nodes):
        if len(node) > 4:  # more than id, class, labels and facts: most nodes have nothing more
            extra[str(i)] = {k: v for k, v in node.items() if k not in ("id", "cls", "labels", "facts")}
    return {
        "ids": [n["id"] for n in nodes],
        "cls": [class_index[n["cls"]] for n in nodes],
        "zh": [n["labels"].get("zh") for n in nodes],
        "en": [None if n["labels"] == {"en": n["id"]} else n["labels"].get("en") for n in nodes],
        "properties": properties,
        "extra": extra,
        "facts": [_facts(n["facts"], index, prop_index) for n in nodes],
    }


def _facts(facts: list[dict], index: dict[str, int], prop_index: dict[str, int]) -> list[list]:
    """A node's facts as arrays (written out in one loop: this runs for every fact of the page)."""
    packed_facts = []
    for fact in facts:
        p, o = fact["p"], fact.get("o")
        if p == "position":
            value = {k: v for k, v in (("role", fact.get("role")), ("holderless", fact.get("holderless"))) if v}
            if o is not None:
                value["node"] = index[o["node"]]
        elif p == "type":
            value = o["cls"]
        elif o is not None and len(o) == 1 and "node" in o:
            value = index[o["node"]]
        else:
            value = o
        packed_facts.append([prop_index[p], value, *fact["ev"]])
    return packed_facts


def _rows(rows: list[dict]) -> dict:
    keys = sorted({k for row in rows for k in row})
    return {"keys": keys, "rows": [[row.get(k) for k in keys] for row in rows]}


def _segment(segment: dict) -> dict:
    packed_segment = {**segment, "rows": _rows(segment["rows"])}
    if "leads" in segment:
        packed_segment["leads"] = _rows(segment["leads"])
    return packed_segment
