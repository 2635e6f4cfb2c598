''
  cost $5, $HOME, $
''
