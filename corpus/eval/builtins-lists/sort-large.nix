let xs = builtins.genList (i: (i * 7919 + 13) - (i * 7919 + 13) / 1009 * 1009) 500; s = builtins.sort builtins.lessThan xs; in [ (builtins.head s) (builtins.elemAt s 250) (builtins.elemAt s 499) ]
