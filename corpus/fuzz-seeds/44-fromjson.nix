builtins.fromJSON "{\"x\": [1, 2.5, \"s\", null, false]}"
