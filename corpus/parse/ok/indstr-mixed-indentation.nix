''
  a
    b
      c
  d
''
