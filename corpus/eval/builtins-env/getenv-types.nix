builtins.typeOf (builtins.getEnv "PATH")
