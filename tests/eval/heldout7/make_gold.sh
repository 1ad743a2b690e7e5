#!/bin/sh
# Regenerate heldout7.gold.json from heldout7_spec.py with the shared goldlib (run from anywhere).
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
SHARED=${SHARED:-$HERE/../../../../shared}
python3 "$SHARED/eval/goldlib.py" "$HERE/heldout7_spec.py" "$HERE/articles" "$HERE/heldout7.gold.json"
