"""Projects named whole by the shape of their sentence: in an agreement's title in 《》 (《X项目投资协议》), and at
the opening of a numbered item of a list of projects (7. 重庆擎天…研发制造项目，…)."""

from __future__ import annotations

import re

from chaingraph.authoring.extract.candidates import Mention
from chaingraph.authoring.extract.rules import ALIAS_OPENING
from chaingraph.authoring.extract.words import generic_word
from chaingraph.sources.sentences import Sentence

# 《X项目投资协议》: the project named in an agreement's title is a project; the agreement is not.
TITLED_PROJECT_RE = re.compile(r"《([^《》，。、]{2,40}?项目)(?:[^《》，。、项]{0,8})?(?:协议书?|合同|备忘录)》")


# the verbs a numbered item of projects may open with, no word of a project's name (1．开工建设X项目)
ITEM_VERBS = r"(?:新签约|新开工|新引进|开工|新建|续建|建设|推进|加快|实施|启动|谋划|签约|引进|竣工|投产)"


# 7. 重庆擎天电动垂直起降飞行器研发制造项目，…: an item of a numbered list of projects opens with the project's name
# (1．开工建设X项目: the item's verb is no word of it)
NUMBERED_PROJECT_RE = re.compile(r"^\s*(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）])\s*"
                                 rf"(?:{ITEM_VERBS}+(?=.{{4}}))?"
                                 r"([^，。；：、《》\s]{4,40}?项目)(?=[，。；：]|$)")


# X中试基地（望城）（以下简称“中试基地”）建设项目: a platform's or a park's name, its alias, then the words of the
# project that builds it; what is built is the platform (a product's alias in a project's name, 年产5万吨锂电池材料
# （简称“锂电材料”）扩建项目, stays: the project is named whole)
NAMED_WITH_ALIAS_RE = re.compile(r"(?:中心|平台|基地|实验室|研究院|孵化器|产业园|园区)(?:[（(][^（）()]{1,8}[）)])?"
                                 + ALIAS_OPENING)


# X有限公司（简称“X”）新建年产…项目: a company's alias inside an item, then the project and its verb
ALIAS_IN_NAME_RE = re.compile(r"(?<=公司|集团|企业|工厂)[（(](?:以下)?简称[^）)]*[）)]"
                              rf"{ITEM_VERBS}*")


def titled_projects(sentence: Sentence) -> list[Mention]:
    """The projects an agreement's title or a numbered item names whole."""
    out = []
    for match in [*TITLED_PROJECT_RE.finditer(sentence.text), *NUMBERED_PROJECT_RE.finditer(sentence.text)]:
        name, start = match.group(1), sentence.start + match.start(1)
        if (alias := ALIAS_IN_NAME_RE.search(name)) is not None:  # X公司（简称“X”）年产…项目: the project after it
            name, start = name[alias.end():], start + alias.end()
            if len(name) <= 4:
                continue
        if NAMED_WITH_ALIAS_RE.search(name):
            continue  # X中试基地（以下简称“中试基地”）建设项目: what is built is the platform named before its alias
        if not generic_word(name.removesuffix("项目")):
            out.append(Mention(name, start, start + len(name), sentence.id, "Project"))
    return out
