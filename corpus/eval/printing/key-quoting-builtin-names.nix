{ "true" = 1; "null" = 2; "builtins" = 3; "import" = 4; }
