#!/bin/sh
# Regenerate heldout2.gold.json from heldout2_spec.py with the shared goldlib (run from anywhere).
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
SHARED=${SHARED:-$HERE/../../../../shared}
python3 "$SHARED/eval/goldlib.py" "$HERE/heldout2_spec.py" "$HERE/articles" "$HERE/heldout2.gold.json"
