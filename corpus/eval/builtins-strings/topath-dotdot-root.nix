builtins.toPath "/../.."
