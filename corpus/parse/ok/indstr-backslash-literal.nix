''
  C:\path\to\file \n\t
''
