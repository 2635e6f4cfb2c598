let x = "X"; in ''${x}
  a
  b
''
