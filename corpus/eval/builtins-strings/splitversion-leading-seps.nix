builtins.splitVersion "..a1b"
