"""Roles the resolver keeps from titles."""
from silkwire.models import Article
from silkwire.nlp import recognize
from silkwire.reference import KnowledgeBase
from silkwire.resolve import resolve


def test_the_office_of_an_international_body_is_no_role_of_its_holders_country() -> None:
    kb = KnowledgeBase.load()
    art = Article("doc", "test", "وحضر القمة الأمين العام للأمم المتحدة أنطونيو غوتيريش.", published="2025-09-01")
    _, actors = resolve(art, recognize(art, kb), kb)
    people = [a for a in actors if a.type == "person"]
    assert people and all(not a.roles for a in people)


def test_a_body_with_a_country_gives_its_head_a_role_of_that_country() -> None:
    kb = KnowledgeBase.load()
    art = Article("doc", "test", "وتسلم الشحنة رئيس لجنة حالات الطوارئ والدفاع المدني في طاجيكستان رحيم جان سعيدزاده.",
                  published="2025-05-30")
    _, actors = resolve(art, recognize(art, kb), kb)
    roles = [(r.role_class, r.country) for a in actors for r in a.roles]
    assert roles == [("other", "TJK")]
