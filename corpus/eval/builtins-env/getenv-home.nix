builtins.getEnv "HOME" != ""
