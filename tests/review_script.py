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
# ("class", name), ("en", label), ("status", value, text to select in the sentence),
# ("drop", property), ("resolve", property, "keep" | "theirs-outdated", reason).
SCRIPTS = {
    "zigong-sodium-signing-2025-03": {
        "李晓岚": [("reject",)],
        "锐钠储能项目": [("drop", "date"), ("drop", "status"), ("merge", "年产2GWh钠离子电池储能系统项目")],
        "年产2GWh钠离子电池储能系统项目": [("drop", "status"), ("status", "planned", "将于今年5月开工建设")],
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
        "钠电负极材料": [("merge", "硬碳负极材料")],
        "孙雨桐": [("reject",)],
    },
    "suining-lithium-park-tour-2025-05": {
        "调试设备": [("reject",)],
        "黄雨菲": [("reject",)],
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
    elif kind == "en":
        curator.key("e")
        page.fill("#label-en", "")
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
    elif kind == "resolve":
        curator.wait_checked()
        item = f"#merge-status li.contradicts[data-prop='{action[1]}']"
        page.wait_for_selector(item, timeout=30000)
        if action[3]:
            curator.click(f"{item} input.reason")
            curator.type(action[3])
        curator.click(f"{item} button.resolve-{'keep' if action[2] == 'keep' else 'supersede'}")
