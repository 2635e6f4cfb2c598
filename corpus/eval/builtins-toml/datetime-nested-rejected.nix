builtins.fromTOML ''
[x.y]
z = 1979-05-27T00:32:00.999999-07:00
''
