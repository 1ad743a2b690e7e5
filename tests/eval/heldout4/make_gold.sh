#!/bin/sh
# Regenerate heldout4.gold.json from heldout4_spec.py with the shared goldlib (run from anywhere).
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
SHARED=${SHARED:-$HERE/../../../../shared}
python3 "$SHARED/eval/goldlib.py" "$HERE/heldout4_spec.py" "$HERE/articles" "$HERE/heldout4.gold.json"
