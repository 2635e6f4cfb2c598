builtins.fromTOML ''
a = "é ☃ 😀"
b = 'ü'
''
