builtins.typeOf ([ (throw "a") ] ++ [ (throw "b") ])
