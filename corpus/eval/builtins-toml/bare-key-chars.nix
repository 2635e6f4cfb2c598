builtins.fromTOML ''
a-b_c = 1
1234 = 2
A = 3
''
