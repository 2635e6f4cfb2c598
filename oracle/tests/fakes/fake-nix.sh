#!/bin/sh
# A well-behaved stand-in for nix-instantiate, for tests that must not depend on the real one.
# Prints each input back, one per line, like `nix-instantiate --parse --expr e1 e2 …` would
# print one result per line (for integer literals the two agree: `--parse --expr 7` prints 7).
# Inputs containing a keyword misbehave, which lets a test put a fault in the middle of a batch:
#   FAIL  → "error: FAIL seen" on stderr, exit 1 (aborting the rest, like Nix)
#   CRASH → SIGSEGV        HANG → sleeps forever     FLOOD → endless stdout
#   TRACE → a line on stderr, then the result        SLOW → 0.2 s before the result
if [ "$1" = "--version" ]; then echo "nix-instantiate (Nix) 2.8.0"; exit 0; fi
expr=0
for a in "$@"; do
  case "$a" in
    --expr|-E) expr=1 ;;
  esac
done
skip=0
for a in "$@"; do
  if [ $skip = 1 ]; then skip=0; continue; fi
  case "$a" in
    --store) skip=1; continue ;;
    --parse|--eval|--strict|--json|--xml|--expr|-E) continue ;;
  esac
  if [ $expr = 1 ]; then text="$a"; else text=$(cat "$a"); fi
  case "$text" in
    *FAIL*) echo "error: FAIL seen" >&2; exit 1 ;;
    *CRASH*) kill -SEGV $$ ;;
    *HANG*) exec sleep 1000 ;;
    *FLOOD*) exec yes flood ;;
    *TRACE*) echo "trace: TRACE seen" >&2 ;;
    *SLOW*) sleep 0.2 ;;
  esac
  printf '%s\n' "$text" | tr '\n' ' ' | sed 's/ $//'
  echo
done
exit 0
