"""`python -m silkwire`: the same command line as the `silkwire` console script."""
from silkwire.cli import main

main()
