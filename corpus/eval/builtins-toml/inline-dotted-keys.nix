builtins.fromTOML ''
a = { b.c = 1, b.d = 2 }
''
