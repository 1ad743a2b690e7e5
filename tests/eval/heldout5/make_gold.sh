#!/bin/sh
# Regenerate heldout5.gold.json from heldout5_spec.py with the shared goldlib (run from anywhere).
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
SHARED=${SHARED:-$HERE/../../../../shared}
python3 "$SHARED/eval/goldlib.py" "$HERE/heldout5_spec.py" "$HERE/articles" "$HERE/heldout5.gold.json"
