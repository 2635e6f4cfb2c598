builtins.fromTOML ''
a = []
[[a]]
''
