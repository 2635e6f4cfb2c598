builtins.fromTOML ''
[[a.b]]
x = 1
[a]
c = 2
''
