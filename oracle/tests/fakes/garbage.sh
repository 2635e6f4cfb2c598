#!/bin/sh
# Not a Nix at all: garbage for --version and for everything else.
printf 'hello \001\002 world\n'
printf 'garbage on stderr\n' >&2
exit 0
