builtins.fromTOML ''
# nothing
# here
''
