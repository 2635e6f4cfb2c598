''
  $${x} stays literal
''
