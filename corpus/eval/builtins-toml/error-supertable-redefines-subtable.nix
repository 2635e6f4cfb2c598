builtins.fromTOML ''
[a.b]
x = 1
[a]
b = 2
''
