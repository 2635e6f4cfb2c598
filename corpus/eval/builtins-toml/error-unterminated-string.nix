builtins.fromTOML ''
a = "abc
''
