builtins.fromTOML "a = \"${builtins.toFile "f" "x"}\""
