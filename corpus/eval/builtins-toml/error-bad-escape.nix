builtins.fromTOML ''
a = "\x41"
''
