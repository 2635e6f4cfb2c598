builtins.fromTOML ''
a 1
''
