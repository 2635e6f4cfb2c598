builtins.fromTOML ''
a = ''''
first
  second\n''''
''
