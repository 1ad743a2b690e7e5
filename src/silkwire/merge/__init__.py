"""Merge: stories across outlets, outlet comparison, near-duplicate documents, pledge tracking.

Pure functions and one in-memory index (``StoryIndex``); no database.  See docs/MERGE.md.
"""
from silkwire.merge.compare import compare_outlets, story_map
from silkwire.merge.neardup import near_duplicates
from silkwire.merge.pledges import track_pledges
from silkwire.merge.records import (
    ActorSpellings,
    AttachResult,
    ClaimCoverage,
    DocumentMeta,
    MemberRef,
    MergeConfig,
    NearDuplicate,
    OutletComparison,
    PledgeRecord,
    ScoredPair,
    StoryRecord,
)
from silkwire.merge.scoring import score
from silkwire.merge.stories import StoryIndex, assign_stories, attach, build_stories, story_id

__all__ = [
    "ActorSpellings", "AttachResult", "ClaimCoverage", "DocumentMeta", "MemberRef", "MergeConfig", "NearDuplicate",
    "OutletComparison", "PledgeRecord", "ScoredPair", "StoryIndex", "StoryRecord", "assign_stories", "attach",
    "build_stories", "compare_outlets", "near_duplicates", "score", "story_id", "story_map", "track_pledges",
]
