builtins.readDir "fixtures"
