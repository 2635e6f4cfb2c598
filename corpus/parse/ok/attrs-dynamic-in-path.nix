let k = "a"; in { a.${k}.c = 1; a.d = 2; }
