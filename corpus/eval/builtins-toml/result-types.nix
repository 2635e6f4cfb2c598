builtins.fromTOML ''
a = 1
b = 1.0
c = "1"
d = [1]
e = {}
''
