builtins.genList (x: throw "no") 0
