#!/bin/sh
# Answers with one annotation over the first two characters of block 0, and reports the protocol seen.
input=$(cat)
case "$input" in
  '{"protocol":"jiedu-stage/1",'*) ;;
  *) echo "no protocol field" >&2; exit 1 ;;
esac
echo "got the document" >&2
printf '%s' '{"annotations": [{"type": "mark", "block": 0, "start": 0, "end": 2, "text": "宝山", "rendering": "Baoshan", "score": 0.9}], "diagnostics": [{"level": "warning", "message": "just saying"}]}'
