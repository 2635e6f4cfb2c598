let s = { a = "x" + "y"; b = "z" + "w"; }; in builtins.seq "${s.a}" s
