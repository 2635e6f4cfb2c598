[ 1 ] ++ null
