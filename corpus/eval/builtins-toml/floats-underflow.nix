builtins.fromTOML ''
a = 1e-400
b = 4.9e-324
''
