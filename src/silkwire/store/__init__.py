"""DuckDB store: schema migrations, the one write path (`Store.save`), and read queries (`queries`)."""
from silkwire.store import queries
from silkwire.store.db import SaveResult, Store, default_db_path

__all__ = ["SaveResult", "Store", "default_db_path", "queries"]
