let lib = { strings = { concat = a: b: a + b; }; }; in lib.strings.concat "a" "b"
