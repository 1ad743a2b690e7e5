#!/bin/sh
# Regenerate heldout6.gold.json from heldout6_spec.py with the shared goldlib (run from anywhere).
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
SHARED=${SHARED:-$HERE/../../../../shared}
python3 "$SHARED/eval/goldlib.py" "$HERE/heldout6_spec.py" "$HERE/articles" "$HERE/heldout6.gold.json"
