"""HTML fragments (feed summaries) to plain text: tags dropped, entities resolved, blocks on their own lines."""
from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section",
                    "article", "header", "footer", "ul", "ol", "table", "figure", "figcaption", "hr"})
_SKIP = frozenset({"script", "style", "noscript", "template"})


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def strip_html(fragment: str) -> str:
    """Plain text of an HTML fragment, one paragraph a line, runs of spaces collapsed."""
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    text = "".join(parser.parts)
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
