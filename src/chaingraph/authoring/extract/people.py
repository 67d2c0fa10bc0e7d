"""People named in the text: after a role word (副局长涂强, 记者 周馨钰), before their role in brackets or
after a comma (刘振华（X实验室主任）), as a notice's contact (联系人：邓敏), with the organisation before the
first post of a chain held as their employer (市科技局党组书记、局长彭海涛)."""

from __future__ import annotations

import re

from chaingraph.authoring.dictionary import in_dictionary, word_frequency
from chaingraph.authoring.extract.candidates import Mention
from chaingraph.authoring.extract.rules import (
    CJK_NAME,
    COMPOUND_SURNAMES,
    DOTTED_NAME,
    ROLE_RE,
    SURNAMELESS_NAME,
    SURNAMES,
    YI_SURNAMES,
    clause_start_before,
)
from chaingraph.authoring.extract.tokens import Token
from chaingraph.sources.metadata import NEWS_OPENING
from chaingraph.sources.pagelines import parse_credit
from chaingraph.sources.sentences import Sentence

# （某某台记者 张三 李四 报道）: what the credit says they did
CREDIT_WORDS = {"摄影", "摄像", "编辑", "责编", "特约", "见习", "撰稿", "撰文", "文图", "图文",
                "报道", "报导", "采写", "发自", "摄影报道"}
SPEECH = "表示|介绍|说|指出|透露|坦言|强调|告诉记者|宣布|主持|致辞|讲话|出席|参加|带队|率队|汇报|通报"
COMPOUND_NAME = rf"(?:{'|'.join(COMPOUND_SURNAMES)}){CJK_NAME}{{1,2}}?"  # 司徒宏亮
SPOKEN_NAME_RE = re.compile(rf"({DOTTED_NAME}|{COMPOUND_NAME}|{CJK_NAME}{{2,3}}?)(?={SPEECH})")
SURNAMELESS_NAME_RE = re.compile(rf"({SURNAMELESS_NAME})(?={SPEECH}|[，、。；）]|和|与|及|一行|出席|陪同|在|到|来到)")
# the characters Chinese spells foreign names with (拉斯·尼尔森, 托比亚斯·霍夫曼): a dotted name of them after a post
# ends where they do (首席质量官拉斯·尼尔森牵头…), or where the word after it opens (``_foreign_name``)
FOREIGN_CHARS = ("阿埃艾安奥巴贝本比彼波伯布查达戴丹德迪蒂丁东杜多顿厄恩尔法菲费芬弗福盖冈戈格古哈海汉豪赫亨洪霍可密"
                 "翰逊基吉加杰金卡凯坎康柯科克库拉莱赖兰朗劳勒雷蕾里利莉林琳卢鲁伦罗洛马玛迈麦曼梅门蒙米明莫姆穆纳娜"
                 "奈内尼宁纽诺帕佩彭皮珀普齐奇恰乔琴丘萨塞桑森沙莎尚舍施什斯松苏索塔泰坦汤特提图托瓦万威韦维温沃"
                 "乌西希谢辛休雅亚扬耶伊因英尤约泽扎詹兹佐茨祖夫")
FOREIGN_NAME_RE = re.compile(rf"[{FOREIGN_CHARS}]{{1,6}}·[{FOREIGN_CHARS}]{{1,6}}")

# 生产部负责人周倩, 公司技术总监, 集团熟食事业部总经理: the department or division a post is of, part of the post's
# title (the group or company before it is the employer)
DEPARTMENT_RE = re.compile(r"(?:生产|技术|研发|销售|市场|财务|质量|采购|运营|人力资源|安全)部?$|"
                           r"(?:(?<=集团)|(?<=公司)|(?<=[，、。；：“\s])|^)(?:(?!集团|公司)[\u4e00-\u9fff]){2,8}?事业部$")
PLACE_ENDS = tuple("省市县区镇乡村州旗盟")
BODY_ENDS = (*PLACE_ENDS, *"局委办厅处科站所园")  # 高新区　经济发展局局长: a table's row, no speaker
# 党工委书记赵振国，管委会主任…; 首席科学家陈立新博士和董事长…: a name ended by a mark, a title or a joining word;
# 主任彭立军代表管委会作报告: or by 代表 (on behalf of), which jieba glues to the name's last character (军代表)
NAME_BEFORE_BREAK_RE = re.compile(rf"({DOTTED_NAME}|{COMPOUND_NAME}|{CJK_NAME}{{2,3}}?)"
                                  r"(?=[，、。；）]|博士|教授|先生|女士|一行|[和与及](?![，、。；）])|向|出席|陪同|代表|在|指着|接受|率|"
                                  r"作(?=报告|了|主旨|专题|交流|发言)|团队|课题组|担任|兼任)")
# (院士龙岳衡作报告, 院士沈国强团队, 主任由X教授储文彬担任)
# 县委书记马骏驰到…调研: a Chinese name ended by the verb of going (not a dotted name: 汉斯·穆勒多次来到…)
GOING_NAME_RE = re.compile(rf"({COMPOUND_NAME}|{CJK_NAME}{{2,3}}?)(?=到(?!位|期|账)|来到|赴)")
# 刘振华（太原碳材料实验室主任）介绍; 王丽娟，X有限公司副总经理，在现场介绍说; 据杨帆（X局副局长）介绍; 孙海鹰是
# X局副局长，: the role after the name
NAME_THEN_ROLE_RE = re.compile(rf"(?:^|(?<=[，。；：”」])|(?<=据))(?!据)({DOTTED_NAME}|{CJK_NAME}{{2,3}})(?:（|，|是)"
                               rf"(?P<org>[^，。；（）“”是]{{2,30}}?)(?P<role>{ROLE_RE.pattern})(?:）|，)")

# 云南中医药大学施文华教授团队: a scholar named between the body and the title, the body their employer
SCHOLAR_RE = re.compile(rf"(?:(?<=大学)|(?<=学院)|(?<=研究院)|(?<=研究所))(?!高级|正高级|特聘|常务|首席|客座|资深|兼职)"
                        rf"({CJK_NAME}{{2,3}}?)"
                        r"(?P<role>副教授|教授|研究员|院士)"
                        r"(?=团队|课题组|表示|介绍|说|指出|认为|等|[，、。；和与及])")


# 联系人：邓敏　电话：…, 项目负责人：乌兰高娃, 3.负责人：主任 高振宇: the person a notice's field names, the field's
# label (or the post after it) their role, at the body the field lines above name (``relations``)
FIELD_PERSON_RE = re.compile(rf"^\s*(?:\d{{1,2}}\s*[.、．]\s*)?(?P<label>联系人|项目负责人|负责人|法定代表人)[：:]\s*"
                             rf"(?:(?P<post>{ROLE_RE.pattern})\s+)?(?P<name>{CJK_NAME}{{2,4}}?)(?=\s|$|[，。；、（(]|电话|手机)")
# 孙志国　梨树县农业农村局局长: a line naming a speaker, then their body and post (a transcript's or a photo's caption)
SPEAKER_LINE_RE = re.compile(rf"^\s*(?P<name>{CJK_NAME}{{2,3}})[\s\u3000]+[^\s，。；：:]{{2,30}}?"
                             rf"(?P<role>{ROLE_RE.pattern})\s*$")
# 明澜基金管理有限公司 郜一鸣: a line of a record's list of who came (参与单位名称及人员姓名), a body and its person
ATTENDEE_RE = re.compile(rf"^(?P<org>[^\s，。：:]{{4,40}}?"
                         rf"(?:有限公司|有限责任公司|股份公司|集团|银行|研究院|研究所|大学))[\s\u3000]+(?P<name>{CJK_NAME}{{2,4}})$")
VISITORS_HEAD_RE = re.compile(r"(?:参与单位名称及人员姓名|参与单位及人员|参会人员|参加人员|来访人员|调研人员|接待对象)"
                              r"[：:]?\s*$")
# 杨春梅代表： opening a reply to a deputy's proposal; （撰稿：易文涛　审核：…）, （本期制图：王一诺） closing the text
SALUTATION_RE = re.compile(rf"^({CJK_NAME}{{2,3}})(代表|委员)[：:]$")
CLOSING_CREDIT_RE = re.compile(rf"(?:^|(?<=[（(\s]))(?:本期)?(撰稿|撰文|整理|制图|绘图)[：:]\s*({CJK_NAME}{{2,3}})"
                               rf"(?=[\s）)]|$)")
# 贺工, 李总: a surname and a form of address, no name
ADDRESS_RE = re.compile(rf"^{CJK_NAME}(?:工|总|老师|经理|主任|先生|女士|师傅)$")


def people_by_role(tokens: list[Token], sentence: Sentence) -> list[Mention]:
    """People named right after a role word (副局长涂强), or listed after one in a byline; a chain of
    posts (党组书记、局长彭海涛) is held at the organisation before its first post."""
    out = []
    text = sentence.text
    for match in ROLE_RE.finditer(text):
        after = match.end()
        department = DEPARTMENT_RE.search(text, 0, match.start())
        post_start = _joint_post(text, department.start() if department else match.start())
        post = _office_before_chain_head(text, match)
        committee = 0  # 市委书记、市新材料产业链链长: a bare committee written into the post it holds
        if post is not None:  # 县委副书记、县长、县茶产业链链长罗嘉川: the posts and the chain duty they bring, all
            post_start = _first_post(text, post.start())  # held at the place the offices name
            committee = _bare_committee(text, post_start)
        names = []
        spaced = re.match(rf"\s+((?:(?:{DOTTED_NAME}|{CJK_NAME}{{2,4}})(?=\s|$|[）)，。、：:])[\s、]*)+)", text[after:])
        if spaced:  # a byline: 记者 周馨钰 宋姿熠 王汉卿 (any name: 记者 萨仁, 通讯员 热依拉), 记者 邝嘉明、苏晓楠
            pos = after
            for name in filter(None, re.split(r"[\s、]+", spaced.group(1))):
                if ROLE_RE.search(name) or name in CREDIT_WORDS or re.fullmatch(SPEECH, name) \
                        or FIELD_WORD_RE.fullmatch(name) or len(name) >= 3 and name.endswith("摄"):
                    break  # 记者 张三 通讯员 李四: the next role's names are its own; 主任 努尔兰·赛力克 表示: a verb;
                    # 本报记者 孙念彤摄: a photo's credit, whoever took it
                pos = text.index(name, pos)
                names.append((name, pos))
                pos += len(name)
        else:
            token = _token_at(tokens, sentence.start + after)
            said = SPOKEN_NAME_RE.match(text, after) or NAME_BEFORE_BREAK_RE.match(text, after) \
                or GOING_NAME_RE.match(text, after)
            surnameless = SURNAMELESS_NAME_RE.match(text, after)
            split = _split_name(tokens, token)
            foreign = _foreign_name(text, after)
            if said and "·" in said.group(1):  # 首席运营官迈克·约翰逊表示, 副县长伊明·艾力主持: the verb ends it
                names.append((said.group(1), after))
            elif foreign:  # 首席质量官拉斯·尼尔森牵头, 中国区总经理马可·贝尔蒂就 (not 马可, a surname's word)
                names.append((foreign, after))
            elif surnameless and token and surnameless.end(1) > token.end - sentence.start:  # 卓玛/央金: half known
                names.append((surnameless.group(1), after))
            elif split and not said:  # 陈/立国/通报, 杨/光明/近期: jieba split the name at its surname
                names.append((split, after))
            elif token and (token.tag.startswith("nr") or _placeless(token)) and 2 <= len(token.word) <= 3 \
                    and token.word[0] in SURNAMES:
                longer = said is not None and len(said.group(1)) > len(token.word) \
                    and said.group(1).startswith(token.word)  # 罗文/斌表示: jieba knew the first two characters
                glued = said is not None and token.word.startswith(said.group(1)) \
                    and re.fullmatch(SPEECH, token.word[len(said.group(1)):]) is not None  # 任恺/说: the verb glued on
                tail = "" if longer or glued else _given_tail(tokens, token)  # 赵国/nr 强/a 深入: 赵国强
                names.append((said.group(1) if longer or glued else token.word + tail, after))
            elif said and _said_name(tokens, sentence.start + after, said.group(1)):
                names.append((said.group(1), after))  # 副主任孙立新表示: a name jieba lacks, told by the verb after it
            elif surnameless:  # 副主任次仁多吉表示: no surname
                names.append((surnameless.group(1), after))
            elif token is None and (crossed := _name_across_word(tokens, text, sentence.start, after)):
                names.append((crossed, after))
        if len(names) == 1 and not spaced and SHARED_POST_RE.search(match.group(0)):
            names += _listed_after(text, *names[0])  # 市领导柯正平、胡春燕出席: one post for the names listed
        names = [(name[:-1] if len(name) == 3 and name.endswith("等") else name, pos) for name, pos in names]
        served = _post_served(text, post_start, names)  # 院长由X大学教授Y担任: the post Y takes, not Y's title
        for name, pos in names:  # (副市长柯敏等出席: 等 closes a list of people, no character of the name)
            honoured = text.startswith(("先生", "女士"), pos + len(name))  # 副总经理巴特尔先生: a name, surname or not
            if name[0] not in SURNAMES and not spaced and "·" not in name and not re.fullmatch(SURNAMELESS_NAME, name) \
                    and not honoured and not name.startswith(COMPOUND_SURNAMES) \
                    and not _surnameless_name(tokens, sentence.start + pos, name):
                continue
            start = sentence.start + pos
            said = _zone_pair(text, post_start)  # 党工委书记、管委会主任: both posts are the role
            role = text[post_start - committee if said is None else said:match.end()]
            role_at = _first_post(text, post_start)
            if served is not None and text.startswith(("担任", "兼任"), pos + len(name)):
                role, role_at = served.group("post"), served.start("post")
            out.append(Mention(name, start, start + len(name), sentence.id, "Person", role=role,
                               role_start=sentence.start + role_at))
    if (speaker := SPEAKER_LINE_RE.match(text)) and speaker["name"][0] in SURNAMES \
            and not speaker["name"].endswith(BODY_ENDS) and word_frequency(speaker["name"]) < COMMON_NOUN:
        start = sentence.start + speaker.start("name")  # 孙志国　梨树县农业农村局局长: a speaker's caption
        out.append(Mention(speaker["name"], start, start + len(speaker["name"]), sentence.id, "Person",
                           role=speaker["role"], role_start=sentence.start + speaker.start("role")))
    if (field := FIELD_PERSON_RE.match(text)) and _field_name(field["name"]):
        start, role = sentence.start + field.start("name"), field["post"] or field["label"]
        out.append(Mention(field["name"], start, start + len(field["name"]), sentence.id, "Person", role=role,
                           role_start=sentence.start + field.start("label")))
    named = [(m, 1, 2) for m in [SALUTATION_RE.match(text)] if m]  # (match, the name's group, the role's)
    if text.startswith(("（", "(")):
        named += [(m, 2, 1) for m in CLOSING_CREDIT_RE.finditer(text)]
    for match, name_at, role_at in named:
        if match.group(name_at)[0] in SURNAMES:
            start, end = sentence.start + match.start(name_at), sentence.start + match.end(name_at)
            out.append(Mention(match.group(name_at), start, end, sentence.id, "Person", role=match.group(role_at),
                               role_start=sentence.start + match.start(role_at)))
    for match in SCHOLAR_RE.finditer(text):
        name = match.group(1)
        if name[0] in SURNAMES:  # (the post said before the name's start: the body right before is the employer)
            start = sentence.start + match.start(1)
            out.append(Mention(name, start, start + len(name), sentence.id, "Person", role=match["role"],
                               role_start=start))
    for match in NAME_THEN_ROLE_RE.finditer(text):
        name = match.group(1)
        said_is = text.startswith("是", match.end(1))  # 董事长是原X公司副总裁, 王总是…: a post or a word, no name
        if said_is and (ROLE_RE.search(name) or ADDRESS_RE.match(name) or in_dictionary(name)):
            continue
        if name[0] in SURNAMES or "·" in name:
            start = sentence.start + match.start(1)
            out.append(Mention(name, start, start + len(name), sentence.id, "Person", role=match.group("role"),
                               role_start=sentence.start + match.start("role")))
    credit = _lead_credit(text)
    return [m for m in out if credit is None or not credit[0] <= m.start - sentence.start < credit[1]]


# 本报讯（记者 许清禾 通讯员 陶景然）, 新华社南京5月3日电（记者 张三）: the writers the lead credits
LEAD_CREDIT_RE = re.compile(NEWS_OPENING + r"(?P<credit>[（(][^（）()]{2,40}[）)])")


def _lead_credit(text: str) -> tuple[int, int] | None:
    """Where the lead's bracketed credit stands: its writers are the capture's byline (meta), no people of the
    chain, whom the gold never keeps."""
    match = LEAD_CREDIT_RE.match(text)
    if match is None or parse_credit(match["credit"]) is None:
        return None
    return match.span("credit")


# 单位：, 联系电话： after a byline's names: the labels of the fields that follow, no names
FIELD_WORD_RE = re.compile(r"(?:联系|办公|固定)?(?:单位|电话|手机|地址|邮箱|传真|邮编|网址|时间|地点|职务|部门)")
# posts several hold at once (市领导, 副县长, 委员), which a list of names after one of them shares; not 县长
SHARED_POST_RE = re.compile(r"^副|领导$|委员$|常委$")
ATTENDING = "出席|参加|陪同|一同|参会|见证|调研|考察|带队|率队"
LISTED_NAME_RE = re.compile(rf"、({CJK_NAME}{{2,3}}?)(?=[、，。；]|等|{ATTENDING})")
ATTENDED_RE = re.compile(rf"等?(?:同志)?(?:{ATTENDING})")


def _listed_after(text: str, name: str, pos: int) -> list[tuple[str, int]]:
    """The names listed after a post's first holder, where the list closes on their attending (市领导A、B、C出席,
    副县长A、B陪同调研, 区领导A、B，…参加): each holds the post. A name with a post of its own is read with that
    post."""
    listed, at = [], pos + len(name)
    while (match := LISTED_NAME_RE.match(text, at)) and (match.group(1)[0] in SURNAMES
                                                          or re.fullmatch(SURNAMELESS_NAME, match.group(1))) \
            and not ROLE_RE.search(match.group(1)) and word_frequency(match.group(1)) < COMMON_NOUN:
        listed.append((match.group(1), match.start(1)))
        at = match.end(1)
    closed = ATTENDED_RE.match(text, at) or text[at:at + 1] == "，" and re.search(ATTENDING, text[at:])
    return listed if closed else []  # (区领导A、B，区直有关部门负责同志参加)


def _field_name(name: str) -> bool:
    """Whether a field's value is a person's name: a surname's (not 贺工, a form of address), a Tibetan one, or
    four characters of no body (乌兰高娃)."""
    if ADDRESS_RE.match(name):
        return False
    return name[0] in SURNAMES or bool(re.fullmatch(SURNAMELESS_NAME, name)) or (
        len(name) == 4 and not name.endswith(tuple("室科部处局站所队组办厅委司")))


def _split_name(tokens: list[Token], token: Token | None) -> str | None:
    """陈/立国 after a post: a one-character (or two-character) surname jieba cut from the given name after it (and
    tagged as it liked: 孙/zg, 马/n); 于 and 向 after a post are prepositions."""
    if token is None or token.word not in SURNAMES and token.word not in COMPOUND_SURNAMES or token.word in "于向" \
            or token.tag == "x":  # (县长令狐/建平: a two-character surname cut off as well)
        return None
    following = _token_at(tokens, token.end)
    if following is None or not re.fullmatch(rf"{CJK_NAME}{{1,2}}", following.word) or ROLE_RE.search(following.word) \
            or following.word[0] in "的等和与及在到将对":
        return None
    if token.word in YI_SURNAMES and len(following.word) == 1 and (rest := _token_at(tokens, following.end)):
        return token.word + following.word + rest.word[0]  # 海来/阿/木作: a Yi name's two given characters
    third = _token_at(tokens, following.end) if len(following.word) == 1 else None
    if third is not None and len(third.word) == 1 and third.tag in MORPHEME_TAGS:
        return token.word + following.word + third.word  # 蒉/晓/vg 珂/zg: a rare given name cut into morphemes
    return token.word + following.word


def _given_tail(tokens: list[Token], token: Token) -> str:
    """赵国/nr 强/a 深入/v: the third character of a name whose first two jieba knows as a name or a word, cut off
    as an adjective or a bound character before a verb or a mark; "" where no such character follows."""
    tail = _token_at(tokens, token.end) if len(token.word) == 2 else None
    if tail is None or len(tail.word) != 1 or tail.tag not in MORPHEME_TAGS | {"a"}:
        return ""
    after = _token_at(tokens, tail.end)
    return tail.word if after is None or after.tag == "x" or after.tag.startswith("v") and len(after.word) >= 2 else ""


COMMON_NOUN = 5000  # a noun jieba saw this often is a word of the language, whatever surname it opens on
MORPHEME_TAGS = {"zg", "vg", "ng", "ag", "tg", "dg", "g"}  # jieba's tags for a character bound in a word, no word
# 负责人陆续汇报, 局长分别介绍: how the posts' holders spoke, no name
REPORTING_ADVERBS = {"陆续", "分别", "先后", "一一", "随后", "逐一", "依次", "相继", "共同", "现场", "详细", "简要",
                     "重点", "全面", "集中", "首先", "还", "也", "再次"}


def _said_name(tokens: list[Token], start: int, name: str) -> bool:
    """Whether the words between a post and a verb of speech are a name: not an adverb of reporting (陆续汇报),
    and not a preposition and a body (局长向区委汇报; 局长向/志远/nrfg 汇报 is a name)."""
    first = _token_at(tokens, start)
    if first is None:
        return True  # 主/任何/振邦, 链/长孙/茂林: jieba cut across the post and the name
    if first.word in REPORTING_ADVERBS:
        return False  # (高远/d 介绍, 常/d 文静: names jieba reads as adverbs are still names)
    if first.tag == "p":  # 向/区委, 向/大会, 向/领导: a preposition and a body (not 于/海川/ns, 向/志远/nrfg)
        following = _token_at(tokens, first.end)
        return following is None or following.tag not in ("n", "vn", "nt", "j", "r", "v")
    # 协会会长单位，: a common noun after the post (jieba saw 单位 17532 times), not a name (光明 1219 is one)
    return not (first.word == name and first.tag == "n" and word_frequency(name) >= COMMON_NOUN)


def _surnameless_name(tokens: list[Token], start: int, name: str) -> bool:
    """乌日根, 吉克石布 after a post: a Mongolian or Yi name of three or four characters with no surname, which
    jieba reads as a person's (乌日/nrt, 吉克石/nr); a word it knows (现场, 同志) is none."""
    token = _token_at(tokens, start)
    ends = any(t.end == start + len(name) for t in tokens) and not any(
        t.start == start + len(name) and t.word in ("和", "与", "及") for t in tokens)  # (巴图孟/和: 孟和 ends it)
    return 3 <= len(name) <= 4 and token is not None and token.tag.startswith("nr") and len(token.word) >= 2 \
        and name.startswith(token.word) and ends


def _foreign_name(text: str, at: int) -> str | None:
    """The dotted name in transliteration characters at `at`, its last characters given back where they open the
    word that follows (汉斯·穆勒多次: 多次; 马可·费拉里希望: 希望), or None."""
    match = FOREIGN_NAME_RE.match(text, at)
    if match is None:
        return None
    end, dot = match.end(), text.index("·", at)
    while end - dot > 2 and in_dictionary(text[end - 1:end + 1]):
        end -= 1
    return text[at:end]


def _bare_committee(text: str, at: int) -> int:
    """2 where a bare committee (市委, 县委) opens the clause right before the post at `at` (市委书记, the committee of
    the place the article reports on), else 0."""
    bare = at >= 2 and re.fullmatch(r"[市县区州旗盟]委", text[at - 2:at]) is not None
    return 2 if bare and (at == 2 or text[at - 3] in "，。；：、（ \u3000") else 0


# 副州长、州磷化工产业链链长: the chain duty an official holds, written after the office that brings it
CHAIN_DUTY_RE = re.compile(r"、[^、，。；：]{0,14}?产业链$")


def _office_before_chain_head(text: str, match: re.Match) -> re.Match | None:
    """The post before a chain head's duty in a chain of posts (副州长 of 副州长、州磷化工产业链链长), or None."""
    if not match.group(0).endswith("链长"):
        return None
    duty = CHAIN_DUTY_RE.search(text, max(0, match.start() - 16), match.start())
    if duty is None:
        return None
    return next((m for m in ROLE_RE.finditer(text, max(0, duty.start() - 8), duty.start())
                 if m.end() == duty.start() and not m.group(0).endswith("链长")), None)


def _token_at(tokens: list[Token], start: int) -> Token | None:
    """The word that starts at ``start``, or None where jieba's words cross it."""
    return next((t for t in tokens if t.start == start), None)


# a body's post (实验室主任, 研究院院长, 公司总经理) the person after 由 takes: the body word says whose it is
POST_SERVED_RE = re.compile(rf"(?:实验室|研究院|研究所|中心|基地|公司|工作站)(?P<post>{ROLE_RE.pattern})"
                            r"(?:拟|将)?由[^，。；]*$")


def _post_served(text: str, post_start: int, names: list) -> re.Match | None:
    """实验室主任由合肥工业大学教授储文彬担任: the post (主任) a person's title and employer (教授) lead up to."""
    if not names:
        return None
    return POST_SERVED_RE.search(text, clause_start_before(text, post_start), post_start)


def _name_across_word(tokens: list[Token], text: str, offset: int, after: int) -> str | None:
    """区/长葛/晏清/推介: jieba read the post's last character and the surname as one word (a place); the name is
    the two or three characters from the surname up to where jieba's next word starts, a verb or a mark."""
    for width in (3, 2):
        name, end = text[after:after + width], offset + after + width
        following = _token_at(tokens, end)
        if name[:1] in SURNAMES and re.fullmatch(rf"{CJK_NAME}+", name) and following is not None \
                and (following.tag.startswith(("v", "x", "p")) or re.fullmatch(SPEECH, following.word)):
            return name
    return None


def _placeless(token: Token) -> bool:
    """高建国 tagged a place by jieba, 许立 a numeral: a surname's word after a post that names no place's level
    and holds no numeral."""
    return token.tag == "ns" and not token.word.endswith(PLACE_ENDS) \
        or token.tag == "m" and not re.search(r"[\d零〇一二两三四五六七八九十百千万亿几半]", token.word)


def _joint_post(text: str, role_start: int) -> int:
    """董事长兼总经理: one title of two posts held together, from its first post."""
    if role_start > 1 and text[role_start - 1] == "兼":
        before = next((m for m in ROLE_RE.finditer(text, max(0, role_start - 8), role_start - 1)
                       if m.end() == role_start - 1), None)
        if before is not None:
            return before.start()
    return role_start


def _zone_pair(text: str, role_start: int) -> int | None:
    """Where 党工委书记 starts in 党工委书记、管委会主任, a zone's Party post then its committee's right before the
    second post, or None (not 党工委委员、管委会副主任, whose first is no post of ROLE_RE's)."""
    if not text.startswith("、管委会", role_start - 4):
        return None
    return next((m.start() for m in ROLE_RE.finditer(text, max(0, role_start - 12), role_start - 4)
                 if m.end() == role_start - 4), None)


def _first_post(text: str, role_start: int) -> int:
    """Where a chain of posts right before a name starts: 党组书记、局长 -> at 党组书记. A chain head's duty
    opening it (产业链链长、县长) is not one of them: the office is held at the place, not at the chain."""
    while role_start > 1 and text[role_start - 1] == "、":
        before = next((m for m in ROLE_RE.finditer(text, max(0, role_start - 12), role_start - 1)
                       if m.end() == role_start - 1), None)
        if before is None or before.group(0).endswith("链长"):
            return role_start
        role_start = before.start()
    return role_start


MAX_HEAD_LINE = 40  # the longest headline or subtitle line a page's head holds


def listed_visitors(sentences: list[Sentence]) -> list[Mention]:
    """The people of a record's list of who came (参与单位名称及人员姓名：, then 明澜基金管理有限公司 郜一鸣 per
    line): each line under the heading that is a body and a name (not a table of companies and their products)."""
    out, listing = [], False
    for sentence in sentences:
        attendee = ATTENDEE_RE.match(sentence.text) if listing else None
        if attendee is not None and attendee["name"][0] in SURNAMES:
            start = sentence.start + attendee.start("name")
            out.append(Mention(attendee["name"], start, start + len(attendee["name"]), sentence.id, "Person"))
        listing = bool(VISITORS_HEAD_RE.search(sentence.text)) or (listing and attendee is not None)
    return out


def head_bylines(sentences: list[Sentence]) -> set[str]:
    """Ids of the byline lines above the text (记者 张三 实习生 李四 under the headline): the capture's
    metadata, read by ``sources.metadata``; a credit in the lead (本报讯（记者 张三）) is too, and
    ``people_by_role`` drops its names; one closing the text is the body's and names people."""
    out = set()
    for sentence in sentences:
        if sentence.kind == "body" and not _headline_like(sentence.text):
            break
        if sentence.kind == "byline":
            out.add(sentence.id)
    return out


def _headline_like(text: str) -> bool:
    """A line of the page's head the splitter left in the body: a ——subtitle (——访某某董事长张三) or a headline
    under its kicker, short and closed by no full stop."""
    return len(text) <= MAX_HEAD_LINE and not text.rstrip().endswith(("。", "？", "”", "：", "；"))  # (再添一批…！)
