builtins.isList ([ (throw "x") ] ++ [ (throw "y") ])
