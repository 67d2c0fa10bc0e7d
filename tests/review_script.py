"""A curator's session on the review page, scripted and counted: every key press, click, choice
and typed character goes through `Curator`, so the tests check what it produces and
benchmarks/review_steps.py reports what it cost.

A script is a table: for each candidate (by its Chinese label as the page shows it), what the
curator does before accepting it; candidates the table does not name are accepted with `a`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# What a curator does on each article, candidate by candidate (the draft's Chinese label):
# ("reject",), ("merge", label of the candidate it is merged into), ("link", search text, id),
# ("class", name), ("en", label), ("zh", label), ("status", value, text to select in the sentence),
# ("drop", property), ("relate", property, label of the other candidate, text to select),
# ("resolve", property, "keep" | "theirs-outdated", reason), ("add", words to select: a name the rules
# missed, added with the class, role and organisation the page proposes).
SCRIPTS = {
    "zigong-sodium-signing-2025-03": {
        "李晓岚": [("reject",)],
        "自贡市": [("reject",)],  # named only at the head of the zone's name; the graph has it already
        "锐钠储能项目": [("drop", "date"), ("drop", "status"), ("merge", "年产2GWh钠离子电池储能系统项目")],
        "年产2GWh钠离子电池储能系统项目": [("drop", "status"), ("status", "planned", "将于今年5月开工建设")],
        "年产2GWh钠离子电池储能系统项目产能": [
            ("drop", "status"), ("status", "planned", "双方将在板仓工业园区共建年产2GWh钠离子电池储能系统项目")],
        "涂强（副局长）": [("link", "涂强", "tu-qiang-deputy-director")],
        "高新区8GWh钠离子电池电芯产能": [
            ("link", "电芯产能", "zone-sodium-ion-cell-capacity"),
            ("resolve", "value", "theirs-outdated", "a later report: the zone's cell capacity grew to 8 GWh")],
        "自贡珈钠能源科技有限公司年产10万吨聚阴离子正极材料一期项目": [
            ("link", "jiana cathode", "jiana-cathode-project"), ("resolve", "status", "keep", "")],
        "自贡珈钠能源科技有限公司年产10万吨聚阴离子正极材料一期项目产能": [
            ("link", "聚阴离子正极材料年产", "jiana-polyanion-capacity"), ("resolve", "status", "keep", "")],
    },
    "neijiang-anode-groundbreaking-2025-04": {
        "内江经济技术开发区": [("relate", "partOf", "内江市", "内江经济技术开发区")],
        "四川碳源新材料有限公司年产5万吨硬碳负极材料项目总投资20亿元": [
            ("drop", "status"), ("status", "planned", "项目总投资20亿元")],
        "孙雨桐": [("reject",)],
        "内江市经济和信息化局": [("add", "禚海涛")],
    },
    "suining-lithium-park-tour-2025-05": {
        "调试设备": [("reject",)],
        "黄雨菲": [("reject",)],
        "四川锂源新能源材料有限公司": [
            ("relate", "hasIndicator", "年产6万吨磷酸铁锂项目产值8.5亿元", "今年一季度实现产值8.5亿元")],
        "年产6万吨磷酸铁锂项目产值8.5亿元": [
            ("zh", "四川锂源新能源材料有限公司一季度产值8.5亿元"),
            ("en", "Sichuan Liyuan New Energy Materials first-quarter output value of 850 million yuan")],
        "储能电池": [("drop", "inSegment")],
        "年产6万吨磷酸铁锂项目": [
            ("drop", "hasIndicator"),
            ("relate", "operatedBy", "四川锂源新能源材料有限公司", "公司年产6万吨磷酸铁锂项目")],
    },
}


@dataclass
class Curator:
    """The page driven the way a curator does it, every action counted."""

    page: object
    counts: dict[str, int] = field(default_factory=lambda: {"keys": 0, "clicks": 0, "choices": 0, "typed": 0})

    def key(self, name: str) -> None:
        self.counts["keys"] += 1
        self.page.keyboard.press(name)

    def type(self, text: str) -> None:
        self.counts["typed"] += len(text)
        self.page.keyboard.type(text)

    def click(self, selector: str) -> None:
        self.counts["clicks"] += 1
        self.page.click(selector)

    def choose(self, selector: str, value: str) -> None:
        self.counts["choices"] += 1
        self.page.select_option(selector, value)

    def select_text(self, sentence_text: str) -> None:
        """Select words in the article with the mouse (one drag, counted as a click)."""
        self.counts["clicks"] += 1
        self.page.evaluate("""(wanted) => {
            for (const p of document.querySelectorAll('#text .sentence')) {
              const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
              let node, text = '', nodes = [];
              while ((node = walker.nextNode())) { nodes.push([node, text.length]); text += node.textContent; }
              const at = text.indexOf(wanted);
              if (at < 0) continue;
              const place = (offset) => {
                const [n, s] = nodes.filter(([, s]) => s <= offset).pop();
                return [n, offset - s];
              };
              const range = document.createRange();
              range.setStart(...place(at)); range.setEnd(...place(at + wanted.length));
              const selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);
              return;
            }
            throw new Error('not in the text: ' + wanted);
        }""", sentence_text)

    @property
    def total(self) -> int:
        return sum(self.counts.values()) - self.counts["typed"]

    def wait_checked(self) -> None:
        """Wait until the page's last check answered (it runs on its own after each change)."""
        self.page.wait_for_function("() => !window.__pending", timeout=30000)
        self.page.wait_for_timeout(50)
        self.page.wait_for_function("() => !window.__pending", timeout=30000)


def review(page, source_id: str) -> Curator:
    """Run the article's script on the open page, then save; return the counted curator."""
    curator = Curator(page)
    script = SCRIPTS[source_id]
    page.wait_for_selector("body[data-ready=true]", timeout=60000)
    seen = set()
    while True:
        key = page.get_attribute("#card", "data-key")
        label = page.get_attribute(f"#list li[data-key='{key}']", "data-label")
        if key in seen:
            break
        seen.add(key)
        actions = script.get(label, [])
        if actions and actions[0][0] == "reject":
            curator.key("r")
            continue
        for action in actions:
            _act(curator, page, action)
        curator.key("a")
        if page.get_attribute("#card", "data-key") == key:  # the last candidate: nothing left to go to
            break
    curator.wait_checked()
    curator.key("s")
    page.wait_for_function("() => document.getElementById('saved').dataset.state", timeout=60000)
    return curator


def _act(curator: Curator, page, action: tuple) -> None:
    kind = action[0]
    if kind == "merge":
        target = page.get_attribute(f"#list li[data-label='{action[1]}']", "data-key")
        curator.key("m")
        curator.choose("#merge-into", target)
        curator.key("Escape")
    elif kind == "link":
        curator.key("l")
        curator.type(action[1])
        page.wait_for_selector(f"#results button[data-id='{action[2]}']", timeout=30000)
        curator.click(f"#results button[data-id='{action[2]}']")
    elif kind == "class":
        curator.key("c")
        curator.choose("#cls", action[1])
        curator.key("Escape")
    elif kind in ("en", "zh"):
        curator.key("e")
        if kind == "zh":
            curator.key("Shift+Tab")  # the Chinese label stands just above the English one
        page.fill(f"#label-{kind}", "")
        curator.type(action[1])
        curator.key("Enter")
    elif kind == "drop":
        boxes = page.query_selector_all("#facts li")
        for index, item in enumerate(boxes):
            if item.inner_text().startswith(action[1] + ":"):
                curator.click(f"#facts li:nth-child({index + 1}) input")
                break
    elif kind == "status":
        curator.select_text(action[2])
        curator.key("t")
        curator.choose("#status", action[1])
        curator.key("Escape")
    elif kind == "relate":
        target = page.get_attribute(f"#list li[data-label='{action[2]}']", "data-key")
        curator.select_text(action[3])
        curator.key("f")
        curator.choose("#relation-prop", action[1])
        curator.choose("#relation-to", target)
        curator.key("Escape")
    elif kind == "add":
        curator.select_text(action[1])
        curator.key("n")
        page.wait_for_selector("#add:not([hidden])", timeout=30000)
        page.wait_for_function("() => document.activeElement.id === 'add-cls'", timeout=30000)
        curator.key("Enter")
        page.wait_for_selector("#add[hidden]", state="attached", timeout=30000)
    elif kind == "resolve":
        curator.wait_checked()
        item = f"#merge-status li.contradicts[data-prop='{action[1]}']"
        page.wait_for_selector(item, timeout=30000)
        if action[3]:
            curator.click(f"{item} input.reason")
            curator.type(action[3])
        curator.click(f"{item} button.resolve-{'keep' if action[2] == 'keep' else 'supersede'}")


# ---------------------------------------------------------------- counting YAML edits
def _atoms(document: dict, rename: dict[str, str]) -> dict[str, dict[tuple, set]]:
    """A facts file as its smallest editable pieces, entity by entity: (field, property) -> values.

    `rename` maps a draft id to the id the curator gave it (a link, a merge), so a renamed entity
    is compared with what it became; references to it are compared under the new id as well.
    """
    def shown(value):
        if isinstance(value, list):
            return tuple(shown(v) for v in value)
        if isinstance(value, dict):
            return tuple(sorted((k, shown(v)) for k, v in value.items()))
        text = str(value)
        return rename.get(text, text)

    entities: dict[str, dict[tuple, set]] = {}
    for item in document.get("entities") or []:
        atoms = entities.setdefault(rename.get(item["id"], item["id"]), {})
        for name in ("class", "quote", "sentence"):
            if name in item:
                atoms.setdefault((name,), set()).add(shown(item[name]))
        for lang, text in (item.get("label") or {}).items():
            atoms.setdefault(("label", lang), set()).add(text)
        for lang, names in (item.get("aliases") or {}).items():
            for alias in [names] if isinstance(names, str) else names:
                atoms.setdefault(("alias", lang), set()).add(alias)
        for fact in item.get("facts") or []:
            prop = next(k for k in fact if k not in ("quote", "sentence", "superseded", "source", "basis"))
            atoms.setdefault(("fact", prop), set()).add(
                (shown(fact[prop]), fact.get("quote"), fact.get("sentence"), shown(fact.get("superseded", ""))))
    return entities


def yaml_edits(draft: dict, correct: dict, rename: dict[str, str]) -> dict[str, int]:
    """The edits that turn `draft` into `correct`, counted piece by piece.

    An entity deleted is one edit; one written from nothing is one edit per piece. Within an
    entity, each piece changed, added or deleted is one edit (a changed piece is not counted twice).
    An id changed is one edit, and so is every reference to it elsewhere in the file. `typed` is
    the number of characters of the pieces written.
    """
    before, after = _atoms(draft, rename), _atoms(correct, {})
    edits = {"deleted entities": 0, "pieces changed": 0, "ids and references renamed": 0, "typed": 0}
    references = sum(1 for item in draft.get("entities") or [] for fact in item.get("facts") or []
                     for value in (lambda v: v if isinstance(v, list) else [v])(next(
                         fact[k] for k in fact if k not in ("quote", "sentence")))
                     if isinstance(value, str) and value in rename and rename[value] != value)
    edits["ids and references renamed"] = sum(1 for old, new in rename.items() if old != new) + references
    for entity_id, atoms in before.items():
        if entity_id not in after:
            edits["deleted entities"] += 1
            continue
        for piece, values in atoms.items():
            wanted = after[entity_id].get(piece, set())
            removed, added = values - wanted, wanted - values
            edits["pieces changed"] += max(len(removed), len(added))
            edits["typed"] += sum(len(str(v)) for v in added)
    for entity_id, atoms in after.items():
        fields = atoms.items() if entity_id not in before else \
            ((f, v) for f, v in atoms.items() if f not in before[entity_id])
        for _piece, values in fields:
            edits["pieces changed"] += len(values)
            edits["typed"] += sum(len(str(v)) for v in values)
    return edits
