builtins.filterSource (p: t: false) ./fixtures/plain.txt
