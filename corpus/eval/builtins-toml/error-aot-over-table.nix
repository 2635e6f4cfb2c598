builtins.fromTOML ''
[a]
[[a]]
''
