builtins.fromTOML ''
a = True
''
