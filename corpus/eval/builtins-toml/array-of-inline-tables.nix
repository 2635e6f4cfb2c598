builtins.fromTOML ''
points = [ { x = 1 }, { x = 2, y = 3 } ]
''
