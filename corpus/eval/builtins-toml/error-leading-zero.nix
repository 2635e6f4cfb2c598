builtins.fromTOML ''
a = 012
''
