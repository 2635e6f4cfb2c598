let x = "v"; in ''
  line one
    indented ${x}
  ''${literal} '''quote ''\n
''
