builtins.getEnv "${builtins.toFile "f" "HOME"}"
