builtins.add true null
