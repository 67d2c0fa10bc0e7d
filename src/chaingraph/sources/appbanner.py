"""A news app's banner over its page and its calls to act, in one place for the normalizer (the banner is no
article text) and the metadata reader (the banner names the publisher), so the two read a banner alike.

>>> banners = ("某某新闻 | 打开APP 阅读体验更佳", "某某新闻丨打开APP", "椰城新闻 APP",
...            "某某客户端 打开APP，阅读体验更佳 [打开]")
>>> [APP_HEADER_RE.match(line)["name"] for line in banners]
['某某新闻', '某某新闻', '椰城新闻', '某某客户端']
>>> bool(APP_PROMPT_RE.match("某某新闻 ｜ 打开APP")), bool(APP_PROMPT_RE.match("点击蓝字 关注我们"))
(True, True)
"""

from __future__ import annotations

import re

from chaingraph.sources.datewords import CJK

# the app's name: 丨 (U+4E28) is a CJK character, but between a name and its call it is the bar, no part of the name;
# a call's verb is no name (打开APP 阅读更多精彩内容 names no app)
APP_NAME = rf"(?!打开|下载|安装|前往)(?:(?!丨)[{CJK}A-Za-z0-9·]){{2,12}}"
APP_BAR = r"(?:\s*[|｜丨]\s*|\s+)"  # a bar with or without spaces (某某新闻丨打开APP, 某某新闻 | 打开APP), or spaces
APP_CALL = r"(?:阅读体验更佳|体验更佳|阅读更多精彩内容|看更多\S*|查看更多|阅读全文)"  # what opening the app gives
APP_BUTTON = r"(?:\s*[\[【]\s*(?:立即)?(?:打开|下载)\s*[\]】])?"  # [打开]: the banner's button after its call
APP_WORDS = "APP|App|app"  # the word for the app (客户端 too, in a call to act)


def _banner(app_word: str) -> str:
    """The banner: the app's name, a bar, the call to open the app and what that gives (某某新闻 | 打开APP 阅读体验
    更佳, 某某新闻丨打开APP, 椰城新闻 APP, 某某新闻打开APP), with ``app_word`` the word for the app."""
    return (rf"(?P<name>{APP_NAME}?){APP_BAR}?(?:(?:打开|下载)\s*)?{app_word}"
            # 某某头条 APP　(立即)打开(某某头条)App，阅读体验更佳: the word, then the call that names it again
            rf"(?:\s*(?:立即)?(?:打开|下载)\s*[{CJK}A-Za-z0-9·]{{0,12}}?{app_word})?"
            rf"(?:\s*[，,]?\s*{APP_CALL})?{APP_BUTTON}")


# the banner naming the app by APP: the publisher when no 来源 says one (a line 某某新闻客户端 alone is read by the
# site-name rules, as the site's name)
APP_HEADER_RE = re.compile(rf"^{_banner(f'(?:{APP_WORDS})')}$")
# A news app's or a social-media account's calls to act: the banner, also by 客户端 (琼州新闻客户端), 打开APP，阅读体验
# 更佳, 打开新闽西APP 看更多精彩 (the app's name may stand between the verb and APP), 点击蓝字 关注我们.
APP_PROMPT_RE = re.compile(rf"^(?:{_banner(f'(?:{APP_WORDS}|客户端)')}|"
                           rf"(?:打开|下载|安装|前往)\s*[{CJK}A-Za-z0-9·]{{0,10}}?\s*(?:{APP_WORDS}|客户端).{{0,16}}|"
                           rf"点击(?:上方)?(?:蓝字|关注).{{0,12}}|[+＋]?\s*关注(?:我们)?(?:\s*设为星标)?|设为星标|"
                           rf"[{CJK}A-Za-z·]{{0,10}}关注我们.{{0,6}})$")
