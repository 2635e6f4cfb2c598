builtins.fromTOML ''
# comment
  key = "value"   # trailing

	[t] # table comment
	x = 1
''
