#!/bin/sh
# A reference that answers --version like Nix, then floods stdout forever.
if [ "$1" = "--version" ]; then echo "nix-instantiate (Nix) 2.8.0"; exit 0; fi
exec yes "flooding the oracle with output"
