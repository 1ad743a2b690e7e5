#!/bin/sh
# Regenerate heldout3.gold.json from heldout3_spec.py with the shared goldlib (run from anywhere).
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
SHARED=${SHARED:-$HERE/../../../../shared}
python3 "$SHARED/eval/goldlib.py" "$HERE/heldout3_spec.py" "$HERE/articles" "$HERE/heldout3.gold.json"
