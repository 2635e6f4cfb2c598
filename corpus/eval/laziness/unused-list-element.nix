let l = [ (throw "no") 2 ]; in builtins.isList l
