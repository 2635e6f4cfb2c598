let inf = 1.0e308 * 10; in [ (builtins.ceil inf) (builtins.floor (-inf)) (builtins.ceil (inf - inf)) (builtins.floor 1.0e19) (builtins.floor 9.2233720368547748e18) ]
