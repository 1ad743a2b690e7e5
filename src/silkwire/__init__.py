"""silkwire: Arabic news on China–Central Asia diplomacy as a traceable, queryable event record."""
__version__ = "0.1.0"
