builtins.fromTOML ''
str = "s"
int = 42
flt = 1.5
yes = true
no = false
arr = [1, 2, 3]
''
