let xs = [ 1 (throw "unused") ]; in builtins.isList xs
