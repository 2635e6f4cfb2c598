builtins.fromTOML ''
a = 1
b = "two"

''
