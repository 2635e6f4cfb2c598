builtins.fromTOML ''
a =
''
