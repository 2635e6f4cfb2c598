builtins.div 9 4.0
