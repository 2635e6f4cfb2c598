builtins.fromTOML ''
a = 'C:\Users\nodejs'
b = 'Tom "Dubs" Preston'
''
