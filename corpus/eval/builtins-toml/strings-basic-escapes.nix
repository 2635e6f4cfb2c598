builtins.fromTOML ''
a = "tab\tnl\nquote\"back\\slash"
b = "\u00e9\U0001F600"
c = "\b\f\r"
''
