builtins.fromTOML ''
t = 07:32:00
''
