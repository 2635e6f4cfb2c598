builtins.length (builtins.genList (x: throw "lazy") 3)
