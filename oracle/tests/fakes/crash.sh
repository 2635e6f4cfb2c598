#!/bin/sh
# A reference that answers --version like Nix, then crashes (SIGSEGV) on every evaluation.
if [ "$1" = "--version" ]; then echo "nix-instantiate (Nix) 2.8.0"; exit 0; fi
kill -SEGV $$
