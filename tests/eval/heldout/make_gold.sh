#!/bin/sh
# Regenerate heldout.gold.json from heldout_spec.py with the shared goldlib (run from anywhere).
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
SHARED=${SHARED:-$HERE/../../../../shared}
python3 "$SHARED/eval/goldlib.py" "$HERE/heldout_spec.py" "$HERE/articles" "$HERE/heldout.gold.json"
