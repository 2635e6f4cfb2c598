builtins.fromTOML ''
a = 1e400
b = -1.8e308
c = [1e999]
''
