builtins.fromTOML ''
a = []
b = [ 1, 2, ]
c = [ [1, 2], ["a", "b"] ]
d = [ "mixed", 1, 2.5, true ]
e = [
  1, # comment
  2
]
''
