#!/bin/sh
cat > /dev/null
echo "place list not found: /nowhere/places.tsv" >&2
exit 3
