builtins.path { path = ./fixtures/empty.txt; recursive = false; sha256 = "00xyyr3fi8l6hb839bv3f7yb86yjv7xi1cgh1xnhipym4asvb4aq"; }
