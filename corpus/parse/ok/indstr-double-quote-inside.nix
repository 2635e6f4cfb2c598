''
  "double" quotes \n stay
''
