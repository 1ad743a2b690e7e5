"""Regex alternations compiled as a trie: Python's ``re`` tries a flat ``a|b|c`` branch by branch at every
position, so a list of a few hundred phrases costs hundreds of failed attempts per character; a trie costs one."""
from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regex matching exactly the given words, longest first where one word extends another (like a flat
    alternation sorted by length, longest first)."""
    root: dict = {}
    for w in words:
        if not w:
            continue
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True
    return _node(root) if root else "(?!)"


def _node(node: dict) -> str:
    branches = [re.escape(ch) + _node(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here: the longer words are tried first, then none (greedy ?)
        return "(?:" + body + ")?"
    return body
