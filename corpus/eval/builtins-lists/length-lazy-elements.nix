builtins.length [ (throw "never") (abort "never") ]
