"""The page's data as the page carries it, which is what `explorer_data` returns.

At 20,000 entities every key name and every id written out costs megabytes, so the embedded
data says each thing once and points at it by position, and leaves out what the page derives.
`static/explorer-data.js` unpacks it, before anything else reads it, into the shape the rest of
the page reads (nodes as records, evidence as records, the edges derived from the facts). The
facts and the evidence records are made in this form where they are made (`entities.nodes`,
`index.QuadIndex`), rather than made as records and packed in a second pass over them:

- nodes by column (`ids`, `cls` as an index into `classes`, `zh` and `en` labels), the optional
  keys (aliases, description, quantity, reference) by node index, and each fact as an array
  `[property index, object, evidence indices...]`: a related entity is its node index, a class
  its name, anything else as it was;
- an evidence record as `[sentence index, start, length]`: its quote is that span of the
  sentence (offsets in UTF-16 code units, as the page's strings count them) and its source the
  sentence key's part before `#`; a quote that is not in its sentence, or a record with no
  sentence, is kept as it was;
- the sentences as two lists, keys and texts, in the order the evidence points into;
- the segment filter's members left out: the page derives them from the facts;
- the capacities table and the timeline left out: the page makes them from the facts;
- rows of the segment tables as a list of keys and a list of rows of values.
"""

from __future__ import annotations


def packed(data: dict) -> dict:
    """The embedded form of explorer data. The facts (`entities.nodes`), the evidence table and
    the sentences (`index.QuadIndex`) come already in it; here the nodes go into columns and the
    segment tables' rows into keys and values."""
    out = dict(data)
    out["nodes"] = _nodes(data["nodes"], data["classes"], sorted(data["properties"]))
    out["chains"] = [{**tab, "segments": {sid: _segment(segment) for sid, segment in tab["segments"].items()}}
                     for tab in data["chains"]]
    return out


def _nodes(nodes: list[dict], classes: list[dict], properties: list[str]) -> dict:
    class_index = {c["key"]: i for i, c in enumerate(classes)}
    extra = {}
    ids, cls, zh, en, facts = [], [], [], [], []
    for i, node in enumerate(nodes):
        if len(node) > 4:  # more than id, class, labels and facts: most nodes have nothing more
            extra[str(i)] = {k: v for k, v in node.items() if k not in ("id", "cls", "labels", "facts")}
        ids.append(node["id"])
        cls.append(class_index[node["cls"]])
        labels = node["labels"]
        zh.append(labels.get("zh"))
        en.append(None if labels == {"en": node["id"]} else labels.get("en"))
        # Copied, though already as the page carries them: the copies lie side by side in memory
        # and the JSON encoder walks them faster than the originals, made among the build's
        # other objects (at 20,000 entities the copy saved more of the encoder's time than it took).
        facts.append([fact[:] for fact in node["facts"]])
    return {"ids": ids, "cls": cls, "zh": zh, "en": en, "properties": properties, "extra": extra, "facts": facts}


def _rows(rows: list[dict]) -> dict:
    keys = sorted({k for row in rows for k in row})
    return {"keys": keys, "rows": [[row.get(k) for k in keys] for row in rows]}


def _segment(segment: dict) -> dict:
    packed_segment = {**segment, "rows": _rows(segment["rows"])}
    if "leads" in segment:
        packed_segment["leads"] = _rows(segment["leads"])
    return packed_segment
