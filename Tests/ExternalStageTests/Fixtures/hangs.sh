#!/bin/sh
# Never answers; its child sleeps too (the whole process group must be killed).
sleep 300 &
sleep 300
