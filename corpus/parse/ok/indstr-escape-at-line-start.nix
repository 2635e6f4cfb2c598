''
  ''\n first
  second
''
