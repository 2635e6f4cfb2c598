#!/bin/sh
# A reference that answers --version like Nix, then floods stderr forever.
if [ "$1" = "--version" ]; then echo "nix-instantiate (Nix) 2.8.0"; exit 0; fi
exec yes "flooding stderr" >&2
