#!/bin/sh
cat > /dev/null
yes '{"annotations": []}'
