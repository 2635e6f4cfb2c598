let map = 1; foo = 2; toString = 3; abc = 4; import = 5; derivation = 6; in [ map foo toString abc import derivation ]
