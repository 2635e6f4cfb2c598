builtins.fromTOML ''
[[a.b]]
[a.c]
x = 1
[d.e]
[d]
f = 2
''
