#!/bin/sh
# A reference that answers --version like Nix, then never finishes (a child keeps the pipes
# open too, so only a process-group kill ends it).
if [ "$1" = "--version" ]; then echo "nix-instantiate (Nix) 2.8.0"; exit 0; fi
sleep 1000 &
sleep 1000
