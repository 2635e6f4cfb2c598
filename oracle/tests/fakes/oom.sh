#!/bin/sh
# A reference that answers --version like Nix, then reports running out of memory as Nix's
# Boehm GC does when GC_MAXIMUM_HEAP_SIZE is reached.
if [ "$1" = "--version" ]; then echo "nix-instantiate (Nix) 2.8.0"; exit 0; fi
echo "GC Warning: Out of Memory! Heap size: 95 MiB. Returning NULL!" >&2
echo "error: out of memory" >&2
exit 1
