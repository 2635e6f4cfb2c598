builtins.sort (a: b: a != b) (builtins.genList (i: (i * 7919 + 13) - (i * 7919 + 13) / 61 * 61) 100)
