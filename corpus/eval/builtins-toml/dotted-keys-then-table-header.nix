builtins.fromTOML ''
a.b = 1
[a]
c = 2
''
