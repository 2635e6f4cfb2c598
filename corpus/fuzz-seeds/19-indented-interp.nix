let v = "x"; in ''
  a ${v} b
  ${v}${v}
''
