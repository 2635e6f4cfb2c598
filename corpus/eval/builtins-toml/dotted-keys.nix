builtins.fromTOML ''
site."google.com" = true
physical.color = "orange"
physical.shape = "round"
''
