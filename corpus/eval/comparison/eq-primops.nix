[ (builtins.add == builtins.add) ]
