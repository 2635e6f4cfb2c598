''
  /* keep */ # keep
''
