[ 1 (abort "bad") ]
