builtins.length (builtins.tail [ (throw "a") (throw "b") ])
