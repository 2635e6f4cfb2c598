builtins.fromTOML ''
[[b]]
[b]
''
