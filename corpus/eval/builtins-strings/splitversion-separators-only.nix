builtins.splitVersion "..--."
