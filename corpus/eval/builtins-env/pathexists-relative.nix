builtins.pathExists "fixtures"
