builtins.div 9 4
