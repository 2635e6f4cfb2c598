builtins.getEnv "PATH"
