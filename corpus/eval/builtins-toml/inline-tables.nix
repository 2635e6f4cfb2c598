builtins.fromTOML ''
point = { x = 1, y = 2 }
nested = { a = { b = { c = "deep" } } }
empty = {}
''
