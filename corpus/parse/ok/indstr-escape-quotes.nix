''
  two quotes: '''
''
