builtins.fromTOML ''

''
