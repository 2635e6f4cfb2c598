let s = { inherit s; a = 1; }; in builtins.deepSeq s s.a
