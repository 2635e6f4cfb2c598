let s = { }; in { inherit (s) nope; ok = 1; }.ok
