builtins.add (throw "first") (throw "second")
