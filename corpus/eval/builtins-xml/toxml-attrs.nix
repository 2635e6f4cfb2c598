builtins.toXML { b = 1; a = "x"; "c d" = [ ]; }
