[ (builtins.isPath ./x) (builtins.isPath "./x") (builtins.isPath /x) ]
