import pytest

from silkwire.models import Article
from silkwire.reference import KnowledgeBase


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def article(text: str, published: str | None = "2023-04-27") -> Article:
    return Article("doc", "test", text, published=published)
