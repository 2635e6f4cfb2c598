''
  # shell comment
  /* not a comment */
''
