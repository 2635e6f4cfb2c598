builtins.fromTOML ''
a = 1
[[a.c]]
b = 1
b = 2
''
